"""Reactions, session 13 (issue 15, recall): quotes whose speaker the parser lost, and "he said" /
"she said" after the sentence that names the speaker.

Families of English news attribution these cover:

- a credit next to the closing mark with a long apposition or an age, where the parser reads the
  verb as part of the quote or hangs the name on another verb ('"…," Ana Li, the port's deputy
  director, insisted'; '"…," said club fan Pavel Novak, 24, moments after the game ended');
- "confirmed" and "pointed out" as the credit of a quote, and nowhere else;
- a "he said" after the naming sentence: the person named again as an object in between ("The
  chart shows Li's view"), the only person of the pronoun's gender in reach (a post's credit), the
  subject of a contact clause ("a pressure Ana Li felt"), a surname the actors left unmapped.

Sentences written for the test (invented names and places) and sentences from ../shared/corpora
(dev events only).
"""

from __future__ import annotations

import pytest

from generator.extract.reactions.antecedents import _lost_surnames
from tests.test_reaction_speakers import speaker_of
from tests.test_reactions import reactions_of

OPENING = "The harbour of Velmora reopened on Monday after a week of strikes.\n"
"""A first sentence: the extractor takes an article's first line for a headline."""


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        # Written: the verb after a long apposition, read as a conjunct of the quote's verb.
        (
            "“It should be renamed the Velmora Papers,” Ana Lindqvist, the port’s deputy director, insisted.",
            "Velmora Papers",
            "ana-lindqvist",
        ),
        # Corpus (EventId 65): the same with "pointed out".
        (
            "“Panama is part of the story but not a major player,” Álvaro Alemán Healy, the "
            "president’s chief of staff, pointed out.",
            "major player",
            "alvaro-aleman-healy",
        ),
        # Written: an inverted verb, the name after a title, an age and a clause after it.
        (
            '"There is no more curse now, the goat is history," said club fan Pavel Novak, 24, '
            "moments after the game ended.",
            "no more curse",
            "pavel-novak",
        ),
        # Written: "confirmed" as the credit of a quote.
        (
            '"Our mediators facilitated contacts between the two sides on the release," confirmed '
            "foreign ministry spokesman Peter Marlow.",
            "facilitated contacts",
            "peter-marlow",
        ),
        # Written: a clause between the quote and the verb: the parser's reading stands (nobody).
        (
            "“We will not stay,” the mayor, who had called for calm, said.",
            "will not stay",
            None,
        ),
    ],
)
def test_credit_next_to_the_closing_mark(nlp, text, words, actor):
    extra = [(n, "person") for n in ("Ana Lindqvist", "Pavel Novak", "Peter Marlow") if n in text]
    assert speaker_of(nlp, OPENING + text, words, extra=extra) == actor


@pytest.mark.parametrize(
    "text",
    [
        "Police confirmed the death of Peter Marlow on Monday.",
        "“We stay,” read a banner. Peter Marlow pointed to the door and left.",
    ],
)
def test_confirm_and_point_speak_only_as_a_credit(nlp, text):
    found = reactions_of(nlp, OPENING + text, extra=[("Peter Marlow", "person")])
    assert not any(r.summary and ("confirmed" in r.summary or "pointed" in r.summary) for r in found)


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        # Written: the speaker named again as an object between the naming sentence and the quote.
        (
            "“It is not obvious what will stop this fall,” Greta Hollis said.\n"
            "The chart below illustrates Hollis’s view of the latest price action.\n"
            "“This could end up a full round trip back into the old range,” she said.",
            "full round trip",
            "greta-hollis",
        ),
        # Written (the shape of EventId 56): the one woman in reach is named in a post's credit.
        (
            "We just live in different countries & it got hard. — Maria Ostrova (@mostrova) February 5\n"
            "The couple started dating in 2014 after meeting on the set of a series.\n"
            '"He really classes me up," she said in 2014.',
            "classes me up",
            "maria-ostrova",
        ),
        # Written: somebody else is a subject since the credit: the pronoun stays unresolved.
        (
            "We just live in different countries. — Maria Ostrova (@mostrova) February 5.\n"
            "In the summer, Peter Marlow met her in Velmora.\n"
            '"He really classes me up," she said in 2014.',
            "classes me up",
            None,
        ),
        # Written: the subject of a contact clause ("a pressure Carla Menotti felt").
        (
            "Things had to move fast, and it was a pressure Carla Menotti definitely felt. “We were "
            "shooting so many pages a day, and the scenes were intense,” she said.",
            "so many pages",
            "carla-menotti",
        ),
    ],
)
def test_he_said_after_the_naming_sentence(nlp, text, words, actor):
    people = ("Greta Hollis", "Maria Ostrova", "Carla Menotti", "Peter Marlow")
    extra = [(n, "person") for n in people if n in text]
    assert speaker_of(nlp, OPENING + text, words, extra=extra) == actor


def test_a_surname_the_actors_left_unmapped(nlp):
    doc = nlp("Jesse Plemons won. Later, Plemons found the script odd. Plemons is short.")
    names, kinds = {"jesse-plemons": "Jesse Plemons"}, {"jesse-plemons": "person"}
    found = _lost_surnames(doc, names, kinds, skip={0, 1})
    # The second "Plemons" (tagged a noun or a name); never a sentence's first word taken as a noun.
    assert [doc[i].text for i, _ in found][:1] == ["Plemons"]
    assert all(a == "jesse-plemons" for _, a in found)
    assert all(not doc[i].is_sent_start or doc[i].pos_ == "PROPN" for i, _ in found)


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        # Written: an assertive verb with a reported clause is a statement.
        (
            "Peter Marlow, in comments in December, maintained that Brightwater is well placed "
            "for new markets.",
            "well placed",
            "peter-marlow",
        ),
        # Corpus (EventId 62): "has countered that".
        (
            "Regulators are fining Qualcomm. Qualcomm has countered that it expects to win in "
            "court over time.",
            "win in court",
            "qualcomm",
        ),
        # Written: with an object it is no speech; "revealed" news is a fact, not a position.
        ("The city of Velmora maintained the roads all winter.", "roads", None),
        ("Ana Lindqvist revealed she was expecting her third baby.", "third baby", None),
    ],
)
def test_assertive_verbs_with_a_clause(nlp, text, words, actor):
    extra = [(n, "person") for n in ("Peter Marlow", "Ana Lindqvist") if n in text]
    extra += [("Qualcomm", "organization"), ("Brightwater", "organization")]
    assert speaker_of(nlp, OPENING + text, words, extra=extra) == actor
