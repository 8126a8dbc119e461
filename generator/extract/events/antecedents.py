"""Who a label's leading pronoun stands for ("He was hired ..." -> "Bruce Arians was hired ..."),
read from the actors' mentions: the one person named before it in its sentence, the person the
main clause is about, or the person the sentences before it continue; no event when a reader
cannot tell ("It fired", two people named before "he")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Span, Token

from generator.extract.actors.words import PERSON_NOUNS
from generator.extract.events.clause_label import BARE_PRONOUNS
from generator.extract.events.date_tense import told_as_done
from generator.extract.events.labels import SUBJECTS, TITLE_WORDS, finish_label, np_tokens
from generator.records import Mention

PERSONAL = ("he", "she")
POSSESSIVE = ("his", "her")
_LEADS_NOTHING = frozenset("their himself herself themselves itself our my your you".split())
"""Leading words whose owner the label does not say: "Their head coach made the same decision"
(whose?), "Their corporate law was modeled after ..." (a group of another sentence), "Himself
was described as a retiree" (a parse's stray reflexive), "Our goal is to build ..." (the
speaker's, whoever that is)."""


def resolve_pronoun(
    label: str,
    sent: Span,
    sents: Sequence[Span],
    index: int,
    mentions: Sequence[Mention],
    people: dict[str, str],
) -> str | None:
    """A label led by a pronoun names who it stands for, or is no event.

    - "Palmer enjoyed early success as he led them to a division title in 2005" -> "Palmer led
      them ...": the one person named before the pronoun in its sentence;
    - "While he was the offensive coordinator in 2012, Arians took over" -> "Arians was the ...":
      nobody before it, and the pronoun stands in a clause under one about a person
      (``_governing_person``);
    - "He was hired by the Cardinals" (its sentence names nobody before it) -> the person the
      sentences just before it are about (``subject_antecedent``), else the last person named;
    - "His sacking was reported on Monday" -> "Arians's sacking was reported": "his" and "her"
      likewise, as an owner;
    - "The reigning champion stays in the race, but he faces a tough task" -> None: a person no
      name stands for is before "he";
    - "Ana Li met Tom Reed after she won a vote" -> "Ana Li won a vote": of two people named before
      it, the subject of the clause above the pronoun's;
    - "Silverman's line is a nod to Paltrow; she announced her divorce in 2014" -> None: two
      people named before "she" and no clause above it about one of them;
    - "The ship was heading downstream. It set off on Dec. 22." -> "The ship set off": "it" or
      "they" as the subject of its sentence's main clause, after a sentence whose main clause's
      subject is a thing of its number (``thing_before``);
    - "It fired", "They returned to Yeosu", "Their head coach made the same decision" -> None
      (a thing or a group named elsewhere: no label a reader can place).

    None too when the article names people but none before it ("His motive is unknown": nobody
    to stand for); kept as it is when it names no person at all (nothing to judge by)."""
    first, _, rest = label.partition(" ")
    low = first.lower()
    if low in _THING_PRONOUNS and rest and index > 0:
        named = [m for m in mentions if m.actor in people]
        thing = thing_before(sent, sents[index - 1], low, named)
        return f"{thing} {rest}" if thing else None
    if low in BARE_PRONOUNS or low in _LEADS_NOTHING:
        return None
    if low not in PERSONAL + POSSESSIVE or not rest:
        return label
    persons = [m for m in mentions if m.actor in people]
    if not persons:
        return label  # (no person known at all: nothing to judge by, as with a bare parse)
    pronoun = _pronoun_token(sent, low, rest)
    at = pronoun.idx if pronoun is not None else sent.start_char
    before_it = list(dict.fromkeys(m.actor for m in persons if sent.start_char <= m.start and m.end <= at))
    governing = _governing_person(pronoun, persons) if pronoun is not None else None
    name: str | None = None
    if len(before_it) > 1:
        if governing is None or governing not in before_it:
            return None
        name = people[governing]
    elif before_it:
        name = people[before_it[0]]
    elif governing:
        name = people[governing]
    elif pronoun is not None and _unnamed_person_before(pronoun):
        return None
    if name is None:
        if pronoun is None and any(sent.start_char <= m.start < sent.end_char for m in persons):
            return label  # (the pronoun not found: whoever the sentence names could be meant)
        if not any(m.end <= sent.start_char for m in persons):
            return None  # nobody named before: "His motive is unknown" stands for no one
        name = subject_antecedent(sents, index, mentions, people)
        if name is None:
            name = people[[m for m in persons if m.end <= sent.start_char][-1].actor]
    owner = f"{name}'s" if low in POSSESSIVE else name
    return f"{owner} {rest}"


_THING_PRONOUNS = frozenset({"it", "they"})
_STATES = frozenset("be have boast remain seem appear look feel need want know".split())
"""Verbs of a state: "It boasted one of the fastest growth rates" says how a thing was."""

_NUMBER = {"it": ("NN", "NNP"), "they": ("NNS", "NNPS")}


