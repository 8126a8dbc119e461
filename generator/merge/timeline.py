"""Merge dated events across sources: one timeline item per happening, with one evidence entry per
source, how many sources support its date, and the other dates some sources give for it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence

from generator.merge.agreement_match import canonical_ids
from generator.merge.event_words import (
    PRONOUNS,
    Words,
    label_words,
)
from generator.merge.same_happening import (
    overlap,
    same_act_of_the_same,
    same_speaker,
    same_telling,
    same_words,
)
from generator.records import Conflict, Evidence, TimelineEvent, earliest_per_source
from generator.text import slugify, unique_id

DAYS_APART = 7
"""Two reports of the same happening dated at most this many days apart (day or week precision)
are one event whose sources disagree; further apart they are two happenings (a yearly summit)."""
CONFLICT_OVERLAP = 0.8
"""Share of label words two reports with different dates must have in common to be one event."""
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
BACKGROUND_DAYS = 60
"""An event that ended more than this many days before the earliest publication date is
background: context the sources recall, not a happening of the days they report."""

EventKey = tuple[str, int | None, str, str]
"""One article's event as (source, sentence, date, label): unique within the sources."""


def event_key(event: TimelineEvent) -> EventKey:
    first = event.evidence[0] if event.evidence else Evidence("", "")
    return (first.source, first.sentence, event.date, event.event)


def merge_timeline(
    events: Sequence[TimelineEvent], kinds: Mapping[str, str], first_day: dt.date | None = None
) -> tuple[TimelineEvent, ...]:
    """``merge_timeline_groups`` without the membership."""
    return merge_timeline_groups(events, kinds, first_day)[0]


def is_background(event: TimelineEvent, first_day: dt.date | None) -> bool:
    """Whether the event ended more than BACKGROUND_DAYS before ``first_day`` (the earliest
    publication date): "the war ended in 1975" in news of 2024, "in March 2023" in June 2024."""
    span = _span(event)
    return bool(first_day and span and (first_day - span[1]).days > BACKGROUND_DAYS)


def merge_timeline_groups(
    events: Sequence[TimelineEvent], kinds: Mapping[str, str], first_day: dt.date | None = None
) -> tuple[tuple[TimelineEvent, ...], dict[EventKey, str]]:
    """One item per happening over all sources, in date order, with stable unique ids; and the id
    of the merged item each source's event went into (by ``event_key``).

    Reports of one happening are merged when their dates agree (the same day, or a day inside a
    week, month or year another report gives) and their labels say the same thing about the same
    people ("X touched down in A" / "X arrived in B" on one day). Reports from different sources
    with nearly the same words but dates a few days apart are one event too: the date most sources
    give wins and the others are kept as ``conflicts``. ``kinds`` maps actor ids to their kind, so
    two reports about different people never merge. Candidates come from an index by year.
    """
    ordered = sorted(events, key=_placement)
    words = {id(e): label_words(e) for e in ordered}
    groups: list[list[TimelineEvent]] = []
    index: dict[str, list[int]] = defaultdict(list)
    # Every way of joining needs a word in common with a member of the group, so only groups
    # that share one are tried: a busy year holds hundreds of groups, and all-pairs was quadratic.
    by_word: dict[str, set[int]] = defaultdict(set)
    for event in ordered:
        keys = _year_keys(event)
        sharing = {g for w in words[id(event)].all for g in by_word.get(w, ())}
        candidates = sorted({g for k in keys for g in index.get(k, []) if g in sharing})
        found = next((g for g in candidates if _joins(event, groups[g], words, kinds, close=False)), None)
        if found is None:
            found = next((g for g in candidates if _joins(event, groups[g], words, kinds, close=True)), None)
        if found is None:
            found = len(groups)
            groups.append([])
        groups[found].append(event)
        for w in words[id(event)].all:
            by_word[w].add(found)
        for k in keys:
            if found not in index[k]:
                index[k].append(found)
    groups = _join_groups(groups, index, words, kinds)
    finished = [(_finish(g, words), g) for g in groups]
    finished.sort(key=lambda pair: (pair[0].date, _PRECISION_RANK.get(pair[0].precision, 9), pair[0].event))
    taken: set[str] = set()
    out: list[TimelineEvent] = []
    members: dict[EventKey, str] = {}
    for event, group in finished:
        event = dataclasses.replace(
            event,
            id=unique_id(f"{event.date}-{slugify(event.event, 6)}", taken),
            background=is_background(event, first_day),
        )
        out.append(event)
        for member in group:
            members[event_key(member)] = event.id
    return tuple(out), members


