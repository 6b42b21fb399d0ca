"""Plan text -> outline: preamble, sections, (一) groups, numbered tasks with their continuation lines, closings.

`build_outline` reads as the pipeline: lines the page broke are joined back (a PDF's text), boxes set between the tasks
(专栏 / 表 / 注) are set aside, the marked lines that are items of the outline are chosen (`items`), the level of
sections, groups and tasks is decided from the whole document (`levels`), the walker below then feeds each line to
the section, group or task it belongs to, and items that are the plan's text are set aside (`not_tasks`).
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..model import Group, Plan, Section, Task
from ..words import lexicon
from ..words.names import drop_trailing_qualifier, unit_like
from .boxes import box_group, box_lines, set_aside_boxes
from .items import lines_over_a_date, mark_items, signature_lines
from .levels import Levels, decide_levels, held_by_a_later_annotation
from .lines import (
    ACTION_HEADING,
    COLOPHON,
    HEADING_MAX,
    LABEL_LINE,
    Line,
    MONTH_HEADING,
    PERIOD_LABEL_LINE,
    PART_HEADING,
    TERMINAL,
    annotation_ends_line,
    annotation_only,
    copy_furniture,
    separator_line,
    has_annotation,
    heading_title,
    open_brackets,
    own_line,
    speaks_for_the_items_above,
    units_named,
)
from .not_tasks import set_aside_items
from .numbering import style_of
from ..words.labels import LISTED_NAME_NUMBER, UNNUMBERED, dash_read_as_one, label_of, without_leading_symbols
from ..words.widths import printed_width, reaches_width
from .printed_width import closes_an_annotation, join_wrapped
from .records import counted_rows, number_supplied_in, groups_closed_for_their_items, headings_over_items, note_heading_over_named_items, part_headings, source_map
from .rules import is_note_on_the_lists
from .annotations.finders import SENTENCE_CLOSED, bare_names_line


def build_outline(plan: Plan, lines: list[Line], width: int = 0, unprinted: set[int] | None = None,
                  notice_before_plan: bool = False, work_notice: bool = False,
                  tabled: frozenset[str] = frozenset()) -> None:
    """Fill plan.preamble, sections, groups, tasks and closings from the plan's lines (title line excluded);
    `width` the printed width the whole document was wrapped at, when known (else measured on these lines);
    `unprinted` the source lines of table rows the table reader numbered by its own count (PlanText.unprinted);
    `notice_before_plan` the lines a covering notice's, the plan it issues after it (PlanText.notice_before_plan);
    `work_notice` the document a notice on a piece of work (关于做好…工作的通知), its units its clauses' subjects;
    `tabled` the titles the rows of its attached 分工表 name (levels.group_titles_a_table_names)."""
    width = width or printed_width([(ln.text, ln.indent) for ln in lines])
    _dash_read_as_one(lines)
    _lookalike_stops_out_of_count(lines)
    lines[:] = join_wrapped(lines, label_of, own_line, width)  # a PDF's text: the lines its page broke, whole again
    lines[:], found = set_aside_boxes(plan, lines, has_annotation, units_named)  # 专栏 / 表 / 注 set between the tasks are no tasks
    doubts: list[tuple[int, str]] = []
    said: list[tuple[int, str]] = []  # what was read of a doubtful shape (a note between task paragraphs)
    lines[:] = mark_items(lines, doubts, said, notice_before_plan, work_notice)
    plan.warnings += [f"{plan.source}:{line}: outline: {message}" for line, message in doubts]
    for line, message in said:
        plan.note(line, "outline", message)
    chunks, chunk_levels = decide_levels(plan, lines, tabled)
    walker = _Walker(plan)
    walker.signature = signature_lines(lines)
    walker.over_a_date = lines_over_a_date(lines)
    found.reverse()  # the boxes set aside, put back before the first line after them
    walker.width = width
    walker.counted_rows = unprinted or set()
    for chunk, levels in zip(chunks, chunk_levels):
        structural = [i for i, ln in enumerate(chunk) if ln.role in ("group", "task") or
                      (ln.role is None and ln.label and ln.label.style in (levels.group, levels.task))]
        held = held_by_a_later_annotation(chunk, structural[-1] if structural else -1)
        for i, ln in enumerate(chunk):
            if separator_line(ln.text) and i not in held:
                continue  # ┈┈┈┈ / —————— / a lone ▶ between a copy's blocks: no words of any text the outline builds
            while found and found[-1][0].number < ln.number:
                walker.box(found.pop())
            k = bisect_right(structural, i)  # the next structural line (a scan from the start was quadratic)
            nxt = chunk[structural[k]] if k < len(structural) else None
            walker.held = i in held
            walker.feed(ln, nxt, levels, is_last_chunk=chunk is chunks[-1])
    while found:
        walker.box(found.pop())
    walker.finish()
    counted_rows(plan).update(unprinted or set())
    set_aside_items(plan)
    _months_left_with_no_task(plan, walker.months)
    _actions_over_measures(plan, walker.actions)
    _actions_closed_by_field_lines(plan, walker.actions)
    _part_headings_over_items(plan, walker.part_sections, walker.part_groups)
    _number_unprinted_tasks(plan, unprinted or set())


def _dash_read_as_one(lines: list[Line]) -> None:
    """—、指导思想 … 二、工作目标: OCR of a scan returned the 一 of the first heading as a dash. The first line opening
    with a dash before 、, above the plan's first 一、-style label where that label is 二、, is the 一、 heading
    (labels.dash_read_as_one); its label keeps the dash as printed."""
    first_top = next((k for k, ln in enumerate(lines) if ln.label is not None and ln.label.style == "cn"), None)
    if first_top is None:
        return
    texts = [ln.text for ln in lines[: first_top + 1]]
    for k, ln in enumerate(lines[:first_top]):
        label = dash_read_as_one(texts, k, lines[first_top].label)
        if label is not None:
            ln.label = label
            return


def _lookalike_stops_out_of_count(lines: list[Line]) -> None:
    """四丶时间安排 after 三、: a numeral before 丶, the stop's look-alike OCR returns (lexicon.ENUMERATION_COMMA_LOOKALIKES),
    is a heading's label only where it is the numeral the 一、 count expects next: the one after the last 一、-style
    label above it, or 一 opening a count. Elsewhere it is numerals a sentence parts with 丶 on a line a page broke
    before (…重点在四 / 五丶六个乡镇…, 1. 实施… / 三丶四月份…): no label, the line the wrapped text it is."""
    last = 0
    for ln in lines:
        if ln.label is None or ln.label.style != "cn":
            continue
        lookalike = any(ch in ln.label.text for ch in lexicon.ENUMERATION_COMMA_LOOKALIKES)
        if lookalike and ln.label.number not in (1, last + 1):
            ln.label = None
            continue
        last = ln.label.number


def _months_left_with_no_task(plan: Plan, months: list[Group]) -> None:
    """A month's heading whose items all went to its text (a calendar naming no unit: not_tasks) is the section's text.

    A bureau's plan may set out, after its tasks, the same work by month (二、月度工作安排 一月份： 1.… 2.…) naming no
    unit: its items are a calendar, no tasks, and the months heading them are its words too, kept in their order."""
    for section in plan.sections:
        for group in [g for g in section.groups if any(g is m for m in months)]:
            if any(t.group == group.label for t in section.tasks):
                continue
            section.groups.remove(group)
            words = "\n".join(w for w in (group.label, group.text) if w)
            section.intro = f"{section.intro}\n{words}" if section.intro else words


def _actions_over_measures(plan: Plan, actions: list[Group]) -> None:
    """An action's units, on its heading's line or on a line under it before its first measure, cover the measures
    under it.

    任务七　技能服务乡村振兴行动 / 牵头处室：X；责任单位：Y / 24.… 25.… 26.…: as for a （一） heading with its units on a
    line of its own (levels._heading_over_items), the measures naming no unit take the heading's; where some of them
    name their own, they keep them and the others take the heading's (parse._units_to_items_naming_none). A 八大行动
    要点 writes them at the end of the heading's own line (行动六：安全素质提升行动（牵头单位：X；配合单位：Y）): the
    same units of the same action, read the same way (as （一）搭建平台（X牵头） over its items is).
    """
    for section in plan.sections:
        for group in section.groups:
            if not any(group is action for action in actions):
                continue
            # the heading's line (its words after the label), then the lines under it
            heading_and_under = group.text.split("\n")
            measures = [t for t in section.tasks if t.group == group.label]
            if not measures or not any(has_annotation(line) for line in heading_and_under):
                continue
            if any(has_annotation(t.text) for t in measures):
                # (parse._units_to_items_naming_none gives them to the measures naming none)
                note_heading_over_named_items(plan, "group", group.line, f"line {group.line}: the units of heading "
                                              f"{group.label} are not given to its measures: some of them name their own")
                continue
            headings_over_items(plan).append(("group", group.line))
            plan.note(group.line, "outline", f"line {group.line}: the units of heading {group.label} cover its "
                                             "measures, which name none: 章节标题的责任单位适用于其下各项")



def _actions_closed_by_field_lines(plan: Plan, actions: list[Group]) -> None:
    """An action's field lines printed after its measures, not under its heading, cover each of its measures.

    A 问题清单 sets each problem's units once, mostly under its heading (问题一： / 牵头部门：X / 1.… 2.…), but a
    problem may print them after its measures instead: 问题六：噪声扰民 / 1.… / 2.… / 牵头部门：X / 配合部门：Y. The
    lines close the last measure's text, and a careful reader closing the problem gives them to all its measures.
    Safe only where the heading's lines name no unit, the block follows the last of two measures or more, and no
    measure names a unit on its own lines (parse._give_closing_block_to_the_groups_items copies the block's units).
    Where the heading names units too, the block may be the last measure's or the problem's: it stays the last
    measure's and the reader warns.
    """
    for section in plan.sections:
        for group in section.groups:
            if not any(group is action for action in actions):
                continue
            measures = [t for t in section.tasks if t.group == group.label]
            if len(measures) < 2 or any(has_annotation(t.text) for t in measures[:-1]):
                continue
            own, block = _closing_field_lines(measures[-1].text)
            if not block or has_annotation(own):
                continue
            if any(has_annotation(line) for line in group.text.split("\n")):
                plan.warnings.append(f"{plan.source}:{measures[-1].line}: outline: the field lines after item "
                                     f"{measures[-1].label} may speak for every measure of {group.label}, whose "
                                     "heading names units too: read as that item's own")
                continue
            groups_closed_for_their_items(plan).append(group.line)


def _closing_field_lines(text: str) -> tuple[str, list[str]]:
    """A measure's text split into its own lines and the block of field lines closing it (牵头部门：X / 完成时限：…),
    the block only where one of its lines names units for the measure (no （以上…） line speaking for those above)."""
    lines = text.split("\n")
    end = len(lines)
    while end > 1 and (annotation_only(lines[end - 1]) or LABEL_LINE.match(lines[end - 1])):
        end -= 1
    block = lines[end:]
    if not any(annotation_only(line) and not speaks_for_the_items_above(line) for line in block):
        return text, []
    return "\n".join(lines[:end]), block


def _part_headings_over_items(plan: Plan, sections: list[Section], groups: list[Group]) -> None:
    """A part's heading carrying units (第二节　强化创新和要素支撑（X牵头，Y配合）, or the units on a line of its own under
    it) covers the numbered items under it, as a 一、 or （一） heading does (levels._heading_over_items).

    Plans written in chapters and sections of chapters (第三章 / 第一节, no articles) put the units of a 节's measures
    on its heading as others put them on （二）: the items naming none take them; where some name their own, those keep
    theirs and the others take the heading's (parse._units_to_items_naming_none). Read as the section (under a printed
    outline) or the group (under none) the heading opens.
    """
    for kind, heading, words, items in (
            [("section", s, "\n".join((s.heading, s.intro)), s.tasks) for s in sections]
            + [("group", g, g.text, _tasks_of(plan, g)) for g in groups]):
        if not items or not has_annotation(words):
            continue
        if any(has_annotation(t.text) for t in items):
            note_heading_over_named_items(plan, kind, heading.line, f"line {heading.line}: the units of heading "
                                          f"{heading.label.strip()} are not given to its items: some of them name their own")
            continue
        headings_over_items(plan).append((kind, heading.line))
        plan.note(heading.line, "outline", f"line {heading.line}: the units of heading {heading.label.strip()} cover its "
                                           "items, which name none: 章节标题的责任单位适用于其下各项")


def _tasks_of(plan: Plan, group: Group) -> list[Task]:
    """The tasks under the group in the section holding it."""
    section = next(s for s in plan.sections if any(g is group for g in s.groups))
    return [t for t in section.tasks if t.group == group.label]


def _number_unprinted_tasks(plan: Plan, counted_rows: set[int]) -> None:
    """A task printed without a number (a bullet ●, a paragraph with no marker) is numbered by its place in the plan.

    Tasks are known by their numbers (anchors, the open data, the scoring), and a plan whose tasks are bullets prints
    none. A careful reader counting them counts the plan's tasks in order, every task before it included, whatever its
    marker: so the n-th task of the plan is n. Printed numbers (第一， ① 一是) are kept as printed, restarting where the
    plan restarts them; 最后 (the close of 首先 / 其次) takes the number after the ordinal before it. Said once per plan
    in the reading notes, so `plansite check` shows which numbers are the reader's and not the document's.

    A table row printing no 序号 (a table with no number column: 部门 | 推送内容 | 推送频次) comes from the table reader
    with the reader's own count 1., 2., … (`counted_rows`, the lines of such rows): it is a task printed without a number
    too, numbered by its place, and its label is "" as a paragraph's, so no number the document does not print is shown.
    """
    tasks = [t for section in plan.sections for t in section.tasks]
    counted: list[tuple[int, str]] = []
    previous: Task | None = None
    for place, task in enumerate(tasks, start=1):
        if task.line in counted_rows and style_of(task.label) == "arabic":
            task.label = ""
            task.number = place
            counted.append((task.line, "table rows without 序号"))
            previous = task
            continue
        if number_supplied_in(task):
            previous = task  # numbered by its place in its numbered run, not in the plan
            continue
        style = style_of(task.label) if task.label else "para"
        if style in UNNUMBERED:
            task.number = place
            counted.append((task.line, task.label or "no marker"))
        elif style == "ordinal" and task.number == 0:  # 最后，
            task.number = previous.number + 1 if previous is not None and style_of(previous.label) == "ordinal" else place
        previous = task
    if counted:
        markers = "、".join(dict.fromkeys(label for _, label in counted))
        plan.note(counted[0][0], "outline", f"{len(counted)} tasks carry no printed number ({markers}), from line "
                                            f"{counted[0][0]}: each is numbered by its place among the plan's tasks")


# Measures closed by a line of names alone above the plan's last one: a document setting its units so, whose last
# names line (no date under it) is then the last measure's units, not a signature (one such line could be either).
_NAMES_LINES_SHOWN = 2


class _Walker:
    def __init__(self, plan: Plan):
        self.plan = plan
        self.levels = Levels(None, None, None)
        self.last_chunk = False
        self.section: Section | None = None
        self.group: Group | None = None
        self.outer_group: Group | None = None  # the （一） group around a heading of the task level
        self.task: Task | None = None
        self.closing = False
        self.held = False  # an annotation line further down the section closes the task this line belongs to
        self.last_line = ""  # the task's last line so far
        self.last_indent = 0  # the characters before that line's words in the source
        self.in_units_field = False  # the last line is a unit label line, or names set under one (_names_under_a_units_line)
        self.names_lines = 0  # lines of names alone a measure's text closes with (_names_line_closing_task)
        self.last_names_line = False  # such a line was read as the plan's last measure's units
        self.signature: set[int] = set()  # the office and date signing the document after a label line (signature_lines)
        self.over_a_date: set[int] = set()  # lines set directly over a date line (lines_over_a_date)
        # text fields growing line by line, joined once in finish(): a string rebuilt on every line was
        # quadratic in a plan of many lines (obj id, field) -> [obj, field, parts, length]
        self.pending: dict[tuple[int, str], list] = {}
        self.counted_rows: set[int] = set()  # table rows numbered by the table reader's own count (PlanText.unprinted)
        self.width = 0  # the printed width a PDF's text was wrapped at (display columns; 0: not wrapped)
        self.previous: Line | None = None  # the line fed before this one
        self.cut_by_copy = False  # the line before ended where a copy that lost its breaks cut it (Line.cut_by_copy)
        self.actions: list[Group] = []  # the groups opened by an action's heading (任务一　…), in order
        self.months: list[Group] = []  # the groups opened by a month's heading (一月份), in order
        # a 第X部分 heading after a task, with the paragraphs under it: (line, next structural line, last chunk), held
        # until what follows says whether it heads more of the section's items or closes the section (_place_part)
        self.part: list[tuple[Line, Line | None, bool]] = []
        self.in_closing_part = False  # past a closing part's heading printing no number (levels._closing_part_at)
        # the sections and groups opened by a part's heading (第二节　…), whose units may cover the items under them
        self.part_sections: list[Section] = []
        self.part_groups: list[Group] = []

    def _add(self, obj, name: str, text: str, sep: str) -> None:
        """obj.name += sep + text (no sep while the field is empty), in amortised constant time."""
        entry = self.pending.get((id(obj), name))
        if entry is None:
            current = getattr(obj, name)
            entry = self.pending[(id(obj), name)] = [obj, name, [current], len(current)]
        if entry[3] and sep:
            entry[2].append(sep)
            entry[3] += len(sep)
        entry[2].append(text)
        entry[3] += len(text)

    def _length(self, obj, name: str) -> int:
        entry = self.pending.get((id(obj), name))
        return entry[3] if entry else len(getattr(obj, name))

    def _text_so_far(self, task: Task) -> str:
        """The task's text as gathered so far."""
        entry = self.pending.get((id(task), "text"))
        return "".join(entry[2]) if entry else task.text

    def _last_char(self, obj, name: str) -> str:
        """The field's last character that is not whitespace ('' when none)."""
        entry = self.pending.get((id(obj), name))
        parts = entry[2] if entry else [getattr(obj, name)]
        for part in reversed(parts):
            if part.rstrip():
                return part.rstrip()[-1]
        return ""

    def finish(self) -> None:
        self._close_with_part()
        for obj, name, parts, _ in self.pending.values():
            setattr(obj, name, "".join(parts))
        self.pending.clear()

    def feed(self, ln: Line, nxt: Line | None, levels: Levels, is_last_chunk: bool) -> None:
        self.levels, self.last_chunk = levels, is_last_chunk
        self.wrapped = self.previous is not None and reaches_width(self.previous.text, self.previous.indent, self.width)
        self.cut_by_copy = self.previous is not None and self.previous.cut_by_copy
        self.previous = ln
        part = None if ln.label else PART_HEADING.match(ln.text)
        if part:
            part_headings(self.plan).append((ln.number, ln.text[part.end():].strip(" :：、")))
        style = ln.label.style if ln.label else None
        if ln.role == "closing" or self.in_closing_part:
            self._closing_part(ln)
        elif style and style == self.levels.section and ln.role == "task":
            self._open_task_beside_sections(ln)
        elif style and style == self.levels.section:
            self._open_section(ln)
        elif ln.role == "group" or (ln.role is None and style and style == self.levels.group):
            self._open_group(ln)
        elif ln.role == "task" or (ln.role is None and style and style == self.levels.task
                                   and (self.section or not self.levels.section or has_annotation(ln.text))):
            # (items before the first section naming their own units are tasks too: a list headed from its second
            # group on, 1.… 2.… 一、运行管护 3.…; unannotated ones there are the preamble's)
            if (self.group is not None and style == style_of(self.group.label)
                    and not any(self.group is action for action in self.actions)):
                # an item at the level of the group heading is a task of its own; under a heading at the task
                # level (1.推行包容审慎监管 over its （1） tasks), the next 1. is back in the （一） group around it
                # (not under an action's heading counting in the items' style, 问题一： over 1. 2.: its measures)
                self.group = self.outer_group
                self.outer_group = None
            self._open_task(ln)
        else:
            self._paragraph(ln, nxt)

    def _closing_part(self, ln: Line) -> None:
        """A line of the closing part after the plan's last section (工作要求 printing no number, its points): the
        plan's closing words; the heading ends the task above, never the last words of its unit line."""
        if ln.role == "closing":
            self._close_with_part()
            self.in_closing_part = True
            self.group = self.task = self.outer_group = None
            self.closing = True
        self._add(self.plan, "closing", ln.text, "\n")

    def box(self, lines: list[Line]) -> None:
        """A box set inside the outline (专栏, 表, 注): a heading of its own in its place, outside any task; before
        any section (a 目录), the preamble's text."""
        if self.section is None:
            self._add(self.plan, "preamble", "\n".join(box_lines(lines, self.counted_rows)), "\n")
            return
        self._place_part()
        self.section.groups.append(box_group(lines, self.counted_rows))

    def _open_section(self, ln: Line) -> None:
        self._close_with_part()
        raw = ln.label.text
        # 第二章 -> 二, 02丨 -> 02, 【三】 -> 三 (a 公众号's dress, ▶ 三、 / 【三、, is off the label: labels.undress);
        # 五丶 -> 五 (OCR's look-alike of the stop: the label keeps it as printed, the number is the numeral)
        number = re.sub(r"^第\s*|\s*[章节条]$", "", raw.strip("、.．﹒()（） :：丨|｜【】" + lexicon.ENUMERATION_COMMA_LOOKALIKES))
        if number in lexicon.ONE_DASH_LOOKALIKES and ln.label.number == 1:
            number = "一"  # —、: OCR's dash for the numeral (_dash_read_as_one), printed so, counted as 一
        self.section = Section(number=number, title=heading_title(ln.label.rest), label=raw,
                               heading=ln.label.rest.strip(), line=ln.number)
        self.plan.sections.append(self.section)
        self.group = self.task = self.outer_group = None
        self.closing = False

    def _open_task_beside_sections(self, ln: Line) -> None:
        """A single item of the section level among sections holding items (levels._single_items_beside_sections):
        a task of the plan outside any numbered section, as the tasks of a plan without section heads are (in a
        section printing no number, which the single items in a row share)."""
        if self.section is None or self.section.number or self.section.groups:
            self._close_with_part()
            self.section = Section(number="", title="", line=ln.number)
            self.plan.sections.append(self.section)
        self.group = self.task = self.outer_group = None
        self.closing = False
        self._open_task(ln)

    def _ensure_section(self) -> Section:
        if self.section is None:
            self.section = Section(number="", title="", line=0)
            self.plan.sections.append(self.section)
        return self.section

    def _open_group(self, ln: Line) -> None:
        self._place_part()
        style = ln.label.style
        if self.outer_group is not None and style == style_of(self.group.label) == "stem":
            pass  # 乙、 after 甲、: the next stem group inside the same （一） group (levels._stem_groups_inside_groups)
        else:
            # a heading below the group level (1.推行包容审慎监管 over its （1） tasks, 甲、 over its 1. tasks) opens a
            # group inside the （一） group around it
            inside = (self.group is not None and style_of(self.group.label) == self.levels.group
                      and style in (self.levels.task, "stem"))
            self.outer_group = self.group if inside else None
        self.group = Group(label=ln.label.text, title=heading_title(ln.label.rest), text=ln.label.rest.strip(), line=ln.number)
        self._ensure_section().groups.append(self.group)
        self.task = None
        self.closing = False

    def _open_task(self, ln: Line) -> None:
        self._place_part()
        text = ln.label.rest.strip()
        self.task = Task(id="", number=ln.label.number, label=ln.label.text, title="", text=text, line=ln.number,
                         group=self.group.label if self.group else "")
        self.last_line = ln.text
        self.last_indent = ln.indent
        self.in_units_field = False
        skipped = len(ln.text) - len(ln.label.rest) + len(ln.label.rest) - len(ln.label.rest.lstrip())
        source_map(self.task).append((0, ln.number, ln.indent + skipped))
        if ln.label.supplied:  # no printed number: its place in its run gives it one (items._label_lost_run_numbers)
            number_supplied_in(self.task)["style"] = ln.label.style
        self._ensure_section().tasks.append(self.task)
        self.closing = False

    def _open_action(self, ln: Line, label: str) -> None:
        """任务一　培养扩容行动 / 行动2：…: an action named on a line of its own over the numbered measures after it.

        A 行动方案 heads each group of its measures with its action, as others do with （一）: the measures are the
        action's (not the line the text of the measure above it), and a unit line under the heading, before its first
        measure, is the heading's (see `_actions_over_measures`)."""
        self._place_part()
        rest = ln.text[len(label):].strip()
        self.group = Group(label=label, title=heading_title(rest), text=rest, line=ln.number)
        self.outer_group = None
        self._ensure_section().groups.append(self.group)
        self.actions.append(self.group)
        self.task = None
        self.closing = False

    def _open_month(self, ln: Line) -> None:
        """一月份 (or 一月份： cut from its first item): the month's heading over the numbered items after it.

        A plan by month heads each month's items with it, no number of its own; read as a line of the task above, the
        month ended that task's text and the calendar was lost. It heads them as a group, only where no numbered group
        heading (（一）) is open: inside one, the months are its sub-headings and stay text."""
        self._place_part()
        self.group = Group(label=ln.text, title="", text="", line=ln.number)  # 一月份： as written
        self.outer_group = None
        self._ensure_section().groups.append(self.group)
        self.months.append(self.group)
        self.task = None
        self.closing = False

    def _heads_a_measure(self, nxt: Line | None) -> bool:
        """Is the next numbered line one an action's heading can head (a measure, or a group of them), not the next
        section or the plan's end?"""
        return (nxt is not None and nxt.label is not None
                and (nxt.role in ("group", "task") or nxt.label.style in (self.levels.group, self.levels.task)))

    def _heads_a_month(self, ln: Line, nxt: Line | None) -> bool:
        """A month's heading alone on its line, right over a numbered item at the task level, no numbered group open."""
        return (not ln.label and self.section is not None and bool(self.levels.task)
                and (MONTH_HEADING.match(ln.text) or PERIOD_LABEL_LINE.match(ln.text))
                and nxt is not None and nxt.label is not None and nxt.label.style == self.levels.task
                and (self.group is None or self.group in self.months)
                and all(g.label != ln.text for g in self.section.groups))

    def _paragraph(self, ln: Line, nxt: Line | None) -> None:
        text = ln.text
        action = ACTION_HEADING.match(text) if not ln.label and self.levels.task else None
        # a plan with no 一、 level may open straight with its first action (问题一：… over 牵头部门：… and 1. 2., a
        # 问题清单 with no section line): the action opens the plan's one section, as its first item would
        if action and (self.section is not None or not self.levels.section):
            if self._heads_a_measure(nxt):
                self._open_action(ln, action.group(0).strip())  # 行动2： keeps its colon, as 一、 its mark
                return
            # 事项3：档案缺失。…（责任单位：X） after the last measure, none of its own under it: no action's heading, and
            # no numbered item either; read on with the text above it, and said
            self.plan.warnings.append(f"{self.plan.source}:{ln.number}: outline: '{action.group(0).strip()}' heads "
                                      "no numbered measure: its line is read as the words before it, not as a task")
        if self._heads_a_month(ln, nxt):
            self._open_month(ln)
            return
        if self.part:  # the words under a part's heading, until its first item or the section's end
            self.part.append((ln, nxt, self.last_chunk))
            return
        if self.section is None and not self.levels.section and _part_depth(text) > 0:
            # 第一章　重点任务 over numbered items, no 一、 in the plan: the chapter is the section of the items under it
            # (第一部分 / 第一篇 stay the preamble's, as before: a 部分 plan's closing 保障措施 part is its closing words)
            self.part = [(ln, nxt, self.last_chunk)]
            return
        if self.task is None:
            if self.section is None:
                self._add(self.plan, "preamble", text, "\n")
            elif self.group is not None:
                self._add(self.group, "text", text, "\n")
            else:
                self._add(self.section, "intro", text, "\n")
            return
        if self._names_line_heading_items(ln, nxt):
            # 县应急管理局 / 1.… / 2.… / 县住房和城乡建设局 / 1.…: a plan set out by unit heads each unit's items with its
            # name; read with the measure above, the next unit's name was taken for that measure's units
            self.task = None
            self._add(self.group if self.group is not None else self.section,
                      "text" if self.group is not None else "intro", text, "\n")
            return
        if PART_HEADING.match(text):  # a new part of the document: the task above ends with its last line
            self.closing = True
            self.part = [(ln, nxt, self.last_chunk)]
            return
        if nxt is None and COLOPHON.match(text):  # after the last item: 抄送：… / …2025年3月10日印发, no task's words
            self.closing = True
        if not self.closing:
            # the last character only: a $-anchored search scanned the whole growing task text on every line
            last = self._last_char(self.task, "text")
            # a closing bracket ends a sentence only when it closes the last one open: a page that wrapped
            # mid-annotation may break right after an inner bracket (…，各县（市、区） / 人民政府配合）); so may a
            # PDF's page, at its printed width, before a line that is not indented as a new paragraph is, and is
            # no line of its own (a note under a table's last row, 注：…, is no word of that row)
            so_far = self._text_so_far(self.task) if last in "）)" else ""
            inside = bool(so_far) and (open_brackets(so_far) > 0
                                       or (self.wrapped and not ln.indent and not own_line(text)
                                           and not closes_an_annotation(so_far)))
            if ((not TERMINAL.search(last) or inside) and not LABEL_LINE.match(text) and not ACTION_HEADING.match(text)
                    and not MONTH_HEADING.match(text)
                    and not _sentence_after_a_units_line(self.last_line, text, self._after_a_blank_line(ln))
                    and not _field_after_a_units_line(self.last_line, text)
                    and not _bullet_after_a_units_line(self.last_line, text)
                    and not copy_furniture(text) and not copy_furniture(self.last_line)
                    and not _items_above_after_a_units_line(self.last_line, text) and ln.number not in self.signature
                    and not (self.last_names_line and not self.wrapped)):
                # the source broke the line mid-sentence (or mid-word); but a short heading line
                # (一、加强组织领导) is a whole line, its text following on the next
                # a numbered sub-point (（一）客运企业必须…) starts a line of its own after a heading that has no stop
                # (not where a copy that lost its line breaks cut the line: its heading runs on, 推行职业 / 技能培训…)
                heading = not self.cut_by_copy and (
                    _heading_line(self.task.text) or (ln.number > source_map(self.task)[-1][1] + 1
                                                      and _heading_over_a_blank_line(self.task.text)))
                # a typed point a lead-in announced (…重点抓好以下工作： / 1.开展分类试点。), held in its task, is a line too
                point = last in "：:" and label_of(text) is not None
                names = not ln.label and (
                    (self.in_units_field and not self.wrapped and _names_under_a_units_line(self.last_line, text))
                    or _names_after_an_open_units_bracket(self.last_line, text))
                sep = " " if names else "\n" if ln.label or heading or point else self._wrap_gap(ln, last)
                self._continue(ln, sep, names)
                return
            # only the last words of a section close it (a group heading does not), and no words an annotation
            # line below still closes: 一是…； / 二是…。 / （责任单位：X） at a section's end are the last task's;
            # a note on how to read the lists (注：排在第一位的为牵头单位…；各县为落实单位。) names units too, but
            # speaks for every task above it: the closing words, where the document's rules find it
            ends_section = nxt is None and not self.held
            annotation = has_annotation(text) and not is_note_on_the_lists(text)
            if (not ends_section or ln.label or LABEL_LINE.match(text) or annotation
                    or _bare_label_line_after_a_units_line(self.last_line, text)):
                self._continue(ln, "\n")
                return
            if self._names_line_closing_task(ln, last):
                self.last_names_line = self.last_chunk  # after the last item: a second line of names is no more its
                self._continue(ln, "\n")
                return
            self.closing = True
        if nxt is None and self.last_chunk:  # nothing numbered follows: the plan's own closing words
            self._add(self.plan, "closing", text, "\n")
        else:
            self._add(self.section, "closing", text, "\n")


    def _names_line_heading_items(self, ln: Line, nxt: Line | None) -> bool:
        """A line of bodies' names right over items numbered afresh (县住房和城乡建设局 / 1.… after 2.…): the heading of
        the unit's items, no units of the measure above (annotations.finders.bare_names_line); where the numbers run
        on (2.… / 市甲局　　市乙局 / 3.…) it closes that measure."""
        return (self.task is not None and not ln.label and nxt is not None and nxt.number == ln.number + 1
                and nxt.label is not None and nxt.label.style == self.levels.task
                and nxt.label.number <= self.task.number
                and bare_names_line(ln.text) is not None)

    def _names_line_closing_task(self, ln: Line, last: str) -> bool:
        """市甲局　　市乙局 under a section's last measure, its sentence closed (…给予奖励。): the measure's units, set as a
        paragraph of their own (annotations.finders.bare_names_line), not the section's closing words. Never over a
        date (an office signing: 某县人民政府办公室 / 2025年3月1日). After the plan's last item a line of names may
        be its signature: there it is the measure's only where the plan has shown the pattern, measures above
        closed by such lines (_NAMES_LINES_SHOWN)."""
        if not (last in SENTENCE_CLOSED and ln.number not in self.over_a_date and bare_names_line(ln.text) is not None):
            return False
        if not self.last_chunk:
            return True
        # after the last item, only right under its sentence (a blank line sets a signature apart), the plan having
        # shown the pattern; a second line of names under it is the signature's (县委办公室　县政府办公室)
        return self.names_lines >= _NAMES_LINES_SHOWN and not self._after_a_blank_line(ln)

    def _place_part(self) -> None:
        """A part's heading held (第二部分　规范督查检查考核) followed by more items of the same section: a heading of its
        own in its place among them, as a box is (no task is under it, Task.group never names it).

        Articles (第一条 … 第二十九条) numbered through a document divided into parts make one section, the parts' headings
        standing between its items; kept as the section's closing words they were read after its last item.

        Where the items stand in printed sections (第二部分 一、… 二、 over 1.–30. numbered straight through), a later
        part that prints no 一、 of its own (第三部分　加强自身建设 over 31. 32.) is the section of the items under it:
        kept inside the section before, they were listed under a heading they do not belong to."""
        if not self.part:
            return
        if self.section is None:
            self._open_leading_parts()
            return
        first = self.part[0][0]
        label = PART_HEADING.match(first.text).group(0).strip(" :：、")
        rest = first.text[len(label):].strip(" :：、")
        text = "\n".join([rest, *(ln.text for ln, _, _ in self.part[1:])]).strip("\n")
        self.part = []
        self.closing = False
        if self.section.label and not _deeper_part(label, self.section.label):
            self._open_part_section(first, label, rest, text)
            return
        self._open_part_group(first, label, rest, text)

    def _open_part_group(self, first: Line, label: str, rest: str, text: str) -> None:
        """A part's heading among the section's items (第二节 under 第三章, or in a section printing no number)."""
        group = Group(label=label, title=heading_title(rest) or label, text=text, line=first.number)
        self.section.groups.append(group)
        if has_annotation(text):
            # a heading carrying units (第二节　强化要素支撑（X牵头，Y配合）) heads the items after it, as a （二） heading
            # does: they are its group, and take its units where they name none (_part_headings_over_items)
            self.group, self.outer_group = group, None
            self.part_groups.append(group)
        elif any(self.group is g for g in self.part_groups):  # the 节 before it ends here
            self.group = None

    def _open_leading_parts(self) -> None:
        """The parts' headings before the plan's first item, in a plan printing no section of its own (第一章　重点任务 /
        第一节　强化要素支撑 / 1.…): each chapter a section, each 节 under it a group, the words under a heading its
        text. They were the preamble's words, and the items were in one unnamed section under no heading."""
        held, self.part = self.part, []
        runs: list[list[Line]] = []  # each heading with the words under it
        for ln, _, _ in held:
            if PART_HEADING.match(ln.text) or not runs:
                runs.append([ln])
            else:
                runs[-1].append(ln)
        for first, *under in runs:
            found = PART_HEADING.match(first.text)
            if not found:  # words before the first heading
                self._add(self.plan, "preamble", "\n".join(ln.text for ln in [first, *under]), "\n")
                continue
            label = found.group(0).strip(" :：、")
            rest = first.text[len(label):].strip(" :：、")
            text = "\n".join([rest, *(ln.text for ln in under)])
            if self.section is not None and _deeper_part(label, self.section.label):
                self._open_part_group(first, label, rest, text)
            else:
                self._open_part_section(first, label, rest, text)
        self.closing = False

    def _open_part_section(self, first: Line, label: str, rest: str, text: str) -> None:
        """A part's heading (第三部分　加强自身建设) as the section of the items under it; the paragraphs under the
        heading, before its first item, are the section's intro."""
        self.section = Section(number=re.sub(r"^第|部分$|[篇章节]$", "", label), title=heading_title(rest) or label,
                               label=label + "　", heading=rest, line=first.number)
        intro = text[len(rest):].strip("\n") if text.startswith(rest) else text
        self.section.intro = intro
        self.plan.sections.append(self.section)
        self.part_sections.append(self.section)
        self.group = self.outer_group = None

    def _close_with_part(self) -> None:
        """A part's heading held with nothing of its section after it: the section's closing words, as the lines
        under it would be (the last of the plan's, its own closing)."""
        held, self.part = self.part, []
        for i, (ln, nxt, last_chunk) in enumerate(held):
            if self.section is None:  # headings before any item, and no item after them: the preamble's words
                self._add(self.plan, "preamble", ln.text, "\n")
            elif i and nxt is None and last_chunk:
                self._add(self.plan, "closing", ln.text, "\n")
            else:
                self._add(self.section, "closing", ln.text, "\n")

    def _after_a_blank_line(self, ln: Line) -> bool:
        """Is a blank line (or more) between the task's last line and this one?"""
        return ln.number > source_map(self.task)[-1][1] + 1

    def _wrap_gap(self, ln: Line, last: str) -> str:
        """What joins a line running on from the task's words: nothing (a wrap), or a wide gap where the line is
        bodies' names alone set in further than the line above, the task's words not leaving a list or bracket open.
        A 任务清单 typed with a right tab stop puts a long task's units alone on its last line after the tab
        (1.推进X工作，改造管网26公里 / <TAB>市甲局、市乙局): glued on, the names would run into the title; the gap
        sets them off as on one line (annotations.finders.DashedUnits reads names after a wide gap)."""
        if (ln.label or ln.indent <= self.last_indent or last in _LIST_OPEN or _awaits_its_object(self.last_line)
                or bare_names_line(ln.text) is None or open_brackets(self._text_so_far(self.task))):
            return ""
        return _WIDE_GAP

    def _continue(self, ln: Line, sep: str, names: bool = False) -> None:
        if not ln.label and self.last_line[-1:] in SENTENCE_CLOSED and bare_names_line(ln.text) is not None:
            self.names_lines += 1
        self.last_line = ln.text
        self.last_indent = ln.indent
        self.in_units_field = names or LABEL_LINE.match(ln.text) is not None
        self._add(self.task, "text", sep, "")
        source_map(self.task).append((self._length(self.task, "text"), ln.number, ln.indent))
        self._add(self.task, "text", ln.text, "")


