"""The home page (index.md): what the site holds, where to start, the indexes and the open data."""
from __future__ import annotations

from typing import Iterator

from . import changes, links
from .parts import plan_link, unit_text_link
from .site import Site

TOP_UNITS = 10  # busiest departments listed on the home page
HOME_PLANS = 20  # plans listed on the home page; the plan index has them all


def pages(site: Site) -> Iterator[tuple[str, str]]:
    yield links.HOME, render(site)


def render(site: Site) -> str:
    page = links.HOME
    named = [u for u in site.units if site.unit_tasks[u.id]]
    departments = [u for u in named if u.kind == "department"]
    sectors = [s for s in site.sectors if s.kind == "sector" and site.sector_tasks[s.id]]
    themes = [s for s in site.sectors if s.kind == "theme" and site.sector_tasks[s.id]]
    assignments = sum(len(r.task.assignments) for r in site.refs)
    out = [
        "# 工作方案任务分工", "",
        f"本站收录 **{len(site.plans)}** 个工作方案的 **{len(site.refs)}** 项任务,"
        f"逐项列出牵头、负责、配合和落实的单位(共 {assignments} 处分工),"
        f"涉及 **{len(departments)}** 个部门、{len(named) - len(departments)} 个统称单位和属地,"
        f"归入 **{len(sectors)}** 个行业领域和 {len(themes)} 个专题。", "",
        "## 从哪里开始 {#start}", "",
        f"- **按方案**:[全部方案]({links.link(page, links.PLANS)})——阅读一个方案的全文,每项任务后列出责任单位、所属领域和其他方案中的相似任务;每个方案都有一张任务 × 单位的责任分工矩阵。",
        f"- **按部门**:[全部单位]({links.link(page, links.UNITS)})——每个单位在每个地方一份职责清单:逐项列出任务全文、本单位角色、其他单位和时限,可筛选、可下载。",
        f"- **按领域**:[全部领域]({links.link(page, links.SECTORS)})——对照各方案在同一行业领域或专题中的任务和牵头单位。",
        f"- **按时限**:[时间表]({links.link(page, links.TIMELINE)})——各方案写明的时限按年、季度和月份排列,周期性要求单列;可按单位和地区筛选,可下载日历(ICS)。",
        "",
        "## 方案 {#plans}", "",
    ]
    out += [f"- {plan_link(page, p)}({len(p.tasks())} 项任务)" for p in site.plans[:HOME_PLANS]]
    if len(site.plans) > HOME_PLANS:
        out.append(f"- ……[全部 {len(site.plans)} 个方案]({links.link(page, links.PLANS)})")
    out.append("")
    busiest = sorted(departments, key=lambda u: -len(site.unit_tasks[u.id]))[:TOP_UNITS]
    if busiest:
        out += ["## 任务最多的部门 {#busiest}", ""]
        out += [f"- {unit_text_link(site, page, u.id)}:{len(site.unit_tasks[u.id])} 项任务" for u in busiest] + [""]
    out += changes.home_section(site, page)
    out += [
        "## 开放数据 {#data}", "",
        f"全部方案、任务和分工可以下载,供再利用([说明]({links.link(page, 'data/index.md')})):", "",
        "- [plans.json](data/plans.json):完整的数据模型(方案、章节、任务、分工、单位、领域),每一项带有页面地址;",
        "- [assignments.csv](data/assignments.csv):每条分工一行(UTF-8,可用 Excel 直接打开);",
        "- [plansite.xlsx](data/plansite.xlsx):同样的分工表,另附每个方案的责任分工矩阵。",
    ]
    return "\n".join(out) + "\n"
