"""The phrasing helpers the site and the PDF share."""

from __future__ import annotations

from generator.render.wording import domain, opening_words, quoted, ranges, shortened


def test_a_quote_gets_quotation_marks_once():
    assert quoted("null and void") == "“null and void”"
    assert quoted("“We will not be moved,” he said.") == "“We will not be moved,” he said."
    assert quoted('"Never," she said') == '"Never," she said'
    assert quoted("  ") == ""


def test_an_untitled_article_is_named_by_its_opening_words():
    first = (
        "Russian President Vladimir Putin arrived in Vietnam early Thursday, marking the final stop "
        "of his two-nation tour of Asia."
    )
    assert opening_words(first) == "Russian President Vladimir Putin arrived in Vietnam early Thursday…"
    assert opening_words("Talks resumed.") == "Talks resumed"
    long = " ".join(f"w{i}" for i in range(30))
    assert opening_words(long) == " ".join(f"w{i}" for i in range(12)) + "…"
    assert opening_words("") == ""


def test_domain_of_an_address():
    assert domain("https://www.reuters.com/world/x") == "reuters.com"
    assert domain("http://edition.cnn.com/2017") == "edition.cnn.com"
    assert domain(None) is None and domain("not a url") is None and domain("http://localhost/") is None


def test_reference_numbers_as_ranges():
    assert ranges([9, 3, 4, 5, 4]) == "3–5, 9"
    assert ranges([1, 2]) == "1, 2"
    assert ranges([7]) == "7"
    assert ranges([]) == ""


def test_shortened_cuts_long_sentences_only():
    assert shortened("one two three", 5) == "one two three"
    assert shortened("one two, three four", 2) == "one two …"
