"""From an article's claims to Reaction records: stance, quote or paraphrase, target, date."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from generator.extract.base import doc_text
from generator.extract.events.dates import find_dates
from generator.extract.reactions.article import ArticleView, tokens
from generator.extract.reactions.continued import continuation
from generator.extract.reactions.position import narration
from generator.extract.reactions.quotes import SHORT_QUOTE_WORDS
from generator.extract.reactions.stance import (
    CRITICAL_VERBS,
    SPEECH_VERBS,
    SUPPORTIVE_VERBS,
    rhetorical_questions,
    stance_of,
)
from generator.extract.reactions.text import Claim, clause, summary
from generator.records import Evidence, Reaction
from generator.text import fold, slugify

_CONCESSIVE = frozenset({"despite", "although", "though"})
FOLD_SHARED = 2
"""Content words a reported reaction shares with the speaker's quote to be the same remark."""
_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})


def records(art: ArticleView, claims: list[Claim]) -> list[Reaction]:
    """Reaction records with per-article ids; a repeated paraphrase (a repeated caption) is folded."""
    out: list[Reaction] = []
    seen: dict[tuple[str, str, str], int] = {}
    counters: dict[str, int] = {}
    by_sent = _words_by_sentence(art)
    # The event's own words, told by a speaker, relay the event ("said the plane crashed").
    told = _narration_words(by_sent, {s for c in claims for s in (c.sent, *c.sents)})
    claims = fold_reports(art, [c for c in claims if c.quotes or c.nouns or not narration(c, told)])
    claims = [c for c in claims if not _to_own_side(art, c)]
    taken = {s for c in claims for s in (c.sent, *c.sents)}
    events = _narration_words(by_sent, taken)
    for claim in claims:
        quote = " … ".join(q.text for q in claim.quotes) or None
        # A fragment in quotes ("null and void") says little alone: the paraphrase gives context,
        # to the reader and to the stance ('called it a "political trial" ... to "justify her arrest"').
        fragment = quote is not None and sum(q.words for q in claim.quotes) <= 2 * SHORT_QUOTE_WORDS
        if quote is None or fragment:  # reported words may go on in the next sentence
            claim.follow = continuation(art, claim, taken)
        sents = _passage(art, claim)
        quoted, around = _words(art, claim, True)
        questions = sum(rhetorical_questions(q.text) for q in claim.quotes)
        stance = stance_of(claim.verbs, claim.nouns, quoted, around, questions, events)
        summary = summary_of(art, claim) if quote is None or fragment else None
        ev = (_evidence(art, sents),)
        key = (claim.actor, stance, quote or summary or "")
        if key in seen:
            prev = out[seen[key]]
            extra = tuple(e for e in ev if e.quote not in {p.quote for p in prev.evidence})
            out[seen[key]] = replace(prev, evidence=prev.evidence + extra)
            continue
        base = slugify(f"{claim.actor}-{stance}", max_words=len(claim.actor.split("-")) + 1)
        counters[base] = counters.get(base, 0) + 1
        seen[key] = len(out)
        out.append(
            Reaction(
                id=f"{base}-{counters[base]}",
                actor=claim.actor,
                stance=stance,
                about=_about(art, claim),
                quote=quote,
                summary=summary,
                date=_date(art, claim),
                evidence=ev,
            )
        )
    return out


_BACKING = frozenset({"support", "solidarity", "backing", "loyalty", "allegiance"})
_PRONOUN_SPEAKERS = frozenset({"he", "she"})


def _to_own_side(art: ArticleView, claim: Claim) -> bool:
    """True when a speaker found through "he" or "she" pledges support or solidarity to their
    own country or body ('He further promised "full support and solidarity with the Russian
    government"' given to the Russian president): nobody pledges solidarity to their own side, so
    the pronoun stands for somebody else, and the speaker is not certain."""
    if not any(art.doc[i].lower_ in _PRONOUN_SPEAKERS for i in claim.speaker):
        return False
    words = {t.i for t in clause(claim, keep_speaker=False)}
    for q in claim.quotes:
        words |= art.tokens_at(q.start, q.end)
    for i in sorted(words):
        tok = art.doc[i]
        if tok.lemma_.lower() not in _BACKING or tok.pos_ != "NOUN":
            continue
        # The parser hangs "with X" on the noun, on the noun it is joined to, or on the verb.
        heads = {tok.i, tok.head.i, *(c.i for c in tok.conjuncts)}
        for prep in (art.doc[j] for j in sorted(words) if j > i):
            if prep.dep_ != "prep" or prep.lower_ not in {"with", "for", "to"} or prep.head.i not in heads:
                continue
            backed = {t.i for t in prep.subtree}
            for m in art.speakers.mentions:
                toks = art.tokens_at(m.start, m.end)
                if toks and toks <= backed and art.speakers.own_side(claim.actor, m.actor):
                    return True
    return False


