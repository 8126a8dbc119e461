"""The parties and signatories of one agreement mention, read off the parse: the names in the
agreement's own phrase ("the deal between X and Y", "X's offer for Y", "the UN resolution"), the
subjects of the verbs that sign, agree, offer, pass or reject it and their "with", "between" and
"by" phrases — never a country that only qualifies some other noun ("the Singapore-based firm", "a
Russian-made missile", "the South Korean company"), never whoever brokered it."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from generator.extract.agreements.context import PARTY_KINDS, ActorIndex, add
from generator.extract.agreements.kinds import BROKER_VERBS, to_recipient
from generator.extract.agreements.terms import PHRASAL_STATUS, STATUS_VERBS
from generator.extract.agreements.verb_parts import COMPANY_NOUNS, described_company
from generator.extract.events.labels import np_tokens, subject_tokens
from generator.records import Actor, Mention

# Nouns a country or body qualifies when it acts as itself: "the Nigerian government", "Qualcomm's
# board", "Boko Haram leaders", "the Swiss negotiators" (titles of office and state bodies, from
# the seeds and the news-cluster corpus). Any other noun makes the name a mere description: "the
# Singapore-based firm", "Chinese oil tankers", "the South Korean company".
STATE_WORDS = frozenset(
    "government governments authorities administration regime state officials official leaders leader "
    "leadership president presidency premier minister ministers ministry chancellor king queen emir "
    "army military forces navy police parliament cabinet congress senate lawmakers legislators "
    "delegation delegations negotiators envoy envoys ambassador diplomats counterpart counterparts side "
    "sides council board "
    "management executives shareholders owner owners commander commanders chief".split()
)
# Verbs whose subject is a party although they say nothing of the agreement's status ("the two
# countries have a treaty", "X entered into an agreement", "Y joined the accord", "X announced a
# deal", "Broadcom raised its offer").
PARTY_VERBS = frozenset(
    "have hold enter join negotiate discuss renew honour honor announce unveil launch make raise sweeten "
    "boost increase improve free release hand swap trade exchange give award grant win land secure "
    "plead retain".split()
)
# Nouns by which a story refers back to an armed or political group it named before ("the
# militant group", "the extremists", "the insurgents").
GROUP_NOUNS = frozenset(
    "group movement militia faction insurgency insurgents militants rebels extremists jihadists islamists "
    "sect outfit".split()
)
FILING_VERBS = frozenset("file register lodge record deposit".split())
"""Verbs whose "with" names where a document was filed, not who is bound by it."""
_GROUP_WINDOW = 1500
"""How far back (characters) "the militant group" may look for the group it stands for."""
_STATUS_LEMMAS = frozenset(word for _, words in STATUS_VERBS for word in words)
_MODIFIERS = ("amod", "compound", "nmod", "npadvmod", "poss", "nummod")


def parties_and_people(
    trigger: Token, verbs: list[Token], index: ActorIndex, extra: Iterable[Token] = ()
) -> tuple[list[str], list[str]]:
    """Parties and people named in the agreement's phrase, its verbs' subjects and their "with",
    "between" and "by" phrases (and the ``extra`` phrases a verb form names: what was acquired,
    where a player was traded). A person's country or body counts as a party; "he" is the main
    subject. Brokers ("brokered by X", "X mediated the deal") are left out.
    """
    zones: list[Token] = list(extra)
    if trigger.pos_ != "VERB":
        filed = {t.i for c in trigger.children if c.lemma_.lower() in FILING_VERBS for t in c.subtree}
        zones.extend(t for t in trigger.subtree if t.i not in filed)
    brokers: set[int] = set()
    for token in zones:  # "the deal between A and B, brokered by C and D": C and D helped, no party
        if token.lemma_.lower() in BROKER_VERBS and token.pos_ == "VERB" and trigger.pos_ != "VERB":
            # the parser may hang "and D" anywhere; a participle of brokering ends the phrase
            brokers |= {t.i for t in trigger.subtree if t.i > token.i}
    for verb in verbs:
        subjects = _subject_phrase(verb, trigger)
        if verb.lemma_.lower() in BROKER_VERBS:
            brokers |= {t.i for t in subjects}
            brokers |= {
                t.i for c in verb.children if c.dep_ == "agent" or _is_prep(c, "by") for t in c.subtree
            }
        elif _takes_parties(verb, trigger):
            zones.extend(subjects)
        for child in verb.children:
            if _is_prep(child, "with") and verb.lemma_.lower() in FILING_VERBS:
                continue  # "the trust agreement, filed with the F.A.A.": a registrar, no party
            if (
                child.dep_ == "agent"
                or _is_prep(child, "with", "between", "by")
                or to_recipient(trigger, verb, child)
            ):
                zones.extend(_named_by(child))
            elif child.dep_ == "dative" and _takes_parties(verb, trigger):
                zones.extend(child.subtree)  # "Peru offered Bolivia a ten-year deal"
        zones.extend(signed_to(verb, trigger))
        zones.extend(bid_for(verb, trigger))
    zones.extend(bought(trigger))
    parties: list[str] = []
    people: list[str] = []
    for token in sorted({t.i: t for t in zones if t.i not in brokers}.values(), key=lambda t: t.i):
        actor = index.at(token)
        group = None
        pronoun = token.lower_ in ("he", "she", "it", "they") and token.dep_ in ("nsubj", "nsubjpass")
        if actor is None and pronoun:
            actor = _main_subject(token, index)
        elif actor is None:
            actor = index.named_elsewhere(token) if token.dep_ in ("nsubj", "nsubjpass", "pobj") else None
            if actor is None and described_company(token):
                actor = _company_before(token, index)
            elif actor is None:
                actor = group = _described_group(token, index)
        elif not acts_as_itself(token, trigger, index):
            continue
        elif actor.kind == "country" and token.ent_type_ == "NORP":
            actor = _company_called(token, index) or actor  # "American pledged": the airline
        if actor is not None and group is None and _place(token, trigger):
            continue  # "agreed to a ceasefire in Cairo": where, not who
        if actor is None:
            continue
        if actor.kind == "person" and group is None:
            add(people, actor.id)
        party = actor.id if group is not None else index.party_of(actor)
        if party:
            add(parties, party)
    for target in valued(trigger, verbs, index, parties):
        add(parties, target.id)
    return parties, people


_SIGN_ON = frozenset({"sign", "re-sign", "resign", "ink"})


def signed_to(verb: Token, trigger: Token) -> list[Token]:
    """Whom a club or a company signs to the agreement: "the Cardinals signed Tom Reed to a
    three-year contract", "they signed center Corey Linsley ... to a contract extension", "signed
    X on a five-year contract" (the one signed is a party, and a signatory). Only with the
    agreement as the object of "to" or "on"."""
    if verb.lemma_.lower() not in _SIGN_ON:
        return []
    to = next((c for c in verb.children if _is_prep(c, "to", "on") and trigger in c.subtree), None)
    # every object: the parser may split "center Corey Linsley" into two
    signed = [c for c in verb.children if c.dep_ == "dobj"]
    if to is None or not signed:
        return []
    out: list[Token] = []
    for obj in signed:
        clauses = {t.i for c in obj.children if c.dep_ in ("relcl", "acl", "appos") for t in c.subtree}
        out.extend(t for t in obj.subtree if t.i not in clauses)  # not "who was to become a free agent"
    return out


def bought(trigger: Token) -> list[Token]:
    """The company an agreement's own "to buy" clause names: "a $32 billion deal to buy Arm", "an
    offer to acquire Globex", "agreed to merge with Initech" (the target is a party)."""
    out: list[Token] = []
    clauses = [c for c in trigger.children if c.dep_ in ("acl", "relcl", "xcomp")]
    for clause in clauses:
        if clause.lemma_.lower() not in BUY_VERBS or not any(a.dep_ == "aux" for a in clause.children):
            continue
        for child in clause.children:
            if child.dep_ == "dobj":
                clauses_of = {t.i for c in child.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
                out.extend(t for t in child.subtree if t.i not in clauses_of)
            elif _is_prep(child, "with"):
                out.extend(_named_by(child))
    return out


BUY_VERBS = frozenset("acquire buy purchase take merge combine".split())
_BIDS = frozenset("offer bid takeover buyout acquisition approach".split())


def bid_for(verb: Token, trigger: Token) -> list[Token]:
    """The company a bid is for when the parser hangs "for" on the verb that makes it: "Acme made
    its $38 billion bid in October for Dutch-based Globex" -> Globex (the target is a party)."""
    if trigger.lemma_.lower() not in _BIDS or trigger.head.i != verb.i:
        return []
    return [t for c in verb.children if _is_prep(c, "for") for t in _named_by(c)]


def _named_by(prep: Token) -> list[Token]:
    """Who a "with", "between" or "by" phrase names: its objects and their conjuncts, not what
    hangs on them ("with backing from China" names nobody; "with the government of Nigeria" does)."""
    out: list[Token] = []
    for obj in prep.children:
        if obj.dep_ not in ("pobj", "pcomp"):
            continue
        skip = {t.i for c in obj.subtree if c.dep_ == "prep" and c.lower_ != "of" for t in c.subtree}
        skip |= {t.i for c in obj.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
        out.extend(t for t in obj.subtree if t.i not in skip)
    return out


def acts_as_itself(token: Token, trigger: Token, index: ActorIndex) -> bool:
    """Whether the name at ``token`` stands for its actor rather than describing another noun.

    A name that heads its phrase does ("X signed", "with X", "between X and Y"); one that
    qualifies a noun does only when that noun is the agreement itself ("the UN resolution",
    "Broadcom's offer"), a state body or office ("the Nigerian government", "Qualcomm's board")
    or a person ("Nigerian President Buhari"). Not: "the Singapore-based firm", "a Russian-made
    missile", "Chinese-owned ships", "the South Korean company", "Merkel's coalition partner".
    """
    mention = index.mention_at(token)
    root = token
    if mention is not None:  # the word of the name that the rest of the sentence hangs on
        while root.head.i != root.i and mention.start <= root.head.idx < mention.end:
            root = root.head
    if root.dep_ not in _MODIFIERS:
        return True
    node = root.head
    while True:
        if node.i == trigger.i or node.lemma_.lower() in STATE_WORDS or node.lower_ in STATE_WORDS:
            return True
        head = index.at(node)
        if head is not None and head.kind == "person" and node.ent_type_ == "PERSON":
            return True
        # "President" in "Nigerian President Muhammadu Buhari" qualifies the name in turn
        if node.dep_ != "compound" or node.head.i == node.i:
            return False
        node = node.head


_PLACE_PREPS = frozenset("in at near outside inside across throughout".split())
_CONJOINED = ("compound", "conj", "cc", "amod", "det", "flat", "punct")


def _place(token: Token, trigger: Token) -> bool:
    """A place named where the agreement was made, whatever state the actor extractor reads in it:
    "a ceasefire in Cairo", "signed in Lima on Sunday" (Egypt and Peru are no parties) — not "a
    stake in Acme", nor the people of a country ("lawmakers in Freedonia reached a compromise")."""
    if token.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    node = token
    while node.dep_ in _CONJOINED and node.head.i != node.i:
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ not in _PLACE_PREPS:
        return False
    where = node.head.head
    return where.i == trigger.i or where.pos_ in ("VERB", "AUX")


def _subject_phrase(verb: Token, trigger: Token) -> list[Token]:
    """The verb's subject phrase with its appositions ("X's partner, the Social Democrats (SPD),")."""
    tokens = subject_tokens(verb, {trigger.i}, names_only=False)
    for token in list(tokens):
        for child in token.children:
            if child.dep_ == "appos":
                tokens.extend(np_tokens(child, {trigger.i}, names_only=False))
    return tokens


def _takes_parties(verb: Token, trigger: Token) -> bool:
    """A verb whose subject is a side of the agreement: one that signs, agrees, offers, passes,
    rejects or withdraws it, has, holds, enters or joins it, or acts under it ("under a 2001
    agreement, X supplies gas") — not "China implemented the resolutions" or "ships violated the
    sanctions"."""
    lemma = verb.lemma_.lower()
    if verb.i == trigger.i or trigger.head.lower_ == "under" and trigger.head.head.i == verb.i:
        return True  # the verb that names the agreement ("traded X to Y"), or acting under it
    if lemma in _STATUS_LEMMAS or lemma in PARTY_VERBS or verb.lower_ in _STATUS_LEMMAS:
        return True
    if verb.pos_ == "NOUN":
        return True  # "the signing of ...": the noun's own phrase names the parties
    return any(c.dep_ == "prt" and (lemma, c.lower_) in PHRASAL_STATUS for c in verb.children)


def _is_prep(token: Token, *words: str) -> bool:
    return token.dep_ == "prep" and token.lower_ in words


_VALUING = frozenset("value undervalue price".split())


def valued(trigger: Token, verbs: list[Token], index: ActorIndex, bidders: list[str]) -> list[Actor]:
    """The company an offer puts a price on is its target: "an offer that valued the semiconductor
    maker at $121 billion", "the offer undervalued the San Diego company" -> the company named last
    before those words (in the sentence or the ones before), other than the ``bidders`` already
    found ("Globex said Acme's offer undervalued the company" -> Globex)."""
    if trigger.lemma_.lower() not in _BIDS:
        return []
    out: list[Actor] = []
    for verb in verbs:
        valued_ = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if verb.lemma_.lower() not in _VALUING or valued_ is None:
            continue
        actor = index.at(valued_) or index.named_elsewhere(valued_)
        if actor is None and valued_.lemma_.lower() in COMPANY_NOUNS and has_the(valued_):
            actor = _named_before(valued_, index, _GROUP_WINDOW, bidders)
        if actor is not None and actor.kind in PARTY_KINDS:
            out.append(actor)
    return out


def _named_before(
    token: Token, index: ActorIndex, window: int, other_than: Iterable[str] = ()
) -> Actor | None:
    """The organization named last before the token, within ``window`` characters."""
    for mention in index.before(token.idx, window):
        actor = index.by_id.get(mention.actor)
        if actor is not None and actor.kind == "organization" and actor.id not in other_than:
            return actor
    return None


def described_name(token: Token, index: ActorIndex) -> str | None:
    """The name of the company "that company" stands for, named before in its sentence."""
    actor = _company_before(token, index)
    return actor.name if actor is not None else None


def _company_before(token: Token, index: ActorIndex) -> Actor | None:
    """The company "that company" stands for: the last organization the sentence names before it,
    when the actor extractor kept it ("the company invested in Recon and purchased that company"
    -> Recon; nothing when Recon is no actor, never the one named before it)."""
    for i in range(token.i - 1, token.sent.start - 1, -1):
        near = token.doc[i]
        if near.ent_type_ == "ORG" or near.pos_ == "PROPN":
            actor = index.at(near)
            return actor if actor is not None and actor.kind == "organization" else None
    return None


def _company_called(token: Token, index: ActorIndex) -> Actor | None:
    """The organization a nationality word heading a subject stands for, when the article names one
    that begins with it: "American pledged to hire a firm" -> American Airlines, not the United
    States ("the American delegation" qualifies a noun and never comes here)."""
    if token.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ == "det" for c in token.children):
        return None
    prefix = token.text + " "
    return next(
        (a for a in index.by_id.values() if a.kind == "organization" and a.name.startswith(prefix)), None
    )


def has_the(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _described_group(token: Token, index: ActorIndex) -> Actor | None:
    """The group "the Islamist militant group" or "the extremists" stands for: the organization or
    group named last before the sentence."""
    if token.lemma_.lower() not in GROUP_NOUNS and token.lower_ not in GROUP_NOUNS:
        return None
    if token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    for mention in index.before(token.sent.start_char, _GROUP_WINDOW):
        actor = index.by_id.get(mention.actor)
        if actor is not None and (
            actor.kind in ("organization", "group") or _called_group(token.doc, mention)
        ):
            return actor
    return None


def _called_group(doc: Doc, mention: Mention) -> bool:
    """Whether the text calls the named actor a group ("the terror group Boko Haram")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    near = [
        root.head,
        *root.children,
        *(c for t in span for c in t.children if c.dep_ in ("compound", "appos")),
    ]
    return any(t.lemma_.lower() in GROUP_NOUNS and t.i not in range(span.start, span.end) for t in near)


def _main_subject(pronoun: Token, index: ActorIndex) -> Actor | None:
    """The person ("he", "she") or body ("it") the sentence's main clause is about ("Li arrived ...,
    where he signed"; "Anthem set that benchmark when it agreed to pay $115 million")."""
    kinds = PARTY_KINDS if pronoun.lower_ in ("it", "they") else ("person",)
    root = pronoun.sent.root
    for child in root.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.i < pronoun.i:
            for token in child.subtree:
                actor = index.at(token)
                if actor is not None and actor.kind in kinds:
                    return actor
    return None
