"""Tables a portal page draws with a front-end table component, put back into the one <table> they show.

Vue and React table components (Element UI el-table, Ant Design ant-table, vxe-table, iView) do not write a table as
one <table>: they write the header row in a table of its own and the body rows in a second table under it, so the
header stays put while the body scrolls; they lay a copy of the whole table over its fixed columns; and a responsive
page may write its table as a grid of <div>s with ARIA roles. The page shows one table each time; these functions make
the markup say so, before the page is read (html.markup_to_text).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from .table.header import header_kind

# The copy of the whole table a component lays over its fixed columns (left or right) so they stay while the table
# scrolls sideways: the same header and rows again, the cells outside the fixed columns only hidden by a stylesheet
# (Element UI marks them is-hidden, and marks the main table's fixed cells is-hidden too, so the class cannot tell the
# copy). The copy is the component's own part, known by the name the component gives it.
_FIXED_COPY = re.compile(r"el-table__fixed(?:-right)?(?:-patch)?|ant-table-fixed-(?:left|right)|"
                         r"vxe-table--fixed-(?:left|right)-wrapper|ivu-table-fixed(?:-right)?(?:-header)?")

# how many elements may stand between a header table and its body table (the wrappers' ends and starts); text
# between them parts two tables
_BETWEEN_TABLES = 40


def drop_fixed_column_copies(soup: BeautifulSoup) -> None:
    """Drop the copies of a table laid over its fixed columns (_FIXED_COPY)."""
    for el in soup.find_all(class_=lambda c: bool(c) and bool(_FIXED_COPY.fullmatch(c))):
        el.decompose()


def _span(cell: Tag, attribute: str) -> int:
    """A cell's colspan or rowspan, 1 where it is missing or no number."""
    try:
        return max(1, min(int(str(cell.get(attribute, "1")).strip() or "1"), 100))
    except ValueError:
        return 1


def _row_cells(tr: Tag, header: bool) -> list[Tag]:
    """A row's cells; a header's empty cells at its end (the place a component keeps over the body's scroll bar)
    left out."""
    cells = tr.find_all(["td", "th"], recursive=False)
    while header and cells and not cells[-1].get_text(strip=True):
        cells.pop()
    return cells


def _width(tr: Tag, header: bool = False) -> int:
    """The columns a row covers, colspans counted (a header's trailing empty cells left out: `_row_cells`)."""
    return sum(_span(cell, "colspan") for cell in _row_cells(tr, header))


def _header_widths(rows: list[Tag]) -> set[int]:
    """The columns each row of a header covers, a cell merged down from a row above (rowspan) counted in the rows it
    reaches. A grouped header writes its columns over two rows: 序号 and 重点任务 spanning both, 责任单位 over
    牵头单位 | 配合单位 below, so the lower row holds two cells yet covers all four columns. Counted row by row alone
    the rows would disagree (4 and 2), and the header would match no body."""
    taken: dict[int, set[int]] = {}  # the columns of each row filled by cells merged down from above
    widths = set()
    for n, tr in enumerate(rows):
        filled = set(taken.get(n, set()))
        column = 0
        for cell in _row_cells(tr, header=True):
            while column in filled:
                column += 1
            span = _span(cell, "colspan")
            for below in range(n + 1, n + _span(cell, "rowspan")):
                taken.setdefault(below, set()).update(range(column, column + span))
            filled.update(range(column, column + span))
            column += span
        widths.add(max(filled) + 1 if filled else 0)
    return widths


def _own_rows(table: Tag) -> list[Tag]:
    return [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]


def _header_only(table: Tag) -> bool:
    """A table of one or two rows of column names only: every cell a <th> or a word header_kind knows, two or more."""
    if len(table.find_all("tr", limit=3)) > 2:
        return False  # (asked of every table: a body's rows are not all listed to learn it is none)
    rows = _own_rows(table)
    if not 1 <= len(rows) <= 2:
        return False
    texts = [cell.get_text(" ", strip=True) for tr in rows for cell in tr.find_all(["td", "th"], recursive=False)]
    texts = [text for text in texts if text]
    return len(texts) >= 2 and all(header_kind(text) is not None for text in texts)


