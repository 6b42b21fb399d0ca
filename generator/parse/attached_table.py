"""A plan whose prose names no unit, and the 附件 table that gives its tasks their units: one plan, not two.

A 实施方案 / 工作方案 often states its tasks in prose naming no unit anywhere (1.扩大老年助餐服务。建设… / 2.…) and
gives them out only in its attached 重点任务分工表, whose rows repeat the same tasks under the same numbers and titles
(序号 1 / 重点任务 扩大老年助餐服务 / 牵头单位 市民政局 / 配合单位 …). The page reader splits the 附件 off as a plan of its
own (an attached table is a plan: source/read.py), which would count every task twice, once with no unit. When the
rows match the prose's tasks, the prose tasks take the units (and deadlines) of their rows, and the table is no plan.

Conservative: only when no task the rows repeat names a unit and most rows match a task by number and title; an
annotated plan followed by its 分工表 (an 实施意见 assigning its own measures) stays two plans — unless a repeated task
naming no unit points at the table (（具体分工见附件）: _pointer_of_the_tasks), when the table is the plan's own 分工表 and
only the tasks naming no unit take their rows' units. Tasks no row repeats (the unit-first paragraphs of a 部门职责
part: 县城管局：负责…) may name their units and do not stop the fold.

A provincial 行动计划 sets 专栏 boxes of key projects between its prose tasks (no tasks: boxes.py) and gives each box a
row of its 分工表 too, with its own units: the table's 序号 then counts the box rows and drifts from the prose's numbers
after the first box (序号 6 | 5.壮大电子信息制造业 / 序号 5 | 专栏1　数字基础设施重点工程). The row's 任务 cell cites the
prose item it repeats, so a row matches the task whose number its cell cites (words/labels.py::cited_item), and the
box rows, citing a box, repeat no task and count neither way. There the table's rows are the plan's tasks, numbered
by their 序号 (the house call: the table is the full list of the plan's assigned work, box rows included): each
matched task takes its row's number and units, and each box row stands as a task after the task of the row above it.

An event or activity plan often keeps no task in its text at all: its prose says 主题 / 时间 / 要求 and 安排30项重点活动
（详见附件）, and every activity is a row of the attached 活动安排表. Such a plan and its table are one plan too: the plan
(its title, notice, 文号, prose) takes the table's rows as its tasks. Only when the plan has no task of its own, its text
points at its attachment (详见附件 / 见附表, or its 附件： list naming the table) and the attachment is a table (its caption
ends 表 / 清单 / 台账); a plan with tasks of its own keeps its table apart unless the rows repeat its tasks (above).
"""
from __future__ import annotations

import math
import re
from dataclasses import replace

from ..model import Annotation, Group, Plan, Section, Task
from ..words.labels import ATTACHMENT_MARK_ALONE, CN_NUMERALS, cited_item, cn_number
from .boxes import rows_not_restating
from .cited_rows import title_rows_by_cited_items
from .items import is_date_line
from .lines import join_text
from .not_tasks import frame_or_closing_title
from .records import mark_from_attached_table
from .document_rules import DOCUMENT_RULES
from .rules import apply_document_rules
from .units_by_number import give_units_from_lines, task_numbers
from ..words.lexicon import (ASSIGNING_TABLE_WORDS, ATTACHED_TABLE_ENDINGS, ATTACHMENT_NUMBER_JOINERS,
                             ATTACHMENT_POINTERS, ATTACHMENT_RANGE_JOINERS, ATTACHMENT_WORDS, ITEM_DONE_WORDS,
                             SCHEDULE_TABLE_WORDS, TABLE_BELOW_POINTER, TABLE_NUMBER_HEADS,
                             TABLE_OF_DUTIES_WORDS, TABLE_OF_TARGETS_WORDS)

# the share of the table's rows that must repeat a task of the prose (number and title) for the two to be one plan
MATCHED_SHARE = 0.8
MIN_MATCHED_ROWS = 2  # one row matching one task is a coincidence, not a table of the plan's tasks
# a title shorter than this is no evidence when it only begins the other (扩大 / 扩大老年助餐服务)
MIN_PREFIX_CHARS = 4
_NOT_WORDS = re.compile(r"[\s。．.，,；;：:、！!？?“”\"'（）()《》]")


# The front matter key import writes on the plan source of such a table, naming the plan it is part of: the two are
# written as two sources (each the text as published), read back as one plan wherever they stand in the folder.
PART_OF = "part_of"

# what the plan reader warns of a plan it found no task in (parse/__init__.py); untrue once the table's rows are its tasks
NO_TASK_FOUND = "no numbered task found in plan"
_ATTACHMENT_LIST_ENTRY = re.compile(rf"^附件\s*[0-9０-９{CN_NUMERALS}]*\s*[：:]?\s*(?:[0-9０-９]+\s*[.．、])?\s*")


def fold_attached_tables(plans: list[Plan]) -> list[Plan]:
    """The plans given, each table that assigns the tasks of its plan folded into that plan: the plan before it in
    the same file, or the plan its front matter names (part_of: <id>)."""
    by_id = {plan.id: plan for plan in plans}
    # each table's own number, from the mark (附件2) closing the text right before its caption: read before any fold,
    # since a table folded into its plan takes its closing (the next table's mark) along, or leaves it behind
    marks = {id(plan): _mark_number(before) for before, plan in zip(plans, plans[1:]) if before.source == plan.source}
    kept: list[Plan] = []
    for plan in plans:
        owner = plan.meta.get(PART_OF)
        mark = marks.get(id(plan))
        if owner:
            if _fold_into_named(by_id.get(str(owner)), plan, str(owner)):
                continue
        elif kept and kept[-1].source == plan.source and (_fold(kept[-1], plan, mark)
                                                          or _kept_as_text(kept[-1], plan, mark)):
            continue
        prose = by_id.get(str(owner)) if owner else kept[-1] if kept and kept[-1].source == plan.source else None
        if prose is not None and prose is not plan:
            title_rows_by_cited_items(prose, plan)  # a row citing the plan's item, its task cell empty
        kept.append(plan)
    return kept


