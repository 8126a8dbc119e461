"""The briefing as the pages and the PDF show it: sorted, typed view records and the summaries
(lead, key actors, sharpest reactions) that both renderers share."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from generator.records import ACTOR_KINDS, STANCES, STATUSES
from generator.render import dates
from generator.render.wording import domain

if TYPE_CHECKING:  # figures.py builds on these views
    from generator.render.figures import FigureView

KIND_LABELS = {"person": "People", "organization": "Organizations", "country": "Countries", "group": "Groups"}
STANCE_LABELS = {"critical": "Critical", "supportive": "Supportive", "neutral": "Neutral"}
SECTIONS = ("actors", "agreements", "reactions", "timeline", "figures")


@dataclass(frozen=True)
class SourceView:
    """One article: its metadata, its cleaned text as sentences and what it alone yields."""

    id: str
    stem: str
    """File stem of its page, ``sources/<stem>.md``."""
    title: str
    outlet: str | None
    author: str | None
    published: str | None
    url: str | None
    words: int | None
    path: str | None
    paragraphs: tuple[tuple[str, ...], ...] = ()
    removed: tuple[str, ...] = ()
    removed_omitted: int = 0
    """Paragraphs dropped as boilerplate beyond those ``removed`` lists (repeats, the rest)."""
    counts: tuple[tuple[str, int], ...] = ()
    """(section, number of items) this source yields on its own, in section order."""
    has_data: bool = False
    """Whether a per-source data file exists for it (``data/sources/<id>.yaml``)."""
    untitled: bool = False
    """Whether the article states no title (``title`` is then its opening words)."""
    published_inferred: bool = False
    """Whether ``published`` was inferred from the main event's date (the article states none)."""
    published_doubt: str | None = None
    """What the article's own text says against its publication date ("its text reports 12
    November 2016 as past: “...”"), None when nothing does."""
    main_event: MainEventView | None = None
    """The happening the article reports nearest its publication date."""
    off_story: tuple[str, ...] = ()
    """The opening words of each block left out as another story (a gallery, appended teasers)."""

    @property
    def page(self) -> str:
        """The docs-relative path of its page."""
        return f"sources/{self.stem}.md"

    @property
    def publisher(self) -> str | None:
        """Who published it, as the article says: its outlet, else its address's web domain."""
        return self.outlet or domain(self.url)

    @property
    def label(self) -> str:
        """Short name for references: the publisher, else the title."""
        return self.publisher or self.title

    @property
    def sentences(self) -> list[str]:
        """The flattened sentence list that ``Evidence.sentence`` indexes."""
        return [s for p in self.paragraphs for s in p]

    @property
    def numbered_paragraphs(self) -> list[list[tuple[int, str]]]:
        """The paragraphs with each sentence's index in the flattened list (its anchor number)."""
        out, n = [], 0
        for paragraph in self.paragraphs:
            out.append(list(enumerate(paragraph, start=n)))
            n += len(paragraph)
        return out


@dataclass(frozen=True)
class EvidenceView:
    """A quoted sentence and where it sits; ``sentence`` is None when it cannot be located."""

    source: str
    quote: str
    sentence: int | None
    doc: SourceView | None
    """The source it comes from, None when the id is unknown (then no link is made)."""

    @property
    def key(self) -> tuple[str, str]:
        """Identity for numbering references: one number per sentence of a source."""
        return (self.source, str(self.sentence) if self.sentence is not None else self.quote)


@dataclass(frozen=True)
class ConflictView:
    """Another date one source gives for an event or agreement."""

    date: str
    precision: str | None
    evidence: EvidenceView


@dataclass(frozen=True)
class ActorView:
    """An actor as the YAML gives it, plus ``anchor``: its id on the actors page, and ``page``:
    the docs path of its own page when it is a major actor (None for the others)."""

    id: str
    name: str
    kind: str
    anchor: str
    page: str | None = None
    role: str | None = None
    affiliation: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: int = 0
    sources: tuple[str, ...] = ()
    evidence: tuple[EvidenceView, ...] = ()
    salience: int = 0
    salient: bool = True
    admitted: tuple[str, ...] = ()


@dataclass(frozen=True)
class AgreementView:
    """An agreement, with ``anchor`` on the agreements page."""

    id: str
    title: str
    anchor: str
    parties: tuple[str, ...] = ()
    signatories: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    date: str | None = None
    status: str = "reported"
    evidence: tuple[EvidenceView, ...] = ()
    corroboration: int = 0
    """Number of sources that report it (the ``corroboration`` field, else distinct evidence sources)."""
    conflicts: tuple[ConflictView, ...] = ()

    @property
    def precision(self) -> None:
        """Agreements state no precision: the date's own length tells (as for ``dates.human``)."""
        return None


@dataclass(frozen=True)
class ReactionView:
    """A reaction, with ``anchor`` on the reactions page."""

    id: str
    actor: str
    stance: str
    anchor: str
    about: tuple[str, ...] = ()
    quote: str | None = None
    summary: str | None = None
    date: str | None = None
    evidence: tuple[EvidenceView, ...] = ()


@dataclass(frozen=True)
class EventView:
    """A timeline event, with ``anchor`` on the timeline page."""

    id: str
    date: str | None
    precision: str | None
    event: str
    anchor: str
    actors: tuple[str, ...] = ()
    corroboration: int = 0
    """Number of sources that report it (the ``corroboration`` field, else distinct evidence sources)."""
    evidence: tuple[EvidenceView, ...] = ()
    conflicts: tuple[ConflictView, ...] = ()
    background: bool = False
    """Whether it ended long before the sources' days (context, listed apart)."""


@dataclass(frozen=True)
class MainEventView:
    """The main event: what happened, who did it, when and where."""

    summary: str
    date: str | None
    precision: str | None
    place: str | None = None
    actors: tuple[str, ...] = ()
    evidence: tuple[EvidenceView, ...] = ()
    anchor: str | None = None
    """Anchor of its timeline item on the timeline page, when it is one."""

    def sentence(self, count: bool = True) -> str:
        """One sentence: "On 20 June 2024 the president arrived in Lima (3 sources)." (without the count
        for one article's own main event)."""
        precision = dates.precision_of(self.date, self.precision)
        when = dates.human(self.date, precision) if self.date else None
        lead = {"day": "On", "week": "In the week of", "month": "In", "year": "In"}.get(precision or "", "On")
        words = self.summary.split(" ", 1)
        if words[0].lower() in _COMMON_OPENERS:
            words[0] = words[0].lower()
        text = " ".join(words).rstrip(" .")
        if self.place and self.place.lower() not in text.lower():
            text += f" in {self.place}"
        n = len({e.source for e in self.evidence})
        opening = f"{lead} {when} " if when else ""
        body = f"{opening}{text}" if opening else text[:1].upper() + text[1:]
        return f"{body} ({_count(n, 'source')})." if count else f"{body}."


_COMMON_OPENERS = frozenset("the a an two three four five its their his her some several many one".split())
"""Words that open a summary in capitals only because it stood first: lower in mid-sentence."""


