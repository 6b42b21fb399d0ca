"""Similar tasks worked out while the build renders the other pages (generator/analysis/background.py).

Finding similar tasks (jieba, then TF-IDF scores) needs only the parsed text,
and only the plan pages show its result: on a large corpus, a second process
computes it from the moment parsing ends, and the plan pages come last
(generator.render.outputs), when the table is usually waiting.
"""
from __future__ import annotations

from collections.abc import Mapping

from . import background, similar
from ..model import Plan


class SimilarJob(Mapping):
    """The similar-task table (as similar.similar_tasks returns it), ready when first read."""

    def __init__(self, plans: list[Plan], parallel: bool | None = None, top: int = similar.TOP):
        self._keys, texts, plan_of = similar.inputs(plans)
        if parallel is None:
            parallel = background.worth_a_process(len(texts))
        self._job = background.Job("generator.analysis.similar:neighbours", (texts, plan_of, top), parallel)
        self._table: dict | None = None

    @property
    def parallel(self) -> bool:
        return self._job.parallel

    def result(self) -> dict:
        if self._table is None:
            self._table = similar.keyed(self._keys, self._job.result())
        return self._table

    def close(self) -> None:
        self._job.close()

    def __getitem__(self, key):
        return self.result()[key]

    def __iter__(self):
        return iter(self.result())

    def __len__(self) -> int:
        return len(self.result())
