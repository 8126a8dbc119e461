"""Agreements: what counts as one, its status, parties, date and topics, and mentions that point back."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from generator.extract.agreements.terms import content_words, head_word, is_package, topics_of
from generator.records import Actor, Agreement, Mention
from tests.conftest import agreements_reader

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
THURSDAY = dt.date(2024, 6, 20)

# name, kind, affiliation, aliases — the cast of the short texts below
CAST = (
    ("Freedonia", "country", None, ("Freedonian",)),
    ("Sylvania", "country", None, ("Sylvanian",)),
    ("Ana Li", "person", "freedonia", ("Li",)),
    ("Bo Chen", "person", "sylvania", ("Chen",)),
    # the seed sentences' cast
    ("Russia", "country", None, ("Russian", "Moscow")),
    ("Vietnam", "country", None, ("Vietnamese", "Hanoi")),
    ("North Korea", "country", None, ("North Korean", "Pyongyang")),
    ("Vladimir Putin", "person", "russia", ("Putin",)),
    ("To Lam", "person", "vietnam", ("Lam",)),
    ("Kim Jong-un", "person", "north-korea", ()),
)


def slug(name: str) -> str:
    return name.lower().replace(" ", "-")


def cast_of(text: str) -> tuple[list[Actor], list[Mention]]:
    """The actors of CAST that the text names, and every place it names them (longest form first)."""
    actors: list[Actor] = []
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for name, kind, affiliation, aliases in CAST:
        found = False
        for form in sorted((name, *aliases), key=len, reverse=True):
            for m in re.finditer(rf"\b{re.escape(form)}\b", text):
                if any(m.start() < end and start < m.end() for start, end in taken):
                    continue
                taken.append((m.start(), m.end()))
                mentions.append(Mention(m.start(), m.end(), slug(name), form))
                found = True
        if found or kind == "country":  # a person's country is an actor even when not named
            actors.append(Actor(id=slug(name), name=name, kind=kind, affiliation=affiliation))
    return actors, sorted(mentions, key=lambda m: m.start)


@pytest.fixture(scope="module")
def read(nlp):
    return agreements_reader(nlp, cast_of)


def one(agreements: list[Agreement]) -> Agreement:
    assert len(agreements) == 1, [a.title for a in agreements]
    return agreements[0]


# ----------------------------------------------------------------------------- status


def test_signed_agreement_with_both_parties_its_date_and_topic(read):
    ag = one(read("Freedonia and Sylvania signed a trade agreement on Tuesday."))
    assert (ag.title, ag.status, ag.date) == ("Trade agreement", "signed", "2024-06-18")
    assert ag.parties == ("freedonia", "sylvania")
    assert ag.topics == ("trade",)
    assert ag.evidence[0].quote == "Freedonia and Sylvania signed a trade agreement on Tuesday."


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Sylvania proposed a new energy pact with Freedonia.", "proposed"),
        ("Freedonia and Sylvania will sign a defence treaty next month.", "planned"),
        ("Freedonia and Sylvania are expected to sign a memorandum on education.", "planned"),
        ("Freedonia and Sylvania reached a deal on fishing quotas.", "agreed"),
        ("Freedonia and Sylvania agreed to build a rail link.", "agreed"),
        ("Freedonia and Sylvania ratified the border treaty.", "signed"),
        ("Freedonia and Sylvania agreed to sign a border treaty.", "agreed"),
        ("Freedonia and Sylvania agreed to work on a road map for a free trade zone.", "planned"),
    ],
)
def test_status_follows_the_verb(read, text, status):
    ag = one(read(text))
    assert ag.status == status
    assert set(ag.parties) == {"freedonia", "sylvania"}


def test_people_who_sign_are_signatories_and_bring_their_countries(read):
    ag = one(read("Ana Li and Bo Chen signed a fisheries agreement in the capital."))
    assert ag.signatories == ("ana-li", "bo-chen")
    assert ag.parties == ("freedonia", "sylvania")
    assert ag.topics == ("agriculture",)


def test_a_planned_agreement_has_no_signatories_yet(read):
    ag = one(read("Ana Li is expected to sign an investment deal with Bo Chen."))
    assert ag.status == "planned"
    assert ag.signatories == ()
    assert set(ag.parties) == {"freedonia", "sylvania"}


def test_count_of_cooperation_documents_is_one_package(read):
    ag = one(read("Freedonia and Sylvania signed 11 cooperation documents on Thursday."))
    assert (ag.status, ag.date) == ("signed", "2024-06-20")
    # a title that says nothing of its own names the parties
    assert ag.title == "11 cooperation documents between Freedonia and Sylvania"
    assert is_package(ag.title)


def test_memoranda_of_understanding(read):
    ag = one(read("Ana Li and Bo Chen signed three memoranda of understanding on energy and tourism."))
    assert ag.status == "signed"
    assert ag.topics == ("energy", "tourism")
    assert is_package(ag.title)


# ----------------------------------------------------------------------------- not agreements


@pytest.mark.parametrize(
    "text",
    [
        "The price was a deal-breaker for Freedonia.",
        "Sylvania attaches a great deal of importance to its ties with Freedonia.",
        "Police said the contract killer fled to Sylvania.",
        "It was no big deal, Ana Li said.",
        "The war ended in a truce, not a peace treaty.",
        "There is broad agreement that Freedonia must act.",
        "Ana Li said she was in agreement with Bo Chen.",
        "If Freedonia and Sylvania reach a deal, tariffs will fall.",
        "Finally she agreed to go upstairs.",
        "Both players are under contract for next season.",
        "Bo Chen discussed a series of agreements.",
        "Is there a trade deal between Freedonia and Sylvania?",
        "Freedonia and Sylvania are not expected to sign any potential deals.",
    ],
)
def test_figures_of_speech_and_vague_mentions_are_not_agreements(read, text):
    assert read(text) == []


def test_headline_and_unterminated_fragment_are_skipped(read):
    text = (
        "Freedonia Strikes New Deal With Sylvania\n\n"
        "The bilateral agreement between the two countries signed on 26 March 2004 by Ana Li\n\n"
        "Ana Li met Bo Chen on Thursday."
    )
    assert read(text) == []


# ----------------------------------------------------------------------------- mentions that point back


def test_the_pact_and_the_treaty_are_the_agreement_named_before(read):
    text = (
        "Ana Li signed a mutual defence agreement with Bo Chen.\n\n"
        "Markets in Freedonia rose.\n\n"
        "The treaty was signed on Wednesday. The pact includes the provision of military aid."
    )
    ag = one(read(text))
    assert ag.date == "2024-06-19"
    assert ag.topics == ("defence",)
    assert ag.evidence[0].sentence == 0


def test_a_new_agreement_is_not_folded_into_an_older_one(read):
    text = (
        "Freedonia and Sylvania signed a trade agreement on Tuesday. "
        "Freedonia and Sylvania also signed an agreement on nuclear energy."
    )
    assert [a.topics for a in read(text)] == [("trade",), ("nuclear", "energy")]


def test_the_two_countries_are_the_ones_named_before(read):
    text = "Ana Li met Bo Chen in the capital on Thursday. The two countries signed a fisheries agreement."
    ag = one(read(text))
    assert set(ag.parties) == {"freedonia", "sylvania"}
    assert ag.date == "2024-06-20"


def test_among_these_documents_join_the_package_and_a_memorandum_inherits_its_status(read):
    text = (
        "Freedonia and Sylvania signed a number of documents on cooperation on Thursday. "
        "Among these were documents on cooperation in education, and a memorandum outlining a schedule for "
        "a nuclear plant."
    )
    package, memorandum = read(text)
    assert (package.status, package.date) == ("signed", "2024-06-20")
    assert "education" in package.topics
    assert memorandum.title.startswith("Memorandum outlining a schedule")
    assert (memorandum.status, memorandum.date, memorandum.topics) == ("signed", "2024-06-20", ("nuclear",))
    assert set(memorandum.parties) == {"freedonia", "sylvania"}


# ----------------------------------------------------------------------------- seed sentences


def test_seed_deals_agreements_and_road_map(read):
    text = (
        "Russian President Vladimir Putin has signed a series of deals with his Vietnamese counterpart "
        "To Lam during a state visit.\n\n"
        "The two signed agreements on Thursday to further co-operation on education, science and "
        "technology, oil and gas exploration and health.\n\n"
        "They also agreed to work on a road map for a nuclear science and technology centre in Vietnam."
    )
    deals, agreements, road_map = read(text)
    assert deals.title == "Deals between Russia and Vietnam"  # not "with his Vietnamese counterpart"
    assert agreements.status == "signed" and agreements.date == "2024-06-20"
    assert {"education", "health", "oil and gas"} <= set(agreements.topics)
    assert road_map.title == "Road map for a nuclear science and technology centre in Vietnam"
    assert (road_map.status, road_map.date) == ("planned", "2024-06-20")
    assert set(road_map.parties) == {"russia", "vietnam"}


def test_seed_pact_mentioned_twice_is_one_agreement(read):
    text = (
        "Putin had arrived in Hanoi early on Thursday morning from North Korea, where he and North Korean "
        "leader Kim Jong-un signed an agreement that pledges mutual aid in the event of war.\n\n"
        "The strategic pact that could mark the strongest connection between Moscow and Pyongyang since "
        "the end of the Cold War comes as both face escalating stand-offs with the West."
    )
    ag = one(read(text))
    assert ag.status == "signed"
    assert set(ag.parties) == {"russia", "north-korea"}
    assert set(ag.signatories) == {"vladimir-putin", "kim-jong-un"}
    assert ag.topics == ("defence",)


def test_seed_agreed_to_supply(read):
    text = (
        "During his visit to Vietnam, Russian President Vladimir Putin agreed to supply fossil fuels "
        "including natural gas to the country for the long term."
    )
    ag = one(read(text))
    assert ag.title.startswith("Agreement to supply fossil fuels including natural gas")
    assert (ag.status, ag.signatories) == ("agreed", ("vladimir-putin",))
    assert ag.topics == ("energy", "oil and gas")


def test_seed_articles_give_few_merged_agreements(nlp):
    from generator import ingest
    from generator.build import extract_records
    from generator.merge.actors import merge

    if not SEEDS.is_dir():
        pytest.skip("seeds/ is not in this checkout")
    articles, _ = ingest.read_articles(SEEDS)
    briefing = merge(extract_records(articles))
    assert 5 <= len(briefing.agreements) <= 10, [a.title for a in briefing.agreements]
    pact = [a for a in briefing.agreements if "defence" in a.topics]
    assert len(pact) == 1 and len(pact[0].evidence) >= 3
    assert "north-korea" in pact[0].parties


# ----------------------------------------------------------------------------- determinism and titles


def test_extraction_is_deterministic_with_unique_ids(read):
    text = (
        "Freedonia and Sylvania signed a trade agreement on Tuesday. They also signed a trade agreement "
        "on fisheries. Ana Li proposed a defence pact."
    )
    first, second = read(text), read(text)
    assert first == second
    assert len({a.id for a in first}) == len(first)


def test_title_reading():
    assert head_word("Strategic partnership agreement with mutual defense clause") == "agreement"
    assert head_word("Treaty establishing friendly relations") == "Treaty"
    assert is_package("Agreements to further co-operation on education")
    assert not is_package("Road map for a nuclear centre")
    assert content_words("Strategic pact between Russia and North Korea") == frozenset()
    assert content_words("Defence pact with the new centre") == {"defense", "center"}
    assert topics_of("mutual assistance and gas pipelines") == ["defence", "oil and gas"]


# ----------------------------------------------------------------------------- every form the issue lists

FORMS = [
    # text, title, status, date, topics
    ("Freedonia and Sylvania signed a peace treaty on Tuesday.", "Peace treaty", "signed", "2024-06-18", ()),
    (
        "Freedonia and Sylvania signed a defence pact on Wednesday.",
        "Defence pact",
        "signed",
        "2024-06-19",
        ("defence",),
    ),
    (
        "Freedonia and Sylvania signed a memorandum of understanding on nuclear energy on Thursday.",
        "Memorandum of understanding on nuclear energy",
        "signed",
        "2024-06-20",
        ("nuclear", "energy"),
    ),
    (
        "Ana Li and Bo Chen agreed on a road map for trade liberalisation.",
        "Road map for trade liberalisation",
        "agreed",
        None,
        ("trade",),
    ),
    (
        "Freedonia struck a $2 billion arms deal with Sylvania last month.",
        "$2 billion arms deal with Sylvania",
        "agreed",
        "2024-05",
        ("defence",),
    ),
    (
        "Freedonia and Sylvania issued a joint statement on maritime security on Thursday.",
        "Joint statement on maritime security",
        "agreed",
        "2024-06-20",
        ("security",),
    ),
    (
        "Ana Li promised to sign a trade agreement with Sylvania next year.",
        "Trade agreement with Sylvania",
        "planned",
        "2025",
        ("trade",),
    ),
    (
        "Freedonia and Sylvania plan to sign a free trade agreement in May.",
        "Free trade agreement",
        "planned",
        "2024-05",
        ("trade",),
    ),
    (
        "Freedonia and Sylvania are expected to sign an investment treaty next month.",
        "Investment treaty",
        "planned",
        "2024-07",
        ("investment",),
    ),
    (
        "Freedonia proposed a ceasefire agreement with Sylvania.",
        "Ceasefire agreement with Sylvania",
        "proposed",
        None,
        (),
    ),
    # background agreements, dated like any other
    (
        "Freedonia and Sylvania signed a treaty of friendship in 1994.",
        "Treaty of friendship",
        "signed",
        "1994",
        (),
    ),
    (
        "The 1994 treaty between Freedonia and Sylvania established diplomatic relations.",
        "Treaty between Freedonia and Sylvania",
        "reported",
        "1994",
        (),
    ),
    ("Under a 2001 agreement, Freedonia supplies gas to Sylvania.", "Agreement", "reported", "2001", ()),
    # several fields of cooperation in one sentence: one agreement with several topics
    (
        "Freedonia and Sylvania signed agreements on education, health, energy and tourism on Thursday.",
        "Agreements on education, health, energy and tourism",
        "signed",
        "2024-06-20",
        ("education", "health", "energy", "tourism"),
    ),
    (
        "Freedonia and Sylvania signed a deal covering trade, investment and agriculture.",
        "Deal covering trade, investment and agriculture",
        "signed",
        None,
        ("trade", "investment", "agriculture"),
    ),
    (
        "Freedonia and Sylvania signed 11 cooperation documents, covering education, health and culture.",
        "11 cooperation documents between Freedonia and Sylvania",
        "signed",
        None,
        ("education", "health", "culture"),
    ),
]


@pytest.mark.parametrize(("text", "title", "status", "date", "topics"), FORMS, ids=[f[1] for f in FORMS])
def test_every_form_of_agreement(read, text, title, status, date, topics):
    ag = one(read(text))
    assert (ag.title, ag.status, ag.date, ag.topics) == (title, status, date, topics)
    assert "freedonia" in ag.parties
    if status in ("planned", "proposed", "reported"):
        assert ag.signatories == ()  # nobody has signed yet


def test_separate_documents_stay_separate(read):
    text = "Freedonia and Sylvania signed a memorandum on education and a separate agreement on energy."
    first, second = read(text)
    assert (first.title, first.topics) == ("Memorandum on education", ("education",))
    assert (second.topics, second.status) == (("energy",), "signed")


def test_the_subject_of_a_declaration_is_not_a_second_agreement(read):
    text = "Freedonia and Sylvania adopted a joint declaration on strategic partnership."
    assert one(read(text)).title.startswith("Joint declaration on strategic partnership")
