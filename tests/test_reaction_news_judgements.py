"""Stance and speech forms of news reactions (issue 15, session 11): judgements said of something
("it was a mistake", "this is a joke", "fell short"), superlatives VADER lists only by their base
("one of the finest drives"), a feeling or a reaction verb the speaker states in the first person
("I'm somewhat skeptical", "I can only thank them"), words of conviction and of sorrow that take
no side; statements issued "saying" something, "shared on Twitter", and the audience of "told",
who is never the speaker.

Sentences written for the test (invented names) and sentences from ../shared/corpora (events no
held-out gold file covers).
"""

from __future__ import annotations

import pytest

from generator.extract.reactions.lexicon import phrases
from tests.test_reactions import by_actor, reactions_of


@pytest.mark.parametrize(
    ("text", "actor", "stance"),
    [
        # Written: a noun said of its subject judges it whole.
        ('"It was a mistake to sell the club," Ana Li said.', "ana-li", "critical"),
        ("Ana Li said the new rules were a disgrace.", "ana-li", "critical"),
        # Written: "a joke" said of something is scorn; a joke told is not.
        ('Ana Li, the senator, wrote on Twitter: "This decision is a complete joke."', "ana-li", "critical"),
        # Written: falling short of what was due.
        ("Norbank said the offer fell well short of what shareholders deserve.", "norbank", "critical"),
        # Corpus (EventId 75): a superlative whose base alone is listed ("fine" 0.8).
        (
            "Red Bull chief Christian Horner said Verstappen's race was one of the finest drives he "
            "has seen.",
            "christian-horner",
            "supportive",
        ),
        # Corpus (EventId 51): a hedged feeling of the speaker still takes a side.
        (
            '"I\'m somewhat skeptical about this finding," Dr. Scott Gaudi, a professor of astronomy '
            "at The Ohio State University, told NBC News in an email.",
            "scott-gaudi",
            "critical",
        ),
        # Corpus (EventId 75): thanks said in the first person.
        (
            '"I apologize to this crowd, this is not the result that I expected here. I can only '
            'thank them for the love, for all the emotions that I felt," Felipe Massa said.',
            "felipe-massa",
            "supportive",
        ),
        # Written: a first-person reaction verb inside the quote, and its negation.
        ('"We strongly condemn this attack on our staff," Ana Li said.', "ana-li", "critical"),
        ('"I want to congratulate the whole team," Ana Li said.', "ana-li", "supportive"),
        ('"We did not condemn anybody," Ana Li said.', "ana-li", "neutral"),
        # Written: somebody else's hedged feeling, reported, keeps its hedge, which softens it
        # but stays outside VADER's neutral band (the stance margin).
        ('"I am somewhat skeptical," Ana Li said.', "ana-li", "critical"),
        ('"The fans are somewhat skeptical," Ana Li said.', "ana-li", "critical"),
        # Corpus (EventId 35): mourning blames nobody; praise of the dead is support.
        (
            '"They were very, very giving. They were amazing. This is a tragedy to lose them," Pam '
            "Kravitz said.",
            "pam-kravitz",
            "supportive",
        ),
        (
            '"Mitch was a tremendously skilled radiologist who will be sorely missed by his partners," '
            "John Fisher said.",
            "john-fisher",
            "supportive",
        ),
        # Written: an apology in the first person is no feeling of blame.
        ('"We are sorry for the trouble," Ana Li said.', "ana-li", "neutral"),
        # Written: a devastating judgement of a thing still blames (NRC: anger, disgust).
        ('"This is a devastating message for women," Ana Li said.', "ana-li", "critical"),
        # Corpus (EventId 18): how sure the speaker is takes no side ("clearly" is +1.7 in VADER).
        (
            "\"It's exciting that he has built this rocket because it's clearly not for traditional "
            'commercial purposes of launching satellites," Leroy Chiao said.',
            "leroy-chiao",
            "supportive",
        ),
        # Written: eagerness, and approval of a choice.
        ('"I can\u2019t wait to see it fly again," Ana Li said.', "ana-li", "supportive"),
        ("Norbank said the pilot made the correct decision to return.", "norbank", "supportive"),
        # Written, in the form of EventId 49: a risk told blames nobody.
        ('"There is so much that can go wrong here," Ana Li said.', "ana-li", "neutral"),
    ],
)
def test_news_judgements(nlp, text, actor, stance):
    assert by_actor(reactions_of(nlp, text), actor).stance == stance


