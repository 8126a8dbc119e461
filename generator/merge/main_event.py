"""The main event over all sources, and each article's main event linked to the timeline item it is.

Each article's main event comes from its extraction (``generator.extract.events.main_event``); here
it is linked to the merged timeline item that reports the same happening, and the briefing's main
event is the item most articles take as theirs. An undated article that reports the briefing's
main event may take its date as an inferred publication date (``infer_publication``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence

from generator.extract.events.places import place_in
from generator.merge.event_words import HAPPENINGS, Words
from generator.merge.timeline import EventKey, dates_compatible, event_key, label_words, span_of
from generator.records import ArticleRecords, MainEvent, TimelineEvent

SAME_HAPPENING = 0.5
"""Share of label words a main event and a timeline item of a compatible date must share to be one."""


def link_main_event(
    rec: ArticleRecords, timeline: Sequence[TimelineEvent], members: Mapping[EventKey, str]
) -> MainEvent | None:
    """``rec.main_event`` with ``event`` set to the merged timeline item it is: the item its own
    timeline event went into, else an item of a compatible date whose label says the same."""
    main = rec.main_event
    if main is None:
        return None
    first = main.evidence[0] if main.evidence else None
    for event in rec.timeline:
        if first and event.evidence and event.evidence[0] == first and event.date == main.date:
            found = members.get(event_key(event))
            if found:
                return dataclasses.replace(main, event=found)
    probe = TimelineEvent(id="", date=main.date, precision=main.precision, event=main.summary)
    mine = label_words(probe).all
    best: tuple[float, str] | None = None
    for item in timeline:
        if not dates_compatible(item, probe):
            continue
        theirs = label_words(dataclasses.replace(item, actors=())).all
        share = len(mine & theirs) / len(mine | theirs) if mine | theirs else 0.0
        if share >= SAME_HAPPENING and (best is None or share > best[0]):
            best = (share, item.id)
    return dataclasses.replace(main, event=best[1]) if best else main


def briefing_main_event(
    timeline: Sequence[TimelineEvent], per_article: Mapping[str, MainEvent | None], as_of: dt.date | None
) -> MainEvent | None:
    """The timeline item most articles take as their main event; then the one more sources
    report, then the one nearer ``as_of``. Its place is the one its reports name most."""
    votes = Counter(m.event for m in per_article.values() if m and m.event)
    by_id = {e.id: e for e in timeline}
    candidates = [i for i in votes if i in by_id]
    if not candidates:
        return None

    def rank(event_id: str) -> tuple[int, int, int, str]:
        event = by_id[event_id]
        span = span_of(event)
        gap = abs((as_of - span[1]).days) if as_of and span else 0
        return (-votes[event_id], -event.corroboration, gap, event_id)

    chosen = by_id[min(candidates, key=rank)]
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


def infer_publication(records: Sequence[ArticleRecords], event: MainEvent | None) -> dict[str, dt.date]:
    """Article id -> the date an undated article takes as its publication date: the briefing's
    main event's day, when one of the article's sentences says all that its label says
    ("the president arrived in Lima on Thursday morning" for "the president arrived in Lima", 20 June;
    see ``says_all``).

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
                if says_all(wanted, said):
                    out[rec.article.id] = dt.date.fromisoformat(event.date)
                    break
            if rec.article.id in out:
                break
    return out


REPORTS_SHARE = 0.75
"""Share of a label's words a sentence must hold to report its happening in other words."""


def says_all(label: Words, sentence: Words) -> bool:
    """Whether a sentence reports what a label says: all its words, or, for a label of four words
    or more, its happening and three in four of its words ("Broadcom is boosting its buyout
    offer for Qualcomm" reports "Broadcom raise its offer price": boosting and raise are one
    happening, only "price" is missing)."""
    if label.all <= sentence.all:
        return True
    shared = label.all & sentence.all
    happening = label.all & HAPPENINGS
    return (
        len(label.all) >= 4
        and bool(happening)
        and happening <= shared
        and len(shared) >= REPORTS_SHARE * len(label.all)
    )
