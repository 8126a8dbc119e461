"""Make untrusted article text inert in Markdown and HTML, and derive safe ids and file names."""

from __future__ import annotations

import functools
import hashlib
import html
import re

from markupsafe import Markup

# Every character that means something to HTML, Python-Markdown, its extensions (attr_list,
# tables, admonition, pymdownx) or Jinja becomes a numeric character reference: the browser shows
# the character again, while no Markdown or HTML parser can read it as syntax. Escaping single
# characters covers the multi-character triggers too: ``--8<--``, ``!!!``, ``???``, ``{:``,
# ``{{``, ``{%``, ``[x](javascript:...)``, ``<script>``, ``| a | b |``, ``# heading``, ``*stars*``.
_SIGNIFICANT = "\\`*_{}[]()#+-.!|~<>&\"'=^$:%@"
_INERT_TABLE = {ord(c): f"&#{ord(c)};" for c in _SIGNIFICANT}
_INERT_TABLE.update({ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", ord('"'): "&quot;"})

_SAFE_STEM = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")
_UNSAFE_ANCHOR = re.compile(r"[^a-z0-9_-]+")
_SAFE_URL = re.compile(r"https?://[^\s<>\"'\\`]+", re.IGNORECASE)
# File stems MkDocs or our own pages already use inside sources/.
_RESERVED_STEMS = {"index", "readme"}


def inert(value: object) -> str:
    """``value`` as text that reads the same on the page but is no Markdown, HTML or Jinja syntax.

    Whitespace runs (newlines included) fold to one space, so a value can never start a new
    Markdown block (heading, list, table row, code block) inside a line of a template.
    """
    if value is None:
        return ""
    return _inert(str(value))


@functools.lru_cache(maxsize=1 << 16)
def _inert(text: str) -> str:
    # Kept: a briefing's pages repeat the same names and quotes (on the corpus, 158,000 calls
    # for 24,000 distinct texts).
    return " ".join(text.split()).translate(_INERT_TABLE)


def html_text(value: object) -> str:
    """``value`` HTML-escaped only: for places that are plain HTML, never Markdown (front matter)."""
    if value is None:
        return ""
    return html.escape(" ".join(str(value).split()), quote=True)


def anchor(prefix: str, key: object) -> str:
    """A fragment id ``<prefix>-<slug>`` made only of ``[a-z0-9_-]``, for ids from the data."""
    slug = _UNSAFE_ANCHOR.sub("-", str(key).lower()).strip("-") or "item"
    return f"{prefix}-{slug}"


def unique_anchors(prefix: str, keys: list[str]) -> dict[str, str]:
    """Map each key to an anchor; keys that slug alike get ``-2``, ``-3`` in sorted key order."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for key in sorted(set(keys)):
        base = anchor(prefix, key)
        candidate, n = base, 1
        while candidate in taken:
            n += 1
            candidate = f"{base}-{n}"
        taken.add(candidate)
        out[key] = candidate
    return out


def page_stem(source_id: str) -> str:
    """The file stem of a source's page: the id itself when it is a safe file name, else a slug
    plus a short hash, so odd ids (spaces, brackets, ``index``) never break a link or a page."""
    if _SAFE_STEM.fullmatch(source_id) and source_id.lower() not in _RESERVED_STEMS:
        return source_id
    digest = hashlib.sha1(source_id.encode("utf-8")).hexdigest()[:8]
    return f"{anchor('source', source_id)[len('source-') :][:60]}-{digest}"


def safe_url(url: object) -> str | None:
    """``url`` when it is a plain http(s) address that may become a link, else None.

    Anything else (``javascript:``, ``data:``, relative paths, text with spaces) is shown as text.
    """
    if not isinstance(url, str):
        return None
    url = url.strip()
    return url if _SAFE_URL.fullmatch(url) else None


def raw(markup: str) -> Markup:
    """Mark a string the renderer built itself (links, badges) as already safe."""
    return Markup(markup)
