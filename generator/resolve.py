"""The resolve stage: unit names -> units (departments, collectives, localities), tasks -> sectors and themes.

Input is parsed plans and the registry (generator/registry.py); output is the
same plans with every Assignment.unit / .kind and every Task.sectors filled,
plus one message per written form the registry does not know.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from generator.model import Plan, Task
from generator.registry import Registry, Sector, Unit, load_registry, normalize

__all__ = ["Unit", "Sector", "Registry", "load_registry", "normalize", "resolve", "written_forms",
           "sectors_for", "TITLE_WEIGHT", "THRESHOLD"]

TITLE_WEIGHT = 3  # the heading sentence says what the task is about; the body lists everything it touches
THRESHOLD = 3  # one hit in the title, or three in the body


def resolve(plans: list[Plan], registry: Registry) -> list[str]:
    """Fill units and sectors in place; return one message per unresolved written form."""
    messages: dict[str, str] = {}
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
                task.sectors = sectors_for(task, registry.sectors, context=section.title)
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


@lru_cache(maxsize=None)
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
    pattern = re.compile("|".join(map(re.escape, sorted(owners, key=len, reverse=True))))
    return pattern, dict(owners)


def _hits(sectors: list[Sector], text: str) -> dict[str, int]:
    pattern, owners = _lexicon(tuple((s.id, tuple(s.words)) for s in sectors))
    hits = dict.fromkeys((s.id for s in sectors), 0)
    for word in pattern.findall(text):
        for sector_id in owners[word]:
            hits[sector_id] += 1
    return hits


def _body(task: Task) -> str:
    """The task text without its responsibility annotations and unit names (市教育局 is not about 校园)."""
    text = task.text or task.title
    for note in sorted(task.annotations, key=lambda a: a.start, reverse=True):
        if 0 <= note.start < note.end <= len(text):
            text = text[:note.start] + "。" + text[note.end:]
    for name in sorted({a.name for a in task.assignments}, key=len, reverse=True):
        text = text.replace(name, "。")
    return text


def _scores(sectors: list[Sector], title: str, body: str) -> dict[str, int]:
    in_title, in_body = _hits(sectors, title), _hits(sectors, body)
    return {i: TITLE_WEIGHT * in_title[i] + in_body[i] for i in in_title}


def sectors_for(task: Task, sectors: list[Sector], context: str = "") -> list[str]:
    """Sector and theme ids of a task scoring THRESHOLD or more, best first.

    With none, the best theme of the task's own words, else of `context`
    (its section heading), so that every task appears on some sector or theme page.
    """
    title = _scores(sectors, task.title, "")
    scores = _scores(sectors, task.title, _body(task))
    kinds = {s.id: s.kind for s in sectors}
    order = {s.id: i for i, s in enumerate(sectors)}
    # what the heading names comes before what the body mentions; within each, sectors
    # before themes (加强矿山安全风险防控 is 矿山 first, 风险防控 second); then score
    rank = lambda i: (not title[i], kinds[i] != "sector", -scores[i], order[i])  # noqa: E731
    chosen = sorted((i for i in scores if scores[i] >= THRESHOLD), key=rank)
    if not chosen:
        chosen = sorted((i for i in scores if scores[i] and kinds[i] == "theme"), key=rank)[:1]
    if not chosen and context:
        scores = _scores(sectors, context, "")
        chosen = sorted((i for i in scores if scores[i] and kinds[i] == "theme"), key=rank)[:1]
    return chosen