def _fold_into_named(owner: Plan | None, table: Plan, owner_id: str) -> bool:
    """Fold `table` into the plan its front matter names; when it cannot be, the table stays a plan and says why."""
    if owner is not None and owner is not table and _fold(owner, table):
        return True
    why = (f"no plan has the id '{owner_id}'" if owner is None or owner is table else
           f"the rows of '{table.title}' neither repeat the tasks of '{owner.title}' by number and title (a plan "
           f"naming no unit) nor are the tasks of a plan pointing at its attachment and holding none")
    table.warnings.append(f"{table.source}: {PART_OF}: {owner_id}: {why}; read as a plan of its own")
    return False


def _fold(prose: Plan, table: Plan, mark: int | None = None) -> bool:
    """Fold `table` (its attachment number `mark`, None when not known) into `prose`: its rows giving the units of
    the prose's tasks, or its rows the tasks of a prose that holds none; True when folded."""
    # by number alone last: a table whose parts the plan's items head (numbered as its rows are) is read so first
    return (_fold_into(prose, table) or _take_rows_as_tasks(prose, table, mark)
            or _items_head_the_tables_parts(prose, table, mark) or _fold_into(prose, table, mark, by_number=True))


def _kept_as_text(prose: Plan, table: Plan, mark: int | None) -> bool:
    """Keep `table`, an attached table of `prose`'s targets or its schedule, as the plan's text; True when kept.

    A 实施方案 states its 工作目标 and attaches its targets (主要指标见附件2 / 附件2 某市…主要指标: 指标名称 | 2026年目标值 |
    责任单位): each row names the units answering for a figure, but a target is no work to do, as a 表1 主要指标 set in
    the prose is none (boxes._duties_table). Read apart the table is a plan of its own, its rows tasks. A title naming
    targets and no duties (no 任务 / 分工 / 分解表 …: an issued 指标分解表 hands the targets down, its rows the bodies'
    duties, and stays a plan) after a plan with tasks of its own that points at its attachment: the rows are kept as
    the plan's attached text, no tasks, and the reader says so.

    So with its schedule (进度安排见附件2 / 附件2 某县…进度安排表: 时间节点 | 工作内容 | 责任单位): each row a month or a
    stage of the plan's own work, restated, with the units answering for it — a 时间安排 table is no tasks. A title
    naming a schedule (SCHEDULE_TABLE_WORDS; 工作进度 holds 工作, so the duty words do not stop it) and no 分工表 /
    任务分解 (a table assigning the tasks, its rows the plan's own).

    A schedule needs no pointer where the plan's own numbered steps name their units (镇选举委员会负责…): a closing
    附件 进度安排表 (阶段 | 时间 | 工作内容 | 责任主体) then restates steps already assigned, whether or not the prose
    sends the reader to it; a plan whose steps name no unit keeps an unpointed schedule apart, its only list of who
    does what, and so does a schedule whose rows are work of their own (a 重点项目建设进度安排表 over projects no step
    names: boxes.rows_not_restating)."""
    title = table.title
    kind = _kept_as_text_kind(title)
    rows = table.tasks()
    if not kind or not rows or not prose.tasks():
        return False
    if _is_schedule(title) and any(len(row.deadlines) > 1 for row in rows):
        return False  # a row over the quarters or months as columns is a project scheduled by stage, not a stage
    pointed = _pointer_to(prose, title, mark) or _numbered_pointer(prose, mark)  # (进度安排见附件2 closing a task)
    if not pointed and not (_is_schedule(title) and _tasks_name_their_units(prose) and rows_not_restating(
            [row.title for row in rows], [f"{task.title}。{task.text}" for task in prose.tasks()]) is not None):
        return False
    what, said, why = kind
    _joined(prose, table, f"the {len(rows)} rows of the attached table '{title}' are {what}, kept as the plan's "
            f"text, not tasks: {said}", f"its title names {why}, and the plan, whose tasks are in its prose, "
            + ("points at it" if pointed else "names their units itself"))
    for section in table.sections:
        if section.tasks:
            section.groups.append(Group(label="", title=title, text="\n".join(
                f"{task.label}{task.text}" for task in section.tasks), line=section.tasks[0].line))
        section.tasks = []
        section.attached = title
    prose.sections += table.sections
    return True


def _tasks_name_their_units(plan: Plan) -> bool:
    """Whether a task of the plan names a unit of its own (an annotation or a sentence naming a body)."""
    return any(_names_its_own(task) for task in plan.tasks())


def _kept_as_text_kind(title: str) -> tuple[str, str, str] | None:
    """(what the rows are, the same said in the plan's language, what the title names) of an attached table whose rows are no tasks of the plan pointing at
    it — its targets or its schedule — else None."""
    if any(word in title for word in ASSIGNING_TABLE_WORDS):
        return None
    if _is_schedule(title):
        return "its schedule by stage", "附件所列为进度安排，未读作任务", "a schedule and assigns no task"
    if any(word in title for word in TABLE_OF_TARGETS_WORDS) and not any(word in title for word in TABLE_OF_DUTIES_WORDS):
        return "targets", "附件所列为目标指标，未读作任务", "targets and no duties"
    return None


def _is_schedule(title: str) -> bool:
    """Whether an attached table's title names a schedule (进度安排表 / 时间安排表: SCHEDULE_TABLE_WORDS)."""
    return any(word in title for word in SCHEDULE_TABLE_WORDS)


