"""Find date expressions in a sentence and resolve them to ISO dates at the precision the text gives.

Relative and year-less expressions resolve only against the article's publication date, never the clock.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span

from generator.extract.base import span_text
from generator.extract.events.date_math import (
    ago,
    make_date,
    month_year,
    nearest_day,
    rest_of_week,
    shift_month,
    weekday,
)
from generator.extract.events.date_patterns import (
    CUES,
    FULL_MONTH,
    MONTHS,
    NEEDS,
    NUMBER_WORDS,
    PATTERNS,
    WEEKDAY_NAMES,
    WEEKDAYS,
)
from generator.extract.events.date_refs import DateRef
from generator.extract.events.date_tense import governing_verb, is_future, tense_at
from generator.extract.events.datelines import anniversary_origin, dateline_end, is_metadata
from generator.extract.events.holidays import holiday

__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "DateRef",
    "anniversary_origin",
    "coarse_date",
    "dateline_end",
    "find_dates",
    "governing_verb",
    "is_future",
    "is_metadata",
    "tense_at",
]

HOLIDAY_DAYS = 7
"""A holiday named without its year within this many days of publication is that one."""


@dataclass(frozen=True)
class _Match:
    """A raw pattern hit before resolution: which rule fired and the groups it captured."""

    kind: str
    start: int
    """Start of the expression itself, after any context word ("in", "since") the pattern needed."""
    end: int
    order: int
    """Position of the pattern in PATTERNS: earlier patterns win ties."""
    groups: dict[str, str]
    second_year: tuple[int, int] | None = None
    """Span of the second year in "in 1975 and 1995"."""


def find_dates(sent: Span, published: dt.date | None) -> list[DateRef]:
    """Every date expression in ``sent`` that resolves to a day, week, month or year.

    Absolute dates ("June 20, 2024", "20 June 2024", "Jun 20/2024", "2024-06-20", "February 2022",
    "in 1950") resolve on their own; year-less and relative ones ("June 20", "in May", "on Thursday",
    "last week", "this year", "two days ago") only against ``published`` and are left out without it.
    Bare numbers count as years only in date-like contexts ("since 2017", "2024 marks").
    The timeline, agreement and reaction extractors all ask about the same sentences: the answer
    is kept on the Doc.
    """
    found: dict[tuple[int, int, dt.date | None], list[DateRef]]
    found = sent.doc.user_data.setdefault(_FOUND_DATES, {})
    key = (sent.start, sent.end, published)
    if key not in found:
        found[key] = _find_dates(sent, published)
    return list(found[key])


_FOUND_DATES = "briefing.found_dates"
"""Key in ``Doc.user_data`` of the dates ``find_dates`` found, per sentence and publication date."""


def _find_dates(sent: Span, published: dt.date | None) -> list[DateRef]:
    refs: list[DateRef] = []
    yearless: list[DateRef] = []
    taken: list[tuple[int, int]] = []
    for match in _matches(span_text(sent)):
        if any(match.start < end and start < match.end for start, end in taken):
            continue  # a longer, earlier pattern already read this stretch
        if match.kind in ("year", "year_attr") and _is_quantity(sent, match.start, match.end):
            continue
        if match.kind == "year_subject" and _is_label_number(sent, match.start):
            continue
        taken.append((match.start, match.end))
        for date, precision, start, end in _resolve(match, sent, published):
            begin = sent.start_char + start
            ref = DateRef(date, precision, begin, sent.start_char + end, span_text(sent)[start:end])
            refs.append(ref)
            if match.kind == "holiday" and not {"y", "y0"} & set(match.groups):
                yearless.append(ref)
    years = [r for r in refs if r.precision == "year"]
    if yearless and len(years) == 1:
        # "assaulted on New Year's Eve two years ago": the holiday of that year, one date
        refs = [r for r in refs if r is not years[0]]
        span = (years[0].start, years[0].end)
        refs = [
            dataclasses.replace(r, date=f"{years[0].date}{r.date[4:]}", also=span)
            if any(r is y for y in yearless)
            else r
            for r in refs
        ]
    return _range_starts(sent, sorted(refs, key=lambda r: (r.start, r.end)))


_RANGE_OPEN = re.compile(r"(?i:\b(?:between|from))\s+$")
_RANGE_LINK = re.compile(r"^\s*(?:and|to|through|until|till|-|–)\s*$")


def _range_starts(sent: Span, refs: list[DateRef]) -> list[DateRef]:
    """A range is one span dated by its start: "between March 2015 and March 2016", "from May
    to July" give their first date only (as "from 1983 to 1988" does)."""
    text, base = span_text(sent), sent.start_char
    kept: list[DateRef] = []
    for ref in refs:
        first = kept[-1] if kept else None
        if (
            first is not None
            and _RANGE_LINK.match(text[first.end - base : ref.start - base])
            and _RANGE_OPEN.search(text[: first.start - base])
        ):
            continue
        kept.append(ref)
    return kept


