"""Find the numbers of a parsed article that may be figures (``refusals`` drops those that are not).

A candidate is a span of number words: spaCy's CARDINAL, MONEY, QUANTITY and PERCENT entities,
a DATE or TIME entity that is a length of time ("42 years", "a two-day visit", "two hours"), and
numbers or vague
counts the model left untagged ("rose to 85", "dozens"). Dates, ages, years, times of day, phone
numbers, game scores, identifiers ("Resolution 2375") and counts of the obvious ("the two
countries") are not figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy
from spacy.attrs import LIKE_NUM, LOWER
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from generator.extract.base import span_text
from generator.extract.figures.comparisons import is_rank
from generator.extract.figures.intervals import later_span
from generator.extract.figures.numbers import currency_words
from generator.extract.figures.serials import is_serial
from generator.extract.figures.words import (
    DURATION_UNITS,
    FRACTIONS,
    QUALIFIERS,
    RACE_MARKS,
    SCALES,
    VAGUE,
)

NUMBER_LABELS = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT"})
"""spaCy entity labels whose spans are figures' numbers."""
NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "NORP", "LANGUAGE"}
)
"""Entities a number inside of which is part of a name ("G20", "Apollo 11")."""

CURRENCY_SIGNS = frozenset({"$", "£", "€", "¥", "US$", "A$", "C$", "HK$", "₹", "₽", "₩", "₦"})
QUALIFIER_WORDS = frozenset(w for q in QUALIFIERS for w in q.split())
_DURATION = re.compile(
    r"^(?:(?:" + "|".join(re.escape(q) for q in QUALIFIERS) + r")\s+)?"
    r"(?:(?:\d[\d,.]*|[a-z]+)\s+(?:to|and|or)\s+)?"  # "eight to ten seconds"
    r"(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)[\s-]+(?P<unit>" + "|".join(DURATION_UNITS) + r")(?:-long)?$",
    re.IGNORECASE,
)
_PER_CENT = re.compile(r"^(?:\d+(?:\.\d+)?)(?:pc|pct)$", re.IGNORECASE)
"""A share the way British business pages write it: "jumped 12pc"."""
SCORE = re.compile(r"^\d{1,3}(?:-\d{1,3}){1,2}$")
_WINDOW = frozenset({"past", "last", "next", "first", "coming", "previous", "following", "final", "recent"})
_AFTER_TIME = frozenset(
    {
        "ago",
        "later",
        "earlier",
        "before",
        "after",
        "old",
        "older",
        "younger",
        "on",
        "remaining",
        "left",
    }
)
"""Words after a length of time that make it a point in time: "two years ago", "with six
minutes remaining" ("four hours into the flight" is the time a journey had run, read by
``quantities.elapsed``)."""


def candidates(doc: Doc) -> Iterator[Span]:
    """Number spans of ``doc`` in text order, each at most once, before any filtering.

    >>> [s.text for s in candidates(nlp("Rescuers freed dozens, and the toll rose to 85."))]
    ['dozens', '85']
    """
    taken: set[int] = set()
    spans: list[Span] = []
    for ent in doc.ents:
        later = (
            later_span(ent)
            if ent.label_ in ("DATE", "TIME") and "later" in (ent[-1].lower_, _next_word(ent))
            else None
        )
        if ent.label_ in ("DATE", "CARDINAL") and _PER_CENT.match(ent.text):
            spans.append(_widen(Span(doc, ent.start, ent.end, label="PERCENT")))  # "12pc", read as a date
            taken.update(range(ent.start, ent.end))
        elif ent.label_ == "DATE" and _is_race_mark(ent):
            spans.append(Span(doc, ent.start, ent.end, label="CARDINAL"))
            taken.update(range(ent.start, ent.end))
        elif later is not None:
            spans.append(later)  # "crashed about 10 minutes later"
            taken.update(range(ent.start, ent.end))
        elif ent.label_ in NUMBER_LABELS or (ent.label_ in ("DATE", "TIME") and _is_duration(ent)):
            spans.append(_widen(ent))
            taken.update(range(ent.start, ent.end))
        elif ent.label_ == "ORDINAL" and is_rank(ent):
            spans.append(Span(doc, ent.start, ent.end, label="RANK"))  # "the third-largest maker"
            taken.update(range(ent.start, ent.end))
        elif ent.label_ == "ORDINAL" and is_serial(ent):
            spans.append(Span(doc, ent.start, ent.end, label="SERIAL"))  # "its sixth nuclear test"
            taken.update(range(ent.start, ent.end))
        elif ent.label_ == "ORDINAL" and _is_fraction(ent):
            spans.append(_widen(Span(doc, ent.start - 1, ent.end, label="CARDINAL")))
            taken.update(range(ent.start - 1, ent.end))
        elif ent.label_ in ("DATE", "TIME", "ORDINAL") or ent.label_ in NAME_LABELS:
            taken.update(range(ent.start, ent.end))
    for i in _numbers(doc):
        token = doc[i]
        if i in taken or token.lower_ in ("one", "a", "an") or token.is_punct or not token.text[:1].isalnum():
            continue
        span = _number_span(doc, token)
        taken.update(range(span.start, span.end))
        spans.append(span)
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        if out and span.start < out[-1].end:
            continue  # the second number of a score read with the first
        out.append(_score(span))
    yield from out


