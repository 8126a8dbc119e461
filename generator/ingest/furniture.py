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

from generator.ingest import roundup

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
    rf"|[A-Z][\w.' -]{{1,40}}?\s*(?:•|\s/\s)\s*[\w.' -]{{2,30}}?"
    rf"|[A-Z][\w.' -]{{1,40}}?\s-\s(?:{_CREDIT})){_AFTER_CREDIT}"
)
"""A credit leading a caption: an agency ("GETTY", "Fame Flynet"), a site ("matrixpictures.co.uk")
or a photographer and agency ("Issei Kato / Reuters", "SWNS • PA", "VLERICK BUSINESS SCHOOL•GETTY",
"Handout - Getty")."""
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


_COUNTER = re.compile(r"\b(\d{1,3}) of\s*/?\s*(\d{1,3})\b")
"""A player's or gallery's counter: "1 of 41", "Image 1 of / 8"."""
_DURATION = re.compile(r"\|\s*\d{1,2}:\d\d\b")
"""A video's length after its title: "Tesla posts biggest ever quarterly loss | 1:37"."""
_PLAYER = re.compile(r"\bPlay (?:Video \d{1,2}:\d\d|slideshow)\b|\s1\s?(?:of|/)\s?\d{1,3}$")
"""A player's label, or a slideshow's first counter ending a teaser: "Play Video 0:53 <title> – video",
"... Play slideshow Getty Images 1 of 10", "... deals available on PS4 in February 2018 1 / 10"."""


def playlist_reason(par: str) -> str | None:
    """Why a paragraph is a video playlist or a slideshow run together, or a player's teaser,
    or None: three counters "N of M" with the same M, or two video lengths "| 1:21", or a
    player's label in a paragraph without a full stop at its end.

    >>> playlist_reason("CLOSE THE FERRY Ferry leaves Oster | 2:30 The ferry left. AP 1 of 9 "
    ...                 "CLOSE THE FERRY Mayor speaks | 0:38 The mayor spoke. 2 of 9")
    'video playlist'
    >>> playlist_reason("Image 1 of / 8 The float. Image 2 of 8 The band. Image 3 of 8 The queen. "
    ...                 "Image 4 of 8 A car.")
    'photo gallery'
    >>> playlist_reason("Harbour prices in charts Compare ports on cost Play slideshow Getty Images 1 of 10")
    'video caption'
    >>> playlist_reason("Oster won 3 of 5 games, Varnholm 2 of 5 and Dunmore 1 of 5 this season.") is None
    True
    """
    if "|" in par and len(_DURATION.findall(par)) >= 2:
        return "video playlist"
    if par.count(" of") >= 3:
        totals: dict[str, set[str]] = {}
        for m in _COUNTER.finditer(par):
            if int(m.group(1)) <= int(m.group(2)):
                totals.setdefault(m.group(2), set()).add(m.group(1))
        if any(len(n) >= 4 for n in totals.values()):
            return "photo gallery" if "image" in par.lower() or "photo" in par.lower() else "video playlist"
    if (
        ("Play " in par or "/" in par or " of " in par)
        and not _END.search(par[-8:])
        and len(par.split()) <= 80
        and _PLAYER.search(par)
    ):
        return "video caption"
    return None


_ELLIPSIS = re.compile(r"(?:^|\s)(?:\.\.\.|…)(?=\s|$)")


def snippet_reason(par: str) -> str | None:
    """Why a paragraph is a search result's snippet, or None: it starts mid-sentence (with
    "..." or a small letter) and has two or more gaps marked "...".

    >>> snippet_reason("... we saw today that the ferry plans to bid for ... or even when we might be")
    'search snippet'
    >>> snippet_reason("“We are praying for you ... We cannot imagine their loss ...” he said.") is None
    True
    """
    if not (par[:1].islower() or par.startswith(("...", "…"))):
        return None
    return "search snippet" if len(_ELLIPSIS.findall(par)) >= 2 else None


ENGLISH_WORDS = frozenset(
    "the a an of to in and is are was were for on that with it he she they we you by at from as be has have "
    "had not this but or".split()
)
"""English function words: the most frequent words of any English frequency list."""
FOREIGN_WORDS = frozenset(
    # German, French and Spanish function words, the first of their languages' frequency lists
    # (none an English word): a help line, an advert or a syndicator's note in another language.
    "der die das und ist nicht ihr sie wir mit auf für von den dem ein eine auch oder wenn es gibt wie bei "
    "le les et est une des du pour dans qui que sur pas avec vous nous "
    "el los las y es que por con para una del se lo su al como".split()
)  # fmt: skip


def language_reason(par: str) -> str | None:
    """Why a paragraph is in another language than English, or None: at least eight words,
    three or more different German, French or Spanish function words among them and twice as
    many of those as English ones. The English pipeline cannot read it, and on an English page it is an
    advert, a help line or a syndicator's note.

    >>> language_reason("Wenn ihr mit jemandem sprechen wollt, erreicht ihr die Seelsorge unter 0800, "
    ...                 "kostenfrei und rund um die Uhr.")
    'other language'
    >>> language_reason("Ana de la Vega said the ferry to Oster would run again on Tuesday.") is None
    True
    """
    if " the " in par or " to " in par or " and " in par:
        return None  # English, found without splitting the paragraph
    words = par.lower().split()
    if len(words) < 8:
        return None
    distinct = set(words)
    foreign = len(distinct & FOREIGN_WORDS)
    if foreign < 3:
        return None
    return "other language" if foreign >= 2 * len(distinct & ENGLISH_WORDS) else None


