"""The main event against a reader's: for hand-checked corpus articles (tests/data/main_events.yaml),
its date and first actor are the ones a reader names. Run as a tool to see every article:

    python -m tests.test_main_event [SHARED_DIR]
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

import pytest
import yaml

from generator.build import extract_folder
from generator.extract.events.main_event import nearness
from generator.extract.events.places import place_in
from generator.merge.main_event import briefing_main_event
from generator.records import ArticleRecords, Evidence, MainEvent, TimelineEvent
from generator.text import fold
from tests.conftest import event_folder

TABLE = Path(__file__).parent / "data" / "main_events.yaml"
FLOOR = 0.875
"""Share of the table's articles whose main event has the reader's date and actor: 28 of 40 when
the table was written, 31 at the start of issue 16's second round, 36 of 39 now (the goal of
issue 16 is 0.9; the misses are three Pixel Visual Core articles whose doer is Google, a product
taken for an actor). The Packers' article left the table when its event became held out."""


def _words(name: str) -> str:
    return f" {' '.join(fold(name).lower().replace('.', '').split())} "


def names_match(names: list[str], wanted: list[str]) -> bool:
    """Whether any of an actor's names equals one of the reader's or holds it as whole words
    ("Goldman Sachs Group Inc." holds "Goldman Sachs"; "Goldman" alone is held by it)."""
    return any(_words(w) in _words(n) or _words(n) in _words(w) for n in names for w in wanted if n.strip())


def judge(rec: ArticleRecords, row: dict) -> tuple[bool, bool, str]:
    """(date right, actor right, what the extractor said) for one article."""
    main = rec.main_event
    if main is None:
        return False, False, "no main event"
    first = next((a for a in rec.actors if main.actors and a.id == main.actors[0]), None)
    names = [first.name, *first.aliases] if first else []
    date_ok = main.date in row["dates"]
    return date_ok, names_match(names, row["actors"]), f"{main.date} {names[:1]} {main.summary}"


def check(shared: Path) -> list[tuple[str, bool, bool, str]]:
    """One row per table article: (file prefix, date right, actor right, what was picked)."""
    table = yaml.safe_load(TABLE.read_text(encoding="utf-8"))["events"]
    rows = []
    for event_id, articles in sorted(table.items()):
        with tempfile.TemporaryDirectory() as tmp:
            folder = event_folder(shared, int(event_id), Path(tmp))
            records = extract_folder(folder, use_cache=False).briefing.per_source
        by_prefix = {rec.article.id[:12]: rec for rec in records}
        for prefix, row in sorted(articles.items()):
            rec = by_prefix.get(prefix)
            if rec is None:
                rows.append((prefix, False, False, "article not read"))
                continue
            rows.append((prefix, *judge(rec, row)))
    return rows


def test_names_match_whole_words():
    assert names_match(["Goldman Sachs Group Inc."], ["Goldman Sachs"])
    assert names_match(["Goldman"], ["Goldman Sachs"])
    assert not names_match(["Sachs Bank"], ["Goldman Sachs"])
    assert not names_match(["Israeli"], ["Israel"])


@pytest.mark.parametrize(
    ("date", "precision", "rank"),
    [
        ("2024-06-20", "day", 0),  # the day of publication
        ("2024-06-19", "day", 0),  # "on Wednesday" in Thursday's paper
        ("2024-06-14", "day", 1),  # last week
        ("2024-06-10", "week", 1),  # "last week" as a week
        ("2024-06", "month", 1),  # a month holding the day
        ("2024-05-25", "day", 2),
        ("1950", "year", None),  # background is never the main event
        ("2023-03", "month", None),
        ("2024-07-30", "day", None),  # far ahead
    ],
)
def test_nearness_ranks_the_days_of_publication_first(date, precision, rank):
    assert nearness(date, precision, dt.date(2024, 6, 20)) == rank


