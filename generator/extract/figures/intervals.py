"""The time between two moments of a story told with "later": "the plane crashed about 10
minutes later", "when it landed nine hours later", "Two hours later, the airline confirmed it".
Only minutes and hours: "two years later", "a month later" tell the background of a story far
more often than one of its figures (in the dev files, 4 of 4 "minutes/hours later" were gold
figures or next to them; the days and years were not)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from generator.extract.figures.measured import Measure
from generator.extract.figures.phrase import verb_of
from generator.extract.figures.words import DURATION_UNITS, QUALIFIERS

SHORT_UNITS = frozenset({"minute", "minutes", "hour", "hours"})
"""Units of an interval that is a figure of the story (see the module's docstring)."""
_LATER = re.compile(
    r"^(?:(?:" + "|".join(re.escape(q) for q in QUALIFIERS) + r")\s+)?"
    r"(?P<n>\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+-[a-z]+)"
    r"[\s-]+(?P<unit>" + "|".join(SHORT_UNITS) + r")$",
    re.IGNORECASE,
)


def later_span(ent: Span) -> Span | None:
    """The length in a TIME or DATE entity "N minutes/hours later", without "later"; None for
    any other entity (the caller tests the last word first: this runs on few entities).

    >>> later_span(nlp("It crashed about 10 minutes later.").ents[0]).text
    'about 10 minutes'
    """
    doc = ent.doc
    if ent[-1].lower_ == "later":
        inner = doc[ent.start : ent.end - 1]
    elif ent.end < len(doc) and doc[ent.end].lower_ == "later":
        inner = doc[ent.start : ent.end]  # "later" left outside the entity
    else:
        return None
    if not len(inner) or not _LATER.match(inner.text.strip()):
        return None
    return Span(doc, inner.start, inner.end, label="LATER")


def later_amount(text: str) -> tuple[str, str, str | None] | None:
    """(number as written, unit, qualifier) of a ``later_span``: "about 10 minutes" -> ("10",
    "minutes", "about"); "An hour" -> ("1", "hours", None)."""
    m = _LATER.match(text.strip())
    if m is None:
        return None
    qualifier = text.strip()[: m.start("n")].strip().lower() or None
    number = "1" if m.group("n").lower() in ("a", "an") else m.group("n")
    return number, DURATION_UNITS[m.group("unit").lower()], qualifier


def interval(span: Span) -> Measure | None:
    """What happened ``span`` later: "crashed about 10 minutes later" -> "time until crashed";
    "Two hours later, the airline confirmed it" -> "time until airline confirmed"; the unit is
    the length's ("minutes")."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is None or after.lower_ != "later":
        return None
    verb = verb_of(after.head) if after.dep_ == "advmod" else None
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    words = [subject.text] if subject is not None and subject.pos_ in ("NOUN", "PROPN") else []
    words += [verb.text, *(c.text for c in verb.children if c.dep_ == "prt")]
    unit = DURATION_UNITS[span[-1].lower_]
    return Measure(f"time until {' '.join(words)}", f"later|{verb.lemma_.lower()}", None, verb, unit=unit)
