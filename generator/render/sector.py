"""The sector / theme page (sectors/<sector-id>.md): every task of a sector across all plans, plan beside plan, and who leads it in each.

A sector that many plans address goes on over sectors/<id>-2.md ...; each
page compares the plans it holds.
"""
from __future__ import annotations

from typing import Iterator

from . import charts, links
from .escape import md
from .paging import pager, split_groups
from .parts import leads, role_badge, task_link, title_lines, unit_text_link
from .site import SECTOR_KIND_LABELS, Site, TaskRef

CHART_PLANS = 20  # a bar chart of more plans than this is a wall; the table says the same
LEADS_SHOWN = 5  # lead units named per plan (table) and per task (list); the plan page names them all


def pages(site: Site) -> Iterator[tuple[str, str]]:
    for sector in site.sectors:
        yield from render(site, sector.id)


def plan_groups(site: Site, refs: list[TaskRef]) -> list[tuple[str, list[TaskRef]]]:
    """(plan id, its tasks among `refs`), in corpus order, plans without any left out."""
    grouped: dict[str, list[TaskRef]] = {}
    for ref in refs:
        grouped.setdefault(ref.plan.id, []).append(ref)
    return list(grouped.items())


def render(site: Site, sector_id: str) -> Iterator[tuple[str, str]]:
    sector = site.sector[sector_id]
    first = links.sector_page(sector_id)
    refs = site.sector_tasks[sector_id]
    groups = plan_groups(site, refs)
    parts = split_groups(groups, site.settings.sector_page_tasks) if groups else [[]]
    for n, part in enumerate(parts, start=1):
        page = links.sector_page(sector_id, n)
        facts = [f"类型:{SECTOR_KIND_LABELS.get(sector.kind, sector.kind)}", f"{len(groups)} 个方案的 {len(refs)} 项任务"]
        if refs:
            facts.append(f"[责任分工矩阵]({links.link(page, links.sector_matrix_page(sector_id))})")
        out = title_lines(sector.name + (f"(第 {n} 页)" if n > 1 else "")) + [" · ".join(facts), ""]
        if n == 1:
            out += ["**识别词**:" + "、".join(md(w) for w in sector.words), ""]
        if not refs:
            out.append("已收录的方案中没有这一领域的任务。")
        paged = [pager(first, n, len(parts)), ""] if len(parts) > 1 else []
        out += paged + _compare(site, sector, page, part) + _lists(site, page, part) + paged
        yield page, "\n".join(out).rstrip() + "\n"


def _compare(site: Site, sector, page: str, part) -> list[str]:
    """The plans side by side: one row (and one bar) per plan, with who leads the sector there."""
    if not part:
        return []
    rows, bars = ["| 方案 | 任务 | 牵头(或负责)单位 |", "| --- | ---: | --- |"], []
    for plan_id, mine in part:
        plan = mine[0].plan
        who = list(dict.fromkeys(key for r in mine for key, _, _ in leads(site, r)))
        cell = "、".join(unit_text_link(site, page, k, plan_id) for k in who[:LEADS_SHOWN]) or "未写明"
        if len(who) > LEADS_SHOWN:
            cell += f" 等 {len(who)} 个"
        rows.append(f"| [{md(plan.title)}](#plan-{plan_id}) | {len(mine)} | {cell} |")
        bars.append((plan.title, len(mine), "、".join(site.unit_name(k) for k in who)))
    chart = [charts.sector_plans(bars, f"各方案中的{sector.name}任务"), ""] if len(bars) <= CHART_PLANS else []
    return ["## 各方案对照 {#compare}", ""] + chart + rows + [""]


def _lists(site: Site, page: str, part) -> list[str]:
    out: list[str] = []
    for plan_id, mine in part:
        out += [f"## {md(mine[0].plan.title)} {{#plan-{plan_id}}}", ""]
        for ref in mine:
            who = leads(site, ref)
            badges = " ".join(role_badge(site, page, ref.plan.id, *lead, ref.task.id) for lead in who[:LEADS_SHOWN])
            if len(who) > LEADS_SHOWN:
                badges += f" 等 {len(who)} 个单位"
            out.append(f"- {task_link(page, ref)}" + (f" — {badges}" if badges else ""))
        out.append("")
    return out
