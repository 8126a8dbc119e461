"""The label of one clause: its subject, verb and first complement when they say a whole
happening ("Arians was hired by the Cardinals"), else nothing ("To launch", "Donald Trump revealed",
"He told reporters on Friday")."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.events.clauses import REPORTING, missing_object, reported_subject
from generator.extract.events.labels import (
    MAX_LABEL_WORDS,
    SUBJECTS,
    clause_tokens,
    finish_label,
    pronoun_name,
)
from generator.extract.events.states import describes_a_state, not_done

_PERSONAL = ("he", "she")


def verb_label(verb: Token, exclude: set[int]) -> str | None:
    """The label of the clause ``verb`` heads, or None when it says no whole happening."""
    tokens = _short_subject(verb, clause_tokens(verb, exclude))
    auxiliary = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if not _has_doer(verb, tokens) and (verb.tag_ not in ("VBG", "VBN") or auxiliary):
        return None  # "To launch", "Is believed to be ...": no one does anything
    if any(t.dep_ in SUBJECTS and t.lower_ in ("i", "we", "you") for t in tokens):
        return None  # "you've been marked safe ...": someone's words, no happening a reader can place
    if (
        verb.lemma_.lower() in REPORTING
        and (not _has_object(verb, tokens) if verb.lemma_.lower() != "tell" else not _told_news(verb))
        and not discloses_amount(verb)
    ):
        return None  # "He told reporters on Friday", "X said on Twitter that ...": a statement (a reaction)
    if not is_complete(verb, tokens) or _vague_subject(tokens) or _ranking(verb, tokens) or _holds(verb):
        return None
    if _opens_on_verb(tokens) or not_so(verb) or describes_a_state(verb) or not_done(verb):
        return None
    longest = MAX_LABEL_WORDS
    if verb.lemma_.lower() in REPORTING and discloses_amount(verb):
        tokens, longest = _disclosure(verb, tokens, exclude), MAX_LABEL_WORDS + 4  # (to the sum)
    elif _discloses(verb):
        news = [c for c in verb.children if c.dep_ == "ccomp"]
        after = next(
            (c for c in news if c.i > verb.i and not any(t.text == ";" for t in verb.doc[verb.i : c.i])), None
        )
        if after is not None and after.text not in (finish_label(tokens) or "").split():
            tokens, longest = _disclosure(verb, tokens, exclude), MAX_LABEL_WORDS + 4
        elif (
            (verb.dep_ != "ccomp" or _named_subject(verb))
            and not news
            and not any(t.dep_ == "dobj" and t.head.i == verb.i and t.pos_ != "PRON" for t in tokens)
        ):
            return None  # "The Telegraph reported", "The Lions announced on Twitter": what?
    label = named_subject(tokens, finish_label(tokens, max_words=longest))
    thing = missing_object(verb, exclude)
    if label and not thing and (_cut_at_verb(verb, label) or _cut_at_xcomp(verb, tokens, label)):
        return None
    return f"{label} {thing}" if label and thing else label


_NEEDED = ("dobj", "dative", "ccomp", "xcomp", "attr", "acomp", "oprd")


def _cut_at_verb(verb: Token, label: str) -> bool:
    """Whether the label ends on its verb while the verb takes what it needs, so what was done is
    cut off: "The team gave" (the team that gave him his best chance in 2008), "Qualcomm was
    trading" (the price Qualcomm was trading at on Nov. 2: a preposition stranded). Not "Ana Li
    retired" (nothing needed), nor "The plane turned around" (the particle ends it)."""
    if label.split()[-1] != verb.text:
        return False
    return any(c.dep_ in _NEEDED and c.pos_ != "PRON" for c in verb.children) or any(
        c.dep_ == "prep" and not list(c.children) for c in verb.children
    )  # (a pronoun object alone says little more: "inspectors approved it" reads "Inspectors approved")


