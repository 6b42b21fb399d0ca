"""A row that lost cells in the paste (an empty or merged cell left out, a long cell split over lines)
fitted back into its columns by what each cell holds: units, a date, text."""
from __future__ import annotations

import re
import unicodedata

from ....words import lexicon as lx
from ....words.brackets import depth_zero_split
from ....words.names import COUNTED_LOCALITIES, QUALIFIER_GROUP, TRAILING_QUALIFIER, UNIT_END
from ....words.people import bare_name, names_people, post_over_its_holder
from .cells import (_DATE_CELL, _NONE, _TARGET_FIGURE, _cell_class, _column_class, _names_throughout,
                    _opens_with_role_verb, _verbs_cut, _whole_name, _without_etc, branch_of_the_body_above, join_lines,
                    people_cell)
from .header import UNIT_COLUMN_KINDS
from .marks import _ENDS_SENTENCE
from .notes import _note, _quote


def _fit_cells(cells: list[str], kinds: list[str | None], site: int | None = None,
               overseer: int | None = None, listed: frozenset[int] | None = None) -> list[str]:
    """One row's lines into its columns when the paste left out empty or merged cells or split a long one. `site`: the
    column naming where the row's event is held (地点), right before the unit columns that close the row. `overseer`:
    the unit column, counted from the row's end, naming the office overseeing the doers (督导单位), one body a row.
    `listed`: the unit columns, counted from the row's end, whose cells in the table's rows read before this one wrote
    several bodies on one line with 、 (None: not known); such a column's writer does not stack its bodies a line
    each."""
    width = len(kinds)
    task = kinds.index("task") if "task" in kinds else 0
    cells = _lone_etc_lines_joined(cells, task)
    cells = _part_units_from_date(cells, kinds, task)
    cells = _leader_over_lines_joined(cells, kinds, task)
    by_place = _site_before_the_units(cells, kinds, task, site) if site is not None else None
    if by_place:
        return by_place
    if len(cells) > width and (_task_cut_mid_sentence(cells, kinds, task) or _task_letter_cut_off(cells, kinds, task)):
        # the task cell wrapped mid-word (…强化消防、食品、建 / 筑安全监管。, …招聘计 / 划): its tail is no cell of the
        # column after it
        return _fit_cells(cells[:task] + [join_lines(cells[task:task + 2])] + cells[task + 2:], kinds, site, overseer,
                          listed)
    if len(cells) > width and _task_tail_breaks_the_unit_wrap(cells, kinds, task):
        # the task cell's last line (站实施…接入监控平台, 宜游的滨水空间) holds no closing mark, yet no unit cell can
        # open with it: the task's, its other lines fitted as before
        return _fit_cells(cells[:task] + [join_lines(cells[task:task + 2])] + cells[task + 2:], kinds, site, overseer,
                          listed)
    if len(cells) == width + 1 and _task_tail_before_the_units(cells, kinds, task):
        # the task cell's last line (示范 / 平台) ends like a body's name: the task's, not the lead unit's cell
        return cells[:task] + [join_lines(cells[task:task + 2])] + cells[task + 2:]
    if len(cells) > width:
        cells = _unit_lines_before_the_task(cells, kinds, task)
    if len(cells) == width + 1 and (split_cell := _unit_cell_over_two_lines(cells, kinds, task, overseer, listed)
                                    or _people_cell_over_two_lines(cells, kinds, task)):
        return split_cell
    if len(cells) > width and task + 1 < width and kinds[task + 1] == "task":
        # 试点任务 | 具体措施: the narrow first column's cell ends where its wrapped lines end (read before the names are
        # joined: the heading's last line, 目 or 台, may read as a name's tail)
        title = _wrapped_title_lines(cells[task:len(cells) - (width - task - 2)])
        if title:
            return (cells[:task] + [join_lines(cells[task:task + title])]
                    + _fit_cells(cells[task + title:], kinds[task + 1:], overseer=overseer, listed=listed))
    if len(cells) == width and _roles_hold_their_kind(cells, kinds, task):
        # as many lines as columns, units under every unit column: the row is whole. A year target under 2027年 that
        # reads as units (服务覆盖所有乡镇, 乡镇老年学校全覆盖) is no unit line to join, nor a name cut at the line's end
        return cells
    if len(cells) < width and _target_after_the_task(cells, kinds, task):
        out = [""] * width
        out[:task + 2] = cells[:task + 2]
        rest = _join_unit_lines(_join_wrapped_names(cells[:task + 1] + cells[task + 2:], task), kinds, task, overseer,
                                listed)
        return _align(rest[task + 1:], kinds, out, task + 2)
    # (a row of no more lines than columns wrapped no cell over two lines: its text cell over a whole name, 整治占道经营
    # / 某街道, is two cells, though together they end as a name does)
    unjoined = cells
    cells = _join_unit_lines(_join_wrapped_names(cells, task, wrapped=len(cells) > width), kinds, task, overseer,
                             listed)
    if (len(cells) == width and task + 1 < width and _column_class(kinds[task + 1]) != "text"
            and _ends_the_task(cells[task], cells[task + 1], cells[task + 2] if task + 2 < width else "")):
        # the task's last line, wrapped onto a line of its own, made up the count: the cells after it lost one
        cells = cells[:task] + [cells[task] + "\n" + cells[task + 1]] + cells[task + 2:]
    if len(cells) == width:
        if (all(_fits(c, k) for c, k in zip(cells[task + 1:], kinds[task + 1:]))
                or _roles_hold_their_kind(cells, kinds, task)):
            return cells
        if len(unjoined) > width and (shared := _surplus_in_other_cells(unjoined, kinds, task)):
            # the lines joined as a name wrapped over two (县住房和城乡建设局 / 按属地实施, a 备注 opening with a role verb
            # read as the unit's) leave the row's cells under columns not theirs, while the surplus lines given to the
            # task (a 事项名称 wrapped over two lines) or the text columns fit every column: the row wrapped its text
            return shared
        # as many lines as columns, but a list of units or a date under another column: an empty
        # cell (a 备注 left blank) was lost and a cell split over two lines made up the count
        return _align(cells[task + 1:], kinds, cells[:task + 1] + [""] * (width - task - 1), task + 1)
    if len(cells) > width:
        # extra lines are paragraphs of the task cell: columns after it fill from the end; unless that leaves a unit
        # column without units and another text column, taking the extra lines instead, fits the row (below)
        after = width - task - 1
        head, body = cells[:task], cells[task:len(cells) - after]
        figures = _figure_paragraphs_of_the_next_cell(body, cells[len(cells) - after], kinds, task)
        if figures:
            # the task's line names an indicator, the lines after it are the paragraphs of its target cell
            targets = head + ["\n".join(body[:-figures]), "\n".join(body[-figures:] + [cells[len(cells) - after]])]
            if _roles_hold_their_kind(targets + cells[len(cells) - after + 1:], kinds, task):
                return targets + cells[len(cells) - after + 1:]
        whole_task = head + ["\n".join(body)] + cells[len(cells) - after:]
        if _roles_hold_their_kind(whole_task, kinds, task):
            return whole_task
        return _surplus_in_other_cells(cells, kinds, task) or whole_task
    out = [""] * width
    out[:task + 1] = cells[:task + 1]
    return _align(cells[task + 1:], kinds, out, task + 1)


def _lone_etc_lines_joined(cells: list[str], task: int) -> list[str]:
    """A line that is only the 等 closing a list (县商务局、县应急管 / 理局、县自然资源局 / 等): a narrow column wrapped
    the list's last word onto a line of its own (等, 等有关部门, 等单位: the close words.names reads). 等 closes the list above it and opens no cell: it joins the line
    above (before: a line of its own, it read as text and took the unit lines above it into the task's text)."""
    out = list(cells[:task + 1])
    for cell in cells[task + 1:]:
        if len(out) > task + 1 and out[-1].strip() and TRAILING_QUALIFIER.fullmatch(cell.strip()):
            out[-1] = out[-1].strip() + cell.strip()
        else:
            out.append(cell)
    return out


def _leader_over_lines_joined(cells: list[str], kinds: list[str | None], task: int) -> list[str]:
    """A leaders' column (专班组长, 牵头领导: text, an "extra" column) printed narrow puts the post on its line and the
    holder's name on the next (区政府副区长 / 陈某华), a long post wrapped too (区委常委、副 / 区长 / 刘某); copied one
    cell per line, the post line read as the task cell's last line (title …改造区政府副区长) or, the task cell wrapped
    as well, the row's lines one too many, every cell after it shifted a column (the name under 牵头单位). The post
    line(s) and the name under them are one cell: one leader (people.post_over_its_holder). Only after the task's
    first line and where the row has a column of text after the task to take them."""
    if "extra" not in kinds[task + 1:]:
        return cells
    for name in range(task + 2, len(cells)):
        if not bare_name(cells[name].strip()):
            continue
        for post in (2, 1):
            start = name - post
            if start > task and post_over_its_holder([c.strip() for c in cells[start:name]], cells[name].strip()):
                leader = join_lines(cells[start:name]) + "\n" + cells[name].strip()
                if kinds[task + 1] == "extra":
                    # the leaders' column right after the task's: every line before the post is the task cell's
                    # (望江片区老旧小区 / 加装电梯, wrapped), none a cell of its own
                    return cells[:task] + [join_lines(cells[task:start]), leader] + cells[name + 1:]
                return cells[:start] + [leader] + cells[name + 1:]
        return cells  # only the row's first name line: a later one is no leader's
    return cells


