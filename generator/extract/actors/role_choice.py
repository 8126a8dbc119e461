"""Which of the roles a person's mentions give is shown: the most frequent, the one most of
them agree on, a title before an occupation before a description."""

from __future__ import annotations

from collections import Counter

from generator.extract.actors.occupations import is_occupation
from generator.extract.actors.titles import is_title_word


def choose_role(roles: Counter[str]) -> str | None:
    """The role to show for a person given ``roles`` times each: the most frequent, then the one
    whose head noun the most roles share ("Hollywood producer", "movie producer" over "through a
    representative"), then by :func:`role_rank`."""
    if not roles:
        return None
    heads: Counter[str] = Counter()
    for role, n in roles.items():
        heads[_head_word(role)] += n
    return max(roles, key=lambda r: (roles[r], heads[_head_word(r)], *role_rank(r), r))


_HEAD_ENDS = frozenset({"of", "at", "for", "in", "with", "from"})


def _head_word(role: str) -> str:
    """The noun a role is about: "chief executive of Acme" -> "executive"."""
    words = role.casefold().split()
    cut = next((k for k, w in enumerate(words) if k and w in _HEAD_ENDS), len(words))
    return words[cut - 1].strip(".,") if cut else ""


def role_rank(role: str) -> tuple[bool, bool, bool, int]:
    """How well a role says who a person is in the story, for choosing among equally frequent
    ones: a title ("President", "leader of Northland") before an occupation ("shortstop"),
    before a description ("life-long Acme fan", "native of Eastbury"); a present role before a
    former one; then the longer."""
    words = role.split()
    titled = any(is_title_word(w) for w in words)
    trade = any(is_occupation(w.strip(".,")) for w in words)
    return titled, trade, words[:1] != ["former"], len(role)
