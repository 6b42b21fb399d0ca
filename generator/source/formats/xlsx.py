"""Excel .xlsx and .xls -> plan text: each visible sheet as the tab-separated text Excel's copy gives, its tables read.

An .xls workbook is opened by its own adapter (xls.py), which hands its sheets to `sheet_rows` and `workbook_text`
here: only the opening (`_xlsx_sheets` here) is one a format, the reading after it is the same for both.

Offices publish a plan's 任务清单 / 责任分解表 as a workbook. A sheet copied out of Excel (Ctrl+C, pasted as text) is
already read: one row a line, cells parted by tabs, a cell holding a line break quoted, a merged cell's value in its
top-left cell only and the cells it covers empty (the table readers carry a merged 牵头单位 or 时间节点 down, and take
a group row merged across the table, 一、重大项目建设, for a section). So a sheet is written as that copy and read by
the same readers (`find_pasted_tables`, which hands each table's rows to `rows_to_text`, as the .docx reader does):
a workbook and its copy read alike. The title, 制表 and 备注 rows around the table stay lines of text around it.

A workbook posting several lists, one a sheet, often prints each list's title on its tab only (附件1 重点任务分工,
附件2 配套政策清单), the header in row 1: a reader sees the tab as the list's title. Such a sheet is written under its
tab name, as a sheet printing its 附件 mark and title rows above the table reads, so each titled list is a plan of its
own and the second list's numbering (restarting at 1) does not run on in the first.

Read-only mode streams the rows (a sheet's cells are never all held at once) and gives merged cells just as the copy
does: only the top-left cell holds the value. Values are the ones Excel last computed (data_only), not formulas.
"""
from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path
from typing import Callable, Iterable, NamedTuple, Sequence

from ...errors import PlansiteError
from ...words import lexicon as lx
from ...words.names import unit_like
from ...words.columns import UNIT_COLUMN_KINDS, column_kind, column_name
from ...words.labels import ATTACHMENT_MARK_TITLED
from ..limits import MAX_ARCHIVE_BYTES, MAX_MERGED_ROWS, MAX_TABLE_CELLS
from .archive import check_archive
from .runs import collecting, mark_pieces, strong_red
from .flavours import transitional_package
from .table import find_pasted_tables
from .table.notes import _note


def xlsx_to_text(path: Path) -> str:
    """The plan text of every visible sheet of a workbook, a blank line between sheets."""
    return workbook_text(_xlsx_sheets(path))


def workbook_text(sheets: list[tuple[str, list[list[str]]]]) -> str:
    """The plan text of a workbook's visible sheets, each a (tab name, rows as Excel's copy writes them: sheet_rows),
    whatever format they were read from (.xlsx here, .xls in xls.py), a blank line between sheets."""
    sheets = [(name, rows) for name, rows in sheets if rows]
    sheets = _without_views(_without_side_sheets(sheets))
    sheets = [(name, _rows_text(rows)) for name, rows in sheets]
    if len(sheets) > 1:  # one sheet's tab names the workbook, not a list among others: its text is read as it is
        sheets = [(name, _under_tab_title(name, text)) for name, text in sheets]
    return "\n\n".join(find_pasted_tables(text) for _, text in sheets)


def _xlsx_sheets(path: Path) -> list[tuple[str, list[list[str]]]]:
    """Each visible sheet of an .xlsx workbook: its tab name and its rows (sheet_rows)."""
    workbook = _open(path)
    try:
        return [(sheet.title, _xlsx_sheet_rows(sheet)) for sheet in workbook.worksheets
                if sheet.sheet_state == "visible"]
    except PlansiteError:
        raise
    except Exception as exc:  # a sheet's XML damaged past the workbook's own parts: read lazily, row by row
        raise PlansiteError(f"is a damaged Excel .xlsx file ({type(exc).__name__}: {exc})", str(path)) from exc
    finally:
        workbook.close()


def _xlsx_sheet_rows(sheet) -> list[list[str]]:
    # a workbook may state its used range wrong (exporters write A1:A1); read every cell there is
    sheet.reset_dimensions()
    hidden = _hidden_parts(sheet)
    return sheet_rows(sheet.iter_rows(), hidden)


# A 台账 workbook lists every task on a first sheet (汇总) and again on one sheet per 类别 or per 牵头单位, each view
# renumbered from 1 and given a column of its own to fill in monthly (进展情况, 完成情况): the same tasks printed twice,
# which read as a second run of tasks (and, tasks being keyed by number, hide the first sheet's tasks 1, 2, 3 …). A
# sheet whose every row repeats a row of an earlier sheet on the columns both headers name alike (the task, its units,
# its date; the 序号 renumbered, a column of its own and one it leaves out such as 类别 aside) adds no task: it is
# set aside, and the reading report names it. Sheets holding rows of their own (two lists, one a sheet) read as before.
_MIN_SHARED_COLUMNS = 2  # a task and a unit column at least: fewer could match rows that only share a date


def _without_views(sheets: list[tuple[str, list[list[str]]]]) -> list[tuple[str, list[list[str]]]]:
    """The sheets that are no view of an earlier one (see above); each one set aside is said in the reading report."""
    kept: list[tuple[str, list[list[str]]]] = []
    read: list[tuple[str, tuple[list[str], list[list[str]]]]] = []  # each kept sheet's header and rows, read once
    for name, rows in sheets:
        table = _header_and_body(rows)
        shown = next((earlier for earlier, earlier_table in read if _repeats_rows(table, earlier_table)), None)
        if shown is None:
            kept.append((name, rows))
            read.append((name, table))
        else:
            _note("", f"sheet '{name}' set aside: its rows repeat those of sheet '{shown}'")
    return kept


