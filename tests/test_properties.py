"""Property-based tests: random files never crash ingest, random text never crashes extraction,
and every evidence quote is a verbatim span of its article (whitespace may be folded)."""

from __future__ import annotations

import dataclasses
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.errors import IngestError
from generator.ingest import read_article
from generator.records import Article, Evidence
from generator.text import fold

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# Pieces that mean something to one of the readers (front matter, JSON, HTML, encodings) or to
# the boilerplate rules, mixed with arbitrary text.
SYNTAX = [
    "---\n", "title: ", "published: 2024-06-20\n", "!!python/object:x ", "&a ", "*a ", "- ",
    '{"text": "', '", "title": "', "}", "[", "<p>", "</p>", "<div>", "<script>", "<!--", "&amp;",
    "\r\n", "\r", "\n\n", "\x00", "\ufeff", "\u2028", "\x0c", "\x1b[31m", "Share this", "Advertisement",
    "By Jane Doe", "June 20, 2024", "(Reuters) - ", "said.", "# ", "| a | b |", "{{ 7*7 }}",
]  # fmt: skip
WORDS = [
    "The", "president", "Anna Kowalski", "of", "Freedonia", "signed", "an", "agreement", "with",
    "the", "Foreign Ministry", "on", "Thursday", "June 20, 2024", "last week", "said", "criticised",
    "welcomed", "deal", "trade", "\u201cWe agree,\u201d", "she", "told", "reporters", "in", "Hanoi",
    "Putin", "Vietnam", "NATO", "will", "visit", "next", "year", "2025", "talks", "and", "\u2014",
]  # fmt: skip

file_text = st.lists(
    st.one_of(st.sampled_from(SYNTAX), st.sampled_from(WORDS), st.text(max_size=40)), max_size=60
).map(" ".join)
file_bytes = st.one_of(
    st.binary(max_size=600),
    st.tuples(
        file_text, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"])
    ).map(lambda pair: pair[0].encode(pair[1], errors="replace")),
)
sentence = st.lists(st.sampled_from(WORDS), min_size=3, max_size=18).map(" ".join).map(lambda s: s + ".")
prose = st.lists(
    st.one_of(sentence, st.text(max_size=60), st.sampled_from(SYNTAX)), min_size=1, max_size=14
).map(lambda parts: " ".join(parts))
paragraphs = st.lists(prose, min_size=1, max_size=5).map("\n\n".join)


def evidence_of(value: object) -> list[Evidence]:
    """Every Evidence inside a record, however deeply nested."""
    if isinstance(value, Evidence):
        return [value]
    if isinstance(value, list | tuple):
        return [e for v in value for e in evidence_of(v)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type) and not isinstance(value, Article):
        return [e for f in dataclasses.fields(value) for e in evidence_of(getattr(value, f.name))]
    return []


def read_or_reject(name: str, data: bytes) -> Article | None:
    """The article, or None when ingest refused it with an IngestError (any other error fails)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            article = read_article(path)
        except IngestError as e:
            assert e.reason and "\n" not in e.reason
            return None
    assert article.text.strip()
    assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", article.id)
    source = fold(article.source_text)
    for par in article.text.split("\n\n"):
        assert fold(par) in source, par
    return article


@SETTINGS
@given(data=file_bytes, suffix=st.sampled_from([".txt", ".md", ".json", ".html"]))
def test_random_files_are_read_or_rejected_never_crash(data, suffix):
    read_or_reject("random" + suffix, data)


@SETTINGS
@given(text=paragraphs, front=st.booleans())
def test_random_text_never_crashes_extraction_and_evidence_is_verbatim(nlp, text, front):
    from generator import nlp as nlp_module
    from generator.extract.pipeline import extract_article

    data = (f"---\ntitle: Random\n---\n{text}" if front else text).encode("utf-8", errors="replace")
    article = read_or_reject("random.md", data)
    if article is None:
        return
    doc = next(nlp_module.parse([article.text]))
    records = extract_article(doc, article)
    source = fold(article.source_text)
    for ev in evidence_of(records):
        assert ev.source == article.id
        assert ev.quote.strip() and fold(ev.quote) in source, ev.quote


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(min_size=1, max_size=3000), size=st.integers(min_value=10, max_value=500))
def test_long_text_chunks_join_back_exactly(text, size):
    from generator.nlp import chunks

    pieces = chunks(text, size)
    assert "".join(pieces) == text
    assert all(len(p) <= size for p in pieces)


@pytest.mark.slow
def test_a_long_text_is_parsed_in_pieces_into_one_doc_with_the_same_text(nlp):
    from generator import nlp as nlp_module

    long = "word " * 12_000 + "\n\n" + "The council met on Monday, the mayor said. " * 300
    docs = list(nlp_module.parse(["Short one.", long, "Another."]))
    assert [d.text for d in docs] == ["Short one.", long, "Another."]
    assert len(list(docs[1].sents)) > 300 and docs[1].has_annotation("DEP")
