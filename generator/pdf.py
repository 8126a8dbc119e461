"""The printed briefing: our own print template rendered to PDF with WeasyPrint (CSS paged media).

Same input, same bytes: the PDF's dates come from the data's as-of date and its identifier
from a hash of the rendered HTML, never from the clock.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateError
from markupsafe import Markup

from generator.errors import BuildError
from generator.render import TEMPLATES_DIR, dates
from generator.render.digest import checks, first_per_source, item_label, lead_facts, reported_by
from generator.render.normalise import build_view
from generator.render.pages import plural
from generator.render.view import BriefingView, EvidenceView
from generator.render.wording import quoted, ranges, shortened

log = logging.getLogger(__name__)

PRINT_DIR = TEMPLATES_DIR / "print"

PRINT_LIMITS = {"actors": 60, "reactions": 40, "timeline": 80}
"""The most of each section the PDF prints; the site keeps everything. A briefing read in a
meeting is a digest: a 400-article briefing has ~2,500 actors and ~1,400 events, ~570 pages
that nobody reads and that take WeasyPrint two minutes. Every agreement and every source is
printed. The seeds' briefing is under every limit."""

CITED_PER_ITEM = 2
"""References printed per item: the first sentences of its first two sources (or two sentences
of its one source). An event five
wire copies report would otherwise print five near-identical sentences; the item still says
how many sources report it, and the site links every one."""

REFERENCE_WORDS = 30
"""Longest quote a reference prints, in words; a longer sentence ends in "…" (the reference
says where it is, and the site shows it whole)."""

COVER_SOURCES = 15
"""The cover lists the sources up to this many; beyond, it counts them (they are all in the
Sources chapter)."""


@dataclass(frozen=True)
class Printed:
    """How many items each section has in the briefing, and how many the PDF prints."""

    totals: dict[str, int]
    shown: dict[str, int]

    def cut(self, section: str) -> bool:
        """Whether the PDF leaves part of ``section`` out."""
        return self.shown[section] < self.totals[section]


def print_view(view: BriefingView, limits: dict[str, int] = PRINT_LIMITS) -> tuple[BriefingView, Printed]:
    """``view`` cut to the digest the PDF prints, each section in its own order:
    the salient actors that matter most, the sharpest reactions, and the events most sources report
    (the most recent first among equals)."""
    actors = {a.id for a in view.key_actors(limits["actors"])}
    reactions = {r.id for r in view.sharpest_reactions(limits["reactions"])}
    ranked = sorted(range(len(view.timeline)), key=lambda i: (-reported_by(view.timeline[i]), -i))[
        : limits["timeline"]
    ]
    events = {view.timeline[i].id for i in ranked}
    # ``replace`` keeps ``by_id``, so an actor left out is still named where others cite it.
    printed = replace(
        view,
        actors=tuple(a for a in view.actors if a.id in actors),
        reactions=tuple(r for r in view.reactions if r.id in reactions),
        timeline=tuple(e for e in view.timeline if e.id in events),
        memo={},
    )
    sections = ("actors", "reactions", "timeline")
    return printed, Printed(
        totals={k: len(getattr(view, k)) for k in sections},
        shown={k: len(getattr(printed, k)) for k in sections},
    )


