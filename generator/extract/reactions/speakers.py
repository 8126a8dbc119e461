"""Speakers: who stands behind a speech verb, a pronoun or a "the Russian leader"-style phrase.

A pronoun or an office-holder's title points back to the nearest fitting named actor of the
previous sentences; the model's entities and the article's own roles say who fits.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from generator.extract import gazetteer
from generator.extract.base import actor_at, sentence_of
from generator.extract.reactions.antecedents import GENDER_WORDS, PRONOUNS, Antecedents, first_name_gender
from generator.extract.reactions.bodies import BODY_NOUNS, STATEMENT_NOUNS, body_actor, body_phrase
from generator.extract.reactions.descriptions import countries, role_words
from generator.extract.reactions.titles import PERSON_TITLES, ROLE_WORDS, VOICE_NOUNS, descriptor
from generator.records import Actor, Mention
from generator.text import name_key

PRONOUN_REACH = 5
"""A "he"/"she" that "added" looks back this many sentences for the last speaker."""
# Speech verbs that go on with the last speaker's words: "he added".
_GOES_ON = frozenset({"add", "continue"})
# Voice nouns that are one person, whom a later "he" or "she" may stand for.
SPOKESPEOPLE = frozenset(
    {"spokesperson", "spokesman", "spokeswoman", "representative", "official", "diplomat"}
)
_VOICE_ORDER = ("organization", "person", "country", "group")
# Short titles written before a name, besides the gendered ones ("Mr", "Mrs") and the offices.
HONORIFICS = frozenset("dr prof sen rep gov gen col capt lt sgt rev st hon".split())
# Ranks and posts written capitalised before a surname ("Commissioner Goodell", "Sgt. Diaz",
# "Labour MP Khan"): English titles of office, rank and trade, hand-listed.
_RANKS = frozenset(
    "judge justice commissioner inspector detective sergeant officer superintendent constable "
    "sheriff marshal trooper deputy corporal private major lieutenant colonel captain admiral "
    "commander ambassador envoy archbishop bishop cardinal rabbi imam pastor reverend father "
    "councillor councilman councilwoman congressman congresswoman assemblyman delegate mp mep "
    "attorney prosecutor counsel director manager skipper striker quarterback goalkeeper pitcher "
    "agent nurse doctor professor coach".split()
)
_TITLE_WORDS = PERSON_TITLES | HONORIFICS | ROLE_WORDS | _RANKS | GENDER_WORDS["m"] | GENDER_WORDS["f"]
"""Words before a name that are no first name, though the first-name dictionary may know them."""
# Links followed from a speaker noun to the name inside it.
_PHRASE_LINKS = frozenset({"compound", "poss", "prep", "pobj", "appos", "nmod", "amod", "flat", "conj"})
# Links along which a verb without a subject shares its head's: "vowed to deepen", "began by thanking".
_SUBJECTLESS = frozenset({"xcomp", "conj", "pcomp", "csubj"})
# "took to X to denounce", "used the speech to criticise": a purpose clause that is the reaction.
_CHANNEL_HEADS = frozenset({"take", "go", "use", "turn"})


class Speakers:
    """Who a speaker word stands for, in one article read from start to end.

    Remembers every speaker met so far, so that "he" and "the Russian leader" can point back.
    """

    def __init__(self, doc: Doc, actors: Sequence[Actor], mentions: Sequence[Mention], in_quote: set[int]):
        self.doc = doc
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.kind = {a.id: a.kind for a in actors}
        self.name = {a.id: a.name for a in actors}
        self.affiliation = {a.id: a.affiliation for a in actors if a.affiliation}
        self.country_iso = {
            a.id: c.iso for a in actors if a.kind == "country" and (c := gazetteer.country(a.name))
        }
        self.countries = countries(doc, actors, self.mentions)
        """Per actor, the countries whose demonym (or, for a body, name) describes it."""
        self.roles = role_words(doc, actors, self.mentions)
        self.antecedents = Antecedents(
            doc,
            sentence_of(doc),
            self.mentions,
            self.kind,
            self.name,
            {a.id: a.role for a in actors},
            in_quote,
        )
        self.in_quote = in_quote
        self.seen: list[tuple[int, str]] = []
        """(sentence, actor) of every speaker met so far, in reading order."""

    def own_side(self, speaker: str, other: str) -> bool:
        """True when ``other`` is the speaker's own organization, country or member: never what a
        reaction is about. Told by affiliation, by name ("Goldman" of "Goldman Sachs Group"), and
        by the words that describe the member ("China's Foreign Ministry", "South Korean
        presidential spokesman"; a person's country only by demonym or possessive, since a
        "Peru expert" need not be Peruvian).
        """
        if self.affiliation.get(speaker) == other or self.affiliation.get(other) == speaker:
            return True
        mine, theirs = name_key(self.name.get(speaker, "")), name_key(self.name.get(other, ""))
        bodies = {self.kind.get(speaker), self.kind.get(other)} <= {"organization"}
        if bodies and mine and theirs and (mine.startswith(theirs + " ") or theirs.startswith(mine + " ")):
            return True
        for country, member in ((other, speaker), (speaker, other)):
            iso = self.country_iso.get(country)
            if iso and self.kind.get(member) != "country" and iso in self.countries.get(member, set()):
                return True
        return False

    def mention_on(self, tok: Token) -> str | None:
        """The actor named by a mention that covers this token."""
        return actor_at(self.mentions, tok.idx, tok.idx + len(tok.text))

    def kind_of(self, tok: Token) -> str | None:
        """The kind of the actor named at this token, if any."""
        return self.kind.get(self.mention_on(tok) or "")

    def last_person(self, sent: int, reach: int | None = None) -> str | None:
        """The most recent person speaker, at most ``reach`` sentences back."""
        for s, actor in reversed(self.seen):
            if self.kind.get(actor) == "person" and (reach is None or sent - s <= reach):
                return actor
        return None

    def resolve(self, head: Token, sent: int, verb: Token | None = None) -> str | None:
        """The actor a speaker word stands for: a name, a pronoun, a title, or a phrase with a name.

        A pronoun is its antecedent's (``antecedents.py``); one that "added" or "continued" is
        the last speaker's, when that speaker is a person of its gender a few sentences back.
        """
        if head.lower_ in {"he", "she"}:
            if verb is not None and verb.lemma_.lower() in _GOES_ON:
                last = self.last_person(sent, PRONOUN_REACH)
                if last and self.antecedents.gender.get(last) in (None, PRONOUNS[head.lower_]):
                    return last
            return self.antecedents.resolve(head, sent)
        direct = self.mention_on(head)
        if direct and self.kind.get(direct) == "country" and _demonym_person(head):
            return None  # "the 46-year-old South African said": a person, not the country
        if (
            direct
            and self.kind.get(direct) == "person"
            and any(c.dep_ == "conj" and self.kind_of(c) == "person" for c in head.children)
        ):
            return None  # "Ana Li and Pavel Novak joked they had split": whose words, one cannot say
        if direct and self._namesake(head, direct):
            return None  # "Jos Verstappen said" where the actors took him for Max Verstappen
        if direct:
            return direct
        if body_phrase(head, verb):  # "the airline said", "it said"; "the statement from X" is X's
            inside = self._names_inside(head, _PHRASE_LINKS)
            return inside[0] if inside else body_actor(self, head, sent)
        # A surname the actors extractor did not map ("Anand said"), also one tagged a noun ("Mendes").
        if head.pos_ == "PROPN" or (head.pos_ == "NOUN" and head.text[:1].isupper()):
            owners = [
                a for a, n in self.name.items() if self.kind.get(a) == "person" and n.split()[-1] == head.text
            ]
            if len(owners) == 1 and not _other_name(head, self.name[owners[0]]):
                return owners[0]
        # A name in apposition is the speaker noun's own, whatever kind the actor was given:
        # "the chief financial officer, John Gerspach, said", "her father Bassem has said".
        for c in head.children:
            named = self.mention_on(c) if c.dep_ == "appos" else None
            kind = self.kind.get(named or "")
            if named and (kind == "person" or (head.pos_ == "NOUN" and kind != "country")):
                return named
        lemma = head.lemma_.lower()
        if lemma in SPOKESPEOPLE:
            named = self._spokesperson(head)
            if named is not None:
                return named or None
        if lemma in PERSON_TITLES:
            if head.tag_ in {"NNS", "NNPS"}:
                return None  # "retired military leaders": several people, not the last one named
            # A title before a name, with no article: "Mayor of Ruritania Ana Li said" is Ana Li.
            titled = [a for a in self._names_inside(head, _PHRASE_LINKS) if self.kind.get(a) == "person"]
            if len(titled) == 1 and not any(c.dep_ == "det" for c in head.children):
                return titled[0]
            person = descriptor(self, head, sent)
            if person:
                self.antecedents.add(head, person)
            return person
        # A name, not a lowercase noun the tagger calls one ("the German foreign ministry said").
        proper = head.pos_ == "PROPN" and head.text[:1].isupper()
        if proper and lemma in ROLE_WORDS:
            return None  # "the NFL Coach of the Year": a person nobody named, not the league
        if proper:
            links = frozenset({"compound"})  # "the U.S. Embassy"; not the title chain of an unknown name
        elif lemma in VOICE_NOUNS:
            links = _PHRASE_LINKS
        else:
            return None  # "the visit underscores ...": a thing, not a speaker
        found = self._names_inside(head, links)
        if not found and lemma in VOICE_NOUNS:  # "a company spokesman", "the airline's spokesman"
            kind_word = next(
                (
                    c
                    for c in head.children
                    if c.dep_ in {"compound", "poss"} and c.lemma_.lower() in BODY_NOUNS
                ),
                None,
            )
            if kind_word is None and lemma in STATEMENT_NOUNS and not _owned(head):
                kind_word = head  # "a government statement added": the statement of the last speaker
            body = body_actor(self, kind_word, sent) if kind_word is not None else None
            found = [body] if body else []
        # "A representative of the French embassy in Lima": the organization speaks, not the city.
        speaker = next((a for kind in _VOICE_ORDER for a in found if self.kind.get(a) == kind), None)
        speaker = speaker or (found[0] if found else None)
        if speaker is None and proper and verb is not None:
            self.antecedents.add(head, None)  # "Ajmal Jan, a shopkeeper, said": somebody unknown speaks
        if lemma in SPOKESPEOPLE and head.tag_ == "NN":
            # "A foreign ministry spokesman said ... 'All staff are safe,' he said": the spokesman.
            self.antecedents.add(head, speaker if self.kind.get(speaker or "") == "person" else None)
        return speaker

    def _namesake(self, head: Token, actor: str) -> bool:
        """True when the words at ``head`` name somebody else than the person the mention maps to:
        another first name ("Jos Verstappen" where only "Verstappen" is a mention of Max
        Verstappen; "Hillary Clinton" mapped to Bill Clinton, both first names the dictionary's), or
        a name right before a lone surname that is no title ("Mossack Fonseca has denied", the
        firm, not Ramon Fonseca). "Mr Li", "Secretary General Ana Li" and "Ana Li" agree."""
        if self.kind.get(actor) != "person":
            return False
        mention = next((m for m in self.mentions if m.start <= head.idx < m.end), None)
        if mention is None:
            return False
        known = self.name.get(actor, "").split()
        own = {w.lower() for w in known}
        said = mention.text.split()
        start = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        prev = self.doc[start.start - 1] if start is not None and start.start > 0 else None
        if (
            prev is not None
            and prev.head == head
            and prev.dep_ == "compound"
            and prev.pos_ == "PROPN"
            and prev.text[:1].isupper()
            and prev.lower_.strip(".") not in _TITLE_WORDS | own
        ):
            if len(said) == 1:
                return True  # a lone surname inside another name
            said = [prev.text, *said]
        if len(said) < 2 or len(known) < 2 or said[0].lower() in own:
            return False
        return first_name_gender(said[0]) is not None and first_name_gender(known[0]) is not None

    def _spokesperson(self, head: Token) -> str | None:
        """The person a spokesman phrase names in apposition, also where the parser hangs the name
        on the body ("A spokesperson for X, Ana Li, said": Ana Li, not X); "" for a name nobody
        extracted (somebody unknown speaks, not X); None when the phrase names nobody.
        """
        heads = [head] + [
            o for p in head.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
        ]
        for h in heads:
            for c in h.children:
                named = self.mention_on(c)
                # A name in apposition to the spokesman is his, whatever kind the model gave it
                # ("Mallam Tunde Bello" an ORG); hung on the body, only a person's or nobody's.
                if c.dep_ != "appos" or c.pos_ != "PROPN":
                    continue
                if h is head or not named or self.kind.get(named) == "person":
                    return named or ""
        return None

    def _names_inside(self, head: Token, links: frozenset[str]) -> list[str]:
        """Actors named in the phrase under ``head``, nearest first (breadth first)."""
        found: list[str] = []
        queue, seen = [head], {head.i}
        while queue:
            tok = queue.pop(0)
            actor = self.mention_on(tok) if tok != head else None
            if actor:
                found.append(actor)
                continue
            for child in tok.children:
                if child.dep_ in links and child.i not in seen and child.pos_ != "VERB":
                    seen.add(child.i)
                    queue.append(child)
        return found


def _other_name(head: Token, name: str) -> bool:
    """True when a surname comes with words of another name: "Mossack Fonseca has denied" is
    not the person Ramon Fonseca; "Mr. Fonseca" and "Ramon Fonseca" are him."""
    words = {w.lower().strip(".") for w in name.split()}
    return any(
        c.dep_ == "compound"
        and c.pos_ == "PROPN"
        and c.text[:1].isupper()
        and c.lower_.strip(".") not in words | _TITLE_WORDS
        for c in head.children
    )


def _owned(statement: Token) -> bool:
    """A statement whose issuer the phrase names ("a statement from the prime minister's office",
    "the ministry's statement"): theirs, not the last speaker's, whoever the actors know."""
    return any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in {"from", "by", "of"})
        for c in statement.children
    )