_HINT = re.compile(
    rf"\d|{FULL_MONTH}|Eve\b|Halloween|(?i:day|tonight|tomorrow|morning|afternoon|evening|week|month|year)"
)
"""What every one of PATTERNS needs somewhere in the text: a digit, a month, or a time word
("day" also finds "today", "yesterday" and the weekdays). Most sentences have none and skip
the twenty patterns."""


def _matches(text: str) -> Iterator[_Match]:
    """Raw pattern hits, longest-first at each start, so overlaps keep the fuller reading."""
    hits: list[_Match] = []
    if not _HINT.search(text):
        return iter(hits)
    cues: dict[str, bool] = {}
    for order, ((kind, pattern), needs) in enumerate(zip(PATTERNS, NEEDS, strict=True)):
        if not all(_has(cue, text, cues) for cue in needs):
            continue
        for m in pattern.finditer(text):
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            start = m.end("ctx") if "ctx" in groups else m.start()
            second = m.span("y2") if "y2" in groups else None
            hits.append(_Match(kind, start, m.end(), order, groups, second))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start), h.order))
    return iter(hits)


def _has(cue: str, text: str, seen: dict[str, bool]) -> bool:
    """Whether ``text`` holds the cue (a year, a month, "week"...), searched once per sentence."""
    if cue not in seen:
        seen[cue] = CUES[cue].search(text) is not None
    return seen[cue]


def _is_quantity(sent: Span, start: int, end: int) -> bool:
    """A 4-digit number counting the noun after it ("in 2000 villages") is not a year.

    The tagger alone cannot tell "by 2030 emissions fall" from "in 2000 villages"; the entity
    recognizer's DATE label can.
    """
    after = [t for t in sent if t.idx >= sent.start_char + end]
    if not after or after[0].tag_ != "NNS":
        return False
    number = [t for t in sent if t.idx < sent.start_char + end and t.idx + len(t) > sent.start_char + start]
    if span_text(sent)[start:end].strip()[-4:].endswith("00"):
        return True  # round hundreds before a plural are counts far more often than years
    return not any(t.ent_type_ == "DATE" for t in number)


