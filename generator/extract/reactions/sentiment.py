"""How positive or negative a reaction's words are, read over the parse.

Word valences come from ``lexicon.py`` (VADER's lexicon and a supplement of news words);
negation from ``negation.py`` (read from the dependency tree). Here they add up: a negated praise
word counts against ("never be a friendly solution"); a negated blame word counts for nothing (a
denial, "we never allow them to violate", is not praise). A degree adverb on a word ("very
disappointed") strengthens it, capitals ("RED HANDED") too, as in VADER; words in a clause that
only sets the scene, names, discourse markers, words of conviction and of sorrow count less or
nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token
from vaderSentiment.vaderSentiment import BOOSTER_DICT, C_INCR, N_SCALAR

from generator.extract.reactions.lexicon import lexicon, word_valence
from generator.extract.reactions.negation import NEGATORS, negated

NOUN_WEIGHT = 0.5
"""Share of a noun's valence that counts (see ``valence``)."""
# Clauses that only set the scene of what is said: "if they feel harassed", "the expectation that".
_SCENE = frozenset({"advcl", "relcl", "acl"})
_CONDITIONS = frozenset({"if", "unless"})
SCENE_WEIGHT = 0.5
"""Share of the valence of words in such clauses (see ``valence``)."""
# Names carry no opinion: "Liberty", "Hope", the "Security Council".
_NAME_TYPES = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}
)


def valence(tokens: Iterable[Token], events: frozenset[str] = frozenset()) -> float:
    """The summed valence of the words, with negation, degree adverbs and capitals applied.

    ``events`` are the words the article's own narration uses (lowercase): a verb, a participle
    before its noun, or a counted noun or its adjective among them names the event, not the
    speaker's view of it ("four dead bodies and 120 wounded", "people were injured", "the girls
    were freed"); a predicate, an adverb, another adjective or an uncounted noun still judges ("it
    was horrific", "a terrible accident", "a scene of horror").

    A noun of VADER's counts half (a pleasant one nothing as a subject): it mostly names what is talked about
    ("sexual violence", "the war"), while adjectives, verbs and adverbs say what the speaker
    makes of it; a word in a clause that only sets the scene counts half too ("a good
    opportunity ... if they feel harassed").

    >>> valence(nlp("very disappointed"))   # -2.1 - 0.293
    >>> valence(nlp("never be a friendly solution"))   # 'friendly' negated: negative
    """
    toks = [t for t in tokens if t.is_alpha]
    among = {t.i for t in toks}
    shouting = bool(toks) and all(t.text.isupper() for t in toks)
    contrast = _contrast_weights(toks)
    total = 0.0
    for tok in toks:
        if (_named(tok) or tok.pos_ == "PROPN" or tok.lower_ in NEGATORS) or not_judging(tok):
            continue  # names carry no opinion; "no" and "never" act through ``negated``
        if tok.lower_ in CONVICTION and tok.pos_ in {"ADV", "ADJ"}:
            continue  # how sure the speaker is, not which side: "it's clearly not for satellites"
        if _SORROW.match(tok.lower_):
            continue  # mourning blames nobody: "they were amazing, this is a tragedy to lose them"
        if tok.dep_ == "compound":
            continue  # a noun naming a kind of another: "emergency services", "a crisis team"
        own = word_valence(tok.lower_)
        v = own or word_valence(tok.lemma_.lower())
        if not v or (tok.lower_ in events and describes(tok, v)) or (tok.tag_ == "IN" and tok.pos_ == "ADP"):
            continue  # the event's own word ("were killed", "were freed"); "like" as a preposition
        # The supplement's nouns are words of judgement ("cowardice", "atrocities"): they count
        # whole, and so does a noun said of something ("it was a mistake", "called it a disgrace").
        noun = (
            tok.pos_ == "NOUN"
            and not predicate(tok, events)
            and (tok.lower_ in lexicon() or tok.lemma_.lower() in lexicon())
        )
        if noun and v > 0 and tok.dep_ in {"nsubj", "nsubjpass"}:
            continue  # what the words judge, not the judgement: "the holiday was ruined"
        sign = 1.0 if v > 0 else -1.0
        for child in tok.children:
            if child.dep_ == "advmod" and child.lower_ in BOOSTER_DICT and child.lower_ not in NEGATORS:
                v += sign * BOOSTER_DICT[child.lower_]  # "very" strengthens, "slightly" weakens
        if tok.text.isupper() and len(tok.text) > 1 and not shouting:
            v += sign * C_INCR
        if not own and tok.tag_ in {"JJS", "RBS"}:
            v += sign * SUPERLATIVE_INCR  # "one of the finest drives": only "fine" is listed
        if v < 0 and opposed(tok):
            continue  # a harm fought against is no blame of anybody: "assistance against aggression"
        if negated(tok):
            v = v * N_SCALAR if v > 0 else 0.0
        elif first_person_feeling(tok):
            v = (1.0 if v > 0 else -1.0) * max(abs(v), FEELING_FLOOR)
        total += v * (NOUN_WEIGHT if noun else 1.0) * _scene_weight(tok, among) * contrast.get(tok.i, 1.0)
    return total


