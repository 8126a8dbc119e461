"""Our scorer and the shared instrument (``../shared/eval/score.py``) give the same numbers.

Each case writes a briefing YAML, runs ``score.py --json`` on it and compares every metric that
score.py prints with ours, exactly. Evidence is checked against the texts score.py reads (the
files as they are), so the two are given the same sources.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.quality.evaluate import METRICS, score
from tests.test_evaluate import EXHAUSTIVE, GOLD, TEXTS, briefing, ev

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def score_py(shared_dir: Path) -> Path:
    path = shared_dir / "eval" / "score.py"
    if not path.is_file():
        pytest.skip(f"{path} is missing: nothing to compare our scorer with")
    return path


def texts_as_score_py_reads(folder: Path) -> dict[str, str]:
    """Each file of the folder as score.py reads it: the whole text, or a record's three fields."""
    texts = {}
    for path in folder.iterdir():
        if path.is_file():
            raw = path.read_text(errors="replace")
            if path.suffix == ".json":
                record = json.loads(raw)
                raw = "\n".join(str(record.get(k) or "") for k in ("title", "description", "text"))
            texts[path.stem] = raw
    return texts


def compare(score_py: Path, gold_path: Path, briefing_path: Path, sources: Path) -> dict[str, Any]:
    """Run both scorers; assert every metric of score.py has the same value in ours."""
    run = subprocess.run(
        [sys.executable, str(score_py), str(gold_path), str(briefing_path), str(sources), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    theirs, _ = json.JSONDecoder().raw_decode(run.stdout)
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    out = yaml.safe_load(briefing_path.read_text(encoding="utf-8"))
    ours = score(gold, out, texts_as_score_py_reads(sources)).metrics
    assert set(theirs) <= set(METRICS), f"score.py has metrics we do not know: {set(theirs) - set(METRICS)}"
    differ = {k: (theirs[k], ours.get(k)) for k in theirs if ours.get(k) != theirs[k]}
    assert not differ, f"(score.py, ours) differ: {differ}"
    return theirs


def write_case(tmp_path: Path, gold: dict[str, Any], out: dict[str, Any]) -> tuple[Path, Path, Path]:
    sources = tmp_path / "sources"
    sources.mkdir()
    for source_id, text in TEXTS.items():
        (sources / f"{source_id}.txt").write_text(text, encoding="utf-8")
    gold_path, briefing_path = tmp_path / "gold.yaml", tmp_path / "briefing.yaml"
    gold_path.write_text(yaml.safe_dump(gold), encoding="utf-8")
    briefing_path.write_text(yaml.safe_dump(out), encoding="utf-8")
    return gold_path, briefing_path, sources


def test_the_seeds_briefing_scores_the_same(score_py: Path, shared_dir: Path):
    gold = shared_dir / "eval" / "seeds.gold.yaml"
    theirs = compare(score_py, gold, ROOT / "site_src" / "data" / "briefing.yaml", ROOT / "seeds")
    # The seeds gold is exhaustive and lists figures: every kind of metric was compared.
    assert {"actor_precision", "timeline_duplicates", "figure_recall", "evidence_items"} <= set(theirs)


# Hand-made gold and briefings that reach each rule where the two scorers could part ways.
TRICKY_GOLD = {
    **EXHAUSTIVE,
    "actors": [*GOLD["actors"], {"name": "Trade Office", "kind": "organization"}],
    # A speaker and a party named by an alias stand for that alias only.
    "reactions": [*GOLD["reactions"], {"actor": "Li", "keywords": ["reckless"]}],
    "agreements": [*GOLD["agreements"], {"key": "memo", "keywords": ["memorandum"], "parties": ["U.S."]}],
}
FIGURES = [
    {"what": "people killed", "values": ["five", "7 (later reports)"], "keywords": ["killed"]},
    {"what": "visit", "values": ["two-day"], "keywords": ["visit"]},
]
TRICKY = briefing(
    actors=[
        {"id": "ana-li", "name": "Ana Li", "kind": "person", "role": "Trade Minister"},
        {"id": "us", "name": "United States", "kind": "country"},
        {"id": "office", "name": "Trade Office", "kind": "organisation"},  # British spelling
        {"id": "port", "name": "the port", "kind": "organization"},  # an also-valid actor
        {"id": "g", "name": "Getty Images", "kind": "person", "aliases": ["Springfield"]},  # junk twice
        {"id": "r", "name": "Reuters", "kind": "organization"},
    ],
    agreements=[
        {"title": "Trade pact", "date": "2024-06-21", "parties": ["U.S."], "evidence": ev("Ana Li")},
        {"title": "Port deal", "parties": ["port"], "evidence": ev("never said")},
        {"title": "Memorandum", "parties": ["us"]},
    ],
    reactions=[
        {"actor": "ana-li", "stance": "critical", "quote": "It is reckless"},
        {"actor": "ana-li", "stance": "neutral", "quote": "It is", "evidence": ev('"It is reckless')},
        {"actor": "port", "stance": "supportive", "summary": "says all is on track"},
        {"actor": "Ana Li", "stance": "supportive", "quote": "reckless"},
    ],
    timeline=[
        {"date": "2024-06-20", "precision": "day", "event": "Ana Li arrived", "evidence": ev("arrived")},
        {"date": "2024-06-20", "precision": "day", "event": "Li arrives"},
        {"date": "2019", "precision": "year", "event": "Election won"},
        {"date": "2024-06-20", "precision": "day", "event": "Talks", "evidence": ev("arrived")},
        {"date": None, "precision": "day", "event": "Undated"},
    ],
    figures=[
        {"what": "people killed", "value": "5"},
        {"what": "people killed", "value": "about seven", "qualifier": "later"},
        {"what": "injured", "value": "two"},
    ],
)


@pytest.mark.parametrize(
    ("gold", "out"),
    [
        (GOLD, briefing()),
        (EXHAUSTIVE, briefing()),
        ({**TRICKY_GOLD, "exhaustive": False}, TRICKY),
        (TRICKY_GOLD, TRICKY),
        ({**TRICKY_GOLD, "figures": FIGURES}, TRICKY),
        ({**GOLD, "figures": FIGURES}, TRICKY),
        (EXHAUSTIVE, briefing(actors=[], agreements=[], reactions=[], timeline=[])),
        (
            {**EXHAUSTIVE, "agreements": [], "reactions": [], "timeline": [], "figures": FIGURES},
            briefing(figures=[]),
        ),
    ],
    ids=["recall", "exhaustive", "tricky", "tricky-exhaustive", "figures", "figures-recall", "empty", "none"],
)
def test_hand_made_briefings_score_the_same(score_py: Path, tmp_path: Path, gold: Any, out: Any):
    compare(score_py, *write_case(tmp_path, gold, out))
