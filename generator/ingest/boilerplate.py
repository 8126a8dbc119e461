"""Cut an article body into paragraphs and drop the ones that are not the story.

Rules work on whole paragraphs (or trim a metadata prefix off one), so every kept paragraph
stays a verbatim span of the source up to whitespace folding.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.ingest import furniture, metadata
from generator.text import fold

_END = re.compile(r"[.!?:;…]['\"’”)\]»]*$")
"""Sentence-final punctuation, possibly inside closing quotes or brackets."""
_SMALL_WORDS = {
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "by",
    "from", "as", "vs", "vs.", "via", "into", "over", "amid", "after", "between", "about", "against",
    "through", "under", "without", "within", "during", "upon", "onto", "per", "than", "up", "off",
    "&", "-", "–", "—", "|", "/",
}  # fmt: skip
_CREDIT = (
    r"(?:Getty Images|AFP(?: via Getty Images)?|AP(?: Photo)?|Associated Press|Reuters|EPA(?:-EFE)?"
    r"|Shutterstock|Xinhua|Bloomberg|Alamy|PA(?: Wire| Media)?|Sputnik|TASS|Anadolu(?: Agency)?"
    r"|dpa|Kyodo|Yonhap|NurPhoto|SOPA Images|LightRocket|Contributor|File Photo)"
)


_HEADLINE_RUN = re.compile(r"\b[A-Z][A-Z'’]+(?: [A-Z][A-Z'’]+)+\b")
"""Two or more upper-case words in a row: a teaser's kicker ("STONED TO DEATH", "BABY BOMBERS")."""


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


class _Gated:
    """``pattern``, tried only on paragraphs that contain ``word``: "cookie ... you" is a regex
    that backtracks over the whole paragraph from every "you", and most paragraphs have no cookie."""

    def __init__(self, word: str, pattern: re.Pattern[str]) -> None:
        self.word = re.compile(word, re.I)
        self.pattern = pattern

    def search(self, text: str) -> object:
        """A match, or a false value, as ``re.Pattern.search``."""
        return self.word.search(text) and self.pattern.search(text)


