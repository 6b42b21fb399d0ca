"""The header of a task table: what each column names (序号, 任务, 牵头单位 …), read by meaning, and the
one or two header rows that start a table."""
from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from dataclasses import dataclass, field, replace

from ....words import lexicon as lx
from ....words.columns import (BODY_COLUMN as _BODY_COLUMN, HEADER_NOTE, LOCATION_ENDINGS, UNIT_COLUMN_KINDS,
                               column_kind, column_name, figures_beside_indicators, indicator_columns,
                               listed_column, measured_column, owner_body_column)
from ....words.names import unit_like
from .group_bodies import body_group_row
from .marks import _ANY_LABEL, _NUMBER_CELL, _SPACE_RUN, _TABLE_TITLE, matrix_mark


# What each column names: the one reading of a column's words (words/columns.py), shared with the plan reader.
# The clause each unit column becomes; 责任单位 stays 责任单位 so the parser
# gives it the `responsible` role the design assigns to that word.
_CLAUSES = (("lead", "牵头单位"), ("responsible", "责任单位"), ("support", "配合单位"), ("implement", "落实单位"),
            ("deadline", "完成时限"))
# a table's caption stating its measure (单位：万元, 金额单位：亿元, 单位：万元、个): a head word, 单位 and a colon, then
# measures only. It stands above the header of a project list and names no column: read as one (万元 an amount
# column's word) it opened the header a cell early, and a header repeated on a later page no longer matched it.
_MEASURE = "(?:" + "|".join(sorted(map(re.escape, lx.TABLE_CAPTION_MEASURES), key=len, reverse=True)) + ")"
_MEASURE_CAPTION = re.compile(r"^[^\W\d_]{0,4}单位[:：]" + _MEASURE + "(?:[、，,/]" + _MEASURE + ")*$")
_MAX_HEADER_CHARS = 12
_MAX_HEADER_CELLS = 16  # columns of a task table's header pasted one cell per line, at most
# A schedule's period sub-columns (a 进度安排表's 1月 … 12月 under 进度安排（月份）, 第一季度 … 第四季度) are counted
# apart: a month-by-month gantt has 4–6 named columns and 12 month cells, 17–19 header cells pasted one a line, which
# is still a header. Each kind keeps its own cap, so a long run of short lines still stops the scan early.
_MAX_PERIOD_CELLS = 24  # two years of months


def too_many_header_cells(cells: list[str]) -> bool:
    """Whether `cells`, a header pasted one cell per line so far, run past what a task table's header holds."""
    periods = sum(1 for cell in cells if header_kind(cell) == "period")
    return periods > _MAX_PERIOD_CELLS or len(cells) - periods > _MAX_HEADER_CELLS


# A note in brackets after a column name: 责任单位（排在第一位的为牵头单位）, 完成时限（2025年）.
_HEADER_NOTE = HEADER_NOTE
_header_text = column_name  # (the column name itself: spaces and bracketed note off)


def unspaced(cell: str) -> str:
    """A header cell without its letter-spacing (备　注 -> 备注), so a column's name labels its text as written."""
    tokens = _SPACE_RUN.split(cell.strip())
    if len(tokens) > 1 and all(len(t) == 1 and not t.isascii() for t in tokens):
        return "".join(tokens)
    return cell.strip()


def header_notes(cells: list[str]) -> list[str]:
    """The bracketed notes of header cells that state a rule (排在第一位的为牵头单位), for the plan's text."""
    notes = [m.group(1) for c in cells for m in _HEADER_NOTE.finditer(re.sub(r"\s+", "", c))]
    return [n for n in dict.fromkeys(notes) if re.search(r"牵头|负责|第一|首位", n)]


def place_column(cell: str) -> bool:
    """A header cell naming the places the rows' work is done in (村（社区）, 乡镇（街道）): a group column whose cell a
    town's sheet may merge down its village's rows or write again on every row."""
    return _header_text(cell) in lx.TABLE_PLACE_HEADS or re.sub(r"\s+", "", cell) in lx.TABLE_PLACE_HEADS


_LOCATION_ENDINGS = LOCATION_ENDINGS


def site_column(cell: str) -> bool:
    """A header cell naming where each row's event or work is held (地点, 活动地点, 建设位置) or where its project lies
    (所在街道, 项目所在地): a place, no body."""
    text = _header_text(cell)
    return text.endswith(lx.TABLE_SITE_HEADS) or (text not in lx.TABLE_PLACE_HEADS and text.endswith(_LOCATION_ENDINGS))


# 斜线表头: a matrix's top-left cell split by a diagonal line names the row heads' column and the column heads' kind
# together (责任单位 over 工作任务, 任务＼单位), as two lines, two words parted by spaces or by a drawn slash, in either
# order. Joined, the words end in 单位 and read as a unit column: the header had no task column and the whole matrix
# was lost. The cell heads the rows' tasks; its unit word says what heads the columns to its right (the units).
_CORNER_PARTS = re.compile(r"\s+|[" + re.escape("".join(lx.TABLE_CORNER_SLASHES)) + "]")


def diagonal_corner(cell: str) -> bool:
    """Whether a header cell is a 斜线表头: one word naming the task column (工作任务, 任务, 项目) and one naming the
    bodies heading the columns (责任单位, 单位, 部门), parted by a line, spaces or a slash; no other word."""
    parts = [column_name(p) for p in _CORNER_PARTS.split(cell.strip()) if p]
    if len(parts) != 2:
        return False
    kinds = [column_kind(p) for p in parts]
    return "task" in kinds and any(k == "responsible" or (k is None and _BODY_COLUMN.search(p))
                                   for k, p in zip(kinds, parts))


# (cached: every line of a text is asked whether it could be a header, most of them many times over as the readers
# of each table layout try it; the answer depends on the cell's text alone)
@lru_cache(maxsize=16384)
def header_kind(cell: str) -> str | None:
    """What a header cell names: number, task, lead, responsible, support, deadline, extra; None if it names nothing."""
    text = _header_text(cell)
    if _MEASURE_CAPTION.match(text):
        return None  # 单位：万元 above the header: the table's caption, no column
    if re.match(r"\s*[(（]", cell):
        return None  # (一)工作任务 is an outline heading; a column's note comes after its name
    if listed_column(text):
        return column_kind(text)
    if diagonal_corner(cell):
        return "task"
    # (代表 ends in 表 as a caption does: 领衔代表 names the deputies' column, not a table)
    if (not text or len(text) > _MAX_HEADER_CHARS or _ANY_LABEL.match(text)
            or (_TABLE_TITLE.search(text) and not text.endswith("代表")) or re.search("[《》。；;]", text)):
        return None  # "二、重点任务" is a heading, "重点任务分工表" a caption, 《…》 a title: not column names
    kind = column_kind(text)
    if kind in (None, "task") and measured_column(cell) and not _BODY_COLUMN.search(text):
        return "extra"  # 建设面积（万亩）, 目标任务（万亩）: a figure per row in the measure the bracket gives
    return kind


# A column name no header word knows (整治行业, 民生实事, 创建指标): offices name the task column in
# many ways. When a header names no task column but names unit columns and a 序号 or a 时限, and leaves
# exactly one short column unnamed before the units, that column holds the tasks: a 分工表 says what is
# to be done, then who does it. Two unnamed columns, or one after the units, say nothing certain.
_UNNAMED_TASK = re.compile(r"^[^\d\W]{2,12}$")


def header_kinds(cells: list[str]) -> list[str | None]:
    """What each cell of a header row names (header_kind), the task column found by position when no word names it."""
    return list(_header_kinds(tuple(cells)))


@lru_cache(maxsize=4096)
def _header_kinds(cells: tuple[str, ...]) -> tuple[str | None, ...]:
    """header_kinds, cached: the table readers ask it of every line that might open a table, most of them
    again and again (measured: a tenth of the reading time of the styles set before the cache)."""
    return tuple(_kinds_of(list(cells)))


