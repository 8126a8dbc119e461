"""The vocabulary of agreements (what names one, how far along it is, what it covers) and the
plain-string reading of titles that extraction and merging share."""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.extract.agreements.kinds import CONDITIONAL

TRIGGERS = frozenset("agreement treaty pact memorandum mou roadmap deal accord contract communique "
                     "communiqué ceasefire truce armistice".split())  # fmt: skip
# Forms a lemmatizer misses (proper-noun tags, Latin plurals).
IRREGULAR = {"memoranda": "memorandum", "memorandums": "memorandum", "mous": "mou", "treaties": "treaty"}
# Words that only name an agreement in the right company: "road map", "joint statement",
# "signed ... partnership", "documents on cooperation".
ROAD_MAP = "map"
JOINT_ONLY = frozenset({"statement", "declaration"})
# Only agreements when signed or agreed: "a party convention", "a charter flight", "security
# protocol", "rock arrangements of songs" are not.
SIGNED_ONLY = frozenset({"partnership", "document", "convention", "charter", "protocol", "arrangement"})
HEAD_WORDS = TRIGGERS | JOINT_ONLY | SIGNED_ONLY | {ROAD_MAP} | set(CONDITIONAL)
"""Nouns that can head an agreement's title."""

QUANTIFIERS = frozenset("series number raft range set package host couple slew bunch dozens batch".split())
CONSENSUS = frozenset("general broad wide widespread universal unanimous".split())
NOT_REAL = frozenset("no not any potential possible hypothetical other".split())
CONDITIONS = frozenset("if unless whether".split())
# Modals of mere possibility: "could seal a deal", "might sign" report no agreement.
POSSIBLE = frozenset("could might may".split())
DEFINITE = frozenset("the this that these those its their".split())
COOPERATION = re.compile(r"\b(?:co-?operation|collaboration)\b", re.IGNORECASE)
# "an agreement which included X" -> "with X"; "an agreement that pledges X" -> "on X".
HOLDS = {"include": "with", "contain": "with", "feature": "with", "pledge": "on", "promise": "on",
         "guarantee": "on", "provide": "on", "cover": "on", "establish": "on"}  # fmt: skip

# The verbs that say how far along an agreement is, by the status they give it (lemmas, or the
# word as written for forms the lemmatizer keeps). Gathered from the seeds and the news-cluster
# corpus: "signed/inked/ratified", "reached/struck/sealed/passed/adopted", "made/raised an offer",
# "expected/planned to sign", "proposed/called for", "rejected/turned down/vetoed", "withdrew
# from/scrapped/pulled out of".
STATUS_VERBS: tuple[tuple[str, frozenset[str]], ...] = (
    ("signed", frozenset("sign signing ink signed ratify exchange".split())),
    (
        "agreed",
        frozenset(
            "agree reach conclude strike seal clinch finalize finalise adopt issue pass approve accept "
            "extend renew vote broker mediate complete close".split()
        ),
    ),
    ("offered", frozenset("offer bid tender submit table".split())),
    (
        "planned",
        frozenset(
            "plan expect schedule prepare intend negotiate aim promise pledge vow commit threaten try "
            "struggle hope want attempt".split()
        ),
    ),
    ("proposed", frozenset("propose suggest urge seek call".split())),
    ("rejected", frozenset("reject refuse rebuff spurn veto decline block".split())),
    (
        "withdrawn",
        frozenset(
            "withdraw abandon scrap cancel terminate rescind revoke annul abrogate renounce quit".split()
        ),
    ),
)
PLANNED_VERBS = STATUS_VERBS[3][1]
# Verb and particle pairs that say the same ("turned down the offer", "pulled out of the deal").
PHRASAL_STATUS = {
    ("turn", "down"): "rejected",
    ("vote", "down"): "rejected",
    ("pull", "out"): "withdrawn",
    ("back", "out"): "withdrawn",
    ("walk", "away"): "withdrawn",
    ("tear", "up"): "withdrawn",
    ("hammer", "out"): "agreed",
    ("work", "out"): "agreed",
}
FATES = frozenset({"rejected", "withdrawn"})
"""Statuses that end an agreement's course: they outrank how far it had come."""
_PROGRESS = ("signed", "agreed", "offered", "planned", "proposed", "reported")

TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (topic, re.compile(rf"\b(?:{words})\b", re.IGNORECASE))
    for topic, words in (
        ("education", r"education\w*|schools?|universit(?:y|ies)|students?|academic|training"),
        ("health", r"health\w*|medic\w+|hospitals?|pharmac\w+|vaccines?"),
        ("science and technology", r"scien\w+|technolog\w+|research|innovation|digital|space|telecom\w*"),
        (
            "energy",
            r"energy|fossil fuels?|fuels?|electricity|power (?:plants?|grid|generation)|coal|renewables?"
            r"|hydropower|solar|wind power",
        ),
        ("oil and gas", r"oil|(?:natural )?gas|petroleum|lng|pipelines?"),
        ("nuclear", r"nuclear|atomic|reactors?"),
        (
            "defence",
            r"defen[cs]e|military|military-technical|arms|weapon\w*|munitions|mutual (?:aid|assistance)",
        ),
        ("security", r"security|counter-?terrorism|terrorism|cyber\w*"),
        ("trade", r"trade|exports?|imports?|tariffs?|commerce|commercial"),
        ("investment", r"invest\w*"),
        ("finance", r"financ\w+|payments?|currenc(?:y|ies)|banking|loans?|credit|settlements?"),
        ("agriculture", r"agricultur\w*|farming|food|fisher(?:y|ies)"),
        ("culture", r"cultur\w*|arts|heritage"),
        ("tourism", r"touris\w+"),
        ("transport", r"transport\w*|rail\w*|shipping|aviation|logistics|ports?"),
        ("environment", r"environment\w*|climate"),
        ("labour", r"labou?r|employment|workers"),
        ("justice", r"legal|judicial|extradition|law enforcement"),
    )
)

# Title words that do not tell one agreement from another: determiners, links, and modifiers any
# agreement may carry ("a new bilateral strategic deal between the two countries").
_STOP = frozenset(
    "a an the of on in for to with between and or its their his her our your my that which who whom by at "
    "from over about into as under among not no than this these those all any some each every it they "
    "be is are was were has have had will would could should may might can".split()
)
_GENERIC = frozenset(
    "new draft bilateral multilateral trilateral strategic comprehensive landmark historic historical major "
    "significant key important big broad full formal official final first latest recent whole same "
    "several many multiple numerous various further additional two three four both countries country "
    "nations nation sides side parties party leaders governments fields field areas area cooperation "
    "co-operation collaboration promising outlining including establishing pledging covering "
    "providing signed reached agreed inked joint long-term framework understanding next last past coming "
    "upcoming date day days week weeks month months year years decade season largest biggest largest-ever "
    "biggest-ever huge big small".split()
)
# Words that end a title's head noun phrase; "and" and "or" join nouns inside it.
_BREAKS = _STOP - {"and", "or"}
# British and American spellings of the same word must compare equal.
_SPELLING = {"defence": "defense", "centre": "center", "programme": "program", "labour": "labor",
             "organisation": "organization", "cooperation": "co-operation"}  # fmt: skip
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def singular(word: str) -> str:
    """``word`` lower-cased without a plural ending: "treaties" -> "treaty", "deals" -> "deal"."""
    word = word.lower()
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def topics_of(text: str) -> list[str]:
    """Topics from the lexicon, in order of first appearance; several topics stay one agreement."""
    hits = [(m.start(), topic) for topic, pattern in TOPICS if (m := pattern.search(text))]
    return [topic for _, topic in sorted(hits)]


def head_word(title: str) -> str | None:
    """The head noun of a title as written: the last agreement noun before the first link word
    ("Strategic partnership agreement with ..." -> "agreement"), else the last word before it."""
    prefix: list[str] = []
    for word in _WORD.findall(title):
        if prefix and word.lower() in _BREAKS:
            break
        prefix.append(word)
    heads = [w for w in prefix if singular(w) in HEAD_WORDS] or prefix
    return heads[-1] if heads else None


def is_package(title: str) -> bool:
    """Whether the title names several documents ("Agreements on ...", "11 cooperation documents")."""
    head = head_word(title)
    return head is not None and singular(head) != head.lower()


def content_words(title: str) -> frozenset[str]:
    """The words that tell this agreement from others: not names (capitalised after the first
    word), not agreement nouns, not links or generic modifiers; singular, one spelling."""
    out: set[str] = set()
    for position, word in enumerate(_WORD.findall(title)):
        if (position and word[0].isupper()) or any(c.isupper() for c in word[1:]):
            continue  # a name: parties are compared on their own
        lower = word.lower().replace("’", "'")
        stem = singular(lower)
        if lower in _STOP or lower in _GENERIC or stem in _GENERIC or stem in HEAD_WORDS:
            continue
        if stem in QUANTIFIERS or lower in ("road",):
            continue
        out.add(_SPELLING.get(stem, stem))
    return frozenset(out)


def is_generic(title: str) -> bool:
    """A title that names no content of its own ("The strategic pact", "Bilateral documents")."""
    return not content_words(title)


def strongest_status(statuses: Iterable[str]) -> str:
    """The status that says most: a fate (withdrawn, then rejected) before progress (signed >
    agreed > offered > planned > proposed > reported)."""
    present = set(statuses)
    return next((s for s in ("withdrawn", "rejected", *_PROGRESS) if s in present), "reported")


def status_rank(status: str) -> int:
    """How far along: 0 for signed up to 5 for reported; rejected and withdrawn rank with reported
    (they end the course without advancing it), unknown statuses last."""
    if status in FATES:
        return _PROGRESS.index("reported")
    return _PROGRESS.index(status) if status in _PROGRESS else len(_PROGRESS)
