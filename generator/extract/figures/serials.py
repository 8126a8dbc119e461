"""Ordinals that count: the place of a thing in a series that belongs to someone or runs on
("Tarvostan's sixth nuclear test", "her third child", "his 250th start", "their fifth straight
loss", "the 129th annual parade", "the 50th anniversary"). The ordinal is the figure's value
("6th"), the thing what it counts and its unit (a page shows "nuclear test: 6th"); its key
starts "serial|", apart from counts of the thing. "The second half", "the third floor", "for
the first time" and "a second term" (nobody's, no run) are no figures."""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.figures.comparisons import rank_number
from generator.extract.figures.measured import Measure
from generator.extract.figures.phrase import noun_phrase, plain
from generator.extract.figures.words import PEOPLE

NOT_SERIAL = frozenset({
    "floor", "inning", "innings", "place", "quarter", "half", "grade", "century", "day", "week",
    "month", "year", "minute", "hour", "lap", "time", "row", "round", "generation", "part",
    "stage", "step", "base", "level", "position", "birthday", "birthdays", "hand", "option", "leg",
})  # fmt: skip
"""Nouns an ordinal places rather than counts (written for this rule from the nouns ordinals
modify in the news corpus): a point of a match or a building ("the eighth inning", "the third
floor"), a part of a period ("the second quarter") or an age ("his 65th birthday")."""
RUN_WORDS = frozenset({"straight", "consecutive", "successive"})
"""Words that make an ordinal the length of a run: "their fifth straight loss"."""
SERIAL_FROM = 3
"""The smallest ordinal that counts: "his second appearance", "her second child" are too common
and too slight to be the story's figures (in the dev files, 8 of 8 were not)."""
EDITION_FROM = 10
"""An ordinal this large counts editions or years whoever they are of: "the 129th parade", "the
45th anniversary" (a "second test" with no owner says nothing)."""


def is_serial(ent: Span) -> bool:
    """An ORDINAL entity of one word that counts a thing in a series: ``SERIAL_FROM`` or more, modifying a
    noun after it that is not a point or a part (``NOT_SERIAL``), and the series is someone's
    ("its sixth nuclear test", "Tarvo's 52nd victory"), a run ("a third successive title") or
    long (``EDITION_FROM``: "the 129th annual parade", not "the 10th passenger").

    >>> [is_serial(e) for e in nlp("Tarvostan carried out its sixth nuclear test in the third quarter.").ents
    ...  if e.label_ == "ORDINAL"]
    [True, False]
    """
    if len(ent) != 1:
        return False
    number = rank_number(ent.text)
    token = ent[0]
    noun = _counted(token)
    if number is None or number < SERIAL_FROM or token.dep_ not in ("amod", "nummod"):
        return False
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i <= token.i or noun.lemma_.lower() in NOT_SERIAL:
        return False
    if any(c.dep_ == "poss" for c in noun.children):
        return True
    doc = ent.doc
    if any(doc[i].lower_ in RUN_WORDS for i in range(token.i + 1, noun.i)):
        return True
    return number >= EDITION_FROM and noun.lemma_.lower() not in PEOPLE


def serial(span: Span) -> Measure | None:
    """What an ordinal of ``is_serial`` counts: the noun and its modifiers, without the owner's
    pronoun ("her third child" -> "child", "Tarvostan's sixth nuclear test" -> "Tarvostan's
    nuclear test", "the 129th annual parade" -> "annual parade")."""
    noun = _counted(span.root)
    what = noun_phrase(noun, span)
    verb = noun.head if noun.head.pos_ in ("VERB", "AUX") else None
    return Measure(what, f"serial|{plain(noun)}", noun.text, verb)


_SUFFIXES = {1: "st", 2: "nd", 3: "rd"}


def _counted(ordinal: Token) -> Token:
    """The noun an ordinal counts, past the compounds it sits on: "his sixth studio album"."""
    noun = ordinal.head
    while noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    return noun


def ordinal_value(number: int) -> str:
    """ "6th", "22nd", "101st", "13th": the value of a serial figure as written with digits.

    >>> [ordinal_value(n) for n in (2, 3, 6, 11, 22, 101, 113)]
    ['2nd', '3rd', '6th', '11th', '22nd', '101st', '113th']
    """
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{_SUFFIXES.get(number % 10, 'th')}"
