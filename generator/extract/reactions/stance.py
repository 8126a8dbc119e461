"""Stance of a reaction: critical, supportive or neutral, from its verbs, nouns and words.

General English lexicons, no names: a reaction verb ("condemn", "praise") weighs most, a demand
leans critical, then the valence of the words of the quote or the reported clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from generator.extract.reactions.lexicon import phrases
from generator.extract.reactions.negation import negated
from generator.extract.reactions.sentiment import valence

SPEECH_VERBS = (
    frozenset(
        {
            "say",
            "tell",
            "state",
            "add",
            "note",
            "write",
            "post",
            "tweet",
            "announce",
            "declare",
            "stress",
            "insist",
            "argue",
            "claim",
            "vow",
            "promise",
            "explain",
            "comment",
            "remark",
            "emphasize",
            "emphasise",
            "highlight",
            "acknowledge",
            "admit",
            "assert",
            "reply",
            "respond",
            "pledge",
            "predict",
            "caution",
            "describe",
            "call",
            "reiterate",
            "underline",
            "underscore",
            "observe",
            "recall",
            "suggest",
            "concede",
            "deny",
            "question",
            "doubt",
            "estimate",  # an assessment: "analysts at X estimated that the law will boost earnings"
            "forecast",
        }
    )
    | frozenset(
        # Verbs of the manner of speaking that introduce quotes in sport and celebrity news ("Hamilton
        # groaned: '…'", "'This is mad,' Vettel exclaimed"): VerbNet's classes say-37.7,
        # manner_speaking-37.3 and complain-37.8, the members news uses for quotes.
        "exclaim joke quip shout yell scream groan grumble complain boast gush marvel muse lament "
        "sigh laugh whisper mutter confess enthuse rave fume retort snap".split()
    )
    | frozenset({"share"})
)  # of posts: "'…,' she shared on Twitter", "the model shared that …"
MANNER_VERBS = frozenset(
    "exclaim joke quip shout yell scream groan grumble boast gush marvel muse sigh laugh whisper "
    "mutter enthuse rave fume retort snap share".split()
)
"""Speech verbs of manner: they report speech only with a quote or a clause ("people were
screaming" says nothing, nor "shared a photo")."""
CRITICAL_VERBS = frozenset(
    {
        "criticize",
        "criticise",
        "condemn",
        "denounce",
        "oppose",
        "reject",
        "warn",
        "accuse",
        "rebuke",
        "slam",
        "decry",
        "deplore",
        "dismiss",
        "protest",
        "object",
        "lambast",
        "castigate",
        "chide",
        "censure",
        "deride",
        "ridicule",
    }
)
SUPPORTIVE_VERBS = frozenset(
    {
        "praise",
        "hail",
        "laud",
        "welcome",
        "thank",
        "support",
        "commend",
        "applaud",
        "congratulate",
        "endorse",
        "back",
        "salute",
    }
)
REACTION_VERBS = CRITICAL_VERBS | SUPPORTIVE_VERBS | {"urge"}
APOLOGY_VERBS = frozenset({"apologize", "apologise"})
"""An apology is a reaction of its own, with what it is for or to whom ("American Airlines
apologized to the two players"), whose stance the words decide. Kept apart from REACTION_VERBS,
which the timeline reads too (an apology may be a happening of the story there)."""
CRITICAL_NOUNS = frozenset(
    {
        "rebuke",
        "condemnation",
        "criticism",
        "concern",
        "indignation",
        "ire",
        "anger",
        "outrage",
        "protest",
        "objection",
        "opposition",
        "alarm",
    }
)
# Nouns of approval, thanks and sympathy: "offered her condolences", "expressed support for".
SUPPORTIVE_NOUNS = frozenset(
    {
        "praise",
        "condolence",
        "sympathy",
        "congratulation",
        "gratitude",
        "thanks",
        "appreciation",
        "solidarity",
        "support",
        "prayer",
        "thought",
    }
)
LIGHT_ONLY_NOUNS = frozenset({"support", "prayer", "thought", "thanks", "solidarity"})
"""Reaction nouns only as the object of a light verb ("offered her thoughts and prayers",
"expressed support"); alone they are mostly something else ("military support", "a thought")."""
REACTION_NOUNS = CRITICAL_NOUNS | SUPPORTIVE_NOUNS
# Verbs of a demand: a call to change course is a position against the present one.
DEMAND_VERBS = frozenset({"urge", "demand", "press"})
# Verbs of taking something up (English verbs of agreement and engagement, hand-listed): what a
# demand asks for with them is wanted, not blamed ("called on the board to open talks").
ENGAGE_VERBS = frozenset(
    "accept approve support back endorse open start begin resume hold join engage negotiate talk "
    "discuss meet cooperate consider embrace welcome continue".split()
)
# Speech verbs whose manner takes a side (VerbNet complain-37.8, and the manner_speaking-37.3
# members of delight): "Hamilton groaned: 'The track is fine!'", "'…,' she gushed". They lean,
# the words may still turn it (LEAN_WEIGHT).
COMPLAINT_VERBS = frozenset("complain groan grumble lament fume caution".split())
ENTHUSE_VERBS = frozenset("boast gush rave enthuse marvel".split())
LEAN_WEIGHT = 1.0
"""Weight of a speech verb of complaint or delight: less than the words' own judgement."""
# Verbs of doubt on what follows: "questions how women can be expected to", "doubted that".
DOUBT_VERBS = frozenset({"question", "doubt"})
VERB_WEIGHT = 3.0
"""Weight of a reaction verb or noun ("condemn", "praise", "criticism"), on VADER's scale."""
DEMAND_WEIGHT = 2.0
"""Weight of a demand: "urged China to act", "called on", "should do more"."""
CONTEXT_WEIGHT = 0.5
"""Share of the valence of a reported clause around a quote: it names the topic as much as the
speaker's view of it."""
STANCE_MARGIN = 0.2
"""The winning side needs at least this score. VADER's own neutral band: its authors call a text
neutral when the normalized compound score x / sqrt(x² + 15) lies within ±0.05, that is a raw sum
within about ±0.2. A reaction quoted in the news mostly takes a side (of 263 reactions with a
stance in the project's dev gold, 22 are neutral), so a mildly coloured word is enough."""
# Modal verbs of obligation; on somebody else ("it should do more") they make a demand.
_OBLIGATION = frozenset({"should", "must", "ought"})
_FIRST_PERSON = frozenset({"i", "we"})
_ADVISING = frozenset({"ask", "advise", "urge", "request", "encourage", "tell", "warn"})
_CALL_ON = frozenset({"for", "on"})
_SCENE = frozenset({"advcl", "relcl", "acl"})
# A question: the words since the last sentence end up to a question mark.
_QUESTION = re.compile(r"[^.!?…]+\?")
_WH = re.compile(r"(?:(?:and|but|so|then|if not),? )?(?:what|why|how|where|who|whom|which|when)\b", re.I)
_TAG = re.compile(r",\s*(?:no|right|isn't it|aren't they|don't they|didn't they|wasn't it)\s*\?$", re.I)
# Quotations inside a quote: another person's words, or the speaker's own question then.
_NESTED = re.compile(r"(?<!\w)[‘'\"“].*?[’'\"”](?!\w)")
# Imperatives that are courtesy or address, not orders.
_POLITE = frozenset(
    {"let", "thank", "welcome", "congratulate", "enjoy", "please", "imagine", "see", "look", "note"}
)


def rhetorical_questions(quote: str) -> int:
    """Questions the speaker puts, not to learn but to challenge: a question of "what", "why",
    "how" ... or a tag question ("that's a problem, no?"), outside any quotation inside the quote.

    >>> rhetorical_questions("Are they on the list? If not, what made them conclude that?")  # 1
    >>> rhetorical_questions("I said to him 'what happened?' He said he blacked out.")  # 0
    >>> rhetorical_questions("The computers are in two companies, and where are we pointing them?")  # 1

    The question may be the last clause of its sentence, after a comma, a dash or a semicolon.
    """
    own = _NESTED.sub(" ", quote)
    return sum(
        1 for q in _QUESTION.findall(own) if _WH.match(_CLAUSE_BREAK.split(q)[-1].strip()) or _TAG.search(q)
    )


# Where a sentence's last clause starts: after a comma, a semicolon, a colon or a dash.
_CLAUSE_BREAK = re.compile(r"[,;:—–]|\s-\s")


def stance_of(
    verbs: Sequence[Token],
    nouns: Sequence[Token],
    words: Sequence[Token],
    context: Sequence[Token] = (),
    questions: int = 0,
    events: frozenset[str] = frozenset(),
) -> str:
    """critical / supportive / neutral from the reaction's verbs and nouns and the words said
    (``stance_score``): a score past ``STANCE_MARGIN`` either way gives the side."""
    return stance_label(stance_score(verbs, nouns, words, context, questions, events))


def stance_label(score: float) -> str:
    """The side a stance score gives: critical, supportive, or neutral inside the margin."""
    if score <= -STANCE_MARGIN:
        return "critical"
    if score >= STANCE_MARGIN:
        return "supportive"
    return "neutral"


def stance_score(
    verbs: Sequence[Token],
    nouns: Sequence[Token],
    words: Sequence[Token],
    context: Sequence[Token] = (),
    questions: int = 0,
    events: frozenset[str] = frozenset(),
) -> float:
    """How critical (below 0) or supportive (above) the reaction is, from its verbs and nouns
    and the words said.

    A reaction verb or noun decides ("condemned", "praise from", "urged X to", "called on X");
    without one, the words do: their valence (VADER's lexicon, negation read from the parse;
    ``sentiment.py``), a demand put on others ("it should do more") leaning critical. ``words``
    are the speaker's own (the quote), ``context`` the reported clause around them, which
    counts half; ``questions`` the rhetorical questions of the quote, which lean critical;
    ``events`` the words of the article's own narration, which name the event (``valence``).
    """
    score = lean = 0.0
    for v in verbs:
        lemma = v.lemma_.lower()
        lean += LEAN_WEIGHT * ((lemma in ENTHUSE_VERBS) - (lemma in COMPLAINT_VERBS))
        if lemma in CRITICAL_VERBS:
            score -= VERB_WEIGHT
        elif lemma in SUPPORTIVE_VERBS:
            score += VERB_WEIGHT
        elif (
            (
                (lemma in DEMAND_VERBS or (lemma == "call" and any(c.lower_ in _CALL_ON for c in v.children)))
                and not engaging(v)
            )
            or lemma in DOUBT_VERBS
            or _insists_on(v)
        ):
            score -= DEMAND_WEIGHT  # a demand, or doubt on what follows
    for n in nouns:
        lemma = n.lemma_.lower()
        score += (
            VERB_WEIGHT if lemma in SUPPORTIVE_NOUNS else -VERB_WEIGHT if lemma in CRITICAL_NOUNS else 0.0
        )
    if not score:
        own = {t.i for t in [*verbs, *nouns]}
        # What a demand asks for is not the speaker's view of how things are: "women should feel safe".
        demands = [v for v in (_demand(t) for t in [*words, *context]) if v is not None]
        asked = {t.i for v in demands for t in v.subtree}
        # What is denied is not the speaker's view either: "denied it had dumped tailings, after
        # residents reported dead fish" judges nothing.
        asked |= {t.i for v in verbs if v.lemma_.lower() == "deny" for t in v.subtree if t != v}
        # Nor what an apology is for or to whom: "apologized to two players who were kicked off a
        # plane" tells the wrong done, which the apology owns rather than blames.
        asked |= {t.i for v in verbs if v.lemma_.lower() in APOLOGY_VERBS for t in v.subtree if t != v}
        asked |= {t.i for t in [*words, *context] for t in _owned_wrong(t)}
        # Nor advice to the public: "People are asked to avoid the area" says what to do, not
        # what the speaker thinks of it.
        asked |= {t.i for v in (_advice(t) for t in [*words, *context]) if v is not None for t in v.subtree}
        said = [t for t in words if t.i not in own and t.i not in asked]
        around = [t for t in context if t.i not in own and t.i not in asked]
        set_phrases, phrase_words = phrases(" ".join(t.text for t in [*said, *around]))
        said = [t for t in said if t.lower_ not in phrase_words]
        around = [t for t in around if t.lower_ not in phrase_words]
        score += valence(said, events) + CONTEXT_WEIGHT * valence(around, events) + set_phrases
        score += sum(own_verdict(t) for t in said)
        score -= DEMAND_WEIGHT * bool(demands)
        score -= DEMAND_WEIGHT * bool(questions)
        score += lean
    return score


def own_verdict(tok: Token) -> float:
    """A reaction verb the speaker says in the first person inside the quote weighs as a reaction
    verb does outside it: "I can only thank them for the love", "we strongly condemn this",
    "I want to congratulate the team"; not "they condemned", not "we did not welcome it"."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in CRITICAL_VERBS | SUPPORTIVE_VERBS or negated(tok):
        return 0.0
    # The verb's own subject, or for "I want to thank" the subject of the verb it completes.
    holders = [tok, tok.head] if tok.dep_ == "xcomp" else [tok]
    if not any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for h in holders for c in h.children):
        return 0.0
    return VERB_WEIGHT if lemma in SUPPORTIVE_VERBS else -VERB_WEIGHT


def engaging(verb: Token) -> bool:
    """A demand to take something up, not to stop it: "called on the board to open talks",
    "urged shareholders to accept the offer". What is asked is the speaker's wish for the thing,
    not blame: the words decide the stance, not the demand (a call "to halt", "to cancel" or "to
    do more" still blames)."""
    asked = [t for t in verb.subtree if t.dep_ in {"xcomp", "advcl", "ccomp"} and t.pos_ == "VERB"]
    return bool(asked) and asked[0].lemma_.lower() in ENGAGE_VERBS


def _insists_on(verb: Token) -> bool:
    """ "insisted (that) the leaders sign": a demand put in the subjunctive, a bare verb with its
    own subject (not "insisted that he had done nothing wrong")."""
    return verb.lemma_.lower() == "insist" and any(
        c.dep_ == "ccomp" and c.tag_ == "VB" and any(g.dep_ == "nsubj" for g in c.children)
        for c in verb.children
    )


# Not "regret": a body that "regrets the decision" of another criticises it, in diplomacy above all.
_REGRET = frozenset({"sorry", "apology", "apologize", "apologise"})
_WRONG_OWNED = frozenset({"for", "about", "to"})


def _owned_wrong(tok: Token) -> list[Token]:
    """What an apology or a regret said in the words is for or to whom, which the speaker owns
    rather than blames: "we are sorry for the trouble", "our apologies for the terrible delay",
    "we apologize to the two players"; the words of a wrong done are not the speaker's judgement
    of anybody ("I am sorry, this was a terrible decision" still judges)."""
    if tok.lemma_.lower() not in _REGRET:
        return []
    owned = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in _WRONG_OWNED]
    if tok.pos_ == "VERB":
        owned += [c for c in tok.children if c.dep_ in {"dobj", "ccomp"}]
    return [t for c in owned for t in c.subtree]


def _advice(tok: Token) -> Token | None:
    """What the public is asked to do, under a passive verb of advice: "(people are) asked to
    avoid the area", "(motorists are) advised to stay away"."""
    if tok.lemma_.lower() not in _ADVISING or not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    return next((c for c in tok.children if c.dep_ == "xcomp"), None)


def _demand(tok: Token) -> Token | None:
    """The verb of an obligation put on somebody else, in a main or reported clause: "it could and
    should do more", "they have to help us", an order ("Cancel the meeting."); not "we must", not
    "the idea that it should", not "thank you"."""
    if tok.dep_ == "ROOT" and tok.tag_ == "VB" and not any(c.dep_ in {"nsubj", "aux"} for c in tok.children):
        return None if tok.lemma_.lower() in _POLITE or tok.i == tok.sent.end - 1 else tok
    if tok.lemma_.lower() in _OBLIGATION and tok.tag_ == "MD":
        verb = tok.head
    elif tok.lower_ == "to" and tok.head.dep_ == "xcomp" and tok.head.head.lemma_.lower() == "have":
        verb = tok.head.head  # "they have to help us"
    else:
        return None
    if verb.dep_ in _SCENE or any(a.dep_ in _SCENE for a in verb.ancestors):
        return None
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects or any(c.lower_ in _FIRST_PERSON for c in subjects):
        return None
    return verb