def _kinds_of(cells: list[str]) -> list[str | None]:
    kinds = _named_place_beside_problem(_ledger_reports([header_kind(c) for c in cells], cells), cells)
    kinds = _duty_table(_members_alone(_inspectors_without_doers(kinds, cells), cells), cells)
    kinds = _bodies_before_work(kinds, cells)
    kinds = _adjusted_bodies_as_subject(_project_bodies_beside_owner(kinds, cells), cells)
    kinds = _oversight_beside_doers(_bodies_beside_units(kinds, cells), cells)
    kinds = _backers_beside_a_lead(kinds, cells)
    kinds = _inspected_matter_beside_work(_examiners_beside_doers(kinds, cells), cells)
    kinds = _publishers_of_no_release(_money_bodies_beside_doers(kinds, cells), cells)
    kinds = _outline_levels(kinds, cells)
    kinds = figures_beside_indicators([_header_text(c) for c in cells], kinds)  # 指标名称 | 全县目标: figures
    if "task" in kinds:
        return kinds
    # a target breakdown (年度目标考核指标分解: 考核指标 | 目标值 | 分值 | 责任单位) lists indicators as its work: with
    # no other task column and unit columns beside it, the one indicator column holds the rows' tasks
    indicators = indicator_columns([_header_text(c) for c in cells], kinds)
    if len(indicators) == 1 and any(k in UNIT_COLUMN_KINDS for k in kinds):
        kinds[indicators[0]] = "task"
        return kinds
    stretch = _stretch_column(kinds, cells)
    if stretch is not None:
        kinds[stretch] = "task"
        return kinds
    unnamed = [j for j, k in enumerate(kinds) if k is None and _header_text(cells[j])]
    units = [j for j, k in enumerate(kinds) if k in UNIT_COLUMN_KINDS]
    shaped = "number" in kinds or "deadline" in kinds  # a 分工表's 序号 or 时限 besides the units, not a two-column list
    if len(unnamed) == 1 and units and shaped and unnamed[0] < units[0] and _may_name_task(cells[unnamed[0]]):
        kinds[unnamed[0]] = "task"
        return kinds
    naming = _row_naming_column(kinds, cells)
    if naming is None:
        naming = _locality_of_figures(kinds, cells)
    if naming is not None:
        kinds[naming] = "task"
    return kinds


# an outline level named as a column (篇, 章名, 节名称) -> its depth (lexicon PART_DEPTHS, TABLE_OUTLINE_LEVEL_NAMES)
_OUTLINE_LEVEL_DEPTHS = {noun + ending: depth for noun, depth in lx.PART_DEPTHS for ending in lx.TABLE_OUTLINE_LEVEL_NAMES}


def _outline_level(cell: str) -> int | None:
    """The depth of the outline level a header cell names (篇 0, 章名 1, 节 2), or None."""
    return _OUTLINE_LEVEL_DEPTHS.get(_header_text(cell))


def _noted_level(cell: str) -> int | None:
    """The depth of the outline level a column's bracketed note names (主要内容（节）: 2), or None."""
    note = HEADER_NOTE.search(re.sub(r"\s+", "", cell))
    return _OUTLINE_LEVEL_DEPTHS.get(note.group(1)) if note else None


def _outline_levels(kinds: list[str | None], cells: list[str]) -> list[str | None]:
    """An outline table's level columns (篇 | 章, 篇名 | 章名 | 节名): the deepest level is the rows' item, their task
    column and title, the higher ones group them, as a 类别 merged down its rows does. Where another column names the
    work, the levels stay groups over it (a 分解表 set out by a standard's 章 | 节 over its 条款), unless its note says
    it holds a deeper level (主要内容（节） beside 篇 | 章): it lists the row's parts, text under the deepest named
    level. One level column and a work column beside it (章 | 条款) stay as the header words read them."""
    levels = {j: depth for j, c in enumerate(cells) if (depth := _outline_level(c)) is not None}
    if not levels:
        return kinds
    deepest = max(levels, key=lambda j: (levels[j], j))
    work = [j for j, k in enumerate(kinds) if k == "task" and j not in levels]
    listing = [j for j in work if (noted := _noted_level(cells[j])) is not None and noted > levels[deepest]]
    if work and len(listing) != len(work):
        return kinds if len(levels) == 1 else ["group" if j in levels else k for j, k in enumerate(kinds)]
    if len(levels) == 1 and not any(k in UNIT_COLUMN_KINDS for k in kinds):
        return kinds
    return ["task" if j == deepest else "group" if j in levels else "extra" if j in listing else k
            for j, k in enumerate(kinds)]


def _stretch_column(kinds: list[str | None], cells: list[str]) -> int | None:
    """The one place column (路段, 整治区域, 具体位置) of a header naming no task column but unit columns: a road's,
    a river's or a grid's 联动分工表 (序号 | 路段 | 责任单位 | 联络人 | 值班电话) parts the work by the stretch each
    row covers, so the stretch is the row's task. Two place columns say nothing certain."""
    if not any(k in UNIT_COLUMN_KINDS for k in kinds):
        return None
    stretches = [j for j, c in enumerate(cells)
                 if kinds[j] == "extra" and any(word in _header_text(c) for word in lx.TABLE_STRETCH_HEADS)]
    return stretches[0] if len(stretches) == 1 else None


_INSPECTED_OBJECT = re.compile(lx.TABLE_INSPECTED_OBJECT_COLUMN)


def _row_naming_column(kinds: list[str | None], cells: list[str]) -> int | None:
    """The one column naming what each row covers in a header naming no task column but unit columns: a 三管三必须
    监管职责清单's sector (序号 | 行业领域 | 监管部门 | 配合部门 | 职责依据: one sector a row, the group word 领域 no
    merged group here) or an inspection schedule's object (序号 | 检查时间 | 检查对象 | 牵头单位 | 参加单位). Read as a
    group or a note column they left the table with no task column and every row was lost. The units answer for the
    sector or the object inspected, which titles the row. Two such columns say nothing certain."""
    if not any(k in UNIT_COLUMN_KINDS for k in kinds):
        return None
    naming = [j for j, c in enumerate(cells)
              if (kinds[j] == "group" and any(word in _header_text(c) for word in lx.TABLE_SECTOR_HEADS))
              or (kinds[j] == "extra" and _INSPECTED_OBJECT.match(_header_text(c)))]
    return naming[0] if len(naming) == 1 else None


def _locality_of_figures(kinds: list[str | None], cells: list[str]) -> int | None:
    """The one place column (乡镇, 乡镇（街道）, 镇街) of a year-target table by locality: a 三年行动方案's 年度目标表
    sets one row per town, a figure per year (2025年 | 2026年, 2025年目标) and the body answering for it (乡镇 | 2025年 |
    2026年 | 2027年 | 责任单位). Read as a group column beside period columns it left the table with no task column and
    every row was lost. With a unit column naming who answers for each row, and nothing beside the place but a 序号,
    periods and units, each row is the town's share of the work: the town titles it, its figures are its text. A
    matrix of quotas with no unit column (a 分解表's locality per row and indicator per column) names no one answering
    for the row and stays as it was; two place columns say nothing certain."""
    if not any(k in UNIT_COLUMN_KINDS for k in kinds) or "period" not in kinds:
        return None
    places = [j for j, c in enumerate(cells) if kinds[j] == "group" and place_column(c)]
    if len(places) != 1:
        return None
    figures_and_units = ("number", "period", *UNIT_COLUMN_KINDS)
    if not all(k in figures_and_units for j, k in enumerate(kinds) if j != places[0]):
        return None
    return places[0]


def source_column(header: str) -> bool:
    """A column citing where each row's duty or task comes from (职责依据, 法律依据, 政策依据, 任务来源, 出处): laws and
    documents quoted, no duty statement of the row (lexicon TABLE_SOURCE_HEADS)."""
    return header_kind(header) == "extra" and any(word in _header_text(header) for word in lx.TABLE_SOURCE_HEADS)


def basis_column(header: str) -> bool:
    """A source column giving a duty's legal basis (职责依据, 法律依据, 政策依据): its cells may quote an article whose
    clauses name a law's bodies (lexicon TABLE_BASIS_HEADS)."""
    return source_column(header) and any(word in _header_text(header) for word in lx.TABLE_BASIS_HEADS)


def report_column(header: str, problems: bool = True) -> bool:
    """A column of a ledger's report by its header (进展情况, 本月进展情况, 下步工作计划; with `problems`, 存在问题 too):
    what was done, what holds the row up, what comes next."""
    labels = lx.REPORT_LABELS if problems else lx.REPORT_FIELD_LABELS
    return _header_text(header).endswith(labels)


