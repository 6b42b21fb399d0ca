"""A function run in a second Python process while this one goes on; its result read when needed.

The build hands over work that only a few pages need (the similar tasks,
generator/analysis/similar_job.py) so that a machine with a core to spare does it
alongside the other pages. The open data was tried too: with three processes
on two cores the build was no faster, only busier.

The child is a plain `python -m generator.analysis.background FILE`: the function's
name and arguments go in a pickle file, its result comes back as a pickle on
stdout. Not multiprocessing: that re-imports the caller's main script in the
child (`mkdocs serve`, a user's script) or forks a process that has threads.
When the child fails for any reason, or there is no core to spare, the
function runs here when its result is first asked for: the result is the
same, only later.
"""
from __future__ import annotations

import importlib
import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

PARALLEL_FROM = 2000  # tasks in the corpus; below this a second process costs more than it saves
_PACKAGE_PARENT = str(Path(__file__).resolve().parent.parent)
_NOT_YET = object()


def worth_a_process(tasks: int) -> bool:
    """Whether a corpus of this many tasks, on this machine, gains from a second process."""
    return tasks >= PARALLEL_FROM and cores() > 1


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))  # what this process may use, not what the machine has
    except AttributeError:
        return os.cpu_count() or 1


class Job:
    """`target(*args)` (target as "package.module:function"), in a child process when `parallel`."""

    def __init__(self, target: str, args: tuple, parallel: bool):
        self._target, self._args = target, args
        self._result: Any = _NOT_YET
        self._child: subprocess.Popen | None = None
        self._input: str | None = None  # the child's input file, which the child deletes once read
        if parallel:
            self._start()

    @property
    def parallel(self) -> bool:
        return self._child is not None

    def result(self) -> Any:
        if self._result is _NOT_YET:
            found = self._collect() if self._child else _NOT_YET
            self._result = _call(self._target, self._args) if found is _NOT_YET else found
            self._args = ()
        return self._result

    def close(self) -> None:
        """Stop the child (a build that fails before it needs the result must not leave it behind)."""
        child, self._child = self._child, None
        if child is not None:
            if child.poll() is None:
                child.kill()
            child.wait()
            child.stdout.close()
            Path(self._input).unlink(missing_ok=True)  # a child stopped early has not read it

    def _start(self) -> None:
        # the input goes through a file: megabytes written into a pipe would wait for the child's imports
        with tempfile.NamedTemporaryFile("wb", prefix="plansite-job-", suffix=".pickle", delete=False) as f:
            pickle.dump((self._target, self._args), f, protocol=pickle.HIGHEST_PROTOCOL)
        self._input = f.name
        path = os.pathsep.join(filter(None, [_PACKAGE_PARENT, os.environ.get("PYTHONPATH")]))
        try:
            self._child = subprocess.Popen([sys.executable, "-m", "generator.analysis.background", f.name],
                                           env=dict(os.environ, PYTHONPATH=path), stdin=subprocess.DEVNULL,
                                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        except OSError:
            os.unlink(f.name)

    def _collect(self) -> Any:
        try:
            out, _ = self._child.communicate()
            return pickle.loads(out) if self._child.returncode == 0 else _NOT_YET
        except Exception:  # noqa: BLE001 - any failure of the child: the function runs here instead
            return _NOT_YET
        finally:
            self.close()


def _call(target: str, args: tuple) -> Any:
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)(*args)


def _main(path: str) -> None:
    try:
        with open(path, "rb") as f:
            target, args = pickle.load(f)
    finally:
        os.unlink(path)
    pickle.dump(_call(target, args), sys.stdout.buffer, protocol=pickle.HIGHEST_PROTOCOL)


if __name__ == "__main__":
    _main(sys.argv[1])
