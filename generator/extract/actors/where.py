"""Mentions that only say where: a country named as the place of a thing ("in the seas around
X", "an X-based firm") and a body named as where somebody studied ("a freshman at X")."""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.actors.place_words import CITY_NOUNS, HOME_NOUNS, PLACE_NOUNS

_LOCATIVE = frozenset({"in", "at", "near", "around", "across", "off", "throughout", "inside", "within"})
"""Prepositions whose object is where something is or happens ("seen around X", "born in X")."""
_COMPASS_NOUNS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "coast", "shores"}
)
"""Nouns of a side or an edge: "west of X", "off the coast of X" say where."""
_WHERE_NOUNS = frozenset(
    {"location", "beach", "sea", "seas", "ocean", "oceans", "waters", "coast", "region", "area", "areas",
     "debut", "holiday", "vacation", "headquarters"}
) | PLACE_NOUNS | CITY_NOUNS | HOME_NOUNS  # fmt: skip
"""Nouns of places and of stays (WordNet noun.location, noun.artifact): "the seas around X", "on
location in X", "his debut in X" say where a thing is."""
_PLACED = frozenset({"based", "born", "headquartered", "made", "built"})
"""Past participles after "X-" that say where a body or a thing is from ("Northland-based")."""


def only_located(span: Span) -> bool:
    """Whether a country's mention says only where something is or happens: the object of "in",
    "at", "around", "off" ... after a verb or a noun of a place or a stay, "west of X", "an
    X-based firm". The state does nothing there; a state's noun before the preposition
    ("prosecutors in X", "agencies in X") or a body's name ("Acme in X") makes it a party.

    >>> # "The rings were seen in the seas around Northland" / "born in Northland in 1997"
    >>> # "west of Northland" / "Northland-based Acme"                                -> True
    >>> # (``country_in_passing`` leaves such a mention in the article's first paragraph alone:
    >>> # the scene of the happening the article opens with is a setting a reader keeps)
    >>> # "Prosecutors in Northland said" / "Northland seized the ship"               -> False
    """
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == "-" and not span[-1].whitespace_:
        return doc[span.end + 1].lower_ in _PLACED
    tok = span.root
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head  # "in X and Y": a conjunct is used as its head is
    prep = tok.head
    if tok.dep_ != "pobj" or prep is tok:
        return False
    owner = prep.head
    if prep.lower_ == "of":
        return owner.lower_ in _COMPASS_NOUNS
    if prep.lower_ not in _LOCATIVE:
        return False
    if owner.pos_ in {"VERB", "AUX"}:
        return True  # "the board they created in X", "he was born in X"
    return owner.pos_ == "NOUN" and owner.lower_ in _WHERE_NOUNS


_STUDY_NOUNS = frozenset(
    {"student", "students", "freshman", "sophomore", "undergraduate", "graduate", "graduates",
     "alumnus", "alumna", "alumni", "degree", "degrees", "diploma", "classmate", "classmates", "dropout"}
)  # fmt: skip
"""Nouns of studying (WordNet noun.person, noun.communication): "a student at X", "a degree from
X", "a Northtown Law School student" say where somebody studied."""
_STUDY_VERBS = frozenset({"graduate", "study", "enroll", "enrol", "matriculate"})


def studied_at(span: Span) -> bool:
    """Whether a body's mention only says where somebody studies or studied: "a freshman at
    Northtown University", "degrees from the University of Northland", "a Northtown Law School
    student", "graduated from X" -> True. "a professor at X" (who speaks for it, a reader keeps
    the body), "X said" -> False.

    >>> # "In 2010, as a freshman at Northtown University, Li bought a company." -> True
    """
    tok = span.root
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head  # "students at X and Y": the conjunct is used as its head is
    head = tok.head
    if tok.dep_ in {"compound", "nmod", "amod"}:
        return head.lower_ in _STUDY_NOUNS
    if tok.dep_ != "pobj" or head.lower_ not in {"at", "from", "of", "in"}:
        return False
    return head.head.lower_ in _STUDY_NOUNS or head.head.lemma_.lower() in _STUDY_VERBS
