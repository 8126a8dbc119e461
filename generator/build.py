"""The straight line: ingest -> extract -> merge -> store -> render -> site -> pdf.

Everything is gathered and rendered in memory first; files are written into temporary folders
beside the targets and swapped in only when every stage has succeeded, so a failed build leaves
the previous ``site_src/`` and ``site/`` as they were.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator import ingest, nlp, store
from generator.config import Config, read_settings
from generator.extract.pipeline import extract_article
from generator.merge import merge
from generator.records import Briefing, Rejection

log = logging.getLogger(__name__)

DATA_SUBDIR = "data"
PDF_NAME = "briefing.pdf"


@dataclass(frozen=True)
class Report:
    """What a command did, for the CLI to print."""

    briefing: Briefing
    rejections: tuple[Rejection, ...]


def extract_folder(articles_dir: Path, title: str | None = None) -> Report:
    """Read, parse, extract and merge every article of a folder (no files written)."""
    articles, rejections = ingest.read_articles(articles_dir)
    title = title or read_settings(articles_dir).get("title")
    docs = nlp.parse(a.text for a in articles)
    records = [extract_article(doc, article) for doc, article in zip(docs, articles, strict=True)]
    log.info("extracted %d articles", len(records))
    return Report(merge(records, title=title), tuple(rejections))


def extract(articles_dir: Path, data_dir: Path) -> Report:
    """``briefing extract``: write DATA_DIR/briefing.yaml and DATA_DIR/sources/<id>.yaml."""
    report = extract_folder(articles_dir)
    files = store.data_files(report.briefing)
    data_dir.mkdir(parents=True, exist_ok=True)
    with _staging(data_dir / store.SOURCES_DIR) as staged:
        store.write_files(
            {k[len(store.SOURCES_DIR) + 1 :]: v for k, v in files.items() if k != store.BRIEFING_FILE}, staged
        )
    _replace_file(data_dir / store.BRIEFING_FILE, files[store.BRIEFING_FILE])
    return report


def build(config: Config) -> Report:
    """``briefing build``: articles -> site_src/ (YAML + Markdown) -> site/ (+ PDF)."""
    from generator import pdf, render, site  # heavy imports only where needed

    report = extract_folder(config.seeds, config.title)
    data = store.data_files(report.briefing)
    briefing, sources = _as_loaded(data)
    docs: dict[str, str | bytes] = dict(render.render_pages(briefing, sources))
    docs.update({f"{DATA_SUBDIR}/{rel}": text for rel, text in data.items()})
    with _staging(config.site_src) as docs_dir, _staging(config.site) as site_dir:
        store.write_files(docs, docs_dir)
        site.build_site(docs_dir, site_dir, config.resolved_mkdocs_config())
        if config.pdf:
            pdf.write_pdf(briefing, sources, site_dir / PDF_NAME)
    return report


def print_pdf(config: Config) -> Path:
    """``briefing pdf``: print the PDF from the YAML already in ``site_src/data``."""
    from generator import pdf

    briefing, sources = store.load_data(config.site_src / DATA_SUBDIR)
    out = config.site / PDF_NAME
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=out.parent, prefix=".briefing-", suffix=".pdf", delete=False) as tmp:
        tmp_path = Path(tmp.name)
    try:
        pdf.write_pdf(briefing, sources, tmp_path)
        os.replace(tmp_path, out)
    finally:
        tmp_path.unlink(missing_ok=True)
    return out


def _as_loaded(files: dict[str, str]) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """The data as a reader of the YAML sees it, so pages show exactly what is stored."""
    briefing = yaml.safe_load(files[store.BRIEFING_FILE])
    sources = {}
    for rel, text in files.items():
        if rel.startswith(store.SOURCES_DIR + "/"):
            sources[Path(rel).stem] = yaml.safe_load(text)
    return briefing, sources


@contextmanager
def _staging(target: Path) -> Iterator[Path]:
    """A fresh folder beside ``target`` that replaces it only if the block succeeds."""
    target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.new-"))
    staged.chmod(0o755)  # mkdtemp makes it private; the site is for publishing
    try:
        yield staged
    except BaseException:
        shutil.rmtree(staged, ignore_errors=True)
        raise
    old = target.parent / f".{target.name}.old"
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    staged.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def _replace_file(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically (temporary file + rename)."""
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", delete=False
    ) as tmp:
        tmp.write(text)
    os.replace(tmp.name, path)
