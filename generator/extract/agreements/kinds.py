"""Nouns that name an agreement only in the right company: a resolution a body passes, sanctions
it adopts, an offer or bid for a company, an acquisition or merger, an exchange of prisoners, a
compromise reached, a stop-gap spending bill, a hotline between two sides, talks someone brokered,
a contract extension, a body's decision to act.

Each word has a test of its company; the words and the modifiers they test for were gathered from
the seeds and the news-cluster corpus and checked against what they fire on there.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

# Bodies whose resolutions and decisions bind their members: the UN and its councils, legislatures,
# cabinets, party organs, company boards ("the UN resolution", "the cabinet's decision").
BODIES = frozenset(
    "un u.n. nations council assembly parliament congress senate house cabinet committee board "
    "politburo knesset duma commission union eu government coalition".split()
)
# Modifiers that make "offer" or "bid" a bid for a company ("a $121 billion takeover bid", "its
# hostile offer", "a sweetened offer") rather than "special offers" or "an offer of help".
_BID_WORDS = frozenset(
    "takeover buyout acquisition merger tender hostile unsolicited cash all-cash stock sweetened raised "
    "improved revised initial previous original earlier best final rival competing".split()
)
# Verbs that say an offer was made or answered ("raised its offer", "rejected the bid").
OFFER_VERBS = frozenset(
    "make raise boost sweeten increase improve lift launch submit table reject accept withdraw rebuff "
    "spurn drop abandon consider weigh review up".split()
)
# What an acquisition or offer is made to do ("an offer to acquire X", "a bid to buy Y").
ACQUIRE_VERBS = frozenset("acquire buy purchase take merge".split())
# Verbs of handing people over, which "in exchange for" turns into an exchange.
RELEASE_VERBS = frozenset("free release hand return repatriate swap trade exchange deliver".split())
# Who or what is exchanged in a prisoner or hostage exchange.
_TRADED = frozenset(
    "prisoner prisoners hostage hostages captive captives detainee detainees militant militants fighter "
    "fighters soldier soldiers spy spies body bodies remains suspect suspects leader leaders".split()
)
# Modifiers of "bill" or "measure" that make it a stop-gap or spending deal.
_STOPGAP = frozenset("spending funding stopgap stop-gap short-term budget appropriations continuing".split())
# What a stop-gap bill is for ("a bill to fund the government", "to reopen the government").
_STOPGAP_AIMS = frozenset("fund reopen finance avert keep end".split())
_SETTLED = frozenset({"signed", "agreed", "offered", "proposed", "rejected", "withdrawn"})
_SUCCESS = frozenset("successful fruitful concluded brokered mediated".split())
# Whoever brokers, mediates, hosts or drafts an agreement helps the parties make it; it is no party
# ("brokered by the Red Cross", "the resolution, drafted by France and Ireland, ...").
BROKER_VERBS = frozenset("broker mediate facilitate host draft sponsor author".split())
_BROKERS = frozenset("broker mediate facilitate".split())
# Verbs by which an agreement named before holds something: "It sets up joint patrols and a hotline".
_PROVIDES = frozenset("set establish create include provide contain cover foresee envisage".split())


def modifiers(token: Token) -> set[str]:
    """The lower-cased words that qualify a noun ("the UN Security Council" -> un, security ...)."""
    out = set()
    for child in token.children:
        if child.dep_ in ("compound", "amod", "nmod", "poss", "nummod", "npadvmod"):
            out |= {t.lower_ for t in child.subtree}
    return out


def _has_prep(token: Token, *words: str) -> Token | None:
    """The object of the token's preposition ``words`` ("bid for X" -> X), or None."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in words:
            return next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
    return None


def _aims_at(token: Token, verbs: frozenset[str]) -> bool:
    """The noun's clause aims at one of ``verbs`` ("an offer to acquire X")."""
    return any(
        c.dep_ in ("acl", "relcl", "xcomp")
        and c.lemma_.lower() in verbs
        and any(a.dep_ == "aux" for a in c.children)
        for c in token.children
    )


