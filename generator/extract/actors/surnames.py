"""A person's surname standing alone: the mentions by surname of people the article names in full,
and the capitals that are a named person's surname, not the state."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from spacy.tokens import Doc

from generator.extract import gazetteer
from generator.extract.actors.classify import speaks
from generator.extract.actors.clusters import Candidate
from generator.extract.actors.names import is_given_name
from generator.extract.actors.roles import is_title_word, person_role
from generator.extract.actors.words import HONORIFICS


def capitals_that_are_surnames(candidates: list[Candidate]) -> list[Candidate]:
    """A capital taken for its state that is the surname of a person the article names in full:
    "Ana Hamilton won ... Hamilton said" is Ms Hamilton, not the state whose capital is Hamilton.
    A country's own name ("Jordan") stays a country."""
    surnames = {c.name.split()[-1] for c in candidates if c.kind == "person" and len(c.name.split()) > 1}
    return [
        dataclasses.replace(c, kind="person", name=c.text)
        if c.kind == "country" and c.text in surnames and gazetteer.country(c.text) is None
        else c
        for c in candidates
    ]


def surname_mentions(doc: Doc, found: list[Candidate], sent_of: dict[int, int]) -> Iterable[Candidate]:
    """Surname-only mentions of people named in full that the model missed or mislabeled."""
    surnames = {c.name.split()[-1] for c in found if c.kind == "person" and len(c.name.split()) > 1}
    taken = {(c.start, c.end) for c in found}
    spans = [(c.start, c.end) for c in found]
    for tok in doc:
        if tok.text not in surnames or tok.tag_ != "NNP":
            continue
        if gazetteer.is_place(tok.text) or gazetteer.country(tok.text):
            continue  # "Paris" is a city before it is Ms Paris
        start, end = tok.idx, tok.idx + len(tok.text)
        if (start, end) in taken or any(s <= start < e for s, e in spans):
            continue
        prev = doc[tok.i - 1] if tok.i else None
        if (
            prev is not None
            and prev.tag_ == "NNP"
            and prev.is_title
            and prev.is_alpha
            and not any(s <= prev.idx < e for s, e in spans)
            and not is_title_word(prev.text)
            and prev.lower_.rstrip(".") not in HONORIFICS
            and is_given_name(prev.text)
            and not _in_longer_name(doc, prev.i, tok.i + 1)
        ):
            # "Jos Verstappen said" where the article named Max Verstappen: a second person of
            # the family the model did not tag, not a mention of the first
            name = f"{prev.text} {tok.text}"
            sent = sent_of.get(tok.i, 0)
            kin = Candidate(prev.idx, end, name, "person", name, sent_index=sent, subject=speaks(tok))
            kin.role, kin.affiliation = person_role(doc[prev.i : tok.i + 1])
            yield kin
            continue
        sent = sent_of.get(tok.i, 0)
        yield Candidate(start, end, tok.text, "person", tok.text, sent_index=sent, subject=speaks(tok))


def _in_longer_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the capitalised words start..end go on either side ("Denis Christel Sassou
    Nguesso"): a part of a longer name, not a whole one."""
    return any(0 <= i < len(doc) and doc[i].tag_ == "NNP" and doc[i].is_title for i in (start - 1, end))
