"""The names in a scraped author field, without the page text a scraper took for them.

news-please fills ``authors`` from whatever the page marks up as a byline, and pages mark up a
lot: "Published P.M. Et Feb.", "Last Updated", "Min Read", "Senior Editor", "Getty Images",
sentences of the standfirst ("A Russian Billionaire Believes He Was Swindled When He Bought It
For"), a job title glued to the name ("Alex Raskin Sports News Editor For Dailymail.Com"), a
"More Stories" link before it. The Sources page and the PDF show the author as the article's
byline, so only what reads as a person's name, or a news agency whose copy the article is, is
kept; when nothing is left the article's own "By ..." line, if any, stands (``metadata.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.extract.actors.outlets import KNOWN_OUTLETS
from generator.ingest.metadata import is_name
from generator.text import name_key

MAX_NAME_WORDS = 6
"""A byline names a person in at most this many words; a longer entry is a sentence."""

_PREFIX = re.compile(r"^(?:more\s+stories|by)\s+", re.IGNORECASE)
"""Link text a scraper keeps before the name: "More Stories Ian King", "By Jane Doe"."""
_FOR_OUTLET = re.compile(r"\s+(?:for|at|in)\s+\S+$", re.IGNORECASE)
"""The outlet or place after the name: "Andy Warren For Mailonline", "Reuters In Berlin"."""

JOB_WORDS = frozenset(
    """
    editor editors reporter reporters correspondent correspondents writer writers staff contributor
    columnist editorial desk team producer critic analyst photographer view
    """.split()
)
"""The nouns of a newsroom's job titles ("Senior Editor", "Telegraph View", "Wired Staff"), from
the mastheads of the outlets in the corpus: they end a job title."""
DESK_WORDS = JOB_WORDS | frozenset(
    """
    senior chief deputy associate assistant executive managing special general assignment feature
    features political politics sports sport science technology tech business news showbiz
    entertainment health travel digital online us uk world national foreign
    """.split()
)
"""A job title's words ("Chief Sports Feature Writer", "Us Editor"): after a name, ending in a job
noun, they are the person's job; alone they name nobody."""

NOT_NAME_WORDS = frozenset(
    """
    published updated posted read min mins image images photo photos getty author opinion
    comments share video more
    an to is was are be says said with from or as by this that what when how why it he she they
    his her its their who
    """.split()
)
"""Words of page furniture that a scraper takes for a byline ("Published A.M. Et Dec.",
"Last Updated", "3 Min Read", "Getty Images", "More ..."), and the function words of a sentence
("Case Relates To ...", "An Avid Reader"), which a name does not hold."""
_NOT_IN_A_NAME = NOT_NAME_WORDS | DESK_WORDS
_INITIALS = re.compile(r"(?:[A-Z]\.)+")


def byline_names(values: Iterable[object]) -> str | None:
    """The authors a scraped list names, joined by ", "; None when it names none.

    >>> byline_names(["Maeve Mcdermott", "Published P.M. Et Feb."])
    'Maeve Mcdermott'
    >>> byline_names(["More Stories Ian King", "Ian King", "Alex Roe Sports News Editor For Dailymail.Com"])
    'Ian King, Alex Roe'
    >>> byline_names(["Press Association Sport Correspondent"]), byline_names(["Senior Editor", "Min Read"])
    ('Press Association', None)
    """
    names: list[str] = []
    for value in values:
        name = _name(value) if isinstance(value, str) else None
        if name and name not in names:
            names.append(name)
    # "Neil Roe Michael Doe" beside "Neil Roe" and "Michael Doe": two names a scraper glued
    glued = {n for n in names if any(n.startswith(f"{other} ") for other in names)}
    return ", ".join(n for n in names if n not in glued) or None


def _name(entry: str) -> str | None:
    text = _FOR_OUTLET.sub("", _PREFIX.sub("", " ".join(entry.split())))
    words = text.split()
    if len(words) > MAX_NAME_WORDS:
        return None  # a sentence of the page, not a byline
    if _agency(text):
        return text  # agency copy: "Associated Press", "Reuters"
    if words and words[-1].lower().strip(".") in JOB_WORDS:
        while words and words[-1].lower().strip(".") in DESK_WORDS:
            words.pop()  # "Jane Doe Senior Editor" -> "Jane Doe"
        text = " ".join(words)
        if words and _agency(text):
            return text  # "Reuters Editorial", "Press Association Sport Correspondent"
    if not words or words[0] == "A" or any(w.lower().strip(".") in _NOT_IN_A_NAME for w in words):
        return None
    if any(w.endswith(".") and len(w) > 3 and not _INITIALS.fullmatch(w) for w in words):
        return None  # a sentence break ("Million. This"), not an initial ("K.K.") or "Jr."
    return text if is_name(words) else None


def _agency(text: str) -> bool:
    """A news agency or broadcaster the article is copy of ("The Associated Press", "Press
    Association"): one of the world's agencies, or a name that says it is one."""
    key = name_key(text.removeprefix("The "))
    return key in KNOWN_OUTLETS or key.endswith(("press association", "press agency", "news agency"))
