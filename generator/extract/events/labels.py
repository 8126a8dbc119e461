"""Short readable labels from the parse: a noun phrase or a clause's subject, verb and first
complement, cut to a few words; shared by the timeline, agreements and other extractors."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from generator.records import Mention
from generator.text import fold

MAX_LABEL_WORDS = 12
TITLE_WORDS = frozenset(
    "president leader minister premier secretary chairman chairwoman chair chief head king queen prince "
    "spokesman spokeswoman spokesperson ambassador envoy counterpart director governor mayor senator "
    "general commander official".split()
)
SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
_COMPLEMENTS = ("dobj", "attr", "acomp", "oprd", "dative", "xcomp", "ccomp", "agent", "prep")
_NP_DROP = ("relcl", "appos", "advcl", "parataxis", "acl")
_TRAILING_JUNK = ("ADP", "DET", "CCONJ", "SCONJ", "PART", "PUNCT", "AUX", "PRON", "ADJ")
_QUOTES = re.compile(r"[\"“”„«»]|(?<!\w)['‘’]|['‘’](?!\w)")


def pronoun_name(pronoun: Token) -> str | None:
    """Who "he", "she", "his" or "her" stands for when the sentence leaves no doubt: the one person
    named before it, or, when nobody is, the person the main clause is about ("The Russian leader,
    ... when he ..."). None when two people could be meant, or when the pronoun is the main
    clause's own subject (its antecedent is in another sentence)."""
    sent = pronoun.sent
    before = sorted(
        {re.sub(r"['’]s$", "", e.text) for e in sent.ents if e.label_ == "PERSON" and e.end <= pronoun.i}
    )
    if len(before) == 1:
        return before[0]
    if before or (pronoun.head.i == sent.root.i and pronoun.dep_ in SUBJECTS):
        return None
    subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    if subject.ent_type_ != "PERSON" and subject.lemma_.lower() not in TITLE_WORDS:
        return None  # a country or a body is not "he"
    # The name or title itself, without clauses or phrases after it: "The Russian leader".
    words = [c for c in subject.lefts if c.dep_ in ("det", "amod", "compound", "nmod")] + [subject]
    return " ".join(t.text for t in sorted(words, key=lambda t: t.i)) or None


def np_tokens(head: Token, exclude: set[int], names_only: bool = True) -> list[Token]:
    """The noun phrase under ``head`` without clauses, appositions and the excluded tokens.

    With ``names_only``, a title before a person's name is dropped: "General Secretary of the
    Party Tran Van Minh" reads "Tran Van Minh".
    """

    def walk(token: Token) -> list[Token]:
        if token.i in exclude:
            return []
        out = [token]
        for child in token.children:
            if child.dep_ in _NP_DROP or (
                child.dep_ == "punct" and child.text in ",;:–—" and not _lists(child)
            ):
                continue
            if child.dep_ == "prep" and only_date(child, exclude):
                continue
            out.extend(walk(child))
        out.sort(key=lambda t: t.i)
        return _person_tail(token, out) if names_only and token.pos_ in ("NOUN", "PROPN") else out

    return walk(head)


def _person_tail(head: Token, tokens: list[Token]) -> list[Token]:
    """Just the name when a phrase is a title and a person's name ("Russian President X Y",
    "General Secretary of the Party X Y"), not when it merely ends in one ("meetings with X Y")."""
    if not tokens or tokens[-1].ent_type_ != "PERSON":
        return tokens
    start = len(tokens) - 1
    while start > 0 and tokens[start].ent_iob_ != "B" and tokens[start - 1].ent_type_ == "PERSON":
        start -= 1
    if tokens[start].ent_iob_ != "B" or start == 0 or len(tokens) - start < 2:
        return tokens
    title = tokens[:start]
    if head.ent_type_ != "PERSON":
        if head.pos_ != "PROPN" and head.lemma_.lower() not in TITLE_WORDS:
            return tokens
        if any(t.pos_ == "ADP" and t.lower_ != "of" for t in title):
            return tokens
    return tokens[start:]


def _lists(comma: Token) -> bool:
    """A comma that separates list items ("education, science and health"), kept in labels."""
    return any(s.dep_ == "conj" and s.i > comma.i for s in comma.head.children)


HEDGES = frozenset(
    "nearly almost allegedly reportedly apparently purportedly supposedly possibly probably".split()
)
"""Adverbs without which a label says something else happened: "Ana Li nearly died" is not "Ana
Li died", "X allegedly stole" not "X stole" (the approximators and the hedging disjuncts of
Quirk et al., *A Comprehensive Grammar of the English Language*, 8.104 and 8.127)."""


def clause_tokens(verb: Token, exclude: set[int]) -> list[Token]:
    """Subject, auxiliaries, verb and first complement of the clause headed by ``verb``."""
    while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        verb = verb.head  # "is scheduled to meet X": the label keeps "is scheduled to"
    out: list[Token] = [verb]
    subject = subject_tokens(verb, exclude)
    out.extend(subject)
    for child in verb.children:
        if (
            child.dep_ in ("aux", "auxpass", "neg", "prt")
            and child.i not in exclude
            and not _plain_perfect(child)
        ) or (child.dep_ == "advmod" and child.lower_ in HEDGES and child.i not in exclude):
            out.append(child)
    out.extend(particles(verb, exclude))
    has_object = any(c.dep_ in ("dobj", "attr", "acomp", "oprd") for c in verb.children)
    for child in sorted(verb.children, key=lambda c: c.i):
        if child.i <= verb.i or child.i in exclude:
            continue
        if child.dep_ == "npadvmod" and child.pos_ == "NUM":  # "went 7-8-1 in 2016": the record
            out.extend(subtree_without(child, exclude))
            break
        if child.dep_ == "advcl" and not has_object and _time_clause(child):
            out.extend(subtree_without(child, exclude))  # "died after a tram caught fire"
            break
        if child.dep_ in _COMPLEMENTS:
            if child.dep_ == "prep" and only_date(child, exclude):
                continue
            if child.dep_ == "xcomp":
                out.extend(c for c in child.children if c.dep_ == "aux" and c.i not in exclude)
                out.append(child)
                out.extend(particles(child, exclude))  # "is scheduled to take off"
                inner = next(
                    (c for c in child.children if c.dep_ in ("dobj", "prep", "attr", "acomp", "oprd")), None
                )  # "is expected to remain closed"
                if inner is not None and inner.dep_ == "prep" and only_date(inner, exclude):
                    inner = None
                if inner is None or inner.i in exclude:
                    break
                child = inner
            out.extend(
                np_tokens(child, exclude) if child.dep_ != "ccomp" else subtree_without(child, exclude)
            )
            if child.dep_ in ("dobj", "dative") and child.pos_ == "PRON":
                continue  # "led them to a division title", "gave him his best chance": the pronoun
                # alone says too little
            if child.dep_ == "dobj":  # "led Arizona to a 13-3 mark": where it led
                result = next((c for c in verb.children if c.i > child.i and c.dep_ == "prep"), None)
                if result is not None and result.lower_ in ("to", "into") and not only_date(result, exclude):
                    out.extend(np_tokens(result, exclude))
                out.extend(_object_control(verb, child, exclude))
            break
    return sorted({t.i: t for t in out}.values(), key=lambda t: t.i)


PARTICLES = frozenset("around back off away out down up over in on".split())
"""Adverbs that finish a phrasal verb when the parser does not call them particles: "turned
around", "took off", "stepped down", "came back" (English phrasal-verb particles)."""


def particles(verb: Token, exclude: set[int]) -> list[Token]:
    """The adverb right after ``verb`` that makes it a phrasal verb ("The plane turned around on
    Tuesday" -> "turned around"; "The flight is scheduled to take off" -> "take off"); the parser
    often tags it an adverb, which a label would otherwise drop."""
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.i in exclude or nxt.head.i != verb.i or nxt.dep_ not in ("advmod", "prt"):
        return []
    return [nxt] if nxt.lower_ in PARTICLES else []


def _object_control(verb: Token, obj: Token, exclude: set[int]) -> list[Token]:
    """What the object is made to do, when the verb says it: "Heavy winds forced the pilots to
    return", "The club allowed the players to leave" (the verb alone says half the happening)."""
    then = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > obj.i and c.i not in exclude), None)
    if then is None or then.pos_ != "VERB":
        return []
    out = [
        *(c for c in then.children if c.dep_ == "aux" and c.i not in exclude),
        then,
        *particles(then, exclude),
    ]
    inner = next((c for c in then.children if c.dep_ in ("dobj", "prep", "attr", "acomp")), None)
    if (
        inner is not None
        and inner.i not in exclude
        and not (inner.dep_ == "prep" and only_date(inner, exclude))
    ):
        out.extend(np_tokens(inner, exclude))  # "urged Facebook to scrap the ban", not "to scrap"
    return out


