"""Dated happenings: every sentence that says something happened (or will) at a date it names."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from generator.extract.base import actors_in, doc_text, evidence, sentences, span_text
from generator.extract.events.antecedents import resolve_pronoun
from generator.extract.events.clause_label import BARE_PRONOUNS, named_subject, verb_label
from generator.extract.events.clauses import (
    in_quotation,
    is_when,
    state_of_today,
    vague_forecast,
    when_clause,
)
from generator.extract.events.date_anaphora import LOOK_BACK, pointed_date
from generator.extract.events.dates import DateRef, anniversary_origin, dateline_end, find_dates, is_metadata
from generator.extract.events.furniture import is_boilerplate, is_caption, is_fragment, is_heading
from generator.extract.events.labels import (
    clause_tokens,
    finish_label,
    np_tokens,
    order_by_label,
    pronoun_name,
)
from generator.extract.events.narrative import (
    LEAD_SENTENCES,
    lead_label,
    lead_month,
    narrative_label,
    paper_day,
    reference_day,
    told_before,
)
from generator.extract.events.participles import fronted_participle
from generator.extract.events.statements import dated_statement
from generator.extract.events.states import EVENT_NOUNS
from generator.records import Actor, Article, Mention, TimelineEvent
from generator.text import slugify, unique_id

log = logging.getLogger(__name__)

_NOMINAL = ("NOUN", "PROPN", "ADP", "SCONJ", "NUM", "ADJ", "DET")


def extract_timeline(
    doc: Doc, article: Article, actors: Sequence[Actor], mentions: Sequence[Mention]
) -> list[TimelineEvent]:
    """One event per (sentence, distinct date) that states a dated happening, labelled from the parse.

    Skips captions, headings, datelines and bylines, and dates that only bound a comparison
    ("for the first time since 2017"). A sentence naming two dates gives two events.
    """
    events: list[TimelineEvent] = []
    people = {a.id: a.name for a in actors if a.kind == "person"}
    taken: set[str] = set()
    seen: set[tuple[str, str]] = set()
    text = doc_text(doc)
    day = paper_day(article.published)  # the narrative's day (see ``narrative``): the paper's, until a date
    prior: tuple[int, DateRef] | None = None  # the last dated sentence and its first date
    for index, sent in enumerate(sentences(doc)):
        refs = [r for r in find_dates(sent, article.published) if not is_metadata(sent, r)]
        told, day = day, reference_day(sent, refs, article.published) if refs else day
        if (
            is_caption(sent)
            or is_heading(sent)
            or is_boilerplate(sent)
            or span_text(sent).rstrip().endswith("?")
        ):
            continue
        if is_fragment(sent, text):
            continue
        pointed = None
        if not refs and prior is not None and index - prior[0] <= LOOK_BACK:
            pointed = pointed_date(sent, prior[1])  # "Later that year, ..."
        if refs:
            prior = (index, min(refs, key=lambda r: r.start))  # the time the sentence opens on
        found = list(dated_labels(sent, article.published))
        if pointed is not None:
            said = event_label(sent, pointed)
            found = [(pointed, said)] if said else []
        elif not refs and told is not None:
            said = narrative_label(sent)
            found = [(told, said)] if said else []
            if not said and index < LEAD_SENTENCES and article.published is not None:
                said = lead_label(sent)  # "Zipline has been removed from the app store": of late
                found = [(lead_month(article.published), said)] if said else []
        for ref, said in found:
            if not refs and told_before(events, ref.date, said):
                continue
            label = resolve_pronoun(said, sent, sentences(doc), index, mentions, people)
            if label is None or (ref.date, label.lower()) in seen:
                continue
            seen.add((ref.date, label.lower()))
            events.append(
                TimelineEvent(
                    id=unique_id(f"{ref.date}-{slugify(label, 6)}", taken),
                    date=ref.date,
                    precision=ref.precision,
                    event=label,
                    actors=order_by_label(
                        actors_in(mentions, sent.start_char, sent.end_char), mentions, label
                    ),
                    evidence=(evidence(article.id, sent, index),),
                )
            )
    log.debug("%s: %d timeline events", article.id, len(events))
    return events


def dated_labels(sent: Span, published) -> Iterable[tuple[DateRef, str]]:
    """(date, label) pairs for the happenings the sentence dates, one per distinct date."""
    dates_seen: set[str] = set()
    for ref in find_dates(sent, published):
        if is_metadata(sent, ref) or ref.date in dates_seen or in_quotation(sent, ref):
            continue
        if vague_forecast(sent, ref, published) or state_of_today(sent, ref):
            continue
        origin = anniversary_origin(sent, ref)
        if origin is not None:  # "2024 marks 30 years of a treaty ..." dates the treaty, not 2024
            ref, phrase_start = origin
            label = _anniversary_label(sent, phrase_start)
        else:
            label = event_label(sent, ref)
        if label:
            dates_seen.add(ref.date)
            yield ref, label


def event_label(sent: Span, ref: DateRef) -> str | None:
    """A short "subject verb object" label for what happened at ``ref``, or None when unsupported.

    The date's attachment decides: an event noun it modifies ("the end of the war in 1975"), a
    "when" clause hanging on it ("since 2017, when he attended the summit"), else the verb it
    belongs to with its subject and first complement.
    """
    date_tokens = [t for t in sent if t.idx < ref.end and t.idx + len(t) > ref.start]
    if not date_tokens:
        return None
    if ref.also:
        date_tokens += [t for t in sent if t.idx < ref.also[1] and t.idx + len(t) > ref.also[0]]
    # the dateline is no part of what happened: "KUNDUZ, Afghanistan — Taliban insurgents struck"
    lead = dateline_end(sent)
    exclude = {t.i for t in date_tokens} | {t.i for t in sent if t.idx < lead}
    root = next((t for t in date_tokens if t.head.i not in exclude or t.head.i == t.i), date_tokens[0])
    for child in root.children:
        if child.dep_ == "relcl" and any(c.lower_ == "when" for c in child.children):
            tokens = clause_tokens(child, exclude | {root.i})
            return named_subject(tokens, finish_label(tokens))
    head = root.head
    if head.i != root.i and head.dep_ == "prep":
        exclude.add(head.i)
        if head.lower_ == "since" and _first_time(head):
            return None  # "for the first time since 2017" bounds an absence, it is no event
        if head.lower_ == "since" and _bounds_a_measure(head):
            return None  # "criticized its returns of negative 7 percent since 2005"
    # Walk up through nouns and prepositions looking for an event noun before reaching a verb.
    if any(c.isdigit() for c in ref.text) and _a_thing_s_date(root, exclude):
        return None
    node = root if head.i == root.i else head
    while True:
        if (
            node.i not in exclude
            and node.pos_ == "NOUN"
            and node.lemma_.lower() in EVENT_NOUNS
            and not _part_of_the_date(node, exclude)
        ):
            label = _owned(node, np_tokens(node, exclude))
            if label:  # "the war" alone is too thin: "the end of the war" may hold it
                return label
        if node.pos_ not in _NOMINAL or node.head.i == node.i:
            break
        if node.dep_ == "appos" and node.i not in exclude:
            return None  # "was dealt to Oakland -- a draft pick in 2012": the date is the pick's
        if root.head.i == node.i and _earlier_thing(node, exclude):
            return None  # "In the aftermath of the 2015 events, police have boosted security"
        if node.i not in exclude and node.pos_ == "NOUN" and _earlier_one(node):
            return None  # "raised its offer to $82, up from its initial offer of $70 in November"
        node = node.head
    verb = _clause_verb(node)
    if verb is None or _in_aside(verb, date_tokens[0]):
        return None
    verb = _participle_before(verb, date_tokens[0]) or verb
    fronted = fronted_participle(verb, exclude)
    if fronted:
        return fronted  # "Opened in October, the store was praised": the opening
    if _after_an_earlier_one(verb, date_tokens[0]):
        return None
    when = when_clause(verb)
    if when is not None and not any(ref.start <= t.idx < ref.end for t in when.subtree):
        inner = verb_label(when, exclude)
        if inner and inner.split()[0].lower() not in BARE_PRONOUNS:
            return inner  # "made headlines in 2015 when she bit a soldier's hand": the biting
    label = verb_label(verb, exclude) or dated_statement(verb, exclude)
    if (
        (label is None or label.split()[0].lower() in BARE_PRONOUNS)
        and is_when(verb)
        and verb.dep_ == "advcl"
    ):
        # "boarded the ship when they returned to Yeosu on Nov. 24": the boarding, that day
        return verb_label(verb.head, exclude | {t.i for t in verb.subtree}) or label
    return label


_AFTER = frozenset({"after", "following", "since"})
_EARLIER = frozenset("initial original previous earlier prior former".split())


def _bounds_a_measure(since: Token) -> bool:
    """Whether "since <date>" hangs on a noun that is no happening, so it bounds a measure or a
    state: "its total shareholder returns of negative 7 percent since 2005", "the lowest level
    since 2016" -- not "the war since 2014" (a happening the date may start)."""
    noun = since.head
    after = since.right_edge.i + 1
    if after < len(since.doc) and since.doc[after].lower_ == "when":
        return False  # "the lowest level since mid-November, when prices fell below $6,000"
    return noun.pos_ == "NOUN" and noun.lemma_.lower() not in EVENT_NOUNS