def test_place_is_a_gazetteer_place_after_a_preposition():
    assert place_in("Putin arrived in Hanoi on Thursday afternoon.") == "Hanoi"
    assert place_in("The ship was held at the port of Pyeongtaek.") is None
    # a place in a clause about something else is not where it happened
    assert place_in("Ivo Brandt signed deals during a visit that comes as talks stall in Kenya.") is None
    assert place_in("Ivo Brandt signed deals in Lima, which hosts the summit in Kenya.") == "Lima"


@pytest.mark.slow
def test_main_event_is_the_one_a_reader_names(shared_dir):
    rows = check(shared_dir)
    right = [r for r in rows if r[1] and r[2]]
    wrong = [r for r in rows if not (r[1] and r[2])]
    assert len(right) / len(rows) >= FLOOR, f"{len(right)}/{len(rows)} right; wrong: {wrong}"


if __name__ == "__main__":
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared"
    results = check(shared)
    for prefix, date_ok, actor_ok, said in results:
        mark = "ok " if date_ok and actor_ok else "BAD"
        print(f"{mark} date={date_ok!s:5} actor={actor_ok!s:5} {prefix} {said}")
    good = sum(1 for r in results if r[1] and r[2])
    print(f"main event right for {good}/{len(results)} articles ({good / len(results):.2f})")


def _main(nlp, text: str, title: str | None = None, published=dt.date(2018, 2, 6)):
    import dataclasses

    from generator.extract.pipeline import extract_article
    from tests.conftest import make_article

    article = dataclasses.replace(make_article(text, published), title=title)
    return extract_article(nlp(text), article)


def test_the_headlines_happening_wins_over_a_lead_about_something_else(nlp):
    text = (
        "Veltrix Inc. developed technology that powers most wireless networks. "
        "Consumers have a stake in the contest. "
        "Arcanum Corp on Tuesday raised its offer for Veltrix Inc. to $90 billion."
    )
    rec = _main(nlp, text, title="Arcanum Raises Its Veltrix Offer to $90 Billion")
    first = next(a for a in rec.actors if a.id == rec.main_event.actors[0])
    assert (rec.main_event.date, first.name) == ("2018-02-06", "Arcanum Corp")
    untitled = _main(nlp, text)
    assert untitled.main_event.summary == "Veltrix Inc. developed technology"


def test_a_past_lead_without_a_date_takes_the_one_earlier_day_its_opening_names(nlp):
    text = (
        "Tom Harlan told his teammates they did not need to make up for the absence.\n\n"
        "Harlan (7) scrambles away from a linebacker during the second half Monday afternoon (Photo/Agency)"
    )
    assert _main(nlp, text, published=dt.date(2017, 12, 26)).main_event.date == "2017-12-25"
    # the opening names the day of publication too: the lead stays dated at publication
    both = text + "\n\nThe team flew home on Tuesday."
    assert _main(nlp, both, published=dt.date(2017, 12, 26)).main_event.date == "2017-12-26"


@pytest.mark.parametrize(
    ("text", "summary", "date"),
    [
        # the happening comes first and its source last: the happening is the news
        (
            "Rebels freed 21 hostages on Monday after long talks, the Norland government said.",
            "Rebels freed 21 hostages",
            "2018-02-05",
        ),
        (
            "A tour boat struck a bridge on the Vell river and 25 people were hurt, police said Tuesday.",
            "A tour boat struck a bridge on the Vell river",
            "2018-02-06",
        ),
        # the source comes first: the news is that somebody says so, and the label keeps who
        (
            "Mara Quill says Tomas Brell attacked her in a hotel room.",
            "Mara Quill says Tomas Brell attacked her in a hotel room",
            "2018-02-06",
        ),
        # a pronoun, a forecast, a state: what somebody said is not the happening
        ("The vote will happen next month, Mara Quill said.", None, None),
        ("The driver had no licence, Norland police said.", None, None),
        ("The probe was meant to study the Mirra galaxy, the agency said.", None, None),
    ],
)
def test_a_lead_that_names_its_source_last_reports_what_the_source_said(nlp, text, summary, date):
    main = _main(nlp, text).main_event
    if summary is None:
        assert main is None or "said" in main.summary or main.summary == text.rstrip(".")
    else:
        assert (main.summary, main.date) == (summary, date)