def _join_groups(
    groups: list[list[TimelineEvent]],
    index: Mapping[str, list[int]],
    words: Mapping[int, Words],
    kinds: Mapping[str, str],
) -> list[list[TimelineEvent]]:
    """Join groups that one placement order kept apart: "raised its offer price" came before the
    "raised its offer" that links it to "raised its bid for X". A group joins an earlier one when
    one of its reports reports the same happening and no source contradicts itself."""
    owner = list(range(len(groups)))
    vocab = [frozenset().union(*(words[id(e)].all for e in g)) for g in groups]
    keys_of: dict[int, set[str]] = defaultdict(set)
    for key, members in index.items():
        for g in members:
            keys_of[g].add(key)
    for g in range(len(groups)):
        for other in sorted({o for k in sorted(keys_of[g]) for o in index[k] if o < g}):
            target = owner[other]
            while owner[target] != target:
                target = owner[target]
            if target == g or not groups[target] or not vocab[g] & vocab[target]:
                continue  # (no word in common: no report of one can join the other)
            if _days_apart(groups[g], groups[target]):
                continue
            fits = all(
                dates_compatible(a, b) for a in groups[g] for b in groups[target] if _source(a) == _source(b)
            )
            if fits and any(_joins(e, groups[target], words, kinds, close=False) for e in groups[g]):
                groups[target].extend(groups[g])
                vocab[target] |= vocab[g]
                groups[g] = []
                owner[g] = target
                break
    return [g for g in groups if g]


def _placement(event: TimelineEvent) -> tuple[object, ...]:
    """Order of placement: precise dates first (a year joins the day it contains), then sources."""
    first = event.evidence[0] if event.evidence else Evidence("", "")
    return (
        _PRECISION_RANK.get(event.precision, 9),
        first.source,
        first.sentence or 0,
        event.date,
        event.event,
    )


def _year_keys(event: TimelineEvent) -> list[str]:
    """Index keys: the year, and the years a few days either side for day and week dates."""
    keys = {event.date[:4]}
    span = _span(event)
    if event.precision in ("day", "week") and span is not None:
        keys |= {
            str((span[0] - dt.timedelta(days=DAYS_APART)).year),
            str((span[1] + dt.timedelta(days=DAYS_APART)).year),
        }
    return sorted(keys)


def _joins(
    event: TimelineEvent,
    group: list[TimelineEvent],
    words: Mapping[int, Words],
    kinds: Mapping[str, str],
    close: bool,
) -> bool:
    """Whether ``event`` reports the group's happening: at a compatible date (``close`` False) or,
    from another source, a few days off (``close`` True). A source never contradicts itself."""
    source = _source(event)
    for member in group:
        if _source(member) == source and not dates_compatible(member, event):
            return False
    if not close and _days_apart([event], group):
        return False
    for member in group:
        if not _actors_fit(member, event, kinds):
            continue
        if (
            not close
            and dates_compatible(member, event)
            and same_words(
                words[id(member)],
                words[id(event)],
                _precise(member, event),
                bool(set(member.actors) & set(event.actors)),
            )
        ):
            return True
        if (
            not close
            and (member.date, member.precision) == (event.date, event.precision)
            and (
                same_telling(
                    words[id(member)],
                    words[id(event)],
                    set(member.actors) & set(event.actors),
                    _source(member) == source,
                )
                or same_act_of_the_same(member, event, words[id(member)], words[id(event)])
                or same_speaker(member, event)
            )
        ):
            return True
        if (
            close
            and _source(member) != source
            and _close(member, event)
            and overlap(words[id(member)].all, words[id(event)].all) >= CONFLICT_OVERLAP
        ):
            return True
    return False


def _days_apart(a: Sequence[TimelineEvent], b: Sequence[TimelineEvent]) -> bool:
    """Whether the reports that give a day give other days in ``a`` than in ``b``: a month or a
    year some report gives holds both days, so it cannot tell which of the two it is ("Boko Haram
    has freed 21 schoolgirls", October, fits the girls freed on the 13th and the four leaders
    freed on the 12th). Reports of one happening on days a few apart join only when their words
    all but agree (``CONFLICT_OVERLAP``)."""
    days_a = {e.date for e in a if e.precision == "day"}
    days_b = {e.date for e in b if e.precision == "day"}
    return bool(days_a and days_b and not days_a & days_b)


def _precise(a: TimelineEvent, b: TimelineEvent) -> int:
    """How many of the two are dated to a day or a week."""
    return sum(e.precision in ("day", "week") for e in (a, b))


