"""Figures that compare: a multiple of something else ("10 to 100 times faster than current
networks", "three times more powerful", "five times as massive as Earth"), with the thing
compared as what the figure is of."""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.figures.measured import Measure
from generator.extract.figures.phrase import noun_phrase, plain

_COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})
_DEGREE_WORDS = frozenset({"more", "less", "as"})
"""Words that make the adjective after them a comparison: "more powerful", "as massive"."""


def multiple(span: Span) -> Measure | None:
    """A number followed by "times" and a comparison: the thing compared and how.

    "5G networks promise Internet connections 10 to 100 times faster than current networks" ->
    "Internet connections faster than current networks" (unit "times"); "The new chip is three
    times more powerful" -> "chip more powerful"; not "docked six times" (no comparison).
    """
    doc = span.doc
    i = span.end - 1 if span[-1].lower_ == "times" else span.end
    if i + 1 >= len(doc) or doc[i].lower_ != "times":
        return None
    first = doc[i + 1]
    if first.lower_ in _DEGREE_WORDS and i + 2 < len(doc) and doc[i + 2].pos_ in ("ADJ", "ADV"):
        words, anchor = [first, doc[i + 2]], doc[i + 2]
    elif first.tag_ in _COMPARATIVE_TAGS and first.lower_ not in _DEGREE_WORDS:
        words, anchor = [first], first
    else:
        return None
    how = " ".join(t.lower_ for t in words)
    than = next(
        (
            o
            for c in anchor.children
            if c.dep_ == "prep" and c.lower_ in ("than", "as") and c.i > anchor.i
            for o in c.children
            if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")
        ),
        None,
    )
    if than is not None:
        how = f"{how} {than.head.lower_} {noun_phrase(than, span)}"  # "faster than current networks"
    thing = _compared(anchor, span)
    what = f"{noun_phrase(thing, span)} {how}" if thing is not None else how
    if thing is not None and anchor.lower_ in ("many", "much"):
        what = f"{how} {noun_phrase(thing, span)}"  # "10 times as many police officers"
    key = f"{plain(thing) if thing is not None else ''}|{anchor.lower_}|times"
    verb = next((t for t in (anchor.head, span.root.head) if t.pos_ in ("VERB", "AUX")), None)
    return Measure(what, key, None, verb, unit="times")


def _compared(anchor: Token, span: Span) -> Token | None:
    """What a comparison is of: the noun it describes ("connections 10 times faster"), the object
    of its verb before the number, else the verb's subject ("the chip is three times more
    powerful")."""
    if anchor.dep_ == "amod" and anchor.head.pos_ in ("NOUN", "PROPN"):
        return anchor.head
    verb = anchor.head
    if span.start <= verb.i < span.end:
        verb = span.root.head  # "five times as massive as Earth", the adjective hung on the number
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    before = next(
        (c for c in verb.children if c.dep_ == "dobj" and c.i < span.start and c.pos_ in ("NOUN", "PROPN")),
        None,
    )
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    found = before if before is not None else subject
    return found if found is not None and found.pos_ in ("NOUN", "PROPN") else None


ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
"""Ordinal words a rank is written with ("the third-largest"); digits ("3rd") are read as such."""


def rank_number(text: str) -> int | None:
    """The number of an ordinal: "third" -> 3, "3rd" -> 3, "22nd" -> 22."""
    low = text.lower()
    if low in ORDINALS:
        return ORDINALS[low]
    digits = low.rstrip("stndrh")
    return int(digits) if digits.isdigit() and low[len(digits) :] in ("st", "nd", "rd", "th") else None


def is_rank(ent: Span) -> bool:
    """An ordinal joined to a superlative: "the world's third-largest maker of chips", "the
    second-biggest bank" (not "the third time", "a third term")."""
    doc = ent.doc
    return (
        ent.end + 1 < len(doc)
        and doc[ent.end].text in ("-", "–")
        and doc[ent.end + 1].tag_ == "JJS"
        and rank_number(ent.text) is not None
    )


def rank(span: Span) -> Measure | None:
    """What a rank ranks: the superlative and the noun it describes, "the world's third-largest
    maker of chips" -> "rank as world's largest maker of chips" (unit "rank")."""
    doc = span.doc
    best = doc[span.end + 1]
    noun = best.head if best.head.pos_ in ("NOUN", "PROPN") else None
    if noun is None:
        return None  # "109 passes, second-most in the NFL": a rank of what the sentence said
    words = noun_phrase(noun, span).split(" ")
    owner = words.pop(0) if words and words[0].endswith(("'s", "’s")) else ""  # "the world's"
    what = " ".join(w for w in ("rank as", owner, best.lower_, *words) if w)
    return Measure(what, f"rank|{best.lower_}|{plain(noun)}", None, noun.head, unit="rank")