def _next_word(ent: Span) -> str:
    return ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""


def _numbers(doc: Doc) -> list[int]:
    """Indexes of the words that look like numbers or are vague counts ("dozens"), read from the
    doc's arrays in one pass (no Python object per word)."""
    table = doc.to_array([LIKE_NUM, LOWER])
    mask = table[:, 0].astype(bool) | numpy.isin(table[:, 1], _vague_hashes(doc.vocab.strings))
    return [int(i) for i in numpy.flatnonzero(mask)]


def _vague_hashes(strings: StringStore) -> numpy.ndarray:
    """The string-store hashes of the one-word vague counts."""
    return numpy.array([strings.add(w) for w in VAGUE if " " not in w], dtype=numpy.uint64)


def _is_fraction(ent: Span) -> bool:
    """An ordinal that is a share of what follows "of": "a third of the budget", "two fifths of
    voters" (not "the third of May", "a third term")."""
    doc = ent.doc
    return (
        ent.start > 0
        and ent.end < len(doc)
        and doc[ent.end].lower_ == "of"
        and f"{doc[ent.start - 1].lower_} {ent.text.lower()}" in FRACTIONS
    )


def _is_race_mark(ent: Span) -> bool:
    """A number after a point of a race the model took for a date: "on lap 48"."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in RACE_MARKS and ent.text.isdigit()


def _score(span: Span) -> Span:
    """ "26-24", "50-32-1": a result or a tally read as one span labelled SCORE."""
    doc, end = span.doc, span.end
    while (
        end + 1 < len(doc)
        and doc[end].text in ("-", "–")
        and doc[end + 1].like_num
        and doc[end + 1].text.isdigit()
    ):
        end += 2
    if end == span.end and span.label_ == "CARDINAL" and SCORE.match(span.text.replace(" ", "")):
        return Span(doc, span.start, end, label="SCORE")  # "19-10" read as one entity
    if end == span.end or not span[-1].text.isdigit():
        return span
    return Span(doc, span.start, end, label="SCORE")


def _is_duration(ent: Span) -> bool:
    """A DATE entity that is a length of time ("42 years", "two-day"), not a point in time."""
    m = _DURATION.match(ent.text.strip())
    if not m:
        return False
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    following = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    after = following.lower_ if following is not None else ""
    if before == "for" and after in ("before", "after"):
        after = ""  # "slid for ten seconds before coming to a halt": a length all the same
    return before not in _WINDOW and after not in _AFTER_TIME and ent[0].lower_ not in _WINDOW | {"the"}


def _widen(ent: Span) -> Span:
    """The entity with a qualifier the model left outside it ("at least" + "59")."""
    start = ent.start
    if start > 0 and ent.doc[start - 1].text in CURRENCY_SIGNS:
        start -= 1  # "$284.46" when the model left the sign out
    first = start
    while start > 0 and ent.doc[start - 1].lower_ in QUALIFIER_WORDS and start > ent.sent.start:
        start -= 1
    while start < first and not _starts_qualifier(span_text(ent.doc[start:first])):
        start += 1
    label = "MONEY" if first < ent.start else ent.label_ or "CARDINAL"
    doc, end = ent.doc, ent.end
    if end + 1 < len(doc) and doc[end - 1].lower_ == "half" and doc[end].lower_ in ("a", "an"):
        end += 1  # "nearly half" + "a billion": one amount
    if end < len(doc) and doc[end].lower_.rstrip(".") in SCALES:
        end += 1  # "£2.3m" when the model left the scale out
    light = end if doc[end - 1].lower_ == "light" else 0
    if not light and end < len(doc) and doc[end].lower_ == "light":
        light = end + 1
    if light and light < len(doc) and doc[light].text == "-":
        light += 1
    if light and light < len(doc) and doc[light].lower_ in ("year", "years"):
        end, label = light + 1, "QUANTITY"  # "3.8 billion light years", read as money and a date
    if end + 1 < len(doc) and doc[end].lower_ == "per" and doc[end + 1].lower_ == "cent":
        end += 2  # "“ten per cent”" when the model left the share out
        label = "PERCENT"
    if (
        end < len(doc)
        and doc[end].lower_ in currency_words()
        and (doc[end - 1].like_num or doc[end - 1].lower_.rstrip(".") in SCALES)
    ):
        end += 1  # "210 million euros" when the model left the currency out
        label = "MONEY"
    return Span(doc, start, end, label=label)


def _starts_qualifier(text: str) -> bool:
    return text.lower() in QUALIFIERS


def _number_span(doc: Doc, token: Token) -> Span:
    """A number the model left untagged, with its scale word ("85", "3 million")."""
    end = token.i + 1
    while end < len(doc) and (doc[end].lower_ in SCALES or doc[end].like_num) and doc[end].i - token.i < 4:
        end += 1
    return _widen(doc[token.i : end])
