"""Merging across sources: one actor, event, agreement or reaction per real thing."""

from __future__ import annotations

from generator.merge.actors import derive_title, merge, merge_actors
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


# ----------------------------------------------------------------------------- timeline


def event(source, label, date="2024-06-20", precision="day", actors=("ana-li",), sentence=0):
    return TimelineEvent(
        id="x",
        date=date,
        precision=precision,
        event=label,
        actors=tuple(actors),
        evidence=(Evidence(source, f"{label} ({source}).", sentence),),
    )


def timeline_of(*events: TimelineEvent):
    """The merged timeline, each source naming the people and countries its events involve."""
    cast = {"ana-li": ("Ana Li", "person"), "bo-chen": ("Bo Chen", "person"), "fr": ("Freedonia", "country")}
    sources = sorted({e.evidence[0].source for e in events})
    records = []
    for s in sources:
        mine = [e for e in events if e.evidence[0].source == s]
        ids = sorted({a for e in mine for a in e.actors})
        actors = [
            Actor(id=i, name=cast[i][0], kind=cast[i][1], mentions=1, sources=(s,), evidence=ev(s))
            for i in ids
        ]
        records.append(rec(s, actors, timeline=mine))
    return merge(records).timeline


def test_an_arrival_in_different_words_is_one_event_with_evidence_from_each_source():
    timeline = timeline_of(
        event("a", "Ana Li touched down in the capital"),
        event("b", "Ana Li arrived in Freedonia", actors=("ana-li", "fr")),
        event("c", "The Freedonian leader had arrived at the palace", actors=("fr",)),
        event("c", "Ana Li arrived in the capital", sentence=4),
        event("d", "Ana Li signed a trade deal"),
        event("d", "Bo Chen arrived in the capital", actors=("bo-chen",)),
    )
    assert len(timeline) == 3
    arrival = next(e for e in timeline if "Ana Li" in e.event and "deal" not in e.event)
    assert [(ev.source, ev.sentence) for ev in arrival.evidence] == [("a", 0), ("b", 0), ("c", 0)]
    assert arrival.corroboration == 3 and arrival.conflicts == ()
    assert set(arrival.actors) == {"ana-li", "freedonia"}
    assert len({e.id for e in timeline}) == 3


def test_a_coarser_date_joins_the_precise_one_it_contains():
    timeline = timeline_of(
        event("a", "The court issued an arrest warrant for Ana Li", "2023", "year"),
        event("b", "The court in the capital issued an arrest warrant for Ana Li", "2023-03", "month"),
        event("c", "Ana Li began her second term", "2024-06-17", "week"),
        event("d", "Ana Li began her second term", "2024-06-20", "day"),
    )
    assert [(e.date, e.precision, e.corroboration) for e in timeline] == [
        ("2023-03", "month", 2),
        ("2024-06-20", "day", 2),
    ]
    assert all(e.conflicts == () for e in timeline)


def test_sources_giving_different_days_for_one_event_are_shown_as_a_conflict():
    timeline = timeline_of(
        event("a", "Ana Li signed the pact in the capital", "2024-06-19"),
        event("b", "Ana Li signed the pact in the capital", "2024-06-20"),
        event("c", "Ana Li signed the pact in the capital", "2024-06-20"),
    )
    (pact,) = timeline
    assert (pact.date, pact.corroboration) == ("2024-06-20", 2)
    assert [e.source for e in pact.evidence] == ["b", "c"]
    assert [(c.date, c.precision, c.evidence.source) for c in pact.conflicts] == [("2024-06-19", "day", "a")]


def test_happenings_that_only_look_alike_stay_apart():
    timeline = timeline_of(
        event("a", "Ana Li visited Freedonia", "2017", "year"),
        event("b", "Ana Li visited Freedonia", "2024-06-20"),  # years apart: another visit
        event("a", "Ana Li arrived in Pyongyang", "2024-06-19"),
        event("b", "Ana Li arrived in Hanoi", "2024-06-20"),  # another place, another day
        event("c", "Ana Li met students", "2024-06-18"),
        event("c", "Ana Li met students", "2024-06-20"),  # one source, two dates: two meetings
        event("d", "Bo Chen visited Freedonia", "2024-06-20", actors=("bo-chen",)),
    )
    assert len(timeline) == 7
    assert all(e.corroboration == 1 and e.conflicts == () for e in timeline)


