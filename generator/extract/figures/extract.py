"""Figures of one article: every number that describes the story, with what it counts, its
value and qualifier, its unit, the date it refers to and the sentence that gives it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from generator.extract.base import evidence, sentence_of, sentences, span_text
from generator.extract.events.dates import DateRef, find_dates, governing_verb
from generator.extract.events.timeline import is_boilerplate, is_caption
from generator.extract.figures.candidates import candidates
from generator.extract.figures.comparisons import rank_number
from generator.extract.figures.furniture import is_furniture, repeated_headings
from generator.extract.figures.intervals import later_amount
from generator.extract.figures.measure import measure
from generator.extract.figures.measured import Measure
from generator.extract.figures.money import share_going, with_included
from generator.extract.figures.numbers import Amount, parse_amount
from generator.extract.figures.phrase import glued_unit, noun_phrase
from generator.extract.figures.refusals import not_a_figure
from generator.extract.figures.serials import ordinal_value
from generator.extract.figures.tolls import hospital_of
from generator.extract.figures.words import DURATION_UNITS, MEASURE_UNITS, RATE_NOUNS
from generator.records import Actor, Article, Figure, Mention
from generator.text import slugify, unique_id

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
HAVING = frozenset({"have", "carry", "contain", "hold", "own", "pack", "include"})
"""Verbs of what a thing has: a named thing's count is its own ("the Tarvo-3 rocket had 30 engines")."""
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
    headings: frozenset[int] | None = None
    for span in candidates(doc):
        position = index_of.get(span.start)
        if position is None:
            continue
        sent = sents[position]
        if position not in skip:
            if headings is None:
                headings = repeated_headings(sents)
            skip[position] = (
                position in headings
                or is_boilerplate(sent)
                or is_caption(sent)
                or is_furniture(span_text(sent))
            )
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
    after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    fraction = "/" in amount.value and after == "of"  # "a third of the budget": a share; not "half-staff"
    share = _is_currency(amount.unit) or amount.unit == "percent" or fraction
    found = measure(span, share)
    if found is None:
        return None
    if fraction or amount.unit == "percent":
        found = share_going(span, found)  # "two-thirds of the hit comes from the repatriation tax"
    if _is_currency(amount.unit):
        found = with_included(span, found)  # "$148.9 billion including debt"
    small = amount.unit is None and amount.number is not None and amount.number < 2 and not fraction
    if small and not found.toll:
        return None  # "one", "a single": not a figure unless it is a toll ("one person died")
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    shown = "share" if fraction else None  # "a magnitude 6.4 quake": the word before
    unit = amount.unit or shown or found.unit or MEASURE_UNITS.get(before) or found.noun
    rate = _rate(span)
    if rate and unit and unit != "percent":
        unit = f"{unit} {rate}"  # "7 miles per second", "$1.20 per share"
    published = article.published.isoformat() if article.published else None
    owners, owner_text = _owners(found, span, mentions)
    what = found.what
    if not _is_currency(amount.unit):
        owner_text = None if found.toll else _doer(span, found, mentions)
    if owner_text and owner_text.casefold() not in what.casefold() and "’s" not in what and "'s" not in what:
        what = f"{what} ({owner_text})"  # whose money or things: "charge (Bank of America)"
    hospital = (
        hospital_of(found.verb) if found.toll or found.noun in ("people", "patients", "others") else None
    )
    if hospital and hospital.casefold() not in what.casefold():
        what = f"{what} at {hospital}"  # "people hospitalised at St Tarvo's Hospital"
    return Figure(
        id=unique_id(slugify(what, 6), taken),
        what=what,
        value=amount.value,
        qualifier=amount.qualifier,
        unit=unit,
        number=amount.number,
        date=_date(sent, found, article) or published,
        key=_key(found, amount),
        actors=owners,
        evidence=(evidence(article.id, sent, position),),
    )


