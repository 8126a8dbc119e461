"""One agreement mention read off the parse: is this noun an agreement, what happened to it (signed,
agreed, planned ...), what it is called and when."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.agreements.figurative import figurative_accord, figurative_deal, has_child
from generator.extract.agreements.kinds import BROKER_VERBS, CONDITIONAL, to_recipient
from generator.extract.agreements.terms import (
    CONDITIONS,
    CONSENSUS,
    COOPERATION,
    DEFINITE,
    FATES,
    HOLDS,
    IRREGULAR,
    JOINT_ONLY,
    NOT_REAL,
    PHRASAL_STATUS,
    PLANNED_VERBS,
    POSSIBLE,
    QUANTIFIERS,
    ROAD_MAP,
    SIGNED_ONLY,
    STATUS_VERBS,
    TRIGGERS,
    status_rank,
)
from generator.extract.events.labels import finish_label, np_tokens

_FUTURE = ("will", "shall", "'ll", "’ll")
# Nouns of measures a body passes, whose title says what they do ("resolution requiring ...").
MEASURES = frozenset("resolution sanction bill measure decision".split())
_POSSESSIVE_PRONOUNS = ("his", "her", "their", "its", "our", "my", "your")


_NOUNS = TRIGGERS | set(CONDITIONAL)
_ANY_TRIGGER = _NOUNS | JOINT_ONLY | SIGNED_ONLY
"""Every word ``is_trigger`` can accept, apart from ROAD_MAP: a noun outside it is no trigger."""


def trigger_word(token: Token) -> str:
    """The token's dictionary form as an agreement noun ("MoUs" -> "mou", "Accords" -> "accord");
    "fire" of "cease-fire" (three tokens) is "ceasefire"."""
    if token.lower_ in ("fire", "fires") and _cease_fire(token):
        return "ceasefire"
    if token.pos_ == "NOUN":
        return IRREGULAR.get(token.lower_, token.lemma_.lower())
    lower = token.lower_
    if lower in IRREGULAR:
        return IRREGULAR[lower]
    return lower[:-1] if lower.endswith("s") and lower[:-1] in _NOUNS else lower


def _cease_fire(token: Token) -> bool:
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text in ("-", "‐") and doc[token.i - 2].lower_ == "cease"


def is_trigger(token: Token) -> bool:
    """Whether the noun names an agreement here, not a figure of speech or a mere relationship.

    Not: "a great deal of", "in agreement with", "broad agreement that", "no deal", "any potential
    deals", a noun modifying another ("a deal-breaker", "the contract killer", "treaty obligations"),
    a partnership or document nobody signed.
    """
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    word = trigger_word(token)
    if word not in _ANY_TRIGGER and token.lower_ != ROAD_MAP:
        return False  # most nouns: no agreement word at all
    children = {c.lower_ for c in token.children}
    if any(c.lower_ in NOT_REAL and c.dep_ in ("det", "amod", "neg", "preconj") for c in token.children):
        return False
    if token.i > token.sent.start and token.doc[token.left_edge.i - 1].lower_ in ("not", "no"):
        return False  # "ended in a truce, not a peace treaty"
    if _would_be(token):
        return False  # "in what would be the largest tech deal in history": the offer, said again
    if token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN"):
        # "partnership agreement": the head noun is the agreement; "contract killer": no agreement
        return False
    if _about_agreement(token):
        return False  # "an agreement on a $2 billion loan", "a deal for a ceasefire": what it is about
    if word in CONDITIONAL:  # "a resolution the council passed", "an offer for X", "a prisoner swap"
        verbs = status_chain(token)
        return CONDITIONAL[word](token, status_of(verbs), verbs)
    if token.head.lower_ in ("in", "under") and token.tag_ == "NN" and not children & {"a", "an", "the"}:
        return False  # "in agreement with", "under contract"
    if word in TRIGGERS:
        if word == "deal" and figurative_deal(token) or word == "accord" and figurative_accord(token):
            return False  # "a great deal of importance", "a very big deal", "of his own accord"
        # "there is broad agreement that ...": consensus, not a document
        return word != "agreement" or not (
            children & CONSENSUS or any(has_child(c, "that", dep="mark") for c in token.children)
        )
    if token.lower_ == ROAD_MAP:
        return "road" in children
    if word in JOINT_ONLY:
        return "joint" in children
    if word in SIGNED_ONLY:
        if _inside_agreement(token):
            return False  # "a joint declaration on strategic partnership": what it is about
        chain = status_chain(token)
        if status_of(chain) in ("signed", "agreed") or has_child(token, "signed"):
            return True
        return word != "partnership" and bool(COOPERATION.search(" ".join(t.text for t in token.subtree)))
    return False


_WOULD = frozenset("would could might may".split())


def _would_be(token: Token) -> bool:
    """An agreement noun that only says what something else would be: "boosting its offer ... in
    what would be the largest tech deal in history", "a merger that could be the biggest deal"."""
    verb = token.head
    return (
        token.dep_ == "attr"
        and verb.lemma_.lower() == "be"
        and any(c.dep_ == "aux" and c.lower_ in _WOULD for c in verb.children)
    )