def _take_rows_as_tasks(prose: Plan, table: Plan, mark: int | None) -> bool:
    """Give `prose`, a plan with no task of its own pointing at its attached table (or at the table below its text:
    形成整改台账（见下表）, wherever in its text, its signature and date between), the table's rows as its tasks;
    True when taken. The plan keeps its own title, header and prose sections; the table's sections follow them. An
    item that only heads the part pointing below (一、整改任务 read as the plan's one item) is no task of its own: it
    stays the plan's text (_headings_over_the_table_below)."""
    rows = table.tasks()
    headings = _headings_over_the_table_below(prose, mark)
    if len(prose.tasks()) > len(headings) or not rows or not _names_a_table(table.title):
        return False
    pointer = (_pointer_to(prose, table.title, mark) or _pointer_below(prose, mark, headings)
               or _mark_closing_an_outline(prose, table.title))
    if not pointer:
        return False
    own_lines = _prose_lines(prose)
    for section, heading in headings:
        own_lines += [(heading.line + n, text) for n, text in enumerate(heading.text.split("\n")) if text]
        section.tasks.remove(heading)
        section.intro = join_text(section.intro, f"{heading.label}{heading.text}", "\n")
    if headings:  # the rules read over the headings alone covered no task: read again over the rows, once
        prose.readings = [n for n in prose.readings if n.kind != "rule"]
    for section in table.sections:  # their text is the table's, not the plan's own (commands/check.py)
        section.attached = table.title
        if not section.title and not section.number:
            # a table with no group rows is one untitled section: headed by the table's caption, so its rows stand
            # under it on the page, not under the plan's last heading (五、工作要求) as if they were its items
            section.title = section.heading = table.title
    last = table.sections[-1]
    last.closing = "\n".join(part for part in (last.closing, table.closing) if part)  # (the table's notes, colophon)
    prose.sections += table.sections
    prose.warnings = [w for w in prose.warnings if NO_TASK_FOUND not in w]
    below = bool(_pointer_below_in(pointer))
    where, kind = ("the table below it", "table") if below else ("its attachment", "attached table")
    _joined(prose, table, f"the {len(rows)} tasks of this plan are the rows of its {kind} '{table.title}'",
            f"the plan's text holds no task and points at {where} ({pointer}), so the table is part of this "
            f"plan, not a plan of its own; the plan keeps its own title and header")
    _apply_the_plans_rules(prose, table, own_lines)
    return True


# the brackets a caption may close with, after the words naming its table (…整改台账（第一批） / …任务清单(2031年))
_CAPTION_BRACKETS = ("（）", "()", "〔〕", "【】")
_CAPTION_BRACKET_MAX = 12  # a note of batch or year, not a second title


def _names_a_table(caption: str) -> bool:
    """Whether a caption names a table (ends 表 / 清单 / 台账: ATTACHED_TABLE_ENDINGS), a bracketed note closing it set
    aside: a 台账 issued in batches or by year says which after its name (某县巡察反馈问题整改台账（第一批）)."""
    caption = caption.rstrip()
    for opening, closing in _CAPTION_BRACKETS:
        start = caption.rfind(opening)
        if caption.endswith(closing) and 0 < start and len(caption) - start - 2 <= _CAPTION_BRACKET_MAX:
            caption = caption[:start].rstrip()
            break
    return caption.endswith(ATTACHED_TABLE_ENDINGS)


def _mark_closing_an_outline(prose: Plan, caption: str) -> str:
    """The bare attachment mark (附件 / 附件1) closing `prose`, a plan with an outline of its own and no task, right
    above the caption of its attached table assigning tasks (…任务分解表 / 分工表), else "".

    A 创建 / 测评 方案 may keep its body to frame, leading group, stages and requirements (一、指导思想 … 三、工作步骤 …
    对照任务分解表，逐项制定具体措施), no task of its own, and give its whole work in the 分解表 after its 附件 mark, never
    saying 见附件. The mark closing its text is the pointer: the table is this plan's attachment and its rows the plan's
    tasks — one plan. Only when the plan has sections (a bare covering notice has none) and the caption names a table
    assigning tasks (ASSIGNING_TABLE_WORDS)."""
    if not prose.sections or not any(word in caption for word in ASSIGNING_TABLE_WORDS):
        return ""
    last = _last_own_line(prose)
    return last if ATTACHMENT_MARK_ALONE.match(last) else ""


def _last_own_line(plan: Plan) -> str:
    """The last line of the plan's own text (its closing, else its last section's closing or intro), "" if none."""
    last = next((text.strip() for text in (plan.closing, *(part for section in reversed(plan.sections)
                                                            for part in (section.closing, section.intro)))
                 if text.strip()), "")
    return last.split("\n")[-1]


def _items_head_the_tables_parts(prose: Plan, table: Plan, mark: int | None) -> bool:
    """Give `prose` the rows of its attached table as its tasks when the plan's items are only the heads of the
    table's parts; True when taken.

    A 工作方案 may sum up its work in run-in items naming no unit (（一）全面开展疫情监测普查。严格落实… / （二）科学实施
    疫木除治。…), point at its attachment (具体措施、责任单位和完成时限详见附件 / 各项任务具体分工见附件), and set the work
    out in its 分工表, whose group rows repeat those items' titles, shortened (一、疫情监测普查 / 二、疫木除治) over numbered
    rows, each a task with its units. The items are the outline of the table, not tasks of their own: the rows are the
    plan's tasks, under the group rows' sections, and the items stay the plan's prose — one plan, as a document is one
    plan in the readings. Only when no item names a unit, the plan points at its attachment, and most of the table's
    group rows repeat the item of their place by title (the one holding the other); what the pointer says goes there
    (the measures, or the 分工 alone) is no part of it: the table repeating the items as its parts is what shows them
    an outline."""
    items, rows = prose.tasks(), table.tasks()
    if not items or not rows or _assign_their_own([(item, item) for item in items]):
        return False
    if not _names_a_table(table.title) or not (_pointer_to(prose, table.title, mark)
                                                              or _pointer_closing_bare_items(prose, table.title, mark)):
        return False
    parts = [section for section in table.sections if section.title and section.tasks]
    heads = [(item, part) for item, part in zip(items, parts) if _holds_the_other(item.title, part.title)]
    repeated = len(heads)
    if repeated < max(MIN_MATCHED_ROWS, math.ceil(MATCHED_SHARE * max(len(parts), len(items)))):
        return False
    _items_dates_to_their_rows(prose, heads)
    for section in prose.sections:  # the items as the section's prose: their label, title and text as written
        if section.tasks:
            written = [f"{item.label}{item.text}" for item in section.tasks]
            section.intro = "\n".join(part for part in (section.intro, *written) if part)
            section.tasks = []
    taken = _take_rows_as_tasks(prose, table, mark)
    prose.note(rows[0].line, "outline", f"the plan's {len(items)} items naming no unit head the parts of its attached "
               f"table '{table.title}' ({repeated} of its group rows repeat them by title): they are its outline, "
               "kept as text, and the table's rows are the tasks")
    return taken


