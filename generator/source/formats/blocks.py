"""Paragraphs and tables of a word-processor document, in document order, as plan text lines.

The .docx, the old binary .doc and the RTF readers each find their document's paragraphs and tables (grids of cell
texts); this is the one path both hand them to, so a table is read the same whichever Word format carried it:
its rows through table.rows_to_text with the paragraphs around it as context (a matrix's legend may stand
above or under it), and a legend line just under a table kept as the table's note.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from ...errors import PlansiteError
from ..limits import MAX_TABLE_CELLS, MAX_TABLE_COLUMNS
from .table import legend_line, rows_to_text
from .table.role_grid import role_grid_line

T = TypeVar("T")  # a node of a reader's document tree (paragraphs_after)
_PARAGRAPHS_UNDER = 2  # the paragraphs under a table read as its context: a note, a matrix's legend (and its rest)

# cell edges (twips) this close are one edge: Word and converters round a column's edge differently in each row
_SAME_EDGE_TWIPS = 30


class BlockLines:
    """The lines of one run of blocks; remembers the last paragraphs read and whether a table was just read."""

    def __init__(self) -> None:
        self.recent: list[str] = []  # the paragraphs just above a table, where a matrix's legend may stand
        self.after_table = False

    def paragraph(self, text: str, label: str = "") -> Iterator[str]:
        """A paragraph's lines (a line break in it starts a line), the label typed before its first line."""
        if self.after_table and legend_line(text):  # a matrix's legend under it: the table's note, no annotation
            text = f"注:{legend_line(text)}。"
        if not text.strip():
            return
        self.after_table = False
        for i, line in enumerate(text.split("\n")):
            if line.strip():
                self.recent = [*self.recent[-2:], line.strip()]
                yield _trimmed((label if i == 0 else "") + line)

    def table(self, rows: list[list[str]], after: list[str]) -> Iterator[str]:
        """A table's lines; `after`: the text of the paragraphs just under it (a note, a matrix's legend)."""
        table = rows_to_text(rows, context=" ".join([*self.recent, *after]))
        self.after_table = True
        yield from (line for line in table.split("\n") if line.strip())


def _trimmed(line: str) -> str:
    """A line without the spaces around it, but the tabs that lead a row of a table set with tab stops to the
    column its text stands in (docx._in_columns)."""
    return "\t" * (len(line) - len(line.lstrip("\t"))) + line.strip()


def nested_table_lines(rows: list[list[str]], after: list[str]) -> list[str]:
    """A table inside a cell: a unit cell split into roles (牵头 | 配合 over the units, or 牵头单位 | X beside them)
    as one labelled line (table.role_grid); any other table as the tables of the body are read.
    `after`: the text of the paragraphs under it in the cell."""
    role_line = role_grid_line(rows)
    if role_line:
        return [role_line]
    table = rows_to_text(rows, context=" ".join(after))
    return [line for line in table.split("\n") if line.strip()]


def restarts_after(restart_limit: int | None, depth: int, used: int) -> bool:
    """Whether a list level `depth` starts its count again after a paragraph of the higher level `used` (both
    zero-based). By default a level restarts under every higher level. Word's "Restart list after" unticked (tasks 1.…N
    running on through every （一） group of a plan's outline) writes a limit: the level restarts only after levels
    above the limit (zero-based `restart_limit`: .docx w:lvlRestart, one-based, restarts after levels 1…n, the same
    number; .doc LVLF ilvlRestartLim under fNoRestart), so 0 never restarts. A limit deeper than the level is ignored."""
    if restart_limit is None:
        return True
    return used < min(restart_limit, depth)


def edge_row(cells: list[str], edges: list[tuple[int, int, bool, bool]] | None,
             above: list[list[tuple[str, int | None, int | None]]]) -> list[tuple[str, int | None, int | None]]:
    """A row's cells as (text, left, right) edges in twips, a merged cell given the text it is merged with.

    `edges`: each cell's (left, right, merged with the cell above, merged with the cell before), as a .doc row's
    definition or an RTF row's \\cellx list with its \\clvmrg / \\clmrg flags gives them; a cell merged with the
    cell above takes the text of the cell above it in the row before (`above`: the rows read so far), one merged with
    the cell before (Word 97's horizontally merged cells) that cell's. A row whose edges are missing or do not match
    its cells keeps its cells as they stand, one a column.
    """
    if edges is None or len(edges) != len(cells):
        return [(text, None, None) for text in cells]
    out: list[tuple[str, int | None, int | None]] = []
    for text, (left, right, merged_above, merged_left) in zip(cells, edges):
        if merged_left and out:
            text = out[-1][0]
        elif merged_above and above:
            text = next((t for t, lo, hi in above[-1] if lo is not None and lo - _SAME_EDGE_TWIPS <= left < hi - _SAME_EDGE_TWIPS), text)
        out.append((text, left, right))
    return out


