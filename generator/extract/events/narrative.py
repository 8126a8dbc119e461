"""Happenings a report tells without a date of their own: the narrative's reference day.

A news report dates its story once ("Hamilton won the Brazilian Grand Prix on Sunday") and then
tells what happened in the simple past without repeating the day ("Grosjean crashed on his way
to the grid.", "Raikkonen lost control of his Ferrari."). Each such sentence happened on the
day the report last named (before it names one, the day of publication), as long as that day is
one of the publication days: a date further back ("Massa joined Williams in 2014.") moves the
narrative into the past, and sentences after it inherit nothing until a day of the publication
is named again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Span, Token

from generator.extract.events.clause_label import verb_label
from generator.extract.events.clauses import REPORTING, in_quotation
from generator.extract.events.date_refs import DateRef
from generator.extract.events.datelines import dateline_end
from generator.extract.reactions.stance import REACTION_VERBS, SPEECH_VERBS
from generator.merge.event_words import INCIDENTS, STRONG, label_words, stem
from generator.records import TimelineEvent

NEAR_DAYS = (0, 3)
"""Days before publication the narrative's day may lie in for its undated sentences to take it
(the day of publication, or the few days before it that "on Sunday" names in Tuesday's paper)."""
_QUOTE_MARKS = '"“”‘'
_STATES = frozenset("be have seem appear remain look feel need want know do come".split())
"""Verbs of a state, not a happening ("Raikkonen was fortunate", "The team had a plan"), and the
pro-verbs that stand for one told elsewhere ("He did it twice", "The move came amid ...")."""
TOLD_HAPPENINGS = INCIDENTS | {
    stem(w) for w in "kill seize free indict arrest retire hire fire remove halt".split()
}
"""The happenings an undated sentence of a report is dated for (the classes of
``generator.merge.event_words``): the ones a day holds once and a reader wants on the timeline
("crashed", "was killed", "were kidnapped", "was arrested", "retired", "was fired", "was removed
from the store", "was suspended"), named by the sentence's own verb. (Not "were injured": the
injured are counted in the next day's paper as often as on the day.) Other verbs tell detail
("overtook half the field", "shook hands"), and a report's detail is no event of its own."""
_AMBIGUOUS = frozenset({"release"})
"""Verbs of a class whose other sense is no such happening: "released a commercial"."""
NOT_HAPPENINGS = REPORTING | SPEECH_VERBS | REACTION_VERBS | _STATES


def reference_day(sent: Span, refs: list[DateRef], published: dt.date | None) -> DateRef | None:
    """The day a sentence's dates leave the narrative on: its last day-precision date when that
    day is one of the publication days, else None (a week, a month, a year or an older day names
    another time, and the sentences after it are not of the story's day). A date inside someone's
    words ("he surprised me today") is when they spoke, not the narrative's day: it is passed over.
    """
    refs = [r for r in refs if not in_quotation(sent, r)]
    if not refs or published is None:
        return None
    last = max(refs, key=lambda r: r.start)
    if last.precision != "day":
        return None
    try:
        before = (published - dt.date.fromisoformat(last.date)).days
    except ValueError:
        return None
    return last if NEAR_DAYS[0] <= before <= NEAR_DAYS[1] else None


def paper_day(published: dt.date | None) -> DateRef | None:
    """The narrative's day before the report names one: the day of publication. A report's opening
    tells the news of its day without a date ("Ericsson crashed at high speed as he entered the
    pit straight." in the race day's paper); the first date it names takes over."""
    if published is None:
        return None
    return DateRef(date=published.isoformat(), precision="day", start=0, end=0, text="")


def narrative_label(sent: Span) -> str | None:
    """The label of an undated sentence that tells a happening in the simple past, or None.

    "Grosjean crashed his Haas into the barriers." -> "Grosjean crashed his Haas into the
    barriers"; "The race was suspended on lap 20." -> "The race was suspended"; None for states
    ("Raikkonen was fortunate"), the past perfect ("Massa had joined Williams": earlier),
    words said ("Horner said ...", "Li praised the hosts": a reaction), quotations, and subjects
    that name no actor of the article ("It happened", "They left", "The car slid").
    """
    root = sent.root
    if not _simple_past(root) or root.lemma_.lower() in NOT_HAPPENINGS:
        return None
    text = sent.text
    if any(mark in text for mark in _QUOTE_MARKS):
        return None  # someone's words, or a sentence that quotes them: a reaction, not a report
    if any(e.label_ in ("DATE", "TIME") for e in sent.ents):
        return None  # "during the summer", "three days after the confrontation": another time
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None  # "He was killed", "It crashed": who, the sentence does not say
    lead = dateline_end(sent)
    exclude = {t.i for t in sent if t.idx < lead}
    said = " ".join(t.text for t in sent[root.i - sent.start : root.i - sent.start + 4])
    if root.lemma_.lower() in _AMBIGUOUS or not _words(said).acts & TOLD_HAPPENINGS:
        return None
    return verb_label(root, exclude)


_LEAD_HAPPENINGS = STRONG - {stem(w) for w in "arrive depart visit injure kill".split()}
"""The happenings an opening sentence is dated for: strong ones, less moves under way ("has arrived
in Lima for a two-day visit": the report dates them further on), "hurt" (as often a harm to a
name as an injury) and deaths ("Seven people have died after a tram overturned": a toll the
report keeps counting, whose day is the crash's, which the report dates further on)."""
_BEFORE = frozenset("previously already once formerly long earlier before ever".split())
LEAD_SENTENCES = 3
"""Sentences of a report's opening (headline, standfirst, first lines) that tell its news."""


def lead_label(sent: Span) -> str | None:
    """The label of an undated opening sentence that tells the news in the present perfect, or None.

    A report opens on what has just happened without a date ("The messaging app Zipline has been
    removed from the app store", "Astronomers have discovered planets in another galaxy", "A boy
    trapped down a well has been found dead"): news of the days before it was published (dated
    with its month, ``lead_month``). Only strong happenings (``generator.merge.event_words.STRONG``:
    removed, found, crashed, freed, launched ...; not deaths, a toll), with a subject the sentence
    names; not "has said", "has been praised", "have had a plan" (words and states), "has hurt its name" (a
    harm, not an injury), "have found that users sleep less" (a finding), "have previously been
    detected" (before), moves under way ("has arrived in Lima"), nor quotations.
    """
    root = sent.root
    if not _present_perfect(root) or root.lemma_.lower() in NOT_HAPPENINGS:
        return None
    if any(mark in sent.text for mark in _QUOTE_MARKS):
        return None  # (a span of time may stay: "removed days after the minister singled it out")
    if any(c.dep_ == "ccomp" for c in root.children):
        return None  # "Research has found heavy users show higher risks": a finding
    if any(c.dep_ == "advmod" and c.lower_ in _BEFORE for c in root.children):
        return None
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    said = " ".join(t.text for t in sent[root.i - sent.start : root.i - sent.start + 4])
    if not _words(said).acts & _LEAD_HAPPENINGS:
        return None
    lead = dateline_end(sent)
    return verb_label(root, {t.i for t in sent if t.idx < lead})


def lead_month(published: dt.date) -> DateRef:
    """The date of a report's opening news: its month of publication. The present perfect says
    "lately", not which day: a wire published on the 27th tells of the 26th as "has struck"."""
    return DateRef(date=published.isoformat()[:7], precision="month", start=0, end=0, text="")


def _present_perfect(verb: Token) -> bool:
    """ "has removed", "have been found": "has"/"have" and a past participle, no modal."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (
        verb.tag_ == "VBN"
        and any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes)
        and not any(a.tag_ == "MD" for a in auxes)
        and not any(c.dep_ == "neg" for c in verb.children)
    )


def _simple_past(verb: Token) -> bool:
    """A verb in the simple past, active ("crashed") or passive ("was suspended"), not the past
    perfect ("had crashed"), a modal ("could have crashed") or a negated happening ("did not
    start": it did not happen)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not auxes
    if verb.tag_ != "VBN" or len(auxes) != 1:
        return False
    return auxes[0].dep_ == "auxpass" and auxes[0].tag_ == "VBD"


def told_before(events: Sequence[TimelineEvent], date: str, label: str) -> bool:
    """Whether the article has already dated the happening an undated sentence tells again: "Arians
    announced his retirement on Monday" then "The two-time Coach of the Year announced he was
    stepping away" (one happening, the same word for it, the same day)."""
    heads = _words(label).heads | _words(label).acts
    return bool(heads) and any(
        e.date == date and heads & (_words(e.event).heads | _words(e.event).acts) for e in events
    )


def _words(label: str):  # noqa: ANN202
    return label_words(TimelineEvent(id="", date="", precision="day", event=label))
