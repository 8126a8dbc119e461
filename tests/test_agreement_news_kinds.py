"""The kinds of agreement a news reader keeps beyond treaties and bids: ceasefires and truces,
deals to end a shutdown, plea deals, loans and bailouts, contracts given, awarded or extended,
takeovers named by their aim, mergers approved, people hired — with
their true parties (never the city where a truce was agreed), and the "deals" and "partnerships"
that are none (a shop's price cuts, solidarity). Sentences written for the tests (invented names)
and from corpus events that are not held out (EventIds 14, 32, 44, 49, 53, 63, 68, 70, 74)."""

from __future__ import annotations

import re

import pytest

from generator.records import Actor, Mention
from tests.conftest import agreements_reader

# name, kind, affiliation, other forms (a capital stands for its state, as the actor extractor reads it)
CAST = (
    ("Freedonia", "country", None, ("Freedonian",)),
    ("Sylvania", "country", None, ("Sylvanian",)),
    ("Redland", "country", None, ("Redlandish",)),
    ("Peru", "country", None, ("Lima",)),
    ("Northern Front", "organization", None, ()),
    ("Global Fund", "organization", None, ()),
    ("Space Agency", "organization", None, ()),
    ("Acme", "organization", None, ()),
    ("Globex", "organization", None, ()),
    ("Harbor Hawks", "organization", None, ()),
    ("Bay Sharks", "organization", None, ()),
    ("Cardinals", "organization", None, ()),
    ("SpaceX", "organization", None, ()),
    ("ViaSat", "organization", None, ()),
    ("NASA", "organization", None, ()),
    ("Tom Reed", "person", None, ("Reed",)),
    ("United States", "country", None, ("American",)),
    ("American Airlines", "organization", None, ()),
)


def cast_of(text: str) -> tuple[list[Actor], list[Mention]]:
    """The actors of CAST the text names, and every place it names them (longest form first)."""
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    forms = sorted(((f, n) for n, _, _, other in CAST for f in (n, *other)), key=lambda f: -len(f[0]))
    for form, name in forms:
        for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
            if not any(m.start() < end and start < m.end() for start, end in taken):
                taken.append((m.start(), m.end()))
                mentions.append(Mention(m.start(), m.end(), _slug(name), form))
    named = {m.actor for m in mentions}
    actors = [
        Actor(id=_slug(name), name=name, kind=kind, affiliation=affiliation)
        for name, kind, affiliation, _ in CAST
        if _slug(name) in named
    ]
    return actors, sorted(mentions, key=lambda m: m.start)


def _slug(name: str) -> str:
    return name.lower().replace(" ", "-")


@pytest.fixture(scope="module")
def read(nlp):
    return agreements_reader(nlp, cast_of)


