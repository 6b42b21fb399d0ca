"""A responsibility matrix (责任分工表 whose columns are the units) unfolded into a task table's unit columns.

Offices often lay a 分工表 out the other way round: the units head the columns and each task's row marks the
part each unit takes (序号 | 重点任务 | 市发展改革委 | 市市场监管局 … / 1 | 推进… | ○ | ● …), with a legend
beside the table saying what the marks mean: （●为牵头单位，○为配合单位） under the title, 注：★表示牵头单位，
☆表示配合单位。 under the table, or in a header cell (责任单位（●牵头 ○配合）). A careful reader reads each row
as "the units whose column carries ● lead, those with ○ support", so the matrix becomes the 牵头单位 / 配合单位 /
责任单位 columns every other table has, and `rows` reads it from there.

The legend is read from the document's own words. Where it gives none, a mark's common meaning is used
(● ★ ▲ lead, ○ ☆ △ support, √ a unit in charge; lexicon.MATRIX_COMMON_ROLES) and the reading says so; a mark
with no common meaning keeps its unit as responsible, and that is said too. Marks written as role words
(牵头 / 配合, 牵 / 配, 主 / 协) are their own legend.
"""
from __future__ import annotations

import re

from ....model import TABLE_RULE_NOTE as RULE_NOTE
from ....words import lexicon as lx
from .header import _CLAUSES, _Columns, body_column, marked_column, short_named_column
from .marks import matrix_mark
from .notes import _note

_ROLE_WORD = re.compile("(" + "|".join(sorted((w for w in lx.MATRIX_ROLE_WORDS if len(w) > 1), key=len, reverse=True))
                        + r")(?:单位|部门|责任单位|责任部门)?")
_MARK = "[" + re.escape("".join(lx.MATRIX_MARKS)) + "]"
_VERB = "|".join(lx.MATRIX_LEGEND_VERBS)
_MARKER = "|".join(sorted(lx.MATRIX_LEGEND_MARKERS, key=len, reverse=True))
_QUOTE = "[“”\"'‘’「」]?"
# ●为牵头单位, ○表示配合部门, ★：牵头, ●牵头 ○配合, 打“√”的为责任单位, 标▲的为牵头部门: the mark, then its role
_MARK_FIRST = re.compile(rf"{_QUOTE}({_MARK}){_QUOTE}\s*(?:(?:的|者)(?:单位|部门)?)?\s*(?:{_VERB}|[:：—\-－=])?\s*"
                         rf"{_ROLE_WORD.pattern}")
# 牵头单位用●表示, 配合单位标注○: the role, then its mark
_ROLE_FIRST = re.compile(rf"{_ROLE_WORD.pattern}\s*(?:{_MARKER})\s*{_QUOTE}({_MARK}){_QUOTE}(?:{_VERB})?")


def legend(text: str) -> dict[str, str]:
    """The roles a document's legend gives its marks: {"●": "lead", "○": "support"}."""
    return {mark: role for mark, (role, _) in _legend(text).items()}


def _legend(text: str) -> dict[str, tuple[str, str]]:
    """Each mark's role and the words of the legend that give it (●为牵头单位)."""
    found: dict[str, tuple[str, str]] = {}
    for m in _MARK_FIRST.finditer(text):
        found.setdefault(m.group(1), (lx.MATRIX_ROLE_WORDS[m.group(2)], m.group()))
    for m in _ROLE_FIRST.finditer(text):
        found.setdefault(m.group(2), (lx.MATRIX_ROLE_WORDS[m.group(1)], m.group()))
    return found


# A legend standing on a line of its own, bracketed or after 注 / 说明 (（●为牵头单位，○为配合单位）, 注：★表示牵头单位).
_LEGEND_LINE = re.compile(r"^[(（]?\s*(?:(?:注|说明|备注|图例)\s*\d?\s*[:：]?\s*)?(.*?)\s*[)）]?[。.]?$")
_LEGEND_CHARS = 60


def legend_line(line: str) -> str:
    """The legend a line of its own states (●为牵头单位，○为配合单位), without its brackets or 注：; "" when the line
    is anything else. Such a line under a matrix is the table's note, not an annotation of its last task."""
    text = line.strip()
    match = _LEGEND_LINE.match(text)
    if not text or len(text) > _LEGEND_CHARS or not match or not legend(text):
        return ""
    body = match.group(1)
    rest = _ROLE_FIRST.sub("", _MARK_FIRST.sub("", body))
    return body if not re.sub(r"[\s，,；;、。.和及]", "", rest) else ""


_ROLES = ("lead", "responsible", "support")  # the unit columns a matrix becomes, in this order


def _clause(role: str) -> str:
    return dict(_CLAUSES)[role]