def _figure_paragraphs_of_the_next_cell(body: list[str], next_cell: str, kinds: list[str | None], task: int) -> int:
    """How many of a long row's surplus lines are paragraphs of the text column right after the task rather than the
    task's: an indicator table (创建指标 | 目标值 | 牵头单位) prints one indicator's targets as paragraphs of one cell
    (秸秆综合利用率≥90% / 畜禽粪污综合利用率≥80% / 农膜回收利用率≥85%), and copied one cell per line they all stood
    after the task, which took all but the last as its own. The lines closing the task's run that each hold a figure
    (a share, a count), as the cell the column after the task keeps does, are that cell's, where the task's first
    line, the indicator's name, holds none. 0 where the lines do not read so: the surplus stays the task's."""
    if (task + 1 >= len(kinds) or kinds[task + 1] == "task" or _column_class(kinds[task + 1]) != "text"
            or not _TARGET_FIGURE.search(next_cell) or _TARGET_FIGURE.search(body[0])):
        return 0
    figures = 0
    while figures < len(body) - 1 and _TARGET_FIGURE.search(body[-1 - figures]):
        figures += 1
    return figures


# a body's other name in brackets on a line of its own (（县普法办）): short, one bracket, nothing after it
_ALIAS_LINE = re.compile(r"^[（(][^（）()]{1,16}[）)]$")


def _unit_lines_before_the_task(cells: list[str], kinds: list[str | None], task: int) -> list[str]:
    """A unit-first list (序号 | 责任单位 | 普法内容 | …: a 普法责任清单, a 成员单位职责) flattened one cell per line, its
    row holding more lines than columns: a unit cell of two paragraphs (县人社局 / 县医保局, one body a line) or a
    body's name with its other name in brackets wrapped onto the next line (县司法局 / （县普法办）) made the surplus.
    The lines right after the unit cell that name bodies throughout, or hold only a bracketed name, are that cell's
    (the task cell's text opens otherwise: 《…法》, a verb), as many as the row has lines to spare; the surplus left
    goes where it went before. (`_join_unit_lines` joins a unit column's extra lines only after the task.)"""
    unit = task - 1
    if unit < 0 or kinds[unit] not in UNIT_COLUMN_KINDS:
        return cells
    out = list(cells)
    while len(out) > len(kinds) and task + 1 < len(out) and out[unit].strip():
        line = out[task].strip()
        if _ALIAS_LINE.match(line) and _cell_class(line[1:-1]) == "units" and out[unit].strip()[-1:] not in "、，,；;":
            out[unit] = out[unit].strip() + line  # 县司法局（县普法办）: one body, as 县委宣传部（县委网信办） is
        elif _cell_class(line) == "units" and _names_throughout(line):
            out[unit] = out[unit].strip() + "\n" + line
        else:
            break
        del out[task]
    return out


def _site_before_the_units(cells: list[str], kinds: list[str | None], task: int, site: int) -> list[str] | None:
    """A row whose header names a place column (地点) between its date and the unit columns closing it (时间 | 地点 |
    主办单位 | 承办单位 | 协办单位): the place is often named as a body is (市会展中心, 市体育中心), so by how they read the
    row holds one unit more than its unit columns and the place would take the first unit column, shifting each unit
    one column on. Its cells are placed by their place in the row: the line after the date is the place, the lines
    after it the units (names a narrow column cut joined back, the surplus in the last column as `_join_unit_lines`
    does). None where the row does not read so (no date, fewer lines than columns after it), fitted as before."""
    units = len(kinds) - site - 1
    if units < 1 or kinds[site - 1] != "deadline":
        return None
    joined = _join_date_rests(_join_wrapped_names(cells, task, wrapped=len(cells) > len(kinds)))
    date = next((j for j in range(task + 1, len(joined)) if _cell_class(joined[j]) == "deadline"), None)
    if date is None or len(joined) - date - 2 < units:
        return None
    place = joined[date + 1]
    rest = _join_names_the_surplus_cut([joined[date], *joined[date + 2:]], ["deadline", *kinds[site + 1:]])[1:]
    if len(rest) > units and _cell_class(rest[0]) != "units":
        place, rest = place + rest[0], rest[1:]  # a place wrapped over two lines (红星美凯龙某某 / 商场): no body's name
    if not all(_unit_line(c) for c in rest):
        return None  # a sentence or a date after the place: no unit cells
    if len(rest) > units:
        rest = rest[:units - 1] + ["\n".join(rest[units - 1:])]
    return _fit_cells(joined[:date + 1], kinds[:site]) + [place, *rest]


# the rest of a date a narrow 时间 column cut (1月15日—2 / 月28日, 5月中旬—6月 / 中旬, 11月—次年2 / 月, 2月10日—1 / 6日)
_DATE_REST = re.compile(r"^(?:\d{0,2}[月日号](?:\d{1,2}日)?|[上中下]旬|底|初)(?:[上中下]旬|底|初)?(?:前后|前|左右)?$")
_DATE_CUT_END = re.compile(r"[\d月—\-－~～至]$")


def _join_date_rests(cells: list[str]) -> list[str]:
    """A date cell and the line after it that is only the rest of the date, cut by a narrow column: one cell."""
    out: list[str] = []
    for cell in cells:
        if (out and _DATE_REST.match(cell.strip()) and _cell_class(out[-1]) == "deadline"
                and _DATE_CUT_END.search(out[-1].strip())):
            out[-1] = out[-1].strip() + cell.strip()
        else:
            out.append(cell)
    return out


_TITLE_MARKS = re.compile(r"[，,。；;：:、]")
_MAX_TITLE_LINES = 3  # lines a narrow title column wraps its heading over, at most


def _print_width(line: str) -> int:
    """How wide a line prints: a Chinese character (or a full-width mark) two, a Latin letter or a digit one."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in line.strip())


def _wrapped_title_lines(lines: list[str]) -> int:
    """How many of a row's lines, from its first task cell on, make up that cell where a second text column follows
    it (试点任务 | 具体措施, 重点任务 | 工作措施). A PDF copied one cell per line wraps each cell at its column's width: a
    narrow heading column prints its heading over lines as wide as the first (建设公共服务平 / 台), the last no wider,
    and the wider measure column's first line is wider than the heading's (or a whole short sentence). Lines are the
    heading's while they read so: no sentence mark, as wide as the first line but the last, narrower; then the next
    line opens the measure. 0 when the lines do not read so: the cells are fitted as before. `lines` holds the lines
    that may be text (up to the row's last columns). (A line of a measure or a heading may read as units, 专班 and
    企业 end names: only a line opening as a name does, 市发展改革委, is taken for the unit cell, no measure.)"""
    first = lines[0].strip() if lines else ""
    quoting = _quote_open_after(first, False)
    if first and _TITLE_MARKS.search(_unquoted(first, False)) and _may_be_text(first):
        return _wrapped_sentence_lines(lines)
    if not first or _TITLE_MARKS.search(_unquoted(first, False)) or not _may_be_text(first):
        return 0
    width = _print_width(first)
    for end in range(1, min(_MAX_TITLE_LINES + 1, len(lines))):
        line = lines[end].strip()
        if not line or not _may_be_text(line):
            return 0
        if _print_width(line) > width or (end > 1 and line[-1] in "。；;"):
            return end  # the measure's first line, wider than the heading's column (or a short sentence)
        # a heading may quote a slogan with its own marks (质量宣传“进企 / 业、进社区、进 / 学校”活动): only marks
        # outside the quotes say the line is a sentence's; a sentence whose first mark falls on a later line (部分企业
        # 特殊作业审批 / 把关不严，动火作业未 / 落实现场监护要求) is read by its widths as one marked on its first line is
        if _TITLE_MARKS.search(_unquoted(line, quoting)):
            return _wrapped_sentence_lines(lines)
        quoting = _quote_open_after(line, quoting)
        if _print_width(line) < width - 2:  # the heading's last line: the measure's first follows
            after = lines[end + 1].strip() if end + 1 < len(lines) else ""
            opens_measure = _may_be_text(after) and (_print_width(after) > width or after[-1:] in "。；;")
            return end + 1 if opens_measure else 0
    return 0


def _wrapped_sentence_lines(lines: list[str]) -> int:
    """`_wrapped_title_lines` for a first text cell that is a sentence with its commas (an 整改清单's 问题隐患: 部分企业
    特殊作业审批把关不严，动 / 火作业未落实现场监护要求, then the 整改措施): its marks say nothing of where it ends, its
    widths do. Its lines are no wider than the first, the last narrower, and the next column's first line is wider than
    them (the wider column). A line closing a sentence (。；) before that is no wrapped heading's: 0, fitted as before.
    The first line's closing mark may hang past the column's edge or stand inside it (化工园区封闭化管理未全部到位， /
    部分出入口未设置人员车辆管控设 / 施: the second line as wide as the first with its comma): a line is the next column's
    only where it is wider than the first line with its mark."""
    width = _print_width(_without_hanging_mark(lines[0]))
    widest = _print_width(lines[0])
    if lines[0].strip()[-1] in "。；;":
        return 0
    for end in range(1, min(_MAX_TITLE_LINES + 1, len(lines))):
        line = lines[end].strip()
        if not line or not _may_be_text(line):
            return 0
        line_width = _print_width(_without_hanging_mark(line))
        if line_width > widest:
            return end  # the next column's first line, wider than the cell's column
        if line[-1] in "。；;":
            return 0
        if line_width < width - 2:  # the cell's last line: the next column's first, wider, follows
            after = lines[end + 1].strip() if end + 1 < len(lines) else ""
            return end + 1 if _may_be_text(after) and _print_width(_without_hanging_mark(after)) > width else 0
    return 0


def _without_hanging_mark(line: str) -> str:
    """A line without the mark a PDF lets hang past its column's edge at the line's end (…全部到位，): no width of the
    column's."""
    line = line.strip()
    return line[:-1] if line[-1:] in "，,、；;。：:" else line


