"""The project's own scorer: matching rules on hand-made briefings, and the seeds' numbers."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from generator.errors import BriefingError, DataError
from generator.quality.evaluate import check_floors, load_gold, norm, report, run, score
from generator.quality.precision import one_to_one

GOLD = {
    "actors": [
        {"name": "Ana Li", "aliases": ["Li"], "kind": "person", "role": ["minister"]},
        {"name": "United States", "aliases": ["U.S."], "kind": "country"},
    ],
    "junk": ["Getty Images"],
    "not_person": ["Springfield"],
    "agreements": [
        {"key": "trade-pact", "keywords": ["trade"], "date": "2024-06", "parties": ["United States"]}
    ],
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


# Precision: an exhaustive gold file lists everything a reader keeps, so the rest is wrong.
EXHAUSTIVE = {
    **GOLD,
    "exhaustive": True,
    "also_valid_actors": [{"name": "Port Authority", "aliases": ["the port"]}],
    "also_valid_reactions": [{"actor": "Port Authority", "keywords": ["on track"]}],
    "also_valid_timeline": [{"date": "2019", "keywords": ["election"]}],
    "also_valid_agreements": [{"key": "port-deal", "keywords": ["port"]}],
}


def test_a_gold_file_that_is_not_exhaustive_scores_no_precision():
    result = score(GOLD, briefing(), TEXTS)
    assert "actor_precision" not in result.metrics and result.wrong == {}
    with pytest.raises(BriefingError, match="actor_precision: precision needs a gold file with exhaustive"):
        check_floors({"actor_precision": 0.5}, GOLD)


def test_actor_precision_counts_actors_neither_gold_nor_also_valid():
    out = briefing()
    out["actors"] = [*out["actors"], {"id": "p", "name": "The Port"}, {"id": "x", "name": "Reuters"}]
    result = score(EXHAUSTIVE, out, TEXTS)
    assert result.metrics["actor_precision"] == 0.75
    assert result.wrong["actors"] == ["Reuters"]


def test_reaction_precision_reads_the_reaction_own_words_and_its_speaker():
    reactions = [
        {"actor": "ana-li", "stance": "critical", "quote": "It is reckless"},
        # right speaker and stance, but "reckless" is only in the evidence sentence
        {"actor": "ana-li", "stance": "critical", "quote": "It is", "evidence": ev('"It is reckless')},
        {"actor": "us", "stance": "critical", "quote": "reckless"},  # the words, not the speaker
        {"actor": "Port Authority", "stance": "neutral", "quote": "all on track"},  # also valid
        {"actor": "ana-li", "stance": "supportive", "quote": "Reckless!"},  # right, wrong stance
    ]
    result = score(EXHAUSTIVE, briefing(reactions=reactions), TEXTS)
    assert result.metrics["reaction_precision"] == 3 / 5
    assert result.wrong["reactions"] == ["ana-li: It is", "us: reckless"]
    # Of the right reactions whose gold gives a stance (two of Ana Li's), one has it.
    assert result.metrics["reaction_stance_acc"] == 0.5


def test_timeline_precision_matches_each_gold_event_once_and_counts_duplicates():
    events = [
        {"date": "2024-06-20", "event": "Ana Li arrived"},
        {"date": "2024-06-20", "event": "Ana Li arrives in the capital"},  # the same gold event
        {"date": "2019-05-01", "event": "The election"},  # also valid, any day of 2019
        {"date": "2024-06-21", "event": "Ana Li arrived"},  # no gold event that day
        {"date": "2024-06-20", "event": "Talks", "evidence": ev("arrived")},  # keyword in evidence only
    ]
    result = score(EXHAUSTIVE, briefing(timeline=events), TEXTS)
    assert result.metrics["timeline_precision"] == 2 / 5
    assert result.metrics["timeline_duplicates"] == 1
    assert result.wrong["timeline"] == [
        "duplicate 2024-06-20: Ana Li arrives in the capital",
        "2024-06-21: Ana Li arrived",
        "2024-06-20: Talks",
    ]
    assert result.failures({"timeline_duplicates": 0}) == ["timeline_duplicates=1>0"]
    assert result.failures({"timeline_duplicates": 1}) == []


def test_the_timeline_matching_is_the_largest_not_the_first_come():
    # Output 0 fits gold 0 or 1, output 1 only gold 0: greedy would leave output 1 a duplicate.
    assert one_to_one([[0, 1], [0]]) == {0: 1, 1: 0}
    assert one_to_one([[0], [0], []]) == {0: 0}


def test_agreement_precision_wants_a_keyword_in_the_title_and_a_gold_party():
    agreements = [
        {"title": "Trade pact", "date": "2031-01-01", "parties": ["us"]},  # no date check
        {"title": "Trade pact", "parties": ["ana-li"]},  # not a gold party
        {"title": "Memorandum", "topics": ["port"], "parties": []},  # also valid, no parties asked
        {"title": "Memorandum", "parties": ["us"], "evidence": ev("trade")},  # the word only in evidence
    ]
    result = score(EXHAUSTIVE, briefing(agreements=agreements), TEXTS)
    assert result.metrics["agreement_precision"] == 0.5
    assert result.wrong["agreements"] == ["Trade pact [ana-li]", "Memorandum [us]"]


def test_figures_match_on_what_is_counted_and_a_shared_number():
    gold = {
        **GOLD,
        "exhaustive": True,
        "figures": [
            {"what": "people killed", "values": ["five", "7 (later reports)"], "keywords": ["killed"]},
            {"what": "containers", "values": ["over 11,000 containers"], "keywords": ["container"]},
            {"what": "length of the visit", "values": ["two-day"], "keywords": ["visit"]},
        ],
    }
    figures = [
        {"what": "people killed", "value": "5"},  # "five" is 5
        {"what": "killed", "value": "seven", "qualifier": "later"},  # "7" is seven
        {"what": "containers of ammunition", "value": "11,000"},
        {"what": "people injured", "value": "5"},  # the number, not the thing counted
    ]
    result = score(gold, briefing(figures=figures), TEXTS)
    assert result.metrics["figure_recall"] == 2 / 3
    assert result.metrics["figure_precision"] == 0.75
    assert result.wrong["figures"] == ["people injured: 5"]
    # Figures are scored for recall without exhaustive: true, precision only with it.
    plain = score({**gold, "exhaustive": False}, briefing(figures=figures), TEXTS)
    assert "figure_recall" in plain.metrics and "figure_precision" not in plain.metrics


def test_the_report_prints_what_is_not_in_the_gold():
    actors = [{"id": f"x{i}", "name": f"Stranger {i}"} for i in range(14)]
    out = io.StringIO()
    report(score(EXHAUSTIVE, briefing(actors=actors), TEXTS), out)
    lines = out.getvalue().splitlines()
    wrong = next(line for line in lines if line.startswith("not in gold (actors"))
    assert wrong.startswith("not in gold (actors, first 12 of 14): Stranger 0; Stranger 1;")
    assert "Stranger 12" not in wrong
    assert "actor_precision=0.00" in lines[-1] and "timeline_duplicates=0" in lines[-1]
    out = io.StringIO()
    report(score(EXHAUSTIVE, briefing(actors=actors[:2]), TEXTS), out)
    assert "not in gold (actors, 2): Stranger 0; Stranger 1\n" in out.getvalue()


def test_floors_are_checked_before_anything_is_extracted():
    check_floors({"timeline_duplicates": 0, "actor_precision": 0.5}, EXHAUSTIVE)
    with pytest.raises(BriefingError, match="unknown metric actor_recal;"):
        check_floors({"actor_recal": 0.9}, EXHAUSTIVE)
    with pytest.raises(BriefingError, match="figure metrics need a gold file that lists figures"):
        check_floors({"figure_recall": 0.5}, EXHAUSTIVE)


@pytest.mark.slow
def test_the_seeds_meet_the_quality_bars(shared_dir: Path, capsys: pytest.CaptureFixture[str]):
    # What the seeds score against the exhaustive gold (../shared/eval/seeds.gold.yaml) today,
    # rounded down; raised as the precision work lands. Junk is a ceiling.
    floors = {
        "actor_recall": 0.9,
        "actor_role_acc": 0.95,
        "actor_kind_acc": 0.95,
        "junk_actors": 0,  # issue 14: 2 -> 0 (outlets cited by name, "according to Sputnik")
        # 0.89 -> 0.83 and stance 0.92 -> 0.83 when the stance phrases only the seeds use ("null
        # and void", "axis of", "propped up", "reliable partners") left the lexicon (issue 14);
        # back to 0.89 and 0.88 with reported words that go on in the next sentence (issue 15).
        "reaction_recall": 0.85,
        "agreement_recall": 0.95,
        "timeline_recall": 0.95,  # 1.00: an undated source dated by the main event
        "evidence_verbatim": 1.0,
        # Precision, the same way (duplicates a ceiling): 0.88, 0.92, 0.83, 0.89, 2, 1.00 today.
        "actor_precision": 0.92,  # issue 14: 0.89 -> 0.93
        # issue 15: 0.92 -> 0.95 -> 0.97 -> 1.00 (a pledge to his own side is not his), stance 0.83 -> 0.92
        "reaction_precision": 0.99,
        "reaction_stance_acc": 0.92,  # 0.96 today (rea12: the stance margin at VADER's neutral band)
        "timeline_precision": 0.88,  # 0.90 today
        "timeline_duplicates": 2,
        "agreement_precision": 1.0,
        # Figures: 0.07 and 0.11 today (0.14 before session 13's serial figures: "his third
        # international trip" and "his fifth term" are gold figures, but keyed on "third" and
        # "fifth term", which their `what` does not carry). Most of the gold's figure keywords
        # are the values themselves ("11,000", "two-day", "40 percent") or years and times,
        # which no `what` (what is counted) carries; the floors guard against losing what does match.
        "figure_recall": 0.05,
        "figure_precision": 0.1,
    }
    root = Path(__file__).resolve().parents[1]
    code = run(shared_dir / "eval" / "seeds.gold.yaml", root / "seeds", floors)
    assert code == 0, capsys.readouterr().out
