"""Whether two agreement records describe the same agreement, for merging the reports of several
sources (and the date and party checks that folding "the pact" into an earlier mention uses)."""

from __future__ import annotations

from collections.abc import Collection

from generator.extract.agreements.terms import content_words, head_word, is_package, singular
from generator.records import Agreement


def dates_agree(a: str | None, b: str | None) -> bool:
    """Unknown dates agree with anything; known ones when one is a prefix of the other ("2024-06")."""
    return not a or not b or a.startswith(b) or b.startswith(a)


def parties_agree(a: Collection[str], b: Collection[str]) -> bool:
    """Parties that can belong to one agreement: either side unknown, or sharing a party without
    the union outgrowing both ("A" fits "A and B"; "A and C" does not fit "A and B")."""
    if not a or not b:
        return True
    union = set(a) | set(b)
    return bool(set(a) & set(b)) and len(union) <= max(2, len(set(a)), len(set(b)))


def match_score(a: Agreement, b: Agreement) -> int:
    """How strongly ``a`` and ``b`` read as one agreement; 0 when they cannot be.

    They cannot be when dates or parties clash, when one names several documents and the other one,
    or when two single agreements cover different fields. They are one when their titles share
    distinctive words ("mutual defense clause" / "defense pact"), when they share their fields,
    when two packages of documents share a party, or when one title says nothing of its own ("the
    strategic pact") and the parties match. The score ranks candidates: more shared words, topics and
    parties, the same head noun and the same date make a closer match.
    """
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
