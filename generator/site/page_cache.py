"""Reuse the HTML of pages whose Markdown has not changed since the last successful build.

MkDocs has no incremental build: it converts every page's Markdown and indexes every page for
search on every run, which is four fifths of its time on a large briefing. Adding one article
changes a handful of pages, so this MkDocs plugin (added to the configuration by
``generator.site.mkdocs_build``, never named in ``mkdocs.yml``) keeps, per page:

- the HTML MkDocs made from the Markdown, its table of contents, title and anchors, keyed by
  the page's path, front matter and Markdown and a fingerprint of everything else conversion
  reads (package versions, Markdown extensions and their settings, URL style, this module);
- the search entries Material made from that HTML;
- for a page whose template marks chunks (``generator.site.page_chunks``), the same per chunk, so a
  page listing every actor converts only the actors that changed.

Nothing is skipped that could fail a strict build: a reused page's links are checked again
(every page it links to must still exist, or it is converted afresh and MkDocs reports the
broken link), and its anchors and links to anchors are given back to MkDocs, which validates
anchors across all pages as always. The theme still renders every page, so navigation and
everything else the template shows stay current.

Entries are JSON (never pickle), written only after a build succeeded, and hold only the pages
of that build, so the file never grows past one site's worth. Like the extraction cache, it
never fails a build: an unreadable file is an empty cache, an unwritable folder a warning.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from mkdocs.plugins import BasePlugin, event_priority

from generator.runtime.cache import digest, package_version, write_atomic
from generator.site import page_chunks, page_output, page_search, seams
from generator.site.page_output import OutputCache

log = logging.getLogger(__name__)

FORMAT = 1
"""Bumped when the entry layout changes."""
KEEP_FILES = 4
"""Cache files (one per site folder and configuration) kept before the least recently used go."""
_PACKAGES = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions")
_ADDRESS = re.compile(r" at 0x[0-9a-f]+")
_CODE = (sys.modules[__name__], page_chunks, page_output, page_search, seams)
"""Modules whose code decides the entries: a change to one invalidates them all."""


class PageCache(BasePlugin):  # type: ignore[type-arg]
    """The plugin. ``path`` is this site's cache file; ``hits``/``misses`` count pages."""

    def __init__(self, folder: Path, site_id: str) -> None:
        super().__init__()
        self.folder = folder
        self.site_id = site_id
        self.path = folder / "none.json"
        self.hits = 0
        self.misses = 0
        self.chunks_reused = 0
        self.chunks_converted = 0
        self._old: dict[str, dict[str, Any]] = {}
        self._new: dict[str, dict[str, Any]] = {}
        self._by_page: dict[str, dict[str, Any]] = {}
        self._files: dict[str, Any] | None = None
        self._nav: Any = None
        self.outputs = OutputCache(folder / "none.out", _stable)

    # ------------------------------------------------------------------ MkDocs events

    def on_config(self, config: Any) -> Any:
        name = hashlib.sha256(f"{fingerprint(config)}\0{self.site_id}".encode()).hexdigest()[:32]
        self.path = self.folder / f"{name}.json"
        self._old = _load(self.path)
        self.outputs = OutputCache(self.folder / f"{name}.out", _stable)
        return config

    def on_pre_build(self, config: Any) -> None:
        index = seams.search_index(config)
        if index is not None:
            seams.wrap_indexer(index, lambda add: self._indexer(index, add))

    def on_files(self, files: Any, config: Any) -> Any:
        self._files = None
        return files

    def on_nav(self, nav: Any, config: Any, files: Any) -> Any:
        self._nav = nav
        return nav

    @event_priority(-100)  # last: sign the site as every other plugin left it
    def on_env(self, env: Any, config: Any, files: Any) -> Any:
        self.outputs.sign_site(config, self._nav)
        seams.wrap_template(env, "main.html", self.outputs.wrap)
        return env

    @event_priority(-100)  # last: key the Markdown every other plugin has finished changing
    def on_page_markdown(self, markdown: str, page: Any, config: Any, files: Any) -> str:
        key = digest(page.file.src_uri, _stable(page.meta), markdown)
        entry = self._old.get(key)
        if entry is not None and self._still_valid(entry, files):
            self.hits += 1
            # The page's chunks stay in the cache too: the next change to the page needs them.
            self._new.update((k, self._old[k]) for k in entry.get("chunks", ()) if k in self._old)
            seams.set_render(page, lambda config, files: self._restore(page, key, [entry], files))
        else:
            self.misses += 1
            seams.set_render(page, lambda config, files: self._convert(page, key, config, files))
        return markdown

    # ------------------------------------------------------------------ converting and restoring

    def _convert(self, page: Any, key: str, config: Any, files: Any) -> None:
        """Convert what the cache does not hold: the page, or the chunks of it that changed."""
        chunks = page_chunks.split_markdown(page.markdown or "")
        # MkDocs records a page's links to anchors only when its logger is above DEBUG.
        if (
            chunks is not None
            and logging.getLogger("mkdocs.structure.pages").getEffectiveLevel() > logging.DEBUG
        ):
            # The first chunk is keyed apart: its entry holds the page's title.
            keys = [digest(page.file.src_uri, f"chunk {min(i, 1)}", c) for i, c in enumerate(chunks)]
            have = {i: self._old[k] for i, k in enumerate(keys) if k in self._old}
            have = {i: e for i, e in have.items() if self._still_valid(e, files)}
            missing = [i for i in range(len(chunks)) if i not in have]
            self._new.update((keys[i], e) for i, e in have.items())
            self.chunks_reused += len(have)
            self.chunks_converted += len(missing)
            whole = page.markdown
            page.markdown = page_chunks.join_markdown([chunks[i] for i in missing]) if missing else ""
            made = self._convert_chunks(page, [keys[i] for i in missing], config, files) if missing else []
            page.markdown = whole
            if made is not None:
                got = {**have, **dict(zip(missing, made, strict=True))}
                self._restore(page, key, [got[i] for i in range(len(chunks))], files, chunk_keys=keys)
                return
        seams.convert(page, config, files)
        self._keep(page, key, self._entry(page, page.content or "", _flat_toc(page.toc), files, exact=True))

    def _convert_chunks(
        self, page: Any, keys: list[str], config: Any, files: Any
    ) -> list[dict[str, Any]] | None:
        """Entries for chunks converted together (page.markdown), or None if they do not add up."""
        seams.convert(page, config, files)
        parts = page_chunks.split_html(page.content or "", len(keys))
        tocs = page_chunks.toc_by_chunk(_flat_toc(page.toc), parts) if parts else None
        if not parts or tocs is None:
            log.debug("chunks of %s do not add up to the page: converting it whole", page.file.src_uri)
            return None
        entries = [self._entry(page, part, toc, files) for part, toc in zip(parts, tocs, strict=True)]
        if not _adds_up(entries, page):
            log.debug("chunks of %s do not add up to the page: converting it whole", page.file.src_uri)
            return None
        for i, (e, k) in enumerate(zip(entries, keys, strict=True)):
            # The page's title if this is the page's first chunk (keyed apart, so only then used).
            e["title"] = seams.title(page) if i == 0 else None
            e["key"] = k
            self._new[k] = e
        return entries

    def _entry(
        self, page: Any, content: str, toc: list[dict[str, Any]], files: Any, *, exact: bool = False
    ) -> dict[str, Any]:
        """What to keep of HTML that MkDocs converted for ``page`` (``toc``: its contents): with
        ``exact``, all of it and MkDocs' own account of its anchors and anchor links; else one
        chunk, read off its HTML."""
        paths = self._site_paths(files)
        links: dict[str, dict[str, str]] | None
        if exact:
            present, found = seams.anchors(page)
            anchors = sorted(present)
            links = {f.src_uri: dict(sorted(a.items())) for f, a in found.items()}
        else:
            anchors = sorted(page_chunks.anchors(content))
            links = page_chunks.anchor_links(content, page.url, self._file_at(files))
        return {
            "content": content,
            "toc": toc,
            "title": seams.title(page),
            "anchors": anchors,
            "anchor_links": links,
            "targets": sorted({p for p, _ in page_chunks.links(content, page.url) if p in paths}),
        }

    def _restore(
        self,
        page: Any,
        key: str,
        parts: list[dict[str, Any]],
        files: Any,
        chunk_keys: Sequence[str] = (),
    ) -> None:
        """Give ``page`` what MkDocs' conversion would: HTML, contents, title, anchors, links
        (``chunk_keys``: the keys of ``parts``, when they are the page's chunks)."""
        page.content = page_chunks.join_html([p["content"] for p in parts])
        page.toc = seams.make_toc([item for p in parts for item in p["toc"]])
        seams.set_title(page, parts[0]["title"])
        present: set[str] = set().union(*(p["anchors"] for p in parts))
        links: dict[Any, dict[str, str]] = {}
        for p in parts:
            for src, found in (p["anchor_links"] or {}).items():
                links.setdefault(files.get_file_from_path(src), {}).update(found)
        seams.set_anchors(page, present, links)
        if len(parts) > 1:
            entry = {
                "content": page.content,
                "toc": [item for p in parts for item in p["toc"]],
                "title": seams.title(page),
                "anchors": sorted(present),
                "anchor_links": {f.src_uri: dict(sorted(a.items())) for f, a in links.items()},
                "targets": sorted({t for p in parts for t in p["targets"]}),
                "chunks": list(chunk_keys),
            }
        else:
            entry = parts[0]
        self._keep(page, key, entry)

    def _keep(self, page: Any, key: str, entry: dict[str, Any]) -> None:
        entry["key"] = key
        self._new[key] = entry
        self._by_page[page.file.src_uri] = entry

    def _still_valid(self, entry: dict[str, Any], files: Any) -> bool:
        """Every file the entry links to still exists, so its links are as valid as when it was made."""
        paths = self._site_paths(files)
        return all(t in paths for t in entry["targets"]) and all(
            files.get_file_from_path(src) is not None for src in entry["anchor_links"] or {}
        )

    def _site_paths(self, files: Any) -> dict[str, Any]:
        return self._file_index(files)

    def _file_at(self, files: Any) -> Callable[[str], Any]:
        return self._file_index(files).get

    def _file_index(self, files: Any) -> dict[str, Any]:
        if self._files is None:
            self._files = {page_chunks.site_path(f.url): f for f in files}
        return self._files

    # ------------------------------------------------------------------ search

    def _indexer(self, index: Any, add: Callable[[Any], None]) -> Callable[[Any], None]:
        """``add_entry_from_context`` that reuses a page's search entries when its HTML is reused."""

        def add_entry(page: Any) -> None:
            entry = self._by_page.get(page.file.src_uri)
            if entry is None or page.content != entry["content"]:
                add(page)
                return
            meta = _stable(page.meta)
            key = digest(entry["key"], page.url, str(page.title), meta)
            kept = entry.get("search")
            if kept and kept["key"] == key:
                seams.index_entries(index).extend(json.loads(kept["entries"]))
                return
            found = self._chunk_entries(index, page, entry, meta)
            if found is not None:  # kept with the chunks, not again with the page
                seams.index_entries(index).extend(found)
                return
            entries = seams.index_entries(index)
            start = len(entries)
            add(page)
            entry["search"] = {"key": key, "entries": json.dumps(entries[start:])}

        return add_entry

    def _chunk_entries(self, index: Any, page: Any, entry: dict[str, Any], meta: str) -> list[Any] | None:
        """The search entries of a page of chunks made chunk by chunk (``generator.site.page_search``):
        only the chunks converted in this build are parsed. None for other pages."""
        if (page.meta.get("search") or {}).get("exclude"):
            return None  # Material leaves the page out of the index
        chunks = [self._new[k] for k in entry.get("chunks", ()) if k in self._new]
        if len(chunks) < 2 or len(chunks) != len(entry["chunks"]) or any("key" not in c for c in chunks):
            return None
        return page_search.entries(index, page, chunks, digest(page.url, str(page.title), meta))

    # ------------------------------------------------------------------ the file

    def save(self) -> None:
        """Write this build's entries (call only after the build succeeded)."""
        # In the order the pages were built: the same every run, and no sorting of 30 MB.
        text = json.dumps({"format": FORMAT, "pages": self._new}, ensure_ascii=False)
        try:
            write_atomic(self.path, text)
            self.outputs.save()
            _prune(self.folder, keep=KEEP_FILES)
        except OSError as exc:
            log.warning("cannot write the page cache in %s (%s); continuing without it", self.folder, exc)