def _ledger_reports(kinds: list[str | None], cells: list[str]) -> list[str | None]:
    """A 推进情况台账 / 督办台账 sets beside each task and its units the report on it: 进展情况, then 存在问题 and
    下步打算 (下步工作计划, whose 工作 would name a task column). With a column of the task of its own, those are the
    row's report, kept in its text (rows.py writes them as report lines the annotation reader skips), not its work. A
    problem column is a report only after the progress column: a 问题台账 (存在问题 | 整改措施 | … | 整改进展) is set
    problem first, and its problem is the row's work and title (TABLE_PROBLEM_COLUMN)."""
    texts = [_header_text(c) for c in cells]
    progress = [j for j, t in enumerate(texts) if report_column(t, problems=False)]
    if not progress:
        return kinds
    reports = {j for j, t in enumerate(texts) if report_column(t, problems=j > progress[0])}
    if not any(k == "task" and j not in reports for j, k in enumerate(kinds)):
        return kinds
    return ["extra" if j in reports and k in ("task", None) else k for j, k in enumerate(kinds)]


_PROBLEM_COLUMN = re.compile(lx.TABLE_PROBLEM_COLUMN)
_WORK_NAME = re.compile(lx.TABLE_WORK_NAME)


def _named_place_beside_problem(kinds: list[str | None], cells: list[str]) -> list[str | None]:
    """A …名称 column naming a place or an object (河湖名称, 道路名称, 小区名称) beside a column of problems (问题描述,
    存在问题) in a 问题台账: the problem is the row's work and titles it, the name says where it is and stays in the
    row's text under its header. A 名称 naming work (项目名称, 事项名称) stays a task column."""
    texts = [_header_text(c) for c in cells]
    if not any(k == "task" and _PROBLEM_COLUMN.search(t) for k, t in zip(kinds, texts)):
        return kinds
    return ["extra" if k == "task" and t.endswith("名称") and not _WORK_NAME.search(t) else k
            for k, t in zip(kinds, texts)]


_MEMBERS_COLUMN = re.compile(lx.TABLE_MEMBERS_COLUMN)


def _members_alone(kinds: list[str | None], cells: list[str]) -> list[str | None]:
    """A members' column (成员单位, 专班成员单位) supports the lead beside it; as the table's only unit column it has no
    lead to help (序号 | 成员单位 | 主要职责, a duty list set as a table): it is a plain column of bodies again, which
    `_duty_table` and `_bodies_before_work` read as the body answering for each row."""
    units = [j for j, k in enumerate(kinds) if k in UNIT_COLUMN_KINDS]
    if len(units) != 1 or not _MEMBERS_COLUMN.search(_header_text(cells[units[0]])):
        return kinds
    return [None if j == units[0] else k for j, k in enumerate(kinds)]


# a duty list set as a table, unit first (序号 | 成员单位 | 主要职责): a column of duties (…职责) beside one column of bodies
_DUTY_COLUMN = re.compile("(?:" + "|".join(lx.TABLE_DUTY_HEADS) + ")$")


def _duty_table(kinds: list[str | None], cells: list[str]) -> list[str | None]:
    """A header naming the duties (主要职责, 工作职责) and one column of bodies (单位, 成员单位, 部门) but no unit column by
    role: the duties are the tasks and each row's body is responsible for its duty (parse.duties reads the same list
    written as paragraphs)."""
    if any(k in UNIT_COLUMN_KINDS for k in kinds):
        return kinds
    texts = [_header_text(c) for c in cells]
    duties = [j for j, t in enumerate(texts) if kinds[j] in (None, "task") and _DUTY_COLUMN.search(t)]
    bodies = [j for j, t in enumerate(texts) if kinds[j] is None and _BODY_COLUMN.search(t)]
    if len(duties) != 1 or len(bodies) != 1 or any(k == "task" for j, k in enumerate(kinds) if j != duties[0]):
        return kinds
    kinds = list(kinds)
    kinds[duties[0]], kinds[bodies[0]] = "task", "responsible"
    return kinds


def _bodies_before_work(kinds: list[str | None], cells: list[str]) -> list[str | None]:
    """A 责任清单 set body first (序号 | 单位 | 普法内容 | 主要措施, 部门 | 重点任务): one column of bodies (单位, 部门,
    单位名称) before the columns of work and no unit column by role: each row lists the work its body answers for, so
    the body is responsible, as in a duty table. A 单位 after the work (指标 | 单位 | 目标值) is a unit of measure."""
    if any(k in UNIT_COLUMN_KINDS for k in kinds) or "task" not in kinds:
        return kinds
    bodies = [j for j, c in enumerate(cells) if kinds[j] is None and _BODY_COLUMN.search(_header_text(c))]
    if len(bodies) != 1 or bodies[0] > kinds.index("task"):
        return kinds
    return ["responsible" if j == bodies[0] else k for j, k in enumerate(kinds)]


_PROJECT_BODY = re.compile(lx.TABLE_PROJECT_BODY_COLUMN)
_OWNER = re.compile(lx.TABLE_OWNER_COLUMN)


def _project_bodies_beside_owner(kinds: list[str | None], cells: list[str]) -> list[str | None]:
    """项目单位 / 项目建设单位 / 资金使用单位 / 用款单位 / 项目业主 beside a 项目主管部门 / 归口管理部门 / 行业监管部门 and no
    other column of doers (a 资金安排表, a 减排项目清单): the body carrying out and spending on the project implements it, the department it belongs to
    answers for it. Beside a 责任单位, 牵头单位 or 实施单位 it stays a column of bodies (`_bodies_beside_units`)."""
    texts = [_header_text(c) for c in cells]
    # (the department over the project: owning it, 项目主管部门, or overseeing it, 行业监管部门)
    if any(k in ("lead", "implement") or (k == "responsible" and not (_OWNER.search(t) or _OVERSIGHT.search(t)))
           for k, t in zip(kinds, texts)):
        return kinds
    bodies = [j for j, t in enumerate(texts) if kinds[j] is None and _PROJECT_BODY.match(t)]
    if "responsible" not in kinds or len(bodies) != 1:
        return kinds
    # a 项目业主 implements beside the trade's overseer only (a 减排 / 治理 项目清单: 行业监管部门); beside the project's
    # 主管部门 (a 政府投资项目计划) it is the project's legal person, kept in the row's text (the wholes34 reading)
    if owner_body_column(texts[bodies[0]]) and not any(_OVERSIGHT.search(t) for t in texts):
        return kinds
    return ["implement" if j == bodies[0] else k for j, k in enumerate(kinds)]


def _adjusted_bodies_as_subject(kinds: list[str | None], cells: list[str]) -> list[str | None]:
    """An 议事协调机构 / 机构改革 list (序号 | 机构名称 | 牵头单位 | 处理意见 | 承接单位) names each row by the body it
    keeps, merges or abolishes, before the columns of who runs it: that body is the row's subject and titles it, as a
    项目名称 does, not a column of doers (lexicon TABLE_ADJUSTED_BODY_HEADS). Only with role columns after it and no
    other task column; a duty list set as a table (单位名称 | 主要职责) keeps its bodies as doers.

    The adjustment names who leads each body's work (牵头单位) beside it; a directory of institutions (养老机构名录:
    机构名称 | 地址 | 主管部门, 定点医疗机构名单 with 责任科室) names only who supervises or registers each: no work to do,
    its rows no tasks."""
    if "task" in kinds or "lead" not in kinds:
        return kinds
    units = [j for j, k in enumerate(kinds) if k in UNIT_COLUMN_KINDS]
    subjects = [j for j, c in enumerate(cells)
                if kinds[j] is None and _header_text(c).endswith(lx.TABLE_ADJUSTED_BODY_HEADS)]
    if not units or len(subjects) != 1 or subjects[0] > units[0]:
        return kinds
    return ["task" if j == subjects[0] else k for j, k in enumerate(kinds)]


def _bodies_beside_units(kinds: list[str | None], cells: list[str]) -> list[str | None]:
    """被审计单位 / 被检查单位 beside a 责任单位 column (an 整改台账, an inspection list): the bodies each row is about,
    kept in its text under their header; the units of the row are the role columns'."""
    if not any(k in UNIT_COLUMN_KINDS for k in kinds):
        return kinds
    return ["extra" if k is None and _BODY_COLUMN.search(_header_text(c)) else k for k, c in zip(kinds, cells)]


