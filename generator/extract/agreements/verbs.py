"""Agreements a verb names without an agreement noun: "X agreed to <do>", "X agreed with Y to <do>",
"X offered to acquire Y", "X acquired Y for $N", "he was traded to Y for a pick", "the girls were
exchanged for militants", "the committee voted to <do>"; and the title of "freed X in exchange for
Y"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.agreements.context import TWO, ActorIndex
from generator.extract.agreements.deals import DEAL_LEMMAS, deal_form
from generator.extract.agreements.kinds import _TRADED, ACQUIRE_VERBS, BODIES, DISPUTES, denied
from generator.extract.agreements.verb_parts import VerbForm, described_company
from generator.extract.agreements.verb_parts import done_status as _done
from generator.extract.agreements.verb_parts import has_dep as _has_dep
from generator.extract.agreements.verb_parts import has_to as _has_to
from generator.extract.agreements.verb_parts import is_future as _future
from generator.extract.agreements.verb_parts import np_phrase as _np
from generator.extract.agreements.verb_parts import prep_object as _prep_object
from generator.extract.events.labels import TITLE_WORDS, finish_label, np_tokens

VERB_LEMMAS = (
    frozenset("agree offer acquire buy purchase trade deal exchange swap vote decide resolve settle".split())
    | DEAL_LEMMAS
)
"""Verbs that may name an agreement on their own; a sentence without one is not searched."""
# What an employer offers ("offered him the offensive coordinator job", "offered her a contract").
_POSTS = frozenset("job post position contract deal role seat extension".split())
_SUBJECTS = ("nsubj", "nsubjpass")
# What a buyer pays with, besides money ("for a sixth-round pick", "for an undisclosed fee").
_PRICES = frozenset("sum amount fee price pick picks cash stock shares player players compensation".split())
_DASHES = frozenset("— – : ;".split())
_DEAL_AIMS = frozenset("acquire buy purchase merge combine sell pay".split())


def verb_forms(sent: Span, exclude: set[int], triggers: set[int]) -> list[VerbForm]:
    """Every agreement a verb of the sentence names; ``exclude`` are the date tokens, ``triggers``
    the agreement nouns (a verb whose phrase holds one leaves it to the noun)."""
    out: list[VerbForm] = []
    for verb in sent:
        lemma = verb.lemma_.lower()
        if lemma not in VERB_LEMMAS or verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            continue
        if lemma == "agree":
            form = _agreed(verb, exclude)
        elif lemma == "offer":
            form = _offered(verb, exclude)
        elif lemma in ("acquire", "buy", "purchase"):
            form = _acquired(verb, exclude)
        elif lemma == "settle" or lemma == "resolve" and _disputed(verb) and _paid(verb):
            form = _settled(verb, exclude)  # "agreed to pay $20 million to resolve allegations"
        elif lemma in ("vote", "decide", "resolve"):
            form = _resolved(verb, exclude)
        elif lemma in DEAL_LEMMAS:
            form = deal_form(verb, exclude)
        else:
            form = _traded(verb, exclude)
        if form is not None and not any(t.i in triggers for t in _phrase(verb, form)):
            out.append(form)
    # "agreed to pay $90 million to settle the lawsuit": one agreement, the settlement
    settling = [f.verb for f in out if f.title.startswith("Settlement")]
    return [
        f
        for f in out
        if not (f.verb.lemma_.lower() == "agree" and any(f.verb in v.ancestors for v in settling))
    ]


def _phrase(verb: Token, form: VerbForm) -> list[Token]:
    """The tokens the form read its title from: the verb's objects and complements."""
    return [t for c in verb.children if c.dep_ not in _SUBJECTS and c.dep_ != "agent" for t in c.subtree]


