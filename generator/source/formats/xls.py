"""Excel 97-2003 .xls -> plan text: the workbook's sheets read as xlsx.py reads an .xlsx workbook's.

Offices still post many a 分解表 / 任务清单 as an .xls (BIFF8 records in an OLE compound file). Only the opening differs
from an .xlsx: xlrd reads the records, and this adapter hands each visible sheet on as the .xlsx reader's own
(`sheet_rows`: cells holding a value and a number format, the rows and columns the sheet hides, its merged ranges),
so that sheet selection, headers, merges, views and notes are read by the same code for both formats.

What xlrd gives is made what openpyxl gives for the same cell: a date (a number under a date format, which xlrd's
xldate classifies) the same datetime or time, a formula its value as last computed (the file keeps it), an error its
text (#N/A), a boolean a bool, an empty or blank cell (the cells a merge covers) None. A cell's runs printed in other
fonts (a lead unit in red, which a legend may point at: runs.py) are handed on as an .xlsx cell's rich text is.
"""
from __future__ import annotations

import os
import struct
from pathlib import Path
from typing import NamedTuple

import xlrd  # this module is imported only when an .xls is read (formats._convert)

from ...errors import PlansiteError
from .runs import collecting
from .xlsx import FilterCriteria, filtered_out, folded_rows, hidden_parts, sheet_rows, workbook_text

_VISIBLE = 0  # a sheet's visibility in the BOUNDSHEET record: 1 hidden, 2 very hidden


class _Cell(NamedTuple):
    """A cell as openpyxl gives one: its value and its number format."""
    value: object
    number_format: str


class _Font(NamedTuple):
    """A run's font as openpyxl names its parts (xlsx._font_kinds reads them)."""
    b: bool
    i: bool
    u: str | None
    color: object


class _Color(NamedTuple):
    type: str
    rgb: str


class _Run(NamedTuple):
    text: str
    font: _Font


class _RichText(list):
    """A cell's runs, as openpyxl's CellRichText: a list of runs whose str is the cell's text."""

    def __str__(self) -> str:
        return "".join(run.text for run in self)


def xls_to_text(path: Path) -> str:
    """The plan text of every visible sheet of an Excel 97-2003 workbook, a blank line between sheets."""
    return workbook_text(_xls_sheets(path))


def _xls_sheets(path: Path) -> list[tuple[str, list[list[str]]]]:
    try:
        with open(os.devnull, "w") as quiet:  # xlrd writes its warnings to stdout unless told otherwise
            book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True, ragged_rows=True,
                                      logfile=quiet)
            try:
                return [(sheet.name, sheet_rows(_cell_rows(book, sheet), _hidden(book, index, sheet)))
                        for index, sheet in _visible_sheets(book)]
            finally:
                book.release_resources()
    except PlansiteError:
        raise
    except Exception as exc:  # no compound file, a truncated stream, bad records: all one refusal
        raise PlansiteError(f"is a damaged Excel 97-2003 .xls file ({type(exc).__name__}: {exc}); "
                            f"open it in Excel or WPS and save it again", str(path)) from exc


def _visible_sheets(book):
    for index in range(book.nsheets):
        sheet = book.sheet_by_index(index)
        if sheet.visibility == _VISIBLE:
            yield index, sheet
        book.unload_sheet(index)


def _hidden(book, index: int, sheet):
    """The rows and columns the sheet hides (or sets to no height or width) and its merged ranges, 1-based. The rows
    of a folded outline group are shown, as in an .xlsx (xlsx.py: a collapsed group only changes the view; which
    groups count as folded in an .xls, see _FoldedGroups); so are the rows its AutoFilter's criteria hide (_filter)."""
    outline = [(row + 1, info.outline_level or 0, bool(info.hidden or info.height == 0),
                bool(info.outline_group_starts_ends))  # the ROW record's fCollapsed bit
               for row, info in sorted(sheet.rowinfo_map.items())]
    rows = {row for row, _, hidden, _ in outline if hidden} - folded_rows(outline, summary_below=None)
    autofilter = _filter(book, index)
    if autofilter is not None and rows:
        filter_range, criteria = autofilter
        rows -= filtered_out(sheet.name, rows, filter_range, criteria,
                             lambda first, last: _cell_rows(book, sheet, first - 1, last))
    columns = {column + 1 for column, info in sheet.colinfo_map.items() if info.hidden or info.width == 0}
    merges = [(first_row + 1, end_row, first_col + 1, end_col)
              for first_row, end_row, first_col, end_col in sheet.merged_cells]
    return hidden_parts(rows, columns, merges)


