"""News outlets cited as the source of a report: source metadata, not actors in the story.

An article names outlets in ways that show it is quoting or crediting them: "Tass reported",
"told Reuters", "according to the official X News Agency", "in an interview with The Times",
"an op-ed for X", "X contributed to this report", "X was unable to confirm", "Copyright 2018 X",
"(Agency)" after a photo caption, "X's Ana Li reports". A name cited that way anywhere in an
article is an outlet in the whole article, and its reporters ("X's Ana Li reports") are bylines.
An outlet is still an actor where its own report is the news, but then the other sources cite it
as the subject of their sentences ("X said it stood by its report"), which these patterns leave
alone; `merge` keeps an outlet that speaks in a reaction of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.text import name_key

# Contexts only an outlet is named in: "X contributed to this report", "X was unable to confirm",
# "in an interview with X", "an op-ed for X", "the news agency X", "Copyright 2018 X".
_STRONG_BEFORE = re.compile(
    r"(?:\binterview(?:ed)? (?:with|by|to)|\bop-ed(?: piece)? (?:for|in)|\bcolumn (?:for|in)|"
    r"\bwr(?:ote|iting) (?:an? \w+ )?(?:for|in)|\bpublished (?:by|in)|\bcourtesy of|\bplease credit|"
    r"\b(?:news agency|newspaper|broadcaster|news outlet|news website|tabloid|news channel|network|daily)|"
    # "told CNN affiliate KTVT": a network's local station; "television station KTLA said"
    r"\baffiliate|\b(?:television|tv|radio) station|"
    r"(?:©|\(c\)|\bcopyright)\s*(?:\d{4}\s*)?|"
    # "a columnist for X", "a correspondent for X and Y": the writer's outlets
    r"\b(?:columnist|correspondent|reporter|editor|contributor|commentator|anchor)s? (?:for|at|with)"
    r"(?:\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}\s+and)?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_STRONG_AFTER = re.compile(
    r"^(?:['’]s\s+[A-Z]\w+\s+[A-Z]\w+\s+reports?\b|['’]s\s+(?:own\s+)?(?:piece|story|article|reporting)\b|"
    r"\s*(?:has |had )?(?:reported|said|says),? citing\b|"
    # "did not respond to X's requests for comment": the outlet asking
    r"['’]s\s+(?:requests?|inquir(?:y|ies)|questions?)\s+for\s+comment\b|"
    r"\s*(?:on|under) (?:the )?condition of anonymity\b|\s*(?:contributed|was unable to|were unable to|"
    r"could not (?:independently )?(?:confirm|verify)|cannot (?:independently )?(?:confirm|verify)|"
    r"has learned|news agency|newspaper|newsletters?|broadcaster|(?:'s\s+)?correspondents?)\b)",
    re.IGNORECASE,
)
# Contexts where a news organization is cited, but other sources of information too ("according
# to police", "the ministry reported"): they count only for a name that is an outlet's.
_WEAK_BEFORE = re.compile(
    r"(?:\baccording to|\breported by|\bcited by|\bquoted by|\bspoke to|\bspeaking to|\btold|\btelling|"
    r",\s*reports?|,\s*reported|\breported|\bstatement to|\bcomments? to|"
    r"\b(?:posted|aired|broadcast|shared|obtained|published|filmed) by|\bvia|\bon)"
    r"\s+(?:the\s+){0,2}(?:[A-Z][\w.-]*['’]s\s+)?"
    r"(?:(?:official|state|state-run|state-owned|local|[a-z]+-(?:run|owned|based))\s+){0,2}"
    r"(?:(?:news\s+)?(?:website|site|outlet|paper|newspaper|broadcaster|channel|agency|tabloid)\s+)?$",
    re.IGNORECASE,
)
_WEAK_AFTER = re.compile(r"^\s*(?:has |had )?(?:reported|reports|reporting)\b", re.IGNORECASE)
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|wrote)\s+(?:the\s+)?(?:(?:official|state|state-run|state-owned|[a-z]+-(?:run|owned))\s+)"
    r"{0,2}$",
    re.IGNORECASE,
)
_SAID_AFTER = re.compile(r"^\s*(?:has |had )?(?:said|says)\b", re.IGNORECASE)
_OWN_VIEW = re.compile(r"\b(?:editorial|commentary|opinion piece|op-ed|leader column)", re.IGNORECASE)
"""An outlet's own view: "the official X said" cites a source, but in "In an editorial, the X
said" the outlet takes a position and is an actor."""
_CAPTION_CREDIT = re.compile(r"(?:\(|/|\bvia\s+)(?:the\s+)?$", re.IGNORECASE)
_DATELINE_OPEN = re.compile(r"^(?:[A-Z][A-Z .'’-]+,?[^()\n]{0,20})?\(\s*$")
_DATELINE_CLOSE = re.compile(r"^\s*\)\s*[-–—]")
_CAPTION_CLOSE = re.compile(r"^\s*(?:,\s*file\s*)?\)[ \t]*(?:\(|\n|$)", re.IGNORECASE)
KNOWN_OUTLETS = frozenset(
    name.strip()
    for name in """
    reuters|thomson reuters|associated press|ap|afp|agence france-presse|agence france presse|dpa|
    deutsche presse-agentur|ansa|efe|kyodo|kyodo news|jiji|jiji press|yonhap|xinhua|tass|itar-tass|
    ria novosti|ria|interfax|sputnik|anadolu|anadolu agency|irna|kcna|bernama|antara|pti|
    press trust of india|upi|united press international|bloomberg|dow jones|bbc|bbc news|cnn|
    al jazeera|sky news|nhk|cgtn|rt|france 24|deutsche welle|dw|euronews|voice of america|voa|
    radio free europe|npr|abc news|cbs news|nbc news|fox news|msnbc|reuters news|ap news|
    sky sports|bbc sport|espn|fox sports|eurosport|bein sports|
    abc|cbs|nbc|pbs|cnbc|usa today|buzzfeed|buzzfeed news|business insider|markets insider|
    variety|the athletic|pitchfork|medium|the hollywood reporter|hollywood reporter|tmz|
    entertainment weekly|rolling stone|billboard
    """.split("|")
)
"""Name keys of the world's news agencies and international broadcasters, which other outlets cite
by name ("according to the BBC", "told AFP"): the agencies and broadcasters of Wikipedia's "News
agency" and "International broadcasting" articles that publish in English, and the sports
channels of Wikipedia's "List of sports television channels" that sport reports quote ("told Sky
Sports"); the broadcast networks of Wikipedia's "Television in the United States" (ABC, CBS, NBC,
PBS, CNBC), and the national daily, business, entertainment and music titles other outlets cite
("told Variety", "according to The Athletic", "wrote on Medium"; Wikipedia's "List of newspapers
in the United States" by circulation and "List of entertainment news outlets"). A name that
starts with one ("CNN International", "Sky Sports F1") is one's channel. A name on this list
cited the way any source may be is an outlet, like one whose name says so ("Daily Post")."""

