"""The built site opened from disk (``file://``), as the README tells a reader to: every tab
navigates to a page (not a directory listing), an actor link opens the actor, and search finds
and opens a page — with nothing fetched from another host."""

from __future__ import annotations

import re

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.browser]


@pytest.fixture()
def disk_tab(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    foreign: list[str] = []
    page.on("console", lambda m: errors.append(f"{page.url}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(f"{page.url}: {e}"))
    page.on("request", lambda r: None if r.url.startswith(("file://", "data:")) else foreign.append(r.url))
    yield page, errors, foreign
    context.close()


def test_tabs_and_links_navigate_from_disk(disk_tab, seeds_site):
    page, errors, foreign = disk_tab
    page.goto((seeds_site / "index.html").as_uri())
    for tab in ("Actors", "Agreements", "Reactions", "Timeline", "Sources", "Verification", "Home"):
        page.locator(".md-tabs__link", has_text=tab).first.click()
        page.wait_for_load_state("load")
        # A link to a folder opens Chromium's directory listing, which has no Material header.
        assert page.url.startswith("file://") and page.url.endswith(".html"), (tab, page.url)
        assert page.locator("header.md-header").count() == 1, (tab, page.url)
        assert page.locator("article h1").count() >= 1, (tab, page.url)
    page.locator("article a[href^='actors/']").first.click()
    page.wait_for_load_state("load")
    assert re.search(r"/actors/[^/]+\.html$", page.url), page.url
    assert page.locator("article h1").count() == 1
    assert errors == []
    assert foreign == [], "from disk nothing may be fetched from another host"


def test_search_works_from_disk(disk_tab, seeds_site):
    page, errors, foreign = disk_tab
    page.goto((seeds_site / "reactions.html").as_uri())
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator("input.md-search__input").press_sequentially("Hanoi", delay=40)
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(timeout=10_000)
    assert results.count() > 3
    assert page.locator(".md-search-result mark").count() > 0
    results.first.click()
    page.wait_for_load_state("load")
    assert page.url.startswith("file://") and ".html" in page.url, page.url
    assert page.locator("article h1").count() == 1
    assert errors == []
    assert foreign == []
