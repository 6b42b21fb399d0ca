"""Markdown fragments several page kinds share: role badges, sector links, task links, the matrix legend.

The badge markup is a contract with the site's CSS (overrides/): a unit link
carries classes `role` and `role-<role>`, a sector link `sector`, and the role
is also written out in words so it reads without colour and in print.
"""
from __future__ import annotations

import json

from ..model import ROLE_CELLS, ROLE_LABELS, ROLES, Task
from . import links, unit_layout
from .escape import attr, html, md
from .site import CELL_CLASSES, ROLE_CLASSES, Site, TaskRef, unit_key


def title_lines(title: str) -> list[str]:
    """Front matter and H1 of a page whose title holds outside text (a plan title, a unit name).

    Material puts the page title into <title> through Jinja's `striptags`,
    which turns the H1's &lt; back into <, so a title holding </title><script>
    would run. A front-matter title is used as it stands, so it is given
    HTML-escaped (and JSON-quoted, which YAML reads as a double-quoted string).
    """
    return ["---", f"title: {json.dumps(html(title), ensure_ascii=False)}", "---", "", f"# {md(title)}", ""]


def role_badge(site: Site, page: str, plan_id: str, key: str, written: str, role: str, task_id: str = "") -> str:
    """One unit of a task with its role: a link to the task's row on the unit's duty sheet in the plan's
    jurisdiction (or to the plan's first row there), or plain text for an unresolved name."""
    text = f"{md(written)} · {ROLE_LABELS[role]}"
    if key in site.unit:
        target = links.link(page, *unit_layout.locate(site, key, plan_id, task_id))
        return f'[{text}]({target}){{ .role .{ROLE_CLASSES[role]} title="{attr(site.unit[key].name)}" }}'
    return f'<span class="role {ROLE_CLASSES[role]} role-unresolved" title="未识别的单位">{text}</span>'


def task_badges(site: Site, page: str, plan_id: str, task: Task) -> str:
    """All units of a task, leads first, each (unit, role) once, in the order the text names them."""
    seen: dict[tuple[str, str], str] = {}
    for a in task.assignments:
        seen.setdefault((unit_key(a), a.role), a.name)
    badges = [role_badge(site, page, plan_id, key, written, role, task.id)
              for r in ROLES for (key, role), written in seen.items() if role == r]
    return " ".join(badges)


def sector_link(site: Site, page: str, sector_id: str) -> str:
    sector = site.sector[sector_id]
    return f"[{md(sector.name)}]({links.link(page, links.sector_page(sector_id))}){{ .sector }}"


def task_sectors(site: Site, page: str, task: Task) -> str:
    return " ".join(sector_link(site, page, s) for s in dict.fromkeys(task.sectors) if s in site.sector)


def task_name(task: Task) -> str:
    """'1. 标题' as Markdown text."""
    return f"{md(task.label)} {md(task.title)}".strip()


def task_link(page: str, ref: TaskRef) -> str:
    return f"[{task_name(ref.task)}]({links.link(page, ref.page, ref.task.id)})"


def plan_link(page: str, plan) -> str:
    return f"[{md(plan.title)}]({links.link(page, links.plan_page(plan.id))})"


def leads(site: Site, ref: TaskRef) -> list[tuple[str, str, str]]:
    """Who leads a task: its lead units, else its responsible units, else all its units; (key, written, role)."""
    for wanted in (("lead",), ("responsible",), ROLES):
        found: dict[str, tuple[str, str, str]] = {}
        for a in ref.task.assignments:
            if a.role in wanted:
                found.setdefault(unit_key(a), (unit_key(a), a.name, a.role))
        if found:
            return list(found.values())
    return []


def unit_text_link(site: Site, page: str, key: str, plan_id: str = "") -> str:
    """A unit by its registry name, linked when it has a page: its duty sheet in a plan's jurisdiction
    when the link speaks of one plan, else the page comparing its jurisdictions."""
    if key in site.unit:
        # a plan of the history that is not on the site (its file left out with an error) has no sheet
        sheet_id = site.sheet_id(key, plan_id) if plan_id in site.plan else ""
        target = links.unit_page(sheet_id if sheet_id in site.sheets else key)  # a unit that lost its last duty there has no sheet
        return f"[{md(site.unit[key].name)}]({links.link(page, target)})"
    return md(site.unit_name(key))


def matrix_legend() -> str:
    """The legend above every matrix: the four cell marks and what they mean."""
    items = " ".join(f'<span class="matrix-key {CELL_CLASSES[r]}">{ROLE_CELLS[r]}</span> {html(ROLE_LABELS[r])}'
                     for r in ROLES)
    return f'<p class="matrix-legend">{items}</p>'
