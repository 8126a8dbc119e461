"""Words and set phrases with their valence: VADER's lexicon (the ``vaderSentiment`` package,
pinned; -4 .. +4) and a supplement of news words and phrases it lacks ("atrocities",
"condolences", "thoughts and prayers"). How the words of a parse add up is in ``sentiment.py``.
"""

from __future__ import annotations

import functools
import re

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from generator.text import ascii_fold

# News and diplomacy words VADER's lexicon leaves out (it was built on social media text), on its
# scale; kept as stems, first match wins. Written for this project from the wording of
# statements in news reports. No entry exists for one article: a phrase the seeds use must occur
# in other news too (tests/test_reaction_positions.py checks it against ../shared/corpora).
SUPPLEMENT: tuple[tuple[str, float], ...] = (
    (r"tyrann\w*|tyrants?|atrocit\w*|barbar\w*|heinous|despicable|abhorrent|monstrous", -3.0),
    (r"illegitimate|deplorable|denounc\w*|indefensible|horrif\w*|horrend\w*|senseless", -2.5),
    (r"provocat\w*|destabili[sz]\w*|undermin\w*|corrupt\w*|groundless|baseless|unfounded", -2.0),
    (r"slander\w*|fabricat\w*|falsehoods?|persecut\w*|intimidat\w*|oppress\w*|deceptive|illicit\w*", -2.0),
    (r"aggressor|warmonger\w*|reckless|irresponsible|cowardice|unsafe|devastat\w*", -2.0),
    (r"critici[sz]\w*|fanatic\w*|abus\w*|violat\w*|illegally|unjust\w*|discriminat\w*", -1.5),
    (r"condolences?|sympath\w*|congratulat\w*|cordial\w*|gratitude|solidarity|heroic|bravery", 2.0),
    (r"pragmatic|fruitful|hospitality|cooperat\w*|co-operat\w*|partnership|unity|crucial", 1.2),
    (r"necessary|essential|lawful|justified", 1.2),
    (r"hidden|conceal\w*|cover-up", -1.5),
    (r"concerned", -1.5),
    # Judgements of sport, business and culture news that VADER lacks; each word's sign agrees with
    # its polarity in the NRC Emotion Lexicon (Mohammad & Turney 2013) where that lists it.
    (r"hypocri\w*|delusion\w*|disgraceful|unconscionable|predatory|manipulat\w*|sexist", -2.0),
    (r"misguided|harmful|toxic|discriminatory|inappropriate|addictive|vacuous|sloppy|mediocre", -1.5),
    (r"undervalu\w*|overvalu\w*|unlucky|lacklust\w*|forgettable|excessive|inflated|gutted", -1.5),
    (r"incredible|phenomenal|stellar|deserved", 2.0),
)
PHRASES: tuple[tuple[str, float], ...] = (
    (r"political trial|(?:politically|racially) motivated|show trial", -2.5),
    # Criticism in set phrases of any story: "woefully out of touch", "took aim at the company".
    (r"out of touch|(?:take|takes|took|taking) aim at|perfect storm|let (?:\w+ )?(?:down)", -2.0),
    (r"how about you|(?:rip|rips|ripped|ripping) apart|(?:a|the) wrong (?:decision|call|message)", -2.0),
    # Excess and concealment: "spend too much time hiding", "the more you try to cover up".
    (r"(?:far |way |much )?too (?:much|many|little|few|slow|slowly)|cover(?:s|ed|ing)? up", -1.5),
    (r"strike a blow (?:to|against)|(?:a|the) (?:main|prime) target", -2.0),
    # Formulas of corporate statements that judge nothing: "in the best interests of stockholders".
    (r"(?:in )?the best interests? of", 0.0),
    # A risk or a failure told, which blames nobody: "so much that can go wrong", "what went wrong".
    (r"(?:go|goes|going|gone|went) wrong", 0.0),
    (r"trumped[- ]up|no country should|enough is enough|red[- ]handed|step backward", -2.0),
    (r"question(?:s|ed|ing)? (?:how|whether|why)", -2.0),  # doubt: "questions how women can ..."
    # A rebuttal or an attack in words: "hit back at the speculation", "lashed out at the press".
    (r"(?:hit|hits|hitting|lash|lashes|lashed|lashing|fire|fires|fired|firing) (?:back|out) at", -2.0),
    (r"(?:push|pushes|pushed|pushing) back (?:against|on)", -2.0),
    (r"(?:dark|black|sad) day for", -3.0),  # a lament over what follows: "a dark day for press freedom"
    (r"short on (?:specifics|details|substance)|heavy on rhetoric|empty (?:words|promises|rhetoric)", -2.0),
    # Falling below what was due: "the deal falls short of what workers need", "fell well short".
    (r"(?:fall|falls|fell|falling|fallen) (?:\w+ )?short", -2.0),
    # "A joke" said of something is scorn, not humour (VADER's "joke" is +1.2): "this plan is a
    # joke", "the fine was a complete joke", "it's just a joke".
    (
        r"(?:is|was|'s|are|were|be|been) (?:(?:just|simply|frankly|really|such|nothing but|an absolute|"
        r"a complete|a total|a bad|a sick|a cruel) )*(?:a |an )?(?:(?:complete|total|absolute|bad|sick|"
        r"cruel|bit of a) )*joke",
        -2.0,
    ),
    # ... but "no joke" says that something is serious, not good or bad: "it was no joke".
    (r"no joke", 0.0),
    (r"thoughts and prayers|thoughts are with|(?:stand|stands|standing|stood) (?:with|by|together)", 2.0),
    (r"step in the right direction|worked (?:out )?(?:very )?well", 2.0),
    (r"(?:will|'ll|going to) (?:really |truly )?miss", 2.5),  # a farewell: "we'll miss him a lot"
    (r"(?:will|'ll) be (?:\w+ )?missed", 2.5),  # "he will be sorely missed by his partners"
    # Eagerness and approval of a choice: "I can't wait to see it fly", "he made the correct decision"
    # (the counterpart of "a wrong decision" above).
    (r"(?:can't|ca n't|cannot|can not) wait", 2.0),  # also as the parser splits it: "ca n't"
    (r"(?:the|a) (?:right|correct|smart|wise) (?:decision|call|choice|move)", 2.0),
    # Sympathy: "our hearts go out to the families", "we can only imagine what they have gone through".
    (r"hearts? (?:go|goes|went) out to|(?:can|could) (?:only )?imagine what", 2.0),
    # Mourning with others: "we all grieve for the tragic loss of", "the city mourns with them".
    (r"(?:grieve|grieves|grieving|mourn|mourns|mourning) (?:for|with)", 2.0),
    # Optimism about what the speaker's side can do: "we should be able to bring more of them home".
    (r"(?:we|i) (?:should|will|'ll) be able to", 1.5),
)
_SUPPLEMENT = [(re.compile(rf"(?:{p})$"), v) for p, v in SUPPLEMENT]
_PHRASES = [(re.compile(rf"(?<!\w)(?:{p})(?!\w)"), v) for p, v in PHRASES]


@functools.cache
def lexicon() -> dict[str, float]:
    """VADER's word -> valence table, loaded once per process."""
    return dict(SentimentIntensityAnalyzer().lexicon)


def word_valence(word: str) -> float:
    """The valence of one lowercase word: VADER's, else the supplement's, else 0."""
    found = lexicon().get(word)
    if found is not None:
        return float(found)
    for rx, v in _SUPPLEMENT:
        if rx.match(word):
            return v
    return 0.0


def phrase_valence(text: str) -> float:
    """The valence of the supplement's set phrases in ``text`` ("thoughts and prayers")."""
    return phrases(text)[0]


def phrases(text: str) -> tuple[float, frozenset[str]]:
    """The valence of the set phrases in ``text`` and the words they are made of: a word of a
    phrase counts only in the phrase ("racially motivated" is no praise for "motivated", "a
    perfect storm" none for "perfect")."""
    folded = ascii_fold(text).lower().replace("\u2019", "'")
    score, words = 0.0, set()
    for rx, v in _PHRASES:
        for m in rx.finditer(folded):
            score += v
            words.update(m.group(0).split())
    return score, frozenset(words)
