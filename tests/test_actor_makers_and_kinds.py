"""Makers named before their products, and the kind of a name the words around it show.

Families from issue 14: a maker's or brand's name written as a modifier of a made thing
("Samsung devices", "the Williams car", "CCTV footage") is no actor mention on its own, and a
maker is no person; a name one mention gives a person's role, an age, a family or a relative
"who" is a person's; a name a firm noun introduces ("the law firm X") is a body's; a surname
that is the first of two ("Alemán" of "Álvaro Alemán Healy") is the person's.

Each case is a sentence in and a name (and kind) out; sentences are written for these tests
(invented names) or taken from the shared corpus (events that are not held out).
"""

from __future__ import annotations

import pytest

from generator.extract.actors.kinds import personal_role
from generator.extract.actors.passing import made_thing_modifier
from generator.extract.pipeline import extract_article
from generator.merge.actors import merge
from tests.conftest import make_article
from tests.test_actor_precision import names

NOT_ACTORS = [
    # a maker's or brand's name before a made thing's noun, and nowhere else
    ("Qualcomm's chips are in iPhones, Android smartphones and new laptops.", "Android"),
    ("These are its Wi-Fi networking processors and RF Front End chips for mobile phones.", "RF Front End"),
    ("Authorities have installed more CCTV cameras and streetlights across major cities.", "CCTV"),
    ("Investigations stalled, as CCTV footage from the scene turned out too low-quality.", "CCTV"),
    ("Ana Li bought two Northphone handsets at the market on Monday.", "Northphone"),
    # corpus (EventId 68, 46): a truck's maker, a rocket's name before its noun
    ("Featuring a picture of a heavy-duty Ford truck under the headline, the article compared them.", "Ford"),
    ("NASA's Orion, stacked on a Space Launch System rocket, will launch from the Cape.",
     "Space Launch System"),
]  # fmt: skip

ACTORS = [
    # the maker acts somewhere else in the article
    ("Samsung said on Monday its phones were safe. Ana Li bought two Samsung phones.", "Samsung"),
    # a body's people and a body's own things are not products
    ("The Acme board rejected the offer, a spokesman said.", "Acme"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), NOT_ACTORS)
def test_a_maker_before_its_product_is_no_actor(nlp, text, name):
    assert name not in names(nlp, text)


@pytest.mark.parametrize(("text", "name"), ACTORS)
def test_a_maker_that_acts_is_an_actor(nlp, text, name):
    assert name in names(nlp, text)


@pytest.mark.parametrize(
    ("text", "name", "made"),
    [
        ("Ana Li bought two Samsung Galaxy devices.", "Samsung", True),
        ("Massa left his Williams car on the circuit.", "Williams", True),
        ("Samsung said the devices were safe.", "Samsung", False),
        ("Samsung's phones sold well.", "Samsung", False),
        ("A Hamas attack killed three people.", "Hamas", False),
    ],
)  # fmt: skip
def test_made_thing_modifier(nlp, text, name, made):
    doc = nlp(text)
    start = text.index(name)
    assert made_thing_modifier(doc, (start, start + len(name))) is made


def kinds(nlp, text: str) -> dict[str, str]:
    records = extract_article(nlp(text), make_article(text))
    return {a.name: a.kind for a in merge([records]).actors}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a team's or firm's name before its people's noun, a maker's before its car
        ("The Williams driver was making his final appearance. Massa left his Williams car there.",
         "Williams", "organization"),
        ("Fans cheered their star Hartley driver in spite of his exit.", "Hartley", "organization"),
        # a role given to one mention outweighs the model's organization elsewhere
        ("Her father Bassem has said she was upset. Bassem called the indictment political.",
         "Bassem", "person"),
        # an age in apposition, a family of one's own, a relative "who"
        ("Kudirat Okesola, 46, rushed to her husband's side as soon as she heard.", "Kudirat Okesola",
         "person"),
        ("Kudirat Okesola said her husband was travelling on the tram.", "Kudirat Okesola", "person"),
        # a firm noun before the name
        ('"We did no business with him," the legal firm J.P. Damiani said in a statement.', "J.P. Damiani",
         "organization"),
        # bodies stay bodies
        ("Acme Partners said its staff were safe.", "Acme Partners", "organization"),
    ],
)  # fmt: skip
def test_kind_from_the_words_around_a_name(nlp, text, name, kind):
    found = kinds(nlp, text)
    assert found.get(name) == kind, found


def test_the_first_of_two_surnames_is_the_person(nlp):
    text = (
        "Álvaro Alemán Healy, the president's chief of staff, pointed to the reforms. "
        '"They were the biggest law firm in the country," Alemán, the chief of staff, said.'
    )
    found = kinds(nlp, text)
    assert found.get("Álvaro Alemán Healy") == "person" and "Alemán" not in found, found


def test_who_after_a_name_makes_it_a_person(nlp):
    text = 'Taiye Ajibola, who was on his way to work, was "very anxious", his wife said.'
    found = kinds(nlp, text)
    assert "person" in {k for n, k in found.items() if "Ajibola" in n}, found


