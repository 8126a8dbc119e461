"""Apply checked corrections to a merged briefing: pure, no disk.

An entry that cannot be applied (it matches nothing, names several things, or its evidence is
not in the article) is skipped and reported; the others still apply.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Sequence
from typing import Any

from generator.corrections.entries import KINDS, SETTABLE, Entry
from generator.records import Actor, Agreement, Briefing, Evidence, Reaction, TimelineEvent
from generator.text import fold, shown, slugify, unique_id

log = logging.getLogger(__name__)

Item = Agreement | Reaction | TimelineEvent
_REFERENCE_FIELDS = ("parties", "signatories", "about", "actors", "affiliation")
"""Fields whose values name actors: given by id, name or alias, stored as ids."""


class NotApplied(Exception):
    """The entry cannot be applied; the message says why."""


class Ambiguous(NotApplied):
    """A name that fits several actors."""


def apply(briefing: Briefing, entries: Sequence[Entry]) -> tuple[Briefing, list[str]]:
    """The corrected briefing and one ``<entry>: <problem>`` line per entry that was skipped."""
    work = _Work(briefing)
    problems = []
    for entry in entries:
        try:
            work.apply(entry)
        except NotApplied as exc:
            problems.append(f"{entry.where()}: {exc}")
    log.info("applied %d of %d corrections", len(entries) - len(problems), len(entries))
    return work.result(), problems


def precision_of(date: str) -> str:
    """The precision a date's shape states: year, month or day."""
    return {4: "year", 7: "month"}.get(len(date), "day")


def _check_precision(date: str, precision: str) -> None:
    """A week or a day is written YYYY-MM-DD (a week by its Monday), a month YYYY-MM, a year YYYY."""
    if precision_of(date) != ("day" if precision == "week" else precision):
        raise NotApplied(f"date {date} does not fit precision {precision}")


