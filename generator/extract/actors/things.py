"""Names of things, not actors: products, vehicles, spacecraft, works and characters, judged by
the words the article writes around the name and by the labels the model gives its other mentions.

A reader keeps the maker, the agency, the company and the artist, not the thing: "the Acme
Orbiter telescope", "the Big Starhawk Rocket", "the film Northtown", "Captain Bolt (Ana Li)".
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.actors.thing_words import PRODUCT_NOUNS, THING_NOUNS

THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})
"""spaCy's (OntoNotes) labels of things: a product, a work, a named event, a law, a language."""

THING_HEADS = (PRODUCT_NOUNS - {"system", "vessel", "ship", "submarine", "missile", "drug", "vaccine",
                                "module", "engine", "glasses"}) | {
    "telescope", "camera", "store", "player", "browser", "smartwatch", "roadster", "sedan", "coupe",
}  # fmt: skip
"""Last words of a product's or a vehicle's own name, capitalised in it (WordNet noun.artifact):
"the Big Starhawk Rocket", "the Acme Phone", "the App Store". Words that end bodies' names too
("system": the Federal Reserve System; "engine", "module", "ship") are left out."""

PRE_THING_NOUNS = (THING_NOUNS | PRODUCT_NOUNS) - {
    "site", "website", "platform", "forum", "blog", "video", "building", "tower", "bridge", "product",
    "brand", "system", "series", "race", "scheme", "scam", "play",
}  # fmt: skip
"""Nouns written right before a thing's name ("the film Northtown", "the app Chatly", "the rocket
Starhawk", "the comet Ana"); the nouns of a company's platform ("the site X") or of a body's
system are left out: such names are often the company's."""


def thing_named(name: str) -> bool:
    """Whether the name itself says it is a made thing: its last word, capitalised and singular,
    is a product's or a vehicle's noun ("Big Starhawk Rocket", "Acme Phone", "PlayStation
    Store"). "Rocket Lab" (a company), "Northtown Rockets" (a team: teams' names are plural) and
    "Starhawk" -> False."""
    words = name.split()
    return len(words) > 1 and words[-1].istitle() and words[-1].lower() in THING_HEADS


def introduced_as_thing(span: Span) -> bool:
    """Whether the word right before the name is a thing's noun the name stands in apposition to:
    "the film Northtown", "his album “Blue”", "the rocket Starhawk", "the app Chatly".
    "the film director Ana Li" (the noun before is a person's), "Northtown's film" and "a
    rocket Acme is building" (the name is a clause's subject) -> False.
    """
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].is_quote:
        i -= 1
    if i >= 1 and doc[i].text in _APPOSITION_MARKS and span.root.dep_ == "appos":
        i -= 1  # "Northland's first satellite, Starsat-1": an apposition after a comma or dash
        if span.root.head.i != i:
            return False
    if i < 1:
        return False
    noun = doc[i]
    if not noun.is_lower or noun.pos_ != "NOUN" or noun.lemma_ not in PRE_THING_NOUNS:
        return False
    root = span.root
    if root.head.i >= span.end and (root.dep_ in {"nsubj", "nsubjpass", "poss"} or root.head.pos_ == "VERB"):
        return False  # "the film Ana Li directed": the name is a clause's subject
    return any(t.lower_ in _DEFINITE or t.tag_ in {"PRP$", "POS"} for t in doc[max(0, i - 3) : i])


_APPOSITION_MARKS = frozenset({",", "–", "—", "-", ":"})

_NAMING_VERBS = frozenset({"call", "dub", "name", "nickname", "brand", "christen", "title"})
"""Lemmas of verbs that give a thing its name ("a rocket called X", "glasses dubbed X")."""


def called_thing(span: Span) -> bool:
    """Whether the name is what a thing's noun is called: "smart glasses called Vaunt", "a
    technology called Acme", "a rocket dubbed Starhawk", "a moment known as Max-Q". A person,
    a body or a group may be called too: "a man named Ana Li", "a startup called Acme", "a group
    calling itself X" -> False.
    """
    doc = span.doc
    i = span.start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].lower_ == "the"):
        i -= 1
    if i < 1:
        return False
    verb = doc[i]
    if verb.lower_ == "as" and doc[i - 1].lower_ == "known":
        verb = doc[i - 1]
    elif verb.lemma_ not in _NAMING_VERBS or not (verb.tag_ == "VBN" or verb.dep_ == "acl"):
        return False  # "a rocket called X": the model may tag the participle a past tense
    nouns = [verb.head]
    if verb.i >= 2 and doc[verb.i - 1].text == ",":
        nouns.append(doc[verb.i - 2])  # "a pair of glasses, dubbed Vaunt,": the noun before the comma
    return any(_a_things_noun(noun) for noun in nouns if noun.i < verb.i)


def _a_things_noun(noun: Token) -> bool:
    if noun.pos_ != "NOUN" or not noun.is_lower:
        return False
    if noun.lemma_ in THING_NOUNS | PRODUCT_NOUNS | _CALLED_THINGS:
        return True
    # "a dummy passenger called Starman": a figure of a person
    return any(c.dep_ in {"amod", "compound"} and c.lemma_ in _CALLED_THINGS for c in noun.children)


_CALLED_THINGS = frozenset({"moment", "point", "stage", "figure", "dummy", "mannequin", "glass"})
"""Nouns of named moments and of figures that look like people ("a mannequin called Starman")."""

_DEFINITE = frozenset({"the", "this", "that", "its", "his", "her", "their"})


