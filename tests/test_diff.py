"""``briefing diff``: a reviewer's summary of what changed between two briefings."""

from __future__ import annotations

import shutil

import pytest
import yaml

from generator.cli import main
from generator.quality.diff import compare, diff, render
from tests.conftest import ROOT


def ev(source, quote):
    return [{"source": source, "quote": quote, "sentence": 0}]


def briefing(**sections):
    base = {"schema_version": 1, "title": "T", "as_of": "2024-06-20", "sources": [{"id": "a", "title": "A"}]}
    base.update({k: [] for k in ("actors", "agreements", "reactions", "timeline")})
    base.update(sections)
    return base


def actor(id, name, aliases=(), **kw):
    return {"id": id, "name": name, "kind": "person", "aliases": list(aliases), "sources": ["a"], **kw}


def test_new_removed_and_changed_items_are_listed():
    old = briefing(
        actors=[actor("ana-li", "Ana Li", role=None), actor("bo-chen", "Bo Chen")],
        timeline=[
            {
                "id": "2024-06-17-x",
                "date": "2024-06-17",
                "event": "Li arrives",
                "evidence": ev("a", "Li came."),
            }
        ],
    )
    new = briefing(
        actors=[actor("ana-li", "Ana Li", role="President"), actor("cy-dee", "Cy Dee")],
        timeline=[
            {
                "id": "2024-06-17-x",
                "date": "2024-06-17",
                "event": "Li arrives",
                "evidence": ev("a", "Li came."),
            }
        ],
    )
    d = compare(old, new)["actors"]
    assert [a["id"] for a in d.added] == ["cy-dee"]
    assert [a["id"] for a in d.removed] == ["bo-chen"]
    assert [(n["id"], changes) for _, n, changes in d.changed] == [("ana-li", ["role: none → President"])]
    assert not compare(old, new)["timeline"].changed
    text = render(compare(old, new), old, new)
    assert "**Cy Dee** `cy-dee` — person" in text
    assert "| actors | 2 | 2 | 1 | 1 | 1 |" in text
    assert "### Timeline" not in text


def test_a_renamed_actor_is_one_change_not_a_removal_and_an_addition():
    old = briefing(actors=[actor("anthony-blinken", "Anthony Blinken")])
    new = briefing(actors=[actor("antony-blinken", "Antony Blinken", aliases=["Anthony Blinken"])])
    d = compare(old, new)["actors"]
    assert not d.added and not d.removed
    assert d.changed[0][2][0] == "id `anthony-blinken` → `antony-blinken`"


def test_renumbered_reactions_pair_by_their_evidence():
    r = lambda id, quote: {
        "id": id,
        "actor": "ana-li",
        "stance": "critical",
        "quote": quote,
        "evidence": ev("a", quote),
    }  # noqa: E731
    old = briefing(reactions=[r("ana-li-critical-1", "Bad."), r("ana-li-critical-2", "Worse.")])
    new = briefing(
        reactions=[
            r("ana-li-critical-1", "Awful."),
            r("ana-li-critical-2", "Bad."),
            r("ana-li-critical-3", "Worse."),
        ]
    )
    d = compare(old, new)["reactions"]
    assert [x["quote"] for x in d.added] == ["Awful."]
    assert not d.removed
    assert [c for _, _, c in d.changed] == [
        ["id `ana-li-critical-1` → `ana-li-critical-2`"],
        ["id `ana-li-critical-2` → `ana-li-critical-3`"],
    ]


def test_text_from_articles_cannot_become_markup():
    new = briefing(
        agreements=[
            {"id": "x", "title": "<script>alert(1)</script> *pact* | [link](http://x)", "evidence": []}
        ]
    )
    text = render(compare(briefing(), new), briefing(), new)
    assert "<script>" not in text
    assert "\\<script\\>" in text
    assert "\\*pact\\*" in text and "\\| \\[link\\]" in text


def test_identical_briefings_say_so():
    b = briefing(actors=[actor("ana-li", "Ana Li")])
    assert render(compare(b, b), b, b) == "## Briefing changes\n\nNo changes to the briefing.\n"


