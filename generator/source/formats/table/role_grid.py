"""A unit cell split into a small table of its own, one role a column or a row, as one labelled line.

Word 分工表 often split the 责任单位 cell of a row into a nested table naming the roles and the units under them:

    [牵头     | 配合              ]         [牵头单位 | 市X局      ]
    [市X局    | 市Y局、某县政府   ]   or    [配合单位 | 市Y局、市Z局 ]

Flattened cell by cell (header first) the roles lose their units and the role words read as names. Written as the
labelled line the office would have typed (牵头：市X局；配合：市Y局、某县政府) the annotation reader pairs them.
A nested table that is not such a grid (no role word heading every column or every row) is left to the caller.
"""
from __future__ import annotations

import re

from ....words import lexicon as lx

# a role label (牵头单位, 主要配合部门) or a role word alone (牵头 | 配合 | 落实: a nested grid's header cells name the
# roles so, 落实 included, where a sentence's 落实 would label nothing); not the words naming people (组长, 成员)
_LABEL = re.compile(f"{lx.LABEL_MODIFIER}(?:{lx.UNIT_LABEL})")
_BARE_ROLE_WORDS = {w for words in lx.LABEL_ROLE_WORDS.values() for w in words} - set(lx.PEOPLE_ROLE_WORDS)
_LONGEST_LABEL = 12  # a cell longer than this is a name or a sentence, never a role's label


def is_role_label(text: str) -> bool:
    text = text.strip()
    if not text or len(text) > _LONGEST_LABEL:
        return False
    return text in _BARE_ROLE_WORDS or _LABEL.fullmatch(text) is not None


def role_grid_line(rows: list[list[str]]) -> str | None:
    """`牵头：A；配合：B、C` for a grid whose first row (or first column) labels every column (or row) with a role,
    with units under (or beside) the labels; None for any other grid."""
    rows = [[cell.strip() for cell in row] for row in rows if any(cell.strip() for cell in row)]
    if len(rows) < 1:
        return None
    width = max(len(row) for row in rows)
    grid = [row + [""] * (width - len(row)) for row in rows]
    if len(grid) >= 2 and all(is_role_label(cell) for cell in grid[0]):
        pairs = [(label, [row[c] for row in grid[1:]]) for c, label in enumerate(grid[0])]
    elif width >= 2 and all(is_role_label(row[0]) for row in grid):
        pairs = [(row[0], row[1:]) for row in grid]
    else:
        return None
    fields = [f"{label}：{units}" for label, cells in _merged_labels(pairs) if (units := _units(cells))]
    if not fields or any(is_role_label(cell) for _, cells in pairs for cell in cells):
        return None  # no unit named, or a label among the units: a grid of another shape
    return "；".join(fields)


def _merged_labels(pairs):
    """A label cell spanning two grid slots (Word repeats it into each) is one label."""
    out: list[tuple[str, list[str]]] = []
    for label, cells in pairs:
        if out and out[-1][0] == label:
            out[-1][1].extend(cells)
        else:
            out.append((label, list(cells)))
    return out


def _units(cells: list[str]) -> str:
    """The unit cells under one label as one list: each line a unit list, a placeholder (—, 无) naming nobody, a
    cell spanning slots (repeated by the grid) named once."""
    names: list[str] = []
    for cell in cells:
        for line in cell.split("\n"):
            line = line.strip().rstrip("；;，,。")
            if line and line not in lx.NO_UNIT and line not in names:
                names.append(line)
    return "、".join(names)