def _time_clause(verb: Token) -> bool:
    """A clause that says what the happening came with: "after a tram caught fire"."""
    first = min(verb.subtree, key=lambda t: t.i)
    return first.dep_ == "mark" and first.head.i == verb.i and first.lower_ in _TIME_MARKS


_TIME_MARKS = ("after", "before", "because", "until")


def _plain_perfect(aux: Token) -> bool:
    """ "had" in "had arrived": a label reads "X arrived" (the same word in the simple past). Kept
    when the participle differs from the past ("had begun"), or with a negation or another auxiliary."""
    verb = aux.head
    if (
        aux.lemma_.lower() != "have"
        or aux.dep_ != "aux"
        or verb.tag_ != "VBN"
        or not verb.lower_.endswith("ed")
    ):
        return False
    others = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i != aux.i]
    return not others


def subject_tokens(verb: Token, exclude: set[int], names_only: bool = True) -> list[Token]:
    """The verb's subject phrase; a relative pronoun stands for its antecedent, a conjunct borrows."""
    for child in verb.children:
        if child.dep_ in SUBJECTS and child.i in exclude:
            # a dateline the parser took for the subject: "RAMALLAH, West Bank — An Israeli
            # military court on Monday indicted ...", the court in apposition is the subject
            named = [
                c for c in child.children if c.dep_ == "appos" and c.i not in exclude and c.pos_ != "PROPN"
            ]
            if named:
                return np_tokens(named[-1], exclude, names_only)
        if child.dep_ in SUBJECTS and child.i not in exclude:
            if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                return np_tokens(verb.head, exclude | {t.i for t in verb.subtree}, names_only)
            return np_tokens(child, exclude, names_only)
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "the agreement signed on ...": the noun is the subject
        return np_tokens(verb.head, exclude | {t.i for t in verb.subtree}, names_only)
    if verb.tag_ == "VBG" and verb.dep_ == "advcl":
        return []  # "..., opening an embassy in 1950" reads better without a borrowed subject
    if verb.dep_ == "pcomp" and verb.head.head.i != verb.head.i:  # "after signing the pact": who arrived
        return subject_tokens(verb.head.head, exclude | {t.i for t in verb.head.subtree}, names_only)
    if verb.dep_ in ("conj", "xcomp", "advcl", "relcl", "attr", "acomp") and verb.head.i != verb.i:
        return subject_tokens(verb.head, exclude | ({t.i for t in verb.subtree} - {verb.i}), names_only)
    return []


