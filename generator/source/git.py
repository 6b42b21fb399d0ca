"""Running git: the one place plansite starts a git process (the history of the plan files, a plan at a revision)."""
from __future__ import annotations

import subprocess
from pathlib import Path


def run_git(*args: str, cwd: Path | None = None, data: bytes | None = None) -> subprocess.CompletedProcess | None:
    """`git -C CWD ARGS`, bytes in and out; git's own failure is the caller's to read (returncode, stderr).

    None when git is not installed: a build without git shows no history rather than failing.
    """
    try:
        where = ["-C", str(cwd)] if cwd is not None else []
        return subprocess.run(["git", *where, *args], input=data, capture_output=True, check=False)
    except FileNotFoundError:
        return None
