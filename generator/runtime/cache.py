"""Per-article extraction results on disk, so an unchanged article is never parsed twice.

An entry is keyed by the article's content (every field ingest produced) and a fingerprint of
everything extraction depends on: the generator's version and extraction code, the spaCy
version and the model's name and version. Entries are JSON, never pickle.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import hashlib
import importlib.metadata
import json
import logging
import os
import shutil
import tempfile
import types
import typing
from pathlib import Path
from typing import Any

import generator
from generator.records import Article, ArticleRecords

log = logging.getLogger(__name__)

CACHE_ENV = "BRIEFING_CACHE_DIR"
"""Environment variable naming the cache folder (default: the user's cache dir + /briefing)."""
FORMAT = 1
"""Bumped when the entry layout changes, so old entries are never misread."""
KEEP_FINGERPRINTS = 4
"""Folders of other fingerprints (older code or models) kept before the oldest are pruned."""

_PACKAGE = Path(generator.__file__).resolve().parent
# What extraction reads: a change to any of these files invalidates every entry.
# (extract imports the merge's word and agreement helpers: they are extraction code too)
_CODE = (
    "extract/**/*.py",
    "merge/event_words.py",
    "merge/agreement_match.py",
    "records.py",
    "text.py",
    "nlp.py",
    "data/gazetteer.json",
)


def default_dir() -> Path:
    """``$BRIEFING_CACHE_DIR``, else ``$XDG_CACHE_HOME/briefing``, else ``~/.cache/briefing``.

    Outside the project on purpose: the generator writes nothing beside the user's files but
    ``site_src/`` and ``site/``.
    """
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "briefing"


_INGEST_CODE = ("ingest/*.py", "records.py", "text.py", "errors.py")
_INGEST_PACKAGES = ("dateparser", "trafilatura", "lxml", "pyyaml", "markdown")


def code_hash(patterns: tuple[str, ...] = _CODE) -> str:
    """sha256 over the extraction code and data files (or other ``patterns`` of the package),
    by relative path and content."""
    h = hashlib.sha256()
    for pattern in patterns:
        for path in sorted(_PACKAGE.glob(pattern)):
            h.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0")
            h.update(path.read_bytes() + b"\0")
    return h.hexdigest()


def model_identity(name: str) -> str:
    """``name version`` of a spaCy model package, or ``name`` + a hash of a model folder's meta.json.

    Read without loading the model, so a run where every article is cached never loads spaCy's
    pipeline.
    """
    meta = Path(name) / "meta.json"
    if meta.is_file():
        return f"{name} {hashlib.sha256(meta.read_bytes()).hexdigest()}"
    try:
        return f"{name} {importlib.metadata.version(name)}"
    except importlib.metadata.PackageNotFoundError:
        return f"{name} unknown"


def fingerprint(model: str) -> str:
    """A hash of everything besides the article that decides what extraction returns."""
    parts = {
        "format": FORMAT,
        "generator": generator.__version__,
        "code": code_hash(),
        "spacy": package_version("spacy"),
        "model": model_identity(model),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def ingest_identity() -> tuple[str, ...]:
    """What reading an article file depends on besides its name and bytes: the reading code and
    the parsers' versions (for ``open_memo("ingest", ...)``)."""
    return (generator.__version__, code_hash(_INGEST_CODE), *(package_version(p) for p in _INGEST_PACKAGES))


def article_key(article: Article) -> str:
    """sha256 of the article's every field: its text, metadata, id and file name."""
    blob = json.dumps(encode(article), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class ArticleCache:
    """Extraction results under ``root/<fingerprint>/<article key>.json``.

    Never fails a build: an unreadable entry is a miss, an unwritable folder a warning.
    """

    def __init__(self, root: Path, fingerprint: str) -> None:
        self.root = root
        self.folder = root / fingerprint[:32]
        self.hits = 0
        self.misses = 0
        self._write_failed = False

    def get(self, article: Article) -> ArticleRecords | None:
        """The cached records of ``article``, or None."""
        path = self.folder / f"{article_key(article)}.json"
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
            if payload.get("format") != FORMAT:
                raise ValueError(f"format {payload.get('format')!r}")
            records = decode(ArticleRecords, payload["records"], article=article)
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.debug("cache entry %s unreadable (%s): extracting again", path.name, exc)
            self.misses += 1
            return None
        self.hits += 1
        return records

    def put(self, records: ArticleRecords) -> None:
        """Store ``records`` (atomically: a reader never sees half an entry)."""
        payload = encode(records)
        del payload["article"]  # the key already is the article; it is given back on get
        text = json.dumps({"format": FORMAT, "records": payload}, ensure_ascii=False, sort_keys=True)
        try:
            write_atomic(self.folder / f"{article_key(records.article)}.json", text)
        except OSError as exc:
            if not self._write_failed:
                log.warning(
                    "cannot write the extraction cache in %s (%s); continuing without it", self.root, exc
                )
            self._write_failed = True

    def prune(self, keep: int = KEEP_FINGERPRINTS) -> None:
        """Remove the folders of all but the ``keep`` most recently used fingerprints (this one stays)."""
        if not self.root.is_dir():
            return
        if self.folder.is_dir():
            os.utime(self.folder)
        # Only folders this class makes: 32 hex characters, holding entries.
        others = [
            p
            for p in self.root.iterdir()
            if p.is_dir() and p != self.folder and len(p.name) == 32 and _is_hex(p.name)
        ]
        others.sort(key=lambda p: (p.stat().st_mtime, p.name), reverse=True)
        for stale in others[max(keep - 1, 0) :]:
            shutil.rmtree(stale, ignore_errors=True)


def open_cache(root: Path | None = None) -> ArticleCache:
    """The cache for the model in use, under ``root`` (default: ``default_dir()``)."""
    from generator import nlp  # the model's name only; the pipeline is loaded when needed

    return ArticleCache(root or default_dir(), fingerprint(nlp.model_name()))


class TextMemo:
    """Texts a pure function made from plain data, kept between runs in one JSON file.

    Keyed by the data's ``repr`` (which tells a date from a string and keeps the key order the
    text depends on); the caller puts everything else the function depends on into the file's
    name. Holds, once saved, only the texts used in this run.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.hits = 0
        self._old: dict[str, str] = {}
        self._new: dict[str, str] = {}
        try:
            loaded = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self._old = loaded
        except (OSError, ValueError):
            pass

    def text(self, data: Any, make: typing.Callable[[Any], str]) -> str:
        """``make(data)``, or what it gave for equal data before."""
        return self.keyed(repr(data), lambda: make(data))

    def keyed(self, key: str, make: typing.Callable[[], str]) -> str:
        """``make()``, or what it gave before under the same ``key`` (which the caller builds
        from everything the text depends on)."""
        key = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()
        text = self._old.get(key)
        if isinstance(text, str):
            self.hits += 1
        else:
            text = make()
        self._new[key] = text
        return text

    def save(self) -> None:
        """Write the texts used in this run (atomically), unless they are the ones the file holds;
        other memos of the folder but the ``KEEP_FINGERPRINTS`` most recent are removed."""
        if self._new == self._old and self.path.is_file():
            with contextlib.suppress(OSError):
                os.utime(self.path)  # still in use: keep it among the most recent
            return
        try:
            write_atomic(self.path, json.dumps(self._new, ensure_ascii=False, sort_keys=True))
            memos = sorted(self.path.parent.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
            for stale in memos[KEEP_FINGERPRINTS:]:
                stale.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("cannot write %s (%s); continuing without it", self.path, exc)


def write_atomic(path: Path, data: str | bytes, mode: int | None = None) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename, so a reader (or a run
    stopped halfway) never sees half a file; makes the folder; ``mode`` sets the permissions
    (temporary files are private). The one atomic write of the project. Raises OSError."""
    path.parent.mkdir(parents=True, exist_ok=True)
    binary = isinstance(data, bytes)
    with tempfile.NamedTemporaryFile(
        "wb" if binary else "w",
        encoding=None if binary else "utf-8",
        dir=path.parent,
        prefix=f".{path.name}-{os.getpid()}-",  # whose it is: see runtime.staging.clean_stale
        suffix=".tmp",
        delete=False,
    ) as tmp:
        tmp.write(data)
    try:
        if mode is not None:
            os.chmod(tmp.name, mode)
        os.replace(tmp.name, path)
    except BaseException:
        Path(tmp.name).unlink(missing_ok=True)
        raise


def digest(*parts: str) -> str:
    """SHA-256 of the parts joined by NUL: the one content key of caches and fingerprints."""
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def open_memo(name: str, *depends_on: str, root: Path | None = None) -> TextMemo:
    """The memo ``name`` for the given dependencies (versions, code hashes), under ``root``."""
    key = hashlib.sha256("\0".join((str(FORMAT), *depends_on)).encode()).hexdigest()[:32]
    return TextMemo((root or default_dir()) / name / f"{key}.json")


# ----------------------------------------------------------------------------- JSON


def encode(value: Any) -> Any:
    """A record (nested dataclasses, tuples, dates) as JSON-ready data."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [encode(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def decode(cls: type[Any], data: Any, **given: Any) -> Any:
    """Rebuild dataclass ``cls`` from ``encode``'s output, checking every value's type.

    ``given`` supplies fields as they are (not decoded). Raises ValueError or TypeError on data
    that does not fit.
    """
    if not isinstance(data, dict):
        raise TypeError(f"{cls.__name__}: expected an object")
    values = {}
    for name, decode_field in _fields(cls):  # type: ignore[arg-type]  # a class is hashable
        if name in given:
            values[name] = given[name]
        elif name in data:
            values[name] = decode_field(data[name])
    return cls(**values)


@functools.cache
def _fields(cls: Any) -> tuple[tuple[str, typing.Callable[[Any], Any]], ...]:
    """(name, decoder) of each field of a dataclass: resolving the annotations and reading
    them for every value was two thirds of reading 400 articles' cache entries; done once."""
    hints = typing.get_type_hints(cls)
    return tuple((f.name, _decoder(hints[f.name])) for f in dataclasses.fields(cls))


@functools.cache
def _decoder(tp: Any) -> typing.Callable[[Any], Any]:
    """A function that checks and rebuilds a value of type ``tp`` from its JSON form."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        (inner,) = [a for a in args if a is not type(None)]
        some = _decoder(inner)
        return (lambda v: None if v is None else some(v)) if type(None) in args else some
    if origin is tuple:
        each = _decoder(typing.get_args(tp)[0])

        def items(value: Any) -> tuple[Any, ...]:
            if not isinstance(value, list):
                raise TypeError(f"expected a list, got {type(value).__name__}")
            return tuple(map(each, value))

        return items
    if tp is dt.date:
        return dt.date.fromisoformat
    if dataclasses.is_dataclass(tp):
        return functools.partial(decode, tp)  # type: ignore[arg-type]

    def scalar(value: Any) -> Any:
        if not isinstance(value, tp) or (tp is int and isinstance(value, bool)):
            raise TypeError(f"expected {tp.__name__}, got {type(value).__name__}")
        return value

    return scalar


def package_version(package: str) -> str:
    """The installed version of a package, or "unknown"."""
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def _is_hex(name: str) -> bool:
    return all(c in "0123456789abcdef" for c in name)
