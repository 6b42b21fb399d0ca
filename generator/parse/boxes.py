"""What a plan sets inside its outline that is not a task: 专栏 boxes, tables of targets, notes, glossaries, cases,
and the table of contents (目录) a long plan opens with.

Plans (十四五 专项规划, 行动方案, 实施方案) print boxes between their tasks:

    1.加快5G网络建设……（牵头单位：市工信局）
    专栏1　数字基础设施重点工程
    1.5G网络覆盖工程：……
    2.算力中心工程：……
    2.推进政务云整合。（牵头单位：市大数据局）

and tables of targets (表1 主要指标: 指标 | 2023年 | 2025年 | 属性), notes under them (注：1.… 2.…, 说明：…),
名词解释 and 典型案例. Their items are numbered like tasks but run on a numbering of their own, restarting at
1 (or at （一） where the tasks are （一） items), so they would be read as tasks and break the tasks' numbering.

A careful reader knows where a box ends by the numbering it interrupts: the first item after the box head
whose number goes on from the outline before the box (a task, a group or a section heading numbered past
the last one seen), and does not go on with the box's own items, is back in the outline. Where one item
goes on with both (tasks 1–3, a box 1. 2. 3., then 4.), the item that carries an annotation when the box's
items carried none is the task. A note (注：/ 说明：) holds its line and its own numbered points only.
A colophon, an 附件 line or a part heading ends any box. A 目录 lists the headings printed again below: its
entries are short lines, and it ends at the first paragraph or where its first entry is printed again.

A plan whose steps are numbered in its text may close with the same steps again as a schedule table (附： / 某镇…
工作进度安排表: 阶段 | 时间 | 工作内容 | 责任主体, the stage named on its first row only): the table restates the plan's
work by stage and date, its text, not tasks (as an attached 进度安排表 split off as its own plan is kept: see
parse/attached_table.py). Its caption names a schedule (lexicon.SCHEDULE_TABLE_WORDS, closed by 表) on a line of its
own, after the plan's own numbered items, and a table follows it (the rows the table reader wrote, or numbered rows
right after 附： / 附件): a sentence line naming a schedule (各村要建立工作进度安排表) opens nothing. The box is a closing
one: its caption and the table's rows only, and where the plan's steps go on after the table it is no closing table.
Its rows must restate the steps (their 工作内容 the steps' words); a table adding work of its own keeps its rows.
It is set aside only while the plan's own items name a unit somewhere: a plan whose only assigned work is that table
keeps its rows as tasks.

Decided: a box is never a task, even a box listing projects with a 责任单位 column (a 专栏 of 重点项目): its
rows are what the plan describes, not its numbered duties; the reading report names the units it held so
an editor can see what was set aside. A table titled as a list of duties (重点任务分工表, 责任清单) is no box.
"""
from __future__ import annotations

import re
from typing import Callable

from ..model import Group, Plan
from ..words import lexicon
from ..words.labels import ATTACHMENT_MARK_ALONE, NOTE_HEAD, STYLES, label_of
from ..words.page import CONTENTS_HEAD

_NUM = r"[0-9０-９一二三四五六七八九十]"
# (专栏3科技企业培育行动: text taken from a PDF loses the gap between the box's number, printed in a coloured tab, and its
# title; after a number the title's first character closes the head too, but not a unit of one: 专栏2024年…)
# (【专栏2】年度重点项目清单 / [专栏3]重点工程: a head printed in brackets closes with its bracket, the caption glued on)
_BOX_HEAD = re.compile(r"^[【\[〔]?\s*(?:" + "|".join(lexicon.BOX_HEADS) + rf")\s*{_NUM}*\s*(?:[-－—]\s*\d+\s*)?[】\]〕]?"
                       r"(?:\s|[:：]|$|(?<=[】\]〕])|(?<=[0-9０-９一二三四五六七八九十])(?![年月日个项号条])(?=[\u4e00-\u9fff]))")