def _awaits_its_object(line: str) -> bool:
    """Does the line end on a word whose object follows (督查对象为 / 资金拨付给 / 成员包括)? Then a line of names
    set in under it (a hanging indent) is that object, the sentence's words, no units set apart after a tab."""
    return line.endswith(lexicon.WORDS_AWAITING_AN_OBJECT) and not line.endswith(lexicon.NOUNS_ENDING_AS_SUCH_A_WORD)


# the words of a line that leave a list or a clause open for the next line (…、 / …， / …：): a line of names after
# them goes on with the list, no units set apart
_LIST_OPEN = "、，,；;：:"
# two spaces: the wide gap a tab stop leaves (source.read._TAB_INSIDE_A_LINE)
_WIDE_GAP = "  "

_SHORT_HEADING = 20  # a line wrapped by the page is longer than a heading written as a line of its own


# how deep a part's heading stands: 第一部分 / 第一篇 over 第一章 over 第一节 (the lexicon's PART_DEPTHS)
_PART_DEPTH = lexicon.PART_DEPTHS


def _part_depth(label: str) -> int:
    """0 for 第一部分 / 第一篇, 1 for 第一章, 2 for 第一节 (the line's or the label's); -1 for no part's heading."""
    found = PART_HEADING.match(label)
    if not found:
        return -1
    label = found.group(0).strip(" 　:：、")
    return next((depth for word, depth in _PART_DEPTH if label.endswith(word)), -1)


