"""Plain, frozen records that flow between the pipeline's stages.

They hold strings, dates, character offsets and source ids — never spaCy objects — so every
stage can be tested on its own and the YAML boundary (``store.py``) is a simple mapping.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

ACTOR_KINDS = ("person", "organization", "country", "group")
STANCES = ("critical", "supportive", "neutral")
# How far along an agreement is, furthest first; "rejected" and "withdrawn" end an offer or a deal.
STATUSES = ("signed", "agreed", "offered", "planned", "proposed", "rejected", "withdrawn", "reported")
PRECISIONS = ("day", "week", "month", "year")


@dataclass(frozen=True)
class Article:
    """One news article as read from disk, with boilerplate removed."""

    id: str
    """From the file's stem (``ingest.names.article_id``): stable across runs, used in every
    evidence reference."""
    path: str
    """The file name inside the articles folder, control and format characters escaped."""
    title: str | None
    """Headline as given (front matter, JSON ``title``) or inferred from the first line."""
    outlet: str | None
    """Publisher, e.g. "Reuters"; None when nothing states it."""
    author: str | None
    """Byline author(s) joined by ", "; None when unknown."""
    published: dt.date | None
    """Publication date; None when nothing states it."""
    url: str | None
    """Canonical address of the article, when known."""
    text: str
    """The cleaned body: kept paragraphs joined by a blank line. Each paragraph is a verbatim
    span of ``source_text`` (only runs of whitespace may be folded), so any sentence of it is
    valid evidence."""
    source_text: str
    """The article as given — the file's text, or for news-please JSON its title, description
    and text joined by newlines. Evidence quotes are checked against this."""
    removed: tuple[str, ...] = ()
    """Paragraphs dropped as boilerplate (cookie notices, widgets, repeated captions ...); past
    ``ingest.MAX_REMOVED_CHARS`` characters in all, each distinct one once, up to that bound."""
    removed_omitted: int = 0
    """How many more paragraphs were dropped than ``removed`` lists (repeats, and the rest
    beyond the bound)."""
    published_inferred: bool = False
    """Whether ``published`` was not stated but inferred: the date other sources give for the
    happening this article reports (``generator.merge.main_event.infer_publication``)."""

    @property
    def words(self) -> int:
        """Number of words in the cleaned body."""
        return len(self.text.split())


@dataclass(frozen=True)
class Rejection:
    """A file that could not be read as an article."""

    path: str
    """The file's path as the user gave it."""
    reason: str
    """One line saying why, e.g. "empty file" or "not valid JSON (line 3)"."""


@dataclass(frozen=True)
class Evidence:
    """Where a statement comes from: one sentence of one article."""

    source: str
    """The article's id."""
    quote: str
    """The sentence, verbatim from the article (for a quotation over several sentences, those
    consecutive sentences)."""
    sentence: int | None = None
    """Index of the sentence in the article's sentence list (the anchor on its source page)."""


