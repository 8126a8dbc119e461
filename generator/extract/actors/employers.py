"""Roles that are the body a person speaks for, written next to the name without a title:
"said Ana Li of the Calder Institute", "according to Bo Chen from Acme Capital". News quotes
analysts, researchers and bloggers this way; the body is all the article says of who they are,
and more than nothing to a reader."""

from __future__ import annotations

from spacy.tokens import Span, Token

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
"""Entity labels of places: "Ana Li of Eastbury" and "Bo Chen from Northland" say where a
person lives or comes from, not whom they work for."""
MAX_BODY_TOKENS = 8


def employer_after(span: Span) -> str | None:
    """The organization an "of" or "from" phrase right after the name (no comma) names: "said
    Ana Li of the Calder Institute" -> "Calder Institute"; "according to Bo Chen from Acme
    Capital" -> "Acme Capital"; "says Eve Berg of Acme’s strategy department" -> "Acme’s
    strategy department"; "wrote Bo Chen of Ernst & Young" -> "Ernst & Young". "Ana Li of
    Eastbury" (a place), "the arrest of Bo Chen of all people" (no organization), a phrase longer
    than a name's body -> None."""
    doc = span.doc
    i = span.end
    if i + 1 >= len(doc) or doc[i].lower_ not in {"of", "from"}:
        return None
    prep = doc[i]
    # "according to Ana Li from Acme": the parser may hang the phrase on "according"; "moved Ana
    # Li from Acme to Brill": on the verb, whose phrase it is
    if prep.head.i not in range(span.start, span.end) and prep.head.lower_ != "according":
        return None
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return None
    body = _body(objects[0], i + 1)
    if body is None or len(body) > MAX_BODY_TOKENS:
        return None
    if any(t.ent_type_ in PLACE_LABELS for t in body) or not any(t.ent_type_ == "ORG" for t in body):
        return None
    return body.text


def _body(obj: Token, start: int) -> Span | None:
    """The words of the organization's phrase, from after its article to the end of its object
    (cut at a comma or a bracket): "the Calder Institute, which ..." -> "Calder Institute"."""
    doc = obj.doc
    while start < obj.i and doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    end = obj.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1  # "Ernst & Young": the whole name the model tags, whatever the parse
    if end <= start:
        return None
    if any(t.is_punct and t.text not in {"-", "&", "’", "'", "."} for t in doc[start:end]):
        return None
    return doc[start:end]
