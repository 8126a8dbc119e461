"""Reactions reported without quotation marks: a reaction verb with what it is about ("the US
opposed the visit", "were criticized by X", "called for a review") and reaction nouns with their
author ("a rebuke from X", "US condemnation", "X expressed concern").
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.reactions.article import ArticleView, with_lemma
from generator.extract.reactions.speakers import speaker_head
from generator.extract.reactions.stance import (
    APOLOGY_VERBS,
    LIGHT_ONLY_NOUNS,
    MANNER_VERBS,
    REACTION_NOUNS,
    REACTION_VERBS,
)

VerbActors = dict[int, tuple[str | None, set[int]]]
"""Token index of a speech or reaction verb -> (its speaker's actor id, the speaker phrase's tokens)."""

# A reaction that did not happen (yet): "abstain from condemning", "expected to announce".
NOT_DONE = frozenset({"abstain", "refuse", "decline", "avoid", "fail", "expect", "plan", "schedule", "due"})
# Heads of "express concern", "raise concerns", "offered her condolences": the reaction is the
# noun, the actor the subject.
LIGHT_VERBS = frozenset(
    {"express", "raise", "voice", "issue", "register", "offer", "send", "extend", "convey"}
)
# Verbs of advice and their addressees that make an instruction to the public (hand-listed).
_INSTRUCTING = frozenset({"urge", "advise", "ask", "tell", "warn", "call", "order", "instruct"})
_PUBLIC = frozenset(
    "resident people citizen public motorist driver traveller traveler passenger visitor tourist user "
    "customer consumer parent everyone anyone commuter household local fan spectator".split()
)
# Verbs that put a reaction noun in a sequence of events, told as background.
_SEQUENCE = frozenset({"come", "follow", "precede"})
# Adverbs that make a reaction a habit, background rather than news.
_HABITUAL = frozenset(
    {"repeatedly", "often", "long", "periodically", "consistently", "frequently", "regularly"}
)
# Speech verbs that report speech only with a clause: "added that ...", not "added four ships".
_CLAUSE_ONLY = frozenset(
    {
        "add",
        "write",
        "post",
        "tweet",
        "note",
        "tell",
        "recall",
        "observe",
        "reply",
        "respond",
        "comment",
        "remark",
        "concede",
        "question",
        "doubt",
    }
)
_CLAUSE = frozenset({"ccomp", "parataxis"})
# What one denies in words (else "deny" is refusing: "denied the ships port access", "denied bail").
DENIED = frozenset(
    "allegation accusation claim charge report involvement responsibility wrongdoing rumour rumor "
    "link role knowledge story suggestion".split()
)
_CONTENT = frozenset({"ccomp", "dobj", "xcomp", "parataxis", "nsubjpass", "oprd", "dative"})


def reported(art: ArticleView, verb: Token, verb_actor: VerbActors) -> bool:
    """A speech or reaction verb that reports something on its own, without a quote.

    Not: a verb in a relative clause ("an Afghan who entered the country claiming to be a
    minor"), a habit rather than a reaction ("has repeatedly urged", "has long called for"), a
    verb that speaks only with a clause ("added four ships to the list", "wrote a book"), and an
    instruction to the public ("NHK urged residents to take shelter").
    """
    if verb.lower_ == "according" or not_done(verb) or background(verb) or instruction(verb):
        return False
    # Words inside a quote or inside another speaker's reported speech are that speaker's; a
    # reaction verb under a speaker nobody named stands ("The UN welcomes the release, said a
    # spokesperson"), a plain report does not ("..., said X called Y to discuss the launch").
    actor = verb_actor[verb.i][0]
    lemma = verb.lemma_.lower()
    voices = {actor, None} if lemma in REACTION_VERBS else {actor}
    for anc in verb.ancestors:
        if anc.i in art.in_quote or verb_actor.get(anc.i, (actor,))[0] not in voices:
            return False
    if lemma == "deny":  # a denial of words or deeds, not "denied the ships port access"
        return any(
            c.dep_ in _CLAUSE
            or (c.dep_ == "dobj" and c.lemma_.lower() in DENIED)
            or (c.dep_ in {"xcomp", "pcomp", "dobj"} and c.tag_ == "VBG")  # "denied making shipments"
            for c in verb.children
        ) and not any(c.dep_ == "dative" for c in verb.children)
    content = (
        _CLAUSE
        if lemma in _CLAUSE_ONLY | MANNER_VERBS
        else _CONTENT | ({"prep", "advcl"} if lemma in REACTION_VERBS | APOLOGY_VERBS else set())
    )
    return any(c.dep_ in content or (lemma == "call" and c.lower_ in {"for", "on"}) for c in verb.children)


def instruction(verb: Token) -> bool:
    """Advice or orders to the public, not a position: "urged residents to take shelter"."""
    return verb.lemma_.lower() in _INSTRUCTING and any(
        c.dep_ in {"dobj", "dative"} and c.lemma_.lower() in _PUBLIC for c in verb.children
    )


def background(verb: Token) -> bool:
    """A verb in a relative clause, or told as a habit or a span of time: "who said", "has
    repeatedly urged", "since Trump took office, have backed"."""
    if verb.dep_ == "relcl" or any(a.dep_ == "relcl" for a in verb.ancestors):
        return True
    # A habit on the verb a manner clause hangs on colours it too: "has responded by periodically
    # - and often very publicly - urging China to do more".
    manner = [verb.head] if verb.dep_ in {"advcl", "pcomp"} and verb.head != verb else []
    if any(c.lower_ in _HABITUAL for h in manner for c in h.children if c.dep_ in {"advmod", "pcomp"}):
        return True
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in _HABITUAL:
            return True
    # A span of time on the verb, or on the one its participle hangs on: "Since coming to power
    # in 2012, X has waged a campaign, promising to root out ...".
    for c in (c for h in [verb, *manner] for c in h.children):
        if c.dep_ in {"advcl", "prep"} and (
            c.lower_ == "since" or any(m.lower_ == "since" for m in c.children)
        ):
            return True
    return False


def not_done(verb: Token) -> bool:
    """Negated, future or only expected: "did not condemn", "will announce", "abstain from condemning"."""
    for tok in [verb, *list(verb.ancestors)[:2]]:
        if any(c.dep_ == "neg" for c in tok.children) or tok.lemma_.lower() in NOT_DONE:
            return True
    return any(c.lower_ in {"will", "shall", "'ll"} for c in verb.children)


def noun_reactions(art: ArticleView) -> list[tuple[Token, str, set[int]]]:
    """Reaction nouns and their author: "a rebuke from X", "US condemnation", "X expressed concern",
    "X offered her thoughts and prayers", 'X issued a statement offering its "sincere condolences"'
    (a noun in quotes counts as the object of a light verb outside them)."""
    out = []
    for i in with_lemma(art.doc, REACTION_NOUNS):
        tok = art.doc[i]
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or lemma not in REACTION_NOUNS or tok.i not in art.sent_of:
            continue
        light = _light_object(tok)
        if light is None and lemma in LIGHT_ONLY_NOUNS:
            continue
        if tok.i in art.in_quote and (light is None or light.i in art.in_quote):
            continue
        if tok.head.lemma_.lower() in _SEQUENCE:
            continue  # "X's criticism came after ...", "the news follows X's criticism": background
        heads: list[Token] = []
        # "a rebuke from X", and "drew a rebuke from X" where the parser hangs "from" on the verb.
        kids = list(tok.children)
        if tok.dep_ == "dobj":
            kids += [c for c in tok.head.children if c.i > tok.i]
        for child in kids:
            authors = {"from", "by", "of"} if lemma == "ire" else {"from", "by"}  # "the ire of X"
            if child.dep_ == "prep" and child.lower_ in authors:
                heads += [c for c in child.children if c.dep_ == "pobj"]
            elif child.dep_ in {"poss", "compound"} and art.speakers.mention_on(child):
                heads.append(child)
        if not heads and light is not None:
            subj, _ = speaker_head(light)
            heads = [subj] if subj is not None else []
        for head in heads:
            actor = art.speakers.resolve(head, art.sent_of[tok.i])
            if actor and not not_done(tok.head) and not background(tok.head):
                out.append((tok, actor, {t.i for t in head.subtree}))
                break
    return out


def _light_object(noun: Token) -> Token | None:
    """The light verb a reaction noun is the object of ("expressed concern", "offered her thoughts
    and prayers": also the second of two nouns), or None."""
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head
    verb = noun.head
    return verb if noun.dep_ == "dobj" and verb.lemma_.lower() in LIGHT_VERBS else None
