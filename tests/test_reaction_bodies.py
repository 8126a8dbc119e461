"""Reactions of bodies called by their kind ("the airline said", "it said") and of posts embedded
with their credit line ("— Ana Li (@ana_li) May 7, 2017"), issue 15.

Sentences written for the test (invented names and places) and sentences from ../shared/corpora
(events that no held-out gold file covers).
"""

from __future__ import annotations

import pytest

from generator.extract.reactions.bodies import fits
from generator.extract.reactions.posts import embedded_posts
from generator.records import Mention
from tests.test_reaction_speakers import speaker_of
from tests.test_reactions import reactions_of

# --- "the airline said", "it said" -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        # Written: a kind noun goes to the body of that kind that spoke last.
        (
            "Brightwater Airways said it was investigating the incident. "
            '"We take great pride in our service, and on this flight we failed," the airline said.',
            "great pride",
            "brightwater-airways",
        ),
        # Written: "it" after a body's statement is that body's.
        (
            'Brightwater Airways said on Monday that the flight was delayed. "We apologise to every '
            'passenger," it said.',
            "apologise",
            "brightwater-airways",
        ),
        # Written: a generic noun with no body speaking before: the body named as a subject.
        (
            'Brightwater Airways cut 300 jobs on Monday. "It was a hard decision," the company said.',
            "hard decision",
            "brightwater-airways",
        ),
        # Written: "it" after a person spoke is nobody's.
        ('Ana Li said the talks failed. "We are hopeful," it said.', "hopeful", None),
        # Written: another body, plural: nobody known.
        (
            "Brightwater Airways said it was investigating. Other airlines said they had no plans to follow.",
            "no plans",
            None,
        ),
        # Written: two bodies of the kind named, none of them spoke: unsure.
        (
            "The passenger held a Norland Airlines ticket for a Brightwater Airways flight. "
            '"We regret the mix-up," the airline said.',
            "regret",
            None,
        ),
        # Written: the kind noun does not fit the body that spoke ("the airline" is no association).
        (
            "The Marovian Travellers Association said the rules were unfair. "
            '"We welcome every passenger," the airline said.',
            "welcome every passenger",
            None,
        ),
        # Written: "the bank" inside a chief executive's reported words is not a new speaker.
        (
            'Norbank chief executive Ana Li said the bank would only endorse "legitimate" arrangements.',
            "legitimate",
            "ana-li",
        ),
        # Corpus (EventId 10): no airline named as one; "the airline" is the body named last as a
        # subject.
        (
            'United turned away two girls wearing leggings on Sunday. "To our regular customers, '
            'your leggings are welcome," the airline said.',
            "leggings are welcome",
            "united",
        ),
        # Corpus (EventId 68): a trade group called "the group".
        (
            "The American Trucking Associations said the industry moves most of the freight. "
            "\u201cWithout trucks,\u201d the group says, \u201cAmerica stops.\u201d",
            "Without trucks",
            "american-trucking-associations",
        ),
        # Corpus (EventId 10): the carrier's statement, "the airline said".
        (
            'ANA said it was investigating the incident.\n\n"We take great pride providing exemplary '
            'customer service, and on this flight we failed to do so," the airline said.',
            "great pride",
            "ana",
        ),
    ],
)
def test_bodies_called_by_their_kind(nlp, text, words, actor):
    extra = [
        ("Brightwater Airways", "organization"),
        ("Norland Airlines", "organization"),
        ("The Marovian Travellers Association", "organization"),
        ("American Trucking Associations", "organization"),
        ("ANA", "organization"),
        ("Norbank", "organization"),
        ("Ana Li", "person"),
        ("United", "organization"),
    ]
    assert speaker_of(nlp, text, words, extra=extra) == actor


@pytest.mark.parametrize(
    ("noun", "words", "expected"),
    [
        ("airline", {"all", "nippon", "airways"}, True),
        ("airline", {"national", "association", "for"}, False),
        ("airline", {"ana"}, None),
        ("bank", {"deutsche", "bank"}, True),
        ("group", {"goldman", "sachs", "group"}, True),
    ],
)
def test_a_body_fits_its_kind_by_name(noun, words, expected):
    assert fits(noun, words) is expected


