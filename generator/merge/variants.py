"""Names that are one actor across the folder although no key of theirs is equal.

Applied to the clusters of `merge_actors` after they are formed, each rule folding a cluster into
exactly one other (never when two could take it):

- a company's legal suffix: "Citigroup Inc." is Citigroup, "Credit Suisse Group AG" Credit Suisse;
- an organization's short form at the end of exactly one longer name: "Cardinals" is the
  Arizona Cardinals, "Security Council" the United Nations Security Council;
- a one-word organization that begins exactly one longer name: "Goldman" is Goldman Sachs
  (never a country, place or common word: "United" is not the United Nations);
- a one-word group (not a nationality) at the end of exactly one organization's name: "Rovers"
  (the model's group) is Northtown Rovers, a team;
- a one-word name the model calls an organization or a group that is the surname of exactly one
  person named in full, where that person is named in at least half of its sources: "Trump" is
  Donald Trump in a folder about him, "Apple" stays a company in a folder that names Fiona Apple once;
- a one-word person no person bears as surname that is one organization's name, or its last
  word: "Qualcomm" is Qualcomm Inc, "Marlins" the Florida Marlins;
- a person named with a form of address: "Mr Bamford" is Martin Bamford, "Mr Song" Song
  Jiandang (the family name first), "Mr Cubillo" Enio Cubillo Araya (the first surname);
- one name written with and without spaces or hyphens: "Space X" is SpaceX.
"""

from __future__ import annotations

import re
import typing
from collections import Counter
from collections.abc import Sequence

from generator.extract import gazetteer
from generator.extract.actors.body_words import ORG_WORDS
from generator.extract.actors.words import COMMON_WORDS, HONORIFICS
from generator.records import Actor
from generator.text import name_key

Cluster = list[tuple[str, Actor]]

_LEGAL_SUFFIX = re.compile(
    r"(?:\s+(?:group|holdings))?\s+(?:inc|corp|corporation|co|ltd|llc|llp|plc|ag|sa|se|nv|gmbh|lp)$"
)
_GENERIC = COMMON_WORDS | ORG_WORDS | {"the", "new", "united", "national", "international", "royal"}


def fold_variants(clusters: Sequence[Cluster]) -> list[Cluster]:
    """The clusters with every variant folded into the one it names; order kept.

    Two rounds: a name folded in the first ("Stephen Paddock", called an organization, into the
    person Stephen Craig Paddock) makes the person that a surname folds into in the second."""
    return _fold_once(_fold_once(clusters))


def _fold_once(clusters: Sequence[Cluster]) -> list[Cluster]:
    groups = [list(c) for c in clusters if c]
    into: dict[int, int] = {}
    info = [_Info(c) for c in groups]
    orgs = [i for i, c in enumerate(info) if c.kind == "organization"]
    people = [i for i, c in enumerate(info) if c.kind == "person" and len(c.key.split()) > 1]
    singles = {i for i, c in enumerate(info) if c.kind == "person" and len(c.key.split()) == 1}
    compact: dict[str, list[int]] = {}
    for i, c in enumerate(info):
        if c.kind in {"person", "organization"}:
            compact.setdefault(c.key.replace(" ", ""), []).append(i)
    index = _Index(info, orgs, people)
    for i, c in enumerate(info):
        target = _target(i, c, info, index, i in singles)
        if target is None:
            target = _spaced_alike(i, compact.get(c.key.replace(" ", ""), []), info)
        if target is not None:
            into[i] = target
    folded: list[Cluster] = []
    position: dict[int, int] = {}
    for i, members in enumerate(groups):
        root = i
        seen = set()
        while root in into and root not in seen:  # a chain: "Goldman" -> "Goldman Sachs" -> ...
            seen.add(root)
            root = into[root]
        if root == i:
            position[i] = len(folded)
            folded.append(members)
    for i, members in enumerate(groups):
        root = i
        seen = set()
        while root in into and root not in seen:
            seen.add(root)
            root = into[root]
        if root != i:
            folded[position[root]].extend(members)
    return folded


