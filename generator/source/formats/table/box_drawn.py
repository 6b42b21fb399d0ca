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

A cell merged down several rows (a 任务类别 cell over its group's tasks, as Word tables merge it) leaves the rule
under each row it spans open in its column: pandoc writes `+----+          +----+`, or the rest of the cell's text
on the rule line (`+----+ 品牌建设 +----+`), box drawings `├──┤    ├──┤`. Such a partial rule closes the row in
its ruled columns while the spanning cell reads on; its text, read down all its rows and rules, is repeated in
each row it spans, as a .docx vertical merge is (`docx._table_rows`).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ....words import lexicon as lx
from ....words.brackets import depth_zero_split
from ....words.widths import display_width
from .cells import _names_throughout, join_lines
from .fitting import _cut_at_the_edge
from .header import header_at
from .layouts import Found


# a line of box-drawing characters only, or the same drawn in ASCII (+----+====+, a Markdown grid table as pandoc
# writes a table whose cells hold several lines): a rule between rows
_BOX_RULE = re.compile(r"^(?:[\u2500-\u257f\s]+|\s*\+(?:[-=:]+\+)+\s*)$")
_BOX_BAR = "│┃║|"
_BOX_ROW = re.compile(rf"^\s*[{re.escape(_BOX_BAR)}]")
# the strokes a rule is drawn with between two edges (─ ━ ═ and dashed ones; - = and : in ASCII)
_STROKES = "-=:\u2500\u2501\u2504\u2505\u2508\u2509\u254c\u254d\u2550\u2574-\u257b\u257c\u257e"
_STROKE_RUN = re.compile(rf"^[{_STROKES}]+$")
# an edge on a rule line: a bar, a + or a box-drawing junction (┼ ├ ┤ ┬ ┴ ╋ ╬ …), anything in the block not a stroke
_EDGE = re.compile(rf"[|+]|(?![{_STROKES}])[\u2500-\u257f]")
_JOINT = re.compile(rf"\+|(?![{_STROKES}{re.escape(_BOX_BAR)}])[\u2500-\u257f]")


class _Piece(NamedTuple):
    """One line of a cell: its text, and whether it fills its column to the bar (the column's edge cut it)."""

    text: str
    fills: bool = False


# the display columns a line of a cell may leave blank and still fill its column: less than a Chinese character's two
_EDGE_SLACK = 1


def _pieces(line: str) -> list[_Piece]:
    """The pieces of a row's line between its bars, the outer bars' empty ends dropped; each knows whether its text
    fills the width the bars give it (the grid knows each column's width: a line wrapped at it leaves no room)."""
    parts = re.split(rf"[{re.escape(_BOX_BAR)}]", line.strip())
    segments = parts[1:len(parts) - 1 if line.strip()[-1] in _BOX_BAR else len(parts)]
    return [_Piece(p.strip(), display_width(p) - display_width(p.strip()) <= _EDGE_SLACK) for p in segments]


def _is_full_rule(line: str) -> bool:
    """A rule across the whole table: strokes and edges only, at least one stroke (a row line of bars alone, its
    cells empty, is no rule)."""
    return bool(line.strip()) and bool(_BOX_RULE.match(line)) and any(_STROKE_RUN.match(ch) for ch in line)


def _partial_rule(line: str) -> list[str | None] | None:
    """A rule drawn under some columns only, what is between each two edges: None under a column the rule closes,
    the text (or '') of a cell spanning down past it otherwise. None for a line that is no partial rule.

    Such a line opens with an edge, joins its strokes at a + or junction, and holds whole runs of strokes between
    two edges beside segments that are blank or hold text; a row line holds no joint, and its cells' text (a -
    for an empty cell) has spaces round it."""
    text = line.strip()
    if not text or not _EDGE.match(text) or not _JOINT.search(text):
        return None
    parts = _EDGE.split(text)
    segments = parts[1:len(parts) - 1 if _EDGE.match(text[-1]) else len(parts)]
    ruled = [bool(_STROKE_RUN.match(s)) for s in segments]
    if not any(ruled) or all(ruled):
        return None
    return [None if r else s.strip() for r, s in zip(ruled, segments)]


class _Grid:
    """The rows read so far, each cell the list of its pieces, and the columns whose cell spans down past the
    last row (column -> the row it began in)."""

    def __init__(self) -> None:
        self.rows: list[list[list[_Piece]]] = []
        self.lines: list[list[_Piece]] = []
        self.spanning: dict[int, int] = {}

    def add_line(self, line: str) -> None:
        self.lines.append(_pieces(line))

    def close_row(self, under: list[str | None] | None) -> None:
        """A rule under the row: across the table (`under` None), or partial, closing the columns it rules."""
        if self.lines:
            width = max(len(p) for p in self.lines)
            self.rows.append([[p[j] for p in self.lines if j < len(p) and p[j].text] for j in range(width)])
        self.lines = []
        if under is None or not self.rows or len(under) != len(self.rows[-1]):
            # a partial rule that does not fit the row's cells (a cell across columns) closes it whole
            self.close_spans(range(len(self.rows[-1]) if self.rows else 0))
            return
        self.close_spans(j for j, text in enumerate(under) if text is None)
        for j, text in enumerate(under):
            if text is not None:
                self.spanning.setdefault(j, len(self.rows) - 1)
                if text:
                    self.rows[-1][j].append(_Piece(text))

    def close_spans(self, columns) -> None:
        """The cells spanning down to the last row in these columns: their pieces, read down all their rows, are
        each row's cell."""
        last = len(self.rows) - 1
        for j in list(columns):
            first = self.spanning.pop(j, None)
            if first is None:
                continue
            rows = [row for row in self.rows[first:last + 1] if j < len(row)]
            whole = [piece for row in rows for piece in row[j]]
            for row in rows:
                row[j] = whole

    def texts(self) -> list[list[str]]:
        """The rows as cell texts, spanning cells closed at the last row."""
        if self.lines:
            self.close_row(None)
        self.close_spans(list(self.spanning))
        return [[_fold(cell) for cell in row] for row in self.rows]


def _fold(lines: list[_Piece] | list[str]) -> str:
    """A cell's pieces as its text: a line wrapped at the cell's edge goes on with no space (河 / 道, 市发展 / 改革委),
    while whole names on lines of their own stay a unit a line (县应急管理局 / 县商务局). A line filling its column to
    the bar was cut there when the next opens as no body's name opens, no level nor collective word before it: it
    goes on with no break (市生态环境局 / 青岚分局, each half reading as a name; 县水利局、县财政局 / 县商务局 stays apart). (A dashed table's pieces come as bare text: whether they fill their column is not known there.)"""
    parts = [p if isinstance(p, _Piece) else _Piece(p) for p in lines]
    out = ""
    for n, (part, _) in enumerate(parts):
        last = out.rsplit("\n", 1)[-1]
        if (out and _names_throughout(last) and _names_throughout(part) and not _cut_at_the_edge(last, part)
                and not _name_goes_on_past_the_bar(parts[n - 1], part)
                and not _body_word_wrapped(parts[n - 1], part)):
            out += "\n" + part
        else:
            out = join_lines([out, part])
    return out


# a body's word that names no body with nothing before it: a locality's (人民政府, 管委会, 办事处) or a branch's of its
# owner (分公司, 支行): the rest of the name the line above ended with
_BARE_BODY_WORDS = lx.PLACELESS_BODIES + lx.OWNERLESS_BODIES


def _name_goes_on_past_the_bar(above: _Piece, part: str) -> bool:
    """市生态环境局 / 青岚分局: the line above fills its column to the bar and ends in a name (no list's comma), and the
    line opens with no level nor collective word (县, 市, 各 …), as a body's own name would: the rest of the name."""
    return above.fills and above.text[-1:] not in "、，,；;" and not part.startswith(lx.NAME_OPENINGS)


def _body_word_wrapped(above: _Piece, part: str) -> bool:
    """白溪镇 / 人民政府, 中国移动某县 / 分公司: the line above ends in a place or an owner, whole as a name, and the line
    goes on with a bare body's word, no name alone. The break is the column's edge where the line above fills its
    column to the bar, or where the word stands alone on its line (no list goes on after it)."""
    first = depth_zero_split(part, "、，,；;")[0][1].strip()
    return (first in _BARE_BODY_WORDS and above.text[-1:] not in "、，,；;"
            and (above.fills or first == part))


def read_box_drawn(lines: list[str], start: int) -> Found | None:
    """The layout reader (`pasted.build_layouts`): a box-drawn task table from its top rule at lines[start]."""
    if not _is_full_rule(lines[start]):
        return None
    if start + 1 >= len(lines) or not _BOX_ROW.match(lines[start + 1]):
        return None
    grid = _Grid()
    i = start + 1
    while i < len(lines):
        line = lines[i]
        partial = _partial_rule(line)  # before a full rule: a box-drawn one, blank under a span, is strokes too
        if partial is not None:
            grid.close_row(partial)
        elif _is_full_rule(line):
            grid.close_row(None)
        elif _BOX_ROW.match(line):
            grid.add_line(line)
        else:
            break  # the text after the table (a page cut inside a row keeps what it read)
        i += 1
    cut = bool(grid.lines) and i >= len(lines)
    rows = grid.texts()
    if not any(header_at(rows, k) for k in range(min(len(rows), 3))):
        return Found(i, None)  # no task table: its lines are passed over whole, not scanned again from each rule
    return Found(i, rows, cut=cut)