# --- embedded posts --------------------------------------------------------------------------


def _mentions(text: str, names: dict[str, str]) -> list[Mention]:
    out = []
    for actor, name in names.items():
        at = text.find(name)
        while at != -1:
            out.append(Mention(actor=actor, start=at, end=at + len(name), text=name))
            at = text.find(name, at + 1)
    return out


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        # Written: the words, a picture link, the credit.
        (
            "Intro.\nWe welcome the release of the hostages. pic.twitter.com/x1AbC \u2014 Ana Li "
            "(@ana_li) May 7, 2017\nMore.",
            [("ana-li", "We welcome the release of the hostages.")],
        ),
        # Written: a post whose credit names nobody known is left out.
        ("Pray for the valley tonight. \u2014 Valley Office (@valleyoffice) June 2, 2019", []),
        # Written: a reporter's post that quotes somebody else is not the reporter's reaction.
        (
            '"It is so sad," a woman said. https://t.co/x \u2014 Ana Li (@ana_li) July 15, 2016',
            [],
        ),
        # Corpus (EventId 57, BBC): the page's "Skip Twitter post" before the words.
        (
            "Skip Twitter post by @durov We were alerted by Apple that inappropriate content was made "
            "available to our users. \u2014 Pavel Durov (@durov) February 1, 2018",
            [
                (
                    "pavel-durov",
                    "We were alerted by Apple that inappropriate content was made available to our users.",
                )
            ],
        ),
        # Corpus (EventId 65): a link glued to a hashtag.
        (
            "That time when your journalism was so hot it melted the servers. "
            "#PanamaPapershttps://t.co/AkCPAh6EEI \u2014 Edward Snowden (@Snowden) April 3, 2016",
            [
                (
                    "edward-snowden",
                    "That time when your journalism was so hot it melted the servers. #PanamaPapers",
                )
            ],
        ),
    ],
)
def test_embedded_posts(text, posts):
    names = {"ana-li": "Ana Li", "pavel-durov": "Pavel Durov", "edward-snowden": "Edward Snowden"}
    found = [(p.actor, p.quote.text) for p in embedded_posts(text, _mentions(text, names), names)]
    assert found == posts
    for p in embedded_posts(text, _mentions(text, names), names):
        assert " ".join(text[p.quote.start : p.quote.end].split()) == p.quote.text


def test_an_embedded_post_is_a_reaction_of_its_author(nlp):
    text = (
        "The hostages were freed on Sunday.\n\nAs I depart for Vienna, I welcome the release of 21 of "
        "the hostages, following successful negotiations. pic.twitter.com/QvYcCZT1 \u2014 Ana Li "
        "(@ana_li) May 7, 2017\n\nThe talks went on."
    )
    found = reactions_of(nlp, text, extra=[("Ana Li", "person")])
    mine = [r for r in found if r.actor == "ana-li"]
    assert mine and "I welcome the release" in (mine[0].quote or "")
    assert mine[0].stance == "supportive"


