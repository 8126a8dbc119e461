"""An event label read as bags of words, so reports of one happening in different words meet:
what happened (content words, each happening folded to one word), who (names) and where (places).

The happening classes below are hand-made from the verbs and nouns news reports use for the
same happening ("kidnapped", "abducted", "seized", "captured"; "freed", "released", "handed
over"); they only join labels whose dates already agree (``generator.merge.timeline``).
"""

from __future__ import annotations

import dataclasses
import functools
import re

from generator.records import TimelineEvent
from generator.text import ascii_fold

STOP = frozenset(
    "a an the of on in at to for with by from into over about as and or but its their his her he she "
    "they it this that these those who which what when where while than then also has have had having "
    "is are was were be been being will would shall could should may might can do does did not no "
    "early late earlier later first last new further more even additional fresh latest stricter tougher "
    "harsher least most some many several than".split()
)
# Capitalised words that name no place or party: "The Russian President", "Prime Minister".
TITLES = frozenset(
    "president prime minister secretary general chancellor king queen premier leader mr mrs ms dr".split()
)
PRONOUNS = frozenset("he she they it we i you this that these those".split())


def stem(word: str) -> str:
    """A crude stem, enough to match "relations"/"relation", "issued"/"issues", "raise"/"raised"."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4 and not word.endswith(("ss", "us")):
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word  # "raise" and "raised" meet


# One word per happening, whatever the report calls it. A word may stand for two happenings
# ("released" the girls, "released" a video): it is read as both.
_CLASSES: tuple[tuple[str, str], ...] = (
    (r"touch(?:es|ed|ing)?\s+down|land(?:s|ed|ing)?|arriv(?:e|es|ed|ing|al)", "arrive"),
    (r"depart(?:s|ed|ing|ure)?|left|leav(?:es|ing)", "depart"),
    (r"visit(?:s|ed|ing)?|trip", "visit"),
    # a couple "met" or "started dating" in the year they got together
    (r"met|meet(?:s|ing|ings)?|talks|(?:start(?:s|ed)?|began|begin(?:s)?)\s+dating", "meet"),
    (r"sign(?:s|ed|ing)?|ink(?:s|ed)?", "sign"),
    (r"bid|bids|offers?|proposals?", "offer"),
    (r"rais(?:e|es|ed|ing)|boost(?:s|ed|ing)?|increas(?:e|es|ed|ing)|sweeten\w*|hik(?:e|es|ed|ing)", "raise"),
    (r"(?:pass|adopt|approv|impos)(?:e|es|ed|ing|s)?", "adopt"),  # a resolution, sanctions, a law
    (r"said|says|say|wrote|writes|tweet(?:s|ed)?", "say"),
    (r"publish(?:es|ed|ing)?|post(?:s|ed|ing)?|air(?:s|ed)", "publish"),
    (
        r"kill(?:s|ed|ing)?|die[sd]?|dying|dead|deaths?|fatalit(?:y|ies)"
        r"|los(?:t|es|ing)\s+(?:his|her|their)\s+li(?:fe|ves)",  # "lost his life"
        "kill",
    ),
    (r"kidnap\w*|abduct\w*|seiz(?:e|es|ed|ing|ure)|captur(?:e|es|ed|ing)|taken\s+from", "seize"),
    (r"set\s+free|freed|frees|freeing|releas(?:e|es|ed|ing)|hand(?:s|ed|ing)?\s+over|liberat\w*", "free"),
    # found, and seen for the first time ("detected", "spotted", "observed" a new thing)
    (r"found|finds?|discover(?:s|ed|y)?|recover(?:s|ed)?|detected|spotted|observed|identified", "find"),
    (
        r"crash(?:es|ed)?|derail\w*|accidents?|collisions?|collid\w*|overturn\w*|flip(?:s|ped)"
        # a vehicle that hit or slammed into a thing in its way crashed ("hit a pillar of the bridge")
        r"|(?:hit|hits|struck|strikes|(?:slam|smash|plough|plow|crash)(?:s|ed|med)?\s+into)"
        r"\s+(?:(?:a|an|the|its)\s+)?(?:[\w-]+\s+){0,2}(?:bridges?|pillars?|pylons?|walls?|barriers?|trees?|poles?|lorr(?:y|ies)|trucks?"
        r"|bus(?:es)?|vehicles?|ships?|boats?|buildings?|houses?|trains?|trams?|cars?)"
        r"|jump(?:s|ed)?\s+the\s+(?:rails|tracks)|c(?:ame|omes?)\s+off\s+the\s+(?:rails|tracks|road)"
        r"|tip(?:s|ped)\s+over",
        "crash",
    ),
    # taken out of a store, a list or a place ("removed the apps", "pulled from", "taken down",
    # "banned from")
    (
        r"remov(?:e|es|ed|ing|al)|pull(?:s|ed)\s+(?:from|off|down)|(?:taken?|took|takes)\s+(?:down|off)"
        r"|ban(?:s|ned)?\s+from|purg(?:e|es|ed|ing)",
        "remove",
    ),
    # a fall, of a price or of a child down a well ("fell below $6,000", "plunged", "plummeted into")
    (r"fell|falls|falling|fallen|plummet\w*|plung(?:e|es|ed|ing)|tumbl(?:e|es|ed|ing)|slump\w*", "fall"),
    # a rocket, a satellite, a probe going up ("was launched", "lifted off", "blast-off"), read
    # before the attacks' "blast"
    (r"launch(?:es|ed|ing)?|lift(?:s|ed)?\s+off|lift-?off|blast(?:s|ed)?\s+off|blast-?off", "launch"),
    (
        r"attack(?:s|ed|ing)?|bomb(?:s|ed|ing|ings)?|blasts?|explosions?|assault(?:s|ed)?"
        r"|rob(?:s|bed|bing|bery|beries)|thefts?|struck",
        "attack",
    ),
    (r"indict\w*|charged", "indict"),
    (r"film(?:s|ed|ing)?|videotap\w*", "film"),
    (r"arrest(?:s|ed)?|detain(?:s|ed)?", "arrest"),
    (
        r"announc\w*|reveal(?:s|ed)?|unveil(?:s|ed|ing)?|disclos\w*|confirm(?:s|ed)?"
        r"|(?:broke|break(?:s|ing)?|shar(?:e|es|ed|ing))\s+the\s+news",  # "broke the news to her fans"
        "announce",
    ),
    (r"injur(?:e|es|ed|ing|y|ies)|hurt|wound(?:s|ed|ing)?", "injure"),
    (r"retir\w*|step(?:s|ped|ping)?\s+down|resign(?:s|ed|ing|ation)?", "retire"),  # leaving a post
    (r"elect(?:s|ed|ion)?|(?:took|takes?|taking)\s+office|sworn\s+in|inaugurat\w*", "elect"),  # coming to one
    (r"halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|suspension|red-flagged", "halt"),  # a race, a game, a trial
    # a firm, a body or a programme brought into being ("Musk founded SpaceX", "created SpaceX")
    (r"(?:co-?)?found(?:s|ed|ing)|creat(?:e|es|ed|ing)|establish(?:es|ed|ing)?", "establish"),
    # control of a craft or a satellite lost ("lost contact with the station", "lost control of it")
    (
        r"los(?:t|es|ing)\s+(?:all\s+)?(?:control|contact|communication|touch)|loss\s+of\s+(?:control|contact)",
        "adrift",
    ),
    (r"hir(?:e|es|ed|ing)|appoint\w*", "hire"),
    (r"fired|sack(?:s|ed|ing)?|dismiss(?:es|ed)?|part(?:s|ed)\s+(?:company|ways)", "fire"),
    (r"den(?:y|ies|ied)|reject(?:s|ed)?|rebuff(?:s|ed)?", "deny"),
    (r"criti(?:ci[sz]|que)\w*|slam(?:s|med)?|lash(?:es|ed)?\s+out", "criticize"),
    (r"transfer\w*|sell(?:s|ing)?|sold|suppl(?:y|ies|ied)", "transfer"),
)
_ALSO = {"releas": "publish"}  # "released a video" is published too
SYNONYMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE), word) for pattern, word in _CLASSES
)
_ANY_SYNONYM = re.compile(rf"\b(?:{'|'.join(pattern for pattern, _ in _CLASSES)})\b", re.IGNORECASE)
"""Any of SYNONYMS at once: most labels hold none, and are read once instead of once per class."""
HAPPENINGS = frozenset(stem(word) for _, word in _CLASSES)
STRONG = HAPPENINGS - {stem(w) for w in "say announce meet sign offer adopt visit publish deny".split()}
"""Happenings that one report names once ("were kidnapped", "was freed"): two labels naming
the same one at the same date, of the same people or things, report one happening. Words,
meetings and documents come many to a day and need more in common."""
INCIDENTS = frozenset(stem(w) for w in ("attack", "crash", "launch"))
"""Happenings a day holds one of, whatever they are called ("the blast", "the explosion", "the
attack"; "the launch", "blast off", "lift-off"): two reports of one day naming one are one
incident unless they place it apart."""
DOCUMENTS = frozenset(stem(w) for w in "resolution treaty law bill pact accord charter".split())
"""Documents a body adopts once: two labels of one date naming the same one, by a body both
name, report one adoption."""
NUMBER_WORDS = frozenset(
    stem(w)
    for w in "two three four five six seven eight nine ten eleven twelve dozen hundreds thousands".split()
)
"""Counts written as words ("four ships"): a count two labels share is a sign of one happening."""
_PLACE_BEFORE = frozenset("in at near outside from to into".split())
_WORD = re.compile(r"[^\W_][\w'’-]*")


@dataclasses.dataclass(frozen=True)
class Words:
    """A label read as bags of words: what happened (content) and who or where (names)."""

    content: frozenset[str]
    names: frozenset[str]
    places: frozenset[str]
    """Names after "in", "at", "near" that are no actor: where it happened ("in Nice")."""
    acts: frozenset[str] = frozenset()
    """The happenings the label names by a verb ("were kidnapped", "struck"), not by a noun
    that something else is said of ("the attack was suppressed")."""
    heads: frozenset[str] = frozenset()
    """The happenings the label is about: named by a verb, or among its first words ("A huge
    blast was heard"), not in a phrase that hangs on another noun ("The death toll from a
    bombing")."""

    @property
    def all(self) -> frozenset[str]:
        return self.content | self.names


def label_words(event: TimelineEvent) -> Words:
    """The label's words, folded to one form per happening ("touched down" -> "arrive") and split
    into names (capitalised after the first word, or part of an actor id) and content words."""
    return _label_words(event.event, tuple(event.actors))


@functools.lru_cache(maxsize=1 << 15)
def _label_words(text: str, actors: tuple[str, ...]) -> Words:
    """``label_words`` of a label and its actors: merging asks for the same labels many times
    (each event against every candidate, the main event against every sentence)."""
    label = ascii_fold(text)
    extra = {also for stem, also in _ALSO.items() if stem in label.lower()}
    acts: set[str] = set()
    occurred = bool(_OCCURRED.search(label))  # "the crash happened at 6.10am": the crash is the act
    for pattern, word in SYNONYMS if _ANY_SYNONYM.search(label) else ():
        found = [m.group(0) for m in pattern.finditer(label)]
        if not found:
            continue
        if any(occurred or _verbal(phrase) for phrase in found):
            acts.add(stem(word))
        label = pattern.sub(word, label)
    actor_words = {w for a in actors for w in a.split("-")}
    actor_words |= {stem(w) for w in actor_words}  # the label's words are stemmed: "Apple's" -> "appl"
    content: set[str] = set(extra)
    names: set[str] = set()
    places: set[str] = set()
    previous = ""
    in_place = False
    for position, raw in enumerate(_WORD.findall(label)):
        lower = raw.lower()
        word = stem(lower.replace("’", "'").removesuffix("'s"))
        capital = bool(position and raw[0].isupper())
        in_place = capital and (in_place or previous in _PLACE_BEFORE)
        previous = lower
        if not word or word in STOP:
            continue
        if capital or word in actor_words:
            names.add(word)
            if in_place and word not in actor_words and word not in TITLES:
                places.add(word)
        elif word not in PRONOUNS:
            content.add(word)
    opening = {stem(w.lower()) for w in _WORD.findall(label)[:_OPENING_WORDS]}
    heads = acts | (opening & HAPPENINGS)
    return Words(frozenset(content), frozenset(names), frozenset(places), frozenset(acts), frozenset(heads))


_OPENING_WORDS = 3


_IRREGULAR = frozenset("struck found sold left met taken took freed died set down over hurt fell".split())


_OCCURRED = re.compile(r"\b(?:happen|occur)\w*|\b(?:took|takes?|taking)\s+place\b", re.IGNORECASE)


def _verbal(text: str) -> bool:
    """Whether a happening's word is a verb form: "kidnapped", "struck", "set free" (not
    "bombing", which is as often the noun)."""
    last = text.lower().split()[-1] if text.split() else ""
    return last.endswith("ed") or last in _IRREGULAR or len(text.split()) > 1
