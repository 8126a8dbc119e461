"""Reactions of one article: who said or did what in response, quoted or reported, with a stance.

Patterns caught: direct quotes with their speaker in any order ("'…,' X said", "X said: '…'",
"'…,' said X, a fellow at Y", "'…' — X", "according to X"), quotes over two sentences, pronoun
and "the Russian leader"-style speakers that point back, reported reactions without quotes
("the US opposed the visit", "were criticized by X") and reaction nouns ("a rebuke from X").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from generator.extract.base import doc_text, evidence, sentence_of, sentences
from generator.extract.events.dates import find_dates
from generator.extract.reactions.position import narration
from generator.extract.reactions.quotes import (
    SHORT_QUOTE_WORDS,
    Quote,
    dash_credit,
    find_quotes,
    is_standalone,
    is_title,
    quote_verb,
)
from generator.extract.reactions.speakers import PERSON_TITLES, Speakers, speaker_head
from generator.extract.reactions.stance import (
    REACTION_NOUNS,
    REACTION_VERBS,
    SPEECH_VERBS,
    stance_of,
)
from generator.extract.reactions.text import Claim, clause, summary
from generator.records import Actor, Article, Mention, Reaction
from generator.text import fold, slugify

# A reaction that did not happen (yet): "abstain from condemning", "expected to announce".
_NOT_DONE = frozenset({"abstain", "refuse", "decline", "avoid", "fail", "expect", "plan", "schedule", "due"})
# Heads of "express concern", "raise concerns": the reaction is the noun, the actor the subject.
_LIGHT_VERBS = frozenset({"express", "raise", "voice", "issue", "register"})
_REFLEXIVE = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves"})
# Objects of "welcome" that make it hosting or a birth, not approval.
_HOSTED = PERSON_TITLES | {
    "baby",
    "boy",
    "girl",
    "son",
    "daughter",
    "child",
    "twins",
    "guest",
    "visitor",
    "delegation",
    "crowd",
    "fan",
    "counterpart",
}
_CONCESSIVE = frozenset({"despite", "although", "though"})
# Adverbs that make a reaction a habit, background rather than news.
_HABITUAL = frozenset(
    {"repeatedly", "often", "long", "periodically", "consistently", "frequently", "regularly"}
)
# Speech verbs that report speech only with a clause: "added that ...", not "added four ships".
_CLAUSE_ONLY = frozenset(
    {
        "add",
        "write",
        "post",
        "tweet",
        "note",
        "tell",
        "recall",
        "observe",
        "reply",
        "respond",
        "comment",
        "remark",
    }
)
_CLAUSE = frozenset({"ccomp", "parataxis"})
_CONTENT = frozenset({"ccomp", "dobj", "xcomp", "parataxis", "nsubjpass", "oprd", "dative"})


@dataclass
class _Article:
    """One article's look-ups: sentences, quotes, speakers, and the claims found so far."""

    doc: Doc
    article: Article
    speakers: Speakers
    sents: list[Span] = field(default_factory=list)
    sent_of: dict[int, int] = field(default_factory=dict)
    quotes: list[Quote] = field(default_factory=list)
    in_quote: set[int] = field(default_factory=set)
    claims: dict[tuple[int, str], Claim] = field(default_factory=dict)
    token_ids: dict[tuple[int, int], frozenset[int]] = field(default_factory=dict)
    """Indices of the tokens covering a character range, kept: every claim asks about every mention."""

    def tokens_at(self, start: int, end: int) -> frozenset[int]:
        """Indices of the tokens covering characters ``start``..``end``."""
        found = self.token_ids.get((start, end))
        if found is None:
            found = self.token_ids[(start, end)] = frozenset(t.i for t in _tokens(self.doc, start, end))
        return found

    def claim(self, sent: int, actor: str, anchor: int) -> Claim:
        """The claim of ``actor`` in sentence ``sent``, new or already started."""
        claim = self.claims.setdefault((sent, actor), Claim(actor, sent, anchor))
        claim.anchor = min(claim.anchor, anchor)
        return claim

    def add(self, claim: Claim, word: Token, speaker: set[int]) -> None:
        """Add the verb or noun that carries the claim, and the speaker phrase to keep out."""
        target = claim.nouns if word.pos_ == "NOUN" else claim.verbs
        if word not in target:
            target.append(word)
        claim.speaker |= speaker

    def blank(self, s: int) -> bool:
        """True for a "sentence" that is only punctuation (a stray closing mark)."""
        return not any(c.isalnum() for c in self.sents[s].text)


