"""One article's main event: the happening its lead reports, with who did it, when and where.

A news article says what happened first: the headline, the standfirst and the first paragraph.
The main event is a dated happening of the publication days in those lead sentences; else the
lead's own clause when someone named does something in it ("Goldman Sachs expects a $5 billion
hit", dated at publication); else the happening of the publication days the article says first.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from generator.extract.base import doc_text, evidence, sentences, span_text
from generator.extract.events.clauses import REPORTING
from generator.extract.events.dates import dateline_end, find_dates, governing_verb, is_metadata, tense_at
from generator.extract.events.furniture import is_caption
from generator.extract.events.labels import SUBJECTS, clause_tokens, finish_label
from generator.extract.events.places import place_in
from generator.extract.events.states import describes_a_state, not_done
from generator.merge.event_words import label_words
from generator.records import Article, Evidence, MainEvent, Mention, TimelineEvent

LEAD_SENTENCES = 4
"""Sentences that open an article (headline, standfirst, first paragraph) in the cleaned text."""
_NEAR = ((-1, 3), (-3, 10), (-10, 45))
"""Days before publication (negative: after) a day's happening may lie in to rank first, second
or third: the day before or of publication first ("on Friday" in Saturday's paper), then the week."""
_SPAN_DAYS = {"day": 0, "week": 6}


def nearness(date: str, precision: str, reference: dt.date | None) -> int | None:
    """0 for a day of publication or just before it, 1 within about a week, 2 within the month
    (a week or month must hold such a day); None for older or later dates, years, no reference."""
    if reference is None or precision == "year":
        return None
    try:
        first = dt.date.fromisoformat(date if precision != "month" else f"{date}-01")
    except ValueError:
        return None
    last = first + dt.timedelta(days=_SPAN_DAYS.get(precision, 0))
    if precision == "month":
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    before_end, before_start = (reference - last).days, (reference - first).days
    for rank, (low, high) in enumerate(_NEAR):
        if precision == "day" and low <= before_end <= high:
            return rank
        if precision != "day" and rank > 0 and before_start >= low and before_end <= high:
            return rank
    return None


def extract_main_event(
    doc: Doc, article: Article, timeline: Sequence[TimelineEvent], mentions: Sequence[Mention]
) -> MainEvent | None:
    """The article's main event (see the module), or None when it dates no happening."""
    sents = sentences(doc)
    picked = _lead_event(sents, article, timeline, mentions)
    return _as_titled(picked, sents, article, timeline, mentions)


def _lead_event(
    sents: Sequence[Span], article: Article, timeline: Sequence[TimelineEvent], mentions: Sequence[Mention]
) -> MainEvent | None:
    near = sorted(
        (
            (rank, e.evidence[0].sentence or 0, e)
            for e in timeline
            if e.evidence
            and (rank := nearness(e.date, e.precision, article.published)) is not None
            and rank < 2
        ),
        key=lambda t: (t[0], t[1]),
    )
    lead = None
    if article.published is not None:
        for index, sent in enumerate(sents[:LEAD_SENTENCES]):
            if is_caption(sent):
                continue
            lead = lead_clause(sent, article, mentions, index)
            if lead is not None:
                break
    if lead is not None:
        # The lead says who did what; the article's dated report of the same doer says when.
        # (A lead may name no one: "Thousands fled the beach, local media said".)
        doer = {m.text.split()[-1].lower() for m in mentions if m.actor in lead.actors[:1] and m.text.split()}
        told = _statement(lead.summary, lead.evidence, sents)  # the lead is a statement itself
        same = [
            e
            for r, s, e in near
            if r == 0
            and s < 2 * LEAD_SENTENCES
            and doer & {w.lower() for w in e.event.split()[:4]}
            and (told or not _statement(e.event, e.evidence, sents))
        ]
        if same:
            return dataclasses.replace(
                _from_event(same[0]), actors=_doer_first(same[0].actors, lead.actors[0])
            )
        said = _doer_day(sents, lead, article, mentions) or _day_before(sents, lead, article)
        return dataclasses.replace(lead, date=said[0], precision=said[1]) if said else lead
    in_lead = [e for _, s, e in near if s < LEAD_SENTENCES and e.actors]
    if in_lead:
        return _from_event(in_lead[0])
    return _from_event(near[0][2]) if near else None


TITLE_AGREEMENT = 3
"""Words a sentence must share with the headline for its happening to be the one the headline
announces (names and happenings folded as in the timeline merge: "raised its bid" and "Raises
Its Offer" share "raise")."""


def _as_titled(
    picked: MainEvent | None,
    sents: Sequence[Span],
    article: Article,
    timeline: Sequence[TimelineEvent],
    mentions: Sequence[Mention],
) -> MainEvent | None:
    """The happening the headline announces, when the lead's first clause is another: "Broadcom
    Raises Its Qualcomm Offer" over a lead that opens on "Qualcomm developed technology ...";
    "Steelers Claim a Playoff Bye" over "Antonio Brown sat out with a calf injury". A candidate
    (a lead clause, or a happening the article dates to its publication days) replaces the pick
    when its sentence shares TITLE_AGREEMENT headline words or more, two more than the pick's."""
    if not article.title or article.published is None:
        return picked
    title = _words(article.title)
    if len(title) < TITLE_AGREEMENT:
        return picked
    candidates: list[MainEvent] = []
    for index, sent in enumerate(sents[:LEAD_SENTENCES]):
        lead = None if is_caption(sent) else lead_clause(sent, article, mentions, index)
        if lead is not None:
            candidates.append(lead)
    for event in timeline:
        if event.evidence and nearness(event.date, event.precision, article.published) == 0:
            found = _from_event(event)
            if not found.actors:  # "Broadcom did more than raise its offer price": named elsewhere
                found = dataclasses.replace(found, actors=_named_in(found.summary, mentions))
            if found.actors:
                candidates.append(found)

    def agreement(event: MainEvent | None) -> int:
        return len(title & _words(event.evidence[0].quote)) if event and event.evidence else 0

    best = max(candidates, key=agreement, default=None)
    if best is not None and agreement(best) >= TITLE_AGREEMENT and agreement(best) - agreement(picked) >= 2:
        return best
    return picked


def _named_in(label: str, mentions: Sequence[Mention]) -> tuple[str, ...]:
    """Actors whose name as the article writes it somewhere stands in the label as whole words."""
    padded = f" {label} "
    named = sorted({(padded.find(f" {m.text} "), m.actor) for m in mentions if f" {m.text} " in padded})
    return tuple(dict.fromkeys(actor for _, actor in named))


def _statement(label: str, evidence: Sequence[Evidence], sents: Sequence[Span]) -> bool:
    """Whether a label is somebody's statement ("Jensen told reporters that she would stay"):
    its sentence's verb is one of saying and the label keeps it; dated, it dates what was said,
    not the lead's happening."""
    index = evidence[0].sentence if evidence else None
    if index is None or index >= len(sents):
        return False
    root = sents[index].root
    return root.lemma_.lower() in REPORTING and root.text in label.split()


def _words(text: str) -> frozenset[str]:
    return label_words(TimelineEvent(id="", date="", precision="day", event=text)).all


def _doer_day(
    sents: Sequence[Span], lead: MainEvent, article: Article, mentions: Sequence[Mention]
) -> tuple[str, str] | None:
    """For a lead that gives no date of its own, the day a later lead sentence with the same doer
    as its subject gives: "The Steelers and the Eagles improved on their records" then "The
    Pittsburgh Steelers dominated the Houston Texans ... leading to a 34-6 Christmas Day win"."""
    first = lead.evidence[0].sentence if lead.evidence else None
    if first is None or any(ref.date == lead.date for ref in find_dates(sents[first], article.published)):
        return None
    names = {m.text for m in mentions if m.actor in lead.actors[:1]}
    for sent in sents[first + 1 : LEAD_SENTENCES + 1]:
        if is_caption(sent):
            continue
        subject = next((c for c in sent.root.children if c.dep_ in SUBJECTS), None)
        said = " ".join(t.text for t in subject.subtree) if subject is not None else ""
        if not any(name in said for name in names):
            continue
        for ref in find_dates(sent, article.published):
            if not is_metadata(sent, ref) and nearness(ref.date, ref.precision, article.published) == 0:
                return ref.date, ref.precision
    return None


def _day_before(sents: Sequence[Span], lead: MainEvent, article: Article) -> tuple[str, str] | None:
    """For a lead in the simple past that gives no date, the one day before publication that the
    article's opening names (its captions too): a recap published on Tuesday whose lead says "X
    told his teammates ..." and whose photo was taken "Monday afternoon" reports Monday's game.
    None when the opening names no such day, or two, or the day of publication too."""
    first = lead.evidence[0].sentence if lead.evidence else None
    if first is None or sents[first].root.tag_ != "VBD" or article.published is None:
        return None
    days = {
        ref.date
        for sent in sents[: first + OPENING_SENTENCES]
        for ref in find_dates(sent, article.published)
        if ref.precision == "day"
        and ref.date <= article.published.isoformat()
        and nearness(ref.date, ref.precision, article.published) == 0
        and not is_metadata(sent, ref)
    }
    if len(days) != 1 or article.published.isoformat() in days:
        return None
    return days.pop(), "day"


OPENING_SENTENCES = 8
"""Sentences after the lead that ``_day_before`` reads for the day of a past lead."""


def _doer_first(actors: tuple[str, ...], doer: str) -> tuple[str, ...]:
    return (doer, *(a for a in actors if a != doer))


def _from_event(event: TimelineEvent) -> MainEvent:
    return MainEvent(
        summary=event.event,
        date=event.date,
        precision=event.precision,
        place=place_in(event.evidence[0].quote) if event.evidence else None,
        actors=event.actors,
        evidence=event.evidence[:1],
    )


def lead_clause(sent: Span, article: Article, mentions: Sequence[Mention], index: int) -> MainEvent | None:
    """The happening of a lead sentence whose subject names an actor and whose verb is not in the
    future: "Israel indicts Palestinian teenage girl who punched soldier" -> Israel, dated at
    publication (or at a near date the sentence gives). None for questions, quotes, captions.

    When the sentence only reports what someone said, the happening is what was said (see
    ``reported_happening``): "Twenty-one schoolgirls have been freed, the government said" ->
    "Twenty-one schoolgirls have been freed"; those who said it follow its own actors.
    """
    text = span_text(sent).strip()
    if not text or text.endswith("?") or text[:1] in "\"“'‘":
        return None
    root = sent.root
    if root.pos_ not in ("VERB", "AUX") or root.tag_ == "MD":
        return None
    lead = dateline_end(sent)  # "DALLAS (AP) - American Airlines has apologized": not Dallas
    dateline = {t.i for t in sent if t.idx < lead}
    subject = next((c for c in root.children if c.dep_ in SUBJECTS and c.i not in dateline), None)
    if subject is None:
        return None
    doers = _actors_of(subject, mentions)
    agent = next((c for c in root.children if c.dep_ == "agent"), None)
    if agent is not None and root.tag_ == "VBN":  # "Linsley locked up by Green Bay": Green Bay did it
        by = [t for t in agent.children if t.dep_ == "pobj"]
        doers = [*(a for t in by for a in _actors_of(t, mentions)), *doers]
    verb, speakers = root, []
    said = reported_happening(root)
    if said is not None:
        told = next(c for c in said.children if c.dep_ in SUBJECTS)
        verb, speakers, doers = said, doers, _actors_of(told, mentions)
    elif not doers:
        return None
    if tense_at(sent, verb.idx, verb.idx + len(verb)) == "future":
        return None
    date, precision = article.published.isoformat() if article.published else "", "day"
    for ref in find_dates(sent, article.published):
        if is_metadata(sent, ref) or nearness(ref.date, ref.precision, article.published) != 0:
            continue
        head = _clause_head(governing_verb(sent, ref.start, ref.end))
        if (head is None and said is None) or (head is not None and head.i == verb.i):
            # (not "..., police said Wednesday": the day of the statement, not of the happening)
            date, precision = ref.date, ref.precision  # not "... stealing blankets on Christmas Eve"
            break
    label = finish_label(clause_tokens(verb, dateline))
    if not label or not date:
        return None
    span = (sent.start_char, sent.end_char) if said is None else _extent(said)
    others = [m.actor for m in mentions if span[0] <= m.start and m.end <= span[1]]
    ordered = tuple(dict.fromkeys([*doers, *others, *speakers]))  # (who said it last)
    return MainEvent(
        summary=label,
        date=date,
        precision=precision,
        place=place_in(text),
        actors=ordered,
        evidence=(evidence(article.id, sent, index),),
    )


def reported_happening(verb: Token) -> Token | None:
    """The verb of the happening a lead states before naming its source: "Boko Haram handed over
    21 schoolgirls on Thursday, the government said" -> "handed"; "A jet returned to Los Angeles
    on Tuesday, the airline said in a statement" -> "returned". The clause has a subject that is
    not a pronoun, is in the past or present, and is not a state.

    None when the source comes first ("Ms Lee says Mr Kim attacked her": the news is that she
    says so, and the label must keep who says it), for "It had been removed, Mr Ode said" (a
    pronoun), "The launch will happen next month, he said" (a forecast), "The driver had no
    licence, police said" (a state), and for "announced", "confirmed" (a happening itself).
    """
    if verb.lemma_.lower() not in REPORTING | {"report"}:
        return None
    before = (c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.pos_ in ("VERB", "AUX"))
    said = next(before, None)
    if said is None:
        return None
    subject = next((c for c in said.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.pos_ == "PRON" or subject.tag_ in ("EX", "WDT", "WP"):
        return None
    if any(c.tag_ == "MD" or c.lower_ in ("will", "would", "could", "might") for c in said.children):
        return None
    if describes_a_state(said) or not_done(said) or said.lemma_ in ("be", "have"):
        return None  # (and "the driver had no licence", "the cause was a fault": a state)
    if said.tag_ == "VBN" and any(c.dep_ == "xcomp" for c in said.children):
        return None  # "the probe was meant to study X", "is expected to land": a purpose or a plan
    return said


def _extent(verb: Token) -> tuple[int, int]:
    tokens = list(verb.subtree)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _clause_head(verb: Token | None) -> Token | None:
    """The verb whose clause ``verb`` belongs to, through "and" and "to": "has agreed to start"."""
    while verb is not None and verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
    if verb is not None and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ in ("dobj", "nsubj"):
        # "approved a new tram line linking the old town to the university on Wednesday": the
        # parser hangs the day on the participle; it dates the approval
        return _clause_head(verb.head.head)
    return verb


def _actors_of(subject: Token, mentions: Sequence[Mention]) -> list[str]:
    """Actors named in the subject phrase, its head noun's (or its owner's) first: "Goldman Sachs,
    citing ..." -> Goldman Sachs; "Google's Pixel Visual Core" -> Google."""
    tokens = [t for t in subject.subtree if t.dep_ not in ("relcl", "acl", "appos") or t.i == subject.i]
    start, end = min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)
    found = [m for m in mentions if m.start >= start and m.end <= end]
    # The owner of the subject acts through it: "Google's Pixel Visual Core is getting an update".
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    head = owner if owner is not None and owner.pos_ == "PROPN" else subject
    text = doc_text(subject.doc)
    # however it parsed, a phrase that opens with "X's" is X's: "Google’s Pixel Visual Core"
    owners = [
        m
        for m in found
        if text[m.end : m.end + 2] in ("'s", "’s") and text[start : m.start].strip().lower() in ("", "the")
    ]
    found.sort(key=lambda m: (m not in owners[:1], not (m.start <= head.idx < m.end), m.start))
    return list(dict.fromkeys(m.actor for m in found)) or _named_elsewhere(subject, mentions)


def _named_elsewhere(subject: Token, mentions: Sequence[Mention]) -> list[str]:
    """The actor a proper-name subject names when the actor extractor left this one place
    unmarked but marked the same words elsewhere in the article: "Broadcom is sweetening its
    offer" (the lead) -> Broadcom, named "Broadcom" further down."""
    if subject.pos_ != "PROPN":
        return []
    words = [t for t in subject.subtree if t.dep_ in ("compound", "flat") or t.i == subject.i]
    name = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
    return next(([m.actor] for m in mentions if m.text == name), [])
