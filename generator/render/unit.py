"""The unit page (units/<unit-id>.md): every task naming a department, collective or locality, by plan and role, with counts.

A unit named in hundreds of tasks gets several pages (units/<id>.md,
units/<id>-2.md, ...) so that no page grows without bound; the first page
keeps the counts, every page links to the others.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterator

from ..model import ROLE_LABELS, ROLES
from . import changes, charts, links, unit_layout
from .escape import md, md_block
from .paging import pager
from .parts import sector_link, task_link, title_lines
from .site import KIND_LABELS, Site


def pages(site: Site) -> Iterator[tuple[str, str]]:
    for unit in site.units:
        yield from render(site, unit.id)


def render(site: Site, unit_id: str) -> Iterator[tuple[str, str]]:
    unit = site.unit[unit_id]
    parts = unit_layout.layout(site, unit_id)
    totals = {(plan_id, role): len(refs) for (plan_id, role), refs in by_plan_role(site, unit_id)}
    first = links.unit_page(unit_id)
    for n, part in enumerate(parts, start=1):
        page = links.unit_page(unit_id, n)
        out = title_lines(unit.name + (f"(第 {n} 页)" if n > 1 else ""))
        if n == 1:
            out += _head(site, unit_id, page) + changes.unit_section(site, unit_id, page)
        paged = [pager(first, n, len(parts)), ""] if len(parts) > 1 else []
        out += paged + _tasks(page, part, totals, continued=n > 1) + paged
        yield page, "\n".join(out).rstrip() + "\n"


def by_plan_role(site: Site, unit_id: str):
    """Every ((plan id, role), tasks) of the unit, whichever page it starts on (a list cut over two pages counts once)."""
    merged: dict[tuple[str, str], list] = {}
    for part in unit_layout.layout(site, unit_id):
        for key, refs in part:
            merged.setdefault(key, []).extend(refs)
    return merged.items()


BY_PLAN_ROWS = 20


def _head(site: Site, unit_id: str, page: str) -> list[str]:
    unit = site.unit[unit_id]
    refs = site.unit_tasks[unit_id]
    counts = site.role_counts(unit_id)
    plans = list(dict.fromkeys(r.plan.id for r in refs))
    summary = " · ".join(f"{ROLE_LABELS[r]} {counts[r]}" for r in ROLES)
    out = [f"类型:{KIND_LABELS.get(unit.kind, unit.kind)} · 在 {len(plans)} 个方案的 {len(refs)} 项任务中出现({summary})", ""]
    if unit.description:
        out += [md_block(unit.description), ""]
    forms = sorted(site.forms.get(unit_id, set()))
    if forms:
        out += ["**方案中的写法**:" + "、".join(md(f) for f in forms), ""]
    if not refs:
        return out + ["已收录的方案中没有点名本单位的任务。", ""]
    out += [charts.role_bars(counts, f"{unit.name}在各角色中的任务数"), ""]
    out += ["## 按方案统计 {#by-plan}", "", "| 方案 | " + " | ".join(ROLE_LABELS[r] for r in ROLES) + " | 任务 |",
            "| --- |" + " ---: |" * (len(ROLES) + 1)]
    # the plans with the most tasks only: a row per plan would make the page grow with the corpus
    ranked = sorted(unit_layout.by_plan(refs).values(), key=lambda mine: -len(mine))
    for mine in ranked[:BY_PLAN_ROWS]:
        plan = mine[0].plan
        have = [r.roles[unit_id] for r in mine]
        row = [sum(1 for h in have if role in h) for role in ROLES]
        target = links.link(page, *unit_layout.locate(site, unit_id, plan.id))
        out.append(f"| [{md(plan.title)}]({target}) | " + " | ".join(map(str, row)) + f" | {len(mine)} |")
    out.append("")
    if len(ranked) > BY_PLAN_ROWS:
        out += [f"表中为任务最多的 {BY_PLAN_ROWS} 个方案;另有 {len(ranked) - BY_PLAN_ROWS} 个方案,见下文各方案的任务列表。", ""]
    sectors = Counter(s for r in refs for s in dict.fromkeys(r.task.sectors) if s in site.sector)
    if sectors:
        ranked = sorted(sectors.items(), key=lambda p: -p[1])
        out += ["**涉及领域**:" + " ".join(f"{sector_link(site, page, s)} {n}" for s, n in ranked), ""]
    return out


def _tasks(page: str, part, totals: dict, continued: bool) -> list[str]:
    out: list[str] = []
    plan_seen = None
    for (plan_id, role), refs in part:
        if plan_id != plan_seen:
            plan_seen = plan_id
            more = "(续)" if continued and not out else ""
            out += [f"## {md(refs[0].plan.title)}{more} {{#{unit_layout.anchor(plan_id)}}}", "",
                    f"[阅读方案全文]({links.link(page, links.plan_page(plan_id))})", ""]
        out += [f"### {ROLE_LABELS[role]}({totals[plan_id, role]}) {{#{unit_layout.anchor(plan_id, role)}}}", ""]
        out += [f"- {task_link(page, ref)}" for ref in refs] + [""]
    return out
