"""Junk that looks like actors (issue 14): countries named only as where a thing is, the short
forms of common nouns, and the titles of works and the parts played in them.

Each case is a sentence in and a name that must (or must not) come out of the article's
actors; sentences are written for these tests or taken from the corpus (EventId given).
Countries must be real ones: the gazetteer decides what a country is.
"""

from __future__ import annotations

import pytest

from generator.extract.pipeline import extract_article
from tests.conftest import make_article


def article_names(nlp, text: str) -> set[str]:
    return {a.name for a in extract_article(nlp(text), make_article(text)).actors}


ONLY_WHERE = [
    # the object of "in", "around", "off" after a verb or a noun of a place, "west of", "X-based"
    (
        "Divers saw the eddies in the seas around Australia. They formed off Australia in the winter, "
        "said Ana Li. Eddies like these drift in the seas around Australia for months, and more were "
        "seen near Australia last year.",
        "Australia",
    ),
    ("The rings formed west of Chile. Bo Chen said more rings were seen west of Chile.", "Chile"),
    (
        "Singapore-based Acme said it would bid again. The Singapore-based firm declined to comment.",
        "Singapore",
    ),
    (
        "Ana Li was born in Belgium in 1997. She was raised in Belgium by her aunt.",
        "Belgium",
    ),
    # (corpus, EventId 17)
    (
        "I have only seen them in the oceans around Australia, plus one in the South Atlantic. The "
        "'smoke-rings' were spotted in the Tasman Sea, off the southwest of Australia and in the South "
        "Atlantic, west of South Africa.",
        "South Africa",
    ),
]


LEDE = "Scientists described the find on Monday.\n\n"


@pytest.mark.parametrize(("text", "name"), ONLY_WHERE)
def test_countries_named_only_as_where_a_thing_is_are_no_actors(nlp, text, name):
    assert name not in article_names(nlp, LEDE + text)


def test_the_place_the_article_opens_with_stays(nlp):
    # the scene of the happening in the lede (corpus, EventId 2): a setting a reader keeps
    text = (
        "A tourist ship struck a highway bridge on the Rhine river in western Germany on Tuesday.\n\n"
        "The ship was on its way back from Basel. It had been sailing in Germany for a week."
    )
    assert "Germany" in article_names(nlp, text)


ACTING = [
    ("Prosecutors in Taiwan said they were investigating the firm. Taiwan later seized the ship.", "Taiwan"),
    ("Government agencies in the United States have shut down the fraud.", "United States"),
    ("Australia banned the fireworks. Ana Li said Australia would review the rules.", "Australia"),
    ("Sanctions on Chile were lifted in May, and talks with Chile resumed.", "Chile"),
]


@pytest.mark.parametrize(("text", "name"), ACTING)
def test_countries_that_act_stay(nlp, text, name):
    assert name in article_names(nlp, text)


INITIALISMS = [
    ("Ana Li hit an RBI single in the third inning, and the Rovers led 2-1.", "RBI"),
    ("A CT scan revealed bleeding on his brain, Bo Chen said.", "CT"),
    ("Ana Li twice came back from torn ACL injuries before she retired.", "ACL"),
    ("The island allows owners to escape the value-added tax, or VAT, through a scheme.", "VAT"),
    ("Ana Li was named the MVP after the final, and Acme signed her.", "MVP"),
    ("“I just walked away stunned, like ‘O.K., well there’s my apology,’” Ana Li says.", "O.K."),
    # (corpus, EventId 10)
    ("'Lmao after all this I will have spent 8 hours on a flight to nowhere.'", "Lmao"),
    # (corpus, EventId 58)
    ("Like all AR stickers, these characters interact with both the camera and each other.", "AR"),
]


@pytest.mark.parametrize(("text", "name"), INITIALISMS)
def test_short_forms_of_common_nouns_are_no_actors(nlp, text, name):
    assert name not in article_names(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("NASA said the launch would go ahead, and the FBI opened an inquiry.", "NASA"),
        ("NASA said the launch would go ahead, and the FBI opened an inquiry.", "FBI"),
    ],
)
def test_initialisms_of_bodies_stay(nlp, text, name):
    assert name in article_names(nlp, text)


