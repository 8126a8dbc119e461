"""Reactions of one article: who said or did what in response, quoted or reported, with a stance.

Patterns caught: direct quotes with their speaker in any order ("'…,' X said", "X said: '…'",
"'…,' said X, a fellow at Y", "'…' — X", "according to X"), quotes over two sentences, pronoun
and "the Russian leader"-style speakers that point back, reported reactions without quotes
("the US opposed the visit", "were criticized by X") and reaction nouns ("a rebuke from X").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from generator.extract.base import doc_text, sentence_of, sentences
from generator.extract.reactions.article import ArticleView, tokens, with_lemma
from generator.extract.reactions.assemble import records
from generator.extract.reactions.credits import QUOTE_CREDIT_VERBS, named_next_to_quote, speaks
from generator.extract.reactions.furniture import furniture, headline
from generator.extract.reactions.posts import embedded_posts
from generator.extract.reactions.quotes import (
    SHORT_QUOTE_WORDS,
    Quote,
    dash_credit,
    find_quotes,
    governs,
    is_standalone,
    is_title,
    quote_verb,
)
from generator.extract.reactions.reported import VerbActors, noun_reactions, reported
from generator.extract.reactions.speakers import Speakers, speaker_head
from generator.extract.reactions.stance import (
    APOLOGY_VERBS,
    MANNER_VERBS,
    REACTION_VERBS,
    SPEECH_VERBS,
    stance_of,
)
from generator.extract.reactions.titles import PERSON_TITLES
from generator.records import Actor, Article, Mention, Reaction

__all__ = ["extract_reactions", "stance_of"]

_REFLEXIVE = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves"})
# Links of a speech verb that the parser hangs on a quote's words when it loses the speaker
# ('"…," Ana Li, the port's director, insisted': a conjunct of the quote's verb).
_LOST_LINKS = frozenset({"ROOT", "conj", "ccomp", "parataxis"})
# Nouns of things that speak themselves: a participle on them is theirs ("reports claiming that").
_MEDIA = frozenset(
    "report statement article letter post video message document claim account tweet study poll".split()
)
# Prepositions of motion: a reaction verb with one is a movement ("slammed into the barrier").
_MOTION = frozenset({"into", "onto", "through"})
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
    "arrival",
    "newborn",
}


def extract_reactions(
    doc: Doc, article: Article, actors: Sequence[Actor], mentions: Sequence[Mention]
) -> list[Reaction]:
    """Every reaction of the article whose actor can be named, in order of appearance."""
    text = doc_text(doc)
    every_quote = find_quotes(text)
    # Words inside any quotation, a title's too, are nobody's speech verbs and name no speaker.
    in_quote = {t.i for q in every_quote for t in tokens(doc, q.start, q.end)}
    art = ArticleView(doc, article, Speakers(doc, actors, mentions, in_quote), sentences(doc))
    art.sent_of = sentence_of(doc)
    art.quotes = [q for q in every_quote if not is_title(text, q)]
    art.in_quote = in_quote
    art.furniture = furniture(text)
    verb_actor = _resolve_verbs(art)
    for i, (actor, speaker) in verb_actor.items():
        if actor and reported(art, doc[i], verb_actor):
            art.add(art.claim(art.sent_of[i], actor, doc[i].idx), doc[i], speaker)
    for noun, actor, speaker in noun_reactions(art):
        art.add(art.claim(art.sent_of[noun.i], actor, noun.idx), noun, speaker)
    for quote in art.quotes:  # after the reports, so that a quote can continue one
        _attach_quote(art, quote, verb_actor)
    for post in embedded_posts(text, art.speakers.mentions, art.speakers.name):
        _attach_post(art, post.quote, post.actor)
    claims = [
        c
        for c in art.claims.values()
        if not art.in_furniture(c.anchor) and not headline(art.sents[c.sent], c.verbs)
    ]
    return records(art, sorted(claims, key=lambda c: (c.anchor, c.actor)))


# --- verbs and quotes ------------------------------------------------------------------------


def _is_candidate(art: ArticleView, tok: Token) -> bool:
    """A verb of speech or reaction outside any quote, or the "according" of "according to X"."""
    if tok.i in art.in_quote or tok.i not in art.sent_of or art.in_furniture(tok.idx):
        return False
    if tok.lower_ == "according":
        return any(c.lower_ == "to" for c in tok.children)
    lemma = tok.lemma_.lower()
    if lemma in QUOTE_CREDIT_VERBS:
        return tok.pos_ == "VERB" and speaks(tok, art.in_quote)
    if tok.pos_ != "VERB" or tok.dep_ == "amod" or lemma not in SPEECH_VERBS | REACTION_VERBS | APOLOGY_VERBS:
        return False
    kids = list(tok.children)
    if any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVE for c in kids):
        return False  # "congratulating himself", "calling itself the West African Province"
    if lemma == "call":  # "called for", "called X one of Y"; not "called a meeting", "what X calls Y"
        has_obj = any(c.dep_ == "dobj" for c in kids)
        return any(c.dep_ in {"oprd", "ccomp"} for c in kids) or (
            not has_obj and any(c.lower_ in {"for", "on"} for c in kids)
        )
    if lemma == "share" and any(c.dep_ == "dobj" for c in kids):
        return False  # "share similar assessments", "shared a video": what is shared, not speech
    if lemma == "hail" and any(c.lower_ == "from" for c in kids):
        return False  # "hailed from": came from
    if any(c.dep_ == "prep" and c.lower_ in _MOTION for c in kids) and lemma not in SPEECH_VERBS:
        return False  # "slammed into the barrier", "hit out at" aside: a collision, not a rebuke
    if lemma in {"welcome", "greet"}:  # welcoming a visitor or a baby is hosting, not a reaction
        objs = [c for c in kids if c.dep_ == "dobj"]
        return not any(c.lemma_.lower() in _HOSTED or art.speakers.kind_of(c) == "person" for c in objs)
    return True


def _resolve_verbs(art: ArticleView) -> VerbActors:
    """Speaker actor and speaker phrase tokens of every candidate verb, in reading order."""
    out: VerbActors = {}
    lemmas = SPEECH_VERBS | REACTION_VERBS | APOLOGY_VERBS | QUOTE_CREDIT_VERBS
    for i in with_lemma(art.doc, lemmas, frozenset({"according"})):
        tok = art.doc[i]
        if not _is_candidate(art, tok):
            continue
        s_index = art.sent_of[i]
        head, own = speaker_head(tok)
        if head is not None and head.i in art.in_quote:
            head = _named_after_quote(art, head, tok)
        if head is None and tok.dep_ in _LOST_LINKS:
            head = named_next_to_quote(tok, art.in_quote, art.speakers.mention_on)
            own = own or head is not None
        actor = art.speakers.resolve(head, s_index, tok) if head is not None else None
        # The speaker phrase, less the verb's own words when it hangs on the name ("Ana Li, taking").
        phrase = {t.i for t in head.subtree} if head is not None else set()
        if head is not None and head in tok.ancestors:
            phrase -= {t.i for t in tok.subtree}
        # "media reports claiming that ...": the reports speak, not the speaker they reach.
        if not own and not (tok.dep_ == "acl" and tok.head.lemma_.lower() in _MEDIA):
            # "..., adding that" / "..., saying": the speaker of the speech verb it hangs on,
            # else of the verb before it in the sentence ("criticising X, saying ...").
            main = next((out[a.i] for a in tok.ancestors if out.get(a.i, (None,))[0]), None)
            if main is None and actor is None:
                earlier = [out[j] for j in sorted(out) if j >= art.sents[s_index].start and out[j][0]]
                main = earlier[-1] if earlier else None
            if main:
                actor, phrase = main
        out[tok.i] = (actor, phrase)
        if actor:
            art.speakers.seen.append((s_index, actor))
    return out


def _named_after_quote(art: ArticleView, head: Token, verb: Token) -> Token | None:
    """The speaker named between a quote and its verb when the parser took a name inside the
    quote for the subject and hung the speaker on it as an apposition: '"… of our team - Drs.
    Mitchell and Leslie Weiss," Kris Hoce, president of the hospital, said' ("Mitchell" the
    subject, "Kris Hoce" its apposition). Nobody else: a word of the quote names no speaker."""
    return next(
        (c for c in head.children if c.dep_ == "appos" and c.i not in art.in_quote and c.i < verb.i),
        None,
    )


def _attach_quote(art: ArticleView, quote: Quote, verb_actor: VerbActors) -> None:
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
    if verb is None and _unknown_voice(art, span, sents, short, verb_actor):
        return  # '"…," tweeted the president': somebody the article does not name says it
    if verb is None and not short:
        verb = _credit_after(art, span, last_s, verb_actor)
        if verb is not None and not verb_actor[verb.i][0] and verb_actor[verb.i][1]:
            return  # '"…!" | tweeted the president.': a speaker the article does not name
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
        # That speaker's claim, named there or already continued there (a quote over paragraphs).
        prev = [c for (s, _), c in art.claims.items() if s == back or back in c.sents]
        if not prev:
            return
        claim = prev[-1]
    else:
        return
    claim.quotes.append(quote)
    claim.sents.update(sents)


def _attach_post(art: ArticleView, quote: Quote, actor: str) -> None:
    """An embedded post is its author's words (``posts.py``), as a quote of its own."""
    toks = sorted(art.tokens_at(quote.start, quote.end) & art.sent_of.keys())
    if not toks:
        return
    sents = {art.sent_of[i] for i in toks}
    claim = art.claim(min(sents), actor, quote.start)
    if quote not in claim.quotes:
        claim.quotes.append(quote)
    claim.sents.update(sents)


