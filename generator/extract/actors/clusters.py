"""Mentions of one article grouped into its actors: one name, one kind, surnames and name tails
folded into the full name, and each group turned into an Actor record with its role."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Span

from generator.extract import gazetteer
from generator.extract.actors.kinds import personal_role
from generator.extract.actors.role_choice import choose_role
from generator.extract.base import evidence
from generator.records import Actor, Article, Evidence, Mention
from generator.text import bounded, clean_text, mixed_script_words, name_key, slugify


@dataclass
class Candidate:
    """A mention before it is assigned an actor id."""

    start: int
    end: int
    text: str
    kind: str
    name: str
    role: str | None = None
    affiliation: str | None = None
    sent_index: int = 0
    subject: bool = False
    """Whether the mention is the subject of a verb of speaking ("Ana Li said", "Li added")."""


@dataclass
class Cluster:
    """Mentions of one actor inside one article."""

    name: str
    kind: str
    members: list[Candidate] = field(default_factory=list)


def cluster(cands: list[Candidate]) -> list[Cluster]:
    """Group mentions of the same actor: equal keys, then surnames into full names."""
    by_key: dict[tuple[str, str], Cluster] = {}
    order: list[tuple[str, str]] = []
    _one_kind_per_name(cands)
    for c in cands:
        k = (c.kind, name_key(c.name))
        if k not in by_key:
            by_key[k] = Cluster(c.name, c.kind)
            order.append(k)
        by_key[k].members.append(c)
    # Fold single-word person names (and organizations the model mislabeled) into the full name.
    people = [k for k in order if k[0] == "person" and len(k[1].split()) > 1]
    for k in list(order):
        words = k[1].split()
        if len(words) != 1 or k[0] not in {"person", "organization"}:
            continue
        if k[0] == "organization" and any(m.text.isupper() for m in by_key[k].members):
            continue  # an acronym ("UN") is not somebody's surname
        # A surname ("Lam") first; a family name written first ("Kim") only when unambiguous.
        owners = [p for p in people if words[0] == p[1].split()[-1]]
        owners = owners or [p for p in people if words[0] == p[1].split()[0]]
        if not owners and k[0] == "person":
            # "Alemán" after "Álvaro Alemán Healy": the first of two surnames, when unambiguous
            owners = [p for p in people if words[0] in p[1].split()[1:-1]]
        if len({o[1] for o in owners}) == 1:
            by_key[owners[0]].members.extend(by_key.pop(k).members)
            order.remove(k)
        elif len(owners) > 1 and k[0] == "person":
            _share_surname(by_key, k, owners)
            if not by_key[k].members:
                del by_key[k]
                order.remove(k)
    # "the Rovers" after "Northtown Rovers": a team's (or a body's) short name the model calls a
    # group, the last word of exactly one longer name of an organization.
    for k in list(order):
        if k[0] != "group" or " " in k[1] or gazetteer.demonym(k[1]):
            continue
        owners = [o for o in order if o[0] == "organization" and o[1].endswith(" " + k[1])]
        if len(owners) == 1:
            by_key[owners[0]].members.extend(by_key.pop(k).members)
            order.remove(k)
    # "al-Adnani" / "Jong-un" after "Abu Muhammad al-Adnani": a multi-word tail of one full name.
    for k in list(order):
        words = k[1].split()
        if k[0] != "person" or len(words) < 2 or k not in by_key:
            continue
        owners = [p for p in order if p[0] == "person" and p != k and p[1].endswith(" " + k[1])]
        if not owners and len(words) == 2:  # "Amina Ali" before "Amina Ali Nkeki"
            owners = [p for p in order if p[0] == "person" and p != k and p[1].startswith(k[1] + " ")]
        if len(owners) == 1:
            by_key[owners[0]].members.extend(by_key.pop(k).members)
            order.remove(k)
    return [by_key[k] for k in order]


def _share_surname(by_key: dict[tuple[str, str], Cluster], k: tuple[str, str], owners: list) -> None:
    """Give the bare surname of two people the article names in full ("Max Verstappen" and his
    father "Jos Verstappen") to one of them only where it is certain: the only one of them named
    before it, or, when it speaks ("Verstappen added"), the nearest named before it within two
    sentences who spoke too ("Jos Verstappen said ... Verstappen added"). The others stay a
    surname of their own: "Eric Paddock said ... Mr. Paddock had a licence" may be his brother.
    """
    full = sorted(
        (m.start, m.subject, m.sent_index, o)
        for o in owners
        for m in by_key[o].members
        if " " in m.text.strip()
    )
    left = []
    for m in by_key[k].members:
        before = [f for f in full if f[0] < m.start]
        named = {f[3] for f in before}
        owner = None
        if (
            len(named) == 1
            or before
            and before[-1][1]
            and m.subject
            and m.sent_index - before[-1][2] <= MAX_SENTENCES_APART
        ):
            owner = before[-1][3]
        if owner is None:
            left.append(m)
        else:
            by_key[owner].members.append(m)
    by_key[k].members = left


MAX_SENTENCES_APART = 2
"""How far a speaker's bare surname may stand from the full name it continues."""