def _headline_shaped(par: str) -> bool:
    """A headline: 3-25 words, no sentence-final punctuation, starting with a capital or digit."""
    n = len(par.split())
    return 3 <= n <= 25 and not _END.search(par) and (par[:1].isupper() or par[:1].isdigit())


_SENTENCE_MARK = re.compile(r"[.!?…]")


def _run_on_headlines(par: str) -> bool:
    """Several headlines run together, as a box of teasers prints them: up to 80 words, a capital
    first and no sentence mark at all ("Anyone who upgraded ... should have this $13 accessory
    There’s a $48 home security camera has the best feature ...")."""
    return len(par.split()) <= 80 and par[:1].isupper() and not _SENTENCE_MARK.search(par)


def run_reasons(items: list[tuple[str, str | None]], title: str | None = None) -> dict[int, str]:
    """Kept paragraphs (reason None) that only a run of them shows to be furniture: index ->
    why. Headlines of other stories (``_teasers``), the slides of a gallery (``_gallery_runs``),
    captions credited to a site (``_platform_credits``), another story run on after the
    article's end (``_appended_story``), a footer under a rule (``_footer``), the lines under an
    "About the author" heading (``_bio_after_heading``) and the items of a
    roundup the title does not name (``roundup.other_items``).
    """
    kept = [i for i, (_, reason) in enumerate(items) if reason is None]
    found = dict.fromkeys(roundup.other_items(items, title), "another story")
    found.update(dict.fromkeys(_footer(items, kept), "footer"))
    found.update(dict.fromkeys(_bio_after_heading(items), "author bio"))
    found.update(dict.fromkeys(_gallery_runs(items, kept), "photo gallery"))
    found.update(dict.fromkeys(_platform_credits(items, kept), "photo caption"))
    found.update(dict.fromkeys(_teasers(items, kept), "related link"))
    found.update(dict.fromkeys(_appended_story(items, kept), "another story"))
    return found


_ATTRIBUTED = re.compile(r"\b(?:said|says|told|added)\b[^.!?]{0,60}[.!?]['\"’”]*$")
"""A sentence ending on its source ("..., a spokesman said."): the story's reporting, not a teaser."""


def _teasers(items: list[tuple[str, str | None]], kept: list[int]) -> list[int]:
    """Indexes of kept paragraphs that are headlines of other stories.

    ``items`` are the article's paragraphs in order with why each was dropped (None: kept).
    Caught: the headline-shaped lines right after a dropped "Read more:" / "Related:" / "Top
    Deals:" heading ("Oster imposes sanctions on two ferry officials"), or headlines run together
    without a full stop there, and two or more headline-shaped lines
    ending the article ("Ana Varga unveils plans for a moon hotel" / "See inside the $17
    million mansion"), and the lines after the last such heading up to the last headline-shaped
    one, when they are two or more, all lines to the end are short (25 words at most) and none
    ends on its source ("..., a spokesman said."): the list may give a headline
    with a full stop ("Oster lost contact with a ferry. An amateur found its signal."). A short
    story paragraph after such a heading stays: a sentence is not a headline.
    """
    found: list[int] = []
    heading: int | None = None
    last_heading: int | None = None
    for i, (par, reason) in enumerate(items):
        if reason is not None:
            if reason == "related link" and len(par.split()) <= 5:
                heading = last_heading = i
            continue
        if heading is not None and (_headline_shaped(par) or _run_on_headlines(par)):
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
    after = [i for i in kept if last_heading is not None and i > last_heading]
    shaped = [n for n, i in enumerate(after) if _headline_shaped(items[i][0])]
    listed = after[: shaped[-1] + 1] if shaped else []
    if (
        len(listed) >= 2
        and after[0] != kept[0]
        and all(len(items[i][0].split()) <= 25 for i in after)
        and not any(_ATTRIBUTED.search(items[i][0]) for i in listed)
    ):
        found += listed  # a teaser list may give headlines with full stops
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


_RULE = re.compile(r"^(?:_{3,}|[-=]{5,})$")
"""A horizontal rule: AP's "___", a line of dashes."""


def _footer(items: list[tuple[str, str | None]], kept: list[int]) -> list[int]:
    """Kept paragraphs under the last horizontal rule, when they are one to four short lines
    (at most 30 words each) ending the article: a wire's or a syndicator's footer ("Online:",
    "Den Originalartikel gibt es auf ...", "Anzeige:"). A rule followed by a longer text is a
    section break: "___" / "ROCKET STATS:" / a paragraph of facts ... stays."""
    rules = [i for i, (par, _) in enumerate(items) if _RULE.match(par)]
    if not rules:
        return []
    after = [i for i in kept if i > rules[-1]]
    if 1 <= len(after) <= 4 and len(after) < len(kept) and all(len(items[i][0].split()) <= 30 for i in after):
        return after
    return []


_ABOUT_AUTHOR = re.compile(r"^about (?:the|this) (?:author|writer|contributor)s?:?$", re.IGNORECASE)


def _bio_after_heading(items: list[tuple[str, str | None]]) -> list[int]:
    """The one or two kept paragraphs (80 words at most) right under an "About the author"
    heading: "Ana Varga is a ferry enthusiast living in Oster. Her passion ..." is the writer's
    bio, not the story, even when the page holds nothing else."""
    found: list[int] = []
    for i, (par, _) in enumerate(items):
        if len(par) <= 40 and _ABOUT_AUTHOR.match(par):
            run = [j for j in range(i + 1, min(i + 3, len(items))) if items[j][1] is None]
            found += [j for j in run if len(items[j][0].split()) <= 80]
    return found
