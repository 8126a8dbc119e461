"""Merge per-article reactions: the same speaker's same words reported by several sources are one
reaction, with one evidence entry per source.

Reactions are compared only within one speaker (an index by actor id), never all pairs.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence

from rapidfuzz import fuzz

from generator.merge.agreements import union
from generator.records import ArticleRecords, Evidence, Reaction

Remap = Callable[[str, Iterable[str]], tuple[str, ...]]
"""(source id, per-article actor ids) -> merged actor ids, unknown ones left out."""

QUOTE_SIMILARITY = 85
"""Two quotes of one speaker at least this similar (rapidfuzz token set ratio) are one remark."""
SUMMARY_SIMILARITY = 80
"""The same for two paraphrases when neither reaction quotes."""


def merge_reactions(records: Sequence[ArticleRecords], remap: Remap) -> tuple[Reaction, ...]:
    """All reactions of all articles on merged actor ids, one per remark, with stable ids."""
    reactions: list[Reaction] = []
    for rec in records:
        src = rec.article.id
        for r in rec.reactions:
            speaker = remap(src, [r.actor])
            if speaker:
                about = tuple(a for a in remap(src, r.about) if a != speaker[0])
                reactions.append(dataclasses.replace(r, actor=speaker[0], about=about))
    return _finish(_group(reactions))


def same_reaction(a: Reaction, b: Reaction) -> bool:
    """True when two reactions are one speaker's one remark (as quoted or paraphrased)."""
    return a.actor == b.actor and (
        _similar(a.quote, b.quote, QUOTE_SIMILARITY)
        or (not a.quote and not b.quote and _similar(a.summary, b.summary, SUMMARY_SIMILARITY))
    )


def _group(items: list[Reaction]) -> list[list[Reaction]]:
    """Cluster the reactions that ``same_reaction`` says are one, comparing within a speaker."""
    groups: list[list[Reaction]] = []
    by_actor: dict[str, list[int]] = defaultdict(list)
    for item in items:
        found = next((g for g in by_actor[item.actor] if same_reaction(groups[g][0], item)), None)
        if found is None:
            by_actor[item.actor].append(len(groups))
            groups.append([item])
        else:
            groups[found].append(item)
    return groups


def _similar(a: str | None, b: str | None, threshold: int) -> bool:
    return bool(a and b and fuzz.token_set_ratio(a.casefold(), b.casefold()) >= threshold)


def _evidence(items: Sequence[Reaction]) -> tuple[Evidence, ...]:
    """One evidence entry per source (its first), sorted by source."""
    per_source: dict[str, Evidence] = {}
    for item in items:
        for ev in item.evidence:
            per_source.setdefault(ev.source, ev)
    return tuple(per_source[s] for s in sorted(per_source))


def _best(items: Sequence[Reaction]) -> Reaction:
    """The most complete representative: the longest words among those of a readable length."""

    def label(r: Reaction) -> str:
        return r.quote or r.summary or ""

    return max(items, key=lambda it: (len(label(it).split()) <= 14, len(label(it)), label(it)))


def _finish(groups: list[list[Reaction]]) -> tuple[Reaction, ...]:
    out = []
    for g in groups:
        rep = _best(g)
        stances = Counter(r.stance for r in g)
        out.append(
            dataclasses.replace(
                rep,
                stance=max(stances, key=lambda s: (stances[s], s != "neutral", s)),
                about=union(r.about for r in g),
                evidence=_evidence(g),
            )
        )
    out.sort(
        key=lambda r: (
            r.actor,
            r.evidence[0].source if r.evidence else "",
            r.evidence[0].sentence or 0 if r.evidence else 0,
        )
    )
    taken: set[str] = set()
    return tuple(dataclasses.replace(r, id=_reaction_id(r, taken)) for r in out)


def _reaction_id(r: Reaction, taken: set[str]) -> str:
    """``<actor>-<stance>-<n>``, numbered from 1 in the order of the sources."""
    n = 1
    while f"{r.actor}-{r.stance}-{n}" in taken:
        n += 1
    taken.add(f"{r.actor}-{r.stance}-{n}")
    return f"{r.actor}-{r.stance}-{n}"