def _agreed(verb: Token, exclude: set[int]) -> VerbForm | None:
    """ "X agreed to <do>", "X agreed on <thing>", "X agreed with Y to <do>" — not "agreed, saying
    ...", "did not agree", "You agree to our terms", a headline without subject."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if not subjects or subjects[0].lower_ == "you":
        return None
    for child in verb.children:
        target: Token | None = None
        extra: list[Token] = []
        if (
            child.dep_ == "xcomp"
            and _has_to(child)
            or child.dep_ == "prep"
            and child.lower_ in ("on", "upon")
        ):
            target = child
        elif child.dep_ == "prep" and child.lower_ == "with":
            # "agreed with the Social Democrats to enter into talks": the parser hangs the
            # infinitive on "with", its subject is the other party
            target = next((c for c in child.children if c.dep_ == "pcomp" and _has_to(c)), None)
            extra = list(child.subtree)
        elif child.dep_ == "prep" and child.lower_ == "to" and _terms(child):
            target = child  # "agreed to terms with the Bay Sharks": a contract; the club is a party
            extra = list(child.subtree)
        if target is None:
            continue
        what = finish_label(_without_subject(target, exclude), max_words=11, capital=False)
        if what:
            status = "planned" if _future(verb) else "agreed"
            # "agreed to acquire X on Monday": the day of the deal; "agreed to start talks next
            # week" is the day of the talks
            aim = [target] if target.lemma_.lower() in _DEAL_AIMS else []
            return VerbForm(f"Agreement {what}", verb, status, extra, needs_party=True, aim=aim)
    return None


def _terms(prep: Token) -> bool:
    return any(c.dep_ == "pobj" and c.lemma_.lower() == "term" for c in prep.children)


def _offered(verb: Token, exclude: set[int]) -> VerbForm | None:
    """ "X offered to acquire Y", "X offered him the coordinator job" — not "offered condolences",
    "offered to resign"."""
    status = "planned" if _future(verb) else "offered"
    for child in verb.children:
        if child.dep_ == "xcomp" and _has_to(child) and child.lemma_.lower() in ACQUIRE_VERBS:
            what = finish_label(np_tokens(child, exclude, names_only=False), max_words=11, capital=False)
            objects = [t for c in child.children if c.dep_ in ("dobj", "prep") for t in c.subtree]
            return VerbForm(f"Offer {what}", verb, status, objects) if what else None
        if child.dep_ == "dobj" and child.lemma_.lower() in _POSTS and _has_dep(verb, "dative"):
            what = finish_label(np_tokens(child, exclude, names_only=False), max_words=9, capital=False)
            return VerbForm(f"Offer of {what}", verb, status) if what else None
    return None


def _acquired(verb: Token, exclude: set[int]) -> VerbForm | None:
    """A purchase of a company or of a player: "X acquired Y for $N", "Acquired by the Cardinals for a
    sixth-round pick" — something bought from someone, for a price or a named firm; not "the camera
    acquired an image"."""
    if _has_to(verb) or verb.tag_ == "VBG":
        return None  # "an offer to acquire X", "Qualcomm acquiring NXP": not done
    bought = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    price = _prep_object(verb, "for")
    if price is not None and not _is_price(price):
        price = None  # "bought water for the wounded"
    named = bought is not None and (bought.pos_ == "PROPN" or described_company(bought))
    if price is None and not named:
        return None
    agent = _prep_object(verb, "by", dep="agent")
    parts = ["Acquisition"]
    if bought is not None and bought.pos_ != "PRON":
        parts.append(f"of {_np(bought, exclude)}")
    if agent is not None:
        parts.append(f"by {_np(agent, exclude)}")
    if price is not None:
        parts.append(f"for {_np(price, exclude)}")
    extra = list(bought.subtree) if bought is not None else []
    form = VerbForm(" ".join(parts), verb, _done(verb), extra, _price_dates(verb, price))
    if bought is not None and described_company(bought):
        form.described = (_np(bought, exclude), bought)  # "purchased that company in 2015"
    return form


def _traded(verb: Token, exclude: set[int]) -> VerbForm | None:
    """A trade or exchange: "he was traded (dealt) to Oakland for a first-round pick", "the girls
    were exchanged for four militants", "X swapped Y for Z" — not "dealt with", "traded at $5"."""
    lemma = verb.lemma_.lower()
    to = _prep_object(verb, "to")
    price = _prep_object(verb, "for")
    moved = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if lemma in ("trade", "deal") and to is not None and to.pos_ == "PROPN" and moved is not None:
        title = "Trade"
        if moved.pos_ != "PRON":
            title += f" of {_np(moved, exclude)}"
        title += f" to {_np(to, exclude)}"
        if price is not None:
            title += f" for {_np(price, exclude)}"
        return VerbForm(
            title, verb, _done(verb), list(to.subtree), _price_dates(verb, price), needs_party=False
        )
    if lemma in ("exchange", "swap", "trade") and price is not None and moved is not None:
        if denied(verb) or not (_is_traded(price) or _is_traded(moved)):
            return None  # "exchanged dollars for euros"
        title = f"Exchange of {_np(moved, exclude)} for {_np(price, exclude)}"
        return VerbForm(title, verb, _done(verb), [], _price_dates(verb, price), needs_party=False)
    return None


