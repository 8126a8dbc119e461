"""What kind of actor a name is when the model's label is doubtful: a person or an organization,
judged from the name's form ("AcmeX" is a brand) and the words around it ("Chancellor Ana Li",
"the law firm Bo Chen", "Ana Li, 46,")."""

from __future__ import annotations

import re

from spacy.tokens import Span

from generator.extract import gazetteer
from generator.extract.actors.body_words import ORG_WORDS
from generator.extract.actors.names import is_given_name
from generator.extract.actors.occupations import is_occupation
from generator.extract.actors.place_words import COMPASS_WORDS
from generator.extract.actors.roles import is_title_word, role_after, role_before
from generator.extract.actors.stated import PERSON_SUFFIXES
from generator.extract.actors.words import GROUP_FOLLOWERS, KINSHIP_WORDS, PERSON_NOUNS
from generator.extract.base import span_text


def place_first(span: Span) -> bool:
    """A name that starts with a known place that is nobody's given name ("Seattle Seahawks",
    not "Paris Hilton")."""
    first = span[0].text
    return gazetteer.is_place(first) and not is_given_name(first) and not span[-1].is_lower


_BRAND_CASE = re.compile(r"^[A-Z][a-z]{2,}[A-Z]")
_NAME_PREFIXES = ("Mac", "Fitz", "Van", "Von", "Vander", "Della", "Delli")
"""Prefixes of surnames written with a capital inside ("MacKenzie", "FitzGerald")."""


def brand_case(word: str) -> bool:
    """A capital inside one word after three letters or more, as brands are written ("SpaceX",
    "YouTube", "PayPal"); "MacKenzie", "McNamee", "DeAndre", "LeBron" are people's names."""
    return bool(_BRAND_CASE.match(word)) and not word.startswith(_NAME_PREFIXES)


_DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)


def town_team(span: Span) -> bool:
    """A plural name after a known town, not a people's name: "Northtown Rovers" (a team) but
    "North Koreans", "Eastern Europeans", "South Sudanese" (peoples)."""
    first = span[0].lower_
    if first in _DIRECTIONS or first in COMPASS_WORDS or not gazetteer.is_place(span[0].text):
        return False
    singular = span_text(span).strip()
    return gazetteer.demonym(singular) is None and gazetteer.demonym(singular.rstrip("s")) is None


def listed_with_people(span: Span) -> bool:
    """A given name and a surname in a list with people's names: "Ana Li, Bo Chen and Eve
    Berg" where the model took one for an organization. "Morgan Stanley and Goldman Sachs" (no
    person in the list) stays a company."""
    if not 2 <= len(span) <= 3 or not all(
        t.is_title and t.is_alpha and t.lower_ not in ORG_WORDS for t in span
    ):
        return False
    before = span.doc[span.start - 1] if span.start else None
    if not is_given_name(span[0].text) or (before is not None and before.dep_ == "det"):
        return False  # "the Acme Bull of Ana Li": a thing, no person's name takes "the"
    root = span.root
    listed = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        listed.append(root.head)
    return any(t.ent_type_ == "PERSON" and not span.start <= t.i < span.end for t in listed)


def titled_person(span: Span) -> bool:
    """A 2-4 word capitalised name right after a title word or an occupation ("Chancellor Ana
    Li", "backup Bo Chen", "shortstop Eve Berg"), with no organization word in it."""
    if not 2 <= len(span) <= 4 or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    if not (is_title_word(before.text) or (before.is_lower and is_occupation(before.text))):
        return False
    return all(t.is_title and t.is_alpha and t.lower_ not in ORG_WORDS for t in span)


FIRM_NOUNS = frozenset(
    {
        "firm", "company", "bank", "consultancy", "startup", "start-up", "airline", "carrier",
        "insurer", "retailer", "lender", "brokerage", "charity", "manufacturer", "maker",
        "conglomerate", "publisher", "broadcaster", "newspaper", "magazine", "label", "studio",
        "chain", "operator", "fund", "partnership", "practice", "outfit", "team", "club",
    }
)  # fmt: skip
"""Common nouns for a business or a body (WordNet noun.group, organization): a name they
introduce ("the law firm Bo Chen", "the consultancy Acme Partners") is the body's name."""


def firm_named(span: Span) -> bool:
    """A name written as the name of a firm noun before it: "the legal firm J.P. Damiani said",
    "the Northland carrier Bo Chen". The name heads the noun phrase; in "the company Ana Li
    founded" the name is a clause's subject and a person's.
    """
    if span.start == 0:
        return False
    noun = span.doc[span.start - 1]
    if noun.lower_ not in FIRM_NOUNS or noun.tag_ != "NN":
        return False
    verb = span.root.head
    return span.start <= noun.head.i < span.end or not (verb.dep_ in {"relcl", "acl"} and verb.head == noun)


_PERSONAL_POSSESSIVES = frozenset({"her", "his"})