# An .xls keeps a sheet's AutoFilter (a 台账 saved showing one office's rows: xlsx.py reads the rows it hides) in
# records xlrd skips: its range is the sheet's built-in name _FilterDatabase, and each filtered column an AUTOFILTER
# record of the sheet (MS-XLS AutoFilter): the column (from the range's first), how its two conditions join (AND, OR),
# whether it keeps the top N, and two conditions (DOPER: a type, a comparison, a value; a text's characters after
# both). These are handed to the .xlsx reader's FilterCriteria as the custom filters they are (a list of one value or
# two is written as such, "=" matching with * and ?); a top N, a condition on a boolean or an error, or an
# AUTOFILTER12 record (Excel 2007's lists of values, colours, dates) leave the column unjudged, its hidden rows unread.
_EOF, _AUTOFILTER, _AUTOFILTER12 = 0x000A, 0x009E, 0x087E
_COMPARISONS = {1: "lessThan", 2: "equal", 3: "lessThanOrEqual", 4: "greaterThan", 5: "notEqual",
                6: "greaterThanOrEqual"}
_RK, _NUMBER, _TEXT, _BLANKS, _NOT_BLANKS = 0x02, 0x04, 0x06, 0x0C, 0x0E  # a DOPER's type (0: no condition)
_JOIN_OR, _TOP_N = 0x0001, 0x0010  # bits of an AUTOFILTER record's flags


def _filter(book, index: int) -> tuple[tuple[int, int, int], FilterCriteria] | None:
    """The sheet's AutoFilter: its data rows (first, last) and first column, 1-based, and its criteria; None when it
    has none, or none holding a criterion."""
    area = _filter_area(book, index)
    if area is None:
        return None
    _, first_row, end_row, first_col, _ = area  # 0-based, the ends past the last
    criteria = FilterCriteria()
    for code, data in _sheet_records(book, index):
        if code == _AUTOFILTER and len(data) >= 24:
            _add_conditions(criteria, data)
        elif code == _AUTOFILTER12 and len(data) >= 14:
            criteria.add("filterColumn", {"colId": str(struct.unpack_from("<H", data, 12)[0])})
            criteria.add("dynamicFilter", {})  # unjudged
    if not criteria.columns:
        return None
    return (first_row + 2, end_row, first_col + 1), criteria  # the range's first row is its header


def _filter_area(book, index: int):
    """The area of sheet `index`'s _FilterDatabase name (xlrd's area2d: sheet, first row, end row, first column, end
    column), None when it has none or one holding no single area of the sheet."""
    for name in book.name_obj_list:
        if name.name == "_FilterDatabase" and name.scope == index:
            try:
                return name.area2d()
            except Exception:  # xlrd raises on a name holding any other formula
                return None
    return None


def _sheet_records(book, index: int):
    """The (code, data) of each record of sheet `index`'s substream, to its end. xlrd keeps the workbook stream
    (book.mem, while the book is open on demand) and where each sheet's records start, but no record it skips."""
    mem, starts = getattr(book, "mem", None), getattr(book, "_sh_abs_posn", None)
    if mem is None or not starts or index >= len(starts):  # another xlrd: the filter is not read
        return
    at = starts[index]
    while at + 4 <= len(mem):
        code, size = struct.unpack_from("<HH", mem, at)
        at += 4
        if code == _EOF:
            return
        yield code, bytes(mem[at:at + size])
        at += size


