"""Change pages from the plan sources' git history, in the terms of `plansite diff`.

- changes/<plan-id>.md: every commit that touched the plan file (its date and
  what it changed) with the tasks it added, removed, reworded and moved, and the
  duties each unit gained, lost or saw change role; a task links to its anchor
  on the current plan page when the task is still there;
- changes/index.md: the latest changes across plans and every plan's count;
- the "最近变更" lists of the home page and of a unit's first page.

Without git history (Site.history is None) none of this exists. Everything is
derived from commits, nothing from the clock, so a rebuild writes nothing new.
The change pages stay out of the search index: they repeat task titles, and a
search for a task should land on its plan. Pages speak in the reader's terms:
what changed in the plan, never the repository's commit messages, hashes or
file paths (those are the maintainers' words, in English, about files).
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Iterator

from ..analysis.diff import DutyChange, PlanDiff, heading, wording
from ..analysis.history import Change
from ..model import ROLE_LABELS, Task
from . import links
from .escape import md, md_block
from .parts import title_lines, unit_text_link
from .site import Site

HOME_RECENT = 10  # changes on the home page
UNIT_RECENT = 10  # changes on a unit page
INDEX_RECENT = 50  # changes on the changes index (each plan's page has all of its own)
WORDING_EDITS = 5  # edits shown under a reworded task
EDIT_CHARS = 80  # longest fragment shown of one edit


@dataclass
class Entry:
    """A change with the anchor its section has on the plan's change page."""

    change: Change
    anchor: str

    @property
    def page(self) -> str:
        return links.changes_page(self.change.plan_id)


def has_history(site: Site) -> bool:
    return bool(site.history)


def entries(site: Site) -> list[Entry]:
    """Every change, newest first, each with its anchor (c-<short hash>, -2 ... if a commit touched the plan twice)."""
    if "changes" not in site.memo:
        seen: set[tuple[str, str]] = set()
        found = []
        for change in site.history or []:
            anchor, n = f"c-{change.commit[:7]}", 1
            while (change.plan_id, anchor) in seen:
                n += 1
                anchor = f"c-{change.commit[:7]}-{n}"
            seen.add((change.plan_id, anchor))
            found.append(Entry(change, anchor))
        site.memo["changes"] = found
    return site.memo["changes"]


def by_plan(site: Site) -> dict[str, list[Entry]]:
    """plan id -> its changes, newest first; plans in order of their latest change."""
    if "changes-by-plan" not in site.memo:
        grouped: dict[str, list[Entry]] = {}
        for entry in entries(site):
            grouped.setdefault(entry.change.plan_id, []).append(entry)
        site.memo["changes-by-plan"] = grouped
    return site.memo["changes-by-plan"]


def plan_changes_link(site: Site, page: str, plan_id: str) -> str:
    """'[变更记录](…)' for a plan with history, else ''."""
    if plan_id not in by_plan(site):
        return ""
    return f"[变更记录]({links.link(page, links.changes_page(plan_id))})"


# --- words --------------------------------------------------------------------------

def counts(d: PlanDiff) -> str:
    parts = [(len(d.added), "新增任务 {} 项"), (len(d.removed), "删除任务 {} 项"), (len(d.reworded), "改写任务 {} 项"),
             (len(d.moved), "调整序号 {} 项"), (len(d.duties), "分工变化 {} 处")]
    return ",".join(text.format(n) for n, text in parts if n)


def describe(change: Change) -> str:
    """One phrase of plain text: what the change did to the plan."""
    if change.status == "A":
        return "新增方案"
    if change.status == "D":
        return "删除方案"
    if change.diff is None or change.diff.is_empty():
        return "任务和分工未变"
    return counts(change.diff)


def duty_words(c: DutyChange) -> str:
    if c.change == "gained":
        return f"新增{ROLE_LABELS[c.new_role]}任务"
    if c.change == "lost":
        return f"不再{ROLE_LABELS[c.old_role]}"
    return f"由{ROLE_LABELS[c.old_role]}改为{ROLE_LABELS[c.new_role]}"


def wording_edits(old: Task, new: Task) -> list[tuple[str, str]]:
    """(old fragment, new fragment) of each edit between two wordings (annotations left out);
    edits a character or two apart are one edit, so a phrase reads whole."""
    a, b = wording(old), wording(new)
    spans: list[list[int]] = []  # [a start, a end, b start, b end]
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if spans and i1 - spans[-1][1] <= 2 and j1 - spans[-1][3] <= 2:
            spans[-1][1], spans[-1][3] = i2, j2
        else:
            spans.append([i1, i2, j1, j2])
    return [(a[i1:i2], b[j1:j2]) for i1, i2, j1, j2 in spans]