# Each rule: (reason, pattern, longest paragraph in words it may drop).
_RULES: tuple[tuple[str, re.Pattern[str] | _Gated, int], ...] = (
    ("navigation", _rx(r"^(?:previous|next|prev)\s+(?:post|article|story|page)\b"), 40),
    (
        "widget",
        _rx(
            r"print friendly|\bpdf\s*&\s*email\b|\bclick to (?:share|print|email)\b|\btranslate\b",
            r"^share(?: this)?\b|^(?:tweet|email|comments?|advertisement|sponsored)\b|\bfollow us\b",
            r"\bscroll (?:down )?(?:for|to) (?:video|more)\b|^(?:photos?|videos?|images?|gallery)$",
            r"^(?:save)+$|^(?:next|prev|previous|more|close|skip)$|continue reading",
        ),
        8,
    ),
    (
        "related link",
        _rx(
            r"^(?:read|see|watch|listen)\s+(?:more|also|next)\b\s*:?",
            r"^(?:related|more|also read|read also|recommended|most read(?: in \w+)?|most popular)\s*:",
            r"^most (?:read|popular|viewed)\b",
            # a box's heading on its own line: "BGR Top Deals:", "Don't miss:"
            r"^(?:\S+\s+)?(?:top (?:deals|stories|picks)|don[’']t miss|you may also like"
            r"|editor[’']s picks)\s*:$",
        ),
        40,
    ),
    (
        # A "most read" or "more stories" box: teasers of other stories run together in one
        # paragraph ("MOST READ IN NEWS SIN CITY How ... PORN DEATHS ..."), often long.
        "related link",
        # "Related Stories 'WORST YET TO COME' Boko ... BABY BOMBERS Who are ...": the same box
        # under another heading.
        _rx(
            r"^(?:most (?:read|popular|viewed|shared)|more (?:stories|from|on this)|trending)\b(?: in \w+)?",
            r"^related (?:stories|articles|coverage|content|links|news)\b",
        ),
        150,
    ),
    (
        # A newsletter sign-up box pasted into the text, with its columnists' names.
        "subscribe notice",
        _rx(
            r"\byou agree to receive (?:occasional )?updates\b|\bthank you for subscribing\b",
            r"\bview all [\w .'’]{0,40} newsletters\b|\bplease verify you(?:'|’| a)re not a robot\b",
        ),
        150,
    ),
    (
        "cookie notice",
        _Gated(
            r"\b(?:cookies?|traceurs|témoins)\b",
            _rx(
                r"\b(?:cookies?|traceurs|témoins)\b.*\b(?:site|website|navigat\w*|brows\w*|consent\w*"
                r"|accept\w*|agree|privacy|vous|votre|you|your|utilis\w*|utiliz\w*|Sie)\b",
                r"\b(?:site|website|navigat\w*|brows\w*|consent\w*|accept\w*|agree|privacy|vous|you|your)\b"
                r".*\b(?:cookies?|traceurs|témoins)\b",
            ),
        ),
        150,
    ),
    (
        "subscribe notice",
        _Gated(
            r"\b(?:subscribe|subscribing|sign up|newsletter)\b",
            _rx(
                r"\b(?:subscribe|subscribing|sign up|newsletter)\b"
                r".*\b(?:you|your|our|now|today|free|forget)\b",
                r"\b(?:you|your|our|forget)\b.*\b(?:subscribe|subscribing|sign up|newsletter)\b",
            ),
        ),
        40,
    ),
    (
        "subscribe notice",
        _rx(
            r"\benter your e-?mail\b|\be-?mail address is invalid\b|\border reprints\b",
            r"\ba version of this article appears in print\b|\bstay up to date\b",
        ),
        40,
    ),
    (
        "disclaimer",
        _rx(
            r"^(?:disclaimer|copyright)\b|\ball rights reserved\b|\breposting this article\b",
            r"\bis not responsible for the content of external\b",
            # a broadcaster's note under its transcripts: "<X> transcripts are created on a rush
            # deadline by <contractor> ... This text may not be in its final form"
            r"\btranscripts? (?:are|is) (?:created|produced|prepared)\b.{0,60}\b(?:deadline|contractor)\b",
            r"\bthis text may not be in its final form\b",
        ),
        120,
    ),
    (
        "contact notice",
        _rx(
            r"\bdo you have (?:a story|a tip|any questions|information)\b",
            r"\b(?:contact|e-?mail|write to|send)\b.{0,80}[\w.+-]+@[\w-]+\.[\w.-]+",
            r"^follow\b.{0,60}\bon (?:twitter|facebook|instagram|x)\b|\bread or share this story\b",
            r"^(?:facebook|twitter|whatsapp|pinterest|linkedin)(?:\s+(?:facebook|twitter|whatsapp|pinterest"
            r"|linkedin|email|share))+\b",
        ),
        60,
    ),
    (
        "credit line",
        _rx(
            r"\bcontributed to this report\b|^(?:reporting|writing|editing|additional reporting) by\b",
            r"^[a-z]{2,3}(?:/[a-z]{2,3})+\s*(?:\(|$)",
        ),
        40,
    ),
    ("script", _rx(r"\bwindow\.\w+\s*=|_taboola|googletag|document\.write\(|\bfunction\s*\(|\}\);"), 400),
    (
        "photo caption",
        _rx(
            r"^(?:image (?:copyright|caption)|photo(?:graph)?s?\s*:|image\s*:|picture\s*:|caption\s*:)",
            # A video player's stand-in and its caption: "Media playback is unsupported on your
            # device Media caption Courtesy of <names>".
            r"^media playback is unsupported on your device\b|^media caption\b",
            r"\b(?:toggle|hide) caption\b|\benlarge this image\b|\bjust watched\b|\bmust watch\b",
            rf"(?:[.!?'\"’”)]\s*|/\s*|\|\s*|^){_CREDIT}$",  # "... on Friday.AFP" too
            r"\|\s*photo(?: credit)?\s*:\s*[^|]{2,60}$",  # "... in Las Vegas | Photo Credit: Reuters"
            r"\((?:photo|image|picture|credit|source|file)s?\s*[:/][^)]*\)$",
            # The Guardian's caption, its credit last: "... per day. Photograph: Ivo Darr for the Gazette"
            r"(?:^|[.!?'\"’”]\s+)(?-i:Photograph|Photo|Illustration|Composite): [^.!?]{3,80}$",
            r"^(?:AP:Associated Press|Getty Images(?:\s*-\s*Getty)?|Getty - Contributor|Splash News"
            r"|Reuters|EPA|AFP|Rex Features)\s+(?-i:(?=[A-Z]))",
        ),
        80,
    ),
)


