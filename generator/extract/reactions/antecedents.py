"""Who "he" or "she" stands for: the nearest earlier person who is a subject and agrees in gender.

Candidates are the people the actors extractor names outside quotations, each with its
sentence, whether it is the subject of a verb (an inverted "said X" and "according to X" count),
and a gender read from a title ("Mr", "Ms"), a gendered role word ("spokeswoman") and the first
name (gender-guesser's dictionary). A name inside a quotation is never an antecedent; an object
or an addressee is one only when it is the one person of the pronoun's gender in reach, or the
person an earlier sentence has as its subject. When the nearest sentence that names a person of
the pronoun's gender names them only as objects, the pronoun is left unresolved rather than given
to somebody else further back. A surname the actors extractor left unmapped (the model took it
for an organization) and the subject of a contact clause ("a pressure Ana Li felt") count.

    "Hua, the spokeswoman, was asked about the claims. She said ..."  -> Hua
    "Arians said he was ready when Pagano offered him the job. He said ..."  -> Arians (main clause)
    "Trump urged China to act. Kim continued the tests. On Thursday she tweeted"  -> nobody
    "Ana Li said it. The chart shows Li's view. '…,' she said."  -> Ana Li (object, same person)
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy
from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from generator.extract import given_names
from generator.records import Mention

REACH = 5
"""A "he"/"she" looks back this many sentences for the person it stands for."""
PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
# Gendered titles and role nouns of English (hand-listed; the pairs of a grammar's word list).
GENDER_WORDS = {
    "m": frozenset(
        "mr mr. mister sir lord king prince duke emperor pope father husband son brother uncle "
        "nephew grandfather grandson boy man gentleman dad spokesman chairman congressman "
        "businessman policeman fireman countryman sportsman statesman monk widower boyfriend".split()
    ),
    "f": frozenset(
        "mrs mrs. ms ms. miss madam madame dame lady queen princess duchess empress mother wife "
        "daughter sister aunt niece grandmother granddaughter girl woman mom mum spokeswoman "
        "chairwoman congresswoman businesswoman policewoman actress sportswoman stateswoman nun "
        "widow girlfriend".split()
    ),
}
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "iobj", "poss", "attr", "oprd", "conj"})
# Links from a name up to the word whose role in the clause it shares: "the spokeswoman, Hua".
_UP = frozenset({"appos"})
# Speech verbs after which the speaker may follow the verb: "'…,' said the spokeswoman, Hua".
_INVERTED_OBJECTS = frozenset({"dobj", "attr", "npadvmod", "oprd"})


@dataclass(frozen=True)
class Candidate:
    """A person named in the article, as a possible antecedent."""

    token: int
    """Index of the name's head token."""
    sent: int
    """Position of its sentence."""
    actor: str | None
    """The actor id; None for a pronoun nobody could be found for."""
    subject: bool
    """True when the name (or the noun it is in apposition to) is the subject of its clause."""
    depth: int
    """How deep its clause sits: 0 for the main clause."""
    gender: str | None
    """"m", "f", or None when nothing says."""


@functools.lru_cache(maxsize=4096)
def first_name_gender(first: str) -> str | None:
    """ "m"/"f" for a first name gender-guesser calls male or female (not "mostly", not "andy")."""
    return {"male": "m", "female": "f"}.get(given_names.detector().get_gender(first))


def name_gender(name: str) -> str | None:
    """The gender of a full name's first word, when the dictionary is sure ("Anja Marx" -> "f").

    A single word may be a surname ("Kim", "Carson"): it says nothing.
    """
    words = name.split()
    if len(words) < 2:
        return None
    return first_name_gender(words[0].strip(".,"))


def word_gender(words: Iterable[str]) -> str | None:
    """ "m" or "f" when the words hold gendered titles or role nouns of one gender only."""
    found = {g for w in words for g, vocab in GENDER_WORDS.items() if w.lower() in vocab}
    return found.pop() if len(found) == 1 else None


