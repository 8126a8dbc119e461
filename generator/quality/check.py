"""``briefing check``: the YAML of a data folder against the JSON Schema and against itself.

The schema catches a wrong shape (a missing field, a stance that is not one of the three); the
cross-checks catch what a schema cannot: an actor id that names no actor, an evidence quote
that is not in its source's text. Every problem is one line naming the file and the field.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from generator import store
from generator.errors import BriefingError, DataError
from generator.text import fold

log = logging.getLogger(__name__)

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "data" / "briefing.schema.json"
"""The JSON Schema of ``briefing.yaml``; ``$defs`` holds that of ``sources/<id>.yaml``."""
SOURCE_FILE_DEFS = ("source_file", "sourceFile", "source-file", "source_yaml")
"""Names under ``$defs`` tried for the per-source file's schema."""
SECTIONS = ("actors", "agreements", "reactions", "timeline", "figures")
MAX_MESSAGE = 160
"""A schema message quotes the offending value; a long value is cut so the line stays readable."""


def check(data_dir: Path) -> list[str]:
    """Every problem of ``data_dir``'s briefing.yaml and sources/*.yaml, one line each.

    Raises DataError when there is no briefing.yaml to check.
    """
    briefing_path = data_dir / store.BRIEFING_FILE
    if not briefing_path.is_file():
        raise DataError(f"{briefing_path}: missing (is {data_dir} a data folder from `briefing build`?)")
    schema = load_schema()
    problems: list[str] = []
    briefing = _read(briefing_path, problems)
    if briefing is not None:
        problems += schema_problems(briefing_path, briefing, schema)
    sources: dict[str, dict[str, Any]] = {}
    source_schema = _source_schema(schema)
    for path in sorted((data_dir / store.SOURCES_DIR).glob("*.yaml")):
        data = _read(path, problems)
        if data is None:
            continue
        if source_schema is not None:
            problems += schema_problems(path, data, source_schema)
        sid = (data.get("source") or {}).get("id") if isinstance(data.get("source"), dict) else None
        if sid is not None and str(sid) != path.stem:
            problems.append(f"{path}: source.id: {sid!r} is not the file's name {path.stem!r}")
        sources[path.stem] = data
    if briefing is not None:
        problems += cross_problems(data_dir, briefing, sources)
    log.info("checked %s and %d source files: %d problems", briefing_path, len(sources), len(problems))
    return problems


def load_schema() -> dict[str, Any]:
    """The published JSON Schema (``generator/data/briefing.schema.json``)."""
    try:
        schema: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataError(f"{SCHEMA_PATH}: cannot read the JSON Schema ({exc})") from exc
    return schema


def schema_problems(path: Path, data: Any, schema: Mapping[str, Any]) -> list[str]:
    """One ``<file>: <field>: <message>`` line per place where ``data`` breaks ``schema``."""
    try:
        import jsonschema
    except ImportError as exc:  # a runtime dependency; say which package is missing
        raise BriefingError("`briefing check` needs the jsonschema package (pip install jsonschema)") from exc
    validator_class = jsonschema.validators.validator_for(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    errors = sorted(
        validator.iter_errors(data), key=lambda e: (_document_order(data, e.absolute_path), e.message)
    )
    return [f"{path}: {field_path(e.absolute_path)}: {_message(e)}" for e in errors]


def _message(error: Any) -> str:
    """The error in words a reader of the YAML follows: the field's description over a regex."""
    if error.validator in ("anyOf", "oneOf") and error.context:
        # "null or a date": say what is wrong with it as a date, not that it is not null.
        real = [e for e in error.context if not (e.validator == "type" and e.validator_value == "null")]
        if real:
            return _message(real[0])
    if error.validator == "pattern" and isinstance(error.schema, dict) and error.schema.get("description"):
        message = f"{error.instance!r} is not {str(error.schema['description']).rstrip('.')}"
    else:
        message = error.message
    message = " ".join(message.split())
    return message if len(message) <= MAX_MESSAGE else message[: MAX_MESSAGE - 1] + "…"


def _document_order(data: Any, parts: Any) -> list[int]:
    """Positions along a JSON path, so problems are listed in the order of the file."""
    out = []
    for part in parts:
        if isinstance(data, dict):
            keys = list(data)
            out.append(keys.index(part) if part in keys else len(keys))
            data = data.get(part)
        elif isinstance(data, list) and isinstance(part, int):
            out.append(part)
            data = data[part] if part < len(data) else None
        else:
            break
    return out


def field_path(parts: Any) -> str:
    """``actors[3].kind`` from a JSON path; ``(top level)`` for the document itself."""
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}" if out else str(part)
    return out or "(top level)"


