"""Agreements, treaties, pacts, memoranda, road maps and deals an article reports, with their status;
a later mention that only points back ("the pact") is folded into the agreement named before.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.extract.agreements.context import (
    ANAPHORA,
    ActorIndex,
    add,
    bodies_in,
    names_two,
    same_body,
    two_parties,
)
from generator.extract.agreements.dating import date_for, possessive_date
from generator.extract.agreements.kinds import (
    CONDITIONAL,
    OFFERS,
    POINTS_BACK,
    given,
    handed_over,
    in_exchange_for,
    is_provision,
    pleaded,
)
from generator.extract.agreements.parse import (
    is_bare,
    is_conditional,
    is_definite,
    is_plural,
    is_trigger,
    purpose_clause,
    purpose_text,
    status_chain,
    status_of,
    title_of,
    trigger_word,
)
from generator.extract.agreements.parties import described_name, parties_and_people
from generator.extract.agreements.terms import is_generic, strongest_status, topics_of
from generator.extract.agreements.verbs import VERB_LEMMAS, collective, exchange_title, verb_forms
from generator.extract.base import doc_text, evidence, sentences, span_text
from generator.extract.events.dates import DateRef, coarse_date, find_dates, governing_verb, is_metadata
from generator.extract.events.timeline import is_boilerplate, is_caption, is_heading
from generator.merge.agreement_match import dates_agree, parties_agree
from generator.records import Actor, Agreement, Article, Mention
from generator.text import slugify, unique_id

log = logging.getLogger(__name__)

# A sentence about the person the one before spoke of: "He was dealt to Oakland", "She signed".
_PERSON = re.compile(r"^\s*(?:He|She)\b")
# Words that set an agreement before the one the sentence is about ("up from its initial offer").
EARLIER = frozenset("initial original previous earlier prior first old former".split())
_AMONG = re.compile(r"^\s*Among (?:these|them|those)\b")
_TWO_NAMED = re.compile(r"\bthe two (?:countries|nations|sides|states|governments)\b")
_TERMINAL = ".!?…\"”’')"


@dataclass
class _Found:
    """An agreement as read from one mention, before ids are given."""

    title: str
    identity: str
    """The part of the title that identifies it ("Strategic pact"); generic when it points back."""
    parties: list[str]
    signatories: list[str]
    topics: list[str]
    date: str | None
    status: str
    index: int
    """The sentence's number in the article (the evidence anchor)."""
    sent: Span
    position: int
    """Token index of the mention, to order mentions within a sentence."""
    package: bool = False
    """Several documents ("signed agreements on ...") rather than one."""
    definite: bool = False
    """Introduced by "the", "this", "their" ...: may point back to an agreement named before."""
    kind: str = ""
    """The agreement noun's dictionary form ("resolution", "offer"), empty for a verb form."""


def extract_agreements(
    doc: Doc, article: Article, actors: Sequence[Actor], mentions: Sequence[Mention]
) -> list[Agreement]:
    """Every agreement the article reports as signed, agreed, planned, proposed or simply existing.

    Caught: trigger nouns (agreement, treaty, pact, memorandum, MoU, road map, deal, accord, joint
    statement, signed partnership, documents on cooperation) and "X agreed to <do>" / "agreed on".
    A definite mention that names nothing of its own ("the pact", "the treaty") is the agreement
    named before, and adds its date, status, parties and topics to it.
    Skipped: captions, headings, unterminated fragments, questions, figurative or negated uses ("in
    agreement with", "a great deal of", "a deal-breaker", "no deal", "any potential deals"), and
    bare mentions that nothing dates or binds ("a series of agreements", "the agreement").
    """
    known = ActorIndex(actors, mentions)
    text = doc_text(doc)
    sents = sentences(doc)
    kept: list[_Found] = []
    seen_in: dict[int, list[_Found]] = {}  # sentence number -> the agreements it mentions
    for number, sent in enumerate(sents):
        if _skip_sentence(sent, text):
            continue
        for item in _read_sentence(sent, number, article.published, known):
            previous = seen_in.get(number - 1, [])
            _use_context(item, sents, previous, article.published, known)
            target = _antecedent(item, kept, previous)
            if target is not None:
                _absorb(target, item)
                seen_in.setdefault(number, []).append(target)
            elif _worth_keeping(item):
                kept.append(item)
                seen_in.setdefault(number, []).append(item)
    out: list[Agreement] = []
    taken: set[str] = set()
    for item in kept:
        title = _readable_title(item.title, item.parties, known)
        out.append(
            Agreement(
                id=unique_id(slugify(title, 8), taken),
                title=title,
                parties=tuple(item.parties),
                signatories=tuple(item.signatories),
                topics=tuple(item.topics),
                date=item.date,
                status=item.status,
                evidence=(evidence(article.id, item.sent, item.index),),
            )
        )
    log.debug("%s: %d agreements", article.id, len(out))
    return out