def split_paragraphs(body: str, plain: bool) -> list[str]:
    """Blocks between blank lines, each cut into its lines; whitespace inside each is folded.

    In plain text (``plain``) lines are re-joined where they are hard-wrapped: a block whose
    lines before the last are all 60-100 characters long, or a line starting in lower case
    after one without closing punctuation.
    """
    out: list[str] = []
    for block in re.split(r"\n[ \t\f\v\u00a0]*\n", body):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if plain and len(lines) > 1 and all(60 <= len(line) <= 100 for line in lines[:-1]):
            out.append(fold(" ".join(lines)))
            continue
        current: list[str] = []
        for line in lines:
            if (
                plain
                and current
                and line[0].islower()
                and not _END.search(current[-1])
                and not metadata.parse_byline(line)  # "by Jane Doe" under a headline is its own line
            ):
                current.append(line)
            else:
                if current:
                    out.append(fold(" ".join(current)))
                current = [line]
        out.append(fold(" ".join(current)))
    return out


def _is_caption_repeat(par: str) -> bool:
    """A caption given twice: a truncated copy ending in "..." and then the full text."""
    for m in re.finditer(r"\.\.\.|…", par):
        head = par[: m.start()].strip()
        tail = par[m.end() :].strip()
        if len(head) >= 30 and tail.casefold().startswith(head.casefold()):
            return True
    return False


def _capitalised_share(words: list[str]) -> float:
    content = [w for w in words if w.lower().strip("(),:;\"'“”‘’") not in _SMALL_WORDS]
    if len(content) < 2:
        return 0.0
    caps = sum(1 for w in content if w.lstrip("(\"'“‘")[:1].isupper() or w[:1].isdigit())
    return caps / len(content)


def heading_reason(par: str, last: bool = False) -> str | None:
    """Why a line is a heading rather than a sentence, or None.

    Caught: a Markdown "#" heading; a line of at most eight words with no sentence-final
    punctuation, or a short question that is not a quote ("What was Discussed?"); a Title Case
    line of up to 30 words; a "Topic: subtitle" line of up to 20 words; as the last paragraph,
    a tag list of capitalised names ("Russia United States European Union").
    """
    if re.match(r"^#{1,6}\s", par):
        return "heading"
    if par.endswith("?") and len(par.split()) <= 8 and par[0] not in "\"'“‘«" and not re.search(r"[,:]", par):
        return "heading"  # a question standing alone as a paragraph: "What was Discussed?"
    if _END.search(par):
        return None
    words = par.split()
    if last and len(words) >= 2 and _capitalised_share(words) == 1.0:
        return "tag list"
    if len(words) <= 8:
        return "heading"
    if len(words) <= 30 and _capitalised_share(words) == 1.0:
        return "heading"
    if len(words) <= 20 and re.match(r"^(?:\S+\s+){0,3}\S+: ", par):
        return "heading"  # "Topic: subtitle"
    return None


_GALLERY = re.compile(r"\b(?:hide|show) caption \d+ of \d+\b|\bphoto \d+ of \d+\b", re.IGNORECASE)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_SLIDE = re.compile(
    r"^(?:\d{1,3}/\d{1,3}\s.*\([^()]*\b\d{4}\)\.?[^()]{0,60}"
    rf"|\d{{1,3}}/\d{{1,3}}\s+(?:\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}})\s.*"
    r"|(?:[^\n]{0,80}?\s)?\d{1,3} show all\b.*)$",
    re.IGNORECASE,
)
"""One slide of an embedded gallery: "3/16 2003 A mother and ... (Bamiyan, November 19, 2003)
Photographer", "1/34 30 November 2017 A supporter of ... Rex Features", or its header
"16 show all <gallery title>" (also after the title: "Tram crash 8 show all Tram crash 1/8")."""


