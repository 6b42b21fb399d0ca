"""The render-side view of the corpus: plans, units, sectors and the cross-indexes every page kind reads.

Built once per build from resolved plans, the registry and the similar-task
table, so page modules only look things up; nothing here knows Markdown.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from ..model import ROLES, Plan, Section, Task
from ..resolve import Sector, Unit
from . import links

KIND_LABELS = {"department": "部门", "collective": "统称", "locality": "属地"}
KIND_TITLES = {"department": "部门", "collective": "统称单位(泛指多个部门)", "locality": "属地(县区、乡镇、街道)"}
SECTOR_KIND_LABELS = {"sector": "行业领域", "theme": "专题"}
ROLE_CLASSES = {r: f"role-{r}" for r in ROLES}
CELL_CLASSES = {r: f"cell-{r}" for r in ROLES}


@dataclass
class TaskRef:
    """A task with the plan and section it sits in (pages list tasks of many plans)."""

    plan: Plan
    section: Section
    task: Task

    @property
    def key(self) -> tuple[str, str]:
        return (self.plan.id, self.task.id)

    @property
    def page(self) -> str:
        return links.plan_page(self.plan.id)

    @cached_property
    def roles(self) -> dict[str, list[str]]:
        """roles_by_unit of the task, worked out once: every page kind asks, hundreds of thousands of times."""
        return roles_by_unit(self.task)


def unit_key(assignment) -> str:
    """The unit an assignment names: its unit id, or '?' + the name as written when unresolved."""
    return assignment.unit or f"?{assignment.name}"


def roles_by_unit(task: Task) -> dict[str, list[str]]:
    """unit key -> the task's distinct roles for it (ROLES order), units in order of first mention."""
    found: dict[str, set[str]] = {}
    for a in task.assignments:
        found.setdefault(unit_key(a), set()).add(a.role)
    return {k: [r for r in ROLES if r in v] for k, v in found.items()}


@dataclass
class Site:
    plans: list[Plan]
    units: list[Unit]
    sectors: list[Sector]
    forms: dict[str, set[str]]  # unit id -> written forms seen in the plans
    # (plan id, task id) -> similar tasks of other plans; a Mapping read only by plan pages (generator/similar_job.py)
    similar: Mapping[tuple[str, str], list[tuple[tuple[str, str], float]]]
    history: list | None = None  # generator.history.Change list, newest first; None without git history
    refs: list[TaskRef] = field(default_factory=list)
    plan_refs: dict[str, list[TaskRef]] = field(default_factory=dict)  # plan id -> its tasks
    ref: dict[tuple[str, str], TaskRef] = field(default_factory=dict)
    unit: dict[str, Unit] = field(default_factory=dict)
    sector: dict[str, Sector] = field(default_factory=dict)
    unit_tasks: dict[str, list[TaskRef]] = field(default_factory=dict)  # unit id -> tasks naming it, in corpus order
    sector_tasks: dict[str, list[TaskRef]] = field(default_factory=dict)
    unresolved: dict[str, list[TaskRef]] = field(default_factory=dict)  # written name -> tasks
    memo: dict = field(default_factory=dict)  # derived layouts page modules share (unit_layout)

    def __post_init__(self) -> None:
        self.unit = {u.id: u for u in self.units}
        self.sector = {s.id: s for s in self.sectors}
        by_unit: dict[str, list[TaskRef]] = defaultdict(list)
        by_sector: dict[str, list[TaskRef]] = defaultdict(list)
        unresolved: dict[str, list[TaskRef]] = defaultdict(list)
        for plan in self.plans:
            self.plan_refs[plan.id] = []  # a plan without tasks still has its page and matrix
            for section in plan.sections:
                for task in section.tasks:
                    ref = TaskRef(plan, section, task)
                    self.refs.append(ref)
                    self.plan_refs[plan.id].append(ref)
                    self.ref[ref.key] = ref
                    for key in ref.roles:
                        if key.startswith("?"):
                            unresolved[key[1:]].append(ref)
                        elif key in self.unit:
                            by_unit[key].append(ref)
                    for sector_id in dict.fromkeys(task.sectors):
                        if sector_id in self.sector:
                            by_sector[sector_id].append(ref)
        self.unit_tasks = {u.id: by_unit.get(u.id, []) for u in self.units}
        self.sector_tasks = {s.id: by_sector.get(s.id, []) for s in self.sectors}
        self.unresolved = dict(unresolved)

    def unit_name(self, key: str) -> str:
        """Display name of a unit key (see unit_key)."""
        return key[1:] if key.startswith("?") else self.unit[key].name if key in self.unit else key

    def role_counts(self, unit_id: str) -> dict[str, int]:
        """role -> number of tasks in which the unit has that role (a task can count under two roles)."""
        counts = dict.fromkeys(ROLES, 0)
        for ref in self.unit_tasks.get(unit_id, []):
            for role in ref.roles.get(unit_id, []):
                counts[role] += 1
        return counts

    def units_of_kind(self, kind: str) -> list[Unit]:
        return [u for u in self.units if u.kind == kind]
