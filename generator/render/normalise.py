"""Loaded YAML (``briefing.yaml`` and ``sources/<id>.yaml`` as dicts) -> a BriefingView.

Tolerant by design: extras may be missing and ids may point nowhere; what cannot be shown is
left out rather than guessed. Nothing here touches disk.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from generator.render import dates
from generator.render.escape import page_stem, unique_anchors
from generator.render.figures import figure_views
from generator.render.view import (
    SECTIONS,
    ActorView,
    AgreementView,
    BriefingView,
    ConflictView,
    EventView,
    EvidenceView,
    MainEventView,
    ReactionView,
    SourceView,
)
from generator.render.wording import opening_words

log = logging.getLogger(__name__)


def _text(value: object) -> str | None:
    """A stripped string, or None for missing and blank values."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _ids(value: object) -> tuple[str, ...]:
    """A list of ids (or strings) as a tuple of non-blank strings, order kept."""
    if not isinstance(value, list | tuple):
        return ()
    return tuple(t for t in (_text(v) for v in value) if t)


def _items(data: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    """The mappings of a list section; anything else in it is skipped."""
    value = data.get(key)
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class _EvidenceResolver:
    """Turns raw evidence entries into EvidenceViews, locating each quote among the sentences."""

    def __init__(self, docs: Mapping[str, SourceView]) -> None:
        self.docs = docs
        self._folded: dict[str, dict[str, int]] = {}

    def __call__(self, entries: object) -> tuple[EvidenceView, ...]:
        out: list[EvidenceView] = []
        for raw in entries if isinstance(entries, list) else []:
            if not isinstance(raw, Mapping):
                continue
            source, quote = _text(raw.get("source")), _text(raw.get("quote"))
            if not source or not quote:
                continue
            doc = self.docs.get(source)
            if doc is None:
                log.warning("evidence names unknown source %r; shown without a link", source)
            out.append(EvidenceView(source, quote, self._locate(doc, quote, _int(raw.get("sentence"))), doc))
        return tuple(out)

    def _locate(self, doc: SourceView | None, quote: str, given: int | None) -> int | None:
        """The given index when that sentence holds the quote, else the sentence that holds it."""
        if doc is None or not doc.paragraphs:
            return None
        sentences = doc.sentences
        folded_quote = " ".join(quote.split())
        if (
            given is not None
            and 0 <= given < len(sentences)
            and folded_quote in " ".join(sentences[given].split())
        ):
            return given
        index = self._folded.setdefault(doc.id, {})
        if not index:
            for i, s in enumerate(sentences):
                index.setdefault(" ".join(s.split()), i)
        if folded_quote in index:
            return index[folded_quote]
        for i, s in enumerate(sentences):
            if folded_quote in " ".join(s.split()):
                return i
        # An index that is in range still gives the reader the right neighbourhood.
        return given if given is not None and 0 <= given < len(sentences) else None


def _untitled(source_id: str, paragraphs: tuple[tuple[str, ...], ...]) -> str:
    """A name for an article without a headline: its opening words ("Russian President Vladimir
    Reyes arrived in Lima early Thursday…"), else its id."""
    first = next((s for p in paragraphs for s in p), "")
    return opening_words(first) or source_id


def _source_views(briefing: Mapping[str, Any], sources: Mapping[str, Mapping[str, Any]]) -> list[SourceView]:
    """One view per source id found in ``briefing.sources`` or among the per-source files."""
    listed = {str(s["id"]): s for s in _items(briefing, "sources") if _text(s.get("id"))}
    out = []
    for sid in sorted(set(listed) | set(sources)):
        data = sources.get(sid) or {}
        # The merged list wins where it states a value; the per-source file fills the gaps.
        meta = dict(data.get("source") or {})
        meta.update({k: v for k, v in listed.get(sid, {}).items() if v is not None})
        paragraphs = tuple(
            cleaned
            for cleaned in (
                tuple(t for t in (_text(s) for s in p if isinstance(s, str)) if t)
                for p in data.get("paragraphs") or []
                if isinstance(p, list)
            )
            if cleaned
        )
        out.append(
            SourceView(
                id=sid,
                stem=page_stem(sid),
                title=_text(meta.get("title")) or _untitled(sid, paragraphs),
                outlet=_text(meta.get("outlet")),
                author=_text(meta.get("author")),
                published=dates.iso(meta.get("published")),
                url=_text(meta.get("url")),
                words=_int(meta.get("words")),
                path=_text(meta.get("path")),
                paragraphs=paragraphs,
                removed=tuple(t for t in (_text(r) for r in data.get("removed") or []) if t),
                removed_omitted=_int(data.get("removed_omitted")) or 0,
                counts=tuple((k, len(_items(data, k))) for k in SECTIONS) if data else (),
                has_data=bool(data),
                untitled=not _text(meta.get("title")),
                published_inferred=meta.get("published_inferred") is True,
                published_doubt=_doubt(meta.get("published_doubt")),
                off_story=tuple(t for t in (_text(b) for b in data.get("off_story") or []) if t),
            )
        )
    return sorted(out, key=lambda s: (dates.sort_key(s.published), s.id))


def _doubt(value: Any) -> str | None:
    """``published_doubt`` of a source's metadata as one line for the verification page."""
    if not isinstance(value, Mapping) or not _text(value.get("date")):
        return None
    quote = _text(value.get("quote"))
    said = f"its text reports {dates.human(value['date'])} as past"
    return f"{said}: “{quote}”" if quote else said


def _actor_views(briefing: Mapping[str, Any], resolve: _EvidenceResolver) -> list[ActorView]:
    """Actors, most mentioned first (pages group them by kind)."""
    raw = [a for a in _items(briefing, "actors") if _text(a.get("id"))]
    anchors = unique_anchors("actor", [str(a["id"]) for a in raw])
    out = [
        ActorView(
            id=str(a["id"]),
            name=_text(a.get("name")) or str(a["id"]),
            kind=_text(a.get("kind")) or "other",
            anchor=anchors[str(a["id"])],
            role=_text(a.get("role")),
            affiliation=_text(a.get("affiliation")),
            aliases=tuple(sorted(set(_ids(a.get("aliases"))))),
            mentions=_int(a.get("mentions")) or 0,
            sources=_ids(a.get("sources")),
            evidence=resolve(a.get("evidence")),
            salience=_int(a.get("salience")) or 0,
            salient=a.get("salient") is not False,
            admitted=tuple(t for t in (_text(x) for x in a.get("admitted") or ()) if t),
        )
        for a in raw
    ]
    return sorted(out, key=lambda a: (-a.mentions, a.name.lower(), a.id))


def _agreement_views(briefing: Mapping[str, Any], resolve: _EvidenceResolver) -> list[AgreementView]:
    """Agreements in date order, undated last."""
    raw = [a for a in _items(briefing, "agreements") if _text(a.get("id"))]
    anchors = unique_anchors("agreement", [str(a["id"]) for a in raw])
    out = [
        AgreementView(
            id=str(a["id"]),
            title=_text(a.get("title")) or str(a["id"]),
            anchor=anchors[str(a["id"])],
            parties=_ids(a.get("parties")),
            signatories=_ids(a.get("signatories")),
            topics=_ids(a.get("topics")),
            date=dates.iso(a.get("date")),
            status=_text(a.get("status")) or "reported",
            evidence=(evidence := resolve(a.get("evidence"))),
            corroboration=_corroboration(a, evidence),
            conflicts=_conflicts(a.get("conflicts"), resolve),
        )
        for a in raw
    ]
    return sorted(out, key=lambda a: (dates.sort_key(a.date), a.title.lower(), a.id))


def _reaction_views(briefing: Mapping[str, Any], resolve: _EvidenceResolver) -> list[ReactionView]:
    """Reactions in date order, undated last."""
    raw = [r for r in _items(briefing, "reactions") if _text(r.get("id"))]
    anchors = unique_anchors("reaction", [str(r["id"]) for r in raw])
    out = [
        ReactionView(
            id=str(r["id"]),
            actor=_text(r.get("actor")) or "",
            stance=_text(r.get("stance")) or "neutral",
            anchor=anchors[str(r["id"])],
            about=_ids(r.get("about")),
            quote=_text(r.get("quote")),
            summary=_text(r.get("summary")),
            date=dates.iso(r.get("date")),
            evidence=resolve(r.get("evidence")),
        )
        for r in raw
    ]
    return sorted(out, key=lambda r: (dates.sort_key(r.date), r.id))


def _event_views(briefing: Mapping[str, Any], resolve: _EvidenceResolver) -> list[EventView]:
    """Timeline events in chronological order, coarser dates first at the same start."""
    raw = [e for e in _items(briefing, "timeline") if _text(e.get("id"))]
    anchors = unique_anchors("event", [str(e["id"]) for e in raw])
    out = []
    for e in raw:
        evidence = resolve(e.get("evidence"))
        out.append(
            EventView(
                id=str(e["id"]),
                date=dates.iso(e.get("date")),
                precision=_text(e.get("precision")),
                event=_text(e.get("event")) or str(e["id"]),
                anchor=anchors[str(e["id"])],
                actors=_ids(e.get("actors")),
                corroboration=_corroboration(e, evidence),
                evidence=evidence,
                conflicts=_conflicts(e.get("conflicts"), resolve),
                background=e.get("background") is True,
            )
        )
    return sorted(out, key=lambda e: (dates.sort_key(e.date, e.precision), e.id))


def main_event_view(
    raw: object, resolve: _EvidenceResolver, anchors: Mapping[str, str] | None = None
) -> MainEventView | None:
    """The ``event`` of briefing.yaml (or a source's ``main_event``), None when absent or empty."""
    if not isinstance(raw, Mapping) or not _text(raw.get("summary")):
        return None
    return MainEventView(
        summary=str(_text(raw.get("summary"))),
        date=dates.iso(raw.get("date")),
        precision=_text(raw.get("precision")),
        place=_text(raw.get("place")),
        actors=_ids(raw.get("actors")),
        evidence=resolve(raw.get("evidence")),
        anchor=(anchors or {}).get(str(raw.get("timeline_event"))),
    )


def _corroboration(item: Mapping[str, Any], evidence: tuple[EvidenceView, ...]) -> int:
    """How many sources report an item: its ``corroboration`` count when the merge gave one, else
    the ``sources`` extra (a count or a list of ids), else the distinct sources of its evidence."""
    given = _int(item.get("corroboration"))
    if given:
        return given
    extra = item.get("sources")
    if isinstance(extra, list):
        return len(set(map(str, extra)))
    return _int(extra) or len({ev.source for ev in evidence})


def _conflicts(entries: object, resolve: _EvidenceResolver) -> tuple[ConflictView, ...]:
    """Other dates sources give (``conflicts``: date, precision, and the evidence's own fields);
    entries without a date or a locatable quote are left out."""
    out = []
    for raw in entries if isinstance(entries, list) else []:
        if not isinstance(raw, Mapping) or not dates.iso(raw.get("date")):
            continue
        found = resolve([raw])
        if found:
            out.append(ConflictView(str(dates.iso(raw.get("date"))), _text(raw.get("precision")), found[0]))
    return tuple(sorted(out, key=lambda c: (dates.sort_key(c.date, c.precision), c.evidence.source)))


def _with_pages(
    actors: list[ActorView],
    agreements: list[AgreementView],
    reactions: list[ReactionView],
    events: list[EventView],
) -> list[ActorView]:
    """Give each major actor its own page: a salient one that takes part in any agreement,
    reaction or event, or is named at least twice; the others keep only their entry on the actors
    page."""
    involved: set[str] = set()
    for a in agreements:
        involved.update(a.parties, a.signatories)
    for r in reactions:
        involved.update((r.actor, *r.about))
    for e in events:
        involved.update(e.actors)
    return [
        replace(a, page=f"actors/{page_stem(a.id)}.md")
        if a.salient and (a.id in involved or a.mentions >= 2)
        else a
        for a in actors
    ]


def build_view(briefing: Mapping[str, Any], sources: Mapping[str, Mapping[str, Any]]) -> BriefingView:
    """Normalise ``briefing.yaml`` and the per-source files (as loaded dicts) into a BriefingView."""
    docs = {s.id: s for s in _source_views(briefing, sources)}
    resolve = _EvidenceResolver(docs)
    actors = _actor_views(briefing, resolve)
    agreements = _agreement_views(briefing, resolve)
    reactions = _reaction_views(briefing, resolve)
    timeline = _event_views(briefing, resolve)
    actors = _with_pages(actors, agreements, reactions, timeline)
    anchors = {e.id: e.anchor for e in timeline}
    docs = {
        sid: replace(
            doc, main_event=main_event_view((sources.get(sid) or {}).get("main_event"), resolve, anchors)
        )
        for sid, doc in docs.items()
    }
    figures = figure_views([f for f in _items(briefing, "figures") if _text(f.get("id"))], resolve, _text)

    # Highlighted on a source's page: the sentences agreements, reactions and events rest on.
    # Every sentence naming an actor would be most of the article (19 of 23 on the seeds); a
    # link to one still lands on it (every sentence has its anchor, and the target is marked).
    quoted: dict[str, set[int]] = {}
    for section in (agreements, reactions, timeline, figures):
        for item in section:
            conflicts = getattr(item, "conflicts", ())
            for ev in (*item.evidence, *(c.evidence for c in conflicts)):
                if ev.sentence is not None:
                    quoted.setdefault(ev.source, set()).add(ev.sentence)
    return BriefingView(
        title=_text(briefing.get("title")) or "Briefing",
        as_of=dates.iso(briefing.get("as_of")),
        sources=tuple(docs.values()),
        actors=tuple(actors),
        agreements=tuple(agreements),
        reactions=tuple(reactions),
        timeline=tuple(timeline),
        figures=tuple(figures),
        by_id={a.id: a for a in actors},
        event=main_event_view(briefing.get("event"), resolve, anchors),
        quoted={k: frozenset(v) for k, v in sorted(quoted.items())},
    )