def _task_cut_mid_sentence(cells: list[str], kinds: list[str | None], task: int) -> bool:
    """Whether a row's task line is cut at its column's edge and the next line is its tail: the task line ends in a
    character no sentence ends with and holds a sentence mark before (…排查整治，强化消防、食品、建), the next line,
    narrower, ends the sentence (筑安全监管。). A year's target, a unit or a date column after the task holds no
    sentence's end; another text column (具体措施, 备注) may, and is left to the fitting below."""
    if task + 1 >= len(kinds) or task + 1 >= len(cells) or (
            kinds[task + 1] != "period" and _column_class(kinds[task + 1]) == "text"):
        return False
    line, tail = cells[task].strip(), cells[task + 1].strip()
    return (len(line) > 1 and unicodedata.category(line[-1]) == "Lo" and _TITLE_MARKS.search(line) is not None
            and len(tail) > 1 and tail[-1] in "。；;" and _TITLE_MARKS.search(tail[:-1]) is None
            and _print_width(tail) < _print_width(line) and _may_be_text(tail))


def _task_letter_cut_off(cells: list[str], kinds: list[str | None], task: int) -> bool:
    """Whether the task line's last word was cut at its column's edge and its last letter wrapped alone onto the next
    line (实施教师专项招聘计 / 划, 补齐生活设施短 / 板) right before the unit cell, whose first line opens as a name opens
    (市人力资源社会 / 保障局): the letter is the task's, no head of that name. A lone letter of a unit cell is none (无),
    a name's tail (局, 室, read as units) or a name's first letter (市 / 人力资源…, opening as names do)."""
    if task + 2 >= len(cells) or task + 1 >= len(kinds) or kinds[task + 1] not in UNIT_COLUMN_KINDS:
        return False
    line, letter, after = cells[task].strip(), cells[task + 1].strip(), cells[task + 2].strip()
    return (len(line) > 1 and unicodedata.category(line[-1]) == "Lo"
            and len(letter) == 1 and unicodedata.category(letter) == "Lo" and not _NONE.match(letter)
            and _cell_class(letter) == "text" and not letter.startswith(lx.NAME_OPENINGS)
            and after.startswith(lx.NAME_OPENINGS))


def _task_tail_before_the_units(cells: list[str], kinds: list[str | None], task: int) -> bool:
    """Whether a row one line longer than its columns holds the task cell's last line right after the task line, though
    that line ends as a body's name ends (建设再生水利用示范 / 平台, …适航验 / 证平台: 平台 ends like 气象台): the task line
    is cut at its column's edge (it ends in a letter, no mark, wider than the line after it), that line ends in a word
    naming a thing built (平台, 中心, 园区) and names no body (it opens with no level, collective or body's opening, and
    holds no place's level word, as 团市委 does; 发展改革委, a body's name written bare, ends in no such word) and the
    unit cell opens on the line after it as a name opens (市水利局). Joined to the task, the row's other lines fill its
    columns, units under every unit column. Read before two unit lines are taken for one cell over two lines, the
    fragment then standing as the lead unit."""
    if task + 2 >= len(cells) or task + 1 >= len(kinds) or kinds[task + 1] not in UNIT_COLUMN_KINDS:
        return False
    line, tail, after = cells[task].strip(), cells[task + 1].strip(), cells[task + 2].strip()
    if not (line and tail and unicodedata.category(line[-1]) == "Lo" and _print_width(tail) < _print_width(line)):
        return False
    names_no_body = (len(tail) <= _CUT_HEAD and _NAME_WORDS.fullmatch(tail) is not None
                     and tail.endswith(lx.BUILT_THING_ENDINGS)
                     and not tail.startswith(lx.DUTY_LEAD_OPENINGS)
                     and not any(kind in tail for kind in lx.LOCALITY_KINDS))
    joined = cells[:task] + [join_lines(cells[task:task + 2])] + cells[task + 2:]
    return (names_no_body and after.startswith(lx.NAME_OPENINGS)
            and _roles_hold_their_kind(joined, kinds, task))


def _task_tail_breaks_the_unit_wrap(cells: list[str], kinds: list[str | None], task: int) -> bool:
    """Whether the line after a task line cut at its column's edge (it ends in a letter, no mark: …对小水电, …宜居) is
    the task cell's last line, though it ends with no mark either, for read as the first line of the unit cell after it
    it breaks how a column wraps: every line of a wrapped cell is as wide as its column but the last. The line is no
    wider than the task line (it lies within the task column), opens as no name opens, and the unit cell's lines
    follow it, and either
    - it is wider than the next line, which the unit column cut mid-name (站实施泄放改造并接入监控平台 over
      市水利局、国网某某供 / 电公司): no line of that column is wider than one cut at its edge, though this one ends as a
      name ends (平台), or
    - it reads as no names (宜游的滨水空间) and is narrower than the next line (某区人民政府、市水 / 利局): a unit cell's
      line that stops short of the column's edge ends a name.
    The unit column's edge is known only where its first line ends in a name's head that the line after it ends.
    A PDF copied one cell a line wraps a long measure column (具体措施) and its narrow unit column alike."""
    if task + 3 >= len(cells) or task + 1 >= len(kinds) or kinds[task + 1] not in UNIT_COLUMN_KINDS:
        return False
    line, tail = cells[task].strip(), cells[task + 1].strip()
    after, next_after = cells[task + 2].strip(), cells[task + 3].strip()
    if not (line and tail and after and unicodedata.category(line[-1]) == "Lo"
            and _print_width(tail) <= _print_width(line) and _may_be_text(tail)
            and not tail.startswith(lx.NAME_OPENINGS) and _cell_class(after) == "units"):
        return False
    if not _name_cut_at_the_line_end(after, next_after):
        return False  # the unit column's edge is not known: widths say nothing
    tail_width, after_width = _print_width(_without_hanging_mark(tail)), _print_width(_without_hanging_mark(after))
    return tail_width > after_width + 2 or (not _names_throughout(tail) and tail_width < after_width - 2)


def _name_cut_at_the_line_end(line: str, following: str) -> bool:
    """Whether a line ends in the head of a name the next line's first piece ends (市水 / 利局, 国网某某供 / 电公司):
    the column's edge, not the name, ended the line, so the line is as wide as its column."""
    wrapped = _name_across_the_wrap(line, following)
    if wrapped is None:
        return False
    head, tail = wrapped
    return (not _whole_name(head) and _NAME_WORDS.fullmatch(head) is not None
            and _NAME_WORDS.fullmatch(tail) is not None and _whole_name(head + tail))


def _unquoted(line: str, quoting: bool) -> str:
    """A line's characters outside quotation marks (“…”), a quote opened on a line above still open at its start."""
    kept = []
    for ch in line:
        if ch == "“":
            quoting = True
        elif ch == "”":
            quoting = False
        elif not quoting:
            kept.append(ch)
    return "".join(kept)


