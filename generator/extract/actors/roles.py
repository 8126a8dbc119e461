"""Roles of people: the title or description before a name and the apposition after it.

"Russian President X" -> "President of Russia"; "OECD Secretary General X" -> "OECD Secretary
General"; "Y's new President X" -> "President of Y"; "X, an analyst at Y," -> "analyst at Y";
"local police chief X" -> "local police chief"; "nearby resident X", "her husband, X," and
"X, 30, a passenger," say who a person named once is.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract import gazetteer
from generator.extract.actors.occupations import (
    OCCUPATION_PHRASES,
    ORDINALS,
    VERB_OCCUPATIONS,
    is_occupation,
)
from generator.extract.actors.stated import people_word, role_named, role_of_list, role_predicate
from generator.extract.actors.thing_words import THING_NOUNS
from generator.extract.actors.titles import TITLE_MODIFIERS, expand_abbreviations, is_title_word
from generator.extract.actors.titles import TITLE_WORDS as TITLE_WORDS  # read by the other actor modules
from generator.extract.actors.words import DESCRIPTOR_WORDS, HONORIFICS, PERSON_NOUNS

DROP_LEADING = frozenset({"new", "current", "incumbent", "then"})
POSITION_PHRASES = OCCUPATION_PHRASES
"""Positions named by two words that are not titles alone ("running back David Ode")."""
DESCRIBING_TAGS = frozenset({"NN", "NNS", "JJ", "VBG"})
"""Tags of lower-case words that describe the person named right after them ("resident", "teen")."""
MAX_ROLE_TOKENS = 12


def role_before(span: Span) -> str | None:
    """The title written just before a name, normalised: "Russian President" -> "President of Russia"."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].lower_.rstrip(".") in HONORIFICS and doc[i].text[:1].isupper():
        i -= 1  # "medical director Dr Ana Li": the form of address is no part of the role
    name_start = i + 1
    owner: str | None = None
    # "her lawyer, Ana Li, said", "Another parent, Ana Li, said": the noun before the comma;
    # "Acme's counsel, Ana Li of Bo & Co, said": the name may go on with its employer.
    after = doc[span.end] if span.end < len(doc) else None
    closed = after is not None and (
        after.text in {",", ".", ";"}
        or (after.lower_ == "of" and span.end + 1 < len(doc) and doc[span.end + 1].is_title)
    )
    if i >= 1 and doc[i].text == "," and closed:
        # "the new head of the Acme Bank, Ana Li,": the title before the body it heads
        last = doc[i - 1]
        noun: int | None = i - 1
        if not (is_title_word(last.text) or is_occupation(last.text)):
            noun = _title_before_of(doc, i)
            if noun is None and _person_noun(last, span):
                noun = i - 1
            head = span.root.head  # "the brother of the gunman, Ana Li,": the brother
            if (
                noun is None
                and span.root.dep_ == "appos"
                and 0 < i - head.i <= 6
                and _person_noun(head, span)
            ):
                noun = head.i
        if noun is not None:
            j = noun
            while j > 0 and _describes(doc[j - 1]):
                j -= 1
            if _fronted(doc, j):
                return None
            j = _owning_person(doc, j)
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
    words = [t for t in doc[i + 1 : name_start] if t.tag_ != "POS"]
    while words and (words[0].lower_ in DROP_LEADING or words[0].lower_ in {"of", "for", "the"}):
        words = words[1:]
    if not words:
        return None
    # A title ("Sen.", "police chief"), or a common noun that says who the person is, written
    # straight before the name: "resident Ana Li", "Palestinian teen Ana Li", "his wife Ana".
    # an occupation in lower case or opening the sentence ("Actor Bo Chen"); "Best New Artist
    # Ana Li" is an award's name
    last = words[-1]
    trade = is_occupation(last.text) and (last.is_lower or last.is_sent_start)
    described = _describing_noun(last, span) or trade
    if not (any(is_title_word(t.text) for t in words) or described or _position(words)):
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
    if is_occupation(low) and not (tok.tag_.startswith("VB") and low in VERB_OCCUPATIONS):
        return True  # "Acme shortstop Ana Li", "forward Bo Chen", whatever the tagger made of them
    if low in {"of", "for"}:
        prev = tok.doc[tok.i - 1] if tok.i > 0 else None
        return prev is not None and (prev.text[:1].isupper() or is_title_word(prev.text))
    if low == "the":
        prev = tok.doc[tok.i - 1] if tok.i > 0 else None
        return prev is not None and prev.lower_ in {"of", "for"}
    glued = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "-" and not tok.whitespace_
    if (tok.text == "-" and not tok.whitespace_) or (glued and tok.like_num):
        return True  # "fourth-year center", "two-time champion"
    if tok.is_lower and tok.is_alpha and tok.pos_ not in {"AUX", "ADP", "DET", "CCONJ", "PRON"}:
        # "local police chief", "managing director", "first lady", "running back": lower-case
        # words that describe, not a verb of the sentence ("met", "said", "including").
        if _position(list(tok.doc[max(tok.i - 1, 0) : tok.i + 2])):
            return True
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if low in ORDINALS and nxt is not None and (is_title_word(nxt.text) or is_occupation(nxt.text)):
            return True  # "third baseman", "first secretary"
        if tok.is_stop or (tok.tag_ == "VBG" and tok.dep_ not in {"amod", "compound"}):
            return False
        return tok.tag_ in DESCRIBING_TAGS
    if tok.is_punct or tok.like_num or tok.pos_ in {"AUX", "ADP", "DET", "CCONJ", "PRON"}:
        return False
    if tok.pos_ == "VERB":
        return False
    return tok.text[:1].isupper() and tok.tag_ in {"NNP", "NNPS", "JJ", "NNS", "NN"}


