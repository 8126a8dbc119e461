"""Actors of one article: named people, organizations, countries and groups, with their roles.

Patterns caught: spaCy's PERSON / ORG / GPE / NORP entities, cleaned of junk; a capitalised name
after a title word that the model missed ("President Ana Li"); countries by any of their names,
demonyms ("Russian" -> Russia) and capitals used as the state ("Lima said"); surname-only
mentions folded into the full name named in the same article; roles from titles before the name
("OECD Secretary General X"), appositions after it ("X, an analyst at Y,") and "Y's X" forms.

Each entity is judged in ``classify``; surnames standing alone are found in ``surnames``; what
is left here is the article-wide sifting (places, outlets, things, works).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from generator.extract import gazetteer
from generator.extract.actors.body_words import ORG_WORDS
from generator.extract.actors.classify import classify
from generator.extract.actors.clusters import Candidate, cluster, records
from generator.extract.actors.kinds import who_follows
from generator.extract.actors.missed import appositive_names, missions, titled_names
from generator.extract.actors.names import (
    common_word_opening,
    dictionary_word,
    is_given_name,
    only_a_place,
    place_names,
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
    country_in_passing,
    made_thing_modifier,
    played_by,
    played_role,
    product_name,
)
from generator.extract.actors.roles import TITLE_WORDS
from generator.extract.actors.spans import (
    given_name_cut_short,
    institution_extent,
    person_extent,
    starts_line,
    trim,
)
from generator.extract.actors.surnames import capitals_that_are_surnames, surname_mentions
from generator.extract.actors.things import (
    acronym_of,
    called_thing,
    cast_in_brackets,
    counted_as_thing,
    introduced_as_thing,
    labelled_a_thing,
    numbered_series,
    of_a_work,
    thing_named,
    titled_work,
)
from generator.extract.actors.where import studied_at
from generator.extract.actors.words import ENTITY_KINDS
from generator.extract.base import doc_text, sentence_of, sentences, span_text
from generator.records import Actor, Article, Mention
from generator.text import name_key


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
    candidates = capitals_that_are_surnames(candidates)
    candidates += list(surname_mentions(doc, candidates, sent_of))
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
        if plain and numbered_series(doc, chosen):
            continue  # "the Apollo 11 astronauts", "Boeing 747 jetliners": a series, here only
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
        label = (
            "PERSON"
            if ent.label_ == "ORG" and (who_follows(span) or given_name_cut_short(span))
            else ent.label_
        )
        named = _place_of_title(span) if label in {"PERSON", "ORG"} else None
        if named is not None:
            span, label = named, "PERSON"  # "Mayor of Northtown Ana Li": the person, not the town
        if label == "PERSON":
            span = person_extent(span)
        elif label == "ORG":
            span = institution_extent(span)
        covered.update(range(span.start, span.end))
        yield classify(span, ENTITY_KINDS[label], sent_of)
        rest = _after_of(ent, span)
        if rest is not None:  # "Ana Li of Acme": Acme, "Acme Racing of Ana Li": Ana Li
            covered.update(range(rest.start, rest.end))
            yield classify(rest, "organization" if ent.label_ == "PERSON" else "person", sent_of)
    yield from titled_names(doc, covered, sent_of)
    yield from appositive_names(doc, covered, sent_of)
    yield from missions(doc, sent_of)


def _place_of_title(span: Span) -> Span | None:
    """The person's name in an entity that ran the place of her title into it: "Mayor of
    [Northtown] Ana Li", "the governor of [Westland] Bo Chen said" -> "Ana Li", "Bo Chen": after
    "of", a known place, then two or three capitalised words, each a given name or no word of the
    dictionary (a name's). "the University of Northtown Press" and "the Bank of Northland Stock
    Exchange" (words of the dictionary) stay."""
    doc = span.doc
    if not 3 <= len(span) <= 4 or span.start == 0 or doc[span.start - 1].lower_ != "of":
        return None
    place, rest = span[0], span[1:]
    if not (gazetteer.is_place(place.text) or gazetteer.country(place.text)) or is_given_name(place.text):
        return None
    if not all(
        t.is_title and t.is_alpha and (is_given_name(t.text) or not dictionary_word(t.text)) for t in rest
    ):
        return None  # "of Northland Stock Exchange": a body's name
    return rest


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


__all__ = ["extract_actors", "name_key", "TITLE_WORDS"]
