"""The MkDocs page cache: the same site as without it, pages reused only where that is safe, and
a strict build still fails on every broken link, whether the linking page was reused or not."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.errors import BuildError
from generator.render.escape import page_stem
from generator.site import page_chunks
from generator.site.mkdocs_build import build_site
from tests.test_render import ODD_ID, write_docs

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "mkdocs.yml"


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def cached_build(
    docs: Path,
    site: Path,
    cache: Path,
    caplog,
    *,
    chunks: bool = False,
    themed: bool = False,
    level: str = "INFO",
    config: Path = CONFIG,
) -> tuple[int, ...]:
    """Build with the page cache; from its log line (pages reused, pages converted), then with
    ``chunks`` (chunks reused, chunks converted), with ``themed`` (themed pages reused)."""
    caplog.clear()
    with caplog.at_level(level, logger="generator"):
        build_site(docs, site, config, page_cache=(cache, "the site"))
    (line,) = [r.getMessage() for r in caplog.records if r.getMessage().startswith("pages:")]
    counts = tuple(int(w.strip(",);")) for w in line.split() if w.strip(",);").isdigit())
    return counts[:2] + (counts[2:4] if chunks else ()) + (counts[4:] if themed else ())


@pytest.fixture(scope="module")
def plain(tmp_path_factory) -> tuple[Path, dict[str, bytes]]:
    """The fixture's docs and the site MkDocs builds from them without any cache."""
    root = tmp_path_factory.mktemp("plain")
    write_docs(root / "docs")
    build_site(root / "docs", root / "site", CONFIG)
    return root / "docs", tree(root / "site")


@pytest.fixture
def docs(plain, tmp_path) -> Path:
    shutil.copytree(plain[0], tmp_path / "docs")
    return tmp_path / "docs"


def test_a_site_built_from_the_cache_is_the_site_built_without_it(plain, docs, tmp_path, caplog):
    cache = tmp_path / "cache"
    first = cached_build(docs, tmp_path / "site1", cache, caplog, level="DEBUG")
    assert first[0] == 0 and first[1] > 5  # nothing to reuse yet
    assert "do not add up" not in caplog.text  # the generated pages keep their chunks' promise
    second = cached_build(docs, tmp_path / "site2", cache, caplog)
    assert second == (first[1], 0)  # every page reused
    # Pages, search index and sitemap: byte for byte what MkDocs alone makes.
    assert tree(tmp_path / "site1") == plain[1]
    assert tree(tmp_path / "site2") == plain[1]


def test_only_changed_pages_are_converted_and_the_change_shows(docs, tmp_path, caplog):
    cache = tmp_path / "cache"
    _, pages = cached_build(docs, tmp_path / "site", cache, caplog)
    with (docs / "agreements.md").open("a", encoding="utf-8") as fh:
        fh.write("\nA sentence added for the test about zanzibar.\n")
    assert cached_build(docs, tmp_path / "site", cache, caplog) == (pages - 1, 1)
    assert "zanzibar" in (tmp_path / "site/agreements.html").read_text(encoding="utf-8")
    assert "zanzibar" in (tmp_path / "site/search/search_index.json").read_text(encoding="utf-8")


def test_a_reused_page_linking_to_a_removed_page_fails_the_strict_build(docs, tmp_path, caplog):
    cache = tmp_path / "cache"
    cached_build(docs, tmp_path / "site", cache, caplog)
    # Every page linking to this source is unchanged, so reused; the source page goes.
    stem = page_stem(ODD_ID)
    (docs / "sources" / f"{stem}.md").unlink()
    with pytest.raises(BuildError) as info:
        cached_build(docs, tmp_path / "site", cache, caplog)
    assert f"sources/{stem}.md" in str(info.value)


def test_a_reused_page_linking_to_a_removed_anchor_fails_the_strict_build(docs, tmp_path, caplog):
    cache = tmp_path / "cache"
    with (docs / "data.md").open("a", encoding="utf-8") as fh:
        fh.write("\n[the timeline's end](timeline.md#bf-test-anchor)\n")
    with (docs / "timeline.md").open("a", encoding="utf-8") as fh:
        fh.write('\n<span id="bf-test-anchor"></span>\n')
    cached_build(docs, tmp_path / "site", cache, caplog)
    text = (docs / "timeline.md").read_text(encoding="utf-8")
    (docs / "timeline.md").write_text(text.replace("bf-test-anchor", "bf-other"), encoding="utf-8")
    with pytest.raises(BuildError) as info:
        cached_build(docs, tmp_path / "site", cache, caplog)  # data.md reused, its anchor gone
    assert "bf-test-anchor" in str(info.value)


