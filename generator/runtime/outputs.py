"""Which folders a build may replace: its own earlier output, or an empty or absent folder.

A build swaps its outputs in whole (``runtime.staging``); pointed at the wrong folder, that swap
would delete what the user keeps there. So the targets are checked before anything is staged:
never the articles folder, the MkDocs configuration, the working or home folder, never one
output inside the other, never a folder that holds something the generator did not write.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from generator.errors import BuildError
from generator.runtime.staging import clean_stale


def check_owned(target: Path, flag: str, is_earlier_output: Callable[[Path], bool]) -> None:
    """Raise unless ``target`` is absent, empty or an earlier output of the generator.

    ``flag`` names the option that chose ``target``, for the one-line error; ``is_earlier_output``
    recognises what the generator wrote there before (``site_src/data/briefing.yaml``, ...).
    """
    if not target.exists():
        return
    if not target.is_dir():
        raise BuildError(f"{flag} {target} is a file; refusing to replace it")
    if any(target.iterdir()) and not is_earlier_output(target):
        raise BuildError(
            f"{flag} {target} is not empty and holds no earlier briefing output; refusing to replace it"
        )


def claim_outputs(
    outputs: dict[str, tuple[Path, Callable[[Path], bool]]], protected: dict[str, Path]
) -> None:
    """Check every output folder, then remove what killed builds left beside them.

    ``outputs`` maps a flag (``--site``) to its folder and the test for an earlier output there;
    ``protected`` names the folders no output may be or contain (``{"the articles folder": ...}``).
    Two outputs must be separate folders, neither inside the other.
    """
    resolved = {flag: path.resolve() for flag, (path, _) in outputs.items()}
    flags = list(resolved)
    for i, a in enumerate(flags):
        for b in flags[i + 1 :]:
            pa, pb = resolved[a], resolved[b]
            if pa == pb or pa in pb.parents or pb in pa.parents:
                raise BuildError(f"{a} {outputs[a][0]} and {b} {outputs[b][0]} must be separate folders")
    for flag, target in resolved.items():
        for what, path in protected.items():
            if path.resolve() == target or target in path.resolve().parents:
                raise BuildError(f"{flag} {target} would replace {what}; give it a folder of its own")
    for flag, (_, is_earlier_output) in outputs.items():
        check_owned(resolved[flag], flag, is_earlier_output)
    for target in resolved.values():
        clean_stale(target)  # what a killed build left, before this one stages anything
