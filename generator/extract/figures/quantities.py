"""Quantities in a unit of measure or of time: what they measure is the noun they modify ("a
two-day visit"), the noun after "of" ("600 tons of petroleum"), a place they are "from" (a
distance), or the verb they are the length of ("sentenced to 15 months")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from generator.extract.figures.measured import LIGHT_VERBS, SAYING, Measure, described, of_object
from generator.extract.figures.phrase import noun_phrase, plain, unit_of, verb_of
from generator.extract.figures.words import DIMENSIONS, DURATION_UNITS, PEOPLE, RATE_NOUNS, SETTLEMENTS

_NOUN_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def measured(unit: Token, span: Span) -> Measure | None:
    """A quantity in a unit: what it measures is the noun it modifies ("a two-day visit", "a 2
    million-barrel cap"), the noun after "of" ("600 tons of petroleum", "30 years of a treaty")
    or the verb it is the object of ("coached for 42 years" is a window, "served 42 years" not)."""
    name = unit_of(unit)
    into = elapsed(unit, span) if name in DURATIONS else None
    if into is not None:
        return replace(into, unit=name)  # "turned back four hours into the flight"
    size = _dimension(unit, span)
    if size is not None:
        return replace(size, unit=name)
    if unit.dep_ in _NOUN_DEPS and unit.head.pos_ == "NOUN" and unit.head.i > unit.i:
        thing = unit.head
        while thing.dep_ == "compound" and thing.head.pos_ == "NOUN" and thing.head.i > thing.i:
            thing = thing.head  # "a 42-yard field goal"
        found = described(thing, span)
        if found is not None and name in DURATIONS:
            found = replace(found, what=f"{found.what} duration")  # "an 11-hour flight": how long
        return replace(found, unit=name) if found else None
    if unit.dep_ == "appos" and unit.head.pos_ == "NOUN" and not any(c.like_num for c in unit.head.children):
        found = described(unit.head, span)  # "the size of the leak -- 2.6 terabytes"
        return replace(found, unit=name) if found else None
    after_of = of_object(unit, ("of",))
    if after_of is not None:
        found = described(after_of, span)
        return replace(_done_with(unit, found), unit=name) if found else None
    head = unit.head
    if (
        unit.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.pos_ == "NOUN"
        and head.head.lemma_.lower() not in PEOPLE | KIN | WINDOWS
    ):
        # "a speed limit of 12 mph", "an altitude of 770 km": the noun the quantity is of; "a pause
        # in the fighting of two weeks", where the parse hangs it on the noun after "in": the pause
        thing = head.head
        if thing.dep_ == "pobj" and thing.head.lower_ == "in" and thing.head.head.pos_ == "NOUN":
            thing = thing.head.head
        found = described(thing, span)
        return replace(found, unit=name) if found else None
    place = of_object(unit, ("from",))
    if place is None and unit.dep_ in ("attr", "npadvmod") and head.lemma_ in ("be", "lie", "sit"):
        place = of_object(head, ("from",))  # "which is 15 km (nine miles) from Banki"
    if place is not None and name in LENGTH_UNITS:
        # "Kumshe is 15 kilometres from Banki": a distance
        name_words = [t.text for t in place.lefts if t.dep_ in ("compound", "amod")] + [place.text]
        what = f"distance from {' '.join(name_words)}"
        return Measure(what, f"distance|{plain(place)}", None, verb_of(unit), unit=name)
    away = _distance_or_speed(unit, span, name)
    if away is not None:
        return away
    tenure = _tenure(unit, span, name)
    if tenure is not None:
        return tenure
    within = head.lower_ in ("to", "by", "for") or (head.lower_ == "in" and _brief(span))
    if unit.dep_ == "pobj" and within and head.head.pos_ == "VERB":
        # "sentenced to 15 months", "extended her remand by eight days", "protested for eight
        # years", "were shot in just three days": the length of what the verb does (a window
        # "in", "within", "over" is no figure)
        head = head.head
        verb_object = next((c for c in head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    elif unit.dep_ in ("dobj", "attr", "npadvmod"):
        verb_object = None
    else:
        return None
    if head.pos_ in ("VERB", "AUX") and head.lemma_ not in SAYING | {"be"}:
        subject = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
        property_of = _property(head, subject, span)
        if property_of is not None:
            return replace(property_of, unit=name)
        words = [subject.text] if subject is not None and subject.pos_ in ("NOUN", "PROPN") else []
        words += [head.text] + [c.text for c in head.children if c.dep_ == "prt"]
        # "held hostage for two years"
        words += [c.text for c in head.children if c.dep_ in ("oprd", "acomp") and c.i < unit.i]
        if verb_object is not None:
            words.append(noun_phrase(verb_object, span))
        # "spent seven years with the Bengals": with whom, where
        for prep in (
            c
            for c in [*head.children, *unit.children]
            if c.dep_ == "prep" and c.lower_ in ("with", "at", "in", "for")
        ):
            obj = next(
                (
                    o
                    for o in prep.children
                    if o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN") and o.i != unit.i
                ),
                None,
            )
            if obj is not None:
                words += [prep.text, noun_phrase(obj, span)]
                break
        return Measure(" ".join(words), f"{head.lemma_.lower()}", None, head, unit=name)
    return None


SPEED_UNITS = frozenset({"mph", "km/h", "knots"})
_SIZE_KEYS = {"speed": "speed|going", "distance": "distance|away"}
HEIGHTS = {"above": "height", "below": "depth", "beneath": "depth"}
"""Prepositions after a length that make it a height over or a depth under a place: "orbiting
230 miles above Earth" (the station's height), "trapped 40 metres below ground"."""


def _distance_or_speed(unit: Token, span: Span, name: str | None) -> Measure | None:
    """How far away a thing is ("the galaxy is located 3.8 billion light years away" -> "galaxy
    distance"), how high above a place ("speeding 230 miles above Earth" -> "height") or how
    fast it goes ("the asteroid travels at 25,000 mph" -> "asteroid speed"):
    the subject of the verb, when it is a thing (not "it")."""
    if name in LENGTH_UNITS and unit.head.lower_ == "away":
        size = "distance"
    elif name in LENGTH_UNITS and unit.head.lower_ in HEIGHTS and unit.head.dep_ == "prep":
        size = HEIGHTS[unit.head.lower_]  # "the station was speeding 230 miles above Earth"
    elif name in SPEED_UNITS and unit.dep_ in ("pobj", "dobj", "npadvmod", "attr"):
        size = "speed"
    else:
        return None
    verb = verb_of(unit)
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None) if verb is not None else None
    subject = about(subject, verb)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        if size == "distance" and name in ("m", "feet", "yards"):
            return None  # "we were just five metres away": where a witness stood
        return Measure(size, _SIZE_KEYS.get(size, f"{size}|at"), None, verb, unit=name)
    # "the tram", "the driver" went at one speed (not the "top speed" it is built for)
    key = _SIZE_KEYS.get(size, f"{size}|at")  # "the galaxy", "the planets": one distance
    return Measure(f"{noun_phrase(subject, span)} {size}", key, None, verb, unit=name)


