"""Timeline, session 12: clauses that describe a state or an impression, or say what was not
done, give no event; a label cut at the verb of its "to" clause gives none; a date written before
a thing is that thing's; a stray quotation mark does not put the rest of a line in someone's
words. Sentences written for the tests (invented names) and sentences from corpus events that are
not held out (EventIds 14, 21, 54, 55, 57, 63, 75, 76)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.events.timeline import extract_timeline
from tests.conftest import make_article

WEDNESDAY = dt.date(2017, 12, 27)


@pytest.fixture(scope="module")
def events(nlp):
    def run(text: str, published: dt.date = WEDNESDAY) -> list[tuple[str, str]]:
        found = extract_timeline(nlp(text), make_article(text, published), [], [])
        return [(e.date, e.event) for e in found]

    return run


STATES = [
    # an impression with a verb of perception and an adjective
    "Mara Voss seemed tired on Tuesday.",
    "The Orbis rocket looked great on Monday.",
    # corpus, EventId 55 (a review of a halftime show)
    "His best pop songs always seemed to radiate desire, but it turns out that his music is merely needy "
    "— and tonight, headlining a hyper-hyped Super Bowl halftime show, Justin Timberlake sounds needier "
    "than ever before.",
    # "be" with only an adjective or a place after it
    "Shares of Orbis were lower on Friday.",
    "The new film will be in theaters May 4, 2018.",
    # corpus, EventId 75
    "Max was in a league of his own today, and what we witnessed was something very, very special.",
    # corpus, EventId 21
    "There, 500 private security personnel will patrol, backed up by many of the 1,600 officers who will "
    "be on New Year’s Eve patrol in the capital.",
]


@pytest.mark.parametrize("text", STATES, ids=[t[:40] for t in STATES])
def test_a_state_or_an_impression_is_no_happening(events, text):
    assert events(text) == []


HAPPENINGS = [
    # a noun after "be": a role held is a fact a timeline dates
    ("Ana Li was president of Dravia from 2010 to 2014.", ("2010", "Ana Li was president of Dravia")),
    # an adjective with a clause of its own (corpus, EventId 75)
    (
        "Verstappen launched his Red Bull down the inside of turn one and the 2007 world champion was "
        "unable to respond.",
        ("2007", "The world champion was unable to respond"),
    ),
    # a subject that names a happening
    ("The summit will be in Lima on Friday.", ("2017-12-29", "The summit will be in Lima")),
    # "appeared" with a place: a happening
    (
        "Tom Reed appeared on a morning show on Tuesday.",
        ("2017-12-26", "Tom Reed appeared on a morning show"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), HAPPENINGS, ids=[t[:40] for t, _ in HAPPENINGS])
def test_a_linking_verb_with_a_happening_stays(events, text, expected):
    assert expected in events(text)


CUT_AT_TO = [
    "On Sunday night, Tom Reed tries to make the crowd forget about his album.",
    # corpus, EventId 55
    "So on a dark Sunday night in Minnesota, Timberlake tries to make the world forget about his dud album.",
]


@pytest.mark.parametrize("text", CUT_AT_TO, ids=range(len(CUT_AT_TO)))
def test_a_label_cut_at_the_verb_of_its_to_clause_gives_no_event(events, text):
    assert events(text) == []


def test_a_to_clause_with_nothing_needed_stays(events):
    assert events("Heavy winds forced the plane's pilots to return on Tuesday.") == [
        ("2017-12-26", "Heavy winds forced the plane's pilots to return")
    ]


THINGS_DATES = [
    # the date of an earlier thing the clause's verb only mentions
    "It took months for the full scale of the 2015 assaults to emerge, but when prosecutors released "
    "their final estimates, attitudes changed.",
    # corpus, EventId 76
    "Although the 1908 World Series, like the 2016 edition, was played shortly before a U.S. presidential "
    "election, women were not allowed to vote in 1908.",
]


@pytest.mark.parametrize("text", THINGS_DATES, ids=range(len(THINGS_DATES)))
def test_a_date_written_before_a_thing_does_not_date_the_clause(events, text):
    assert all(date != "2015" and date != "2016" for date, _ in events(text))


def test_a_thing_that_acts_or_holds_the_happening_keeps_its_date(events):
    assert events("Orbis's Nov. 6 proposal followed a visit by its chief to the capital.") == [
        ("2017-11-06", "Orbis's proposal followed a visit by its chief to the capital")
    ]
    assert events("Tom Reed perished in the Dec. 24 crash near Lima.") == [
        ("2017-12-24", "Tom Reed perished in the crash near Lima")
    ]


QUOTED = [
    # words in a closed quotation: when the speaker spoke
    ('Ana Li said: "We arrived today and the hall was empty," and left.', []),
    # a quoted paragraph that runs on to the next one (no closing mark on its line)
    ('"We will sign the deal on Friday.', []),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED, ids=range(len(QUOTED)))
def test_a_date_in_quoted_words_gives_no_event(events, text, expected):
    assert events(text) == expected


STRAY = [
    # a quotation the source never closes before a later sentence of the same line (corpus,
    # EventId 63: a live blog whose updates share one line)
    (
        'The prosecutor said: "Ohio is in the middle of an epidemic. "The secretive nature of the dark web '
        'allows deals to be made without a trace." The pair will appear in front of the Senate Banking '
        "Committee today.",
        ("2017-12-27", "The pair will appear in front of the Senate Banking Committee"),
    ),
    # two apostrophes close a quotation (corpus, EventId 14)
    (
        "The NAACP issued a \"travel advisory'' in October warning travelers.",
        ("2017-10", "The NAACP issued a travel advisory"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), STRAY, ids=range(len(STRAY)))
def test_a_date_after_a_closed_or_stray_mark_is_the_report_s(events, text, expected):
    assert expected in events(text)


NOT_DONE = [
    # no answer to a reporter (corpus, EventIds 54 and 57)
    "A representative for Tarantino did not respond to a request for comment Saturday.",
    "Telegram has not yet responded to a request for comment on Tuesday.",
    "The club did not return calls on Monday.",
    # what will not be done
    "Tom Reed will not play on Sunday.",
    # corpus, EventId 55
    "Timberlake is not going to truly inhabit his music, at least not tonight, or maybe ever again.",
]


@pytest.mark.parametrize("text", NOT_DONE, ids=range(len(NOT_DONE)))
def test_what_was_not_or_will_not_be_done_is_no_happening(events, text):
    assert events(text) == []


def test_a_past_happening_denied_stays(events):
    assert events("United did not apologize on Monday.") == [("2017-12-25", "United did not apologize")]
    assert events("Tom Reed did not play on Sunday.") == [("2017-12-24", "Tom Reed did not play")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a happening that nearly took place is not that happening (corpus, EventId 15, reworded)
        ("Coach Reno Dahl nearly died on Tuesday during an ordeal after the parade.", "nearly died"),
        ("The small plane almost crashed into the bay on Monday.", "almost crashed"),
        # a hedge the report makes stays with the happening it hedges
        ("The gunman allegedly shot two guards outside the bank on Monday.", "allegedly shot"),
    ],
)
def test_a_label_keeps_the_adverb_that_says_whether_it_happened(events, text, words):
    labels = [label for _, label in events(text)]
    assert labels and words in labels[0], labels
