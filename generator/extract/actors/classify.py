"""What one entity the model tags is: a person, an organization, a country, a group, or no actor
(junk); the name's extent once words that are no part of it are cut off ("Frenchman Ana Li",
"Mallam Ana Li"), and its role."""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract import gazetteer
from generator.extract.actors.body_words import (
    BODY_NOUNS,
    FIRM_WORDS,
    MEMBER_NOUNS,
    ORG_WORDS,
    PARTY_PLURALS,
    PUBLICATION_WORDS,
)
from generator.extract.actors.clusters import Candidate
from generator.extract.actors.kinds import (
    body_role,
    brand_case,
    described_as_person,
    firm_named,
    listed_with_people,
    personal_context,
    place_first,
    titled_person,
    town_team,
)
from generator.extract.actors.names import (
    credited,
    event_or_landmark,
    looks_like_name,
    names_a_publication,
    quoted_alone,
    stock_ticker,
)
from generator.extract.actors.passing import capital_only_a_city, numbered_or_regional, title_part
from generator.extract.actors.place_words import FACILITY_WORDS
from generator.extract.actors.roles import is_title_word, person_role
from generator.extract.actors.spans import INSTITUTION_HEADS
from generator.extract.actors.words import (
    GROUP_FOLLOWERS,
    HONORIFICS,
    KINSHIP_WORDS,
    MEDIA_WORDS,
    NATIONALITY_NOUNS,
    PERSON_INITIALISMS,
)
from generator.extract.base import span_text
from generator.extract.reactions.stance import SPEECH_VERBS
from generator.text import display


