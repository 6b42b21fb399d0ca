"""Paragraphs and tables of a word-processor document, in document order, as plan text lines.

The .docx and the old binary .doc readers each find their document's paragraphs and tables (grids of cell
texts); this is the one path both hand them to, so a table is read the same whichever Word format carried it:
its rows through table.rows_to_text with the paragraphs around it as context (a matrix's legend may stand
above or under it), and a legend line just under a table kept as the table's note.
"""
from __future__ import annotations

from collections.abc import Iterator

from .table import legend_line, rows_to_text
from .table.role_grid import role_grid_line


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
                yield ((label if i == 0 else "") + line).strip()

    def table(self, rows: list[list[str]], after: list[str]) -> Iterator[str]:
        """A table's lines; `after`: the text of the paragraphs just under it (a note, a matrix's legend)."""
        table = rows_to_text(rows, context=" ".join([*self.recent, *after]))
        self.after_table = True
        yield from (line for line in table.split("\n") if line.strip())


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
