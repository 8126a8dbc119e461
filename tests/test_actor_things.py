"""Things are not actors: products, vehicles, spacecraft, works, parts in a film.

Family 1 of the precision work: spaCy tags a product, a rocket, a song or a film character
ORG or PERSON; a reader keeps the maker, the agency, the artist, not the thing. Each case is a
sentence in and a name out; sentences are written for these tests (invented names) or taken
from the shared corpus (events that are not held out).
"""

from __future__ import annotations

import pytest

from generator.extract.actors.things import acronym_of, labelled_a_thing, thing_named
from generator.merge.brand_things import brand_things
from generator.records import Actor
from tests.test_actor_precision import names

NOT_ACTORS = [
    # the name's own last word is a made thing's noun
    ("Engineers at Northwind tested the Big Starhawk Rocket in Texas on Monday.", "Big Starhawk Rocket"),
    ("Chatly was pulled from the Acme App Store after a complaint, Bo Chen said.", "Acme App Store"),
    ("Ana Li said the Vela Phone would go on sale in March.", "Vela Phone"),
    # a thing's noun right before the name
    ("The song was written for the film Brightwater, Ana Li said on Monday.", "Brightwater"),
    ("Ana Li sang a single he wrote for the movie Trolls at the show.", "Trolls"),
    # corpus (EventId 53): a part played, with the actor in brackets
    ("More than 20 superhuman characters appear, including Iron Man (Robert Downey Jr.), in the ad.",
     "Iron Man"),
    ("Captain Vela (Ana Li) fights the storm in the final scene.", "Captain Vela"),
    # what a thing is called; a thing in apposition after its noun (corpus, EventIds 60, 49, 58, 32)
    ("Intel has been working on a pair of smart glasses, dubbed Vaunt, and plans to sell them.", "Vaunt"),
    ("A red Acme Roadster, complete with a dummy passenger called Starman, is the ballast.", "Starman"),
    ("Google built a technology called RAISR into its phones last year.", "RAISR"),
    ("Contact has been lost with Angola's first satellite, AngoSat-1, which was launched on Tuesday.",
     "AngoSat"),
    ("Intel showed the Vaunt glasses to reporters. Vaunt is aimed at office workers.", "Vaunt"),
    ("Google Glass, the £1,000 spectacles with a built-in camera, flopped in 2015.", "Google Glass"),
    # corpus (EventId 37): a hashtag is no name in the story
    ("#Northbay #Fireworks what an experience!! I was on the beach.", "Northbay"),
    # corpus (EventId 18): a rocket and its acronym
    ("Musk said the Big Falcon Rocket, or BFR, would fly in 2019. The BFR is huge.", "BFR"),
]  # fmt: skip

ACTORS = [
    # a company's name with a word of what it does, and a rocket's maker acting
    ("Rocket Lab said on Monday that its launch was delayed.", "Rocket Lab"),
    ("Some think it could replace the Starhawk, a gigantic rocket NASA is developing.", "NASA"),
    ("The film director Ana Li said the shoot was over.", "Ana Li"),
    ("Ana Li (Northland) said the vote was close.", "Ana Li"),
    ("A man named Ana Li was arrested on Monday, police said.", "Ana Li"),
    ("A startup called Acme Robotics raised $5m, its founder said.", "Acme Robotics"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), NOT_ACTORS)
def test_a_thing_is_no_actor(nlp, text, name):
    assert name not in names(nlp, text)


@pytest.mark.parametrize(("text", "name"), ACTORS)
def test_a_maker_or_person_stays(nlp, text, name):
    assert name in names(nlp, text)


@pytest.mark.parametrize(
    ("name", "thing"),
    [("Big Starhawk Rocket", True), ("Acme Roadster", True), ("Northtown Rockets", False),
     ("Kessel Rovers", False), ("PlayStation Store", True),
     ("Rocket Lab", False), ("Starhawk", False), ("Acme phone", False)],
)  # fmt: skip
def test_thing_named(name, thing):
    assert thing_named(name) is thing


def test_acronym_of_a_thing():
    assert acronym_of("Big Starhawk Rocket") == ("bsr",)
    assert acronym_of("Acme Phone") == ()


def test_labelled_a_thing_by_majority():
    assert labelled_a_thing(["PRODUCT", "PRODUCT"], 1)
    assert not labelled_a_thing(["PRODUCT", "ORG"], 1)


def _actor(
    name: str, kind: str = "organization", aliases: tuple[str, ...] = (), role: str | None = None
) -> Actor:
    return Actor(id=name.lower().replace(" ", "-"), name=name, kind=kind, role=role, aliases=aliases)


def test_a_product_named_after_its_maker_is_found():
    actors = [
        _actor("Acme Motors", aliases=("Acme",)),
        _actor("Acme Roadster"),
        _actor("Acme Glass", kind="person"),
        _actor("Acme Music"),
        _actor("Acme India"),
        _actor("Acme Model S", role="the car"),
        _actor("Acme Board"),
    ]
    assert brand_things(actors, set()) == {"acme-roadster", "acme-glass"}
    assert brand_things(actors, {"acme-glass"}) == {"acme-roadster"}


@pytest.mark.parametrize(
    "text",
    ["The movie Ana Li directed won the award, the studio said.",
     "At the show Ana Li said the tour would go on."],
)  # fmt: skip
def test_a_person_after_a_things_noun_stays(nlp, text):
    assert "Ana Li" in names(nlp, text)
