"""Merging across sources: one actor, event, agreement or reaction per real thing."""

from __future__ import annotations

from generator.merge import derive_title, merge
from generator.records import Actor, Agreement, ArticleRecords, Evidence, Reaction, TimelineEvent
from tests.conftest import make_article


def ev(source, quote="q"):
    return (Evidence(source, quote, 0),)


def rec(source, actors=(), agreements=(), reactions=(), timeline=()):
    return ArticleRecords(
        make_article("text", id=source),
        (("text",),),
        tuple(actors),
        (),
        tuple(agreements),
        tuple(reactions),
        tuple(timeline),
    )


def person(id, name, mentions=1, role=None, source="a"):
    return Actor(
        id=id, name=name, kind="person", role=role, mentions=mentions, sources=(source,), evidence=ev(source)
    )


def test_surname_and_spelling_variants_are_one_person():
    b = merge(
        [
            rec("a", [person("antony-blinken", "Antony Blinken", 2, "Secretary of State")]),
            rec("b", [person("anthony-blinken", "Anthony Blinken", source="b")]),
            rec("c", [person("blinken", "Blinken", 3, source="c")]),
        ]
    )
    assert len(b.actors) == 1
    actor = b.actors[0]
    assert actor.mentions == 6
    assert actor.sources == ("a", "b", "c")
    assert set(actor.aliases) >= {"Blinken"}
    assert actor.role == "Secretary of State"
    assert [e.source for e in actor.evidence] == ["a", "b", "c"]


def test_acronym_joins_the_full_organization_name():
    org = lambda id, name, s: Actor(
        id=id, name=name, kind="organization", mentions=1, sources=(s,), evidence=ev(s)
    )  # noqa: E731
    b = merge(
        [
            rec("a", [org("international-criminal-court", "International Criminal Court", "a")]),
            rec("b", [org("icc", "ICC", "b")]),
        ]
    )
    assert [a.name for a in b.actors] == ["International Criminal Court"]
    assert b.actors[0].aliases == ("ICC",)


def test_same_event_from_several_sources_is_one_item_with_evidence_from_each():
    p = lambda s: person("ana-li", "Ana Li", source=s)  # noqa: E731
    event = lambda s, label: TimelineEvent(
        id="x",
        date="2024-06-20",
        precision="day",
        event=label,  # noqa: E731
        actors=("ana-li",),
        evidence=ev(s, label),
    )
    b = merge(
        [
            rec("a", [p("a")], timeline=[event("a", "Ana Li arrived in the capital")]),
            rec("b", [p("b")], timeline=[event("b", "Ana Li arrived in the capital early on Thursday")]),
            rec("c", [p("c")], timeline=[event("c", "Ana Li arrived")]),
            rec("d", [p("d")], timeline=[event("d", "Ana Li signed a trade deal")]),
        ]
    )
    assert len(b.timeline) == 2
    arrival = next(e for e in b.timeline if "arrived" in e.event)
    assert [e.source for e in arrival.evidence] == ["a", "b", "c"]
    assert arrival.actors == ("ana-li",)
    assert len({e.id for e in b.timeline}) == 2


def test_agreements_and_reactions_refer_to_merged_actor_ids():
    ag = Agreement(
        id="x",
        title="Trade deal",
        parties=("li",),
        topics=("trade",),
        date="2024-06-20",
        status="signed",
        evidence=ev("b"),
    )
    r = Reaction(id="y", actor="li", stance="supportive", quote="A good day", evidence=ev("b"))
    b = merge(
        [rec("a", [person("ana-li", "Ana Li", 2)]), rec("b", [person("li", "Li", source="b")], [ag], [r])]
    )
    assert b.agreements[0].parties == ("ana-li",)
    assert b.reactions[0].actor == "ana-li"
    assert b.reactions[0].id == "ana-li-supportive-1"


def test_title_is_the_most_typical_headline():
    titles = ["Leader visits the capital", "Leader signs deals during visit to the capital", "Markets fall"]
    assert derive_title(titles) == "Leader signs deals during visit to the capital"
    assert derive_title([]) == "Briefing"


def test_merging_is_deterministic_whatever_the_input_order():
    records = [rec(s, [person("ana-li", "Ana Li", source=s), person("li", "Li", source=s)]) for s in "abc"]
    assert merge(records) == merge(list(reversed(records)))


# ----------------------------------------------------------------------------- agreements


def country(id, name, source):
    return Actor(id=id, name=name, kind="country", mentions=1, sources=(source,), evidence=ev(source))


def agreement(source, title, parties=(), topics=(), date=None, status="reported", sentence=0):
    return Agreement(
        id="x",
        title=title,
        parties=tuple(parties),
        topics=tuple(topics),
        date=date,
        status=status,
        evidence=(Evidence(source, f"{title} ({source}).", sentence),),
    )


