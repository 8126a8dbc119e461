"""One typed configuration object for a build, with every default documented."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.errors import DataError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SETTINGS_FILE = "settings.yaml"
"""Optional file in the articles folder: ``title:`` overrides the derived briefing title."""


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


def read_settings(articles_dir: Path) -> dict[str, Any]:
    """The optional ``settings.yaml`` in the articles folder, as a mapping ({} when absent)."""
    path = articles_dir / SETTINGS_FILE
    if not path.exists():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: not valid YAML ({str(exc).splitlines()[0]})") from exc
    if not isinstance(data, dict):
        raise DataError(f"{path}: expected a mapping such as `title: My briefing`")
    unknown = sorted(set(data) - {"title"})
    if unknown:
        raise DataError(f"{path}: unknown setting(s) {', '.join(unknown)}; known: title")
    return data