def _position(words: list[Token]) -> bool:
    """Whether two neighbouring words name a position ("running back", "first lady")."""
    return any(f"{a.lower_} {b.lower_}" in POSITION_PHRASES for a, b in zip(words, words[1:], strict=False))


def _role_word(word: str) -> bool:
    """A title or an occupation ("star", "actor", "coach"), not a family word or "child"."""
    return is_title_word(word) or is_occupation(word)


def _describes(tok: Token) -> bool:
    """A word that may stand inside a title or description before its noun: "chief financial"."""
    if is_title_word(tok.text) or tok.lower_ in TITLE_MODIFIERS:
        return True
    return tok.is_lower and tok.is_alpha and not tok.is_stop and tok.tag_ in DESCRIBING_TAGS


def _describing_noun(tok: Token, name: Span) -> bool:
    """A lower-case common noun the parser attaches to the name after it, or the name to it:
    "resident Ana Li", "his wife Ana" (not "this week Ana Li said", a time); a noun for people
    right before the name whatever the parse ("Northland teen Ana Li speaks")."""
    # A plural ("sons Ana and Bo") describes several people, not this one.
    if not (tok.is_lower and tok.tag_ == "NN") or tok.is_stop or tok.ent_type_ in {"DATE", "TIME"}:
        return False
    if tok.i == name.start - 1 and tok.lower_ in _SAID_OF_ONE:
        return True
    if tok.dep_ == "compound" and name.start <= tok.head.i < name.end:
        return True
    return name.root.dep_ == "appos" and name.root.head.i == tok.i


_SAID_OF_ONE = frozenset(PERSON_NOUNS | DESCRIPTOR_WORDS) - {"rival", "teammate", "team-mate"}
"""Nouns for people that say who the person is by themselves; "title rival Ana Li" and
"teammate Ana Li" say what the person is to someone else."""


