"""One surname, two people: a bare surname is given to one of them only where it is certain.

Family 3 of the precision work: an article that names a father and a son, two sisters or a
couple must not fold them into one record, nor give a bare surname to the wrong one. Each case
is a text in and the people out; the texts are written for these tests (invented names) or taken
from the shared corpus (events that are not held out).
"""

from __future__ import annotations

from generator.extract.actors.clusters import Candidate, cluster
from generator.extract.pipeline import extract_article
from tests.conftest import make_article


def people(nlp, text: str) -> dict[str, tuple[str, ...]]:
    records = extract_article(nlp(text), make_article(text))
    return {a.name: a.aliases for a in records.actors if a.kind == "person"}


def test_a_relative_the_model_did_not_tag_is_a_person_of_its_own(nlp):
    # corpus (EventId 75): "Jos Verstappen said" after the son's full name
    text = (
        "Max Verstappen came back from 16th to third at Interlagos on Sunday. His performance "
        "impressed Verstappen senior in the process.\n"
        'Jos Verstappen said: "I must say he surprised me today."'
    )
    found = people(nlp, text)
    assert "Max Verstappen" in found and "Jos Verstappen" in found


def test_the_role_of_a_relative_found_by_surname(nlp):
    text = (
        "Max Verstappen was born in 1997. The teenager is the son of Dutch former F1 driver Jos Verstappen. "
        "Max Verstappen won on Sunday."
    )
    records = extract_article(nlp(text), make_article(text))
    roles = {a.name: a.role for a in records.actors}
    assert roles.get("Jos Verstappen") and "driver" in roles["Jos Verstappen"]


def _cand(start: int, text: str, subject: bool = False, sent: int = 0) -> Candidate:
    return Candidate(start, start + len(text), text, "person", text, subject=subject, sent_index=sent)


def test_a_speakers_bare_surname_goes_to_the_nearest_speaker_named_before_it():
    cands = [
        _cand(0, "Ana Berg", subject=True),
        _cand(40, "Tomas Berg", subject=True, sent=3),
        _cand(80, "Berg", subject=True, sent=4),  # "Tomas Berg said ... Berg added": his
        _cand(120, "Berg", sent=5),  # "Berg had a licence": Ana's or Tomas's, not certain
        _cand(300, "Berg", subject=True, sent=9),  # speaks, but far from Tomas Berg
    ]
    groups = {c.name: [m.start for m in c.members] for c in cluster(cands)}
    assert groups == {"Ana Berg": [0], "Tomas Berg": [40, 80], "Berg": [120, 300]}


def test_a_bare_surname_after_the_only_one_named_is_that_persons():
    cands = [_cand(0, "Ana Berg", subject=True), _cand(20, "Berg"), _cand(60, "Tomas Berg")]
    groups = {c.name: [m.start for m in c.members] for c in cluster(cands)}
    assert groups == {"Ana Berg": [0, 20], "Tomas Berg": [60]}


def test_an_uncertain_bare_surname_is_left_alone():
    # "Ana Berg met Tomas Berg. Berg said ...": the nearest, Tomas, is no subject
    cands = [_cand(0, "Ana Berg", subject=True), _cand(13, "Tomas Berg"), _cand(25, "Berg")]
    groups = {c.name: [m.start for m in c.members] for c in cluster(cands)}
    assert groups == {"Ana Berg": [0], "Tomas Berg": [13], "Berg": [25]}