KINDS = [
    # text, title, status, date (news of Thursday 2024-06-20), parties (exactly)
    (
        "Freedonia and Sylvania agreed to a ceasefire on Tuesday after eleven days of fighting.",
        "Ceasefire between Freedonia and Sylvania",
        "agreed",
        "2024-06-18",
        {"freedonia", "sylvania"},
    ),
    (  # "cease-fire" is three tokens; Lima is where, not who
        "The Northern Front and the Sylvanian army signed a cease-fire in Lima on Sunday.",
        "Cease-fire in Lima",
        "signed",
        "2024-06-16",
        {"northern-front", "sylvania"},
    ),
    (
        "Freedonia and Redland agreed a humanitarian truce for the harvest festival.",
        "Humanitarian truce for the harvest festival",
        "agreed",
        None,
        {"freedonia", "redland"},
    ),
    (  # the issue's own example: the aim the parser hangs on "reached", and its date
        "Congressional leaders reached a deal to end the government shutdown on Monday.",
        "Deal to end the government shutdown",
        "agreed",
        "2024-06-17",
        set(),
    ),
    (
        "Acme struck a $32 billion deal to buy Globex in March.",
        "$32 billion deal to buy Globex",
        "agreed",
        "2024-03",
        {"acme", "globex"},
    ),
    (
        "The boards of Acme and Globex approved the merger on Friday.",
        "Merger between Acme and Globex",
        "agreed",
        "2024-06-21",
        {"acme", "globex"},
    ),
    (
        "The Global Fund approved a $3 billion loan to Redland on Wednesday.",
        "$3 billion loan to Redland",
        "agreed",
        "2024-06-19",
        {"global-fund", "redland"},
    ),
    (
        "The Global Fund agreed a bailout for Redland in March.",
        "Bailout for Redland",
        "agreed",
        "2024-03",
        {"global-fund", "redland"},
    ),
    (
        "The Harbor Hawks gave Tom Reed a five-year contract extension through 2029.",
        "Five-year contract extension",
        "agreed",
        None,  # 2029 is when it ends
        {"harbor-hawks"},
    ),
    (
        "The Harbor Hawks signed Tom Reed to a five-year, $100 million extension on Friday.",
        "Five-year $100 million extension",
        "signed",
        "2024-06-21",
        {"harbor-hawks"},
    ),
    (
        "Acme was awarded a $2.9 billion contract by the Space Agency on Friday to build landers.",
        "$2.9 billion contract by the Space Agency to build landers",
        "agreed",
        "2024-06-21",
        {"acme", "space-agency"},
    ),
    (
        "Tom Reed pleaded guilty to fraud as part of a plea deal with federal prosecutors on Tuesday.",
        "Plea deal with federal prosecutors",
        "agreed",
        "2024-06-18",
        set(),  # Reed is its signatory (below); federal prosecutors are no named actor
    ),
    (
        "The Harbor Hawks hired Tom Reed as head coach on Monday.",
        "Hire of Tom Reed as head coach",
        "agreed",
        "2024-06-17",
        {"harbor-hawks"},
    ),
    (  # one agreement: the loan is what it is about
        "Redland and the Global Fund reached a staff-level agreement on a $2.3 billion loan on Tuesday.",
        "Staff-level agreement on a $2.3 billion loan",
        "agreed",
        "2024-06-18",
        {"redland", "global-fund"},
    ),
    (
        "Acme agreed to pay $20 million to resolve allegations that it misled investors.",
        "Settlement of allegations",
        "agreed",
        None,
        {"acme"},
    ),
    (  # a person who settles is bound too (its signatory)
        "Tom Reed agreed to pay $300,000 to resolve claims that he billed the club twice.",
        "Settlement of claims",
        "agreed",
        None,
        set(),
    ),
    (  # resolved by talks: an agreement to do so, no settlement
        "Freedonia and Sylvania agreed to resolve disputes through peaceful means.",
        "Agreement to resolve disputes through peaceful means",
        "agreed",
        None,
        {"freedonia", "sylvania"},
    ),
    (  # the day of a takeover agreed is the day on its "to acquire"
        "Acme agreed to acquire Globex for $26 billion in cash on Monday.",
        "Agreement to acquire Globex for $26 billion in cash",
        "agreed",
        "2024-06-17",
        {"acme", "globex"},
    ),
    (  # ... but not the day of the talks agreed on
        "Freedonia and Sylvania agreed to start talks next week.",
        "Agreement to start talks",
        "agreed",
        None,
        {"freedonia", "sylvania"},
    ),
    (
        "The Harbor Hawks signed Tom Reed on a five-year contract on Tuesday.",
        "Five-year contract",
        "signed",
        "2024-06-18",
        {"harbor-hawks"},
    ),
    (  # a named bidder's offer, answered
        "The board of Acme rejected the bid from Globex on Monday.",
        "Bid from Globex",
        "rejected",
        "2024-06-17",
        {"acme", "globex"},
    ),
    (  # the company an offer undervalues is its target, named before as a company
        "Globex said on Monday that Acme's $103 billion offer undervalued the company.",
        "Acme's $103 billion offer",
        "offered",
        "2024-06-17",  # the day it was said: the report's own date for it
        {"acme", "globex"},
    ),
    (  # a player signs with a club: the club is a party, the player its signatory
        "Tom Reed signed with the Bay Sharks on Tuesday.",
        "Signing with Bay Sharks",
        "signed",
        "2024-06-18",
        {"bay-sharks"},
    ),
    (
        "Tom Reed agreed to terms with the Bay Sharks on Tuesday.",
        "Agreement to terms with the Bay Sharks",
        "agreed",
        "2024-06-18",
        {"bay-sharks"},
    ),
    (  # corpus, EventId 70: the treaty was signed, no second "signing"
        "A hurdle to that ambition has been a treaty signed with Freedonia in the 1970s.",
        "Treaty with Freedonia",
        "signed",
        None,  # a decade is no date
        {"freedonia"},
    ),
    (  # "that company" is the company named last before it (corpus, EventId 60)
        "Sure, but you might have said the same about Acme back when, say, the company invested in"
        " eyewear maker Globex and eventually purchased that company in 2015.",
        "Acquisition of Globex",
        "agreed",
        "2015",
        {"globex"},
    ),
    (  # corpus, EventId 49: a lease in force
        "SpaceX leases Launch Complex 39A from NASA.",
        "Lease of Launch Complex from NASA",  # the parser takes "39A" for an adverb
        "reported",
        None,
        {"spacex", "nasa"},
    ),
    (
        "Freedonia leased the port to Acme in 2019.",
        "Lease of port to Acme",
        "agreed",
        "2019",
        {"freedonia", "acme"},
    ),
    (  # a company's public commitment (corpus, EventId 14)
        "Acme pledged to hire an outside firm to review its diversity in hiring and promotion.",
        "Pledge to hire an outside firm to review its diversity in hiring",
        "planned",
        None,
        {"acme"},
    ),
    (
        "Acme committed to funding a new academy in the city.",
        "Commitment to funding a new academy in the city",
        "planned",
        None,
        {"acme"},
    ),
    (  # corpus, EventId 44
        "After years of being passed over for head-coaching jobs, he was hired by the Cardinals on"
        " Jan. 17, 2013, making him a first-time head coach at age 60.",
        "Hire by Cardinals",
        "agreed",
        "2013-01-17",
        {"cardinals"},
    ),
    (  # corpus, EventId 49
        "ViaSat retained its contract with SpaceX to launch a future satellite on a Falcon Heavy.",
        "Contract with SpaceX to launch a future satellite on a Falcon Heavy",
        "reported",
        None,
        {"viasat", "spacex"},
    ),
    (  # corpus, EventId 49
        "A Delta 4-Heavy launch contract for NASA's Parker Solar Probe awarded in 2015 was valued at"
        " $389 million.",
        "Delta 4-Heavy launch contract for NASA's Parker Solar Probe",
        "agreed",
        "2015",
        set(),  # NASA only qualifies the probe
    ),
]


