"""Unit pages: a unit's page compares its jurisdictions; a duty sheet lists every task naming it in one jurisdiction.

units/<unit-id>.md is the registry's unit (a kind of department: every
应急管理局): what it is, how plans write it, and one row per jurisdiction
linking to that jurisdiction's duty sheet. units/<unit-id>/<jurisdiction-id>.md
is the sheet: the unit's tasks in that jurisdiction's plans by plan and role.
Plans of two jurisdictions never share a sheet. A sheet named in hundreds of
tasks goes on over several pages (…/<jurisdiction-id>-2.md, …); the first page
keeps the counts, every page links to the others.
"""
from __future__ import annotations

import json
from collections import Counter
from typing import Iterator

from ..model import ROLE_LABELS, ROLES
from . import changes, charts, duties, feed, links, unit_layout
from .escape import html, md, md_block
from .paging import pager
from .parts import sector_link, title_lines
from .site import KIND_LABELS, Site


def pages(site: Site) -> Iterator[tuple[str, str]]:
    for unit in site.units:
        yield links.unit_page(unit.id), render_unit(site, unit.id)
        for sheet_id in site.unit_sheets.get(unit.id, []):
            yield from render(site, sheet_id)


def render_unit(site: Site, unit_id: str) -> str:
    """The unit across jurisdictions: its description, written forms and one row per jurisdiction's sheet."""
    unit = site.unit[unit_id]
    page = links.unit_page(unit_id)
    refs = site.unit_tasks[unit_id]
    sheets = site.unit_sheets.get(unit_id, [])
    lines = title_lines(unit.name)
    # a search for the unit's name lands here first, before the sheets of each place that share the name
    out = lines[:2] + ["search:", "  boost: 4"] + lines[2:]
    out += [f"类型:{KIND_LABELS.get(unit.kind, unit.kind)} · 在 {len(sheets)} 个地方的 "
            f"{len({r.plan.id for r in refs})} 个方案、{len(refs)} 项任务中出现", ""]
    if unit.description:
        out += [md_block(unit.description), ""]
    forms = sorted(site.forms.get(unit_id, set()))
    if forms:
        out += ["**方案中的写法**:" + "、".join(md(f) for f in forms), ""]
    if not refs:
        return "\n".join(out + ["已收录的方案中没有点名本单位的任务。"]) + "\n"
    out += ["## 各地职责清单 {#sheets}", "",
            "同一类部门在不同地方是不同的单位:每个地方一份职责清单,列出该地方案中点名本单位的全部任务。", "",
            "| 地方 | 方案 | 任务 | " + " | ".join(ROLE_LABELS[r] for r in ROLES) + " |",
            "| --- | ---: | ---: |" + " ---: |" * len(ROLES)]
    ranked = sorted(sheets, key=lambda sid: -len(site.sheet_tasks[sid]))
    for sheet_id in ranked:
        mine = site.sheet_tasks[sheet_id]
        counts = site.role_counts(sheet_id)
        place = md(site.sheets[sheet_id].place)
        out.append(f"| [{place}]({links.link(page, links.unit_page(sheet_id))}) | {len({r.plan.id for r in mine})} | "
                   f"{len(mine)} | " + " | ".join(str(counts[r]) for r in ROLES) + " |")
    out.append("")
    out += [_moved_anchors(site, unit_id, page), ""]
    out += changes.unit_section(site, unit_id, page)
    return "\n".join(out).rstrip() + "\n"


def _moved_anchors(site: Site, unit_id: str, page: str) -> str:
    """Where the old anchors of this page went: {plan id: the sheet page holding the plan's rows}.

    Before a unit had one sheet per jurisdiction, its page listed its tasks under #plan-<plan>-<role>;
    links to those anchors (in saved pages, bookmarks, other sites) land here. plansite.js follows the
    hash on to the sheet, which carries the same anchor.
    """
    moved = {plan_id: links.href(page, unit_layout.locate(site, unit_id, plan_id)[0])
             for plan_id in unit_layout.by_plan(site.unit_tasks[unit_id])}
    return f'<div hidden data-moved-anchors="{html(json.dumps(moved, separators=(",", ":")))}"></div>'


def sheet_title(site: Site, sheet_id: str) -> str:
    """The unit as its jurisdiction's plans write it most often, and the place: 市应急局 · 陕西省."""
    sheet = site.sheets[sheet_id]
    written = Counter(a.name for r in site.sheet_tasks[sheet_id] for a in r.task.assignments if a.unit == sheet.unit.id)
    name = written.most_common(1)[0][0] if written else sheet.unit.name
    return f"{name} · {sheet.place}"


