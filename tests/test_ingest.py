"""Reading article files: formats, metadata inference, boilerplate removal and bad input."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from generator.errors import IngestError
from generator.ingest import article_id, read_article, read_articles
from generator.ingest.authors import byline_names
from generator.ingest.boilerplate import clean, split_paragraphs
from generator.ingest.files import LINK
from generator.ingest.metadata import parse_byline, parse_date
from generator.records import Article
from generator.text import fold

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data" / "ingest"
CORPUS = ("corpora", "giveme5w1h-news-cluster")


def assert_verbatim(article: Article) -> None:
    """Every kept paragraph is a span of the article as given, up to whitespace folding."""
    source = fold(article.source_text)
    assert article.text.strip(), article.path
    for par in article.text.split("\n\n"):
        assert par.strip() and fold(par) in source, (article.path, par[:80])


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    articles, rejections = read_articles(SEEDS)
    assert rejections == []
    return {a.id[:3]: a for a in articles}


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# --- formats -------------------------------------------------------------------------------


def test_markdown_front_matter_gives_metadata_and_body_without_it():
    article = read_article(DATA / "front-matter.md")
    assert article.id == "front-matter"
    assert article.path == "front-matter.md"
    assert article.title == "Harbour bridge reopens after repairs"
    assert article.outlet == "The Coastal Herald"
    assert article.author == "Maria Lopez, Tom Becker"
    assert article.published == dt.date(2023, 3, 14)
    assert article.url == "https://herald.example.org/news/bridge-reopens"
    assert "---" not in article.source_text and "outlet:" not in article.source_text
    pars = article.text.split("\n\n")
    # The hard-wrapped paragraph is one paragraph, its line breaks folded to spaces.
    assert pars[0].startswith(
        "The harbour bridge reopened to traffic on Tuesday after eight months of repairs,"
    )
    assert pars[0].endswith("resurfaced the deck.")
    assert '"This bridge connects two halves of our town," Silva told reporters.' in pars
    # Read as Markdown: the headings are lines of text (the title's repeat and a subheading,
    # both left out of the body), page furniture too.
    assert "#" not in article.source_text
    for junk in ("Harbour bridge reopens", "What comes next", "Share this article", "cookies"):
        assert junk not in article.text
        assert any(junk in r for r in article.removed)


def test_news_please_json_source_text_joins_title_description_and_text():
    path = DATA / "news-please.json"
    record = json.loads(path.read_text(encoding="utf-8"))
    article = read_article(path)
    assert article.source_text == "\n".join(
        str(record.get(k) or "") for k in ("title", "description", "text")
    )
    assert article.title == "Council backs tram expansion"
    assert article.outlet == "metro-example.com"
    assert article.author == "Jane Doe, John Roe"
    assert article.published == dt.date(2023, 5, 10)
    assert article.url == "https://www.metro-example.com/news/tram-plan"
    pars = article.text.split("\n\n")
    # The description leads because the text does not contain it; the repeated title is gone.
    assert pars[0] == record["description"]
    assert "Council backs tram expansion" not in article.text
    assert "Read more" not in article.text and "(Photo:" not in article.text
    assert "The first line is due to open in 2027, officials said." in pars


def test_news_please_description_already_in_text_is_not_repeated(tmp_path):
    record = {
        "title": "Storm closes schools",
        "description": "Schools in the region closed on Friday because of the storm.",
        "text": "Schools in the region closed on Friday because of the storm.\nBuses run again on Monday.",
        "authors": [],
        "source_domain": "news.example.net",
        "date_publish": None,
    }
    article = read_article(write(tmp_path, "storm.json", json.dumps(record)))
    assert article.text.split("\n\n") == [
        "Schools in the region closed on Friday because of the storm.",
        "Buses run again on Monday.",
    ]
    assert article.author is None and article.published is None
    assert article.outlet == "news.example.net"


def test_html_main_text_and_metadata_come_from_trafilatura():
    article = read_article(DATA / "page.html")
    assert article.title == "Ferry service resumes on the northern route"
    assert article.outlet == "The Coastal Herald"
    assert article.author == "Maria Lopez"
    assert article.published == dt.date(2023, 4, 2)
    assert article.url == "https://herald.example.org/news/ferry-resumes"
    assert "Home" not in article.text and "Copyright" not in article.text
    assert article.text.startswith("The ferry between the harbour and the northern islands resumed service")
    assert "Paul Martin, told reporters at the quay." in article.text
    assert_verbatim(article)


def test_plain_text_without_front_matter_keeps_the_file_text_as_source(tmp_path):
    text = "Dam opens after delay\n\nThe new dam opened on Monday, officials said.\n"
    article = read_article(write(tmp_path, "dam.txt", text))
    assert article.source_text == text
    assert article.title == "Dam opens after delay"
    assert article.text == "The new dam opened on Monday, officials said."


@pytest.mark.parametrize(
    "data",
    [
        "Café reopens\n\nThe café reopened on Monday, its owner said.".encode(),
        b"\xef\xbb\xbf" + "Café reopens\n\nThe café reopened on Monday, its owner said.".encode(),
        "Café reopens\r\n\r\nThe café reopened on Monday, its owner said.\r\n".encode("utf-16"),
        "Café reopens\r\n\r\nThe café reopened on Monday, its owner said.".encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom-crlf", "cp1252"],
)
def test_encodings_are_decoded_and_line_ends_normalised(tmp_path, data):
    article = read_article(write(tmp_path, "cafe.txt", data))
    assert article.title == "Café reopens"
    assert article.text == "The café reopened on Monday, its owner said."
    assert "\r" not in article.source_text and "\ufeff" not in article.source_text


# --- ids and folders -----------------------------------------------------------------------


def test_article_id_is_the_stem_when_url_safe_else_a_stable_slug_with_hash():
    assert article_id("003_26f67e45babfd5c0") == "003_26f67e45babfd5c0"
    assert article_id("v1.2-final") == "v1.2-final"
    unsafe = article_id("Putin in Hanoi (copy)")
    assert unsafe.startswith("putin-in-hanoi-copy-") and len(unsafe.rsplit("-", 1)[1]) == 8
    assert article_id("Putin in Hanoi (copy)") == unsafe
    assert article_id("_draft") != article_id("-draft")


def test_read_articles_sorts_skips_config_and_hidden_files_and_rejects_the_rest(tmp_path):
    body = "Bridge opens\n\nThe bridge opened on Monday, officials said.\n"
    write(tmp_path, "b.txt", body)
    write(tmp_path, "a.md", body)
    write(tmp_path, ".hidden.txt", "")
    write(tmp_path, "corrections.yaml", "not: an article\n")
    write(tmp_path, "settings.yml", "x: 1\n")
    write(tmp_path, "photo.jpg", b"\xff\xd8\xff\xe0")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "c.txt", body)
    articles, rejections = read_articles(tmp_path)
    assert [a.path for a in articles] == ["a.md", "b.txt"]
    assert rejections == [type(rejections[0])(str(tmp_path / "photo.jpg"), "unsupported file type .jpg")]


def test_read_articles_rejects_a_second_file_with_the_same_id(tmp_path):
    body = "Bridge opens\n\nThe bridge opened on Monday, officials said.\n"
    write(tmp_path, "same.md", body)
    write(tmp_path, "same.txt", body)
    articles, rejections = read_articles(tmp_path)
    assert [a.path for a in articles] == ["same.md"]
    assert [Path(r.path).name for r in rejections] == ["same.txt"]
    assert "same article id 'same'" in rejections[0].reason


def test_missing_folder_raises_ingest_error(tmp_path):
    with pytest.raises(IngestError, match="no such folder"):
        read_articles(tmp_path / "nope")


# --- rejections ----------------------------------------------------------------------------

GOOD = "Bridge opens\n\nThe bridge opened on Monday, officials said.\n"
BAD_FILES: dict[str, tuple[str | bytes, str]] = {
    "empty.txt": ("", "empty file"),
    "blank.md": (" \n\t\n", "empty file"),
    "binary.txt": (b"PK\x03\x04\x00\x00binary\x00data", "binary file"),
    "broken.json": ('{"title": "x",\n "text": }', "not valid JSON (line 2: "),
    "list.json": ('["not", "an", "object"]', "JSON is not an object"),
    "notext.json": ('{"title": "A title", "text": null}', "no article text"),
    "badyaml.md": (
        "---\ntitle: [unclosed\n---\nThe bridge opened on Monday.\n",
        "front matter is not valid YAML",
    ),
    "scalar.md": ("---\njust a string\n---\nThe bridge opened on Monday.\n", "front matter is not a mapping"),
    "unclosed.md": ("---\ntitle: Bridge\nThe bridge opened on Monday.\n", "front matter is not closed"),
    "baddate.md": ("---\npublished: soon\n---\nThe bridge opened on Monday.\n", "'published' is not a date"),
    "notes.docx": ("whatever", "unsupported file type .docx"),
    "README": ("whatever", "unsupported file type (no extension)"),
}


def test_bad_files_are_rejections_with_one_line_reasons_and_good_files_still_read(tmp_path):
    write(tmp_path, "good.txt", GOOD)
    for name, (content, _) in BAD_FILES.items():
        write(tmp_path, name, content)
    articles, rejections = read_articles(tmp_path)
    assert [a.path for a in articles] == ["good.txt"]
    reasons = {Path(r.path).name: r.reason for r in rejections}
    assert sorted(reasons) == sorted(BAD_FILES)
    for name, (_, expected) in BAD_FILES.items():
        assert expected in reasons[name], (name, reasons[name])
        assert "\n" not in reasons[name]


def test_read_article_raises_ingest_error_naming_the_file(tmp_path):
    path = write(tmp_path, "empty.txt", "")
    with pytest.raises(IngestError) as err:
        read_article(path)
    assert err.value.path == str(path) and err.value.reason == "empty file"


# --- metadata inference --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seed", "field", "expected"),
    [
        ("000", "published", dt.date(2024, 6, 20)),
        ("000", "title", "Putin Strikes New Deal on Asia Tour"),
        ("000", "outlet", "Newsweek"),
        ("001", "title", "Putin is trying to shore up Russia’s ties in Asia"),
        ("001", "published", None),  # "26 March 2004" sits inside a sentence: not a publication date
        ("002", "published", dt.date(2024, 6, 20)),
        ("002", "outlet", "Reuters"),
        ("002", "title", None),  # the text starts right into "date ... HANOI, June 20 (Reuters) –"
        ("003", "title", "Putin signs deals in Vietnam to shore up ties in Asia"),
        ("003", "author", "Aniruddha Ghosal"),
        ("003", "outlet", "Australian Associated Press"),
        ("003", "published", dt.date(2024, 6, 20)),
        ("004", "author", "Sededin Dedovic"),
        ("004", "title", "Putin Seeks Support in Vietnam Amid International Isolation"),
    ],
)
def test_seed_metadata(seeds, seed, field, expected):
    assert getattr(seeds[seed], field) == expected


def test_dates_never_come_from_the_clock():
    assert parse_date("June 20, 2024") == dt.date(2024, 6, 20)
    assert parse_date("Jun 20/2024 06:50PM") == dt.date(2024, 6, 20)
    assert parse_date("20 June 2024") == dt.date(2024, 6, 20)
    assert parse_date("2024-06-20T09:30:00") == dt.date(2024, 6, 20)
    for no_year in ("June 20", "Thursday", "yesterday", "last week", "June 2024"):
        assert parse_date(no_year) is None, no_year
    assert parse_date("05/06/2024") is None  # day and month order unknown
    assert parse_date("25/06/2024") == dt.date(2024, 6, 25)


def test_a_date_line_without_year_gives_no_publication_date(tmp_path):
    text = "Bridge opens\n\nPosted: June 20\n\nThe bridge opened on Monday, officials said.\n"
    assert read_article(write(tmp_path, "a.txt", text)).published is None


@pytest.mark.parametrize(
    ("line", "authors", "outlet", "published"),
    [
        ("By Jane Doe", ("Jane Doe",), None, None),
        ("by Jane Doe and John Roe", ("Jane Doe", "John Roe"), None, None),
        ("By Jane Doe, Staff Writer", ("Jane Doe",), None, None),
        ("By Jane Doe – Some Outlet – June 20, 2024", ("Jane Doe",), "Some Outlet", dt.date(2024, 6, 20)),
    ],
)
def test_bylines(line, authors, outlet, published):
    byline = parse_byline(line)
    assert byline is not None
    assert (byline.authors, byline.outlet, byline.published) == (authors, outlet, published)


def test_a_surname_that_starts_like_a_weekday_is_a_name():
    byline = parse_byline("By Nora Monaghan and Ana Fridley")
    assert byline is not None and byline.authors == ("Nora Monaghan", "Ana Fridley")


@pytest.mark.parametrize(
    ("scraped", "shown"),
    [
        # page furniture beside the name (the corpus's news-please "authors" lists)
        (["Maeve Mcdermott", "Published P.M. Et Feb."], "Maeve Mcdermott"),
        (["Chris Pereira", "Last Updated"], "Chris Pereira"),
        (["Reuters Editorial", "Min Read"], "Reuters"),
        (["Mick Gadd", "Image", "Getty Images", "Getty"], "Mick Gadd"),
        (["February", "Tyler Treese"], "Tyler Treese"),
        # a job title or the outlet glued to the name
        (["Alex Roe Sports News Editor For Dailymail.Com", "Associated Press"], "Alex Roe, Associated Press"),
        (["Andy Warren For Mailonline"], "Andy Warren"),
        (["Rebecca Shapiro", "Senior Editor", "Reporter"], "Rebecca Shapiro"),
        (["Ian King", "More Stories Ian King"], "Ian King"),
        (["Neil Roe", "Michael J Moore", "Neil Roe Michael J Moore"], "Neil Roe, Michael J Moore"),
        # sentences of the standfirst and lone job titles name nobody
        (["Case Relates To Aluminium Imports", "Million. This"], None),
        (["A Russian Billionaire Believes He Was Swindled When He Bought It For"], None),
        (["An Avid Reader", "Writer", "Motorcyclist"], None),
        (["Sports Staff"], None),
        (["Dec"], None),
        # names with initials and particles, and agencies, stay
        (["Gareth A Davies", "Jose A. Delreal", "K.K. Lai"], "Gareth A Davies, Jose A. Delreal, K.K. Lai"),
        (["Michael J. De La Merced"], "Michael J. De La Merced"),
        (["The Associated Press"], "The Associated Press"),
        (["Press Association Reporter"], "Press Association"),
    ],
)
def test_a_scraped_author_list_keeps_the_names(scraped, shown):
    assert byline_names(scraped) == shown


def test_news_please_authors_show_only_names(tmp_path):
    record = {
        "title": "Storm closes schools",
        "text": "Schools in the region closed on Friday because of the storm.",
        "authors": ["Jane Roe For Mailonline", "Published A.M. Et Nov."],
        "source_domain": "news.example.net",
    }
    assert read_article(write(tmp_path, "storm.json", json.dumps(record))).author == "Jane Roe"


@pytest.mark.parametrize(
    "sentence",
    ["By contrast, the council voted against it.", "By Thursday Putin had left.", "By Reuters"],
)
def test_sentences_starting_with_by_are_not_bylines(sentence):
    assert parse_byline(sentence) is None


def test_dateline_outlet_and_prefix_is_trimmed(tmp_path):
    text = "WASHINGTON (AP) — The Senate passed the bill on Friday, aides said.\n"
    article = read_article(write(tmp_path, "a.txt", text))
    assert article.outlet == "AP"
    assert article.text == "The Senate passed the bill on Friday, aides said."
    assert article.title is None


def test_contact_line_gives_a_modest_outlet(tmp_path):
    text = (
        "Bridge opens\n\nThe bridge opened on Monday, officials said.\n\nContact tips@harbour-example.org\n"
    )
    article = read_article(write(tmp_path, "a.txt", text))
    assert article.outlet == "harbour-example.org"
    assert "Contact" not in article.text


# --- boilerplate ---------------------------------------------------------------------------


def test_seed_boilerplate_is_removed(seeds):
    text = "\n".join(a.text for a in seeds.values())
    for junk in (
        "Getty Images",
        "Print Friendly",
        "Previous post",
        "Next post",
        "En poursuivant la visite de ce site",
        "Translate",
        "don't forget to subscribe",
        "Disclaimer",
        "Do you have a story we should be covering",
        "© Baku TV",
        "Post At:",
        "Russia United States European Union",
        "What was Discussed?",
        "by Sededin Dedovic",
        "By Aniruddha Ghosal",
        "date 2024-06-20",
    ):
        assert junk not in text, junk
    removed = "\n".join(r for a in seeds.values() for r in a.removed)
    assert "Getty Images" in removed and "traceurs (cookies)" in removed


def test_seed_real_sentences_are_kept(seeds):
    assert "No country should give Putin a platform to promote his war of aggression" in seeds["000"].text
    assert seeds["002"].text.startswith("Russian President Vladimir Putin arrived in Vietnam early Thursday")
    assert "They also agreed to work on a road map for a nuclear science and technology centre" in (
        seeds["003"].text
    )
    assert seeds["004"].text.startswith("Despite both North Korea and Russia facing international isolation")
    assert "Putin will also attend a state banquet." in seeds["004"].text
    # Headlines are metadata, not body: none repeats in the cleaned text.
    for article in seeds.values():
        if article.title:
            assert article.title not in article.text


def test_caption_given_twice_is_dropped():
    caption = (
        "The mayor and the minister attend a ceremony on June 20, 2024 in the capital. The visit is "
        "the first in ten years... The mayor and the minister attend a ceremony on June 20, 2024 in "
        "the capital. The visit is the first in ten years and was announced on Monday."
    )
    kept, removed = clean(["The minister arrived on Thursday, officials said.", caption], title=None)
    assert kept == ["The minister arrived on Thursday, officials said."]
    assert removed == [caption]


def test_a_slideshow_of_captions_is_dropped_whatever_its_length():
    slide = "Photos: Harrowing images of the crash A rescue worker helps a survivor near the wreck. "
    gallery = " ".join(f"{slide}Hide Caption {i} of 25" for i in range(1, 26))
    kept, removed = clean(["Rescuers worked through the night, officials said.", gallery], title=None)
    assert kept == ["Rescuers worked through the night, officials said."]
    assert removed == [gallery]


def test_an_embedded_gallery_of_numbered_slides_is_dropped():
    # Corpus (EventId 73): an article about a bombing embeds a 16-photo gallery of another story.
    slides = [
        "16 show all Afghanistan: Between Hope and Fear",
        "1/16 2001 Afghans at a refugee camp reach for bags of rice. (Chaman, Pakistan, December 4, 2001) "
        "Paula Bronstein",
        "2/16 2002 Mahbooba stands against a wall, waiting to be seen at a clinic. (Kabul, March 1, 2002) "
        "All photos Paula Bronstein",
    ]
    story = "The blast was followed by gunfire, officials said on Friday."
    kept, removed = clean([story, *slides, "3/4 of the town was without power (officials said)."], title=None)
    assert kept == [story, "3/4 of the town was without power (officials said)."]
    assert removed == slides


def test_a_gallery_of_dated_slides_with_credits_is_dropped():
    # Corpus (EventId 74): a news-in-pictures gallery, each slide "n/N <date> <caption> <credit>".
    slides = [
        "34 show all UK news in pictures",
        "1/34 30 November 2017 A supporter wears a mask as he protests in front of the courts in London AP",
        "4/34 27 November 2017 Two fans wait outside the palace after hearing about the engagement Rex",
        "9/34 Nov. 22, 2017 The chancellor poses with the budget box at Downing Street EPA",
    ]
    story = "The tram overturned on 9 November 2016, police said."
    prose = "About 1/3 of the line was closed on 30 November 2017, the operator said."
    kept, removed = clean([story, *slides, prose], title=None)
    assert kept == [story, prose]
    assert removed == slides


def test_a_video_players_stand_in_and_its_caption_are_dropped():
    # Corpus (EventId 74): the names in a video's credit were taken for actors of the story.
    player = [
        "Media playback is unsupported on your device Media caption Courtesy of Ana Li and Jon Roe",
        "Media caption The tram left the track shortly after six",
    ]
    story = "Media reports said the tram was travelling at speed, and the device was recovered."
    kept, removed = clean([story, *player], title=None)
    assert kept == [story]
    assert removed == player


@pytest.mark.parametrize(
    "par",
    [
        "Section Heading Here",
        "Why it matters?",
        "A Long Title Case Heading About the Talks Between the Two Governments",
        "Background: what happened before the summit of leaders",
        "Photo: Jane Doe",
        "Image caption The minister waves to reporters",
        "The minister waves to reporters. Getty Images",
        "The minister waves to reporters (Photo: Jane Doe)",
        "Read more: Ten things to know about the summit",
        "Click to share on Twitter",
        "Wir verwenden Cookies, um Ihnen die Nutzung unserer Website zu erleichtern. Sie stimmen zu.",
        "By using this site you agree to our use of cookies.",
        "Sign up for our free newsletter today.",
        "Copyright 2024 Some Outlet. All rights reserved.",
        "Reporting by Jane Doe; Editing by John Roe",
    ],
)
def test_boilerplate_and_headings_are_dropped(par):
    kept, removed = clean(["The minister arrived on Thursday, officials said.", par], title=None)
    assert kept == ["The minister arrived on Thursday, officials said."]
    assert removed == [par]


@pytest.mark.parametrize(
    "par",
    [
        "The bakery sold cookies to visitors at the fair.",
        "The channel's subscribers grew quickly, the company said.",
        "He told Reuters the talks would continue.",
        "Putin will also attend a state banquet.",
        "Asked what comes next, she said: “We will see.”",
        "The Foreign Office has opened a crisis centre with a 24-hour phone number: 0033 14451 3100",
        "A six-year-old boy fell into a deserted well measuring 130ft deep and 12 inches wide",
    ],
)
def test_real_sentences_are_kept(par):
    kept, _ = clean([par, "The minister arrived on Thursday, officials said."], title=None)
    assert kept[0] == par


def test_repeated_paragraph_and_headline_are_dropped():
    kept, removed = clean(
        ["Bridge reopens after repairs", "The bridge reopened.", "The bridge reopened.", "It cost a lot."],
        title="Bridge reopens after repairs",
    )
    assert kept == ["The bridge reopened.", "It cost a lot."]
    assert removed == ["Bridge reopens after repairs", "The bridge reopened."]


def test_one_paragraph_per_line_unless_hard_wrapped():
    wrapped = (
        "The harbour bridge reopened to traffic on Tuesday after eight months of\n"
        "repairs, the city council said in a statement on its website.\n"
    )
    assert split_paragraphs(wrapped, plain=True) == [" ".join(wrapped.split())]
    lines = "First paragraph.\nSecond paragraph.\n\nThird paragraph."
    assert split_paragraphs(lines, plain=True) == [
        "First paragraph.",
        "Second paragraph.",
        "Third paragraph.",
    ]


# --- the verbatim invariant ----------------------------------------------------------------


def test_seed_and_fixture_paragraphs_are_verbatim_spans_of_the_source(seeds):
    fixtures, rejections = read_articles(DATA)
    assert rejections == []
    for article in [*seeds.values(), *fixtures]:
        assert_verbatim(article)
        if article.path.endswith((".txt", ".md")):
            # Nothing is lost silently: every word of the file is either kept or recorded as removed.
            words = len(article.text.split()) + sum(len(r.split()) for r in article.removed)
            assert words == len(article.source_text.split()), article.path


def test_corpus_articles_are_read_with_verbatim_paragraphs(shared_dir):
    folder = shared_dir.joinpath(*CORPUS)
    if not folder.is_dir():
        pytest.skip(f"{folder} is not there")
    articles, rejections = read_articles(folder)
    assert len(articles) > 350
    for article in articles:
        assert_verbatim(article)
    reasons = {Path(r.path).name: r.reason for r in rejections}
    empty = [p.name for p in folder.iterdir() if p.stat().st_size == 0]
    assert len(empty) == 2
    for name in empty:
        assert reasons[name] == "empty file"
    assert all(r.reason and "\n" not in r.reason for r in rejections)
    # Boilerplate removal stays modest: most paragraphs of real articles are kept.
    kept = sum(len(a.text.split("\n\n")) for a in articles)
    removed = sum(len(a.removed) for a in articles)
    assert removed / (kept + removed) < 0.2


# --- hostile and broken files (issue 7) ----------------------------------------------------

STORY = "Bridge opens\n\nThe bridge across the river opened on Monday, officials said.\n"
STORY_TEXT = "The bridge across the river opened on Monday, officials said."


def read_one(tmp_path: Path, name: str, content: str | bytes, **limits: int) -> Article:
    from generator.config import Limits

    return read_article(write(tmp_path, name, content), Limits(**limits))


def reject_one(tmp_path: Path, name: str, content: str | bytes, **limits: int) -> str:
    from generator.config import Limits

    with pytest.raises(IngestError) as err:
        read_article(write(tmp_path, name, content), Limits(**limits))
    assert err.value.path.endswith(name)
    assert "\n" not in err.value.reason
    return err.value.reason


@pytest.mark.parametrize(
    ("data", "title", "text"),
    [
        ("Café opens\n\nThe café opened on Monday, said Mr Müller.\n".encode("latin-1"), "Café opens", None),
        ("Deal signed\n\n“We agree,” the minister said — on Monday.\n".encode("cp1252"), "Deal signed", None),
        (b"\xfe\xff" + STORY.encode("utf-16-be"), "Bridge opens", STORY_TEXT),
        (STORY.encode("utf-16-le"), "Bridge opens", STORY_TEXT),  # no byte-order mark
        (STORY.encode("utf-32"), "Bridge opens", STORY_TEXT),
        (STORY.replace("\n", "\r").encode(), "Bridge opens", STORY_TEXT),  # old Mac line ends
        (STORY.encode()[:30] + b"\x00" + STORY.encode()[30:], "Bridge opens", STORY_TEXT),
        (STORY.encode() + b"\x00" * 4096, "Bridge opens", STORY_TEXT),  # NUL padding of a crashed write
    ],
    ids=[
        "latin-1",
        "cp1252-quotes",
        "utf-16-be-bom",
        "utf-16-le-no-bom",
        "utf-32",
        "cr",
        "stray-nul",
        "nul-pad",
    ],
)
def test_odd_encodings_and_stray_nuls_are_read(tmp_path, data, title, text):
    article = read_one(tmp_path, "odd.txt", data)
    assert article.title == title
    if text:
        assert article.text == text
    assert "\x00" not in article.source_text and "\r" not in article.source_text
    assert_verbatim(article)


def test_a_fallback_decoding_is_said_at_debug_level(tmp_path, caplog):
    with caplog.at_level("DEBUG", logger="generator.ingest"):
        read_one(tmp_path, "latin.txt", "Café opens\n\nThe café opened on Monday.\n".encode("latin-1"))
    assert "latin.txt: not UTF-8 (invalid byte at offset 3); read as Windows-1252" in caplog.text


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("zeros.txt", b"\x00" * 1000, "binary file (NUL bytes)"),
        ("image.txt", bytes(range(256)) * 40, "binary file"),
        ("controls.txt", b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 10 + STORY.encode(), "binary file"),
        ("bad16.txt", b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8", "not valid UTF-16 text"),
        ("deep.json", "[" * 100_000 + "]" * 100_000, "not valid JSON (nested too deeply)"),
        ("digits.json", '{"text": ' + "1" * 5000 + "}", "not valid JSON ("),
        ("textlist.json", '{"title": "T", "text": ["a", "b"]}', "no article text"),
        ("crlf-invalid.json", '{\r\n"text": "x",\r\n}', "not valid JSON (line 3"),
        (
            "tag.md",
            "---\ntitle: !!python/object/apply:os.system ['echo pwned']\n---\n" + STORY,
            "uses the YAML tag !!python/object/apply:os.system, which is not allowed",
        ),
        ("local-tag.md", "---\ntitle: !secret x\n---\n" + STORY, "YAML tag !secret, which is not allowed"),
        ("bad-date.md", "---\npublished: 2024-02-30\n---\n" + STORY, "front matter is not valid YAML"),
        ("bad-stamp.md", "---\npublished: !!timestamp soon\n---\n" + STORY, "front matter is not valid YAML"),
        ("deep.md", "---\ntitle: " + "[" * 5000 + "\n---\n" + STORY, "front matter is "),
        ("long-date.md", "---\npublished: '" + "2024 " * 500 + "'\n---\n" + STORY, "is not a date: '2024 "),
        ("empty.html", "<html><body></body></html>", "no article text found in the HTML"),
        ("scripts.html", "<script>" + "alert(1);" * 50 + "</script>", "no article text found in the HTML"),
    ],
)
def test_broken_files_are_refused_with_one_line_naming_the_problem(tmp_path, name, content, reason):
    assert reason in reject_one(tmp_path, name, content)


def test_billion_laughs_front_matter_is_refused_at_its_first_alias(tmp_path):
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for prev, cur in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(
            f"{cur}: &{cur} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]"
        )
    front = "\n".join(lines) + "\ntitle: *i\nauthor: *i\n"
    reason = reject_one(tmp_path, "laughs.md", f"---\n{front}---\n{STORY}")
    assert reason == "front matter is not valid YAML (line 3: uses the YAML alias *a, which is not allowed)"


def test_a_long_error_value_is_cut_short(tmp_path):
    reason = reject_one(tmp_path, "d.md", "---\npublished: '" + "x" * 5000 + "'\n---\n" + STORY)
    assert len(reason) < 120


def test_deeply_nested_and_malformed_html_still_gives_its_paragraphs(tmp_path):
    sentence = "<p>The bridge across the river opened on Monday, officials said.</p>"
    deep = (
        "<html><head><title>Bridge opens</title></head><body>" + "<div>" * 5000 + sentence + "</div>" * 5000
    )
    article = read_one(tmp_path, "deep.html", deep)
    assert article.text == STORY_TEXT and article.title == "Bridge opens"
    broken = (
        "<html><body><div><p>The bridge across the river opened on Monday after three years of work, "
        "officials said. <b>Traffic <i>was heavy</p><p>The mayor cut the ribbon on Tuesday. "
        "</div></span><<<>>></table></td>"
    )
    article = read_one(tmp_path, "broken.html", broken)
    assert "The mayor cut the ribbon on Tuesday." in article.text
    assert_verbatim(article)


@pytest.mark.parametrize(
    "name",
    ["name with spaces.txt", "ünïcödé – “quoted”.txt", "-leading-dash.txt", "--help.md", "a;b&c|d$.txt"],
)
def test_odd_file_names_are_read_with_url_safe_ids(tmp_path, name):
    write(tmp_path, name, STORY)
    articles, rejections = read_articles(tmp_path)
    assert rejections == [] and [a.path for a in articles] == [name]
    assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", articles[0].id)


def test_control_characters_and_bad_bytes_in_file_names_stay_on_one_line(tmp_path):
    import os

    os.mkdir(tmp_path / "in")
    folder = tmp_path / "in"
    write(folder, "line\nbreak\x1b[2J.docx", "x")
    (Path(os.fsdecode(bytes(folder))) / os.fsdecode(b"caf\xe9.txt")).write_text(STORY)
    articles, rejections = read_articles(folder)
    assert articles == []
    shown = sorted(r.path for r in rejections)
    assert all("\n" not in p and "\x1b" not in p for p in shown)
    assert any(p.endswith("caf\\xe9.txt") for p in shown), shown
    assert any(p.endswith("line\\nbreak\\x1b[2J.docx") for p in shown), shown
    assert "file name is not valid UTF-8" in {r.reason for r in rejections if "caf" in r.path}.pop()
    assert all(r.path.encode("utf-8") for r in rejections)  # printable without errors


def test_fifos_and_devices_are_not_read(tmp_path):
    import os

    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    write(tmp_path, "good.txt", STORY)
    articles, rejections = read_articles(tmp_path)
    assert [a.path for a in articles] == ["good.txt"]
    assert {Path(r.path).name: r.reason for r in rejections} == {
        "pipe.txt": "not a regular file",
        "zero.txt": LINK,  # never followed, whatever it points to
    }


def test_an_unexpected_parser_failure_rejects_only_that_file(tmp_path, monkeypatch, caplog):
    import generator.ingest

    def explode(path: Path, text: str):
        raise KeyError("surprise")

    monkeypatch.setitem(generator.ingest.READERS, ".md", explode)
    write(tmp_path, "a.md", STORY)
    write(tmp_path, "b.txt", STORY)
    with caplog.at_level("DEBUG", logger="generator.ingest"):
        articles, rejections = read_articles(tmp_path)
    assert [a.path for a in articles] == ["b.txt"]
    assert rejections[0].reason == "cannot be read (KeyError: 'surprise')"
    assert "Traceback" in caplog.text  # --debug shows where it came from


# --- limits --------------------------------------------------------------------------------


def test_an_article_over_the_size_limit_is_rejected_not_truncated(tmp_path):
    big = STORY + ("More text about the bridge, officials said. " * 40 + "\n\n") * 600  # ~1 MB
    reason = reject_one(tmp_path, "big.txt", big, max_article_bytes=512 * 1024)
    assert reason.startswith(
        "too large (1 MB; the limit is 512 kB, set by max_article_bytes in settings.yaml"
    )
    assert "BRIEFING_MAX_ARTICLE_BYTES" in reason
    assert read_one(tmp_path, "big.txt", big, max_article_bytes=2 * 1024 * 1024).title == "Bridge opens"


def test_a_20_mb_file_is_refused_without_reading_it_whole(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(20 * 1024 * 1024)  # sparse: costs no disk
    articles, rejections = read_articles(tmp_path)
    assert articles == [] and rejections[0].reason.startswith("too large (20 MB; the limit is 5 MB")


def test_an_article_text_over_the_character_limit_is_rejected(tmp_path):
    text = " ".join(f"Report {i} said the council met." for i in range(40))
    reason = reject_one(tmp_path, "long.txt", text, max_article_chars=1000)
    assert reason == (
        f"article text too long ({len(text):,} characters once boilerplate is removed; the limit is "
        "1,000, set by max_article_chars in settings.yaml or BRIEFING_MAX_ARTICLE_CHARS)"
    )


def test_a_200000_character_line_is_read_as_one_paragraph(tmp_path):
    line = " ".join(["council", "budget", "Monday", "agreed"] * 12_500)[:200_000]
    article = read_one(tmp_path, "line.txt", line)
    assert article.text == line.strip()


def test_limits_come_from_settings_yaml_and_the_environment(tmp_path, monkeypatch):
    from generator.config import Limits, read_limits

    for key in ("BRIEFING_MAX_ARTICLES", "BRIEFING_MAX_ARTICLE_BYTES", "BRIEFING_MAX_ARTICLE_CHARS"):
        monkeypatch.delenv(key, raising=False)
    assert read_limits(tmp_path) == Limits(
        max_article_bytes=5 * 1024 * 1024, max_article_chars=250_000, max_articles=5000
    )
    write(
        tmp_path,
        "settings.yaml",
        "title: T\nmax_article_bytes: 2 MB\nmax_article_chars: 900\nmax_articles: 3\n",
    )
    assert read_limits(tmp_path) == Limits(
        max_article_bytes=2 * 1024 * 1024, max_article_chars=900, max_articles=3
    )
    monkeypatch.setenv("BRIEFING_MAX_ARTICLES", "7")
    monkeypatch.setenv("BRIEFING_MAX_ARTICLE_BYTES", "1500")
    monkeypatch.setenv("BRIEFING_MAX_ARTICLE_CHARS", "40")
    assert read_limits(tmp_path) == Limits(max_article_bytes=1500, max_article_chars=40, max_articles=7)
    write(tmp_path, "a.txt", STORY)
    [rejection] = read_articles(tmp_path)[1]  # the limits apply to read_articles
    assert rejection.reason.startswith("article text too long (")


@pytest.mark.parametrize(
    ("settings", "env", "message"),
    [
        (
            "max_articles: many\n",
            {},
            "settings.yaml: max_articles must be a whole number (e.g. 5000), from 1 to 10^15; got 'many'",
        ),
        ("max_articles: 0\n", {}, "max_articles must be a whole number"),
        ("max_article_bytes: -5\n", {}, "max_article_bytes must be a size in bytes (e.g. 5000000 or 5 MB)"),
        ("", {"BRIEFING_MAX_ARTICLE_BYTES": "lots"}, "BRIEFING_MAX_ARTICLE_BYTES must be a size in bytes"),
        ("", {"BRIEFING_MAX_ARTICLES": "1.5"}, "BRIEFING_MAX_ARTICLES must be a whole number"),
        (
            "max_size: 3\n",
            {},
            "unknown setting(s) max_size; known: title, max_article_bytes, max_article_chars, max_articles",
        ),
    ],
)
def test_bad_limits_are_one_clear_error(tmp_path, monkeypatch, settings, env, message):
    from generator.config import read_limits
    from generator.errors import DataError

    for key in ("BRIEFING_MAX_ARTICLES", "BRIEFING_MAX_ARTICLE_BYTES", "BRIEFING_MAX_ARTICLE_CHARS"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    write(tmp_path, "settings.yaml", settings)
    with pytest.raises(DataError, match=re.escape(message)):
        read_limits(tmp_path)


def test_more_article_files_than_the_limit_stops_before_reading(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_MAX_ARTICLES", "3")
    for i in range(4):
        write(tmp_path, f"a{i}.txt", STORY)
    write(tmp_path, "notes.pdf", "not an article: not counted")
    with pytest.raises(IngestError, match=r"4 article files, more than the limit of 3 \(set by max_articles"):
        read_articles(tmp_path)
    (tmp_path / "a3.txt").unlink()
    assert len(read_articles(tmp_path)[0]) == 3
