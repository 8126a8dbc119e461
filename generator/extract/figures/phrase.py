"""Noun phrases for what a figure counts: the noun with its compounds, adjectives and a short
complement, without the number ("ballistic missiles", "taxes on repatriated profits")."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from generator.extract.figures.words import DURATION_UNITS, MEASURE_UNITS, METRE_CUES, SCALES

COMPLEMENTS = frozenset({"of", "on", "per", "in", "for", "over", "against", "at", "from"})
"""Prepositions whose short phrase says what a noun is: "taxes on repatriated profits",
"officials from Tarvo province"."""
TOTAL_NOUNS = frozenset({"number", "total", "count", "tally"})
"""Nouns whose "of" complement is what they count: "the number of rapes"."""
REMAINING = frozenset({"remaining", "left"})
"""Words after a counted noun that make it what is left: "with one race remaining"."""
SKIP_MODIFIERS = frozenset(
    {"other", "more", "additional", "further", "some", "many", "several", "such", "own"}
)
"""Adjectives that say nothing about what is counted ("500 other people")."""


def unit_of(token: Token) -> str | None:
    """The unit a noun names ("yard" -> "yards", "days" -> "days"), or glued to its number
    ("80m-deep"), or None."""
    word = token.lower_
    before = (token.nbor(-1).lower_, token.nbor(-2).lower_) if token.i > 1 else ()
    if word in ("years", "year") and "light" in before:
        return "light years"  # "3.8 billion light years away", "light-years": a distance, not a time
    return (
        MEASURE_UNITS.get(word)
        or DURATION_UNITS.get(word)
        or DURATION_UNITS.get(token.lemma_.lower())
        or glued_unit(token)
    )


_GLUED = re.compile(r"\d[\d.,]*([a-z]+)")


def glued_unit(token: Token) -> str | None:
    """The unit glued to a number: "130ft" -> "feet", "425kg" -> "kg"; an "m" (glued or not)
    is metres only before a word of distance ("an 80m-deep well", "dug 13m down"), else a
    million ("£2.3m", "13m people").

    >>> glued_unit(nlp("The 80m-deep well")[1]), glued_unit(nlp("a £2.3m fee")[2])
    ('m', None)
    """
    m = _GLUED.fullmatch(token.lower_)
    doc = token.doc
    if m:
        suffix = m.group(1)
    elif token.lower_ == "m" and token.i > 0 and doc[token.i - 1].like_num:
        suffix = "m"  # "13 m", "13m" read as two words
    else:
        return None
    if suffix == "m":
        i = token.i + 1
        if i < len(doc) and doc[i].text == "-":
            i += 1
        return "m" if i < len(doc) and doc[i].lower_ in METRE_CUES else None
    return MEASURE_UNITS.get(suffix) if suffix not in SCALES else None


def plain(noun: Token) -> str:
    """A noun's key: lower case, a regular plural made singular ("taxes" -> "tax")."""
    word = noun.lower_
    if noun.lemma_.lower() in ("people", "person"):
        return "people"
    for ending, replacement in (("ies", "y"), ("sses", "ss"), ("xes", "x"), ("ches", "ch"), ("shes", "sh")):
        if word.endswith(ending):
            return word[: -len(ending)] + replacement
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def verb_of(noun: Token) -> Token | None:
    token = noun
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def noun_phrase(noun: Token, span: Span) -> str:
    """The noun with its compounds and adjectives and a short "of" complement, without the number:
    "ballistic missiles", "containers of ammunition", "ship-to-ship transfers"; for "the number
    of rapes and assaults recorded in May", too long to keep whole, what is after "of" ("rapes
    recorded")."""
    left = [
        t
        for t in noun.lefts
        if t.dep_ in ("compound", "amod", "nmod", "poss")
        and not (span.start <= t.i < span.end)
        and t.lower_ not in SKIP_MODIFIERS
        and not t.like_num
        and t.pos_ not in ("NUM", "PRON", "DET")
    ]
    tokens: list[Token] = []
    for t in left:
        sub = list(t.subtree)
        if any(span.start <= x.i < span.end or x.like_num for x in sub):
            # "a 66-yard completion", "a 42-yard field goal": leave out the modifier that holds
            # the number with its unit, keep a word of the name it sits in ("field", "Salyut 7")
            if t.pos_ in ("NOUN", "PROPN") and not unit_of(t) and t.lower_ not in SCALES:
                tokens.append(t)
            continue
        tokens.extend(x for x in sub if x.dep_ != "det")
    tokens.append(noun)
    doc = noun.doc
    if noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ == "to" and doc[noun.i + 2].lemma_ in ("go", "play"):
        tokens.extend(doc[noun.i + 1 : noun.i + 3])  # "two races to go", however the parse hangs it
    for child in noun.rights:
        if child.lower_ in REMAINING and child.dep_ in ("acl", "amod", "advmod"):
            tokens.append(child)  # "one race remaining", "two games left"
            break
        if child.dep_ in ("acl", "relcl") and child.tag_ == "VBN":
            tokens.append(child)  # "coaches (to be) hired", "earnings reinvested abroad"
            tokens.extend(c for c in child.children if c.dep_ in ("prt", "advmod") and c.i == child.i + 1)
            break
        if child.dep_ == "prep" and child.lower_ in COMPLEMENTS:
            if any(span.start <= t.i < span.end for t in child.subtree):
                continue  # "a distance of 221,559 miles from Earth": the number's own phrase
            sub = list(child.subtree)
            if any(t.ent_type_ in ("DATE", "TIME") for t in sub):
                continue  # "a ten-year deal on Wednesday": when, not what
            # a name may be longer: "members of China's Politburo Standing Committee"
            named = any(t.dep_ == "pobj" and t.pos_ == "PROPN" for t in child.children)
            if 1 < len(sub) <= (7 if named else 5) and not any(
                t.like_num or (t.pos_ == "PRON" and t.dep_ != "poss") for t in sub
            ):
                tokens.extend(t for t in sub if t.dep_ not in ("det", "poss") or t.pos_ == "PROPN")
                break
    tokens = sorted(set(tokens), key=lambda t: t.i)
    words = [t.text for t in tokens if (not t.is_punct or t.text == "-") and t.lower_ not in SCALES]
    text = " ".join(words).replace(" - ", "-").replace(" 's", "'s").replace(" ’s", "’s").strip()
    if text.lower() in TOTAL_NOUNS:
        counted = next(
            (
                o
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for o in c.children
                if o.dep_ == "pobj"
            ),
            None,
        )
        if counted is not None and counted.pos_ == "NOUN":
            return noun_phrase(counted, span)
    return text
