"""Reactions, second round of issue 15: quotations over several paragraphs, reactions told as
nouns of sympathy, a named spokesman speaks for himself, rhetorical questions and doubt lean
critical, narration that only looked like a position, summaries with their quotation marks in
pairs.

Sentences written for the test (invented names and places) and sentences from
../shared/corpora (dev events only).
"""

from __future__ import annotations

import pytest

from generator.extract.reactions.quotes import find_quotes
from generator.extract.reactions.stance import rhetorical_questions
from generator.extract.reactions.text import balanced
from generator.merge.reactions import group_stance
from tests.test_reaction_speakers import speaker_of
from tests.test_reactions import by_actor, reactions_of

# --- a quotation over several paragraphs -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # Written: each paragraph opens with a mark, only the last one closes (straight marks).
        (
            'A Port Authority spokesman said: "We are on scene at the harbour.\n'
            '"Officers are working with the coastguard.\n'
            '"People are asked to avoid the area."\nNext paragraph.',
            [
                "We are on scene at the harbour.",
                "Officers are working with the coastguard.",
                "People are asked to avoid the area.",
            ],
        ),
        # Written: the same with curly marks, after a line with quotes of its own.
        (
            "Ana Li said officers would be “working through the night”. He said: “We have a very "
            "difficult scene.\n\n“We have carriages lying on their side.”\n\nThe driver is held.",
            [
                "working through the night",
                "We have a very difficult scene.",
                "We have carriages lying on their side.",
            ],
        ),
        # Corpus (EventId 66): two right single marks typed for a closing double one.
        (
            "“They say it’s only 21,” she said. “Most of them are still out there, and we want them "
            "to come back.’’\n\nManasseh Allen said he hoped more girls could be rescued. “Once we "
            "have 21 parents,” he said.",
            [
                "They say it’s only 21",
                "Most of them are still out there, and we want them to come back.",
                "Once we have 21 parents",
            ],
        ),
        # Written: an old open mark that a later line with balanced marks never closed is a stray.
        (
            "“A stray opening mark.\n\nAna Li said “yes” and “no”.\n\n“A new paragraph.”",
            ["yes", "no", "A new paragraph."],
        ),
    ],
)
def test_quotes_over_paragraphs(text, quotes):
    assert [q.text for q in find_quotes(text)] == quotes


def test_every_paragraph_of_a_quotation_is_the_speakers(nlp):
    text = (
        'Harbour master Ana Li said: "We are on scene at a major incident at the harbour.\n'
        '"Officers are working to deal with a fire, alongside the coastguard.\n'
        '"People are asked to avoid the area."\n'
        "The harbour was closed."
    )
    found = reactions_of(nlp, text, extra=[("Ana Li", "person")])
    assert [r.actor for r in found] == ["ana-li"]
    assert "avoid the area" in (found[0].quote or "")
    assert "Officers are working" in (found[0].quote or "")


# --- reactions told as nouns of sympathy, thanks and support ----------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # Corpus (EventId 74).
        (
            "Prime Minister Theresa May offered her thoughts and prayers for the Croydon victims.",
            "theresa-may",
        ),
        # Written.
        ("Mayor Ana Li sent her condolences to the families of the victims.", "ana-li"),
        ("Peter Novak extended his congratulations to the new government.", "peter-novak"),
        ("Ana Li expressed support for the striking workers.", "ana-li"),
        # Written: the condolences in quotes, the light verb outside them.
        (
            'Marovia United issued a statement on Monday, offering its "sincere condolences to the '
            'families of those who lost their lives".',
            "marovia-united",
        ),
    ],
)
def test_sympathy_and_support_nouns_are_supportive_reactions(nlp, text, actor):
    extra = [("Ana Li", "person"), ("Peter Novak", "person"), ("Marovia United", "organization")]
    extra += [("Theresa May", "person")]
    assert by_actor(reactions_of(nlp, text, extra=extra), actor).stance == "supportive"


@pytest.mark.parametrize(
    "text",
    [
        # Written: thoughts and support that are no reaction of sympathy.
        "Ana Li said the thought of leaving never crossed her mind before.",
        "The army received military support from Peter Novak's government.",
    ],
)
def test_nouns_that_need_a_light_verb(nlp, text):
    extra = [("Ana Li", "person"), ("Peter Novak", "person")]
    assert [r.stance for r in reactions_of(nlp, text, extra=extra) if r.stance == "supportive"] == []


def test_a_reaction_under_an_unnamed_spokesperson(nlp):
    # Corpus (EventId 66): the body welcomes; the spokesperson who says so is nobody named.
    text = (
        "The United Nations welcomes the release of 82 schoolgirls that were kidnapped in 2014, "
        "said a spokesperson here on Monday."
    )
    assert by_actor(reactions_of(nlp, text), "united-nations").stance == "supportive"


def test_a_plain_report_under_an_unknown_speaker_is_nobodys(nlp):
    # Corpus (EventId 70, shape): a phone call relayed by a spokesman nobody extracted.
    text = "Park Lee, a spokesman, said the adviser Ana Li called Peter Novak to discuss the launch."
    found = reactions_of(nlp, text, extra=[("Ana Li", "person"), ("Peter Novak", "person")])
    assert [r.actor for r in found if r.actor == "ana-li"] == []


