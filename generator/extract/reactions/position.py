"""Is a reported statement a reaction (a position) or narration (a fact the speaker relays)?

A reaction expresses a position: an opinion, praise, criticism, a demand, a warning, a pledge,
condolences, a denial, an assessment or a prediction, a witness's own experience. Attributed
facts ("Cubillo said the plane flew from San Jose without passengers", "South Korean authorities
announced the tanker was being held", "the minister said 80 people were killed") can serve the
timeline as evidence, not the reactions list.

A statement reported without quotation marks is a position when its verb takes one ("insisted",
"vowed", "warned") or its words carry one: a modal ("would", "should", "could"), a negation (a
denial), a verb of mind ("hopes", "believes", "needs"), the speaker on themselves ("said he had
decided to leave", a witness's "said he had seen people go down"), an evaluative adjective or adverb
(VADER's lexicon: "worked well", "a positive step") or predicate noun ("was a provocation"), an
adverb of certainty ("strictly", "always"), or a strongly coloured verb in a statement without
figures ("violating sanctions"). Not: the speaker's account of what they told others ("said he told
the players"), a participle naming a participant's state ("the abducted girls were kept together").
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.reactions.lexicon import phrase_valence, word_valence
from generator.extract.reactions.negation import negated
from generator.extract.reactions.sentiment import describes
from generator.extract.reactions.stance import APOLOGY_VERBS, DEMAND_VERBS, REACTION_VERBS, SPEECH_VERBS
from generator.extract.reactions.text import Claim, clause

# Speech verbs that state a position by themselves (English verbs of stance and commitment).
POSITION_VERBS = frozenset(
    {
        "insist",
        "vow",
        "promise",
        "pledge",
        "admit",
        "acknowledge",
        "concede",
        "claim",
        "argue",
        "assert",
        "deny",
        "predict",
        "caution",
        "stress",
        "emphasize",
        "emphasise",
        "underline",
        "underscore",
        "reiterate",
        "suggest",
        "describe",
        "complain",
        "question",
        "doubt",
        "call",
        "dismiss",
        "highlight",
    }
)
# Verbs of mind and want inside the reported words: "said he hoped", "said Peru needs". Not
# "intend" or "plan": a plan is an announcement ("said he intended to report the incident").
MIND_VERBS = frozenset(
    {
        "need",
        "want",
        "hope",
        "believe",
        "think",
        "expect",
        "fear",
        "wish",
        "feel",
        "seem",
        "appear",
    }
)
# Adverbs of certainty and insistence: "have strictly followed", "has always implemented".
CERTAINTY_ADVERBS = frozenset(
    {
        "always",
        "never",
        "clearly",
        "certainly",
        "definitely",
        "absolutely",
        "strictly",
        "fully",
        "firmly",
        "totally",
    }
)
EVALUATIVE = 0.8
"""An adjective or adverb of at least this valence (either sign) evaluates."""
COLOURED_VERB = 1.5
"""A verb of at least this valence colours a statement that has no figures in it."""
# Their inflected forms, for the lemmas the model gets wrong ("hoped" -> "hop").
_MIND_FORMS = frozenset(
    form
    for v in MIND_VERBS
    for form in (v, v + "s", v + "ed", v + "d", v + "ing", v[:-1] + "ing" if v.endswith("e") else v)
)
_SELF = frozenset({"i", "we", "he", "she"})
# Verbs of making news known: what they relay is news, not a position (English, hand-listed).
ANNOUNCING = frozenset({"announce", "unveil"})
_FUTURE = frozenset({"will", "would", "'ll", "wo", "shall"})
_PLANNING = frozenset({"intend", "plan", "aim", "schedule"})
# Verbs of telling: the speaker's account of their own words is narration ("said he told them").
_TELLING = SPEECH_VERBS | {"inform", "ask", "report", "speak", "talk", "text", "phone", "email"}
_SAYING_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN", "PRON", "ADJ"})


def narration(claim: Claim, events: frozenset[str] = frozenset()) -> bool:
    """True when a reported statement (no quote, no reaction noun) relays a fact, not a position.

    >>> "Interior Minister Ana Li said 80 people were killed in the attack."   # narration
    >>> "Lawan Zanna said he hoped his daughter had been freed."               # a position
    """
    lemmas = {v.lemma_.lower() for v in claim.verbs}
    if lemmas & (REACTION_VERBS | DEMAND_VERBS | POSITION_VERBS | APOLOGY_VERBS):
        return False
    verbs = {v.i for v in claim.verbs}
    content = [t for t in clause(claim, keep_speaker=False) if t.i not in verbs and not t.is_punct]
    said = [t for t in content if t.pos_ in _SAYING_POS and t.ent_type_ not in {"DATE", "TIME"}]
    if not said:
        return True  # "X said last November": nothing said at all
    figures = any(t.like_num or t.ent_type_ in {"CARDINAL", "QUANTITY", "PERCENT", "MONEY"} for t in content)
    # An announcement is told like a plan with its figures: "announced it would ban the trade",
    # "has announced it will soon roll out stickers" relay the news, not a position on it.
    figures = figures or bool(lemmas & ANNOUNCING)
    # The speaker's account of what they told others is told whole: "said he told the players of
    # his decision after the win and the players never leaked it" relays, the "never" included.
    told = {t.i for t in content if _self_telling(t) for t in t.subtree}
    if phrase_valence(" ".join(t.text for t in content if t.i not in told)):
        return False  # a set phrase of judgement: "said the plan fell short", "took aim at"
    return not any(_position_cue(t, figures, events) for t in content if t.i not in told)


def _self_telling(verb: Token) -> bool:
    """A verb of telling in the past whose subject is the speaker: "(said) he told the players";
    not a request to come ("said he'd ask for a declaration of war")."""
    return (
        verb.dep_ in {"ccomp", "xcomp"}
        and verb.lemma_.lower() in _TELLING
        and verb.tag_ in {"VBD", "VBN"}
        and not any(c.tag_ == "MD" for c in verb.children)
        and any(c.dep_ == "nsubj" and c.lower_ in _SELF for c in verb.children)
    )


def _position_cue(tok: Token, figures: bool, events: frozenset[str] = frozenset()) -> bool:
    """A word that makes a statement a position rather than a relayed fact. A coloured word the
    article's own narration uses too names the event, not a view of it (``sentiment.describes``):
    "Cubillo said the plane crashed shortly after taking off" relays the crash."""
    lower, lemma = tok.lower_, tok.lemma_.lower()
    if tok.tag_ == "MD":
        return not _plan(tok, figures)
    if tok.dep_ == "neg" or lemma in MIND_VERBS or lower in _MIND_FORMS:
        return True
    if lower in {"no", "never"}:
        # "has no information", "there will be no rush"; not "no one had been hurt" (a count).
        return not (tok.head.dep_ in {"nsubj", "nsubjpass"} or tok.dep_ in {"nsubj", "nsubjpass"})
    if tok.dep_ in {"nsubj", "nsubjpass"} and lower in _SELF and tok.head.dep_ in {"ccomp", "xcomp"}:
        # The speaker on themselves: "said he had decided to leave", "said she was praying"; not
        # an account of what they told others ("said he told the players of his decision"), nor
        # a bare fact about themselves ("said he too was on the tram": where, not what they saw).
        # Nor a plan: "said he intended to report it", "said he would station 5,700 officers".
        head = tok.head
        planned = head.lemma_.lower() in _PLANNING or any(
            _plan(c, figures) for c in head.children if c.tag_ == "MD"
        )
        return head.lemma_.lower() not in _TELLING and not _bare_being(head) and not planned
    if tok.pos_ == "ADV" and lower in CERTAINTY_ADVERBS:
        return True
    if lower == "to" and tok.i > 0 and tok.nbor(-1).lower_ in {"about", "going"}:
        return True  # a prediction: "it's about to take a big hit"
    v = word_valence(lower) or word_valence(lemma)
    if negated(tok) or _state(tok) or _relayed(tok, v, events):
        v = 0.0
    if tok.pos_ in {"ADJ", "ADV"} or (tok.pos_ == "NOUN" and tok.dep_ == "attr"):
        return abs(v) >= EVALUATIVE  # also a noun that judges its subject: "the visit was a provocation"
    return tok.pos_ == "VERB" and not figures and abs(v) >= COLOURED_VERB


def _relayed(tok: Token, v: float, events: frozenset[str]) -> bool:
    """The event told again in the narration's own words, a verb in the simple past: "said the
    plane crashed", "said police shot and killed the driver". Not a verb of the perfect or the
    passive, which a party's claims take ("saying some have been killed in airstrikes"), nor a
    word of a count or a sight ("two dead bodies and 100 wounded people", "saw dead bodies"):
    a doctor's and a witness's accounts are theirs."""
    return tok.pos_ == "VERB" and tok.tag_ == "VBD" and tok.lower_ in events and describes(tok, v)


def _plan(modal: Token, figures: bool) -> bool:
    """A plan announced with its figures (or announced as such), the speaker's own deed in the
    future: "said he would station 5,700 officers across the state", "said it will cut 300 jobs",
    "announced it would ban the trade". Not a prediction ("it
    could book a $3 billion charge"), nor a pledge without figures ("said he would resign")."""
    verb = modal.head
    return (
        figures
        and modal.lower_ in _FUTURE
        and verb.lemma_.lower() not in MIND_VERBS
        and any(c.dep_ == "nsubj" and c.lower_ in _SELF | {"it", "they"} for c in verb.children)
    )


def _bare_being(verb: Token) -> bool:
    """ "was" with no predicate, only where or when: "he too was on the tram on 31 October"."""
    return verb.lemma_.lower() == "be" and not any(
        c.dep_ in {"acomp", "attr", "xcomp", "ccomp"} for c in verb.children
    )


def _state(tok: Token) -> bool:
    """A participle naming the state of a participant, not judging it: "the abducted girls were
    kept together", "the injured passengers"; a predicate keeps its weight ("a flawed process"), an
    adjective of "un-" judges ("the unprovoked attack")."""
    noun = tok.head
    return (
        tok.dep_ == "amod"
        and tok.lower_.endswith(("ed", "en"))
        and not tok.lower_.startswith("un")  # "unprovoked", "unwarranted" judge
        and noun.pos_ in {"NOUN", "PROPN"}
        and noun.dep_ in {"nsubj", "nsubjpass", "pobj", "dobj"}
    )