def _cut_at_xcomp(verb: Token, tokens: list[Token], label: str) -> bool:
    """Whether the label ends on the verb of its "to" clause while that verb takes what it needs
    and the label leaves it out: "Timberlake tries to make" (of "tries to make the world forget
    about his album"), "The board decided to hold" (of "decided to hold a vote that the rules
    forbid"). Not "The plane was forced to return" (nothing needed)."""
    last = label.split()[-1]
    kept = {t.i for t in tokens}
    return any(
        t.dep_ == "xcomp"
        and t.text == last
        and any(c.dep_ in _NEEDED and c.pos_ != "PRON" and c.i not in kept for c in t.children)
        for t in tokens
        if t.head.i == verb.i
    )


_AMOUNTS = ("MONEY", "PERCENT")
_DISCLOSING = frozenset("announce reveal disclose confirm report unveil".split())
"""Verbs that make news known: their label is what was made known."""


def _active(verb: Token) -> bool:
    """Whether the verb has a subject of its own, or shares its conjunct's ("The Lions missed the
    play-offs and announced on Twitter"): not a participle ("the ceasefire announced ...")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    return any(c.dep_ == "nsubj" for c in verb.children)


def _named_subject(verb: Token) -> bool:
    """Whether the verb's subject is a name ("The Lions announced"), not a thing the parser
    made one ("the ceasefire announced in Dravia")."""
    return any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in verb.children)


def _discloses(verb: Token) -> bool:
    """An active verb of making news known ("Ana Li announced to her followers on Monday that she
    and Tom Reed had split"): its label is who, the verb and the news (the said clause after it,
    when the plain label leaves it out), or no event when the clause holds no news ("The Telegraph
    reported", "announced it late Monday"). Not a passive ("The charge was revealed in a filing":
    the subject is the news), nor a participle ("The ceasefire announced in Dravia on Wednesday").
    A clause inside another (a ``ccomp``) keeps its plain label unless a name is its subject: the
    parser reads "welcomed the ceasefire announced in Dravia" as one, with the ceasefire doing the
    announcing."""
    return (
        verb.lemma_.lower() in _DISCLOSING
        and _active(verb)
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    )


def discloses_amount(verb: Token) -> bool:
    """A statement that puts a sum or a share on the record is a happening of its day: "On Dec. 6,
    Citigroup's finance chief said the bank could be facing a $20 billion charge", "Bank of America
    said in a Dec. 22 filing it could book a $3 billion charge" (the estimate disclosed), not "X
    said on Friday that the talks were useful" (words only, a reaction)."""
    if verb.lemma_.lower() not in ("say", "state", "write"):
        return False
    said = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    return said is not None and any(t.ent_type_ in _AMOUNTS for t in said.subtree)


def _disclosure(verb: Token, tokens: list[Token], exclude: set[int]) -> list[Token]:
    """Who said it, "said", and the said clause's own subject, verb and object, so the sum stays:
    "The Citigroup chief financial officer said the bank could be facing a $20 billion charge"."""
    said = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    said = said or next(c for c in verb.children if c.dep_ == "ccomp")
    inner = _short_subject(said, clause_tokens(said, exclude))
    keep = {t.i for t in tokens if t.dep_ in SUBJECTS and t.head.i == verb.i}
    subject = [t for t in tokens if any(a.i in keep for a in [t, *t.ancestors]) and t.i < verb.i]
    return [*subject, verb, *inner]


LONG_SUBJECT = 6
"""Words before the verb past which a label keeps only the subject's head and its first "of"."""


