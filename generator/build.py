"""The straight line: ingest -> extract (cached) -> merge -> correct -> store -> render -> site -> pdf.

Everything is gathered and rendered in memory first; files are written into temporary folders
beside the targets and swapped in only when every stage has succeeded, so a failed build leaves
the previous ``site_src/`` and ``site/`` as they were. Nothing outside them is replaced.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import logging
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import corrections, ingest, store
from generator.config import Config, read_settings
from generator.errors import IngestError
from generator.merge.actors import merge
from generator.merge.main_event import infer_publication
from generator.merge.salience import with_salience
from generator.quality.check import SCHEMA_PATH
from generator.records import Article, ArticleRecords, Briefing, Rejection
from generator.runtime import progress, workers
from generator.runtime.cache import (
    ArticleCache,
    default_dir,
    digest,
    ingest_identity,
    open_cache,
    open_memo,
    write_atomic,
)
from generator.runtime.outputs import check_owned, claim_outputs
from generator.runtime.pdf_job import PdfJob
from generator.runtime.staging import beside, clean_stale, staging
from generator.runtime.timing import Stopwatch
from generator.text import bounded, clean_text

log = logging.getLogger(__name__)

DATA_SUBDIR = "data"
PDF_NAME = "briefing.pdf"
PAGES_SUBDIR = "pages"
"""Folder of the MkDocs page cache (``generator.site.page_cache``) inside the extraction cache's."""


@dataclass(frozen=True)
class Report:
    """What a command did, for the CLI to print."""

    briefing: Briefing
    rejections: tuple[Rejection, ...]
    problems: tuple[str, ...] = ()
    """Corrections that could not be applied, one line each naming the file and the entry."""
    cached: int = 0
    """How many articles' records came from the extraction cache."""
    seconds: dict[str, float] = field(default_factory=dict)
    """Wall-clock seconds per stage (``generator.runtime.timing``), for the log and the benchmark."""
    changes: tuple[str, ...] = ()
    """What changed since the previous build's data: three lines (actors, events, figures)."""


def extract_folder(
    articles_dir: Path,
    title: str | None = None,
    *,
    use_cache: bool = True,
    apply_corrections: bool = True,
    jobs: int = 1,
    watch: Stopwatch | None = None,
) -> Report:
    """Read, parse, extract, merge and correct every article of a folder (no files written).

    ``use_cache`` reuses the records of articles extracted before (see ``generator.runtime.cache``);
    ``apply_corrections`` applies ``ARTICLES_DIR/corrections.yaml`` when there is one; ``jobs``
    extracts in that many processes (``generator.runtime.workers``).
    """
    watch = watch or Stopwatch()
    with watch.stage("ingest"), progress.task("reading articles"):
        # Files read before under the same name with the same bytes are not cleaned again.
        memo = open_memo("ingest", *ingest_identity()) if use_cache else None
        ingest.check_folder(articles_dir)
        settings = read_settings(articles_dir)
        articles, rejections = ingest.read_articles(articles_dir, settings.limits, memo=memo)
        rejections = [*settings.skipped, *rejections]
        if memo:
            memo.save()
        if not articles:
            raise IngestError(str(articles_dir), _nothing_to_read(rejections))
        title = bounded(clean_text(title)) if title else settings.title
    cache = open_cache() if use_cache else None
    records = extract_records(articles, cache, jobs=jobs, watch=watch)
    with watch.stage("merge"):
        briefing = merge(records, title=title)
    inferred = infer_publication(briefing.per_source, briefing.event, briefing.timeline)
    if inferred:  # undated articles that report the main event: read them again at its date
        log.info("publication date inferred for %d undated articles", len(inferred))
        articles = [
            dataclasses.replace(a, published=inferred[a.id], published_inferred=True)
            if a.id in inferred
            else a
            for a in articles
        ]
        records = extract_records(articles, cache, jobs=jobs, watch=watch)
        with watch.stage("merge"):
            briefing = merge(records, title=title)
    problems: list[str] = []
    if apply_corrections:
        with watch.stage("corrections"):
            briefing, problems = corrections.apply_file(articles_dir / corrections.FILE_NAME, briefing)
            briefing = with_salience(briefing)  # an analyst's merges and drops change who matters
    return Report(briefing, tuple(rejections), tuple(problems), cache.hits if cache else 0, watch.seconds)


def _nothing_to_read(rejections: Sequence[Rejection]) -> str:
    """One line for a folder without a readable article: what was skipped, and why."""
    if not rejections:
        return "no article files (.txt, .md, .html, .json) in the folder; nothing written"
    shown = "; ".join(f"{Path(r.path).name}: {r.reason}" for r in rejections[:3])
    more = f"; and {len(rejections) - 3} more" if len(rejections) > 3 else ""
    return f"no readable article, nothing written ({len(rejections)} skipped: {shown}{more})"


