"""What a sum of money or a share is of, where the parse hangs it on a noun rather than a verb:
what a participle describes ("a deal valued at $130 billion", "its economy, expected to grow by 6
percent"), whom a bid is for ("its $5.5 billion bid for Brocade"), where a share goes ("two-thirds
of the hit comes from the repatriation tax") and which sum a share is of."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from generator.extract.base import span_text
from generator.extract.figures.measured import Measure
from generator.extract.figures.phrase import noun_phrase, verb_of


def described_by(verb: Token) -> Token | None:
    """The noun a participle (or the verb under it) describes, whose change or value the sum is:
    "a deal valued at $130 billion" -> deal; "its economy, expected to grow by 6 percent" ->
    economy; None for a verb with a subject of its own."""
    for _ in range(2):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
        if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
            return verb.head
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def bid_for(noun: Token, found: Measure | None) -> Measure | None:
    """A sum on a noun that its verb says is for a named party: "made its $5.5 billion bid last
    year for Brocade", "its $5.5 billion bid it made for Brocade" -> "bid for Brocade" (the
    noun's own "for" phrase is already in its words)."""
    if found is None or any(c.lower_ == "for" for c in noun.children):
        return found
    verbs = [c for c in noun.children if c.dep_ == "relcl"]  # "the bid it made last year for Brocade"
    if noun.dep_ == "dobj":
        verbs.append(noun.head)
    target = next(
        (
            o
            for verb in verbs
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "for" and c.i > noun.i
            for o in c.children
            if o.dep_ == "pobj" and o.pos_ == "PROPN"
        ),
        None,
    )
    if target is None:
        return found
    name = " ".join(t.text for t in target.lefts if t.dep_ == "compound" and t.pos_ == "PROPN")
    return replace(found, what=f"{found.what} for {(name + ' ' + target.text).strip()}")


def share_going(span: Span, found: Measure) -> Measure:
    """A share that is the subject of a verb saying where it comes from or goes: "about two-thirds
    of the hit comes from the repatriation tax" -> "hit comes from repatriation tax", "two thirds
    of the $5 billion are due to changes in taxes"; "20% of the budget goes to defence"."""
    root, verb = span.root, span.root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return found
    words = [] if verb.lemma_ == "be" else [verb.lower_]
    places = list(verb.children)
    state = next((c for c in places if c.dep_ == "acomp" and c.i > verb.i), None)
    if state is not None:  # "are due to", "is related to"
        words.append(state.lower_)
        places += list(state.children)
    prep = next((c for c in places if c.dep_ == "prep" and c.lower_ in _GOING and c.i > verb.i), None)
    obj = (
        next((o for o in prep.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)
        if prep
        else None
    )
    if prep is None or obj is None or found.what.endswith(obj.text):
        return found
    return replace(
        found, what=f"{found.what} {' '.join(words)} {prep.lower_} {noun_phrase(obj, span)}".strip()
    )


_GOING = frozenset({"from", "to", "on", "for"})
"""Prepositions of where a share comes from or goes ("comes from", "goes to", "spent on")."""


def of_amount(root: Token) -> Measure | None:
    """A share of a sum named before: "two thirds of the $5 billion" -> "share of $5 billion"."""
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((o for o in child.children if o.dep_ == "pobj" and o.ent_type_ == "MONEY"), None)
            if obj is not None:
                sum_words = [t.text for t in obj.subtree if t.dep_ != "det"]
                what = "share of " + "".join(w if w == "$" else w + " " for w in sum_words).strip()
                return Measure(what, f"share|{obj.lower_}", None, verb_of(root))
    return None


def named_phrase(noun: Token, span: Span) -> str:
    """The name the text gives a common noun whose sum it is, else the noun phrase: "a new virtual
    currency, Tarvocoin, raised $800,000" -> "Tarvocoin"; "regulators shut down Tarvo Fund, a
    purported swindle that had attracted $6 million" -> "Tarvo Fund"."""
    if noun.pos_ != "NOUN":
        return noun_phrase(noun, span)  # "Rival Tarvo Aerospace (NYSE:TRV) fell 2%": a name already
    name = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is None and noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        name = noun.head
    if name is None or span.start <= name.i < span.end:
        return noun_phrase(noun, span)
    entity = next((e for e in name.doc.ents if e.start <= name.i < e.end), None)
    if entity is not None and not (entity.start <= noun.i < entity.end):
        return span_text(entity).removeprefix("the ")
    return " ".join([t.text for t in name.lefts if t.dep_ == "compound"] + [name.text])


INCLUSIONS = frozenset({"including", "excluding", "plus"})
"""Prepositions after a sum that say what it counts in or leaves out ("$148.9 billion including
debt"): another measure than the bare sum."""


def with_included(span: Span, found: Measure) -> Measure:
    """A sum with what it includes or leaves out: "the deal, which amounts to $148.9 billion
    including debt" -> "deal including debt"; "$2 billion excluding fees" -> "... excluding
    fees"."""
    for child in span.root.children:
        if child.dep_ != "prep" or child.lower_ not in INCLUSIONS or child.i < span.end:
            continue
        obj = next((o for o in child.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
        if obj is not None and obj.text not in found.what:
            phrase = f"{child.lower_} {noun_phrase(obj, span)}"
            return replace(found, what=f"{found.what} {phrase}", key=f"{found.key}|{child.lower_}")
    return found
