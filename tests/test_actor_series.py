"""Names of a numbered series (issue 14, not-actors): a mission's or a model's one-word name,
followed by its number in one mention and modifying a noun in every mention ("the Apollo 11
astronauts", "the Apollo moon landings"), is no actor of the article; a name that acts in any
mention stays. Sentences are invented."""

from __future__ import annotations

import pytest

from generator.extract.pipeline import extract_article
from tests.conftest import make_article


def names_of(nlp, text: str) -> set[str]:
    return {a.name for a in extract_article(nlp(text), make_article(text)).actors}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Falcon Heavy will blast off from the pad used by the Apollo 11 astronauts, NASA said. "
            "The rocket is bigger than anything since the Apollo moon landings.",
            "Apollo",
        ),
        (
            "At liftoff its thrust equals that of 18 Boeing 747 aircraft at full throttle, Ana Li said.",
            "Boeing",
        ),
    ],
)
def test_a_numbered_series_is_no_actor(nlp, text, name):
    assert name not in names_of(nlp, text)


def test_a_maker_that_acts_stays(nlp):
    text = (
        "Its thrust equals that of 18 Boeing 747 aircraft, Ana Li said. Boeing said it would "
        "build a rival rocket by 2020."
    )
    assert "Boeing" in names_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Northtown Field, filled with Rovers fans, shook with glee, Ana Li said.", "Northtown Field"),
        ("The Kessler Building in Northtown was the tallest in 1908, Ana Li said.", "Kessler Building"),
        ("Acme leases Launch Complex 39A from the agency, Ana Li said.", "Launch Complex"),
        ("Fans went streaking down Marlow Ave in just their headphones, Ana Li said.", "Marlow Ave"),
    ],
)
def test_ballparks_buildings_launch_sites_and_avenues_are_places(nlp, text, name):
    assert name not in names_of(nlp, text)
