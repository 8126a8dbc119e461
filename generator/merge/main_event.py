"""The main event: what happened, who did it, when and where — per article and over all sources.

An article's main event is the happening it reports nearest its publication date, preferring
what more sources report and what the article says first; the briefing's is the timeline item
that most articles take as their main event. An undated article that reports the briefing's main
event may take its date as an inferred publication date (``infer_publication``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from generator.extract import gazetteer
from generator.merge.timeline import EventKey, event_key, label_words, span_of
from generator.records import ArticleRecords, Evidence, MainEvent, TimelineEvent

LEAD_SENTENCES = 3
"""Sentences (title included) that open an article: what they report is what it is about."""
_NEAR = ((-1, 3), (-3, 10), (-10, 45))
"""Days before publication (negative: after) a day's happening may lie in to rank first, second
or third: the day before or of publication first ("on Friday" in Saturday's paper), then the week."""
_PLACE = re.compile(
    r"\b(?:in|at|near|outside|off)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|of|de|del))*)"
)


def nearness(event: TimelineEvent, reference: dt.date | None) -> int | None:
    """0 for a happening on the publication day or just before it, 1 within about a week, 2
    within the month; None for older or later ones, years, and without a reference day."""
    span = span_of(event)
    if reference is None or span is None or event.precision == "year":
        return None
    before_end, before_start = (reference - span[1]).days, (reference - span[0]).days
    for rank, (low, high) in enumerate(_NEAR):
        if event.precision == "day" and low <= before_end <= high:
            return rank
        if event.precision != "day" and rank > 0 and before_start >= low and before_end <= high:
            return rank  # a week or month holding a near day
    return None


def _support(rank: int, sentence: int | None, corroboration: int) -> tuple[int, int, int]:
    position = 2 if (sentence or 0) < LEAD_SENTENCES else 1 if (sentence or 0) < 8 else 0
    return (rank, -(min(corroboration, 5) + position), sentence or 0)


def article_main_event(
    rec: ArticleRecords,
    merged: Mapping[str, TimelineEvent],
    members: Mapping[EventKey, str],
    reference: dt.date | None,
) -> MainEvent | None:
    """The happening ``rec``'s article reports nearest ``reference`` (its publication date, or
    the sources' for an undated one): the nearest ranks first, then what more sources report and
    what the article says earlier. Its actors, dates and evidence are the article's own."""
    best: tuple[tuple[int, int, int], TimelineEvent, str | None] | None = None
    for event in rec.timeline:
        rank = nearness(event, reference)
        if rank is None:
            continue
        merged_id = members.get(event_key(event))
        item = merged.get(merged_id) if merged_id else None
        corroboration = item.corroboration if item else 1
        first = event.evidence[0] if event.evidence else Evidence("", "")
        key = _support(rank, first.sentence, corroboration)
        if best is None or key < best[0]:
            best = (key, event, merged_id)
    if best is None:
        return None
    _, event, merged_id = best
    return MainEvent(
        summary=event.event,
        date=event.date,
        precision=event.precision,
        place=place_in(event.evidence[0].quote if event.evidence else ""),
        actors=event.actors,
        evidence=event.evidence[:1],
        event=merged_id,
    )


def briefing_main_event(
    timeline: Sequence[TimelineEvent], per_article: Mapping[str, MainEvent | None], as_of: dt.date | None
) -> MainEvent | None:
    """The timeline item most articles take as their main event; then the one more sources
    report, then the one nearer ``as_of``. Its place is the one its reports name most."""
    votes = Counter(m.event for m in per_article.values() if m and m.event)
    if not votes:
        return None
    by_id = {e.id: e for e in timeline}

    def rank(event_id: str) -> tuple[int, int, int, str]:
        event = by_id[event_id]
        span = span_of(event)
        gap = abs((as_of - span[1]).days) if as_of and span else 0
        return (-votes[event_id], -event.corroboration, gap, event_id)

    chosen = by_id[min((i for i in votes if i in by_id), key=rank)]
    places = Counter(m.place for m in per_article.values() if m and m.event == chosen.id and m.place)
    place = places.most_common(1)[0][0] if places else None
    if place is None:
        place = next((p for p in (place_in(ev.quote) for ev in chosen.evidence) if p), None)
    return MainEvent(
        summary=chosen.event,
        date=chosen.date,
        precision=chosen.precision,
        place=place,
        actors=chosen.actors,
        evidence=chosen.evidence,
        event=chosen.id,
    )


def place_in(quote: str) -> str | None:
    """The first place the sentence says something happened in ("arrived in Hanoi" -> "Hanoi",
    "at the port of Pyeongtaek" -> no: "port" is no place name): a country, capital or other
    place of the gazetteer after "in", "at", "near", "outside" or "off"."""
    for m in _PLACE.finditer(quote):
        words = m.group("place").rstrip(".").split()
        for end in range(len(words), 0, -1):  # "Hanoi Thursday" -> "Hanoi"
            name = " ".join(words[:end]).rstrip(".,’'")
            if gazetteer.country(name) or gazetteer.is_place(name):
                return name
    return None


def infer_publication(records: Sequence[ArticleRecords], event: MainEvent | None) -> dict[str, dt.date]:
    """Article id -> the date an undated article takes as its publication date: the briefing's
    main event's day, when one of the article's sentences says all that its label says
    ("Putin arrived in Hanoi on Thursday morning" for "Putin arrived in Hanoi", 20 June).

    Only a day reported by two sources or more dates another article."""
    if event is None or event.precision != "day" or len({ev.source for ev in event.evidence}) < 2:
        return {}
    probe = TimelineEvent(id="", date=event.date, precision="day", event=event.summary, actors=event.actors)
    wanted = label_words(probe)
    if len(wanted.all) < 2:
        return {}
    out: dict[str, dt.date] = {}
    for rec in records:
        if rec.article.published is not None:
            continue
        for paragraph in rec.sentences:
            for sentence in paragraph:
                said = label_words(dataclasses.replace(probe, event=sentence))
                if wanted.all <= said.all:
                    out[rec.article.id] = dt.date.fromisoformat(event.date)
                    break
            if rec.article.id in out:
                break
    return out
