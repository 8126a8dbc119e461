"""Speakers named by what they are, not by name: "the airline said", "it said", "the statement said",
"a company spokesman said".

Business, travel and sport news name a company, a club or a carrier once and then call it by its
kind: '"We take great pride in our service," the airline said.' Such a phrase, or "it" as the
subject of a speech verb, stands for the body that spoke last, a few sentences back:

    "Brightwater said it was reviewing the matter. 'We let our customers down,' the company said."
        -> Brightwater
    "Brightwater said on Monday that the flight was delayed. 'We apologise,' it said."
        -> Brightwater
    "Ana Li said the talks failed. 'We are hopeful,' it said."   -> nobody (no body spoke)
    "Other airlines said they had no plans to follow."          -> nobody (plural, another one)

Only a definite singular phrase counts ("the company", "the German carrier"); "a company",
"other airlines", "rival firms" name somebody unknown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from generator.extract.reactions.stance import REACTION_VERBS, SPEECH_VERBS
from generator.records import Mention

if TYPE_CHECKING:
    from generator.extract.reactions.speakers import Speakers

BODY_REACH = 2
"""A generic body phrase with no body speaking before it looks back this many sentences for a
body named as a subject: "Brightwater cut 300 jobs on Monday. 'It was hard,' the company said."."""
REACH = 3
"""A body phrase or "it" looks back this many sentences for the body that spoke."""
BODY_KINDS = frozenset({"organization", "group"})
"""Actor kinds a body phrase may stand for."""
# Nouns of English that name an organization by its kind (hand-listed from the common nouns news
# reports use for companies, clubs, carriers and other bodies; WordNet's hyponyms of
# "organization" and "company" would give the same core).
GENERIC_NOUNS = frozenset(
    "company firm corporation conglomerate business group giant outfit organization organisation "
    "operator startup start-up".split()
)
"""Nouns any company or body may be called: "the company" is the body that spoke last."""
# Nouns of one kind of body, with the words of the names of such bodies ("American Airlines",
# "All Nippon Airways", "Deutsche Bank"): "the airline" is a body so named or so described.
KIND_NOUNS: dict[str, frozenset[str]] = {
    noun: frozenset(words.split())
    for noun, words in {
        "airline": "airline airlines airways air",
        "carrier": "airline airlines airways air carrier",
        "bank": "bank banking bancorp",
        "lender": "bank banking bancorp lender",
        "insurer": "insurance insurer assurance",
        "club": "club fc",
        "team": "team",
        "league": "league",
        "network": "network broadcasting",
        "broadcaster": "broadcasting broadcaster",
        "university": "university",
        "college": "college",
        "school": "school",
        "hospital": "hospital",
        "charity": "charity foundation",
        "foundation": "foundation",
        "union": "union",
        "association": "association",
        "federation": "federation",
        "automaker": "motor motors auto automotive",
        "carmaker": "motor motors auto automotive",
        "chipmaker": "semiconductor semiconductors",
        "studio": "studio studios pictures",
        "label": "records",
        "retailer": "stores store",
        "party": "party",
        "agency": "agency",
    }.items()
}
BODY_NOUNS = GENERIC_NOUNS | frozenset(KIND_NOUNS)
"""Nouns that name a body by its kind: "the airline", "the company", "the club"."""
STATEMENT_NOUNS = frozenset({"statement", "release"})
"""Nouns of a body's written word: "the statement said" speaks for the body that issued it (not
"the letter": a letter is as often written to the body as by it)."""
PRONOUNS = frozenset({"it", "they"})
"""Pronouns that may stand for a body: "'…,' it said", "'…,' they added" (a spokesman's body)."""
# Modifiers that make the phrase another body than the one that spoke: "another airline".
_OTHER = frozenset({"other", "another", "rival", "competing", "former", "new", "parent", "second"})


def body_phrase(head: Token, verb: Token | None) -> bool:
    """A definite, singular phrase naming a body by its kind ("the airline", "the Japanese
    carrier", "the statement"), or "it", as the subject of a verb of speech or reaction that is
    nobody else's reported words ("the bank would only endorse ..." inside a chief executive's
    statement is his); "it" only of a main verb of speech ("'…,' it said", not "what it said was"
    nor "it takes the group hours to claim").
    """
    if verb is None or head.head != verb or head.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    if any(a.lemma_.lower() in SPEECH_VERBS | REACTION_VERBS for a in verb.ancestors):
        return False
    if head.lower_ in PRONOUNS:
        return verb.lemma_.lower() in SPEECH_VERBS and verb.dep_ in {"ROOT", "conj", "parataxis"}
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or head.tag_ in {"NNS", "NNPS"}:
        return False
    if lemma not in BODY_NOUNS | STATEMENT_NOUNS:
        return False
    kids = list(head.children)
    if any(c.lower_ in _OTHER for c in kids):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in kids)


