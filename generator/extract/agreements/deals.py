"""Agreements of sport and business a verb names: a person hired by a named employer, a player or a
company signing with a named club or partner, a lease ("SpaceX leases the pad from NASA")."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.agreements.verb_parts import (
    COMPANY_NOUNS,
    VerbForm,
    done_status,
    has_to,
    is_future,
    np_phrase,
    prep_object,
)
from generator.extract.events.labels import finish_label, np_tokens

DEAL_LEMMAS = frozenset("hire sign re-sign lease pledge commit".split())
"""Verbs of this module; a sentence without one of them (or of ``VERB_LEMMAS``) is not searched."""


def deal_form(verb: Token, exclude: set[int]) -> VerbForm | None:
    """The agreement a verb of ``DEAL_LEMMAS`` names, or None."""
    lemma = verb.lemma_.lower()
    if lemma == "hire":
        return _hired(verb, exclude)
    if lemma == "lease":
        return _leased(verb, exclude)
    if lemma in ("pledge", "commit"):
        return _pledged(verb, exclude)
    return _signed_with(verb, exclude)


def _hired(verb: Token, exclude: set[int]) -> VerbForm | None:
    """A person hired by a club, a company or a body: "the Cardinals hired Bruno Diaz as head coach",
    "he was hired by the Rovers on Jan. 17" — the employer is a party (kept only when named: "he
    was hired as head coach at Temple" names none); not "hired an outside firm", "a hired truck"."""
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    hired = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    employer = prep_object(verb, "by", dep="agent") if passive else None
    if hired is None or has_to(verb) or verb.tag_ == "VBG":
        return None  # "pledged to hire", "hiring": not done
    if not (hired.ent_type_ == "PERSON" or passive and hired.lower_ in ("he", "she")):
        return None
    title = "Hire" if hired.pos_ == "PRON" else f"Hire of {np_phrase(hired, exclude)}"
    role = prep_object(verb, "as")
    if role is not None:
        title += f" as {np_phrase(role, exclude)}"
    extra = list(hired.subtree) if hired.pos_ != "PRON" else []
    if employer is not None:
        title += f" by {np_phrase(employer, exclude)}"
        extra += list(employer.subtree)
    return VerbForm(title, verb, done_status(verb), extra)


def _signed_with(verb: Token, exclude: set[int]) -> VerbForm | None:
    """A player, an artist or a company signed with a club, a label or a partner: "Reed signed with
    the Bay Sharks on Tuesday", "the band re-signed with Nimbus Records" — only with a named
    partner and nothing else signed ("signed the treaty with X" is the treaty's)."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children) or verb.tag_ == "VBG":
        return None
    if verb.dep_ in ("acl", "relcl", "amod"):
        return None  # "a treaty signed with Washington": the treaty's
    if any(c.dep_ == "prt" and c.lower_ in ("up", "off", "out") for c in verb.children):
        return None  # "fans signed up with Ticketmaster", "signed off with a joke"
    partner = prep_object(verb, "with")
    if partner is None or partner.pos_ != "PROPN":
        return None
    status = "planned" if has_to(verb) or is_future(verb) else "signed"
    return VerbForm(f"Signing with {np_phrase(partner, exclude)}", verb, status, list(partner.subtree))


def _leased(verb: Token, exclude: set[int]) -> VerbForm | None:
    """A lease between a named tenant and a named owner: "SpaceX leases Launch Complex 39A from
    NASA", "the city leased the stadium to the Bay Sharks in 2019" — not "leased a car" (nobody
    named it was leased from or to), not a plan ("wants to lease")."""
    leased = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    found = _other_side(verb)
    if leased is None or found is None or has_to(verb) or verb.tag_ == "VBG":
        return None
    side, other = found
    title = f"Lease of {np_phrase(leased, exclude)} {side} {np_phrase(other, exclude)}"
    # "SpaceX leases the pad": a lease in force, not news of its making
    status = "reported" if verb.tag_ in ("VBZ", "VBP") and not is_future(verb) else done_status(verb)
    return VerbForm(title, verb, status, list(other.subtree))


def _other_side(verb: Token) -> tuple[str, Token] | None:
    """ "from NASA" or "to Acme" on the verb, or on a word the parser hung it on ("leases Launch
    Complex 39A from NASA": "from" hangs on "39A")."""
    for node in (verb, *verb.children):
        if node is not verb and node.dep_ not in ("dobj", "advmod", "npadvmod"):
            continue
        for word in ("from", "to"):
            other = prep_object(node, word)
            if other is not None and other.pos_ == "PROPN":
                return word, other
    return None


def _pledged(verb: Token, exclude: set[int]) -> VerbForm | None:
    """A company's or an organization's public commitment: "American pledged to hire an outside
    firm to review its diversity", "the company committed to funding a new academy" — not a
    person's vow ("Reed pledged to fight on"), not a state's policy ("Panama pledged to identify
    whether crimes were committed"), not "she committed a foul"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or subject.ent_type_ == "PERSON":
        return None
    if subject.pos_ == "PROPN" and subject.ent_type_ == "GPE":
        return None  # "Panama pledged to identify whether crimes were committed": a state's policy
    if subject.pos_ != "PROPN" and subject.lemma_.lower() not in COMPANY_NOUNS:
        return None  # "officials pledged to rebuild": whose pledge?
    noun = "Pledge"
    aim = next((c for c in verb.children if c.dep_ == "xcomp" and has_to(c)), None)
    if aim is None:  # "committed to funding": the parser makes it a "to" phrase
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        aim = next((c for c in to.children if c.dep_ == "pcomp"), None) if to is not None else None
        noun = "Commitment to"
    if aim is None or aim.pos_ != "VERB":
        return None
    what = finish_label(np_tokens(aim, exclude, names_only=False), max_words=11, capital=False)
    return VerbForm(f"{noun} {what}", verb, "planned") if what else None
