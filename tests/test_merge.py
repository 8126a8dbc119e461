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
