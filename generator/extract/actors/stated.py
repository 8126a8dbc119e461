"""Roles a sentence states of a person rather than writes beside the name: "Ana Li is a senior
member of the Front", "the pilot was identified as Ana Li", "a student named Ana Li"."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from generator.extract.actors.occupations import SOCIAL_NOUNS, is_occupation
from generator.extract.actors.words import DESCRIPTOR_WORDS, KINSHIP_WORDS, PERSON_NOUNS

MAX_STATED_TOKENS = 12
PERSON_SUFFIXES = ("ist", "ian", "er", "or", "ant", "ent", "eur")
"""Endings of English agent nouns (-er, -or, -ist, -ian, -ant, -ent: "member", "historian",
"consultant", "resident"): such a noun said of a person says what the person is or does."""
NAMING_VERBS = frozenset({"identify", "name", "appoint", "elect", "confirm", "choose", "select", "tap"})
"""Verbs that give a person a role "as" something ("identified the pilot as X", "named X as
its leader"), after VerbNet's appoint-29.1 and characterize-29.2 classes."""
_DETERMINERS = frozenset({"a", "an", "the"})
_MODIFIERS = frozenset({"amod", "compound", "nmod"})


def personal_noun(tok: Token, is_title: Callable[[str], bool]) -> bool:
    """Whether a lower-case singular noun names a person by what the person is or does."""
    return tok.tag_ == "NN" and tok.is_lower and people_word(tok.lower_, is_title)


def people_word(word: str, is_title: Callable[[str], bool]) -> bool:
    """Whether a noun is one for people: a title, an occupation, a family or social word, a noun
    for people or an agent noun ("member", "historian", "parent")."""
    if is_title(word) or is_occupation(word) or word in PERSON_NOUNS or word in KINSHIP_WORDS:
        return True
    if word in DESCRIPTOR_WORDS or word in SOCIAL_NOUNS:
        return True
    return word.endswith(PERSON_SUFFIXES + ("man", "woman")) and len(word) > 5  # "gunman"


def noun_phrase_role(noun: Token) -> str:
    """The role a noun heads: its modifiers before it and an "of/at/for" phrase after it
    ("senior member of the Northland Front", "travel guide"), without its determiner."""
    doc = noun.doc
    start = noun.i
    while start - 1 >= noun.left_edge.i and doc[start - 1].dep_ in _MODIFIERS and not doc[start - 1].is_punct:
        start -= 1
    while start < noun.i and doc[start - 1].text == "-":
        start += 1  # "a cigar-chomping mining magnate": the description, not half a compound
    glued = noun.i >= 2 and doc[noun.i - 1].text == "-" and not doc[noun.i - 2].whitespace_
    if glued and not doc[noun.i - 1].whitespace_ and start > noun.i - 2:
        start = noun.i - 2  # "an eighth-grader": the whole word
    while start < noun.i and doc[start].text[:1].isdigit():
        start += 1  # "a 21-year-old student": the age is no part of the role
    end = noun.i + 1
    prep = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "at", "for", "with"}]
    if prep:
        tail = max(t.i for t in prep[0].subtree) + 1
        tail = next((t.i for t in doc[end:tail] if t.is_punct and t.text != "-"), tail)  # ", a faction"
        if tail - noun.i <= MAX_STATED_TOKENS and not any(t.pos_ in {"VERB", "AUX"} for t in doc[end:tail]):
            end = tail
    return doc[start:end].text


def role_predicate(span: Span, is_title: Callable[[str], bool]) -> str | None:
    """A role the sentence states of its subject with "be": "Ana Li is a senior member of the
    Northland Front" -> "senior member of the Northland Front"; "Li was a vascular radiologist"
    -> "vascular radiologist"; "Li became the first cornerback to ..." -> "first cornerback". Only
    nouns of people; "Li is a good thing", "Li was in Lima",
    "Li was her cousin's friend" (the noun is another person's) -> None.
    """
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ not in {"be", "become"} or verb.i < span.end:
        return None
    noun = next((c for c in verb.children if c.dep_ == "attr"), None)
    if noun is None or not personal_noun(noun, is_title):
        return None
    if not any(c.dep_ == "det" and c.lower_ in _DETERMINERS for c in noun.children):
        return None  # "Li was her cousin": a role toward another person, not in the story
    return noun_phrase_role(noun)


def role_named(span: Span, is_title: Callable[[str], bool]) -> str | None:
    """A role a naming verb gives the person: "identified the pilot as Ana Li", "The co-pilot
    was identified as Ana Li" -> "pilot"; "named Ana Li as its new leader" -> "new leader";
    "a community college student named Ana Li", "The boy, named Ana Li by the
    media," -> "community college student", "boy". "named after Ana Li" -> None.
    """
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_ in NAMING_VERBS:
        verb = head.head
        objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.i < head.i]
        noun = next((c for c in reversed(objects) if personal_noun(c, is_title)), None)
        return noun_phrase_role(noun) if noun is not None else None
    as_ = next((c for c in head.children if c.lower_ == "as" and c.i >= span.end), None)
    if root.dep_ in {"dobj", "nsubjpass", "oprd"} and head.lemma_ in NAMING_VERBS and as_ is not None:
        noun = next((c for c in as_.children if c.dep_ == "pobj"), None)
        if noun is not None and personal_noun(noun, is_title):
            return noun_phrase_role(noun)
        return None
    named = head.lemma_ in {"name", "call"} and head.tag_ == "VBN"
    if root.dep_ in {"oprd", "dobj", "attr", "npadvmod"} and named:
        # "a student named Ana Li", "The boy, named Ana Li by the media,"
        noun = head.head if head.dep_ == "acl" else None
        if noun is not None and noun.i < head.i and personal_noun(noun, is_title):
            return noun_phrase_role(noun)
    return None


def role_of_list(span: Span, is_role_word: Callable[[str], bool]) -> str | None:
    """The plural title or occupation before a list of names, said of each: "stars Ana Li and
    Bo Chen reveal" -> "star" for both; "actors Ana Li, Bo Chen and Eve Berg" -> "actor";
    "artists like Ana Li", "critics such as Bo Chen", "players including Eve Berg" -> "artist",
    "critic", "player". "their children, Ana and Bo" (a role toward other people), no list ->
    None."""
    doc = span.doc
    first = span.root
    while first.dep_ == "conj" and first.head.tag_ == "NNP" and first.head.i < first.i:
        first = first.head
    listed = first.i != span.root.i or any(c.dep_ == "conj" and c.tag_ == "NNP" for c in first.children)
    start = first.left_edge.i if first.i != span.root.i else span.start
    k = start - 1
    if k >= 1 and doc[k].lower_ in {"like", "including"}:
        k, listed = k - 1, True  # "artists like Ana Li": one name is enough
    elif k >= 2 and doc[k].lower_ == "as" and doc[k - 1].lower_ == "such":
        k, listed = k - 2, True  # "stars such as Ana Li and Bo Chen"
    if not listed or k < 0:
        return None
    noun = doc[k]
    # the tagger may read "stars Ana Li and Bo Chen" as a verb: "the film stars" says it too
    written = noun.is_lower or (noun.is_sent_start and noun.is_title)  # "Stars Ana Li and ..."
    if noun.tag_ not in {"NNS", "VBZ"} or not written or not is_role_word(noun.lemma_.lower()):
        return None
    return noun.lemma_