def boilerplate_reason(par: str) -> str | None:
    """Why a paragraph is boilerplate (cookie notice, widget, caption, ...), or None."""
    n = len(par.split())
    for reason, pattern, max_words in _RULES:
        if n <= max_words and pattern.search(par):
            return reason
    if len(_HEADLINE_RUN.findall(par)) >= max(3, n // 40):
        # Teasers of other stories run together under upper-case kickers, whatever the box's
        # heading: "CORE OF THE PROBLEM? Engineer says ... KING OF THE SEA ... IPHONE KILLER ...";
        # a long box has a kicker every 40 words or less.
        return "related link"
    if _is_caption_repeat(par):
        return "photo caption"
    if len(_GALLERY.findall(par)) >= 2 or _SLIDE.match(par):
        return "photo gallery"  # a slideshow's captions run together: "… Hide Caption 3 of 25 …"
    if "©" in par and n <= 40:
        return "photo credit"
    furnished = (
        furniture.caption_reason(par)
        or furniture.prompt_reason(par)
        or furniture.playlist_reason(par)
        or furniture.snippet_reason(par)
        or furniture.language_reason(par)
    )
    if furnished:
        return furnished
    if metadata.parse_byline(par):
        return "byline"
    dated = metadata.date_line(par)
    if dated and dated[2] >= len(par):
        return "date line"
    return None


def _same(a: str, b: str) -> bool:
    return fold(a).casefold() == fold(b).casefold()


def clean(
    pars: list[str],
    title: str | None,
    drop: Iterable[int] = (),
    trim: dict[int, int] | None = None,
    lead: str | None = None,
) -> tuple[list[str], list[str]]:
    """Split paragraphs into (kept, removed), both in document order (see ``classify``)."""
    items = classify(pars, title, drop, trim, lead)
    return [p for p, why in items if why is None], [p for p, why in items if why is not None and p]


def classify(
    pars: list[str],
    title: str | None,
    drop: Iterable[int] = (),
    trim: dict[int, int] | None = None,
    lead: str | None = None,
) -> list[tuple[str, str | None]]:
    """Each paragraph (or dropped part of one) in document order, with why it is dropped or None.

    ``drop`` and ``trim`` come from metadata inference (whole metadata lines, metadata
    prefixes); ``lead`` is a standfirst to put first. Also dropped: the headline repeated in
    the body (a leading copy followed by metadata is trimmed), boilerplate, headings,
    paragraphs that repeat an earlier one, and lists of other stories' headlines
    and a gallery's slides (``furniture.run_reasons``).
    """
    dropped, trims = set(drop), dict(trim or {})
    items: list[tuple[str, str | None]] = []  # (paragraph, why it is dropped or None), in order
    seen: set[str] = set()
    rows = ([lead] if lead else []) + pars
    offset = 1 if lead else 0
    last = max((i for i in range(len(rows)) if i - offset not in dropped), default=-1)
    for i, par in enumerate(rows):
        j = i - offset
        if j in dropped:
            items.append((par, "metadata"))
            continue
        if j in trims:
            items.append((par[: trims[j]].strip(), "metadata"))
            par = par[trims[j] :].strip()
        if title and i - offset < 3 and len(title.split()) >= 3 and not _same(par, title):
            # A leading copy of the headline glued to metadata: "Headline Updated: 2016-07-15 ..."
            head = fold(title)
            if par[: len(head)].casefold() == head.casefold() and par[len(head) : len(head) + 1] == " ":
                items.append((par[: len(head)], "headline"))
                par = par[len(head) :].strip()
        key = fold(par).casefold()
        if not key:
            continue
        if (title and _same(par, title)) or key in seen:
            items.append((par, "repeat"))
            continue
        reason = boilerplate_reason(par) or heading_reason(par, last=i == last)
        if not reason:
            seen.add(key)
        items.append((par, reason))
    for i, reason in furniture.run_reasons(items, title).items():
        items[i] = (items[i][0], reason)
    return items
