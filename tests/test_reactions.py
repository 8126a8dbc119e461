"""Reactions: quotes with their speakers, reported reactions, stance, and what is not a reaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest

from generator.extract.reactions.extract import extract_reactions, stance_of
from generator.extract.reactions.quotes import find_quotes
from generator.records import Actor, Mention, Reaction
from generator.text import slugify
from tests.conftest import make_article

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "country", "NORP": "group"}


def actors_from_ents(
    doc, extra: Sequence[tuple[str, str]] = (), roles: dict[str, str] | None = None
) -> tuple[list[Actor], list[Mention]]:
    """Actors and mentions from the model's entities, standing in for ``extract_actors``.

    ``extra`` adds (name, kind) pairs the small model misses; a surname alone maps to the person
    named in full earlier; ``roles`` gives a role per actor id.
    """
    found: list[tuple[int, int, str, str]] = []
    for ent in doc.ents:
        if ent.label_ in KINDS:
            start, text = ent.start_char, ent.text
            if text.lower().startswith("the "):
                start, text = start + 4, text[4:]
            if text.endswith(("'s", "’s")):
                text = text[:-2]
            found.append((start, start + len(text), text.strip(), KINDS[ent.label_]))
    for name, kind in extra:
        pos = doc.text.find(name)
        while pos >= 0:
            end = pos + len(name)
            found = [f for f in found if f[1] <= pos or f[0] >= end]
            found.append((pos, end, name, kind))
            pos = doc.text.find(name, end)
    found.sort()
    full: dict[str, str] = {}
    actors: dict[str, Actor] = {}
    mentions = []
    for start, end, text, kind in found:
        words = text.split()
        if len(words) == 1 and words[0] in full:  # the model labels a lone surname anything
            actor_id = full[words[0]]
        else:
            actor_id = slugify(text)
            if kind == "person" and len(words) > 1:
                full[words[-1]] = actor_id
        role = (roles or {}).get(actor_id)
        actors.setdefault(actor_id, Actor(id=actor_id, name=text, kind=kind, role=role))
        mentions.append(Mention(start=start, end=end, actor=actor_id, text=text))
    return list(actors.values()), mentions


def reactions_of(nlp, text, published=dt.date(2024, 6, 20), extra=(), roles=None) -> list[Reaction]:
    """Reactions of ``text`` read as one article, with the stand-in actors."""
    doc = nlp(text)
    actors, mentions = actors_from_ents(doc, extra, roles)
    found = extract_reactions(doc, make_article(text, published), actors, mentions)
    for r in found:  # evidence is always whole sentences of the text
        assert r.evidence and all(e.quote in text for e in r.evidence)
    return found


def by_actor(found: list[Reaction], actor: str) -> Reaction:
    matches = [r for r in found if r.actor == actor]
    assert matches, f"no reaction by {actor}: {[(r.actor, r.quote, r.summary) for r in found]}"
    return matches[0]


# --- quote marks -----------------------------------------------------------------------------


def test_quote_marks_of_every_kind_and_apostrophes():
    text = (
        "He said “we stand firm” and ‘we won’t move’ and «never again». "
        "It’s the ‘80s spirit, the countries’ leaders said \"no deal\" to 'the plan'."
    )
    assert [q.text for q in find_quotes(text)] == [
        "we stand firm",
        "we won’t move",
        "never again",
        "no deal",
        "the plan",
    ]


def test_quote_running_over_a_paragraph_break():
    text = '"We are ready.\n\nWe will act," he said. Then "more" came.'
    assert [q.text for q in find_quotes(text)] == ["We are ready. We will act", "more"]


# --- direct quotes ---------------------------------------------------------------------------


def test_quote_then_speaker(nlp):
    text = '"The decision is a grave mistake that harms our interests," Maria Lopez said.'
    found = reactions_of(nlp, text)
    r = by_actor(found, "maria-lopez")
    assert r.quote == "The decision is a grave mistake that harms our interests"
    assert r.summary is None
    assert r.evidence[0].sentence == 0
    assert r.date == "2024-06-20"
    assert r.id == "maria-lopez-critical-1"  # "a grave mistake that harms our interests"


def test_speaker_colon_quote_and_audience_is_not_the_target(nlp):
    text = 'Olaf Scholz told Reuters: "No country should help Russia hide its atrocities in Ukraine."'
    r = by_actor(reactions_of(nlp, text), "olaf-scholz")
    assert r.quote == "No country should help Russia hide its atrocities in Ukraine."
    assert r.stance == "critical"
    assert "reuters" not in r.about
    assert {"russia", "ukraine"} <= set(r.about)


def test_quote_dash_credit(nlp):
    text = "Readers were told: “The alliance will never bend to threats from anyone” — Jens Stoltenberg"
    r = by_actor(reactions_of(nlp, text), "jens-stoltenberg")
    assert r.quote == "The alliance will never bend to threats from anyone"


def test_inverted_speaker_with_apposition(nlp):
    text = (
        "“Moscow is signalling that it is not isolated in Asia,” said Prashanth Parameswaran, "
        "a fellow with the Wilson Center."
    )
    r = by_actor(reactions_of(nlp, text, extra=[("Wilson Center", "organization")]), "prashanth-parameswaran")
    assert r.quote.startswith("Moscow is signalling")
    assert "wilson-center" not in r.about  # the speaker's employer is not what the quote is about


def test_quote_over_two_sentences(nlp):
    text = '"The scenes were bizarre. A new axis of tyranny is forming," Grant Shapps posted.'
    found = reactions_of(nlp, text, extra=[("Grant Shapps", "person")])
    r = by_actor(found, "grant-shapps")
    assert r.quote == "The scenes were bizarre. A new axis of tyranny is forming"
    assert r.stance == "critical"
    # One evidence entry per source: the passage of both sentences, anchored at the first.
    assert [(e.quote, e.sentence) for e in r.evidence] == [(text, 0)]
    assert len(found) == 1


def test_quote_over_a_paragraph_break_added_by_a_described_speaker(nlp):
    text = (
        'Russian President Vladimir Putin arrived in Hanoi. "Our friendship is warm and deep.\n\n'
        'We value our partners," added the Russian president.'
    )
    r = by_actor(reactions_of(nlp, text), "vladimir-putin")
    assert r.quote == "Our friendship is warm and deep. We value our partners"
    assert r.stance == "supportive"


def test_quote_standing_alone_continues_the_previous_speaker(nlp):
    text = 'Maria Lopez said the talks had gone well. "We are hopeful about the future of this partnership."'
    r = by_actor(reactions_of(nlp, text), "maria-lopez")
    assert r.quote == "We are hopeful about the future of this partnership."
    assert [(e.quote, e.sentence) for e in r.evidence] == [(text, 0)]  # who spoke, and the words
    # Without a speaker before it, nobody is credited.
    assert reactions_of(nlp, '"We are hopeful about the future of this deal." Maria Lopez arrived.') == []


def test_pronoun_without_earlier_speaker_is_the_person_just_named(nlp):
    text = 'Vladimir Putin arrived in Hanoi on Thursday. He said that "the visit will deepen our ties."'
    r = by_actor(reactions_of(nlp, text), "vladimir-putin")
    assert r.quote == "the visit will deepen our ties."


def test_according_to(nlp):
    text = 'The talks were "open, frank and useful for both sides," according to Maria Lopez.'
    r = by_actor(reactions_of(nlp, text), "maria-lopez")
    assert r.quote == "open, frank and useful for both sides"


def test_british_single_quotes(nlp):
    text = "Boris Johnson said: 'We won't accept a deal that isn't fair to Britain's farmers.'"
    r = by_actor(reactions_of(nlp, text), "boris-johnson")
    assert r.quote == "We won't accept a deal that isn't fair to Britain's farmers."


def test_pronoun_that_adds_refers_back_to_the_last_speaker(nlp):
    text = (
        '"We expect the talks to start soon," Maria Lopez said on Monday. Anna Berg arrived later. '
        'She added that "the region needs calm and a lasting friendship."'
    )
    found = reactions_of(nlp, text, extra=[("Anna Berg", "person")])
    # "added" goes on with the last speaker's words, not with the last person named.
    assert [r.actor for r in found] == ["maria-lopez", "maria-lopez"]
    assert found[1].quote == "the region needs calm and a lasting friendship."
    assert [r.id for r in found] == ["maria-lopez-neutral-1", "maria-lopez-supportive-1"]


def test_described_speaker_matches_by_role(nlp):
    text = (
        "Russian President Vladimir Putin met Vietnamese President To Lam. "
        '"Our ties are a priority," Lam said. '
        '"Vietnam is one of our most reliable partners," the Russian leader said.'
    )
    found = reactions_of(nlp, text, extra=[("To Lam", "person")])
    putin = by_actor(found, "vladimir-putin")
    assert putin.quote == "Vietnam is one of our most reliable partners"
    assert by_actor(found, "to-lam").quote == "Our ties are a priority"


def test_organization_inside_the_speaker_phrase(nlp):
    text = 'A spokesperson for the U.S. embassy in Hanoi stated, "No country should give him a platform."'
    with_org = reactions_of(nlp, text, extra=[("U.S. embassy in Hanoi", "organization")])
    assert by_actor(with_org, "u-s-embassy-in-hanoi").stance == "critical"
    # Without an organization mention the country in the phrase speaks, not the city.
    only_places = reactions_of(nlp, text)
    assert [r.actor for r in only_places] == ["u-s"]


# --- reported reactions ----------------------------------------------------------------------


def test_reported_opposition(nlp):
    r = by_actor(
        reactions_of(nlp, "The United States has opposed Vladimir Putin's visit to Vietnam."), "united-states"
    )
    assert r.stance == "critical"
    assert r.quote is None
    assert r.summary == "United States has opposed Vladimir Putin's visit to Vietnam"
    assert r.about == ("vladimir-putin", "vietnam")


def test_rejected_as_null_and_void(nlp):
    text = "The Kremlin rejected the warrant as “null and void”, stressing that it has no jurisdiction."
    r = by_actor(reactions_of(nlp, text, extra=[("Kremlin", "organization")]), "kremlin")
    assert r.stance == "critical"
    assert r.quote == "null and void"
    assert r.summary.startswith("Kremlin rejected the warrant as “null and void")


def test_passive_agent_is_the_actor(nlp):
    text = "The sanctions of the United States were criticized by Vladimir Putin at the press conference."
    r = by_actor(reactions_of(nlp, text), "vladimir-putin")
    assert r.stance == "critical"
    assert r.about == ("united-states",)
    assert r.summary.startswith("Vladimir Putin criticized the sanctions")


@pytest.mark.parametrize(
    ("text", "actor", "stance"),
    [
        ("Japan condemned the missile launch on Sunday.", "japan", "critical"),
        ("Germany welcomed the ceasefire agreement.", "germany", "supportive"),
        ("Vladimir Putin praised Vietnam for its balanced stance.", "vladimir-putin", "supportive"),
        ("Vladimir Putin thanked Vietnam for its warm welcome.", "vladimir-putin", "supportive"),
        # A demand is a position against how things are (issue 15): critical.
        ("France urged both sides to return to talks.", "france", "critical"),
        ("Canada called for an immediate ceasefire.", "canada", "critical"),
        (
            "The United States and its allies have expressed concern over the arms deal.",
            "united-states",
            "critical",
        ),
        ("The trip drew a sharp rebuke from Japan.", "japan", "critical"),
    ],
)
def test_reaction_verbs_and_nouns(nlp, text, actor, stance):
    r = by_actor(reactions_of(nlp, text), actor)
    assert r.stance == stance
    assert r.summary


def test_post_on_a_platform(nlp):
    text = "Andrew Goledzinowski wrote on social media platform X that Vietnam is doing Russia a huge favor."
    r = by_actor(reactions_of(nlp, text), "andrew-goledzinowski")
    assert r.quote is None
    assert "favor" in r.summary
    assert "platform" not in r.summary


def test_taking_to_a_platform_to_denounce(nlp):
    text = "British defence minister Grant Shapps took to X to denounce the meeting."
    r = by_actor(reactions_of(nlp, text, extra=[("Grant Shapps", "person")]), "grant-shapps")
    assert r.stance == "critical"
    assert r.summary.endswith("denounce the meeting")


def test_inverted_report_keeps_what_was_said(nlp):
    text = "Weaning itself off Russian arms will take time, Nguyen Khac Giang said."
    r = by_actor(reactions_of(nlp, text), "nguyen-khac-giang")
    assert r.summary == "Nguyen Khac Giang said weaning itself off Russian arms will take time"


# --- dates -----------------------------------------------------------------------------------


def test_date_of_a_weekday_and_without_publication_date(nlp):
    text = "On Tuesday, Japan condemned the launch."
    assert by_actor(reactions_of(nlp, text), "japan").date == "2024-06-18"  # published Thursday 20th
    assert by_actor(reactions_of(nlp, text, published=None), "japan").date is None


# --- stance ----------------------------------------------------------------------------------


def said(nlp, text: str) -> str:
    """The stance of ``text`` said with a plain "said"."""
    return stance_of([], [], list(nlp(text)))


def test_stance_from_words(nlp):
    assert said(nlp, "A new axis of tyranny is working against us") == "critical"
    assert said(nlp, "We want to develop friendly relations") == "supportive"
    # A need of support is a mild wish for it (outside VADER's neutral band, the stance margin).
    assert said(nlp, "Vietnam needs support to diversify its defence ties") == "supportive"
    assert said(nlp, "the deal covers mutual assistance against aggression") == "neutral"
    assert stance_of(list(nlp("opposed"))[:1], [], list(nlp("the visit"))) == "critical"


# --- what is not a reaction ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Vietnam calls its policy "bamboo diplomacy" and keeps ties with everyone.',
        'Vladimir Putin thanked the troops of the "special military operation" in a speech.',
        'Vladimir Putin wrote an article titled "Russia and Vietnam: Partners for Peace" for a newspaper.',
        '"Vietnam will host Putin at the risk of angering the West": a headline ran on Monday.',
    ],
)
def test_scare_quotes_and_titles_are_not_quotes(nlp, text):
    assert all(r.quote is None for r in reactions_of(nlp, text))


def test_no_actor_no_reaction(nlp):
    text = (
        '"This is unacceptable," an official said. Observers criticised the decision. '
        '"We disagree," they said.'
    )
    assert reactions_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam did not condemn the invasion of Ukraine.",
        "Vietnam has abstained from condemning Russia's invasion of Ukraine.",
        "Vladimir Putin will announce new agreements on Friday.",
        "Vladimir Putin is expected to announce new agreements.",
        "Vietnam welcomed the Russian president with a red carpet.",
        "Russia's visit underscores the complex dynamics in the region.",
    ],
)
def test_not_done_hosting_and_things_do_not_react(nlp, text):
    assert reactions_of(nlp, text) == []


def test_ids_are_stable_and_counted_per_actor_and_stance(nlp):
    text = "Japan condemned the launch. Japan condemned the test again. Germany welcomed the deal."
    first = [r.id for r in reactions_of(nlp, text)]
    assert first == ["japan-critical-1", "japan-critical-2", "germany-supportive-1"]
    assert [r.id for r in reactions_of(nlp, text)] == first


# --- seeds -----------------------------------------------------------------------------------

# Names the small model misses, which the actors extractor recognises.
SEED_EXTRA = [
    ("Grant Shapps", "person"),
    ("U.S. embassy in Hanoi", "organization"),
    ("US embassy in Hanoi", "organization"),
    ("To Lam", "person"),
    ("Kremlin", "organization"),
]
SEED_ROLES = {"vladimir-putin": "President of Russia", "to-lam": "President of Vietnam"}
# actor -> (stance or None, keywords one of which the quote, summary or evidence holds)
SEED_GOLD = {
    "u-s-embassy-in-hanoi": ("critical", ["platform", "atrocities"]),
    "grant-shapps": ("critical", ["tyranny", "bizarre", "warning"]),
    "jens-stoltenberg": ("critical", ["propped up"]),
    "kremlin": ("critical", ["null and void"]),
    "carl-thayer": (None, ["isolate", "partners in asia"]),
    "nguyen-khac-giang": (None, ["isolation", "military equipment", "two reasons"]),
    "giang": (None, ["wean"]),
    "prashanth-parameswaran": (None, ["not isolated"]),
    "parameswaran": (None, ["calibrate", "diversif"]),
    "andrew-goledzinowski": (None, ["favor"]),
    "to-lam": ("supportive", ["friendly relations", "alliances aimed against others", "priorit"]),
    "vladimir-putin": ("supportive", ["priorities", "pragmatic", "balanced position", "reliable partners"]),
}


@pytest.fixture(scope="module")
def seed_reactions(nlp) -> list[Reaction]:
    if not SEEDS.is_dir():
        pytest.skip("seeds/ is not in this checkout")
    found: list[Reaction] = []
    for path in sorted(SEEDS.glob("*.txt")):
        found += reactions_of(nlp, path.read_text(), extra=SEED_EXTRA, roles=SEED_ROLES)
    return found


# Seed reactions known wrong (actor -> reason), marked strict xfail. Empty since the reported
# words that go on in the next sentence are the speaker's (issue 15): Stoltenberg's "propped up"
# reads critical from "If they succeed, the world will be more dangerous".
SEED_KNOWN_WRONG: dict[str, str] = {}


@pytest.mark.parametrize(
    "actor",
    [
        pytest.param(a, marks=pytest.mark.xfail(reason=SEED_KNOWN_WRONG[a], strict=True))
        if a in SEED_KNOWN_WRONG
        else a
        for a in sorted(SEED_GOLD)
    ],
)
def test_seed_reactions(seed_reactions, actor):
    stance, keywords = SEED_GOLD[actor]
    texts = [
        " ".join([r.quote or "", r.summary or "", *(e.quote for e in r.evidence)]).lower()
        for r in seed_reactions
        if r.actor == actor and (stance is None or r.stance == stance)
    ]
    assert any(k in t for t in texts for k in keywords), f"{actor}: {texts}"


def test_seed_speakers_in_their_sentences(nlp):
    text = (SEEDS / "004_65a278904f2f2b6e.txt").read_text()
    found = reactions_of(nlp, text, extra=SEED_EXTRA, roles=SEED_ROLES)
    lam = [r for r in found if r.actor == "to-lam" and r.quote]
    assert [r.quote for r in lam] == [
        "We want, together with Russia, to develop traditionally friendly relations, built by many "
        "generations, from the leaders of our two countries",
        "enter alliances aimed against others.",
    ]
    warm = next(r for r in found if r.quote and r.quote.startswith("When I say warm"))
    assert warm.actor == "vladimir-putin"  # "added the Russian president", a paragraph later
    assert not any(r.quote and "bamboo" in r.quote for r in found)


# Patterns met in real news from other events (sentences modelled on ../shared/corpora).


def test_a_reported_count_is_news_not_a_reaction(nlp):
    found = reactions_of(nlp, "Interior Minister Ana Li said 80 people were killed in the attack.")
    assert found == []


def test_horror_and_condolences_give_a_stance(nlp):
    assert said(nlp, "The horror, the horror has, once again, hit our country.") == "critical"
    assert said(nlp, "For such groundless accusations, I have no comment.") == "critical"
    assert said(nlp, "Our thoughts and prayers are with the families; we stand with them.") == "supportive"


def test_the_paraphrase_keeps_the_audience_of_told(nlp):
    found = reactions_of(nlp, "Ana Li told reporters she had been lucky to survive the crash.")
    assert any("told reporters" in (r.summary or "") for r in found)


def test_the_stance_of_quoted_fragments_reads_the_words_around_them(nlp):
    # Corpus (EventId 36): the critical word is in the first fragment, the second is neutral.
    text = (
        'Bassem Tamimi called Monday\'s indictment a "political trial" saying Israel dug up old '
        'incidents as well as the one filmed in order to "justify her arrest."'
    )
    found = reactions_of(nlp, text)
    assert [(r.actor, r.stance) for r in found] == [("bassem-tamimi", "critical")]