def thing_before(sent: Span, before: Span, low: str, persons: Sequence[Mention] = ()) -> str | None:
    """The thing "it" (or the things "they") stand for when the pronoun is the subject of its
    sentence's main clause and the sentence before has a noun of that number, no person, as the
    subject of its own: "The ship was heading downstream on a Rhine tour. It set off on Dec. 22."
    -> "The ship". None for an "it" of no thing ("It is expected that ..."), a person before it
    ("Herbert Reul ... It has taken in 250,000 asylum-seekers": not Reul), a pronoun subject
    before it, or a clause before the pronoun ("Even when it flight-tested a missile, it was
    launched": the second "it" is the missile)."""
    pronoun = next((c for c in sent.root.children if c.dep_ in SUBJECTS and c.lower_ == low), None)
    if pronoun is None or any(pronoun.children) or any(c.dep_ == "expl" for c in sent.root.children):
        return None  # ("It all began ...": the story, no thing)
    if sent.root.lemma_.lower() in _STATES or not told_as_done(sent.root):
        return None  # "Since then it has been undertaking experiments": a state, not a happening
    if any(t.pos_ in ("VERB", "AUX") for t in sent if t.i < pronoun.i):
        return None
    subject = next((c for c in before.root.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.tag_ not in _NUMBER[low] or subject.ent_type_ in ("PERSON", "NORP"):
        return None
    if any(m.start <= subject.idx < m.end for m in persons):
        return None
    if subject.lemma_.lower() in _PERSON_WORDS:
        return None  # "The driver was ... He": a person is no "it"
    return finish_label(np_tokens(subject, set()), min_words=1)


def _pronoun_token(sent: Span, low: str, rest: str) -> Token | None:
    """The pronoun the label starts with: a subject (or owner) whose next word is the label's."""
    deps = SUBJECTS if low in PERSONAL else ("poss",)
    found = [t for t in sent if t.lower_ == low and t.dep_ in deps]
    following = rest.split()[0]
    fitting = [t for t in found if t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == following]
    if len(fitting) == 1:
        return fitting[0]
    return found[0] if len(found) == 1 else None


def _unnamed_person_before(pronoun: Token) -> bool:
    """Whether a person no name stands for is a subject before the pronoun in its sentence ("the
    reigning world champion stays in the race, but he faces ..."): "he" may be that person."""
    return any(
        t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NN" and t.lemma_.lower() in _PERSON_WORDS
        for t in pronoun.sent
        if t.i < pronoun.i
    )


_PERSON_WORDS = frozenset(PERSON_NOUNS) | TITLE_WORDS


def _governing_person(pronoun: Token, persons: Sequence[Mention]) -> str | None:
    """The person who is the subject of the nearest clause above the pronoun's own: "Palmer
    enjoyed early success as he led them" (Palmer), "While he was coordinator, Arians took over"
    (Arians), "X, who vowed to destroy Y when he took office" (X, through "who"). None when that
    subject is no person's mention, or the pronoun is the subject of the sentence's main clause
    (its antecedent is in another sentence)."""
    own = pronoun.head
    if own.i == pronoun.sent.root.i:
        return None
    for clause in own.ancestors:
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or pronoun in subject.subtree:
            continue  # ("His sacking was reported": the clause of the pronoun's own phrase)
        if subject.lower_ in ("who", "that") and clause.dep_ == "relcl":
            subject = clause.head
        elif subject.pos_ == "PRON":
            return None
        found = [m.actor for m in persons if m.start <= subject.idx < m.end]
        return found[0] if found else None
    return None


def subject_antecedent(
    sents: Sequence[Span], index: int, mentions: Sequence[Mention], people: dict[str, str]
) -> str | None:
    """Who a sentence's leading "he" or "she" continues: the person who is the subject of the
    sentences just before it (through their own "he"), else the person the article names most
    before it. "Arians was hired in 2013. He led Arizona to a 13-3 mark ..." -> Arians, even when
    the first sentence named a predecessor after him."""
    for back in range(index - 1, max(-1, index - 5), -1):
        for subject in sents[back]:
            if subject.dep_ not in ("nsubj", "nsubjpass") or subject.pos_ == "PRON":
                continue
            span = [t.idx for t in subject.subtree if t.dep_ not in ("relcl", "acl", "appos")] or [
                subject.idx
            ]
            found = [m for m in mentions if min(span) <= m.start <= subject.idx < m.end + 1]
            name = _person_named(found[-1], people) if found else None
            if name:  # the first person the sentence has do something
                return name
    start = sents[index].start_char
    counts = Counter(m.actor for m in mentions if m.end <= start and m.actor in people)
    ranked = counts.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return people[ranked[0][0]]
    return None


def _person_named(mention: Mention, people: dict[str, str]) -> str | None:
    """The person a mention names: its actor, or the one person whose surname it is ("Arians"
    read as a family or group in one sentence is still Bruce Arians)."""
    if mention.actor in people:
        return people[mention.actor]
    word = mention.text.split()[-1] if mention.text.split() else ""
    owners = {name for name in people.values() if len(name.split()) > 1 and name.split()[-1] == word}
    return owners.pop() if len(owners) == 1 else None