_WORK_NOUNS = frozenset(
    {"rendition", "cover", "medley", "mashup", "remix", "screening", "sequel", "prequel", "remake",
     "trailer", "premiere", "episode", "soundtrack", "reboot", "adaptation", "spinoff", "performance"}
)  # fmt: skip
"""Nouns of a work's copy, part or showing (WordNet noun.communication, noun.act): "a cover
of X", "the trailer of X", "his performance of X" name X as a song, a film or a show."""


def of_a_work(span: Span) -> bool:
    """Whether the name is what a work's copy, part or showing is of: "a mashup of Northern
    Skies and Blue", "his performance of Northern Skies", "the sequel of Starhawk" -> True;
    "the performance of Acme shares" (the name modifies another noun), "a cover of the report"
    -> False.

    >>> # "Ana Li closed the set with a cover of Northern Skies."  (Northern Skies) -> True
    """
    tok = span.root
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head  # "a mashup of X and Y": the conjunct is used as its head is
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in _WORK_NOUNS


TITLE_FUNCTION_WORDS = frozenset(
    {"Of", "The", "And", "Along", "In", "On", "To", "For", "With", "At", "From", "By", "Into", "Over",
     "Is", "Are", "Was", "My", "Your", "You", "Me", "We", "It", "This", "That", "Not", "Don't", "Can't"}
)  # fmt: skip
"""Function words that a work's title capitalises and a body's name does not (the title case of
AP and Chicago styles: "All Along the Watchtower", "Best Of You"); "A" and "I" are left out,
they are initials in people's names too."""


def titled_work(name: str) -> bool:
    """Whether a name capitalises a function word after its first word, as only the titles of
    songs, films and books do: "All Along the Watchtower", "Best Of You", "Can't Stop The
    Feeling" -> True; "Bank of America", "George A Lopez", "The Times" -> False."""
    return any(w in TITLE_FUNCTION_WORDS for w in name.split()[1:])


_COUNTING = frozenset({"a", "an", "every", "each", "another", "any"})


def counted_as_thing(span: Span) -> bool:
    """Whether the name is counted like a common noun, with an indefinite or distributive
    determiner right before it and no noun after it: "the chip inside every Pixel", "they'll
    create a Ledger of Harms", "a Machine Learning backed coprocessor" -> True: one of many
    things, or a kind; a body or a person is not "a" one of itself. "a Reuters reporter" (the
    name modifies a noun) and "the Acme board" -> False."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ not in _COUNTING:
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.pos_ in {"NOUN", "PROPN", "NUM"} or after.text == "-"):
        return False  # "an Acme Airways flight", "a Boeing 737": the name modifies what follows
    return span.root.dep_ not in {"compound", "poss", "nmod", "amod"}


def labelled_a_thing(labels: list[str], mentions: int) -> bool:
    """Whether the model labels the name a thing (a product, a work, an event) more often than
    it labels it an actor: "Starman" twice a PRODUCT and once a PERSON is the mannequin, not a
    person. ``labels`` are the labels of the name's other entities, ``mentions`` its actor
    mentions."""
    return sum(label in THING_LABELS for label in labels) > mentions


def cast_in_brackets(span: Span) -> bool:
    """Whether a name is followed by the full name of the person who plays it, alone in
    brackets: "Captain Bolt (Ana Li) fights ...", "Iron Man (Robert Downey Jr.)" -> True; the
    name is a part in a film or a show; the model may tag only part of the player's name ("Gogo
    (Chiaki Kuryama)"). "Ana Li (R-Northland)", "Bo Chen (pictured)" and "Acme (New York)" ->
    False.
    """
    doc = span.doc
    i = span.end
    if i + 3 >= len(doc) or doc[i].text != "(":
        return False
    j = i + 1
    while j < len(doc) and j < i + 6 and (doc[j].ent_type_ == "PERSON" or doc[j].is_title):
        j += 1
    # the model may tag only part of the player's name: "Gogo (Chiaki Kuryama)"
    player = doc[i + 1 : j]
    return (
        len(player) >= 2
        and j < len(doc)
        and doc[j].text == ")"
        and any(t.ent_type_ == "PERSON" for t in player)
        and (doc[i + 1].ent_iob_ == "B" or doc[i + 1].ent_type_ != "PERSON")
    )


def acronym_of(name: str) -> tuple[str, ...]:
    """The name key of a thing's acronym, when it has three capitalised words or more: "Big
    Starhawk Rocket" -> ("bsr",), the short name the article may use for it; "Acme Phone" -> ()."""
    words = [w for w in name.split() if w[:1].isupper()]
    return ("".join(w[0] for w in words).lower(),) if len(words) >= 3 else ()


def numbered_series(doc: Doc, spans: list[Span]) -> bool:
    """Whether a one-word name is a numbered series' (a mission's, a model's): one mention is
    followed by its number ("the Apollo 11 astronauts", "a Falcon 9 launch") and every mention
    modifies a noun after it ("the Apollo moon landings", "NASA's Apollo launches"). "Northair
    said", "Northair's jets" and "the Acme 9 phone" beside "Acme said" are actors all the same.

    >>> # "the Starhawk 7 crew" ... "the Starhawk launches"          -> True
    >>> # "the Starhawk 7 crew" ... "Starhawk said it was ready"     -> False
    """
    if not spans or any(len(s) != 1 for s in spans):
        return False
    numbered = False
    for span in spans:
        tok = span[0]
        if tok.dep_ not in {"compound", "nmod", "amod"} or tok.head.i <= tok.i:
            return False
        if tok.head.pos_ not in {"NOUN", "PROPN"}:
            return False
        after = doc[tok.i + 1]
        numbered = numbered or (after.like_num and after.i < tok.head.i and bool(tok.whitespace_))
    return numbered