_OVERSIGHT = re.compile(lx.TABLE_OVERSIGHT_COLUMN)


_OVERSEEING = re.compile(lx.TABLE_OVERSEEING_COLUMN)
_INSPECTING = re.compile(lx.TABLE_INSPECTING_COLUMN)


def overseer_column(names: list[str], kinds: list[str | None]) -> int | None:
    """The unit column holding the office that oversees a row's doers (督导单位 beside 责任单位), counted from the row's
    end (1 = its last column), or None: a supporting column named so beside a column of doers."""
    if not any(k in ("lead", "responsible", "implement") for k in kinds):
        return None
    found = [j for j, (n, k) in enumerate(zip(names, kinds)) if k == "support" and _OVERSEEING.search(_header_text(n))]
    return len(kinds) - found[-1] if len(found) == 1 else None


def _inspectors_without_doers(kinds: list[str | None], cells: list[str]) -> list[str | None]:
    """A 督查单位 / 督导部门 column with no column of the bodies doing the work beside it (a 督查检查计划: 检查事项 |
    督查对象 | 督查单位 | 时间): the body named is the one carrying out the row's inspection, and answers for it. Read as an
    overseer it supported doers the table does not name; the overseer reading needs a 责任单位 / 牵头单位 / 实施单位
    beside it (an object column, 督查对象 / 被检查单位, names the bodies inspected, no doers). So does a column named
    by the inspecting itself (检查单位 / 检查部门, lx.TABLE_INSPECTING_COLUMN), which no header word reads and which
    was kept as text beside 被检查单位: the row lost all its units. Two such columns say nothing certain. In a
    findings ledger (存在问题 | 整改措施, lx.TABLE_FINDINGS_WORDS) the inspector does no 整改: left as it was."""
    if any(k in ("lead", "responsible", "implement") for k in kinds):
        return kinds
    # (a findings ledger, 检查单位 | 存在问题 | 整改措施: the inspector found the problems and puts none of them right)
    if any(word in _header_text(c) for c in cells for word in lx.TABLE_FINDINGS_WORDS):
        return kinds
    inspectors = [j for j, c in enumerate(cells)
                  if (kinds[j] == "support" and _OVERSEEING.search(_header_text(c)))
                  or (kinds[j] is None and _INSPECTING.match(_header_text(c)))]
    if len(inspectors) != 1:
        return kinds
    return ["responsible" if j == inspectors[0] else k for j, k in enumerate(kinds)]


def _oversight_beside_doers(kinds: list[str | None], cells: list[str]) -> list[str | None]:
    """A 监管部门 column beside a column of the bodies doing the work (实施主体 | 监管部门 in a project table): the
    department oversees them and supports, as the same words read as an annotation label; alone it stays the body
    the work belongs to (responsible)."""
    oversight = [j for j, c in enumerate(cells) if kinds[j] in UNIT_COLUMN_KINDS and _OVERSIGHT.search(_header_text(c))]
    doers = [j for j, k in enumerate(kinds) if k in ("lead", "responsible", "implement") and j not in oversight]
    if not oversight or not doers:
        return kinds
    return ["support" if j in oversight else k for j, k in enumerate(kinds)]


_AID = re.compile(lx.TABLE_AID_COLUMN)


def _backers_beside_a_lead(kinds: list[str | None], cells: list[str]) -> list[str | None]:
    """A 支援单位 column beside a 牵头单位 (an emergency plan's 牵头单位 | 支援单位): its bodies back the leading one and
    support; alone or beside the implementers it is a pairing-aid list's aiding side and stays responsible."""
    backers = [j for j, c in enumerate(cells) if kinds[j] == "responsible" and _AID.match(_header_text(c))]
    if not backers or "lead" not in kinds:
        return kinds
    return ["support" if j in backers else k for j, k in enumerate(kinds)]


def _names_money(cell: str) -> bool:
    """A header cell naming the money its bodies handle (资金主管部门, 资金使用单位)."""
    return any(word in _header_text(cell) for word in lx.TABLE_MONEY_WORDS)


def _money_bodies_beside_doers(kinds: list[str | None], cells: list[str]) -> list[str | None]:
    """资金主管部门 beside a 责任单位 / 牵头单位 (a 资金安排表 with its own doers' column): the department funding the row
    does none of its work, kept in its text; beside only a 实施单位, or alone, it answers for the row
    (lx.TABLE_MONEY_WORDS)."""
    money = [j for j, c in enumerate(cells) if kinds[j] in UNIT_COLUMN_KINDS and _names_money(c)]
    # (beside a 实施单位 alone it is the owner over the implementer, as 项目主管部门 is: it stays)
    doers = [j for j, k in enumerate(kinds) if k in ("lead", "responsible") and j not in money]
    if not money or not doers:
        return kinds
    return ["extra" if j in money else k for j, k in enumerate(kinds)]


_PUBLISHER = re.compile(lx.TABLE_PUBLISHER_COLUMN)


def _publishers_of_no_release(kinds: list[str | None], cells: list[str]) -> list[str | None]:
    """发布部门 beside work columns none of which names a release (政策名称 | 发布部门 | 发布时间): the issuer of a listed
    document, no role in the row's work, kept in its text; beside 发布内容 / 发布主题 (a 新闻发布计划) it holds the
    release and answers for it (lx.TABLE_PUBLISHER_COLUMN)."""
    publishers = [j for j, c in enumerate(cells) if kinds[j] == "responsible" and _PUBLISHER.search(_header_text(c))]
    works = [_header_text(c) for j, c in enumerate(cells) if kinds[j] == "task"]
    if not publishers or not works or any(word in w for w in works for word in lx.TABLE_RELEASE_WORDS):
        return kinds
    return ["extra" if j in publishers else k for j, k in enumerate(kinds)]


_INSPECTED_MATTER = re.compile(lx.TABLE_INSPECTED_MATTER_COLUMN)


def _inspected_matter_beside_work(kinds: list[str | None], cells: list[str]) -> list[str | None]:
    """督查内容 / 督导事项 beside another work column (督查内容 | 工作任务): it says how the work is checked, kept in the
    row's text; the work column holds the task and its title. Alone it is the rows' work (lx.TABLE_INSPECTED_MATTER_COLUMN)."""
    matters = [j for j, c in enumerate(cells) if kinds[j] == "task" and _INSPECTED_MATTER.match(_header_text(c))]
    if not matters or all(k != "task" for j, k in enumerate(kinds) if j not in matters):
        return kinds
    return ["extra" if j in matters else k for j, k in enumerate(kinds)]


def _examines(cell: str) -> bool:
    """A header cell naming the act of examining or scoring, or the figures' source (牵头考核部门, 评分责任单位)."""
    return any(word in _header_text(cell) for word in lx.TABLE_EXAMINING_WORDS)


def _examiners_beside_doers(kinds: list[str | None], cells: list[str]) -> list[str | None]:
    """A unit column named by the examining (牵头考核部门, 考核实施单位) beside a column of the bodies doing the work
    (责任单位): the body scores the row and is no unit of its task, kept in its text under its header; with no such
    column beside it (a 考核细则's 考核责任单位 | 配合单位) it answers for the row by its role word
    (lx.TABLE_EXAMINING_WORDS)."""
    examiners = [j for j, c in enumerate(cells) if kinds[j] in UNIT_COLUMN_KINDS and _examines(c)]
    # (the bodies doing the work: every unit column but the supporting one, which helps and is examined by none)
    doers = [j for j, k in enumerate(kinds) if k in UNIT_COLUMN_KINDS and k != "support" and j not in examiners]
    if not examiners or not doers:
        return kinds
    return ["extra" if j in examiners else k for j, k in enumerate(kinds)]


def _may_name_task(cell: str) -> bool:
    """A cell short and plain enough to be a column's name: no numeral label, caption, title or sentence."""
    text = _header_text(cell)
    return (bool(_UNNAMED_TASK.match(text)) and not _ANY_LABEL.match(text) and not _TABLE_TITLE.search(text)
            and not _BODY_COLUMN.search(text) and header_kind(cell) is None and "分工" not in text)