def _earlier_one(noun: Token) -> bool:
    """A noun that names an earlier one of its kind ("its initial offer", "the previous deal"): a
    date under it is that one's, not the clause's ("raised its offer, up from its initial offer
    of $70 a share in November")."""
    return any(c.dep_ == "amod" and c.lower_ in _EARLIER for c in noun.children)


def _after_an_earlier_one(verb: Token, date: Token) -> bool:
    """Whether an earlier one of the thing the verb acts on stands between the verb and the date:
    "on Monday raised its offer to $82, up from its initial offer of $70, in November" -- the
    parser hangs "in November" on "raised", but it dates the initial offer."""
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if date.i < verb.i or thing is None:
        return False
    return any(
        t.dep_ == "amod" and t.lower_ in _EARLIER and t.head.lemma_ == thing.lemma_ and t.head.i != thing.i
        for t in verb.doc[thing.i + 1 : date.i]
    )  # (not "sentenced former mayor X on Wednesday": no earlier sentence of the same kind)


def _earlier_thing(node: Token, exclude: set[int]) -> bool:
    """Whether the date, written as a modifier of a thing the clause comes after, is that thing's:
    "After the 2015 New Year's Eve assaults, police boosted security" and "in the aftermath of the
    2015 events" date the assaults and the events (no event noun the label could name), not the
    boosting. Not "since 2017" or "after June 3" (the date itself follows the word), nor "arrested
    two men after the blast on Tuesday" (a phrase the parser may hang on either)."""
    if node.dep_ != "pobj" or node.i in exclude:
        return False
    word = node.head
    if word.lower_ in _AFTER:
        return True
    aftermath = word.head if word.lower_ == "of" else None
    return aftermath is not None and aftermath.lower_ in ("aftermath", "wake")


