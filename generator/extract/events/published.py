"""Whether an article's own text contradicts its publication date: it reports as past a day it
names in full that lies after the day it was published ("Saturday, November 12" in a piece
dated 9 November). Its relative dates ("on Friday", "last week") then resolve against the wrong
day, so the verification page flags it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from generator.extract.base import evidence, sentences, span_text
from generator.extract.events.clauses import in_quotation
from generator.extract.events.dates import WEEKDAYS, find_dates, governing_verb, is_metadata, tense_at
from generator.extract.events.furniture import is_boilerplate
from generator.records import Article, Conflict

_YEAR = re.compile(r"\b(?:1[89]|2[01])\d\d\b")


def publication_doubt(doc: Doc, article: Article) -> Conflict | None:
    """The first sentence that reports as done a day after publication, named in full (with its
    year, or its weekday and month); None when the text agrees with the date or names none.

    "Police said the suspect was arrested on Saturday, November 12." in an article published on
    9 November 2016 -> 2016-11-12 and that sentence. Not a day still to come ("will meet on
    Saturday, November 12"), words inside quotation marks, or a dateline or "Updated" line.
    """
    published = article.published
    if published is None or article.published_inferred:
        return None
    for index, sent in enumerate(sentences(doc)):
        if is_boilerplate(sent):
            continue
        for ref in find_dates(sent, published):
            if ref.precision != "day" or ref.date <= published.isoformat():
                continue
            words = ref.text.lower()
            if not (_YEAR.search(ref.text) or any(day in words for day in WEEKDAYS)):
                continue  # "November 12" alone resolves by the tense, it cannot disagree
            if is_metadata(sent, ref) or in_quotation(sent, ref) or not span_text(sent).strip():
                continue
            verb = governing_verb(sent, ref.start, ref.end)
            if verb is not None and _simple_past(verb) and tense_at(sent, ref.start, ref.end) == "past":
                return Conflict(ref.date, evidence(article.id, sent, index), "day")
    return None


def _simple_past(verb: Token) -> bool:
    """ "was arrested", "killed", "had met": a verb in the past, not "is set for" or a caption's
    "is fired"."""
    if verb.tag_ == "VBD":
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and bool(auxes) and all(a.tag_ in ("VBD", "VBN") for a in auxes)
