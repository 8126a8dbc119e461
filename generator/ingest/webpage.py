"""Read an HTML page: its main text and metadata by trafilatura, or its paragraphs when the page
is too broken or too deeply nested for trafilatura (lxml stops at 256 levels)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from generator.errors import IngestError
from generator.ingest.formats import Parsed, date_value, str_field

log = logging.getLogger(__name__)

_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "br", "div", "td", "tr"}
_HIDDEN = {"script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object"}


def read_html(path: Path, text: str) -> Parsed:
    """An HTML page (offline): the article "as given" is the main text trafilatura extracts,
    else the text of the page's ``<p>`` elements."""
    found = _trafilatura(path, text)
    body = found.get("text")
    if not isinstance(body, str) or not body.strip():
        body, title = _paragraphs(text)
        found.setdefault("title", title)
        if not body:
            raise IngestError(str(path), "no article text found in the HTML (malformed, or no main text)")
        log.debug("%s: trafilatura found no main text; read the page's <p> paragraphs", path.name)
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    sitename = str_field(found.get("sitename"))
    author = str_field(found.get("author"))
    return Parsed(
        source_text=body,
        body=body,
        title=str_field(found.get("title")),
        outlet=sitename.removeprefix("www.") if sitename else None,
        author=author.replace("; ", ", ") if author else None,
        published=date_value(found.get("date")),
        url=str_field(found.get("url")),
    )


def _trafilatura(path: Path, text: str) -> dict[str, Any]:
    """trafilatura's main text and metadata as a mapping ({} when it finds nothing)."""
    import trafilatura  # heavy import, only needed for HTML

    try:
        with _quiet_unless_debugging("trafilatura", "htmldate"):
            doc = trafilatura.bare_extraction(
                text,
                with_metadata=True,
                include_comments=False,
                include_tables=False,
                # A fixed upper bound so the result never depends on today's date.
                date_extraction_params={
                    "extensive_search": False,
                    "original_date": True,
                    "max_date": "2099-12-31",
                },
            )
    except (RecursionError, ValueError, TypeError, AttributeError, LookupError):
        # lxml and trafilatura raise these on pages they cannot make sense of.
        log.debug("%s: trafilatura failed", path.name, exc_info=True)
        return {}
    if doc is None:
        return {}
    return doc if isinstance(doc, dict) else doc.as_dict()


@contextmanager
def _quiet_unless_debugging(*names: str) -> Iterator[None]:
    """Silence the named libraries' loggers for the block, unless ours logs at debug level.

    trafilatura logs ERROR lines ("empty HTML tree") for the broken pages it gives up on; the
    user gets our own one-line rejection instead, and ``--debug`` shows both.
    """
    if log.isEnabledFor(logging.DEBUG):
        yield
        return
    loggers = [logging.getLogger(name) for name in names]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.setLevel(level)


class _ParagraphText(HTMLParser):
    """Collects the text inside ``<p>`` elements, one paragraph per line; never recursive, so
    any depth of nesting is fine, and unclosed or stray tags are simply ignored."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] | None = None
        self._hidden = 0
        self.title: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_title = tag == "title" and not self.title
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag == "p":
            self._flush()
            self._current = []
        elif tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag == "p" or tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        if self._current is not None and not self._hidden:
            self._current.append(data)

    def _flush(self) -> None:
        if self._current is not None:
            par = " ".join("".join(self._current).split())
            if par:
                self.paragraphs.append(par)
        self._current = None


def _paragraphs(text: str) -> tuple[str, str | None]:
    """The page's ``<p>`` paragraphs joined by newlines ("" when there are none), and its title."""
    parser = _ParagraphText()
    parser.feed(text)
    parser.close()
    parser._flush()
    title = " ".join("".join(parser.title).split())
    return "\n".join(parser.paragraphs), title or None
