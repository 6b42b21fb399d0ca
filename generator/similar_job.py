"""Similar tasks worked out in a second process while the build renders the other pages.

Finding similar tasks (jieba, then TF-IDF scores) needs only the parsed text,
and only the plan pages show its result. On a machine with a core to spare, a
large corpus has it computed by a child Python (`python -m
generator.similar_job`: task texts in, the table out, as pickles) from the
moment parsing ends, while this process resolves units and writes the unit,
sector and matrix pages and the open data; the plan pages come last
(generator.render.outputs), and by then the table is usually waiting.

A plain child process rather than multiprocessing: that would re-import the
caller's main script in the child (`mkdocs serve`, a user's script) or fork a
process that has threads. A small corpus or a single core computes the table
here, and so does a build whose child fails for any reason: the result is the
same, only later.
"""
from __future__ import annotations

import os
import pickle
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

from . import similar
from .model import Plan

PARALLEL_FROM = 2000  # tasks; below this the second process costs more than it saves
_PACKAGE_PARENT = str(Path(__file__).resolve().parent.parent)


class SimilarJob(Mapping):
    """The similar-task table (as similar.similar_tasks returns it), ready when first read."""

    def __init__(self, plans: list[Plan], parallel: bool | None = None):
        self._keys, self._texts, self._plan_of = similar.inputs(plans)
        if parallel is None:
            parallel = len(self._texts) >= PARALLEL_FROM and _cores() > 1
        self._child: subprocess.Popen | None = None
        self._input: str | None = None  # the child's input file, which the child deletes once read
        self._table: dict | None = None
        if parallel:
            self._child, self._input = _start(self._texts, self._plan_of)

    @property
    def parallel(self) -> bool:
        return self._child is not None

    def result(self) -> dict:
        if self._table is None:
            found = self._collect() if self._child else None
            if found is None:
                found = similar.neighbours(self._texts, self._plan_of)
            self._table = similar.keyed(self._keys, found)
        return self._table

    def _collect(self):
        try:
            out, _ = self._child.communicate()
            return pickle.loads(out) if self._child.returncode == 0 else None
        except Exception:  # noqa: BLE001 - any failure of the child: compute here instead
            return None
        finally:
            self.close()

    def close(self) -> None:
        """Stop the child (a build that fails before the plan pages must not leave it behind)."""
        child, self._child = self._child, None
        if child is not None:
            if child.poll() is None:
                child.kill()
            child.wait()
            child.stdout.close()
            Path(self._input).unlink(missing_ok=True)  # a child stopped early has not read it

    def __getitem__(self, key):
        return self.result()[key]

    def __iter__(self):
        return iter(self.result())

    def __len__(self) -> int:
        return len(self.result())


def _start(texts: list[str], plan_of: list[int]) -> tuple[subprocess.Popen | None, str]:
    # the input goes through a file: writing megabytes into a pipe would wait for the child's imports
    with tempfile.NamedTemporaryFile("wb", prefix="plansite-similar-", suffix=".pickle", delete=False) as f:
        pickle.dump((texts, plan_of), f, protocol=pickle.HIGHEST_PROTOCOL)
    path = os.pathsep.join(filter(None, [_PACKAGE_PARENT, os.environ.get("PYTHONPATH")]))
    try:
        child = subprocess.Popen([sys.executable, "-m", "generator.similar_job", f.name],
                                 env=dict(os.environ, PYTHONPATH=path),
                                 stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    except OSError:
        os.unlink(f.name)
        return None, f.name
    return child, f.name


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))  # what this process may use, not what the machine has
    except AttributeError:
        return os.cpu_count() or 1


def _main(path: str) -> None:
    try:
        with open(path, "rb") as f:
            texts, plan_of = pickle.load(f)
    finally:
        os.unlink(path)
    pickle.dump(similar.neighbours(texts, plan_of), sys.stdout.buffer, protocol=pickle.HIGHEST_PROTOCOL)


if __name__ == "__main__":
    _main(sys.argv[1])