DISCOURSE_MARKERS = frozenset({"well", "like", "right", "okay", "ok", "now", "so", "anyway"})
"""Words that only organise talk (Schiffrin's discourse markers, and "like" as speakers use it):
"well, there's my apology", "it was, like, over"; VADER scores "well" and "like" as praise."""
_WISH = frozenset({"would", "'d", "d"})


def not_judging(tok: Token) -> bool:
    """A word of VADER's lexicon used in a sense that judges nothing: a discourse marker ("well,
    there's my apology"), "kind" and "sort" as nouns ("the kind of scams we see", VADER's "kind"
    is the adjective), "like" of a wish ("governments would like Russia weak")."""
    lower = tok.lower_
    if tok.pos_ == "INTJ" and lower in DISCOURSE_MARKERS:
        return True
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in {"kind", "sort"}:
        return any(c.lower_ == "of" for c in tok.children)
    return lower == "like" and tok.pos_ == "VERB" and any(c.lower_ in _WISH for c in tok.children)


OPPOSING_VERBS = frozenset("fight combat counter prevent tackle curb eradicate deter".split())
"""Verbs of acting against something: a harm they take as object is what the speaker opposes."""


def opposed(tok: Token) -> bool:
    """A word of harm the sentence sets itself against, which blames nobody: "mutual assistance
    against aggression", "we will fight against corruption", "to combat terrorism", and the verb
    of fighting it; not "they used violence against us" (the harm is done, not opposed)."""
    if tok.lemma_.lower() in OPPOSING_VERBS:
        return any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "against") for c in tok.children)
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "against":
        return head.head.pos_ == "NOUN" or head.head.lemma_.lower() in OPPOSING_VERBS
    return tok.dep_ == "dobj" and head.lemma_.lower() in OPPOSING_VERBS


def _named(tok: Token) -> bool:
    """A word inside a name. Not a common word the tagger makes a one-word name of at the start
    of a sentence ("Congrats to the newest champions!" tagged as a nationality)."""
    if tok.ent_type_ not in _NAME_TYPES:
        return False
    alone = tok.ent_iob_ == "B" and (tok.i + 1 == len(tok.doc) or tok.nbor(1).ent_iob_ != "I")
    return not (alone and tok.is_sent_start and tok.pos_ in {"NOUN", "ADJ", "INTJ", "VERB"})


CONVICTION = frozenset(
    "definitely certainly clearly surely truly honestly seriously undoubtedly sure certain".split()
)
"""Words of how sure or sincere the speaker is, which VADER scores as emphasis of social media
("definitely" +1.7, "clearly" +1.7, "seriously" -0.7): the content disjuncts of conviction and the
style disjuncts of sincerity of English grammars (Quirk et al., 8.127-8.130); in news they take
no side ("it's clearly not for satellites", "it was definitely my fault", "I'm sure they will")."""
_SORROW = re.compile(
    r"(?:sad|sadly|saddened|saddening|sadness|tragedy|tragedies|tragic|tragically|grief"
    r"|griev\w*|mourn\w*|sorrow\w*|heartbr\w*|sorry|apolog\w*)$"
)
"""Words of sorrow, which take no side: those the NRC Emotion Lexicon (Mohammad & Turney 2013)
tags sadness without anger or disgust, with the inflections it leaves out ("saddened",
"heartbroken"), and "sorry" and "apologise" of an apology or a condolence ("we are sorry for the
trouble", "we apologise to every passenger"; NRC lists "apologize" as sadness and positive). A
statement of grief is sympathy, not blame (VADER scores them as negative as blame); "devastating"
(anger, disgust in NRC) and "a sad day for" (a set phrase) still blame."""
_PREDICATE = frozenset({"attr", "oprd"})
"""Links of a noun said of its subject or object: "it was a mistake", "called the plan a disgrace"."""


