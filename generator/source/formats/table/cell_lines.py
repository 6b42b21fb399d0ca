"""Layout: one cell per line (web pages), the header's cells first, rows found by their 序号."""
from __future__ import annotations

import re

from ....numerals import CIRCLED, parse_chinese
from ....words import lexicon as lx
from .cells import _cell_class, _column_class, _names_throughout, _reads_as_units
from .fitting import (_bodies_on, _cut_at_the_edge, _fit_cells, _fits, _glued_date, _join_wrapped_names, _print_width,
                      _sub_rows, _unit_lines_before_the_date, _units_glued_to_date)
from ....words.columns import measured_column
from ....words.names import LOCALITY_END, unit_like
from ....words.page import PAGE_CLOSING
from .header import (UNIT_COLUMN_KINDS, _BODY_COLUMN, _grid_order, _header_text, _is_header, _may_name_task,
                     header_kind, indicator_group_column, header_kinds, overseer_column, place_column, site_column,
                     too_many_header_cells)
from .indicator_rows import indicator_task_rows
from .layouts import Found
from .merged_lead import carry_merged_leads, columns_noted_merged, note_says_merged, under_merged_leading_cells
from .marks import (_ANY_LABEL, _ARABIC_LABEL, _ARTICLE_CELL, _BARE_CITATION, _BRACKET_GROUP_LABEL, _BRACKET_ITEM_LABEL, _CITATION, _FIGURE_CELL,
                    _NOTE_UNDER, _NUMBER_CELL, _PAGE_MARK, _SECTION_LABEL, _TOTAL_CELL, _anchor_ahead, _cell_number, _repeats,
                    matched_number)

# A header cell broken over two lines (牵头责任 / 部门, 完成 / 时限, 工作 / 内容): the second line
# is the tail of a column name, and the two lines read together name the column.
_HEADER_TAIL = re.compile(r"^(?:单位|部门|时限|时间|任务|事项|内容|措施|节点|安排|期限|领导|来源|依据|号)$")


def _header_tail(cell: str, line: str) -> bool:
    """Whether `line` is the tail of the header cell `cell` broken over two lines: a column word (完成 / 时限), or
    the last character of one that a narrow cell cut (责任市领 / 导, 完成时 / 限, as a ruled PDF table wraps its header)."""
    return bool(_HEADER_TAIL.match(line)) or (len(line) == 1 and bool(_HEADER_TAIL.match(cell[-1:] + line)))


_PERIOD_TAIL = re.compile(r"^(?:目标值?|计划值?|预期值?|任务)$")


def _covered_header_cells(lines: list[str], i: int, cells: list[str]) -> int:
    """A table saved as text one cell per line (Word/WPS/LibreOffice 另存为纯文本) with a two-row header writes the
    slots its merged header cells cover as blank lines: 责任单位 spanning 牵头单位 / 配合单位 leaves one in the upper row,
    and 序号 / 重点任务 merged down leave one each in the lower row, so the lower row's cells stand after a run of blank
    lines. Where the run of blanks from lines[i] is two or more, no longer than the header read so far (it covers
    slots of the header's width) and a column's name follows it, the header goes on: the index of that name; else 0."""
    j, end = i, min(len(lines), i + len(cells) + 1)  # (a run longer than the header is no covered slots: not scanned)
    while j < end and not lines[j].strip():
        j += 1
    run = j - i
    if not cells or run < 2 or run > len(cells) or j == len(lines):
        return 0
    return j if header_kind(lines[j].strip()) is not None else 0


def _header_run(lines: list[str], start: int) -> tuple[list[str], int, bool] | None:
    """Header cells pasted one per line from lines[start]: (cells, index after them, blank lines between cells)."""
    cells, i, spaced = [], start, False
    unnamed = None  # a column no header word names, after 序号: the task column if the header reads so
    unknown = None  # a column no header word names, after the task column and before a known one: kept as it stands
    while i < len(lines):
        text = lines[i].strip()
        if not text:
            covered = _covered_header_cells(lines, i, cells)
            if covered:
                i = covered  # (no `spaced`: such a table writes its empty cells as blank lines, in the rows too)
                continue
            after = lines[i + 1].strip() if i + 1 < len(lines) else ""
            # a blank line between header cells; the cell after it a header word, the tail of the cell before
            # it (序 / 号, 完成 / 时限, a cell over two lines with a blank line after each), or the one column no
            # header word names right after 序号 (序号 / 民生实事 / 责任单位, a blank line after each)
            tail = bool(_HEADER_TAIL.match(after)) and header_kind(cells[-1] + after) is not None if cells else False
            rest = next((ln.strip() for ln in lines[i + 2:i + 4] if ln.strip()), "")  # 完成 / 时限 after the blank
            head = len(after) <= 4 and bool(_HEADER_TAIL.match(rest)) and header_kind(after + rest) is not None
            if cells and after and (header_kind(after) is not None or tail or head or (
                    unnamed is None and header_kind(cells[-1]) == "number" and _may_name_task(after))):
                spaced = True
                i += 1
                continue
            break
        stacked = _stacked_name(lines, i)
        if stacked:
            cells.append(stacked[0])
            i = stacked[1]
            if too_many_header_cells(cells):
                return None
            continue
        # 指标名称 / 单位 / 目标值: an indicator table's column of measures (%, 亿元, 个) headed 单位 alone, after a cell
        # naming a column of its own that 单位 would not make a role column of
        if (text == "单位" and cells and header_kind(cells[-1]) in ("number", "task", "extra", "period")
                and header_kind(cells[-1] + text) not in UNIT_COLUMN_KINDS):
            cells.append(text)
            i += 1
            continue
        # (a number column's name ending in 号 is whole: 序号 / 任务 are two columns, not 序号任务 over two lines; so is a
        # name that already ends in a column's word, 活动内容 / 时间 or 工作任务 / 完成时间: the word after it is a column;
        # and a calendar's 周次: 周次 / 时间 are two columns, not one 周次时间)
        if (cells and not cells[-1].endswith(("号", *lx.TABLE_WEEK_HEADS)) and not _whole_column_name(cells[-1]) and _header_tail(cells[-1], text)
                and header_kind(cells[-1] + text) is not None):
            cells[-1] += text
            i += 1
            continue
        nxt = i + 1
        if cells and nxt < len(lines) and not lines[nxt].strip():
            nxt += 1  # a blank line between the halves of a cell, as between the cells
        following = lines[nxt].strip() if nxt < len(lines) else ""
        if ((header_kind(text) is None and len(text) <= 4 and _header_tail(text, following)
                and header_kind(text + following) is not None)
                # 2025年 / 目标值: the year a target column is for, its name wrapped onto the next line
                or (header_kind(text) == "period" and _PERIOD_TAIL.match(following))):
            cells.append(text + following)  # 完成 / 时限: the first half names nothing alone
            spaced = spaced or nxt > i + 1
            i = nxt + 1
            continue
        if _opens_the_first_row(cells, text) or (_MONTH_ROW.match(text) and "number" in header_kinds(cells)
                                                  and _cell_number(_text_past_page(lines, i)) == 1
                                                  and not _next_month_column(cells, text)):
            break  # (1月 / 1: the first month's group row, before row 1)
        # (被审计单位 / 被检查单位: a column of the bodies a row is about, a word of no role; the header goes on. So does
        # 部门 / 报送单位 / 单位名称 opening the header of a data-push or reporting table set body first (部门 / 推送内容 /
        # 推送频次): header_kinds reads it beside the work. A body's own name (县教育局) under the header names no
        # column: it is the first row's first cell, and taking it into the header would cut every row one cell late.
        # Nor does a group row under the header (一、党群部门, 二、行政执法部门): a unit-first 责任清单 groups its rows
        # by kinds of body, so its group rows end in 部门 / 单位 as that column's word does, but a label opens them)
        spanned = (_figure_sub_columns(cells, lines, i) or _locality_columns(cells, lines, i)
                   if header_kind(text) is None else None)
        if spanned:
            cells, i = spanned
            break
        if header_kind(text) is None and not (cells and len(text) <= 6 and "分工" in text) and not (
                len(text) <= 8 and _BODY_COLUMN.search(text) and not _group_label(text)):
            if unknown is None and (_unknown_column_between_known(cells, text, following)
                                    or _unknown_closing_column(cells, text, lines, i)):
                unknown = len(cells)
            elif unnamed is not None or not cells or header_kind(cells[-1]) != "number" or not _may_name_task(text):
                break
            else:
                unnamed = len(cells)
        cells.append(text)
        i += 1
        if too_many_header_cells(cells):  # a run of short 工作/任务 lines, not a header; scanning on from every
            return None  # start of such a run to its end was quadratic (4000 lines: 60 s)
    kinds = header_kinds(cells)
    if unnamed is not None and kinds[unnamed] != "task":
        return None  # the cell names no column after all: the lines are not a header
    if "number" in kinds[1:] and not {"group", "extra"} & set(kinds[:kinds.index("number", 1)]):
        return None  # 序号 opens the header (after a 类别 or 任务来源): the line above is a title, not a column
    return (cells, i, spaced, unknown) if len(cells) >= 3 and _is_header(cells) else None


# a cell that may name a column no header word knows: short, no figure, no sentence, no label
_UNKNOWN_COLUMN = re.compile(r"^[^\d\W][^\d。；;：:，,]{1,7}$")


# A header printed by a PDF whose narrow columns stack their names one character a line (序 / 号, 责 / 任 / 单 / 位,
# 完 / 成 / 时 / 限, 备 / 注), copied one cell a line: a run of lines of one or two characters (no figure, no mark), at
# least one of a single character, joined up to where the pieces name a column. A name ends at a column's word (单位,
# 时限, 号, …名称) or where the run ends; pieces that name nothing so are left as they stand, and so are a row's short
# cells (1, 是): a figure is no piece, and a single line names no column here.
_STACKED_PIECE = re.compile(r"^[^\W\d_]{1,2}$")
_MAX_STACKED_PIECES = 8


def _stacked_name(lines: list[str], i: int) -> tuple[str, int] | None:
    """The column name stacked a character or two a line from lines[i] and the index after it, None when none is."""
    pieces, at = [], i
    while at < len(lines) and len(pieces) < _MAX_STACKED_PIECES and _STACKED_PIECE.match(lines[at].strip()):
        pieces.append(lines[at].strip())
        at += 1
    for end in range(2, len(pieces) + 1):
        name = "".join(pieces[:end])
        if header_kind(name) is None:
            continue
        if _ends_in_column_word(name) or name.endswith("号") or end == len(pieces):
            # (牵头 / 单位 / 责 / …: a name of whole two-character lines is the two-line join's to read)
            return (name, i + end) if any(len(p) == 1 for p in pieces[:end]) else None
    return None


def _may_be_unknown_column(cells: list[str], text: str) -> bool:
    """Whether `text`, a cell no header word names, may yet be a column of a header pasted one cell per line: the
    header so far has its task column, and the cell reads as a column's name, not as a label or a body's name (the
    first row's cells)."""
    return ("task" in [header_kind(c) for c in cells] and bool(_UNKNOWN_COLUMN.match(_header_text(text)))
            and not _ANY_LABEL.match(text) and not unit_like(text))


def _unknown_column_between_known(cells: list[str], text: str, following: str) -> bool:
    """Whether `text`, a cell no header word names, is a column of its own inside a header pasted one cell per line:
    offices name their side columns in many ways (制（修）订, 演练类别, 申报层级), and one such name need not end the
    header when the task column stands before it and a column the header has not named yet after it (代替标准号,
    起草单位). A body's name (the first row's cell), a label, a figure, a date after it, or a column already named after
    it (a row repeating the header's words) make no header cell."""
    kinds = [header_kind(c) for c in cells]
    after = header_kind(following) if following else None
    return (_may_be_unknown_column(cells, text) and after not in (None, "number", "period", "group")
            and after not in kinds)


def _unknown_closing_column(cells: list[str], text: str, lines: list[str], i: int) -> bool:
    """Whether `text`, a cell no header word names after a numbered task header's columns, is the header's last column
    (a table pasted one cell per line). Offices close their rows with side columns named their own way, no header
    word naming them (a plan catalogue's 审批层级); taken as the first row's cell, the header would end before it and each row's last cell
    read as a heading. The rows' width shows it: row 1's number right after it, and row 2's number where a row one
    cell wider than the header without it ends. (A group row under the header, 一、重点产业 / 1, leaves row 2 one cell
    earlier.)"""
    kinds = [header_kind(c) for c in cells]
    if not (kinds and kinds[0] == "number") or not _may_be_unknown_column(cells, text):
        return False
    width = len(cells) + 1
    ahead = [ln.strip() for ln in lines[i + 1:i + 1 + 2 * (width + 1)] if ln.strip()]  # blank lines between cells
    return len(ahead) > width and _cell_number(ahead[0]) == 1 and _cell_number(ahead[width]) == 2


def _whole_column_name(cell: str) -> bool:
    """Whether a header cell is a column's whole name: a word that names a column (内容, 任务, 单位) after a word saying
    of what (活动内容, 工作任务, 主办单位). A column's word after it (时间) names the next column: a PDF copied one cell per
    line prints 活动内容 / 时间 as it prints 完成 / 时限, but 完成 alone names nothing. (任务 / 来源: a bare column word
    may still be the head of a longer name.) So is a …名称 (活动名称 / 时间): what each row is about, no column's name runs
    on past it. So is a count column's name (人数 / 时间 / 天数 in a training plan): a count of people or days is no
    head of a longer name."""
    cell = cell.strip()
    if _count_column(cell):
        return True
    return len(cell) > 2 and _ends_in_column_word(cell) and header_kind(cell) is not None


