"""Agreements, treaties, pacts, memoranda, road maps and deals a sentence reports, with their status.

Parties, signatories, topics and date come from the sentence's parse; "the two countries" and
"They also agreed ..." borrow from the sentences just before, and nothing else is guessed.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from generator.extract.base import actor_at, evidence, sentences
from generator.extract.dates import (
    DateRef,
    anniversary_origin,
    coarse_date,
    find_dates,
    governing_verb,
    is_metadata,
)
from generator.extract.timeline import (
    finish_label,
    is_boilerplate,
    is_caption,
    is_heading,
    np_tokens,
    subject_tokens,
)
from generator.records import Actor, Agreement, Article, Mention
from generator.text import slugify, unique_id

log = logging.getLogger(__name__)

TRIGGERS = frozenset("agreement treaty pact memorandum mou roadmap deal accord contract communique communiqué "
                     "arrangement".split())  # fmt: skip
# Words that only name an agreement in the right company: "road map", "joint statement",
# "signed ... partnership", "documents on cooperation".
_ROAD_MAP = ("map",)
_JOINT_ONLY = frozenset({"statement", "declaration"})
# Only agreements when signed: "a party convention", "a charter flight", "security protocol" are not.
_SIGNED_ONLY = frozenset({"partnership", "document", "documents", "convention", "charter", "protocol"})
_QUANTIFIERS = frozenset("series number raft range set package host couple slew bunch dozens batch".split())
_CONSENSUS = frozenset("general broad wide widespread universal unanimous".split())
_NOT_REAL = frozenset("no any potential possible hypothetical other".split())
_COOPERATION = re.compile(r"\b(?:co-?operation|collaboration)\b", re.IGNORECASE)
_ANAPHORA = re.compile(
    r"^\s*(?:They|The two|Both|The pair|The leaders|The (?:two )?sides|These|Among (?:these|them)|He|She|It)\b"
)
_TWO = re.compile(r"\b(?:the two(?: countries| nations| sides| states| leaders)?|both (?:countries|nations|sides)"
                  r"|the pair|they)\b", re.IGNORECASE)  # fmt: skip
_PARTY_KINDS = ("country", "organization", "group")
# "an agreement which included X" -> "with X"; "an agreement that pledges X" -> "on X".
_HOLDS = {"include": "with", "contain": "with", "feature": "with", "pledge": "on", "promise": "on",
          "guarantee": "on", "provide": "on", "cover": "on", "establish": "on"}  # fmt: skip

STATUS_VERBS: tuple[tuple[str, frozenset[str]], ...] = (
    ("signed", frozenset({"sign", "signing", "ink", "signed", "ratify"})),
    ("agreed", frozenset({"agree", "reach", "conclude", "strike", "seal", "clinch", "finalize", "finalise"})),
    ("planned", frozenset({"plan", "expect", "schedule", "prepare", "intend", "negotiate", "aim"})),
    ("proposed", frozenset({"propose", "offer", "suggest", "urge", "seek", "call"})),
)
TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (topic, re.compile(rf"\b(?:{words})\b", re.IGNORECASE))
    for topic, words in (
        ("education", r"education\w*|schools?|universit(?:y|ies)|students?|academic|training"),
        ("health", r"health\w*|medic\w+|hospitals?|pharmac\w+|vaccines?"),
        ("science and technology", r"scien\w+|technolog\w+|research|innovation|digital|space|telecom\w*"),
        (
            "energy",
            r"energy|fossil fuels?|fuels?|electricity|power (?:plants?|grid|generation)|coal|renewables?"
            r"|hydropower|solar|wind power",
        ),
        ("oil and gas", r"oil|(?:natural )?gas|petroleum|lng|pipelines?"),
        ("nuclear", r"nuclear|atomic|reactors?"),
        (
            "defence",
            r"defen[cs]e|military|military-technical|arms|weapon\w*|munitions|mutual (?:aid|assistance)",
        ),
        ("security", r"security|counter-?terrorism|terrorism|cyber\w*"),
        ("trade", r"trade|exports?|imports?|tariffs?|commerce|commercial"),
        ("investment", r"invest\w*"),
        ("finance", r"financ\w+|payments?|currenc(?:y|ies)|banking|loans?|credit|settlements?"),
        ("agriculture", r"agricultur\w*|farming|food|fisher(?:y|ies)"),
        ("culture", r"cultur\w*|arts|heritage"),
        ("tourism", r"touris\w+"),
        ("transport", r"transport\w*|rail\w*|shipping|aviation|logistics|ports?"),
        ("environment", r"environment\w*|climate"),
        ("labour", r"labou?r|employment|workers"),
        ("justice", r"legal|judicial|extradition|law enforcement"),
    )
)


@dataclass
class _Found:
    """An agreement as read from one sentence, before ids are given."""

    title: str
    parties: list[str]
    signatories: list[str]
    topics: list[str]
    date: str | None
    status: str
    index: int
    sent: Span
    verbs: list[Token] = field(default_factory=list)


def extract_agreements(
    doc: Doc, article: Article, actors: Sequence[Actor], mentions: Sequence[Mention]
) -> list[Agreement]:
    """Every agreement a sentence reports as signed, agreed, planned, proposed or simply existing.

    Caught: trigger nouns (agreement, treaty, pact, memorandum, road map, deal, accord, joint
    statement, signed partnership, documents on cooperation) and "X agreed to <do>" / "agreed on".
    Skipped: captions, headings, figurative or negated uses ("in agreement with", "a great deal of",
    "no deal", "any potential deals").
    """
    by_id = {a.id: a for a in actors}
    found: list[_Found] = []
    sents = sentences(doc)
    for index, sent in enumerate(sents):
        if is_caption(sent) or is_heading(sent) or is_boilerplate(sent) or sent.text.rstrip().endswith("?"):
            continue
        previous = [f for f in found if f.index == index - 1]
        for item in _read_sentence(sent, index, article.published, by_id, mentions):
            if _ANAPHORA.match(sent.text) or _TWO.search(sent.text):
                _borrow(item, sents, previous, article.published, by_id, mentions)
            found.append(item)
    out: list[Agreement] = []
    taken: set[str] = set()
    titles: set[str] = set()
    for item in found:
        if item.title.lower() in titles:
            continue
        titles.add(item.title.lower())
        out.append(
            Agreement(
                id=unique_id(slugify(item.title, 8), taken),
                title=item.title,
                parties=tuple(item.parties),
                signatories=tuple(item.signatories),
                topics=tuple(item.topics),
                date=item.date,
                status=item.status,
                evidence=(evidence(article.id, item.sent, item.index),),
            )
        )
    log.debug("%s: %d agreements", article.id, len(out))
    return out


def _read_sentence(
    sent: Span, index: int, published: dt.date | None, by_id: dict[str, Actor], mentions: Sequence[Mention]
) -> list[_Found]:
    """The agreements one sentence names, each from a trigger noun or an "agreed to" verb."""
    refs = [r for r in find_dates(sent, published) if not is_metadata(sent, r)]
    triggers = [t for t in sent if _is_trigger(t)]
    trigger_ids = {t.i for t in triggers}
    out: list[_Found] = []
    for trigger in triggers:
        date_ids = {t.i for r in refs for t in sent if r.start <= t.idx < r.end}
        verbs = _status_chain(trigger)
        status = _status(verbs)
        title, tokens = _title(trigger, verbs, date_ids, trigger_ids)
        topics = _topics(" ".join(t.text for t in sorted(tokens, key=lambda t: t.i)))
        if not topics:
            topics = _topics(_purpose_text(verbs, trigger_ids))
        item = _assemble(title or "", trigger, verbs, status, topics, refs, sent, index, by_id, mentions)
        if not title or (" " not in title and status not in ("signed", "agreed") and item.date is None):
            continue  # a lone "Treaty" or "Deal" that nothing dates or settles says too little
        if status == "reported" and not topics and _bare(tokens, trigger):
            continue
        out.append(item)
    for verb in sent:
        if verb.pos_ == "VERB" and verb.lemma_.lower() == "agree" and not _has(verb, "not", dep="neg"):
            target = next((c for c in verb.children if c.dep_ == "xcomp"
                           or (c.dep_ == "prep" and c.lower_ in ("on", "upon"))), None)  # fmt: skip
            if target is None or any(t.i in trigger_ids for t in target.subtree):
                continue
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects or subjects[0].lower_ == "you":
                continue  # a headline fragment ("Agreed on more weaponry") or terms of use
            date_ids = {t.i for r in refs for t in sent if r.start <= t.idx < r.end}
            what = finish_label(np_tokens(target, date_ids), max_words=11, capital=False)
            if not what:
                continue
            title = f"Agreement {what}"
            status = "planned" if _future(verb) else "agreed"
            out.append(
                _assemble(title, verb, [verb], status, _topics(what), refs, sent, index, by_id, mentions)
            )
    return out


def _assemble(
    title: str,
    trigger: Token,
    verbs: list[Token],
    status: str,
    topics: list[str],
    refs: list[DateRef],
    sent: Span,
    index: int,
    by_id: dict[str, Actor],
    mentions: Sequence[Mention],
) -> _Found:
    """Parties, signatories and date of one agreement around its trigger and status verbs."""
    people: list[str] = []
    parties: list[str] = []
    zones: list[Token] = [t for t in trigger.subtree] if trigger.pos_ != "VERB" else []
    for verb in verbs:
        zones.extend(subject_tokens(verb, {trigger.i}, names_only=False))
        for child in verb.children:
            if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in ("with", "between", "by")):
                zones.extend(child.subtree)
    for token in sorted(zones, key=lambda t: t.i):
        actor = by_id.get(actor_at(mentions, token.idx, token.idx + len(token)) or "")
        if actor is None:
            continue
        if actor.kind == "person":
            _add(people, actor.id)
            if actor.affiliation and by_id.get(actor.affiliation, actor).kind in _PARTY_KINDS:
                _add(parties, actor.affiliation)
        elif actor.kind in _PARTY_KINDS:
            _add(parties, actor.id)
    signatories = people if status in ("signed", "agreed") else []
    return _Found(title, parties, signatories, topics, _date_for(sent, trigger, verbs, refs), status, index,
                  sent, verbs)  # fmt: skip


def _is_trigger(token: Token) -> bool:
    """Whether the noun names an agreement here, not a figure of speech or a mere relationship."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    word = token.lemma_.lower() if token.pos_ == "NOUN" else token.lower_
    children = {c.lower_ for c in token.children}
    if any(c.lower_ in _NOT_REAL and c.dep_ in ("det", "amod", "neg") for c in token.children):
        return False
    if token.dep_ == "compound" and _is_trigger(token.head):
        return False  # "partnership agreement": the head noun is the agreement
    if word in TRIGGERS:
        if word == "deal" and (children & {"great", "good"} or _has(token, "of", dep="prep")):
            return False  # "a great deal of importance"
        if word == "agreement" and token.head.lower_ == "in" and not children & {"a", "an", "the"}:
            return False  # "in agreement with"
        if word == "agreement" and (
            children & _CONSENSUS or any(_has(c, "that", dep="mark") for c in token.children)
        ):
            return False  # "there is broad agreement that ...": consensus, not a document
        return True
    if token.lower_ in _ROAD_MAP:
        return "road" in children
    if word in _JOINT_ONLY:
        return "joint" in children
    if word in _SIGNED_ONLY or token.lower_ in _SIGNED_ONLY:
        if _status(_status_chain(token)) == "signed" or _has(token, "signed"):
            return True
        return word != "partnership" and bool(_COOPERATION.search(" ".join(t.text for t in token.subtree)))
    return False