class Citations:
    """Numbers evidence as references 1, 2 ... in the order the template first cites them.

    The references list is rendered at the end of the same template pass, so by then it holds
    every cited sentence; the same sentence cited twice keeps its first number, and so does the
    same wording in another article (a wire copy): one reference, its places listed together
    ("S7, s. 12; S8, s. 31"), the sentence printed once.
    """

    def __init__(self) -> None:
        self._numbers: dict[tuple[str, str], int] = {}
        self._by_text: dict[str, int] = {}
        self.entries: list[tuple[int, list[EvidenceView]]] = []
        """(number, the places of its sentence: the first one's quote is printed)."""

    def number(self, ev: EvidenceView) -> int:
        """The reference number of this sentence, assigning the next one on first use."""
        if ev.key in self._numbers:
            return self._numbers[ev.key]
        text = " ".join(ev.quote.split())
        n = self._by_text.get(text) if text else None
        if n is None:
            n = len(self.entries) + 1
            self.entries.append((n, [ev]))
            if text:
                self._by_text[text] = n
        else:
            self.entries[n - 1][1].append(ev)
        self._numbers[ev.key] = n
        return n

    def cite(self, evidence: tuple[EvidenceView, ...]) -> Markup:
        """One small superscript mark for a list of evidence, its numbers as ranges ("6–9, 12"),
        linking to the first: never "[1][2][3]", which beside the numbered sources reads as
        source numbers (the sources are S1, S2 ...)."""
        # Distinct sources first; a second sentence of the same source when there is no other.
        chosen = first_per_source(evidence)[:CITED_PER_ITEM]
        chosen += [ev for ev in evidence if ev not in chosen][: CITED_PER_ITEM - len(chosen)]
        numbers = sorted({self.number(ev) for ev in chosen})
        if not numbers:
            return Markup("")
        return Markup('<a class="ref" href="#ref-{0}">{1}</a>').format(numbers[0], ranges(numbers))


def _actor_name(view: BriefingView, actor_id: str) -> str:
    actor = view.actor(actor_id)
    return actor.name if actor else actor_id


def _environment(view: BriefingView) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(PRINT_DIR)),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=lambda value: "" if value is None else value,
    )
    env.filters.update(
        date=dates.human,
        name=lambda actor_id: _actor_name(view, actor_id),
        names=lambda ids: ", ".join(_actor_name(view, a) for a in ids),
    )
    env.filters.update(reported_by=reported_by, label=lambda item: item_label(item, view), quoted=quoted)
    env.filters.update(shortened=shortened)
    env.globals.update(plural=plural, lead_facts=lead_facts, checks=checks, COVER_SOURCES=COVER_SOURCES)
    env.globals.update(REFERENCE_WORDS=REFERENCE_WORDS)
    return env


def render_print_html(briefing: dict[str, Any], sources: dict[str, dict[str, Any]]) -> str:
    """The print template rendered to one HTML document (pure; reads only the templates)."""
    full = build_view(briefing, sources)
    view, printed = print_view(full)
    try:
        template = _environment(view).get_template("briefing.html.j2")
        source_no = {doc.id: n for n, doc in enumerate(view.sources, start=1)}
        return template.render(v=view, full=full, printed=printed, refs=Citations(), source_no=source_no)
    except TemplateError as exc:
        raise BuildError(f"print template failed: {exc}") from exc


def prepare() -> None:
    """Import WeasyPrint and read the print stylesheet: what ``write_pdf`` does first, done by
    the build's PDF process while the data is still being extracted."""
    _stylesheet(PRINT_DIR / "briefing.css")


@functools.cache
def _stylesheet(path: Path) -> Any:
    from weasyprint import CSS

    return CSS(filename=str(path))


def write_pdf(briefing: dict[str, Any], sources: dict[str, dict[str, Any]], out: Path) -> int:
    """Write the printed briefing to ``out``; returns its number of pages. Callers write to a
    temporary name and rename it into place (``runtime.staging.beside``), so a failed or killed
    run never leaves half a PDF where a reader looks."""
    from weasyprint import HTML

    html = render_print_html(briefing, sources)
    identifier = hashlib.sha256(html.encode("utf-8")).hexdigest()[:32].encode("ascii")
    try:
        document = HTML(string=html, base_url=str(PRINT_DIR)).render(
            stylesheets=[_stylesheet(PRINT_DIR / "briefing.css")]
        )
        data = document.write_pdf(pdf_identifier=identifier)
    except Exception as exc:  # WeasyPrint raises many kinds; the build wants one line.
        raise BuildError(f"PDF rendering failed: {' '.join(str(exc).split())}") from exc
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    os.chmod(out, 0o644)  # private as made by mkstemp; the PDF is published with the site
    return len(document.pages)