def _ends_in_column_word(name: str) -> bool:
    """Whether a header cell ends in a word that names a column (…单位, …时限, …名称): no column's name runs on past it."""
    return bool(_HEADER_TAIL.match(name[-2:])) or name.endswith(lx.TABLE_WHOLE_NAME_ENDS)


# a cell's note in brackets, short, on a line of its own (（专题研讨）, （线上）): the tail of the cell above it
_CELL_NOTE = re.compile(r"^[（(][^（）()]{1,12}[）)]$")


def _after_the_schedule(text: str, following: str) -> bool:
    """Whether a line after a schedule's closed row is the plan's text after the table: an outline heading (四、学习要求)
    or a sentence (（一）强化领导。…), which no row's first cell (its month, its topic) is. A heading with a month after
    it (一、上半年 / 1月) heads the rows under it."""
    return (bool(_ANY_LABEL.match(text)) and _cell_class(following) != "deadline") or "。" in text


def _next_month_column(cells: list[str], text: str) -> bool:
    """Whether a month after header cells is the next of the header's month sub-columns: a 进度安排表 sets one column
    per month (1月 … 12月, or 1月 … 4月 for a short one) under a spanning 进度安排（月份）, and with no column after the
    months its last month stands right before row 1's 序号, where an 活动安排表's first month group row stands. The
    month before it closing the header tells them apart: a group row's month follows no month column."""
    before = _MONTH_ROW.match(cells[-1]) if cells else None
    return bool(before) and _month_of(cells[-1]) + 1 == _month_of(text)


def _month_of(cell: str) -> int:
    """The month a month cell (3月, 12月份) names."""
    return int(re.match(r"\d+", cell).group())


_MAX_FIGURE_SUB_COLUMNS = 4
# a header cell's closing bracketed note (建设面积（万亩）): the measure its figures are in
_NOTE_AT_END = re.compile(r"[(（][^()（）]{1,8}[)）]$")


def _figure_sub_columns(cells: list[str], lines: list[str], i: int) -> tuple[list[str], int] | None:
    """A two-row header pasted one cell per line whose one measured figure column (建设面积（万亩）) spans sub-columns
    of figures (新建 / 改造提升, 一期 / 二期): a 任务分解表 splits the quantity it hands down, the upper row's cells first,
    then the lower row's words, which name no column, then row 1. The sub-columns take the spanning cell's place, each
    named by its word with the span's measure (建设面积新建（万亩）): (the header's cells, the index of row 1's 序号).
    None unless two or more short words no header word names stand between the header and row 1's number."""
    spans = [j for j, cell in enumerate(cells) if measured_column(cell) and header_kind(cell) == "extra"]
    if len(spans) != 1 or spans[0] == len(cells) - 1 or "number" not in header_kinds(cells):
        return None
    j = i
    while (j < len(lines) and j - i <= _MAX_FIGURE_SUB_COLUMNS and lines[j].strip()
           and _cell_number(lines[j].strip()) != 1):
        word = lines[j].strip()
        if len(word) > 6 or header_kind(word) is not None or not re.fullmatch(r"[\u4e00-\u9fff]+", word):
            return None
        j += 1
    if j - i < 2 or j - i > _MAX_FIGURE_SUB_COLUMNS or j == len(lines) or _cell_number(lines[j].strip()) != 1:
        return None
    span = cells[spans[0]]
    note = _NOTE_AT_END.search(span)
    name, measure = (span[:note.start()], note.group()) if note else (span, "")
    subs = [name + lines[k].strip() + measure for k in range(i, j)]
    return cells[:spans[0]] + subs + cells[spans[0] + 1:], j


_MAX_LOCALITY_COLUMNS = 30  # 乡镇 / 街道 a county hands quotas down to, at most
_LOCALITY_COLUMN = re.compile("^[\u4e00-\u9fff]{1,6}(?:" + lx.alternation(lx.TABLE_LOCALITY_COLUMN_ENDS) + ")$")


def _locality_column(text: str) -> bool:
    """Whether a header cell names one locality a quota goes to (城关镇, 东坝乡, 龙溪街道, 东坝镇人民政府), not a scope
    (全镇, 各乡镇) nor a column's word."""
    return (bool(_LOCALITY_COLUMN.match(text)) and not text.startswith(lx.TABLE_LOCALITY_COLUMN_NOT_OPENINGS)
            and header_kind(text) is None)


def _locality_columns(cells: list[str], lines: list[str], i: int) -> tuple[list[str], int] | None:
    """A 目标任务分解表 pasted one cell per line hands its quotas down one column per 乡镇 / 街道 after its role
    columns: the header's cells, then the localities' names (城关镇 / 东坝镇 / 龙溪街道, the lower row under a spanning
    乡镇（街道）分解任务), then row 1. The names are no row's cells: a row holds a quota under each, and ending the
    header before them cut every row short, each row's quotas read as the next row's number, task and units. Two or
    more such names running up to row 1's 序号 (or a group row over it) continue a header that already has its 序号
    and a unit column; they take the spanning cell's place: (the header's cells, the index after the names). The
    columns name no body (a place over numbers: probe5/matrix.md), so they give no unit."""
    kinds = header_kinds(cells)
    if "number" not in kinds or not any(kind in UNIT_COLUMN_KINDS for kind in kinds):
        return None
    j = i
    while j < len(lines) and j - i <= _MAX_LOCALITY_COLUMNS and _locality_column(lines[j].strip()):
        j += 1
    if j - i < 2 or j - i > _MAX_LOCALITY_COLUMNS or not _first_row_opens(lines, j):
        return None
    if cells[-1].endswith(lx.TABLE_BREAKDOWN_FIGURE_ENDS):
        cells = cells[:-1]  # the spanning cell over the localities names no column of its own
    return cells + [lines[k].strip() for k in range(i, j)], j


def _first_row_opens(lines: list[str], j: int) -> bool:
    """Whether lines[j] opens the rows: row 1's 序号, or a group row (一、经济发展) with row 1's 序号 after it."""
    if j >= len(lines):
        return False
    if _cell_number(lines[j].strip()) == 1:
        return True
    return (_group_label(lines[j].strip()) and j + 1 < len(lines) and _cell_number(lines[j + 1].strip()) == 1)


def _opens_the_first_row(cells: list[str], text: str) -> bool:
    """Whether a month or a quarter (1月, 一季度) after header cells is the first row's time cell, not a sub-column of
    the header: a study or meeting schedule heads its first column with the time (月份 / 学习时间 | 学习专题 | … |
    承办单位), so each row opens with its month. Quarters pasted as sub-columns follow the task and unit columns under a
    进度安排, never a header whose time column comes first."""
    return bool(cells) and header_kind(cells[0]) == "deadline" and header_kind(text) == "period"


# A row that reads as a heading: short, no sentence inside, not a unit list, not a number.
_SENTENCE_MARK = re.compile(r"[。；;:：]")


# the last line of a unit cell a narrow column wrapped, no heading of a group of rows: the role the cell's names take, a
# verb alone after them (各乡镇人民政府 / （街道办事处） / 具体落实), or a name's tail closing the list with 等 (…各快递企 / 业等)
_ROLE_LINE = re.compile("^(?:" + lx.alternation(lx.VERB_ADVERBS) + ")?(?:" + lx.alternation(lx.VERB_ROLES) + ")$")
_NAME_TAIL_WITH_ETC = re.compile(r"^[\u4e00-\u9fff]{1,2}等$")


def _closes_a_unit_cell(text: str) -> bool:
    return bool(_ROLE_LINE.match(text) or _NAME_TAIL_WITH_ETC.match(text))


def _heading_like(text: str) -> bool:
    return (len(text) <= 40 and not _SENTENCE_MARK.search(text) and not _NUMBER_CELL.match(text)
            and _cell_class(text) == "text")


