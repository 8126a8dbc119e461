"""Files -> Article: read txt, md, html and news-please json, infer metadata, drop boilerplate.

``Article.source_text`` is the article as given: the file's text (front matter removed), for
news-please JSON its title, description and text joined by newlines, and for HTML the main
text trafilatura extracts from the page. ``Article.text`` is made of whole paragraphs of it.
Every file is untrusted: a bad one becomes a one-line Rejection, within ``config.Limits``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from pathlib import Path

from generator.config import (
    MAX_ARTICLE_BYTES_ENV,
    MAX_ARTICLE_CHARS_ENV,
    MAX_ARTICLES_ENV,
    SETTINGS_FILE,
    Limits,
    read_limits,
)
from generator.errors import IngestError
from generator.ingest import boilerplate, metadata
from generator.ingest.formats import READERS as TEXT_READERS
from generator.ingest.formats import Parsed, decode
from generator.ingest.webpage import read_html
from generator.records import Article, Rejection
from generator.runtime.cache import TextMemo, encode
from generator.runtime.cache import decode as decode_record
from generator.text import fold, slugify

log = logging.getLogger(__name__)

SKIPPED_SUFFIXES = (".yaml", ".yml")
"""Configuration beside the articles (e.g. corrections.yaml): skipped without a word."""
READERS = {**TEXT_READERS, ".html": read_html, ".htm": read_html}
"""File extension -> reader; other extensions are not articles."""
_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")

__all__ = ["article_id", "display_path", "read_article", "read_articles"]


def article_id(stem: str) -> str:
    """The file stem when it is safe in a URL, else its slug plus 8 hex chars of its sha1."""
    if _SAFE_ID.fullmatch(stem):
        return stem
    return f"{slugify(stem)}-{hashlib.sha1(stem.encode('utf-8')).hexdigest()[:8]}"


def _build(path: Path, parsed: Parsed) -> Article:
    """Infer what the format did not state, then keep the story's paragraphs."""
    pars = boilerplate.split_paragraphs(parsed.body, plain=parsed.plain)
    found = metadata.infer(pars, parsed.source_text)
    drop, trim = set(found.drop), dict(found.trim)
    if parsed.title and found.title_index is not None and found.title != parsed.title:
        # The given headline wins; the line inference took for one is judged like any other.
        drop.discard(found.title_index)
    title = parsed.title or found.title
    lead = fold(parsed.lead) if parsed.lead else None
    kept, removed = boilerplate.clean(pars, title=title, drop=drop, trim=trim, lead=lead)
    if not kept:
        raise IngestError(str(path), "no article text left once boilerplate is removed")
    log.debug("%s: kept %d paragraphs, removed %d", path.name, len(kept), len(removed))
    return Article(
        id=article_id(path.stem),
        path=path.name,
        title=title,
        outlet=parsed.outlet or found.outlet,
        author=parsed.author or found.author,
        published=parsed.published or found.published,
        url=parsed.url,
        text="\n\n".join(kept),
        source_text=parsed.source_text,
        removed=tuple(removed),
    )


def read_article(path: Path, limits: Limits | None = None, memo: TextMemo | None = None) -> Article:
    """Read one article file; raises IngestError(path, reason) when it cannot be read.

    A file over ``limits.max_article_bytes``, or whose text is over ``limits.max_article_chars``,
    is refused, never cut short (default: ``Limits()``). With a ``memo`` (of this code and these
    parsers: ``cache.ingest_identity``), a file read before under the same name with the same
    bytes is not parsed and cleaned again.
    """
    limits = limits or Limits()
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise IngestError(str(path), f"unsupported file type {path.suffix or '(no extension)'}")
    data = _read_bounded(path, limits.max_article_bytes)

    def build() -> Article:
        return _build(path, reader(path, decode(path, data)))

    if memo is None:
        article = build()
    else:
        key = f"{path.name}\0{hashlib.sha256(data).hexdigest()}"
        article = decode_record(Article, json.loads(memo.keyed(key, lambda: json.dumps(encode(build())))))
    if len(article.text) > limits.max_article_chars:
        raise IngestError(
            str(path),
            f"article text too long ({len(article.text):,} characters once boilerplate is removed; "
            f"the limit is {limits.max_article_chars:,}, set by max_article_chars in {SETTINGS_FILE} "
            f"or {MAX_ARTICLE_CHARS_ENV})",
        )
    return article


