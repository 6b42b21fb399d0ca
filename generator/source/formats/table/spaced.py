"""Layout: a header line and rows whose cells only spaces part, each row on its line (or wrapped)."""
from __future__ import annotations

import re

from ....words import lexicon as lx
from ....words.people import bare_name, post_then_name
from .cells import _NONE, _cell_class, _column_class, _names_a_unit, _reads_as_units, join_lines, unit_text
from .fitting import _fit_cells
from .header import UNIT_COLUMN_KINDS, _grid_order, _is_header, _is_header_continuation, header_kinds
from .delimited import _unquote, joined_while_quoted
from .layouts import Found, rows_found
from .raw_order import cell_by_cell_row, full_first_line, raw_order_row
from .marks import (_ANY_LABEL, _ARABIC_LABEL, _CN_NUMERAL, _FIGURE_CELL, _NOTE_UNDER, _PAGE_MARK, _ROW_START, _SPACE_RUN,
                    _TOTAL_CELL, _anchor_ahead, _repeats, matched_number)
from .spacing import header_words, names_closed_up


def _spaced_table(lines: list[str], start: int) -> tuple[list[list[str]], int] | None:
    """A table whose header line and rows are separated by spaces only, from lines[start].

    The header is a line of header words alone. A row starts with the next 序号 and may wrap over
    lines; its cells are read from the right, each column after the task taking the last piece
    when that piece holds the column's kind of content (units, a date), so a task text with spaces
    in it stays whole and an empty cell stays empty. Without a 序号 column (任务 牵头单位 完成时限)
    each line is a row, as long as it ends in a cell of units, a date or 无.
    """
    names = header_words(lines[start])
    kinds = header_kinds(names)
    if len(names) < 3 or not (all(kinds) or _unknown_words_stand_apart(lines[start], names)) or not _is_header(names):
        return None
    names, head_end = _two_line_head(lines, start, names)
    kinds = header_kinds(names)
    numbered = kinds[0] == "number"
    if not numbered and kinds[0] != "task" or "task" not in kinds:
        return None
    task = kinds.index("task")
    # a group column before the task (序号 村（社区） 整治任务 …): merged down its rows, it stands on each group's first
    # row only, so a row's pieces left of the columns after the task are the task's, or the group's and the task's
    group = next((j for j in range(1 if numbered else 0, task) if kinds[j] == "group"), None)
    # a date column before the task (周次 日期 工作内容 …, a school calendar's): its piece opens the row after the number
    date = next((j for j in range(1 if numbered else 0, task) if kinds[j] == "deadline"), None)
    rows: list[list[str]] = [names]
    raw: list[str] | None = None
    last = 0
    single_spaced = not _open_gaps(lines[start].strip(), _WIDE_GAP)
    people = any(name.endswith(lx.PERSON_LABEL_HEADS) for name in names)  # 县级领导, 责任人: a column of people
    raw_order = False  # the row's later lines came in a PDF's raw order (raw_order.py)

    def close():
        if raw is None:
            return
        if raw_order and len(raw) > 1:
            rows.append(raw_order_row(raw, kinds) if full_first_line(raw[0], len(kinds)) else cell_by_cell_row(raw, kinds))
            return
        if len(raw) > 1 and group is None and _complete_row(raw[0], kinds, task, numbered):
            rows.append(_row_with_wrapped_cells(raw, kinds, task, numbered))
            return
        tokens = _row_pieces(raw, len(kinds), single_spaced and numbered and _number_parted_by_one_space(raw[0]),
                             people)
        number, tokens = (tokens[0].rstrip(".、．"), tokens[1:]) if numbered else ("", tokens)
        if not numbered and len(tokens) == len(kinds):
            rows.append(_fit_cells(tokens, kinds))  # one piece per column: each in its place
            return
        cells = [""] * len(kinds)
        cells[0] = number or cells[0]
        tail = _fill_from_right(tokens, kinds, cells, task)
        left = tokens[:len(tokens) - tail]
        if group is not None and len(left) > 1 and _place_or_kind(left[0]):
            cells[group], left = left[0], left[1:]  # the merged 村（社区） / 类别 cell, on its group's first row only
        if date is not None and len(left) > 1 and _a_date(left[0]):
            cells[date], left = left[0], left[1:]  # a calendar's week dates before its work (第1周  9.1—9.7  开学…)
        if len(raw) == 1 and len(left) > 1 and _measure_column_after(kinds, task) and not cells[task + 1]:
            cells[task], left = left[0], left[1:]  # 工作任务 | 具体措施 parted by a space: the title is the first piece
            cells[task + 1] = join_lines(left)
        else:
            cells[task] = join_lines(left)
        rows.append(cells)

    i = head_end
    header_lines = [ln.strip() for ln in lines[start:head_end]]
    while i < len(lines):
        line, after = _line_with_quoted_cells(lines, i)
        text = line.strip()
        row = _ROW_START.match(text)
        if raw is not None and _NOTE_UNDER.match(text):
            break  # 注：… under the last row, indented as the page's paragraphs are: the table's note, after the table
        if not text:
            resumed = _rows_resumed(lines, i, header_lines, last) if numbered else 0
            if not resumed:
                break
            i = resumed  # a page's foot and the head printed again: the rows go on under them
            continue
        if numbered and _PAGE_MARK.match(text) and _rows_resumed(lines, i, header_lines, last):
            i = _rows_resumed(lines, i, header_lines, last)  # a page's foot right under the row, no blank line between
            continue
        if not numbered and not (_ANY_LABEL.match(text) or re.match(rf"^{_CN_NUMERAL}\s+\S", text)):
            tokens = _SPACE_RUN.split(text)
            per_column = len(tokens) == len(kinds) and any(
                _NONE.match(t) or _reads_as_units(t) for t, k in zip(tokens, kinds) if k in UNIT_COLUMN_KINDS)
            if len(tokens) < 2 or not (per_column or _NONE.match(tokens[-1]) or _cell_class(tokens[-1]) != "text"):
                break  # neither one piece per column with units under a unit column, nor ending in units or a date
            close()
            raw = [text]
        elif numbered and row and (last < matched_number(row) <= last + 3 or matched_number(row) == 1):  # gaps too
            close()
            raw, last, raw_order = [text], matched_number(row), False
        elif _total_line(text) and len(_SPACE_RUN.split(text)) <= len(kinds):
            close()
            raw = None
            pieces = _SPACE_RUN.split(text)
            rows.append(pieces + [""] * (len(kinds) - len(pieces)))  # said a total, read as no task (rows.py)
        elif _group_row(text):
            close()
            raw = None
            rows.append(["、".join(_SPACE_RUN.split(text, 1)) if not _ANY_LABEL.match(text) else text])
        elif raw is not None and single_spaced and not line[:1].isspace() and _raw_order_goes_on(
                lines, i, raw, last, len(kinds)):
            raw.append(text)  # the rest of the row's cells in a PDF's raw order (raw_order.py)
            raw_order = True
        elif raw is not None and (_anchor_ahead(lines, i, last + 1, 2) or (
                _cell_class(raw[-1].split()[-1]) == "text" and _cell_class(text.split()[-1]) != "text")):
            raw.append(text)  # a row wrapped over lines: the next row is in sight, or this line ends it
        elif raw is not None and _last_cells_below(raw, text, kinds):
            raw.append(text)  # the table's last row, its last cells wrapped onto the next line (no next row to see)
        elif raw is not None and not line[:1].isspace() and _wrapped_after_a_mark(raw[-1], text, lines, i, last):
            raw.append(text)  # a cell broken after 、 or ， with the rest of the row on this line
        elif raw is not None and _outline_item_under(raw[0], line):
            break  # the plan's next item, indented as a paragraph: the table (a 专栏 among the tasks) has ended
        elif raw is not None and line[:1].isspace() and (
                _complete_row(raw[0], kinds, task, numbered) or _row_ahead(lines, i, last + 1)):
            raw.append(line.rstrip())  # the indented rest of the row's wrapped cells (see _row_with_wrapped_cells)
        else:
            break
        i = after
    close()
    return (rows, i) if len(rows) > 1 else None