def _resolution(token: Token, status: str, verbs: list[Token]) -> bool:
    """ "the UN resolution", "Resolution 2375", "a sanctions resolution", "passed a resolution",
    "a continuing resolution" — not "conflict resolution", "high resolution", "a resolution of
    complaints", "a New Year's resolution"."""
    words = modifiers(token)
    if words & BODIES or words & {"sanctions", "sanction", "draft", "continuing"}:
        return True
    if any(c.dep_ == "nummod" and c.like_num for c in token.children):
        return True
    return status in _SETTLED and any(v.lemma_.lower() != "make" for v in verbs)


def _sanctions(token: Token, status: str, verbs: list[Token]) -> bool:
    """Sanctions a body passed, adopted or agreed ("the Security Council passed new sanctions") —
    not sanctions one state imposes, nor a mere reference ("in violation of UN sanctions")."""
    return status == "agreed" and any(v.lemma_.lower() != "impose" for v in verbs)


def _offer(token: Token, status: str, verbs: list[Token]) -> bool:
    """A bid for a company or a deal: "an offer for X", "an offer to acquire X", "a takeover bid",
    "a $121 billion offer", "raised its offer" — not "special offers", "a bid to win votes"."""
    target = _has_prep(token, "for")
    if target is not None and target.pos_ == "PROPN":
        return True
    if _aims_at(token, ACQUIRE_VERBS) or modifiers(token) & _BID_WORDS:
        return True
    if any(t.ent_type_ == "MONEY" for t in token.lefts):
        return True
    possessed = any(c.dep_ == "poss" for c in token.children)
    if possessed and any(v.lemma_.lower() in OFFER_VERBS for v in verbs):
        return True
    # "rejected the bid from Globex", "accepted the offer from Acme": a named bidder's, answered
    bidder = _has_prep(token, "from")
    return bidder is not None and bidder.pos_ == "PROPN" and status in _SETTLED - {"proposed"}


def _acquisition(token: Token, status: str, verbs: list[Token]) -> bool:
    """A takeover, acquisition or merger of a named company: "Dell's acquisition of EMC", "a merger
    with X", "the proposed takeover of Y" — not "data acquisition", "a merger of ideas"."""
    target = _has_prep(token, "of", "with", "by", "between")
    if target is not None and target.pos_ == "PROPN":
        return True
    if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in token.children):
        return True
    # "the boards approved the merger": a deal named before, now settled
    return status in _SETTLED - {"proposed", "offered"} and any(
        c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children
    )


def _approach(token: Token, status: str, verbs: list[Token]) -> bool:
    """ "a takeover approach", "its acquisition approach"."""
    return bool(modifiers(token) & {"takeover", "acquisition", "buyout", "merger"})


def _exchange(token: Token, status: str, verbs: list[Token]) -> bool:
    """A prisoner or hostage exchange: "a prisoner swap", "a hostage swap with the group", "an
    exchange of prisoners", "freed in exchange for militants", "agreed a swap" — not "the stock
    exchange", "an exchange of fire", "an exchange rate"."""
    if modifiers(token) & _TRADED or status in _SETTLED:
        return True
    traded = _has_prep(token, "of")
    if traded is not None and (traded.lemma_.lower() in _TRADED or traded.lower_ in _TRADED):
        return True
    if token.lower_.startswith("swap") and _has_prep(token, "with") is not None:
        return True
    return in_exchange_for(token) is not None


def in_exchange_for(token: Token) -> Token | None:
    """The verb or noun of handing over that "in exchange for" qualifies ("freed the girls in
    exchange for militants" -> freed), or None."""
    if token.lower_ != "exchange" or token.dep_ != "pobj" or token.head.lower_ != "in":
        return None
    if _has_prep(token, "for") is None:
        return None
    head = token.head.head
    return head if head.lemma_.lower() in RELEASE_VERBS and not denied(head) else None


