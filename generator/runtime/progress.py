"""Progress bars per stage of a build, on a terminal only: quiet in CI, in pipes and with ``-q``.

Stages call ``task(label, total)`` and advance it; nothing is drawn unless the CLI called
``enable()``, so library callers and tests see no output. Bars are transient: when the build is
done only the log's lines remain (the time per stage says how long each took).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO

Advance = Callable[[int], None]

_display: Any = None
"""The rich Progress shown while a command runs, or None (no terminal, CI, -q, a library call)."""


def wanted(stream: TextIO | None = None, environ: dict[str, str] | None = None) -> bool:
    """Bars go to an interactive terminal only, never when $CI is set (GitHub Actions and most
    CI services set it) nor when TERM is dumb."""
    stream = stream or sys.stderr
    environ = dict(os.environ) if environ is None else environ
    if environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        return False
    if environ.get("TERM") == "dumb":
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


@contextmanager
def enabled(on: bool = True) -> Iterator[None]:
    """Show bars on stderr while the block runs (when ``on``); log lines print above them."""
    global _display
    if not on:
        yield
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    console = Console(file=sys.stderr)
    _display = Progress(
        SpinnerColumn(),
        TextColumn("{task.description:<18}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )
    handler = _ConsoleHandler(console)
    root = logging.getLogger()
    # Log lines through the same console, so they print above the bars instead of through them.
    saved = root.handlers[:]
    root.handlers = [handler]
    handler.setFormatter(saved[0].formatter if saved else logging.Formatter("%(message)s"))
    try:
        with _display:
            yield
    finally:
        _display = None
        root.handlers = saved


@contextmanager
def task(label: str, total: int | None = None) -> Iterator[Advance]:
    """A bar for one stage (a spinner when ``total`` is None, nothing when it is 0); yields
    ``advance(n)``."""
    display = _display
    if display is None or total == 0:
        yield _nothing
        return
    task_id = display.add_task(label, total=total)

    def advance(n: int = 1) -> None:
        display.advance(task_id, n)

    try:
        yield advance
    finally:
        display.update(task_id, completed=total or 0, visible=False)


def _nothing(n: int = 1) -> None:
    pass


class _ConsoleHandler(logging.Handler):
    """Writes log records through the progress display's console."""

    def __init__(self, console: Any) -> None:
        super().__init__()
        self.console = console

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.console.print(self.format(record), markup=False, highlight=False, soft_wrap=True)
        except Exception:  # noqa: BLE001 - logging must never break the build
            self.handleError(record)
