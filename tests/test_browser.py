"""The seeds' site as a reader sees it: every link resolves, and in headless Chromium every page
loads cleanly, search finds quoted words, evidence links land on the highlighted sentence and the
timeline diagram renders. Screenshots of the home page and the timeline are kept as artifacts."""

from __future__ import annotations

import functools
import http.server
import re
import shutil
import subprocess
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from tests.test_site import _Page, _target

ROOT = Path(__file__).resolve().parent.parent
# Material renders each diagram into a *closed* shadow root; opening it (only in the test's own
# browser) lets the test see the SVG that readers see.
OPEN_SHADOW_ROOTS = (
    "const attach = Element.prototype.attachShadow;"
    "Element.prototype.attachShadow = function (init) { return attach.call(this, {...init, mode: 'open'}); };"
)


@pytest.fixture(scope="module")
def data(seeds_site) -> dict:
    return yaml.safe_load((seeds_site / "data" / "briefing.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def parsed(seeds_site) -> dict[str, _Page]:
    out = {}
    for path in sorted(seeds_site.rglob("*.html")):
        page = _Page()
        page.feed(path.read_text(encoding="utf-8"))
        out[path.relative_to(seeds_site).as_posix()] = page
    return out


@pytest.mark.slow
def test_no_broken_internal_link_or_anchor_in_the_whole_site(seeds_site, parsed):
    checked, broken = 0, []
    for rel, page in parsed.items():
        for href in page.links:
            target = _target(rel, href)
            if target is None:
                continue
            path, fragment = target
            if not (seeds_site / path).is_file():
                broken.append(f"{rel}: {href} -> {path} is missing")
            elif fragment and path.endswith(".html") and fragment not in parsed[path].ids:
                broken.append(f"{rel}: {href} -> no #{fragment} in {path}")
            checked += 1
    assert broken == []
    assert checked > 1000  # evidence links on every page: a check that finds few links checks nothing
    assert (seeds_site / "briefing.pdf").is_file()


@pytest.mark.slow
def test_every_actor_in_a_record_has_a_page_reached_from_the_actors_page(seeds_site, data, parsed):
    involved = {a for r in data["agreements"] for a in (*r["parties"], *r["signatories"])}
    involved |= {a for r in data["reactions"] for a in (r["actor"], *r["about"])}
    involved |= {a for r in data["timeline"] for a in r["actors"]}
    known = {a["id"] for a in data["actors"]}
    links = set(parsed["actors.html"].links)
    anchors = parsed["actors.html"].ids
    for actor_id in sorted(involved & known):
        # Its own page, linked from its row; or, for one named in passing, its row's anchor.
        own = (seeds_site / "actors" / f"{actor_id}.html").is_file()
        assert (own and f"actors/{actor_id}.html" in links) or f"actor-{actor_id}" in anchors, actor_id


@pytest.mark.slow
def test_seeds_pdf_names_every_section_person_and_agreement(seeds_site, data):
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext not installed (Debian package poppler-utils)")
    pdf = seeds_site / "briefing.pdf"
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    lines = {line.strip() for line in text.splitlines()}
    for section in ("Contents", "Summary", "Actors", "Agreements", "Reactions", "Timeline", "Verification"):
        assert section in lines, section
    folded = " ".join(text.split())
    for actor in data["actors"]:  # the PDF prints the salient ones; the others are named in passing
        if actor["kind"] == "person" and actor["salient"]:
            assert " ".join(actor["name"].split()) in folded, actor["name"]
    for agreement in data["agreements"]:
        assert " ".join(agreement["title"].split()) in folded, agreement["title"]
    pages = text.count("\f")
    assert 6 <= pages <= 40, pages


# --- headless Chromium ---------------------------------------------------------------------


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        pass


@pytest.fixture(scope="module")
def served(seeds_site):
    """The built site over http.server on 127.0.0.1 (the search index is fetched by a worker)."""
    handler = functools.partial(_QuietHandler, directory=str(seeds_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class Tab:
    """A browser tab and what it recorded: console and page errors, requests to other hosts."""

    page: Any
    errors: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)


@pytest.fixture()
def tab(browser, served):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(OPEN_SHADOW_ROOTS)
    t = Tab(context.new_page())
    t.page.on("console", lambda m: t.errors.append(f"{t.page.url}: {m.text}") if m.type == "error" else None)
    t.page.on("pageerror", lambda e: t.errors.append(f"{t.page.url}: {e}"))
    t.page.on("request", lambda r: None if r.url.startswith((served, "data:")) else t.foreign.append(r.url))
    yield t
    context.close()


@pytest.mark.slow
@pytest.mark.browser
def test_every_page_loads_without_console_errors_or_outside_requests(tab, served, parsed):
    page = tab.page
    # Canary: the handlers do see an error when a page has one.
    page.set_content("<script>undefinedFunction();</script>")
    assert len(tab.errors) == 1, tab.errors
    tab.errors.clear()
    for rel in parsed:
        url = served + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)
        response = page.goto(url, wait_until="load")
        assert response is not None and (response.ok or rel == "404.html"), rel
    assert tab.errors == []
    assert tab.foreign == [], "the site must work offline: no CDN, no web fonts"


@pytest.mark.slow
@pytest.mark.browser
def test_search_lists_the_page_of_a_quoted_word(tab, served, data):
    page = tab.page
    # The rarest long word of a quoted reaction: the reactions page must be among the results.
    quotes = " ".join(r["quote"] for r in data["reactions"] if r.get("quote"))
    words = re.findall(r"[A-Za-z]{7,}", quotes)
    word = min(sorted(set(words)), key=lambda w: (words.count(w), -len(w))).lower()
    page.goto(served + "reactions.html")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator("input.md-search__input").press_sequentially(word, delay=40)
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(timeout=10_000)
    hrefs = [results.nth(i).get_attribute("href") or "" for i in range(results.count())]
    assert any(urlsplit(h).path.endswith("/reactions.html") for h in hrefs), (word, hrefs)
    # The match is highlighted in the result.
    assert page.locator(".md-search-result mark").count() > 0


@pytest.mark.slow
@pytest.mark.browser
def test_an_evidence_link_lands_on_the_highlighted_sentence(tab, served):
    page = tab.page
    page.goto(served + "agreements.html")
    link = page.locator(".bf-evidence a[href*='#s-']").first
    fragment = (link.get_attribute("href") or "").split("#", 1)[1]
    link.click()
    page.wait_for_url(re.compile(rf".*/sources/[^/]+\.html#{fragment}$"))
    sentence = page.locator(f"#{fragment}")
    assert sentence.evaluate("el => el.matches(':target') && el.classList.contains('bf-s--quoted')")
    box = sentence.bounding_box()
    assert box is not None and 0 <= box["y"] < 900, box  # in view, below the sticky header
    colour = sentence.evaluate("el => getComputedStyle(el).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent"), colour


@pytest.mark.slow
@pytest.mark.browser
def test_timeline_diagram_renders_as_svg(tab, served, data, screenshots):
    page = tab.page
    page.goto(served + "timeline.html")
    svg = page.locator("div.mermaid svg").first
    svg.wait_for(timeout=15_000)
    text = " ".join(svg.locator("text").all_text_contents())
    # The diagram shows the event's own days; background (long before them) is listed below it.
    shown = [e for e in data["timeline"] if not e.get("background")] or data["timeline"]
    years = sorted({str(e["date"])[:4] for e in shown})
    # A column per month or day of the event, a few boxes under each: at least one per column.
    assert years[-1] in text and len(svg.locator("text").all_text_contents()) >= min(len(shown), 6)
    page.screenshot(path=str(screenshots / "timeline.png"))
    assert tab.errors == []


@pytest.mark.slow
@pytest.mark.browser
def test_home_page_screenshot_and_phone_layout(tab, served, screenshots):
    page = tab.page
    page.goto(served)
    page.screenshot(path=str(screenshots / "home.png"), full_page=True)
    assert (screenshots / "home.png").stat().st_size > 20_000
    print(f"\nscreenshots in {screenshots}")
    # On a phone the agreements register reads as cards: nothing wider than the screen.
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(served + "agreements.html")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    assert page.locator(".bf-table--agreements thead").first.is_hidden()
    page.screenshot(path=str(screenshots / "agreements-phone.png"), full_page=True)
