"""A duty sheet's rows and downloads: one row per task naming the unit in one jurisdiction.

Staff of a bureau read their sheet to see every duty at once: for each task,
its plan, number and title (linked), the whole text (folded), the unit's own
roles, the other units with theirs, deadlines and sectors; one row per task
even where the unit has two roles in it. The same rows become the sheet's
downloads: CSV (UTF-8 with BOM, for Excel), XLSX and an iCalendar file of its
deadlines (data/units/<unit>/<jurisdiction>.csv|.xlsx|.ics).

The table is raw HTML (a table whose cells hold folded text cannot be
Markdown), so every text goes through `html()` and every link through
`links.href`; plansite.js makes it sortable and filterable by the `data-f-*`
values of its rows, without a server.
"""
from __future__ import annotations

import calendar
import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from typing import Iterator

import icalendar

from ..model import ROLE_LABELS, Deadline
from . import links, xlsx
from .escape import html
from .site import ROLE_CLASSES, Site, TaskRef

DOWNLOADS = ("csv", "xlsx", "ics")
COLUMNS = ["方案", "任务序号", "任务", "本单位角色", "其他单位", "时限", "领域", "任务全文", "链接"]
_FIXED_TIME = datetime(2000, 1, 1)  # the xlsx and ics need a time stamp; a fixed one keeps rebuilds byte-identical
# period tokens of words/deadlines.py that recur within a year: (label, months between, count)
_RECURRING = {"monthly": ("每月", 1, 12), "quarterly": ("每季度", 3, 4), "half-yearly": ("每半年", 6, 2)}
_PERIOD_LABELS = {"daily": "每日", "weekly": "每周", "monthly": "每月", "quarterly": "每季度",
                  "half-yearly": "每半年", "yearly": "每年", "ongoing": "长期"}


@dataclass
class Duty:
    """One row of a sheet: a task and what it asks of the sheet's unit and of the others."""

    ref: TaskRef
    roles: list[str]  # the unit's own roles in the task, ROLES order
    others: list[tuple[str, list[str]]]  # (unit key, roles) of every other unit the task names


def download_page(sheet_id: str, kind: str) -> str:
    return f"data/units/{sheet_id}.{kind}"


def duties(site: Site, sheet_id: str, refs: list[TaskRef] | None = None) -> list[Duty]:
    unit_id = site.unit_of(sheet_id).id
    rows = []
    for ref in site.tasks_of(sheet_id) if refs is None else refs:
        roles = ref.roles.get(unit_id, [])
        rows.append(Duty(ref, roles, [(k, r) for k, r in ref.roles.items() if k != unit_id]))
    return rows


# --- the table on the sheet's page ------------------------------------------------------------

def table(site: Site, page: str, rows: list[Duty], anchor_of) -> str:
    """The sheet's rows as a sortable, filterable HTML table; `anchor_of(ref)` gives a row's id (badges link to it)."""
    # a sheet of one plan (a place known by one plan) needs no plan column; the page title names it
    with_plan = len({d.ref.plan.id for d in rows}) > 1
    heads = ("方案", "任务", "本单位", "其他单位", "时限", "领域")[0 if with_plan else 1:]
    head = "".join(f'<th scope="col">{h}</th>' for h in heads)
    out = ['<div class="duty-wrap" data-search-exclude>',
           '<table class="duty-sheet sortable" data-filters="role plan sector deadline" '
           'data-filter-labels="本单位角色 方案 领域 时限" aria-label="职责清单">',
           f"<thead><tr>{head}</tr></thead>", "<tbody>"]
    seen: set[str] = set()  # anchors given: plan-<plan>, and plan-<plan>-<role> of the sheets before one row per task
    for duty in rows:
        plan_id = duty.ref.plan.id
        anchors = [a for a in [f"plan-{plan_id}"] + [f"plan-{plan_id}-{r}" for r in duty.roles] if a not in seen]
        out.append(_row(site, page, duty, anchor_of(duty.ref), anchors, with_plan))
        seen.update(anchors)
    out += ["</tbody>", "</table>", "</div>"]
    return "\n".join(out)


