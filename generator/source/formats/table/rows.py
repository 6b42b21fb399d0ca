"""A table's grid of cell texts as plan text: task rows as annotated numbered lines, section rows as 一、 heads.

Every layout ends here: the format readers (.docx, HTML) hand their grids to `rows_to_text`, and each
reader of pasted text (see `pasted`) hands over the rows it found."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ....numerals import chinese, parse_chinese
from ....words import lexicon as lx
from ....words.brackets import depth_zero_split
from ....words.columns import KIND_PATTERNS, column_name
from ....words.names import proper_place, unit_like
from .cells import (_INNER_LABEL, _NONE, _labelled_cell, _lone_character, _names_a_unit, _one_line, _reads_as_units,
                    _spans_columns, _verbs_cut, note_role_clause, task_cell_parts, unit_text)
from .header import (UNIT_COLUMN_KINDS, _CLAUSES, _Columns, header_at, header_kinds, header_notes, indicator_group_column,
                     marks_stated, report_column, basis_column)
from .marks import (_ANY_LABEL, _ARABIC_LABEL, _ARTICLE_CELL, _PLAN_ITEM_CELL, _BARE_CITATION, _CHAPTER_CELL, _BRACKET_GROUP_LABEL, _BRACKET_ITEM_LABEL, _CITATION, _DECIMAL_CELL,
                    _ENDS_SENTENCE, _FIGURE_CELL, _HEADING_TEXT, _LEVEL_CODE, _LEVEL_CODE_CELL, _NOTE_UNDER, _NUMBER_CELL, _RUNS_ON_MARKS, _SECTION_LABEL, _counted_group_title,
                    _total_row, _WEEK_RANGE_CELL, filing_number, matched_number)
from .group_bodies import group_row_body
from .ditto import is_bare_ditto, opens_with_ditto, resolve_ditto, writes_ditto
from .codes import cells_decoded
from .matrix import legend, unfold
from ....model import TABLE_ROW_UNNUMBERED, TABLE_WARNING_NOTE
from .notes import _note, _quote
from .role_grid import is_tick_cell, label_role, role_lines_line, tick_box_role
from .running import number_by_running_labels

# a figure in a short phrase (在9%以内, 80公里): a task's words, never a group's name
_A_FIGURE = re.compile(r"[0-9０-９%％]")


@dataclass
class _Task:
    label: str
    text: str
    annotations: list[str] = field(default_factory=list)
    counted: bool = False  # the label is the reader's count, the row printing no 序号 of its own
    reports: list[str] = field(default_factory=list)  # the row's report columns, "header:text" (written in `_task`)

    def line(self) -> str:
        return "\n".join([self._own_line(), *self.reports])

    def _own_line(self) -> str:
        notes = "".join(f"({a})" for a in self.annotations)
        text = self.text
        if self.label[-1:] == "." and text[:1].isdigit():
            # a cell opening with its own list (1.食品企业检查；2.…) or a figure (2025年底前…): 1.1. would read as a
            # decimal label; a space keeps the row's number apart from it
            text = " " + text
        # the seed writes 「…(责任单位:X)。」: the note belongs inside the sentence it qualifies
        if notes and text and text[-1] in "。;;":
            return f"{self.label}{text[:-1]}{notes}{text[-1]}"
        return f"{self.label}{text}{notes}"


# a header's trailing note (职责边界（各部门职责描述）): what the column holds is said before it
_HEADER_NOTE = re.compile(r"[（(][^（）()]*[）)]$")


def _header_ends(header: str, words: tuple[str, ...]) -> bool:
    """Whether a header ends in one of `words`, its trailing note set aside (职责边界（各部门职责描述）)."""
    return _HEADER_NOTE.sub("", header.strip()).strip().endswith(words)


def _states_duties(header: str) -> bool:
    """A column of the units' own duty clauses, by its header (lexicon.TABLE_DUTY_TEXT_HEADS), its note set aside."""
    return _header_ends(header, lx.TABLE_DUTY_TEXT_HEADS)


# A role column whose name ends in duties (lexicon.TABLE_ROLE_DUTY_ENDS): its cells are duty text. Its units are the body
# the header names before its role word (乡镇（街道）配合职责), else the bodies heading the cell's clauses (县X局：负责…).
_CLAUSE_HEAD = re.compile(r"(?:^|(?<=[。；;\n]))\s*([^。；;：:，,\n]{2,30})[：:]")


def _role_duty_column(header: str, kind: str | None) -> bool:
    # (属地管理责任 / 企业主体责任 name a column of bearers by their share, its cells names: `_bears_a_share`; where
    # they hold duty sentences the table makes them duty columns itself: `_share_columns_of_duties`)
    return (kind in UNIT_COLUMN_KINDS and _header_ends(header, lx.TABLE_ROLE_DUTY_ENDS)
            and not _bears_a_share(re.sub(r"\s+", "", header)))


def _role_word(header: str, kind: str) -> re.Match | None:
    """The first of the header words of `kind` in a header: a kind has several patterns (support: 督办单位 and 配合…),
    any may name the column."""
    found = [m for k, pattern in KIND_PATTERNS if k == kind for m in [pattern.search(header)] if m]
    return min(found, key=lambda m: m.start(), default=None)


def _body_in_header(header: str, kind: str) -> str | None:
    """The body a role duty column's header names before its role word (乡镇（街道） in 乡镇（街道）配合职责), if any."""
    text = re.sub(r"\s+", "", header)
    found = _role_word(text, kind)
    body = text[:found.start()] if found else ""
    return body if body and unit_like(body) else None


def _clause_heads(cell: str) -> str:
    """The bodies heading a duty cell's clauses (县X局：负责…。县Y局：负责…), as a unit list."""
    return "、".join(m.group(1).strip() for m in _CLAUSE_HEAD.finditer(cell) if unit_like(m.group(1).strip()))


def _duty_sentences(cell: str) -> str:
    """A duty cell's lines as sentences: each line of a cell is a paragraph of its own (牵头县领导：副县长 某某 over
    县X局负责…), so a line not closed by its punctuation is closed with 。 rather than run into the next line's body."""
    lines = [ln.strip() for ln in cell.split("\n") if ln.strip()]
    return "".join(ln if ln[-1] in _ENDS_SENTENCE or n == len(lines) - 1 else ln + "。" for n, ln in enumerate(lines))


def _labelled_parts(pairs: list[tuple[str, str]]) -> list[str]:
    """Other columns as "header:text"; a cell merged over several (a target over 2024年 | 2025年)
    is repeated in each slot of the grid and said once, under the first and last header."""
    parts: list[str] = []
    run: list[str] = []
    for n, (name, value) in enumerate(pairs):
        run.append(name)
        if n + 1 < len(pairs) and pairs[n + 1][1] == value:
            continue
        parts.append(f"{run[0] if len(run) == 1 else run[0] + '—' + run[-1]}:{value}")
        run = []
    return parts


