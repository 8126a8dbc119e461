"""What the pages and the PDF say about the records as a whole: the lead's facts, an actor's file,
and what a careful reader should double-check. Pure functions of a BriefingView."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from generator.render import dates
from generator.render.view import (
    ActorView,
    AgreementView,
    BriefingView,
    EventView,
    EvidenceView,
    ReactionView,
    SourceView,
)

Item = AgreementView | ReactionView | EventView
# The section page each kind of item is anchored on, and how a reader calls it.
SECTION_OF = {AgreementView: ("agreements.md", "Agreement"), ReactionView: ("reactions.md", "Reaction")}
SECTION_OF[EventView] = ("timeline.md", "Event")


def reported_by(item: Item) -> int:
    """How many sources report an item: the merged count when it has one, else its evidence's."""
    counted = getattr(item, "corroboration", 0)
    return counted or len({ev.source for ev in item.evidence})


def first_per_source(evidence: tuple[EvidenceView, ...]) -> list[EvidenceView]:
    """One evidence entry per source, in the order given: for short "reported by" links."""
    seen: set[str] = set()
    out = []
    for ev in evidence:
        if ev.source not in seen:
            seen.add(ev.source)
            out.append(ev)
    return out


def item_label(item: Item, view: BriefingView) -> str:
    """A one-line name for an item in lists: the title, the event, or who said what."""
    if isinstance(item, AgreementView):
        return item.title
    if isinstance(item, EventView):
        return item.event
    actor = view.actor(item.actor)
    who = actor.name if actor else item.actor or "Someone"
    words = item.quote or item.summary or item.stance
    return f"{who}: “{_shorten(words, 90)}”" if item.quote else f"{who}: {_shorten(words, 90)}"


