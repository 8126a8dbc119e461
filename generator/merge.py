"""Merge per-article records into one briefing: one actor, agreement, reaction or event per
real-world thing, with one evidence entry per source that reports it.

Candidates are compared through an index (name keys, dates, actor ids), never all pairs.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from rapidfuzz import fuzz

from generator.extract.actors import name_key
from generator.extract.agreement_match import dates_agree, match_score, parties_agree
from generator.extract.agreement_terms import (
    content_words,
    is_generic,
    is_package,
    status_rank,
    strongest_status,
)
from generator.records import (
    Actor,
    Agreement,
    ArticleRecords,
    Briefing,
    Evidence,
    Reaction,
    TimelineEvent,
)
from generator.text import slugify, unique_id

T = TypeVar("T", Agreement, Reaction, TimelineEvent)
IdMap = dict[tuple[str, str], str]
"""(source id, per-article actor id) -> merged actor id."""

NAME_SIMILARITY = 88
"""Two full person names at least this similar (and sharing the surname) are one person."""
LABEL_SIMILARITY = 70
"""Two event labels or agreement titles at least this similar (token-set ratio) are one item."""
QUOTE_SIMILARITY = 85


def merge(records: Sequence[ArticleRecords], title: str | None = None) -> Briefing:
    """The briefing over all articles; ``title`` overrides the derived one."""
    records = sorted(records, key=lambda r: r.article.id)
    actors, id_map = merge_actors(records)
    known = {a.id for a in actors}

    def remap(source: str, ids: Iterable[str]) -> tuple[str, ...]:
        out: dict[str, None] = {}
        for i in ids:
            mapped = id_map.get((source, i))
            if mapped in known:
                out.setdefault(mapped, None)
        return tuple(out)

    agreements, reactions, events = [], [], []
    for rec in records:
        src = rec.article.id
        for ag in rec.agreements:
            agreements.append(
                dataclasses.replace(
                    ag, parties=remap(src, ag.parties), signatories=remap(src, ag.signatories)
                )
            )
        for r in rec.reactions:
            speaker = remap(src, [r.actor])
            if speaker:
                reactions.append(
                    dataclasses.replace(
                        r, actor=speaker[0], about=tuple(a for a in remap(src, r.about) if a != speaker[0])
                    )
                )
        for ev in rec.timeline:
            events.append(dataclasses.replace(ev, actors=remap(src, ev.actors)))

    articles = tuple(sorted((r.article for r in records), key=lambda a: a.id))
    dates = [a.published for a in articles if a.published]
    return Briefing(
        title=title or derive_title([a.title for a in articles if a.title]),
        as_of=max(dates) if dates else None,
        articles=articles,
        actors=tuple(actors),
        agreements=merge_agreements(agreements),
        reactions=_finish_reactions(_group(reactions, _same_reaction, lambda r: [r.actor])),
        timeline=_finish_timeline(_group(events, _same_event, lambda e: [f"{e.date}/{e.precision}"])),
        per_source=tuple(records),  # sorted by id above
    )


# ----------------------------------------------------------------------------- actors


def merge_actors(records: Sequence[ArticleRecords]) -> tuple[list[Actor], IdMap]:
    """One actor per person, organization, country or group across all articles."""
    items = [(rec.article.id, a) for rec in records for a in rec.actors]
    # Full names first, so surnames and variants find the person they belong to.
    items.sort(key=lambda it: (-len(it[1].name.split()), -it[1].mentions, it[1].name, it[0]))
    clusters: list[list[tuple[str, Actor]]] = []
    by_key: dict[str, list[int]] = defaultdict(list)
    by_word: dict[str, list[int]] = defaultdict(list)
    by_prefix: dict[str, list[int]] = defaultdict(list)
    for source, actor in items:
        keys = {name_key(actor.name)} | {name_key(x) for x in actor.aliases}
        if actor.kind == "person":  # a bare surname or given name is no proof of identity
            keys = {k for k in keys if " " in k} or keys
        index = _find_cluster(actor, keys, clusters, by_key, by_word, by_prefix)
        if index is None:
            index = len(clusters)
            clusters.append([])
        clusters[index].append((source, actor))
        for k in keys:
            if index not in by_key[k]:
                by_key[k].append(index)
        words = name_key(actor.name).split()
        if actor.kind == "organization":
            for n in range(2, len(words)):
                if index not in by_prefix[" ".join(words[:n])]:
                    by_prefix[" ".join(words[:n])].append(index)
        if actor.kind == "person" and len(words) > 1:
            for w in {words[0], words[-1]}:
                if index not in by_word[w]:
                    by_word[w].append(index)

    merged: list[Actor] = []
    id_map: IdMap = {}
    taken: set[str] = set()
    for members in clusters:
        actor = _combine_actor(members, taken)
        merged.append(actor)
        for source, a in members:
            id_map[(source, a.id)] = actor.id
    # Affiliations were per-article ids (country slugs); point them at merged actors.
    ids = {a.id for a in merged}
    merged = [
        dataclasses.replace(
            a, affiliation=a.affiliation if a.affiliation in ids and a.affiliation != a.id else None
        )
        for a in merged
    ]
    merged.sort(key=lambda a: (-a.mentions, a.id))
    return merged, id_map


def _find_cluster(
    actor: Actor,
    keys: set[str],
    clusters: list[list[tuple[str, Actor]]],
    by_key: dict[str, list[int]],
    by_word: dict[str, list[int]],
    by_prefix: dict[str, list[int]],
) -> int | None:
    kind = actor.kind
    same_kind = [i for k in sorted(keys) for i in by_key.get(k, []) if clusters[i][0][1].kind == kind]
    if same_kind:
        return same_kind[0]
    words = name_key(actor.name).split()
    if len(words) == 1 and (kind == "person" or (kind == "organization" and not actor.name.isupper())):
        owners = sorted(set(by_word.get(words[0], [])))
        if len(owners) == 1:
            return owners[0]
        if owners:
            # "Paddock" between a much-named Stephen and a rarely named Eric Paddock is Stephen.
            weight = sorted(((sum(a.mentions for _, a in clusters[i]), i) for i in owners), reverse=True)
            if weight[0][0] >= 2 * weight[1][0]:
                return weight[0][1]
    if kind == "person" and len(words) > 1:
        for i in sorted(set(by_word.get(words[-1], []))):
            full = name_key(clusters[i][0][1].name)
            if fuzz.ratio(full, " ".join(words)) >= NAME_SIMILARITY:
                return i
            if full.split()[0] == words[0] and full.split()[-1] == words[-1]:
                return i  # with or without a middle name or initial
    if kind == "organization":
        acronym = "".join(w[0] for w in words if w not in {"of", "the", "and", "for"})
        if len(acronym) >= 3:
            for i in by_key.get(acronym, []):
                if clusters[i][0][1].kind == kind:
                    return i
        # "the US embassy" and "the US embassy in the capital": the shorter name is the same body.
        prefix = [i for i in by_prefix.get(" ".join(words), []) if clusters[i][0][1].kind == kind]
        if len(set(prefix)) == 1:
            return prefix[0]
        if len(words) == 1:
            for i, members in enumerate(clusters):
                other = name_key(members[0][1].name).split()
                if (
                    members[0][1].kind == kind
                    and len(other) >= 3
                    and "".join(w[0] for w in other if w not in {"of", "the", "and", "for"}) == words[0]
                ):
                    return i
    return None


def _combine_actor(members: list[tuple[str, Actor]], taken: set[str]) -> Actor:
    names: Counter[str] = Counter()
    for _, a in members:
        names[a.name] += a.mentions
    kinds = Counter(a.kind for _, a in members)
    kind = max(kinds, key=lambda k: (kinds[k], k))
    canonical = max(
        names, key=lambda n: (kind != "organization" or n.isupper() is False, len(n.split()), names[n], n)
    )
    roles = Counter(a.role for _, a in members if a.role)
    role = max(roles, key=lambda r: (roles[r], len(r), r)) if roles else None
    affs = Counter(a.affiliation for _, a in members if a.affiliation)
    aliases = {x for _, a in members for x in (a.name, *a.aliases)} - {canonical}
    evidence: dict[str, Evidence] = {}
    for source, a in sorted(members, key=lambda m: m[0]):
        for ev in a.evidence:
            evidence.setdefault(source, ev)
    return Actor(
        id=unique_id(slugify(canonical), taken),
        name=canonical,
        kind=kind,
        role=role,
        affiliation=max(affs, key=lambda x: (affs[x], x)) if affs else None,
        aliases=tuple(sorted(aliases)),
        mentions=sum(a.mentions for _, a in members),
        sources=tuple(sorted({s for s, _ in members})),
        evidence=tuple(evidence[s] for s in sorted(evidence)),
    )


def derive_title(titles: Sequence[str]) -> str:
    """The headline that shares the most words with the other headlines."""
    if not titles:
        return "Briefing"
    bags = [set(slugify(t, 30).split("-")) for t in titles]
    scores = [sum(len(b & other) for other in bags) - len(b) for b in bags]
    best = max(range(len(titles)), key=lambda i: (scores[i], len(titles[i]), titles[i]))
    return " ".join(titles[best].split())


# ----------------------------------------------------------------------------- items


def _group(items: list[T], same: Callable[[T, T], bool], buckets: Callable[[T], list[str]]) -> list[list[T]]:
    """Cluster items that ``same`` says are one, comparing only items that share a bucket."""
    groups: list[list[T]] = []
    index: dict[str, list[int]] = defaultdict(list)
    for item in items:
        keys = buckets(item)
        found = next((g for k in keys for g in index.get(k, []) if same(groups[g][0], item)), None)
        if found is None:
            found = len(groups)
            groups.append([item])
        else:
            groups[found].append(item)
        for k in keys:
            if found not in index[k]:
                index[k].append(found)
    return groups


def _evidence(items: Sequence[Agreement | Reaction | TimelineEvent]) -> tuple[Evidence, ...]:
    """One evidence entry per source (its first), sorted by source."""
    per_source: dict[str, Evidence] = {}
    for item in items:
        for ev in item.evidence:
            per_source.setdefault(ev.source, ev)
    return tuple(per_source[s] for s in sorted(per_source))


def _union(values: Iterable[Iterable[str]]) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for vs in values:
        for v in vs:
            out.setdefault(v, None)
    return tuple(out)


def _similar(a: str | None, b: str | None, threshold: int) -> bool:
    return bool(a and b and fuzz.token_set_ratio(a.casefold(), b.casefold()) >= threshold)


def _same_reaction(a: Reaction, b: Reaction) -> bool:
    return a.actor == b.actor and (
        _similar(a.quote, b.quote, QUOTE_SIMILARITY)
        or (not a.quote and not b.quote and _similar(a.summary, b.summary, 80))
    )


def _same_event(a: TimelineEvent, b: TimelineEvent) -> bool:
    if not _similar(a.event, b.event, LABEL_SIMILARITY):
        return False
    return not a.actors or not b.actors or bool(set(a.actors) & set(b.actors))


def _best(items: Sequence[T], label: Callable[[T], str]) -> T:
    """The most complete representative: the longest label among the most common."""
    return max(items, key=lambda it: (len(label(it).split()) <= 14, len(label(it)), label(it)))


# ----------------------------------------------------------------------------- agreements


def merge_agreements(agreements: Sequence[Agreement]) -> tuple[Agreement, ...]:
    """One agreement per real one, with one evidence entry per source that reports it.

    Each agreement joins the group it matches best (``match_score``: shared title words, fields,
    parties, head noun; "the strategic pact" joins the pact with the same parties), provided its
    date, parties and fields fit the whole group. The most specific reports are placed first, so a
    vague one joins the agreement it most resembles rather than founding a group of its own.
    Candidates come from an index of parties, topics and title words, never all pairs.
    """
    groups: list[list[Agreement]] = []
    index: dict[str, list[int]] = defaultdict(list)
    for ag in sorted(agreements, key=_specific_first):
        keys = _agreement_keys(ag)
        candidates = sorted({g for k in keys for g in index.get(k, [])})
        best, best_score = None, 0
        for g in candidates:
            if not _fits(ag, groups[g]):
                continue
            score = max(match_score(member, ag) for member in groups[g])
            if score > best_score:
                best, best_score = g, score
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
    return keys + (["package"] if is_package(ag.title) else [])


def _fits(ag: Agreement, group: list[Agreement]) -> bool:
    """The agreement's date fits every member's, its parties the group's, and (for a single
    agreement) its fields overlap the group's when both name some."""
    if not all(dates_agree(ag.date, m.date) for m in group):
        return False
    if not parties_agree(_union(m.parties for m in group), ag.parties):
        return False
    topics = set(_union(m.topics for m in group))
    return is_package(ag.title) or not topics or not ag.topics or bool(topics & set(ag.topics))


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


