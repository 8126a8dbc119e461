"""Figures of one article: every number that describes the story, with what it counts, its
value and qualifier, its unit, the date it refers to and the sentence that gives it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from generator.extract.base import evidence, sentence_of, sentences, span_text
from generator.extract.events.dates import DateRef, find_dates, governing_verb
from generator.extract.events.timeline import is_boilerplate, is_caption
from generator.extract.figures.candidates import candidates, not_a_figure
from generator.extract.figures.measure import Measure, measure
from generator.extract.figures.numbers import Amount, parse_amount
from generator.extract.figures.words import DURATION_UNITS
from generator.records import Actor, Article, Figure, Mention
from generator.text import slugify, unique_id

_DURATION_TEXT = re.compile(r"^(?P<n>.*?)[\s-]+(?P<unit>[A-Za-z]+)(?:-long)?$")


def extract_figures(
    doc: Doc, article: Article, actors: Sequence[Actor] = (), mentions: Sequence[Mention] = ()
) -> list[Figure]:
    """Every figure of the article, in text order, one per number.

    >>> [(f.what, f.value, f.qualifier) for f in extract_figures(nlp("At least 58 people were killed."), art)]
    [('people killed', '58', 'at least')]
    """
    del actors  # the mentions say who a figure belongs to
    sents = sentences(doc)
    index_of = sentence_of(doc)
    out: list[Figure] = []
    taken: set[str] = set()
    skip: dict[int, bool] = {}
    for span in candidates(doc):
        position = index_of.get(span.start)
        if position is None:
            continue
        sent = sents[position]
        if position not in skip:
            skip[position] = is_boilerplate(sent) or is_caption(sent)
        if skip[position] or not_a_figure(span):
            continue
        figure = _figure(span, sent, position, article, mentions, taken)
        if figure is not None:
            out.append(figure)
    return out


def _figure(
    span: Span, sent: Span, position: int, article: Article, mentions: Sequence[Mention], taken: set[str]
) -> Figure | None:
    amount = _amount(span)
    if amount is None:
        return None
    share = amount.unit is not None and span.label_ != "DATE"
    found = measure(span, share)
    if found is None:
        return None
    if not found.toll and amount.unit is None and amount.number is not None and amount.number < 2:
        return None  # "one", "a single": not a figure unless it is a toll ("one person died")
    unit = amount.unit or found.noun
    published = article.published.isoformat() if article.published else None
    return Figure(
        id=unique_id(slugify(found.what, 6), taken),
        what=found.what,
        value=amount.value,
        qualifier=amount.qualifier,
        unit=unit,
        number=amount.number,
        date=_date(sent, found, article) or published,
        key=_key(found, amount, span),
        actors=_owners(found, span, mentions),
        evidence=(evidence(article.id, sent, position),),
    )


def _amount(span: Span) -> Amount | None:
    text = span_text(span)
    if span.label_ == "DATE":
        m = _DURATION_TEXT.match(text.strip())
        if not m or m.group("unit").lower() not in DURATION_UNITS:
            return None
        inner = parse_amount(m.group("n"))
        if inner is None:
            return None
        return Amount(inner.value, inner.number, inner.qualifier, DURATION_UNITS[m.group("unit").lower()])
    return parse_amount(text)


def _key(found: Measure, amount: Amount, span: Span) -> str:
    """The measure: what is counted and the kind of unit ("people|killed", "charge|USD")."""
    unit = amount.unit if amount.unit else ("count" if span.label_ != "DATE" else "duration")
    return f"{found.key}|{unit}"


def _date(sent: Span, found: Measure, article: Article) -> str | None:
    """The date the sentence gives to the figure's own clause, else None."""
    if found.verb is None:
        return None
    refs: Iterable[DateRef] = find_dates(sent, article.published)
    for ref in refs:
        verb = governing_verb(sent, ref.start, ref.end)
        if verb is not None and verb.i == found.verb.i:
            return ref.date
    return None


def _owners(found: Measure, span: Span, mentions: Sequence[Mention]) -> tuple[str, ...]:
    """Actors the figure belongs to: the subject of its clause ("Citigroup expects a hit of ..."),
    the owner of the counted thing ("Goldman's charge")."""
    tokens: list[Token] = []
    if found.verb is not None:
        for child in found.verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and not (span.start <= child.i < span.end):
                tokens.extend(child.subtree)
    root = span.root.head
    for child in root.children:
        if child.dep_ == "poss":
            tokens.extend(child.subtree)
    if not tokens:
        return ()
    start, end = min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)
    seen: dict[str, None] = {}
    for m in mentions:
        if m.start >= start and m.end <= end:
            seen.setdefault(m.actor, None)
    return tuple(seen)