class _Reader:
    """Walks the data rows of one table, carrying state from row to row."""

    def __init__(self, columns: _Columns, carry_down: bool, code_running_numbers: bool = True):
        self.columns = columns
        self.carry_down = carry_down
        # whether a task code's running number numbers its task (`_task_codes`); else the tasks are counted in order
        self.code_running_numbers = code_running_numbers
        self.lines: list[str | _Task] = []
        self.last_number = 0
        self.sections = 0
        self.previous: list[str] = [""] * columns.width
        self.last_task: _Task | None = None
        self.last_key: tuple[str, str] | None = None
        # per group column, left to right (`_levels_numbered_by_codes` makes two or more), the value of the last row
        self.groups = [""] * columns.kinds.count("group")
        self.subsections = 0  # the groups counted under the last top-level group (a second level without a label)
        self.top_arabic = False  # whether the last top-level group kept its own arabic label (1. 经济发展)
        self.numbered = False  # whether rows carry a 序号: then a row without one continues the task above
        self.notes: list[tuple[_Task, str]] = []  # what could not be placed, by the task that holds it
        self.beyond: list[str] = []  # the current row's cells beyond the header's columns
        self.decimal = False  # rows numbered 1.1, 1.2 under a row numbered 1 (set by rows_to_text)
        self.bracketed = False  # under a group head numbered 1. (a 项目 column's), the rows' numbers are written （1）
        self.counted = False  # whether the current row's label is the reader's count, no 序号 printed (`_counts`)
        self.duty_texts: list[str] = []  # the current row's cells under role duty columns (`_role_duties`)
        self.duty_columns = [j for j, (name, kind) in enumerate(zip(columns.names, columns.kinds))
                             if _role_duty_column(name, kind)]
        self.support_merged = False  # the document says the 配合单位 column's merged cells cover their rows
        self.filed = False  # the number column holds the rows' filing numbers (第3号), which number them (`_filing_number_column`)
        # the unit columns that write 同上 / 〃 for a repeat: their empty cells are blanks, no merged cells
        # (set by rows_to_text, `_columns_marking_repeats`)
        self.marks_repeats: set[int] = set()
        # the last task row's cells, as a ditto reads them: a section row between resets `previous` (no merged cell
        # runs across a section row) but not the row a 同上 under it repeats
        self.task_above: list[str] = [""] * columns.width
        # the body the group row above names, in a 清单 grouped by the body in charge (`_body_in_charge`)
        self.group_body = ""
        # the columns of bodies under a name the reader does not know (`_unread_body_columns`): per column, the first
        # task whose cell there reads as bodies' names and that cell, and how many of its filled cells do or do not
        self.unread_bodies = {j: _UnreadBodies() for j in _unknown_body_columns(columns)}

    def row(self, cells: list[str], cut: bool = False) -> None:
        """One data row; `cut` when the text ends inside it, so its missing cells are unknown, not merged."""
        width = self.columns.width
        # cells beyond the header's columns name no column: kept in the task's text, and said
        self.beyond = [c.strip() for c in cells[width:] if c.strip() and c.strip() not in cells[:width]]
        cells = [c.strip() for c in (cells + [""] * width)[:width]]
        cells = [self._same_as_above(i, c) for i, c in enumerate(cells)]
        # a unit cell split into roles, each label on a line of its own (牵头单位⏎X⏎配合单位⏎Y, a nested grid exported
        # one cell a line): labelled as an office types it, 牵头单位：X；配合单位：Y (role_grid)
        cells = [(role_lines_line(c.split("\n")) or c) if k in UNIT_COLUMN_KINDS and "\n" in c else c
                 for c, k in zip(cells, self.columns.kinds)]
        if {c for c in cells if c} <= self.columns.header_cells:
            return  # a blank row, or the header repeated at the top of the next page
        cells = self._role_labels_units(cells)
        if _total_row(cells):
            self._said_total(cells)
            return
        if cut and self._cut_short(cells):
            self._said_cut(cells)
            return
        groups = [j for j, k in enumerate(self.columns.kinds) if k == "group"]
        if groups:
            # a 类别 cell merged over its rows: a new value starts a section, the rows are its tasks; a column of
            # groups within groups (测评项目 | 测评内容) starts one under it, and a new group above starts its levels anew
            for level, j in enumerate(groups):
                value, cells[j] = _one_line(cells[j]), ""
                if value and value != self.groups[level]:
                    self._section(value, level)
                    self.groups[level:] = [value] + [""] * (len(groups) - level - 1)
            if not any(cells):
                return
        if self._citation(cells):
            return
        section = self._section_title(cells)
        if section is not None:
            self._section(section)
            return
        cells, self.duty_texts = self._role_duties(cells)
        written = list(cells)  # the row's own cells, before any is carried down from the row above
        left_empty = []
        if self.carry_down and not cut and self.last_task is not None:
            left_empty = self._carry_merged_cells_down(cells)
        self._task(cells, written)
        own_lead = any(c for c, k in zip(written, self.columns.kinds) if k == "lead")
        for i in left_empty:
            self._said_left_empty(i, own_lead)
        self.previous = cells
        self.task_above = cells

    def _role_labels_units(self, cells: list[str]) -> list[str]:
        """The row's role word (a role column, `_role_column_beside_units`) set before the units of the row's unit
        cell as their label (牵头 | 市X局 -> 牵头单位：市X局), as an office types it; the role cell itself emptied, a
        role and no task word. A row whose role cell is empty keeps its units as the column names them."""
        role_column = self.columns.first("role")
        if role_column is None or _spans_columns(cells):
            return cells  # (a group row spanning the columns is read as one, its title in the role slot too)
        cells = list(cells)
        role_cell, cells[role_column] = cells[role_column], ""
        unit = next(j for j, kind in enumerate(self.columns.kinds) if kind in UNIT_COLUMN_KINDS)
        if not cells[unit] or _NONE.match(cells[unit]):
            return cells
        if is_tick_cell(role_cell):
            cells[unit] = _units_by_ticked_roles(cells[unit], role_cell)
        elif role := label_role(role_cell):
            cells[unit] = f"{lx.ROLE_LABEL_WRITTEN[role]}：{cells[unit]}"
        return cells

    def _same_as_above(self, i: int, cell: str) -> str:
        """A ditto cell as the cell above it resolved (`ditto`): the bare mark in any column; in a unit column also the
        mark with a change (同上，增加X / 同上（X除外） / 同上（牵头）). A change not understood is kept as written, and said.
        The cell above is the last task row's: the first row under a section row spanning the table (（二）扩大产品供给)
        writes 同上 for the row above that section row, the section row holding no units."""
        if is_bare_ditto(cell):
            return self.task_above[i]
        kind = self.columns.kinds[i]
        if kind not in UNIT_COLUMN_KINDS or not opens_with_ditto(cell):
            return cell
        resolved = resolve_ditto(cell, self.task_above[i], kind)
        if resolved is None:
            _note(_one_line(cell), f"ditto cell {_quote(cell)} changes the cell above in a way not understood: "
                                   "its units are not carried down")
            return cell
        return resolved

    def _role_duties(self, cells: list[str]) -> tuple[list[str], list[str]]:
        """A row's cells with each role duty column's cell (`_role_duty_column`) as the units it names, and the
        duty texts those cells held, read as sentences of the task's text."""
        units, texts = list(cells), []
        for j in self.duty_columns:
            if not cells[j] or _NONE.match(cells[j].strip()):
                units[j] = ""  # / or 无: no duty at this level
                continue
            texts.append(_duty_sentences(cells[j]))
            units[j] = _body_in_header(self.columns.names[j], self.columns.kinds[j]) or _clause_heads(cells[j])
        return units, texts

    def _carry_merged_cells_down(self, cells: list[str]) -> list[int]:
        """Text pasted from merged cells keeps the value only in the top cell: an empty lead, responsible,
        implementing or deadline cell takes the one above. An empty support cell is most often a row with no
        supporting unit, so it is carried only where every unit cell of the row is empty: the row then shares the
        merged unit cells above (责任单位, 配合单位 and 完成时限 merged over two rows of a 清单), its support included.
        Where the document says the 配合单位 column's merged cells cover their rows, an empty support cell under a
        row's own lead is such a merged cell too (a 配合单位 merged over rows that each print their 牵头单位).
        A role duty column's cell is the row's own duties, its text never carried: an empty one (or / and 无, emptied by
        `_role_duties`) says that level has no duty in the row, so its units are not carried either.
        An empty responsible or implementing cell beside the row's own lead is no unit (a 重点项目 table leaves the
        属地责任单位 of a county-wide facility blank under its own 牵头单位): a merged cell covers rows that share their
        unit cells, and a row that writes its lead anew starts a block of its own. A 责任单位 merged over rows each led
        apart copies the same way, so the columns so left empty, though the cell above names units, are returned to be
        said (`_said_left_empty`); but a collective of places (各…) above is carried down: merged over a column of rows
        each led apart, it is every row's places.
        A unit column that writes 同上 / 〃 where a row repeats the cell above (`_columns_marking_repeats`) most likely
        marks its own repeats, its empty cells blanks (县（市、区）责任单位 left empty where the city's units do the work
        alone). But a sheet copied from Excel may mix merged cells (empty when copied) with a 同上 typed in another row,
        so only an empty cell that cannot be a merged cell's copy is read as a blank: one in a row writing its own
        units in another unit column (a merged cell covers rows sharing their unit cells), and never a lead's (a task
        row has a lead: an empty 牵头单位 is a merged cell). Where the column's plain reading would carry the cell above
        down or doubt it, the blank is said (`_said_left_empty`); a row writing no unit of its own shares the merged
        cells above, as in any table."""
        kinds = self.columns.kinds
        # (a column no header word knows but named as a role label, 负责科室 / 责任学校, writes the row's own units too:
        # its cell goes into the task's text under its name, which the annotation reader reads as their label)
        shares_all_units = not any(c for c, k, name in zip(cells, kinds, self.columns.names)
                                   if k in UNIT_COLUMN_KINDS or (k is None and _labels_units(name)))
        carries_support = shares_all_units or self.support_merged
        own_lead = any(c for c, k in zip(cells, kinds) if k == "lead")
        carried = ("lead", "deadline") + (() if own_lead else ("responsible", "implement"))
        carried += ("support",) if carries_support else ()
        left_empty = []
        for i, kind in enumerate(kinds):
            if cells[i] or i in self.duty_columns:
                continue
            # (a collective, 各县（市、区）人民政府 / 沿线各乡镇, merged down a column beside leads of their own is
            # the common shape of a province's 分解表: every row's places, whoever leads it)
            carry = kind in carried or (kind in ("responsible", "implement") and _collectives_only(self.previous[i]))
            blank_by_ditto = i in self.marks_repeats and kind != "lead" and not shares_all_units
            if carry and not blank_by_ditto:
                cells[i] = self.previous[i]
            elif self.previous[i] and (carry or (kind in ("responsible", "implement") and own_lead)):
                left_empty.append(i)  # read as a blank, though a merged cell copies the same way: said
        return left_empty

    def _said_left_empty(self, i: int, own_lead: bool) -> None:
        """Say that an empty unit cell under a filled one was read as no unit (see `_carry_merged_cells_down`)."""
        name, above = self.columns.names[i], _one_line(self.previous[i])
        beside = "the row's own lead" if own_lead else "the row's own units"
        self.notes.append((self.last_task, f"empty {name} cell beside {beside}: read as no unit, not as "
                                           f"the cell above ({_quote(above)}) merged down"))

    def _cut_short(self, cells: list[str]) -> bool:
        """Whether a row the end of the text cut off (a page opening ending inside the table) shows nothing of a
        task of its own: no 序号 running on from the row above (none, or a running label read from a measure's
        own 1.) and no unit or date, where the table has such columns. Its cells (| 4.隐患排查 | （5）开展汛前…,
        a measure's 1.… alone, or 2.工作机制 | （5）… | 1.制定… that lost its leading cells) cannot be placed:
        numbered from that 1. it would be an invented task 1, joined to the task above it would give that task
        text not its own."""
        kinds = self.columns.kinds
        number = self.columns.first("number")
        numbered = _NUMBER_CELL.match(cells[number]) if number is not None else None
        if numbered and (self.last_task is None or matched_number(numbered) == self.last_number + 1):
            return False  # its own 序号, running on from the row above: a task whose units the cut took
        data = [c for c, k in zip(cells, kinds) if k in (*UNIT_COLUMN_KINDS, "deadline")]
        return len(data) < len(kinds) and not any(data) and any(cells)

    def _said_cut(self, cells: list[str]) -> None:
        """Say, not guess, what a cut row held (see `_cut_short`)."""
        shown = _quote(" | ".join(_one_line(c) for c in cells if c))
        message = f"the text ends inside a table row ({shown}): not read as a task"
        if self.last_task is not None:
            self.notes.append((self.last_task, message))
        else:
            _note(_one_line(next(c for c in cells if c)), message)

    def _said_total(self, cells: list[str]) -> None:
        """A total row (合计 | 30个 | 4708 under the header, 小计 closing a group, 总计 at the foot) sums the rows: it is
        no task and opens no section (its word stands where a 序号 or a 类别 does). Said in the reading report."""
        shown = _quote(" | ".join(dict.fromkeys(_one_line(c) for c in cells if c)))
        message = f"row {shown} is a total of the rows: not read as a task"
        if self.last_task is not None:
            self.notes.append((self.last_task, message))
        else:
            _note(_one_line(next(c for c in cells if c)), message)

    def _citation(self, cells: list[str]) -> bool:
        """A row one citation spans (任务来源：《…》, （来源：…）) under a task's row: where the task comes from, kept in
        its text; a row spanning the table is otherwise a section."""
        distinct = list(dict.fromkeys(c for c in cells if c))
        if len(distinct) != 1 or self.last_task is None:
            return False
        text = _one_line(distinct[0])
        if not (_CITATION.match(text) or _BARE_CITATION.match(text)):
            return False
        self.last_task.text = "。".join(filter(None, [self.last_task.text.rstrip("。"), text]))
        return True

    def _section_title(self, cells: list[str]) -> str | None:
        kinds = self.columns.kinds
        distinct = list(dict.fromkeys(c for c in cells if c))
        # a spanning title is repeated into the unit columns; other text there means a task row
        task_texts = {c for c, k in zip(cells, kinds) if k == "task"} | {cells[0]}
        names_units = any(c and c not in task_texts for c, k in zip(cells, kinds) if k in UNIT_COLUMN_KINDS)
        number_col = self.columns.first("number")
        first = cells[number_col if number_col is not None else 0].rstrip("、.．")
        if self.decimal and _NUMBER_CELL.match(first) and not names_units and not self._carries_data(cells):
            # 1 | 提升景区品质 over 1.1, 1.2: the whole number heads a group, its decimals are the tasks
            title = next((c for c, k in zip(cells, kinds) if k == "task" and c), "")
            return f"{chinese(matched_number(_NUMBER_CELL.match(first)))}、{_one_line(title)}"
        if parse_chinese(first) is not None and not names_units:
            # 一 | 强化安全生产责任: the title may be repeated across the cells it spans
            rest = [c for c in distinct if c.rstrip("、.．") != first]
            return f"{first}、{_one_line(rest[0])}" if rest else f"{first}、"
        if (_SECTION_LABEL.match(distinct[0]) and not names_units
                and all(_FIGURE_CELL.match(_one_line(c)) for c in distinct[1:])):
            return _one_line(distinct[0])  # 一、产业发展类项目 | | 2712: a group row and its sums
        counted = _counted_group_title(cells, number_col) if number_col is not None else None
        if counted is not None:
            return counted  # 产业类 | 12个 | | 182900: a spreadsheet's group row, never a task (see marks)
        if len(distinct) == 1:
            text = _one_line(distinct[0])
            filled = [i for i, c in enumerate(cells) if c]
            if (number_col is not None and not cells[number_col] and all(kinds[i] == "task" for i in filled)
                    and (self.numbered or self.last_task is None) and _HEADING_TEXT.match(text)
                    and not (self.last_task is not None and _A_FIGURE.search(text))):
                # a short phrase without a 序号 among numbered rows: a group heading row; but one holding a figure
                # (在9%以内) is the task cell above wrapped onto a row of its own, as a group's name holds none
                return text
            spans = len(filled) == len(cells) > 1
            if spans or _SECTION_LABEL.match(text):
                return text
            if filled == [0] and kinds[0] != "task" and not _NUMBER_CELL.match(text):
                return text  # pasted without separators, the spanning text lands in the first cell
        return None

    def _section(self, title: str, level: int = 0) -> None:
        """A group's head line; `level` is its group column's place among the table's group columns (0: the top)."""
        self.group_body = self._body_in_charge(title)
        # a dotted code (1.1 理论武装) stands as the level's own number, its rows written （1）（2） under it, only where
        # the rows are numbered: by the codes of a table whose levels they number (`_levels_numbered_by_codes`) or by
        # a 序号 column. Over rows with no 序号 a 类别 titled 2.1 危化品 is an ordinary group, numbered 一、 as any
        # other: its rows are counted 1. 2., which a bare 2.1 line above them would read as the level below them.
        # 3.5万亩高标准农田建设 opens with a figure, no code (_LEVEL_CODE)
        coded = bool(_LEVEL_CODE.match(title) and _LEVEL_CODE.match(title).group(1))
        dotted = coded and (self.columns.coded_levels or self.columns.first("number") is not None)
        if level:
            # under a top group that keeps its own arabic label (1. 经济发展), a dotted code (1.1 工业) is the level
            # below it in any table, as 1.1 is under 1. in an outline
            dotted = dotted or (coded and self.top_arabic)
            # a group within a group (测评内容 under 测评项目): keeps its code (1.1 理论武装) or label, else is numbered
            # （一）（二） under the group above, the level under 一、
            self.subsections += 1
            if not (dotted or _ANY_LABEL.match(title) or _BRACKET_GROUP_LABEL.match(title)):
                title = f"（{chinese(self.subsections)}）{title}"
        else:
            self.sections += 1
            self.subsections = 0
            self.top_arabic = bool(_ARABIC_LABEL.match(title))
            if not (_ANY_LABEL.match(title) or _BRACKET_GROUP_LABEL.match(title) or dotted):
                title = f"{chinese(self.sections)}、{title}"  # （一）老旧小区改造 keeps its label
            elif _SECTION_LABEL.match(title):
                self.sections = parse_chinese(re.split(r"[、.．]", title, maxsplit=1)[0]) or self.sections
        self.lines.append(title)
        # 1.养老服务提升 over its items: they are written （1）（2）, the level under 1., as the table numbers them; so
        # are the items under a dotted code (1.1 理论武装), whose own 1. would read as the level above
        self.bracketed = bool(_ARABIC_LABEL.match(title)) or dotted
        self.previous = [""] * self.columns.width
        self.last_task = None
        self.last_key = None

    def _body_in_charge(self, title: str) -> str:
        """The body a group row names (一、市公安局（2项）, its count dropped) where the table has no unit column: a 清单
        grouped by the body in charge prints it once over its rows, which name none; each row takes it, responsible
        (group_bodies). A group row naming a field or a kind of body, or one over rows naming their own units in a
        column (责任单位), gives nothing."""
        if any(k in UNIT_COLUMN_KINDS for k in self.columns.kinds):
            return ""
        return group_row_body(title) or ""

    def _task(self, cells: list[str], written: list[str]) -> None:
        kinds, names = self.columns.kinds, self.columns.names
        # 重点任务 | 具体措施: two task columns read as consecutive sentences; other columns
        # (备注, 责任领导) are kept in the text under their header rather than lost
        # (a cell's heading line ended by hand, its target below it, is a sentence of its own: cells.task_cell_parts)
        parts = [part for c, k in zip(cells, kinds) if k == "task" and c for part in task_cell_parts(c)]
        # (a fortnight's 周次 cell, 第3—4周, numbers the row by its first week: the weeks it spans stay in the text)
        others = [(name, _one_line(c)) for c, k, name in zip(cells, kinds, names)
                  if (k in ("extra", "period", None) or (k == "number" and _WEEK_RANGE_CELL.match(c))
                      or (k == "number" and _task_code(c))) and c and name]
        # a column of the units' duties (职责边界: 市X局负责…；市Y局负责…) reads as sentences of the task's text: a label
        # before it would open its first clause and hide the unit the cell names first
        parts += [value for name, value in others if _states_duties(name)]
        parts += self.duty_texts
        # a ledger's report columns (进展情况, 存在问题, 下步打算: header.report_column) as lines of their own under the
        # row, "header:text": the report names the bodies the row's units worked or will work with (消费券由X负责核销,
        # 将联合X开展…，Y配合), no unit of the row, and a line opening with a report label is what the annotation reader
        # skips in a ledger written as prose (parse.annotations._REPORT_FIELD). Written in the row's line, after its
        # other columns, the report's role verbs were read as the row's assignments.
        # (a column quoting the upper level's item, 省方案任务: a line of its own too, which the annotation reader does
        # not read, parse.annotations._QUOTED_UPPER_LEVEL_FIELD: the quote's own annotation names the upper level's units)
        # (a column giving the row's legal basis, 职责依据 / 政策依据: a line of its own too, parse.annotations._BASIS_FIELD:
        # an article it quotes names the bodies of a law, 公安机关负责… / 有关部门依照职责分工…, none of the row's units)
        quoting = self.columns.quoting
        reports = _labelled_parts([(name, value) for name, value in others
                                   if name in quoting or report_column(name) or basis_column(name)])
        parts += _labelled_parts([(name, value) for name, value in others
                                  if not _states_duties(name) and not report_column(name) and name not in quoting
                                  and not basis_column(name)])
        parts += [_one_line(c) for c in self.beyond]
        text = ""
        for part in dict.fromkeys(parts):
            text += ("" if not text or text[-1] in _ENDS_SENTENCE else "。") + part
        annotation = self._annotation(cells)
        number_col = self.columns.first("number")
        number_cell = cells[number_col] if number_col is not None else ""
        key = (number_cell, text)
        same_number = bool(number_cell) and self.last_key is not None and number_cell == self.last_key[0]
        lost_number = not number_cell and self.numbered and not _ARABIC_LABEL.match(text)
        if self.last_task is not None and (not text or key == self.last_key or same_number or lost_number
                                           or self._repeats_numbered_head(cells, number_cell)):
            # a task whose 序号 (and 重点任务) cell is merged over several rows, each with its own
            # measure and units: one task; the measures join its text, each row's units one more note
            wraps = self._wraps_the_cell_above(written)
            if wraps:  # the cell's rest goes right after it, before the other columns' parts the row above wrote
                above = _one_line(self.previous[wraps - 1])
                at = self.last_task.text.rindex(above) + len(above)
                self.last_task.text = self.last_task.text[:at] + parts[0] + self.last_task.text[at:]
                parts = []
            for part in dict.fromkeys(parts):
                if part not in self.last_task.text:
                    end = self.last_task.text[-1:]
                    # the rest of a sentence the row broke (…，) runs on; a new one follows a 。
                    runs_on = not end or end in _ENDS_SENTENCE + _RUNS_ON_MARKS
                    self.last_task.text += ("" if runs_on else "。") + part
            own = self._leaves_merged_cells_empty(cells, number_cell)
            annotation = self._annotation([c if k not in (*UNIT_COLUMN_KINDS, "deadline") or c != p or (own and w)
                                           else "" for c, k, p, w in zip(cells, kinds, self.previous, written)])
            if annotation and annotation not in self.last_task.annotations:
                self.last_task.annotations.append(annotation)
            self.last_task.reports += [r for r in reports if r not in self.last_task.reports]
            if not text and number_cell and not same_number:
                self.notes.append((self.last_task, f"row {number_cell} has no text under the task column: "
                                                   f"read as more of task {self.last_task.label}"))
            self._check(self.last_task, cells)
            return
        self.numbered = self.numbered or bool(_NUMBER_CELL.match(number_cell) or _DECIMAL_CELL.match(number_cell)
                                              or self._level_code_number(number_cell)
                                              or self._filing_number(number_cell) is not None)
        label = self._label(number_cell, text)
        self.counted = label is not None and self._counts(number_cell)
        if label is None:
            match = _ARABIC_LABEL.match(text)
            self.last_number = int(match.group(1))
            label, text = f"{self.last_number}.", text[match.end():]
        if self.group_body and not _names_units(annotation):
            annotation = ";".join(filter(None, [f"{dict(_CLAUSES)['responsible']}:{self.group_body}", annotation]))
        task = _Task(label, text, [annotation] if annotation else [], counted=self.counted, reports=reports)
        self.lines.append(task)
        self.last_task, self.last_key = task, key
        if not any(c for c, k in zip(cells, kinds) if k == "task"):
            self.notes.append((task, f"row {label} has no text under the task column "
                                     f"({self.columns.names[kinds.index('task')]})"))
        self._check(task, cells)

    def _wraps_the_cell_above(self, written: list[str]) -> int:
        """1 + the column of a row holding one task cell and nothing else that is the rest of the task cell above,
        wrapped onto a row of its own: that cell, in the task's text, ends in no mark (…管网漏损率控制 / 在9%以内);
        0 for any other row."""
        filled = [i for i, c in enumerate(written) if c]
        if len(filled) != 1 or self.columns.kinds[filled[0]] != "task" or self.last_task is None:
            return 0
        above = _one_line(self.previous[filled[0]])
        wraps = (bool(above) and above in self.last_task.text and not _ANY_LABEL.match(written[filled[0]])
                 and not unicodedata.category(above[-1]).startswith("P"))
        return filled[0] + 1 if wraps else 0

    def _leaves_merged_cells_empty(self, cells: list[str], number_cell: str) -> bool:
        """Whether a row going on with the task above shows that its table leaves merged cells empty below their top
        row: its 序号 cell is empty and no task cell (事项, 重点任务) repeats the one above. A unit or deadline cell equal
        to the row above is then written again for this sub-row (two 具体情形 with the same 协办单位), not a merged cell
        copied into each slot: it stays this sub-row's. Where the table repeats its merged cells (the 序号 or 事项
        written again on each sub-row), an equal unit cell cannot be told from such a copy and is left out."""
        if self.columns.first("number") is None or number_cell:
            return False
        return not any(c and c == p for c, k, p in zip(cells, self.columns.kinds, self.previous) if k == "task")

    def _repeats_numbered_head(self, cells: list[str], number_cell: str) -> bool:
        """A sheet saved with its merged cells filled down writes the project cell that numbers a task (1.养老服务提升)
        again on each of its sub-rows, the next task column holding each sub-row's own words: the row goes on with the
        task above, as a 序号 cell merged over the rows does, rather than starting a task 1 again. A sheet with no 序号
        column at all, so filled, repeats its task cell (谋划储备项目) with no number: see `_repeats_filled_task`."""
        tasks = [i for i, k in enumerate(self.columns.kinds) if k == "task"]
        if number_cell or len(tasks) < 2:
            return False
        head = cells[tasks[0]]
        if not head or head != self.previous[tasks[0]]:
            return False
        return bool(_ARABIC_LABEL.match(head)) or self._repeats_filled_task(cells)

    def _repeats_filled_task(self, cells: list[str]) -> bool:
        """任务类别 | 重点任务 | 具体措施 | 牵头单位 with no 序号 column, saved after 取消合并并填充 (unmerge and fill): each
        merged cell is written again on every row it spanned, so a task's sub-measure rows repeat its 重点任务 cell and
        its 牵头单位 cell, each row with a measure of its own. Nothing else tells the rows of one task apart from the
        tasks: the repeated task cell (checked by the caller) under the same lead cells, in a table with no 序号 column
        (where one stands, its number says which rows are one task) is the task above going on. Its measure joins the
        task's text, a unit cell differing from the row above its annotation; one equal to it is the filled copy.
        Rows repeating the task cell under other leads stay tasks of their own (a heading over rows each led apart)."""
        if self.columns.first("number") is not None:
            return False
        leads = [i for i, k in enumerate(self.columns.kinds) if k in ("lead", "responsible")]
        return all(cells[i] == self.previous[i] for i in leads)

    def _check(self, task: _Task, cells: list[str]) -> None:
        """Note the row's cells that were not placed: beyond the columns, or under a unit column naming no unit; and a
        cell merged across role columns with no verb of its own, whose units were read as sharing the task."""
        for columns, text in self._spanning_unit_cells(cells):
            if _verbs_cut(text) == text and not _INNER_LABEL.search(text):
                names = "、".join(dict.fromkeys(self.columns.names[j] for j in columns))
                self.notes.append((task, f"cell {_quote(text)} spans the {names} columns and says no role: its "
                                         "units read as sharing the task (责任单位)"))
        for cell in self.beyond:
            self.notes.append((task, f"cell {_quote(cell)} stands beyond the header's {self.columns.width} "
                                     "columns: kept in the task's text"))
        for j, unread in self.unread_bodies.items():
            unread.add(task, cells[j])
        for cell, kind, name in zip(cells, self.columns.kinds, self.columns.names):
            lone = [p.strip() for p in re.split(r"[、，,；;\s]+", cell) if _lone_character(p.strip())]
            if kind in UNIT_COLUMN_KINDS and lone:
                self.notes.append((task, f"cell {_quote(cell)} under {name}: {'、'.join(lone)} alone names no unit "
                                         "(a piece of a name cut off): left out"))
            if (kind in UNIT_COLUMN_KINDS and cell and unit_text(cell) and not _INNER_LABEL.search(cell)
                    and not _reads_as_units(cell) and not _names_a_unit(unit_text(cell))
                    and not set(unit_text(cell).split("、")) <= self.columns.short_units):
                self.notes.append((task, f"cell {_quote(cell)} under {name} does not read as a unit name"))

    def _carries_data(self, cells: list[str]) -> bool:
        """Whether a row fills a column other than its number and task (a deadline, a note): a task's row."""
        return any(c for c, k in zip(cells, self.columns.kinds) if k not in ("number", "task", "group"))

    def _counts(self, number_cell: str) -> bool:
        """Whether the label `_label` gave is its own count (the next number after the row above), the row printing no
        序号: no number cell, or one holding no number. The count starts at 1 whatever tasks stand before the table, so
        the task is marked (`_Task.counted`) and the outline numbers it by its place among the plan's tasks, as it does
        any task printed without a number (docs-dev/reading.md, "Tasks printed without a number")."""
        return not (_DECIMAL_CELL.match(number_cell) or _NUMBER_CELL.match(number_cell)
                    or self._level_code_number(number_cell)
                    or _task_code(number_cell) or self._filing_number(number_cell) is not None
                    or (number_cell and _ANY_LABEL.match(number_cell)))

    def _level_code_number(self, number_cell: str) -> bool:
        """Whether the row's 序号 is a level code (1.1.1) the table's coded levels made (`_levels_numbered_by_codes`):
        a 序号 column of its own printing 1.1.1 / 1.1.2 / 1.2.1 numbers its tasks 1, 2, 3 in their order, as before."""
        return self.columns.coded_levels and bool(_LEVEL_CODE_CELL.fullmatch(number_cell))

    def _filing_number(self, number_cell: str) -> int | None:
        """The row's filing number where the number column is one of filing numbers (`_filing_number_column`): a
        第3号 cell under a 编号 column that passed no such test (a 第5号令 or A-05 in another row) numbers nothing."""
        return filing_number(number_cell) if self.filed else None

    def _label(self, number_cell: str, text: str) -> str | None:
        code = _task_code(number_cell)
        if code and not self.code_running_numbers:
            # 2025-01-002 then 2025-02-001, or 01-02 then 02-01: the code's running number restarts under each
            # category, so it numbers no task; the tasks are counted in their order (`_task_codes`)
            self.last_number += 1
            return f"{self.last_number}."
        if self._level_code_number(number_cell):
            # 1.1.1: the row numbered by its level code (`_levels_numbered_by_codes`), written whole as the table
            # prints it, the outline reading its last part as the task's number under 1.1
            self.last_number = int(re.split(r"[.．]", number_cell)[-1])
            return f"{number_cell} "
        decimal = _DECIMAL_CELL.match(number_cell)
        if decimal:
            self.last_number = int(decimal.group(2) or decimal.group(3))
            return f"{self.last_number}."  # 1.2 / 1-2: the second task of group 一, numbered as the group restarts
        match = _NUMBER_CELL.match(number_cell)
        if match:
            self.last_number = matched_number(match)
            return f"（{self.last_number}）" if self.bracketed else f"{self.last_number}."
        if code:  # 2025-03-011: the task numbered by the code's running number, as a record's code field is
            self.last_number = _running_number(code)
            return f"{self.last_number}."
        filed = self._filing_number(number_cell)
        if filed is not None:
            # 第17号 / 第48、52号（并案）: the row labelled by its filing number as written, as a 提案 list in running
            # text labels its entries (words.labels.FILING_NUMBER: the outline reads it as such, its numbers jumping);
            # a wide gap after it, as such a list sets its titles apart (one space after 第48、52号 is a wrapped
            # sentence's citation to the outline)
            self.last_number = filed
            return f"{_one_line(number_cell)}　　"
        if number_cell and _ANY_LABEL.match(number_cell):
            return number_cell  # (一) and the like: a group label, kept as written
        if not number_cell and _ARABIC_LABEL.match(text) and not _opens_its_points(text):
            return None  # the task cell carries its own number
        self.last_number += 1
        return f"{self.last_number}."

    def _annotation(self, cells: list[str]) -> str:
        clauses = []
        noted = self._note_role_clauses(cells)
        spanning = self._spanning_unit_cells(cells)
        cells = _without_spanning_copies(cells, spanning)
        for kind, label in _CLAUSES:
            values = [c for c, k in zip(cells, self.columns.kinds) if k == kind and c]
            if kind == "responsible":  # a cell across the role columns: its units share the task
                clauses += [f"{label}:{unit_text(text)}" for columns, text in spanning
                            if not _INNER_LABEL.search(text)]
            if kind in UNIT_COLUMN_KINDS:
                # 牵头：A；配合：B in one 责任单位 cell: the cell's own labels say the roles
                clauses += [_labelled_cell(v, label) for v in values if _INNER_LABEL.search(v)]
                clauses += self._unit_clauses(cells, kind, label)
                if kind in noted:  # a notes cell naming bodies in a role: a clause after the role column's own
                    clauses.append(f"{label}:{'、'.join(noted[kind])}")
            elif values:
                lines = [ln.strip() for v in values for ln in v.split("\n") if ln.strip()]
                clauses.append(f"{label}:{_lines_as_list(lines)}")
        return ";".join(clauses)

    def _spanning_unit_cells(self, cells: list[str]) -> list[tuple[list[int], str]]:
        """(columns, text) of each cell of the row merged across unit columns of different roles.

        A Word 分工表 whose row's units share one role (A、B分别负责, 各乡镇人民政府负责) often merges the 牵头单位 and
        配合单位 cells into one (gridSpan); every grid reader (.docx, .doc, .odt, RTF, a sheet, an HTML colspan) repeats a
        spanning cell in each column it covers, as a group row's title is repeated across the table. Read per column,
        the one cell named each unit twice, once leading and once supporting. Found by its text, the same in adjacent
        unit columns of different roles: the grids reach the rows as plain text, reshaped on the way (header rows
        joined, rows joined over a page, cells stripped), so no mark of the merge survives to here; two cells typed
        apart with the same text would name a body both leading (or answering for) and supporting one task, which no
        plan means. Other roles may well fall on one body in cells of their own (项目实施单位 | 行业主管部门 both 县商务局:
        the body carrying the project out is its own supervising department), so only a run over a support column
        and a lead or responsible column is a span."""
        kinds = self.columns.kinds
        runs: list[tuple[list[int], str]] = []
        for j, (cell, kind) in enumerate(zip(cells, kinds)):
            text = cell.strip()
            if not text or kind not in _SPANNED_ROLES or _NONE.match(text):
                continue  # (无 | 无: nobody under either role, named nowhere twice)
            if runs and runs[-1][0][-1] == j - 1 and runs[-1][1] == text:
                runs[-1][0].append(j)
            else:
                runs.append(([j], text))
        return [(columns, text) for columns, text in runs
                if "support" in {kinds[j] for j in columns} and len({kinds[j] for j in columns}) > 1]

    def _note_role_clauses(self, cells: list[str]) -> dict[str, list[str]]:
        """The units of each role that the row's notes cells (备注, 说明) name as an outside body's share, the whole
        cell a list of bodies and a role verb (县交警大队配合: see `note_role_clause`); the cell stays in the task's
        text under its header too. Any other note names no unit."""
        noted: dict[str, list[str]] = {}
        for cell, kind, name in zip(cells, self.columns.kinds, self.columns.names):
            if kind == "extra" and cell and re.sub(r"\s+", "", name) in lx.NOTE_HEADS:
                clause = note_role_clause(cell)
                if clause is not None:
                    noted.setdefault(clause[0], []).append(clause[1])
        return noted

    def _unit_clauses(self, cells: list[str], kind: str, label: str) -> list[str]:
        """The clauses of a row's columns of one role: one list under the role's label; but where the table has several
        columns of that role (主要起草单位 | 技术归口单位, both responsible), a column whose name reads as a label of the
        role keeps its own clause under that name, as a note under the table may state a rule for that column alone
        (主要起草单位有两个及以上的，排在第一位的为牵头…). A unit an earlier column of the same clause named is not named
        again (受理部门 A、B | 经办部门 A: one pair); columns under clauses of their own keep their units, as each may
        take a role of its own by such a rule. A cell pointing at another column (同兑现部门) names no unit.
        Columns parallel by jurisdiction (甲省责任单位 | 乙省责任单位, see `_parallel_by_jurisdiction`) each name their
        own place's bodies: a name written in both (省交通运输厅) is two bodies, kept in each."""
        columns = [(c, name) for c, k, name in zip(cells, self.columns.kinds, self.columns.names) if k == kind]
        apart = len(columns) > 1
        by_place = _parallel_by_jurisdiction(kind, [name for _, name in columns])
        names = [re.sub(r"\s+", "", name) for _, name in columns]
        named: dict[str, set[str]] = {}
        lists: dict[str, list[str]] = {}
        written: dict[str, str] = {}  # the label each clause is written under
        for n, (cell, _) in enumerate(columns):
            own = names[n]
            if not cell or _INNER_LABEL.search(cell) or self._points_at_a_column(cell, kind):
                continue
            base = own if apart and _ROLE_LABEL[kind].fullmatch(own) else label
            seen_under = own if by_place else base  # each place's column names its own bodies
            # a share's column, or one of a grid's spanning header's slots, is a clause of its own (`_bears_a_share`)
            # under the same label, its units still named once under it (seen_under)
            own_clause = apart and (_bears_a_share(own) or names.count(own) > 1)
            key = f"{base}#{n}" if own_clause else base
            written[key] = base
            units = _units_not_named_yet(unit_text(cell), named.get(seen_under, set()))
            named.setdefault(seen_under, set()).update(_names(units))
            if units:
                lists.setdefault(key, []).append(units)
        return [f"{written[key]}:{'、'.join(units)}" for key, units in lists.items()]

    def _unread_body_columns(self) -> None:
        """Warn of each column of bodies the header words do not name (储运单位 | 联系部门 beside a 牵头单位): its cells
        name bodies, but in what role the header does not say, so their units are left unread (kept in the task's text
        under the column's name) rather than given a guessed role. Said at the line of the first row naming them."""
        for j, unread in self.unread_bodies.items():
            if unread.first is not None and 2 * unread.bodies >= unread.filled:
                task, cell = unread.first
                _note(task.line(), f"{TABLE_WARNING_NOTE}table column '{self.columns.names[j].strip()}' names bodies "
                                   f"({_quote(cell)} …) under a header the reader does not know: their units are not "
                                   "read (表头未识别的单位列，其单位未读出)")

    def _points_at_a_column(self, cell: str, kind: str) -> bool:
        """同兑现部门 / 同牵头单位 under a unit column: the cell says its units are those of another column of the same
        role (a 兑现清单 whose 受理部门 is the 兑现部门 itself), so it names none of its own. A cell pointing at a column
        of another role is left to be read (and said not to read as a unit)."""
        text = re.sub(r"\s+", "", cell)
        return text[:1] == "同" and any(text[1:] == re.sub(r"\s+", "", name) and k == kind
                                          for k, name in zip(self.columns.kinds, self.columns.names))

    def text(self) -> list[str]:
        first = next((task for task in self.lines if isinstance(task, _Task)), None)
        for cell, span in self.columns.unread if first is not None else ():
            # (said at the table's first task: the header holds no line of the plan's text)
            _note(first.line(), f"column {_quote(cell)} under {span} names no role the reader knows: its units are "
                                f"read as {span}'s")
        self._unread_body_columns()
        for task, message in self.notes:
            _note(task.line(), message)
        for task in self.lines:
            if isinstance(task, _Task) and task.counted:
                _note(task.line(), TABLE_ROW_UNNUMBERED)  # where the row stands, found as a note's place is
        return [x.line() if isinstance(x, _Task) else x for x in self.lines]


