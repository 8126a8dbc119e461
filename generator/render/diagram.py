"""The visual timeline: Mermaid ``timeline`` source made from the dated events.

Event labels come from articles, so they are reduced to words and plain punctuation: nothing
in them can be Mermaid syntax (``:`` separates events, ``#...;`` is an entity, ``%%`` a
comment), HTML, or a line of its own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from generator.render import dates
from generator.render.digest import reported_by
from generator.render.view import EventView

MAX_PERIODS = 8
"""Columns the diagram may have before the earliest share one: wider reads badly on a page."""
MAX_EVENTS = 18
"""Boxes the diagram shows at most: the events most sources report (the latest first among
equals). A column of dozens of boxes is a 5,000-pixel strip nobody reads; the list below the
diagram has every event."""
PER_PERIOD = 3
"""Boxes under one column at most (the most reported): the diagram stays about a screen tall."""
MAX_LABEL = 60
DAYS_BY_DAY = 31
"""Events within this many days are drawn a column per day, within ~2 years a column per
month, else a column per year."""
DAYS_BY_MONTH = 731
THEME_CSS = (
    "[class*=section-] rect, [class*=section-] path, [class*=section-] circle "
    "{ fill: var(--md-default-bg-color) !important; stroke: var(--md-accent-fg-color) !important;"
    " stroke-width: 2px; }"
    " [class*=section-] line { stroke: var(--md-accent-fg-color) !important; }"
    " line, .lineWrapper line { stroke: var(--md-default-fg-color--light) !important; }"
    " text, [class*=section-] text { fill: var(--md-default-fg-color) !important;"
    " font-size: 14px !important; }"
)
"""Mermaid's timeline paints each column a pastel and its labels white, unreadable in both
colour schemes: boxes take the page's background with an accent border and labels the page's
text colour, both from the theme's CSS variables (they reach into the diagram), at 14 px."""
INIT = '%%{init: {"themeCSS": "' + THEME_CSS + '"}}%%'

_UNSAFE = re.compile(r"[^\w\s,.'’()/-]+")


def mermaid_text(value: str, limit: int = MAX_LABEL) -> str:
    """``value`` as a Mermaid label: words, spaces and ``, . ' ’ ( ) / -`` only, one line, cut
    at a word boundary to about ``limit`` characters."""
    text = " ".join(_UNSAFE.sub(" ", value).split())
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0].rstrip(",.-/(") + "…"
    return text or "event"


def _label(event: EventView, period: str) -> str:
    """The event, with as much of its date as its column's name does not already say: nothing
    under a day, the day under a month or year ("19 June –"), all of it under shared years."""
    text = mermaid_text(event.event)
    precision = dates.precision_of(event.date, event.precision)
    when = dates.human(event.date, precision)
    p = dates.parts(event.date)
    if not when or period == "day" or (period != "shared" and precision in ("month", "year")):
        return text if period != "shared" or not when else f"{when} – {text}"
    if period != "shared" and p:
        when = when.removesuffix(f" {p[0]}")  # the column names the year
    return f"{when} – {text}"


def _granularity(events: Sequence[EventView]) -> str:
    """ "day", "month" or "year": the finest column that keeps the events' span readable."""
    days = [dt for dt in (_as_date(e) for e in events) if dt]
    if not days:
        return "year"
    span = (max(days) - min(days)).days
    if span <= DAYS_BY_DAY and all(dates.precision_of(e.date, e.precision) == "day" for e in events):
        return "day"
    return "month" if span <= DAYS_BY_MONTH else "year"


def _as_date(event: EventView) -> dt.date | None:
    p = dates.parts(event.date)
    return dt.date(p[0], p[1] or 1, p[2] or 1) if p else None


def _period(event: EventView, granularity: str) -> tuple[tuple[int, int, int], str]:
    """(sort key, column name) of the event's column."""
    year, month, day = dates.parts(event.date) or (0, 0, 0)
    if granularity == "day" and day:
        return (year, month, day), dates.human(f"{year:04d}-{month:02d}-{day:02d}")
    if granularity in ("day", "month") and month:
        return (year, month, 0), dates.human(f"{year:04d}-{month:02d}")
    return (year, 0, 0), str(year)


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


def without_far_plans(events: Sequence[EventView], ahead: set[str]) -> list[EventView]:
    """``events`` without those after the as-of date (ids in ``ahead``) when they would make the
    diagram's columns coarser: one plan years ahead ("the president's term ends in 2021") turns
    a column per month of the event into a column per year, three boxes for all its months.
    Plans that fit the columns (talks in two weeks) stay; the list under the diagram and the
    home page's "Looking ahead" name them all.

    Example: events of May to November 2017 and one of 2021 -> the 2017 ones (a column per
    month); events of 19-21 June and one of 8 July -> all of them (a column per month either way).
    """
    past = [e for e in events if e.id not in ahead]
    if len(past) == len(events) or not any(dates.parts(e.date) for e in past):
        return list(events)
    if _granularity(shown_events(events)) == _granularity(shown_events(past)):
        return list(events)
    return past


def timeline_diagram(events: Sequence[EventView], title: str | None = None) -> str:
    """Mermaid source of a ``timeline`` of ``drawn(events)``, styled by the theme
    (THEME_CSS); "" when no event has a date."""
    periods = drawn(events)
    if not periods:
        return ""
    lines = [INIT, "timeline"]
    if title:
        lines.append(f"    title {mermaid_text(title, 80)}")
    for name, items, period in periods:
        # Mermaid puts each ": event" of a period in its own box under the period's column.
        lines.append(f"    {name} : " + " : ".join(_label(e, period) for e in items))
    return "\n".join(lines)


def drawn(events: Sequence[EventView]) -> list[tuple[str, list[EventView], str]]:
    """The diagram's columns: (name, events, granularity), a column per day, month or year
    (whichever the events' span allows; the earliest share one past MAX_PERIODS), at most
    PER_PERIOD boxes under each, at most MAX_EVENTS in all (``shown_events``)."""
    shown = shown_events(events)
    granularity = _granularity(shown)
    columns: dict[tuple[int, int, int], tuple[str, list[EventView]]] = {}
    for event in shown:
        key, name = _period(event, granularity)
        columns.setdefault(key, (name, []))[1].append(event)
    keys = sorted(columns)
    periods: list[tuple[str, list[EventView], str]] = []
    if len(keys) > MAX_PERIODS:
        early, keys = keys[: len(keys) - MAX_PERIODS + 1], keys[len(keys) - MAX_PERIODS + 1 :]
        merged = [e for k in early for e in columns[k][1]]
        periods.append((f"{columns[early[0]][0]} – {columns[early[-1]][0]}", merged, "shared"))
    periods.extend((columns[k][0], columns[k][1], granularity) for k in keys)
    return [(name, _most_reported(items, PER_PERIOD), period) for name, items, period in periods]


def _most_reported(events: list[EventView], most: int) -> list[EventView]:
    """The ``most`` events most sources report, in their order."""
    ranked = sorted(range(len(events)), key=lambda i: (-reported_by(events[i]), -i))[:most]
    return [events[i] for i in sorted(ranked)]
