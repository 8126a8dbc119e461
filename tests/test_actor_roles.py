"""Roles of people named once: the words written right before the name and the apposition after
it. Each case is an invented sentence in and the role that must come out (None: no role)."""

from __future__ import annotations

import pytest

from tests.conftest import role_of

ROLES = [
    # lower-case words before a title belong to it
    ("Local police chief Omar Vell said two suspects were held.", "Omar Vell", "Local police chief"),
    ("The Brantor Bank chief financial officer, Ida Falk, said the charge was one-off.",
     "Ida Falk", "chief financial officer"),
    ("Deputy police chief Ravi Tam said one suspect had been arrested.", "Ravi Tam", "Deputy police chief"),
    # a common noun the name stands beside says who the person is
    ("Nearby resident Lena Oduya, 23, said she heard a massive crash.", "Lena Oduya", "Nearby resident"),
    ("A biography by American historian John Varga came out.", "John Varga", "American historian"),
    ("He was talking to his wife Maren at their lake house.", "Maren", "wife"),
    ("Her husband, Tomas Brell, said she was held for political reasons.", "Tomas Brell", "husband"),
    ("Another parent, Esther Okafor, said by telephone that she was praying.", "Esther Okafor", "parent"),
    ("Walton Central MP Gwen Ollis said her friend was on the tram.", "Gwen Ollis", "Walton Central MP"),
    ("Cardinals star running back Tim Okafor praised him.", "Tim Okafor", "Cardinals star running back"),
    ("The rally drew support from first lady Mara Quell and others.", "Mara Quell", "first lady"),
    ("The clinic's medical director Dr Nora Obi said six were treated.", "Nora Obi", "medical director"),
    ("Kettering signed fourth-year center Abe Lund on Saturday.", "Abe Lund", "fourth-year center"),
    # an apposition after the name, after an age too
    ("Omar Dahl, 30, a passenger, said the tram sped up.", "Omar Dahl", "passenger"),
    ("Lars Ito, the father of Aiko Ito, one of the girls, said he was relieved.", "Lars Ito",
     "father of Aiko Ito"),
    ("said Rina Moss, managing director at the Calder Institute, on Friday.", "Rina Moss",
     "managing director at the Calder Institute"),
    ("Finn Osei, of the train drivers’ union Dockral, said the crash was dreadful.", "Finn Osei",
     "train drivers’ union Dockral"),
    # not a role
    ("Earlier this week Ana Veld revealed pictures of the rock.", "Ana Veld", None),
    ("The team thanked manager Alan Voss, chairman Ben Ruud, the players and staff.", "Alan Voss", "manager"),
    ("Tom Reyes, from Eastbury, wrote that the tram lifted on to one side.", "Tom Reyes", None),
    ("William Oakes died, according to Detective Superintendent Mark Hale.", "William Oakes", None),
    ("The guests, including actor Jon Parr, arrived late.", "Jon Parr", "actor"),
    ("She has two sons Matt and Zach, who both live abroad.", "Matt", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "role"), ROLES)
def test_role_of_a_person_named_once(nlp, text, name, role):
    assert role_of(nlp, text, name) == role
