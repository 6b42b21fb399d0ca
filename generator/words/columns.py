"""What the name of a table's column says it holds (序号 number, 重点任务 task, 牵头单位 lead, 分管领导 extra …), by the
lexicon's header words alone.

The one reading of a column's words, for the table reader (source/formats/table/header.py::header_kind, which first
sets aside what is no column name by its shape: a heading, a caption, a title) and for the plan reader reporting a
table it did not read (parse/__init__.py): two stages asking what a header cell names must get the same answer.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import ROLES
from . import lexicon as lx

# a unit column is of the kind of the role it gives its units
UNIT_COLUMN_KINDS = ROLES

# kinds in order: the first whose pattern is found decides
KIND_PATTERNS = tuple((kind, re.compile(pattern)) for kind, pattern in lx.TABLE_HEADER_KINDS)
BODY_COLUMN = re.compile(lx.TABLE_BODY_COLUMN)
_LIST_COLUMNS = tuple((kind, re.compile(pattern)) for kind, pattern in lx.TABLE_LIST_COLUMNS)
# a schedule's stage cell (lexicon TABLE_STAGE_VERBS): the verb, then four characters or more of what it reaches
_WORK_STAGE = re.compile("(?:" + lx.alternation(lx.TABLE_STAGE_ADVERBS) + ")?(?:" + lx.alternation(lx.TABLE_STAGE_VERBS)
                         + ").{4}")
# A column of people, not units (分管领导, 责任人), unless it names units as well (责任单位及责任人): the lexicon's words.
_PEOPLE = re.compile(lx.TABLE_PEOPLE_HEADS)
_UNIT_WORD = re.compile(lx.TABLE_UNIT_WORDS)
# where a project lies (所在街道, 所属街道, 项目所在地): the lexicon's location mark and place word closing the cell
LOCATION_ENDINGS = tuple(mark + place for mark in lx.TABLE_LOCATION_MARKS for place in lx.TABLE_LOCATION_PLACES)

# A note in brackets after a column name: 责任单位（排在第一位的为牵头单位）, 完成时限（2025年）.
HEADER_NOTE = re.compile(r"[(（]([^()（）]*)[)）]")


@lru_cache(maxsize=16384)
def column_name(cell: str) -> str:
    """A header cell without spaces and without its bracketed note: the column name itself."""
    return HEADER_NOTE.sub("", re.sub(r"\s+", "", cell))


@lru_cache(maxsize=16384)
def column_kind(name: str) -> str | None:
    """What a column name (column_name) says its column holds: number, task, lead, responsible, support, implement,
    deadline, group, extra; None if its words name nothing."""
    listed = next((kind for kind, pattern in _LIST_COLUMNS if pattern.match(name)), None)
    if listed:
        return listed
    # a people column named by who its people are (包村干部, 网格员, 包保责任人, 牵头领导): names, never units
    if (_PEOPLE.search(name) or name.endswith(lx.PEOPLE_ENDINGS)) and not _UNIT_WORD.search(name):
        return "extra"
    if name.endswith(lx.TABLE_TALLY_ENDINGS):
        return "extra"  # 牵头任务数, 落实任务数: how many tasks a unit leads, a count (no unit, no task column)
    if name.endswith(lx.TABLE_QUANTITY_ENDINGS):
        return "extra"  # 任务量, 工作量: how much work falls to the row, a figure (no task column)
    # (资金主管部门, 资金使用单位: a column of bodies named by the money they handle ends in a body word and is read by
    # its role words below, not as amounts)
    if any(word in name for word in lx.TABLE_AMOUNT_HEADS) and not BODY_COLUMN.search(name):
        return "extra"  # 总投资（万元）, 年度计划投资: amounts of a project list
    if name in lx.TABLE_PLACE_HEADS:
        return "group"  # 村（社区） / 乡镇（街道）: where the rows' work is done, merged down them like a 类别
    if name.endswith(LOCATION_ENDINGS):
        return "extra"  # 所在街道, 项目所在地: where the row's project lies, kept in its text (项目 names no task here)
    for kind, pattern in KIND_PATTERNS:
        if pattern.search(name):
            if _overseer_label(name):
                return "support"  # 督办牵头单位, 督查责任单位, 督促责任单位: the overseer of the doers, whatever its label
            # 指标牵头单位, 指标责任单位: a word of another kind (指标, text) before a role label closing the name gives
            # way to the label; a name already read as a unit column keeps its first role word (牵头责任单位 leads)
            if kind not in UNIT_COLUMN_KINDS and _qualified_role_column(name):
                return _qualified_role_column(name)
            # (完成项目前期手续: a stage of a schedule's row, its 项目 the verb's object, names no task column)
            # (项目业主: the project's owner, a body, lexicon TABLE_OWNER_BODY_ENDINGS)
            return None if kind == "task" and (BODY_COLUMN.search(name) or _WORK_STAGE.match(name)
                                               or owner_body_column(name)) else kind
    if not BODY_COLUMN.search(name) and any(word in name for word in lx.TABLE_NOTE_HEADS):
        return "extra"  # 建设规模, 验收标准, 建设年限: what the row says beside its task, no unit
    return None


# 全县目标, 年度目标任务, 县级目标 (lexicon TABLE_AREA_FIGURE_SCOPES, TABLE_AREA_FIGURE_TARGETS); 乡镇分解任务
# (TABLE_BREAKDOWN_FIGURE_PLACES, then TABLE_BREAKDOWN_FIGURE_ENDS)
_AREA_FIGURE = re.compile("^(?:" + lx.alternation(lx.TABLE_AREA_FIGURE_SCOPES) + ")(?:"
                          + lx.alternation(lx.TABLE_AREA_FIGURE_TARGETS) + ")$")


def area_figure_column(name: str) -> bool:
    """Does a column name (column_name) head the figure of the whole area or the year (全县目标, 年度目标任务) or the
    quotas handed down to places (乡镇分解任务), words that alone would name the task column? A bare 任务分解 heads
    the measures the units take: the work."""
    if _AREA_FIGURE.match(name):
        return True
    end = next((e for e in lx.TABLE_BREAKDOWN_FIGURE_ENDS if name.endswith(e)), None)
    return end is not None and name[:-len(end)].endswith(lx.TABLE_BREAKDOWN_FIGURE_PLACES)


def indicator_columns(names: list[str], kinds: list[str | None]) -> list[int]:
    """The text columns holding the word 指标 (指标名称, 指标属性, 量化指标): the ones a target breakdown's fallback
    (header._kinds_of) may take as its rows' indicators, when exactly one of them stands in the header."""
    return [j for j, (n, k) in enumerate(zip(names, kinds))
            if k == "extra" and any(w in n for w in lx.TABLE_INDICATOR_COLUMN_WORDS)]


