"""Small phrasing helpers shared by the site and the PDF: a quote in quotation marks once, an
untitled article named by its opening words, an outlet or its web domain, reference numbers as
ranges. Pure functions of strings."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

OPENING_QUOTES = "“\"‘'«„"
CLOSING_QUOTES = "”\"’'»“"
OPENING_WORDS = 12
"""Most words of an untitled article's opening taken as its name."""
_CLAUSE_END = re.compile(r"[,;:–—]|\s-\s")


def quoted(text: str) -> str:
    """``text`` in curly quotation marks, unless it already opens with one (then as it is, so a
    quote never shows doubled marks: “"We will..."”)."""
    text = text.strip()
    if not text or text[0] in OPENING_QUOTES:
        return text
    return f"“{text}”"


def shortened(text: str, most: int) -> str:
    """``text`` cut to its first ``most`` words with "…" (unchanged when it is no longer)."""
    words = text.split()
    return text if len(words) <= most else " ".join(words[:most]).rstrip(",;:") + " …"


def opening_words(sentence: str, most: int = OPENING_WORDS) -> str:
    """The start of an article's first sentence as a name for an article without a headline:
    up to its first clause break (when that leaves at least five words), else ``most`` words,
    with "…" when cut."""
    words = sentence.split()
    if not words:
        return ""
    head = " ".join(words[: most + 1])
    clause = _CLAUSE_END.search(head)
    if clause and len(head[: clause.start()].split()) >= 5:
        return head[: clause.start()].rstrip() + "…"
    if len(words) <= most:
        return " ".join(words).rstrip(".")
    return " ".join(words[:most]).rstrip(",;:") + "…"


def domain(url: str | None) -> str | None:
    """The web domain of an article's address, without "www." ("reuters.com"); None without one."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return None
    host = host.removeprefix("www.")
    return host if "." in host else None


def ranges(numbers: Iterable[int]) -> str:
    """Sorted distinct numbers as ranges: [3, 4, 5, 9] -> "3–5, 9"."""
    out: list[str] = []
    run: list[int] = []
    for n in sorted(set(numbers)):
        if run and n == run[-1] + 1:
            run.append(n)
            continue
        if run:
            out.append(_run(run))
        run = [n]
    if run:
        out.append(_run(run))
    return ", ".join(out)


def _run(run: list[int]) -> str:
    if len(run) == 1:
        return str(run[0])
    return f"{run[0]}–{run[-1]}" if len(run) > 2 else f"{run[0]}, {run[1]}"