class _Info:
    """What a cluster is called, what it is and where it is named."""

    def __init__(self, members: Cluster) -> None:
        kinds: Counter[str] = Counter()
        names: Counter[str] = Counter()
        for _, a in members:
            kinds[a.kind] += a.mentions
            names[a.name] += a.mentions
        self.kind = max(kinds, key=lambda k: (kinds[k], k))
        self.name = max(names, key=lambda n: (len(n.split()), names[n], n))
        self.key = name_key(self.name)
        self.sources = {s for s, _ in members}
        self.members = members
        self.company = _LEGAL_SUFFIX.sub("", self.key)

    def mentions_in(self, sources: set[str]) -> int:
        """How often the cluster is named in these sources."""
        return sum(a.mentions for s, a in self.members if s in sources)


class _Index:
    """The people and organizations of a folder by the words the rules compare, so each rule
    looks at the few clusters that share a word with a name instead of all of them (folding
    2,000 actors compared every pair: a second of merging 400 articles). Each list keeps the
    clusters' order, and the rules still test every candidate, so the result is the same."""

    def __init__(self, info: list[_Info], orgs: list[int], people: list[int]) -> None:
        def by(members: list[int], word: typing.Callable[[int], str]) -> dict[str, list[int]]:
            out: dict[str, list[int]] = {}
            for j in members:
                out.setdefault(word(j), []).append(j)
            return out

        def first(text: str) -> str:
            return text.split()[0] if text.split() else ""

        def last(text: str) -> str:
            return text.split()[-1] if text.split() else ""

        self.people_by_last = by(people, lambda j: last(info[j].key))
        self.people_by_inner: dict[str, list[int]] = {}
        for (
            j
        ) in people:  # every word but the last: "Song" of "Song Jiandang", "Cubillo" of "Enio Cubillo Araya"
            for w in dict.fromkeys(info[j].key.split()[:-1]):
                self.people_by_inner.setdefault(w, []).append(j)
        self.people_by_first = by(people, lambda j: first(info[j].key))
        self.orgs_by_first = by(orgs, lambda j: first(info[j].key))
        self.orgs_by_last = by(orgs, lambda j: last(info[j].key))
        self.orgs_by_company_first = by(orgs, lambda j: first(info[j].company))
        self.orgs_by_company_last = by(orgs, lambda j: last(info[j].company))
        self.orgs_by_company = by(orgs, lambda j: info[j].company)