def _line_table(lines: list[str], start: int, exact: bool = False,
                header: list[str] | None = None) -> tuple[list[list[str]], int] | None:
    """A table pasted one cell per line from lines[start]: its rows (header first) and the index after it.

    The header gives the column count; with a 序号 column a row starts at the next number of the
    sequence (1, 2, 3 … or 1 again after a section), so a row that lost empty or merged cells, or
    whose long cell was split over lines, is still one row. Between rows stand section rows
    (一 / 标题, 一、标题, or a heading followed by the next number), the value of a merged 类别
    cell (shown only on its group's first row) and 任务来源 citations. `exact` when the lines are
    known cells (a | line between cells), so blank lines need not end the table. With `header` the
    header's cells were written on one line above and the rows start at lines[start].
    """
    run = (header, start, False, None) if header else _header_run(lines, start)
    if not run:
        return None
    names, i, spaced, unknown = run
    header_lines = header or [ln.strip() for ln in lines[start:i] if ln.strip()]
    # the line right above the header (攻坚任务 over a 序号 | 具体措施 header, a merged column's name read as a title):
    # a page's top may repeat it with the header
    title = lines[start - 1].strip() if not header and start > 0 else ""
    # (a column no header word names, kept where it stands, is no spanning cell whose sub-columns take its place)
    names = _grid_order(names) if unknown is None else names
    kinds = header_kinds(names)
    # 一级指标 | 二级指标 | 提升举措 | 牵头单位 | … without 序号, the indicator cells merged down: the numbered task cells
    # anchor the rows (see indicator_rows)
    anchored = indicator_task_rows(lines, i, names, kinds) if unknown is None else None
    if anchored:
        rows, data_rows, end = anchored
        carry_merged_leads(rows, kinds, _groups_of_rows(rows, data_rows, set(), 0),
                           note_says_merged(lines, end, _NOTE_UNDER))
        return rows, end
    # a 事项类别 after the item's name in a table grouped by its own group rows: each row's tag, text
    kinds = _tag_column_beside_group_rows(lines, i, kinds)
    # the column whose cell stands only on its group's first row: a 类别, or a 任务来源 before 序号
    group = kinds.index("group") if "group" in kinds else None
    if group is None and "number" in kinds and kinds.index("number") > 0 and kinds[0] == "extra":
        group = 0
    indicator = group is None and _indicator_group(names, kinds, lines, i) is not None
    if indicator:
        group = 1
    # no 序号 column, each row's number opening its task cell (1.开展… / 2.推进…): the labels start the rows as a 序号
    # would, a virtual number column in front of the task column taking them while the rows are read
    labels = "number" not in kinds and _opens_with_a_label(lines, i)
    if labels and group is None and kinds[:2] == ["task", "task"] and _group_label(_text_past_page(lines, i - 1)):
        group = 0  # 攻坚任务 | 具体措施: the first task column holds the merged group cell
    # no 序号 column, the rows closed by their units (考核内容 | 分值 | 评分标准 | 考核责任单位): counted by the header's width.
    # With 考核项目 before 考核内容, a 考核细则 prints its merged 考核项目 cell (乡村治理（16分）, wrapped or not) only before its
    # group's first row, the lines of that row more than its columns up to its units: the first task column holds that
    # merged group cell
    by_units = "number" not in kinds and not labels and kinds[-1] in UNIT_COLUMN_KINDS and kinds[0] != "deadline"
    if (by_units and group is None and kinds[:2] == ["task", "task"]
            and _group_cell_ahead(lines, i, kinds[1:])):
        group = 0
    row_kinds = [k for j, k in enumerate(kinds) if j != group]
    row_names = [n for j, n in enumerate(names) if j != group]
    if labels and row_kinds[0] != "task":
        labels = False
    if labels:
        row_kinds = ["number", *row_kinds]
        row_names = ["", *row_names]
    width = len(row_kinds)
    places = group is not None and group > 0 and place_column(names[group])
    # a 地点 column right before the unit columns closing the row: its cells are placed by their place in the row
    site = next((j for j, name in enumerate(row_names) if site_column(name)
                 and row_kinds[j + 1:] and all(k in UNIT_COLUMN_KINDS for k in row_kinds[j + 1:])), None)

    def full_width(cells: list[str]) -> int:
        """The cells a row holds when full: one more where it holds its group's cell. A 包村 sheet may write the
        village (村（社区）) on every row rather than merge it down: a place's name where the group cell stands
        says the row holds it, so the row's last cell (a task, heading-like) is not taken for the next group's."""
        own_place = places and len(cells) > group and _place_name(cells[group])
        # a table that writes its empty cells as empty lines writes every row's group slot, empty below the group's
        # first row: the row's last cell (a quarter's node, heading-like) is no next group's name
        return width + 1 if own_place or (group is not None and blank_cells) else width
    overseer = overseer_column(row_names, row_kinds)
    numbered = row_kinds[0] == "number"
    ends_with_date = row_kinds[-1] == "deadline"
    # a schedule without 序号 whose rows open with their time (月份 / 学习时间 | 学习专题 | … | 承办单位): each row's month
    # starts it, a month merged over two or three rows stands on the first of them only, and where the last column
    # holds the units, they close the row (a topic cell wrapped over two lines, 党的纪律和规矩 / （专题研讨）, makes no
    # row of its own)
    timed = not numbered and row_kinds[0] == "deadline" and "task" in row_kinds
    closes_with_units = row_kinds[-1] in UNIT_COLUMN_KINDS
    merged_time = ""
    rows: list[list[str]] = [names]
    current: list[str] | None = None
    citations: list[str] = []
    pending_group = ""
    blanks = 0
    blank_cells = False  # the table writes its empty cells as empty lines (a Word table saved as text)
    placed = False  # the current row's lines are its cells one for one, empty ones included
    broken = 0  # the current row's lines before the page break that split it (0: no break inside the row)
    last_number = 0  # the number of the last row started, where the numbers run on over the groups
    data_rows: list[int] = []  # the indexes in `rows` of the rows read from a row's lines (no section, total, sub-row)
    sub_rows: set[int] = set()  # rows split from a row that lost its merged leading cells
    inline_groups: list[int] = []  # the rows that held their group's cell on their own lines (1 / 医疗质量 / 任务 …)
    listed: set[int] = set()  # the unit columns (from the row's end) whose cells wrote several bodies on a line with 、
    # the lines of each row short of cells right under a row of the table (no section row between), by its index in
    # `rows`: a unit cell merged down from the row above may be the one it lost (`_refit_under_merged_columns`)
    short_rows: dict[int, list[str]] = {}

    def holds_its_group_cell(cells: list[str], text: str) -> bool:
        """Whether a row as full as its columns holds its group's cell and so owes one more line, `text`: a table
        that writes each group's cell on its first row (after its 序号) did so before, the line in the group cell's
        place reads as a group's name, and `text` fits the last column. A later row is ended by the next 序号; the
        last row of the table has none, and its last cell (/ under 配合科室) was read as the text after the table."""
        return (bool(inline_groups) and group is not None and 0 < group < len(cells) and not pending_group
                and len(cells) == width and _group_name(cells[group]) and _fits(text, row_kinds[-1]))

    def close():
        nonlocal current, pending_group, placed, broken
        if current is None:
            return
        cells = current
        short_lines: list[str] | None = None
        if broken >= width and len(cells) > broken and group is None and not placed:
            # (cells that wrapped over lines of their own before the break are fitted to the columns first: the lines
            # after the break go on with them as they go on with one line a cell)
            before = cells[:broken] if broken == width else _fit_cells(cells[:broken], row_kinds, site, overseer)
            printed = _printed_lines(before, cells[:broken])
            if len(before) == width and printed:
                cells = _cells_over_a_page_break(before, cells[broken:], row_kinds, printed) or cells
        value = pending_group
        narrow = (_narrow_group_cell(cells, group, width)
                  if group is not None and group > 0 and not placed and len(cells) > width + 1 else 0)
        if narrow:
            # the merged group cell a narrow column wrapped (农业领 / 域), in a row its wrapped cells made longer
            # still: the group's value; the lines after it are the row's, fitted to its columns as any row's are
            value = "".join(c.strip() for c in cells[group:group + narrow])
            cells = [*cells[:group], *cells[group + narrow:]]
            inline_groups.append(len(rows))
        in_group_slot = group is not None and group > 0 and not narrow
        if in_group_slot and len(cells) > width and ends_with_date and not placed:
            # a unit cell of several paragraphs (县财政局（牵头） / 县住房和城乡建设局) counted as one cell first: the
            # lines left over are then the group cell's or a text cell's paragraphs
            cells = _unit_lines_before_the_date(cells, row_kinds, overseer)
        if in_group_slot and len(cells) > width:
            # a row a line or more longer than its columns: where the line in the group cell's place reads as no
            # group's name, or the row is longer still, a task cell of several paragraphs made up the count
            holds_group = _group_name(cells[group])
            cells = _cell_paragraphs_joined(cells, width + (1 if holds_group else 0))
        if (in_group_slot and len(cells) == width + 1 and not _sentence_ends(cells[group])
                and not _next_place_in_the_group_slot(cells, group, names, rows, data_rows)):
            # (a row under its group's first row starts with its problem, a sentence, in the group cell's place (专项债券
            # 资金闲置超过1年。): no group's name, the row holds no group cell, a text cell of two paragraphs made the count)
            value = cells.pop(group)  # 序号 | 类别 | 任务: the group cell on its first row
            inline_groups.append(len(rows))
        split = _sub_rows(cells, row_kinds) if numbered and len(cells) > width else None
        if placed and len(cells) == width:
            # its empty cells written as empty lines, each line stands in its column: nothing to fit. An empty line
            # under a unit column is a cell left empty (a task with no 牵头单位), not the cell above merged down (rows
            # that lose merged cells lose their lines): it says 无, never filled from the row above. Only where every
            # unit cell of the row is an empty line does the row share the unit cells merged over it and the row above
            # (责任单位, 配合单位 and 完成时限 merged down a 清单): they stay empty, to be carried down with the support
            more = []
            if any(c for c, k in zip(cells, row_kinds) if k in UNIT_COLUMN_KINDS):
                cells = ["/" if not c and k in UNIT_COLUMN_KINDS else c for c, k in zip(cells, row_kinds)]
        elif split:
            cells, more = split[0], split[1:]
        else:
            more = []
            if len(cells) < width and not labels and data_rows and data_rows[-1] == len(rows) - 1:
                short_lines = list(cells)
            lost_places = 0 if labels else _lost_place_cells(cells, row_kinds, row_names, width)
            if lost_places:
                cells = [cells[0], *[""] * lost_places, *cells[1:]]
            cells = _unit_cell_wrapped_under_a_merged_task_cell(cells, row_kinds) or cells
            short = len(cells) < width
            lost = _lost_indicator_cells(cells, row_names)
            merged = None if labels or lost or not data_rows else under_merged_leading_cells(
                cells, row_kinds, rows[data_rows[0]], rows[-1] if data_rows[-1] == len(rows) - 1 else None)
            cells = merged or [*cells[:1], *[""] * lost,
                               *_fit_cells([cells[0], *cells[1:]], _without_slots(row_kinds, lost), site, overseer,
                                           frozenset(listed))[1:]]
            if short and not labels and data_rows and data_rows[-1] == len(rows) - 1:
                cells = _under_a_merged_task_cell(cells, row_kinds, _without(rows[-1], group))
        if len(cells) == width:
            listed.update(width - j for j, (c, k) in enumerate(zip(cells, row_kinds))
                          if k in UNIT_COLUMN_KINDS and "\n" not in c and _bodies_on(c) > 1)
        if labels:  # the virtual number column goes back into the task cell it was written in (1.开展…)
            cells = [f"{cells[0]}.{cells[1]}", *cells[2:]]
            more = [sub[1:] for sub in more]
        for sub in more if group is not None else ():
            sub.insert(group, "")
        if citations:
            task = row_kinds.index("task") if "task" in row_kinds else 0
            cells[task] = "。".join([cells[task].rstrip("。")] + citations) if cells[task] else "。".join(citations)
            citations.clear()
        if indicator and value:
            rows.append([value])  # the merged indicator item heads its rows as a section row does (一、组织领导 / 1 / …)
            value = ""
        if group is not None:
            cells.insert(group, value)
        if short_lines is not None and not more:
            short_rows[len(rows)] = short_lines
        data_rows.append(len(rows))
        rows.append(cells)
        sub_rows.update(range(len(rows), len(rows) + len(more)))
        rows.extend(more)
        current, pending_group, placed, broken = None, "", False, 0

    def next_text(at: int) -> str:
        return next((ln.strip() for ln in lines[at + 1:at + 3] if ln.strip()), "")

    while i < len(lines):
        text = lines[i].strip()
        if not text:
            blanks += 1
            # an empty cell pasted as a blank line (a 备注 left blank): the table goes on when the
            # next row's 序号 follows at once
            # (a page number between blank lines, — 3 —, may stand between the row and the next)
            goes_on = numbered and current is not None and (
                _cell_number(_text_past_page(lines, i)) == _cell_number(current[0]) + 1
                or _row_past_page_top(lines, i, header_lines, title, labels, _cell_number(current[0]) + 1,
                                      width if _filled(current) < full_width(current) else 0))
            # a row that closed with its 完成时限 (the header's last column) owes no cell: a blank line after it is none
            dated = ends_with_date and len(current or ()) > 2 and _cell_class(current[-1]) == "deadline"
            if not exact and not spaced and numbered and current is not None and _gap_inside_a_wrapped_row(
                    lines, i, current, full_width(current), len(kinds)):
                i += 1  # a gap between the cells of a row that fills its columns without it: no cell, no table's end
                continue
            if not exact and not spaced and numbered and current is not None and not dated and _empty_cell(
                    lines, i, current, full_width(current), len(kinds), width, blank_cells):
                current.append("")  # an empty cell in a row that still owes cells: it holds the column's place
                blank_cells = placed = True
                i += 1
                continue
            if (not exact and not spaced and not numbered and not timed and closes_with_units and current is not None
                    and _empty_cell_by_width(lines, i, current, width)):
                current.append("")  # a stage left empty in a row read by its width: the row goes on to its units
                blank_cells = placed = True
                i += 1
                continue
            past = _past_page_break(lines, i, header_lines) if (numbered or by_units) and current is not None else 0
            if by_units and not numbered and past and _header_again(lines, past, header_lines, title):
                # a 考核细则 without 序号 whose units close its rows, run over pages: the page's number and the header
                # printed again on the next page's top. No number resyncs its rows there, so the table must not end at
                # the page's foot (the rest read as a new table, its first 考核内容 taken for a 考核项目): the rows go on
                # under the header, which the table passes over (the row the page broke, if any, goes on with it)
                i = past
                continue
            past = past if numbered else 0
            if past and (_anchor_ahead(lines, past, _cell_number(current[0]) + 1, width) or (
                    _filled(current) < full_width(current) and _rest_of_a_row(lines, past, width))):
                # a page's foot and the next page's top between two rows or inside one (the row's rest, a cell wrapped
                # or its date, then the next 序号 within reach, or the last row's rest, its units, up to a blank line):
                # the rows go on
                broken = len(current)
                i = past
                continue
            if not exact and blanks >= (2 if spaced else 1) and not goes_on and not (
                    numbered and current is not None and not dated
                    and _inside_a_short_row(lines, i, current, full_width(current), len(kinds))):
                break
            i += 1
            continue
        if current is not None and _task_cell_goes_on(lines, i, current, row_kinds, spaced and group is None
                                                      and not labels and not exact):
            current[-1] += "\n" + text  # (a block of lines is one cell: the task's words wrapped in its cell)
            i += 1
            continue
        blanks = 0
        if PAGE_CLOSING.match(text):
            # 【打印本页】【关闭窗口】 / 扫一扫在手机打开当前页: the web page's furniture under its table, no row's cells (a
            # last row short of a merged leading cell took those lines as the cells it lacked; source/read.py's own
            # page-end cut runs after the tables are read)
            break
        if _PAGE_MARK.match(text):
            i += 1  # a page number between the pages a table runs over
            continue
        again = _repeats(lines, i, header_lines) if text == header_lines[0] else 0
        if not again and title and text == title and current is not None:
            again = _repeats(lines, i + 1, header_lines)  # the header again with the title line above it
        if again:
            # the header repeated at the top of the next page: the rows go on under it, the row
            # the page broke too (its cells go on after the header)
            broken = len(current) if current is not None else 0
            i = again
            continue
        if current is not None and _NOTE_UNDER.match(text):
            break  # 说明：1.… / 注：… under the last row (its 备注 left empty): the table's note, after the table
        if _TOTAL_CELL.match(text):
            # 合计 / 30个 / 4708 between the header and row 1, 小计 / 140 closing a group: a total row and its figures,
            # which would otherwise start a row at its word or take a figure for the next 序号
            close()
            figures, taken = _figures_after(lines, i + 1, len(kinds))
            rows.append([text, *figures])
            i += 1 + taken
            continue
        if timed and current is None and rows[-1] is not names and _after_the_schedule(text, next_text(i)):
            break  # 四、学习要求 / （一）强化领导。… after the last row: the plan's text goes on, the schedule has ended
        if (numbered or by_units) and not labels and current is not None and len(current) > 1 and (
                _point_goes_on(current[-1], text) or _opens_a_points_cell(current, text, full_width(current))):
            # 1.开展排查； / 2.对危房分类处置。, （1）… / （2）…, ①… / ②…: a cell's points one a line; a bracketed point
            # (（2）) is no group row of the table, a first point (（1）) in a row that still owes cells is its cell. A
            # table without 序号 whose units close its rows (a 考核细则's 评分标准 over 1. / 2. lines) counts its rows'
            # cells by the header's width: the points joined, the cell is one
            if _point_goes_on(current[-1], text):
                current[-1] += "\n" + text
            else:
                current.append(text)
            i += 1
            continue
        bare = parse_chinese(text.rstrip("、.．")) is not None and len(text) <= 4
        if (numbered and group == 1 and current is not None and len(current) == 1 and not bare
                and _group_label(text) and not _MONTH_ROW.match(text)):
            # 1 / 一、组织领导（15分） / …: the merged indicator cell printed on its group's first row, after the 序号
            current.append(text)
            i += 1
            continue
        if bare or (_ANY_LABEL.match(text) and not _ARABIC_LABEL.match(text)):
            close()
            if bare and i + 1 < len(lines) and lines[i + 1].strip():
                rows.append([text.rstrip("、.．"), lines[i + 1].strip()])  # 一 / 强化安全生产责任
                i += 2
            else:
                # a merged group cell a narrow column wrapped (（一）工业污 / 染治理攻坚), its rest before the group's
                # first row: one cell, not a row of its own
                tail = _group_cell_tail(lines, i + 1, labels) if numbered and not _ARABIC_LABEL.match(text) else []
                rows.append([text + "".join(tail)])
                i += 1 + len(tail)
            if numbered:
                # 一、产业发展类项目（13个） / 2712: the group's amount on a line of its own, not the next row's 序号
                figures, taken = _figures_after(lines, i, len(kinds))
                rows[-1] += figures
                i += taken
            continue
        number = _NUMBER_CELL.match(text)
        if numbered:
            expected = _cell_number(current[0]) + 1 if current else None
            # a merged group cell's label ((一) / （二）), its rest perhaps wrapped onto lines before the group's first row
            group_label = _group_label(text)
            tail = _group_cell_tail(lines, i + 1, labels) if group_label else []
            follows = _row_start(next_text(i + len(tail)), labels)
            labelled = _ARABIC_LABEL.match(text)
            title_lines = (_title_before_its_number(lines, i, expected, row_kinds) if ends_with_date and group is None
                           and not labels and current is not None and _cell_class(current[-1]) == "deadline"
                           and _filled(current) >= full_width(current) else 0)
            if title_lines:
                # a dated row closed, then the next row's title wrapped over lines and its 序号 after them: the PDF drew
                # the vertically centred 序号 cell after the title cell, and the copy keeps the drawing order
                # (the title's lines go on as lines of the row, as where the 序号 came first)
                close()
                current = [lines[i + title_lines].strip(), *(ln.strip() for ln in lines[i:i + title_lines])]
                i += title_lines + 1
                continue
            if number and current is not None and (_figure_before_the_units(current, row_kinds, next_text(i))
                                                   or _figure_in_its_column(current, row_kinds, row_names, lines, i)
                                                   or _count_in_its_column(current, row_names, next_text(i))
                                                   or _quota_in_its_column(current, row_names, next_text(i))):
                current.append(text)  # 新增省级创新平台 / 个 / 2 / 市科技局: a target value, though it reads as the next 序号
            elif number and (current is None or matched_number(number) == expected or (
                    # a gap in the numbering (5, 7): only after a full row, and followed by a cell
                    _filled(current) >= full_width(current) and expected < matched_number(number) <= expected + 3
                    and next_text(i) and _cell_number(next_text(i)) < 0)):
                close()
                current = [text]
            elif (labelled and not number and (int(labelled.group(1)) == (expected or 1) or (
                    # in a table numbered by its task cells' labels the numbers run on over the groups (（二） / 6.…)
                    labels and current is None and int(labelled.group(1)) == last_number + 1))
                  and (current is None or _filled(current) >= full_width(current))):
                close()
                current = [labelled.group(1), text[labelled.end():]]  # 1.加强督查: 序号 and task on one line
                last_number = int(labelled.group(1))
            elif (current is not None or rows[-1] is not names) and "extra" not in kinds and (
                    _CITATION.match(text)
                    or (_BARE_CITATION.match(text) and _filled(current or []) >= full_width(current or []))):
                citations.append(text)  # only where no column holds it, and a bare 《…》 only after a full row
            elif current is not None and _date_cut(current[-1], text):
                # the date's end the column wrapped (2025年12月 / 底前): no section row. Where the date ran on from
                # the units cell (市生态环境局2025年9月 / 底前) the line holds two cells: parted at once, the row counts
                # them both, so a full row is seen full and the next row's label (4.严厉…) starts the next row
                parted = _cell_class(current[-1]) != "deadline" and _units_glued_to_date(
                    current[-1], current[-2] if len(current) > 2 else "", text)
                current[-1:] = list(parted) if parted else [current[-1] + text]
            elif ((current is None or _filled(current) >= full_width(current)) and follows in (1, expected or 1)
                  and (_heading_like(text) or _MONTH_ROW.match(text))
                  and not (broken and _CELL_NOTE.match(text))  # (the place list a unit cell's rest wrapped: （街道）)
                  and not _closes_a_unit_cell(text)
                  and not _due_after_the_units(current or [], row_kinds, row_names)
                  and (group_label or not labels)):  # (labels number the rows: a row's last cell may read so)
                close()
                text += "".join(tail)
                i += len(tail)
                if group is not None:
                    pending_group = text  # the merged 类别 cell, shown before its group's first row
                else:
                    rows.append([text])  # a section row without a numeral
            elif current is None:
                break
            elif (_filled(current) >= full_width(current)
                  and not _anchor_ahead(lines, i, _cell_number(current[0]) + 1, width)
                  and not _anchor_past_a_page_break(lines, i, _cell_number(current[0]) + 1, width, header_lines)
                  and not (labels and _label_ahead(lines, i, _cell_number(current[0]) + 1, width))
                  and not _date_still_due(current, text, ends_with_date, lines[i + 1:i + 1 + _UNIT_LINES_AHEAD])
                  and not _units_due_after_the_date(current, text, row_kinds)
                  and not holds_its_group_cell(current, text)):
                break  # a full row and no next 序号 in sight: the text after the table, not more of this row
            else:
                current.append(text)
        elif timed:
            # (a row closed by its units holds more lines than columns where a cell wrapped: full only far past them)
            full = current is None or len(current) >= width + (_MAX_RUNS_ON if closes_with_units else 0)
            if _cell_class(text) == "deadline" and (current is None or len(current) >= width):
                close()
                current = [text]
                merged_time = text
            elif current is not None and len(current) >= 2 and _CELL_NOTE.match(text) and not _ANY_LABEL.match(text):
                current[-1] += text  # 党的纪律和规矩 / （专题研讨）: the cell's bracketed note wrapped onto a line of its own
            elif full:
                close()
                current = [merged_time, text]  # a row under a month merged over its rows: the month is its too
            else:
                current.append(text)
            if closes_with_units and len(current) >= width - 1 and _cell_class(text) == "units":
                close()  # the units under the last column close the row, a topic wrapped over two lines or not
        else:
            if (by_units and current is not None and len(current) >= width and current[-1]
                    and _cut_at_the_edge(current[-1], text)):
                # 县委网信办、县工业和信息化局、 / 中国电信某县分公司: the unit cell closing the row wrapped after its 、
                # (or mid-name), as the numbered rows join it: the rest is that cell's, not the next row's first
                current[-1] += text
                i += 1
                continue
            if current is None or len(current) >= width:
                if by_units and not _units_ahead(lines, i, width):
                    break  # a paragraph after the last row (五、结果运用 / 考核结果分为…): no row, its units never come
                close()
                heads = _group_cell_ahead(lines, i, row_kinds) if by_units and group == 0 else 0
                if heads:
                    # the merged group cell before its group's first row (乡村建设 / （18分）): the rows under it are its
                    pending_group = "".join(ln.strip() for ln in lines[i:i + heads])
                    i += heads
                    text = lines[i].strip()
                current = [text]
            elif by_units and _unit_cell_left_out(lines, i, current, row_kinds, row_names, header_lines):
                current.append("")  # the row's unit cell merged down from the row above: the row ends without it
                continue
            else:
                current.append(text)
            if ends_with_date and len(current) > 1 and _cell_class(text) == "deadline":
                close()  # without 序号 the 完成时限 closing each row says where the row ends
        i += 1
    close()
    if numbered:
        groups = _groups_of_rows(rows, data_rows, sub_rows, group)
        carry_merged_leads(rows, kinds, groups, note_says_merged(lines, i, _NOTE_UNDER))
        if short_rows and not labels and site is None and overseer is None:
            merged = columns_noted_merged(lines, i, _NOTE_UNDER, row_names, row_kinds)
            if len(merged) == 1:
                _refit_under_merged_column(rows, short_rows, row_kinds, merged[0], group)
    if not numbered and not any(_reads_as_units(r[j]) for r in rows[1:] if len(r) == len(kinds)
                                for j, k in enumerate(kinds) if k in UNIT_COLUMN_KINDS):
        return None  # without 序号 only units under a unit header show that the lines are a table
    return (rows, i) if len(rows) > 1 else None


