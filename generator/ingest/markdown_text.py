"""A Markdown article's text as a reader sees it: one line per paragraph, heading or list item.

A Markdown file is read as Markdown, the way an HTML page is read as HTML: a link keeps its
words and loses its address, emphasis marks go, an image (its alt text is a caption) and raw
HTML's scripts and styles give no text, a heading or list item is a paragraph of its own.
Read raw, ``[Alma Reyes](https://example.org/reyes)`` and ``**Tomas Berg**`` reached the
parser as a name glued to a web address and a name it did not know, so actors, speakers and
the main event's sentence came out wrong. Evidence then quotes the text as read, as for HTML.

Parsed by markdown-it-py (CommonMark, linear in the input and with its nesting bounded, so a
hostile file cannot hang or overflow it: Python-Markdown, which renders the site, recursed past
Python's limit on 10,000 nested list markers and did not finish on 50,000 "[" in a row); raw
HTML blocks are read by the standard library's forgiving HTML parser.
"""

from __future__ import annotations

from html.parser import HTMLParser

from markdown_it import MarkdownIt
from markdown_it.token import Token

_PARSER = MarkdownIt("commonmark").enable("table")  # a table cell is a paragraph

# In raw HTML: elements that start a paragraph of their own, and those whose text a reader
# does not see as the article's (captions are page furniture; the rest are not text at all).
_BLOCKS = frozenset(
    "p h1 h2 h3 h4 h5 h6 li blockquote pre br hr div table tr td th dt dd ul ol dl section".split()
)
_HIDDEN = frozenset("script style noscript template head svg math iframe object figcaption".split())


def markdown_text(source: str) -> str:
    """The paragraphs of a Markdown document, one per line, whitespace inside each collapsed.

    >>> markdown_text("# Pact signed\\n\\n**By Jane Holt**\\n\\n[Alma Reyes](https://x.org) spoke.")
    'Pact signed\\nBy Jane Holt\\nAlma Reyes spoke.'
    """
    paragraphs: list[str] = []
    for token in _PARSER.parse(source):
        if token.type == "inline":
            paragraphs += _inline(token.children or [])
        elif token.type in ("fence", "code_block"):
            paragraphs += token.content.split("\n\n")
        elif token.type == "html_block":
            paragraphs += html_text(token.content)
    return "\n".join(p for p in (" ".join(p.split()) for p in paragraphs) if p)


def _inline(children: list[Token]) -> list[str]:
    """A block's text: words, code and line breaks kept; links give their words, images (a
    caption) and inline HTML tags nothing; a hard line break starts a new paragraph."""
    lines, current = [], []
    for child in children:  # an image's alt text is its own children, not among these
        if child.type in ("text", "code_inline"):
            current.append(child.content)
        elif child.type == "softbreak":
            current.append(" ")
        elif child.type == "hardbreak":
            lines.append("".join(current))
            current = []
    lines.append("".join(current))
    return lines


def html_text(html: str) -> list[str]:
    """The paragraphs of a piece of HTML, a paragraph per block element."""
    parser = _Blocks()
    parser.feed(html)
    parser.close()
    parser.flush()
    return parser.paragraphs


class _Blocks(HTMLParser):
    """Collects the text of the HTML, a paragraph per block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag in _BLOCKS:
            self.flush()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:  # <br />, <hr />
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCKS:
            self.flush()

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self._current.append(data)

    def flush(self) -> None:
        paragraph = " ".join("".join(self._current).split())
        if paragraph:
            self.paragraphs.append(paragraph)
        self._current = []