def _title(
    trigger: Token, verbs: list[Token], exclude: set[int], triggers: set[int]
) -> tuple[str | None, list[Token]]:
    """The trigger's noun phrase without dates and status participles, and the tokens it used.

    Kept beyond the noun phrase: what the agreement holds ("which included a mutual defense
    clause" -> "with mutual defense clause"), who it is with ("the pact X signed with Y" -> "Pact
    with Y") and a topic the parser hung on the verb ("signed a number of documents on cooperation").
    """
    skip = set(exclude)
    for child in trigger.children:
        if child.dep_ == "conj" and (child.i in triggers or child.lemma_.lower() in TRIGGERS):
            skip |= {t.i for t in child.subtree}  # "the treaty and other agreements": one title each
        if child.dep_ == "amod" and child.lemma_.lower() in ("sign", "signed"):
            skip.add(child.i)  # "signed documents": the status says so
        if child.dep_ == "nummod" and _has(child, "the"):
            skip |= {t.i for t in child.subtree}  # "the two signed agreements" (a misparsed subject)
    tokens = np_tokens(trigger, skip)
    for child in trigger.children:  # np_tokens drops clauses; keep a participle that says what it is
        if child.dep_ == "acl" and child.tag_ == "VBG":
            tokens += np_tokens(child, skip)
    extra: list[Token] = []
    for verb in verbs[:2]:
        for child in verb.children:
            if child.dep_ != "prep" or child.i in skip or _is_trigger_phrase(child, triggers):
                continue
            if (
                child.lower_ in ("with", "between")
                and verb.dep_ in ("relcl", "acl")
                and not _dated(child, skip)
            ):
                extra += np_tokens(child, skip)
            elif child.lower_ in ("on", "for") and child.i > trigger.i:
                if _object_of(trigger, verb) and not _dated(child, skip):
                    extra += np_tokens(child, skip)
    tokens += extra
    title = finish_label(tokens, drop_article=True, max_words=12, min_words=1)
    for child in trigger.children:
        joiner = _HOLDS.get(child.lemma_.lower()) if child.dep_ == "relcl" else None
        obj = next((c for c in child.children if c.dep_ == "dobj"), None)
        if title and joiner and obj is not None:
            held = finish_label(np_tokens(obj, skip), drop_article=True, max_words=7, capital=False)
            if held:
                title = f"{title} {joiner} {held}"
                tokens += list(obj.subtree)
    return title, tokens


