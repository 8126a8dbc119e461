"""``briefing serve``: the built site over HTTP on this machine, for readers who prefer a server
to opening ``site/index.html`` from disk (both work)."""

from __future__ import annotations

import functools
import http.server
import logging
from pathlib import Path
from typing import Any

from generator.errors import BuildError

log = logging.getLogger(__name__)

HOST = "127.0.0.1"
"""Only this machine: the site is the user's own, never offered to the network."""


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Static files of the site folder; requests are logged at debug level only."""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's signature
        log.debug("serve: " + format, *args)


def serve(site: Path, port: int = 8000) -> int:
    """Serve ``site`` on http://127.0.0.1:PORT/ until Ctrl-C (port 0: any free port); returns 0."""
    if not (site / "index.html").is_file():
        raise BuildError(f"{site}/index.html not found: build the site first (`briefing build`)")
    handler = functools.partial(_Handler, directory=str(site))
    try:
        server = http.server.ThreadingHTTPServer((HOST, port), handler)
    except OSError as exc:
        raise BuildError(f"cannot serve on {HOST}:{port}: {exc.strerror or exc}") from exc
    with server:
        # Printed, not logged: the address is the command's output, even with -q.
        print(f"serving {site} at http://{HOST}:{server.server_address[1]}/ (Ctrl-C stops)", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            log.info("stopped")
    return 0
