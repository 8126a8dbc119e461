"""``briefing diff OLD NEW``: what changed between two briefings, as Markdown a reviewer reads.

Items are paired by id, and where an id changed (a relabelled event, renumbered reactions) by
the evidence sentences they share, so a small change reads as "changed", not "removed + new".
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import store
from generator.text import fold

Item = Mapping[str, Any]

SECTIONS = ("sources", "actors", "agreements", "reactions", "timeline", "figures")
FIELDS: dict[str, tuple[str, ...]] = {
    "sources": ("title", "outlet", "author", "published", "url", "path"),
    "actors": ("name", "kind", "role", "affiliation", "aliases"),
    "agreements": ("title", "parties", "signatories", "topics", "date", "status"),
    "reactions": ("actor", "stance", "about", "quote", "summary", "date"),
    "timeline": ("date", "precision", "event", "actors"),
    "figures": ("what", "qualifier", "value", "unit", "date"),
}
"""The fields whose change is reported, per section; besides them, the sources reporting an item."""
MAX_LINES = 40
"""Items listed per section and kind of change; the rest are counted."""
MAX_TEXT = 120
_MARKDOWN = re.compile(r"([\\`*_{}\[\]<>()#+!|~&])")


@dataclass
class SectionDiff:
    """One section's changes: items only in NEW, only in OLD, and in both but different."""

    added: list[Item] = field(default_factory=list)
    removed: list[Item] = field(default_factory=list)
    changed: list[tuple[Item, Item, list[str]]] = field(default_factory=list)
    before: int = 0
    after: int = 0


def load_briefing(path: Path) -> dict[str, Any]:
    """``briefing.yaml`` of a data folder (or the file itself), dates kept as written."""
    return store.read_mapping(path / store.BRIEFING_FILE if path.is_dir() else path, dates_as_text=True)


def compare(old: Item, new: Item) -> dict[str, SectionDiff]:
    """Section name -> its changes between two loaded briefings."""
    return {s: compare_section(s, _items(old, s), _items(new, s)) for s in SECTIONS}


def compare_section(section: str, old: list[Item], new: list[Item]) -> SectionDiff:
    """Pair OLD and NEW items, then list what is only in one and what differs."""
    pairs = _pair(old, new, section)
    paired_old, paired_new = {id(o) for o, _ in pairs}, {id(n) for _, n in pairs}
    out = SectionDiff(before=len(old), after=len(new))
    out.added = [n for n in new if id(n) not in paired_new]
    out.removed = [o for o in old if id(o) not in paired_old]
    for o, n in pairs:
        changes = describe_changes(section, o, n)
        if changes:
            out.changed.append((o, n, changes))
    return out


SUMMARY_SECTIONS = (("actors", "actors"), ("timeline", "events"), ("figures", "figures"))
"""The sections a build's "what changed" names (section, what a reader calls its items)."""
SUMMARY_NAMES = 3
"""Items named per kind of change in a build's "what changed"; the rest are counted."""


def summary_view(briefing: Item) -> str:
    """The part of a briefing ``summary`` reads, as JSON text (dates as ISO text): what a
    build remembers of its data so that the next build's "what changed" need not read the
    whole briefing.yaml back (2.5 s for 400 articles, a sixth of adding one)."""
    view = {section: _items(briefing, section) for section, _ in SUMMARY_SECTIONS}
    return json.dumps(view, ensure_ascii=False, sort_keys=True, default=str)


def summary(old: Item, new: Item) -> list[str]:
    """Three plain lines for the end of a build: new and removed actors, events and figures."""
    lines = []
    for section, noun in SUMMARY_SECTIONS:
        d = compare_section(section, _items(old, section), _items(new, section))
        parts = [
            f"{len(items)} {kind} ({_listed([_label(section, it) for it in items])})"
            for kind, items in (("new", d.added), ("removed", d.removed))
            if items
        ]
        changed = ", ".join(parts) if parts else "none new or removed"
        lines.append(f"{noun} since the last build: {changed}; {d.after} in all")
    return lines


def latest_news(briefing: Item) -> list[str]:
    """What the latest day's reports add: the actors, events and figures that only sources
    published on the briefing's last publication day report, a line per kind (the home page's
    "What's new"). Nothing when the sources span fewer than two days (an inferred publication
    date does not count).

    Read from the articles alone, so the same articles give the same page: a build-to-build
    diff (``summary``, printed at the end of a build) would make two builds of one folder differ.
    """
    dated = [
        (str(s["published"]), str(s.get("id")))
        for s in _items(briefing, "sources")
        if s.get("published")
        and not s.get("published_inferred")
        and re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(s["published"]))
    ]
    days = sorted({day for day, _ in dated})
    if len(days) < 2:
        return []
    latest = days[-1]
    fresh = {i for day, i in dated if day == latest}
    earlier = {i for day, i in dated if day < latest}
    y, m, d = (int(x) for x in latest.split("-"))
    when = f"{d} {_MONTHS[m - 1]} {y}"
    lines = [f"reports of {when}: {len(fresh)} of {len(dated)} dated sources"]
    for section, noun in SUMMARY_SECTIONS:
        new = [
            it
            for it in _items(briefing, section)
            if (by := _reported_by(section, it)) & fresh and not by & earlier
        ]
        if section == "actors":  # the ones that matter first
            new.sort(key=lambda a: (not a.get("salient"), -float(a.get("salience") or 0)))
        shown = f"{len(new)} new ({_listed([_label(section, it) for it in new])})" if new else "none new"
        lines.append(f"{noun}: {shown}")
    return lines


