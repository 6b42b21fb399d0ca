"""Writing generated files: only when their content changed, atomically (a watcher never sees half a file), one build at a time."""
from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator


def write_if_changed(target: Path, data: bytes | str) -> bool:
    """Write `data` to `target` unless it already holds exactly that; True when it was written."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    try:
        if target.read_bytes() == data:
            return False
    except FileNotFoundError:
        target.parent.mkdir(parents=True, exist_ok=True)
    # a temporary name of its own (not '.name.tmp'), so two processes writing the same page never share one
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name[:80]}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes it 0600; a page is as readable as any file
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return True


def _read_umask() -> int:
    mask = os.umask(0o022)  # read once, at import: setting it is process-wide, and a server's threads may write
    os.umask(mask)
    return mask


_UMASK = _read_umask()


LOCK = ".plansite-lock"  # a dotfile, so MkDocs leaves it out of the site; never deleted (that would race)
LOCK_WAIT = 600  # seconds a second build waits for the first before it stops


class _Flock:
    """POSIX: flock on the lock file; the system releases it when the process ends, so no lock is ever stale."""

    def __init__(self):
        import fcntl

        self.fcntl = fcntl

    def take(self, handle) -> bool:
        try:
            self.fcntl.flock(handle, self.fcntl.LOCK_EX | self.fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def release(self, handle) -> None:
        self.fcntl.flock(handle, self.fcntl.LOCK_UN)


class _Msvcrt:
    """Windows: a lock on the file's first byte (msvcrt.locking), likewise released when the process ends."""

    def __init__(self, msvcrt=None):
        if msvcrt is None:
            import msvcrt
        self.msvcrt = msvcrt

    def take(self, handle) -> bool:
        handle.seek(0)  # the lock covers bytes from the file position; a byte past the end may be locked
        try:
            self.msvcrt.locking(handle.fileno(), self.msvcrt.LK_NBLCK, 1)
            return True
        except OSError:  # held by another build
            return False

    def release(self, handle) -> None:
        handle.seek(0)
        self.msvcrt.locking(handle.fileno(), self.msvcrt.LK_UNLCK, 1)


_locker = _Msvcrt() if os.name == "nt" else _Flock()


@contextlib.contextmanager
def build_lock(docs: Path, wait: float | None = None) -> Iterator[None]:
    """Hold docs/.plansite-lock for a build: a second build waits for the first, then stops with a message."""
    from ..errors import PlansiteError

    wait = LOCK_WAIT if wait is None else wait
    docs.mkdir(parents=True, exist_ok=True)
    with open(docs / LOCK, "a+b") as handle:
        deadline = time.monotonic() + wait
        told = False
        while not _locker.take(handle):
            if time.monotonic() >= deadline:
                raise PlansiteError(f"another plansite build has been writing this folder for over {wait:.0f} s; "
                                    f"wait for it to finish, or stop it, and build again", str(docs))
            if not told:
                print(f"plansite: another build is writing {docs}; waiting for it", file=sys.stderr)
                told = True
            time.sleep(0.2)
        try:
            yield
        finally:
            _locker.release(handle)
