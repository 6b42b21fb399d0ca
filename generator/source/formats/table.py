"""Task tables (序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限) -> plan text.

Offices often publish the assignment of tasks as a table rather than as
prose. Every format reader hands its tables here as a grid of cell texts
(merged cells already repeated into every grid slot they cover), and text
pasted from a table goes through `find_pasted_tables`. Either way a task row
becomes one line of plan text with an annotation the text parser reads:

    1.<task text>(牵头单位:X、Y;配合单位:Z;完成时限:6月30日前)

and a section row (一 | 强化安全生产责任, or a row one text spans) becomes
"一、<title>". The unit cells go into the annotation as written (a line break
or ； becomes 、 / ，, 无 nothing), so the annotation reader splits and reads
them as it reads any annotation.

What the reader sees through, each a way offices lay tables out:
- header words that vary from office to office (任务/重点任务/具体措施/工作内容,
  时限/完成时限/时间节点, 牵头/责任/配合/参与/协同/落实 + 单位/部门), in any order,
  a 完成时限 column between the task and its units included;
- header words letter-spaced as official documents space short headers (序　号, 工 作 任 务);
- two-row headers: 责任分工 over 牵头单位 | 配合单位, 年度目标 over 2024年 | 2025年;
- a 类别 / 重点领域 column merged over its group's rows: each value a section;
- a 序号 (and 重点任务) merged over several measure rows: one task;
- pasted text in these shapes: tabs, | with or without Markdown rules, spaces
  only (with or without a 序号 column), one cell per line, one cell per line with
  a | line between cells, one cell per line framed by its own | (工作任务 |,
  | 工作任务, | 工作任务 |), and a header on one line over cells one per line;
  in the flattened shapes the header gives the column count and the 序号
  sequence (1, 2, 3 …) the rows, so a row that lost merged or empty cells is
  still one row, its cells placed by what they hold (units, a date, text);
- a task column named by what its rows are about (项目名称, 专项整治行业名称, 民生实事): a
  …名称 / 项目 header, or the one column a 分工表's header leaves unnamed before its unit columns;
- 任务来源 citations and heading rows between the task rows;
- columns of people (分管领导, 责任人, 联系人) and of notes (备注, 政策依据, 考核指标): kept in the
  task's text under their header, never read as units;
- a table over several pages: a page number (- 2 -, 第2页) and the header printed again between rows;
- cells over several lines: a spreadsheet's quoted cell, <br> in a Markdown cell, a unit cell pasted
  one unit per line, a header cell printed over two lines (完成 / 时限);
- a table that opens the text with no title line above it (generator.source.read).

A cell the reader cannot place (beyond the header's columns, fitting no column of a row that lost
cells, a unit cell naming no unit, a row with no task text) is kept in the task's text and said in
the plan's reading report (`table_notes`).
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from ...numerals import chinese, parse_chinese
from ...words import lexicon as lx
from ...words.brackets import depth_zero_split
from ...words.deadlines import find_deadlines
from ...words.names import unit_like

# ---------------------------------------------------------------- what could not be placed
# A cell the reader could not put in its place (one beyond the header's columns, a cell that fits no
# column of a row that lost cells, a unit cell that names no unit, a row with no task text) is kept
# in the task's text and said in the plan's reading report. Table text is built deep inside the
# format readers (a .docx body, an HTML walker, pasted text), so the notes are gathered while
# `table_notes()` is open rather than passed down through every call: (text to find the place by,
# what was not understood).
_NOTES: ContextVar[list[tuple[str, str]] | None] = ContextVar("table_notes", default=None)
_SHOWN = 24  # characters of a cell quoted in a note


@contextmanager
def table_notes():
    """Collect the notes of every table read inside the block, in reading order."""
    notes: list[tuple[str, str]] = []
    token = _NOTES.set(notes)
    try:
        yield notes
    finally:
        _NOTES.reset(token)


def _note(where: str, message: str) -> None:
    notes = _NOTES.get()
    if notes is not None:
        notes.append((where, message))


def _quote(cell: str) -> str:
    text = _one_line(cell)
    return f"'{text[:_SHOWN]}…'" if len(text) > _SHOWN else f"'{text}'"


# Header cells are recognised by meaning: the words that name the column, not
# one spelling of it. Order matters: 协同责任单位 is support, not responsible.
_KINDS = (
    ("number", re.compile(r"^(序号|编号|序|No\.?|NO\.?)$")),
    # 2018年度 | 2019年度, 一季度, 上半年: sub-columns of a 年度目标 / 进度安排 header, read as text
    ("period", re.compile(r"^(?:\d{4}\s*年度?|第?[一二三四1-4]季度|[上下]半年|\d{1,2}月份?|近期|中期|远期)(?:目标|任务)?$")),
    # 任务来源 / 政策依据 / 备注 / 考核指标: kept in the task's text under their header, never read as units
    ("extra", re.compile(r"电话|备注|说明|来源|依据|出处|指标|成果|成效|督办|督导|督查")),
    # 类别 / 重点领域: a merged group cell over several rows; each new value starts a section
    ("group", re.compile(r"类别|领域|板块|分类|类型")),
    ("support", re.compile(r"配合|协同|协助|协办|参与|协作|(?:参加|支持)(?:单位|部门)")),
    ("lead", re.compile(r"牵头")),
    # 落实单位 / 实施主体: the bodies that carry the task out, as the annotation lexicon reads them
    ("implement", re.compile(r"(落实|实施)(单位|部门|主体)")),
    ("responsible", re.compile(r"责任(单位|部门|主体|处室|科室)|负责(单位|部门)|主责|承办|主办")),
    ("deadline", re.compile(r"时限|时间|节点|期限|截止|进度")),
    # …名称 (项目名称, 任务名称, 专项整治行业名称) names what the row is about, a 项目 column the project;
    # a body's name (单位名称, 部门名称) is caught above or by _BODY_COLUMN below
    ("task", re.compile(r"任务|措施|举措|内容|事项|要点|目标|工作|名称|项目")),
)
# 单位名称, 项目单位, 建设部门: a column of bodies that no role word names; not the task column
_BODY_COLUMN = re.compile(r"(?:单位|部门|机构)(?:名称)?$")
# The clause each unit column becomes; 责任单位 stays 责任单位 so the parser
# gives it the `responsible` role the design assigns to that word.
_CLAUSES = (("lead", "牵头单位"), ("responsible", "责任单位"), ("support", "配合单位"), ("implement", "落实单位"),
            ("deadline", "完成时限"))
_UNIT_KINDS = ("lead", "responsible", "support", "implement")
_MAX_HEADER_CHARS = 12
_MAX_HEADER_CELLS = 16  # columns of a task table's header pasted one cell per line, at most

_CN_NUMERAL = r"[一二三四五六七八九十]+"
_SECTION_LABEL = re.compile(rf"^{_CN_NUMERAL}[、.．]")
_ANY_LABEL = re.compile(rf"^([((]\s*[一二三四五六七八九十\d]+\s*[))]|{_CN_NUMERAL}[、.．]|\d+\s*[.、．](?!\d))")
_ARABIC_LABEL = re.compile(r"^(\d{1,3})\s*(?:[.、．](?!\d)|\s)\s*")
_NUMBER_CELL = re.compile(r"^[((]?\s*(\d{1,3})\s*[))]?\s*[.、．]?$")
# A group heading written in the task column of a numbered table: a short phrase without punctuation
# (提升政务服务效能); the rest of a task cell broken over rows is a sentence (…，落实安置点。).
_HEADING_TEXT = re.compile(r"^[^，,。；;：:、！？!?\s]{2,20}$")
# 1.1, 2.3: a task numbered within the group its whole number heads
_DECIMAL_CELL = re.compile(r"^(\d{1,3})\s*[.．]\s*(\d{1,3})[.．]?$")
_TABLE_TITLE = re.compile(r"表$|一览|清单|台账")
_SAME_AS_ABOVE = re.compile(r"^[\"“”]?同上[\"“”]?[。.]?$")
_ENDS_SENTENCE = "。;;.!!??"
_RUNS_ON_MARKS = "，,、：:"


# A note in brackets after a column name: 责任单位（排在第一位的为牵头单位）, 完成时限（2025年）.
_HEADER_NOTE = re.compile(r"[(（]([^()（）]*)[)）]")


def _header_text(cell: str) -> str:
    """A header cell without spaces and without its bracketed note: the column name itself."""
    return _HEADER_NOTE.sub("", re.sub(r"\s+", "", cell))


def header_notes(cells: list[str]) -> list[str]:
    """The bracketed notes of header cells that state a rule (排在第一位的为牵头单位), for the plan's text."""
    notes = [m.group(1) for c in cells for m in _HEADER_NOTE.finditer(re.sub(r"\s+", "", c))]
    return [n for n in dict.fromkeys(notes) if re.search(r"牵头|负责|第一|首位", n)]


# A column of people, not units (分管领导, 责任人, 联系人, 牵头市领导): its names are kept in the task's
# text and never become units; a column naming units as well (责任单位及责任人) is a unit column.
_PEOPLE = re.compile(r"领导|责任人|负责人|联系人|联络员|同志|姓名|职务")
_UNIT_WORD = re.compile(r"单位|部门|处室|科室|主体")


def header_kind(cell: str) -> str | None:
    """What a header cell names: number, task, lead, responsible, support, deadline, extra; None if it names nothing."""
    text = _header_text(cell)
    if re.match(r"\s*[(（]", cell):
        return None  # (一)工作任务 is an outline heading; a column's note comes after its name
    if (not text or len(text) > _MAX_HEADER_CHARS or _ANY_LABEL.match(text) or _TABLE_TITLE.search(text)
            or re.search("[《》。；;]", text)):
        return None  # "二、重点任务" is a heading, "重点任务分工表" a caption, 《…》 a title: not column names
    if _PEOPLE.search(text) and not _UNIT_WORD.search(text):
        return "extra"
    for kind, pattern in _KINDS:
        if pattern.search(text):
            return None if kind == "task" and _BODY_COLUMN.search(text) else kind
    return None


