"""Which clause of a sentence a date belongs to, and who its pronoun stands for: the "when" clause
that names the happening, the object a relative clause leaves out, "they" in reported speech,
a date inside someone's quoted words, and a date too vague to place a forecast.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from generator.extract.base import doc_text
from generator.extract.events.datelines import dateline_end
from generator.extract.events.dates import DateRef, governing_verb, tense_at
from generator.extract.events.labels import SUBJECTS, finish_label, np_tokens

REPORTING = frozenset("say tell add note write post tweet state comment remark reply explain".split())
"""Verbs that only report speech: "X said on Friday" dates a statement (a reaction), not a happening."""
_SAYING = REPORTING | {"announce", "report", "claim", "confirm", "reveal", "disclose"}
_WHEN = frozenset("when as while".split())
_PLAIN_PRONOUNS = frozenset("he she they it".split())


def when_clause(verb: Token) -> Token | None:
    """The verb of a "when" clause hanging on ``verb``: "made headlines in 2015 when she bit a
    soldier's hand" -> "bit"; it names the happening the date is for (not "as" or "while": "were
    heard on Friday as ambulances rushed to the area" is about the helicopters)."""
    return next(
        (c for c in verb.children if c.dep_ == "advcl" and any(w.lower_ == "when" for w in c.children)), None
    )


def is_when(verb: Token) -> bool:
    """Whether ``verb`` heads a clause opened by "when", "as" or "while"."""
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in _WHEN for c in verb.children)


def missing_object(verb: Token, exclude: set[int]) -> str | None:
    """The noun a relative clause's verb acts on when the clause leaves it out: "the Oakland job
    he occupied between 1998 and 2001" -> "the Oakland job" (so the label reads "he occupied the
    Oakland job"); None when the verb has its own object or the noun is its subject."""
    if verb.dep_ != "relcl" or verb.tag_ == "VBN" or any(c.dep_ in ("dobj", "attr") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.tag_ in ("WDT", "WP"):
        return None
    if any(c.dep_ == "prep" and not list(c.children) for c in verb.children):
        return None  # "the job he applied for": a preposition stranded, the noun is its object
    tokens = np_tokens(verb.head, exclude | {t.i for t in verb.subtree})
    return finish_label(tokens, capital=False, min_words=1)


def reported_subject(pronoun: Token) -> str | None:
    """Who "they", "he", "she" or "it" is in reported speech: the speaker named as the subject of
    the verb of saying ("South Korean authorities said Friday that on Nov. 24 they seized ..." ->
    "South Korean authorities"; "Apple has revealed that it last week removed Telegram" ->
    "Apple"); None otherwise."""
    if pronoun.lower_ not in _PLAIN_PRONOUNS or pronoun.dep_ not in SUBJECTS:
        return None
    clause = pronoun.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _SAYING:
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ == "PRON" or speaker.idx < dateline_end(pronoun.sent):
        return None  # (not "SEOUL (Reuters)", a dateline the parser made the subject)
    plural = pronoun.lower_ == "they"
    if plural != (speaker.tag_ in ("NNS", "NNPS")) and speaker.ent_type_ not in ("ORG", "NORP", "GPE"):
        return None  # "he" for a person, "they" for a group or a body
    if pronoun.lower_ == "it" and (
        speaker.ent_type_ in ("PERSON", "NORP") or speaker.tag_ not in ("NN", "NNP")
    ):
        return None  # "it" for a body or a thing ("Apple has revealed that it removed ..."), not a person
    return finish_label(np_tokens(speaker, set()), min_words=1)


def in_quotation(sent: Span, ref: DateRef) -> bool:
    """Whether the date stands inside quotation marks: the speaker's "this morning" or
    "yesterday" is dated from when they spoke, and their words are a reaction, not a report.

    The last quotation mark before the date on its line decides: an opening one puts the date in
    someone's words, a closing one ends them. A straight mark opens after a space or at the start
    (``said: "We`` ) and closes after a word (``trace."``), so a quotation whose closing mark the
    source left out ("narcotics. "The secretive nature ... trace."") does not leave the rest of a
    live blog's line in a quote; two apostrophes after a word close one ("a "travel advisory''
    in October").
    """
    text = doc_text(sent.doc)
    start = text.rfind("\n", 0, ref.start) + 1
    marks = _QUOTE_MARK.findall(text, start, ref.start)
    return bool(marks) and any(marks[-1])


_QUOTE_MARK = re.compile(r"(“)|(?:^|(?<=[\s(\[—–-]))(\")|[”]|\"|(?<=\S)''")
"""A quotation mark: group 1 an opening curly one, group 2 an opening straight one (at the
start of the line or after a space, a bracket or a dash); any other match closes."""


_PERFECT = re.compile(r"\b(?:has|have|had)\b", re.IGNORECASE)


def vague_forecast(sent: Span, ref: DateRef, published: dt.date | None) -> bool:
    """A whole year the article is in (or the next), for what will happen or has been going on:
    "the tax reform will cut profit this year", "will lead to a $5 billion hit in 2017" (said in
    December 2017), "This year, authorities have doubled down on efforts" -- a forecast or a
    state, no happening a reader can place. "worked well at Oktoberfest this year" stays."""
    if ref.precision != "year" or published is None or not 0 <= int(ref.date) - published.year <= 1:
        return False  # ("would open in 2027" names its own year: a plan, kept)
    if tense_at(sent, ref.start, ref.end) in ("future", "near"):
        return True
    verb = governing_verb(sent, ref.start, ref.end)
    if verb is None:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a.lemma_.lower() == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes)


_NOW_WORDS = frozenset("today now nowadays currently".split())


def state_of_today(sent: Span, ref: DateRef) -> bool:
    """Whether "today" or "now" only says how things stand, with "be" as the clause's own verb:
    "Today, the harbor is a trendy downtown area", "the reason he is alive today", "the most
    powerful rocket available today" -- no happening of the day. "Ana Li resigned today" stays."""
    if ref.text.lower() not in _NOW_WORDS:
        return False
    token = next((t for t in sent if ref.start <= t.idx < ref.end), None)
    while token is not None and token.pos_ not in ("VERB", "AUX"):
        if token.pos_ == "ADJ":
            return True  # "available today", "alive today"
        token = token.head if token.head.i != token.i else None
    if token is None or token.lemma_.lower() != "be" or token.dep_ in ("aux", "auxpass"):
        return False
    return any(c.dep_ in ("attr", "acomp") for c in token.children)  # not "is in Lima today"