class Antecedents:
    """The person candidates of one article and the pronouns they may stand for."""

    def __init__(
        self,
        doc: Doc,
        sent_of: dict[int, int],
        mentions: Sequence[Mention],
        kinds: dict[str, str],
        names: dict[str, str],
        roles: dict[str, str | None],
        in_quote: set[int],
    ):
        self.doc = doc
        self.sent_of = sent_of
        surnames = {n.split()[-1] for a, n in names.items() if kinds.get(a) == "person" and " " in n}
        spans: list[tuple[Span, str]] = []
        for m in mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.root.i in in_quote or span.root.i not in sent_of:
                continue
            # A person, also where the actor's kind is off: the model's PERSON, a known surname.
            if kinds.get(m.actor) == "person" or span.root.ent_type_ == "PERSON" or m.text in surnames:
                spans.append((span, m.actor))
        votes: dict[str, set[str]] = {}
        for span, who in spans:
            g = _span_gender(span)
            if g:
                votes.setdefault(who, set()).add(g)
        for who, name in names.items():
            g = word_gender((roles.get(who) or "").split()) or name_gender(name)
            if g and kinds.get(who) == "person":
                votes.setdefault(who, set()).add(g)
        self.gender = {a: next(iter(v)) for a, v in votes.items() if len(v) == 1}
        # A pronoun that is a subject passes its person on: "Arians said ... He recalled ... He said".
        # Found on the doc's array of lowercase forms, not by making a Token of every word.
        lowers = doc.to_array([LOWER])
        wanted = [doc.vocab.strings[w] for w in ("he", "she") if w in doc.vocab.strings]
        pronouns = [
            i
            for i in numpy.flatnonzero(numpy.isin(lowers, wanted)).tolist()
            if doc[i].dep_ in _SUBJECT_DEPS and i not in in_quote and i in sent_of
        ]
        self.candidates: list[Candidate] = []
        for span, actor in spans:
            if span.text in surnames or not _faceless(span, names.get(actor, ""), self.gender.get(actor)):
                self._insert(span.root, actor, self.gender.get(actor))
        # A person nobody extracted who is a subject ("Ajmal Jan, a local shopkeeper, said") still
        # takes the pronouns after it: nobody's, rather than the last actor's.
        covered = {i for span, _ in spans for i in range(span.start, span.end)}
        for ent in doc.ents:
            root = ent.root
            if ent.label_ != "PERSON" or root.i in in_quote or root.i not in sent_of or root.i in covered:
                continue
            if _clause_role(root)[0]:
                self._insert(root, None, _span_gender(ent))
        for i, actor in _lost_surnames(doc, names, kinds, covered | in_quote):
            if i in sent_of and _clause_role(doc[i])[0]:
                self._insert(doc[i], actor, self.gender.get(actor))
        for i in pronouns:
            self._insert(doc[i], None, PRONOUNS[doc[i].lower_])
        self.pronoun_actor: dict[int, str | None] = {}
        """Pronoun subjects resolved so far (in reading order), by token index."""

    def _insert(self, tok: Token, actor: str | None, gender: str | None) -> None:
        subject, depth = _clause_role(tok)
        at = bisect.bisect_left(self.candidates, tok.i, key=lambda c: c.token)
        if at < len(self.candidates) and self.candidates[at].token == tok.i:
            return
        self.candidates.insert(at, Candidate(tok.i, self.sent_of[tok.i], actor, subject, depth, gender))

    def add(self, tok: Token, actor: str | None) -> None:
        """A person met as a description ("the Russian president said", "a ministry spokesman
        said": None when it names nobody known), a candidate from now on."""
        if tok.i in self.sent_of:
            self._insert(tok, actor, self.gender.get(actor) if actor else word_gender([tok.text]))

    def _actor(self, c: Candidate) -> str | None:
        if c.actor is None and c.token in self.pronoun_actor:
            return self.pronoun_actor[c.token]
        return c.actor

    def _credit(self, c: Candidate) -> bool:
        """A name that is no object of a verb (a post's credit, a caption), or a pronoun's subject.
        "Police arrested John Smith. '…,' he said" may be his lawyer."""
        return c.subject or self.doc[c.token].dep_ not in _OBJECT_DEPS

    def resolve(self, pronoun: Token, sent: int) -> str | None:
        """The actor ``pronoun`` stands for, or None when it is nobody's or not certain.

        The only person of its gender in reach, a subject at least once, is certain; else the
        nearest sentence with a fitting person decides: its subject (its own sentence: the nearest
        before the pronoun; an earlier one: the main clause's), never an object.
        """
        want = PRONOUNS.get(pronoun.lower_)
        if want is None:
            return None
        at = bisect.bisect_left(self.candidates, pronoun.i, key=lambda c: c.token)
        before = [c for c in self.candidates[:at] if sent - REACH <= c.sent <= sent]
        for c in before:  # earlier pronouns first, in reading order
            if c.actor is None and c.token not in self.pronoun_actor:
                self.pronoun_actor[c.token] = self.resolve(self.doc[c.token], c.sent)
        fitting = [c for c in before if c.gender in (None, want)]
        people = {self._actor(c) for c in fitting} - {None}
        sure = all(self._actor(c) for c in fitting if c.gender == want or c.subject)
        # The one person in reach at all, of the pronoun's gender, also when named only as an
        # object or in a post's credit ("— Ana Li (@ana) May 5": '"…," she said'); not when
        # somebody else is a subject since ("Li got to know Novak and his wife, Eve. '…,' she
        # said": Li, whatever gender the actors gave her).
        alone = bool(fitting) and all(c.gender == want and self._credit(c) for c in fitting)
        if alone:
            since = min(c.sent for c in fitting)
            alone = not any(c.subject and c.sent >= since and c.gender != want for c in before)
        if len(people) == 1 and sure and (alone or any(c.subject for c in fitting)):
            return people.pop()
        seen_objects: set[str | None] = set()
        for s in range(sent, sent - REACH - 1, -1):
            here = [c for c in fitting if c.sent == s]
            if not here:
                continue
            subjects = [c for c in here if c.subject]
            objects = [c for c in here if not c.subject and c.gender == want]
            if not subjects:
                # A fitting person named only as an object: not certain who speaks, unless it is
                # the person an earlier sentence has as its subject ("X said. The chart shows
                # X's view. '…,' he said").
                seen_objects |= {self._actor(c) for c in objects}
                continue
            if s == sent:
                chosen = max(subjects, key=lambda c: c.token)
                # "While X was ..., things proved simple for Y as he won": Y is nearer, an object.
                if any(c.token > chosen.token for c in objects):
                    return None
            else:
                chosen = min(subjects, key=lambda c: (c.depth, c.token))
                if chosen.depth and objects:
                    return None  # no main-clause subject, a person of its gender as an object: unsure
            actor = self._actor(chosen)
            return actor if seen_objects <= {actor} else None
        return None