# A column name no header word knows (整治行业, 民生实事, 创建指标): offices name the task column in
# many ways. When a header names no task column but names unit columns and a 序号 or a 时限, and leaves
# exactly one short column unnamed before the units, that column holds the tasks: a 分工表 says what is
# to be done, then who does it. Two unnamed columns, or one after the units, say nothing certain.
_UNNAMED_TASK = re.compile(r"^[^\d\W]{2,12}$")


def header_kinds(cells: list[str]) -> list[str | None]:
    """What each cell of a header row names (header_kind), the task column found by position when no word names it."""
    kinds = [header_kind(c) for c in cells]
    if "task" in kinds:
        return kinds
    unnamed = [j for j, k in enumerate(kinds) if k is None and _header_text(cells[j])]
    units = [j for j, k in enumerate(kinds) if k in _UNIT_KINDS]
    shaped = "number" in kinds or "deadline" in kinds  # a 分工表's 序号 or 时限 besides the units, not a two-column list
    if len(unnamed) == 1 and units and shaped and unnamed[0] < units[0] and _may_name_task(cells[unnamed[0]]):
        kinds[unnamed[0]] = "task"
    return kinds


def _may_name_task(cell: str) -> bool:
    """A cell short and plain enough to be a column's name: no numeral label, caption, title or sentence."""
    text = _header_text(cell)
    return (bool(_UNNAMED_TASK.match(text)) and not _ANY_LABEL.match(text) and not _TABLE_TITLE.search(text)
            and not _BODY_COLUMN.search(text) and header_kind(cell) is None and "分工" not in text)


def _is_header(cells: list[str]) -> bool:
    kinds = header_kinds(cells)
    useful = {"lead", "responsible", "support", "implement", "deadline"}
    return "task" in kinds and bool(useful & set(kinds)) and all(
        len(_header_text(c)) <= _MAX_HEADER_CHARS for c in cells)


def _is_header_continuation(cells: list[str], top: list[str | None]) -> bool:
    """The second row of a two-row header: 牵头单位 | 配合单位 under a spanning 责任分工."""
    texts = [c for c in cells if c.strip()]
    if not texts or any(len(_header_text(c)) > _MAX_HEADER_CHARS for c in texts):
        return False
    if _NUMBER_CELL.match(texts[0].strip()):
        return False
    kinds = [header_kind(c) for c in texts]
    named = [k for k in kinds if k]
    return len(named) >= 2 or (None in top and len(named) == len(texts))


@dataclass
class _Columns:
    kinds: list[str | None]
    names: list[str]
    header_cells: set[str] = field(default_factory=set)  # every text of the header rows
    width: int = field(init=False)

    def __post_init__(self):
        self.width = len(self.kinds)

    def first(self, kind: str) -> int | None:
        return self.kinds.index(kind) if kind in self.kinds else None


def _header(rows: list[list[str]], start: int) -> tuple[_Columns, int] | None:
    """The header at rows[start] (one or two rows): its columns and the index of the first data row."""
    if not _is_header(rows[start]):
        return None
    names = [unspaced(c) for c in rows[start]]
    kinds = header_kinds(names)
    end = start + 1
    if end < len(rows) and _is_header_continuation(rows[end], kinds):
        below = [unspaced(c) for c in rows[end]]
        # a grid repeats spanning cells, so the two rows line up column by column ...
        zipped = [b or a for a, b in zip(names + [""] * (len(below) - len(names)), below)]
        zipped += names[len(zipped):]
        if {k for k in kinds if k} <= {header_kind(c) for c in zipped}:
            names = zipped
        else:
            # ... but pasted text lost the spans: the lower cells replace the spanning one, as in a
            # header pasted one cell per line
            names = _grid_order(names + [b for b in below if b])
        kinds = header_kinds(names)
        end += 1
    header_cells = {c.strip() for row in rows[start:end] for c in row if c.strip()}
    return _Columns(kinds, names, header_cells), end


# A cell that says there is no such unit: 无, 暂无, a dash or slash.
_NONE = re.compile(r"^(?:无|暂无|没有|不涉及|/|／|[-—–－]+)$")
# A role verb written before a name in a unit column (联合公安交管部门 under 主要参与部门): the
# column already gives the role, so the verb is not part of the name.
_LEADING_VERB = re.compile(r"^(?:联合|会同|协同|配合|协助|会商)(?=\S{2})")


def unit_text(cell: str) -> str:
    """A unit cell as the list an annotation clause holds; the annotation reader splits and reads it.

    Cells list units one per line, or separated by 、，； or spaces; a line break or ； is another
    unit of the same column, so it becomes 、 / ， (a ； would end the labelled clause). Cells that
    say 无 are empty, and a joining verb before a name (联合X) is dropped.
    """
    text = cell.strip()
    if _NONE.match(text):
        return ""
    text = re.sub(r"\s*\n\s*", "\n", text)
    text = re.sub(r"(?<=[、，,；;])\n|\n(?=[、，,；;])", "", text).replace("\n", "、")
    text = re.sub("[；;]", "，", text).strip("、，, ")
    if not re.search(r"[((〔\[]", text):
        # space-separated lists only when no bracket could hold a space; Latin words keep theirs
        text = re.sub(r"(?<=[^\x00-\x7f])[ \t\u3000]+(?=[^\x00-\x7f])", "、", text)
    text = re.sub(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])", "", text)
    # rebuild with the separators as written: 、 and ， bind verbs differently (A、B牵头，C配合)
    result, at = "", 0
    for _, piece in depth_zero_split(text, "、，,"):
        sep = text[at - 1] if at else ""
        at += len(piece) + 1
        piece = piece.strip()
        if _NONE.match(piece):
            continue
        bare = _LEADING_VERB.sub("", piece)
        piece = bare if bare != piece and unit_like(bare) else piece
        result += (sep if result else "") + piece
    return result


# A role label inside a unit cell (牵头：A；配合：B, 牵头单位:A 配合单位:B).
_INNER_LABEL = re.compile(r"(?:^|(?<=[\s；;，,。\n]))(牵头|配合|协同|参与|协办|责任|落实)(?:单位|部门)?\s*[:：]")
_INNER_ROLES = {"牵头": "牵头单位", "配合": "配合单位", "协同": "配合单位", "参与": "配合单位", "协办": "配合单位",
                "责任": "责任单位", "落实": "落实单位"}


def _labelled_cell(cell: str, column_label: str) -> str:
    """A unit cell with its own role labels as annotation clauses: 牵头：A；配合：B -> 牵头单位:A;配合单位:B.
    Units before the first label take the column's label."""
    matches = list(_INNER_LABEL.finditer(cell))
    before = unit_text(cell[:matches[0].start()].strip().strip("；;，,。"))
    parts = [f"{column_label}:{before}"] if before else []
    for n, m in enumerate(matches):
        end = matches[n + 1].start() if n + 1 < len(matches) else len(cell)
        units = unit_text(cell[m.end():end].strip().strip("；;，,。"))
        if units:
            parts.append(f"{_INNER_ROLES[m.group(1)]}:{units}")
    return ";".join(parts)


# A role verb closing a list of units in a cell (A牵头，B配合; 各县区政府按职责分工负责), with the manner
# words before it: the lexicon's verbs, as the annotation reader knows them.
_TRAILING_VERB = re.compile(
    f"(?:(?:{lx.alternation(lx.VERB_MANNER_HEADS)})(?:{lx.alternation(lx.VERB_MANNER_OWNERS)})?"
    f"(?:{lx.alternation(lx.VERB_MANNER_OBJECTS)}))?(?:{lx.alternation(lx.VERB_ADVERBS)})*"
    f"(?:{lx.alternation(lx.VERB_ROLES)})$")


def _names_a_unit(units: str) -> bool:
    """Whether a unit cell written with role verbs still names a unit (A牵头，B配合; 由X负责; X会同Y;
    X配合Y落实 do, 持续推进 does not): each clause, its verb cut off, ends like a body's name."""
    for _, clause in depth_zero_split(units, "、，,；;。"):
        clause = clause.strip().removeprefix(lx.AGENT_MARK)
        for part in clause.split(lx.WITH_VERB):
            name = re.sub(r"等[^、，,]{0,8}$", "", _TRAILING_VERB.sub("", part.strip()))
            if unit_like(name):
                return True
    return False


def _one_line(cell: str) -> str:
    return join_lines(cell.split("\n"))


def join_lines(lines: list[str]) -> str:
    """Lines of one cell into one line: CJK text joins without a space, Latin words with one."""
    out = ""
    for line in (ln.strip() for ln in lines):
        if not line:
            continue
        if out and out[-1].isascii() and out[-1].isalnum() and line[0].isascii() and line[0].isalnum():
            out += " "
        out += line
    return out