def _resolved(verb: Token, exclude: set[int]) -> VerbForm | None:
    """A body's resolution or decision: "the committee voted to back annexation", "the cabinet
    decided to fund the project" — a body only, not "she decided to leave"."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    target = next((c for c in verb.children if c.dep_ == "xcomp" and _has_to(c)), None)
    if subject is None or target is None:
        return None
    words = {t.lower_ for t in subject.subtree if t.dep_ not in ("relcl", "appos")}
    if not words & BODIES or subject.pos_ == "PRON":
        return None
    what = finish_label(np_tokens(target, exclude, names_only=False), max_words=11, capital=False)
    noun = "Decision" if verb.lemma_.lower() == "decide" else "Resolution"
    return VerbForm(f"{noun} {what}", verb, "planned" if _future(verb) else "agreed") if what else None


def exchange_title(trigger: Token, handed: Token, exclude: set[int]) -> str | None:
    """ "freed the girls on Saturday in exchange for militants" -> "Exchange of the girls for
    militants"; "four leaders have been freed in exchange for the release of the girls"."""
    moved = next((c for c in handed.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if moved is None and handed.pos_ == "NOUN":
        moved = _prep_object(handed, "of")
    price = _prep_object(trigger, "for")
    if moved is None or price is None or moved.pos_ == "PRON":
        return None
    return f"Exchange of {_np(moved, exclude)} for {_np(price, exclude)}"


def collective(verb: Token, actors: ActorIndex) -> bool:
    """The subject can be a party: a body ("the government", "the rival parties, which ..."), several
    actors ("X and Y", "the two sides", "officials"), "they" — not one person or "she"."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return False
    if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head
    if any(c.dep_ == "conj" for c in subject.children) or TWO.search(subject.text):
        return True
    if subject.pos_ == "PRON":
        return subject.lower_ == "they"
    actor = actors.at(subject)
    if actor is not None and actor.kind == "person":
        return False
    return subject.lemma_.lower() not in TITLE_WORDS or subject.tag_ in ("NNS", "NNPS")


def _without_subject(target: Token, exclude: set[int]) -> list[Token]:
    """The infinitive's phrase without its own subject ("the Social Democrats to enter into talks"
    -> "to enter into talks")."""
    skip = exclude | {t.i for c in target.children if c.dep_ in _SUBJECTS for t in c.subtree}
    return np_tokens(target, skip)


def _settled(verb: Token, exclude: set[int]) -> VerbForm | None:
    """A dispute settled between parties: "Acme settled the lawsuit with Globex for $90 million",
    "agreed to settle the claims" — a lawsuit, a case, claims or charges, or someone settled with;
    not "the dust settled", "settled in Lima", "settled into the role", nor a plan "predicated on
    resolving licensing disputes"."""
    if verb.tag_ == "VBG":
        return None
    settled = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    party = _prep_object(verb, "with")
    dispute = _disputed(verb)
    if not dispute and (party is None or party.pos_ != "PROPN"):
        return None
    title = f"Settlement of {_np(settled, exclude)}" if dispute and settled is not None else "Settlement"
    if party is not None:
        title += f" with {_np(party, exclude)}"
    agreed = any(a.lemma_.lower() == "agree" for a in verb.ancestors)
    status = "planned" if _has_to(verb) and not agreed else _done(verb)
    # a dispute settled binds whoever settles it, a person too ("Barkley agreed to pay $300,000
    # to resolve claims"); settling with someone needs that someone named
    extra = list(party.subtree) if party is not None else []
    return VerbForm(title, verb, status, extra, needs_party=not dispute)


def _paid(verb: Token) -> bool:
    """A dispute resolved for a sum ("agreed to pay $20 million to resolve allegations", "resolved
    the claims for $5 million"), not by talks ("to resolve disputes peacefully")."""
    return verb.head.lemma_.lower() == "pay" or any(t.ent_type_ == "MONEY" for t in verb.subtree)


def _disputed(verb: Token) -> bool:
    """The verb's object is a dispute: "settled the lawsuit", "to resolve allegations"."""
    settled = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return settled is not None and (settled.lower_ in DISPUTES or settled.lemma_.lower() in DISPUTES)


def _price_dates(verb: Token, price: Token | None) -> set[int]:
    """Tokens whose dates belong to the price, not the deal: the "for" phrase, the objects, and all
    that follows a dash ("for compensation — a first-round pick in 2012 and a second in 2013")."""
    skip = {t.i for t in price.subtree} if price is not None else set()
    skip |= {t.i for c in verb.children if c.dep_ == "dobj" for t in c.subtree}
    dash = next((t.i for t in verb.sent if t.i > verb.i and t.text in _DASHES), None)
    if dash is not None:
        skip |= set(range(dash, verb.sent.end))
    return skip


def _is_price(token: Token) -> bool:
    """A price: a sum ("$65 billion", "an undisclosed fee") or what a team gives ("a sixth-round
    pick", "two players")."""
    phrase = list(token.subtree)
    if any(t.ent_type_ in ("MONEY", "CARDINAL", "ORDINAL") for t in phrase):
        return True
    return any(t.lemma_.lower() in _PRICES for t in phrase)


def _is_traded(token: Token) -> bool:
    """People handed over in an exchange: prisoners, hostages, militants, named people."""
    return (
        token.lemma_.lower() in _TRADED
        or token.lower_ in _TRADED
        or token.ent_type_ in ("PERSON", "NORP")
        or any(c.lower_ in _TRADED for c in token.children)
    )
