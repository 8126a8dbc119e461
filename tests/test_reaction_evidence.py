"""A reaction's evidence is a verbatim span of the article as given, even when the cleaning
dropped a paragraph (a caption) between two paragraphs of one quotation."""

from __future__ import annotations

import dataclasses

from generator.extract.pipeline import extract_article
from tests.conftest import make_article


def test_a_quote_over_a_dropped_caption_is_cut_before_the_gap(nlp):
    kept = (
        'Mayor Ana Li said: "This is a tragic day for our city and a shocking failure.\n\n'
        '"We will not rest until we know who is to blame."'
    )
    given = kept.replace("\n\n", "\nBo Chen, Transport Commissioner, on the tram crash\n")
    article = dataclasses.replace(make_article(kept), source_text=given)
    records = extract_article(nlp(kept), article)
    folded = " ".join(given.split())
    quotes = [ev.quote for r in records.reactions for ev in r.evidence]
    assert quotes, "the mayor's words are a reaction"
    for quote in quotes:
        assert " ".join(quote.split()) in folded, quote
