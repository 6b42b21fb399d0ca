"""Rows of a table copied from a PDF in the text's raw order: the cells' lines side by side, or one cell after another."""
from __future__ import annotations

import re

from ....words.names import unit_like
from .cells import _NONE, _cell_class, _names_throughout, join_lines
from .header import UNIT_COLUMN_KINDS
from .marks import _SPACE_RUN

# A PDF table copied in the text's raw order (pdftotext -raw, and the copy of many PDF readers) prints a row as lines
# of fragments at column 0: the first line joins each cell's first line by one space (1 秋季普查 开展松林专项普查，采用
# 市林业局 各县（市、区）人 2025年11), the next joins the cells' second lines (人工踏查结合 民政府 月底前), and so on.
# A cell that ended on an earlier line gives no fragment, so nothing but the fragments say whose each is; they come in
# the order of the cells they go on. Read from the right, a fragment goes on the date cell where it is a date's tail
# (月底前, 31日前, —10月) and the two read as one date, on a unit cell still open (its last name cut: 市财政 / 局; a list
# ending in 、; a bracketed list of places a body's name follows: 各县（市、区） / 人民政府) where it is the rest of a name;
# the fragments left go on the text cells, the last text column (the measure, which wraps most) first.
_DATE_TAIL = re.compile(r"^[\d年月日号底前内中旬末初止季度—–\-－~～至到]{1,10}$")
_CLAUSE = re.compile(r"[，,。；;：:！!？?]")


def full_first_line(line: str, width: int) -> bool:
    """Whether a numbered row's first line holds one piece per column, parted by single spaces (1 秋季普查 开展… 市林业局
    各县（市、区）人 2025年11): the line a raw-order copy prints with every cell's first line."""
    pieces = _SPACE_RUN.split(line.strip())
    return len(pieces) == width and pieces[0].rstrip(".、．").isdigit()


def _date_goes_on(cell: str, piece: str) -> bool:
    """Whether a fragment is the rest of a date cell (2025年11 / 月30日前, 2025年5月 / —10月)."""
    return bool(cell) and bool(_DATE_TAIL.match(piece)) and _cell_class(join_lines([cell, piece])) == "deadline"


def _unit_cell_open(cell: str) -> bool:
    """A unit cell whose last name the line cut (市财政, 市林业局、市应急, 市公安局、), or whose last name is a bracketed
    list of places that a body's name goes on (各县（市、区） / 人民政府); / or 无 is a cell closed empty."""
    return bool(cell) and not _NONE.match(cell) and (not _names_throughout(cell) or cell[-1] in "、，,）)")


def _unit_goes_on(cell: str, piece: str) -> bool:
    """Whether a fragment is the rest of an open unit cell: no clause and no date in it. A cell whose last name the
    line cut (or whose list a 、 leaves open) must go on in this line; one that ends in a bracketed list of places
    goes on only where the fragment ends as a body's name does (人民政府)."""
    if not _unit_cell_open(cell) or _CLAUSE.search(piece) or len(piece) > 30 or _DATE_TAIL.match(piece):
        return False
    return not _names_throughout(cell) or cell[-1] in "、，," or unit_like(piece)


def _side_by_side(cells: list[str], pieces: list[str], kinds: list[str | None], first: int) -> None:
    """Put a later line's fragments on the cells they go on (see above), cells[first:] being the row's columns."""
    columns = list(range(first, len(kinds)))
    if len(pieces) == len(columns):
        for j, piece in zip(columns, pieces):
            cells[j] = join_lines([cells[j], piece])
        return
    texts = [j for j in columns if kinds[j] not in UNIT_COLUMN_KINDS and kinds[j] != "deadline"]
    for j in reversed(columns):
        if not pieces or j in texts:
            continue
        if kinds[j] == "deadline" and _date_goes_on(cells[j], pieces[-1]) or (
                kinds[j] in UNIT_COLUMN_KINDS and _unit_goes_on(cells[j], pieces[-1])):
            cells[j] = join_lines([cells[j], pieces.pop()])
    for j in reversed(texts):
        if pieces:
            rest = pieces[:-1] if j != texts[0] else []
            cells[j] = join_lines([cells[j]] + pieces[len(rest):])
            pieces = rest


def raw_order_row(raw: list[str], kinds: list[str | None]) -> list[str]:
    """The cells of a numbered row whose first line holds one piece per column (`full_first_line`) and whose later
    lines hold the rest of the cells side by side in raw order."""
    cells = [p for p in _SPACE_RUN.split(raw[0].strip())]
    cells[0] = cells[0].rstrip(".、．")
    for line in raw[1:]:
        _side_by_side(cells, _SPACE_RUN.split(line.strip()), kinds, 1)
    return cells


# The same copy may give a row cell after cell instead, a cell the PDF set as a block of its own: the number and the
# title's first line, the title's rest, the measure's lines, the lead unit alone, the other units' lines, the date
# (14 电力通信工程 / 监管 / 督促电力、通信企业… / 市发展改革委 / 国网某供电公司、 / … / 长期坚持). Each line goes on the cell
# before it unless it opens the next column: a clause (，、) or a long line after a title opens the measure, units after
# text open the unit columns, a second unit cell opens where the first reads whole, a date opens the date column.
def _opens_next(cell: str, kind: str | None, piece: str, next_kind: str | None, title: bool) -> bool:
    """Whether a line of a row given cell by cell opens the column after the one `cell` is in."""
    held = _cell_class(piece)
    if next_kind == "deadline":
        return held == "deadline" and not (kind == "deadline" or _date_goes_on(cell, piece))
    if next_kind in UNIT_COLUMN_KINDS:
        if kind in UNIT_COLUMN_KINDS:
            return not _unit_cell_open(cell) and held != "deadline"
        return held == "units" or unit_like(piece.rstrip("、，,"))
    if title:
        return bool(_CLAUSE.search(piece) or "、" in piece) or len(piece) >= 10
    return False


def cell_by_cell_row(raw: list[str], kinds: list[str | None]) -> list[str]:
    """The cells of a numbered row whose first line stops short of its last column and whose later lines give the
    cells' lines one after another (one piece a line)."""
    first = _SPACE_RUN.split(raw[0].strip())
    cells = first + [""] * (len(kinds) - len(first))
    cells[0] = cells[0].rstrip(".、．")
    at = len(first) - 1
    for line in raw[1:]:
        for piece in _SPACE_RUN.split(line.strip()):
            if at + 1 < len(kinds) and _opens_next(cells[at], kinds[at], piece, kinds[at + 1],
                                                   kinds[at] == "task" and kinds[at + 1] == "task"):
                at += 1
            cells[at] = join_lines([cells[at], piece])
    return cells
