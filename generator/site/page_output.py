"""Reuse the theme's HTML of a page whose content and surroundings have not changed.

After the Markdown, the costliest part of an incremental MkDocs build is Material's template,
rendered for every page with the whole navigation. For a page outside the navigation (the
per-article and per-actor pages, nearly all of a large briefing) that output is decided by:

- the page: its HTML, title, URLs, front matter, table of contents, neighbours and parents;
- the site: the configuration (theme, palette, features, extra CSS and scripts, plugins and
  their settings), the navigation, the template files and the package versions, and the
  build date (``SOURCE_DATE_EPOCH``) when a template prints it;
- anything another plugin adds to the page's template context.

``OutputCache.wrap`` makes the page template's ``render`` look its output up under a hash of
all of that, and keeps what it renders for the next build. Pages inside the navigation are
always rendered: which tab and item are highlighted depends on the page. Outputs are kept
compressed, one file each, and written only after a successful build.
"""

from __future__ import annotations

import hashlib
import logging
import os
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.runtime.cache import digest, write_atomic

log = logging.getLogger(__name__)

_STANDARD_CONTEXT = {
    "nav",
    "pages",  # the list of all pages: Material's templates do not print it
    "base_url",
    "extra_css",
    "extra_javascript",
    "mkdocs_version",
    "build_date_utc",
    "config",
    "page",
}
"""Template context MkDocs makes; the site signature covers all of it but the page."""
_SKIP_CONFIG = {"docs_dir", "site_dir", "theme", "plugins"}
"""Configuration signed on its own (theme, plugins) or never reaching a page (the folders, fresh
staging folders on every build)."""


class OutputCache:
    """Rendered pages under ``folder/<key>.html.z``; ``hits`` counts the pages reused."""

    def __init__(self, folder: Path, stable: Callable[[Any], str]) -> None:
        self.folder = folder
        self.hits = 0
        self._stable = stable
        self._site = ""
        self._new: dict[str, bytes] = {}
        self._used: set[str] = set()

    def sign_site(self, config: Any, nav: Any) -> None:
        """Hash what every page's output shares: configuration, navigation, templates, date."""
        settings = {k: config[k] for k in sorted(config) if k not in _SKIP_CONFIG}
        plugins = {name: dict(getattr(p, "config", {}) or {}) for name, p in config.plugins.items()}
        templates = hashlib.sha256()
        dated = False  # whether a template prints the build date (Material's do not)
        for folder in config.theme.dirs:
            for path in _templates(Path(folder)):
                text = path.read_bytes()
                dated = dated or b"build_date_utc" in text
                if "site-packages" not in path.parts:  # a package's: its version is fingerprinted
                    templates.update(path.as_posix().encode() + b"\0" + text + b"\0")
        parts = (
            self._stable(settings),
            self._stable(plugins),
            self._stable(dict(config.theme)),
            self._stable(_nav(nav)),
            templates.hexdigest(),
            os.environ.get("SOURCE_DATE_EPOCH", "") if dated else "",
        )
        self._site = digest(*parts)
        log.debug("site signature %s from parts %s", self._site[:12], [digest(p)[:8] for p in parts])

    def wrap(self, render: Callable[..., Any]) -> Callable[..., str]:
        """A page template's ``render(context)`` that reuses or keeps the output of pages
        outside the nav (``seams.wrap_template`` puts it in place)."""

        def cached_render(*args: Any, **kwargs: Any) -> str:
            context = dict(*args, **kwargs)
            key = self._key(context)
            if key is None:
                return str(render(*args, **kwargs))
            self._used.add(key)
            try:
                output = zlib.decompress((self.folder / f"{key}.html.z").read_bytes()).decode("utf-8")
                self.hits += 1
                return output
            except (OSError, zlib.error, UnicodeDecodeError):
                pass
            output = str(render(*args, **kwargs))
            self._new[key] = zlib.compress(output.encode("utf-8"), 1)
            return output

        return cached_render

    def _key(self, context: dict[str, Any]) -> str | None:
        page = context.get("page")
        file = getattr(page, "file", None)
        if page is None or file is None or not file.inclusion.is_not_in_nav() or not self._site:
            return None
        extra = {k: v for k, v in context.items() if k not in _STANDARD_CONTEXT}

        def neighbour(other: Any) -> Any:
            return [str(other.title), other.url] if other is not None else None

        return digest(
            self._site,
            page.content or "",
            self._stable(
                {
                    "title": str(page.title),
                    "url": page.url,
                    "canonical": page.canonical_url,
                    "edit": page.edit_url,
                    "meta": page.meta,
                    "toc": _toc(page.toc),
                    "previous": neighbour(page.previous_page),
                    "next": neighbour(page.next_page),
                    "ancestors": [str(a.title) for a in page.ancestors],
                    "home": page.is_homepage,
                    "extra": extra,
                }
            ),
        )

    def save(self) -> None:
        """Write the outputs made in this build and remove those no page used (after success)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        for key, data in self._new.items():
            write_atomic(self.folder / f"{key}.html.z", data)
        for path in self.folder.iterdir():
            if path.name.endswith(".html.z") and path.name[: -len(".html.z")] not in self._used:
                path.unlink(missing_ok=True)


def _templates(folder: Path) -> list[Path]:
    """The HTML templates under a theme folder, skipping hidden folders (Material's ``.icons``
    holds thousands of SVG files and no template)."""
    found = []
    for parent, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [Path(parent, n) for n in sorted(names) if n.endswith(".html")]
    return found


def _nav(nav: Any) -> list[Any]:
    def item(x: Any) -> Any:
        children = getattr(x, "children", None) or []
        return [type(x).__name__, str(x.title), getattr(x, "url", None), [item(c) for c in children]]

    return [item(x) for x in nav.items]


def _toc(toc: Any) -> list[Any]:
    return [[a.level, a.id, a.title, _toc(a.children)] for a in toc]