# --- the right mouth --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        # Corpus (EventId 66): the spokesperson named in apposition, not the president he speaks for.
        (
            'A spokesperson for Buhari, Mallam Garba Shehu, said the release "is the outcome of '
            'negotiations between the administration and the group." He added in a post on Twitter '
            'that the "negotiations will continue."',
            "outcome of negotiations",
            "garba-shehu",
        ),
        # Written: the same with a name the parser hangs on the spokesman.
        (
            'A spokesman for the ministry, Peter Novak, said: "The talks have failed."',
            "talks have failed",
            "peter-novak",
        ),
    ],
)
def test_a_named_spokesman_speaks_himself(nlp, text, words, actor):
    extra = [("Garba Shehu", "person"), ("Buhari", "person"), ("Peter Novak", "person")]
    assert speaker_of(nlp, text, words, extra=extra) == actor


def test_a_name_in_apposition_speaks_whatever_its_kind(nlp):
    # Corpus (EventId 36): the model calls the father an organization; the apposition still
    # names who speaks.
    text = "Her father Bassem has said she was upset when she approached the soldiers."
    found = reactions_of(nlp, text, extra=[("Bassem", "organization")])
    assert [r.actor for r in found] == ["bassem"]


def test_a_spokesman_nobody_extracted_is_not_his_principal(nlp):
    # Written: the named spokesman is unknown, so the principal does not get his words.
    text = 'A spokesman for Ana Li, Ike Obi, said: "The talks have failed."'
    assert speaker_of(nlp, text, "talks have failed", extra=[("Ana Li", "person")]) is None


def test_a_quote_credited_after_it_told_reporters(nlp):
    # Written: the credit after the quote is the speaker's, not the body named just before it.
    text = (
        "The Ravenna Environment Ministry on Monday rejected a newspaper report on the river.\n"
        '"Are they on our staff list? If not, what made them conclude that we ignored anything?"\n'
        "ministry spokeswoman Carla Mendes told reporters."
    )
    extra = [("Ravenna Environment Ministry", "organization"), ("Carla Mendes", "person")]
    assert speaker_of(nlp, text, "staff list", extra=extra) == "carla-mendes"


def test_a_surname_tagged_as_a_noun_is_the_persons(nlp):
    # Written: the tagger calls "Mendes" a common noun; the surname is still Carla Mendes's.
    text = (
        "Carla Mendes spoke on Monday. Mendes denied that the ministry had delayed the tests, "
        "after residents reported dead fish along the river."
    )
    found = reactions_of(nlp, text, extra=[("Carla Mendes", "person")])
    assert [(r.actor, r.stance) for r in found] == [("carla-mendes", "neutral")]


def test_the_nearer_of_two_subjects_speaks(nlp):
    # Corpus (EventId 66): a dateline read as a second subject.
    text = (
        "UNITED NATIONS -- The United Nations welcomes the release of the schoolgirls, said a spokesperson."
    )
    assert {r.actor for r in reactions_of(nlp, text)} == {"united-nations"}


# --- stance: rhetorical questions and doubt ---------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "n"),
    [
        # Corpus (EventId 19).
        ("Are they on the sanctions list? If not, what made them conclude that these ships violated it?", 1),
        # Written.
        ("And that's a problem, no?", 1),
        ("Why don't they act? It isn't right.", 1),
        # A question inside a quotation inside the quote is somebody else's.
        ("I said to him 'what happened?' He said he blacked out.", 0),
        # A yes/no question to the public asks for information.
        ("Did you see a fireball or meteor just now?", 0),
        # Corpus (EventId 59): the question is the sentence's last clause.
        (
            "The largest supercomputers in the world are inside of two companies \u2014 Google and "
            "Facebook \u2014 and where are we pointing them?",
            1,
        ),
        # Written: after a comma; a yes/no question there is still no challenge.
        ("I know the plan, but why would anyone sign it?", 1),
        ("We waited for hours, did anyone call?", 0),
    ],
)
def test_rhetorical_questions(quote, n):
    assert rhetorical_questions(quote) == n


@pytest.mark.parametrize(
    ("text", "actor", "stance"),
    [
        # Corpus (EventId 19): a spokeswoman's questions to the media that reported the story.
        (
            'Hua Chunying said: "I would like to know whether the media could specify which ships '
            "were involved. Are they on the sanctions list? If not, what made them conclude that "
            'these ships violated the resolution?"',
            "hua-chunying",
            "critical",
        ),
        # Corpus (EventId 21): doubt on what follows.
        (
            "Antonia Niecke argues safety zones assume that assault is a given and, knowing that, "
            "questions how women can really be expected to enjoy the celebrations.",
            "antonia-niecke",
            "critical",
        ),
        # Written: "questioned why" on a verb.
        ("Peter Novak questioned why the council had waited so long.", "peter-novak", "critical"),
        # Corpus (EventId 60, shape): "couldn't be more thrilled" is not a negation of joy.
        ('Ana Li wrote: "We couldn\'t be more thrilled to announce the news."', "ana-li", "supportive"),
        # Written: a factual statement of an emergency service stays neutral ("emergency" names
        # a kind of service, it is no opinion).
        (
            'The fire brigade said: "We have sent a number of fire engines and emergency services '
            'to the scene."',
            "the-fire-brigade",
            "neutral",
        ),
    ],
)
def test_stance_of_questions_doubt_and_comparatives(nlp, text, actor, stance):
    extra = [("Hua Chunying", "person"), ("Antonia Niecke", "person"), ("Peter Novak", "person")]
    extra += [("Ana Li", "person"), ("The fire brigade", "organization")]
    assert by_actor(reactions_of(nlp, text, extra=extra), actor).stance == stance


