"""Blocks of an article that tell another story: a teaser box, a related story appended to the
page, a list of earlier events. Their actors are no actors of the folder's story.

A paragraph is off the story when the folder's other articles name none of its actors and share
hardly any of its content words; a run of such paragraphs is one block. Only folders of two
articles or more are judged (one article has no story to compare with), and only paragraphs
that name somebody (the others add no actor either way).

    folder: three articles on a ferry sinking off Northland; one ends with
    "STONED TO DEATH Thugs batter two men in a village square ..." -> that paragraph is dropped,
    its actors kept out, and the source lists it under ``off_story``.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from generator.records import ArticleRecords, Evidence
from generator.text import name_key

MAX_SHARED = 0.15
"""At most this share of a paragraph's content words may occur in the folder's other articles."""
STRETCH_WORDS = 30
"""Content words a stretch of another story holds at least: fewer say too little to judge."""
MAX_TITLE_COVERED = 0.10
"""A text that takes up at most this share of its headline's words is not the headline's story..."""
MAX_PAGE_SHARED = 0.30
"""...when the folder's other articles share at most this share of its words, too."""
STEM = 5
"""Letters two words share to count as one ("collide", "collision"): a crude stem."""
MAX_OWN_SHARED = 0.10
"""At most this share of such a stretch's words may occur in the article's own paragraphs on the
story: a long article's detail that no other article tells (how an instrument works) goes on
in the words of its story; a box of other stories does not."""
MAX_PARAGRAPH_SHARED = 0.25
"""At most this share of one paragraph of such a stretch may occur in the folder's other articles
(one paragraph says less than the stretch, whose words together share at most MAX_SHARED)."""
MIN_WORDS = 8
"""A paragraph with fewer content words says too little to be judged."""
FIRST_WORDS = 8
"""How many words of a dropped block the source's ``off_story`` list shows."""
CAPTION_WORDS = 4
"""Opening words consecutive paragraphs share when they are a gallery's slides."""
MIN_RUN = 2
"""Paragraphs of enough words an appended story needs at least: one paragraph is a quote or an
aside."""

_WORD = re.compile(r"[A-Za-z][a-z]{3,}")


def _words(text: str) -> set[str]:
    """Content words (four letters or more, no stop words), lower-cased."""
    return {w.lower() for w in _WORD.findall(text)} - STOP_WORDS


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, at = [], 0
    for part in text.split("\n\n"):
        spans.append((at, at + len(part)))
        at += len(part) + 2
    return spans


def drop_off_story(records: Sequence[ArticleRecords]) -> list[ArticleRecords]:
    """The records with the actors named only in off-story blocks removed and ``off_story``
    filled with each dropped block's first words."""
    if len(records) < 2:
        return list(records)
    vocab = [_words(r.article.text) for r in records]
    names = [
        {name_key(a.name) for a in r.actors} | {name_key(x) for a in r.actors for x in a.aliases}
        for r in records
    ]
    word_count: Counter[str] = Counter(w for v in vocab for w in v)
    name_count: Counter[str] = Counter(k for n in names for k in n)
    out = []
    for i, rec in enumerate(records):
        out.append(_judged(rec, vocab[i], names[i], word_count, name_count))
    return out