# A spreadsheet (WPS, Excel) copies a cell holding a line break (Alt+Enter) inside ASCII quotes ("县水利局 / 某分局",
# "" for a quote inside). Pasted where its tabs became runs of spaces (a work chat, a web editor), the cell's
# second line stands at column 0 and the row's remaining cells follow its closing quote on that line; a task cell's
# later lines may open with 1. / 2., its own points. That line is no row and no end of the table: the row runs on until
# the quote is closed, as the tab reader's does (delimited.py `_record`, the same `joined_while_quoted`), and the quoted
# cell is one piece, its quotes dropped and its line breaks kept as the tab reader keeps them. A cell opens with " at
# the line's start or after a space; a quote inside a cell's text ("双随机"检查) opens none.
def _quoted_cells(line: str) -> tuple[list[tuple[int, int]], bool]:
    """The spans of a line's quoted cells (from the opening " to past the closing one, "" inside skipped), and whether
    the last cell opened is left open."""
    spans: list[tuple[int, int]] = []
    at = line.find('"')
    while at != -1:
        if at and not line[at - 1].isspace():
            at = line.find('"', at + 1)
            continue
        close = line.find('"', at + 1)
        while close != -1 and line[close + 1:close + 2] == '"':
            close = line.find('"', close + 2)
        if close == -1:
            return spans, True
        spans.append((at, close + 1))
        at = line.find('"', close + 1)
    return spans, False


