"""Actors of one article: named people, organizations, countries and groups, with their roles.

Patterns caught: spaCy's PERSON / ORG / GPE / NORP entities, cleaned of junk; a capitalised name
after a title word that the model missed ("President Ana Li"); countries by any of their names,
demonyms ("Russian" -> Russia) and capitals used as the state ("Lima said"); surname-only
mentions folded into the full name named in the same article; roles from titles before the name
("OECD Secretary General X"), appositions after it ("X, an analyst at Y,") and "Y's X" forms.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from generator.extract import gazetteer
from generator.extract.actors.clusters import Candidate, cluster, records
from generator.extract.actors.missed import missions, titled_names
from generator.extract.actors.names import (
    credited,
    event_or_landmark,
    is_given_name,
    looks_like_name,
    names_a_publication,
    only_a_place,
    place_names,
    quoted_alone,
    stock_ticker,
)
from generator.extract.actors.outlets import byline, cited_outlets, domain_outlet, is_outlet, outlet_prefix
from generator.extract.actors.passing import (
    apposition_thing,
    capital_only_a_city,
    country_in_passing,
    numbered_or_regional,
    title_part,
)
from generator.extract.actors.roles import TITLE_WORDS, is_title_word, person_role
from generator.extract.actors.words import (
    COMMON_WORDS,
    DESCRIPTOR_WORDS,
    ENTITY_KINDS,
    FACILITY_WORDS,
    GREETING_WORDS,
    GROUP_FOLLOWERS,
    HONORIFICS,
    KINSHIP_WORDS,
    MAX_NAME_TOKENS,
    MEDIA_WORDS,
    NAME_PARTICLES,
    NATIONALITY_NOUNS,
    ORG_WORDS,
    PARTY_PLURALS,
    PLURAL_OWNERS,
    PUBLICATION_WORDS,
)
from generator.extract.base import doc_text, sentence_of, sentences, span_text
from generator.records import Actor, Article, Mention
from generator.text import display, name_key


def extract_actors(doc: Doc, article: Article) -> tuple[list[Actor], list[Mention]]:
    """All actors the article names, and every place it names them."""
    actors, mentions, _, _ = actors_and_places(doc, article)
    return actors, mentions


def actors_and_places(
    doc: Doc, article: Article
) -> tuple[list[Actor], list[Mention], tuple[str, ...], tuple[str, ...]]:
    """The article's actors and their mentions, the name keys of the names it shows to be
    places ("the town of X", only ever "in X") that the model took for people or organizations,
    and those of the names an apposition calls things ("X, a tanker"): none is an actor anywhere.
    A country the article names only in passing ("a Northland-flagged ship") is no actor of it."""
    sents = sentences(doc)
    sent_of = sentence_of(doc)
    candidates = [c for c in _candidates(doc, sent_of) if c is not None]
    # A one-word "name" the same article also writes in lower case ("Casino" ... "the casino")
    # is a capitalised common noun, not an actor.
    lower_words = {t.text for t in doc if t.is_lower and t.is_alpha}
    candidates = [
        c for c in candidates if c.kind == "country" or " " in c.text or c.text.lower() not in lower_words
    ]
    places = place_names(doc)
    candidates = [c for c in candidates if c.kind == "country" or name_key(c.name) not in places]
    outlets = set(article_outlets(doc, article))
    text = doc_text(doc)
    candidates = [
        c
        for c in candidates
        if c.kind == "country" or not (is_outlet(c.name, outlets) or byline(text, c.start, c.end, outlets))
    ]
    candidates = _capitals_that_are_surnames(candidates)
    candidates += list(_surname_mentions(doc, candidates, sent_of))
    tagged_places = {name_key(e.text) for e in doc.ents if e.label_ in {"GPE", "LOC", "FAC"}}
    clusters = []
    things: set[str] = set()
    for cl in cluster(candidates):
        plain = cl.kind != "country" and not any(m.role for m in cl.members)
        spans = [(m.start, m.end) for m in cl.members]
        if plain and only_a_place(doc, spans, cl.name, name_key(cl.name) in tagged_places):
            places.add(name_key(cl.name))
            continue
        if plain and any(apposition_thing(doc, s) for s in spans):
            things.add(name_key(cl.name))
            continue
        if cl.kind == "country" and country_in_passing(doc, spans):
            continue
        clusters.append(cl)
    actors, mentions = records(clusters, sents, article)
    return actors, mentions, tuple(sorted(places)), tuple(sorted(things))


def article_outlets(doc: Doc, article: Article) -> tuple[str, ...]:
    """Name keys of the news outlets the article cites ("told Reuters") or is published by."""
    text = doc_text(doc)
    names = []
    for ent in doc.ents:
        if ent.label_ in {"ORG", "PERSON"}:
            span = _trim(ent)
            if span is not None:
                names.append((span.start_char, span.end_char, span_text(span), ENTITY_KINDS[ent.label_]))
    own = {k for k in (domain_outlet(article.url), domain_outlet(article.outlet)) if k}
    if article.outlet and "." not in article.outlet:
        own.add(name_key(article.outlet))
    found = cited_outlets(text, names, frozenset(own)) | own
    return tuple(sorted(found))


def _candidates(doc: Doc, sent_of: dict[int, int]) -> Iterable[Candidate | None]:
    covered: set[int] = set()
    for ent in doc.ents:
        if ent.label_ not in ENTITY_KINDS:
            continue
        span = _trim(ent)
        if span is None:
            continue
        # "Thomson Reuters Foundation" is one organization's name all the same.
        own_name = span[-1].lower_ in ORG_WORDS
        glued = outlet_prefix([t.text for t in span]) if _starts_line(span) and not own_name else 0
        if glued:
            span = span[glued:]  # "BBC Police have confirmed": a credit run into the sentence
        if ent.label_ == "PERSON":
            span = _person_extent(span)
        elif ent.label_ == "ORG":
            span = _institution_extent(span)
        covered.update(range(span.start, span.end))
        yield _classify(span, ENTITY_KINDS[ent.label_], sent_of)
    yield from titled_names(doc, covered, sent_of)
    yield from missions(doc, sent_of)


def _starts_line(span: Span) -> bool:
    """Whether nothing but spaces stands before the span on its line."""
    i = span.start - 1
    while i >= 0 and span.doc[i].is_space and "\n" not in span.doc[i].text:
        i -= 1
    return i < 0 or "\n" in span.doc[i].whitespace_ or "\n" in span.doc[i].text


def _capitals_that_are_surnames(candidates: list[Candidate]) -> list[Candidate]:
    """A capital taken for its state that is the surname of a person the article names in full:
    "Ana Hamilton won ... Hamilton said" is Ms Hamilton, not the state whose capital is Hamilton.
    A country's own name ("Jordan") stays a country."""
    surnames = {c.name.split()[-1] for c in candidates if c.kind == "person" and len(c.name.split()) > 1}
    return [
        dataclasses.replace(c, kind="person", name=c.text)
        if c.kind == "country" and c.text in surnames and gazetteer.country(c.text) is None
        else c
        for c in candidates
    ]