_TABLE_HEAD = re.compile(r"^(?:" + "|".join(lexicon.TABLE_BOX_HEADS) + rf")\s*(?:{_NUM}+\s*(?:[-－—]\s*\d+)?)?(?:\s|[:：]|$)")
# 目录 / 目　录 over the headings printed again below (with or without the dots and page numbers of a word processor's
# table): words.page.CONTENTS_HEAD, the one definition the source stage's plan starts use too
_CONTENTS_ENTRY_MAX = 40  # a heading, not a paragraph
# what ends any box: the colophon, an attachment's mark, a part of the document
_BOX_END = re.compile(r"^(?:抄\s*送|印\s*发|附\s*件|联\s*系\s*人)|^第[一二三四五六七八九十百]+(?:部分|篇|章)(?:\s|$|[:：、])")


def boxes(plan: Plan) -> list[tuple[int, str]]:
    """(first source line, text) of each box set aside from the plan's outline."""
    return plan.__dict__.setdefault("_boxes", [])


def _kind(text: str) -> str | None:
    """'box', 'note' or None: does this (unlabelled) line open something set inside the outline?"""
    if _BOX_HEAD.match(text):
        return "box"
    m = _TABLE_HEAD.match(text)
    # a table naming its indicators is one of targets even where its caption says they are divided (…指标分工表):
    # its rows are figures, read so by `_duties_table` too
    if m and len(text) <= 60 and (not any(w in text for w in lexicon.TABLE_OF_DUTIES_WORDS)
                                  or any(w in text for w in lexicon.INDICATOR_TABLE_WORDS)):
        return "table"
    if NOTE_HEAD.match(text):
        return "note"
    return None


_CAPTION_MAX = 60  # a caption, not a paragraph
_SENTENCE_MARKS = re.compile(r"[。；;，,]")


def _schedule_caption(text: str) -> bool:
    """Is the line the caption of a schedule table (某镇…工作进度安排表 / 时间安排表), not one giving out the tasks
    (…任务分工表: lexicon.ASSIGNING_TABLE_WORDS)?"""
    caption = text.strip()
    return (len(caption) <= _CAPTION_MAX and caption.endswith("表") and not _SENTENCE_MARKS.search(caption)
            and any(w in caption for w in lexicon.SCHEDULE_TABLE_WORDS)
            and not any(w in caption for w in lexicon.ASSIGNING_TABLE_WORDS))


# a table's row as the table reader writes it (source/formats/table: 1.<工作内容>。阶段:…(责任单位:X;完成时限:Y)): its
# cells closing the line in a bracket of fields, each a short header and its colon
_ROW_FIELD_HEADER_MAX = 8
# a schedule restates the steps where more than two thirds of its rows' 工作内容 restate a step; a table adding work of
# its own (建设污水处理站, 开展厕所革命验收 in no step) keeps its rows as tasks
_RESTATED_SHARE = 2 / 3
# a row restates a step where half its title's character pairs stand in the step's line: a schedule words a step
# shorter or longer (召开动员部署会议 / 召开全镇换届选举工作动员大会, 开展业务培训 / 开展选举工作人员业务培训)
_PAIRS_SHARE = 1 / 2
_TITLE_END = re.compile(r"[。；;(（:：，,]")
_NOT_A_WORD = re.compile(r"[^\w]")


def _closing_mark(text: str) -> bool:
    """Is the line the mark of what a plan appends (附： / 附件 / 附件1 / 附表), alone on its line?"""
    return text.strip().rstrip(":：").strip() in ("附", "附表") or ATTACHMENT_MARK_ALONE.match(text) is not None


def _table_row(ln) -> bool:
    """Is the line a numbered row the table reader wrote from a table's cells?"""
    text = ln.text
    if ln.label is None or not text.endswith(")") or "(" not in text:
        return False
    fields = text[text.rfind("(") + 1:-1].split(";")
    return all(0 < field.find(":") <= _ROW_FIELD_HEADER_MAX for field in fields)


def item_title(text: str) -> str:
    """An item's or a row's title, up to its first mark, without punctuation (召开动员会议)."""
    return _NOT_A_WORD.sub("", _TITLE_END.split(text.strip(), 1)[0])


