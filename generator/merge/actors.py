"""Merge per-article records into one briefing: one actor, agreement, reaction or event per
real-world thing, with one evidence entry per source that reports it.

Actors are merged here, reactions in ``merge_reactions``, agreements in ``merge_agreements``,
events in ``merge_timeline``. Candidates are compared through an index (name keys, dates, actor ids), never
all pairs.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz

from generator.extract.actors.body_words import DESIGNATORS
from generator.extract.actors.role_choice import choose_role
from generator.extract.actors.words import HONORIFICS
from generator.merge.agreements import merge_agreements
from generator.merge.figures import merge_article_figures
from generator.merge.kept_actors import IdMap, actors_only
from generator.merge.main_event import briefing_main_event, link_main_event
from generator.merge.off_story import drop_off_story
from generator.merge.reactions import merge_reactions
from generator.merge.salience import with_salience
from generator.merge.timeline import is_background, merge_timeline_groups
from generator.merge.variants import fold_variants
from generator.records import Actor, ArticleRecords, Briefing, Evidence
from generator.text import mixed_scripts, name_key, shown, slugify, unconfuse, unique_id

log = logging.getLogger(__name__)


NAME_SIMILARITY = 88
"""Two full person names at least this similar (and sharing the surname) are one person."""


def merge(records: Sequence[ArticleRecords], title: str | None = None) -> Briefing:
    """The briefing over all articles; ``title`` overrides the derived one."""
    records = drop_off_story(sorted(records, key=lambda r: r.article.id))
    actors, id_map = merge_actors(records)
    known = {a.id for a in actors}

    def remap(source: str, ids: Iterable[str]) -> tuple[str, ...]:
        out: dict[str, None] = {}
        for i in ids:
            mapped = id_map.get((source, i))
            if mapped in known:
                out.setdefault(mapped, None)
        return tuple(out)

    agreements, events = [], []
    for rec in records:
        src = rec.article.id
        for ag in rec.agreements:
            agreements.append(
                dataclasses.replace(
                    ag, parties=remap(src, ag.parties), signatories=remap(src, ag.signatories)
                )
            )
        for ev in rec.timeline:
            events.append(dataclasses.replace(ev, actors=remap(src, ev.actors)))

    articles = tuple(sorted((r.article for r in records), key=lambda a: a.id))
    dates = sorted(a.published for a in articles if a.published)
    first_day = dates[0] if dates else None
    timeline, members = merge_timeline_groups(events, {a.id: a.kind for a in actors}, first_day)
    per_source = []
    for rec in records:
        day = rec.article.published
        main = link_main_event(rec, timeline, members)
        own = tuple(
            dataclasses.replace(e, background=is_background(e, day or first_day)) for e in rec.timeline
        )
        per_source.append(dataclasses.replace(rec, main_event=main, timeline=own))
    as_of = dates[-1] if dates else None
    briefing = Briefing(
        title=title or derive_title([a.title for a in articles if a.title]),
        as_of=as_of,
        articles=articles,
        actors=tuple(actors),
        agreements=merge_agreements(agreements, {a.id: a.published for a in articles if a.published}),
        reactions=merge_reactions(records, remap),
        timeline=timeline,
        event=briefing_main_event(
            timeline,
            {
                r.article.id: dataclasses.replace(
                    r.main_event, actors=remap(r.article.id, r.main_event.actors)
                )
                if r.main_event
                else None
                for r in per_source
            },
            as_of,
        ),
        figures=merge_article_figures(per_source, remap),
        per_source=tuple(per_source),  # sorted by id above
    )
    return with_salience(briefing)


# ----------------------------------------------------------------------------- actors


def merge_actors(records: Sequence[ArticleRecords]) -> tuple[list[Actor], IdMap]:
    """One actor per person, organization, country or group across all articles."""
    items = [(rec.article.id, a) for rec in records for a in rec.actors]
    # Full names first, so surnames and variants find the person they belong to.
    items.sort(key=lambda it: (-len(it[1].name.split()), -it[1].mentions, it[1].name, it[0]))
    clusters: list[list[tuple[str, Actor]]] = []
    index = _Index()
    by_key: dict[str, list[int]] = defaultdict(list)
    by_word: dict[str, list[int]] = defaultdict(list)
    by_prefix: dict[str, list[int]] = defaultdict(list)
    for source, actor in items:
        keys = {name_key(actor.name)} | {name_key(x) for x in actor.aliases}
        if actor.kind == "person":  # a bare surname or given name is no proof of identity
            keys = {k for k in keys if " " in k} or keys
        at = _find_cluster(actor, keys, clusters, index, by_key, by_word, by_prefix)
        if at is None:
            at = len(clusters)
            clusters.append([])
            index.add(at, actor)
        clusters[at].append((source, actor))
        for k in keys:
            if at not in by_key[k]:
                by_key[k].append(at)
        words = name_key(actor.name).split()
        if actor.kind == "organization":
            # Only a name that goes on with a place or purpose: "the US embassy in the capital"
            # is "the US embassy", while the United Nations is not its Security Council.
            for n in range(2, len(words)):
                if words[n] not in PLACE_PREPOSITIONS:
                    continue
                if at not in by_prefix[" ".join(words[:n])]:
                    by_prefix[" ".join(words[:n])].append(at)
            # "United Airlines", "Deutsche Bank": a name and a word of what the body is; the
            # name alone ("United") is its short name.
            if len(words) > 1 and all(w in DESIGNATORS for w in words[1:]) and at not in by_prefix[words[0]]:
                by_prefix[words[0]].append(at)
        if actor.kind == "person" and len(words) > 1:
            for w in {words[0], words[-1]}:
                if at not in by_word[w]:
                    by_word[w].append(at)

    merged: list[Actor] = []
    id_map: IdMap = {}
    taken: set[str] = set()
    for members in fold_variants(clusters):
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
    merged = actors_only(merged, id_map, records)
    merged.sort(key=lambda a: (-a.mentions, a.id))
    return merged, id_map


PLACE_PREPOSITIONS = frozenset({"in", "at", "to", "for"})
"""Words after which an organization's longer name only says where or for what it is."""