def _task_cell_goes_on(lines: list[str], i: int, current: list[str], row_kinds: list[str | None],
                       blocks: bool) -> bool:
    """Whether lines[i] is the task cell's next line, in a table copied one cell a block (pdftotext without -layout: the
    cells parted by blank lines, a cell's own lines one under the other): the task cell is the row's last cell so far,
    the line stands right under it (no blank line between, so in its block), reads as no body's name, date or number
    (报批, 迎检, 施细则: the words of a task wrapped at its column's edge; 施细则 may read as a person's name, but a
    block is one cell, and the column after the task names bodies), and the next block, after a blank line, opens with
    the units of the unit column right after the task. Counted as a cell of its own, the line would
    push the row's cells a column on or glue onto the first unit (迎检耕保处). `blocks`: the table parts its cells by
    blank lines (its header does), no group column, no label rows."""
    if not blocks or i == 0 or not lines[i - 1].strip() or "task" not in row_kinds:
        return False
    task = row_kinds.index("task")
    if len(current) != task + 1 or task + 1 >= len(row_kinds) or row_kinds[task + 1] not in UNIT_COLUMN_KINDS:
        return False
    text = lines[i].strip()
    if _cell_class(text) != "text" or _NUMBER_CELL.match(text) or unit_like(text):
        return False
    after = i + 1
    while after < len(lines) and lines[after].strip() and after - i <= _MAX_RUNS_ON:
        after += 1  # the rest of the block: the task's further lines, each read in its turn
    if after >= len(lines) or lines[after].strip():
        return False  # no blank line ends the block within reach: no table of blocks here
    nxt = next((ln.strip() for ln in lines[after + 1:after + 3] if ln.strip()), "")
    return _cell_class(nxt) == "units"


def _unit_cell_left_out(lines: list[str], i: int, current: list[str], row_kinds: list[str | None],
                        row_names: list[str], header: list[str]) -> bool:
    """Whether the row read so far (`current`, a row of a table without 序号 closed by its units) ends without its
    unit cell, lines[i] opening the next row: a 责任单位 cell merged down from the row above prints nothing, no blank
    line either (the 说明's 空白的同上一项). So where the row holds every cell but its units, and the lines from
    lines[i] up to the next unit cell are a whole row of their own, each figure column (分值) holding a bare figure
    in both rows at the same place: the next row starts at lines[i] rather than lending its 考核内容 as the units. The
    next row may run over a page break (its first cell, the page number, the header printed again, its other cells)."""
    width = len(row_kinds)
    if len(current) != width - 1 or row_kinds[-1] not in UNIT_COLUMN_KINDS or _cell_class(lines[i].strip()) == "units":
        return False
    figures = [j for j, name in enumerate(row_names[:-1]) if _figure_column(name)]
    ahead: list[str] = []
    at = i
    while at < min(len(lines), i + width + 1 + _PAGE_BREAK_LINES + len(header)) and len(ahead) < width:
        text = lines[at].strip()
        again = _repeats(lines, at, header) if text == header[0] else 0
        if again:
            at = again
            continue
        if text and not _PAGE_MARK.match(text):
            ahead.append(text)
        at += 1
    return (bool(figures) and len(ahead) == width and _cell_class(ahead[-1]) == "units"
            and not any(_cell_class(t) == "units" for t in ahead[:-1])
            and all(_FIGURE_CELL.match(current[j]) and _FIGURE_CELL.match(ahead[j]) for j in figures))


def _units_ahead(lines: list[str], i: int, width: int) -> bool:
    """Whether a row of a table without 序号 closed by its units, starting at lines[i], reaches its units: a unit cell
    within the lines a row may take (an empty line an empty cell), before a labelled line (the plan's next part) ends
    the run. A paragraph after the table (考核结果分为…等次) never does, and is the plan's text, not one more row."""
    for j in range(i, min(len(lines), i + width + _MAX_RUNS_ON)):
        text = lines[j].strip()
        if j > i and _ANY_LABEL.match(text) and not _ARABIC_LABEL.match(text):
            return False
        if _cell_class(text) == "units":
            return True
    return False


def _indicator_group(names: list[str], kinds: list[str | None], lines: list[str], i: int) -> int | None:
    """The column of a 测评 / 考核 table's merged indicator item (测评项目, 一级指标) right after 序号, when the rows under
    the header show it merged: its cells (一、组织领导（15分）, （一）…) are group labels printed once per group, either on
    a line of their own above the group's rows or right after the group's first 序号. The header word alone (测评项目
    ends in 项目, a task column's word) does not decide: a column filled on every row with its own words is the rows'."""
    if kinds[0] != "number" or len(names) < 3 or not indicator_group_column(names[1]) or "task" not in kinds[2:]:
        return None
    ahead = [ln.strip() for ln in lines[i:i + 4] if ln.strip()][:2]

    def group_cell(text: str) -> bool:
        return _group_label(text) and not _ARABIC_LABEL.match(text) and not _MONTH_ROW.match(text)
    if ahead and group_cell(ahead[0]):
        return 1  # 一、组织领导 / 1 / …: the group's cell on a line of its own above its rows
    if len(ahead) == 2 and _cell_number(ahead[0]) == 1 and group_cell(ahead[1]):
        return 1  # 1 / 一、组织领导（15分） / …: the group's cell after its first row's 序号
    return None


