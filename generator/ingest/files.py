"""Reading a file of the articles folder, which anyone may have filled (a pull request, a scraper):
never through a symbolic link, never a device or a pipe, never more than a bound.

A link is refused rather than followed: ``seeds/x.txt -> ../.git/config`` (git stores links)
would publish what it points to. The file is opened with O_NOFOLLOW where the system has it, so
a link swapped in after the check is refused too.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from generator.errors import IngestError

LINK = "is a symbolic link; not read (links are never followed: they can point outside the folder)"
"""The reason given for a refused link, article or configuration alike."""
_FLAGS = (
    os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
)


def check_folder(folder: Path) -> None:
    """Raise IngestError unless ``folder`` is a folder that is not itself a link."""
    if folder.is_symlink():
        raise IngestError(str(folder), "is a symbolic link; give the folder's real path")
    if not folder.is_dir():
        raise IngestError(str(folder), "no such folder" if not folder.exists() else "not a folder")


def read_bounded(path: Path, limit: int, *, limit_note: str = "") -> bytes:
    """The bytes of the regular file ``path``, reading at most ``limit + 1`` of them.

    Raises IngestError (one-line reason) for a link, anything but a regular file (a FIFO or
    /dev/zero would never end), a missing or unreadable file, or one over ``limit`` bytes
    (``limit_note`` says where the limit is set).
    """
    try:
        if stat.S_ISLNK(os.lstat(path).st_mode):
            raise IngestError(str(path), LINK)
        fd = os.open(path, _FLAGS)
    except FileNotFoundError:
        raise IngestError(str(path), "no such file") from None
    except OSError as e:
        if e.errno == getattr(os, "ELOOP", None):  # became a link since the check
            raise IngestError(str(path), LINK) from None
        raise IngestError(str(path), f"cannot read file ({e.strerror or e})") from None
    with os.fdopen(fd, "rb") as f:
        try:
            info = os.fstat(f.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise IngestError(str(path), "not a regular file")
            size = info.st_size
            if size <= limit:
                data = f.read(limit + 1)  # the file may have grown since fstat
                size = len(data)
        except OSError as e:
            raise IngestError(str(path), f"cannot read file ({e.strerror or e})") from None
    if size > limit:
        raise IngestError(
            str(path), f"too large ({human_size(size)}; the limit is {human_size(limit)}{limit_note})"
        )
    return data


def human_size(n: int) -> str:
    """A byte count for people: "812 bytes", "20.6 MB" (1024-based, as the limit settings read)."""
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("kB", 1024)):
        if n >= scale:
            return f"{n / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n} bytes"
