"""From an article's claims to Reaction records: stance, quote or paraphrase, target, date."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from generator.extract.base import evidence
from generator.extract.events.dates import find_dates
from generator.extract.reactions.article import ArticleView, tokens
from generator.extract.reactions.position import narration
from generator.extract.reactions.quotes import SHORT_QUOTE_WORDS
from generator.extract.reactions.stance import stance_of
from generator.extract.reactions.text import Claim, clause, summary
from generator.records import Reaction
from generator.text import fold, slugify

_CONCESSIVE = frozenset({"despite", "although", "though"})


def records(art: ArticleView, claims: list[Claim]) -> list[Reaction]:
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
    """The speaker as the sentence names it, else the actor's canonical name."""
    starts = {art.doc[i].idx for i in claim.speaker}
    for m in art.speakers.mentions:
        if m.actor == claim.actor and any(m.start <= s < m.end for s in starts):
            return fold(m.text)
    return art.speakers.name.get(claim.actor, claim.actor)


def _about(art: ArticleView, claim: Claim) -> tuple[str, ...]:
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


def _date(art: ArticleView, claim: Claim) -> str | None:
    """The date of the reaction: a date phrase on its verb ("on Tuesday, X said"), else publication."""
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
