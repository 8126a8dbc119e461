"""One typed configuration object for a build, with every default documented."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.errors import ConfigError, DataError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SETTINGS_FILE = "settings.yaml"
"""Optional file in the articles folder: ``title:`` overrides the derived briefing title;
``max_article_bytes:``, ``max_article_chars:`` and ``max_articles:`` set the ingest limits."""
MAX_ARTICLE_BYTES_ENV = "BRIEFING_MAX_ARTICLE_BYTES"
MAX_ARTICLE_CHARS_ENV = "BRIEFING_MAX_ARTICLE_CHARS"
MAX_ARTICLES_ENV = "BRIEFING_MAX_ARTICLES"
KNOWN_SETTINGS = ("title", "max_article_bytes", "max_article_chars", "max_articles")
_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?", re.I)
_UNITS = {"": 1, "b": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


@dataclass(frozen=True)
class Config:
    """Where a build reads and writes."""

    seeds: Path = Path("seeds")
    """Folder of articles (.txt, .md, .html, news-please .json)."""
    site_src: Path = Path("site_src")
    """Generated docs folder MkDocs builds from; the YAML goes to ``site_src/data/``."""
    site: Path = Path("site")
    """The built HTML site; the PDF goes to ``site/briefing.pdf``."""
    mkdocs_config: Path = Path("mkdocs.yml")
    """MkDocs configuration; the project's own when the working folder has none."""
    title: str | None = None
    """Briefing title; None derives it from the headlines (or ``settings.yaml``)."""
    pdf: bool = True
    """Whether ``build`` also prints the PDF."""

    def resolved_mkdocs_config(self) -> Path:
        """``mkdocs_config`` if it exists, else the copy beside the generator package."""
        if self.mkdocs_config.exists():
            return self.mkdocs_config
        return PROJECT_ROOT / "mkdocs.yml"


def output_home(seeds: Path) -> Path | None:
    """Where ``briefing build --seeds DIR`` writes site_src/ and site/ when no output flag names
    them: None for the default articles folder (``seeds/``: the project's own site_src/ and
    site/), else ``DIR-briefing/`` beside DIR, so that other articles never replace the
    project's committed site_src/."""
    given = seeds.resolve()
    if given == Config.seeds.resolve():
        return None
    return given.parent / f"{given.name or 'articles'}-briefing"


@dataclass(frozen=True)
class Limits:
    """Bounds on what one build reads, so a stray dump or a runaway scraper cannot exhaust memory."""

    max_article_bytes: int = 5 * 1024 * 1024
    """Largest article file, in bytes; a larger file is rejected, never truncated. News articles
    are well under 100 kB of text; 5 MB leaves room for HTML pages heavy with markup."""
    max_article_chars: int = 250_000
    """Longest article text once boilerplate is removed, in characters; a longer one is rejected.
    The longest of 416 real news articles has 23,000; extraction time grows faster than the
    length (~25 s for 200,000 characters), so this bounds the time of a build, as the byte
    limit bounds its memory."""
    max_articles: int = 5000
    """Most article files in one folder; more stops the build before anything is read."""


def _whole(value: object, *, size: bool) -> int | None:
    """``value`` as a whole number >= 1, or None. Sizes may carry a 1024-based unit: "5 MB", "500k"."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 1 else None
    if not isinstance(value, str):
        return None
    m = _SIZE.fullmatch(value.strip())
    if m is None or (not size and (m.group(2) or not m.group(1).isdigit())):
        return None
    number = int(float(m.group(1)) * _UNITS[(m.group(2) or "")[:1].lower()])
    return number if number >= 1 else None


def read_limits(articles_dir: Path | None = None, environ: Mapping[str, str] | None = None) -> Limits:
    """The ingest limits: an environment variable wins over ``settings.yaml``, which wins over the
    default. Raises ConfigError naming the variable or the file when a value is not a number."""
    environ = os.environ if environ is None else environ
    settings = read_settings(articles_dir) if articles_dir is not None else {}
    file = articles_dir / SETTINGS_FILE if articles_dir is not None else SETTINGS_FILE
    values: dict[str, int] = {}
    for name, env, size in (
        ("max_article_bytes", MAX_ARTICLE_BYTES_ENV, True),
        ("max_article_chars", MAX_ARTICLE_CHARS_ENV, False),
        ("max_articles", MAX_ARTICLES_ENV, False),
    ):
        if environ.get(env, "").strip():
            raw, where = environ[env], env
        elif settings.get(name) is not None:
            raw, where = settings[name], f"{file}: {name}"
        else:
            continue
        number = _whole(raw, size=size)
        if number is None:
            kind = "a size in bytes (e.g. 5000000 or 5 MB)" if size else "a whole number (e.g. 5000)"
            raise ConfigError(f"{where} must be {kind}, at least 1; got {raw!r}")
        values[name] = number
    return Limits(**values)


def read_settings(articles_dir: Path) -> dict[str, Any]:
    """The optional ``settings.yaml`` in the articles folder, as a mapping ({} when absent)."""
    path = articles_dir / SETTINGS_FILE
    if not path.exists():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError, RecursionError) as exc:
        raise DataError(f"{path}: not valid YAML ({str(exc).splitlines()[0]})") from exc
    if not isinstance(data, dict):
        raise DataError(f"{path}: expected a mapping such as `title: My briefing`")
    unknown = sorted(str(k) for k in set(data) - set(KNOWN_SETTINGS))
    if unknown:
        raise DataError(
            f"{path}: unknown setting(s) {', '.join(unknown)}; known: {', '.join(KNOWN_SETTINGS)}"
        )
    return data
