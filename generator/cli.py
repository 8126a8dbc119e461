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
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from generator import __version__
from generator.config import Config
from generator.errors import BriefingError

log = logging.getLogger("generator")

EXIT_OK, EXIT_REJECTED, EXIT_FAILED = 0, 1, 2
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
        "--site-src", type=Path, default=Config.site_src, help="generated docs folder (default: site_src)"
    )
    b.add_argument("--site", type=Path, default=Config.site, help="built site folder (default: site)")
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

    from generator import build  # imports spaCy: keep `--help` fast

    if args.command == "extract":
        report = build.extract(args.articles, args.out, use_cache=not args.no_cache, jobs=args.jobs)
        log.info("wrote %s", args.out / "briefing.yaml")
    elif args.command == "build":
        config = Config(
            seeds=args.seeds,
            site_src=args.site_src,
            site=args.site,
            mkdocs_config=args.config,
            title=args.title,
            pdf=not args.no_pdf,
        )
        report = build.build(config, use_cache=not args.no_cache, jobs=args.jobs)
        log.info("built %s%s", config.site, f" and {config.site / build.PDF_NAME}" if config.pdf else "")
    else:
        out = build.print_pdf(Config(site_src=args.site_src, site=args.site))
        log.info("wrote %s", out)
        return EXIT_OK
    b = report.briefing
    log.info(
        "%d sources, %d actors, %d agreements, %d reactions, %d events",
        len(b.articles),
        len(b.actors),
        len(b.agreements),
        len(b.reactions),
        len(b.timeline),
    )
    log.info("time: %s", " · ".join(f"{stage} {secs:.1f} s" for stage, secs in report.seconds.items()))
    for r in report.rejections:
        print(f"briefing: skipped {r.path}: {r.reason}", file=sys.stderr)
    for problem in report.problems:
        print(f"briefing: correction not applied: {problem}", file=sys.stderr)
    return EXIT_REJECTED if report.rejections or report.problems else EXIT_OK


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