def edit_words(before: str, after: str) -> str:
    """One edit as plain text: 「x」改为「y」, 增加「y」, 删去「x」."""
    def quote(s: str) -> str:
        return f"「{s if len(s) <= EDIT_CHARS else s[:EDIT_CHARS] + '…'}」"
    if before and after:
        return f"{quote(before)}改为{quote(after)}"
    return f"增加{quote(after)}" if after else f"删去{quote(before)}"


def unit_name(site: Site, c: DutyChange) -> str:
    return site.unit[c.unit].name if c.unit in site.unit else c.name


def by_unit(duties: list[DutyChange]) -> dict[str, list[DutyChange]]:
    """unit key -> its duty changes, units in order of first mention."""
    grouped: dict[str, list[DutyChange]] = {}
    for c in duties:
        grouped.setdefault(c.unit, []).append(c)
    return grouped


# --- tasks then and now ------------------------------------------------------------

def current_task(site: Site, plan_id: str, task: Task) -> Task | None:
    """The task of the current plan that a task of an older version still is: the same wording, else the same heading."""
    key = ("changes-tasks", plan_id)
    if key not in site.memo:
        table: dict[tuple[str, str], Task] = {}
        for ref in site.plan_refs.get(plan_id, []):
            table.setdefault(("text", wording(ref.task)), ref.task)
            table.setdefault(("title", heading(ref.task)), ref.task)
        site.memo[key] = table
    table = site.memo[key]
    return table.get(("text", wording(task))) or table.get(("title", heading(task)))


def label(task: Task) -> str:
    """A task's number as Markdown that may open a list item: '5.' there would start a nested list."""
    return md_block(task.label)


def task_name(task: Task) -> str:
    return f"{label(task)} {md(task.title)}".strip()


def task_text(site: Site, page: str, plan_id: str, task: Task) -> str:
    """'1. 标题' as it was written then, linked to the task's anchor on the plan page when it is still there."""
    now = current_task(site, plan_id, task)
    if now is None:
        return task_name(task)
    return f"[{task_name(task)}]({links.link(page, links.plan_page(plan_id), now.id)})"


def change_link(page: str, entry: Entry, text: str) -> str:
    return f"[{md(text)}]({links.link(page, entry.page, entry.anchor)})"


# --- pages ---------------------------------------------------------------------------

def pages(site: Site) -> Iterator[tuple[str, str]]:
    if not has_history(site):
        return
    for plan_id, items in by_plan(site).items():
        yield links.changes_page(plan_id), render_plan(site, plan_id, items)
    yield links.CHANGES, render_index(site)


def _head(title: str) -> list[str]:
    """Front matter (title, out of the search index) and H1."""
    lines = title_lines(title)
    return lines[:2] + ["search:", "  exclude: true"] + lines[2:]


def _plan_title(site: Site, plan_id: str, items: list[Entry]) -> str:
    plan = next((ref.plan for ref in site.plan_refs.get(plan_id, [])[:1]), None)
    return plan.title if plan else items[0].change.title


def render_plan(site: Site, plan_id: str, items: list[Entry]) -> str:
    page = links.changes_page(plan_id)
    current = plan_id in site.plan_refs
    facts = [f"[阅读方案全文]({links.link(page, links.plan_page(plan_id))})" if current else "该方案已不在本站",
             f"共 {len(items)} 次变更", f"[全部方案的变更]({links.link(page, links.CHANGES)})",
             f"[订阅变更(Atom)]({links.link(page, links.FEED)})"]
    out = _head(f"变更记录:{_plan_title(site, plan_id, items)}") + [" · ".join(facts), ""]
    out += ["方案文本的每一次修改,新的在前。任务按文字对应:只改了序号的任务记为调整序号,"
            "只改了责任单位的记为分工变化;仍在现行方案中的任务链接到它在方案页上的位置。", ""]
    for entry in items:
        out += _section(site, page, entry)
    return "\n".join(out).rstrip() + "\n"


def _section(site: Site, page: str, entry: Entry) -> list[str]:
    c = entry.change
    out = [f"## {c.date[:10]} · {describe(c)} {{#{entry.anchor}}}", ""]
    if c.status in ("A", "D") or c.diff is None or c.diff.is_empty():
        return out
    return out + [counts(c.diff) + "。", ""] + diff_lines(site, page, c.plan_id, c.diff)


