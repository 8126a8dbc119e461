"""Whether two agreement records describe the same agreement, for merging the reports of several
sources (and the date and party checks that folding "the pact" into an earlier mention uses)."""

from __future__ import annotations

from collections.abc import Collection

from generator.extract.agreements.parse import MEASURES
from generator.extract.agreements.terms import content_words, head_word, is_generic, is_package, singular
from generator.records import Agreement


def dates_agree(a: str | None, b: str | None) -> bool:
    """Unknown dates agree with anything; known ones when one is a prefix of the other ("2024-06")."""
    return not a or not b or a.startswith(b) or b.startswith(a)


def parties_agree(a: Collection[str], b: Collection[str]) -> bool:
    """Parties that can belong to one agreement: either side unknown, or sharing a party without
    the union outgrowing both ("A" fits "A and B"; "A and C" does not fit "A and B"). A body and
    the body it belongs to count as one ("united-nations" and "united-nations-security-council")."""
    if not a or not b:
        return True
    canon = canonical_ids(set(a) | set(b))
    first, second = {canon[p] for p in a}, {canon[p] for p in b}
    return bool(first & second) and len(first | second) <= max(2, len(first), len(second))


def canonical_ids(parties: set[str]) -> dict[str, str]:
    """Each party id mapped to one id for the same side: the same name but for a company form
    ("broadcom", "broadcom-ltd"), or the longest id whose words contain all of its own, when it
    has at least two ("united-nations" -> "united-nations-security-council"; "korea" stays apart
    from "north-korea")."""
    words = {p: frozenset(_without_suffix(p.split("-"))) for p in parties}
    out = {}
    for p in sorted(parties):
        wider = [q for q in parties if len(words[p]) >= 2 and words[p] < words[q]]
        same = min(q for q in parties if words[q] == words[p])
        out[p] = max(wider, key=lambda q: (len(words[q]), q)) if wider else same
    return out


# Company-form words that do not tell one company from another ("Broadcom Ltd." is Broadcom).
_COMPANY_FORMS = frozenset("inc ltd corp corporation co plc llc limited group holdings sa ag nv se".split())


def _without_suffix(words: list[str]) -> list[str]:
    """The words of an id without a trailing company form ("qualcomm-inc" -> qualcomm)."""
    while len(words) > 1 and words[-1] in _COMPANY_FORMS:
        words = words[:-1]
    return words


def one_per_company(parties: tuple[str, ...]) -> tuple[str, ...]:
    """``parties`` without a second id for the same company ("broadcom-ltd" after "broadcom")."""
    seen: set[tuple[str, ...]] = set()
    out = []
    for p in parties:
        key = tuple(_without_suffix(p.split("-")))
        if key not in seen:
            seen.add(key)
            out.append(p)
    return tuple(out)


def is_measure(ag: Agreement) -> bool:
    """A resolution, sanctions, a bill or a decision: what a body passes."""
    return singular(head_word(ag.title) or "") in MEASURES


def same_measure(a: Agreement, b: Agreement) -> bool:
    """Two reports of one measure a body passed: resolutions, sanctions, bills or decisions of a
    shared party on dates that agree, at least one of them to the day or saying nothing but the
    measure ("a resolution passed on Dec. 22 requiring ...", "the UN resolution slashing oil imports",
    "the sanctions adopted in September")."""
    if not is_measure(a) or not is_measure(b) or not a.parties or not b.parties or not a.date or not b.date:
        return False
    canon = canonical_ids(set(a.parties) | set(b.parties))
    shared = {canon[p] for p in a.parties} & {canon[p] for p in b.parties}
    # a month is enough when one report names nothing of its own ("the sanctions adopted in September")
    exact = len(a.date) == 10 or len(b.date) == 10 or is_generic(a.title) or is_generic(b.title)
    return bool(shared) and exact and dates_agree(a.date, b.date)


def match_score(a: Agreement, b: Agreement) -> int:
    """How strongly ``a`` and ``b`` read as one agreement; 0 when they cannot be.

    They cannot be when dates or parties clash, when one names several documents and the other one,
    or when two single agreements cover different fields. They are one when their titles share
    distinctive words ("mutual defense clause" / "defense pact"), when they share their fields,
    when two packages of documents share a party, or when one title says nothing of its own ("the
    strategic pact") and the parties match. The score ranks candidates: more shared words, topics and
    parties, the same head noun and the same date make a closer match.
    """
    if same_measure(a, b):
        return 4 + (a.date == b.date)
    package = is_package(a.title)
    if package != is_package(b.title) or not dates_agree(a.date, b.date):
        return 0
    if not parties_agree(a.parties, b.parties):
        return 0
    topics_a, topics_b = set(a.topics), set(b.topics)
    shared_topics = topics_a & topics_b
    if topics_a and topics_b and not shared_topics and not package:
        return 0  # a nuclear road map and a gas supply deal are two agreements
    words_a, words_b = content_words(a.title), content_words(b.title)
    shared_words = words_a & words_b
    shared_parties = set(a.parties) & set(b.parties)
    reasons = 0
    if shared_words and 2 * len(shared_words) >= min(len(words_a), len(words_b)):
        reasons += 2 + len(shared_words)
    if shared_topics and 2 * len(shared_topics) >= min(len(topics_a), len(topics_b)):
        reasons += 2 + len(shared_topics)
    if package and shared_parties:
        reasons += 2
    if not words_a or not words_b:
        generic, other = (a, b) if not words_a else (b, a)
        # Only a pair of parties is specific enough: one shared country fits too many agreements.
        if len(shared_parties) >= 2 and generic.date in (None, other.date):
            reasons += 1 + len(shared_parties)
    if not reasons:
        return 0
    same_head = singular(head_word(a.title) or "") == singular(head_word(b.title) or "")
    return reasons + len(shared_parties) + same_head + bool(a.date and a.date == b.date)
