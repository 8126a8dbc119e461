"""Business and sport deals: settlements (a noun or "settle"), players signed to contracts and
the day a signing was announced. Sentences written for the tests (invented names) and from
corpus events that are not held out (EventIds 30, 36, 23, 63)."""

from __future__ import annotations

import pytest

from tests.conftest import agreements_reader
from tests.test_agreement_kinds import cast_of


@pytest.fixture(scope="module")
def read(nlp):
    return agreements_reader(nlp, cast_of)


SETTLEMENTS = [
    # text, title, status, date, parties (at least)
    (
        "Acme reached a $90 million settlement with Globex on Tuesday.",
        "$90 million settlement with Globex",
        "agreed",
        "2024-06-18",
        {"acme", "globex"},
    ),
    (
        "Acme agreed to a settlement of the lawsuit in May.",
        "Settlement of the lawsuit",
        "agreed",
        "2024-05",
        {"acme"},
    ),
    ("Globex rejected the settlement on Friday.", "Settlement", "rejected", "2024-06-21", {"globex"}),
    (
        "Acme settled the lawsuit with Globex on Monday.",
        "Settlement of lawsuit with Globex",
        "agreed",
        "2024-06-17",
        {"acme", "globex"},
    ),
    # one agreement for "agreed to pay ... to settle": the settlement
    (
        "Acme agreed to pay $90 million to settle the lawsuit with Globex.",
        "Settlement of lawsuit with Globex",
        "agreed",
        None,
        {"acme", "globex"},
    ),
    ("Acme will settle the charges for $5 million.", "Settlement of charges", "planned", None, {"acme"}),
    ("Acme settled with Globex in May.", "Settlement with Globex", "agreed", "2024-05", {"acme", "globex"}),
]


@pytest.mark.parametrize(
    ("text", "title", "status", "date", "parties"), SETTLEMENTS, ids=[s[1] for s in SETTLEMENTS]
)
def test_settlements(read, text, title, status, date, parties):
    found = read(text)
    assert len(found) == 1, [a.title for a in found]
    ag = found[0]
    assert (ag.title, ag.status, ag.date) == (title, status, date)
    assert parties <= set(ag.parties)


NOT_SETTLEMENTS = [
    # places people settle (the cabinet's vote to fund one is a resolution: test_agreement_kinds),
    # a payment's clearing, a bank's name, dust
    "Freedonia built a settlement in the hills in 2019.",
    "Weekly protests against Sylvanian settlement policy have been held for years.",  # (corpus, EventId 36)
    "The village lies near Sylvanian settlements in the hills.",
    "The cryptocurrency has a four-second settlement time, versus more than two minutes for ethereum.",  # 23
    "The new head of the Bank for International Settlements also said bitcoin threatened trust.",  # 63
    "The dust settled in Lima on Monday.",
]


@pytest.mark.parametrize("text", NOT_SETTLEMENTS, ids=range(len(NOT_SETTLEMENTS)))
def test_not_settlements(read, text):
    assert read(text) == []


def test_a_player_signed_to_a_contract_is_its_signatory_and_the_day_it_was_announced_its_date(read):
    # (corpus, EventId 30, names changed)
    ag = read(
        "On Saturday, the Cardinals announced they signed fourth-year center Tom Reed, who was scheduled "
        "to become an unrestricted free agent, to a contract extension worth a reported $25.5 million "
        "over three years."
    )
    assert len(ag) == 1
    assert (ag[0].status, ag[0].date) == ("signed", "2024-06-15")
    assert "cardinals" in ag[0].parties  # "they": the club the sentence is about
    assert ag[0].signatories == ("tom-reed",)


def test_a_player_signed_on_a_day(read):
    ag = read("The Cardinals signed Tom Reed to a three-year contract on Monday.")
    assert len(ag) == 1
    assert (ag[0].title, ag[0].date, ag[0].signatories) == (
        "Three-year contract",
        "2024-06-17",
        ("tom-reed",),
    )
    assert "cardinals" in ag[0].parties


BIDS = [
    # the target of a bid the parser hangs on the verb that makes it (corpus, EventId 62, names changed)
    (
        "San Diego-headquartered Acme made its $38 billion bid in October 2016 for Dutch-based Globex, a "
        "major provider of global automotive semiconductor sales.",
        {"acme", "globex"},
    ),
    ("Acme raised its bid for Globex on Monday.", {"acme", "globex"}),
]


@pytest.mark.parametrize(("text", "parties"), BIDS, ids=range(len(BIDS)))
def test_a_bid_binds_its_bidder_and_its_target(read, text, parties):
    found = read(text)
    assert len(found) == 1 and found[0].status == "offered"
    assert set(found[0].parties) == parties


def test_a_name_the_actor_extractor_left_unmarked_here_is_the_actor_it_marked_elsewhere(nlp):
    from generator.extract.agreements.context import ActorIndex
    from generator.records import Actor, Mention

    text = "Acme raised its bid for Globex on Monday. Acme said so."
    doc = nlp(text)
    second = text.rindex("Acme")
    index = ActorIndex(
        [Actor(id="acme", name="Acme", kind="organization")], [Mention(second, second + 4, "acme", "Acme")]
    )
    assert index.named_elsewhere(doc[0]).id == "acme"
    assert index.named_elsewhere(doc[len(doc) - 4]) is None  # marked here: asked of ``at``


NOT_AGREEMENTS = [
    # "deals in" as the sentence's verb (corpus, EventId 65, names changed)
    "The Freedonian Islands deals in bank accounts, while its neighbor, Sylvania, focuses on foreign trusts.",
    # where a document was filed binds nobody (corpus, EventId 65, names changed)
    "Whatever the case, the trust agreement for Mr. Reed's jet, filed with the Red Cross, does not name him.",
]


@pytest.mark.parametrize("text", NOT_AGREEMENTS, ids=range(len(NOT_AGREEMENTS)))
def test_not_agreements_or_no_parties(read, text):
    assert read(text) == []


def test_what_an_offer_would_be_is_no_second_agreement(read):
    # (corpus, EventId 62, names changed)
    found = read(
        "Acme is boosting its buyout offer for Globex to more than 121 billion US dollars in cash and "
        "stock in what would be the largest tech deal in history."
    )
    assert [a.title for a in found] == ["Buyout offer for Globex"]