def _group_cell_ahead(lines: list[str], i: int, row_kinds: list[str | None]) -> int:
    """The lines a merged group cell takes at lines[i], where a row of a table without 序号 would start, 0 for none.

    A 考核细则 flattened one cell per line (考核项目 | 考核内容 | 分值 | 评分标准 | 考核责任单位) writes its 考核项目
    (产业发展（22分）, or 乡村建设 / （18分） wrapped) once, before its group's first row: up to the row's first unit
    cell, that row has more lines than the columns before its units (a cell's points, 1. / 2., counted as one). The
    surplus lines at its start, headings (short, no sentence, not cut mid-sentence), are the group's cell."""
    first_unit = next((j for j, k in enumerate(row_kinds) if k in UNIT_COLUMN_KINDS), None)
    if not first_unit:
        return 0
    run: list[str] = []
    for line in lines[i:i + first_unit + _GROUP_CELL_LINES + 2]:
        text = line.strip()
        if not text or _PAGE_MARK.match(text):
            return 0
        if _cell_class(text) == "units":
            surplus = len(run) - first_unit
            heads = run[:surplus]
            # the cell's name wraps over up to _GROUP_CELL_LINES lines; its score (（16分）), when on a line of its own
            # under the name, is one more (水环境 / 治理与 / 水生态修复 / （16分）)
            most = _GROUP_CELL_LINES + (1 if heads and _SCORE_LINE.fullmatch(heads[-1]) else 0)
            return surplus if 0 < surplus <= most and all(
                _heading_like(t) and not _RUNS_ON.search(t) for t in heads) else 0
        if run and _point_goes_on(run[-1], text):
            run[-1] += "\n" + text  # the next point of a cell written one point a line: the same cell
            continue
        run.append(text)
    return 0


def _point_goes_on(cell: str, text: str) -> bool:
    """Whether a line opening with a point's number (2.对危房分类处置。, （2）…, ②…) goes on a cell whose last line
    opened with the point before in the same style (1.开展房屋安全隐患排查；): a measure cell written over lines, one
    point a line. In a table whose rows' numbers stand in a 序号 cell of their own, a 2. after a 1. inside a row is
    that cell's next point, never the next row (its 序号 comes bare), a group row nor a unit cell."""
    before = _point_label(cell.rsplit("\n", 1)[-1], text_after=False)
    point = _point_label(text)
    return bool(before and point and point[0] == before[0] and point[1] == before[1] + 1)


def _opens_a_points_cell(current: list[str], text: str, width: int) -> bool:
    """Whether a line opening with a bracketed first point (（1）统筹…) is a cell of the row that still owes cells: a
    measure cell's first point, not a group row of the table (a group's label is 一、 or （一）, in words)."""
    return _filled(current) < width and _point_label(text) == ("bracket", 1)


def _point_label(line: str, text_after: bool = True) -> tuple[str, int] | None:
    """The style and number of the point a line opens with (1. -> arabic 1, （2） -> bracket 2, ③ -> circled 3), None if
    none (or, `text_after`, if no text follows the label: a bare 1 is a 序号 cell)."""
    line = line.strip()
    for style, label in (("arabic", _ARABIC_LABEL), ("bracket", _BRACKET_ITEM_LABEL)):
        found = label.match(line)
        if found:
            return (style, int(found.group(1))) if line[found.end():].strip() or not text_after else None
    if line[:1] and line[0] in CIRCLED and (line[1:].strip() or not text_after):
        return "circled", CIRCLED.index(line[0]) + 1
    return None


def _tag_column_beside_group_rows(lines: list[str], i: int, kinds: list[str | None]) -> list[str | None]:
    """The header's kinds with a 类别 column that tags each row read as text. A 综合行政执法事项目录 or a 问题台账 groups
    its rows by group rows of its own (一、住房和城乡建设领域（6项） spanning the table, its first body line) and
    writes after each item's name the kind of the item (事项类别: 行政处罚 / 行政强制, 问题类型), a cell on every row:
    the row's text, no merged group cell. Taken for one, the cell was left out of the row's count, glued to the
    title, made a section of its own, and a row's empty last cell (a blank line before the next group row) ended the
    table. A 类别 before the task column, or in a table with no group rows, still groups (as rows.py
    `_tag_column_beside_group_rows` reads a tab copy)."""
    if "group" not in kinds or "task" not in kinds or kinds.index("group") < kinds.index("task"):
        return kinds
    first = next((ln.strip() for ln in lines[i:i + 3] if ln.strip()), "")
    if not _SECTION_LABEL.match(first) or not _heading_like(first):
        return kinds
    return ["extra" if k == "group" else k for k in kinds]


def _group_name(cell: str) -> bool:
    """Whether a row's line in its group cell's place reads as a group's name (第一章 医院功能与任务, 安全监管): a heading,
    no sentence, no number, no article of a standard (2.1.3, which a 评审条款 cell holds)."""
    return _heading_like(cell) and not _ARTICLE_CELL.match(cell.strip())


_NARROW_GROUP_LINE = 4  # characters a line of a narrow merged group column holds, at most (农业领 / 域, 建筑领域)


def _narrow_group_cell(cells: list[str], group: int, width: int) -> int:
    """The lines a row's merged group cell takes, which a narrow column wrapped (农业领 / 域, 制度体 / 系与能 / 力保障) or
    not (建筑领域), 0 when the row holds none so. A PDF prints a vertically merged 领域 / 类别 cell once, inside one row of its run, between that row's 序号
    and its task cell, wrapped at the column's few characters a line: each line as long as the first but the last, no
    longer. The row then holds more lines than its columns, its task and content cells wrapped too, and the pieces
    would be taken for the task's title. They are the group's cell when the first is short (a narrow column), the line
    after them is longer (the next, wider column's), their join reads as a group's name (a heading, no verb of doing
    opening it), and the lines left still fill the row's columns."""
    first = cells[group].strip()
    if not 0 < len(first) <= _NARROW_GROUP_LINE:
        return 0
    end = group + 1
    while (end < len(cells) and end - group <= _GROUP_CELL_LINES and len(cells[end - 1].strip()) == len(first)
           and 0 < len(cells[end].strip()) <= len(first)):
        end += 1  # the piece before was a full line of the column: the cell goes on
    name = "".join(c.strip() for c in cells[group:end])
    if (end >= len(cells) or len(cells[end].strip()) <= len(first) or len(cells) - (end - group) + 1 < width + 1
            or not _group_name(name) or name.startswith(lx.ACTION_STARTS)):
        return 0
    return end - group


def _sentence_ends(cell: str) -> bool:
    """Whether a cell ends as a sentence does (。 / ；): a problem or a measure, never a merged group cell's name."""
    return cell.strip()[-1:] in ("。", "；", ";")


def _cell_paragraphs_joined(cells: list[str], full: int) -> list[str]:
    """A row's lines, more than the `full` cells it holds, with the paragraphs of a task cell joined: a docx cell of
    several paragraphs (全面落实核心制度。 / 1.修订实施细则； / 2.开展督查。, or a lead line over ①…；②…) flattens to
    several lines, the row then longer than its columns, and its surplus line would be read as a merged group cell.
    A line opening a cell's first point (1. / ① / （1）) after a line of text is that text's next paragraph, and so are
    the lines going on with its points (（2）…); joined so until the row fits. A row of no surplus line is left as it
    is (a 具体措施 column may open with 1. of its own)."""
    cells = list(cells)
    while len(cells) > full:
        at = next((j for j in range(2, len(cells)) if (_point_label(cells[j]) or ("", 0))[1] == 1
                   and _cell_class(cells[j - 1]) == "text" and not _point_label(cells[j - 1])), None)
        if at is None:
            break
        end = at + 1
        while end < len(cells) and len(cells) - (end - at) > full and _next_point(cells[end - 1], cells[end]):
            end += 1
        cells[at - 1:end] = ["\n".join(cells[at - 1:end])]
    return cells


def _next_point(line: str, following: str) -> bool:
    """Whether `following` opens the point after the one `line` opens, in the same style (（1）… / （2）…)."""
    before, point = _point_label(line), _point_label(following)
    return bool(before and point and point[0] == before[0] and point[1] == before[1] + 1)


def _without(row: list[str], column: int | None) -> list[str]:
    """A row's cells without its group column's."""
    return row if column is None else row[:column] + row[column + 1:]


def _indicator_levels(row_names: list[str]) -> int:
    """How many columns of indicator levels (二级指标, 三级指标) stand right after a row's 序号."""
    return next((j - 1 for j, name in enumerate(row_names[1:], start=1)
                 if _header_text(name) not in lx.TABLE_INDICATOR_LEVEL_HEADS), len(row_names) - 1)


def _lost_indicator_cells(cells: list[str], row_names: list[str]) -> int:
    """The indicator cells a row of a 测评指标 table lost: a 二级指标 cell (1.领导体制) is merged down the rows it heads and
    printed on the first of them only, so a later row's line after its 序号 is its 测评内容, not an indicator (a short
    heading opening with N.). The row's cells after its 序号 stand one column or more further on."""
    levels = _indicator_levels(row_names)
    if not levels or len(cells) < 2 or (_ARABIC_LABEL.match(cells[1]) and _heading_like(cells[1])):
        return 0
    return levels


def _refit_under_merged_column(rows: list[list[str]], short_rows: dict[int, list[str]], row_kinds: list[str | None],
                               merged: int, group: int | None) -> None:
    """Refit the rows that lost a cell of a unit column merged down over them, as a note under the table says its cells
    are (注：本目录中“原行使部门”栏为合并单元格的，适用于其所跨各项).

    Copied one cell per line, a merged cell is printed on the top row of the rows it spans only; each row under it is a
    line short, and nothing says which column it lost. Fitted by what its lines hold, the row's first unit cell went to
    the first unit column, the merged one (县公安局、县交通运输局, the 协同部门, read as the 原行使部门, and 县水利局 above
    lost). Where the note names the column, a short row right under a row holding (or itself sharing) that column's
    cell is fitted to the other columns, the merged column left empty for the table reader to carry down, if its
    cells then fit their columns (units under unit columns). `short_rows`: the lines of each short row, by its index in
    `rows`; `row_kinds`: the columns but the group one (at `group` in `rows`)."""
    def own(row: list[str]) -> list[str]:
        return [c for j, c in enumerate(row) if j != group] if group is not None else list(row)

    kinds = [k for j, k in enumerate(row_kinds) if j != merged]
    shared: set[int] = set()  # the rows read as under the merged cell
    for at in sorted(short_rows):
        above = own(rows[at - 1])
        if at - 1 not in shared and (len(above) != len(row_kinds) or not above[merged].strip()):
            continue  # the row above holds no cell of the column to merge down: the row lost another
        read = own(rows[at])
        if not read[merged].strip():
            shared.add(at)  # fitted with that column empty already: it shares the cell above
            continue
        fitted = _fit_cells(short_rows[at], kinds)
        if len(fitted) != len(kinds) or not all(_fits(c, k) for c, k in zip(fitted, kinds) if c.strip()):
            continue
        cells = [*fitted[:merged], "", *fitted[merged:]]
        if group is not None:
            cells.insert(group, rows[at][group])
        rows[at] = cells
        shared.add(at)


def _without_slots(row_kinds: list[str | None], lost: int) -> list[str | None]:
    """A row's column kinds without the `lost` columns right after its 序号."""
    return [row_kinds[0], *row_kinds[1 + lost:]] if lost else row_kinds


def _under_a_merged_task_cell(cells: list[str], kinds: list[str | None], above: list[str]) -> list[str]:
    """工作任务 | 具体措施 copied one cell per line, the 工作任务 cell merged down its group's rows: printed on the first
    row only, each later row holds one task cell, its 具体措施, which fitting by content put under the first task column.
    A row short of a cell, holding one task cell right under a row that holds a 具体措施, lost the merged 工作任务: its
    cell is the 具体措施 (moved there, the 工作任务 left empty, as a table saved as text leaves a merged cell). A row
    holding one task cell stands alone either way, so the move changes no row's own words; it lets the table reader see
    the merged cell (`rows._heads_shared`, `rows._spanning_task_column_as_group`)."""
    tasks = [j for j, k in enumerate(kinds) if k == "task"]
    if len(tasks) < 2 or tasks[1] != tasks[0] + 1:
        return cells
    first, second = tasks[0], tasks[1]
    if cells[first] and not cells[second] and len(above) > second and above[second].strip():
        cells = list(cells)
        cells[first], cells[second] = "", cells[first]
    return cells


def _unit_cell_wrapped_under_a_merged_task_cell(cells: list[str], kinds: list[str | None]) -> list[str] | None:
    """重点任务 | 具体任务 | 牵头单位 | 配合单位 copied one cell per line, the 重点任务 merged down its group and printed on
    its first row only: a later row prints one line fewer than the columns (`_under_a_merged_task_cell` reads it). Where
    one of its unit cells also wrapped over two lines (市农业农村局、市商务局、 / 某供电公司, cut after its 、 or mid-name),
    the lines count as many as the columns and, taken one a column, the row slides: its 牵头单位 stands under the
    具体任务 column and its wrapped unit cell fills both unit columns. A unit name under the second task column is no
    task's words: the wrapped cell's two lines are joined and the row is the short row it is. None where the row does
    not read so (a task under the second task column, or no unit cell cut between two lines)."""
    tasks = [j for j, k in enumerate(kinds) if k == "task"]
    if len(cells) != len(kinds) or len(tasks) < 2 or tasks[1] != tasks[0] + 1:
        return None
    second = tasks[1]
    if _cell_class(cells[second]) != "units" or not _names_throughout(cells[second].strip()):
        return None
    for j in range(second + 1, len(cells) - 1):
        if (_cell_class(cells[j]) == "units" and _cell_class(cells[j + 1]) == "units"
                and _cut_at_the_edge(cells[j], cells[j + 1])):
            return [*cells[:j], cells[j].strip() + cells[j + 1].strip(), *cells[j + 2:]]
    return None


