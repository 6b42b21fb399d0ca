"""The 时间表 (timeline/index.md): every deadline of every plan by year, quarter and month, and its calendar.

Each row is one deadline of one task: as written and as a date (the plan's
year filled in where the text names none), the plan, the task (linked to its
anchor) and its units with their roles. Recurring requirements (每季度, 每月,
长期坚持…) have no one date: they are listed by frequency in a group of their
own. The rows are raw-HTML tables inside one filter box: plansite.js gives the
box a unit and a place (jurisdiction) filter from the rows' data-f-* values,
the same machinery as the duty sheets', and hides the headings whose rows are
all filtered out. A corpus with more rows than Settings.timeline_page_rows goes
on over several pages (timeline/index-2.md …), whole months to a page where
they fit. data/timeline.ics is every deadline as a calendar, written by the
duty sheets' writer (recurring ones as RRULEs).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Iterator

from ..model import ROLE_LABELS, Deadline
from . import duties, links
from .escape import html, md
from .paging import page_name, pager, split_groups
from .site import Site, TaskRef

# recurring deadlines, most frequent first: (period token of words/deadlines.py, label, anchor)
PERIODS = (("daily", "每日", "daily"), ("weekly", "每周", "weekly"), ("monthly", "每月", "monthly"),
           ("quarterly", "每季度", "quarterly"), ("half-yearly", "每半年", "half-yearly"),
           ("yearly", "每年", "yearly"), ("ongoing", "长期坚持、持续推进", "ongoing"))
_PERIOD = {token: (n, label, anchor) for n, (token, label, anchor) in enumerate(PERIODS)}
_PERIOD_BY_INDEX = dict(enumerate(PERIODS))
_QUARTERS = ("第一季度", "第二季度", "第三季度", "第四季度")


@dataclass
class Entry:
    """One row: a deadline of a task, the date it falls on (None when recurring or with no year) and its group."""

    ref: TaskRef
    deadline: Deadline
    day: date | None
    group: tuple  # (0, year, month) dated; (1, 0, month) no year known; (2, n, 0) recurring, n its PERIODS index


def entries(site: Site) -> list[Entry]:
    """Every deadline of every task, in calendar order (the plan's order within a day), recurring ones last."""
    found: list[Entry] = []
    for ref in site.refs:
        seen: set[str] = set()
        for d in ref.task.deadlines:
            if d.normalized in seen:  # 每季度 … 每季度 in one task is one row
                continue
            seen.add(d.normalized)
            found.append(_entry(ref, d))
    order = {id(e): n for n, e in enumerate(found)}
    return sorted(found, key=lambda e: (e.group, e.day or date.min, order[id(e)]))


def _entry(ref: TaskRef, d: Deadline) -> Entry:
    if d.normalized in _PERIOD:
        return Entry(ref, d, None, (2, _PERIOD[d.normalized][0], 0))
    day, _ = duties.when(d, ref.plan.year)
    if day:
        return Entry(ref, d, day, (0, day.year, day.month))
    return Entry(ref, d, None, (1, 0, duties.month_of(d.normalized)))


def pages(site: Site) -> Iterator[tuple[str, str | bytes]]:
    rows = entries(site)
    yield links.TIMELINE_ICS, duties.calendar_ics("各方案任务时限", "timeline",
                                                  list({e.ref.key: e.ref for e in rows}.values()), with_plan=True)
    groups: list[tuple[tuple, list[Entry]]] = []
    for e in rows:
        if not groups or groups[-1][0] != e.group:
            groups.append((e.group, []))
        groups[-1][1].append(e)
    parts = split_groups(groups, site.settings.timeline_page_rows) if groups else [[]]
    names = _plan_names(site)
    where = {key: page_name(links.TIMELINE, n) for n, part in enumerate(parts, start=1) for key, _ in part}
    for n, part in enumerate(parts, start=1):
        page = page_name(links.TIMELINE, n)
        out = ["---", "title: 时间表" + (f"(第 {n} 页)" if n > 1 else ""), "---", "",
               "# 时间表" + (f"(第 {n} 页)" if n > 1 else ""), ""]
        if n == 1:
            out += _head(site, page, rows, groups, where)
        paged = [pager(links.TIMELINE, n, len(parts)), ""] if len(parts) > 1 else []
        note = [f"时间表共 {len(parts)} 页,筛选只作用于当前页;一个单位的全部时限见其职责清单。", ""] if paged else []
        out += paged + note + _groups(site, page, part, names) + paged
        yield page, "\n".join(out).rstrip() + "\n"


def _head(site: Site, page: str, rows: list[Entry], groups, where: dict) -> list[str]:
    dated = sum(1 for e in rows if e.group[0] == 0)
    recurring = sum(1 for e in rows if e.group[0] == 2)
    plans = len({e.ref.plan.id for e in rows})
    out = [f"各方案任务中写明的时限,按年、季度和月份排列:共 {len(rows)} 项时限,来自 {plans} 个方案的 "
           f"{len({e.ref.key for e in rows})} 项任务;其中 {dated} 项写明或可推定日期,{recurring} 项为周期性要求"
           "(每月、每季度、长期坚持等),单列在后。原文未写年份的时限按方案的年度推定日期。", "",
           "可按单位和地区筛选;本单位的全部任务见[部门]({})中各地的职责清单。".format(links.link(page, links.UNITS)), "",
           f"**下载日历**:[全部时限(ICS)]({links.link(page, links.TIMELINE_ICS)})"
           "——可导入 Outlook、手机日历等;每季度、每月等周期性要求按方案年度逐期重复。", "{: .duty-downloads }", ""]
    if not rows:
        return out + ["已收录的方案中没有写明时限的任务。", ""]
    # where each year (and the recurring group) starts: the page may go on over several
    tops: dict[str, tuple[str, str, int]] = {}
    for key, items in groups:
        label, anchor = _top(key)
        if label not in tops:
            tops[label] = (where[key], anchor, 0)
        first, anchor, count = tops[label]
        tops[label] = (first, anchor, count + len(items))
    if len(set(where.values())) == 1:  # one page: the table of contents beside it says the same
        return out
    out.append("**目录**:" + " · ".join(f"[{md(label)}]({links.link(page, first, anchor)})({count} 项)"
                                        for label, (first, anchor, count) in tops.items()))
    return out + ["{: .timeline-toc }", ""]


def _top(key: tuple) -> tuple[str, str]:
    kind, n, _ = key
    return ((f"{n}年", f"y{n}") if kind == 0 else ("未写明年份", "undated") if kind == 1
            else ("周期性要求", "recurring"))


def _plan_names(site: Site) -> dict[str, str]:
    """plan id -> its title, with its place after it where two plans have the same title."""
    counts = Counter(p.title for p in site.plans)
    return {p.id: p.title if counts[p.title] == 1 else f"{p.title}({site.place_of(p)})" for p in site.plans}


def _groups(site: Site, page: str, part, names: dict[str, str]) -> list[str]:
    """The part's groups as nested sections (year > quarter > month; a heading each), inside the filter box."""
    out = ['<div class="timeline" data-filters="unit place" data-filter-labels="单位 地区" markdown>', ""]
    open_keys: list[tuple] = []  # the sections open: year, quarter

    def close(depth: int) -> None:
        while len(open_keys) > depth:
            open_keys.pop()
            out.extend(["</section>", ""])

    for key, items in part:
        kind, n, month = key
        label, anchor = _top(key)
        if kind == 0:
            heads = [((kind, n), f"## {label} {{#{anchor}}}"),
                     ((kind, n, (month - 1) // 3), f"### {_QUARTERS[(month - 1) // 3]} {{#{anchor}-q{(month + 2) // 3}}}")]
            leaf = f"#### {n}年{month}月 {{#{anchor}-{month:02d}}}"
        elif kind == 1:
            heads = [((kind,), f"## {label} {{#{anchor}}}")]
            leaf = f"### {month}月 {{#{anchor}-{month:02d}}}" if month else f"### 日期不详 {{#{anchor}-other}}"
        else:
            heads = [((kind,), f"## {label} {{#{anchor}}}")]
            leaf = f"### {_PERIOD_BY_INDEX[n][1]} {{#every-{_PERIOD_BY_INDEX[n][2]}}}"
        depth = 0
        while depth < len(heads) and depth < len(open_keys) and open_keys[depth] == heads[depth][0]:
            depth += 1
        close(depth)
        for head_key, heading in heads[depth:]:
            out.extend(['<section data-filter-group="" markdown>', "", heading, ""])
            open_keys.append(head_key)
        out.extend(['<section data-filter-group="" markdown>', "", leaf, "", _table(site, page, items, names),
                    "", "</section>", ""])
    close(0)
    return out + ["</div>", ""]


def _table(site: Site, page: str, items: list[Entry], names: dict[str, str]) -> str:
    """The rows of one month (or one frequency: no date column, the heading says it); data-label names a
    cell where a phone shows the rows as cards (plansite.css)."""
    dated = items[0].group[0] != 2
    heads = ("时限(原文)", "日期", "方案", "任务", "单位") if dated else ("时限(原文)", "方案", "任务", "单位")
    out = ['<div class="duty-wrap" data-search-exclude>', '<table class="timeline-table">',
           "<thead><tr>" + "".join(f'<th scope="col">{h}</th>' for h in heads) + "</tr></thead>", "<tbody>"]
    for e in items:
        ref, task = e.ref, e.ref.task
        units = [(site.unit_name(key), roles) for key, roles in ref.roles.items()]
        filters = {"unit": "|".join(dict.fromkeys(name for name, _ in units)) or "未写明单位",
                   "place": site.place_of(ref.plan)}
        data = "".join(f' data-f-{k}="{html(v)}"' for k, v in filters.items())
        when = e.day.isoformat() if e.day else "年份未写明"
        said = "、".join(f"{html(name)}({'、'.join(ROLE_LABELS[r] for r in roles)})" for name, roles in units)
        name = f"{task.label} {task.title}".strip()
        out.append(f'<tr{data}><td class="timeline-when">{html(e.deadline.text)}</td>'
                   + (f'<td class="timeline-when">{html(when)}</td>' if dated else "")
                   + f'<td class="timeline-plan" data-label="方案">{html(names[ref.plan.id])}</td>'
                   f'<td class="timeline-task"><a href="{links.href(page, ref.page, task.id)}">{html(name)}</a></td>'
                   f'<td data-label="单位">{said or "原文未写明"}</td></tr>')
    out += ["</tbody>", "</table>", "</div>"]
    return "\n".join(out)