def only_date(prep: Token, exclude: set[int]) -> bool:
    """A preposition whose object is (part of) the excluded date: "on" in "on Thursday"."""
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    return bool(objects) and all(o.i in exclude for o in objects)


def subtree_without(token: Token, exclude: set[int]) -> list[Token]:
    return [t for t in token.subtree if t.i not in exclude]


def finish_label(
    tokens: list[Token],
    drop_article: bool = False,
    max_words: int = MAX_LABEL_WORDS,
    capital: bool = True,
    min_words: int = 2,
) -> str | None:
    """Join tokens into a readable label of at most ``max_words`` words, or None if too thin.

    No quotation marks, no dangling preposition or article at the end, first letter capital.
    """
    tokens = sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)
    if drop_article:
        while tokens and (tokens[0].lower_ in ("the", "a", "an") or tokens[0].tag_ == "PRP$"):
            tokens = tokens[1:]
    words = [t for t in tokens if not t.is_punct]
    if len(words) > max_words:
        last = words[max_words - 1].i
        cut = _strip_tail([t for t in tokens if t.i <= last])
        tokens = whole_phrases(cut, {t.i for t in tokens if t.i > last})
        # Cut at the last list boundary rather than inside a list item ("..., oil" of "oil and gas"),
        # unless the cut already went back to a whole phrase ("... science and technology").
        # Never before the verb: "A native of X and resident of Y drove ..." keeps "drove".
        verbs = [k for k, t in enumerate(tokens) if t.pos_ in ("VERB", "AUX")]
        last_verb = verbs[-1] if verbs else -1
        breaks = [
            k
            for k, t in enumerate(tokens)
            if k >= 4 and k > last_verb and (t.text == "," or t.pos_ == "CCONJ")
        ]
        if breaks and len(tokens) == len(cut):
            tokens = tokens[: breaks[-1]]
    tokens = _strip_tail(tokens)
    while tokens and tokens[0].is_punct:
        tokens = tokens[1:]
    if sum(1 for t in tokens if not t.is_punct) < min_words:
        return None
    parts: list[str] = []
    for a, b in zip(tokens, [*tokens[1:], None], strict=True):
        parts.append(a.text)
        if b is not None:
            parts.append(a.whitespace_ if b.i == a.i + 1 else " ")
    label = fold(_QUOTES.sub("", "".join(parts)))
    label = fold(re.sub(r"\(\s*\)|\s+(?=[,.;:])", "", label))
    if label.count("(") != label.count(")"):
        label = fold(label.replace("(", "").replace(")", ""))
    label = label.rstrip(" ,;:–—-")
    if not label:
        return None
    return label[:1].upper() + label[1:] if capital else label


