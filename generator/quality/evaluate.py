"""``briefing evaluate``: extract a folder of articles and score the result against a gold file.

The gold format is a careful reader's annotation (``docs/evaluation.md``): actors with
kind and role words, junk strings that must not become actors, and agreements, reactions and
timeline events named by keywords. Matching is lenient on spelling (case, diacritics,
punctuation and a leading "the" are folded) and strict on facts (dates, stances, parties).
Recall is scored here; precision, for a gold file marked ``exhaustive: true``, in
``generator/quality/precision.py``. Every metric ``../shared/eval/score.py`` computes has the
same value here (tested); the ones it does not compute are ``OWN_METRICS``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import yaml

from generator.errors import BriefingError, DataError
from generator.quality.main_event import MAIN_EVENT_METRICS, score_main_event
from generator.quality.matching import (
    Item,
    NameSet,
    gold_names,
    keyword_hit,
    keywords,
    names,
    norm,
    output_names,
    party_names,
    text_of,
)
from generator.quality.precision import FIGURE_METRICS, PRECISION_METRICS, figure_recall, precision

__all__ = ["CEILINGS", "METRICS", "Score", "load_gold", "norm", "report", "run", "score"]

RECALL_METRICS = (
    "actor_recall",
    "actor_kind_acc",
    "actor_role_acc",
    "junk_actors",
    "agreement_recall",
    "reaction_recall",
    "timeline_recall",
    "evidence_items",
    "evidence_verbatim",
    "items_with_evidence",
)
"""Scored against any gold file, as score.py scores them."""
OWN_METRICS = (
    "timeline_precision_ok",
    "n_actors",
    "n_agreements",
    "n_reactions",
    "n_timeline",
    *MAIN_EVENT_METRICS,
)
"""Ours only: whether event dates have the shape of their precision, the briefing's sizes, and
whether it opens with the right happening (a gold file's ``main_event``)."""
METRICS = RECALL_METRICS + FIGURE_METRICS + PRECISION_METRICS + OWN_METRICS
CEILINGS = frozenset({"junk_actors", "timeline_duplicates"})
"""Counts of wrong things: their ``--min`` value is the most allowed, not the least."""
NOT_IN_GOLD_SHOWN = 12
"""How many wrong items of a section the report names (score.py's number)."""


@dataclass
class Score:
    """Metrics in [0, 1] (counts for ``junk_actors``, ``timeline_duplicates``, ``evidence_items``
    and the sizes), what was missed (recall) and what is not in the gold (precision)."""

    metrics: dict[str, float] = field(default_factory=dict)
    misses: dict[str, list[str]] = field(default_factory=dict)
    wrong: dict[str, list[str]] = field(default_factory=dict)

    def failures(self, floors: Mapping[str, float]) -> list[str]:
        """The thresholds this score does not meet, as ``name=value<floor`` strings (``>`` for a
        ceiling)."""
        out = []
        for name, floor in floors.items():
            value = self.metrics.get(name, 0.0)
            if name in CEILINGS:
                if value > floor:
                    out.append(f"{name}={value:g}>{floor:g}")
            elif value < floor:
                out.append(f"{name}={value:.2f}<{floor:g}")
        return out


def load_gold(path: Path) -> dict[str, Any]:
    """The gold annotation, checked for the keys the scorer reads."""
    try:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise DataError(f"{path}: cannot read ({e.strerror or e})") from None
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        raise DataError(f"{path}: not valid YAML ({str(e).splitlines()[0]})") from None
    if not isinstance(gold, dict):
        raise DataError(f"{path}: a gold file is a mapping with actors, agreements, reactions, timeline")
    for section, required in (
        ("actors", "name"),
        ("agreements", "keywords"),
        ("reactions", "actor"),
        ("timeline", "date"),
        ("figures", "keywords"),
    ):
        for key in (section, f"also_valid_{section}"):
            entries = gold.get(key) or []
            if not isinstance(entries, list):
                raise DataError(f"{path}: {key} must be a list")
            for i, entry in enumerate(entries):
                if not isinstance(entry, dict) or required not in entry:
                    raise DataError(f"{path}: {key}[{i}] needs a {required!r}")
    return gold


def check_floors(floors: Mapping[str, float], gold: Item) -> None:
    """Refuse a floor on a metric that does not exist or that this gold file cannot score."""
    unknown = sorted(set(floors) - set(METRICS))
    if unknown:
        raise BriefingError(f"unknown metric {', '.join(unknown)}; known: {', '.join(sorted(METRICS))}")
    if not gold.get("exhaustive"):
        needs = sorted(set(floors) & set(PRECISION_METRICS) | set(floors) & {"figure_precision"})
        if needs:
            raise BriefingError(f"{', '.join(needs)}: precision needs a gold file with exhaustive: true")
    if not gold.get("figures") and set(floors) & set(FIGURE_METRICS):
        raise BriefingError("figure metrics need a gold file that lists figures")
    if not isinstance(gold.get("main_event"), dict) and set(floors) & set(MAIN_EVENT_METRICS):
        raise BriefingError("main event metrics need a gold file with a main_event")


def score(gold: Item, briefing: Item, texts: Mapping[str, str]) -> Score:
    """Score a briefing (as in ``briefing.yaml``) against gold; ``texts`` are the sources by id.

    Recall always; precision too when the gold is ``exhaustive``; figures when it lists them;
    the opening happening when it gives a ``main_event`` (``main_event.py``).
    """
    result = Score()
    m = result.metrics
    actors = list(briefing.get("actors") or [])
    names_of, gold_names_of = output_names(actors), gold_names(gold)
    _score_actors(result, gold, actors)
    _score_recall(result, gold, briefing, names_of, gold_names_of)
    if gold.get("figures"):
        m["figure_recall"] = figure_recall(gold, briefing)
    if gold.get("exhaustive"):
        found = precision(gold, briefing, names_of, gold_names_of)
        m.update(found.metrics)
        result.wrong = found.wrong
    if isinstance(gold.get("main_event"), dict):
        m.update(score_main_event(gold, briefing, names_of))
    _score_evidence(result, briefing, texts)
    for section in ("actors", "agreements", "reactions", "timeline"):
        m[f"n_{section}"] = len(briefing.get(section) or [])
    return result


def _score_actors(result: Score, gold: Item, actors: list[Item]) -> None:
    """Gold actors found, with the right kind and role; junk and places typed as people."""
    m, miss = result.metrics, result.misses
    gold_actors = list(gold.get("actors") or [])
    found = kind_ok = role_n = role_ok = 0
    miss["actors"] = []
    for g in gold_actors:
        hit = next((a for a in actors if names(a) & names(g)), None)
        if hit is None:
            miss["actors"].append(str(g["name"]))
            continue
        found += 1
        if g.get("kind"):
            # British spelling counts: "organisation" is an organization.
            kind_ok += str(hit.get("kind", "")).replace("organisation", "organization") == g["kind"]
        if g.get("role"):
            role_n += 1
            role_ok += any(norm(r) in norm(hit.get("role") or "") for r in g["role"])
    m["actor_recall"] = found / len(gold_actors) if gold_actors else 1.0
    m["actor_kind_acc"] = kind_ok / found if found else 0.0
    m["actor_role_acc"] = role_ok / role_n if role_n else 1.0
    junk = {norm(j) for j in gold.get("junk") or []}
    not_person = {norm(j) for j in gold.get("not_person") or []}
    # A person named like a junk string and like a place counts twice, as in score.py.
    miss["junk"] = [str(a.get("name")) for a in actors if names(a) & junk]
    miss["junk"] += [
        str(a.get("name")) for a in actors if a.get("kind") == "person" and names(a) & not_person
    ]
    m["junk_actors"] = len(miss["junk"])


def _score_recall(
    result: Score, gold: Item, briefing: Item, names_of: NameSet, gold_names_of: NameSet
) -> None:
    """Share of gold agreements, reactions and events the briefing has, and which it misses."""

    def recall(section: str, matches: Any, label: str) -> None:
        entries = list(gold.get(section) or [])
        found = [matches(g) for g in entries]
        result.metrics[f"{section.rstrip('s')}_recall"] = sum(found) / len(entries) if entries else 1.0
        result.misses[section] = [str(g.get(label)) for g, ok in zip(entries, found, strict=True) if not ok]

    def agreement_ok(g: Item) -> bool:
        for a in briefing.get("agreements") or []:
            if not keyword_hit(text_of(a, "title", "summary", "topics"), g["keywords"]):
                continue
            if g.get("date") and not str(a.get("date") or "").startswith(str(g["date"])):
                continue
            if g.get("parties"):
                parties = party_names(a, names_of)
                if not any(parties & gold_names_of(p) for p in g["parties"]):
                    continue
            return True
        return False

    def reaction_ok(g: Item) -> bool:
        wanted = gold_names_of(g["actor"])
        return any(
            names_of(r.get("actor")) & wanted
            and (not g.get("stance") or r.get("stance") == g["stance"])
            and keyword_hit(text_of(r, "quote", "summary"), keywords(g))
            for r in briefing.get("reactions") or []
        )

    def event_ok(g: Item) -> bool:
        return any(
            str(e.get("date") or "").startswith(str(g["date"]))
            and keyword_hit(text_of(e, "event", "summary"), keywords(g))
            for e in briefing.get("timeline") or []
        )

    recall("agreements", agreement_ok, "key")
    recall("reactions", reaction_ok, "actor")
    recall("timeline", event_ok, "date")


def _score_evidence(result: Score, briefing: Item, texts: Mapping[str, str]) -> None:
    """Every quote must be found in its source; every dated item must fit its precision."""
    m, miss = result.metrics, result.misses
    folded = {k: " ".join(v.split()) for k, v in texts.items()}
    total = ok = 0
    miss["evidence"] = []
    for section in ("actors", "agreements", "reactions", "timeline"):
        for item in briefing.get(section) or []:
            for ev in item.get("evidence") or []:
                total += 1
                quote = " ".join(str(ev.get("quote", "")).split())
                if quote and quote in folded.get(str(ev.get("source")), ""):
                    ok += 1
                else:
                    miss["evidence"].append(f"{section}:{ev.get('source')}:{quote[:60]!r}")
    m["evidence_items"] = total
    m["evidence_verbatim"] = ok / total if total else 0.0
    items = [it for s in ("agreements", "reactions", "timeline") for it in briefing.get(s) or []]
    m["items_with_evidence"] = sum(1 for it in items if it.get("evidence")) / len(items) if items else 0.0
    shapes = {
        "year": r"\d{4}",
        "month": r"\d{4}-\d{2}",
        "week": r"\d{4}-\d{2}-\d{2}",
        "day": r"\d{4}-\d{2}-\d{2}",
    }
    events = list(briefing.get("timeline") or [])
    fits = sum(
        1 for e in events if re.fullmatch(shapes.get(str(e.get("precision")), "$^"), str(e.get("date") or ""))
    )
    m["timeline_precision_ok"] = fits / len(events) if events else 1.0


def report(result: Score, out: TextIO) -> None:
    """Misses first, then the output items not in the gold, then one line of every metric."""
    for section in ("actors", "junk", "agreements", "reactions", "timeline"):
        print(f"missed {section}: " if section != "junk" else "junk actors: ", end="", file=out)
        print(", ".join(result.misses.get(section, [])) or "-", file=out)
    if result.misses.get("evidence"):
        print(f"non-verbatim evidence: {'; '.join(result.misses['evidence'][:3])}", file=out)
    shown = NOT_IN_GOLD_SHOWN
    for section, items in result.wrong.items():
        if items:
            count = f"first {shown} of {len(items)}" if len(items) > shown else str(len(items))
            print(f"not in gold ({section}, {count}): {'; '.join(items[:shown])}", file=out)
    print(
        " ".join(f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.metrics.items()),
        file=out,
    )


def run(gold_path: Path, articles_dir: Path, floors: Mapping[str, float] | None = None) -> int:
    """Extract ``articles_dir`` in memory, score it against ``gold_path``, print the result.

    Returns 0, or 1 when a metric misses its floor in ``floors`` (e.g. ``{"actor_recall": 0.9}``;
    for ``CEILINGS`` the value is the most allowed).
    """
    from generator import store
    from generator.build import extract_folder  # imports spaCy: keep the module light

    gold = load_gold(gold_path)
    check_floors(floors or {}, gold)
    extracted = extract_folder(articles_dir)
    # Scored as written to disk, so the numbers are those of the YAML a user gets.
    briefing = store.data_mappings(extracted.briefing)[store.BRIEFING_FILE]
    texts = {a.id: a.source_text for a in extracted.briefing.articles}
    result = score(gold, briefing, texts)
    report(result, sys.stdout)
    failures = result.failures(floors or {})
    if failures:
        print("below the floor: " + ", ".join(failures), file=sys.stdout)
        return 1
    return 0
