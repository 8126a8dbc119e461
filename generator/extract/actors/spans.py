"""Where a name the model tags starts and ends: without a leading "the", a possessive, a credit
run into it or the words after a line break; with the given name, the name particle, the
hyphenated tail or the institution's head word the model left outside; before the small word
or the person run into it ("Northtown as", "Ana Li of Acme")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract import gazetteer
from generator.extract.actors.body_words import FIRM_WORDS, ORG_WORDS
from generator.extract.actors.names import dictionary_word, is_given_name
from generator.extract.actors.occupations import is_occupation
from generator.extract.actors.roles import is_title_word
from generator.extract.actors.words import (
    COMMON_INITIALISMS,
    COMMON_WORDS,
    DESCRIPTOR_WORDS,
    GREETING_WORDS,
    HONORIFICS,
    MAX_NAME_TOKENS,
    NAME_PARTICLES,
    NATIONALITY_NOUNS,
    PERSON_NOUNS,
    PLURAL_OWNERS,
)


def starts_line(span: Span) -> bool:
    """Whether nothing but spaces stands before the span on its line."""
    i = span.start - 1
    while i >= 0 and span.doc[i].is_space and "\n" not in span.doc[i].text:
        i -= 1
    return i < 0 or "\n" in span.doc[i].whitespace_ or "\n" in span.doc[i].text


def trim(span: Span) -> Span | None:
    """The entity without a leading "the", a possessive, or anything after a line break or an
    opening bracket."""
    doc = span.doc
    start, end = span.start, span.end
    for i in range(start, end):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            end = i + 1 if "\n" in doc[i].whitespace_ and "\n" not in doc[i].text else i
            break
        if doc[i].text == "(" and i > start:
            end = i  # "Federal Bureau of Investigation (FBI": the name stops at the bracket
            break
        if doc[i].text == "the" and i > start and doc[i - 1].pos_ != "ADP" and doc[i - 1].lower_ != "and":
            end = i  # "From Northtown the girls were flown": a missing comma ran two names together
            break
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
        start += 1
    while end > start and (
        doc[end - 1].tag_ == "POS"
        or doc[end - 1].is_punct
        or doc[end - 1].is_space
        # "at Northtown as the rain fell": a small word after the name ran into it
        or (doc[end - 1].is_lower and doc[end - 1].pos_ in _SMALL_WORDS)
    ):
        end -= 1
    end = _before_of(doc, start, end, span.label_)
    if gazetteer.country(doc[start:end].text):
        return doc[start:end]  # "Democratic People's Republic of Korea" is one name
    # "Singapore's ISEAS": a country owner is a separate actor, the name starts after it;
    # "the Center's Asia Program": the owning organization is the actor.
    for i in range(start + 1, end - 1):
        if doc[i].tag_ == "POS":
            owner = doc[start:i].text
            if owner.lower() in PLURAL_OWNERS or _plural_possessive(doc[i - 1], doc[i]):
                break  # "The People's Daily", "Women's March", "State Teachers' Fund": one name
            if gazetteer.country(owner) or gazetteer.capital(owner):
                start = i + 1
            else:
                end = i
            break
    if end <= start or end - start > MAX_NAME_TOKENS:
        return None
    return doc[start:end]


def _plural_possessive(owner: Token, mark: Token) -> bool:
    """Whether a capitalised plural owns with a bare apostrophe inside a name: "the Northland
    Teachers' Retirement System", "Farmers' Union" are one body's name, not an owner and its
    thing (as "the Center's Asia Program" is)."""
    return mark.text in {"'", "’"} and owner.is_title and owner.lower_.endswith("s")


_SMALL_WORDS = frozenset({"ADP", "SCONJ", "CCONJ", "DET", "PART", "PRON", "AUX"})
"""Parts of speech of a lower-case word no name ends with ("as", "to", "in", "and")."""


def _before_of(doc: Doc, start: int, end: int, label: str) -> int:
    """Where a name run into the words after it stops: "Ana Li of Acme" (a person and her
    team), "Acme Racing of Ana Li" (a team and its driver) end before "of"; "Bank of
    Northland", "University of Northtown", "Joan of Arc" are one name each."""
    for i in range(start + 2, end - 1):
        if doc[i].lower_ != "of":
            continue
        after = doc[i + 1 : end]
        if label == "PERSON":
            return i
        before_words = {t.lower_ for t in doc[start:i]}
        person_after = len(after) >= 2 and all(t.is_title for t in after) and is_given_name(after[0].text)
        if label == "ORG" and person_after and not before_words & (ORG_WORDS | INSTITUTION_HEADS):
            return i
        break
    return end


INSTITUTION_HEADS = frozenset(
    {"police", "hospital", "council", "university", "college", "court", "ministry", "department", "agency",
     "party", "commission", "committee", "union", "foundation", "institute", "service", "services", "trust"}
)  # fmt: skip
"""Lower-case last words that belong to an organization's name the model cut short."""


