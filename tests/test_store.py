"""The YAML boundary: contract shape, key order, round trip and clear errors."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from generator.errors import DataError
from generator.merge.actors import merge
from generator.records import Actor, ArticleRecords, Evidence, TimelineEvent
from generator.store import (
    briefing_dict,
    data_files,
    data_mappings,
    dump_yaml,
    dump_yaml_by_item,
    load_data,
    read_mapping,
    write_files,
)
from tests.conftest import make_article

CONTRACT_KEYS = {
    "briefing": [
        "schema_version",
        "title",
        "as_of",
        "sources",
        "actors",
        "agreements",
        "reactions",
        "timeline",
    ],
    "source": ["id", "title", "outlet", "author", "published", "url", "words"],
    "actor": ["id", "name", "kind", "role", "affiliation", "aliases", "mentions", "sources", "evidence"],
    "event": ["id", "date", "precision", "event", "actors", "evidence"],
}


def small_briefing():
    e = Evidence("s1", "Ana Li arrived on Thursday.", 0)
    article = make_article("Ana Li arrived on Thursday.", id="s1")
    rec = ArticleRecords(
        article,
        (("Ana Li arrived on Thursday.",),),
        (Actor("ana-li", "Ana Li", "person", mentions=1, sources=("s1",), evidence=(e,)),),
        timeline=(TimelineEvent("x", "2024-06-20", "day", "Ana Li arrived", ("ana-li",), (e,)),),
    )
    return merge([rec])


def test_briefing_yaml_has_the_contract_keys_in_order():
    data = yaml.safe_load(dump_yaml(briefing_dict(small_briefing())))
    assert list(data)[: len(CONTRACT_KEYS["briefing"])] == CONTRACT_KEYS["briefing"]
    assert data["schema_version"] == 1
    assert str(data["as_of"]) == "2024-06-20"
    for key in CONTRACT_KEYS["source"]:
        assert key in data["sources"][0]
    assert list(data["actors"][0])[:9] == CONTRACT_KEYS["actor"]
    for key in CONTRACT_KEYS["event"]:
        assert key in data["timeline"][0]
    assert data["timeline"][0]["evidence"] == [
        {"source": "s1", "quote": "Ana Li arrived on Thursday.", "sentence": 0}
    ]


def test_data_files_round_trip(tmp_path):
    files = data_files(small_briefing())
    assert sorted(files) == ["briefing.yaml", "sources/s1.yaml"]
    write_files(files, tmp_path)
    briefing, sources = load_data(tmp_path)
    assert briefing["actors"][0]["name"] == "Ana Li"
    assert sources["s1"]["paragraphs"] == [["Ana Li arrived on Thursday."]]


def test_the_pages_are_rendered_from_exactly_what_the_yaml_loads_back(tmp_path):
    # build() renders from the in-memory mappings instead of parsing the YAML it just wrote: they
    # must be equal, value for value and type for type (a tuple would differ from a list).
    text = 'Ana Li said: "yes" — no: 2024-06-20\n# not a comment {{ 7*7 }}'
    e = Evidence("s1", text, 0)
    rec = ArticleRecords(
        make_article(text, id="s1"),
        ((text,),),
        (Actor("ana-li", "Ana Li", "person", mentions=1, sources=("s1",), evidence=(e,)),),
        timeline=(TimelineEvent("x", "2024-06-20", "day", "Ana Li arrived", ("ana-li",), (e,)),),
    )
    mappings = data_mappings(merge([rec]))
    write_files(data_files(merge([rec])), tmp_path)
    briefing, sources = load_data(tmp_path)
    assert briefing == mappings["briefing.yaml"]
    assert sources == {"s1": mappings["sources/s1.yaml"]}


def test_yaml_strings_that_look_like_other_types_stay_strings():
    text = dump_yaml(
        {"a": "yes", "b": "2024-06", "c": "1950", "d": "null", "e": "- x: y", "f": "!!python/object"}
    )
    assert yaml.safe_load(text) == {
        "a": "yes",
        "b": "2024-06",
        "c": "1950",
        "d": "null",
        "e": "- x: y",
        "f": "!!python/object",
    }


def test_broken_yaml_is_reported_with_the_file(tmp_path):
    (tmp_path / "briefing.yaml").write_text("title: [unclosed\n")
    with pytest.raises(DataError, match="briefing.yaml"):
        load_data(tmp_path)


def test_a_date_used_twice_is_written_out_twice_not_as_an_anchor():
    day = dt.date(2024, 6, 20)
    text = dump_yaml({"as_of": day, "sources": [{"published": day}]})
    assert "&" not in text and "*" not in text
    assert text.count("2024-06-20") == 2


def test_read_mapping_can_keep_dates_as_written(tmp_path):
    (tmp_path / "x.yaml").write_text("as_of: 2024-06-20\n")
    assert read_mapping(tmp_path / "x.yaml", dates_as_text=True) == {"as_of": "2024-06-20"}
    assert str(read_mapping(tmp_path / "x.yaml")["as_of"]) == "2024-06-20"


def test_corroboration_and_conflicts_follow_the_contract_fields():
    from generator.records import Agreement, Conflict
    from generator.store import agreement_dict, event_dict

    other = Evidence("s2", "Ana Li arrived on Wednesday.", 3)
    e = Evidence("s1", "Ana Li arrived on Thursday.", 0)
    event = TimelineEvent(
        "x",
        "2024-06-20",
        "day",
        "Ana Li arrived",
        ("ana-li",),
        (e,),
        1,
        (Conflict("2024-06-19", other, "day"),),
    )
    data = event_dict(event)
    assert list(data) == [*CONTRACT_KEYS["event"], "corroboration", "conflicts", "background"]
    assert data["corroboration"] == 1
    assert data["conflicts"] == [
        {"date": "2024-06-19", "precision": "day", "source": "s2", "quote": other.quote, "sentence": 3}
    ]
    ag = agreement_dict(Agreement("y", "Trade deal", evidence=(e,), conflicts=(Conflict("2024-06", other),)))
    assert list(ag)[-3:] == ["evidence", "corroboration", "conflicts"]
    assert ag["corroboration"] == 1  # never merged: counted from the evidence
    assert ag["conflicts"] == [{"date": "2024-06", "source": "s2", "quote": other.quote, "sentence": 3}]


def test_single_source_items_have_corroboration_one_and_no_conflicts():
    data = yaml.safe_load(dump_yaml(briefing_dict(small_briefing())))
    assert (data["timeline"][0]["corroboration"], data["timeline"][0]["conflicts"]) == (1, [])


def test_the_briefing_dumped_item_by_item_is_the_same_bytes():
    tricky = {
        "schema_version": 1,
        "title": "Summit: 'yes' or no?",
        "as_of": dt.date(2024, 6, 21),
        "sources": [],
        "key: with colon": [{"quote": "a\nb", "n": 1}, {"list": [], "empty": {}}],
        "actors": [{"id": "yes", "aliases": ["on", "null", "2024-06-21"]}, "plain"],
        "nested": {"a": [1, 2]},
    }
    made: list[object] = []

    def remembering(data):
        made.append(data)
        return dump_yaml(data)

    for data in (briefing_dict(small_briefing()), tricky):
        assert dump_yaml_by_item(data, remembering) == dump_yaml(data)
    assert [{"id": "yes", "aliases": ["on", "null", "2024-06-21"]}] in made  # one item at a time