@dataclass
class _Task:
    label: str
    text: str
    annotations: list[str] = field(default_factory=list)

    def line(self) -> str:
        notes = "".join(f"({a})" for a in self.annotations)
        text = self.text
        # the seed writes 「…(责任单位:X)。」: the note belongs inside the sentence it qualifies
        if notes and text and text[-1] in "。;;":
            return f"{self.label}{text[:-1]}{notes}{text[-1]}"
        return f"{self.label}{text}{notes}"


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

    def __init__(self, columns: _Columns, carry_down: bool):
        self.columns = columns
        self.carry_down = carry_down
        self.lines: list[str | _Task] = []
        self.last_number = 0
        self.sections = 0
        self.previous: list[str] = [""] * columns.width
        self.last_task: _Task | None = None
        self.last_key: tuple[str, str] | None = None
        self.group = ""
        self.numbered = False  # whether rows carry a 序号: then a row without one continues the task above
        self.notes: list[tuple[_Task, str]] = []  # what could not be placed, by the task that holds it
        self.beyond: list[str] = []  # the current row's cells beyond the header's columns
        self.decimal = False  # rows numbered 1.1, 1.2 under a row numbered 1 (set by rows_to_text)

    def row(self, cells: list[str], cut: bool = False) -> None:
        """One data row; `cut` when the text ends inside it, so its missing cells are unknown, not merged."""
        width = self.columns.width
        # cells beyond the header's columns name no column: kept in the task's text, and said
        self.beyond = [c.strip() for c in cells[width:] if c.strip() and c.strip() not in cells[:width]]
        cells = [c.strip() for c in (cells + [""] * width)[:width]]
        cells = [self.previous[i] if _SAME_AS_ABOVE.match(c) else c for i, c in enumerate(cells)]
        if {c for c in cells if c} <= self.columns.header_cells:
            return  # a blank row, or the header repeated at the top of the next page
        group = self.columns.first("group")
        if group is not None:
            # a 类别 cell merged over its rows: a new value starts a section, the rows are its tasks
            value, cells[group] = _one_line(cells[group]), ""
            if value and value != self.group:
                self._section(value)
                self.group = value
            if not any(cells):
                return
        section = self._section_title(cells)
        if section is not None:
            self._section(section)
            return
        if self.carry_down and not cut:
            # text pasted from merged cells keeps the value only in the top cell
            for kind in ("lead", "responsible", "implement", "deadline"):
                for i, k in enumerate(self.columns.kinds):
                    if k == kind and not cells[i] and self.last_task is not None:
                        cells[i] = self.previous[i]
        self._task(cells)
        self.previous = cells

    def _section_title(self, cells: list[str]) -> str | None:
        kinds = self.columns.kinds
        distinct = list(dict.fromkeys(c for c in cells if c))
        # a spanning title is repeated into the unit columns; other text there means a task row
        task_texts = {c for c, k in zip(cells, kinds) if k == "task"} | {cells[0]}
        names_units = any(c and c not in task_texts for c, k in zip(cells, kinds) if k in _UNIT_KINDS)
        number_col = self.columns.first("number")
        first = cells[number_col if number_col is not None else 0].rstrip("、.．")
        if self.decimal and _NUMBER_CELL.match(first) and not names_units and not self._carries_data(cells):
            # 1 | 提升景区品质 over 1.1, 1.2: the whole number heads a group, its decimals are the tasks
            title = next((c for c, k in zip(cells, kinds) if k == "task" and c), "")
            return f"{chinese(int(_NUMBER_CELL.match(first).group(1)))}、{_one_line(title)}"
        if parse_chinese(first) is not None and not names_units:
            # 一 | 强化安全生产责任: the title may be repeated across the cells it spans
            rest = [c for c in distinct if c.rstrip("、.．") != first]
            return f"{first}、{_one_line(rest[0])}" if rest else f"{first}、"
        if len(distinct) == 1:
            text = _one_line(distinct[0])
            filled = [i for i, c in enumerate(cells) if c]
            if (number_col is not None and not cells[number_col] and all(kinds[i] == "task" for i in filled)
                    and (self.numbered or self.last_task is None) and _HEADING_TEXT.match(text)):
                return text  # a short phrase without a 序号 among numbered rows: a group heading row
            spans = len(filled) == len(cells) > 1
            if spans or _SECTION_LABEL.match(text):
                return text
            if filled == [0] and kinds[0] != "task" and not _NUMBER_CELL.match(text):
                return text  # pasted without separators, the spanning text lands in the first cell
        return None

    def _section(self, title: str) -> None:
        self.sections += 1
        if not _ANY_LABEL.match(title):
            title = f"{chinese(self.sections)}、{title}"
        elif _SECTION_LABEL.match(title):
            self.sections = parse_chinese(re.split(r"[、.．]", title, maxsplit=1)[0]) or self.sections
        self.lines.append(title)
        self.previous = [""] * self.columns.width
        self.last_task = None
        self.last_key = None

    def _task(self, cells: list[str]) -> None:
        kinds, names = self.columns.kinds, self.columns.names
        # 重点任务 | 具体措施: two task columns read as consecutive sentences; other columns
        # (备注, 责任领导) are kept in the text under their header rather than lost
        parts = [_one_line(c) for c, k in zip(cells, kinds) if k == "task" and c]
        parts += _labelled_parts([(name, _one_line(c)) for c, k, name in zip(cells, kinds, names)
                                  if k in ("extra", "period", None) and c and name])
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
        if self.last_task is not None and (not text or key == self.last_key or same_number or lost_number):
            # a task whose 序号 (and 重点任务) cell is merged over several rows, each with its own
            # measure and units: one task; the measures join its text, each row's units one more note
            for part in dict.fromkeys(parts):
                if part not in self.last_task.text:
                    end = self.last_task.text[-1:]
                    # the rest of a sentence the row broke (…，) runs on; a new one follows a 。
                    self.last_task.text += ("" if not end or end in _ENDS_SENTENCE + _RUNS_ON_MARKS else "。") + part
            annotation = self._annotation([c if k not in (*_UNIT_KINDS, "deadline") or c != p else ""
                                           for c, k, p in zip(cells, kinds, self.previous)])
            if annotation and annotation not in self.last_task.annotations:
                self.last_task.annotations.append(annotation)
            if not text and number_cell and not same_number:
                self.notes.append((self.last_task, f"row {number_cell} has no text under the task column: "
                                                   f"read as more of task {self.last_task.label}"))
            self._check(self.last_task, cells)
            return
        self.numbered = self.numbered or bool(_NUMBER_CELL.match(number_cell) or _DECIMAL_CELL.match(number_cell))
        label = self._label(number_cell, text)
        if label is None:
            match = _ARABIC_LABEL.match(text)
            self.last_number = int(match.group(1))
            label, text = f"{self.last_number}.", text[match.end():]
        task = _Task(label, text, [annotation] if annotation else [])
        self.lines.append(task)
        self.last_task, self.last_key = task, key
        if not any(c for c, k in zip(cells, kinds) if k == "task"):
            self.notes.append((task, f"row {label} has no text under the task column "
                                     f"({self.columns.names[kinds.index('task')]})"))
        self._check(task, cells)

    def _check(self, task: _Task, cells: list[str]) -> None:
        """Note the row's cells that were not placed: beyond the columns, or under a unit column naming no unit."""
        for cell in self.beyond:
            self.notes.append((task, f"cell {_quote(cell)} stands beyond the header's {self.columns.width} "
                                     "columns: kept in the task's text"))
        for cell, kind, name in zip(cells, self.columns.kinds, self.columns.names):
            if (kind in _UNIT_KINDS and cell and unit_text(cell) and not _INNER_LABEL.search(cell)
                    and not _reads_as_units(cell) and not _names_a_unit(unit_text(cell))):
                self.notes.append((task, f"cell {_quote(cell)} under {name} does not read as a unit name"))

    def _carries_data(self, cells: list[str]) -> bool:
        """Whether a row fills a column other than its number and task (a deadline, a note): a task's row."""
        return any(c for c, k in zip(cells, self.columns.kinds) if k not in ("number", "task", "group"))

    def _label(self, number_cell: str, text: str) -> str | None:
        decimal = _DECIMAL_CELL.match(number_cell)
        if decimal:
            self.last_number = int(decimal.group(2))
            return f"{self.last_number}."  # 1.2: the second task of group 一, numbered as the group restarts
        match = _NUMBER_CELL.match(number_cell)
        if match:
            self.last_number = int(match.group(1))
            return f"{self.last_number}."
        if number_cell and _ANY_LABEL.match(number_cell):
            return number_cell  # (一) and the like: a group label, kept as written
        if not number_cell and _ARABIC_LABEL.match(text):
            return None  # the task cell carries its own number
        self.last_number += 1
        return f"{self.last_number}."

    def _annotation(self, cells: list[str]) -> str:
        clauses = []
        for kind, label in _CLAUSES:
            values = [c for c, k in zip(cells, self.columns.kinds) if k == kind and c]
            if not values:
                continue
            if kind in _UNIT_KINDS:
                # 牵头：A；配合：B in one 责任单位 cell: the cell's own labels say the roles
                clauses += [_labelled_cell(v, label) for v in values if _INNER_LABEL.search(v)]
                units = "、".join(dict.fromkeys(u for v in values if not _INNER_LABEL.search(v)
                                                for u in [unit_text(v)] if u))
                if units:
                    clauses.append(f"{label}:{units}")
            else:
                lines = [ln.strip() for v in values for ln in v.split("\n") if ln.strip()]
                clauses.append(f"{label}:{'、'.join(lines)}")
        return ";".join(clauses)

    def text(self) -> list[str]:
        for task, message in self.notes:
            _note(task.line(), message)
        return [x.line() if isinstance(x, _Task) else x for x in self.lines]


def _plain_lines(rows: list[list[str]]) -> list[str]:
    """A table that is not a task table (a layout table, a title block): its cells' lines, merged cells once."""
    lines = []
    for row in rows:
        for cell in dict.fromkeys(c.strip() for c in row if c.strip()):
            lines.extend(ln.strip() for ln in cell.split("\n") if ln.strip())
    return lines


def rows_to_text(rows: list[list[str]], *, carry_down: bool = False, cut_last: bool = False) -> str:
    """A table as plan text: task rows as annotated numbered lines, section rows as 一、 heads.

    `rows` holds cell texts (paragraphs of a cell separated by newlines), a
    merged cell repeated in every slot it covers. With `carry_down` an empty
    lead or deadline cell takes the value above it, as text pasted from a
    merged cell keeps the value only in the top row. A table without a
    recognisable header comes out as its cells' lines. With `cut_last` the
    text ended inside the last row (a page opening), which is then not
    carried down.
    """
    rows = [list(r) for r in rows if r]
    for start in range(min(len(rows), 6)):  # a title row or two may sit above the header
        found = _header(rows, start)
        if found:
            columns, first_data = found
            reader = _Reader(columns, carry_down)
            number = columns.first("number")
            reader.decimal = number is not None and any(
                len(r) > number and _DECIMAL_CELL.match(r[number].strip()) for r in rows[first_data:])
            for n, row in enumerate(rows[first_data:], start=first_data + 1):
                reader.row(row, cut=cut_last and n == len(rows))
            # a rule stated in a header (排在第一位的为牵头单位) is a note of the plan, read where notes are
            if not reader.lines:
                break  # a header and no row under it: not a task table after all, and no text is lost
            notes = [f"注:{note}。" for note in header_notes([c for r in rows[start:first_data] for c in r])]
            return "\n".join(_plain_lines(rows[:start]) + notes + reader.text())
    return "\n".join(_plain_lines(rows))


# ---------------------------------------------------------------- pasted text
# Text copied out of a table arrives in three shapes: cells separated by |
# (Markdown too), by tabs (Word and Excel), or one cell per line (web pages).

