"""Reported speech that goes on in the next sentence without a new attribution.

"X said the blockade is 'bankrolled' by the smugglers of the coast. If they win, the region will
be more dangerous." The second sentence is still X's: reporters give the rest of a statement in
free indirect speech, and it carries the statement's stance. It is taken as the speaker's only
when it cannot be the journalist's own narration:

- it is in the same paragraph, right after the reported statement (a paraphrase, not a whole
  quote), and the statement's verb reports a clause ("said that ...") that keeps the speaker's
  own tense ("said the blockade is ...") or quotes the speaker's words;
- it has no attribution of its own (no speech or reaction verb, no quotation marks), no other
  claim is made in it, and it names nobody (no proper name: "Brightwater's offer will include ...");
  it is not a question or an aside in brackets (the journalist's: "What could go wrong?");
- its main verb carries a modal of assessment ("will", "would", "could", "may", "might", "must",
  "should", "can") and the sentence assesses: a condition ("if they win, ..."), or an
  evaluative adjective or adverb ("more dangerous", "very difficult").

Not: "The talks will resume on Tuesday." (a modal, but nothing assessed: the journalist's news);
"X said more research would be needed. If it is confirmed, it would be big news." (the
statement is told in the reporter's tense: what follows may be the reporter's own comment).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.base import doc_text
from generator.extract.reactions.article import ArticleView
from generator.extract.reactions.lexicon import word_valence
from generator.extract.reactions.stance import REACTION_VERBS, SPEECH_VERBS
from generator.extract.reactions.text import Claim

ASSESSING_MODALS = frozenset(
    {"will", "would", "could", "may", "might", "must", "should", "can", "'ll", "wo", "ca"}
)
"""Modal verbs of a prediction or a judgement on what lies ahead."""
CONDITIONS = frozenset({"if", "unless"})
EVALUATIVE = 0.8
"""An adjective or adverb of at least this valence (either sign) assesses (VADER's scale)."""
_CLAUSE = frozenset({"ccomp", "parataxis"})


def continuation(art: ArticleView, claim: Claim, taken: set[int]) -> int | None:
    """The sentence after the claim's that goes on with its reported words, or None.

    >>> # "Ana Li said the plan is 'dead'. If it fails, the region will be far less safe." -> 2nd
    >>> # "Ana Li said the plan is 'dead'. The talks will resume on Tuesday." -> None
    """
    reported = [
        c for v in claim.verbs if v.lemma_.lower() in SPEECH_VERBS for c in v.children if c.dep_ in _CLAUSE
    ]
    if not reported or not (claim.quotes or any(_present(c) for c in reported)):
        return None
    nxt = claim.sent + 1
    if nxt >= len(art.sents) or nxt in taken:
        return None
    sent = art.sents[nxt]
    text = doc_text(art.doc)
    if "\n" in text[art.sents[claim.sent].end_char : sent.start_char]:
        return None  # a new paragraph
    if any(t.i in art.in_quote or t.is_quote or t.pos_ == "PROPN" or t.ent_type_ for t in sent):
        return None
    words = sent.text.strip()
    if words.endswith("?") or words.startswith(("(", "[")):
        return None
    if any(t.lemma_.lower() in SPEECH_VERBS | REACTION_VERBS and t.pos_ == "VERB" for t in sent):
        return None  # a new attribution, or the journalist's report of one
    return nxt if _assesses(sent) else None


def _present(verb: Token) -> bool:
    """A reported clause in the present tense: "said the blockade is bankrolled"."""
    return any(t.tag_ in {"VBZ", "VBP"} for t in [verb, *verb.children] if t.i <= verb.i)


def _assesses(sent: Span) -> bool:
    """A modal main clause that judges or predicts under a condition."""
    root = sent.root
    heads = [root, *(c for c in root.children if c.dep_ == "conj")]
    if not any(c.tag_ == "MD" and c.lower_ in ASSESSING_MODALS for h in heads for c in h.children):
        return False
    return any(_judging(t) for t in sent)


def _judging(tok: Token) -> bool:
    if tok.dep_ == "mark" and tok.lower_ in CONDITIONS:
        return True
    return tok.pos_ in {"ADJ", "ADV"} and abs(word_valence(tok.lower_)) >= EVALUATIVE
