"""What happened to the people a number counts, read from the parse: the verb of their clause
("84 people were killed"), a noun of what happened ("the abduction of 276 girls"), a state
("two people remain trapped"), a verb of reporting over it ("seven people are confirmed as
having died") or a trip to hospital ("84 people were taken to hospital")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.figures.words import (
    EVENT_NOUNS,
    HOSPITAL_NOUNS,
    REPORTING,
    TOLL,
    TOLL_NOMINALS,
    TOLL_STATES,
    VAGUE,
)

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
SUFFERED = {"injury": "injured", "wound": "injured", "burn": "injured", "fracture": "injured"}
"""What people suffer or sustain that makes them a toll: "two people suffered minor injuries"."""
_STATES = frozenset({"acomp", "oprd", "xcomp"})
_PARTICIPLES = frozenset(TOLL.values())
_CLIMB = frozenset({"ccomp", "xcomp", "oprd", "conj", "advcl", "pcomp", "acomp"})
"""Clauses a toll's event may be named above: "killed when ...", "saw eight killed"."""


def toll_word(token: Token) -> str | None:
    """The participle a toll is named with, for a word of what happened to people ("died" ->
    "killed", "trapped" -> "trapped", "captive" -> "held captive"), else None."""
    lemma = token.lemma_.lower()
    if lemma in TOLL:
        return TOLL[lemma]
    word = token.lower_
    return TOLL.get(word) or TOLL_STATES.get(word) or (word if word in _PARTICIPLES else None)


def is_quantity(token: Token) -> bool:
    return token.like_num or token.lower_ in VAGUE or token.lower_ in ("dozen", "scores", "score")


def toll_of(noun: Token, span: Span | None = None) -> tuple[Token, str] | None:
    """The word of what happened to the people ``noun`` names, with the toll's participle.

    >>> toll_of(nlp("The abduction of 276 girls shocked the world.")[4])[1]
    'abducted'
    >>> toll_of(nlp("Two people remain trapped.")[1])[1]
    'trapped'
    """
    token = noun
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        above = token.head.head
        if is_quantity(above) and (span is None or span.start <= above.i < span.end):
            token = above  # "dozens of people were killed": the quantity is the subject
        elif above.pos_ == "NOUN" and above.lemma_.lower() in TOLL_NOMINALS:
            return above, TOLL_NOMINALS[above.lemma_.lower()]  # "the deaths of six men"
        elif above.lemma_.lower() in ("total", "tally"):
            token = above  # "a total of 85 people died"
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "10 citizens and two crew members" share their verb
    head = token.head
    own = _own_state(noun)
    if token.dep_ in _SUBJECTS | {"dobj"} and head.lemma_.lower() in LEFT_CARE and _from_hospital(head):
        return head, "discharged"  # "four people were released from hospital": not freed captives
    if token.dep_ in _SUBJECTS | {"dobj", "attr"} and head.lemma_.lower() in TOLL:
        # the clause's own verb first ("rescuers freed 12 miners trapped underground"), unless it
        # did not happen yet: "working to free two people still trapped"
        if own is None or not _unrealized(head):
            return head, TOLL[head.lemma_.lower()]
        return own
    if token.dep_ in _SUBJECTS | {"dobj"} and head.pos_ in ("VERB", "AUX"):
        found = _of_clause(token, head)
        if found is not None:
            return found
    if own is not None:
        return own
    if token.dep_ in _SUBJECTS | {"dobj"} and _to_hospital(head):
        return head, "hospitalised"  # "84 people have been taken to hospital"
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("among", "including"):
        return toll_of(head.head) if head.head.pos_ in ("NOUN", "PROPN") else None
    return None