def test_timeline_merging_is_deterministic_and_sorted():
    events = [
        event("a", "Ana Li arrived in the capital"),
        event("b", "Ana Li touched down in the capital"),
        event("c", "Ana Li met Bo Chen", "2024-06", "month", ("ana-li", "bo-chen")),
        event("d", "Ana Li signed the pact", "2024-06-19"),
        event("e", "Ana Li signed the pact", "2024-06-20"),
    ]
    forward = timeline_of(*events)
    assert forward == timeline_of(*reversed(events))
    assert [e.date for e in forward] == sorted(e.date for e in forward)


def test_agreement_corroboration_and_conflicting_days():
    title = "Defence pact with mutual aid clause"
    b = briefing_of(
        agreement("a", title, ["ru", "nk"], ["defence"], "2024-06-19", "signed"),
        agreement("b", title, ["ru", "nk"], ["defence"], "2024-06-20", "signed"),
        agreement("c", title, ["ru", "nk"], ["defence"], "2024-06-19", "signed"),
        agreement("d", "Agreement on gas supplies", ["ru", "vn"], ["oil and gas"]),
    )
    pact = next(a for a in b.agreements if "pact" in a.title.lower())
    assert (pact.date, pact.corroboration) == ("2024-06-19", 2)
    assert [e.source for e in pact.evidence] == ["a", "c"]
    assert [(c.date, c.evidence.source) for c in pact.conflicts] == [("2024-06-20", "b")]
    gas = next(a for a in b.agreements if "gas" in a.title)
    assert (gas.corroboration, gas.conflicts) == (1, ())


def test_reports_linked_by_a_third_are_one_event_whatever_the_order():
    timeline = timeline_of(
        event("a", "Ana Li raised her bid for the company", actors=()),
        event("b", "Ana Li raise her offer price", actors=()),
        event("c", "Ana Li raised her offer", actors=()),
    )
    assert len(timeline) == 1 and timeline[0].corroboration == 3


def test_one_name_typed_person_here_and_organization_there_is_one_actor():
    def rec(aid, kind, mentions):
        actor = Actor(id="kala-dura", name="Kala Dura", kind=kind, mentions=mentions, sources=(aid,))
        return ArticleRecords(article=make_article("Kala Dura.", id=aid), sentences=(), actors=(actor,))

    merged, _ = merge_actors([rec("a", "person", 2), rec("b", "organization", 5)])
    assert [(a.name, a.kind, a.mentions) for a in merged] == [("Kala Dura", "organization", 7)]


def test_misspelt_and_longer_forms_of_a_name_are_one_person():
    def rec(aid, name):
        actor = Actor(id=name.lower().replace(" ", "-"), name=name, kind="person", mentions=1, sources=(aid,))
        return ArticleRecords(article=make_article("x", id=aid), sentences=(), actors=(actor,))

    merged, _ = merge_actors(
        [
            rec("a", "Bernard Cazeneuve"),
            rec("b", "Bernard Cazaneuve"),
            rec("c", "Amina Ali"),
            rec("d", "Amina Ali Nkeki"),
        ]
    )
    assert len(merged) == 2
    assert {a.name for a in merged} >= {"Amina Ali Nkeki"}


def org(id, name, source, mentions=1):
    return Actor(
        id=id, name=name, kind="organization", mentions=mentions, sources=(source,), evidence=ev(source)
    )


def test_an_acronym_and_a_spelt_out_leading_acronym_are_the_same_body():
    actors, _ = merge_actors(
        [
            rec("a", [org("united-nations", "United Nations", "a")]),
            rec("b", [org("un", "U.N.", "b")]),
            rec("c", [org("un-security-council", "UN Security Council", "c")]),
            rec("d", [org("united-nations-security-council", "United Nations Security Council", "d")]),
        ]
    )
    assert sorted((a.name, a.sources) for a in actors) == [
        ("United Nations", ("a", "b")),
        ("United Nations Security Council", ("c", "d")),
    ]


def test_a_company_is_not_the_surname_of_a_person_named_in_another_article():
    actors, _ = merge_actors(
        [
            rec("a", [person("fiona-apple", "Fiona Apple", 3)]),
            rec("b", [org("apple", "Apple", "b", mentions=5)]),
        ]
    )
    assert sorted(a.name for a in actors) == ["Apple", "Fiona Apple"]
