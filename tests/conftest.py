"""Shared fixtures: one spaCy pipeline per test session, with its version pinned."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXPECTED_MODEL_VERSION = "3.8.0"


@pytest.fixture(scope="session")
def nlp():
    """The project's spaCy pipeline; a different model version fails loudly instead of drifting."""
    from generator import nlp as nlp_module

    pipeline = nlp_module.load()
    assert pipeline.meta["version"] == EXPECTED_MODEL_VERSION, (
        f"tests expect model version {EXPECTED_MODEL_VERSION}, got {pipeline.meta['version']}"
    )
    return pipeline


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the checkout (present in CI, absent in a user's clone)."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout (only CI and developers have it)")
    return SHARED


def make_article(text: str, published: dt.date | None = dt.date(2024, 6, 20), id: str = "a1"):
    """An Article whose cleaned text is ``text`` itself, for extractor tests."""
    from generator.records import Article

    return Article(
        id=id,
        path=f"{id}.txt",
        title=None,
        outlet=None,
        author=None,
        published=published,
        url=None,
        text=text,
        source_text=text,
    )
