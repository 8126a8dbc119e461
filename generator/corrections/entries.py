"""The corrections file's format: its sections, the fields of each entry, and their validation.

Validation here needs no briefing (``briefing check`` runs it alone); whether an entry matches
anything is decided when it is applied.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from generator.records import ACTOR_KINDS, PRECISIONS, STANCES, STATUSES
from generator.text import bounded, clean_text, printable, shown

SECTIONS = ("rename", "merge", "set", "drop", "add")
"""Applied in this order: who is who first, then fields, then removals, then additions."""
KINDS = ("actors", "agreements", "reactions", "timeline")
"""The briefing's sections an entry can target."""

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_ID = re.compile(r"[a-z0-9][a-z0-9-]*")


@dataclass(frozen=True)
class Entry:
    """One correction, its values checked and normalised."""

    section: str
    """``rename``, ``merge``, ``set``, ``drop`` or ``add.<kind>``."""
    number: int
    """1-based position in its section, as the analyst counts entries."""
    label: str
    """What the entry names (an id, a name, a title), so a message points at it."""
    values: Mapping[str, Any]

    def where(self) -> str:
        """``set #2 (to-lam)``: how messages name the entry."""
        return f"{self.section} #{self.number} ({self.label})"


class Invalid(ValueError):
    """A value that does not fit its field; the message says what was expected."""


# ----------------------------------------------------------------------------- values


def text(value: Any) -> str:
    """A non-empty string."""
    if isinstance(value, bool) or not isinstance(value, str | int | float) or not str(value).strip():
        raise Invalid("expected some text")
    return " ".join(str(value).split())


def shown_text(value: Any) -> str:
    """Text shown as a name or title: as ``text``, normalised and bounded (``clean_text``,
    ``bounded``); quotes and ids stay as given, since they must match the articles."""
    out = bounded(clean_text(text(value)))
    if not out:
        raise Invalid("expected some text")
    return out


def optional_text(value: Any) -> str | None:
    """A string, or null to clear the field."""
    return None if value is None else shown_text(value)


def texts(value: Any, item: Callable[[Any], str] = shown_text) -> tuple[str, ...]:
    """A list of strings (a single string is a list of one)."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise Invalid("expected a list")
    return tuple(item(v) for v in value)


def optional_quote(value: Any) -> str | None:
    """A verbatim sentence of an article, or null."""
    return None if value is None else text(value)


def refs(value: Any) -> tuple[str, ...]:
    """A list of ids or names of existing items, as given."""
    return texts(value, text)


def date(value: Any) -> str:
    """An ISO date at its precision: YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not _DATE.fullmatch(value.strip()):
        raise Invalid(f"expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got {shown(value)}")
    value = value.strip()
    try:
        dt.date.fromisoformat((value + "-01-01")[:10])
    except ValueError:
        raise Invalid(f"{shown(value)} is not a calendar date") from None
    return value


def optional_date(value: Any) -> str | None:
    """A date, or null for "unknown"."""
    return None if value is None else date(value)


def one_of(choices: tuple[str, ...]) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value not in choices:
            raise Invalid(f"expected one of {', '.join(choices)}, got {shown(value)}")
        return str(value)

    check.__doc__ = f"One of {', '.join(choices)}."
    return check


def item_id(value: Any) -> str:
    """An id as the generator makes them: lowercase letters, digits and hyphens."""
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise Invalid(f"expected an id of lowercase letters, digits and hyphens, got {shown(value)}")
    return value


def kind(value: Any) -> str:
    """A briefing section: actors, agreements, reactions or timeline."""
    return one_of(KINDS)(value)


def evidence(value: Any) -> tuple[tuple[str, str], ...]:
    """A non-empty list of ``{source: <article id>, quote: <verbatim sentence>}``."""
    if not isinstance(value, list) or not value:
        raise Invalid("expected a list of {source, quote} entries (at least one)")
    out = []
    for i, ev in enumerate(value, 1):
        if not isinstance(ev, dict) or set(ev) - {"source", "quote"} or not {"source", "quote"} <= set(ev):
            raise Invalid(f"entry {i}: expected exactly the keys source and quote")
        try:
            out.append((text(ev["source"]), text(ev["quote"])))
        except Invalid as exc:
            raise Invalid(f"entry {i}: {exc}") from None
    return tuple(out)


# ----------------------------------------------------------------------------- entry shapes

Field = Callable[[Any], Any]

FIELDS: dict[str, Field] = {
    "kind": one_of(ACTOR_KINDS),
    "role": optional_text,
    "affiliation": optional_text,
    "aliases": texts,
    "title": shown_text,
    "parties": refs,
    "signatories": refs,
    "topics": texts,
    "status": one_of(STATUSES),
    "stance": one_of(STANCES),
    "about": refs,
    "quote": optional_quote,
    "summary": optional_text,
    "precision": one_of(PRECISIONS),
    "event": shown_text,
    "actors": refs,
}
"""Every field an entry may give, with its check (``date`` depends on the section)."""