_LONGEST_BODY = 30  # characters of a body's name heading a matrix column (国家金融监督管理总局某某监管分局)


def body_column(cell: str) -> bool:
    """A header cell that is a body's name, no column word (市发展改革委, 各乡镇人民政府): a column of a
    responsibility matrix, whose cells mark the body's part in each task (see `matrix`)."""
    text = re.sub(r"\s+", "", cell)  # a bracket is part of a body's name: 各县（市、区）
    return 3 <= len(text) <= _LONGEST_BODY and header_kind(cell) is None and unit_like(text) and not _ANY_LABEL.match(text)


# A matrix's column headed by a body's short name (发改, 公安, 住建): no ending says it is a body, but the marks under
# it do, beside columns headed by bodies' full names. Short and plain: no numeral, label or sentence.
_SHORT_BODY = re.compile(r"^[^\d\W]{2,8}$")


def marked_column(cell: str, cells_below: list[str]) -> bool:
    """A column of a matrix: headed by a body's name, or by a short name no header word knows, with a mark under
    it (● ○ √ 牵) and nothing but marks (or empty cells) under it."""
    named = body_column(cell) or (header_kind(cell) is None and bool(_SHORT_BODY.match(re.sub(r"\s+", "", cell))))
    return named and any(matrix_mark(c) for c in cells_below) and all(not c.strip() or matrix_mark(c)
                                                                        for c in cells_below)


# A matrix may head its unit columns by short names alone (序号 | 重点任务 | 公安 | 住建 | 交通, ● ○ √ under them).
# A short word says nothing of itself (公安 could be any header word), so the columns are units only where the
# document says so: its legend gives the marks under them roles (（●为牵头单位，○为配合单位）, 打“√”的为责任单位, a
# 注 under the table), or a spanning 责任单位 heads them (`short_names_under_unit_column`). The legend is the
# document's, known before any table in it is looked for, while the layout readers ask `header_at` deep down: it is
# held while `marks_stated()` is open (set by the readers of a text and of a grid) rather than passed down.
_STATED_MARKS: ContextVar[frozenset[str]] = ContextVar("stated_marks", default=frozenset())


@contextmanager
def marks_stated(marks):
    """Within the block, `marks` (●, ○, √) are the ones the document's legend gives a role."""
    token = _STATED_MARKS.set(frozenset(marks))
    try:
        yield
    finally:
        _STATED_MARKS.reset(token)


def short_named_column(cell: str, cells_below: list[str], stated: frozenset[str] | None = None) -> bool:
    """A matrix column headed by a short name (公安, 住建), no body's full name, with only marks under it and every
    mark one the document's legend gives a role (`stated`; the legend held by `marks_stated` by default)."""
    stated = _STATED_MARKS.get() if stated is None else stated
    return (bool(stated) and not body_column(cell) and marked_column(cell, cells_below)
            and all(matrix_mark(c) in stated for c in cells_below if c.strip()))


def _matrix_header(cells: list[str], below: list[list[str]]) -> bool:
    """A responsibility matrix's header: a task column, two or more columns headed by bodies' names, and a mark
    (● ○ √ 牵) under one of them in the rows below. The marks decide: bodies' names over numbers or text (a
    target per county) make no matrix. Columns headed by short names count only under the document's legend."""
    bodies = [j for j, c in enumerate(cells) if body_column(c)]
    if len(bodies) >= 2 and any(j < len(row) and matrix_mark(row[j]) for row in below for j in bodies):
        return True
    short = [j for j, c in enumerate(cells) if short_named_column(c, [row[j] for row in below if j < len(row)])]
    return len(short) >= 2


def _is_header(cells: list[str], below: list[list[str]] | tuple = ()) -> bool:
    kinds = header_kinds(cells)
    useful = {"lead", "responsible", "support", "implement", "deadline"}
    if "task" in kinds and _matrix_header(cells, list(below)):
        return all(len(_header_text(c)) <= _MAX_HEADER_CHARS or body_column(c) for c in cells)
    if _over_rows_grouped_by_body(kinds, list(below)):
        return all(len(_header_text(c)) <= _MAX_HEADER_CHARS for c in cells)
    return "task" in kinds and bool(useful & set(kinds)) and all(
        len(_header_text(c)) <= _MAX_HEADER_CHARS for c in cells)


def _over_rows_grouped_by_body(kinds: list[str | None], below: list[list[str]]) -> bool:
    """序号 | 改革事项 | 设定依据 | 审批层级和部门 … over 一、市公安局（2项）: a 清单 grouped by the body in charge names
    no unit column (an approving level's column is text: the body approving by law, no assignment), its group rows
    name the bodies (group_bodies). A 序号 and a task column and a group row naming a body among the rows under it
    make it a task table."""
    return ("number" in kinds and "task" in kinds and not any(k in UNIT_COLUMN_KINDS for k in kinds)
            and any(body_group_row(row) for row in below))


# A header's cells name columns: none opens with an outline label or closes a sentence. A sheet with no 序号 column
# has, under its header, a first data row whose cells may still read as column words (谋划储备项目 ends in 项目, 6月底前
# is a period); its group cell (一、扩大投资) or a measure written as a sentence (…80个。) says it is a row of data,
# not the header's lower row.
_SENTENCE_MARK = re.compile("[。；;]")


def _heads_or_says(cell: str) -> bool:
    """Whether a cell opens with an outline label (一、, （一）, 1.) or holds a sentence's stop: a row's data."""
    text = cell.strip()
    return bool(_ANY_LABEL.match(text) or _SENTENCE_MARK.search(text))


def _is_header_continuation(cells: list[str], top: list[str | None]) -> bool:
    """The second row of a two-row header: 牵头单位 | 配合单位 under a spanning 责任分工."""
    texts = [c for c in cells if c.strip()]
    if len(texts) >= 2 and all(body_column(c) for c in texts):
        return True  # the bodies' names under a spanning 责任单位: a matrix's columns
    if not texts or any(len(_header_text(c)) > _MAX_HEADER_CHARS for c in texts):
        return False
    if _NUMBER_CELL.match(texts[0].strip()):
        return False
    # a row numbered under the header's 序号 is a data row, though a 类别 column left of 序号 opens it with a word
    # (类别 | 序号 | 工作任务 … over 项目建设 | 1 | 推进产业园建设 …)
    at = top.index("number") if "number" in top else None
    if at is not None and at < len(cells) and _NUMBER_CELL.match(cells[at].strip()):
        return False
    if any(_heads_or_says(c) for c in texts):
        return False
    kinds = [header_kind(c) for c in texts]
    named = [k for k in kinds if k]
    return len(named) >= 2 or (None in top and len(named) == len(texts))


def lower_header_past_rule(upper: list[str], lower: list[str]) -> bool:
    """Is `lower`, found under a Markdown rule, the second row of a two-row header rather than the first data row?

    HTML-to-Markdown converters can only write one header row, so they put the rule under the first row and the
    second row (2027年 | 2028年 | 2029年 under 进度安排, 牵头单位 | 配合单位 under 责任分工) below it as if it were data.
    The row is a header's lower row when it leaves its first cell empty (under 序号, which spans both rows), puts a
    cell under one of the empty slots the upper row's spanning cell left, and reads as a header's continuation.
    A header printed again under the rule fills the upper row's cells, so it is never taken."""
    if not lower or lower[0].strip():
        return False
    under_a_slot = any(c.strip() and (j >= len(upper) or not upper[j].strip()) for j, c in enumerate(lower))
    return under_a_slot and _is_header_continuation(lower, header_kinds(upper))


