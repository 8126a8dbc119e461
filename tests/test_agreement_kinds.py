"""Agreement kinds beyond treaties and deals — resolutions, sanctions passed, offers and bids,
acquisitions, exchanges, compromises, stop-gap bills, hotlines, talks, contract extensions, trades —
their statuses (offered, rejected, withdrawn) and their true parties: never a nationality word of
another noun, never a broker. Sentences written for the tests and sentences from corpus events
that are not held out (North Korea oil sanctions, Berlin coalition talks, Chibok girls, Arians
retiring, Broadcom's bid for Qualcomm)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from generator.merge.agreements import merge_agreements
from generator.records import Actor, Agreement, Evidence, Mention
from tests.conftest import agreements_reader

THURSDAY = dt.date(2024, 6, 20)

# name, kind, affiliation, other forms — the cast of the texts below
CAST = (
    ("Freedonia", "country", None, ("Freedonian",)),
    ("Sylvania", "country", None, ("Sylvanian",)),
    ("Redland", "country", None, ("Redlandish",)),
    ("Singapore", "country", None, ()),
    ("Russia", "country", None, ("Russian",)),
    ("South Korea", "country", None, ("South Korean",)),
    ("United Nations Security Council", "organization", None, ("UN Security Council", "Security Council")),
    ("United Nations", "organization", None, ("UN", "U.N.")),
    ("Acme", "organization", None, ()),
    ("Globex", "organization", None, ()),
    ("Qualcomm", "organization", None, ()),
    ("Northern Front", "organization", None, ()),
    ("Red Cross", "organization", None, ()),
    ("Harbor Hawks", "organization", None, ()),
    ("Bay Sharks", "organization", None, ()),
    ("Christian Democrats", "group", None, ()),
    ("Social Democrats", "group", None, ()),
    ("Cardinals", "organization", None, ()),
    ("Bengals", "organization", None, ()),
    ("Colts", "organization", None, ()),
    ("Boko Haram", "organization", None, ()),
    ("Nigeria", "country", None, ("Nigerian",)),
    ("Switzerland", "country", None, ("Swiss",)),
    ("Ana Li", "person", "freedonia", ("Li",)),
    ("Tom Reed", "person", "harbor-hawks", ("Reed",)),
    ("Chuck Pagano", "person", "colts", ("Pagano",)),
    ("Angela Merkel", "person", None, ("Merkel",)),
    ("Carson Palmer", "person", None, ("Palmer",)),
)


def slug(name: str) -> str:
    return name.lower().replace(" ", "-")


def cast_of(text: str) -> tuple[list[Actor], list[Mention]]:
    """The actors of CAST that the text names, and every place it names them (longest form first)."""
    actors: list[Actor] = []
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    forms = sorted(
        ((form, name) for name, _, _, other in CAST for form in (name, *other)), key=lambda f: -len(f[0])
    )
    for form, name in forms:
        for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            taken.append((m.start(), m.end()))
            mentions.append(Mention(m.start(), m.end(), slug(name), form))
    named = {m.actor for m in mentions}
    for name, kind, affiliation, _ in CAST:
        if slug(name) in named or kind == "country" or slug(name) in {a for _, _, a, _ in CAST if a}:
            actors.append(Actor(id=slug(name), name=name, kind=kind, affiliation=affiliation))
    return actors, sorted(mentions, key=lambda m: m.start)


@pytest.fixture(scope="module")
def read(nlp):
    return agreements_reader(nlp, cast_of)


def one(agreements: list[Agreement]) -> Agreement:
    assert len(agreements) == 1, [a.title for a in agreements]
    return agreements[0]


# ----------------------------------------------------------------------------- every kind

KINDS = [
    # text, title starts with, status, date, parties (exactly)
    (
        # (Tuesday: the Friday after a Thursday's news is read as the next day, another zone's clock)
        "The Security Council passed a resolution on Tuesday imposing new sanctions on Sylvania.",
        "Resolution imposing new sanctions on Sylvania",
        "agreed",
        "2024-06-18",
        {"united-nations-security-council"},
    ),
    (
        "The UN Security Council unanimously adopted Resolution 2375 in September.",
        "Resolution 2375",
        "agreed",
        "2023-09",
        {"united-nations-security-council"},
    ),
    (
        "Last week the Security Council passed even stricter sanctions on Sylvania.",
        "Even stricter sanctions on Sylvania",
        "agreed",
        "2024-06",
        {"united-nations-security-council", "sylvania"},
    ),
    (
        "The Freedonian cabinet voted on Sunday to fund a new settlement in the north.",
        "Resolution to fund a new settlement in the north",
        "agreed",
        "2024-06-16",
        {"freedonia"},
    ),
    (
        "The Freedonian cabinet's decision to fund the new settlement angered Sylvania.",
        "Freedonian cabinet's decision to fund the new settlement",
        "agreed",
        None,
        {"freedonia"},
    ),
    (
        "Acme raised its bid for Globex on Monday to $121 billion.",
        "Bid for Globex",
        "offered",
        "2024-06-17",
        {"acme", "globex"},
    ),
    (
        "Acme made an unsolicited $103 billion offer to acquire Globex in November.",
        "Unsolicited $103 billion offer to acquire Globex",
        "offered",
        "2023-11",
        {"acme", "globex"},
    ),
    (
        "Globex's board rejected Acme's $70-a-share offer on Tuesday.",
        "Acme's $70-a-share offer",
        "rejected",
        "2024-06-18",
        {"globex", "acme"},
    ),
    (
        "Acme withdrew its offer for Globex on Tuesday.",
        "Offer for Globex",
        "withdrawn",
        "2024-06-18",
        {"acme", "globex"},
    ),
    (
        "Acme acquired Globex for $5 billion last year.",
        "Acquisition of Globex for $5 billion",
        "agreed",
        "2023",
        {"acme", "globex"},
    ),
    (
        "The Northern Front freed 21 girls on Saturday in exchange for four jailed commanders.",
        "Exchange of 21 girls for four jailed commanders",
        "agreed",
        "2024-06-15",
        {"northern-front"},
    ),
    (
        "Freedonia and Sylvania agreed a prisoner swap on Tuesday.",
        "Prisoner swap",
        "agreed",
        "2024-06-18",
        {"freedonia", "sylvania"},
    ),
    (
        "Lawmakers in Freedonia reached a compromise on the budget on Tuesday.",
        "Compromise on the budget",
        "agreed",
        "2024-06-18",
        {"freedonia"},  # the country's lawmakers
    ),
    (
        "The Senate passed a short-term spending bill on Monday to reopen the government.",
        "Short-term spending bill",
        "agreed",
        "2024-06-17",
        set(),
    ),
    (
        "Freedonia and Sylvania agreed to set up a military hotline.",
        "Military hotline",
        "agreed",
        None,
        {"freedonia", "sylvania"},
    ),
    (
        "The Harbor Hawks signed center Tom Reed to a contract extension worth $25 million.",
        "Contract extension worth $25 million",
        "signed",
        None,
        {"harbor-hawks"},
    ),
    (
        "The Harbor Hawks have extended coach Tom Reed's contract through 2026.",
        "Tom Reed's contract",
        "agreed",
        None,
        {"harbor-hawks"},
    ),
    (
        "He was traded to the Bay Sharks for a first-round pick.",
        "Trade to Bay Sharks for first-round pick",
        "agreed",
        None,
        {"bay-sharks"},
    ),
    (
        "Colts coach Chuck Pagano offered him the offensive coordinator job.",
        "Offer of the offensive coordinator job",
        "offered",
        None,
        {"colts"},
    ),
]


@pytest.mark.parametrize(("text", "title", "status", "date", "parties"), KINDS, ids=[k[1] for k in KINDS])
def test_every_kind_of_agreement(read, text, title, status, date, parties):
    ag = one(read(text))
    assert ag.title.startswith(title), ag.title
    assert (ag.status, ag.date) == (status, date)
    assert set(ag.parties) == parties


# ----------------------------------------------------------------------------- corpus sentences

CORPUS = [
    # text, published, title starts with, status, date, parties (at least)
    (
        "On Dec 22, the UN passed a resolution slashing the DPRK's importing of gasoline, diesel and other "
        "refined products by 89 percent in response to recent missile tests.",
        dt.date(2017, 12, 29),
        "Resolution slashing the DPRK's importing of gasoline",
        "agreed",
        "2017-12-22",
        {"united-nations"},
    ),
    (
        "Such ship-to-ship transfers are prohibited by a U.N. Security Council "
        "Resolution that was adopted in "
        "September, part of a suite of sanctions that target North Korea over "
        "its nuclear and missile programs.",
        dt.date(2017, 12, 29),
        "U.N. Security Council Resolution",
        "agreed",
        "2017-09",
        {"united-nations-security-council"},
    ),
    (
        "Her center-right Christian Democrats have agreed with the left-leaning Social Democrats to enter "
        "into talks, but the issue of how to deal with immigrants remains a sticking point between the two.",
        dt.date(2017, 12, 31),
        "Agreement to enter into talks",
        "agreed",
        None,
        {"christian-democrats", "social-democrats"},
    ),
    (
        "Following the collapse in talks with the Green party and the libertarian Free Democrats, Merkel's "
        "former coalition partner, the center-left Social Democrats (SPD), have agreed to start negotiations "
        "next week.",
        dt.date(2017, 12, 31),
        "Agreement to start negotiations",
        "agreed",
        None,
        {"social-democrats"},
    ),
    (
        "The International Committee of the Red Cross and the Swiss government brokered the deal between the "
        "Islamist militant group Boko Haram and the Nigerian government.",
        dt.date(2016, 10, 13),
        "Deal between",
        "agreed",
        None,
        {"boko-haram", "nigeria"},
    ),
    (
        "The extremist group freed the girls on late Saturday in exchange for Boko Haram suspects.",
        dt.date(2017, 5, 8),
        "Exchange of girls for",
        "agreed",
        "2017-05-06",
        set(),
    ),
    (
        "Acquired by the Cardinals for only a sixth-round pick and a swap of "
        "seventh-rounders, Palmer’s strong "
        "arm was a great fit for the big-play passing game.",
        dt.date(2018, 1, 2),
        "Acquisition by Cardinals for only a sixth-round pick",
        "agreed",
        None,
        {"cardinals"},
    ),
    (
        "Palmer spent seven years with the Bengals, leaving in a dispute with the owner that led him to hold "
        "out to start the 2011 season, saying he would retire if he wasn't "
        "traded. He eventually was dealt to "
        "Oakland for considerable compensation — a first-round draft pick in "
        "2012 and second-rounder in 2013.",
        dt.date(2018, 1, 2),
        "Trade to Oakland for considerable compensation",
        "agreed",
        "2011",
        {"bengals"},
    ),
    (
        "Qualcomm’s board previously rejected Acme’s original $105 billion "
        "acquisition approach, and has since "
        "dug in against the threat of a takeover.",
        dt.date(2018, 2, 6),
        "Acme’s original $105 billion acquisition approach",
        "rejected",
        None,
        {"qualcomm", "acme"},
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "title", "status", "date", "parties"), CORPUS, ids=[c[2] for c in CORPUS]
)
def test_corpus_sentences(read, text, published, title, status, date, parties):
    ag = one(read(text, published))
    assert ag.title.startswith(title), ag.title
    assert (ag.status, ag.date) == (status, date)
    assert parties <= set(ag.parties)


# ----------------------------------------------------------------------------- statuses

STATUSES = [
    ("Freedonia refused to sign the border treaty.", "rejected"),
    ("Sylvania pulled out of the nuclear deal in May.", "withdrawn"),
    ("Sylvania scrapped its trade agreement with Freedonia.", "withdrawn"),
    ("Sylvania's parliament voted against the border treaty.", "rejected"),
    ("Globex accepted Acme's offer on Tuesday.", "agreed"),
    ("Freedonia and Sylvania are expected to sign a prisoner swap next week.", "planned"),
]


@pytest.mark.parametrize(("text", "status"), STATUSES)
def test_status_follows_the_text(read, text, status):
    assert one(read(text)).status == status


# ----------------------------------------------------------------------------- true parties

PARTIES = [
    # text, the parties it has, the ones it must not have
    ("The Singapore-based firm raised its offer for Globex on Monday.", {"globex"}, {"singapore"}),
    (
        "A Russian-made missile hit the convoy after Freedonia and Sylvania signed a truce deal.",
        {"freedonia", "sylvania"},
        {"russia"},
    ),
    (
        "Qualcomm last week announced a new patent deal with the South Korean company.",
        {"qualcomm"},
        {"south-korea"},
    ),
    (
        "The Red Cross and the Redlandish government brokered the deal between the Northern Front and the "
        "Freedonian government.",
        {"northern-front", "freedonia"},
        {"red-cross", "redland"},
    ),
    (
        "The release is the outcome of negotiations between Freedonia and the "
        "Northern Front, brokered by the "
        "Red Cross and the Redlandish government.",
        {"northern-front", "freedonia"},
        {"red-cross", "redland"},
    ),
    (
        "With backing from Redland and Russia, the UN Security Council voted on Monday to back a ban on "
        "textile exports.",
        {"united-nations-security-council"},
        {"redland", "russia"},
    ),
]


@pytest.mark.parametrize(("text", "has", "not_has"), PARTIES, ids=[p[0][:40] for p in PARTIES])
def test_true_parties(read, text, has, not_has):
    ag = one(read(text))
    assert has <= set(ag.parties), ag.parties
    assert not set(ag.parties) & not_has, ag.parties


def test_a_subject_s_possessor_is_no_signatory(read):
    text = (
        "Merkel's former coalition partner, the Social Democrats, have agreed "
        "to start negotiations next week."
    )
    ag = one(read(text))
    assert ag.parties == ("social-democrats",)
    assert "angela-merkel" not in ag.signatories


def test_the_militant_group_is_the_group_named_before(read):
    text = (
        "Twenty-one girls captured by the terror group Boko Haram have been "
        "freed, Nigeria's government said.\n\n"
        "The girls were released this week as part of a hostage swap of "
        "detained leaders of the extremist group."
    )
    ag = one(read(text, dt.date(2016, 10, 14)))
    assert ag.title.startswith("Hostage swap")
    assert ag.parties == ("boko-haram",)
    assert (ag.status, ag.date) == ("agreed", "2016-10")


# ----------------------------------------------------------------------------- not agreements

NOT_AGREEMENTS = [
    "The camera shoots video at a high resolution.",
    "She trains young leaders in conflict resolution.",
    "China said it has always implemented UN Security Council resolutions.",
    "Browsers with 1024*768 or higher resolution are suggested for this site.",
    "Freedonia imposed sanctions on Sylvania.",
    "Ships from Redland violated UN sanctions.",
    "You agree to receive occasional updates and special offers.",
    "In a bid to win votes, Ana Li cut taxes.",
    "The probe acquired images of the crater.",
    "They bought water for the wounded.",
    "Shares of Acme fell on the stock exchange.",
    "Freedonian and Sylvanian troops had an exchange of fire.",
    "The minister denied that the girls were exchanged for prisoners.",
    "No fighters were released in exchange for the girls.",
    "After a number of last minute compromises, Redland backed the plan.",
    "The data of 15 million customers was compromised.",
    "The bill was introduced by a senator from Freedonia.",
    "Talks between Freedonia and Sylvania will resume next week.",
    "The girls have been released after successful negotiations.",
    "The buyer could seal a deal with Globex.",
    "Acme said its offer stood whether Globex's $47 billion bid for Initech was completed or terminated.",
]


@pytest.mark.parametrize("text", NOT_AGREEMENTS)
def test_not_agreements(read, text):
    assert read(text) == [], [a.title for a in read(text)]


# ----------------------------------------------------------------------------- across sources


def report(title: str, parties: tuple[str, ...], date: str | None, source: str) -> Agreement:
    return Agreement(
        id="x", title=title, parties=parties, date=date, status="agreed", evidence=(Evidence(source, title),)
    )


def test_reports_of_one_resolution_are_one_agreement():
    merged = merge_agreements(
        [
            report(
                "Resolution requiring member countries to impound vessels",
                ("united-nations-security-council",),
                "2017-12-22",
                "a",
            ),
            report("Resolution slashing oil imports by 89 percent", ("united-nations",), "2017-12-22", "b"),
            report("Sanctions", ("united-nations",), "2017-12", "c"),
            report("Resolution 2375", ("united-nations-security-council",), "2017-09", "d"),
        ]
    )
    assert sorted(len(a.evidence) for a in merged) == [1, 3]
    december = next(a for a in merged if len(a.evidence) == 3)
    assert december.date == "2017-12-22"


def test_an_undated_report_never_joins_a_later_agreement():
    dated = report("Exchange of 82 girls for suspects", ("northern-front",), "2017-05-06", "may")
    undated = report("Exchange of 21 girls for militants", ("northern-front",), None, "october")
    published = {"may": dt.date(2017, 5, 8), "october": dt.date(2016, 10, 14)}
    assert len(merge_agreements([dated, undated], published)) == 2
    assert len(merge_agreements([dated, undated])) == 1  # without the dates nothing tells them apart


def test_an_offer_rejected_later_is_one_agreement_with_both_sides(read):
    text = (
        "Freedonia offered Sylvania a ten-year deal on Wednesday to share the lake's water.\n\n"
        "The draft agreement between Freedonia and Sylvania would set monthly limits.\n\n"
        "Sylvania rejected the proposal hours later."
    )
    ag = one(read(text))
    assert (ag.title, ag.status, ag.date) == (
        "Ten-year deal to share the lake's water",
        "rejected",
        "2024-06-19",
    )
    assert set(ag.parties) == {"freedonia", "sylvania"}


def test_what_an_agreement_sets_up_is_part_of_it(read):
    text = (
        "Freedonia and Sylvania signed an agreement on Wednesday to patrol their fishing grounds "
        "together.\n\n"
        "It sets up joint patrols and a hotline between the two coast guards."
    )
    ag = one(read(text))
    assert ag.title == "Agreement to patrol their fishing grounds together"


@pytest.mark.parametrize(
    "text",
    [
        "Sylvania's government rejected the proposal on Monday.",
        "The resolution, drafted by Redland and Freedonia, calls for a pause in the fighting.",
    ],
)
def test_a_proposal_or_a_draft_alone_is_no_agreement(read, text):
    assert read(text) == []
