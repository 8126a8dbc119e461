"""Extraction on corpus events the rules were not written for, scored against our own gold files.

Each ``tests/data/gold/*.gold.yaml`` annotates one event of ``../shared/corpora/giveme5w1h-news-
cluster`` (its ``corpus:`` names the ``EventId``). The floors are what the rules reach today,
rounded down: a change that makes extraction worse on news it was not tuned on fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator import store
from generator.build import extract_folder
from generator.quality.evaluate import load_gold, score
from tests.conftest import CORPUS, event_folder

GOLD = Path(__file__).parent / "data" / "gold"

FLOORS = {
    # SEEN: rules were changed because of these four in earlier sessions; their gold files were
    # made exhaustive (from the articles alone) in this one. Floors: today's scores minus ~0.05.
    "israel-teen-indicted": {
        "actor_recall": 0.80,
        "actor_kind_acc": 0.85,
        "actor_role_acc": 0.35,
        "reaction_recall": 0.55,
        "reaction_precision": 0.95,
        "reaction_stance_acc": 0.90,
        "timeline_recall": 0.55,
        "figure_recall": 0.55,
        "figure_precision": 0.95,
        "agreement_recall": 0.95,
        "agreement_precision": 0.95,
        "timeline_precision": 0.95,
    },
    "consulate-attack": {
        "actor_recall": 0.75,
        "actor_kind_acc": 0.95,
        "actor_role_acc": 0.65,
        "reaction_recall": 0.65,
        "reaction_precision": 0.95,
        "reaction_stance_acc": 0.90,
        "timeline_recall": 0.65,
        "figure_recall": 0.85,
        "figure_precision": 0.85,
        "agreement_recall": 0.95,
        "agreement_precision": 0.95,
        "timeline_precision": 0.70,
    },
    "croydon-tram-derailment": {
        "actor_recall": 0.80,
        "actor_kind_acc": 0.90,
        "actor_role_acc": 0.45,
        "reaction_recall": 0.80,
        "reaction_precision": 0.90,  # issue 15: 0.95 -> 0.98
        "reaction_stance_acc": 0.90,
        "timeline_recall": 0.60,
        "figure_recall": 0.8,
        "figure_precision": 0.75,
        "agreement_recall": 0.95,
        "agreement_precision": 0.95,
        "timeline_precision": 0.60,
    },
    "chibok-girls-freed": {
        "actor_recall": 0.80,
        "actor_kind_acc": 0.90,
        "actor_role_acc": 0.55,
        "reaction_recall": 0.80,
        "reaction_precision": 0.75,  # issue 15: 0.82 -> 0.84
        "reaction_stance_acc": 0.90,  # issue 15: 0.75 -> 1.00
        "timeline_recall": 0.80,
        "figure_recall": 0.65,
        "figure_precision": 0.7,
        "agreement_recall": 0.95,
        "agreement_precision": 0.95,
        "timeline_precision": 0.70,
    },
    # DEV (seen): exhaustive gold written from the articles alone before the extractor ran on
    # them, then used to develop the precision rules. Floors: today's scores minus ~0.05
    # (reactions: issue 15's work, precision and stance accuracy floored too).
    "north-korea-oil-sanctions": {
        "actor_recall": 0.95,
        "actor_kind_acc": 0.95,
        "actor_role_acc": 0.80,
        "reaction_recall": 0.75,
        "reaction_precision": 0.90,
        "reaction_stance_acc": 0.80,  # issue 15: 0.78 (main) -> 0.89
        "timeline_recall": 0.85,
        "figure_recall": 0.85,
        "figure_precision": 0.9,
        "agreement_recall": 0.95,
        "agreement_precision": 0.95,
        "timeline_precision": 0.75,
    },
    "goldman-tax-charge": {
        "actor_recall": 0.75,
        "actor_kind_acc": 0.95,
        "actor_role_acc": 0.75,
        "reaction_recall": 0.80,  # issue 15: 0.71 -> 0.86 (estimates are assessments)
        "reaction_precision": 0.95,
        "reaction_stance_acc": 0.90,
        "timeline_recall": 0.95,
        "figure_recall": 0.8,
        "figure_precision": 0.8,
        "agreement_recall": 0.95,
        "agreement_precision": 0.95,
        "timeline_precision": 0.75,
    },
    "arians-retires": {
        "actor_recall": 0.90,
        "actor_kind_acc": 0.85,
        "actor_role_acc": 0.00,
        "reaction_recall": 0.90,
        "reaction_precision": 0.95,  # issue 15: 0.97 -> 1.00
        "reaction_stance_acc": 0.80,
        "timeline_recall": 0.75,  # 0.83 -> 0.78: the 2009 it had was a wrong event, see the commit
        "figure_recall": 0.45,
        "figure_precision": 0.7,
        "agreement_recall": 0.45,  # the 2013 trade is dated only by "joined the Cardinals in 2013"
        "agreement_precision": 0.95,
        "timeline_precision": 0.68,
    },
    "berlin-safe-zone": {
        "actor_recall": 0.80,
        "actor_kind_acc": 0.75,
        "actor_role_acc": 0.65,
        "reaction_recall": 0.70,
        "reaction_precision": 0.90,  # issue 15: 0.90 -> 0.95
        "reaction_stance_acc": 0.85,  # issue 15: 0.85 -> 0.92
        "timeline_recall": 0.65,  # 0.80 -> 0.67: see the commit lowering it
        "figure_recall": 0.85,
        "figure_precision": 0.8,
        "agreement_recall": 0.95,
        "agreement_precision": 0.95,
        "timeline_precision": 0.50,
    },
    # DEV since 2026-12-07: annotated blind from the articles (sport, celebrity, a business deal,
    # a leak's political fallout: the kinds the extractor was weakest on), scored once before
    # any change (README, Quality), then used for tuning. Floors: that first run minus ~0.05.
    "f1-brazil-grand-prix": {
        "actor_recall": 0.80,
        "actor_kind_acc": 0.75,
        "actor_role_acc": 0.70,
        # 0.45 until "Hamilton" stopped being Bermuda's capital: its "He said: I am hunting" had
        # been given to the country (alias "Hamilton"); as a person, "Hamilton's third win" is
        # no subject, so the pronoun's speaker is left unresolved (4 of 9, 0.44)
        "reaction_recall": 0.40,
        "reaction_precision": 0.65,
        "reaction_stance_acc": 0.50,
        "timeline_recall": 0.58,  # issue 16 (evt9): 0.58 -> 0.63
        "figure_recall": 0.35,
        "figure_precision": 0.65,
        "agreement_recall": 0.95,
        "agreement_precision": 0.95,
        "timeline_precision": 0.75,
    },
    "silverman-sheen-split": {
        "actor_recall": 0.75,
        "actor_kind_acc": 0.95,
        "actor_role_acc": 0.70,
        "reaction_recall": 0.70,
        "reaction_precision": 0.80,
        "reaction_stance_acc": 0.45,
        "timeline_recall": 0.75,
        "figure_recall": 0.95,
        "figure_precision": 0.45,
        "agreement_recall": 0.95,
        "agreement_precision": 0.95,
        "timeline_precision": 0.57,  # issue 16 (evt9): 0.53 -> 0.62
    },
    "broadcom-qualcomm-bid": {
        "actor_recall": 0.80,
        "actor_kind_acc": 0.95,
        "actor_role_acc": 0.75,
        "reaction_recall": 0.55,
        "reaction_precision": 0.85,
        "reaction_stance_acc": 0.60,
        "timeline_recall": 0.80,
        "figure_recall": 0.65,
        "figure_precision": 0.7,
        "agreement_recall": 0.95,  # issue 16 (evt9): 0.86 -> 1.00
        "agreement_precision": 0.88,  # issue 16 (evt9): 0.77 -> 0.93
        "timeline_precision": 0.60,  # issue 16 (evt9): 0.59 -> 0.65
    },
    "panama-papers-fallout": {
        "actor_recall": 0.80,
        "actor_kind_acc": 0.90,
        "actor_role_acc": 0.90,
        "reaction_recall": 0.45,
        "reaction_precision": 0.80,
        "reaction_stance_acc": 0.40,
        "timeline_recall": 0.55,
        "figure_recall": 0.6,
        "figure_precision": 0.55,
        "agreement_recall": 0.95,
        "agreement_precision": 0.95,  # issue 16 (evt9): 0.50 -> 1.00
        "timeline_precision": 0.65,
    },
    # HELD OUT: annotated from the articles alone before the extractor ran on them; nothing was
    # changed because of them. Measured once, at the end of the session that wrote them (README,
    # Quality); floors are that run minus ~0.05. The first change made because of one makes it seen.
    # SEEN since 2026-12-07: a date rule was narrowed after this floor failed (its gold and
    # articles were not read); see its gold file's header.
    "fireworks-beach-explosion": {
        "actor_recall": 0.15,
        "actor_kind_acc": 0.95,
        "actor_role_acc": 0.95,
        "reaction_recall": 0.05,
        "timeline_recall": 0.55,
        "actor_precision": 0.20,
        "reaction_precision": 0.95,
        "timeline_precision": 0.60,
    },
    "morsi-sentenced": {
        "actor_recall": 0.80,
        "actor_kind_acc": 0.95,
        "actor_role_acc": 0.95,
        "reaction_recall": 0.00,
        "timeline_recall": 0.70,
        "actor_precision": 0.50,
        "reaction_precision": 0.60,
        "timeline_precision": 0.75,
    },
    "rihanna-cousin-killed": {
        "actor_recall": 0.95,
        "actor_kind_acc": 0.95,
        "actor_role_acc": 0.00,
        "reaction_recall": 0.25,
        "timeline_recall": 0.95,
        "actor_precision": 0.45,
        "reaction_precision": 0.25,
        "timeline_precision": 0.50,
    },
    "bears-fire-coach": {
        "actor_recall": 0.75,
        "actor_kind_acc": 0.95,
        "actor_role_acc": 0.95,
        "reaction_recall": 0.95,
        "timeline_recall": 0.20,
        "actor_precision": 0.85,
        "reaction_precision": 0.95,
        "timeline_precision": 0.70,
    },
    "settlement-funding": {
        "actor_recall": 0.65,
        "actor_kind_acc": 0.95,
        "actor_role_acc": 0.45,
        "reaction_recall": 0.20,
        "timeline_recall": 0.55,
        "actor_precision": 0.65,
        "reaction_precision": 0.80,
        "timeline_precision": 0.70,
    },
    "north-korea-satellite": {
        "actor_recall": 0.90,
        "actor_kind_acc": 0.95,
        "actor_role_acc": 0.55,
        "reaction_recall": 0.25,
        "timeline_recall": 0.65,
        "actor_precision": 0.80,
        "reaction_precision": 0.70,
        "timeline_precision": 0.65,
    },
    "email-scammer-arrested": {
        "actor_recall": 0.95,
        "actor_kind_acc": 0.95,
        "actor_role_acc": 0.45,
        "reaction_recall": 0.60,
        "timeline_recall": 0.00,
        "actor_precision": 0.80,
        "reaction_precision": 0.95,
        "timeline_precision": 0.95,
    },
    # HELD OUT (annotated 2026-12-07 by readers who had not seen the output, from the articles
    # alone): sport, culture, business/cyber, incident. Measured once, at the end of that session;
    # floors are that run minus ~0.05.
    "cubs-world-series": {
        "actor_recall": 0.90,
        "actor_precision": 0.55,
        "actor_kind_acc": 0.90,
        "actor_role_acc": 0.60,
        "reaction_recall": 0.65,
        "reaction_precision": 0.75,
        "reaction_stance_acc": 0.60,
        "timeline_recall": 0.50,
        "timeline_precision": 0.35,
        "agreement_recall": 0.00,
        "figure_recall": 0.45,
        "figure_precision": 0.45,
    },
    "thurman-crash-tarantino": {
        "actor_recall": 0.95,
        "actor_precision": 0.45,
        "actor_kind_acc": 0.95,
        "actor_role_acc": 0.55,
        "reaction_recall": 0.65,
        "reaction_precision": 0.60,
        "reaction_stance_acc": 0.40,
        "timeline_recall": 0.30,
        "timeline_precision": 0.70,
        "agreement_recall": 0.00,
        "figure_recall": 0.30,
        "figure_precision": 0.50,
    },
    "equifax-breach": {
        "actor_recall": 0.75,
        "actor_precision": 0.55,
        "actor_kind_acc": 0.85,
        "actor_role_acc": 0.55,
        "reaction_recall": 0.40,
        "reaction_precision": 0.70,
        "reaction_stance_acc": 0.00,
        "timeline_recall": 0.35,
        "timeline_precision": 0.60,
        "agreement_recall": 0.00,
        "figure_recall": 0.35,
        "figure_precision": 0.45,
    },
    "zoo-gorilla-shot": {
        "actor_recall": 0.70,
        "actor_precision": 0.55,
        "actor_kind_acc": 0.75,
        "actor_role_acc": 0.65,
        "reaction_recall": 0.60,
        "reaction_precision": 0.80,
        "reaction_stance_acc": 0.45,
        "timeline_recall": 0.65,
        "timeline_precision": 0.70,
        "agreement_recall": 0.95,
        "figure_recall": 0.45,
        "figure_precision": 0.65,
    },
    # HELD OUT, annotated 2026-12-07 from the articles alone and measured once at the end of that
    # session (README, Quality); nothing was changed because of them. The four engineers glimpsed the
    # extractor's output on EventIds 8, 16 and 51 in corpus-wide diffs before the files existed.
    "trafficking-sting-tech-staff": {
        "actor_recall": 0.65,
        "actor_kind_acc": 0.95,
        "actor_role_acc": 0.35,
        "reaction_recall": 0.55,
        "reaction_precision": 0.85,
        "reaction_stance_acc": 0.20,
        "timeline_recall": 0.30,
        "figure_recall": 0.50,
        "figure_precision": 0.60,
        "agreement_recall": 0.95,
        "agreement_precision": 0.95,
        "timeline_precision": 0.30,
    },
    "new-england-fireball": {
        "actor_recall": 0.80,
        "actor_kind_acc": 0.95,
        "actor_role_acc": 0.20,
        "reaction_recall": 0.70,
        "reaction_precision": 0.95,
        "reaction_stance_acc": 0.95,
        "timeline_recall": 0.95,
        "figure_recall": 0.25,
        "figure_precision": 0.95,
        "agreement_recall": 0.95,
        "agreement_precision": 0.95,
        "timeline_precision": 0.25,
    },
    "extragalactic-planets": {
        "actor_recall": 0.75,
        "actor_kind_acc": 0.95,
        "actor_role_acc": 0.95,
        "reaction_recall": 0.60,
        "reaction_precision": 0.95,
        "reaction_stance_acc": 0.60,
        "timeline_recall": 0.00,
        "figure_recall": 0.05,
        "figure_precision": 0.15,
        "agreement_recall": 0.95,
        "agreement_precision": 0.95,
        "timeline_precision": 0.00,
    },
}
"""Per gold file: the least each metric may score. Evidence must always be verbatim. The figure
floors are the first run of the figures extractor (issue 17) rounded down by about 0.05; all
eight files were seen while it was written."""
MAX_JUNK = {
    "israel-teen-indicted": 1,
    "consulate-attack": 2,
    # Was 49 until rules it prompted dropped a news-in-pictures gallery and a video's credit
    # line; "Croydon Tram" (a gallery header after its title) went with the teaser-box rules.
    "croydon-tram-derailment": 0,
    # Places typed as people (Kumshe) and a "Related Stories" teaser (Russia, STONED): none left.
    "chibok-girls-freed": 0,
    "north-korea-oil-sanctions": 2,
    "goldman-tax-charge": 1,
    "arians-retires": 2,
    "berlin-safe-zone": 5,
    "fireworks-beach-explosion": 3,
    "morsi-sentenced": 5,
    "rihanna-cousin-killed": 2,
    "bears-fire-coach": 1,
    "settlement-funding": 3,
    "north-korea-satellite": 4,
    "email-scammer-arrested": 1,
    "cubs-world-series": 18,
    "thurman-crash-tarantino": 9,
    "equifax-breach": 16,
    "zoo-gorilla-shot": 10,
    "trafficking-sting-tech-staff": 7,
    "new-england-fireball": 0,
    "extragalactic-planets": 5,
    "f1-brazil-grand-prix": 3,
    "silverman-sheen-split": 0,
    "broadcom-qualcomm-bid": 3,
    "panama-papers-fallout": 7,
}
"""Per gold file: the most junk actors allowed (a ceiling against regressions)."""


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_extraction_on_an_event_it_was_not_written_for(name, shared_dir, tmp_path):
    gold_path = GOLD / f"{name}.gold.yaml"
    gold = load_gold(gold_path)
    event_id = int(re.search(r"EventId-(\d+)", gold["corpus"]).group(1))
    folder = event_folder(shared_dir, event_id, tmp_path)
    assert any(folder.iterdir()), f"no article of EventId {event_id} in {shared_dir / CORPUS}"
    extracted = extract_folder(folder, use_cache=False)
    briefing = store.data_mappings(extracted.briefing)[store.BRIEFING_FILE]
    result = score(gold, briefing, {a.id: a.source_text for a in extracted.briefing.articles})
    metrics = result.metrics
    assert metrics["junk_actors"] <= MAX_JUNK[name]
    assert metrics["evidence_verbatim"] == 1.0
    low = {k: (metrics[k], floor) for k, floor in FLOORS[name].items() if metrics[k] < floor}
    assert not low, f"{name}: below the floor (score, floor): {low}"


HELD_OUT: set[str] = {
    "antarctic-iceberg-image",
    "apple-store-icicles",
    "black-mirror-callister",
    "blue-moon-new-year",
    "galaxy-s9-leak",
    "genes-in-space",
    "ocean-smoke-rings",
    "packers-linsley-extension",
    "ripple-cryptocurrency-surge",
}
"""Gold files written but not yet measured (their floors come with their first, single
measurement, at the end of the session that annotated them)."""


def test_every_gold_file_has_floors():
    named = {p.name.removesuffix(".gold.yaml") for p in GOLD.glob("*.gold.yaml")}
    assert sorted(named - HELD_OUT) == sorted(FLOORS)