def _deeper_part(label: str, section_label: str) -> bool:
    """Is the part's heading (第二节) a part of the section's own (第三章), so a group of it rather than a section?"""
    inner, outer = _part_depth(label), _part_depth(section_label)
    return outer >= 0 and inner > outer


def _sentence_after_a_units_line(last_line: str, text: str, after_blank: bool = False) -> bool:
    """A sentence of its own after a task's unit line that has no stop (责任单位：A、B / 各单位要…。): not the list going on.

    A unit line wrapped by the page goes on with the rest of a name or more names (市住房城乡 / 建设局, …、各县（市、 /
    区）人民政府); after a line whose last name is whole, a line ending a sentence whose first words are no body's name
    is the closing text after the task, or the second paragraph of a task written in two, each closed by its own
    label line (…。 / 责任单位：X；配合单位：Y / 对核查发现的问题企业，依法处理。 / 责任单位：X). First words ending like a
    body's (…问题企业) are still no name where they open with a task's preposition or action verb (对…，/ 督促…，) and
    a clause follows them: a wrapped list goes on with names, and a place opening so (将乐县) stands alone.
    Nor do first words that are bodies' names go on with the list where they are a sentence's subject (各乡镇、各有关
    单位要加强组织领导，…。: the names, then 要 / 应 / 必须 and a verb), or where a blank line sets the sentence apart
    and it says more than names (要点 close so after the last item's 配合单位： line): a page break cutting the list
    leaves names only on the line after it.
    A units' clause with its own verb and no stop (责任单位：A、B / 各县（市、区）人民政府负责落实) is a line of its own
    too: a list the page wrapped goes on with names only, never closing on a verb of what the units do.
    """
    if not LABEL_LINE.match(last_line):
        return False
    last_name = re.split(r"[、，,；;：:\s]", last_line.strip())[-1]
    if text.rstrip()[-1:] not in ("。", "！", "!"):
        return unit_like(last_name) and _units_clause_of_its_own(text)
    first_words = re.split(r"[、，,。；;：:\s]", text.strip(), maxsplit=1)[0]
    opens_a_clause = _TASK_SENTENCE_OPENING.match(first_words) is not None and text.strip()[len(first_words):][:1] in "，,"
    apart = after_blank and not all(unit_like(p) for p in _NAME_PARTING.split(text.strip().rstrip("。！!")) if p)
    return unit_like(last_name) and (not unit_like(first_words) or opens_a_clause or _names_as_a_subject(text) or apart)


