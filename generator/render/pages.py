"""The Jinja environment for the Markdown pages: escaping by default, links relative to the page.

Every ``{{ value }}`` from the data passes through ``inert`` unless the value is Markup that
the helpers below built themselves, so a template cannot forget to escape.
"""

from __future__ import annotations

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
from generator.render.escape import html_text, inert, raw, safe_url
from generator.render.view import BriefingView, EvidenceView, SourceView

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
    return posixpath.relpath(target, posixpath.dirname(here) or ".") + fragment


def _link(text: object, href: str) -> Markup:
    return raw(f"[{inert(text)}]({href})")


@pass_context
def link(ctx: Context, text: object, target: str, anchor: str | None = None) -> Markup:
    """A Markdown link to one of our pages, with escaped text."""
    return _link(text, _href(ctx["here"], target, anchor))


@pass_context
def actor_link(ctx: Context, actor_id: str | None) -> Markup:
    """The actor's name linking to its entry on the actors page; the bare id if it is unknown."""
    actor = ctx["v"].actor(actor_id) if actor_id else None
    if actor is None:
        return Markup(inert(actor_id))
    return _link(actor.name, _href(ctx["here"], "actors.md", actor.anchor))


@pass_context
def actor_links(ctx: Context, actor_ids: list[str] | tuple[str, ...]) -> Markup:
    """Several actor links separated by commas."""
    return Markup(", ").join(actor_link(ctx, a) for a in actor_ids)


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
    )
    env.globals.update(link=link, data_link=data_link, plural=plural)
    return env


def render_template(env: Environment, name: str, here: str, view: BriefingView, **extra: Any) -> str:
    """One page: template ``name`` rendered for docs path ``here``."""
    return env.get_template(name).render(v=view, here=here, **extra)