_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _delimiter(line: str) -> str | None:
    if line.count("|") >= 2 or (line.count("|") == 1 and not line.strip().startswith("|")):
        return "|"
    if "\t" in line.strip("\r\n "):
        return "\t"
    return None


def _split(line: str, delimiter: str) -> list[str]:
    line = line.rstrip("\r\n")
    if delimiter == "|":
        line = line.strip()
        if line.startswith("|"):
            line = line[1:]
        if line.endswith("|"):
            line = line[:-1]
    if delimiter == "|":  # a Markdown table writes a line break inside a cell as <br>
        line = _BR.sub("\n", line)
    return [_unquote(c.strip()) for c in line.split(delimiter)]


_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _unquote(cell: str) -> str:
    """A spreadsheet's quoted cell ("两行\n文字", with "" for a quote inside) as its text."""
    if len(cell) >= 2 and cell[0] == cell[-1] == '"' and _open_quote(cell[:-1]):
        return cell[1:-1].replace('""', '"')
    return cell


def _open_quote(text: str) -> bool:
    """Whether `text` (from a cell's start) leaves a spreadsheet quote open: it starts with " and
    holds an odd number of them."""
    return text.startswith('"') and text.count('"') % 2 == 1


_MAX_CELL_LINES = 30


def _record(lines: list[str], i: int, delimiter: str) -> tuple[str, int]:
    """The row starting at lines[i] and the index after it. A spreadsheet copies a cell holding line
    breaks inside quotes, so the row runs on until each quote opened at a cell's start is closed."""
    line = lines[i].rstrip("\r")
    end = i + 1
    if delimiter != "\t":
        return line, end
    while _open_quote(line.split("\t")[-1].strip()) and end < len(lines) and end - i < _MAX_CELL_LINES:
        line += "\n" + lines[end].rstrip("\r")
        end += 1
    if _open_quote(line.split("\t")[-1].strip()):
        return lines[i].rstrip("\r"), i + 1  # a quote never closed: a quote mark in the text, not a cell
    return line, end


def _delimited_table(lines: list[str], start: int) -> tuple[list[list[str]], int] | None:
    delimiter = _delimiter(lines[start])
    if delimiter is None:
        return None
    head = _split(lines[start], delimiter)
    second = None
    if start + 1 < len(lines) and _delimiter(lines[start + 1]) == delimiter and not _RULE.match(lines[start + 1]):
        second = _split(lines[start + 1], delimiter)
    found = _header([head] + ([second] if second else []), 0)
    if not found:
        return None
    columns, data_start = found
    rows: list[list[str]] = [columns.names]
    i = start + data_start
    while i < len(lines):
        line, after = _record(lines, i, delimiter)
        if _RULE.match(line) or _PAGE_MARK.match(line.strip()):  # a page number where the table breaks
            i += 1
            continue
        if not line.strip():
            following = next((ln for ln in lines[i + 1:] if ln.strip()), "")
            if _delimiter(following) != delimiter:
                break
            i += 1
            continue
        if _CITATION.match(line.strip()) and len(rows) > 1:
            # 任务来源：… between rows belongs to the row above, not a section of its own
            task = columns.first("task") or 0
            if task < len(rows[-1]):
                rows[-1][task] = "。".join(filter(None, [rows[-1][task].rstrip("。"), line.strip()]))
        elif _delimiter(line) == delimiter:
            cells = _split(line, delimiter)
            previous = rows[-1] if len(rows) > 1 else None
            number_col = columns.first("number")
            starts_row = number_col == 0 and _NUMBER_CELL.match(cells[0])
            if (previous is not None and len(previous) < columns.width and not starts_row
                    and len(previous) + len(cells) - 1 <= columns.width):
                # a line break inside a cell split the row in two; the cell keeps it (a unit per line)
                previous[-1] = f"{previous[-1]}\n{cells[0]}"
                previous.extend(cells[1:])
            else:
                rows.append(cells)
        elif _ANY_LABEL.match(line.strip()) and not _ARABIC_LABEL.match(line.strip()):
            rows.append([line.strip()])  # a section row spanning the table, pasted without separators
        elif len(rows) > 1 and 1 < len(rows[-1]) < columns.width:
            rows[-1][-1] = f"{rows[-1][-1]}\n{line}"  # the rest of a cell the line break cut
        elif (i + 1 < len(lines) and _delimiter(lines[i + 1]) == delimiter
              and len(_split(lines[i + 1], delimiter)) <= columns.width):
            rows.append([line.strip()])  # a first cell holding a line break; the next line completes the row
        else:
            break
        i = after
    return (rows, i) if len(rows) > 1 else None


# A header cell broken over two lines (牵头责任 / 部门, 完成 / 时限, 工作 / 内容): the second line
# is the tail of a column name, and the two lines read together name the column.
_HEADER_TAIL = re.compile(r"^(?:单位|部门|时限|时间|任务|事项|内容|措施|节点|安排|期限|领导|来源|依据|号)$")


def _header_run(lines: list[str], start: int) -> tuple[list[str], int, bool] | None:
    """Header cells pasted one per line from lines[start]: (cells, index after them, blank lines between cells)."""
    cells, i, spaced = [], start, False
    unnamed = None  # a column no header word names, after 序号: the task column if the header reads so
    while i < len(lines):
        text = lines[i].strip()
        if not text:
            after = lines[i + 1].strip() if i + 1 < len(lines) else ""
            # a blank line between header cells; the cell after it a header word, or the one column no
            # header word names right after 序号 (序号 / 民生实事 / 责任单位, a blank line after each)
            if cells and after and (header_kind(after) is not None or (
                    unnamed is None and header_kind(cells[-1]) == "number" and _may_name_task(after))):
                spaced = True
                i += 1
                continue
            break
        if cells and _HEADER_TAIL.match(text) and header_kind(cells[-1] + text) is not None:
            cells[-1] += text
            i += 1
            continue
        following = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if (header_kind(text) is None and len(text) <= 4 and _HEADER_TAIL.match(following)
                and header_kind(text + following) is not None):
            cells.append(text + following)  # 完成 / 时限: the first half names nothing alone
            i += 2
            continue
        if header_kind(text) is None and not (cells and len(text) <= 6 and "分工" in text):
            if unnamed is not None or not cells or header_kind(cells[-1]) != "number" or not _may_name_task(text):
                break
            unnamed = len(cells)
        cells.append(text)
        i += 1
        if len(cells) > _MAX_HEADER_CELLS:  # a run of short 工作/任务 lines, not a header; scanning on from every
            return None  # start of such a run to its end was quadratic (4000 lines: 60 s)
    kinds = header_kinds(cells)
    if unnamed is not None and kinds[unnamed] != "task":
        return None  # the cell names no column after all: the lines are not a header
    if "number" in kinds[1:] and not {"group", "extra"} & set(kinds[:kinds.index("number", 1)]):
        return None  # 序号 opens the header (after a 类别 or 任务来源): the line above is a title, not a column
    return (cells, i, spaced) if len(cells) >= 3 and _is_header(cells) else None


# The cell over the sub-columns of a two-row header: 年度目标 over 2018年度 | 2019年度, 责任分工 over 牵头 | 配合.
_PARENT = re.compile(r"目标|进度|安排|计划|阶段|分解|分工|年度")


def _grid_order(cells: list[str]) -> list[str]:
    """Two header rows pasted one cell per line back into grid order: the lower row's cells come
    last (序号 工作任务 责任分工 完成时限 牵头单位 配合单位) and take the place of the cell
    spanning them. The lower cells are the trailing run of unit columns after a column that is
    not one, or the trailing run of periods (2018年度 …); the spanning cell is the one that names
    no column (责任分工), a unit column standing for the pair (责任单位), or a 目标/进度 column."""
    kinds = header_kinds(cells)
    tail = len(cells)
    sub = "period" if kinds[-1] == "period" else "unit"
    while tail > 1 and (kinds[tail - 1] == "period" if sub == "period" else kinds[tail - 1] in _UNIT_KINDS):
        tail -= 1
    lower = cells[tail:]
    if not lower or tail == len(cells) or (sub == "unit" and kinds[tail - 1] in _UNIT_KINDS):
        lower = []
    if sub == "unit" and not lower and kinds.count(None) == 1:
        return [c for c, k in zip(cells, kinds) if k is not None]  # 责任分工 over nothing pasted
    if not lower:
        return cells
    top = cells[:tail]
    candidates = [j for j, k in enumerate(kinds[:tail]) if k is None]
    if not candidates and sub == "unit":
        candidates = [j for j, k in enumerate(kinds[:tail]) if k in _UNIT_KINDS]
    if not candidates and sub == "period":
        first_task = kinds.index("task") if "task" in kinds else -1
        candidates = [j for j, c in enumerate(top) if _PARENT.search(c) and j != first_task
                      and kinds[j] not in ("number", *_UNIT_KINDS)]
    if len(candidates) != 1:
        return cells  # no one cell spans them: a one-row header (序号 任务 完成时限 牵头单位 配合单位)
    gap = candidates[0]
    return top[:gap] + lower + top[gap + 1:]


