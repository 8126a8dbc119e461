"""Who an agreement binds: parties and signatories from the words around its mention, or from the
sentences before when it says "the two countries", "the pair" or "They"."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from generator.extract.agreements.terms import HEAD_WORDS, singular
from generator.extract.base import span_text
from generator.extract.events.timeline import is_caption, is_heading
from generator.records import Actor, Mention

PARTY_KINDS = ("country", "organization", "group")
# A subject that stands for actors named before ("They also agreed ...", "The two signed ...").
ANAPHORA = re.compile(
    r"^\s*(?:They|The two|Both|The pair|The leaders|The (?:two )?sides|The parties|These"
    r"|Among (?:these|them|those)|He|She|It)\b"
)
# Words that say exactly two parties are meant, named elsewhere.
TWO = re.compile(
    r"\b(?:the two(?: countries| nations| sides| states| leaders| governments)?"
    r"|both (?:countries|nations|sides)|the pair|the parties|they)\b",
    re.IGNORECASE,
)
# What "the two" may count when it means two parties named before ("the two countries"); "the two
# semiconductor giants" are not two countries.
TWO_OTHER = re.compile(r"\b(?:both (?:countries|nations|sides)|the pair|the parties|they)\b", re.IGNORECASE)
_TWO_OF = frozenset(
    "country nation side state leader government party neighbour neighbor ally power capital".split()
)
# ... and the companies, clubs and carriers "the two" may count ("the two airlines have a codeshare
# agreement"): two organizations named before, not countries.
TWO_BODIES = frozenset(
    "company firm airline carrier bank team club automaker carmaker network studio".split()
)
_LOOK_BACK = 4
"""How many sentences before are searched for the two countries "the two" stands for."""


def names_two(sent: Span) -> bool:
    """Whether the sentence speaks of two parties named before ("the two countries", "both sides",
    "they", "the two signed ..."), not of two of something else ("the two semiconductor giants")."""
    if not TWO.search(span_text(sent)):
        return False
    for token in sent:
        if token.lower_ != "two" or token.i == sent.start or token.nbor(-1).lower_ != "the":
            continue
        head = token.head.lemma_.lower()
        if token.dep_ == "nummod" and head not in _TWO_OF | TWO_BODIES and singular(head) not in HEAD_WORDS:
            continue  # "the two semiconductor giants"; but "The two signed agreements" may parse so
        return True
    return bool(TWO_OTHER.search(span_text(sent)))


class ActorIndex:
    """Actors by id and the actor named at any token, looked up by character offset."""

    def __init__(self, actors: Sequence[Actor], mentions: Sequence[Mention]) -> None:
        self.by_id = {a.id: a for a in actors}
        self._mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self._starts = [m.start for m in self._mentions]
        self._by_text: dict[str, str] = {}
        for m in self._mentions:
            self._by_text.setdefault(m.text, m.actor)

    def named_elsewhere(self, token: Token) -> Actor | None:
        """The actor a proper name stands for when the actor extractor left this one place
        unmarked but marked the same words elsewhere in the article: "Broadcom raised its bid"
        (the lead) -> Broadcom, named "Broadcom" further down."""
        if token.pos_ != "PROPN" or self.mention_at(token) is not None:
            return None
        words = [t for t in token.subtree if t.dep_ in ("compound", "flat") or t.i == token.i]
        name = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
        actor = self._by_text.get(name)
        return self.by_id.get(actor) if actor else None

    def at(self, token: Token) -> Actor | None:
        """The actor whose mention overlaps the token most, or None."""
        mention = self.mention_at(token)
        return self.by_id.get(mention.actor) if mention else None

    def mention_at(self, token: Token) -> Mention | None:
        """The mention that overlaps the token most, or None."""
        start, end = token.idx, token.idx + len(token)
        best, best_overlap = None, 0
        # Mentions starting before the token's end; a mention is never longer than a few words.
        upto = bisect.bisect_left(self._starts, end)
        for m in self._mentions[max(0, upto - 8) : upto]:
            overlap = min(m.end, end) - max(m.start, start)
            if overlap > best_overlap:
                best, best_overlap = m, overlap
        return best

    def before(self, offset: int, window: int) -> list[Mention]:
        """Mentions that start at most ``window`` characters before ``offset``, latest first."""
        upto = bisect.bisect_left(self._starts, offset)
        low = bisect.bisect_left(self._starts, offset - window)
        return self._mentions[low:upto][::-1]

    def party_of(self, actor: Actor) -> str | None:
        """The actor itself when it can be a party, else the country or body a person belongs to."""
        if actor.kind in PARTY_KINDS:
            return actor.id
        owner = self.by_id.get(actor.affiliation or "")
        return owner.id if owner is not None and owner.kind in PARTY_KINDS else None


def two_bodies(sent: Span) -> bool:
    """Whether "the two" counts companies, clubs or carriers ("the two airlines")."""
    return any(t.lower_ == "two" and t.dep_ == "nummod" and t.head.lemma_.lower() in TWO_BODIES for t in sent)


def two_parties(sents: Sequence[Span], index: int, known: Sequence[str], actors: ActorIndex) -> list[str]:
    """Up to two countries for "the two countries" in sentence ``index`` (two organizations for "the
    two airlines"): the ones already known, then the participants of this sentence and of the few
    before (headings and captions skipped)."""
    out = list(known)
    found = _organizations_in if two_bodies(sents[index]) else countries_in
    for position in range(index, max(-1, index - _LOOK_BACK - 1), -1):
        sent = sents[position]
        if position != index and (
            is_heading(sent) or is_caption(sent) or span_text(sent).rstrip().endswith("?")
        ):
            continue
        for country in found(sent, actors):
            if len(out) < 2:
                add(out, country)
        if len(out) >= 2:
            break
    return out


def countries_in(sent: Span, actors: ActorIndex) -> list[str]:
    """Countries a sentence names as participants: subjects, objects, "with"/"between" objects,
    people's own countries; every country when the sentence names exactly two."""
    participants: list[str] = []
    named: list[str] = []
    for token in sent:
        actor = actors.at(token)
        if actor is None:
            continue
        party = actors.party_of(actor)
        country = party if party and actors.by_id[party].kind == "country" else None
        if country is None:
            continue
        add(named, country)
        if actor.kind == "person" or _participant(token):
            add(participants, country)
    return participants if len(participants) >= 2 or len(named) != 2 else named


def _organizations_in(sent: Span, actors: ActorIndex) -> list[str]:
    """The organizations a sentence names, in order ("serviced by United Airlines and the other by
    All Nippon")."""
    out: list[str] = []
    for token in sent:
        actor = actors.at(token)
        if actor is not None and actor.kind == "organization":
            add(out, actor.id)
    return out


def bodies_in(sent: Span, actors: ActorIndex, limit: int = 2) -> list[str]:
    """Countries, organizations and groups the sentence names as participants (subject, object,
    "with"/"between" object), not through a person: "Palmer spent seven years with the Bengals"
    -> the Bengals. Empty when it names more than ``limit``."""
    out: list[str] = []
    for token in sent:
        actor = actors.at(token)
        if actor is not None and actor.kind in PARTY_KINDS and _participant(token):
            add(out, actor.id)
    return out if len(out) <= limit else []


def _participant(token: Token) -> bool:
    """A name in subject or object position or after "with"/"between", not a place things happen."""
    node = token
    while node.dep_ in ("compound", "conj", "cc", "poss", "amod", "det") and node.head.i != node.i:
        node = node.head
    if node.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return True
    return node.dep_ == "pobj" and node.head.lower_ in ("with", "between", "and")


def same_body(first: str, second: str) -> bool:
    """Two names of one body: an acronym of the other ("UNSC", "United Nations Security Council")
    or a part of its name ("Security Council")."""
    a, b = sorted((first, second), key=len)
    words = [w for w in re.findall(r"[A-Za-z][\w.]*", b) if w[0].isupper()]
    initials = "".join(w[0] for w in words)
    if a.replace(".", "").upper() == initials.upper() and len(initials) >= 2:
        return True
    return len(a.split()) >= 2 and f" {a} " in f" {b} "


def add(items: list[str], item: str) -> None:
    """Append ``item`` unless present (order of first appearance is kept)."""
    if item not in items:
        items.append(item)
