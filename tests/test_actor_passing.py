"""Names used in passing and blocks of another story: no actors of the briefing.

Each case is a sentence in and the names that must (or must not) come out; the sentences are
written for these tests (countries must be real ones: the gazetteer decides what a country is).
"""

from __future__ import annotations

import pytest

from generator.extract.pipeline import extract_article
from generator.ingest.boilerplate import boilerplate_reason
from generator.merge.actors import merge
from generator.merge.off_story import drop_off_story
from tests.conftest import make_article


def briefing_names(nlp, *texts: str) -> set[str]:
    recs = [extract_article(nlp(t), make_article(t, id=f"a{i}")) for i, t in enumerate(texts)]
    return {a.name for a in merge(recs).actors}


PASSING = [
    # a ship's flag or registry
    ("The coastguard boarded a Panama-flagged tanker off the coast on Monday.", "Panama"),
    ("Vessels flying the flags of Liberia, Malta and other countries were inspected.", "Liberia"),
    ("Vessels flying the flags of Liberia, Malta and other countries were inspected.", "Malta"),
    ("The tanker was registered in Belize until May and then switched to Panama.", "Belize"),
    # where somebody lives
    ("He was resting at his lake house in Georgia when the coach called him.", "Georgia"),
    # a capital's city things, a demonym of a place noun
    ("London's tram network was shut for the day after the crash.", "United Kingdom"),
    ("The driver was arrested after the crash south of the British capital.", "United Kingdom"),
    # things an apposition names
    ("The Lighthouse Ode, a Liberian-flagged tanker, was seized by the coastguard.", "Lighthouse Ode"),
    ("Ana Li sang Northern Skies, a song by the band, at the start of the show.", "Northern Skies"),
    # numbered things, regions, a title's department, a name with a plural owner
    ("All ships were banned, except for Billions No. 18, which sails under another flag.", "Billions No"),
    ("The ships carry fuel from Russian Far Eastern ports to the north.", "Far Eastern"),
    ("The meeting aims at the final phase, said Chad's Defence Minister Ana Li.", "Defence"),
    ("The People's Daily, a party newspaper, wrote that the claims were false.", "People"),
    # a name in a list of places, a nationality and a place describing a noun
    ("Assaults swept through cities including Wexburg, Hamburg, Frankfurt and Stuttgart.", "Wexburg"),
    # (corpus, EventId 66)
    (
        "The United Nations welcomes the release of 82 Nigerian Chibok schoolgirls, a spokesperson said.",
        "Nigerian Chibok",
    ),
]


@pytest.mark.parametrize(("text", "name"), PASSING)
def test_names_in_passing_are_no_actors(nlp, text, name):
    assert name not in briefing_names(nlp, text)


KEPT = [
    ("Panama said it would revoke the registration of the tanker.", "Panama"),
    ("London's response was swift. London's envoy met the minister on Monday.", "United Kingdom"),
    ("The coastguard of Malta seized the tanker on Monday.", "Malta"),
    ("The meeting aims at the final phase, said Chad's Defence Minister Ana Li.", "Ana Li"),
    ("Ana Li, a spokesman for the ministry, said the talks had failed.", "Ana Li"),
    ("After the photos were shared by Ana Li, a massive Twitter storm erupted on Monday.", "Ana Li"),
    # (corpus, EventId 39)
    (
        "British Airways apologizes after passengers say bedbug-infested flight left them covered in bites",
        "British Airways",
    ),
    ("A group of former Acme Bank trust officers joined the firm, Ana Li said.", "Acme Bank"),
    ("Ana Li also met the Communist Party General Secretary Bo Chen on Monday.", "Communist Party"),
    ("Defence ministry spokesman Bo Chen said the situation did not exist.", "Defence ministry"),
    ("Fisherman Anton Kraus questioned why the ministry had waited three years.", "Anton Kraus"),
    # a sentence's first word the model left out of the name
    (
        "Sayed Omar Hakimi, spokesman for the regional police, said there were two blasts.",
        "Sayed Omar Hakimi",
    ),
    (
        "Northtown Health Services NHS trust urged the public to stay away.",
        "Northtown Health Services NHS trust",
    ),
]


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_actors_with_a_part_stay(nlp, text, name):
    assert name in briefing_names(nlp, text)


STORY = (
    "A ferry sank off the coast of Northtown on Monday, the coastguard said. Rescuers pulled "
    "forty passengers from the water and searched for the missing through the night."
)
GALLERY = (
    "Port of Westhaven turns 300 Expansion drive Over the centuries the harbour grew bigger, "
    "spreading into neighbouring districts, and Bo Chen built warehouses on former farmland.\n\n"
    "Port of Westhaven turns 300 Engine of growth Operators transformed the company, making it "
    "a healthy medium-sized business that generates revenues and taxes for the municipality."
)


def test_a_gallery_of_another_story_keeps_its_actors_out(nlp):
    one = extract_article(nlp(STORY), make_article(STORY, id="a1"))
    text = STORY + "\n\n" + GALLERY
    two = extract_article(nlp(text), make_article(text, id="a2"))
    assert "Bo Chen" in {a.name for a in two.actors}
    kept = drop_off_story([one, two])
    assert "Bo Chen" not in {a.name for a in kept[1].actors}
    assert kept[1].off_story == ("Port of Westhaven turns 300 Expansion drive Over",)
    assert kept[0].off_story == ()
    assert "Bo Chen" not in {a.name for a in merge([one, two]).actors}


