"""Infer title, publication date, author and outlet from what an article's own lines say.

Every function reads paragraph strings (one line or block each); nothing is guessed from the
clock or from outside knowledge, and a date without a year is never a publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import dateparser

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?"
"""A weekday, whole or cut short ("Thurs."); not any word that starts like one ("Monaghan")."""
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|2[01]\d\d)"
_DATE = (
    rf"(?:{_MONTH}\s+{_DAY}(?:\s*[,/]\s*|\s+){_YEAR}"  # June 20, 2024 / Jun 20/2024
    rf"|{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"  # 20 June 2024
    rf"|{_YEAR}[-/.](?:1[0-2]|0?[1-9])[-/.](?:[12]\d|3[01]|0?[1-9])"  # 2024-06-20
    rf"|(?:[12]\d|3[01]|0?[1-9])[/.](?:[12]\d|3[01]|0?[1-9])[/.]{_YEAR})"  # 20/06/2024
)
_TIME = (
    r"(?:\s*(?:,|at|T|\|)?\s*(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?(?:\.\d+)?"
    r"(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:Z|[+-]\d\d:?\d\d|[A-Z]{2,5}\b))?)?"
)
DATE_RE = re.compile(rf"(?<![\w/.-])(?:{_WEEKDAY}\s+)?(?P<date>{_DATE})(?![\w/-]){_TIME}")
_LABEL = (
    r"(?:(?:first\s+)?published(?:\s+(?:on|at))?|posted(?:\s+(?:on|at))?|post\s+at"
    r"|(?:last\s+)?updated(?:\s+(?:on|at))?|dated?)"
)
_LABELLED_DATE = re.compile(rf"^\s*(?P<label>{_LABEL})\s*[:\-–]?\s*(?:{_WEEKDAY}\s+)?", re.I)
_NUMERIC = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_SETTINGS = {
    # Every part must be written; the base date is fixed so nothing can come from the clock.
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RELATIVE_BASE": dt.datetime(2000, 1, 1),
    "STRICT_PARSING": True,
    "RETURN_AS_TIMEZONE_AWARE": False,
}

_NAME_STOP = {
    # Words that make a "By ..." phrase an agency, desk or job title rather than a person.
    "press", "news", "agency", "agencies", "staff", "reporter", "reporters", "writer", "editor",
    "editors", "correspondent", "contributor", "desk", "team", "media", "wire", "service",
    "online", "times", "post", "daily", "the", "and", "of", "in", "on", "at", "for",
}  # fmt: skip
_NAME_PARTICLES = {"de", "van", "von", "der", "da", "di", "del", "al", "bin", "la", "le", "du", "dos"}
_BYLINE = re.compile(r"^\s*by\s+(?P<rest>\S.*?)\s*$", re.I)
_SEGMENT_SPLIT = re.compile(r"\s+[-–—|]\s+|\s*[|–—]\s*")
_DATELINE_OUTLET = re.compile(
    # "LIMA, June 20 (Reuters) – ", "WASHINGTON (AP) — "
    rf"^(?P<place>[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){{0,3}}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?),?\s+"
    rf"(?:{_MONTH}\s+{_DAY}(?:,\s*{_YEAR})?\s+)?\((?P<outlet>[A-Z][\w&.'’ -]{{1,30}})\)\s*(?:--?|–|—|:)\s*"
)
_DATELINE_CAPS = re.compile(
    # "BEIJING -- ", "LAKE FOREST, Ill. — ": an all-caps place, a dash, then the story
    r"^(?P<place>[A-Z][A-Z.'’-]{2,}(?:[ -][A-Z][A-Z.'’-]+){0,3})(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?"
    r"\s*(?:--|–|—)\s+(?=\S)"
)
_NOT_OUTLET = {"updated", "update", "video", "photos", "photo", "watch", "live", "file", "opinion"}
_EMAIL_CONTACT = re.compile(
    r"\b(?:contact|e-?mail|write to|tips?)\b[^@\n]{0,80}?[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)", re.I
)
_FREE_MAIL = {"gmail", "yahoo", "hotmail", "outlook", "aol", "proton", "protonmail", "icloud", "gmx", "mail"}


@dataclass
class Found:
    """What the text itself says about the article, and which paragraphs said it."""

    title: str | None = None
    title_index: int | None = None
    published: dt.date | None = None
    author: str | None = None
    outlet: str | None = None
    drop: set[int] = field(default_factory=set)
    """Paragraphs that are metadata only (labels, date lines, bylines)."""
    trim: dict[int, int] = field(default_factory=dict)
    """Paragraphs that start with a metadata prefix: index -> length of the prefix."""


def parse_date(text: str) -> dt.date | None:
    """A date written with day, month and year ("June 20, 2024", "2024-06-20T09:30"), else None.

    Numeric day/month orders are read only when unambiguous (one part above 12 or both equal).
    """
    text = text.strip()
    if not re.search(r"\b\d{4}\b|\d{4}-", text):
        return None  # no year written: relative words and bare days are not dates here
    m = _NUMERIC.match(text)
    if m:
        a, b, year = (int(g) for g in m.groups())
        if a != b and a <= 12 and b <= 12:
            return None
        day, month = (a, b) if a > 12 or a == b else (b, a)
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    try:
        iso = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        return iso.date()
    except ValueError:
        pass
    parsed = dateparser.parse(text, languages=["en"], settings=_SETTINGS)  # type: ignore[arg-type]
    return parsed.date() if parsed else None


def date_line(par: str) -> tuple[dt.date, str, int] | None:
    """A paragraph that states a date as metadata: (date, kind, end of the metadata prefix).

    Caught: a label then the date ("Post At: Jun 20/2024 06:50PM", "date 2024-06-20 ...",
    "Updated: Thursday, June 20, 2024"), kind "published" or "updated"; and a short line that is
    little more than a date ("June 20, 2024", "Xinhua | Updated: 2017-09-15 17:52"), kind "line".
    A date inside a sentence is not caught.
    """
    label = _LABELLED_DATE.match(par)
    if label:
        m = DATE_RE.match(par, label.end())
        if m:
            found = parse_date(m.group("date"))
            if found:
                kind = "updated" if "updated" in label.group("label").lower() else "published"
                return found, kind, m.end()
    m = DATE_RE.search(par)
    if not m:
        return None
    rest = (par[: m.start()] + " " + par[m.end() :]).strip()
    if rest.endswith((".", "!", "?")) or len(re.findall(r"[^\W\d_][\w'’.-]*", rest)) > 4:
        return None
    found = parse_date(m.group("date"))
    if not found:
        return None
    kind = "updated" if re.search(r"\bupdated\b", rest, re.I) else "line"
    return found, kind, len(par)


def is_name(words: list[str]) -> bool:
    """Two to five capitalised words that read like a person's name ("Jane Q. Doe")."""
    core = [w for w in words if w.lower() not in _NAME_PARTICLES]
    if not 2 <= len(core) <= 5:
        return False
    for w in core:
        if not (w[0].isupper() and re.fullmatch(r"[^\W\d_][^\W\d_'’.-]*(?:['’.-][^\W\d_]*)*\.?", w)):
            return False
        if w.lower().strip(".") in _NAME_STOP or re.fullmatch(_MONTH, w) or re.fullmatch(_WEEKDAY, w):
            return False
    return True


