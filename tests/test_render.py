"""The Markdown pages: fixed addresses, escaping of hostile text, evidence links and anchors."""

from __future__ import annotations

import html
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml

from generator.quality.check import SCHEMA_PATH
from generator.render import render_pages
from generator.render.dates import human, sort_key
from generator.render.escape import inert, page_stem, safe_url

DATA = Path(__file__).parent / "data" / "render"
EXPECTED = DATA / "expected"

# Untrusted strings the fixture puts into titles, names and quotes.
HOSTILE = [
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "{{ 7*7 }}",
    "{% if %}",
    '--8<-- "x"',
    "!!! note",
    "{: .x}",
    "# heading",
    "| a | b |",
    "*stars*",
]
FIXED_PAGES = [
    "index.md",
    "actors.md",
    "agreements.md",
    "reactions.md",
    "timeline.md",
    "figures.md",
    "sources/index.md",
    "data.md",
]
ODD_ID = "003_field notes (v2)"


def load_fixture() -> tuple[dict, dict[str, dict]]:
    """The made-up briefing and its per-source files, as the store would load them."""
    briefing = yaml.safe_load((DATA / "briefing.yaml").read_text(encoding="utf-8"))
    sources = {}
    for path in sorted((DATA / "sources").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        sources[data["source"]["id"]] = data
    return briefing, sources


def write_docs(docs: Path) -> dict[str, str | bytes]:
    """Render the fixture into ``docs`` with the data files where the build puts them."""
    briefing, sources = load_fixture()
    pages = render_pages(briefing, sources)
    for rel, content in pages.items():
        target = docs / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    (docs / "data" / "sources").mkdir(parents=True, exist_ok=True)
    (docs / "data" / "briefing.yaml").write_bytes((DATA / "briefing.yaml").read_bytes())
    for path in (DATA / "sources").glob("*.yaml"):
        (docs / "data" / "sources" / path.name).write_bytes(path.read_bytes())
    (docs / "data" / SCHEMA_PATH.name).write_bytes(SCHEMA_PATH.read_bytes())
    return pages


@pytest.fixture(scope="module")
def pages() -> dict[str, str | bytes]:
    briefing, sources = load_fixture()
    return render_pages(briefing, sources)


def body(page: str) -> str:
    """A page without its front matter (YAML, never rendered as Markdown)."""
    return re.sub(r"\A---\n.*?\n---\n", "", page, flags=re.S)


class _Html(HTMLParser):
    """Collects the tags and the text (entities decoded) of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def to_html(md_text: str) -> _Html:
    """The Markdown converted with the site's extensions, parsed back."""
    converted = markdown.markdown(
        md_text, extensions=["attr_list", "md_in_html", "tables", "admonition", "toc"]
    )
    parser = _Html()
    parser.feed(converted)
    return parser


def test_fixture_evidence_points_at_its_sentence():
    briefing, sources = load_fixture()
    checked = 0
    for section in ("actors", "agreements", "reactions", "timeline"):
        for item in briefing[section]:
            for ev in item["evidence"]:
                if ev["source"] not in sources or ev.get("sentence") is None:
                    continue
                flat = [s for p in sources[ev["source"]]["paragraphs"] for s in p]
                assert flat[ev["sentence"]] == ev["quote"], (item["id"], ev)
                checked += 1
    assert checked > 15


@pytest.mark.parametrize("text", HOSTILE + ['AT&T\'s "deal" \\ ~tilde~ ==mark== ^sup^ $x$ :smile: `code`'])
def test_inert_text_reads_the_same_and_is_no_markup(text):
    parser = to_html(inert(text))
    assert parser.tags == ["p"]
    assert "".join(parser.text) == text


def test_inert_folds_newlines_so_text_cannot_start_a_block():
    parser = to_html("Intro " + inert("line\n# heading\n\n- item\n    code"))
    assert parser.tags == ["p"]
    assert "".join(parser.text) == "Intro line # heading - item code"


def test_render_pages_gives_the_fixed_addresses_assets_and_one_page_per_source(pages):
    for path in FIXED_PAGES:
        assert path in pages, path
    assert "sources/001_ledger.md" in pages and "sources/002_wire.md" in pages
    assert f"sources/{page_stem(ODD_ID)}.md" in pages
    assert isinstance(pages["assets/briefing.css"], bytes)
    assert not any(path.startswith("data/") for path in pages), "the store writes the data files"
    assert list(pages) == sorted(pages)


def test_render_pages_is_deterministic(pages):
    assert render_pages(*load_fixture()) == pages


def test_no_hostile_string_survives_as_markup_in_any_page(pages):
    for path, content in pages.items():
        if not path.endswith(".md"):
            continue
        text = body(content)
        for hostile in HOSTILE:
            assert hostile not in text, (path, hostile)
        parser = to_html(text)
        assert "script" not in parser.tags, path
        assert not any(v and v.lower().startswith("javascript") for _, v in parser.attrs), path
        assert ("class", "x") not in parser.attrs, path


def test_hostile_words_still_read_on_the_page(pages):
    text = "".join(to_html(body(pages["sources/001_ledger.md"])).text)
    assert "The Coalition for Open Seas <script>alert(1)</script> said" in text
    assert "A spokesperson wrote {{ 7*7 }} on the group's website" in text
    assert "wrote 49" not in text


def test_front_matter_title_is_html_escaped_for_the_theme(pages):
    front = yaml.safe_load(pages["sources/002_wire.md"].split("---\n")[1])
    assert front["title"] == html.escape("Critics pan summit deals [x](javascript:alert(1))")
    front = yaml.safe_load(pages["actors.md"].split("---\n")[1])
    assert front["title"] == "Actors"


def test_every_evidence_links_to_its_sentence_anchor(pages):
    briefing, _ = load_fixture()
    text = "\n".join(v for v in pages.values() if isinstance(v, str))
    for section in ("agreements", "reactions", "timeline"):
        for item in briefing[section]:
            for ev in item["evidence"]:
                if ev.get("sentence") is not None:
                    assert f"sources/{page_stem(ev['source'])}.md#s-{ev['sentence']}" in text, ev


def test_evidence_without_sentence_index_is_located_by_its_quote(pages):
    # The fisheries memorandum's evidence has sentence: null; the quote is sentence 0.
    assert f"(sources/{page_stem(ODD_ID)}.md#s-0)" in pages["agreements.md"]


def test_evidence_from_an_unknown_source_is_shown_without_a_link(pages):
    page = pages["actors/castavia.md"]
    assert "999_missing" in "".join(to_html(body(page)).text)
    assert "999_missing.md" not in page


def test_actor_names_link_to_their_page(pages):
    briefing, _ = load_fixture()
    for actor in briefing["actors"]:
        # Each actor's row carries its anchor.
        assert f'<span class="bf-anchor" id="actor-{actor["id"]}"></span>' in pages["actors.md"], actor["id"]
    assert "[Alma Reyes](actors/alma-reyes.md)" in pages["index.md"]
    assert "[Alma Reyes](actors/alma-reyes.md)" in pages["reactions.md"]
    assert "[Marovia](actors/marovia.md)" in pages["actors.md"]
    assert "[Castavia](castavia.md)" in pages["actors/marovia.md"]
    # An id no actor defines is shown as text, never as a dead link.
    assert "actor-atlantis" not in pages["agreements.md"] and "atlantis" in pages["agreements.md"]


def test_minor_actor_links_to_its_entry_on_the_actors_page():
    briefing, sources = load_fixture()
    briefing = {**briefing, "actors": [*briefing["actors"], _minor_actor()]}
    briefing["agreements"] = [{**briefing["agreements"][0], "signatories": ["quiet-observer"]}]
    pages = render_pages(briefing, sources)
    # Named once and in no record of its own... except as a signatory here: a page after all.
    assert "actors/quiet-observer.md" in pages
    briefing["agreements"] = []
    briefing["reactions"] = []
    briefing["timeline"] = []
    briefing["actors"] = [
        {**_minor_actor(), "affiliation": None},
        {**_minor_actor(), "id": "x", "name": "X", "affiliation": "quiet-observer", "mentions": 3},
    ]
    pages = render_pages(briefing, sources)
    assert "actors/quiet-observer.md" not in pages and "actors/x.md" in pages
    assert "[Quiet Observer](../actors.md#actor-quiet-observer)" in pages["actors/x.md"]


def _minor_actor() -> dict:
    return {
        "id": "quiet-observer",
        "name": "Quiet Observer",
        "kind": "person",
        "role": None,
        "affiliation": "marovia",
        "aliases": [],
        "mentions": 1,
        "sources": ["001_ledger"],
        "evidence": [],
    }


def test_actor_page_lists_agreements_reactions_and_events_with_evidence(pages):
    page = pages["actors/alma-reyes.md"]
    text = "".join(to_html(body(page)).text)
    assert text.startswith("Alma Reyes")
    assert "President of Marovia" in text
    for section in ("## Agreements", "## Reactions", "## Events", "### What Alma Reyes said"):
        assert section in page, section
    assert "our two countries are stronger together" in text
    assert "Alma Reyes arrives in Port Elden" in text and "Alma Reyes takes office" in text
    assert "(../sources/001_ledger.md#s-6)" in page
    # Her own name on her own page is not a link to itself.
    assert "[Alma Reyes](alma-reyes.md)" not in page
    country = pages["actors/marovia.md"]
    assert "## People and bodies affiliated" in country and "[Alma Reyes](alma-reyes.md)" in country
    assert "Co&#45;operation agreements on energy, education and health" in country
    assert "### What others said about Marovia" in country


def test_source_page_anchors_every_sentence_and_marks_the_quoted_ones(pages):
    page = pages[f"sources/{page_stem(ODD_ID)}.md"]
    assert re.search(r'<mark class="bf-s bf-s--quoted" id="s-0"', page)
    assert re.search(r'<mark class="bf-s bf-s--quoted" id="s-1"', page)
    # Sentence 2 is quoted nowhere: anchored but not highlighted.
    assert re.search(r'<span class="bf-s" id="s-2">Alma Reyes met students', page)
    ledger = pages["sources/001_ledger.md"]
    assert all(f'id="s-{n}"' in ledger for n in range(7))
    assert "Removed as boilerplate (2 paragraphs)" in ledger


def test_source_page_links_only_http_addresses(pages):
    ledger = pages["sources/001_ledger.md"]
    assert '<a href="https://example.org/ledger/2024/06/20/marovia-castavia"' in ledger
    wire = pages["sources/002_wire.md"]
    assert '<a href="javascript' not in wire and "javascript&#58;alert" in wire


def test_timeline_shows_each_precision_in_words(pages):
    text = "".join(to_html(body(pages["timeline.md"])).text)
    for shown in ("March 2024", "June 2024", "19 June 2024", "week of 8 July 2024", "2026"):
        assert shown in text, shown
    page = pages["timeline.md"]
    events = "".join(to_html(page[page.index("## 2024") :]).text)
    assert events.index("March 2024") < events.index("19 June 2024") < events.index("week of 8 July 2024")
    assert "2 sources" in text and "1 source" in text


def test_timeline_shows_corroboration_and_other_dates(pages):
    page = pages["timeline.md"]
    assert (
        '<span class="bf-count bf-count--many" title="Number of sources that report it">2 sources</span>'
        in page
    )
    assert "Other dates given: 21 June 2024 ([Coastal Wire" in page
    assert "(sources/002_wire.md#s-0)" in page


def test_timeline_has_a_mermaid_diagram_with_plain_labels(pages):
    page = pages["timeline.md"]
    diagram = page[page.index("``` mermaid") : page.index("```\n", page.index("``` mermaid") + 5)]
    lines = diagram.splitlines()[1:]
    # Styled by the theme's colours (readable in light and dark mode), then the timeline.
    assert lines[0].startswith('%%{init: {"themeCSS": "') and "var(--md-default-fg-color)" in lines[0]
    lines = lines[1:]
    assert lines[0] == "timeline"
    # Events within two years: a column per month, each box with its day.
    assert lines[1] == "    March 2024 : Alma Reyes takes office"
    assert lines[2].startswith("    June 2024 : 19 June – Alma Reyes arrives in Port Elden : 20 June – Reyes")
    assert lines[-1] == "    2026 : Trade could double if"
    # Article text reaches the diagram as words only: no Mermaid, HTML or Jinja syntax.
    for char in "{}%#;:<>*|":
        assert all(char not in line.split(" : ", 1)[-1].replace(" : ", "") for line in lines[1:]), char


def test_home_page_has_title_date_counts_lead_and_pdf_link(pages):
    page = pages["index.md"]
    text = "".join(to_html(body(page)).text)
    assert "Marovia–Castavia summit in Port Elden *stars* {{ 7*7 }}" in text
    assert "As of 21 June 2024 · 3 sources" in text
    assert "3 sources published between 20 June 2024 and 21 June 2024 report 4 agreements" in text
    assert '<a class="bf-pdf" href="briefing.pdf">' in page
    # Read like the top of a wire explainer: what happened, who, what they said, what was
    # agreed, the latest; the counts at the bottom.
    headings = ["What happened", "Key actors", "What they said", "Agreements", "Latest events"]
    headings += ["Looking ahead", "In numbers"]
    found = [page.index(f"## {h}") for h in headings]
    assert found == sorted(found), headings
    assert page.index("report 4 agreements") > page.index("## In numbers")
    # Critical voices come first, one line each with speaker and role.
    assert text.index("sells out coastal communities") < text.index("our two countries are stronger")


def test_agreements_register_has_status_badges_and_evidence(pages):
    page = pages["agreements.md"]
    for status in ("signed", "agreed", "planned", "proposed"):
        assert f'<span class="bf-badge bf-badge--{status}">{status}</span>' in page
    assert "| Agreement | Parties | Topics | Date | Status | Sources |" in page
    assert '<div class="bf-table bf-table--agreements" markdown>' in page


def test_data_page_links_the_yaml_files(pages):
    page = pages["data.md"]
    assert "(data/briefing.yaml)" in page
    assert "(data/briefing.schema.json)" in page
    assert "(data/sources/003_field%20notes%20%28v2%29.yaml)" in page


def test_missing_sections_and_extras_still_give_every_page():
    pages = render_pages({"title": "Empty"}, {})
    for path in FIXED_PAGES:
        assert path in pages
    assert "No agreements were found in the sources." in pages["agreements.md"]
    assert "No dated events were found in the sources." in pages["timeline.md"]


@pytest.mark.parametrize(
    ("value", "precision", "shown"),
    [
        ("2024-06-20", "day", "20 June 2024"),
        ("2024-06-10", "week", "week of 10 June 2024"),
        ("2024-06", "month", "June 2024"),
        ("2024", "year", "2024"),
        ("2024-06-20", None, "20 June 2024"),
        ("2024-02-30", "day", "2024-02-30"),
        ("soon", None, "soon"),
        (None, None, ""),
    ],
)
def test_dates_read_at_their_precision(value, precision, shown):
    assert human(value, precision) == shown


def test_dates_sort_chronologically_with_undated_last():
    values = [
        ("2024-06-20", "day"),
        (None, None),
        ("2024", "year"),
        ("2024-06", "month"),
        ("2023-12-31", "day"),
    ]
    ordered = sorted(values, key=lambda v: sort_key(*v))
    assert ordered == [
        ("2023-12-31", "day"),
        ("2024", "year"),
        ("2024-06", "month"),
        ("2024-06-20", "day"),
        (None, None),
    ]


def test_odd_source_ids_get_safe_page_names():
    assert page_stem("001_ledger") == "001_ledger"
    for odd in (ODD_ID, "index", "../../etc/passwd", "a#b?c"):
        stem = page_stem(odd)
        assert re.fullmatch(r"[a-z0-9_-]+", stem), stem
    assert page_stem("a b") != page_stem("a-b")


def test_only_http_addresses_become_links():
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in ("javascript:alert(1)", "data:text/html,x", "//evil", "http://a b", None):
        assert safe_url(bad) is None


def test_pages_match_the_golden_files(pages):
    """The whole rendered site_src for the fixture; set UPDATE_GOLDEN=1 to accept a change."""
    md_pages = {k: v for k, v in pages.items() if k.endswith(".md")}
    if os.environ.get("UPDATE_GOLDEN"):
        for rel, content in md_pages.items():
            (EXPECTED / rel).parent.mkdir(parents=True, exist_ok=True)
            (EXPECTED / rel).write_text(content, encoding="utf-8")
    expected = {
        p.relative_to(EXPECTED).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(EXPECTED.rglob("*.md"))
    }
    assert sorted(expected) == sorted(md_pages)
    for rel, content in md_pages.items():
        assert content == expected[rel], f"{rel} differs from tests/data/render/expected/{rel}"


def test_home_lead_is_made_of_the_most_corroborated_records_linked_to_evidence(pages):
    page = pages["index.md"]
    start = page.index("## What happened")
    brief = page[start : page.index("\n## ", start + 1)]  # to the next section (Key figures)
    facts = [line.strip() for line in brief.splitlines() if line.strip().startswith("- ")]
    assert 2 <= len(facts) <= 4
    # The two-source records lead; every fact links to the sentences it rests on.
    assert "Road map for a joint solar research centre" in facts[0]
    assert (
        "agreed by [Marovia](actors/marovia.md) and [Castavia](actors/castavia.md) on 20 June 2024"
        in facts[0]
    )
    assert any("Reyes and Vidal sign co&#45;operation agreements" in f for f in facts)
    for fact in facts:
        assert re.search(r"\(sources/[^)]+\.md#s-\d+\)", fact), fact


def test_verification_page_lists_what_to_double_check(pages):
    page = pages["verification.md"]
    text = "".join(to_html(body(page)).text)
    for heading in ("Conflicting dates", "Articles with missing metadata", "Single-source claims"):
        assert f"## {heading}" in page, heading
    # Conflicting dates: the date shown and the other date, each with its source.
    assert "19 June 2024 (The Daily Ledger)" in text and "21 June 2024 (Coastal Wire | a | b |)" in text
    assert "July 2024 (# heading Field notes from Port Elden)" in text
    # The field notes have neither outlet nor date; three records rest on them alone.
    assert "Missing: publication date, outlet · 3 records rest on this article alone" in text
    assert "Agreements: 3 items" in text and "Events: 6 items" in text and "Reactions: 5 items" in text
    # The two-source road map is not a single-source claim.
    singles = page[page.index("## Single-source claims") :]
    assert "agreement-solar-research-centre-road-map" not in singles


def test_source_page_lists_what_the_briefing_takes_from_it(pages):
    page = pages["sources/001_ledger.md"]
    block = page[page.index("What the briefing takes from this article") : page.index("## Text")]
    assert (
        "[Road map for a joint solar research centre &#33;&#33;&#33; note](../agreements.md#agreement-"
        in block
    )
    assert "[sentence 5](#s-4), [sentence 6](#s-5)" in block


def test_evidence_sentences_of_conflicting_dates_are_highlighted_too(pages):
    # The field notes' sentence 0 backs the memorandum and the other date of the border treaty.
    page = pages[f"sources/{page_stem(ODD_ID)}.md"]
    assert re.search(r'<mark class="bf-s bf-s--quoted" id="s-0"', page)


def test_an_article_without_a_title_is_named_by_its_opening_words_and_flagged():
    briefing, sources = load_fixture()
    briefing["sources"] = [
        {**s, "title": None} if s["id"] == "001_ledger" else s for s in briefing["sources"]
    ]
    sources["001_ledger"] = {
        **sources["001_ledger"],
        "source": {**sources["001_ledger"]["source"], "title": None},
    }
    pages = render_pages(briefing, sources)
    # Its first sentence up to the first comma: "Untitled (The Daily Ledger, ...)" names nothing.
    page = pages["sources/001_ledger.md"]
    assert "# Marovian President Alma Reyes signed a series of agreements with Castavian Prime…" in page
    assert "Untitled" not in page
    assert "Missing: **title**" in pages["verification.md"]


def test_home_page_says_whats_new_in_lines_that_stay_text():
    from generator.render import CHANGES_END, CHANGES_START

    briefing, sources = load_fixture()
    plain = render_pages(briefing, sources, changes=())["index.md"]
    assert "What's new" not in plain and CHANGES_START not in plain
    changes = [
        "actors since the last build: 1 new (Dana <b>Vell</b>), 1 removed ([x](javascript:x)); 9 in all",
        "events since the last build: none new or removed; 4 in all",
        "figures since the last build: 2 new (5 *stars*, 7 | pipes); 3 in all",
    ]
    home = render_pages(briefing, sources, changes=changes)["index.md"]
    block = home[home.index(CHANGES_START) : home.index(CHANGES_END)]
    shown = html.unescape(markdown.markdown(block, extensions=["md_in_html", "attr_list"]))
    items = re.findall(r"<li>(.*?)</li>", shown, re.S)
    assert items == [
        "Actors since the last build: 1 new (Dana <b>Vell</b>), 1 removed ([x](javascript:x)); 9 in all",
        "Events since the last build: none new or removed; 4 in all",
        "Figures since the last build: 2 new (5 *stars*, 7 | pipes); 3 in all",
    ]  # the names as written, none of them markup (unescaped once here, for the comparison)
    assert "<b>" not in markdown.markdown(block, extensions=["md_in_html"]).replace("&lt;b&gt;", "")
    # After the key figures, before the key actors; and everything else as without it.
    headings = [h.strip() for h in re.findall(r"^## ([^{\n]+)", home, re.M)]
    assert headings.index("What's new") == headings.index("Key actors") - 1, headings
    head, _, rest = home.partition(CHANGES_START)
    assert head + rest.partition(CHANGES_END)[2].lstrip("\n") == plain


def test_who_of_whom_is_a_grid_of_speakers_by_the_actors_most_spoken_of():
    from generator.render.normalise import build_view
    from generator.render.reading import Side, stance_grid

    view = build_view(*load_fixture())
    grid = stance_grid(view)
    # Castavia: two speakers took a side on it; Marovia: one.
    assert grid.columns == ("castavia", "marovia")
    rows = {row.speaker.actor: row.sides for row in grid.rows}
    assert rows == {
        "alma-reyes": (Side(supportive=1), None),
        "european-fisheries-council": (Side(critical=1), Side(critical=1)),
    }
    assert not grid.others
    # With one column, the other actor moves to the row's last cell.
    narrow = stance_grid(view, most=1)
    assert narrow.columns == ("castavia",) and narrow.others
    efc = next(row for row in narrow.rows if row.speaker.actor == "european-fisheries-council")
    assert efc.others == (("marovia", Side(critical=1)),)
    assert Side(critical=2, supportive=1).lean == -1
    assert Side(critical=2, supportive=1).words == "critical in 2 remarks, supportive in 1 remark"


def test_reactions_page_shows_the_grid_first_with_coloured_marks(pages):
    page = pages["reactions.md"]
    assert page.index("## Who is critical or supportive of whom") < page.index("## Who said what")
    assert "| Speaker | Castavia | Marovia |" in page
    assert '<span class="bf-side bf-side--critical">−1</span>' in page
    assert '<span class="bf-side bf-side--supportive">+1</span>' in page


def test_a_background_figure_names_its_year_once():
    briefing, sources = load_fixture()
    first = briefing["figures"][0]
    briefing["figures"].append(
        {
            "id": "passengers-killed-1959",
            "what": "passengers killed (1959)",
            "value": "44",
            "number": 44.0,
            "date": "1959",
            "evidence": first["evidence"],
            "corroboration": 1,
        }
    )
    page = render_pages(briefing, sources, changes=())["figures.md"]
    (line,) = [x for x in page.splitlines() if x.startswith("**44**")]
    assert line.startswith("**44** passengers killed &#40;1959&#41; · <span")  # not "· 1959 ·" again


def test_passages_left_out_as_another_story_are_listed_for_checking():
    briefing, sources = load_fixture()
    plain = render_pages(briefing, sources, changes=())["verification.md"]
    assert "left out as another story" not in plain  # nothing dropped, no section
    sid = sorted(sources)[0]
    sources[sid]["off_story"] = ["MOST READ <b>STONED</b> [x](javascript:x) Celebrity"]
    page = render_pages(briefing, sources, changes=())["verification.md"]
    section = page[page.index("## Passages left out as another story") :]
    (line,) = [x for x in section.splitlines() if x.startswith("- ")]
    assert "STONED" in line and "<b>" not in line and "](javascript" not in line
    assert re.search(r"\(sources/[^)]+\.md\)", line)  # the article, linked
