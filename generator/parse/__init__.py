"""Text -> model: `parse_plan` reads one plan's text into Plan / Section / Task / Assignment.

The outline module finds the structure, the annotations module reads who is
responsible; this module ties them together and adds ids, titles and warnings.
"""
from __future__ import annotations

import bisect
import re
from pathlib import Path

from ..model import Plan, Task
from ..read import PlanText, normalise, read_file, split_page
from ..slug import plan_id
from .annotations import read_task
from .numbering import label_of
from .outline import Line, build_outline, source_map

_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")


def parse_file(path: Path | str) -> list[Plan]:
    return [parse_plan(pt) for pt in read_file(Path(path))]


def parse_text(text: str, source: str = "<text>") -> list[Plan]:
    """Every plan in a text (a page holding one or several plans), for callers that have text, not a file."""
    return [parse_plan(pt) for pt in split_page(normalise(text), source)]


def parse_plan(pt: PlanText) -> Plan:
    plan = plan_header(pt)
    build_outline(plan, _lines(pt, plan.title))
    for task in plan.tasks():
        _read_task(plan, task)
    _first_listed_leads(plan)
    _assign_ids(plan)
    _check_numbering(plan)
    if not plan.tasks():
        plan.warnings.append(f"{pt.source}:{pt.first_line}: no numbered task found in plan '{plan.title}'")
    return plan


def plan_header(pt: PlanText) -> Plan:
    """The plan with its id, title, year, issuer and front matter, and no text read yet (history lists need no more)."""
    meta = dict(pt.meta)
    title = str(meta.pop("title", "") or pt.title)
    year = meta.pop("year", None) or year_of(title)
    return Plan(
        id=str(meta.pop("id", "") or plan_id(title, year)),
        title=title,
        year=int(year) if year else None,
        issuer=str(meta.pop("issuer", "") or issuer_of(title)),
        source=pt.source,
        meta=meta,
    )


def _lines(pt: PlanText, title: str) -> list[Line]:
    lines, title_seen = [], False
    for offset, raw in enumerate(pt.lines):
        text = raw.strip()
        if not text:
            continue
        if not title_seen and text == title.strip():
            title_seen = True  # the title line is Plan.title, not preamble
            continue
        title_seen = True
        indent = len(raw) - len(raw.lstrip())
        lines.append(Line(pt.first_line + offset, text, label_of(text), indent))
    return lines


# "排在第一位的为牵头单位": the plan's own rule that the first unit of each annotation leads.
_FIRST_LEADS = re.compile(r"(?:排在|排名|列在|列于|位于|标注)?(?:第一位?|首位|首个|最前)(?:的|位)?(?:单位|部门)?(?:为|是)牵头")


def _first_listed_leads(plan: Plan) -> None:
    where = [plan.preamble, plan.closing, *plan.notes, *(s.intro for s in plan.sections)]
    where += [a.text for t in plan.tasks() for a in t.annotations]
    # or an editor's rule in the front matter, `lead: first`, where the plan says it nowhere (README)
    if (plan.meta or {}).get("lead") != "first" and not any(_FIRST_LEADS.search(w) for w in where if w):
        return
    for task in plan.tasks():
        for index in {a.annotation for a in task.assignments}:
            units = [a for a in task.assignments if a.annotation == index]
            if all(a.role == "responsible" for a in units):
                units[0].role = "lead"


def year_of(title: str) -> int | None:
    m = _YEAR.search(title)
    return int(m.group(1)) if m else None


def issuer_of(title: str) -> str:
    m = _YEAR.search(title)
    return title[: m.start()].strip() if m else ""


def _read_task(plan: Plan, task: Task) -> None:
    reading = read_task(task.text)
    task.annotations = reading.annotations
    task.assignments = reading.assignments
    task.title = _title_of(task.text, reading.annotations)
    plan.notes += reading.notes
    for offset, message in reading.warnings:
        line, column = _where(task, offset)
        plan.warnings.append(f"{plan.source}:{line}: task {task.label} " + message.format(column=column))
    task.deadlines = _deadlines(task.text, reading.deadlines)


def _where(task: Task, offset: int) -> tuple[int, int]:
    """Source line and 1-based column of an offset in the task's joined text."""
    # a binary search of the line starts (in increasing order): a walk over all of them for each warning
    # was quadratic in a task of thousands of lines, each with a bracket warning
    entries = source_map(task)
    starts = task.__dict__.get("_source_starts")
    if starts is None or len(starts) != len(entries):
        starts = task.__dict__["_source_starts"] = [start for start, _, _ in entries]
    k = bisect.bisect_right(starts, offset)
    if k == 0:
        return task.line, offset + 1
    start, number, col = entries[k - 1]
    return number, col + offset - start + 1


def _title_of(text: str, annotations: list) -> str:
    """The heading sentence: up to the first 。 (or the first annotation, if that comes sooner).

    An annotation that opens the task (1.【市应急局牵头】加强…) is skipped: the heading follows it.
    """
    start = 0
    for note in annotations:
        if text[start : note.start].strip():
            break
        start = note.end
    end = len(text)
    for stop in (text.find("。", start), text.find("\n", start),
                 next((a.start for a in annotations if a.start >= start), -1)):
        if stop >= 0:
            end = min(end, stop)
    return text[start:end].strip().lstrip("。；;,，: ：")


def _deadlines(text: str, labelled: list[str]) -> list:
    try:
        from .deadlines import find_deadlines
    except ImportError:  # the deadline reader is optional until it lands
        return []
    found = []
    for piece in labelled + [text]:
        for d in find_deadlines(piece):
            if all(d.text != f.text for f in found):
                found.append(d)
    return found


def _assign_ids(plan: Plan) -> None:
    """task-N when numbers are unique in the plan, else task-S-N, else task-S-G-N (numbering restarts per group)."""
    tasks = [(s_index, task) for s_index, section in enumerate(plan.sections, start=1) for task in section.tasks]
    plan_wide = _unique([t.number for _, t in tasks])
    per_section = _unique([(s, t.number) for s, t in tasks])
    seen: set[str] = set()
    for s_index, task in tasks:
        section = plan.sections[s_index - 1]
        g_index = next((i for i, g in enumerate(section.groups, start=1) if g.label == task.group), 0)
        if plan_wide:
            task.id = f"task-{task.number}"
        elif per_section:
            task.id = f"task-{s_index}-{task.number}"
        else:
            task.id = f"task-{s_index}-{g_index}-{task.number}"
        base, n = task.id, 1
        while task.id in seen:  # a number repeated within one group still needs its own anchor
            n += 1
            task.id = f"{base}-{n}"
        seen.add(task.id)


def _unique(keys: list) -> bool:
    return len(keys) == len(set(keys))


def _check_numbering(plan: Plan) -> None:
    expected, group = 1, None
    for section in plan.sections:
        for n, task in enumerate(section.tasks):
            restarts = task.number == 1 and (n == 0 or task.group != group)
            if restarts:
                expected = 1  # numbering restarts in each section or group
            group = task.group
            if task.number != expected:
                what = "repeats" if task.number < expected else "skips"
                plan.warnings.append(
                    f"{plan.source}:{task.line}: task number {task.label} {what} the sequence (expected {expected})"
                )
            expected = task.number + 1
