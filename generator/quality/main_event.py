"""Whether the briefing opens with the right happening: its ``event`` against the gold's ``main_event``.

The gold's ``main_event`` (our extension of the format; ``../shared/eval/score.py`` ignores it) is
what a careful reader would name first, from the articles' headlines and openings::

    main_event:
      date: "2024-06-20"        # at the precision the articles support
      also_dates: ["2024-06-19"] # other dates a careful reader could give (optional)
      keywords: [arriv, visit]   # stems, any one of which the summary must carry
      actors: [Ana Li, Ruritania] # who did it, any one counts; [] for a storm or a crash

Four metrics, each 0 or 1 for one briefing: ``main_event_date`` (the event's date starts with a
gold date), ``main_event_what`` (its summary carries a keyword), ``main_event_who`` (one of its
actors is a gold doer, or the gold names none) and ``main_event`` (date and happening both
right). A briefing without an event scores 0 on all four.
"""

from __future__ import annotations

from generator.quality.matching import Item, NameSet, keyword_hit, keywords, norm

MAIN_EVENT_METRICS = ("main_event", "main_event_date", "main_event_what", "main_event_who")


def score_main_event(gold: Item, briefing: Item, names_of: NameSet) -> dict[str, float]:
    """The four metrics for the briefing's ``event`` against ``gold["main_event"]``.

    >>> gold = {"main_event": {"date": "2024-06", "keywords": ["arriv"], "actors": ["Ana Li"]}}
    >>> names_of = lambda ref: {norm(ref)}
    >>> score_main_event(gold, {"event": {"date": "2024-06-20", "summary": "Ana Li arrived",
    ...     "actors": ["Ana Li"]}}, names_of)["main_event"]
    1.0
    >>> score_main_event(gold, {"event": None}, names_of)["main_event_date"]
    0.0
    """
    expected = gold["main_event"]
    event = briefing.get("event")
    if not isinstance(event, dict):
        return dict.fromkeys(MAIN_EVENT_METRICS, 0.0)
    date = str(event.get("date") or "")
    dates = [str(d) for d in [expected.get("date"), *(expected.get("also_dates") or [])] if d]
    date_ok = bool(date) and any(date.startswith(d) for d in dates)
    what_ok = keyword_hit(norm(event.get("summary") or ""), keywords(expected))
    doers = {norm(a) for a in expected.get("actors") or []}
    said = {n for ref in event.get("actors") or [] for n in names_of(ref)}
    who_ok = not doers or bool(doers & said)
    return {
        "main_event": float(date_ok and what_ok),
        "main_event_date": float(date_ok),
        "main_event_what": float(what_ok),
        "main_event_who": float(who_ok),
    }
