"""Layout: a responsibility matrix whose cells only spaces part, each mark standing under its unit's name.

Text copied from a Word or PDF matrix (序号  重点任务  区发改局  区财政局  区住建局 / 1  推进…  ○     ●) loses the
empty cells, so a row's marks cannot be counted into columns; but the text keeps its layout: each mark stands
under the name of the unit it marks. So a mark is placed by where it stands on its line (its display column,
a Chinese character two wide), in the unit column whose name lies nearest above it. A row's other pieces (a
date, a note) go to the nearest column that is no unit's; the first piece after the 序号 is the task.
"""
from __future__ import annotations

import re
import unicodedata

from .cells import join_lines
from .header import body_column, header_kind
from .layouts import Found
from .marks import _ANY_LABEL, _ARABIC_LABEL, _ROW_START, matrix_mark

# cells of a copied layout are parted by two spaces or more (or an ideographic space); one space stays in a cell
_GAP = re.compile(r"(?:[ \t\u00a0]{2,}|\u3000+|\t)")
_SLACK = 2  # display columns a piece may stray from its column's edge


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pieces(line: str) -> list[tuple[int, int, str]]:
    """The pieces of a line between gaps, each with its display columns (start, end)."""
    out, at, pos = [], 0, 0
    for gap in _GAP.finditer(line):
        if gap.start() > at:
            piece = line[at:gap.start()]
            out.append((pos, pos + _width(piece), piece.strip()))
        pos += _width(line[at:gap.start()]) + _width(gap.group().replace("\t", "    "))
        at = gap.end()
    if line[at:].strip():
        out.append((pos, pos + _width(line[at:]), line[at:].strip()))
    return [p for p in out if p[2]]


def _nearest(spans: list[tuple[int, int]], columns: list[int], start: int, end: int) -> int | None:
    """The column among `columns` a piece stands in: the last whose header starts at or before the piece's middle
    (a column runs from its header's start to the next one's, whether its cells are set flush left or centred
    under a shorter header); the nearest header when the piece stands left of them all."""
    if not columns:
        return None
    middle = (start + end) / 2
    inside = [j for j in columns if spans[j][0] - _SLACK <= middle]
    if inside:
        return max(inside, key=lambda j: spans[j][0])
    return min(columns, key=lambda j: abs((spans[j][0] + spans[j][1]) / 2 - middle))


def _names_over_two_lines(header: list[tuple[int, int, str]], below: str) -> list[str] | None:
    """The header's names when the line under it holds the rest of some of them, else None. A narrow column prints
    its name over two lines (东城 / 街道, each street's column under 责任街道): each piece of the second line stands
    under the name it ends, within that name's columns; a short word, no mark and no row's number; and the two lines
    together name more bodies than the first alone."""
    pieces = _pieces(below.rstrip())
    if not pieces or _ROW_START.match(below.strip()) or any(len(p[2]) > 4 or matrix_mark(p[2]) for p in pieces):
        return None
    names = [p[2] for p in header]
    for start, end, text in pieces:
        under = [j for j, (left, right, _) in enumerate(header) if left - _SLACK <= start and end <= right + _SLACK]
        if len(under) != 1:
            return None
        names[under[0]] += text
    # the second line must make names of bodies (东城街道) out of what no header word knew: else it is a row's line
    return names if sum(map(body_column, names)) > sum(body_column(p[2]) for p in header) else None


