"""Merge agreement reports across sources: one agreement per real one, with one evidence entry per
source, how many sources report it, and the other dates some sources give for it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from generator.extract.agreements.terms import (
    content_words,
    is_generic,
    is_package,
    status_rank,
    strongest_status,
)
from generator.merge.agreement_match import (
    dates_agree,
    is_measure,
    match_score,
    one_per_company,
    parties_agree,
    same_measure,
)
from generator.records import Agreement, Conflict, Evidence, earliest_per_source
from generator.text import slugify, unique_id

DAYS_APART = 7
"""Reports of one agreement dated at most this many days apart disagree on its day; further
apart they are two agreements (a treaty and its renewal)."""


def merge_agreements(
    agreements: Sequence[Agreement], published: Mapping[str, dt.date] | None = None
) -> tuple[Agreement, ...]:
    """One agreement per real one, with one evidence entry per source that reports it.

    Each agreement joins the group it matches best (``match_score``: shared title words, fields,
    parties, head noun; "the strategic pact" joins the pact with the same parties), provided its
    date, parties and fields fit the whole group. The most specific reports are placed first, so a
    vague one joins the agreement it most resembles rather than founding a group of its own.
    Candidates come from an index of parties, topics and title words, never all pairs.

    ``published`` (source id -> publication date) keeps an undated report out of an agreement
    dated after its article appeared: a story of October 2016 cannot report a May 2017 exchange.

    A report from another source with the same title words and parties but a day a few days off
    ("signed on Wednesday" / "on Thursday") is the same agreement whose sources disagree: it joins,
    and the finished record keeps the date most sources give and lists the others as conflicts.
    """
    groups: list[list[Agreement]] = []
    index: dict[str, list[int]] = defaultdict(list)
    for ag in sorted(agreements, key=_specific_first):
        keys = _agreement_keys(ag)
        candidates = sorted({g for k in keys for g in index.get(k, [])})
        best, best_score = None, 0
        for g in candidates:
            if not _fits(ag, groups[g]) or not _in_time(ag, groups[g], published or {}):
                continue
            score = max(match_score(member, ag) for member in groups[g])
            if score > best_score:
                best, best_score = g, score
        if best is None:
            best = next((g for g in candidates if _same_but_date(ag, groups[g])), None)
        if best is None:
            best = len(groups)
            groups.append([])
        groups[best].append(ag)
        for k in keys:
            if best not in index[k]:
                index[k].append(best)
    return _finish_agreements(groups)


def _specific_first(ag: Agreement) -> tuple[object, ...]:
    """Order of placement: titles with content, more parties and topics first; then source order."""
    first = ag.evidence[0] if ag.evidence else Evidence("", "")
    return (
        is_generic(ag.title),
        -len(ag.parties),
        -len(ag.topics),
        -len(content_words(ag.title)),
        first.source,
        first.sentence or 0,
        ag.title,
    )


def _agreement_keys(ag: Agreement) -> list[str]:
    """Index keys: parties, topics and title words; packages of documents all meet under one key."""
    keys = [f"party:{p}" for p in ag.parties] + [f"topic:{t}" for t in ag.topics]
    keys += [f"word:{w}" for w in sorted(content_words(ag.title))]
    if is_measure(ag) and ag.date:
        keys.append(f"measure:{ag.date[:7]}")  # reports of one resolution may share no other key
    return keys + (["package"] if is_package(ag.title) else [])


def _fits(ag: Agreement, group: list[Agreement]) -> bool:
    """The agreement's date fits every member's, its parties the group's, and (for a single
    agreement) its fields overlap the group's when both name some."""
    if not all(dates_agree(ag.date, m.date) for m in group):
        return False
    if not parties_agree(union(m.parties for m in group), ag.parties):
        return False
    topics = set(union(m.topics for m in group))
    if any(same_measure(ag, m) for m in group):
        return True  # a resolution's reports name different parts of it
    return is_package(ag.title) or not topics or not ag.topics or bool(topics & set(ag.topics))


