"""Pages made of chunks, and what the page cache reads off a piece of HTML.

A generated page that lists thousands of items (all actors, all reactions, the whole timeline)
changes with every article added, but only in a few of its items. Its template puts
``CHUNK_MARK`` on a line of its own between top-level blocks, and the page cache
(``generator.site.page_cache``) converts only the chunks it has not seen.

The promise a template makes by marking chunks: each chunk converts to the same HTML alone as
amid the others. Its headings have explicit ids or text no other heading has, it uses no
reference-style links, footnotes or abbreviations defined in another chunk, and a marker never
sits inside a list, a block quote, a fenced block or an HTML block. The cache checks what it can
(every chunk comes back, the table of contents, anchors and links found in the chunks add up to
what MkDocs found in the page) and converts the page whole when they do not.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Callable, Sequence
from typing import Any

CHUNK_MARK = "<!-- briefing:chunk -->"
"""A line of its own between top-level blocks of a page's Markdown."""

_MARK_LINE = re.compile(rf"^{re.escape(CHUNK_MARK)}[ \t]*$", re.M)
_HEADING_ID = re.compile(r"<h[1-6]\b[^>]*?\sid=\"([^\"]*)\"")
_ID = re.compile(r"<[a-zA-Z][^>]*?\sid=\"([^\"]*)\"")
_A_NAME = re.compile(r"<a\b[^>]*?\sname=\"([^\"]*)\"")
_LINK = re.compile(r"""\s(?:href|src)="([^"]*)\"""")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:|^/")


def split_markdown(markdown: str) -> list[str] | None:
    """The chunks of a page's Markdown (blank lines trimmed), or None when it has no marker."""
    if CHUNK_MARK not in markdown:
        return None
    return [part.strip("\n") for part in _MARK_LINE.split(markdown)]


def join_markdown(chunks: Sequence[str]) -> str:
    return f"\n\n{CHUNK_MARK}\n\n".join(chunks) + "\n"


def split_html(content: str, count: int) -> list[str] | None:
    """The HTML of ``count`` chunks converted together, or None when markers went missing.

    Markdown writes the marker as a raw HTML block: ``<!-- mark -->`` and a line break, joined
    to its neighbours by a line break, so each chunk's HTML is what lies between, trimmed.
    """
    parts = [part.strip("\n") for part in content.split(CHUNK_MARK)]
    return parts if len(parts) == count else None


def join_html(parts: Sequence[str]) -> str:
    """The HTML Markdown makes of the page whose chunks gave ``parts``, markers included.

    The inverse of ``split_html``: byte for byte what converting the whole page gives.
    """
    elements: list[str] = []
    for i, part in enumerate(parts):
        if i:
            elements.append(CHUNK_MARK + "\n")
        if part:
            elements.append(part)
    return "\n".join(elements).strip()


def site_path(url: str) -> str:
    """A site URL in one spelling: 'a/b/', 'a/b' and './a/b' are 'a/b'; the home page is '.'."""
    return posixpath.normpath(url) if url else "."


def links(content: str, page_url: str) -> list[tuple[str, str]]:
    """(site path, fragment) of every link and image in the HTML to a file of the site.

    A link within the page has the page's own path.
    """
    base = posixpath.dirname(page_url)  # 'a/b/' -> 'a/b' (directory URLs), 'a/b.html' -> 'a'
    out = []
    for raw in _LINK.findall(content):
        link = html.unescape(raw)
        if not link or _SCHEME.match(link):
            continue
        path, _, fragment = link.partition("#")
        path = path.split("?", 1)[0]
        out.append((site_path(posixpath.join(base, path)) if path else site_path(page_url), fragment))
    return out


def anchors(content: str) -> set[str]:
    """Ids an HTML fragment holds (MkDocs counts every ``id`` and ``<a name>``)."""
    return set(_ID.findall(content)) | set(_A_NAME.findall(content))


def anchor_links(
    content: str, page_url: str, file_at: Callable[[str], Any]
) -> dict[str, dict[str, str]] | None:
    """{target src_uri: {anchor: link}} for the links with a fragment, as MkDocs records them.

    ``file_at`` gives the File at a site path (or None). None when a target is not a page.
    """
    found: dict[str, dict[str, str]] = {}
    for path, fragment in links(content, page_url):
        if not fragment:
            continue
        target = file_at(path)
        if target is None:
            return None
        found.setdefault(target.src_uri, {})[fragment] = f"{target.src_uri}#{fragment}"
    return found


def toc_by_chunk(flat: Sequence[dict[str, Any]], parts: Sequence[str]) -> list[list[dict[str, Any]]] | None:
    """The table-of-contents items (in page order) each chunk's headings account for.

    None when the items do not follow the chunks' headings in order.
    """
    out: list[list[dict[str, Any]]] = []
    i = 0
    for part in parts:
        mine = []
        for heading in _HEADING_ID.findall(part):
            if i < len(flat) and flat[i]["id"] == heading:
                mine.append(flat[i])
                i += 1
        out.append(mine)
    return out if i == len(flat) else None