def _repeats_rows(table: tuple[list[str], list[list[str]]], earlier: tuple[list[str], list[list[str]]]) -> bool:
    """Whether every row under the sheet's header repeats a different row of the earlier sheet on the columns both
    headers name alike (a column of row numbers aside); each table is a sheet's (header, rows) (_header_and_body)."""
    (header, body), (earlier_header, earlier_body) = table, earlier
    if not body or not earlier_body:
        return False
    shared = [(column, earlier_header.index(name)) for column, name in enumerate(header)
              if name and name in earlier_header and column_kind(name) != "number"]
    if len(shared) < _MIN_SHARED_COLUMNS:
        return False
    # the units too: a sheet naming other units for the same tasks (牵头单位 there, 责任单位 or 配合单位 here) is a share of
    # the work of its own, every unit column of it one the earlier sheet has
    units = [name for name in header if name and column_kind(name) in UNIT_COLUMN_KINDS]
    if not units or any(name not in earlier_header for name in units):
        return False
    earlier_keys = {tuple(_cell_key(cells, at) for _, at in shared) for cells in earlier_body}
    keys = [tuple(_cell_key(cells, column) for column, _ in shared) for cells in body]
    return len(set(keys)) == len(keys) and all(key in earlier_keys for key in keys)


# A 督查督办 system's export puts beside its 台账 a count sheet (统计汇总: 责任单位 | 牵头任务数 | 配合任务数 | 已办结 | 进度滞后,
# one row of figures per unit, a 合计 row) and a sheet of instructions for filling it (填报说明: 1.按“一单位一行”导出
# 2.每月25日前填报…). Neither holds a task: the count sheet's header names no task column and each of its rows is a
# unit (or 合计) beside figures; the notes sheet, its tab named as instructions (lexicon SHEET_NOTE_NAMES), holds no
# table, only numbered lines. Each is set aside and said in the reading report; a workbook holding nothing else is
# read as it is (there is no task table beside them to read instead).
_NUMBERED_NOTE = re.compile(r"\s*(?:\d{1,2}\s*[.．、]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}、)")
# ... but numbered lines assigning units (1.制定实施方案。（责任单位：各乡镇）, or a closing bracket naming the units,
# （县财政局）) are the workbook's tasks written as a list under a tab named 说明: no notes on filling it
_UNIT_LABEL = re.compile("(?:" + "|".join(lx.role_label_pattern(role) for role in lx.LABEL_ROLE_WORDS) + r")\s*[:：]")
_CLOSING_BRACKET = re.compile(r"[（(]([^（）()]{2,60})[)）][。；;.]?\s*")
# ... and the sheet may close with its sign-off (联系人：王某　电话：…, 制表人：刘某), unnumbered: the form's furniture, no task
_SIGNOFF = re.compile(r"\s*(?:" + lx.alternation(lx.FORM_SIGNOFF_LABELS) + r")\s*[:：]")
_FIGURE = re.compile(r"-?\d+(?:\.\d+)?%?")
_MIN_FIGURES = 2  # a unit beside one figure could be a task list's 序号 | 牵头单位 typed in the wrong order


def _without_side_sheets(sheets: list[tuple[str, list[list[str]]]]) -> list[tuple[str, list[list[str]]]]:
    """The sheets that are no count sheet nor notes sheet (see above), unless no other sheet is left."""
    kept = [(name, rows, _side_sheet(name, rows)) for name, rows in sheets]
    if all(kind for _, _, kind in kept):
        return sheets
    for name, _, kind in kept:
        if kind:
            _note("", f"sheet '{name}' set aside: {kind}, no task")
    return [(name, rows) for name, rows, kind in kept if not kind]


def _side_sheet(name: str, rows: list[list[str]]) -> str:
    """What a sheet holds instead of tasks ('counts per unit', 'notes on filling the workbook'), or ''."""
    header, body = _header_and_body(rows)
    if header and body and "task" not in {column_kind(cell) for cell in header} and all(map(_counts, body)):
        return "counts per unit"
    if not header and name.strip() in lx.SHEET_NOTE_NAMES and _numbered_notes(rows):
        return "notes on filling the workbook"
    return ""


def _counts(cells: list[str]) -> bool:
    """A row of figures beside one name (县财政局 | 0 | 9 | 0, 合计 | 2 | 9 | 0)."""
    filled = [text for text in cells if text]
    figures = sum(1 for text in filled if _FIGURE.fullmatch(text))
    return figures >= _MIN_FIGURES and len(filled) - figures <= 1


def _numbered_notes(rows: list[list[str]]) -> bool:
    """Lines of one cell each, every one but a title line first and the sign-off lines last numbered (1. 2. / （1） /
    一、)."""
    lines = [[text for text in cells if text] for cells in rows if any(cells)]
    while lines and _SIGNOFF.match(lines[-1][0]):  # the sign-off may take a cell a field (制表人：刘某 | 审核人：陈某)
        lines.pop()
    if any(len(cells) > 1 for cells in lines):
        return False
    texts = [cells[0] for cells in lines]
    numbered = [bool(_NUMBERED_NOTE.match(text)) for text in texts]
    return any(numbered) and all(numbered[1:]) and not any(map(_assigns_units, texts))


