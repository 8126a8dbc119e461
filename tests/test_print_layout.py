"""The printed briefing read back with pdftotext, on the seeds and on a 22-article corpus event:
a cover that names every source by what the article carries and lists facts (not counts),
reference marks that cannot be taken for source numbers, no near-empty page, references on at
most a fifth of the pages. Its first three pages are kept as pictures for the CI artifacts."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.pdf_layout import MM, read_pages, references_share, sparse_pages

pytestmark = pytest.mark.slow

COUNTS = re.compile(r"\d+ (?:agreements|reactions|dated events)|sources published between|by status:")


@pytest.fixture(autouse=True)
def _poppler() -> None:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext not installed (Debian package poppler-utils)")


def cover(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def check_cover(pdf: Path) -> None:
    # The cover has no page margin: every block keeps its own, none touches the paper's edge.
    first = read_pages(pdf)[0]
    edge = [(round(x), t) for x, t in first.starts if x < 15 * MM]
    assert edge == [], edge
    text = cover(pdf)
    assert "Untitled" not in text and "Unknown outlet" not in text, text
    facts = text[text.index("KEY FACTS") : text.index("SOURCES")]
    assert len([line for line in facts.splitlines() if line.startswith("•")]) >= 2, facts
    assert not COUNTS.search(facts), facts  # counts are on the line under the title, not facts


def check_layout(pdf: Path) -> None:
    pages = read_pages(pdf)
    text = "\n".join(p.text for p in pages)
    # One mark per item ("6–9"), never "[6][7]" beside a list of sources numbered S1, S2 ...
    assert not re.search(r"\[\d+\]", text)
    assert re.search(r"^S1\b", text, re.M) and re.search(r"S\d+, s\.\s\d+", text)
    # Chapters run on: only the very last page may be less than a third full.
    assert [(n, fill) for n, fill in sparse_pages(pages) if n != len(pages)] == []
    assert all(p.fill >= 1 / 3 for p in pages[1:-1]), [(p.number, round(p.fill, 2)) for p in pages]
    # At most a fifth: a reference prints its sentence's first 30 words, and the same wording in
    # several articles (wire copies) once, with all its places (the 22-article event: 0.166).
    assert references_share(pages) <= 0.20, references_share(pages)


def test_seeds_pdf_cover_names_sources_by_what_they_carry(seeds_site: Path) -> None:
    pdf = seeds_site / "briefing.pdf"
    check_cover(pdf)
    text = cover(pdf)
    # The untitled Reuters article is named by its opening words; articles without an outlet by
    # their title alone.
    assert "Reuters, “Russian President Vladimir Putin arrived in Vietnam early Thursday…”" in text
    assert re.search(r"\bS\d+ Reuters\b", " ".join(text.split())), text


def test_seeds_pdf_layout(seeds_site: Path, screenshots: Path) -> None:
    pdf = seeds_site / "briefing.pdf"
    check_layout(pdf)
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "3", str(pdf), str(screenshots / "pdf-page")],
            check=True,
        )
        assert len(list(screenshots.glob("pdf-page-*.png"))) == 3


def test_corpus_event_pdf_cover_and_layout(event70_site: Path) -> None:
    pdf = event70_site / "briefing.pdf"
    check_cover(pdf)
    check_layout(pdf)