def _of_clause(token: Token, head: Token) -> tuple[Token, str] | None:
    """What the clause says happened to its subject or object: a state ("two people were
    critically injured", "remain trapped", "left 32 civilians dead"), "lost their lives", a verb
    of reporting over a toll ("are feared dead", "confirmed as having died")."""
    if token.dep_ in _SUBJECTS or head.lemma_ == "leave":
        for child in head.children:
            if child.dep_ in _STATES | ({"ccomp"} if head.lemma_ == "leave" else set()):
                word = toll_word(child) or _held(child)
                if word:
                    return child, word
    if token.dep_ in _SUBJECTS and head.lemma_ in ("be", "remain", "stay") and _in_custody(head):
        return head, "arrested"  # "eight suspects are in detention", "two men remain in custody"
    hurt = next((c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in SUFFERED), None)
    if token.dep_ in _SUBJECTS and head.lemma_ in ("suffer", "sustain", "receive") and hurt is not None:
        return head, SUFFERED[hurt.lemma_.lower()]  # "two people suffered minor injuries"
    lives = any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in head.children)
    if token.dep_ in _SUBJECTS and head.lemma_ == "lose" and lives:
        return head, "killed"  # "seven people have lost their lives"
    if token.dep_ in _SUBJECTS and head.lemma_.lower() in REPORTING:
        for child in head.children:
            inner = child
            if child.dep_ == "prep" and child.lower_ == "as":
                inner = next((c for c in child.children if c.dep_ == "pcomp"), child)
            word = toll_word(inner) if inner.dep_ in _STATES | {"pcomp"} else None
            if word:
                return inner, word
    return None


def _own_state(noun: Token) -> tuple[Token, str] | None:
    """What the noun's own reduced relative or adjective says happened to its people: "the 12
    people killed", "people who died", "critically injured people", "girls still held captive",
    "people being rushed to hospital"."""
    for child in noun.children:
        if child.dep_ not in ("acl", "relcl", "amod"):
            continue
        word = toll_word(child) or _held(child)
        if word:
            return child, word
        if child.dep_ in ("acl", "relcl") and _to_hospital(child):
            return child, "hospitalised"
    return None


CUSTODY = frozenset({"custody", "detention"})
"""Nouns of being held by the police: people "in custody" or "in detention" are a toll of arrests."""


def _in_custody(verb: Token) -> bool:
    """ "are in detention", "remain in police custody": the verb's "in" and a noun of custody."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and any(o.lemma_.lower() in CUSTODY for o in prep.children)
        for prep in verb.children
    )


def _held(verb: Token) -> str | None:
    """ "held captive", "kept hostage": a verb of keeping with the state it keeps people in."""
    if verb.lemma_.lower() not in ("hold", "keep", "remain"):
        return None
    for child in verb.children:
        if child.dep_ in ("acomp", "oprd", "advmod", "xcomp", "dobj") and toll_word(child) == "held captive":
            return "held captive"
    return None


def _to_hospital(verb: Token) -> bool:
    """ "taken to hospital", "rushed to two hospitals", "brought in for treatment": the verb moves
    people to care."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "in", "into", "for", "at"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() in HOSPITAL_NOUNS:
                    return True
    return False


LEFT_CARE = frozenset({"release", "free", "discharge", "send"})
"""Verbs of leaving care: "released from hospital" is a discharge, not a release of captives."""


def _from_hospital(verb: Token) -> bool:
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "from"
        and obj.dep_ == "pobj"
        and obj.lemma_.lower() in HOSPITAL_NOUNS
        for prep in verb.children
        for obj in prep.children
    )


