"""Golden table of date phrases: phrase x publication date -> date and precision, at the precision
the text supports, resolved against the article's own publication date and never the clock."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.events.dates import coarse_date, find_dates

THU = dt.date(2024, 6, 20)  # a Thursday
TUE = dt.date(2024, 6, 18)
SUN = dt.date(2024, 6, 23)
MARCH = dt.date(2024, 3, 15)
NEW_YEAR = dt.date(2025, 1, 2)


@pytest.fixture(scope="module")
def dates(nlp):
    def read(text: str, published: dt.date | None) -> list[tuple[str, str]]:
        sent = next(iter(nlp(text).sents))
        return [(r.date, r.precision) for r in find_dates(sent, published)]

    return read


GOLDEN = [
    # absolute dates need no publication date
    ("The treaty was signed on June 20, 2024.", None, [("2024-06-20", "day")]),
    ("The treaty was signed on 20 June 2024.", None, [("2024-06-20", "day")]),
    ("The treaty was signed on Thursday, June 20, 2024.", None, [("2024-06-20", "day")]),
    ("The treaty was signed on 2024-06-20.", None, [("2024-06-20", "day")]),
    ("The two countries opened embassies in 1950.", None, [("1950", "year")]),
    ("Russia invaded Ukraine in February 2022.", None, [("2022-02", "month")]),
    ("The war ended in 1975 and ties were normalised in 1995.", None, [("1975", "year"), ("1995", "year")]),
    ("Trade has grown since 2017.", None, [("2017", "year")]),
    ("The plan runs in mid-2023.", None, [("2023", "year")]),
    # no usable precision: left out
    ("Ties weakened in the early 2000s.", THU, []),
    ("Ties weakened in the 1990s.", THU, []),
    ("The army built roads in 2000 villages.", THU, []),
    ("The mid-twentieth century saw a war.", THU, []),
    # year-less days: on or before publication, after it in the future tense
    ("The treaty was signed on 20 June.", THU, [("2024-06-20", "day")]),
    ("The treaty was signed on June 12.", THU, [("2024-06-12", "day")]),
    ("The treaty was signed on December 30.", NEW_YEAR, [("2024-12-30", "day")]),
    ("The leaders will meet on June 28.", THU, [("2024-06-28", "day")]),
    ("The leaders will meet on January 5.", dt.date(2024, 12, 20), [("2025-01-05", "day")]),
    # weekdays: the publication day itself, else the latest past one, the next one in the future tense
    ("He arrived in the capital on Thursday.", THU, [("2024-06-20", "day")]),
    ("He will speak on Thursday.", THU, [("2024-06-20", "day")]),
    ("He met the premier on Tuesday.", THU, [("2024-06-18", "day")]),
    ("He met the premier on Saturday.", THU, [("2024-06-15", "day")]),
    ("He will meet the premier on Saturday.", THU, [("2024-06-22", "day")]),
    ("He is expected to meet the premier on Monday.", THU, [("2024-06-24", "day")]),
    ("He was expected to meet the premier on Monday.", THU, [("2024-06-17", "day")]),
    ("He met the premier on Wednesday morning.", THU, [("2024-06-19", "day")]),
    ("He met the premier last Friday.", THU, [("2024-06-14", "day")]),
    ("He will meet the premier next Friday.", THU, [("2024-06-21", "day")]),
    ("He met the premier on Friday.", SUN, [("2024-06-21", "day")]),
    # the day after publication: the article's clock is another zone's, not six days back
    ("Helicopters were heard over the mission early on Friday.", THU, [("2024-06-21", "day")]),
    ("He arrived on Thursday.", None, []),
    ("He arrived yesterday.", THU, [("2024-06-19", "day")]),
    ("He arrives today.", THU, [("2024-06-20", "day")]),
    ("He leaves tomorrow.", THU, [("2024-06-21", "day")]),
    ("He arrived three days ago.", THU, [("2024-06-17", "day")]),
    ("She said he would arrive on Saturday.", THU, [("2024-06-22", "day")]),
    ("He will arrive later this week.", THU, [("2024-06-17", "week")]),
    ("He will arrive later this week.", dt.date(2024, 6, 22), [("2024-06-23", "day")]),
    ("On Tuesday, the leaders met in the capital.", THU, [("2024-06-18", "day")]),
    # weeks: the Monday of the week
    ("Leaders met at a summit last week.", THU, [("2024-06-10", "week")]),
    ("Leaders met at last week's summit.", THU, [("2024-06-10", "week")]),
    ("Leaders met at a summit this week.", THU, [("2024-06-17", "week")]),
    ("Leaders will meet at a summit next week.", THU, [("2024-06-24", "week")]),
    ("Leaders met earlier in the week.", THU, [("2024-06-17", "week")]),
    ("Leaders met earlier this week.", THU, [("2024-06-17", "week")]),
    ("Leaders met earlier in the week.", TUE, [("2024-06-17", "day")]),  # only Monday is left
    ("Leaders met two weeks ago.", THU, [("2024-06-03", "week")]),
    ("Leaders met last week.", SUN, [("2024-06-10", "week")]),
    # months
    ("Prices rose last month.", THU, [("2024-05", "month")]),
    ("Prices rose last month.", NEW_YEAR, [("2024-12", "month")]),
    ("Prices will rise next month.", THU, [("2024-07", "month")]),
    ("Prices rose earlier this month.", THU, [("2024-06", "month")]),
    ("He began his fifth term in May.", THU, [("2024-05", "month")]),
    ("He began his fifth term in May.", MARCH, [("2023-05", "month")]),
    ("He will begin his fifth term in May.", MARCH, [("2024-05", "month")]),
    ("Talks are scheduled to start in May.", MARCH, [("2024-05", "month")]),
    ("Talks opened in June.", THU, [("2024-06", "month")]),
    ("Talks opened last May.", THU, [("2024-05", "month")]),
    ("Talks opened in May of last year.", THU, [("2023-05", "month")]),
    ("In September, the two leaders met.", THU, [("2023-09", "month")]),
    ("He may attend the summit.", THU, []),
    # years
    ("Trade grew this year.", THU, [("2024", "year")]),
    ("Trade grew last year.", THU, [("2023", "year")]),
    ("Trade will grow next year.", THU, [("2025", "year")]),
    ("Trade grew earlier this year.", THU, [("2024", "year")]),
    ("Trade grew a year ago.", THU, [("2023", "year")]),
    ("Trade grew last year.", None, []),
]


@pytest.mark.parametrize(("text", "published", "expected"), GOLDEN, ids=[f"{t} @{p}" for t, p, _ in GOLDEN])
def test_golden_date_table(dates, text, published, expected):
    assert dates(text, published) == expected


def test_every_week_precision_date_is_a_monday(dates):
    for published in (THU, TUE, SUN, MARCH, NEW_YEAR):
        for phrase in ("last week", "this week", "next week", "earlier in the week", "two weeks ago"):
            for date, precision in dates(f"Leaders met {phrase}.", published):
                if precision == "week":
                    assert dt.date.fromisoformat(date).weekday() == 0, (phrase, published)


def test_dates_match_their_precision(dates):
    shapes = {"day": 10, "week": 10, "month": 7, "year": 4}
    for text, published, _ in GOLDEN:
        for date, precision in dates(text, published):
            assert len(date) == shapes[precision], (text, date, precision)


def test_a_week_is_shown_without_false_precision(dates, nlp):
    sent = next(iter(nlp("Leaders met last week.").sents))
    (ref,) = find_dates(sent, THU)
    assert coarse_date(ref) == "2024-06"  # Monday 10 to Sunday 16 June: one month
    sent = next(iter(nlp("Leaders met last week.").sents))
    (ref,) = find_dates(sent, dt.date(2024, 8, 7))  # week of Monday 29 July, ends in August
    assert coarse_date(ref) == "2024"


MORE = [
    # a weekday named with the day picks the year in which they agree
    (
        "Strollers are seen on the promenade on Friday, July 15.",
        dt.date(2016, 7, 14),
        [("2016-07-15", "day")],
    ),
    # planned, seen from the past: the closer of the two
    ("The emergency was scheduled to end on July 26.", dt.date(2016, 7, 14), [("2016-07-26", "day")]),
    ("Talks were expected to start in August.", dt.date(2016, 7, 14), [("2016-08", "month")]),
    # a range is one span, dated by its start
    ("There were 112 accidents between March 2015 and March 2016.", THU, [("2015-03", "month")]),
    ("The road is closed from June 3 to June 9.", THU, [("2024-06-03", "day")]),
    (
        "He was in Paris in March 2015 and in Rome in March 2016.",
        THU,
        [("2015-03", "month"), ("2016-03", "month")],
    ),
    # a year-less holiday in a phrase that looks back: that many years before, or the last one
    (
        "Wendt spoke out two years after hundreds of women were robbed during New Year's Eve celebrations.",
        dt.date(2017, 12, 29),
        [("2015-12-31", "day")],
    ),
    (
        "Two years after the attacks, police will guard the New Year's Eve party.",
        dt.date(2017, 12, 29),
        [("2017-12-31", "day")],
    ),
    ("Police have been on alert since New Year's Eve.", dt.date(2018, 1, 3), [("2017-12-31", "day")]),
    ("Officers have been on alert since New Year's Eve.", dt.date(2017, 12, 29), [("2016-12-31", "day")]),
    ("The new rules apply after New Year's Eve.", dt.date(2017, 12, 29), [("2017-12-31", "day")]),
    (
        "The attacks on New Year's Eve in Tarvale heralded a change in mood.",
        dt.date(2017, 12, 29),
        [("2016-12-31", "day")],
    ),
    ("Revellers will gather on New Year's Eve.", dt.date(2017, 12, 29), [("2017-12-31", "day")]),
    ("Police have stepped up security for New Year's Eve.", dt.date(2017, 12, 29), [("2017-12-31", "day")]),
    ("Police said they were preparing for New Year's Eve.", dt.date(2017, 12, 29), [("2017-12-31", "day")]),
    # "the last year" is the twelve months before, no calendar year
    ("Offences have doubled in the last year.", THU, []),
    ("Offences doubled last year.", THU, [("2023", "year")]),
    # "the last week" is the seven days before, no calendar week
    ("It has been a hard time in the last week.", THU, []),
]


@pytest.mark.parametrize(("text", "published", "expected"), MORE, ids=[t for t, _, _ in MORE])
def test_more_golden_dates(dates, text, published, expected):
    assert dates(text, published) == expected
