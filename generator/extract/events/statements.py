"""A statement on the record at a date: who said, wrote or told what, when the date is the saying's.

A report dates the statements that make its story as it dates any happening: "Airline spokesman
Ana Li said Tuesday that the two players boarded the flight", "In January, Salesforce's chief,
Tom Reed, said that the networks should be regulated", "Reed told employees last month that the
firm will add training". The timeline keeps them when the speaker is named and the saying is
the date's own (the date hangs on the verb of saying, not on the said clause: "said Friday that
on Nov. 24 they seized ..." dates the seizure too, and that one is the said clause's).
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.events.clauses import REPORTING
from generator.extract.events.labels import MAX_LABEL_WORDS, clause_tokens, finish_label, np_tokens

STATING = REPORTING | {"allege", "argue", "warn", "acknowledge", "admit"}
"""Verbs of a statement: the verbs that report speech and those that say how it was put."""
_ACTS = frozenset({"tweet", "post", "write"})
"""Verbs whose bare act is news of its day ("Lazare tweeted Sunday"): a saying is dated only with
what it said."""


def dated_statement(verb: Token, exclude: set[int]) -> str | None:
    """The label of a dated statement by a named speaker, or None.

    "Airline spokesman Ana Li said Tuesday that the players boarded the flight" -> "Airline
    spokesman Ana Li said that the players boarded the flight"; "Tom Reed told employees last
    month that the firm will add training" -> "Tom Reed told employees that the firm will add
    training"; '"Get the facts first," Lazare tweeted Sunday.' -> "Lazare tweeted". None for a
    speaker the sentence does not name ("He said Tuesday ...", "officials said Monday"), and for a
    bare "said" without the said clause ("Horner said on Sunday night": what, the quotation tells).
    """
    lemma = verb.lemma_.lower()
    if lemma not in STATING or verb.tag_ not in ("VBD", "VBZ", "VBN"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i not in exclude), None)
    if subject is None or subject.i > verb.i or not _named(subject):
        return None
    said = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    name = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    words = np_tokens(name if subject.pos_ != "PROPN" and name is not None else subject, exclude)
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i < (said.i if said else 10**9)]
    if said is None:
        if lemma not in _ACTS:
            return None
        return finish_label([*words, verb], min_words=2)
    if any(t.i in exclude for t in said.subtree):
        return None  # "said he was on the tram on 31 October": the date is the said clause's
    inner = clause_tokens(said, exclude)
    if said.pos_ not in ("VERB", "AUX") or not any(t.dep_ in ("nsubj", "nsubjpass") for t in inner):
        return None  # ("said Wednesday has enforced ...": whose doing, the label would not say)
    mark = [c for c in said.children if c.dep_ == "mark" and c.lower_ == "that"]
    tokens = [*words, verb, *(t for c in told for t in np_tokens(c, exclude)), *mark, *inner]
    return finish_label(tokens, max_words=MAX_LABEL_WORDS + 4)


def _named(subject: Token) -> bool:
    """A speaker the sentence names: a proper name in the subject ("Ana Li", "Airline spokesman
    Ana Li", "Salesforce's chief, Tom Reed"), not "officials", "he" or "the company"."""
    return subject.pos_ == "PROPN" or any(
        t.pos_ == "PROPN" and t.dep_ in ("compound", "appos", "flat") for t in subject.children
    )
