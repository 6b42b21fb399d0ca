"""How a duty sheet's tasks are laid out over its pages: one list per (plan, role), packed into pages of PAGE_TASKS.

The duty sheets (unit.py) are written from this layout, and every role badge
links into it: a badge opens the sheet of the unit in the plan's jurisdiction
at the list holding its task (units/yingji/<jurisdiction>.md#plan-<plan-id>-lead,
or units/yingji/<jurisdiction>-3.md#… on a long sheet).
"""
from __future__ import annotations

from ..model import ROLES
from . import links
from .paging import split_groups
from .site import Site, TaskRef

PAGE_TASKS = 200  # task entries per page; past this a unit page is split (the seed's busiest unit, 108 entries, stays on one page)

Group = tuple[tuple[str, str], list[TaskRef]]  # ((plan id, role), tasks)


def by_plan(refs: list[TaskRef]) -> dict[str, list[TaskRef]]:
    """plan id -> its tasks among `refs`, in corpus order (one pass: units are named in thousands of tasks)."""
    grouped: dict[str, list[TaskRef]] = {}
    for ref in refs:
        grouped.setdefault(ref.plan.id, []).append(ref)
    return grouped


def layout(site: Site, sheet_id: str) -> list[list[Group]]:
    """The sheet's pages, each a list of ((plan id, role), tasks); at least one (empty) page."""
    memo = site.memo.setdefault("unit_layout", {})
    if sheet_id not in memo:
        unit_id = site.unit_of(sheet_id).id
        groups: list[Group] = []
        for plan_id, refs in by_plan(site.tasks_of(sheet_id)).items():
            have = [(r, r.roles[unit_id]) for r in refs]
            for role in ROLES:
                mine = [r for r, roles in have if role in roles]
                if mine:
                    groups.append(((plan_id, role), mine))
        memo[sheet_id] = split_groups(groups, PAGE_TASKS) if groups else [[]]
    return memo[sheet_id]


def anchor(plan_id: str, role: str = "") -> str:
    return f"plan-{plan_id}-{role}" if role else f"plan-{plan_id}"


def locate(site: Site, unit_id: str, plan_id: str, role: str = "") -> tuple[str, str]:
    """(page, anchor) where the unit's list for a plan (and role) starts on its sheet for the plan's
    jurisdiction; indexed, as every badge asks."""
    sheet_id = site.sheet_id(unit_id, plan_id)
    index = site.memo.setdefault("unit_locate", {})
    if sheet_id not in index:
        found: dict[tuple[str, str], tuple[str, str]] = {}
        for n, part in enumerate(layout(site, sheet_id), start=1):
            for (p, r), _ in part:
                found.setdefault((p, r), (links.unit_page(sheet_id, n), anchor(p, r)))
                found.setdefault((p, ""), (links.unit_page(sheet_id, n), anchor(p)))
        index[sheet_id] = found
    return index[sheet_id].get((plan_id, role), (links.unit_page(sheet_id), ""))
