"""Quoted passages and the verbs that introduce them (the speakers are in ``speakers.py``).

Quotes are found on characters, not tokens: the parser often puts a closing mark in a sentence of
its own, and a quote may run over a paragraph break.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from generator.records import Mention

Lines = list[tuple[int, int]]
"""Character ranges of the lines of a text."""

# Straight marks are ambiguous (open or close), curly ones say which side they are on.
_DOUBLE_PAIRS = {"\u201c": "\u201d", "\u00ab": "\u00bb"}
_OPENERS = set(' \t\n([{\u2014\u2013-/"\u201c\u00ab')
_LINE_BREAK = re.compile(r"[ \t]*\n\s*")
_DOUBLED_CLOSER = re.compile("\u2019\u2019")
_DECADE = re.compile(r"\d\ds\b")  # '80s, ‘90s: an apostrophe, not a quote
_DASH = re.compile(r"\s*[,.]?\s*[\u2014\u2013-]{1,2}\s*")
_ROLE_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")
_WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")
CARRY_LINES = 2
"""Lines without a mark that an open quote may run through before it is dropped."""
MAX_QUOTE_CHARS = 2000
"""A pairing longer than this is a mismatch, not a quote."""
SHORT_QUOTE_WORDS = 3
"""Quotes of at most this many words are scare quotes unless a speech verb governs them."""
# Object links along which a short quote is the speaker's own words, not a scare quote.
_QUOTE_LINKS = frozenset({"dobj", "attr", "oprd", "acomp", "nsubjpass", "dative"})
_CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "parataxis"})
_SUBORDINATE = frozenset({"advcl", "relcl", "acl"})
# Verbs that give a name to something: a short quote after them is a label, not speech.
_NAMING_VERBS = frozenset({"call", "dub", "name", "term", "label", "brand", "nickname"})

# Words just before a quote that make it the name of a work or a label, not somebody's words.
TITLE_CUES = frozenset(
    {
        "titled",
        "entitled",
        "headlined",
        "headline",
        "article",
        "column",
        "op-ed",
        "editorial",
        "piece",
        "book",
        "film",
        "documentary",
        "newspaper",
        "magazine",
        "song",
        "slogan",
        "hashtag",
        "campaign",
        "programme",
        "program",
        "dubbed",
        "so-called",
        "nicknamed",
        "motto",
        "banner",
    }
)


@dataclass(frozen=True)
class Quote:
    """One quoted passage: offsets of its marks in the article text and its words."""

    start: int
    """Offset of the opening mark."""
    end: int
    """Offset just past the closing mark."""
    text: str
    """The quoted words verbatim (whitespace folded), without the marks and a trailing comma."""

    @property
    def words(self) -> int:
        """Number of words in the quote."""
        return len(_WORD.findall(self.text))


def find_quotes(text: str) -> list[Quote]:
    """Every quoted passage of ``text`` in order, outermost only (nested quotes stay inside).

    A quotation over several paragraphs opens each paragraph with a mark and closes only the last
    (the printer's convention): each paragraph is a quote of its own, the open ones ending with
    their line ('He said: "We are on scene. | "Officers are working. | "Avoid the area."').
    """
    spans: list[tuple[int, int, bool]] = []
    lines = _lines(text)
    spans += _pair_straight(text, lines, '"')
    for opener, closer in _DOUBLE_PAIRS.items():
        spans += _pair_directed(text, lines, opener, closer)
    spans += _pair_single(text, lines)
    kept: list[Quote] = []
    last_end = -1
    for start, end, closed in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < last_end or end - start > MAX_QUOTE_CHARS:
            continue
        inner = " ".join(text[start + 1 : end - 1 if closed else end].split()).rstrip(",;:").rstrip()
        if not any(c.isalpha() for c in inner):
            continue
        kept.append(Quote(start, end, inner))
        last_end = end
    return kept


def _lines(text: str) -> Lines:
    """Character ranges of the lines; news text puts one paragraph on a line."""
    out, pos = [], 0
    for m in _LINE_BREAK.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


def _pair_straight(text: str, lines: Lines, mark: str) -> list[tuple[int, int, bool]]:
    """Pairs of a symmetric mark, in turn within a line.

    A line with an odd count leaves its last mark open; it closes on the first mark of the next
    line with an odd count too, at most CARRY_LINES lines on (a quote over a paragraph break or a
    hard-wrapped line).
    """
    pairs: list[tuple[int, int, bool]] = []
    carry, age, prev_end = None, 0, 0
    for start, end in lines:
        marks = _positions(text, mark, start, end)
        if carry is not None and marks and marks[0] == start:
            pairs.append((carry, prev_end, False))  # the next paragraph opens again: this one ends here
            carry = None
        prev_end = end
        if carry is not None and len(marks) % 2 == 1:
            marks.insert(0, carry)
        elif carry is not None and not marks and age < CARRY_LINES:
            age += 1
            continue
        carry, age = (marks.pop() if len(marks) % 2 == 1 else None), 0
        pairs += [(marks[k], marks[k + 1] + 1, True) for k in range(0, len(marks) - 1, 2)]
    return pairs


def _pair_directed(text: str, lines: Lines, opener: str, closer: str) -> list[tuple[int, int, bool]]:
    """Pairs of distinct opening and closing marks; an open quote may close a few lines on."""
    pairs: list[tuple[int, int, bool]] = []
    carry, age, prev_end = None, 0, 0
    for start, end in lines:
        marks = _positions(text, opener + closer, start, end)
        if opener == "\u201c":  # two right single marks typed for a closing double one
            marks = sorted(marks + [m.start() for m in _DOUBLED_CLOSER.finditer(text, start, end)])
        if carry is not None and marks and marks[0] == start and text[start] == opener:
            pairs.append((carry, prev_end, False))  # the next paragraph opens again: this one ends here
            carry = None
        prev_end = end
        stack: list[int] = [carry] if carry is not None else []
        if carry is not None and not marks and age < CARRY_LINES:
            age += 1
            continue
        carry, age = None, 0
        for i in marks:
            prev = text[i - 1] if i > 0 else " "
            nxt = text[i + 1] if i + 1 < len(text) else " "
            # Typists swap the two marks: judge by the spaces around the mark.
            if text[i] not in (opener, closer):  # the second of a doubled "’’"
                if stack:
                    pairs.append((stack.pop(), i + 1, True))
                continue
            opens = text[i] == opener and not (nxt.isspace() and not prev.isspace())
            opens = opens or (text[i] == closer and prev.isspace() and not nxt.isspace())
            if opens:
                stack.append(i)
            elif stack:
                pairs.append((stack.pop(), i + 1, True))
        # One mark this line left open goes on; an older one that a line with marks of its own
        # did not close is a stray.
        fresh = [i for i in stack if i >= start]
        if len(fresh) == 1:
            carry = fresh[0]
    return pairs


def _positions(text: str, marks: str, start: int, end: int) -> list[int]:
    """Offsets of any of the characters ``marks`` in ``text[start:end]``."""
    return [m.start() for m in _mark_pattern(marks).finditer(text, start, end)]


@functools.cache
def _mark_pattern(marks: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(marks)}]")


def _pair_single(text: str, lines: Lines) -> list[tuple[int, int, bool]]:
    """Single-quote pairs (British style) with ' ‘ ’, telling quotes from apostrophes."""
    pairs = []
    for start, end in lines:
        stack: list[int] = []
        for i in _positions(text, "'\u2018\u2019", start, end):
            ch = text[i]
            prev = text[i - 1] if i > 0 else " "
            nxt = text[i + 1] if i + 1 < len(text) else " "
            if prev.isalnum() and nxt.isalnum():
                continue  # n’t, it’s, O'Brien
            if ch != "\u2019" and prev in _OPENERS and not nxt.isspace():
                if not _DECADE.match(text, i + 1):
                    stack.append(i)
            elif ch != "\u2018" and not prev.isspace() and not nxt.isalnum() and stack:
                # Also the possessive of a plural (countries’); it only matters after an opener.
                pairs.append((stack.pop(), i + 1, True))
    return pairs


def is_title(text: str, quote: Quote) -> bool:
    """True when the quoted words name a work, a headline or a label rather than report speech.

    Caught: a cue word just before ("the article titled '...'", "so-called"), a headline followed
    by a colon, and Title Case passages of two or more words ("Pulp Fiction").
    """
    before = text[max(0, quote.start - 40) : quote.start].lower().split()
    if before and before[-1].strip(",:(") in TITLE_CUES:
        return True
    if len(before) > 1 and before[-2] in TITLE_CUES and before[-1] in {"the", "a", "an", "as"}:
        return True
    after = text[quote.end : quote.end + 2].lstrip()
    if after.startswith(":") and quote.words >= 3:
        return True
    words = _WORD.findall(quote.text)
    long_words = [w for w in words if len(w) > 3]
    return len(words) >= 2 and len(long_words) >= 2 and all(w[0].isupper() for w in long_words)


# --- attribution -----------------------------------------------------------------------------


def quote_verb(span: Span, verbs: Sequence[Token], short: bool) -> Token | None:
    """The speech verb a quote belongs to, among verbs of its sentences that have a speaker.

    Tried in turn: a verb just after the closing mark ("'…,' X said", "'…,' said X"), a verb
    whose object or complement holds the quote ("X said the deal 'includes …'"), then the nearest
    verb before the opening mark ("X said: '…'"). A short quote needs one of the first two.
    "according to X" credits a quote only when no speech verb is in reach.
    """
    doc = span.doc
    outside = [v for v in verbs if not span.start <= v.i < span.end]
    speech = [v for v in outside if v.lower_ != "according"]
    last = doc[span.end - 1]
    after = [v for v in speech if v.i >= span.end and v.i - span.end <= 5 and v.sent == last.sent]
    if after and (not short or span.start == last.sent.start):
        return after[0]
    governing = [v for v in speech if governs(v, span, short)]
    if governing:
        return governing[-1]
    if short:
        return None
    before = [v for v in speech if v.i < span.start and v.sent == doc[span.start].sent]
    if before:
        return before[-1]
    # Else a main verb of the sentence; one in a clause about something else ("the statement came
    # after X announced his retirement") does not speak the quote.
    rest = [v for v in speech or outside if not any(a.dep_ in _SUBORDINATE for a in [v, *v.ancestors])]
    return rest[0] if rest else None


def governs(verb: Token, span: Span, short: bool = False) -> bool:
    """True when the quote is the verb's object or complement, or sits in its reported clause.

    A short quote must be that object itself or a word on it ("praised Marovia's 'pragmatic way'",
    "criticized the 'confrontational' policies"), not a term deeper down ("thanked the troops of
    the 'special military operation'"). Naming verbs ("calls it 'bamboo diplomacy'") own none.
    """
    if verb.lower_ == "according" or (short and verb.lemma_.lower() in _NAMING_VERBS):
        return False
    words = [t for t in span if not t.is_punct] or list(span)
    root = next((t for t in words if not any(t.head == w for w in words if w != t)), words[0])
    for child in verb.children:
        nominal = child.dep_ in _QUOTE_LINKS or (child.dep_ == "prep" and child.lower_ == "as")
        if child.dep_ not in _CLAUSE_LINKS and not nominal:
            continue
        if not all(t.i in {s.i for s in child.subtree} for t in words):
            continue
        if not short or child.dep_ in _CLAUSE_LINKS:
            return True
        if root == child or root.head == child:
            return True
    return False


def dash_credit(text: str, end: int, mentions: Sequence[Mention]) -> str | None:
    """'…' — X: the actor named right after a dash that follows the closing mark at ``end``."""
    m = _DASH.match(text, end)
    if not m:
        return None
    for mention in mentions:
        if m.end() <= mention.start <= m.end() + 4:
            return mention.actor
    return None


def is_standalone(quote: Quote, sents: Sequence[Span]) -> bool:
    """True when the quote is (nearly) all of its sentences: a quoted utterance on its own."""
    letters = sum(c.isalnum() for s in sents for c in s.text)
    return letters > 0 and sum(c.isalnum() for c in quote.text) >= 0.8 * letters
