"""Extraction of one article: actors first, then the records that refer to them."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.actors.extract import actors_and_places, article_outlets
from generator.extract.agreements.extract import extract_agreements
from generator.extract.base import paragraphs
from generator.extract.events.main_event import extract_main_event
from generator.extract.events.published import publication_doubt
from generator.extract.events.timeline import extract_timeline
from generator.extract.figures import extract_figures
from generator.extract.reactions.extract import extract_reactions
from generator.records import Article, ArticleRecords


def extract_article(doc: Doc, article: Article) -> ArticleRecords:
    """Every record of one parsed article; pure (touches no disk)."""
    actors, mentions, places, things = actors_and_places(doc, article)
    timeline = tuple(extract_timeline(doc, article, actors, mentions))
    return ArticleRecords(
        article=article,
        sentences=paragraphs(doc),
        actors=tuple(actors),
        mentions=tuple(mentions),
        agreements=tuple(extract_agreements(doc, article, actors, mentions)),
        reactions=tuple(extract_reactions(doc, article, actors, mentions)),
        timeline=timeline,
        main_event=extract_main_event(doc, article, timeline, mentions),
        outlets=article_outlets(doc, article),
        places=places,
        things=things,
        published_doubt=publication_doubt(doc, article),
        figures=tuple(extract_figures(doc, article, actors, mentions)),
    )