@pytest.mark.parametrize(("text", "title", "status", "date", "parties"), KINDS, ids=[k[1] for k in KINDS])
def test_news_kinds(read, text, title, status, date, parties):
    found = read(text)
    assert len(found) == 1, [a.title for a in found]
    ag = found[0]
    assert (ag.title, ag.status, ag.date, set(ag.parties)) == (title, status, date, parties)


def test_the_two_airlines_are_the_two_companies_named_before(read):
    text = (  # corpus, EventId 10
        "One of the flights was serviced by Acme and the other by Globex.\n\n"
        "Complicating matters further, the two airlines have a codeshare agreement, which allows one"
        " carrier to sell seats on a flight operated by another carrier."
    )
    (ag,) = read(text)
    assert (ag.title, set(ag.parties)) == ("Codeshare agreement", {"acme", "globex"})


def test_a_nationality_word_as_subject_is_the_company_named_so(read):
    text = (  # corpus, EventId 14: "American" is the airline, not the United States
        "American Airlines apologized on Monday.\n\n"
        "American pledged to hire an outside firm to review its diversity in hiring and promotion."
    )
    (ag,) = read(text)
    assert ag.parties == ("american-airlines",)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reed pleaded guilty to fraud as part of a plea deal with federal prosecutors.",
        "The Harbor Hawks signed Tom Reed on a five-year contract on Tuesday.",
        "Tom Reed agreed to pay $300,000 to resolve claims that he billed the club twice.",
        # the parser splits "center Tom Reed" into two objects
        "The Harbor Hawks signed center Tom Reed to a three-year contract extension on Thursday.",
    ],
)
def test_who_pleaded_or_was_signed_is_a_signatory(read, text):
    (ag,) = read(text)
    assert ag.signatories == ("tom-reed",)


NOT_AGREEMENTS = [
    # a coach hired at a place nobody named as employer, a firm to be hired, shops' deals, money
    # on loan, solidarity, a truce a conflict ended in or a name, the verb "deal", a deadline
    "In 1983, Tom Reed was hired as the head coach at Temple University.",
    "The store offers deals on laptops every Friday.",
    "Shoppers hunted for Black Friday deals on Thursday.",
    "Acme listed its top deals on games for February.",
    "Students took out loans to pay tuition.",
    "A credit card is really a bank's money on loan to an individual.",  # 63
    "Freedonia said it stands in solidarity and partnership with Sylvania.",  # 68
    "The company says a purchase will go towards its partnership with Water.org.",  # 53
    "Their 1950-53 conflict ended in a truce, not a peace treaty.",  # 70
    "It is being called the Olympic Truce.",  # 32
    "Officers are working to deal with a tram derailment.",  # 74
    "The court granted Acme a two-week extension of the deadline.",
    # a plan's condition (corpus, EventId 62)
    "In January, Acme announced a profit target predicated on a cost reduction plan and resolving"
    " licensing disputes, including with Globex.",
    # disputes settled as a principle (seeds)
    "Li said the two countries share an interest in peacefully settling disputes with no room for blocs.",
    # "that company" is a firm no actor stands for: never the one named before it
    "Back when Acme invested in eyewear maker Zentrix, it eventually purchased that company in 2015.",
    # a person's vow, officials', a state's policy (corpus, EventId 65), a foul
    "Sylvania also pledged to identify whether any crimes had been committed.",
    "Tom Reed pledged to fight on after the defeat.",
    "He pledged to fight on.",
    "Officials pledged to rebuild the bridge.",
    "The defender committed a foul in the box.",
    # a car leased from nobody named
    "On Monday Tom Reed leased a car for his trip.",
    # signing up, signing with a pen
    "On Tuesday fans signed up with Globex.",
    "The president signed with a flourish on Tuesday.",
    # sayings and programmes
    "On Monday the minister resigned of his own accord.",
    "On Tuesday, Acme said the merger was a done deal.",
    "On Thursday Freedonian senators unveiled the Green New Deal.",
    "On Monday the union said the plan was a raw deal for workers.",
]


@pytest.mark.parametrize("text", NOT_AGREEMENTS, ids=range(len(NOT_AGREEMENTS)))
def test_not_agreements(read, text):
    assert read(text) == [], [a.title for a in read(text)]
