"""Golden extraction: every article in tests/data/extract gives the records written beside it.

An expected file is what the extractor gives today, checked by a reader; its top comment lists
what is known to be wrong. After a change to extraction, review and accept the new records with
``python -m tools.golden_extract`` (it prints the diff and keeps the comments).
"""

from __future__ import annotations

import pytest

from tools import golden_extract

CASES = golden_extract.case_paths()
MIN_CASES = 30


@pytest.mark.parametrize("case", CASES, ids=[p.stem for p in CASES])
def test_article_gives_its_golden_records(nlp, case):
    stored, now = golden_extract.golden(case, nlp)
    if stored != now:
        diff = golden_extract.unified(stored, now, case.with_suffix(".yaml").name)
        pytest.fail(
            f"{case.name} no longer gives its golden records (- expected, + extracted now):\n\n{diff}\n"
            f"If the change is right, accept it: python -m tools.golden_extract {case.stem}",
            pytrace=False,
        )


def test_the_golden_folder_covers_enough_cases():
    assert len(CASES) >= MIN_CASES
    stems = {p.stem for p in CASES}
    orphans = sorted(p.name for p in golden_extract.CASES.glob("*.yaml") if p.stem not in stems)
    assert not orphans, f"expected files without an article: {orphans}"


def test_regenerating_keeps_the_reader_comments_and_check_reports_a_difference(tmp_path, nlp, capsys):
    article = tmp_path / "one.txt"
    article.write_text(
        "---\ntitle: T\npublished: 2024-06-20\n---\nAna Li, the mayor of Brenn, resigned on Tuesday.\n",
        encoding="utf-8",
    )
    expected = tmp_path / "one.yaml"
    note = "# known wrong: nothing yet\n#   (a reader's note)\n\n"
    expected.write_text(note + "actors: []\n", encoding="utf-8")

    assert golden_extract.main(["--check", "--folder", str(tmp_path)]) == 1
    assert expected.read_text(encoding="utf-8").endswith("actors: []\n")  # --check writes nothing
    assert "-actors: []" in capsys.readouterr().out

    assert golden_extract.main(["--folder", str(tmp_path)]) == 0
    text = expected.read_text(encoding="utf-8")
    assert text.startswith(note + "article: {title: T, published: '2024-06-20'}\nactors:\n")
    assert "\n- {name: Ana Li, " in text
    assert golden_extract.main(["--check", "--folder", str(tmp_path)]) == 0
