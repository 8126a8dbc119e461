"""Names an article uses only in passing: a country that is where a thing is or whose flag a
ship flies, a capital that only owns its streets, a name an apposition calls a thing.

A country is an actor when it has a part in the story (it acts, speaks, is acted upon, owns a
government's decision); "a Panama-flagged tanker", "their lake house in Northland", "the
British capital" name it only to say where something is.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract import gazetteer
from generator.extract.actors.body_words import ORG_WORDS
from generator.extract.actors.place_words import (
    CITY_NOUNS,
    COMPASS_WORDS,
    HOME_NOUNS,
    PLACE_NOUNS,
    REGISTRY_WORDS,
)
from generator.extract.actors.roles import TITLE_MODIFIERS, is_title_word
from generator.extract.actors.thing_words import MADE_THING_NOUNS, PRODUCT_NOUNS, THING_NOUNS
from generator.extract.actors.where import only_located
from generator.extract.actors.words import (
    DESCRIPTOR_WORDS,
    HONORIFICS,
    KINSHIP_WORDS,
    MEDIA_WORDS,
    PERSON_NOUNS,
)
from generator.extract.base import doc_text
from generator.extract.reactions.stance import SPEECH_VERBS

MAX_PASSING_MENTIONS = 3
"""A country named more often than this in one article is part of its story."""

RESIDENCE_VERBS = frozenset({"base", "live", "reside", "settle", "move", "relocate", "return", "emigrate"})
"""Lemmas of verbs of dwelling and of moving house (Levin's classes 46 and 51.1): "based in X",
"moved back to X" say where somebody lives, not who acts."""
_HOLDER_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "off"})
"""Prepositions whose object says where a thing is ("the consulate in X", "a home in X")."""
_FLAG_PREPOSITIONS = frozenset({"of", "in", "to", "under", "from"})
"""Prepositions of a flag or a registry ("the flags of X", "registered in X", "switched to X")."""


def country_in_passing(doc: Doc, spans: list[tuple[int, int]]) -> bool:
    """Whether every mention (char offsets) of a country uses it only to place a thing.

    >>> # "a Northland-flagged tanker" / "vessels flying the flags of Northland"
    >>> # "at their lake house in Northland" / "the Northlandic capital"   -> True
    >>> # "Northland seized the tanker" / "sanctions on Northland"          -> False
    """
    if not spans:
        return False
    mentions = [doc.char_span(start, end, alignment_mode="expand") for start, end in spans]
    if any(span is None for span in mentions):
        return False
    many = len(spans) > MAX_PASSING_MENTIONS
    located = True
    # the place of the happening the article opens with ("a ship struck a bridge in western X")
    # is a setting a reader keeps: only the rules for a thing's place judge it
    text = doc_text(doc)
    lede = text.find("\n\n")
    lede = len(text) if lede == -1 else lede
    for span in mentions:
        assert span is not None
        if nationality_of_person(span):
            continue
        if span.start_char < lede or not only_located(span):
            located = False
            if many or not _passing(span):
                return False
    # a country named often, but always as where a thing is, is a place all the same
    return located or not many


def nationality_of_person(span: Span) -> bool:
    """Whether a country's mention only says where a person is from: a nationality before a
    person ("the Dutch driver", "British star Ana Li", "a German woman"), a nationality that is
    the person ("the German can win the title", "the Brit"), a country owning a person's name
    ("Northland's Ana Li"). "the German government", "German troops", "the British said",
    "Northland's minister said" (an office of the state) -> False.

    >>> # "The Dutch driver made a string of overtakes" / "the German can still win" -> True
    """
    tok = span.root
    head = tok.head
    if tok.dep_ in {"acomp", "attr"} and head.lemma_ == "be":
        # "Ana Li, 49, is British": the predicate says where the subject is from
        return any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in head.children)
    if gazetteer.country(span.text) is not None:
        # "Northland's Ana Li": the country owns a person's name, not an office's.
        return tok.dep_ == "poss" and head.ent_type_ == "PERSON" and not is_title_word(head.text)
    doc = span.doc
    # "German team mate Ana Li": a few lower-case nouns, then the person's name
    i = span.end
    while i < min(len(doc), span.end + 3) and doc[i].is_lower and doc[i].tag_ in _NOUN_LIKE:
        if _office(doc[i]):
            return False  # "the Northlandic minister Ana Li": an office of the state
        i += 1
    if i > span.end and i < len(doc) and doc[i].ent_type_ == "PERSON":
        return True
    if tok.dep_ in {"amod", "compound", "nmod"} and head is not tok:
        between = doc[span.end : head.i]
        if any(_office(t) for t in (*between, head)):
            return False  # "Northlandic President Ana Li", "the Northlandic minister": an office
        noun = head.lower_
        if head.ent_type_ == "PERSON" or noun in PERSON_NOUNS | DESCRIPTOR_WORDS | KINSHIP_WORDS:
            return True
    # "the German" (a person) but "the British", "the French", "the Swiss" (a people, a state),
    # "the German government" (a state's).
    if tok.lower_.endswith(("sh", "ch", "ese", "ss", "s")) or span.start == 0 or span.end >= len(doc):
        return False
    if tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr", "conj"} and any(
        c.dep_ == "det" and c.lower_ in _ARTICLES for c in tok.children
    ):
        return True  # "a Tunisian who had been rejected", "the 46-year-old Northlandic is"
    # "the German clinching the title", where the parse makes the word an adjective
    after = doc[span.end].pos_
    return doc[span.start - 1].lower_ in _ARTICLES and after not in {"NOUN", "PROPN", "ADJ", "NUM"}


_ARTICLES = frozenset({"the", "a", "an"})


def _office(tok: Token) -> bool:
    """A title or a title of address ("minister", "First Lady"): a nationality before it names
    the state's office, not where a person is from."""
    return is_title_word(tok.text) or tok.lower_ in HONORIFICS


def _passing(span: Span) -> bool:
    doc = span.doc
    # "Hong Kong-flagged", "Panama-registered": the tokenizer splits the hyphen off.
    if span.end + 1 < len(doc) and doc[span.end].text == "-" and not span[-1].whitespace_:
        return doc[span.end + 1].lower_ in REGISTRY_WORDS
    tok = span.root
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head  # "the flags of X, Y and other countries": a conjunct is used as its head
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in _FLAG_PREPOSITIONS and _about_registry(tok):
        return True
    if tok.dep_ == "pobj" and head.lower_ in _HOLDER_PREPOSITIONS and head.head.lower_ in HOME_NOUNS:
        return True  # "their lake house in X": where somebody lives, not who acts
    if (
        tok.dep_ == "pobj"
        and head.lower_ in {"in", "to", "from"}
        and head.head.lemma_.lower() in RESIDENCE_VERBS
    ):
        return True  # "she is based in X", "he moved back to X": where somebody lives
    # "the British capital", "a Northlandic town": a place, not a party
    return (
        tok.dep_ in {"amod", "compound"} and head.pos_ == "NOUN" and head.lower_ in PLACE_NOUNS | CITY_NOUNS
    )


def _about_registry(tok: Token) -> bool:
    """Whether the sentence is about a ship's flag or registry."""
    return any(t.lower_ in REGISTRY_WORDS for t in tok.sent)


def capital_only_a_city(span: Span) -> bool:
    """Whether a capital's possessive owns a thing of the city, not a state's act: "London's tram
    network", "the capital's streets" -> True; "London's response", "Moscow's envoy" -> False."""
    head = span.root.head
    return span.root.dep_ == "poss" and head.pos_ == "NOUN" and head.lower_ in CITY_NOUNS


def apposition_thing(doc: Doc, chars: tuple[int, int]) -> bool:
    """Whether an apposition right after the name says it is a thing: "X, a song by ...",
    "X, a pyramid scheme", "the X, a Panama-flagged tanker" -> True; "X, a spokesman" and "by X,
    a storm erupted" (no apposition) -> False."""
    span = doc.char_span(*chars, alignment_mode="expand")
    if span is None or span.end + 2 >= len(doc) or doc[span.end].text != ",":
        return False
    if doc[span.end + 1].lower_ not in {"a", "an", "the"}:
        return False
    # The apposition's own head: the first noun after the article that no noun follows.
    i = span.end + 2
    last = None
    while (
        i < len(doc)
        and i < span.end + 10
        and (
            doc[i].pos_ in {"ADJ", "NOUN", "PROPN", "PUNCT", "ADV", "NUM", "SYM"}
            or doc[i].tag_ == "VBN"
            or _hyphened(doc[i])  # "a question-and-answer site"
        )
    ):
        if doc[i].text in {",", ";", "."}:
            break
        if doc[i].pos_ == "NOUN":
            last = doc[i]
        i += 1
    # The parse must agree that it is an apposition of the name: in "by X, a massive storm
    # erupted" the noun phrase is the next clause's subject.
    return (
        last is not None
        and last.lemma_.lower() in THING_NOUNS
        and last.dep_ == "appos"
        and span.start <= last.head.i < span.end
    )


def _hyphened(tok: Token) -> bool:
    """A word inside a hyphenated compound ("and" in "question-and-answer")."""
    doc = tok.doc
    return tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ and not tok.whitespace_


_MODEL_NUMBER = re.compile(r"^(?:\d+(?:\.\d+)*|[IVX]{2,4}|[A-Za-z][\w'’]*-\d+)$")
"""The last word of a model's, version's or mission's name: "Pixel 2", "Falcon 9", "Delta IV",
"Version 5.50", "Probe-4"."""


_INDEFINITE = frozenset({"a", "an", "any", "every", "no", "some", "each", "another"})


def product_name(doc: Doc, spans: list[tuple[int, int]]) -> bool:
    """Whether the article shows a name to be a product's, vehicle's or mission's: at least one
    mention names a particular made thing ("the Falcon rocket", "its Acme Orbiter spacecraft",
    "the Patriot missile system") and none speaks ("Acme said"). "a Boeing jet", "Samsung
    devices" (things a maker makes) and "the Williams car" (a maker's noun) say nothing.

    >>> # "The Starhawk rocket lifted off; Starhawk carried a car."  -> True
    >>> # "Acme said the Acme rocket would fly."                      -> False
    """
    thing = False
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        tok = span.root
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_.lower() in SPEECH_VERBS:
            return False
        head = tok
        while head.dep_ in {"compound", "nmod", "amod", "nummod"} and head.head is not head:
            head = head.head
        if head is tok or head.i < tok.i or head.tag_ not in {"NN", "NNP", "NNS"}:
            continue
        definite = any(c.dep_ in {"det", "poss"} and c.lower_ not in _INDEFINITE for c in head.children)
        thing = thing or (definite and head.lower_ in PRODUCT_NOUNS)
    return thing


def made_thing_modifier(doc: Doc, chars: tuple[int, int]) -> bool:
    """Whether a mention (char offsets) is a maker's or brand's name written as a modifier of a
    made thing's noun: "Samsung devices", "the Williams car", "Android smartphones", "CCTV
    footage", "its RF Front End chips". Such a mention names the thing, not the maker acting; a
    name no other mention shows acting is no actor of the article, and the maker is no person.
    "Acme said", "Acme's phones", "the Acme board", "a Hamas attack" -> False.

    >>> # "Ana Li bought two Northphone handsets" (Northphone)  -> True
    >>> # "Northphone said its handsets were safe"              -> False
    """
    span = doc.char_span(*chars, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    while tok.dep_ == "compound" and tok.head is not tok and tok.head.pos_ == "PROPN":
        tok = tok.head  # "Samsung Galaxy devices": the name modifies a longer name
    if tok.dep_ not in {"compound", "nmod", "amod"} or tok.head is tok:
        return False
    head = tok.head
    return head.i >= span.end and head.is_lower and head.pos_ == "NOUN" and head.lemma_ in MADE_THING_NOUNS


_ACTING_VERBS = frozenset({"play", "portray", "voice", "impersonate"})


def played_by(span: Span) -> bool:
    """Whether a mention is a part followed by who plays it: "Kevin, played by Ana Li, gets
    lost", "the captain, portrayed by Bo Chen": the name is a part in a film or a show wherever
    the article names it. "Ana Li played the piano" -> False."""
    name = span.root
    # "the family's son Kevin, played by X": the participle may hang on the noun the name is in
    # apposition to
    owners = (name, name.head) if name.dep_ == "appos" else (name,)
    return any(
        c.dep_ == "acl"
        and c.lemma_.lower() in _ACTING_VERBS
        and (c.tag_ == "VBN" or any(g.dep_ == "agent" for g in c.children))
        for owner in owners
        for c in owner.children
    )


def played_role(doc: Doc, spans: list[tuple[int, int]]) -> bool:
    """Whether every mention of a person is a part an actor plays: "Ana Li played Bo Chen in the
    film", "Kevin, played by Ana Li", "she starred as Bo Chen". Such a person (real or not) has
    no part in the story. "Ana Li played the piano" names no person; "Bo Chen played well" is
    the player."""
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not _acted(span.root):
            return False
    return True


_ROLE_NOUNS = frozenset({"portrayal", "impersonation", "role", "part"})


def _acted(name: Token) -> bool:
    tok = name
    while tok.dep_ in {"compound", "appos", "conj"} and tok.head is not tok:
        tok = tok.head  # "played Northland vet Bo Chen": the name is in apposition
    head = tok.head
    if tok.dep_ == "dobj" and head.lemma_.lower() in _ACTING_VERBS:
        return True  # "Ana Li played Bo Chen"
    if any(c.dep_ == "acl" and c.lemma_.lower() in _ACTING_VERBS for c in (*name.children, *tok.children)):
        return True  # "Kevin, played by Ana Li, gets lost"
    if tok.dep_ != "pobj":
        return False
    # "starred as Bo Chen", "his portrayal of Dr Bo Chen", "her role as Bo Chen"
    verb = head.head
    acting = verb.lemma_.lower() in {"star", "appear", "cast"} | _ACTING_VERBS
    return (head.lower_ == "as" and acting) or (head.lower_ in {"of", "as"} and verb.lower_ in _ROLE_NOUNS)


def numbered_or_regional(span: Span, person: bool = False) -> bool:
    """A numbered thing or a region, not an actor: "Billions No. 18" (a vessel, a product line),
    "the Acme Pixel 2", "Falcon 9", "Delta IV", "Probe-4" (a product, a rocket, a mission: an
    organization's name ends in no number), "the Northland Far Eastern ports" (a region's
    adjective). "Channel 4", "Group of 20" keep their name's word and are judged elsewhere; a
    ``person``'s name may end in a number ("Ana Li II")."""
    doc = span.doc
    if span[-1].lower_ in COMPASS_WORDS:
        return True
    last = span[-1].text
    if not person and _MODEL_NUMBER.match(last) and (len(span) > 1 or "-" in last):
        return not any(t.lower_ in ORG_WORDS or t.lower_ in MEDIA_WORDS for t in span)
    i = span.end
    if span[-1].text in {"No", "No."}:
        i = span.end if span[-1].text == "No." else span.end + (i < len(doc) and doc[i].text == ".")
        return i < len(doc) and doc[i].like_num
    return (
        i + 1 < len(doc)
        and doc[i].text in {"No", "No."}
        and (doc[i + 1].like_num or (doc[i + 1].text == "." and i + 2 < len(doc) and doc[i + 2].like_num))
    )


def title_part(span: Span) -> bool:
    """ "Northland's Defence Minister Ana Li": the model's organization "Defence" is a word of
    the title after it, not a body; "Communist Party General Secretary" names the party."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    return (
        len(span) == 1
        and after is not None
        and is_title_word(after.text)
        and span[0].lower_ in TITLE_MODIFIERS
    )


_NOUN_LIKE = frozenset({"NN", "NNS", "JJ", "VB"})
"""Tags of the lower-case words between a nationality and a name ("German team mate X": the
model may tag "mate" a verb's base form)."""
