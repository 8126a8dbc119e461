"""The MkDocs site built strictly from the hostile fixture: pages, search, links, inert text."""

from __future__ import annotations

import json
import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from generator.errors import BuildError
from generator.render.escape import page_stem
from generator.site.mkdocs_build import build_site
from tests.test_render import HOSTILE, ODD_ID, write_docs

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "mkdocs.yml"
# Written by the build into site/ after MkDocs, so absent here.
WRITTEN_AFTER_MKDOCS = {"briefing.pdf"}


class _Page(HTMLParser):
    """Links, ids, script bodies and visible text of one built page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.attrs: list[tuple[str, str, str]] = []
        self.scripts: list[str] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            self.attrs.append((tag, name, value or ""))
            if name in ("id", "name") and value:
                self.ids.add(value)
        if tag == "a":
            self.links.extend(v for n, v in attrs if n == "href" and v)
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        (self.scripts if self._in_script else self.text).append(data)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("site")
    write_docs(root / "docs")
    build_site(root / "docs", root / "site", CONFIG)
    return root / "site"


@pytest.fixture(scope="module")
def parsed(site) -> dict[str, _Page]:
    out = {}
    for path in sorted(site.rglob("*.html")):
        page = _Page()
        page.feed(path.read_text(encoding="utf-8"))
        out[path.relative_to(site).as_posix()] = page
    return out


def test_every_page_is_built(site):
    for rel in (
        "index.html",
        "actors.html",
        "agreements.html",
        "reactions.html",
        "timeline.html",
        "sources/index.html",
        "data.html",
        "verification.html",
        "actors/alma-reyes.html",
        "actors/marovia.html",
        "sources/001_ledger.html",
        f"sources/{page_stem(ODD_ID)}.html",
        "assets/briefing.css",
        "assets/vendor/mermaid.min.js",
        "assets/vendor/mermaid.LICENSE.txt",
        "data/briefing.yaml",
        "data/briefing.schema.json",
    ):
        assert (site / rel).is_file(), rel


def test_hostile_strings_are_text_not_markup(site, parsed):
    for rel, page in parsed.items():
        raw = (site / rel).read_text(encoding="utf-8")
        assert "<script>alert" not in raw, rel
        assert not any("alert" in s for s in page.scripts), rel
        for tag, name, value in page.attrs:
            assert not value.strip().lower().startswith("javascript:"), (rel, tag, name)
            assert not (name == "class" and "x" in value.split()), rel
        text = "".join(page.text)
        assert "wrote 49" not in text and "<em>stars</em>" not in raw, rel
    home = "".join(parsed["index.html"].text)
    assert "Marovia–Castavia summit in Port Elden *stars* {{ 7*7 }}" in home
    source = "".join(parsed["sources/001_ledger.html"].text)
    assert "The Coalition for Open Seas <script>alert(1)</script> said" in source
    assert "A spokesperson wrote {{ 7*7 }} on the group's website and called the deals *stars*" in source
    wire = "".join(parsed["sources/002_wire.html"].text)
    for hostile in (
        "!!! note",
        "{: .x}",
        '--8<-- "x"',
        "# heading",
        "| a | b |",
        "{% if %}",
        "[x](javascript:alert(1))",
    ):
        assert hostile in wire, hostile
    assert set(HOSTILE) >= {"{: .x}", "# heading"}


def test_page_titles_are_escaped_in_the_head(site):
    raw = (site / "sources" / "002_wire.html").read_text(encoding="utf-8")
    assert "<title>Critics pan summit deals [x](javascript:alert(1)) - Briefing</title>" in raw


def test_search_index_holds_actor_names_and_quote_words(site):
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = " ".join(doc["title"] + " " + doc["text"] for doc in index["docs"])
    assert "Alma Reyes" in text
    assert "coastal communities" in text
    assert "<script>alert" not in text


def _target(page: str, href: str) -> tuple[str, str] | None:
    """The built file and fragment a relative link points to, None for external links."""
    parts = urlsplit(href)
    # Only Material's 404 page uses site-absolute links ("/"): it is served from any depth.
    if parts.scheme or parts.netloc or parts.path.startswith("/"):
        return None
    path = unquote(parts.path)
    if not path:
        return page, parts.fragment
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
    if path.endswith("/") or not posixpath.splitext(resolved)[1]:
        resolved = posixpath.join(resolved, "index.html")
    return resolved, parts.fragment


def test_internal_links_and_anchors_resolve(site, parsed):
    checked = 0
    for rel, page in parsed.items():
        for href in page.links:
            target = _target(rel, href)
            if target is None or target[0] in WRITTEN_AFTER_MKDOCS:
                continue
            path, fragment = target
            assert (site / path).is_file(), f"{rel}: {href} -> {path} is missing"
            if fragment and path.endswith(".html"):
                assert fragment in parsed[path].ids, f"{rel}: {href} -> no #{fragment} in {path}"
            checked += 1
    assert checked > 100
    home_links = parsed["index.html"].links
    assert "briefing.pdf" in home_links
    assert "sources/002_wire.html#s-0" in home_links
    assert "actors/alma-reyes.html" in home_links
    assert "verification.html" in home_links
    assert "../sources/001_ledger.html#s-6" in parsed["actors/alma-reyes.html"].links


def test_timeline_page_holds_the_mermaid_source_and_loads_the_vendored_script(site):
    raw = (site / "timeline.html").read_text(encoding="utf-8")
    assert '<pre class="mermaid"><code>%%{init: {"themeCSS' in raw and "\ntimeline\n" in raw
    assert "March 2024 : Alma Reyes takes office" in raw
    assert 'src="assets/vendor/mermaid.min.js"' in raw
    # Material fetches Mermaid from a CDN only when no global ``mermaid`` exists: ours is defined.
    head = (site / "assets" / "vendor" / "mermaid.min.js").read_bytes()[:200]
    assert b"mermaid" in head
    # The other pages draw no diagram and do not load the 3.5 MB script.
    assert "mermaid.min.js" not in (site / "index.html").read_text(encoding="utf-8")


def test_no_page_requests_anything_from_another_host(site, parsed):
    for rel in parsed:
        raw = (site / rel).read_text(encoding="utf-8")
        for attr in re.findall(r'(?:src|href)="(https?://[^"]+)"', raw):
            # Links a reader follows are fine (the theme's credits, article addresses); loads are not.
            assert not re.search(r"<(?:script|link)[^>]+" + re.escape(attr), raw), (rel, attr)


def test_actor_pages_stay_out_of_the_navigation(site):
    raw = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="actors/alma-reyes.html"' in raw  # linked from the content...
    nav = raw[raw.index('<nav class="md-tabs"') :]
    nav = nav[: nav.index("</nav>")]
    assert "alma-reyes" not in nav  # ...but not listed in the navigation
    assert "Verification" in nav


def test_data_page_links_reach_the_yaml_files(parsed, site):
    # data.md is built as data.html, beside the data/ folder the build copies the YAML files into.
    links = parsed["data.html"].links
    assert "data/briefing.yaml" in links
    assert "data/briefing.schema.json" in links
    odd = "data/sources/003_field%20notes%20%28v2%29.yaml"
    assert odd in links and (site / "data" / "sources" / f"{ODD_ID}.yaml").is_file()


def test_broken_link_fails_the_strict_build_with_one_line(tmp_path):
    docs = tmp_path / "docs"
    write_docs(docs)
    with (docs / "data.md").open("a", encoding="utf-8") as fh:
        fh.write("\n[gone](timeline.md#no-such-event)\n")
    with pytest.raises(BuildError) as info:
        build_site(docs, tmp_path / "site", CONFIG)
    message = str(info.value)
    assert "\n" not in message
    assert "no-such-event" in message