# "News Agency", "Broadcasting Corporation": a name that says it is a news organization.
_MEDIA_NAME = re.compile(
    r"\b(?:news|agency|press|broadcasting|broadcaster|television|tv|radio|newspaper|gazette|"
    r"times|post|journal|herald|tribune|telegraph|zeitung|daily|wire|magazine|"
    # the same words in the languages of Europe's agencies ("Deutsche Presse Agentur", "Agence
    # France-Presse"), and a channel's name ending in TV ("BFMTV")
    r"presse|agentur|agence|agencia|nachrichten|noticias|notizie)\b|tv\b",
    re.IGNORECASE,
)


_WEB_NAME = re.compile(r"\.(?:com|net|org|co\.uk|com\.au|net\.au|ca|in|ie|nz)\b", re.IGNORECASE)
"""A name that is a web address ("Acme.com.au reported"): a news site, when cited as a source."""

# Contexts where an organization's name is an outlet's, whatever the name looks like: the one a
# speaker "told" something ("Portnow told Variety, ...", "told BuzzFeed that ...", "told USA Today
# last month"), one that "is reporting", the outlet a review was written for, the credit under a
# table or chart. Bodies are told things too ("told the United Nations committee", "told
# Parliament"): a name with an institution's word is left to the other contexts.
_TOLD_BEFORE = re.compile(
    r"(?:\b(?:told|telling)|\breview(?:ing|ed)?\b[^.;:!?]{0,40}?\bfor|"
    r"\b(?:table|chart|graphic|infographic)s?\s+(?:from|by|via))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_TOLD_AFTER = re.compile(r"^\s*(?:is|are|was|were|has been|have been)\s+reporting\b", re.IGNORECASE)
_NOT_TOLD = re.compile(r"^['’]s\s+[a-z]")
"""After "told X": "told X's wife that ...", where the one told is somebody of X's."""
INSTITUTION_WORDS = frozenset(
    """
    nations council committee commission ministry department court parliament congress senate
    assembly government police army navy force forces office authority board union bank fund
    university school hospital church party league federation tribunal agency embassy consulate
    """.split()
)
"""Words of a public body's or institution's name (from the ORG types of OntoNotes' entity
guidelines: government, political, educational, religious, financial bodies): such a body is
told things as an actor ("told the Security Council", "told Parliament")."""


def citation(text: str, start: int, end: int) -> str | None:
    """How the name at ``text[start:end]`` is cited: "strong" where only an outlet is named that
    way, "weak" where an outlet or another source of information may be, "said" where any
    speaker may be ("X said"), else None.

    >>> citation("Tass reported on Monday.", 0, 4), citation("Ana Li contributed to this report.", 0, 6)
    ('weak', 'strong')
    """
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 60) : start]
    after = text[end : end + 60]
    if _STRONG_BEFORE.search(before) or _STRONG_AFTER.match(after):
        return "strong"
    if _CAPTION_CREDIT.search(before[-6:]) and _CAPTION_CLOSE.match(after):
        return "strong"  # "(Jane Doe/Agency)", "(Agency)", "via Agency)" ending a photo caption's line
    if _DATELINE_OPEN.search(before) and _DATELINE_CLOSE.match(after):
        return "strong"  # "LONDON, Dec 29 (Agency) - Organisers said ...": the wire's dateline
    if _WEAK_BEFORE.search(before) or _WEAK_AFTER.match(after) or before.rstrip().endswith("/"):
        return "weak"  # "Ana Li/Agency Ana Li/Agency" in a caption: a news organization's credit
    if _SAID_BEFORE.search(before) or _SAID_AFTER.match(after):
        return "said"  # "the official People's Daily said": a source, unless it gives its own view
    return None


