"""Reactions, third round of issue 15: reported words that go on in the next sentence, plans and
bare facts about the speaker are narration, the event's own words of harm judge nothing, a
condition supposes rather than judges, sympathy and optimism read supportive, estimates are
assessments, and quotations that mix straight and curly marks over paragraphs keep every
paragraph.

Sentences written for the test (invented names and places) and sentences from
../shared/corpora (dev events only).
"""

from __future__ import annotations

import pytest

from generator.extract.reactions.quotes import find_quotes
from tests.test_reactions import by_actor, reactions_of

PEOPLE = [("Ana Li", "person"), ("Peter Novak", "person"), ("Marta Kos", "person"), ("Marovia", "country")]

# --- reported words that go on in the next sentence ------------------------------------------


def test_reported_words_go_on_in_the_next_sentence(nlp):
    # Written after the seeds' shape: a present-tense report, then a conditional assessment.
    text = (
        "In Lakeside on Monday, Ana Li said that the blockade is “bankrolled” by the smugglers of the "
        "coast. If they win, the whole region will be far more dangerous.\n\nThe talks resume on Friday."
    )
    r = by_actor(reactions_of(nlp, text, extra=PEOPLE), "ana-li")
    assert r.stance == "critical"
    assert "far more dangerous" in r.evidence[0].quote
    assert "talks resume" not in r.evidence[0].quote


@pytest.mark.parametrize(
    "follow",
    [
        # The journalist's news: a modal, nothing assessed.
        "The talks will resume on Friday.",
        # The journalist's quip, a question.
        "What could possibly go wrong?",
        # Somebody named: the journalist tells what another did.
        "Brightwater's offer will include a generous payment to the port.",
        # An aside in brackets.
        "(Readers may have to wait a long time to find out.)",
    ],
)
def test_the_journalists_next_sentence_is_not_the_speakers(nlp, follow):
    text = f"Ana Li said the blockade is “bankrolled” by the smugglers. {follow}"
    r = by_actor(reactions_of(nlp, text, extra=[*PEOPLE, ("Brightwater", "organization")]), "ana-li")
    assert follow not in r.evidence[0].quote


def test_a_report_in_the_reporters_tense_is_not_continued(nlp):
    # Corpus shape (another event): "X said more research would be needed. If the finding is
    # confirmed, it would be big news indeed." - what follows may be the reporter's comment.
    text = (
        "Marta Kos said more research would be needed to confirm the finding. "
        "If the finding is confirmed, it would be wonderful news indeed."
    )
    r = by_actor(reactions_of(nlp, text, extra=PEOPLE), "marta-kos")
    assert "wonderful" not in r.evidence[0].quote


# --- narration: plans and bare facts about the speaker --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Corpus (EventId 21): a plan announced with its figures.
        "Interior Minister Peter Novak said he would station 5,700 officers across the state.",
        # Written: the same of a company.
        "Ana Li said it will cut 300 jobs at the plant in Lakeside.",
        # Corpus (EventId 74): a witness's bare whereabouts, and his plan.
        "Peter Novak said he too was on the tram on 31 October.",
        "Peter Novak said he intended to report the incident to the police.",
        # Corpus (EventId 44), names changed: the account of what he told others, told whole.
        "Peter Novak said he told the players of his decision on Sunday after the 26-24 win at "
        "Lakeside and the players never leaked it to reporters.",
        # Corpus (EventId 19), names changed: a habit on the verb the manner clause hangs on.
        "Ana Li has responded by periodically — and often very publicly — urging Marovia to do more.",
    ],
)
def test_plans_and_bare_facts_about_the_speaker_are_narration(nlp, text):
    assert [(r.actor, r.summary) for r in reactions_of(nlp, text, extra=PEOPLE)] == []


@pytest.mark.parametrize(
    "text",
    [
        # A pledge without figures, a prediction with them, a witness's experience.
        "Peter Novak said he would never give up the fight.",
        "Ana Li said the company could lose $3 billion this year.",
        "Marta Kos said she was terrified when the carriage tipped over.",
        # Corpus (another event), names changed: a request to come is no account of telling.
        "The candidates reacted, with Peter Novak saying he'd ask for a declaration of war on the rebels.",
    ],
)
def test_pledges_predictions_and_experiences_stay(nlp, text):
    assert reactions_of(nlp, text, extra=PEOPLE)


