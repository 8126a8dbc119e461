"""Page furniture: captions, headings and kickers, cut lines and site boilerplate, which state no
happening to date (asked by the timeline, agreement and figure extractors alike)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from generator.extract.base import doc_text, span_text

_TERMINAL = ".!?…\"”’')"
_CREDITS = (
    "Getty Images",
    "AP Photo",
    "AFP",
    "EPA",
    "Shutterstock",
    "Photo:",
    "Photograph:",
    "Image:",
    "Credit:",
    "©",
)
"""Words of a photo credit; a caption ends within 80 characters of one."""
_CAPTION_CUES: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (cues, re.compile(pattern))
    for cues, pattern in (
        (("(",), r"\((?:L|R|C|left|right|cent(?:er|re)|front|back|2nd [LR])(?:\s*[-/]\s*(?:L|R|C))?\)"),
        ((" of ",), r"\b(?:Image|Photo|Picture|Caption) \d+ of \d+\b"),
        (("Hide Caption",), r"\bHide Caption\b"),
        ((), r"^\W*Photos?:"),
        (_CREDITS, rf"(?:{'|'.join(_CREDITS)})[^.]{{0,80}}$"),
        # Agency photos: "FILE - In this Dec. 13, 2016, file photo, ...", a credit "(Name/Agency)" at
        # the end, players by their shirt numbers "Ben Roethlisberger (7) scrambles ..."
        ((), r"^\W*(?i:file)\s*[-–—]\s*(?i:in this)\b"),
        (("file photo",), r"\bfile photo\b"),
        (("/",), r"\((?:[A-Z][\w.'’-]*\s?){1,4}/\s?[A-Z][^()]{1,40}\)\s*$"),
        (("(",), r"[A-Z][a-z]+ \(\d{1,2}\) [a-z]"),
        # a video's teaser: "Bloomberg's Christine Harper discusses the impact of ..."
        (
            (),
            r"^\W*[A-Z][\w&]*['’]s (?:[A-Z][\w'-]+ ){1,3}"
            r"(?:discusses|explains|reports on|looks at|breaks down)\b",
        ),
    )
)
"""Caption marks, each with the strings it cannot match without: a pattern runs only on text that
holds one of them (most paragraphs hold none)."""


def _caption_in(text: str) -> bool:
    """Whether ``text`` holds a caption mark ("(L)", "Image 3 of 9", "... Getty Images")."""
    return any(
        (not cues or any(c in text for c in cues)) and pattern.search(text) for cues, pattern in _CAPTION_CUES
    )


# Site furniture that names dates or agreements without reporting anything.
_BOILERPLATE = re.compile(
    r"(?i)^\W*(?:this (?:article|story|post) (?:was|has been) (?:amended|updated|corrected)"
    r"|a version of this article|click (?:here|to)|scroll down|sign up|subscribe|\* required"
    r"|you agree|by (?:using|continuing))"
)


def is_fragment(sent: Span, text: str) -> bool:
    """A line that stops without a full stop at the end of its line: a caption, a teaser or a cut
    sentence ("The agreement signed on 26 March 2004 by ..."), not a statement to date."""
    stripped = span_text(sent).rstrip()
    end = sent.start_char + len(stripped)
    return bool(stripped) and stripped[-1] not in _TERMINAL and text[end : end + 1] in ("\n", "")


def is_boilerplate(sent: Span) -> bool:
    """Whether the sentence is site furniture ("This article was amended on ...", "Click to read ...")."""
    return bool(_BOILERPLATE.match(span_text(sent)))


def is_caption(sent: Span) -> bool:
    """Whether the sentence sits in a photo caption ("X (R) and Y (L) attend ...", "... Getty Images").

    The timeline and the agreement extractors ask about the same sentences: the answer is kept
    on the Doc."""
    known: dict[tuple[int, int], bool] = sent.doc.user_data.setdefault(_CAPTION_SENTENCES, {})
    key = (sent.start, sent.end)
    if key not in known:
        known[key] = _is_caption(sent)
    return known[key]


_CAPTION_SENTENCES = "briefing.caption_sentences"
"""Key in ``Doc.user_data`` of the sentences ``is_caption`` has judged."""


def _is_caption(sent: Span) -> bool:
    text = doc_text(sent.doc)
    start = text.rfind("\n\n", 0, sent.start_char)
    # From the sentence's last character: its own trailing blank line ends its paragraph.
    end = text.find("\n\n", sent.start_char + len(span_text(sent).rstrip()))
    # Every sentence of a paragraph asks about the same paragraph: search it once per doc.
    seen: dict[tuple[int, int], bool] = sent.doc.user_data.setdefault(_CAPTION_PARAGRAPHS, {})
    if (start, end) not in seen:
        paragraph = text[start + 1 if start >= 0 else 0 : end if end >= 0 else len(text)].strip()
        seen[(start, end)] = _caption_in(paragraph)
    return seen[(start, end)] or _caption_in(span_text(sent).strip())


_CAPTION_PARAGRAPHS = "briefing.caption_paragraphs"
"""Key in ``Doc.user_data`` of the paragraphs ``is_caption`` has searched."""


def is_heading(sent: Span) -> bool:
    """Whether the sentence is a heading, kicker or metadata line: alone on its line, no final stop,
    and short or in title case."""
    stripped = span_text(sent).strip()
    if not stripped or stripped[-1] in ".!?…\"”’')":
        return False
    words = [w for w in stripped.split() if w[:1].isalpha()]
    capitalised = sum(1 for w in words if w[0].isupper()) / max(len(words), 1)
    return len(words) <= 14 or capitalised >= 0.6
