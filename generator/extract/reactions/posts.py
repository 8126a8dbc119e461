"""Posts on social networks embedded in an article, credited the way the networks print them.

An embedded post keeps its credit line after the words: the author's name, the account in
brackets and the date ("… what an experience!! — Ana Li (@analiofficial) December 31, 2017").
The author is the account holder, an actor of the article when the credit names one:

    "We welcome the release of the hostages. pic.twitter.com/x1 — Ana Li (@ana_li) May 7, 2017"
        -> Ana Li: "We welcome the release of the hostages."
    "Pray for the valley. — Mayor's Office (@valleymayor) June 2, 2019"   -> nobody unless named

A link to the picture or to the post itself at the end is no part of the words, nor what the page
prints before the post ("Skip Twitter post by @ana_li"). A post that opens with a quotation
relays somebody else's words (a reporter posting what a witness said): it is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from generator.extract.reactions.quotes import Quote
from generator.records import Mention
from generator.text import name_key

# "— Name (@handle) Month D, YYYY" or "D Month YYYY": the credit of an embedded post, as the
# networks print it.
_CREDIT = re.compile(
    r"[ \t]*[\u2014\u2013][ \t]*(?P<name>[^\n()@\u2014\u2013]{2,80}?)[ \t]*\(@(?P<handle>\w{1,30})\)"
    r"[ \t]*(?:on[ \t]+)?(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?)[ \t]*\d{4}"
)
# Links at the end of a post's words: the picture ("pic.twitter.com/…"), a shortened link.
_TRAILING_LINKS = re.compile(r"(?:\s*(?:pic\.twitter\.com/\S+|https?://\S+))+\s*$")
# What the page prints before an embedded post: "Skip Twitter post by @analiofficial".
_LEADING = re.compile(r"^\s*(?:Skip (?:Twitter|Facebook|Instagram|YouTube) (?:post|content)(?: by @\w+)?\s*)")
_QUOTE_MARKS = "\"\u201c\u2018'"
MIN_WORDS = 3
"""A post of fewer words is a fragment the page cut (a line that began mid-post)."""


@dataclass(frozen=True)
class Post:
    """One embedded post: its words as a quote and the actor its credit names."""

    quote: Quote
    actor: str


def embedded_posts(text: str, mentions: Sequence[Mention], names: dict[str, str]) -> Iterator[Post]:
    """The embedded posts of ``text`` whose credit names an actor: a mention inside the credit's
    name, else an actor whose name is the credit's name (folded)."""
    previous = 0
    for m in _CREDIT.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        start = max(line_start, previous)
        previous = m.end()
        words = text[start : m.start()]
        trail = _TRAILING_LINKS.search(words)
        end = start + (trail.start() if trail else len(words))
        lead = _LEADING.match(words)
        start += lead.end() if lead else len(words) - len(words.lstrip())
        body = " ".join(text[start:end].split())
        # A post that opens with a quotation relays somebody else's words ('"It's sad," a woman
        # in the crowd said', posted by a reporter): not the account holder's reaction.
        if len(body.split()) < MIN_WORDS or body[:1] in _QUOTE_MARKS:
            continue
        actor = _author(m, mentions, names)
        if actor:
            yield Post(Quote(start, end, body), actor)


def _author(credit: re.Match[str], mentions: Sequence[Mention], names: dict[str, str]) -> str | None:
    lo, hi = credit.span("name")
    inside = {m.actor for m in mentions if lo <= m.start and m.end <= hi}
    if len(inside) == 1:
        return inside.pop()
    key = name_key(credit.group("name"))
    same = [a for a, n in names.items() if name_key(n) == key]
    return same[0] if len(same) == 1 else None
