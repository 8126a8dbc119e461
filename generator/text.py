"""Small text helpers shared by every stage (none imports spaCy): slugs, whitespace folding, name
keys, and untrusted text made safe to show (normalised, bounded, scripts checked, one line)."""

from __future__ import annotations

import datetime as dt
import functools
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


def clean_text(text: str) -> str:
    """A name, id or title made safe to show: NFKC-normalised (full-width and compatibility
    forms to plain letters), format characters removed (bidi overrides and isolates, zero-width
    spaces and joiners, soft hyphens, byte-order marks: invisible, but they reorder what is shown
    or make two equal-looking names differ), whitespace folded."""
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii():
        text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return fold(text)


MAX_TITLE = 300
"""Most characters of a title or name kept for display (a page title, the navigation, search)."""


def bounded(text: str, limit: int = MAX_TITLE) -> str:
    """``text`` cut to at most ``limit`` characters at a word boundary, ending in "…" when cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"


_SCRIPT_GROUPS = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HANGUL": "CJK", "HALFWIDTH": "CJK"}
_CONFUSABLES = str.maketrans(
    # Cyrillic and Greek letters drawn like Latin ones: what a look-alike name swaps in.
    "аеорсухіјѕһӏԁԛԝАВЕКМНОРСТХУІЈЅοαινκρτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijshldqwABEKMHOPCTXYIJSoaivkptuxABEZHIKMNOPTYX",
)


def script(char: str) -> str | None:
    """The script of a letter ("LATIN", "CYRILLIC", "GREEK", "CJK" ...), None for anything else."""
    if not char.isalpha():
        return None
    try:
        name = unicodedata.name(char)
    except ValueError:
        return None
    first = name.split()[0]
    return _SCRIPT_GROUPS.get(first, first)


def mixed_script_words(name: str) -> list[str]:
    """The words of ``name`` whose letters come from more than one script ("Vlаdimir" with a
    Cyrillic "а"): a look-alike spelling, by mistake or to pass for the real name."""
    out = []
    for word in name.split():
        scripts = {s for s in map(script, word) if s}
        if len(scripts) > 1:
            out.append(word)
    return out


def mixed_scripts(name: str) -> str:
    """What mixes scripts in ``name``, for a warning ("Vlаdimir: Cyrillic and Latin"), or ""."""
    return ", ".join(
        f"{printable(w, 40)}: {' and '.join(sorted(x.title() for x in {script(c) for c in w} if x))}"
        for w in mixed_script_words(name)
    )


def unconfuse(name: str) -> str:
    """``name`` with the look-alike Cyrillic and Greek letters of its mixed-script words read as
    the Latin letters they imitate (words in one script are left alone: "Путин" stays)."""
    words = name.split(" ")
    return " ".join(
        w.translate(_CONFUSABLES) if len({s for s in map(script, w) if s}) > 1 else w for w in words
    )


_UNPRINTABLE = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]"
)


def printable(text: str, limit: int = 60) -> str:
    """``text`` cut to ``limit`` characters, with control and bidi characters shown as escapes,
    so it stays one line that reads the same in any terminal."""
    cut = text[:limit] + ("..." if len(text) > limit else "")
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), cut)


def shown(value: object, limit: int = 60) -> str:
    """A value from a user's file as it may appear in a message: bounded whatever its size.

    Text is cut before it is quoted; lists and mappings are described, never printed (even
    without aliases, one can hold thousands of items); a huge integer is not converted.
    """
    if isinstance(value, str):
        return repr(printable(value, limit))
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, int):
        return repr(value) if abs(value) < 10**limit else "a very large number"
    if isinstance(value, float | dt.date):
        return repr(value) if isinstance(value, float) else value.isoformat()
    if isinstance(value, list | tuple):
        return f"a list of {len(value)} item{'s' if len(value) != 1 else ''}"
    if isinstance(value, dict):
        return "a mapping"
    return f"a {type(value).__name__}"


def display(text: str) -> str:
    """The name as it should be shown: normalised (``clean_text``), no possessive, bounded."""
    return bounded(re.sub(r"['’]s$", "", clean_text(text)))


@functools.lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """Comparison key for names: case, diacritics, hyphens and dots folded, and the abbreviations
    of organizations' names spelt out ("Police Dept." and "Police Department" are one key);
    invisible characters dropped and look-alike letters in mixed-script words read as Latin
    ("Vlаdimir" with a Cyrillic "а" is Vladimir)."""
    folded = ascii_fold(unconfuse(clean_text(name))).casefold().replace(".", "")
    words = re.sub(r"[-’'`]", " ", folded).split()
    return " ".join(_SPELT_OUT.get(w, w) for w in words)


_SPELT_OUT = {
    "dept": "department", "govt": "government", "intl": "international", "univ": "university",
    "assn": "association", "natl": "national", "comm": "commission", "admin": "administration",
}  # fmt: skip
"""Abbreviations newspapers use inside organizations' names, as the full word."""