# --- stance ------------------------------------------------------------------------------------


def test_the_events_own_words_of_harm_judge_nothing(nlp):
    # Written after the corpus (EventIds 73, 74): an emergency service's factual statement.
    text = (
        "Two people were injured and one man was killed when the tram left the rails in Lakeside.\n\n"
        "“Two people were injured and have been taken to hospital, one man was killed. People are "
        "asked to avoid the area,” Ana Li said."
    )
    assert by_actor(reactions_of(nlp, text, extra=PEOPLE), "ana-li").stance != "supportive"


def test_a_judgement_of_the_event_still_counts(nlp):
    text = (
        "Two people were injured when the tram left the rails in Lakeside.\n\n"
        "“This is a horrific and shameful failure,” Ana Li said."
    )
    assert by_actor(reactions_of(nlp, text, extra=PEOPLE), "ana-li").stance == "critical"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # Written: the condition supposes, the main clause judges.
        ("“If the rebels succeed, the valley will be more dangerous,” Ana Li said.", "critical"),
        # Corpus (EventId 66) and written: sympathy and optimism.
        ("“We can imagine what they have gone through,” Ana Li said.", "supportive"),
        ("“Our hearts go out to the families of the miners,” Ana Li said.", "supportive"),
        ("“In the next few months we should be able to bring more of them home,” Ana Li said.", "supportive"),
    ],
)
def test_conditions_sympathy_and_optimism(nlp, text, stance):
    assert by_actor(reactions_of(nlp, text, extra=PEOPLE), "ana-li").stance == stance


def test_a_rebuttal_told_as_a_phrasal_verb_is_critical(nlp):
    # Corpus (EventId 19), names changed.
    text = (
        "The Daily Courier, a party newspaper, noted that Ana Li “hit back at the speculation with "
        "eight questions to drive home the point that the conclusion is based on speculation”."
    )
    found = reactions_of(nlp, text, extra=[*PEOPLE, ("Daily Courier", "organization")])
    assert by_actor(found, "daily-courier").stance == "critical"


# --- estimates -----------------------------------------------------------------------------------


def test_an_estimate_is_an_assessment(nlp):
    # Corpus (EventId 24), names changed.
    text = "Analysts at Brightwater have estimated that the law will boost earnings per share by 13 percent."
    found = reactions_of(nlp, text, extra=[("Brightwater", "organization")])
    assert "13 percent" in by_actor(found, "brightwater").summary


# --- quotations that mix straight and curly marks over paragraphs ------------------------------


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # Written: a straight mark opens the first paragraph, curly ones the next.
        (
            'A spokesman said: "We are on scene.\n“Officers are working.\n“Avoid the area.”\nNext.',
            ["We are on scene.", "Officers are working.", "Avoid the area."],
        ),
        # Corpus (EventId 74): curly first, then a paragraph opened straight and closed curly.
        (
            "A spokesman said in a statement: “We are dedicated to safety.\n"
            '"We have safety processes in place. The cause has not yet been determined.”\n'
            'Next "paragraph" here.',
            [
                "We are dedicated to safety.",
                "We have safety processes in place. The cause has not yet been determined.",
                "paragraph",
            ],
        ),
    ],
)
def test_mixed_marks_over_paragraphs(text, quotes):
    assert [q.text for q in find_quotes(text)] == quotes


# --- page furniture and prepositions ------------------------------------------------------------


def test_links_to_other_stories_are_nobodys_reactions(nlp):
    # Corpus shape (EventId 66): a paragraph of headlines of other stories, quoting other people.
    text = (
        "Ana Li said the talks were a failure.\n"
        "Related Stories 'NOT OVER YET' Peter Novak mocks the claims. SECRET DEAL Marovia 'plotting to "
        "let 9,000 fighters escape the capital', Marta Kos claims."
    )
    assert {r.actor for r in reactions_of(nlp, text, extra=PEOPLE)} == {"ana-li"}


def test_like_as_a_preposition_praises_nothing(nlp):
    # Corpus (another event): "Sounds like an automatic firearm" is a comparison, not a liking.
    text = (
        "Shots were fired at the fair.\n\n“We got shots fired … Sounds like an automatic gun,” Ana Li said."
    )
    assert by_actor(reactions_of(nlp, text, extra=PEOPLE), "ana-li").stance != "supportive"