def briefing_of(*items: Agreement):
    """A merged briefing over the agreements, each source naming the countries its agreements bind."""
    names = {"ru": "Russia", "nk": "North Korea", "vn": "Vietnam", "us": "United States"}
    sources = sorted({a.evidence[0].source for a in items})
    return merge(
        [
            rec(
                s,
                [country(c, names[c], s) for c in sorted({p for a in items for p in a.parties})],
                [a for a in items if a.evidence[0].source == s],
            )
            for s in sources
        ]
    )


def test_one_agreement_in_different_words_is_one_entry_with_evidence_from_each_source():
    b = briefing_of(
        agreement(
            "a", "Partnership agreement with mutual defense clause", ["ru", "nk"], ["defence"], None, "signed"
        ),
        agreement("b", "Defence pact with North Korea", ["nk"], ["defence"], date="2024-06-19"),
        agreement("c", "Strategic pact between Russia and North Korea", ["ru", "nk"]),
        agreement("d", "Agreement on mutual aid in case of war", ["ru", "nk"], ["defence"], None, "signed"),
    )
    assert len(b.agreements) == 1
    pact = b.agreements[0]
    assert pact.title != "Strategic pact between Russia and North Korea"  # a title that says what it holds
    assert [e.source for e in pact.evidence] == ["a", "b", "c", "d"]
    assert (pact.status, pact.date, pact.topics) == ("signed", "2024-06-19", ("defence",))
    assert set(pact.parties) == {"russia", "north-korea"}


def test_packages_of_documents_between_the_same_parties_are_one_entry():
    b = briefing_of(
        agreement(
            "a", "Agreements on education and science", ["ru", "vn"], ["education"], "2024-06-20", "signed"
        ),
        agreement("b", "Bilateral documents between Russia and Vietnam", ["ru", "vn"], status="signed"),
        agreement("c", "Agreements in trade and investment", ["ru"], ["trade"], status="planned"),
        agreement("a", "Road map for a nuclear science centre", ["ru", "vn"], ["nuclear"], sentence=3),
        agreement("d", "Agreement to supply natural gas", ["ru"], ["oil and gas"], status="agreed"),
    )
    titles = sorted(a.title for a in b.agreements)
    assert titles == [
        "Agreement to supply natural gas",
        "Agreements on education and science",
        "Road map for a nuclear science centre",
    ]
    package = next(a for a in b.agreements if a.title.startswith("Agreements"))
    assert [e.source for e in package.evidence] == ["a", "b", "c"]
    assert package.status == "signed"


def test_agreements_with_other_parties_dates_or_fields_stay_apart():
    b = briefing_of(
        agreement("a", "Strategic partnership agreement", ["ru", "nk"], ["defence"], "2024-06-19"),
        agreement("b", "Comprehensive strategic partnership", ["vn", "us"], date="2023-09"),
        agreement("c", "Strategic partnership agreement", ["ru", "nk"], ["defence"], "2001"),
        agreement("d", "Agreement on gas supplies", ["ru", "nk"], ["oil and gas"], "2024-06-19"),
    )
    assert len(b.agreements) == 4


def test_a_vague_title_joins_only_an_agreement_between_the_same_two_parties():
    b = briefing_of(
        agreement("a", "Agreement to supply natural gas", ["ru", "vn"], ["oil and gas"]),
        agreement("b", "Deal between Russia and Vietnam", ["ru", "vn"]),
        agreement("c", "The deal", ["ru"]),
    )
    gas = next(a for a in b.agreements if "gas" in a.title)
    assert [e.source for e in gas.evidence] == ["a", "b"]
    assert len(b.agreements) == 2


def test_evidence_is_each_sources_earliest_sentence():
    b = briefing_of(
        agreement("a", "Trade agreement on tariffs", ["ru", "vn"], ["trade"], sentence=9),
        agreement("a", "Agreement on tariffs", ["ru", "vn"], ["trade"], sentence=2),
    )
    assert [(e.source, e.sentence) for e in b.agreements[0].evidence] == [("a", 2)]


def test_agreement_merging_is_deterministic_whatever_the_input_order():
    items = [
        agreement("a", "Defence pact", ["ru", "nk"], ["defence"]),
        agreement("b", "Strategic pact between Russia and North Korea", ["ru", "nk"]),
        agreement("c", "Agreements on education", ["ru", "vn"], ["education"]),
        agreement("d", "Documents on cooperation", ["vn", "ru"], status="signed"),
    ]
    forward = briefing_of(*items)
    assert forward.agreements == briefing_of(*reversed(items)).agreements
    assert len(forward.agreements) == 2
