"""What is not an actor: outlets cited as sources, bylines, landmarks, events, places in passing.

Each case is a sentence in and the names that must (or must not) come out; the sentences are
written for these tests or taken from the shared corpus (events that are not held out).
"""

from __future__ import annotations

import dataclasses

import pytest

from generator.extract.actors.outlets import citation, domain_outlet, is_outlet
from generator.extract.pipeline import extract_article
from generator.ingest.boilerplate import boilerplate_reason
from generator.merge.actors import merge
from generator.records import Actor, ArticleRecords, Evidence
from tests.conftest import make_article


def names(nlp, text: str, **article: object) -> set[str]:
    records = extract_article(nlp(text), dataclasses.replace(make_article(text), **article))
    return {a.name for a in merge([records]).actors}


NOT_ACTORS = [
    # outlets cited as the source of a report
    ("Ana Li met the minister, the state news agency Tass reported on Monday.", "Tass"),
    ("Ships sold oil to the North in October, Reuters reported, citing two security sources.", "Reuters"),
    ("The first security source told Reuters on condition of anonymity that ships met at sea.", "Reuters"),
    ("Reuters was unable to independently confirm the reports, the minister said.", "Reuters"),
    ("Ana Li told the Neue Osnabruecker Zeitung daily in an interview that zones were wrong.",
     "Neue Osnabruecker Zeitung"),
    ("The Associated Press contributed to this report about Ana Li and the ministry.", "Associated Press"),
    ("Mr. Trump used an interview with The New York Times to accuse Ana Li's government.", "New York Times"),
    ("Writing an op-ed piece for The Daily Star, Ana Li said the talks had failed.", "Daily Star"),
    ("The ministry met on Friday, according to the official Ruritania News Agency.",
     "Ruritania News Agency"),
    ("A vessel transferred oil to a ship, officials said. CNN's Alexandra Field reports.", "Alexandra Field"),
    ("Police cordoned off the square. (Ana Li/Reuters)", "Reuters"),
    ("LONDON, Dec 29 (Ruritania Foundation) - Organisers set up a safe zone.", "Ruritania Foundation"),
    ("The zone opens at nine. Please credit the Ruritania Foundation, the charitable arm of the group.",
     "Ruritania Foundation"),
    # a news agency or broadcaster cited the way any source may be; credits in long lines
    ("The minister promised full support to the army, according to Sputnik.", "Sputnik"),
    ("\"The car hit the wall,\" local police chief Omar Vell told AFP.", "AFP"),
    ("\"We found no leak,\" the director Omar Vell told Reuters.", "Reuters"),
    ("Afghan troops called in air support when surrounded, reports BBC News.", "BBC News"),
    ("(Reuters) - Kettering quarterback Ana Li announced his retirement on Tuesday.", "Reuters"),
    ("The video went viral. (Reporting by Ana Li and Bo Chen; Writing by Bo Chen; Editing by Peter Holm)",
     "Peter Holm"),
    ("Officials said the ship was seized. Mia Tollan contributed from Lima.", "Mia Tollan"),
    ("Three were hurt.\nBBC Police have confirmed a 42-year-old man was arrested.", "BBC Police"),
    # bylines run into the dateline, landmarks, streets, events and awards, vessels
    ("By Emma BathaLONDON, Dec 29 - Organisers set up a safe zone for women.", "Emma BathaLONDON"),
    ("The party runs from the Brandenburg Gate to the Victory Column in the park.", "Victory Column"),
    ("The safe space, situated on Ebertstrasse, will be staffed by volunteers.", "Ebertstrasse"),
    ("Palmer, who won the Heisman Trophy in 2002, retired on Tuesday.", "Heisman Trophy"),
    ("The team lost the NFC Championship Game to the Panthers in January.", "NFC Championship Game"),
    ("The tanker Rung Ra 2 was seen beside a Chinese ship, officials said.", "Rung Ra 2"),
    # a name only ever used as a place, or one another sentence calls a town
    ("The girls were kidnapped in Chibok. The Chibok girls were freed on Thursday.", "Chibok"),
    ("Fighters left the village of Kumshe. Officials said Kumshe was quiet again.", "Kumshe"),
    # places the model takes for people or bodies: where somebody is carried to or from, a stop
    # or crossing of a transport network, the name of a stop, two names run together
    ("The captives were driven to Dalwa in Red Cross vehicles, officials said.", "Dalwa"),
    ("No trams run between Mill Corner and Eastfield Junction today.", "Mill Corner"),
    ("No trams run between Mill Corner and Eastfield Junction today.", "Eastfield Junction"),
    ("The tram overturned near the Hallowmere stop in heavy rain.", "Hallowmere"),
    ("From Dalwa the Kessel girls were flown by helicopter to the city.", "Dalwa the Kessel"),
    ("The photo shows the square. (Jens Ola/dpa via AP, file)\nThe zone opens at nine.", "AP"),
    ("toggle caption Mia Sohn/AP Mia Sohn/AP\nThousands are expected at the gate.", "AP"),
    # a country named once, in passing, that no record refers to
    ("All ships flew the flag of the capital's ally, except one, which is registered to Palau.", "Palau"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), NOT_ACTORS)
