"""Products named after their maker: "Acme Glass" where the folder names Acme, a company, is
Acme's product (or line, or service), not a second actor; "Acme Motors", "Acme Records" and
"Acme India" are the company itself, a branch or a label."""

from __future__ import annotations

from collections.abc import Iterable

from generator.extract import gazetteer
from generator.extract.actors.body_words import BODY_NOUNS, DESIGNATORS, ORG_WORDS, PUBLICATION_WORDS
from generator.extract.actors.spans import INSTITUTION_HEADS
from generator.extract.actors.words import MEDIA_WORDS
from generator.records import Actor
from generator.text import name_key

BODY_TAILS = (
    ORG_WORDS
    | INSTITUTION_HEADS
    | BODY_NOUNS
    | PUBLICATION_WORDS
    | MEDIA_WORDS
    | DESIGNATORS
    | {
        "technology", "music", "records", "pictures", "studios", "studio",
        "entertainment", "games", "electronics", "services", "research", "labs", "lab", "capital",
        "ventures", "securities", "energy", "racing", "sports", "news", "media", "international",
        "global", "worldwide", "systems", "solutions", "communications", "telecom", "networks",
        "financial", "investments", "insurance", "health", "medical", "enterprises", "brands",
        "films", "publishing", "books", "press", "broadcasting", "radio", "television", "mobile",
        "automotive", "aerospace", "defense", "defence", "space", "trust", "board", "executives",
        "shareholders", "investors", "employees", "staff", "workers", "engineers", "lawyers", "general",
        # legal forms of other countries (ISO 20275's commonest) and trades written after a name
        "nv", "bv", "se", "spa", "srl", "ab", "asa", "as", "oy", "oyj", "kk", "pte", "pty", "limited",
        "company", "companies", "corporation", "semiconductor", "semiconductors", "chemicals",
        "pharma", "foods", "steel", "oil", "gas", "petroleum", "mining", "logistics", "robotics",
        "biotech", "therapeutics", "bancorp", "finance", "realty", "properties", "resources",
        # what unions of states and movements call themselves ("United Nations", "United Way")
        "nations", "states", "kingdom", "emirates", "republic", "way", "people", "peoples",
    }
)  # fmt: skip
"""Last words that make "<maker> <word>" a body: a company's legal form or trade (DESIGNATORS),
a label, a studio, a division, its people ("Acme employees")."""


def brand_things(actors: Iterable[Actor], keep: set[str]) -> set[str]:
    """Ids of actors named as another organization's name and more capitalised words that do not
    say what kind of body it is: "Acme Glass", "Acme Roadster", "Acme Model S" where the folder
    names the company Acme. Actors in ``keep`` (speakers, the ones with a role) stay.

    >>> # organizations "Acme Motors" (alias "Acme"); "Acme Roadster" -> its id
    >>> # "Acme Music", "Acme India", "Acme Board" -> nothing
    """
    actors = list(actors)
    owners: dict[str, str] = {}
    for a in actors:
        if a.kind == "organization":
            for alias in (a.name, *a.aliases):
                owners.setdefault(name_key(alias), a.id)
    found = set()
    for a in actors:
        if a.id in keep or a.role or a.kind not in {"person", "organization"}:
            continue
        words = a.name.split()
        for n in range(1, len(words)):
            owner = owners.get(name_key(" ".join(words[:n])))
            if owner is None or owner == a.id:
                continue
            rest = words[n:]
            last = name_key(rest[-1])
            if last in BODY_TAILS or not all(w[:1].isupper() or w[:1].isdigit() for w in rest):
                break
            tail = " ".join(rest)
            if gazetteer.is_place(tail) or gazetteer.country(tail) or gazetteer.demonym(tail):
                break  # "Acme India", "Acme Europe": a branch
            found.add(a.id)
            break
    return found
