"""The open-data page (data/index.md): what each download holds, column by column; the footer links it."""
from __future__ import annotations

from typing import Iterator

from . import links
from .opendata import COLUMNS, CSV_PAGE, JSON_PAGE, SCHEMA_PAGE, XLSX_PAGE
from .site import Site

PAGE = "data/index.md"

_COLUMN_TEXT = {
    "plan": "方案 id(即方案页地址的一部分)", "plan_title": "方案标题", "section": "章节(编号和标题)",
    "task": "任务序号", "task_label": "任务编号的原文写法", "title": "任务标题", "unit_written": "单位在原文中的写法",
    "unit": "单位 id(即单位页地址的一部分;未识别时为空)", "unit_name": "单位规范名称", "kind": "单位类型:department 部门、collective 统称单位、locality 属地",
    "role": "角色:lead 牵头、responsible 负责、support 配合、implement 落实", "role_label": "角色的中文写法",
    "annotation": "该分工出自任务中的第几处括注(从 0 起)", "url": "任务在本站的地址",
    "jurisdiction": "方案所属的行政区域(原文未写明地名时为“未具名”)", "jurisdiction_level": "行政区域的层级:国家、省、市、县/区、开发区、乡镇",
    "deadlines": "任务中的时限(原文写法,多个以顿号分隔)", "text": "任务全文", "sheet_url": "该单位在该地职责清单的地址",
}


def pages(site: Site) -> Iterator[tuple[str, str]]:
    yield PAGE, render(site)


def render(site: Site) -> str:
    n = sum(len(r.task.assignments) for r in site.refs)
    out = [
        "# 开放数据", "",
        f"本站的全部内容({len(site.plans)} 个方案、{len(site.refs)} 项任务、{n} 条分工)可以下载再利用。"
        "每次方案更新后,这些文件随网站一同重新生成。", "",
        f"- [plans.json]({links.link(PAGE, JSON_PAGE)}):完整的数据模型。`plans` 为方案、章节、任务和分工"
        "(分工带有 `unit` 单位 id、`kind` 单位类型;方案带有 `jurisdiction` 行政区域、`issuer` 发文单位、`doc_number` 文号、"
        "`date` 发布日期、`source_url` 原文地址);`units` 为单位(id、名称、类型、方案中的写法、地址,以及 `sheets`:"
        "每个地方一份职责清单的地址和下载 `downloads`:csv、xlsx、ics、atom);"
        "`sectors` 为行业领域和专题。每个方案、任务、单位和领域都带有其页面的地址 `url`。",
        f"- [assignments.csv]({links.link(PAGE, CSV_PAGE)}):每条分工一行,UTF-8 编码(带 BOM,Excel 可直接打开)。",
        f"- [plansite.xlsx]({links.link(PAGE, XLSX_PAGE)}):工作表「分工」与 CSV 相同;另有每个方案一张责任分工矩阵"
        "(工作表名为方案 id,单元格为 牵 / 责 / 协 / 落)。",
        f"- 数据模型的 JSON Schema:[model.json]({links.link(PAGE, SCHEMA_PAGE)})。",
        "- 每个单位在每个地方的职责清单页都可下载该清单的 CSV、Excel 和日历(ICS),有变更记录时还可订阅(Atom)。",
        f"- [timeline.ics]({links.link(PAGE, links.TIMELINE_ICS)}):全部方案的任务时限(日历,"
        f"每月、每季度等周期性要求按方案年度重复),与[时间表]({links.link(PAGE, links.TIMELINE)})相同。", "",
        "## 分工表的列 {#columns}", "", "| 列 | 含义 |", "| --- | --- |",
    ]
    out += [f"| `{c}` | {_COLUMN_TEXT.get(c, '')} |" for c in COLUMNS]
    return "\n".join(out) + "\n"
