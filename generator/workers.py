"""Work in other processes: extracting many articles, and a stage that runs beside the others.

Per-article extraction is a pure map (article -> records), so ``--jobs N`` splits the articles
into contiguous chunks of about equal length and hands them to a pool of N processes, each with
its own spaCy pipeline; the records come back in the articles' order, so the output is the
same bytes whatever N is.

``Background`` runs one function (printing the PDF) in a process of its own while this one goes
on (building the site), when the machine has a core to spare.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import Any

from generator import nlp
from generator.errors import BuildError
from generator.extract.pipeline import extract_article
from generator.records import Article, ArticleRecords
from generator.timing import Stopwatch

MIN_ARTICLES_PER_JOB = 8
"""Below this many articles per process, starting the pool (~1.5 s: imports and the model)
costs more than it saves, and the articles are extracted in this process."""
CHUNKS_PER_JOB = 4
"""Chunks handed to each process: enough to even out articles of different lengths, few
enough that each chunk still fills spaCy's batches."""


def extract_serial(articles: Sequence[Article], watch: Stopwatch | None = None) -> list[ArticleRecords]:
    """Parse and extract ``articles`` in order, in this process."""
    if not articles:
        return []  # every article was cached: the spaCy pipeline is never loaded
    watch = watch or Stopwatch()
    with watch.stage("load model"):
        nlp.load()
    docs = nlp.parse(a.text for a in articles)
    out = []
    for article in articles:
        with watch.stage("parse"):
            doc = next(docs)
        with watch.stage("extract"):
            out.append(extract_article(doc, article))
        # The extractors' look-ups in user_data hold spans of the doc, and so the doc itself:
        # without this it would wait for the cycle collector instead of going now.
        doc.user_data.clear()
    return out


def extract_parallel(articles: Sequence[Article], jobs: int) -> list[ArticleRecords]:
    """The same records as ``extract_serial``, computed by ``jobs`` worker processes.

    Workers are started with ``spawn`` (not ``fork``): a forked copy of a process that already
    runs threads (spaCy's, the BLAS library's) can deadlock.
    """
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(jobs) as pool:
        parts = pool.map(extract_serial, chunks(articles, jobs * CHUNKS_PER_JOB))
    return [rec for part in parts for rec in part]


def chunks(articles: Sequence[Article], n: int) -> list[list[Article]]:
    """``articles`` cut in order into at most ``n`` runs of about equal total text length."""
    total = sum(len(a.text) for a in articles) or 1
    out: list[list[Article]] = [[]]
    done = 0
    for article in articles:
        if out[-1] and done >= total * len(out) / n:
            out.append([])
        out[-1].append(article)
        done += len(article.text)
    return out


def spare_core() -> bool:
    """Whether this process may use more than one core."""
    return len(os.sched_getaffinity(0)) > 1 if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1) > 1


class Background:
    """``fn(*args)`` started in a spawned process, or, without a spare core, run by ``result()``.

    ``fn`` and its arguments must pickle; a failure comes back as BuildError (one line).
    """

    def __init__(self, fn: Callable[..., Any], *args: Any) -> None:
        self._call = (fn, args)
        self._process: multiprocessing.process.BaseProcess | None = None
        if spare_core():
            ctx = multiprocessing.get_context("spawn")  # not fork: see extract_parallel
            self._receive, send = ctx.Pipe(duplex=False)
            self._process = ctx.Process(target=_run_and_send, args=(send, fn, args), daemon=True)
            self._process.start()
            send.close()

    def result(self) -> Any:
        """Wait for the function and return what it returned (or raise BuildError)."""
        fn, args = self._call
        if self._process is None:
            return fn(*args)
        try:
            ok, value = self._receive.recv()
        except EOFError:
            raise BuildError(f"{fn.__name__} stopped without an answer (its process died)") from None
        finally:
            self._receive.close()
            self._process.join()
        if not ok:
            raise BuildError(value)
        return value

    def cancel(self) -> None:
        """Stop the function if it still runs (the build failed elsewhere)."""
        if self._process is not None and self._process.is_alive():
            self._process.terminate()
            self._process.join()


def _run_and_send(send: Connection, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
    try:
        answer = (True, fn(*args))
    except BuildError as exc:
        answer = (False, str(exc))
    except Exception as exc:  # a bug: still one line for the parent, with its kind
        answer = (False, f"{fn.__name__} failed: {type(exc).__name__}: {' '.join(str(exc).split())}")
    send.send(answer)
    send.close()