def _unknown_body_columns(columns: _Columns) -> list[int]:
    """The columns whose name the header words left unread (kind None) and which end as a column of bodies does
    (储运单位, 联系部门, 承接企业: lexicon TABLE_BODY_COLUMN_ENDS), unless it names the objects of the rows' work
    (被检查企业, 受检单位; 服务企业, 涉及企业, 落地企业: TABLE_OBJECT_COLUMN_OPENINGS, TABLE_REACHED_COLUMN_OPENINGS):
    their bodies are worked on, not doing the work, and no doer is lost."""
    return [j for j, (name, kind) in enumerate(zip(columns.names, columns.kinds))
            if kind is None and column_name(name).endswith(lx.TABLE_BODY_COLUMN_ENDS)
            and not column_name(name).startswith(lx.TABLE_OBJECT_COLUMN_OPENINGS + lx.TABLE_REACHED_COLUMN_OPENINGS)]


@dataclass
class _UnreadBodies:
    """The cells of one column of bodies the header words do not name, as the rows fill it."""

    first: tuple[_Task, str] | None = None  # the first task naming bodies there, and its cell
    bodies: int = 0  # cells reading as bodies' names
    filled: int = 0  # cells holding anything but a blank (无, /)

    def add(self, task: _Task, cell: str) -> None:
        if not unit_text(cell):
            return
        self.filled += 1
        if _reads_as_units(cell):
            self.bodies += 1
            self.first = self.first or (task, cell)


