"""Faults around a build (issue 20): each is one line on stderr and exit code 2, never a
traceback; a stopped or killed build leaves the earlier output, and its leftovers are removed by
the next one. Builds run as a user runs them: the real CLI, in-process or as a process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.cli import main
from generator.runtime.staging import clean_stale
from tests.conftest import ROOT

STORY = (
    "Bridge opens\n\nJune 20, 2024\n\nThe bridge across the river opened on Monday after three years "
    "of work, Mayor Anna Kowalski said.\n"
)
LEFTOVERS = (".site.new-*", ".site_src.new-*", ".site.*.pdf", ".site.old", ".site_src.old")
"""What a killed build can leave beside its outputs (and .gitignore lists)."""


def articles(tmp_path: Path, **extra: str) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    (folder / "a.txt").write_text(STORY)
    for name, text in extra.items():
        (folder / name.replace("_", ".")).write_text(text)
    return folder


def outputs(out: Path) -> list[str]:
    return [
        "--site-src",
        str(out / "site_src"),
        "--site",
        str(out / "site"),
        "--config",
        str(ROOT / "mkdocs.yml"),
    ]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for pattern in LEFTOVERS for p in folder.glob(pattern))


def one_line(err: str) -> str:
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    return lines[0]


# --- bad configuration: one line, exit 2 --------------------------------------------------

CORRECTIONS_BAD_DATE = """add:
  timeline:
    - date: 2024-02-30
      event: Bridge opens
      evidence: [{source: a, quote: x}]