def _read_bounded(path: Path, limit: int) -> bytes:
    """The file's bytes, refusing non-regular files (a FIFO or /dev/zero would never end) and
    anything over ``limit`` without reading more than ``limit + 1`` bytes of it."""
    try:
        if not path.is_file():
            raise IngestError(str(path), "no such file" if not path.exists() else "not a regular file")
        size = path.stat().st_size
        if size <= limit:
            with path.open("rb") as f:
                data = f.read(limit + 1)  # the file may have grown since stat
            size = len(data)
    except FileNotFoundError:
        raise IngestError(str(path), "no such file") from None
    except OSError as e:
        raise IngestError(str(path), f"cannot read file ({e.strerror or e})") from None
    if size > limit:
        raise IngestError(
            str(path),
            f"too large ({_size(size)}; the limit is {_size(limit)}, set by max_article_bytes in "
            f"{SETTINGS_FILE} or {MAX_ARTICLE_BYTES_ENV})",
        )
    return data


def _size(n: int) -> str:
    """A byte count for people: "812 bytes", "20.6 MB" (1024-based, as the limit settings read)."""
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("kB", 1024)):
        if n >= scale:
            return f"{n / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n} bytes"


def display_path(path: Path) -> str:
    """``path`` as one printable line: control characters (a newline or a terminal escape in a
    file name) and bytes that are not UTF-8 are shown as backslash escapes."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def read_articles(
    folder: Path, limits: Limits | None = None, memo: TextMemo | None = None
) -> tuple[list[Article], list[Rejection]]:
    """Read every article in ``folder`` (not recursive), in file-name order (``memo``: see
    ``read_article``).

    Hidden files and YAML configuration are skipped; every other file that cannot be read is
    a Rejection with a one-line reason, and the rest are still read. ``limits`` defaults to the
    folder's ``settings.yaml`` and the environment (``config.read_limits``). Raises IngestError
    when the folder does not exist or holds more article files than ``limits.max_articles``.
    """
    if not folder.is_dir():
        raise IngestError(str(folder), "no such folder" if not folder.exists() else "not a folder")
    limits = limits or read_limits(folder)
    paths = [
        path
        for path in sorted(folder.iterdir(), key=lambda p: p.name)
        if not (path.name.startswith(".") or path.suffix.lower() in SKIPPED_SUFFIXES or path.is_dir())
    ]
    count = sum(1 for p in paths if p.suffix.lower() in READERS)
    if count > limits.max_articles:
        # A briefing from an arbitrary part of the folder would mislead: stop before reading.
        raise IngestError(
            display_path(folder),
            f"{count} article files, more than the limit of {limits.max_articles} "
            f"(set by max_articles in {SETTINGS_FILE} or {MAX_ARTICLES_ENV})",
        )
    articles: list[Article] = []
    rejections: list[Rejection] = []
    ids: dict[str, str] = {}
    for path in paths:
        shown = display_path(path)
        try:
            if shown != str(path) and not _is_utf8(path.name):
                raise IngestError(shown, "file name is not valid UTF-8; rename the file")
            article = read_article(path, limits, memo)
        except IngestError as e:
            rejections.append(Rejection(shown, e.reason))
            continue
        except Exception as e:  # noqa: BLE001 - one odd file must not stop the others
            # Untrusted bytes reach parsers (trafilatura, lxml, PyYAML, dateparser) whose every
            # failure mode cannot be listed; --debug shows the traceback.
            log.debug("%s: unexpected error", shown, exc_info=True)
            detail = ": " + str(e).splitlines()[0][:80] if str(e).strip() else ""
            rejections.append(Rejection(shown, f"cannot be read ({type(e).__name__}{detail})"))
            continue
        if article.id in ids:
            rejections.append(Rejection(shown, f"same article id {article.id!r} as {ids[article.id]}"))
            continue
        ids[article.id] = path.name
        articles.append(article)
    return articles, rejections


def _is_utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
