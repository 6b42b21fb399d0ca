"""Layout: a spreadsheet saved as comma-separated values (.csv, or a .txt holding one), read as its tab-separated copy.

Offices publish a 任务分解表 as the sheet exported to CSV: every row padded to the sheet's width with empty cells
(`某市重点任务分解表,,,,,`), a cell holding commas or line breaks in double quotes (`"市发展改革委,市财政局"`, a
measure over two lines), a quote inside a cell doubled. The same sheet copied out of Excel is tab-separated with the
same quoting, which the delimited layout already reads; so a whole text that reads as such a sheet is rewritten as
that copy, and nothing else about tables is repeated here.

Offices also paste the exported sheet into the body of a notice or a plan, under its prose (…三、培训安排 / 序号,培训班名称,
主办单位,… / rows / 四、保障措施): there only the run of records the sheet spans is rewritten, found by its header row
(table header words naming a unit column and a 序号 or task column) and ended by the first record of another width.
Prose lines with ASCII commas open no such run: they name no columns, and their field counts vary.
"""
from __future__ import annotations

import csv
import io
from collections import Counter

from .header import UNIT_COLUMN_KINDS, header_kinds

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
    a quote quoted as a spreadsheet copies it); in any other text, each sheet pasted among its lines so; the rest
    unchanged."""
    rows = sheet_rows(text)
    if rows is None:
        return _with_pasted_sheets(text)
    return _tab_separated(rows) + "\n"


def _tab_separated(rows: list[list[str]]) -> str:
    return "\n".join("\t".join(_copied(c) for c in _without_padding(r)) for r in rows)


_MAX_RECORD_LINES = 20  # a quoted cell over more lines is an unclosed quote, not a cell (and keeps the scan linear)


def _with_pasted_sheets(text: str) -> str:
    """The text with each comma-separated sheet pasted among prose lines rewritten as its tab-separated copy."""
    if "," not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        sheet = _sheet_from(lines, i)
        if sheet is None:
            out.append(lines[i])
            i += 1
            continue
        rows, i = sheet
        if out and _is_padded_caption(out[-1], len(rows[0])):
            out[-1] = out[-1].rstrip().rstrip(",")  # 某市…计划表,,,,,: the sheet's title row, padded by the export
        out.append(_tab_separated(rows))
    return "\n".join(out)


def _sheet_from(lines: list[str], start: int) -> tuple[list[list[str]], int] | None:
    """The records of the sheet whose header row is lines[start] and the index of the line after its last record;
    None when that line is no sheet's header or fewer than two records of its width follow."""
    header = _sheet_header(lines[start])
    if header is None:
        return None
    rows = [header]
    at = start + 1
    while at < len(lines):
        found = _record_at(lines, at)
        if found is None or len(found[0]) != len(header):
            break  # a line of prose (四、保障措施), a blank line, or another table: the sheet ends
        rows.append(found[0])
        at = found[1]
    return (rows, at) if len(rows) >= _MIN_ROWS else None


def _sheet_header(line: str) -> list[str] | None:
    """The cells of a line that reads as a sheet's header row: three or more cells, none empty, naming a unit column
    and a 序号 or task column with the table header words (序号,培训班名称,主办单位,承办单位,…)."""
    if "," not in line or "\t" in line or line.count('"') % 2:
        return None
    cells = next(csv.reader([line]), [])
    if len(cells) < _MIN_COLUMNS or not all(c.strip() for c in cells):
        return None
    kinds = header_kinds([c.strip() for c in cells])
    if not any(k in UNIT_COLUMN_KINDS for k in kinds) or not ("number" in kinds or "task" in kinds):
        return None
    return cells


def _record_at(lines: list[str], start: int) -> tuple[list[str], int] | None:
    """The record opening at lines[start] (a quoted cell may hold line breaks) and the index of the line after it;
    None for a blank line, a line with a tab, or a quote left open."""
    if not lines[start].strip():
        return None
    end, quotes = start, 0
    while end < len(lines) and end - start < _MAX_RECORD_LINES:
        if "\t" in lines[end]:
            return None
        quotes += lines[end].count('"')
        end += 1
        if quotes % 2 == 0:  # every quote closed (a doubled quote inside a cell counts two)
            try:
                return next(csv.reader(["\n".join(lines[start:end])])), end
            except csv.Error:
                return None
    return None


def _is_padded_caption(line: str, width: int) -> bool:
    """Whether a line is a sheet's title row as an export writes it: the title, then empty cells to the width."""
    if "\t" in line or '"' in line:
        return False
    cells = line.split(",")
    return len(cells) == width and bool(cells[0].strip()) and not any(c.strip() for c in cells[1:])


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
