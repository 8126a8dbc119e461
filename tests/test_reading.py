"""The site read at a glance, in Chromium: pages a reader scrolls through in seconds on a
22-article event, a timeline diagram whose labels read in light and dark mode, nothing wider
than a phone, sortable tables, one row per speaker, and source pages that mark only the sentences
records rest on. Screenshots of the home page in both colour schemes are kept as artifacts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.render.reading import remarks
from generator.render.view import EvidenceView, ReactionView

OPEN_SHADOW_ROOTS = (
    "const attach = Element.prototype.attachShadow;"
    "Element.prototype.attachShadow = function (init) { return attach.call(this, {...init, mode: 'open'}); };"
)
MAX_PAGE_HEIGHT = 15_000
PAGES = ("index.html", "actors.html", "reactions.html", "timeline.html", "agreements.html")

# Each label of the diagram: its text colour, the fill of the box it sits in (or the page), its size.
LABELS_JS = """() => {
  const page = getComputedStyle(document.body).backgroundColor;
  const out = [];
  for (const host of document.querySelectorAll('.mermaid')) {
    const root = host.shadowRoot || host;
    for (const text of root.querySelectorAll('svg text')) {
      if (!text.textContent.trim()) continue;
      let fill = null;
      for (let g = text.parentElement; g && !fill; g = g.parentElement) {
        for (const shape of g.querySelectorAll(':scope > rect, :scope > path')) {
          const f = getComputedStyle(shape).fill;
          if (f && f !== 'none' && !f.startsWith('url')) { fill = f; break; }
        }
        if (g.tagName === 'svg') break;
      }
      out.push([text.textContent.trim(), getComputedStyle(text).fill, fill || page, page,
                parseFloat(getComputedStyle(text).fontSize)]);
    }
  }
  return out;
}"""


def _rgba(css: str) -> tuple[float, float, float, float]:
    numbers = [float(x) for x in re.findall(r"[\d.]+", css)]
    r, g, b = numbers[:3]
    return r, g, b, numbers[3] if len(numbers) > 3 else 1.0


def _over(top: str, below: str) -> tuple[float, float, float]:
    r, g, b, a = _rgba(top)
    br, bg, bb, _ = _rgba(below)
    return r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a)


def _luminance(rgb: tuple[float, float, float]) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(fg: str, bg: str, page: str) -> float:
    """WCAG contrast of text colour ``fg`` on ``bg`` (itself over the page's background)."""
    back = _over(bg, page)
    front = _over(fg, f"rgb{back}")
    hi, lo = sorted((_luminance(front), _luminance(back)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _open(browser, width: int = 1400, scheme: str = "light"):
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    context.add_init_script(OPEN_SHADOW_ROOTS)
    return context, context.new_page()


pytestmark = [pytest.mark.slow, pytest.mark.browser]


@pytest.mark.parametrize("site", ["seeds_site", "event70_site"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_diagram_labels_are_large_and_contrasted_in_both_schemes(browser, request, site, scheme, screenshots):
    context, page = _open(browser, scheme=scheme)
    page.goto((request.getfixturevalue(site) / "timeline.html").as_uri())
    page.locator(".mermaid svg").first.wait_for(timeout=15_000)
    labels = page.evaluate(LABELS_JS)
    assert len(labels) >= 4
    for text, fg, bg, back, size in labels:
        assert size >= 12, (text, size)
        assert contrast(fg, bg, back) >= 4.5, (scheme, text, fg, bg)
    name = "timeline-diagram" if site == "seeds_site" else "event70-timeline-diagram"
    page.locator(".mermaid").first.screenshot(path=str(screenshots / f"{name}-{scheme}.png"))
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_home_page_screenshots(browser, seeds_site, scheme, screenshots):
    context, page = _open(browser, scheme=scheme)
    page.goto((seeds_site / "index.html").as_uri())
    # The wire explainer's order: the story, who, what they said; the counts last.
    headings = [h.rstrip("¶") for h in page.locator("article h2").all_text_contents()]
    # The figures' box when there are figures, and what changed when there was a build before.
    story = [h for h in headings if h not in ("Key figures", "What's new")]
    assert story[:3] == ["What happened", "Key actors", "What they said"], headings
    assert "Key figures" not in headings or headings.index("Key figures") == 1, headings
    assert headings[-1] == "In numbers"
    page.screenshot(path=str(screenshots / f"home-{scheme}.png"), full_page=True)
    assert (screenshots / f"home-{scheme}.png").stat().st_size > 20_000
    context.close()


def test_nothing_is_wider_than_a_phone(browser, seeds_site):
    context, page = _open(browser, width=390)
    for name in PAGES:
        page.goto((seeds_site / name).as_uri())
        page.wait_for_timeout(300)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, (name, overflow)
    context.close()


def test_a_corpus_event_reads_in_a_few_screens_and_fits_a_phone(browser, event70_site, screenshots):
    context, page = _open(browser)
    for name in ("actors.html", "reactions.html", "timeline.html"):
        page.goto((event70_site / name).as_uri())
        page.wait_for_timeout(500)
        height = page.evaluate("document.documentElement.scrollHeight")
        assert height < MAX_PAGE_HEIGHT, (name, height)
    page.goto((event70_site / "timeline.html").as_uri())
    page.locator(".mermaid svg").first.wait_for(timeout=15_000)
    diagram = page.locator(".mermaid").first.bounding_box()
    assert diagram is not None and diagram["height"] < 1500, diagram
    # A column per month of the event: a plan years ahead does not make it a column per year.
    labels = [" ".join(t.split()) for t in page.locator(".mermaid svg text").all_text_contents()]
    assert sum(1 for t in labels if re.fullmatch(r"[A-Z][a-z]+ \d{4}", t)) >= 3, labels
    assert len(labels) >= 10, labels
    page.screenshot(path=str(screenshots / "event70-timeline.png"))
    page.set_viewport_size({"width": 390, "height": 844})
    for name in PAGES:
        page.goto((event70_site / name).as_uri())
        page.wait_for_timeout(300)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, (name, overflow)
    context.close()


def test_actor_tables_sort_by_a_clicked_column(browser, event70_site):
    context, page = _open(browser)
    page.goto((event70_site / "actors.html").as_uri())
    table = page.locator(".bf-sortable table").first

    def column(index: int) -> list[str]:
        return table.locator(f"tbody tr td:nth-child({index})").all_text_contents()

    header = table.locator("thead th", has_text="Sources")
    header.click()
    ascending = [int(x) for x in column(4)]
    assert ascending == sorted(ascending) and len(ascending) > 5
    header.click()
    assert [int(x) for x in column(4)] == sorted(ascending, reverse=True)
    table.locator("thead th", has_text="Name").click()
    names = [n.strip().lower() for n in column(1)]
    assert names[0] <= names[-1]
    context.close()


def test_one_row_per_speaker_and_a_link_into_a_closed_list_opens_it(browser, event70_site):
    context, page = _open(browser)
    page.goto((event70_site / "reactions.html").as_uri())
    speakers = page.locator("#who-said-what ~ .bf-table--speakers tbody tr td:first-child strong")
    names = speakers.all_text_contents()
    assert len(names) == len(set(names)) > 10
    folded = page.locator("details.bf-said-all").first
    anchor = folded.locator(".bf-anchor").first.get_attribute("id")
    assert not folded.evaluate("d => d.open")
    page.goto((event70_site / "reactions.html").as_uri() + f"#{anchor}")
    page.wait_for_timeout(300)
    assert folded.evaluate("d => d.open")
    context.close()


def test_source_pages_mark_only_the_sentences_records_rest_on(browser, seeds_site):
    import yaml

    data = yaml.safe_load((seeds_site / "data" / "briefing.yaml").read_text(encoding="utf-8"))
    context, page = _open(browser)
    for source in data["sources"]:
        shown = {
            ev["sentence"]
            for section in ("agreements", "reactions", "timeline", "figures")
            for item in data.get(section) or ()
            for ev in item["evidence"]
            if ev["source"] == source["id"] and ev.get("sentence") is not None
        }
        page.goto((seeds_site / "sources" / f"{source['id']}.html").as_uri())
        ids = page.locator("mark.bf-s--quoted").evaluate_all("els => els.map(e => e.id)")
        marked = {int(i[2:]) for i in ids}
        total = page.locator(".bf-s").count()
        assert marked <= shown, source["id"]
        assert len(marked) < total, (source["id"], len(marked), total)
    context.close()


def _reaction(i: int, quote: str, source: str) -> ReactionView:
    return ReactionView(
        id=f"r{i}",
        actor="kim",
        stance="critical",
        anchor=f"r{i}",
        quote=quote,
        evidence=(EvidenceView(source, quote, 0, None),),
    )


def test_near_identical_remarks_are_one(tmp_path: Path):
    said = [
        _reaction(1, "This is an unprecedented, serious and grave threat to our nation", "a"),
        _reaction(2, "this is an unprecedented, serious and grave threat to our nation.", "b"),
        _reaction(3, "an unprecedented, serious and grave threat", "c"),
        _reaction(4, "We will never accept it", "d"),
    ]
    folded = remarks(said)
    assert [r.reaction.id for r in folded] == ["r1", "r4"]
    assert folded[0].anchors == ("r1", "r2", "r3") and folded[0].sources == 3


def test_the_home_page_says_whats_new_since_the_previous_build(browser, seeds_site, tmp_path, screenshots):
    """The build's three "what changed" lines, passed to ``render_pages``, read on the home page
    between the key figures and the key actors."""
    import shutil

    from generator import render, store
    from generator.site.mkdocs_build import build_site
    from tests.conftest import ROOT

    docs = tmp_path / "site_src"
    shutil.copytree(seeds_site.parent / "site_src", docs)
    briefing, sources = store.load_data(docs / "data")
    changes = [
        "actors since the last build: 1 new (Dana Vell); 41 in all",
        "events since the last build: 2 new (2024-06-20 a port opened, 2024-06-21 a road closed); 30 in all",
        "figures since the last build: none new or removed; 7 in all",
    ]
    (docs / "index.md").write_text(str(render.render_pages(briefing, sources, changes)["index.md"]), "utf-8")
    build_site(docs, tmp_path / "site", ROOT / "mkdocs.yml")
    context, page = _open(browser)
    page.goto((tmp_path / "site" / "index.html").as_uri())
    headings = [h.rstrip("¶") for h in page.locator("article h2").all_text_contents()]
    assert headings.index("What's new") == headings.index("Key actors") - 1, headings
    items = page.locator("#whats-new + .bf-changes li")
    assert items.all_text_contents() == [line[:1].upper() + line[1:] for line in changes]
    assert items.first.is_visible()
    page.screenshot(path=str(screenshots / "home-whats-new.png"), full_page=True)
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_who_of_whom_is_a_grid_read_in_a_screen_or_two(browser, event70_site, scheme, screenshots):
    """A row per speaker, a column per actor most spoken of, a coloured mark per cell: on the
    22-article event it sits at the top of the page, a row a line, sorts by a column, and its
    marks read in both colour schemes; on a phone it scrolls in its box, names kept in view."""
    from generator.render.reading import GRID_COLUMNS

    context, page = _open(browser, scheme=scheme)
    page.goto((event70_site / "reactions.html").as_uri())
    grid = page.locator(".bf-grid table").first
    headers = [h.strip() for h in grid.locator("thead th").all_text_contents()]
    assert headers[0] == "Speaker" and 3 <= len(headers) - 1 <= GRID_COLUMNS + 1, headers
    rows = grid.locator("tbody tr")
    names = rows.locator("td:first-child").all_text_contents()
    assert len(names) == len(set(names)) > 10
    box = grid.bounding_box()
    assert box is not None and box["y"] < 900, box  # on the first screen
    assert box["height"] < 60 * len(names), (box, len(names))  # about a line a speaker
    back = page.evaluate("getComputedStyle(document.body).backgroundColor")
    marks = page.evaluate(
        """() => [...document.querySelectorAll('.bf-grid .bf-side')].map(e => [e.className,
        getComputedStyle(e).color, getComputedStyle(e).backgroundColor])"""
    )
    assert {c.split("--")[-1] for c, _, _ in marks} >= {"critical", "supportive"}
    for css, fg, bg in marks:
        assert contrast(fg, bg, back) >= 4.5, (scheme, css, fg, bg)
    # Sorting by the first actor's column puts the most critical of it first.
    grid.locator("thead th").nth(1).click()
    column = grid.locator("tbody tr td:nth-child(2) [data-sort]")
    values = [float(v) for v in column.evaluate_all("els => els.map(e => e.dataset.sort)")]
    assert values == sorted(values) and values[0] < 0
    grid.screenshot(path=str(screenshots / f"event70-stances-{scheme}.png"))
    if scheme == "light":
        page.set_viewport_size({"width": 390, "height": 844})
        page.goto((event70_site / "reactions.html").as_uri())
        assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
        wrap = page.locator(".bf-grid .md-typeset__scrollwrap").first
        assert wrap.evaluate("w => w.scrollWidth > w.clientWidth")
        wrap.evaluate("w => { w.scrollLeft = w.scrollWidth; }")
        first = page.locator(".bf-grid tbody tr td:first-child").first.bounding_box()
        assert first is not None and 0 <= first["x"] < 40, first  # the speakers stay in view
    context.close()