def _unrealized(verb: Token) -> bool:
    """ "to free two people", "committed to rescuing 218 girls": a purpose, not a deed."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp"


def toll_event(verb: Token | None, span: Span) -> str | None:
    """What the people of a toll were hit by, when the sentence names it: "eight people killed in
    a bombing" -> "bombing", "a suicide attack that saw eight people killed" -> "suicide attack",
    "20 people were injured in 112 tram-related accidents" -> "tram-related accidents"; a place
    ("killed in the city") or a time is not what hit them.

    >>> toll_event(nlp("A dozen captives died in a bombing.")[3], nlp("A dozen")[0:2])
    'bombing'
    """
    token = verb
    for _ in range(4):
        if token is None:
            return None
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "during", "from", "by"):
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() in EVENT_NOUNS:
                    return _event_name(obj)
        if token.dep_ in ("relcl", "acl") and token.head.pos_ == "NOUN":
            noun = token.head
            if noun.lemma_.lower() in EVENT_NOUNS:
                return _event_name(noun)
            if noun.dep_ not in ("dobj", "nsubj", "nsubjpass"):
                return None
            token = noun  # "an attack that saw eight people killed": on to the verb of the people
        elif token.dep_ not in _CLIMB or token.head.i == token.i:
            return None
        token = token.head
    return None


def _event_name(noun: Token) -> str:
    """The event noun with the words before it that name it: "suicide attack", "plane crash",
    "tram-related accidents"; a date ("the Nov. 13 attacks") and what follows the noun ("on the
    consulate", "that left 50 dead") are left out."""
    words = [
        x
        for t in noun.lefts
        if t.dep_ in ("compound", "amod", "nmod", "poss")
        for x in t.subtree
        if not x.like_num
        and x.dep_ != "det"
        and x.ent_type_ not in ("DATE", "TIME")
        and (not x.is_punct or x.text == "-")
    ]
    text = " ".join(t.text for t in [*words, noun])
    return text.replace(" - ", "-").replace(" 's", "'s").replace(" ’s", "’s")


def hospital_of(verb: Token | None) -> str | None:
    """The named hospital a toll's people are at: the place they were taken to ("taken to
    Tarvo University Hospital"), or the hospital that says it treats them ("St Tarvo's Hospital
    said it was treating 20 people"), so each hospital's count reads apart.

    >>> hospital_of(nlp("St Tarvo's Hospital said it was treating 20 people.")[6])
    "St Tarvo's Hospital"
    """
    for _ in range(3):
        if verb is None:
            return None
        for child in verb.children:
            names = [child] if child.dep_ in _SUBJECTS else []
            names += [c for n in names for c in n.children if c.dep_ == "poss"]  # "Tarvo Hospital's director"
            if child.dep_ == "prep" and child.lower_ in ("to", "at", "in", "into"):
                names = [c for c in child.children if c.dep_ == "pobj"]
            for name in names:
                words = [t for t in name.lefts if t.dep_ in ("compound", "poss", "amod")] + [name]
                words = [x for t in words for x in (t.subtree if t is not name else [t])]
                if name.pos_ == "PROPN" and any(t.lower_ in HOSPITAL_NAMES for t in words):
                    start, end = min(t.i for t in words), max(t.i for t in words) + 1
                    return name.doc[start:end].text
        if verb.dep_ not in ("ccomp", "conj", "xcomp", "advcl") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


HOSPITAL_NAMES = frozenset({"hospital", "infirmary", "clinic"})
"""Words in the name of a place where the injured are treated ("St Tarvo's Hospital")."""


HEADLINE_TOLLS = frozenset({"dead", "killed", "injured", "wounded", "hurt", "missing", "died"})
"""Words a headline puts straight after a toll's number: "12 dead, 18 injured in bus crash"."""


def bare_toll(span: Span) -> tuple[str, Token] | None:
    """The participle and word of a toll written as a number and the word of what happened, the
    way headlines write them, however the parse reads them: "12 dead, 18 injured in bus crash",
    "killed 12 and injured 18 more"; not "12 injured people" (a noun counted) nor "a dead-end"."""
    doc, end = span.doc, span.end
    if end < len(doc) and doc[end].lower_ == "more" and span.root.head.i == end:
        end += 1  # "injured 18 more"
        word = toll_word(span.root.head.head)
        return (word, span.root.head.head) if word else None
    if end >= len(doc) or doc[end].lower_ not in HEADLINE_TOLLS:
        return None
    following = doc[end + 1] if end + 1 < len(doc) else None
    if following is not None and (following.pos_ in ("NOUN", "PROPN") or following.text == "-"):
        return None
    word = toll_word(doc[end])
    return (word, doc[end]) if word else None


SEVERITIES = frozenset(
    {"slightly", "lightly", "seriously", "critically", "badly", "severely", "gravely", "fatally", "mortally"}
)
"""Adverbs of how badly people were hurt ("20 others were slightly hurt", "two critically injured
people"): a toll of its own beside all the injured."""


def severity(word: Token | None, noun: Token, span: Span | None) -> str | None:
    """The adverb of how badly the people of a toll were hurt, on its word, else None; not when
    the word's clause is about others ("treating 20 people, four of whom were seriously
    injured": the four)."""
    if word is None:
        return None
    subject = next((c for c in word.children if c.dep_ in _SUBJECTS), None)
    own = (
        subject is None
        or subject.i == noun.i
        or subject.lower_ in ("who", "that", "which")
        or (span is not None and span.start <= subject.i < span.end)
    )
    if not own:
        return None
    return next((c.lower_ for c in word.children if c.dep_ == "advmod" and c.lower_ in SEVERITIES), None)