def _spanning(row: list[str]) -> bool:
    """A grid row one merged cell spans (its text repeated in every slot): a group heading over the table."""
    return len(row) > 2 and bool(row[0].strip()) and all(c.strip() == row[0].strip() for c in row)


def unfold(columns: _Columns, data: list[list[str]], context: str = "") -> tuple[_Columns, list[list[str]]]:
    """The matrix's unit columns as 牵头单位 / 责任单位 / 配合单位 columns; any other table comes back as it is.
    `context` is the text around the table, nearest first (its title and a note under it, then the rest of the
    document), where the legend stands; the header's cells and the rows' notes are searched too."""
    width = columns.width
    rows_of_cells = [r for r in data if len(r) == width and not _spanning(r)]
    bodies = [j for j, name in enumerate(columns.names) if columns.kinds[j] is None
              and marked_column(name, [r[j] for r in rows_of_cells])]
    marked = {matrix_mark(r[j]) for r in data for j in bodies if j < len(r) and matrix_mark(r[j])}
    if len(bodies) < 2 or not marked:
        return columns, data
    notes = " ".join(r[0] for r in data if len([c for c in r if c.strip()]) == 1)  # 注：… as a row of the table
    said = _legend(" ".join([context, *columns.header_cells, notes]))
    if sum(body_column(columns.names[j]) for j in bodies) < 2:
        # two bodies' full names at least make a matrix, short names beside them; short names alone only as the
        # document says they are units (its legend giving their marks roles, or a spanning 责任单位 over them)
        short = [j for j in bodies if not body_column(columns.names[j])]
        if not all(columns.names[j] in columns.spanned or short_named_column(
                columns.names[j], [r[j] for r in rows_of_cells], frozenset(said)) for j in short):
            return columns, data
        _note(columns.names[short[0]], "a responsibility matrix's columns headed by short names ("
              + "、".join(re.sub(r"\s+", "", columns.names[j]) for j in short)
              + "): read as units by the document's " + ("header" if all(columns.names[j] in columns.spanned
                                                                        for j in short) else "legend")
              + ", kept as printed")
    roles: dict[str, str] = {}
    for mark in sorted(marked):
        role = said[mark][0] if mark in said else lx.MATRIX_ROLE_WORDS.get(mark)
        if role is None and mark in lx.MATRIX_COMMON_ROLES:
            role = lx.MATRIX_COMMON_ROLES[mark]
            _note(mark, f"a responsibility matrix with no legend for '{mark}': read by its common meaning "
                        f"as {_clause(role)}")
        elif role is None:
            role = "responsible"
            _note(mark, f"a responsibility matrix's mark '{mark}' has no legend and no common meaning: its units "
                        f"are read as 责任单位")
        roles[mark] = role
    read = [said[mark][1] for mark in sorted(marked) if mark in said]
    if read:  # the legend applied is a rule the document states: said where it stands
        by_role = sorted((mark for mark in marked if mark in said), key=lambda m: (_ROLES.index(roles[m]), m))
        _note(read[0], RULE_NOTE + "a responsibility matrix read by its legend: " + "，".join(
            f"{mark} as {_clause(roles[mark])}" for mark in by_role))
    order = [role for role in _ROLES if role in roles.values()]
    at = bodies[0]
    keep = [j for j in range(width) if j not in bodies]
    names = [columns.names[j] for j in keep if j < at] + [_clause(r) for r in order] + [
        columns.names[j] for j in keep if j > at]
    kinds = [columns.kinds[j] for j in keep if j < at] + order + [columns.kinds[j] for j in keep if j > at]
    shorts = frozenset(re.sub(r"\s+", "", columns.names[j]) for j in bodies if not body_column(columns.names[j]))
    unfolded = _Columns(kinds, names, columns.header_cells | {_clause(r) for r in order}, short_units=shorts)
    unit_names = {j: re.sub(r"\s+", "", columns.names[j]) for j in bodies}  # a name set over two lines: 市发展 / 改革委
    rows = []
    for row in data:
        if len(row) < width and len([c for c in row if c.strip()]) <= 1:
            rows.append(row)  # a section row or a note spanning the table
            continue
        if _spanning(row):
            rows.append([row[0]] * len(names))  # a grid's merged cell over the whole row: a section row
            continue
        row = row + [""] * (width - len(row))
        empty = "" if len([c for c in row if c.strip()]) <= 1 else lx.NO_UNIT[0]  # a section row stays one cell
        # every unit of a matrix has its cell in every row: an empty one says the unit takes no such part, so
        # the role's cell says 无 and is never filled from the row above as a merged cell would be
        units = {r: "、".join(unit_names[j] for j in bodies if matrix_mark(row[j]) and roles[matrix_mark(row[j])] == r)
                 or empty for r in order}
        rows.append([row[j] for j in keep if j < at] + [units[r] for r in order] + [row[j] for j in keep if j > at])
    return unfolded, rows