def _object_of(trigger: Token, verb: Token) -> bool:
    """The trigger is the verb's object, directly or after a quantity ("a number of documents")."""
    node = trigger
    while node.head.i != node.i and node.head.i != verb.i:
        if node.head.pos_ not in ("ADP", "NOUN") or (
            node.head.pos_ == "NOUN" and node.head.lemma_.lower() not in _QUANTIFIERS
        ):
            return False
        node = node.head
    return node.head.i == verb.i and node.dep_ == "dobj"


def _is_trigger_phrase(prep: Token, triggers: set[int]) -> bool:
    return any(t.i in triggers for t in prep.subtree)


def _dated(prep: Token, dates: set[int]) -> bool:
    return any(t.i in dates for t in prep.subtree)


def _clause_head(token: Token) -> bool:
    """An auxiliary or copula heading its own clause ("The accords ... were small")."""
    return token.pos_ == "AUX" and token.dep_ in ("ROOT", "ccomp", "conj", "advcl", "relcl")


def _status_chain(trigger: Token) -> list[Token]:
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


def _status(verbs: list[Token]) -> str:
    """signed / agreed / planned / proposed from the nearest word that says so, else reported."""
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if _future(verb) and lemma not in STATUS_VERBS[2][1]:
            return "planned"
        if lemma == "work" and _has(verb, "on", dep="prep"):
            return "planned"  # "to work on a road map"
        for status, lemmas in STATUS_VERBS:
            if lemma in lemmas or verb.lower_ in lemmas:
                return status
    return "reported"


