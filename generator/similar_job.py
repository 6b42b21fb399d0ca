"""Similar tasks worked out in a second process while the build renders the other pages.

Finding similar tasks (jieba, then TF-IDF scores) needs only the parsed text,
and only the plan pages show its result. On a machine with a core to spare, a
large corpus has it computed there from the moment parsing ends, while this
process resolves units and writes the unit, sector and matrix pages and the
open data; the plan pages come last (generator.render.outputs) and by then
the table is usually waiting. A small corpus, or a single core, computes it
here: starting a process would cost more than it saves.
"""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Mapping
from concurrent.futures import Future, ProcessPoolExecutor

from . import similar
from .model import Plan

PARALLEL_FROM = 2000  # tasks; below this the second process costs more than it saves


class SimilarJob(Mapping):
    """The similar-task table (as similar.similar_tasks returns it), ready when first read."""

    def __init__(self, plans: list[Plan], parallel: bool | None = None):
        self._keys, texts, plan_of = similar.inputs(plans)
        if parallel is None:
            parallel = len(texts) >= PARALLEL_FROM and _cores() > 1
        self._pool: ProcessPoolExecutor | None = None
        self._future: Future | None = None
        self._table: dict | None = None
        if parallel:
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=_context())
            self._future = self._pool.submit(similar.neighbours, texts, plan_of)
        else:
            self._table = similar.keyed(self._keys, similar.neighbours(texts, plan_of))

    @property
    def parallel(self) -> bool:
        return self._pool is not None

    def result(self) -> dict:
        if self._table is None:
            try:
                self._table = similar.keyed(self._keys, self._future.result())
            finally:
                self.close()
        return self._table

    def close(self) -> None:
        """Stop the second process (a build that fails before the plan pages must not leave it behind)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __getitem__(self, key):
        return self.result()[key]

    def __iter__(self):
        return iter(self.result())

    def __len__(self) -> int:
        return len(self.result())


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))  # what this process may use, not what the machine has
    except AttributeError:
        return os.cpu_count() or 1


def _context():
    # not fork: `mkdocs serve` has threads running, and a forked child can inherit a held lock
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