def _units_clause_of_its_own(text: str) -> bool:
    """各县（市、区）人民政府负责落实 / 各乡镇落实: bodies' names and the verb of their share, nothing else, no label
    (annotation_only reads bare names as no annotation: a wrapped list's rest is not one)."""
    return ":" not in text and "：" not in text and annotation_only(text.strip())


def _names_as_a_subject(text: str) -> bool:
    """各乡镇、各有关单位要加强组织领导: bodies' names, then a modal and a verb: a sentence with its subject."""
    subject = _SUBJECT_BEFORE_A_MODAL.match(text.strip())
    return subject is not None and all(unit_like(p) for p in subject.group(1).split("、"))


# the words before the first modal of a sentence's first clause, a verb after it (各有关单位要加强…); bounded, so
# the lazy search tries a few dozen places at most
_SUBJECT_BEFORE_A_MODAL = re.compile(r"([^，,。；;：:\s]{2,60}?)(?:" + "|".join(lexicon.SUBJECT_MODALS) + r")[\u4e00-\u9fff]")


def _names_under_a_units_line(last_line: str, text: str) -> bool:
    """Names set one under another in a label's field (牵头单位：县甲局 / 　　　　　县乙局): two names, not one.

    Word-made 要点 and 分工方案 list a field's units one per line, the second aligned under the first after the
    label's colon (or unindented), with no 、 between them. After a line whose last name is already whole, a line
    that on its own is whole names, the first opening as a name does (its level 县 / 市, 各, 有关 …), goes on with
    the list as a new name: joined by a space, as names set apart by spaces are read (县甲局 县乙局), the task's
    text keeping no character the plan does not have. A name the line cut (县 / 交通投资集团有限公司, 市住房城乡 /
    建设局) leaves the line above on no whole name, or this line opening on no name's first word: it joins as written.

    A label alone on its line (责任单位： / 牵头： / 配合：), its units one per line under it (公众号 and web copies
    set them so, often with blank lines between), opens the field empty: its first name line, whole names, starts
    the list as the names after it go on with it, so each is a name of its own.
    """
    last_name = re.split(r"[、，,；;：:\s]", last_line.strip())[-1]
    # (1.县甲局 / 2.县乙局: the number a list sets before each name, items.py _unlabel_units_numbered_under_a_bare_label)
    text = _LISTED_NAME_NUMBER.sub("", text.strip(), count=1)
    pieces = [p for p in _NAME_PARTING.split(drop_trailing_qualifier(text.rstrip("。；;，,"))) if p]
    no_label = ":" not in text and "：" not in text  # 备注：县甲局 is a field of its own
    field_open = unit_like(last_name) or _bare_label_line(last_line)
    return (no_label and field_open and bool(pieces) and pieces[0].startswith(lexicon.NAME_OPENINGS)
            and all(unit_like(p) for p in pieces))


