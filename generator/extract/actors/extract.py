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
from generator.extract.actors.body_roles import give_body_roles
from generator.extract.actors.clusters import Candidate, cluster, records
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
    who_follows,
)
from generator.extract.actors.missed import appositive_names, missions, titled_names
from generator.extract.actors.names import (
    common_word_opening,
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
from generator.extract.actors.outlets import (
    byline,
    cited_outlets,
    domain_outlet,
    is_outlet,
    outlet_prefix,
    short_forms,
    transcript_staff,
)
from generator.extract.actors.passing import (
    apposition_thing,
    capital_only_a_city,
    country_in_passing,
    made_thing_modifier,
    numbered_or_regional,
    played_by,
    played_role,
    product_name,
    title_part,
)
from generator.extract.actors.roles import TITLE_WORDS, is_title_word, person_role
from generator.extract.actors.spans import (
    INSTITUTION_HEADS,
    institution_extent,
    person_extent,
    starts_line,
    trim,
)
from generator.extract.actors.things import (
    acronym_of,
    called_thing,
    cast_in_brackets,
    counted_as_thing,
    introduced_as_thing,
    labelled_a_thing,
    of_a_work,
    thing_named,
    titled_work,
)
from generator.extract.actors.where import studied_at
from generator.extract.actors.words import (
    BODY_NOUNS,
    ENTITY_KINDS,
    FACILITY_WORDS,
    GROUP_FOLLOWERS,
    HONORIFICS,
    KINSHIP_WORDS,
    MEDIA_WORDS,
    MEMBER_NOUNS,
    NATIONALITY_NOUNS,
    ORG_WORDS,
    PARTY_PLURALS,
    PUBLICATION_WORDS,
)
from generator.extract.base import doc_text, sentence_of, sentences, span_text
from generator.extract.reactions.stance import SPEECH_VERBS
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
    outlets = short_forms(article_outlets(doc, article))  # and "NYT", "the Times"
    text = doc_text(doc)
    # a transcript's host or reporter, by full name, its tail or one of its words ("Hi, Ana.")
    staff = transcript_staff(text)
    staff |= {" ".join(k.split()[i:]) for k in staff for i in range(len(k.split()))}
    staff |= {w for k in staff for w in k.split()}
    candidates = [
        c
        for c in candidates
        if c.kind == "country"
        or not (
            is_outlet(c.name, outlets) or byline(text, c.start, c.end, outlets) or name_key(c.name) in staff
        )
    ]
    candidates = _capitals_that_are_surnames(candidates)
    candidates += list(_surname_mentions(doc, candidates, sent_of))
    tagged_places = {name_key(e.text) for e in doc.ents if e.label_ in {"GPE", "LOC", "FAC"}}
    clusters = []
    things: set[str] = set()
    # every place the model names each name, whatever it calls it ("its Starhawk rocket" may be a
    # PRODUCT where "Starhawk is ..." is a PERSON)
    named: dict[str, list[tuple[int, int]]] = {}
    labels: dict[tuple[int, int], str] = {}
    for ent in doc.ents:
        named.setdefault(name_key(ent.text), []).append((ent.start_char, ent.end_char))
        labels[ent.start_char, ent.end_char] = ent.label_
    for cl in cluster(candidates):
        plain = cl.kind != "country" and not any(m.role for m in cl.members)
        spans = [(m.start, m.end) for m in cl.members]
        if plain and only_a_place(doc, spans, cl.name, name_key(cl.name) in tagged_places):
            places.add(name_key(cl.name))
            continue
        product = cl.kind != "country" and not any(w in ORG_WORDS for w in name_key(cl.name).split())
        also = [s for s in named.get(name_key(cl.name), []) if s not in spans]
        # "the film X": the role read off the words before the name is the thing's noun
        chosen = list(_spans(doc, spans)) if cl.kind != "country" else []
        # "Captain Bolt (Ana Li)": a part in a film, whatever the model calls it
        introduced = any(
            introduced_as_thing(m)
            or called_thing(m)
            or cast_in_brackets(m)
            or counted_as_thing(m)
            or played_by(m)
            for m in chosen
        )
        introduced = introduced or bool(chosen and all(of_a_work(m) for m in chosen))
        if introduced or (
            plain
            and (
                any(apposition_thing(doc, s) for s in spans)
                or thing_named(cl.name)
                or titled_work(cl.name)
                or (product and product_name(doc, spans + also))
                or (product and labelled_a_thing([labels[s] for s in also], len(spans)))
            )
        ):
            things.add(name_key(cl.name))
            things.update(acronym_of(cl.name))  # "BFR" for the "Big Starhawk Rocket"
            continue
        if cl.kind == "country" and country_in_passing(doc, spans):
            continue
        if cl.kind != "country":
            made = [made_thing_modifier(doc, s) for s in spans]
            if plain and all(made):
                continue  # "Android smartphones", "CCTV footage": a thing's maker, not an actor
            if cl.kind == "person" and plain and any(made):
                cl.kind = "organization"  # "his Williams car": a maker, no person
            if cl.kind == "organization" and plain and chosen and all(studied_at(m) for m in chosen):
                continue  # "a freshman at Northtown University": where somebody studied
        if cl.kind == "person" and plain and chosen and all(common_word_opening(m) for m in chosen):
            continue  # "Fireworks exploded behind the stands": a common word opening a sentence
        if cl.kind == "person" and played_role(doc, spans):
            continue  # "Ana Li played Bo Chen": a part in a film, not in the story
        clusters.append(cl)
    give_body_roles(doc, clusters)  # "British firm Acme": after the choice, so no role keeps a thing
    actors, mentions = records(clusters, sents, article)
    return actors, mentions, tuple(sorted(places)), tuple(sorted(things))


def _spans(doc: Doc, chars: list[tuple[int, int]]) -> Iterable[Span]:
    for start, end in chars:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            yield span


def article_outlets(doc: Doc, article: Article) -> tuple[str, ...]:
    """Name keys of the news outlets the article cites ("told Reuters") or is published by."""
    text = doc_text(doc)
    names = []
    for ent in doc.ents:
        if ent.label_ in {"ORG", "PERSON"}:
            span = trim(ent)
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
        span = trim(ent)
        if span is None:
            continue
        # "Thomson Reuters Foundation" is one organization's name all the same.
        own_name = span[-1].lower_ in ORG_WORDS
        glued = outlet_prefix([t.text for t in span]) if starts_line(span) and not own_name else 0
        if glued:
            span = span[glued:]  # "BBC Police have confirmed": a credit run into the sentence
        label = "PERSON" if ent.label_ == "ORG" and who_follows(span) else ent.label_
        if label == "PERSON":
            span = person_extent(span)
        elif label == "ORG":
            span = institution_extent(span)
        covered.update(range(span.start, span.end))
        yield _classify(span, ENTITY_KINDS[label], sent_of)
        rest = _after_of(ent, span)
        if rest is not None:  # "Ana Li of Acme": Acme, "Acme Racing of Ana Li": Ana Li
            covered.update(range(rest.start, rest.end))
            yield _classify(rest, "organization" if ent.label_ == "PERSON" else "person", sent_of)
    yield from titled_names(doc, covered, sent_of)
    yield from appositive_names(doc, covered, sent_of)
    yield from missions(doc, sent_of)


def _after_of(ent: Span, name: Span) -> Span | None:
    """The capitalised name after "of" that ``trim`` cut off the entity, if it did."""
    doc = ent.doc
    if name.end >= ent.end or doc[name.end].lower_ != "of" or ent.label_ not in {"PERSON", "ORG"}:
        return None
    end = ent.end
    while end > name.end + 1 and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS"):
        end -= 1
    rest = doc[name.end + 1 : end]
    return rest if len(rest) and all(t.is_title for t in rest) else None


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
        prev = doc[tok.i - 1] if tok.i else None
        if (
            prev is not None
            and prev.tag_ == "NNP"
            and prev.is_title
            and prev.is_alpha
            and not any(s <= prev.idx < e for s, e in spans)
            and not is_title_word(prev.text)
            and prev.lower_.rstrip(".") not in HONORIFICS
            and is_given_name(prev.text)
            and not _in_longer_name(doc, prev.i, tok.i + 1)
        ):
            # "Jos Verstappen said" where the article named Max Verstappen: a second person of
            # the family the model did not tag, not a mention of the first
            name = f"{prev.text} {tok.text}"
            sent = sent_of.get(tok.i, 0)
            kin = Candidate(prev.idx, end, name, "person", name, sent_index=sent, subject=_subject(tok))
            kin.role, kin.affiliation = person_role(doc[prev.i : tok.i + 1])
            yield kin
            continue
        sent = sent_of.get(tok.i, 0)
        yield Candidate(start, end, tok.text, "person", tok.text, sent_index=sent, subject=_subject(tok))


def _in_longer_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the capitalised words start..end go on either side ("Denis Christel Sassou
    Nguesso"): a part of a longer name, not a whole one."""
    return any(0 <= i < len(doc) and doc[i].tag_ == "NNP" and doc[i].is_title for i in (start - 1, end))


def _subject(tok: Token) -> bool:
    """Whether the name speaks: "Ana Li said", "Li added"."""
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_VERBS


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
        if institution or span[-1].lower_ in PUBLICATION_WORDS:
            kind = "organization"
    if kind == "organization" and (
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
        subject=_subject(span.root),
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


__all__ = ["extract_actors", "name_key", "TITLE_WORDS"]
