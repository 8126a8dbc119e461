"""Decode one article file's bytes, and read text formats into source text, body and metadata.

Plain text and Markdown (with optional YAML front matter) and news-please JSON (HTML is in
``webpage``). Each reader raises IngestError with a one-line reason for a bad file.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import IngestError
from generator.ingest import safe_yaml
from generator.ingest.authors import byline_names
from generator.ingest.markdown_text import markdown_text
from generator.ingest.metadata import parse_date
from generator.text import fold, shown

log = logging.getLogger(__name__)

MARKDOWN_SUFFIXES = (".md", ".markdown")
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
    """The file's text: UTF-8 (with or without BOM), UTF-16/32 with BOM, UTF-16 without BOM when
    every other byte is NUL, else Windows-1252 / Latin-1 (said at debug level).

    Line ends become "\\n" and a few stray NUL bytes are dropped. Empty files and binary files
    (many NUL or other control bytes) are refused.
    """
    if not data.strip():
        raise IngestError(str(path), "empty file")
    text = _decode_bytes(path, data)
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        # A crashed write pads a file with NULs and a bad copy may leave a stray one; more than
        # a few inside the text mean binary data.
        padded = len(text) - len(text.rstrip("\x00"))
        stray = text.count("\x00") - padded
        if stray > max(1, len(text) // 1000) or not text.strip("\x00\n\t "):
            raise IngestError(str(path), "binary file (NUL bytes)")
        log.debug("%s: dropped %d NUL byte(s) of padding and %d stray one(s)", path.name, padded, stray)
        text = text.replace("\x00", "")
    if not text.strip():
        raise IngestError(str(path), "empty file")
    controls = len(_CONTROLS.findall(text))
    if controls > max(8, len(text) // 100):
        raise IngestError(str(path), "binary file (control bytes)")
    return text


_CONTROLS = re.compile("[\x00-\x08\x0d-\x1f\x7f-\x9f]")
"""Unicode's control characters (category Cc) but the tab, line feed, vertical tab and form feed."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)


def _decode_bytes(path: Path, data: bytes) -> str:
    """Pick the encoding: a byte-order mark, the NUL pattern of BOM-less UTF-16, UTF-8, cp1252."""
    for bom, codec, name in _BOMS:  # UTF-32 first: its LE mark starts with UTF-16's
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as e:
                raise IngestError(
                    str(path), f"not valid {name} text (bad bytes at offset {e.start})"
                ) from None
    if b"\x00" in data:
        # ASCII in UTF-16 has a NUL in every other byte: odd positions for LE, even ones for BE.
        half = len(data) // 2
        odd, even = data[1::2].count(0), data[0::2].count(0)
        for codec, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
            if len(data) % 2 == 0 and zeros > half * 0.3 and other <= half * 0.01:
                try:
                    text = data.decode(codec)
                except UnicodeDecodeError:
                    break
                log.debug("%s: no byte-order mark, but NUL bytes say %s; read as that", path.name, codec)
                return text
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        where = e.start
    try:
        text, codec = data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; Latin-1 maps every byte.
        text, codec = data.decode("latin-1"), "Latin-1"
    log.debug("%s: not UTF-8 (invalid byte at offset %d); read as %s", path.name, where, codec)
    return text


MAX_FRONT_MATTER = 64 * 1024
"""Most characters of YAML front matter: a few short fields need a few hundred."""
_SCALARS = (str, int, float, dt.date)
_MAX_DATE_CHARS = 100
"""A longer value is not a date; dateparser is slow on long strings."""


def str_field(value: Any) -> str | None:
    """A metadata value as one line of text, or None when empty or not text.

    Scalars, or a flat list of them (``authors: [A, B]``); nested lists and mappings are
    ignored, so YAML aliases (``*a`` repeated inside lists) cannot expand into a huge string.
    """
    if isinstance(value, list | tuple):
        return ", ".join(s for s in (str_field(v) for v in value if isinstance(v, _SCALARS)) if s) or None
    if isinstance(value, _SCALARS) and not isinstance(value, bool):
        return fold(str(value)) or None
    return None