def read_spaced_matrix(lines: list[str], start: int) -> Found | None:
    """The layout reader (`pasted.build_layouts`): a matrix header of bodies' names over rows of marks, spaces only."""
    header = _pieces(lines[start].rstrip())
    names = _names_over_two_lines(header, lines[start + 1] if start + 1 < len(lines) else "")
    if names:
        start += 1  # the header's second line read into its names; rows begin after it
    names = names or [p[2] for p in header]
    kinds = [header_kind(n) for n in names]
    bodies = [j for j, n in enumerate(names) if body_column(n)]
    if len(bodies) < 2 or "task" not in kinds or any(k is None and j not in bodies for j, k in enumerate(kinds)):
        return None
    spans = [(p[0], p[1]) for p in header]
    task = kinds.index("task")
    number_end = spans[0][1] if kinds[0] == "number" else -1
    others = [j for j in range(len(names)) if j not in bodies and j > task]
    rows: list[list[str]] = [names]
    pending: list[list[tuple[int, int, str]]] = []  # lines between two rows' 序号, not yet given to either
    centred = False  # whether the first row's task began above its 序号: the rows are centred on their numbers
    add = lambda cells, pieces: _add(cells, pieces, spans, bodies, others, task)  # noqa: E731
    i = start + 1
    while i < len(lines):
        text = lines[i].rstrip()
        if not text.strip():
            following = next((ln for ln in lines[i + 1:] if ln.strip()), "")
            if not _ROW_START.match(following.strip()):
                break
            i += 1
            continue
        if _ANY_LABEL.match(text.strip()) and not _ARABIC_LABEL.match(text.strip()):
            _settle(rows, pending, None, add, centred, task)
            rows.append([text.strip()])  # 一、… a group row spanning the table
            i += 1
            continue
        pieces = _pieces(text)
        if not _ROW_START.match(text.strip()) and pieces and pieces[0][0] > number_end:
            # a line of a row wrapped over lines: the rest of its task, a date, or marks, each under its column;
            # the row above's or the next one's, settled when the next row starts
            pending.append(pieces)
            i += 1
            continue
        if not _ROW_START.match(text.strip()):
            break
        cells = [""] * len(names)
        first = 1 if kinds[0] == "number" else 0
        if first:
            head = _ROW_START.match(pieces[0][2])  # 1 推进… with one space: the number and the task's start
            if head is None:
                cells[0], pieces = pieces[0][2], pieces[1:]
            else:
                cells[0] = head.group(1) or head.group(0).strip()  # 1, or a week as printed (第3周)
                tail = pieces[0][2][head.end():].strip()
                pieces = [(pieces[0][1] - _width(tail), pieces[0][1], tail)] + pieces[1:]
        if len(rows) == 1 and pending:
            centred = True
        _settle(rows, pending, cells, add, centred, task)
        cells[task] = join_lines([cells[task], pieces[0][2]]) if pieces else cells[task]
        add(cells, pieces[1:])
        rows.append(cells)
        i += 1
    _settle(rows, pending, None, add, centred, task)
    marked = any(matrix_mark(row[j]) for row in rows[1:] for j in bodies if j < len(row))
    return Found(i, rows) if marked else None


_SENTENCE_END = ("。", "；", ";")


def _settle(rows: list[list[str]], pending: list, new: list[str] | None, add, centred: bool, task: int) -> None:
    """Give the lines between two rows' 序号 to the row above or to the row starting (`new`; None at the table's
    end). Where the tasks end in a full stop, the row above takes the lines up to the one ending its sentence and
    the rest are the next row's. Without full stops to go by, a table whose rows are centred on their numbers
    (the first row's task began above its 序号) splits the lines between the two rows, the row above taking the
    odd one, and a top-aligned table gives them all to the row above."""
    above = rows[-1] if len(rows) > 1 and len(rows[-1]) == len(rows[0]) else None
    if above is None or new is None:
        target = above if new is None else new
        for line in pending if target is not None else []:
            add(target, line)
        pending.clear()
        return

    def task_text(line) -> str:
        probe = [""] * len(rows[0])
        add(probe, line)
        return probe[task]

    texts = [task_text(line) for line in pending]
    if above[task].endswith(_SENTENCE_END) or any(t.endswith(_SENTENCE_END) for t in texts):
        keep = 0 if above[task].endswith(_SENTENCE_END) else next(
            (n + 1 for n, t in enumerate(texts) if t.endswith(_SENTENCE_END)), len(pending))
    else:
        keep = (len(pending) + 1) // 2 if centred else len(pending)
    for line in pending[:keep]:
        add(above, line)
    top = [""] * len(new)  # the lines above the new row's 序号 come before its first line's text
    for line in pending[keep:]:
        add(top, line)
    for j, text in enumerate(top):
        new[j] = join_lines([text, new[j]]) if text else new[j]
    pending.clear()


def _add(cells: list[str], pieces: list[tuple[int, int, str]], spans: list[tuple[int, int]], bodies: list[int],
         others: list[int], task: int) -> None:
    """Pieces of a row's line into its cells: a mark under the unit it stands under, text left of the units the
    task's, any other piece to the nearest column that is no unit's (a date wrapped onto the next line joins
    its cell)."""
    left_of_units = min(spans[j][0] for j in bodies) - _SLACK
    for s, e, piece in pieces:
        mark = matrix_mark(piece)
        if mark:
            column = _nearest(spans, bodies, s, e)
        elif e <= left_of_units or not others:
            column = task
        else:
            column = _nearest(spans, others, s, e)
        cells[column] = join_lines([cells[column], piece])