def earliest_per_source(evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
    """One evidence entry per source, its earliest sentence, sorted by source."""
    per_source: dict[str, Evidence] = {}
    for ev in evidence:
        kept = per_source.get(ev.source)
        if kept is None or (ev.sentence or 0) < (kept.sentence or 0):
            per_source[ev.source] = ev
    return tuple(per_source[s] for s in sorted(per_source))


@dataclass(frozen=True)
class Conflict:
    """Another date one source gives for an event or agreement that the others date differently."""

    date: str
    """ISO 8601 at ``precision``, as for the item's own date."""
    evidence: Evidence
    """The sentence of the source that gives this date."""
    precision: str | None = None
    """One of PRECISIONS for timeline events; None for agreements (the date's length tells)."""


@dataclass(frozen=True)
class Mention:
    """One place in an article's cleaned text that names an actor."""

    start: int
    """Character offset of the mention in ``Article.text``."""
    end: int
    """Character offset just past the mention."""
    actor: str
    """The id of the actor it names."""
    text: str
    """The mention's surface form as written."""


@dataclass(frozen=True)
class Actor:
    """A person, organization, country or group that plays a part."""

    id: str
    """Slug of the canonical name; unique and stable."""
    name: str
    """Canonical, most complete form of the name."""
    kind: str
    """One of ACTOR_KINDS."""
    role: str | None = None
    """Title or function as the sources give it ("President of Marovia"); None if none."""
    affiliation: str | None = None
    """Actor id of the country or organization the actor belongs to, or None."""
    aliases: tuple[str, ...] = ()
    """Other forms the sources use for the same actor, sorted."""
    mentions: int = 0
    """How many times the actor is named, over all sources."""
    sources: tuple[str, ...] = ()
    """Ids of the articles that name the actor, sorted."""
    evidence: tuple[Evidence, ...] = ()
    """Sentences that establish who the actor is (first mention per source, with a role if any)."""
    salience: int = 0
    """How much the actor matters: sources, mentions (at most ten), reactions, agreements and
    events it takes part in, and a role (see ``merge/salience.py``); 0 before merging."""
    salient: bool = True
    """Whether headline views (home page, PDF, actor pages) show it; the rest are "also mentioned"."""
    admitted: tuple[str, ...] = ()
    """Why the actor is in the briefing, in words ("named in 3 sources", "speaks in 2 reactions")."""


@dataclass(frozen=True)
class Agreement:
    """An agreement, treaty, pact, memorandum, road map, deal or joint statement."""

    id: str
    """Slug, unique and stable."""
    title: str
    """Short readable title made from the sentence."""
    parties: tuple[str, ...] = ()
    """Actor ids of the parties (usually countries or organizations)."""
    signatories: tuple[str, ...] = ()
    """Actor ids of the people who signed or agreed, may be empty."""
    topics: tuple[str, ...] = ()
    """Fields it covers: education, energy, nuclear, defence, trade ..."""
    date: str | None = None
    """ISO 8601 at the precision known: YYYY, YYYY-MM or YYYY-MM-DD; None if unknown."""
    status: str = "reported"
    """One of STATUSES."""
    evidence: tuple[Evidence, ...] = ()
    """One entry per source that reports it."""
    corroboration: int = 0
    """How many distinct sources report it; 0 until merged (the store then counts the evidence)."""
    conflicts: tuple[Conflict, ...] = ()
    """Other dates some sources give for it, one entry per (date, source); empty when all agree."""


@dataclass(frozen=True)
class Reaction:
    """What an actor said or did in response: a quote or a reported stance."""

    id: str
    """Slug, unique and stable."""
    actor: str
    """Actor id of who reacted."""
    stance: str
    """One of STANCES."""
    about: tuple[str, ...] = ()
    """Actor ids the reaction targets, may be empty."""
    quote: str | None = None
    """The speaker's own words when quoted, else None."""
    summary: str | None = None
    """A short paraphrase when there is no direct quote."""
    date: str | None = None
    """ISO date of the reaction when known."""
    evidence: tuple[Evidence, ...] = ()
    """One entry per source that reports it."""


@dataclass(frozen=True)
class TimelineEvent:
    """A dated happening."""

    id: str
    """``<date>-<slug of event>``, unique and stable."""
    date: str
    """ISO 8601 at ``precision``: YYYY-MM-DD for day and week (the Monday), YYYY-MM, YYYY."""
    precision: str
    """One of PRECISIONS."""
    event: str
    """Short readable label: subject, verb, object."""
    actors: tuple[str, ...] = ()
    """Actor ids involved."""
    evidence: tuple[Evidence, ...] = ()
    """One entry per source that reports it."""
    corroboration: int = 0
    """How many distinct sources report it at this date; 0 until merged (the store then counts the
    evidence)."""
    conflicts: tuple[Conflict, ...] = ()
    """Other dates some sources give for the same happening, one entry per (date, source)."""
    background: bool = False
    """Whether it happened long before the days the sources report (``BACKGROUND_DAYS`` before the
    earliest publication date): context, shown apart from the event's own days."""


@dataclass(frozen=True)
class MainEvent:
    """What happened, who did it, when and where: the happening an article (or the briefing) is about."""

    summary: str
    """The happening as one clause: subject, action, object ("X arrived in Y for a state visit")."""
    date: str
    """ISO 8601 at ``precision``."""
    precision: str
    """One of PRECISIONS."""
    place: str | None = None
    """Where it happened, as the sources name it; None when no place is said."""
    actors: tuple[str, ...] = ()
    """Actor ids, who did it first."""
    evidence: tuple[Evidence, ...] = ()
    """The sentences that report it, one per source."""
    event: str | None = None
    """Id of the timeline event it is (the briefing's; None in one article's own records)."""


@dataclass(frozen=True)
class FigureValue:
    """One value a source gives for a figure, beside the value the figure shows."""

    value: str
    """As ``Figure.value``: "84", "5.7 billion", "dozens"."""
    qualifier: str | None
    """As ``Figure.qualifier``."""
    number: float | None
    """As ``Figure.number``."""
    date: str | None
    """The date this value refers to (ISO, at the precision known)."""
    evidence: Evidence
    """The sentence of the source that gives it."""


@dataclass(frozen=True)
class Figure:
    """A number that describes the story: a toll, an amount of money, a count, a measure."""

    id: str
    """Slug of what it counts, unique and stable."""
    what: str
    """What is counted or measured: "people killed", "ballistic missiles", "charge"."""
    value: str
    """The number as a reader writes it: "84", "1,600", "5.7 billion", "1-3 billion", "dozens"."""
    qualifier: str | None = None
    """Words that bound or hedge it, lower case: "more than", "at least", "about"; None if none."""
    unit: str | None = None
    """ISO currency code for money ("USD"), "percent", a unit of measure ("tons", "km"), or the
    counted noun for a count ("people", "missiles")."""
    number: float | None = None
    """The value as a number (the low end of a range); None for a vague count ("dozens")."""
    date: str | None = None
    """The date the figure refers to: the one the text gives, else the article's (ISO)."""
    key: str = ""
    """What makes two figures one measure (lemmas of what is counted and of the unit kind)."""
    actors: tuple[str, ...] = ()
    """Actor ids named in the figure's clause (whose charge, whose toll), may be empty."""
    evidence: tuple[Evidence, ...] = ()
    """One entry per source that gives this value."""
    corroboration: int = 0
    """How many distinct sources give this value; 0 until merged (the store then counts the evidence)."""
    conflicts: tuple[FigureValue, ...] = ()
    """Other values sources give for the same measure, latest first; empty when all agree."""


@dataclass(frozen=True)
class ArticleRecords:
    """Everything extracted from one article, before merging across sources."""

    article: Article
    sentences: tuple[tuple[str, ...], ...]
    """The cleaned text as paragraphs of sentences; ``Evidence.sentence`` indexes the
    flattened list."""
    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    reactions: tuple[Reaction, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    main_event: MainEvent | None = None
    """The happening the article reports, near its publication date; None when it dates none."""
    outlets: tuple[str, ...] = ()
    """Name keys of the news outlets the article cites ("told Reuters") or is published by:
    across the folder they are sources of reports, not actors."""
    places: tuple[str, ...] = ()
    """Name keys of names the article shows to be places ("the town of X", only ever "in X")
    although the model took them for people or organizations: places in every article."""
    off_story: tuple[str, ...] = ()
    """The first words of each block of the article that tells another story (a teaser box, an
    appended story): the folder's other articles share none of its actors and hardly any of its
    words (``generator.merge.off_story``). Its actors are kept out of the briefing."""
    things: tuple[str, ...] = ()
    """Name keys of names an apposition of the article calls things ("X, a Northland-flagged
    tanker", "X, a song by Y"): vessels, works, products, animals, no actors in any article."""
    published_doubt: Conflict | None = None
    """A day after the publication date that the article's own text reports as past, with its
    sentence: the stated date is likely wrong (``generator.extract.events.published``)."""
    figures: tuple[Figure, ...] = ()


@dataclass(frozen=True)
class Briefing:
    """The merged briefing over all sources."""

    title: str
    as_of: dt.date | None
    articles: tuple[Article, ...]
    actors: tuple[Actor, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    reactions: tuple[Reaction, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    event: MainEvent | None = None
    """The main event over all sources: the most corroborated happening of the sources' days."""
    figures: tuple[Figure, ...] = ()
    per_source: tuple[ArticleRecords, ...] = field(default=(), repr=False)
