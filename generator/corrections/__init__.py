"""Analysts' corrections, kept in ``corrections.yaml`` beside the articles and applied on every build.

The file is read, never written: rename or merge actors, set fields (a role, a date), drop
items and add items with verbatim evidence. See ``entries.py`` for the format.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from generator.corrections.apply import apply
from generator.corrections.entries import Entry, parse
from generator.errors import DataError, IngestError
from generator.ingest import files, safe_yaml
from generator.records import Briefing

FILE_NAME = "corrections.yaml"
"""The corrections file's name inside the articles folder."""

__all__ = ["FILE_NAME", "Entry", "apply", "apply_file", "check_file", "load", "parse"]


MAX_BYTES = 1024 * 1024
"""Largest corrections file: thousands of hand-written entries fit in far less."""


class Refused(DataError):
    """The corrections file was not read (a symbolic link): reported, and the build goes on."""


def load(path: Path) -> Any:
    """The file's YAML, or None when there is no such file.

    Raises Refused for a symbolic link (never followed) and DataError (one line, naming the line
    of the problem, never quoting the file) for anything else that cannot be read.
    """
    if not os.path.lexists(path):
        return None
    try:
        data = files.read_bounded(path, MAX_BYTES)
    except IngestError as exc:
        if exc.reason == files.LINK:
            raise Refused(f"{path}: {exc.reason}") from None
        raise DataError(f"{path}: cannot read the corrections ({exc.reason})") from None
    try:
        return safe_yaml.load(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise DataError(f"{path}: cannot read the corrections (not UTF-8 text)") from None
    except safe_yaml.YamlRefused as exc:
        raise DataError(f"{path}: not valid YAML ({exc})") from None


def check_file(path: Path) -> list[str]:
    """Every problem of the file's form, one ``<file>: <entry>: <problem>`` line each."""
    if not os.path.lexists(path):
        raise DataError(f"{path}: no such corrections file")
    try:
        data = load(path)
    except Refused as exc:
        return [str(exc)]
    _, problems = parse(data)
    return [f"{path}: {p}" for p in problems]


def apply_file(path: Path, briefing: Briefing) -> tuple[Briefing, list[str]]:
    """``briefing`` with the corrections in ``path`` applied (unchanged when there is no file).

    Returns the problems as one ``<file>: <entry>: <problem>`` line each: entries that are
    malformed or match nothing are skipped, the rest still apply; a file that is a symbolic link
    is not read, and said so in one line.
    """
    try:
        data = load(path)
    except Refused as exc:
        return briefing, [str(exc)]
    if data is None:
        return briefing, []
    entries, problems = parse(data)
    corrected, not_applied = apply(briefing, entries)
    return corrected, [f"{path}: {p}" for p in problems + not_applied]
