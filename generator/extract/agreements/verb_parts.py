"""What the verb forms of agreements share: the record of one form before its parties are found,
and the small readings of a verb's phrases (its objects, its tense, a short noun phrase)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from generator.extract.events.labels import finish_label, np_tokens


@dataclass
class VerbForm:
    """An agreement read off a verb, before its parties and date are gathered."""

    title: str
    verb: Token
    status: str
    extra: list[Token] = field(default_factory=list)
    """Phrases that name parties beyond the subject's and the "with"/"between"/"by" phrases."""
    skip: set[int] = field(default_factory=set)
    """Tokens whose dates are not the agreement's (the price: "for a pick in 2012")."""
    needs_party: bool = True
    """Kept only with a party or a collective subject ("she agreed to go upstairs" is none)."""
    described: tuple[str, Token] | None = None
    """The words of the title that stand for a company named before ("that company"), and their
    head, to be named in the title once parties are known."""
    aim: list[Token] = field(default_factory=list)
    """The verb of what was agreed, whose date is the agreement's ("agreed to acquire X on Monday")."""


# Nouns by which business news refers back to a company it named ("the San Diego company", "that
# company", "the semiconductor maker"), from the corpus's business stories (EventIds 60, 62).
COMPANY_NOUNS = frozenset(
    "company firm group maker chipmaker carmaker automaker business conglomerate bank lender insurer "
    "retailer startup start-up".split()
)


def described_company(token: Token) -> bool:
    """ "that company", "this firm": a company the sentence named before, by a demonstrative."""
    return token.lemma_.lower() in COMPANY_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("that", "this") for c in token.children
    )


def np_phrase(token: Token, exclude: set[int]) -> str:
    """A short noun phrase for a title: without its article, clauses and phrases of place or time
    ("the girls in Banki close to the border" -> "girls")."""
    after = [c for c in token.children if c.i > token.i and not (c.dep_ == "prep" and c.lower_ == "of")]
    skip = exclude | {t.i for c in after for t in c.subtree}
    tokens = np_tokens(token, skip, names_only=False)
    return finish_label(tokens, drop_article=True, max_words=8, capital=False, min_words=1) or token.text


def prep_object(verb: Token, word: str, dep: str = "prep") -> Token | None:
    for child in verb.children:
        if child.dep_ == dep and child.lower_ == word:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def done_status(verb: Token) -> str:
    return "planned" if is_future(verb) else "agreed"


def is_future(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "’ll") for c in verb.children)


def has_to(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def has_dep(token: Token, dep: str) -> bool:
    return any(c.dep_ == dep for c in token.children)
