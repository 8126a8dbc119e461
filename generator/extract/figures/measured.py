"""What a number measures (``Measure``) and the two readings every rule shares: the noun a count
is of, and that noun described ("ballistic missiles", "containers of ammunition")."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from generator.extract.figures.numbers import parse_amount
from generator.extract.figures.phrase import noun_phrase, plain, verb_of

SAYING = frozenset({"say", "note", "tell", "add", "report", "announce", "state", "write", "claim"})
"""Verbs of saying: an amount next to them is elliptical ("almost 60 percent, it was noted")."""


EARLIER = frozenset({"previous", "earlier", "initial", "original", "former", "prior", "old"})
"""Adjectives that make a figure an earlier one of its kind: "a previous offer of $70" is not the
new offer of $82 (a different measure, not a conflict); not "first", which is as often a
name ("first-stage boosters", "a first-round pick")."""


@dataclass(frozen=True)
class Measure:
    """What a number measures."""

    what: str
    """A short description: "people killed", "ballistic missiles", "one-time charge"."""
    key: str
    """What makes two figures the same measure: lemmas of the counted noun and of the toll."""
    noun: str | None = None
    """The counted noun as written ("people", "missiles"), None for money and shares."""
    verb: Token | None = None
    """The clause's verb, for the date the figure refers to."""
    toll: bool = False
    """Whether it counts people something happened to (killed, injured, arrested ...)."""
    unit: str | None = None
    """A unit of measure or of time the parse found beside the number ("a 66-yard pass")."""


def of_object(root: Token, preps: tuple[str, ...]) -> Token | None:
    """The noun after "of" that a count or share is of: "dozens of missiles", "80% of imports";
    for money also after "in": "$140 million in tax savings"."""
    for child in root.children:
        if any(t.text == "," for t in root.doc[root.i + 1 : child.i]):
            break  # "Credit Suisse has 1,105 and UBS, also of Switzerland, ...": another clause's
        if child.dep_ == "prep" and child.lower_ in preps:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
                return obj
    return None


def described(noun: Token, span: Span, verb: Token | None = None, suffix: str = "") -> Measure | None:
    verb = verb or verb_of(noun)
    phrase = noun_phrase(noun, span)
    if not phrase:
        return None
    what = f"{phrase} {suffix}".strip()
    rate = _per(noun, span)
    if rate is not None and rate not in what:  # "2,000 planets for every star": a ratio, not a count
        short = rate.replace("for every ", "for ")
        what = what.replace(short, rate) if short in what else f"{what} {rate}"
    earlier = any(c.dep_ == "amod" and c.lower_ in EARLIER for c in noun.children)
    key = plain(noun) + ("|earlier" if earlier else "") + ("|per" if rate else "")
    return Measure(what, key, noun.lower_, verb)


def _per(noun: Token, span: Span) -> str | None:
    """ "per main-sequence star" or "for every star" said of a counted noun (in its own words or
    as its verb's complement): "contain 2,000 planets for every star", "2000 planets ranging from
    moon to Jupiter mass per main-sequence star"."""
    verb_preps = [c for c in noun.head.children if c.lower_ == "for"] if noun.dep_ in ("dobj", "attr") else []
    for prep in [*noun.subtree, *verb_preps]:  # "per" in the noun's own words, "for every" also its verb's
        if prep.dep_ != "prep" or prep.lower_ not in ("per", "for") or prep.i < noun.i:
            continue
        if prep.lower_ == "per" and span.end <= prep.i <= span.end + 1:
            continue  # "$70 per share": the amount's own rate
        obj = next((o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
        every = any(d.lower_ in ("every", "each") for d in obj.lefts) if obj is not None else False
        if obj is None or (prep.lower_ == "for" and not every):
            continue
        each = "for every" if prep.lower_ == "for" else "per"
        return f"{each} {noun_phrase(obj, span)}"
    return None


def gapped(number: Token, span: Span) -> Measure | None:
    """A bare number as the object of a verb that an earlier clause of the sentence gave with the
    counted noun: "HSBC has 2,300 offshore companies created through the firm, Credit Suisse has
    1,105" -> "offshore companies created" (whose they are is the verb's named subject); not a
    verb without a subject of its own ("... and UBS, also of Switzerland, has 1,100" misparsed).
    """
    verb = number.head
    if number.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    if not any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in verb.children):
        return None
    for earlier in number.doc[number.sent.start : verb.i]:
        if earlier.pos_ != "VERB" or earlier.lemma_ != verb.lemma_:
            continue
        noun = next(
            (
                c
                for c in earlier.children
                if c.dep_ == "dobj"
                and c.pos_ == "NOUN"
                and any(n.dep_ == "nummod" and n.like_num for n in c.children)
            ),
            None,
        )
        found = described(noun, span, verb=verb) if noun is not None else None
        if found is not None:
            return found
    return None


SPEAKING = frozenset({"say", "tell", "claim", "note", "add", "state", "speak", "insist"})
"""Verbs whose few subjects are the sources of a report, not a figure ("two officials told
Reuters"); not "report" ("hundreds of women reported being assaulted" is a count of victims)."""


POINTING = frozenset({"those", "these", "this", "that"})
"""Subjects that point back at what the text said before."""


def few(span: Span) -> bool:
    """A small count written as a number: "two", "3" (below ten)."""
    amount = parse_amount(span.text)
    return amount is not None and amount.number is not None and amount.number < 10


def restated(verb: Token) -> bool:
    """A verb "be" whose subject points back: "those are two takeaways" (not "which is three
    rockets", "I was about two fire engines" away)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return verb.lemma_ == "be" and subject is not None and subject.lower_ in POINTING


LIGHT_VERBS = frozenset(
    {"have", "be", "include", "get", "make", "take", "give", "do", "hold", "contain", "own"}
)
"""Verbs that say nothing of what happened to the things they have as object ("has 11 wins")."""


def done_to(noun: Token, found: Measure | None) -> Measure | None:
    """Things counted as the object of what someone did name the doing: "overtook 13 cars",
    "seized two ships", "set up two companies" (not "has 11 wins", nor "said two things")."""
    verb = noun.head
    if found is None or noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_ in LIGHT_VERBS | SAYING:
        return found
    done = " ".join([verb.text.lower(), *(c.lower_ for c in verb.children if c.dep_ == "prt")])
    return replace(found, what=f"{done} {found.what}")
