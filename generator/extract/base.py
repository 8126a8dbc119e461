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
        cached = [s for s in doc.sents if span_text(s).strip()]
        doc.user_data["briefing_sentences"] = cached
    return list(cached)


def sentence_of(doc: Doc) -> dict[int, int]:
    """Token index -> position in ``sentences(doc)`` (tokens of blank sentences are left out)."""
    cached = doc.user_data.get("briefing_sentence_of")
    if cached is None:
        cached = {}
        for position, sent in enumerate(sentences(doc)):
            cached.update(dict.fromkeys(range(sent.start, sent.end), position))
        doc.user_data["briefing_sentence_of"] = cached
    return dict(cached)


def doc_text(doc: Doc) -> str:
    """The doc's text, cached: spaCy joins every token anew on each ``doc.text``."""
    cached = doc.user_data.get("briefing_text")
    if cached is None:
        cached = doc.text
        doc.user_data["briefing_text"] = cached
    return str(cached)


def span_text(span: Span) -> str:
    """``span.text``, sliced from the cached doc text: spaCy joins the span's tokens anew on each
    ``span.text``, and the extractors ask the same sentences for their text many times."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def paragraphs(doc: Doc) -> tuple[tuple[str, ...], ...]:
    """The cleaned text as paragraphs of sentence strings, in the order of ``sentences``."""
    out: list[list[str]] = []
    text = doc_text(doc)
    prev_end = 0
    for sent in sentences(doc):
        # A blank line may sit at the end of the previous sentence or in the gap before this one.
        if not out or "\n\n" in text[prev_end : sent.start_char].replace(" ", ""):
            out.append([])
        sent_text = span_text(sent)
        out[-1].append(sent_text.strip())
        prev_end = sent.start_char + len(sent_text.rstrip())
    return tuple(tuple(p) for p in out)


def evidence(source: str, sent: Span, index: int) -> Evidence:
    """Evidence pointing at sentence ``index`` of article ``source``."""
    return Evidence(source=source, quote=span_text(sent).strip(), sentence=index)


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
