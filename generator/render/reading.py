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