_MONTHS = ("January February March April May June July August September October November December").split()


def _label(section: str, item: Item) -> str:
    """An item as a reader knows it, in plain text for a terminal."""
    if section == "actors":
        text = str(item.get("name") or item.get("id"))
    elif section == "figures":
        text = " ".join(str(item[k]) for k in ("value", "what") if item.get(k)) or str(item.get("id"))
    else:
        text = f"{item.get('date') or 'undated'} {item.get('event') or item.get('id')}"
    # Article text reaches a terminal here: no control characters (escape sequences).
    text = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    return text if len(text) <= 60 else text[:59].rstrip() + "…"


def _listed(names: Sequence[str]) -> str:
    shown = ", ".join(names[:SUMMARY_NAMES])
    return shown + (f" and {len(names) - SUMMARY_NAMES} more" if len(names) > SUMMARY_NAMES else "")


def describe_changes(section: str, old: Item, new: Item) -> list[str]:
    """``role: none → President``-style phrases for every reported field that differs."""
    out = []
    if old.get("id") != new.get("id"):
        out.append(f"id {_code(old.get('id'))} → {_code(new.get('id'))}")
    for name in FIELDS.get(section, ()):
        a, b = old.get(name), new.get(name)
        if _norm(a) != _norm(b):
            out.append(f"{name}: {_value(a)} → {_value(b)}")
    if section == "figures" and _other_values(old) != _other_values(new):
        out.append(f"other values: {_value(_other_values(old))} → {_value(_other_values(new))}")
    a_src, b_src = _reported_by(section, old), _reported_by(section, new)
    if a_src != b_src:
        gained, lost = sorted(b_src - a_src), sorted(a_src - b_src)
        detail = ", ".join([*(f"+{_code(s)}" for s in gained), *(f"−{_code(s)}" for s in lost)])
        out.append(f"sources: {len(a_src)} → {len(b_src)} ({detail})")
    return out