def denied(verb: Token) -> bool:
    """A handing over the sentence denies or negates: "no fighters were released in exchange",
    "denied that the girls were exchanged for prisoners", "were not freed in exchange"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if any(
        c.dep_ in ("nsubjpass", "dobj", "nsubj") and any(d.lower_ == "no" for d in c.children)
        for c in verb.children
    ):
        return True
    node = verb
    while node.dep_ in ("ccomp", "conj", "xcomp") and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in ("deny", "dismiss", "refute"):
            return True
    return False


def is_provision(token: Token) -> bool:
    """Whether the noun is something an agreement named before provides ("It sets up joint patrols
    and a hotline between the coast guards", "The accord includes a prisoner exchange")."""
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    verb = node.head
    if node.dep_ != "dobj" or verb.lemma_.lower() not in _PROVIDES:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (
        subject.lower_ in ("it", "this") or trigger_word_of(subject) in _AGREEMENT_NOUNS
    )


def handed_over(token: Token, verbs: list[Token]) -> bool:
    """Whether an exchange noun's people were handed over ("freed ... in exchange for", "were
    released as part of a hostage swap"): the exchange took place."""
    if trigger_word_of(token) not in ("exchange", "swap"):
        return False
    return any(
        v.lemma_.lower() in RELEASE_VERBS and v.tag_ in ("VBD", "VBN") and not _will(v) for v in verbs[:1]
    )


def trigger_word_of(token: Token) -> str:
    lower = token.lower_
    return lower[:-1] if lower.endswith("s") and lower[:-1] in CONDITIONAL_WORDS else lower


def _will(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "would") for c in verb.children)


def _compromise(token: Token, status: str, verbs: list[Token]) -> bool:
    """ "reached a compromise", "a compromise between the parties", "a compromise on X"."""
    return status in _SETTLED or _has_prep(token, "between", "with", "on") is not None


def _stopgap(token: Token, status: str, verbs: list[Token]) -> bool:
    """A stop-gap or spending deal: "a short-term spending bill", "a stopgap measure", "a bill to
    fund the government" — not any bill."""
    return bool(modifiers(token) & _STOPGAP) or _aims_at(token, _STOPGAP_AIMS)


def _hotline(token: Token, status: str, verbs: list[Token]) -> bool:
    """ "a hotline between the two militaries", "agreed to set up a hotline"."""
    return status in _SETTLED or _has_prep(token, "between") is not None


def _talks(token: Token, status: str, verbs: list[Token]) -> bool:
    """Talks that produced something: "successful negotiations", "talks brokered by X",
    "negotiations between A and B, mediated by C" (talks merely held or planned are not)."""
    if modifiers(token) & _SUCCESS:
        return True
    # "negotiations between A and B, brokered by C": the parser may hang "brokered" on B
    return any(v.lemma_.lower() in _BROKERS for v in (*verbs, *token.subtree))


def _extension(token: Token, status: str, verbs: list[Token]) -> bool:
    """ "a contract extension", "a two-year extension of his contract" — not "hair extensions"."""
    if modifiers(token) & {"contract", "deal", "lease", "agreement"}:
        return True
    held = _has_prep(token, "of", "to")
    if held is not None:
        return held.lemma_.lower() in ("contract", "deal", "lease", "agreement", "treaty")
    # "signed X to a five-year, $100 million extension", "agreed to a two-year extension": a
    # contract's, by its term or its worth (a deadline's extension is "of the deadline")
    termed = any(t.ent_type_ in ("MONEY", "DATE") for t in token.lefts)
    return termed and status in ("signed", "agreed")


def _decision(token: Token, status: str, verbs: list[Token]) -> bool:
    """A body's decision to act: "the cabinet's decision to fund", "a committee decision on X" —
    not "its decision to resign" or a court's ruling."""
    if not modifiers(token) & BODIES - {"government", "house"}:
        return False
    return _has_prep(token, "on") is not None or any(
        c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" for a in c.children) for c in token.children
    )


def _proposal(token: Token, status: str, verbs: list[Token]) -> bool:
    """ "rejected the proposal", "accepted their proposal": an answer to an offer named before
    (standing alone, a proposal is no agreement: see ``POINTS_BACK``)."""
    definite = any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "its", "their") for c in token.children
    )
    return definite and status in _SETTLED - {"proposed", "offered"}


DISPUTES = frozenset(
    "lawsuit lawsuits suit suits case cases claim claims dispute disputes charges litigation action "
    "complaint complaints allegations investigation probe".split()
)
"""What a legal or financial settlement settles ("a settlement of the lawsuit", "over the claims")."""


_SETTLING = frozenset(
    "reach agree sign accept approve announce negotiate pay finalize finalise strike propose offer reject "
    "enter".split()
)
"""Verbs of which a settlement is the object when it settles something: "reached a settlement"."""
_PLACES_MADE = frozenset("build fund expand construct establish found evacuate demolish visit".split())
"""Verbs of which a settlement is the object when it is a place: "to fund a new settlement"."""