def _amount(span: Span) -> Amount | None:
    text = span_text(span)
    glued = glued_unit(span[-1]) if span.label_ != "MONEY" else None
    if glued is not None:  # "an 80m-deep well": metres, not millions
        inner = parse_amount(text.rstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ "))
        return Amount(inner.value, inner.number, inner.qualifier, glued) if inner else None
    if span.label_ == "SCORE":
        return Amount(value=text.replace(" ", "").replace("–", "-"), number=None)
    if span.label_ == "RANK":  # "the third-largest": 3rd
        number = rank_number(text)
        return Amount(value=str(number), number=float(number), unit="rank") if number else None
    if span.label_ == "SERIAL":  # "her third child": 3rd
        number = rank_number(text)
        return Amount(value=ordinal_value(number), number=float(number)) if number else None
    if span.label_ == "LATER":  # "about 10 minutes" later
        found = later_amount(text)
        inner = parse_amount(found[0]) if found else None
        return Amount(inner.value, inner.number, found[2], found[1]) if found and inner else None
    if span.label_ in ("DATE", "TIME"):
        m = _DURATION_TEXT.match(text.strip())
        if not m or m.group("unit").lower() not in DURATION_UNITS:
            return None
        inner = parse_amount(m.group("n"))
        if inner is None:
            return None
        return Amount(inner.value, inner.number, inner.qualifier, DURATION_UNITS[m.group("unit").lower()])
    return parse_amount(text)


def _rate(span: Span) -> str | None:
    """ "per second" after the number's unit: "7 miles per second", "$1.20 per share", "$82 per
    Tarvo share", "$70 a share", "a $110-a-share offer"."""
    doc, i = span.doc, span.end
    if i < len(doc) and doc[i].text == "-":
        i += 1
    if i >= len(doc) or doc[i].lower_ not in ("per", "a", "an"):
        return None
    for token in doc[i + 1 : i + 4]:
        if token.lemma_.lower() in RATE_NOUNS:
            return f"per {token.lemma_.lower()}"
        if not (token.pos_ == "PROPN" or token.text == "-"):
            return None
    return None


def _key(found: Measure, amount: Amount) -> str:
    """The measure: what is counted and the kind of unit ("people|killed|count", "charge|USD")."""
    return f"{found.key}|{amount.unit or found.unit or 'count'}"


def _date(sent: Span, found: Measure, article: Article) -> str | None:
    """The date the sentence gives to the figure's own clause, else None.

    The clause is the figure's verb and the verbs it hangs on as a reduced or coordinated clause
    ("rammed his car into pedestrians on Dec. 21, 2014, injuring 11"), or the noun a relative
    clause describes ("the Nov. 13 attacks that killed 130 people", "in 1959, when two passengers
    died") — not a verb of saying above
    it ("said on Friday that 84 died" dates the saying)."""
    if found.verb is None:
        return None
    refs: Iterable[DateRef] = _dates_of(sent, article)
    chain = _clause_chain(found.verb)
    ids = {t.i for t in chain}
    for ref in refs:
        verb = governing_verb(sent, ref.start, ref.end)
        if verb is not None and verb.i in ids:
            return ref.date
    nouns = [
        v.head
        for v in chain
        if v.dep_ in ("relcl", "acl") and (v.head.pos_ in ("NOUN", "PROPN") or v.head.ent_type_ == "DATE")
    ]  # "the Nov. 13 attacks that killed 130", "since 1959, when two passengers died"
    for noun in nouns:
        start = min(t.idx for t in noun.subtree)
        end = max(t.idx + len(t) for t in noun.subtree)
        for ref in refs:
            if start <= ref.start and ref.end <= end:
                return ref.date
    return None


def _dates_of(sent: Span, article: Article) -> list[DateRef]:
    """``find_dates`` of a sentence, once per sentence (a sentence often gives several figures)."""
    memo: dict[int, list[DateRef]] = sent.doc.user_data.setdefault("figure_dates", {})
    if sent.start not in memo:
        memo[sent.start] = list(find_dates(sent, article.published))
    return memo[sent.start]


def _clause_chain(verb: Token) -> list[Token]:
    """``verb`` and the verbs it depends on as an adverbial, coordinated or open clause."""
    chain = [verb]
    while (
        chain[-1].dep_ in ("advcl", "conj", "xcomp", "pcomp")
        and chain[-1].head.i != chain[-1].i
        and len(chain) < 4
        and not (
            chain[-1].dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in chain[-1].children)
        )
    ):  # a conjunct with its own subject is its own clause: "... since 1950, and 2024 marks 30 years"
        chain.append(chain[-1].head)
    return chain