def extract_records(
    articles: Sequence[Article],
    cache: ArticleCache | None = None,
    *,
    jobs: int = 1,
    watch: Stopwatch | None = None,
) -> list[ArticleRecords]:
    """Every article's records, in order; only articles the cache does not hold are parsed."""
    watch = watch or Stopwatch()
    with watch.stage("cache"):
        found: dict[str, ArticleRecords | None] = {a.id: cache.get(a) for a in articles} if cache else {}
    missing = [a for a in articles if found.get(a.id) is None]
    with progress.task("parsing articles", len(missing)) as advance:
        if jobs > 1 and len(missing) >= workers.MIN_ARTICLES_PER_JOB * jobs:
            with watch.stage("parse + extract"):
                fresh = workers.extract_parallel(missing, jobs, advance)
        else:
            fresh = workers.extract_serial(missing, watch, advance)
    with watch.stage("cache"):
        for rec in fresh:
            found[rec.article.id] = rec
            if cache:
                cache.put(rec)
        if cache:
            cache.prune()
    log.info("extracted %d articles (%d from the cache)", len(articles), len(articles) - len(missing))
    return [rec for rec in (found[a.id] for a in articles) if rec is not None]


def extract(articles_dir: Path, data_dir: Path, *, use_cache: bool = True, jobs: int = 1) -> Report:
    """``briefing extract``: write DATA_DIR/briefing.yaml and DATA_DIR/sources/<id>.yaml."""
    watch = Stopwatch()
    report = extract_folder(articles_dir, use_cache=use_cache, jobs=jobs, watch=watch)
    with watch.stage("yaml"):
        files = store.data_files(report.briefing)
    check_owned(
        data_dir / store.SOURCES_DIR, "--out", lambda p: all(f.suffix == ".yaml" for f in p.iterdir())
    )
    data_dir.mkdir(parents=True, exist_ok=True)
    for target in (data_dir / store.SOURCES_DIR, data_dir / store.BRIEFING_FILE):
        clean_stale(target)
    with watch.stage("write"):
        with staging(data_dir / store.SOURCES_DIR) as staged:
            store.write_files(
                {k[len(store.SOURCES_DIR) + 1 :]: v for k, v in files.items() if k != store.BRIEFING_FILE},
                staged,
            )
        write_atomic(data_dir / store.BRIEFING_FILE, files[store.BRIEFING_FILE])
    return report


def build(config: Config, *, use_cache: bool = True, jobs: int = 1) -> Report:
    """``briefing build``: articles -> site_src/ (YAML + Markdown) -> site/ (+ PDF)."""
    _claim_outputs(config)
    watch = Stopwatch()
    with PdfJob(config.site, enabled=config.pdf) as pdf_job:  # starts its process now
        report = extract_folder(config.seeds, config.title, use_cache=use_cache, jobs=jobs, watch=watch)
        data = _data(report.briefing, use_cache, watch)
        pdf_job.start(data.briefing, data.sources)  # printed while the site is built
        with watch.stage("diff"):
            changes = _changes(config.site_src / DATA_SUBDIR / store.BRIEFING_FILE, data, use_cache)
        with staging(config.site_src) as docs_dir, staging(config.site) as site_dir:
            _make_site(config, data, watch, docs_dir, site_dir, use_cache)
            pdf_job.finish(site_dir / PDF_NAME, watch)
    return dataclasses.replace(report, changes=changes)


@dataclass(frozen=True)
class _Data:
    """The briefing's data as a reader of the YAML gets it, and the YAML files' text."""

    briefing: dict[str, Any]
    sources: dict[str, dict[str, Any]]
    files: dict[str, str]
    """Text of each YAML file by its path under ``site_src/data``."""
    as_of: dt.date | None
    """The briefing's as-of date: the site's timestamps."""


def _data(briefing: Briefing, use_cache: bool, watch: Stopwatch) -> _Data:
    """The records as YAML, dumped once per unchanged item across builds (the YAML memo)."""
    with watch.stage("yaml"):
        mappings = store.data_mappings(briefing)
        loaded, sources = _as_loaded(mappings)
        # An unchanged article's sources/<id>.yaml is the same text: dumped once, remembered.
        memo = open_memo("yaml", *store.dumper_identity()) if use_cache else None
        dump = functools.partial(memo.text, make=store.dump_yaml) if memo else store.dump_yaml
        files = {rel: dump(m) for rel, m in mappings.items() if rel != store.BRIEFING_FILE}
        # The briefing changes with every article, but only in a few of its items.
        files[store.BRIEFING_FILE] = store.dump_yaml_by_item(mappings[store.BRIEFING_FILE], dump)
        if memo:
            memo.save()  # a cache of pure functions: right whether or not the build succeeds
    return _Data(loaded, sources, files, briefing.as_of)


