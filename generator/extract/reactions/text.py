"""What a reaction says: the clause of its verb or noun, a short paraphrase, and plain reports.

A paraphrase is made of the sentence's own words (subject, verb, object), never invented.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from generator.extract.reactions.quotes import Quote
from generator.text import fold

SUMMARY_WORDS = 25
"""A paraphrase is trimmed towards this many words: asides first, then trailing modifiers."""
MAX_SUMMARY_WORDS = 40
"""What trimming leaves is cut (with an ellipsis) only beyond this many words."""
MIN_SUMMARY_WORDS = 6
"""Trimming stops before what was said shrinks below this many words."""
# Asides set off by commas, dropped first wherever they are: "the government, which is waging ...,".
_ASIDES = frozenset({"relcl", "appos"})
# Dependents that may be dropped from the end of a paraphrase without breaking its sentence.
_TRAILING = frozenset(
    {"prep", "advcl", "conj", "cc", "relcl", "acl", "npadvmod", "appos", "advmod", "parataxis"}
)
# Verbs that only name the audience or the channel: "told Reuters", "wrote on X", "taking to X".
_CHANNEL_VERBS = frozenset({"tell", "write", "post", "tweet", "take"})
# Before the verb only these say what was said; the rest are fronted adverbials ("On Tuesday, ...").
_CONTENT_BEFORE = frozenset({"ccomp", "parataxis", "nsubjpass", "csubj"})
# Who speaks, never what is said; a passive's subject is what the agent reacted to.
_SUBJECTS = frozenset({"nsubj", "expl", "agent"})


@dataclass
class Claim:
    """One reaction being assembled: an actor's words or stance in one sentence."""

    actor: str
    sent: int
    anchor: int
    verbs: list[Token] = field(default_factory=list)
    nouns: list[Token] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    sents: set[int] = field(default_factory=set)
    speaker: set[int] = field(default_factory=set)
    """Token indices of the speaker phrase, kept out of ``about`` and the paraphrase."""
    follow: int | None = None
    """The next sentence when it goes on with the reported words (``continued.py``)."""


def clause(claim: Claim, keep_speaker: bool) -> list[Token]:
    """Tokens of what the actor said or did: the verb with its objects, or the noun's clause."""
    toks: dict[int, Token] = {}
    for v in claim.verbs:
        for child in v.children:
            if _other_clause(child):
                continue  # "X insists A, but the ministry has said B": B is not X's
            if not skip(v, child, claim) and (child.i > v.i or child.dep_ in _CONTENT_BEFORE):
                toks.update({t.i: t for t in child.subtree})
        toks[v.i] = v
    for n in claim.nouns:
        verb = n.head.head if n.head.dep_ == "prep" else n.head
        cut = {t.i for c in verb.children if c.dep_ in {"conj", "cc", "advcl"} for t in c.subtree}
        toks.update({t.i: t for t in verb.subtree if t.i not in cut})
    speaker = set() if keep_speaker else claim.speaker
    return [toks[i] for i in sorted(toks) if i not in speaker]


def _other_clause(child: Token) -> bool:
    """A clause joined to the speech verb with a subject of its own: somebody else's words or the
    journalist's ("Beijing insists ..., but the US has said ...")."""
    return child.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in child.children)


def skip(verb: Token, child: Token, claim: Claim) -> bool:
    """Children of a reaction verb that are not what was said: speaker, audience, channel."""
    lemma = verb.lemma_.lower()
    if child.dep_ in _SUBJECTS or child.i in claim.speaker or child.lower_ == "according":
        return True
    if lemma in _CHANNEL_VERBS and child.dep_ == "prep" and child.lower_ in {"on", "to"}:
        return True  # "wrote on social media platform X", "taking to X"
    return lemma == "tell" and child.dep_ in {"dobj", "dative"}  # "told Reuters": the audience


def summary(claim: Claim, sent: Span, speaker: str) -> str | None:
    """Subject, verb and object from the sentence, at most SUMMARY_WORDS words; ``speaker`` as named."""
    if not claim.verbs:
        return cut(text_of(clause(claim, keep_speaker=True)))
    verb = min(claim.verbs, key=lambda v: (sum(1 for _ in v.ancestors), v.i))
    passive = any(c.dep_ == "agent" for c in verb.children)
    aux: list[Token] = []
    obj: list[Token] = []
    after: list[Token] = []
    audience: list[Token] = []
    for child in verb.children:
        if verb.lemma_.lower() == "tell" and child.dep_ in {"dobj", "dative"}:
            # The paraphrase keeps the audience, right after the verb: "X told reporters she ...",
            # and for '"…," X told CNN' "X told CNN the deal is dead", not "X told the deal is dead CNN".
            audience += child.subtree
        elif child.dep_ == "nsubjpass" and passive:
            obj += child.subtree  # "X's policies were criticized by Y" -> "Y criticized X's policies"
        elif skip(verb, child, claim) or child.dep_ in {"advcl", "conj", "cc"}:
            continue
        elif child.i < verb.i and child.dep_ in {"aux", "neg"} and not passive:
            aux += child.subtree
        elif child.i < verb.i and child.dep_ in {"ccomp", "parataxis"}:
            obj += child.subtree  # "…, Giang said": what was said comes first
        elif child.i > verb.i and not _when(child):
            after += child.subtree
    if not obj and not after and not audience:  # the parse hid the content: keep the rest of the sentence
        after = [t for t in sent if t.i > verb.i and t.i not in claim.speaker]
    head = [speaker, text_of(aux), verb.text, text_of(audience)]
    obj, after = trim(obj, after, SUMMARY_WORDS - len(" ".join(head).split()))
    said = text_of(obj)
    first = next((t for t in sorted(obj, key=lambda t: t.i) if said.startswith(t.text)), None)
    if (
        first is not None
        and said != "I"
        and not said.startswith("I ")
        and first.pos_ != "PROPN"
        and not first.ent_type_
    ):
        said = said[0].lower() + said[1:]  # "…, X said" -> "X said the police were called"
    parts = (*head, said, text_of(after))
    return cut(" ".join(p for p in parts if p))


