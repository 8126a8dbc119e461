"""Roles of organizations: the common noun the article gives a firm or a body next to its name.
"British firm Acme Partners", "the Swiss shipping company VOLTA", "electricity provider
Northgrid", "Skyline, a flight-tracking website," say what the body is, as "resident Ana Li"
says who a person is."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.actors.clusters import Cluster
from generator.extract.actors.kinds import FIRM_NOUNS
from generator.extract.actors.roles import role_after

BODY_NOUNS = FIRM_NOUNS | frozenset(
    """
    group organization organisation nonprofit non-profit watchdog coalition network website site
    service exchange platform agency union foundation association institute corporation federation
    alliance think-tank provider regulator supplier developer tracker band utility distributor
    automaker carmaker chipmaker giant rival
    """.split()
)
"""Head nouns that say what kind of body a name is (WordNet noun.group, organization and its
hyponyms "company", "agency", "band"; the producers' nouns business news uses: "provider",
"maker", "supplier", "giant")."""
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
MAX_BODY_ROLE_TOKENS = 6


def body_role(span: Span) -> str | None:
    """What an organization is, from the words before or after its name: "Designed by British
    firm Acme Partners" -> "British firm"; "owned by the Swiss shipping company VOLTA" -> "Swiss
    shipping company"; "Skyline, a flight-tracking website, said" -> "flight-tracking website".
    "Acme said", "the Acme Partners building", "Acme, the maker's rival," (not the body's
    noun) -> None."""
    return _role_before(span) or _role_after(span)


def _role_before(span: Span) -> str | None:
    doc = span.doc
    k = span.start - 1
    if k < 0 or not _body_noun(doc[k]):
        return None
    start = k
    while start - 1 >= 0 and k - start < MAX_BODY_ROLE_TOKENS and _describes_body(doc[start - 1]):
        start -= 1
    if start > 0 and doc[start - 1].tag_ == "POS":
        return None  # "Acme's rival Brill": a tie to another body
    return doc[start : k + 1].text


def _body_noun(tok: Token) -> bool:
    return tok.is_lower and tok.tag_ == "NN" and tok.lower_ in BODY_NOUNS


def _describes_body(tok: Token) -> bool:
    """A word inside a body's description: a lower-case noun or adjective ("shipping",
    "flight-tracking"), a hyphen, a nationality ("British", "Swiss")."""
    if tok.text == "-" and not tok.whitespace_:
        return True
    if tok.is_lower and tok.is_alpha and not tok.is_stop and tok.tag_ in {"NN", "JJ", "VBG", "NNS"}:
        return tok.lower_ not in _DETERMINERS
    return tok.ent_type_ == "NORP" and tok.tag_ in {"JJ", "NNP", "NNPS"}


def _role_after(span: Span) -> str | None:
    doc = span.doc
    end = span.end
    if end >= len(doc) or doc[end].text != ",":
        return None
    if not any(t.lower_ in BODY_NOUNS for t in doc[end + 1 : end + 2 + MAX_BODY_ROLE_TOKENS]):
        return None  # no body's noun in reach: no apposition to read
    role = role_after(span)
    if role is None:
        return None
    words = role.split()
    if len(words) > MAX_BODY_ROLE_TOKENS or words[-1].lower() not in BODY_NOUNS or not words[-1].islower():
        return None
    return role


def give_body_roles(doc: Doc, clusters: list[Cluster]) -> None:
    """Set the role of every mention of an organization that has none from the words around it,
    once the actors are chosen (a role must not keep a thing or a place among them)."""
    bodies = [cl for cl in clusters if cl.kind == "organization" and not any(m.role for m in cl.members)]
    if not bodies:
        return
    ents = {(e.start_char, e.end_char): e for e in doc.ents}  # most mentions are the model's entities
    for cl in bodies:
        for m in cl.members:
            span = ents.get((m.start, m.end)) or doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                m.role = body_role(span)
