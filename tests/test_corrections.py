"""Analysts' corrections: every kind applies, and what cannot apply is reported by file and entry."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from generator import corrections
from generator.cli import main
from generator.errors import DataError
from generator.records import (
    Actor,
    Agreement,
    ArticleRecords,
    Briefing,
    Evidence,
    Reaction,
    TimelineEvent,
)
from tests.conftest import make_article

TEXT_A = (
    "President Ana Li of Freedonia met Prime Minister Bo Chen in Sylvania on Monday.\n\n"
    "The two leaders signed a trade pact. Li said the pact was “a new beginning”.\n\n"
    "Critics in the opposition called the visit a mistake."
)
TEXT_B = "Freedonia's leader Li arrived in Sylvania on June 17, officials said."
SENTENCES_A = [
    "President Ana Li of Freedonia met Prime Minister Bo Chen in Sylvania on Monday.",
    "The two leaders signed a trade pact.",
    "Li said the pact was “a new beginning”.",
    "Critics in the opposition called the visit a mistake.",
]


def ev(source: str, quote: str, sentence: int | None = 0) -> tuple[Evidence, ...]:
    return (Evidence(source, quote, sentence),)


def actor(id: str, name: str, kind: str = "person", mentions: int = 1, **kw) -> Actor:
    return Actor(
        id=id, name=name, kind=kind, mentions=mentions, sources=("a",), evidence=ev("a", SENTENCES_A[0]), **kw
    )


@pytest.fixture
def briefing() -> Briefing:
    a = make_article(TEXT_A, id="a")
    b = make_article(TEXT_B, dt.date(2024, 6, 18), id="b")
    recs = (
        ArticleRecords(a, ((SENTENCES_A[0],), tuple(SENTENCES_A[1:3]), (SENTENCES_A[3],))),
        ArticleRecords(b, ((TEXT_B,),)),
    )
    return Briefing(
        title="Li visits Sylvania",
        as_of=dt.date(2024, 6, 20),
        articles=(a, b),
        actors=(
            actor("freedonia", "Freedonia", "country", 3, aliases=("Freedonian",)),
            actor("ana-li", "Ana Li", mentions=2, role="President", affiliation="freedonia", aliases=("Li",)),
            actor("sylvania", "Sylvania", "country", 2),
            actor("bo-chen", "Bo Chen", role="Prime Minister"),
            actor("li", "Li", mentions=1),
        ),
        agreements=(
            Agreement(
                "trade-pact",
                "Trade pact",
                ("freedonia", "sylvania"),
                ("ana-li", "bo-chen"),
                ("trade",),
                "2024-06-17",
                "signed",
                ev("a", SENTENCES_A[1], 1),
            ),
        ),
        reactions=(
            Reaction(
                "ana-li-supportive-1",
                "ana-li",
                "supportive",
                ("bo-chen",),
                "a new beginning",
                None,
                "2024-06-17",
                ev("a", SENTENCES_A[2], 2),
            ),
            Reaction("li-supportive-1", "li", "supportive", (), None, "Li arrived", None, ev("b", TEXT_B)),
        ),
        timeline=(  # in merge's order: date, precision, label
            TimelineEvent(
                "2024-06-17-li-arrives", "2024-06-17", "day", "Li arrives", ("li",), ev("b", TEXT_B)
            ),
            TimelineEvent(
                "2024-06-17-li-meets-chen",
                "2024-06-17",
                "day",
                "Li meets Chen",
                ("ana-li", "bo-chen"),
                ev("a", SENTENCES_A[0]),
            ),
        ),
        per_source=recs,
    )


def apply(briefing: Briefing, text: str, tmp_path) -> tuple[Briefing, list[str]]:
    path = tmp_path / "corrections.yaml"
    path.write_text(text, encoding="utf-8")
    return corrections.apply_file(path, briefing)


def by_id(items, item_id):
    return next(x for x in items if x.id == item_id)


def test_no_file_changes_nothing(briefing, tmp_path):
    assert corrections.apply_file(tmp_path / "corrections.yaml", briefing) == (briefing, [])


def test_rename_gives_name_id_and_alias_and_references_follow(briefing, tmp_path):
    fixed, problems = apply(
        briefing,
        "rename:\n  - actor: Bo Chen\n    name: Bo Chen-Wu\nset:\n  - id: bo-chen\n    role: Premier\n",
        tmp_path,
    )
    assert problems == []
    chen = by_id(fixed.actors, "bo-chen-wu")
    assert chen.name == "Bo Chen-Wu"
    assert "Bo Chen" in chen.aliases
    assert chen.role == "Premier"  # the old id still finds the actor in later entries
    assert "bo-chen" not in {a.id for a in fixed.actors}
    assert fixed.agreements[0].signatories == ("ana-li", "bo-chen-wu")
    assert fixed.reactions[0].about == ("bo-chen-wu",)
    assert by_id(fixed.timeline, "2024-06-17-li-meets-chen").actors == ("ana-li", "bo-chen-wu")


def test_merge_folds_actors_into_one_and_moves_their_items(briefing, tmp_path):
    fixed, problems = apply(briefing, "merge:\n  - into: ana-li\n    actors: [li]\n", tmp_path)
    assert problems == []
    li = by_id(fixed.actors, "ana-li")
    assert li.mentions == 3
    assert "li" not in {a.id for a in fixed.actors}
    assert {r.actor for r in fixed.reactions} == {"ana-li"}
    assert by_id(fixed.timeline, "2024-06-17-li-arrives").actors == ("ana-li",)


def test_set_role_and_fix_dates(briefing, tmp_path):
    fixed, problems = apply(
        briefing,
        "set:\n"
        "  - id: Bo Chen\n    role: Prime Minister of Sylvania\n"
        "  - id: 2024-06-17-li-arrives\n    date: 2024-06\n"
        "  - id: trade-pact\n    date: 2024-06-18\n    status: agreed\n",
        tmp_path,
    )
    assert problems == []
    assert by_id(fixed.actors, "bo-chen").role == "Prime Minister of Sylvania"
    event = by_id(fixed.timeline, "2024-06-17-li-arrives")
    assert (event.date, event.precision) == ("2024-06", "month")
    assert [e.id for e in fixed.timeline][0] == "2024-06-17-li-arrives"  # re-sorted: the month sorts first
    assert (fixed.agreements[0].date, fixed.agreements[0].status) == ("2024-06-18", "agreed")


def test_drop_an_item_and_an_actor_with_its_references(briefing, tmp_path):
    fixed, problems = apply(
        briefing, "drop:\n  - trade-pact\n  - id: li\n    reason: same person\n", tmp_path
    )
    assert problems == []
    assert fixed.agreements == ()
    assert "li" not in {a.id for a in fixed.actors}
    assert [r.id for r in fixed.reactions] == ["ana-li-supportive-1"]  # Li's reaction went with Li
    assert by_id(fixed.timeline, "2024-06-17-li-arrives").actors == ()


def test_add_items_with_verbatim_evidence(briefing, tmp_path):
    fixed, problems = apply(
        briefing,
        """