# a line ending inside a bracket of labelled units (…（牵头单位：市甲局；配合单位：市乙局 市丙局): the list goes on below
_OPEN_UNITS_BRACKET = re.compile("[（(][^（）()]*(?:" + lexicon.UNIT_LABEL + r")\s*" + lexicon.LABEL_COLON
                                 + "[^（）()]*$")


def _names_after_an_open_units_bracket(last_line: str, text: str) -> bool:
    """A bracket's labelled list cut by a line break between two whole names (…配合单位：市乙局 市丙局 / 各区人民政府
    某管委会）): as under a label line (_names_under_a_units_line), the line below goes on with the list as new names,
    joined by a space, the list's own mark where its names are parted by spaces (PDFs and some Word files print them
    so). A name the line cut (某市 / 空管站) leaves no whole name on one side and joins as written."""
    return bool(_OPEN_UNITS_BRACKET.search(last_line)) and _names_under_a_units_line(
        last_line, text.strip().rstrip("。；;，,）)"))


_LISTED_NAME_NUMBER = re.compile("^" + LISTED_NAME_NUMBER + "[ \u3000]*")


def _bare_label_line(line: str) -> bool:
    """责任单位： / 牵头： alone on its line: a unit label whose names are all on the lines under it."""
    stripped = line.strip()
    return stripped[-1:] in ":：" and LABEL_LINE.match(stripped) is not None