def _assigns_units(text: str) -> bool:
    """Whether a line names the units doing it: a unit label (责任单位：X) or a closing bracket of unit names."""
    if _UNIT_LABEL.search(text):
        return True
    close = text.rfind("（") if "（" in text else text.rfind("(")
    bracket = _CLOSING_BRACKET.fullmatch(text, close) if close >= 0 else None
    if bracket is None or _bracket_on_a_recipient(text[:close]):
        return False  # 请联系县营商办（县发展和改革局）: the bracket says which office the one to contact is
    return all(unit_like(name) for name in re.split(r"[、，,]", bracket.group(1)) if name)


# how far back from a bracket the verb before a body's name is looked for (a verb, then one body's name)
_RECIPIENT_REACH = 24


def _bracket_on_a_recipient(text: str) -> bool:
    """Whether the words before a closing bracket are a verb of sending or contacting and one body's name (…请联系县营商办,
    …报送县统计局): the body is whom the point's words go to, and the bracket says which office that is (its other name,
    where it sits), as a workbook's notes write a contact. A line's closing bracket of units stands after its work, which
    may end in a name too (新建县第二中学（县教育局）): no verb of sending before it."""
    tail = text.rstrip()[-_RECIPIENT_REACH:]
    for verb in lx.MENTION_RECIPIENT_VERBS:
        at = tail.rfind(verb)
        if at >= 0 and unit_like(tail[at + len(verb):]):
            return True
    return False


def _header_and_body(rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """A sheet's header (its column names; the first row of two cells or more naming two columns) and the rows of two
    cells or more under it (a title, a group or a 注 row holds one value); no header, no rows."""
    wide = [cells for cells in rows if sum(1 for text in cells if text) > 1]
    for at, cells in enumerate(wide):
        names = [column_name(text) for text in cells]
        if sum(1 for name in names if name and column_kind(name)) >= 2:
            return names, [row for row in wide[at + 1:] if [column_name(text) for text in row] != names]
    return [], []


def _cell_key(cells: list[str], column: int) -> str:
    return re.sub(r"\s+", "", cells[column]) if column < len(cells) else ""


# a tab a spreadsheet program named (Sheet1, sheet2, 工作表2): no title (a tab name is at most 31 characters long)
_DEFAULT_SHEET_NAME = re.compile(r"^(?:" + lx.alternation(lx.SHEET_DEFAULT_NAMES) + r")\s*\d*$", re.IGNORECASE)


def _under_tab_title(name: str, text: str) -> str:
    """A sheet's text under its tab name, where the sheet has no title row of its own (its first row is the table's,
    cells parted by tabs) and the tab was named by the office; else the text as it is. A tab naming an attachment
    is written as such a sheet prints it: the mark on a line of its own, the title below."""
    name = name.strip()
    first_row = next(line for line in text.split("\n") if line.strip())
    if "\t" not in first_row or not name or _DEFAULT_SHEET_NAME.match(name):
        return text
    # a tab naming the attachment it holds, its mark then its title (附件1 重点任务分工 / 附件2：配套政策清单)
    attachment = ATTACHMENT_MARK_TITLED.match(name)
    title = f"{attachment.group('mark')}\n{attachment.group('title')}" if attachment else name
    return f"{title}\n{text}"


def _open(path: Path):
    check_archive(path, ".xlsx", "Excel workbook", limit=MAX_ARCHIVE_BYTES)
    import openpyxl

    try:
        # rich_text: a shared string's runs and their fonts, where a formatting legend may point at them (runs.py);
        # a cell of one font is a str as before (measured: a few per cent more time on a workbook of rich cells)
        # opened from its bytes: openpyxl refuses a file by its name's suffix, and sites serve .xlsx packages named
        # .xls (WPS: .et), which formats._kind routes here
        # a Strict, macro-enabled or template package (.xlsm, .xltx, .xltm) is read as the .xlsx it holds (flavours.py)
        package = transitional_package(path)
        data = package if package is not None else path.read_bytes()
        return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, rich_text=collecting())
    except Exception as exc:  # not a zip, a missing part, bad XML, a truncated member: all one refusal
        raise PlansiteError(f"is a damaged Excel .xlsx file, or no workbook ({type(exc).__name__}: {exc}); "
                            f"open it in Excel or WPS and save it again as .xlsx", str(path)) from exc


def _rows_text(rows: list[list[str]]) -> str:
    """A sheet's rows as Excel's copy writes them: a line a row, tabs between cells, a blank row a blank line."""
    return "\n".join("\t".join(_copied(text) for text in cells) for cells in rows)


def sheet_rows(cell_rows: Iterable[Sequence], hidden: _Hidden) -> list[list[str]]:
    """A sheet's rows (each its cells from column A on, a cell having a `value` and a `number_format` as openpyxl
    gives them; a row's trailing empty cells may be missing) as Excel's copy writes them, each row's cell texts (a
    blank row no cells). A row holding one value only (the sheet's merged title, a group row, a 备注) becomes a line
    of its own; a row holding more is written as wide as the header (the first such row after a blank one), its
    empty trailing cells kept (a 备注 left blank, a merged 完成时限 under its first row): a row cut short would be taken for one that lost a merged cell on its left, its last
    cells slid right onto columns they do not belong to. Rows and columns the sheet hides are left out."""
    lines: list[list[str]] = []
    header_width = 0
    moved: dict[int, list[tuple[int, str]]] = {}  # shown row -> (column, a merge's value from its hidden top row)
    active: dict[int, tuple[int, str]] = {}  # column -> (last row, value) of the merge down it over the rows read
    for number, row in enumerate(cell_rows, start=1):
        texts = [_cell_text(cell) for cell in row]
        _fill_merged_down(number, texts, active, hidden.merged_down.get(number, ()), hidden.columns)
        if number in hidden.rows:
            if number in hidden.shown_below:
                for column, shown_row in hidden.shown_below[number]:
                    if column <= len(texts) and texts[column - 1]:
                        moved.setdefault(shown_row, []).append((column, texts[column - 1]))
            continue
        for column, text in moved.pop(number, ()):
            texts.extend([""] * (column - len(texts)))
            texts[column - 1] = texts[column - 1] or text
        cells = _shown_cells(number, texts, hidden)
        filled = [j for j, text in enumerate(cells) if text]
        if not filled:
            header_width = 0  # a blank row ends a table; the next one's header sets its width
            lines.append([])
            continue
        width = filled[-1] + 1
        if len(filled) > 1:
            header_width = header_width or width
            width = max(width, header_width)
        lines.append(cells[:width] + [""] * (width - len(cells)))
    while lines and not lines[-1]:
        lines.pop()
    return lines