def _skip_sentence(sent: Span, text: str) -> bool:
    """Captions, headings, site furniture, questions and lines that stop without a full stop."""
    stripped = span_text(sent).rstrip()
    if not stripped or stripped.endswith("?"):
        return True
    if is_caption(sent) or is_heading(sent) or is_boilerplate(sent):
        return True
    end = sent.start_char + len(stripped)
    return stripped[-1] not in _TERMINAL and text[end : end + 1] in ("\n", "")


def _read_sentence(sent: Span, index: int, published: dt.date | None, actors: ActorIndex) -> list[_Found]:
    """The agreements one sentence names, each from a trigger noun or an "agreed to" verb."""
    triggers = [t for t in sent if is_trigger(t)]
    if not triggers and not any(t.lemma_.lower() in VERB_LEMMAS for t in sent):
        return []  # most sentences: no need to look for dates
    refs = [r for r in find_dates(sent, published) if not is_metadata(sent, r)]
    date_ids = {t.i for r in refs for t in sent if r.start <= t.idx < r.end}
    trigger_ids = {t.i for t in triggers}
    out: list[_Found] = []
    for trigger in triggers:
        if trigger_word(trigger) in CONDITIONAL and is_provision(trigger):
            continue  # "It sets up a hotline": part of the agreement named before
        verbs = status_chain(trigger)
        if is_conditional(verbs):
            continue
        status = status_of(verbs)
        if status == "reported" and trigger_word(trigger) in OFFERS:
            status = "offered"  # "Broadcom raised its bid for Qualcomm"
        elif status == "reported" and trigger_word(trigger) in ("decision", "talk", "negotiation"):
            status = "agreed"  # "the cabinet's decision to fund", "talks brokered by X": settled
        elif status == "reported" and handed_over(trigger, verbs):
            status = "agreed"  # "freed the girls in exchange for militants": the exchange took place
        elif status == "reported" and (given(trigger) or pleaded(trigger, verbs)):
            status = "agreed"  # "gave him a five-year contract", "pleaded guilty under a plea deal"
        title, identity, tokens = title_of(trigger, verbs, date_ids, trigger_ids)
        handed = in_exchange_for(trigger)
        if handed is not None:  # "freed the girls in exchange for militants"
            title = identity = exchange_title(trigger, handed, date_ids) or title
        if not title:
            continue
        topics = topics_of(" ".join(t.text for t in sorted(tokens, key=lambda t: t.i)))
        if not topics:
            topics = topics_of(purpose_text(verbs, trigger_ids))
        vague = status == "reported" and not topics and is_bare(tokens, trigger) and not is_definite(trigger)
        if vague and date_for(sent, trigger, verbs, refs) is None:
            continue  # "a series of agreements": nothing says which ("a 2001 agreement" does)
        # "in violation of UN resolutions, China said on Friday": Friday is not the resolutions' date
        own = status == "reported" and trigger_word(trigger) in CONDITIONAL and is_plural(trigger)
        # "raised its offer on Monday, up from its initial offer": Monday is not the first one's date
        own = own or any(c.dep_ == "amod" and c.lower_ in EARLIER for c in trigger.children)
        aim = purpose_clause(trigger, verbs, date_ids)  # its date and "with" phrase are the deal's
        chain = [*verbs, aim] if aim is not None else verbs
        item = _assemble(title, identity or title, trigger, chain, status, topics, refs, sent, index, actors)
        if own:
            item.date = date_for(sent, trigger, [], refs) or possessive_date(trigger, published)
        item.package = is_plural(trigger)
        item.definite = is_definite(trigger)
        item.kind = trigger_word(trigger)
        item.date = item.date or possessive_date(trigger, published)
        out.append(item)
    _fold_restatements(out, triggers, trigger_ids)
    for form in verb_forms(sent, date_ids, trigger_ids):
        if is_conditional([form.verb]):
            continue
        title = form.title
        topics = topics_of(title.partition(" ")[2])  # the words after "Agreement", "Trade", ...
        item = _assemble(
            title, title, form.verb, [form.verb, *form.aim], form.status, topics, refs, sent, index,
            actors, form.extra, form.skip,
        )  # fmt: skip
        if form.described is not None and (name := described_name(form.described[1], actors)):
            item.title = item.identity = title.replace(form.described[0], name, 1)  # "of that company"
        if item.parties or not form.needs_party or collective(form.verb, actors):
            out.append(item)  # "she agreed to go upstairs" is no agreement between parties
    return out