def fits(noun: str, words: set[str]) -> bool | None:
    """Whether a body described by ``words`` (its name and the words that describe it, lowercase)
    is a ``noun``: True when they hold the noun or a word of its kind's names ("American
    Airlines" and "All Nippon Airways" are airlines), False when they hold another kind's
    ("National Association ..." is no airline), None when they say nothing."""
    kin = KIND_NOUNS.get(noun, frozenset({noun}))
    if words & kin or noun + "s" in words:
        return True
    others = {n for n, k in KIND_NOUNS.items() if words & k}
    return False if others else None


def last_body(seen: list[tuple[int, str]], kinds: dict[str, str], sent: int, pronoun: bool) -> str | None:
    """The body that spoke last, at most REACH sentences back. For "it" and "they", only
    when no person spoke after it (a person quoted since makes them unsure); "the airline" names
    a body whoever spoke in between."""
    for s, actor in reversed(seen):
        if sent - s > REACH:
            return None
        kind = kinds.get(actor)
        if kind in BODY_KINDS:
            return actor
        if kind == "person" and pronoun:
            return None
    return None


def body_actor(speakers: Speakers, head: Token, sent: int) -> str | None:
    """The body "the airline", "the company", "the statement", "it" or "they" stands for. A
    statement is the last speaker's ("In a statement, spokeswoman Ana Li said ... '…,' the
    statement said"). A kind noun ("the airline") is the body of that kind (by its name or
    description: "American Airlines") that spoke last, else the only one named; with none named,
    the body that spoke last when nothing says it is of another kind. A generic one ("the
    company"), "it" and "they" are the body that spoke last ("it" and "they" only with no person
    quoted since); "the company" else the body named last as a subject. Never an actor the model
    reads as a person's name somewhere (a surname the actors took for a company)."""
    noun = head.lemma_.lower()
    if noun in STATEMENT_NOUNS:  # "the statement said": whoever spoke last "in a statement"
        return next((a for s, a in reversed(speakers.seen) if sent - s <= REACH), None)
    pronoun = head.lower_ in PRONOUNS
    bodies = [m for m in speakers.mentions if m.start < head.idx and speakers.kind.get(m.actor) in BODY_KINDS]
    found: str | None = None
    if noun in KIND_NOUNS:  # of the bodies of that kind, the one that spoke last
        kin = {m.actor for m in bodies if fits(noun, speakers.roles.get(m.actor, set()))}
        spoke = [a for _, a in reversed(speakers.seen) if a in kin]
        # None spoke: the one named, unless two of that kind were ("ANA" and "United Airlines").
        found = spoke[0] if spoke else (next(iter(kin)) if len(kin) == 1 else None)
        if (
            not kin
        ):  # no body of that kind named: the body that spoke or acted last, if nothing says otherwise
            last = last_body(speakers.seen, speakers.kind, sent, pronoun=False) or _body_subject(
                speakers, bodies, sent
            )
            found = last if last and fits(noun, speakers.roles.get(last, set())) is None else None
    else:
        found = last_body(speakers.seen, speakers.kind, sent, pronoun)
        if found is None and not pronoun:
            found = _body_subject(speakers, bodies, sent)
    return None if found is None or _personal(speakers, found) else found


def _body_subject(speakers: Speakers, bodies: list[Mention], sent: int) -> str | None:
    """The body named last as a subject, at most BODY_REACH sentences back."""
    for m in reversed(bodies):
        span = speakers.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.root.i not in speakers.antecedents.sent_of:
            continue
        if sent - speakers.antecedents.sent_of[span.root.i] > BODY_REACH:
            return None
        if span.root.dep_ in {"nsubj", "nsubjpass"} and span.root.i not in speakers.in_quote:
            return m.actor
    return None


def _personal(speakers: Speakers, actor: str) -> bool:
    """True when the model reads some mention of the actor as a person's name."""
    for m in speakers.mentions:
        if m.actor == actor:
            span = speakers.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.ent_type_ == "PERSON":
                return True
    return False
