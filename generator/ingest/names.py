"""File names in the articles folder, which anyone may choose: the article id each gets, and how
a name is shown.

An id names the article's files and pages (``sources/<id>.yaml``, ``sources/<id>/``), so it is
short (a 255-byte file name would make a name too long for the file system), unique even where
the file system ignores case (macOS, Windows: ``Case.txt`` and ``case.txt``), and unique
however two names normalise or shorten.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from collections.abc import Iterable

from generator.text import clean_text, slugify

MAX_ID = 64
"""Longest article id, in (ASCII) characters."""
_HASH = 8
_SAFE_ID = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?")
"""Letters, digits and ``_.-`` inside: safe in a URL, and on Windows (no trailing dot)."""
RESERVED = {"index", "readme", "con", "prn", "aux", "nul"} | {
    f"{d}{n}" for d in ("com", "lpt") for n in range(1, 10)
}
"""Stems an id never is: the sources list's own page (``sources/index.md``) and names Windows
keeps for devices (``nul.md`` cannot be checked out there)."""
_SHOWN_AS_ESCAPE = {"Cc", "Cf", "Zl", "Zp", "Cs"}


def article_id(stem: str) -> str:
    """The file stem (NFKC, format characters removed) when it is safe in a URL, at most
    ``MAX_ID`` long and not ``RESERVED``, else its slug, cut to fit, plus 8 hex characters of the
    stem's sha1."""
    clean = clean_text(stem)
    if _SAFE_ID.fullmatch(clean) and len(clean) <= MAX_ID and clean.lower() not in RESERVED:
        return clean
    base = clean if _SAFE_ID.fullmatch(clean) else slugify(clean)
    return _with_hash(base, stem)


def _with_hash(base: str, key: str) -> str:
    digest = hashlib.sha1(key.encode("utf-8", "surrogateescape")).hexdigest()[:_HASH]
    return f"{base[: MAX_ID - _HASH - 1].rstrip('-._') or 'item'}-{digest}"


def assign_ids(stems: Iterable[str]) -> dict[str, str]:
    """Each distinct stem's article id, in the given order: ``article_id``, except where an
    earlier stem's id is the same ignoring case; then the id gets a hash of the stem (or of the
    stem and a counter, until it is free). Equal stems share an id (``a.md`` and ``a.txt``: one
    article twice, which ``read_articles`` refuses)."""
    ids: dict[str, str] = {}
    taken: set[str] = set()
    for stem in stems:
        if stem in ids:
            continue
        base = candidate = article_id(stem)
        n = 0
        while candidate.casefold() in taken:
            candidate = _with_hash(base, stem if n == 0 else f"{stem}\0{n}")
            n += 1
        taken.add(candidate.casefold())
        ids[stem] = candidate
    return ids


def display_path(path: os.PathLike[str] | str) -> str:
    """``path`` as one printable line that reads as it is stored: control characters (a newline
    or a terminal escape), format characters (a right-to-left override, a zero-width space) and
    bytes that are not UTF-8 are shown as backslash escapes."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    if text.isascii() and text.isprintable():
        return text
    return "".join(
        c.encode("unicode_escape").decode("ascii") if unicodedata.category(c) in _SHOWN_AS_ESCAPE else c
        for c in text
    )


def is_utf8(name: str) -> bool:
    """Whether a file name (as Python decoded it) was valid UTF-8 on disk."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
