"""Layout: a table whose columns a line of dashes under its header marks, its cells parted by spaces: the simple
and multiline tables pandoc writes when it turns a .docx into Markdown or text.

      序号   工作任务                 牵头单位   完成时限          <- a simple table: a row a line,
      ------ ------------------------ ---------- ----------           a blank line after the last
      1      加固病险水库。           县水利局   汛期前

      ----------------------------------------------------        <- a multiline table: dashes across above
      序号   工作任务                 牵头单位   完成时限             the header and under the last row,
      ------ ------------------------ ---------- ----------           a blank line between rows, each cell
      1      加固病险水库，清理河道   县应急管   汛期前               wrapped within its column
             行洪障碍。               理局
      ----------------------------------------------------

Each run of dashes is a column: its text on every line lies from the run's start to the next run's start,
counted in printed columns (a Chinese character takes two: pandoc pads by printed width, so the characters of
two lines do not line up). A cell's pieces, read down its row's lines, are its text (`box_drawn._fold`). Only a
table whose header reads as a task table's is rewritten.
"""
from __future__ import annotations

import re

from ....words.widths import display_width
from .box_drawn import _fold
from .header import header_at
from .layouts import Found

_ACROSS = re.compile(r"^\s*-{10,}\s*$")  # the rule above a multiline table's header and under its last row
_COLUMN_DASHES = re.compile(r"^\s*-{2,}(?: +-{2,})+\s*$")  # a run of dashes under each column's name
_HEADER_LINES = 3  # a multiline table's header wrapped over this many lines, at most


def _columns(dashes: str) -> list[int]:
    """The printed column each run of dashes starts at."""
    return [m.start() for m in re.finditer(r"-+", dashes)]


def _slices(line: str, starts: list[int]) -> list[str]:
    """The line's text under each column: from the column's start to the next one's, in printed columns."""
    pieces = [""] * len(starts)
    at = 0
    for ch in line.rstrip():
        column = max((j for j, s in enumerate(starts) if s <= at), default=0)
        pieces[column] += ch
        at += display_width(ch)
    return [p.strip() for p in pieces]


def _row(lines: list[str], starts: list[int]) -> list[str]:
    sliced = [_slices(line, starts) for line in lines]
    return [_fold([s[j] for s in sliced if s[j]]) for j in range(len(starts))]


def read_dashed(lines: list[str], start: int) -> Found | None:
    """The layout reader (`pasted.build_layouts`): a simple table from its header line at lines[start], or a
    multiline one from the dashes across above its header."""
    multiline = bool(_ACROSS.match(lines[start]))
    first = start + 1 if multiline else start
    under = next((k for k in range(first + 1, min(first + 1 + _HEADER_LINES, len(lines)))
                  if _COLUMN_DASHES.match(lines[k])), None)
    if under is None or not lines[first].strip() or not all(ln.strip() for ln in lines[first:under]):
        return None
    if not multiline and under != first + 1:
        return None
    starts = _columns(lines[under])
    rows = [_row(lines[first:under], starts)]
    current: list[str] = []
    closed = not multiline
    i = under + 1
    while i < len(lines):
        line = lines[i]
        if multiline and _ACROSS.match(line):
            closed, i = True, i + 1
            break
        if not line.strip():
            if current:
                rows.append(_row(current, starts))
                current = []
            if not multiline:
                break
        else:
            current.append(line)
            if not multiline:
                rows.append(_row(current, starts))
                current = []
        i += 1
    if not closed:
        return None  # no rule under the rows: no multiline table, and the rest of the text is not to be taken for one
    if current:
        rows.append(_row(current, starts))
    if not any(header_at(rows, k) for k in range(min(len(rows), 2))):
        return Found(i, None)  # no task table: its lines are passed over as written
    return Found(i, rows)