# A cell merged down one column over several rows (a 重点任务 over its 具体措施 rows, a 牵头单位 over its tasks) covers
# each of them, as a Word table's vertical merge does: its value is written on every table row it covers, as the .docx
# reader writes a continued vMerge cell (docx._table_rows), so the table reader takes the merge as the file states it,
# never guessing from cells left empty (a sheet merging a task cell over two rows and another over three reads the
# column one way, whatever the count of rows under single cells). A docx vMerge only exists inside a table, but a
# sheet's rows are its page layout too: a title, a 注 or a one-column 要点 line merged down to make it taller covers
# rows holding nothing else, and those stay blank (the text written again would be a second title, a second task).
# So a covered row is filled only when it is a table row, one with a shown cell of its own. A merge across columns
# (a title, a group row, a 注) keeps its value in its first cell, as Excel's copy writes it.
def _fill_merged_down(number: int, texts: list[str], active: dict[int, tuple[int, str]],
                      starting: Iterable[tuple[int, int]], hidden_columns: frozenset[int]) -> None:
    """Row `number`'s cell texts (1-based columns) with the values of the merges down a column covering it written in
    (`active`: column -> last row and value of the merge down it, carried from row to row); the merges starting on
    it (column, last row) are added with their top cell's value."""
    if active:
        for column in [column for column, (last_row, _) in active.items() if last_row < number]:
            del active[column]
        if any(text for column, text in enumerate(texts, start=1) if column not in hidden_columns):
            for column, (_, value) in active.items():
                texts.extend([""] * (column - len(texts)))
                texts[column - 1] = texts[column - 1] or value
    for column, last_row in starting:
        value = texts[column - 1] if column <= len(texts) else ""
        if value:
            active[column] = (last_row, value)


# What a sheet hides is no part of what it shows, nor of what Excel's copy of the visible cells pastes: offices keep
# last year's 牵头单位, an 内部编码 for their 督办系统 or a row of its field codes (xh, rwmc, qtdw) in the posted sheet,
# hidden, and hide a task withdrawn (备注 删除) rather than renumber the rest. Read-only mode streams the cells without
# the sheet's row and column properties, so these are read from the sheet's XML in a pass of their own (a row's
# `hidden` attribute, a <col min max hidden> range; the cells are never all held at once). A merged cell whose
# top-left cell is in a hidden column (a 责任单位 header merged over a hidden and a shown column) shows its value
# in the merge's first shown column, as Excel draws it; one whose top row is hidden (a 牵头单位 merged down over a
# withdrawn task's hidden row and the rows under it) shows it in the merge's first shown row. A column or a row set
# to no width or height (width="0", ht="0", as some exporters hide them instead of `hidden`) is hidden as well.
#
# Two ways of hiding rows only change the view, and the rows they hide are still the sheet's rows: a collapsed outline
# group (分级显示: a 台账 groups each 重点任务's 具体措施 under its summary row and is saved with some groups folded,
# Excel showing a + beside them; the 序号 runs on past them, the 合计 counts them) and an AutoFilter's criterion (a
# 台账 saved showing only one office's rows). So a hidden row is read when the whole outline group it belongs to is
# hidden (the group folded: `_FoldedGroups`), or when it lies under an AutoFilter whose criterion its cell fails
# (`FilterCriteria`). A row hidden on its own (no outline level, no filter: a withdrawn task), by hand inside an open
# group (the group's other rows shown) or by hand under a filter its cells pass (the filter would show it) stays
# hidden; so does one under a criterion the reader does not judge (top 10, dates, colours), and the report says so.
class _Hidden(NamedTuple):
    rows: set[int]
    columns: frozenset[int]  # 1-based
    shown_at: dict[int, list[tuple[int, int]]]  # row -> (hidden top-left column of a merge, its first shown column)
    shown_below: dict[int, list[tuple[int, int]]]  # hidden row -> (a merge's top-left column, its first shown row)
    merged_down: dict[int, list[tuple[int, int]]]  # top row -> (column, last row) of each merge down one column


_MAX_COLUMN = 16384  # Excel's last column, XFD: a <col> range hiding every unused column ends there


_MAX_OUTLINE_LEVEL = 7  # Excel nests outline groups 7 deep at most


