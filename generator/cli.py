"""The ``briefing`` command: the only place that turns errors into messages and exit codes.

Exit codes: 0 success; 1 the output was written but something needs attention (article files
skipped, corrections not applied), or ``check`` found problems; 2 nothing was written (bad
usage, missing folder or model, a failed stage).
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from generator import __version__
from generator.config import Config, output_home
from generator.errors import BriefingError
from generator.runtime import progress

log = logging.getLogger("generator")

EXIT_OK, EXIT_REJECTED, EXIT_FAILED = 0, 1, 2
PDF_NAME = "briefing.pdf"  # generator.build.PDF_NAME, without importing the build (and spaCy)
NO_CACHE_HELP = "extract every article again instead of reusing earlier results"
JOBS_HELP = "extract in N processes (0: one per CPU core; default 1); the output is the same"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="briefing",
        description="Turn a folder of news articles about one event into a briefing: YAML, a site and a PDF.",
    )
    p.add_argument("--version", action="version", version=f"briefing {__version__}")
    p.add_argument("--debug", action="store_true", help="show tracebacks and debug logging")
    p.add_argument("-q", "--quiet", action="store_true", help="print only problems")
    p.add_argument(
        "--profile",
        type=Path,
        metavar="FILE",
        help="run under cProfile, write the statistics to FILE (pstats) and print the costliest calls",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)

    ex = sub.add_parser(
        "extract",
        help="articles -> DATA_DIR/briefing.yaml + DATA_DIR/sources/<id>.yaml",
        description="Extract the briefing's YAML from a folder of articles, without building the site.",
    )
    ex.add_argument(
        "articles",
        type=Path,
        metavar="ARTICLES_DIR",
        help="folder of .txt, .md, .html or news-please .json articles",
    )
    ex.add_argument(
        "--out", type=Path, required=True, metavar="DATA_DIR", help="folder to write the YAML into"
    )
    ex.add_argument("--no-cache", action="store_true", help=NO_CACHE_HELP)
    ex.add_argument("--jobs", type=_jobs, default=1, metavar="N", help=JOBS_HELP)

    b = sub.add_parser(
        "build",
        help="the whole job: seeds/ -> site_src/ -> site/ (+ PDF)",
        description="Extract, render the Markdown pages, build the MkDocs site and print the PDF.",
    )
    b.add_argument("--seeds", type=Path, default=Config.seeds, help="folder of articles (default: seeds)")
    b.add_argument(
        "--site-src",
        type=Path,
        help="generated docs folder (default: beside --site; else site_src for seeds/, else "
        "DIR-briefing/site_src beside the articles folder DIR)",
    )
    b.add_argument(
        "--site",
        type=Path,
        help="built site folder (default: beside --site-src; else site for seeds/, else "
        "DIR-briefing/site beside the articles)",
    )
    b.add_argument(
        "--config", type=Path, default=Config.mkdocs_config, help="MkDocs configuration (default: mkdocs.yml)"
    )
    b.add_argument("--title", help="briefing title (default: derived from the headlines)")
    b.add_argument("--no-pdf", action="store_true", help="skip the PDF")
    b.add_argument("--no-cache", action="store_true", help=NO_CACHE_HELP)
    b.add_argument("--jobs", type=_jobs, default=1, metavar="N", help=JOBS_HELP)

    pdf = sub.add_parser(
        "pdf",
        help="print site/briefing.pdf from the YAML in site_src/data",
        description="Print the briefing PDF from the YAML of an earlier build.",
    )
    pdf.add_argument(
        "--site-src", type=Path, default=Config.site_src, help="docs folder with data/ (default: site_src)"
    )
    pdf.add_argument(
        "--site", type=Path, default=Config.site, help="folder to write briefing.pdf into (default: site)"
    )

    sv = sub.add_parser(
        "serve",
        help="serve the built site on http://127.0.0.1:8000/ (opening site/index.html works too)",
        description="Serve a built site folder over HTTP on this machine only, until Ctrl-C.",
    )
    sv.add_argument("--site", type=Path, default=Config.site, help="built site folder (default: site)")
    sv.add_argument("--port", type=_port, default=8000, help="port (default: 8000; 0: any free port)")

    ch = sub.add_parser(
        "check",
        help="validate a data folder's YAML (and a corrections file) against the schema",
        description="Validate briefing.yaml and sources/*.yaml against the JSON Schema and each other; "
        "print one line per problem and exit 1 when there are any.",
    )
    ch.add_argument(
        "data",
        type=Path,
        nargs="?",
        default=Config.site_src / "data",
        metavar="DATA_DIR",
        help="folder holding briefing.yaml and sources/ (default: site_src/data)",
    )
    ch.add_argument("--corrections", type=Path, metavar="FILE", help="also check this corrections.yaml")

    d = sub.add_parser(
        "diff",
        help="Markdown summary of what changed between two data folders",
        description="Compare two briefings (data folders or briefing.yaml files) and print what changed "
        "as Markdown: new, removed and changed sources, actors, agreements, reactions, events and figures.",
    )
    d.add_argument("old", type=Path, metavar="OLD", help="the earlier data folder (or its briefing.yaml)")
    d.add_argument("new", type=Path, metavar="NEW", help="the later data folder (or its briefing.yaml)")

    ev = sub.add_parser(
        "evaluate",
        help="extract a folder of articles and score it against a gold file",
        description="Extract ARTICLES_DIR in memory and score the result against a gold annotation "
        "(docs/evaluation.md).",
    )
    ev.add_argument("gold", type=Path, metavar="GOLD_FILE", help="the gold annotation (YAML)")
    ev.add_argument("articles", type=Path, metavar="ARTICLES_DIR", help="the articles it annotates")
    ev.add_argument(
        "--min",
        type=_floor,
        action="append",
        default=[],
        metavar="METRIC=VALUE",
        help="exit 1 when METRIC scores below VALUE, or above it for junk_actors and timeline_duplicates "
        "(repeatable), e.g. --min actor_recall=0.9 --min junk_actors=0",
    )
    return p


def _floor(text: str) -> tuple[str, float]:
    """``actor_recall=0.9`` -> ("actor_recall", 0.9); argparse reports a ValueError as bad usage."""
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"expected METRIC=VALUE, got {text!r}")
    try:
        return name.strip(), float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number after '=', got {value!r}") from None


def _port(text: str) -> int:
    """``--port``: 0 (any free port) to 65535."""
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"expected a port number from 0 to 65535, got {text!r}")
    return int(text)


def _jobs(text: str) -> int:
    """``--jobs``: a whole number >= 0; 0 means one process per CPU core."""
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"expected 0 or more, got {n}")
    return n or os.cpu_count() or 1


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return its exit code."""
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING if args.quiet else logging.INFO,
        format="%(message)s",
    )
    if not args.debug:
        # Libraries narrate every step at INFO; the user wants ours only.
        for noisy in ("weasyprint", "fontTools", "mkdocs", "trafilatura", "htmldate"):
            logging.getLogger(noisy).setLevel(logging.WARNING)
    previous = _stop_on_sigterm()
    try:
        return _profiled(args) if args.profile else _run(args)
    except BriefingError as exc:
        if args.debug:
            raise
        print(f"briefing: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        # The system refused: a full disk, a read-only or forbidden folder. Not a bug: one line.
        if args.debug:
            raise
        print(f"briefing: error: {_os_problem(exc)}; earlier output left as it was", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt as exc:
        how = "stopped (SIGTERM)" if isinstance(exc, Terminated) else "interrupted"
        print(f"briefing: {how}; earlier output left as it was", file=sys.stderr)
        return EXIT_FAILED
    finally:
        if previous is not _UNCHANGED:
            signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)


class Terminated(KeyboardInterrupt):
    """SIGTERM (``kill``, a CI runner cancelling a job), handled as Ctrl-C is: every stage
    unwinds, staged output is removed, the PDF's process is stopped."""


def _terminated(signum: int, frame: object) -> None:
    raise Terminated


_UNCHANGED = object()


def _stop_on_sigterm() -> Any:
    """Make SIGTERM raise Terminated; returns the handler to put back (``_UNCHANGED`` when this
    is not the main thread, where no handler can be set; None when it was not set from Python)."""
    if threading.current_thread() is not threading.main_thread():
        return _UNCHANGED
    return signal.signal(signal.SIGTERM, _terminated)


def _os_problem(exc: OSError) -> str:
    """ "<file>: No space left on device": the file (shown safely) and the system's reason."""
    from generator.ingest.names import display_path

    reason = exc.strerror or type(exc).__name__
    name = exc.filename
    if isinstance(name, bytes):
        name = os.fsdecode(name)
    return f"{display_path(name)}: {reason}" if isinstance(name, str | os.PathLike) and name else reason


def _profiled(args: argparse.Namespace) -> int:
    """``_run`` under cProfile: statistics to ``--profile FILE``, the 25 costliest calls to stderr."""
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    try:
        return profiler.runcall(_run, args)
    finally:
        profiler.dump_stats(args.profile)
        stats = pstats.Stats(profiler, stream=sys.stderr)
        stats.sort_stats("cumulative").print_stats(25)
        print(f"briefing: profile written to {args.profile} (python -m pstats reads it)", file=sys.stderr)


def _run(args: argparse.Namespace) -> int:
    if args.command == "check":
        return _check(args.data, args.corrections)
    if args.command == "diff":
        from generator.quality.diff import diff

        print(diff(args.old, args.new), end="")
        return EXIT_OK
    if args.command == "evaluate":
        from generator.quality import evaluate  # imports spaCy: keep `--help` fast

        return evaluate.run(args.gold, args.articles, dict(args.min))

    if args.command == "serve":
        from generator.site.serve import serve

        return serve(args.site, args.port)
    if args.command == "build":
        return _build(args)

    from generator import build  # imports spaCy: keep `--help` fast

    if args.command == "pdf":
        log.info("wrote %s", build.print_pdf(Config(site_src=args.site_src, site=args.site)))
        return EXIT_OK
    with progress.enabled(not args.quiet and progress.wanted()):
        report = build.extract(args.articles, args.out, use_cache=not args.no_cache, jobs=args.jobs)
    problems, summary = _problems(report), _summary(report)
    for line in problems:
        print(line, file=sys.stderr)
    for line in summary:
        log.info("%s", line)
    log.info("wrote %s", args.out / "briefing.yaml")
    return EXIT_REJECTED if problems else EXIT_OK


def _build(args: argparse.Namespace) -> int:
    """``briefing build``: nothing at all when nothing changed since the last build (see
    ``generator.runtime.uptodate``); else the whole job, then what changed."""
    from generator.runtime import uptodate

    config = _build_config(args)
    done = f"{config.site}{f' and {config.site / PDF_NAME}' if config.pdf else ''}"
    watch = time.perf_counter()
    inputs = None if args.no_cache else uptodate.inputs_hash(config)
    stamp = uptodate.up_to_date(config, inputs) if inputs else None
    if stamp is not None:
        for line in stamp.problems:
            print(line, file=sys.stderr)
        for line in stamp.log:
            log.info("%s", line)
        log.info("time: up-to-date check %.1f s", time.perf_counter() - watch)
        log.info("built %s: nothing changed since the last build, nothing written", done)
        log.info("what changed: nothing (the same articles, code and settings)")
        return stamp.exit_code

    from generator import build  # imports spaCy: keep `--help` and the check above fast

    uptodate.forget(config)  # a build that fails half-way leaves no stamp behind
    with progress.enabled(not args.quiet and progress.wanted()):
        report = build.build(config, use_cache=not args.no_cache, jobs=args.jobs)
    problems, summary = _problems(report), _summary(report)
    for line in problems:
        print(line, file=sys.stderr)
    for line in summary:
        log.info("%s", line)
    log.info("built %s", done)
    if output_home(args.seeds) is not None and args.site_src is None and args.site is None:
        log.info(
            "(beside the articles: the project's site_src/ is built from seeds/ only; "
            "--site-src and --site choose other folders)"
        )
    for line in report.changes:
        log.info("%s", line)
    code = EXIT_REJECTED if problems else EXIT_OK
    if inputs:
        uptodate.record(config, inputs, summary[:1], problems, code)
    return code


def _build_config(args: argparse.Namespace) -> Config:
    """The build's folders: as given; one given, the other beside it; none given, the project's
    for seeds/, else ``DIR-briefing/`` beside the articles (``config.output_home``)."""
    site_src, site = args.site_src, args.site
    if site_src is None and site is not None:
        site_src = site.parent / Config.site_src.name
    elif site is None and site_src is not None:
        site = site_src.parent / Config.site.name
    elif site_src is None and site is None:
        home = output_home(args.seeds)
        site_src = Config.site_src if home is None else home / Config.site_src.name
        site = Config.site if home is None else home / Config.site.name
    return Config(
        seeds=args.seeds,
        site_src=site_src,
        site=site,
        mkdocs_config=args.config,
        title=args.title,
        pdf=not args.no_pdf,
    )


def _problems(report: Any) -> list[str]:
    """The lines for stderr: each skipped file and each correction not applied."""
    return [
        *(f"briefing: skipped {r.path}: {r.reason}" for r in report.rejections),
        *(f"briefing: correction not applied: {p}" for p in report.problems),
    ]


def _summary(report: Any) -> list[str]:
    """What the briefing holds, and the time per stage."""
    b = report.briefing
    return [
        f"{len(b.articles)} sources, {len(b.actors)} actors, {len(b.agreements)} agreements, "
        f"{len(b.reactions)} reactions, {len(b.timeline)} events",
        "time: " + " · ".join(f"{stage} {secs:.1f} s" for stage, secs in report.seconds.items()),
    ]


def _check(data_dir: Path, corrections_file: Path | None) -> int:
    from generator import corrections
    from generator.quality import check

    problems = check.check(data_dir)
    if corrections_file is not None:
        problems += corrections.check_file(corrections_file)
    for problem in problems:
        print(problem)
    if problems:
        print(f"briefing: {len(problems)} problem{'s' if len(problems) != 1 else ''} found", file=sys.stderr)
        return EXIT_REJECTED
    return EXIT_OK
