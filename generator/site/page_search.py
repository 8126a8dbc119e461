"""Search entries of a page made chunk by chunk (``generator.site.page_chunks``), so that a page
where one chunk changed re-indexes that chunk instead of all its HTML.

Material's search plugin parses a page's whole HTML into sections, one per heading, and makes
an entry of each. A chunk that starts with a heading (with an id) and closes every element it
opens holds whole sections, so parsing it alone from the same state gives the same sections as
parsing the page; a page with a chunk that does not is indexed whole, as Material would.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from typing import Any

from generator.site import page_chunks, seams

_STARTS_WITH_HEADING = re.compile(r"\s*<h[1-6]\b[^>]*\sid=")


def sections(html: str, first: bool) -> list[Any] | None:
    """The search sections of one chunk of a page's HTML (``first``: the page's first chunk),
    or None when the chunk cannot be parsed apart from the rest of the page."""
    if not first and not _STARTS_WITH_HEADING.match(html):
        return None  # its opening text belongs to the previous chunk's last section
    return seams.parse_sections(html, first)


def entries(
    index: Any, page: Any, chunks: Sequence[dict[str, Any]], context: str
) -> list[dict[str, Any]] | None:
    """The search entries of ``page`` made a few chunks at a time, or None when that cannot be
    done. ``chunks`` are the page's cache entries in order (each with its ``key`` and HTML
    ``content``); ``context`` stands for what else the entries depend on (URL, title, meta).

    A chunk that starts with a heading starts a run of chunks holding whole sections; a run
    whose chunks are all as before keeps its entries (in its first chunk, under ``search``),
    the others are parsed again.
    """
    runs: list[list[int]] = []
    for i, chunk in enumerate(chunks):
        if i == 0 or _STARTS_WITH_HEADING.match(chunk["content"]):
            runs.append([])
        runs[-1].append(i)
    parts: list[list[dict[str, Any]]] = []
    parsed: list[tuple[int, str, list[Any]]] = []  # (run, key, its sections)
    for r, run in enumerate(runs):
        head = chunks[run[0]]
        key = hashlib.sha256("\0".join([context, *(chunks[i]["key"] for i in run)]).encode()).hexdigest()
        parts.append(
            json.loads(head["search"]["entries"]) if head.get("search", {}).get("key") == key else []
        )
        if head.get("search", {}).get("key") != key:
            found = sections(page_chunks.join_html([chunks[i]["content"] for i in run]), first=run[0] == 0)
            if found is None:
                return None
            parsed.append((r, key, found))
    for r, key, found in parsed:
        # Material's own code makes the entries (URL, title, text, tags, boost), into its index.
        parts[r] = seams.index_sections(index, found, page)
        chunks[runs[r][0]]["search"] = {"key": key, "entries": json.dumps(parts[r])}
    return [entry for part in parts for entry in part]