def _quote_left_open(line: str) -> bool:
    """Whether a line of a space-parted table leaves a spreadsheet's quoted cell open (`_quoted_cells`)."""
    return _quoted_cells(line)[1]


def _line_with_quoted_cells(lines: list[str], i: int) -> tuple[str, int]:
    """lines[i] with the lines a quoted cell opened on it runs over, and the index after them."""
    if '"' not in lines[i]:
        return lines[i], i + 1
    return joined_while_quoted(lines, i, _quote_left_open)


# A header parted by spaces may name a column no header word knows (风险等级, 薄弱环节): offices name their columns in
# many ways, and a tab-parted header reads such a column as text under its name (`header._is_header` asks only for a
# task and a role or date column). Spaces part words of prose as well, so the space reader takes an unknown column
# name only where nothing else could cut the line: every gap is a wide one (two spaces or more, a tab, a full-width
# space), so each piece is one cell; the line opens with 序号 and names a unit column, the shape of a 分工表 head; and
# the known names outnumber the unknown ones. The column's cells are then read as text, as under 备注.
def _unknown_words_stand_apart(line: str, names: list[str]) -> bool:
    """Whether a header line with column names no header word knows is a table's head all the same."""
    kinds = header_kinds(names)
    known = [k for k in kinds if k]
    pieces = [p for p in _WIDE_GAP.split(line.strip()) if p]
    return (pieces == names and kinds[0] == "number" and any(k in UNIT_COLUMN_KINDS for k in kinds)
            and len(known) > 2 * (len(kinds) - len(known)))


# A Word table pasted into a web editor keeps a row a paragraph, its cells parted by runs of spaces that line up with
# nothing, and puts the rest of a wrapped cell on the next line, indented (…并投入 / 使用。, 镇村镇建设办、 / 县供电所).
# When the row's first line already reaches its last column, the lines under it hold only the rest of cells the
# first line left open, each line's pieces in the order of those cells.
# a piece of such a line: one space or one full-width space stays inside it (刘　洋), two spaces or more part two
_CONTINUATION_PIECE = re.compile(r"\S+(?:[ \u3000]\S+)*")
_OPEN_END = "、，,；;：:"


# The header printed again on the next page is the same words, but a copy whose cells only spaces part may lay each
# page out anew, so the runs of spaces between its words need not be as wide as on the first page.
def _same_gapped_line(line: str, other: str) -> bool:
    """Whether two lines are the same words in the same order, whatever runs of spaces part them."""
    return _SPACE_RUN.split(line.strip()) == _SPACE_RUN.split(other.strip())


def _header_again(lines: list[str], i: int, header: list[str]) -> int:
    """The index after the header's lines when they stand again from lines[i] (blank lines between allowed), their
    words parted by runs of spaces of any width; 0 when they do not."""
    return _repeats(lines, i, header, _same_gapped_line)


# A project or investment table (项目分解表, 投资计划表) prints a total row right under its header or at its foot: the
# word of a total and the sums of the figure columns (合计  32项  34090). Flattened from a web page its cells are parted
# by spaces or tabs like the rows'; it is a row of the table, no task and not the table's end (delimited.py
# `_sums_or_group_row` reads the same row between tabs or |).
def _total_line(text: str) -> bool:
    """Whether a line of a space-parted table is a total row: a word of a total, then figures alone (3项, 4600, —)."""
    pieces = _SPACE_RUN.split(text)
    return bool(_TOTAL_CELL.match(pieces[0])) and all(_FIGURE_CELL.match(p) for p in pieces[1:])


def _group_row(text: str) -> bool:
    """A group row of a numbered table: a label of a higher level than the 序号 (一、市容提升行动, （二）…, 三 设施养护)."""
    return bool(_ANY_LABEL.match(text) and not _ARABIC_LABEL.match(text) or re.match(rf"^{_CN_NUMERAL}\s+\S", text))


