"""A date in a participle clause that opens the sentence: "Opened in October, the store was
praised ..." dates the opening, not the praise, and the label says what was done to whom."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.events.labels import SUBJECTS, clause_tokens, finish_label, subject_tokens

_PLURAL = ("NNS", "NNPS")


def fronted_participle(verb: Token, exclude: set[int]) -> str | None:
    """The label of a past participle clause that opens the sentence and holds the date, or None.

    "Opened in October, the store was praised by critics" -> "The store was opened"; "Founded in
    1990 by two brothers, the firm makes pumps" -> "The firm was founded by two brothers";
    "Elected in May, the councillors took office" -> "The councillors were elected". Not a
    participle inside the clause ("the store, opened in October, ..."), one with a subject of its
    own, nor one whose noun the sentence does not name ("Opened in October, it ...").
    """
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.i > verb.head.i:
        return None
    first = next((t for t in verb.sent if t.i not in exclude and not t.is_punct), None)
    if first is None or first.i != verb.i:
        return None
    if any(c.dep_ in (*SUBJECTS, "aux", "auxpass", "mark") for c in verb.children):
        return None
    inside = {t.i for t in verb.subtree}
    subject = subject_tokens(verb.head, exclude | inside)
    noun = next((t for t in subject if t.dep_ in SUBJECTS and t.head.i == verb.head.i), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    done = [t for t in clause_tokens(verb, exclude) if t.i in inside]
    said = finish_label(done, capital=False, min_words=1)
    who = finish_label(subject, min_words=1)
    if not said or not who:
        return None
    said = said[:1].lower() + said[1:]  # the sentence's first word, now inside the label
    return f"{who} {'were' if noun.tag_ in _PLURAL else 'was'} {said}"
