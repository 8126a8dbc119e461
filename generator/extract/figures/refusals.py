"""What looks like a figure but is not: ``not_a_figure``, the refusals of a candidate number.

Dates, ages, years, times of day, phone numbers, game scores and results, identifiers
("Resolution 2375"), labels and titles, and counts of the obvious ("the two countries") are not
figures.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from generator.extract.base import doc_text, span_text
from generator.extract.figures.candidates import CURRENCY_SIGNS, NAME_LABELS, QUALIFIER_WORDS, SCORE
from generator.extract.figures.numbers import currency_words
from generator.extract.figures.phrase import glued_unit
from generator.extract.figures.words import (
    DIMENSIONS,
    DURATION_UNITS,
    IDENTIFIER_NOUNS,
    MEASURE_UNITS,
    RACE_MARKS,
    RATE_NOUNS,
    SCALES,
    VAGUE,
)

_TIME_OF_DAY = re.compile(r"\b(?:a\.?m\b\.?|p\.?m\b\.?|GMT|UTC|EST|EDT|BST|CET|o'clock|noon|midnight)", re.I)
_PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)|\d{2,4})[\s.-]\d{3,4}[\s.-]\d{3,4}")
_YEAR = re.compile(r"^(?:1[89]|20|21)\d\d$")
_AGE_BEFORE = frozenset({"aged", "age", "ages"})
_AGE_VERBS = frozenset({"turn", "age"})
_ANAPHORA = frozenset({"the", "these", "those", "both", "our", "their", "its", "his", "her", "my", "your"})

RESULT_WORDS = frozenset(
    {
        "win",
        "victory",
        "loss",
        "defeat",
        "score",
        "beat",
        "rout",
        "record",
        "mark",
        "vote",
        "go",
        "finish",
        "lose",
        "tally",
    }
)
"""Words beside "26-24" that make it a result or a tally (lemmas)."""


def not_a_figure(span: Span) -> str | None:
    """Why ``span`` is not a figure ("year", "age", "time", ...), or None when it may be one.

    >>> not_a_figure(nlp("Bruce, who turned 50 on Nov. 30, sang.")[4:5])
    'age'
    """
    doc = span.doc
    text = span_text(span).strip()
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if _YEAR.match(text):
        return "year"
    if before is not None and before.text == "(" and before.i > 0 and _is_measured(doc[before.i - 1]):
        return "conversion"
    if re.search(r"\d:\d\d", text) or (
        after is not None
        and (after.text == ":" or _TIME_OF_DAY.match(doc_text(doc)[after.idx : after.idx + 8]))
    ):
        return "time"
    if span.label_ != "MONEY" and _PHONE.search(
        doc_text(doc)[max(0, span.start_char - 6) : span.end_char + 6]
    ):
        return "phone"
    if _is_clock(span, text, before, after):
        return "time"
    if _relative(span):
        return "time"
    if _is_age(span, before, after):
        return "age"
    if span.label_ == "SCORE" or SCORE.match(text):
        return None if _is_result(span) else "score"
    if _is_label(span, before):
        return "label"
    if any(t.ent_type_ in NAME_LABELS for t in span):
        return "name"
    if (
        before is not None
        and before.lower_ in _ANAPHORA
        and text.lower() in ("two", "three", "both", "2", "3")
    ):
        return "anaphora"
    if _is_partitive(span):
        return "part"
    return None


_MEASURED_WORDS = (
    frozenset(MEASURE_UNITS)
    | frozenset(DURATION_UNITS)
    | frozenset(SCALES)
    | frozenset(DIMENSIONS)
    | RATE_NOUNS
)


def _is_measured(token: Token) -> bool:
    """Whether ``token`` ends an amount or a quantity, so that a number in brackets after it is
    the same one converted: "3.5-mile (5.6-kilometer) route", "$7m (£5m)", "40 metres deep (131
    feet)", "60 miles per hour (100 km/h)"."""
    word = token.lower_.rstrip(".")
    return token.like_num or word in _MEASURED_WORDS or word in currency_words() or bool(glued_unit(token))


