"""Layout: a responsibility matrix flattened one cell per line (a page's table copied cell by cell).

序号 / 重点任务 / 市发展改革委 / 市财政局 / … / 完成时限, each on its line, then each row: its 序号, its task, then its
cells. A flattened row keeps its empty cells only as blank lines, or not at all: the row's marks can be placed in
their columns only when the row still has one line per column (blank lines counted, or every cell filled). A row
that lost cells is still a task, but its marks cannot be placed: they are left out, and the reading says so.
"""
from __future__ import annotations

from .cells import _cell_class
from .header import body_column, header_kind
from .layouts import Found
from .marks import _ANY_LABEL, _ARABIC_LABEL, _NUMBER_CELL, _PAGE_MARK, _repeats, matched_number, matrix_mark
from .notes import _note

_MAX_COLUMNS = 40  # a matrix's columns, at most (a city's departments)


def _header(lines: list[str], start: int) -> tuple[list[str], int] | None:
    """The header's cells, one a line from lines[start], up to the first row's 序号; None unless a matrix's."""
    names, i = [], start
    while i < len(lines) and len(names) <= _MAX_COLUMNS:
        text = lines[i].strip()
        if not text:
            break
        if _NUMBER_CELL.match(text) or (_ANY_LABEL.match(text) and not _ARABIC_LABEL.match(text)):
            break  # the first row's 序号, or a group row over it
        if header_kind(text) is None and not body_column(text):
            joined = _broken_name(names, text, lines[i + 1].strip() if i + 1 < len(lines) else "")
            if joined is None:
                return None
            i += joined
            continue
        names.append(text)
        i += 1
    kinds = [header_kind(n) for n in names]
    bodies = [j for j, n in enumerate(names) if body_column(n)]
    if not kinds or kinds[0] != "number" or len(bodies) < 2 or "task" not in kinds[:bodies[0]]:
        return None
    return names, i


# A long body's name that Word broke inside its header cell comes out, copied one cell per line, as two lines: the
# name's start and its end (县住房城乡 / 建设局, 县发展改 / 革局), or the name and its note in brackets (各乡镇 /
# （街道）). The part that names nothing is joined to the line that makes it a body's name with it: a bracketed line
# to the cell above (a note follows its name), another to the line below first, else to the cell above.
def _broken_name(names: list[str], text: str, following: str) -> int | None:
    """How many lines from `text` the broken cell takes once joined into `names` (1 or 2); None when neither the
    line below nor the cell above makes it a body's name."""
    if not text.startswith(("（", "(")) and following and body_column(text + following):
        names.append(text + following)
        return 2
    if names and body_column(names[-1] + text):
        names[-1] += text
        return 1
    return None


def read_line_matrix(lines: list[str], start: int) -> Found | None:
    """The layout reader (`pasted.build_layouts`): a matrix's header and rows one cell per line."""
    found = _header(lines, start)
    if found is None:
        return None
    names, i = found
    printed = [ln.strip() for ln in lines[start:i]]  # the header's lines as printed, to know it again at a page's top
    task = [header_kind(n) for n in names].index("task")
    after = len(names) - task - 1  # the cells of a row after its task
    flags = [body_column(n) for n in names[task + 1:]]
    rows: list[list[str]] = [names]
    expected = 1
    while i < len(lines):
        text = lines[i].strip()
        if _ANY_LABEL.match(text) and not _ARABIC_LABEL.match(text) and not _NUMBER_CELL.match(text):
            rows.append([text])  # 一、… a group row spanning the table
            i += 1
            continue
        if len(rows) > 1 and not _is_number(text, expected):
            i = _page_break(lines, i, printed, expected)
            text = lines[i].strip()
        if not (_NUMBER_CELL.match(text) and matched_number(_NUMBER_CELL.match(text)) == expected):
            break
        end = _row_end(lines, i, expected, after, printed)
        whole = i + 2 + after  # the last row kept whole: its task and a line a column, blank lines among them
        if end < whole <= len(lines) and not any(_is_number(ln, expected + 1) for ln in lines[i + 1:whole]) and \
                lines[i + 1].strip() and _placed([ln.strip() for ln in lines[i + 1:whole]], after, flags) is not None:
            end = whole
        cells = [ln.strip() for ln in lines[i + 1:end]]
        while cells and not cells[-1]:
            cells.pop()
        while cells and not cells[0]:
            cells.pop(0)
        if not cells or matrix_mark(cells[0]):
            break
        row = [""] * len(names)
        row[0] = text
        kinds = [header_kind(n) for n in names]
        placed = _placed(cells, after, flags)
        if placed is not None:
            row[task], row[task + 1:] = placed
        else:
            row[task] = cells[0]
            # the empty cells were lost: the marks cannot be placed in their columns; a date is the row's
            dates = [c for c in cells[1:] if not matrix_mark(c) and _cell_class(c) == "deadline"]
            if dates and "deadline" in kinds:
                row[kinds.index("deadline")] = dates[-1]
            _note(cells[0], f"a matrix row one cell per line lost its empty cells ({len([c for c in cells if c]) - 1} "
                            f"cells for {after} columns): its marks could not be placed under their units")
        rows.append(row)
        expected += 1
        i = end
    if len(rows) < 2 or not any(matrix_mark(c) for r in rows[1:] for c in r):
        return None
    return Found(i, rows)


