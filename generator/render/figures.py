"""Figures as the pages and the PDF show them: the value written as a reader writes it
("at least 84", "$5 billion", "15.5%"), every other value a source gives, and the progression
of a figure that grew from report to report."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from generator.render import dates
from generator.render.escape import unique_anchors
from generator.render.view import EvidenceView

CURRENCY_SIGNS = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥"}
"""Currencies shown by their sign before the number; any other code follows it ("5 million CHF")."""

Resolve = Callable[[object], tuple[EvidenceView, ...]]


@dataclass(frozen=True)
class FigureValueView:
    """One value a source gives for a figure: the figure's own, or another one."""

    value: str
    qualifier: str | None
    number: float | None
    date: str | None
    evidence: EvidenceView


@dataclass(frozen=True)
class FigureView:
    """A figure, with ``anchor`` on the figures page; ``shown`` is its value as a reader writes it
    ("at least 84", "$5 billion", "15.5%") and ``conflicts`` every other value a source gives."""

    id: str
    what: str
    value: str
    anchor: str
    shown: str
    qualifier: str | None = None
    unit: str | None = None
    number: float | None = None
    date: str | None = None
    actors: tuple[str, ...] = ()
    evidence: tuple[EvidenceView, ...] = ()
    corroboration: int = 0
    conflicts: tuple[FigureValueView, ...] = ()
    """Other values, each shown like ``shown`` in ``FigureValueView.value`` order of the data."""
    others: tuple[tuple[str, FigureValueView], ...] = ()
    """(shown value, entry) for each conflict, in the data's order (latest report first)."""
    progression: tuple[tuple[str, tuple[EvidenceView, ...]], ...] = ()
    """(shown value, the sources that give it) in the order the reports came out, when the
    figure grew (or fell) from report to report; empty otherwise."""

    @property
    def other_values(self) -> list[str]:
        """The other values, each once, in the data's order: "84", "80", "dozens"."""
        return list(dict.fromkeys(shown for shown, _ in self.others if shown != self.shown))

    @property
    def label(self) -> str:
        """What it counts, capitalised: "People killed"."""
        return self.what[:1].upper() + self.what[1:]

    @property
    def disputed(self) -> bool:
        """Whether sources give another exact number (not only a vaguer "dozens" or a qualifier)."""
        return any(c.number is not None and c.number != self.number for c in self.conflicts)


def shown(value: str, qualifier: str | None, unit: str | None, what: str = "") -> str:
    """The value as a reader writes it.

    >>> shown("5 billion", "about", "USD")
    'about $5 billion'
    >>> shown("8-15.5", "between", "percent")
    'between 8-15.5%'
    >>> shown("84", "at least", "people", "people killed")
    'at least 84'
    """
    if unit in CURRENCY_SIGNS:
        text = f"{CURRENCY_SIGNS[unit]}{value}"
    elif unit == "percent":
        text = f"{value}%"
    elif unit and (_is_code(unit) or unit.lower() not in what.lower().split()):
        text = f"{value} {unit}"  # "5 million CHF", "600 tons"; not "84 people people killed"
    else:
        text = value
    return f"{qualifier} {text}" if qualifier else text


def _count(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _is_code(unit: str) -> bool:
    return len(unit) == 3 and unit.isupper()


def figure_views(
    raw: list[Mapping[str, Any]], resolve: Resolve, text: Callable[[object], str | None]
) -> list[FigureView]:
    """FigureViews from the ``figures`` entries (mappings with an ``id``), in the data's order."""
    anchors = unique_anchors("figure", [str(f["id"]) for f in raw])
    out = []
    for f in raw:
        what = text(f.get("what")) or str(f["id"])
        value = text(f.get("value")) or "?"
        qualifier, unit = text(f.get("qualifier")), text(f.get("unit"))
        evidence = resolve(f.get("evidence"))
        conflicts = _values(f.get("conflicts"), resolve, text)
        number = f.get("number") if isinstance(f.get("number"), int | float) else None
        out.append(
            FigureView(
                id=str(f["id"]),
                what=what,
                value=value,
                anchor=anchors[str(f["id"])],
                shown=shown(value, qualifier, unit, what),
                qualifier=qualifier,
                unit=unit,
                number=number,
                date=dates.iso(f.get("date")),
                actors=tuple(str(a) for a in f.get("actors") or [] if a),
                evidence=evidence,
                corroboration=_count(f.get("corroboration")),
                conflicts=conflicts,
                others=tuple((shown(c.value, c.qualifier, unit, what), c) for c in conflicts),
                progression=_progression(value, qualifier, number, unit, what, evidence, conflicts),
            )
        )
    return out


def _values(
    entries: object, resolve: Resolve, text: Callable[[object], str | None]
) -> tuple[FigureValueView, ...]:
    out = []
    for raw in entries if isinstance(entries, list) else []:
        if not isinstance(raw, Mapping) or not text(raw.get("value")):
            continue
        found = resolve([raw])
        if not found:
            continue
        number = raw.get("number") if isinstance(raw.get("number"), int | float) else None
        out.append(
            FigureValueView(
                str(text(raw.get("value"))),
                text(raw.get("qualifier")),
                number,
                dates.iso(raw.get("date")),
                found[0],
            )
        )
    return tuple(out)


def _progression(
    value: str,
    qualifier: str | None,
    number: float | None,
    unit: str | None,
    what: str,
    evidence: tuple[EvidenceView, ...],
    conflicts: tuple[FigureValueView, ...],
) -> tuple[tuple[str, tuple[EvidenceView, ...]], ...]:
    """The values in the order the reports came out, when they rose over more than one day of
    reports (a toll that grew): one step per value, with the sources that gave it. Values that
    fall or go up and down are disagreements, shown as such."""
    reports = [(_published(ev), number, shown(value, qualifier, unit, what), ev) for ev in evidence]
    reports += [
        (_published(c.evidence), c.number, shown(c.value, c.qualifier, unit, what), c.evidence)
        for c in conflicts
    ]
    exact = [(day, n, label, ev) for day, n, label, ev in reports if n is not None and day]
    if len({r[0] for r in exact}) < 2 or len({r[1] for r in exact}) < 2:
        return ()
    exact.sort(key=lambda r: (r[0], r[1]))
    numbers = [r[1] for r in exact]
    if numbers != sorted(numbers):
        return ()
    steps: list[tuple[str, list[EvidenceView]]] = []
    last: float | None = None
    for _, n, label, ev in exact:
        if steps and n == last:
            steps[-1][1].append(ev)
        else:
            steps.append((label, [ev]))
        last = n
    return tuple((label, tuple(evs)) for label, evs in steps)


def _published(ev: EvidenceView) -> str:
    return ev.doc.published or "" if ev.doc else ""
