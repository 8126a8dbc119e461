"""Stance of sport, business and culture reactions (issue 15): judgements VADER's lexicon lacks
("hypocrisy", "undervalues", "unlucky"), set phrases whose words alone mislead ("racially
motivated", "a perfect storm"), and a partial quote read with the clause that carries it ("the
company appreciates her 'willingness to reach out'").

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
        # Written: sport.
        ('"We were unlucky today, the referee made a wrong call," coach Ana Li said.', "ana-li", "critical"),
        ('"It was a fantastic result for the whole team," Ana Li said.', "ana-li", "supportive"),
        ('"That was a phenomenal performance, he deserved the win," Ana Li said.', "ana-li", "supportive"),
        # Written: business.
        (
            '"The offer significantly undervalues the company," Norbank said in a statement.',
            "norbank",
            "critical",
        ),
        # Corpus (EventId 59): criticism VADER's lexicon does not carry.
        (
            'Jim Steyer said, "You see a degree of hypocrisy with all these guys in Silicon Valley."',
            "jim-steyer",
            "critical",
        ),
        (
            "Chamath Palihapitiya, a venture capitalist, said in November that the social network was "
            '"ripping apart the social fabric of how society works."',
            "chamath-palihapitiya",
            "critical",
        ),
        # Corpus (EventId 55): a critic's review.
        (
            '"We are now approaching the 12th year of the national delusion that Justin Timberlake '
            'remains an essential pop star," Jon Caramanica wrote.',
            "jon-caramanica",
            "critical",
        ),
        # Corpus (EventId 14): "racially motivated" is no praise for "motivated".
        (
            "Darnell Lazare suggested the decision to remove the players from the flight was racially "
            "motivated.",
            "darnell-lazare",
            "critical",
        ),
        # Corpus (EventId 5): a partial quote is read with the clause that carries it.
        (
            "Mark Durbin, a spokesman for the company, said the company appreciates Mary Horomanski's "
            "\u201cwillingness to reach out to us about the mistake.\u201d",
            "mark-durbin",
            "supportive",
        ),
        # Corpus (EventId 65): an approximate negator turns praise around.
        ('China called the investigation "hardly convincing".', "china", "critical"),
        # Corpus (EventId 65): excess and concealment.
        (
            "But opposition lawmaker Zulay Rodriguez Lu says Panama's leaders spend too much time "
            "hiding behind nationalistic rhetoric and should put more effort into enforcing the "
            "country's laws.",
            "zulay-rodriguez-lu",
            "critical",
        ),
        (
            '"The more you try to cover up, the more there will be attention from the public," Zhang '
            "Lifan said.",
            "zhang-lifan",
            "critical",
        ),
        # Written: a demand in the subjunctive.
        ('Norbank insisted that the board "sign the agreement before the vote".', "norbank", "critical"),
        # Written: an intensifier of an event is no praise.
        ('"There was a tremendous explosion and then smoke," Ana Li said.', "ana-li", "neutral"),
    ],
)
def test_stance_of_judgements(nlp, text, actor, stance):
    extra = [
        ("Ana Li", "person"),
        ("Norbank", "organization"),
        ("Mary Horomanski", "person"),
        ("Zulay Rodriguez Lu", "person"),
        ("Zhang Lifan", "person"),
        ("China", "country"),
    ]
    assert by_actor(reactions_of(nlp, text, extra=extra), actor).stance == stance


@pytest.mark.parametrize(
    ("text", "score", "words"),
    [
        ("it was racially motivated", -2.5, {"racially", "motivated"}),
        ("a perfect storm of errors", -2.0, {"perfect", "storm"}),
        ("woefully out of touch with music", -2.0, {"out", "of", "touch"}),
        ("nothing set here", 0.0, set()),
    ],
)
def test_set_phrases_and_their_words(text, score, words):
    assert phrases(text) == (score, frozenset(words))


@pytest.mark.parametrize(
    ("text", "actor", "stance"),
    [
        # Written: the words after "but" say what the speaker holds (VADER's but-rule).
        (
            '"We have a lot of respect for the technology. But we believe the offer significantly '
            'undervalues the company," Norbank said.',
            "norbank",
            "critical",
        ),
        # Corpus (EventId 68): defiance after a lament.
        (
            '"France is afflicted, but she is strong, and she will always be stronger than the '
            'fanatics who want to strike her today," Francois Hollande said.',
            "francois-hollande",
            "supportive",
        ),
        # Corpus (EventId 62): the formula of a board's statement judges nothing.
        (
            'Norbank said it would review the offer "to determine the course of action it believes is '
            'in the best interests of the Company and its stockholders."',
            "norbank",
            "neutral",
        ),
        # Corpus (EventId 47): the journalist's clause after "but" is not the speaker's; what the
        # speaker insists on is ("peaceful purposes": for its programme).
        (
            "China insists that its space programme is for peaceful purposes, but the US Defence "
            "Department has said the programme could be aimed at blocking adversaries.",
            "china",
            "supportive",
        ),
    ],
)
def test_contrasts(nlp, text, actor, stance):
    extra = [("Norbank", "organization"), ("Francois Hollande", "person"), ("China", "country")]
    assert by_actor(reactions_of(nlp, text, extra=extra), actor).stance == stance
