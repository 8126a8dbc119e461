"""People counted for what they did or what was done to them ("1,600 officers will patrol",
"a video shows 50 girls"), and how often something happened ("docked six times")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from generator.extract.figures.measured import SAYING, Measure, described
from generator.extract.figures.phrase import noun_phrase, plain
from generator.extract.figures.quantities import population
from generator.extract.figures.tolls import is_quantity

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def counted_people(noun: Token, span: Span) -> Measure | None:
    """People counted for what they did or what was done to them ("1,600 officers will patrol",
    "thousands of people gathered"): the verb is part of the measure, so a crowd is not a toll."""
    token = noun
    if population(noun, span) is not None:
        return population(noun, span)  # "a village of about 600 people"
    if token.dep_ == "pobj" and token.head.lower_ == "of" and is_quantity(token.head.head):
        token = token.head.head
    found = described(noun, span)
    head = token.head
    if (
        found is None
        or head.pos_ != "VERB"
        or token.dep_ not in _SUBJECTS | {"dobj"}
        or head.lemma_ in SAYING
    ):
        # "80 people", "there were about 100 people": people, but doing what?
        return None if found is None or found.what.lower() in ("people", "others", "persons") else found
    if head.lemma_ in ("have", "carry") and token.dep_ == "dobj":
        return found  # "the ship, which had 129 people on board", "a plane carrying 226 passengers"
    if head.lemma_ == "have":  # "eight people have serious injuries": people with what
        had = next((c for c in head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if had is None:
            return None
        return replace(
            found, what=f"{found.what} with {noun_phrase(had, span)}", key=f"{found.key}|{plain(had)}"
        )
    key = f"{found.key}|{head.lemma_.lower()}"
    if token.dep_ == "dobj" and head.tag_ not in ("VBN", "VBD"):
        # "a video shows 50 girls", "train all 120,000 employees": what is done to them, as written
        done = " ".join([head.text.lower(), *(c.lower_ for c in head.children if c.dep_ == "prt")])
        doer = next(
            (c for c in head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.is_alpha),
            None,
        )
        if doer is not None:  # "a video shows 50 girls": what shows them is part of what is counted
            done = f"{noun_phrase(doer, span)} {done}"
        return replace(found, what=f"{done} {found.what}", key=key, verb=head)
    participle = head.text.lower() if head.tag_ in ("VBN", "VBD") else head.lemma_.lower()
    return replace(found, what=f"{found.what} {participle}", key=key, verb=head)


def occurrences(times: Token) -> Measure | None:
    """ "docked six times", "sold oil about 30 times": how often something happened, named by
    its verb (with its object and a named subject)."""
    verb = times.head.head if times.dep_ == "pobj" else times.head
    while verb.dep_ == "conj" and verb.pos_ != "VERB":
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_ in SAYING:
        return None
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    words = [subject.text] if subject is not None and subject.pos_ in ("PROPN", "NOUN") else []
    words += [verb.text] + ([obj.text] if obj is not None else [])
    return Measure(" ".join(words), f"{verb.lemma_.lower()}", "times", verb, unit="times")
