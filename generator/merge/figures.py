"""Merge figures across sources: one figure per measure, with every value the sources give.

Two figures are one measure when they count the same thing in the same unit (their ``key``),
belong to the same actors (or name none; a toll is the event's, whoever gives it), refer to the
same period (the story's days, or the same earlier year for background figures) and do not jump
by more than a factor of ``MAX_RATIO`` (tolls: and ``MAX_GAP``) between neighbouring values (a $3
billion charge and a $20 billion charge are two banks', 2 children killed and 10 children killed
two facts, while a toll rising 60, 77, 80, 84, 85, or 2, 4, 6, is one). Counts under other names
are one figure when they give one precise value, or one group or toll the sources agree on ("21
girls freed", "the 21 schoolgirls were exchanged"; ``_joined``).
When the sources give different values the figure shows the latest report's value (among
equals the most reported one) and keeps every other value, with its source and date, as a
conflict: values are never averaged.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

from generator.extract.figures.words import DURATION_UNITS, MEASURE_UNITS, RACE_MARKS
from generator.records import ArticleRecords, Evidence, Figure, FigureValue, earliest_per_source
from generator.text import slugify, unique_id

STORY_DAYS = 90
"""A figure dated up to this many days before its article's publication is part of the story;
one dated earlier is background ("the 2015 attacks killed 130") and merges only with figures of
the same year."""
MAX_RATIO = 1.5
"""Neighbouring exact values of one measure further apart than this are two measures."""
MAX_GAP = 2
"""... unless they are tolls this close: a first toll of two that rose to four is one toll."""
TOLL_ORDER = ("killed", "injured", "missing", "hospitalised", "freed", "rescued", "evacuated", "arrested")
"""Tolls first on the page, in this order; then the other figures by how many sources give them."""


def merge_article_figures(
    records: Sequence[ArticleRecords], remap: Callable[[str, Iterable[str]], tuple[str, ...]]
) -> tuple[Figure, ...]:
    """``merge_figures`` over every article's figures, their actor ids mapped by ``remap``
    (source id, per-article ids -> merged ids)."""
    figures = [
        dataclasses.replace(f, actors=remap(rec.article.id, f.actors)) for rec in records for f in rec.figures
    ]
    return merge_figures(figures, {rec.article.id: rec.article.published for rec in records})


def merge_figures(figures: Sequence[Figure], published: Mapping[str, dt.date | None]) -> tuple[Figure, ...]:
    """One figure per measure over all sources; ``published`` maps source ids to their dates.

    Input figures have one evidence entry each (as extracted) and actor ids already merged.
    """
    groups: dict[tuple[str, str], list[list[Figure]]] = defaultdict(list)
    tolls = _toll_keys(figures)
    for fig in sorted(figures, key=lambda f: (-len(f.actors), _source(f), _sentence(f))):
        key = tolls.get((fig.unit, fig.number or 0.0)) if _plain_count(fig) else None
        clusters = groups[(key or _measure_key(fig), _era(fig, published))]
        fits = [c for c in clusters if _same_owner(c, fig) and not _told_apart(c, fig)]
        # a cluster that gives the same value first: the second source's "trillions" joins the
        # first one's "trillions", not the "billions" the first one told apart from it
        found = next((c for c in fits if any(_value_key(f) == _value_key(fig) for f in c)), None)
        found = found or next(iter(fits), None)
        if found is None:
            clusters.append([fig])
        else:
            found.append(fig)
    by_era: dict[str, list[list[Figure]]] = defaultdict(list)
    for (_, era), clusters in groups.items():
        by_era[era].extend(clusters)
    merged = [
        _dated(_combine(part, published), era)
        for era, clusters in by_era.items()
        for c in _joined(clusters)
        for part in _by_value(c)
    ]
    merged.sort(key=_rank)
    taken: set[str] = set()
    return tuple(dataclasses.replace(f, id=unique_id(slugify(f.what, 6), taken)) for f in merged)


PLAIN_VERBS = frozenset({"carry", "have", "include", "be", "remain", "board", "aboard"})
"""Verbs of a count that say nothing of what happened to the people: "a plane carrying 10 US
citizens", "the bus had 12 passengers"."""


