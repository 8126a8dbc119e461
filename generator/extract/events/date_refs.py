"""A date expression found in text and resolved: the record the date readers share."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DateRef:
    """A date expression found in text, resolved to an ISO date at its precision."""

    date: str
    """ISO at precision: YYYY-MM-DD (day; for week: the Monday), YYYY-MM, YYYY."""
    precision: str
    """One of day | week | month | year."""
    start: int
    """Character offset of the expression in ``doc.text``."""
    end: int
    """Character offset just past the expression."""
    text: str
    """The expression as written."""
    also: tuple[int, int] | None = None
    """Where the rest of the date is written when it is split: "two years ago" of "celebrating
    New Year's Eve on the square two years ago"."""