# a column's name that the annotation reader reads as a label of the column's role (主要起草单位: responsible)
_ROLE_LABEL = {kind: re.compile(lx.LABEL_MODIFIER + "(?:" + dict((r, p) for p, r in lx.LABEL_ROLES)[kind] + ")")
               for kind in UNIT_COLUMN_KINDS}


def _names_units(annotation: str) -> bool:
    """Whether a row's annotation holds a clause of units (牵头单位:…, 责任单位:…), not only a 完成时限."""
    return any(f"{label}:" in annotation for kind, label in _CLAUSES if kind in UNIT_COLUMN_KINDS)


def _bears_a_share(name: str) -> bool:
    """A column named by the share of responsibility its bodies bear (属地管理责任 | 部门监管责任 | 企业主体责任:
    lexicon.TABLE_BORNE_DUTY_HEADS). Each such column's cell is a clause of its own (`_Reader._unit_clauses`), as is
    each sub-column of a grid's spanning unit header (责任分工 repeated over 属地 | 监管 | 企业, the lower row's words
    naming no column): a role word in one cell (县X局牵头，县Y局配合) speaks of that cell's bodies, never of the bodies
    of the cell before it."""
    return _HEADER_NOTE.sub("", name) in lx.TABLE_BORNE_DUTY_HEADS


def _parallel_by_jurisdiction(kind: str, names: list[str]) -> bool:
    """Whether a table's unit columns of one role are one per jurisdiction: a joint plan of two provinces (or of the
    cities of a border area) heads one column per party, each name its place and the same label after it (青州省责任单位
    | 澜川省责任单位). Each party then names its own departments, and two provinces' departments are written alike
    (省交通运输厅 in both columns), so a name in both is two bodies. Every column of the role must be so headed, the places
    all different and each a proper name (not a level or scope alone: 省级 / 市直 / 省 are no place of their own)."""
    if len(names) < 2:
        return False
    places, labels = [], set()
    for name in names:
        split = _place_and_label(kind, re.sub(r"\s+", "", name))
        if split is None:
            return False
        places.append(split[0])
        labels.add(split[1])
    return len(labels) == 1 and len(set(places)) == len(places)


def _place_and_label(kind: str, name: str) -> tuple[str, str] | None:
    """A column name as (place, label of the role): the shortest label that reads as the role's own after a place of
    two characters or more, a proper name ending in its kind (LOCALITY_KINDS): 青州省责任单位 -> 青州省 + 责任单位.
    None for any other name."""
    for at in range(len(name) - 1, 1, -1):
        place, label = name[:at], name[at:]
        if proper_place(place) and _ROLE_LABEL[kind].fullmatch(label):
            return place, label
    return None


# the unit columns whose roles exclude each other in one task: the same text across them is one merged cell
_SPANNED_ROLES = ("lead", "responsible", "support")


def _without_spanning_copies(cells: list[str], spanning: list[tuple[list[int], str]]) -> list[str]:
    """The row's cells with a cell spanning role columns (`_Rows._spanning_unit_cells`) left out of them: read once,
    under 责任单位, its own verbs saying any other role. A cell whose own labels say the roles (牵头：A；配合：B) stays in
    its first column, where the labelled cell is read."""
    cells = list(cells)
    for columns, text in spanning:
        for j in (columns[1:] if _INNER_LABEL.search(text) else columns):
            cells[j] = ""
    return cells


def _names(units: str) -> set[str]:
    """The names of a unit cell's list, split at 、，, outside brackets (各县（市、区）X is one)."""
    return {piece for _, piece in depth_zero_split(units, "、，,") if piece}