# Excel marks a folded group on its summary row, the row beside it that holds its +: collapsed="1" on the row below the
# group, or above it when the sheet's <outlinePr summaryBelow="0"> puts the summaries above. A row hidden by hand at
# outline level 1 alone between shown rows is all hidden too, a "group" of one: without that mark it is a withdrawn
# row, and stays hidden. An .xls keeps the mark in its ROW record, but LibreOffice's .xls drops it (and the summary
# side lives in a record xlrd does not read): there a group counts as folded with the mark on either side, or when
# it holds more than one row (one row alone hidden being the hand's).
class _FoldedGroups:
    """The hidden rows of folded outline groups, fed each row (number, outline level, hidden, collapsed) in sheet
    order. A row at level L belongs to the group of the consecutive rows at level L or deeper around it; the group is
    folded when every one of its rows is hidden (a row hidden by hand in an open group has shown rows beside it) and
    its summary row is marked collapsed (see above; `summary_below` None: an .xls, either side or two rows)."""

    def __init__(self, summary_below: bool | None = True) -> None:
        # per level: the first and last row of the group open at that level, whether all its rows are hidden so far,
        # and its hidden rows at exactly that level (the deeper ones are settled by the deeper groups, inside this one)
        self.summary_below = summary_below
        self._first = [0] * (_MAX_OUTLINE_LEVEL + 1)
        self._last = [0] * (_MAX_OUTLINE_LEVEL + 1)
        self._all_hidden = [True] * (_MAX_OUTLINE_LEVEL + 1)
        self._hidden: list[list[int]] = [[] for _ in range(_MAX_OUTLINE_LEVEL + 1)]
        self._all_hidden_groups: list[tuple[int, int, list[int]]] = []  # (first row, last row, hidden rows)
        self._collapsed: set[int] = set()
        self.rows: set[int] = set()

    def add(self, row: int, level: int, hidden: bool, collapsed: bool = False) -> None:
        if collapsed:
            self._collapsed.add(row)
        for depth in range(1, _MAX_OUTLINE_LEVEL + 1):
            inside = depth <= level
            if self._last[depth] and (not inside or row != self._last[depth] + 1):
                self._close(depth)
            if inside:
                if not self._last[depth]:
                    self._first[depth] = row
                self._last[depth] = row
                self._all_hidden[depth] = self._all_hidden[depth] and hidden
                if hidden and depth == level:
                    self._hidden[depth].append(row)

    def close(self) -> set[int]:
        """The rows of every folded group, once all rows are fed."""
        for depth in range(1, _MAX_OUTLINE_LEVEL + 1):
            if self._last[depth]:
                self._close(depth)
        for first, last, hidden in self._all_hidden_groups:
            if self._marked_folded(first, last):
                self.rows.update(hidden)
        return self.rows

    def _marked_folded(self, first: int, last: int) -> bool:
        if self.summary_below is None:
            return last > first or bool({first - 1, last + 1} & self._collapsed)
        return (last + 1 if self.summary_below else first - 1) in self._collapsed

    def _close(self, depth: int) -> None:
        if self._all_hidden[depth]:
            self._all_hidden_groups.append((self._first[depth], self._last[depth], self._hidden[depth]))
        self._first[depth], self._last[depth], self._all_hidden[depth], self._hidden[depth] = 0, 0, True, []


# what a <filterColumn> holds when it filters (a column's filter button alone holds none of them); the reader judges
# a list of values (<filters><filter val>, blank="1" for empty cells) and custom filters (<customFilter operator val>,
# * and ? wildcards); the rest (top 10, above average, dates, colours, icons) it leaves unjudged
_UNJUDGED_CRITERIA = frozenset({"top10", "dynamicFilter", "colorFilter", "iconFilter", "dateGroupItem"})
_WILDCARD = re.compile(r"~(.)|([*?])|(.)", re.DOTALL)  # one character a step: linear


class FilterCriteria:
    """The criteria of a sheet's AutoFilter, fed its elements' tags and attributes in order, and whether a cell's
    text fails them (see above)."""

    def __init__(self) -> None:
        self.column: int | None = None  # the <filterColumn> being read, 0-based from the filter's first column
        self.values: dict[int, set[str]] = {}  # column -> the texts its list shows ("" when blank="1")
        self.custom: dict[int, tuple[bool, list[tuple[str, str]]]] = {}  # column -> (all must hold, (operator, val))
        self.unjudged: set[int] = set()

    def add(self, tag: str, attributes) -> None:
        if tag == "filterColumn":
            self.column = _int(attributes.get("colId"), -1)
        elif self.column is None or self.column < 0:
            return
        elif tag == "filters":
            self.values[self.column] = {""} if _true(attributes.get("blank")) else set()
        elif tag == "filter":
            self.values.setdefault(self.column, set()).add(_filter_text(attributes.get("val")))
        elif tag == "customFilters":
            self.custom[self.column] = (_true(attributes.get("and")), [])
        elif tag == "customFilter":
            self.custom.setdefault(self.column, (False, []))[1].append(
                (attributes.get("operator") or "equal", attributes.get("val") or ""))
        elif tag in _UNJUDGED_CRITERIA:
            self.unjudged.add(self.column)

    @property
    def columns(self) -> set[int]:
        return set(self.values) | set(self.custom) | self.unjudged

    def fails(self, column: int, text: str) -> bool | None:
        """Whether a cell's text fails its column's criterion; None when the reader cannot tell."""
        if column in self.unjudged:
            return None
        text = _filter_text(text)
        if column in self.values and text not in self.values[column]:
            return True
        if column in self.custom:
            every, conditions = self.custom[column]
            held = [_holds(operator, value, text) for operator, value in conditions]
            if None in held:
                return None
            return not (all(held) if every else any(held))
        return False


def _filter_text(text: str | None) -> str:
    return (text or "").strip().casefold()  # Excel's filter matches a text whatever its case


