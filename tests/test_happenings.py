"""Issue 16 parts 2-4: a timeline of real happenings. Sentence in, expected event out: the label
is the happening's own clause, its date the right clause's, one event per happening across
sources, and an article whose text contradicts its publication date is flagged."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.events.published import publication_doubt
from generator.extract.events.timeline import extract_timeline
from generator.merge.event_words import label_words
from generator.merge.timeline import merge_timeline
from generator.records import Evidence, TimelineEvent
from generator.render import render_pages
from tests.conftest import make_article
from tests.test_render import load_fixture

FRIDAY = dt.date(2017, 12, 29)


@pytest.fixture(scope="module")
def events(nlp):
    def run(text: str, published: dt.date | None = FRIDAY) -> list[tuple[str, str]]:
        found = extract_timeline(nlp(text), make_article(text, published), [], [])
        return [(e.date, e.event) for e in found]

    return run


LABELS = [
    # a "when" clause names the happening its date is for
    (
        "Tamimi has made headlines in the past, most famously in 2015 when she bit a soldier's hand.",
        [("2015", "She bit a soldier's hand")],
    ),
    (  # corpus (EventId 73): the strikes, not the toll
        "More than 30 people, many of them children, were killed last week when US aircraft carried "
        "out strikes in support of Afghan forces.",
        [("2017-12-18", "US aircraft carried out strikes in support of Afghan forces")],
    ),
    # a date in a "when" clause without a named doer dates the main clause
    (
        "The South Korean authorities boarded the Lighthouse Winmore and questioned its crew members "
        "when they returned to Yeosu on Nov. 24.",
        [("2017-11-24", "The South Korean authorities questioned its crew members")],
    ),
    # "they" in reported speech is the speaker
    (
        "South Korean authorities said Friday that on Nov. 24 they seized a Hong Kong-flagged vessel.",
        [("2017-11-24", "South Korean authorities seized a Hong Kong-flagged vessel")],
    ),
    # a relative clause's verb acts on the noun it hangs on; a range is one event at its start
    (
        "Jon Gruden seems almost certain to return to the Oakland job he occupied between 1998 and 2001.",
        [("1998", "Jon Gruden occupied the Oakland job")],
    ),
    # a verb keeps the adjective it needs
    ("Twenty-one of them were set free in October 2016.", [("2016-10", "Twenty-one of them were set free")]),
    # a holiday of a named year, and one joined with "two years ago"
    (
        "More than 1,200 women were sexually assaulted in various German cities on New Year's Eve in 2015.",
        [("2015-12-31", "More than 1,200 women were assaulted in various German cities")],
    ),
    (
        "Staggering numbers of assaults were carried out at the New Year's Eve celebrations two years ago.",
        [("2015-12-31", "Staggering numbers of assaults were carried out at celebrations")],
    ),
    # a plain present is scheduled: the nearer date, here ahead
    (
        "Goldman is working to use the credits before the new tax law takes effect on Jan. 1.",
        [("2018-01-01", "The new tax law takes effect")],
    ),
    # a long subject keeps its head (and first "of"), so the label keeps its verb
    (
        "A team of medical volunteers in a white tent only yards away from the stage will be standing "
        "by on Sunday.",
        [("2017-12-31", "A team of medical volunteers will be standing")],
    ),
    (
        "On Thursday, the heads of the armies of Arvenia, Dolmark, Tessia and Varn met in the capital "
        "to plan a final assault.",
        [("2017-12-28", "The heads of the armies met in the capital")],
    ),
    (  # the nouns it is listed with stay
        "Exports of coal, lead and seafood from the northern provinces of the country were banned in August.",
        [("2017-08", "Exports of coal, lead and seafood were banned")],
    ),
    # "told" someone other than the press of something is a happening, not a statement
    (
        "Coach Lars Dane said he told the players of his decision on Sunday after the win.",
        [("2017-12-24", "Lars Dane told the players of his decision")],
    ),
    # the dateline is no subject
    (
        "KUNDUZ, Afghanistan — Taliban insurgents struck the German Consulate late Thursday night.",
        [("2017-12-28", "Taliban insurgents struck the German Consulate")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LABELS, ids=[t[:40] for t, _ in LABELS])
def test_the_label_is_the_happenings_own_clause(events, text, expected):
    assert events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Arians was the last of seven coaches to be hired five years ago.",  # no finite verb
        "He won honors again after directing the Cardinals to a title in 2014.",  # a gerund, no doer
        "He had requests to speak to assistant coaches going out Monday.",
        "The U.S. tax reform will cut profit this year by about $5 billion.",  # a forecast for the year
        "This year, authorities have doubled down on efforts to prevent assaults.",  # a state
        "Such an effort is being undertaken on New Year's Eve for the first time.",  # points back
        'Andy Nias wrote: "30 of us on the tram this morning thought our time was up."',  # quoted
        "The coach told reporters on Sunday that the team would rest.",  # words to the press
        "Palestinian teen Ahed Tamimi (C-R) speaks to her lawyer in the courtroom, January 1, 2018.",
    ],
)
def test_sentences_without_a_happening_of_their_own_date(events, text):
    assert events(text) == []


def test_he_is_the_person_the_sentences_before_have_act(events, nlp):
    from generator.records import Mention

    text = (
        "Arians went 9-3 in his first season while Chuck Pagano was on leave. "
        "He was hired by the Cardinals on Jan. 17, 2013."
    )
    doc = nlp(text)
    mentions = [
        Mention(0, 6, "bruce-arians", "Arians"),
        Mention(text.index("Chuck"), text.index("Chuck") + 12, "chuck-pagano", "Chuck Pagano"),
    ]
    from generator.records import Actor

    actors = [
        Actor(id="bruce-arians", name="Bruce Arians", kind="person", mentions=1, sources=("a1",)),
        Actor(id="chuck-pagano", name="Chuck Pagano", kind="person", mentions=1, sources=("a1",)),
    ]
    found = extract_timeline(doc, make_article(text, FRIDAY), actors, mentions)
    assert [(e.date, e.event) for e in found] == [("2013-01-17", "Bruce Arians was hired by the Cardinals")]


def test_next_thing_and_holiday_dates_look_ahead(events):
    assert events(
        "Social media users were encouraged to share a post calling for a minute of applause at the "
        "team's next home game on November 19.",
        dt.date(2016, 11, 10),
    ) == [("2016-11-19", "Social media users were encouraged to share a post")]
    assert events("Organisers are setting up a safe zone for New Year's Eve.") == [
        ("2017-12-31", "Organisers are setting up a safe zone")
    ]


# ----------------------------------------------------------------------------- one per happening


def report(source: str, label: str, date: str, precision: str, actors=()) -> TimelineEvent:
    return TimelineEvent(
        id="x",
        date=date,
        precision=precision,
        event=label,
        actors=tuple(actors),
        evidence=(Evidence(source, f"{label}.", 0),),
    )


def test_one_happening_in_other_words_is_one_event():
    merged = merge_timeline(
        [
            report("a", "More than 200 schoolgirls were seized by the extremists", "2014-04-14", "day"),
            report(
                "b", "The more than 200 Chibok schoolgirls were kidnapped by militants", "2014-04", "month"
            ),
            report("c", "The Chibok girls were abducted", "2014-04", "month"),
            report("d", "82 Chibok schoolgirls were kidnapped by the extremist group", "2014", "year"),
            report("e", "Boko Haram posted a video", "2016-08", "month", ["boko-haram"]),
            report("f", "The militant group released a video", "2016-08", "month"),
        ],
        {},
    )
    assert [(e.date, e.corroboration) for e in merged] == [("2014-04-14", 4), ("2016-08", 2)]


def test_reports_of_different_happenings_stay_apart():
    merged = merge_timeline(
        [
            # a month joins a day only with a name or number in common
            report("a", "The vessel transferred 600 tons of refined oil", "2017-10-19", "day"),
            report("b", "Chinese ships have sold oil to North Korean vessels", "2017-10", "month"),
            # the same kind of happening, nothing else in common, on a day
            report("c", "The attack was suppressed in the early hours", "2016-11-11", "day", ["taliban"]),
            report("d", "The death toll from a truck bombing rose", "2016-11-11", "day", ["nato"]),
            # arrivals of different people and years
            report("e", "Refugees and migrants arrived in Germany", "2015", "year"),
            report("f", "Young men including newly arrived immigrants assaulted women", "2015", "year"),
        ],
        {},
    )
    assert len(merged) == 6


def test_happening_words_fold_to_one_word_per_happening():
    words = label_words(report("a", "The girls were handed over and set free", "2016", "year")).content
    assert "free" in words
    assert label_words(report("a", "Boko Haram released a video", "2016", "year")).content >= {
        "free",
        "publish",
    }


# ----------------------------------------------------------------------------- publication date


@pytest.mark.parametrize(
    ("text", "published", "doubt"),
    [
        (
            "Police said the suspect was arrested on Saturday, November 12.",
            dt.date(2016, 11, 9),
            "2016-11-12",
        ),
        ("The bombing on November 12, 2016 killed four.", dt.date(2016, 11, 9), "2016-11-12"),
        ("The talks will resume on Saturday, November 12.", dt.date(2016, 11, 9), None),  # still to come
        ("A sequel is already set for May 3, 2019.", dt.date(2017, 11, 29), None),  # corpus
        ("The bombing on November 2, 2016 killed four.", dt.date(2016, 11, 9), None),  # before
        # corpus: a caption's present tense says nothing of when the article was written
        (
            "A ballistic missile is fired during an exercise at an undisclosed place on September 15, 2017.",
            dt.date(2017, 9, 14),
            None,
        ),
    ],
)
def test_a_text_that_reports_a_later_day_as_past_doubts_its_date(nlp, text, published, doubt):
    found = publication_doubt(nlp(text), make_article(text, published))
    assert (found.date if found else None) == doubt


def test_the_verification_page_flags_a_doubted_publication_date():
    briefing, sources = load_fixture()
    meta = sources["001_ledger"]["source"]
    sources["001_ledger"] = {
        **sources["001_ledger"],
        "source": {
            **meta,
            "published_doubt": {
                "date": "2024-06-22",
                "source": "001_ledger",
                "quote": "It ended on 22 June 2024.",
            },
        },
    }
    page = render_pages(briefing, sources)["verification.md"]
    assert "a publication date its own text agrees with" in page and "22 June 2024 as past" in page


@pytest.mark.parametrize(
    ("one", "two"),
    [
        (
            "A huge blast was heard at around 11pm local time",
            "The explosion caused massive damage to the building",
        ),
        ("A two-car tram derailed on a sharp curve", "The horror crash happened during rush hour"),
        ("More than 1,200 women were assaulted in various cities", "The attacks shocked the country"),
    ],
)
def test_one_days_incident_in_other_words_is_one_event(one, two):
    merged = merge_timeline(
        [report("a", one, "2016-11-10", "day"), report("b", two, "2016-11-10", "day")], {}
    )
    assert len(merged) == 1 and merged[0].corroboration == 2


@pytest.mark.parametrize(
    ("one", "two", "dates"),
    [
        # the incident only in a phrase about something else: a later report of its toll
        (
            "The blast destroyed the hall",
            "The death toll from the bombing rose",
            ("2016-11-10", "2016-11-10"),
        ),
        # placed apart
        ("A bomb exploded in Tarvale", "An attack in Ostrand killed four", ("2016-11-10", "2016-11-10")),
        # a month: many incidents
        ("An attack shook the garrison", "The blast was heard in town", ("2016-11", "2016-11")),
    ],
)
def test_incidents_stay_apart_unless_one_day_names_them_alike(one, two, dates):
    precision = "day" if len(dates[0]) == 10 else "month"
    merged = merge_timeline(
        [report("a", one, dates[0], precision), report("b", two, dates[1], precision)], {}
    )
    assert len(merged) == 2


@pytest.mark.parametrize(
    ("one", "two", "date", "actors", "same_source"),
    [
        # one incident retold at one place, or twice in one article, in a background year
        ("Attacks in Tarvale", "The mass assaults in Tarvale shocked the country", "2015", (), False),
        ("Attacks in Tarvale", "Groups of mostly young men assaulted", "2015", (), True),
        # the same body, the same count of the same things, one day
        (
            "The Security Council did add four ships to a list of vessels",
            "The UN Security Council denied port access to four Ostrian ships",
            "2017-12-28",
            ("ostria",),
            False,
        ),
        # one document adopted, by a body both name
        (
            "A Security Council resolution was adopted",
            "The Security Council resolution capped crude oil imports",
            "2017-09",
            (),
            False,
        ),
        # the same day's injuries, by a noun and by a verb (corpus, EventId 37)
        (
            "Two people suffered minor injuries",
            "Two were injured during the incident at Tarvale Beach",
            "2017-12-31",
            (),
            False,
        ),
        # breaking the news is announcing it (corpus, EventId 56)
        (
            "Ana Li announced to her followers",
            "The comedian shared the news to her followers",
            "2018-02-05",
            (),
            False,
        ),
        (
            "The comedian shared the news to her followers",
            "The Grammy-nominated comedienne broke the news to her Twitter followers",
            "2018-02-05",
            (),
            False,
        ),
        # the tram that jumped the rails is the tram that derailed
        (
            "A two-car tram jumped the rails on a sharp curve",
            "A tram derailed near Tarvale",
            "2016-11-09",
            (),
            False,
        ),
    ],
)
def test_one_happening_told_twice_on_one_date_is_one_event(one, two, date, actors, same_source):
    precision = {4: "year", 7: "month"}.get(len(date), "day")
    merged = merge_timeline(
        [
            report("a", one, date, precision, actors),
            report("a" if same_source else "b", two, date, precision, actors),
        ],
        {},
    )
    assert len(merged) == 1


@pytest.mark.parametrize(
    ("one", "two", "date", "actors"),
    [
        # a count alone is not one happening
        ("Two soldiers were wounded in Tarvale", "Two people were killed", "2016-11-10", ()),
        ("Two men were arrested in the capital", "Two people were killed", "2016-11-10", ("police",)),
        # two documents, two bodies
        ("The Senate passed a spending bill", "Parliament passed a tax law", "2017-12", ()),
        # two articles' incidents of one year, no place in common
        ("An attack shook the garrison", "The blast was heard in town", "2016", ()),
    ],
)
def test_look_alikes_on_one_date_stay_apart(one, two, date, actors):
    precision = {4: "year", 7: "month"}.get(len(date), "day")
    merged = merge_timeline(
        [report("a", one, date, precision, actors), report("b", two, date, precision, actors)], {}
    )
    assert len(merged) == 2


def test_a_body_and_the_body_it_belongs_to_are_one_doer():
    """Two records of one body the actor merge kept apart ("security-council" and
    "united-nations-security-council", corpus EventId 19) do not keep one adoption apart; two
    bodies of one word each ("korea", "north-korea") stay two."""
    merged = merge_timeline(
        [
            report(
                "a",
                "A Security Council resolution was adopted",
                "2017-09",
                "month",
                ["united-nations-security-council"],
            ),
            report(
                "b",
                "The Security Council resolution capped crude oil imports",
                "2017-09",
                "month",
                ["security-council"],
            ),
        ],
        {},
    )
    assert len(merged) == 1
    apart = merge_timeline(
        [
            report("a", "Ostria signed the treaty", "2017-09-02", "day", ["korea"]),
            report("b", "The treaty was signed in Lima", "2017-09-02", "day", ["north-korea"]),
        ],
        {},
    )
    assert len(apart) == 2


POINTED = [
    # the year the sentence before opens on (corpus, EventId 65)
    (
        "In 2010, as questions were raised, island authorities ordered Orbis Law to provide more "
        "information. Later that year, Orbis Law ended its relationship with the companies.",
        ("2010", "Orbis Law ended its relationship with the companies"),
    ),
    # the day after a day (corpus, EventId 68)
    (
        "On Dec. 21, 2014, a man rammed his car into pedestrians in Tarvale. The next day, in the town "
        "of Redland, a driver used his van to run over 10 more people.",
        ("2014-12-22", "A driver used his van to run over 10 more people"),
    ),
    # a year after a year (corpus, EventId 56)
    (
        "Together since early 2014, the couple met while filming a show. A year later, Ana Li joked "
        "about their dynamic on a talk show.",
        ("2015", "Ana Li joked about their dynamic"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), POINTED, ids=range(len(POINTED)))
def test_a_date_that_points_back_takes_the_date_before(events, text, expected):
    assert expected in events(text)


POINTING_NOWHERE = [
    # "that day" asks for more than a year gives
    "Ana Li joined Orbis in 2013. That day, Tom Reed resigned.",
    # a length, not a date
    "The talks began in 2013. A day of talks followed.",
    # "earlier that month" inside a phrase dates the thing it hangs on, not the clause
    "The sanctions took effect in October. The council imposed them in response to a test earlier "
    "that month.",
]


@pytest.mark.parametrize("text", POINTING_NOWHERE, ids=range(len(POINTING_NOWHERE)))
def test_a_phrase_that_points_nowhere_dates_nothing(events, text):
    found = events(text)
    assert not [label for _, label in found if any(w in label for w in ("imposed", "Tom Reed", "followed"))]
