"""Figures of session 13's families: an ordinal that counts a thing in someone's series ("its
sixth nuclear test", "her third child", "the 129th annual parade"), counts in trillions, and one
article's two vague values of one measure kept apart ("trillions of planets there; the galaxy
holds billions"), the minutes or hours between two moments ("crashed 10 minutes later"); and a
display class that is no count ("a 4K TV"); and people in custody, a toll of arrests."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.figures.serials import ordinal_value
from generator.merge.figures import merge_figures
from generator.records import Figure
from tests.conftest import make_figure


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # someone's series: the owner's possessive
        ("Tarvostan carried out its sixth nuclear test on Sunday.", ("nuclear test (Tarvostan)", "6th")),
        ("Mila Orvath and her husband welcomed their third child on Sunday.", ("child (Mila Orvath)", "3rd")),
        ("On Friday the singer released his sixth studio album.", ("studio album", "6th")),
        ("Orvath is set to make his 250th start in the final race.", ("start in final race", "250th")),
        # a run
        ("The Rovers lost their fifth straight game on Sunday.", ("straight game (Rovers)", "5th")),
        ("The champion is chasing a third successive title.", ("successive title", "3rd")),
        # a long series, whoever it belongs to
        ("The 129th annual parade got started Monday in Tarvo City.", ("annual parade", "129th")),
        ("It was the 52nd victory of his career.", ("victory of career", "52nd")),
    ],
)
def test_an_ordinal_of_a_series_is_a_figure(figures_of, text, expected):
    assert any(f[:3] == (expected[0], None, expected[1]) for f in figures_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The company's profit rose in the third quarter.",  # a part of a period
        "The fire started on the fourth floor of the building.",  # a point in a building
        "He scored in the eighth inning.",  # a point of a match
        "For the third time this year, the river flooded.",  # nobody's, no run
        "She is pregnant with the couple's second child.",  # second: too slight
        "He celebrated his 65th birthday on Friday.",  # an age
        "The 10th passenger on the plane was a guide.",  # a person, no series of theirs
        "He won a second term in 2012.",  # nobody's series
    ],
)
def test_an_ordinal_that_places_is_no_figure(figures_of, text):
    assert not any(f[2].endswith(("st", "nd", "rd", "th")) for f in figures_of(text))


def test_ordinal_values():
    assert [ordinal_value(n) for n in (3, 11, 12, 13, 21, 22, 23, 111)] == [
        "3rd", "11th", "12th", "13th", "21st", "22nd", "23rd", "111th",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Astronomers say trillions of planets reside in the galaxy.",
            ("planets", None, "trillions", "planets"),
        ),
    ],
)
def test_counts_in_trillions(figures_of, text, expected):
    assert expected in figures_of(text)


def _planets(value: str, source: str, sentence: int, what: str = "planets") -> Figure:
    return make_figure(value, "planets", source, sentence, what)


def test_one_article_two_vague_values_are_two_figures():
    """ "trillions of planets reside there, as the Milky Way holds billions of planets": two
    measures; a second source's "trillions" joins the first one's."""
    figs = [
        _planets("trillions", "a", 3),
        _planets("billions", "a", 3, "planets (Milky Way)"),
        _planets("trillions", "b", 7),
    ]
    merged = merge_figures(figs, {"a": dt.date(2018, 2, 5), "b": dt.date(2018, 2, 5)})
    assert sorted((f.value, f.corroboration, len(f.conflicts)) for f in merged) == [
        ("billions", 1, 0),
        ("trillions", 2, 0),
    ]


def test_two_sources_vague_values_stay_a_conflict():
    figs = [_planets("trillions", "a", 3), _planets("billions", "b", 3)]
    merged = merge_figures(figs, {"a": dt.date(2018, 2, 5), "b": dt.date(2018, 2, 5)})
    assert len(merged) == 1 and len(merged[0].conflicts) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the time between two moments of the story, in minutes or hours
        (
            "The plane took off at noon and crashed about 10 minutes later.",
            ("time until crashed", "about", "10", "minutes"),
        ),
        (
            "The ferry left Tarvo on Sunday and when it docked nine hours later, the storm had passed.",
            ("time until docked", None, "9", "hours"),
        ),
        (
            "Two hours later, the airline confirmed the delay.",
            ("time until airline confirmed", None, "2", "hours"),
        ),
        (
            "An hour later, the passengers were still waiting.",
            ("time until passengers waiting", None, "1", "hours"),
        ),
    ],
)
def test_minutes_or_hours_later_is_a_figure(figures_of, text, expected):
    assert expected in figures_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "She filed for divorce two years later.",  # background, not the story's figure
        "The couple split a month later.",
        "A few hours later the capsule returned.",  # no number
    ],
)
def test_longer_or_vague_intervals_are_no_figure(figures_of, text):
    assert not any(f[0].startswith("time until") for f in figures_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "You do not need to buy a 4K TV to see the difference.",
        "Games on 8K TVs will still look better.",
        "It improves games on a TV with 2K resolution or lower.",
        "The console renders at a higher resolution (close to 4K) first.",
    ],
)
def test_a_display_class_is_no_figure(figures_of, text):
    assert figures_of(text) == []


def test_thousands_with_more_digits_or_a_small_k_stay_figures(figures_of):
    assert ("fans attended", "over", "50,000", "fans") in figures_of("Over 50K fans attended the final.")


@pytest.mark.parametrize(
    "text",
    [
        "Eight suspects are currently in detention.",
        "Eight suspects remain in police custody.",
    ],
)
def test_people_in_custody_are_a_toll_of_arrests(figures_of, text):
    assert ("suspects arrested", None, "8", "suspects") in figures_of(text)


def test_people_in_a_room_are_no_toll(figures_of):
    assert all("arrested" not in f[0] for f in figures_of("Eight men were in the room."))


def test_an_odd_count_is_about_that_many(figures_of):
    """ "the 100-odd passengers on board": about 100."""
    text = "The storm worried the 100-odd passengers on board."
    assert ("passengers on board worried", "about", "100", "passengers") in figures_of(text)