def _quote_open_after(line: str, quoting: bool) -> bool:
    """Whether a quotation (“…”) is still open at a line's end, `quoting` whether one was open at its start."""
    for ch in line:
        if ch in "“”":
            quoting = ch == "“"
    return quoting


def _may_be_text(line: str) -> bool:
    """Whether a line may be a text cell's: no date, and no units opening as a name does (市…, 各…)."""
    held = _cell_class(line)
    return bool(line) and held != "deadline" and not (held == "units" and line.startswith(lx.NAME_OPENINGS))


def _target_after_the_task(cells: list[str], kinds: list[str | None], task: int) -> bool:
    """Whether a short row's cell right after the task is the text column standing there (目标要求, 工作目标), though it
    reads as units: it opens with a verb of doing (创建“五星级”退役军人服务站，走访慰问全覆盖, 争创…) and names the body
    it creates. Placed by its look it would be taken for the unit column's cell (or joined to the units below it)."""
    if task + 1 >= len(kinds) or len(cells) <= task + 2 or _column_class(kinds[task + 1]) != "text":
        return False
    cell = cells[task + 1].strip()
    verb = next((v for v in lx.TARGET_OPENING_VERBS if cell.startswith(v)), None)
    if verb is None or _cell_class(cell) != "units":
        return False
    # the verb names what it creates (创建“五星级”退役军人服务站); a short office named after its campaign (创建办, the
    # 创建文明城市 office) is a unit, the verb followed by its ending alone
    named = re.split(r"[、，,；;]", cell[len(verb):])[0]
    return len(named) >= _NAMED_AFTER_THE_VERB


_NAMED_AFTER_THE_VERB = 3  # characters a target names after its verb, at least (创建“五星级”站)

_MAX_SURPLUS = 4  # extra lines of a row shared out over its text columns, at most: the ways to share them stay few


def _surplus_in_other_cells(cells: list[str], kinds: list[str | None], task: int) -> list[str] | None:
    """A row one cell per line with more lines than columns, where giving every extra line to the task leaves a unit
    column without its units: the extra lines belong to the other text columns too. A PDF copied one cell per line
    prints any long cell over two lines, and the closing column as often as the task (成果形式及完成时间: 调研报告 /
    2027年9月底前; 备注), a leader's post and name (市委常委、组织部部长 / 王某某) as well. The extra lines are shared out
    over the task and the text and date columns after it, the task taking as many as can be, and the first sharing
    that leaves units under every unit column, a date under every date column, no unit line under a text column and
    no leader's post in the task's text is the row; None when no sharing fits."""
    width = len(kinds)
    surplus = len(cells) - width
    takers = [task] + [j for j in range(task + 1, width) if kinds[j] not in UNIT_COLUMN_KINDS]
    if surplus > _MAX_SURPLUS or len(takers) < 2:
        return None
    for shares in sorted(_sharings(surplus, len(takers)), key=lambda s: (-s[0], [-n for n in reversed(s[1:])])):
        extra = dict(zip(takers, shares))
        out, at = list(cells[:task]), task
        for column in range(task, width):
            size = 1 + extra.get(column, 0)
            out.append("\n".join(cells[at:at + size]))
            at += size
        if _holds_its_kind(out, kinds, task):
            return out
    return None


def _sharings(surplus: int, parts: int) -> list[tuple[int, ...]]:
    """Every way of sharing `surplus` lines over `parts` cells (2 over 2: (2, 0), (1, 1), (0, 2))."""
    if parts == 1:
        return [(surplus,)]
    return [(n, *rest) for n in range(surplus, -1, -1) for rest in _sharings(surplus - n, parts - 1)]


def _holds_its_kind(cells: list[str], kinds: list[str | None], task: int) -> bool:
    """Whether a row fitted from its lines holds units under its unit columns and a date under its date columns, no
    unit line under a text column (a 牵头领导 or a 成果形式 column), and no leader's post in its task's text."""
    if not _roles_hold_their_kind(cells, kinds, task):
        return False
    if _post_in_the_task(cells[task]):
        return False  # 市委副书记 under the title is the 牵头领导 cell, not the title's second line
    return not any(_column_class(kinds[j]) == "text" and any(
        not _NONE.match(line.strip()) and _cell_class(line) == "units" for line in cells[j].split("\n"))
                   for j in range(task + 1, len(kinds)))


def _post_in_the_task(cell: str) -> bool:
    """Whether a line after the first of a task cell names leaders by their posts (市委常委、组织部部长, 副市长): each
    piece ends in a leader's post. Such a line is the 牵头领导 cell, no line of the task's text."""
    for line in cell.split("\n")[1:]:
        pieces = [p.strip() for _, p in depth_zero_split(line.strip(), "、，,") if p.strip()]
        if pieces and all(p.endswith(lx.LEADER_POSTS + ("常委",)) for p in pieces):
            return True
    return False


# a date opening with its year or month, written straight after a name (市生态环境局2025年9月)
_GLUED_DATE = re.compile(r"(?<=[^\d\s])(?=\d{4}\s*年|\d{1,2}\s*月)")


def _glued_date(line: str) -> str:
    """The date a line ends in, written straight after a name (市生态环境局2025年9月 -> 2025年9月); empty if none."""
    cut = _GLUED_DATE.search(line)
    return line[cut.start():] if cut else ""


def _part_units_from_date(cells: list[str], kinds: list[str | None], task: int) -> list[str]:
    """A units cell and the 完成时限 cell after it run together on one line: a PDF taken without its layout puts the
    short last line of one cell and the first of the next side by side (市生态环境局2025年9月 / 底前). Where the row
    has a date column and no line of it opens with a date, a line of names followed by a date is parted into the two
    cells, and the date's end the column wrapped onto the next line (底前) goes back onto the date."""
    if "deadline" not in kinds or any(_DATE_CELL.match(c.strip()) and _cell_class(c) == "deadline"
                                      for c in cells[task + 1:]):
        return cells  # the row's date stands on a line of its own
    for n in range(task + 1, len(cells)):
        rest = cells[n + 1:]
        # 2025年9月 / 底前: the date's end the column wrapped onto the next line goes back onto the date
        tail = rest[0].strip() if rest and rest[0].strip() in lx.DATE_TAILS else ""
        parted = _units_glued_to_date(cells[n], cells[n - 1] if n > task + 1 else "", tail)
        if parted:
            return cells[:n] + list(parted) + rest[1 if tail else 0:]
    return cells


def _units_glued_to_date(line: str, above: str = "", tail: str = "") -> tuple[str, str] | None:
    """`line` parted into its units and the date run on after them (市生态环境局2025年9月 -> 市生态环境局 |
    2025年9月), the date's `tail` the column wrapped onto the next line (底前) put back on; None when the line is no
    such pair. The names are whole, or the tail of a name cut on the line `above` (市住房城乡建设 / 局2025年9月)."""
    date = _glued_date(line)
    if not date:
        return None
    names = line[:-len(date)]
    whole = _names_throughout(_verbs_cut(names))
    if _cell_class(date + tail) == "deadline" and (whole or (above and _cut_at_the_edge(above, names))):
        return names, date + tail
    return None


