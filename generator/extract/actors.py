"""Actors of one article: named people, organizations, countries and groups, with their roles.

Patterns caught: spaCy's PERSON / ORG / GPE / NORP entities, cleaned of junk; a capitalised name
after a title word that the model missed ("President Ana Li"); countries by any of their names,
demonyms ("Russian" -> Russia) and capitals used as the state ("Moscow said"); surname-only
mentions folded into the full name named in the same article; roles from titles before the name
("NATO Secretary General X"), appositions after it ("X, an analyst at Y,") and "Y's X" forms.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from generator.extract import gazetteer
from generator.extract.base import evidence, sentences
from generator.extract.roles import TITLE_WORDS, is_title_word, role_after, role_before
from generator.records import Actor, Article, Evidence, Mention
from generator.text import ascii_fold, slugify

ENTITY_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "country", "NORP": "group"}
MAX_NAME_TOKENS = 8

# Capitalised common words the model sometimes tags as a name on its own.
COMMON_WORDS = {
    "state",
    "next",
    "previous",
    "ceremony",
    "relationship",
    "government",
    "ministry",
    "party",
    "president",
    "minister",
    "news",
    "media",
    "today",
    "source",
    "sources",
    "photo",
    "video",
    "image",
    "images",
    "contact",
    "disclaimer",
    "translate",
    "share",
    "print",
    "email",
    "home",
    "world",
    "politics",
    "business",
    "opinion",
    "war",
    "police",
    "army",
    "court",
    "parliament",
    "gmt",
    "utc",
}
# Words that mark a name as a publisher or picture credit rather than a player in the story.
MEDIA_WORDS = {
    "images", "photo", "photos", "tv", "newspaper", "channel", "pictures",
    "youtube", "twitter", "facebook", "instagram", "whatsapp", "telegram", "tiktok",
}  # fmt: skip
# Nouns after a name that make it a group's name: "X militants", "X fighters".
GROUP_FOLLOWERS = {
    "militants", "fighters", "insurgents", "rebels", "jihadists", "extremists", "members", "commanders",
    "faction", "militia", "militias", "terrorists", "insurgency", "group", "movement", "supporters",
}  # fmt: skip
# Forms of address before a name, not part of it ("Prof", "Alhaji", "Mr").
HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "mallam", "malam", "alhaji",
    "alhaja", "rev", "reverend", "hon", "honourable", "gen", "col", "capt", "sgt", "lt", "maj", "mx",
}  # fmt: skip
# Words that make a name a building or site, not an actor.
FACILITY_WORDS = {
    "palace",
    "guesthouse",
    "airport",
    "mausoleum",
    "hotel",
    "square",
    "street",
    "avenue",
    "stadium",
    "bridge",
    "hall",
    "tower",
    "station",
    "port",
    "harbour",
    "harbor",
    "museum",
    "park",
    # Features of the land and sea: places, not actors.
    "cape",
    "island",
    "islands",
    "peninsula",
    "sea",
    "strait",
    "bay",
    "gulf",
    "mount",
    "mountain",
    "mountains",
    "river",
    "lake",
    "valley",
    "forest",
    "desert",
    "coast",
}

# Words that make a name an organization, whatever the model says.
ORG_WORDS = {
    "institute",
    "party",
    "council",
    "ministry",
    "committee",
    "association",
    "bank",
    "court",
    "union",
    "agency",
    "company",
    "corporation",
    "corp",
    "inc",
    "ltd",
    "university",
    "center",
    "centre",
    "foundation",
    "group",
    "army",
    "forces",
    "force",
    "embassy",
    "office",
    "department",
    "commission",
    "organization",
    "organisation",
    "assembly",
    "parliament",
    "congress",
    "senate",
    "government",
    "program",
    "programme",
    "fund",
    "school",
    "academy",
    "club",
    "federation",
    "alliance",
    "front",
}

# Last words of a newspaper's or broadcaster's name ("Süddeutsche Zeitung", "France Info"):
# the model often takes such a title for a person.
PUBLICATION_WORDS = {
    "zeitung", "times", "post", "journal", "herald", "tribune", "gazette", "info", "hebdo",
    "telegraph", "chronicle", "courier", "observer", "inquirer", "examiner", "bulletin", "press",
}  # fmt: skip
# Common nouns a sentence may start with before a name ("Bystander Ana Li said ...").
DESCRIPTOR_WORDS = {
    "bystander", "witness", "eyewitness", "survivor", "resident", "tourist", "victim", "passenger",
    "driver", "student", "teacher", "doctor", "nurse", "neighbour", "neighbor", "photographer",
    "reporter", "journalist", "correspondent", "lawyer", "activist", "volunteer", "spectator",
}  # fmt: skip
# Words of address a transcript puts before a name ("Thanks Ari", "Hello Ana").
GREETING_WORDS = {"thanks", "thank", "hi", "hello", "dear", "welcome", "bye", "goodbye", "congratulations"}
# Particles inside a family name ("Marine Le Pen", "Ursula von der Leyen"): the model may stop at them.
NAME_PARTICLES = {
    "le", "la", "de", "del", "della", "van", "von", "der", "den", "al", "el", "bin", "ibn", "da", "du", "di",
}  # fmt: skip

_BAD_CHARS = re.compile(r"[@#<>{}\[\]|=/\\]|https?:|www\.")


@dataclass
class _Candidate:
    """A mention before it is assigned an actor id."""

    start: int
    end: int
    text: str
    kind: str
    name: str
    role: str | None = None
    affiliation: str | None = None
    sent_index: int = 0


@dataclass
class _Cluster:
    """Mentions of one actor inside one article."""

    name: str
    kind: str
    members: list[_Candidate] = field(default_factory=list)


def extract_actors(doc: Doc, article: Article) -> tuple[list[Actor], list[Mention]]:
    """All actors the article names, and every place it names them."""
    sents = sentences(doc)
    sent_of = {}
    for i, sent in enumerate(sents):
        for tok in sent:
            sent_of[tok.i] = i
    candidates = [c for c in _candidates(doc, sent_of) if c is not None]
    # A one-word "name" the same article also writes in lower case ("Casino" ... "the casino")
    # is a capitalised common noun, not an actor.
    lower_words = {t.text for t in doc if t.is_lower and t.is_alpha}
    candidates = [
        c for c in candidates if c.kind == "country" or " " in c.text or c.text.lower() not in lower_words
    ]
    candidates += list(_surname_mentions(doc, candidates, sent_of))
    clusters = _cluster(candidates)
    return _records(clusters, sents, article)


def _candidates(doc: Doc, sent_of: dict[int, int]) -> Iterable[_Candidate | None]:
    covered: set[int] = set()
    for ent in doc.ents:
        if ent.label_ not in ENTITY_KINDS:
            continue
        span = _trim(ent)
        if span is None:
            continue
        if ent.label_ == "PERSON":
            span = _person_extent(span)
        covered.update(range(span.start, span.end))
        yield _classify(span, ENTITY_KINDS[ent.label_], sent_of)
    yield from _titled_names(doc, covered, sent_of)
    yield from _missions(doc, sent_of)


MISSION_WORDS = {"embassy", "consulate", "mission", "legation"}


def _missions(doc: Doc, sent_of: dict[int, int]) -> Iterable[_Candidate]:
    """A country's diplomatic mission: "the U.S. embassy in Hanoi", "the French Embassy"."""
    for tok in doc:
        if tok.lower_ not in MISSION_WORDS or tok.i == 0:
            continue
        left = next(
            (
                doc[i : tok.i]
                for i in (tok.i - 1, tok.i - 2)
                if i >= 0
                and doc[i].lower_ != "the"
                and (gazetteer.country(doc[i : tok.i].text) or gazetteer.demonym(doc[i : tok.i].text))
            ),
            None,
        )
        if left is None:
            continue
        end = tok.i + 1
        if end + 1 < len(doc) and doc[end].lower_ == "in" and doc[end + 1].is_title:
            end += 2
            while end < len(doc) and doc[end].is_title and doc[end].tag_ == "NNP":
                end += 1
        span = doc[left.start : end]
        text = span.text
        yield _Candidate(
            span.start_char, span.end_char, text, "organization", text, sent_index=sent_of.get(span.start, 0)
        )


