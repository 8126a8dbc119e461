"""``briefing evaluate``: extract a folder of articles and score the result against a gold file.

The gold format is a careful reader's annotation (``docs/evaluation.md``): actors with
kind and role words, junk strings that must not become actors, and agreements, reactions and
timeline events named by keywords. Matching is lenient on spelling (case, diacritics,
punctuation and a leading "the" are folded) and strict on facts (dates, stances, parties).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import yaml

from generator.errors import BriefingError, DataError

Item = Mapping[str, Any]

# Metrics that must reach a floor (higher is better), and the one that must stay at a ceiling.
METRICS = (
    "actor_recall",
    "actor_kind_acc",
    "actor_role_acc",
    "agreement_recall",
    "reaction_recall",
    "timeline_recall",
    "evidence_verbatim",
    "items_with_evidence",
    "timeline_precision_ok",
)


def norm(text: object) -> str:
    """A name or phrase folded for matching: no diacritics, case, possessive 's or punctuation."""
    s = unicodedata.normalize("NFKD", str(text))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


@dataclass
class Score:
    """Metrics in [0, 1] (counts for ``junk_actors`` and the sizes), and what was missed."""

    metrics: dict[str, float] = field(default_factory=dict)
    misses: dict[str, list[str]] = field(default_factory=dict)

    def failures(self, floors: Mapping[str, float]) -> list[str]:
        """The thresholds this score does not meet, as ``name=value<floor`` strings."""
        out = []
        for name, floor in floors.items():
            value = self.metrics.get(name, 0.0)
            if name == "junk_actors":
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
    ):
        entries = gold.get(section) or []
        if not isinstance(entries, list):
            raise DataError(f"{path}: {section} must be a list")
        for i, entry in enumerate(entries):
            if not isinstance(entry, dict) or required not in entry:
                raise DataError(f"{path}: {section}[{i}] needs a {required!r}")
    return gold


def score(gold: Item, briefing: Item, texts: Mapping[str, str]) -> Score:
    """Score a briefing (as in ``briefing.yaml``) against gold; ``texts`` are the sources by id."""
    result = Score()
    actors = list(briefing.get("actors") or [])
    by_id = {a.get("id"): a for a in actors}
    gold_actors = list(gold.get("actors") or [])

    def names(actor: Item) -> set[str]:
        return {norm(n) for n in [actor.get("name", ""), *(actor.get("aliases") or [])]} - {""}

    def names_of_ref(ref: object) -> set[str]:
        actor = by_id.get(ref)
        return names(actor) if actor is not None else ({norm(ref)} if ref else set())

    def gold_names(name: str) -> set[str]:
        entry = next((g for g in gold_actors if norm(name) in names(g)), {"name": name})
        return names(entry)

    _score_actors(result, gold, gold_actors, actors, names)
    m, miss = result.metrics, result.misses

    def recall(section: str, matches: Any, label: str) -> None:
        entries = list(gold.get(section) or [])
        found = [matches(g) for g in entries]
        m[f"{section.rstrip('s')}_recall"] = sum(found) / len(entries) if entries else 1.0
        miss[section] = [str(g.get(label)) for g, ok in zip(entries, found, strict=True) if not ok]

    def agreement_ok(g: Item) -> bool:
        for a in briefing.get("agreements") or []:
            if not _keyword_hit(_text_of(a, "title", "summary", "topics"), g["keywords"]):
                continue
            if g.get("date") and not str(a.get("date") or "").startswith(str(g["date"])):
                continue
            if g.get("parties"):
                party_names: set[str] = set()
                for p in [*(a.get("parties") or []), *(a.get("signatories") or [])]:
                    party_names |= names_of_ref(p)
                if not any(party_names & gold_names(p) for p in g["parties"]):
                    continue
            return True
        return False

    def reaction_ok(g: Item) -> bool:
        wanted = gold_names(g["actor"])
        return any(
            names_of_ref(r.get("actor")) & wanted
            and (not g.get("stance") or r.get("stance") == g["stance"])
            and _keyword_hit(_text_of(r, "quote", "summary"), g.get("keywords") or [""])
            for r in briefing.get("reactions") or []
        )

    def event_ok(g: Item) -> bool:
        return any(
            str(e.get("date") or "").startswith(str(g["date"]))
            and _keyword_hit(_text_of(e, "event", "summary"), g.get("keywords") or [""])
            for e in briefing.get("timeline") or []
        )

    recall("agreements", agreement_ok, "key")
    recall("reactions", reaction_ok, "actor")
    recall("timeline", event_ok, "date")
    _score_evidence(result, briefing, texts)
    for section in ("actors", "agreements", "reactions", "timeline"):
        m[f"n_{section}"] = len(briefing.get(section) or [])
    return result


