"""The timeline diagram: plain labels, and a readable number of boxes on a large briefing."""

from __future__ import annotations

from generator.render.diagram import (
    MAX_EVENTS,
    MAX_PERIODS,
    PER_PERIOD,
    mermaid_text,
    shown_events,
    timeline_diagram,
)
from generator.render.view import EventView


def event(i: int, year: int, sources: int) -> EventView:
    return EventView(
        id=f"e{i}",
        date=str(year),
        precision="year",
        event=f"Event {i}",
        anchor=f"e{i}",
        corroboration=sources,
    )


def test_mermaid_labels_are_reduced_to_words():
    assert mermaid_text("a : b %% c #lt; <script>") == "a b c lt script"
    assert mermaid_text("x" * 10 + " " + "y" * 80, 20) == "xxxxxxxxxx…"
    assert mermaid_text("{{ }}") == "event"
    assert timeline_diagram([]) == ""


def test_a_large_timeline_shows_the_events_most_sources_report_in_date_order():
    events = [event(i, 2000 + i // 100, 3 if i % 50 == 0 else 1) for i in range(1000)]
    undated = EventView(id="u", date=None, precision=None, event="Undated", anchor="u", corroboration=9)
    shown = shown_events([*events, undated])
    assert len(shown) == MAX_EVENTS
    # The latest of the 20 reported by three sources; in their order.
    assert {e.id for e in shown} == {f"e{i}" for i in range(0, 1000, 50)[-MAX_EVENTS:]}
    assert shown == sorted(shown, key=lambda e: int(e.id[1:]))
    diagram = timeline_diagram(events)
    # Ten years: a column per year, the earliest sharing one, at most PER_PERIOD boxes under each.
    columns = diagram.splitlines()[2:]
    assert len(columns) == MAX_PERIODS
    assert all(1 <= line.count(" : ") <= PER_PERIOD for line in columns), columns
    # A small timeline is drawn whole.
    assert shown_events(events[:5]) == events[:5]


def test_the_days_of_an_event_get_a_column_each_and_a_few_months_a_column_per_month():
    days = [
        EventView(id=f"d{i}", date=f"2017-09-{i:02d}", precision="day", event=f"Day {i}", anchor=f"d{i}")
        for i in (3, 3, 5, 9)
    ]
    lines = timeline_diagram(days).splitlines()
    assert lines[1] == "timeline"
    assert lines[2].startswith("    3 September 2017 : Day 3 : Day 3")
    assert [line.split(" : ")[0].strip() for line in lines[2:]] == [
        "3 September 2017",
        "5 September 2017",
        "9 September 2017",
    ]
    months = [*days, EventView(id="m", date="2017-11-20", precision="day", event="Later", anchor="m")]
    lines = timeline_diagram(months).splitlines()
    assert [line.split(" : ")[0].strip() for line in lines[2:]] == ["September 2017", "November 2017"]
    assert "3 September – Day 3" in lines[2] and lines[3].endswith("20 November – Later")


def test_the_diagram_draws_the_days_up_to_the_as_of_date_not_a_plan_years_ahead():
    from generator.render.pages import diagram_events
    from generator.render.view import BriefingView

    def dated(i: int, date: str) -> EventView:
        return EventView(id=f"d{i}", date=date, precision="day", event=f"Event {i}", anchor=f"d{i}")

    own = [dated(i, f"2017-{month:02d}-10") for i, month in enumerate(range(5, 12))]
    ahead = dated(99, "2021-01-20")
    view = BriefingView("T", "2017-11-26", (), (), (), (), (*own, ahead))
    assert diagram_events(view) == own
    # A column per month of the event, not one for 2017 and one for 2021.
    assert "    May 2017 : " in timeline_diagram(diagram_events(view))
    assert "2021" not in timeline_diagram(diagram_events(view))
    # Only plans: they are drawn; a plan that fits the event's columns too.
    plans = BriefingView("T", "2017-11-26", (), (), (), (), (ahead,))
    assert diagram_events(plans) == [ahead]
    soon = dated(98, "2017-12-08")
    near = BriefingView("T", "2017-11-26", (), (), (), (), (*own, soon))
    assert diagram_events(near) == [*own, soon]