def _short_subject(verb: Token, tokens: list[Token]) -> list[Token]:
    """A clause whose subject is so long that the label would be cut before its verb keeps the
    subject's head: "A team of medical professionals in a white tent only yards away will be
    standing by" -> "A team of medical professionals will be standing by"; "The heads of the
    armies of Nigeria, Chad, Niger, Cameroon and Benin met in Niamey" -> "The heads of the armies
    met in Niamey"."""
    if sum(1 for t in tokens if t.i < verb.i and not t.is_punct) <= LONG_SUBJECT:
        return tokens
    subject = next((t for t in tokens if t.dep_ in SUBJECTS and t.head.i == verb.i), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return tokens  # "Confirming the investigation into ... will begin": no head noun to keep
    of = next((c for c in subject.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and any(c.dep_ == "pcomp" for c in of.children):
        return tokens  # "The idea of using cars as an instrument of terror was floated"
    kept = _head_of(subject)
    if of is not None:
        kept |= {of.i} | {t.i for o in of.children if o.dep_ == "pobj" for t in _head_words(o)}
    dropped = {t.i for t in subject.subtree} - kept
    return [t for t in tokens if t.i not in dropped]


def _head_words(noun: Token) -> list[Token]:
    """A noun with what stands before it and the nouns it is listed with ("coal, lead and
    seafood", "Mitchell and Leslie Weiss"), without the phrases after them."""
    out = [noun, *(t for c in noun.lefts for t in c.subtree)]
    for c in noun.rights:
        if c.dep_ in ("cc", "punct") and c.text in (",", "and", "or"):
            out.append(c)
        elif c.dep_ == "conj":
            out.extend(_head_words(c))
    return out


def _head_of(noun: Token) -> set[int]:
    return {t.i for t in _head_words(noun)}


_PRESS = frozenset(
    "reporters journalists media press newspaper paper radio television tv broadcaster network "
    "interviewer agency website magazine channel outlet".split()
)
"""Who a statement is told to, when "told" only attributes words (kept apart from "told the
players of his decision", which is a happening). Written for this rule from news usage."""


def _told_news(verb: Token) -> bool:
    """ "told" as a happening: someone other than the press (or an outlet's name) is told of or
    about something: "Arians told the players of his decision Sunday" -> a happening; "He told
    reporters on Friday", "she told CNN", "told his teammates they didn't need to" -> words."""
    told = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    if told is None or told.lower_ in _PRESS or told.ent_type_ in ("ORG", "PERSON") or told.pos_ == "PRON":
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("of", "about") for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ in ("of", "about") for c in told.children
    )


BARE_PRONOUNS = frozenset("it its they them this that these those".split())
_HABITUAL = frozenset("typically usually normally often generally routinely traditionally always".split())
_HYPOTHETICAL = frozenset("would could might should".split())
_FINITE = ("VBD", "VBZ", "VBP", "MD")


STATIVE_PARTICIPLES = frozenset(
    "bind involve base locate know call name dub title set schedule slate expect plan suppose aim design "
    "mean relate link connect associate worth".split()
)
"""Participles that describe a noun rather than say what happened to it ("the flight bound for
Tokyo", "the ship involved in Tuesday's accident", "the rocket set for a maiden flight"), as
against "the agreement signed on Friday". Gathered from the news-cluster corpus."""


def is_complete(verb: Token, tokens: list[Token]) -> bool:
    """Whether the clause's label says a whole happening: someone does something (to something).

    Not "Selling oil" (a gerund without a doer), "One picture taken" / "Messages left" (a noun and
    a bare participle), "Donald Trump revealed" (what was revealed is cut off), "The bank reports
    earnings in mid-January" with "typically" (a habit, no happening), "Companies would have paid
    a rate" (what did not happen).
    """
    words = [t for t in tokens if not t.is_punct]
    subject = any(_subject(t) for t in tokens)
    after = [t for t in words if t.i > verb.i]
    finite = any(
        t.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in t.children)
        for t in tokens
    )
    if not finite and any(t.tag_ == "TO" and t.dep_ == "aux" for t in tokens):
        return False  # "Arians to be hired", "The bank to lower its taxable profit"
    if not finite and verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "advcl", "acl", "xcomp"):
        return False  # "Arians directing the Cardinals", "assistant coaches going out"
    if verb.tag_ == "VBG" and not subject and verb.dep_ not in ("relcl", "acl"):
        return False
    own = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if verb.tag_ == "VBG" and own and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # "with CEO Steve Mollenkopf arguing last year ...": no clause of its own
    if (
        verb.tag_ == "VBN"
        and verb.dep_ == "acl"
        and (not after or verb.lemma_.lower() in STATIVE_PARTICIPLES)
    ):
        return False
    if not after and any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in verb.children):
        return False
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return not (any(a in _HYPOTHETICAL for a in auxes) and "have" in auxes)


def not_so(verb: Token) -> bool:
    """A state the clause denies with "be": "Request for comment was not returned", "The date is
    not set in stone", "His clients were not involved" -- nothing happened. A happening denied
    stays ("United did not apologize", "The army did not try to shoot down the missile"), and so
    does a perfect ("Gruden has not coached since 2008": the date may still be a happening's)."""
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    if verb.lemma_.lower() == "be":
        return True
    return any(
        c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "be" and c.tag_ != "VBG" for c in verb.children
    )