def _add_conditions(criteria: FilterCriteria, data: bytes) -> None:
    """An AUTOFILTER record's column and conditions, as an .xlsx <filterColumn> holding <customFilters>."""
    column, flags = struct.unpack_from("<HH", data, 0)
    criteria.add("filterColumn", {"colId": str(column)})
    if flags & _TOP_N:
        criteria.add("top10", {})
        return
    criteria.add("customFilters", {"and": "0" if flags & _JOIN_OR else "1"})
    at = 24  # the texts of the conditions, after both
    for doper in (data[4:14], data[14:24]):
        kind, comparison = doper[0], _COMPARISONS.get(doper[1])
        value = ""
        if kind == 0:
            continue
        if kind == _TEXT:
            value, at = _condition_text(data, at, doper[6])
        elif kind == _NUMBER:
            value = "%.15g" % struct.unpack_from("<d", doper, 2)[0]
        elif kind == _RK:
            value = "%.15g" % xlrd.sheet.unpack_RK(doper[2:6])
        elif kind in (_BLANKS, _NOT_BLANKS):
            comparison = "equal" if kind == _BLANKS else "notEqual"
        else:
            comparison = None  # a boolean or an error
        if comparison is None:
            criteria.add("top10", {})  # unjudged
            return
        criteria.add("customFilter", {"operator": comparison, "val": value})


def _condition_text(data: bytes, at: int, length: int) -> tuple[str, int]:
    """A condition's text (an XLUnicodeStringNoCch of `length` characters at `at`) and where the next one starts."""
    if at >= len(data):
        return "", at
    wide = data[at] & 1
    end = at + 1 + length * (2 if wide else 1)
    return data[at + 1:end].decode("utf-16-le" if wide else "latin-1", errors="replace"), end


def _cell_rows(book, sheet, first: int = 0, end: int | None = None):
    """The cells of each row from `first` to before `end` (0-based; all the sheet's by default)."""
    runs = collecting()  # a cell's runs are read only where runs.py collects them, as the .xlsx reader asks
    for row in range(first, min(sheet.nrows, sheet.nrows if end is None else end)):
        yield [_cell(book, sheet, row, column, runs) for column in range(sheet.row_len(row))]


def _cell(book, sheet, row: int, column: int, runs: bool) -> _Cell:
    cell = sheet.cell(row, column)
    number_format = _number_format(book, cell.xf_index)
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return _Cell(None, number_format)
    if cell.ctype == xlrd.XL_CELL_DATE:
        return _Cell(_date(cell.value, book.datemode), number_format)
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return _Cell(bool(cell.value), number_format)
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return _Cell(xlrd.error_text_from_code.get(cell.value, "#N/A"), number_format)
    if cell.ctype == xlrd.XL_CELL_TEXT and runs and (row, column) in sheet.rich_text_runlist_map:
        return _Cell(_rich_text(book, cell.value, sheet.rich_text_runlist_map[(row, column)]), number_format)
    return _Cell(cell.value, number_format)


def _number_format(book, xf_index: int | None) -> str:
    if xf_index is None or xf_index >= len(book.xf_list):
        return "General"
    number_format = book.format_map.get(book.xf_list[xf_index].format_key)
    return (number_format.format_str if number_format is not None else "") or "General"


def _date(value: float, datemode: int):
    """The datetime (a time of day only, under 1) openpyxl gives for the same serial number, from the workbook's epoch
    (1900, or 1904 in a workbook saved on an old Mac)."""
    from openpyxl.utils.datetime import MAC_EPOCH, WINDOWS_EPOCH, from_excel

    return from_excel(value, MAC_EPOCH if datemode else WINDOWS_EPOCH)


def _rich_text(book, text: str, runlist: list[tuple[int, int]]) -> _RichText:
    """A cell's text as runs, each its font: a run list gives where each font starts (the cell's own font before)."""
    starts = [(0, None)] + [(at, font) for at, font in runlist if 0 <= at <= len(text)]
    pieces = _RichText()
    for (start, font), (end, _) in zip(starts, starts[1:] + [(len(text), None)]):
        if end > start:
            pieces.append(_Run(text[start:end], _font(book, font)))
    return pieces


def _font(book, index: int | None) -> _Font | None:
    if index is None or index >= len(book.font_list):
        return None
    font = book.font_list[index]
    rgb = book.colour_map.get(font.colour_index)
    color = _Color("rgb", "%02X%02X%02X" % tuple(rgb)) if rgb else None
    return _Font(bool(font.bold), bool(font.italic), None if not font.underline_type else "single", color)
