"""Search entries made a few chunks at a time are the entries Material makes of the whole page."""

from __future__ import annotations

import hashlib
from types import SimpleNamespace

from material.plugins.search.plugin import SearchIndex

from generator.site import page_chunks, page_search

CHUNKS = [
    '<h1 id="reactions">Reactions</h1>\n<p>Three reactions, by stance.</p>',
    '<h2 id="critical">Critical</h2>',
    '<div class="bf-card" id="r-1">\n<p><strong>A</strong> said “no”.</p>\n</div>',
    '<div class="bf-card" id="r-2">\n<p><strong>B</strong> objected.</p>\n<ul>\n<li>one</li>\n</ul>\n</div>',
    '<h2 id="supportive">Supportive</h2>\n<details>\n<summary>1 item</summary>\n<p>C agreed.</p>\n</details>',
    '<div class="bf-card" id="r-3">\n<h3 id="nested">Nested heading</h3>\n<p>D welcomed it.</p>\n</div>',
]


def page(parts: list[str]) -> SimpleNamespace:
    """What Material's index reads of a MkDocs page."""
    return SimpleNamespace(
        content=page_chunks.join_html(parts), toc=[], url="reactions/", title="Reactions", meta={}
    )


def whole(parts: list[str]) -> list[dict]:
    index = SearchIndex()
    index.add_entry_from_context(page(parts))
    return index.entries


def cached(parts: list[str]) -> list[dict]:
    """The page's chunks as the page cache holds them (key: a digest of the chunk's HTML)."""
    return [{"key": hashlib.sha256(p.encode()).hexdigest(), "content": p} for p in parts]


def test_entries_made_by_runs_of_chunks_are_materials_entries_of_the_page():
    index = SearchIndex()
    chunks = cached(CHUNKS)
    found = page_search.entries(index, page(CHUNKS), chunks, "context")
    assert found == whole(CHUNKS) and len(found) == 4  # h1, two h2, the nested h3
    assert index.entries == []  # the caller adds them, in the page's place in the index
    # Runs start at headings: three runs, their entries kept in each run's first chunk.
    assert [i for i, c in enumerate(chunks) if "search" in c] == [0, 1, 4]


def test_only_the_run_of_a_changed_chunk_is_parsed_again():
    chunks = cached(CHUNKS)
    page_search.entries(SearchIndex(), page(CHUNKS), chunks, "context")
    kept = [dict(c) for c in chunks]
    changed = [*CHUNKS[:3], CHUNKS[3].replace("objected", "objected strongly"), *CHUNKS[4:]]
    again = cached(changed)
    for old, new in zip(kept, again, strict=True):
        if old["key"] == new["key"] and "search" in old:
            new["search"] = old["search"]  # what the cache gives back of unchanged chunks
    # Run 1's entries, kept in its unchanged first chunk, are stale: the run's key covers
    # every chunk of the run.
    found = page_search.entries(SearchIndex(), page(changed), again, "context")
    assert found == whole(changed)
    assert any("objected strongly" in e["text"] for e in found)
    assert again[0]["search"] == kept[0]["search"] and again[4]["search"] == kept[4]["search"]
    assert again[1]["search"] != kept[1]["search"]  # parsed again, kept anew
    # Another URL, title or front matter (the context) makes every run new.
    assert page_search.entries(SearchIndex(), page(changed), again, "other") == whole(changed)


def test_a_chunk_leaving_an_element_open_makes_the_page_indexed_whole():
    broken = [*CHUNKS[:2], '<div class="bf-card">\n<p>Unclosed card</p>', *CHUNKS[3:]]
    assert page_search.entries(SearchIndex(), page(broken), cached(broken), "context") is None
    assert page_search.sections("<p>Text before any heading.</p>", first=False) is None