def _and_tail(span: Span) -> Span:
    """ "the Academy of Recording Arts [and Sciences]", "the Center for Missing [and Exploited
    Children]": an organization's name "X of/for Y" the model stopped at its "and", with the
    one to three capitalised words after it that no entity holds and that end the name. "the
    Ministry of Defence and the Foreign Office", "the Bank of Northland and Ana Li" (another
    body, a person the model tags) stay apart."""
    doc = span.doc
    end = span.end
    if end + 1 >= len(doc) or doc[end].lower_ != "and" or not any(t.lower_ in {"of", "for"} for t in span):
        return span
    i = end + 1
    while i < min(len(doc), end + 4) and doc[i].is_title and doc[i].is_alpha and doc[i].ent_iob_ == "O":
        if doc[i].lower_ in ORG_WORDS or doc[i].lower_ in INSTITUTION_HEADS:
            return span
        i += 1
    if i == end + 1 or (i < len(doc) and doc[i].is_title):
        return span
    return doc[span.start : i]


_OF_PLACE_HEADS = FIRM_WORDS | {"society", "foundation", "club", "clubs", "association", "council"}
"""Last words of a body's name that its town or country may follow as a part of it."""


def _place_tail(span: Span) -> Span:
    """ "Radiology Associates [of Clearwater]", "the Humane Society [of Northland]": the town or
    country (a place entity of one or two words, or a place the gazetteer knows, the name's end)
    after a firm's, society's or club's name the model stopped before "of". "the Acme board of
    Northtown Rovers" (no such last word) stays apart."""
    doc = span.doc
    end = span.end
    if span[-1].lower_ not in _OF_PLACE_HEADS or end + 1 >= len(doc) or doc[end].lower_ != "of":
        return span
    place = doc[end + 1]
    tagged = place.ent_type_ in {"GPE", "LOC"} and place.ent_iob_ == "B"
    if not tagged and not (place.ent_iob_ == "O" and place.is_title and gazetteer.is_place(place.text)):
        return span
    stop = end + 2
    while tagged and stop < len(doc) and doc[stop].ent_iob_ == "I" and stop < end + 3:
        stop += 1
    if stop < len(doc) and (doc[stop].ent_iob_ == "I" or doc[stop].is_title):
        return span
    return doc[span.start : stop]


def _camel_case(tok: Token) -> bool:
    """A brand's word written in camel case, small letter first ("deVere", "eBay"): the model
    reads it as no word and leaves it out of the firm's name ("the consultancy [deVere] Group")."""
    text = tok.text
    return tok.is_alpha and len(text) > 2 and text[0].islower() and any(c.isupper() for c in text[1:])


def given_name_cut_short(span: Span) -> bool:
    """Whether the model's one-word organization is a given name whose surname it left out:
    "[Amanda] Petrusich reviews the show" is a person."""
    doc = span.doc
    return (
        len(span) == 1
        and span.end < len(doc)
        and is_given_name(span[0].text)
        and _surname_left_out(span[0], doc[span.end])
    )