# A citation of where a task comes from, on a line between rows: 任务来源：《…》, （来源：…）, 依据：….
_CITATION = re.compile(r"^[(（]?\s*(?:任务|政策)?(?:来源|依据|出处)\s*[:：]")
# An unlabelled citation: a line that is only a document's title (and its number), 《…》〔2024〕3号.
_BARE_CITATION = re.compile(r"^[(（]?《[^》]{2,60}》(?:[(（][^()（）]{0,30}[)）])?[)）]?$")
# A row that reads as a heading: short, no sentence inside, not a unit list, not a number.
_SENTENCE_MARK = re.compile(r"[。；;:：]")


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
    run = (header, start, False) if header else _header_run(lines, start)
    if not run:
        return None
    names, i, spaced = run
    header_lines = header or [ln.strip() for ln in lines[start:i] if ln.strip()]
    names = _grid_order(names)
    kinds = header_kinds(names)
    # the column whose cell stands only on its group's first row: a 类别, or a 任务来源 before 序号
    group = kinds.index("group") if "group" in kinds else None
    if group is None and "number" in kinds and kinds.index("number") > 0 and kinds[0] == "extra":
        group = 0
    row_kinds = [k for j, k in enumerate(kinds) if j != group]
    width = len(row_kinds)
    numbered = row_kinds[0] == "number"
    ends_with_date = row_kinds[-1] == "deadline"
    rows: list[list[str]] = [names]
    current: list[str] | None = None
    citations: list[str] = []
    pending_group = ""
    blanks = 0

    def close():
        nonlocal current, pending_group
        if current is None:
            return
        cells = current
        value = pending_group
        if group is not None and group > 0 and len(cells) == width + 1:
            value = cells.pop(group)  # 序号 | 类别 | 任务: the group cell on its first row
        split = _sub_rows(cells, row_kinds) if numbered and len(cells) > width else None
        if split:
            cells, more = split[0], split[1:]
            for sub in more if group is not None else ():
                sub.insert(group, "")
        else:
            more = []
            cells = _fit_cells(cells, row_kinds)
        if citations:
            task = row_kinds.index("task") if "task" in row_kinds else 0
            cells[task] = "。".join([cells[task].rstrip("。")] + citations) if cells[task] else "。".join(citations)
            citations.clear()
        if group is not None:
            cells.insert(group, value)
        rows.append(cells)
        rows.extend(more)
        current, pending_group = None, ""

    def next_text(at: int) -> str:
        return next((ln.strip() for ln in lines[at + 1:at + 3] if ln.strip()), "")

    while i < len(lines):
        text = lines[i].strip()
        if not text:
            blanks += 1
            # an empty cell pasted as a blank line (a 备注 left blank): the table goes on when the
            # next row's 序号 follows at once
            goes_on = numbered and current is not None and _cell_number(next_text(i)) == _cell_number(current[0]) + 1
            if not exact and blanks >= (2 if spaced else 1) and not goes_on:
                break
            i += 1
            continue
        blanks = 0
        if _PAGE_MARK.match(text):
            i += 1  # a page number between the pages a table runs over
            continue
        again = _repeats(lines, i, header_lines) if text == header_lines[0] else 0
        if again:
            # the header repeated at the top of the next page: the rows go on under it, the row
            # the page broke too (its cells go on after the header)
            i = again
            continue
        bare = parse_chinese(text.rstrip("、.．")) is not None and len(text) <= 4
        if bare or (_ANY_LABEL.match(text) and not _ARABIC_LABEL.match(text)):
            close()
            if bare and i + 1 < len(lines) and lines[i + 1].strip():
                rows.append([text.rstrip("、.．"), lines[i + 1].strip()])  # 一 / 强化安全生产责任
                i += 2
            else:
                rows.append([text])
                i += 1
            continue
        number = _NUMBER_CELL.match(text)
        if numbered:
            expected = _cell_number(current[0]) + 1 if current else None
            follows = _cell_number(next_text(i))
            labelled = _ARABIC_LABEL.match(text)
            if number and (current is None or int(number.group(1)) == expected or (
                    # a gap in the numbering (5, 7): only after a full row, and followed by a cell
                    _filled(current) >= width and expected < int(number.group(1)) <= expected + 3
                    and next_text(i) and _cell_number(next_text(i)) < 0)):
                close()
                current = [text]
            elif (labelled and not number and int(labelled.group(1)) == (expected or 1)
                  and (current is None or _filled(current) >= width)):
                close()
                current = [labelled.group(1), text[labelled.end():]]  # 1.加强督查: 序号 and task on one line
            elif (current is not None or rows[-1] is not names) and "extra" not in kinds and (
                    _CITATION.match(text) or (_BARE_CITATION.match(text) and _filled(current or []) >= width)):
                citations.append(text)  # only where no column holds it, and a bare 《…》 only after a full row
            elif ((current is None or _filled(current) >= width) and follows in (1, expected or 1)
                  and _heading_like(text)):
                close()
                if group is not None:
                    pending_group = text  # the merged 类别 cell, shown before its group's first row
                else:
                    rows.append([text])  # a section row without a numeral
            elif current is None:
                break
            elif _filled(current) >= width and not _anchor_ahead(lines, i, _cell_number(current[0]) + 1, width):
                break  # a full row and no next 序号 in sight: the text after the table, not more of this row
            else:
                current.append(text)
        else:
            if current is None or len(current) >= width:
                close()
                current = [text]
            else:
                current.append(text)
            if ends_with_date and len(current) > 1 and _cell_class(text) == "deadline":
                close()  # without 序号 the 完成时限 closing each row says where the row ends
        i += 1
    close()
    if not numbered and not any(_reads_as_units(r[j]) for r in rows[1:] if len(r) == len(kinds)
                                for j, k in enumerate(kinds) if k in _UNIT_KINDS):
        return None  # without 序号 only units under a unit header show that the lines are a table
    return (rows, i) if len(rows) > 1 else None


# A page number where a table breaks over pages: - 2 -, — 3 —, 第4页, 第4页 共9页 (not 4/9: a date may read so).
_PAGE_MARK = re.compile(r"^(?:[-—–－]+\s*\d{1,3}\s*[-—–－]+|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?)$")


def _repeats(lines: list[str], i: int, header: list[str]) -> int:
    """The index after the header's lines when they stand again from lines[i] (blank lines between
    allowed); 0 when they do not."""
    at = 0
    while i < len(lines) and at < len(header):
        text = lines[i].strip()
        if text:
            if text != header[at]:
                return 0
            at += 1
        i += 1
    return i if at == len(header) else 0


_RUNS_ON = re.compile(r"[，,、；;：:（(“]$")


_MAX_RUNS_ON = 8  # lines a row's cells run on over, at most: a bound that keeps the scan linear


def _filled(cells: list[str]) -> int:
    """How many cells a numbered row holds: a line that stops mid-sentence (…，) runs on into the
    next line, the rest of the same cell (a long cell broken by the page or the paste)."""
    return len(cells) - sum(1 for c in cells[1:min(len(cells) - 1, _MAX_RUNS_ON + 1)] if _RUNS_ON.search(c))


def _cell_number(cell: str) -> int:
    match = _NUMBER_CELL.match(cell)
    return int(match.group(1)) if match else -1


def _anchor_ahead(lines: list[str], i: int, number: int, width: int) -> bool:
    """Whether row `number` starts within reach: a long task cell may add a few lines, not pages."""
    return any(_cell_number(ln.strip()) == number for ln in lines[i:i + 2 * width])


def _reads_as_units(cell: str) -> bool:
    """A cell that lists units (市公路处, 各辖市(区)公路管理部门, 省经信厅、省科技厅按职责分工负责)."""
    if "。" in cell or len(cell) > 120:
        return False
    names = [p.strip() for _, p in depth_zero_split(cell, "、，,；;\n ")]
    names = [re.sub(r"等[^、，,]{0,8}$", "", _LEADING_VERB.sub("", n)) for n in names if n]  # …等有关部门
    return bool(names) and unit_like(names[0]) and 2 * sum(map(unit_like, names)) >= len(names)


# A cell that is a date or a schedule: 2026年12月, 6月底前, 2025—2027年, 三季度, 长期坚持, 持续推进.
# A season or a holiday stands for a date in word deadlines: 汛期前, 主汛期, 汛前, 春节前, 冬季.
_DATE_CELL = re.compile(r"^(?:\d{4}\s*年|\d{1,2}\s*月|第?[一二三四]季度|[上下]半年|年[底内中]|长期|持续|常态|每[年季月周]"
                        r"|(?:主?汛期?|春节|元旦|国庆|[春夏秋冬]季|旱季|雨季)(?:[前后内中]|期间|来临前)?$)")


def _cell_class(cell: str) -> str:
    """What a cell holds, to find its column when a row lost cells: units, deadline or text."""
    if _NONE.match(cell.strip()) or _reads_as_units(cell):
        return "units"
    if len(cell) <= 20 and "。" not in cell:
        if _DATE_CELL.match(cell.strip()) or find_deadlines(cell):
            return "deadline"
    return "text"


def _column_class(kind: str | None) -> str:
    return "units" if kind in _UNIT_KINDS else "deadline" if kind == "deadline" else "text"


def _fit_cells(cells: list[str], kinds: list[str | None]) -> list[str]:
    """One row's lines into its columns when the paste left out empty or merged cells or split a long one."""
    width = len(kinds)
    task = kinds.index("task") if "task" in kinds else 0
    cells = _join_unit_lines(cells, kinds, task)
    if len(cells) == width:
        if all(_fits(c, k) for c, k in zip(cells[task + 1:], kinds[task + 1:])):
            return cells
        # as many lines as columns, but a list of units or a date under another column: an empty
        # cell (a 备注 left blank) was lost and a cell split over two lines made up the count
        return _align(cells[task + 1:], kinds, cells[:task + 1] + [""] * (width - task - 1), task + 1)
    if len(cells) > width:
        # extra lines are paragraphs of the task cell: columns after it fill from the end
        after = width - task - 1
        head, body = cells[:task], cells[task:len(cells) - after]
        return head + ["\n".join(body)] + cells[len(cells) - after:]
    out = [""] * width
    out[:task + 1] = cells[:task + 1]
    return _align(cells[task + 1:], kinds, out, task + 1)


def _fits(cell: str, kind: str | None) -> bool:
    """Whether a cell can stand under a column: units and dates only under a units or a date column."""
    held = _cell_class(cell)
    return held == "text" or held == _column_class(kind)


def _join_unit_lines(cells: list[str], kinds: list[str | None], task: int) -> list[str]:
    """A unit cell pasted one unit per line (区城管局 / 街道办事处 under one 责任单位): a run of unit
    lines longer than the run of unit columns in the header is one cell, its extra lines joining the
    last unit column of the run (a 牵头单位 names one unit more often than a 配合单位 does)."""
    runs, run = [], 0
    for kind in kinds[task + 1:]:
        run = run + 1 if kind in _UNIT_KINDS else 0
        runs.append(run)
    longest = max(runs, default=0)
    if not longest:
        return cells
    out, lines = cells[:task + 1], []
    for cell in [*cells[task + 1:], None]:
        if cell is not None and not _NONE.match(cell.strip()) and _cell_class(cell) == "units":
            lines.append(cell)
            continue
        if len(lines) > longest:
            lines = lines[:longest - 1] + ["\n".join(lines[longest - 1:])]
        out += lines
        lines = []
        if cell is not None:
            out.append(cell)
    return out