def _join_wrapped_names(cells: list[str], task: int, wrapped: bool = True) -> list[str]:
    """Names broken where a PDF's column wrapped them, its text taken without the layout, one line each
    (市市场监管 / 局, 市数据局、市公 / 安局、市税务局, 市直各有关部 / 门): two lines after the task's first that,
    joined with nothing between, read as names throughout, one of them not, are one cell. Lines that each
    read as names (区城管局 / 街道办事处) stay apart: a unit a line."""
    out = list(cells[:task + 1])
    for n, cell in enumerate(cells[task + 1:], start=task + 1):
        # (an empty line, a page's margin or a gap inside a cell, joins nothing and is joined to nothing)
        joined = (out[-1] + cell.strip() if task + 1 < len(out) and len(out[-1]) <= _MAX_CELL_CHARS
                  and cell.strip() and out[-1].strip() and not _closed_by_etc(out[-1])
                  and not _leader_cell(out[-1]) else "")
        # a name cut twice (市财政局、市自然 / 资源局、各县（市 / 、区）人民政府) goes on over a third line
        goes_on = n + 1 < len(cells) and _cut_at_the_edge(_verbs_cut(joined), _verbs_cut(cells[n + 1]))
        # a cell written with its own verbs (A牵头，B、C配合) is judged by its names, the verbs cut off
        above, line = _verbs_cut(out[-1]), _verbs_cut(cell)
        if joined and cell.strip() in lx.PLACELESS_BODIES:
            out[-1] = joined  # 人民政府 alone names no body: the rest of the locality above (各县（市、区） / 人民政府)
        elif joined and cell.strip()[0] in _LIST_SEPARATORS:
            out[-1] = joined  # 县发展改革局、县生态环境局 / 、县住房城乡建设局: no cell opens with its list's separator
        elif joined and _committee_cut_after_its_bracket(out[-1], cell):
            out[-1] = joined  # 各乡镇人民政府、各村（居） / 民委员会: one committee's word, cut after its bracket
        elif (joined and _opens_with_placeless_body(line) and out[-1].strip()[-1] not in "、，,；;"
                and _names_throughout(_verbs_cut(joined), open_end=goes_on)):
            out[-1] = joined  # 各县（市、区） / 人民政府、某开: the line's first name is the locality's body, the list goes on
        elif (joined and _name_runs_on(cells[n - 1], cell, cells[n - 2] if n - 2 > task else "")
                and _names_throughout(_verbs_cut(joined), open_end=goes_on)):
            out[-1] = joined  # 市人力资源社 / 会保障局、市: the column's edge, not the name, ended the line
        elif (joined and cell.strip()[0] in "（(" and out[-1].strip()[-1] not in "、，,；;（("
                and _names_throughout(above.strip()) and _names_throughout(_verbs_cut(joined), open_end=True)):
            out[-1] = joined  # 市市场监管局 / （市知识产权 / 局）: a body's other name in brackets, wrapped after it
        elif (joined and out[-1].strip()[-1] == "、" and _names_throughout(above.strip())
                and _names_throughout(_verbs_cut(joined), open_end=goes_on)):
            out[-1] = joined  # 市教育局、 / 市市场监管局: a list broken after its 、 goes on; no cell ends in a 、
        elif joined and _part_of_the_name_above(out[-1], cell):
            out[-1] = joined  # 市处非领导小组 / 各成员单位, 国家金融监督管理总局 / 某州监管分局: one body's members, branch
        elif (joined and _opens_with_role_verb(cell) and out[-1].strip()[-1] not in "、，,；;。"
                and _names_throughout(above.strip())):
            out[-1] = joined  # 市住建局 / 牵头，各县（市、: the verb closes the name above, no cell opens with it
        elif (joined and not (_names_throughout(above) and _names_throughout(line))
                and "deadline" not in (_cell_class(out[-1]), _cell_class(cell))
                and _cut_at_the_edge(above, line, completed=wrapped)
                and _names_throughout(_without_etc(_verbs_cut(joined)), open_end=goes_on)):
            out[-1] = joined  # (a name's tail may close the list with its 等: 公司、各快递企 / 业等)
        else:
            out.append(cell)
    return out


def _leader_cell(cell: str) -> bool:
    """A post over its holder's name, joined as one cell (_leader_over_lines_joined): a person, whole; the line after it
    opens the next cell, never a name's tail."""
    post, newline, name = cell.strip().rpartition("\n")
    return bool(newline) and post_over_its_holder(post.split("\n"), name)


# A narrow unit column wraps a list anywhere, right before a 、 or ， too: the next line opens with the separator, and
# the cell goes on there (县发展改革局、县生态环境局 / 、县住房城乡建设局). No cell opens with its list's separator.
_LIST_SEPARATORS = "、，,；;"


def _committee_cut_after_its_bracket(line: str, following: str) -> bool:
    """Whether a line ends inside a locality committee's word written through a bracket of alternatives (村（居）民委员会
    for 村民委员会 and 居民委员会, 村（居）委会) and the next line holds the word's rest: the wrap fell right after the
    bracket, and 各村（居） / 民委员会 is one body, not a place and a committee of no place. The letter before the bracket,
    or the bracket's own word, with the next line's first piece spells a committee's word (lexicon.LOCALITY_COMMITTEES)."""
    head = depth_zero_split(line.strip(), "、，,；;")[-1][1].strip()
    tail = depth_zero_split(following.strip(), "、，,；;")[0][1].strip()
    bracket = re.search(r"(.)[（(]([^（）()]{1,4})[）)]$", head)
    if bracket is None or not tail:
        return False
    return any(word + tail in lx.LOCALITY_COMMITTEES for word in bracket.groups())


def _part_of_the_name_above(line: str, following: str) -> bool:
    """Whether the next line opens with the members or a branch of the body whose whole name ends the line, no separator
    between: a named body's members addressed after its name (市处非领导小组 / 各成员单位, lexicon.MEMBER_COLLECTIVES), or
    a body's branch after the body's name (国家金融监督管理总局 / 某州监管分局, 市生态环境局 / 某县分局:
    cells.branch_of_the_body_above). Each half reads as a whole name; a narrow column wrapped the one name between them."""
    wrapped = _name_across_the_wrap(line, following)
    if wrapped is None:
        return False
    head, tail = wrapped
    if not _whole_name(head):
        return False
    return tail in lx.MEMBER_COLLECTIVES or (
        branch_of_the_body_above(head, tail) and not tail.startswith(lx.NAME_OPENINGS) and _whole_name(head + tail))


def _closed_by_etc(line: str) -> bool:
    """Whether a line's list ends in the 等 closing it after a whole name (县自然资源局等, 县公安局等有关部门): the cell
    ends there, and the next line opens another."""
    last = depth_zero_split(line.strip(), "、，,；;")[-1][1].strip()
    bare = _without_etc(last)
    return bare != last and _whole_name(bare)


def _opens_with_placeless_body(line: str) -> bool:
    """Whether a line's first name is a body's word with no place before it (人民政府、某某开发区管委会): the rest of the
    locality the line above ended with, a narrow column having wrapped it with the names after it."""
    first = depth_zero_split(line.strip(), "、，,；;")[0][1].strip()
    return first in lx.PLACELESS_BODIES and first != line.strip()


def _name_runs_on(line: str, following: str, before: str) -> bool:
    """Whether a name that reads as whole at a line's end goes on into the next line: it ends in a word longer names
    run on past (市人力资源社 / 会保障局, 市中小企业 / 服务中心), opens as a name opens, the next line's first piece
    opens as no name opens and with it makes one whole name, and the line is printed to its column's edge: as wide as
    the line after it or the line before it (a narrow column's wrapped lines are as wide as one another, but the
    last). A list a unit a line (市供销社 / 团市委) has no such width."""
    width = _print_width(line)
    return _runs_on_past_its_ending(line, following) and width in (_print_width(following), _print_width(before))


def _runs_on_past_its_ending(line: str, following: str) -> bool:
    """Whether a line's last name ends in a word longer names run on past (社, 企业) and opens as a name opens, and the
    next line's first piece opens as no name opens and with it makes one whole name (市人力资源社 / 会保障局)."""
    wrapped = _name_across_the_wrap(line, following)
    if wrapped is None:
        return False
    head, tail = wrapped
    return (head.endswith(lx.RUN_ON_ENDINGS) and head.startswith(lx.NAME_OPENINGS)
            and not tail.startswith(lx.NAME_OPENINGS) and _whole_name(head + tail))


def _name_across_the_wrap(line: str, following: str) -> tuple[str, str] | None:
    """The last piece of a line and the first piece of the next (pieces between 、，；), where a name may go on from
    the one into the other: None where the line closes its list (it ends in a comma) or the next line opens with
    none (nothing before its first comma)."""
    if not line.strip() or line.strip()[-1] in "、，,；;":
        return None
    head = depth_zero_split(line.strip(), "、，,；;")[-1][1].strip()
    tail = depth_zero_split(following.strip(), "、，,；;")[0][1].strip()
    return (head, tail) if tail else None


def _join_names_the_surplus_cut(cells: list[str], kinds: list[str | None], whole_lines: bool = False) -> list[str]:
    """A row whose unit columns close it (主办单位 | 承办单位 | 协办单位) and whose unit lines after its date or text
    outnumber them: a narrow column cut a name where each half reads as a name, so nothing else joined them. Each
    extra line is the rest of such a name: a place that waits for its body (各县（市、区） / 市场监管局, 人民银行溪州 /
    市分行: the line ends in a place's name) or a name cut past a word longer names run on past (市人力资源社 / 会保障局);
    the pair is joined where it reads as one whole name, as many pairs as there are extra lines, from the first on.
    A row with no more unit lines than unit columns keeps each line a cell (各县（市、区） may be a cell of its own).
    A row closed by its date (责任单位 | 督导单位 | 整改时限) is read so up to the date, its line kept last, counting
    only lines that read as units (a leader's name, 孙某明, beside the units is no piece of one)."""
    if kinds and _column_class(kinds[-1]) == "deadline" and len(cells) > 1 and _cell_class(cells[-1]) == "deadline":
        return _join_names_the_surplus_cut(cells[:-1], kinds[:-1], whole_lines=True) + cells[-1:]
    columns = len(kinds) - next((j + 1 for j in range(len(kinds) - 1, -1, -1) if kinds[j] not in UNIT_COLUMN_KINDS), 0)
    start = len(cells)
    while (start > 1 and len(cells) - start <= columns + _MAX_SURPLUS
           and (_cell_class(cells[start - 1]) == "units" if whole_lines else _unit_line(cells[start - 1]))):
        start -= 1
    surplus = len(cells) - start - columns
    if not columns or surplus <= 0 or _cell_class(cells[start - 1]) not in ("deadline", "text"):
        return cells
    out = cells[:start]
    for cell in cells[start:]:
        above = out[-1] if len(out) > start else ""
        if surplus and above and (_place_awaits_its_body(above, cell) or _runs_on_past_its_ending(above, cell)
                                  or _part_of_the_body_above(above, cell)):
            out[-1] = above.strip() + cell.strip()
            surplus -= 1
        else:
            out.append(cell)
    return out