def figures_beside_indicators(names: list[str], kinds: list[str | None]) -> list[str | None]:
    """A target breakdown's header (序号 | 指标（任务）名称 | 计量单位 | 全县目标 | 牵头单位): after a column naming the
    indicators (lexicon TABLE_INDICATOR_COLUMN_NAMES), a column named by the whole area's or the year's target holds
    figures, kept as text ("extra"), and the indicators' column is left to name the work. Not so (the target column
    stays the work, as its words say) with no column naming indicators before it (序号 | 全县目标任务 | 责任单位;
    年度任务 | 考核指标: the 指标 column after the work holds its measure; 年度目标任务 | 量化指标: a value column),
    nor when a second 指标 column (主要指标 | 指标属性 | 年度目标) would leave the indicators' column uncertain.
    `names`: the cells' column_name."""
    figures = [j for j, (n, k) in enumerate(zip(names, kinds)) if k == "task" and area_figure_column(n)]
    if not figures:
        return kinds
    indicators = [j for j in indicator_columns(names, kinds) if j not in figures]
    if len(indicators) != 1 or names[indicators[0]] not in lx.TABLE_INDICATOR_COLUMN_NAMES \
            or indicators[0] > figures[0]:
        return kinds
    return ["extra" if j in figures else k for j, k in enumerate(kinds)]


# the plain word before a role label (指标 in 指标牵头单位): one to four Chinese characters
_QUALIFIER = re.compile(r"[\u4e00-\u9fff]{1,4}")


def _overseer_label(name: str) -> bool:
    """Is the name a role label qualified by an oversight word (督办牵头单位, 督查责任单位: lexicon
    TABLE_OVERSIGHT_QUALIFIERS)? The house reads the body overseeing a task's doers as supporting them."""
    return any(name.endswith(label) and any(w in name[:-len(label)] for w in lx.TABLE_OVERSIGHT_QUALIFIERS)
               and _QUALIFIER.fullmatch(name[:-len(label)]) for label, _ in lx.TABLE_ROLE_LABEL_ENDS)


def _qualified_role_column(name: str) -> str | None:
    """The role of a unit column named by a plain word and a role label (指标牵头单位 lead, 指标责任单位 responsible,
    事项配合单位 support: lexicon TABLE_ROLE_LABEL_ENDS); None for any other name, a bare label included (its own
    pattern reads it) and words joined before the label (考核指标及责任单位)."""
    for label, kind in lx.TABLE_ROLE_LABEL_ENDS:
        if name.endswith(label):
            qualifier = name[:-len(label)]
            plain = _QUALIFIER.fullmatch(qualifier) and not any(j in qualifier for j in lx.TABLE_ROLE_LABEL_JOINS)
            return kind if plain else None
    return None


# a column's measure in its closing bracket (建设面积（万亩）, 资金（万元）, 完成率（%）), or stated (（单位：万亩）)
_MEASURE_NOTE = re.compile(r"[(（](?:单位[:：])?(?:" + "|".join(map(re.escape, lx.TABLE_COLUMN_MEASURES)) + r")[)）]")


def owner_body_column(name: str) -> bool:
    """Does the column name the project's owner, a body (项目业主, 业主单位: lexicon TABLE_OWNER_BODY_ENDINGS)? Its
    项目 is no task column, and beside a trade's overseer its bodies carry the project out."""
    return name.removesuffix("单位").endswith(lx.TABLE_OWNER_BODY_ENDINGS)


def measured_column(cell: str) -> bool:
    """Does a header cell give its column's measure in a closing bracket (建设面积（万亩）, 目标任务（万亩）, 资金（万元）)?
    Such a column holds a figure per row: a 分解表 hands quantities down to its rows, the measure said once above."""
    text = re.sub(r"\s+", "", cell)
    match = _MEASURE_NOTE.search(text, max(0, len(text) - 12))
    return bool(match) and match.end() == len(text)


def names_unit_column(cell: str) -> bool:
    """Does a header cell name a column of units (牵头单位, 责任单位（部门）, 配合单位, 落实单位)?"""
    return column_kind(column_name(cell)) in UNIT_COLUMN_KINDS


def listed_column(name: str) -> bool:
    """A column named as a list (任务清单, 责任清单): read by its words before the shape of a caption sets it aside."""
    return any(pattern.match(name) for _, pattern in _LIST_COLUMNS)