def _surname_mentions(doc: Doc, found: list[_Candidate], sent_of: dict[int, int]) -> Iterable[_Candidate]:
    """Surname-only mentions of people named in full that the model missed or mislabeled."""
    surnames = {c.name.split()[-1] for c in found if c.kind == "person" and len(c.name.split()) > 1}
    taken = {(c.start, c.end) for c in found}
    spans = [(c.start, c.end) for c in found]
    for tok in doc:
        if tok.text not in surnames or tok.tag_ != "NNP":
            continue
        if gazetteer.is_place(tok.text) or gazetteer.country(tok.text):
            continue  # "Paris" is a city before it is Ms Paris
        start, end = tok.idx, tok.idx + len(tok.text)
        if (start, end) in taken or any(s <= start < e for s, e in spans):
            continue
        yield _Candidate(start, end, tok.text, "person", tok.text, sent_index=sent_of.get(tok.i, 0))


def _trim(span: Span) -> Span | None:
    """The entity without a leading "the", a possessive, or anything after a line break."""
    doc = span.doc
    start, end = span.start, span.end
    for i in range(start, end):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            end = i + 1 if "\n" in doc[i].whitespace_ and "\n" not in doc[i].text else i
            break
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if gazetteer.country(doc[start:end].text):
        return doc[start:end]  # "Democratic People's Republic of Korea" is one name
    # "Singapore's ISEAS": a country owner is a separate actor, the name starts after it;
    # "the Center's Asia Program": the owning organization is the actor.
    for i in range(start + 1, end - 1):
        if doc[i].tag_ == "POS":
            owner = doc[start:i].text
            if gazetteer.country(owner) or gazetteer.capital(owner):
                start = i + 1
            else:
                end = i
            break
    if end <= start or end - start > MAX_NAME_TOKENS:
        return None
    return doc[start:end]