def _fold_restatements(items: list[_Found], triggers: list[Token], trigger_ids: set[int]) -> None:
    """One agreement for two nouns that name it twice: "called the hostile bid its best and final
    offer", "the largest deal to date: Dell's acquisition of EMC". The one with content of its own
    stays, the other adds its parties, date and status."""
    by_position = {item.position: item for item in items}
    for trigger in triggers:
        if trigger.dep_ not in ("appos", "attr", "oprd"):
            continue
        head = trigger.head
        if head.i not in trigger_ids:
            head = next(
                (c for c in head.children if c.i in trigger_ids and c.dep_ in ("dobj", "nsubj")), head
            )
        first, second = by_position.get(head.i), by_position.get(trigger.i)
        if first is None or second is None or first is second:
            continue
        if is_generic(first.title) and not is_generic(second.title):
            first, second = second, first
        _absorb(first, second)
        items.remove(second)
        by_position[trigger.i] = by_position[head.i] = first


def _assemble(
    title: str,
    identity: str,
    trigger: Token,
    verbs: list[Token],
    status: str,
    topics: list[str],
    refs: list[DateRef],
    sent: Span,
    index: int,
    actors: ActorIndex,
    extra: Sequence[Token] = (),
    skip: set[int] | None = None,
) -> _Found:
    """Parties, signatories and date of one agreement around its trigger and status verbs; ``extra``
    phrases name parties too, ``skip`` tokens hold dates that are not the agreement's."""
    parties, people = parties_and_people(trigger, verbs, actors, extra)
    signatories = people if status in ("signed", "agreed") else []
    date = date_for(sent, trigger, verbs, refs, skip or set())
    return _Found(title, identity, parties, signatories, topics, date, status, index, sent, trigger.i)


def _use_context(
    item: _Found, sents: list[Span], previous: list[_Found], published: dt.date | None, actors: ActorIndex
) -> None:
    """Fill date, status and parties from the sentence before when this one says "They", "the two"
    or "Among these": the agreement belongs to the occasion that sentence reports."""
    text = span_text(item.sent)
    if item.index == 0 or not (ANAPHORA.match(text) or names_two(item.sent)):
        return
    before = sents[item.index - 1]
    pronoun = _PERSON.match(text)
    if item.date is None:
        item.date = previous[0].date if previous else _main_date(before, published, only=bool(pronoun))
    if not item.parties and not previous and pronoun:
        # "He was dealt to Oakland ...": the sides are the ones the sentence before names
        item.parties = bodies_in(before, actors)
    among = _AMONG.match(text)
    if among and previous and item.status == "reported":
        item.status = previous[0].status  # "Among these were documents ...": the ones just signed
    if len(item.parties) >= 2 or not (names_two(item.sent) or among):
        return
    if previous and previous[0].parties:
        union = list(item.parties)
        for party in previous[0].parties:
            add(union, party)
        if len(union) <= max(2, len(previous[0].parties)):
            item.parties = union
            return
    item.parties = two_parties(sents, item.index, item.parties, actors)