def _groups_of_rows(rows: list[list[str]], data_rows: list[int], sub_rows: set[int],
                    group: int | None) -> list[tuple[bool, list[int]]]:
    """The table's data rows by group: (whether a heading opened the group, the rows' indexes). A row that is no data
    row (a section row 一、…, a total) opens a group, and so does a merged 类别 cell's value on a group's first row."""
    groups: list[tuple[bool, list[int]]] = [(False, [])]
    data = set(data_rows)
    for at in range(1, len(rows)):
        if at in sub_rows:
            continue
        if at not in data:
            groups.append((True, []))
            continue
        if group is not None and rows[at][group].strip():
            if groups[-1][1]:
                groups.append((True, []))
            else:
                groups[-1] = (True, groups[-1][1])
        groups[-1][1].append(at)
    return [(headed, indexes) for headed, indexes in groups if indexes]


def _group_label(text: str) -> bool:
    """Whether `text` opens with a group's label, in brackets half or full width ((一) / （二）) or 一、, or is a month
    heading the rows under it (a schedule's 1月 / 2月 between its numbered rows)."""
    return bool(_BRACKET_GROUP_LABEL.match(text) or (_ANY_LABEL.match(text) and not _ARABIC_LABEL.match(text))
                or _MONTH_ROW.match(text))


# A month on a line of its own (1月, 12月): an 活动安排表 groups its numbered rows by month, each month a row across
# the table before its rows. Between a full row and the next 序号 it heads a group; inside a row it is the row's
# 时间 cell (the row still owes cells), and right after the header, the next line the first 序号, it is the first
# group's row, no header cell.
_MONTH_ROW = re.compile(r"^(?:1[0-2]|[1-9])月(?:份)?$")


_TITLE_LINE_MARKS = re.compile(r"[，,。；;：:、（）()“”]")


def _title_before_its_number(lines: list[str], i: int, expected: int | None, row_kinds: list[str | None]) -> int:
    """How many lines from lines[i] are the next row's title printed before its 序号, 0 where none are. A browser's PDF
    viewer copies the text in the order the PDF drew it, and a 序号 cell centred down a tall row may be drawn after the
    row's first text cell: …2025年11月底前 / 新就业形态 / 劳动者技能 / 提升行动 / 4 / 开展订单式… The lines read so where
    two or three of them, no figure and no mark on them, wrapped at one narrow column's width (each no wider than the
    first, the last perhaps narrower) stand right before the expected 序号 alone on its line, after a row closed by its
    date. A section row spans the table and is printed on one line; a single short line before the 序号 is read as
    before (a section's heading), the two readings not told apart by the lines. Nor are they where the row after the
    序号 holds its own title cell (乡村振兴类 / 重点项目 / 2 / 高标准农田建设 / 新建高标准农田一万亩 / 县农业农村局: more
    text cells before its units than the columns left once the lines are its title, _text_cells_fit)."""
    if expected is None:
        return 0
    width = 0
    for end in range(i, min(i + _MAX_TITLE_LINES + 1, len(lines))):
        text = lines[end].strip()
        if end > i + 1 and _cell_number(text) == expected:
            return end - i if _text_cells_fit(lines, end + 1, row_kinds) else 0
        if (not text or len(text) > _TITLE_LINE_CHARS or _TITLE_LINE_MARKS.search(text) or re.search(r"\d", text)
                or _ANY_LABEL.match(text) or _PAGE_MARK.match(text) or (width and _print_width(text) > width)):
            return 0
        width = width or _print_width(text)
    return 0


_MAX_TITLE_LINES = 3  # lines a narrow title column wraps a row's title over, at most


def _text_cells_fit(lines: list[str], at: int, row_kinds: list[str | None]) -> bool:
    """Do the lines from lines[at] up to the row's first units (or date) cell fit the text columns after the title's
    (row_kinds: 序号, title, then those)? A cell wraps at its column's width, so no line of it is wider than its first:
    a line wider than the first of the cell it would go on starts another cell. More cells than the columns say the
    row holds a title cell of its own after its 序号, and the lines before the 序号 were no title of it."""
    columns = 0
    for kind in row_kinds[2:]:
        if _column_class(kind) != "text":
            break
        columns += 1
    else:
        return True  # (no units or date column to end the count)
    cells, first_width = 0, 0
    for text in (ln.strip() for ln in lines[at:at + _ROW_TEXT_LINES]):
        if not text or _cell_class(text) != "text":
            return cells <= columns
        if not cells or _print_width(text) > first_width:
            cells, first_width = cells + 1, _print_width(text)
    return True  # (no units cell within reach: nothing tells)


_ROW_TEXT_LINES = 12  # lines a row's text cells wrap over before its units cell, at most read
_TITLE_LINE_CHARS = 10  # characters a line of such a narrow column holds, at most


def _row_start(text: str, labels: bool) -> int:
    """The number of the row `text` starts: its 序号 cell, or where `labels` number the rows its task cell's label."""
    return _label_number(text) if labels else _cell_number(text)


def _label_number(text: str) -> int:
    """The number a task cell opens with (1.开展… / 2、推进…), -1 for none: the label, then the cell's text."""
    match = _ARABIC_LABEL.match(text)
    return int(match.group(1)) if match and text[match.end():].strip() and not _NUMBER_CELL.match(text) else -1


def _opens_with_a_label(lines: list[str], i: int) -> bool:
    """Whether the rows under a header without 序号 open with 1.…: the first row's task cell, after the merged group
    cell standing before it (（一）工业污染治理攻坚, wrapped over a few short lines). A PDF's 攻坚任务表 or 措施清单 numbers
    its measures so, and its text taken without the layout keeps only these labels to say where a row starts."""
    ahead = [ln.strip() for ln in lines[i:i + 2 + _GROUP_CELL_LINES] if ln.strip()]
    if not ahead:
        return False
    skip = 0
    if _group_label(ahead[0]):
        skip = 1 + len(_group_cell_tail(ahead, 1))
    return skip < len(ahead) and _label_number(ahead[skip]) == 1


_GROUP_CELL_LINES = 3  # lines the rest of a merged group cell wraps over, at most (（二）城镇生 / 活污水治理攻 / 坚)
# the score a 考核细则 gives a merged 考核项目 cell, written on the cell's last line under its wrapped name: （16分）
_SCORE_LINE = re.compile(r"[（(]\d+(?:\.\d+)?分[）)]")
_GROUP_CELL_TAIL_CHARS = 12  # characters a line of such a narrow cell holds, at most


def _group_cell_tail(lines: list[str], at: int, labels: bool = True) -> list[str]:
    """The rest of a merged group cell (（一）工业污 / 染治理攻坚) a narrow column wrapped onto the lines from lines[at]:
    short lines of no sentence, followed at once by the start of the group's first row (its 序号, or its task cell's
    1.… where `labels` number the rows). Empty when the lines after the label read otherwise (a heading row, a cell)."""
    tail: list[str] = []
    for text in (ln.strip() for ln in lines[at:at + _GROUP_CELL_LINES + 1]):
        if _NUMBER_CELL.match(text) or (labels and _label_number(text) >= 0):
            return tail
        if (not text or len(text) > _GROUP_CELL_TAIL_CHARS or _SENTENCE_MARK.search(text) or _ANY_LABEL.match(text)
                or _cell_class(text) != "text"):
            return []
        tail.append(text)
    return []


def _label_ahead(lines: list[str], i: int, number: int, width: int) -> bool:
    """Whether the row a task cell's label `number` opens (5.推动…) starts within reach of lines[i]."""
    return any(_label_number(ln.strip()) == number for ln in lines[i:i + 2 * width + _MAX_RUNS_ON])


def _row_past_page_top(lines: list[str], i: int, header: list[str], title: str, labels: bool, number: int,
                       owed: int = 0) -> bool:
    """Whether row `number` goes on after the blank line lines[i] past a page's foot and the next page's top: its
    page number (— 2 —), the header repeated (the title line above it too), and the next group's merged cell
    ((二)农业污染治理攻坚, wrapped or not) before the row. A PDF's table runs over pages so.

    A PDF that repeats the header on every page also cuts a long row at the page's foot: the row's first lines, the
    page number, the header, then the row's remaining lines (the rest of its 具体措施, its units, its date). Where the
    row above the break still owes cells (`owed`, the row's width: it has fewer lines than columns), the lines after
    the header are its rest when the next row's number follows within reach of them."""
    at = i + 1
    while at < len(lines) and at <= i + 3 and (not lines[at].strip() or _PAGE_MARK.match(lines[at].strip())):
        at += 1
    if at >= len(lines) or not any(_PAGE_MARK.match(ln.strip()) for ln in lines[max(i - 1, 0):at]):
        return False  # no page number between the rows: a blank line alone ends the table, as before
    text = lines[at].strip()
    again = _repeats(lines, at, header) if text == header[0] else (
        _repeats(lines, at + 1, header) if title and text == title else 0)
    if not again:
        return False
    ahead = [ln.strip() for ln in lines[again:again + 2 + _GROUP_CELL_LINES] if ln.strip()]
    if ahead and _group_label(ahead[0]):
        ahead = ahead[1 + len(_group_cell_tail(ahead, 1, labels)):]
    if owed and ahead and _row_start(ahead[0], labels) < 0:
        return (_label_ahead(lines, again, number, owed) if labels else _anchor_ahead(lines, again, number, owed))
    return bool(ahead) and _row_start(ahead[0], labels) == number


# A PDF's table extracted one cell per line runs over pages: at each break the page's number (— 5 —) and the running
# head the next page opens with (the 文件头, 某县人民政府办公室文件, or the document's title), between blank lines,
# stand between two rows or inside a row. They are page furniture, read before the plan's page furniture is blanked:
# the table passes over them as the spaced and page-layout readers pass over the header printed again.
_PAGE_BREAK_LINES = 8  # blank lines, the page number and the running head a page break stacks, at most
_RUNNING_HEAD_REACH = 120  # lines to the page break before or after, where a page repeats its head (a page or two)
_RUNNING_HEAD_MAX = 40  # a running head's characters, at most
_SENTENCE_END_MARKS = "。；;，,：:！？!?"  # a line ending so is text, no running head


def _header_again(lines: list[str], at: int, header: list[str], title: str) -> bool:
    """Whether the table's header stands again from lines[at] (the title line above it too): a page's top."""
    text = lines[at].strip()
    return bool(_repeats(lines, at, header) if text == header[0] else
                title and text == title and _repeats(lines, at + 1, header))


def _past_page_break(lines: list[str], i: int, header: list[str]) -> int:
    """The index of the first line past a page break from the blank line lines[i] (blank lines, the page number and
    the next page's running head), 0 when no page number stands there or the lines after it are no table's."""
    at, broke = i, False
    while at < len(lines) and at <= i + _PAGE_BREAK_LINES:
        text = lines[at].strip()
        if not text:
            at += 1
        elif _PAGE_MARK.match(text):
            broke, at = True, at + 1
        elif broke and text != header[0] and _running_head(lines, at):  # (the header again: the table reads it)
            at += 1
        else:
            break
    return at if broke and at < len(lines) and at > i + 1 and lines[at].strip() else 0


def _anchor_past_a_page_break(lines: list[str], i: int, number: int, width: int, header: list[str]) -> bool:
    """Whether row `number` starts within reach of lines[i] counting only the rows' lines: a row a page broke prints
    the rest of its cells under the page's foot, its number and the header printed again (— 3 — / 序号 / 活动项目 …),
    lines that take up none of the reach a long row's cells may run over (`_anchor_ahead`). Only where a page number
    stands among the lines; the reach stays bounded, the header's repeat read at most once."""
    counted, at, broke = 0, i, False
    while at < len(lines) and counted < 2 * width and at < i + 2 * width + _PAGE_BREAK_LINES + len(header):
        text = lines[at].strip()
        again = _repeats(lines, at, header) if broke and text == header[0] else 0
        if again:
            at = again
            continue
        if _PAGE_MARK.match(text):
            broke = True
        elif text:
            if broke and _cell_number(text) == number:
                return True
            counted += 1
        at += 1
    return False


def _rest_of_a_row(lines: list[str], at: int, width: int) -> bool:
    """Whether the lines from lines[at] up to a blank line are the rest of a row a page broke (the table's last row,
    no 序号 after it): no more lines than the row's columns, no heading or note among them, units or a date in them."""
    rest = []
    for ln in lines[at:at + width + 1]:
        if not ln.strip():
            break
        rest.append(ln.strip())
    return (0 < len(rest) <= width and not any(_ANY_LABEL.match(t) or _NOTE_UNDER.match(t) for t in rest)
            and any(_cell_class(t) in ("units", "deadline") for t in rest))


def _running_head(lines: list[str], at: int) -> bool:
    """Whether lines[at], right after a page number, is the head every page repeats: short, no sentence, and the text
    gives it as its first line (the 文件头 printed again on each page) or after another page number within reach."""
    text = lines[at].strip()
    if len(text) > _RUNNING_HEAD_MAX or text[-1] in _SENTENCE_END_MARKS:
        return False
    first = next((ln.strip() for ln in lines[:_PAGE_BREAK_LINES] if ln.strip()), "")
    if text == first and at > 0:
        return True
    for k in range(max(at - _RUNNING_HEAD_REACH, 0), min(at + _RUNNING_HEAD_REACH, len(lines))):
        if k != at and lines[k].strip() == text and _after_a_page_number(lines, k):
            return True
    return False


def _after_a_page_number(lines: list[str], k: int) -> bool:
    """Whether the nearest line of text above lines[k] is a page number."""
    above = next((ln.strip() for ln in reversed(lines[max(k - 3, 0):k]) if ln.strip()), "")
    return bool(_PAGE_MARK.match(above))


def _text_past_page(lines: list[str], i: int) -> str:
    """The next line of text after lines[i], past blank lines and a page number between them (∅ / — 3 — / ∅ / 14)."""
    for ln in lines[i + 1:i + 4]:
        if ln.strip() and not _PAGE_MARK.match(ln.strip()):
            return ln.strip()
    return ""