def _restates(row: str, step: str) -> bool:
    """Does a row's title restate the step (its title, or its whole line): one holds the other, or half the row
    title's character pairs stand in the step's line?"""
    title, line = item_title(step), _NOT_A_WORD.sub("", step)
    if len(title) > 1 and (row in line or title in row):
        return True
    pairs = {row[k:k + 2] for k in range(len(row) - 1)}
    return bool(pairs) and len([p for p in pairs if p in line]) >= _PAIRS_SHARE * len(pairs)


def rows_not_restating(rows: list[str], steps: list[str]) -> list[str] | None:
    """The titles of a schedule's rows (its 工作内容 cells) that restate no step of the plan, where more than two thirds
    of them do (a schedule restating the steps, these rows the work it adds); None where they do not."""
    titles = [t for t in map(item_title, rows) if t]
    others = [t for t in titles if not any(_restates(t, step) for step in steps)]
    return others if titles and len(titles) - len(others) > _RESTATED_SHARE * len(titles) else None


def _closing_schedule_rows(lines: list, at: int, kept: list) -> tuple[set[int], list[str]]:
    """The rows (their ids) of the closing schedule table captioned at lines[at], else none, and the titles of those
    rows restating no step (work the table adds, said in a warning).

    A caption is one only where a table follows it: its next line a row the table reader wrote (the header of columns
    gone into the row's fields), or, right after 附： / 附件, the numbered rows in the table's own count. The table
    closes the plan's steps: where a numbered item of the plan below its part headings follows the rows (the steps go
    on after it), it is a table among the steps and its rows are read as before. And its rows restate the steps
    (rows_not_restating), or they are work of their own."""
    after_mark = at > 0 and _closing_mark(lines[at - 1].text)
    rows: list = []
    for ln in lines[at + 1:]:
        if _table_row(ln) or (after_mark and ln.label and ln.label.number == len(rows) + 1
                              and (not rows or ln.label.style == rows[0].label.style)):
            rows.append(ln)
            continue
        break
    if not rows:
        return set(), []
    top = next(k.label.style for k in kept if k.label)
    for ln in lines[at + 1 + len(rows):]:
        if _BOX_END.match(ln.text):
            break
        if ln.label:
            if ln.label.style != top:
                return set(), []  # the plan's steps go on after the table
            break
    steps = [k.label.rest for k in kept if k.label and k.label.style != top]
    others = rows_not_restating([ln.label.rest for ln in rows], steps)
    if others is None:
        return set(), []
    return {id(ln) for ln in rows}, others


class _Box:
    def __init__(self, kind: str, first) -> None:
        self.kind = kind
        self.lines = [first]
        self.rows: set[int] = set()  # a schedule's rows (ids): the box is its caption and these
        self.last: dict[str, int] = {}  # the box's own numbering, per style
        self.annotated: dict[str, bool] = {}  # did an item of that style name units
        self.projects: dict[str, bool] = {}  # did every item of that style open with a project's name
        self.acts: dict[str, bool] = {}  # did an item of that style open with a verb of doing (推进…, 完善…)
        self.ran_on = False  # did a note's point run onto an unnumbered line (_point_runs_on)