def extract_reactions(
    doc: Doc, article: Article, actors: Sequence[Actor], mentions: Sequence[Mention]
) -> list[Reaction]:
    """Every reaction of the article whose actor can be named, in order of appearance."""
    text = doc_text(doc)
    every_quote = find_quotes(text)
    # Words inside any quotation, a title's too, are nobody's speech verbs and name no speaker.
    in_quote = {t.i for q in every_quote for t in _tokens(doc, q.start, q.end)}
    art = _Article(doc, article, Speakers(doc, actors, mentions, in_quote), sentences(doc))
    art.sent_of = sentence_of(doc)
    art.quotes = [q for q in every_quote if not is_title(text, q)]
    art.in_quote = in_quote
    verb_actor = _resolve_verbs(art)
    for i, (actor, speaker) in verb_actor.items():
        if actor and _reported(art, doc[i], verb_actor):
            art.add(art.claim(art.sent_of[i], actor, doc[i].idx), doc[i], speaker)
    for noun, actor, speaker in _noun_reactions(art):
        art.add(art.claim(art.sent_of[noun.i], actor, noun.idx), noun, speaker)
    for quote in art.quotes:  # after the reports, so that a quote can continue one
        _attach_quote(art, quote, verb_actor)
    return _records(art, sorted(art.claims.values(), key=lambda c: (c.anchor, c.actor)))


# --- verbs and quotes ------------------------------------------------------------------------


def _is_candidate(art: _Article, tok: Token) -> bool:
    """A verb of speech or reaction outside any quote, or the "according" of "according to X"."""
    if tok.i in art.in_quote or tok.i not in art.sent_of:
        return False
    if tok.lower_ == "according":
        return any(c.lower_ == "to" for c in tok.children)
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or tok.dep_ == "amod" or lemma not in SPEECH_VERBS | REACTION_VERBS:
        return False
    kids = list(tok.children)
    if lemma == "call":  # "called for", "called X one of Y"; not "called a meeting", "what X calls Y"
        has_obj = any(c.dep_ == "dobj" for c in kids)
        return any(c.dep_ in {"oprd", "ccomp"} for c in kids) or (
            not has_obj and any(c.lower_ in {"for", "on"} for c in kids)
        )
    if lemma == "hail" and any(c.lower_ == "from" for c in kids):
        return False  # "hailed from": came from
    if any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVE for c in kids):
        return False  # "congratulating himself"
    if lemma in {"welcome", "greet"}:  # welcoming a visitor or a baby is hosting, not a reaction
        objs = [c for c in kids if c.dep_ == "dobj"]
        return not any(c.lemma_.lower() in _HOSTED or art.speakers.kind_of(c) == "person" for c in objs)
    return True


def _resolve_verbs(art: _Article) -> dict[int, tuple[str | None, set[int]]]:
    """Speaker actor and speaker phrase tokens of every candidate verb, in reading order."""
    out: dict[int, tuple[str | None, set[int]]] = {}
    for s_index, sent in enumerate(art.sents):
        for tok in sent:
            if not _is_candidate(art, tok):
                continue
            head, own = speaker_head(tok)
            actor = art.speakers.resolve(head, s_index, tok) if head is not None else None
            phrase = {t.i for t in head.subtree} if head is not None else set()
            if not own and tok.dep_ != "acl":  # "reports claiming that ...": the reports speak
                # "..., adding that" / "..., saying": the speaker of the speech verb it hangs on,
                # else of the verb before it in the sentence ("criticising X, saying ...").
                main = next((out[a.i] for a in tok.ancestors if out.get(a.i, (None,))[0]), None)
                if main is None and actor is None:
                    earlier = [out[i] for i in sorted(out) if i >= sent.start and out[i][0]]
                    main = earlier[-1] if earlier else None
                if main:
                    actor, phrase = main
            out[tok.i] = (actor, phrase)
            if actor:
                art.speakers.seen.append((s_index, actor))
    return out