# A table printed over pages breaks between rows: a page number (— 2 —, 第2页) between blank lines, and most often the
# header printed again at the next page's top. Where the page's foot or the header again stands between blank lines
# and the next row goes on with the next 序号, the table goes on; a blank line alone ends it. A table whose rows are
# grouped (一、市容提升行动 / 1 … / 2 … / 二、设施养护行动 / 3 …) often opens its next page with a group row: the rows go on
# there as well, when the group row (or two, 二、 and （一）) stands right above the next 序号.
_GROUP_ROWS_AT_A_PAGE_TOP = 2


def _rows_resumed(lines: list[str], i: int, header: list[str], last: int) -> int:
    """The index of the row (or of the group row over it) after a page break from the blank line lines[i], 0 when
    no page break stands there."""
    broke = False
    while i < len(lines):
        text = lines[i].strip()
        if not text:
            i += 1
        elif _PAGE_MARK.match(text):
            broke, i = True, i + 1
        elif _same_gapped_line(text, header[0]) and _header_again(lines, i, header):
            broke, i = True, _header_again(lines, i, header)
        else:
            break
    if not broke:
        return 0
    first = i
    while i < len(lines) and i - first < _GROUP_ROWS_AT_A_PAGE_TOP and _group_row(lines[i].strip()):
        i += 1
    row = _ROW_START.match(lines[i].strip()) if i < len(lines) else None
    return first if row and matched_number(row) == last + 1 else 0


# A table set among a plan's numbered tasks (a 专栏 of projects pasted from Word, its cells parted by full-width
# spaces) ends where the plan's outline goes on: the next task, indented as the plan's paragraphs are
# (    3.加强安全生产。…（安全监督处负责）), would read as the indented rest of the last row's wrapped cells. The rest of
# a wrapped cell stays under its cell, so it never runs from the row's left across into its last cell; a line of one
# run of text opening with an item's label (3. / （三） / 三、) that does is the plan's next item, and the table ends
# above it (as a table parted by tabs ends at a line without a tab). page_layout.py reads the same.
def _outline_item_under(row: str, line: str) -> bool:
    """Whether `line`, under a row whose first line is `row`, is the plan's next item: one run of text opening with
    an item's label, starting left of the row's last cell and reaching into it."""
    text = line.expandtabs(4)
    body = text.strip()
    if not _ANY_LABEL.match(body) or _WIDE_GAP.search(body):
        return False
    first = row.expandtabs(4)
    pieces = [p for p in _WIDE_GAP.split(first.strip()) if p]
    if len(pieces) < 3:
        return False
    last_cell = first.rfind(pieces[-1])
    at = len(text) - len(text.lstrip())
    return at < last_cell < at + len(body)


def _row_ahead(lines: list[str], i: int, number: int) -> bool:
    """Whether a line starting row `number` (2  整顿…, or the 序号 alone) comes within the next three lines."""
    for line in lines[i + 1:i + 4]:
        row = _ROW_START.match(line.strip())
        if row and matched_number(row) == number or _anchor_ahead([line], 0, number, 1):
            return True
    return False


# A row in a PDF's raw order (raw_order.py) runs over as many lines as its tallest cell: it goes on while the next row
# or a group row comes within a few lines, or the table's end shows right under it (a page's foot, a note, a blank
# line); a paragraph after the table's last row is no such line unless the table's end stands right under it.
_WORD_AND_COLON = re.compile(r"^[^\s，,。；;：:]{1,6}[：:]")
_TALLEST_ROW = 12  # lines a raw-order row may run over
_END_IN_SIGHT = 3


def _raw_order_goes_on(lines: list[str], i: int, raw: list[str], last: int, width: int) -> bool:
    """Whether lines[i] goes on the row in `raw` as a raw-order line."""
    text = lines[i].strip()
    if len(_SPACE_RUN.split(text)) >= width or _ANY_LABEL.match(text) or _WORD_AND_COLON.match(text):
        return False  # a line of its own: an outline label, or a word and a colon (抄送：, 附件：) after the table
    if len(raw[0].split()) < 2:
        return False  # a 序号 alone on its line: another layout's (one cell a line)
    for ahead, line in enumerate(lines[i + 1:i + 1 + _TALLEST_ROW]):
        below = line.strip()
        row = _ROW_START.match(below)
        if row and matched_number(row) == last + 1 or _group_row(below):
            return True
        if not below or _PAGE_MARK.match(below) or _NOTE_UNDER.match(below):
            return ahead < _END_IN_SIGHT
    return False  # the text's end is no sign: a closing sentence (以上任务请…落实。) may stand right under the last row


