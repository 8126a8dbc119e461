"""Golden extraction files: each ``tests/data/extract/<case>.txt`` beside the records it gives,
``<case>.yaml``, in a compact form a reader can check against the article.

    python -m tools.golden_extract             # regenerate every expected file, print what changed
    python -m tools.golden_extract --check     # print what differs and exit 1; write nothing
    python -m tools.golden_extract CASE ...    # only these cases (file stems)

The comment block at the top of an expected file (``# known wrong: ...``) is a reader's note on
what the extractor gets wrong there; regenerating keeps it.
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from generator import nlp as nlp_module
from generator.extract.pipeline import extract_article
from generator.ingest import read_article
from generator.records import ArticleRecords

if TYPE_CHECKING:  # spaCy itself is imported by generator.nlp only
    from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "data" / "extract"


def case_paths(folder: Path = CASES) -> list[Path]:
    """The articles of the golden folder, by name."""
    return sorted(folder.glob("*.txt"))


def extract(path: Path, pipeline: Language) -> ArticleRecords:
    """The records the pipeline gives for one article file, as ``briefing extract`` makes them."""
    article = read_article(path)
    return extract_article(pipeline(article.text), article)


def compact(rec: ArticleRecords) -> dict[str, Any]:
    """The records a reader checks, after the article's metadata they depend on (the publication
    date resolves "on Tuesday"), actors named rather than referred to by id, in a fixed order:
    actors by name, reactions, agreements and figures as the article gives them, the timeline by
    date; then the main event and the outlets the article cites (which are not actors)."""
    names = {a.id: a.name for a in rec.actors}

    def named(ids: Iterable[str]) -> list[str]:
        return [names.get(i, i) for i in ids]

    def first_sentence(item: Any) -> int:
        return min((ev.sentence or 0 for ev in item.evidence), default=0)

    art = rec.article
    out: dict[str, Any] = {
        "article": _fields(
            title=art.title,
            outlet=art.outlet,
            author=art.author,
            published=art.published.isoformat() if art.published else None,
        ),
        "actors": [
            _fields(
                name=a.name,
                kind=a.kind,
                role=a.role,
                affiliation=names.get(a.affiliation, a.affiliation) if a.affiliation else None,
                aliases=list(a.aliases),
            )
            for a in sorted(rec.actors, key=lambda a: (a.name.casefold(), a.name, a.kind))
        ],
        "reactions": [
            _fields(
                speaker=names.get(r.actor, r.actor),
                stance=r.stance,
                quote=r.quote,
                summary=None if r.quote else r.summary,
                about=named(r.about),
                date=r.date,
            )
            for r in sorted(rec.reactions, key=lambda r: (first_sentence(r), r.id))
        ],
        "timeline": [
            _fields(date=e.date, precision=e.precision, event=e.event)
            for e in sorted(rec.timeline, key=lambda e: (e.date, first_sentence(e), e.event))
        ],
        "agreements": [
            _fields(
                title=g.title,
                parties=named(g.parties),
                signatories=named(g.signatories),
                status=g.status,
                date=g.date,
            )
            for g in sorted(rec.agreements, key=lambda g: (first_sentence(g), g.id))
        ],
    }
    if "figures" in {f.name for f in dataclasses.fields(rec)}:
        figures = getattr(rec, "figures", ())
        out["figures"] = [
            _fields(what=f.what, value=f.value, qualifier=f.qualifier, unit=f.unit, date=f.date)
            for f in sorted(figures, key=lambda f: (first_sentence(f), f.id, f.value))
        ]
    main = rec.main_event
    out["main_event"] = (
        None
        if main is None
        else _fields(
            summary=main.summary,
            date=main.date,
            precision=main.precision,
            place=main.place,
            actors=named(main.actors),
        )
    )
    out["outlets"] = list(rec.outlets)
    return out


def _fields(**fields: Any) -> dict[str, Any]:
    """The fields that say something: no None, no empty list."""
    return {k: v for k, v in fields.items() if v is not None and v != []}


def render(data: dict[str, Any]) -> str:
    """The YAML of ``compact``: one line per record, so a diff shows whole records."""

    def flow(value: Any) -> str:
        text = yaml.safe_dump(
            value, default_flow_style=True, allow_unicode=True, sort_keys=False, width=10**6
        )
        return text.removesuffix("\n...\n").strip()  # a plain scalar's document-end marker

    lines: list[str] = []
    for key, value in data.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            lines.append(f"{key}:")
            lines.extend(f"- {flow(item)}" for item in value)
        else:
            lines.append(f"{key}: {flow(value)}")
    return "\n".join(lines) + "\n"


def header(text: str) -> str:
    """The comment block at the top of an expected file, with the blank lines in and after it."""
    lines = text.splitlines(keepends=True)
    end = 0
    while end < len(lines) and (lines[end].startswith("#") or not lines[end].strip()):
        end += 1
    return "".join(lines[:end])


def golden(path: Path, pipeline: Language) -> tuple[str, str]:
    """(the expected file's text as stored, the text the extractor gives now) for one case."""
    expected_path = path.with_suffix(".yaml")
    stored = expected_path.read_text(encoding="utf-8") if expected_path.exists() else ""
    return stored, header(stored) + render(compact(extract(path, pipeline)))


def unified(old: str, new: str, name: str) -> str:
    """A unified diff of an expected file (``-`` stored, ``+`` what extraction gives now)."""
    return "".join(
        difflib.unified_diff(
            old.splitlines(keepends=True),
            new.splitlines(keepends=True),
            fromfile=f"{name} (expected)",
            tofile=f"{name} (extracted)",
        )
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.golden_extract",
        description="Regenerate the golden extraction files (tests/data/extract) and show what changed.",
    )
    parser.add_argument("cases", nargs="*", help="case names (file stems); default: every case")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 on any difference")
    parser.add_argument("--folder", type=Path, default=CASES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    paths = case_paths(args.folder)
    if args.cases:
        known = {p.stem: p for p in paths}
        missing = [c for c in args.cases if c not in known]
        if missing:
            parser.error(f"no such case in {args.folder}: {', '.join(missing)}")
        paths = [known[c] for c in args.cases]
    pipeline = nlp_module.load()
    changed = []
    for path in paths:
        stored, now = golden(path, pipeline)
        if stored == now:
            continue
        changed.append(path.stem)
        sys.stdout.write(unified(stored, now, path.with_suffix(".yaml").name))
        if not args.check:
            path.with_suffix(".yaml").write_text(now, encoding="utf-8")
    verb = "differ" if args.check else "rewritten"
    names = f": {', '.join(changed)}" if changed else ""
    print(f"{len(changed)} of {len(paths)} golden files {verb}{names}")
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