def _attach_quote(art: _Article, quote: Quote, verb_actor: dict[int, tuple[str | None, set[int]]]) -> None:
    """Give a quote to the speech verb that governs it, to a dash credit, or to the previous speaker."""
    span = art.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or span.start not in art.sent_of or span.end - 1 not in art.sent_of:
        return  # a quote in a blank stretch the sentence list leaves out
    first_s, last_s = art.sent_of[span.start], art.sent_of[span.end - 1]
    sents = range(first_s, last_s + 1)
    verbs = [
        art.doc[i]
        for s in sents
        for i in range(art.sents[s].start, art.sents[s].end)
        if verb_actor.get(i, (None, None))[0]
    ]
    short = quote.words <= SHORT_QUOTE_WORDS
    verb = quote_verb(span, verbs, short)
    actor, phrase = verb_actor[verb.i] if verb is not None else (None, set())
    if verb is not None and actor:
        claim = art.claim(art.sent_of[verb.i], actor, min(quote.start, verb.idx))
        art.add(claim, verb, phrase)
    elif not short and (dash := dash_credit(doc_text(art.doc), span.end_char, art.speakers.mentions)):
        claim = art.claim(last_s, dash, quote.start)
    elif not short and is_standalone(quote, [art.sents[s] for s in sents]):
        # A whole-sentence quote right after an attributed sentence continues that speaker.
        back = first_s - 1
        while back > 0 and art.blank(back):
            back -= 1
        prev = [c for (s, _), c in art.claims.items() if s == back]
        if not prev:
            return
        claim = prev[-1]
    else:
        return
    claim.quotes.append(quote)
    claim.sents.update(sents)


# --- reported reactions ----------------------------------------------------------------------


def _reported(art: _Article, verb: Token, verb_actor: dict[int, tuple[str | None, set[int]]]) -> bool:
    """A speech or reaction verb that reports something on its own, without a quote.

    Not: a verb in a relative clause ("an Afghan who entered the country claiming to be a
    minor"), a habit rather than a reaction ("has repeatedly urged", "has long called for"), and
    a verb that speaks only with a clause ("added four ships to the list", "wrote a book").
    """
    if verb.lower_ == "according" or _not_done(verb) or _background(verb):
        return False
    # Words inside a quote or inside another speaker's reported speech are that speaker's.
    actor = verb_actor[verb.i][0]
    for anc in verb.ancestors:
        if anc.i in art.in_quote or verb_actor.get(anc.i, (actor,))[0] != actor:
            return False
    lemma = verb.lemma_.lower()
    content = (
        _CLAUSE
        if lemma in _CLAUSE_ONLY
        else _CONTENT | ({"prep", "advcl"} if lemma in REACTION_VERBS else set())
    )
    return any(c.dep_ in content or (lemma == "call" and c.lower_ in {"for", "on"}) for c in verb.children)


def _background(verb: Token) -> bool:
    """A verb in a relative clause, or told as a habit: "who said", "has repeatedly urged"."""
    if verb.dep_ == "relcl" or any(a.dep_ == "relcl" for a in verb.ancestors):
        return True
    return any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in verb.children)


def _not_done(verb: Token) -> bool:
    """Negated, future or only expected: "did not condemn", "will announce", "abstain from condemning"."""
    for tok in [verb, *list(verb.ancestors)[:2]]:
        if any(c.dep_ == "neg" for c in tok.children) or tok.lemma_.lower() in _NOT_DONE:
            return True
    return any(c.lower_ in {"will", "shall", "'ll"} for c in verb.children)


def _noun_reactions(art: _Article) -> list[tuple[Token, str, set[int]]]:
    """Reaction nouns and their author: "a rebuke from X", "US condemnation", "X expressed concern"."""
    out = []
    for tok in art.doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or lemma not in REACTION_NOUNS or tok.i in art.in_quote:
            continue
        if tok.i not in art.sent_of:
            continue
        heads: list[Token] = []
        # "a rebuke from X", and "drew a rebuke from X" where the parser hangs "from" on the verb.
        kids = list(tok.children)
        if tok.dep_ == "dobj":
            kids += [c for c in tok.head.children if c.i > tok.i]
        for child in kids:
            authors = {"from", "by", "of"} if lemma == "ire" else {"from", "by"}  # "the ire of X"
            if child.dep_ == "prep" and child.lower_ in authors:
                heads += [c for c in child.children if c.dep_ == "pobj"]
            elif child.dep_ in {"poss", "compound"} and art.speakers.mention_on(child):
                heads.append(child)
        if not heads and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _LIGHT_VERBS:
            subj, _ = speaker_head(tok.head)
            heads = [subj] if subj is not None else []
        for head in heads:
            actor = art.speakers.resolve(head, art.sent_of[tok.i])
            if actor and not _not_done(tok.head):
                out.append((tok, actor, {t.i for t in head.subtree}))
                break
    return out


