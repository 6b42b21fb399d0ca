"""How a duty sheet's tasks are laid out over its pages: one row per task, by plan, packed into pages of
Settings.unit_page_tasks.

The duty sheets (unit.py) are written from this layout, and every role badge
links into it: a badge opens the sheet of the unit in the plan's jurisdiction
at the task's row (units/yingji/<jurisdiction>.md#duty-<plan-id>-<task-id>,
or units/yingji/<jurisdiction>-3.md#… on a long sheet).
"""
from __future__ import annotations

from . import links
from .paging import split_groups
from .site import Site, TaskRef


Group = tuple[str, list[TaskRef]]  # (plan id, tasks)


def by_plan(refs: list[TaskRef]) -> dict[str, list[TaskRef]]:
    """plan id -> its tasks among `refs`, in corpus order (one pass: units are named in thousands of tasks)."""
    grouped: dict[str, list[TaskRef]] = {}
    for ref in refs:
        grouped.setdefault(ref.plan.id, []).append(ref)
    return grouped


def layout(site: Site, sheet_id: str) -> list[list[Group]]:
    """The sheet's pages, each a list of (plan id, its tasks), one entry per task; at least one (empty) page."""
    memo = site.memo.setdefault("unit_layout", {})
    if sheet_id not in memo:
        groups: list[Group] = list(by_plan(site.tasks_of(sheet_id)).items())
        memo[sheet_id] = split_groups(groups, site.settings.unit_page_tasks) if groups else [[]]
    return memo[sheet_id]


def anchor(plan_id: str, task_id: str = "") -> str:
    """The id of a task's row on a sheet (duty-<plan>-<task>), or of the first row of a plan (plan-<plan>)."""
    return f"duty-{plan_id}-{task_id}" if task_id else f"plan-{plan_id}"


def locate(site: Site, unit_id: str, plan_id: str, task_id: str = "") -> tuple[str, str]:
    """(page, anchor) of a task's row (or a plan's first row) on the unit's sheet for the plan's
    jurisdiction; indexed, as every badge asks."""
    sheet_id = site.sheet_id(unit_id, plan_id)
    index = site.memo.setdefault("unit_locate", {})
    if sheet_id not in index:
        found: dict[tuple[str, str], tuple[str, str]] = {}
        for n, part in enumerate(layout(site, sheet_id), start=1):
            page = links.unit_page(sheet_id, n)
            for p, refs in part:
                found.setdefault((p, ""), (page, anchor(p)))
                for ref in refs:
                    found.setdefault((p, ref.task.id), (page, anchor(p, ref.task.id)))
        index[sheet_id] = found
    return index[sheet_id].get((plan_id, task_id), (links.unit_page(sheet_id), ""))