def date_value(value: Any) -> dt.date | None:
    """A metadata date (a YAML date, an ISO timestamp, "June 20, 2024"), else None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str | int) or isinstance(value, bool) or len(str(value)) > _MAX_DATE_CHARS:
        return None
    return parse_date(str(value))


def _date_field(path: Path, name: str, value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    found = date_value(value)
    if found is None:
        raise IngestError(str(path), f"front matter {name!r} is not a date: {shown(value)}")
    return found


def read_text(path: Path, text: str) -> Parsed:
    """Plain text or Markdown, with optional YAML front matter between "---" lines. Markdown
    is read as Markdown (``markdown_text``): its paragraphs, one per line, without the markup."""
    as_read = markdown_text if path.suffix.lower() in MARKDOWN_SUFFIXES else None
    start = _FRONT_MATTER_START.match(text)
    if start is None:
        body = as_read(text) if as_read else text
        if not body.strip():
            raise IngestError(str(path), "no text once read as Markdown (only markup, images or links)")
        return Parsed(source_text=body, body=body, plain=as_read is None)
    end = _FRONT_MATTER_END.search(text, start.end())
    if end is None:
        raise IngestError(str(path), "front matter is not closed (no second '---' line)")
    front = text[start.end() : end.start()]
    if len(front) > MAX_FRONT_MATTER:
        raise IngestError(
            str(path), f"front matter is too long ({len(front):,} characters; at most {MAX_FRONT_MATTER:,})"
        )
    try:
        # Plain data only: no tag builds an object, no alias expands (``safe_yaml``).
        fields = safe_yaml.load(front, first_line=2)
    except safe_yaml.YamlRefused as e:
        raise IngestError(str(path), f"front matter is not valid YAML ({e})") from None
    if fields is None:
        fields = {}
    if not isinstance(fields, dict):
        raise IngestError(str(path), "front matter is not a mapping of fields (title: ..., published: ...)")
    body = text[end.end() :].lstrip("\n")
    if not body.strip():
        raise IngestError(str(path), "empty file (front matter only)")
    if as_read:
        body = as_read(body)
        if not body.strip():
            raise IngestError(str(path), "no text once read as Markdown (only markup, images or links)")
    published = fields.get("published", fields.get("date"))
    return Parsed(
        source_text=body,
        body=body,
        plain=as_read is None,
        title=str_field(fields.get("title")),
        outlet=str_field(fields.get("outlet")),
        author=str_field(fields.get("author", fields.get("authors"))),
        published=_date_field(path, "published", published),
        url=str_field(fields.get("url")),
    )


def _str_or_empty(value: Any) -> str:
    return value if isinstance(value, str) else ""


def read_news_please(path: Path, text: str) -> Parsed:
    """A news-please JSON record: ``title``, ``description``, ``text`` and metadata fields.

    The source text is title, description and text joined by newlines (how evidence is
    checked); the body is ``text``, led by the description when the text does not contain it.
    """
    try:
        record = json.loads(text)
    except json.JSONDecodeError as e:
        raise IngestError(str(path), f"not valid JSON (line {e.lineno}: {e.msg})") from None
    except RecursionError:
        raise IngestError(str(path), "not valid JSON (nested too deeply)") from None
    except ValueError as e:  # e.g. an integer with more digits than Python converts
        raise IngestError(str(path), f"not valid JSON ({str(e).splitlines()[0][:80]})") from None
    if not isinstance(record, dict):
        raise IngestError(str(path), "JSON is not an object (expected a news-please article)")
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        raise IngestError(str(path), "JSON has no article text (field 'text' is missing or empty)")
    # Only string fields count: a list or mapping where text belongs is ignored, not printed.
    source_text = "\n".join(_str_or_empty(record.get(k)) for k in ("title", "description", "text"))
    source_text = source_text.replace("\r\n", "\n").replace("\r", "\n")
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    description = str_field(_str_or_empty(record.get("description")))
    lead = description if description and description.casefold() not in fold(body).casefold() else None
    domain = str_field(record.get("source_domain"))
    published = record.get("date_publish")
    return Parsed(
        source_text=source_text,
        body=body,
        lead=lead,
        title=str_field(_str_or_empty(record.get("title"))),
        outlet=domain.removeprefix("www.") if domain else None,
        author=_authors(record.get("authors")),
        published=date_value(published),
        url=str_field(record.get("url")),
    )


def _authors(value: object) -> str | None:
    """news-please's ``authors``: a list scraped from the page, kept only where it names someone."""
    return byline_names(value) if isinstance(value, list) else str_field(value)


READERS = {
    ".txt": read_text,
    ".md": read_text,
    ".markdown": read_text,
    ".json": read_news_please,
}
"""File extension -> reader of the text formats; ``generator.ingest`` adds HTML."""