def _align(cells: list[str], kinds: list[str | None], out: list[str], column: int) -> list[str]:
    """Fewer cells than columns: each cell goes to the next column from `column` that holds its
    kind of content (units, a date, text), so a target merged over three year columns or a
    missing 配合单位 leaves those columns empty, not the units shifted into them."""
    width = len(kinds)
    text_column = max(column - 1, 0)
    for cell in cells:
        wanted = _cell_class(cell)
        match = next((j for j in range(column, width) if _column_class(kinds[j]) == wanted), None)
        if match is None:
            match = column if column < width else None
        if match is None:
            out[text_column] = join_lines([out[text_column], cell])
            _note(cell, f"cell {_quote(cell)} fits no column of its row: kept in the task's text")
            continue
        out[match] = cell
        column = match + 1
    return out


def _sub_rows(cells: list[str], kinds: list[str | None]) -> list[list[str]] | None:
    """A numbered row followed by rows that lost their merged leading cells (序号, 重点任务): each
    later row ends, like the first, with a cell of the last column's kind (a 完成时限 date), and
    its cells take the columns from the last task column on. None when the cells do not read so."""
    width = len(kinds)
    if _column_class(kinds[-1]) != "deadline" or _cell_class(cells[width - 1]) != "deadline":
        return None
    chunks, current = [], []
    for cell in cells[width:]:
        current.append(cell)
        if _cell_class(cell) == "deadline":
            chunks.append(current)
            current = []
    if current or not chunks or any(len(chunk) >= width for chunk in chunks):
        return None
    tasks = [j for j, k in enumerate(kinds) if k == "task"]
    start = tasks[-1] if tasks else 0
    return [cells[:width]] + [_align(chunk, kinds, [""] * width, start) for chunk in chunks]


# Text copied out of a PDF or a Word table set as text keeps each row on a line with the cells
# separated only by spaces: 序号 重点任务 牵头单位 配合单位 完成时限 / 1 加强督查 市应急局 市公安局 年底前.
_SPACE_RUN = re.compile(r"[ \t\u3000\u00a0]+")
_ROW_START = re.compile(r"^(\d{1,3})(?:\s*[.、．])?\s+(?=\S)")


# ---------------------------------------------------------------- letter-spaced header words
# Official documents letter-space short header words so they fill their cell (序　号, 工 作 任 务,
# 责 任 单 位). Copied as text, a header line then holds single characters between the column names.
# Where the gaps between columns are wider than those inside a word (a tab, two spaces, a full-width
# space after single ones) the wide gaps part the columns; a run of single characters with no wider gap
# to part it is cut into column names by the header words themselves: every piece must name a column
# and end in the head noun a column name ends in (a Chinese noun phrase puts its head last: 牵头单位,
# 工作任务, 完成时限, so 任务牵头 or 配合单 is no column), two neighbouring pieces never name the same kind
# (工作|任务 is one task column), and the most pieces, then the most even ones, win (序号|工作任务|责任单位
# rather than 序号工作任务|责任单位). A run that cannot be cut so is left as it was, so prose that merely
# spaces its characters reads as prose. A column no header word names (民 生 实 事) is found only between
# wide gaps.
_MAX_SPACED_RUN = 48  # characters of a run of single characters cut into header words, at most
_HEAD_NOUN = re.compile(r"(?:号|单位|部门|主体|处室|科室|任务|措施|举措|内容|事项|要点|目标|工作|名称|项目|时限|时间|节点"
                        r"|期限|进度|安排|备注|说明|来源|依据|出处|指标|成果|成效|类别|领域|板块|分类|类型|领导|人|电话)$")


def _gap_width(gap: str) -> int:
    return sum(4 if c == "\t" else 2 if c == "\u3000" else 1 for c in gap)


def header_words(line: str) -> list[str]:
    """The column names of a header line separated by spaces or tabs, letter-spaced words joined."""
    text = line.strip()
    tokens = _SPACE_RUN.split(text)
    gaps = [_gap_width(g) for g in _SPACE_RUN.findall(text)]
    if not gaps:
        return [text] if text else []
    narrow = min(gaps)
    groups, current = [], [tokens[0]]
    for gap, token in zip(gaps, tokens[1:]):
        if gap > narrow:
            groups.append(current)
            current = []
        current.append(token)
    groups.append(current)
    words: list[str] = []
    for group in groups:
        if len(groups) > 1 and len(group) > 1 and all(len(t) == 1 and not t.isascii() for t in group):
            words.append("".join(group))  # a column of its own between wide gaps, its characters spaced
        else:
            words.extend(_join_spaced_runs(group))
    return words


def unspaced(cell: str) -> str:
    """A header cell without its letter-spacing (备　注 -> 备注), so a column's name labels its text as written."""
    tokens = _SPACE_RUN.split(cell.strip())
    if len(tokens) > 1 and all(len(t) == 1 and not t.isascii() for t in tokens):
        return "".join(tokens)
    return cell.strip()