def _demonym_person(head: Token) -> bool:
    """A people's name used for one person: "the 46-year-old South African", "a Briton"."""
    name = " ".join(
        t.text
        for t in head.subtree
        if t == head or (t.dep_ in {"compound", "amod"} and t.head == head and t.text[:1].isupper())
    )
    return (
        head.tag_ in {"NNP", "NN", "NNPS", "NNS"}
        and any(c.dep_ == "det" and c.lower_ in {"the", "a", "an"} for c in head.children)
        and gazetteer.demonym(name) is not None
        and gazetteer.country(name) is None
    )


# What one issues in words, and the verbs of issuing them (hand-listed from news wording:
# "issued a statement saying", "released a statement saying", "posted a message saying").
_ISSUED = frozenset({"statement", "message", "note", "letter", "post", "tweet", "communique", "release"})
_ISSUING = frozenset({"issue", "release", "post", "publish", "send", "put", "make"})


def issued_words(verb: Token) -> bool:
    """A participle of speech on a statement its author issued: "the ministry issued a statement
    saying that no staff had been hurt", "Norbank released a statement saying, '…'". The
    statement speaks with its issuer's voice (a report or a claim somebody else made does not:
    "media reports claiming that")."""
    noun = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and noun.lemma_.lower() in _ISSUED
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in _ISSUING
    )


