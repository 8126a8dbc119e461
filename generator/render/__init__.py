"""Markdown pages and static assets of the briefing site, rendered from the loaded YAML data.

Pure: reads only the templates, returns every file of the docs folder except the data files
(the store writes ``data/briefing.yaml`` and ``data/sources/<id>.yaml`` beside them).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from markupsafe import Markup

import generator
from generator.errors import BuildError
from generator.quality.diff import latest_news
from generator.render.normalise import build_view
from generator.render.pages import make_environment, render_template

TEMPLATES_DIR = Path(generator.__file__).parent.parent / "templates"

# docs path -> template: the site's fixed addresses.
SECTION_PAGES = {
    "index.md": "index.md.j2",
    "actors.md": "actors.md.j2",
    "agreements.md": "agreements.md.j2",
    "reactions.md": "reactions.md.j2",
    "timeline.md": "timeline.md.j2",
    "figures.md": "figures.md.j2",
    "sources/index.md": "sources_index.md.j2",
    "verification.md": "verification.md.j2",
    "data.md": "data.md.j2",
}


CHANGES_START = "<!-- what's new: what the latest day's reports add -->"
CHANGES_END = "<!-- end of what's new -->"
"""Around the home page's "What's new" (``quality.diff.latest_news``)."""


def render_pages(
    briefing: dict[str, Any],
    sources: dict[str, dict[str, Any]],
    changes: Sequence[str] | None = None,
) -> dict[str, str | bytes]:
    """Every file of the docs folder: relative POSIX path -> Markdown text or asset bytes, sorted.

    ``changes``: the lines of the home page's "What's new"; by default what the latest day's
    reports add (``quality.diff.latest_news``: read from the articles alone, so the same articles
    give the same pages); an empty sequence leaves the section out.
    """
    from jinja2 import TemplateError

    view = build_view(briefing, sources)
    env = make_environment(TEMPLATES_DIR)
    out: dict[str, str | bytes] = {}
    if changes is None:
        changes = latest_news(briefing)
    news = tuple(" ".join(line.split()) for line in changes if line.strip())
    home = {"changes": news, "CHANGES": (Markup(CHANGES_START), Markup(CHANGES_END))}
    try:
        for path, template in SECTION_PAGES.items():
            extra = home if path == "index.md" else {}
            out[path] = render_template(env, template, path, view, **extra)
        for doc in view.sources:
            out[doc.page] = render_template(env, "source.md.j2", doc.page, view, doc=doc)
        for actor in view.actors:
            if actor.page:
                out[actor.page] = render_template(env, "actor.md.j2", actor.page, view, actor=actor)
    except TemplateError as exc:
        raise BuildError(f"page template failed: {exc}") from exc
    out.update(assets())
    return dict(sorted(out.items()))


def assets() -> dict[str, bytes]:
    """The static files under ``templates/assets`` as ``assets/<name>`` -> bytes."""
    root = TEMPLATES_DIR / "assets"
    return {
        f"assets/{p.relative_to(root).as_posix()}": p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }
