"""The pages read at a glance: actors as rows (the salient first, the rest apart), reactions
grouped by speaker with near-identical remarks as one, and who is critical or supportive of whom.
Pure: views in, small records out, for the templates."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from generator.records import STANCES
from generator.render import dates
from generator.render.view import ActorView, BriefingView, EvidenceView, ReactionView

SAME_REMARK = 88
"""rapidfuzz ``ratio`` from which two quotes of one speaker are one remark (a wire copy with a
word or a mark changed scores 90-100; two different sentences well under 60)."""
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Remark:
    """One thing a speaker said: the reaction shown, and the anchors and evidence of the
    near-identical reactions folded into it."""

    reaction: ReactionView
    evidence: tuple[EvidenceView, ...]
    anchors: tuple[str, ...]
    """The anchors of the folded reactions (links from other pages land on the remark)."""

    @property
    def sources(self) -> int:
        return len({ev.source for ev in self.evidence})


@dataclass(frozen=True)
class Speaker:
    """Everyone who reacted, with what they said."""

    actor: str
    anchor: str
    remarks: tuple[Remark, ...]
    stances: tuple[tuple[str, int], ...]
    """(stance, how many remarks) most frequent first."""
    about: dict[str, list[str]] = field(default_factory=dict)
    """stance -> the actors they spoke of with that stance, most often first."""

    @property
    def source_count(self) -> int:
        """How many sources report anything the speaker said."""
        return _sources(self)

    @property
    def strongest(self) -> Remark:
        """The remark that says most: critical or supportive before neutral, own words before a
        summary, the widest echo, then the earliest."""
        return min(self.remarks, key=_sharpness)

    @property
    def stance(self) -> str:
        """The speaker's stance when all remarks share it, else the strongest remark's."""
        return self.stances[0][0] if len(self.stances) == 1 else self.strongest.reaction.stance


def _sharpness(r: Remark) -> tuple[object, ...]:
    stance = STANCES.index(r.reaction.stance) if r.reaction.stance in STANCES else len(STANCES)
    neutral = r.reaction.stance == "neutral"
    return (neutral, r.reaction.quote is None, -r.sources, stance, dates.sort_key(r.reaction.date))


def remarks(reactions: list[ReactionView]) -> list[Remark]:
    """One speaker's reactions with near-identical quotes (or summaries) folded into the first."""
    out: list[tuple[str, Remark]] = []
    for r in reactions:
        text = " ".join(_WORD.findall((r.quote or r.summary or "").casefold()))
        for i, (seen, remark) in enumerate(out):
            if _same(text, seen):
                evidence = remark.evidence + tuple(ev for ev in r.evidence if ev not in remark.evidence)
                out[i] = (seen, Remark(remark.reaction, evidence, (*remark.anchors, r.anchor)))
                break
        else:
            out.append((text, Remark(r, r.evidence, (r.anchor,))))
    return [remark for _, remark in out]


def _same(a: str, b: str) -> bool:
    """Whether two folded texts are one remark: nearly the same characters, or the shorter (five
    words or more) inside the longer (a clause cut by one outlet)."""
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    if len(short.split()) >= 5 and short in long:
        return True
    return fuzz.ratio(a, b) >= SAME_REMARK


def speakers(view: BriefingView) -> list[Speaker]:
    """Every speaker, the one with the most remarks first (then the most sources, then name)."""
    cached = view.memo.get("speakers")
    if cached is None:
        cached = view.memo["speakers"] = _speakers(view)
    return list(cached)


def _speakers(view: BriefingView) -> list[Speaker]:
    by_actor: dict[str, list[ReactionView]] = {}
    for r in view.reactions:
        by_actor.setdefault(r.actor, []).append(r)
    out = []
    for actor_id, said in by_actor.items():
        folded = remarks(said)
        stances = Counter(r.reaction.stance for r in folded).most_common()
        about: dict[str, Counter[str]] = {}
        for remark in folded:
            for target in remark.reaction.about:
                if target != actor_id:
                    about.setdefault(remark.reaction.stance, Counter())[target] += 1
        out.append(
            Speaker(
                actor=actor_id,
                anchor=f"said-{said[0].anchor}",
                remarks=tuple(folded),
                stances=tuple(stances),
                about={s: [t for t, _ in c.most_common()] for s, c in about.items()},
            )
        )
    return sorted(out, key=lambda s: (-len(s.remarks), -_sources(s), _name(view, s.actor), s.actor))