def _join_spaced_runs(tokens: list[str]) -> list[str]:
    """Tokens with each run of two or more single characters cut into column names, when it can be."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and len(tokens[j]) == 1 and not tokens[j].isascii():
            j += 1
        if j - i >= 2:
            cut = _cut_into_names("".join(tokens[i:j]))
            out.extend(cut if cut else tokens[i:j])
            i = j
        else:
            out.append(tokens[i])
            i += 1
    return out


def _cut_into_names(chars: str) -> list[str] | None:
    """`chars` cut into pieces each naming a column (header_kind) and ending in a head noun, neighbours of
    different kinds; the most pieces, then the shortest longest piece. None when no such cut exists."""
    if len(chars) > _MAX_SPACED_RUN:
        return None
    memo: dict[tuple[int, str | None], tuple[int, int, list[str]] | None] = {}

    def best(at: int, before: str | None) -> tuple[int, int, list[str]] | None:
        if at == len(chars):
            return 0, 0, []
        if (at, before) in memo:
            return memo[at, before]
        found = None
        for end in range(at + 2, min(len(chars), at + _MAX_HEADER_CHARS) + 1):
            piece = chars[at:end]
            kind = header_kind(piece) if _HEAD_NOUN.search(piece) else None
            rest = best(end, kind) if kind is not None and kind != before else None
            if rest is not None:
                score = (rest[0] + 1, min(-len(piece), rest[1]), [piece] + rest[2])
                if found is None or score[:2] > found[:2]:
                    found = score
        memo[at, before] = found
        return found

    result = best(0, None)
    return result[2] if result else None


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
    if len(names) < 3 or not all(kinds) or not _is_header(names):
        return None
    numbered = kinds[0] == "number"
    if not numbered and kinds[0] != "task" or "task" not in kinds:
        return None
    task = kinds.index("task")
    rows: list[list[str]] = [names]
    raw: list[str] | None = None
    last = 0

    def close():
        if raw is None:
            return
        tokens = [t for t in _SPACE_RUN.split(" ".join(raw)) if t]
        number, tokens = (tokens[0].rstrip(".、．"), tokens[1:]) if numbered else ("", tokens)
        if not numbered and len(tokens) == len(kinds):
            rows.append(_fit_cells(tokens, kinds))  # one piece per column: each in its place
            return
        cells = [""] * len(kinds)
        cells[0] = number or cells[0]
        tail = _fill_from_right(tokens, kinds, cells, task)
        cells[task] = join_lines(tokens[:len(tokens) - tail])
        rows.append(cells)

    i = start + 1
    while i < len(lines):
        text = lines[i].strip()
        row = _ROW_START.match(text)
        if not text:
            break
        if not numbered and not (_ANY_LABEL.match(text) or re.match(rf"^{_CN_NUMERAL}\s+\S", text)):
            tokens = _SPACE_RUN.split(text)
            per_column = len(tokens) == len(kinds) and any(
                _NONE.match(t) or _reads_as_units(t) for t, k in zip(tokens, kinds) if k in _UNIT_KINDS)
            if len(tokens) < 2 or not (per_column or _NONE.match(tokens[-1]) or _cell_class(tokens[-1]) != "text"):
                break  # neither one piece per column with units under a unit column, nor ending in units or a date
            close()
            raw = [text]
        elif numbered and row and (last < int(row.group(1)) <= last + 3 or int(row.group(1)) == 1):  # gaps too
            close()
            raw, last = [text], int(row.group(1))
        elif _ANY_LABEL.match(text) and not _ARABIC_LABEL.match(text) or re.match(rf"^{_CN_NUMERAL}\s+\S", text):
            close()
            raw = None
            rows.append(["、".join(_SPACE_RUN.split(text, 1)) if not _ANY_LABEL.match(text) else text])
        elif raw is not None and (_anchor_ahead(lines, i, last + 1, 2) or (
                _cell_class(raw[-1].split()[-1]) == "text" and _cell_class(text.split()[-1]) != "text")):
            raw.append(text)  # a row wrapped over lines: the next row is in sight, or this line ends it
        else:
            break
        i += 1
    close()
    return (rows, i) if len(rows) > 1 else None


# ---------------------------------------------------------------- a PDF's page layout kept
# Text taken from a PDF with its layout (pdftotext -layout, a viewer's copy of a set table) keeps each
# cell in its column on the page: a long cell wraps over several lines at its column's width, and the
# lines under a row's first line hold the rest of its cells where they stand, with nothing between the
# columns but the spaces that reach the next one, of uneven width. A careful reader reads down each
# column, so this reader does: the header line's pieces (text runs parted by two or more spaces) name
# the columns, a header cell wrapped onto the next line included (责任部门（排名第一的 / 为牵头部门）);
# a line whose first piece is the next 序号 starts a row (the 序号 may stand alone on the line above its
# cells); every piece of a row's lines goes to the column whose cells start nearest to where it starts
# (cells are set flush left, a character either way), and joins that cell's text, so a name broken at
# the column's edge (市发 / 展改革委) is whole again while a unit set on a line of its own stays a unit.
# A page number and the header printed again at a page's top are passed over; a row of a group heading
# (一、提升政务服务效能) is a section; a line flush left that neither starts a row nor heads a group ends
# the table. Rows that each fit on one line are the spaced shape (_spaced_table), not this one.
_LAYOUT_PIECE = re.compile(r"\S+(?: \S+)*")  # a run of text: one space stays inside it, two part cells
_EDGE_SLACK = 2  # characters a cell's start may stray from its column's edge


def _layout_pieces(line: str) -> list[tuple[int, str]]:
    """(column, text) of the runs of a line parted by two or more spaces, a tab or a full-width space."""
    return [(m.start(), m.group()) for m in _LAYOUT_PIECE.finditer(line.expandtabs(4))]


def _layout_row_start(pieces: list[tuple[int, str]], bound: int, expected: int) -> list[tuple[int, str]] | None:
    """The pieces of a line that starts row `expected` (or a later one, up to three on: numbers have gaps)
    with its 序号 split off; None for any other line."""
    if not pieces or pieces[0][0] > bound:
        return None
    at, text = pieces[0]
    match = _NUMBER_CELL.match(text) or _ROW_START.match(text)
    if not match or not expected <= int(match.group(1)) <= expected + 3:
        return None
    rest = text[match.end():].strip() if not _NUMBER_CELL.match(text) else ""
    number = [(at, match.group(1))]
    return number + ([(at + len(text) - len(rest), rest)] if rest else []) + pieces[1:]


def _layout_edges(starts: list[int], width: int) -> list[int] | None:
    """The left edge of each column, from where the cells' lines start: the `width` commonest clusters of
    starts (a cluster: starts no more than the slack apart), in order; None when there are fewer."""
    clusters: list[list[int]] = []
    for at in sorted(starts):
        if clusters and at - clusters[-1][-1] <= _EDGE_SLACK:
            clusters[-1].append(at)
        else:
            clusters.append([at])
    common = sorted((c for c in clusters if len(c) >= 2), key=len, reverse=True)[:width]
    return sorted(min(c) for c in common) if len(common) == width else None


def _printed_width(text: str) -> float:
    """How wide a line is printed, in characters of Chinese: a digit or a Latin letter takes half."""
    return sum(0.5 if c.isascii() else 1 for c in text)


def _join_layout_lines(parts: list[str], units: bool, full: int) -> str:
    """The lines of one cell as its text. A line as wide as the column's widest (`full`, less a character)
    was wrapped at the column's edge, so the next line goes on with no space (市发 / 展改革委, 1 / 00%); a
    narrower line was broken on purpose: in a unit cell, after a whole unit's name, the next line is another
    unit."""
    out = ""
    for n, part in enumerate(parts):
        wrapped = n and _printed_width(parts[n - 1]) >= full - 1
        if not n:
            out = part
        elif wrapped:
            out += part
        elif units and unit_like(re.split("[、，,；;]", out)[-1]):
            out += "\n" + part
        else:
            out = join_lines([out, part])
    return out


def _layout_header(line: str) -> list[tuple[int, str]]:
    """The pieces of a header line, a column name letter-spaced wider than a space (序  号, 工  作  任  务) one
    piece again: a run of single characters cut into column names as `header_words` cuts it."""
    pieces = _layout_pieces(line)
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(pieces):
        j = k
        while j < len(pieces) and len(pieces[j][1]) == 1 and not pieces[j][1].isascii():
            j += 1
        cut = _cut_into_names("".join(t for _, t in pieces[k:j])) if j - k >= 2 else None
        if cut:
            for name in cut:
                out.append((pieces[k][0], name))
                k += len(name)
        else:
            out.append(pieces[k])
            k += 1
    return out


def _layout_anchor_ahead(lines: list[str], i: int, bound: int, number: int) -> bool:
    """Whether a line starting row `number` follows within a few lines: the lines above it may be the top of
    a row whose cells are centred on its 序号."""
    return any(_layout_row_start(_layout_pieces(ln), bound, number) for ln in lines[i + 1:i + 8] if ln.strip())


def _layout_rows(entries: list[tuple[str, list[tuple[int, str]]]],
                 task_parts) -> list[tuple[str, list[list[tuple[int, str]]]]]:
    """The entries grouped into rows. Cells set at the top of their row put the 序号 on the row's first line,
    and every line up to the next 序号 is the row's. Cells centred in their row (lines of the table before
    its first 序号 show it) put the 序号 on the row's middle line: a row holds as many lines below its 序号 as
    above it, one more when the row's task text has not yet ended its sentence (an even number of lines)."""
    centred = next(kind for kind, _ in entries if kind != "section") == "line"
    rows: list[tuple[str, list[list[tuple[int, str]]]]] = []
    above: list[list[tuple[int, str]]] = []
    n = 0
    while n < len(entries):
        kind, pieces = entries[n]
        if kind == "section":
            rows.append(("section", [pieces]))
            above, n = [], n + 1
            continue
        if kind == "line" and not centred:
            if rows and rows[-1][0] == "row":
                rows[-1][1].append(pieces)
            n += 1
            continue
        if kind == "line":
            above.append(pieces)
            n += 1
            continue
        end = n + 1
        while end < len(entries) and entries[end][0] == "line":
            end += 1
        below = [p for _, p in entries[n + 1:end]]
        if centred and end < len(entries) and entries[end][0] == "row":
            keep = min(len(above), len(below))
            text = "".join(t for p in [*above, pieces, *below[:keep]] for t in task_parts(p))
            if keep < len(below) and text and text[-1] not in _ENDS_SENTENCE:
                keep += 1
            below, above_next = below[:keep], below[keep:]
        else:
            above_next = []
        rows.append(("row", [*above, pieces, *below]))
        above, n = above_next, end
    return rows


def _layout_table(lines: list[str], start: int) -> tuple[list[list[str]], int] | None:
    """A table whose page layout was kept (see above) from lines[start]: its rows, header first, and the
    index after it; None unless some row runs over more than one line."""
    head = _layout_header(lines[start])
    names = [unspaced(t) for _, t in head]
    if len(names) < 3 or not _is_header(names):
        return None
    kinds = header_kinds(names)
    if kinds[0] != "number" or "task" not in kinds:
        return None
    bound = head[0][0] + len(head[0][1]) + _EDGE_SLACK  # a 序号 stands under its header
    centres = [at + len(t) / 2 for at, t in head]
    i = start + 1
    header_lines = [lines[start].strip()]
    while i < len(lines) and lines[i].strip() and not _layout_row_start(_layout_pieces(lines[i]), bound, 1):
        pieces = _layout_pieces(lines[i])
        if any(at <= bound for at, _ in pieces) or any(len(t) > 8 for _, t in pieces):
            break
        for at, text in pieces:  # a header cell wrapped onto the next line: under the cell it continues
            j = min(range(len(head)), key=lambda k: abs(centres[k] - (at + len(text) / 2)))
            names[j] += text
        header_lines.append(lines[i].strip())
        i += 1
    kinds = header_kinds(names)
    if not _is_header([_header_text(n)[:_MAX_HEADER_CHARS] for n in names]) or kinds[0] != "number":
        return None
    # the table's lines in order: ("row", the pieces of a line starting the next 序号, 序号 first),
    # ("section", [(0, 一、title)]) or ("line", the pieces of a line holding the rest of some row's cells)
    entries: list[tuple[str, list[tuple[int, str]]]] = []
    last = 0
    while i < len(lines):
        text = lines[i].strip()
        pieces = _layout_pieces(lines[i])
        if not text or _PAGE_MARK.match(text):
            i += 1
            continue
        if text == header_lines[0] and _repeats(lines, i, header_lines):
            i = _repeats(lines, i, header_lines)  # the header printed again at the top of a page
            continue
        row = _layout_row_start(pieces, bound, last + 1)
        if row:
            last = int(row[0][1])
            entries.append(("row", row))
        elif pieces[0][0] <= bound and (_SECTION_LABEL.match(text) or re.match(rf"^{_CN_NUMERAL}\s+\S", text)):
            entries.append(("section", [(0, "、".join(_SPACE_RUN.split(text, 1)) if not _SECTION_LABEL.match(text)
                                         else text)]))
        elif pieces[0][0] > bound and (last or _layout_anchor_ahead(lines, i, bound, 1)):
            entries.append(("line", pieces))  # the rest of a row's cells, each under its column
        else:
            break  # flush left and no row: the text after the table
        i += 1
    anchors = [pieces for kind, pieces in entries if kind == "row"]
    if not anchors or not any(kind == "line" for kind, _ in entries):
        return None
    if 2 * sum(len(pieces) >= 3 for pieces in anchors) < len(anchors):
        return None  # rows whose cells one space parts: not a page's columns (the spaced reader's shape)
    starts = [at for kind, pieces in entries if kind != "section" for at, _ in pieces[kind == "row":]]
    edges = _layout_edges([head[0][0]] * 2 + starts, len(names))

    def column(at: int, text: str) -> int:
        if edges:
            return max((k for k, edge in enumerate(edges) if edge <= at + _EDGE_SLACK), default=0)
        return min(range(len(head)), key=lambda k: abs(centres[k] - (at + len(text) / 2)))  # the nearest header

    task = kinds.index("task")
    rows = _layout_rows(entries, lambda pieces: [t for at, t in pieces if column(at, t) == task])
    grid: list[list[str] | list[list[str]]] = []
    for kind, row_lines in rows:
        if kind == "section":
            grid.append([row_lines[0][0][1]])
            continue
        cells: list[list[str]] = [[] for _ in names]
        for pieces in row_lines:
            for at, text in pieces:
                cells[column(at, text)].append(text)
        grid.append(cells)
    full = [max((_printed_width(t) for cells in grid if isinstance(cells[0], list) for t in cells[j]), default=0)
            for j in range(len(names))]
    out: list[list[str]] = [names]
    for cells in grid:
        out.append(cells if isinstance(cells[0], str) else
                   [_join_layout_lines(parts, kinds[j] in _UNIT_KINDS, full[j]) for j, parts in enumerate(cells)])
    return out, i


