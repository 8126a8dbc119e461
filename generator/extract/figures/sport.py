"""Numbers of a race or a match that are figures though they name a point in it: "crashed on lap
48", "won at the 17th hole"-like marks written with a number ("on lap 20", "in round 5", "at
hole 17", "in inning 9"), read as what happened there and the mark's number."""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.figures.measured import Measure
from generator.extract.figures.phrase import noun_phrase, plain, verb_of
from generator.extract.figures.words import RACE_MARKS

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PARTICLES = frozenset({("prep", "out"), ("prep", "off")})
"""Prepositions the parse gives a verb that are its particle: "crashed out", "spun off"."""


def race_mark(span: Span) -> Measure | None:
    """What happened at a numbered point of a race or a match, with the mark as the unit.

    >>> race_mark(nlp("Massa crashed out of the contest on lap 48.")[8:9]).what
    'Massa crashed out on lap'
    >>> race_mark(nlp("The race was suspended on lap 20.")[6:7]).what
    'race suspended on lap'
    """
    mark = span.doc[span.start - 1] if span.start > 0 else None
    if mark is None or mark.lower_ not in RACE_MARKS or span.root.head.i != mark.i:
        return None
    prep = mark.head
    if mark.dep_ != "pobj" or prep.lower_ not in ("on", "in", "at", "after", "by", "until", "from"):
        return None
    verb = verb_of(prep.head)
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    named = subject is not None and subject.pos_ in ("NOUN", "PROPN")
    words = [noun_phrase(subject, span)] if subject is not None and named else []
    words.append(verb.text)
    words += [c.text for c in verb.children if (c.dep_, c.lower_) in _PARTICLES or c.dep_ == "prt"]
    words += [prep.lower_, mark.lower_]
    who = plain(subject) if subject is not None and named else ""
    key = f"{who}|{verb.lemma_.lower()}"
    return Measure(" ".join(words), key, None, verb, unit=mark.lower_)