def _pointer_closing_bare_items(prose: Plan, caption: str, number: int | None) -> str:
    """The pointer line closing a section's run of bare heading items (the table `caption`, numbered `number`, None
    when not known), else "".

    A 实施方案 may list its 主要任务 as bare headings, each alone on its line with no text of its own (（一）扩大覆盖面 /
    （二）强化全过程管理), and close the list with one line sending to its 分工表 (主要任务的具体措施、牵头单位、责任单位和
    完成时限详见附件。). Read as an outline, that line is the body of the last heading; it is no text of that item but
    the list's pointer, standing after the run, so it points for the whole list as a pointer in the section's own text
    does. Only when every item of the section but the last is bare, the last is bare on its heading line, and what
    follows it is one line holding a pointer at this table: a last item with words of its own keeps its pointer as
    its own (_numbered_pointer still reads a numbered one there)."""
    for section in prose.sections:
        if len(section.tasks) < MIN_MATCHED_ROWS:
            continue
        *heads, last = section.tasks
        heading, _, after = last.text.partition("\n")
        if not all(_is_bare(item.title, item.text) for item in heads) or not _is_bare(last.title, heading):
            continue
        after = after.strip()
        if not after or "\n" in after:
            continue
        pointer = next((m.group(0) for m in _POINTER.finditer(after) if _points_at(m, number, caption)), "")
        if pointer:
            return pointer
    return ""


def _is_bare(title: str, text: str) -> bool:
    """Whether an item's text is its title alone (a heading with no text of its own), stops and marks aside."""
    title, text = _NOT_WORDS.sub("", title), _NOT_WORDS.sub("", text)
    return bool(title) and title == text


def _items_dates_to_their_rows(prose: Plan, heads: list[tuple[Task, Section]]) -> None:
    """An item heading a part of the table may carry its own date (（一）全面开展河道排查。…2030年6月底前完成。) that the
    rows under the part do not repeat: when the date is the whole item's (_date_governs_the_item), it is the part's, so
    each row of the part with no date of its own takes the item's, and a reading note says so; a row with its own date
    keeps it. A date set on one clause of several (2030年6月底前完成淤积河段摸底，建立长效巡查机制) is that clause's
    work alone: the rows keep no date, and a note says why. (An item's sectors are not given: the resolver reads a
    task's sectors later, from its own text and its section's title, the part's here.)"""
    for item, part in heads:
        undated = [row for row in part.tasks if not row.deadlines]
        if not item.deadlines or not undated:
            continue
        dates = "、".join(d.text for d in item.deadlines)
        if not _date_governs_the_item(item):
            prose.note(item.line, "outline", f"the item {item.label}{item.title} heading the table's part "
                       f"'{part.title}' sets a date ({dates}) on one of its clauses, not on the whole item: the rows of "
                       f"the part with no date of their own ({len(undated)}) are given none")
            continue
        for row in undated:
            row.deadlines = [replace(d) for d in item.deadlines]
        prose.note(item.line, "outline", f"the item {item.label}{item.title} heading the table's part '{part.title}' "
                   f"sets its date ({dates}); the rows of the part with no date of their own ({len(undated)}) take it: "
                   "大项所列时限及于其下未列时限的各行")


_CLAUSE_ENDS = re.compile(r"[，,；;。．！!？?]")


def _date_governs_the_item(item: Task) -> bool:
    """Whether the item's dates are the whole item's, not one clause's: the item's words after its title hold one
    clause (2030年6月底前完成淤积河段摸底。), or the dates stand in the clause closing the item with nothing but a
    word of completion after them (摸清淤积河段底数，2030年6月底前完成。): the deadline of all the item says. A date
    inside one clause of several (2030年6月底前完成淤积河段摸底，建立长效巡查机制) sets that clause's work alone, and
    a standing duty of the next clause (巡查机制) has no deadline — so a date anywhere else is not the item's."""
    text = item.text[len(item.title):] if item.text.startswith(item.title) else item.text
    clauses = [c.strip() for c in _CLAUSE_ENDS.split(text) if c.strip()]
    if not clauses or not all(d.text in text for d in item.deadlines):
        return False
    if len(clauses) == 1:
        return True
    last = clauses[-1]
    if not all(d.text in last for d in item.deadlines):
        return False
    for d in item.deadlines:
        last = last.replace(d.text, "")
    return last.lstrip("以前") in ("", *ITEM_DONE_WORDS)


def _holds_the_other(a: str, b: str) -> bool:
    """Whether one title holds the other whole (全面开展疫情监测普查 / 疫情监测普查), the shorter long enough to say so."""
    a, b = _NOT_WORDS.sub("", a), _NOT_WORDS.sub("", b)
    short, long = sorted((a, b), key=len)
    return len(short) >= MIN_PREFIX_CHARS and short in long


def _prose_lines(plan: Plan) -> list[tuple[int, str]]:
    """(line, text) of a plan's own words: its preamble and each section's heading, intro and closing, numbered from
    the section's heading line (the reader keeps a section's text, not the source line of each of its lines)."""
    lines = [(1, text) for text in plan.preamble.split("\n") if text]
    for section in plan.sections:
        body = [section.heading, *section.intro.split("\n"), *section.closing.split("\n")]
        lines += [(section.line + n, text) for n, text in enumerate(body) if text]
    return lines


def _apply_the_plans_rules(prose: Plan, table: Plan, lines: list[tuple[int, str]]) -> None:
    """A plan holding no task of its own states in its prose how to read the units of its table (保障措施: 责任单位为牵头
    单位，配合单位要主动配合); read apart, the prose had no task to apply it to. Now the rows are its tasks, the rules its
    own lines state apply to them; a rule the table's own lines stated was applied already (and is not applied twice)."""
    applied = [n.text for n in table.readings if n.kind == "rule"]
    rules = tuple(r for r in DOCUMENT_RULES if not any(text.startswith(r.name) for text in applied))
    apply_document_rules(prose, lines, rules)


def _joined(prose: Plan, table: Plan, what: str, why: str) -> None:
    """The plan's reading note saying the table joined it (what, where the table's first row stands — in its own file
    when a part_of source — and why), and what the table reader said of its cells, the rules it read."""
    line = table.tasks()[0].line
    same_file = table.source == prose.source  # else the table's own source names this plan (part_of)
    where = f"line {line}" if same_file else f"{table.source}, line {line}"
    prose.note(line if same_file else 0, "outline", f"{what} ({where}): {why}")
    prose.readings += table.readings
    prose.warnings += table.warnings
    prose.unparsed += table.unparsed