def test_two_real_data_folders(nlp, tmp_path, monkeypatch, capsys):
    """The seeds without one article, then with it: the diff names the new source and what it brought."""
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    fewer = tmp_path / "fewer"
    fewer.mkdir()
    for path in seeds[:-1]:
        shutil.copy(path, fewer / path.name)
    assert main(["-q", "extract", str(fewer), "--out", str(tmp_path / "old")]) == 0
    assert main(["-q", "extract", str(ROOT / "seeds"), "--out", str(tmp_path / "new")]) == 0
    capsys.readouterr()

    assert main(["diff", str(tmp_path / "old"), str(tmp_path / "new")]) == 0
    out = capsys.readouterr().out
    added = seeds[-1].stem
    assert out.startswith("## Briefing changes\n")
    assert f"`{added}`" in out.split("### Actors")[0]  # listed under new sources
    old = yaml.safe_load((tmp_path / "old/briefing.yaml").read_text())
    new = yaml.safe_load((tmp_path / "new/briefing.yaml").read_text())
    counts = f"| sources | {len(old['sources'])} | {len(new['sources'])} | 1 | 0 |"
    assert counts in out
    only_new = {a["id"] for a in new["actors"]} - {a["id"] for a in old["actors"]}
    for actor_id in sorted(only_new)[:3]:
        assert f"`{actor_id}`" in out
    # A data folder or its briefing.yaml: the same briefing.
    assert "No changes" in diff(tmp_path / "new", tmp_path / "new" / "briefing.yaml")


def test_missing_folder_is_one_line_and_exit_2(tmp_path, capsys):
    assert main(["diff", str(tmp_path / "old"), str(tmp_path / "new")]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "old" in err


@pytest.mark.parametrize("section", ["agreements", "timeline"])
def test_relabelled_items_pair_by_evidence(section):
    key = "title" if section == "agreements" else "event"
    old = briefing(
        **{section: [{"id": "road-map", key: "Road map", "date": "2024", "evidence": ev("a", "Q.")}]}
    )
    new = briefing(
        **{
            section: [
                {"id": "nuclear-road-map", key: "Nuclear road map", "date": "2024", "evidence": ev("a", "Q.")}
            ]
        }
    )
    d = compare(old, new)[section]
    assert not d.added and not d.removed
    assert d.changed[0][2] == ["id `road-map` → `nuclear-road-map`", f"{key}: Road map → Nuclear road map"]


def test_whats_new_is_what_only_the_latest_days_reports_carry():
    from generator.quality.diff import latest_news

    def src(i, day, **more):
        return {"id": i, "title": i, "published": day, **more}

    data = briefing(
        actors=[
            {"id": "old", "name": "Ada Old", "sources": ["a", "b"]},
            {"id": "minor", "name": "Minor Person", "sources": ["c"], "salient": False, "salience": 1},
            {"id": "new", "name": "Nia New", "sources": ["c"], "salient": True, "salience": 5},
        ],
        timeline=[{"id": "e1", "date": "2024-06-21", "event": "Talks collapsed", "evidence": ev("c", "x")}],
        figures=[{"id": "f1", "what": "dead", "value": "5", "evidence": ev("a", "y")}],
    )
    data["sources"] = [src("a", "2024-06-19"), src("b", "2024-06-21"), src("c", "2024-06-21")]
    assert latest_news(data) == [
        "reports of 21 June 2024: 2 of 3 dated sources",
        "actors: 2 new (Nia New, Minor Person)",  # the salient first
        "events: 1 new (2024-06-21 Talks collapsed)",
        "figures: none new",
    ]
    # One day only (or a day inferred from the other sources): nothing is new.
    data["sources"] = [
        src("a", "2024-06-21"),
        src("b", "2024-06-21"),
        src("c", "2024-06-19", published_inferred=True),
    ]
    assert latest_news(data) == []


def test_a_build_remembers_what_its_summary_reads_and_says_the_same(tmp_path, monkeypatch):
    """The end-of-build summary read from the remembered view of the previous data and read from
    its briefing.yaml say the same; the view is what is read once it is remembered."""
    from generator import build, store
    from generator.quality.diff import summary_view

    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    text = (ROOT / "site_src" / "data" / store.BRIEFING_FILE).read_text(encoding="utf-8")
    full = store.read_mapping(ROOT / "site_src" / "data" / store.BRIEFING_FILE)
    fewer = {**full, "actors": full["actors"][1:], "figures": full["figures"][:-1]}
    previous = tmp_path / "briefing.yaml"
    previous.write_text(store.dump_yaml(fewer), encoding="utf-8")

    def data(loaded, yaml_text):
        return build._Data(loaded, {}, {store.BRIEFING_FILE: yaml_text}, None)

    read_back = build._changes(previous, data(full, text), use_cache=False)
    assert "1 new (" in read_back[0] and "1 new (" in read_back[2], read_back
    build._changes(previous, data(fewer, previous.read_text()), use_cache=True)  # remembers it
    assert build._changes(previous, data(full, text), use_cache=True) == read_back
    # Remembered, the previous file's view comes from the memo, not from parsing it again.
    monkeypatch.setattr(store, "read_mapping", lambda path: pytest.fail("read back"))
    assert build._changes(previous, data(full, text), use_cache=True) == read_back
    assert summary_view(fewer) != summary_view(full)
