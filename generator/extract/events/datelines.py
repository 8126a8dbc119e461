"""Dates that date the page, not a happening: datelines ("LIMA, June 20 (Reuters) –"), "Posted at:"
labels and bylines; and the origin an anniversary counts from ("2024 marks 30 years of ...")."""

from __future__ import annotations

import re

from spacy.tokens import Span

from generator.extract.base import doc_text, span_text
from generator.extract.events.date_refs import DateRef


def anniversary_origin(sent: Span, ref: DateRef) -> tuple[DateRef, int] | None:
    """For "<year> marks 30 years of X" (or "since X"): X's own year, and the offset where X starts."""
    if ref.precision != "year":
        return None
    tail = span_text(sent)[ref.end - sent.start_char :]
    m = re.match(r"\s+(?:marks|marked)\s+(?:the\s+)?(?P<n>\d{1,3})(?:th|st|nd|rd)?\s+(?:years?|anniversary)"
                 r"\s+(?:of|since)\s+", tail)  # fmt: skip
    if not m:
        return None
    origin = int(ref.date) - int(m.group("n"))
    end = ref.end + m.end()
    return DateRef(str(origin), "year", ref.start, end, doc_text(sent.doc)[ref.start : end].strip()), end


_DATELINE = re.compile(
    r"\s*(?:(?:date|published|updated|posted)\s*:?\s*\S+\s+)?"
    r"[A-Z][A-Z./'’ -]{1,40}(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}(?=\s*[–—-]))?,?\s*"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s*(?:\d{4})?\s*)?"
    r"(?:\([^)]{1,40}\)\s*)?[–—-]{1,2}\s+"
)
_METADATA_LABEL = re.compile(
    r"(?i)\b(?:posted|post(?:ed)? at|published|updated|dated?|last modified)\s*:?\s*$"
)
_BYLINE = re.compile(r"^\s*By\s+[A-Z][^.!?]*[–—|]")


def dateline_end(sent: Span) -> int:
    """Character offset (in ``doc.text``) where a leading dateline prefix ends, else the sentence start.

    Catches "date 2024-06-20 LIMA, June 20 (Reuters) – ...", "WASHINGTON (AP) — ..." and
    "SEOUL/WASHINGTON (Reuters) - ...".
    """
    m = _DATELINE.match(span_text(sent))
    return sent.start_char + m.end() if m else sent.start_char


def is_metadata(sent: Span, ref: DateRef) -> bool:
    """Whether ``ref`` dates the article rather than an event: a dateline, "Posted at: ...", a byline."""
    if ref.start < dateline_end(sent) or _BYLINE.match(span_text(sent)):
        return True
    line_start = doc_text(sent.doc).rfind("\n", 0, ref.start) + 1
    return bool(_METADATA_LABEL.search(doc_text(sent.doc)[max(line_start, sent.start_char) : ref.start]))
