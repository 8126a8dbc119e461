"""Shared fixtures: one spaCy pipeline per test session, with its version pinned."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXPECTED_MODEL_VERSION = "3.8.0"


@pytest.fixture(scope="session")
def nlp():
    """The project's spaCy pipeline; a different model version fails loudly instead of drifting."""
    from generator import nlp as nlp_module

    pipeline = nlp_module.load()
    assert pipeline.meta["version"] == EXPECTED_MODEL_VERSION, (
        f"tests expect model version {EXPECTED_MODEL_VERSION}, got {pipeline.meta['version']}"
    )
    return pipeline


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the checkout (present in CI, absent in a user's clone)."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout (only CI and developers have it)")
    return SHARED


CHROMIUM_ENV = "BRIEFING_CHROMIUM"
BROWSER_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def chromium_path() -> str | None:
    """$BRIEFING_CHROMIUM, else Debian's /usr/bin/chromium (or another on PATH); None: Playwright's own."""
    for candidate in (os.environ.get(CHROMIUM_ENV), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium through Playwright, or a skip saying what is missing.

    Debian's ``chromium`` (installed by ``make test``) is used where it exists; on a system
    without it (GitHub's Ubuntu runners), the browser of ``playwright install chromium``.
    """
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    executable = chromium_path()
    with sync_api.sync_playwright() as pw:
        try:
            b = pw.chromium.launch(executable_path=executable, headless=True, args=BROWSER_FLAGS)
        except Exception as e:  # noqa: BLE001 - any launch failure means: cannot test here
            pytest.skip(
                f"no browser: install Debian's chromium (or run `playwright install chromium`): "
                f"{str(e).splitlines()[0]}"
            )
        yield b
        b.close()


@pytest.fixture(scope="module")
def figures_of(nlp):
    """The figures of one article's text: (what, qualifier, value, unit) each."""
    from generator.extract.actors.extract import extract_actors
    from generator.extract.figures import extract_figures

    def run(text: str) -> list[tuple[str, str | None, str, str | None]]:
        art = make_article(text, published=dt.date(2018, 1, 2), id="a")
        doc = nlp(text)
        actors, mentions = extract_actors(doc, art)
        return [(f.what, f.qualifier, f.value, f.unit) for f in extract_figures(doc, art, actors, mentions)]

    return run


def role_of(nlp, text: str, name: str) -> str | None:
    """The role the extractor gives the actor named ``name`` in ``text`` (which must name it)."""
    from generator.extract.pipeline import extract_article

    found = {a.name: a for a in extract_article(nlp(text), make_article(text)).actors}
    assert name in found, sorted(found)
    return found[name].role


def make_figure(value: str, unit: str, source: str, sentence: int, what: str, date: str = "2018-02-05"):
    """A one-source Figure for merge tests: ``value`` counted in ``unit`` (a number when it reads
    as one), keyed on the unit, its evidence sentence ``sentence`` of ``source``."""
    from generator.records import Evidence, Figure

    number = float(value) if value.replace(".", "", 1).isdigit() else None
    return Figure(
        id=unit[:1],
        what=what,
        value=value,
        qualifier=None,
        unit=unit,
        number=number,
        date=date,
        key=f"{unit.rstrip('s')}|count",
        evidence=(Evidence(source=source, quote=what, sentence=sentence),),
    )


def make_article(text: str, published: dt.date | None = dt.date(2024, 6, 20), id: str = "a1"):
    """An Article whose cleaned text is ``text`` itself, for extractor tests."""
    from generator.records import Article

    return Article(
        id=id,
        path=f"{id}.txt",
        title=None,
        outlet=None,
        author=None,
        published=published,
        url=None,
        text=text,
        source_text=text,
    )


def agreements_reader(nlp, cast_of):
    """``read(text, published)``: the agreements of one short text, its actors and their
    mentions given by ``cast_of(text)`` (each test module has its own cast)."""
    from generator.extract.agreements.extract import extract_agreements

    def read(text: str, published: dt.date | None = dt.date(2024, 6, 20)):
        actors, mentions = cast_of(text)
        return extract_agreements(nlp(text), make_article(text, published), actors, mentions)

    return read


@pytest.fixture(scope="session")
def seeds_site(tmp_path_factory) -> Path:
    """``briefing build`` of seeds/ into a temporary folder, once per session (the extraction
    cache helps)."""
    import time

    from generator.build import build
    from generator.config import Config

    out = tmp_path_factory.mktemp("seeds-build")
    config = Config(
        seeds=ROOT / "seeds", site_src=out / "site_src", site=out / "site", mkdocs_config=ROOT / "mkdocs.yml"
    )
    started = time.perf_counter()
    build(config)
    print(f"\nseeds site built in {time.perf_counter() - started:.1f} s: {out / 'site'}")
    return out / "site"


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory) -> Path:
    """Where the screenshots go: $BRIEFING_SCREENSHOTS (CI keeps test-artifacts/screenshots as an
    artifact) or a pytest tmp folder."""
    given = os.environ.get("BRIEFING_SCREENSHOTS")
    folder = Path(given) if given else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


CORPUS = "corpora/giveme5w1h-news-cluster"
EVENT_70 = 70
"""A 22-article event of the shared corpus (North Korea's missile over Japan, 2017): the size at
which a page that lists every record one by one grows past what a reader scrolls."""


@pytest.fixture(scope="session")
def event70_site(shared_dir, tmp_path_factory) -> Path:
    """``briefing build`` of EventId 70's articles, copied into a temporary folder, once."""
    from generator.build import build
    from generator.config import Config

    out = tmp_path_factory.mktemp("event70")
    articles = out / "articles"
    articles.mkdir()
    event_folder(shared_dir, EVENT_70, articles)
    if len(list(articles.iterdir())) < 20:
        pytest.skip(f"EventId {EVENT_70} of {shared_dir / CORPUS} has fewer than 20 articles")
    config = Config(
        seeds=articles, site_src=out / "site_src", site=out / "site", mkdocs_config=ROOT / "mkdocs.yml"
    )
    build(config)
    return out / "site"


def event_folder(shared: Path, event_id: int, folder: Path) -> Path:
    """A folder of copies of the event's articles (a build never follows a link; the copies live
    in the test's temporary folder, so corpus texts are never committed)."""
    for path in sorted((shared / CORPUS).glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue  # the corpus holds two broken files, as published
        if isinstance(data, dict) and (data.get("newsCluster") or {}).get("EventId") == event_id:
            shutil.copyfile(path, folder / path.name)
    return folder