# --- who speaks when nobody is named ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        # Written: a title before a name, no article: the name speaks.
        (
            'Mayor of Marovia Ana Li said: "I am in contact with the emergency services."',
            "emergency services",
            "ana-li",
        ),
        # Written: a title of another office than the last speaker's description says: nobody.
        (
            "Pavel Novak, the app's co-founder, said the apps would be back. \"Once we have "
            'protections, we expect the apps back," he said.\n\nSpeaking in Vienna, the prime minister '
            'said: "Smaller platforms can quickly become home to criminals."',
            "Smaller platforms",
            None,
        ),
        # Written: a quote credited to somebody never named is not the previous speaker's.
        (
            "Ana Li accused Norland of selling oil. Norland has denied it.\n\n"
            '"Caught red handed, very disappointed in Norland!" tweeted the Marovian governor.',
            "red handed",
            None,
        ),
        # Written: "he did not comment" credits nothing: the quote goes on with the speaker.
        (
            '"We were alerted by the store," Pavel Novak said. "Once we have protections in place, '
            'we expect the apps to be back." He did not comment on timing.',
            "Once we have protections",
            "pavel-novak",
        ),
        # Corpus (EventId 74): "they added" after a body's spokesman is the body.
        (
            "A London Fire Brigade spokesman said they had been called at 6.04am to an overturned "
            'tram.\n\n"There are eight fire engines and four fire and rescue crews in attendance," '
            "they added.",
            "eight fire engines",
            "london-fire-brigade",
        ),
        # Written: a company spokesman speaks for the company that spoke before.
        (
            'Brightwater Airways said it would review the case. "Nothing in these documents '
            'suggests we did anything wrong," a company spokesman said in a statement.',
            "Nothing in these documents",
            "brightwater-airways",
        ),
        # Corpus (EventId 70): a government statement goes on with the government that spoke.
        (
            'South Korea called for talks, but warned they are "fully ready for any threat".\n\n'
            'A Government statement added: "We will make unwavering efforts to protect the lives of '
            'our people."',
            "unwavering efforts",
            "south-korea",
        ),
    ],
)
def test_unnamed_voices(nlp, text, words, actor):
    extra = [
        ("Ana Li", "person"),
        ("Pavel Novak", "person"),
        ("Norland", "country"),
        ("London Fire Brigade", "organization"),
        ("Brightwater Airways", "organization"),
        ("South Korea", "country"),
    ]
    assert speaker_of(nlp, text, words, extra=extra) == actor


def test_a_post_credited_day_first():
    text = "Caught red handed, very disappointed in the deal! \u2014 Ana Li (@ana_li) 28 December 2017"
    names = {"ana-li": "Ana Li"}
    found = [(p.actor, p.quote.text) for p in embedded_posts(text, _mentions(text, names), names)]
    assert found == [("ana-li", "Caught red handed, very disappointed in the deal!")]


# --- sport and celebrity news: manners of speaking, crashes, people named by their nation ------


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        # Corpus (EventId 75): a manner of speaking introduces a quote.
        (
            'At the second red flag, Lewis Novak groaned: "The track is fine! It is not even that wet."',
            "track is fine",
            "lewis-novak",
        ),
        (
            '"This is just bad, just stupid," Sebastian Vettel exclaimed over the radio.',
            "just stupid",
            "sebastian-vettel",
        ),
        # Written: "laughed at this" credits no quote before it.
        (
            '"There is a bird in the cockpit," Ana Li told reporters. "It flew in through a hatch."\n\n'
            "The ticket agent laughed at this.",
            "It flew in through a hatch",
            "ana-li",
        ),
        # Corpus (EventId 56): two people said it together: whose words, one cannot say.
        (
            "Michael Sheen and Sarah Silverman joked they had \u201cconsciously uncoupled\u201d as they "
            "announced their split.",
            "consciously uncoupled",
            None,
        ),
        # Corpus (EventId 18): "the 46-year-old South African" is a person, not South Africa.
        (
            "The 46-year-old South African is also the chief executive, and predicts the payload will "
            "stay in deep space for a while.",
            "deep space",
            None,
        ),
    ],
)
def test_sport_and_celebrity_voices(nlp, text, words, actor):
    extra = [
        ("Lewis Novak", "person"),
        ("Sebastian Vettel", "person"),
        ("Ana Li", "person"),
        ("South African", "country"),
        ("Michael Sheen", "person"),
        ("Sarah Silverman", "person"),
    ]
    assert speaker_of(nlp, text, words, extra=extra) == actor


@pytest.mark.parametrize(
    "text",
    [
        # Corpus (EventId 75): a crash told with a verb of criticism.
        "Kimi Raikkonen slammed into the nearside barrier before his car slid across the track.",
        # Written: people screaming say nothing.
        "Ana Li saw people screaming and running along the promenade.",
    ],
)
def test_movements_and_noises_are_no_reactions(nlp, text):
    found = reactions_of(nlp, text, extra=[("Kimi Raikkonen", "person"), ("Ana Li", "person")])
    assert [(r.actor, r.quote or r.summary) for r in found] == []