def _row(site: Site, page: str, duty: Duty, anchor: str, plan_anchors: list[str], with_plan: bool) -> str:
    ref, task = duty.ref, duty.ref.task
    # the by-plan figures link to a plan's first row; links of older pages to a plan's list of one role
    # (#plan-<plan>-lead, before a sheet had one row per task) land on its first row of that role
    plan_anchor = "".join(f'<span id="{a}" class="duty-anchor"></span>' for a in plan_anchors)
    filters = {
        "role": "|".join(ROLE_LABELS[r] for r in duty.roles),  # | separates the values of a cell
        "plan": ref.plan.title,
        "sector": "|".join(site.sector[s].name for s in dict.fromkeys(task.sectors) if s in site.sector),
        "deadline": "|".join(dict.fromkeys(deadline_label(d) for d in task.deadlines)) or "无时限",
    }
    data = "".join(f' data-f-{k}="{html(v)}"' for k, v in filters.items())
    name = f"{task.label} {task.title}".strip()
    text = task.text or task.title
    cells = [
        f'<td data-sort="{html(ref.plan.title)}">{plan_anchor}<a href="{links.href(page, ref.page)}">{html(ref.plan.title)}</a></td>',
        f'<td class="duty-task" data-sort="{ref.plan.id} {task.number:05d}">{"" if with_plan else plan_anchor}'
        f'<a href="{links.href(page, ref.page, task.id)}">{html(name)}</a>'
        f'<details class="duty-text"><summary>任务全文</summary><p>{html(text)}</p></details></td>',
        '<td class="duty-role">' + " ".join(f'<span class="role {ROLE_CLASSES[r]}">{ROLE_LABELS[r]}</span>'
                                            for r in duty.roles) + "</td>",
        "<td>" + "、".join(_other(site, page, ref, key, roles) for key, roles in duty.others) + "</td>",
        f'<td data-sort="{html(_deadline_sort(task.deadlines))}">'
        + "、".join(html(d.text) for d in task.deadlines) + "</td>",
        "<td>" + "、".join(f'<a href="{links.href(page, links.sector_page(s))}">{html(site.sector[s].name)}</a>'
                           for s in dict.fromkeys(task.sectors) if s in site.sector) + "</td>",
    ]
    return f'<tr id="{anchor}"{data}>' + "".join(cells[0 if with_plan else 1:]) + "</tr>"


def _other(site: Site, page: str, ref: TaskRef, key: str, roles: list[str]) -> str:
    said = "、".join(ROLE_LABELS[r] for r in roles)
    if key not in site.unit:
        return f"{html(site.unit_name(key))}({said})"
    sheet_id = site.sheet_id(key, ref.plan.id)
    return f'<a href="{links.href(page, links.unit_page(sheet_id))}">{html(site.unit[key].name)}</a>({said})'


def deadline_label(d: Deadline) -> str:
    """What a reader filters deadlines by: the month (6月), the period (每季度), or 其他."""
    if d.normalized in _PERIOD_LABELS:
        return _PERIOD_LABELS[d.normalized]
    month = month_of(d.normalized)
    return f"{month}月" if month else "其他"


def month_of(normalized: str) -> int:
    """The (last) month of an ISO date, --MM-DD, --MM or a span --05/--10; 0 if none."""
    last = normalized.split("/")[-1]
    parts = [p for p in last.split("-") if p]
    if len(parts) >= 2 and len(parts[0]) == 4:  # 2024-06-30 or 2024-06
        parts = parts[1:]
    return int(parts[0]) if parts and parts[0].isdigit() and 1 <= int(parts[0]) <= 12 else 0


def _deadline_sort(deadlines: list[Deadline]) -> str:
    months = [m for m in (month_of(d.normalized) for d in deadlines) if m]
    return f"{min(months):02d}" if months else ("98" if deadlines else "99")  # dated first, then periods, then none


# --- downloads ------------------------------------------------------------------------------

def pages(site: Site) -> Iterator[tuple[str, bytes]]:
    for sheet_id in site.sheets:
        rows = duties(site, sheet_id)
        yield download_page(sheet_id, "csv"), sheet_csv(site, rows)
        yield download_page(sheet_id, "xlsx"), sheet_xlsx(site, rows)
        yield download_page(sheet_id, "ics"), sheet_ics(site, sheet_id, rows)