def _first_mentions(items: Sequence[Agreement]) -> tuple[Evidence, ...]:
    """One evidence entry per source, its earliest sentence, sorted by source."""
    per_source: dict[str, Evidence] = {}
    for item in items:
        for ev in item.evidence:
            kept = per_source.get(ev.source)
            if kept is None or (ev.sentence or 0) < (kept.sentence or 0):
                per_source[ev.source] = ev
    return tuple(per_source[s] for s in sorted(per_source))


def _finish_agreements(groups: list[list[Agreement]]) -> tuple[Agreement, ...]:
    """One record per group: the most telling title, everyone's parties, the most precise date, the
    furthest-along status, the earliest sentence of each source."""
    out: list[Agreement] = []
    taken: set[str] = set()
    for g in groups:
        rep = max(g, key=_title_rank)
        dates = sorted({a.date for a in g if a.date}, key=lambda d: (-len(d), d))
        by_rank = sorted(g, key=_title_rank, reverse=True)
        out.append(
            dataclasses.replace(
                rep,
                parties=_union(a.parties for a in by_rank),
                signatories=_union(a.signatories for a in by_rank),
                topics=tuple(sorted(set(_union(a.topics for a in g)))),
                date=dates[0] if dates else None,
                status=strongest_status(a.status for a in g),
                evidence=_first_mentions(g),
            )
        )
    out.sort(key=lambda a: (a.date or "9999", a.title))
    return tuple(dataclasses.replace(a, id=unique_id(slugify(a.title), taken)) for a in out)


def _finish_reactions(groups: list[list[Reaction]]) -> tuple[Reaction, ...]:
    out = []
    for g in groups:
        rep = _best(g, lambda r: r.quote or r.summary or "")
        stances = Counter(r.stance for r in g)
        out.append(
            dataclasses.replace(
                rep,
                stance=max(stances, key=lambda s: (stances[s], s != "neutral", s)),
                about=_union(r.about for r in g),
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


def _finish_timeline(groups: list[list[TimelineEvent]]) -> tuple[TimelineEvent, ...]:
    out = []
    for g in groups:
        rep = _best(sorted(g, key=lambda e: e.event), lambda e: e.event)
        out.append(dataclasses.replace(rep, actors=_union(e.actors for e in g), evidence=_evidence(g)))
    out.sort(key=lambda e: (e.date, e.precision, e.event))
    taken: set[str] = set()
    return tuple(dataclasses.replace(e, id=unique_id(f"{e.date}-{slugify(e.event, 6)}", taken)) for e in out)