def _units_not_named_yet(units: str, named: set[str]) -> str:
    """A unit cell's list without the names already `named` (and each of its own once), the separators as written."""
    kept, seen = "", set(named)
    for at, piece in depth_zero_split(units, "、，,"):
        if piece and piece not in seen:
            seen.add(piece)
            kept += (units[at - 1] if kept else "") + piece
    return kept


def _lines_as_list(lines: list[str]) -> str:
    """A cell's lines as one clause's list: 、 between them, but not after a line that ends in its own mark. A 时间节点
    cell written month by month (4月底前：建库；/ 全年：申报。) keeps its ；, and a 、 after it would start a list of
    names there (；、全年：… read as a unit)."""
    out = ""
    for line in lines:
        out += ("" if not out or out[-1] in "、，,；;。：:" else "、") + line
    return out


def _plain_lines(rows: list[list[str]]) -> list[str]:
    """A table that is not a task table (a layout table, a title block): its cells' lines, merged cells once."""
    lines = []
    for row in rows:
        for cell in dict.fromkeys(c.strip() for c in row if c.strip()):
            lines.extend(ln.strip() for ln in cell.split("\n") if ln.strip())
    return lines


def _role_column_beside_units(columns: _Columns, data: list[list[str]]) -> _Columns:
    """A role column (分工 / 责任类型: 牵头 | 配合 | 落实 a row) labels the units of its row's one unit column
    (`_Reader._role_labels_units`): a 分工表 setting each task over a 牵头 row and a 配合 row, a 督办 export a row per
    unit. Read so only where every filled cell under it is a role word (or a mark naming nobody, /) and the table has
    one unit column; otherwise the column is what its name says without the role reading (a 分工 column of duty
    texts is the task's text, a 责任类型 column a group)."""
    kinds = list(columns.kinds)
    unit_columns = [j for j, kind in enumerate(kinds) if kind in UNIT_COLUMN_KINDS]
    for j, kind in enumerate(kinds):
        if kind != "role":
            continue
        # (a group row spanning the columns, its title repeated into each, is no row of roles)
        filled = [row[j].strip() for row in data if j < len(row) and row[j].strip() and not _spans_columns(row)]
        # (a form's tick lines, ☒牵头 ☐配合 a unit, are role words too: `_units_by_ticked_roles`)
        if not (filled and len(unit_columns) == 1
                and all(label_role(cell) or _NONE.match(cell) or is_tick_cell(cell) for cell in filled)):
            name = columns.names[j]
            kinds[j] = next((k for k, pattern in KIND_PATTERNS if k != "role" and pattern.search(name)), None)
    return columns.with_kinds(kinds) if kinds != columns.kinds else columns


def _units_by_ticked_roles(units: str, ticks: str) -> str:
    """A unit cell labelled by the tick lines beside it (a 分工表 form's 责任类型 cell: ☒牵头 ☐配合 on the line of each
    unit of the 责任单位 cell, in the same order): each unit line takes its tick line's ticked role, written as an
    office types the roles (牵头单位：A、B；配合单位：C). Where the lines do not pair (more units than tick lines, or a
    line with no box ticked or both) which unit has which role is not known: the units are kept as the column names
    them, and that is said."""
    unit_lines = [line.strip() for line in units.split("\n") if line.strip()]
    tick_lines = [line.strip() for line in ticks.split("\n") if line.strip()]
    roles = [tick_box_role(line) for line in tick_lines]
    if len(unit_lines) != len(tick_lines) or None in roles:
        _note(_one_line(units), f"tick boxes {_quote(ticks)} do not give each unit of {_quote(units)} one role: "
                                "the units keep the column's role")
        return units
    by_role: dict[str, list[str]] = {}
    for line, role in zip(unit_lines, roles):
        by_role.setdefault(role, []).append(line)
    return "；".join(f"{lx.ROLE_LABEL_WRITTEN[role]}：{_lines_as_list(lines)}" for role, lines in by_role.items())


# A 测评体系 / 指标体系 分解表 (a 文明城市 or 卫生城市 创建's) prints its levels side by side: 测评项目 (1. 思想道德建设)
# and 测评内容 (1.1 理论武装) merged down their rows, then one 测评标准 a row, numbered by a code extending its
# 测评内容's (1.1.1, 1.1.2, then 1.2.1 under 1.2), and the unit columns. The standards are the tasks, the columns before
# them groups within groups, as 1. / 1.1 / 1.1.1 are in an outline: no 序号 column stands, the codes number the rows.
# A sheet may drop the top level's number (思想道德建设 alone) or number the standards （1）（2） afresh under each
# 测评内容; an HTML page fills a merged cell into every row it covers, a text pasted from it writes the cell on its
# first row only. Known by the codes alone, whatever the headers say (测评标准, 考核内容, 三级指标): every row's item
# cell opens with its code, each the next under its head's code, every column before it a head merged over its rows.
_LEAST_CODED_ITEMS = 2


def _level_code(cell: str) -> tuple[int, ...] | None:
    """The level code at a cell's start as its parts (1.1 理论武装 -> (1, 1); 1.⏎思想道德建设 -> (1,)), or None."""
    match = _LEVEL_CODE.match(cell)
    if match is None:
        return None
    return tuple(int(part) for part in re.split(r"[.．]", match.group(1) or match.group(2)))


def _item_code(cell: str, head: tuple[int, ...]) -> tuple[str, int, int] | None:
    """An item cell's own number under its head's code: (the number as printed, its figure, where its text starts) for a
    code extending the head's by one part (1.1.2 under 1.1) or a bracketed label (（2）); None for any other start."""
    match = _LEVEL_CODE.match(cell)
    if match and match.group(1):
        code = _level_code(cell)
        if len(code) < 3 or code[:-1] != head:
            return None
        return match.group(1), code[-1], match.end()
    bracketed = _BRACKET_ITEM_LABEL.match(cell)
    if bracketed:
        return bracketed.group(0), int(bracketed.group(1)), bracketed.end()
    return None


def _levels_numbered_by_codes(columns: _Columns, data: list[list[str]]) -> tuple[_Columns, list[list[str]]]:
    """The columns and rows of a table numbering its levels by codes (see above), read as such: the head columns
    groups, the item column the task, its code (1.1.1 or （1）) the row's 序号 in a column set before the others and its
    text the task's; any other table as it is."""
    kinds = columns.kinds
    if columns.first("group") is not None or columns.first("number") is not None:
        return columns, data
    texts = next((j for j, k in enumerate(kinds) if k not in ("task", "extra", None)), len(kinds))
    if "task" not in kinds[:texts]:
        return columns, data
    for item in range(1, texts):
        numbers = _coded_item_numbers(columns, data, item)
        if numbers is not None:
            break
    else:
        return columns, data
    rows = []
    for row, number in zip(data, numbers):
        row = [c for c in row] + [""] * (columns.width - len(row))
        if number is not None:
            start = number[2]
            row[item] = row[item].strip()[start:]
        rows.append([number[0] if number else "", *row])
    kinds = ["number", *["group"] * item, "task", *kinds[item + 1:]]
    return replace(columns.with_kinds(kinds, ["", *columns.names]), coded_levels=True), rows


def _coded_item_numbers(columns: _Columns, data: list[list[str]],
                        item: int) -> list[tuple[str, int, int] | None] | None:
    """Per row, the item column's number under the head beside it (`_item_code`; None for a row with no item: a blank,
    a header repeated, the rest of the item above), where the columns before `item` head the rows and the item column
    numbers them by codes (see above); None where they do not."""
    def cell(row: list[str], i: int) -> str:
        return row[i].strip() if i < len(row) else ""

    head = item - 1
    above = [""] * item  # the head cells over the row: an empty one is the merged cell above, written once
    numbers: list[tuple[str, int, int] | None] = []
    last = 0
    for row in data:
        if {c.strip() for c in row if c.strip()} <= columns.header_cells or not cell(row, item):
            if any(cell(row, j) and cell(row, j) not in columns.header_cells for j in range(item)):
                return None  # a head with no item under it
            numbers.append(None)
            continue
        heads = [cell(row, j) or above[j] for j in range(item)]
        new_head = heads[head] != above[head]
        if not new_head and heads != above:
            return None  # a column before the head changes under one head: no head merged over its rows
        above = heads
        code = _level_code(heads[head])
        if code is None or len(code) < 2:
            return None
        # a higher head's own code, where it prints one (1. 思想道德建设 over 1.1), is the start of its head's
        if any(_level_code(heads[j]) not in (None, code[:j + 1]) for j in range(head)):
            return None
        number = _item_code(cell(row, item), code)
        if number is None or number[1] != (1 if new_head else last + 1):
            return None
        last = number[1]
        numbers.append(number)
    return numbers if sum(n is not None for n in numbers) >= _LEAST_CODED_ITEMS else None


def _heads_column_as_group(columns: _Columns, data: list[list[str]]) -> _Columns:
    """An index table's leftmost column of 项目 (测评项目 | 测评指标 | 测评内容, 考核项目 | 考核内容), merged down its rows:
    its header word names a task column, yet its cells are headings (一、公共文明) written only on a group's first row,
    the rows under them the tasks. Such a column, the first of two task columns or more, groups the rows as a 类别 does.
    So does a 项目名称 column numbered 1. 2. merged down over sub-rows whose next task cells number their items afresh
    under each (（1）（2） | （1）（2）, see `_numbers_items_afresh`): the projects head the items, as 1. over (1) does in a
    plan's outline, and each item with its own units is a task of its project.
    """
    kinds = columns.kinds
    named = [j for j, k in enumerate(kinds) if k not in (None, "number")]
    if "group" in kinds or kinds.count("task") < 2 or not named or kinds[named[0]] != "task":
        return columns
    first = named[0]
    # (a blank row or the header repeated at a page's top is no row of the table's)
    rows = [row for row in data if not {c.strip() for c in row if c.strip()} <= columns.header_cells]
    cells = [row[first].strip() if len(row) > first else "" for row in rows]
    filled = [c for c in cells if c]
    if not filled or len(filled) == len(cells):
        return columns
    second = next(j for j in named[1:] if kinds[j] == "task")
    items = [row[second].strip() if len(row) > second else "" for row in rows]
    if not (all(_SECTION_LABEL.match(c) for c in filled) or _numbers_items_afresh(cells, items)):
        return columns
    return columns.with_kinds([*kinds[:first], "group", *kinds[first + 1:]])


def _item_number(cell: str) -> re.Match | None:
    """A measure cell's own label at its start, 1. / 1、 or （1）: group 1 holds its figure."""
    return _ARABIC_LABEL.match(cell) or _BRACKET_ITEM_LABEL.match(cell)


def _number_column_over_items_numbered_afresh(columns: _Columns,
                                              data: list[list[str]]) -> tuple[_Columns, list[list[str]]]:
    """序号 | 重点任务 | 具体措施 | 牵头单位 with the 序号 and 重点任务 cells merged down a group's rows (filled into every
    row the merge covers, or written on the first row only and left empty below) and each 具体措施 cell opening with
    its own number, 1. 2. … starting again at 1 under each 序号: the 序号 numbers the 重点任务, which head groups, and
    the measures, numbered within them as （1） is under 1. in an outline, are the tasks, each with its own units.
    The rows are rewritten as such a table reads: the 重点任务 cell a group titled by its 序号 (1.健全生育休假制度), the
    measure's own number the row's 序号 and its text the task's. Measures printing no number of their own under a
    merged 序号 stay one task with several notes; a 序号 differing from row to row numbers the rows (each its task)."""
    tasks = [i for i, k in enumerate(columns.kinds) if k == "task"]
    number = columns.first("number")
    if number is None or len(tasks) < 2 or columns.first("group") is not None:
        return columns, data
    head, item = tasks[0], tasks[1]

    def cell(row: list[str], i: int) -> str:
        return row[i].strip() if i < len(row) else ""

    out: list[list[str]] = []
    numbers: list[tuple[int | None, int]] = []  # (the 序号 a row opens, else None; its measure's own number)
    group = group_head = title = ""
    for row in data:
        if {c.strip() for c in row if c.strip()} <= columns.header_cells:
            out.append(row)  # a blank row, or the header repeated at a page's top
            continue
        number_cell, head_cell, item_cell = cell(row, number), _one_line(cell(row, head)), cell(row, item)
        label = _item_number(item_cell)
        if label is None:
            return columns, data
        opened = None
        if number_cell and number_cell != group:  # the next 序号: a group of its own, its measures numbered from 1
            numbered = _NUMBER_CELL.match(number_cell)
            if numbered is None or not head_cell:
                return columns, data
            group, group_head, opened = number_cell, head_cell, matched_number(numbered)
            title = head_cell if _ANY_LABEL.match(head_cell) else f"{opened}.{head_cell}"
        elif head_cell and head_cell != group_head:
            return columns, data  # a 重点任务 of its own under the 序号 above
        numbers.append((opened, int(label.group(1))))
        row = [cell(row, j) for j in range(max(len(row), columns.width))]
        row[number], row[head], row[item] = label.group(1), title, item_cell[label.end():].strip()
        out.append(row)
    if not _numbered_afresh(numbers):
        return columns, data
    kinds = ["group" if j == head else k for j, k in enumerate(columns.kinds)]
    return columns.with_kinds(kinds), out


