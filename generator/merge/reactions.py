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
PASSAGE_WORDS = 3
"""A passage of a quote found in another quote of the speaker makes them one remark from this
many words on."""
PASSAGE_SIMILARITY = 92
"""How alike (rapidfuzz partial ratio) the passage and its place in the other quote must be."""


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
    """True when two reactions are one speaker's one remark (as quoted or paraphrased).

    Quotes are the same remark when they are alike as a whole, or when a passage of one (of at
    least three words) is found in the other: sources quote more or less of the same words
    ("not a swap." / "Please note that this is not a swap … It is a release").
    """
    return a.actor == b.actor and (
        _similar(a.quote, b.quote, QUOTE_SIMILARITY)
        or _shared_passage(a.quote, b.quote)
        or (not a.quote and not b.quote and _similar(a.summary, b.summary, SUMMARY_SIMILARITY))
    )


def _shared_passage(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    for part in a.split(" … "):
        for other in b.split(" … "):
            short, long = sorted((part.casefold(), other.casefold()), key=len)
            if len(short.split()) >= PASSAGE_WORDS and fuzz.partial_ratio(short, long) >= PASSAGE_SIMILARITY:
                return True
    return False


def _group(items: list[Reaction]) -> list[list[Reaction]]:
    """Cluster the reactions that ``same_reaction`` links, directly or through another report of
    the remark (a source quoting all of it joins two that quote parts); within a speaker only."""
    by_actor: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        by_actor[item.actor].append(i)
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for members in by_actor.values():
        for k, i in enumerate(members):
            for j in members[k + 1 :]:
                if root(i) != root(j) and same_reaction(items[i], items[j]):
                    parent[max(root(i), root(j))] = min(root(i), root(j))
    groups: dict[int, list[Reaction]] = {}
    for i, item in enumerate(items):
        groups.setdefault(root(i), []).append(item)
    return list(groups.values())


def _similar(a: str | None, b: str | None, threshold: int) -> bool:
    return bool(a and b and fuzz.token_set_ratio(a.casefold(), b.casefold()) >= threshold)


def _evidence(rep: Reaction, items: Sequence[Reaction]) -> tuple[Evidence, ...]:
    """One evidence entry per source, sorted by source; the representative's own where it has
    one, so the words shown are in the passage shown under them."""
    per_source: dict[str, Evidence] = {}
    for item in [rep, *items]:
        for ev in item.evidence:
            per_source.setdefault(ev.source, ev)
    return tuple(per_source[s] for s in sorted(per_source))


def _best(items: Sequence[Reaction]) -> Reaction:
    """The most complete representative: the quote that holds most of the others (a post quoted
    whole by one source and in pieces by others is shown whole), then the longest words among
    those of a readable length."""

    def label(r: Reaction) -> str:
        return r.quote or r.summary or ""

    def holds(r: Reaction) -> int:
        return sum(
            1
            for o in items
            if o is not r
            and o.quote
            and r.quote
            and _shared_passage(o.quote, r.quote)
            and len(label(o)) < len(label(r))
        )

    return max(items, key=lambda it: (holds(it), len(label(it).split()) <= 14, len(label(it)), label(it)))


def _finish(groups: list[list[Reaction]]) -> tuple[Reaction, ...]:
    out = []
    for g in groups:
        rep = _best(g)
        out.append(
            dataclasses.replace(
                rep,
                stance=group_stance([r.stance for r in g]),
                about=union(r.about for r in g),
                evidence=_evidence(rep, g),
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


def group_stance(stances: Sequence[str]) -> str:
    """The stance of one remark reported by several sources: the one stance any source reads in
    it, since a source quoting less of the remark ("I would like to know whether ...") shows no
    stance rather than another one; when sources disagree, the most frequent.

    >>> group_stance(["neutral", "neutral", "critical"]), group_stance(["critical", "supportive", "critical"])
    ('critical', 'critical')
    """
    counts = Counter(stances)
    polar = set(counts) - {"neutral"}
    if len(polar) == 1:
        return polar.pop()
    return max(counts, key=lambda s: (counts[s], s != "neutral", s))


def _reaction_id(r: Reaction, taken: set[str]) -> str:
    """``<actor>-<stance>-<n>``, numbered from 1 in the order of the sources."""
    n = 1
    while f"{r.actor}-{r.stance}-{n}" in taken:
        n += 1
    taken.add(f"{r.actor}-{r.stance}-{n}")
    return f"{r.actor}-{r.stance}-{n}"