def classify(span: Span, kind: str, sent_of: dict[int, int]) -> Candidate | None:
    """Decide what the entity is: a person, organization, country, group, or junk (None)."""
    text = span_text(span).strip()
    if not looks_like_name(span) or credited(span) or quoted_alone(span):
        return None
    if text.casefold() in NATIONALITY_NOUNS:
        return None  # "the Brit has promised": a person called by nationality, named elsewhere
    if gazetteer.country(text):
        return _country(span, gazetteer.country(text).name, sent_of)  # type: ignore[union-attr]
    if gazetteer.demonym(text):
        return _country(span, gazetteer.demonym(text).name, sent_of)  # type: ignore[union-attr]
    if kind == "country" and not gazetteer.is_place(text) and personal_context(span):
        kind = "person"  # "Ana Li, 46, rushed to her husband's side": the model's place is a person
    elif kind == "country" or gazetteer.is_place(text):
        # A capital that acts ("Lima said", "Washington's response") stands for the state.
        capital_of = gazetteer.capital(text)
        if capital_of and capital_only_a_city(span):
            return None  # "London's tram network": the city's, not the state's
        if capital_of and span.root.dep_ in {"nsubj", "nsubjpass", "poss"}:
            return _country(span, capital_of.name, sent_of)
        return None
    if (
        kind != "group"
        and len(span) == 2
        and span[0].dep_ == "amod"
        and gazetteer.demonym(span[0].text)
        and span.root.dep_ == "compound"
    ):
        # "82 Nigerian Chibok schoolgirls": a nationality and a name describing a noun; the name
        # is judged alone (a place, most often).
        span = span[1:]
        text = span_text(span).strip()
    if kind == "group" and span.root.tag_ not in {"NNPS", "NNS"}:
        # Plural nationalities or movements ("the Houthis"); adjectives ("Western") are not actors.
        return None
    if kind == "group" and len(span) > 1 and span[-1].lower_ in PARTY_PLURALS:
        kind = "organization"  # "the Christian Democrats": a party
    half = len(span) // 2
    if len(span) >= 4 and len(span) % 2 == 0 and span[:half].text == span[half:].text:
        span = span[:half]  # "Ana Li Ana Li": a caption's name twice (a credit and a label)
        text = span_text(span).strip()
    if kind == "person" and len(span) > 1 and place_first(span):
        kind = "organization"  # "Northtown Rovers": a team or body named after its town
    if kind == "group" and len(span) > 1 and town_team(span):
        kind = "organization"  # "the Northtown Rovers": the model's group is a team
    if (
        kind == "person"
        and span.start > 0
        and span.doc[span.start - 1].tag_ == "PRP$"
        and span[-1].tag_ != "NNPS"
    ):
        kind = "organization"  # "a smash in his Acme": a team's car, no person is "his Ana Li"
    if kind == "person" and len(span) == 1 and brand_case(text):
        kind = "organization"  # "AcmeX", "PayWell": a company's name written as one word
    last = span[-1]
    if (
        len(span) > 1
        and last.is_lower
        and last.pos_ == "NOUN"
        and span[-2].whitespace_
        and last.lower_ not in BODY_HEADS
    ):
        return None  # "the Apollo 11 pad", "the Acme logo": a thing named after something
    # "Northtown Coast Council", "Bay Club": a body named after a place; "Twitter Police" (an
    # embed's label run into the text) is none
    body = span[-1].lower_ in ORG_WORDS | INSTITUTION_HEADS and span[0].lower_ not in MEDIA_WORDS
    if not body and any(t.lower_ in MEDIA_WORDS or t.lower_ in FACILITY_WORDS for t in span):
        return None
    if event_or_landmark(span) or numbered_or_regional(span, kind == "person") or title_part(span):
        return None
    if kind == "organization" and stock_ticker(span):
        return None  # "Acme (ACMQ) shares fell": the company is named before its ticker
    if kind == "person" and any(c.isdigit() for c in text):
        return None  # "Rung Ra 2", "F-15K": a vessel or a product, not a person
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if kind == "person" and after is not None and after.lower_ in GROUP_FOLLOWERS:
        kind = "organization"  # "X militants": the model's person is a group's name
    member = span.root.dep_ == "compound" and span.root.head.lower_ in MEMBER_NOUNS
    if kind == "person" and len(span) == 1 and member:
        kind = "organization"  # "the Acme driver", "a Rovers striker": a team's or firm's name
    if kind == "organization" and span[0].lower_ in NATIONALITY_NOUNS and len(span) > 2:
        span, kind = span[1:], "person"  # "Frenchman Ana Li": a person called by nationality
        text = span_text(span).strip()
    if kind == "organization" and len(span) > 1 and span[0].lower_ in PERSON_INITIALISMS:
        span, kind = span[1:], "person"  # "MVP Ana Li": the model's body is a person and her title
        text = span_text(span).strip()
    if kind == "organization" and span[0].lower_.rstrip(".") in HONORIFICS and len(span) > 1:
        span, kind = span[1:], "person"  # "Mallam Ana Li": a person addressed with respect
        text = span_text(span).strip()
    if "," in text and any(p.strip() and gazetteer.is_place(p.strip()) for p in text.split(",")):
        return None  # "Lagos, Kano": a list of places
    if kind == "person" and firm_named(span):
        kind = "organization"  # "the law firm Bo Chen said"
    if kind == "person" and names_a_publication(span):
        return None
    if kind == "person" and len(span) > 1:
        # "Islamic State", "Süddeutsche Zeitung", "City Police": an institution, not a person.
        institution = any(t.lower_ in ORG_WORDS | {"state", "police"} for t in span[1:])
        institution = institution or span[-1].lower_ in FIRM_WORDS  # "Acme Partners"
        if institution or span[-1].lower_ in PUBLICATION_WORDS:
            kind = "organization"
    if (kind == "organization" and span[-1].lower_ not in FIRM_WORDS) and (
        titled_person(span) or listed_with_people(span) or personal_context(span) or described_as_person(span)
    ):
        kind = "person"  # "Chancellor Ana Li", "Bo Chen, Ana Li and Eve Berg", "Ana Li, 46,"
    before = span.doc[span.start - 1] if span.start > 0 else None
    if kind == "organization" and len(span) == 1 and before is not None and before.lower_ in KINSHIP_WORDS:
        kind = "person"  # "her father Bassem"
    if kind == "person" and span.root.dep_ == "compound" and span.root.head.lower_ in ORG_WORDS:
        kind = "organization"  # "the Shin Bet security agency": the name of an agency
    while kind == "person" and len(span) > 2 and is_title_word(span[0].text):
        span = span[1:]  # "[Chief] Constable Ana Li": the title is the role, not the name
        text = span_text(span).strip()
    cand = Candidate(
        span.start_char,
        span.end_char,
        text,
        kind,
        display(text),
        sent_index=sent_of.get(span.start, 0),
        subject=speaks(span.root),
    )
    if kind == "person":
        cand.role, cand.affiliation = person_role(span)
        if cand.role and body_role(cand.role):
            cand.kind, cand.affiliation = "organization", None  # "Acme Sense, a watchdog group,"
    return cand


BODY_HEADS = ORG_WORDS | INSTITUTION_HEADS | BODY_NOUNS
"""Lower-case last words of an organization's name."""


def _country(span: Span, name: str, sent_of: dict[int, int]) -> Candidate:
    return Candidate(
        span.start_char,
        span.end_char,
        span_text(span).strip(),
        "country",
        name,
        sent_index=sent_of.get(span.start, 0),
    )


def speaks(tok: Token) -> bool:
    """Whether the name speaks: "Ana Li said", "Li added"."""
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_VERBS