def set_aside_boxes(plan: Plan, lines: list, has_annotation: Callable[[str], bool],
                    units_of: Callable[[str], list[str]]) -> tuple[list, list[list]]:
    """The lines of the outline without the boxes set inside it, and the boxes' lines (each box noted in the
    plan's reading report). The walker puts each box back in its place as a heading of its own (`box_group`),
    so its text stays where the source has it, outside any task."""
    kept: list = []
    closed: list[_Box] = []
    last: dict[str, int] = {}  # the outline's numbering outside boxes, per style
    acting: dict[str, bool] = {}  # did the outline's last item of each style open with a verb of doing
    fresh: set[str] = set()  # styles that may start afresh at 1 (inner to the last heading, none of them since)
    box: _Box | None = None
    for at, ln in enumerate(lines):
        if box is not None and _ends(box, ln, last, fresh, acting, has_annotation, plan):
            if ln.label is None and not _kind(ln.text) and not any(k.label for k in box.lines):
                # text goes on after a note (the paragraph's own), or the colophon after a box holding no numbered
                # item: nothing there to misread, left in place (the closing text after it stays in order); a note
                # with numbered points of its own (注：1.… / 2.…) is set aside, or its 2. would read as a task
                kept += box.lines
            elif _duties_table(box):
                _give_back(box, kept, last, fresh)
            else:
                closed.append(box)
            box = None
        if box is None:
            kind = _kind(ln.text) if ln.label is None and kept and any(k.label for k in kept) else None
            rows: set[int] = set()
            if kind is None and ln.label is None and _schedule_caption(ln.text) and _steps_before(kept):
                # (a schedule with no numbered step of the plan before it may be the plan's only list)
                rows, others = _closing_schedule_rows(lines, at, kept)
                kind = "schedule" if rows else None
                if others:
                    plan.warnings.append(f"{plan.source}:{ln.number}: outline: the schedule '{ln.text[:30]}' restating "
                                         f"the steps lists work no step names, set aside with it: {'、'.join(others)}")
            if ln.label is None and CONTENTS_HEAD.match(ln.text):
                kind = "contents"
            if kind:
                box = _Box(kind, ln)
                box.rows = rows
                head = NOTE_HEAD.match(ln.text)
                first = label_of(ln.text[head.end():].strip()) if head else None
                if first:  # 注：1.… then 2.… on the next line: the note's own points
                    box.last[first.style] = first.number
                continue
            kept.append(ln)
            if ln.label:
                _count(ln.label, last, fresh)
                acting[ln.label.style] = _opens_with_a_deed(ln.label.rest)
            continue
        box.lines.append(ln)
        if ln.label is None and box.kind == "note":
            box.ran_on = True  # (a note takes an unnumbered line only where its point runs on)
        if ln.label:
            box.last[ln.label.style] = ln.label.number
            box.annotated[ln.label.style] = box.annotated.get(ln.label.style, False) or has_annotation(ln.text)
            box.projects[ln.label.style] = box.projects.get(ln.label.style, True) and _names_a_project(ln.label.rest)
            box.acts[ln.label.style] = box.acts.get(ln.label.style, False) or _opens_with_a_deed(ln.label.rest)
    if box is not None:
        if _duties_table(box):
            _give_back(box, kept, last, fresh)
        elif any(ln.label for ln in box.lines):
            closed.append(box)
        else:  # the plan's last words (注：… under an 附表 after the tasks): nothing there to misread, left in place
            kept += box.lines
    if not any(has_annotation(ln.text) for ln in kept):
        # every duty the plan names would be inside its boxes: then they are its lists of duties, not asides; a
        # schedule restating steps that name their doers in their sentences (镇党政办负责…) is not the only list
        steps_name_units = any(b.kind == "schedule" for b in closed) and any(
            units_of(ln.text) for ln in kept if ln.label)
        back = {id(ln) for b in closed if any(b.annotated.values()) and not (b.kind == "schedule" and steps_name_units)
                for ln in b.lines}
        if back:
            closed = [b for b in closed if id(b.lines[0]) not in back]
            back |= {id(ln) for ln in kept}
            kept = [ln for ln in lines if id(ln) in back]
    found: list[list] = []
    for b in closed:
        _close(plan, b, found, units_of)
    return kept, found


_STEPS_MIN = 2  # numbered items of the plan's own below its part headings: a list of steps, not a lone heading


def _steps_before(kept: list) -> bool:
    """Do the lines kept so far hold the plan's own numbered items below its part headings (1. / （一） under 一、)?"""
    labels = [ln.label for ln in kept if ln.label]
    return len([label for label in labels if label.style != labels[0].style]) >= _STEPS_MIN


def _duties_table(box: _Box) -> bool:
    """Is this 表 the plan's list of duties after all? A title naming targets (表1 主要指标) says no, even over rows
    naming units (指标分解 with a 责任单位 column); else 附表1 over a title line on its own naming duties
    (…重点任务分工表), or rows naming units: its rows are the tasks."""
    if box.kind != "table":
        return False
    title = " ".join(ln.text for ln in box.lines[:2] if ln.label is None)
    if any(w in title for w in lexicon.TABLE_OF_TARGETS_WORDS):
        return False
    return any(w in title for w in lexicon.TABLE_OF_DUTIES_WORDS) or any(box.annotated.values())