def _main_date(sent: Span, published: dt.date | None, only: bool = False) -> str | None:
    """A date on the sentence's main verb ("In September, X met Y"), else (with ``only``) the one
    date it gives ("... to start the 2011 season"), else None."""
    refs = [r for r in find_dates(sent, published) if not is_metadata(sent, r)]
    main = [r for r in refs if (v := governing_verb(sent, r.start, r.end)) is not None
            and v.dep_ in ("ROOT", "conj")]  # fmt: skip
    if len({r.date for r in main}) == 1:
        return coarse_date(main[0])
    return coarse_date(refs[0]) if only and len({r.date for r in refs}) == 1 else None


def _antecedent(item: _Found, kept: list[_Found], previous: list[_Found]) -> _Found | None:
    """The agreement named before that this mention is: for "the pact" or "the treaty" the latest
    one of the same number whose date and parties fit; for "Among these were documents" the
    documents just reported; for the same title said twice, the first."""
    if _AMONG.match(span_text(item.sent)) and item.package:
        return next((p for p in previous if p.package), None)
    pointing = item.definite and is_generic(item.identity)
    for other in sorted(kept, key=lambda f: (f.index, f.position), reverse=True):
        same_title = other.title.lower() == item.title.lower()
        if not (pointing or same_title) or other.package != item.package:
            continue
        # Each mention may name only one side of a bilateral agreement ("the pact ... with Li").
        bilateral = len(set(other.parties) | set(item.parties)) <= 2
        if dates_agree(other.date, item.date) and (bilateral or parties_agree(other.parties, item.parties)):
            return other
    return None


def _absorb(target: _Found, item: _Found) -> None:
    """What a later mention adds to the agreement it points back to."""
    target.date = target.date or item.date
    target.status = strongest_status([target.status, item.status])
    for topic in item.topics:
        add(target.topics, topic)
    for person in item.signatories:
        add(target.signatories, person)
    if parties_agree(target.parties, item.parties) or len(set(target.parties) | set(item.parties)) <= 2:
        for party in item.parties:
            add(target.parties, party)


def _worth_keeping(item: _Found) -> bool:
    """An agreement must be bound to someone or some time unless it is said to be signed or agreed:
    "the agreement", "peace treaty", "licensing agreements" alone tell a reader nothing. A word that
    is an agreement only in context must also be dated or have happened: "in violation of UN
    resolutions", "the Security Council resolution bars imports" point at one named elsewhere."""
    if item.kind in CONDITIONAL and item.status == "reported" and not item.date or item.kind in POINTS_BACK:
        return False
    if item.kind in ("talk", "negotiation", "decision") and not (item.parties or item.date):
        return False  # "after successful negotiations": whose, and when?
    if is_generic(item.title):  # "the deal" with one party the parser hung on it is still vague
        settled = item.status in ("signed", "agreed") and bool(item.parties)
        return len(item.parties) >= 2 or bool(item.date) or settled
    return bool(item.parties or item.date) or item.status in ("signed", "agreed")


def _readable_title(title: str, parties: list[str], actors: ActorIndex) -> str:
    """Name the parties of a title that does not: "Strategic pact" -> "Strategic pact between A and B",
    "Agreement between the two countries" -> "Agreement between A and B"."""
    names = [actors.by_id[p].name for p in parties if p in actors.by_id]
    if len(names) != 2 or not is_generic(title) or same_body(*names):
        return title
    pair = f"{names[0]} and {names[1]}"
    if _TWO_NAMED.search(title):
        return _TWO_NAMED.sub(pair, title, count=1)
    if re.search(r"\b(?:between|with)\b", title) or any(n in title for n in names):
        return title
    return f"{title} between {pair}"