def _one_kind_per_name(cands: list[Candidate]) -> None:
    """Mentions of one name typed person here and organization there get one kind.

    The model's labels are noisy; a name the article also uses as a group's or an institution's
    ("X militants said") is an organization when at least a quarter of its mentions say so. A
    name one mention gives a person's role ("her father Bassem", "Ana Li, the chief of staff,")
    is a person's: no organization is anybody's father or chief of staff.
    """
    votes: dict[str, Counter[str]] = {}
    titled: set[str] = set()
    for c in cands:
        if c.kind in {"person", "organization"}:
            votes.setdefault(name_key(c.name), Counter())[c.kind] += 1
        if c.kind == "person" and c.role and personal_role(c.role):
            titled.add(name_key(c.name))
    for c in cands:
        count = votes.get(name_key(c.name))
        if count and len(count) == 2:
            org = 3 * count["organization"] >= count["person"] and name_key(c.name) not in titled
            c.kind = "organization" if org else "person"


def records(
    clusters: list[Cluster], sents: list[Span], article: Article
) -> tuple[list[Actor], list[Mention]]:
    actors: list[Actor] = []
    mentions: list[Mention] = []
    taken: set[str] = set()
    for cl in clusters:
        names = Counter(bounded(clean_text(m.name)) for m in cl.members)
        # A spelling with letters of one script per word beats a look-alike that mixes them.
        canonical = max(names, key=lambda n: (not mixed_script_words(n), len(n.split()), names[n], n))
        actor_id = slugify(canonical)
        if actor_id in taken:
            actor_id = slugify(f"{canonical} {cl.kind}")
        taken.add(actor_id)
        roles = Counter(m.role for m in cl.members if m.role)
        role = choose_role(roles)
        affs = Counter(m.affiliation for m in cl.members if m.affiliation and m.affiliation != canonical)
        affiliation = slugify(max(affs, key=lambda a: (affs[a], a))) if affs else None
        aliases = sorted({bounded(clean_text(m.text)) for m in cl.members} - {canonical, ""})
        first = min(cl.members, key=lambda m: (m.role is None, m.sent_index))
        ev: tuple[Evidence, ...] = (
            (evidence(article.id, sents[first.sent_index], first.sent_index),) if sents else ()
        )
        actors.append(
            Actor(
                id=actor_id,
                name=canonical,
                kind=cl.kind,
                role=role,
                affiliation=affiliation,
                aliases=tuple(aliases),
                mentions=len(cl.members),
                sources=(article.id,),
                evidence=ev,
            )
        )
        mentions.extend(Mention(m.start, m.end, actor_id, m.text) for m in cl.members)
    mentions.sort(key=lambda m: (m.start, m.end))
    return actors, mentions