_FORMS_WITHOUT_DOER = ("VB", "VBN")


def _opens_on_verb(tokens: list[Token]) -> bool:
    """A label that opens on a bare verb or a participle names no one who did it, the parser having
    left the subject behind or after it: "Built the towers" (of "Built in 1907, the towers have
    ..."), "Bound for the capital", "Serve as the departure point", "Being released Dauer". A
    present participle with its object stays ("Opening an embassy in Lima": an act of its own)."""
    first = next((t for t in tokens if not t.is_punct), None)
    if first is None or first.pos_ not in ("VERB", "AUX"):
        return False
    return first.tag_ in _FORMS_WITHOUT_DOER or first.lower_ in ("being", "having")


def _ranking(verb: Token, tokens: list[Token]) -> bool:
    """A comparison, no happening: "Wednesday's crash is the worst accident on the rail network
    since 2004", "is believed to be the first tram crash since 1959"."""
    if not any(
        t.lemma_ == "be" and t.pos_ == "AUX" and t.dep_ in ("ROOT", "xcomp", "ccomp", "conj") for t in tokens
    ):
        return False
    return any(
        t.tag_ in ("JJS", "RBS") or t.lower_ in ("first", "last", "only") for t in tokens if t.i > verb.i
    )


_AMOUNT_ENTS = frozenset({"MONEY", "QUANTITY", "CARDINAL", "PERCENT"})


def _holds(verb: Token) -> bool:
    """A state of holding an amount, no happening: "The company had 18 launches in 2017", "The
    firm has 500 staff", "Goldman had $32.6 billion in foreign earnings at the end of 2016". Not
    "had surgery" or "has had talks" (no amount held)."""
    if verb.lemma_ != "have" or verb.pos_ != "VERB":
        return False
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return thing is not None and (
        thing.ent_type_ in _AMOUNT_ENTS
        or any(c.dep_ == "nummod" or c.ent_type_ in _AMOUNT_ENTS for c in thing.children)
    )


def _vague_subject(tokens: list[Token]) -> bool:
    """A subject that points back without naming ("Such an effort is being undertaken", "Such
    transactions accounted for 40 percent"): the reader cannot tell what happened."""
    subject = next((t for t in tokens if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PROPN" or any(t.pos_ == "PROPN" for t in subject.subtree):
        return False
    return any(c.dep_ in ("det", "predet", "amod") and c.lower_ in _POINTING for c in subject.children)


_POINTING = frozenset("such this that these those".split())


def _has_object(verb: Token, tokens: list[Token]) -> bool:
    """Whether the label holds the verb's direct object ("posted a video")."""
    return any(t.dep_ == "dobj" and t.head.i == verb.i for t in tokens)


def named_subject(tokens: list[Token], label: str | None) -> str | None:
    """ "He began his fifth term" -> "Reyes began his fifth term" when the sentence says who "he" is;
    "they" in reported speech is the speaker ("authorities said they seized ...")."""
    if not label or not tokens or tokens[0].dep_ not in SUBJECTS:
        return label
    speaker = reported_subject(tokens[0])
    if speaker:
        return f"{speaker}{label[len(tokens[0].text) :]}"
    if tokens[0].lower_ not in _PERSONAL:
        return label
    name = pronoun_name(tokens[0])
    return f"{name}{label[len(tokens[0].text) :]}" if name else label


def _has_doer(verb: Token, tokens: list[Token]) -> bool:
    """Whether the label names who or what acts: a subject, or the noun a relative clause hangs on
    ("a war that ended in 1975")."""
    if any(_subject(t) for t in tokens):
        return True
    return verb.dep_ == "relcl" and any(t.i == verb.head.i for t in tokens)


def _subject(token: Token) -> bool:
    """A subject, or what stands in apposition to one (the court of "RAMALLAH, West Bank — An
    Israeli military court ... indicted", where the parser took the dateline for the subject)."""
    return token.dep_ in SUBJECTS or (token.dep_ == "appos" and token.head.dep_ in SUBJECTS)
