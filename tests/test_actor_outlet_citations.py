"""Outlets cited as sources ("People's Daily said", "told CNN affiliate KTVT", "posted by
QQ.com") are source metadata, not actors; an outlet that gives its own view ("In an
editorial, the X ...") is an actor (issue 14, family 2).

Sentences are written for these tests (invented names) or taken from the shared corpus (events
that are not held out).
"""

from __future__ import annotations

import pytest

from generator.extract.actors.outlets import citation, short_forms
from tests.test_actor_precision import names

NOT_ACTORS = [
    # "said" by a news organization's name
    ("The probe will be on standby for launch from August, the official Northland Daily said, citing the "
     "space agency.", "Northland Daily"),
    ("'The moon is the first stop for humanity,' said the official Science and Technology Daily.",
     "Science and Technology Daily"),
    # corpus: cited the way any source may be, under a news organization's name
    ("A police spokesperson told the Germany's Deutsche Presse Agentur that none of the injuries "
     "appeared fatal.", "Deutsche Presse Agentur"),
    ("Nature Air did not immediately respond to HuffPost’s requests for comment.", "HuffPost"),
    ('"It\'s really sad," Crouch told CNN affiliate KTVT. She said she saw dozens of police cars.', "KTVT"),
    ("An aerial video posted by QQ.com shows the heavy-duty vehicles have dug a crater.", "QQ.com"),
    ("Prosecutors have taken over the investigation, according to BFMTV, citing the prosecutor's office.",
     "BFMTV"),
    ("The market value has been cut by more than half, according to the website Coinmarketcap.com.",
     "Coinmarketcap.com"),
    ("The fuselage of the small plane that crashed. Ezequiel Becerra / Agence Francepresse",
     "Agence Francepresse"),
    # a known broadcaster's channel
    ("'It is a feeling that I will never forget,' Massa told Sky Sports F1 in the aftermath.",
     "Sky Sports F1"),
    ("Watch the documentary on CNN International on Friday.", "CNN International"),
]  # fmt: skip

ACTORS = [
    # an outlet that gives its own view
    ("In an editorial the Northland Times, a newspaper close to the ruling party, implied the leaks were "
     "a plot. \"The documents have political targets,\" the Northland Times said.", "Northland Times"),
    # a body that speaks is no outlet for saying so
    ("The Central Coast Council said it will assist any investigation.", "Central Coast Council"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), NOT_ACTORS)
def test_an_outlet_cited_as_a_source_is_no_actor(nlp, text, name):
    assert name not in names(nlp, text)


@pytest.mark.parametrize(("text", "name"), ACTORS)
def test_an_outlet_with_a_view_of_its_own_is_an_actor(nlp, text, name):
    assert name in names(nlp, text)


@pytest.mark.parametrize(
    ("text", "name", "how"),
    [
        ("Crouch told CNN affiliate KTVT.", "KTVT", "strong"),
        ("Acme did not respond to Northland Post's requests for comment.", "Northland Post", "strong"),
        ("the official Northland Daily said on Monday", "Northland Daily", "said"),
        ("said the official Northland Daily.", "Northland Daily", "said"),
        ("a video posted by Acme.com shows", "Acme.com", "weak"),
        ("Acme said on Monday.", "Acme", "said"),
        ("sanctions on Northland took effect", "Northland", "weak"),
    ],
)  # fmt: skip
def test_how_a_name_is_cited(text, name, how):
    start = text.index(name)
    assert citation(text, start, start + len(name)) == how


def test_an_outlet_s_short_forms_are_outlets_too(nlp):
    text = (
        "The joint letter, obtained by The Northland Morning Times, was signed by Ana Li. "
        "The NMT says the letter calls for a task force. Bo Chen responded, per the Times."
    )
    found = names(nlp, text)
    assert not found & {"Northland Morning Times", "NMT", "Times"}, found
    assert short_forms({"new york times"}) == {"new york times", "nyt", "times"}