def _when(child: Token) -> bool:
    """A date or time said of the speech verb ("said on Wednesday"): the record's date, not words."""
    if child.dep_ not in {"prep", "npadvmod", "advmod", "tmod"}:
        return False  # an object is what was said, whatever the model calls it
    words = [t for t in child.subtree if not t.is_punct and t.dep_ != "prep"]
    return bool(words) and all(t.ent_type_ in {"DATE", "TIME"} for t in words)


def trim(obj: list[Token], after: list[Token], budget: int) -> tuple[list[Token], list[Token]]:
    """Drop trailing modifiers (a prepositional phrase, a clause after a comma or "and") until the
    words fit ``budget``, so a paraphrase ends where a phrase ends, not in mid-phrase.

    "Li said that Lima attaches a great deal of importance to the development of a strategic
    alliance with Moscow, adding that this is one of the country's top foreign policy priorities"
    -> "Li said Lima attaches a great deal of importance to the development of a strategic
    alliance with Moscow".
    """
    by_index = {t.i: t for t in [*obj, *after]}
    kept = set(by_index)

    def words(ids: set[int]) -> int:
        return sum(1 for i in ids if not by_index[i].is_punct)

    asides = sorted(
        (
            t
            for t in by_index.values()
            if t.dep_ in _ASIDES and t.left_edge.i - 1 in kept and by_index[t.left_edge.i - 1].text == ","
        ),
        key=lambda t: -len(list(t.subtree)),
    )
    for aside in asides:
        # With its commas: "the government, which is waging ..., had" -> "the government had".
        commas = {
            i
            for i in (aside.left_edge.i - 1, aside.right_edge.i + 1)
            if i in by_index and by_index[i].text == ","
        }
        drop = ({x.i for x in aside.subtree} | commas) & kept
        if words(kept) > budget and words(kept - drop) >= MIN_SUMMARY_WORDS:
            kept -= drop
    while words(kept) > budget:
        last = by_index[max(kept)]
        # The smallest trailing modifier that ends the paraphrase: "with Moscow", ", adding that ...".
        tail = None
        for a in [last, *last.ancestors]:
            if a.i not in kept:
                break
            if a.dep_ in _TRAILING and max(x.i for x in a.subtree if x.i in kept) == last.i:
                tail = a
                break
        drop = {x.i for x in tail.subtree} & kept if tail is not None else set()
        if not drop or words(kept - drop) < MIN_SUMMARY_WORDS:
            break
        kept -= drop
    return [t for t in obj if t.i in kept], [t for t in after if t.i in kept]


def cut(text: str) -> str | None:
    """At most MAX_SUMMARY_WORDS words, with an ellipsis when cut; a quotation the cut (or the
    sentence's end) left open is closed: 'X added that the "talks will continue"'."""
    words = text.split()
    out = " ".join(words[:MAX_SUMMARY_WORDS]).rstrip(",;:—–-")
    out += "…" if len(words) > MAX_SUMMARY_WORDS else ""
    return balanced(out) or None


def balanced(text: str) -> str:
    """Quotation marks in pairs: a closing mark whose opening one was cut off is dropped, an
    opening mark left open is closed at the end.

    >>> balanced('X said the talks were "over'), balanced('X said it was chaos" in the city')
    ('X said the talks were "over"', 'X said it was chaos in the city')
    """
    out, depth = [], 0
    for ch in text:
        if ch == "\u201c":
            depth += 1
        elif ch == "\u201d":
            if not depth:
                continue
            depth -= 1
        out.append(ch)
    text = "".join(out) + "\u201d" * depth
    marks = [i for i, ch in enumerate(text) if ch == '"']
    if len(marks) % 2:
        i = marks[0]
        closes = i > 0 and not text[i - 1].isspace() and (i + 1 == len(text) or not text[i + 1].isalnum())
        text = text[:i] + text[i + 1 :] if closes and len(marks) == 1 else text + '"'
    return text


def text_of(toks: Sequence[Token]) -> str:
    """Tokens in order with their own spacing; punctuation at the edges dropped (quote marks kept)."""
    words = {t.i for t in toks if not t.is_punct and not t.is_space}
    # Punctuation only next to kept words: no stray commas or closing marks of cut-out clauses.
    toks = sorted(
        (t for t in toks if t.i in words or (t.is_punct and {t.i - 1, t.i + 1} & words)), key=lambda t: t.i
    )
    while toks and not toks[-1].is_quote and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
        toks.pop()
    # A leading "but", "that" or "Meanwhile," carries nothing once the sentence is cut.
    while (
        toks
        and not toks[0].is_quote
        and (
            toks[0].is_punct
            or toks[0].dep_ in {"cc", "mark"}
            or (toks[0].dep_ == "advmod" and len(toks) > 1 and toks[1].is_punct)
        )
    ):
        toks.pop(0)
    gaps = [a.whitespace_ if b.i == a.i + 1 else " " for a, b in zip(toks, toks[1:], strict=False)]
    return fold("".join(t.text + gap for t, gap in zip(toks, [*gaps, ""], strict=False)))
