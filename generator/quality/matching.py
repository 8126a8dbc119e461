"""The rules that decide whether an output item is a gold item, shared by recall and precision.

They are ``../shared/eval/score.py``'s rules, written once here: the project's scorer must give
the same numbers as that instrument (``tests/test_evaluate.py`` runs both and compares).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from typing import Any

Item = Mapping[str, Any]
NameSet = Callable[[object], set[str]]
"""A function from a reference (an actor id or a name) to the folded names it stands for."""


def norm(text: object) -> str:
    """A name or phrase folded for matching: no diacritics, case, possessive 's or punctuation."""
    s = unicodedata.normalize("NFKD", str(text))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def names(actor: Item) -> set[str]:
    """An actor's name and aliases, folded (gold or output alike)."""
    return {norm(n) for n in [actor.get("name", ""), *(actor.get("aliases") or [])]} - {""}


def output_names(actors: Iterable[Item]) -> NameSet:
    """Names of an output reference: the actor with that id, else the reference read as a name."""
    by_id = {a.get("id"): a for a in actors}

    def of(ref: object) -> set[str]:
        actor = by_id.get(ref)
        if actor is not None:
            return names(actor)
        return {norm(ref)} if ref else set()

    return of


def gold_names(gold: Item) -> NameSet:
    """Names of a gold reference (a reaction's speaker, an agreement's party).

    The gold or also-valid actor whose *name* it is (the last one, as score.py reads them) gives
    its aliases too; a reference that is only an alias stands for itself.
    """
    everyone = [*(gold.get("actors") or []), *(gold.get("also_valid_actors") or [])]

    def of(name: object) -> set[str]:
        found = {norm(name)}
        for g in everyone:
            if norm(g["name"]) == norm(name):
                found = names(g)
        return found

    return of


def text_of(item: Item, *keys: str) -> str:
    """The folded words of an item's fields ``keys`` and of its evidence quotes."""
    parts: list[str] = []
    for key in keys:
        value = item.get(key)
        if isinstance(value, list):
            parts.extend(str(x) for x in value)
        elif value:
            parts.append(str(value))
    parts.extend(str(ev.get("quote", "")) for ev in item.get("evidence") or [] if isinstance(ev, dict))
    return norm(" ".join(parts))


def own_text(item: Item, *keys: str) -> str:
    """The folded words of the item's fields ``keys`` alone, not of its evidence sentence."""
    return text_of({k: item.get(k) for k in keys}, *keys)


def keyword_hit(text: str, keywords: Iterable[object]) -> bool:
    """Whether a folded keyword occurs in ``text`` (a substring: ``arriv`` hits "arrived")."""
    return any(norm(k) in text for k in keywords)


def keywords(gold_item: Item) -> list[object]:
    """A gold item's keywords; none given means any words will do."""
    return list(gold_item.get("keywords") or [""])


def party_names(agreement: Item, names_of: NameSet) -> set[str]:
    """Every name of an agreement's parties and signatories."""
    found: set[str] = set()
    for ref in [*(agreement.get("parties") or []), *(agreement.get("signatories") or [])]:
        found |= names_of(ref)
    return found


NUMBER_WORDS: dict[str, float] = {
    w: float(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
NUMBER_WORDS |= {"dozen": 12, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}
NUMBER_WORDS |= {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}


def numbers_in(text: object) -> set[float]:
    """The numbers a text names: digits (1,200 / 5.7) and small number words and ordinals."""
    folded = str(text).casefold()
    found = {float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", folded)}
    return found | {NUMBER_WORDS[w] for w in re.findall(r"[a-z]+", folded) if w in NUMBER_WORDS}


def figure_matches(figure: Item, gold_figure: Item) -> bool:
    """An output figure is a gold figure: a gold keyword in what it counts (``what``, ``unit``),
    and a number shared with the gold values (or, for values without numbers, their words)."""
    counted = text_of({"what": figure.get("what"), "unit": figure.get("unit")}, "what", "unit")
    if not keyword_hit(counted, [str(k) for k in gold_figure.get("keywords") or []]):
        return False
    gold_values = " ".join(str(v) for v in gold_figure.get("values") or [])
    wanted = numbers_in(gold_values)
    if wanted:
        return bool(wanted & numbers_in(f"{figure.get('value', '')} {figure.get('qualifier') or ''}"))
    return norm(str(figure.get("value", ""))) in norm(gold_values)