def _surname_mentions(doc: Doc, found: list[Candidate], sent_of: dict[int, int]) -> Iterable[Candidate]:
    """Surname-only mentions of people named in full that the model missed or mislabeled."""
    surnames = {c.name.split()[-1] for c in found if c.kind == "person" and len(c.name.split()) > 1}
    taken = {(c.start, c.end) for c in found}
    spans = [(c.start, c.end) for c in found]
    for tok in doc:
        if tok.text not in surnames or tok.tag_ != "NNP":
            continue
        if gazetteer.is_place(tok.text) or gazetteer.country(tok.text):
            continue  # "Paris" is a city before it is Ms Paris
        start, end = tok.idx, tok.idx + len(tok.text)
        if (start, end) in taken or any(s <= start < e for s, e in spans):
            continue
        yield Candidate(start, end, tok.text, "person", tok.text, sent_index=sent_of.get(tok.i, 0))


def _trim(span: Span) -> Span | None:
    """The entity without a leading "the", a possessive, or anything after a line break or an
    opening bracket."""
    doc = span.doc
    start, end = span.start, span.end
    for i in range(start, end):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            end = i + 1 if "\n" in doc[i].whitespace_ and "\n" not in doc[i].text else i
            break
        if doc[i].text == "(" and i > start:
            end = i  # "Federal Bureau of Investigation (FBI": the name stops at the bracket
            break
        if doc[i].text == "the" and i > start and doc[i - 1].pos_ != "ADP" and doc[i - 1].lower_ != "and":
            end = i  # "From Northtown the girls were flown": a missing comma ran two names together
            break
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if gazetteer.country(doc[start:end].text):
        return doc[start:end]  # "Democratic People's Republic of Korea" is one name
    # "Singapore's ISEAS": a country owner is a separate actor, the name starts after it;
    # "the Center's Asia Program": the owning organization is the actor.
    for i in range(start + 1, end - 1):
        if doc[i].tag_ == "POS":
            owner = doc[start:i].text
            if owner.lower() in PLURAL_OWNERS:
                break  # "The People's Daily", "Women's March": one name
            if gazetteer.country(owner) or gazetteer.capital(owner):
                start = i + 1
            else:
                end = i
            break
    if end <= start or end - start > MAX_NAME_TOKENS:
        return None
    return doc[start:end]


