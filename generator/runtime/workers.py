"""Work in other processes: extracting many articles, and a stage that runs beside the others.

Per-article extraction is a pure map (article -> records), so ``--jobs N`` splits the articles
into contiguous chunks of about equal length and hands them to a pool of N processes, each with
its own spaCy pipeline; the records come back in the articles' order, so the output is the
same bytes whatever N is.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Callable, Sequence

from generator import nlp
from generator.extract.pipeline import extract_article
from generator.records import Article, ArticleRecords
from generator.runtime.timing import Stopwatch

MIN_ARTICLES_PER_JOB = 8
"""Below this many articles per process, starting the pool (~1.5 s: imports and the model)
costs more than it saves, and the articles are extracted in this process."""
CHUNKS_PER_JOB = 4
"""Chunks handed to each process: enough to even out articles of different lengths, few
enough that each chunk still fills spaCy's batches."""


def extract_serial(
    articles: Sequence[Article],
    watch: Stopwatch | None = None,
    advance: Callable[[int], None] | None = None,
) -> list[ArticleRecords]:
    """Parse and extract ``articles`` in order, in this process; ``advance(1)`` after each."""
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
        if advance:
            advance(1)
    return out


def extract_parallel(
    articles: Sequence[Article], jobs: int, advance: Callable[[int], None] | None = None
) -> list[ArticleRecords]:
    """The same records as ``extract_serial``, computed by ``jobs`` worker processes
    (``advance(n)`` as each chunk of n articles comes back).

    Workers are started with ``spawn`` (not ``fork``): a forked copy of a process that already
    runs threads (spaCy's, the BLAS library's) can deadlock.
    """
    ctx = multiprocessing.get_context("spawn")
    parts: list[list[ArticleRecords]] = []
    with ctx.Pool(jobs, initializer=_leave_interrupts_to_the_parent) as pool:
        for part in pool.imap(extract_serial, chunks(articles, jobs * CHUNKS_PER_JOB)):
            parts.append(part)
            if advance:
                advance(len(part))
    return [rec for part in parts for rec in part]


def _leave_interrupts_to_the_parent() -> None:
    """Ctrl-C reaches every process of the group; the parent answers it by ending the pool, so
    a worker ignores it rather than print a traceback of its own."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


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