def institution_extent(span: Span) -> Span:
    """ "British Transport [police]", "Croydon University [hospital]": an organization's name with
    the lower-case word that says what it is, which the model left outside; "[Aero] Consulting
    Experts", "[deVere] Group": with the first word the model left outside, a capitalised word of
    no dictionary the parse ties to the name or a word in camel case."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if (
        before is not None
        and "\n" not in before.whitespace_
        and (
            (
                before.dep_ == "compound"
                and span.start <= before.head.i < span.end
                and _loose_name_word(before)
                and not dictionary_word(before.text)
                and not is_given_name(before.text)
            )
            or _camel_case(before)
        )
    ):
        span = doc[span.start - 1 : span.end]
    span = _place_tail(_and_tail(span))
    after = doc[span.end] if span.end < len(doc) else None
    if (
        after is not None
        and after.is_lower
        and after.lower_ in INSTITUTION_HEADS
        # "Croydon University hospital" is the hospital, "Acme Group police" no body of its own
        and (span[-1].lower_ not in ORG_WORDS or after.lower_ in {"hospital", "clinic"})
        # "Acme trust officers", "a trust fund": the word describes the noun after it
        and not (after.lower_ == "trust" and after.dep_ == "compound")
    ):
        return doc[span.start : span.end + 1]
    return span


def person_extent(span: Span) -> Span:
    """A person's name where the model cut it short or ran it long.

    "Bystander Ana Li" loses the sentence-initial common noun (it is left as the role word);
    "mayor Sadiq [Khan]" gains the untagged given name before it; "Marine Le [Pen]" gains the
    word after a name particle.
    """
    doc = span.doc
    start, end = span.start, span.end
    first = doc[start]
    if end - start > 1 and (
        first.lower_.rstrip(".") in DESCRIPTOR_WORDS | GREETING_WORDS | HONORIFICS
        or is_title_word(first.text)
        # "Frenchman Ana Li", "Brit Ana Li Berg", but "Finn Berg" is a given name and a surname
        or (first.lower_ in NATIONALITY_NOUNS and (end - start > 2 or not is_given_name(first.text)))
        # "German Ana Li Berg": a nationality before a name of two words or more
        or (end - start > 2 and gazetteer.demonym(first.text) is not None)
    ):
        start += 1
    elif end - start > 2 and first.is_upper and first.is_alpha and all(t.is_title for t in span[1:]):
        start += 1  # an acronym before a full name is a title or an employer ("MVP Ben Ode")
    elif end - start > 1 and first.is_alpha and first.lower_ in COMMON_INITIALISMS:
        start += 1  # "MVP Ode said": a common noun's initialism before a surname
    elif end - start > 2 and _common_noun_opening(first, doc[start + 1]):
        start += 1  # "Comedian Ana Li and ...": a sentence's first noun, then a given name
    if (
        (
            end - start == 1
            and start > 0
            and not doc[start - 1].is_sent_start
            and _loose_name_word(doc[start - 1])
        )
        or start > 0
        and _first_name_left_out(doc[start - 1], doc[start:end])
    ):
        start -= 1
    if end < len(doc) and (
        (doc[end - 1].lower_ in NAME_PARTICLES and _loose_name_word(doc[end]))
        or _surname_left_out(doc[end - 1], doc[end])
    ):
        end += 1
    # "Moon Jae-in": the tokenizer splits the hyphen and the model stops before it.
    if end + 1 < len(doc) and _hyphen_tail(doc[end - 1], doc[end], doc[end + 1]):
        end += 2
    return doc[start:end] if (start, end) != (span.start, span.end) else span


def _first_name_left_out(tok: Token, name: Span) -> bool:
    """ "[Sayed] Omar Hakimi, spokesman for ...", "[Taiye] Ana Li, who ...": a sentence's first
    word the parse ties to the name as a part of it, a given name (gender-guesser's list) or no
    word of the dictionary, and no title, place or nationality. "Fisherman Ana Li said": a
    sentence's first noun is no name."""
    return (
        bool(tok.is_sent_start)
        and tok.dep_ == "compound"
        and name.start <= tok.head.i < name.end
        and tok.lower_.rstrip(".") not in DESCRIPTOR_WORDS | HONORIFICS
        and (is_given_name(tok.text) or not dictionary_word(tok.text))
        and _loose_name_word(tok)
    )


def _common_noun_opening(first: Token, second: Token) -> bool:
    """ "Comedian Ana Li", "Skater Bo Chen": a noun for people (PERSON_NOUNS, the occupations'
    list) that opens the sentence and is nobody's given name, before a given name: it says what
    the person is. "Rose Ana Li" (a given name), "Park Ana-li" (a surname first) stay whole."""
    return (
        bool(first.is_sent_start)
        and first.is_title
        and (first.lower_ in PERSON_NOUNS or is_occupation(first.text))
        and not is_given_name(first.text)
        and is_given_name(second.text)
    )


def _surname_left_out(last: Token, tok: Token) -> bool:
    """ "Denis Sassou [Nguesso]", "Sheila [E]", "Amanda [Petrusich] reviews": the capitalised word
    after a name that the parse makes the head of the name's last word, outside any entity, and
    no word of the dictionary (a surname) or an initial. "Ana Li Foundation", "the Bo Chen
    Show" keep their common last word out; "Ana Li Tuesday" is a date the model tags."""
    if last.dep_ != "compound" or last.head.i != tok.i or "\n" in last.whitespace_:
        return False
    initial = len(tok.text) == 1 and tok.is_upper and tok.ent_iob_ == "O"
    return initial or (_loose_name_word(tok) and not dictionary_word(tok.text))


def _hyphen_tail(last: Token, dash: Token, tail: Token) -> bool:
    """ "Jae" "-" "in": a short hyphenated last part written without spaces, outside any entity."""
    joined = not last.whitespace_ and not dash.whitespace_
    return dash.text == "-" and joined and tail.is_alpha and tail.ent_iob_ == "O" and len(tail) <= 4


def _loose_name_word(tok: Token) -> bool:
    """A capitalised proper noun outside any entity that is neither a title nor a place."""
    return (
        tok.ent_iob_ == "O"
        and tok.tag_ == "NNP"
        and tok.is_title
        and tok.is_alpha
        and "\n" not in tok.whitespace_
        and not is_title_word(tok.text)
        and tok.lower_ not in COMMON_WORDS | GREETING_WORDS
        and not gazetteer.is_place(tok.text)
        and gazetteer.demonym(tok.text) is None
    )
