"""How much each actor matters to the briefing, and why it is in it.

An actor's salience adds up the parts it plays: sources that name it, times it is named (at most
ten count), reactions it gives, agreements it is party to, events it takes part in, and a role
the sources give it. Its ``admitted`` reasons say the same in words ("named in 3 sources",
"speaks in 2 reactions"). Salient actors (named in two sources or more or three times, or taking
part in a reaction, agreement or event) lead the home page, the PDF and the actor pages; the
others — named in passing — are "also mentioned" and stay in the YAML, so nothing verifiable is
hidden.
"""

from __future__ import annotations

import dataclasses
from collections import Counter

from generator.records import Actor, Briefing

MAX_COUNTED_MENTIONS = 10


def with_salience(briefing: Briefing) -> Briefing:
    """The briefing with every actor's salience, reasons and salient flag filled in."""
    speaks: Counter[str] = Counter(r.actor for r in briefing.reactions)
    parties: Counter[str] = Counter(p for ag in briefing.agreements for p in {*ag.parties, *ag.signatories})
    events: Counter[str] = Counter(a for ev in briefing.timeline for a in set(ev.actors))
    targets: Counter[str] = Counter(a for r in briefing.reactions for a in set(r.about))
    actors = tuple(
        _scored(a, speaks[a.id], targets[a.id], parties[a.id], events[a.id]) for a in briefing.actors
    )
    return dataclasses.replace(briefing, actors=actors)


def _scored(actor: Actor, speaks: int, targets: int, parties: int, events: int) -> Actor:
    sources = len(actor.sources)
    reasons = [f"named in {sources} source{'s' if sources != 1 else ''}"]
    if actor.mentions > sources:
        reasons.append(f"named {actor.mentions} times")
    if actor.role:
        reasons.append(f"role given: {actor.role}")
    if speaks:
        reasons.append(f"speaks in {speaks} reaction{'s' if speaks != 1 else ''}")
    if targets:
        reasons.append(f"the subject of {targets} reaction{'s' if targets != 1 else ''}")
    if parties:
        reasons.append(f"party to {parties} agreement{'s' if parties != 1 else ''}")
    if events:
        reasons.append(f"takes part in {events} event{'s' if events != 1 else ''}")
    score = (
        2 * sources
        + min(actor.mentions, MAX_COUNTED_MENTIONS)
        + 3 * speaks
        + targets
        + 3 * parties
        + events
        + (2 if actor.role else 0)
    )
    salient = sources >= 2 or actor.mentions >= 3 or speaks + targets + parties + events > 0
    return dataclasses.replace(actor, salience=score, salient=salient, admitted=tuple(reasons))