def test_not_an_actor(nlp, text, name):
    assert name not in names(nlp, text)


ACTORS = [
    # sources of information that are actors in the story
    ("Five people died, according to police, and the Health Ministry reported the toll.", "Health Ministry"),
    ("The air strikes were cited by the Taliban as the reason for the attack on the consulate.", "Taliban"),
    ("Acme Holdings said it would appeal. An analyst at Acme Holdings called it weak.", "Acme Holdings"),
    ("Temple University hired him as head coach when he was 30.", "Temple University"),
    ("Trains are meant to brake automatically, according to the Office of Rail and Road.",
     "Office of Rail and Road"),
    ("He attended the Asia-Pacific Economic Cooperation (APEC) summit in 2017.", "APEC"),
    ("British Transport police said the force was investigating the crash.", "British Transport police"),
    ("Peru condemned the launch, calling it reckless and dangerous.", "Peru"),
    ("The banker Ana Velt contributed $5 million to the fund, officials said.", "Ana Velt"),
    ("Thomson Reuters Foundation staff met the organisers on Friday.", "Thomson Reuters Foundation"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), ACTORS)
def test_still_an_actor(nlp, text, name):
    found = names(nlp, text)
    assert any(name.casefold() in n.casefold() for n in found), found


def test_an_article_s_own_outlet_is_not_an_actor(nlp):
    text = "Newsweek editors met Ana Li on Monday. Ana Li said Newsweek had been fair to her."
    assert "Newsweek" not in names(nlp, text, url="https://www.newsweek.com/ana-li-1")
    assert "Newsweek" in names(nlp, text)


def test_an_outlet_cited_in_one_article_is_not_an_actor_in_another(nlp):
    one = "Ana Li resigned on Monday, the minister told Ruritania Daily Mirror in an interview."
    two = "The Ruritania Daily Mirror was first to say that Ana Li would resign."
    records = [extract_article(nlp(t), make_article(t, id=i)) for i, t in (("a1", one), ("a2", two))]
    assert "Ruritania Daily Mirror" not in {a.name for a in merge(records).actors}


@pytest.mark.parametrize(
    ("text", "how"),
    [
        ("Tass reported on Monday.", "weak"),
        ("according to police, five died", None),  # no name before: nothing to cite
        ("Ana Li contributed to this report.", "strong"),
        ("Copyright 2017 The Associated Press. All rights reserved.", "strong"),
    ],
)
def test_how_a_name_is_cited(text, how):
    start = text.find("The Associated Press") if "Copyright" in text else 0
    end = {"Tass": 4, "Ana ": 6}.get(text[:4], start + len("The Associated Press"))
    if how is None:
        start, end = 16, 22  # "police"
    assert citation(text, start, end) == how


