"""What ``briefing build`` tells and where it writes, run as a user runs it (a subprocess):
other articles never replace the project's site_src/, an empty or unreadable folder writes
nothing, skipped files are listed before the "built" line, the build ends with what changed,
an unchanged rebuild is quick and prints no PDF, and progress bars show on a terminal only."""

from __future__ import annotations

import os
import pty
import select
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def briefing(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m generator ARGS`` in ``cwd``, stderr and stdout apart."""
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        timeout=600,
    )


def two_seeds(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for path in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy2(path, folder / path.name)
    return folder


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """A working folder like the repository's: its own committed site_src/ with a marker."""
    (tmp_path / "site_src" / "data").mkdir(parents=True)
    (tmp_path / "site_src" / "data" / "briefing.yaml").write_text("marker: the project's own\n")
    return tmp_path


def test_an_empty_folder_exits_2_with_one_line_and_writes_nothing(project: Path) -> None:
    (project / "empty").mkdir()
    done = briefing("build", "--seeds", "empty", cwd=project)
    assert done.returncode == 2, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "no article files" in done.stderr and "nothing written" in done.stderr
    assert sorted(p.name for p in project.iterdir()) == ["empty", "site_src"]


def test_a_folder_of_unreadable_files_exits_2_with_one_line_naming_them(project: Path) -> None:
    bad = project / "bad"
    bad.mkdir()
    (bad / "blank.txt").write_text("   \n")
    (bad / "blob.txt").write_bytes(b"\x00\x01\x02" * 100)
    done = briefing("build", "--seeds", "bad", cwd=project)
    assert done.returncode == 2, done.stderr
    [line] = done.stderr.strip().splitlines()
    assert "no readable article" in line and "blank.txt" in line and "blob.txt" in line, line
    assert not (project / "bad-briefing").exists() and not (project / "site").exists()


@pytest.mark.slow
def test_other_articles_go_beside_them_and_an_unchanged_rebuild_is_quick(project: Path) -> None:
    articles = two_seeds(project / "my-articles")
    (articles / "notes.txt").write_text("")  # skipped: empty
    first = briefing("build", "--seeds", "my-articles", cwd=project)
    assert first.returncode == 1, first.stderr  # done, one file skipped
    out = project / "my-articles-briefing"
    assert (out / "site_src" / "data" / "briefing.yaml").is_file()
    assert (out / "site" / "index.html").is_file() and (out / "site" / "briefing.pdf").is_file()
    # The project's own site_src/ is untouched.
    assert (project / "site_src" / "data" / "briefing.yaml").read_text() == "marker: the project's own\n"
    assert not (project / "site").exists()
    lines = first.stderr.splitlines()
    built = next(i for i, line in enumerate(lines) if line.startswith("built "))
    skipped = next(i for i, line in enumerate(lines) if "skipped" in line and "notes.txt" in line)
    assert skipped < built
    assert "beside the articles" in lines[built + 1]
    assert lines[built + 2 :] == ["what changed: first build here, no earlier briefing to compare with"]

    # Nothing rebuilt (how quick that is, `make bench` measures): the same files, untouched.
    pdf, index = out / "site" / "briefing.pdf", out / "site" / "index.html"
    printed, written = pdf.stat().st_mtime_ns, index.stat().st_mtime_ns
    again = briefing("build", "--seeds", "my-articles", cwd=project)
    assert again.returncode == 1 and "notes.txt" in again.stderr  # the same problems, said again
    assert "nothing changed" in again.stderr
    assert pdf.stat().st_mtime_ns == printed, "the PDF was printed again"
    assert index.stat().st_mtime_ns == written, "the site was built again"

    # A third article: a real build, ending with three lines of what changed.
    shutil.copy2(sorted(SEEDS.glob("*.txt"))[2], articles)
    third = briefing("build", "--seeds", "my-articles", "--no-pdf", cwd=project)
    assert third.returncode == 1, third.stderr
    tail = third.stderr.strip().splitlines()[-3:]
    assert [line.split(" since the last build: ")[0] for line in tail] == ["actors", "events", "figures"]
    assert " new (" in tail[0], tail
    # A hand-edited output is rebuilt, not taken as up to date.
    (out / "site_src" / "index.md").write_text("edited\n")
    fourth = briefing("build", "--seeds", "my-articles", "--no-pdf", cwd=project)
    assert "nothing changed" not in fourth.stderr
    assert (out / "site_src" / "index.md").read_text() != "edited\n"


def _on_a_terminal(args: list[str], cwd: Path, env: dict[str, str]) -> str:
    """Run ``python -m generator ARGS`` with a pseudo-terminal as stdout and stderr; its output."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=follower,
        env={**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "100", **env},
    )
    os.close(follower)
    chunks = []
    while True:
        ready, _, _ = select.select([leader], [], [], 120)
        if not ready:
            proc.kill()
            break
        try:
            data = os.read(leader, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=60)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.slow
def test_progress_bars_show_on_a_terminal_and_never_in_ci_or_a_pipe(tmp_path: Path) -> None:
    articles = two_seeds(tmp_path / "articles")
    env = {k: "" for k in ("CI",)}
    shown = _on_a_terminal(["extract", str(articles), "--out", str(tmp_path / "a")], tmp_path, env)
    assert "reading articles" in shown and "━" in shown, shown
    in_ci = _on_a_terminal(["extract", str(articles), "--out", str(tmp_path / "b")], tmp_path, {"CI": "true"})
    assert "wrote" in in_ci and "reading articles" not in in_ci and "━" not in in_ci, in_ci
    piped = briefing("extract", str(articles), "--out", str(tmp_path / "c"), cwd=tmp_path, env={"CI": ""})
    assert piped.returncode == 0 and "━" not in piped.stderr and "reading articles" not in piped.stderr


def test_serve_offers_the_site_on_this_machine_only(tmp_path: Path) -> None:
    import urllib.request

    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<h1>The briefing</h1>")
    with subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--site", str(site), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    ) as proc:
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline()
            assert line.startswith(f"serving {site} at http://127.0.0.1:"), line
            url = line.split(" at ", 1)[1].split()[0]
            with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - our own server
                assert b"The briefing" in response.read()
        finally:
            proc.terminate()
    missing = briefing("serve", "--site", str(tmp_path / "nothing"), cwd=tmp_path)
    assert missing.returncode == 2 and "briefing build" in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1