def _plain_count(fig: Figure) -> bool:
    """A count of named people that tells nothing happened to them ("the 10 US citizens", "carrying
    10 US citizens"); not of "people" at large, who are counted in many roles ("100 people
    rushed to help")."""
    parts = fig.key.split("|")
    if _is_toll(fig) or fig.number is None or fig.unit in (None, "people", "others", "persons"):
        return False
    return parts[-1] == "count" and (len(parts) == 2 or (len(parts) == 3 and parts[1] in PLAIN_VERBS))


def _toll_keys(figures: Sequence[Figure]) -> dict[tuple[str | None, float], str]:
    """(counted noun, number) of every toll -> its key: a plain count of the same people with the
    same number is that toll ("10 citizens killed" in one source, "the 10 US citizens" or "a
    plane carrying 10 US citizens" in another)."""
    out: dict[tuple[str | None, float], str] = {}
    for fig in sorted(figures, key=lambda f: (_source(f), _sentence(f))):
        if _is_toll(fig) and fig.number is not None and fig.unit:
            out.setdefault((fig.unit, fig.number), fig.key)
    return out


def _measure_key(fig: Figure) -> str:
    """``fig.key``; for a quantity in a unit of measure or a number of times, the unit and the
    number: "600 tons of refined oil" and "600 tons of refined petroleum products" are one
    figure whatever the sources call the stuff."""
    unit = fig.key.rsplit("|", 1)[-1]
    if fig.number is not None and unit in BY_VALUE_UNITS:
        return f"{unit}|{fig.number!r}"
    return fig.key


def _joined(clusters: list[list[Figure]]) -> list[list[Figure]]:
    """Clusters of different keys that give one of the same values (``_same_values``) as one:
    the same precise value in the same unit (any counted noun is one, "11.5 million documents",
    "11.5 million files") for the same owners ("a bid of $121 billion" and "the $121 billion
    offer", "Goldman's tax rate of 15.5%" and "15.5% held in cash"), or one group or toll the
    sources agree on ("21 girls freed", "the 21 girls were exchanged"), with each one's other
    values (the $103 billion first bid stays the bid's conflict); never two tolls of different
    happenings ("killed", "injured")."""
    out: list[list[Figure]] = []
    seen: dict[tuple[str, str | None, float | str], list[Figure]] = {}
    for cluster in clusters:
        one = len({f.number for f in cluster}) == 1  # every source of the cluster agrees
        values = {v for f in cluster for v in _same_values(f, one)}
        into = cluster
        for v in sorted(values, key=repr):
            other = seen.get(v)
            if (
                other is None
                or other is into
                or len(_participles(other) | _participles(into)) > 1
                or (v[0] == "value" and not all(_same_owner(other, f) for f in into))
            ):
                continue  # a count of one group is the group's whoever handed it over or spoke of it
            other.extend(into)
            if into is not cluster:
                out.remove(into)
            for key, target in seen.items():
                if target is into:
                    seen[key] = other
            into = other
        if into is cluster:
            out.append(cluster)
        for v in values:
            seen.setdefault(v, into)
    return out


def _same_values(fig: Figure, agreed: bool) -> list[tuple[str, str | None, float | str]]:
    """The values that make ``fig`` the figure of another cluster that gives them: a precise
    value in its kind of unit (``_precise``); a count of ten or more of one named group ("21
    girls freed", "the 21 girls were exchanged", "handed the 21 girls"); a toll of ten or more or
    a vague one, whoever it counts ("21 schoolgirls freed", "the 21 were freed"; "thousands
    evacuated", "thousands of spectators were evacuated"); these two only for a cluster whose
    sources agree on one value."""
    out: list[tuple[str, str | None, float | str]] = []
    if fig.number is not None and _precise(fig.number):
        out.append(("value", _kind(fig.unit), fig.number))
    if not agreed:
        return out  # "2 children killed" and "10 children killed" are no one group to join
    if fig.number is not None and fig.number >= 10 and _kind(fig.unit) == "count" and fig.unit not in CROWD:
        out.append(("group", fig.unit, fig.number))
    if _is_toll(fig) and (fig.number is None or fig.number >= 10):
        out.append(
            ("toll", fig.key.split("|")[1], fig.number if fig.number is not None else fig.value.lower())
        )
    return out


CROWD = frozenset({"people", "others", "persons"})
"""Counted nouns too general to say two counts are of one group ("100 people gathered", "100
people were evacuated")."""


