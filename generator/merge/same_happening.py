"""Whether two labels of agreeing dates tell one happening: the same move of the same people, the
same strong happening, one day's incident, one body's vote, the same document, the same act by
the same actors (the tests ``generator.merge.timeline`` joins reports with)."""

from __future__ import annotations

import re

from generator.merge.event_words import DOCUMENTS, HAPPENINGS, INCIDENTS, NUMBER_WORDS, STRONG, TITLES, Words
from generator.records import TimelineEvent

# Happenings whose object is a place named at any scale ("in Lima", "in Peru", "at the palace"):
# two reports of the same people doing it on the same day are one happening whatever the place.
_MOVES = frozenset({"arriv", "depart"})  # as ``stem`` leaves "arrive" and "depart"
_ADOPTS = frozenset({"adopt"})  # as ``stem`` leaves the class word of "passed", "imposed", "approved"


def same_words(a: Words, b: Words, precise: int = 0, shared_actor: bool = False) -> bool:
    """Labels that say the same happened: the same move of the same people, the same happening
    of the same people or things ("More than 200 schoolgirls were seized" / "the more than 200
    Chibok schoolgirls were kidnapped"), or what happened in one is all (or most) of what
    happened in the other.

    Two reports of one day that name the same incident (an attack, a crash: ``INCIDENTS``), by
    a verb or a noun, are one happening too when both are about it (``Words.heads``), unless
    they place it apart or name different people (not a release or a killing: who was freed or
    killed tells them apart): "A huge blast was heard at around 11pm" and "The explosion caused
    massive damage to the building" on 10 November.

    ``precise``: how many of the two reports give a day (or week). A month or year joins a day
    only with a name or number in common ("transferred 600 tons of oil" on a day is not "sold oil
    30 times since October"). ``shared_actor``: the two name an actor in common."""
    if precise == 2 and a.content & b.content & _MOVES:
        return True
    if a.places and b.places and not a.places & b.places:
        return False  # "attacks in Brussels", "the attack in Nice"
    shared = a.content & b.content
    if not shared:
        return False
    rest = (a.all - HAPPENINGS) & (b.all - HAPPENINGS)
    if precise == 1 and not any(w in a.names or w[:1].isdigit() for w in rest):
        return False
    if shared & STRONG & (a.acts | b.acts) and (rest or shared_actor):
        return True  # (one of them says it happened: "were kidnapped", not "the attack was ...")
    if precise == 2 and shared & INCIDENTS & a.heads & b.heads:
        return True  # one day's blast: "A huge blast was heard", "The explosion caused damage"
    if precise == 2 and shared & _ADOPTS & a.acts & b.acts and a.names & b.names:
        return True  # one body's vote of the week: "The Council imposed new sanctions" (last week),
        # "The Council passed a resolution" (on the 22nd)
    smaller = min(len(a.content), len(b.content))
    return (len(shared) == smaller and smaller >= 2) or overlap(a.content, b.content) >= 0.5


def same_telling(a: Words, b: Words, shared_actors: set[str], same_source: bool) -> bool:
    """Two labels of exactly the same date that tell one happening in other words:

    - the same incident (an attack, a crash) the labels are about, at one place or from one
      article: "Attacks in Cologne" and "The mass assaults in Cologne shocked the country" (2015);
      an article retelling "groups of young men assaulted ..." of the same year;
    - the same actors doing something to the same number of the same things: "The Security
      Council did add four ships to a list" and "The UN Security Council denied port access to
      four DPRK ships" on one day;
    - the same document adopted: "A U.N. Security Council Resolution was adopted" and "The
      Security Council resolution capped crude oil imports" in one month, by a body both name.

    Not "An attack shook the garrison" and "The blast was heard in town" from two articles
    (a month holds many incidents), nor "two men were arrested" and "two people were killed"."""
    if a.places and b.places and not a.places & b.places:
        return False
    shared = a.content & b.content
    if shared & INCIDENTS & a.heads & b.heads and (a.names & b.names or same_source):
        return True
    numbers = {w for w in shared if w[:1].isdigit() or w in NUMBER_WORDS}
    if numbers and (shared - numbers - HAPPENINGS) and shared_actors:
        return True
    documents = a.all & b.all & DOCUMENTS  # ("A U.N. Security Council Resolution": a name too)
    return bool(documents and (a.names & b.names or shared_actors))


def same_act_of_the_same(a: TimelineEvent, b: TimelineEvent, wa: Words, wb: Words) -> bool:
    """Two reports of one date that name the same happening by a verb and bring exactly the same
    actors into it: "The former couple met" and "The pair met" (2014, both about the show they
    met on); "Ana Li signed the accord" and "Li signed it in Lima" (one day, Li alone). Not "Li
    met Reed" and "Li met Ortiz": other actors, other meetings."""
    if not a.actors or set(a.actors) != set(b.actors):
        return False
    if wa.places and wb.places and not wa.places & wb.places:
        return False
    return bool(wa.acts & wb.acts)


_SPEAKER = re.compile(
    r"^(?P<who>(?:[\w.'’-]+\s+){1,6}?)(?:said|says|told|tweeted|wrote|posted|added|stated|alleged|argued|warned)\b"
)


def same_speaker(a: TimelineEvent, b: TimelineEvent) -> bool:
    """Two statements of exactly the same day by one speaker are one: a person's words of a day
    ("Ana Li said that she was very disappointed" and "Ms. Li said that they have to help",
    one interview or one statement the reports quote apart). Not two speakers ("Ana Li said" and
    "Tom Reed said"), nor statements of two days."""
    if (a.date, a.precision) != (b.date, b.precision) or a.precision != "day":
        return False
    return bool(_speaker_names(a.event) & _speaker_names(b.event))


def _speaker_names(label: str) -> frozenset[str]:
    """The names of a statement label's speaker: "Mr. Ana Li said ..." -> {"ana", "li"}."""
    found = _SPEAKER.match(label)
    if found is None:
        return frozenset()
    words = (w.strip(".,'’") for w in found.group("who").split())
    return frozenset(w.lower() for w in words if w[:1].isupper() and len(w) > 1) - TITLES - {"the"}


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0