WORKS = [
    # a title that capitalises its function words
    (
        "The band closed with a blistering take on All Along the Watchtower, Ana Li said.",
        "All Along the Watchtower",
    ),
    # what a cover, a mashup or a performance is of
    ("Ana Li ended the set with her breathtaking performance of Northern Rain.", "Northern Rain"),
    ("Bo Chen debuted a mashup of Blue Harbour and Red Sky at the show.", "Blue Harbour"),
    # a part with its player in brackets, whatever the model calls it, or followed by "played by"
    # (corpus, EventId 54; EventId 10)
    (
        "The scene in question features the assassin Gogo (Chiaki Kuryama) throwing her deadly chain.",
        "Gogo",
    ),
    (
        "The family's young son Kevin, played by actor Macaulay Culkin, gets lost in the rush. "
        "Kevin is convinced his family is on the plane.",
        "Kevin",
    ),
    (
        "There is also Black Falcon (Chadwick Boseman), who leads the fight. Black Falcon growls.",
        "Black Falcon",
    ),
]


@pytest.mark.parametrize(("text", "name"), WORKS)
def test_works_and_parts_are_no_actors(nlp, text, name):
    assert name not in article_names(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bank of America said it would cut jobs, and its shares rose.", "Bank of America"),
        ("George A Lopez, a former member of the panel, said the sanctions had failed.", "George A Lopez"),
    ],
)
def test_bodies_and_people_with_function_words_stay(nlp, text, name):
    assert name in article_names(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "In 2010, as a freshman at Northtown University, Ana Li bought a company in Lima.",
            "Northtown University",
        ),
        (
            "She had received degrees from the University of Westland, her family said.",
            "University of Westland",
        ),
        ("The woman, a Northtown Law School student, asked for her bag.", "Northtown Law School"),
    ],
)
def test_where_somebody_studied_is_no_actor(nlp, text, name):
    assert name not in article_names(nlp, text)


def test_a_university_that_speaks_or_employs_stays(nlp):
    text = "Ana Li, a professor at Northtown University, said the find was real. The university agreed."
    assert "Northtown University" in article_names(nlp, text)


OUTLETS = [
    ("Mr Li did not think the same rules applied, people in the groups told BuzzFeed.", "BuzzFeed"),
    ("Los Angeles television station KTNW said that the FBI had interviewed passengers.", "KTNW"),
    ("Bo Chen, reviewing the album for Pitchfork, called it vacuous.", "Pitchfork"),
    ("USA Today are reporting that a man from Iowa has been arrested.", "USA Today"),
    # (corpus, EventId 52)
    ("Commenting on the gender imbalance, Portnow told Variety, “women have to step up.”", "Variety"),
]


@pytest.mark.parametrize(("text", "name"), OUTLETS)
def test_outlets_cited_as_sources_are_no_actors(nlp, text, name):
    assert name not in article_names(nlp, text)


def test_a_photo_desk_credit_is_cut_off_the_name_after_it(nlp):
    text = (
        "Celebrations went on all night.\n\nUSA Today Sports Northtown Rovers catcher Ana Li is carried off."
    )
    names = article_names(nlp, text)
    assert not any(n.startswith("Sports") or n.startswith("USA Today") for n in names)


THINGS = [
    # a thing counted like a common noun
    ("The hidden chip inside every Northphone serves a narrow purpose, Ana Li said.", "Northphone"),
    ("Together, they will create a Ledger of Harms, a living document for engineers.", "Ledger of Harms"),
    # "a rocket called X" where the model tags the participle a past tense (corpus, EventId 49)
    (
        "NASA, meanwhile, is sinking billions of dollars into a massive new rocket called the Space "
        "Launch System, or SLS, that’s meant to return astronauts to the moon.",
        "Space Launch System",
    ),
]


@pytest.mark.parametrize(("text", "name"), THINGS)
def test_things_counted_or_called_are_no_actors(nlp, text, name):
    assert name not in article_names(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ana Li was one of 200 passengers on an All Nippon Airways flight, the airline said.",
            "All Nippon Airways",
        ),
        ("It can lift more than a Boeing 737 fully loaded, Boeing said on Monday.", "Boeing"),
    ],
)
def test_a_name_modifying_a_noun_after_an_article_stays(nlp, text, name):
    assert name in article_names(nlp, text)


OPENINGS = [
    ("Fans threw hats into the air. Fireworks exploded behind the stands, Ana Li said.", "Fireworks"),
    ("Six civilians were killed, officials said. Gunman attacked the building after the blast.", "Gunman"),
    # (corpus, EventId 56)
    (
        "“We just live in different countries & it got hard. “Felt we should just tell y'all,” she wrote.",
        "Felt",
    ),
]


@pytest.mark.parametrize(("text", "name"), OPENINGS)
def test_common_words_opening_a_sentence_are_no_actors(nlp, text, name):
    assert name not in article_names(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The crowd roared. Madonna said the show had been the best of her life.", "Madonna"),
        ("Tensions rose on Monday. VLADIMIR Putin ordered Russians to leave the border area.", "Putin"),
    ],
)
def test_names_opening_a_sentence_stay(nlp, text, name):
    assert any(name in n for n in article_names(nlp, text))
