"""Files -> Article: read txt, md, html and news-please json, infer metadata, drop boilerplate.

``Article.source_text`` is the article as given: the file's text (front matter removed), for
news-please JSON its title, description and text joined by newlines, and for HTML the main
text trafilatura extracts from the page. ``Article.text`` is made of whole paragraphs of it.
"""

from __future__ import annotations

import hashlib
import logging
import re
from pathlib import Path

from generator.errors import IngestError
from generator.ingest import boilerplate, metadata
from generator.ingest.formats import READERS, Parsed, decode
from generator.records import Article, Rejection
from generator.text import fold, slugify

log = logging.getLogger(__name__)

SKIPPED_SUFFIXES = (".yaml", ".yml")
"""Configuration beside the articles (e.g. corrections.yaml): skipped without a word."""
_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")

__all__ = ["article_id", "read_article", "read_articles"]


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


def read_article(path: Path) -> Article:
    """Read one article file; raises IngestError(path, reason) when it cannot be read."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise IngestError(str(path), f"unsupported file type {path.suffix or '(no extension)'}")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise IngestError(str(path), "no such file") from None
    except OSError as e:
        raise IngestError(str(path), f"cannot read file ({e.strerror or e})") from None
    return _build(path, reader(path, decode(path, data)))


def read_articles(folder: Path) -> tuple[list[Article], list[Rejection]]:
    """Read every article in ``folder`` (not recursive), in file-name order.

    Hidden files and YAML configuration are skipped; every other file that cannot be read is
    a Rejection with a one-line reason, and the rest are still read. Raises IngestError only
    when the folder itself does not exist.
    """
    if not folder.is_dir():
        raise IngestError(str(folder), "no such folder" if not folder.exists() else "not a folder")
    articles: list[Article] = []
    rejections: list[Rejection] = []
    ids: dict[str, str] = {}
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        if path.name.startswith(".") or path.suffix.lower() in SKIPPED_SUFFIXES or path.is_dir():
            continue
        try:
            article = read_article(path)
        except IngestError as e:
            rejections.append(Rejection(str(path), e.reason))
            continue
        if article.id in ids:
            rejections.append(Rejection(str(path), f"same article id {article.id!r} as {ids[article.id]}"))
            continue
        ids[article.id] = path.name
        articles.append(article)
    return articles, rejections
