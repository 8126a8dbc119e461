"""Timeline events: which sentences date a happening, their short labels, and the seeds merged into
one account (the arrival reported by every dated source, no event twice)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from generator.extract.events.timeline import extract_timeline
from tests.conftest import make_article

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
THURSDAY = dt.date(2024, 6, 20)


@pytest.fixture(scope="module")
def events(nlp):
    def run(text: str, published: dt.date | None = THURSDAY) -> list[tuple[str, str, str]]:
        found = extract_timeline(nlp(text), make_article(text, published), [], [])
        return [(e.date, e.precision, e.event) for e in found]

    return run


LABELS = [
    # sentence, expected (date, precision, label) events
    (
        "Putin had arrived in Hanoi early on Thursday morning from North Korea.",
        [("2024-06-20", "day", "Putin arrived in Hanoi")],  # "had arrived" reads "arrived"
    ),
    (
        "Putin had begun talks on Tuesday.",
        [("2024-06-18", "day", "Putin had begun talks")],  # "begun" is no past tense: "had" stays
    ),
    (
        "This visit marks Putin's third trip since he began his fifth term in May.",
        [("2024-05", "month", "Putin began his fifth term")],  # "he" is the one person named before
    ),
    (
        "The Russian leader, on his first visit since 2017 when he attended the summit, said ties were good.",
        [("2017", "year", "The Russian leader attended the summit")],
    ),
    (
        "During his speech in Hanoi on Thursday, Putin also made reference to the war.",
        [("2024-06-20", "day", "Putin's speech in Hanoi")],
    ),
    (
        "Hostility has thawed since the end of the war in 1975 and the normalization of relations in 1995.",
        [("1975", "year", "End of the war"), ("1995", "year", "Normalization of relations")],
    ),
    (
        "In March 2023, the International Criminal Court issued an arrest warrant for Putin.",
        [("2023-03", "month", "The International Criminal Court issued an arrest warrant for Putin")],
    ),
    # a figure put on the record is a happening of its day; the label keeps the sum
    (
        "On Tuesday, the Ostrabank chief financial officer, Ana Li, said the bank could be facing "
        "a $20 billion charge.",
        [
            (
                "2024-06-18",
                "day",
                "The Ostrabank chief financial officer said the bank could be facing a $20 billion charge",
            )
        ],
    ),
    (
        "Tarvale Bank said in a June 12 filing it could book a $3 billion charge in its "
        "fourth-quarter earnings.",
        [
            (
                "2024-06-12",
                "day",
                "Tarvale Bank said it could book a $3 billion charge in its fourth-quarter earnings",
            )
        ],
    ),
    # an aside closed before the date leaves the date to the clause
    (
        "The pact was signed — after months of talks — in June 2024.",
        [("2024-06", "month", "The pact was signed after months of talks")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LABELS, ids=[t[:40] for t, _ in LABELS])
def test_labels_are_short_subject_verb_object(events, text, expected):
    assert events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He visited Hanoi for the first time since 2017.",  # bounds an absence, no event
        "The agreement signed on 26 March 2004 by the prime minister",  # a cut line without a full stop
        "Will he return on Friday?",
        "Putin arrived on Thursday.",  # relative, and the article is undated (checked below)
        "Officials said on Tuesday that the talks were useful.",  # words only: a reaction
        # the date is of the thing the clause comes after, which gives no label of its own
        "In the aftermath of the 2015 New Year's Eve events, police have boosted security.",
        "After the 2015 assaults, police in Tarvale boosted security.",
        # the dates of an aside the dash opens: the picks, not the trade
        "He was dealt to Tarvale for considerable compensation — a first-round draft pick in 2012 "
        "and a second-rounder in 2013.",
    ],
)
def test_sentences_that_date_no_happening(events, text):
    published = None if text.startswith("Putin arrived") else THURSDAY
    assert events(text, published) == []


def test_he_stays_he_when_two_people_could_be_meant(events):
    (label,) = [e[2] for e in events("Biden met Trong after he won a vote in May.")]
    assert label.startswith("He ")


def test_labels_stay_short(events):
    text = (
        "On Thursday, the two countries signed agreements on education, science, technology, energy, "
        "health, culture, tourism, agriculture, transport and trade that will run for ten years."
    )
    for _, _, label in events(text):
        assert len(label.split()) <= 12


# ----------------------------------------------------------------------------- the seeds, merged


@pytest.fixture(scope="module")
def seed_timeline(nlp):
    from generator import ingest
    from generator.build import extract_records
    from generator.merge.actors import merge

    if not SEEDS.is_dir():
        pytest.skip("seeds/ is not in this checkout")
    articles, _ = ingest.read_articles(SEEDS)
    return merge(extract_records(articles)).timeline


def test_seed_arrival_on_the_day_of_publication_has_evidence_from_three_sources(seed_timeline):
    arrivals = [e for e in seed_timeline if e.date == "2024-06-20" and re.search(r"arriv|touch", e.event)]
    assert len(arrivals) == 1, [e.event for e in arrivals]
    (arrival,) = arrivals
    assert len({ev.source for ev in arrival.evidence}) >= 3
    assert arrival.corroboration == len(arrival.evidence)


def test_seed_timeline_repeats_no_event_and_dates_match_their_precision(seed_timeline):
    shapes = {"day": r"\d{4}-\d\d-\d\d", "week": r"\d{4}-\d\d-\d\d", "month": r"\d{4}-\d\d", "year": r"\d{4}"}
    for e in seed_timeline:
        assert re.fullmatch(shapes[e.precision], e.date), e
        if e.precision == "week":
            assert dt.date.fromisoformat(e.date).weekday() == 0
    keys = [(e.date, e.event.lower()) for e in seed_timeline]
    assert len(keys) == len(set(keys))
    warrants = [e for e in seed_timeline if "warrant" in e.event]
    assert len(warrants) == 1 and warrants[0].date == "2023-03"  # "in 2023" joins "in March 2023"
    assert not any("redundant" in e.event for e in seed_timeline)  # a garbled caption line
