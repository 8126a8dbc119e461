"""The whole job on the built-in seeds: YAML, pages, search index, PDF — and the committed copy.

One build per test session (module fixture); the second build checks byte-identical output.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from tests.conftest import ROOT

pytestmark = pytest.mark.slow

SECTIONS = ["Actors", "Agreements", "Reactions", "Timeline", "Sources"]


def run_build(out: Path) -> Path:
    code = main(
        [
            "-q",
            "build",
            "--seeds",
            str(ROOT / "seeds"),
            "--site-src",
            str(out / "site_src"),
            "--site",
            str(out / "site"),
            "--config",
            str(ROOT / "mkdocs.yml"),
        ]
    )
    assert code == 0
    return out


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return run_build(tmp_path_factory.mktemp("build"))


def files_of(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_yaml_follows_the_contract(built):
    data = yaml.safe_load((built / "site_src/data/briefing.yaml").read_text())
    assert data["schema_version"] == 1
    assert str(data["as_of"]) == "2024-06-20"
    assert len(data["sources"]) == 5
    for section in ("actors", "agreements", "reactions", "timeline"):
        assert data[section], f"no {section} extracted from the seeds"
    for section in ("agreements", "reactions", "timeline"):
        for item in data[section]:
            assert item["evidence"], f"{section} item {item['id']} has no evidence"
    ids = [a["id"] for a in data["actors"]]
    assert len(ids) == len(set(ids))
    for source in data["sources"]:
        per_source = yaml.safe_load((built / f"site_src/data/sources/{source['id']}.yaml").read_text())
        assert per_source["source"]["id"] == source["id"]


def test_every_evidence_quote_is_verbatim(built):
    data = yaml.safe_load((built / "site_src/data/briefing.yaml").read_text())
    texts = {p.stem: " ".join(p.read_text().split()) for p in (ROOT / "seeds").glob("*.txt")}
    for section in ("actors", "agreements", "reactions", "timeline"):
        for item in data[section]:
            for ev in item["evidence"]:
                assert " ".join(ev["quote"].split()) in texts[ev["source"]], (section, ev)


def test_pages_and_search_index(built):
    site = built / "site"
    for page in [
        "index.html",
        "actors/index.html",
        "agreements/index.html",
        "reactions/index.html",
        "timeline/index.html",
        "sources/index.html",
    ]:
        assert (site / page).is_file(), page
    index = json.loads((site / "search/search_index.json").read_text())
    text = " ".join(doc["title"] + " " + doc["text"] for doc in index["docs"])
    assert "Vladimir Putin" in text
    assert "platform" in text  # a word from a quoted reaction


def test_pdf_has_every_section(built):
    pdf = built / "site/briefing.pdf"
    assert pdf.is_file()
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (Debian poppler-utils) is not installed; `make test` installs it")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for section in SECTIONS:
        assert section in text
    assert "Vladimir Putin" in text


def test_same_articles_give_byte_identical_output(built, tmp_path):
    again = run_build(tmp_path)
    assert files_of(again / "site_src") == files_of(built / "site_src")
    assert (again / "site/briefing.pdf").read_bytes() == (built / "site/briefing.pdf").read_bytes()


def test_committed_site_src_is_what_the_seeds_give(built):
    """The repository carries the seeds' generated briefing so reviews show its diff; keep it fresh."""
    committed, fresh = files_of(ROOT / "site_src"), files_of(built / "site_src")
    stale = sorted(k for k in committed.keys() | fresh.keys() if committed.get(k) != fresh.get(k))
    assert not stale, f"site_src/ is stale: run `make site` and commit it ({stale[:5]})"


def test_seeds_score(built, shared_dir):
    """The shared scorer on the seeds: every evidence quote verbatim, no junk actors."""
    done = subprocess.run(
        [
            sys.executable,
            str(shared_dir / "eval/score.py"),
            str(shared_dir / "eval/seeds.gold.yaml"),
            str(built / "site_src/data/briefing.yaml"),
            str(ROOT / "seeds"),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    metrics = json.loads(done.stdout[done.stdout.index("{") : done.stdout.rindex("}") + 1])
    assert metrics["evidence_verbatim"] == 1.0
    assert metrics["items_with_evidence"] == 1.0