def _values(site: Site, duty: Duty) -> list:
    task = duty.ref.task
    return [duty.ref.plan.title, task.label, task.title, "、".join(ROLE_LABELS[r] for r in duty.roles),
            "、".join(f"{site.unit_name(k)}({'、'.join(ROLE_LABELS[r] for r in roles)})" for k, roles in duty.others),
            "、".join(d.text for d in task.deadlines),
            "、".join(site.sector[s].name for s in dict.fromkeys(task.sectors) if s in site.sector),
            task.text, links.url(duty.ref.page, task.id)]


def sheet_csv(site: Site, rows: list[Duty]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    writer.writerows(_safe_cells(_values(site, d)) for d in rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")  # the BOM tells Excel the file is UTF-8


def _safe_cells(values: list) -> list:
    """A cell Excel would read as a formula (= + - @, tab, CR first) gets a leading ' (OWASP's CSV-injection advice)."""
    return [f"'{v}" if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r") else v for v in values]


def sheet_xlsx(site: Site, rows: list[Duty]) -> bytes:
    book = xlsx.Workbook("plansite", _FIXED_TIME)
    sheet = book.add_sheet("职责清单", freeze=(1, 0), widths={0: 30, 2: 40, 4: 40, 7: 60})
    sheet.append(COLUMNS, bold=True)
    for duty in rows:
        sheet.append(_values(site, duty))
    return book.save()


def sheet_ics(site: Site, sheet_id: str, rows: list[Duty]) -> bytes:
    """Every dated or recurring deadline of the sheet's tasks as an all-day event (recurring ones with an RRULE)."""
    sheet = site.sheets[sheet_id]
    return calendar_ics(f"{sheet.unit.name}({sheet.place})任务时限", "duty sheet", [d.ref for d in rows])


def calendar_ics(name: str, kind: str, refs: list[TaskRef], with_plan: bool = False) -> bytes:
    """The deadlines of `refs` as an iCalendar file named `name` (a sheet's, or the 时间表's of all plans);
    `with_plan` describes each event by its plan instead of the task text, for a calendar of many plans."""
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//plansite//{kind}//ZH")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    for ref in refs:
        for n, event in enumerate(events(ref, ref.task.deadlines), start=1):
            event.add("uid", f"{ref.plan.id}-{ref.task.id}-{n}@plansite")
            event.add("dtstamp", _FIXED_TIME)
            text = ref.task.text or ref.task.title
            event.add("description", ref.plan.title if with_plan else text)  # all plans: the task text would weigh megabytes
            cal.add_component(event)
    return cal.to_ical()


def events(ref: TaskRef, deadlines: list[Deadline]) -> list[icalendar.Event]:
    """The calendar events of a task's deadlines in its plan's year; none for deadlines with no date or year."""
    found = []
    for d in deadlines:
        day, rule = when(d, ref.plan.year)
        if not day:
            continue
        event = icalendar.Event()
        event.add("summary", f"{d.text}:{ref.task.label} {ref.task.title}".strip())
        event.add("dtstart", day)
        if rule:
            event.add("rrule", rule)
        found.append(event)
    return found


def when(d: Deadline, year: int | None) -> tuple[date | None, dict | None]:
    """(first date, recurrence) of a deadline: its own date, or the month's end, or the first period's end."""
    if d.normalized in _RECURRING:
        if not year:
            return None, None
        _, months, count = _RECURRING[d.normalized]
        return _month_end(year, months), {"freq": "monthly", "interval": months, "count": count, "bymonthday": -1}
    if d.normalized == "yearly":
        return (date(year, 12, 31), None) if year else (None, None)
    last = d.normalized.split("/")[-1]
    parts = last.split("-")
    own_year = int(parts[0]) if parts[0].isdigit() and len(parts[0]) == 4 else None
    year = own_year or year
    month = month_of(d.normalized)
    if not year or not month:
        return None, None
    tail = [p for p in parts if p][1 if own_year else 0:]
    day = int(tail[1]) if len(tail) > 1 and tail[1].isdigit() else 0
    last_day = calendar.monthrange(year, month)[1]
    return date(year, month, min(day, last_day) if day else last_day), None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])

