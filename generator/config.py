"""One typed configuration object for a build, with every default documented."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import ConfigError, IngestError
from generator.records import Rejection
from generator.text import bounded, clean_text, printable, shown

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


MAX_SETTINGS_BYTES = 64 * 1024
"""Largest ``settings.yaml``; it holds a handful of short fields."""
_MAX_NUMBER = 10**15
"""Largest limit a setting may give: anything larger means no limit, and is refused as a typo."""


@dataclass(frozen=True)
class Settings:
    """What the articles folder's ``settings.yaml`` says, every field checked, with the
    environment's limits applied."""

    title: str | None = None
    """The briefing's title, normalised and bounded (``text.clean_text``, ``text.bounded``)."""
    limits: Limits = field(default_factory=Limits)
    skipped: tuple[Rejection, ...] = ()
    """The settings file itself, when it was refused unread (a symbolic link): one line each."""


def _whole(value: object, *, size: bool) -> int | None:
    """``value`` as a whole number >= 1, or None. Sizes may carry a 1024-based unit: "5 MB", "500k"."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 1 <= value <= _MAX_NUMBER else None
    if not isinstance(value, str) or len(value) > 40:
        return None
    m = _SIZE.fullmatch(value.strip())
    if m is None or (not size and (m.group(2) or not m.group(1).isdigit())):
        return None
    number = int(float(m.group(1)) * _UNITS[(m.group(2) or "")[:1].lower()])
    return number if 1 <= number <= _MAX_NUMBER else None


def read_limits(articles_dir: Path | None = None, environ: Mapping[str, str] | None = None) -> Limits:
    """The ingest limits: an environment variable wins over ``settings.yaml``, which wins over the
    default. Raises ConfigError naming the variable or the file when a value is not a number."""
    if articles_dir is not None:
        return read_settings(articles_dir, environ).limits
    return _limits({}, SETTINGS_FILE, os.environ if environ is None else environ)


def _limits(settings: Mapping[str, Any], file: Path | str, environ: Mapping[str, str]) -> Limits:
    values: dict[str, int] = {}
    for name, env, size in (
        ("max_article_bytes", MAX_ARTICLE_BYTES_ENV, True),
        ("max_article_chars", MAX_ARTICLE_CHARS_ENV, False),
        ("max_articles", MAX_ARTICLES_ENV, False),
    ):
        raw: object
        if environ.get(env, "").strip():
            raw, where = environ[env], env
        elif settings.get(name) is not None:
            raw, where = settings[name], f"{file}: {name}"
        else:
            continue
        number = _whole(raw, size=size)
        if number is None:
            kind = "a size in bytes (e.g. 5000000 or 5 MB)" if size else "a whole number (e.g. 5000)"
            raise ConfigError(f"{where} must be {kind}, from 1 to 10^15; got {shown(raw)}")
        values[name] = number
    return Limits(**values)


def read_settings(articles_dir: Path, environ: Mapping[str, str] | None = None) -> Settings:
    """The optional ``settings.yaml`` in the articles folder, checked field by field, with the
    environment's limits (which win) applied; defaults when there is no file.

    The file is untrusted like the articles: a symbolic link is not read (``Settings.skipped``
    says so), and a file that is not a mapping of known, well-typed fields raises ConfigError
    (one line, naming the file and the field; the file's text is never quoted).
    """
    from generator.ingest import files, safe_yaml  # ingest imports this module

    environ = os.environ if environ is None else environ
    path = articles_dir / SETTINGS_FILE
    if not os.path.lexists(path):
        return Settings(limits=_limits({}, path, environ))
    try:
        data = files.read_bounded(path, MAX_SETTINGS_BYTES)
    except IngestError as exc:
        if exc.reason != files.LINK:
            raise ConfigError(str(exc)) from None
        return Settings(limits=_limits({}, path, environ), skipped=(Rejection(str(path), exc.reason),))
    try:
        loaded = safe_yaml.load(data.decode("utf-8-sig")) if data.strip() else {}
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None
    except safe_yaml.YamlRefused as exc:
        raise ConfigError(f"{path}: not valid YAML ({exc})") from None
    if loaded is None:
        loaded = {}
    if not isinstance(loaded, dict):
        raise ConfigError(f"{path}: expected a mapping such as `title: My briefing`, got {shown(loaded)}")
    unknown = sorted(
        printable(k, 30) if isinstance(k, str) else shown(k) for k in loaded if k not in KNOWN_SETTINGS
    )
    if unknown:
        raise ConfigError(
            f"{path}: unknown setting(s) {', '.join(unknown[:5])}; known: {', '.join(KNOWN_SETTINGS)}"
        )
    return Settings(title=_title(path, loaded.get("title")), limits=_limits(loaded, path, environ))


def _title(path: Path, value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ConfigError(f"{path}: title must be text, got {shown(value)}")
    title = bounded(clean_text(str(value)))
    if not title:
        raise ConfigError(f"{path}: title is empty")
    return title