_PRENOMINAL = ("nummod", "compound", "amod", "poss", "nmod")


def _a_thing_s_date(date: Token, exclude: set[int]) -> bool:
    """Whether the date is written before a noun as that thing's own date ("the 2015 assaults",
    "his 2007 movie", "1994's Pulp Fiction") while the noun is no happening and no doer of the
    clause: the clause's verb did not happen then. "It took months for the full scale of the 2015
    assaults to emerge, but when prosecutors released their final estimates" dates the assaults,
    not the estimates; "Fans spy an echo of the crash in his 2007 movie" dates the movie. A thing
    that does something keeps the date ("Broadcom's Nov. 6 proposal followed a visit", "The 2015
    attacks in Paris killed 130 people"), and so does one the clause happens in ("perished in
    Sunday's crash", "left Monday's game", "occurred during New Year's Eve celebrations") and an
    event noun (the walk up names it). (Only for a date written with figures: a day named by its
    weekday or feast, "Monday's game", is the story's own, and the clause's too.)"""
    thing = date.head
    if date.dep_ not in _PRENOMINAL or date.i > thing.i or thing.i in exclude:
        return False
    if thing.pos_ not in ("NOUN", "PROPN") or thing.lemma_.lower() in EVENT_NOUNS:
        return False
    while thing.dep_ in ("compound", "conj", "appos") and thing.head.i != thing.i:
        thing = thing.head
    if thing.dep_ in ("nsubj", "nsubjpass", "ROOT"):
        return False
    where = thing.head
    return not (thing.dep_ == "pobj" and where.dep_ == "prep" and where.head.pos_ in ("VERB", "AUX"))


_DATE_PARTS = frozenset("end start beginning".split())


def _part_of_the_date(noun: Token, date: set[int]) -> bool:
    """ "the tail end of 2017", "the start of the year": the noun names a part of the date, not a
    happening at it (the clause the phrase hangs on is the happening)."""
    return noun.lemma_.lower() in _DATE_PARTS and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.i in date for g in c.children) for c in noun.children
    )