def predicate(noun: Token, events: frozenset[str] = frozenset()) -> bool:
    """A noun said of its subject or object, which judges it: "the decision was a mistake",
    "called the plan a disgrace". Not what "there is" introduces ("there is not the slightest
    chance"), nor a noun the article's own narration uses, which names the scene ("it was
    absolute chaos", "there was massive damage", "this is a tragedy" in a story of the crash)."""
    return (
        noun.dep_ in _PREDICATE
        and noun.lower_ not in events
        and not any(c.dep_ == "expl" for c in noun.head.children)
    )


SUPERLATIVE_INCR = C_INCR
"""What a superlative adds to its base word when VADER lists only the base ("finest": "fine"
0.8): VADER's own superlatives sit about that far above their bases (bad -2.5 / worst -3.1,
nice 1.8 / nicest 2.2, good 1.9 / best 3.2)."""
FEELING_FLOOR = 1.2
"""Least weight of a feeling the speaker states of themselves ("I'm somewhat skeptical", "we are
a little disappointed"): the hedge softens how strongly, not which side (the stance margin)."""
_FIRST_PERSON = frozenset({"i", "we"})
_LINKING = frozenset({"be", "feel", "remain", "stay", "become", "get", "seem", "sound"})


def first_person_feeling(tok: Token) -> bool:
    """An adjective the speaker says of themselves, after a linking verb: "I'm somewhat
    skeptical about this finding", "we are disappointed", "I feel so proud"; not "they are
    disappointed", not "I'm sure" (an adverb, a noun or a participle of an event is no feeling
    here)."""
    if tok.pos_ != "ADJ" or tok.dep_ != "acomp":
        return False
    verb = tok.head
    return verb.lemma_.lower() in _LINKING and any(
        c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in verb.children
    )


BEFORE_BUT, AFTER_BUT = 0.5, 1.5
"""VADER's weights around a contrast: "We respect the offer. But it undervalues the company"
counts the praise half and the blame one and a half."""
_CONTRAST = frozenset({"but", "however", "yet"})


def _contrast_weights(toks: list[Token]) -> dict[int, float]:
    """Per token index, the weight a "but" in its sentence (or opening the next one) gives it, as
    VADER's but-rule does: the words after the contrast say what the speaker holds."""
    weights: dict[int, float] = {}
    for but in toks:
        if but.lower_ not in _CONTRAST or but.dep_ not in {"cc", "advmod"}:
            continue
        if but.i + 1 < len(but.doc) and but.nbor(1).lower_ == "also":
            continue  # "not only ... but also": an addition, not a contrast
        sent = but.sent
        opens = but.i == sent.start or all(t.is_punct for t in sent[: but.i - sent.start])
        for tok in toks:
            same = tok.sent == sent
            if same and tok.i > but.i:
                weights[tok.i] = AFTER_BUT
            elif (same and tok.i < but.i) or (opens and tok.i < sent.start and tok.i >= sent.start - 60):
                weights.setdefault(tok.i, BEFORE_BUT)
    return weights


def describes(tok: Token, v: float) -> bool:
    """A word that may name the event: a verb of harm or a participle ("were killed", "were
    freed", "a crowd celebrating"), a participle before its noun ("injured passengers"), a counted
    noun ("two deaths") or its adjective ("two dead bodies"). A pleasant verb that is not a
    participle is the speaker's ("they loved to explore", "thank you")."""
    if tok.pos_ == "VERB":
        return v < 0 or tok.tag_ in {"VBN", "VBG"}
    if tok.pos_ == "NOUN":
        return any(c.dep_ == "nummod" for c in tok.children)
    if tok.pos_ != "ADJ" or tok.dep_ != "amod":
        return False
    participle = tok.tag_ == "VBN" or tok.lower_.endswith(("ed", "en"))
    return participle or any(c.dep_ == "nummod" for c in tok.head.children)


def _scene_weight(tok: Token, among: set[int]) -> float:
    """SCENE_WEIGHT when the word is inside an adverbial or relative clause of the words scored (a
    quote that is itself such a clause of its sentence is scored whole); nothing inside a
    condition, which supposes rather than judges: "if the rebels win, the valley will be more
    dangerous" judges the valley's danger, not their winning."""
    clauses = [a for a in [tok, *tok.ancestors] if a.dep_ in _SCENE and a.i in among]
    if any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)
        for c in clauses
    ):
        return 0.0
    return SCENE_WEIGHT if clauses else 1.0
