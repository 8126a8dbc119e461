"""Whether a briefing opens with the right happening: ``briefing evaluate``'s main-event metrics.

The gold's ``main_event`` (date, keywords, doers) is what a careful reader names first; every
corpus gold file carries one, the seeds' is ``tests/data/seeds.main_event.yaml``. The corpus
events' scores are in the README (Quality); here the metric itself is tested, and the seeds,
which the rules were tuned on, must open with their main event.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator import store
from generator.build import extract_folder
from generator.errors import BriefingError
from generator.quality.evaluate import check_floors, load_gold, score
from generator.quality.main_event import score_main_event
from generator.quality.matching import norm, output_names

DATA = Path(__file__).parent / "data"
GOLD = {"main_event": {"date": "2024-06-20", "also_dates": ["2024-06-19"], "keywords": ["arriv", "visit"],
                       "actors": ["Ana Li"]}}  # fmt: skip
ACTORS = [{"id": "ana-li", "name": "Ana Li", "aliases": ["Li"]}, {"id": "bo-chen", "name": "Bo Chen"}]


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        # the happening, on its day, by its doer
        ({"date": "2024-06-20", "summary": "Ana Li arrived in Oakvale", "actors": ["ana-li"]}, (1, 1, 1, 1)),
        # another date a careful reader could give (a time zone apart)
        ({"date": "2024-06-19", "summary": "Li arrived", "actors": ["ana-li"]}, (1, 1, 1, 1)),
        # the right day, another happening, another doer
        ({"date": "2024-06-20", "summary": "Bo Chen said the talks went well", "actors": ["bo-chen"]},
         (0, 1, 0, 0)),
        # a month where the day is known is not the date
        ({"date": "2024-06", "summary": "Ana Li visited Northtown", "actors": ["ana-li"]}, (0, 0, 1, 1)),
        # no event at all
        (None, (0, 0, 0, 0)),
    ],
)  # fmt: skip
def test_the_main_event_is_scored_by_date_happening_and_doer(event, expected):
    m = score_main_event(GOLD, {"event": event, "actors": ACTORS}, output_names(ACTORS))
    got = tuple(int(m[k]) for k in ("main_event", "main_event_date", "main_event_what", "main_event_who"))
    assert got == expected


def test_a_happening_without_a_doer_needs_none():
    gold = {"main_event": {"date": "2016-11-09", "keywords": ["derail"], "actors": []}}
    event = {"date": "2016-11-09", "summary": "A tram derailed", "actors": []}
    assert score_main_event(gold, {"event": event}, output_names([]))["main_event_who"] == 1.0


def test_evaluate_scores_the_main_event_only_when_the_gold_gives_one():
    briefing = {
        "event": {"date": "2024-06-20", "summary": "Ana Li arrived", "actors": ["ana-li"]},
        "actors": ACTORS,
    }
    assert score(GOLD, briefing, {}).metrics["main_event"] == 1.0
    assert "main_event" not in score({}, briefing, {}).metrics
    with pytest.raises(BriefingError, match="main event metrics need a gold file with a main_event"):
        check_floors({"main_event": 1.0}, {})


def test_every_corpus_gold_file_gives_a_main_event():
    for path in sorted((DATA / "gold").glob("*.gold.yaml")):
        event = load_gold(path).get("main_event")
        assert isinstance(event, dict) and event.get("date") and event.get("keywords"), path.name
        named = {
            norm(n) for a in load_gold(path).get("actors", []) for n in [a["name"], *(a.get("aliases") or [])]
        }
        named |= {norm(n) for a in load_gold(path).get("also_valid_actors", []) for n in [a["name"]]}
        assert {norm(a) for a in event.get("actors") or []} <= named, path.name


@pytest.mark.slow
def test_the_seeds_open_with_their_main_event():
    root = Path(__file__).resolve().parents[1]
    gold = yaml.safe_load((DATA / "seeds.main_event.yaml").read_text(encoding="utf-8"))
    briefing = store.data_mappings(extract_folder(root / "seeds", use_cache=False).briefing)[
        store.BRIEFING_FILE
    ]
    m = score_main_event(gold, briefing, output_names(briefing["actors"]))
    assert m["main_event"] == 1.0 and m["main_event_who"] == 1.0, briefing.get("event")
