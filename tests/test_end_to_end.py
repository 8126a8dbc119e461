"""The whole job on the built-in seeds: YAML, pages, search index, PDF — and the committed copy.

One build per test session (module fixture); a second build, without the cache, checks
byte-identical output. The safe-write tests fail a build half-way and need no MkDocs run.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.errors import BuildError
from generator.site import mkdocs_build as site
from tests.conftest import ROOT

slow = pytest.mark.slow

SECTIONS = ["Actors", "Agreements", "Reactions", "Timeline", "Sources"]


def run_build(out: Path, *extra: str) -> Path:
    code = main(
        [
            "-q",
            "build",
            *extra,
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
def cache_dir(tmp_path_factory) -> Path:
    """The extraction cache of this module's builds, away from the user's own."""
    folder = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BRIEFING_CACHE_DIR", str(folder))
        yield folder


@pytest.fixture(scope="module")
def built(tmp_path_factory, cache_dir) -> Path:
    return run_build(tmp_path_factory.mktemp("build"))


def files_of(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@slow
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


@slow
def test_every_evidence_quote_is_verbatim(built):
    data = yaml.safe_load((built / "site_src/data/briefing.yaml").read_text())
    texts = {p.stem: " ".join(p.read_text().split()) for p in (ROOT / "seeds").glob("*.txt")}
    for section in ("actors", "agreements", "reactions", "timeline"):
        for item in data[section]:
            for ev in item["evidence"]:
                assert " ".join(ev["quote"].split()) in texts[ev["source"]], (section, ev)


@slow
def test_pages_and_search_index(built):
    site = built / "site"
    for page in [
        "index.html",
        "actors.html",
        "agreements.html",
        "reactions.html",
        "timeline.html",
        "sources/index.html",
    ]:
        assert (site / page).is_file(), page
    index = json.loads((site / "search/search_index.json").read_text())
    text = " ".join(doc["title"] + " " + doc["text"] for doc in index["docs"])
    assert "Vladimir Putin" in text
    assert "platform" in text  # a word from a quoted reaction


@slow
def test_pdf_has_every_section(built):
    pdf = built / "site/briefing.pdf"
    assert pdf.is_file()
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (Debian poppler-utils) is not installed; `make test` installs it")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for section in SECTIONS:
        assert section in text
    assert "Vladimir Putin" in text


@slow
def test_same_articles_give_byte_identical_output(built, tmp_path):
    """YAML, pages, the whole HTML site and the PDF, from a build that extracts everything afresh."""
    again = run_build(tmp_path, "--no-cache")
    assert files_of(again / "site_src") == files_of(built / "site_src")
    first, second = files_of(built / "site"), files_of(again / "site")
    assert sorted(first) == sorted(second)
    assert [name for name in sorted(first) if first[name] != second[name]] == []


@slow
def test_the_site_carries_the_briefings_date_not_the_clocks(built):
    """MkDocs stamps the build day into the sitemap's gzip header; it must be the as-of day."""
    header = (built / "site/sitemap.xml.gz").read_bytes()[:8]
    as_of = dt.datetime(2024, 6, 20, tzinfo=dt.UTC).timestamp()
    assert int.from_bytes(header[4:8], "little") == as_of


@slow
def test_seed_data_passes_check(built):
    assert main(["check", str(built / "site_src/data")]) == 0


@slow
def test_committed_site_src_is_what_the_seeds_give(built):
    """The repository carries the seeds' generated briefing so reviews show its diff; keep it fresh."""
    committed = files_of(ROOT / "site_src")
    fresh = files_of(built / "site_src")
    stale = sorted(k for k in committed.keys() | fresh.keys() if committed.get(k) != fresh.get(k))
    assert not stale, f"site_src/ is stale: run `make site` and commit it ({stale[:5]})"


@slow
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


# ----------------------------------------------------------------------------- safe writes


@pytest.fixture
def earlier_build(tmp_path, monkeypatch) -> tuple[Path, dict[str, bytes]]:
    """One small article, and the output of an earlier build to protect (with a bystander beside it)."""
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(
        "Ana Li arrived in Sylvania on Monday, officials said.\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    (out / "site_src/data").mkdir(parents=True)
    (out / "site_src/data/briefing.yaml").write_text("title: earlier\n")
    (out / "site_src/index.md").write_text("# Earlier\n")
    (out / "site").mkdir()
    (out / "site/sitemap.xml").write_text("<urlset/>")
    (out / "site/index.html").write_text("<h1>Earlier</h1>")
    (out / "notes.txt").write_text("not the generator's")
    return tmp_path, files_of(out)


def build_small(root: Path, config: Path | None = None) -> int:
    return main(
        [
            "-q",
            "build",
            "--seeds",
            str(root / "articles"),
            "--site-src",
            str(root / "out/site_src"),
            "--site",
            str(root / "out/site"),
            "--config",
            str(config or ROOT / "mkdocs.yml"),
            "--no-pdf",
        ]
    )


def test_a_broken_mkdocs_config_leaves_the_earlier_output_as_it_was(nlp, earlier_build, capsys):
    root, before = earlier_build
    (root / "mkdocs.yml").write_text("site_name: x\ntheme:\n  name: no-such-theme\n")
    assert build_small(root, root / "mkdocs.yml") == 2
    assert "MkDocs" in capsys.readouterr().err
    assert files_of(root / "out") == before  # nothing replaced, no temporary folder left behind
    assert sorted(p.name for p in (root / "out").iterdir()) == ["notes.txt", "site", "site_src"]


@pytest.mark.parametrize("failure", [BuildError("PDF printer on fire"), KeyboardInterrupt()])
def test_a_build_failing_after_the_site_was_written_leaves_the_earlier_output(
    nlp, earlier_build, monkeypatch, capsys, failure
):
    root, before = earlier_build

    def half_a_site(docs_dir: Path, site_dir: Path, config_file: Path, **options: object) -> None:
        assert (docs_dir / "data/briefing.yaml").is_file()  # the new YAML and pages were written...
        (site_dir / "index.html").write_text("<h1>Half</h1>")
        raise failure  # ... and then a later stage fails or the user presses Ctrl-C

    monkeypatch.setattr(site, "build_site", half_a_site)
    assert build_small(root) == 2
    err = capsys.readouterr().err
    assert "PDF printer on fire" in err or "interrupted; earlier output left as it was" in err
    assert files_of(root / "out") == before
    assert sorted(p.name for p in (root / "out").iterdir()) == ["notes.txt", "site", "site_src"]


def test_a_successful_build_replaces_only_its_own_folders(nlp, earlier_build, monkeypatch):
    root, before = earlier_build

    def new_site(docs_dir: Path, site_dir: Path, config_file: Path, **options: object) -> None:
        (site_dir / "index.html").write_text("new")

    monkeypatch.setattr(site, "build_site", new_site)
    assert build_small(root) == 0
    after = files_of(root / "out")
    assert after["notes.txt"] == before["notes.txt"]
    assert after["site/index.html"] == b"new" and "site/sitemap.xml" not in after
    assert b"earlier" not in after["site_src/data/briefing.yaml"]
    assert sorted(p.name for p in (root / "out").iterdir()) == ["notes.txt", "site", "site_src"]