@dataclass
class _Columns:
    kinds: list[str | None]
    names: list[str]
    header_cells: set[str] = field(default_factory=set)  # every text of the header rows
    # the lower header cells under a spanning unit column that name no role the reader knows (主抓单位 under 责任分工):
    # their columns are read by the spanning cell's role, and the reading report says so (`_sub_columns_named`)
    unread: tuple[tuple[str, str], ...] = ()
    # the names of columns quoting the upper level's items beside this level's measures (省方案任务 | 我市落实举措):
    # a reference, written on a line of its own under its row that the annotation reader does not read (rows.py)
    quoting: frozenset[str] = frozenset()
    # the columns headed by short names (公安 | 住建) a spanning unit column (责任单位) stands over: a matrix's units,
    # said so by the header (`short_names_under_unit_column`)
    spanned: frozenset[str] = frozenset()
    # the short names a matrix's unit columns were headed by, read as units (matrix.unfold): no cell holding them
    # alone is a cell naming no unit
    short_units: frozenset[str] = frozenset()
    # whether the number and group columns are the ones a table numbering its levels by codes made (1. | 1.1 | 1.1.1,
    # rows.py `_levels_numbered_by_codes`): only then does a 1.1.1 序号 number its row under its head 1.1, and a dotted
    # group title (1.1 理论武装) over rows with no 序号 stand as its own level; an ordinary 类别 titled 2.1 危化品 over
    # counted rows is numbered 一、 as any other
    coded_levels: bool = False
    width: int = field(init=False)

    def __post_init__(self):
        self.width = len(self.kinds)

    def with_kinds(self, kinds: list[str | None], names: list[str] | None = None) -> _Columns:
        """The same header read with other kinds (and names): its header cells and unread columns kept."""
        return replace(self, kinds=kinds, names=self.names if names is None else names)

    def first(self, kind: str) -> int | None:
        return self.kinds.index(kind) if kind in self.kinds else None


def header_at(rows: list[list[str]], start: int, below: list[list[str]] | None = None) -> tuple[_Columns, int] | None:
    """The header at rows[start] (one or two rows): its columns and the index of the first data row. `below` are
    the rows under it where `rows` holds the header alone (a reader of lines; a matrix is known by its marks)."""
    if start + 1 < len(rows) and _groups_over_unit_names(rows[start], rows[start + 1]):
        grouped = _grouped_matrix_header(rows, start, below)
        if grouped:
            return grouped
    upper_names = _is_header(rows[start], rows[start + 1:start + 5] if below is None else below)
    if not upper_names and not _spans_role_columns(rows, start):
        return _grouped_matrix_header(rows, start, below)
    names = [unspaced(c) for c in rows[start]]
    kinds = header_kinds(names)
    end = start + 1
    unread: list[tuple[str, str]] = []
    if end < len(rows):
        printed = _sides_named(rows[start], _months_named(rows[start], rows[end]))
        data = rows[end + 1:end + 5] if below is None else below[1:5]
        lower, unread = _sub_columns_named(rows[start], printed, _unit_parts_named(rows[start], printed), data)
        rows = [*rows[:end], lower, *rows[end + 1:]]
    spanned: list[str] = []
    if end < len(rows) and (spanned := short_names_under_unit_column(rows[start], rows[end], data)):
        # 责任单位 over 公安 | 住建 | 交通: the short names take the spanning cell's place, a matrix's columns
        lower = [unspaced(c) for c in rows[end]]
        names = [b or a for a, b in zip(names + [""] * (len(lower) - len(names)), lower)] + names[len(lower):]
        kinds = header_kinds(names)
        end += 1
    elif end < len(rows) and _is_header_continuation(rows[end], kinds):
        below = [unspaced(c) for c in rows[end]]
        # a grid repeats spanning cells, so the two rows line up column by column ...
        zipped = [b or a for a, b in zip(names + [""] * (len(below) - len(names)), below)]
        zipped += names[len(zipped):]
        if _lines_up(kinds, below, zipped):
            names = zipped
        else:
            # ... but pasted text lost the spans: the lower cells replace the spanning one, as in a
            # header pasted one cell per line
            names = _grid_order(names + [b for b in below if b])
        kinds = header_kinds(names)
        end += 1
    if not upper_names and not _is_header(names, rows[end:end + 4] if below is None else below[1:]):
        return _grouped_matrix_header(rows, start, below)
    header_cells = {c.strip() for row in rows[start:end] for c in row if c.strip()}
    if end == start + 2:
        header_cells |= {cell for cell, _ in unread}  # (the header printed again on a later page names them)
    return _Columns(kinds, names, header_cells, tuple(unread) if end == start + 2 else (),
                    spanned=frozenset(spanned)), end


def short_names_under_unit_column(upper: list[str], lower: list[str], data: list[list[str]]) -> list[str]:
    """The short names of a header's lower row (公安 | 住建 | 交通) that a spanning unit column (责任单位) stands over,
    with only marks under them (`marked_column`), two or more and nothing else in the row; [] for any other row.

    The spanning cell names the columns as units, as a legend would: without it short names say nothing (see
    `short_named_column`). Bodies' full names under it are read as a matrix's lower row already
    (`_is_header_continuation`)."""
    own = _own_cells(upper, lower)
    if len(own) < 2 or any(body_column(lower[j]) for j in own):
        return []
    if not all(_spanning_unit_cell(upper, j) is not None and marked_column(lower[j], [row[j] for row in data if j < len(row)])
               for j in own):
        return []
    return [unspaced(lower[j]) for j in own]


def _months_named(upper: list[str], lower: list[str]) -> list[str]:
    """A header's lower row of bare month numbers (1 | 2 | … | 12) under a spanning cell that says its sub-columns
    are months (进度安排（月）, 实施月份), the months named (1月 | 2月 | … | 12月); any other row as it stands.

    A spreadsheet's 进度安排表 heads its month columns with the numbers alone. Read as they stand they open no header
    row (a number is a row's 序号), and the row became a row of the table: an empty task or a blank group row. The
    row is known by its empty first cell (序号 spans both rows), its numbers rising by one from where they start,
    and the first of them under the spanning cell or the slots it left empty."""
    filled = [(j, cell.strip()) for j, cell in enumerate(lower) if cell.strip()]
    if not lower or lower[0].strip() or len(filled) < 2 or not all(cell.isdigit() for _, cell in filled):
        return lower
    months = [int(cell) for _, cell in filled]
    if months[0] < 1 or months[-1] > 12 or months != list(range(months[0], months[0] + len(months))):
        return lower
    first = filled[0][0]
    span = next((j for j in range(min(first, len(upper) - 1), -1, -1) if upper[j].strip()), None)
    if span is None or not _says_months(upper[span]) or any(upper[j].strip() for j in range(span + 1, first)):
        return lower
    return [f"{cell.strip()}月" if cell.strip() else cell for cell in lower]


def _sides_named(upper: list[str], lower: list[str]) -> list[str]:
    """A header's lower row of side words (前方 | 后方) under spanning cells (责任单位, 责任人), each word filled out
    with the name of the cell it stands under (前方责任单位 | 后方责任单位 | 前方责任人 | 后方责任人); any other row as it
    stands.

    A pairing-aid project table splits its bodies and its people into the front command on the aided ground and the
    aiding city at the back, and heads the sub-columns with the side alone. Read as they stand the words named no
    column: the row became a task of its own and the column after each spanning cell, its slot left empty, was lost.
    The row is known by its empty first cell (序号 spans both rows), every filled cell a side word under a named
    cell or in a slot it leaves empty, one of them in such a slot."""
    filled = [j for j, cell in enumerate(lower) if cell.strip()]
    if not lower or lower[0].strip() or len(filled) < 2:
        return lower
    if not all(_header_text(lower[j]) in lx.TABLE_SIDE_SUBHEADS for j in filled):
        return lower
    spans = [next((k for k in range(min(j, len(upper) - 1), -1, -1) if upper[k].strip()), None) for j in filled]
    if any(span is None or header_kind(upper[span]) is None for span in spans) or all(
            span == j for span, j in zip(spans, filled)):
        return lower
    named = list(lower)
    for span, j in zip(spans, filled):
        named[j] = _header_text(lower[j]) + _header_text(upper[span])
    return named


# a unit column's sub-column named by a short word (属地, 行业部门, 县区, 部门): a scope and / or a head word, no more
_UNIT_SUBHEAD = re.compile("^(?:" + lx.alternation(lx.TABLE_UNIT_SUBHEAD_SCOPES) + ")?(?:"
                           + lx.alternation(lx.TABLE_UNIT_SUBHEAD_HEADS) + ")?$")


def _unit_subhead(cell: str) -> bool:
    """Whether a lower header cell is a short word naming a kind of unit (属地, 行业部门), no column word of its own."""
    text = _header_text(cell)
    return bool(text) and header_kind(text) not in UNIT_COLUMN_KINDS and bool(_UNIT_SUBHEAD.match(text))