"""


def test_an_impossible_date_in_corrections_fails_the_build_with_one_line(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    folder = articles(tmp_path, corrections_yaml=CORRECTIONS_BAD_DATE)
    code = main(["-q", "extract", str(folder), "--out", str(tmp_path / "data")])
    line = one_line(capsys.readouterr().err)
    assert code == 2
    assert line.endswith("corrections.yaml: not valid YAML (line 3: not a calendar date)"), line
    assert not (tmp_path / "data").exists()


def test_check_corrections_on_a_bad_file_is_one_line_and_exit_2(tmp_path, capsys):
    path = tmp_path / "corrections.yaml"
    path.write_text(CORRECTIONS_BAD_DATE)
    code = main(["check", str(ROOT / "site_src/data"), "--corrections", str(path)])
    line = one_line(capsys.readouterr().err)
    assert code == 2 and line == f"briefing: error: {path}: not valid YAML (line 3: not a calendar date)"


def test_a_problem_in_corrections_that_does_parse_is_exit_1_for_check(tmp_path, capsys):
    path = tmp_path / "corrections.yaml"
    path.write_text("merge:\n  - {into: a}\n")
    assert main(["check", str(ROOT / "site_src/data"), "--corrections", str(path)]) == 1
    assert capsys.readouterr().out == f"{path}: merge #1 (a): missing actors\n"


# --- the file system says no ---------------------------------------------------------------


def confined(out: Path, mount: str, args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    """Run ``python -m generator ARGS`` with ``out`` a fresh tmpfs mounted with ``mount``
    options, in a private mount namespace (``unshare``; skips where that is not allowed)."""
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"cannot make a private mount namespace here: {probe.stderr.decode().strip()}")
    out.mkdir()
    script = 'mount -t tmpfs -o "$1" tmpfs "$2" && shift 2 && exec "$@"'
    command = ["unshare", "-rm", "sh", "-c", script, "sh", mount, str(out), sys.executable, "-m", "generator"]
    return subprocess.run(
        [*command, *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=300, check=False
    )


def cli_env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "BRIEFING_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT)}


@pytest.mark.slow
def test_a_full_disk_is_one_line_and_exit_2(tmp_path):
    out = tmp_path / "out"
    done = confined(
        out,
        "size=512k",
        ["-q", "build", "--no-pdf", "--seeds", str(articles(tmp_path)), *outputs(out)],
        cli_env(tmp_path),
    )
    line = one_line(done.stderr)
    assert (
        done.returncode == 2
        and line.startswith(f"briefing: error: {out}/")
        and "No space left on device" in line
    ), line


@pytest.mark.slow
def test_a_read_only_output_folder_is_one_line_and_exit_2(tmp_path):
    out = tmp_path / "out"
    args = ["-q", "build", "--no-pdf", "--seeds", str(articles(tmp_path)), *outputs(out)]
    if os.geteuid() != 0:  # a folder without write permission is read-only to its user
        out.mkdir()
        out.chmod(0o555)
        done = subprocess.run(
            [sys.executable, "-m", "generator", *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=cli_env(tmp_path),
        )
        out.chmod(0o755)
        reason = "Permission denied"
    else:  # root may write anywhere: mount a read-only file system there instead
        done = confined(out, "ro", args, cli_env(tmp_path))
        reason = "Read-only file system"
    line = one_line(done.stderr)
    assert done.returncode == 2 and line.startswith(f"briefing: error: {out}/") and reason in line, line


# --- stopped and killed builds -------------------------------------------------------------


def start_build(tmp_path: Path, *extra: str) -> tuple[subprocess.Popen, Path]:
    out = tmp_path / "out"
    # An earlier output the build must leave as it was when it does not finish.
    (out / "site_src/data").mkdir(parents=True, exist_ok=True)
    (out / "site_src/data/briefing.yaml").write_text("earlier: output\n")
    (out / "site").mkdir(exist_ok=True)
    (out / "site/sitemap.xml").write_text("<earlier/>")
    command = [
        sys.executable,
        "-m",
        "generator",
        "-q",
        "build",
        "--no-cache",
        *extra,
        "--seeds",
        str(articles(tmp_path)),
    ]
    process = subprocess.Popen(
        [*command, *outputs(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=cli_env(tmp_path),
    )
    return process, out


def wait_for(out: Path, pattern: str, process: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not list(out.glob(pattern)):
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"{pattern} never appeared: {process.communicate()[1]}")
        time.sleep(0.01)


def earlier_output_intact(out: Path) -> None:
    assert (out / "site_src/data/briefing.yaml").read_text() == "earlier: output\n"
    assert (out / "site/sitemap.xml").read_text() == "<earlier/>"


@pytest.mark.slow
def test_sigterm_stops_a_build_like_ctrl_c(tmp_path):
    process, out = start_build(tmp_path)
    # The site is staged: the articles are read, the PDF's process is printing and MkDocs is
    # building. Signalled at once: a pause here let a small build finish first on a busy machine.
    wait_for(out, ".site.*.pdf", process)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert one_line(err) == "briefing: stopped (SIGTERM); earlier output left as it was"
    assert "BrokenPipeError" not in err
    time.sleep(1.0)  # the PDF's process, had it outlived the build, would write now
    assert leftovers(out) == []
    earlier_output_intact(out)


@pytest.mark.slow
def test_the_next_build_removes_what_a_killed_build_left(tmp_path, capsys, monkeypatch):
    process, out = start_build(tmp_path)
    wait_for(out, ".site_src.new-*", process)
    process.kill()  # kill -9: nothing of ours runs after this
    process.communicate(timeout=60)
    left = leftovers(out)
    assert any(name.startswith(".site_src.new-") for name in left), left
    earlier_output_intact(out)
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    code = main(["-q", "build", "--no-pdf", "--seeds", str(tmp_path / "articles"), *outputs(out)])
    assert code == 0, capsys.readouterr().err
    assert leftovers(out) == []
    assert (out / "site/index.html").is_file()


def test_leftovers_of_a_build_still_running_are_left_alone(tmp_path):
    target = tmp_path / "site"
    live = os.getppid()  # a process that runs, and is not this one
    keep = [f".site.new-{live}-abcd1234", f".site.{live}-abcd1234.pdf", f".site-{live}-abcd1234.tmp"]
    keep += [".site.backup", "site.new-1-abcd1234", ".site.new-1-abcd1234.bak"]  # not ours
    stale = [".site.new-999999999-abcd1234", ".site.999999999-abcd1234.pdf", ".site-999999999-abcd1234.tmp"]
    stale += [".site.new-abcd1234", ".site.old"]  # names from before process ids; a half swap
    stale.append(f".site.new-{os.getpid()}-abcd1234")  # this process has staged nothing yet
    for name in keep + stale:
        if ".new-" in name or name.endswith(".old"):
            (tmp_path / name).mkdir()
        else:
            (tmp_path / name).write_text("")
    assert sorted(p.name for p in clean_stale(target)) == sorted(stale)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(keep)


def test_gitignore_lists_what_an_interrupted_build_can_leave():
    ignored = (ROOT / ".gitignore").read_text().split()
    for pattern in LEFTOVERS:
        assert pattern in ignored, pattern
