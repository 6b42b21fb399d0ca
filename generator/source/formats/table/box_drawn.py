"""Layout: a table drawn with box-drawing characters, as text copies of older documents and text taken from
some PDFs set it:

    ┌────┬──────────┬────────┐
    │序号│ 工作任务 │牵头单位│
    ├────┼──────────┼────────┤
    │ 1  │加固病险水│ 县水利局 │
    │    │库。      │        │
    └────┴──────────┴────────┘

A rule line (┌ ├ └ and ─ ┬ ┼ ┴ between) closes a row; between two rules each line holds a piece of every cell
of the row, parted by │, and a cell's pieces, read down its column, are its text (a wrapped cell, a header cell
over two lines). The same table drawn in ASCII (+----+ rules, | bars: a Markdown grid table) is read alike. Only
a table whose header reads as a task table's is rewritten; any other drawn table is left as it stands.
"""
from __future__ import annotations

import re

from .cells import _names_throughout, join_lines
from .fitting import _cut_at_the_edge
from .header import _header
from .layouts import Found


# a line of box-drawing characters only, or the same drawn in ASCII (+----+====+, a Markdown grid table as pandoc
# writes a table whose cells hold several lines): a rule between rows
_BOX_RULE = re.compile(r"^(?:[\u2500-\u257f\s]+|\s*\+(?:[-=:]+\+)+\s*)$")
_BOX_BAR = "│┃║|"
_BOX_ROW = re.compile(rf"^\s*[{re.escape(_BOX_BAR)}]")


def _pieces(line: str) -> list[str]:
    """The pieces of a row's line between its bars, the outer bars' empty ends dropped."""
    parts = re.split(rf"[{re.escape(_BOX_BAR)}]", line.strip())
    return [p.strip() for p in parts[1:len(parts) - 1 if line.strip()[-1] in _BOX_BAR else len(parts)]]


def _row(lines: list[str]) -> list[str]:
    """A row's cells: each column's pieces, read down the row's lines, joined."""
    pieces = [_pieces(line) for line in lines]
    width = max(len(p) for p in pieces)
    return [_fold([p[j] for p in pieces if j < len(p) and p[j]]) for j in range(width)]


def _fold(parts: list[str]) -> str:
    """A cell's pieces as its text: a line wrapped at the cell's edge goes on with no space (河 / 道, 市发展 / 改革委),
    while whole names on lines of their own stay a unit a line (县应急管理局 / 县商务局)."""
    out = ""
    for part in parts:
        last = out.rsplit("\n", 1)[-1]
        if out and _names_throughout(last) and _names_throughout(part) and not _cut_at_the_edge(last, part):
            out += "\n" + part
        else:
            out = join_lines([out, part])
    return out


def read_box_drawn(lines: list[str], start: int) -> Found | None:
    """The layout reader (`pasted.build_layouts`): a box-drawn task table from its top rule at lines[start]."""
    if not _BOX_RULE.match(lines[start]) or not lines[start].strip():
        return None
    if start + 1 >= len(lines) or not _BOX_ROW.match(lines[start + 1]):
        return None
    rows: list[list[str]] = []
    current: list[str] = []
    i = start + 1
    while i < len(lines):
        line = lines[i]
        if _BOX_RULE.match(line) and line.strip():
            if current:
                rows.append(_row(current))
            current = []
        elif _BOX_ROW.match(line):
            current.append(line)
        else:
            break  # the text after the table (a page cut inside a row keeps what it read)
        i += 1
    if current:
        rows.append(_row(current))
    if not any(_header(rows, k) for k in range(min(len(rows), 3))):
        return Found(i, None)  # no task table: its lines are passed over whole, not scanned again from each rule
    return Found(i, rows, cut=bool(current) and i >= len(lines))