def _unit_line(line: str) -> bool:
    """Whether a line may stand under a unit column: units, 无 or /, or a piece of a name (溪州职业技术), words only."""
    text = line.strip()
    return (bool(_NONE.match(text)) or _cell_class(text) == "units"
            or (len(text) <= _CUT_HEAD and _NAME_WORDS.fullmatch(text) is not None))


_PLACE_LIST = re.compile(r"[（(][^（）()]*[）)]$")  # the places a collective's name lists after it: 各县（市、区）


def _place_awaits_its_body(line: str, following: str) -> bool:
    """Whether a line's last name ends in a place's name (各县（市、区）, 人民银行溪州) and the next line's first piece is
    the body that place's name waits for: no comma after the place, the piece opens no collective of its own (各…),
    and the two make one whole name."""
    wrapped = _name_across_the_wrap(line, following)
    if wrapped is None:
        return False
    head, tail = wrapped
    return (_PLACE_LIST.sub("", head).endswith(lx.LOCALITY_KINDS)
            and not tail.startswith(lx.COLLECTIVE_STARTS) and _whole_name(head + tail))


def _part_of_the_body_above(line: str, following: str) -> bool:
    """Whether the next line opens with a part of a body (its office, its squad: 交通管理大队, 督查室, 办公室), no place
    before it, and the line ends in that body's whole name (县教育局、县公安局 / 交通管理大队, 县委督查室、县政府 / 督查室,
    县森林防灭火指挥部 / 办公室): a narrow column wrapped the name between the body and its part. A part names nothing
    alone where every body's name opens with its level, so the two are one name, though each half reads as one."""
    wrapped = _name_across_the_wrap(line, following)
    if wrapped is None:
        return False
    head, tail = wrapped
    return (head.startswith(lx.NAME_OPENINGS) and _whole_name(head) and tail.endswith(lx.BODY_PART_ENDINGS)
            and not tail.startswith(lx.NAME_OPENINGS) and tail not in lx.PLACELESS_BODIES
            and _whole_name(head + tail))


_NAME_WORDS = re.compile(r"[\u4e00-\u9fff（）()]+")  # a name's head as a wrap leaves it: Chinese words, its brackets
_MAX_CELL_CHARS = 120  # characters of a unit cell that lines are still joined onto: a bound that keeps it linear
_CUT_HEAD = 10  # characters of a name's head left on a line by the wrap (市市场监管, 各县（市、区）人), at most
_CUT_TAIL = 2  # characters of a name's tail carried to the next line (局, 门, 安局), at most


def _cut_at_the_edge(line: str, following: str, completed: bool = True) -> bool:
    """Whether a name was cut between two lines: the first ends in the head of a name that is no whole name
    (市公, 市市场监管, 各县（市、区）人) or the next begins with a short tail (局, 门, 安局), or both are pieces. A line
    of text (落实减税降费政策, …按职责分工负责) over a whole name is no cut. `completed`: a head that is no name, whole
    with the next line's first name, counts too (某开 / 发区管委会: only where the row's lines show cells wrapped)."""
    pieces = [p.strip() for _, p in depth_zero_split(line.strip(), "、，,；;") if p.strip()]
    head = pieces[-1] if pieces else ""
    tail = depth_zero_split(following.strip(), "、，,；;")[0][1].strip()
    if not head or not tail or _NONE.match(tail) or _holds_a_role_verb(head):
        return False  # 无 is a cell of its own; a clause with its verb (…负责, 落实…) is no name's head
    if _list_closed_by_etc(head, tail):
        return False
    if line.strip()[-1] in "、，," and _whole_name(head) and _whole_name(tail):
        return True  # a list broken after its comma (…监管分局、 / 市地方金融管理局) goes on in the same cell
    # a leader's post (市委副书记 / 市委农办) is a whole word, no name's head: the 牵头领导 cell above the 牵头单位; so
    # is a word naming people (全体班子成员 / 张某: the unit column's leaders, then the 责任人's)
    whole_word = head.endswith(lx.LEADER_POSTS) or head.endswith(lx.PEOPLE_ENDINGS)
    head_cut = not _whole_name(head) and len(head) <= _CUT_HEAD and not whole_word
    tail_cut = not _whole_name(tail) and len(tail) <= _CUT_HEAD
    # a short tail ends the name the head began (局, 部 / 门): not a person's name after a unit (各村委会 / 张某)
    short_tail = tail_cut and len(tail) <= _CUT_TAIL and bool(UNIT_END.search(head + tail))
    # a head that is no name alone, whole with the next line's first name (某开 / 发区管委会, 澄川 / 高新区管委会): a
    # narrow column cut the name inside its place or its body's word, where no comma stands. The head is words only
    # (no figure, no dash: 亿元120 / 市商务局 is a target beside its unit) and the tail opens as no name opens (王某某 /
    # 市委组织部 is a person beside a body whose name begins on the next line). The head may be a name cut twice,
    # longer than one line's (国家金融 / 监督管理总局某 / 川监管分局): the whole name bounds it
    head_completed = (completed and not _whole_name(head) and _NAME_WORDS.fullmatch(head) is not None
                      and not whole_word and not tail.startswith(lx.NAME_OPENINGS)
                      and _whole_name(head + tail))
    # a body's owner and its place (人民银行某江, 民航某川) cut right before the place's level word (市分行, 市监管局):
    # the tail opens as a name opens, but the head, opening as a body's name opens past the level words and no whole
    # name, waits for it (as 中国银行某 / 市分行 does, 中国 a name's opening)
    owner_awaits_its_level = (head_cut and head.startswith(lx.DUTY_LEAD_OPENINGS) and tail.startswith(lx.LOCALITY_KINDS)
                              and _NAME_WORDS.fullmatch(head) is not None and _whole_name(head + tail))
    # two pieces, neither a name (溪州职业 / 技术学院), are one name cut; not where the next line opens as a name opens
    # (和充电设施 / 市委社会工 / 作部: a text cell's short last line, then a unit's name its own column cut): a name
    # begins there, the line above ends another cell
    both_cut = head_cut and tail_cut and not tail.startswith(lx.NAME_OPENINGS)
    # a collective's lead-in cut after its 各 (沿河各 / 县（区）人民政府, 沿线各 / 乡镇人民政府): 各 ends no name and waits
    # for the bodies it spans, though the tail opens with a level as a name opens; or a name cut right inside its
    # bracket (沿河各县（ / 区）人民政府): a line ending in an open bracket ends no cell
    awaits_its_body = (len(head) <= _CUT_HEAD and _NAME_WORDS.fullmatch(head) is not None
                       and (head.endswith(lx.EACH) or _bracket_left_open(head)) and _whole_name(head + tail))
    return ((head_cut and head.startswith(lx.NAME_OPENINGS)) or short_tail or both_cut or head_completed
            or owner_awaits_its_level or awaits_its_body)


def _bracket_left_open(piece: str) -> bool:
    """Whether a piece opens a bracket it does not close (沿河各县（): its name goes on past the line's end."""
    return piece.count("（") + piece.count("(") > piece.count("）") + piece.count(")")


def _list_closed_by_etc(head: str, tail: str) -> bool:
    """Whether a unit list's last piece is a whole name closed by 等 (…、县公安局等): 等 closes the list, so the cell
    ends on that line and the next line opens the next cell (a 考核细则 without 序号: the next row's 考核内容), no rest
    of a name the column cut. Not where the next line can go on with the cell (_goes_on_after_etc)."""
    return head.endswith("等") and _whole_name(head[:-1]) and not _goes_on_after_etc(tail)


def _goes_on_after_etc(tail: str) -> bool:
    """Whether the line after a list closed by 等 goes on with the unit cell: the group the list stands for (等 /
    有关部门, 等 / 县直有关单位, 等 / 县河长制成员单位, 等 / 行政执法部门, 等 / 12个部门: names.QUALIFIER_GROUP; 等 /
    12个乡镇: the localities counted, names.COUNTED_LOCALITIES), more units (等 / 各乡镇), or the role the listed bodies
    bear, a role word closing the line (等 / 配合, 等 / 负责, 等 / 按职责分工负责). A 考核内容 sentence is none of these
    (推进岸线绿化, 落实河道保洁制度: a verb opens it)."""
    return (TRAILING_QUALIFIER.fullmatch("等" + tail) is not None or QUALIFIER_GROUP.fullmatch("等" + tail) is not None
            or COUNTED_LOCALITIES.fullmatch("等" + tail) is not None
            or _cell_class(tail) == "units" or tail.endswith(lx.ROLE_WORDS_AFTER_A_UNIT_LIST))


