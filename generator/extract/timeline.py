"""Dated happenings: every sentence that says something happened (or will) at a date it names."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from generator.extract.base import actors_in, doc_text, evidence, sentences
from generator.extract.dates import DateRef, anniversary_origin, find_dates, is_metadata
from generator.records import Actor, Article, Mention, TimelineEvent
from generator.text import fold, slugify, unique_id

log = logging.getLogger(__name__)

MAX_LABEL_WORDS = 12
# Nouns that name a happening, so "the end of the war in 1975" is an event of its own.
EVENT_NOUNS = frozenset(
    "visit trip tour voyage war invasion attack offensive summit meeting meetings talks election vote "
    "referendum end start beginning collapse fall death launch signing normalization normalisation "
    "independence revolution coup crisis conference speech ceremony arrival departure withdrawal "
    "annexation occupation dissolution establishment creation founding foundation reunification "
    "unification liberation victory defeat bombing explosion earthquake protest protests strike "
    "agreement treaty pact deal accord inauguration assassination ceasefire truce recognition "
    "resignation appointment release arrest trial verdict ruling announcement".split()
)
TITLE_WORDS = frozenset(
    "president leader minister premier secretary chairman chairwoman chair chief head king queen prince "
    "spokesman spokeswoman spokesperson ambassador envoy counterpart director governor mayor senator "
    "general commander official".split()
)
_NOMINAL = ("NOUN", "PROPN", "ADP", "SCONJ", "NUM", "ADJ", "DET")
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
_COMPLEMENTS = ("dobj", "attr", "acomp", "oprd", "dative", "xcomp", "ccomp", "agent", "prep")
_NP_DROP = ("relcl", "appos", "advcl", "parataxis", "acl")
_TRAILING_JUNK = ("ADP", "DET", "CCONJ", "SCONJ", "PART", "PUNCT", "AUX", "PRON", "ADJ")
_QUOTES = re.compile(r"[\"“”„«»]|(?<!\w)['‘’]|['‘’](?!\w)")
_CAPTION = re.compile(
    r"\((?:L|R|C|left|right|cent(?:er|re)|front|back|2nd [LR])\)|\b(?:Image|Photo|Picture) \d+ of \d+\b"
    r"|(?:Getty Images|AP Photo|AFP|EPA|Shutterstock|Photo:|Photograph:|Image:|Credit:|©)[^.]{0,80}$"
)
# Site furniture that names dates or agreements without reporting anything.
_BOILERPLATE = re.compile(
    r"(?i)^\W*(?:this (?:article|story|post) (?:was|has been) (?:amended|updated|corrected)"
    r"|a version of this article|click (?:here|to)|scroll down|sign up|subscribe|\* required"
    r"|you agree|by (?:using|continuing))"
)


def extract_timeline(
    doc: Doc, article: Article, actors: Sequence[Actor], mentions: Sequence[Mention]
) -> list[TimelineEvent]:
    """One event per (sentence, distinct date) that states a dated happening, labelled from the parse.

    Skips captions, headings, datelines and bylines, and dates that only bound a comparison
    ("for the first time since 2017"). A sentence naming two dates gives two events.
    """
    events: list[TimelineEvent] = []
    taken: set[str] = set()
    seen: set[tuple[str, str]] = set()
    for index, sent in enumerate(sentences(doc)):
        if is_caption(sent) or is_heading(sent) or is_boilerplate(sent) or sent.text.rstrip().endswith("?"):
            continue
        for ref, label in dated_labels(sent, article.published):
            if (ref.date, label.lower()) in seen:
                continue
            seen.add((ref.date, label.lower()))
            events.append(
                TimelineEvent(
                    id=unique_id(f"{ref.date}-{slugify(label, 6)}", taken),
                    date=ref.date,
                    precision=ref.precision,
                    event=label,
                    actors=actors_in(mentions, sent.start_char, sent.end_char),
                    evidence=(evidence(article.id, sent, index),),
                )
            )
    log.debug("%s: %d timeline events", article.id, len(events))
    return events


def dated_labels(sent: Span, published) -> Iterable[tuple[DateRef, str]]:
    """(date, label) pairs for the happenings the sentence dates, one per distinct date."""
    dates_seen: set[str] = set()
    for ref in find_dates(sent, published):
        if is_metadata(sent, ref) or ref.date in dates_seen:
            continue
        origin = anniversary_origin(sent, ref)
        if origin is not None:  # "2024 marks 30 years of a treaty ..." dates the treaty, not 2024
            ref, phrase_start = origin
            label = _anniversary_label(sent, phrase_start)
        else:
            label = event_label(sent, ref)
        if label:
            dates_seen.add(ref.date)
            yield ref, label


def event_label(sent: Span, ref: DateRef) -> str | None:
    """A short "subject verb object" label for what happened at ``ref``, or None when unsupported.

    The date's attachment decides: an event noun it modifies ("the end of the war in 1975"), a
    "when" clause hanging on it ("since 2017, when he attended the summit"), else the verb it
    belongs to with its subject and first complement.
    """
    date_tokens = [t for t in sent if t.idx < ref.end and t.idx + len(t) > ref.start]
    if not date_tokens:
        return None
    exclude = {t.i for t in date_tokens}
    root = next((t for t in date_tokens if t.head.i not in exclude or t.head.i == t.i), date_tokens[0])
    for child in root.children:
        if child.dep_ == "relcl" and any(c.lower_ == "when" for c in child.children):
            return finish_label(clause_tokens(child, exclude | {root.i}))
    head = root.head
    if head.i != root.i and head.dep_ == "prep":
        exclude.add(head.i)
        if head.lower_ == "since" and _first_time(head):
            return None  # "for the first time since 2017" bounds an absence, it is no event
    # Walk up through nouns and prepositions looking for an event noun before reaching a verb.
    node = root if head.i == root.i else head
    while True:
        if node.i not in exclude and node.pos_ == "NOUN" and node.lemma_.lower() in EVENT_NOUNS:
            return finish_label(np_tokens(node, exclude), drop_article=True)
        if node.pos_ not in _NOMINAL or node.head.i == node.i:
            break
        node = node.head
    verb = _clause_verb(node)
    if verb is None:
        return None
    tokens = clause_tokens(verb, exclude)
    if not _has_doer(verb, tokens) and verb.tag_ not in ("VBG", "VBN"):
        return None  # "To launch", "Have lost between 40-70": no one does anything
    return finish_label(tokens)


def _has_doer(verb: Token, tokens: list[Token]) -> bool:
    """Whether the label names who or what acts: a subject, or the noun a relative clause hangs on
    ("a war that ended in 1975")."""
    if any(t.dep_ in _SUBJECTS for t in tokens):
        return True
    return verb.dep_ == "relcl" and any(t.i == verb.head.i for t in tokens)


def np_tokens(head: Token, exclude: set[int], names_only: bool = True) -> list[Token]:
    """The noun phrase under ``head`` without clauses, appositions and the excluded tokens.

    With ``names_only``, a title before a person's name is dropped: "General Secretary of the
    Party Nguyen Phu Trong" reads "Nguyen Phu Trong".
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
            if child.dep_ == "prep" and _only_date(child, exclude):
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