@pytest.mark.parametrize(
    ("role", "personal"),
    [
        ("father", True),
        ("president's chief of staff", True),
        ("veteran driver", True),
        ("extremist group", False),
        ("rival computer chipmaker", False),
        ("leading global supplier of smartphone chips", False),
    ],
)  # fmt: skip
def test_a_person_s_role(role, personal):
    assert personal_role(role) is personal


def test_a_group_s_description_does_not_make_it_a_person(nlp):
    text = (
        "Ndamo Jihad, the extremist group, attacked the town. Ndamo Jihad militants fled. "
        "Ndamo Jihad said it would fight on."
    )
    assert kinds(nlp, text).get("Ndamo Jihad") != "person"


def test_a_body_named_after_its_country_stays_a_body_before_who(nlp):
    text = "The video came from Tourism Australia, who released a fake trailer on Monday."
    assert kinds(nlp, text).get("Tourism Australia") != "person"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a role before a comma, the name going on with its employer
        ("Acme’s antitrust counsel, Daniel Wall of Latham & Watkins LLP, said in a filing.", "Daniel Wall",
         "antitrust counsel"),
        # a name the model left untagged, before an apposition naming a position
        ("“We need everyone on that evening,” Herbert Reul, the top security official in Northland, said.",
         "Herbert Reul", "top security official in Northland"),
    ],
)  # fmt: skip
def test_a_role_from_the_apposition_is_the_person_s_own(nlp, text, name, role):
    records = extract_article(nlp(text), make_article(text))
    found = {a.name: a.role for a in records.actors}
    assert found.get(name) == role, found


@pytest.mark.parametrize(
    "text",
    [
        "Visitors to Rhine Valley, the region's heart, said it was calm.",
        "Anna Berg, Bo Chen and Eve Li, the three finalists, arrived.",
    ],
)
def test_no_person_made_of_an_apposition_without_a_title(nlp, text):
    records = extract_article(nlp(text), make_article(text))
    assert not any(a.name in {"Rhine Valley", "Eve Li"} and a.role for a in records.actors)


@pytest.mark.parametrize(
    "text",
    [
        # corpus (EventId 65 is dev; the form is general): a hyphenated apposition naming a thing
        "Before the censors swept in, users on Zhihu, a Chinese question-and-answer site similar to Quora, "
        "were having a field day.",
        "Users on Zhihu, a Chinese question-and-answer site, were having a field day.",
    ],
)
def test_a_name_an_apposition_calls_a_site_is_no_actor(nlp, text):
    assert "Zhihu" not in names(nlp, text)


def _records(names):
    import dataclasses

    from generator.records import Actor, ArticleRecords

    return [
        ArticleRecords(
            dataclasses.replace(make_article("x"), id=f"a{n}"),
            (),
            actors=(Actor(id=f"x{n}", name=name, kind=k, mentions=m, sources=(f"a{n}",)),),
        )
        for n, (name, k, m) in enumerate(names)
    ]


@pytest.mark.parametrize(
    ("names_", "merged"),
    [
        # a body's name and what it is, and the name alone: one body
        ([("United Airlines", "organization", 3), ("United", "organization", 5)], ["United Airlines"]),
        ([("Deutsche Bank", "organization", 3), ("Deutsche", "organization", 1)], ["Deutsche Bank"]),
        # a world body is not its first word
        ([("United Nations", "organization", 3), ("United", "organization", 2)],
         ["United", "United Nations"]),
        # two bodies that could own the short name: left apart
        ([("United Airlines", "organization", 3), ("United Motors", "organization", 3),
          ("United", "organization", 2)], ["United", "United Airlines", "United Motors"]),
    ],
)  # fmt: skip
def test_a_body_s_short_name_is_the_body(names_, merged):
    from generator.merge.actors import merge_actors

    actors, _ = merge_actors(_records(names_))
    assert sorted(a.name for a in actors) == merged


@pytest.mark.parametrize(
    ("role", "body"),
    [("nonprofit media watchdog group", True), ("Northland cryptocurrency exchange", True),
     ("spokesman for the group", False), ("group leader", False), ("chief of staff", False)],
)  # fmt: skip
def test_a_role_that_says_a_body(role, body):
    from generator.extract.actors.kinds import body_role

    assert body_role(role) is body


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # corpus (EventIds 59): an apposition that says what the name is
        ("Common Sense Media, a nonprofit media watchdog group, said the phones harm children.",
         "Common Sense Media", "organization"),
        ("Borat Palihap, a former Northbook executive, said it was wrong.", "Borat Palihap", "person"),
    ],
)  # fmt: skip
def test_the_kind_an_apposition_says(nlp, text, name, kind):
    assert kinds(nlp, text).get(name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # corpus (EventIds 74, 62): an employer after "from", a rival company
        ("Liam Lehane, from the London Ambulance Service, described many of those hurt as walking wounded.",
         "Liam Lehane", "person"),
        ("Broadcom moved from California in 2015 after a merger with rival Avago Technologies.",
         "Avago Technologies", "organization"),
    ],
)  # fmt: skip
def test_an_employer_or_a_rival_does_not_change_the_kind(nlp, text, name, kind):
    assert kinds(nlp, text).get(name) == kind