@dataclass(frozen=True)
class Byline:
    """The parts of a "By ..." line."""

    authors: tuple[str, ...]
    outlet: str | None
    published: dt.date | None


def parse_byline(par: str) -> Byline | None:
    """A byline: "By Jane Doe", "by Jane Doe and John Roe", "By Jane Doe – Some Outlet – June 20, 2024".

    The names must stand alone or be followed by a separator, so "By Thursday Reyes had ..." and
    "By contrast, ..." are not bylines.
    """
    m = _BYLINE.match(par)
    if not m or len(par.split()) > 20:
        return None
    segments = [s.strip() for s in _SEGMENT_SPLIT.split(m.group("rest")) if s.strip()]
    if not segments:
        return None
    names: list[str] = []
    parts = re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", segments[0])
    for i, part in enumerate(parts):
        if is_name(part.split()):
            names.append(part)
        elif i == 0 or len(part.split()) > 4:
            return None  # not a name list: a sentence that happens to start with "By"
        else:
            break  # "Jane Doe, Staff Writer": the job title ends the list
    outlet: str | None = None
    published: dt.date | None = None
    for seg in segments[1:]:
        dm = DATE_RE.search(seg)
        if dm and published is None:
            published = parse_date(dm.group("date"))
        elif (
            not dm
            and outlet is None
            and seg[0].isupper()
            and len(seg.split()) <= 6
            and not seg.endswith((".", "!", "?"))
        ):
            outlet = seg
    return Byline(tuple(names), outlet, published)


def _md_heading(par: str) -> str:
    """The text of a Markdown heading line ("# Title" -> "Title"), else the line itself."""
    return re.sub(r"^#{1,6}\s+", "", par).strip()