@pytest.mark.parametrize(
    ("text", "scorn"),
    [("this plan is a joke", True), ("it was just a complete joke", True), ("he told a joke", False)],
)
def test_a_joke_said_of_something_is_scorn(text, scorn):
    assert (phrases(text)[0] < 0) is scorn


@pytest.mark.parametrize(
    ("text", "actor", "words"),
    [
        # Written, in the form of EventId 73: a statement speaks with the voice of its issuer.
        (
            "The Ruritanian Foreign Ministry issued a statement saying that its staff were safe and "
            "unharmed.",
            "ruritanian-foreign-ministry",
            "safe and unharmed",
        ),
        # Written, in the form of EventId 65: the quote of an issued statement.
        (
            'Norbank released a statement saying, "Ana Li acts strictly within the boundaries of the law."',
            "norbank",
            "within the boundaries of the law",
        ),
    ],
)
def test_issued_statement_speaks_for_its_issuer(nlp, text, actor, words):
    found = by_actor(reactions_of(nlp, text), actor)
    assert words in (found.quote or found.summary or "")


def test_a_quote_shared_on_a_network_is_speech(nlp):
    """Corpus (EventId 10): "share" reports speech with a quote or a clause, not with a photo."""
    text = (
        "'We are turning around because we have a passenger who isn't supposed to be on this plane,' "
        "Ana Li shared on Twitter. Ana Li also shared a video of the cabin."
    )
    found = reactions_of(nlp, text)
    assert [r.actor for r in found] == ["ana-li"]
    assert "turning around" in (found[0].quote or "")


def test_sharing_a_view_is_not_speaking(nlp):
    """ "share" with an object is having in common, not speech: the quote stays the speaker's."""
    text = 'Ana Li said that Ruritania and Marovia also share "similar assessments of the situation."'
    assert {r.actor for r in reactions_of(nlp, text)} == {"ana-li"}


def test_reports_claiming_speak_for_nobody_named(nlp):
    """Reports are somebody else's words: "media reports claiming" gives no reaction to the
    reports' subject, only to the speaker who judges them."""
    found = reactions_of(nlp, "Media reports claiming that the deal was dead were wrong, Ana Li said.")
    assert [r.actor for r in found] == ["ana-li"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # A remark the text dates years back is kept, marked by its date (gold files want it found).
        ("Ana Li said in 2015 that the plan was reckless.", "2015"),
        ("On Tuesday, Ana Li said the plan was reckless.", "2024-06-18"),
    ],
)
def test_a_remark_keeps_the_date_the_text_gives_it(nlp, text, date):
    assert by_actor(reactions_of(nlp, text), "ana-li").date == date


def test_whom_one_tells_is_never_the_speaker(nlp):
    """Corpus (EventId 68), where the parser loses the subject: the outlet told is no speaker."""
    text = '"It\'s a scene of horror," a local member of parliament, Eric Ciotti, told France Info.'
    assert "france-info" not in {r.actor for r in reactions_of(nlp, text)}


def test_the_audience_of_told_follows_the_verb_in_the_paraphrase(nlp):
    """'"…," X told CNN': the outlet is the audience, right after the verb, never the speaker."""
    found = by_actor(reactions_of(nlp, '"The deal is dead," Ana Li told CNN.'), "ana-li")
    assert found.summary == "Ana Li told CNN the deal is dead"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Corpus (EventId 14): a company's apology is its reaction, which blames nobody.
        (
            "American Airlines apologized to two NBA G League players who were kicked off a plane in "
            "Dallas after a flight attendant accused them of stealing blankets.",
            True,
        ),
        # Corpus (EventId 10): an apology not made is none.
        (
            "In a statement on Monday, United did not apologize for enforcing its buddy pass dress code.",
            False,
        ),
    ],
)
def test_an_apology_is_a_reaction(nlp, text, found):
    reactions = reactions_of(nlp, text)
    assert bool(reactions) is found
    assert all(r.stance == "neutral" for r in reactions)
