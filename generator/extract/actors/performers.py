"""Actors named as the players of a part: "voiced by Ana Li", "Captain Bolt (Ana Li)", "Ana
Li's character". Film and television news names its cast this way more often than it writes
"actor Ana Li"; the construction says what the person is."""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.actors.titles import is_title_word

PERFORMER = "actor"
ACTING_VERBS = frozenset({"play", "portray", "voice", "impersonate"})
"""Verbs whose agent plays a part (VerbNet performance-26.7: "play", "portray")."""
PART_NOUNS = frozenset({"character", "portrayal", "impersonation"})
"""Nouns of a part played, after a possessive name: "Ana Li's character" ("Ana Li's role" and
"Ana Li's performance" are said of politicians and athletes too)."""


def performer_role(span: Span) -> str | None:
    """ "actor" for a person named as the player of a part: "Kirk, as portrayed by Ana Li",
    "He's voiced by Bo Chen" (the agent of an acting verb); "Captain Bolt (Ana Li) fights" (a
    name alone in brackets after a part's name); "a scene in which Ana Li's character spits" (a
    part owned by the name). "Ana Li played the piano", "Bo Chen (pictured)", "Ana Li (R-
    Northland)", "Ana Li's house", "Bo Chen's role in the deal" -> None."""
    doc = span.doc
    root = span.root
    by = root.head
    if root.dep_ == "pobj" and by.lower_ == "by" and by.head.lemma_.lower() in ACTING_VERBS:
        return PERFORMER if by.head.tag_ == "VBN" else None
    end = span.end
    if end + 1 < len(doc) and doc[end].tag_ == "POS" and doc[end + 1].lower_ in PART_NOUNS:
        return PERFORMER
    if span.start >= 2 and end < len(doc) and doc[span.start - 1].text == "(" and doc[end].text == ")":
        part = doc[span.start - 2]
        named = part.pos_ == "PROPN" and part.text[:1].isupper() and not is_title_word(part.text)
        return PERFORMER if named and part.ent_type_ not in {"GPE", "ORG", "NORP"} else None
    return None
