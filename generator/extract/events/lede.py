"""The story's own happening when its lede names no date: "Astrophysicists have discovered planets
outside our galaxy", "Apple removed the Telegram apps from the App Store", "Jessica Alba has
given birth to a baby boy" -- the news of the publication days, told without a day because the
day is the paper's. When the timeline has no event from the lede, the happening it tells joins
the timeline at the article's main event's day (``main_event``), or at the publication day.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from generator.extract.base import actors_in, doc_text, evidence, sentences, span_text
from generator.extract.events.clause_label import BARE_PRONOUNS, verb_label
from generator.extract.events.date_tense import told_as_done
from generator.extract.events.datelines import dateline_end
from generator.extract.events.dates import find_dates, governing_verb
from generator.extract.events.furniture import is_caption, is_fragment, is_heading
from generator.extract.events.labels import order_by_label
from generator.extract.events.main_event import LEAD_SENTENCES, nearness
from generator.extract.events.narrative import NOT_HAPPENINGS, told_before
from generator.records import Article, MainEvent, Mention, TimelineEvent
from generator.text import slugify, unique_id

_QUOTE_MARKS = '"“”‘’'
_INTENTIONS = frozenset("plan hope try seek aim intend expect wish attempt".split())
"""Verbs of a purpose, not a happening: "Researchers planned to study a black hole"."""
_NOT_DONE = NOT_HAPPENINGS | _INTENTIONS


def lede_event(
    doc: Doc,
    article: Article,
    timeline: Sequence[TimelineEvent],
    main: MainEvent | None,
    mentions: Sequence[Mention],
) -> TimelineEvent | None:
    """The lede's happening as a timeline event, when the timeline lacks it (see the module).

    The lede is the article's first statement (see ``_lede``). Only a happening told as done:
    the simple past ("Apple removed the apps"), the present perfect ("Astrophysicists have
    discovered planets") or the past passive ("The app was banned"). Not:

    - a state, a purpose or words ("Falcon Heavy looks like three rockets", "A woman was left
      stunned", "Researchers planned to study a black hole", "Mr. Harris said");
    - the progressive or the present ("Broadcom is sweetening its offer": under way, not done),
      the past perfect (earlier), a negation, someone's quoted words;
    - a clause with a date of its own, or a day in another clause: the timeline read them
      ("BITCOIN continued on its path south last night, briefly falling below $6,000" is of last
      night; a year of another clause, "the schoolgirls kidnapped two years ago", leaves the
      lede's undated);
    - a lede the timeline already dates, or whose happening the article dates that day in
      other words: the news is on the timeline.

    The label is the timeline's own label of the clause.
    """
    sents = sentences(doc)
    found = _lede(sents, article, main)
    if found is None:
        return None
    index, date, precision = found
    if any(e.evidence and e.evidence[0].sentence == index for e in timeline):
        return None  # the timeline has the lede's happening
    sent = sents[index]
    if any(mark in span_text(sent) for mark in _QUOTE_MARKS):
        return None
    root = sent.root
    if root.lemma_.lower() in _NOT_DONE or not told_as_done(root):
        return None
    if any(c.dep_ in ("acomp", "oprd", "attr") for c in root.children):
        return None  # a state: "A woman was left stunned", "The parade became a race"
    for ref in find_dates(sent, article.published):
        if governing_verb(sent, ref.start, ref.end) == root or ref.precision in ("day", "week"):
            return None  # the timeline read the date of this clause (or a day it may share) and kept nothing
    lead = dateline_end(sent)
    label = verb_label(root, {t.i for t in sent if t.idx < lead})
    if not label or label.split()[0].lower() in BARE_PRONOUNS or root.text not in label.split():
        return None  # (a label cut before its verb, "At least eight", says nothing happened)
    if told_before(timeline, date, label):
        return None  # "Putin has arrived in Vietnam", and "touched down in Hanoi on Thursday"
    return TimelineEvent(
        id=unique_id(f"{date}-{slugify(label, 6)}", {e.id for e in timeline}),
        date=date,
        precision=precision,
        event=label,
        actors=order_by_label(actors_in(mentions, sent.start_char, sent.end_char), mentions, label),
        evidence=(evidence(article.id, sent, index),),
    )


def _lede(sents: Sequence[Span], article: Article, main: MainEvent | None) -> tuple[int, str, str] | None:
    """(sentence index, date, precision) of the lede: the article's first statement among its lead
    sentences (no caption, heading, standfirst cut short or question), at the main event's day
    when it is one of the paper's days (the day before a Monday paper's "Steelers dominated the
    Texans"), else at the publication day, unless the lead names an earlier day (the news may be
    of that day). Not a later lead sentence the main event may come from: "Castell has led two
    earlier inquiries" is background, not the news."""
    text = doc_text(sents[0].doc) if sents else ""
    for index, sent in enumerate(sents[:LEAD_SENTENCES]):
        if is_caption(sent) or is_heading(sent) or is_fragment(sent, text):
            continue
        if span_text(sent).rstrip().endswith("?"):
            return None
        day = article.published.isoformat() if article.published else None
        if (
            main is not None
            and main.date != day
            and nearness(main.date, main.precision, article.published) == 0
        ):
            return index, main.date, main.precision  # (the day the main event found for the news)
        if day is None or _earlier_day_in_lead(sents, article):
            return None  # the lead names a day before the paper's: the news may be of that day
        return index, day, "day"
    return None


def _earlier_day_in_lead(sents: Sequence[Span], article: Article) -> bool:
    """Whether a lead sentence names a day before the paper's ("Airline spokesman Joshua Freed said
    Tuesday that ...", in Wednesday's paper): the undated lede ("American Airlines has
    apologized") may be of that day, not the paper's."""
    published = article.published.isoformat() if article.published else ""
    return any(
        ref.precision == "day" and ref.date < published
        for sent in sents[:LEAD_SENTENCES]
        for ref in find_dates(sent, article.published)
    )