def _future(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "’ll") for c in verb.children)


def _date_for(sent: Span, trigger: Token, verbs: list[Token], refs: list[DateRef]) -> str | None:
    """The date that belongs to the agreement: in its own phrase, or on the verb that signs it."""
    subtree = {t.i for t in trigger.subtree} if trigger.pos_ != "VERB" else set()
    chain = {v.i for v in verbs}
    for ref in refs:
        origin = anniversary_origin(sent, ref)
        if origin is not None and origin[1] <= trigger.idx:
            return origin[0].date
        tokens = [t for t in sent if ref.start <= t.idx < ref.end]
        verb = governing_verb(sent, ref.start, ref.end)
        if any(t.i in subtree for t in tokens) or (verb is not None and verb.i in chain):
            return coarse_date(ref)
        # "at last week's summit, at which members agreed": the date sits on the clause's antecedent
        antecedents = {v.head.i for v in verbs if v.dep_ == "relcl"}
        if any(
            t.head.i in antecedents and t.dep_ in ("poss", "compound", "npadvmod", "nmod") for t in tokens
        ):
            return coarse_date(ref)
    return None


def _borrow(
    item: _Found,
    sents: list[Span],
    previous: list[_Found],
    published: dt.date | None,
    by_id: dict[str, Actor],
    mentions: Sequence[Mention],
) -> None:
    """Fill date and parties from the sentences before when this one says "They" or "the two"."""
    if item.index == 0:
        return
    before = sents[item.index - 1]
    if item.date is None:
        if previous:
            item.date = previous[0].date
        else:  # a date on the previous sentence's main verb: "In September, X met Y."
            refs = [r for r in find_dates(before, published) if not is_metadata(before, r)]
            main = [r for r in refs if (v := governing_verb(before, r.start, r.end)) is not None
                    and v.dep_ in ("ROOT", "conj")]  # fmt: skip
            if len({r.date for r in main}) == 1:
                item.date = coarse_date(main[0])
    if item.parties or not _TWO.search(item.sent.text):
        return
    if previous and previous[0].parties:
        item.parties = list(previous[0].parties)
        return
    countries: list[str] = []
    for sent in reversed(sents[max(0, item.index - 2) : item.index]):
        for actor_id in _countries_in(sent, by_id, mentions):
            _add(countries, actor_id)
        if len(countries) >= 2:
            break
    if len(countries) == 2:
        item.parties = countries