# a body's long word (委员会, 办公室, 办公厅) whose letters a role verb's may overlap (委员会办公室 holds 会办)
_LONG_UNIT_WORDS = tuple(word for word in lx.UNIT_ENDINGS if len(word) >= 3)


def _holds_a_role_verb(head: str) -> bool:
    """Whether a line's last piece holds a role verb (…负责, 落实…): a clause, no name's head. A verb whose last letter
    opens a body's long word written on, whole or cut at the line's end (市人民政府教育督导委员会办公 / 室: 会办 + 公, the
    head of 办公室), is letters of the name, as in 市政协办公室 (协办 + 公室)."""
    for verb in lx.VERB_ROLES:
        at = head.find(verb)
        while at >= 0:
            word_at = at + len(verb) - 1
            left = len(head) - word_at
            if not any(head.startswith(word, word_at) or (2 <= left < len(word) and word.startswith(head[word_at:]))
                       for word in _LONG_UNIT_WORDS):
                return True
            at = head.find(verb, at + 1)
    return False


def _ends_the_task(task_line: str, line: str, following: str) -> bool:
    """Whether `line` is the end of the task's sentence rather than the next column's cell: the task's line
    stops mid-sentence and this one, text and no units or date, closes the sentence (…，建 / 成农村公路200公里。)
    or, in a table whose cells end without a full stop, is followed by the units the first unit column wants."""
    if not task_line.strip() or task_line.strip()[-1] in _ENDS_SENTENCE or _cell_class(line) != "text":
        return False
    return line.strip()[-1:] in ("。", "；", ";") or (bool(following.strip()) and not _NONE.match(following.strip())
                                                     and _cell_class(following) == "units")


def _fits(cell: str, kind: str | None) -> bool:
    """Whether a cell can stand under a column: units and dates only under a units or a date column."""
    held = _cell_class(cell)
    return held == "text" or held == _column_class(kind)


def _unit_cell_over_two_lines(cells: list[str], kinds: list[str | None], task: int,
                              overseer: int | None = None, listed: frozenset[int] | None = None) -> list[str] | None:
    """A row one line longer than its columns where a unit cell holds a line break (石门县人民政府 / 市发展改革委 /
    市农业农村局 under 牵头单位 | 责任单位, a docx cell's two units one under the other): two adjacent lines that are
    whole names (no name cut at the column's edge in their run of unit lines, as `_join_wrapped_names`
    reads one), the first under a unit column,
    are one cell. Read before the names are joined: the short node cells
    after the units (完成备案 / 开工建设) would otherwise read as a name cut at the column's edge and the row slide. The
    lines do not show which unit column holds two: the last one that leaves units under every unit column takes them
    (as `_join_unit_lines` does), and where another unit column stands beside it the reader says so. None when no
    joining fits. The overseer's column (督导单位 beside 责任单位) holds one body: the doers' column holds the two.

    A cell is written in one manner, its bodies one a line or in a 、 list: where the last joining would put a lone body
    over a 、 list in one cell (市甲局 / 市乙局、市丙局) while an earlier one joins two lone bodies (牵头单位 市丁局 / 市甲局
    stacked, 参与单位 市乙局、市丙局 on the next line, the date closing the row), the earlier one is the row's."""
    joinings = []
    for i in range(len(cells) - 2, task, -1):
        if overseer is not None and i == len(kinds) - overseer:
            continue
        if kinds[i] not in UNIT_COLUMN_KINDS or not all(
                _cell_class(line) == "units" and _names_throughout(line.strip()) for line in cells[i:i + 2]):
            continue
        if _name_cut_in(_unit_line_run(cells, i, task)):
            continue  # 各县（市、区） / 人民政府, 区教育局、 / 区市场监管局: a name cut at the column's edge, not two names
        joined = cells[:i] + [cells[i].strip() + "\n" + cells[i + 1].strip()] + cells[i + 2:]
        if _roles_hold_their_kind(joined, kinds, task):
            joinings.append(i)
    if not joinings:
        return None
    i = _stacked_cell(cells, joinings, None if listed is None else {j for j in joinings if len(kinds) - j in listed})
    if i != joinings[0]:
        _said_lone_bodies_stacked(cells[i:i + 3])
    elif kinds[i - 1] in UNIT_COLUMN_KINDS:
        _said_unit_lines_shared(cells[i - 1:i + 2], 2)
    return cells[:i] + [cells[i].strip() + "\n" + cells[i + 1].strip()] + cells[i + 2:]


def _bodies_on(line: str) -> int:
    """The bodies a unit line names, parted by 、，； outside brackets (市甲局（市乙办） is one)."""
    return len(depth_zero_split(line.strip().rstrip("、，,；;"), "、，,；;"))


def _lone_body_over_a_list(lines: list[str]) -> bool:
    """Whether two unit lines mix a lone body with a 、 list of several: two manners of writing, so two cells."""
    counts = [_bodies_on(line) for line in lines]
    return min(counts) == 1 and max(counts) > 1


def _stacked_cell(lines: list[str], starts: list[int], listed: set[int] | None) -> int:
    """Which two adjacent unit lines are the one cell written over two lines, of the `starts` that fit the row (the
    first the reader's default, the last unit column's): the default, unless it puts a lone body over a 、 list while
    another start pairs two lone bodies, each bare on its line (牵头单位 市甲局 / 市乙局 stacked, 参与单位 市丙局、市丁局),
    in a column whose cells in the rows above never wrote several bodies with 、 (`listed`: the starts whose columns did;
    a column written so writes its bodies so, and the default's cell of two manners is then the row's, as a 配合部门
    市甲局 / 市乙局、市丙局 under a 发起部门 column of 、 lists). None for `listed`: the table unknown, the default."""
    first = starts[0]
    if listed is None or not _lone_body_over_a_list(lines[first:first + 2]):
        return first
    return next((j for j in starts[1:] if j not in listed and all(_bodies_on(line) == 1 for line in lines[j:j + 2])),
                first)


def _said_lone_bodies_stacked(lines: list[str]) -> None:
    """Two lone bodies stacked beside a 、 list, read as one cell of the earlier column: a reading of the writer's
    manner, not shown by the lines, so the reader says so."""
    shown = " / ".join(_quote(line) for line in lines)
    _note(lines[0], f"unit lines {shown}: the two lone bodies one a line read as one cell, the 、 list as the next")


def _people_cell_over_two_lines(cells: list[str], kinds: list[str | None], task: int) -> list[str] | None:
    """A row one line longer than its columns where a leaders' cell (责任领导, 牵头领导) names two people one under the
    other (陈某华 / 李某栋): every column before it one line, the two names are one cell (before: the surplus went to the
    task, its two text cells joined into one title and the measures taken for the problem). A text column before it
    whose line names no one (a 目标值 or 创建指标 beside the task: 不明显, ≥20%) is passed over: the people column is
    the first whose line names people (县林业局局长 钟山 / 县农业农村局局长 曹建华 under 责任人)."""
    for i in range(task + 1, len(cells) - 1):
        if kinds[i] != "extra" or not names_people(cells[i]):
            continue
        if names_people(cells[i + 1]):
            joined = cells[:i] + [cells[i].strip() + "\n" + cells[i + 1].strip()] + cells[i + 2:]
            if _roles_hold_their_kind(joined, kinds, task):
                return joined
        return None  # only the first people column: the lines before it are one cell each
    return None


def _people_slot_after(kinds: list[str | None], task: int) -> int | None:
    """序号 | 重点工作 | 具体任务 | 分管领导 | 责任股室 copied one cell per line, the 重点工作 merged and printed on its
    group's first row only: a later row's lines are its 具体任务, its leader (陈某强) and its units, and the leader's name,
    text as a task is, would fill the second task column and push the 具体任务 into the first (the group's), the group
    then never seen. A cell naming people alone is no task's words: it goes to the column of text (分管领导) after the
    task columns and before the units, where there is one."""
    for j in range(task + 1, len(kinds)):
        if kinds[j] == "extra":
            return j
        if kinds[j] != "task":
            return None
    return None


def _unit_line_run(cells: list[str], at: int, task: int) -> list[str]:
    """The run of lines reading as units, after the task, that holds the line `at`."""
    start, end = at, at + 1
    while start - 1 > task and _cell_class(cells[start - 1]) == "units":
        start -= 1
    while end < len(cells) and _cell_class(cells[end]) == "units":
        end += 1
    return cells[start:end]