def _is_currency(unit: str | None) -> bool:
    return bool(unit and len(unit) == 3 and unit.isupper())


def _owners(found: Measure, span: Span, mentions: Sequence[Mention]) -> tuple[tuple[str, ...], str | None]:
    """Actors the figure belongs to: the subject of its clause ("Citigroup expects a hit of ..."),
    or of the verb of saying above a pronoun or a common noun ("Bank of America said it could
    book a $3 billion charge"), and the owner of the counted thing ("Goldman's charge"); with
    the first one's name as written."""
    tokens: list[Token] = []
    root = span.root.head
    for child in root.children:
        if child.dep_ == "poss" and not (span.start <= child.i < span.end):
            tokens.extend(_name_part(child))
    verb = found.verb
    for _ in range(3):
        if verb is None:
            break
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and not (span.start <= subject.i < span.end):
            tokens.extend(_name_part(subject))
            if subject.pos_ == "PROPN":
                break
        if verb.dep_ not in ("ccomp", "xcomp", "conj") or verb.head.i == verb.i:
            break
        verb = verb.head
    if not tokens:
        return (), None
    seen: dict[str, str] = {}
    for t in sorted(tokens, key=lambda t: t.i):
        for m in mentions:
            if m.start <= t.idx < m.end:
                seen.setdefault(m.actor, m.text)
    return tuple(seen), next(iter(seen.values()), None)


def _doer(span: Span, found: Measure, mentions: Sequence[Mention]) -> str | None:
    """The name, as written, of the subject of the verb whose object is the counted thing: "Tarvo
    Bank has 2,300 offshore companies", "Tarvostan fired three missiles" (whose they are, or who
    did it, belongs to what is counted; "the Milky Way, which contains billions of planets": a
    place that is no actor, as the model names it); not a dateline the parse took for a subject
    ("TARVO CITY, Tarvostan — the army fired ..."). Tolls keep their plain "people killed"."""
    verb, token = found.verb, span.root
    if verb is None:
        return None
    for _ in range(4):
        if token.head.i == verb.i or token.head.i == token.i:
            break
        token = token.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
        subject = verb.head  # "the Milky Way, which contains billions of planets"
    if token.head.i != verb.i or token.dep_ != "dobj" or subject is None:
        return None
    if subject.pos_ == "NOUN":  # "the Soviet-era N1 rocket had 30 engines": the named thing's
        has_name = any(t.dep_ == "compound" and t.pos_ == "PROPN" for t in subject.lefts)
        having = verb.lemma_ in HAVING and subject.i < span.start
        return noun_phrase(subject, span) if has_name and having else None
    if subject.pos_ != "PROPN":
        return None
    if subject.i == subject.sent.start and subject.i + 1 < len(subject.doc) and subject.nbor().text == ",":
        return None
    named = next((m.text for m in mentions if m.start <= subject.idx < m.end), None)
    if named is None and subject.ent_type_ in ("LOC", "GPE", "FAC"):
        place = next((e for e in subject.doc.ents if e.start <= subject.i < e.end), None)
        named = span_text(place).removeprefix("the ") if place is not None else None
    return named


def _name_part(subject: Token) -> list[Token]:
    """The subject and its modifiers, without what hangs on a preposition ("changes to U.S. tax
    rules" is nobody's) or a relative clause."""
    out = [subject]
    for child in subject.children:
        if child.dep_ in ("compound", "poss", "amod", "appos", "nmod"):
            out.extend(_name_part(child))
    return out