INSTITUTION_HEADS = frozenset(
    {"police", "hospital", "council", "university", "college", "court", "ministry", "department", "agency",
     "party", "commission", "committee", "union", "foundation", "institute", "service", "services", "trust"}
)  # fmt: skip
"""Lower-case last words that belong to an organization's name the model cut short."""


def _institution_extent(span: Span) -> Span:
    """ "British Transport [police]", "Croydon University [hospital]": an organization's name with
    the lower-case word that says what it is, which the model left outside."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if (
        after is not None
        and after.is_lower
        and after.lower_ in INSTITUTION_HEADS
        # "Croydon University hospital" is the hospital, "Acme Group police" no body of its own
        and (span[-1].lower_ not in ORG_WORDS or after.lower_ in {"hospital", "clinic"})
        # "Acme trust officers", "a trust fund": the word describes the noun after it
        and not (after.lower_ == "trust" and after.dep_ == "compound")
    ):
        return doc[span.start : span.end + 1]
    return span


def _person_extent(span: Span) -> Span:
    """A person's name where the model cut it short or ran it long.

    "Bystander Ana Li" loses the sentence-initial common noun (it is left as the role word);
    "mayor Sadiq [Khan]" gains the untagged given name before it; "Marine Le [Pen]" gains the
    word after a name particle.
    """
    doc = span.doc
    start, end = span.start, span.end
    first = doc[start]
    if end - start > 1 and (
        first.lower_.rstrip(".") in DESCRIPTOR_WORDS | GREETING_WORDS | HONORIFICS
        or is_title_word(first.text)
        # "Frenchman Ana Li", "Brit Ana Li Berg", but "Finn Berg" is a given name and a surname
        or (first.lower_ in NATIONALITY_NOUNS and (end - start > 2 or not is_given_name(first.text)))
        # "German Ana Li Berg": a nationality before a name of two words or more
        or (end - start > 2 and gazetteer.demonym(first.text) is not None)
    ):
        start += 1
    elif end - start > 2 and first.is_upper and first.is_alpha and all(t.is_title for t in span[1:]):
        start += 1  # an acronym before a full name is a title or an employer ("MVP Ben Ode")
    if (
        (
            end - start == 1
            and start > 0
            and not doc[start - 1].is_sent_start
            and _loose_name_word(doc[start - 1])
        )
        or start > 0
        and _first_name_left_out(doc[start - 1], doc[start:end])
    ):
        start -= 1
    if doc[end - 1].lower_ in NAME_PARTICLES and end < len(doc) and _loose_name_word(doc[end]):
        end += 1
    # "Moon Jae-in": the tokenizer splits the hyphen and the model stops before it.
    if end + 1 < len(doc) and _hyphen_tail(doc[end - 1], doc[end], doc[end + 1]):
        end += 2
    return doc[start:end] if (start, end) != (span.start, span.end) else span


def _first_name_left_out(tok: Token, name: Span) -> bool:
    """ "[Sayed] Omar Hakimi, spokesman for ...": a sentence's first word the parse ties to the
    name as a part of it, a given name (gender-guesser's list) and no title, place or nationality."""
    return (
        bool(tok.is_sent_start)
        and tok.dep_ == "compound"
        and name.start <= tok.head.i < name.end
        and tok.lower_.rstrip(".") not in DESCRIPTOR_WORDS | HONORIFICS
        and is_given_name(tok.text)  # "Fisherman Ana Li": a sentence's first noun is no name
        and _loose_name_word(tok)
    )


def _hyphen_tail(last: Token, dash: Token, tail: Token) -> bool:
    """ "Jae" "-" "in": a short hyphenated last part written without spaces, outside any entity."""
    joined = not last.whitespace_ and not dash.whitespace_
    return dash.text == "-" and joined and tail.is_alpha and tail.ent_iob_ == "O" and len(tail) <= 4


def _loose_name_word(tok: Token) -> bool:
    """A capitalised proper noun outside any entity that is neither a title nor a place."""
    return (
        tok.ent_iob_ == "O"
        and tok.tag_ == "NNP"
        and tok.is_title
        and tok.is_alpha
        and "\n" not in tok.whitespace_
        and not is_title_word(tok.text)
        and tok.lower_ not in COMMON_WORDS | GREETING_WORDS
        and not gazetteer.is_place(tok.text)
        and gazetteer.demonym(tok.text) is None
    )


def _classify(span: Span, kind: str, sent_of: dict[int, int]) -> Candidate | None:
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
    if kind == "country" or gazetteer.is_place(text):
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
    if kind == "person" and len(span) > 1 and _place_first(span):
        kind = "organization"  # "Northtown Rovers": a team or body named after its town
    if any(t.lower_ in MEDIA_WORDS or t.lower_ in FACILITY_WORDS for t in span):
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
    if kind == "organization" and span[0].lower_ in NATIONALITY_NOUNS and len(span) > 2:
        span, kind = span[1:], "person"  # "Frenchman Ana Li": a person called by nationality
        text = span_text(span).strip()
    if kind == "organization" and span[0].lower_.rstrip(".") in HONORIFICS and len(span) > 1:
        span, kind = span[1:], "person"  # "Mallam Ana Li": a person addressed with respect
        text = span_text(span).strip()
    if "," in text and any(p.strip() and gazetteer.is_place(p.strip()) for p in text.split(",")):
        return None  # "Lagos, Kano": a list of places
    if kind == "person" and names_a_publication(span):
        return None
    if kind == "person" and len(span) > 1:
        # "Islamic State", "Süddeutsche Zeitung", "City Police": an institution, not a person.
        institution = any(t.lower_ in ORG_WORDS | {"state", "police"} for t in span[1:])
        if institution or span[-1].lower_ in PUBLICATION_WORDS:
            kind = "organization"
    if kind == "organization" and _titled_person(span):
        kind = "person"  # "Chancellor Olaf Scholz": the model's ORG is a person after a title
    before = span.doc[span.start - 1] if span.start > 0 else None
    if kind == "organization" and len(span) == 1 and before is not None and before.lower_ in KINSHIP_WORDS:
        kind = "person"  # "her father Bassem"
    if kind == "person" and span.root.dep_ == "compound" and span.root.head.lower_ in ORG_WORDS:
        kind = "organization"  # "the Shin Bet security agency": the name of an agency
    while kind == "person" and len(span) > 2 and is_title_word(span[0].text):
        span = span[1:]  # "[Chief] Constable Ana Li": the title is the role, not the name
        text = span_text(span).strip()
    cand = Candidate(
        span.start_char, span.end_char, text, kind, display(text), sent_index=sent_of.get(span.start, 0)
    )
    if kind == "person":
        cand.role, cand.affiliation = person_role(span)
    return cand


def _place_first(span: Span) -> bool:
    """A name that starts with a known place that is nobody's given name ("Seattle Seahawks",
    not "Paris Hilton")."""
    first = span[0].text
    return gazetteer.is_place(first) and not is_given_name(first) and not span[-1].is_lower


def _titled_person(span: Span) -> bool:
    """A 2-4 word capitalised name right after a title word, with no organization word in it."""
    if not 2 <= len(span) <= 4 or span.start == 0:
        return False
    if not is_title_word(span.doc[span.start - 1].text):
        return False
    return all(t.is_title and t.is_alpha and t.lower_ not in ORG_WORDS for t in span)


def _country(span: Span, name: str, sent_of: dict[int, int]) -> Candidate:
    return Candidate(
        span.start_char,
        span.end_char,
        span_text(span).strip(),
        "country",
        name,
        sent_index=sent_of.get(span.start, 0),
    )


__all__ = ["extract_actors", "name_key", "TITLE_WORDS"]
