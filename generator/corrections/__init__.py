"""Analysts' corrections, kept in ``corrections.yaml`` beside the articles and applied on every build.

The file is read, never written: rename or merge actors, set fields (a role, a date), drop
items and add items with verbatim evidence. See ``entries.py`` for the format.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from generator.corrections.apply import apply
from generator.corrections.entries import Entry, parse
from generator.errors import DataError
from generator.records import Briefing

FILE_NAME = "corrections.yaml"
"""The corrections file's name inside the articles folder."""

__all__ = ["FILE_NAME", "Entry", "apply", "apply_file", "check_file", "load", "parse"]


def load(path: Path) -> Any:
    """The file's YAML, or None when there is no such file; DataError when it cannot be read."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: cannot read the corrections ({exc})") from exc
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise DataError(f"{path}: not valid YAML ({' '.join(str(exc).split())})") from exc


def check_file(path: Path) -> list[str]:
    """Every problem of the file's form, one ``<file>: <entry>: <problem>`` line each."""
    if not path.is_file():
        raise DataError(f"{path}: no such corrections file")
    _, problems = parse(load(path))
    return [f"{path}: {p}" for p in problems]


def apply_file(path: Path, briefing: Briefing) -> tuple[Briefing, list[str]]:
    """``briefing`` with the corrections in ``path`` applied (unchanged when there is no file).

    Returns the problems as one ``<file>: <entry>: <problem>`` line each: entries that are
    malformed or match nothing are skipped, the rest still apply.
    """
    data = load(path)
    if data is None:
        return briefing, []
    entries, problems = parse(data)
    corrected, not_applied = apply(briefing, entries)
    return corrected, [f"{path}: {p}" for p in problems + not_applied]
