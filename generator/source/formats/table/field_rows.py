"""Layout: a 分工表 laid on its side by its fields, the field names down the first column and one task a column.

Offices printing a short 分工表 on a landscape page turn it round: the first column holds the field names (序号 /
重点任务 / 牵头单位 / 配合单位 / 完成时限), each later column is one task (序号 | 1 | 2 | 3 over 重点任务 | 整治… | 新建…).
A 任务类别 row merged over each group's columns may head it, its name in the group's first column and the cells it
covers empty, as a merged cell is copied. A long table is printed in blocks, one a page or one under each group's
heading, the labels repeated in each: every block is read as a table of its own, its heading staying the section
over it. A careful reader reads each column as a row, so the block is turned upright (the field names the header,
a column a row) and read as any 分工表: a group cell written once over its columns reads as a merged first column.
"""
from __future__ import annotations

from .delimited import _RULE, _delimiter, _record, _split
from .header import UNIT_COLUMN_KINDS, header_kind
from .layouts import Found, columns_of
from .marks import _NUMBER_CELL

_MIN_FIELDS = 3  # the task, a unit and one more field at least: two labelled rows are a card, not a table
# the fields a 分工表 is made of: a value naming one is a field name, the lines label/value pairs (序号 | 1 | 牵头单位 | …);
# a date reading as a header word of another kind (10月底前, a month's column of a schedule) is a value still
_FIELD_KINDS = ("number", "task", "group", "deadline", *UNIT_COLUMN_KINDS)
_MIN_TASKS = 2  # one column of values is a card (任务名称 | … over 牵头单位 | …), read as the lines it is


def read_field_rows(lines: list[str], start: int) -> Found | None:
    """The layout reader (`pasted.build_layouts`): field names down the first column, a task a column."""
    delimiter = _delimiter(lines[start])
    if delimiter is None:
        return None
    rows, kinds, i = _field_rows(lines, start, delimiter)
    if not _a_task_table(rows, kinds):
        return None
    labels, *columns = columns_of(rows)
    turned = [labels, *(c for c in columns if any(cell.strip() for cell in c))]
    return Found(i, turned)


def _field_rows(lines: list[str], start: int, delimiter: str) -> tuple[list[list[str]], list[str], int]:
    """The rows from lines[start] whose first cell names a field, each field once (a repeated label starts the next
    block), their fields' kinds, and the index after them."""
    rows: list[list[str]] = []
    kinds: list[str] = []
    i = start
    while i < len(lines):
        line, after = _record(lines, i, delimiter)  # a quoted cell holding line breaks is one cell
        if _RULE.match(line):
            i = after
            continue
        if _delimiter(line) != delimiter:
            break
        cells = _split(line, delimiter)
        kind = header_kind(cells[0])
        if kind is None or kind in kinds:
            break
        rows.append(cells)
        kinds.append(kind)
        i = after
    return rows, kinds, i


def _a_task_table(rows: list[list[str]], kinds: list[str]) -> bool:
    """Whether the field rows hold tasks: a task row and a unit row among at least _MIN_FIELDS, _MIN_TASKS columns
    of tasks, every value a value (no other field's name among them: an upright header line has its names across),
    and a 序号 row holding numbers only."""
    if len(rows) < _MIN_FIELDS or "task" not in kinds or not any(k in UNIT_COLUMN_KINDS for k in kinds):
        return False
    tasks = rows[kinds.index("task")][1:]
    if sum(bool(t.strip()) for t in tasks) < _MIN_TASKS:
        return False
    if any(_names_another_field(c, kind) for r, kind in zip(rows, kinds) for c in r[1:] if c.strip()):
        return False
    numbers = rows[kinds.index("number")][1:] if "number" in kinds else []
    return all(_NUMBER_CELL.match(n.strip()) for n in numbers if n.strip())


def _names_another_field(value: str, field: str) -> bool:
    """Whether a value names a field other than its row's: then the line is label/value pairs (重点任务 | 整治… | 牵头单位
    | 县X局) or a header read across, no row of a table on its side. A value reading as its own row's field is a value
    still: a task's words may hold a header word (完善工作机制, 落实重点任务 in the 重点任务 row), a deadline's too (按节点完成
    in the 完成时限 row), and the unit rows are one family (有关单位 in a 配合单位 row)."""
    kind = header_kind(value)
    if kind not in _FIELD_KINDS:
        return False
    return kind != field and not (kind in UNIT_COLUMN_KINDS and field in UNIT_COLUMN_KINDS)