def clause_tokens(verb: Token, exclude: set[int]) -> list[Token]:
    """Subject, auxiliaries, verb and first complement of the clause headed by ``verb``."""
    while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        verb = verb.head  # "is scheduled to meet X": the label keeps "is scheduled to"
    out: list[Token] = [verb]
    subject = subject_tokens(verb, exclude)
    out.extend(subject)
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass", "neg", "prt") and child.i not in exclude:
            out.append(child)
    for child in sorted(verb.children, key=lambda c: c.i):
        if child.dep_ in _COMPLEMENTS and child.i > verb.i and child.i not in exclude:
            if child.dep_ == "prep" and _only_date(child, exclude):
                continue
            if child.dep_ == "xcomp":
                out.extend(c for c in child.children if c.dep_ == "aux" and c.i not in exclude)
                out.append(child)
                inner = next((c for c in child.children if c.dep_ in ("dobj", "prep", "attr")), None)
                if inner is None or inner.i in exclude:
                    break
                child = inner
            out.extend(np_tokens(child, exclude) if child.dep_ != "ccomp" else _subtree(child, exclude))
            break
    return sorted({t.i: t for t in out}.values(), key=lambda t: t.i)


def is_boilerplate(sent: Span) -> bool:
    """Whether the sentence is site furniture ("This article was amended on ...", "Click to read ...")."""
    return bool(_BOILERPLATE.match(sent.text))


