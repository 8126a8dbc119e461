"""Small text helpers shared by every stage (none imports spaCy): slugs, whitespace folding, name keys."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Collapse every run of whitespace to one space and strip the ends."""
    return " ".join(text.split())


def ascii_fold(text: str) -> str:
    """Drop diacritics: "Đà Nẵng" -> "Da Nang"."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slugify(text: str, max_words: int = 8) -> str:
    """A lowercase ASCII slug of at most ``max_words`` words; "item" when nothing is left."""
    text = ascii_fold(text).lower().replace("'", "").replace("\u2019", "")
    words = [w for w in _NON_WORD.split(text) if w]
    return "-".join(words[:max_words]) or "item"


def unique_id(base: str, taken: set[str]) -> str:
    """``base`` or ``base-2``, ``base-3`` ... whichever is not yet in ``taken``; adds it."""
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    taken.add(candidate)
    return candidate


def display(text: str) -> str:
    """The name as it should be shown: single spaces, no possessive."""
    text = " ".join(text.split())
    return re.sub(r"['’]s$", "", text)


def name_key(name: str) -> str:
    """Comparison key for names: case, diacritics, hyphens and dots folded, and the abbreviations
    of organizations' names spelt out ("Police Dept." and "Police Department" are one key)."""
    folded = ascii_fold(name).casefold().replace(".", "")
    words = re.sub(r"[-’'`]", " ", folded).split()
    return " ".join(_SPELT_OUT.get(w, w) for w in words)


_SPELT_OUT = {
    "dept": "department", "govt": "government", "intl": "international", "univ": "university",
    "assn": "association", "natl": "national", "comm": "commission", "admin": "administration",
}  # fmt: skip
"""Abbreviations newspapers use inside organizations' names, as the full word."""