# A web table flattened to one line a row keeps a <br> inside a cell: the cell's rest and the row's remaining cells go
# on the next line, not indented (…市财政局、市发展改革委、 / 各县（市、区）人民政府  2025年12月底). The first line ends in a
# mark that runs on, as no cell ends; a line that ends the row in data, or the next row in sight, says it is the row's.
_RUNS_ON = "、，,"


# A row too long for a text dump's width (lynx -dump, a terminal's copy) goes on at the next line: 2 燃气具监管
# 住房城乡建设部 各省（自治区、直辖市）人民政府 / 质量监督司、认证监督管理司 2026年8月底前. A row with a row after it is
# seen to go on (the next number is in sight); the table's last row has none, so the line says it itself: the row's
# first line stops short of the last column, a date column, and this line ends in a date, its pieces no more than the
# cells left open. A line after a whole row (a date under the table: 某某局 2026年3月18日) is no part of it.
def _last_cells_below(raw: list[str], text: str, kinds: list[str | None]) -> bool:
    """Whether `text` holds the last cells of the row in `raw` whose first line stops short of its date column."""
    pieces, row = _SPACE_RUN.split(text), _SPACE_RUN.split(raw[0].strip())
    return (len(raw) == 1 and kinds[-1] == "deadline" and _cell_class(row[-1]) != "deadline"
            and _cell_class(pieces[-1]) == "deadline" and len(row) + len(pieces) <= len(kinds)
            and not _ANY_LABEL.match(text))


def _wrapped_after_a_mark(row: str, line: str, lines: list[str], i: int, last: int) -> bool:
    """Whether `line` goes on a row whose line so far ends in 、 or ，: it ends in units or a date, or row last+1
    follows it."""
    return row[-1] in _RUNS_ON and (_cell_class(line.split()[-1]) != "text" or _row_ahead(lines, i, last + 1))


def _measure_column_after(kinds: list[str | None], task: int) -> bool:
    """Whether the task column is followed by a second column of the task's text (工作任务 | 具体措施 / 重点任务 | 工作
    措施): a one-line row's pieces left of the unit columns are then the title first, the measure after it. Read as one
    cell, the short title would run into the measure (除治队伍管理通过政府购买服务方式…) where one space parts them: the
    measure, read from the right, is left to the task when it ends like a body's name (…选定施工单位, …设立检查站)."""
    return task + 1 < len(kinds) and kinds[task + 1] == "task"


def _first_line_cells(line: str, kinds: list[str | None], task: int, numbered: bool) -> tuple[list[str], int]:
    """The cells of a row's first line read alone, and how many of its pieces went to columns after the task."""
    tokens = _row_pieces([line], len(kinds))
    number, tokens = (tokens[0].rstrip(".、．"), tokens[1:]) if numbered else ("", tokens)
    cells = [""] * len(kinds)
    cells[0] = number or cells[0]
    tail = _fill_from_right(tokens, kinds, cells, task)
    cells[task] = join_lines(tokens[:len(tokens) - tail])
    return cells, tail


def _complete_row(line: str, kinds: list[str | None], task: int, numbered: bool) -> bool:
    """Whether a row's first line reaches its last column: it holds a task and a piece in the last column."""
    cells, _ = _first_line_cells(line, kinds, task, numbered)
    return bool(cells[task]) and bool(cells[-1]) and len(kinds) - 1 > task


def _open_cell(cell: str, kind: str | None) -> bool:
    """A cell whose text goes on past its line: it ends in a mark that runs on (镇村镇建设办、, 周某某、), or it is a
    task whose sentence has not ended (…年内完成主体工程并投入)."""
    return bool(cell) and (cell[-1] in _OPEN_END or kind == "task" and cell[-1] not in "。；;!！?？")


