"""Words that name a position ("President", "analyst", "Sen.") and the abbreviations
newspapers write them with."""

from __future__ import annotations

TITLE_WORDS = frozenset(
    """
    president premier minister secretary chancellor king queen prince princess emperor leader chief
    chairman chairwoman chair spokesman spokeswoman spokesperson ambassador envoy diplomat general
    governor mayor senator congressman congresswoman representative lawmaker legislator director
    commissioner head analyst expert fellow professor researcher economist adviser advisor official
    commander pope cardinal judge justice attorney ceo founder deputy vice speaker lieutenant colonel
    captain admiral marshal sheikh emir sultan monarch officer strategist scholar lecturer executive
    president-elect candidate nominee negotiator representative delegate consul mufti ayatollah
    archbishop bishop cleric chairperson secretary-general lawyer prosecutor activist
    constable superintendent inspector detective sergeant sheriff trooper councillor councilman
    councilwoman rabbi imam pastor priest chaplain coach quarterback coordinator manager owner
    editor partner organiser organizer mp mep msp
    cto cfo coo cio cmo vp svp evp
    """.split()
)
# "CTO", "CFO", "VP": the officers' titles as
# business news abbreviates them (Wikipedia, "Corporate title").
ABBREVIATIONS = {
    "sen": "senator", "rep": "representative", "gov": "governor", "asst": "assistant",
    "supt": "superintendent", "insp": "inspector", "det": "detective", "atty": "attorney",
    "amb": "ambassador", "sgt": "sergeant", "lt": "lieutenant", "col": "colonel", "gen": "general",
    "capt": "captain", "cmdr": "commander", "adm": "admiral", "pres": "president", "ch": "chief",
    "con": "constable", "dep": "deputy", "cllr": "councillor", "exec": "executive",
    "vp": "vice president", "svp": "senior vice president", "evp": "executive vice president",
    "cto": "chief technology officer", "cfo": "chief financial officer", "coo": "chief operating officer",
    "cio": "chief information officer", "cmo": "chief marketing officer"
}  # fmt: skip
"""Abbreviated titles as newspapers write them ("Sen.", "Asst Ch Con"), and what they stand for."""
# Words that may stand inside a title ("top party diplomat", "Deputy Prime Minister").
TITLE_MODIFIERS = frozenset(
    """
    prime top senior junior deputy vice former acting interim party parliamentary foreign defence
    defense security state general national supreme military political chief foreign-policy
    communist federal regional assistant associate principal visiting assembly
    """.split()
)
_ABBREVIATED_TITLES = frozenset(k for k, v in ABBREVIATIONS.items() if v in TITLE_WORDS | TITLE_MODIFIERS)
"""The abbreviations that stand for a title word or a title's modifier ("Sen.", "Asst")."""


def is_title_word(text: str) -> bool:
    """True for a word that names a position ("President", "analyst", "Sen.", "Supt")."""
    word = text.casefold().rstrip(".")
    return word in TITLE_WORDS or word in _ABBREVIATED_TITLES


def expand_abbreviations(role: str) -> str:
    """ "Asst Ch Con" -> "Assistant Chief Constable", "Sen." -> "Senator", "exec VP" ->
    "executive vice president", "CTO" -> "chief technology officer"."""
    words = []
    for w in role.split():
        full = ABBREVIATIONS.get(w.casefold().rstrip("."))
        if full and w.isupper() and len(w) > 1:
            words.append(full)  # "CTO", "VP": the words in lower case, as a title inside a sentence
        else:
            words.append((full.capitalize() if w[:1].isupper() else full) if full else w)
    return " ".join(words)