def _judged(
    rec: ArticleRecords,
    own_words: set[str],
    own_names: set[str],
    word_count: Counter[str],
    name_count: Counter[str],
) -> ArticleRecords:
    text = rec.article.text
    spans = _paragraph_spans(text)
    starts = [s for s, _ in spans]
    by_actor: dict[str, set[int]] = {}
    for m in rec.mentions:
        by_actor.setdefault(m.actor, set()).add(bisect_right(starts, m.start) - 1)
    in_para: dict[int, set[str]] = {}
    for actor, paras in by_actor.items():
        for p in paras:
            in_para.setdefault(p, set()).add(actor)
    keys = {a.id: {name_key(a.name), *(name_key(x) for x in a.aliases)} for a in rec.actors}
    words = [_words(text[a:b]) for a, b in spans]
    named_elsewhere = {a for a in by_actor if any(name_count[k] > 1 for k in keys.get(a, ()))}

    def low(p: int, own: set[str]) -> bool:
        """Hardly a word of the paragraph in the folder's other articles or the article's own."""
        if in_para.get(p, set()) & named_elsewhere:
            return False  # another article names one of its actors: the story's
        if len(words[p]) < MIN_WORDS:
            return True  # too short to say; it goes with its neighbours
        folder = sum(1 for w in words[p] if word_count[w] > 1)
        return folder <= MAX_SHARED * len(words[p]) and sum(
            1 for w in words[p] if w in own
        ) <= MAX_SHARED * len(words[p])

    off: set[int] = set()
    if _another_page(rec.article.title, words, word_count):
        off = set(range(len(spans)))  # the whole text is another page's: a search page, a bio box
    # A gallery of another story: slides opening with the same words, sharing nothing else.
    for p in _caption_runs(text, spans):
        if low(p, set()) and len(words[p]) >= MIN_WORDS:
            off.add(p)
    # An appended story or a list of other events: a run of paragraphs at the end of the
    # article, none of which shares more than a few words with the rest of the folder.
    tail = len(spans)
    while tail > 0 and low(tail - 1, set().union(*words[: max(tail - 2, 0)])):
        tail -= 1
    run = set(range(tail, len(spans)))
    long_ones = [p for p in run if len(words[p]) >= MIN_WORDS]
    alone = [a for a, paras in by_actor.items() if paras <= run]
    if len(long_ones) >= MIN_RUN and alone and tail > 0:
        off |= run
    off |= _other_stories(words, in_para, named_elsewhere, word_count, by_actor)
    if not off:
        return rec
    gone = {a for a, paras in by_actor.items() if paras <= off}
    blocks: list[str] = []
    for p in sorted(off):
        if p - 1 not in off:  # a run of paragraphs is one block, listed by its first words
            blocks.append(" ".join(text[spans[p][0] : spans[p][1]].split()[:FIRST_WORDS]))
    in_block = _sentences_in(rec, starts, off)

    def told_there(evidence: Sequence[Evidence]) -> bool:
        return bool(evidence) and all(e.sentence in in_block for e in evidence)

    return dataclasses.replace(
        rec,
        actors=tuple(a for a in rec.actors if a.id not in gone),
        mentions=tuple(m for m in rec.mentions if m.actor not in gone),
        # what the other story states is no statement of this one either
        reactions=tuple(r for r in rec.reactions if not told_there(r.evidence)),
        timeline=tuple(e for e in rec.timeline if not told_there(e.evidence)),
        agreements=tuple(a for a in rec.agreements if not told_there(a.evidence)),
        figures=tuple(f for f in rec.figures if not told_there(f.evidence)),
        off_story=tuple(blocks),
    )


def _sentences_in(rec: ArticleRecords, starts: list[int], paragraphs: set[int]) -> set[int]:
    """Indexes (as ``Evidence.sentence`` counts them) of the sentences in those paragraphs."""
    text, at, found, index = rec.article.text, 0, set(), 0
    for paragraph in rec.sentences:
        for sentence in paragraph:
            where = text.find(sentence, at)
            if where >= 0:
                at = where + len(sentence)
                if bisect_right(starts, where) - 1 in paragraphs:
                    found.add(index)
            index += 1
    return found


def _another_page(title: str | None, words: list[set[str]], word_count: Counter[str]) -> bool:
    """Whether the article's text is another page's under this article's headline: it takes up
    at most MAX_TITLE_COVERED of the headline's words, and the folder's other articles share at
    most MAX_PAGE_SHARED of its words.

        "Top female music execs protest gender bias in letter" over a text on a singer's farewell
        tour; "Trains collide in tunnel" over "Celebrating 125 years of progress!"; a search page
    """
    heading = {w[:STEM] for w in _words(title or "")}
    text = set().union(*words)
    if len(heading) < 2 or not text:
        return False
    covered = len(heading & {w[:STEM] for w in text}) / len(heading)
    shared = sum(1 for w in text if word_count[w] > 1) / len(text)
    return covered <= MAX_TITLE_COVERED and shared <= MAX_PAGE_SHARED