def _in_time(ag: Agreement, group: list[Agreement], published: Mapping[str, dt.date]) -> bool:
    """No undated report in the group (with ``ag``) comes from an article published before the date
    the group's dated reports give."""
    members = [*group, ag]
    dates = [m.date for m in members if m.date]
    if not dates or not published:
        return True
    latest = max(dates)
    for member in members:
        if member.date:
            continue
        for ev in member.evidence:
            day = published.get(ev.source)
            if day is not None and latest > day.isoformat()[: len(latest)]:
                return False
    return True


def _same_but_date(ag: Agreement, group: list[Agreement]) -> bool:
    """A report from a new source that names the group's agreement in the same words, between the
    same parties, a few days from the date the group gives: the sources disagree on the day."""
    sources = {ev.source for m in group for ev in m.evidence}
    words = content_words(ag.title)
    if not words or not ag.parties or any(ev.source in sources for ev in ag.evidence):
        return False
    if not parties_agree(union(m.parties for m in group), ag.parties):
        return False
    return any(
        _days_apart(ag.date, m.date) and content_words(m.title) == words and set(m.parties) == set(ag.parties)
        for m in group
    ) and all(dates_agree(ag.date, m.date) or _days_apart(ag.date, m.date) for m in group)


def _days_apart(a: str | None, b: str | None) -> bool:
    """Two different days at most DAYS_APART apart."""
    if not a or not b or len(a) != 10 or len(b) != 10 or a == b:
        return False
    try:
        gap = abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)
    except ValueError:
        return False
    return gap <= DAYS_APART


def _title_rank(ag: Agreement) -> tuple[object, ...]:
    """The title a reader learns most from: with content of its own, not too long, furthest along."""
    words = len(ag.title.split())
    return (
        not is_generic(ag.title),
        words <= 14,
        -status_rank(ag.status),
        min(len(content_words(ag.title)), 6),
        -abs(words - 8),
        ag.title,
    )


def _finish_agreements(groups: list[list[Agreement]]) -> tuple[Agreement, ...]:
    """One record per group: the most telling title, everyone's parties, the most precise date, the
    furthest-along status, the earliest sentence of each source."""
    out: list[Agreement] = []
    taken: set[str] = set()
    for g in groups:
        rep = max(g, key=_title_rank)
        date, others = _main_date(g)
        supporting = [a for a in g if a not in others]
        evidence = earliest_per_source(ev for item in supporting for ev in item.evidence)
        supported = {ev.source for ev in evidence}
        conflicts = {
            (a.date or "", ev.source): Conflict(a.date or "", ev)
            for a in others
            for ev in earliest_per_source(a.evidence)
            if ev.source not in supported
        }
        by_rank = sorted(g, key=_title_rank, reverse=True)
        out.append(
            dataclasses.replace(
                rep,
                parties=one_per_company(union(a.parties for a in by_rank)),
                signatories=union(a.signatories for a in by_rank),
                topics=tuple(sorted(set(union(a.topics for a in g)))),
                date=date,
                status=strongest_status(a.status for a in g),
                evidence=evidence,
                corroboration=len(supported),
                conflicts=tuple(conflicts[k] for k in sorted(conflicts)),
            )
        )
    out.sort(key=lambda a: (a.date or "9999", a.title))
    return tuple(dataclasses.replace(a, id=unique_id(slugify(a.title), taken)) for a in out)


def _main_date(group: list[Agreement]) -> tuple[str | None, list[Agreement]]:
    """The most precise date of the dates most sources agree with, and the reports that contradict it.

    Undated reports contradict nothing. Dates that agree (one a prefix of the other) count together.
    """
    dates = sorted({a.date for a in group if a.date}, key=lambda d: (-len(d), d))
    if not dates:
        return None, []

    def sources_for(date: str) -> int:
        return len({ev.source for a in group if a.date and dates_agree(a.date, date) for ev in a.evidence})

    best = min(dates, key=lambda d: (-sources_for(d), -len(d), d))
    return best, [a for a in group if a.date and not dates_agree(a.date, best)]


def union(values: Iterable[Iterable[str]]) -> tuple[str, ...]:
    """Every value once, in order of first appearance."""
    out: dict[str, None] = {}
    for vs in values:
        for v in vs:
            out.setdefault(v, None)
    return tuple(out)