@pytest.mark.parametrize(
    ("address", "outlet"),
    [
        ("https://www.newsweek.com/putin-x", "newsweek"),
        ("www.thesun.co.uk", "thesun"),
        ("edition.cnn.com", "cnn"),
        ("bbc.co.uk/news/world", "bbc"),
        (None, None),
    ],
)
def test_an_outlet_from_its_web_address(address, outlet):
    assert domain_outlet(address) == outlet


def test_web_address_names_match_only_names_that_read_like_them():
    assert is_outlet("The Sun", {"thesun"})
    assert not is_outlet("White House", {"whitehouse"})  # no leading "the": not a masthead


@pytest.mark.parametrize(
    "paragraph",
    [
        "MOST READ IN NEWS SIN CITY How a resort became the new haven for crooks PORN DEATHS Actress "
        "reveals pressures after fourth star dies RITZ robbery Gunshots as robbers storm hotel and steal "
        "jewellery PERV SLAPPED Producer attacked by diner MUM FROM HELL Cruel mum lifts her daughter "
        "by her hair PILL PROBE Cops probe how a jailed Brit got pills from a friend",
        "Related Stories 'NO WAY BACK' Rebel chief mocks claims saying 'I am alive' SECRET DEAL Minister "
        "'plotting to free 900 fighters', Northland claims STONED TO DEATH Thugs batter two men to death",
        "Sign Up for the Interpreter newsletter. Analysis of the week's news from columnists Ana Li and "
        "Bo Chen. You agree to receive occasional updates and special offers for The Daily Star's "
        "products and services. Thank you for subscribing. View all Daily Star newsletters.",
    ],
)
def test_boxes_of_other_stories_and_newsletters_are_boilerplate(paragraph):
    assert boilerplate_reason(paragraph) in {"related link", "subscribe notice"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Deputy Chief Constable Adrian Hanstock said officers would work through the night.",
         "Adrian Hanstock", "Deputy Chief Constable"),
        ("British Transport police Asst Ch Con Robin Smith said the force was investigating.",
         "Robin Smith", "British Transport police Assistant Chief Constable"),
        ("Sen. Ana Li said the bill would pass.", "Ana Li", "Senator"),
        ("Quarterback Carson Palmer announced his retirement on Tuesday.", "Carson Palmer", "Quarterback"),
        ("Sheriff Joe Lombardo said the gunman acted alone.", "Joe Lombardo", "Sheriff"),
    ],
)  # fmt: skip
def test_a_title_before_a_name_is_its_role_not_part_of_it(nlp, text, name, role):
    records = extract_article(nlp(text), make_article(text))
    found = {a.name: a for a in records.actors}
    assert name in found, found
    assert found[name].role == role
    assert not any(n in found for n in ("Asst Ch", "Constable Adrian Hanstock"))


def _person(name: str, src: str, mentions: int = 1, kind: str = "person"):
    from generator.records import Actor

    return Actor(id=name.lower().replace(" ", "-"), name=name, kind=kind, mentions=mentions, sources=(src,))


@pytest.mark.parametrize(
    ("names", "one"),
    [
        ([("Citigroup Inc.", "organization"), ("Citigroup", "organization")], "Citigroup Inc."),
        ([("Goldman", "organization"), ("Goldman Sachs Group Inc.", "organization"),
          ("Goldman Sachs", "organization")], "Goldman Sachs Group Inc."),
        ([("Arizona Cardinals", "organization"), ("Cardinals", "organization")], "Arizona Cardinals"),
        ([("United Nations Security Council", "organization"), ("Security Council", "organization")],
         "United Nations Security Council"),
        ([("Donald Trump", "person"), ("Trump", "organization")], "Donald Trump"),
        ([("Bruce Arians", "person"), ("Arians", "group")], "Bruce Arians"),
        ([("Martin Bamford", "person"), ("Mr Bamford", "person")], "Martin Bamford"),
    ],
)  # fmt: skip
def test_variants_of_one_name_are_one_actor(names, one):
    from generator.merge.actors import merge_actors
    from generator.records import ArticleRecords

    records = []
    for n, (name, kind) in enumerate(names):
        article = dataclasses.replace(make_article("x"), id=f"a{n}")
        records.append(ArticleRecords(article, (), actors=(_person(name, f"a{n}", 3, kind),)))
        # the full name is named in every source, as a folder about that actor does
        if n:
            records[-1] = dataclasses.replace(
                records[-1], actors=(*records[-1].actors, _person(names[0][0], f"a{n}", 1, names[0][1]))
            )
    actors, _ = merge_actors(records)
    assert [a.name for a in actors] == [one]


