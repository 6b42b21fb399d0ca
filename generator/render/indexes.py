"""The three indexes the navigation holds: all plans (plans/index.md), all units (units/index.md), all sectors (sectors/index.md).

The unit tables are raw HTML `<table class="sortable">` so the site's JS can
sort them by load; their links are built with `links.href` (MkDocs does not
rewrite links inside raw HTML).
"""
from __future__ import annotations

from typing import Iterator

from ..model import ROLE_LABELS, ROLES
from . import links
from .escape import html, md
from .paging import page_name, pager
from .site import KIND_TITLES, SECTOR_KIND_LABELS, Site


# Rows per index page (Settings.plans_per_index_page, units_per_index_page): an index with a row per
# plan or unit would grow with the corpus.


def pages(site: Site) -> Iterator[tuple[str, str]]:
    yield from plans_index(site)
    yield from units_index(site)
    yield links.SECTORS, sectors_index(site)


def _chunks(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)] or [[]]


def plans_index(site: Site) -> Iterator[tuple[str, str]]:
    parts = _chunks(site.plans, site.settings.plans_per_index_page)
    for n, plans in enumerate(parts, start=1):
        page = page_name(links.PLANS, n)
        out = ["# 全部方案" + (f"(第 {n} 页)" if n > 1 else ""), "",
               f"共 {len(site.plans)} 个方案、{len(site.refs)} 项任务。", ""]
        if len(parts) > 1:
            out += [pager(links.PLANS, n, len(parts)), ""]
        yield page, "\n".join(out + _plan_rows(page, plans)) + "\n"


def _plan_rows(page: str, plans) -> list[str]:
    out = ["| 方案 | 发文单位 | 行政区域 | 年份 | 任务 | 涉及单位 | 矩阵 |", "| --- | --- | --- | ---: | ---: | ---: | --- |"]
    for plan in plans:
        tasks = plan.tasks()
        units = {a.unit or a.name for t in tasks for a in t.assignments}
        out.append(f"| [{md(plan.title)}]({links.link(page, links.plan_page(plan.id))}) | {md(plan.issuer)} | "
                   f"{md(plan.jurisdiction.name)} | "
                   f"{plan.year or ''} | {len(tasks)} | {len(units) if units else '未写明'} | "
                   + (f"[矩阵]({links.link(page, links.plan_matrix_page(plan.id))}) |" if units else "— |"))
    return out


def units_index(site: Site) -> Iterator[tuple[str, str]]:
    """Departments by load, the busiest on the first page; collectives and localities (few) on the first page too."""
    departments = sorted(site.units_of_kind("department"), key=lambda u: -len(site.unit_tasks.get(u.id, [])))
    parts = _chunks(departments, site.settings.units_per_index_page)
    for n, chunk in enumerate(parts, start=1):
        page = page_name(links.UNITS, n)
        out = ["# 全部单位" + (f"(第 {n} 页)" if n > 1 else ""), "",
               "每个单位在全部方案中被点名的任务数,按角色分列;一项任务中同一单位可有多个角色。点击表头可排序。", ""]
        if len(parts) > 1:
            out += [pager(links.UNITS, n, len(parts)) + "(部门按任务数排列)", ""]
        groups = [("department", chunk)] + ([(k, site.units_of_kind(k)) for k in ("collective", "locality")] if n == 1 else [])
        for kind, units in groups:
            if units:
                out += [f"## {KIND_TITLES[kind]} {{#{kind}}}", "", _unit_table(site, page, units), ""]
        if n == 1:
            out += _unresolved(site)
        yield page, "\n".join(out).rstrip() + "\n"


def _unresolved(site: Site) -> list[str]:
    out: list[str] = []
    if site.unresolved:
        out += ["## 未识别的单位 {#unresolved}", "",
                "这些写法在单位名录(content/departments.yml)中找不到对应单位:", ""]
        out += [f"- {md(name)}({len(refs)} 项任务)" for name, refs in sorted(site.unresolved.items())]
    return out


def _unit_table(site: Site, page: str, units) -> str:
    head = "".join(f'<th scope="col">{html(ROLE_LABELS[r])}</th>' for r in ROLES)
    rows = ['<table class="sortable">',
            f'<thead><tr><th scope="col">单位</th>{head}<th scope="col">任务</th><th scope="col">方案</th></tr></thead>',
            "<tbody>"]
    # busiest first; the registry's order breaks ties, so the table is stable
    ranked = sorted(units, key=lambda u: -len(site.unit_tasks[u.id]))
    for unit in ranked:
        refs = site.unit_tasks[unit.id]
        counts = site.role_counts(unit.id)
        plans = len({r.plan.id for r in refs})
        cells = "".join(f"<td>{counts[r]}</td>" for r in ROLES)
        rows.append(f'<tr><th scope="row"><a href="{links.href(page, links.unit_page(unit.id))}">{html(unit.name)}</a></th>'
                    f"{cells}<td>{len(refs)}</td><td>{plans}</td></tr>")
    rows += ["</tbody>", "</table>"]
    return "\n".join(rows)


def sectors_index(site: Site) -> str:
    page = links.SECTORS
    out = ["# 全部领域", "", "行业领域和专题:每项任务按其文字归入一个或几个领域。", ""]
    for kind in ("sector", "theme"):
        sectors = [s for s in site.sectors if s.kind == kind]
        if not sectors:
            continue
        out += [f"## {SECTOR_KIND_LABELS[kind]} {{#{kind}}}", "", "| 名称 | 任务 | 方案 | 矩阵 |", "| --- | ---: | ---: | --- |"]
        for s in sectors:
            refs = site.sector_tasks[s.id]
            matrix = f"[矩阵]({links.link(page, links.sector_matrix_page(s.id))})" if refs else ""
            out.append(f"| [{md(s.name)}]({links.link(page, links.sector_page(s.id))}) | {len(refs)} | "
                       f"{len({r.plan.id for r in refs})} | {matrix} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
