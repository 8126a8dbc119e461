"""Page furniture: sentences whose numbers are no figures of the story (other stories' headlines,
a gallery's counters and headings, a video carousel, photo credits repeated under each picture)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from spacy.attrs import LOWER
from spacy.tokens import Span

_CAPS_RUN = re.compile(r"\b[A-Z][A-Z'’]{2,}(?:\s+[A-Z][A-Z'’]*)*\s+[A-Z][A-Z'’]{2,}\b")
_GALLERY = re.compile(r"\b\d+\s+show all\b", re.IGNORECASE)
_CAROUSEL = re.compile(r"\b\d+ of \d+\b")
_AGGREGATOR = re.compile(r"\ball [\d,]+ news articles\b", re.IGNORECASE)
"""A news aggregator's link under its list of outlets: "... EW.com all 371 news articles »"."""
_SLIDE = re.compile(
    r"^(?:(?:Play slideshow|Next Video|Last Video)\b\D{0,40}?)?"
    r"(?P<n>\d{1,3})\s*(?:/|\bof\b)\s*(?P<m>\d{1,3})\s+[A-Z]"
)
"""A gallery's or a carousel's counter opening a sentence, then the slide's title: "27/30 Giant
Landform on Mars ...", "Play slideshow Getty Images 1 of 35 American geologist ...", "41 of 41
Last Video"."""
REPEATED_HEADING = 4
"""Sentences of one article opening with the same four words this often are a gallery's heading
or a photo credit under each picture ("Port of Tarvo turns 300 ...", "Video provided by ...")."""


def is_furniture(text: str) -> bool:
    """Whether a sentence is page furniture whose numbers are no figures of the story: a list of
    other stories' headlines in capitals ("MOST READ IN NEWS ... BRAIN BUG ..."), a photo
    gallery's counter ("8 show all", "27/30 Giant Landform on Mars ...", "Play slideshow
    Getty Images 1 of 35 ..."), a video carousel ("USA TODAY 4 of 41 ...").

    >>> is_furniture("BOKO HARAM KIDNAP Group shows 50 girls SECRET 'TERROR DEAL' US plots ...")
    True
    >>> is_furniture("11/30 Solar Flare An image shows a 200,000 mile long solar filament")
    True
    >>> is_furniture("UNITED NATIONS -- The UN welcomed the release of 82 schoolgirls.")
    False
    >>> is_furniture("Right Now The Atlantic - EW.com all 371 news articles »")
    True
    >>> is_furniture("Nine of 16 passes were caught.")
    False
    """
    if _GALLERY.search(text) or _AGGREGATOR.search(text):
        return True
    slide = _SLIDE.match(text)
    if slide and 0 < int(slide.group("n")) <= int(slide.group("m")):
        return True
    runs = _CAPS_RUN.findall(text)
    return len(runs) >= 2 or bool(runs and _CAROUSEL.search(text))


def repeated_headings(sents: Sequence[Span]) -> frozenset[int]:
    """Indexes of the sentences that open with four words at least ``REPEATED_HEADING``
    sentences of the article open with: a gallery's heading or a credit under each picture,
    "Port of Tarvo turns 300 Expansion drive ...", "Port of Tarvo turns 300 Historic towers ..."
    (whose "300" counts no drives or towers).
    """
    if not sents:
        return frozenset()
    lower = sents[0].doc.to_array(LOWER).tolist()  # one array, no Python object per word
    openings = [tuple(lower[s.start : s.start + 4]) if len(s) > 6 else () for s in sents]
    counts = Counter(o for o in openings if o)
    return frozenset(i for i, o in enumerate(openings) if o and counts[o] >= REPEATED_HEADING)
