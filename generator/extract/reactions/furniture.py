"""Page furniture nobody reacts in: boxes of links to other stories, and headline-shaped lines.

A box of links starts with its heading ("Related Stories", "Read more") and runs on over the
teasers under it, lines without sentence-final punctuation:

    Read more                                                  <- the heading
    British Prime Minister Ana Li acknowledges profiting ...   <- a teaser: nobody reacts here
    The leaks are awkward for the capital                      <- a teaser
    Today's coverage from our correspondents ...               <- a teaser

A headline (a related story's, a sidebar's, a caption's) tells a speech in the present tense and
ends without a full stop: "Ana Li jokes 'world is basically over' at awards show", "Hollywood star
Ana Li backs new push to help the poorest". A reaction told only there is not the article's report
of it; the article's sentences tell it in full when it belongs to the story.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from generator.extract.base import doc_text

# The heading of a box of links to other stories, alone on its line or before its first teaser
# ("Related Stories 'WORST YET TO COME' Boko Haram leader mocks ...", "READ MORE: ...").
_BOX = re.compile(
    r"(?im)^[ \t]*(?:related(?: stories| articles| content| coverage)?\b|read more\b|more on this\b"
    r"|most read\b|see also\b|you may also like\b).*$"
)
# A heading that is the whole line: the teasers follow on the lines after it.
_HEADING_ONLY = re.compile(
    r"(?i)^[ \t]*(?:related(?: stories| articles| content| coverage)?|read more|more on this|most read"
    r"|see also|you may also like)[ \t]*:?[ \t]*$"
)
_END = re.compile(r"[.!?:;…]['\"’”)\]»]*\s*$")
"""Sentence-final punctuation, possibly inside closing quotes or brackets (as ingest reads it)."""
HEADLINE_WORDS = 30
"""A headline-shaped line has at most this many words."""
_PRESENT = frozenset({"VBZ", "VBP"})


def furniture(text: str) -> list[tuple[int, int]]:
    """Character ranges of boxes of links: the heading's line and, when the heading stands alone,
    the teaser lines after it up to the first line that ends like a sentence.

    >>> furniture("A said it.\\nRead more\\nB backs plan\\nC slams D\\nE said so.")
    [(11, 20), (21, 33), (34, 43)]
    """
    out: list[tuple[int, int]] = []
    for m in _BOX.finditer(text):
        out.append((m.start(), m.end()))
        if not _HEADING_ONLY.match(m.group()):
            continue
        pos = m.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            if line.strip():
                if _END.search(line) or len(line.split()) > HEADLINE_WORDS:
                    break
                out.append((pos, end))
            pos = end + 1
    return out


def headline(sent: Span, verbs: list[Token]) -> bool:
    """True when the sentence is a line of its own shaped like a headline (no sentence-final
    punctuation, at most HEADLINE_WORDS words) and tells the speech in the present tense or as
    the infinitive of headlines: "Ana Li jokes 'world is over' at awards", "Ruritania to welcome
    this step"; not a sentence the cleaning left without its full stop ("Ana Li suggested the
    decision was motivated").
    """
    text = doc_text(sent.doc)
    start = text.rfind("\n", 0, sent.start_char) + 1
    end = text.find("\n", sent.start_char + len(sent.text.rstrip()))
    end = len(text) if end < 0 else end
    line = text[start:end]
    if line.strip() != sent.text.strip() or _END.search(line) or len(line.split()) > HEADLINE_WORDS:
        return False
    return bool(verbs) and all(v.tag_ in _PRESENT or _infinitive(v) for v in verbs)


def _infinitive(verb: Token) -> bool:
    """A headline's "to" infinitive standing for the future: "Ruritania to welcome this step"."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