def _row_with_wrapped_cells(raw: list[str], kinds: list[str | None], task: int, numbered: bool) -> list[str]:
    """A row whose first line reaches its last column and whose cells wrapped onto indented lines under it: each
    piece of those lines joins the open cell of the first line that starts nearest to it (the rest of a task stays
    left, the rest of a unit list right); with no open cell it is the task's."""
    cells, _ = _first_line_cells(raw[0], kinds, task, numbered)
    first = raw[0].expandtabs(4)
    starts = {j: first.find(cells[j]) for j in range(1 if numbered else 0, len(kinds))
              if _open_cell(cells[j], kinds[j])}
    for line in raw[1:]:
        text = line.expandtabs(4)
        for m in _CONTINUATION_PIECE.finditer(text):
            j = min(starts, key=lambda k: abs(starts[k] - m.start())) if starts else task
            cells[j] = join_lines([cells[j], m.group()])
    return cells


def _two_line_head(lines: list[str], start: int, names: list[str]) -> tuple[list[str], int]:
    """The column names of a head printed over two lines, and the index after it. A merged head cell over
    sub-columns (责任单位 over 牵头单位 | 配合单位) prints its sub-columns' names on an indented line of their own
    under it; they take the merged cell's place, as in a grid header that lost its spans (`_grid_order`). A head of
    one line is returned as it is."""
    if start + 1 >= len(lines) or not lines[start + 1][:1].isspace():
        return names, start + 1
    below = header_words(lines[start + 1])
    kinds = header_kinds(names)
    if not _is_header_continuation(below, kinds) or not all(header_kinds(below)):
        return names, start + 1
    merged = _grid_order(names + below)
    return (merged, start + 2) if len(merged) == len(names) + len(below) - 1 else (names, start + 1)


# a day or a span of days written with dots, as a calendar prints each week's (9.1—9.7, 2.24-3.2, 10.8)
_DOTTED_DATES = re.compile(r"^\d{1,2}[.．]\d{1,2}(?:\s*[—–\-－~～至到]{1,2}\s*(?:\d{1,2}[.．])?\d{1,2})?$")


def _a_date(piece: str) -> bool:
    """A piece that is a date or a span of dates (9月1日, 9.1—9.7), as a calendar's date column holds."""
    return _cell_class(piece) == "deadline" or bool(_DOTTED_DATES.match(piece))


def _place_or_kind(piece: str) -> bool:
    """A piece that can be a group cell (石桥村, 青石社区, 安全监管): short, no sentence, no list and no date in it
    (a village's name reads like a unit's; it is the group's all the same, standing where the group column is)."""
    return len(piece) <= 12 and not re.search(r"[。；;，,：:、]", piece) and _cell_class(piece) != "deadline"


def _fill_from_right(tokens: list[str], kinds: list[str | None], cells: list[str], task: int) -> int:
    """The cells after the task column of a row whose cells only spaces part, read from the right: each
    column takes the last piece left when the piece holds its kind of content (units, a date; text under a
    column of notes or people: 备注, 牵头县领导), or stays empty; the pieces left over are the task's text, so a
    task with a space in it stays whole. A column of notes or people takes a text piece only where the row
    shows it is past the task: a column of units or dates to its right took a piece, or a piece of units or a
    date stands left of it. Returns how many pieces were placed; an empty 配合单位 is likelier than an empty
    牵头单位, so of two unit columns one piece of units goes to the first.

    A column of a year's (or a quarter's) targets (2025年 | 2026年 | 2027年, kind `period`) holds whatever the target
    says, and a target may read like a deadline (持续巩固提升, 长期坚持) or a list of units (平台覆盖市、区、街道三级);
    skipped, it and the targets left of it would join the task's title. Once the unit columns to its right are
    filled and the row has a piece for each column left (no empty cell to guess), such a column takes its piece."""
    placed, took_data = 0, False
    columns = list(range(len(kinds) - 1, task, -1))
    for n, j in enumerate(columns):
        if placed >= len(tokens) - 1:
            break
        piece = tokens[len(tokens) - 1 - placed]
        held, wanted = _cell_class(piece), _column_class(kinds[j])
        if held == "text" and wanted == "units" and _units_with_verbs(piece):
            held = "units"  # 应急办牵头，财政所配合: units that say their roles
        if held == "deadline" and wanted == "text" and _note_at_once(piece, tokens[1:len(tokens) - 1 - placed]):
            held = "text"  # 2025年6月底前  立行立改 under 整改时限 | 备注: the date is the deadline, 立行立改 the note
        if kinds[j] == "period" and took_data and len(tokens) - placed >= j - task + 1:
            held = "text"  # a year's target (持续巩固提升, 平台覆盖市、区、街道三级) in a row with a piece for every column
        if held != wanted:
            continue
        if wanted == "text" and not took_data and not any(
                _cell_class(t) != "text" for t in tokens[1:len(tokens) - 1 - placed]):
            continue
        if wanted == "units" and n + 1 < len(columns) and kinds[columns[n + 1]] in UNIT_COLUMN_KINDS and (
                placed + 1 >= len(tokens) - 1 or _cell_class(tokens[len(tokens) - 2 - placed]) != "units"):
            continue  # one piece of units for two unit columns: it goes to the first
        cells[j] = piece
        placed += 1
        took_data = took_data or wanted != "text"
        if wanted == "units" and not (n + 1 < len(columns) and kinds[columns[n + 1]] in UNIT_COLUMN_KINDS):
            first = 1 if kinds[0] == "number" else 0  # the 序号 is no piece; columns before the task take theirs
            placed += _units_parted_by_a_space(tokens, placed, j - first, cells, j)
    return placed


