"""Stance of a reaction: critical, supportive or neutral, from its verbs, nouns and words.

General English lexicons, no names: a reaction verb ("condemn", "praise") weighs most, then
strong and mild evaluative words of the quote or the reported clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.text import ascii_fold

SPEECH_VERBS = frozenset(
    {
        "say",
        "tell",
        "state",
        "add",
        "note",
        "write",
        "post",
        "tweet",
        "announce",
        "declare",
        "stress",
        "insist",
        "argue",
        "claim",
        "vow",
        "promise",
        "explain",
        "comment",
        "remark",
        "emphasize",
        "emphasise",
        "highlight",
        "acknowledge",
        "admit",
        "assert",
        "reply",
        "respond",
        "pledge",
        "predict",
        "caution",
        "describe",
        "call",
        "reiterate",
        "underline",
        "underscore",
        "observe",
        "recall",
        "suggest",
    }
)
CRITICAL_VERBS = frozenset(
    {
        "criticize",
        "criticise",
        "condemn",
        "denounce",
        "oppose",
        "reject",
        "warn",
        "accuse",
        "rebuke",
        "slam",
        "decry",
        "deplore",
        "dismiss",
        "protest",
        "object",
        "lambast",
        "castigate",
        "chide",
        "censure",
        "deride",
        "ridicule",
    }
)
SUPPORTIVE_VERBS = frozenset(
    {
        "praise",
        "hail",
        "laud",
        "welcome",
        "thank",
        "support",
        "commend",
        "applaud",
        "congratulate",
        "endorse",
        "back",
        "salute",
    }
)
REACTION_VERBS = CRITICAL_VERBS | SUPPORTIVE_VERBS | {"urge"}
CRITICAL_NOUNS = frozenset(
    {
        "rebuke",
        "condemnation",
        "criticism",
        "concern",
        "indignation",
        "ire",
        "anger",
        "outrage",
        "protest",
        "objection",
        "opposition",
        "alarm",
    }
)
REACTION_NOUNS = CRITICAL_NOUNS | {"praise"}
# Words of the quote or the reported clause; strong ones weigh 2, mild ones 1.
CRITICAL_WORDS = {
    2: r"tyrann\w*|tyrant|atrocit\w*|null and void|bizarre|propped up|no country should|illegal|"
    r"illegitimate|unacceptable|war crimes?|brutal\w*|barbar\w*|condemn\w*|denounc\w*|outrage\w*|"
    r"shameful|disgrace\w*|deplorable|axis of|aggressor|warmonger\w*|provocat\w*|destabili[sz]\w*|"
    r"undermin\w*|horror|horrif\w*|horrend\w*|monstro\w*|heinous|cowardly|despicable|abhorrent|"
    r"appall\w*|senseless|vile|evil|sickening|scandal\w*|corrupt\w*|disgust\w*|indefensible|"
    r"reckless|irresponsible|betray\w*|groundless|baseless|unfounded|smear\w*|slander\w*|fabricat\w*|"
    r"falsehoods?|lies|fibs|terrori[sz](?:e|es|ed|ing)|political trial|politically motivated|show trial|"
    r"trumped[- ]up|persecut\w*",
    1: r"aggression|aggressive|warning|should not|shouldn.t|threat\w*|dangerous|concern(?:s|ed)?|hostile|"
    r"confrontational|violat\w*|critici[sz]\w*|opposed?|reject\w*|terribl\w*|horribl\w*|shock\w*|"
    r"disappoint\w*|wrong|mistake|angry|anger|fanatic\w*|abus\w*|failed|failure|blame\w*|unfair|"
    r"worr(?:y|ied|ying)|fraud\w*|false|intimidat\w*|oppress\w*|harass\w*|unjust\w*",
}
SUPPORTIVE_WORDS = {
    2: r"friendly relations|friendship|reliable partners?|strategic partnership|"
    r"strategic alliance|cordial\w*|solidarity|mutual trust|gratitude|grateful|strong supporter|"
    r"full support|traditional(?:ly)? friend\w*|condolence\w*|sympath\w*|thoughts and prayers|"
    r"thoughts are with|(?:stand|stands|standing|stood) (?:with|by|together)|relie(?:f|ved)|"
    r"congratulat\w*|commend\w*|applaud\w*|delighted|overjoyed|heroic|heroes|bravery|courageous",
    1: r"friendly|priorit\w*|strengthen\w*|deepen\w*|cooperat\w*|co-operat\w*|warm\w*|pragmatic|balanced|"
    r"importance|welcom\w*|thank\w*|prais\w*|hail\w*|laud\w*|partnership|fruitful|successful|hospitality|"
    r"hope\w*|proud|pleased|good news|positive|progress|supportive|pray\w*|unity|united|brave",
}
_CRITICAL_RE = {w: re.compile(rf"\b(?:{p})\b") for w, p in CRITICAL_WORDS.items()}
_SUPPORTIVE_RE = {w: re.compile(rf"\b(?:{p})\b") for w, p in SUPPORTIVE_WORDS.items()}
VERB_WEIGHT = 3
STANCE_MARGIN = 2
"""The winning side needs at least this score: one mild word alone gives no stance."""


def stance_of(verbs: Sequence[str], nouns: Sequence[str], words: str) -> str:
    """critical / supportive / neutral from the reaction verbs and nouns and the words said."""
    crit = VERB_WEIGHT * (sum(v in CRITICAL_VERBS for v in verbs) + sum(n in CRITICAL_NOUNS for n in nouns))
    sup = VERB_WEIGHT * (sum(v in SUPPORTIVE_VERBS for v in verbs) + sum(n == "praise" for n in nouns))
    text = ascii_fold(words).lower().replace("\u2019", "'")
    crit += sum(w * len(rx.findall(text)) for w, rx in _CRITICAL_RE.items())
    sup += sum(w * len(rx.findall(text)) for w, rx in _SUPPORTIVE_RE.items())
    if crit >= STANCE_MARGIN and crit > sup:
        return "critical"
    if sup >= STANCE_MARGIN and sup > crit:
        return "supportive"
    return "neutral"
