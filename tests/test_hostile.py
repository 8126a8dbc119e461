"""A hostile articles folder, built for real: broken files are skipped with one line each, good
ones all get a page, and no article text becomes live markup — in the HTML or in Chromium."""

from __future__ import annotations

import functools
import http.server
import logging
import threading
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.cli import main
from generator.render.escape import page_stem
from tests.conftest import ROOT

STORY = "Bridge opens\n\nThe bridge across the river opened on Monday, officials said.\n"

GOOD_ONE = """---
title: "Summit ends <script>alert(1)</script> {{ 7*7 }}"
published: 2024-06-20
outlet: "<img src=x onerror=alert(1)>"
---
The summit in Freedonia ended on Thursday, June 20, 2024, with a trade agreement, officials said.

The minister said the string <script>alert(1)</script> was found on the ministry's web page on Monday.

Protesters carried signs reading <img src=x onerror=alert(1)> outside the venue, the police said.

A post shared [link](javascript:alert(1)) with readers on Tuesday, the agency reported.

The leaked draft contained the text {{ 7*7 }} and {% raw %} in its margins, officials said.

The footer of the file read --8<-- "/etc/passwd" according to the researcher who found it.
"""
GOOD_TWO = """Talks resume in Freedonia

June 21, 2024

!!! warning was the first line of the notice that the ministry published on Friday, the spokesman said.

{: onclick="x"} appeared after the heading of the statement, the spokesman said on Friday.

The memo was short. # Heading was written at the top of it, the minister said on Friday.

| a | b | was how the table in the annex began, the official said on Friday.

key: value was the only line in the configuration file, the engineer said on Friday.

- item was printed on the list the delegation handed out on Friday, officials said.

The reporters wrote &anchor and *alias in their notes on Friday, the editor said.

President Anna Kowalski said on Friday that Freedonia welcomed the agreement with Ruritania.
"""
PAYLOADS = {
    "good-one": [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[link](javascript:alert(1))",
        "{{ 7*7 }}",
        "{% raw %}",
        '--8<-- "/etc/passwd"',
    ],
    "good-two": [
        "!!! warning",
        '{: onclick="x"}',
        "# Heading",
        "| a | b |",
        "key: value",
        "- item",
        "&anchor",
        "*alias",
    ],
}

# name -> (content, part of the one-line reason); None: read correctly, so it gets a page.
HOSTILE: dict[str, tuple[str | bytes, str | None]] = {
    "good-one.md": (GOOD_ONE, None),
    "good-two.txt": (GOOD_TWO, None),
    "empty.txt": (b"", "empty file"),
    "binary.txt": (bytes(range(256)) * 64, "binary file"),
    "latin1.txt": (
        "Café opens\n\nThe café in Freedonia opened on Monday, said Mr Müller.\n".encode("latin-1"),
        None,
    ),
    "cp1252.txt": (
        "Deal signed\n\n“We agree,” the minister said on Monday — officials said.\n".encode("cp1252"),
        None,
    ),
    "utf16.txt": (STORY.replace("\n", "\r\n").encode("utf-16"), None),
    "utf8bom.txt": (b"\xef\xbb\xbf" + STORY.replace("Bridge", "Tunnel").encode(), None),
    "crlf.txt": (STORY.replace("Bridge", "Road").replace("\n", "\r\n").encode(), None),
    "nul.txt": (b"Port opens\n\nThe port opened on Monday,\x00 officials said.\n", None),
    "nuls.txt": (b"PK\x03\x04" + b"\x00" * 500 + b"payload", "binary file"),
    "huge.txt": (
        ("The council met again on Monday, officials said. " * 2000 + "\n\n").encode() * 220,
        "too large",
    ),
    "one-line.txt": (" ".join(["council", "budget", "Monday", "agreed"] * 12_500)[:200_000], None),
    "nested.html": (
        "<div>" * 20_000 + "<p>The airport reopened on Monday, officials said.</p>" + "</div>" * 20_000,
        None,
    ),
    "malformed.html": ("<html><body></table><<<>>><script>alert(1)</script></span>", "no article text"),
    "invalid.json": ('{"title": "x", "text": ', "not valid JSON"),
    "no-text.json": ('{"title": "A headline", "description": "No body"}', "no article text"),
    "bad-yaml.md": ("---\ntitle: [unclosed\n---\n" + STORY, "front matter is not valid YAML"),
    "yaml-tag.md": (
        "---\ntitle: !!python/object/apply:os.system ['touch /tmp/briefing-pwned']\n---\n" + STORY,
        "YAML tag !!python/object/apply:os.system, which is not allowed",
    ),
    "name with spaces.txt": (STORY.replace("Bridge", "Station").replace("bridge", "station"), None),
    "ünïcödé.txt": (STORY.replace("Bridge", "Museum").replace("bridge", "museum"), None),
    "-leading-dash.txt": (STORY.replace("Bridge", "Harbour").replace("bridge", "harbour"), None),
}