def test_a_failed_build_leaves_the_cache_as_it_was(docs, tmp_path, caplog):
    cache = tmp_path / "cache"
    cached_build(docs, tmp_path / "site", cache, caplog)
    before = tree(cache)
    with (docs / "data.md").open("a", encoding="utf-8") as fh:
        fh.write("\n[gone](no-such-page.md)\n")
    with pytest.raises(BuildError):
        cached_build(docs, tmp_path / "site", cache, caplog)
    assert tree(cache) == before


def test_an_unreadable_cache_is_an_empty_one(plain, docs, tmp_path, caplog):
    cache = tmp_path / "cache"
    _, pages = cached_build(docs, tmp_path / "site", cache, caplog)
    for path in cache.glob("*.json"):
        path.write_text('{"format": 1, "pages": [', encoding="utf-8")
    assert cached_build(docs, tmp_path / "site", cache, caplog) == (0, pages)
    assert tree(tmp_path / "site") == plain[1]


def test_another_site_does_not_read_this_sites_entries(docs, tmp_path, caplog):
    cache = tmp_path / "cache"
    cached_build(docs, tmp_path / "site", cache, caplog)
    build_site(docs, tmp_path / "other", CONFIG, page_cache=(cache, "another site"))
    assert len(list(cache.glob("*.json"))) == 2


CHUNKED = """# Many items

Intro paragraph.

<!-- briefing:chunk -->

## First group

<!-- briefing:chunk -->

### Item one { #item-one }

Text of one, linking to [item two](#item-two) and [the agreements](../agreements.md).

<!-- briefing:chunk -->

### Item two { #item-two }

<div class="bf-card" id="card-two" markdown>

- a list in **item two** linking [back](chunked.md#item-one)

</div>

<!-- briefing:chunk -->

## Second group

<!-- briefing:chunk -->

### Item three { #item-three }

Text of three.
"""


def test_a_page_of_chunks_converts_only_the_chunk_that_changed(docs, tmp_path, caplog):
    page = docs / "actors" / "chunked.md"  # a page kept out of the navigation, like the actors'
    page.write_text(CHUNKED, encoding="utf-8")
    with (docs / "index.md").open("a", encoding="utf-8") as fh:
        fh.write("\n[Items](actors/chunked.md#item-three)\n")
    cache = tmp_path / "cache"
    first = cached_build(docs, tmp_path / "site", cache, caplog, chunks=True)
    assert first[2] == 0 and first[3] >= 6  # this page's six, and those of the generated pages
    html = (tmp_path / "site/actors/chunked.html").read_text(encoding="utf-8")
    assert 'id="item-two"' in html and 'id="card-two"' in html
    # Built again unchanged, the page is reused whole; its chunks stay in the cache for later.
    assert cached_build(docs, tmp_path / "site", cache, caplog, chunks=True)[1:] == (0, 0, 0)

    page.write_text(CHUNKED.replace("Text of three.", "Text of three, changed."), encoding="utf-8")
    pages, _, reused, converted = cached_build(docs, tmp_path / "site", cache, caplog, chunks=True)
    assert (reused, converted) == (5, 1)
    # What MkDocs alone makes of the changed page, byte for byte, contents sidebar included.
    build_site(docs, tmp_path / "plain", CONFIG)
    assert tree(tmp_path / "site") == tree(tmp_path / "plain")

    # A chunk removing an anchor another page links to still fails the build.
    page.write_text(CHUNKED.replace("{ #item-three }", "{ #item-3 }"), encoding="utf-8")
    with pytest.raises(BuildError) as info:
        cached_build(docs, tmp_path / "site", cache, caplog, chunks=True)
    assert "item-three" in str(info.value)


def test_chunks_that_do_not_add_up_make_the_page_convert_whole(docs, tmp_path, caplog):
    # A link in raw HTML, which MkDocs neither rewrites nor records: the chunks' account of the
    # links differs from MkDocs', so the page is converted whole, and still reused whole.
    odd = CHUNKED.replace("Text of three.", '<a href="../agreements.md#x">raw</a>')
    (docs / "actors" / "chunked.md").write_text(odd, encoding="utf-8")
    cache = tmp_path / "cache"
    cached_build(docs, tmp_path / "site", cache, caplog, level="DEBUG")
    assert "chunks of actors/chunked.md do not add up" in caplog.text
    assert cached_build(docs, tmp_path / "site", cache, caplog, chunks=True)[1] == 0  # reused whole
    build_site(docs, tmp_path / "plain", CONFIG)
    assert tree(tmp_path / "site") == tree(tmp_path / "plain")


@pytest.mark.parametrize(
    "markdown",
    [
        "a\n\n{m}\n\nb\n",
        "{m}\n\nb\n",
        "a\n\n{m}\n\n{m}\n\nb\n",
        "a\n\n{m}\n",
        "# T\n\n{m}\n\n<div markdown>\n\n- x\n\n</div>\n\n{m}\n\n## H\n",
    ],
)
def test_chunks_html_put_together_is_the_html_of_the_page(markdown):
    import markdown as md

    text = markdown.format(m=page_chunks.CHUNK_MARK)
    whole = md.Markdown(extensions=["attr_list", "md_in_html", "toc"]).convert(text)
    chunks = page_chunks.split_markdown(text)
    alone = [md.Markdown(extensions=["attr_list", "md_in_html", "toc"]).convert(c) for c in chunks]
    assert page_chunks.split_html(whole, len(chunks)) == alone
    assert page_chunks.join_html(alone) == whole


