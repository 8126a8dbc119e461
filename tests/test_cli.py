"""The command line: every command has help, bad input gives one line and a non-zero exit."""

from __future__ import annotations

import subprocess
import sys

import pytest

from generator.cli import main

COMMANDS = ["extract", "build", "pdf", "serve", "check", "diff", "evaluate"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: briefing " + command)


def test_top_level_help_lists_every_command(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in COMMANDS:
        assert command in out


def test_python_dash_m_runs_the_same_cli():
    done = subprocess.run(
        [sys.executable, "-m", "generator", "--version"], capture_output=True, text=True, check=True
    )
    assert done.stdout.startswith("briefing ")


def test_missing_articles_folder_is_one_line_without_traceback(tmp_path, capsys):
    code = main(["extract", str(tmp_path / "nope"), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 2
    assert "nope" in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("command", ["extract", "build"])
def test_extract_and_build_can_skip_the_cache(command, capsys):
    with pytest.raises(SystemExit):
        main([command, "--help"])
    assert "--no-cache" in capsys.readouterr().out


def test_evaluate_scores_a_folder_and_exits_1_below_a_floor(tmp_path, capsys):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(
        "Minister meets envoy\n\nPublished June 20, 2024\n\n"
        "Trade Minister Ana Li of Freedonia met the envoy of Sylvania in Paris on Tuesday.\n",
        encoding="utf-8",
    )
    gold = tmp_path / "gold.yaml"
    gold.write_text("actors:\n  - {name: Ana Li, kind: person}\n  - {name: Bo Chen, kind: person}\n")
    assert main(["-q", "evaluate", str(gold), str(articles), "--min", "actor_recall=0.5"]) == 0
    assert "actor_recall=0.50" in capsys.readouterr().out
    assert main(["-q", "evaluate", str(gold), str(articles), "--min", "actor_recall=0.9"]) == 1
    assert "below the floor: actor_recall=0.50<0.9" in capsys.readouterr().out
    assert main(["-q", "evaluate", str(gold), str(articles), "--min", "actor_recal=0.9"]) == 2
    assert "unknown metric actor_recal" in capsys.readouterr().err


def test_build_refuses_to_replace_a_folder_it_does_not_own(tmp_path, capsys):
    mine = tmp_path / "notes"
    mine.mkdir()
    (mine / "todo.txt").write_text("keep me")
    (tmp_path / "articles").mkdir()
    code = main(
        [
            "build",
            "--seeds",
            str(tmp_path / "articles"),
            "--site-src",
            str(mine),
            "--site",
            str(tmp_path / "site"),
        ]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert "refusing to replace it" in err and len(err.strip().splitlines()) == 1
    assert (mine / "todo.txt").read_text() == "keep me"


def test_build_refuses_an_output_folder_that_holds_the_articles(tmp_path, capsys):
    articles = tmp_path / "project" / "articles"
    articles.mkdir(parents=True)
    code = main(["build", "--seeds", str(articles), "--site-src", str(tmp_path / "project")])
    assert code == 2
    assert "would replace the articles folder" in capsys.readouterr().err
    assert articles.is_dir()
