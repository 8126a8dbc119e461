"""One article as the reaction extractor sees it: sentences, quotes, speakers, claims so far."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from generator.extract.reactions.quotes import Quote
from generator.extract.reactions.speakers import Speakers
from generator.extract.reactions.text import Claim
from generator.records import Article


@dataclass
class ArticleView:
    """One article's look-ups: sentences, quotes, speakers, and the claims found so far."""

    doc: Doc
    article: Article
    speakers: Speakers
    sents: list[Span] = field(default_factory=list)
    sent_of: dict[int, int] = field(default_factory=dict)
    quotes: list[Quote] = field(default_factory=list)
    in_quote: set[int] = field(default_factory=set)
    claims: dict[tuple[int, str], Claim] = field(default_factory=dict)
    token_ids: dict[tuple[int, int], frozenset[int]] = field(default_factory=dict)
    """Indices of the tokens covering a character range, kept: every claim asks about every mention."""

    furniture: list[tuple[int, int]] = field(default_factory=list)
    """Character ranges of paragraphs of page furniture (links to other stories): nobody reacts there."""

    folded_source: str | None = None
    """The article as given, whitespace folded: a passage of several sentences must be in it."""

    def in_source(self, text: str) -> bool:
        """Whether ``text`` (whitespace folded) is a span of the article as given."""
        if self.folded_source is None:
            self.folded_source = " ".join(self.article.source_text.split())
        return " ".join(text.split()) in self.folded_source

    def in_furniture(self, offset: int) -> bool:
        """Whether a character offset lies in a paragraph of page furniture."""
        return any(a <= offset < b for a, b in self.furniture)

    def tokens_at(self, start: int, end: int) -> frozenset[int]:
        """Indices of the tokens covering characters ``start``..``end``."""
        found = self.token_ids.get((start, end))
        if found is None:
            found = self.token_ids[(start, end)] = frozenset(t.i for t in tokens(self.doc, start, end))
        return found

    def claim(self, sent: int, actor: str, anchor: int) -> Claim:
        """The claim of ``actor`` in sentence ``sent``, new or already started."""
        claim = self.claims.setdefault((sent, actor), Claim(actor, sent, anchor))
        claim.anchor = min(claim.anchor, anchor)
        return claim

    def add(self, claim: Claim, word: Token, speaker: set[int]) -> None:
        """Add the verb or noun that carries the claim, and the speaker phrase to keep out."""
        target = claim.nouns if word.pos_ == "NOUN" else claim.verbs
        if word not in target:
            target.append(word)
        claim.speaker |= speaker

    def blank(self, s: int) -> bool:
        """True for a "sentence" that is only punctuation (a stray closing mark)."""
        return not any(c.isalnum() for c in self.sents[s].text)


def tokens(doc: Doc, start: int, end: int) -> Span | tuple[()]:
    """The tokens covering characters ``start``..``end`` (none when they fall between tokens)."""
    return doc.char_span(start, end, alignment_mode="expand") or ()


def with_lemma(doc: Doc, lemmas: frozenset[str], words: frozenset[str] = frozenset()) -> list[int]:
    """Indices of the tokens whose lemma (lowercased) is one of ``lemmas`` or whose lowercase form
    is one of ``words``, in order: read from the doc's arrays, without making a Token of every
    word (the extractors look for a few dozen verbs and nouns in thousands of tokens)."""
    if not len(doc):
        return []
    table = doc.to_array([LEMMA, LOWER])
    strings = doc.vocab.strings
    lemma_ids = [h for h in numpy.unique(table[:, 0]).tolist() if strings[h].lower() in lemmas]
    word_ids = [strings[w] for w in words if w in strings]
    hits = numpy.isin(table[:, 0], lemma_ids) | numpy.isin(table[:, 1], word_ids)
    return numpy.flatnonzero(hits).tolist()