def _about_agreement(token: Token) -> bool:
    """Whether the noun is what an agreement noun's "on", "for" or "over" phrase is about ("a
    staff-level agreement on a $2.3 billion loan"): one agreement, not two."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ("on", "for", "over", "about"):
        return False
    outer = prep.head
    return outer.pos_ in ("NOUN", "PROPN") and trigger_word(outer) in TRIGGERS


def _inside_agreement(token: Token) -> bool:
    """Whether the noun sits in the phrase of an agreement noun ("treaty on partnership")."""
    node = token
    while node.head.i != node.i and node.head.pos_ in ("NOUN", "PROPN", "ADP"):
        node = node.head
        word = trigger_word(node)
        if word in TRIGGERS or (word in JOINT_ONLY and "joint" in {c.lower_ for c in node.children}):
            return True
    return False


def is_plural(token: Token) -> bool:
    """Several documents: a plural noun ("agreements", "MoUs", "memoranda")."""
    return token.tag_ in ("NNS", "NNPS") or trigger_word(token) != token.lower_


def is_definite(token: Token) -> bool:
    """Whether the mention may point back to an earlier one ("the pact", "this agreement", "their deal")."""
    return any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in token.children)


def title_of(
    trigger: Token, verbs: list[Token], exclude: set[int], triggers: set[int]
) -> tuple[str | None, str | None, list[Token]]:
    """The agreement's title, the part of it that identifies the agreement, and the tokens used.

    The identity is the trigger's noun phrase plus who it is with ("the pact X signed with Y" ->
    "Pact with Y"); the title adds a topic the parser hung on the verb ("signed a number of
    documents on cooperation") and what the agreement holds ("which included a mutual defense
    clause" -> "with mutual defense clause"). Dates, status participles, other agreements and
    phrases about a pronoun ("with his counterpart") are left out.
    """
    skip = set(exclude)
    for child in trigger.children:
        if child.dep_ in ("conj", "cc"):
            skip |= {t.i for t in child.subtree}  # "the treaty and other agreements": one title each
        if child.dep_ == "amod" and child.lemma_.lower() in ("sign", "signed"):
            skip.add(child.i)  # "signed documents": the status says so
        if child.dep_ == "nummod" and has_child(child, "the"):
            skip |= {t.i for t in child.subtree}  # "the two signed agreements" (a misparsed subject)
        if child.dep_ == "prep" and _about_pronoun(child):
            skip |= {t.i for t in child.subtree}
    skip |= {c.i for c in trigger.children if c.dep_ == "poss" and c.ent_type_ == "DATE"}  # "September's"
    broker = next((t for t in trigger.subtree if t.lemma_.lower() in BROKER_VERBS and t.pos_ == "VERB"), None)
    if broker is not None:  # "negotiations between A and B brokered by C": the title ends before C
        skip |= {t.i for t in trigger.subtree if t.i >= broker.i}
    tokens = np_tokens(trigger, skip)
    for child in trigger.children:  # np_tokens drops clauses; keep a participle that says what it is
        if child.dep_ == "acl" and child.tag_ == "VBG":
            tokens += np_tokens(child, skip)
        elif child.dep_ in ("acl", "relcl") and child.i > trigger.i and has_child(child, "to", dep="aux"):
            # what it is for: "a decision to fund X", "an offer to acquire Y", "a deal to buy Z"
            tokens += np_tokens(child, skip)
    clause = purpose_clause(trigger, verbs, exclude)
    if clause is not None:  # "reached a deal to end the shutdown": the parser hangs its aim on the verb
        tokens += np_tokens(clause, skip)
    if (
        trigger_word(trigger) in MEASURES
        and verbs
        and trigger.dep_ == "dobj"
        and trigger.head.i == verbs[0].i
    ):
        # "passed a resolution on Dec. 22 requiring member states to ...": what the measure does
        for child in verbs[0].children:
            if child.dep_ == "advcl" and child.tag_ == "VBG" and child.i > trigger.i:
                tokens += np_tokens(child, skip)
    purpose: list[Token] = []
    for verb in verbs[:2]:
        for child in verb.children:
            if child.dep_ != "prep" or child.i in skip or _holds_any(child, triggers):
                continue
            if _about_pronoun(child) or _holds_any(child, exclude):
                continue
            if child.lower_ in ("with", "between") and verb.dep_ in ("relcl", "acl"):
                tokens += np_tokens(child, skip)
            elif child.lower_ in ("on", "for") and child.i > trigger.i and _object_of(trigger, verb):
                purpose += np_tokens(child, skip)
            elif to_recipient(trigger, verb, child):
                tokens += np_tokens(child, skip)  # "a $3 billion loan to Pakistan"
    identity = finish_label(tokens, drop_article=True, max_words=12, min_words=1)
    tokens += purpose
    title = finish_label(tokens, drop_article=True, max_words=12, min_words=1)
    for child in trigger.children:
        joiner = HOLDS.get(child.lemma_.lower()) if child.dep_ == "relcl" else None
        obj = next((c for c in child.children if c.dep_ == "dobj"), None)
        if title and joiner and obj is not None:
            held = finish_label(np_tokens(obj, skip), drop_article=True, max_words=7, capital=False)
            if held:
                title = f"{title} {joiner} {held}"
                tokens += list(obj.subtree)
    return title, identity, tokens


def purpose_clause(trigger: Token, verbs: list[Token], exclude: set[int]) -> Token | None:
    """The aim of an agreement that the parser hung on the verb making it: "reached a deal (on
    Monday) to end the shutdown", "agreed a truce to allow aid in" -> end, allow; None when the
    infinitive does not follow the agreement's phrase (only a date between them) or the verb is
    not the one whose object the agreement is ("agreed with X to enter into talks")."""
    if not verbs or trigger.dep_ != "dobj" or trigger.head.i != verbs[0].i:
        return None
    gap_ok = _DATE_GAP | exclude
    for child in verbs[0].children:
        if child.dep_ not in ("advcl", "xcomp") or child.i < trigger.i or not has_child(child, "to", "aux"):
            continue
        between = range(trigger.right_edge.i + 1, child.left_edge.i)
        if all(i in exclude or trigger.doc[i].lower_ in gap_ok for i in between):
            return child
    return None


_DATE_GAP = frozenset({"on", "in", "at", "late", "early", "last", "this", ","})
"""Words that may stand between an agreement and its aim besides a date ("late on Tuesday")."""


def _about_pronoun(prep: Token) -> bool:
    """A phrase whose object a reader cannot place in a title ("with his French counterpart")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and (
        obj.pos_ == "PRON" or any(c.lower_ in _POSSESSIVE_PRONOUNS and c.dep_ == "poss" for c in obj.children)
    )


