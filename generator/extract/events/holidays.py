"""Holidays on a fixed day of the calendar, so "on New Year's Eve in 2015" is 31 December 2015.

Only days that fall on the same date every year and in every country that keeps them (no
Easter, no Thanksgiving, no national days that differ between countries).
"""

from __future__ import annotations

_HOLIDAYS = {
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "boxing day": (12, 26),
    "valentine's day": (2, 14),
    "halloween": (10, 31),
}
HOLIDAY_NAMES = "|".join(
    " ".join(word[:1].upper() + word[1:] for word in name.split()).replace("'", "['’]") for name in _HOLIDAYS
)
"""The names as a regular expression, capitalised as written ("New Year['’]s Eve")."""


def holiday(name: str) -> tuple[int, int]:
    """(month, day) of a holiday named as HOLIDAY_NAMES matches it: "New Year’s Eve" -> (12, 31)."""
    return _HOLIDAYS[name.lower().replace("’", "'")]
