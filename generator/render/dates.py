"""Dates as readers expect them: "20 June 2024", "week of 10 June 2024", "June 2024", "2024"."""

from __future__ import annotations

import datetime as dt
import re

_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_PRECISION_RANK = {"year": 0, "month": 1, "week": 2, "day": 3}
# Spelled out here rather than strftime("%B"), which follows the machine's locale.
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def iso(value: object) -> str | None:
    """The ISO string of a date as YAML loads it (``date`` object or string); None when absent."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip() or None


def parts(value: str | None) -> tuple[int, int, int] | None:
    """(year, month, day) of an ISO date at any precision, missing parts as 0; None if not ISO."""
    if not value:
        return None
    m = _ISO.fullmatch(value)
    if not m:
        return None
    year, month, day = int(m[1]), int(m[2] or 0), int(m[3] or 0)
    try:
        if day:
            dt.date(year, month, day)
        elif month and not 1 <= month <= 12:
            return None
    except ValueError:
        return None
    return year, month, day


def precision_of(value: str | None, precision: str | None = None) -> str | None:
    """The stated precision when valid, else the one the ISO string itself shows."""
    if precision in _PRECISION_RANK:
        return precision
    p = parts(value)
    if p is None:
        return None
    return "day" if p[2] else "month" if p[1] else "year"


def human(value: object, precision: str | None = None) -> str:
    """The date in words at its precision; the raw text when it is not ISO; "" when absent."""
    text = iso(value)
    p = parts(text)
    if p is None:
        return text or ""
    year, month, day = p
    precision = precision_of(text, precision)
    if not month or precision == "year":
        return str(year)
    month_name = _MONTHS[month - 1]
    if not day or precision == "month":
        return f"{month_name} {year}"
    words = f"{day} {month_name} {year}"
    return f"week of {words}" if precision == "week" else words


def sort_key(value: object, precision: str | None = None) -> tuple[int, int, int, int, int]:
    """Chronological order for mixed precisions: by start, the coarser first; undated last."""
    text = iso(value)
    p = parts(text)
    if p is None:
        return (1, 0, 0, 0, 0)
    rank = _PRECISION_RANK.get(precision_of(text, precision) or "day", 3)
    return (0, p[0], p[1], p[2], rank)


def phrase(value: object, precision: str | None = None) -> str:
    """The date as it reads inside a sentence: "on 20 June 2024", "in the week of 10 June 2024",
    "in June 2024", "in 2024"; "" when absent."""
    words = human(value, precision)
    if not words or parts(iso(value)) is None:
        return words
    precision = precision_of(iso(value), precision)
    if precision == "week":
        return f"in the {words}"
    return f"on {words}" if precision == "day" else f"in {words}"