def _target(i: int, c: _Info, info: list[_Info], index: _Index, single_person: bool) -> int | None:
    words = c.key.split()
    if single_person:
        # A surname between several people of that name: the one named in full in its sources.
        owners = [j for j in index.people_by_last.get(words[0], []) if info[j].sources & c.sources]
        weight = sorted(((info[j].mentions_in(c.sources), j) for j in owners), reverse=True)
        if len(weight) == 1 or (weight and weight[0][0] >= 2 * weight[1][0]):
            return weight[0][1]
        if not index.people_by_last.get(words[0]) and _may_stand_alone(c.name):
            # the model's one-word person that is a body's name: "Qualcomm" is Qualcomm Inc,
            # "Marlins" the Florida Marlins (no person of the folder bears it as surname)
            firms = index.orgs_by_company.get(c.company, []) + [
                j for j in index.orgs_by_last.get(words[0], []) if info[j].key.endswith(" " + words[0])
            ]
            firm = _one_company([j for j in firms if info[j].key != c.key], info)
            if firm is not None:  # one name the model calls both is left to _spaced_alike
                return firm
    if c.kind == "organization" and len(words) > 1:
        # "Stephen Paddock" called an organization: the person Stephen Craig Paddock.
        named = [j for j in index.people_by_first.get(words[0], []) if info[j].key.split()[-1] == words[-1]]
        if len(named) == 1:
            return named[0]
        # "Metro Police" and "Metro Police Department": a longer name that only says what it is.
        fuller = _one_company(
            [
                j
                for j in index.orgs_by_first.get(words[0], [])
                if info[j].key.startswith(c.key + " ")
                and all(w in _GENERIC for w in info[j].key[len(c.key) + 1 :].split())
            ],
            info,
        )
        if fuller is not None:
            return fuller
    if c.kind == "organization":
        # Every rule folds a name into a longer one; names of one company (with and without its
        # legal suffix) count as one candidate, represented by the longest.
        if not (len(words) == 1 and words[0] in _GENERIC):
            tail = c.company.split()[-1] if c.company.split() else ""
            ending = index.orgs_by_company_last.get(tail, [])
            longer = _one_company([j for j in ending if info[j].company.endswith(" " + c.company)], info)
            if longer is not None:  # "Cardinals" -> "Arizona Cardinals"
                return longer
        if len(words) == 1 and _may_stand_alone(c.name):
            starts = index.orgs_by_company_first.get(words[0], [])
            starting = _one_company([j for j in starts if info[j].company.startswith(c.key + " ")], info)
            if starting is not None:  # "Goldman" -> "Goldman Sachs"
                return starting
        alike = index.orgs_by_company.get(c.company, [])
        same = [j for j in alike if j != i and len(info[j].key) > len(c.key)]
        if same:  # "Citigroup" -> "Citigroup Inc."
            return max(same, key=lambda j: (len(info[j].key), -j))
    if c.kind == "group" and len(words) == 1 and not gazetteer.demonym(c.name):
        # "Rovers" (the model's group) -> "Northtown Rovers": a team's short name.
        named_after = index.orgs_by_last.get(words[0], [])
        longer = _one_company([j for j in named_after if info[j].key.endswith(" " + words[0])], info)
        if longer is not None:
            return longer
    if c.kind in {"organization", "group"} and len(words) == 1:
        owners = index.people_by_last.get(words[0], [])
        if len(owners) == 1 and 2 * len(info[owners[0]].sources & c.sources) >= len(c.sources):
            return owners[0]  # "Trump" -> "Donald Trump"
    if c.kind == "person" and len(words) > 1 and words[0] in HONORIFICS:
        rest = " ".join(words[1:])
        owners = [j for j in index.people_by_last.get(rest, []) if j != i]
        if len(owners) == 1:  # "Mr Bamford" -> "Martin Bamford"
            return owners[0]
        if not owners and " " not in rest:
            return _addressed_inner(i, rest, info, index)
    return None


def _addressed_inner(i: int, word: str, info: list[_Info], index: _Index) -> int | None:
    """The one person of the same sources whose name holds ``word`` before its last word, for
    a form of address with it: "Mr Song" is Song Jiandang (the family name first), "Mr Cubillo"
    is Enio Cubillo Araya (the first of two surnames). Only when the surname rule found nobody,
    and never between two such people ("Mr Kim" beside Kim Bo-ra and Kim Ji-ho)."""
    if not all(name_key(a.name).split()[0] in HONORIFICS for _, a in info[i].members):
        return None  # "Ana Li" folded with "Mr Li" in the first round is named already
    owners = [j for j in index.people_by_inner.get(word, []) if j != i and info[j].sources & info[i].sources]
    return owners[0] if len(owners) == 1 else None


def _spaced_alike(i: int, alike: list[int], info: list[_Info]) -> int | None:
    """ "Acme X" and "AcmeX", "Ana-Li Corp" and "Analicorp": one name written with and without
    spaces or hyphens (the model may call one a person, the other an organization); the less
    named folds into the most named."""
    if len(alike) < 2 or len(info[i].key.replace(" ", "")) < 4:
        return None
    best = max(alike, key=lambda j: (sum(a.mentions for _, a in info[j].members), -j))
    return None if best == i else best


def _one_company(candidates: list[int], info: list[_Info]) -> int | None:
    """The longest-named candidate when all candidates are one company, else None."""
    if not candidates or len({info[j].company for j in candidates}) != 1:
        return None
    return max(candidates, key=lambda j: (len(info[j].key), -j))


def _may_stand_alone(name: str) -> bool:
    """A one-word name that can be short for a longer one: not a country, place or common word."""
    word = name_key(name)
    return not (
        word in _GENERIC
        or gazetteer.country(name)
        or gazetteer.demonym(name)
        or gazetteer.is_place(name)
        or len(word) < 3
    )
