"""Calendar arithmetic for relative dates, all against one publication date: the nearest
year-less day or month, a weekday in the tense the sentence uses, "N weeks ago", "earlier in the
week". Pure functions of dates; the phrases that call them are read in ``generator.extract.events.dates``."""

from __future__ import annotations

import datetime as dt


def rest_of_week(published: dt.date, earlier: bool, span: tuple[int, int]) -> tuple[str, str, int, int]:
    """ "earlier in the week": the days of the publication week before it, a day when only one is left
    (published on Tuesday means Monday); "later this week" likewise after it."""
    monday = published - dt.timedelta(days=published.weekday())
    if earlier and published.weekday() == 1:
        return (monday.isoformat(), "day", *span)
    if not earlier and published.weekday() == 5:
        return ((published + dt.timedelta(days=1)).isoformat(), "day", *span)
    return (monday.isoformat(), "week", *span)


def make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:  # "February 30", "June 0"
        return None


def nearest_day(published: dt.date, month: int, day: int, tense: str) -> dt.date | None:
    """The year-less day on or before publication, on or after it in future tense, or the closer of
    the two for "would" ("said it would launch between Feb. 7 and 14")."""
    this_year = make_date(published.year, month, day)
    if this_year is None:
        return None
    after = this_year if this_year >= published else make_date(published.year + 1, month, day)
    before = this_year if this_year <= published else make_date(published.year - 1, month, day)
    if tense == "near" and after and before:
        return after if (after - published) < (published - before) else before
    return after if tense == "future" else before


def month_year(published: dt.date, month: int, rel: str, tense: str) -> int:
    """The year of a year-less month: the latest not after publication, the next one in future
    tense, the closer one after "would"."""
    if rel == "this":
        return published.year
    if rel == "last":
        return published.year if month < published.month else published.year - 1
    if rel == "next":
        return published.year if month > published.month else published.year + 1
    after = published.year if month >= published.month else published.year + 1
    before = published.year if month <= published.month else published.year - 1
    if tense == "near":
        gap_after = (after - published.year) * 12 + month - published.month
        gap_before = (published.year - before) * 12 + published.month - month
        return after if gap_after < gap_before else before
    return after if tense == "future" else before


def weekday(published: dt.date, weekday: int, rel: str, tense: str) -> dt.date:
    """Publication day if it is that weekday, or the day after it, else the latest past one: the
    next one in future tense, the closer of the two after "would" ("said he would arrive on
    Saturday")."""
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if rel == "last":
        return published - dt.timedelta(days=back or 7)
    if rel == "next":
        return published + dt.timedelta(days=ahead or 7)
    if back == 0:
        return published
    if ahead == 1 and rel != "this":
        # the day after publication, even in the past tense: the article's clock is another
        # zone's, or its timestamp is a date alone ("Helicopters were heard early on Friday" in
        # news stamped Thursday from a city hours ahead); six days back it would read "last Friday"
        return published + dt.timedelta(days=1)
    future = tense == "future" or (tense == "near" and ahead < back)
    return published + dt.timedelta(days=ahead) if future else published - dt.timedelta(days=back)


def shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def ago(published: dt.date, n: int, unit: str, span: tuple[int, int]) -> tuple[str, str, int, int]:
    """ "three days ago" keeps day precision, "two weeks ago" week, "a month ago" month, "a year ago" year."""
    if unit == "day":
        return ((published - dt.timedelta(days=n)).isoformat(), "day", *span)
    if unit == "week":
        day = published - dt.timedelta(days=7 * n)
        return ((day - dt.timedelta(days=day.weekday())).isoformat(), "week", *span)
    if unit == "month":
        year, month = shift_month(published.year, published.month, -n)
        return (f"{year:04d}-{month:02d}", "month", *span)
    return (str(published.year - n), "year", *span)