def _tenure(unit: Token, span: Span, name: str | None) -> Measure | None:
    """A window that is someone's time with a team or an employer: "won 50 games in his five
    seasons with Tarvo", "in 12 years at the bank" -> "seasons with Tarvo" (a bare window, "in
    five years", "over two weeks", stays no figure)."""
    if unit.dep_ != "pobj" or unit.head.lower_ not in ("in", "during", "over", "after"):
        return None
    prep = next((c for c in unit.children if c.dep_ == "prep" and c.lower_ in ("with", "at", "for")), None)
    obj = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep is not None else None
    if prep is None or obj is None or obj.pos_ not in ("PROPN", "NOUN"):
        return None
    what = f"{name or unit.lower_} {prep.lower_} {noun_phrase(obj, span)}"
    return Measure(what, f"tenure|{plain(obj)}", None, verb_of(unit), unit=name)


KIN = frozenset({"boyfriend", "girlfriend", "wife", "husband", "partner", "friend", "spouse", "fiancé"})
"""People a length of time describes ("her boyfriend of four years"): no figure of the story."""
WINDOWS = frozenset({"space", "period", "course", "span", "matter", "basis", "window", "stretch"})
"""Nouns of a window of time ("in the space of 12 months"): when, not how long something lasted."""
LENGTH_UNITS = frozenset({"km", "miles", "m", "feet", "yards", "nautical miles", "light years", "parsecs"})
"""Units of length, in which a quantity "from" a place is a distance."""


