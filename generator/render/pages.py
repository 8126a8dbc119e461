"""The Jinja environment for the Markdown pages: escaping by default, links relative to the page.

Every ``{{ value }}`` from the data passes through ``inert`` unless the value is Markup that
the helpers below built themselves, so a template cannot forget to escape.
"""

from __future__ import annotations

import functools
import json
import posixpath
import re
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_context
from jinja2.runtime import Context
from markupsafe import Markup

from generator.records import STANCES, STATUSES
from generator.render import dates
from generator.render.diagram import drawn, timeline_diagram, without_far_plans
from generator.render.digest import (
    Item,
    checks,
    cited_by,
    dossier,
    first_per_source,
    item_label,
    lead_facts,
    reported_by,
    section_of,
)
from generator.render.escape import html_text, inert, raw, safe_url
from generator.render.reading import ranked_actors, said_counts, speakers, stance_grid
from generator.render.view import ActorView, BriefingView, EventView, EvidenceView, SourceView
from generator.render.wording import quoted, shortened
from generator.site.page_chunks import CHUNK_MARK

_TOKEN = re.compile(r"[a-z]{1,20}")
_ANCHOR = re.compile(r"[a-z][a-z0-9_-]*")


def _finalize(value: object) -> Markup:
    """Escape whatever a template prints unless it is already Markup; None prints nothing."""
    if value is None:
        return Markup("")
    if isinstance(value, Markup):
        return value
    return Markup(inert(value))


def _href(here: str, target: str, anchor: str | None = None) -> str:
    """A link from page ``here`` to page ``target`` (docs-relative paths), ``#anchor`` alone when
    it is the same page, so MkDocs can check both the file and the anchor."""
    fragment = f"#{anchor}" if anchor else ""
    if target == here and fragment:
        return fragment
    return _relative(target, posixpath.dirname(here) or ".") + fragment


@functools.lru_cache(maxsize=1 << 15)
def _relative(target: str, folder: str) -> str:
    # Kept: pages link the same few folders to the same pages (relpath asks the OS for the
    # working directory every time).
    return posixpath.relpath(target, folder)


def _link(text: object, href: str) -> Markup:
    return raw(f"[{inert(text)}]({href})")


@pass_context
def link(ctx: Context, text: object, target: str, anchor: str | None = None) -> Markup:
    """A Markdown link to one of our pages, with escaped text."""
    return _link(text, _href(ctx["here"], target, anchor))


def actor_href(here: str, actor: ActorView) -> str:
    """Where an actor's name leads: its own page for a major actor, else its entry on the actors page."""
    if actor.page:
        return _href(here, actor.page)
    return _href(here, "actors.md", actor.anchor)


@pass_context
def actor_link(ctx: Context, actor_id: str | None) -> Markup:
    """The actor's name linking to its page (or entry on the actors page); the bare id if unknown."""
    actor = ctx["v"].actor(actor_id) if actor_id else None
    if actor is None:
        return Markup(inert(actor_id))
    if actor.page == ctx["here"]:
        return Markup(inert(actor.name))
    return _link(actor.name, actor_href(ctx["here"], actor))


@pass_context
def actor_links(ctx: Context, actor_ids: list[str] | tuple[str, ...], conj: str | None = None) -> Markup:
    """Several actor links separated by commas, or as a phrase with ``conj`` ("and") before the last."""
    links = [actor_link(ctx, a) for a in actor_ids]
    if conj is None or len(links) < 2:
        return Markup(", ").join(links)
    return Markup(", ").join(links[:-1]) + Markup(f" {inert(conj)} ") + links[-1]


def cite_label(ev: EvidenceView) -> str:
    """ "Outlet, 20 June 2024" — the name readers know a source by, with its date when known."""
    if ev.doc is None:
        return ev.source
    when = dates.human(ev.doc.published)
    return f"{ev.doc.label}, {when}" if when else ev.doc.label


@pass_context
def cite(ctx: Context, ev: EvidenceView) -> Markup:
    """A link to the quoted sentence on its source's page; plain text for an unknown source."""
    if ev.doc is None:
        return Markup(inert(cite_label(ev)))
    anchor = f"s-{ev.sentence}" if ev.sentence is not None else None
    return _link(cite_label(ev), _href(ctx["here"], ev.doc.page, anchor))


@pass_context
def cite_short(ctx: Context, ev: EvidenceView) -> Markup:
    """The source's short name (outlet, else title) linking to the quoted sentence."""
    if ev.doc is None:
        return Markup(inert(ev.source))
    anchor = f"s-{ev.sentence}" if ev.sentence is not None else None
    return _link(ev.doc.label, _href(ctx["here"], ev.doc.page, anchor))


@pass_context
def cite_sources(ctx: Context, evidence: tuple[EvidenceView, ...]) -> Markup:
    """One short link per source name, comma-separated: "Newsweek, Reuters"; two articles of one
    outlet read "huffingtonpost.com ×2" (linking the first), not the name twice."""
    firsts = first_per_source(evidence)
    by_label: dict[str, list[EvidenceView]] = {}
    for ev in firsts:
        by_label.setdefault(ev.doc.label if ev.doc else ev.source, []).append(ev)
    return Markup(", ").join(
        cite_short(ctx, evs[0]) + (Markup(f" ×{len(evs)}") if len(evs) > 1 else Markup(""))
        for evs in by_label.values()
    )