# what parts names written on one line: 、 and commas, spaces (县甲局 县乙局)
_NAME_PARTING = re.compile(r"[、，,\s]+")


# a task's sentence opening with a preposition or an action verb (对…，按程序… / 督促…，): see lexicon.TASK_PREPOSITIONS
_TASK_SENTENCE_OPENING = re.compile("^(?:" + "|".join(lexicon.TASK_PREPOSITIONS + lexicon.ACTION_STARTS) + ")")


# a field of its own: a few words, then a colon (工作目标：…, 考核指标：…, 预期效果：…)
_FIELD_START = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：]")


# 落实：各村（社区） / 实施：X on a line of its own among a task's unit label lines: the bare role word labels the line
# there (lexicon.BARE_LABELS_AFTER_A_LABEL; annotations.finders reads it with the label line above), so the line is a
# units line as 配合：Y is
_BARE_LABEL_LINE = re.compile(r"^(?:" + lexicon.alternation(lexicon.BARE_LABELS_AFTER_A_LABEL) + r")\s*[:：]")


def _units_line(text: str) -> bool:
    """A unit label line (配合单位：Y, 落实：Z), behind the emoji a 公众号 sets before its labels (🤝配合：Y)."""
    text = without_leading_symbols(text)
    return LABEL_LINE.match(text) is not None or _BARE_LABEL_LINE.match(text) is not None