def _words_by_sentence(art: ArticleView) -> list[frozenset[str]]:
    """Per sentence, its words outside quotes (lowercase), read once for the narration's words."""
    return [frozenset(t.lower_ for t in sent if t.is_alpha and t.i not in art.in_quote) for sent in art.sents]


def _narration_words(by_sent: list[frozenset[str]], taken: set[int]) -> frozenset[str]:
    """The words of the article's own narration: outside quotes, in sentences nobody is reported
    in. Said by a speaker too, they name the event rather than judge it ("injured", "dead")."""
    return frozenset().union(*(w for s, w in enumerate(by_sent) if s not in taken))


def _passage(art: ArticleView, claim: Claim) -> list[int]:
    """The consecutive sentences that show the reaction: its quote's sentences, with the sentence
    that names the speaker when it is just before them; else the claim's own sentence."""
    quoted = sorted(
        {art.sent_of[i] for q in claim.quotes for i in art.tokens_at(q.start, q.end) if i in art.sent_of}
    )
    if not quoted:
        return _followed(claim, [claim.sent])
    first, last = quoted[0], quoted[-1]
    if claim.sent < first and first - claim.sent <= 2:
        first = claim.sent  # "Ana Li said the talks failed. 'We are hopeful,' ..." keeps who spoke
    elif claim.sent > last and claim.sent - last <= 1:
        last = claim.sent
    if art.article.removed or art.article.removed_omitted:
        # Boilerplate may have been cut between two paragraphs: the passage stays in one paragraph
        # (the attribution's), so that it is verbatim in the article as given.
        anchor = claim.sent if first <= claim.sent <= last else quoted[0]
        text = doc_text(art.doc)
        lo = anchor
        while lo > first and "\n" not in text[art.sents[lo - 1].end_char : art.sents[lo].start_char]:
            lo -= 1
        hi = anchor
        while hi < last and "\n" not in text[art.sents[hi].end_char : art.sents[hi + 1].start_char]:
            hi += 1
        first, last = lo, hi
    return _followed(claim, [s for s in range(first, last + 1) if not art.blank(s)] or [claim.sent])


def _followed(claim: Claim, sents: list[int]) -> list[int]:
    """The passage with the sentence that goes on with the reported words, when it is next."""
    if claim.follow is not None and sents and sents[-1] == claim.follow - 1:
        return [*sents, claim.follow]
    return sents


def _evidence(art: ArticleView, sents: list[int]) -> Evidence:
    """One evidence entry for the passage: its sentences verbatim, anchored at the first. A
    passage that runs over a paragraph the cleaning dropped (a caption between two paragraphs of
    a quote) is not a span of the article as given: it stops before the gap."""
    start = art.sents[sents[0]].start_char
    text = doc_text(art.doc)
    for last in reversed(sents):
        quote = text[start : art.sents[last].end_char].strip()
        if last == sents[0] or art.in_source(quote):
            break
    return Evidence(source=art.article.id, quote=quote, sentence=sents[0])


def fold_reports(art: ArticleView, claims: list[Claim]) -> list[Claim]:
    """A reaction reported without quotes and the speaker's quoted words on it are one reaction:
    "X took to social media to denounce the meeting. 'The scenes were bizarre,' X wrote." A report
    told as an act (no reported clause of its own) joins the quote that starts right after it
    (in its first sentence, whichever sentence names the speaker) when its verb
    judges ("denounced", "praised"), or a quote of the article (not a quoted fragment) that
    shares two content words with it ("accused China of exporting oil to North Korea" / "'... China is
    allowing oil to go into North Korea'"); its verb then gives the quote its stance.
    """
    quoted = [c for c in claims if sum(q.words for q in c.quotes) > 2 * SHORT_QUOTE_WORDS]
    folded: set[int] = set()
    for r in claims:
        if r.quotes:
            continue
        mine = [q for q in quoted if q.actor == r.actor]
        words = _content(clause(r, keep_speaker=False))
        # A reaction told as an act, with no words of its own ("accused China of selling oil",
        # "took to X to denounce the meeting"), not a statement ("said that he had estimated ...").
        if any(c.dep_ in {"ccomp", "parataxis"} for v in r.verbs for c in v.children):
            continue
        judged = any(v.lemma_.lower() in CRITICAL_VERBS | SUPPORTIVE_VERBS for v in r.verbs)
        into = next(
            (q for q in mine if judged and min(q.sents | {q.sent}) == _next(art, r.sent)), None
        ) or next((q for q in mine if len(words & _content(_quote_tokens(art, q))) >= FOLD_SHARED), None)
        if into is None:
            continue
        into.verbs += [v for v in r.verbs if v not in into.verbs]
        into.nouns += [n for n in r.nouns if n not in into.nouns]
        into.sents |= {r.sent, *r.sents}
        into.speaker |= r.speaker
        folded.add(id(r))
    return [c for c in claims if id(c) not in folded]


def _next(art: ArticleView, sent: int) -> int:
    """The next sentence that is not blank."""
    nxt = sent + 1
    while nxt < len(art.sents) and art.blank(nxt):
        nxt += 1
    return nxt


