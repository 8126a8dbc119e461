"""Files -> Article: read txt, md, html and news-please json, infer metadata, drop boilerplate.

``Article.source_text`` is the article as given: the file's text (front matter removed), for
news-please JSON its title, description and text joined by newlines, and for HTML the main
text trafilatura extracts from the page. ``Article.text`` is made of whole paragraphs of it.
Every file is untrusted: a bad one becomes a one-line Rejection, within ``config.Limits``; a
symbolic link is never followed (``files``), names become short distinct ids (``names``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
from pathlib import Path

from generator.config import (
    MAX_ARTICLE_BYTES_ENV,
    MAX_ARTICLE_CHARS_ENV,
    MAX_ARTICLES_ENV,
    SETTINGS_FILE,
    Limits,
    read_settings,
)
from generator.errors import IngestError
from generator.ingest import boilerplate, metadata
from generator.ingest.files import LINK, check_folder, read_bounded
from generator.ingest.formats import READERS as TEXT_READERS
from generator.ingest.formats import Parsed, decode
from generator.ingest.names import article_id, assign_ids, display_path, is_utf8
from generator.ingest.webpage import read_html
from generator.records import Article, Rejection
from generator.runtime.cache import TextMemo, encode
from generator.runtime.cache import decode as decode_record
from generator.text import bounded, clean_text, fold, printable

log = logging.getLogger(__name__)

SKIPPED_SUFFIXES = (".yaml", ".yml")
"""Configuration beside the articles (e.g. corrections.yaml): skipped without a word."""
READERS = {**TEXT_READERS, ".html": read_html, ".htm": read_html}
"""File extension -> reader; other extensions are not articles."""
__all__ = ["article_id", "check_folder", "display_path", "read_article", "read_articles"]


MAX_REMOVED_CHARS = 20_000
"""Most characters of dropped boilerplate an article keeps (in ``Article.removed``, so on its
source page, in its YAML and in the search index); a news page drops a few hundred. A 5 MB file
of one paragraph repeated is accepted, its repeats dropped: they are counted, not published."""


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
    shown, omitted = summarise_removed(removed)
    return Article(
        id=article_id(path.stem),
        path=display_path(path.name),
        title=_meta(title),
        outlet=_meta(parsed.outlet or found.outlet),
        author=_meta(parsed.author or found.author),
        published=parsed.published or found.published,
        url=parsed.url,
        text="\n\n".join(kept),
        source_text=parsed.source_text,
        removed=shown,
        removed_omitted=omitted,
    )


def _meta(value: str | None) -> str | None:
    """A title, outlet or author as shown: normalised, invisible characters gone, bounded."""
    return bounded(clean_text(value)) or None if value else None


def summarise_removed(removed: list[str], limit: int = MAX_REMOVED_CHARS) -> tuple[tuple[str, ...], int]:
    """The dropped paragraphs worth listing, and how many are left out: all of them when they
    total at most ``limit`` characters, else each distinct paragraph once, in order, while they
    fit in ``limit``."""
    if sum(map(len, removed)) <= limit:
        return tuple(removed), 0
    kept: list[str] = []
    seen: set[str] = set()
    total = omitted = 0
    for par in removed:
        if par in seen or total + len(par) > limit:
            omitted += 1
            continue
        seen.add(par)
        total += len(par)
        kept.append(par)
    return tuple(kept), omitted


def read_article(path: Path, limits: Limits | None = None, memo: TextMemo | None = None) -> Article:
    """Read one article file; raises IngestError(path, reason) when it cannot be read.

    A file over ``limits.max_article_bytes``, or whose text is over ``limits.max_article_chars``,
    is refused, never cut short (default: ``Limits()``); so is a symbolic link (never followed).
    With a ``memo`` (of this code and these parsers: ``cache.ingest_identity``), a file read
    before under the same name with the same bytes is not parsed and cleaned again.
    """
    limits = limits or Limits()
    if path.is_symlink():
        raise IngestError(str(path), LINK)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise IngestError(str(path), f"unsupported file type {path.suffix or '(no extension)'}")
    data = read_bounded(
        path,
        limits.max_article_bytes,
        limit_note=f", set by max_article_bytes in {SETTINGS_FILE} or {MAX_ARTICLE_BYTES_ENV}",
    )

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


def read_articles(
    folder: Path, limits: Limits | None = None, memo: TextMemo | None = None
) -> tuple[list[Article], list[Rejection]]:
    """Read every article in ``folder`` (not recursive), in file-name order (``memo``: see
    ``read_article``).

    Hidden files and YAML configuration are skipped; every other file that cannot be read is
    a Rejection with a one-line reason (a symbolic link is one), and the rest are still read.
    ``limits`` defaults to the folder's ``settings.yaml`` and the environment
    (``config.read_settings``; a refused settings file is a Rejection too). Raises IngestError
    when the folder does not exist, is a link, or holds more article files than
    ``limits.max_articles``.
    """
    check_folder(folder)
    rejections: list[Rejection] = []
    if limits is None:
        settings = read_settings(folder)
        limits = settings.limits
        rejections += settings.skipped
    paths = [
        path
        for path in sorted(folder.iterdir(), key=lambda p: p.name)
        if not (
            path.name.startswith(".")
            or path.suffix.lower() in SKIPPED_SUFFIXES
            or (path.is_dir() and not path.is_symlink())
        )
    ]
    count = sum(1 for p in paths if p.suffix.lower() in READERS)
    if count > limits.max_articles:
        # A briefing from an arbitrary part of the folder would mislead: stop before reading.
        raise IngestError(
            display_path(folder),
            f"{count} article files, more than the limit of {limits.max_articles} "
            f"(set by max_articles in {SETTINGS_FILE} or {MAX_ARTICLES_ENV})",
        )
    # Ids are given over every name, read or not, so one file's failure moves no other's id.
    ids = assign_ids(path.stem for path in paths)
    articles: list[Article] = []
    owners: dict[str, str] = {}
    for path in paths:
        shown = display_path(path)
        try:
            if shown != str(path) and not is_utf8(path.name):
                raise IngestError(shown, "file name is not valid UTF-8; rename the file")
            article = read_article(path, limits, memo)
        except IngestError as e:
            rejections.append(Rejection(shown, e.reason))
            continue
        except Exception as e:  # noqa: BLE001 - one odd file must not stop the others
            # Untrusted bytes reach parsers (trafilatura, lxml, PyYAML, dateparser) whose every
            # failure mode cannot be listed; --debug shows the traceback.
            log.debug("%s: unexpected error", shown, exc_info=True)
            detail = ": " + printable(str(e).splitlines()[0], 80) if str(e).strip() else ""
            rejections.append(Rejection(shown, f"cannot be read ({type(e).__name__}{detail})"))
            continue
        if article.id != ids[path.stem]:
            article = dataclasses.replace(article, id=ids[path.stem])
        if article.id in owners:
            rejections.append(
                Rejection(shown, f"same article id {article.id!r} as {display_path(owners[article.id])}")
            )
            continue
        owners[article.id] = path.name
        articles.append(article)
    return articles, rejections