# a pointer at an attachment and what it names of it: its number (见附件2 / 见附表二), several numbers in a list or a
# range (详见附件1、2 / 见附件1至附件3 / 见附件1—3: a plan sending its targets and its 分工表 to two attachments at once),
# or its caption (见附件《…表》). A list keeps the script of its first number (见附件1、二是… is a number and the next
# clause's ordinal, not two numbers); a comma joins no number (见附件1，2030年… is the next clause's date)
_ARABIC = r"\d{1,2}"
_CHINESE = rf"[{CN_NUMERALS}]{{1,3}}"
_JOINER = (rf"\s*[{re.escape(ATTACHMENT_NUMBER_JOINERS + ATTACHMENT_RANGE_JOINERS)}]\s*"
           rf"(?:{'|'.join(map(re.escape, ATTACHMENT_WORDS))})?\s*")
_POINTER = re.compile(r"(?:" + "|".join(map(re.escape, ATTACHMENT_POINTERS)) + r")\s*"
                      rf"(?P<number>{_ARABIC}(?:{_JOINER}{_ARABIC})*|{_CHINESE}(?:{_JOINER}{_CHINESE})*)?"
                      r"(?:\s*[：:]?\s*《(?P<caption>[^《》\n]{1,80})》)?")
_ONE_NUMBER = re.compile(rf"{_ARABIC}|{_CHINESE}")
MAX_RANGE = 20  # 附件1至附件3 names three; a range wider than this is no run of attachments, its ends are kept alone


def _named_numbers(pointer: re.Match) -> set[int]:
    """The attachment numbers a pointer names: each of a list (附件1、2 / 附件1和附件3), every one of a range (附件1至3 /
    附件1—3), none for a bare pointer (见附件)."""
    written = pointer.group("number")
    if not written:
        return set()
    numbers = [_attachment_number(n.group(0)) for n in _ONE_NUMBER.finditer(written)]
    between = _ONE_NUMBER.split(written)[1:-1]  # the joiner before each number after the first
    named = set(numbers)
    for joiner, low, high in zip(between, numbers, numbers[1:]):
        if any(c in joiner for c in ATTACHMENT_RANGE_JOINERS) and 0 < high - low <= MAX_RANGE:
            named.update(range(low, high + 1))
    return named


def _numbers_the_marks(pointer: re.Match) -> bool:
    """Whether the pointer's number is an attachment's number, the one its mark bears (附件2 on the line above the
    table's caption): a 附件 number is; a 附表 number is not, since a plan whose 附件1 is prose and 附件2 its first
    table numbers its tables (附表1) apart from its attachments."""
    return ATTACHMENT_POINTERS[0] in pointer.group(0)


def _may_be_numbered(pointer: re.Match, mark: int) -> bool:
    """Whether a numbered pointer may name the table marked 附件`mark`: a 附件 number when it is one of those named; a
    附表 number when it is no greater than the mark — the tables are some of the attachments, so the n-th table is
    the n-th attachment or a later one (附表1 may be 附件2; 附表3 is never 附件1)."""
    named = _named_numbers(pointer)
    return mark in named if _numbers_the_marks(pointer) else any(n <= mark for n in named)


def _pointer_to(plan: Plan, caption: str, number: int | None) -> str:
    """The words of `plan` pointing at its attachment (详见附件 / 见附表, or an entry of its 附件： list naming
    `caption`; the table's attachment number `number`, None when not known), else "".

    A plan attaching several tables points at each by its number (具体分工见附件1 / 报送表见附件2): a pointer naming
    a number other than the table's own mark (附件1 right above its caption), or a caption in title marks the table's
    does not hold, points at another attachment, not at this table. A bare 见附件 points at the plan's attachment; so
    does a numbered pointer when the table's number is not known (a table written as a source of its own: part_of)."""
    texts = _own_texts(plan)
    pointer = next((m.group(0) for text in texts for m in _POINTER.finditer(text)
                    if _points_at(m, number, caption)), "")
    if pointer:
        return pointer
    wanted = _NOT_WORDS.sub("", caption)
    for line in (ln.strip() for text in texts for ln in text.split("\n")):
        if line.startswith("附件") and wanted and _NOT_WORDS.sub("", _ATTACHMENT_LIST_ENTRY.sub("", line)) == wanted:
            return line
    return ""


def _headings_over_the_table_below(prose: Plan, mark: int | None) -> list[tuple[Section, Task]]:
    """The prose's items (with their sections) that are the heading of its part speaking of the table below, or of a
    part of its frame, when they are all its items: naming no unit, their own text pointing at the table (一、整改任务 /
    本次审计发现问题2个，形成整改台账（见下表）。 / 二、工作要求 …), else none.

    A short plan whose one task part holds no item of its own but the pointer reads that part's 一、 head as its only
    item (a plan of bare heads numbers its items 一、 二、); with the table below joined, the rows are the tasks and the
    head is the heading over them, its text the plan's own. Not for a table its attachment mark numbers (附件2).

    A 实施方案 may say where its work is in its 主要任务 part (具体任务及分工见下表) and go on with parts of its frame
    (三、保障措施 / 二、组织领导 / 三、工作要求), signature and date, then the 任务分解表: such a part read as an item
    (its head and prose, naming no unit) is no task either, once the plan points at the table below from elsewhere in
    its text — the work is the table's rows, the part the plan's own text (_frame_part_over_the_table_below)."""
    if mark is not None:
        return []
    items = [(section, task) for section in prose.sections for task in section.tasks]
    if not items or any(task.assignments for _, task in items):
        return []
    pointing = [(section, task) for section, task in items if _pointer_below_in(task.text)]
    if len(pointing) == len(items):
        return items
    if not all(_pointer_below_in(task.text) or _frame_part_over_the_table_below(task) for _, task in items):
        return []
    return items if _pointer_below(prose, mark, pointing) else []


def _frame_part_over_the_table_below(item: Task) -> bool:
    """Whether an item of a plan keeping its work in the table below is a part of its frame read as an item: its
    title that of a frame or closing part (保障措施 / 组织领导 / 工作要求 / 工作目标: not_tasks), its text naming no unit."""
    return not item.assignments and frame_or_closing_title(item.title)