def speaker_head(verb: Token, depth: int = 0) -> tuple[Token | None, bool]:
    """The head word of who speaks for ``verb``, and whether the verb names it itself.

    Caught: the subject; the agent of a passive ("were criticized by X"); "according to X"; the
    name after the verb in inverted order ("'…,' said X", "added the Russian president"); the
    subject of the verb a participle hangs on ("began by thanking", "taking to X to denounce").
    """
    if verb.lower_ == "according":
        to = next(c for c in verb.children if c.lower_ == "to")
        return next((c for c in to.children if c.dep_ == "pobj"), None), True
    children = list(verb.children)
    agent = next((c for c in children if c.dep_ == "agent"), None)
    if agent is not None:
        return next((c for c in agent.children if c.dep_ == "pobj"), None), True
    # Of two subjects (a dateline read as one: "UNITED NATIONS -- The UN welcomes"), the nearer.
    subj = max(
        (c for c in children if c.dep_ == "nsubj"),
        key=lambda c: (c.i < verb.i, -abs(c.i - verb.i)),
        default=None,
    )
    if subj is not None:
        if subj.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
            return verb.head, True  # "X, who said ..."
        return subj, True
    if any(c.dep_ == "nsubjpass" for c in children):
        return None, True  # "it was noted": nobody is named
    after = [c for c in children if c.i > verb.i and c.dep_ in {"dobj", "prep", "attr", "npadvmod"}]
    if verb.lemma_.lower() == "tell":
        # Whom one tells is the audience, never the speaker: '"…," a member of parliament, X,
        # told France Info' when the parser loses the subject.
        after = [c for c in after if c.dep_ != "dobj"]
    # Not a participle after a comma: "..., offering its condolences" shares its head's subject.
    if after and verb.i > 0 and verb.tag_ != "VBG" and (verb.nbor(-1).is_punct or verb.nbor(-1).is_quote):
        first = after[0]
        if first.dep_ == "prep":  # the parser reads "said To Van" as a preposition
            first = next((c for c in first.children if c.dep_ == "pobj"), first)
        return first, True
    head = verb.head
    if head.pos_ == "ADP" and head.head != head:
        head = head.head
    # A participle ("..., saying") or a channel ("taking to X to denounce") shares the subject;
    # a plain purpose clause ("met to support") does not make its subject react.
    shares = verb.dep_ in _SUBJECTLESS or (
        verb.dep_ == "advcl" and (verb.tag_ == "VBG" or head.lemma_.lower() in _CHANNEL_HEADS)
    )
    if depth < 3 and head != verb and shares:
        return speaker_head(head, depth + 1)[0], False
    if verb.dep_ == "acl" and head.pos_ == "PROPN":
        return head, False  # "Ana Li, taking to X to denounce ..."
    if depth < 3 and issued_words(verb):
        return speaker_head(head.head, depth + 1)[0], False
    return None, False
