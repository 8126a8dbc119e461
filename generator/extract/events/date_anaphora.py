"""Dates that point back to one a sentence before named: "Later that year, the firm ended its
relationship with the companies", "In a post written that day", "The next day, police arrested
two men". The date finder reads one sentence at a time; these take the date the sentences just
before gave, at the precision the phrase asks for (a year of a day, the day after a day)."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span

from generator.extract.base import span_text
from generator.extract.events.date_refs import DateRef

_PHRASE = re.compile(
    r"\b(?:(?:later|earlier)\s+(?:that|the\s+same)|that(?:\s+same)?|the\s+same)\s+(?P<same>year|month|day|night|evening|morning|afternoon)\b"
    r"|\b(?:the\s+(?:next|following)|a)\s+(?P<next>day|year)(?:\s+later)?\b",
    re.IGNORECASE,
)
_PRECISION = {"year": "year", "month": "month"}  # the rest of a day's words: "day"
_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
OPENING_WORDS = 2
"""Words a sentence may open with before "Later that year" for the phrase to date its clause."""
LOOK_BACK = 2
"""Sentences back the date pointed to may stand in: "that year" two sentences on is still it."""


def pointed_date(sent: Span, before: DateRef | None) -> DateRef | None:
    """The date a sentence without one of its own points back to, from ``before`` (the last
    date of the sentences just before it), or None when it points nowhere or asks for more
    than ``before`` says ("that day" after "in 2013").

    "In March 2013 the regulator fined the bank. Later that year, the bank closed" -> 2013;
    "... on 31 October. In a post written that day, Ana Li wrote" -> 31 October; "Police
    questioned him on Monday. The next day, he was charged" -> Tuesday. Not "a day later" after
    "in 2013", nor "the same year" when nothing before was dated."""
    if before is None:
        return None
    text = span_text(sent)
    match = _PHRASE.search(text)
    if match is None:
        return None
    opening = len(text[: match.start()].split()) <= OPENING_WORDS
    if match.group(0).lower().startswith(("earlier", "later")) and not opening:
        return None  # "in response to the test earlier that month": the test's, told in passing
    if match.group("same"):
        wanted = _PRECISION.get(match.group("same").lower(), "day")
        step = 0
    else:
        wanted = _PRECISION.get(match.group("next").lower(), "day")
        if match.group(0).lower().startswith("a ") and not match.group(0).lower().endswith("later"):
            return None  # "a day" alone is a length ("a day of talks"), not a date
        step = 1
    if _RANK.get(before.precision, 9) > _RANK[wanted] or before.precision == "week":
        return None
    date = _shifted(before.date, wanted, step)
    start, end = sent.start_char + match.start(), sent.start_char + match.end()
    if date is None or _of_a_thing(sent, start, end):
        return None
    return DateRef(date, wanted, start, end, match.group(0))


def _of_a_thing(sent: Span, start: int, end: int) -> bool:
    """Whether the phrase dates a thing rather than the clause: "imposed the resolution in
    response to the nuclear test earlier that month" (the test's month, which the date before
    may not be). Its words lead up to a noun before they reach a verb."""
    inside = {t.i for t in sent if start <= t.idx < end}
    if not inside:
        return True
    token = sent.doc[max(inside)]
    while token.i in inside and token.head.i != token.i:
        token = token.head
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        if token.pos_ in ("NOUN", "PROPN") and token.i not in inside:
            return True
        token = token.head
    return token.pos_ in ("NOUN", "PROPN")


def _shifted(date: str, precision: str, step: int) -> str | None:
    """``date`` cut to ``precision`` and moved on ``step`` units (days or years)."""
    try:
        if precision == "year":
            return str(int(date[:4]) + step)
        if precision == "month":
            return date[:7] if step == 0 else None
        return (dt.date.fromisoformat(date[:10]) + dt.timedelta(days=step)).isoformat()
    except ValueError:
        return None