def _unknown_voice(art: ArticleView, span: Span, sents: range, short: bool, verb_actor: VerbActors) -> bool:
    """True when a speech verb whose speaker a phrase names, but nobody known, credits the quote:
    the quote is theirs, not the previous speaker's ('"…," tweeted the president', a president
    never named). A passive with nobody named ("readers were told: '…' — X") leaves it open."""
    unknown = [
        art.doc[i]
        for s in sents
        for i in range(art.sents[s].start, art.sents[s].end)
        if i in verb_actor and not verb_actor[i][0] and verb_actor[i][1] and art.doc[i].lower_ != "according"
    ]
    voice = quote_verb(span, unknown, short) if unknown else None
    return voice is not None and (voice.i >= span.end or governs(voice, span, short))


CREDIT_TOKENS = 15
"""A sentence after a quote that only credits it ("Ana Li said.") has at most this many tokens."""


def _credit_after(art: ArticleView, span: Span, last_s: int, verb_actor: VerbActors) -> Token | None:
    """The main verb of a short sentence right after a quote that closes its own sentence, when
    it is a speech verb that says nothing of its own: '"There will never be a friendly solution!"
    | Trump said.' (the parser ends the sentence at the exclamation mark)."""
    nxt = last_s + 1
    while nxt < len(art.sents) and art.blank(nxt):
        nxt += 1
    if nxt >= len(art.sents):
        return None
    sent = art.sents[nxt]
    between = doc_text(art.doc)[span.end_char : sent.start_char]
    if (
        any(c.isalnum() for c in between)
        or len(sent) > CREDIT_TOKENS
        or any(t.i in art.in_quote for t in sent)
    ):
        return None
    verb = sent.root
    actor, speaker = verb_actor.get(verb.i, (None, set()))
    # What the verb says of its own; "told reporters" names the audience only.
    audience = {"dobj", "dative"} if verb.lemma_.lower() == "tell" else set()
    says = [
        c for c in verb.children if c.dep_ in {"ccomp", "parataxis", "dobj"} - audience and c.i not in speaker
    ]
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "He did not comment on timing.": no credit
    if verb.lemma_.lower() in MANNER_VERBS:
        return None  # "The ticket agent laughed at this.": a manner of speaking credits no quote after
    if verb.i in verb_actor and verb.lemma_.lower() in SPEECH_VERBS and not says:
        return verb  # the main verb credits the quote and says nothing of its own ("tweeted the president")
    return None
