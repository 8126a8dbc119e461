"""What a number counts, read from the parse: the noun it modifies ("84 people"), the noun after
"of" ("dozens of missiles"), or the verb and subject around it ("the toll rose to 85",
"killing 58"); a count of people hit by what happened is a toll ("people killed")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from generator.extract.figures.candidates import QUALIFIER_WORDS
from generator.extract.figures.comparisons import multiple, rank
from generator.extract.figures.groups import counted_people, occurrences
from generator.extract.figures.intervals import interval
from generator.extract.figures.measured import (
    SAYING,
    SPEAKING,
    Measure,
    described,
    done_to,
    few,
    gapped,
    of_object,
    restated,
)
from generator.extract.figures.money import bid_for, described_by, named_phrase, of_amount
from generator.extract.figures.phrase import noun_phrase, plain, unit_of, verb_of
from generator.extract.figures.quantities import measured, population
from generator.extract.figures.serials import serial
from generator.extract.figures.sport import fact_box, race_mark, result
from generator.extract.figures.tolls import bare_toll, severity, toll_event, toll_of, toll_word
from generator.extract.figures.words import (
    COUNTED_WHEN_MANY,
    NOT_COUNTED,
    PEOPLE,
    SCALES,
    TOLL,
    TOLL_NOUNS,
)

_MODIFIER_DEPS = frozenset({"nummod", "compound", "amod", "nmod", "quantmod", "npadvmod", "det"})
_NOUN_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "pobj", "nsubj", "appos", "conj"})
_CHANGE_PREPS = frozenset({"to", "by", "from", "at", "of", "with"})
_NOT_DOING = SAYING | {"be"}
_TAKEN_FROM = frozenset({("off", "MONEY"), ("off", "PERCENT"), ("on", "MONEY")})
"""(preposition, amount's label) that name what a change is of: "shed $11 billion off its value",
"lost $5m on its chip unit"."""
_PRICE_PREPS = frozenset({"above", "below", "under", "over", "near", "around"})
"""Prepositions of a price a named thing reached ("leaping above $2")."""
AMOUNT_VERBS = frozenset({"represent", "total", "equal", "amount", "reach", "top", "cost", "retail"})
"""Verbs whose subject is what the amount after them measures: "the bid represents $82 a share",
"the phone costs $849" (its price)."""
CIRCUMSTANCES = frozenset({
    "amid", "during", "over", "after", "before", "since", "in", "at", "within", "despite", "until",
    "around", "as", "like", "than", "by", "to", "because", "due",
})  # fmt: skip
"""Prepositions of the circumstances of a change ("fell 3% amid a broad sell-off", "in early
trading"), not of what an amount is taken from or spent on ("knock $5 billion off its profit",
"spend $20 billion on headsets"); "in" is what the money is ("received $7m in funding") unless
it follows a verb of change."""
CHANGE_VERBS = frozenset({
    "fall", "drop", "rise", "lose", "gain", "jump", "climb", "slide", "slump", "increase",
    "decrease", "grow", "shrink", "plunge", "soar", "surge", "tumble", "sink", "dip", "shed", "add",
})  # fmt: skip
"""Verbs whose subject is what changed by the amount after them: "the market value of Tarvo
dropped more than $11 billion"."""
TOTALS = frozenset(
    {"total", "number", "tally", "estimate", "count", "crowd", "force", "fleet", "sum", "figure"}
)
"""Nouns a count after "of" is the size of: "a total of 85", "a crowd of 20,000"."""


def measure(span: Span, money_or_share: bool) -> Measure | None:
    """What the number in ``span`` counts, or None when the parse does not tell.

    >>> measure(nlp("At least 58 people were killed.")[0:3], False).what
    'people killed'
    """
    root = span.root
    if root.lower_ in QUALIFIER_WORDS - {"between"} and len(span) > 1:  # "turned around four hours"
        root = next((t for t in reversed(span) if not span.start <= t.head.i < span.end), root)
    head = root.head
    noun: Token | None = None
    if span.label_ == "SERIAL":
        return serial(span)  # "its sixth nuclear test"
    if span.label_ == "LATER":
        return interval(span)  # "crashed about 10 minutes later"
    if span.label_ in ("SCORE", "RANK"):
        return result(span) if span.label_ == "SCORE" else rank(span)
    compared = multiple(span)
    if compared is not None:
        return compared  # "10 to 100 times faster than current networks"
    bare = None if money_or_share else bare_toll(span)
    if bare is not None:  # "12 dead, 18 injured in bus crash"
        verb = verb_of(bare[1]) or bare[1]  # "left 50 dead": the verb the state hangs on
        event = toll_event(verb, span)
        what = f"people {bare[0]}" + (f" in {event}" if event else "")
        return Measure(what, f"people|{bare[0]}", "people", verb, True)
    mark = race_mark(span) or fact_box(span)
    if mark is not None:
        return mark
    if unit_of(root) and not root.like_num:
        noun = root  # a length of time or a quantity the model tagged whole: "two-day", "42 years"
    elif (
        root.dep_ in _MODIFIER_DEPS
        and head.pos_ in ("NOUN", "PROPN", "ADJ")
        and head.i != root.i
        and (head.i > root.i or root.dep_ == "nmod")
    ):
        noun = head
        adjective = noun.pos_ == "ADJ" and noun.dep_ == "amod" and not unit_of(noun)  # not "2.6-terabyte"
        if adjective and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
            noun = noun.head  # "a dozen current and former world leaders": the leaders, not "current"
        hyphened = root.i + 1 < len(root.doc) and root.doc[root.i + 1].text == "-"
        if hyphened and noun.dep_ in ("compound", "amod") and noun.head.i > noun.i and not unit_of(noun):
            return None  # "a two-car tram", "a seven-member committee": what it is, not a count
        while (
            noun.dep_ == "compound"
            and noun.head.i > noun.i
            and not hyphened
            and not unit_of(noun)
            and noun.lemma_.lower() not in PEOPLE
        ):
            noun = noun.head  # "three quarterback hits" (a noun whatever its tag); not "a 66-yard pass"
    if noun is None:
        noun = of_object(root, ("of", "in") if money_or_share else ("of",))
    if noun is None and money_or_share and of_amount(root) is not None:
        return of_amount(root)  # "two thirds of the $5 billion"
    if noun is not None and unit_of(noun) and not money_or_share:
        return measured(noun, span)
    if noun is not None:
        return _of_noun(noun, span, money_or_share)
    return _of_clause(root, span, money_or_share)


GENERIC_PEOPLE = frozenset({"people", "person", "other", "one", "body", "victim", "individual", "life"})
"""Nouns a toll counts anyone with ("two dead bodies", "20,000 lives"): a toll of people, the same
measure as "people killed"; a group ("children", "soldiers") stays its own."""


def _of_noun(noun: Token, span: Span, money_or_share: bool) -> Measure | None:
    lemma = noun.lemma_.lower()
    if noun.lower_.rstrip(".") in SCALES:
        return None  # "£2.3m.": the scale word is no thing counted
    if money_or_share:
        return bid_for(noun, described(noun, span))
    if noun.dep_ == "nsubj" and noun.head.lemma_ in SPEAKING and few(span):
        return None  # "two senior officials told Reuters", "two different men claim": sources
    if lemma in TOLL_NOUNS or noun.lower_ in TOLL_NOUNS:  # "84 dead", "18 injured", "a toll of 85"
        return _toll(noun, TOLL.get(lemma) or TOLL.get(noun.lower_, "killed"), None, span)
    happened = (
        toll_of(noun, span) if noun.pos_ == "NOUN" and (lemma not in NOT_COUNTED or lemma in PEOPLE) else None
    )
    if happened is not None:  # "84 people were killed", "rescuers freed 12 miners"
        word, participle = happened
        return _toll(noun, participle, word if word.pos_ != "NOUN" else verb_of(word), span)
    whole = _whole_of(noun)
    if whole is not None:  # "its 25 crewmen — 23 Chinese citizens and two men from Myanmar"
        found = described(noun, span)
        if found is not None:
            head = noun_phrase(whole, span)
            return replace(found, what=f"{head} ({found.what})", key=f"{plain(whole)}|{found.key}")
    if lemma in PEOPLE or noun.lower_ in ("others", "dead", "wounded"):
        return counted_people(noun, span)
    if noun.lower_ in ("times", "occasions") and noun.dep_ in ("npadvmod", "pobj", "dobj"):
        return occurrences(noun)  # "docked six times", "on two occasions"
    if noun.dep_ == "attr" and restated(noun.head):
        return None  # "those are two takeaways", "it was one of three": a count the text restates
    if (lemma in NOT_COUNTED and (lemma not in COUNTED_WHEN_MANY or few(span))) or noun.pos_ == "PROPN":
        return None
    if noun.head.pos_ == "NOUN" and noun.head.lemma_.lower() in TOLL_NOUNS and noun.dep_ == "compound":
        return _toll(noun.head, TOLL[noun.head.lemma_.lower()], None)
    return done_to(noun, described(noun, span))


def _whole_of(noun: Token) -> Token | None:
    """The counted noun a part is set beside ("25 crewmen — 23 Chinese citizens and two men"):
    the head of the apposition after a dash or a bracket that the noun (or the first of its
    conjuncts) is, when that head has a number of its own."""
    token = noun
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ != "appos" or token.head.pos_ != "NOUN" or token.left_edge.i == 0:
        return None
    if token.doc[token.left_edge.i - 1].text not in ("—", "–", "-", "--", "("):
        return None  # a list ("eight fire engines, five rescue units") is no breakdown
    whole = token.head
    return whole if any(c.dep_ == "nummod" and c.like_num for c in whole.children) else None


def _toll(noun: Token, participle: str, verb: Token | None, span: Span | None = None) -> Measure:
    lemma = noun.lemma_.lower()
    who = "people" if lemma in TOLL or lemma in GENERIC_PEOPLE or noun.lower_ == "others" else noun.lower_
    if lemma in TOLL:
        who = "people"
    verb = verb or verb_of(noun)
    event = toll_event(verb, span) if span is not None else None
    degree = severity(verb, noun, span)
    if degree:  # "20 others were slightly hurt": another measure than all the injured
        return Measure(f"{who} {degree} {participle}", f"{who} {degree}|{participle}", who, verb, True)
    what = f"{who} {participle}" + (f" in {event}" if event else "")
    return Measure(what, f"{who}|{participle}", who, verb, True)


def _of_clause(root: Token, span: Span, money_or_share: bool) -> Measure | None:
    """A number with no noun: "killing 58", "rose to 85", "the charge was $5 billion"."""
    token = root
    prep = None
    if span.start > 0 and span.doc[span.start - 1].lower_ == "the" and money_or_share:
        return None  # "two thirds of the $5 billion": an amount named before
    if token.dep_ == "pobj" and token.head.dep_ in ("prep", "agent"):
        prep = token.head
        token = prep
    head = token.head
    if head.i == token.i:
        return None
    if prep is None and not money_or_share and token.dep_ == "dobj" and gapped(root, span) is not None:
        return gapped(root, span)  # "HSBC has 2,300 offshore companies, Credit Suisse has 1,105"
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if token.dep_ == "conj" and after is not None and after.i != head.i and toll_word(after):
        head = after  # "left 50 dead and 400 wounded": its own word
    if (
        prep is None
        and not money_or_share
        and token.dep_ in ("dobj", "nsubj", "nsubjpass", "conj")
        and toll_word(head)
    ):
        word = toll_word(head)
        event = toll_event(head, span)
        what = f"people {word}" + (f" in {event}" if event else "")
        return Measure(what, f"people|{word}", "people", head, True)
    if prep is not None and head.pos_ in ("NOUN", "PROPN") and prep.lower_ in ("of", "at"):
        if not money_or_share and population(root, span) is not None:
            return population(root, span)  # "a town of 20,000"
        if not money_or_share and head.lemma_.lower() not in TOLL_NOUNS | TOTALS:
            return None  # "a father of four", "a family of five": not the story's count
        return _of_noun(head, span, money_or_share)
    if head.pos_ not in ("VERB", "AUX", "ADJ", "ADV"):
        return None
    subject = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
    relative = subject is None or (money_or_share and subject.lower_ in ("which", "that"))
    if relative and head.dep_ == "relcl" and head.head.pos_ in ("NOUN", "PROPN"):
        subject = head.head  # "the deal, which amounts to $148.9 billion", "the Roadster, which sells for"
    obj = next((c for c in head.children if c.dep_ == "dobj" and c.i != root.i), None)
    if prep is not None and prep.lower_ in _CHANGE_PREPS | _PRICE_PREPS:
        thing = obj or subject or (described_by(head) if money_or_share else None)  # "a deal valued at"
        if thing is not None and thing.pos_ == "NOUN" and prep.lower_ in _CHANGE_PREPS:
            if thing.lemma_.lower() in TOLL_NOUNS and not money_or_share:
                return _toll(thing, TOLL[thing.lemma_.lower()], head, span)
            found = described(thing, span, verb=head)
            if found is not None and money_or_share and prep.lower_ == "at" and head.lemma_ != "be":
                priced = "at" if head.lower_ in found.what.split() else f"{head.lower_} at"
                found = replace(found, what=f"{found.what} {priced}")  # "stock trading at", "deal valued at"
            return found
        if thing is not None and thing.pos_ == "PROPN" and money_or_share and head.pos_ == "VERB":
            # "Tarvocoin rose about 2 percent to $753.57", "Tarvocoin is valued at $7,348": its price
            words = [noun_phrase(thing, span), head.text, *(c.text for c in head.children if c.dep_ == "prt")]
            return Measure(" ".join(words), f"{plain(thing)}|{head.lemma_.lower()}", None, head)
        return None
    if prep is None and not money_or_share and token.dep_ in _SUBJECTS:
        happened = toll_of(root, span)  # "at least 84 now lay dead", "more than 50 were taken to hospital"
        if happened is not None:
            done = toll_event(head, span)
            what = f"people {happened[1]}" + (f" in {done}" if done else "")
            return Measure(what, f"people|{happened[1]}", "people", head, True)
    if token.dep_ in ("attr", "acomp") and subject is not None and subject.pos_ in ("NOUN", "PROPN"):
        if subject.pos_ == "PROPN" and not money_or_share:
            return None  # "Tarvo was 20 of 29 for 226 yards", "Ann is 50": a line of figures, an age
        if subject.lemma_.lower() in TOLL_NOUNS and not money_or_share:
            return _toll(subject, TOLL[subject.lemma_.lower()], head, span)
        return described(subject, span, verb=head)
    if money_or_share and head.lemma_ == "worth" and head.head.pos_ in ("AUX", "VERB"):
        owner = next((c for c in head.head.children if c.dep_ in _SUBJECTS and c.pos_ == "NOUN"), None)
        return described(owner, span, verb=head.head) if owner is not None else None  # "the deal is worth"
    sold_for = prep is not None and prep.lower_ == "for" and head.pos_ == "VERB"
    if money_or_share and sold_for and subject is not None and subject.pos_ == "NOUN":
        what = f"{noun_phrase(subject, span)} {head.text}"  # "the club was sold for £2.3m"
        return Measure(what, f"{plain(subject)}|{head.lemma_}", None, head)
    if (
        money_or_share
        and token.dep_ in ("dobj", "npadvmod")
        and head.pos_ == "VERB"
        and head.lemma_ not in SAYING
    ):
        words = [head.text.lower()] + [c.text.lower() for c in head.children if c.dep_ == "prt"]
        given = next(
            (
                c
                for c in head.children
                if c.dep_ in ("dative", "dobj") and c.i < span.start and c.pos_ in ("NOUN", "PROPN")
            ),
            None,
        )
        if given is not None:  # "lent the owners of a ski resort $11 million", "fined Tarvo Bank $12m"
            words.append(noun_phrase(given, span))
        # "the Pixel 2 XL costs $849" (its price); "the rules could cost them $1 billion" (a charge)
        to_whom = any(c.dep_ in ("dative", "dobj") and c.i < span.start for c in head.children)
        if (
            head.lemma_ in AMOUNT_VERBS
            and subject is not None
            and subject.pos_ in ("NOUN", "PROPN")
            and not to_whom
        ):
            price = "price" if head.lemma_ in ("cost", "retail") else ""
            return described(subject, span, verb=head, suffix=price)  # "the new bid represents $82 per share"
        # "knock $5 billion off its profit", "shares fell 1 percent": what the amount is taken
        # from, else the subject of a verb of change
        if subject is None and head.dep_ == "xcomp":
            # "led 843 companies to bring back $312 billion": the object above is the doer
            subject = next((c for c in head.head.children if c.dep_ == "dobj"), None)
            if subject is not None and subject.pos_ == "NOUN":
                words = [noun_phrase(subject, span), *words]
        if subject is None and head.dep_ in ("xcomp", "acl", "advcl") and token.dep_ == "npadvmod":
            # "Tarvo Corp gave up gains to fall 3%", "the price yo-yoed, falling 14%": the subject
            # of the verb above
            above = head.head if head.head.pos_ in ("VERB", "AUX") else head.head.head
            subject = next((c for c in above.children if c.dep_ == "nsubj"), None)
            if subject is None and head.dep_ == "acl" and head.head.pos_ == "NOUN":
                subject = head.head  # "the price of the coin, falling 14%"
            if subject is not None and subject.pos_ in ("PROPN", "NOUN"):
                words = [noun_phrase(subject, span), *words]
                return Measure(" ".join(words), f"{plain(subject)}|{head.lemma_.lower()}", None, head)
        changed = token.dep_ == "npadvmod" or head.lemma_ in CHANGE_VERBS
        target = subject if subject is not None and subject.pos_ == "NOUN" and changed else None
        target = target or next(
            (
                o
                for c in head.children
                if c.dep_ == "prep"
                and c.i > token.i  # "In one case, ... was given $1 billion": no thing the money is
                and (c.lower_ not in CIRCUMSTANCES or (c.lower_ == "in" and head.lemma_ not in CHANGE_VERBS))
                # "rose 6% from its lows", "fell 3% on the news"; but "lost $5m on its chip unit"
                and (head.lemma_ not in CHANGE_VERBS or (c.lower_, span.label_) in _TAKEN_FROM)
                for o in c.children
                if o.dep_ == "pobj" and o.pos_ == "NOUN" and o.ent_type_ not in ("DATE", "TIME")
            ),
            None,
        )
        if target is None and subject is not None and subject.pos_ == "PROPN" and changed:
            target = subject  # "Tarvocoin surges 56 percent"; "lost $5m on its chip unit" names the unit
        if target is not None:
            phrase = named_phrase(target, span)
            return Measure(
                f"{phrase} {' '.join(words)}", f"{plain(target)}|{head.lemma_.lower()}", None, head
            )
        if subject is not None and subject.pos_ == "NOUN" and noun_phrase(subject, span) not in words:
            # "an offshore entity was given about $1 billion": who got it; "the coin raised $800,000"
            phrase = named_phrase(subject, span)
            key = f"{plain(subject)}|{head.lemma_.lower()}"
            done = " ".join(words)
            what = phrase if phrase.endswith(done) else f"{phrase} {done}"  # "a swindle that had attracted"
            return Measure(what, key, None, head)
        return Measure(" ".join(words), head.lemma_.lower(), None, head)
    return None