def _resolve(match: _Match, sent: Span, published: dt.date | None) -> list[tuple[str, str, int, int]]:
    """(date, precision, start, end) for one pattern hit; empty when it cannot be resolved."""
    g, kind = match.groups, match.kind
    span = (match.start, match.end)
    if kind in ("iso", "mdy", "dmy"):
        day = make_date(int(g["y"]), _month(g), int(_digits(g["d"])))
        return [(day.isoformat(), "day", *span)] if day else []
    if kind == "my":
        return [(f"{int(g['y']):04d}-{_month(g):02d}", "month", *span)]
    if kind in ("year_subject", "year_attr"):
        return [(g["y"], "year", *span)]
    if kind == "year":
        if match.second_year is None:
            return [(g["y"], "year", *span)]
        if g.get("link") not in ("and", "or") or _context_word(sent, match) == "between":
            # "from 1983 to 1988", "between 1998 and 2001": one span, dated by its start
            return [(g["y"], "year", *span)]
        # "in 1975 and 1995": two years in one hit
        first_end = span_text(sent).index(g["y"], match.start) + len(g["y"])
        return [(g["y"], "year", match.start, first_end), (g["y2"], "year", *match.second_year)]
    if published is None:
        return []  # everything below needs the publication date
    rel = (g.get("rel") or "").lower()
    tense = "" if rel else tense_at(sent, sent.start_char + match.start, sent.start_char + match.end)
    if kind == "my_rel":  # "May of last year"
        return [
            (f"{published.year + {'last': -1, 'next': 1}.get(rel, 0):04d}-{_month(g):02d}", "month", *span)
        ]
    if kind in ("md", "dm"):
        day = nearest_day(published, _month(g), int(_digits(g["d"])), tense)
        named = re.match(rf"({WEEKDAY_NAMES})", span_text(sent)[match.start : match.end])
        if day and named and day.weekday() != WEEKDAYS[named.group(1).lower()]:
            # "Friday, July 15": the year in which that day is a Friday, on either side of publication
            other = nearest_day(
                published, _month(g), int(_digits(g["d"])), "past" if day > published else "future"
            )
            day = other if other and other.weekday() == WEEKDAYS[named.group(1).lower()] else day
        return [(day.isoformat(), "day", *span)] if day else []
    if kind == "month":
        year = month_year(published, _month(g), rel, tense)
        return [(f"{year:04d}-{_month(g):02d}", "month", *span)]
    if kind == "weekday":
        if rel == "this":  # "this Friday" looks forward or back with the verb, like a bare "Friday"
            rel, tense = "", tense_at(sent, sent.start_char + match.start, sent.start_char + match.end)
        day = weekday(published, WEEKDAYS[g["wd"].lower()], rel, tense)
        return [(day.isoformat(), "day", *span)]
    if kind == "holiday":
        month, day_of_month = holiday(g["hol"])
        if "y" in g or "y0" in g:  # "New Year's Eve 2015", "the 2015 New Year's Eve assaults"
            day = make_date(int(g.get("y") or g["y0"]), month, day_of_month)
        elif published is None:
            return []
        else:
            # the holiday of the publication days (news of New Year's Eve on 29 December is of
            # the coming one), else the one the clause's tense points to
            day = nearest_day(published, month, day_of_month, "near")
            back = _years_back(sent, sent.start_char + match.start)
            if day and back is not None:
                # "two years after women were assaulted at New Year's Eve celebrations": that
                # many years before this one; "since New Year's Eve": the last one
                day = (
                    make_date(day.year - back, month, day_of_month)
                    if back
                    else (nearest_day(published, month, day_of_month, "past"))
                )
            elif day and day > published and _subject_of_past(sent, sent.start_char + match.start):
                # a holiday ahead in the subject of a past verb is the last one: "the attacks on
                # New Year's Eve heralded a change" in news of 29 December
                day = nearest_day(published, month, day_of_month, "past")
            elif day and abs((day - published).days) > HOLIDAY_DAYS:
                tense = tense_at(sent, *_absolute(sent, match))
                day = nearest_day(published, month, day_of_month, "past" if tense == "past" else "near")
        return [(day.isoformat(), "day", *span)] if day else []
    if kind == "day_word":
        shift = {"yesterday": -1, "tomorrow": 1}.get(g["word"].lower(), 0)
        return [((published + dt.timedelta(days=shift)).isoformat(), "day", *span)]
    if kind == "week" and "side" in g:
        return [rest_of_week(published, g["side"].lower() == "earlier", span)]
    if kind == "week":
        monday = published - dt.timedelta(days=published.weekday())
        monday += dt.timedelta(days=7 * {"last": -1, "next": 1}.get(rel, 0))
        return [(monday.isoformat(), "week", *span)]
    if kind == "month_rel":
        year, month = shift_month(published.year, published.month, {"last": -1, "next": 1}.get(rel, 0))
        return [(f"{year:04d}-{month:02d}", "month", *span)]
    if kind == "year_rel":
        return [(str(published.year + {"last": -1, "next": 1}.get(rel, 0)), "year", *span)]
    if kind == "ago":
        return [ago(published, NUMBER_WORDS.get(g["n"].lower()) or int(g["n"]), g["unit"].lower(), span)]
    return []


