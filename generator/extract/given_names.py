"""Given names and their usual gender, from gender-guesser's dictionary (Jörg Michael's name
dictionary, about 48,000 names with their countries), shared by the actor and reaction
extractors: reading it takes half a second, so it is read once per process."""

from __future__ import annotations

import functools

from gender_guesser.detector import Detector


@functools.cache
def detector() -> Detector:
    """The dictionary, case-insensitive: ``detector().get_gender("maria")`` is "female"."""
    return Detector(case_sensitive=False)
