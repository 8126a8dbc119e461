"""Every name and file in the articles folder is untrusted (issue 20), built for real with
``briefing build``: links are never read, YAML aliases never expand, odd names get short,
distinct ids, invisible characters never reach a page, and nothing grows without bound."""

from __future__ import annotations

import contextlib
import io
import logging
import tracemalloc
import unicodedata
from pathlib import Path

import pytest
import yaml

from generator import corrections
from generator.cli import main
from generator.config import read_settings
from generator.errors import ConfigError, DataError
from generator.ingest import read_article
from generator.ingest.names import MAX_ID, article_id
from tests.conftest import ROOT

SECRET = "Zanzibar quokka token ghp_0123456789abcdef"
"""Text of files outside the articles folder: it must appear nowhere in the output."""
TALKS = (
    "Talks in Warsaw\n\nPolish negotiator Jan Nowak met Russian President Vladimir Putin in Warsaw on "
    "Monday, officials said. Jan Nowak said the talks were useful.\n"
)
# The same people written with a zero-width space inside a name and a Cyrillic "а" in another.
LOOKALIKES = (
    "Talks continue\n\nPolish negotiator Jan No\u200bwak met Russian President Vl\u0430dimir Putin again on "
    "Tuesday, officials said. Jan No\u200bwak said the talks would go on.\n"
)
STORY = "Bridge opens\n\nThe bridge across the river opened on Monday after three years of work, they said.\n"
REPEATED = "The council thanks every resident for their patience during the long works on the river crossing."


