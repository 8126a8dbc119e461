"""Whether a span the model tags as an entity is a name of an actor at all: not a fragment,
credit, quotation, event, award, landmark, street, publication or a place the article calls one."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span, Token

from generator.extract import gazetteer, given_names
from generator.extract.actors.body_words import FIRM_WORDS, ORG_WORDS
from generator.extract.actors.place_words import LANDMARK_WORDS, PLACE_NOUNS, STREET_SUFFIXES
from generator.extract.actors.roles import is_title_word
from generator.extract.actors.thing_words import EVENT_WORDS
from generator.extract.actors.words import COMMON_INITIALISMS, COMMON_WORDS, CREDIT, CREDIT_AFTER, MEDIA_WORDS
from generator.extract.base import doc_text, span_text
from generator.text import name_key

_GLUED = re.compile(r"[a-z][A-Z]{3,}\b")
_BAD_CHARS = re.compile(r"[@#<>{}\[\]|=/\\]|https?:|www\.")


def event_or_landmark(span: Span) -> bool:
    """ "the Heisman Trophy", "Victory Column", "Ebertstrasse": an event, award or place; the
    Office of Rail and Road is an organization all the same."""
    if any(t.lower_ in ORG_WORDS for t in span):
        return False
    last = span[-1].lower_
    street = len(span) == 1 and last.endswith(STREET_SUFFIXES)
    return last in EVENT_WORDS or last in LANDMARK_WORDS or street


def credited(span: Span) -> bool:
    """Whether the name is a credit, not a part in the story: "Editing by X", "REUTERS/X",
    "(X, File/Agency)", anywhere inside "(Reporting by ...; Editing by ...)"."""
    text = doc_text(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    dateline = _DATELINE.match(text, line_start, line_start + 80)
    if dateline and span.end_char <= dateline.end(1):
        return True  # "SAO PAULO (Agency) —": the wire's dateline names where, not who
    before = text[max(line_start, span.start_char - 80) : span.start_char]
    if CREDIT.search(before) or CREDIT_AFTER.match(text[span.end_char : span.end_char + 40]):
        return True
    # "(Reporting by A and B; Writing by C; Editing by D)": a credit line runs long.
    line = text[max(line_start, span.start_char - 300) : span.start_char]
    opened = line.rfind("(")
    return opened != -1 and ")" not in line[opened:] and bool(_CREDIT_PARENTHESIS.match(line[opened:]))


_BRACKET_OPENS = re.compile(r"\(\s*([A-Za-z]+\s*:\s*)?$")
_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "&", "on", "de"})


def stock_ticker(span: Span) -> bool:
    """Whether the name is a company's stock ticker in brackets after its short name: "Acme
    (ACMQ)", "Acme Corp (NYSE:ACMQ)" -> True; "Acme Global (AG)", an acronym of the name before
    it, and "North American Defense Command (NORAD)", a long name's abbreviation, -> False."""
    text = span_text(span)
    if len(span) != 1 or not text.isalpha() or not text.isupper() or not 2 <= len(text) <= 5:
        return False
    chars = doc_text(span.doc)
    opened = _BRACKET_OPENS.search(chars[max(0, span.start_char - 12) : span.start_char])
    if opened is None or chars[span.end_char : span.end_char + 1] != ")":
        return False
    if opened.group(1):
        return True  # "(NYSE: ACMQ)"
    before = chars[max(0, span.start_char - 80) : span.start_char - len(opened.group(0))].split()
    name: list[str] = []
    for word in reversed(before):
        if word[:1].isupper() and word[-1:] not in {".", ",", ";", ":"}:
            name.append(word)
        elif word.lower() not in _FUNCTION_WORDS:
            break
    initials = "".join(w[0] for w in reversed(name)).upper()
    return 1 <= len(name) <= 2 and text not in initials


_DATELINE = re.compile(r"[ \t]*([A-Z][A-Z .'’-]+)(?:,[^()\n]{0,30})?\s*\([^()\n]{1,40}\)\s*[-–—]")
"""A wire story's dateline: the place in capitals, a date, the agency in brackets, a dash."""

_CREDIT_PARENTHESIS = re.compile(
    r"\((?:reporting|writing|editing|additional reporting|photo|ap photo)\b", re.IGNORECASE
)


def quoted_alone(span: Span) -> bool:
    """A name that is all of a quotation ("turning her into the 'Palestinian Joan of Arc'") is a
    figure of speech or a title, not somebody taking part."""
    text = doc_text(span.doc)
    opening = text[span.start_char - 1 : span.start_char] if span.start_char else ""
    closing = text[span.end_char : span.end_char + 1]
    return bool(opening) and opening in "“\"‘'" and bool(closing) and closing in "”\"’'"


