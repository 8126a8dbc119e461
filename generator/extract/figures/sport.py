"""Numbers read from where they stand rather than from the parse: a numbered point of a race or
a match ("crashed on lap 48"), and a fact box's "Label: number". Race marks: "crashed on lap
48", "won at the 17th hole"-like marks written with a number ("on lap 20", "in round 5", "at
hole 17", "in inning 9"), read as what happened there and the mark's number."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from generator.extract.figures.measured import Measure, described
from generator.extract.figures.phrase import noun_phrase, plain, verb_of
from generator.extract.figures.words import RACE_MARKS

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_SCORE_DEPS = frozenset({"nummod", "compound", "amod", "nmod", "quantmod", "npadvmod", "det"})
RESULT_VERBS = {"vote": "vote", "beat": "win", "defeat": "win", "win": "win", "rout": "win", "lose": "loss"}
"""What a score after a verb is ("beat the Giants 26-24" is a win); after any other verb a record."""
RESULT_NOUNS = {"mark": "record"}
"""Sports writers' other word for a team's record ("a 13-3 mark")."""
_LABELLED = re.compile(r"\b[A-Za-z]+: \d")
"""A label and its number in a fact box: "Stages: 2"."""
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


def fact_box(span: Span) -> Measure | None:
    """A number in a fact box, after its label and a colon: "Stages: 2 Boosters: 2 Cores: 3
    Engines: 27", "Payload to Mars: 16,800kg" (the label before the colon is what it counts, not
    the next label the parse hangs it on).

    >>> fact_box(nlp("Height: 70 meters Stages: 2 Boosters: 2")[5:6]).what
    'Stages'
    """
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != ":" or not doc[span.start - 2].is_alpha:
        return None
    if len(_LABELLED.findall(span.sent.text)) < 2:
        return None  # "He said: 20 people died" is a sentence, not a box
    start = span.start - 2
    while (
        start > span.sent.start
        and start > span.start - 5
        and doc[start - 1].is_alpha
        and not doc[start - 1].is_upper
    ):
        start -= 1
        if doc[start].text[:1].isupper():
            break  # "Payload to Mars", "Total width": back to the label's first capital
    while start < span.start - 2 and not doc[start].text[:1].isupper():
        start += 1  # "70 meters Stages: 2": the label is "Stages"
    label = doc[start : span.start - 1]
    if not label[0].text[:1].isupper():
        return None
    return Measure(label.text, label.text.lower(), None, None)


def result(span: Span) -> Measure | None:
    """What a score or tally is: the noun it modifies ("a 26-24 win at Seattle", "a 5-4 vote"),
    else a record ("went 50-32-1") or a vote ("voted 51-49"), with a named subject."""
    root = span.root
    head = root.head
    if root.dep_ in _SCORE_DEPS and head.pos_ == "NOUN" and head.i > root.i:
        found = described(head, span)
        if found is None:
            return None
        what = " ".join(RESULT_NOUNS.get(w, w) for w in found.what.split(" "))  # "a 13-3 mark"
        if what == "record":  # "directed the Colts to a 9-3 record as interim coach"
            verb = found.verb if found.verb is not None and found.verb.pos_ == "VERB" else None
            what += _played(head, span) or (_played(verb, span) if verb is not None else "")
        return replace(found, what=what, key=f"{found.key}|{span.text}")
    if root.dep_ == "pobj" and head.lower_ == "to" and head.head.pos_ == "VERB":
        head = head.head  # "the Eagles improve to 13-2": a record
    verb = head if head.pos_ in ("VERB", "AUX") else None
    if verb is None:
        return None
    kind = RESULT_VERBS.get(verb.lemma_.lower(), "record")
    what = kind
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is not None and subject.pos_ in ("PROPN", "NOUN"):
        what = f"{noun_phrase(subject, span)} {what}"
    beaten = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN")), None)
    if beaten is not None and what.endswith("win"):
        what = f"{what} over {noun_phrase(beaten, span)}"  # "Cardinals win over Giants"
    what += _played(verb, span)
    return Measure(what, f"{what.lower()}|{span.text}", None, verb, unit=kind)


def _played(verb: Token, span: Span) -> str:
    """Where or as what a record was made, from the verb's "in" or "as" after the score: "were
    1-2 in playoff games", "went 9-3 as interim coach", "directed the Colts to a 9-3 record as
    interim coach" (not a date, "in 2012")."""
    played = next(
        (
            o
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("in", "as") and c.i > span.start
            for o in c.children
            if o.dep_ == "pobj"
            and o.pos_ == "NOUN"
            and o.ent_type_ not in ("DATE", "TIME")
            and not any(d.dep_ == "poss" for d in o.children)  # "in his time there": when
        ),
        None,
    )
    return f" {played.head.lower_} {noun_phrase(played, span)}" if played is not None else ""