def _actors_fit(a: TimelineEvent, b: TimelineEvent, kinds: Mapping[str, str]) -> bool:
    """The same people: when both name people they share one; when both name actors they share
    one, a body and the body it belongs to counting as one ("security-council" and
    "united-nations-security-council", two records the actor merge kept apart)."""
    people_a = {x for x in a.actors if kinds.get(x) == "person"}
    people_b = {x for x in b.actors if kinds.get(x) == "person"}
    if people_a and people_b:
        return bool(people_a & people_b)
    if not a.actors or not b.actors or set(a.actors) & set(b.actors):
        return True
    canon = canonical_ids(set(a.actors) | set(b.actors))
    return bool({canon[x] for x in a.actors} & {canon[x] for x in b.actors})


def _source(event: TimelineEvent) -> str:
    return event.evidence[0].source if event.evidence else ""


def _span(event: TimelineEvent) -> tuple[dt.date, dt.date] | None:
    """First and last day the date covers."""
    try:
        if event.precision == "year":
            return dt.date(int(event.date), 1, 1), dt.date(int(event.date), 12, 31)
        if event.precision == "month":
            first = dt.date.fromisoformat(f"{event.date}-01")
            following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, following - dt.timedelta(days=1)
        day = dt.date.fromisoformat(event.date)
    except ValueError:
        return None
    return (day, day + dt.timedelta(days=6)) if event.precision == "week" else (day, day)


span_of = _span


def dates_compatible(a: TimelineEvent, b: TimelineEvent) -> bool:
    """One date lies inside the other: equal days, a day in its week, month or year, a month in
    its year. Two weeks, or a week and a month, must be the same week or the week inside the month."""
    span_a, span_b = _span(a), _span(b)
    if span_a is None or span_b is None:
        return a.date == b.date
    inside = span_a[0] >= span_b[0] and span_a[1] <= span_b[1]
    return inside or (span_b[0] >= span_a[0] and span_b[1] <= span_a[1])


def _close(a: TimelineEvent, b: TimelineEvent) -> bool:
    """Day or week dates at most DAYS_APART days apart but not compatible."""
    span_a, span_b = _span(a), _span(b)
    if (
        span_a is None
        or span_b is None
        or "month" in (a.precision, b.precision)
        or "year" in (a.precision, b.precision)
    ):
        return False
    gap = max(span_a[0], span_b[0]) - min(span_a[1], span_b[1])
    return gap.days <= DAYS_APART and not dates_compatible(a, b)


def _finish(group: list[TimelineEvent], words: Mapping[int, Words]) -> TimelineEvent:
    """The group as one event: the date most sources support (then the most precise), its best
    label, one evidence entry per supporting source, and the other dates as conflicts."""
    clusters: list[list[TimelineEvent]] = []
    group = sorted(group, key=_placement)
    for event in group:  # finest dates first (placement order), so a year joins its day
        home = next((c for c in clusters if dates_compatible(c[0], event)), None)
        if home is None:
            clusters.append([event])
        else:
            home.append(event)
    # Most sources, then the most precise date, then the earliest.
    main = min(
        clusters,
        key=lambda c: (-len({_source(e) for e in c}), _PRECISION_RANK.get(c[0].precision, 9), c[0].date),
    )
    rep = max(main, key=lambda e: _label_rank(e, main, words))
    evidence = earliest_per_source(ev for item in main for ev in item.evidence)
    supported = {ev.source for ev in evidence}
    conflicts: dict[tuple[str, str], Conflict] = {}
    for cluster in clusters:
        if cluster is main:
            continue
        for ev in earliest_per_source(ev for item in cluster for ev in item.evidence):
            if ev.source not in supported:
                conflicts.setdefault(
                    (cluster[0].date, ev.source), Conflict(cluster[0].date, ev, cluster[0].precision)
                )
    actors: dict[str, None] = {}
    for event in [rep, *main, *group]:
        for actor in event.actors:
            actors.setdefault(actor, None)
    return dataclasses.replace(
        rep,
        date=main[0].date,
        precision=main[0].precision,
        actors=tuple(actors),
        evidence=evidence,
        corroboration=len(supported),
        conflicts=tuple(conflicts[k] for k in sorted(conflicts)),
    )


def _label_rank(
    event: TimelineEvent, group: list[TimelineEvent], words: Mapping[int, Words]
) -> tuple[object, ...]:
    """The label a reader learns most from: not led by a pronoun, short enough, most like the
    other reports (the typical wording), then the longer."""
    first = event.event.split()[0].lower() if event.event.split() else ""
    mine = words[id(event)].all
    typical = sum(overlap(mine, words[id(o)].all) for o in group if o is not event)
    length = len(event.event.split())
    return (first not in PRONOUNS, length <= 10, round(typical, 6), -abs(length - 7), event.event)