def _countries_in(sent: Span, by_id: dict[str, Actor], mentions: Sequence[Mention]) -> list[str]:
    """Countries a sentence names as participants: subjects, "with"/"between" objects, people's own."""
    out: list[str] = []
    for token in sent:
        actor = by_id.get(actor_at(mentions, token.idx, token.idx + len(token)) or "")
        if actor is None:
            continue
        if (
            actor.kind == "person"
            and actor.affiliation
            and by_id.get(actor.affiliation, actor).kind == "country"
        ):
            _add(out, actor.affiliation)
        elif actor.kind == "country" and _participant(token):
            _add(out, actor.id)
    return out


def _participant(token: Token) -> bool:
    """A name in subject position or after "with"/"between", not a place where things happen."""
    node = token
    while node.dep_ in ("compound", "conj", "cc", "poss", "amod", "det") and node.head.i != node.i:
        node = node.head
    if node.dep_ in ("nsubj", "nsubjpass"):
        return True
    return node.dep_ == "pobj" and node.head.lower_ in ("with", "between", "and")


def _purpose_text(verbs: list[Token], triggers: set[int]) -> str:
    """Text of what the status verbs aim at ("signed ... to further co-operation on education")."""
    parts: list[str] = []
    for verb in verbs[:2]:
        for child in verb.children:
            if any(t.i in triggers for t in child.subtree):
                continue
            aim = child.dep_ in ("advcl", "xcomp") and _has(child, "to", dep="aux")
            if aim or (child.dep_ == "prep" and child.lower_ in ("on", "for", "in", "over", "about")):
                parts.append(" ".join(t.text for t in child.subtree))
    return " ".join(parts)


def _topics(text: str) -> list[str]:
    """Topics from the lexicon, in order of first appearance; several topics stay one agreement."""
    hits = [(m.start(), topic) for topic, pattern in TOPICS if (m := pattern.search(text))]
    return [topic for _, topic in sorted(hits)]


def _bare(tokens: list[Token], trigger: Token) -> bool:
    """A title with nothing but the trigger and quantities ("a series of agreements")."""
    content = [t for t in tokens if t.i != trigger.i and t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")]
    return all(t.lemma_.lower() in _QUANTIFIERS for t in content)


def _has(token: Token, word: str, dep: str | None = None) -> bool:
    return any(c.lower_ == word and (dep is None or c.dep_ == dep) for c in token.children)


def _add(items: list[str], item: str) -> None:
    if item not in items:
        items.append(item)