def _person_noun(tok: Token, name: Span) -> bool:
    """A noun that the name after it stands in apposition to ("her husband, X,", "the Acme CEO,
    X,"): a title whatever its case, or a lower-case noun the parser ties to the name."""
    if is_title_word(tok.text) or is_occupation(tok.text):
        return True
    if not tok.is_lower or tok.tag_ not in {"NN", "NNS"}:
        return False
    if not people_word(tok.lemma_.lower(), is_title_word):
        return False  # "identified only by first name, Ana": a name is no role
    return name.root.dep_ == "appos" and name.root.head.i == tok.i


def _owning_person(doc: Doc, start: int) -> int:
    """Where a role before a comma starts when its noun is another person's: "the brother of the
    gunman, Ana Li," is the brother, not the gunman."""
    k = start - 1
    while k >= 0 and doc[k].pos_ == "DET":
        k -= 1
    if k < 1 or doc[k].lower_ != "of" or not people_word(doc[k - 1].lower_, is_title_word):
        return start
    return k - 1


def _fronted(doc: Doc, start: int) -> bool:
    """Whether the noun phrase starting at ``start`` (after its article) is the object of a
    phrase that opens its sentence or clause ("Through a representative, Ana Li said"), not
    the name's ("visited by the first astronaut, Ana Li, in 2012")."""
    k = start - 1
    while k >= 0 and doc[k].pos_ == "DET":
        k -= 1
    if k < 0 or doc[k].pos_ != "ADP":
        return False
    return doc[k].is_sent_start or (k > 0 and doc[k - 1].is_punct)


def _title_before_of(doc: Doc, comma: int) -> int | None:
    """The title an "of" or "for" phrase ending at a comma hangs from: "the head of the Acme Bank,
    Ana Li,", "Acme's director of planning and development, Ana Li," and "A spokesman for the
    firm, Ana Li," -> the index of "head", "director", "spokesman"; None when the words before
    the comma are no such phrase."""
    k = comma - 1
    while k > 0 and comma - k <= 8:
        tok = doc[k]
        if tok.lower_ in {"of", "for"} and is_title_word(doc[k - 1].text):
            return k - 1
        if tok.is_punct or tok.pos_ in {"VERB", "AUX", "PRON"} or "\n" in tok.whitespace_:
            return None
        k -= 1
    return None


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
    """An apposition after the name that states a position or says who the person is:
    "X, a fellow at Y," -> "fellow at Y"; "X, 30, a passenger," -> "passenger"; "X, the father of
    Z," -> "father of Z"; "X, of the Y union," -> "Y union" (the body the person speaks for).
    "manager X, chairman Z, and the players": a list of people, not an apposition."""
    doc = span.doc
    i = span.end
    if i >= len(doc) or doc[i].text != ",":
        return None
    if i + 2 < len(doc) and doc[i + 1].like_num and doc[i + 2].text == ",":
        i += 2  # "Ana Li, 30, a passenger,": the age first
    j = i + 1
    while j < len(doc) and doc[j].lower_ in {"a", "an", "the"}:
        j += 1
    end = j
    while end < len(doc) and end - j < MAX_ROLE_TOKENS + 4:
        tok = doc[end]
        if tok.text in {",", ".", ";", ":", ")", "(", "—", "–"} or "\n" in tok.text:
            break
        if tok.is_quote and tok.tag_ != "POS" and tok.dep_ != "case":  # "the drivers’ union" goes on
            break
        if tok.tag_ in {"WP", "WDT", "WP$"} and end > j:
            break  # "Ana Li, a former astronaut who serves on a panel,": the clause is not the role
        second = end + 2 < len(doc) and _second_description(doc[end + 1 : end + 3])
        if tok.lower_ == "and" and end > j and second:
            break  # "a partner at Acme and one of the earliest backers": the first description
        if tok.pos_ in {"VERB", "AUX"} and tok.tag_ not in {"VBN", "VBG"}:
            return None
        end += 1
    if end - j >= MAX_ROLE_TOKENS + 4:
        # "a traveling DJ in the middle of an exhausting ... connection": the words before the
        # first phrase of place or time, or nothing
        end = next((t.i for t in doc[j + 1 : end] if t.pos_ == "ADP" and t.lower_ not in _OF_AT_FOR), j)
    words = doc[j:end]
    if not len(words) or words[0].lower_ in {"who", "which", "where"}:
        return None
    if _names_another_person(words):
        return None
    if words[0].lower_ in {"of", "from"} and j == i + 1:
        # "Ana Li, of the drivers' union Aslef,": the organization, when the model names one.
        body = words[1:]
        if len(body) and body[0].lower_ == "the":
            body = body[1:]
        named = any(t.ent_type_ == "ORG" for t in body) or any(t.is_lower and t.tag_ == "NN" for t in body)
        if len(body) and named and not any(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in body):
            return body.text
        return None
    verb = words[0].pos_ == "VERB" and words[0].dep_ not in {"compound", "amod"}
    if words[0].pos_ in {"PRON", "ADP"} or verb:
        return None  # "according to ...", but "managing director"
    titled = any(is_title_word(t.text) or (not t.is_title and is_occupation(t.text)) for t in words[:6])
    if titled or _position(list(words)):
        return words.text
    head = words.root
    if (
        head.tag_ in {"NN", "NNS"}
        and head.is_lower
        and head.dep_ == "appos"
        and head.head.i in range(span.start, span.end)
        and head.lemma_.lower() not in THING_NOUNS  # "Acme, a question-and-answer site,": a thing
    ):
        return words.text  # "Ana Li, a passenger," / "Ana Li, the father of Bo Li,"
    return None


