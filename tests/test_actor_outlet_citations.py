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
    # an organization told something, reporting, reviewed for, credited under a table: an outlet
    # whatever its name looks like (corpus sentences)
    ("Commenting on the gender imbalance at this year's Grammys, Portnow told Variety, \"women who "
     "have the creativity in their hearts and souls\" need to step up.", "Variety"),
    ("Similar schemes involving stocks are illegal, but people operating the groups recently told "
     "BuzzFeed that they did not think the same rules applied.", "BuzzFeed"),
    ("Jamieson Cox, reviewing the album for Pitchfork, called it \u201cwarm, indulgent, inert, and "
     "vacuous.\u201d", "Pitchfork"),
    ("This table from Markets Insider summarises the price action of the major cryptocurrencies over "
     "the past month.", "Markets Insider"),
    ("Northland Ledger are reporting that a man from Eastvale has been arrested.", "Northland Ledger"),
]  # fmt: skip

ACTORS = [
    # an outlet that gives its own view
    ("In an editorial the Northland Times, a newspaper close to the ruling party, implied the leaks were "
     "a plot. \"The documents have political targets,\" the Northland Times said.", "Northland Times"),
    # a body that speaks is no outlet for saying so
    ("The Central Coast Council said it will assist any investigation.", "Central Coast Council"),
    # a body told something is told it as an actor; somebody of an organization's is told
    ("The minister told the Northland Security Council that the talks would resume.",
     "Northland Security Council"),
    ("Ana Li, the head of Acme Robotics, said the robots were safe. Li told Acme Robotics's board "
     "that sales would double.", "Acme Robotics"),
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