def _dimension(unit: Token, span: Span) -> Measure | None:
    """The depth, length, height or width of a thing, from the adjective after the quantity:
    "the well was about 40 metres deep", "an 80m-deep well", "a truck, perhaps 45 feet long",
    "the rocket ... standing over 200 feet tall", "a well measuring 130ft deep" (the noun
    before the participle).

    >>> measure(nlp("The well was about 40 metres deep.")[3:6], False).what
    'well depth'
    """
    adj: Token | None = unit.head
    verb = unit.head.head
    if adj is None or adj.lower_ not in DIMENSIONS or adj.i == unit.i:
        # "measuring 130ft deep", parsed with the adjective under the unit
        adj = next((c for c in unit.rights if c.lower_ in DIMENSIONS and c.dep_ == "amod"), None)
        verb = unit.head
    if adj is None or unit.dep_ not in _NOUN_DEPS | {"nummod", "advmod"}:
        return None
    thing: Token | None = None
    if adj.dep_ == "amod" and adj.head.i != unit.i and _nounish(adj.head) and not unit_of(adj.head):
        thing = adj.head
    else:
        for level in range(3):
            subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
            if subject is not None:
                thing = subject
                break
            before = verb.doc[verb.i - 1] if verb.i > 0 else None
            if level == 0 and verb.pos_ == "VERB" and before is not None and _nounish(before):
                thing = before  # "a well measuring 130ft deep", "the well measured 30cm wide" misparsed
                break
            if verb.head.i == verb.i:
                break
            verb = verb.head
    if thing is None or thing.pos_ == "PRON" or span.start <= thing.i < span.end or unit_of(thing):
        return None
    size = DIMENSIONS[adj.lower_]
    return Measure(f"{noun_phrase(thing, span)} {size}", f"{plain(thing)}|{size}", None, verb_of(thing))


def about(subject: Token | None, verb: Token | None) -> Token | None:
    """The noun a relative clause is about, for its subject "which" or "that": "the probe, which
    weighed 8.5 tonnes" -> probe; any other subject as it is."""
    if (
        subject is not None
        and verb is not None
        and subject.lower_ in ("which", "that")
        and verb.dep_ == "relcl"
    ):
        return verb.head
    return subject


def _nounish(token: Token) -> bool:
    """A noun, also where the tagger took it for another word ("a deserted well" as an adverb)."""
    return token.pos_ in ("NOUN", "PROPN") or token.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")


PROPERTIES = {"weigh": "weight", "last": "length", "take": "length"}
"""Verbs whose quantity is a property of their subject: "the module weighs 19,000 pounds" (its
weight), "the surgery took three hours" (its length, the same measure as "a three-hour
surgery")."""


def _property(verb: Token, subject: Token | None, span: Span) -> Measure | None:
    """The weight or length of a thing, from a verb of having that property: the subject, or the
    noun a participle describes ("pieces weighing up to 100kg", "the Roadster, weighing around
    2,760 pounds").

    >>> measured(nlp("The module weighs nearly 19,000 pounds.")[5], nlp("The module")[0:1]).what
    'module weight'
    """
    prop = PROPERTIES.get(verb.lemma_.lower())
    if prop is None:
        return None
    if prop == "length" and verb.lemma_ == "take" and (subject is None or subject.lower_ == "it"):
        return _time_to(verb, span)
    thing = about(subject, verb)
    if thing is None and verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBG" and prop == "weight":
        before = verb.doc[verb.i - 2 if verb.doc[verb.i - 1].text == "," else verb.i - 1]
        thing = verb.head if verb.dep_ == "acl" else before
    if thing is None or thing.pos_ not in ("NOUN", "PROPN"):
        return None
    phrase = noun_phrase(thing, span)
    if prop == "length":  # "the surgery took three hours" is the surgery's, as "a three-hour surgery"
        return Measure(f"{phrase} duration", plain(thing), None, verb)
    return Measure(f"{phrase} {prop}", f"{plain(thing)}|{prop}", None, verb)


