"""Page furniture that gave actors (issue 14): a broadcaster's note under its transcripts names
its transcription contractor, which no story is about.

Each case is a paragraph in and the reason boilerplate gives it (or None: the paragraph stays).
"""

from __future__ import annotations

import pytest

from generator.ingest.boilerplate import boilerplate_reason


@pytest.mark.parametrize(
    ("paragraph", "reason"),
    [
        (
            "Northland Radio transcripts are created on a rush deadline by Acme Words, Inc., a "
            "Northland Radio contractor, and produced using a proprietary transcription process. "
            "This text may not be in its final form and may be updated or revised in the future.",
            "disclaimer",
        ),
        ("This text may not be in its final form and may be updated.", "disclaimer"),
        # the story's own words about transcripts stay
        ("The court said the transcripts of the hearing were released on Monday.", None),
        ("Ana Li said the contractor missed the deadline for the bridge by a year.", None),
    ],
)
def test_a_transcripts_note_is_boilerplate(paragraph, reason):
    assert boilerplate_reason(paragraph) == reason