def told(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is cited where an organization is an outlet: told
    something, reporting, reviewed for, credited under a table.

    >>> told("Portnow told Variety, 'women ...'", 13, 20), told("Li told Acme's board that", 8, 12)
    (True, False)
    >>> told("USA Today are reporting that", 0, 9), told("a table from Markets Insider shows", 13, 28)
    (True, True)
    """
    before = text[max(text.rfind("\n", 0, start) + 1, start - 60) : start]
    after = text[end : end + 40]
    return bool((_TOLD_BEFORE.search(before) and not _NOT_TOLD.match(after)) or _TOLD_AFTER.match(after))


def cited_outlets(
    text: str, names: Iterable[tuple[int, int, str, str]], own: frozenset[str] = frozenset()
) -> set[str]:
    """Name keys of the names (start, end, name, kind) the article cites as outlets.

    An organization cited the way only outlets are ("X contributed to this report") is one; a
    name cited the way any source may be ("according to X") is one when it says it is a news
    organization ("the Daily Post") or is the publisher of an article (``own``). A person is an
    outlet only under a news organization's name: "told Ana Li" names an addressee. A news
    organization that "said" is a source, unless the article gives its own view near one of its
    mentions ("In an editorial, the Daily Post ..."): then it takes a position and is an actor.
    An organization told something, reporting or credited under a table is an outlet whatever
    its name (``told``), unless its name says it is a public body or the article names a person
    so.
    """
    found = set()
    names = list(names)
    views = [m.span() for m in _OWN_VIEW.finditer(text)]  # found once: most articles have none
    own_view = {
        name_key(name)
        for start, end, name, _ in names
        if any(start - 300 <= at and to <= end + 300 for at, to in views)
    }
    # a name the article also gives a person ("told Tarantino", tagged as an organization once)
    people = {name_key(name) for _, _, name, kind in names if kind == "person"}
    for start, end, name, kind in names:
        media = (
            bool(_MEDIA_NAME.search(name) or _WEB_NAME.search(name))
            or is_outlet(name, own)
            or is_outlet(name, KNOWN_OUTLETS)
            or known_channel(name)
        )
        if kind == "person" and not media:
            continue  # however it is cited, a person is no outlet (and most names are people)
        how = citation(text, start, end)
        if how == "said":
            how = None if name_key(name) in own_view else "weak"
        if (how == "strong" and (kind != "person" or media)) or (how == "weak" and media):
            found.add(name_key(name))
        elif (
            kind == "organization"
            and name_key(name) not in people
            and not INSTITUTION_WORDS.intersection(name_key(name).split())
            and told(text, start, end)
        ):
            found.add(name_key(name))  # "told Variety": an organization's name told something
    return found


def byline(text: str, start: int, end: int, outlets: set[str]) -> bool:
    """A reporter credited by an outlet: "CNN's Ana Li reports", "Agency's Ana Li discusses"."""
    before = text[max(0, start - 40) : start]
    owner = re.search(r"([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4})['’]s\s+$", before)
    return owner is not None and is_outlet(owner.group(1), outlets)


def domain_outlet(url_or_domain: str | None) -> str | None:
    """The outlet's name key from its web address: "https://www.newsweek.com/x" -> "newsweek"."""
    if not url_or_domain:
        return None
    host = re.sub(r"^[a-z]+://", "", url_or_domain.strip().lower()).split("/")[0]
    parts = [p for p in host.split(".") if p not in {"www", "m", "edition", "amp", "mobile"}]
    # the registered name is the part before the public suffix ("bbc.co.uk" -> "bbc")
    while len(parts) > 1 and (len(parts[-1]) <= 3 or parts[-1] in {"news", "online"}):
        parts.pop()
    return parts[-1] if parts and parts[-1] else None


def is_outlet(name: str, outlets: set[str] | frozenset[str]) -> bool:
    """Whether a name is one of the outlets (name keys, or web-address names such as "thesun").

    >>> is_outlet("The Sun", {"thesun"}), is_outlet("Sun Yat-sen", {"thesun"}), is_outlet("Sun", {"thesun"})
    (True, False, True)
    """
    key = name_key(name)
    # "The Sun" and "Sun" are thesun.com; "White House" is no masthead of whitehouse.gov
    return key in outlets or (
        (key.startswith("the ") or " " not in key)
        and "the" + key.removeprefix("the ").replace(" ", "") in outlets
    )


def outlet_prefix(words: list[str]) -> int:
    """How many leading words of a longer name are a news agency's or broadcaster's name glued to
    the name after it (a picture credit run into the text): "BBC Police have confirmed" -> 1.
    0 when the rest still names a news organization ("BBC News", "CNN Business").

    >>> outlet_prefix(["BBC", "Police"]), outlet_prefix(["BBC", "News"]), outlet_prefix(["Ana", "Li"])
    (1, 0, 0)
    >>> outlet_prefix(["USA", "Today", "Sports", "Acme", "Rovers"])
    3
    """
    for n in (2, 1):
        if len(words) > n and name_key(" ".join(words[:n])) in KNOWN_OUTLETS:
            rest = " ".join(words[n:])
            if _MEDIA_NAME.search(rest) or rest[:1].islower():
                return 0
            # "USA Today Sports Northtown Rovers": the outlet's picture desk is part of the credit
            while len(words) > n + 1 and name_key(words[n]) in _CREDIT_DESKS:
                n += 1
            return n
    return 0


_CREDIT_DESKS = frozenset({"sports", "images", "photo", "photos", "pictures"})
"""Words after an outlet's name in a picture credit that name its desk ("USA Today Sports")."""


_STAFF_LABEL = re.compile(
    r"^[ \t]*([A-Z][A-Z.'’ -]+[A-Z]),[ \t]*(?:HOST|BYLINE|ANCHOR|CO-HOST)[ \t]*:", re.MULTILINE
)


def transcript_staff(text: str) -> frozenset[str]:
    """Name keys of the people a broadcast transcript labels as its own host or reporter ("ANA
    LI, HOST:", "BO CHEN, BYLINE:"): the outlet's staff, not actors, wherever they are named
    ("I'm Ana Li.")."""
    return frozenset(name_key(m.group(1)) for m in _STAFF_LABEL.finditer(text))


_MASTHEAD_WORDS = frozenset(
    {"times", "post", "journal", "herald", "tribune", "telegraph", "guardian", "independent"}
)
"""Last words of a newspaper's name that the paper goes by on its own ("the Times")."""


def short_forms(outlets: Iterable[str]) -> set[str]:
    """Name keys of the short forms outlets go by: the initials of a name of three words or more
    ("nyt" for "new york times") and a newspaper's last word ("times"), besides the names.

    >>> sorted(short_forms({"new york times", "reuters"}))
    ['new york times', 'nyt', 'reuters', 'times']
    """
    found = set(outlets)
    for key in found.copy():
        if "/" in key:
            continue  # a picture credit ("ana li/agency") goes by no short form
        words = [w for w in key.split() if w not in {"the", "of", "and"}]
        if len(words) >= 3:
            found.add("".join(w[0] for w in words))
        if len(words) >= 2 and words[-1] in _MASTHEAD_WORDS:
            found.add(words[-1])
    return found


def known_channel(name: str) -> bool:
    """Whether a name starts with a known agency's or broadcaster's name and goes on with more
    words: "CNN International", "NHK Television", "Sky Sports F1" (a channel of the outlet).

    >>> known_channel("Sky Sports F1"), known_channel("CNN International"), known_channel("Skyline Air")
    (True, True, False)
    """
    words = name_key(name).split()
    return any(" ".join(words[:n]) in KNOWN_OUTLETS for n in (1, 2) if len(words) > n)
