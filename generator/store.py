"""Deterministic YAML in and out: records -> the contract's mappings -> text, and back to dicts."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from generator import yaml_block
from generator.errors import DataError
from generator.records import (
    Actor,
    Agreement,
    Article,
    ArticleRecords,
    Briefing,
    Conflict,
    Evidence,
    Figure,
    FigureValue,
    MainEvent,
    Reaction,
    TimelineEvent,
)

SCHEMA_VERSION = 1
BRIEFING_FILE = "briefing.yaml"
SOURCES_DIR = "sources"


def dumper_identity() -> tuple[str, ...]:
    """What ``dump_yaml``'s output depends on besides the data: PyYAML, libyaml, this module
    and ``yaml_block``."""
    modules = (Path(__file__), Path(yaml_block.__file__))
    code = "".join(hashlib.sha256(path.read_bytes()).hexdigest() for path in modules)
    return (yaml.__version__, str(yaml.__with_libyaml__), code)


def dump_yaml(data: Any) -> str:
    """Block-style YAML with keys in the order given, unicode kept, lines not folded: libyaml's
    text, written directly when ``yaml_block`` can (the same bytes, four times faster)."""
    text = yaml_block.dump(data)
    if text is not None:
        return text
    return yaml.dump(
        data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=10_000, default_flow_style=False
    )


def dump_yaml_by_item(data: dict[str, Any], dump: Callable[[Any], str] = dump_yaml) -> str:
    """``dump_yaml(data)``, made one list item at a time with ``dump`` (a memo of texts, say):
    the same bytes, since libyaml writes a list under a top-level key unindented and an item's
    text does not depend on its neighbours (tested). Adding an article to a large briefing
    changes a few of its thousands of items; dumping them all took a second."""
    out = []
    for key, value in data.items():
        if isinstance(value, list) and value:
            out.append(dump_yaml({key: [0]}).split("\n", 1)[0] + "\n")  # "key:", quoted if need be
            out += [dump([item]) for item in value]
        else:
            out.append(dump_yaml({key: value}))
    return "".join(out)


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """The safe dumper, on libyaml's emitter (five times PyYAML's: 2 s instead of 11 s for 400
    articles). libyaml writes a list under its key without indenting it (``key:`` then ``- a``),
    which is valid YAML and what PyYAML's own emitter does by default; PyYAML's wheels all carry
    libyaml, so every machine writes the same bytes."""

    def ignore_aliases(self, data: Any) -> bool:
        # The same date object in two places would otherwise become an anchor (&id001) and an
        # alias (*id001): valid YAML, but unreadable and a noisy diff when one of them changes.
        return True


def _evidence(evs: tuple[Evidence, ...]) -> list[dict[str, Any]]:
    return [{"source": e.source, "quote": e.quote, "sentence": e.sentence} for e in evs]


def _corroboration(item: Agreement | TimelineEvent) -> int:
    """The merged count, or for records never merged (one article's own) the sources of their evidence."""
    return item.corroboration or len({ev.source for ev in item.evidence})


def _conflicts(conflicts: tuple[Conflict, ...], precision: bool) -> list[dict[str, Any]]:
    """Other dates sources give: date (and precision for events), then the evidence's fields."""
    out = []
    for c in conflicts:
        entry: dict[str, Any] = {"date": c.date}
        if precision:
            entry["precision"] = c.precision
        entry.update(_evidence((c.evidence,))[0])
        out.append(entry)
    return out


def source_meta(a: Article) -> dict[str, Any]:
    """The contract's ``sources`` entry for one article."""
    return {
        "id": a.id,
        "title": a.title,
        "outlet": a.outlet,
        "author": a.author,
        "published": a.published,
        **({"published_inferred": True} if a.published_inferred else {}),
        "url": a.url,
        "words": a.words,
        "path": a.path,
    }


def published_doubt(doubt: Conflict | None) -> dict[str, Any]:
    """``published_doubt`` of a source: the later day its own text reports as past."""
    if doubt is None:
        return {}
    return {"published_doubt": {"date": doubt.date, **_evidence((doubt.evidence,))[0]}}


def actor_dict(a: Actor) -> dict[str, Any]:
    return {
        "id": a.id,
        "name": a.name,
        "kind": a.kind,
        "role": a.role,
        "affiliation": a.affiliation,
        "aliases": list(a.aliases),
        "mentions": a.mentions,
        "sources": list(a.sources),
        "evidence": _evidence(a.evidence),
        "salience": a.salience,
        "salient": a.salient,
        "admitted": list(a.admitted),
    }


def agreement_dict(a: Agreement) -> dict[str, Any]:
    return {
        "id": a.id,
        "title": a.title,
        "parties": list(a.parties),
        "signatories": list(a.signatories),
        "topics": list(a.topics),
        "date": a.date,
        "status": a.status,
        "evidence": _evidence(a.evidence),
        "corroboration": _corroboration(a),
        "conflicts": _conflicts(a.conflicts, precision=False),
    }


def reaction_dict(r: Reaction) -> dict[str, Any]:
    return {
        "id": r.id,
        "actor": r.actor,
        "stance": r.stance,
        "about": list(r.about),
        "quote": r.quote,
        "summary": r.summary,
        "date": r.date,
        "evidence": _evidence(r.evidence),
    }


def event_dict(e: TimelineEvent) -> dict[str, Any]:
    return {
        "id": e.id,
        "date": e.date,
        "precision": e.precision,
        "event": e.event,
        "actors": list(e.actors),
        "evidence": _evidence(e.evidence),
        "corroboration": _corroboration(e),
        "conflicts": _conflicts(e.conflicts, precision=True),
        "background": e.background,
    }


def main_event_dict(m: MainEvent | None) -> dict[str, Any] | None:
    """The contract's ``event`` (briefing) or ``main_event`` (one source), or None."""
    if m is None:
        return None
    return {
        "summary": m.summary,
        "date": m.date,
        "precision": m.precision,
        "place": m.place,
        "actors": list(m.actors),
        "evidence": _evidence(m.evidence),
        "timeline_event": m.event,
    }


def _figure_values(values: tuple[FigureValue, ...]) -> list[dict[str, Any]]:
    """Other values sources give: the value's fields, then the evidence's."""
    out = []
    for v in values:
        entry: dict[str, Any] = {
            "value": v.value,
            "qualifier": v.qualifier,
            "number": v.number,
            "date": v.date,
        }
        entry.update(_evidence((v.evidence,))[0])
        out.append(entry)
    return out


def figure_dict(f: Figure) -> dict[str, Any]:
    return {
        "id": f.id,
        "what": f.what,
        "value": f.value,
        "qualifier": f.qualifier,
        "unit": f.unit,
        "number": f.number,
        "date": f.date,
        "actors": list(f.actors),
        "evidence": _evidence(f.evidence),
        "corroboration": f.corroboration or len({ev.source for ev in f.evidence}),
        "conflicts": _figure_values(f.conflicts),
    }


def briefing_dict(b: Briefing) -> dict[str, Any]:
    """``briefing.yaml`` as a mapping, in the contract's key order."""
    return {
        "schema_version": SCHEMA_VERSION,
        "title": b.title,
        "as_of": b.as_of,
        "sources": [source_meta(a) for a in b.articles],
        "actors": [actor_dict(a) for a in b.actors],
        "agreements": [agreement_dict(a) for a in b.agreements],
        "reactions": [reaction_dict(r) for r in b.reactions],
        "timeline": [event_dict(e) for e in b.timeline],
        "event": main_event_dict(b.event),
        "figures": [figure_dict(f) for f in b.figures],
    }


def source_dict(rec: ArticleRecords) -> dict[str, Any]:
    """``sources/<id>.yaml``: one article's metadata, cleaned text and its own records."""
    return {
        "schema_version": SCHEMA_VERSION,
        "source": {**source_meta(rec.article), **published_doubt(rec.published_doubt)},
        "actors": [actor_dict(a) for a in rec.actors],
        "agreements": [agreement_dict(a) for a in rec.agreements],
        "reactions": [reaction_dict(r) for r in rec.reactions],
        "timeline": [event_dict(e) for e in rec.timeline],
        "main_event": main_event_dict(rec.main_event),
        "figures": [figure_dict(f) for f in rec.figures],
        "paragraphs": [list(p) for p in rec.sentences],
        "removed": list(rec.article.removed),
        # Only when some were left out, so a usual source's file is as it always was.
        **({"removed_omitted": rec.article.removed_omitted} if rec.article.removed_omitted else {}),
        # Blocks of another story whose actors were kept out; only when there are some.
        **({"off_story": list(rec.off_story)} if rec.off_story else {}),
    }


def data_mappings(b: Briefing) -> dict[str, dict[str, Any]]:
    """Relative path -> the plain data of every data file of the briefing (what YAML loads back)."""
    files = {BRIEFING_FILE: briefing_dict(b)}
    for rec in b.per_source:
        files[f"{SOURCES_DIR}/{rec.article.id}.yaml"] = source_dict(rec)
    return files


def data_files(b: Briefing) -> dict[str, str]:
    """Relative path -> YAML text for every data file of the briefing."""
    return {rel: dump_yaml(data) for rel, data in data_mappings(b).items()}


def write_files(files: dict[str, str | bytes], root: Path) -> None:
    """Write relative-path -> content into ``root`` (which the caller owns)."""
    for rel, content in sorted(files.items()):
        path = root / rel
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        except OSError as exc:
            if exc.filename is not None:
                raise
            # A full disk fails the write itself, which names no file: say which.
            raise OSError(exc.errno, exc.strerror, str(path)) from exc


_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader: five times PyYAML's own, same data."""


class _TextDatesLoader(yaml.SafeLoader):
    """SafeLoader that keeps dates as the strings written, as JSON Schema and diffs want them."""


_TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_mapping(path: Path, dates_as_text: bool = False) -> dict[str, Any]:
    """A YAML file whose top level is a mapping; DataError naming the file otherwise."""
    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.load(text, Loader=_TextDatesLoader if dates_as_text else _SafeLoader)
    except FileNotFoundError as exc:
        raise DataError(f"{path}: missing (run `briefing extract` first)") from exc
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: not valid YAML ({' '.join(str(exc).split())})") from exc
    except OSError as exc:
        raise DataError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if not isinstance(data, dict):
        raise DataError(f"{path}: expected a mapping at the top level")
    return data


def load_data(data_dir: Path) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """``briefing.yaml`` and every ``sources/<id>.yaml`` under ``data_dir``, as plain dicts."""
    briefing = read_mapping(data_dir / BRIEFING_FILE)
    sources = {}
    for entry in briefing.get("sources") or []:
        sid = str(entry.get("id"))
        sources[sid] = read_mapping(data_dir / SOURCES_DIR / f"{sid}.yaml")
    return briefing, sources


def iso(value: dt.date | str | None) -> str | None:
    """A date or ISO string as an ISO string."""
    return value.isoformat() if isinstance(value, dt.date) else value