def _subject_of_past(sent: Span, start: int) -> bool:
    """Whether the words at ``start`` are in the subject of a verb in the simple past ("the
    attacks on New Year's Eve heralded a change"); not in its object or purpose ("has criticized
    organizers of the New Year's Eve party", "were preparing for New Year's Eve")."""
    token = next((t for t in sent if t.idx >= start), None)
    while token is not None and token.head.i != token.i:
        if token.dep_ in ("nsubj", "nsubjpass"):
            verb = token.head
            return verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        token = token.head
    return False


_BACK_WORDS = frozenset({"after", "since"})


def _years_back(sent: Span, start: int) -> int | None:
    """How many years before the coming (or current) one a year-less holiday is, when it sits in
    a phrase or clause that looks back: "two years after women were assaulted during New Year's Eve
    celebrations" -> 2, "since New Year's Eve" -> 0 (the last one); None otherwise ("Two years
    after the attacks, police will guard the New Year's Eve party" dates the coming one).
    ``start``: the holiday's offset in ``doc.text``."""
    token = next((t for t in sent if t.idx >= start), None)
    while token is not None:
        opener = token if token.lower_ in _BACK_WORDS and token.dep_ == "prep" else None
        opener = opener or next(
            (c for c in token.children if c.dep_ == "mark" and c.lower_ in _BACK_WORDS), None
        )
        if opener is not None:
            for owner in (opener, token):
                for child in owner.children:
                    count = next((c for c in child.children if c.dep_ == "nummod"), None)
                    if child.dep_ == "npadvmod" and child.lemma_ == "year":
                        word = count.lower_ if count is not None else "a"
                        n = NUMBER_WORDS.get(word) or (int(word) if word.isdigit() else None)
                        return n
            return 0 if opener.lower_ == "since" else None  # "after New Year's Eve" may be ahead
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _absolute(sent: Span, match: _Match) -> tuple[int, int]:
    return sent.start_char + match.start, sent.start_char + match.end


def _context_word(sent: Span, match: _Match) -> str:
    """The word before the expression that made it a date ("between" in "between 1998 and 2001")."""
    before = span_text(sent)[: match.start].split()
    return before[-1].lower() if before else ""


def _is_label_number(sent: Span, start: int) -> bool:
    """A number naming a thing after a noun ("Room 2024 is", "Agenda 2030 will") is not a year."""
    before = [t for t in sent if t.idx + len(t) <= sent.start_char + start]
    if not before:
        return False
    word = before[-1]
    return word.pos_ in ("NOUN", "PROPN") and word.lower_ not in MONTHS and word.lower_ != "year"


def _month(groups: dict[str, str]) -> int:
    if "m" in groups:
        return int(groups["m"])
    return MONTHS[groups["mon"].rstrip(".").lower()]


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def coarse_date(ref: DateRef) -> str | None:
    """The ref's date as YYYY[-MM[-DD]] without false precision: a week becomes its month (or year)."""
    if ref.precision != "week":
        return ref.date
    monday = dt.date.fromisoformat(ref.date)
    sunday = monday + dt.timedelta(days=6)
    if monday.month == sunday.month:
        return monday.isoformat()[:7]
    return str(monday.year) if monday.year == sunday.year else None