def _holds(operator: str, value: str, text: str) -> bool | None:
    """Whether a cell's text holds a custom filter's condition; None for an order of texts the reader leaves unjudged."""
    if operator in ("equal", "notEqual"):
        steps = [(escaped or plain, star) for escaped, star, plain in _WILDCARD.findall(_filter_text(value))]
        return _wildcard_match(steps, text) == (operator == "equal")
    try:
        cell, bound = float(text), float(value)
    except ValueError:
        return None
    return {"greaterThan": cell > bound, "greaterThanOrEqual": cell >= bound, "lessThan": cell < bound,
            "lessThanOrEqual": cell <= bound}.get(operator)


def _wildcard_match(steps: list[tuple[str, str]], text: str) -> bool:
    """Does `text` match a filter's pattern, each step a character or a wildcard (`*` any run, `?` one character)?
    Matched by the two-pointer walk that goes back only to the last `*` (at most len(steps) × len(text) steps), not
    by a regular expression: a pattern from the file of many `*` would make a backtracking search take polynomial
    time in the cell's length."""
    at = step = 0
    star_step, star_at = -1, 0
    while at < len(text):
        if step < len(steps) and (steps[step][1] == "?" or (not steps[step][1] and steps[step][0] == text[at])):
            at, step = at + 1, step + 1
        elif step < len(steps) and steps[step][1] == "*":
            star_step, star_at, step = step, at, step + 1
        elif star_step >= 0:
            star_at += 1
            at, step = star_at, star_step + 1
        else:
            return False
    return all(star == "*" for _, star in steps[step:])


def folded_rows(rows: Iterable[tuple[int, int, bool, bool]], summary_below: bool | None) -> set[int]:
    """The hidden rows of folded outline groups among a sheet's rows, each (number, outline level, hidden, collapsed)
    in order, whatever format they were read from (.xlsx here, .xls in xls.py; `summary_below` see _FoldedGroups)."""
    folded = _FoldedGroups(summary_below)
    for row, level, hidden, collapsed in rows:
        folded.add(row, min(max(level, 0), _MAX_OUTLINE_LEVEL), hidden, collapsed)
    return folded.close()


def _outline_level(value: str | None) -> int:
    return min(max(_int(value, 0), 0), _MAX_OUTLINE_LEVEL)


def _hidden_parts(sheet) -> _Hidden:
    from openpyxl.utils.cell import range_boundaries
    from openpyxl.xml.functions import iterparse

    rows: set[int] = set()
    folded = _FoldedGroups()
    filter_range: tuple[int, int, int] | None = None  # the data rows under the sheet's AutoFilter, its first column
    criteria = FilterCriteria()
    in_views = False
    columns: set[int] = set()
    merges: list[tuple[int, int, int, int]] = []  # first and last row, first and last column of each merged range
    row_number = 0
    data = None
    with sheet._get_source() as source:  # the sheet's XML part, as openpyxl's own reader opens it
        # an element's attributes are all there is to read, at its start; each row's start drops the rows read so
        # far (the row starting among them: its cells still go to it), so the pass holds one row at a time
        for _, element in iterparse(source, events=("start",)):
            tag = element.tag.rpartition("}")[2]
            if tag == "row":
                row_number = _int(element.get("r"), row_number + 1)
                hidden = _true(element.get("hidden")) or _none_wide(element.get("ht"))
                if hidden:
                    rows.add(row_number)
                folded.add(row_number, _outline_level(element.get("outlineLevel")), hidden, _true(element.get("collapsed")))
                if data is not None:
                    data.clear()
            elif tag == "outlinePr":  # before the rows: which side of a group its summary row stands
                folded.summary_below = element.get("summaryBelow") not in ("0", "false")
            elif tag == "sheetData":
                data = element
            elif tag == "col" and (_true(element.get("hidden")) or _none_wide(element.get("width"))):
                first, last = _int(element.get("min"), 1), _int(element.get("max"), 0)
                columns.update(range(max(first, 1), min(last, _MAX_COLUMN) + 1))
            elif tag == "autoFilter" and filter_range is None and not in_views:  # after the rows: the filter's
                filter_range = _filter_rows(element.get("ref"))                   # range, then its criteria
            elif filter_range and not in_views:
                criteria.add(tag, element)
            elif tag == "customSheetViews":  # a saved custom view's own filter is not the sheet's
                in_views = True
            if tag == "mergeCell":  # after the rows: a hidden cell's merge, and a merge down a column
                try:
                    first_col, first_row, last_col, last_row = range_boundaries(element.get("ref") or "")
                except (ValueError, TypeError):
                    continue  # a damaged merge reference: the cells are read as they stand
                if None not in (first_col, first_row, last_col, last_row):  # a whole row or column is no merge
                    merges.append((first_row, last_row, first_col, last_col))
    rows -= folded.close()
    if filter_range and criteria.columns:
        rows -= filtered_out(sheet.title, rows, filter_range, criteria,
                             lambda first, last: sheet.iter_rows(min_row=first, max_row=last))
    return hidden_parts(rows, columns, merges)


