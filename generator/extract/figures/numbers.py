"""Read the number in a figure's words: its value, qualifier, currency or unit.

Pure text in, ``Amount`` out (no spaCy): number words go through ``text2num``, currency symbols
and codes through ``price-parser``; what neither knows (scale words such as "bn", vague counts
such as "dozens", qualifiers such as "more than") is in ``words``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from price_parser import Price
from price_parser._currencies import CURRENCIES
from text_to_num import text2num

from generator.extract.figures.words import (
    CURRENCY_PREFERENCE,
    FRACTIONS,
    MEASURE_UNITS,
    PERCENT_WORDS,
    QUALIFIERS,
    SCALES,
    VAGUE,
)


@dataclass(frozen=True)
class Amount:
    """A number as a figure gives it."""

    value: str
    """Digits as a reader writes them: "84", "1,600", "5.7 billion", "2-3", "dozens", "2/3"."""
    number: float | None
    """The value as a number (the low end of a range); None for a vague count ("dozens")."""
    qualifier: str | None = None
    """"more than", "at least", "about", "between" ... lower case; None for a plain number."""
    unit: str | None = None
    """ISO currency code ("USD"), "percent", or a unit of measure as written ("tons", "km")."""


_QUALIFIER = re.compile(
    r"^(?:(?P<q>" + "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True)) + r")\s+)",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_RANGE_SPLIT = re.compile(r"\s*(?:-|–|—|\bto\b|\band\b|\bor\b)\s*", re.IGNORECASE)
_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|[A-Za-z]+|[^\sA-Za-z\d]")


def parse_amount(text: str) -> Amount | None:
    """The amount written in ``text`` (an entity's words), or None when it holds no number.

    >>> parse_amount("more than 100")
    Amount(value='100', number=100.0, qualifier='more than', unit=None)
    >>> parse_amount("£2.3m").value, parse_amount("£2.3m").unit
    ('2.3 million', 'GBP')
    >>> parse_amount("Fifty-eight").number
    58.0
    >>> parse_amount("100-odd")
    Amount(value='100', number=100.0, qualifier='about', unit=None)
    """
    text = " ".join(text.replace("\u00a0", " ").split()).strip(" .,;:")
    text = re.sub(r"(?<=[\d a-z])-(?=[a-z]{2,}$)", " ", text)  # "66-yard", "2 million-barrel"
    if not text:
        return None
    qualifier = None
    m = _QUALIFIER.match(text)
    if m:
        qualifier = m.group("q").lower()
        text = text[m.end() :]
    if qualifier is None and text.lower().endswith(" odd") and text[:1].isdigit():
        text, qualifier = text[:-4], "about"  # "the 100-odd passengers": about 100
    text, currency = _currency(text)
    text, unit = _unit(text)
    below_zero = text.lower().startswith("minus ")  # "minus 20 degrees Celsius"
    core = _core(text[6:] if below_zero else text)
    if core is None:
        return None
    value, number = core
    if below_zero and number is not None:
        value, number = f"-{value}", -number
    ranged = re.search(r"\d\s*(?:-|–|to|and)\s*\$?\d", text) or re.search(r"\w\s+(?:to|or)\s+\w", text)
    if ranged and "-" in value and qualifier is None:
        qualifier = "between" if number is not None else None
    return Amount(value=value, number=number, qualifier=qualifier, unit=currency or unit)


def _currency(text: str) -> tuple[str, str | None]:
    """``text`` without its currency symbol, code or name, and the ISO code."""
    words = text.split()
    if words and words[-1].lower() in currency_words():
        return " ".join(words[:-1]), currency_words()[words[-1].lower()]
    if not re.search(r"[^\w\s.,%-]|\b[A-Z]{2,3}\b|\bRs\b", text):
        return text, None
    symbol = Price.fromstring(text).currency
    if not symbol:
        return text, None
    code = _code_of(symbol)
    rest = text.replace(symbol, " ", 1)
    return " ".join(rest.split()), code


@functools.cache
def currency_words() -> dict[str, str]:
    """Currency names after a number (price-parser's names of the common currencies) -> ISO
    code: "dollars" -> "USD", "euros" -> "EUR". Words that also name other things are left out:
    "pounds" is as often a weight, "won" a verb."""
    out: dict[str, str] = {}
    for code in CURRENCY_PREFERENCE:
        info = CURRENCIES.get(code)
        if not info:
            continue
        for name in (info.get("np", ""), info.get("n", "")):
            last = str(name).split()[-1].lower() if name else ""
            if last.isalpha() and last not in AMBIGUOUS_CURRENCY_WORDS:
                out.setdefault(last, code)
                out.setdefault(last.rstrip("s"), code)
    return out


AMBIGUOUS_CURRENCY_WORDS = frozenset({"pound", "pounds", "won", "rand", "mark", "marks"})


@functools.cache
def _code_of(symbol: str) -> str:
    """ISO code of a currency symbol or code: "$" -> "USD", "US$" -> "USD", "£" -> "GBP"."""
    clean = symbol.strip(". ")
    if clean.upper() in CURRENCIES:
        return clean.upper()
    for code in [*CURRENCY_PREFERENCE, *sorted(CURRENCIES)]:
        info = CURRENCIES.get(code)
        if info and clean in (info.get("s"), info.get("sn"), *(info.get("sn2") or [])):
            return code
    if clean.endswith("$") and clean[:-1].isalpha():
        for code in CURRENCIES:
            if code.startswith(clean[:-1].upper()) and code.endswith("D"):
                return code
    return clean


def _unit(text: str) -> tuple[str, str | None]:
    """``text`` without a trailing percent sign or unit of measure, and that unit ("12mph" too;
    a scale word glued to its number, "2.3m", is no unit)."""
    stripped = text.rstrip()
    glued = re.fullmatch(r"(.*\d)([A-Za-z/]{2,})", stripped)  # "12mph", "425kg"; not "5G"
    if glued:
        word = glued.group(2)
        if word.lower() in ("pc", "pct"):
            return glued.group(1), "percent"  # "12pc"
        shown = MEASURE_UNITS.get(word.lower())
        if shown and word.lower() not in SCALES and (word.islower() or word == shown):
            return glued.group(1), shown
    if "%" in stripped:
        return " ".join(stripped.replace("%", " ").split()), "percent"
    words = stripped.split()
    for n in (2, 1):
        if len(words) > n:
            tail = " ".join(words[-n:]).lower()
            if tail in PERCENT_WORDS:
                return " ".join(words[:-n]), "percent"
            if tail in MEASURE_UNITS and tail not in SCALES:  # "2.3 m" is a sum of money
                return " ".join(words[:-n]), MEASURE_UNITS[tail]
    return stripped, None


def _core(text: str) -> tuple[str, float | None] | None:
    """(value as shown, number) of the bare number words, or None."""
    text = text.strip(" -")
    low = text.lower()
    if low in VAGUE:
        return VAGUE[low], (float(VAGUE[low]) if VAGUE[low].isdigit() else None)
    if low in FRACTIONS:
        return FRACTIONS[low]
    half = re.fullmatch(r"(?:a )?half (?:an? )?(\w+)", low)
    if half and half.group(1) in SCALES:
        number = SCALES[half.group(1)] / 2
        return (_digits(number) if number < 1e6 else f"0.5 {half.group(1)}"), number
    if re.search(r"\d", text):
        parts = [p for p in _RANGE_SPLIT.split(text) if p]
    else:  # "eight to ten", "two or three"; not "a hundred and five"
        parts = re.split(r"\s+(?:to|or)\s+", text, flags=re.IGNORECASE)
    if len(parts) == 2 and all(_single(p) for p in parts):
        low_end, high_end = _single(parts[0]), _single(parts[1])
        if low_end and high_end:
            a, b = low_end[0], high_end[0]
            scale = b.split()[-1] if " " in b else ""
            if scale and " " not in a:
                # "between 1 and 3 billion": the high end's scale is the low end's too
                return f"{a}-{b}", _round(low_end[1] * SCALES.get(scale, 1.0))
            if scale and a.endswith(" " + scale):
                return f"{a[: -len(scale) - 1]}-{b}", low_end[1]
            return f"{a}-{b}", low_end[1]
    return _single(text)


def _single(text: str) -> tuple[str, float] | None:
    """One number: "1,600", "5.7 billion", "£2.3m" (without the sign), "fifty-eight", "11 thousand"."""
    words = [w for w in _TOKEN.findall(text) if w not in {"$", "-"}]
    if not words:
        return None
    scale_word = words[-1].lower() if len(words) > 1 else ""
    if len(words) == 1:
        m = re.fullmatch(r"(\d+(?:\.\d+)?)(m|bn|b|k|tn|mn)", words[0], re.IGNORECASE)
        if m:
            words = [m.group(1), m.group(2)]
            scale_word = m.group(2).lower()
    if words[0].lower() in ("a", "an") and len(words) == 2:
        words = words[1:]  # "a million", "a thousand"
    if len(words) == 1 and words[0].lower() in SCALES and SCALES[words[0].lower()] >= 1e6:
        return f"1 {SCALES_SHOWN.get(words[0].lower(), words[0].lower())}", SCALES[words[0].lower()]
    if scale_word in SCALES and len(words) >= 2:
        head = _single(" ".join(words[:-1]))
        if head is None:
            return None
        name = SCALES_SHOWN.get(scale_word, scale_word)
        number = _round(head[1] * SCALES[scale_word])
        if SCALES[scale_word] < 1_000_000:  # "eleven thousand": 11,000
            return _digits(number), number
        return f"{head[0]} {name}", number
    joined = " ".join(words)
    if _DIGITS.match(joined):
        number = float(joined.replace(",", ""))
        return (joined if "," in joined or number < 10_000 else _digits(number)), number
    if any(ch.isdigit() for ch in joined):
        return None
    try:
        number = float(text2num(joined.lower().replace(" - ", "-"), "en"))
    except ValueError:
        return None
    return _digits(number), number


def _round(number: float) -> float:
    """Float noise of a scaled decimal dropped: 2.07 * 1e9 is 2,070,000,000."""
    return float(round(number, 6 if number < 1e6 else 0))


def _digits(number: float) -> str:
    """1600.0 -> "1,600"; 2.5 -> "2.5"."""
    if number == int(number):
        return f"{int(number):,}"
    return f"{number:,}"


SCALES_SHOWN = {
    "m": "million",
    "mn": "million",
    "bn": "billion",
    "b": "billion",
    "tn": "trillion",
    "k": "thousand",
}
"""How an abbreviated scale word is written out."""
