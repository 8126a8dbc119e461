"""Which merged actors the folder shows are no actors of the story: outlets, places, things,
capitalised common words and countries named once in passing."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from generator.extract import gazetteer
from generator.extract.actors.outlets import is_outlet, short_forms
from generator.merge.brand_things import brand_things
from generator.records import Actor, ArticleRecords
from generator.text import name_key

IdMap = dict[tuple[str, str], str]
"""(source id, per-article actor id) -> merged actor id."""


def actors_only(merged: list[Actor], id_map: IdMap, records: Sequence[ArticleRecords]) -> list[Actor]:
    """Leave out what the folder shows is not an actor in the story.

    - A news outlet any article cites as the source of a report ("told Reuters") or is published
      by, unless it speaks in a reaction of its own.
    - A name any article shows to be a place ("the town of X", only ever "in X") or a thing ("X,
      a tanker"), unless it speaks or has a role.
    - A country named once in the whole folder that no record refers to: a place in passing
      ("a tanker flagged in Palau", "the court in the Netherlands"), not a party to the story;
      one named in a list with other countries ("troops from X, Y and Z") is a party.
    """
    outlets = frozenset(short_forms(k for rec in records for k in rec.outlets))
    places = frozenset(k for rec in records for k in (*rec.places, *rec.things))
    # "the Lighthouse Winmore, a tanker" ... "Winmore is registered in ...": the model's one-word
    # name left off the first word of the thing's.
    places |= {k.split()[-1] for rec in records for k in rec.things if " " in k}
    speakers: set[str | None] = set()
    referred: set[str | None] = set()
    for rec in records:
        src = rec.article.id
        speakers.update(id_map.get((src, r.actor)) for r in rec.reactions)
        for r in rec.reactions:
            referred.update(id_map.get((src, x)) for x in (r.actor, *r.about))
        for ag in rec.agreements:
            referred.update(id_map.get((src, x)) for x in (*ag.parties, *ag.signatories))
        for ev in rec.timeline:
            referred.update(id_map.get((src, x)) for x in ev.actors)
    referred.update(a.affiliation for a in merged)

    common = _common_words_at_sentence_start(records, id_map)
    listed = _listed_countries(records, id_map, {a.id for a in merged if a.kind == "country"})

    def keep(a: Actor) -> bool:
        if a.id in common and a.mentions <= 2 and not a.role and a.id not in speakers:
            return False
        outlet = any(is_outlet(n, outlets) for n in (a.name, *a.aliases))
        place = name_key(a.name) in places and not a.role
        if (outlet or place) and a.kind != "country" and a.id not in speakers:
            return False
        return not (a.kind == "country" and a.mentions == 1 and a.id not in referred | listed)

    kept = [a for a in merged if keep(a)]
    # after the rest: the maker must itself be an actor ("Northtown Girls" is no product of a town)
    products = brand_things(kept, {i for i in speakers if i})
    kept = [a for a in kept if a.id not in products]
    ids = {a.id for a in kept}
    return [
        a if a.affiliation in ids or a.affiliation is None else dataclasses.replace(a, affiliation=None)
        for a in kept
    ]


_LIST_JOINT = re.compile(r"^(?:,\s*(?:and\s+|or\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?)$")
"""What stands between two names of a list: ", ", " and ", ", and the "."""


def _listed_countries(records: Sequence[ArticleRecords], id_map: IdMap, countries: set[str]) -> set[str]:
    """Ids of countries named by name in a list with another country that opens a sentence or
    follows "from", "by", "between", "among", "with" ("troops from the United States, Britain
    and France", "talks between X and Y"): parties named together. "in other countries,
    including X and Y" says where; "Czech, Greek, Thai" are languages."""
    listed: set[str] = set()
    for rec in records:
        text = rec.article.text
        found = [
            (m.start, m.end, id_map.get((rec.article.id, m.actor)))
            for m in rec.mentions
            if id_map.get((rec.article.id, m.actor)) in countries and gazetteer.country(m.text)
        ]
        chain: list[tuple[int, int, str | None]] = []
        for mention in [*found, (len(text), len(text), None)]:
            if chain and mention[2] and _LIST_JOINT.match(text[chain[-1][1] : mention[0]]):
                chain.append(mention)
                continue
            ids = {c[2] for c in chain}
            if len(ids) > 1 and _PARTIES.search(text[max(0, chain[0][0] - 20) : chain[0][0]]):
                listed.update(i for i in ids if i)
            chain = [mention]
    return listed


_PARTIES = re.compile(r"(?:\b(?:from|by|between|among|with)\s+(?:the\s+)?|^|[.!?]\s+|\n\s*)$", re.I)
"""What comes before a list of countries that are parties: a preposition of agents and sources,
or the start of a sentence."""


_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?]['\"’”]?\s+|\n\s*)$")


def _common_words_at_sentence_start(records: Sequence[ArticleRecords], id_map: IdMap) -> set[str]:
    """Ids of one-word actors named only at the start of a sentence that the folder writes in
    lower case elsewhere: "Gunman attacked the building" beside "the gunman fled" is no name."""
    lower = {w for rec in records for w in _LOWER_WORD.findall(rec.article.text)}
    first_only: dict[str, bool] = {}
    for rec in records:
        text = rec.article.text
        for m in rec.mentions:
            actor = id_map.get((rec.article.id, m.actor))
            if actor is None or " " in m.text or m.text.isupper() or m.text.lower() not in lower:
                first_only[actor or ""] = False
                continue
            starts = bool(_SENTENCE_START.search(text[max(0, m.start - 4) : m.start]))
            first_only[actor] = first_only.get(actor, True) and starts
    return {a for a, only in first_only.items() if only and a}
