"""A function run in a process of its own beside the build (the PDF's), prepared ahead."""

from __future__ import annotations

import os

import pytest

from generator.errors import BuildError
from generator.runtime import background


def _answer(x: int) -> int:
    return x * 2


def _refuse(what: str) -> None:
    raise BuildError(f"cannot print {what}")


def _crash() -> None:
    raise ValueError("a bug\non two lines")


def _started(fn, *args, **kwargs):
    call = background.Background(fn, **kwargs)
    call.start(*args)
    return call


def _prepared() -> None:
    os.environ["BRIEFING_TEST_PREPARED"] = "yes"


def _was_prepared() -> str:
    return os.environ.get("BRIEFING_TEST_PREPARED", "no")


def _broken_preparation() -> None:
    raise RuntimeError("missing library")


def test_a_background_call_returns_its_answer_or_one_line_error():
    assert _started(_answer, 21).result() == 42
    with pytest.raises(BuildError, match="^cannot print the PDF$"):
        _started(_refuse, "the PDF").result()
    with pytest.raises(BuildError) as info:
        _started(_crash).result()
    assert str(info.value) == "_crash failed: ValueError: a bug on two lines"


def test_a_background_process_prepares_before_it_is_given_its_arguments(monkeypatch):
    monkeypatch.delenv("BRIEFING_TEST_PREPARED", raising=False)  # restored after: _prepared may run here
    assert _started(_was_prepared, prepare=_prepared).result() == "yes"
    # A preparation that fails is the function's to report when it meets the same problem.
    assert _started(_answer, 2, prepare=_broken_preparation).result() == 4
    waiting = background.Background(_answer, prepare=_prepared)
    waiting.cancel()  # the build failed before the arguments were known
    assert waiting._process is None or not waiting._process.is_alive()
    with pytest.raises(ValueError, match="before start"):
        background.Background(_answer).result()


def test_a_background_call_runs_in_this_process_without_a_spare_core(monkeypatch):
    monkeypatch.setattr(background, "spare_core", lambda: False)
    call = _started(_answer, 4)
    assert call._process is None and call.result() == 8
    call.cancel()  # nothing to stop
