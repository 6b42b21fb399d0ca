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
_LABELS = [(re.compile(f"{lx.LABEL_MODIFIER}(?:{pattern})"), role) for pattern, role in lx.LABEL_ROLES
           if role != "deadline"]
_BARE_ROLE_WORDS = {w: role for role, words in lx.LABEL_ROLE_WORDS.items() for w in words
                    if w not in lx.PEOPLE_ROLE_WORDS}
_LONGEST_LABEL = 12  # a cell longer than this is a name or a sentence, never a role's label


def label_role(text: str) -> str | None:
    """The role a cell holding only a role label (牵头单位, 主要配合部门) or a role word (落实) names; None otherwise."""
    text = text.strip()
    if not text or len(text) > _LONGEST_LABEL:
        return None
    if text in _BARE_ROLE_WORDS:
        return _BARE_ROLE_WORDS[text]
    return next((role for pattern, role in _LABELS if pattern.fullmatch(text)), None)


def is_role_label(text: str) -> bool:
    return label_role(text) is not None


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
    # each label written as the role's plain label (lexicon.ROLE_LABEL_WRITTEN), which every unit-cell reader knows
    fields = [f"{lx.ROLE_LABEL_WRITTEN[label_role(label)]}：{units}"
              for label, cells in _merged_labels(pairs) if (units := _units(cells))]
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


def role_lines_line(lines: list[str]) -> str | None:
    """The same grid pasted or exported one cell a line (HTML's <br>, a spreadsheet's wrapped cell): each role label
    on a line of its own over the unit lines it labels (牵头单位⏎市X局⏎配合单位⏎市Y局、市Z局), or the labels first and
    then one unit line each, as a grid's header row over its units row reads (牵头⏎配合⏎市X局⏎市Y局); None for lines
    of any other shape (units alone, a label line with no units, more unit lines than labels after a header)."""
    lines = [line.strip() for line in lines if line.strip()]
    labels = [is_role_label(line) for line in lines]
    if not lines or not labels[0] or labels[-1]:
        return None
    header = labels.index(False)
    if header >= 2 and not any(labels[header:]):
        if len(lines) - header != header:
            return None  # not one unit line a label: which units go under which role is not known
        return role_grid_line([lines[:header], lines[header:]])
    if any(a and b for a, b in zip(labels, labels[1:])):
        return None
    rows: list[list[str]] = []
    for line, label in zip(lines, labels):
        if label:
            rows.append([line])
        else:
            rows[-1].append(line)  # the label's row: a label beside its unit cells
    return role_grid_line(rows)


# a box (ticked or not) and the role word after it: ☒牵头 / ☐ 配合
_BOX_MARKS = re.escape("".join(lx.TICKED_BOX_MARKS + lx.UNTICKED_BOX_MARKS))
_BOXED_WORD = re.compile(f"([{_BOX_MARKS}])\\s*([^\\s{_BOX_MARKS}]+)\\s*")


def tick_boxes(line: str) -> list[tuple[bool, str]] | None:
    """A form's line of role words each after a box (☒牵头 ☐配合, ■主责 □协同; lexicon TICKED_BOX_MARKS): (ticked,
    role) of each box; None for any other line. Two boxes at least: a lone ■ before a word is a bullet as often."""
    line, boxes, at = line.strip(), [], 0
    while at < len(line):
        match = _BOXED_WORD.match(line, at)
        role = label_role(match.group(2)) if match else None
        if role is None:
            return None
        boxes.append((match.group(1) in lx.TICKED_BOX_MARKS, role))
        at = match.end()
    return boxes if len(boxes) >= 2 else None


def tick_box_role(line: str) -> str | None:
    """The role of the one ticked box of a tick line (☒牵头 ☐配合 -> lead); None where none or several are ticked."""
    ticked = [role for is_ticked, role in tick_boxes(line) or () if is_ticked]
    return ticked[0] if len(ticked) == 1 else None


def is_tick_cell(cell: str) -> bool:
    """Is every line of the cell a tick line (a form's role boxes, one line per unit of the unit cell beside it)?"""
    lines = [line for line in cell.split("\n") if line.strip()]
    return bool(lines) and all(tick_boxes(line) for line in lines)
