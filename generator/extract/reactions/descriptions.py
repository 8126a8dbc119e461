"""What an article says an actor is: the words that describe it ("the Russian leader", "chief
financial officer") and the countries its description names ("South Korean presidential
spokesman", "China's Foreign Ministry"), read once per article for the speaker look-ups."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from generator.extract import gazetteer
from generator.records import Actor, Mention
from generator.text import ascii_fold

_ROLE_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")


def role_words(doc: Doc, actors: Sequence[Actor], mentions: Sequence[Mention]) -> dict[str, set[str]]:
    """Per actor, lowercase words that describe it: role, affiliation, titles before its names."""
    texts: dict[str, list[str]] = {a.id: [a.role or "", a.affiliation or "", a.name] for a in actors}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        words: list[str] = []
        i = span.start - 1
        while i >= 0 and len(words) < 4 and (doc[i].is_alpha or doc[i].text == "-") and doc[i].pos_ != "VERB":
            words.append(doc[i].text)
            i -= 1
        words += [t.text for a in span.root.children if a.dep_ == "appos" for t in a.subtree]
        texts.setdefault(m.actor, []).extend(words)
    return {k: set(_ROLE_WORD.findall(ascii_fold(" ".join(v)).lower())) for k, v in texts.items()}


def countries(doc: Doc, actors: Sequence[Actor], mentions: Sequence[Mention]) -> dict[str, set[str]]:
    """Per actor, ISO codes of the countries its description names: "South Korean presidential
    spokesman X", "China's Foreign Ministry", "the Russian Foreign Ministry", a role "Nigerian
    information minister". For a person only demonyms and possessives count."""
    person = {a.id for a in actors if a.kind == "person"}
    countries = {a.id for a in actors if a.kind == "country"}
    found: dict[str, set[str]] = {}

    def scan(actor: str, words: list[str]) -> None:
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                phrase = " ".join(words[i : i + n])
                possessive = i + n < len(words) and words[i + n] in {"'s", "’s"}
                c = gazetteer.demonym(phrase) or (
                    gazetteer.country(phrase) if actor not in person or possessive else None
                )
                if c:
                    found.setdefault(actor, set()).add(c.iso)

    for a in actors:
        if a.kind != "country":
            scan(a.id, (a.role or "").split() + ([] if a.id in person else a.name.split()))
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or m.actor in countries:
            continue
        start = span.start
        while start > 0 and span.start - start < 5 and not doc[start].is_sent_start:
            prev = doc[start - 1]
            if prev.pos_ == "VERB" or (prev.is_punct and prev.text not in {"-", "'s", "’s"}):
                break
            start -= 1
        words = [t.text for t in doc[start : span.start]]
        words += [t.text for c in span.root.children if c.dep_ == "appos" for t in c.subtree]
        if span.root.dep_ == "appos":  # "the Chinese Foreign Ministry spokeswoman, Hua Chunying"
            words += [t.text for t in span.root.head.subtree if t.i < span.root.head.i or t == span.root.head]
        scan(m.actor, words)
    return found