def _person_extent(span: Span) -> Span:
    """A person's name where the model cut it short or ran it long.

    "Bystander Ana Li" loses the sentence-initial common noun (it is left as the role word);
    "mayor Sadiq [Khan]" gains the untagged given name before it; "Marine Le [Pen]" gains the
    word after a name particle.
    """
    doc = span.doc
    start, end = span.start, span.end
    first = doc[start]
    if end - start > 1 and (
        first.lower_.rstrip(".") in DESCRIPTOR_WORDS | GREETING_WORDS | HONORIFICS
        or is_title_word(first.text)
    ):
        start += 1
    if (
        end - start == 1
        and start > 0
        and not doc[start - 1].is_sent_start
        and _loose_name_word(doc[start - 1])
    ):
        start -= 1
    if doc[end - 1].lower_ in NAME_PARTICLES and end < len(doc) and _loose_name_word(doc[end]):
        end += 1
    # "Moon Jae-in": the tokenizer splits the hyphen and the model stops before it.
    if end + 1 < len(doc) and _hyphen_tail(doc[end - 1], doc[end], doc[end + 1]):
        end += 2
    return doc[start:end] if (start, end) != (span.start, span.end) else span


def _hyphen_tail(last: Token, dash: Token, tail: Token) -> bool:
    """ "Jae" "-" "in": a short hyphenated last part written without spaces, outside any entity."""
    joined = not last.whitespace_ and not dash.whitespace_
    return dash.text == "-" and joined and tail.is_alpha and tail.ent_iob_ == "O" and len(tail) <= 4


