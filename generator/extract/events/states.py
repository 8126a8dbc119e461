"""Clauses that describe how someone or something is, rather than say what happened: "X sounds
needier than ever", "World stocks were lower", "The officers will be on patrol" -- no event."""

from __future__ import annotations

from spacy.tokens import Token

EVENT_NOUNS = frozenset(
    "visit trip tour voyage war invasion attack offensive summit meeting meetings talks election vote "
    "referendum end start beginning collapse fall death launch signing normalization normalisation "
    "independence revolution coup crisis conference speech ceremony arrival departure withdrawal "
    "annexation occupation dissolution establishment creation founding foundation reunification "
    "unification liberation victory defeat bombing explosion earthquake protest protests strike "
    "agreement treaty pact deal accord inauguration assassination ceasefire truce recognition "
    "resignation appointment release arrest trial verdict ruling announcement".split()
)
"""Nouns that name a happening, so "the end of the war in 1975" is an event of its own, and "The
summit will be in Oakvale on Friday" says when one takes place."""

PERCEPTION_VERBS = frozenset("sound seem look appear feel smell taste".split())
"""Verbs that say how a thing strikes someone when an adjective follows ("sounds needier than
ever", "seemed tired", "looked great"): an impression, not a happening. (English linking verbs of
perception, as grammars list them; "become" and "get" are left out: "became the first", "got
hurt" tell a change.)"""


def describes_a_state(verb: Token) -> bool:
    """Whether the clause of ``verb`` describes a state with a linking verb and no happening.

    - a verb of perception with an adjective: "Justin Timberlake sounds needier than ever before",
      "Mara Voss seemed tired on Tuesday" (not "appeared on Good Morning America": a happening);
    - "be" with only an adjective or a place or time phrase after it: "World stocks were lower on
      Friday", "The officers will be on patrol in the capital", "The film will be in theaters on
      May 4", "Max was in a league of his own today".

    A named place after "be" stays (being somewhere is a visit: "Ana Li is in Lima today for
    talks"), a noun after "be" stays too, a role held is a fact a timeline may date ("She was president of
    Dravia from 2010 to 2014"), and so do an adjective with a clause of its own ("The champion was
    unable to respond"), "there was" (a thing came to be: "There was an explosion on Monday") and
    a subject that names a happening ("The summit will be in Lima on Friday").
    """
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    if lemma in PERCEPTION_VERBS:
        said = any(c.dep_ in ("acomp", "oprd") or (c.dep_ == "advmod" and c.tag_ == "JJ") for c in children)
        return said and not any(c.dep_ in ("xcomp", "dobj") for c in children)
    if lemma != "be" or verb.dep_ in ("aux", "auxpass"):
        return False
    if any(c.dep_ in ("attr", "expl", "ccomp", "xcomp", "auxpass") for c in children):
        return False
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or (subject.pos_ == "NOUN" and subject.lemma_.lower() in EVENT_NOUNS):
        return False
    complements = [c for c in children if c.dep_ in ("acomp", "prep")]
    if not complements or any(_a_named_place(c) for c in complements):
        return False
    clauses = ("xcomp", "ccomp")
    return not any(c.dep_ == "acomp" and any(g.dep_ in clauses for g in c.children) for c in complements)


_PLACES = ("GPE", "LOC", "FAC")


def _a_named_place(prep: Token) -> bool:
    """Whether a preposition's object is a named place ("in Lima", "at Camp David")."""
    return prep.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ in _PLACES for o in prep.children)


_ANSWERS = frozenset("respond reply answer comment return".split())
"""Verbs of answering: denied, they say someone did not answer a reporter ("did not respond to a
request for comment", "did not return calls"), a line of the report's making, no happening."""
_FUTURE = frozenset("will wo shall".split())


def not_done(verb: Token) -> bool:
    """Whether the clause says something was not, or will not be, done, so nothing happened:
    "A representative for Tarantino did not respond to a request for comment Saturday", "Telegram
    has not yet responded", "Tom Reed will not play on Sunday", "Timberlake is not going to truly
    inhabit his music tonight". A past happening denied stays ("United did not apologize", "The army
    did not try to shoot down the missile": a choice the story reports)."""
    node = verb
    while True:
        negated = any(c.dep_ == "neg" for c in node.children)
        if negated and node.lemma_.lower() in _ANSWERS:
            return True
        auxes = [c for c in node.children if c.dep_ == "aux"]
        if negated and any(a.lower_ in _FUTURE for a in auxes):
            return True
        if (
            negated
            and node.lemma_.lower() == "go"
            and node.tag_ == "VBG"
            and any(c.dep_ == "xcomp" for c in node.children)
        ):
            return True  # "is not going to inhabit"
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return False
        node = node.head
