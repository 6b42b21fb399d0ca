"""Layout: a spreadsheet saved as comma-separated values (.csv, or a .txt holding one), read as its tab-separated copy.

Offices publish a 任务分解表 as the sheet exported to CSV: every row padded to the sheet's width with empty cells
(`某市重点任务分解表,,,,,`), a cell holding commas or line breaks in double quotes (`"市发展改革委,市财政局"`, a
measure over two lines), a quote inside a cell doubled. The same sheet copied out of Excel is tab-separated with the
same quoting, which the delimited layout already reads; so a whole text that reads as such a sheet is rewritten as
that copy, and nothing else about tables is repeated here.
"""
from __future__ import annotations

import csv
import io
from collections import Counter

_MIN_COLUMNS = 3  # a task table: at least a task and a unit column beside its 序号 or 时限
_MIN_ROWS = 3  # a header and two rows
_SHARE_OF_WIDTH = 0.8  # records of the sheet's width among the non-blank ones, at least (an exported sheet pads all)


def sheet_rows(text: str) -> list[list[str]] | None:
    """The records of a text that is a comma-separated sheet, None for any other text.

    A sheet's export gives most records the same number of fields, three or more, and none more than that; prose
    with an ASCII comma here and there does not (its lines split into as many fields as they happen to hold commas).
    """
    if "," not in text or "\t" in text:
        return None
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error:
        return None
    filled = [r for r in rows if any(c.strip() for c in r)]
    if len(filled) < _MIN_ROWS:
        return None
    width, count = Counter(len(r) for r in filled).most_common(1)[0]
    if width < _MIN_COLUMNS or count < _SHARE_OF_WIDTH * len(filled) or any(len(r) > width for r in filled):
        return None
    return rows


def as_tab_separated(text: str) -> str:
    """A comma-separated sheet as its tab-separated copy (trailing empty cells dropped, a cell with a line break or
    a quote quoted as a spreadsheet copies it); any other text unchanged."""
    rows = sheet_rows(text)
    if rows is None:
        return text
    return "\n".join("\t".join(_copied(c) for c in _without_padding(r)) for r in rows) + "\n"


def _without_padding(row: list[str]) -> list[str]:
    """The row without the empty cells an export pads it with after its last filled one."""
    end = len(row)
    while end and not row[end - 1].strip():
        end -= 1
    return row[:end]


def _copied(cell: str) -> str:
    """A cell as a spreadsheet's copy writes it: in quotes, quotes doubled, where it holds a line break or a quote."""
    if "\n" in cell or '"' in cell:
        return '"' + cell.replace('"', '""') + '"'
    return cell