# the words of a plan pointing at the table set below its text (lexicon TABLE_BELOW_POINTER)
_TABLE_BELOW = re.compile(TABLE_BELOW_POINTER)
_TABLE_HEADER_CELLS_MIN = 3  # cells of a header row kept as text (序号 单位 地点), at least


def _pointer_below_in(text: str) -> str:
    """The words of `text` pointing at the table set below it (见下表 / 如下表所示), else "" — "" too when a table
    set in `text` after its last pointer already answers it (_holds_a_table)."""
    pointers = list(_TABLE_BELOW.finditer(text))
    if not pointers or _holds_a_table([text[pointers[-1].end():]]):
        return ""
    return pointers[0].group(0)


def _pointer_below(plan: Plan, mark: int | None, headings: list[tuple[Section, Task]] = ()) -> str:
    """The words of `plan` pointing at the table set below its text (形成整改台账（见下表）), else "".

    A short 整改方案 keeps its tasks in the 台账 below it, unattached, and points at it once wherever its tasks are
    spoken of (二、整改任务, not the paragraph right above the caption), its other parts, signature and date between:
    the table that follows is its own. Its own text is searched, and the text of `headings` (its items that only
    head the part pointing below). Not for a table its attachment mark numbers (附件2): a table below the text
    is no attachment.

    A pointer is answered by the first table after it: a plan setting its own small table in its text (各单位植树地点
    如下表。 / 植树地点安排表 / 序号 单位 地点 / rows, kept as the plan's text) has answered its pointer, and the table
    after its signature is another document's, not reached for."""
    if mark is not None:
        return ""
    searched = {id(task) for _, task in headings}
    pointer, after = "", []
    for text, own in _texts_in_order(plan, searched):
        last = list(_TABLE_BELOW.finditer(text)) if own else []
        if last:
            pointer, after = pointer or last[0].group(0), [text[last[-1].end():]]
        elif pointer:
            after.append(text)
    return "" if _holds_a_table(after) else pointer


def _texts_in_order(plan: Plan, searched: set[int]) -> list[tuple[str, bool]]:
    """The plan's texts in the order they stand in its document, each with whether it is its own (its preamble,
    heads, sections' text, closing; a task's text only when its id is in `searched`)."""
    texts = [(plan.preamble, True)]
    for section in plan.sections:
        texts += [(section.heading, True), (section.intro, True)]
        parts = sorted([(g.line, g.text, True) for g in section.groups]
                       + [(t.line, t.text, id(t) in searched) for t in section.tasks], key=lambda part: part[0])
        texts += [(text, own) for _, text, own in parts]
        texts.append((section.closing, True))
    return texts + [(plan.closing, True), *((note, True) for note in plan.notes)]


def _holds_a_table(texts: list[str]) -> bool:
    """Whether `texts` hold, before the date signing the plan, a table kept as text: a header row opening with the
    number column's head, its cells apart (序号 单位 地点 / 序号 工作任务 责任单位 完成时限). What follows the
    plan's date (某县人民政府办公室 / 2025年3月10日 / 某县整改工作联系人表 / 序号 单位 联系人 电话) is set after
    the plan is signed, no table its text set under its pointer."""
    for line in (line for text in texts for line in text.split("\n")):
        if is_date_line(line):
            return False
        cells = line.split()
        if len(cells) >= _TABLE_HEADER_CELLS_MIN and cells[0] in TABLE_NUMBER_HEADS:
            return True
    return False


def _points_at(pointer: re.Match, number: int | None, caption: str) -> bool:
    """Whether a pointer (见附件 / 见附件2 / 见附件《…》) may point at the table numbered `number` (None: not known)
    with `caption`."""
    if pointer.group("number") and number is not None and not _may_be_numbered(pointer, number):
        return False
    return not pointer.group("caption") or _holds_the_other(pointer.group("caption"), caption)


def _mark_number(plan: Plan) -> int | None:
    """The number of the attachment mark closing the plan's text (附件1 on the line above the attached table's
    caption), None when the last line is no numbered mark."""
    line = _last_own_line(plan)
    if not ATTACHMENT_MARK_ALONE.match(line):
        return None
    digits = re.sub(rf"[^\d{CN_NUMERALS}]", "", line)
    return _attachment_number(digits) if digits else None


def _attachment_number(written: str) -> int:
    """An attachment's number as written, Arabic or Chinese (2 / 二)."""
    return int(written) if written.isdigit() else cn_number(written)


def _own_texts(plan: Plan) -> list[str]:
    """The plan's words outside its tasks: preamble, closing, standing notes, and each section's own text."""
    texts = [plan.preamble, plan.closing, *plan.notes]
    for section in plan.sections:
        texts += [section.heading, section.intro, section.closing, *(g.text for g in section.groups)]
    return texts