def _participles(cluster: list[Figure]) -> set[str]:
    """What happened to the people of the cluster's tolls: two tolls ("killed", "injured") never
    join, whatever their numbers."""
    return {f.key.split("|")[1] for f in cluster if _is_toll(f)}


def _kind(unit: str | None) -> str | None:
    """A unit of measure, a currency or "percent" as is; any counted noun "count": "11.5 million
    documents" and "11.5 million files" are one count."""
    if unit is None or unit in UNITS or unit == "percent" or (len(unit) == 3 and unit.isupper()):
        return unit
    return "count" if " per " not in unit else unit


UNITS = frozenset([*MEASURE_UNITS.values(), *DURATION_UNITS.values(), "times", *RACE_MARKS])
"""Units a figure is measured in (not counted nouns)."""


def _precise(number: float) -> bool:
    """Three significant digits or more: 121e9, 226, 15.5, 284.46; not 5e9, 40, 2.5.

    >>> _precise(121e9), _precise(15.5), _precise(5e9), _precise(40)
    (True, True, False, False)
    """
    digits = f"{number:.6g}".split("e")[0].replace(".", "").replace("-", "").strip("0")
    return len(digits) >= 3


BY_VALUE_UNITS = frozenset(
    {
        "times",
        "tons",
        "tonnes",
        "barrels",
        "km",
        "miles",
        "m",
        "feet",
        "kg",
        "grams",
        "litres",
        "gallons",
        "acres",
        "hectares",
        "terabytes",
        "gigabytes",
        "TB",
        "GB",
    }
)
"""Units in which the same number is the same measure, however the sources name what is measured."""


def _source(fig: Figure) -> str:
    return fig.evidence[0].source if fig.evidence else ""


def _sentence(fig: Figure) -> int:
    return (fig.evidence[0].sentence or 0) if fig.evidence else 0


def _era(fig: Figure, published: Mapping[str, dt.date | None]) -> str:
    """ "story", or the year of a background figure."""
    pub = published.get(_source(fig))
    if not fig.date or pub is None:
        return "story"
    try:
        start = dt.date.fromisoformat(
            (fig.date + "-01-01")[:10] if len(fig.date) == 4 else (fig.date + "-01")[:10]
        )
    except ValueError:
        return "story"
    if start >= pub - dt.timedelta(days=STORY_DAYS) or fig.date[:4] == str(pub.year) and len(fig.date) == 4:
        return "story"
    return fig.date[:4]


def _dated(fig: Figure, era: str) -> Figure:
    """A background figure says its year in what it counts ("people killed (2004)"), so a reader
    tells it from the story's own toll."""
    if era == "story" or era in fig.what:
        return fig
    return dataclasses.replace(fig, what=f"{fig.what} ({era})")


def _is_toll(fig: Figure) -> bool:
    return fig.key.count("|") == 2 and fig.key.split("|")[1] in TOLL_ORDER + ("charged", "abducted", "shot")


def _same_owner(cluster: list[Figure], fig: Figure) -> bool:
    """Whether ``fig`` belongs to the actors the figures of ``cluster`` belong to (or either names
    none); a toll is the event's, whoever gives it."""
    owners = {a for f in cluster for a in f.actors}
    return not owners or not fig.actors or bool(owners & set(fig.actors)) or _is_toll(fig)


def _told_apart(cluster: list[Figure], fig: Figure) -> bool:
    """Whether the source of ``fig`` already gives another value in ``cluster``: one article that
    counts "all 16 games as a rookie" and "all 15 games this season", or "trillions of planets
    there, as the Milky Way holds billions of planets", gives two measures, not a conflict with
    itself; a toll is the exception, which an article updates ("first reports said five dead;
    seven have now died")."""
    if _is_toll(fig):
        return False
    return any(
        _source(f) == _source(fig) and not _is_toll(f) and _value_key(f) != _value_key(fig)
        for f in cluster
        if (f.number is None) == (fig.number is None)
    )


