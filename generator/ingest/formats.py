"""Read the bytes of one article file into its source text, body and given metadata.

Plain text and Markdown (with optional YAML front matter), HTML through trafilatura, and
news-please JSON. Each reader raises IngestError with a one-line reason for a bad file.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.errors import IngestError
from generator.ingest.metadata import parse_date
from generator.text import fold

MAX_BYTES = 10 * 1024 * 1024
"""Files above this size are refused: no news article is that long."""
_FRONT_MATTER_START = re.compile(r"---[ \t]*\n")
_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)


@dataclass
class Parsed:
    """One file's text and whatever metadata the format states outright."""

    source_text: str
    """The article as given; evidence is checked against it."""
    body: str
    """The part of ``source_text`` that paragraphs are cut from."""
    plain: bool = False
    """Lines may be hard-wrapped (plain text) rather than one paragraph per line."""
    lead: str | None = None
    """A standfirst to put before the body (news-please ``description``)."""
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: dt.date | None = None
    url: str | None = None


def decode(path: Path, data: bytes) -> str:
    """The file's text: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252 / latin-1.

    Line ends become "\\n". Empty files and files with NUL bytes (binary) are refused.
    """
    if len(data) > MAX_BYTES:
        raise IngestError(str(path), f"file too large ({len(data) // (1024 * 1024)} MB; limit 10 MB)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise IngestError(str(path), "not valid UTF-16 text") from None
    elif b"\x00" in data:
        raise IngestError(str(path), "binary file")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise IngestError(str(path), "empty file")
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\t\f\v")
    if controls > max(8, len(text) // 100):
        raise IngestError(str(path), "binary file")
    return text


def _str_field(value: Any) -> str | None:
    """A metadata value as one line of text, or None when empty."""
    if value is None:
        return None
    if isinstance(value, list | tuple):
        return ", ".join(s for s in (_str_field(v) for v in value) if s) or None
    return fold(str(value)) or None


def _date_field(path: Path, name: str, value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    found = parse_date(str(value))
    if found is None:
        raise IngestError(str(path), f"front matter {name!r} is not a date: {str(value)!r}")
    return found


def read_text(path: Path, text: str) -> Parsed:
    """Plain text or Markdown, with optional YAML front matter between "---" lines."""
    start = _FRONT_MATTER_START.match(text)
    if start is None:
        return Parsed(source_text=text, body=text, plain=True)
    end = _FRONT_MATTER_END.search(text, start.end())
    if end is None:
        raise IngestError(str(path), "front matter is not closed (no second '---' line)")
    try:
        fields = yaml.safe_load(text[start.end() : end.start()])
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        raise IngestError(str(path), f"front matter is not valid YAML{where}") from None
    if fields is None:
        fields = {}
    if not isinstance(fields, dict):
        raise IngestError(str(path), "front matter is not a mapping of fields (title: ..., published: ...)")
    body = text[end.end() :].lstrip("\n")
    if not body.strip():
        raise IngestError(str(path), "empty file (front matter only)")
    published = fields.get("published", fields.get("date"))
    return Parsed(
        source_text=body,
        body=body,
        plain=True,
        title=_str_field(fields.get("title")),
        outlet=_str_field(fields.get("outlet")),
        author=_str_field(fields.get("author", fields.get("authors"))),
        published=_date_field(path, "published", published),
        url=_str_field(fields.get("url")),
    )


def read_news_please(path: Path, text: str) -> Parsed:
    """A news-please JSON record: ``title``, ``description``, ``text`` and metadata fields.

    The source text is title, description and text joined by newlines (how evidence is
    checked); the body is ``text``, led by the description when the text does not contain it.
    """
    try:
        record = json.loads(text)
    except json.JSONDecodeError as e:
        raise IngestError(str(path), f"not valid JSON (line {e.lineno})") from None
    if not isinstance(record, dict):
        raise IngestError(str(path), "JSON is not an object (expected a news-please article)")
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        raise IngestError(str(path), "JSON has no article text (field 'text' is missing or empty)")
    source_text = "\n".join(str(record.get(k) or "") for k in ("title", "description", "text"))
    source_text = source_text.replace("\r\n", "\n").replace("\r", "\n")
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    description = _str_field(record.get("description"))
    lead = description if description and description.casefold() not in fold(body).casefold() else None
    domain = _str_field(record.get("source_domain"))
    published = record.get("date_publish")
    return Parsed(
        source_text=source_text,
        body=body,
        lead=lead,
        title=_str_field(record.get("title")),
        outlet=domain.removeprefix("www.") if domain else None,
        author=_str_field(record.get("authors")),
        published=parse_date(str(published)) if published else None,
        url=_str_field(record.get("url")),
    )


def read_html(path: Path, text: str) -> Parsed:
    """An HTML page: main text and metadata by trafilatura (offline; the article "as given"
    is the text trafilatura extracts)."""
    import trafilatura  # heavy import, only needed for HTML

    doc = trafilatura.bare_extraction(
        text,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        # A fixed upper bound so the result never depends on today's date.
        date_extraction_params={"extensive_search": False, "original_date": True, "max_date": "2099-12-31"},
    )
    found: dict[str, Any] = {}
    if doc is not None:
        found = doc if isinstance(doc, dict) else doc.as_dict()
    body = found.get("text")
    if not isinstance(body, str) or not body.strip():
        raise IngestError(str(path), "no article text found in the HTML")
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    sitename = _str_field(found.get("sitename"))
    author = _str_field(found.get("author"))
    date = found.get("date")
    return Parsed(
        source_text=body,
        body=body,
        title=_str_field(found.get("title")),
        outlet=sitename.removeprefix("www.") if sitename else None,
        author=author.replace("; ", ", ") if author else None,
        published=parse_date(str(date)) if date else None,
        url=_str_field(found.get("url")),
    )


READERS = {
    ".txt": read_text,
    ".md": read_text,
    ".markdown": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".json": read_news_please,
}
"""File extension -> reader; other extensions are not articles."""