def test_themed_pages_are_reused_only_while_the_site_around_them_is_the_same(
    docs, tmp_path, caplog, monkeypatch
):
    # The configuration and the template overrides, copied to be changed.
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    config = tmp_path / "mkdocs.yml"
    config.write_text(CONFIG.read_text(encoding="utf-8"), encoding="utf-8")
    cache = tmp_path / "cache"

    def themed_reused() -> int:
        return cached_build(docs, tmp_path / "site", cache, caplog, themed=True, config=config)[2]

    def same_as_mkdocs_alone() -> bool:
        build_site(docs, tmp_path / "plain", config)
        return tree(tmp_path / "site") == tree(tmp_path / "plain")

    assert themed_reused() == 0
    outside_nav = len(list((docs / "sources").glob("*.md")) + list((docs / "actors").glob("*.md")))
    assert themed_reused() == outside_nav

    # Another site name (in every page's header): every page themed again.
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("site_name: Briefing", "site_name: Other name"), encoding="utf-8")
    assert themed_reused() == 0 and same_as_mkdocs_alone()

    # An edited template override: themed again.
    override = tmp_path / "templates/overrides/main.html"
    override.write_text(override.read_text(encoding="utf-8").replace("Extracted by", "Made by"))
    assert themed_reused() == 0 and same_as_mkdocs_alone()
    assert "Made by machine" in (tmp_path / "site/sources/index.html").read_text(encoding="utf-8")

    # Another build date (SOURCE_DATE_EPOCH): the pages do not show it, so they are reused, but
    # a template that prints it is themed again.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")
    assert themed_reused() == outside_nav
    with override.open("a", encoding="utf-8") as fh:
        fh.write("{% block footer %}{{ super() }}Built {{ build_date_utc }}{% endblock %}\n")
    themed_reused()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "172800")
    assert themed_reused() == 0 and same_as_mkdocs_alone()
    assert "Built 1970-01-03" in (tmp_path / "site/sources/001_ledger.html").read_text(encoding="utf-8")


SIGN = """
import sys
from mkdocs.config import load_config
from mkdocs.structure.files import get_files
from mkdocs.structure.nav import get_navigation
from generator.site.page_cache import _stable, fingerprint
from generator.site.page_output import OutputCache

config = load_config(sys.argv[1], docs_dir=sys.argv[2], site_dir=sys.argv[3])
config.plugins.on_config(config)
cache = OutputCache(None, _stable)
cache.sign_site(config, get_navigation(get_files(config), config))
print(fingerprint(config), cache._site)
"""


def test_the_keys_are_the_same_in_every_process(docs, tmp_path):
    """Python salts set and str hashes per process: no key may depend on it (or nothing hits)."""
    runs = {
        subprocess.run(
            [sys.executable, "-c", SIGN, str(CONFIG), str(docs), str(tmp_path / "site")],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            cwd=ROOT,
        ).stdout
        for seed in (1, 2, 3)
    }
    assert len(runs) == 1 and len(runs.pop().split()) == 2


# ---------------------------------------------------------------------- the touch points (seams)


def test_the_installed_mkdocs_and_material_have_every_touch_point_the_cache_uses():
    from generator.site import seams

    assert seams.missing() == []


def test_a_touch_point_gone_from_a_new_release_is_named(monkeypatch):
    import material.plugins.search.plugin as search

    from generator.site import seams

    monkeypatch.delattr(search, "Parser")  # Material renamed its HTML parser, as a release might
    (problem,) = seams.missing()
    assert problem.startswith("Material's search Parser, Section and SearchIndex (ImportError")


def test_a_cache_that_cannot_load_builds_the_same_site_without_it_and_says_so_in_one_line(
    plain, docs, tmp_path, caplog, monkeypatch
):
    import mkdocs.plugins

    # A MkDocs release without the plugin API the cache imports: importing the cache fails.
    monkeypatch.delattr(mkdocs.plugins, "event_priority")
    monkeypatch.delitem(sys.modules, "generator.site.page_cache")
    with caplog.at_level("INFO", logger="generator"):
        build_site(docs, tmp_path / "site", CONFIG, page_cache=(tmp_path / "cache", "the site"))
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1 and warnings[0].startswith("page cache off, every page converted again:")
    assert "event_priority" in warnings[0] and "\n" not in warnings[0]
    assert tree(tmp_path / "site") == plain[1]  # the site MkDocs alone makes
    assert not (tmp_path / "cache").exists()