def _loose_name_word(tok: Token) -> bool:
    """A capitalised proper noun outside any entity that is neither a title nor a place."""
    return (
        tok.ent_iob_ == "O"
        and tok.tag_ == "NNP"
        and tok.is_title
        and tok.is_alpha
        and "\n" not in tok.whitespace_
        and not is_title_word(tok.text)
        and tok.lower_ not in COMMON_WORDS | GREETING_WORDS
        and not gazetteer.is_place(tok.text)
        and gazetteer.demonym(tok.text) is None
    )


def _classify(span: Span, kind: str, sent_of: dict[int, int]) -> _Candidate | None:
    """Decide what the entity is: a person, organization, country, group, or junk (None)."""
    text = span.text.strip()
    if not _looks_like_name(span):
        return None
    if gazetteer.country(text):
        return _country(span, gazetteer.country(text).name, sent_of)  # type: ignore[union-attr]
    if gazetteer.demonym(text):
        return _country(span, gazetteer.demonym(text).name, sent_of)  # type: ignore[union-attr]
    if kind == "country" or gazetteer.is_place(text):
        # A capital that acts ("Moscow said", "Washington's response") stands for the state.
        capital_of = gazetteer.capital(text)
        if capital_of and span.root.dep_ in {"nsubj", "nsubjpass", "poss"}:
            return _country(span, capital_of.name, sent_of)
        return None
    if kind == "group" and span.root.tag_ not in {"NNPS", "NNS"}:
        # Plural nationalities or movements ("the Houthis"); adjectives ("Western") are not actors.
        return None
    if any(t.lower_ in MEDIA_WORDS or t.lower_ in FACILITY_WORDS for t in span):
        return None
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if kind == "person" and after is not None and after.lower_ in GROUP_FOLLOWERS:
        kind = "organization"  # "X militants": the model's person is a group's name
    if kind == "organization" and span[0].lower_.rstrip(".") in HONORIFICS and len(span) > 1:
        span, kind = span[1:], "person"  # "Mallam Ana Li": a person addressed with respect
        text = span.text.strip()
    if any(p.strip() and gazetteer.is_place(p.strip()) for p in span.text.split(",")) and "," in span.text:
        return None  # "Abuja, Borno": a list of places
    if kind == "person" and _names_a_publication(span):
        return None
    if kind == "person" and len(span) > 1:
        # "Islamic State", "Süddeutsche Zeitung", "City Police": an institution, not a person.
        institution = any(t.lower_ in ORG_WORDS | {"state", "police"} for t in span[1:])
        if institution or span[-1].lower_ in PUBLICATION_WORDS:
            kind = "organization"
    if kind == "organization" and _titled_person(span):
        kind = "person"  # "Chancellor Olaf Scholz": the model's ORG is a person after a title
    cand = _Candidate(
        span.start_char, span.end_char, text, kind, _display(text), sent_index=sent_of.get(span.start, 0)
    )
    if kind == "person":
        cand.role, cand.affiliation = _role(span)
    return cand


