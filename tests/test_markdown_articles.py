"""A Markdown article is read as Markdown: a reader's text, without links' addresses, emphasis
marks, images or raw HTML's scripts; and the actors, speakers and main event that follow."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import extract_folder
from generator.ingest import read_article
from generator.ingest.markdown_text import markdown_text

ARTICLE = """---
title: Marovia and Delland sign water pact
outlet: Example News
published: 2024-03-04
---

# Marovia and Delland sign water pact

**By Jane Holt, Example News**

![Alma Reyes at the signing. Photo: Carl Banks/Reuters](https://example.com/img.jpg)

*LIMA* — Marovia's prime minister [Alma Reyes](https://example.com/people/alma-reyes) and
Delland's president **Tomas Berg** signed a water-sharing agreement on Monday, ending a
[decade-long dispute](https://example.com/dispute) over the river.

> "This is a historic day for both our peoples," Reyes told reporters after the ceremony.

## What the deal says

* Marovia will release 40 per cent of the river's flow to Delland.
* A joint commission will meet every six months.

Critics were not convinced. Opposition leader __Ines Vidal__ called the pact "a surrender".

<script>track("page")</script>
"""


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("[Alma Reyes](https://x.org/reyes) spoke.", "Alma Reyes spoke."),
        ("**Tomas Berg** and __Ines Vidal__ met *briefly*.", "Tomas Berg and Ines Vidal met briefly."),
        ("![a caption. Photo: Carl Banks](x.jpg)\n\nThe text.", "The text."),
        ("# Title\n\nBody line one\nline two.", "Title\nBody line one line two."),
        ('> "A quote," she said.', '"A quote," she said.'),
        ("* one\n* two\n\n1. three", "one\ntwo\nthree"),
        ("A line  \nbroken hard.", "A line\nbroken hard."),
        ("<div><p>Raw <b>HTML</b></p><script>x()</script><figcaption>cap</figcaption></div>", "Raw HTML"),
        ("A &amp; B, 3 &lt; 4, \\*not emphasis\\*", "A & B, 3 < 4, *not emphasis*"),
        ("See `code` here.\n\n---\n\nAfter a rule.", "See code here.\nAfter a rule."),
        ("| Team | Points |\n|---|---|\n| Lima | 3 |", "Team\nPoints\nLima\n3"),
        ("[ref link][1]\n\n[1]: https://x.org", "ref link"),
    ],
)
def test_markdown_gives_the_text_a_reader_sees(markdown: str, text: str) -> None:
    assert markdown_text(markdown) == text


@pytest.mark.parametrize(
    "hostile",
    [
        "[" * 50_000,
        "- " * 20_000 + "x",
        "    " * 10_000 + "x",
        "> " * 20_000 + "x",
        "_a" * 50_000,
        "<div>" * 30_000,
    ],
    ids=["brackets", "nested-lists", "indent", "nested-quotes", "emphasis", "html-nesting"],
)
def test_hostile_markdown_is_read_without_error(hostile: str) -> None:
    """Python-Markdown recursed past Python's limit or did not finish on these; markdown-it is
    linear and bounds nesting (how long it takes is the bench's business, not a test's)."""
    assert isinstance(markdown_text(hostile), str)


def test_a_markdown_article_gives_clean_names_speakers_and_event(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "pact.md").write_text(ARTICLE, encoding="utf-8")
    article = read_article(folder / "pact.md")
    for markup in ("](", "**", "__", "![", "<script", "track(", "Photo: Carl"):
        assert markup not in article.source_text, markup
    briefing = extract_folder(folder, use_cache=False).briefing
    names = {a.name for a in briefing.actors}
    assert {"Alma Reyes", "Tomas Berg", "Ines Vidal"} <= names, names
    assert not any("http" in n or "*" in n or "[" in n for n in names), names
    speakers = {r.actor: r for r in briefing.reactions}
    assert "alma-reyes" in speakers and "ines-vidal" in speakers, speakers
    assert "surrender" in (speakers["ines-vidal"].quote or speakers["ines-vidal"].summary)
    assert briefing.event is not None
    assert "http" not in briefing.event.summary and "*" not in briefing.event.summary
    # Evidence quotes the text as read, verbatim.
    for actor in briefing.actors:
        for ev in actor.evidence:
            assert ev.quote in article.source_text
