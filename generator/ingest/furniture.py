"""Page furniture the paragraph rules of ``boilerplate`` let through: photo captions led by
their credit, links to other stories, share and sign-up prompts, author bios, lists of other
headlines, gallery slides, and another story run on after the article's end.

Found by sampling what survived ingest on the news-please corpus (``giveme5w1h-news-cluster``,
its held-out events left out): each family names the pages it was seen on. None is the story:
a tabloid caption repeats the body, with its credit glued to the first name ("GETTY Max ...");
a teaser is the headline of another story, read by extraction as a claim or a quote.
"""

from __future__ import annotations

import re

_END = re.compile(r"[.!?:;…]['\"’”)\]»]*$")
"""Sentence-final punctuation, possibly inside closing quotes or brackets."""

CREDITS = (
    # The international wire and picture agencies (Wikipedia, "News agency" and "Stock photography"),
    "Getty Images", "Getty", "AFP", "AP", "Associated Press", "Reuters", "EPA", "EFE", "PA", "Rex Features",
    "Shutterstock", "Alamy", "Xinhua", "Splash News", "Barcroft Media", "SWNS", "eyevine",
    # and those the corpus pages name as caption credits (The Sun, Express, HuffPost UK).
    "Fame Flynet", "Starface",
)  # fmt: skip
"""Names a caption starts with when its credit comes first ("GETTY Max ...", "Fame Flynet Police ..."),
as written or in capitals."""
PLATFORMS = ("Twitter", "Facebook", "Instagram", "YouTube")
"""Sites a picture is credited to ("Twitter Women cling to ..."); as a caption's first word only
when another caption of the page starts with a credit too: "Facebook CEO ..." starts a sentence."""


def _names(names: tuple[str, ...]) -> str:
    return "|".join(sorted({v for n in names for v in (n, n.upper())}, key=len, reverse=True))


_CREDIT = _names(CREDITS)
_AFTER_CREDIT = r"\s+(?=[A-Z0-9])"
_LEAD_CREDIT = re.compile(
    rf"^(?:(?:{_CREDIT})(?:\s*[•/]\s*(?:{_CREDIT}))*(?: or licensors)?"
    r"|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|co\.uk|net|org)"
    rf"|[A-Z][\w.' -]{{1,40}}?\s*(?:•|\s/\s)\s*[\w.' -]{{2,30}}?){_AFTER_CREDIT}"
)
"""A credit leading a caption: an agency ("GETTY", "Fame Flynet"), a site ("matrixpictures.co.uk")
or a photographer and agency ("Issei Kato / Reuters", "SWNS • PA", "VLERICK BUSINESS SCHOOL•GETTY")."""
_LEAD_PLATFORM = re.compile(rf"^(?:{_names(PLATFORMS)}){_AFTER_CREDIT}")


def caption_reason(par: str) -> str | None:
    """Why a paragraph is a photo caption led by its credit, or None: the credit is glued to the
    caption's first name ("GETTY Max ...") and the caption repeats the story.

    >>> caption_reason("GETTY Lena Marsh crossed the line first in the rain")
    'photo caption'
    >>> caption_reason("Tovi Lund / Reuters A woman walks past the shuttered bank in Varnholm")
    'photo caption'
    >>> caption_reason("Reuters reported that the bank would close.") is None
    True
    """
    if len(par.split()) <= 60 and not _END.search(par) and _LEAD_CREDIT.match(par):
        return "photo caption"
    return None


_PROMPT = re.compile(
    r"^\[[^\[\]]+\]$"  # an inline link to another story: "[How a ... diverted an entire flight]"
    r"|\bRead more$"  # The Guardian's inline teaser: "<headline> Read more"
    r"|^like\b.{0,60}\bon facebook\b|\blike us on facebook\b|\bfollow us on\b|\bchat with us in\b"
    r"|\bthanks for subscribing\b|\bsigning up is easy\b|\bclick here to\b|\bwe pay for videos\b"
    r"|\boriginally appeared (?:on|in)\b|\bread the original article\b"
    r"|\ba post shared by\b.{0,60}\(@\w+\) on\b"  # an embedded Instagram post's footer
    r"|^\+?\s*\d*\s*show all\b|\bimage \d+ of\s*/?\s*\d+\b|\bembed x share\b|^skip in skip\b"
    r"|(?-i:^CLOSE\s+(?=[A-Z]))"  # a video player's label and the video's blurb (USA Today)
    r"|\bnot in our deliverable area\b|\bgot a (?:confidential )?(?:news )?tip\?"
    r"|\bwould like to hear from readers\b",
    re.IGNORECASE,
)
"""Prompts and widgets: share, follow, sign up, watch, and links to other stories."""
_RELATED = re.compile(r"^Related\s+(?=[A-Z])")
"""Rolling Stone's teaser, its heading run into the headline: "Related What Do the ... Women?"."""
_BIO = re.compile(
    r"\bthe (?:opinions|views) expressed (?:in this|here)\b|\bfollow (?:her|him|them)(?: on twitter)? @\w",
    re.IGNORECASE,
)
"""An author's bio box: "X is a columnist for ... Follow her @x. The opinions expressed in this
commentary are solely those of the author."."""


