"""Actors the model did not tag: a capitalised name right after a title ("President Ana Li") or
before an apposition naming a position ("Ana Li, the top security official,") and a country's
diplomatic mission ("the French Embassy", "the U.S. embassy in Lima")."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from generator.extract import gazetteer
from generator.extract.actors.body_words import ORG_WORDS
from generator.extract.actors.clusters import Candidate
from generator.extract.actors.names import is_given_name
from generator.extract.actors.roles import is_title_word, person_role, role_after
from generator.extract.actors.words import HONORIFICS
from generator.extract.base import span_text

MISSION_WORDS = {"embassy", "consulate", "mission", "legation"}


def missions(doc: Doc, sent_of: dict[int, int]) -> Iterable[Candidate]:
    """A country's diplomatic mission: "the U.S. embassy in Lima", "the French Embassy"."""
    for tok in doc:
        if tok.lower_ not in MISSION_WORDS or tok.i == 0:
            continue
        left = next(
            (
                doc[i : tok.i]
                for i in (tok.i - 1, tok.i - 2)
                if i >= 0
                and doc[i].lower_ != "the"
                and (gazetteer.country(doc[i : tok.i].text) or gazetteer.demonym(doc[i : tok.i].text))
            ),
            None,
        )
        if left is None:
            continue
        end = tok.i + 1
        if end + 1 < len(doc) and doc[end].lower_ == "in" and doc[end + 1].is_title:
            end += 2
            while end < len(doc) and doc[end].is_title and doc[end].tag_ == "NNP":
                end += 1
        span = doc[left.start : end]
        text = span_text(span)
        yield Candidate(
            span.start_char, span.end_char, text, "organization", text, sent_index=sent_of.get(span.start, 0)
        )


def titled_names(doc: Doc, covered: set[int], sent_of: dict[int, int]) -> Iterable[Candidate]:
    """Capitalised names right after a title that the model did not tag: "President Ana Li",
    and after a title with an "of"/"for" tail: "Secretary of State for Defense Ana Li"."""
    for tok in doc:
        if not is_title_word(tok.text) or not tok.text[:1].isupper():
            continue
        run: list[Token] = []
        k = tok.i + 1
        while k < len(doc) and len(run) < 10 and "\n" not in doc[k - 1].whitespace_:
            t = doc[k]
            joins = t.lower_ in {"of", "for"} and k + 1 < len(doc) and doc[k + 1].is_title
            if joins or (t.is_title and t.is_alpha and not is_title_word(t.text)):
                run.append(t)
            else:
                break
            k += 1
        tail = [i for i, t in enumerate(run) if t.lower_ in {"of", "for"}]
        # With a title tail the name is its last two words; otherwise the whole run.
        words = run[tail[-1] + 2 :][-2:] if tail else run[:4]
        while words and words[0].lower_.rstrip(".") in HONORIFICS:
            words = words[1:]  # "spokesman Mallam Ana Li": the name starts after the form of address
        if len(words) < 2 or words[-1].tag_ != "NNP" or any(t.i in covered for t in words):
            continue
        span = doc[words[0].i : words[-1].i + 1]
        if (
            gazetteer.is_place(span_text(span))
            or gazetteer.country(span_text(span))
            or any(t.lower_ in ORG_WORDS for t in span)
        ):
            continue
        covered.update(range(span.start, span.end))
        cand = Candidate(
            span.start_char,
            span.end_char,
            span_text(span),
            "person",
            span_text(span),
            sent_index=sent_of.get(span.start, 0),
        )
        cand.role, cand.affiliation = person_role(span)
        yield cand


def appositive_names(doc: Doc, covered: set[int], sent_of: dict[int, int]) -> Iterable[Candidate]:
    """A given name and a surname the model did not tag, followed by an apposition that names a
    position: "Herbert Reul, the top security official in the state, said" -> Herbert Reul, "top
    security official in the state". Without a known given name or a title in the apposition
    ("Rhine Valley, the region's heart") nothing is yielded.
    """
    for tok in doc:
        if tok.i in covered or tok.ent_type_ or not (tok.is_title and tok.is_alpha) or tok.tag_ != "NNP":
            continue
        if not is_given_name(tok.text) or (tok.i > 0 and doc[tok.i - 1].is_title and doc[tok.i - 1].is_alpha):
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i < 3 and doc[end].tag_ == "NNP" and doc[end].is_title:
            end += 1
        if end - tok.i < 2 or end >= len(doc) or doc[end].text != ",":
            continue
        span = doc[tok.i : end]
        if any(t.i in covered or t.lower_ in ORG_WORDS for t in span) or gazetteer.is_place(span_text(span)):
            continue
        role = role_after(span)
        if not role or not any(is_title_word(w) for w in role.split()[:6]):
            continue
        covered.update(range(span.start, span.end))
        cand = Candidate(
            span.start_char, span.end_char, span_text(span), "person", span_text(span),
            sent_index=sent_of.get(span.start, 0),
        )  # fmt: skip
        cand.role, cand.affiliation = person_role(span)
        yield cand
