"""Agreement nouns used for something else: "a great deal of", "a very big deal", "drug deals", a
shop's "Black Friday deals", "of his own accord"."""

from __future__ import annotations

from spacy.tokens import Token


def figurative_deal(token: Token) -> bool:
    """Whether "deal" is a quantity, a verdict or a crime ("a great deal of", "a very big deal", "drug
    deals") rather than an agreement ("a big trade deal"), or the verb the parser took for a noun:
    "The Cayman Islands deals in bank accounts" (a name, then "deals in" as the sentence's verb)."""
    if token.dep_ == "ROOT" and token.tag_ == "NNS" and has_child(token, "in", dep="prep"):
        return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)
    modifiers = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound", "nmod")}
    if has_child(token, "of", dep="prep") or modifiers & _NO_DEAL:
        return True
    if token.text == "Deal" and "new" in modifiers:
        return True  # "the New Deal", "the Green New Deal": programmes
    if modifiers & _SHOPPING or token.tag_ == "NNS" and _shopped(token, modifiers):
        return True  # "Black Friday deals", "the store offers deals on laptops": prices, no agreement
    return "big" in modifiers and len(modifiers) == 1


# Modifiers of "deal" in sayings and quantities ("a great deal of", "a done deal", "a raw deal",
# "the real deal", "drug deals"), from the news-cluster corpus and common English idiom.
_NO_DEAL = frozenset("great good drug done raw real square".split())


def figurative_accord(token: Token) -> bool:
    """ "of his own accord": a will, not an agreement."""
    return any(c.lower_ == "own" for c in token.children)


# Words of shops' price cuts ("holiday deals", "Black Friday deal", "Cyber Monday deals"), from the
# corpus's technology and shopping pages (EventIds 47, 61).
_SHOPPING = frozenset(
    "holiday black friday cyber monday christmas doorbuster doorbusters prime daily hot".split()
)
# Verbs of shoppers and shops, of which plural "deals" are price cuts ("offers deals on laptops",
# "hunt for the best deals"), and the plural modifiers of listings ("top deals", "best deals").
_SHOP_VERBS = frozenset("offer find hunt shop snag grab score look check browse".split())
_LISTINGS = frozenset("best top latest cheapest".split())


def _shopped(token: Token, modifiers: set[str]) -> bool:
    """Plural "deals" a shop offers or a shopper hunts, or a listing of them ("Top Deals")."""
    if any(c.dep_ == "poss" for c in token.children):
        return False  # "its deals with Apple": a company's agreements
    if modifiers & _LISTINGS:
        return True
    head = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "for" else token.head
    return head.lemma_.lower() in _SHOP_VERBS and head.pos_ == "VERB"


def has_child(token: Token, word: str, dep: str | None = None) -> bool:
    """Whether ``token`` has a child spelled ``word`` (and attached as ``dep``)."""
    return any(c.lower_ == word and (dep is None or c.dep_ == dep) for c in token.children)