SETTABLE: dict[str, tuple[str, ...]] = {
    "actors": ("kind", "role", "affiliation"),
    "agreements": ("title", "parties", "signatories", "topics", "date", "status"),
    "reactions": ("stance", "about", "summary", "date"),
    "timeline": ("date", "precision", "event", "actors"),
}
"""What ``set`` may change per section (an actor's name changes with ``rename``)."""

ADDABLE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "actors": (("name", "kind", "evidence"), ("id", "role", "affiliation", "aliases")),
    "agreements": (("title", "evidence"), ("id", "parties", "signatories", "topics", "date", "status")),
    "reactions": (("actor", "stance", "evidence"), ("id", "about", "quote", "summary", "date")),
    "timeline": (("date", "event", "evidence"), ("id", "precision", "actors")),
}
"""(required, optional) fields of an added item, per section."""

_SHAPES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "rename": (("actor", "name"), ()),
    "merge": (("into", "actors"), ()),
    "set": (("id",), ("in", *sorted({f for fs in SETTABLE.values() for f in fs}))),
    "drop": (("id",), ("in", "reason")),
}


def _check_field(section: str, name: str, value: Any) -> Any:
    if name == "date":
        return date(value) if section == "add.timeline" else optional_date(value)
    if name == "in":
        return kind(value)
    if name == "evidence":
        return evidence(value)
    if name in ("name", "reason"):
        return shown_text(value)
    if name in ("actor", "into"):
        return text(value)
    if name == "id":
        return text(value) if section in ("set", "drop") else item_id(value)
    if name == "actors" and section == "merge":
        names = refs(value)
        if not names:
            raise Invalid("expected at least one actor to fold in")
        return names
    return FIELDS[name](value)


def parse_entry(section: str, number: int, raw: Any) -> tuple[Entry | None, list[str]]:
    """One entry of ``section`` checked field by field: (the entry, or None, and its problems)."""
    if section == "drop" and isinstance(raw, str | int) and not isinstance(raw, bool):
        raw = {"id": raw}  # `- some-id` is the short form of `- id: some-id`
    label = _label(section, raw, number)
    where = f"{section} #{number} ({label})"
    if not isinstance(raw, dict):
        return None, [f"{where}: expected a mapping of fields"]
    required, optional = ADDABLE[section[4:]] if section.startswith("add.") else _SHAPES[section]
    problems = [f"{where}: missing {name}" for name in required if name not in raw]
    values: dict[str, Any] = {}
    for name in raw:
        if name not in required and name not in optional:
            known = ", ".join((*required, *optional))
            problems.append(f"{where}: unknown field {shown(name)} (known: {known})")
            continue
        try:
            values[name] = _check_field(section, name, raw[name])
        except Invalid as exc:
            problems.append(f"{where}: {name}: {exc}")
    if section == "set" and not set(values) - {"id", "in"} and not problems:
        problems.append(f"{where}: nothing to set (give one of {', '.join(_SHAPES['set'][1][1:])})")
    if problems:
        return None, problems
    return Entry(section, number, label, values), []


def parse(data: Any) -> tuple[list[Entry], list[str]]:
    """Every entry of a loaded corrections file, in the order they apply, and the problems found."""
    if data is None:
        return [], []
    if not isinstance(data, dict):
        return [], ["expected a mapping with the sections " + ", ".join(SECTIONS)]
    problems = [
        f"unknown section {shown(name)} (known: {', '.join(SECTIONS)})"
        for name in data
        if name not in SECTIONS
    ]
    entries: list[Entry] = []
    for section in SECTIONS:
        body = data.get(section)
        if body is None:
            continue
        if section == "add":
            if not isinstance(body, dict):
                problems.append(f"add: expected a mapping of {', '.join(KINDS)} to lists of items")
                continue
            problems += [
                f"add: unknown section {shown(k)} (known: {', '.join(KINDS)})" for k in body if k not in KINDS
            ]
            parts = [(f"add.{k}", body[k]) for k in KINDS if body.get(k) is not None]
        else:
            parts = [(section, body)]
        for name, items in parts:
            if not isinstance(items, list):
                problems.append(f"{name}: expected a list of entries")
                continue
            for number, raw in enumerate(items, 1):
                entry, found = parse_entry(name, number, raw)
                problems += found
                if entry:
                    entries.append(entry)
    return entries, problems


def _label(section: str, raw: Any, number: int) -> str:
    if not isinstance(raw, dict):
        return f"entry {number}"
    for key in ("id", "actor", "into", "name", "title", "event"):
        value = raw.get(key)
        if isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
            return printable(" ".join(str(value).split()), 60)
    return f"entry {number}"