def test_one_article_is_never_judged_off_its_own_story(nlp):
    text = STORY + "\n\n" + GALLERY
    rec = extract_article(nlp(text), make_article(text))
    assert drop_off_story([rec]) == [rec]


@pytest.mark.parametrize(
    ("paragraph", "reason"),
    [
        ("CORE OF THE PROBLEM? Engineer says pressure is the reason he left KING OF THE SEA Yacht "
         "sails again IPHONE KILLER Phone launched", "related link"),
        ("Northtown tram crash 8 show all Northtown tram crash 1/8", "photo gallery"),
        ("The NEW YORK police said the army and the FBI agreed on Monday.", None),
    ],
)  # fmt: skip
def test_teaser_boxes_and_gallery_headers_are_boilerplate(paragraph, reason):
    assert boilerplate_reason(paragraph) == reason


def test_a_common_noun_opening_sentences_is_no_name(nlp):
    one = "Gunman attacked the building after the blast. Police said the attack lasted an hour."
    two = "A gunman opened fire on the guards, police said. Ana Li said the attack lasted an hour."
    assert "Gunman" not in briefing_names(nlp, one, two)
    assert "Ana Li" in briefing_names(nlp, one, two)


def test_the_source_file_lists_the_blocks_it_kept_out(nlp, tmp_path):
    from generator import store
    from generator.quality.check import check

    one = extract_article(nlp(STORY), make_article(STORY, id="a1"))
    text = STORY + "\n\n" + GALLERY
    two = extract_article(nlp(text), make_article(text, id="a2"))
    files = store.data_mappings(merge([one, two]))
    assert files[f"{store.SOURCES_DIR}/a2.yaml"]["off_story"] == [
        "Port of Westhaven turns 300 Expansion drive Over"
    ]
    assert "off_story" not in files[f"{store.SOURCES_DIR}/a1.yaml"]
    store.write_files(store.data_files(merge([one, two])), tmp_path)
    assert not [p for p in check(tmp_path) if "off_story" in p]


ROUNDUP = (
    "Other adverts of the night went for laughs instead.\n\n"
    "Comedian Lena Ostrova dances through a kitchen in a spot for Crunchwell crisps, tossing "
    "bowls of snacks at a startled chef.\n\n"
    "Singer Marco Velde croons to a talking toaster in a breakfast commercial that viewers "
    "called charming and strange.\n\n"
    "Footballer Tomas Grell kicks a pumpkin over a barn roof to sell a pickup truck, cheered by "
    "farmers holding banners and waving hats."
)
ON_STORY = (
    "Ana Li, a passenger, said the ferry listed suddenly before dawn and the crew handed out "
    "life jackets while the coastguard searched the water."
)


def test_another_story_inside_an_article_keeps_its_actors_out(nlp):
    """A roundup of other adverts printed between a story's paragraphs: the folder's other
    article shares none of its names and hardly a word; the paragraph after it is the story's."""
    one = extract_article(nlp(STORY + " " + ON_STORY), make_article(STORY + " " + ON_STORY, id="a1"))
    text = STORY + "\n\n" + ROUNDUP + "\n\n" + ON_STORY
    two = extract_article(nlp(text), make_article(text, id="a2"))
    assert {"Lena Ostrova", "Marco Velde"} <= {a.name for a in two.actors}
    kept = drop_off_story([one, two])
    names = {a.name for a in kept[1].actors}
    assert not {"Lena Ostrova", "Marco Velde", "Tomas Grell"} & names
    assert "Ana Li" in names
    assert kept[1].off_story == ("Other adverts of the night went for laughs",)


def test_a_detail_only_one_article_tells_stays(nlp):
    """A witness only one article quotes, in words the folder shares, is the story's."""
    witness = (
        "Bo Chen, who watched from the pier, said the ferry tipped over within minutes and the "
        "coastguard pulled passengers from the water."
    )
    one = extract_article(nlp(STORY), make_article(STORY, id="a1"))
    text = STORY + "\n\n" + witness
    two = extract_article(nlp(text), make_article(text, id="a2"))
    kept = drop_off_story([one, two])
    assert "Bo Chen" in {a.name for a in kept[1].actors}
    assert kept[1].off_story == ()


@pytest.mark.parametrize(
    ("title", "dropped"),
    [
        # the page's text is another story: none of the headline's words, hardly any of the folder's
        ("Ferry sinks off Northtown coast, forty rescued", True),
        # the headline's story, in words the headline does not use
        ("Dozens saved as vessel goes down at dawn", False),
        # no headline to judge by (a text file's first line stands in for it)
        (None, False),
    ],
)
def test_another_pages_text_under_the_headline_keeps_its_actors_out(nlp, title, dropped):
    import dataclasses

    other = (
        "Singer Marco Velde will embark on a farewell tour in May, his manager Lena Ostrova said, "
        "playing forty concerts across three continents before retiring from the stage."
    )
    if not dropped:
        other = STORY + "\n\n" + ON_STORY
    one = extract_article(nlp(STORY + " " + ON_STORY), make_article(STORY + " " + ON_STORY, id="a1"))
    two = extract_article(nlp(other), dataclasses.replace(make_article(other, id="a2"), title=title))
    kept = drop_off_story([one, two])
    assert bool(kept[1].off_story) is dropped
    if dropped:
        assert not {"Marco Velde", "Lena Ostrova"} & {a.name for a in kept[1].actors}
        # what the other page states is no statement of the story: its tour, its forty concerts
        assert two.timeline or two.figures or two.reactions
        assert (kept[1].timeline, kept[1].figures, kept[1].reactions) == ((), (), ())