def _fold_into(prose: Plan, table: Plan, mark: int | None = None, by_number: bool = False) -> bool:
    """Give `prose` the units of `table` (its attachment number `mark`, None when not known) when the table's rows
    are its tasks — by number alone too when `by_number` (_rows_run_as_the_tasks); True when folded."""
    if not any(word in table.title for word in ASSIGNING_TABLE_WORDS):
        return False
    tasks, rows = prose.tasks(), table.tasks()
    if not tasks or not rows:
        return False
    keyed = _rows_keyed_by_number(tasks, rows)
    if keyed:
        return not _assign_their_own(keyed) and _fold_keyed(prose, table, keyed)
    pairs = _rows_matched(tasks, rows)
    if _kept_apart(pairs, table.title, mark):
        return False
    matched = {id(row) for _, row in pairs}
    boxes = [row for row in rows if id(row) not in matched and _cites_a_box(row)]
    reworded: list[tuple[Task, Task]] = []
    if len(pairs) < max(MIN_MATCHED_ROWS, math.ceil(MATCHED_SHARE * (len(rows) - len(boxes)))):
        if not by_number:
            return False
        pairs, boxes = _rows_run_as_the_tasks(prose, tasks, rows, mark), []
        if not pairs or _kept_apart(pairs, table.title, mark):
            return False
        matched = {id(row) for _, row in pairs}
        reworded = [(task, row) for task, row in pairs if not _same_title(task.title, row.title)]
    own = [(task, row) for task, row in pairs if _names_its_own(task)]  # read before any task takes a row's units
    pointer = _pointer_of_the_tasks(pairs, table.title, mark) if own else ""
    for task, row in pairs:
        _take_units(task, row, units=not _names_its_own(task))
    _say_the_rows_naming_others(prose, table, own)
    if boxes or any(task.number != row.number for task, row in pairs):
        _number_by_the_rows(prose, pairs, rows, {id(row) for row in boxes})
        prose.note(boxes[0].line if boxes else pairs[0][1].line, "outline",
                   f"the tasks are numbered by the 序号 of the attached table '{table.title}', which counts "
                   f"{len(boxes)} rows of the plan's boxes (专栏) as tasks: its rows cite the prose items they repeat")
        matched |= {id(row) for row in boxes}
    for row in rows:
        if id(row) not in matched:  # said, not guessed: a row repeating no task keeps its units out of the plan
            names = "、".join(a.name for a in row.assignments) or "no unit"
            prose.warnings.append(f"{table.source}:{row.line}: row {row.label} '{row.title}' of the attached table "
                                  f"'{table.title}' matches no task of the plan by number and title; its units "
                                  f"({names}) are not given to any task")
    if reworded:
        _say_the_reworded_rows(prose, table, reworded, mark)
        return True
    if own:
        _joined(prose, table, f"the units of {len(pairs) - len(own)} tasks are read from the attached table "
                f"'{table.title}'; the {len(own)} tasks naming their own units keep them (the rows' units are not "
                "added again)", f"the table's rows repeat the plan's tasks by number and title and the tasks naming "
                f"no unit send the reader to it ({pointer}), so the table is "
                "the plan's own 分工表, not a plan of its own")
        return True
    _joined(prose, table, f"the units of {len(pairs)} tasks are read from the attached table '{table.title}'",
            "the plan's text names no unit and the table's rows repeat its tasks by number and title, so the table "
            "is part of this plan, not a plan of its own")
    return True


def _kept_apart(pairs: list[tuple[Task, Task]], caption: str, mark: int | None) -> bool:
    """Whether a table whose rows repeat the tasks of `pairs` stays a plan of its own because those tasks name
    their units: an annotated plan followed by its 分工表 (an 实施意见 assigning its own measures) stays two plans —
    unless a task naming no unit sends the reader to this very table (_pointer_of_the_tasks)."""
    return _assign_their_own(pairs) and not _pointer_of_the_tasks(pairs, caption, mark)


def _pointer_of_the_tasks(pairs: list[tuple[Task, Task]], caption: str, mark: int | None) -> str:
    """The pointer at this table (`caption`, numbered `mark`, None when not known) closing a repeated task that
    names no unit (（具体分工见附件）), else "".

    An education 实施方案 annotates most of its tasks in the body (（责任股室：…；责任学校：…）), writes （具体分工见附件）
    after the few whose units it leaves to the table, and attaches a 任务分工表 repeating every task by number and
    title. The pointer from inside a task says the table is that plan's own 分工表: one plan, the pointing tasks taking
    their rows' units. A task naming no unit with no pointer says nothing of the kind (the plan keeps its table apart)."""
    for task, _ in pairs:
        if _names_its_own(task):
            continue
        pointer = next((m.group(0) for m in _POINTER.finditer(task.text) if _points_at(m, mark, caption)), "")
        if pointer:
            return pointer
    return ""


def _names_its_own(task: Task) -> bool:
    """Whether the task's text names a unit of its own (an annotation or a sentence naming a body)."""
    return bool(task.assignments or task.annotations)


def _say_the_rows_naming_others(prose: Plan, table: Plan, own: list[tuple[Task, Task]]) -> None:
    """A warning for each row naming a unit its task, which names its own, does not: the task keeps its text's units
    (the body is what the plan says; the table repeats it), and the difference is said, not settled by a guess. A
    name holding the other (各学校等 / 各学校) is the same body."""
    for task, row in own:
        named = [a.name for a in task.assignments]
        others = [a.name for a in row.assignments
                  if not any(a.name in name or name in a.name for name in named)]
        if others:
            prose.warnings.append(f"{table.source}:{row.line}: row {row.label} '{row.title}' of the attached table "
                                  f"'{table.title}' names {'、'.join(dict.fromkeys(others))}, which task "
                                  f"{task.label}{task.title} does not; the task keeps the units its text names")


def _rows_run_as_the_tasks(prose: Plan, tasks: list[Task], rows: list[Task], mark: int | None) -> list[tuple[Task, Task]]:
    """(task, row) by number alone, when the prose points at the table by its own number and the rows' 序号 run
    exactly as the prose's tasks; [] otherwise.

    An office retypes the 重点任务 cells of its 分工表, shortening or spelling out the prose titles (实施“三前”治理 /
    实施豇豆等重点品种“三前”治理, 推进行刑衔接 / 推进行政执法与刑事司法衔接), so fewer rows than the title match asks
    repeat their task by title. The number still ties them when the prose names the table by its attachment number
    (具体分工见附件1, the table printed under 附件1: a bare 见附件 or none does not do) and the rows are numbered as the
    tasks are — the same numbers, in the same order, each once: the table is the plan's 分工, row by row."""
    numbers = [task.number for task in tasks]
    if (len(rows) < MIN_MATCHED_ROWS or [row.number for row in rows] != numbers
            or len(set(numbers)) != len(numbers) or not _numbered_pointer(prose, mark)):
        return []
    return list(zip(tasks, rows))


def _numbered_pointer(plan: Plan, mark: int | None) -> str:
    """The words of `plan` pointing at attachment number `mark` (具体分工见附件1), in its own text or closing one of
    its tasks (the sentence sending to the table often ends the last task's paragraph), else ""."""
    if mark is None:
        return ""
    texts = _own_texts(plan) + [task.text for task in plan.tasks()]
    return next((m.group(0) for text in texts for m in _POINTER.finditer(text)
                 if _numbers_the_marks(m) and mark in _named_numbers(m)), "")