def _by_value(cluster: list[Figure]) -> list[list[Figure]]:
    """``cluster`` cut where two neighbouring exact values are more than ``MAX_RATIO`` apart (60,
    77, 80, 84, 85 stay one toll; 32 and 130 beside them are other events'; a change in percent
    is never cut); vague values ("dozens") join the part most sources give."""
    exact = sorted((f for f in cluster if f.number), key=lambda f: (f.number or 0, _source(f)))
    parts: list[list[Figure]] = []
    for fig in exact:
        last = parts[-1][-1].number or 1 if parts else 1
        close = (
            (fig.number or 0) / last <= MAX_RATIO
            or (_is_toll(fig) and (fig.number or 0) - last <= MAX_GAP)
            or _is_change(fig)
        )
        if parts and close:
            parts[-1].append(fig)
        else:
            parts.append([fig])
    vague = [f for f in cluster if not f.number]
    if not parts:
        return [vague]
    biggest = max(parts, key=lambda part: (len({_source(f) for f in part}), len(part)))
    biggest.extend(vague)
    return parts


def _is_change(fig: Figure) -> bool:
    """A change in percent of one thing by one verb ("Tarvo shares fell 1.5 percent", "... fell
    4.3 percent" by the afternoon): one measure however far apart its values."""
    parts = fig.key.split("|")
    return len(parts) == 3 and parts[-1] == "percent"


def _value_key(fig: Figure) -> str:
    """Values that agree: the same number whatever its qualifier ("84", "at least 84")."""
    return repr(fig.number) if fig.number is not None else fig.value.lower()


def _combine(cluster: list[Figure], published: Mapping[str, dt.date | None]) -> Figure:
    by_value: dict[str, list[Figure]] = defaultdict(list)
    for fig in cluster:
        by_value[_value_key(fig)].append(fig)

    def reported(figs: list[Figure]) -> dt.date:
        dates = [published.get(_source(f)) for f in figs]
        return max((d for d in dates if d), default=dt.date.min)

    # Exact values before vague ones; then the latest report, the most sources, the larger number.
    order = sorted(
        by_value.values(),
        key=lambda figs: (
            figs[0].number is None,
            -reported(figs).toordinal(),
            -len({_source(f) for f in figs}),
            -(figs[0].number or 0),
            figs[0].value,
        ),
    )
    head = order[0]
    qualifiers = Counter(f.qualifier for f in head)
    qualifier = max(qualifiers, key=lambda q: (qualifiers[q], q is None, q or ""))
    whats = Counter(f.what for f in cluster if _is_toll(f)) or Counter(f.what for f in cluster)
    what = max(whats, key=lambda w: (whats[w], len(w), w))
    units = Counter(f.unit for f in cluster if f.unit)
    dates = Counter(f.date for f in head if f.date)
    conflicts = [
        FigureValue(f.value, f.qualifier, f.number, f.date, f.evidence[0])
        for figs in order[1:]
        for f in _one_per_source(figs)
    ]
    return dataclasses.replace(
        head[0],
        key=next((f.key for f in cluster if _is_toll(f)), head[0].key),
        what=what,
        qualifier=qualifier,
        value=next(f.value for f in head if f.qualifier == qualifier),
        unit=max(units, key=lambda u: (units[u], u)) if units else None,
        date=max(dates, key=lambda d: (dates[d], d)) if dates else None,
        actors=tuple(dict.fromkeys(a for f in cluster for a in f.actors)),
        evidence=earliest_per_source(ev for f in head for ev in f.evidence),
        corroboration=len({_source(f) for f in head}),
        conflicts=tuple(conflicts),
    )


def _one_per_source(figs: list[Figure]) -> list[Figure]:
    """The first mention of a value in each source, in source order."""
    seen: dict[str, Figure] = {}
    for f in sorted(figs, key=lambda f: (_source(f), _sentence(f))):
        seen.setdefault(_source(f), f)
    return list(seen.values())


def _rank(fig: Figure) -> tuple[object, ...]:
    """Tolls first, then what most sources report, then the order of what they count."""
    parts = fig.key.split("|")
    toll = TOLL_ORDER.index(parts[1]) if len(parts) == 3 and parts[1] in TOLL_ORDER else len(TOLL_ORDER)
    sources = len({ev.source for ev in fig.evidence} | {c.evidence.source for c in fig.conflicts})
    return (toll, -sources, fig.what.lower(), fig.value, fig.id)


def sources_of(fig: Figure) -> list[Evidence]:
    """Every evidence entry of a merged figure: its own, then its conflicts'."""
    return [*fig.evidence, *(c.evidence for c in fig.conflicts)]