def population(noun: Token, span: Span) -> Measure | None:
    """The people of a place: "Nebi Saleh is a village of about 600 people" -> "population of Nebi
    Saleh", "a town of 20,000" -> "population of town"; ``noun`` is the counted noun or the
    number itself, after "of"; not "a town of 40 shops"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.lemma_.lower() not in SETTLEMENTS:
        return None
    if noun.pos_ == "NOUN" and noun.lemma_.lower() not in PEOPLE | {"inhabitant", "resident", "soul"}:
        return None  # "a town of 40 shops"
    place = noun.head.head
    name = place.head if place.dep_ == "appos" else None  # "Tarvo, a village of 600 people"
    if place.dep_ == "attr" and place.head.lemma_ == "be":
        name = next((c for c in place.head.children if c.dep_ in _SUBJECTS), None)
    if name is None or name.pos_ != "PROPN":
        name = place
    return Measure(
        f"population of {noun_phrase(name, span)}", f"{plain(place)}|population", "people", verb_of(place)
    )


def _time_to(took: Token, span: Span) -> Measure | None:
    """The time something took, from "it took X N to do Y": "it took the ambulance 30 minutes to
    get to the scene" -> "time for ambulance to get to scene"; "it took 40 hours to reach the
    boy" -> "time to reach boy".

    >>> measure(nlp("It took the ambulance 30 minutes to get to the scene.")[4:6], False).what
    'time for ambulance to get to scene'
    """
    doing = next(
        (
            c
            for c in took.children
            if c.dep_ in ("advcl", "xcomp", "ccomp")
            and c.pos_ in ("VERB", "AUX")
            and c.i > span.end - 1
            and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
        ),
        None,
    )
    if doing is None or doing.lemma_ == "do":
        return None  # "taking six months to do so": to do what, the clause does not say
    who = next(
        (
            c
            for c in took.children
            if c.dep_ in ("dobj", "dative")
            and c.pos_ in ("NOUN", "PROPN")
            and c.i < span.start
            and not unit_of(c)
        ),
        None,
    )
    words = ["time"] + ([f"for {noun_phrase(who, span)}"] if who is not None else []) + ["to", doing.text]
    for child in doing.children:
        if child.dep_ == "prt":
            words.append(child.text)
        elif child.dep_ in ("dobj", "prep") and child.i > doing.i:
            obj = (
                child if child.dep_ == "dobj" else next((o for o in child.children if o.dep_ == "pobj"), None)
            )
            if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
                words += ([child.text] if child.dep_ == "prep" else []) + [noun_phrase(obj, span)]
            break
    return Measure(" ".join(words), f"time|{doing.lemma_.lower()}", None, took)


def _done_with(unit: Token, found: Measure) -> Measure:
    """A quantity of a stuff that is the object of what was done with it names the doing, and how
    often: "the glacier loses 45 billion tons of ice every year" -> "loses ice every year"; "the
    ship delivered 600 tons of fuel" -> "delivered fuel"; not "has 600 tons of fuel"."""
    verb = unit.head
    if unit.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_ in LIGHT_VERBS | SAYING:
        return found
    words = [verb.lower_, *(c.lower_ for c in verb.children if c.dep_ == "prt"), found.what]
    every = next(
        (
            c
            for c in verb.children
            if c.dep_ == "npadvmod"
            and c.lemma_.lower() in RATE_NOUNS
            and any(d.lower_ in ("every", "each", "a", "per") for d in c.children)
        ),
        None,
    )
    if every is not None:
        words += [t.lower_ for t in every.subtree]
    return replace(found, what=" ".join(words), verb=verb)


DURATIONS = frozenset(DURATION_UNITS.values())


def elapsed(unit: Token, span: Span) -> Measure | None:
    """How long something had run when a thing happened: "the plane turned around four hours into
    its flight" -> "hours into flight (turned around)"; "made a U-turn two hours into the trip"
    -> "hours into trip (made U-turn)". Every such figure of a story is one measure.

    >>> measure(nlp("The plane turned back four hours into the flight.")[4:6], False).what
    'hours into flight (turned back)'
    """
    doc = unit.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "into":
        return None
    obj = next((o for o in doc[span.end].children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
    if obj is None:
        return None
    verb = verb_of(doc[span.end])
    done = ""
    if verb is not None and verb.pos_ == "VERB" and verb.dep_ != "amod" and verb.lemma_ not in SAYING:
        end = span.start if verb.i < span.start <= verb.i + 5 else verb.i + 1
        words = doc[verb.i + 1 : end]
        if any(t.is_punct and t.text != "-" for t in words):
            words = doc[verb.i + 1 : verb.i + 1]  # "A flying first for me: 4 hours into ...": no object
        rest = "".join(t.text_with_ws for t in words if t.dep_ != "det")
        done = f"{verb.text} {rest}".strip()  # "turned back", "made u-turn"
    what = f"{unit.lower_} into {noun_phrase(obj, span)}" + (f" ({done})" if done else "")
    return Measure(what, "into", None, verb)


BRIEF = ("just", "only", "under", "barely", "less than")
"""Words before a length after "in" that make it how long the doing took ("shot in just three
days", "sold out in under an hour"), not a window ("in five years")."""


def _brief(span: Span) -> bool:
    text = span.text.lower()
    return any(text.startswith(word + " ") for word in BRIEF)
