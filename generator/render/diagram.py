"""The visual timeline: Mermaid ``timeline`` source made from the dated events.

Event labels come from articles, so they are reduced to words and plain punctuation: nothing
in them can be Mermaid syntax (``:`` separates events, ``#...;`` is an entity, ``%%`` a
comment), HTML, or a line of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.render import dates
from generator.render.digest import reported_by
from generator.render.view import EventView

MAX_PERIODS = 8
"""Columns the diagram may have before the earliest years share one: wider reads badly on a page."""
MAX_EVENTS = 40
"""Boxes the diagram shows at most: the events most sources report (the latest first among
equals). A 400-article briefing has ~1,400 events, a column of hundreds of boxes that nobody
reads and that the browser takes seconds to draw; the list below the diagram has them all."""
MAX_LABEL = 60

_UNSAFE = re.compile(r"[^\w\s,.'’()/-]+")


def mermaid_text(value: str, limit: int = MAX_LABEL) -> str:
    """``value`` as a Mermaid label: words, spaces and ``, . ' ’ ( ) / -`` only, one line, cut
    at a word boundary to about ``limit`` characters."""
    text = " ".join(_UNSAFE.sub(" ", value).split())
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0].rstrip(",.-/(") + "…"
    return text or "event"


def _label(event: EventView, shared: bool) -> str:
    """The event with its date, unless the date is the year its column already shows."""
    precision = dates.precision_of(event.date, event.precision)
    text = mermaid_text(event.event)
    if precision == "year" and not shared:
        return text
    when = dates.human(event.date, precision)
    return f"{when} – {text}"


def shown_events(events: Sequence[EventView], limit: int = MAX_EVENTS) -> list[EventView]:
    """The dated events the diagram shows, in their order: all of them up to ``limit``, else
    the ``limit`` that most sources report (the latest first among equals). Background (events
    long before the sources' days) is left out when there is anything else to show."""
    dated = [(i, e) for i, e in enumerate(events) if dates.parts(e.date)]
    own = [(i, e) for i, e in dated if not e.background]
    dated = own or dated
    if len(dated) <= limit:
        return [e for _, e in dated]
    ranked = sorted(dated, key=lambda pair: (-reported_by(pair[1]), -pair[0]))[:limit]
    return [e for _, e in sorted(ranked, key=lambda pair: pair[0])]


def timeline_diagram(events: Sequence[EventView], title: str | None = None) -> str:
    """Mermaid source of a ``timeline``: one column per year (the earliest years share a column
    when there are more than MAX_PERIODS), each event a box under its year, at most MAX_EVENTS
    of them (``shown_events``). "" when no event has a date."""
    by_year: dict[int, list[EventView]] = {}
    for event in shown_events(events):
        p = dates.parts(event.date)
        if p:
            by_year.setdefault(p[0], []).append(event)
    if not by_year:
        return ""
    years = sorted(by_year)
    periods: list[tuple[str, list[EventView], bool]] = []
    if len(years) > MAX_PERIODS:
        early, years = years[: len(years) - MAX_PERIODS + 1], years[len(years) - MAX_PERIODS + 1 :]
        periods.append((f"{early[0]}–{early[-1]}", [e for y in early for e in by_year[y]], True))
    periods.extend((str(y), by_year[y], False) for y in years)
    lines = ["timeline"]
    if title:
        lines.append(f"    title {mermaid_text(title, 80)}")
    for period, items, shared in periods:
        # Mermaid puts each ": event" of a period in its own box under the period's column.
        lines.append(f"    {period} : " + " : ".join(_label(e, shared) for e in items))
    return "\n".join(lines)
