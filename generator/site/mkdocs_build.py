"""Build the MkDocs Material site from a docs folder, strictly: a broken link fails the build."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.errors import BuildError
from generator.site import seams

log = logging.getLogger(__name__)


class _FirstProblem(logging.Handler):
    """Remembers MkDocs' warnings so the one-line error can say what went wrong."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(" ".join(record.getMessage().split()))


class _PageCounter:
    """A MkDocs plugin (added by ``build_site``, not in mkdocs.yml) that calls ``advance(1)`` as
    each page is written: the progress bar of the site stage."""

    def __init__(self, advance: Callable[[int], None]) -> None:
        self.advance = advance

    def on_post_page(self, output: str, **kwargs: Any) -> str:
        self.advance(1)
        return output


def build_site(
    docs_dir: Path,
    site_dir: Path,
    config_file: Path,
    *,
    page_cache: tuple[Path, str] | None = None,
    advance: Callable[[int], None] | None = None,
) -> None:
    """Run ``mkdocs build --strict`` on ``docs_dir`` into ``site_dir`` with ``config_file``.

    ``page_cache`` is (folder, site id): reuse the HTML of pages unchanged since the last
    successful build of that site (``generator.site.page_cache``); ``advance(1)`` is called as
    each page is written. Raises BuildError with one line (the first MkDocs warning, when there
    is one) on failure.
    """
    # Material prints an end-of-life notice on import unless this is set.
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, MkDocsException

    problems = _FirstProblem()
    mkdocs_log = logging.getLogger("mkdocs")
    mkdocs_log.addHandler(problems)
    try:
        config = load_config(str(config_file), docs_dir=str(docs_dir), site_dir=str(site_dir), strict=True)
        cache = _page_cache(*page_cache) if page_cache else None
        if cache:
            seams.add_plugin(config, "briefing/page-cache", cache)
        if advance:
            # MkDocs registers any object's on_* methods as event handlers.
            seams.add_plugin(config, "briefing/progress", _PageCounter(advance))
        seams.start_plugins(config)
        try:
            build(config)
        finally:
            seams.stop_plugins(config)
        if cache:
            cache.save()
            log.info(
                "pages: %d reused, %d converted (of their chunks: %d reused, %d converted); "
                "%d themed pages reused",
                cache.hits,
                cache.misses,
                cache.chunks_reused,
                cache.chunks_converted,
                cache.outputs.hits,
            )
    except (Abort, MkDocsException, OSError) as exc:
        # Every problem goes to the log; the error itself stays one line.
        for message in problems.messages:
            log.warning("mkdocs: %s", message)
        detail = problems.messages[0] if problems.messages else " ".join(str(exc).split())
        more = f" (and {len(problems.messages) - 1} more)" if len(problems.messages) > 1 else ""
        raise BuildError(f"MkDocs build failed: {detail}{more}") from exc
    finally:
        mkdocs_log.removeHandler(problems)
    log.debug("site built in %s", site_dir)


def _page_cache(folder: Path, site_id: str) -> Any:
    """The page cache plugin, or None (one warning line) when the installed MkDocs or Material
    lack what it relies on (``seams.missing()``): the site is then built whole, as MkDocs alone
    would, and comes out the same, only slower."""
    problems = seams.missing()
    if not problems:
        try:
            from generator.site.page_cache import PageCache

            return PageCache(folder, site_id)
        except ImportError as exc:
            problems = [f"{exc}"]
    log.warning("page cache off, every page converted again: %s", "; ".join(problems))
    return None