def _give_back(box: _Box, kept: list, last: dict[str, int], fresh: set[str]) -> None:
    """The lines of what was taken for a box go back to the outline, in their place."""
    for ln in box.lines:
        kept.append(ln)
        if ln.label:
            last[ln.label.style] = ln.label.number
            fresh.discard(ln.label.style)


def box_group(lines: list, counted_rows: set[int] | frozenset[int] = frozenset()) -> Group:
    """A box as a heading of its own among the section's groups: no task is under it (Task.group never names it).
    `counted_rows` the source lines of table rows the table reader numbered by its own count (PlanText.unprinted)."""
    first = lines[0].text
    m = _BOX_HEAD.match(first) or _TABLE_HEAD.match(first) or NOTE_HEAD.match(first) or CONTENTS_HEAD.match(first)
    label = first[: m.end()].strip() if m else ""
    text = "\n".join([first[len(label):].strip(), *box_lines(lines[1:], counted_rows)]).strip("\n")
    return Group(label=label, title=first[len(label):].strip(" :：")[:40] or label, text=text, line=lines[0].number)


def box_lines(lines: list, counted_rows: set[int] | frozenset[int]) -> list[str]:
    """The box's lines as printed. A table of targets with no 序号 column (表1 重点指标: 指标 | 2024年基数 | 2027年目标 |
    责任单位) comes from the table reader as rows numbered by the reader's own count (1.物流费用比率（%）。2024年基数:14.6…):
    that 1. is no ink of the document, so the box holds the row without it, as a task read from such a row shows no
    number the document does not print (outline._number_unprinted_tasks)."""
    return [ln.label.rest.strip() if ln.number in counted_rows and ln.label and ln.label.style == "arabic" else ln.text
            for ln in lines]


def _count(label, last: dict[str, int], fresh: set[str]) -> None:
    """An item of the outline: its number is the last of its style, and the styles inside it may start afresh."""
    last[label.style] = label.number
    fresh.discard(label.style)
    if label.style in STYLES:
        fresh.update(STYLES[STYLES.index(label.style) + 1:])


def _ends(box: _Box, ln, last: dict[str, int], fresh: set[str], acting: dict[str, bool], has_annotation,
          plan: Plan) -> bool:
    if box.kind == "schedule":
        return id(ln) not in box.rows  # the caption and its table's rows, nothing after them
    if _BOX_END.match(ln.text) or (ln.label is None and _kind(ln.text)):
        return True
    if box.kind == "contents":
        # the table of contents lists short headings (with or without leader dots and page numbers); the body begins
        # with a paragraph or with its first heading again
        entries = [k.text for k in box.lines[1:]]
        return len(ln.text) > _CONTENTS_ENTRY_MAX or bool(re.search("[。；;]", ln.text)) or (bool(entries) and entries[0].startswith(ln.text))
    label = ln.label
    if label is None:
        # a note is its line and its own numbered points, a point left open at its line's end running on
        return box.kind == "note" and not _point_runs_on(box)
    own = box.last.get(label.style)
    # past the last number of its style, or 1 where the items restart under each heading and none came since
    goes_on_outline = (label.style in last and label.number > last[label.style]) or (label.style in fresh and label.number == 1)
    goes_on_box = (own is not None and label.number == own + 1) or (own is None and label.number == 1 and _opens(box))
    if goes_on_outline and goes_on_box:
        # a note in the body (1.开展植树。… / 注：1.地点如下： / 城北公园。 / 2.抓好调运。…) whose point ran onto its next
        # line: a note under a table runs on with its own 2. (the table's rows are past it), but here the plan's task
        # 2 is waiting too, and a note of one point spilling over a line is likelier than a task numbered as a note's
        # point; the item goes on with the plan's numbering, back in the outline
        if box.ran_on:
            return True
        # tasks 1–3, a box 1. 2. 3., then 4.: the task is the item naming units where the box's items named none
        if own is not None and has_annotation(ln.text) and not box.annotated.get(label.style):
            return True
        # a box lists projects by name (园区改造工程。…), a task says what to do (推进污水管网建设。…)
        if box.projects.get(label.style) and not _names_a_project(label.rest):
            return True
        # a box of works names each by what is built (某某至某某高速铁路。…, 某港区集装箱码头。…), whatever its last word;
        # the tasks say what to do (完善…, 推进…): an item opening with a verb of doing, as the task before the box
        # did, where no item of the box did, is the outline's
        if own is not None and _opens_with_a_deed(label.rest) and acting.get(label.style) and not box.acts.get(label.style):
            return True
        if own is not None:  # (a box's first item, right under its head, is the box's)
            plan.note(ln.number, "outline", f"line {ln.number}: item {label.text} goes on with the numbering of both "
                      f"the box above ({_head(box)}) and the tasks before it: read as the box's")
        return False
    if goes_on_outline:
        return True
    return box.kind == "note" and not goes_on_box