def stance_rows(view: BriefingView, stances: tuple[str, ...] = ("critical", "supportive")) -> list[Speaker]:
    """The speakers who were critical or supportive of someone, for the who-of-whom table."""
    return [s for s in speakers(view) if any(s.about.get(st) for st in stances)]


GRID_COLUMNS = 6
"""Actors the who-of-whom grid gives a column (those the most speakers take a side on): about
what a page's width holds at a glance; a speaker's stance on anyone else is named in the row's
last cell."""


@dataclass(frozen=True)
class Side:
    """How one speaker spoke of one actor: how many remarks were critical, how many supportive."""

    critical: int = 0
    supportive: int = 0

    @property
    def lean(self) -> int:
        """Supportive minus critical remarks: a column sorts from the most critical."""
        return self.supportive - self.critical

    @property
    def words(self) -> str:
        """ "critical in 2 remarks, supportive in 1" (a cell's title)."""
        return ", ".join(
            f"{stance} in {n} remark{'s' if n > 1 else ''}"
            for stance, n in (("critical", self.critical), ("supportive", self.supportive))
            if n
        )


@dataclass(frozen=True)
class GridRow:
    speaker: Speaker
    sides: tuple[Side | None, ...]
    """The speaker's side on each column's actor, None where they did not take one."""
    others: tuple[tuple[str, Side], ...]
    """(actor, side) on the actors without a column, most remarks first."""


@dataclass(frozen=True)
class StanceGrid:
    """Who is critical or supportive of whom: a row per speaker, a column per actor spoken of."""

    columns: tuple[str, ...]
    rows: tuple[GridRow, ...]

    @property
    def others(self) -> bool:
        """Whether any speaker took a side on an actor without a column (the last column)."""
        return any(row.others for row in self.rows)


def stance_grid(view: BriefingView, most: int = GRID_COLUMNS) -> StanceGrid:
    """The who-of-whom grid: columns for the ``most`` actors the most speakers were critical or
    supportive of (then the most remarks, then name), rows for the speakers who took a side on
    anyone, in the order of ``speakers``. Example: a minister critical of a rebel group in two
    remarks and supportive of an envoy in one, a mayor critical of the group once: columns (the
    group, the envoy); the minister's row (Side(critical=2), Side(supportive=1)), the mayor's
    (Side(critical=1), None)."""
    sides: dict[str, dict[str, Side]] = {}
    for s in stance_rows(view):
        counts: dict[str, Counter[str]] = {}
        for remark in s.remarks:
            stance = remark.reaction.stance
            if stance not in ("critical", "supportive"):
                continue
            for target in dict.fromkeys(remark.reaction.about):
                if target != s.actor:
                    counts.setdefault(target, Counter())[stance] += 1
        sides[s.actor] = {t: Side(c["critical"], c["supportive"]) for t, c in counts.items()}
    people: Counter[str] = Counter(t for row in sides.values() for t in row)
    remarks_on: Counter[str] = Counter()
    for row in sides.values():
        for t, side in row.items():
            remarks_on[t] += side.critical + side.supportive
    ranked = sorted(people, key=lambda t: (-people[t], -remarks_on[t], _name(view, t), t))
    columns = tuple(ranked[:most])
    rows = []
    for s in stance_rows(view):
        row = sides[s.actor]
        if not row:
            continue
        others = sorted(
            ((t, side) for t, side in row.items() if t not in columns),
            key=lambda pair: (-(pair[1].critical + pair[1].supportive), _name(view, pair[0]), pair[0]),
        )
        rows.append(GridRow(s, tuple(row.get(t) for t in columns), tuple(others)))
    return StanceGrid(columns, tuple(rows))


def _sources(s: Speaker) -> int:
    return len({ev.source for r in s.remarks for ev in r.evidence})


def _name(view: BriefingView, actor_id: str) -> str:
    actor = view.actor(actor_id)
    return (actor.name if actor else actor_id).casefold()


def said_counts(view: BriefingView) -> Counter[str]:
    """Actor id -> how many remarks it made (near-identical ones counted once)."""
    return Counter({s.actor: len(s.remarks) for s in speakers(view)})


def ranked_actors(actors: list[ActorView]) -> tuple[list[ActorView], list[ActorView]]:
    """(salient, also mentioned): the salient by salience, sources and mentions; the others by
    sources and mentions."""
    key = lambda a: (-a.salience, -len(a.sources), -a.mentions, a.name.casefold(), a.id)  # noqa: E731
    salient = sorted((a for a in actors if a.salient), key=key)
    return salient, sorted((a for a in actors if not a.salient), key=key)
