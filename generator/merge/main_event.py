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
from generator.merge.event_words import HAPPENINGS, Words, stem
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
    """The happening most articles take as their main event, in the words of the article that
    says it best.

    Each article's main event is grouped with the others that report the same happening: linked to
    the same timeline item, or of compatible dates and naming the same happening ("Broadcom raised
    its bid", "Broadcom is boosting its offer") or sharing a third of their words. A main event
    that only says somebody spoke ("Afghan officials said") reports nothing and joins no group.
    The group most articles report wins; then the one whose timeline item more sources report,
    then the one nearer the thick of the coverage (the middle of the articles' main-event days;
    ``as_of`` when none is dated). Its sentence is the member that names its happening by a
    verb and shares most words with the others, on the group's most given date; ``event``, the
    timeline item most members are linked to, if any; its evidence, every member's and every
    report of that item; its place, the one the members name most.

    An article's main event need not be a timeline item (the timeline keeps the happenings it
    dates; a lead's clause may be dated by the paper alone), so a briefing whose articles agree on
    an unlinked happening still opens with it.
    """
    mains = [(source, main) for source, main in sorted(per_article.items()) if main is not None]
    words = [label_words(_probe(main)) for _, main in mains]
    reads = [
        _Read(m.event, m.date, span_of(_probe(m)), w.heads - {_SAY}, w)
        for (_, m), w in zip(mains, words, strict=True)
    ]
    groups: list[list[int]] = []
    for i, read in enumerate(reads):
        if _says_only(words[i]):
            continue
        group = next((g for g in groups if any(_same_happening(read, reads[j]) for j in g)), None)
        if group is None:
            groups.append([i])
        else:
            group.append(i)
    if not groups:
        return None
    by_id = {e.id: e for e in timeline}
    # The thick of the coverage: a folder of April's reports and two strays of the next year
    # opens on April's happening, not on the strays' because they are the latest.
    ends = sorted(r.span[1] for r in reads if r.span)
    center = ends[(len(ends) - 1) // 2] if ends else as_of

    def rank(group: list[int]) -> tuple[int, int, int, int]:
        sources = len({mains[i][0] for i in group})
        linked = [by_id[e].corroboration for e in (mains[i][1].event for i in group) if e and e in by_id]
        spans = [s for s in (reads[i].span for i in group) if s]
        gap = min((_days_off(center, s) for s in spans), default=0) if center else 0
        return (-sources, -max(linked, default=0), gap, group[0])

    best = min(groups, key=rank)
    date = Counter(mains[i][1].date for i in best).most_common(1)[0][0]
    on_date = [i for i in best if mains[i][1].date == date]
    links = Counter(e for e in (mains[i][1].event for i in best) if e and e in by_id)
    linked = by_id[links.most_common(1)[0][0]] if links else None
    # what the group says: its members' words and its timeline item's label
    others = [words[j] for j in best] + ([label_words(linked)] if linked else [])

    def form(i: int) -> tuple[bool, bool, float, int, int]:
        said = words[i]
        shared = sum(_share(said, w) for w in others) - 1.0  # itself shares all
        return (
            not said.acts - {_SAY},
            not said.heads - {_SAY},
            -round(shared, 6),
            -min(len(mains[i][1].summary.split()), 14),
            i,
        )

    pick = mains[min(on_date, key=form)][1]
    places = Counter(mains[i][1].place for i in best if mains[i][1].place)
    # every member's evidence, and every report of the timeline item the group is
    reports = [ev for i in best for ev in mains[i][1].evidence] + list(linked.evidence if linked else ())
    evidence = {(ev.source, ev.sentence, ev.quote): ev for ev in reports}
    place = places.most_common(1)[0][0] if places else None
    if place is None:
        place = next((p for p in (place_in(ev.quote) for ev in pick.evidence) if p), None)
    return dataclasses.replace(
        pick,
        place=place,
        evidence=tuple(sorted(evidence.values(), key=lambda ev: (ev.source, ev.sentence or 0))),
        event=linked.id if linked else None,
    )


def _days_off(day: dt.date, span: tuple[dt.date, dt.date]) -> int:
    """Days from ``day`` to the nearest day of ``span`` (0 inside it)."""
    return max((span[0] - day).days, (day - span[1]).days, 0)


JOIN_SHARE = 0.34
"""Share of their words two articles' main events of compatible dates must share to be one
happening when they name none of the same happenings."""
_SAY = stem("say")


def _probe(main: MainEvent) -> TimelineEvent:
    return TimelineEvent(
        id="", date=main.date, precision=main.precision, event=main.summary, actors=main.actors
    )


def _says_only(words: Words) -> bool:
    """A main event that only says somebody spoke: "Afghan officials said", "Mr. Li said"."""
    return not words.heads - {_SAY} and len(words.content - {_SAY}) <= 2


@dataclasses.dataclass(frozen=True)
class _Read:
    """What grouping asks of an article's main event, worked out once."""

    event: str | None
    date: str
    span: tuple[dt.date, dt.date] | None
    happenings: frozenset[str]
    words: Words


def _same_happening(a: _Read, b: _Read) -> bool:
    """Whether two articles' main events report one happening (see ``briefing_main_event``)."""
    if a.event and a.event == b.event:
        return True
    if a.span is None or b.span is None:
        if a.date != b.date:
            return False
    elif not (
        a.span[0] >= b.span[0] and a.span[1] <= b.span[1] or b.span[0] >= a.span[0] and b.span[1] <= a.span[1]
    ):
        return False  # neither date lies inside the other (``dates_compatible``)
    return bool(a.happenings & b.happenings) or _share(a.words, b.words) >= JOIN_SHARE


def _share(a: Words, b: Words) -> float:
    """The share of their words two labels have in common (of all the words either has)."""
    union = a.all | b.all
    return len(a.all & b.all) / len(union) if union else 0.0


def infer_publication(
    records: Sequence[ArticleRecords], event: MainEvent | None, timeline: Sequence[TimelineEvent] = ()
) -> dict[str, dt.date]:
    """Article id -> the date an undated article takes as its publication date: the briefing's
    main event's day, when one of the article's sentences says all that its summary, or the label
    of the timeline item it is, says ("the president arrived in Lima on Thursday morning" for "the
    president arrived in Lima", 20 June; see ``says_all``).

    Only a day reported by two sources or more dates another article."""
    if event is None or event.precision != "day" or len({ev.source for ev in event.evidence}) < 2:
        return {}
    probe = TimelineEvent(id="", date=event.date, precision="day", event=event.summary, actors=event.actors)
    labels = [event.summary, *(e.event for e in timeline if e.id == event.event)]
    wanted = [
        w
        for w in (label_words(dataclasses.replace(probe, event=label)) for label in labels)
        if len(w.all) >= 2
    ]
    if not wanted:
        return {}
    out: dict[str, dt.date] = {}
    for rec in records:
        if rec.article.published is not None:
            continue
        for paragraph in rec.sentences:
            for sentence in paragraph:
                said = label_words(dataclasses.replace(probe, event=sentence))
                if any(says_all(w, said) for w in wanted):
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
