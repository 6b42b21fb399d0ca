"""How a unit's tasks are laid out over its pages: one list per (plan, role), packed into pages of Settings.unit_page_tasks.

The unit pages (unit.py) are written from this layout, and every role badge
links into it: a badge opens the unit page at the list holding its task
(units/yingji.md#plan-<plan-id>-lead, or units/yingji-3.md#… on a long page).
"""
from __future__ import annotations

from ..model import ROLES
from . import links
from .paging import split_groups
from .site import Site, TaskRef


Group = tuple[tuple[str, str], list[TaskRef]]  # ((plan id, role), tasks)


def by_plan(refs: list[TaskRef]) -> dict[str, list[TaskRef]]:
    """plan id -> its tasks among `refs`, in corpus order (one pass: units are named in thousands of tasks)."""
    grouped: dict[str, list[TaskRef]] = {}
    for ref in refs:
        grouped.setdefault(ref.plan.id, []).append(ref)
    return grouped


def layout(site: Site, unit_id: str) -> list[list[Group]]:
    """The unit's pages, each a list of ((plan id, role), tasks); at least one (empty) page."""
    memo = site.memo.setdefault("unit_layout", {})
    if unit_id not in memo:
        groups: list[Group] = []
        for plan_id, refs in by_plan(site.unit_tasks.get(unit_id, [])).items():
            have = [(r, r.roles[unit_id]) for r in refs]
            for role in ROLES:
                mine = [r for r, roles in have if role in roles]
                if mine:
                    groups.append(((plan_id, role), mine))
        memo[unit_id] = split_groups(groups, site.settings.unit_page_tasks) if groups else [[]]
    return memo[unit_id]


def anchor(plan_id: str, role: str = "") -> str:
    return f"plan-{plan_id}-{role}" if role else f"plan-{plan_id}"


def locate(site: Site, unit_id: str, plan_id: str, role: str = "") -> tuple[str, str]:
    """(page, anchor) where the unit's list for a plan (and role) starts; indexed, as every badge asks."""
    index = site.memo.setdefault("unit_locate", {})
    if unit_id not in index:
        found: dict[tuple[str, str], tuple[str, str]] = {}
        for n, part in enumerate(layout(site, unit_id), start=1):
            for (p, r), _ in part:
                found.setdefault((p, r), (links.unit_page(unit_id, n), anchor(p, r)))
                found.setdefault((p, ""), (links.unit_page(unit_id, n), anchor(p)))
        index[unit_id] = found
    return index[unit_id].get((plan_id, role), (links.unit_page(unit_id), ""))