def _shorten(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to about ``limit`` characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return f"{cut}…"


@dataclass(frozen=True)
class LeadFact:
    """One of the most corroborated records, for a sentence of the lead."""

    kind: str
    """ "agreement", "event" or "reaction"."""
    item: Any
    sources: int


def lead_facts(view: BriefingView, limit: int = 4, per_kind: int = 2, least: int = 2) -> list[LeadFact]:
    """The records most sources report, at most ``per_kind`` of each kind so the lead covers
    deals, events and words; among equals agreements come first, then the most recent. Records
    of one source only make the lead just to give it ``least`` sentences."""
    candidates: list[tuple[tuple[Any, ...], LeadFact]] = []
    kinds: list[tuple[str, tuple[Item, ...]]] = [
        ("agreement", view.agreements),
        ("event", view.timeline),
        ("reaction", view.reactions),
    ]
    for order, (kind, items) in enumerate(kinds):
        for item in items:
            n = reported_by(item)
            if not item.evidence or (isinstance(item, ReactionView) and not item.quote):
                continue
            recency = dates.sort_key(item.date, getattr(item, "precision", None))
            key = (-n, order, tuple(-x for x in recency[1:]), item.id)
            candidates.append((key, LeadFact(kind, item, n)))
    out: list[LeadFact] = []
    taken: dict[str, int] = {}
    for _, fact in sorted(candidates, key=lambda c: c[0]):
        if len(out) == limit or (fact.sources < 2 and len(out) >= least):
            break
        if taken.get(fact.kind, 0) < per_kind:
            out.append(fact)
            taken[fact.kind] = taken.get(fact.kind, 0) + 1
    # Read as a story: agreements, then events, then words.
    rank = {"agreement": 0, "event": 1, "reaction": 2}
    return sorted(out, key=lambda f: (rank[f.kind], -f.sources))


@dataclass(frozen=True)
class Dossier:
    """Everything the briefing says about one actor."""

    actor: ActorView
    agreements: list[AgreementView]
    """Agreements it is a party to or signed."""
    said: list[ReactionView]
    """Its own reactions."""
    targeted: list[ReactionView]
    """Others' reactions about it."""
    events: list[EventView]
    members: list[ActorView]
    """Actors affiliated with it (people of a country, members of an organization)."""


def dossier(view: BriefingView, actor: ActorView) -> Dossier:
    """The actor's file: every record that names it, in the order the section pages use."""
    index: dict[str, dict[str, list[Any]]] | None = view.memo.get("dossiers")
    if index is None:
        index = view.memo["dossiers"] = _dossier_index(view)
    return Dossier(
        actor=actor,
        agreements=index["agreements"].get(actor.id, []),
        said=index["said"].get(actor.id, []),
        targeted=index["targeted"].get(actor.id, []),
        events=index["events"].get(actor.id, []),
        members=index["members"].get(actor.id, []),
    )


def _dossier_index(view: BriefingView) -> dict[str, dict[str, list[Any]]]:
    """Per actor id, the records of each kind that name it, each list in its section's order."""
    index: dict[str, dict[str, list[Any]]] = {
        k: defaultdict(list) for k in ("agreements", "said", "targeted", "events", "members")
    }
    for a in view.agreements:
        for actor_id in dict.fromkeys((*a.parties, *a.signatories)):
            index["agreements"][actor_id].append(a)
    for r in view.reactions:
        index["said"][r.actor].append(r)
        for actor_id in dict.fromkeys(r.about):
            if actor_id != r.actor:
                index["targeted"][actor_id].append(r)
    for e in view.timeline:
        for actor_id in dict.fromkeys(e.actors):
            index["events"][actor_id].append(e)
    for member in view.actors:
        if member.affiliation and member.affiliation != member.id:
            index["members"][member.affiliation].append(member)
    return index


@dataclass(frozen=True)
class SourceGap:
    """A source whose metadata is incomplete, and the records that rest on it alone."""

    doc: SourceView
    missing: list[str]
    """What is not known: "publication date", "outlet", "title"."""
    alone: list[Item]
    """Records whose only evidence is this source."""
    shared: int
    """Records it supports together with other sources."""


@dataclass(frozen=True)
class Checks:
    """What a careful reader should double-check."""

    single_source: list[tuple[str, list[Item]]]
    """(section label, items reported by one source only) for agreements, events, reactions."""
    conflicts: list[Item]
    """Agreements and events for which sources give different dates."""
    gaps: list[SourceGap]
    unlocated: list[tuple[Item, EvidenceView]]
    """Evidence whose sentence could not be found in its source's text."""
    undated: list[Item]
    """Agreements without a date (timeline events always have one)."""

    @property
    def total(self) -> int:
        """Number of entries on the page, for the lead line."""
        singles = sum(len(items) for _, items in self.single_source)
        return singles + len(self.conflicts) + len(self.gaps) + len(self.unlocated) + len(self.undated)


def checks(view: BriefingView) -> Checks:
    """Single-source records, conflicting dates, sources with missing metadata, lost quotes."""
    sections: list[tuple[str, tuple[Item, ...]]] = [
        ("Agreements", view.agreements),
        ("Events", view.timeline),
        ("Reactions", view.reactions),
    ]
    single = [(label, [i for i in items if reported_by(i) <= 1]) for label, items in sections]
    dated: list[AgreementView | EventView] = [*view.agreements, *view.timeline]
    conflicts: list[Item] = [i for i in dated if i.conflicts]
    gaps = []
    everything: list[Item] = [i for _, items in sections for i in items]
    for doc in view.sources:
        missing = [
            what for what, value in (("publication date", doc.published), ("outlet", doc.outlet)) if not value
        ]
        if doc.untitled:
            missing.append("title")
        if doc.published_inferred:
            missing.append("publication date (inferred from the day other sources give its main event)")
        if doc.published_doubt:
            missing.append(f"a publication date its own text agrees with ({doc.published_doubt})")
        if not missing:
            continue
        using = [i for _, items in cited_by(view, doc.id) for i in items]
        alone = [i for i in using if {ev.source for ev in i.evidence} == {doc.id}]
        gaps.append(SourceGap(doc, missing, alone, len(using) - len(alone)))
    unlocated = [
        (i, ev) for i in everything for ev in i.evidence if ev.doc is not None and ev.sentence is None
    ]
    return Checks(
        single_source=[(label, items) for label, items in single if items],
        conflicts=conflicts,
        gaps=gaps,
        unlocated=unlocated,
        undated=[a for a in view.agreements if not a.date],
    )


def section_of(item: Item) -> tuple[str, str]:
    """(docs path of the section page the item is anchored on, the kind's name)."""
    return SECTION_OF[type(item)]


def cited_by(view: BriefingView, source_id: str) -> list[tuple[str, list[Item]]]:
    """(section label, records whose evidence quotes this source) for a source's own page."""
    index: dict[str, list[tuple[str, list[Item]]]] | None = view.memo.get("cited_by")
    if index is None:
        index = view.memo["cited_by"] = _citation_index(view)
    return index.get(source_id, [])


def _citation_index(view: BriefingView) -> dict[str, list[tuple[str, list[Item]]]]:
    """Per source id, (section label, records quoting it) in section and record order."""
    sections: list[tuple[str, tuple[Item, ...]]] = [
        ("Agreements", view.agreements),
        ("Events", view.timeline),
        ("Reactions", view.reactions),
    ]
    out: dict[str, list[tuple[str, list[Item]]]] = defaultdict(list)
    for label, items in sections:
        found: dict[str, list[Item]] = defaultdict(list)
        for item in items:
            for source_id in dict.fromkeys(ev.source for ev in item.evidence):
                found[source_id].append(item)
        for source_id, records in found.items():
            out[source_id].append((label, records))
    return dict(out)
