"""One function (printing the PDF) run in a process of its own while this one goes on (building
the site), when the machine has a core to spare.

Its own module, light on imports: the spawned process imports it before anything else.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from generator.errors import BuildError


def spare_core() -> bool:
    """Whether this process may use more than one core."""
    return len(os.sched_getaffinity(0)) > 1 if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1) > 1


class Background:
    """``fn(*args)`` in a spawned process, or, without a spare core, run by ``result()``.

    The process starts at once and runs ``prepare()`` (imports, setup) while this one works out
    the arguments, which ``start(*args)`` then sends. ``fn``, ``prepare`` and the arguments must
    pickle; a failure comes back as BuildError (one line).
    """

    def __init__(self, fn: Callable[..., Any], *, prepare: Callable[[], Any] | None = None) -> None:
        self._fn = fn
        self._prepare = prepare
        self._args: tuple[Any, ...] | None = None
        self._process: multiprocessing.process.BaseProcess | None = None
        if spare_core():
            # Not fork: a forked copy of a process that already runs threads (spaCy's, the BLAS
            # library's) can deadlock.
            ctx = multiprocessing.get_context("spawn")
            self._conn, theirs = ctx.Pipe()
            self._process = ctx.Process(target=_serve, args=(theirs, fn, prepare), daemon=True)
            self._process.start()
            theirs.close()

    def start(self, *args: Any) -> None:
        """Hand the process its arguments: ``fn`` runs now."""
        self._args = args
        if self._process is not None:
            self._conn.send(args)

    def result(self) -> Any:
        """Wait for ``fn`` and return what it returned (or raise BuildError)."""
        if self._args is None:
            raise ValueError("Background.result() before start()")
        if self._process is None:
            _prepare(self._prepare)
            return self._fn(*self._args)
        try:
            ok, value = self._conn.recv()
        except EOFError:
            raise BuildError(f"{self._fn.__name__} stopped without an answer (its process died)") from None
        finally:
            self._conn.close()
            self._process.join()
        if not ok:
            raise BuildError(value)
        return value

    def cancel(self) -> None:
        """Stop the process if it still runs (the build failed elsewhere)."""
        if self._process is not None and self._process.is_alive():
            self._process.terminate()
            self._process.join()


def _serve(conn: Connection, fn: Callable[..., Any], prepare: Callable[[], Any] | None) -> None:
    # The parent decides when this stops: Ctrl-C in a terminal reaches the whole process group,
    # and the parent answers it by terminating this process (SIGTERM ends it without a word).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _exit_with_parent()
    _prepare(prepare)
    try:
        args = conn.recv()
    except (EOFError, OSError):  # cancelled before it was given any work, or the parent died
        return
    try:
        answer = (True, fn(*args))
    except BuildError as exc:
        answer = (False, str(exc))
    except Exception as exc:  # a bug: still one line for the parent, with its kind
        answer = (False, f"{fn.__name__} failed: {type(exc).__name__}: {' '.join(str(exc).split())}")
    try:
        conn.send(answer)
        conn.close()
    except OSError:  # BrokenPipeError: the parent is gone and wants no answer
        pass


def _exit_with_parent(every: float = 0.5) -> None:
    """End this process soon after its parent dies (``kill -9``), instead of finishing work
    nobody will collect and writing beside outputs that are no longer being built."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(every)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _prepare(prepare: Callable[[], Any] | None) -> None:
    if prepare is not None:
        with contextlib.suppress(Exception):  # the function meets the same problem and reports it
            prepare()