class _Index:
    """What a cluster is called and what it is, computed once per cluster (its first member)."""

    def __init__(self) -> None:
        self.key: list[str] = []
        self.kind: list[str] = []
        self.by_acronym: dict[str, list[int]] = defaultdict(list)
        self.by_short_form: dict[str, list[int]] = defaultdict(list)

    def add(self, at: int, actor: Actor) -> None:
        key = name_key(actor.name)
        self.key.append(key)
        self.kind.append(actor.kind)
        words = key.split()
        # "AfD party" is no "AP": a name with an abbreviation in it gives no acronym of its own.
        abbreviated = any(any(c.isupper() for c in w[1:]) for w in actor.name.split())
        if actor.kind == "organization" and len(words) >= 2 and not abbreviated:
            self.by_acronym[_acronym(words)].append(at)
            for n in range(2, len(words)):
                self.by_short_form[" ".join([_acronym(words[:n]), *words[n:]])].append(at)


def _acronym(words: Sequence[str]) -> str:
    return "".join(w[0] for w in words if w not in {"of", "the", "and", "for"})


def _find_cluster(
    actor: Actor,
    keys: set[str],
    clusters: list[list[tuple[str, Actor]]],
    index: _Index,
    by_key: dict[str, list[int]],
    by_word: dict[str, list[int]],
    by_prefix: dict[str, list[int]],
) -> int | None:
    kind = actor.kind
    found = [i for k in sorted(keys) for i in by_key.get(k, [])]
    same_kind = [i for i in found if index.kind[i] == kind]
    if same_kind:
        return same_kind[0]
    words = name_key(actor.name).split()
    # The model calls one name a person in one article and an organization in another: the
    # same full name of two or more words is one actor, its kind decided by the mentions.
    if kind in {"person", "organization"} and len(words) > 1:
        other = [
            i
            for i in found
            if index.kind[i] in {"person", "organization"} and index.key[i] == " ".join(words)
        ]
        if other:
            return other[0]
    if len(words) == 1 and (kind == "person" or (kind == "organization" and not actor.name.isupper())):
        owners = sorted(set(by_word.get(words[0], [])))
        if kind == "organization":
            # A word the model calls an organization is somebody's surname only where the same
            # article names that person: "Apple" is not Fiona Apple's surname in every article.
            owners = [i for i in owners if any(src in actor.sources for src, _ in clusters[i])]
        if len(owners) == 1:
            return owners[0]
        if owners:
            # "Paddock" between a much-named Stephen and a rarely named Eric Paddock is Stephen.
            weight = sorted(((sum(a.mentions for _, a in clusters[i]), i) for i in owners), reverse=True)
            if weight[0][0] >= 2 * weight[1][0]:
                return weight[0][1]
    if kind == "person" and len(words) > 1:
        name = " ".join(words)
        for i in sorted(set(by_word.get(words[-1], [])) | set(by_word.get(words[0], []))):
            full = index.key[i]
            if full.split()[0] == words[0] and full.startswith(name + " "):
                return i  # "Amina Ali" and "Amina Ali Nkeki"
            if full.split()[0] != words[0] and full.split()[-1] != words[-1]:
                continue
            if fuzz.ratio(full, name) >= NAME_SIMILARITY:
                return i  # a misspelt first name or surname
            if full.split()[0] == words[0] and full.split()[-1] == words[-1]:
                return i  # with or without a middle name or initial
    if kind == "organization":
        acronym = _acronym(words)
        if len(acronym) >= 3:
            for i in by_key.get(acronym, []):
                if index.kind[i] == kind:
                    return i
        # "the US embassy" and "the US embassy in the capital": the shorter name is the same body.
        prefix = [i for i in by_prefix.get(" ".join(words), []) if index.kind[i] == kind]
        if len(set(prefix)) == 1:
            return prefix[0]
        if len(words) == 1:
            for i in index.by_acronym.get(words[0], []):
                return i
        # "UN Security Council" and "United Nations Security Council": leading words abbreviated.
        for i in index.by_short_form.get(" ".join(words), []):
            return i
    return None