def render(diffs: Mapping[str, SectionDiff], old: Item, new: Item) -> str:
    """The Markdown summary: a table of counts, then each section's new, removed and changed items."""
    lines = ["## Briefing changes", ""]
    for key in ("title", "as_of"):
        if _norm(old.get(key)) != _norm(new.get(key)):
            lines += [
                f"**{key.replace('_', ' ').capitalize()}:** {_value(old.get(key))} → {_value(new.get(key))}",
                "",
            ]
    if not any(d.added or d.removed or d.changed for d in diffs.values()) and len(lines) == 2:
        return "## Briefing changes\n\nNo changes to the briefing.\n"
    lines += [
        "| section | before | after | new | removed | changed |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for section, d in diffs.items():
        counts = (d.before, d.after, len(d.added), len(d.removed), len(d.changed))
        lines.append(f"| {section} | " + " | ".join(str(c) for c in counts) + " |")
    lines.append("")
    for section, d in diffs.items():
        if not (d.added or d.removed or d.changed):
            continue
        lines += [f"### {section.capitalize()}", ""]
        names = _actor_names(new) | _actor_names(old)
        for title, items in (("New", d.added), ("Removed", d.removed)):
            if items:
                lines.append(f"**{title} ({len(items)})**")
                lines += _capped([f"- {describe(section, it, names)}" for it in items])
                lines.append("")
        if d.changed:
            lines.append(f"**Changed ({len(d.changed)})**")
            lines += _capped([f"- {describe(section, n, names)}: {'; '.join(c)}" for _, n, c in d.changed])
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def diff(old_path: Path, new_path: Path) -> str:
    """The Markdown summary of what changed from the briefing in ``old_path`` to ``new_path``."""
    old, new = load_briefing(old_path), load_briefing(new_path)
    return render(compare(old, new), old, new)


def describe(section: str, item: Item, names: Mapping[str, str]) -> str:
    """One readable line naming an item: what a reviewer needs to recognise it."""
    ident = _code(item.get("id"))
    if section == "sources":
        meta = ", ".join(_escape(str(item[k])) for k in ("outlet", "published") if item.get(k))
        return f"{ident} {_text(item.get('title') or item.get('path'))}" + (f" ({meta})" if meta else "")
    if section == "actors":
        meta = ", ".join(_escape(str(item[k])) for k in ("kind", "role") if item.get(k))
        return f"**{_text(item.get('name'))}** {ident}" + (f" — {meta}" if meta else "")
    if section == "agreements":
        meta = ", ".join(_escape(str(item[k])) for k in ("date", "status") if item.get(k))
        return f"**{_text(item.get('title'))}** {ident}" + (f" — {meta}" if meta else "")
    if section == "reactions":
        who = names.get(str(item.get("actor")), str(item.get("actor")))
        said = item.get("quote") or item.get("summary")
        return f"**{_text(who)}** ({_escape(str(item.get('stance')))}) {ident}" + (
            f": “{_text(said)}”" if said else ""
        )
    if section == "figures":
        return f"**{_figure_value(item)}** {_text(item.get('what'))} {ident}"
    return f"**{_escape(str(item.get('date')))}** {_text(item.get('event'))} {ident}"


def _figure_value(item: Item) -> str:
    """ "at least 84", "5 billion USD": a figure's value as the sources write it, escaped."""
    return _text(_figure_words(item))


def _figure_words(item: Item, unit: Any = None) -> str:
    unit = unit if unit is not None else item.get("unit")
    words = [item.get("qualifier"), item.get("value")]
    if unit and not str(item.get("what") or "").startswith(str(unit)):
        words.append(unit)
    return " ".join(str(w) for w in words if w)


def _other_values(item: Item) -> list[str]:
    """The other values a figure's sources give, as "80 (source)", sorted."""
    return sorted(
        f"{_figure_words(c, item.get('unit'))} ({c.get('source')})"
        for c in item.get("conflicts") or []
        if isinstance(c, dict)
    )


# ----------------------------------------------------------------------------- pairing


def _pair(old: list[Item], new: list[Item], section: str) -> list[tuple[Item, Item]]:
    """Same id and a shared sentence first; then most shared sentences; then the same id alone.

    Actors share sentences with each other, so they pair by id, then by a name one of them
    gives as an alias (a renamed actor keeps its old name as one).
    """
    pairs: list[tuple[Item, Item]] = []
    left_old, left_new = list(old), list(new)

    def take(match: Callable[[Item, Item], bool]) -> None:
        for o in list(left_old):
            n = next((n for n in left_new if match(o, n)), None)
            if n is not None:
                pairs.append((o, n))
                left_old.remove(o)
                left_new.remove(n)

    def same_id(o: Item, n: Item) -> bool:
        return bool(o.get("id") == n.get("id"))

    if section == "actors":
        take(same_id)
        take(lambda o, n: bool(_names(o) & _names(n)))
    elif section != "sources":
        take(
            lambda o, n: (
                same_id(o, n) and (bool(_quotes(o) & _quotes(n)) or not _quotes(o) and not _quotes(n))
            )
        )
        scored = sorted(
            (
                (len(_quotes(o) & _quotes(n)), i, j)
                for i, o in enumerate(left_old)
                for j, n in enumerate(left_new)
            ),
            key=lambda t: (-t[0], t[1], t[2]),
        )
        used_old: set[int] = set()
        used_new: set[int] = set()
        matched = []
        for shared, i, j in scored:
            if shared and i not in used_old and j not in used_new:
                used_old.add(i)
                used_new.add(j)
                matched.append((left_old[i], left_new[j]))
        for o, n in matched:
            pairs.append((o, n))
            left_old.remove(o)
            left_new.remove(n)
    take(same_id)
    order = {id(n): i for i, n in enumerate(new)}
    return sorted(pairs, key=lambda p: order[id(p[1])])


def _quotes(item: Item) -> set[tuple[str, str]]:
    return {
        (str(ev.get("source")), fold(str(ev.get("quote"))))
        for ev in item.get("evidence") or []
        if isinstance(ev, dict)
    }


def _names(actor: Item) -> set[str]:
    return {fold(str(x)).casefold() for x in [actor.get("name"), *(actor.get("aliases") or [])] if x}


def _reported_by(section: str, item: Item) -> set[str]:
    if section == "sources":
        return set()
    if section == "actors":
        return {str(s) for s in item.get("sources") or []}
    return {str(ev.get("source")) for ev in item.get("evidence") or [] if isinstance(ev, dict)}


# ----------------------------------------------------------------------------- text


def _items(data: Item, section: str) -> list[Item]:
    value = data.get(section)
    return [x for x in value if isinstance(x, dict)] if isinstance(value, list) else []


def _actor_names(data: Item) -> dict[str, str]:
    return {str(a.get("id")): str(a.get("name")) for a in _items(data, "actors")}


def _norm(value: Any) -> Any:
    return [str(v) for v in value] if isinstance(value, list) else None if value in (None, "") else str(value)


def _value(value: Any) -> str:
    if value is None or value == [] or value == "":
        return "none"
    if isinstance(value, list):
        return ", ".join(_text(str(v)) for v in value)
    return _text(str(value))


def _text(value: Any) -> str:
    """Text from an article, shortened and escaped so it reads as text, never as Markdown or HTML."""
    s = fold(str(value or ""))
    if len(s) > MAX_TEXT:
        s = s[: MAX_TEXT - 1].rstrip() + "…"
    return _escape(s)


def _escape(s: str) -> str:
    return _MARKDOWN.sub(r"\\\1", s)


def _code(value: Any) -> str:
    return f"`{str(value).replace('`', '')}`"


def _capped(lines: Sequence[str]) -> list[str]:
    if len(lines) <= MAX_LINES:
        return list(lines)
    return [*lines[:MAX_LINES], f"- … and {len(lines) - MAX_LINES} more"]
