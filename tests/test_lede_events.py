"""Timeline recall and duplicates (session 11): the story's own happening told without a date is
dated by the paper (the lede, and the report's opening before it names a day); a plan's "is set
for" looks ahead; one happening told in other words across articles (elected / took office,
resigned / stepped down, died / lost his life, met / started dating, halted / suspended) is one
event; a month that holds two days does not join them. Sentences in, records out."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.events.timeline import extract_timeline
from generator.extract.pipeline import extract_article
from generator.merge.timeline import merge_timeline
from tests.conftest import make_article
from tests.test_happenings import report

SUNDAY = dt.date(2016, 11, 13)


def _timeline(nlp, text: str, published: dt.date | None = SUNDAY) -> list[tuple[str, str]]:
    records = extract_article(nlp(text), make_article(text, published))
    return sorted((e.date, e.event) for e in records.timeline)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # corpus (EventId 75): the race day's paper tells the crash without a day
        (
            "The race was wet. But just six laps later, Orlov crashed at high speed as he entered "
            "the pit straight.",
            [("2016-11-13", "Orlov crashed at high speed")],
        ),
        # a background year first: the crash after it is of no known day
        (
            "Orlov joined the team in 2014. Orlov crashed at high speed in the rain.",
            [("2014", "Orlov joined the team")],
        ),
    ],
)
def test_the_opening_tells_the_papers_day_until_a_date_is_named(nlp, text, expected):
    found = extract_timeline(nlp(text), make_article(text, SUNDAY), [], [])
    assert [(e.date, e.event) for e in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hearing is set for May 3.", "2017-05-03"),
        ("The launch of the probe is scheduled for March 9.", "2017-03-09"),
        ("The hearing was set for May 3.", "2016-05-03"),  # seen from the past
    ],
)
def test_a_day_a_thing_is_set_for_lies_ahead(nlp, text, expected):
    found = extract_timeline(nlp(text), make_article(text, SUNDAY), [], [])
    assert [e.date for e in found] == [expected]


@pytest.mark.parametrize(
    ("one", "two", "date"),
    [
        ("Ana Li was elected for her pledge", "Ana Li took office", "2015"),
        ("Tom Reed resigned as chairman", "Tom Reed stepped down as chairman of the board", "2016-04"),
        ("Tom Reed died in the crash", "Tom Reed lost his life in the crash", "2016-11-09"),
        ("Ana Li and Tom Reed met on the set of the show", "Ana Li and Tom Reed started dating", "2014"),
        ("The Tarvale Grand Prix was halted on lap 20", "The Tarvale Grand Prix was suspended", "2016-11-13"),
        # corpus (EventIds 47, 49, 18): a launch, a founding, a loss of contact, an unveiling
        ("The Tarvale-1 lab was launched", "Tarvale-1 was launched into orbit", "2011"),
        ("Ana Li created Orbitco", "Li founded Orbitco", "2002"),
        ("Tarvale officials confirmed they had lost control of the station", "Tarvale lost contact", "2016"),
        ("Ana Li unveiled plans for the Nova rocket", "Ana Li revealed the Nova rocket", "2011"),
        # a removal and a fall in other words (corpus, EventIds 57 and 77)
        (
            "Nimbus removed Quillo from its store",
            "The Quillo app was banned from the Nimbus store",
            "2018-02-01",
        ),
        ("The child fell into the deserted well", "The six-year-old plummeted into the well", "2016-11-06"),
        # one day's launch, by a noun or a verb (corpus, EventId 49)
        (
            "Launch is scheduled during a two-hour window",
            "The Nova rocket is scheduled to blast off",
            "2018-02-06",
        ),
        # corpus (EventId 2): a ship that struck or hit a bridge crashed; the accident is the crash
        (
            "A tourist ship has struck a highway bridge",
            "The Swiss Pearl hit a pillar of the bridge",
            "2017-12-26",
        ),
        ("The Swiss Pearl hit a pillar of the bridge", "The accident happened on the river", "2017-12-26"),
    ],
)
def test_one_happening_in_its_other_words_is_one_event(one, two, date):
    precision = {4: "year", 7: "month"}.get(len(date), "day")
    merged = merge_timeline([report("a", one, date, precision), report("b", two, date, precision)], {})
    assert len(merged) == 1


def test_a_month_does_not_join_two_days_it_holds():
    # corpus (EventId 66): the girls freed on the 13th, the four leaders freed on the 12th, and a
    # paper's "has freed 21 girls" of the month fits both: it cannot say which
    merged = merge_timeline(
        [
            report("a", "The Tarvale Front freed 21 girls", "2016-10", "month"),
            report("b", "The Tarvale Front handed over 21 girls to the authorities", "2016-10-13", "day"),
            report("c", "Four detained Tarvale Front leaders were released", "2016-10-12", "day"),
        ],
        {},
    )
    assert sorted(e.date for e in merged) == ["2016-10-12", "2016-10-13"]


def test_a_date_right_after_a_participle_on_the_subject_is_the_participles(nlp):
    # corpus (EventId 24): the parser hangs "this month" on "spreads"; it dates the signing
    text = "The tax measure signed into law by Governor Ana Li this month spreads benefits unevenly."
    found = extract_timeline(nlp(text), make_article(text, SUNDAY), [], [])
    assert [(e.date, e.event) for e in found] == [("2016-11", "The tax measure signed into law")]


def test_a_hit_that_is_no_crash_stays_apart():
    merged = merge_timeline(
        [
            report("a", "Nimbus Bank expects a $5 billion hit", "2017-12-29", "day"),
            report("b", "A truck crashed on the highway", "2017-12-29", "day"),
        ],
        {},
    )
    assert len(merged) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # corpus (EventId 2): "it", the subject of its main clause, is the thing the sentence before is about
        (
            "The ship was heading downstream on the last leg of a river tour. It set off on Nov. 2.",
            [("2016-11-02", "The ship set off")],
        ),
        # corpus (EventId 44): "they", a plural thing
        (
            "The Tarvale Rovers have struggled the past two seasons. They followed a 7-8-1 record in 2015.",
            [("2015", "The Tarvale Rovers followed a 7-8-1 record")],
        ),
        # corpus (EventId 70): a clause before the pronoun may hold another "it"
        (
            "Orbitia has tested many missiles. Even when it tested a missile on July 28, it was launched "
            "at a steep angle.",
            [],
        ),
    ],
)
def test_it_and_they_stand_for_the_thing_the_sentence_before_is_about(nlp, text, expected):
    found = extract_timeline(nlp(text), make_article(text, SUNDAY), [], [])
    assert [(e.date, e.event) for e in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # holding an amount is a state (corpus, EventId 49), having surgery a happening
        ("The company had 18 launches in 2015.", []),
        ("The firm had $32 billion in foreign earnings at the end of 2015.", []),
        ("Ana Li had surgery in 2015.", [("2015", "Ana Li had surgery")]),
        # the end of a year is part of the date, not a happening (corpus, EventId 47)
        ("At the tail end of 2015, the firm sold its stake.", [("2015", "The firm sold its stake")]),
        ("The end of the war in 1975 changed the region.", [("1975", "End of the war")]),
    ],
)
def test_states_and_parts_of_a_date_are_no_happenings(nlp, text, expected):
    found = extract_timeline(nlp(text), make_article(text, SUNDAY), [], [])
    assert [(e.date, e.event) for e in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # corpus (EventId 57): "it" in reported words is the body that reports them
        (
            "Nimbus has revealed that it last week removed Quillo from its store.",
            [("2016-10-31", "Nimbus removed Quillo")],
        ),
        # a person is no "it"; a dateline is no speaker (corpus, EventId 70)
        ("Ana Li said that it rained on Nov. 2.", []),
        (
            "TARVALE/ORBITIA (Reuters) - Nordland said it had conducted a test of a missile on Nov. 2.",
            [("2016-11-02", "Nordland conducted a test of a missile")],
        ),
    ],
)
def test_it_in_reported_words_is_the_body_that_reports_them(nlp, text, expected):
    found = extract_timeline(nlp(text), make_article(text, SUNDAY), [], [])
    assert [(e.date, e.event) for e in found] == expected
