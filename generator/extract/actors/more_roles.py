"""The roles read when neither a title before the name nor an apposition after it gives one,
tried in order: an office in a "who" clause, an apposition said of two names, the player of a
part, the body the person speaks for."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from generator.extract.actors.clauses import role_in_clause, role_of_pair
from generator.extract.actors.employers import employer_after
from generator.extract.actors.performers import performer_role


def more_roles(span: Span, is_title: Callable[[str], bool]) -> str | None:
    """ "Ana Li, who chairs the Front," -> "chair of the Front"; "Ana and Bo Li, owners of the
    cafe," -> "owner of the cafe"; "voiced by Ana Li" -> "actor"; "said Ana Li of the Calder
    Institute" -> "Calder Institute"."""
    return (
        role_in_clause(span) or role_of_pair(span, is_title) or performer_role(span) or employer_after(span)
    )
