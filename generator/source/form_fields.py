"""A form's fields set as a two-column table of keys and values, read as the label lines they are.

A 交办单 / 督办单 copied from a PDF or a Word table prints one form a task, each field a row of two cells: the key
in the first column, its value in the second (承办单位<TAB>县甲局、县乙局), no header row above them. A value too long
for its cell wraps onto a row whose key cell is empty (<TAB>各乡镇人民政府). These rows are the form's label lines
(承办单位：X) written as a table: the reader reads them so, the wrapped cell joined to its row.
"""
from __future__ import annotations

import re

from ..words.labels import LABEL_LINE, NAME_FIELD

# a form's row: a short key of words alone (编号, 交办事项, 承办单位), a tab or tabs, one value cell
_KEY_VALUE_ROW = re.compile(r"^\s*([\u4e00-\u9fff]{2,8})\t+([^\t]*\S)\s*$")
# a wrapped value cell: the row's key cell empty, its line opening with the tab
_WRAPPED_CELL = re.compile(r"^\t+\s*([^\t]*\S)\s*$")
_LABEL_ROWS_MIN = 2  # one row keyed by a label may be a two-column table's header; a form has several


def form_fields_as_labels(text: str) -> str:
    """The text with each run of key<TAB>value rows holding a form's labelled fields written `key：value`.

    A run counts as a form where at least two of its keys are labels the reader knows (承办单位, 办结时限, 交办事项:
    words.labels LABEL_LINE / NAME_FIELD); its other keys (编号, 督办人) are the form's fields as well. A wrapped
    cell's text is joined to its row's value and its own line left blank, so every line keeps its number.
    """
    if "\t" not in text:
        return text
    lines = text.split("\n")
    k = 0
    while k < len(lines):
        end = _run_end(lines, k)
        if end > k:
            _rewrite_run(lines, k, end)
            k = end
        else:
            k += 1
    return "\n".join(lines)


def _run_end(lines: list[str], start: int) -> int:
    """The end of the run of form rows (and wrapped cells) starting at line start; start itself where none starts."""
    if not _KEY_VALUE_ROW.match(lines[start]):
        return start
    end = start + 1
    while end < len(lines) and (_KEY_VALUE_ROW.match(lines[end]) or _WRAPPED_CELL.match(lines[end])):
        end += 1
    return end


def _rewrite_run(lines: list[str], start: int, end: int) -> None:
    rows = [_KEY_VALUE_ROW.match(lines[k]) for k in range(start, end)]
    labelled = sum(1 for m in rows if m and _is_label(m.group(1), m.group(2)))
    if labelled < _LABEL_ROWS_MIN:
        return
    row_at = start
    for k in range(start, end):
        row = _KEY_VALUE_ROW.match(lines[k])
        if row:
            lines[k] = f"{row.group(1)}：{row.group(2).strip()}"
            row_at = k
        else:  # a wrapped cell: its text goes on its row's value
            lines[row_at] += _WRAPPED_CELL.match(lines[k]).group(1).strip()
            lines[k] = ""


def _is_label(key: str, value: str) -> bool:
    line = f"{key}：{value.strip()}"
    return bool(LABEL_LINE.match(line) or NAME_FIELD.match(line))
