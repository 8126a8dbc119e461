"""A roundup printed under one item's headline: the page is titled for one story (a film's
trailer, a company's new glasses) but its text runs through many short items under their own
headlines (every Super Bowl ad; a newsletter's five stories of the day). The items the title
does not name are other stories on the same page, and their people are not the event's.

Found on the news-please corpus (``giveme5w1h-news-cluster``, its held-out events left out):
a Daily Mail roundup of Super Bowl commercials titled for one trailer, an Engadget morning
newsletter titled for one of its stories.
"""

from __future__ import annotations

import re

_END = re.compile(r"[.!?:;…]['\"’”)\]»]*$")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}\b")
"""A capitalised word inside a sentence or headline: most are names."""
_TITLE_WORD = re.compile(r"\b[A-Z][a-z]{2,}\b")
_NOT_NAMES = frozenset(
    "The And For But How Why What Who When Where Which With From After Before This That These Those "
    "Its Are Was Were Will Has Have Had New Says Said Here There Not Now Just More Most Best Top "
    "Watch Video Photos Review Live Update Latest".split()
)
"""Capitalised words of a Title Case headline that are not names (English function words and
the words headlines use for their kind: "Watch", "Review", "Live")."""

MIN_SECTIONS = 5
"""Fewest items under their own headlines for a page to be a roundup."""
MAX_ITEM_PARAGRAPHS = 6
"""Most paragraphs under one item's headline: a roundup's items are short."""
MAX_SHARED = 0.2
"""Largest share of the items' names (the theme's left out) that more than one item uses: a
roundup's items are other stories, with other people."""


def _headline(par: str, reason: str | None) -> bool:
    n = len(par.split())
    if reason == "heading":
        return 2 <= n <= 25 and not par.startswith("#")
    return reason is None and 3 <= n <= 25 and not _END.search(par) and par[:1].isupper()


def _names(text: str) -> set[str]:
    return {m.group(0) for m in _NAME.finditer(text)} - _NOT_NAMES


def other_items(items: list[tuple[str, str | None]], title: str | None) -> list[int]:
    """Indexes of the paragraphs of a roundup's items that the title does not name.

    ``items`` are the article's paragraphs in order with why each was dropped (None: kept). The
    page is a roundup when five or more items, each a headline (kept or dropped as a heading)
    and one to six paragraphs, mostly name no one the others name (at most a fifth of their
    names are in two items or more). An item is the title's when it holds one of the title's
    names that no other item holds ("Avengers", "Intel"; "Super Bowl" in several items is the
    roundup's theme): a word of the title
    the text writes with a capital inside a sentence and never in lower case ("System" is not
    one on a page that says "system software"). The others go,
    headline and all, when at most a third of the items are the title's; the paragraphs before
    the first item (the standfirst, the introduction) stay. A title naming nothing outside the
    theme ("Super Bowl ads, ranked") is the roundup's own: nothing goes.
    """
    if not title:
        return []
    sections: list[list[int]] = []
    for i, (par, reason) in enumerate(items):
        if reason not in (None, "heading"):
            continue
        if _headline(par, reason):
            sections.append([i])
        elif reason is None and sections:
            sections[-1].append(i)
    full = [s for s in sections if 2 <= len(s) <= MAX_ITEM_PARAGRAPHS + 1]
    if len(full) < MIN_SECTIONS or len(full) < len(sections) - 1:
        return []
    names = [set().union(*(_names(items[i][0]) | _heads(items[i][0], i == s[0]) for i in s)) for s in full]
    counts: dict[str, int] = {}
    for found in names:
        for name in found:
            counts[name] = counts.get(name, 0) + 1
    if sum(1 for n in counts.values() if n > 1) > MAX_SHARED * len(counts):
        return []  # the items share their people: one story told in parts (an explainer)
    texts = [" ".join(items[i][0] for i in s) for s in full]
    kept = [par for par, reason in items if reason is None]
    used = {m.group(0) for par in kept for m in _NAME.finditer(par)}
    common = {w for par in kept for w in re.findall(r"\b[a-z]{3,}\b", par)}
    wanted: dict[str, list[int]] = {}
    for word in {w for w in _TITLE_WORD.findall(title) if w in used and w.lower() not in common} - _NOT_NAMES:
        named = re.compile(rf"\b{word}\b")
        wanted[word] = [k for k, text in enumerate(texts) if named.search(text)]
    if all(len(found) > 1 for found in wanted.values()):
        return []  # the title names only a theme of several items ("Super Bowl"): the roundup is the story
    mine = [full[k] for found in wanted.values() if len(found) == 1 for k in found]
    intro = " ".join(items[i][0] for i in _before(items, sections))
    if not mine and not any(re.search(rf"\b{word}\b", intro) for word in wanted):
        return []  # the title's story is nowhere on the page
    return [i for s in sections if s not in mine and (s in full or len(s) == 1) for i in s]


def _heads(par: str, is_head: bool) -> set[str]:
    """The names of an item's headline, its first word too: "Danny DeVito for M&Ms"."""
    if not is_head:
        return set()
    first = par.split()[0].strip("'\"‘“:,")
    return {first} - _NOT_NAMES if _TITLE_WORD.fullmatch(first) else set()


def _before(items: list[tuple[str, str | None]], sections: list[list[int]]) -> list[int]:
    """The kept paragraphs before the first item: the standfirst and the introduction."""
    return [i for i in range(sections[0][0]) if items[i][1] is None]