def _changes(previous: Path, data: _Data, use_cache: bool) -> tuple[str, ...]:
    """Three lines saying what is new and what went since the previous build's data (``previous``,
    its briefing.yaml), or one saying there is none to compare with. What the summary reads of
    each build's data is remembered under its text's digest, so the previous one is usually
    not read back."""
    from generator.errors import DataError
    from generator.quality import diff

    code = digest(Path(diff.__file__).read_text(encoding="utf-8"))
    memo = open_memo("diff", *store.dumper_identity(), code) if use_cache else None
    new_view = diff.summary_view(data.briefing)

    def remembered(text: str, make: Callable[[], str]) -> str:
        return memo.keyed(text, make) if memo else make()  # keyed by the text's digest

    remembered(data.files[store.BRIEFING_FILE], lambda: new_view)
    try:
        if not previous.is_file():
            return ("what changed: first build here, no earlier briefing to compare with",)
        text = previous.read_text(encoding="utf-8")
        old_view = remembered(text, lambda: diff.summary_view(store.read_mapping(previous)))
    except (OSError, UnicodeDecodeError, DataError) as exc:
        log.debug("previous briefing unreadable: %s", exc)
        return ("what changed: the earlier briefing could not be read; nothing to compare with",)
    finally:
        if memo:
            memo.save()
    return tuple(diff.summary(json.loads(old_view), json.loads(new_view)))


def _make_site(
    config: Config, data: _Data, watch: Stopwatch, docs_dir: Path, site_dir: Path, use_cache: bool
) -> None:
    """Render the pages, write them and the YAML to ``docs_dir`` and build the site into ``site_dir``."""
    from generator import render
    from generator.site import mkdocs_build as site

    with watch.stage("render"), progress.task("rendering pages"):
        docs: dict[str, str | bytes] = dict(render.render_pages(data.briefing, data.sources))
    docs.update({f"{DATA_SUBDIR}/{rel}": text for rel, text in data.files.items()})
    docs[f"{DATA_SUBDIR}/{SCHEMA_PATH.name}"] = SCHEMA_PATH.read_bytes()  # published beside the YAML
    with watch.stage("write"):
        store.write_files(docs, docs_dir)
    pages = sum(1 for rel in docs if rel.endswith(".md"))
    bar = progress.task("building the site", pages)
    with watch.stage("mkdocs"), _source_date(data.as_of), bar as advance:
        page_cache = (default_dir() / PAGES_SUBDIR, str(config.site_src.resolve())) if use_cache else None
        site.build_site(
            docs_dir, site_dir, config.resolved_mkdocs_config(), page_cache=page_cache, advance=advance
        )


def print_pdf(config: Config) -> Path:
    """``briefing pdf``: print the PDF from the YAML already in ``site_src/data``."""
    from generator import pdf

    briefing, sources = store.load_data(config.site_src / DATA_SUBDIR)
    out = config.site / PDF_NAME
    clean_stale(out)
    tmp_path = beside(out, ".pdf")
    try:
        pages = pdf.write_pdf(briefing, sources, tmp_path)
        os.replace(tmp_path, out)
        log.info("PDF: %d pages", pages)
    finally:
        tmp_path.unlink(missing_ok=True)
    return out


def _as_loaded(
    mappings: dict[str, dict[str, Any]],
) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """The data as a reader of the YAML gets it (``store.load_data``), without parsing the YAML
    again: the mappings hold only what YAML gives back (dicts, lists, strings, numbers, dates)."""
    briefing = mappings[store.BRIEFING_FILE]
    sources = {
        Path(rel).stem: data for rel, data in mappings.items() if rel.startswith(store.SOURCES_DIR + "/")
    }
    return briefing, sources


@contextmanager
def _source_date(as_of: dt.date | None) -> Iterator[None]:
    """Set SOURCE_DATE_EPOCH to the briefing's as-of date while MkDocs builds.

    MkDocs stamps the clock into the sitemap's gzip header and page dates unless it is set, and
    the same articles must give the same site. A value the user set is left alone.
    """
    if "SOURCE_DATE_EPOCH" in os.environ:
        yield
        return
    days = (as_of - dt.date(1970, 1, 1)).days if as_of else 0
    os.environ["SOURCE_DATE_EPOCH"] = str(days * 86_400)
    try:
        yield
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]


def _claim_outputs(config: Config) -> None:
    """Refuse output folders whose replacement would destroy something the generator does not own."""
    claim_outputs(
        {
            "--site-src": (config.site_src, lambda p: (p / DATA_SUBDIR / store.BRIEFING_FILE).is_file()),
            "--site": (config.site, lambda p: (p / "sitemap.xml").is_file() or (p / PDF_NAME).is_file()),
        },
        {
            "the articles folder": config.seeds,
            "the MkDocs configuration": config.resolved_mkdocs_config(),
            "the working folder": Path.cwd(),
            "the home folder": Path.home(),
        },
    )
