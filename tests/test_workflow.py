"""The CI workflow: valid YAML that tests, regenerates, checks, summarises pull requests and publishes."""

from __future__ import annotations

import re
import shlex

import pytest
import yaml

from generator.cli import _parser
from tests.conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "briefing.yml"
ON_DEFAULT_BRANCH = "github.ref == format('refs/heads/{0}', github.event.repository.default_branch)"
SAME_REPOSITORY = (
    "github.event_name != 'pull_request'"
    " || github.event.pull_request.head.repo.full_name == github.repository"
)


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def steps(workflow) -> list[dict]:
    return workflow["jobs"]["build"]["steps"]


def uses(steps, action: str) -> list[dict]:
    return [s for s in steps if str(s.get("uses", "")).startswith(action + "@")]


def runs(steps) -> str:
    return "\n".join(str(s.get("run", "")) for s in steps)


def test_runs_on_push_and_pull_request(workflow):
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert {"push", "pull_request"} <= set(triggers)
    assert workflow["permissions"] == {"contents": "read"}


def test_every_step_is_well_formed_and_every_action_pinned(workflow):
    for name, job in workflow["jobs"].items():
        assert job["runs-on"] == "ubuntu-latest", name
        for step in job["steps"]:
            assert ("uses" in step) != ("run" in step), step
            if "uses" in step:
                assert re.fullmatch(r"[\w.-]+/[\w.-]+@v\d+", step["uses"]), step["uses"]


def test_installs_with_caching_then_regenerates_and_tests(steps):
    python = uses(steps, "actions/setup-python")[0]
    assert python["with"]["cache"] == "pip"
    assert "constraints.txt" in python["with"]["cache-dependency-path"]
    cache = uses(steps, "actions/cache")[0]
    assert cache["with"]["path"] == "~/.cache/briefing"  # generator.runtime.cache.default_dir() on the runner
    commands = [str(s.get("run", "")) for s in steps]
    order = [next(i for i, c in enumerate(commands) if want in c) for want in ("make site", "make test")]
    assert order == sorted(order)  # the committed articles' briefing first, then the tests on it
    assert "briefing check site_src/data" in runs(steps)


def test_make_targets_exist():
    makefile = (ROOT / "Makefile").read_text()
    for target in re.findall(r"\bmake (\w+)", WORKFLOW.read_text()):
        assert re.search(rf"^{target}:", makefile, re.M), target


def test_briefing_commands_in_the_workflow_parse(steps):
    for line in runs(steps).splitlines():
        match = re.search(r"\.venv/bin/briefing ([^>|&;]+)", line)
        if match:
            _parser().parse_args(shlex.split(match.group(1)))  # SystemExit on an unknown command or flag


def test_pull_requests_get_a_briefing_diff_in_the_summary(steps):
    base = [s for s in uses(steps, "actions/checkout") if s.get("with", {}).get("path") == "base"]
    assert base and base[0]["with"]["ref"] == "${{ github.base_ref }}"
    assert base[0]["if"] == "github.event_name == 'pull_request'"
    summary = [s for s in steps if "briefing diff" in str(s.get("run", ""))]
    assert len(summary) == 1
    assert summary[0]["if"] == "github.event_name == 'pull_request'"
    assert '>> "$GITHUB_STEP_SUMMARY"' in summary[0]["run"]


def test_pdf_is_kept_and_the_site_published_from_the_default_branch(workflow, steps):
    pdf = next(s for s in uses(steps, "actions/upload-artifact") if s["with"]["name"] == "briefing-pdf")
    assert pdf["with"]["path"] == "site/briefing.pdf"
    pages = uses(steps, "actions/upload-pages-artifact")[0]
    assert pages["with"]["path"] == "site"
    assert ON_DEFAULT_BRANCH in pages["if"] and "push" in pages["if"]
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["if"] == pages["if"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert uses(deploy["steps"], "actions/deploy-pages")


def test_the_browser_tests_have_a_browser_and_their_screenshots_are_kept(steps):
    runs = " ".join(s.get("run", "") for s in steps)
    assert "playwright install --with-deps chromium" in runs
    shots = next(s for s in uses(steps, "actions/upload-artifact") if s["with"]["name"] == "screenshots")
    assert shots["with"]["path"] == "test-artifacts/screenshots"
    assert shots["if"].startswith("always() && ") and SAME_REPOSITORY in shots["if"]


def test_checkouts_keep_no_token_and_fork_pull_requests_publish_no_artifact(workflow):
    # A token in .git/config could be read by the build and published; a pull request's
    # artifacts are public, and a fork's hold what a stranger's articles made.
    for job in workflow["jobs"].values():
        for step in uses(job["steps"], "actions/checkout"):
            assert step["with"]["persist-credentials"] is False, step
        for step in uses(job["steps"], "actions/upload-artifact"):
            assert SAME_REPOSITORY in step["if"], step
