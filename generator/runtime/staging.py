"""Outputs built beside their targets and swapped in at the end, and what a killed build left.

A staged name carries the id of the process that made it (``.site.new-<pid>-<random>``,
``.site.<pid>-<random>.pdf``, and ``.briefing.yaml-<pid>-<random>.tmp`` from
``cache.write_atomic``), so the next build can tell the leftovers of a build that was killed
(``kill -9``, a power cut) from the staging of one still running, and remove them.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger(__name__)

_RANDOM = r"[a-z0-9_]{8}"
"""What ``tempfile`` puts in a name."""


def _prefix(target: Path) -> str:
    return f".{target.name}."


@contextmanager
def staging(target: Path) -> Iterator[Path]:
    """A fresh folder beside ``target`` that replaces it only if the block succeeds."""
    target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    prefix = f"{_prefix(target)}new-{os.getpid()}-"
    try:
        staged = Path(tempfile.mkdtemp(dir=target.parent, prefix=prefix))
        staged.chmod(0o755)  # mkdtemp makes it private; the site is for publishing
        yield staged
    except BaseException:
        # Every folder this process staged for ``target``, named or not yet: a signal may land
        # between the folder's creation and ``staged`` being set (as in ``own_staged``).
        for path in target.parent.glob(f"{prefix}*"):
            shutil.rmtree(path, ignore_errors=True)
        raise
    old = target.parent / f"{_prefix(target)}old"
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    staged.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def beside(target: Path, suffix: str) -> Path:
    """A new empty file in ``target``'s folder (made if need be), for output moved in later."""
    target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f"{_prefix(target)}{os.getpid()}-", suffix=suffix)
    os.close(fd)
    return Path(name)


def own_staged(target: Path, suffix: str) -> list[Path]:
    """The files ``beside(target, suffix)`` made in this process (a signal may land between a
    file's creation and the caller learning its name: clean-up looks them up instead)."""
    target = target.resolve()
    return sorted(target.parent.glob(f"{_prefix(target)}{os.getpid()}-*{suffix}"))


def clean_stale(target: Path) -> list[Path]:
    """Remove what builds that were killed left beside ``target``: staged folders and files
    whose process is gone (or that predate process ids in names) and a half-swapped old copy.
    Returns what was removed. Staging of a build still running is left alone."""
    target = target.resolve()
    if not target.parent.is_dir():
        return []
    pattern = re.compile(
        re.escape(f".{target.name}")
        + rf"(?:\.(?:old|new-(?:(\d+)-)?{_RANDOM}|(?:(\d+)-)?{_RANDOM}\.pdf)"  # staged folders, the PDF
        + rf"|-(?:(\d+)-)?{_RANDOM}\.tmp)"  # the temporary file of cache.write_atomic
    )
    removed = []
    for entry in target.parent.iterdir():
        m = pattern.fullmatch(entry.name)
        if m is None:
            continue
        pid = next((g for g in m.groups() if g), None)
        if pid and _running(int(pid)):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
        removed.append(entry)
    if removed:
        log.info("removed %d leftover(s) of an interrupted build beside %s", len(removed), target)
    return removed


def _running(pid: int) -> bool:
    """Whether another process with this id runs (this one's own leftovers are stale: a build
    removes its staging when it ends, and a new one has made none yet)."""
    if pid == os.getpid():
        return False
    if os.name == "nt":
        return True  # os.kill there ends the process instead of asking about it
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):
        return False
    except PermissionError:
        return True  # another user's process
    return True