_CLOCK = re.compile(r"^(?P<h>\d{1,2})\.(?P<m>[0-5]\d)$")
_AT = frozenset({"at", "by", "until", "till", "from", "before", "after", "around", "about", "since"})


def _is_clock(span: Span, text: str, before: Token | None, after: Token | None) -> bool:
    """A time written with a dot, British style: "called to the scene at 6.10", "by 10.45"."""
    m = _CLOCK.match(text)
    if not m or int(m.group("h")) > 24 or span.label_ in ("MONEY", "PERCENT", "QUANTITY"):
        return False
    if after is not None and (after.like_num or after.lower_ in ("percent", "per", "%")):
        return False
    return before is not None and before.lower_ in _AT


_DISPLAY = re.compile(r"^[1-9]K$")
"""One digit and a capital K in one word: a class of screen or video ("a 4K TV", "8K video"); a
count in thousands is written with more digits or a small k ("50K fans", "the 7k barrier")."""


def _is_label(span: Span, before: Token | None) -> bool:
    """A number that names rather than counts: "the No. 2 seed", "Resolution 2375", "Apollo 11",
    "Flight 370", "5G networks"; amounts of money and shares are never labels."""
    if span.label_ in ("MONEY", "PERCENT", "QUANTITY") or not span[0].like_num:
        return False
    doc, last = span.doc, span[-1]
    glued = doc[last.i + 1] if last.i + 1 < len(doc) and not last.whitespace_ else None
    units = glued is not None and (glued.text in MEASURE_UNITS or glued.text in MEASURE_UNITS.values())
    if glued is not None and glued.text[:1].isupper() and not units:
        return True  # "5G", "3D", "4K": a number glued to a capital is part of a name
    if _DISPLAY.match(span.text):
        return True  # "a 4K TV", "2K resolution", "close to 4K": a display's class, not 4,000
    if _in_title(span):
        return True
    if before is None or before.lower_ in RACE_MARKS:
        return False  # "on lap 48": a point of the race, read by ``sport.race_mark``
    root = span.root
    noun = root.head
    one = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) and noun.tag_ == "NN"
    if one and noun.i == span.end and span.label_ == "CARDINAL" and before.text != "-" and len(span) == 1:
        # "a fully laden 737 aircraft": one thing, the number its model; not "a 40 mph wind"
        return not (glued_unit(noun) or noun.lower_ in MEASURE_UNITS or noun.lower_ in DURATION_UNITS)
    code = doc[before.i - 1].text if before.i > 0 and not doc[before.i - 1].whitespace_ else ""
    coded = any(c.isdigit() for c in code) and code.lower() != code
    if before.text == "-" and not before.whitespace_ and coded:
        return True  # "RX J1131-1231", "A320-200": the end of a designation
    if before.text == "." and before.i > 0 and doc[before.i - 1].lower_ == "no":
        return True
    if before.lower_.rstrip(".") in IDENTIFIER_NOUNS and before.lower_ not in QUALIFIER_WORDS:
        return True
    if before.text == ":" and before.i > 0 and doc[before.i - 1].lower_ in IDENTIFIER_NOUNS:
        return True  # "Nevada plate: 114 B40"
    counts_next = root.dep_ == "nummod" and root.head.i == span.end and root.head.pos_ == "NOUN"
    if before.dep_ == "pobj" and counts_next and not root.head.text[:1].isupper():
        return False  # "docked at Yeosu six times": a place ends the phrase before the count
    if before.pos_ == "PROPN" and before.i != span.sent.start and before.text[:1].isupper():
        return before.text not in CURRENCY_SIGNS
    return root.dep_ in ("nummod", "appos", "compound") and root.head.i == span.start - 1