def _quote_tokens(art: ArticleView, claim: Claim) -> list[Token]:
    return [art.doc[i] for q in claim.quotes for i in sorted(art.tokens_at(q.start, q.end))]


def _content(toks: list[Token]) -> set[str]:
    """Lemmas of the content words: nouns, names, verbs and adjectives other than speech verbs."""
    return {
        t.lemma_.lower()
        for t in toks
        if t.pos_ in _CONTENT_POS and not t.is_stop and t.lemma_.lower() not in SPEECH_VERBS | {"be", "have"}
    }


def _words(art: ArticleView, claim: Claim, with_clause: bool) -> tuple[list[Token], list[Token]]:
    """The tokens of what was said: the quotes, and the reported clause around them (when there
    is no whole quote). A quote under "despite" or "although" is conceded, not claimed: it is left
    out ('Despite saying that X "treated me better", Trump said that "they have to help us"')."""
    quoted: set[int] = set()
    for q in claim.quotes:
        toks = art.tokens_at(q.start, q.end)
        if toks and not _conceded(art.doc[min(toks)]):
            quoted.update(toks)
    around = {t.i for t in clause(claim, keep_speaker=False)} - quoted if with_clause else set()
    if not claim.quotes:  # a reported reaction: the clause is all there is of what was said
        quoted, around = around, set()
    if claim.follow is not None:  # the reported words going on in the next sentence are the speaker's
        quoted |= {t.i for t in art.sents[claim.follow]}
    return [art.doc[i] for i in sorted(quoted)], [art.doc[i] for i in sorted(around)]


def _conceded(tok: Token) -> bool:
    """True when the word sits in a "despite ..." or "although ..." clause."""
    for a in tok.ancestors:
        if a.lower_ in _CONCESSIVE or (
            a.dep_ == "advcl" and any(c.lower_ in _CONCESSIVE for c in a.children)
        ):
            return True
    return False


def summary_of(art: ArticleView, claim: Claim) -> str | None:
    """The paraphrase of a claim, its speaker named as the sentence names them."""
    return summary(claim, art.sents[claim.sent], _speaker_name(art, claim))


def _speaker_name(art: ArticleView, claim: Claim) -> str:
    """The speaker as the sentence names it, else the actor's canonical name; a name that only
    describes the speaker's noun comes with it ("the German foreign ministry said" -> "German
    foreign ministry", not "German")."""
    starts = {art.doc[i].idx for i in claim.speaker}
    for m in art.speakers.mentions:
        if m.actor == claim.actor and any(m.start <= s < m.end for s in starts):
            span = tokens(art.doc, m.start, m.end)
            noun = span.root.head if span else None
            if (
                span
                and noun is not None
                and span.root.dep_ in {"amod", "compound", "nmod"}
                and noun.i in claim.speaker
                and noun.i >= span.end
                and noun.pos_ in {"NOUN", "PROPN"}
            ):
                return fold(art.doc[span.start : noun.i + 1].text)
            return fold(m.text)
    return art.speakers.name.get(claim.actor, claim.actor)


def _about(art: ArticleView, claim: Claim) -> tuple[str, ...]:
    """Actors named in the quote or in what the actor said or did: its targets, never the
    speaker or the speaker's own side (``Speakers.own_side``)."""
    inside = {t.i for t in clause(claim, keep_speaker=False)}
    for q in claim.quotes:
        inside.update(art.tokens_at(q.start, q.end))
    found: dict[str, None] = {}
    for m in art.speakers.mentions:
        toks = art.tokens_at(m.start, m.end)
        if (
            m.actor in found
            or m.actor == claim.actor
            or not toks
            or not toks <= inside
            or toks & claim.speaker
        ):
            continue
        if not art.speakers.own_side(claim.actor, m.actor):
            found.setdefault(m.actor, None)
    return tuple(found)


def _date(art: ArticleView, claim: Claim) -> str | None:
    """The date of the reaction: a date phrase on its verb ("on Tuesday, X said"), else publication.
    A remark the text dates years back ("told reporters in 2011") keeps that date: it marks the
    remark as background, which readers (and gold files) still want found."""
    published = art.article.published
    anchors = claim.verbs or [n.head for n in claim.nouns]
    sent = art.sents[claim.sent]
    for ref in find_dates(sent, published):
        span = tokens(art.doc, ref.start, ref.end)
        if span and span.root.i not in art.in_quote and any(_modifies(span.root, v) for v in anchors):
            return ref.date
    return published.isoformat() if published else None


def _modifies(tok: Token, verb: Token) -> bool:
    """True when a date phrase is an adverbial of the verb itself ("on Tuesday, X said")."""
    for _ in range(3):
        if tok.dep_ not in {"pobj", "prep", "npadvmod", "advmod", "tmod"}:
            return False
        tok = tok.head
        if tok == verb:
            return True
    return False