def _combine_actor(members: list[tuple[str, Actor]], taken: set[str]) -> Actor:
    names: Counter[str] = Counter()
    for _, a in members:
        names[a.name] += a.mentions
    kinds: Counter[str] = Counter()
    # The kind of a full name outweighs one word's: "Bruce Arians" is a person however often the
    # model calls "Arians" a group.
    # "Space X" beside "SpaceX" is no fuller name: one name spaced two ways.
    single = {name_key(a.name) for _, a in members if len(a.name.split()) == 1}
    full = [
        a for _, a in members if len(a.name.split()) > 1 and name_key(a.name).replace(" ", "") not in single
    ] or [a for _, a in members]
    for a in full:
        kinds[a.kind] += a.mentions
    kind = max(kinds, key=lambda k: (kinds[k], k))
    # A spelling that keeps to one script in each word beats a look-alike ("Vlаdimir" with a
    # Cyrillic "а"), which is flagged: a typo at best, an impersonation at worst.
    canonical = max(
        names,
        key=lambda n: (
            not mixed_scripts(n),
            kind != "organization" or not n.isupper(),
            # "Song Jiandang" beats "Mr Song": a form of address is no part of the name
            kind != "person" or name_key(n).split()[0].rstrip(".") not in HONORIFICS,
            len(n.split()) if name_key(n).replace(" ", "") not in single else 1,
            names[n],
            len(n),
            n,
        ),
    )
    actor_id = unique_id(slugify(unconfuse(canonical)), taken)
    for name, note in sorted((n, mixed_scripts(n)) for n in names):
        if note:
            log.warning(
                "actor %s: the spelling %s mixes scripts inside a word (%s); shown as %s",
                *(actor_id, shown(name), note, shown(canonical)),
            )
    roles = Counter(a.role for _, a in members if a.role)
    role = choose_role(roles)
    affs = Counter(a.affiliation for _, a in members if a.affiliation)
    aliases = {x for _, a in members for x in (a.name, *a.aliases)} - {canonical}
    evidence: dict[str, Evidence] = {}
    for source, a in sorted(members, key=lambda m: m[0]):
        for ev in a.evidence:
            evidence.setdefault(source, ev)
    return Actor(
        id=actor_id,
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
