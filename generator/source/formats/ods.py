"""OpenDocument spreadsheets (.ods, .ots template, and the flat .fods) -> plan text, each sheet read as xlsx.py reads
an Excel sheet.

Offices on 国产化 desktops (永中 Office, WPS, LibreOffice) post a 分解表 as an .ods: a zip whose `mimetype` member says
application/vnd.oasis.opendocument.spreadsheet, the sheets in content.xml, each a table:table named by its tab
(table:name); a .fods is the same XML in one file, under <office:document>. A sheet's cells are the elements of an
OpenDocument text's tables, laid out into a grid by odt.py's own walk (odt.table_grid: spanning and covered cells,
repeated rows and cells capped, the cells counted once against MAX_TABLE_CELLS), a spanning cell's covered places
left empty and the span handed on as a merged range. From there on a sheet is an Excel sheet: its rows, its hidden
rows and columns and its merges go to xlsx.sheet_rows and the workbook to xlsx.workbook_text, so that title rows,
merges down a column, hidden parts, side sheets and tab titles are read by the one code for .xlsx, .xls and .ods.

A cell is read as the sheet shows it (its paragraphs, text:p: the value as formatted, a formula's last result); only a
date shown in digits with its day (2024-12-31) is handed on as the date it holds, written as the .xlsx reader writes
a date; 2024年6月 or 2024年12月底前 stays as shown.
Hidden: a column whose table:visibility is collapse or filter; a row as the .xlsx reader hides one (a row a filter hides,
or one of a folded outline group, is read: _hidden_rows); a
sheet whose table style sets table:display="false". Parsed with ElementTree after the guards odt.py takes (zip bombs
and DOCTYPE refused by archive.check_archive, the nesting depth by odt.refuse_deep_nesting, a flat file's size by
limits.read_input).
"""
from __future__ import annotations

import datetime as dt
import re
import zipfile
import zlib
from pathlib import Path
from typing import NamedTuple
from xml.etree import ElementTree

from ...errors import PlansiteError
from ..limits import MAX_ARCHIVE_BYTES, MAX_TABLE_REPEAT, read_input
from .archive import check_archive, refuse_entities
from .odt import cell_text_reader, refuse_deep_nesting, table_grid
from .xlsx import folded_rows, hidden_parts, sheet_rows, workbook_text
from .attributes import int_attribute

SHEET_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"  # and its -template
_KIND = "OpenDocument spreadsheet"
_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
}


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


_TABLE, _COLUMN = _q("table:table"), _q("table:table-column")
_COLUMN_GROUPS = (_q("table:table-columns"), _q("table:table-header-columns"), _q("table:table-column-group"))
_VISIBILITY = _q("table:visibility")
# a date shown in digits with its year, month and day (2024-12-31, 2024/12/31, 2024.12.31, a time of day after it)
_NUMERIC_DATE = re.compile(r"\d{4}([-/.])\d{1,2}\1\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")
_HIDDEN = ("collapse", "filter")  # table:visibility of a hidden column (folded, or filtered out)


class _Cell(NamedTuple):
    """A cell as openpyxl gives one (xlsx._cell_text reads it): its value and its number format."""
    value: object
    number_format: str = "General"


def ods_to_text(path: Path) -> str:
    """The plan text of an .ods (.ots) package."""
    check_archive(path, ".ods", _KIND, limit=MAX_ARCHIVE_BYTES)
    try:
        with zipfile.ZipFile(path) as archive:
            data = archive.read("content.xml")
            refuse_entities(data, "content.xml", _KIND, path)
            root = ElementTree.fromstring(data)
    except PlansiteError:
        raise
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, ValueError, OSError, EOFError, RuntimeError,
            NotImplementedError, zlib.error) as exc:
        raise PlansiteError(f"is a damaged {_KIND} ({type(exc).__name__}: {exc})", str(path)) from exc
    return _workbook_text(root, path)


def fods_to_text(path: Path) -> str:
    """The plan text of a flat .fods (one XML file, its styles and sheets under <office:document>)."""
    data = read_input(Path(path))  # the size, link and device checks every plan file passes
    refuse_entities(data, path.name, _KIND, path)
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise PlansiteError(f"is a damaged flat {_KIND} ({exc})", str(path)) from exc
    return _workbook_text(root, path)


def _workbook_text(root, path: Path) -> str:
    body = root.find(f"{_q('office:body')}/{_q('office:spreadsheet')}")
    if body is None:
        raise PlansiteError("is an OpenDocument file with no spreadsheet body (a text or a presentation?); open it "
                            "in WPS or LibreOffice and save it as .xlsx or .docx", str(path))
    refuse_deep_nesting(body, path, "spreadsheet", ".xlsx")
    cell_text = cell_text_reader([root])
    hidden_styles = _hidden_table_styles(root)
    return workbook_text([(table.get(_q("table:name"), ""), _sheet_rows(table, cell_text))
                          for table in body.findall(_TABLE) if table.get(_q("table:style-name")) not in hidden_styles])