def _relative(span: Span) -> bool:
    """A count of things that places a moment: "just six laps later", "two games earlier", "three
    races ago" (a length of time in words of time is a DATE the model tags)."""
    doc, end = span.doc, span.end
    if end < len(doc) and doc[end].pos_ == "NOUN" and span.root.head.i == end:
        end += 1
    return end < len(doc) and doc[end].lower_ in ("later", "earlier", "ago") and end > span.end


def _in_title(span: Span) -> bool:
    """A number between capitalised words inside a sentence, part of a title or a name: "a
    projection of the artist performing I Would Die 4 U"; not a fact box ("Cores: 3 Engines")."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc):
        return False
    before, after = doc[span.start - 1], doc[span.end]
    return (
        before.is_alpha
        and after.is_alpha
        and before.text[:1].isupper()
        and after.text[:1].isupper()
        and doc[before.i - 1].text[:1].isupper()
        and span.sent.start <= before.i - 1
        and after.i < span.sent.end
    )


def _is_result(span: Span) -> bool:
    """A tally or a result the sentence names as one: "a 5-4 vote", "voted 51-49", "a 26-24 win",
    "went 50-32-1", "a 9-3 record", "he was 50-32-1 in five seasons"; other pairs of numbers
    ("10-15", page furniture) are not."""
    near = {t.lemma_.lower() for t in span.doc[max(span.start - 3, 0) : span.end + 3]}
    root = span.root
    subject = next((c for c in root.head.children if c.dep_ == "nsubj"), None)
    named = subject is not None and subject.pos_ in ("PRON", "PROPN") and subject.lower_ != "it"
    # "he was 50-32-1", "the Cardinals were 1-2 in playoff games" (a score the parse split)
    stated = root.dep_ in ("attr", "npadvmod") and root.head.lemma_ == "be"
    return bool(near & RESULT_WORDS) or (stated and named)


def _is_age(span: Span, before: Token | None, after: Token | None) -> bool:
    """ "aged 45", "Bruce, 50,", "who is 19", "turned 50", "a 20-year-old"."""
    if before is not None and before.lower_ in _AGE_BEFORE:
        return True
    root = span.root
    if (
        after is not None
        and after.text in ("-",)
        and span.doc[after.i + 1 : after.i + 4].text.startswith("year-old")
    ):
        return True
    if (
        "year-old" in span.doc[span.end : span.end + 4].text
        or "years old" in span.doc[span.end : span.end + 3].text
    ):
        return True
    if root.dep_ in ("appos", "npadvmod") and root.head.pos_ == "PROPN" and span.label_ == "CARDINAL":
        return True
    if (
        before is not None
        and before.text == ","
        and after is not None
        and after.text in (",", ";", ".")
        and span.label_ == "CARDINAL"
    ):
        prev = before.nbor(-1) if before.i > 0 else None
        if prev is not None and prev.pos_ == "PROPN":
            return True
    if (
        root.dep_ in ("attr", "dobj")
        and root.head.lemma_ in ({"be"} | _AGE_VERBS)
        and span.label_ == "CARDINAL"
    ):
        subject = next((c for c in root.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if root.head.lemma_ in _AGE_VERBS or (subject is not None and subject.lower_ in ("who", "he", "she")):
            return not any(c.dep_ == "prep" for c in root.children)
    return False


SHARE_WORDS = frozenset({"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths"})
"""Words of a fraction: a share of what follows "of", not a part counted elsewhere."""


def _is_partitive(span: Span) -> bool:
    """ "nine of the dead", "one of the first companies": a part of a set counted elsewhere."""
    if span.label_ in ("PERCENT", "MONEY") or span.root.lower_ in VAGUE or span.root.lower_ in SHARE_WORDS:
        return False  # "a third of the budget" is a share of it
    if span.start > 0 and span.doc[span.start - 1].lower_ in RACE_MARKS:
        return False  # "on lap 20 of the race"
    for child in span.root.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "among"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and (
                obj.pos_ == "PRON"
                or any(d.lower_ in _ANAPHORA for d in obj.children if d.dep_ in ("det", "poss"))
            ):
                return True
    return False