def _settlement(token: Token, status: str, verbs: list[Token]) -> bool:
    """A settlement between parties: "reached a $90 million settlement", "agreed to a settlement
    with the families", "a settlement of the lawsuit", "the settlement over the claims" — not a
    place people settle ("Sylvanian settlements in the hills", "settlement policy") or a
    payment's clearing ("a four-second settlement time")."""
    if any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in token.children):
        return False  # "Israeli settlements", "a Jewish settlement": places
    if verbs and verbs[0].lemma_.lower() in _PLACES_MADE:
        return False  # "voted to fund a new settlement in the north": a place
    if any(t.ent_type_ == "MONEY" for t in token.lefts):
        return True
    if status in _SETTLED and verbs and verbs[0].lemma_.lower() in _SETTLING:
        return True
    if _has_prep(token, "with", "between") is not None:
        return True
    settled = _has_prep(token, "of", "over", "in", "for")
    return settled is not None and (settled.lower_ in DISPUTES or settled.lemma_.lower() in DISPUTES)


def _plea(token: Token, status: str, verbs: list[Token]) -> bool:
    """ "a plea bargain" — not a bargain hunted for."""
    return "plea" in modifiers(token)


def _loan(token: Token, status: str, verbs: list[Token]) -> bool:
    """A loan or a bailout one side grants another: "a $500 million loan to Kenya", "approved a
    bailout for Ruritania", "the IMF loan" — not money "on loan", "student loans", "took out loans"."""
    if any(t.ent_type_ == "MONEY" for t in token.lefts) or _has_prep(token, "worth") is not None:
        return True
    return status in _SETTLED - {"proposed"} and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "the", "this") for c in token.children
    )


_GIVEN = frozenset("give award grant hand win land secure earn".split())
"""Verbs by which an agreement is made with whoever gets it: "gave him a five-year contract",
"was awarded a $2.9 billion contract", "won a contract to build", "landed a sponsorship deal"."""


def given(token: Token) -> bool:
    """Whether the agreement is given, awarded or won: the object (or passive subject) of such a
    verb, or the noun a participle of it qualifies ("a launch contract awarded in 2015")."""
    if token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in _GIVEN:
        return True
    return any(c.dep_ in ("acl", "amod") and c.lemma_.lower() in _GIVEN for c in token.children)


def to_recipient(token: Token, verb: Token, prep: Token) -> bool:
    """Whether the verb's "to" phrase names who gets the agreement: "approved a $3 billion loan to
    Pakistan", "awarded the contract to Acme" (the parser hangs it on the verb)."""
    if prep.dep_ != "prep" or prep.lower_ != "to" or prep.i < token.i or token.head.i != verb.i:
        return False
    return token.lemma_.lower() in ("loan", "bailout") or verb.lemma_.lower() in _GIVEN


def pleaded(token: Token, verbs: list[Token]) -> bool:
    """A plea deal someone pleaded under: "pleaded guilty as part of a plea deal" — made."""
    return "plea" in modifiers(token) and any(v.lemma_.lower() == "plead" for v in verbs)


CONDITIONAL: dict[str, Callable[[Token, str, list[Token]], bool]] = {
    "resolution": _resolution,
    "sanction": _sanctions,
    "offer": _offer,
    "bid": _offer,
    "takeover": _acquisition,
    "buyout": _acquisition,
    "acquisition": _acquisition,
    "merger": _acquisition,
    "approach": _approach,
    "exchange": _exchange,
    "swap": _exchange,
    "compromise": _compromise,
    "bill": _stopgap,
    "measure": _stopgap,
    "hotline": _hotline,
    "talk": _talks,
    "negotiation": _talks,
    "extension": _extension,
    "decision": _decision,
    "proposal": _proposal,
    "settlement": _settlement,
    "bargain": _plea,
    "loan": _loan,
    "bailout": _loan,
}
"""Agreement nouns (dictionary form) that need the right company, and the test of it."""
OFFERS = frozenset({"offer", "bid"})
POINTS_BACK = frozenset({"proposal"})
"""Nouns that are an agreement only as a later mention of one named before."""
CONDITIONAL_WORDS = frozenset(CONDITIONAL)
_AGREEMENT_NOUNS = frozenset(
    "agreement treaty pact deal accord accords memorandum resolution contract".split()
)
"""Nouns whose mention alone says an offer was made."""