def _other_stories(
    words: list[set[str]],
    in_para: dict[int, set[str]],
    named_elsewhere: set[str],
    word_count: Counter[str],
    by_actor: dict[str, set[int]],
) -> set[int]:
    """Stretches of paragraphs, anywhere in the article, that tell another story: together they
    hold at least STRETCH_WORDS content words, at most MAX_SHARED of them in the folder's other
    articles and at most MAX_OWN_SHARED in the article's paragraphs on the story, no paragraph
    shares more than MAX_PARAGRAPH_SHARED or names an actor another article names, some actor is
    named only there, and none of its actors is named in the article's other paragraphs too.

        a roundup of a night's other adverts printed under a film trailer's headline; a
        "most read" box of celebrity stories; another article's text under this one's title
    """
    found: set[int] = set()
    apart = [_apart(w, in_para.get(p, set()) & named_elsewhere, word_count) for p, w in enumerate(words)]
    story = set().union(*(w for w, away in zip(words, apart, strict=True) if not away))
    stretch: list[int] = []
    for p in [*range(len(words)), len(words)]:
        if p < len(words) and apart[p]:
            stretch.append(p)
            continue
        # A short paragraph joins its neighbours, but one of the story's at either end is its own.
        while stretch and _shared(words[stretch[0]], word_count) > MAX_PARAGRAPH_SHARED:
            stretch.pop(0)
        while stretch and _shared(words[stretch[-1]], word_count) > MAX_PARAGRAPH_SHARED:
            stretch.pop()
        pooled = set().union(*(words[q] for q in stretch))
        shared = sum(1 for w in pooled if word_count[w] > 1)
        inside = set(stretch)
        alone = any(paras <= inside for paras in by_actor.values())
        # an actor the article names both there and in a paragraph on its story: the story goes on
        bridged = any(paras & inside and not all(apart[q] for q in paras) for paras in by_actor.values())
        own = sum(1 for w in pooled if w in story)
        if (
            len(pooled) >= STRETCH_WORDS
            and shared <= MAX_SHARED * len(pooled)
            and own <= MAX_OWN_SHARED * len(pooled)
            and alone
            and not bridged
        ):
            found.update(stretch)
        stretch = []
    return found


def _apart(words: set[str], named: set[str], word_count: Counter[str]) -> bool:
    """A paragraph that may belong to another story: it names no actor the folder's other
    articles name and, when it says enough to judge alone (STRETCH_WORDS / 2 content words),
    shares at most MAX_PARAGRAPH_SHARED of them with those articles."""
    if named:
        return False
    return len(words) < STRETCH_WORDS // 2 or _shared(words, word_count) <= MAX_PARAGRAPH_SHARED


def _shared(words: set[str], word_count: Counter[str]) -> float:
    """The share of the words that occur in the folder's other articles (0 for no words)."""
    return sum(1 for w in words if word_count[w] > 1) / len(words) if words else 0.0


def _caption_runs(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Paragraphs of a run of two or more that open with the same words and go on differently:
    a gallery's slides ("Port of X turns 300 Expansion drive ...", "Port of X turns 300 Historic
    towers ...")."""
    opening = [tuple(text[a:b].split()[:CAPTION_WORDS]) for a, b in spans]
    found: set[int] = set()
    for p in range(1, len(spans)):
        same = len(opening[p]) == CAPTION_WORDS and opening[p] == opening[p - 1]
        if same and text[spans[p][0] : spans[p][1]] != text[spans[p - 1][0] : spans[p - 1][1]]:
            found.update({p - 1, p})
    return found