@pytest.mark.parametrize(
    "names",
    [
        [("United Nations", "organization"), ("United Nations Security Council", "organization")],
        [("Defense Ministry", "organization"), ("Chinese Defense Ministry", "organization"),
         ("Russian Defense Ministry", "organization")],  # which one? neither
        [("Apple", "organization"), ("Fiona Apple", "person")],
    ],
)  # fmt: skip
def test_names_that_are_not_variants_stay_apart(names):
    from generator.merge.actors import merge_actors
    from generator.records import ArticleRecords

    records = [
        ArticleRecords(
            dataclasses.replace(make_article("x"), id=f"a{n}"), (), actors=(_person(nm, f"a{n}", 2, k),)
        )
        for n, (nm, k) in enumerate(names)
    ]
    actors, _ = merge_actors(records)
    assert len(actors) == len(names)


def test_a_surname_goes_to_the_person_its_own_article_names_most():
    from generator.merge.actors import merge_actors
    from generator.records import ArticleRecords

    def rec(src, *actors):
        return ArticleRecords(dataclasses.replace(make_article("x"), id=src), (), actors=actors)

    records = [
        rec(
            "a1",
            _person("Stephen Paddock", "a1", 6),
            _person("Patrick Paddock", "a1", 1),
            _person("Paddock", "a1", 9),
        ),
        rec("a2", _person("Eric Paddock", "a2", 5)),
        rec("a3", _person("Stephen Paddock", "a3", 4, "organization")),
    ]
    names = sorted(a.name for a in merge_actors(records)[0])
    assert names == ["Eric Paddock", "Patrick Paddock", "Stephen Paddock"]


def test_an_organization_s_abbreviated_or_shorter_name_is_the_same_body():
    from generator.merge.actors import merge_actors
    from generator.records import ArticleRecords

    names = ["Metro Police Department", "Metro Police Dept.", "Metro Police"]
    records = [
        ArticleRecords(
            dataclasses.replace(make_article("x"), id=f"a{n}"),
            (),
            actors=(_person(nm, f"a{n}", 2, "organization"),),
        )
        for n, nm in enumerate(names)
    ]
    assert [a.name for a in merge_actors(records)[0]] == ["Metro Police Department"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The kicker Ben Walsh of the Seattle Seahawks missed twice.", "Seattle Seahawks", "organization"),
        ("Her party, the Social Democrats, lost the vote.", "Social Democrats", "organization"),
        ("Sydney Lee said the team would appeal.", "Sydney Lee", "person"),
    ],
)
def test_kind_of_a_name(nlp, text, name, kind):
    records = extract_article(nlp(text), make_article(text))
    found = {a.name: a.kind for a in records.actors}
    assert found.get(name) == kind, found


def test_a_name_with_an_abbreviation_in_it_gives_no_acronym():
    def org(name: str, source: str) -> Actor:
        return Actor(id=name.lower().replace(" ", "-"), name=name, kind="organization", mentions=1,
                     sources=(source,), evidence=(Evidence(source, "q", 0),))  # fmt: skip

    def rec(source: str, actor: Actor) -> ArticleRecords:
        return ArticleRecords(make_article("text", id=source), (("text",),), (actor,), (), (), (), ())

    merged = merge([rec("a", org("AfD party", "a")), rec("b", org("AP", "b"))])
    assert sorted(a.name for a in merged.actors) == ["AP", "AfD party"]
    merged = merge([rec("a", org("Associated Press", "a")), rec("b", org("AP", "b"))])
    assert [a.name for a in merged.actors] == ["Associated Press"]