def _score_actors(result: Score, gold: Item, gold_actors: list[Item], actors: list[Item], names: Any) -> None:
    m, miss = result.metrics, result.misses
    found = kind_ok = role_n = role_ok = 0
    miss["actors"] = []
    for g in gold_actors:
        hit = next((a for a in actors if names(a) & names(g)), None)
        if hit is None:
            miss["actors"].append(str(g["name"]))
            continue
        found += 1
        if g.get("kind"):
            kind_ok += hit.get("kind") == g["kind"]
        if g.get("role"):
            role_n += 1
            role_ok += any(norm(r) in norm(hit.get("role") or "") for r in g["role"])
    m["actor_recall"] = found / len(gold_actors) if gold_actors else 1.0
    m["actor_kind_acc"] = kind_ok / found if found else 0.0
    m["actor_role_acc"] = role_ok / role_n if role_n else 1.0
    junk = {norm(j) for j in gold.get("junk") or []}
    not_person = {norm(j) for j in gold.get("not_person") or []}
    miss["junk"] = sorted(
        str(a.get("name"))
        for a in actors
        if names(a) & junk or (a.get("kind") == "person" and names(a) & not_person)
    )
    m["junk_actors"] = len(miss["junk"])


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


def _text_of(item: Item, *keys: str) -> str:
    parts: list[str] = []
    for key in keys:
        value = item.get(key)
        if isinstance(value, list):
            parts.extend(str(x) for x in value)
        elif value:
            parts.append(str(value))
    parts.extend(str(ev.get("quote", "")) for ev in item.get("evidence") or [] if isinstance(ev, dict))
    return norm(" ".join(parts))


def _keyword_hit(text: str, keywords: Iterable[str]) -> bool:
    return any(norm(k) in text for k in keywords)


def report(result: Score, out: TextIO) -> None:
    """Misses first, then one summary line of every metric."""
    for section in ("actors", "junk", "agreements", "reactions", "timeline"):
        print(f"missed {section}: " if section != "junk" else "junk actors: ", end="", file=out)
        print(", ".join(result.misses.get(section, [])) or "-", file=out)
    if result.misses.get("evidence"):
        print(f"non-verbatim evidence: {'; '.join(result.misses['evidence'][:3])}", file=out)
    print(
        " ".join(f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.metrics.items()),
        file=out,
    )


def run(gold_path: Path, articles_dir: Path, floors: Mapping[str, float] | None = None) -> int:
    """Extract ``articles_dir`` in memory, score it against ``gold_path``, print the result.

    Returns 0, or 1 when a metric misses its floor in ``floors`` (e.g. ``{"actor_recall": 0.9}``).
    """
    from generator import store
    from generator.build import extract_folder  # imports spaCy: keep the module light

    gold = load_gold(gold_path)
    extracted = extract_folder(articles_dir)
    # Scored as written to disk, so the numbers are those of the YAML a user gets.
    briefing = store.data_mappings(extracted.briefing)[store.BRIEFING_FILE]
    texts = {a.id: a.source_text for a in extracted.briefing.articles}
    result = score(gold, briefing, texts)
    unknown = sorted(set(floors or {}) - set(result.metrics))
    if unknown:
        known = ", ".join(sorted(result.metrics))
        raise BriefingError(f"unknown metric {', '.join(unknown)}; known: {known}")
    report(result, sys.stdout)
    failures = result.failures(floors or {})
    if failures:
        print("below the floor: " + ", ".join(failures), file=sys.stdout)
        return 1
    return 0
