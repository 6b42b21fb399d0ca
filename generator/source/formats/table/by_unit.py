"""A duty table by unit: each row a unit and the numbers of the tasks it leads or supports, the tasks listed above.

Some plans list their tasks as numbered items and then, in a table, say who does which by number:

    序号 | 责任单位 | 牵头任务 | 配合任务
    1    | 县发改局 | 1、2     | 3

A careful reader reads each row back into the items it names: task 1 is led by 县发改局. So the table's rows become
annotations on the task lines above it, `（牵头单位：县发改局；配合单位：…）`, which the annotation reader reads as
any other; the table's own lines are left blank (a task is not to be read from them). The items are found by their
numbers (1. / 1、 / （1）); a table naming a number that no item above carries exactly once (numbers restarting in
each section, an item cut off) gives no role to any item, and the reading report says so.
"""
from __future__ import annotations

import re

from ....words import lexicon as lx
from .delimited import _delimiter, _split
from .header import body_column, header_kind
from .notes import _note

_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
# 牵头任务, 配合事项, 参与的工作, 负责任务序号: the tasks a unit takes in one role, by number; the header may be the
# bare role word (单位 | 牵头 | 配合): the table is still read only when every role cell is a list of numbers
_ROLE_TASKS = re.compile("^(" + "|".join(sorted((w for w in lx.MATRIX_ROLE_WORDS if len(w) > 1), key=len, reverse=True))
                         + r")(?:(?:的)?(?:任务|事项|工作)(?:序号|编号)?)?$")
# words one of which a by-unit table's header holds (牵头任务, or a bare 牵头): no table without one
_HEAD_WORDS = ("任务", "事项") + tuple(w for w in lx.MATRIX_ROLE_WORDS if len(w) > 1)
_UNIT_HEAD = re.compile(r"单位|部门")
# a point of a task, 5（1）: where tasks carry （1）（2） points, a by-unit table may hand out one point of task 5 (its
# note says "5（1）指第5项任务中的第（1）款"); the point is part of task 5, so the unit is given task 5
_POINT = r"(?:\s*[（(]\s*\d{1,2}\s*[)）])"
# 1、3、5 / 1,3 / 2-4 / 2至4 / 第1、2项 / 1、5（2）: the task numbers of a cell
_NUMBERS = re.compile(r"^第?\s*\d{1,3}" + _POINT + r"?(?:\s*(?:[、，,;；\s]|[-—–~～至到])\s*\d{1,3}" + _POINT
                      + r"?)*\s*项?$")
_ITEM_LABELS = (re.compile(r"^\s*(\d{1,3})\s*[.、．](?!\d)"), re.compile(r"^\s*[(（]\s*(\d{1,3})\s*[)）]"))
_CLAUSES = {"lead": "牵头单位", "responsible": "责任单位", "support": "配合单位"}
# the number a cell saying "every task" (全部, 各项任务) stands for until the items above are known
_EVERY_TASK = -1


def _numbers(cell: str) -> list[int] | None:
    """The task numbers a cell names (2-4 is 2, 3, 4; 5（1）, a point of task 5, is 5; 全部 is [_EVERY_TASK]); [] for an
    empty cell; None for anything else."""
    text = cell.strip()
    if not text or text in lx.NO_UNIT:
        return []
    if text in lx.ALL_TASKS_CELL:
        return [_EVERY_TASK]
    if not _NUMBERS.match(text):
        return None
    out: list[int] = []
    for m in re.finditer(r"(\d{1,3})(?:\s*[-—–~～至到]\s*(\d{1,3}))?", re.sub(_POINT, "", text)):
        low, high = int(m.group(1)), int(m.group(2) or m.group(1))
        out += list(range(low, high + 1)) if low <= high <= low + 50 else [low]
    return out


def _table(lines: list[str], start: int) -> tuple[int, list[tuple[str, dict[str, list[int]]]], int] | None:
    """A duty table by unit at lines[start]: (its unit column, its rows as (unit, {role: task numbers}), the index
    after it); None unless every row's unit is a body's name and every role cell is a list of numbers."""
    delimiter = _delimiter(lines[start])
    if delimiter is None:
        return None
    head = [re.sub(r"\s+", "", c) for c in _split(lines[start], delimiter)]
    roles = {j: lx.MATRIX_ROLE_WORDS[m.group(1)] for j, c in enumerate(head) if (m := _ROLE_TASKS.match(c))}
    units = [j for j, c in enumerate(head) if j not in roles and _UNIT_HEAD.search(c) and header_kind(c) != "task"]
    if not roles or len(units) != 1:
        return None
    rows: list[tuple[str, dict[str, list[int]]]] = []
    i = start + 1
    while i < len(lines) and _delimiter(lines[i]) == delimiter:
        if _RULE.match(lines[i]):
            i += 1
            continue
        cells = _split(lines[i], delimiter)
        unit = cells[units[0]].strip() if units[0] < len(cells) else ""
        parts = {role: _numbers(cells[j]) if j < len(cells) else [] for j, role in roles.items()}
        if not body_column(unit) or any(p is None for p in parts.values()):
            return None
        merged: dict[str, list[int]] = {}
        for j, role in roles.items():
            merged.setdefault(role, []).extend(parts[role])
        rows.append((unit, merged))
        i += 1
    return (units[0], rows, i) if rows and any(n for _, p in rows for n in p.values()) else None


def _items(lines: list[str], end: int) -> dict[int, int] | None:
    """The line of each numbered item above `end`, in the one label style (1. or （1）) whose numbers are unique."""
    for label in _ITEM_LABELS:
        found: dict[int, list[int]] = {}
        for n in range(end):
            m = label.match(lines[n])
            if m:
                found.setdefault(int(m.group(1)), []).append(n)
        if found and all(len(at) == 1 for at in found.values()):
            return {number: at[0] for number, at in found.items()}
    return None


def _every_task(numbers: list[int], items: dict[int, int]) -> list[int]:
    """`numbers` with a cell's "every task" (全部) read as the number of every item above."""
    return sorted(items) if _EVERY_TASK in numbers else numbers


def assign_by_unit(text: str) -> str:
    """`text` with each duty table by unit read back into annotations on the numbered items above it."""
    if not any(word in text for word in _HEAD_WORDS):
        return text
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        table = _table(lines, i) if _delimiter(lines[i]) else None
        if table is None:
            i += 1
            continue
        _, rows, end = table
        items = _items(lines, i)
        if items is not None:
            rows = [(unit, {role: _every_task(numbers, items) for role, numbers in parts.items()})
                    for unit, parts in rows]
        named = sorted({n for _, parts in rows for numbers in parts.values() for n in numbers if n != _EVERY_TASK})
        if items is None or any(n not in items for n in named):
            missing = [n for n in named if items is None or n not in items]
            _note(lines[i], f"a duty table by unit names tasks {', '.join(map(str, missing[:8]))} that no numbered "
                            f"item above carries once: no role was given from it")
            i = end
            continue
        for number in named:
            clauses = []
            for role in ("lead", "responsible", "support"):
                names = list(dict.fromkeys(unit for unit, parts in rows if number in parts.get(role, [])))
                if names:
                    clauses.append(f"{_CLAUSES[role]}：{'、'.join(names)}")
            line = lines[items[number]].rstrip()
            stop = line[-1] if line and line[-1] in "。；;" else ""
            lines[items[number]] = f"{line[:len(line) - len(stop)]}（{'；'.join(clauses)}）{stop}"
        for n in range(i, end):
            lines[n] = ""  # the table's rows are read into the items: none is a task of its own
        i = end
    return "\n".join(lines)