add:
  actors:
    - name: Opposition
      kind: group
      evidence: [{source: a, quote: "Critics in the opposition called the visit a mistake."}]
  reactions:
    - actor: Opposition
      stance: critical
      about: [Ana Li]
      summary: called the visit a mistake
      evidence: [{source: a, quote: "Critics in the   opposition called the visit a mistake."}]
  timeline:
    - date: 2024-06-17
      event: Li arrives in Sylvania
      actors: [ana-li]
      evidence: [{source: b, quote: "Freedonia's leader Li arrived in Sylvania on June 17"}]
""",
        tmp_path,
    )
    assert problems == []
    group = by_id(fixed.actors, "opposition")
    assert (group.kind, group.sources) == ("group", ("a",))
    reaction = by_id(fixed.reactions, "opposition-critical-1")
    assert reaction.about == ("ana-li",)
    assert reaction.evidence[0].sentence == 3  # the anchor on the source page
    event = by_id(fixed.timeline, "2024-06-17-li-arrives-in-sylvania")
    assert event.precision == "day"
    assert event.evidence == (Evidence("b", "Freedonia's leader Li arrived in Sylvania on June 17", 0),)


def test_evidence_that_is_not_in_the_article_is_refused(briefing, tmp_path):
    fixed, problems = apply(
        briefing,
        "add:\n  agreements:\n    - title: Defence pact\n"
        "      evidence: [{source: a, quote: The two leaders signed a defence pact.}]\n",
        tmp_path,
    )
    assert len(fixed.agreements) == 1
    assert problems == [
        f"{tmp_path / 'corrections.yaml'}: add.agreements #1 (Defence pact): evidence quote is not verbatim "
        "in a: 'The two leaders signed a defence pact.'"
    ]


def test_corrections_that_match_nothing_are_reported_and_the_rest_apply(briefing, tmp_path):
    fixed, problems = apply(
        briefing,
        "set:\n  - id: nobody\n    role: Spy\n  - id: ana-li\n    role: Head of State\n"
        "drop:\n  - no-such-event\nrename:\n  - actor: Zed\n    name: Zed Zee\n",
        tmp_path,
    )
    path = tmp_path / "corrections.yaml"
    assert problems == [
        f"{path}: rename #1 (Zed): no actor has the id, name or alias 'Zed'",
        f"{path}: set #1 (nobody): nothing has the id 'nobody' among actors, agreements, reactions "
        "and timeline",
        f"{path}: drop #1 (no-such-event): nothing has the id 'no-such-event' among actors, agreements, "
        "reactions and timeline",
    ]
    assert by_id(fixed.actors, "ana-li").role == "Head of State"


def test_malformed_entries_name_the_entry_and_the_field(briefing, tmp_path):
    _, problems = apply(
        briefing,
        "set:\n  - id: trade-pact\n    date: June 2024\n  - id: ana-li\n    rol: President\n"
        "add:\n  timeline:\n    - event: Something\n      evidence: []\nfix: {}\n",
        tmp_path,
    )
    text = "\n".join(problems)
    assert "unknown section 'fix'" in text
    assert (
        "set #1 (trade-pact): date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got 'June 2024'" in text
    )
    assert "set #2 (ana-li): unknown field 'rol'" in text
    assert "add.timeline #1 (Something): missing date" in text
    assert "add.timeline #1 (Something): evidence: expected a list of {source, quote} entries" in text
    assert all(line.startswith(str(tmp_path / "corrections.yaml") + ": ") for line in problems)


def test_a_field_that_does_not_belong_to_the_item_is_refused(briefing, tmp_path):
    fixed, problems = apply(briefing, "set:\n  - id: trade-pact\n    role: Treaty\n", tmp_path)
    assert fixed == briefing
    assert problems[0].endswith(
        "agreements have no settable role (settable: title, parties, signatories, topics, date, status)"
    )


def test_a_name_of_several_actors_asks_for_the_id(briefing, tmp_path):
    _, problems = apply(briefing, "set:\n  - id: Li\n    role: Leader\n", tmp_path)
    assert problems[0].endswith("'Li' names several actors (ana-li, li); use the id")


def test_unreadable_file_stops_the_build(briefing, tmp_path):
    (tmp_path / "corrections.yaml").write_text("set: [unclosed\n")
    with pytest.raises(DataError, match="corrections.yaml: not valid YAML"):
        corrections.apply_file(tmp_path / "corrections.yaml", briefing)


def test_check_file_reports_form_without_a_briefing(tmp_path):
    path = tmp_path / "corrections.yaml"
    path.write_text(yaml.safe_dump({"drop": ["x"], "merge": [{"into": "a"}]}))
    assert corrections.check_file(path) == [f"{path}: merge #1 (a): missing actors"]


def test_extract_applies_corrections_reports_stale_ones_and_never_writes_the_file(nlp, tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(TEXT_A, encoding="utf-8")
    fix = articles / "corrections.yaml"
    fix.write_text(
        "add:\n  agreements:\n    - title: Trade pact between Freedonia and Sylvania\n      status: signed\n"
        "      evidence: [{source: a, quote: The two leaders signed a trade pact.}]\n"
        "drop:\n  - not-there\n",
        encoding="utf-8",
    )
    before = (fix.read_bytes(), fix.stat().st_mtime_ns)
    code = main(["-q", "extract", str(articles), "--out", str(tmp_path / "data")])
    assert code == 1  # written, but one correction matched nothing
    data = yaml.safe_load((tmp_path / "data/briefing.yaml").read_text())
    titles = [a["title"] for a in data["agreements"]]
    assert "Trade pact between Freedonia and Sylvania" in titles
    assert (fix.read_bytes(), fix.stat().st_mtime_ns) == before


def test_the_readme_example_is_a_valid_corrections_file(tmp_path):
    """The format a user copies from the README parses without a problem."""
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    example = re.search(r"### Corrections.*?```yaml\n(.*?)```", readme, re.S)
    assert example, "README has no corrections example"
    path = tmp_path / corrections.FILE_NAME
    path.write_text(example.group(1), encoding="utf-8")
    assert corrections.check_file(path) == []