def personal_context(span: Span) -> bool:
    """A two- or three-word name the words around show to be a person's: an age in apposition
    ("Ana Li, 46, rushed to ...") or, as the subject, a family of his or her own ("Ana Li said
    her husband was ..."). No organization has an age or a husband. "Acme, 46 percent owned
    ...", "Acme said its staff" -> False.
    """
    doc = span.doc
    if not 2 <= len(span) <= 3 or not all(t.is_title and t.is_alpha for t in span):
        return False
    if any(t.lower_ in ORG_WORDS for t in span):
        return False
    end = span.end
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and doc[end + 2].text == ",":
        return doc[end + 1].text.isdigit() and 0 < int(doc[end + 1].text) < 120
    if span.root.dep_ != "nsubj":
        return False
    verb = span.root.head
    return any(
        t.lower_ in _PERSONAL_POSSESSIVES and t.head.lower_ in KINSHIP_WORDS
        for t in verb.subtree
        if t.i >= end and t.sent == span.sent
    )


def who_follows(span: Span) -> bool:
    """A name of one to three capitalised words that a relative "who" follows: "Ana Li, who was on
    her way to work," is a person, whatever the model says; bodies take "which" or "that".
    "Acme, which ..." and "the fans of Acme, who ..." (the "who" is the fans') -> False.
    """
    doc = span.doc
    end = span.end
    if not 1 <= len(span) <= 3 or not all(t.is_title and t.is_alpha for t in span):
        return False
    if any(t.lower_ in ORG_WORDS for t in span) or span.start > 0 and doc[span.start - 1].lower_ == "of":
        return False
    if any(gazetteer.is_place(t.text) or gazetteer.country(t.text) for t in span):
        return False  # "Tourism Northland, who released the video": a body writers call "who"
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "who"


def personal_role(role: str) -> bool:
    """Whether a role read off a name's title or apposition is a person's: a title, a family
    word or a noun for people in it ("chief of staff", "her father", "veteran driver") and no
    word of a body ("militant group", "leading supplier of chips", "the law firm"), judged by
    the role's head noun ("rival chipmaker" is a body's).
    """
    words = [w.strip(".,'’") for w in role.lower().split()]
    if not words or any(w in ORG_WORDS or w in GROUP_FOLLOWERS or w in FIRM_NOUNS for w in words):
        return False
    head = words[: words.index("of")] if "of" in words[1:] else words  # "chief of staff": "chief"
    last = head[-1]
    return is_title_word(last) or last in KINSHIP_WORDS or last in PERSON_NOUNS


_BODY_ROLE_HEADS = frozenset(
    {"group", "organization", "organisation", "nonprofit", "non-profit", "watchdog", "coalition",
     "network", "website", "service", "exchange", "platform", "agency", "party", "union", "foundation",
     "association", "institute", "corporation", "federation", "alliance", "charity", "think-tank"}
)  # fmt: skip
"""Head nouns of an apposition that says a name is a body's ("a nonprofit media watchdog group",
"a cryptocurrency exchange"), besides the nouns of firms; not every word of an organization's
name ("Cardinals center X": a player's position)."""


def body_role(role: str) -> bool:
    """Whether a role read off a name's apposition says it is a body, not a person: "nonprofit
    media watchdog group", "Japanese cryptocurrency exchange", "the law firm" -> True; "chief
    of staff", "group leader" -> False (judged by the head noun)."""
    words = [w.strip(".,'’") for w in role.lower().split()]
    cut = next((i for i, w in enumerate(words) if i and w in _ROLE_PREPOSITIONS), len(words))
    head = words[:cut]  # "spokesman for the group": the spokesman's
    if not head or not role.split()[cut - 1].islower():
        return False  # "London Ambulance Service" (from "X, from the London Ambulance Service,"): an employer
    last = head[-1]
    return last in FIRM_NOUNS or last in _BODY_ROLE_HEADS


_ROLE_PREPOSITIONS = frozenset({"of", "for", "at", "with", "in", "to", "from", "on", "who", "that", "which"})


def described_as_person(span: Span) -> bool:
    """A two- or three-word name the model calls an organization whose title or apposition is a
    person's: "Ana Li, a former Acme executive,", "former Acme executive Ana Li". "Acme Partners,
    a leading firm," and names with an organization's word -> False."""
    if not 2 <= len(span) <= 3 or not all(
        t.is_title and t.is_alpha and t.lower_ not in ORG_WORDS for t in span
    ):
        return False
    role = role_after(span)
    if role is None:
        before = role_before(span)  # "former Acme executive X", not "a spokesman for the firm X"
        plain = before and not _ROLE_PREPOSITIONS & set(before.lower().split())
        role = before if plain and is_given_name(span[0].text) else None  # "rival Acme Tech" is no one
    if role is None or body_role(role):
        return False
    head = role.lower().split()[-1]  # "venture capitalist": an agent noun
    return personal_role(role) or (head.endswith(PERSON_SUFFIXES) and len(head) > 5)