@pass_context
def item_link(ctx: Context, item: Item, text: object = None) -> Markup:
    """An agreement, reaction or event linking to its entry on its section page."""
    page, _ = section_of(item)
    return _link(
        text if text is not None else item_label(item, ctx["v"]), _href(ctx["here"], page, item.anchor)
    )


def mermaid(source: str) -> Markup:
    """Diagram source made by ``diagram.timeline_diagram``, whose labels are already reduced to
    plain words; it goes into a code fence, where Markdown escaping would show as text."""
    return raw(source)


@pass_context
def source_link(ctx: Context, doc: SourceView) -> Markup:
    """The source's title linking to its page."""
    return _link(doc.title, _href(ctx["here"], doc.page))


@pass_context
def data_link(ctx: Context, text: object, path: str) -> Markup:
    """A link to a data file the build copies into ``data/`` (percent-encoded: ids are file stems)."""
    from urllib.parse import quote

    return _link(text, quote(_href(ctx["here"], path)))


def badge(status: str | None) -> Markup:
    """A coloured status or stance label; unknown values get a neutral style."""
    known = status in STATUSES or status in STANCES
    css = f"bf-badge bf-badge--{status}" if known else "bf-badge"
    return raw(f'<span class="{css}">{inert(status)}</span>')


def external(url: str | None) -> Markup:
    """A raw HTML link for an http(s) address; anything else (``javascript:``...) as text."""
    if safe_url(url) is None:
        return Markup(inert(url))
    return raw(f'<a href="{html_text(url)}" rel="nofollow noopener">{inert(url)}</a>')


def token(value: str | None) -> str:
    """A data value usable in a CSS class name ("critical"), else "other"."""
    return value if value and _TOKEN.fullmatch(value) else "other"


def element_id(anchor: str) -> Markup:
    """An anchor made by ``escape.anchor`` as an HTML id; anything else is a bug, not data."""
    if not _ANCHOR.fullmatch(anchor):
        raise ValueError(f"not an anchor: {anchor!r}")
    return raw(anchor)


def heading_id(anchor: str) -> Markup:
    """attr_list syntax giving a heading our own id."""
    return raw(f"{{ #{element_id(anchor)} }}")


def front_title(title: str) -> Markup:
    """A front-matter title: Material prints ``page.meta.title`` unescaped into <title> and the
    header, so HTML-escape it; JSON quoting makes it a valid YAML string."""
    return raw(json.dumps(html_text(title)))


def plural(n: int, noun: str, many: str | None = None) -> str:
    """ "1 source", "3 sources"."""
    return f"{n} {noun}" if n == 1 else f"{n} {many or noun + 's'}"


def make_environment(templates: Path) -> Environment:
    """The Jinja environment for ``templates/pages``."""
    env = Environment(
        loader=FileSystemLoader(str(templates / "pages")),
        autoescape=True,
        finalize=_finalize,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        actor=actor_link,
        actors=actor_links,
        cite=cite,
        source_link=source_link,
        badge=badge,
        external=external,
        heading_id=heading_id,
        id=element_id,
        token=token,
        front_title=front_title,
        date=dates.human,
        when=dates.phrase,
        cite_short=cite_short,
        cite_sources=cite_sources,
        item=item_link,
        reported_by=reported_by,
        quoted=quoted,
        shortened=shortened,
    )
    env.globals.update(
        link=link,
        data_link=data_link,
        plural=plural,
        lead_facts=lead_facts,
        dossier=dossier,
        checks=checks,
        cited_by=cited_by,
        mermaid=lambda v: mermaid(timeline_diagram(diagram_events(v))),
        diagram_cut=diagram_cut,
        speakers=speakers,
        stance_grid=stance_grid,
        said_counts=said_counts,
        ranked_actors=ranked_actors,
        CHUNK=Markup(CHUNK_MARK),  # built here, never from article text (which is escaped)
    )
    return env


def diagram_events(view: BriefingView) -> list[EventView]:
    """The events the timeline diagram draws from (``diagram.without_far_plans``)."""
    return without_far_plans(view.timeline, {e.id for e in view.upcoming_events()})


def diagram_cut(view: BriefingView) -> int:
    """How many events the timeline diagram shows when it leaves some out, else 0."""
    shown = sum(len(items) for _, items, _ in drawn(diagram_events(view)))
    own = [e for e in view.timeline if dates.parts(e.date) and not e.background]
    return shown if shown < len(own or [e for e in view.timeline if dates.parts(e.date)]) else 0


def render_template(env: Environment, name: str, here: str, view: BriefingView, **extra: Any) -> str:
    """One page: template ``name`` rendered for docs path ``here``."""
    return env.get_template(name).render(v=view, here=here, **extra)