def _citing_column_beside_task(columns: _Columns, data: list[list[str]]) -> _Columns:
    """A task column that only cites, beside one holding the work: its cells point elsewhere, no task is in them.
    评审条款 | 工作任务 (标准条款, 考核条款, 条目): a 迎评 / 创建 / 考核 分解表 cites, before each row's work, the article of
    the standard the row answers (1.1.1, 2.3.4, 第十二条). 方案任务序号 | 重点任务 (对应方案条目, 对应任务): a 重点任务清单
    attached to the 实施方案 it restates points each row back to the plan's item (3, 二（一）3, 任务6). Both header
    words name task columns, but a column whose every filled cell only cites articles or items holds no work: it is a
    reference, kept in the task's text under its header (as 任务来源 / 依据 are), and the other task column, its cells
    prose, holds the task. One task column alone keeps it."""
    tasks = [j for j, k in enumerate(columns.kinds) if k == "task"]
    if len(tasks) < 2:
        return columns
    # (a blank row or the header repeated at a page's top is no row of the table's)
    rows = [row for row in data if not {c.strip() for c in row if c.strip()} <= columns.header_cells]

    def filled(j: int) -> list[str]:
        return [_one_line(row[j]) for row in rows if len(row) > j and row[j].strip()]

    def cites(cell: str) -> bool:
        return bool(_ARTICLE_CELL.match(cell) or _PLAN_ITEM_CELL.match(cell))

    citing = [j for j in tasks if filled(j) and all(cites(c) for c in filled(j))]
    working = [j for j in tasks if j not in citing and any(not cites(c) for c in filled(j))]
    if not citing or not working:
        return columns
    kinds = ["extra" if j in citing else k for j, k in enumerate(columns.kinds)]
    return columns.with_kinds(kinds)


_UPPER_LEVEL_ITEM_HEAD = re.compile(lx.UPPER_LEVEL_ITEM_HEAD)
# a cell that is one quotation whole (“1.推进设备更新。（省发展改革委牵头）”), maybe closed by a mark after it
_QUOTATION_CELL = re.compile(r"“([^“”]*)”[。；;，,]?")
# a quoted upper-level item is a sentence: long, with a numeral, a stop or a bracketed note in it; a short quoted name
# (“清四乱”, “门前三包”, “厕所革命”: a campaign's name in a 创建项目 column) is the row's own task
_QUOTED_ITEM_CHARS = 8
_QUOTED_ITEM_MARK = re.compile(r"[\d。，；、（(：:]")


def _quoted_item(cell: str) -> bool:
    """A cell that is one quotation whole of an upper level's item: long and a sentence, not a quoted short name."""
    whole = _QUOTATION_CELL.fullmatch(cell)
    return bool(whole) and len(whole.group(1)) >= _QUOTED_ITEM_CHARS and bool(_QUOTED_ITEM_MARK.search(whole.group(1)))


def _upper_level_column_beside_task(columns: _Columns, data: list[list[str]]) -> _Columns:
    """省方案任务 | 我市落实举措: a 承接落实清单 / 贯彻落实清单 quotes, before this level's measures, the upper level's item
    each row answers, whole, with its own number and annotation (“1.推进设备更新。（省发展改革委牵头，省财政厅配合）”).
    Both headers name task columns, but the quoted item is a reference: the measures are the row's task and title, and
    the quote's units are the upper level's, none of this plan. A column is such a quote where its header names the
    upper level (lexicon.UPPER_LEVEL_ITEM_HEAD), or where every filled cell of it is one quotation whole, beside a
    task column that is not. It is kept as a line of its own under the row, read for no unit (`_Reader._task`).
    重点任务 | 具体措施, both this level's, stay one task's consecutive sentences; one task column alone keeps it."""
    tasks = [j for j, k in enumerate(columns.kinds) if k == "task"]
    rows = [row for row in data if not {c.strip() for c in row if c.strip()} <= columns.header_cells]

    def filled(j: int) -> list[str]:
        return [_one_line(row[j]) for row in rows if len(row) > j and row[j].strip()]

    def quotes(j: int) -> bool:
        cells = filled(j)
        return len(cells) >= 2 and all(_quoted_item(c) for c in cells)

    # (a header the header words read as no task's, 上级部署要求, is named by the upper level all the same)
    upper = [j for j, k in enumerate(columns.kinds) if k in ("task", "extra", None)
             and (_UPPER_LEVEL_ITEM_HEAD.fullmatch(columns.names[j]) or (k == "task" and quotes(j)))]
    if not upper or not set(tasks) - set(upper):
        return columns
    kinds = ["extra" if j in upper else k for j, k in enumerate(columns.kinds)]
    return replace(columns.with_kinds(kinds), quoting=columns.quoting | {columns.names[j] for j in upper})


# A 督查督办 system numbers its tasks by a code (任务编号 2025-03-011: the year, the category, a running number; DB2025-013)
# and exports its 台账 one row per task and responsible unit: the rows of one task share its code, its 任务内容 written
# on the first row only or again on each, while a 序号 beside (if any) counts the rows. The code column is then the
# task's number (the rows sharing it one task, their units gathered, as under a 序号 merged over them), and a 序号
# numbering anew a row that shares the code above counts rows, not tasks: left out. Where a 序号 numbers the tasks
# (no code shared by two rows, or shared under one 序号), it stays the number and the code the task's text. A task is
# numbered by the code's running number (2025-03-011 -> 11), as a record's code field is (words/labels.RECORD_CODE),
# where that number rises through the whole table; where it restarts under each category (2025-01-001, 2025-01-002,
# 2025-02-001) or the code is one of sections (01-01, 01-02, 02-01) it numbers no task, and the tasks are counted
# in their order. The code as printed stays in its text. A system may part the code's letters from its year by a
# hyphen (RW-2026-001, as DB2025-013 glues them): the same code, read alike. A smart sheet's 自动编号 field (腾讯智能表格,
# 金山多维表) prints the running number padded to three or four digits after a few letters alone (ZD001, RW-0012):
# the same running number, its letters a prefix the sheet's owner set.
_TASK_CODE_CELL = re.compile(r"(?:[A-Za-z]{1,4}[-－_]?)?\d{2,4}(?:[-－—_./][A-Za-z0-9]{1,6}){0,3}[-－—_./]0*(\d{1,4})"
                             r"|[A-Za-z]{1,4}[-－_]?(?=\d{3,4}$)0*(\d{1,4})")
# what the code pattern also matches and is no code: a date (2025-12-31, 2025.12, 2025/3/1) or a decimal (10.1)
_DATE_OR_DECIMAL_CELL = re.compile(r"(?:19|20)\d{2}([-－./])(?:0?[1-9]|1[0-2])(?:\1(?:0?[1-9]|[12]\d|3[01]))?"
                                   r"|[1-9]\d*\.\d+")


def _task_code(cell: str) -> re.Match | None:
    """The cell read as a task code (its running number: _running_number), or None (no code, or a date or decimal)."""
    code = _TASK_CODE_CELL.fullmatch(cell)
    return code if code and not _DATE_OR_DECIMAL_CELL.fullmatch(cell) else None


def _running_number(code: re.Match) -> int:
    """The running number of a task code (_task_code): after a year or category (2025-03-011) or letters alone (ZD001)."""
    return int(code.group(1) or code.group(2))


def _running_numbers_rise(codes: list[str]) -> bool:
    """Whether the running numbers of the codes, each code once in its order, rise strictly through the table."""
    distinct = list(dict.fromkeys(c for c in codes if c))
    numbers = [_running_number(_task_code(c)) for c in distinct]
    return all(a < b for a, b in zip(numbers, numbers[1:]))
_TASK_CODE_HEADS = tuple(name for name in lx.RECORD_CODE_LABELS if not KIND_PATTERNS[0][1].search(name))


def _task_codes(columns: _Columns, data: list[list[str]]) -> tuple[_Columns, list[list[str]], bool]:
    """The columns and rows with a task-code column as the number column (see above), as they are otherwise; and
    whether the codes' running numbers number the tasks (they rise through the table)."""
    code = next((j for j, name in enumerate(columns.names) if name in _TASK_CODE_HEADS), None)
    if code is None:
        return columns, data, True

    def cell(row: list[str], i: int) -> str:
        return row[i].strip() if len(row) > i else ""

    # (a total row closing the list, 合计（条） | 32, sums the tasks: its word is no code of one)
    rows = [row for row in data if any(c.strip() for c in row) and not _total_row(row)]
    codes = [cell(row, code) for row in rows]
    if not any(codes) or not all(_task_code(c) for c in codes if c):
        return columns, data, True
    number = columns.first("number")
    kinds = list(columns.kinds)
    if number is not None:
        shared = [(above, row) for above, row in zip(rows, rows[1:]) if cell(row, code) == cell(above, code) != ""]
        counts_rows = any(cell(row, number) and cell(row, number) != cell(above, number) for above, row in shared)
        if not counts_rows:
            return columns, data, True
        keep = [j for j in range(columns.width) if j != number]
        columns = columns.with_kinds([kinds[j] for j in keep], [columns.names[j] for j in keep])
        data = [[c for j, c in enumerate(row) if j != number] for row in data]
        code -= code > number
        kinds = list(columns.kinds)
    kinds[code] = "number"
    return columns.with_kinds(kinds), data, _running_numbers_rise(codes)


# A 建议 / 提案 办理分工 table (or 交办 list) often prints no 序号: its first column is the filing number each row is
# filed under (建议/提案编号, 建议号, 提案号, 案号, 编号 | 第3号, 第17号, 第48、52号（并案）), the numbers jumping, and
# that is the row's number (marks.filing_number), as 第N号 labels the entries of such a list in running text. The
# column is then the number column. Only where all of it says so:
# - its head names a filing number (建议号, 提案编号, 建议/提案编号, 案号), or is a bare 编号 / 序号 under a title or
#   caption naming 建议 / 提案 / 议案: a 依据 or 文号 column of 第3号 is the 令 or document each task rests on, the
#   same 令 cited by several rows, and a 任务编号 of 第1号 no proposal's;
# - every filled cell is a filing number (a group row's one text, 一、市人大代表建议, and a total row aside): one 第5号令
#   or A-05 among them and the column numbers nothing, the rows counted;
# - no number repeats: a proposal is filed once (第12号 | 第8号 | 第12号 are a 文号's or 令's); the rows of one cell
#   merged down (an HTML rowspan repeats its text in each row it covers) are one cell, read as a merge;
# - no other column is a number column or a 序号 (序号 | 建议编号, 编号 | 序号): the 序号 numbers the rows and the
#   filing numbers stay a column of the row's text.
_FILING_NUMBER_HEAD = re.compile(r"^(?:(?:" + lx.alternation(lx.PROPOSAL_KINDS) + r")(?:[/／、和及](?:"
                                 + lx.alternation(lx.PROPOSAL_KINDS) + r"))?编?号|案号)$")
_BARE_NUMBER_HEAD = re.compile(r"^(?:编号|序号)$")
_NAMES_PROPOSALS = re.compile(lx.alternation(lx.PROPOSAL_KINDS))


def _filing_number_column(columns: _Columns, data: list[list[str]], context: str) -> tuple[_Columns, bool]:
    """The columns with a first column of filing numbers as the number column (see above), and whether it is one;
    the columns as they are and False otherwise. `context`: the lines above the table (its title or caption)."""
    if columns.width < 2 or columns.kinds[0] not in ("number", "extra") or not _heads_filing_numbers(columns, context):
        return columns, False
    if any(kind == "number" or "序号" in name for name, kind in zip(columns.names[1:], columns.kinds[1:])):
        return columns, False
    rows = [row for row in data if not _one_text_row(row) and any(c.strip() for c in row) and not _total_row(row)]
    numbers = [filing_number(row[0]) for row in rows if row[0].strip()]
    if not numbers or None in numbers:
        return columns, False
    cells = [number for n, number in enumerate(numbers) if n == 0 or number != numbers[n - 1]]  # a merged cell once
    if len(set(cells)) < len(cells):
        return columns, False
    kinds = list(columns.kinds)
    kinds[0] = "number"
    return columns.with_kinds(kinds), True


def _heads_filing_numbers(columns: _Columns, context: str) -> bool:
    """Does the first column's head name a filing number: 建议号 / 提案编号 / 案号, or 编号 / 序号 in a table whose
    title or caption names 建议 / 提案?"""
    head = columns.names[0].strip()
    return bool(_FILING_NUMBER_HEAD.match(head) or (_BARE_NUMBER_HEAD.match(head) and _NAMES_PROPOSALS.search(context)))


