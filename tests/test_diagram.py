"""The timeline diagram: plain labels, and a readable number of boxes on a large briefing."""

from __future__ import annotations

from generator.render.diagram import MAX_EVENTS, mermaid_text, shown_events, timeline_diagram
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
    # The 20 reported by three sources, then the latest of those reported once; in their order.
    assert {e.id for e in shown if e.corroboration == 3} == {f"e{i}" for i in range(0, 1000, 50)}
    assert {e.id for e in shown if e.corroboration == 1} == {f"e{i}" for i in range(980, 1000)}
    assert shown == sorted(shown, key=lambda e: int(e.id[1:]))
    diagram = timeline_diagram(events)
    assert diagram.count(" : ") == MAX_EVENTS
    # A small timeline is drawn whole.
    assert shown_events(events[:5]) == events[:5]
