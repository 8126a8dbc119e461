"""Negation read from the dependency tree, not from a window of words: a word is negated when
its clause's verb, or the word itself, carries "not", "never" or "no", or a shifter noun governs
it ("the end of freedom"). Used by ``sentiment.py`` and the position cues.
"""

from __future__ import annotations

from spacy.tokens import Token

# Nouns that turn what they govern around: "the end of equality", "a lack of respect".
SHIFTERS = frozenset(
    {"end", "lack", "loss", "absence", "erosion", "destruction", "collapse", "death", "decline"}
)
# Determiners and adverbs that negate the word they sit on: "no friendly solution".
# VADER's single-word negators, with the approximate negators of English grammars (Quirk et al.):
# "hardly convincing" judges as "not convincing" does.
NEGATORS = frozenset(
    {"not", "n't", "never", "no", "nothing", "nobody", "none", "neither", "nor", "without"}
    | {"rarely", "seldom", "hardly", "barely", "scarcely"}
)
# Links from a word up to the verb of its clause, along which a negation on the verb reaches it.
_CLIMB = frozenset(
    {"acomp", "attr", "dobj", "amod", "advmod", "pobj", "prep", "oprd", "xcomp", "compound", "conj", "appos"}
)


def _nobody(subject: Token) -> bool:
    """A subject that says none: "no one", "nobody", "nothing", "no country"."""
    return subject.lower_ in {"nobody", "nothing", "none", "noone"} or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subject.children
    )


def negated(tok: Token) -> bool:
    """True when the parse negates the word: "not" or "never" on it or on its clause's verb, or a
    shifter noun over it ("the end of freedom"). "No greater feeling" praises: a comparative
    under "no" is not negated, nor one under "could not be" ("couldn't be more thrilled", "could
    not be happier": nothing could be more)."""
    comparative = tok.tag_ in {"JJR", "RBR"} or any(c.lower_ == "more" for c in tok.children)
    node = tok
    for _ in range(8):
        # A shifter turns the thing lost, not what it is said to be: "the end of freedom" is
        # against freedom, "the deaths of two beloved colleagues" still loves them.
        if node != tok and tok.pos_ != "ADJ" and node.pos_ == "NOUN" and node.lemma_.lower() in SHIFTERS:
            return True
        for c in node.children:
            if c.dep_ == "neg" or (c.dep_ in {"det", "advmod"} and c.lower_ in NEGATORS):
                could = any(a.lower_ in {"could", "can"} for a in node.children)
                return not (comparative and (c.lower_ == "no" or could))
            if c.dep_ == "advmod" and any(g.lower_ == "no" for g in c.children):
                return True  # "could no longer offer safe care"
            if node.pos_ in {"VERB", "AUX"} and c.dep_ in {"nsubj", "nsubjpass"} and _nobody(c):
                return True  # "no one had been hurt", "nothing was done"
        # Up to the clause's verb; past it only into an infinitive: "never allow them to violate".
        infinitive = node.dep_ in {"xcomp", "ccomp"} and any(c.lower_ == "to" for c in node.children)
        if node.head == node or (node.dep_ not in _CLIMB and not infinitive):
            return False
        if node.pos_ in {"VERB", "AUX"} and not infinitive:
            return False
        node = node.head
    return False
