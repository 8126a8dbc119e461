"""When an agreement was made: the date in its own phrase, on the verb that signs it, on the verb
that makes it known, or a month its possessive names ("September's resolution")."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from generator.extract.events.dates import DateRef, anniversary_origin, coarse_date, governing_verb

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sept sep",
            "october oct",
            "november nov",
            "december dec",
        ),
        start=1,
    )  # fmt: skip
    for name in names.split()
}


def possessive_date(trigger: Token, published: dt.date | None) -> str | None:
    """The month a possessive names ("September's resolution"), the latest one not after
    publication, as YYYY-MM; None without one."""
    for child in trigger.children:
        month = _MONTHS.get(child.lower_.rstrip(".")) if child.dep_ == "poss" else None
        if month and published is not None:
            year = published.year if month <= published.month else published.year - 1
            return f"{year}-{month:02d}"
    return None


def date_for(
    sent: Span, trigger: Token, verbs: list[Token], refs: list[DateRef], skip: set[int] | None = None
) -> str | None:
    """The date that belongs to the agreement: in its own phrase, or on the verb that signs it;
    never one among the ``skip`` tokens (a price's: "for a pick in 2012")."""
    subtree = {t.i for t in trigger.subtree} if trigger.pos_ != "VERB" else set()
    chain = {v.i for v in verbs}
    # "On Saturday, the club announced they signed X to a contract": the day it was made known,
    # unless the agreement's own clause gives one ("said on Friday it had signed a pact in 2019")
    told = {v.head.i for v in verbs if v.dep_ == "ccomp" and v.head.lemma_.lower() in _MADE_KNOWN}
    # "at last week's summit, at which members agreed": the date sits on the clause's antecedent
    antecedents = {v.head.i for v in verbs if v.dep_ == "relcl"}
    for ref in refs:
        origin = anniversary_origin(sent, ref)
        if origin is not None and origin[1] <= trigger.idx:
            return origin[0].date
        tokens = [t for t in sent if ref.start <= t.idx < ref.end]
        if skip and any(t.i in skip for t in tokens):
            continue
        if tokens and _is_term(tokens[0]):
            continue  # "extended his contract through 2026": when it ends, not when it was made
        verb = governing_verb(sent, ref.start, ref.end)
        if any(t.i in subtree for t in tokens) or (verb is not None and verb.i in chain):
            return coarse_date(ref)
        if any(
            t.head.i in antecedents and t.dep_ in ("poss", "compound", "npadvmod", "nmod") for t in tokens
        ):
            return coarse_date(ref)
    for ref in refs:
        verb = governing_verb(sent, ref.start, ref.end)
        skipped = skip and any(ref.start <= t.idx < ref.end for t in sent if t.i in skip)
        if verb is not None and verb.i in told and not skipped:
            return coarse_date(ref)
    return None


_MADE_KNOWN = frozenset("announce say confirm report reveal disclose".split())
"""Verbs whose date is that of the agreement they report in a clause of their own."""


def _is_term(token: Token) -> bool:
    """A date that ends a term: the object of "through", "until", "till" ("through 2026")."""
    node = token
    while node.dep_ in ("compound", "nummod", "amod", "det", "npadvmod") and node.head.i != node.i:
        node = node.head
    return node.dep_ == "pobj" and node.head.lower_ in ("through", "until", "till", "thru")
