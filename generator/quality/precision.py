"""Precision against an exhaustive gold file: what share of the output a careful reader keeps.

A gold file marked ``exhaustive: true`` lists every item a reader keeps, must-find ones under
``actors``, ``reactions``, ``timeline``, ``agreements`` and marginal ones under ``also_valid_*``
(never required, never penalised). An output item that matches neither is wrong, and is listed
so a reader can see why. The rules are ``../shared/eval/score.py``'s (docs/evaluation.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from generator.quality.matching import (
    Item,
    NameSet,
    figure_matches,
    keyword_hit,
    keywords,
    names,
    norm,
    own_text,
    party_names,
)

PRECISION_METRICS = (
    "actor_precision",
    "reaction_precision",
    "reaction_stance_acc",
    "timeline_precision",
    "timeline_duplicates",
    "agreement_precision",
)
FIGURE_METRICS = ("figure_recall", "figure_precision")


@dataclass
class Precision:
    """Precision metrics in [0, 1] (``timeline_duplicates`` a count) and the wrong items by section."""

    metrics: dict[str, float] = field(default_factory=dict)
    wrong: dict[str, list[str]] = field(default_factory=dict)


def precision(gold: Item, briefing: Item, names_of: NameSet, gold_names_of: NameSet) -> Precision:
    """Score every output item of ``briefing`` against ``gold`` and its ``also_valid_*`` lists.

    ``names_of`` gives the names of an output reference (an actor id), ``gold_names_of`` those of
    a gold one (a speaker's or party's name).
    """
    result = Precision()
    out = {section: list(briefing.get(section) or []) for section in ("actors", "reactions", "timeline")}
    agreements = list(briefing.get("agreements") or [])
    _actors(result, gold, out["actors"])
    _reactions(result, _valid(gold, "reactions"), out["reactions"], names_of, gold_names_of)
    _timeline(result, _valid(gold, "timeline"), out["timeline"])
    _agreements(result, _valid(gold, "agreements"), agreements, names_of, gold_names_of)
    if gold.get("figures"):
        figures = list(briefing.get("figures") or [])
        bad = [
            f"{f.get('what')}: {f.get('value')}"
            for f in figures
            if not any(figure_matches(f, g) for g in gold["figures"])
        ]
        result.metrics["figure_precision"] = 1 - len(bad) / len(figures) if figures else 1.0
        result.wrong["figures"] = bad
    return result


def figure_recall(gold: Item, briefing: Item) -> float:
    """Share of gold figures that an output figure matches (any gold file with ``figures``)."""
    figures = list(briefing.get("figures") or [])
    found = [g for g in gold["figures"] if any(figure_matches(f, g) for f in figures)]
    return len(found) / len(gold["figures"])


def _valid(gold: Item, section: str) -> list[Item]:
    return [*(gold.get(section) or []), *(gold.get(f"also_valid_{section}") or [])]


def _actors(result: Precision, gold: Item, actors: list[Item]) -> None:
    """An output actor is right when one of its names is a gold or also-valid actor's."""
    valid = [names(g) for g in _valid(gold, "actors")]
    bad = [str(a.get("name")) for a in actors if not any(names(a) & v for v in valid)]
    result.metrics["actor_precision"] = 1 - len(bad) / len(actors) if actors else 1.0
    result.wrong["actors"] = bad


def _reactions(
    result: Precision, golds: list[Item], reactions: list[Item], names_of: NameSet, gold_names_of: NameSet
) -> None:
    """A reaction is right when its speaker is a gold reaction's and its own words (quote or
    summary, not the evidence sentence) carry that reaction's keyword; the first such gold
    reaction decides whether its stance is right."""
    ok = stance_n = stance_ok = 0
    bad = []
    for r in reactions:
        said = own_text(r, "quote", "summary")
        speaker = names_of(r.get("actor"))
        hit = next(
            (g for g in golds if speaker & gold_names_of(g["actor"]) and keyword_hit(said, keywords(g))),
            None,
        )
        if hit is None:
            bad.append(f"{r.get('actor')}: {(r.get('quote') or r.get('summary') or '')[:50]}")
            continue
        ok += 1
        if hit.get("stance"):
            stance_n += 1
            stance_ok += r.get("stance") == hit["stance"]
    result.metrics["reaction_precision"] = ok / len(reactions) if reactions else 1.0
    result.metrics["reaction_stance_acc"] = stance_ok / stance_n if stance_n else 1.0
    result.wrong["reactions"] = bad


def _timeline(result: Precision, golds: list[Item], events: list[Item]) -> None:
    """An event is right when its own label (not the evidence) carries a gold event's keyword on
    the gold date. Each gold event is matched once: a second event fitting only gold events that
    are taken is a duplicate."""
    fits = [
        [
            i
            for i, g in enumerate(golds)
            if str(e.get("date") or "").startswith(str(g["date"]))
            and keyword_hit(norm(e.get("event") or ""), keywords(g))
        ]
        for e in events
    ]
    matched = set(one_to_one(fits).values())
    duplicates, bad = 0, []
    for j, e in enumerate(events):
        if j in matched:
            continue
        label = f"{e.get('date')}: {(e.get('event') or '')[:50]}"
        if fits[j]:
            duplicates += 1
            label = f"duplicate {label}"
        bad.append(label)
    result.metrics["timeline_precision"] = len(matched) / len(events) if events else 1.0
    result.metrics["timeline_duplicates"] = duplicates
    result.wrong["timeline"] = bad


def one_to_one(fits: Sequence[Sequence[int]]) -> dict[int, int]:
    """A largest matching of output items to the gold items each fits (``fits[output]`` lists
    gold indexes), as ``{gold: output}``, by augmenting paths in output order, as score.py does.
    Its size, hence the precision and the number of duplicates, is the same for every largest
    matching."""
    owner: dict[int, int] = {}

    def claim(j: int, seen: set[int]) -> bool:
        for i in fits[j]:
            if i not in seen:
                seen.add(i)
                if i not in owner or claim(owner[i], seen):
                    owner[i] = j
                    return True
        return False

    for j in range(len(fits)):
        claim(j, set())
    return owner


def _agreements(
    result: Precision, golds: list[Item], agreements: list[Item], names_of: NameSet, gold_names_of: NameSet
) -> None:
    """An agreement is right when its title or topics carry a gold agreement's keyword and, where
    the gold names parties, one of its parties or signatories is a gold party (no date check)."""
    ok, bad = 0, []
    for a in agreements:
        named = own_text(a, "title", "topics")
        parties = party_names(a, names_of)
        good = any(
            keyword_hit(named, keywords(g))
            and (not g.get("parties") or any(parties & gold_names_of(p) for p in g["parties"]))
            for g in golds
        )
        ok += good
        if not good:
            bad.append(f"{str(a.get('title') or '')[:60]} [{', '.join(map(str, a.get('parties') or []))}]")
    result.metrics["agreement_precision"] = ok / len(agreements) if agreements else 1.0
    result.wrong["agreements"] = bad
