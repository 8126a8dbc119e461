"""Country and place look-ups from ``generator/data/gazetteer.json`` (made by tools/make_gazetteer.py)."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "gazetteer.json"


@dataclass(frozen=True)
class Country:
    """A country with the names the press uses for it."""

    iso: str
    name: str
    capital: str | None


def key(text: str) -> str:
    """Look-up key: case, dots, a leading "the" and a possessive folded ("the U.S.'s" -> "us")."""
    text = text.strip().replace("\u2019", "'")
    if text.endswith("'s"):
        text = text[:-2]
    text = text.casefold().replace(".", "")
    if text.startswith("the "):
        text = text[4:]
    return " ".join(text.replace("-", " ").split())


@functools.cache
def _tables() -> tuple[dict[str, Country], dict[str, Country], dict[str, Country], frozenset[str]]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    names: dict[str, Country] = {}
    demonyms: dict[str, Country] = {}
    capitals: dict[str, Country] = {}
    # Larger countries first, so a shared demonym ("American") means the larger one.
    for row in sorted(data["countries"], key=lambda r: (-r["population"], r["iso"])):
        country = Country(iso=row["iso"], name=row["name"], capital=row["capital"])
        for alias in [row["name"], *row["aliases"]]:
            names.setdefault(key(alias), country)
        for demonym in row["demonyms"]:
            demonyms.setdefault(key(demonym), country)
        if row["capital"]:
            capitals.setdefault(key(row["capital"]), country)
    places = frozenset(key(p) for p in data["places"])
    return names, demonyms, capitals, places


def country(text: str) -> Country | None:
    """The country this name stands for ("U.S.", "the United States", "Viet Nam"), or None."""
    return _tables()[0].get(key(text))


def demonym(text: str) -> Country | None:
    """The country of a demonym ("Russian", "North Korean"), or None."""
    return _tables()[1].get(key(text))


def capital(text: str) -> Country | None:
    """The country whose capital this is ("Lima" -> Peru), or None."""
    return _tables()[2].get(key(text))


def is_place(text: str) -> bool:
    """True for a city, province or other place that is not a country."""
    k = key(text)
    return k in _tables()[3] or k in _tables()[2]