def _chapter_column_citing_the_plan(columns: _Columns, data: list[list[str]]) -> _Columns:
    """规划章节 | 对应章节 (序号 | 事项 | 规划章节 | 牵头单位): a 规划 分工方案 cites on each row the chapter and section of
    the plan the row carries out (第四章第三节). Its header word 章节 names a group column, as a 分解表 set out by a
    standard's chapters heads its merged groups (第一章 医院功能与任务); but a column whose every row holds a bare
    citation, changing from row to row, refers each task to the plan's text and groups nothing: read as a group, every
    row opened a section of its own. It is a reference, kept in the task's text under its header (as 任务来源 is).
    A bare chapter merged down its rows (第一章 on several rows running) still groups them."""
    group = columns.first("group")
    if group is None:
        return columns
    # (a blank row or the header repeated at a page's top is no row of the table's)
    rows = [row for row in data if not {c.strip() for c in row if c.strip()} <= columns.header_cells]
    cells = [_one_line(row[group]) if len(row) > group else "" for row in rows]
    if not cells or not all(_CHAPTER_CELL.match(c) for c in cells):
        return columns
    runs_on = sum(1 for above, below in zip(cells, cells[1:]) if above == below)
    if 2 * runs_on >= len(cells):
        return columns  # most rows repeat the row above: a chapter merged down its rows, a group
    kinds = ["extra" if j == group else k for j, k in enumerate(columns.kinds)]
    return columns.with_kinds(kinds)


def _numbers_items_afresh(heads: list[str], items: list[str]) -> bool:
    """Whether a column of heads numbered 1. 2. 3., each written on its first row only (merged down), stands over items
    numbered （1）（2） that start again at （1） on each head's row and run on below it: the items are numbered within
    the heads, which group them. Items running on across the heads (（1）（2） | （3）, a 三张清单 grid's) are not."""
    numbers: list[tuple[int | None, int]] = []
    for head, item in zip(heads, items):
        label, numbered = _BRACKET_ITEM_LABEL.match(item), _ARABIC_LABEL.match(head)
        if label is None or (head and numbered is None):
            return False
        numbers.append((int(numbered.group(1)) if head else None, int(label.group(1))))
    return _numbered_afresh(numbers)


def _numbered_afresh(numbers: list[tuple[int | None, int]]) -> bool:
    """Row by row, (the number of the head a row opens, else None; the number of the row's item): do the heads run
    1, 2, 3 … (two at least, one running on over a row below it) and the items start again at 1 under each head and
    run on? Then the heads group items numbered within them, as 1. over (1) does in an outline. One test for the two
    tables that print it: heads numbered in their own cells, and a 序号 column beside unnumbered heads."""
    heads = items = 0
    runs_on = False
    for head, item in numbers:
        if head is None:
            if heads == 0:
                return False  # an item under no head
            runs_on = True
        elif head != heads + 1:
            return False
        else:
            heads, items = heads + 1, 0
        if item != items + 1:
            return False
        items += 1
    return heads >= 2 and runs_on


# the next point of a cell written as points (…；2.实际到位…), after the clause the point before it closes
_SECOND_POINT = re.compile(r"[；;。]\s*2\s*[.、．](?!\d)")


def _opens_its_points(text: str) -> bool:
    """Whether a row's text with no 序号 is a cell written as points (1.引进亿元以上项目…；2.实际到位内资…): its 1. is
    the cell's first point, the next point 2. following a clause of its own, not the row's printed number. A table
    numbering its rows in their task cells writes one number a row; a scoring cell (考核内容及评分标准) of two
    paragraphs numbers its own points, and the row is numbered by its place as the rows around it are."""
    first = _ARABIC_LABEL.match(text)
    return bool(first) and int(first.group(1)) == 1 and bool(_SECOND_POINT.search(text, first.end()))


def _tag_column_beside_group_rows(columns: _Columns, data: list[list[str]]) -> _Columns:
    """A 问题台账 grouped by its own group rows (一、甲镇 spanning the table) that tags each numbered row with its kind in
    a 问题类型 / 类别 column (乱占 | 乱堆 | 乱建 …): the group rows are the sections, and the tag, written on every
    numbered row, is the row's text under its header, not a merged group cell starting a section per value. A 类别
    column left empty below its first row (merged, pasted as text) still groups; so does one in a table with no group
    rows of its own."""
    group, number = columns.first("group"), columns.first("number")
    if group is None or number is None:
        return columns

    def cell(row: list[str], i: int) -> str:
        return row[i].strip() if i < len(row) else ""

    # (a blank row or the header repeated at a page's top is no row of the table's)
    rows = [row for row in data if not {c.strip() for c in row if c.strip()} <= columns.header_cells]
    numbered = [row for row in rows if _NUMBER_CELL.match(cell(row, number))]
    group_rows = [row for row in rows if not _NUMBER_CELL.match(cell(row, number))
                  and len({c.strip() for c in row if c.strip()}) == 1 and _SECTION_LABEL.match(cell(row, number))]
    if not group_rows or not numbered or not all(cell(row, group) for row in numbered):
        return columns
    kinds = ["extra" if j == group else k for j, k in enumerate(columns.kinds)]
    return columns.with_kinds(kinds)


def _spanning_task_column_as_group(columns: _Columns, data: list[list[str]]) -> _Columns:
    """序号 | 重点任务 | 具体措施 | 责任单位 with the 重点任务 cell merged over several rows, each with its own 序号, measures
    and units: the merged cell names the group of tasks (a section, as a 类别 column does) and each row's 具体措施 is its
    task. Known by the first of two task columns holding one value over consecutive rows whose 序号 differ and whose
    second task cells differ; where it never spans so, the two columns are one task's words (heading and measure)."""
    tasks = [i for i, k in enumerate(columns.kinds) if k == "task"]
    number = columns.first("number")
    if len(tasks) < 2 or columns.first("group") is not None:
        return columns
    first, second = tasks[0], tasks[1]
    if number is None:
        # no 序号 (考核项目 | 考核内容 | 分值 | 评分标准 | 考核责任单位): the first column, its cell written on its group's
        # first row only and left empty below, groups the rows as it does over numbered ones
        if first != 0 or not (_left_empty_below(data, first, second, None)
                               or _filled_down_over_rows_of_their_own(columns, data, first, second)):
            return columns
        kinds = list(columns.kinds)
        kinds[first] = "group"
        return columns.with_kinds(kinds)

    def cell(row: list[str], i: int) -> str:
        return row[i].strip() if i < len(row) else ""

    spans = any(cell(a, first) and cell(a, first) == cell(b, first)
                and _NUMBER_CELL.match(cell(a, number)) and _NUMBER_CELL.match(cell(b, number))
                and cell(a, number) != cell(b, number) and cell(a, second) != cell(b, second)
                for a, b in zip(data, data[1:]))
    if not spans and not _left_empty_below(data, first, second, number):
        return columns
    kinds = list(columns.kinds)
    kinds[first] = "group"
    return columns.with_kinds(kinds)


def _indicator_column_as_group(columns: _Columns, data: list[list[str]]) -> _Columns:
    """一级指标 | 二级指标 | 分值 | 考核内容及评分标准 | 考核责任单位: a 考核细则's table saved as text (tab-separated)
    writes its merged first level of indicators (经济发展（35分）), or its merged 考核项目, on its group's first row
    only, the rows under it opening with an empty cell. That column (`header.indicator_group_column`, as the reader
    of tables pasted one cell per line takes it) groups the rows as a 类别 column does, where it stands before the
    task column and is left empty below its cells; filled on every row it is each row's text under its header."""
    tasks = [i for i, k in enumerate(columns.kinds) if k == "task"]
    if not tasks or columns.first("group") is not None:
        return columns
    for j, (kind, name) in enumerate(zip(columns.kinds, columns.names)):
        if j < tasks[0] and kind == "extra" and indicator_group_column(name) \
                and _left_empty_below(data, j, tasks[0], columns.first("number")):
            kinds = list(columns.kinds)
            kinds[j] = "group"
            return columns.with_kinds(kinds)
    return columns


def _filled_down_over_rows_of_their_own(columns: _Columns, data: list[list[str]], first: int, second: int) -> bool:
    """项目 | 标准内容 | 牵头单位 | 配合单位 with no 序号 (a 创卫 / 复审 分工表, a 考核 table): the 项目 cell merged down over
    its group's standards is written on every row it spans by a sheet's reader (and by a copy pasted from it), so the
    first column holds one value over consecutive rows whose next task cells differ. It groups them as a merged cell
    spanning numbered rows does, each row's standard a task, where its spanning values show themselves group heads:
    opening with a section label (一、爱国卫生组织管理), or, unlabelled, spanning rows led apart (a heading over rows
    each with its own 牵头单位). A task cell repeated over rows under one lead (重点任务 filled down over its measures,
    `_Reader._repeats_filled_task`), one numbered as a task is (1.托育服务, `_Reader._repeats_numbered_head`), or a
    row written twice with other units (its next task cell equal too) keeps its reading."""
    def cell(row: list[str], i: int) -> str:
        return row[i].strip() if i < len(row) else ""

    leads = [i for i, k in enumerate(columns.kinds) if k in ("lead", "responsible")]
    rows = [row for row in data if cell(row, first) and cell(row, second)]
    spanning = [(a, b) for a, b in zip(rows, rows[1:])
                if cell(a, first) == cell(b, first) and cell(a, second) != cell(b, second)]
    if not spanning or any(_ARABIC_LABEL.match(cell(row, first)) for row in rows):
        return False
    if all(_SECTION_LABEL.match(cell(a, first)) for a, _ in spanning):
        return True
    return any(any(cell(a, i) != cell(b, i) for i in leads) for a, b in spanning)


def _left_empty_below(data: list[list[str]], first: int, second: int, number: int | None) -> bool:
    """序号 | 重点任务 | 具体措施 saved from a sheet as text (tab-separated): the merged 重点任务 cell is written on its
    group's first row only, and the numbered rows under it, each with its own 具体措施, leave it empty. The cell spans
    those rows as a repeated one does. Known by numbered rows with a measure and no first task cell under a filled one,
    at least half as many as the filled cells: a table titling each row in its first task column and leaving one or two
    untitled keeps its reading (each row's heading and measure, one task's words). Without a 序号 column (`number`
    None) every row with a measure counts."""
    def cell(row: list[str], i: int) -> str:
        return row[i].strip() if i < len(row) else ""

    filled = empty = 0
    for row in data:
        if (number is not None and not _NUMBER_CELL.match(cell(row, number))) or not cell(row, second):
            continue
        if cell(row, first):
            filled += 1
        elif filled:
            empty += 1
    return empty > 0 and 2 * empty >= filled


# a sentence of the document, as a rule about a table's columns is stated in one (…栏为合并单元格的，对所涵盖的各项任务均适用。)
_SENTENCE_ENDS = re.compile(r"[。；！？\n]")


def _says_support_merged(columns: _Columns, context: str) -> bool:
    """Whether the text around a table says its 配合单位 column's cells are merged over the rows they cover
    (分解表中“牵头单位”“配合单位”“完成时限”栏为合并单元格的，对所涵盖的各项任务均适用): one sentence naming the column by its
    header and a merged-cell word. A pasted table keeps a merged cell's value in its top row only, and an empty 配合单位
    is otherwise read as no 配合单位."""
    names = {columns.names[j].strip() for j, k in enumerate(columns.kinds) if k == "support" and columns.names[j].strip()}
    if not names or not any(w in context for w in lx.MERGED_CELL_WORDS):
        return False
    return any(any(w in sentence for w in lx.MERGED_CELL_WORDS) and any(name in sentence for name in names)
               for sentence in _SENTENCE_ENDS.split(context))


def rows_to_text(rows: list[list[str]], *, carry_down: bool = False, cut_last: bool = False, context: str = "") -> str:
    """A table as plan text: task rows as annotated numbered lines, section rows as 一、 heads.

    `rows` holds cell texts (paragraphs of a cell separated by newlines), a
    merged cell repeated in every slot it covers. With `carry_down` an empty
    lead or deadline cell takes the value above it, as text pasted from a
    merged cell keeps the value only in the top row. A table without a
    recognisable header comes out as its cells' lines. With `cut_last` the
    text ended inside the last row (a page opening), which is then not
    carried down. `context` is the text around the table, where a matrix's legend (●为牵头单位) may stand.
    """
    rows = [list(r) for r in rows if r]
    # the legend the document states (around the table, in a header cell or a note row): a matrix headed by short
    # names (公安 | 住建) is known by it (header.py `short_named_column`)
    with marks_stated(legend(" ".join([context, *(cell for row in rows for cell in row)]))):
        return _rows_to_text(rows, carry_down=carry_down, cut_last=cut_last, context=context)


def _rows_to_text(rows: list[list[str]], *, carry_down: bool, cut_last: bool, context: str) -> str:
    for start in range(min(len(rows), 6)):  # a title row or two may sit above the header
        found = header_at(rows, start)
        if found:
            text = _read_under_header(rows, start, *found, carry_down=carry_down, cut_last=cut_last, context=context)
            if text is None:
                break  # a header and no row under it: not a task table after all, and no text is lost
            return text
    else:
        start = _first_row_read_by_content(rows)
        if start is not None:
            columns = _Columns(header_kinds(list(lx.HEADERLESS_TASK_TABLE_COLUMNS)), list(lx.HEADERLESS_TASK_TABLE_COLUMNS))
            text = _read_under_header(rows, start, columns, start, carry_down=carry_down, cut_last=cut_last,
                                      context=context)
            if text is not None:
                place = next(row[1] for row in rows[start:] if not _one_text_row(row))
                _note(_one_line(place), "the table has no header row; its columns are read by their content: "
                                                 + " | ".join(lx.HEADERLESS_TASK_TABLE_COLUMNS))
                return text
    return "\n".join(_plain_lines(rows))