def _fill_from_right(tokens: list[str], kinds: list[str | None], cells: list[str], task: int) -> int:
    """The cells after the task column of a row whose cells only spaces part, read from the right: each
    column takes the last piece left when the piece holds its kind of content (units, a date; text under a
    column of notes or people: 备注, 牵头县领导), or stays empty; the pieces left over are the task's text, so a
    task with a space in it stays whole. A column of notes or people takes a text piece only where the row
    shows it is past the task: a column of units or dates to its right took a piece, or a piece of units or a
    date stands left of it. Returns how many pieces were placed; an empty 配合单位 is likelier than an empty
    牵头单位, so of two unit columns one piece of units goes to the first."""
    placed, took_data = 0, False
    columns = list(range(len(kinds) - 1, task, -1))
    for n, j in enumerate(columns):
        if placed >= len(tokens) - 1:
            break
        piece = tokens[len(tokens) - 1 - placed]
        held, wanted = _cell_class(piece), _column_class(kinds[j])
        if held != wanted:
            continue
        if wanted == "text" and not took_data and not any(
                _cell_class(t) != "text" for t in tokens[1:len(tokens) - 1 - placed]):
            continue
        if wanted == "units" and n + 1 < len(columns) and kinds[columns[n + 1]] in _UNIT_KINDS and (
                placed + 1 >= len(tokens) - 1 or _cell_class(tokens[len(tokens) - 2 - placed]) != "units"):
            continue  # one piece of units for two unit columns: it goes to the first
        cells[j] = piece
        placed += 1
        took_data = took_data or wanted != "text"
    return placed


# A line holding only | between cells: some pages flatten a table into one cell per line this way.
_BAR = re.compile(r"^\s*[|｜]\s*$")


def _bar_cells(lines: list[str], start: int) -> tuple[list[str], list[int], int] | None:
    """The cells of a |-separated run starting at lines[start]: (cells, line index of each cell, end).

    The lines between two | lines are one cell (a header cell broken over two lines); after the
    last | only one line belongs to the table.
    """
    if not lines[start].strip() or _BAR.match(lines[start]):
        return None
    following = next((ln for ln in lines[start + 1:start + 3] if ln.strip()), "")
    if not _BAR.match(following):
        return None  # the first cell is one line, so a title line above the table stays outside it
    cells, starts, current, begin, i = [], [], [], start, start
    while i < len(lines):
        line = lines[i]
        if _BAR.match(line):
            if current:
                cells.append(join_lines(current))
                starts.append(begin)
            current, begin = [], i + 1
        elif line.strip():
            if not current:
                begin = i
            current.append(line)
            if len(current) > 12:
                break  # no | in sight: not a cell any more
            if cells and _last_cell(lines, i):
                i += 1
                break
        i += 1
    if current and len(current) <= 12:
        cells.append(join_lines(current))
        starts.append(begin)
    return (cells, starts, i) if len(cells) >= 3 else None


def _last_cell(lines: list[str], i: int) -> bool:
    """Whether lines[i] ends the run: no | line follows within 12 lines."""
    return not any(_BAR.match(line) for line in lines[i + 1:i + 13])


# A cell on a line of its own framed by the column rule: closed by it (工作任务 |, 县应急局|), opened
# by it (| 工作任务) or both (| 工作任务 |). Pages that flatten a table cell by cell write it so; a | alone
# on its line is an empty cell. A cell over several lines ends at the line holding the closing | in the
# closed shape, and runs until the next opening | in the opened shape.
_MAX_FRAMED_LINES = 12  # lines one cell may run over: more and it is text, not a cell
_BARS = ("|", "｜")


def _framed(line: str) -> tuple[str, str] | None:
    """(cell, side) of a line holding one cell framed by its only bars: side 'end', 'start' or 'both',
    '' for a | alone; None for any other line. String methods, not a regex: a lazy group before a
    space run backtracks quadratically through long runs of spaces."""
    text = line.strip()
    bars = text.count("|") + text.count("｜")
    if not bars or bars > 2:
        return None
    if text in _BARS:
        return "", ""
    opened, closed = text.startswith(_BARS), text.endswith(_BARS)
    if bars != opened + closed:
        return None  # a bar inside the text: not one framed cell
    return text[opened:len(text) - closed].strip(), "both" if opened and closed else "start" if opened else "end"


def _framed_cells(lines: list[str], start: int) -> tuple[list[str], list[int], int] | None:
    """The cells of a run of framed lines from lines[start]: (cells, line index of each cell, end).

    The run starts at a framed line holding text and the next non-blank line is framed too (so a single
    line ending in | is text); it ends after the last framed line with no framed line within reach.
    """
    first = _framed(lines[start])
    if first is None or not first[0]:
        return None
    following = next((ln for ln in lines[start + 1:start + 3] if ln.strip()), "")
    if _framed(following) is None:
        return None
    opened = first[1] == "start"
    cells, starts, current, begin, end = [], [], [], start, start
    for i in range(start, len(lines)):
        framed = _framed(lines[i])
        if framed is not None and opened:  # an opening | starts the next cell
            if i > start:
                cells.append(join_lines(current))
                starts.append(begin)
            current, begin, end = [framed[0]], i, i + 1
        elif framed is not None:  # a closing | ends the cell its lines began
            cells.append(join_lines([*current, framed[0]]))
            starts.append(begin)
            current, begin, end = [], i + 1, i + 1
        elif lines[i].strip():
            if opened and not any(_framed(ln) is not None for ln in lines[i + 1:i + 1 + _MAX_FRAMED_LINES]):
                break  # after the last opening | only the cell's own line belongs to the table
            if not current:
                begin = i
            current.append(lines[i])
            end = i + 1 if opened else end
            if len(current) > _MAX_FRAMED_LINES:
                break  # lines that no | frames: the text after the table
    if opened:
        cells.append(join_lines(current))
        starts.append(begin)
    return (cells, starts, end) if len(cells) >= 3 else None


def _header_line(line: str) -> list[str] | None:
    """The cells of a header written on one line, separated by tabs, | or spaces; None for any other line."""
    text = line.strip()
    for separator in ("\t", "|", "｜", None):
        if separator is not None and separator not in text:
            continue
        cells = [c.strip() for c in (text.split(separator) if separator else header_words(text)) if c.strip()]
        if len(cells) >= 3 and all(header_kinds(cells)) and _is_header(cells):
            return cells
    return None


def _header_over_line_cells(lines: list[str], start: int) -> tuple[list[list[str]], int] | None:
    """A header on one line (序号 工作任务 牵头单位 …, by tabs, | or spaces) over rows pasted one cell per
    line: a page copies a table's head row as a line and its body cell by cell. The next line holds
    one cell, not a row of the header's shape (that is a delimited or spaced table)."""
    if not re.search(r"[\t|｜ ]", lines[start].strip()):
        return None
    following = next((ln.strip() for ln in lines[start + 1:start + 3] if ln.strip()), "")
    if not following or _header_line(following) or len(_SPACE_RUN.split(following)) > 1 or "|" in following:
        return None
    header = _header_line(lines[start])
    return _line_table(lines, start + 1, header=header) if header else None


_INK = re.compile(r"\s+")
_LINE_LABEL = re.compile(rf"^(?:\d+\.|{_CN_NUMERAL}、|注:)")
_KEY_CHARS = 6  # characters of a line's text that find the source line it came from


def _spread(table: list[str], span: list[str]) -> list[str]:
    """The table's lines over the `span` of source lines they replace, each on the first line (after the
    one before) that holds the start of its text, blank lines between: a task keeps the line of its
    row's task cell, so a warning about it names the line the editor sees. When a line's text is not
    found there, the table's lines end the span (a delimited table's rows are its last lines)."""
    if len(table) > len(span):
        return table
    inked = [_INK.sub("", line) for line in span]
    out, at = [""] * len(span), 0
    for n, line in enumerate(table):
        key = _INK.sub("", _LINE_LABEL.sub("", line))[:_KEY_CHARS]
        last = len(span) - (len(table) - n)  # room is left for the lines after it
        found = next((j for j in range(at, last + 1) if key and key in inked[j]), None)
        if found is None:
            return [""] * (len(span) - len(table)) + table
        out[found], at = line, found + 1
    return out


def find_pasted_tables(text: str, keep_lines: bool = False) -> str:
    """Rewrite every task table pasted into `text` as plan text; all other lines are left as they are.

    With `keep_lines` a table's text is padded with blank lines to the number of lines it spanned,
    so the lines after it keep their numbers (a plan source's warnings name lines of the file).
    """
    lines = text.split("\n")
    out: list[str] = []
    notes = _NOTES.get()
    i = 0
    while i < len(lines):
        start, written = i, len(out)
        noted = len(notes) if notes is not None else 0
        bar = _bar_cells(lines, i) if "|" in "".join(lines[i + 1:i + 3]) else None
        if bar is None and ("|" in lines[i] or "｜" in lines[i]):
            bar = _framed_cells(lines, i)
        found = None
        cut = False
        if bar:
            cells, starts, end = bar
            # title cells, or a page's layout flattened the same way, may come before the header; a run
            # that holds no task table is passed over whole, so no line of it is scanned again
            first = next((k for k in range(len(cells)) if header_kind(cells[k]) and _header_run(cells, k)), None)
            table = _line_table(cells, first, exact=True) if first is not None else None
            if table:
                rows, used = table
                out.extend(cells[:first])
                found = rows, starts[used] if used < len(cells) else end
                cut = used >= len(cells) and end >= len(lines)
            else:
                if notes is not None:
                    del notes[noted:]
                out.extend(lines[i:end])
                i = end
                continue
        if not found:
            found = (_delimited_table(lines, i) or _layout_table(lines, i) or _spaced_table(lines, i)
                     or _header_over_line_cells(lines, i))
        if not found:
            table = _line_table(lines, i)
            if table:
                found = table
                cut = table[1] >= len(lines)
        if found:
            rows, i = found
            table = rows_to_text(rows, carry_down=True, cut_last=cut).split("\n")
            if keep_lines:  # each line at its row's line of the file, blanks where the header and other cells stood
                table = _spread(table, lines[start + len(out) - written:i])
            out.extend(table)
        else:
            if notes is not None:
                del notes[noted:]  # what a table not found noted on the way
            out.append(lines[i])
            i += 1
    return "\n".join(out)