def place_names(doc: Doc) -> set[str]:
    """Names the article calls places: "the village of Nabi Saleh", "the town of X"."""
    found = set()
    for tok in doc[:-2]:
        if tok.lower_ in PLACE_NOUNS and doc[tok.i + 1].lower_ == "of" and doc[tok.i + 2].is_title:
            end = tok.i + 2
            while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
                end += 1
            if end > tok.i + 2:
                found.add(name_key(doc[tok.i + 2 : end].text))
    return found


def names_a_publication(span: Span) -> bool:
    """ "the X newspaper", "X newspaper", "the newspaper, X,": a title the model took for a person."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if after is not None and after.lower_ in MEDIA_WORDS | {"agency", "daily", "magazine", "news"}:
        return True
    if before is not None and before.lower_ == "the":
        return True
    return span.root.dep_ == "appos" and span.root.head.lower_ in MEDIA_WORDS


def looks_like_name(span: Span) -> bool:
    """Reject fragments, widget text, e-mail lines and capitalised common words."""
    text = span_text(span).strip()
    if len(text) < 2 or not any(c.isalpha() for c in text) or _BAD_CHARS.search(text):
        return False
    # "deVere Group": a firm whose first word is written in camel case, small letter first
    camel = len(span) > 1 and text[0].islower() and span[-1].lower_ in ORG_WORDS | FIRM_WORDS
    if not (text[0].isupper() or text[0].isdigit() or (camel and any(c.isupper() for c in span[0].text))):
        return False
    if any(t.lower_ in {"n't", "n’t"} for t in span):
        return False
    if _GLUED.search(text):
        return False  # "Ana LiLONDON": a byline run into the dateline after it
    before = span.doc[span.start - 1] if span.start else None
    if before is not None and before.text in {"#", "@"} and not before.whitespace_:
        return False  # "#Northtown", "@AcmeNews": a hashtag or a handle, not a name in the story
    if len(span) == 1 and text.isupper() and span.end < len(span.doc) and span.doc[span.end].text == ":":
        return False  # a transcript's speaker label ("HOST:"), not a name in the story
    if len(span) <= 4 and common_initialism(text):
        return False  # "an RBI single", "a CT scan", "Lmao": a common noun's short form

    if len(span) == 1 and (span[0].lower_ in COMMON_WORDS or span[0].tag_ not in {"NNP", "NNPS"}):
        return gazetteer.country(text) is not None or gazetteer.demonym(text) is not None
    if all(t.lower_ in COMMON_WORDS or t.is_stop for t in span):
        return False
    if all(is_title_word(t.text) or t.is_punct for t in span):
        return False  # "Asst Ch", "Chief Constable": a title without the name
    # A headline fragment like "X Strikes New Deal" has a verb inside the name.
    return not any(t.pos_ == "VERB" for t in span)


def common_initialism(text: str) -> bool:
    """Whether a name is the short form of a common noun or an interjection (COMMON_INITIALISMS),
    whatever its case, dots and spaces: "RBI", "O.K.", "R. & B.", "Lmao", "WiFi" -> True;
    "NASA", "FBI", "CNN" -> False."""
    return text.replace(".", "").replace(" ", "").casefold() in COMMON_INITIALISMS


_PLACE_HEADS = frozenset(
    {"stop", "station", "junction", "crossing", "street", "road", "square", "bridge", "village",
     "town", "district", "suburb", "forest", "camp", "neighbourhood", "neighborhood", "border"}
)  # fmt: skip
"""Nouns a place's name modifies ("the Northtown stop", "the Northtown forest")."""

LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "outside", "inside", "around", "across", "into", "through", "toward", "towards",
     "throughout", "within", "off", "onto"}
)  # fmt: skip
"""Prepositions whose object is where something happens ("in Northtown", "at Mill Corner")."""
MOTION_VERBS = frozenset(
    """
    go come travel fly drive move bring take return flee walk run head ship transfer evacuate
    airlift relocate sail ride arrive escape transport rush carry deport extradite march drag
    """.split()
)
"""Lemmas of verbs of motion and of carrying (Levin's English Verb Classes, 11 and 51): after
them, "to X" and "from X" name where somebody goes, not somebody spoken to or heard from."""
_CORPORATE = re.compile(r"\b(?:inc|corp|co|ltd|llc|llp|plc|ag|sa|gmbh|group|holdings)\b\.?$", re.IGNORECASE)