_NEEDED = frozenset({"dobj", "pobj", "pcomp", "attr", "acomp", "oprd", "xcomp", "prt", "agent"})
"""Dependents without which a word leaves its phrase open: a verb's object, a preposition's."""


_GIVE_BACK = 3
"""Words a cut label may give back to end after a whole phrase; past that, it keeps its cut."""


def whole_phrases(kept: list[Token], cut: set[int]) -> list[Token]:
    """A label cut at its word limit ends after a whole phrase, not inside one: a word whose head
    was cut off ("an early morning" of "an early morning flight", "$" of "$84,522.54") goes, and so
    does a preposition whose object was cut: "Marquis Teague boarded the flight from Dallas-Fort"
    -> "Marquis Teague boarded the flight"; "... man to be charged $" -> "... man to be charged".
    A verb stays, unless it is a second one that lost its object ("to back the ban on textile
    exports and restricting" -> "... on textile exports"); past _GIVE_BACK words the cut stays
    where it was (a whole clause would go).
    Tests: tests/test_event_labels.py."""
    tokens = start = _strip_tail(kept)
    held = {t.i for t in tokens}
    while len(tokens) > 2:
        last = tokens[-1]
        head_cut = last.head.i in cut and last.head.i != last.i
        # a verb goes for its cut object only when it is a second one: "... and restricting"
        needs_cut = (last.pos_ not in ("VERB", "AUX") or last.dep_ == "conj") and any(
            c.i in cut and c.dep_ in _NEEDED for c in last.children
        )
        # a participle that describes a noun goes when all it said was cut: "a well measuring"
        needs_cut = needs_cut or (
            last.tag_ in ("VBG", "VBN")
            and last.dep_ in ("acl", "pcomp", "conj")
            and any(c.i in cut for c in last.rights if c.dep_ not in ("punct", "cc"))
            and not any(c.i in held for c in last.rights)
        )
        if not (head_cut or needs_cut):
            break
        if last.pos_ in ("VERB", "AUX") and (last.head.i == last.i or last.head.i not in held | cut):
            break  # the clause's own verb: "X was supposed to take" keeps its verb
        cut.add(last.i)
        tokens = _strip_tail(tokens[:-1])
        cut |= held - {t.i for t in tokens}
        held = {t.i for t in tokens}
    if sum(1 for t in start if not t.is_punct) - sum(1 for t in tokens if not t.is_punct) > _GIVE_BACK:
        return start  # a whole clause would go ("revealed that the first of the ... line has rolled")
    return tokens


def _strip_tail(tokens: list[Token]) -> list[Token]:
    """Drop what cannot end a label: prepositions, articles, conjunctions, punctuation, adjectives
    (not the one a verb needs: "were set free", "go free"; nor a phrasal verb's particle: "turned
    around", "took off")."""
    while tokens and (tokens[-1].pos_ in _TRAILING_JUNK or tokens[-1].is_punct):
        if tokens[-1].pos_ == "ADJ" and tokens[-1].dep_ in ("acomp", "oprd") and len(tokens) > 1:
            break
        if tokens[-1].tag_ == "RP" and tokens[-1].head.pos_ == "VERB" and tokens[-1].head.i < tokens[-1].i:
            break
        tokens = tokens[:-1]
    return tokens


def order_by_label(actors: Sequence[str], mentions: Sequence[Mention], label: str) -> tuple[str, ...]:
    """Actors in the order the label names them (its subject first), the others after."""
    folded = fold(label).lower()
    position: dict[str, int] = {}
    for m in mentions:
        if m.actor not in actors:
            continue
        words = fold(m.text).lower()
        at = folded.find(words)
        if at < 0 and words.split():
            at = folded.find(words.split()[-1])  # "Reyes" for "Alma Reyes"
        if at >= 0:
            position[m.actor] = min(position.get(m.actor, at), at)
    return tuple(sorted(actors, key=lambda a: (position.get(a, len(folded) + 1), actors.index(a))))
