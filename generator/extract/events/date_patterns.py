"""The date phrases news is written in, as regular expressions: absolute dates, year-less days and
months, weekdays, holidays and relative phrases ("last week", "two years ago"). Read and resolved
in ``generator.extract.events.dates``."""

from __future__ import annotations

import calendar
import re

from generator.extract.events.holidays import HOLIDAY_NAMES

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

FULL_MONTH = "January|February|March|April|May|June|July|August|September|October|November|December"
# Abbreviations only count next to a day or year ("Jun 20/2024"), where they cannot be words.
_ANY_MONTH = rf"(?:(?:{FULL_MONTH})\b|(?:Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b\.?)"
WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_YEAR = r"(?:1[89]|2[01])\d\d"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_OPT_WEEKDAY = rf"(?:(?:{WEEKDAY_NAMES}),?\s+)?"
# Words after which a bare number or month name is a date, not a quantity or a modal verb.
_CONTEXT = (
    r"(?:[Ii]n|[Ss]ince|[Bb]y|[Bb]etween|[Uu]ntil|[Tt]ill|[Ff]rom|[Dd]uring|[Tt]hrough|[Bb]efore|[Aa]fter|of"
    r"|[Ee]arly|[Ll]ate|[Mm]id|[Aa]round|[Cc]irca|[Yy]ear)"
)


PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        ("iso", rf"(?<![\d-])(?P<y>{_YEAR})-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?![\d-])"),
        ("mdy", rf"{_OPT_WEEKDAY}(?P<mon>{_ANY_MONTH})\s+(?P<d>{_DAY})(?:,\s*|\s+|\s*/\s*)(?P<y>{_YEAR})\b"),
        ("dmy", rf"\b{_OPT_WEEKDAY}(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_ANY_MONTH}),?\s+(?P<y>{_YEAR})\b"),
        ("my", rf"(?P<mon>{_ANY_MONTH})\s+(?:of\s+)?(?P<y>{_YEAR})\b"),
        ("my_rel", rf"(?P<mon>{FULL_MONTH})\s+(?:of\s+)?(?P<rel>(?i:last|this|next))\s+year\b"),
        ("md", rf"{_OPT_WEEKDAY}(?P<mon>{_ANY_MONTH})\s+(?P<d>{_DAY})\b(?!\s*(?:%|percent))"),
        ("dm", rf"\b{_OPT_WEEKDAY}(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_ANY_MONTH})(?![\w-])"),
        (
            "month",
            rf"(?:(?P<ctx>\b{_CONTEXT}[\s-]+)|(?P<rel>\b(?:[Ll]ast|[Tt]his|[Nn]ext)\s+))"
            rf"(?P<mon>{FULL_MONTH})\b(?!\s*\d)",
        ),
        (
            "year",
            rf"(?P<ctx>\b{_CONTEXT}[\s-]+)(?:(?:early|late|mid)[\s-]+)?(?P<y>{_YEAR})\b"
            rf"(?:\s*(?P<link>and|or|to|through|until|-|–)\s*(?P<y2>{_YEAR})\b)?",
        ),
        (
            "year_subject",
            rf"\b(?P<y>{_YEAR})(?=\s+(?:marks|marked|saw|sees|was|is|will|has|had|brought|began|ended)\b"
            rf"|['’]s\b)",
        ),
        (
            "year_attr",
            rf"(?P<ctx>\b(?:[Tt]he|[Aa]|[Aa]n|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+)(?P<y>{_YEAR})(?=\s+[a-z])",
        ),
        (
            "holiday",
            rf"\b(?:(?P<y0>{_YEAR})\s+)?(?P<hol>{HOLIDAY_NAMES})(?:,?\s+(?:in\s+|of\s+)?(?P<y>{_YEAR})\b)?",
        ),
        ("day_word", r"(?i:\b(?P<word>today|tonight|yesterday|tomorrow)\b(?:['’]s)?)"),
        ("day_word", r"(?i:\bthis\s+(?P<word>morning|afternoon|evening)\b)"),
        (
            "weekday",
            rf"(?:(?P<rel>\b(?i:last|next|this))\s+)?(?P<wd>{WEEKDAY_NAMES})(?:['’]s)?"
            r"(?:\s+(?:morning|afternoon|evening|night))?\b",
        ),
        ("week", r"(?i:\b(?P<side>earlier|later)\s+(?:in\s+the|this)\s+week\b)"),
        # not "in the last week": the seven days before, not a calendar week
        ("week", r"(?i:(?<!the )\b(?P<rel>last|this|next)\s+week(?:end)?\b(?:['’]s)?)"),
        (
            "month_rel",
            r"(?i:\b(?:(?:earlier|later|early|late)\s+)?(?P<rel>last|this|next)\s+month\b(?:['’]s)?)",
        ),
        ("month_rel", r"(?i:\b(?:earlier|later)\s+in\s+the\s+month\b)"),
        (
            "year_rel",
            # not "in the last year": the twelve months before, no calendar year
            r"(?i:(?<!the )\b(?:(?:earlier|later|early|late)\s+)?(?P<rel>last|this|next)\s+year\b(?:['’]s)?)",
        ),
        (
            "ago",
            r"(?i:\b(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
            r"\s+(?P<unit>day|week|month|year)s?\s+ago\b)",
        ),
    )
)


CUES: dict[str, re.Pattern[str]] = {
    "year": re.compile(_YEAR),
    "month": re.compile(_ANY_MONTH),
    "digit": re.compile(r"\d"),
    "weekday": re.compile(WEEKDAY_NAMES),
    "holiday": re.compile(HOLIDAY_NAMES),
    "day_word": re.compile(r"(?i:today|tonight|yesterday|tomorrow)"),
    "day_part": re.compile(r"(?i:morning|afternoon|evening)"),
    "week": re.compile(r"(?i:week)"),
    "month_word": re.compile(r"(?i:month)"),
    "year_word": re.compile(r"(?i:year)"),
    "ago": re.compile(r"(?i:ago)"),
}
"""Cheap searches for what a pattern cannot match without, so a sentence is read only by the
patterns it may hold: most sentences have no year, month or weekday at all."""

NEEDS: tuple[tuple[str, ...], ...] = (
    ("year",),  # iso
    ("month", "year"),  # mdy
    ("month", "year"),  # dmy
    ("month", "year"),  # my
    ("month", "year_word"),  # my_rel
    ("month", "digit"),  # md
    ("month", "digit"),  # dm
    ("month",),  # month
    ("year",),  # year
    ("year",),  # year_subject
    ("year",),  # year_attr
    ("holiday",),
    ("day_word",),
    ("day_part",),
    ("weekday",),
    ("week",),
    ("week",),
    ("month_word",),
    ("month_word",),
    ("year_word",),
    ("ago",),
)
"""Per pattern of PATTERNS, in order: the CUES its every match contains."""