def test_a_dated_statement_of_the_doer_does_not_replace_the_leads_happening(nlp):
    text = (
        "Mara Jensen scored twice as Rivermouth beat Harbor City.\n\n"
        "Jensen told reporters on Monday that she would stay with the club."
    )
    main = _main(nlp, text).main_event
    assert main.summary.startswith("Mara Jensen scored")


def test_a_says_all_sentence_holds_the_happening_and_most_words():
    from generator.merge.main_event import says_all
    from generator.merge.timeline import label_words
    from generator.records import TimelineEvent

    def words(text: str):
        return label_words(TimelineEvent(id="", date="2018-02-05", precision="day", event=text))

    label = words("Arcanum raise its offer price")
    assert says_all(label, words("Arcanum is boosting its buyout offer for Veltrix"))
    assert not says_all(label, words("Arcanum made an offer for Veltrix last year"))  # no raise
    assert not says_all(label, words("Veltrix raised prices"))


def _reported(summary: str, source: str, date: str = "2024-06-20", event: str | None = None) -> MainEvent:
    return MainEvent(
        summary=summary,
        date=date,
        precision="day" if len(date) == 10 else "month",
        evidence=(Evidence(source=source, quote=summary + ".", sentence=0),),
        event=event,
    )


def test_the_briefing_opens_with_the_happening_most_articles_report():
    # Two articles report one happening in other words (not linked to a timeline item); a third
    # reports another one, which a timeline item holds.
    item = TimelineEvent(
        id="t1", date="2024-06-20", precision="day", event="Acme hired a new chief", corroboration=1
    )
    chosen = briefing_main_event(
        [item],
        {
            "a": _reported("Northwind raised its bid for Acme", "a"),
            "b": _reported("Northwind is boosting its offer for Acme", "b"),
            "c": _reported("Acme hired a new chief", "c", event="t1"),
        },
        dt.date(2024, 6, 21),
    )
    assert chosen is not None
    assert chosen.summary == "Northwind raised its bid for Acme"  # the verb of happening
    assert {ev.source for ev in chosen.evidence} == {"a", "b"} and chosen.event is None


def test_among_equals_the_happening_in_the_thick_of_the_coverage_wins():
    # Three April articles report three happenings; a stray of the next year reports a fourth and
    # is the latest: the briefing opens on April's, nearest the middle of the articles' days.
    chosen = briefing_main_event(
        [],
        {
            "a": _reported("Reporters published the leaked files", "a", "2016-04-03"),
            "b": _reported("A minister resigned over the files", "b", "2016-04-05"),
            "c": _reported("Protesters marched on the parliament", "c", "2016-04-09"),
            "d": _reported("A bank closed its offshore arm", "d", "2017-11-27"),
        },
        dt.date(2017, 11, 30),
    )
    assert chosen is not None and chosen.date.startswith("2016-04")


def test_a_main_event_that_only_says_somebody_spoke_reports_nothing():
    chosen = briefing_main_event(
        [],
        {
            "a": _reported("Officials said", "a"),
            "b": _reported("Mr. Li said", "b"),
            "c": _reported("A storm flooded the harbour", "c"),
        },
        dt.date(2024, 6, 21),
    )
    assert chosen is not None and chosen.summary == "A storm flooded the harbour"
    assert briefing_main_event([], {"a": _reported("Officials said", "a")}, None) is None


def test_articles_linked_to_one_timeline_item_are_one_happening_and_keep_its_link():
    item = TimelineEvent(id="t1", date="2024-06-20", precision="day", event="The ferry sank", corroboration=2)
    chosen = briefing_main_event(
        [item],
        {
            "a": _reported("The ferry sank off the cape", "a", event="t1"),
            "b": _reported("Rescuers pulled 40 people from the water", "b", event="t1"),
            "c": _reported("The port reopened", "c", date="2024-06-22"),
        },
        dt.date(2024, 6, 22),
    )
    assert chosen is not None and chosen.event == "t1"
    assert chosen.summary == "The ferry sank off the cape"