# A web table's unit cell may list its units one a line (县教育局<br>县市场监管局); copied as text the break becomes
# one space, and the cell reads as two pieces. Where a row has more pieces than the columns left of the unit column
# can hold (the 序号 aside), and the surplus piece standing next to the units is units as well, it is the same cell's:
# joined with 、, not left to glue into the task's title (no unit column to its left could take it).
def _units_parted_by_a_space(tokens: list[str], placed: int, room: int, cells: list[str], j: int) -> int:
    """How many more pieces of units left of the ones just placed in cells[j] join that cell: while the row's pieces
    left outnumber the `room` the columns left of cells[j] give them."""
    joined = 0
    while len(tokens) - placed - joined > room and placed + joined < len(tokens) - 1:
        piece = tokens[len(tokens) - 1 - placed - joined]
        if _cell_class(piece) != "units" or _NONE.match(piece):
            break
        cells[j] = f"{piece}、{cells[j]}"
        joined += 1
    return joined


def _note_at_once(piece: str, before: list[str]) -> bool:
    """Is the piece a word saying a problem is put right at once (立行立改, lexicon.AT_ONCE_DEADLINE_WORDS), with a
    date among the pieces before it? Then the date fills the deadline column and the word is a note (备注), as
    an 整改清单 prints the two side by side; alone, the word is the row's deadline."""
    return piece.strip() in lx.AT_ONCE_DEADLINE_WORDS and any(
        _cell_class(t) == "deadline" and t.strip() not in lx.AT_ONCE_DEADLINE_WORDS for t in before)


_WIDE_GAP = re.compile(r"[ \u00a0]{2,}|[\t\u3000]+")

# A cell's text may hold a gap of its own inside quotation marks or brackets: a campaign's name is printed with a
# full-width space between its halves (“以旧换新　焕新生活”), a title in 《》 or a note in （） with a space in it. No
# cell boundary falls inside a pair of marks that opens and closes on the line, so such a gap never parts two
# cells. Each pattern stops at the next opener of its kind, so an opener never closed costs no rescan (linear time).
_ENCLOSED = re.compile(r"“[^“”]*”|‘[^‘’]*’|「[^「」]*」|『[^『』]*』|《[^《》]*》|（[^（）]*）|\([^()]*\)|【[^【】]*】")


def _open_gaps(line: str, gap: re.Pattern[str]) -> list[re.Match[str]]:
    """The gaps of a line that may part cells: those outside quotation marks and brackets (`_ENCLOSED`), and outside a
    spreadsheet's quoted cell holding a line break (`_quoted_cells`)."""
    enclosed = [m.span() for m in _ENCLOSED.finditer(line) if gap.search(m.group())]
    if "\n" in line:
        enclosed = sorted(enclosed + [span for span in _quoted_cells(line)[0] if "\n" in line[span[0]:span[1]]])
    gaps, k = [], 0
    for m in gap.finditer(line):
        while k < len(enclosed) and enclosed[k][1] <= m.start():
            k += 1
        if not (k < len(enclosed) and enclosed[k][0] < m.start()):
            gaps.append(m)
    return gaps


def _split_at_gaps(line: str, gap: re.Pattern[str]) -> list[str]:
    """The pieces of a line parted by `gap`, a gap inside quotation marks or brackets left in its piece, and inside a
    personal name spaced out (陈  刚, `names_closed_up`)."""
    line = names_closed_up(line)
    pieces, begin = [], 0
    for m in _open_gaps(line, gap):
        pieces.append(line[begin:m.start()])
        begin = m.end()
    pieces.append(line[begin:])
    return [_unquote(p.strip()) if "\n" in p else p.strip() for p in pieces if p.strip()]