def _names_a_publication(span: Span) -> bool:
    """ "the X newspaper", "X newspaper", "the newspaper, X,": a title the model took for a person."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if after is not None and after.lower_ in MEDIA_WORDS | {"agency", "daily", "magazine", "news"}:
        return True
    if before is not None and before.lower_ == "the":
        return True
    return span.root.dep_ == "appos" and span.root.head.lower_ in MEDIA_WORDS


def _titled_person(span: Span) -> bool:
    """A 2-4 word capitalised name right after a title word, with no organization word in it."""
    if not 2 <= len(span) <= 4 or span.start == 0:
        return False
    if not is_title_word(span.doc[span.start - 1].text):
        return False
    return all(t.is_title and t.is_alpha and t.lower_ not in ORG_WORDS for t in span)


def _country(span: Span, name: str, sent_of: dict[int, int]) -> _Candidate:
    return _Candidate(
        span.start_char,
        span.end_char,
        span.text.strip(),
        "country",
        name,
        sent_index=sent_of.get(span.start, 0),
    )


def _looks_like_name(span: Span) -> bool:
    """Reject fragments, widget text, e-mail lines and capitalised common words."""
    text = span.text.strip()
    if len(text) < 2 or not any(c.isalpha() for c in text) or _BAD_CHARS.search(text):
        return False
    if not (text[0].isupper() or text[0].isdigit()):
        return False
    if any(t.lower_ in {"n't", "n’t"} for t in span):
        return False
    if len(span) == 1 and text.isupper() and span.end < len(span.doc) and span.doc[span.end].text == ":":
        return False  # a transcript's speaker label ("HOST:"), not a name in the story
    if len(span) == 1 and (span[0].lower_ in COMMON_WORDS or span[0].tag_ not in {"NNP", "NNPS"}):
        return gazetteer.country(text) is not None or gazetteer.demonym(text) is not None
    if all(t.lower_ in COMMON_WORDS or t.is_stop for t in span):
        return False
    # A headline fragment like "X Strikes New Deal" has a verb inside the name.
    return not any(t.pos_ == "VERB" for t in span)


def _titled_names(doc: Doc, covered: set[int], sent_of: dict[int, int]) -> Iterable[_Candidate]:
    """Capitalised names right after a title that the model did not tag: "President Ana Li",
    and after a title with an "of"/"for" tail: "Secretary of State for Defense Ana Li"."""
    for tok in doc:
        if not is_title_word(tok.text) or not tok.text[:1].isupper():
            continue
        run: list[Token] = []
        k = tok.i + 1
        while k < len(doc) and len(run) < 10 and "\n" not in doc[k - 1].whitespace_:
            t = doc[k]
            joins = t.lower_ in {"of", "for"} and k + 1 < len(doc) and doc[k + 1].is_title
            if joins or (t.is_title and t.is_alpha and not is_title_word(t.text)):
                run.append(t)
            else:
                break
            k += 1
        tail = [i for i, t in enumerate(run) if t.lower_ in {"of", "for"}]
        # With a title tail the name is its last two words; otherwise the whole run.
        words = run[tail[-1] + 2 :][-2:] if tail else run[:4]
        while words and words[0].lower_.rstrip(".") in HONORIFICS:
            words = words[1:]  # "spokesman Mallam Ana Li": the name starts after the form of address
        if len(words) < 2 or words[-1].tag_ != "NNP" or any(t.i in covered for t in words):
            continue
        span = doc[words[0].i : words[-1].i + 1]
        if (
            gazetteer.is_place(span.text)
            or gazetteer.country(span.text)
            or any(t.lower_ in ORG_WORDS for t in span)
        ):
            continue
        covered.update(range(span.start, span.end))
        cand = _Candidate(
            span.start_char,
            span.end_char,
            span.text,
            "person",
            span.text,
            sent_index=sent_of.get(span.start, 0),
        )
        cand.role, cand.affiliation = _role(span)
        yield cand


def _role(span: Span) -> tuple[str | None, str | None]:
    """Role and affiliating country of a person mention, from the words around it."""
    before = role_before(span)
    after = role_after(span)
    role = after or before
    if before and after and len(before.split()) > 1:
        role = before
    affiliation = None
    if role and " of " in role:
        found = gazetteer.country(role.rsplit(" of ", 1)[1])
        affiliation = found.name if found else None
    return role, affiliation


def _display(text: str) -> str:
    """The name as it should be shown: single spaces, no possessive."""
    text = " ".join(text.split())
    return re.sub(r"['’]s$", "", text)


def name_key(name: str) -> str:
    """Comparison key for names: case, diacritics, hyphens and dots folded."""
    folded = ascii_fold(name).casefold().replace(".", "")
    return " ".join(re.sub(r"[-’'`]", " ", folded).split())


def _cluster(cands: list[_Candidate]) -> list[_Cluster]:
    """Group mentions of the same actor: equal keys, then surnames into full names."""
    by_key: dict[tuple[str, str], _Cluster] = {}
    order: list[tuple[str, str]] = []
    _one_kind_per_name(cands)
    for c in cands:
        k = (c.kind, name_key(c.name))
        if k not in by_key:
            by_key[k] = _Cluster(c.name, c.kind)
            order.append(k)
        by_key[k].members.append(c)
    # Fold single-word person names (and organizations the model mislabeled) into the full name.
    people = [k for k in order if k[0] == "person" and len(k[1].split()) > 1]
    for k in list(order):
        words = k[1].split()
        if len(words) != 1 or k[0] not in {"person", "organization"}:
            continue
        if k[0] == "organization" and any(m.text.isupper() for m in by_key[k].members):
            continue  # an acronym ("UN") is not somebody's surname
        # A surname ("Lam") first; a family name written first ("Kim") only when unambiguous.
        owners = [p for p in people if words[0] == p[1].split()[-1]]
        owners = owners or [p for p in people if words[0] == p[1].split()[0]]
        if len({o[1] for o in owners}) == 1:
            by_key[owners[0]].members.extend(by_key.pop(k).members)
            order.remove(k)
    # "al-Adnani" / "Jong-un" after "Abu Muhammad al-Adnani": a multi-word tail of one full name.
    for k in list(order):
        words = k[1].split()
        if k[0] != "person" or len(words) < 2 or k not in by_key:
            continue
        owners = [p for p in order if p[0] == "person" and p != k and p[1].endswith(" " + k[1])]
        if not owners and len(words) == 2:  # "Amina Ali" before "Amina Ali Nkeki"
            owners = [p for p in order if p[0] == "person" and p != k and p[1].startswith(k[1] + " ")]
        if len(owners) == 1:
            by_key[owners[0]].members.extend(by_key.pop(k).members)
            order.remove(k)
    return [by_key[k] for k in order]


def _one_kind_per_name(cands: list[_Candidate]) -> None:
    """Mentions of one name typed person here and organization there get one kind.

    The model's labels are noisy; a name the article also uses as a group's or an institution's
    ("X militants said") is an organization when at least a quarter of its mentions say so.
    """
    votes: dict[str, Counter[str]] = {}
    for c in cands:
        if c.kind in {"person", "organization"}:
            votes.setdefault(name_key(c.name), Counter())[c.kind] += 1
    for c in cands:
        count = votes.get(name_key(c.name))
        if count and len(count) == 2:
            c.kind = "organization" if 3 * count["organization"] >= count["person"] else "person"


def _records(
    clusters: list[_Cluster], sents: list[Span], article: Article
) -> tuple[list[Actor], list[Mention]]:
    actors: list[Actor] = []
    mentions: list[Mention] = []
    taken: set[str] = set()
    for cl in clusters:
        names = Counter(m.name for m in cl.members)
        canonical = max(names, key=lambda n: (len(n.split()), names[n], n))
        actor_id = slugify(canonical)
        if actor_id in taken:
            actor_id = slugify(f"{canonical} {cl.kind}")
        taken.add(actor_id)
        roles = Counter(m.role for m in cl.members if m.role)
        role = max(roles, key=lambda r: (roles[r], len(r), r)) if roles else None
        affs = Counter(m.affiliation for m in cl.members if m.affiliation and m.affiliation != canonical)
        affiliation = slugify(max(affs, key=lambda a: (affs[a], a))) if affs else None
        aliases = sorted({" ".join(m.text.split()) for m in cl.members} - {canonical})
        first = min(cl.members, key=lambda m: (m.role is None, m.sent_index))
        ev: tuple[Evidence, ...] = (
            (evidence(article.id, sents[first.sent_index], first.sent_index),) if sents else ()
        )
        actors.append(
            Actor(
                id=actor_id,
                name=canonical,
                kind=cl.kind,
                role=role,
                affiliation=affiliation,
                aliases=tuple(aliases),
                mentions=len(cl.members),
                sources=(article.id,),
                evidence=ev,
            )
        )
        mentions.extend(Mention(m.start, m.end, actor_id, m.text) for m in cl.members)
    mentions.sort(key=lambda m: (m.start, m.end))
    return actors, mentions


__all__ = ["extract_actors", "name_key", "TITLE_WORDS"]
