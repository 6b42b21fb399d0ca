"""A 牵头单位 cell merged down a group of rows, in a table copied one cell per line.

A 任务分解表 with 牵头单位 | 配合单位 columns merges the lead's cell down the rows of a group (一、… over rows 1–4) where
the group has one lead. Copied one cell per line, the merged cell is printed on the group's first row only; each
later row prints one unit cell fewer, its 配合单位, and nothing says which column that lone cell stood in. Fitted by
what it holds (units) it goes to the first unit column, the 牵头单位: the group's lead is lost and the row's supports
are read as leads. A tab-pasted copy keeps the empty cell, and the table reader carries the lead down into it. A
county's 任务清单 (牵头单位 | 责任单位) merges its lead the same way: there the lone cell is the row's 责任单位.

A lone unit cell may as well be a lead whose 配合单位 was left empty, so the present reading stands unless a cue says
the lead was merged:
- a note under the table says so (说明：牵头单位为合并单元格的，…), or
- the rows show it: a group under a heading is cut into runs at each row holding both a lead and a support (a
  merged cell may span a run of rows that begins partway through the group); in every run whose later rows hold one
  unit cell, its first row holds both and every later row holds one unit cell, never the first row's lead, or none
  (both unit cells merged over it: it shares them), and the table holds at least two rows of one unit cell (a single
  short row is as likely an empty 配合单位).
Then each such later row's lone cell is moved to the 配合单位 column and its 牵头单位 left empty, for the table reader
to carry the group's lead down. Rows that look merged without such a cue (a group of one row's pattern, or groups
that disagree) keep the present reading, and the reader says it could not tell.

A note may name another unit column as merged (注：本目录中“原行使部门”栏为合并单元格的…): `columns_noted_merged` finds it,
and cell_lines `_refit_under_merged_column` fits the short rows under that column's merged cell to the other columns.
"""
from __future__ import annotations

import re

from ....words import lexicon as lx
from .cells import _cell_class, _column_class
from .header import UNIT_COLUMN_KINDS
from .marks import _PAGE_MARK
from .notes import _note, _quote

# the column beside the 牵头单位 that a lone cell under a merged lead stands in: 配合单位 in a 分解表, 责任单位 in a
# county's 任务清单 (牵头单位 | 责任单位), which merges its lead down the rows the same way
_SECOND_UNIT_KINDS = ("support", "responsible")
_NOTE_LINES_AHEAD = 4  # lines after a table's end a note under it starts within (a blank line, a page number)
_NOTE_LINES = 6  # lines a note under a table runs over, at most
_SENTENCE_ENDS = re.compile(r"[。；;！？]")  # a note's sentences: each states its rule of one or more columns


def note_says_merged(lines: list[str], end: int, note_head) -> bool:
    """Whether a note under the table ending at lines[end] (说明：… / 注：…, `note_head` matching its head) says the
    lead column's cells are merged (牵头单位为合并单元格的…): a merged-cell word and a lead role word in the note."""
    text = _note_under(lines, end, note_head)
    return any(w in text for w in lx.MERGED_CELL_WORDS) and any(w in text for w in lx.LABEL_ROLE_WORDS["lead"])


def columns_noted_merged(lines: list[str], end: int, note_head, names: list[str],
                         kinds: list[str | None]) -> list[int]:
    """The unit columns (other than a 牵头单位, which `note_says_merged` and `carry_merged_leads` handle) that a note
    under the table ending at lines[end] says are merged over the rows they span, naming each by its header in a
    sentence with a merged-cell word (注：本目录中“原行使部门”栏为合并单元格的，适用于其所跨各项。)."""
    text = _note_under(lines, end, note_head)
    if not any(w in text for w in lx.MERGED_CELL_WORDS):
        return []
    sentences = [s for s in _SENTENCE_ENDS.split(text) if any(w in s for w in lx.MERGED_CELL_WORDS)]
    return [j for j, (name, kind) in enumerate(zip(names, kinds))
            if kind in UNIT_COLUMN_KINDS and kind != "lead" and name.strip()
            and any(name.strip() in sentence for sentence in sentences)]


def _note_under(lines: list[str], end: int, note_head) -> str:
    """The text of the note under the table ending at lines[end] (说明：… / 注：…, `note_head` matching its head, a
    blank line or a page number between), its lines joined; "" where none stands there."""
    at = end
    while at < min(len(lines), end + _NOTE_LINES_AHEAD) and (
            not lines[at].strip() or _PAGE_MARK.match(lines[at].strip())):
        at += 1
    if at >= len(lines) or not note_head.match(lines[at].strip()):
        return ""
    note = []
    for line in lines[at:at + _NOTE_LINES]:
        if not line.strip():
            break
        note.append(line.strip())
    return "".join(note)


