"""The render-side view of the corpus: plans, units, sectors and the cross-indexes every page kind reads.

Built once per build from resolved plans, the registry and the similar-task
table, so page modules only look things up; nothing here knows Markdown.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from ..model import ROLES, Jurisdiction, Plan, Section, Task
from ..parse.provenance import UNNAMED
from ..resolve import Sector, Unit
from ..settings import Settings
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
class Sheet:
    """The duties of one unit in one jurisdiction: 市应急管理局 of one city is another unit than that of another.

    Its page is units/<unit id>/<jurisdiction id>.md; the registry's unit (a kind
    of department, all 应急管理局) has the page that compares its sheets.
    """

    id: str  # "<unit id>/<jurisdiction id>"
    unit: Unit
    jurisdiction: Jurisdiction
    place: str  # the jurisdiction as a reader knows it: 陕西省, or 未具名市(<the plan's title>) where the text names none


@dataclass
class Site:
    plans: list[Plan]
    units: list[Unit]
    sectors: list[Sector]
    forms: dict[str, set[str]]  # unit id -> written forms seen in the plans
    # (plan id, task id) -> similar tasks of other plans, best first (generator.analysis.similar.similar_tasks)
    similar: dict[tuple[str, str], list[tuple[tuple[str, str], float]]]
    history: list | None = None  # generator.analysis.history.Change list, newest first; None without git history
    refs: list[TaskRef] = field(default_factory=list)
    plan_refs: dict[str, list[TaskRef]] = field(default_factory=dict)  # plan id -> its tasks
    ref: dict[tuple[str, str], TaskRef] = field(default_factory=dict)
    plan: dict[str, Plan] = field(default_factory=dict)
    unit: dict[str, Unit] = field(default_factory=dict)
    sector: dict[str, Sector] = field(default_factory=dict)
    unit_tasks: dict[str, list[TaskRef]] = field(default_factory=dict)  # unit id -> tasks naming it, in corpus order
    sector_tasks: dict[str, list[TaskRef]] = field(default_factory=dict)
    unresolved: dict[str, list[TaskRef]] = field(default_factory=dict)  # written name -> tasks
    sheets: dict[str, Sheet] = field(default_factory=dict)  # sheet id -> sheet, in order of first mention
    sheet_tasks: dict[str, list[TaskRef]] = field(default_factory=dict)  # sheet id -> tasks naming its unit there
    unit_sheets: dict[str, list[str]] = field(default_factory=dict)  # unit id -> its sheet ids
    memo: dict = field(default_factory=dict)  # derived layouts page modules share (unit_layout)
    settings: Settings = field(default_factory=Settings)  # page sizes

    def __post_init__(self) -> None:
        self.plan = {p.id: p for p in self.plans}
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
        self._sheets()
        self.sector_tasks = {s.id: by_sector.get(s.id, []) for s in self.sectors}
        self.unresolved = dict(unresolved)

    def _sheets(self) -> None:
        places = self._places()
        by_sheet: dict[str, list[TaskRef]] = defaultdict(list)
        for unit in self.units:
            for ref in self.unit_tasks[unit.id]:
                where = ref.plan.jurisdiction
                sheet_id = f"{unit.id}/{where.id}"
                if sheet_id not in self.sheets:
                    self.sheets[sheet_id] = Sheet(sheet_id, unit, where, places[where.id])
                    self.unit_sheets.setdefault(unit.id, []).append(sheet_id)
                by_sheet[sheet_id].append(ref)
        self.sheet_tasks = dict(by_sheet)

    def _places(self) -> dict[str, str]:
        """jurisdiction id -> how a reader knows it: its name, or (named nowhere) 未具名市 and the title of its plan."""
        places: dict[str, str] = {}
        for plan in self.plans:
            where = plan.jurisdiction
            level = where.level.split("/")[0] if where.level not in ("", "国家") else "地方"
            places.setdefault(where.id, where.name if where.name != UNNAMED else f"{UNNAMED}{level}({plan.title})")
        return places

    def place_of(self, plan: Plan) -> str:
        """The plan's jurisdiction as a reader knows it (what the sheets of its units call it)."""
        if "places" not in self.memo:
            self.memo["places"] = self._places()
        return self.memo["places"][plan.jurisdiction.id]

    def sheet_id(self, unit_id: str, plan_id: str) -> str:
        """The sheet holding a unit's duties in a plan: the unit in the plan's jurisdiction."""
        return f"{unit_id}/{self.plan[plan_id].jurisdiction.id}"

    def unit_of(self, key: str) -> Unit:
        """The registry unit of a unit id or a sheet id."""
        return self.sheets[key].unit if key in self.sheets else self.unit[key]

    def tasks_of(self, key: str) -> list[TaskRef]:
        """The tasks naming a unit (every jurisdiction) or a sheet (one)."""
        return self.sheet_tasks.get(key, []) if key in self.sheets else self.unit_tasks.get(key, [])

    def unit_name(self, key: str) -> str:
        """Display name of a unit key (see unit_key)."""
        return key[1:] if key.startswith("?") else self.unit[key].name if key in self.unit else key

    def role_counts(self, unit_id: str) -> dict[str, int]:
        """role -> number of tasks in which the unit (or sheet) has that role (a task can count under two roles)."""
        counts = dict.fromkeys(ROLES, 0)
        unit = self.unit_of(unit_id).id
        for ref in self.tasks_of(unit_id):
            for role in ref.roles.get(unit, []):
                counts[role] += 1
        return counts

    def units_of_kind(self, kind: str) -> list[Unit]:
        return [u for u in self.units if u.kind == kind]