def cross_problems(data_dir: Path, briefing: Mapping[str, Any], sources: Mapping[str, Any]) -> list[str]:
    """What the schema cannot see: duplicate ids, dangling actor and source ids, quotes not in the text."""
    path = data_dir / store.BRIEFING_FILE
    problems: list[str] = []
    source_ids = [str(s.get("id")) for s in _list(briefing, "sources") if isinstance(s, dict)]
    actor_ids = {str(a.get("id")) for a in _list(briefing, "actors") if isinstance(a, dict)}
    for sid in source_ids:
        if sid not in sources:
            problems.append(f"{path}: sources: no file {store.SOURCES_DIR}/{sid}.yaml for source {sid!r}")
    texts = {sid: _sentences(data) for sid, data in sources.items()}
    removed = {sid: fold(" ".join(str(r) for r in _list(data, "removed"))) for sid, data in sources.items()}
    for section in ("sources", *SECTIONS):
        seen: set[str] = set()
        for i, item in enumerate(_list(briefing, section)):
            if not isinstance(item, dict):
                continue
            where = f"{path}: {section}[{i}]"
            item_id = str(item.get("id"))
            if item_id in seen:
                problems.append(f"{where}.id: {item_id!r} is used twice")
            seen.add(item_id)
            for field, ref in _actor_refs(section, item):
                if ref not in actor_ids:
                    problems.append(f"{where}.{field}: no actor has the id {ref!r}")
            for j, ev in enumerate(item.get("evidence") or []):
                if isinstance(ev, dict):
                    problems += _evidence_problems(f"{where}.evidence[{j}]", ev, source_ids, texts, removed)
    return problems


PASSAGE_SENTENCES = 8
"""A reaction's evidence may quote this many consecutive sentences (a quotation over several)."""


def _at(quote: str, sentences: list[str], index: int) -> bool:
    """The quote is in sentence ``index``, or is a passage of the sentences from there on."""
    first = sentences[index]
    return quote in first or (
        quote.startswith(first) and quote in " ".join(sentences[index : index + PASSAGE_SENTENCES])
    )


def _evidence_problems(
    where: str,
    ev: Mapping[str, Any],
    source_ids: list[str],
    texts: Mapping[str, list[str]],
    removed: Mapping[str, str],
) -> Iterator[str]:
    """A quote must be in its source's text (kept or removed paragraphs), at its sentence index (a
    passage of several sentences starts there)."""
    source, quote, index = str(ev.get("source")), fold(str(ev.get("quote") or "")), ev.get("sentence")
    if source not in source_ids:
        yield f"{where}.source: {source!r} is not one of the briefing's sources"
        return
    sentences = texts.get(source)
    if sentences is None:
        return  # reported once above: the source file is missing
    if quote and quote not in " ".join(sentences) and quote not in removed.get(source, ""):
        yield f"{where}.quote: not found in the text of {source}: {quote[:60]!r}"
    elif (
        isinstance(index, int)
        and quote in " ".join(sentences)
        and not (0 <= index < len(sentences) and _at(quote, sentences, index))
    ):
        yield f"{where}.sentence: sentence {index} of {source} does not hold the quote"


def _actor_refs(section: str, item: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    fields = {
        "actors": ("affiliation",),
        "agreements": ("parties", "signatories"),
        "reactions": ("actor", "about"),
        "timeline": ("actors",),
        "figures": ("actors",),
    }.get(section, ())
    for field in fields:
        value = item.get(field)
        if isinstance(value, list):
            yield from ((f"{field}[{i}]", str(v)) for i, v in enumerate(value) if v is not None)
        elif value is not None:
            yield field, str(value)


def _sentences(data: Mapping[str, Any]) -> list[str]:
    return [fold(str(s)) for p in data.get("paragraphs") or [] if isinstance(p, list) for s in p]


def _list(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key)
    return value if isinstance(value, list) else []


def _read(path: Path, problems: list[str]) -> dict[str, Any] | None:
    try:
        return store.read_mapping(path, dates_as_text=True)
    except DataError as exc:
        problems.append(str(exc))
        return None


def _source_schema(schema: Mapping[str, Any]) -> dict[str, Any] | None:
    """The per-source file's schema: a ``$defs`` entry, with the root's ``$defs`` for its references."""
    defs = schema.get("$defs") or {}
    for name in SOURCE_FILE_DEFS:
        if name in defs:
            wrapper = {"$defs": defs, "$ref": f"#/$defs/{name}"}
            if "$schema" in schema:
                wrapper["$schema"] = schema["$schema"]
            return wrapper
    return None