def _next_table(table: Tag) -> Tag | None:
    """The table that follows table with no text between them (wrapper <div>s only), else None."""
    last = table
    while isinstance(last, Tag) and last.contents:
        last = last.contents[-1]
    for count, node in enumerate(last.next_elements):
        if count > _BETWEEN_TABLES:
            return None
        if isinstance(node, NavigableString) and node.strip():
            return None
        if isinstance(node, Tag) and node.name == "table":
            return node
    return None


def join_split_header_tables(soup: BeautifulSoup) -> None:
    """Put a component's header table back on its body table.

    A table of column names alone (one or two rows, every cell a header word: 序号 | 任务 | 牵头单位 …) followed, with
    nothing between, by a table whose first row is no such header and whose rows cover as many columns is the one
    table a component split to keep its header in view. Read apart, the header is a one-row layout table and the
    body a table of rows no header names. The structure decides (header words, same column count), not the
    component's class names, so every component that splits so is read alike."""
    for header in soup.find_all("table"):
        if header.parent is None or not _header_only(header):
            continue
        body = _next_table(header)
        if body is None or body in header.parents or header in body.parents:
            continue
        body_rows = _own_rows(body)
        header_rows = _own_rows(header)
        if not body_rows or _header_only(body):
            continue
        first = body_rows[0].find_all(["td", "th"], recursive=False)
        if all(header_kind(cell.get_text(" ", strip=True)) for cell in first):
            continue  # the body table has its own header: two tables
        widths = _header_widths(header_rows)
        if widths != {max(_width(tr) for tr in body_rows)}:
            continue
        head = soup.new_tag("thead")
        for tr in header_rows:
            head.append(tr.extract())
        body.insert(0, head)
        header.decompose()


# A grid of <div>s with ARIA roles, as a responsive page writes a table (the same markup laid out as rows on a
# screen and as cards on a phone): role=table or grid holds rows (role=row, in role=rowgroup or not), a row its
# cells (cell, gridcell, columnheader, rowheader).
_GRID_ROLES = ("table", "grid", "treegrid")
_CELL_ROLES = {"cell", "gridcell", "columnheader", "rowheader"}


def _role(el: Tag) -> str:
    return str(el.get("role", "")).strip().lower()


def _grid_rows(grid: Tag) -> list[Tag]:
    """The grid's own rows, a nested grid's left to it."""
    return [row for row in grid.find_all(attrs={"role": re.compile(r"^\s*row\s*$", re.I)})
            if row.find_parent(lambda el: _role(el) in _GRID_ROLES) is grid]


def read_role_grids(soup: BeautifulSoup) -> None:
    """Make a grid of <div role=…> a <table>, so it is read as one; innermost grids first."""
    grids = soup.find_all(lambda el: el.name != "table" and _role(el) in _GRID_ROLES)
    for grid in reversed(grids):
        rows = _grid_rows(grid)
        cells = [[cell for cell in row.find_all(True, recursive=False) if _role(cell) in _CELL_ROLES] for row in rows]
        if len(rows) < 2 or sum(1 for row in cells if len(row) >= 2) < 2:
            continue  # a one-row bar or a list: not a table
        grid.name = "table"
        for row, row_cells in zip(rows, cells):
            row.name = "tr"
            for cell in row_cells:
                cell.name = "th" if _role(cell) == "columnheader" else "td"
        _drop_phone_labels(cells)


# The page shows each cell with its column's name before the value on a phone (<span class=label>责任单位</span>
# <span>县住建局</span>), a stylesheet hiding the name on a screen, where the header row names it. Read as the screen
# shows it: a cell's leading element holding its column's name alone is dropped.
def _drop_phone_labels(cells: list[list[Tag]]) -> None:
    header = next((row for row in cells if row and all(cell.name == "th" for cell in row)), None)
    if header is None:
        return
    names = [" ".join(cell.get_text(" ").split()) for cell in header]
    for row in cells:
        if row is header:
            continue
        for cell, name in zip(row, names):
            leading = cell.find(True, recursive=False)
            before = leading.previous_sibling if leading is not None else None
            if leading is None or (isinstance(before, NavigableString) and before.strip()):
                continue
            label = " ".join(leading.get_text(" ").split()).rstrip(":： ")
            value = " ".join(cell.get_text(" ").split())
            if name and label == name and value != " ".join(leading.get_text(" ").split()):
                leading.decompose()