def _bare_label_line_after_a_units_line(last_line: str, text: str) -> bool:
    """落实：Z (🏠落实：Z) right under a unit label line: the task's units, even where it ends the section."""
    return _units_line(last_line) and _BARE_LABEL_LINE.match(without_leading_symbols(text)) is not None


def _field_after_a_units_line(last_line: str, text: str) -> bool:
    """A field line of the task after its unit line (配合单位：市X局 / 工作目标：…): not the list going on.

    Plans set under a task, besides its units and deadline, fields of their own words (工作目标, 考核指标, 预期效果…)
    on lines of their own, after a unit line that has no stop. After a line whose last name is whole, a line opening
    with a few words and a colon starts a field; a label the page broke (…；配合 / 单位：市Y局) is not one, the line
    above ending in no name. (A 公众号's emoji before either line's label is its dress: 🏠落实：Z / ⏰时间：….)
    """
    last_line, text = without_leading_symbols(last_line), without_leading_symbols(text)
    if not _units_line(last_line) or not _FIELD_START.match(text):
        return False
    last_name = re.split(r"[、，,；;：:\s]", last_line.strip())[-1]
    return unit_like(drop_trailing_qualifier(last_name))  # (落实：X村、Y村等: the list closed by 等 is whole)


def _items_above_after_a_units_line(last_line: str, text: str) -> bool:
    """A line speaking for the items above after the last item's own unit line (配合单位：Y / 以上2项由X牵头。): a line
    of its own, not the list going on.

    A group's last item may name its own helper on a label line with no stop before the line closing the group
    (以上2项牵头单位：X / 以上两项由X牵头); no unit's name begins with 以上 / 上述 (lexicon.ITEMS_ABOVE_OPENERS), so a
    label's list the page wrapped never runs on into such a line."""
    return LABEL_LINE.match(last_line) is not None and speaks_for_the_items_above(text)