def edge_grid(rows: list[list[tuple[str, int, int]]]) -> list[list[str]]:
    """The table as the grid the table reader takes: a cell as wide as several columns repeated in each.

    `rows`: each cell as (text, left edge, right edge) in twips, the edges None where a row's are not known.
    The columns are the cell edges of all rows (Word 97 and RTF have no column grid: a merged or wider cell is one
    cell spanning other rows' edges); edges a few twips apart are one edge.
    """
    edges: list[int] = []
    for edge in sorted({e for row in rows for _, lo, hi in row for e in (lo, hi) if e is not None}):
        if not edges or edge - edges[-1] > _SAME_EDGE_TWIPS:
            edges.append(edge)
    grid = []
    spread = 0
    for row in rows:
        line: list[str] = []
        for text, lo, hi in row:
            if lo is None:  # a row whose cell edges are not known: one cell a column
                line.append(text)
                continue
            first, last = _column(edges, lo), _column(edges, hi)
            line.extend([text] * max(1, min(last - first, MAX_TABLE_COLUMNS)))
        spread += len(line)
        if spread > MAX_TABLE_CELLS:  # cells crafted to span every column of thousands of rows
            raise PlansiteError(f"has a table of over {MAX_TABLE_CELLS} cells once merged cells are spread over "
                                f"their columns; split the table")
        grid.append(line)
    return grid


def _column(edges: list[int], edge: int) -> int:
    i = bisect.bisect_left(edges, edge - _SAME_EDGE_TWIPS)
    return min(i, len(edges) - 1)


def block_lines(blocks: list[tuple[str, object]]) -> Iterator[str]:
    """The lines of ("paragraph", text) and ("table", grid) blocks in document order (the .doc and RTF readers)."""
    lines = BlockLines()
    for i, (kind, content) in enumerate(blocks):
        if kind == "paragraph":
            yield from lines.paragraph(content)
        else:
            yield from lines.table(content, paragraphs_after(blocks[i + 1:i + 1 + _PARAGRAPHS_UNDER], _is_paragraph_block,
                                                           _block_text))


def paragraphs_after(siblings: Iterable[T], is_paragraph: Callable[[T], bool], text: Callable[[T], str],
                     count: int = _PARAGRAPHS_UNDER) -> list[str]:
    """The text of the paragraphs just under a table (a note, a matrix's legend), up to the next table: the first
    `count` of the nodes that follow it (`siblings`) while each is a paragraph. Each reader says what a paragraph is
    in its format (a w:p, a text:p or text:h, a ("paragraph", text) block) and how its text reads."""
    out = []
    for node in siblings:
        if len(out) >= count or not is_paragraph(node):
            break
        out.append(text(node).strip())
    return out


def _is_paragraph_block(block: tuple[str, object]) -> bool:
    return block[0] == "paragraph"


def _block_text(block: tuple[str, object]) -> str:
    return block[1]


# ---------------------------------------------------------------- notes and tracked changes (.docx, .odt)

_SENTENCE_STOPS = "。；;！!？?"


def notes_placed(text: str, brackets: list[tuple[int, str]]) -> str:
    """The text with each bracket (a footnote's or endnote's units, as the .docx and .odt readers read a note) set at its reference's offset; a reference inside a sentence (实施“两区”¹建设，…。)
    has its bracket set after that sentence's stop, where a plan prints a task's annotation, its words kept whole."""
    if not brackets:
        return text
    places = _note_places(text)
    pieces, start = [], 0
    for place, _, bracket in sorted((places[at], i, bracket) for i, (at, bracket) in enumerate(brackets)):
        pieces += [text[start:place], bracket]
        start = place
    return "".join(pieces) + text[start:]


def _note_places(text: str) -> list[int]:
    """For each offset of the text, where a note referenced there is set: right there when nothing but spaces
    follows on its line, else past the next sentence stop on the line, or at the line's end. One pass from the end
    (a paragraph may hold many references)."""
    places = [0] * (len(text) + 1)
    line_end, stop, blank = len(text), None, True  # what text[k:] holds up to its line's end
    places[len(text)] = len(text)
    for k in range(len(text) - 1, -1, -1):
        ch = text[k]
        if ch == "\n":
            line_end, stop, blank = k, None, True
        elif ch in _SENTENCE_STOPS:
            stop, blank = k + 1, False
        elif not ch.isspace():
            blank = False
        places[k] = k if blank else (stop if stop is not None else line_end)
    return places


def taken_out_whole(marked: bool, text: Callable[[], str]) -> bool:
    """Whether a paragraph a tracked change marks (Word's deleted or moved-away mark, ODF's text:change) is taken out
    whole: marked, and no text of it left (`text` read only then).

    A draft circulated with track changes (征求意见稿 with 修订) strikes a numbered task, or moves it to another
    group: Word and Writer number the accepted text as if that paragraph were gone, so it must advance no counter.
    A paragraph whose mark alone is deleted but whose text stays only joins the next one; its number is still
    shown, so it counts."""
    return marked and not text().strip()