@dataclass(frozen=True)
class BriefingView:
    """Everything a page needs, sorted once so every renderer shows the same order."""

    title: str
    as_of: str | None
    sources: tuple[SourceView, ...]
    actors: tuple[ActorView, ...]
    agreements: tuple[AgreementView, ...]
    reactions: tuple[ReactionView, ...]
    timeline: tuple[EventView, ...]
    by_id: dict[str, ActorView] = field(default_factory=dict)
    event: MainEventView | None = None
    """The main event over all sources."""
    quoted: dict[str, frozenset[int]] = field(default_factory=dict)
    """Per source id, the indexes of its sentences the briefing quotes as evidence."""
    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    """Indexes built once per view by the functions that need them (``digest``): one page per
    actor and per source must not each scan every record. ``replace`` a section with ``memo={}``."""
    figures: tuple[FigureView, ...] = ()
    """Figures in the data's order: tolls first, then what most sources report."""

    def source(self, source_id: str) -> SourceView | None:
        """The source with that id, or None."""
        if "sources" not in self.memo:
            self.memo["sources"] = {s.id: s for s in self.sources}
        found: SourceView | None = self.memo["sources"].get(source_id)
        return found

    def actor(self, actor_id: str) -> ActorView | None:
        """The actor with that id, or None when the data names an id it does not define."""
        return self.by_id.get(actor_id)

    def actors_by_kind(self) -> list[tuple[str, str, list[ActorView]]]:
        """(kind, plural label, actors) in the contract's kind order, unknown kinds last."""
        kinds = [k for k in ACTOR_KINDS if any(a.kind == k for a in self.actors)]
        kinds += sorted({a.kind for a in self.actors} - set(ACTOR_KINDS))
        return [
            (k, KIND_LABELS.get(k, k.capitalize() or "Other"), [a for a in self.actors if a.kind == k])
            for k in kinds
        ]

    def reactions_by_stance(self) -> list[tuple[str, str, list[ReactionView]]]:
        """(stance, label, reactions) in the contract's stance order, unknown stances last."""
        stances = [s for s in STANCES if any(r.stance == s for r in self.reactions)]
        stances += sorted({r.stance for r in self.reactions} - set(STANCES))
        return [
            (s, STANCE_LABELS.get(s, s.capitalize()), [r for r in self.reactions if r.stance == s])
            for s in stances
        ]

    def key_figures(self, limit: int = 8) -> list[FigureView]:
        """The figures the box on the home page and the PDF's summary show: tolls, then those
        most sources give (the data's order); a figure only one source gives, and one of an
        earlier year than the as-of date (background: "the 2015 attacks killed 130"), after the
        others."""
        as_of = dates.parts(self.as_of)

        def rank(i: int) -> tuple[bool, bool, int]:
            f = self.figures[i]
            when = dates.parts(f.date)
            background = bool(
                as_of and when and when[0] < as_of[0] and (as_of[0] - when[0], as_of[1]) != (1, 1)
            )
            return (background, len({e.source for e in f.evidence}) + len(f.conflicts) < 2, i)

        ranked = sorted(range(len(self.figures)), key=rank)
        return [self.figures[i] for i in ranked[:limit]]

    def key_actors(self, limit: int = 8) -> list[ActorView]:
        """The salient actors that matter most (salience), then most sources and mentions."""
        ranked = sorted(
            (a for a in self.actors if a.salient),
            key=lambda a: (-a.salience, -len(a.sources), -a.mentions, a.name.lower(), a.id),
        )
        return ranked[:limit]

    def sharpest_reactions(self, limit: int = 5) -> list[ReactionView]:
        """Critical before supportive before neutral; own words before paraphrase; wider echo first."""

        def rank(r: ReactionView) -> tuple[Any, ...]:
            stance = STANCES.index(r.stance) if r.stance in STANCES else len(STANCES)
            reported_by = len({e.source for e in r.evidence})
            return (stance, r.quote is None, -reported_by, dates.sort_key(r.date), r.id)

        return sorted(self.reactions, key=rank)[:limit]

    def latest_events(self, limit: int = 5) -> list[EventView]:
        """The most recent events up to the as-of date, newest first."""
        past = [e for e in self.timeline if not self._after_as_of(e)]
        return list(reversed(past))[:limit]

    def upcoming_events(self) -> list[EventView]:
        """Events dated after the as-of date (plans, deadlines), soonest first."""
        return [e for e in self.timeline if self._after_as_of(e)]

    def _after_as_of(self, event: EventView) -> bool:
        start, as_of = dates.parts(event.date), dates.parts(self.as_of)
        return bool(start and as_of and start > as_of)

    def background_events(self) -> list[EventView]:
        """Events long before the sources' days: the context they recall, in date order."""
        return [e for e in self.timeline if e.background]

    def timeline_by_year(self) -> list[tuple[str, list[EventView]]]:
        """The event's own days (background left out) grouped under their year, "Undated" last."""
        groups: dict[str, list[EventView]] = {}
        for e in self.timeline:
            if e.background:
                continue
            p = dates.parts(e.date)
            groups.setdefault(str(p[0]) if p else "Undated", []).append(e)
        return list(groups.items())

    def lead(self) -> list[str]:
        """The opening sentences in figures: sources, their dates, and the records by status and
        stance. They name no actor (names are links, made by the templates from ``lead_facts``)."""
        out: list[str] = []
        n = len(self.sources)
        published = sorted(s.published for s in self.sources if s.published and dates.parts(s.published))
        span = ""
        if published:
            first, last = dates.human(published[0]), dates.human(published[-1])
            span = f" published on {first}" if first == last else f" published between {first} and {last}"
        dated = sum(1 for e in self.timeline if dates.parts(e.date))
        out.append(
            f"{_count(n, 'source')}{span} report {_count(len(self.agreements), 'agreement')}, "
            f"{_count(len(self.reactions), 'reaction')} and {_count(dated, 'dated event')}."
        )
        statuses = Counter(a.status for a in self.agreements)
        if statuses:
            order = [s for s in STATUSES if statuses[s]] + sorted(set(statuses) - set(STATUSES))
            out.append(f"Agreements by status: {_join([f'{statuses[s]} {s}' for s in order])}.")
        stances = Counter(r.stance for r in self.reactions)
        if stances:
            order = [s for s in STANCES if stances[s]] + sorted(set(stances) - set(STANCES))
            out.append(f"Reactions: {_join([f'{stances[s]} {s}' for s in order])}.")
        return out


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _join(items: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
