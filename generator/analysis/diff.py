"""Compare two versions of a plan: tasks added, removed, reworded and moved, and each unit's duties gained, lost or changed.

Tasks are matched by text before number, so a renumbered task is "moved",
not removed and added; what is left is matched by number when the wording is
close enough to be the same task reworded.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from ..model import Plan, Task, strongest_role

_SIMILAR = 0.6
_WHITESPACE = re.compile(r"\s+")


@dataclass
class DutyChange:
    unit: str  # unit id when resolved, else the name as written
    name: str  # how the unit is written in the newer version (or the older, when lost)
    task: Task  # the task in the version where the duty exists (new for gained/role, old for lost)
    change: str  # gained | lost | role
    old_role: str | None = None
    new_role: str | None = None


@dataclass
class PlanDiff:
    added: list[Task] = field(default_factory=list)
    removed: list[Task] = field(default_factory=list)
    reworded: list[tuple[Task, Task]] = field(default_factory=list)
    moved: list[tuple[Task, Task]] = field(default_factory=list)  # same text, other number
    duties: list[DutyChange] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.reworded or self.moved or self.duties)


def wording(task: Task) -> str:
    """The wording of a task without its annotations and spaces, so a changed annotation is not a rewording."""
    return _WHITESPACE.sub("", task.text_without_annotations())


def heading(task: Task) -> str:
    """The heading sentence without spaces: a task reworded under the same heading is still the same task."""
    return _WHITESPACE.sub("", task.title)


def _ratio(a: Task, b: Task) -> float:
    return difflib.SequenceMatcher(None, wording(a), wording(b), autojunk=False).ratio()


def match_tasks(old: Plan, new: Plan) -> tuple[list[tuple[Task, Task]], list[Task], list[Task]]:
    """(matched pairs, removed, added)."""
    old_left, new_left = list(old.tasks()), list(new.tasks())
    pairs: list[tuple[Task, Task]] = []
    for key in (wording, heading):  # the same wording first, then the same heading sentence
        by_key: dict[str, list[Task]] = {}
        for t in old_left:
            by_key.setdefault(key(t), []).append(t)
        for t in list(new_left):
            same = by_key.get(key(t))
            if same:
                o = same.pop(0)
                pairs.append((o, t))
                old_left.remove(o)
                new_left.remove(t)
    for t in list(new_left):
        candidates = [(o.number == t.number, _ratio(o, t), o) for o in old_left]
        candidates = [c for c in candidates if c[1] >= _SIMILAR]
        if candidates:
            _, _, o = max(candidates, key=lambda c: (c[0], c[1]))
            pairs.append((o, t))
            old_left.remove(o)
            new_left.remove(t)
    return pairs, old_left, new_left


def _duties(task: Task) -> dict[str, tuple[str, str]]:
    """unit key -> (name as written, strongest role) for one task."""
    out: dict[str, tuple[str, str]] = {}
    for a in task.assignments:
        key = a.unit or a.name
        if key not in out or strongest_role((a.role, out[key][1])) != out[key][1]:
            out[key] = (a.name, a.role)
    return out


def diff_plans(old: Plan, new: Plan) -> PlanDiff:
    result = PlanDiff()
    pairs, result.removed, result.added = match_tasks(old, new)
    for o, n in pairs:
        if wording(o) != wording(n):
            result.reworded.append((o, n))
        elif o.number != n.number:
            result.moved.append((o, n))
        _compare_duties(o, n, result)
    for t in result.added:
        result.duties += [DutyChange(k, name, t, "gained", None, role) for k, (name, role) in _duties(t).items()]
    for t in result.removed:
        result.duties += [DutyChange(k, name, t, "lost", role, None) for k, (name, role) in _duties(t).items()]
    return result


def _compare_duties(o: Task, n: Task, result: PlanDiff) -> None:
    before, after = _duties(o), _duties(n)
    for key, (name, role) in after.items():
        if key not in before:
            result.duties.append(DutyChange(key, name, n, "gained", None, role))
        elif before[key][1] != role:
            result.duties.append(DutyChange(key, name, n, "role", before[key][1], role))
    for key, (name, role) in before.items():
        if key not in after:
            result.duties.append(DutyChange(key, name, o, "lost", role, None))
