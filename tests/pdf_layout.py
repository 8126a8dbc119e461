"""How full each page of a printed briefing is, read back with poppler's ``pdftotext -bbox-layout``:
for the page-fill and references checks of tests/test_print_layout.py (and for a person
looking at a PDF: ``python -m tests.pdf_layout FILE``)."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

MM = 72 / 25.4
TOP, BOTTOM = 24 * MM, 20 * MM
"""The print stylesheet's page margins (``@page { margin: 24mm 18mm 20mm 18mm }``)."""
_NS = "{http://www.w3.org/1999/xhtml}"


@dataclass
class Page:
    number: int
    lines: list[tuple[float, float, str]]
    """(top, bottom, text) of each line of the page's body (running header and footer left out)."""
    height: float
    starts: list[tuple[float, str]] = field(default_factory=list)
    """(left, text) of the same lines: where each begins across the page."""

    @property
    def fill(self) -> float:
        """How far down the body area the last line reaches (0 empty .. 1 full)."""
        if not self.lines:
            return 0.0
        body = self.height - TOP - BOTTOM
        return min(1.0, max(0.0, (max(b for _, b, _ in self.lines) - TOP) / body))

    def top_of(self, text: str) -> float | None:
        """Where in the body the first line that is exactly ``text`` starts (0 top .. 1 bottom)."""
        for top, _, line in self.lines:
            if line == text:
                return (top - TOP) / (self.height - TOP - BOTTOM)
        return None

    @property
    def text(self) -> str:
        return "\n".join(t for _, _, t in self.lines)


def read_pages(pdf: Path) -> list[Page]:
    xml = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    root = ElementTree.fromstring(xml)
    pages = []
    for n, page in enumerate(root.iter(f"{_NS}page"), start=1):
        height = float(page.get("height", "842"))
        lines, starts = [], []
        for line in page.iter(f"{_NS}line"):
            top, bottom = float(line.get("yMin", 0)), float(line.get("yMax", 0))
            words = " ".join(w.text or "" for w in line.iter(f"{_NS}word"))
            # Running header above the top margin, footer below the bottom one.
            if n > 1 and (bottom < TOP - 1 or top > height - BOTTOM + 1):
                continue
            lines.append((top, bottom, words))
            starts.append((float(line.get("xMin", 0)), words))
        pages.append(Page(n, lines, height, starts))
    return pages


def chapter_starts(pages: list[Page]) -> dict[str, int]:
    """Chapter title -> first page, from the contents page ("Summary .......... 2")."""
    contents = next(p for p in pages if any(t == "Contents" for _, _, t in p.lines))
    out = {}
    for _, _, text in contents.lines:
        m = re.fullmatch(r"(\w[\w ]*?)\s*(?:\.\s*){3,}(\d+)", text)
        if m and not m.group(1).startswith("Contents"):
            out[m.group(1).rstrip(". ")] = int(m.group(2))
    return out


def sparse_pages(pages: list[Page], least: float = 1 / 3) -> list[tuple[int, float]]:
    """(page, fill) of every page under ``least`` full that is neither the cover nor the last
    page of a chapter."""
    starts = sorted(set(chapter_starts(pages).values()))
    chapter_ends = {s - 1 for s in starts[1:]} | {len(pages)}
    return [
        (p.number, round(p.fill, 2))
        for p in pages
        if p.number > 1 and p.number not in chapter_ends and p.fill < least
    ]


def references_share(pages: list[Page]) -> float:
    """The share of the pages the References chapter takes (its first page counted from its
    heading down)."""
    start = chapter_starts(pages)["References"]
    first = pages[start - 1].top_of("References") or 0.0
    return ((1 - first) + (len(pages) - start)) / len(pages)


if __name__ == "__main__":
    read = read_pages(Path(sys.argv[1]))
    print("chapters:", chapter_starts(read))
    print("fill:", " ".join(f"{p.number}:{p.fill:.2f}" for p in read))
    print("sparse:", sparse_pages(read), f"references: {references_share(read):.3f} of {len(read)} pages")
