"""Speakers named right next to a closing quote mark, where the parser lost the link to the verb.

News credits a quote with a name next to the closing mark, and a long apposition or an age
between them often makes the parser read the verb as part of the quote or hang the name on
another verb:

    '"It should be renamed," Ana Li, the port's deputy director, insisted.'  (verb a conjunct)
    '"No more curse," said club fan Pavel Novak, 24, moments after the game ended.'
                                              (name the subject of "ended")

Only a stretch of words with no verb of its own between the mark and the verb (or between the
verb and the name) credits the quote; a clause there ("…," the mayor, who had called for calm,
said) is left to the parser.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

CREDIT_SPAN = 15
"""Tokens at most between a closing mark and its verb when a name stands between them."""
TITLE_SPAN = 5
"""Tokens at most between an inverted verb and the name after it ("said club fan Pavel Novak")."""
_CLAUSE_POS = frozenset({"VERB", "AUX"})


def named_next_to_quote(
    verb: Token, in_quote: set[int], mention_on: Callable[[Token], str | None]
) -> Token | None:
    """The first named word of a credit next to a quote, for a speech verb without a subject.

    >>> # '"We stay," Ana Li, the port's deputy director, insisted.'  -> "Li"
    >>> # '"We stay," said club fan Pavel Novak, 24, after the game.'  -> "Novak"
    >>> # '"We stay," the mayor, who had called for calm, said.'      -> None (a clause between)
    """
    doc = verb.doc
    sent = verb.sent
    # "…," NAME, ROLE, VERB: the closing mark before the verb, nothing but the credit between.
    k = verb.i - 1
    while k >= sent.start and k > verb.i - CREDIT_SPAN and k not in in_quote:
        k -= 1
    stretch = doc[k + 1 : verb.i]
    if k in in_quote and len(stretch) and not any(t.pos_ in _CLAUSE_POS for t in stretch):
        named = _last_named(list(stretch), mention_on)
        if named is not None:
            return named
    # "…," VERB TITLE NAME: the verb right after the mark (and a comma), the name a few words on.
    before = doc[max(sent.start, verb.i - 2) : verb.i]
    if not any(t.i in in_quote for t in before):
        return None
    return _last_named(list(doc[verb.i + 1 : min(sent.end, verb.i + 1 + TITLE_SPAN)]), mention_on)


def _last_named(words: list[Token], mention_on: Callable[[Token], str | None]) -> Token | None:
    """The last named word of the first phrase of ``words`` (up to a comma, a verb or a
    preposition): "club fan Pavel Novak, 24" -> "Novak", not the club."""
    named = None
    for t in words:
        if t.is_punct and named is None and t.i == words[0].i:
            continue
        if t.is_punct or t.pos_ in _CLAUSE_POS or t.pos_ == "ADP":
            break
        if t.pos_ in {"PROPN", "NOUN"} and t.text[:1].isupper() and mention_on(t):
            named = t  # a name, not a people's adjective ("the Marovian governor")
    return named


CREDIT_ONLY_VERBS = frozenset({"confirm", "point"})
"""Verbs that report speech only as the credit of a quote ('"…," confirmed Ana Li', '"…," Ana Li
pointed out'): elsewhere "confirmed the death" relays a fact and "pointed to" is a gesture."""
CLAUSE_VERBS = frozenset({"maintain", "contend", "counter", "affirm", "allege", "assure", "reassure"})
"""Verbs of asserting that report speech with a reported clause ("maintained that the firm is
well placed", "has countered that it expects to win") or as a quote's credit, and are something
else with an object ("maintain the roads", "counter an attack"): the assertive verbs of English
grammars (Quirk et al. 16.31, Hooper 1975) that news uses for statements, besides those the
speech verbs already hold. Not "reveal" and "disclose": what is revealed is news told as a fact
("revealed she was expecting her third baby"), not a position."""
QUOTE_CREDIT_VERBS = CREDIT_ONLY_VERBS | CLAUSE_VERBS
"""Both: speech verbs only under the conditions ``speaks`` tests."""


def speaks(verb: Token, in_quote: set[int]) -> bool:
    """True when a verb of ``QUOTE_CREDIT_VERBS`` reports speech here: it credits a quote, or
    (an assertive verb) it reports a clause.

    >>> # "Novak maintained that the port is well placed."  -> True
    >>> # "The city maintained the roads."                  -> False
    """
    if verb.lemma_.lower() in CLAUSE_VERBS and any(c.dep_ == "ccomp" for c in verb.children):
        return True
    return credits_quote(verb, in_quote)


def credits_quote(verb: Token, in_quote: set[int]) -> bool:
    """True when ``verb`` credits a quote just before it: the closing mark within two tokens
    before the verb or before its subject ('"…," confirmed X', '"…," X confirmed'); "point" only
    as "point out".

    >>> # '"The talks are over," confirmed Ana Li.'   -> True
    >>> # 'Police confirmed the death on Monday.'      -> False
    >>> # '"We stay," he pointed to the door.'          -> False (not "point out")
    """
    outs = (c for c in verb.children if c.dep_ == "prt" and c.lower_ == "out")
    if verb.lemma_.lower() == "point" and next(outs, None) is None:
        return False
    starts = [verb.i] + [c.left_edge.i for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    doc = verb.doc
    return any(s >= 1 and (s - 1 in in_quote or (doc[s - 1].is_punct and s - 2 in in_quote)) for s in starts)