def _participle_before(verb: Token, date: Token) -> Token | None:
    """The participle clause on the verb's subject that a date right after it ends: "The tax
    measure signed into law by President Trump this month spreads benefits unevenly" -- the
    parser hangs "this month" on "spreads", but it dates the signing. Not a date set off by a
    comma ("The firm, founded in 1990, last week announced ..."), nor one after the verb."""
    if date.i < verb.i and date.i > 0 and not date.is_sent_start:
        before = date.doc[date.i - 1]
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if before.is_punct or not subjects:
            return None
        for node in [before, *before.ancestors]:
            if node.i == verb.i:
                return None
            if node.dep_ == "acl" and node.tag_ in ("VBN", "VBG") and node.head.i == subjects[0].i:
                return node
    return None


_DASHES = frozenset({"—", "–", "--"})


def _in_aside(verb: Token, date: Token) -> bool:
    """Whether the date stands in an aside the clause opens with a dash and does not close: "He
    was dealt to Oakland for considerable compensation — a first-round draft pick in 2012 and
    second-rounder in 2013" dates the picks, not the trade. Not "The pact was signed — after months
    of talks — in June 2024" (the aside is closed before the date)."""
    if date.i < verb.i:
        return False
    return sum(1 for t in verb.doc[verb.i + 1 : date.i] if t.text in _DASHES) % 2 == 1


def _owned(noun: Token, tokens: list[Token]) -> str | None:
    """The label of an event noun phrase; "his speech in X" reads "Y's speech in X" when the
    sentence says who "his" is."""
    label = finish_label(tokens, drop_article=True)
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in _OWNERS), None)
    name = pronoun_name(owner) if owner is not None and owner.lower_ in ("his", "her") else None
    if owner is not None and owner.lower_ in ("their", "its"):
        name = _sentence_doer(noun)  # "Boko Haram has been blamed ... since their insurgency in 2009"
    if not label and name:
        label = finish_label(tokens, drop_article=True, min_words=1)
    if (
        owner is not None
        and not name
        and label
        and label.split()[0].lower() in ("first", "second", "last", "latest", "next")
    ):
        return None  # "His first trip to the hospital in 2016": whose, and which, the reader cannot tell
    if not label or not name:
        return label
    words = [t for t in tokens if t.i > owner.i and not t.is_punct] if owner is not None else []
    if words and words[0].text[:1].islower():
        label = label[:1].lower() + label[1:]
    return f"{name}'s {label}"


_OWNERS = frozenset("his her their its".split())


def _sentence_doer(token: Token) -> str | None:
    """The name the sentence's main clause is about, for "their" or "its" in it: the subject of
    the root when it is a proper name ("Boko Haram")."""
    subject = next((c for c in token.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "PROPN":
        return None
    words = [t for t in subject.subtree if t.dep_ in ("compound", "flat") or t.i == subject.i]
    return " ".join(t.text for t in sorted(words, key=lambda t: t.i))


def _clause_verb(token: Token) -> Token | None:
    while True:
        if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ in ("ROOT", "conj", "relcl", "advcl")):
            return token
        if token.head.i == token.i:
            return None
        token = token.head


def _first_time(since: Token) -> bool:
    """ "since" bounding a first occurrence: "for the first time since", "his first visit since"."""
    before = doc_text(since.doc)[max(since.sent.start_char, since.idx - 40) : since.idx]
    return bool(re.search(r"\bfirst\b", before, re.IGNORECASE))


def _anniversary_label(sent: Span, start: int) -> str | None:
    """The thing an anniversary counts from: the noun phrase right after "marks 30 years of"."""
    token = next((t for t in sent if t.idx >= start and t.pos_ in ("NOUN", "PROPN")), None)
    if token is None:
        return None
    while token.head.pos_ in ("NOUN", "PROPN") and token.head.idx >= start and token.dep_ == "compound":
        token = token.head
    return finish_label(np_tokens(token, set()) + _acl(token), drop_article=True)


def _acl(token: Token) -> list[Token]:
    """A participle clause that names what a thing is ("a treaty establishing friendly relations")."""
    for child in token.children:
        if child.dep_ == "acl":
            return [t for t in child.subtree if t.dep_ not in ("relcl",)]
    return []