def _unit_parts_named(upper: list[str], lower: list[str]) -> list[str]:
    """A header's lower row of short words under a spanning unit column (责任单位 over 属地 | 行业部门, 责任主体 over
    县区 | 部门), each word filled out with the spanning cell's name (属地责任单位 | 行业部门责任单位); any other row as
    it stands.

    Project lists and 分解表 copied from Excel split the bodies answering for a row into the ground's government and
    the line department, and head the sub-columns with the short word alone. Read as they stand the words name no
    column: the row became a task of its own and the column after the spanning cell, its slot left empty, was lost.
    The row is known by its empty first cell (序号 spans both rows), every filled cell a short unit word standing
    under a unit column or in a slot it leaves empty (or repeats, in a grid), one of them in such a slot."""
    filled = [j for j, cell in enumerate(lower) if cell.strip()]
    if not lower or lower[0].strip() or len(filled) < 2:
        return lower
    spans = [_spanning_unit_cell(upper, j) for j in filled]
    if any(span is None for span in spans) or not any(span != j for span, j in zip(spans, filled)):
        return lower
    if not all(_unit_subhead(lower[j]) or header_kind(lower[j]) in UNIT_COLUMN_KINDS for j in filled):
        return lower
    named = list(lower)
    for span, j in zip(spans, filled):
        if _unit_subhead(lower[j]):
            named[j] = _header_text(lower[j]) + _header_text(upper[span])
    return named


# the longest name of a sub-column under a spanning unit column (主抓单位, 第一责任, 甲组): a word or two, no more
_MAX_SUB_COLUMN_CHARS = 6


def _unknown_sub_column(cell: str) -> bool:
    """A lower header cell no header word reads: short, no body's name, no number, label or sentence (主抓单位, 甲组).
    A two-character word before a bare head (主抓单位, 主推部门) names a kind of unit, no body: a body's name says
    whose it is (县财政局, 市发展改革委)."""
    text = _header_text(cell)
    kind_of_unit = len(text) == 4 and text.endswith(lx.TABLE_SUB_COLUMN_NAME_HEADS)
    return (0 < len(text) <= _MAX_SUB_COLUMN_CHARS and header_kind(cell) is None
            and (kind_of_unit or not body_column(cell))
            and not _unit_subhead(cell) and not _NUMBER_CELL.match(text) and not _heads_or_says(text))


def _sub_columns_named(upper: list[str], printed: list[str], lower: list[str],
                       data: list[list[str]] = ()) -> tuple[list[str], list[tuple[str, str]]]:
    """A header's lower row under a spanning unit column (责任分工 over 主抓单位 | 协办单位, over 第一责任 | 直接责任)
    whose sub-columns are named by words no header word reads, each named so that its units are kept; with the
    cells it could not read, as the table prints them (`printed`), and the spanning cell each stands under. Any
    other row as `lower` (the printed row as `_unit_parts_named` filled it out) holds it, and no cell.

    Offices head the sub-columns of a 责任分工 with words of their own. Read as they stand they name no column: the
    row became a task of its own and the units under them were lost without a word. Each takes the spanning cell's
    name and role (its units answer for the row, as under the spanning cell alone, each slot a clause of its own).
    A name that reads as a unit column with the head word a sub-column leaves out (第一责任 → 第一责任单位, 监管 →
    监管单位: lx.TABLE_SUB_COLUMN_HEAD) is a kind of unit the reader knows; any other is named in the reading report,
    quoted as printed (市级, not the 市级责任分工 that `_unit_parts_named` made of it under 责任分工). The row's own
    cells (`_own_cells`; its first cell may be filled) all stand under a unit column, one in a slot the spanning cell
    leaves empty (or repeats, in a grid), every one a unit column's name, a short unit word or a short unknown name,
    one of them at least unknown. Bodies' short names with marks under them (公安 | 住建 over √, in the `data` rows)
    are a matrix's columns (`marked_column`), no sub-columns: the row is left as it stands."""
    own = _own_cells(upper, lower)
    if len(own) < 2 or any(marked_column(printed[j], [row[j] for row in data if j < len(row)])
                           for j in own if j < len(printed)):
        return lower, []
    spans = [_spanning_unit_cell(upper, j) for j in own]
    if any(span is None for span in spans) or not any(span != j for span, j in zip(spans, own)):
        return lower, []
    unknown = [j for j in own if _unknown_sub_column(lower[j])]
    if not unknown or not all(j in unknown or header_kind(lower[j]) in UNIT_COLUMN_KINDS or _unit_subhead(lower[j])
                              for j in own):
        return lower, []
    named, unread = list(lower), []
    for span, j in zip(spans, own):
        text, spanning = _header_text(lower[j]), upper[span].strip()
        if _unit_subhead(lower[j]) or j in unknown:
            named[j] = spanning  # each a slot of the spanning cell, a clause of its own (rows._bears_a_share)
        headed = text + lx.TABLE_SUB_COLUMN_HEAD
        if j in unknown and (text.endswith(lx.TABLE_UNIT_SUBHEAD_HEADS) or header_kind(headed) not in UNIT_COLUMN_KINDS):
            unread.append(((printed[j] if j < len(printed) else lower[j]).strip(), spanning))
    return named, unread


def _spanning_unit_cell(upper: list[str], j: int) -> int | None:
    """The upper row's unit column over column j: the cell itself, or the nearest filled one to its left whose span
    reaches j (the cells between empty, or repeating it as a grid does); None if no unit column stands over j."""
    if j < len(upper) and upper[j].strip():
        left = j - 1
        while left >= 0 and upper[left].strip() == upper[j].strip():
            left -= 1  # a grid repeats the spanning cell over its slots: its first copy spans them
        span = left + 1
    else:
        span = next((k for k in range(min(j, len(upper)) - 1, -1, -1) if upper[k].strip()), None)
    if span is None or header_kind(upper[span]) not in UNIT_COLUMN_KINDS:
        return None
    return span


def _says_months(cell: str) -> bool:
    """Whether a spanning header cell says its sub-columns are months: its name or its bracketed note ends in 月."""
    note = _HEADER_NOTE.search(cell)
    return _header_text(cell).endswith(lx.TABLE_MONTH_SPAN_ENDS) or bool(
        note and note.group(1).strip().endswith(lx.TABLE_MONTH_SPAN_ENDS))


def _spans_role_columns(rows: list[list[str]], start: int) -> bool:
    """A 台账 / 调度表 header of two rows whose upper row names a task column and puts every role column under one
    spanning cell that names no column itself (责任分工 over 牵头单位 | 责任单位), with no 完成时限 beside it (进展情况 /
    存在问题 follow): the upper row alone names no unit, the two rows together are one row of column names. The lower
    row must hold a unit column under the spanning cell, which a grid repeats over its slots and pasted text writes
    once, leaving the slots after it empty."""
    if start + 1 >= len(rows):
        return False
    upper, lower = rows[start], rows[start + 1]
    kinds = header_kinds(upper)
    if "task" not in kinds or any(len(_header_text(c)) > _MAX_HEADER_CHARS for c in upper):
        return False
    if not _is_header_continuation(lower, kinds):
        return False
    for j, cell in enumerate(upper):
        if kinds[j] is not None or not _header_text(cell):
            continue
        span = j + 1
        while span < len(upper) and upper[span].strip() in ("", cell.strip()):
            span += 1  # the spanning cell's slots: repeated in a grid, empty in pasted text
        if any(header_kind(c) in UNIT_COLUMN_KINDS for c in lower[j:span]):
            return True
    return False


def _groups_over_unit_names(upper: list[str], lower: list[str]) -> bool:
    """Whether `lower` is a matrix's row of unit names under group cells (区直部门 over 区城管局 | 区市场监管局, 街道
    over 城关街道 | 东湖街道): two bodies' names or more and nothing else, none under a cell naming a unit column.

    A two-row matrix header groups its units by kind under spanning cells. The upper row alone may pass as a header
    (序号, 工作任务, 完成时限 named, a group word a body's column or a place column), and its group words were taken
    for the units: every mark went to 区直部门. The units are the lower row's, so the two rows are read together
    (`_grouped_matrix_header`) before the upper one alone. Under a unit column (责任单位 over the names) the rows are
    one header already, read as such."""
    filled = _own_cells(upper, lower)
    if len(filled) < 2 or not all(body_column(lower[j]) for j in filled):
        return False
    return not any(j < len(upper) and header_kind(upper[j]) in UNIT_COLUMN_KINDS for j in filled)


