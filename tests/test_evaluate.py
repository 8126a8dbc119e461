"""The project's own scorer: matching rules on hand-made briefings, and the seeds' numbers."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from generator.errors import DataError
from generator.evaluate import load_gold, norm, report, run, score

GOLD = {
    "actors": [
        {"name": "Ana Li", "aliases": ["Li"], "kind": "person", "role": ["minister"]},
        {"name": "United States", "aliases": ["U.S."], "kind": "country"},
    ],
    "junk": ["Getty Images"],
    "not_person": ["Springfield"],
    "agreements": [{"key": "trade-pact", "keywords": ["trade"], "date": "2024-06", "parties": ["United States"]}],
    "reactions": [{"actor": "Ana Li", "stance": "critical", "keywords": ["reckless"]}],
    "timeline": [{"date": "2024-06-20", "keywords": ["arriv"]}],
}
TEXTS = {"a": 'Ana Li, the trade minister, arrived on Thursday. "It is reckless," Li said.'}


def ev(quote: str) -> list[dict[str, str]]:
    return [{"source": "a", "quote": quote}]


def briefing(**overrides: object) -> dict[str, object]:
    out: dict[str, object] = {
        "actors": [
            {"id": "ana-li", "name": "Ana Li", "kind": "person", "role": "Trade Minister", "evidence": []},
            {"id": "us", "name": "the United States", "kind": "country", "evidence": []},
        ],
        "agreements": [
            {"title": "Trade pact", "date": "2024-06-21", "parties": ["us"], "evidence": ev("Ana Li")}
        ],
        "reactions": [
            {
                "actor": "ana-li",
                "stance": "critical",
                "quote": "It is reckless",
                "evidence": ev('"It is reckless'),
            }
        ],
        "timeline": [
            {"date": "2024-06-20", "precision": "day", "event": "Ana Li arrived", "evidence": ev("arrived")}
        ],
    }
    out.update(overrides)
    return out


def test_names_match_across_case_diacritics_possessives_and_a_leading_the():
    assert norm("The Kremlin's") == norm("kremlin")
    assert norm("Nguyễn Phú Trọng") == "nguyen phu trong"
    assert norm("Kim Jong-un") == "kim jong un"


def test_a_briefing_that_has_everything_scores_full_marks():
    result = score(GOLD, briefing(), TEXTS)
    for name in ("actor_recall", "actor_kind_acc", "actor_role_acc", "agreement_recall"):
        assert result.metrics[name] == 1.0, name
    assert result.metrics["reaction_recall"] == result.metrics["timeline_recall"] == 1.0
    assert result.metrics["evidence_verbatim"] == 1.0
    assert result.metrics["junk_actors"] == 0
    assert result.failures({"actor_recall": 0.9, "junk_actors": 0}) == []


def test_an_agreement_needs_its_date_and_party_not_only_its_words():
    wrong_party = briefing(agreements=[{"title": "Trade pact", "date": "2024-06-21", "parties": ["ana-li"]}])
    wrong_date = briefing(agreements=[{"title": "Trade pact", "date": "2023-06-21", "parties": ["us"]}])
    assert score(GOLD, wrong_party, TEXTS).misses["agreements"] == ["trade-pact"]
    assert score(GOLD, wrong_date, TEXTS).metrics["agreement_recall"] == 0.0


def test_a_reaction_with_the_wrong_stance_is_missed():
    neutral = briefing(reactions=[{"actor": "ana-li", "stance": "neutral", "quote": "It is reckless"}])
    assert score(GOLD, neutral, TEXTS).misses["reactions"] == ["Ana Li"]


def test_junk_places_typed_as_people_and_invented_quotes_are_counted():
    junk = briefing(
        actors=[
            {"id": "g", "name": "Getty Images", "kind": "organization"},
            {"id": "s", "name": "Springfield", "kind": "person"},
        ],
        timeline=[{"date": "2024", "precision": "day", "event": "x", "evidence": ev("never said")}],
    )
    result = score(GOLD, junk, TEXTS)
    assert result.metrics["junk_actors"] == 2
    assert result.metrics["evidence_verbatim"] < 1.0
    assert result.metrics["timeline_precision_ok"] == 0.0
    assert result.failures({"junk_actors": 0, "actor_recall": 0.5}) == [
        "junk_actors=2>0",
        "actor_recall=0.00<0.5",
    ]
    out = io.StringIO()
    report(result, out)
    assert "missed actors: Ana Li, United States" in out.getvalue()


def test_a_gold_file_that_is_not_a_gold_file_is_one_clear_error(tmp_path: Path):
    bad = tmp_path / "gold.yaml"
    bad.write_text("actors:\n  - {kind: person}\n")
    with pytest.raises(DataError, match=r"gold.yaml: actors\[0\] needs a 'name'"):
        load_gold(bad)
    bad.write_text("actors: [unclosed\n")
    with pytest.raises(DataError, match="not valid YAML"):
        load_gold(bad)


@pytest.mark.slow
def test_the_seeds_meet_the_quality_bars(shared_dir: Path, capsys: pytest.CaptureFixture[str]):
    floors = {
        "actor_recall": 0.9,
        "actor_role_acc": 0.8,
        "actor_kind_acc": 0.9,
        "junk_actors": 0,
        "reaction_recall": 0.8,
        "agreement_recall": 0.83,
        "timeline_recall": 0.9,
        "evidence_verbatim": 1.0,
    }
    root = Path(__file__).resolve().parents[1]
    code = run(shared_dir / "eval" / "seeds.gold.yaml", root / "seeds", floors)
    assert code == 0, capsys.readouterr().out