_OF_AT_FOR = frozenset({"of", "at", "for"})


def _second_description(words: Span) -> bool:
    """Whether the words after an "and" start a second description ("one of", "a", "the")."""
    return words.text.lower() == "one of" or words[0].lower_ in {"a", "an", "the"}


def _names_another_person(words: Span) -> bool:
    """Whether an apposition goes straight on to another person's name ("chairman Bo Chen")."""
    for tok in words:
        if tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B":
            k = tok.i
            while k < words.end and tok.doc[k].ent_iob_ != "O" and tok.doc[k].ent_type_ == "PERSON":
                k += 1
            owned = k < len(tok.doc) and tok.doc[k].tag_ == "POS"  # "Bo Chen's ambassador"
            joined = any(t.pos_ == "ADP" for t in tok.doc[words.start : tok.i])  # "spokesman for Bo Chen"
            return not (owned or joined)
    return False


def person_role(span: Span) -> tuple[str | None, str | None]:
    """Role and affiliating country of a person mention, from the words around it."""
    before = role_before(span)
    after = role_after(span)
    before, after = _whole_role(before), _whole_role(after)
    if before is None and after is None:
        # "Ana Li is a senior member of the Front", "identified the pilot as Ana Li", "stars Ana
        # Li and Bo Chen"
        after = _whole_role(
            role_predicate(span, is_title_word)
            or role_named(span, is_title_word)
            or role_of_list(span, _role_word)
        )
    role = after or before
    # "President Ana Li, a princeling," / "economist Ana Li, of the X Institute,": a title before
    # the name says more than a description or an employer after it.
    titled_after = after is not None and any(is_title_word(w) for w in after.split())
    if before and after and (len(before.split()) > 1 or not titled_after):
        role = before
    affiliation = None
    if role and " of " in role:
        found = gazetteer.country(role.rsplit(" of ", 1)[1])
        affiliation = found.name if found else None
    return role, affiliation


_DANGLING = re.compile(r"\s+(?:of|at|for|to|in|on|with|and|the|a|an)$", re.I)


def _whole_role(role: str | None) -> str | None:
    """A role cut off before its object ("chief executive of") is not shown as cut."""
    return None if role is None or _DANGLING.search(role) else role