# --- records ---------------------------------------------------------------------------------


def _records(art: _Article, claims: list[Claim]) -> list[Reaction]:
    """Reaction records with per-article ids; a repeated paraphrase (a repeated caption) is folded."""
    out: list[Reaction] = []
    seen: dict[tuple[str, str, str], int] = {}
    counters: dict[str, int] = {}
    for claim in claims:
        sents = [s for s in sorted({claim.sent, *claim.sents}) if not art.blank(s)]
        quote = " … ".join(q.text for q in claim.quotes) or None
        # A fragment in quotes ("null and void") says little alone: the paraphrase gives context,
        # to the reader and to the stance ('called it a "political trial" ... to "justify her arrest"').
        fragment = quote is not None and sum(q.words for q in claim.quotes) <= 2 * SHORT_QUOTE_WORDS
        quoted, around = _words(art, claim, quote is None or fragment)
        stance = stance_of(claim.verbs, claim.nouns, quoted, around)
        if quote is None and not claim.nouns and narration(claim):
            continue
        summary = summary_of(art, claim) if quote is None or fragment else None
        ev = tuple(evidence(art.article.id, art.sents[s], s) for s in sents)
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


def _words(art: _Article, claim: Claim, with_clause: bool) -> tuple[list[Token], list[Token]]:
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
    return [art.doc[i] for i in sorted(quoted)], [art.doc[i] for i in sorted(around)]


def _conceded(tok: Token) -> bool:
    """True when the word sits in a "despite ..." or "although ..." clause."""
    for a in tok.ancestors:
        if a.lower_ in _CONCESSIVE or (
            a.dep_ == "advcl" and any(c.lower_ in _CONCESSIVE for c in a.children)
        ):
            return True
    return False


def summary_of(art: _Article, claim: Claim) -> str | None:
    """The paraphrase of a claim, its speaker named as the sentence names them."""
    return summary(claim, art.sents[claim.sent], _speaker_name(art, claim))


def _speaker_name(art: _Article, claim: Claim) -> str:
    """The speaker as the sentence names it, else the actor's canonical name."""
    starts = {art.doc[i].idx for i in claim.speaker}
    for m in art.speakers.mentions:
        if m.actor == claim.actor and any(m.start <= s < m.end for s in starts):
            return fold(m.text)
    return art.speakers.name.get(claim.actor, claim.actor)


def _about(art: _Article, claim: Claim) -> tuple[str, ...]:
    """Actors named in the quote or in what the actor said or did, minus the speaker."""
    inside = {t.i for t in clause(claim, keep_speaker=False)}
    for q in claim.quotes:
        inside.update(art.tokens_at(q.start, q.end))
    found: dict[str, None] = {}
    for m in art.speakers.mentions:
        toks = art.tokens_at(m.start, m.end)
        if m.actor != claim.actor and toks and toks <= inside and not toks & claim.speaker:
            found.setdefault(m.actor, None)
    return tuple(found)


def _tokens(doc: Doc, start: int, end: int) -> Span | tuple[()]:
    """The tokens covering characters ``start``..``end`` (none when they fall between tokens)."""
    return doc.char_span(start, end, alignment_mode="expand") or ()


def _date(art: _Article, claim: Claim) -> str | None:
    """The date of the reaction: a date phrase on its verb ("on Tuesday, X said"), else publication."""
    published = art.article.published
    anchors = claim.verbs or [n.head for n in claim.nouns]
    sent = art.sents[claim.sent]
    for ref in find_dates(sent, published):
        span = _tokens(art.doc, ref.start, ref.end)
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
