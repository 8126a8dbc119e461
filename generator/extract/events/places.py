"""Where a sentence says something happened: a place of the gazetteer after "in", "at", "near"."""

from __future__ import annotations

import re

from generator.extract import gazetteer

_PLACE = re.compile(
    r"\b(?:in|at|near|outside|off)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|of|de|del))*)"
)


_SUBORDINATE = re.compile(r"\s(?:that|which|who|whose|as|while|because|after|over)\s|[;:—–]")
"""Where a sentence's main clause gives way to a clause about something else."""


def place_in(quote: str) -> str | None:
    """The first place the sentence says something happened in: a country, capital or other
    place of the gazetteer after "in", "at", "near", "outside" or "off".

    "the president arrived in Lima on Thursday" -> "Lima"; "kicked off a plane in Dallas" -> "Dallas";
    "at the port of Pyeongtaek" -> None ("port" is no place name). Only the main clause counts:
    "signed deals during a state visit that comes as Moscow ... over its actions in Ukraine" -> None
    (the place of a clause hung on another noun is not where the happening was).
    """
    for m in _PLACE.finditer(_SUBORDINATE.split(quote, maxsplit=1)[0]):
        words = m.group("place").rstrip(".").split()
        for end in range(len(words), 0, -1):  # "Lima Thursday" -> "Lima"
            name = " ".join(words[:end]).rstrip(".,’'")
            if gazetteer.country(name) or gazetteer.is_place(name):
                return name
    return None
