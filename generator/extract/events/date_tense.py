"""Tense of the clause a date belongs to, so year-less and relative dates resolve forward or back."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from generator.extract.base import span_text

_FUTURE_WORDS = re.compile(
    r"\b(?:will|shall|won['’]t)\b|['’]ll\b|\b(?:is|are|am)\s+(?:scheduled|expected|set|due|slated|going|poised)\s+to\b"
    r"|\b(?:plans?|intends?)\s+to\b|\bnext\b",
    re.IGNORECASE,
)
_FUTURE_AUX = {"will", "shall", "'ll", "’ll", "wo"}
# Verbs (and "due") that announce a later happening when they stand in the present: "is expected to meet".
_FUTURE_LEMMAS = {"schedule", "expect", "set", "due", "slate", "plan", "intend", "go", "poise"}
_PRESENT_TAGS = {"VBZ", "VBP"}


def is_future(sent: Span, start: int, end: int) -> bool:
    """Whether the clause the characters ``start``..``end`` belong to speaks of the future."""
    return tense_at(sent, start, end) == "future"


def tense_at(sent: Span, start: int, end: int) -> str:
    """ "future", "near" (future seen from the past: "said it would launch") or "past".

    Looks at the governing verb: "will"/"shall" auxiliaries, or a present-tense "is scheduled /
    expected / set / due to", "plans to". "was scheduled to" is past. Without a verb, looks at the sentence.
    """
    verb = governing_verb(sent, start, end)
    if verb is None:
        return "future" if _FUTURE_WORDS.search(span_text(sent)) else "past"
    if _future_verb(verb) or _next_thing(sent, start, end):
        return "future"
    if any(c.dep_ == "aux" and c.lower_ in _MAYBE for c in verb.children) or _planned_in_past(verb):
        return "near"
    if _schedule_line(verb):
        return "future"
    if _plain_present(verb):
        return "near"
    return "past"


_MAYBE = frozenset("would could may might".split())
"""Modals of a happening that may come (or would have, seen from the past): its date is the
nearer one, ahead or back ("could launch a satellite as soon as Jan. 4" in late December)."""


def _schedule_line(verb: Token) -> bool:
    """A line of a schedule or fixture list: a bare verb with no subject or auxiliary that opens
    the sentence after a name ("Texans: Visit Indianapolis on Sunday.", "Next: Host the Browns on
    Sunday") names what is to come."""
    if verb.dep_ != "ROOT" or verb.tag_ != "VB":
        return False
    if any(c.dep_ in ("aux", "auxpass", "expl") for c in verb.children):
        return False
    heads = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # the name the line is about, set off by a colon, is no subject: "Texans: Visit ..."
    return all(any(t.text == ":" for t in verb.doc[c.i + 1 : verb.i]) for c in heads)


_UPCOMING = frozenset("next upcoming coming forthcoming".split())
_SPEECH = frozenset("say tell add note write post tweet state comment remark reply explain".split())
_NEXT_BEFORE = re.compile(
    r"\b(?:next|upcoming|coming|forthcoming)\s+(?:[\w'’-]+\s+){0,3}(?:on|in|at)\s+$", re.I
)


def _next_thing(sent: Span, start: int, end: int) -> bool:
    """ "the team's next home game on November 19": the date of a thing still to come."""
    if _NEXT_BEFORE.search(span_text(sent)[max(0, start - sent.start_char - 60) : start - sent.start_char]):
        return True
    token = next((t for t in sent if t.idx < end and t.idx + len(t) > start), None)
    while token is not None and token.pos_ in ("NOUN", "PROPN", "ADP", "NUM") and token.head.i != token.i:
        token = token.head
        if token.pos_ in ("NOUN", "PROPN") and any(c.lower_ in _UPCOMING for c in token.children):
            return True
    return False


def _plain_present(verb: Token) -> bool:
    """ "The new tax law takes effect on Jan. 1", "The bank reports earnings in mid-January": a
    plain present names what is scheduled (or done every time), so its date is the nearer one,
    ahead or back; "says" and other words of speech keep their past."""
    if verb.lemma_.lower() in _SPEECH:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBG":  # "Organisers are setting up a safe zone": the present progressive
        return bool(auxes) and all(a.tag_ in _PRESENT_TAGS for a in auxes)
    return verb.tag_ in _PRESENT_TAGS and not auxes


def _planned_in_past(verb: Token) -> bool:
    """ "was scheduled to end on July 26", "were expected to meet": a later happening seen from the past."""
    node = verb
    while node.dep_ in ("xcomp", "acomp") and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in _FUTURE_LEMMAS and node.lemma_.lower() != "go":
            return True
    return False


_SET_FOR = frozenset("schedule set slate plan earmark pencil book".split())


def _set_for(verb: Token) -> bool:
    """ "The hearing is set for May 3", "The launch is scheduled for March": a present passive of
    scheduling with "for" names the day a thing is to happen (not "was set for": seen from the past)."""
    if verb.lemma_.lower() not in _SET_FOR or not any(
        c.dep_ == "prep" and c.lower_ == "for" for c in verb.children
    ):
        return False
    return any(c.dep_ == "auxpass" and c.tag_ in _PRESENT_TAGS for c in verb.children)


def _future_verb(verb: Token) -> bool:
    """ "will"/"shall", "next", or a present-tense "is expected / scheduled / set / due to" above the verb."""
    if _set_for(verb):
        return True
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "conj", "acomp") and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    for v in chain:
        auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass", "cop")]
        if any(a.lower_ in _FUTURE_AUX for a in auxes) or any(c.lower_ == "next" for c in v.children):
            return True
        if v.i == verb.i or v.lemma_.lower() not in _FUTURE_LEMMAS:
            continue
        # "is due to": the present-tense copula is the adjective's head, not its child.
        copula = v.head if v.dep_ == "acomp" else None
        if v.tag_ in _PRESENT_TAGS or any(a.tag_ in _PRESENT_TAGS for a in auxes):
            return True
        if copula is not None and copula.tag_ in _PRESENT_TAGS:
            return True
    return False


def governing_verb(sent: Span, start: int, end: int) -> Token | None:
    """The nearest verb above the tokens at ``start``..``end`` in the parse, or None."""
    tokens = [t for t in sent if t.idx < end and t.idx + len(t) > start]
    if not tokens:
        return None
    token = next((t for t in tokens if not (start <= t.head.idx < end) or t.head.i == t.i), tokens[0])
    while True:
        if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ == "ROOT"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head


def told_as_done(verb: Token) -> bool:
    """A verb in the simple past ("removed"), the present perfect ("have discovered", "has been
    banned") or the past passive ("was banned"); not the past perfect, a modal, the progressive,
    the present, nor a negation ("did not start")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not auxes
    if verb.tag_ != "VBN" or not auxes:
        return False
    first = auxes[0]
    if first.lemma_.lower() == "have":
        return first.tag_ in ("VBZ", "VBP")  # "has discovered", not "had discovered" (earlier)
    return len(auxes) == 1 and first.dep_ == "auxpass" and first.tag_ == "VBD"  # "was banned"
