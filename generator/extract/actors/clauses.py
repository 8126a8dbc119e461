"""Roles a clause beside the name gives: "Ana Li, who chairs the Front," (a verb of office in
a relative clause) and "Ana and Bo Li, owners of the cafe," (one apposition said of two
names)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from generator.extract.actors.stated import noun_phrase_role, people_word

OFFICE_VERBS = {
    "chair": "chair", "chairs": "chair", "chaired": "chair",
    "head": "head", "heads": "head", "headed": "head",
    "lead": "leader", "leads": "leader", "led": "leader",
    "direct": "director", "directs": "director", "directed": "director",
    "run": "head", "runs": "head", "ran": "head",
    "own": "owner", "owns": "owner", "owned": "owner",
    "coach": "coach", "coaches": "coach", "coached": "coach",
    "manage": "manager", "manages": "manager", "managed": "manager",
    "edit": "editor", "edits": "editor", "edited": "editor",
    "found": "founder", "founded": "founder",
}  # fmt: skip
"""Verbs of holding an office and the office's noun (after WordNet's derivationally related
forms: "chair" -> "chair", "lead" -> "leader", "found" -> "founder")."""
MAX_OBJECT_TOKENS = 8


def role_in_clause(span: Span) -> str | None:
    """The office a "who" clause right after the name says the person holds: "Ana Li, who chairs
    the Northland Front," -> "chair of the Northland Front"; "Bo Chen, who co-founded Acme in
    2004," -> "co-founder of Acme"; "Eve Berg, who co-chaired the march last year," -> "co-chair
    of the march". "Ana Li, who heads home," (no object but a place word), "Bo Chen,
    who runs marathons," -> a role only when the object is a body: a name or a determiner and
    a noun."""
    doc = span.doc
    i = span.end
    if i + 3 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "who":
        return None
    k = i + 2
    prefix = ""
    if doc[k].lower_ == "co" and doc[k + 1].text == "-":
        prefix, k = "co-", k + 2
    elif doc[k].lower_.startswith("co-"):
        prefix = "co-"
    verb = doc[k].lower_.removeprefix("co-")
    office = OFFICE_VERBS.get(verb)
    if office is None or k + 1 >= len(doc):
        return None
    start = k + 1
    end = start
    while end < len(doc) and end - start < MAX_OBJECT_TOKENS:
        tok = doc[end]
        if tok.is_punct and tok.text not in {"’", "'", "-", "&"}:
            break
        if tok.pos_ == "ADP" and tok.lower_ != "of":
            break  # "the march in Eastbury": the body, not where
        if tok.pos_ in {"VERB", "AUX"} or tok.ent_type_ in {"DATE", "TIME"}:
            break
        end += 1
    obj = doc[start:end]
    if not len(obj) or end - start >= MAX_OBJECT_TOKENS:
        return None
    named = obj[-1].pos_ == "PROPN" or obj[-1].ent_type_ in {"ORG", "GPE"}
    body = obj[0].lower_ in {"the", "a", "an", "its", "his", "her", "their"} and obj[-1].pos_ == "NOUN"
    if not (named or body):
        return None
    # a past tense tells the act ("who led the team" that found the planet), not that the office
    # ended: the role is the office either way
    return f"{prefix}{office} of {obj.text}"


def role_of_pair(span: Span, is_title: Callable[[str], bool]) -> str | None:
    """A plural apposition after two names joined by "and", said of the second one too: "Ana and
    Bo Li, owners of the Lantern cafe," -> "owner of the Lantern cafe" for Bo Li; "David and
    Eve Berg, resident directors of a dormitory," -> "resident director of a dormitory". Not a
    noun for people ("Ana and Bo Li, two weeks later,") -> None."""
    root = span.root
    doc = span.doc
    if root.dep_ != "conj" or span.end >= len(doc) or doc[span.end].text != ",":
        return None
    first = root.head
    if first.tag_ != "NNP" or first.i > span.start:
        return None
    appositions = (c for c in (*first.children, *root.children) if c.dep_ == "appos" and c.i > span.end)
    noun = next((c for c in appositions if c.tag_ == "NNS"), None)
    if noun is None or not people_word(noun.lemma_.lower(), is_title):
        return None
    role = noun_phrase_role(noun)
    return role.replace(noun.text, noun.lemma_, 1)