def render(site: Site, sheet_id: str) -> Iterator[tuple[str, str]]:
    parts = unit_layout.layout(site, sheet_id)
    first = links.unit_page(sheet_id)
    title = sheet_title(site, sheet_id)
    for n, part in enumerate(parts, start=1):
        page = links.unit_page(sheet_id, n)
        out = title_lines(title + (f"(第 {n} 页)" if n > 1 else ""))
        if n == 1 and changes.has_history(site):  # the sheet's feed, announced in the page head (overrides/main.html)
            out[2:2] = [f"feed: {json.dumps(feed.sheet_feed(sheet_id))}"]
        if n == 1:
            out += _head(site, sheet_id, page)
        paged = [pager(first, n, len(parts)), ""] if len(parts) > 1 else []
        rows = duties.duties(site, sheet_id, [ref for _, refs in part for ref in refs])
        if rows:  # the duties first: what staff come for; the figures after them
            table = duties.table(site, page, rows, lambda ref: unit_layout.anchor(ref.plan.id, ref.task.id))
            out += paged + ["## 职责清单 {#duties}", "", table, ""] + paged
        if n == 1:
            out += _figures(site, sheet_id, page)
        yield page, "\n".join(out).rstrip() + "\n"


BY_PLAN_ROWS = 20


def _head(site: Site, sheet_id: str, page: str) -> list[str]:
    sheet = site.sheets[sheet_id]
    unit, unit_id = sheet.unit, sheet.unit.id
    refs = site.sheet_tasks[sheet_id]
    counts = site.role_counts(sheet_id)
    plans = list(dict.fromkeys(r.plan.id for r in refs))
    summary = " · ".join(f"{ROLE_LABELS[r]} {counts[r]}" for r in ROLES)
    others = len(site.unit_sheets.get(unit_id, [])) - 1
    out = [f"{md(sheet.place)}的职责清单 · 在 {len(plans)} 个方案的 {len(refs)} 项任务中出现({summary})", "",
           f"[{md(unit.name)}:各地对照]({links.link(page, links.unit_page(unit_id))})"
           + (f"(另有 {others} 个地方)" if others > 0 else ""), ""]
    downloads = [f"[{label}]({links.link(page, duties.download_page(sheet_id, kind))})"
                 for kind, label in (("csv", "CSV"), ("xlsx", "Excel"), ("ics", "日历(ICS)"))]
    if changes.has_history(site):
        downloads.append(f"[订阅变更(Atom)]({links.link(page, feed.sheet_feed(sheet_id))})")
    return out + ["**下载本清单**:" + " · ".join(downloads), "{: .duty-downloads }", ""]


def _figures(site: Site, sheet_id: str, page: str) -> list[str]:
    """The sheet's counts: by role (a chart), by plan, by sector."""
    unit_id = site.sheets[sheet_id].unit.id
    refs = site.sheet_tasks[sheet_id]
    counts = site.role_counts(sheet_id)
    out = ["## 统计 {#figures}", "", charts.role_bars(counts, f"{site.unit[unit_id].name}在各角色中的任务数"), ""]
    out += ["### 按方案统计 {#by-plan}", "", "| 方案 | " + " | ".join(ROLE_LABELS[r] for r in ROLES) + " | 任务 |",
            "| --- |" + " ---: |" * (len(ROLES) + 1)]
    # the plans with the most tasks only: a row per plan would make the page grow with the corpus
    ranked = sorted(unit_layout.by_plan(refs).values(), key=lambda mine: -len(mine))
    for mine in ranked[:BY_PLAN_ROWS]:
        plan = mine[0].plan
        have = [r.roles[unit_id] for r in mine]
        row = [sum(1 for h in have if role in h) for role in ROLES]
        target = links.link(page, *unit_layout.locate(site, unit_id, plan.id))  # on this sheet
        out.append(f"| [{md(plan.title)}]({target}) | " + " | ".join(map(str, row)) + f" | {len(mine)} |")
    out.append("")
    if len(ranked) > BY_PLAN_ROWS:
        out += [f"表中为任务最多的 {BY_PLAN_ROWS} 个方案;另有 {len(ranked) - BY_PLAN_ROWS} 个方案,见上方职责清单。", ""]
    sectors = Counter(s for r in refs for s in dict.fromkeys(r.task.sectors) if s in site.sector)
    if sectors:
        ranked = sorted(sectors.items(), key=lambda p: -p[1])
        out += ["**涉及领域**:" + " ".join(f"{sector_link(site, page, s)} {n}" for s, n in ranked), ""]
    return out
