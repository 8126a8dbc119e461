"""Which folders a build may replace (generator.runtime.outputs): its own earlier output, an empty
or absent folder, never a folder the user keeps something in, never the articles themselves."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import BuildError
from generator.runtime.outputs import claim_outputs


def _is_site(p: Path) -> bool:
    return (p / "sitemap.xml").is_file()


def test_absent_empty_and_earlier_outputs_are_claimed_and_stale_staging_removed(tmp_path):
    (tmp_path / "site").mkdir()
    (tmp_path / "site/sitemap.xml").write_text("<urlset/>")
    (tmp_path / "empty").mkdir()
    stale = tmp_path / ".site.new-999999999-abcd_123"  # a killed build's staging (no such process)
    stale.mkdir()
    claim_outputs(
        {
            "--site": (tmp_path / "site", _is_site),
            "--other": (tmp_path / "empty", _is_site),
            "--new": (tmp_path / "absent", _is_site),
        },
        {"the articles folder": tmp_path / "articles"},
    )
    assert not stale.exists()


@pytest.mark.parametrize(
    "outputs, protected, message",
    [
        # One output inside the other: the second swap would delete the first.
        (
            {"--site-src": "out", "--site": "out/site"},
            {},
            "--site-src {} and --site {} must be separate folders",
        ),
        ({"--site-src": "out", "--site": "out"}, {}, "must be separate folders"),
        # The articles folder, or a folder holding it, is never replaced.
        ({"--site": "articles"}, {"the articles folder": "articles"}, "would replace the articles folder"),
        ({"--site": "."}, {"the articles folder": "articles"}, "would replace the articles folder"),
        # A folder with something the generator did not write.
        ({"--site": "notes"}, {}, "is not empty and holds no earlier briefing output"),
        ({"--site": "notes/todo.txt"}, {}, "is a file; refusing to replace it"),
    ],
)
def test_folders_the_user_keeps_are_refused_in_one_line(tmp_path, outputs, protected, message):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes/todo.txt").write_text("mine")
    (tmp_path / "articles").mkdir()
    paths = {flag: tmp_path / rel for flag, rel in outputs.items()}
    with pytest.raises(BuildError) as raised:
        claim_outputs(
            {flag: (path, _is_site) for flag, path in paths.items()},
            {what: tmp_path / rel for what, rel in protected.items()},
        )
    assert message.format(*paths.values()) in str(raised.value)
    assert (tmp_path / "notes/todo.txt").read_text() == "mine"


def test_a_signal_just_after_a_folder_is_staged_leaves_nothing_behind(tmp_path, monkeypatch):
    """Ctrl-C or SIGTERM may land between the staged folder's creation and the build learning its
    name: the folder still goes (a build stopped so left a ``.site_src.new-*`` beside its output)."""
    import tempfile

    from generator.runtime import staging

    made = tempfile.mkdtemp

    def made_then_interrupted(*args, **kwargs):
        made(*args, **kwargs)
        raise KeyboardInterrupt

    monkeypatch.setattr(staging.tempfile, "mkdtemp", made_then_interrupted)
    with pytest.raises(KeyboardInterrupt), staging.staging(tmp_path / "site"):
        pass
    assert list(tmp_path.iterdir()) == []