def is_caption(sent: Span) -> bool:
    """Whether the sentence sits in a photo caption ("X (R) and Y (L) attend ...", "... Getty Images")."""
    text = doc_text(sent.doc)
    start = text.rfind("\n\n", 0, sent.start_char)
    # From the sentence's last character: its own trailing blank line ends its paragraph.
    end = text.find("\n\n", sent.start_char + len(sent.text.rstrip()))
    paragraph = text[start + 1 if start >= 0 else 0 : end if end >= 0 else len(text)].strip()
    return bool(_CAPTION.search(paragraph) or _CAPTION.search(sent.text.strip()))


def is_heading(sent: Span) -> bool:
    """Whether the sentence is a heading, kicker or metadata line: alone on its line, no final stop,
    and short or in title case."""
    stripped = sent.text.strip()
    if not stripped or stripped[-1] in ".!?…\"”’')":
        return False
    words = [w for w in stripped.split() if w[:1].isalpha()]
    capitalised = sum(1 for w in words if w[0].isupper()) / max(len(words), 1)
    return len(words) <= 14 or capitalised >= 0.6


def subject_tokens(verb: Token, exclude: set[int], names_only: bool = True) -> list[Token]:
    """The verb's subject phrase; a relative pronoun stands for its antecedent, a conjunct borrows."""
    for child in verb.children:
        if child.dep_ in _SUBJECTS and child.i not in exclude:
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


def _clause_verb(token: Token) -> Token | None:
    while True:
        if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ in ("ROOT", "conj", "relcl", "advcl")):
            return token
        if token.head.i == token.i:
            return None
        token = token.head


def _only_date(prep: Token, exclude: set[int]) -> bool:
    """A preposition whose object is (part of) the excluded date: "on" in "on Thursday"."""
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    return bool(objects) and all(o.i in exclude for o in objects)


def _first_time(since: Token) -> bool:
    """ "since" bounding a first occurrence: "for the first time since", "his first visit since"."""
    before = doc_text(since.doc)[max(since.sent.start_char, since.idx - 40) : since.idx]
    return bool(re.search(r"\bfirst\b", before, re.IGNORECASE))


def _subtree(token: Token, exclude: set[int]) -> list[Token]:
    return [t for t in token.subtree if t.i not in exclude]


def _anniversary_label(sent: Span, start: int) -> str | None:
    """The thing an anniversary counts from: the noun phrase right after "marks 30 years of"."""
    token = next((t for t in sent if t.idx >= start and t.pos_ in ("NOUN", "PROPN")), None)
    if token is None:
        return None
    while token.head.pos_ in ("NOUN", "PROPN") and token.head.idx >= start and token.dep_ == "compound":
        token = token.head
    return finish_label(np_tokens(token, set()) + _acl(token), drop_article=True)


def _acl(token: Token) -> list[Token]:
    """A participle clause that names what a thing is ("a treaty establishing friendly relations")."""
    for child in token.children:
        if child.dep_ == "acl":
            return [t for t in child.subtree if t.dep_ not in ("relcl",)]
    return []


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
        tokens = _strip_tail([t for t in tokens if t.i <= last])
        # Cut at the last list boundary rather than inside a list item ("..., oil" of "oil and gas").
        breaks = [k for k, t in enumerate(tokens) if k >= 4 and (t.text == "," or t.pos_ == "CCONJ")]
        if breaks:
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


def _strip_tail(tokens: list[Token]) -> list[Token]:
    """Drop what cannot end a label: prepositions, articles, conjunctions, punctuation, adjectives."""
    while tokens and (tokens[-1].pos_ in _TRAILING_JUNK or tokens[-1].is_punct):
        tokens = tokens[:-1]
    return tokens
