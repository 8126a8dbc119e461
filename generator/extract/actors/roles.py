"""Roles of people: the title before a name and the apposition after it.

"Russian President X" -> "President of Russia"; "OECD Secretary General X" -> "OECD Secretary
General"; "Y's new President X" -> "President of Y"; "X, an analyst at Y," -> "analyst at Y".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract import gazetteer

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
    editor partner organiser organizer
    """.split()
)
ABBREVIATIONS = {
    "sen": "senator", "rep": "representative", "gov": "governor", "asst": "assistant",
    "supt": "superintendent", "insp": "inspector", "det": "detective", "atty": "attorney",
    "amb": "ambassador", "sgt": "sergeant", "lt": "lieutenant", "col": "colonel", "gen": "general",
    "capt": "captain", "cmdr": "commander", "adm": "admiral", "pres": "president", "ch": "chief",
    "con": "constable", "dep": "deputy", "cllr": "councillor"
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
DROP_LEADING = frozenset({"new", "current", "incumbent", "then"})
MAX_ROLE_TOKENS = 12


def is_title_word(text: str) -> bool:
    """True for a word that names a position ("President", "analyst", "Sen.", "Supt")."""
    word = text.casefold().rstrip(".")
    return word in TITLE_WORDS or ABBREVIATIONS.get(word, "") in TITLE_WORDS | TITLE_MODIFIERS


def expand_abbreviations(role: str) -> str:
    """ "Asst Ch Con" -> "Assistant Chief Constable", "Sen." -> "Senator"."""
    words = []
    for w in role.split():
        full = ABBREVIATIONS.get(w.casefold().rstrip("."))
        words.append((full.capitalize() if w[:1].isupper() else full) if full else w)
    return " ".join(words)


def role_before(span: Span) -> str | None:
    """The title written just before a name, normalised: "Russian President" -> "President of Russia"."""
    doc = span.doc
    i = span.start - 1
    owner: str | None = None
    # "her lawyer, Ana Li, said", "met its president, Ana Li, after": the noun before the comma.
    appositive = i >= 1 and doc[i].text == "," and is_title_word(doc[i - 1].text) and doc[i - 1].is_lower
    if appositive and span.end < len(doc) and doc[span.end].text in {",", ".", ";"}:
        j = i - 1
        while j > 0 and (is_title_word(doc[j - 1].text) or doc[j - 1].lower_ in TITLE_MODIFIERS):
            j -= 1
        if j >= 2 and doc[j - 1].tag_ == "POS":
            owner = _owner(doc[j - 2])
        return _normalise(doc[j:i].text, owner)
    while i >= 0 and span.start - i <= MAX_ROLE_TOKENS:
        tok = doc[i]
        if "\n" in tok.whitespace_:
            break
        if tok.tag_ == "POS" and i > 0:
            owner = _owner(doc[i - 1])
            break
        if not _title_part(tok):
            break
        i -= 1
    words = [t for t in doc[i + 1 : span.start] if t.tag_ != "POS"]
    while words and (words[0].lower_ in DROP_LEADING or words[0].lower_ in {"of", "for", "the"}):
        words = words[1:]
    if not any(is_title_word(t.text) for t in words):
        return None
    # "spokesman for Russian President X": the nearest title is X's, the first is someone else's.
    joins = [k for k, t in enumerate(words) if t.lower_ in {"for", "to"}]
    if joins and any(is_title_word(t.text) for t in words[joins[-1] + 1 :]):
        words, owner = words[joins[-1] + 1 :], None
    role = doc[words[0].i : words[-1].i + 1].text
    return _normalise(role, owner)


def _title_part(tok: Token) -> bool:
    """Whether a token to the left of a name can belong to its title."""
    low = tok.lower_
    if is_title_word(tok.text) or low in TITLE_MODIFIERS or low in DROP_LEADING:
        return True
    if low in {"of", "for"}:
        prev = tok.doc[tok.i - 1] if tok.i > 0 else None
        return prev is not None and (prev.text[:1].isupper() or is_title_word(prev.text))
    if low == "the":
        prev = tok.doc[tok.i - 1] if tok.i > 0 else None
        return prev is not None and prev.lower_ in {"of", "for"}
    if tok.is_punct or tok.like_num or tok.pos_ in {"VERB", "AUX", "ADP", "DET", "CCONJ", "PRON"}:
        return False
    return tok.text[:1].isupper() and tok.tag_ in {"NNP", "NNPS", "JJ", "NNS", "NN"}


def _owner(tok: Token) -> str | None:
    """The country in a "Y's X" form, when Y is one."""
    found = gazetteer.country(tok.text) or gazetteer.capital(tok.text)
    return found.name if found else None


def _normalise(role: str, owner: str | None) -> str:
    """Turn a leading demonym or a possessive owner into "<title> of <country>"."""
    role = expand_abbreviations(role)
    words = role.split()
    for n in (2, 1):
        if len(words) > n:
            country = gazetteer.demonym(" ".join(words[:n]))
            rest = words[n:]
            if country and all(is_title_word(w) or w.lower() in TITLE_MODIFIERS for w in rest):
                return _cap(" ".join(rest)) + " of " + country.name
    if owner and all(is_title_word(w) or w.lower() in TITLE_MODIFIERS for w in words):
        return _cap(role) + " of " + owner
    return role


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def role_after(span: Span) -> str | None:
    """An apposition after the name that states a position: "X, a fellow at Y," -> "fellow at Y"."""
    doc = span.doc
    i = span.end
    if i >= len(doc) or doc[i].text != ",":
        return None
    j = i + 1
    while j < len(doc) and doc[j].lower_ in {"a", "an", "the"}:
        j += 1
    end = j
    while end < len(doc) and end - j < MAX_ROLE_TOKENS + 4:
        tok = doc[end]
        if tok.text in {",", ".", ";", ":", ")", "(", "—", "–"} or tok.is_quote or "\n" in tok.text:
            break
        if tok.pos_ in {"VERB", "AUX"} and tok.tag_ not in {"VBN", "VBG"}:
            return None
        end += 1
    words = doc[j:end]
    if not len(words) or not any(is_title_word(t.text) for t in words[:6]):
        return None
    if words[0].pos_ in {"PRON", "ADP", "VERB"} or words[0].lower_ in {"who", "which", "where"}:
        return None
    return words.text