def bomb(levels: int = 9) -> str:
    """YAML lines defining ``*i``: 9 ** ``levels`` items from ~400 bytes (the issue's 451-byte
    front matter took 5.5 GB and 59 s)."""
    names = "abcdefghijklmnop"[: levels + 1]
    lines = [f"{names[0]}: &{names[0]} [x, x, x, x, x, x, x, x, x]"]
    for prev, cur in zip(names, names[1:], strict=False):
        lines.append(f"{cur}: &{cur} [" + ", ".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\n"


CRAFTED = article_id("Putin in Hanoi (copy)")
"""The id an unsafe name gets (slug + hash): another file can be named exactly that."""
LONG_A, LONG_B = "x" * 200 + "a", "x" * 200 + "b"
MAX_NAME = "n" * 251  # + ".txt": 255 bytes, the longest name Linux allows
BIDI = "bidi\u202etxt.exe"
FILES: dict[str, str] = {
    "talks.txt": TALKS,
    "lookalikes.txt": LOOKALIKES,
    "Case.txt": "Case upper\n\n" + STORY,
    "case.txt": "Case lower\n\n" + STORY,
    "Putin in Hanoi (copy).txt": "Copy story\n\n" + STORY,
    f"{CRAFTED}.txt": "Crafted story\n\n" + STORY,
    f"{LONG_A}.txt": "Long A\n\n" + STORY,
    f"{LONG_B}.txt": "Long B\n\n" + STORY,
    f"{MAX_NAME}.txt": "Longest name\n\n" + STORY,
    f"{BIDI}.md": "Bidi name\n\n" + STORY,
    "long-title.md": "---\ntitle: " + "Headline " * 1200 + "\n---\n" + STORY.split("\n\n", 1)[1],
    "repeat.txt": STORY + "\n" + (REPEATED + "\n\n") * 20_000,
    "bomb.md": "---\n" + bomb() + "title: *i\npublished: *i\n---\n" + STORY,
}
LINKS = {
    "leak.txt": "../outside/secret.txt",  # relative, outside the folder
    "absolute.md": "{outside}/secret.md",  # absolute
    "inside.txt": "talks.txt",  # even one inside the folder: a link is never followed
    "folder.txt": "../outside",  # a link to a folder
    "settings.yaml": "../outside/settings.yaml",
    "corrections.yaml": "../outside/corrections.yaml",
}
OUTSIDE = {
    "secret.txt": f"Secret memo\n\n{SECRET} was written here by Quokka Zanzibar on Monday.\n",
    "secret.md": f"Secret memo\n\n{SECRET} was written here by Quokka Zanzibar on Monday.\n",
    "settings.yaml": f"title: {SECRET}\n",
    # Invalid YAML: were it read, the error message would quote this line.
    "corrections.yaml": f"rename: [{{actor: jan-nowak, name: {SECRET}\n",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The folder built by ``briefing build`` (no PDF): (base, exit code, stderr)."""
    base = tmp_path_factory.mktemp("untrusted")
    (base / "outside").mkdir()
    for name, text in OUTSIDE.items():
        (base / "outside" / name).write_text(text, encoding="utf-8")
    seeds = base / "articles"
    seeds.mkdir()
    for name, text in FILES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    for name, target in LINKS.items():
        (seeds / name).symlink_to(target.format(outside=base / "outside"))
    err = io.StringIO()
    handler = logging.StreamHandler(err)  # under pytest, logging does not reach sys.stderr
    handler.setLevel(logging.WARNING)
    logging.getLogger().addHandler(handler)
    try:
        with pytest.MonkeyPatch.context() as mp, contextlib.redirect_stderr(err):
            mp.setenv("BRIEFING_CACHE_DIR", str(base / "cache"))
            args = ["--seeds", str(seeds), "--site-src", str(base / "site_src"), "--site", str(base / "site")]
            code = main(
                ["-q", "build", "--no-pdf", "--no-cache", *args, "--config", str(ROOT / "mkdocs.yml")]
            )
    finally:
        logging.getLogger().removeHandler(handler)
    return base, code, err.getvalue()


def outputs(base: Path) -> list[Path]:
    return sorted(p for p in (base / "site_src").rglob("*") if p.is_file()) + sorted(
        p for p in (base / "site").rglob("*") if p.is_file()
    )


def sources(base: Path) -> dict[str, dict]:
    """File name as shown -> its entry in briefing.yaml."""
    data = yaml.safe_load((base / "site_src/data/briefing.yaml").read_text(encoding="utf-8"))
    return {s["path"]: s for s in data["sources"]}


def page(base: Path, source: dict) -> str:
    return (base / "site/sources" / f"{source['id']}.html").read_text(encoding="utf-8")


# --- links -------------------------------------------------------------------------------


@pytest.mark.slow
def test_links_are_never_read_and_each_is_one_line(built):
    base, code, stderr = built
    assert code == 1, stderr  # done, some files skipped
    assert "Traceback" not in stderr
    for name in LINKS:
        lines = [line for line in stderr.splitlines() if f"/{name}: " in line]
        assert len(lines) == 1, (name, stderr)
        assert "is a symbolic link; not read" in lines[0]
    assert SECRET not in stderr  # not even quoted in an error message
    assert "ghp_" not in stderr and "Quokka" not in stderr


@pytest.mark.slow
def test_nothing_a_link_points_to_is_published(built):
    base, _, _ = built
    for path in outputs(base):
        data = path.read_bytes()
        assert b"ghp_0123456789abcdef" not in data and b"Zanzibar" not in data, path
    names = set(sources(base))
    assert not names & set(LINKS)
    data = yaml.safe_load((base / "site_src/data/briefing.yaml").read_text(encoding="utf-8"))
    assert data["title"] != SECRET  # settings.yaml (a link) was not read


def test_the_articles_folder_itself_may_not_be_a_link(tmp_path, capsys):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text(STORY)
    (tmp_path / "seeds").symlink_to("real")
    code = main(["extract", str(tmp_path / "seeds"), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "is a symbolic link" in err
    assert not (tmp_path / "out").exists()


def test_a_linked_corrections_file_is_not_read_by_check_either(tmp_path):
    (tmp_path / "elsewhere.yaml").write_text(f"rename: [{SECRET}\n")
    (tmp_path / "corrections.yaml").symlink_to("elsewhere.yaml")
    [problem] = corrections.check_file(tmp_path / "corrections.yaml")
    assert problem.endswith(
        "is a symbolic link; not read (links are never followed: they can point outside the folder)"
    )
    assert SECRET not in problem


# --- YAML aliases ------------------------------------------------------------------------


def refused_before_expanding(fn, expected: type[Exception] | None = None):
    """Run ``fn`` (which must refuse the bomb: raise ``expected``, or return a refusal) within
    100 MB of new allocations; returns what it returned or raised. Ten levels of aliases stand
    for 10^10 items, so staying that small shows the bomb was refused while it was read, before
    anything expanded it (a memory bound, not a timing: timings belong to ``make bench``)."""
    tracemalloc.start()
    try:
        if expected is None:
            result = fn()
        else:
            with pytest.raises(expected) as info:
                fn()
            result = info.value
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert peak < 100 * 1024 * 1024, peak
    return result


@pytest.mark.parametrize("field", ["title", "published", "author"])
def test_an_alias_bomb_in_front_matter_is_refused_before_expanding(tmp_path, field):
    path = tmp_path / "bomb.md"
    path.write_text("---\n" + bomb(10) + f"{field}: *k\n---\n" + STORY)
    error = refused_before_expanding(lambda: read_article(path), Exception)
    assert "uses the YAML alias *a, which is not allowed" in str(error) and len(str(error)) < 200


@pytest.mark.parametrize("field", ["title", "max_articles", "max_article_bytes"])
def test_an_alias_bomb_in_settings_is_refused_before_expanding(tmp_path, field):
    (tmp_path / "settings.yaml").write_text(bomb(10) + f"{field}: *k\n")
    error = refused_before_expanding(lambda: read_settings(tmp_path), ConfigError)
    assert "uses the YAML alias *a, which is not allowed" in str(error) and len(str(error)) < 200


def test_an_alias_bomb_in_corrections_is_refused_before_expanding(tmp_path):
    path = tmp_path / "corrections.yaml"
    path.write_text(bomb(10) + "rename: *k\n")
    error = refused_before_expanding(lambda: corrections.load(path), DataError)
    assert "line 2: uses the YAML alias *a, which is not allowed" in str(error) and len(str(error)) < 200


@pytest.mark.slow
def test_an_alias_bomb_article_is_skipped_with_one_line(built):
    _, _, stderr = built
    [line] = [line for line in stderr.splitlines() if "/bomb.md: " in line]
    assert line.endswith(
        "front matter is not valid YAML (line 3: uses the YAML alias *a, which is not allowed)"
    )


def test_no_error_message_prints_an_unbounded_value(tmp_path):
    items = ", ".join(["x" * 100] * 200)  # 20 kB of list, no alias needed
    (tmp_path / "settings.yaml").write_text(f"max_articles: [{items}]\n")
    with pytest.raises(ConfigError) as info:
        read_settings(tmp_path)
    assert str(info.value).endswith(
        "max_articles must be a whole number (e.g. 5000), from 1 to 10^15; got a list of 200 items"
    )
    path = tmp_path / "corrections.yaml"
    path.write_text(f"set:\n  - {{id: to-lam, in: [{items}]}}\n  - {{id: x, in: {'y' * 100_000}}}\n")
    problems = corrections.check_file(path)
    assert len(problems) == 2 and all(len(p) < 300 for p in problems), [len(p) for p in problems]


# --- settings fields ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ("title: [a, b]\n", "title must be text, got a list of 2 items"),
        ("title: {a: b}\n", "title must be text, got a mapping"),
        ("title: 2024-02-30\n", "not valid YAML (line 1: not a calendar date)"),
        ("max_articles: 2024-02-30\n", "not valid YAML (line 1: not a calendar date)"),
        (
            "max_articles: " + "9" * 5000 + "\n",
            "not valid YAML (line 1: not a number, or one too long to read)",
        ),
        ("max_article_bytes: '" + "9" * 30 + "'\n", "max_article_bytes must be a size in bytes"),
        ("max_articles: 1e400\n", "max_articles must be a whole number"),
    ],
)
def test_settings_fields_are_type_checked_and_the_build_fails_with_one_line(
    tmp_path, capsys, settings, message
):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(STORY)
    (tmp_path / "articles" / "settings.yaml").write_text(settings)
    code = main(["extract", str(tmp_path / "articles"), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and message in err, err
    assert "Traceback" not in err


def test_a_settings_title_is_normalised_and_bounded(tmp_path):
    (tmp_path / "settings.yaml").write_text(
        'title: "\u202eSummit\u200b in Ｈａｎｏｉ ' + "long " * 200 + '"\n'
    )
    title = read_settings(tmp_path).title
    assert title is not None and title.startswith("Summit in Hanoi long") and title.endswith("long…")
    assert len(title) <= 300


# --- names and ids -----------------------------------------------------------------------


@pytest.mark.slow
def test_ids_are_short_and_distinct_even_ignoring_case(built):
    base, _, stderr = built
    found = sources(base)
    ids = [s["id"] for s in found.values()]
    assert all(len(i) <= MAX_ID for i in ids), ids
    assert len({i.casefold() for i in ids}) == len(ids)
    # Each of these files has its own page, showing its own story.
    for name, title in [
        ("Case.txt", "Case upper"),
        ("case.txt", "Case lower"),
        ("Putin in Hanoi (copy).txt", "Copy story"),
        (f"{CRAFTED}.txt", "Crafted story"),
        (f"{LONG_A}.txt", "Long A"),
        (f"{LONG_B}.txt", "Long B"),
        (f"{MAX_NAME}.txt", "Longest name"),
    ]:
        assert "<h1 id=" in page(base, found[name]) and title in page(base, found[name]), name
    pages = [p.name for p in (base / "site_src/sources").iterdir()]
    assert len({p.casefold() for p in pages}) == len(pages)  # one checkout on macOS or Windows


@pytest.mark.slow
def test_format_characters_in_a_file_name_are_shown_escaped(built):
    base, _, _ = built
    shown = BIDI.replace("\u202e", "\\u202e") + ".md"
    assert shown in sources(base)
    assert "Bidi name" in page(base, sources(base)[shown])
    for path in outputs(base):  # the override came from the name only: it is nowhere
        assert "\u202e".encode() not in path.read_bytes(), path


def invisible(text: str) -> bool:
    return any(unicodedata.category(c) == "Cf" for c in text)


@pytest.mark.slow
def test_names_ids_and_titles_hold_no_invisible_characters(built):
    # (Quotes keep them: evidence is the article's text as given, found again with Ctrl-F.)
    base, _, _ = built
    data = yaml.safe_load((base / "site_src/data/briefing.yaml").read_text(encoding="utf-8"))
    for source in data["sources"]:
        assert not invisible(source["id"] + source["path"] + (source["title"] or "")), source
    for actor in data["actors"]:
        assert not invisible(actor["id"] + actor["name"] + "".join(actor.get("aliases") or [])), actor
    for path in (base / "site").rglob("*.html"):
        title = path.read_text(encoding="utf-8").split("<title>", 1)[1].split("</title>", 1)[0]
        assert not invisible(title), path


@pytest.mark.slow
def test_invisible_and_look_alike_letters_do_not_make_a_second_actor(built):
    base, _, stderr = built
    data = yaml.safe_load((base / "site_src/data/briefing.yaml").read_text(encoding="utf-8"))
    actors = {a["id"]: a["name"] for a in data["actors"]}
    assert actors.get("jan-nowak") == "Jan Nowak" and "jan-nowak-2" not in actors
    assert actors.get("vladimir-putin") == "Vladimir Putin"  # the single-script spelling
    assert all(name.isascii() for name in actors.values()), actors
    [warning] = [line for line in stderr.splitlines() if "mixes scripts" in line]
    assert warning == (
        "actor vladimir-putin: the spelling 'Vl\u0430dimir Putin' mixes scripts inside a word "
        "(Vl\u0430dimir: Cyrillic and Latin); shown as 'Vladimir Putin'"
    )


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        ("ｃａｓｅ", "case"),  # NFKC
        ("a\u200bb", "ab"),  # zero-width space
        ("index", None),  # the sources list's page
        ("NUL", None),  # a Windows device name
        ("draft_", None),  # a trailing underscore or dot is no name on Windows
    ],
)
def test_article_ids_are_normalised_and_never_a_reserved_name(stem, expected):
    got = article_id(stem)
    if expected is None:
        assert got != stem and got.lower().startswith(stem.lower().rstrip("_")) and len(got) <= MAX_ID, got
    else:
        assert got == expected


# --- sizes -------------------------------------------------------------------------------


@pytest.mark.slow
def test_a_huge_repetitive_article_is_summarised_not_published_whole(built):
    base, _, _ = built
    source = sources(base)["repeat.txt"]
    html = page(base, source)
    assert len(html) < 200_000, len(html)
    assert "Removed as boilerplate (20000 paragraphs)" in html
    assert "19998 more paragraphs not listed" in html
    per_source = yaml.safe_load(
        (base / f"site_src/data/sources/{source['id']}.yaml").read_text(encoding="utf-8")
    )
    assert per_source["removed_omitted"] == 19998
    assert (base / "site/search/search_index.json").stat().st_size < 1_000_000


@pytest.mark.slow
def test_a_10000_character_title_is_cut_at_a_word(built):
    base, _, _ = built
    source = sources(base)["long-title.md"]
    assert len(source["title"]) <= 300 and source["title"].endswith("Headline…")
    html = page(base, source)
    title = html.split("<title>", 1)[1].split("</title>", 1)[0]
    assert len(title) < 400, len(title)


def test_the_readme_states_the_security_model_in_five_lines():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Security model\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert len(section) == 5 and all(line.startswith("- **") for line in section)
    assert section[0].startswith("- **Trusted:** the project's own files")
    assert section[1].startswith("- **Untrusted:** every article, `settings.yaml` and `corrections.yaml`")