class _Page(HTMLParser):
    """Tags with their attributes, script bodies, and the visible text of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        (self.scripts if self._in_script else self.text).append(data)


def parse_page(path: Path) -> _Page:
    """The parsed page at ``path``."""
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    """The hostile folder built with the real ``briefing build`` (no PDF): (out, code, stderr)."""
    import contextlib
    import io

    base = tmp_path_factory.mktemp("hostile")
    seeds = base / "articles"
    seeds.mkdir()
    for name, (content, _) in HOSTILE.items():
        path = seeds / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    err = io.StringIO()
    # Under pytest, logging does not reach sys.stderr: collect what the CLI would print there.
    handler = logging.StreamHandler(err)
    handler.setLevel(logging.WARNING)
    logging.getLogger().addHandler(handler)
    with pytest.MonkeyPatch.context() as mp, contextlib.redirect_stderr(err):
        mp.setenv("BRIEFING_CACHE_DIR", str(base / "cache"))
        mp.delenv("BRIEFING_MAX_ARTICLE_BYTES", raising=False)
        mp.delenv("BRIEFING_MAX_ARTICLES", raising=False)
        code = main(
            [
                "-q",
                "build",
                "--no-pdf",
                "--seeds",
                str(seeds),
                "--site-src",
                str(base / "site_src"),
                "--site",
                str(base / "site"),
                "--config",
                str(ROOT / "mkdocs.yml"),
            ]
        )
    logging.getLogger().removeHandler(handler)
    return base, code, err.getvalue()


def source_ids(base: Path) -> dict[str, str]:
    """File name -> article id, from the built data."""
    import yaml

    data = yaml.safe_load((base / "site_src/data/briefing.yaml").read_text(encoding="utf-8"))
    return {s["path"]: s["id"] for s in data["sources"]}


def html_pages(base: Path) -> list[Path]:
    return sorted((base / "site").rglob("*.html"))


@pytest.mark.slow
def test_build_skips_each_bad_file_with_one_line_and_exit_code_1(hostile_build):
    base, code, stderr = hostile_build
    assert code == 1, stderr
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    bad = {name: reason for name, (_, reason) in HOSTILE.items() if reason}
    assert len(lines) == len(bad), stderr
    for name, reason in bad.items():
        [line] = [line for line in lines if f"/{name}: " in line]
        assert line.startswith("briefing: skipped ") and reason in line, line
    assert not Path("/tmp/briefing-pwned").exists()


@pytest.mark.slow
def test_every_good_article_has_a_source_page(hostile_build):
    base, _, _ = hostile_build
    good = sorted(name for name, (_, reason) in HOSTILE.items() if reason is None)
    ids = source_ids(base)
    assert sorted(ids) == good
    for name, id_ in ids.items():
        page = base / "site" / "sources" / f"{page_stem(id_)}.html"
        assert page.is_file(), name


def live_markup(raw: str) -> list[str]:
    """What in one HTML page would run or render a payload: script bodies calling alert, event
    handler attributes, javascript: links, the <img src=x> tag, 49 from {{ 7*7 }}, /etc/passwd."""
    page = _Page()
    page.feed(raw)
    found = [f"<script> calling alert: {s[:60]!r}" for s in page.scripts if "alert(" in s]
    if "<script>alert" in raw.lower():
        found.append("<script>alert in the markup")
    for tag, attrs in page.tags:
        found += [f"<{tag} {name}=...>" for name in attrs if name.startswith("on")]
        for name in ("href", "src", "action", "formaction"):
            value = (attrs.get(name) or "").strip().lower()
            if value.startswith(("javascript:", "data:text/html")):
                found.append(f"<{tag} {name}={value[:40]!r}>")
        if tag == "img" and attrs.get("src") == "x":
            found.append("<img src=x>")
    text = " ".join(" ".join(page.text).split())
    if "the text 49 and" in text:
        found.append("{{ 7*7 }} rendered as 49")
    passwd = Path("/etc/passwd").read_text(encoding="utf-8", errors="replace").splitlines()
    found += [f"/etc/passwd line {line[:20]!r}" for line in passwd if line.count(":") >= 5 and line in raw]
    return found


def test_the_live_markup_check_catches_each_payload():
    leaky = (
        "<p>a<script>alert(1)</script><img src=x onerror=alert(1)><a href='javascript:alert(1)'>l</a>"
        '<span onclick="x">s</span> The leaked draft contained the text 49 and </p>'
        + Path("/etc/passwd").read_text(encoding="utf-8").splitlines()[0]
    )
    problems = live_markup(leaky)
    assert len(problems) == 8, problems
    assert live_markup("<p>&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }} --8&lt;-- /etc/passwd</p>") == []


@pytest.mark.slow
def test_no_payload_is_live_markup_in_the_html(hostile_build):
    base, _, _ = hostile_build
    pages = html_pages(base)
    assert len(pages) > len(HOSTILE) // 2
    problems = {
        str(p.relative_to(base)): found
        for p in pages
        if (found := live_markup(p.read_text(encoding="utf-8")))
    }
    assert problems == {}


@pytest.mark.slow
@pytest.mark.parametrize("article", sorted(PAYLOADS))
def test_payloads_still_read_as_text_on_the_source_page(hostile_build, article):
    base, _, _ = hostile_build
    page = parse_page(base / "site" / "sources" / f"{page_stem(article)}.html")
    text = " ".join(" ".join(page.text).split())
    for payload in PAYLOADS[article]:
        assert payload in text, payload


@pytest.mark.slow
def test_titles_with_markup_are_text_in_navigation_and_headings(hostile_build):
    base, _, _ = hostile_build
    page = parse_page(base / "site" / "sources" / f"{page_stem('good-one')}.html")
    text = " ".join(" ".join(page.text).split())
    assert "Summit ends <script>alert(1)</script> {{ 7*7 }}" in text
    assert "<img src=x onerror=alert(1)>" in text  # the outlet


# --- headless Chromium ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def served_site(hostile_build):
    """The built site over http.server on 127.0.0.1 (a random free port)."""
    base, _, _ = hostile_build
    handler = functools.partial(_QuietHandler, directory=str(base / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", base
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        pass


@pytest.mark.slow
@pytest.mark.browser
def test_no_dialog_and_no_console_error_on_the_source_pages(served_site, browser):
    url, base = served_site
    pages = ["sources/", *(f"sources/{page_stem(id_)}.html" for id_ in sorted(source_ids(base).values()))]
    pages += ["", "actors.html", "agreements.html", "reactions.html", "timeline.html"]
    dialogs: list[str] = []
    errors: list[str] = []
    page = browser.new_page()
    page.on("dialog", lambda d: (dialogs.append(f"{d.type}: {d.message}"), d.dismiss()))
    page.on("console", lambda m: errors.append(f"{page.url}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(f"{page.url}: {e}"))
    # Canary: the handlers do see a dialog and an error when a page has them.
    page.set_content("<script>alert('canary'); undefinedFunction();</script>")
    assert dialogs == ["alert: canary"] and len(errors) == 1, (dialogs, errors)
    dialogs.clear()
    errors.clear()
    for rel in pages:
        response = page.goto(f"{url}/{rel}", wait_until="load")
        assert response is not None and response.ok, rel
        page.wait_for_timeout(100)  # let onerror handlers of broken images fire, if any
    page.close()
    assert dialogs == []
    assert errors == []