def _own_cells(upper: list[str], lower: list[str]) -> list[int]:
    """The columns where a header's lower row has a cell of its own: filled, and not the upper cell again (a grid
    repeats a cell merged down both rows, 序号 or 完成时限, in each)."""
    return [j for j, cell in enumerate(lower)
            if cell.strip() and not (j < len(upper) and cell.strip() == upper[j].strip())]


def _grouped_matrix_header(rows: list[list[str]], start: int, below: list[list[str]] | None) -> tuple[_Columns, int] | None:
    """A matrix whose units are grouped under spanning cells (市直部门 over 市发改委 | 市财政局, 县区 over A县 | B县):
    the upper row names no unit column, the lower row names the units; together, one cell from the lower row where it
    has one, they are the matrix's header."""
    if start + 1 >= len(rows):
        return None
    lower = rows[start + 1]
    units = [lower[j] for j in _own_cells(rows[start], lower)]
    if len(units) < 2 or not all(body_column(c) for c in units):
        return None
    upper = rows[start] + [""] * (len(lower) - len(rows[start]))
    names = [unspaced(b or a) for a, b in zip(upper, lower + [""] * (len(upper) - len(lower)))]
    under = rows[start + 2:start + 6] if below is None else below[1:]
    if not _is_header(names, under):
        return None
    header_cells = {c.strip() for row in rows[start:start + 2] for c in row if c.strip()}
    return _Columns(header_kinds(names), names, header_cells), start + 2


def _lines_up(kinds: list[str | None], below: list[str], zipped: list[str]) -> bool:
    """Whether a lower header row lines up column by column under the upper one: every column the upper row
    names is still named, or is a column the cells under it replace (责任单位 over 牵头 | 配合: the lower cells
    are the roles, as a careful reader takes them). A grid repeats the spanning cell over its columns; text
    pasted with tabs or | writes it once and leaves the slots after it empty."""
    lost = {k for k in kinds if k} - {header_kind(c) for c in zipped}
    return all(_replaced_by_lower(k, [below[j] if j < len(below) else "" for j, top in enumerate(kinds) if top == k])
               for k in lost)


def _replaced_by_lower(kind: str, under: list[str]) -> bool:
    """Whether the lower cells under an upper column of `kind` take its place column by column: one of them at
    least says more narrowly what it names (牵头单位 under 责任分工), and every other names a column of its own.
    A 分工表 groups 牵头单位 | 配合单位 | 完成时限 under one spanning 责任分工 (or 责任分工及时限): the spanning cell
    heads more than the units, and its deadline sub-column is a column as the units' are, not one of them."""
    return any(_narrows(kind, c) for c in under) and all(_narrows(kind, c) or header_kind(c) for c in under)


def _narrows(kind: str, lower: str) -> bool:
    """Does a lower header cell say more narrowly what the column over it names? Roles under a unit column (责任单位
    over 牵头 | 配合, or bodies' names), periods under a time column (进度安排 / 完成时限 over 2027年 | 2028年: the schedule
    divided by year, each year's cell a target of its own)."""
    if kind in UNIT_COLUMN_KINDS:
        return header_kind(lower) in UNIT_COLUMN_KINDS or body_column(lower)
    return kind == "deadline" and header_kind(lower) == "period"


# The cell over the sub-columns of a two-row header: 年度目标 over 2018年度 | 2019年度, 进度安排 over 一季度 | 二季度.
_PARENT = re.compile(lx.alternation(lx.TABLE_SPAN_WORDS))


def indicator_group_column(cell: str) -> bool:
    """A header cell naming a 测评 / 考核 table's merged indicator item (测评项目, 考核项目) or its first level of
    indicators (一级指标): a cell over the group of rows it heads, printed on the group's first row only."""
    text = _header_text(cell)
    return text in lx.TABLE_INDICATOR_ITEM_HEADS or text == lx.TABLE_INDICATOR_LEVEL_HEADS[0]


def _indicator_levels_under_their_item(cells: list[str]) -> list[str]:
    """A 测评指标 table's two-level header pasted one cell per line (序号 测评项目 测评内容 分值 责任分工 / 一级指标 二级指标
    牵头单位 责任单位): the lower row's levels of indicators come after the upper row's cells and take the place of the
    测评项目 cell spanning them, as the unit columns take 责任分工's. Levels right after the item, or not in one run,
    or two item cells, say nothing certain: the cells stay as they stand."""
    levels = [j for j, c in enumerate(cells) if _header_text(c) in lx.TABLE_INDICATOR_LEVEL_HEADS]
    items = [j for j, c in enumerate(cells) if _header_text(c) in lx.TABLE_INDICATOR_ITEM_HEADS]
    if not levels or len(items) != 1 or levels[0] <= items[0] + 1 or levels != list(range(levels[0], levels[-1] + 1)):
        return cells
    rest = [c for j, c in enumerate(cells) if j not in levels]
    return rest[:items[0]] + [cells[j] for j in levels] + rest[items[0] + 1:]


def _grid_order(cells: list[str]) -> list[str]:
    """Two header rows pasted one cell per line back into grid order: the lower row's cells come
    last (序号 工作任务 责任分工 完成时限 牵头单位 配合单位) and take the place of the cell
    spanning them. The lower cells are the trailing run of unit columns after a column that is
    not one, or the trailing run of periods (2018年度 …); the spanning cell is the one that names
    no column (责任分工), a unit column standing for the pair (责任单位), or a column naming a division in
    time (年度目标, 进度安排, 时间节点). A one-row header of quarters after a 目标要求 column keeps its cells."""
    cells = _indicator_levels_under_their_item(cells)
    kinds = header_kinds(cells)
    # (责任分工 with unit columns after it is the cell spanning them; alone it is the units' column)
    kinds = [None if _header_text(c) in lx.TABLE_DIVISION_HEADS and any(k in UNIT_COLUMN_KINDS for k in kinds[j + 1:])
             else k for j, (c, k) in enumerate(zip(cells, kinds))]
    tail = len(cells)
    sub = "period" if kinds[-1] == "period" else "unit"
    while tail > 1 and (kinds[tail - 1] == "period" if sub == "period" else kinds[tail - 1] in UNIT_COLUMN_KINDS):
        tail -= 1
    lower = cells[tail:]
    if not lower or tail == len(cells) or (sub == "unit" and kinds[tail - 1] in UNIT_COLUMN_KINDS):
        lower = []
    if sub == "unit" and not lower and kinds.count(None) == 1:
        return [c for c, k in zip(cells, kinds) if k is not None]  # 责任分工 over nothing pasted
    if not lower:
        return cells
    top = cells[:tail]
    candidates = [j for j, k in enumerate(kinds[:tail]) if k is None]
    if not candidates and sub == "unit" and len(lower) > 1:
        # a unit column standing for the pair spans two sub-columns or more (责任单位 over 牵头单位 | 配合单位); a lone
        # unit column after a column of people (牵头单位 | 责任领导 | 配合单位, 责任单位 | 出席人员 | 配合单位, … | 联系人
        # | 配合单位) is the last column of a one-row header, no lower row under the earlier unit column
        candidates = [j for j, k in enumerate(kinds[:tail]) if k in UNIT_COLUMN_KINDS]
    if not candidates and sub == "period":
        first_task = kinds.index("task") if "task" in kinds else -1
        candidates = [j for j, c in enumerate(top) if _PARENT.search(c) and j != first_task
                      and kinds[j] not in ("number", *UNIT_COLUMN_KINDS)]
        if len(candidates) > 1 and tail - 1 in candidates:
            # the spanning cell pasted right before its sub-columns (… 配合单位 / 进度安排 / 一季度 / 二季度), as the
            # upper row's last cell; an earlier 年度目标 / 推进计划 is a column of its own
            candidates = [tail - 1]
    if len(candidates) != 1:
        return cells  # no one cell spans them: a one-row header (序号 任务 完成时限 牵头单位 配合单位)
    gap = candidates[0]
    return top[:gap] + lower + top[gap + 1:]