def only_a_place(doc: Doc, spans: list[tuple[int, int]], name: str, known_place: bool = False) -> bool:
    """Whether every mention (char offsets) of a name the model calls a person or an
    organization uses it as a place: the object of "in", "at", "near" ... at least once, and
    otherwise only as a modifier ("the Northtown girls"), never as a subject, object or owner.

    "girls kidnapped in Northtown ... the Northtown girls" -> True; "Acme said ... an analyst at Acme"
    -> False; a name with an organization's word ("the Wilson Center") is never only a place.
    ``known_place``: the model tags the same name as a place elsewhere in the article, so one use
    as a modifier is enough.
    """
    if any(w.lower() in ORG_WORDS | {"hospital", "clinic"} for w in name.split()) or _CORPORATE.search(name):
        return False
    located = known_place
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        use = _use(span.root)
        if use == "actor":
            return False
        located = located or use == "place"
    return located


def _use(tok: Token) -> str:
    """ "place", "modifier" or "actor": how the sentence uses the name whose head is ``tok``."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head  # "in Northtown and Southtown": the conjunct is used as its head is
    if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children):
        return "modifier"  # "a smash in his Acme": somebody's thing (a car), no place
    if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPOSITIONS:
        return "place"
    if _listed_with_places(tok):
        return "place"  # "cities including X, Hamburg, Frankfurt and Stuttgart"
    verb = tok.head.head
    moved = verb.lemma_ in MOTION_VERBS and not any(c.dep_ == "prt" for c in verb.children)
    if tok.dep_ == "pobj" and tok.head.lower_ in {"to", "from"} and moved:
        return "place"  # "the girls were driven to Northtown", not "she moved on from Ana Li"
    if tok.dep_ in {"compound", "amod", "nmod"} and tok.head.pos_ in {"NOUN", "PROPN"}:
        # "the Northtown stop", "Northtown station": the name of the place a thing stands in.
        return "place" if tok.head.lower_ in _PLACE_HEADS else "modifier"
    return "actor"


def _listed_with_places(tok: Token) -> bool:
    """Whether the name stands in a list ("X, Y and Z") with two or more known places."""
    first = tok
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    group: list[Token] = []
    todo = [first]
    while todo and len(group) < 20:
        t = todo.pop()
        group.append(t)
        todo.extend(c for c in t.children if c.dep_ == "conj")
    places = sum(
        1 for t in group if t is not tok and (gazetteer.is_place(t.text) or gazetteer.country(t.text))
    )
    return places >= 2


@functools.cache
def _dictionary() -> frozenset[str]:
    """The English lemmatizer's index of WordNet's nouns, verbs, adjectives and adverbs, as the
    loaded spaCy pipeline ships it (empty when the pipeline has no such table)."""
    from generator import nlp  # the pipeline is loaded once per process

    pipeline = nlp.load()
    if "lemmatizer" not in pipeline.pipe_names:
        return frozenset()
    lookups = getattr(pipeline.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(w for words in lookups.get_table("lemma_index").values() for w in words)


def dictionary_word(word: str) -> bool:
    """Whether a word, or its singular, is a word of WordNet (through the lemmatizer's index):
    "Fireworks", "Gunman", "Felt" yes; "Verstappen" no. Names of famous people and bodies are in
    WordNet too ("Einstein", "NASA"): the caller asks for more than this."""
    w = word.lower()
    words = _dictionary()
    return w in words or (w.endswith("s") and w[:-1] in words) or (w.endswith("es") and w[:-2] in words)


def common_word_opening(span: Span) -> bool:
    """Whether a one-word "name" is a common word the model took for a name because it opens a
    sentence: "Fireworks exploded behind the stands", "“Felt we should tell you,”", "Gunman
    attacked the building" -> True. A given name ("Pink said"), a word after another capitalised
    word ("MARTA Olsen ordered") and a name modifying a noun ("Rovers coach Ana Li said") ->
    False."""
    if len(span) != 1 or not dictionary_word(span.text) or is_given_name(span.text):
        return False
    if span.root.dep_ in {"compound", "poss", "nmod", "amod"}:
        return False  # "Rovers assistant coach Ana Li said": a team's name before a noun
    doc = span.doc
    i = span.start
    while i > 0 and (doc[i - 1].is_quote or doc[i - 1].text in {"(", "["}):
        i -= 1
    return i == 0 or (doc[i].is_sent_start is True and (doc[i - 1].is_punct or doc[i - 1].is_space))


@functools.lru_cache(maxsize=8192)
def is_given_name(word: str) -> bool:
    """Whether gender-guesser's dictionary of given names (40,000 names of many countries) holds
    the word, whatever gender it gives: "Mary", "Paris", "Xinyu" yes; "Seattle", "Croydon" no."""
    return given_names.detector().get_gender(word) != "unknown"