def _lost_surnames(
    doc: Doc, names: dict[str, str], kinds: dict[str, str], skip: set[int]
) -> list[tuple[int, str]]:
    """Surnames of extracted people where the actors extractor left no mention (the model read
    the name as an organization there): "Jesse Plemons" named once, then "Plemons found that ...".
    Only a surname one person of the article has; found on the doc's array of word forms.

    >>> # actors: Ana Novak; "Novak found the script odd."  -> [(0, "ana-novak")]
    """
    owners: dict[str, set[str]] = {}
    for a, n in names.items():
        if kinds.get(a) == "person" and " " in n:
            owners.setdefault(n.split()[-1], set()).add(a)
    strings = doc.vocab.strings
    wanted = {strings[w]: next(iter(a)) for w, a in owners.items() if len(a) == 1 and w in strings}
    if not wanted:
        return []
    orths = doc.to_array([ORTH])
    hits = numpy.flatnonzero(numpy.isin(orths, list(wanted))).tolist()
    # A name the tagger took for a plural noun ("Plemons") counts, but not at a sentence's start,
    # where a surname that is also a word ("Young", "Rice") may be just that word.
    return [
        (i, wanted[int(orths[i])])
        for i in hits
        if i not in skip and (doc[i].pos_ == "PROPN" or (doc[i].pos_ == "NOUN" and not doc[i].is_sent_start))
    ]


def _faceless(span: Span, name: str, gender: str | None) -> bool:
    """A "person" the article gives no face: a one-word name with no gender (no first name, no
    title, no gendered role) that the model does not read as a person's name here, as a company
    taken for a person ("Qualcomm has not shown it can") is. Never what "he" or "she" stands for."""
    return len(name.split()) < 2 and gender is None and span.root.ent_type_ != "PERSON"


def _clause_role(tok: Token) -> tuple[bool, int]:
    """Whether a name is the subject of its clause, and how deep that clause sits."""
    for _ in range(2):
        if tok.dep_ in _UP and tok.head != tok and tok.head.ent_type_ != "PERSON":
            tok = tok.head
    if any(c.dep_ == "conj" for c in tok.children) or tok.dep_ == "conj":
        return False, 0  # "X and Y": two people, never "he" or "she"
    head = tok.head
    if tok.dep_ in _SUBJECT_DEPS:
        verb = head
    elif tok.dep_ == "pobj" and head.dep_ == "agent":
        verb = head.head  # "were criticized by X"
    elif tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        verb = head.head
    elif tok.dep_ in _INVERTED_OBJECTS and head.i < tok.i and head.pos_ == "VERB" and _inverted(head):
        verb = head  # "'…,' said X"
    else:
        return False, 0
    for a in [verb, *verb.ancestors]:
        # "a play written by X", "a man who said": a modifier, not the topic; but "On Wednesday,
        # when X was asked" is a time clause that the parser hangs on the day, and "a pressure X
        # felt" has the person as the subject of its clause.
        if (
            a.dep_ in {"relcl", "acl"}
            and not any(c.lower_ == "when" for c in a.children)
            and not (a == verb and _contact_clause(verb, tok))
        ):
            return False, 0
    return True, sum(1 for _ in verb.ancestors)


def _contact_clause(verb: Token, name: Token) -> bool:
    """A relative clause with no relative word whose subject is a name: "it was a pressure Ana
    Li felt", "the role Novak wanted"; not "a man who said", "the film that Li made".

    >>> # "It was a pressure Ana Li felt." -> True;  "a play written by Ana Li" -> False
    """
    return (
        verb.dep_ == "relcl"
        and name.dep_ == "nsubj"
        and name.pos_ == "PROPN"
        and not any(c.tag_ in {"WDT", "WP", "WP$", "WRB"} or c.lower_ == "that" for c in verb.children)
    )


def _inverted(verb: Token) -> bool:
    """A verb right after a quote or comma with no subject of its own: "'…,' said X"."""
    return (
        verb.i > 0
        and (verb.nbor(-1).is_punct or verb.nbor(-1).is_quote)
        and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    )


def _span_gender(span: Span) -> str | None:
    """The gender one mention gives its person: a title before it, role words on it, a first name."""
    doc = span.doc
    words = [t.text for t in doc[max(0, span.start - 2) : span.start]]
    words += [
        t.text for c in span.root.children if c.dep_ in {"compound", "amod", "appos"} for t in c.subtree
    ]
    if span.root.dep_ == "appos":
        words.append(span.root.head.text)
    return word_gender(w.strip(".") for w in words) or name_gender(span.text)