# --- speech verbs that were missing --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "found"),
    [
        # Corpus (EventId 73): a concession is a position.
        (
            "US forces conceded last week that its air strikes “very likely” resulted in civilian "
            "casualties.",
            "us",
            True,
        ),
        # Written: "conceded" in sport is no speech.
        ("Marovia United conceded two goals in the first half.", "marovia-united", False),
        # Written: a denial in words, not a refusal.
        ("Ana Li denied the allegations on Monday.", "ana-li", True),
        ("Peter Novak denied that he had met the envoy.", "peter-novak", True),
        # Corpus (EventId 19): a denial of a deed.
        ("Ana Li has denied making illegal shipments to the port.", "ana-li", True),
        ("On Thursday, the Security Council denied port access to four ships.", "security-council", False),
    ],
)
def test_concessions_and_denials(nlp, text, actor, found):
    extra = [("Ana Li", "person"), ("Peter Novak", "person"), ("Marovia United", "organization")]
    extra += [("Security Council", "organization"), ("US", "country")]
    assert any(r.actor == actor for r in reactions_of(nlp, text, extra=extra)) is found


# --- narration that only looked like a position -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Corpus (EventId 66): "abducted" names the girls' state, it judges nothing.
        "For a year after they were taken, the abducted girls were kept together, Amina Ali said.",
        # Corpus (EventId 44): the speaker's account of what he told others.
        "Peter Novak said he told the players of his decision on Sunday after the game in Lakeside.",
    ],
)
def test_narration_that_looked_like_a_position(nlp, text):
    extra = [("Amina Ali", "person"), ("Peter Novak", "person")]
    assert [(r.actor, r.summary) for r in reactions_of(nlp, text, extra=extra)] == []


@pytest.mark.parametrize(
    "text",
    [
        # Written: a judging predicate noun is a position.
        "Chinese officials said the visit was a provocation.",
        # Written: an "un-" adjective judges, even before its noun.
        "Ana Li said the unjustified attack on the convoy came at night.",
    ],
)
def test_positions_stay(nlp, text):
    assert reactions_of(nlp, text, extra=[("Ana Li", "person"), ("Chinese", "country")])


# --- a report and the quote that follows it -----------------------------------------------------


def test_a_report_joins_a_quote_over_two_sentences(nlp):
    # Written after the seeds' shape: the report, then a quote whose second sentence names the speaker.
    text = (
        "The news sparked concern, with Defence Secretary Ana Li taking to X to denounce the meeting. "
        '"The scenes from the summit should be taken as a warning. A new axis of tyranny is working '
        'to undermine our freedoms," Li posted.'
    )
    found = reactions_of(nlp, text, extra=[("Ana Li", "person")])
    assert [(r.actor, r.stance) for r in found] == [("ana-li", "critical")]
    assert "axis of tyranny" in (found[0].quote or "")


# --- summaries that read --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('X said the talks were "over', 'X said the talks were "over"'),
        ('X said it was chaos" in the city', "X said it was chaos in the city"),
        ("X said “we are ready", "X said “we are ready”"),
        ("X said we are ready” to go", "X said we are ready to go"),
        ('X said "yes" and "no"', 'X said "yes" and "no"'),
    ],
)
def test_summaries_keep_quotation_marks_in_pairs(text, expected):
    assert balanced(text) == expected


def test_a_demonym_speaker_is_named_with_its_noun(nlp):
    # Corpus (EventId 73): "the German foreign ministry said", not "German said".
    text = 'All consulate staff were "safe and uninjured," the German foreign ministry said on Friday.'
    found = reactions_of(nlp, text, extra=[("German", "country")])
    assert found and (found[0].summary or "").startswith("German foreign ministry said")


# --- one remark, several sources --------------------------------------------------------------


@pytest.mark.parametrize(
    ("stances", "expected"),
    [
        # A source quoting less of the remark shows no stance, not another one.
        (["neutral", "neutral", "critical"], "critical"),
        (["supportive", "neutral"], "supportive"),
        # Sources that disagree: the most frequent.
        (["critical", "supportive", "critical"], "critical"),
        (["neutral", "neutral"], "neutral"),
    ],
)
def test_the_stance_of_a_remark_several_sources_report(stances, expected):
    assert group_stance(stances) == expected
