"""What every extractor shares: the article's sentence list, evidence and actor look-ups."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from generator.records import Evidence, Mention


def sentences(doc: Doc) -> list[Span]:
    """The doc's sentences without blank ones; list positions are the evidence anchors.

    Cached on the doc: spaCy recomputes ``doc.sents`` by walking the whole doc on every call.
    """
    cached = doc.user_data.get("briefing_sentences")
    if cached is None:
        cached = [s for s in doc.sents if s.text.strip()]
        doc.user_data["briefing_sentences"] = cached
    return list(cached)


def doc_text(doc: Doc) -> str:
    """The doc's text, cached: spaCy joins every token anew on each ``doc.text``."""
    cached = doc.user_data.get("briefing_text")
    if cached is None:
        cached = doc.text
        doc.user_data["briefing_text"] = cached
    return str(cached)


def paragraphs(doc: Doc) -> tuple[tuple[str, ...], ...]:
    """The cleaned text as paragraphs of sentence strings, in the order of ``sentences``."""
    out: list[list[str]] = []
    text = doc_text(doc)
    prev_end = 0
    for sent in sentences(doc):
        # A blank line may sit at the end of the previous sentence or in the gap before this one.
        if not out or "\n\n" in text[prev_end : sent.start_char].replace(" ", ""):
            out.append([])
        out[-1].append(sent.text.strip())
        prev_end = sent.start_char + len(sent.text.rstrip())
    return tuple(tuple(p) for p in out)


def evidence(source: str, sent: Span, index: int) -> Evidence:
    """Evidence pointing at sentence ``index`` of article ``source``."""
    return Evidence(source=source, quote=sent.text.strip(), sentence=index)


def actors_in(mentions: Sequence[Mention], start: int, end: int) -> tuple[str, ...]:
    """Ids of the actors named between character offsets ``start`` and ``end``, in order, once."""
    seen: dict[str, None] = {}
    for m in mentions:
        if m.start >= start and m.end <= end:
            seen.setdefault(m.actor, None)
    return tuple(seen)


def actor_at(mentions: Sequence[Mention], start: int, end: int) -> str | None:
    """The id of the actor whose mention overlaps ``start``..``end`` most, or None."""
    best, best_overlap = None, 0
    for m in mentions:
        overlap = min(m.end, end) - max(m.start, start)
        if overlap > best_overlap:
            best, best_overlap = m.actor, overlap
    return best