def _object_of(trigger: Token, verb: Token) -> bool:
    """The trigger is the verb's object, directly or after a quantity ("a number of documents")."""
    node = trigger
    while node.head.i != node.i and node.head.i != verb.i:
        if node.head.pos_ not in ("ADP", "NOUN") or (
            node.head.pos_ == "NOUN" and node.head.lemma_.lower() not in QUANTIFIERS
        ):
            return False
        node = node.head
    return node.head.i == verb.i and node.dep_ == "dobj"


def _holds_any(token: Token, ids: set[int]) -> bool:
    return any(t.i in ids for t in token.subtree)


def _clause_head(token: Token) -> bool:
    """An auxiliary or copula heading its own clause ("The accords ... were small")."""
    return token.pos_ == "AUX" and token.dep_ in ("ROOT", "ccomp", "conj", "advcl", "relcl")


def status_chain(trigger: Token) -> list[Token]:
    """The words that say what happened to the agreement: its own participles, the verb it hangs on
    and the verbs that verb completes ("agreed to work on a road map": work, agreed)."""
    out = [c for c in trigger.children if c.dep_ in ("acl", "relcl", "amod") and c.pos_ == "VERB"]
    out += [c for c in trigger.children if c.dep_ == "amod" and c.lower_ == "signed"]
    for sibling in trigger.children:  # "the treaty and other agreements signed on Wednesday"
        if sibling.dep_ == "conj":
            out += [c for c in sibling.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    node = trigger
    while node.dep_ in ("conj", "appos") and node.head.i != node.i:
        node = node.head
        out += [c for c in node.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    while node.head.i != node.i and node.pos_ != "VERB" and not _clause_head(node):
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() == "signing":
            out.append(node)
    if node.pos_ in ("VERB", "AUX"):
        out.append(node)
        while node.dep_ == "xcomp" and node.head.i != node.i:
            node = node.head
            out.append(node)
    return out


def status_of(verbs: list[Token]) -> str:
    """The status from the nearest word that says so, else reported. A verb above it that it
    completes may override it: a plan or proposal ("expected to sign", "proposed to sign" have not
    signed), a refusal or withdrawal ("refused to sign", "voted to scrap")."""
    for verb in verbs:
        status = _verb_status(verb)
        if status is None:
            continue
        node = verb
        while node.dep_ == "xcomp" and node.head.i != node.i:  # "expected to sign", "agreed to sign"
            node = node.head
            above = _verb_status(node)
            if above is None or status in FATES and above not in ("planned", "proposed"):
                continue
            if above in FATES or status_rank(above) > status_rank(status):
                status = above
        return status
    return "reported"


def _verb_status(verb: Token) -> str | None:
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "aux" and c.lower_ in POSSIBLE for c in verb.children):
        return None  # "could seal a deal" says nothing of how far it got
    if is_future(verb) and lemma not in PLANNED_VERBS:
        return "planned"
    if lemma == "work" and has_child(verb, "on", dep="prep"):
        return "planned"  # "to work on a road map"
    if lemma in HOLDS and verb.dep_ in ("acl", "relcl", "amod"):
        return None  # "documents promising collaboration", "a pact that pledges aid": what it holds
    for child in verb.children:  # the parser takes "out" in "pulled out of" for a particle or a preposition
        if child.dep_ in ("prt", "prep", "advmod") and (lemma, child.lower_) in PHRASAL_STATUS:
            return PHRASAL_STATUS[lemma, child.lower_]
    if lemma == "vote" and has_child(verb, "against", dep="prep"):
        return "rejected"
    if lemma == "call" and not has_child(verb, "for", dep="prep"):
        return None  # "called the bid its best offer" proposes nothing; "called for talks" does
    return next((status for status, lemmas in STATUS_VERBS if lemma in lemmas or verb.lower_ in lemmas), None)


def is_conditional(verbs: list[Token]) -> bool:
    """A condition or a mere possibility, not a fact: "if we come to an agreement", "unless we have
    entered into one", "the buyer could seal a deal"."""
    clauses = verbs + [v.head for v in verbs if v.dep_ == "conj"]  # "if they agree but it is blocked"
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for v in clauses for c in v.children):
        return True
    if any(v.left_edge.lower_ in CONDITIONS and v.left_edge.dep_ == "mark" for v in clauses):
        return True  # the parser hung "whether" on a word inside the clause
    if any(_has_condition(c) for c in verbs[:1] for c in c.children if c.dep_ == "advcl"):
        return True  # "would withdraw its offer if Qualcomm rescheduled its meeting"
    return any(c.dep_ == "aux" and c.lower_ in POSSIBLE for v in verbs[:1] for c in v.children)


