"""Junk that looks like actors (issue 14): countries named only as where a thing is, ...

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


@pytest.mark.parametrize(("text", "name"), ONLY_WHERE)
def test_countries_named_only_as_where_a_thing_is_are_no_actors(nlp, text, name):
    assert name not in article_names(nlp, text)


ACTING = [
    ("Prosecutors in Taiwan said they were investigating the firm. Taiwan later seized the ship.", "Taiwan"),
    ("Government agencies in the United States have shut down the fraud.", "United States"),
    ("Australia banned the fireworks. Ana Li said Australia would review the rules.", "Australia"),
    ("Sanctions on Chile were lifted in May, and talks with Chile resumed.", "Chile"),
]


@pytest.mark.parametrize(("text", "name"), ACTING)
def test_countries_that_act_stay(nlp, text, name):
    assert name in article_names(nlp, text)
