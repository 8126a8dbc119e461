"""People named by their office: "the Russian leader said", "the prime minister said" points back
to the person of that office and country met before, or to nobody when unsure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from generator.extract import gazetteer
from generator.text import ascii_fold

if TYPE_CHECKING:
    from generator.extract.reactions.speakers import Speakers

GENERIC_TITLES = frozenset({"leader", "head", "chief"})
"""Titles any office holder may be called: they conflict with no other title."""
# Nouns that name one person by office: "the Russian president said" points back to a person.
PERSON_TITLES = frozenset(
    {
        "president",
        "premier",
        "minister",
        "chancellor",
        "king",
        "queen",
        "prince",
        "emperor",
        "monarch",
        "leader",
        "chairman",
        "chairwoman",
        "chairperson",
        "secretary",
        "chief",
        "pope",
        "governor",
        "mayor",
        "senator",
        "general",
    }
)
# Nouns that speak for an organization or country named inside the phrase ("a spokesperson for X").
VOICE_NOUNS = frozenset(
    {
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "representative",
        "official",
        "source",
        "statement",
        "analyst",
        "expert",
        "researcher",
        "fellow",
        "scholar",
        "professor",
        "observer",
        "diplomat",
        "envoy",
        "ambassador",
        "embassy",
        "government",
        "ministry",
        "office",
        "administration",
        "department",
        "agency",
        "council",
        "committee",
        "commission",
        "presidency",
        "parliament",
        "leadership",
        "delegation",
        "lawmaker",
        "legislator",
        "politician",
        "authority",
        "cabinet",
        "regime",
        "military",
        "army",
        "force",
        "communique",
        "declaration",
        "mission",
        "consulate",
    }
)
# Any word that gives a person a role; a different one rules a person out for "the president".
ROLE_WORDS = (
    PERSON_TITLES
    | VOICE_NOUNS
    | {
        "founder",
        "co-founder",
        "ceo",
        "director",
        "coach",
        "dean",
        "officer",
        "executive",
        "actor",
        "actress",
        "producer",
        "writer",
        "author",
        "player",
        "student",
        "lawyer",
        "doctor",
        "pilot",
    }
)


def descriptor(speakers: Speakers, head: Token, sent: int) -> str | None:
    """The person "the Russian leader" points back to, by role words; else the last speaker."""
    mods = [c for c in head.children if c.dep_ in {"amod", "compound", "nmod"} and c.is_alpha]
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        mods += [c for c in prep.children if c.dep_ == "pobj"]
    # Four letters match a country with its adjective: russ(ia/ian), viet(nam/namese).
    stems = [ascii_fold(m.lower_)[:4] for m in mods if m.lemma_.lower() not in PERSON_TITLES]
    # Words of the office itself ("prime", "deputy", "foreign"), not of a nation ("Russian").
    office = [
        ascii_fold(m.lower_)[:4]
        for m in mods
        if m.lemma_.lower() not in PERSON_TITLES
        and m.ent_type_ not in {"NORP", "GPE"}
        and not gazetteer.demonym(m.text)
        and not gazetteer.country(m.text)
    ]
    title = head.lemma_.lower()
    named = [m.actor for m in reversed(speakers.mentions) if m.start < head.idx]
    people = [
        a
        for a in dict.fromkeys([a for _, a in reversed(speakers.seen)] + named)
        if speakers.kind.get(a) == "person"
    ]

    def fits(actor: str) -> bool:
        return all(any(w.startswith(s) for w in speakers.roles.get(actor, set())) for s in stems)

    def titled(actor: str) -> bool:
        return title in speakers.roles.get(actor, set())

    tests = [
        lambda a: titled(a) and fits(a),
        lambda a: bool(stems) and fits(a) and not _other_title(speakers.roles.get(a, set()), title),
        lambda a: not stems and titled(a),
    ]
    for test in tests:
        match = next((a for a in people if test(a)), None)
        if match:
            return match
    last = speakers.last_person(sent)
    # Unsure: the last speaker, unless its role says otherwise (another office, another
    # country), or words of the office say what its description does not: "the prime
    # minister said" after a company founder spoke is a prime minister the actors missed.
    if last is None or _other_title(speakers.roles.get(last, set()), title) or (stems and titled(last)):
        return None
    return (
        None
        if office and not all(any(w.startswith(o) for w in speakers.roles.get(last, set())) for o in office)
        else last
    )


def _other_title(role: set[str], title: str) -> bool:
    """True when a role names a different office ("prime minister" for "the president")."""
    return title not in GENERIC_TITLES and bool(role & (ROLE_WORDS - GENERIC_TITLES - {title}))