def _say_the_reworded_rows(prose: Plan, table: Plan, reworded: list[tuple[Task, Task]], mark: int | None) -> None:
    """The reading notes of a table folded by number alone: the fold, and each row whose task cell words its task
    otherwise than the prose (the task keeps the prose's title)."""
    pointer = _numbered_pointer(prose, mark)
    _joined(prose, table, f"the units of {len(prose.tasks())} tasks are read from the attached table "
            f"'{table.title}' by number", f"the plan's text names no unit, points at the table by its number "
            f"({pointer}), and the table's 序号 run exactly as its tasks' numbers, though {len(reworded)} of its rows "
            "word their task otherwise, so the table is part of this plan, not a plan of its own")
    for task, row in reworded:
        prose.note(row.line, "outline", f"row {row.number} of '{table.title}' words task {task.label}{task.title} as "
                   f"'{row.title}': the task keeps the prose's title, 分工表所列任务名称与正文表述不同，按序号对应")


def _assign_their_own(pairs: list[tuple[Task, Task]]) -> bool:
    """Whether a task the table's rows repeat names units of its own: an annotated plan followed by its 分工表 (an
    实施意见 assigning its own measures) stays two plans. Only the repeated tasks count: a 实施方案 whose tasks name no
    unit may still set the departments' duties out in a 部门职责 part (区城管局：负责…), paragraphs the table does not
    repeat, and those units say nothing of who leads the tasks the table gives out."""
    return any(task.assignments or task.annotations for task, _ in pairs)


def _rows_keyed_by_number(tasks: list[Task], rows: list[Task]) -> list[tuple[Task, Task]]:
    """(task, row) for each task a row names by number when every row's 任务序号 is task numbers only, no title
    (12—15 | 牵头单位 | 配合单位, 16、17 | …): a 责任分工 table of a 工作要点 gives out its tasks by number, several a row.
    [] when a row holds anything else, a number names no task or one printed twice, or fewer rows than a table's."""
    once = {t.number: t for t in tasks if [u.number for u in tasks].count(t.number) == 1}
    pairs = []
    for row in rows:
        numbers = task_numbers(row.title)
        if not numbers or any(n not in once for n in numbers):
            return []
        pairs += [(once[n], row) for n in numbers]
    return pairs if len(rows) >= MIN_MATCHED_ROWS else []


def _fold_keyed(prose: Plan, table: Plan, pairs: list[tuple[Task, Task]]) -> bool:
    """Give the prose's tasks the units of the rows naming their numbers; the table's lines above its header that give
    units by number too (1—5. X牵头，Y配合 / 第6、8项：X负责) give theirs (units_by_number.py). True: folded."""
    for task, row in pairs:
        _take_units(task, row)
    lines = [line for line in table.preamble.split("\n") if line.strip()]
    listed = give_units_from_lines(prose, pairs[0][1].line, table.title, lines, bare=True)
    _joined(prose, table, f"the units of {len(pairs)} tasks are read from the attached table '{table.title}'"
            + (", and of the tasks its lines above the table name by number" if listed else ""),
            "the plan's text names no unit and the table's 任务序号 cells name its tasks by number (ranges and lists "
            "included), so the table is part of this plan, not a plan of its own")
    return True


def _rows_matched(tasks: list[Task], rows: list[Task]) -> list[tuple[Task, Task]]:
    """(task, row) for each row repeating a task: the same number (the row's 序号, or the prose item its task cell
    cites: 6 | 5.壮大…) and the same title, or one the other's start."""
    free = list(tasks)
    pairs = []
    for row in rows:
        numbers = {row.number, *_cited_number(row)}
        task = next((t for t in free if t.number in numbers and _same_title(t.title, row.title)), None)
        if task is not None:
            free.remove(task)
            pairs.append((task, row))
    return pairs


def _cited_number(row: Task) -> list[int]:
    """The number of the prose item the row's task cell opens by citing (5.壮大电子信息制造业), if any."""
    citation = cited_item(row.text)
    return [citation.number] if citation is not None and not citation.box else []


def _cites_a_box(row: Task) -> bool:
    """Whether the row's task cell names a box of the prose (专栏1　数字基础设施重点工程): the box's own row."""
    citation = cited_item(row.text)
    return citation is not None and citation.box


def _number_by_the_rows(prose: Plan, pairs: list[tuple[Task, Task]], rows: list[Task], boxes: set[int]) -> None:
    """The table's rows as the plan's tasks: each matched task numbered by its row's 序号, each box row a task of
    its own after the task of the row above it (before the first task where it opens the table). A prose task no row
    repeats keeps its number (its row's absence is said by the caller's warning for rows, not here)."""
    task_of = {id(row): task for task, row in pairs}
    for task, row in pairs:
        task.number = row.number  # (its label stays the prose's: the number the document prints for it)
    after: Task | None = None
    waiting: list[Task] = []  # box rows before the first matched row
    for row in rows:
        if id(row) in task_of:
            after = task_of[id(row)]
            if waiting:
                _insert(prose, after, waiting, before=True)
                waiting = []
        elif id(row) in boxes:
            box = replace(row, group=after.group if after is not None else "")
            mark_from_attached_table(box)
            if after is None:
                waiting.append(box)
            else:
                _insert(prose, after, [box], before=False)
                after = box


def _insert(prose: Plan, beside: Task, new: list[Task], before: bool) -> None:
    """Put `new` into the section holding `beside`, just before or after it."""
    section: Section = next(s for s in prose.sections if any(t is beside for t in s.tasks))
    at = next(i for i, t in enumerate(section.tasks) if t is beside) + (0 if before else 1)
    section.tasks[at:at] = new


def _same_title(a: str, b: str) -> bool:
    a, b = _NOT_WORDS.sub("", a), _NOT_WORDS.sub("", b)
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return short == long or (len(short) >= MIN_PREFIX_CHARS and long.startswith(short))


def _take_units(task: Task, row: Task, units: bool = True) -> None:
    """The row's annotations stand at the end of the task's text, as a heading's covering annotation does (the
    task's text does not hold them); its assignments point at them; its deadlines join the task's. Without `units`
    (a task naming its own) only the deadlines are taken: the row repeats the units the task names."""
    written = {d.text for d in task.deadlines}
    task.deadlines += [d for d in row.deadlines if d.text not in written]
    if not units:
        return
    first = len(task.annotations)
    end = len(task.text)
    task.annotations += [Annotation(note.text, end, end) for note in row.annotations]
    task.assignments += [replace(a, annotation=a.annotation + first) for a in row.assignments]