def prompt_reason(par: str) -> str | None:
    """Why a paragraph is a prompt, a link to another story or an author's bio, or None.

    >>> prompt_reason("[How a stray goat delayed the Varnholm ferry]")
    'related link'
    >>> prompt_reason("Like Varnholm Daily on Facebook and stay updated on local news")
    'share prompt'
    >>> prompt_reason("Ana Varga is a columnist. Follow her @avarga. The opinions expressed in this "
    ...               "commentary are solely those of the author.")
    'author bio'
    >>> prompt_reason("The council said it would follow the ferry company's advice.") is None
    True
    """
    n = len(par.split())
    if n <= 80 and _BIO.search(par):
        return "author bio"
    if n > 60:
        return None
    if n <= 40 and _RELATED.match(par) and not _END.search(par):
        return "related link"
    m = _PROMPT.search(par)
    if not m:
        return None
    found = m.group(0).lower()
    if found.startswith("[") or found == "read more":
        return "related link"
    return "video caption" if found.startswith(("close", "skip", "embed")) else "share prompt"


def _headline_shaped(par: str) -> bool:
    """A headline: 3-25 words, no sentence-final punctuation, starting with a capital or digit."""
    n = len(par.split())
    return 3 <= n <= 25 and not _END.search(par) and (par[:1].isupper() or par[:1].isdigit())


def run_reasons(items: list[tuple[str, str | None]]) -> dict[int, str]:
    """Kept paragraphs (reason None) that only a run of them shows to be furniture: index ->
    why. Headlines of other stories (``_teasers``), the slides of a gallery (``_gallery_runs``),
    captions credited to a site (``_platform_credits``) and another story run on after the
    article's end (``_appended_story``).
    """
    kept = [i for i, (_, reason) in enumerate(items) if reason is None]
    found = dict.fromkeys(_gallery_runs(items, kept), "photo gallery")
    found.update(dict.fromkeys(_platform_credits(items, kept), "photo caption"))
    found.update(dict.fromkeys(_teasers(items, kept), "related link"))
    found.update(dict.fromkeys(_appended_story(items, kept), "another story"))
    return found


def _teasers(items: list[tuple[str, str | None]], kept: list[int]) -> list[int]:
    """Indexes of kept paragraphs that are headlines of other stories.

    ``items`` are the article's paragraphs in order with why each was dropped (None: kept).
    Caught: the headline-shaped lines right after a dropped "Read more:" / "Related:" heading
    ("Oster imposes sanctions on two ferry officials"), and two or more headline-shaped lines
    ending the article ("Ana Varga unveils plans for a moon hotel" / "See inside the $17
    million mansion"). A short story paragraph after such a heading stays: a sentence is not a
    headline, though a list may give one with a full stop.
    """
    found: list[int] = []
    heading: int | None = None
    for i, (par, reason) in enumerate(items):
        if reason is not None:
            if reason == "related link" and len(par.split()) <= 5:
                heading = i
            continue
        if heading is not None and _headline_shaped(par):
            found.append(i)
        else:
            heading = None
    tail: list[int] = []
    for i in reversed(kept):
        if not _headline_shaped(items[i][0]):
            break
        tail.append(i)
    if len(tail) >= 2 and len(tail) < len(kept):
        found += tail
    return found


_SLIDE_NUMBER = re.compile(r"^(\d{1,3})/(\d{1,3})\s+(?=[A-Z])")


def _gallery_runs(items: list[tuple[str, str | None]], kept: list[int]) -> list[int]:
    """Slides of an embedded gallery: two or more kept paragraphs numbered "N/M" with the same
    M ("1/30 Earth from the ISS ...", "2/30 Frosty slopes of Mars ..."; one "9/11 ..." is not
    a gallery), or four or more in a row opening with the gallery's title ("Port of Oster
    turns 300 Trading place ...", "Port of Oster turns 300 Expansion drive ...")."""
    numbered: dict[str, list[int]] = {}
    for i in kept:
        m = _SLIDE_NUMBER.match(items[i][0])
        if m and int(m.group(1)) <= int(m.group(2)):
            numbered.setdefault(m.group(2), []).append(i)
    found = [i for run in numbered.values() if len(run) >= 2 for i in run]
    run: list[int] = []
    for i in [*kept, -1]:
        head = " ".join(items[i][0].split()[:4]) if i >= 0 else None
        if run and head == " ".join(items[run[0]][0].split()[:4]) and len(items[i][0].split()) > 8:
            run.append(i)
            continue
        if len(run) >= 4:
            found += run
        run = [i] if i >= 0 and len(items[i][0].split()) > 8 else []
    return found


def _platform_credits(items: list[tuple[str, str | None]], kept: list[int]) -> list[int]:
    """Captions credited to a site ("Twitter Bodies were seen ...") on a page where two or more
    captions start with a credit."""
    led = [i for i in kept if not _END.search(items[i][0]) and _LEAD_PLATFORM.match(items[i][0])]
    credited = len(led) + sum(1 for par, why in items if why == "photo caption" and _LEAD_CREDIT.match(par))
    return led if led and credited >= 2 else []


_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}\b")
"""A capitalised word inside a sentence: most are names."""
_OTHER_STORY = re.compile(
    r"^(?:Meanwhile|Separately|Elsewhere|In other news|In a separate (?:incident|development|case))\b"
)


def _appended_story(items: list[tuple[str, str | None]], kept: list[int]) -> list[int]:
    """Another story run on after the article's end: from a paragraph opening with "Meanwhile",
    "Separately", "In other news" ... to the end, when at most 15% of the names it uses (8 or
    more) were used before it. "Meanwhile, the chief of a catering firm died when a seaplane
    crashed ..." after a story of a charter plane crash elsewhere names none of its people."""
    for n, i in enumerate(kept[2:-1], start=2):
        if not _OTHER_STORY.match(items[i][0]):
            continue
        before = {m.group(0) for j in kept[:n] for m in _NAME.finditer(items[j][0])}
        after = {m.group(0) for j in kept[n:] for m in _NAME.finditer(items[j][0])}
        if len(after) >= 8 and len(after & before) <= 0.15 * len(after):
            return kept[n:]
    return []