def carry_merged_leads(rows: list[list[str]], kinds: list[str | None], groups: list[tuple[bool, list[int]]],
                       noted: bool) -> None:
    """Move the lone unit cell of each later row of a run whose 牵头单位 was merged down it to the 配合单位 column,
    leaving the 牵头单位 empty to be carried down (see the module's note). `groups`: (headed, the indexes in `rows`
    of its data rows, in order) for each group of rows under a heading (or before the first); `noted`: a note under
    the table says the lead's cells are merged."""
    units = [j for j, k in enumerate(kinds) if k in UNIT_COLUMN_KINDS]
    if len(units) != 2 or kinds[units[0]] != "lead" or kinds[units[1]] not in _SECOND_UNIT_KINDS:
        return  # only a table whose units stand under one 牵头单位 and one 配合单位 (or 责任单位) column
    lead, support = units
    merged: list[list[list[str]]] = []  # the later rows of each run that looks merged
    doubtful: list[list[str]] = []  # rows holding one unit cell in runs that do not
    headed_only = True
    for headed, run in ((headed, run) for headed, indexes in groups for run in _runs(rows, indexes, lead, support)):
        first, later = rows[run[0]], [rows[j] for j in run[1:]]
        short = [row for row in later if _holds(row, lead) and not _holds(row, support)]
        if not short:
            continue
        # a row printing no unit cell at all sits under both unit cells merged over it: it agrees with a merged lead
        bare = [row for row in later if not _holds(row, lead) and not _holds(row, support)]
        if (_holds(first, lead) and _holds(first, support) and len(short) + len(bare) == len(later)
                and all(row[lead].strip() != first[lead].strip() for row in short)):
            merged.append(short)
            headed_only = headed_only and headed
        else:
            doubtful.extend(short)
    shown = sum(len(short) for short in merged)
    if noted or (not doubtful and headed_only and shown >= 2):
        for short in merged:
            for row in short:
                row[support], row[lead] = row[lead], ""
        for row in doubtful if noted else ():
            _say(row[lead], "yet the row holding both units above it (in its group) is not followed by rows of one "
                             "unit cell or none only")
        return
    for short in merged:
        for row in short:
            _say(row[lead], "as the rows after a row holding both units in its group do")


def under_merged_leading_cells(cells: list[str], kinds: list[str | None], first: list[str] | None,
                               above: list[str] | None = None) -> list[str] | None:
    """A short row of a 包联 / 包保 一览表 (序号 | 包联领导 | 联络单位 | 企业名称 | 服务事项) whose leader's and unit's cells
    were merged down from a row above, in its columns: its number, then its own cells at the row's end. None where the
    row does not read so.

    Such a sheet merges the leader cell (a person) and the unit cell beside it down each leader's rows, after the 序号,
    and closes each row with two text columns (the enterprise or project, then the service). Copied one cell per line,
    a row under the merged cells prints only its number and its last cells, with no empty line for those it lost, and
    fitted from the left its enterprise went to the leader's column and its service to the units' (a sentence read as a
    unit). A row short by k cells lost the k leading cells after its number: it keeps its trailing cells in the last
    columns; the lost unit cells stay empty, for the table reader to carry down, and a lost people cell (the leader's,
    which it does not carry) takes the cell of the row right above (`above`, None where a heading row stands between).
    Only where the columns
    between the 序号 and two or more closing text columns are people and unit columns, the cells falling under unit
    columns read as units and the row's last cell does not, and the table's first row (`first`) printed them all.
    """
    width = len(kinds)
    if not kinds or kinds[0] != "number" or not 1 < len(cells) < width or first is None or len(first) != width:
        return None
    tail = width
    while tail > 1 and _column_class(kinds[tail - 1]) == "text" and kinds[tail - 1] != "group":
        tail -= 1
    leading = range(1, tail)
    if (width - tail < 2 or not leading or width - len(cells) > len(leading)
            or not all(kinds[j] in UNIT_COLUMN_KINDS or kinds[j] == "extra" for j in leading)
            or not any(kinds[j] in UNIT_COLUMN_KINDS for j in leading) or not all(first[j].strip() for j in leading)):
        return None
    out = [cells[0], *[""] * (width - len(cells)), *cells[1:]]
    if _cell_class(out[-1]) == "units" or not all(
            _cell_class(out[j]) == "units" for j in leading if out[j] and kinds[j] in UNIT_COLUMN_KINDS):
        return None
    for j in leading if above is not None and len(above) == width else ():
        if not out[j] and kinds[j] == "extra":
            out[j] = above[j]
    return out


def _runs(rows: list[list[str]], indexes: list[int], lead: int, second: int) -> list[list[int]]:
    """A group's rows (their indexes in `rows`) in runs that may each sit under one merged 牵头单位: a merged cell spans
    some rows of a group, not always all (rows 1–3 under one lead, 4 and 5 with their own, 6–7 under another). A row
    printing both unit cells is the top row of a merged lead's run, or a row of its own; either way it starts a run,
    and the rows after it, up to the next such row, are the rows the lead may be merged over. Rows before the group's
    first such row make a run of their own, headed by a row that does not hold both."""
    runs: list[list[int]] = []
    for at in indexes:
        if not runs or (_holds(rows[at], lead) and _holds(rows[at], second)):
            runs.append([at])
        else:
            runs[-1].append(at)
    return runs


def _holds(row: list[str], column: int) -> bool:
    return column < len(row) and bool(row[column].strip())


def _say(cell: str, why: str) -> None:
    _note(cell, f"unit cell {_quote(cell)} stands alone in its row, {why}: read as the 牵头单位 with no 配合单位, "
                f"though it may be the 配合单位 under a 牵头单位 merged down the group")
