"""``briefing check``: broken YAML gives one line per problem naming the file and the field."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml

from generator.cli import main
from generator.errors import DataError
from generator.merge.actors import merge
from generator.quality.check import SCHEMA_PATH, check
from generator.records import Actor, Agreement, ArticleRecords, Evidence, Reaction, TimelineEvent
from generator.store import data_files, write_files
from tests.conftest import ROOT, make_article

SENTENCES = ("Ana Li arrived in Sylvania on Thursday.", "Li and Bo Chen signed a trade pact.")


@pytest.fixture
def data_dir(tmp_path):
    """A valid data folder as ``briefing extract`` writes it."""
    e0, e1 = Evidence("s1", SENTENCES[0], 0), Evidence("s1", SENTENCES[1], 1)
    article = make_article(" ".join(SENTENCES), id="s1")
    rec = ArticleRecords(
        article,
        (SENTENCES,),
        (
            Actor("ana-li", "Ana Li", "person", mentions=2, sources=("s1",), evidence=(e0,)),
            Actor("bo-chen", "Bo Chen", "person", mentions=1, sources=("s1",), evidence=(e1,)),
        ),
        agreements=(
            Agreement(
                "trade-pact", "Trade pact", (), ("ana-li", "bo-chen"), ("trade",), None, "signed", (e1,)
            ),
        ),
        reactions=(Reaction("ana-li-neutral-1", "ana-li", "neutral", summary="arrived", evidence=(e0,)),),
        timeline=(TimelineEvent("x", "2024-06-20", "day", "Ana Li arrived", ("ana-li",), (e0,)),),
    )
    folder = tmp_path / "data"
    write_files(data_files(merge([rec])), folder)
    return folder


def edit(path, change):
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))


def test_the_schema_is_valid_json_schema():
    schema = json.loads(SCHEMA_PATH.read_text())
    jsonschema.validators.validator_for(schema).check_schema(schema)


def test_the_generators_own_output_passes(data_dir):
    assert check(data_dir) == []


def test_shape_problems_name_the_file_and_the_field(data_dir):
    briefing = data_dir / "briefing.yaml"

    def damage(d):
        d["actors"][1]["kind"] = "persn"
        del d["agreements"][0]["status"]
        d["timeline"][0]["date"] = "Thursday"
        d["as_of"] = "June"

    edit(briefing, damage)
    problems = check(data_dir)
    assert problems == [
        f"{briefing}: as_of: 'June' is not a day as YYYY-MM-DD",
        f"{briefing}: actors[1].kind: 'persn' is not one of ['person', 'organization', 'country', 'group']",
        f"{briefing}: agreements[0]: 'status' is a required property",
        f"{briefing}: timeline[0].date: 'Thursday' is not a date as YYYY, YYYY-MM or YYYY-MM-DD "
        "(ISO 8601 at the precision known)",
    ]


def test_references_and_quotes_are_checked_against_the_data(data_dir):
    briefing = data_dir / "briefing.yaml"

    def damage(d):
        d["reactions"][0]["actor"] = "ana-lee"
        d["timeline"][0]["evidence"][0]["quote"] = "Ana Li left Sylvania on Friday."
        d["agreements"][0]["evidence"][0]["sentence"] = 0
        d["actors"][1]["id"] = "ana-li"

    edit(briefing, damage)
    problems = check(data_dir)
    assert f"{briefing}: reactions[0].actor: no actor has the id 'ana-lee'" in problems
    assert (
        f"{briefing}: timeline[0].evidence[0].quote: not found in the text of s1: "
        "'Ana Li left Sylvania on Friday.'" in problems
    )
    assert (
        f"{briefing}: agreements[0].evidence[0].sentence: sentence 0 of s1 does not hold the quote"
        in problems
    )
    assert f"{briefing}: actors[1].id: 'ana-li' is used twice" in problems


def test_a_broken_source_file_is_reported_and_the_rest_still_checked(data_dir):
    source = data_dir / "sources" / "s1.yaml"
    source.write_text("source: [unclosed\n")
    problems = check(data_dir)
    assert len(problems) >= 1
    assert problems[0].startswith(f"{source}: not valid YAML")


def test_missing_data_folder_is_an_error(tmp_path):
    with pytest.raises(DataError, match="briefing.yaml: missing"):
        check(tmp_path)


def test_cli_prints_problems_and_exits_1(data_dir, capsys):
    edit(data_dir / "briefing.yaml", lambda d: d["actors"][0].update(kind="alien"))
    code = main(["check", str(data_dir)])
    out, err = capsys.readouterr()
    assert code == 1
    assert out.strip().splitlines() == [
        f"{data_dir / 'briefing.yaml'}: actors[0].kind: 'alien' is not one of "
        "['person', 'organization', 'country', 'group']"
    ]
    assert "1 problem found" in err


def test_cli_checks_a_corrections_file_too(data_dir, tmp_path, capsys):
    fix = tmp_path / "corrections.yaml"
    fix.write_text("set:\n  - id: ana-li\n    stance: happy\n")
    assert main(["-q", "check", str(data_dir), "--corrections", str(fix)]) == 1
    out = capsys.readouterr().out
    assert (
        out.strip()
        == f"{fix}: set #1 (ana-li): stance: expected one of critical, supportive, neutral, got 'happy'"
    )


def test_cli_without_a_data_folder_exits_2(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nowhere")]) == 2
    assert "nowhere" in capsys.readouterr().err


def test_committed_seed_data_passes_when_present():
    data = ROOT / "site_src" / "data"
    if not (data / "briefing.yaml").is_file():
        pytest.skip("site_src/data is not generated yet (run `make site`)")
    assert check(data) == []