def filtered_out(title: str, rows: set[int], filter_range: tuple[int, int, int], criteria: FilterCriteria,
                 row_cells: Callable[[int, int], Iterable[Sequence]]) -> set[int]:
    """The hidden rows under the AutoFilter that its criteria hide (a cell failing its column's); a hidden row whose
    cells the reader cannot judge stays hidden, and the report says so. `filter_range`: its first and last data row
    and its first column (1-based); `row_cells(first, last)`: the cells of each of those rows (.xlsx here, .xls in
    xls.py), each having a `value` and a `number_format`."""
    first, last, first_column = filter_range
    under = sorted(row for row in rows if first <= row <= last)
    if not under:
        return set()
    wanted = set(under)
    out: set[int] = set()
    unjudged = 0
    for number, cells in enumerate(row_cells(under[0], under[-1]), start=under[0]):
        if number not in wanted:
            continue
        texts = [_cell_text(cell) for cell in cells]
        judged = [criteria.fails(column, texts[first_column - 1 + column] if first_column - 1 + column < len(texts)
                                 else "") for column in sorted(criteria.columns)]
        if True in judged:
            out.add(number)
        elif None in judged:
            unjudged += 1
    if unjudged:
        _note("", f"sheet '{title}': {unjudged} hidden row(s) under a filter left unread (its criterion not judged)")
    return out


def _filter_rows(ref: str | None) -> tuple[int, int, int] | None:
    """The data rows an AutoFilter covers (its range without the header row it starts at) and its first column, or
    None if unreadable."""
    from openpyxl.utils.cell import range_boundaries

    try:
        first_column, first_row, _, last_row = range_boundaries(ref or "")
    except (ValueError, TypeError):
        return None
    if first_row is None or last_row is None:
        return None
    return first_row + 1, last_row, first_column or 1


def hidden_parts(rows: set[int], columns: set[int], merges: list[tuple[int, int, int, int]]) -> _Hidden:
    """What a sheet hides (see above), from its hidden rows and columns (1-based) and its merged ranges (first and
    last row, first and last column, 1-based), whatever format they were read from."""
    shown_at: dict[int, list[tuple[int, int]]] = {}
    shown_below: dict[int, list[tuple[int, int]]] = {}
    merged_down = _merged_down(merges)
    for first_row, last_row, first_col, last_col in merges:
        row = first_row
        if first_row in rows:
            row = next((r for r in range(first_row, last_row + 1) if r not in rows), first_row)
            if row != first_row:
                shown_below.setdefault(first_row, []).append((first_col, row))
        if first_col in columns:
            shown = next((col for col in range(first_col, min(last_col, _MAX_COLUMN) + 1) if col not in columns), None)
            if shown is not None:
                shown_at.setdefault(row, []).append((first_col, shown))
    return _Hidden(rows, frozenset(columns), shown_at, shown_below, merged_down)


def _merged_down(merges: list[tuple[int, int, int, int]]) -> dict[int, list[tuple[int, int]]]:
    """Top row -> (column, last row) of each merge down one column. A cell belongs to one merge only (Excel never
    writes two over one cell): a merge overlapping an earlier one down the same column is a damaged file's, dropped.
    A merge is cut to MAX_MERGED_ROWS rows (a damaged merge over a whole column), and the merges together fill at
    most MAX_TABLE_CELLS cells (covered rows times the merge's column: the cells those rows are written out to);
    past that the cells are read as they stand, so a small file listing merges by the hundred thousand cannot hang."""
    down = sorted((first_col, first_row, min(last_row, first_row + MAX_MERGED_ROWS))
                  for first_row, last_row, first_col, last_col in merges
                  if first_col == last_col and last_row > first_row)
    merged_down: dict[int, list[tuple[int, int]]] = {}
    covered_until: dict[int, int] = {}  # column -> last row of the latest merge kept down it
    cells = 0
    for column, first_row, last_row in down:
        if first_row <= covered_until.get(column, 0):
            continue
        cells += (last_row - first_row) * column
        if cells > MAX_TABLE_CELLS:
            break
        covered_until[column] = last_row
        merged_down.setdefault(first_row, []).append((column, last_row))
    return merged_down


def _none_wide(value: str | None) -> bool:
    """A width or height of 0 (a column or row drawn as nothing: hidden)."""
    try:
        return value is not None and float(value) == 0
    except ValueError:
        return False


def _true(value: str | None) -> bool:
    return value in ("1", "true")


def _int(value: str | None, default: int) -> int:
    try:
        return int(float(value)) if value is not None else default
    except ValueError:
        return default


def _shown_cells(row: int, texts: list[str], hidden: _Hidden) -> list[str]:
    """A row's cell texts in its shown columns only, a merge's value moved out of a hidden top-left cell."""
    if not hidden.columns:
        return texts
    for column, shown in hidden.shown_at.get(row, ()):
        if column <= len(texts) and texts[column - 1]:
            texts.extend([""] * (shown - len(texts)))
            texts[shown - 1] = texts[column - 1]
    return [text for column, text in enumerate(texts, start=1) if column not in hidden.columns]


