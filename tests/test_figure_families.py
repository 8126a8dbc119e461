"""Figures of session 12's families: the time something took ("it took the ambulance 30 minutes
to get to the scene"), how long a journey had run ("four hours into the flight"), a sum under the
name the text gives its owner, a sum with what it includes, a quantity of a stuff named by what
was done with it; and one article's two values of one measure kept as two figures."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.merge.figures import merge_figures
from generator.records import Figure
from tests.conftest import make_figure


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the time something took: "it took X N to do Y" (EventId of the Astros coach, a dev file)
        (
            "With the traffic congestion around the parade, it took the ambulance 30 minutes to get "
            "to the scene.",
            ("time for ambulance to get to scene", None, "30", "minutes"),
        ),
        (
            "It took rescuers more than 40 hours to reach the boy.",
            ("time for rescuers to reach boy", "more than", "40", "hours"),
        ),
        ("It took 12 days to drain the cave.", ("time to drain cave", None, "12", "days")),
        # how long a journey had run when something happened (the flight that turned back)
        (
            "The plane, which had 226 passengers aboard, turned around four hours into its flight to Tokyo.",
            ("hours into flight (turned)", "around", "4", "hours"),
        ),
        (
            "The ferry turned back two hours into the crossing.",
            ("hours into crossing (turned back)", None, "2", "hours"),
        ),
        # a sum under the name the text gives the common noun that has it (bitcoin crackdown)
        (
            "A new virtual currency, Proof of Weak Hands Coin, whose creators referred to it as a Ponzi "
            "scheme on Twitter, raised $800,000.",
            ("Proof of Weak Hands Coin raised", None, "800,000", "USD"),
        ),
        (
            "In January, regulators shut down Tarvo Fund, a purported swindle that had attracted $6 million.",
            ("Tarvo Fund attracted", None, "6 million", "USD"),
        ),
        ("The startup raised $5 million.", ("startup raised", None, "5 million", "USD")),
        # a sum with what it includes (Broadcom's bid)
        (
            "The deal, which amounts to $148.9 billion including debt Broadcom would assume, would be "
            "the largest ever.",
            ("deal including debt", None, "148.9 billion", "USD"),
        ),
        # a quantity of a stuff named by what was done with it, and how often
        (
            "Located in Western Antarctica, the Pine Island glacier reportedly loses around 45 billion tons "
            "of ice every year.",
            ("loses ice every year", "around", "45 billion", "tons"),
        ),
        (
            "The tanker transferred 600 tons of refined petroleum to a ship.",
            ("transferred refined petroleum", None, "600", "tons"),
        ),
        ("The ship had 600 tons of fuel.", ("fuel", None, "600", "tons")),
        # a length of time that modifies a noun is that thing's duration (the flight that turned back)
        (
            "She wondered on Twitter why the plane was turning around four hours into the 11-hour flight.",
            ("flight duration", None, "11", "hours"),
        ),
        ("Tarvo signed a 10-year deal.", ("deal duration (Tarvo)", None, "10", "years")),
        # "in just three days": how long the doing took, not a window (Black Mirror's shoot)
        (
            "Haynes noted that all the office sequences for the episode were shot in just three days.",
            ("sequences shot", "just", "3", "days"),
        ),
        # a length above or below a place is a height or a depth (the falling space station)
        (
            "The last bits of information suggested that Tiangong-1 was speeding 230 miles above Earth.",
            ("Tiangong-1 height", None, "230", "miles"),
        ),
        ("The boy was trapped 40 metres below ground.", ("boy depth", None, "40", "m")),
        # a count after a place that ends its phrase is no label ("Apollo 11" is)
        (
            "It said the tanker docked at Tarvo six times between August and December to take on oil.",
            ("tanker docked", None, "6", "times"),
        ),
        # a named thing's count is its own; the "between" of a place is no range
        (
            "The Soviet-era N1 rocket had 30 engines.",
            ("engines (Soviet-era N1 rocket)", None, "30", "engines"),
        ),
        # a qualifier read before "AT least 84" in capitals is still a qualifier
        ("AT least 84 people were killed by the truck.", ("people killed", "at least", "84", "people")),
        # how badly people were hurt is a toll of its own (the Rhine cruise ship, a dev file)
        (
            "Four people were taken to hospital with serious injuries while 20 others were slightly hurt.",
            ("people slightly injured", None, "20", "people"),
        ),
        (
            "Two critically injured people were flown to Tarvo.",
            ("people critically injured", None, "2", "people"),
        ),
        ("At least 30 people were injured.", ("people injured", "at least", "30", "people")),
        (  # the adverb is the four's, not the twenty's
            "The hospital said it was treating 20 people, four of whom were seriously injured.",
            ("people injured", None, "20", "people"),
        ),
    ],
)
def test_family_sentences_give_their_figure(figures_of, text, expected):
    assert expected in figures_of(text)


def test_the_surgery_that_took_three_hours_is_the_surgery_duration(figures_of):
    assert ("surgery duration", None, "3", "hours") in figures_of("The surgery took three hours.")


def _games(value: float, source: str, sentence: int, what: str) -> Figure:
    return make_figure(str(int(value)), "games", source, sentence, what, date="2017-12-30")


def test_one_article_two_values_of_one_measure_are_two_figures():
    """ "all 16 games as a rookie" and "all 15 games this season" in one article: two measures."""
    figs = [_games(16, "a", 1, "games"), _games(15, "a", 2, "started games")]
    merged = merge_figures(figs, {"a": dt.date(2017, 12, 30)})
    assert sorted(f.value for f in merged) == ["15", "16"]
    assert all(not f.conflicts for f in merged)


def test_two_sources_values_of_one_measure_stay_a_conflict():
    figs = [_games(16, "a", 1, "games"), _games(15, "b", 2, "games")]
    merged = merge_figures(figs, {"a": dt.date(2017, 12, 30), "b": dt.date(2017, 12, 30)})
    assert len(merged) == 1 and len(merged[0].conflicts) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Officials released images of an Oct. 19 rendezvous between two ships.",  # a place, no range
        "The eddies travel across the sea, taking six months to do so.",  # to do what, unsaid
        "The bridge will be finished in five years.",  # a window
        "Right Now The Atlantic - EW.com all 371 news articles »",  # an aggregator's link
    ],
)
def test_no_figure_of_these_families(figures_of, text):
    whats = [f[0] for f in figures_of(text)]
    assert not any(
        w.startswith("time to") or w in ("ships", "news articles") or "finished" in w for w in whats
    )