def diff_lines(site: Site, page: str, plan_id: str, d: PlanDiff) -> list[str]:
    """A PlanDiff as Markdown lists: tasks added, removed, reworded, moved; then duties by unit."""
    def task(t: Task) -> str:
        return task_text(site, page, plan_id, t)

    out: list[str] = []
    if d.added:
        out += ["**新增任务**", ""] + [f"- {task(n)}" for n in d.added] + [""]
    if d.removed:
        out += ["**删除任务**", ""] + [f"- {task(o)}" for o in d.removed] + [""]
    if d.reworded:
        out += ["**改写任务**", ""]
        for o, n in d.reworded:
            was = f"(原为 {task_name(o)})" if (o.label, o.title) != (n.label, n.title) else ""
            out.append(f"- {task(n)}{was}")
            edits = wording_edits(o, n)
            out += [f"    - {md(edit_words(x, y))}" for x, y in edits[:WORDING_EDITS]]
            if len(edits) > WORDING_EDITS:
                out.append(f"    - 另有 {len(edits) - WORDING_EDITS} 处修改")
        out.append("")
    if d.moved:
        out += ["**调整序号**", ""] + [f"- {label(o)} → {task(n)}" for o, n in d.moved] + [""]
    if d.duties:
        out += ["**分工变化**", ""]
        for key, changes in by_unit(d.duties).items():
            who = unit_text_link(site, page, key, plan_id) if key in site.unit else md(changes[0].name)
            out.append(f"- {who}")
            out += [f"    - {duty_words(c)}:{task(c.task)}" for c in changes]
        out.append("")
    return out


def render_index(site: Site) -> str:
    page = links.CHANGES
    items, grouped = entries(site), by_plan(site)
    out = _head("变更记录")
    out += [f"方案文本的每一次修改:共 {len(items)} 次变更,涉及 {len(grouped)} 个方案。"
            f"[订阅变更(Atom)]({links.link(page, links.FEED)})", ""]
    out += ["## 最近变更 {#recent}", ""] + [_recent_line(page, e) for e in items[:INDEX_RECENT]] + [""]
    out += ["## 按方案 {#by-plan}", "", "| 方案 | 变更次数 | 最近一次 |", "| --- | ---: | --- |"]
    for plan_id, mine in grouped.items():
        title = md(_plan_title(site, plan_id, mine))
        out.append(f"| [{title}]({links.link(page, links.changes_page(plan_id))}) | {len(mine)} | "
                   f"{mine[0].change.date[:10]} |")
    return "\n".join(out).rstrip() + "\n"


def _recent_line(page: str, entry: Entry) -> str:
    c = entry.change
    return f"- {c.date[:10]} · {change_link(page, entry, c.title)}:{describe(c)}"


# --- the lists on the home page and unit pages ------------------------------------------

def home_section(site: Site, page: str) -> list[str]:
    if not has_history(site):
        return []
    out = ["## 最近变更 {#changes}", ""]
    out += [_recent_line(page, e) for e in entries(site)[:HOME_RECENT]]
    out += ["", f"[全部变更记录]({links.link(page, links.CHANGES)}) · "
                f"[订阅变更(Atom)]({links.link(page, links.FEED)})", ""]
    return out


def by_unit_recent(site: Site) -> dict[str, list[tuple[Entry, list[DutyChange]]]]:
    """unit id -> its latest UNIT_RECENT changes (newest first), each with the unit's duty changes; one pass over the history."""
    if "changes-by-unit" not in site.memo:
        found: dict[str, list[tuple[Entry, list[DutyChange]]]] = {}
        for entry in entries(site):
            if entry.change.diff is None:
                continue
            for unit_id, mine in by_unit(entry.change.diff.duties).items():
                if unit_id in site.unit and len(found.setdefault(unit_id, [])) < UNIT_RECENT:
                    found[unit_id].append((entry, mine))
        site.memo["changes-by-unit"] = found
    return site.memo["changes-by-unit"]


def unit_section(site: Site, unit_id: str, page: str) -> list[str]:
    """The latest changes of the unit's duties, one line per change; [] when there are none."""
    found = by_unit_recent(site).get(unit_id)
    if not found:
        return []
    lines = []
    for entry, mine in found:
        what = ";".join(f"{duty_words(c)}:{task_text(site, page, entry.change.plan_id, c.task)}" for c in mine)
        lines.append(f"- {entry.change.date[:10]} · {change_link(page, entry, entry.change.title)}:{what}")
    return ["## 最近变更 {#changes}", "", "本单位分工的最近变化(方案修改后的增减和角色调整):", ""] + lines + [""]