def _name_cut_in(run: list[str]) -> bool:
    """Whether a run of unit lines holds a name cut at the column's edge, as the wrap readers join one (市数据局、市公 /
    安局, 各县（市、区） / 人民政府, 各县（市、区） / 农业服务中心, 区人力资源社 / 会保障局)."""
    return (len(_join_wrapped_names(["", *run], 0)) <= len(run)
            or any(_place_awaits_its_body(a, b) or _runs_on_past_its_ending(a, b) or _part_of_the_body_above(a, b)
                   for a, b in zip(run, run[1:])))


def _roles_hold_their_kind(cells: list[str], kinds: list[str | None], task: int) -> bool:
    """Whether a row with as many cells as columns has units under every unit column and a date under every date column:
    then the header is trusted, though a text column holds a cell that reads as units. A project list's 建设地点 names
    where the work is done (石门镇青龙村, 全县, 各乡镇), and a place reads as a body's name; re-aligning the row by what its
    cells look like would move the place into the unit columns and the units into the task's text."""
    roles = [j for j in range(task + 1, len(kinds)) if _column_class(kinds[j]) != "text"]
    return (any(kinds[j] in UNIT_COLUMN_KINDS for j in roles)
            and all(_cell_class(cells[j]) == _column_class(kinds[j]) for j in roles))


def _join_unit_lines(cells: list[str], kinds: list[str | None], task: int, overseer: int | None = None,
                     listed: frozenset[int] | None = None) -> list[str]:
    """A unit cell pasted one unit per line (区城管局 / 街道办事处 under one 责任单位): a run of unit
    lines longer than the run of unit columns in the header is one cell, its extra lines joining the
    last unit column of the run (a 牵头单位 names one unit more often than a 配合单位 does), or the one before it
    where the last is the overseer's (`_unit_lines_into_columns`)."""
    cells = _join_names_the_surplus_cut(cells, kinds)
    runs, run = [], 0
    for kind in kinds[task + 1:]:
        run = run + 1 if kind in UNIT_COLUMN_KINDS else 0
        runs.append(run)
    longest = max(runs, default=0)
    if not longest:
        return cells
    out, lines = cells[:task + 1], []
    rest = cells[task + 1:]
    if len(cells) >= len(kinds):
        # no cell lost: the columns between the task and the first unit column (抽查对象, 服务对象) take their lines
        # in place, though a line there ends as a name does (矿山企业); the run of unit lines begins after them
        before = next((i for i, kind in enumerate(kinds[task + 1:]) if kind in UNIT_COLUMN_KINDS), 0)
        out, rest = out + rest[:before], rest[before:]
    for cell in [*rest, None]:
        if cell is not None and not _NONE.match(cell.strip()) and _cell_class(cell) == "units":
            lines.append(cell)
            continue
        if len(lines) > longest:
            last = task + 1 + runs.index(longest)  # the last column of the longest run of unit columns
            run_listed = None if listed is None else {j for j in range(longest) if len(kinds) - (last - longest + 1 + j)
                                                      in listed}
            lines = _unit_lines_into_columns(lines, longest, overseer is not None and last == len(kinds) - overseer,
                                             run_listed)
        out += lines
        lines = []
        if cell is not None:
            out.append(cell)
    return out


def _unit_lines_into_columns(lines: list[str], columns: int, overseen: bool,
                             listed: set[int] | None = None) -> list[str]:
    """A run of unit lines, more than the unit `columns` side by side, as their cells: the extra lines join the last
    column, and the reader says so (the lines do not show which cell ran over two). Where the last column is the office
    overseeing the doers (`overseen`: 督导单位 beside 责任单位), that office is one body a row and the extra lines are the
    doers' (the column before it): 县水利局 / 县交通运输局 / 县财政局 under 责任单位 | 督导单位 are two doers and the
    overseer, as the same table written with 、 between a cell's bodies shows. `listed`: the run's columns known to
    write several bodies with 、 (`_stacked_cell`)."""
    if overseen and columns > 1:
        return lines[:columns - 2] + ["\n".join(lines[columns - 2:-1]), lines[-1]]
    if columns > 1 and len(lines) == columns + 1:
        # one line too many: two lone bodies stacked in an earlier column beside a 、 list are that column's cell
        at = _stacked_cell(lines, list(range(columns - 1, -1, -1)), listed)
        if at != columns - 1:
            _said_lone_bodies_stacked(lines[at:at + 3])
            return lines[:at] + [lines[at] + "\n" + lines[at + 1]] + lines[at + 2:]
    if columns > 1:
        _said_unit_lines_shared(lines, columns)
    return lines[:columns - 1] + ["\n".join(lines[columns - 1:])]


def _unit_lines_before_the_date(cells: list[str], kinds: list[str | None], overseer: int | None) -> list[str]:
    """A row closed by its date, its unit cells written one body a line (a docx cell of several paragraphs): the run of
    whole names right before the date fitted into the unit columns right before the date column, so the row's count of
    lines says whether it holds a merged group cell (a 问题类型 printed on its group's first row only) before the
    count is read. Rows whose run fits its columns, or holds a name cut at the column's edge, are left as they are."""
    columns = 0
    while columns + 1 < len(kinds) and kinds[-2 - columns] in UNIT_COLUMN_KINDS:
        columns += 1
    if not columns or _column_class(kinds[-1]) != "deadline" or _cell_class(cells[-1]) != "deadline":
        return cells
    start = len(cells) - 1
    while (start - 1 > 1 and _cell_class(cells[start - 1]) == "units" and not _NONE.match(cells[start - 1].strip())
           and _names_throughout(cells[start - 1].strip())):
        start -= 1
    start = max(start, len(kinds) - columns - 1)  # the text columns keep a line each (a task 改造薄弱学校 reads as a body)
    run = cells[start:-1]
    if len(run) <= columns or _name_cut_in(run):
        return cells
    overseen = overseer is not None and overseer == 2  # the overseer's column right before the date
    return cells[:start] + _unit_lines_into_columns(run, columns, overseen) + cells[-1:]


def _said_unit_lines_shared(lines: list[str], columns: int) -> None:
    """More unit lines than the unit columns side by side (市住房城乡建设局 / 各区人民政府 / 市应急管理局 under 责任单位 |
    配合单位): one cell was written over two lines, and the lines do not show which. The reader joins the extra lines to
    the last column (`_join_unit_lines`) and says so, as the guess may give a unit the wrong role."""
    shown = " / ".join(_quote(line) for line in lines)
    _note(lines[0], f"{len(lines)} unit lines under {columns} unit columns ({shown}): which column a cell written over "
                    "two lines belongs to is not shown; the extra lines were read with the last column")


def _align(cells: list[str], kinds: list[str | None], out: list[str], column: int) -> list[str]:
    """Fewer cells than columns: each cell goes to the next column from `column` that holds its
    kind of content (units, a date, text), so a target merged over three year columns or a
    missing 配合单位 leaves those columns empty, not the units shifted into them."""
    width = len(kinds)
    text_column = max(column - 1, 0)
    for at, cell in enumerate(cells):
        wanted = _cell_class(cell)
        match = next((j for j in range(column, width) if _column_class(kinds[j]) == wanted), None)
        if _people_under_the_unit_column(cells[at:], kinds, column):
            match = column
        elif match is not None and kinds[match] == "task" and names_people(cell):
            match = _people_slot_after(kinds, match) or match
        if match is None:
            match = column if column < width else None
        if match is None:
            out[text_column] = join_lines([out[text_column], cell])
            _note(cell, f"cell {_quote(cell)} fits no column of its row: kept in the task's text")
            continue
        out[match] = cell
        column = match + 1
    return out


def _people_under_the_unit_column(cells: list[str], kinds: list[str | None], column: int) -> bool:
    """Whether the first of `cells` (a row's cells yet to place, from the column `column` on) is a unit column's cell
    that names people: a bureau's 周/月工作安排 (责任股室 | 责任人 | 完成时间 | 备注) puts its leaders as a group under
    the unit column as well as under 责任人 (全体班子成员 / 全体班子成员, 全体班子成员 / 张某). People read as text,
    so fitted by what they hold the first went to 责任人, the second on to 备注 and the date found no column (it joined
    the task's title), and the unit column, left empty, took the unit of the row above. Two people cells one after
    the other, where the next column is a unit column and the one after it a column of text: each is a cell, the
    first the unit column's (read as no unit, as the same cell is in a tab-pasted table). One people cell alone
    stays where it fits (its unit cell may be the one lost)."""
    return (len(cells) >= 2 and column + 1 < len(kinds) and kinds[column] in UNIT_COLUMN_KINDS
            and _column_class(kinds[column + 1]) == "text" and kinds[column + 1] != "task"
            and people_cell(cells[0]) and people_cell(cells[1]))


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
