"""Stance of news reactions (issue 15, session 12): a quote takes a side once its words leave
VADER's neutral band (the stance margin), speech verbs of complaint or delight lean, what an
apology is for is owned rather than blamed, and words VADER scores that judge nothing in the
sense used ("well,", "the kind of", "would like", "no joke").

Sentences written for the test (invented names) and sentences from ../shared/corpora (events no
held-out gold file covers).
"""

from __future__ import annotations

import pytest

from generator.extract.reactions.stance import STANCE_MARGIN, stance_label
from tests.test_reactions import by_actor, reactions_of

PEOPLE = [("Ana Li", "person"), ("Peter Novak", "person"), ("Riverton Owls", "organization")]


@pytest.mark.parametrize(
    ("score", "stance"),
    [(0.0, "neutral"), (0.1, "neutral"), (-0.1, "neutral"), (0.5, "supportive"), (-0.5, "critical")],
)
def test_the_margin_is_vaders_neutral_band(score, stance):
    # VADER calls a text neutral when x / sqrt(x^2 + 15) is within 0.05: a raw sum within ~0.19.
    assert 0.15 <= STANCE_MARGIN <= 0.25
    assert stance_label(score) == stance


@pytest.mark.parametrize(
    ("text", "actor", "stance"),
    [
        # Written: one mildly coloured word is enough for a side.
        ('"It is a compelling offer," Ana Li said.', "ana-li", "supportive"),
        ('"The plan is a little vague," Ana Li said.', "ana-li", "critical"),
        # Written: a statement with no coloured word stays neutral.
        ('"The meeting starts at nine," Ana Li said.', "ana-li", "neutral"),
        # Written: what an apology is for is the wrong owned, not blame.
        ('"We are sorry for the trouble," Ana Li said.', "ana-li", "neutral"),
        ('"Our apologies for the terrible delay," Ana Li said.', "ana-li", "neutral"),
        ('Ana Li said: "We apologise to every passenger for the delay."', "ana-li", "neutral"),
        # ... but a judgement beside the apology still judges.
        ('"I am sorry, this was a terrible decision," Ana Li said.', "ana-li", "critical"),
        # Written: speech verbs of complaint or delight lean when the words do not decide.
        ('"We will be back next week," Ana Li complained.', "ana-li", "critical"),
        ('"We will be back next week," Ana Li gushed.', "ana-li", "supportive"),
        # ... and the words may still turn them.
        ('"It was the best night of my life," Ana Li groaned.', "ana-li", "supportive"),
        # Corpus (EventId 49): a caution is a warning.
        (
            "Retired NASA historian and Smithsonian curator Roger Launius cautioned SpaceX has "
            "\u201ca long history of overpromising,\u201d although eventually succeeding.",
            "roger-launius",
            "critical",
        ),
        # Corpus (EventId 18): a boast is the speaker's pride in what they tell.
        (
            "Scheduled to blast off from Cape Canaveral next month, Musk has boasted it will have "
            "double the thrust of the next largest rocket in use.",
            "musk",
            "supportive",
        ),
        # Written: "no joke" says something is serious, "a joke" scorns it.
        ("Ana Li said shortly afterward that it was no joke.", "ana-li", "neutral"),
        ('"This plan is a joke," Ana Li said.', "ana-li", "critical"),
    ],
)
def test_stance_margin_apologies_and_manner_verbs(nlp, text, actor, stance):
    extra = [*PEOPLE, ("Roger Launius", "person"), ("SpaceX", "organization"), ("Musk", "person")]
    assert by_actor(reactions_of(nlp, text, extra=extra), actor).stance == stance


@pytest.mark.parametrize(
    ("text", "actor", "stance"),
    [
        # Written: VADER's "like" and "well" as discourse markers praise nothing.
        ('"It was, like, well, over in a minute," Ana Li said.', "ana-li", "neutral"),
        # Written: "would like" is a wish, not a liking.
        ('"The two governments would like Marovia to stay weak," Ana Li said.', "ana-li", "critical"),
        ('"I like it a lot," Ana Li said.', "ana-li", "supportive"),
        # Written: "the kind of" is no kindness.
        ('"It is the kind of scheme we see every year," Ana Li said.', "ana-li", "neutral"),
        # Written: a common word the tagger takes for a one-word name at the start of a sentence.
        ('"Congrats to the newest champions, the Riverton Owls!" Ana Li wrote.', "ana-li", "supportive"),
    ],
)
def test_words_that_judge_nothing_in_the_sense_used(nlp, text, actor, stance):
    assert by_actor(reactions_of(nlp, text, extra=PEOPLE), actor).stance == stance


def test_a_discourse_marker_is_no_praise_in_a_bitter_remark(nlp):
    # Corpus (EventId 54): "well" and "like" organise the talk; the remark is bitter, not glad.
    text = (
        "\u201cI just walked away stunned, like \u2018O.K., well there\u2019s my half-assed "
        "apology,\u2019\u201d Thurman says."
    )
    assert by_actor(reactions_of(nlp, text, extra=[("Thurman", "person")]), "thurman").stance != "supportive"


@pytest.mark.parametrize(
    ("text", "actor", "stance"),
    [
        # Corpus (EventId 35): the parser takes a name inside the quote for the subject and hangs
        # the speaker on it; the praise of the dead is sympathy, which "deaths" does not turn.
        (
            "\u201cWe were deeply grieved this morning to learn of the deaths of two beloved members "
            "of our team - Drs. Mitchell and Leslie Weiss,\u201d Kris Hoce, president of Morton Plant "
            "Hospital, said in the statement.",
            "kris-hoce",
            "supportive",
        ),
        # Written: the same shape, invented names.
        (
            '"We mourn two dear colleagues - Dr. Anton and Mira Falk," Ana Li, head of the clinic, said.',
            "ana-li",
            "supportive",
        ),
        # Written: a shifter still turns the thing lost.
        ('"It is the end of freedom," Ana Li said.', "ana-li", "critical"),
    ],
)
def test_speakers_named_after_a_quote_and_the_praise_of_the_dead(nlp, text, actor, stance):
    extra = [*PEOPLE, ("Kris Hoce", "person"), ("Morton Plant Hospital", "organization")]
    found = reactions_of(nlp, text, extra=extra)
    assert by_actor(found, actor).stance == stance
    assert not {"mitchell", "mira-falk", "anton"} & {r.actor for r in found}
