"""Extraction over several processes: the same records as in one, in the same order."""

from __future__ import annotations

import pstats
from pathlib import Path

import pytest

from generator import store
from generator.build import extract_folder
from generator.cli import main
from generator.runtime import workers
from tests.conftest import ROOT, make_article


def test_chunks_keep_the_order_and_balance_the_text():
    articles = [make_article("word " * n, id=f"a{i}") for i, n in enumerate([50, 10, 10, 10, 60, 5, 5, 40])]
    parts = workers.chunks(articles, 3)
    assert [a for part in parts for a in part] == articles
    assert 1 < len(parts) <= 3
    sizes = [sum(len(a.text) for a in part) for part in parts]
    assert max(sizes) <= 2 * min(sizes) + 300
    assert workers.chunks([], 4) == [[]]


@pytest.fixture(scope="module")
def many_articles(tmp_path_factory) -> Path:
    """The seeds four times over (each copy made unique), enough for two processes to start."""
    folder = tmp_path_factory.mktemp("many")
    for n in range(4):
        for f in sorted((ROOT / "seeds").glob("*.txt")):
            text = f.read_text(encoding="utf-8")
            (folder / f"{n}-{f.name}").write_text(f"{text}\n\nCopy {n}.\n", encoding="utf-8")
    return folder


@pytest.mark.slow
def test_two_jobs_give_the_same_bytes_as_one(many_articles):
    assert len(list(many_articles.glob("*.txt"))) >= workers.MIN_ARTICLES_PER_JOB * 2
    one = extract_folder(many_articles, use_cache=False, jobs=1)
    two = extract_folder(many_articles, use_cache=False, jobs=2)
    assert store.data_files(one.briefing) == store.data_files(two.briefing)
    assert "parse + extract" in two.seconds and "parse" in one.seconds


def test_jobs_must_be_a_whole_number(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["build", "--jobs", "-1"])
    assert exit_info.value.code == 2
    assert "--jobs" in capsys.readouterr().err


def test_profile_writes_statistics_pstats_can_read(tmp_path, capsys):
    out = tmp_path / "check.prof"
    code = main(["--profile", str(out), "check", str(ROOT / "site_src" / "data")])
    assert code == 0
    assert pstats.Stats(str(out)).total_calls > 0
    assert "profile written to" in capsys.readouterr().err