def _empty_cell(lines: list[str], i: int, current: list[str], full: int, columns: int, width: int,
                seen: bool) -> bool:
    """Whether the empty line lines[i] is an empty cell of the row `current`. A wide 清单 saved from Word or a web page
    as text keeps every cell on its line, an empty cell (a 配合单位 left blank, a quarter with no node, the 类别 below
    its group's first row) as an empty line. The row still owes cells (`full` lines, or every column's once the table
    has shown empty lines as cells: `seen`), and the next 序号 follows within the header's width (`columns` lines with
    the group cell, `width` without), the row then holding at least a cell a column. The last row has no next 序号:
    in a table that has shown empty lines as cells, the lines up to its end are its cells."""
    if len(current) >= (columns if seen else full):
        return False  # a full row: the empty line ends it (or the table, when no 序号 follows)
    following = _cell_number(current[0]) + 1
    # (a page number between blank lines may stand before the next row: the blank lines around it are no cells)
    ahead = [ln.strip() for ln in lines[i + 1:i + columns + 4] if not _PAGE_MARK.match(ln.strip())][:columns + 2]
    start = next((j for j, text in enumerate(ahead, start=1) if _cell_number(text) == following), None)
    if start is not None:
        return len(current) + start >= width  # this line and those up to the 序号 make up the row
    return seen and i + columns - len(current) <= len(lines)


def _empty_cell_by_width(lines: list[str], i: int, current: list[str], width: int) -> bool:
    """Whether the empty line lines[i] is an empty cell of the row `current` in a table with no 序号 column, whose rows
    are read by the header's width and closed by their units (项目 | 一季度 … 四季度 | 责任单位, a quarter with no node
    saved as an empty line). No next 序号 says where the row ends; its units do: the row still owes two cells or more,
    and the line that would be its last cell, counting this one and any other empty lines as cells, reads as units,
    and no line before it does (units where a stage stands: the row lost a line, the count proves nothing)."""
    owed = width - len(current)
    if len(current) < 1 or owed < 2 or i + owed > len(lines):
        return False  # a full row or one owing only its units: the empty line ends it (or the table)
    rest = [ln.strip() for ln in lines[i + 1:i + owed]]
    return bool(rest[-1]) and _cell_class(rest[-1]) == "units" and not any(
        _cell_class(cell) == "units" for cell in [*current[1:], *rest[:-1]] if cell)


def _gap_inside_a_wrapped_row(lines: list[str], i: int, current: list[str], full: int, columns: int) -> bool:
    """Whether the empty line lines[i] is a gap between the cells of the row `current`, not an empty cell. A PDF's
    table extracted one cell per line wraps a long cell over two lines (县财政局、县住房和城乡 / 建设局), and a page's
    margin or a paragraph gap inside a cell leaves an empty line among the row's lines. Where the row's lines up to
    the next 序号 are more than its columns even without the empty line, the row does not need it to fill them: the
    empty line holds no column's place (an empty cell there would shift the lead unit into the task cell), and the
    row goes on after it. No heading or note may stand among those lines."""
    if len(current) >= full:
        return False  # a full row: the empty line ends it (or the table, when no 序号 follows)
    following = _cell_number(current[0]) + 1
    ahead = [ln.strip() for ln in lines[i + 1:i + 2 * columns + 4] if not _PAGE_MARK.match(ln.strip())]
    start = next((j for j, text in enumerate(ahead, start=1) if _cell_number(text) == following), None)
    if start is None or len(current) + start - 1 <= full:
        return False  # no 序号 after the row's rest, or the row needs the empty line to fill its columns
    return all(text and not _ANY_LABEL.match(text) and not _NOTE_UNDER.match(text) for text in ahead[:start - 1])


def _inside_a_short_row(lines: list[str], i: int, current: list[str], full: int, columns: int) -> bool:
    """Whether the empty line lines[i] stands inside the row `current`, a row short of a merged cell: a table copied
    one cell per line prints a merged cell (a 分管领导 or a 完成时间 over two or three rows) on its first row only, the
    rows below it one line short, and writes a cell left empty (a 责任人 not named) as an empty line. In a row that does
    both, the empty line and the lines after it do not reach the header's width before the next 序号, so `_empty_cell`
    does not take it for a cell; yet the row's last cells (its date) and the next 序号 follow within the row's reach,
    no heading or note between: the table goes on, the row fitted by what its lines hold (the empty line left out)."""
    if len(current) >= full:
        return False  # a full row: the empty line ends it
    following = _cell_number(current[0]) + 1
    ahead = [ln.strip() for ln in lines[i + 1:i + columns + 4] if not _PAGE_MARK.match(ln.strip())][:columns + 2]
    start = next((j for j, text in enumerate(ahead, start=1) if _cell_number(text) == following), None)
    if start is None or start < 2 or len(current) + start - 1 > columns:
        return False  # no 序号 after the row's rest, or more lines than the row has columns
    return all(text and not _ANY_LABEL.match(text) and not _NOTE_UNDER.match(text) for text in ahead[:start - 1])


_PLACE_NAME_CHARS = 12  # a village's, a town's or a community's name, at most


def _place_name(cell: str) -> str:
    """The locality word closing a cell that names one place (红旗村 -> 村, 白沙社区 -> 社区, 某某镇 -> 镇): short, no
    sentence, a locality's ending; '' for any other cell."""
    text = cell.strip()
    if len(text) > _PLACE_NAME_CHARS or _SENTENCE_MARK.search(text):
        return ""
    found = LOCALITY_END.search(text)
    return found.group(0) if found else ""


def _next_place_in_the_group_slot(cells: list[str], group: int, names: list[str], rows: list[list[str]],
                                  data_rows: list[int]) -> bool:
    """乡镇 | 村名 | 发展项目 | 包联单位 | 责任人 | …, the town merged down its villages: a row under the town's first row
    lost the town's cell, and where its unit or people cell runs over two lines (县发展和改革局 / 县供销合作社) it still
    has one line per column. The line in the town's place then names a place of the next column's kind (南塬村, as the
    rows above hold 东关村 there; no 镇 as their towns): the village's cell, the row holds no group cell, and a cell of
    two lines made the count (fitted as such, `fitting._unit_cell_over_two_lines`). Read as the group's cell it made
    the village a section and slid the row (the units as the title). `rows[j] for j in data_rows`: the rows read so
    far, looked at only when the line names a place (most rows' lines do not)."""
    if group + 1 >= min(len(names), len(cells)) or not place_column(names[group + 1]):
        return False
    word = _place_name(cells[group])
    if not word:
        return False
    above = [rows[j] for j in data_rows]
    next_words = {_place_name(row[group + 1]) for row in above if len(row) > group + 1}
    group_words = {_place_name(row[group]) for row in above if len(row) > group}
    return word in next_words and word not in group_words


def _lost_place_cells(cells: list[str], row_kinds: list[str | None], row_names: list[str], width: int) -> int:
    """序号 | 乡镇 | 村名 | 发展项目 | 包联单位 | 责任人 | 完成时限, the town merged down its villages and the village
    down its projects: a village's second project prints neither place, only its number and its own cells, short by
    exactly the place columns after the 序号 (the town's, already out of `row_kinds` as the group's, and the village's).
    Its first own line is then no place's name (发展乡村研学基地) but the project: the row keeps its cells in the last
    columns and the lost place cells stay empty (before: fitted from the left, the project filled the village's column,
    the unit the title's, and the units were copied from the row above). The count of place columns lost; 0 where the
    row does not read so."""
    places = 0
    while 1 + places < len(row_kinds) and row_kinds[1 + places] == "group" and place_column(row_names[1 + places]):
        places += 1
    if (not places or row_kinds[0] != "number" or len(cells) != width - places or len(cells) < 2
            or _place_name(cells[1]) or not _fits(cells[-1], row_kinds[-1])):
        return 0
    return places


def _due_after_the_units(cells: list[str], row_kinds: list[str | None], row_names: list[str]) -> bool:
    """Whether a row still wants cells after its units: the header has columns after its last unit column (兑现方式,
    联系电话) and fewer lines follow the row's units. A row whose text cell wrapped over two lines has as many lines as
    columns before its last cell; that cell (依申请兑现, a phone number) is the row's, not a heading over the next row.
    A row as long as its columns whose line under an object column (培训对象: 市、县住建系统领导干部) reads as units
    holds the bodies it is done for where they are due: no unit cell that came late."""
    last_unit = max((j for j, k in enumerate(row_kinds) if k in UNIT_COLUMN_KINDS), default=None)
    if last_unit is None:
        return False
    after = len(row_kinds) - last_unit - 1  # the columns after the units; only the row's last lines are looked at
    placed = len(cells) == len(row_names)
    return any(j >= max(last_unit, 1) and _cell_class(cells[j]) == "units"
               and not (placed and _object_column(row_names[j]))
               for j in range(max(len(cells) - after, 0), len(cells)))


def _object_column(name: str) -> bool:
    """Whether a column's header names those a row's work is done for or to (培训对象, 服务对象)."""
    return re.sub(r"[（(][^（）()]*[）)]$", "", name.strip()).endswith(lx.TABLE_OBJECT_HEADS)


def _figures_after(lines: list[str], start: int, columns: int = 0) -> tuple[list[str], int]:
    """The figures a total row or a group row holds, one per line from lines[start] (30个 / 4708), and the lines they
    take: up to the first line that is no figure, or a 序号 with its row's text after it (1 / 青龙村茶园提质项目). A
    group's amount stands before its first row's 序号 (2712 / 1 / …), so a number is a figure when a figure follows it.
    A row written in full over the header's `columns`, its empty cells as empty lines, takes its empty lines too."""
    full = _sums_in_full(lines, start, columns - 1)
    if full is not None:
        return [text for text in full if text], len(full)
    figures: list[str] = []
    for at in range(start, min(len(lines), start + _MAX_FIGURES)):
        text = lines[at].strip()
        if not _FIGURE_CELL.match(text):
            break
        following = lines[at + 1].strip() if at + 1 < len(lines) else ""
        if _NUMBER_CELL.match(text) and following and not _FIGURE_CELL.match(following) and not _NOTE_UNDER.match(
                following):
            break
        figures.append(text)
    return figures, len(figures)


def _sums_in_full(lines: list[str], start: int, cells: int) -> list[str] | None:
    """The rest of a total or a group row written in full, one cell a line (合计 / ∅ / 40个 / 361160 / 171260 / ∅ / ∅ / ∅,
    一、交通项目（2个） / ∅ / ∅ / 5000 / 2000 / ∅ …): a 投资计划 table saved from Word writes a category's row with its
    subtotals in the figure columns and every other cell empty, as an empty line. The `cells` lines after the row's
    word (the header's width less one) are each a figure or empty, one of each at least, and a line of text follows
    them (the next row): read so, the empty lines are the row's cells, not the table's end. None where the lines are
    not so (a bare number followed by text is the next row's 序号, not a figure)."""
    run = [ln.strip() for ln in lines[start:start + cells]]
    if cells < 2 or len(run) < cells or start + cells >= len(lines) or not lines[start + cells].strip():
        return None
    if "" not in run or not any(run) or not all(not text or _FIGURE_CELL.match(text) for text in run):
        return None
    ahead = [*run, lines[start + cells].strip()]
    if any(_NUMBER_CELL.match(text) and ahead[k + 1] and not _FIGURE_CELL.match(ahead[k + 1])
           for k, text in enumerate(run)):
        return None
    return run


_MAX_FIGURES = 8  # figure cells a total or a group row holds, at most (count, amounts by source)


def _figure_before_the_units(current: list[str], row_kinds: list[str | None], following: str) -> bool:
    """A bare number due in the column right before the row's units (a 目标值 of 12 where the next 序号 is 12), the
    line after it the units: a cell of the row, not the next row's number (which a task's text would follow)."""
    at = len(current)
    return (0 < at < len(row_kinds) - 1 and row_kinds[at] not in UNIT_COLUMN_KINDS + ("number", "task", "deadline")
            and row_kinds[at + 1] in UNIT_COLUMN_KINDS and "task" in row_kinds[:at] and _reads_as_units(following))


def _figure_in_its_column(current: list[str], row_kinds: list[str | None], row_names: list[str],
                          lines: list[str], i: int) -> bool:
    """A bare number (lines[i]) due in a figure column (分值 / 目标值 / 权重) of a row holding only the cells before it,
    the row's units coming after it before any other bare number: the row's figure, not the next row's 序号.

    A 考评 table flattened one cell a line (序号 / 考评内容 / 分值 / 评分标准 / 责任单位 / 1 / 专题研究… / 2 / 未研究的扣2分 /
    县委办 / 2 / …) gives row 1 a 分值 equal to the next 序号, with a text column, not the units, after it. Read as row 2's
    number, row 1 would close at its task, its figure, criterion and units all lost, and row 2 would hold no figure
    where its 分值 is due; a row's real 序号 is followed by its task and its own figure before its units.
    """
    at = len(current) + _lost_indicator_cells(current, row_names)
    if not (0 < at < len(row_kinds) - 1 and "task" in row_kinds[:at] and _figure_column(row_names[at])):
        return False
    ahead = len(row_kinds) - at + _MAX_RUNS_ON  # the row's cells left, some wrapped over lines
    for line in lines[i + 1:i + 1 + ahead]:
        text = line.strip()
        if _NUMBER_CELL.match(text) or _FIGURE_CELL.match(text):
            return False  # a figure before the units: the number starts the next row, that figure its own
        if text and _reads_as_units(text):
            return True
    return False