def _copied(text: str) -> str:
    """A cell as Excel's copy writes it: a cell holding a line break or a quote quoted, "" for a quote inside."""
    if "\n" in text or '"' in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def _cell_text(cell) -> str:
    """A cell's value as the sheet shows it. A line break inside the cell is kept, its lines stripped and blank ones
    dropped (as the .docx reader keeps a cell's paragraphs); a tab becomes a space, as it would part two cells."""
    value = getattr(cell, "value", None)
    if value is None:
        return ""
    if isinstance(value, (dt.datetime, dt.date)):
        text = _date_text(value, getattr(cell, "number_format", "General") or "General")
    elif isinstance(value, (dt.time, dt.timedelta)):  # a time of day (h:mm) or a duration ([h]:mm): hours and minutes
        text = _time_text(value)
    elif isinstance(value, bool):
        text = "TRUE" if value else "FALSE"
    elif isinstance(value, (int, float)):
        text = _number_text(value, getattr(cell, "number_format", "General") or "General")
    else:
        text = str(value)
        if not isinstance(value, str):  # a cell of runs (rich_text): their text, its formatted runs recorded
            _mark_formatted_runs(value, text)
    text = _OOXML_ESCAPE.sub(_unescaped, text)
    lines = (line.replace("\t", " ").strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


# OOXML writes a character XML cannot carry as _xHHHH_ (Excel and exporters such as Apache POI: text typed a unit a
# line in a web form's box, CRLF, stored 市财政局_x000D_ and a line break). openpyxl leaves the escape as written (it
# only drops the _x005F_ that escapes a literal underscore): the escape is the character it stands for, here a line's
# end, so each line is read, not one name glued to the next. Linear: a fixed-width match.
_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _unescaped(escape: re.Match) -> str:
    """The character an _xHHHH_ escape stands for; a control character other than a line's end or a tab shows as
    nothing, half a surrogate pair (no character alone) stays as written."""
    code = int(escape.group(1), 16)
    if 0xD800 <= code <= 0xDFFF:
        return escape.group(0)
    return "" if code < 0x20 and chr(code) not in "\t\n\r" else chr(code)


# A unit cell marking its lead by a run in red, bold or underlined (县财政局 red, 、县审计局 plain), which a 注 explains
# (标红的为牵头单位): the runs are recorded beside the text (runs.py), read only where such a legend is found
def _mark_formatted_runs(value, text: str) -> None:
    pieces = [(str(getattr(block, "text", block)), _font_kinds(getattr(block, "font", None))) for block in value]
    mark_pieces(text, pieces)


def _font_kinds(font) -> frozenset[str]:
    """The kinds of formatting (runs.RUN_KINDS) a run's font sets: red (an RGB colour of strong red, or the palette's
    red), bold, underline (any style but none), italic."""
    if font is None:
        return frozenset()
    kinds = set()
    if getattr(font, "b", None):
        kinds.add("bold")
    if getattr(font, "i", None):
        kinds.add("italic")
    if getattr(font, "u", None) not in (None, "none"):
        kinds.add("underline")
    if _red(getattr(font, "color", None)):
        kinds.add("red")
    return frozenset(kinds)


_PALETTE_REDS = (2, 10)  # the legacy palette's red entries (FF0000)


def _red(color) -> bool:
    if color is None:
        return False
    if getattr(color, "type", None) == "indexed":
        return getattr(color, "indexed", None) in _PALETTE_REDS
    rgb = getattr(color, "rgb", None)
    return getattr(color, "type", None) == "rgb" and isinstance(rgb, str) and strong_red(rgb)


# A date format showing a month and a day only, as numbers (m-d, mm/dd, d.m, m\-d; a locale prefix [$-804] and a text
# section ;@ aside). Excel gives such a format to what is typed as 3-2 or 2/10 in a cell not set to text: the group-item
# numbers of a 台账 (1-1, 2-10) turn into dates wherever they are a valid month and day, the sheet still showing 3-2.
_MONTH_DAY_FORMAT = re.compile(r"^(?:\[\$-[0-9A-Fa-f]+\])?(?:(?P<m1>m{1,2})\\?(?P<s1>[-/.])(?P<d1>d{1,2})"
                               r"|(?P<d2>d{1,2})\\?(?P<s2>[-/.])(?P<m2>m{1,2}))(?:;@)?$")


def _date_text(value: dt.date | dt.datetime, number_format: str = "General") -> str:
    """A date as plans write one (2025年6月30日); a time of day, where the cell holds one, after it. A date whose
    format shows a month and a day only is written as the sheet shows it (3-2): the year was never the office's (Excel
    adds the year of typing), and what was typed may be no date at all but a 序号 (3-2, task 2 of group 三)."""
    shown = _MONTH_DAY_FORMAT.match(number_format.strip())
    if shown:
        month, day = shown.group("m1") or shown.group("m2"), shown.group("d1") or shown.group("d2")
        month_text = f"{value.month:0{len(month)}d}"
        day_text = f"{value.day:0{len(day)}d}"
        if shown.group("m1"):
            return f"{month_text}{shown.group('s1')}{day_text}"
        return f"{day_text}{shown.group('s2')}{month_text}"
    text = f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, dt.datetime) and (value.hour, value.minute) != (0, 0):
        text += f" {value.hour}:{value.minute:02d}"
    return text


def _time_text(value: dt.time | dt.timedelta) -> str:
    """A time of day or a duration as a sheet shows it under h:mm (9:30, a duration's hours all counted: 26:00)."""
    if isinstance(value, dt.timedelta):
        minutes = int(value.total_seconds() // 60)
        return f"{minutes // 60}:{minutes % 60:02d}"
    return f"{value.hour}:{value.minute:02d}"


def _number_text(value: int | float, number_format: str) -> str:
    """A number as the sheet shows it: 1 (not 1.0), 92% under a percent format, 48,000 under a thousands format,
    never in exponent notation."""
    if "%" in number_format:
        return _plain_number(value * 100) + "%"
    text = _plain_number(value)
    if "#,##0" in number_format and abs(value) >= 1000:
        whole, dot, fraction = text.partition(".")
        sign = "-" if whole.startswith("-") else ""
        text = sign + f"{int(whole.lstrip('-')):,}" + dot + fraction
    return text


def _plain_number(value: int | float) -> str:
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    return f"{value:.10f}".rstrip("0").rstrip(".")  # 0.1 + 0.2 shows as 0.3, as Excel shows it