def _has_condition(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children)


def is_future(verb: Token) -> bool:
    """Whether the verb is in the future ("will sign", "shall agree"): it has not happened yet."""
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children)


def purpose_text(verbs: list[Token], triggers: set[int]) -> str:
    """Text of what the status verbs aim at ("signed ... to further co-operation on education") or
    what the agreement holds ("the agreement includes the provision of mutual assistance")."""
    parts: list[str] = []
    for verb in verbs[:2]:
        for child in verb.children:
            if _holds_any(child, triggers):
                continue
            aim = child.dep_ in ("advcl", "xcomp") and has_child(child, "to", dep="aux")
            # "signed 11 documents, covering education and health": what they hold
            aim = aim or (child.dep_ == "advcl" and child.tag_ == "VBG" and child.lemma_.lower() in HOLDS)
            held = child.dep_ == "dobj" and verb.lemma_.lower() in HOLDS
            if aim or held or (child.dep_ == "prep" and child.lower_ in ("on", "for", "in", "over", "about")):
                parts.append(" ".join(t.text for t in child.subtree))
    return " ".join(parts)


def is_bare(tokens: list[Token], trigger: Token) -> bool:
    """A title with nothing but the trigger and quantities ("a series of agreements")."""
    content = [t for t in tokens if t.i != trigger.i and t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")]
    return all(t.lemma_.lower() in QUANTIFIERS for t in content)
