"""Timeline recall (session 13): a named speaker's dated statement is on the timeline ("Ana Li
said Tuesday that ..."), one speaker's statements of a day are one event; a report's undated
opening in the present perfect ("has been removed", "have discovered") is the news of its month.
Sentences in, records out (invented names)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.events.timeline import extract_timeline
from generator.merge.same_happening import same_speaker
from generator.records import TimelineEvent
from tests.conftest import make_article

WEDNESDAY = dt.date(2017, 12, 27)


def _events(nlp, text: str, published: dt.date | None = WEDNESDAY) -> list[tuple[str, str]]:
    return [(e.date, e.event) for e in extract_timeline(nlp(text), make_article(text, published), [], [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a spokesman's statement of Tuesday (corpus, EventId 14, names changed)
        (
            "Airline spokesman Tomas Brill said Tuesday that the two guards boarded the flight.",
            [("2017-12-26", "Tomas Brill said that the two guards boarded the flight")],
        ),
        # "told" someone, last month
        (
            "Chief executive Ana Li told employees last month that the firm will add new training.",
            [("2017-11", "Ana Li told employees that the firm will add new training")],
        ),
        # a named speaker in apposition to the subject
        (
            "In January, the Norvex chief, Tom Reed, said that the networks should be regulated.",
            [("2017-01", "Tom Reed said that the networks should be regulated")],
        ),
        # a tweet is news of its day with nothing more said
        ('"Get the facts first," Lazaro tweeted Sunday.', [("2017-12-24", "Lazaro tweeted")]),
    ],
)
def test_a_named_speakers_dated_statement_is_on_the_timeline(nlp, text, expected):
    assert _events(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Officials said Tuesday that the guards boarded the flight.",  # no one named
        "He said Tuesday that the guards boarded the flight.",  # who, the sentence does not say
        "'His drive was amazing,' Halvorsen said on Sunday night.",  # a bare "said": the quote is a reaction
        "Tom Reed said he was on the tram on 31 October.",  # the date is the said clause's
    ],
)
def test_no_statement_without_a_named_speaker_and_a_date_of_its_own(nlp, text):
    assert all("said" not in label for _, label in _events(nlp, text))


def _event(date: str, label: str) -> TimelineEvent:
    return TimelineEvent(id=label, date=date, precision="day" if len(date) == 10 else "month", event=label)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (
            ("2017-12-28", "Donald Brill said that he is very disappointed"),
            ("2017-12-28", "Mr. Brill wrote"),
            True,
        ),
        (
            ("2017-12-28", "Ana Li said that the talks failed"),
            ("2017-12-28", "Tom Reed said that the talks failed"),
            False,
        ),
        (
            ("2017-12-28", "Ana Li said that the talks failed"),
            ("2017-12-29", "Ana Li said that they must go on"),
            False,
        ),
        (
            ("2017-12", "Ana Li said that the talks failed"),
            ("2017-12", "Ana Li said that they must go on"),
            False,
        ),
    ],
)
def test_one_speakers_statements_of_a_day_are_one(a, b, same):
    assert same_speaker(_event(*a), _event(*b)) is same


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # corpus (EventId 57, names changed): the opening tells the removal, undated
        (
            "Zipline, the messaging app, has been removed from the app store days after a minister "
            "singled it out.",
            [("2017-12", "Zipline has been removed from the app store days")],
        ),
        (
            "Astronomers have discovered planets outside our galaxy for the first time.",
            [("2017-12", "Astronomers discovered planets outside our galaxy")],
        ),
        (
            "Scientists have spotted smoke rings in the ocean.",
            [("2017-12", "Scientists spotted smoke rings in the ocean")],
        ),
    ],
)
def test_an_undated_opening_in_the_present_perfect_is_the_news_of_its_month(nlp, text, expected):
    assert _events(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Previously, planets have only been detected within our galaxy.",  # before
        "Research has found heavy users show higher risks of sleeplessness.",  # a finding
        "The leaks have hurt the country's reputation.",  # a harm, not an injury
        "The president has arrived in Lima for a two-day visit.",  # a move under way
        "Seven people have died after a tram overturned.",  # a toll: the crash the report dates holds it
        "The mayor has said the city will rebuild.",  # words
    ],
)
def test_no_opening_event_for_earlier_findings_harms_moves_or_words(nlp, text):
    assert _events(nlp, text) == []


def test_only_the_opening_is_dated_by_its_month(nlp):
    text = "The storm was bad. Roads were wet. Many stayed home. Astronomers have discovered planets."
    assert _events(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # corpus (EventId 76, names changed): the opening dated, not the praise
        (
            "Opened in October, the store was praised by the Lakeside Tribune as a boon to the riverfront.",
            [("2017-10", "The store was opened")],
        ),
        (
            "Built in 1907, the towers have welcomed ships into the port for more than a hundred years.",
            [("1907", "The towers were built")],
        ),
        (
            "Founded in 1990 by two brothers, the firm makes pumps.",
            [("1990", "The firm was founded by two brothers")],
        ),
        (
            "Elected in May, the councillors took office on Monday.",
            [("2017-05", "The councillors were elected"), ("2017-12-25", "The councillors took office")],
        ),
    ],
)
def test_a_date_in_an_opening_participle_clause_dates_what_was_done(nlp, text, expected):
    assert _events(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The store, opened in October, was praised by critics.",  # inside the clause: not this rule
        "Opened in October, it was praised by critics.",  # whose opening, the sentence does not say
    ],
)
def test_no_opening_participle_event_without_a_named_noun(nlp, text):
    assert not any("was opened" in label for _, label in _events(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The messaging app Zipline was removed from the app store.", "2017-12-27"),
        ("The race was suspended after a crash at the first corner.", "2017-12-27"),
    ],
)
def test_the_papers_day_dates_an_undated_removal_or_halt(nlp, text, expected):
    assert [date for date, _ in _events(nlp, text)] == [expected]


def test_the_papers_day_does_not_date_the_injured(nlp):
    assert _events(nlp, "Two spectators were injured by a falling rocket.") == []