def _count_in_its_column(current: list[str], row_names: list[str], following: str) -> bool:
    """A bare number due in a count column (人数 / 天数 / 学时) of a row holding just the cells before it, followed by no
    title: the row's count, not the next row's 序号.

    A training plan flattened one cell a line ends its rows with small counts (… / 4月 / 天数 3) and the next row opens
    with its 序号 (3 / 乡村振兴专题培训班): a count equal to that 序号 would close the row early and open a row titled by
    the 序号 after it. A real 序号 is followed by its row's title; a count by the next column's date or figure, the next
    序号, a group row (（二）专业能力培训), a page's number or the table's end."""
    at = len(current)
    if not (1 < at < len(row_names) and _count_column(row_names[at])):
        return False
    return (not following or bool(_NUMBER_CELL.match(following) or _FIGURE_CELL.match(following)
                                  or _PAGE_MARK.match(following) or _BRACKET_GROUP_LABEL.match(following))
            or _cell_class(following) == "deadline")


# a quota's cell: a figure, a bound (≥95, ≤30), or / (the locality bears none)
_QUOTA_CELL = re.compile(r"^(?:[≥≤＞＜>]\s*)?\d+(?:\.\d+)?\s*%?$|^[-—–－/／]+$")


def _quota_in_its_column(current: list[str], row_names: list[str], following: str) -> bool:
    """A bare number due in a locality's quota column (城关镇 / 东坝镇 … after the role columns, `_locality_columns`)
    of a row holding just the cells before it, followed by another quota: the row's quota, not the next row's 序号.

    A 目标任务分解表 flattened one cell a line ends each row with its quotas (… / 综合股 / 9 / 5 / 5 / 2), the next row
    opening with its 序号 and its indicator (9 / 实际利用县外资金): a first quota equal to that 序号 closed the row before
    its quotas and opened a row titled by a figure. A real 序号 is followed by its row's indicator; a quota by the next
    quota (a figure, a bound, /), the next 序号 or the table's end."""
    at = len(current)
    if not (1 < at < len(row_names) and _locality_column(row_names[at])):
        return False
    return not following or bool(_QUOTA_CELL.match(following) or _NUMBER_CELL.match(following)
                                 or _PAGE_MARK.match(following))


def _count_column(name: str) -> bool:
    """Whether a column's header names a count per row (人数, 天数（天）, 学时)."""
    return re.sub(r"[（(][^（）()]*[）)]$", "", name.strip()).endswith(lx.TABLE_COUNT_HEADS)


def _figure_column(name: str) -> bool:
    """Whether a column's header names a bare figure per row (分值, 权重, 目标值; 分值（分）)."""
    return re.sub(r"[（(][^（）()]*[）)]$", "", name.strip()).endswith(lx.TABLE_FIGURE_HEADS)


_RUNS_ON = re.compile(r"[，,、；;：:（(“]$")


_MAX_RUNS_ON = 8  # lines a row's cells run on over, at most: a bound that keeps the scan linear


_UNIT_LINES_AHEAD = 6  # lines of a unit cell a PDF's narrow column wrapped, before the row's date, at most


def _date_still_due(cells: list[str], text: str, ends_with_date: bool, ahead: list[str] = ()) -> bool:
    """Whether `text` still belongs to a row whose last column is its 完成时限 and which holds no date yet: the
    row's other cells took more lines than its columns (cells wrapped over lines), not the table ending
    before the date. `text` is that date, or the rest of a name the row's last line cut (市发展改革委、市 /
    工业和信息化局), or units with the date a few lines `ahead` (各县（市、区） / 人民政府 / 2025年11月: a unit
    cell wrapped by a narrow column, its row's task cell wrapped over more lines than the columns)."""
    if not ends_with_date or len(cells) > 3 * _MAX_RUNS_ON or any(_cell_class(c) == "deadline" for c in cells[1:]):
        return False  # a row runs on so far, at most: a bound that keeps the scan linear
    return (_cell_class(text) == "deadline" or _cut_at_the_edge(cells[-1], text)
            or (_cell_class(text) == "units" and any(_cell_class(ln.strip()) == "deadline" for ln in ahead))
            or _wrapped_names_before_the_date(text, ahead))


def _units_due_after_the_date(cells: list[str], text: str, row_kinds: list[str | None]) -> bool:
    """Whether `text` is a unit cell of a row whose date column stands before its unit columns (时间 | 主办单位 | 承办单位
    | 协办单位) and whose date has been read with fewer cells after it than unit columns follow it, `text` among them
    (a name a narrow column cut over lines, 溪州职业技术 / 学院, is one cell). The row's text cells wrapped over more lines than the columns (首席质量官培训 / 班 and
    its content over three lines): counted by lines the row looks full at its date, yet its units are still due."""
    if "deadline" not in row_kinds or len(cells) > 3 * _MAX_RUNS_ON:
        return False  # a row runs on so far, at most: a bound that keeps the scan linear
    column = row_kinds.index("deadline")
    owed = [k for k in row_kinds[column + 1:] if k in UNIT_COLUMN_KINDS]
    if not owed or len(owed) != len(row_kinds) - column - 1 or "task" not in row_kinds[:column]:
        return False  # only unit columns after the date
    dated = [j for j in range(2, len(cells)) if _cell_class(cells[j]) == "deadline"]
    if not dated or _cell_class(text) == "deadline" or _ANY_LABEL.match(text) or _SENTENCE_MARK.search(text):
        return False  # a section's heading (二、…) or a sentence after the table is no unit cell
    # the lines after the date and this one, the names a narrow column cut joined back, fill no more than the columns;
    # or this line goes on with a name the last one cut (市质量强市工 / 作领导小组各 / 成员单位)
    after = cells[dated[-1] + 1:]
    return (len(_join_wrapped_names(["", *after, text], 0)) - 1 <= len(owed)
            or (bool(after) and _cut_at_the_edge(after[-1], text)))


def _wrapped_names_before_the_date(text: str, ahead: list[str]) -> bool:
    """Whether `text` opens a unit cell a narrow column wrapped over lines, each cut mid-name, the row's date after
    them (中国电信某分 / 公司、中国移动 / 某分公司 / 2025年12月, 市工业和信息化 / 局、市科技局 / 持续推进): the lines
    up to the date, joined with nothing between, read as names throughout, though the first alone is no name."""
    run = [text.strip()]
    for line in ahead:
        if _cell_class(line.strip()) == "deadline":
            return _names_throughout("".join(run))
        run.append(line.strip())
    return False


def _date_cut(cell: str, text: str) -> bool:
    """Whether `text` is the end of the date in `cell`, cut where a PDF's narrow 完成时限 column wrapped it
    (2025年12月 / 底前, 2025年汛期 / 前), also where the date ran on from the units cell before it
    (市水务局2025年12月 / 底前, `fitting._part_units_from_date`)."""
    return text in lx.DATE_TAILS and (_cell_class(cell) == "deadline" or _cell_class(_glued_date(cell)) == "deadline")


def _printed_lines(cells: list[str], lines: list[str]) -> list[list[str]] | None:
    """The lines each of a row's fitted `cells` was printed over, from the row's `lines` in order; None where the cells
    are no run of whole lines (a line parted between two cells)."""
    out, at = [], 0
    for cell in cells:
        want, got, own = re.sub(r"\s", "", cell), "", []
        while len(got) < len(want) and at < len(lines):
            own.append(lines[at])
            got += re.sub(r"\s", "", lines[at])
            at += 1
        if got != want:
            return None
        out.append(own)
    return out if at == len(lines) else None


def _cells_over_a_page_break(before: list[str], after: list[str], kinds: list[str | None],
                             printed: list[list[str]] | None = None) -> list[str] | None:
    """A row a page break split, one line a cell before the break (`before`, as many lines as columns): a PDF prints
    the first line of each cell on one page and the rest of each cell that has more after the page's foot and the
    header printed again, in the columns' order. Each line after the break goes on with the first cell before it that
    was left open (…堵塞、, 县消防救援大队、县, 县安委会消防安全专: `_left_open`), a unit cell taking more lines while its
    last name is cut (商务局、县文化和旅 / 游局、县教育局) and lines are left over for the open cells after it; a closed
    date cell (立行立改) takes only its date's cut end (2025年6月底 / 前). None where the lines do not go out so (too few
    or too many, a unit cell that reads as no units): the row is fitted as any row is."""
    # a text cell takes one line first; where lines are then left over, its text wrapped over more than one line after
    # the break (…发放明白 / 纸，张贴宣传海报，入户开展风 / 险提示。): it takes lines up to its sentence's end
    printed = printed or [[cell] for cell in before]
    return (_cells_shared_over_a_page_break(before, after, kinds, printed, False)
            or _cells_shared_over_a_page_break(before, after, kinds, printed, True))


def _cells_shared_over_a_page_break(before: list[str], after: list[str], kinds: list[str | None],
                                    printed: list[list[str]], text_runs_on: bool) -> list[str] | None:
    """`_cells_over_a_page_break` with a text cell taking one line after the break, or (`text_runs_on`) lines up to its
    sentence's end while lines are left for the open cells after it. A text cell wrapped before the break is left open
    only where its last line there fills the column as its widest does (宣传作品征集展 / 播 ended on 播), and a line after
    the break is its rest only where no wider than its column (a narrow 活动项目 column takes no line of the wide 活动内容
    column's: `_column_takes`)."""
    open_cells = [j for j in range(1, len(before)) if _left_open(before[j], kinds[j])
                  and (kinds[j] in UNIT_COLUMN_KINDS or _wrapped_to_its_edge(printed[j]))]
    cells, at = list(before), 0
    for j in range(1, len(before)):
        if at < len(after) and j not in open_cells and _date_cut(cells[j], after[at]):
            cells[j] += after[at]
            at += 1
        if at < len(after) and j not in open_cells and _place_list_wrapped(cells[j], kinds[j], after[at]):
            cells[j] += after[at]
            at += 1
        if j not in open_cells or at >= len(after) or not _column_takes(printed[j], kinds[j], after[at]):
            continue
        cells[j] += after[at]
        at += 1
        still_open = sum(1 for k in open_cells if k > j)
        while (kinds[j] in UNIT_COLUMN_KINDS and len(after) - at > still_open
               and not _names_throughout(cells[j])):
            cells[j] += after[at]
            at += 1
        while (text_runs_on and kinds[j] not in UNIT_COLUMN_KINDS and len(after) - at > still_open
               and _left_open(cells[j], kinds[j]) and _column_takes(printed[j], kinds[j], after[at])):
            cells[j] += after[at]
            at += 1
    if at != len(after) or any(k in UNIT_COLUMN_KINDS and not _reads_as_units(c) for c, k in zip(cells[1:], kinds[1:])):
        return None
    return cells


_WRAP_SLACK = 2  # print width a wrapped line may fall short of or run past its column's widest (a mark kept on the line)


def _wrapped_to_its_edge(lines: list[str]) -> bool:
    """Whether a text cell's last line before a page break fills its column as its widest line does: a cell of one line
    may go on; a cell whose last line stops short (宣传作品征集展 / 播) ended there."""
    widths = [_print_width(ln) for ln in lines if ln.strip()]
    return len(widths) < 2 or widths[-1] >= max(widths) - _WRAP_SLACK


def _column_takes(lines: list[str], kind: str | None, line: str) -> bool:
    """Whether a line after a page break fits the column of a text cell printed over `lines` before it: no wider than
    the cell's widest line (a unit cell's rest is read by its names instead)."""
    return kind in UNIT_COLUMN_KINDS or _print_width(line) <= max(_print_width(ln) for ln in lines) + _WRAP_SLACK


def _place_list_wrapped(cell: str, kind: str | None, line: str) -> bool:
    """Whether `line` is the place list a unit cell's last name lists after it, wrapped onto a line of its own (各乡镇 /
    （街道）, 各县 / （市、区）): a bracketed line after a name of places that a closed unit cell ends in."""
    last = re.split(r"[、，,；;\s]", cell.strip())[-1]
    return kind in UNIT_COLUMN_KINDS and bool(_CELL_NOTE.match(line)) and last.startswith(lx.EACH) and last.endswith(
        lx.LOCALITY_KINDS)


def _left_open(cell: str, kind: str | None) -> bool:
    """Whether a cell's line before a page break leaves the cell open, its rest after the break: a text cell not closed
    by a sentence's end (…堵塞、, …检查，), a unit cell whose last name is cut or followed by its separator (县消防救援大队、
    县, 县安委会消防安全专); a date cell stands whole on the line (its cut end is taken apart: `_date_cut`)."""
    text = cell.strip()
    if not text or kind == "deadline" or kind == "number":
        return False
    if kind in UNIT_COLUMN_KINDS:
        return not _names_throughout(text) or text[-1] in "、，,"
    return text[-1] not in "。；;！!？?"


def _filled(cells: list[str]) -> int:
    """How many cells a numbered row holds: a line that stops mid-sentence (…，) runs on into the
    next line, the rest of the same cell (a long cell broken by the page or the paste)."""
    return len(cells) - sum(1 for c in cells[1:min(len(cells) - 1, _MAX_RUNS_ON + 1)] if _RUNS_ON.search(c))


def read_line_cells(lines: list[str], start: int) -> Found | None:
    """The layout reader (`pasted.build_layouts`): header cells one per line, then the rows' cells. When the
    table runs to the end of the text, its last row may have been cut off there."""
    table = _line_table(lines, start)
    return None if table is None else Found(table[1], table[0], cut=table[1] >= len(lines))
