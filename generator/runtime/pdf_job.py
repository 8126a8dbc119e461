"""The PDF printed in a process of its own while the site is built (``runtime.background``).

The process starts when the job is opened (it imports WeasyPrint while the articles are read),
prints once it has the data, and hands its file over at the end. MkDocs empties the site folder
first, so the PDF is printed into a staged file beside it and moved in after. Leaving the job
with an error stops the process and removes the half-printed file.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from types import TracebackType
from typing import Any

from generator.runtime import progress
from generator.runtime.background import Background
from generator.runtime.staging import beside, own_staged
from generator.runtime.timing import Stopwatch

log = logging.getLogger(__name__)


class PdfJob:
    """``with PdfJob(site, enabled) as job: job.start(briefing, sources) ... job.finish(dest, watch)``.

    Disabled (``--no-pdf``), every call does nothing.
    """

    def __init__(self, site: Path, enabled: bool = True) -> None:
        self._site = site
        self._enabled = enabled
        self._printing: Background | None = None
        self._printed: Path | None = None

    def __enter__(self) -> PdfJob:
        if self._enabled:
            from generator import pdf  # heavy imports only where needed

            self._printing = Background(pdf.write_pdf, prepare=pdf.prepare)
        return self

    def start(self, briefing: dict[str, Any], sources: dict[str, dict[str, Any]]) -> None:
        """Print from the data as a reader of the YAML gets it."""
        if self._printing:
            # Made only now: a folder without a readable article leaves nothing behind.
            self._printed = beside(self._site, ".pdf")
            self._printing.start(briefing, sources, self._printed)

    def finish(self, dest: Path, watch: Stopwatch) -> None:
        """Wait for the PDF and move it to ``dest``."""
        if self._printing and self._printed:
            with watch.stage("pdf"), progress.task("printing the PDF"):
                log.info("PDF: %d pages", self._printing.result())
                os.replace(self._printed, dest)
            self._printed = None

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if kind is not None and self._printing:
            self._printing.cancel()
        if kind is not None:  # every staged PDF of this process, named or not yet
            for path in own_staged(self._site, ".pdf"):
                path.unlink(missing_ok=True)
        elif self._printed:
            self._printed.unlink(missing_ok=True)