def _is_number(line: str, number: int) -> bool:
    match = _NUMBER_CELL.match(line.strip())
    return bool(match) and matched_number(match) == number


# A matrix one cell per line running over pages: between one row's last cell and the next row's 序号 stand the page
# number (— 7 —) and the header printed again at the new page's top, blank lines around them. They are no cells of
# the row above: its cells end at the page number or at the header's first line again, and the rows go on after.
def _page_break(lines: list[str], i: int, header: list[str], number: int) -> int:
    """The index of row `number`'s 序号 when only a page's break (blank lines, a page number, the header again)
    stands from lines[i] before it; else i, where the matrix ends."""
    j, furniture = i, False
    while j < len(lines) and (not lines[j].strip() or _PAGE_MARK.match(lines[j].strip())):
        furniture = furniture or bool(lines[j].strip())
        j += 1
    again = _repeats(lines, j, header)
    j = again or j
    while j < len(lines) and not lines[j].strip():
        j += 1
    # blank lines alone are no page's break: the matrix ends there, as before
    return j if (furniture or again) and j < len(lines) and _is_number(lines[j], number) else i


def _row_end(lines: list[str], i: int, number: int, after: int, header: list[str]) -> int:
    """The index after row `number`, which starts at lines[i]: the next row's 序号, or for the last row the
    first line that can hold none of its cells (a label, two blank lines, a blank line before text that is no
    mark and no date); a page number or the header again ends it too."""
    reach = min(len(lines), i + 2 + 2 * (after + 4))
    nxt = next((j for j in range(i + 1, reach) if _is_number(lines[j], number + 1)), None)
    end = i + 1
    while end < (nxt if nxt is not None else reach):
        text = lines[end].strip()
        if _ANY_LABEL.match(text) and not _ARABIC_LABEL.match(text) and not _NUMBER_CELL.match(text):
            break  # a group row
        if _PAGE_MARK.match(text) or (text == header[0] and _repeats(lines, end, header)):
            break  # the page breaks after the row
        if not text and nxt is None:
            following = lines[end + 1].strip() if end + 1 < len(lines) else ""
            if not following or not (matrix_mark(following) or _cell_class(following) == "deadline"):
                break
        end += 1
    return end


def _placed(cells: list[str], after: int, bodies: list[bool]) -> tuple[str, list[str]] | None:
    """A row's task and its `after` cells, when they can be placed: one line a column (blank lines counted as the
    empty cells, or every cell filled), a task over several lines joined; a mark only under a unit, no mark
    elsewhere. None when the row lost cells."""
    task, rest = cells[0], cells[1:]
    while True:
        for option in (rest, [c for c in rest if c]):
            if len(option) == after and all(bool(matrix_mark(c)) == (b and bool(c)) or (b and not c)
                                            for c, b in zip(option, bodies)):
                return task, option
        if not rest or not rest[0] or matrix_mark(rest[0]) or _cell_class(rest[0]) != "text":
            return None
        task, rest = task + rest[0], rest[1:]  # a task cell over several lines