def _joined_after_marks(lines_pieces: list[list[str]]) -> list[str]:
    """The pieces of a row's lines in order, a piece ending a line in 、 or ， going on in the next line's first
    piece: a cell broken there by a <br> (see `_RUNS_ON`)."""
    joined: list[str] = []
    for pieces in lines_pieces:
        if joined and joined[-1][-1] in _RUNS_ON and pieces:
            joined[-1], pieces = join_lines([joined[-1], pieces[0]]), pieces[1:]
        joined += pieces
    return joined


# A web table copied as text keeps a row a line and parts its cells by one space each, the header as well (序号 协商议题
# 承办单位 协办单位 时间); an empty cell then leaves two spaces (…文化委员会  8月). The 序号 is always a cell of its own,
# so a row whose number one space parts from its task, under a header parted by single spaces, shows that one space
# is the table's gap between cells: a double space in it is an empty cell between two, not a wider gap that alone
# parts cells (which would glue the number, the task and the units into one piece, and the row would lose its place).
_NUMBER_AND_ONE_SPACE = re.compile(r"\d{1,3}[.、．]? \S")


def _number_parted_by_one_space(line: str) -> bool:
    """Whether a row's line opens with its 序号 and one space (1 推进…), not a wider gap."""
    return bool(_NUMBER_AND_ONE_SPACE.match(line.strip()))


def _row_pieces(raw: list[str], width: int, single_spaced: bool = False, people: bool = False) -> list[str]:
    """The pieces of a row's lines. Where every line parts its cells by wide gaps (two spaces or more, a tab, a
    full-width space) and no more pieces than columns come of it, a single space stays inside its cell (a unit cell
    `农业农村办 自然资源所`, a task with a space); otherwise every run of spaces parts two pieces. Either way a piece
    ending a line in 、 or ， goes on in the next line's first piece (a unit list 市生态环境局、市公安局、 / 市财政局
    broken by a <br> is one cell, else every unit cell shifts a column left), and a gap inside quotation marks or
    brackets parts nothing (`_ENCLOSED`). In a table `single_spaced` (see `_number_parted_by_one_space`) every run of
    spaces parts two pieces, a double space as well. Under a column of `people`, two names side by side are one
    cell (`_people_joined`)."""
    if not single_spaced and all(_open_gaps(line, _WIDE_GAP) for line in raw):
        wide = _joined_after_marks([_split_at_gaps(line.strip(), _WIDE_GAP) for line in raw])
        if len(wide) <= width + len(raw) - 1:
            return wide
    return _people_joined(_joined_after_marks([_split_at_gaps(line.strip(), _SPACE_RUN) for line in raw]), people)


# A table's cell of people names a leader by post and name with a space between (副主席 李某某, 秘书长 钱某某). Where
# every space parts two pieces, the post and the name would fill two columns (the 牵头领导 and the 协商形式 before it),
# and the piece they push out joins the task's title. A post with the name of its holder after it is one cell.
# So are two leaders' names side by side under a column of people (县级领导: 赵某某<br>孙某某 flattens to 赵某某 孙某某):
# read as two cells, the second name fills the people column and the first the 责任单位 column's place, which then
# stays empty and takes the row above's units as merged down. Names are joined only where the header has such a
# column (a name of a person is no cell of any other column a 分解表 has).
def _people_joined(pieces: list[str], people: bool = False) -> list[str]:
    """The pieces of a row, a leader's post and the name after it (副主席 / 李某某) joined into one piece, and under a
    column of `people` two bare names side by side (赵某某 / 孙某某) as well."""
    joined: list[str] = []
    for piece in pieces:
        if joined and (post_then_name(joined[-1], piece) or people and bare_name(piece) and all(
                bare_name(name) for name in joined[-1].split(" "))):
            joined[-1] = f"{joined[-1]} {piece}"
        else:
            joined.append(piece)
    return joined


def _units_with_verbs(piece: str) -> bool:
    """A cell of units that says their roles with the lexicon's verbs (A牵头，B配合; A、B按职责分工负责)."""
    return (len(piece) <= 60 and "。" not in piece and any(verb in piece for verb in lx.VERB_ROLES)
            and _names_a_unit(unit_text(piece)))


def read_spaced(lines: list[str], start: int) -> Found | None:
    """The layout reader (`pasted.build_layouts`): a header line and rows whose cells only spaces part."""
    return rows_found(_spaced_table(lines, start))
