"""The printed briefing: sections, names and titles in the PDF text, page 1 renders, same bytes twice."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.pdf import PRINT_LIMITS, render_print_html, write_pdf
from tests.test_render import load_fixture

SECTIONS = [
    "Contents",
    "Summary",
    "Actors",
    "Agreements",
    "Reactions",
    "Timeline",
    "Verification",
    "Sources",
    "References",
]

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdftoppm")),
    reason="pdftotext/pdftoppm not installed (Debian package poppler-utils)",
)


def fold(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def pdf(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pdf") / "briefing.pdf"
    write_pdf(*load_fixture(), out)
    return out


@pytest.fixture(scope="module")
def pdf_text(pdf) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext not installed (Debian package poppler-utils)")
    return subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout


def test_same_input_gives_the_same_bytes(pdf, tmp_path):
    again = tmp_path / "again.pdf"
    write_pdf(*load_fixture(), again)
    assert again.read_bytes() == pdf.read_bytes()
    assert pdf.read_bytes().startswith(b"%PDF-")


@needs_poppler
def test_every_section_heading_is_printed(pdf_text):
    lines = {line.strip() for line in pdf_text.splitlines()}
    for heading in SECTIONS:
        assert heading in lines, heading


@needs_poppler
def test_people_and_agreement_titles_are_printed(pdf_text):
    briefing, _ = load_fixture()
    text = fold(pdf_text)
    people = [a["name"] for a in briefing["actors"] if a["kind"] == "person"]
    assert len(people) == 3
    for name in people:
        assert fold(name) in text, name
    for agreement in briefing["agreements"]:
        assert fold(agreement["title"]) in text, agreement["title"]


@needs_poppler
def test_cover_has_title_date_and_sources(pdf):
    first = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    text = fold(first)
    assert "Marovia–Castavia summit in Port Elden *stars* {{ 7*7 }}" in text
    assert "As of 21 June 2024".upper() in text.upper()
    for outlet in ("S1 The Daily Ledger", "S2 Coastal Wire | a | b |"):
        assert outlet in text
    # The field notes carry no outlet: named by their title alone, not "Unknown outlet".
    assert "S3 “# heading Field notes from Port Elden”" in text and "Unknown" not in text


@needs_poppler
def test_contents_gives_page_numbers_and_pages_say_x_of_y(pdf_text):
    pages = pdf_text.split("\f")
    count = len([p for p in pages if p.strip()])
    assert 3 <= count <= 12
    assert re.search(r"Timeline\s*\.*\s*\d+", pdf_text)
    assert f"Page 2 of {count}" in pdf_text
    # Running header on inner pages: the briefing's title.
    assert "Marovia–Castavia summit" in pages[2]


@needs_poppler
def test_references_quote_the_sentences(pdf_text):
    text = fold(pdf_text)
    assert re.search(r"\b1 S\d, s\. \d+ ", text) and "[1]" not in text
    assert "The two leaders agreed to expand co-operation on energy, education and health." in text
    assert "A spokesperson wrote {{ 7*7 }} on the group's website" in text


@needs_poppler
def test_cover_leads_with_the_most_corroborated_records(pdf):
    first = fold(
        subprocess.run(
            ["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], check=True, capture_output=True, text=True
        ).stdout
    )
    assert re.search(
        r"Road map for a joint solar research centre !!! note, Marovia, Castavia, 20 June 2024 "
        r"— 2 sources \d+, \d+",
        first,
    ), first


@needs_poppler
def test_verification_chapter_lists_conflicts_gaps_and_single_source_claims(pdf_text):
    text = fold(pdf_text[pdf_text.index("Conflicting dates") :])
    assert "Alma Reyes arrives in Port Elden 19 June 2024" in text and "21 June 2024" in text
    assert "missing publication date, outlet; 3 records rest on it alone" in text
    assert "Agreements (3)" in text and "Events (6)" in text and "Reactions (5)" in text


@needs_poppler
def test_timeline_shows_corroboration_and_other_dates(pdf_text):
    text = fold(pdf_text)
    assert "Reyes and Vidal sign co-operation agreements *stars*" in text
    assert "· 2 sources" in text
    assert re.search(r"Other dates given: 21 June 2024 \d+", text)


@needs_poppler
def test_first_page_and_a_timeline_page_render_to_png(pdf, pdf_text, tmp_path):
    pages = pdf_text.split("\f")
    timeline_page = next(
        i for i, p in enumerate(pages, start=1) if re.search(r"^Timeline$", p, re.M) and i > 2
    )
    subprocess.run(
        [
            "pdftoppm",
            "-f",
            str(timeline_page),
            "-l",
            str(timeline_page),
            "-r",
            "40",
            "-png",
            str(pdf),
            str(tmp_path / "timeline"),
        ],
        check=True,
        capture_output=True,
    )
    pngs = list(tmp_path.glob("timeline*.png"))
    assert len(pngs) == 1 and pngs[0].stat().st_size > 2000


@needs_poppler
def test_first_page_renders_to_png(pdf, tmp_path):
    subprocess.run(
        ["pdftoppm", "-f", "1", "-l", "1", "-r", "40", "-png", str(pdf), str(tmp_path / "page")],
        check=True,
        capture_output=True,
    )
    pngs = list(tmp_path.glob("page*.png"))
    assert len(pngs) == 1
    assert pngs[0].read_bytes().startswith(b"\x89PNG") and pngs[0].stat().st_size > 2000


def test_print_html_escapes_the_data_and_numbers_references():
    html = render_print_html(*load_fixture())
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    numbers = [int(n) for n in re.findall(r'<li id="ref-(\d+)">', html)]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 10
    # Each mark links its first reference and names the others as ranges: "6–8, 11".
    cited: set[int] = set()
    for first, text in re.findall(r'<a class="ref" href="#ref-(\d+)">([^<]+)</a>', html):
        for part in text.split(", "):
            low, _, high = part.partition("–")
            cited |= set(range(int(low), int(high or low) + 1))
        assert int(first) == min(int(p.partition("–")[0]) for p in text.split(", "))
    assert cited == set(numbers)
    assert 'name="dcterms.created" content="2024-06-21"' in html


def test_a_large_briefing_prints_a_digest_and_says_so():
    briefing, sources = load_fixture()
    n = PRINT_LIMITS["actors"] + 7
    briefing["actors"] += [
        {"id": f"extra-{i}", "name": f"Extra Person {i}", "kind": "person", "mentions": 1, "sources": []}
        for i in range(n)
    ]
    total = len(briefing["actors"])
    html = fold(render_print_html(briefing, sources))
    assert f"{total} actors" in html  # the cover counts the whole briefing
    shown = PRINT_LIMITS["actors"]
    assert f"The {shown} actors that matter most, of {total}; the others are named in passing" in html
    assert "Alma Reyes" in html  # named by two sources: among the printed
    assert f"Compiled from {len(sources)} news sources: {total} actors" in html
    assert html.count("Extra Person") < n
    # The seeds-sized fixture itself is printed whole, without a note.
    assert "the site lists them all" not in render_print_html(*load_fixture())


def test_one_wording_in_several_articles_is_one_reference_listing_its_places():
    from generator.pdf import Citations
    from generator.render.view import EvidenceView

    wire = "The ministry said the talks would resume on Monday."
    a, b = EvidenceView("a1", wire, 4, None), EvidenceView("b2", f" {wire}", 9, None)
    other = EvidenceView("b2", "Officials declined to comment.", 10, None)
    refs = Citations()
    assert refs.cite((a, b)) == '<a class="ref" href="#ref-1">1</a>'  # one mark, not "1, 2"
    assert refs.number(other) == 2 and refs.number(b) == 1 and refs.number(a) == 1
    listed = [(n, [ev.source for ev in places]) for n, places in refs.entries]
    assert listed == [(1, ["a1", "b2"]), (2, ["b2"])]
