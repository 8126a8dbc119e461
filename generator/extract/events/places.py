"""Where a sentence says something happened: a place of the gazetteer after "in", "at", "near"."""

from __future__ import annotations

import re

from generator.extract import gazetteer

_PLACE = re.compile(
    r"\b(?:in|at|near|outside|off)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|of|de|del))*)"
)


def place_in(quote: str) -> str | None:
    """The first place the sentence says something happened in: a country, capital or other
    place of the gazetteer after "in", "at", "near", "outside" or "off".

    "the president arrived in Lima on Thursday" -> "Lima"; "kicked off a plane in Dallas" -> "Dallas";
    "at the port of Pyeongtaek" -> None ("port" is no place name).
    """
    for m in _PLACE.finditer(quote):
        words = m.group("place").rstrip(".").split()
        for end in range(len(words), 0, -1):  # "Lima Thursday" -> "Lima"
            name = " ".join(words[:end]).rstrip(".,’'")
            if gazetteer.country(name) or gazetteer.is_place(name):
                return name
    return None