# a note's point whose line stops on a colon or a comma (注：1.表中单位简称如下： / 2.…由牵头单位，) has not said its say:
# the next line, unnumbered, is the rest of that point, and the note's later points (2. 3.) are still its own
_OPEN_POINT_END = ("：", ":", "，", ",", "、")


def _point_runs_on(box: _Box) -> bool:
    """Does the note's last line, one of its own numbered points (注：1.… counted on its head's line), stop open, so
    that an unnumbered line under it goes on with that point?"""
    return bool(box.last) and box.lines[-1].text.rstrip().endswith(_OPEN_POINT_END)


_ITEM_NAME = re.compile(r"^[^。；;，,：:]{2,30}?(?:" + "|".join(lexicon.BOX_ITEM_ENDINGS) + r")\s*[。：:；;]")


def _names_a_project(rest: str) -> bool:
    """Does an item open with the name of a project (5G网络覆盖工程：… / 园区改造工程。…) rather than an action?"""
    rest = rest.strip()
    return bool(_ITEM_NAME.match(rest)) and not rest.startswith(lexicon.BOX_ITEM_NOT_STARTS)


def _opens_with_a_deed(rest: str) -> bool:
    """Does an item open with a verb of doing (推进…, 完善…, 实施…), as a task says what to do, not with a name?"""
    return rest.strip().startswith(lexicon.BOX_ITEM_NOT_STARTS)


def _opens(box: _Box) -> bool:
    """Does the box's head line open a list of its own items? 专栏N / 表N over a title do, and so does a head with
    nothing after it (注： / 名词解释 alone over 1. 2.); a head saying something on its line (注：本组任务汛前完成。,
    典型案例：某镇…) holds no items, and a 1. after it is the outline's. A note's own first point on its line
    (注：1.…) has been counted already."""
    if box.last:
        return True
    head = box.lines[0].text
    m = NOTE_HEAD.match(head) or _BOX_HEAD.match(head)
    if _TABLE_HEAD.match(head) or re.match(r"^[【\[〔]?\s*专\s*栏", head):
        return True
    return bool(m) and head[m.end():].strip() == ""


def _head(box: _Box) -> str:
    return box.lines[0].text[:30]


def _close(plan: Plan, box: _Box, found: list[list], units_of: Callable[[str], list[str]]) -> None:
    found.append(box.lines)
    boxes(plan).append((box.lines[0].number, "\n".join(ln.text for ln in box.lines)))
    first, end = box.lines[0].number, box.lines[-1].number
    span = f"line {first}" if first == end else f"lines {first}–{end}"
    names: list[str] = []
    for name in units_of("\n".join(ln.text for ln in box.lines[1:])):  # a table's 责任单位 cells one a line too
        names += [name] if name not in names else []
    said = f"; the units it names are not read as duties: {'、'.join(names)}" if names else ""
    plan.note(first, "outline", f"{span}: {_head(box)} is set inside the outline ({box.kind}, "
                                f"专栏/表/注): read as its text, not tasks{said}")