def fingerprint(config: Any) -> str:
    """A hash of everything besides a page's own text that decides the HTML and search entries."""
    parts = {
        "format": FORMAT,
        "packages": {p: package_version(p) for p in _PACKAGES},
        "extensions": _stable(config["markdown_extensions"]),
        "extension_configs": _stable(config["mdx_configs"]),
        "directory_urls": config["use_directory_urls"],
        "validation": _stable(config["validation"]),
        "code": [hashlib.sha256(Path(m.__file__ or "").read_bytes()).hexdigest() for m in _CODE],
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def _adds_up(entries: list[dict[str, Any]], page: Any) -> bool:
    """Whether the anchors and anchor links found in the chunks are the ones MkDocs found."""
    if any(e["anchor_links"] is None for e in entries):
        return False
    links: dict[str, set[str]] = {}
    for e in entries:
        for src, found in e["anchor_links"].items():
            links.setdefault(src, set()).update(found)
    anchors: set[str] = set().union(*(e["anchors"] for e in entries))
    present, found = seams.anchors(page)
    mkdocs_links = {f.src_uri: set(a) for f, a in found.items()}
    return anchors == present and links == mkdocs_links


def _flat_toc(toc: Any) -> list[dict[str, Any]]:
    """The table of contents in page order, as the tokens Markdown's toc extension nests."""
    out: list[dict[str, Any]] = []

    def walk(items: Any) -> None:
        for a in items:
            out.append({"level": a.level, "id": a.id, "name": a.title})
            walk(a.children)

    walk(toc)
    return out


def _stable(value: Any) -> str:
    """JSON of a configuration value that is the same in every run: sets sorted, mappings as
    objects, functions by name, other objects by type and repr without memory addresses."""

    def plain(obj: Any) -> Any:
        if isinstance(obj, set | frozenset):
            return sorted(obj, key=repr)
        if isinstance(obj, Mapping):
            return {str(k): v for k, v in obj.items()}
        qualname = getattr(obj, "__qualname__", None)
        if qualname:
            return f"{getattr(obj, '__module__', '')}.{qualname}"
        return _ADDRESS.sub("", f"{type(obj).__module__}.{type(obj).__qualname__} {obj!r}")

    return json.dumps(value, sort_keys=True, default=plain, ensure_ascii=False)


def _load(path: Path) -> dict[str, dict[str, Any]]:
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
        if payload.get("format") != FORMAT or not isinstance(payload.get("pages"), dict):
            raise ValueError("not a page cache of this format")
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.debug("page cache %s unreadable (%s): converting every page", path, exc)
        return {}
    os.utime(path)
    return payload["pages"]


def _prune(folder: Path, keep: int) -> None:
    """Remove all but the ``keep`` most recently used cache files."""
    files = sorted(
        (p for p in folder.glob("*.json") if len(p.stem) == 32),
        key=lambda p: (p.stat().st_mtime, p.name),
        reverse=True,
    )
    for stale in files[keep:]:
        stale.unlink(missing_ok=True)
        shutil.rmtree(stale.with_suffix(".out"), ignore_errors=True)