# a Markdown blockquote's mark opening a line (> ✅ 2月18日完成…): a note of its own, as wikis nest progress notes
_QUOTE_MARK = re.compile(r"^>")


def _bullet_after_a_units_line(last_line: str, text: str) -> bool:
    """A bullet or quote line after a task's unit list that has no stop (配合单位：市X局 / - 数据资源): not the list
    going on.

    Markdown 要点 group their numbered points under unnumbered theme bullets (- 政务云网 / - 数据资源); the bullet after
    the last point's unit line opens a line of its own, as no wrapped name begins with a bullet mark. Wiki task lists
    write the units inline after the item's title (1. 加快… —— 牵头：X；配合：Y) and the measures as nested bullets
    (  - 争创…) or a progress note as a nested quote (  > ✅ 已完成…) under it: the list mark ends the units there
    too. The line stays with the task's text, on a line of its own, no word of the last unit's name.
    """
    if not LABEL_LINE.match(last_line) and not annotation_ends_line(last_line):
        return False
    label = label_of(text)
    # (📌民生保障篇 / 🌾 粮食安全: a 公众号's unnumbered group head behind an emoji, a symbol no wrapped name begins with)
    return ((label is not None and label.style == "bullet") or _QUOTE_MARK.match(text) is not None
            or without_leading_symbols(text) != text)


def _heading_line(task_text: str) -> bool:
    """Is the task so far one short line without punctuation: a heading whose text follows on the next line?"""
    return len(task_text) <= _SHORT_HEADING and "\n" not in task_text and not re.search(r"[，,；;、：:。]", task_text)


def _heading_over_a_blank_line(task_text: str) -> bool:
    """A one-line heading set apart from its text by a blank line, commas and all (夯实基础，统筹兼顾，社区民生持续改善).

    Town and street plans copied from web pages put a heading of two or three phrases on a line of its own and its
    paragraph after a blank line; a line the page wrapped mid-sentence runs straight on, with no blank line.
    """
    return len(task_text) <= HEADING_MAX and "\n" not in task_text and not re.search(r"[；;：:。]", task_text)