# A 任务分工表 pasted without its header row (序号 | 任务 | 责任单位 left off, the caption above it saying what it is):
# offices paste the table's body alone, in Word and on a portal page (<td> only), its group rows 一、… merged across.
# Its columns are self-evident by their content, and the table is read as if headed 序号 | 任务 | 责任单位 when, over
# exactly three columns, every row of several texts opens with a running number (1, 2, 3 straight through, or
# restarting at 1 after a one-text group row), its middle cell is a phrase of the task's words (longer than a person's
# or a short body's name; reading as a unit list on fewer than a third of the rows) and its last cell reads as a unit list (names ending as bodies' names do,
# 、-joined, with （牵头）/（配合） marks: cells._reads_as_units) on two rows of three at least. A table of figures (its
# last cells numbers), a list of people (姓名 in the middle) or units laid out in a grid (units in the middle) is no
# such table. A caption ending in 分工表 / 任务表 is neither required nor used: the caption is often not beside the table
# (a 附件 title on the page before, a portal page's heading, a pasted text without it) and not every reader hands the
# text around a table over (a PDF's); and it would not make a table of figures a task table, which the content rule
# already refuses. Four columns or more (牵头 | 配合 unheaded, a 时限 column) are left unread: which unit column leads
# cannot be told without its header.
_LEAST_NUMBERED_ROWS = 3
_SHORTEST_TASK_TEXT = 6  # characters: longer than a person's name (张某某) or a short body's (县甲局)


def _first_row_read_by_content(rows: list[list[str]]) -> int | None:
    """The first row of a task table with no header row (see above): its first numbered row, or the group row just
    above it; None where the table does not read so."""
    if not rows or any(len(row) != len(lx.HEADERLESS_TASK_TABLE_COLUMNS) for row in rows):
        return None
    last, after_group, first, numbered, units, tasks_as_units = 0, False, None, 0, 0, 0
    for n, row in enumerate(rows):
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        if _one_text_row(cells):
            after_group = True
            continue
        number, task, unit = cells
        found = _NUMBER_CELL.match(number)
        if not found or not found.group(1):
            return None
        value = matched_number(found)
        if value != last + 1 and not (value == 1 and after_group):
            return None  # not a running number
        if len(task) < _SHORTEST_TASK_TEXT:
            return None
        last, after_group, numbered = value, False, numbered + 1
        units += _reads_as_units(unit)
        tasks_as_units += _reads_as_units(task)  # (推进…景区, …服务站: a task's words may end as a body's name)
        if first is None:
            first = n - 1 if n and _one_text_row(rows[n - 1]) and _SECTION_LABEL.match(_one_line(
                next(c for c in rows[n - 1] if c.strip()).strip())) else n
    if numbered < _LEAST_NUMBERED_ROWS or 3 * units < 2 * numbered or 3 * tasks_as_units >= numbered:
        return None
    return first


def _read_under_header(rows: list[list[str]], start: int, columns: _Columns, first_data: int, *, carry_down: bool,
                       cut_last: bool, context: str) -> str | None:
    """The table's text read under its header (`columns`, at rows[start:first_data]); None where no row under it
    reads as a row of the table."""
    # a matrix's unit columns (● ○ under each unit's name) become the unit columns of any task table
    columns, data = unfold(columns, rows[first_data:], " ".join([context, *_plain_lines(rows[:start])]))
    # unit codes (A、J / ②、③) in the unit columns, written as the units the document's code legend names
    data = cells_decoded(columns, data)
    # a column citing a standard's articles (评审条款: 1.1.1) or the plan's items (方案任务序号: 3, 二（一）3)
    # beside the task column: a reference, no task
    columns = _citing_column_beside_task(columns, data)
    # a column quoting the upper level's item (省方案任务) beside this level's measures: a reference, read for no unit
    columns = _upper_level_column_beside_task(columns, data)
    # a 规划章节 column citing the plan's chapter on every row (第四章第三节): a reference, no group
    columns = _chapter_column_citing_the_plan(columns, data)
    # a 任务编号 column of codes (2025-03-011) numbers the tasks, its rows sharing a code one task (`_task_codes`)
    columns, data, code_running_numbers = _task_codes(columns, data)
    # a first column of filing numbers (第3号, 第48、52号（并案）) and no 序号 beside it numbers the rows by them
    columns, filed = _filing_number_column(columns, data, " ".join([context, *_plain_lines(rows[:start])]))
    # columns of levels numbered by codes extending each other (1. | 1.1 | 1.1.1), the last the tasks (a 测评体系)
    columns, data = _levels_numbered_by_codes(columns, data)
    # a task column that heads the rows under it (一、 heads merged down, or 1. heads over items numbered within
    # them), known before the items' running labels are taken for the 序号
    columns = _heads_column_as_group(columns, data)
    # a role column (牵头 | 配合 a row) beside one unit column: the role of each row's units
    columns = _role_column_beside_units(columns, data)
    # a 序号 merged with its 重点任务 over measures numbered 1. 2. afresh under each: the measures are the tasks
    columns, data = _number_column_over_items_numbered_afresh(columns, data)
    columns, data = number_by_running_labels(columns, data)
    # a 考核细则's merged 一级指标 / 考核项目 column, written on its group's first row only
    columns = _indicator_column_as_group(columns, data)
    # or one cell spanning numbered rows
    columns = _spanning_task_column_as_group(columns, data)
    # a kind column tagging every row beside the table's own group rows: text, the group rows the sections
    columns = _tag_column_beside_group_rows(columns, data)
    data, foot = _foot_note_rows(data)
    # a column of bodies no header word names (衔接单位) given its role by the note under the table
    columns = _columns_given_a_role_by_a_note(columns, " ".join([context, *_plain_lines(foot)]))
    reader = _Reader(columns, carry_down, code_running_numbers)
    reader.support_merged = _says_support_merged(columns, context)
    reader.filed = filed
    reader.marks_repeats = _columns_marking_repeats(columns, data)
    reader.duty_columns += _share_columns_of_duties(columns, data)
    number = columns.first("number")
    reader.decimal = number is not None and any(
        len(r) > number and _DECIMAL_CELL.match(r[number].strip()) for r in data)
    for n, row in enumerate(data, start=first_data + 1):
        reader.row(row, cut=cut_last and n == len(rows))
    # a rule stated in a header (排在第一位的为牵头单位) is a note of the plan, read where notes are
    if not reader.lines:
        return None
    notes = [f"注:{note}。" for note in header_notes([c for r in rows[start:first_data] for c in r])]
    return "\n".join(_plain_lines(rows[:start]) + notes + reader.text() + _plain_lines(foot))


_BODIES_COLUMN = re.compile(lx.TABLE_BODY_COLUMN)
# where a note's point opens: after its head (注： / 说明：, a point number after it) or a later numbered point (；2.)
_NOTE_POINT_OPENING = ("(?:(?<![^\\s。；;])(?:" + lx.alternation(lx.NOTE_HEADS) + r")\s*\d?\s*[:：]\s*(?:\d{1,2}\s*[.、．]\s*)?"
                       r"|[。；;]\s*\d{1,2}\s*[.、．]\s*)")
_ROLE_VERB_OPENING = "(" + lx.alternation(lx.ROLE_VERBS_OPENING_A_SENTENCE) + ")"


def _columns_given_a_role_by_a_note(columns: _Columns, context: str) -> _Columns:
    """A column of bodies whose header names no role the reader knows, given one by the note under the table.

    An inspection's schedule (序号 | 时间 | 检查地点 | 被检查单位 | 衔接单位) names its doers in a column headed by what
    they do for the visit (衔接单位, 陪同单位, 对接单位), and says their part in a note: 注：衔接单位负责检查点位安排、
    汇报材料准备等工作。 Unread, the rows kept the bodies as text and had no unit. A note (or a numbered point of
    it) opening with the column's name and a role verb (lx.ROLE_VERBS_OPENING_A_SENTENCE: 负责, 牵头, 配合 …) gives
    the column that verb's role (lx.VERB_ROLES). Not so: a column a header word already reads, one of the bodies a row
    is about (被检查单位: lx.TABLE_OBJECT_COLUMN_OPENINGS) or of those attending an event (参会单位: lx.
    TABLE_PARTICIPANT_COLUMN_OPENINGS), a verb followed by a person's word (负责人, 负责同志: the
    note speaks of the bodies' officials). The reading report says which column the note named."""
    kinds = list(columns.kinds)
    for j, (name, kind) in enumerate(zip(columns.names, columns.kinds)):
        header = re.sub(r"\s+", "", name)
        if kind is not None or not _BODIES_COLUMN.search(header) or header.startswith(
                lx.TABLE_OBJECT_COLUMN_OPENINGS + lx.TABLE_PARTICIPANT_COLUMN_OPENINGS):
            continue
        role = _role_a_note_gives(header, context)
        if role:
            kinds[j] = role
            _note(header, f"column {_quote(header)} names no role; the note under the table gives it one: {role}")
    return columns.with_kinds(kinds) if kinds != columns.kinds else columns


def _role_a_note_gives(header: str, context: str) -> str | None:
    """The role a note gives the bodies of the column named `header` (注：衔接单位负责… → responsible), or None."""
    if header not in context:
        return None
    for found in re.finditer(_NOTE_POINT_OPENING + re.escape(header) + _ROLE_VERB_OPENING, context):
        if not context.startswith(lx.TABLE_NOTE_ROLE_PERSON_WORDS, found.end()):
            return lx.VERB_ROLES[found.group(1)]
    return None


def _one_text_row(row: list[str]) -> bool:
    """Whether a row holds one text only: one cell merged over the columns (repeated in each slot it covers) or one
    cell beside empty ones (a spacer column, cells left blank)."""
    return len({c.strip() for c in row if c.strip()}) == 1


def _foot_note_rows(data: list[list[str]]) -> tuple[list[list[str]], list[list[str]]]:
    """The table's rows and the note kept at its foot. A spreadsheet holds its 注 in the sheet: one cell merged over the
    columns as its last row (注：1.牵头单位有多个的…；2.…), and saved as a web page or copied into a document the note
    stays a row of the table. It is the table's note, not a task or a group row, and its rules (各县（市、区）人民政府为
    落实单位) apply to the rows above as a note under the table does: so it is written after the table's lines. The
    note is the run of one-text rows closing the table whose first opens with a note's head and colon (注： / 说明： /
    备注：, marks._NOTE_UNDER); its later rows (2.…) are the note's further points."""
    start = len(data)
    while start > 0 and _one_text_row(data[start - 1]):
        start -= 1
    for n in range(start, len(data)):
        if _NOTE_UNDER.match(next(c.strip() for c in data[n] if c.strip())):
            return data[:n], data[n:]
    return data, []


def _columns_marking_repeats(columns: _Columns, data: list[list[str]]) -> set[int]:
    """The unit columns where some row writes a ditto (同上, 〃, 同上（X除外）…: `ditto`) for the cell above. An office
    that marks a repeat so has no merged cell in the column, so an empty cell there is a blank (see
    `_Reader._carry_merged_cells_down`)."""
    return {j for j, kind in enumerate(columns.kinds) if kind in UNIT_COLUMN_KINDS
            and any(j < len(row) and writes_ditto(row[j].strip()) for row in data)}


def _share_columns_of_duties(columns: _Columns, data: list[list[str]]) -> list[int]:
    """A 三个责任 list's share columns (属地管理责任 | 部门监管责任 | 企业主体责任: `_bears_a_share`) when their cells are
    duty sentences, not names. The same header stands over either: one list names who bears each share (各乡镇（街道） /
    县X局牵头，县Y局配合), another writes what each bearer must do (各乡镇（街道）负责日常巡查，建立隐患台账). A list
    writes its shares all one way, so the cells of all its share columns decide together: where most of them do not read
    as a unit list (cells._reads_as_units), the columns are role duty columns (`_role_duty_column`), their cells the
    task's sentences and the bodies heading the clauses its units, never one sentence taken for a body's name. A single
    sentence that happens to end as a name does (负责检查餐饮场所) is outvoted by the others."""
    shares = [j for j, (name, kind) in enumerate(zip(columns.names, columns.kinds))
              if kind in UNIT_COLUMN_KINDS and _bears_a_share(re.sub(r"\s+", "", name))]
    # (a section row spanning the table repeats its title in every slot: no cell of a share)
    cells = [row[j].strip() for row in data if not _one_text_row(row) for j in shares if j < len(row)]
    cells = [c for c in cells if c and not _NONE.match(c)]
    sentences = sum(not _reads_as_units(c) for c in cells)
    return shares if cells and 2 * sentences > len(cells) else []


@lru_cache(maxsize=1024)
def _labels_units(name: str) -> bool:
    """Does a column name read as a role label (负责科室, 落实股室, 责任学校, 责任部（室）) though no header word names its
    column? Its cells are written into the task's text under the name (负责科室：X), and the annotation reader reads
    them as the row's units under that label: a row filling it names units of its own."""
    text = re.sub(r"\s+", "", name)
    return bool(label_role(text) or label_role(column_name(text)))


def _collectives_only(cell: str) -> bool:
    """Does the cell name collectives of places only (各县（市、区）人民政府, 各乡镇、各街道), no body of its own?"""
    names = [name.strip() for _, name in depth_zero_split(cell, "、，,；;\n") if name.strip()]
    return bool(names) and all(lx.EACH in name for name in names)
