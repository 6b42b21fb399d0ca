"""The resolve stage: unit names -> units (departments, collectives, localities), tasks -> sectors and themes.

Input is parsed plans and the registry (generator/resolve/registry.py); output is the
same plans with every Assignment.unit / .kind and every Task.sectors filled,
plus one message per written form the registry does not know.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import chain
from typing import NamedTuple

from generator.model import Plan, Task
from generator.resolve.registry import Registry, Sector, Unit, load_registry, normalize
from generator.resolve.wordpattern import words_pattern

__all__ = ["Unit", "Sector", "Registry", "load_registry", "normalize", "resolve", "written_forms",
           "sectors_for", "TITLE_WEIGHT", "THRESHOLD"]

TITLE_WEIGHT = 3  # the heading sentence says what the task is about; the body lists everything it touches
THRESHOLD = 3  # one hit in the title, or three in the body


def resolve(plans: list[Plan], registry: Registry) -> list[str]:
    """Fill units and sectors in place; return one message per unresolved written form."""
    messages: dict[str, str] = {}
    sectors = _SectorIndex.of(registry.sectors)
    for plan in plans:
        where = plan.source or plan.id
        for section in plan.sections:
            for task in section.tasks:
                for assignment in task.assignments:
                    unit = registry.unit_for(assignment.name)
                    assignment.unit = unit.id if unit else None
                    assignment.kind = unit.kind if unit else None
                    if unit is None and assignment.name not in messages:
                        messages[assignment.name] = (
                            f"{where}:{task.line}: unit '{assignment.name}' resolves to no department; "
                            f"add it to content/departments.yml")
                task.sectors = _sectors_for(task, sectors, section.title)
    return list(messages.values())


def written_forms(plans: list[Plan], registry: Registry) -> dict[str, set[str]]:
    """Unit id -> every written form the plans use for it (a department page lists them as its aliases)."""
    forms: dict[str, set[str]] = defaultdict(set)
    for plan in plans:
        for task in plan.tasks():
            for assignment in task.assignments:
                unit = registry.unit_for(assignment.name)
                if unit:
                    forms[unit.id].add(assignment.name)
    return dict(forms)


# --- sectors -----------------------------------------------------------------------

# strings matched and credited to nobody, so that they hide a false word inside:
# 强化工贸 is 强化 + 工贸 and 强化工作 holds no 化工 (危险化学品)
_SHIELDS = ("强化", "深化", "优化", "化工作")


def _lexicon(entries: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[re.Pattern, dict[str, list[str]]]:
    """One pattern over every word of every entry, longest first, and word -> entry ids.

    Matching all entries at once, leftmost-longest, lets the longer word win across
    entries too: 水上交通安全 is a 水上交通 hit, not also a 交通安全 (道路交通) one.
    """
    owners: dict[str, list[str]] = {word: [] for word in _SHIELDS}
    owners = defaultdict(list, owners)
    for sector_id, words in entries:
        for word in dict.fromkeys(words):
            owners[word].append(sector_id)
    return re.compile(words_pattern(owners)), dict(owners)


class _SectorIndex(NamedTuple):
    """What scoring a task against the sectors needs, made once per sector list."""

    pattern: re.Pattern
    owners: dict[str, list[str]]  # word -> sector ids
    kinds: dict[str, str]  # sector id -> sector / theme
    order: dict[str, int]  # sector id -> its place in the registry

    @classmethod
    def of(cls, sectors: list[Sector]) -> _SectorIndex:
        pattern, owners = _lexicon(tuple((s.id, tuple(s.words)) for s in sectors))
        return cls(pattern, owners, {s.id: s.kind for s in sectors}, {s.id: i for i, s in enumerate(sectors)})

    def hits(self, text: str) -> Counter:
        """sector id -> how many of its words the text holds (ids without a hit are absent)."""
        return Counter(chain.from_iterable(map(self.owners.__getitem__, self.pattern.findall(text))))


def _body(task: Task) -> str:
    """The task text without its responsibility annotations and unit names (市教育局 is not about 校园)."""
    text = task.text_without_annotations("。") if task.text else task.title
    for name in sorted({a.name for a in task.assignments}, key=len, reverse=True):
        text = text.replace(name, "。")
    return text


def _scores(index: _SectorIndex, title: str, body: str) -> tuple[Counter, Counter]:
    """(hits in the title, weighted score of title and body); ids without a hit are absent."""
    in_title = index.hits(title)
    scores = Counter({i: TITLE_WEIGHT * n for i, n in in_title.items()})
    if body:
        scores.update(index.hits(body))
    return in_title, scores


def sectors_for(task: Task, sectors: list[Sector], context: str = "") -> list[str]:
    """Sector and theme ids of a task scoring THRESHOLD or more, best first.

    With none, the best theme of the task's own words, else of `context`
    (its section heading), so that every task appears on some sector or theme page.
    """
    return _sectors_for(task, _SectorIndex.of(sectors), context)


def _sectors_for(task: Task, index: _SectorIndex, context: str) -> list[str]:
    title, scores = _scores(index, task.title, _body(task))
    kinds, order = index.kinds, index.order
    # what the heading names comes before what the body mentions; within each, sectors
    # before themes (加强矿山安全风险防控 is 矿山 first, 风险防控 second); then score
    rank = lambda i: (not title[i], kinds[i] != "sector", -scores[i], order[i])  # noqa: E731
    chosen = sorted((i for i in scores if scores[i] >= THRESHOLD), key=rank)
    if not chosen:
        chosen = sorted((i for i in scores if scores[i] and kinds[i] == "theme"), key=rank)[:1]
    if not chosen and context:
        _, scores = _scores(index, context, "")
        chosen = sorted((i for i in scores if scores[i] and kinds[i] == "theme"), key=rank)[:1]
    return chosen