def _sheet_rows(table, cell_text) -> list[list[str]]:
    """A sheet's rows as Excel's copy writes them (xlsx.sheet_rows), from its grid: covered cells empty, each span a
    merged range, the rows and columns it hides left out."""
    grid = table_grid(table, lambda cell: _cell_value(cell, cell_text(cell)), fill_covered=False)
    hidden_rows = _hidden_rows(table, grid.row_elements)
    hidden = hidden_parts(hidden_rows, _hidden_columns(table), grid.merges)
    return sheet_rows(([_Cell(value) for value in row] for row in grid.rows), hidden)


def _hidden_rows(table, row_elements) -> set[int]:
    """The rows (1-based) the sheet hides, by the rule the .xlsx reader follows (xlsx.py, before _Hidden): a row hidden
    only by the view stays a row of the sheet. A row a filter hides (table:visibility="filter": it fails the
    criterion) is read; a row folded in an outline group (table:table-row-group) is read when the group is shown
    folded (table:display="false") and every row of it is hidden (xlsx.folded_rows, the code .xlsx and .xls share).
    A row hidden on its own (collapse, in no group), or in a group not saved as folded, stays hidden: ODF holds no
    other sign that the office folded it rather than hid it."""
    groups = _row_groups(table)
    outline, folded_groups = [], set()
    for number, row in enumerate(row_elements, start=1):
        depth, folded = groups.get(row, (0, False))
        outline.append((number, depth, row.get(_VISIBILITY) == "collapse"))
        if folded:
            folded_groups.add(number)
    hidden = {number for number, _, collapsed in outline if collapsed}
    # the group's folding is ODF's own mark (table:display="false"): the rows beside a folded group carry it as the
    # summary row's collapsed mark carries it in a workbook, so folded_rows judges the group by its rows alone
    marked = folded_groups | {n + step for n in folded_groups for step in (-1, 1)}
    rows = [(number, depth, row_hidden, number in marked) for number, depth, row_hidden in outline]
    return hidden - (folded_rows(rows, summary_below=None) & folded_groups)


_ROW_GROUP = _q("table:table-row-group")
_ROW_CONTAINERS = (_q("table:table-header-rows"), _q("table:table-rows"))


def _row_groups(table, depth: int = 0, folded: bool = False, groups: dict | None = None) -> dict:
    """Each table:table-row of the table -> (how many row groups it lies in, whether the innermost is saved folded)."""
    groups = {} if groups is None else groups
    for child in table:
        if child.tag == _q("table:table-row"):
            groups[child] = (depth, folded)
        elif child.tag == _ROW_GROUP:
            _row_groups(child, depth + 1, child.get(_q("table:display")) == "false", groups)
        elif child.tag in _ROW_CONTAINERS:
            _row_groups(child, depth, folded, groups)
    return groups


def _cell_value(cell, shown: str):
    """What a cell holds: the text it shows, as the plan printed it. A 完成时限 is typed as a date and shown as the
    office means it (2024年6月, 2024年, 2024年12月底前, 3-2): the date behind it is a day the sheet chose (the 1st of
    the month, January 1st), not the deadline, so only a plain numeric date that shows its day (2024-12-31,
    2024/12/31, 2024.12.31) is handed on as the date it holds, to be written as the .xlsx reader writes a date."""
    if cell.get(_q("office:value-type")) != "date" or not _NUMERIC_DATE.fullmatch(shown.strip()):
        return shown
    try:
        value = dt.datetime.fromisoformat(cell.get(_q("office:date-value"), ""))
    except ValueError:
        return shown
    return value if str(value.year) in shown else shown


def _hidden_columns(table) -> set[int]:
    """The sheet's hidden columns (1-based): table:table-column elements, each repeated as many columns as it says
    (capped as cells are: columns past the cells laid down hold nothing)."""
    hidden: set[int] = set()
    number = 0
    for column in _columns(table):
        repeat = max(1, min(int_attribute(column.get(_q("table:number-columns-repeated")), 1), MAX_TABLE_REPEAT))
        if column.get(_VISIBILITY) in _HIDDEN:
            hidden.update(range(number + 1, number + repeat + 1))
        number += repeat
    return hidden


def _columns(table):
    for child in table:
        if child.tag == _COLUMN:
            yield child
        elif child.tag in _COLUMN_GROUPS:
            yield from _columns(child)


def _hidden_table_styles(root) -> set[str]:
    """The names of the table styles that hide a sheet (style:table-properties table:display="false")."""
    hidden = set()
    for style in root.iter(_q("style:style")):
        properties = style.find(_q("style:table-properties"))
        if properties is not None and properties.get(_q("table:display")) == "false":
            hidden.add(style.get(_q("style:name"), ""))
    return hidden