def headline_like(par: str) -> bool:
    """A line that could be a headline: 2-20 words, starts capitalised, no closing full stop,
    not a byline, date line, dateline or web address."""
    text = _md_heading(par)
    words = text.split()
    if not 2 <= len(words) <= 20 or len(text) > 200:
        return False
    if not (text[0].isupper() or text[0].isdigit() or text[0] in "\"'“‘"):
        return False
    if text.endswith((".", ",", ";", ":")) or "http" in text or "@" in text:
        return False
    return not (
        parse_byline(text) or date_line(text) or _DATELINE_OUTLET.match(text) or _DATELINE_CAPS.match(text)
    )


def _title(pars: list[str]) -> tuple[str | None, int | None, list[int]]:
    """The first headline-like line, skipping section labels before it.

    A label is a one-word line ("War") or a line of at most three words followed by a longer
    headline-like line ("Marovia News" then the real headline). Text that starts right into a
    dateline or body gives no title.
    """
    labels: list[int] = []
    for i, par in enumerate(pars[:4]):
        n = len(_md_heading(par).split())
        nxt = pars[i + 1] if i + 1 < len(pars) else None
        if n == 1 and not par.endswith((".", "!", "?")):
            labels.append(i)
            continue
        if not headline_like(par):
            return None, None, []
        if n <= 3 and nxt is not None and headline_like(nxt) and len(_md_heading(nxt).split()) > n:
            labels.append(i)
            continue
        return _md_heading(par), i, labels
    return None, None, []


def dateline_prefix(par: str) -> tuple[int, str | None] | None:
    """A dateline opening a story: (its length, the outlet it names or None).

    Caught: "LIMA, June 20 (Reuters) – ", "WASHINGTON (AP) — ", "BEIJING -- ", "LAKE FOREST, Ill. — ".
    """
    m = _DATELINE_OUTLET.match(par)
    if m:
        outlet = m.group("outlet").strip()
        if outlet.lower() in _NOT_OUTLET or len(outlet.split()) > 4 or re.fullmatch(_MONTH, outlet):
            outlet = None
        return m.end(), outlet
    m = _DATELINE_CAPS.match(par)
    if m and len(m.group("place")) >= 3:
        return m.end(), None
    return None


def outlet_from_contact(par: str, source_text: str) -> str | None:
    """The outlet behind a "Contact LiveNews@example.com"-style line.

    The domain's name is returned as the text itself spells it ("Example" when the article says
    "Example has contacted ..."), else the bare domain. Free mail providers say nothing.
    """
    m = _EMAIL_CONTACT.search(par)
    if not m:
        return None
    domain = m.group("domain").lower().removeprefix("www.")
    label = domain.split(".")[0]
    if label in _FREE_MAIL:
        return None
    for word in re.finditer(rf"(?<![\w@.]){re.escape(label)}(?![\w@])", source_text, re.I):
        if word.group()[0].isupper():
            return word.group()
    return domain


def infer(pars: list[str], source_text: str) -> Found:
    """Read title, date, author and outlet from the top and bottom lines of an article."""
    found = Found()
    found.title, found.title_index, labels = _title(pars)
    if found.title_index is not None:
        found.drop.update(labels)
        found.drop.add(found.title_index)
    n = len(pars)
    edges = [i for i in range(n) if i < 8 or i >= n - 6]
    dates: dict[str, dt.date] = {}
    outlets: dict[str, str] = {}
    for i in edges:
        par = pars[i]
        byline = parse_byline(par)
        if byline:
            found.drop.add(i)
            if byline.authors and found.author is None:
                found.author = ", ".join(byline.authors)
            if byline.outlet:
                outlets.setdefault("byline", byline.outlet)
            if byline.published:
                dates.setdefault("byline", byline.published)
            continue
        dated = date_line(par)
        if dated:
            date, kind, end = dated
            dates.setdefault(kind, date)
            if end >= len(par.rstrip()):
                found.drop.add(i)
            else:
                found.trim[i] = end
        contact = outlet_from_contact(par, source_text)
        if contact:
            outlets.setdefault("contact", contact)
    # The dateline opens the first body paragraph, possibly after a trimmed date prefix.
    for i in range(min(n, 5)):
        if i in found.drop:
            continue
        start = found.trim.get(i, 0)
        rest = pars[i][start:].lstrip()
        dateline = dateline_prefix(rest)
        if dateline:
            length, outlet = dateline
            found.trim[i] = len(pars[i]) - len(rest) + length
            if outlet:
                outlets.setdefault("dateline", outlet)
        break
    found.published = next((dates[k] for k in ("published", "byline", "line", "updated") if k in dates), None)
    found.outlet = next((outlets[k] for k in ("byline", "dateline", "contact") if k in outlets), None)
    return found