class _Work:
    """The briefing's sections as mutable maps while the corrections are applied."""

    def __init__(self, briefing: Briefing) -> None:
        self.briefing = briefing
        self.actors: dict[str, Actor] = {a.id: a for a in briefing.actors}
        self.items: dict[str, dict[str, Any]] = {
            "agreements": {a.id: a for a in briefing.agreements},
            "reactions": {r.id: r for r in briefing.reactions},
            "timeline": {e.id: e for e in briefing.timeline},
        }
        self.moved: dict[str, str] = {}
        """Old actor id -> new one, so an entry may still use an id a rename or merge replaced."""
        self.texts = {a.id: fold(a.source_text) for a in briefing.articles}
        self.sentences = {
            rec.article.id: [fold(s) for p in rec.sentences for s in p] for rec in briefing.per_source
        }

    # ------------------------------------------------------------------ look-ups

    def actor(self, ref: str) -> str:
        """The id of the one actor ``ref`` names: an id (also a replaced one), a name or an alias."""
        seen = set()
        while ref in self.moved and ref not in seen:
            seen.add(ref)
            ref = self.moved[ref]
        if ref in self.actors:
            return ref
        key = fold(ref).casefold()
        hits = sorted(
            a.id for a in self.actors.values() if key in {fold(n).casefold() for n in (a.name, *a.aliases)}
        )
        if len(hits) > 1:
            raise Ambiguous(f"{shown(ref)} names several actors ({', '.join(hits)}); use the id")
        if not hits:
            raise NotApplied(f"no actor has the id, name or alias {shown(ref)}")
        return hits[0]

    def target(self, ref: str, section: str | None) -> tuple[str, str]:
        """(section, id) of the one actor or item ``ref`` names, optionally within ``section``."""
        found = []
        for kind in [section] if section else KINDS:
            if kind == "actors":
                try:
                    found.append(("actors", self.actor(ref)))
                except Ambiguous:
                    raise
                except NotApplied:
                    pass  # not an actor; perhaps an item
            elif ref in self.items[str(kind)]:
                found.append((str(kind), ref))
        if len(found) > 1:
            raise NotApplied(f"{shown(ref)} is in {' and '.join(k for k, _ in found)}; add `in: <section>`")
        if not found:
            where = f"in {section}" if section else "among actors, agreements, reactions and timeline"
            raise NotApplied(f"nothing has the id {shown(ref)} {where}")
        return found[0]

    def actors_of(self, refs: Iterable[str]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.actor(r) for r in refs))

    def evidence(self, given: Sequence[tuple[str, str]]) -> tuple[Evidence, ...]:
        """Evidence entries whose quotes are verbatim in their article, sorted by source."""
        out = []
        for source, quote in given:
            if source not in self.texts:
                raise NotApplied(f"evidence source {shown(source)} is not an article of this briefing")
            folded = fold(quote)
            if folded not in self.texts[source]:
                raise NotApplied(f"evidence quote is not verbatim in {source}: {shown(quote)}")
            sentence = next((i for i, s in enumerate(self.sentences.get(source, [])) if folded in s), None)
            out.append(Evidence(source=source, quote=quote, sentence=sentence))
        return tuple(sorted(out, key=lambda e: (e.source, e.sentence is None, e.sentence or 0)))

    # ------------------------------------------------------------------ entries

    def apply(self, entry: Entry) -> None:
        v = entry.values
        if entry.section == "rename":
            self.rename(self.actor(v["actor"]), v["name"])
        elif entry.section == "merge":
            into = self.actor(v["into"])
            for other in [self.actor(ref) for ref in v["actors"]]:  # every ref checked before any change
                if other != into:
                    self.merge(into, other)
        elif entry.section == "set":
            self.set_fields(
                *self.target(v["id"], v.get("in")), {k: x for k, x in v.items() if k not in ("id", "in")}
            )
        elif entry.section == "drop":
            self.drop_item(*self.target(v["id"], v.get("in")))
        else:
            self.add(entry.section[4:], dict(v))

    def rename(self, actor_id: str, name: str) -> None:
        """The actor's canonical name (and id, its slug) becomes ``name``; the old name an alias."""
        actor = self.actors[actor_id]
        key = name.casefold()
        for other in self.actors.values():
            if other.id != actor_id and key in {n.casefold() for n in (other.name, *other.aliases)}:
                raise NotApplied(f"{other.id} is already called {shown(name)}; merge the two instead")
        taken = set(self.actors) - {actor_id}
        new_id = unique_id(slugify(name), taken)
        aliases = sorted({actor.name, *actor.aliases} - {name})
        self._replace_actor(
            actor_id, dataclasses.replace(actor, id=new_id, name=name, aliases=tuple(aliases))
        )

    def merge(self, into: str, other: str) -> None:
        """Fold actor ``other`` into ``into``: names, mentions, sources and evidence add up."""
        a, b = self.actors[into], self.actors[other]
        evidence: dict[str, Evidence] = {}
        for ev in (*a.evidence, *b.evidence):
            evidence.setdefault(ev.source, ev)
        merged = dataclasses.replace(
            a,
            role=a.role or b.role,
            affiliation=a.affiliation or (b.affiliation if b.affiliation != into else None),
            aliases=tuple(sorted({*a.aliases, b.name, *b.aliases} - {a.name})),
            mentions=a.mentions + b.mentions,
            sources=tuple(sorted({*a.sources, *b.sources})),
            evidence=tuple(evidence[s] for s in sorted(evidence)),
        )
        del self.actors[other]
        self.actors[into] = merged
        self.moved[other] = into
        self._remap(other, into)

    def set_fields(self, kind: str, item_id: str, values: dict[str, Any]) -> None:
        wrong = sorted(set(values) - set(SETTABLE[kind]))
        if wrong:
            raise NotApplied(
                f"{kind} have no settable {', '.join(wrong)} (settable: {', '.join(SETTABLE[kind])})"
            )
        values = self._resolved(values)
        if kind == "actors":
            self.actors[item_id] = dataclasses.replace(self.actors[item_id], **values)
            return
        if kind == "timeline":
            if "date" in values and values["date"] is None:
                raise NotApplied("a timeline event needs a date")
            if "date" in values:
                values.setdefault("precision", precision_of(values["date"]))
            event = self.items[kind][item_id]
            _check_precision(values.get("date", event.date), values.get("precision", event.precision))
        if kind == "reactions" and "about" in values:
            values["about"] = tuple(a for a in values["about"] if a != self.items[kind][item_id].actor)
        self.items[kind][item_id] = dataclasses.replace(self.items[kind][item_id], **values)

    def drop_item(self, kind: str, item_id: str) -> None:
        if kind != "actors":
            del self.items[kind][item_id]
            return
        del self.actors[item_id]
        self._remap(item_id, None)

    def add(self, kind: str, v: dict[str, Any]) -> None:
        evidence = self.evidence(v["evidence"])
        fields = self._resolved({k: x for k, x in v.items() if k not in ("evidence", "id")})
        if kind == "actors":
            key = v["name"].casefold()
            for other in self.actors.values():
                if key in {n.casefold() for n in (other.name, *other.aliases)}:
                    raise NotApplied(f"{other.id} is already called {shown(v['name'])}; use set or rename")
            new_id = self._new_id(v.get("id"), slugify(v["name"]), set(self.actors))
            sources = tuple(sorted({e.source for e in evidence}))
            self.actors[new_id] = Actor(
                id=new_id, mentions=len(evidence), sources=sources, evidence=evidence, **fields
            )
            return
        items = self.items[kind]
        record: Item
        if kind == "agreements":
            record = Agreement(id="", evidence=evidence, **fields)
            base = slugify(record.title)
        elif kind == "reactions":
            record = Reaction(id="", evidence=evidence, **fields)
            record = dataclasses.replace(record, about=tuple(a for a in record.about if a != record.actor))
            if record.quote and not any(fold(record.quote) in fold(e.quote) for e in evidence):
                raise NotApplied("quote is not part of the evidence quoted")
            n = 1
            while f"{record.actor}-{record.stance}-{n}" in items:
                n += 1
            base = f"{record.actor}-{record.stance}-{n}"
        else:
            fields.setdefault("precision", precision_of(fields["date"]))
            _check_precision(fields["date"], fields["precision"])
            record = TimelineEvent(id="", evidence=evidence, **fields)
            base = f"{record.date}-{slugify(record.event, 6)}"
        new_id = self._new_id(v.get("id"), base, set(items))
        items[new_id] = dataclasses.replace(record, id=new_id)

    # ------------------------------------------------------------------ helpers

    def _new_id(self, given: str | None, base: str, taken: set[str]) -> str:
        if given is None:
            return unique_id(base, taken)
        if given in taken:
            raise NotApplied(f"the id {shown(given)} is taken")
        return given

    def _resolved(self, values: dict[str, Any]) -> dict[str, Any]:
        """``values`` with actor references turned into ids (raises NotApplied on an unknown one)."""
        out = dict(values)
        for name in _REFERENCE_FIELDS:
            if out.get(name) is not None:
                out[name] = self.actor(out[name]) if name == "affiliation" else self.actors_of(out[name])
        if out.get("actor") is not None:
            out["actor"] = self.actor(out["actor"])
        return out

    def _replace_actor(self, old_id: str, actor: Actor) -> None:
        self.actors = {
            (actor.id if k == old_id else k): (actor if k == old_id else a) for k, a in self.actors.items()
        }
        if actor.id != old_id:
            self.moved[old_id] = actor.id
            self._remap(old_id, actor.id)

    def _remap(self, old: str, new: str | None) -> None:
        """Point every reference to actor ``old`` at ``new``; None drops it (and its reactions)."""

        def ids(values: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(dict.fromkeys(x for x in ((new if v == old else v) for v in values) if x))

        for aid, a in list(self.actors.items()):
            if a.affiliation == old:
                self.actors[aid] = dataclasses.replace(a, affiliation=new if new != aid else None)
        ags = self.items["agreements"]
        for key, ag in ags.items():
            ags[key] = dataclasses.replace(ag, parties=ids(ag.parties), signatories=ids(ag.signatories))
        reactions = self.items["reactions"]
        for key, r in list(reactions.items()):
            if r.actor == old and new is None:
                log.info("dropped reaction %s with its actor %s", key, old)
                del reactions[key]
                continue
            actor = new if r.actor == old and new else r.actor
            reactions[key] = dataclasses.replace(
                r, actor=actor, about=tuple(x for x in ids(r.about) if x != actor)
            )
        events = self.items["timeline"]
        for key, e in events.items():
            events[key] = dataclasses.replace(e, actors=ids(e.actors))

    def result(self) -> Briefing:
        """The briefing with the corrected sections, each in the order merge gives."""
        agreements: list[Agreement] = list(self.items["agreements"].values())
        reactions: list[Reaction] = list(self.items["reactions"].values())
        events: list[TimelineEvent] = list(self.items["timeline"].values())
        return dataclasses.replace(
            self.briefing,
            actors=tuple(sorted(self.actors.values(), key=lambda a: (-a.mentions, a.id))),
            agreements=tuple(sorted(agreements, key=lambda a: (a.date or "9999", a.title, a.id))),
            reactions=tuple(
                sorted(
                    reactions,
                    key=lambda r: (
                        r.actor,
                        r.evidence[0].source if r.evidence else "",
                        (r.evidence[0].sentence or 0) if r.evidence else 0,
                        r.id,
                    ),
                )
            ),
            timeline=tuple(sorted(events, key=lambda e: (e.date, e.precision, e.event, e.id))),
        )
