"""Text -> model: `parse_plan` reads one plan's text into Plan / Section / Task / Assignment.

The outline module finds the structure, the annotations module reads who is
responsible; this module ties them together and adds ids, titles and warnings.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
import typing
from itertools import takewhile

from ..model import Annotation, Assignment, Jurisdiction, Plan, PlanText, Task
from ..slug import plan_id
from .annotations import Reading, append_units, full_stops_as_written_in_full_width, read_task, same_as_above_at
from .annotations.finders import assigns_by_clause_subjects, states_a_change_of_units
from .annotations.name_lists import drafting_notes
from .attached_table import fold_attached_tables
from .group_units import give_named_groups_units, give_working_groups_units
from .units_by_number import covering_by_number, division_by_number, give_units_by_number
from .duties import (body_before_its_verb, duty_runs, give_block_heads, give_heading_units, group_reads_as_blocks, headed_blocks,
                     label_lines_head_blocks, read_unit_first,
                     unit_before_its_modal, unit_before_its_verb,
                     report_unnumbered_duties)
from ..words import lexicon
from ..words.columns import UNIT_COLUMN_KINDS, column_kind, column_name, names_unit_column
from ..words.deadlines import find_deadlines
from ..words.notices import (ARTICLES_KINDS, WORK_NOTICE_KINDS, ISSUER_END, MINUTES_KINDS, NOTICE_HEAD_LINE, REPORT_KINDS, TITLE_KINDS, issued_plan, issued_title,
                             may_title)
from .numbering import (RunningText, articles_glued_to_text, ascii_roman_parts_in_order, bare_part_labels,
                        labels_glued_to_figures, legal_parts_in_order, stem_groups_in_order, style_of,
                        units_before_their_number)
from ..words.names import town_named, unit_like
from ..words.script import SPACES_BETWEEN_IDEOGRAPHS
from ..words.labels import (CONTENT_FIELD, NAME_FIELD, POINT_MARK_END, UNNUMBERED, after_plan_citation, cited_item,
                            is_filing_number, label_of, without_content_field, without_leading_symbols)
from .lines import ABOVE, BELOW, Line, annotation_ends_line, first_annotation_at, items_a_count_covers, units_named
from ..numerals import parse_chinese
from .opening_subjects import give_opening_subjects
from .outline import build_outline
from .levels import group_titles_a_table_names
from .items import TASK_PARAGRAPH_MIN
from .printed_width import sentences_rejoined
from .records import (number_supplied_in, groups_closed_for_their_items, headings_over_items, headings_over_named_items, set_aside,
                      source_map, withdraw_heading_over_named_items_note)
from .attached_table import NO_TASK_FOUND
from .provenance import date_of, doc_number_of, jurisdiction_of
from .document_rules import DOCUMENT_RULES
from .every_task_note import give_every_task_notes
from .rules import apply_document_rules, report_lost_formatting_legends, signs_left_unread
from .script import give_back_as_written, to_simplified


def parse_plans(texts: list[PlanText]) -> list[tuple[PlanText, Plan]]:
    """The plans of the texts given (one document's, or every plan source's), each with the text it was read from: a
    附件 table giving out the units of the plan before it in its file, or of the plan its front matter names
    (part_of), is part of that plan, not a plan of its own (attached_table.py)."""
    plans = [parse_plan(pt) for pt in texts]
    _read_again_by_the_tables_titles(texts, plans)
    folded = fold_attached_tables(plans)
    for plan in folded:
        _assign_ids(plan)  # a plan numbered by its attached table's rows (attached_table.py) takes their anchors
    kept = {id(plan) for plan in folded}
    return [(pt, plan) for pt, plan in zip(texts, plans) if id(plan) in kept]


def _read_again_by_the_tables_titles(texts: list[PlanText], plans: list[Plan]) -> None:
    """Read a plan again where the 分工表 right after it in its file names its （一） group titles as its rows: the
    table says those titles are the tasks (levels.group_titles_a_table_names), which the plan's own text left open.
    The text is read twice, the first reading not reused: the table's titles are known only once both plans are read
    (the first reading of this plan gives its group titles, the next plan's its rows), and they change the outline's
    levels (levels.decide_levels), on which every later step of _parse_plan builds (tasks, their units, the rules,
    the warnings), each step changing the plan in place. A second reading, from the text, is the one that is sure to
    hold nothing of the first; it happens only for a plan followed by a 分工表 naming its titles."""
    for i, (pt, after) in enumerate(zip(texts, texts[1:])):
        titles = group_titles_a_table_names(plans[i], plans[i + 1]) if pt.source == after.source else frozenset()
        if titles:
            plans[i] = parse_plan(pt, titles)


def parse_plan(pt: PlanText, tabled: frozenset[str] = frozenset()) -> Plan:
    """The plan read from its text; a copy in traditional script is read in simplified script, its strings as written;
    `tabled`: the titles the rows of its attached 分工表 name (levels.group_titles_a_table_names)."""
    read = to_simplified(pt)
    plan = _parse_plan(read, tabled)
    if read.written:
        give_back_as_written(plan, read.written)
    return plan


def _parse_plan(pt: PlanText, tabled: frozenset[str] = frozenset()) -> Plan:
    plan = plan_header(pt)
    lines = _lines(pt, plan.title)
    issued = issued_title(plan.title, pt.lines[:_NOTICE_LINES])  # the plan's own title where a notice issues it
    work_notice = _work_notice(issued, pt.lines[:_NOTICE_LINES])
    build_outline(plan, lines, pt.printed_width, pt.unprinted, pt.notice_before_plan, work_notice, tabled)
    run_on = len([ln for ln in lines if not ln.clause]) - len({ln.number for ln in lines if not ln.clause})
    if run_on:
        plan.note(0, "outline", f"{run_on} items found inside lines that had lost their line breaks")
    subjects = _assigns_in_prose(plan, issued, pt.lines[:_NOTICE_LINES])
    if subjects:
        plan.note(0, "rule", "minutes: a task naming no unit apart from its wording is read from the bodies its "
                             "clauses open with (请X牵头，会同Y… / X要… / 责成X…)")
    readings = _task_readings(plan, subjects)
    for task in plan.tasks():
        _read_task(plan, task, readings[id(task)])
    _give_units_above(plan)
    _give_closing_block_to_the_groups_items(plan)
    _inherit_heading_units(plan)
    give_named_groups_units(plan)
    _give_units_below(plan)
    give_units_by_number(plan)  # a 职责分工 part giving units by task number: to the tasks naming none
    _give_part_lines_to_their_items(plan)  # 本部分任务均由X牵头 under a part's heading: the part's items naming none
    for line, text in pt.notes:
        plan.table_note(line, text)  # a table's rule (a matrix's legend, as read) among the rules applied
    # a covering notice may state how to read the plan's lists (列第一位的为牵头单位): its lines come first
    # (a PDF's text: each rule's sentence made whole again where the page broke it)
    # (a plan source keeps the notice's rule lines under its front matter's notice: key, numbered by that key's line)
    kept_line = pt.key_lines.get("notice") if pt.notice else None
    rule_lines = sentences_rejoined([(kept_line or i + 1, line) for i, line in enumerate(pt.notice)]
                                    + [(pt.first_line + i, line) for i, line in enumerate(pt.lines)], pt.printed_width)
    apply_document_rules(plan, rule_lines, DOCUMENT_RULES, kept_notice_line=kept_line)
    report_lost_formatting_legends(plan, rule_lines, pt.formatted)  # 标红的为牵头单位: applied where kept, else a warning
    _give_units_as_above(plan)  # after the rules: 同上 takes the units of the item above with the roles they read
    # duty lists written unit-first (一、县应急管理局：负责…): read after the document's rules, which are about lists
    # of units in annotations, not about the unit a duty is written under
    runs = duty_runs(plan)
    for task in plan.tasks():
        before_verb = None if task.label else unit_before_its_verb(task.text)  # 市财政局负责…, read once for both
        if read_unit_first(plan, task, before_verb, loose=id(task) in runs):
            task.title = _title_of(task.text, task.annotations) or task.annotations[0].text
            if before_verb or (not task.label and body_before_its_verb(task.text)):  # (石湾海事处负责…, no colon)
                task.title = _duty_after_its_unit(task)
    give_heading_units(plan)
    give_block_heads(plan)
    give_opening_subjects(plan)  # the last word: only tasks nothing above gave a unit
    # a note naming a body for every task of a scope (注：各区人民政府为本行动各项任务落实单位): added to what each names
    give_every_task_notes(plan, rule_lines)
    _title_modal_duties(plan)
    report_unnumbered_duties(plan)
    _report_headings_setting_bodies_aside(plan)
    _report_sections_naming_units_over_no_task(plan)
    _report_tables_left_as_text(plan)
    _report_header_cells_apart(plan, pt)
    _report_signs_left_unread(plan)
    _names_without_scan_spaces(plan)
    _assign_ids(plan)
    _check_numbering(plan)
    missing = issued_plan(plan.title, pt.lines[:_NOTICE_LINES]) if not plan.tasks() else ""
    if missing and not any(may_title(ln, missing) for ln in [*pt.notice, *pt.lines]):
        # a page holding only the covering notice of a plan (关于印发…的通知, 现将《X》印发给你们), the plan itself a
        # file to download: its own requirements (一、提高思想认识 …) are not the plan, and the plan is not there to read
        plan.warnings.append(f"{pt.source}:{pt.first_line}: the text of '{missing}' is not on the page, only the notice "
                             f"issuing it (the plan may be an attached file): no task read")
    elif not plan.tasks():
        plan.warnings.append(f"{pt.source}:{pt.first_line}: {NO_TASK_FOUND} '{plan.title}'")
    plan.warnings += _tables_run_on(pt)
    # (a notice read as a plan before the plan it issues keeps its own title: the issued title is the next plan's)
    if "title" not in pt.meta and issued != plan.title and not pt.notice_before_plan:
        # the notice's title line stays in the text, as the first line of the preamble (after its masthead and 文号)
        preamble = plan.preamble.split("\n") if plan.preamble else []
        # (a masthead taken for the title was itself the first line); only the head lines printed ABOVE the notice's
        # title: a 文号 printed under it (通知 / 某办发〔2025〕12号) opens the preamble too, but comes after the title
        above = takewhile(NOTICE_HEAD_LINE.match, (ln.strip() for ln in pt.lines if ln.strip()))
        head = 0 if NOTICE_HEAD_LINE.match(plan.title) else min(len(list(above)),
                                                                 len(list(takewhile(NOTICE_HEAD_LINE.match, preamble))))
        plan.preamble = "\n".join(preamble[:head] + [plan.title] + preamble[head:])
        plan.title = issued
    return plan


def _names_without_scan_spaces(plan: Plan) -> None:
    """Each unit's name without a space a scan set between two of its Chinese characters (街道城 管办; a unit named
    twice stays named twice, as the task writes it): no body's name holds one, and the body is the same one its other
    tasks name without it (one department page, not two)."""
    for task in plan.tasks():
        for a in task.assignments:
            a.name = SPACES_BETWEEN_IDEOGRAPHS.sub("", a.name)


_NOTICE_LINES = 30  # where a covering notice says what it issues

# 序号 then, within a header's length, a task column and a unit column: a task table's header row
_TABLE_HEADER = re.compile(
    "(?:" + lexicon.alternation(lexicon.TABLE_NUMBER_HEADS) + r")[^。；;，,]{0,24}?(?:"
    + lexicon.alternation(lexicon.TABLE_TASK_HEADS) + r")[^。；;，,]{0,40}?(?:" + lexicon.alternation(lexicon.TABLE_UNIT_HEADS)
    + ")")
_ROWS_AFTER_HEADER = 80  # characters of rows a header is followed by on its line when the table lost its breaks


def _tables_run_on(pt: PlanText) -> list[str]:
    """Warnings for task tables copied without their line breaks: the header (序号 重点任务 牵头单位 …) runs on inside a
    line into its rows. Their cells cannot be told apart any more, so the rows are not read as tasks; the reader says
    so rather than guess (a copy that keeps the table's breaks, or its document file, reads)."""
    out = []
    for i, line in enumerate(pt.lines):
        m = _TABLE_HEADER.search(line)
        if m and len(line) - m.end() >= _ROWS_AFTER_HEADER:
            out.append(f"{pt.source}:{pt.first_line + i}: a task table's header run on inside a line of text "
                       f"('{' '.join(m.group(0).split())[:30]}'): the table lost its rows when copied, its tasks are not read")
    return out


def plan_header(pt: PlanText) -> Plan:
    """The plan with its id, title, year, issuer and front matter, and no text read yet (history lists need no more)."""
    meta = dict(pt.meta)
    title = str(meta.pop("title", "") or pt.title)
    year = meta.pop("year", None) or year_of(title)
    pid = str(meta.pop("id", "") or plan_id(title, year))
    issuer = str(meta.pop("issuer", "") or issuer_of(title))
    head, tail = _edges(pt.lines)
    return Plan(
        id=pid,
        title=title,
        year=int(year) if year else None,
        issuer=issuer,
        # (no issuer in the title: the places it opens with, 南京市…三年行动方案（2024—2026年）)
        jurisdiction=_jurisdiction(meta.pop("jurisdiction", None), issuer or title, pid),
        doc_number=str(meta.pop("doc_number", "") or doc_number_of(head)),
        date=str(meta.pop("date", "") or date_of(tail) or _issuing_notice_date(pt.notice)),
        source_url=_source_url(meta.get("source")),
        source=pt.source,
        meta=meta,
    )


def _issuing_notice_date(notice: list[str]) -> str:
    """The date a covering notice is signed with, where the lines above the plan are a notice issuing a document (关于
    印发…的通知 / 现将《…》印发给你们): signed and dated above a long plan, its date is the plan's date of issue. Other
    lines above a title (a web page's publication date, a masthead) date no plan."""
    issues = issued_plan("", notice) or any(issued_plan(line, []) for line in notice[:_NOTICE_LINES])
    return date_of(notice) if issues else ""


def _source_url(source) -> str:
    """The original's address from front matter `source: {url: …}`; only http(s), never javascript: or data:."""
    address = str(source.get("url") or "") if isinstance(source, dict) else ""
    return address if re.match(r"https?://", address) else ""


_EDGE_LINES = 12  # a document's number sits just under its title, its date just after its signature


def _edges(lines: list[str]) -> tuple[list[str], list[str]]:
    """The first and last few non-empty lines of a plan's text: where a 发文字号 and a date of issue stand."""
    filled = [line for line in lines if line.strip()]
    return filled[:_EDGE_LINES], filled[-_EDGE_LINES:]


def _jurisdiction(given, issuer: str, pid: str) -> Jurisdiction:
    """The front matter's jurisdiction ({level, name} or a name) over what the issuer's name says."""
    read = jurisdiction_of(issuer, pid)
    if isinstance(given, str) and given.strip():
        given = {"name": given}
    if not isinstance(given, dict):
        return read
    name = str(given.get("name") or read.name).strip()
    level = str(given.get("level") or (read.level if name == read.name else jurisdiction_of(name, pid).level))
    jid = str(given.get("id") or (read.id if name == read.name else jurisdiction_of(name, pid).id))
    return Jurisdiction(id=jid, level=level, name=name)


# a line of a text that lost its line breaks holding a page chunk rather than a line of its own (a title, a signature)
_CHUNK_LINE_MIN = 40  # as numbering._RUN_ON_LINE: a shorter line holds no item after its first


def _lines(pt: PlanText, title: str) -> list[Line]:
    lines, title_left, head_lines = [], title.strip(), []
    running = RunningText([raw.strip() for raw in pt.lines])
    next_text = [""] * len(pt.lines)  # the next line with text after each line (a section's heading may end a line)
    for i in range(len(pt.lines) - 2, -1, -1):
        after = pt.lines[i + 1].strip()
        next_text[i] = after if after else next_text[i + 1]
    for offset, raw in enumerate(pt.lines):
        text = raw.strip()
        if not text:
            continue
        indent = len(raw) - len(raw.lstrip())
        if title_left:
            # the title is Plan.title, not preamble: a line of its own, two lines, or the head of a run-on line;
            # a notice's masthead and 文号 above it (某市人民政府办公室文件 / 某政办规〔2030〕3号) stay preamble; the
            # symbols a copy sets before the title (📖) are its dress, as Plan.title is read without them
            text = without_leading_symbols(text)
            if not lines[len(head_lines):] and NOTICE_HEAD_LINE.match(text) and not title_left.startswith(text):
                head_lines.append(text)
                lines.append(Line(pt.first_line + offset, text, label_of(text), indent))
                continue
            if title_left.startswith(text):
                title_left = title_left[len(text):].strip()
                continue
            if text.startswith(title_left) and len(text) > len(title_left):
                rest = text[len(title_left):]
                indent += len(text) - len(rest.lstrip())
                text = rest.strip()
            title_left = ""
        starts = [0, *running.split(text, next_text[offset]), len(text)]
        for a, b in zip(starts, starts[1:]):
            piece = text[a:b].rstrip()
            if piece:
                lines.append(Line(pt.first_line + offset, piece, label_of(piece), indent + a))
        if lines and lines[-1].number == pt.first_line + offset:
            lines[-1].spaced_end = raw.rstrip("\r\n")[-1:].isspace()
        if lines and running.on and len(text) >= _CHUNK_LINE_MIN:
            lines[-1].cut_by_copy = True  # a page chunk of a text that lost its breaks: its end is the copy's
    # 4 主要任务 over 4.1 / 4.1.1: a decimal plan's part (first: its 3.1 after a 1. list is a decimal, not task 3)
    # I. / IV、: a part where the parts count on to it
    glued = ascii_roman_parts_in_order([ln.text for ln in lines], [ln.label for ln in lines])
    glued = stem_groups_in_order([ln.text for ln in lines], glued)  # 甲、 / 乙、: groups where the stems count on
    glued = legal_parts_in_order([ln.text for ln in lines], glued)  # 壹、 / 贰、: parts where the capitals count on
    glued = bare_part_labels([ln.text for ln in lines], glued)
    glued = labels_glued_to_figures([ln.text for ln in lines], glued)  # 11.121人才…: task 11
    glued = articles_glued_to_text([ln.text for ln in lines], glued)  # 第六条市财政局…: the article after 第五条
    glued = units_before_their_number([ln.text for ln in lines], glued)  # 【责任单位：X】8.…: item 8, its units first
    for line, label in zip(lines, glued):
        line.label = label
    return lines


# the years a plan covers: 2025年, or a range 2024—2026年 / 2024-2026年 / 2024至2026年 (a three-year plan's), whose
# first year is the plan's
_YEARS = re.compile(r"((?:19|20)\d\d)\s*(?:年|[—–\-－~～至到]\s*(?:(?:19|20)\d\d)\s*年)")


def year_of(title: str) -> int | None:
    m = _YEARS.search(title)
    return int(m.group(1)) if m else None


def issuer_of(title: str) -> str:
    """The body before the year: "某市应急管理局2025年…" -> 某市应急管理局; a notice's "X关于…" -> X; "" where the years
    close the title in brackets (某市数字经济…三年行动方案（2024—2026年）: what stands before them is the title itself)."""
    m = _YEARS.search(title)
    issuer = title[: m.start()].strip() if m else ""
    if "关于" in issuer:
        return issuer.split("关于")[0].strip()
    return "" if TITLE_KINDS.search(issuer.rstrip("（( ")) else issuer


def _assigns_in_prose(plan: Plan, issued: str, head: list[str] = ()) -> bool:
    """Does the plan assign its work in prose, the bodies its clauses open with its units (minutes; rules in articles)?

    Minutes always do (their 督办清单's bare lists only repeat the items' subjects). A 细则 / 办法 does where its
    articles name no unit apart from their wording: the implementing plan of a 若干措施 titled …实施细则 closes its
    measures with brackets or labels (（责任单位：A、B） / 牵头部门：A) like the same text titled 分工方案, and those decide
    (a body a measure's sentence names, 省财政厅对…给予补助, is its wording). Written apart in at least half the tasks:
    the document's way, not a stray bracket in one article. A 督查 通报 makes its demands so too (三、整改要求 1.请X于…前…
    2.X要会同Y…), decided as a 细则 is: a 通报 issuing a list whose rows name their units is read by them. So does a
    notice on a piece of work (关于做好…工作的通知: 各地X部门要…，部Y司牵头…), decided the same way."""
    if MINUTES_KINDS.search(issued):
        return True
    if not (ARTICLES_KINDS.search(issued) or _reports(issued, head) or _work_notice(issued, head)):
        return False
    tasks = plan.tasks()
    apart = sum(1 for task in tasks if read_task(task.text, running_text=False).annotations)
    return 2 * apart < len(tasks)


def _work_notice(issued: str, head: list[str]) -> bool:
    """Is the document a notice on a piece of work (关于做好…工作的通知, WORK_NOTICE_KINDS)? Its title says so; where the
    title read is only the office's name, the title set under it over one or two lines (关于做好2026年春季农业生产 /
    工作的通知) does, its lines joined from the one opening with 关于."""
    if WORK_NOTICE_KINDS.search(issued):
        return True
    if not (NOTICE_HEAD_LINE.match(issued.strip()) or ISSUER_END.search(issued.strip())):
        return False
    lines = [line.strip() for line in head if line.strip()]
    for k, line in enumerate(lines):
        if line.startswith("关于"):
            return any(WORK_NOTICE_KINDS.search("".join(lines[k: k + n])) for n in (1, 2))
    return False


def _reports(issued: str, head: list[str]) -> bool:
    """Is the document a report to the bodies it inspected (…督查情况的通报)? Its title says so; where the title read is
    only a masthead or the office's name (江岚市人民政府办公室文件, the 通报's own title set over two lines under it),
    the head line that ends the title does."""
    if REPORT_KINDS.search(issued):
        return True
    if not (NOTICE_HEAD_LINE.match(issued.strip()) or ISSUER_END.search(issued.strip())):
        return False
    return any(REPORT_KINDS.search(line.strip()) for line in head)


def _task_readings(plan: Plan, subjects: bool) -> dict[int, Reading]:
    """Each task's reading, by id(task). A task's sentence naming its body with the plan's modal (X要会同Y…) gives that
    task's units (read_task(units_apart=True)) only where some task of the plan names its units apart from its wording
    (a bracket, a label, a units' sentence: Reading.named_apart) and the task itself names none so: there it is how
    such a task gives its units. Where no task does, the units are elsewhere (an attached 分工表) and the sentence is a
    measure's running text; a task whose own bracket names its units (县财政局要会同县发展改革委统筹安排资金。（责任单位：
    县住建局）) says who answers for it, its sentence telling how other bodies take part. Each task is read once; only a
    task holding 会同 and naming no unit apart, in a plan naming its units task by task, is read again with it."""
    tasks = plan.tasks()
    readings = {id(task): _task_reading(task, subjects) for task in tasks}
    if any(reading.named_apart for reading in readings.values()):
        for task in tasks:
            if lexicon.WITH_VERB in task.text and not readings[id(task)].named_apart:
                readings[id(task)] = _task_reading(task, subjects, units_apart=True)
    return readings


def _task_reading(task: Task, subjects: bool, units_apart: bool = False) -> Reading:
    reading = read_task(task.text, subjects=subjects, units_apart=units_apart)
    if not subjects and not reading.named_apart and assigns_by_clause_subjects(task.text):
        # a task whose sentence is a run of `；` clauses each opened by the body acting (an emergency plan's response
        # level) is read as minutes are, where that names a body the plain reading missed; a run whose subjects are
        # all read already (a table's 职责边界 cell beside its unit columns) keeps the roles its columns give. A task
        # whose bracket or label names its units (…市甲局要督促学校…；市乙局要督促医院…。（责任单位：市丙局）) says who
        # answers for it: its clauses tell how other bodies take part, and a sentence's subject is read only where
        # nothing else gives the task a unit (as opening_subjects reads a task's opening)
        said = read_task(task.text, subjects=True, units_apart=units_apart)
        if {a.name for a in said.assignments} - {a.name for a in reading.assignments}:
            reading = said
    return reading


def _read_task(plan: Plan, task: Task, reading: Reading) -> None:
    """Give the task what its reading says: annotations, units, title, deadlines; its notes and warnings to the plan."""
    task.annotations = reading.annotations
    task.assignments = reading.assignments
    task.title = _title_of(task.text, reading.annotations)
    plan.notes += reading.notes
    for offset, message in reading.warnings:
        line, column = _where(task, offset)
        plan.warnings.append(f"{plan.source}:{line}: task {task.label} " + message.replace("{column}", str(column)))
    task.deadlines = _deadlines(task.text, reading.deadlines)
    _report_numbers_out_of_place(plan, task)
    _report_drafting_notes(plan, task)


def _report_drafting_notes(plan: Plan, task: Task) -> None:
    """A draft for comment marks the units not yet settled (市X局（待定）, 牵头单位：待定): the names are read without the
    mark and 待定 names no unit (annotations.name_lists.drop_drafting_note); the reading says so, the responsibility
    being open in the text read."""
    for note in task.annotations:
        if note.end <= note.start:
            continue  # a heading's annotation given to the task: noted where it is written
        marks = drafting_notes(note.text)
        if marks:
            line, _ = _where(task, note.start)
            plan.note(line, "outline", f"line {line}: task {task.label or task.number} marks units as not yet settled "
                                       f"({'、'.join(dict.fromkeys(marks))}): names read without the marks; a value saying only so names no unit")


# a line of a task's text opening like a task number glued to a figure (11.121人才…), with units of its own
_GLUED_NUMBER_LINE = re.compile(r"\n(\d{1,3})[.．]\d")


def _report_numbers_out_of_place(plan: Plan, task: Task) -> None:
    """A line inside a task opening `N.<figure>` with an annotation of its own may be task N numbered out of sequence
    (…2. then 11.121人才梯队…（责任单位：…）): the numbering gave no place for it, so it was read as the task's text and its
    units as the task's; the reading says so, for an editor to correct, rather than guess the task."""
    if "\n" not in task.text or not task.annotations:
        return
    for m in _GLUED_NUMBER_LINE.finditer(task.text):
        if int(m.group(1)) <= task.number:
            continue  # 2.5万平方米… inside task 12: a figure; only a number ahead of the task's may be a task
        end = task.text.find("\n", m.end())
        end = len(task.text) if end < 0 else end
        if any(m.start() < a.start < end for a in task.annotations):
            line, _ = _where(task, m.start() + 1)
            plan.warnings.append(f"{plan.source}:{line}: task {task.label} holds a line opening "
                                 f"'{task.text[m.start() + 1: m.end() + 3]}' with units of its own: read as this task's text "
                                 f"(if it is task {m.group(1)}, its number is out of sequence)")


def _inherit_heading_units(plan: Plan) -> None:
    """Give each task naming no unit the units of the section or group heading above it, where the outline found the
    heading's annotation covering its items (一、强化科技创新（区科技局牵头） over （一） （二） measures;
    or the annotation on a line of its own under the heading, kept in the section's intro).

    The heading's annotation becomes the task's last annotation, zero-width at the end of its text (it is not
    written there), so the duty sheets list every measure under the heading's units; the section (or （一）
    group) keeps its heading as written and is titled without the annotation.
    """
    covering = set(headings_over_items(plan))
    over_named = set(headings_over_named_items(plan))
    for section in plan.sections:
        reading = _section_heading_reading(section) if ("section", section.line) in covering | over_named else None
        if reading is not None and not reading.assignments and ("section", section.line) in covering:
            _unit_heading_not_covering(plan, "section", section.line)
        elif reading is not None:
            reading, tasks = _scoped_by_number(plan, section.line, section.intro, reading, section.tasks)
            if ("section", section.line) in covering:
                _give_units(reading, tasks)
            elif label_lines_head_blocks(section):
                pass  # label lines heading blocks of duties: duties.give_block_heads reads them
            elif not _lead_over_named_items(plan, section.line, reading, tasks):
                _units_to_items_naming_none(plan, section.line, reading, tasks)
        blocks = None  # the section's headed_blocks, read once where a group asks
        for group in section.groups:
            if ("group", group.line) in covering and not read_task(group.text).assignments:
                _unit_heading_not_covering(plan, "group", group.line)
            elif ("group", group.line) in covering | over_named:  # its text: the heading's line and any line under it before the tasks
                reading = read_task(group.text)
                group.title = _title_of(group.text, reading.annotations)
                tasks = [t for t in section.tasks if t.group == group.label]
                reading, tasks = _scoped_by_number(plan, group.line, group.text, reading, tasks)
                if ("group", group.line) in covering:
                    _give_units(reading, tasks)
                elif group_reads_as_blocks(blocks := headed_blocks(section) if blocks is None else blocks, group):
                    pass  # label lines heading blocks of its duties: duties.give_block_heads reads them
                elif not _lead_over_named_items(plan, group.line, reading, tasks) and not (
                        give_working_groups_units(plan, group, reading, tasks)):
                    _units_to_items_naming_none(plan, group.line, reading, tasks)


def _section_heading_reading(section) -> Reading:
    """The units a section's heading names for its items: on the heading's line (the section then titled without
    them), or on a line of their own under it (the section's intro)."""
    reading = read_task(section.heading)
    if reading.assignments:
        section.title = _title_of(section.heading, reading.annotations)
        return reading
    return read_task(section.intro)


def _unit_heading_not_covering(plan: Plan, kind: str, line: int) -> None:
    """A heading the outline found covering its items whose words read no annotation: a unit's name and a colon alone
    on its line (一、县委宣传部： over 1.…… 2.……, a 成员单位职责清单's shape). Its colon made it "carry an annotation" (the
    unit-first duty's 县X局：) but no unit is read out of it as an annotation: it is a unit heading its duties, as the
    same heading without the colon is, and duties.give_heading_units gives them its unit (left out of the covering
    headings, which that reading passes over)."""
    covering = headings_over_items(plan)
    if (kind, line) in covering:  # text whose line breaks were lost may print two headings on one line: once is enough
        covering.remove((kind, line))


def _give_closing_block_to_the_groups_items(plan: Plan) -> None:
    """Each measure of a group heading whose block of label lines closes its last measure for all of them (the outline
    found it: levels._blocks_closing_numbered_on_groups) takes the units the last one read, zero-width at its end."""
    closed = set(groups_closed_for_their_items(plan))
    for section in plan.sections:
        for group in section.groups:
            if group.line not in closed:
                continue
            tasks = [t for t in section.tasks if t.group == group.label]
            if len(tasks) < 2 or not tasks[-1].assignments:
                continue
            for task in tasks[:-1]:
                if not task.assignments:
                    _copy_units(tasks[-1], task)
            plan.note(group.line, "outline", f"line {group.line}: the label lines closing item {tasks[-1].label} "
                                             f"cover items {'、'.join(t.label for t in tasks[:-1])} above it too")


# an annotation opening with a unit label (牵头单位：X / （牵头单位：X） / 【牵头单位】X)
_UNIT_LABEL_OPENING = re.compile(r"[\s（(【\[]*(?:" + lexicon.UNIT_LABEL + ")")


def _lead_over_named_items(plan: Plan, line: int, reading, tasks: list[Task]) -> bool:
    """A heading naming only the lead (牵头单位：X on the heading's line or under it) over items that each name their
    responsible or supporting units (责任单位：A、B / （C负责） / （D配合）): the two answer different questions, who leads
    the block and who does each item, so each item takes the heading's lead, zero-width at its end.

    任务分解 and 行动方案 name the lead once on the part's heading (（一）进企业（牵头单位：A、B）, 1.1 … / 牵头单位：X)
    and the bodies that do the work under each item. Now and then one item names a lead of its own (E会同F负责 /
    E牵头，F配合 / 牵头单位：E), or names the heading's lead in another role (X配合): that item keeps its own reading,
    the heading's lead still leads the others, item by item,
    as an item's own annotation overrides the heading's for that item only (_units_to_items_naming_none). Where some
    item names no unit, or the heading names more than a lead, the plain "some name their own" reading stands (which
    of the heading's other roles an item naming its own would join is not written). Only a labelled lead, a field of
    the heading as the items' 责任单位 are fields of theirs: a heading's verb annotation over measures naming their own
    units, 一、提升创新能力（区科技局牵头） / （一）…（区工业和信息化局负责）, sums up the part and is given to none."""
    if not reading.assignments or any(a.role != "lead" for a in reading.assignments):
        return False
    if not all(_UNIT_LABEL_OPENING.match(note.text) for note in reading.annotations):
        return False
    if not tasks or any(not t.assignments for t in tasks):
        return False
    # an item naming the heading's lead in a role of its own (市乙局负责，市甲局督促指导 under 牵头单位：市甲局) says
    # what that body does for it: it keeps that role, the body is not named twice
    leads = {a.name for a in reading.assignments}
    led = [t for t in tasks if not any(a.role == "lead" or a.name in leads for a in t.assignments)]
    if not led:
        return False  # every item names its own lead: the heading's lead sums up the part
    for task in led:
        append_units(task, reading)
    keeping = [t.label for t in tasks if t not in led]
    if keeping:  # (the outline said the heading's units go to none of its items: no longer so)
        withdraw_heading_over_named_items_note(plan, line)
    kept = f"; {'、'.join(keeping)} name their own lead and keep it" if keeping else ""
    plan.note(line, "outline", f"line {line}: the heading names only the lead and its items name their other units: "
                               f"each of {'、'.join(t.label for t in led)} takes the heading's lead{kept}")
    return True


# The roles of units that name no one leading or answering for an item: those helping it and those carrying it out below
_ROLES_ANSWERING_FOR_NOTHING = ("support", "implement")


def _carried_out_below(unit: str) -> bool:
    """'各街道' / '各乡（镇）' / '街道' (after 各镇、) / '凤栖镇人民政府' -> True: the bodies of the levels below a heading's, carrying its work
    out on the ground (lexicon.LOWER_LEVEL_KINDS after 各, or a town named by its place); '区城管局' -> False."""
    return ((unit.startswith(lexicon.EACH) and unit[len(lexicon.EACH):].startswith(lexicon.LOWER_LEVEL_KINDS))
            or unit in lexicon.LOWER_LEVEL_BARE or town_named(unit))


def _units_to_items_naming_none(plan: Plan, line: int, reading, tasks: list[Task]) -> None:
    """A heading's units over items of which some name units of their own: the items naming none, or only bodies
    helping (（X配合）) or carrying it out below (（各街道落实）), take the heading's units, zero-width at their ends; an
    item naming who leads or answers for it keeps its own.

    Plans put one annotation under a part's heading for all its items, （责任主体：A、B；配合单位：C） over 3. 4. 5., and
    still annotate a special item of the part on its own, 5.修订应急预案。（D牵头）: the heading's line speaks for the
    items that say nothing, the item's own annotation for that item. The reading report says which items took them.
    An item whose bracket only sends it down to the towns or streets to carry out, （各镇、街道负责落实）, says who does it
    on the ground, not who answers for it at the heading's level: the heading's lead still leads it, as a table's lead
    cell runs on over rows naming only their 落实单位. Only the lower levels so (_carried_out_below): a same-level
    bureau named to carry an item out (（区城管局落实）) is the item's own answering body, and it keeps it alone."""
    if not reading.assignments:
        return
    given = [t for t in tasks if all(a.role in _ROLES_ANSWERING_FOR_NOTHING for a in t.assignments)
             and all(_carried_out_below(a.name) for a in t.assignments if a.role == "implement")]
    if not given:
        return
    for task in given:
        append_units(task, reading, new_pairs_only=True)  # (an item's own helper the heading names too: once)
    # (the outline said the heading's units go to none, "some of them name their own": no longer so)
    withdraw_heading_over_named_items_note(plan, line)
    kept = [t.label for t in tasks if t not in given]
    # (every item may name none: a heading's units are then read for all of them, and no item keeps its own)
    keeping = f"; {'、'.join(kept)} name their own and keep them" if kept else ""
    plan.note(line, "outline", f"line {line}: the units of the heading go to its items {'、'.join(t.label for t in given)} "
                               f"naming none of their own{keeping}: 章节标题的责任单位适用于其下未标注的各项")


# A table printed under a heading whose columns name no unit (序号 | 职责类别 | 事项名称 | 具体内容: one body's own duty
# list, the body named by the title) is read as no tasks: its header and numbered rows stay the section's text. Say so,
# so an editor sees the rows were not read rather than finding them shown as a paragraph.
_TABLE_HEADER_LINE = re.compile(r"^\s*" + "(?:" + lexicon.alternation(lexicon.TABLE_NUMBER_HEADS) + r")[ \t\u3000]+\S+[ \t\u3000]+\S+")
_TABLE_ROW_LINE = re.compile(r"^\s*(\d{1,3})[ \t\u3000]+\S")
_TABLE_ROWS_MIN = 2  # numbered rows under the header that make it a table


def _names_a_unit_column(header: str) -> bool:
    """Does a cell of the header line name a column of units (牵头单位, 责任单位, 配合单位 …)? Read as the table
    reader reads a column's words (words/columns.py): a people column (牵头领导, 责任人) names no unit."""
    return any(names_unit_column(cell) for cell in header.split())


def _report_signs_left_unread(plan: Plan) -> None:
    """A list marking a name by a sign before it (责任单位：★省甲厅、省乙局) with no legend saying what the sign means
    (标注★的为牵头单位): the sign is taken off the name and the name keeps its label's role; the reader does not guess
    a lead from the sign (a matrix's marks have a common meaning, a sign in running text may mark a key item), but says
    which names it left so."""
    for task in plan.tasks():
        names = signs_left_unread(task)
        if names:
            plan.warnings.append(f"{plan.source}:{task.line}: task {task.label} a sign before {'、'.join(names)} that no"
                                 " legend explains (标注★的为牵头单位): read with its label's role (列表符号未说明含义)")


def _report_tables_left_as_text(plan: Plan) -> None:
    for section in plan.sections:
        header, rows = "", []  # the last header line met, and the numbered rows under it (one pass over the intro)
        for text in [*section.intro.splitlines(), ""]:
            row = _TABLE_ROW_LINE.match(text)
            if header and row:
                rows.append(row)
                continue
            if header and len(rows) >= _TABLE_ROWS_MIN and rows[0].group(1) == "1" and not _names_a_unit_column(header):
                plan.note(section.line, "outline", f"line {section.line}: a table under {section.label or section.title}"
                          f" ({header.strip()[:30]}, {len(rows)} rows) names no unit in its columns: its rows are kept "
                          "as the section's text, not read as tasks: 表格无责任单位列，未读作任务")
                break
            header, rows = (text if _TABLE_HEADER_LINE.match(text) else ""), []  # rows run on under their header


# A table whose cells an extractor gave column by column (序号 / 1 / 2 / 重点任务 / … / 牵头单位 / …) or otherwise apart
# from their rows is read by no table layout when its columns cannot be paired without guessing: its header cells are
# left standing alone on their lines among the plan's text (its closing, a section's text), the numbers dropped as
# page numbers. Two header cells of different kinds, one naming a unit column, alone on lines no task holds are a
# table the reader did not understand: it says so with the first one's line rather than show the cells as prose.
_HEADER_CELL_MAX = 8  # characters of a column's name standing alone on its line (牵头单位, 责任单位（部门）)
_HEADER_CELL = re.compile(r"[^\s。；;，,：:、]{1,%d}" % _HEADER_CELL_MAX)
_TABLE_COLUMN_KINDS = ("number", "task", *UNIT_COLUMN_KINDS)


def _header_cell_kind(text: str) -> str | None:
    """The column a line standing alone names (序号 number, 重点任务 task, 牵头单位 lead …), else None."""
    if not _HEADER_CELL.fullmatch(text) or text.endswith(lexicon.ATTACHED_TABLE_ENDINGS):
        return None  # (重点任务分工表 is the table's caption, no column)
    kind = column_kind(column_name(text))
    return kind if kind in _TABLE_COLUMN_KINDS else None


def _report_header_cells_apart(plan: Plan, pt: PlanText) -> None:
    untasked = {ln.strip() for text in [plan.preamble, plan.closing, *(t for s in plan.sections
                                                                     for t in (s.intro, s.closing))]
                for ln in text.split("\n")}
    cells = [(pt.first_line + i, text, kind) for i, text in enumerate(ln.strip() for ln in pt.lines)
             if text in untasked and (kind := _header_cell_kind(text))]
    kinds = {kind for _, _, kind in cells}
    if len(kinds) < 2 or not kinds & set(UNIT_COLUMN_KINDS):
        return
    line = cells[0][0]
    names = " / ".join(dict.fromkeys(text for _, text, _ in cells))
    plan.note(line, "outline", f"line {line}: a table not understood: its header cells {names} stand alone on their "
              "lines, apart from their rows (a table given column by column?); its cells are kept as text, not read "
              "as tasks: 表格未能按行读出，未读作任务")


def _report_headings_setting_bodies_aside(plan: Plan) -> None:
    """（一）党组成员、副局长 李某（分管甲股、乙股） over duties naming no unit: the bracket lists the leader's portfolio,
    not the duties' units (the annotation reader sets it aside). Whether the offices do the duties is not written, so
    none is given them; the reader says so with the heading's line, for an editor to decide."""
    for section in plan.sections:
        headings = [(section.heading, section.line, section.tasks)] + [
            (group.text, group.line, [t for t in section.tasks if t.group == group.label]) for group in section.groups]
        for text, line, tasks in headings:
            bare = [t.label for t in tasks if not t.assignments]
            aside = read_task(text.split("\n", 1)[0]).set_aside if bare else []
            for _, inner, reason in aside:
                plan.warnings.append(f"{plan.source}:{line}: the heading's bracket '{inner[:24]}' {reason}; "
                                     f"items {'、'.join(bare)} under it name no unit")


def _report_sections_naming_units_over_no_task(plan: Plan) -> None:
    """三、提升服务质量 / 加强养老护理员队伍建设。（省人社厅牵头，省民政厅配合）: a part of the plan holding no task, its text
    one paragraph, a sentence closed by an annotation (a 组织领导 part listing its bodies in its sentences is not), in
    a plan holding tasks (其他 parts count out 一是… tasks, say). One annotated paragraph under a heading is the heading's text (items._label_task_paragraphs); with no task under the
    heading and the heading no task itself, the units it names are given to none. Whether the paragraph is a task the
    layout does not say: the reader says where, for an editor to decide."""
    if not plan.tasks():
        return
    for section in plan.sections:
        if section.tasks or section.attached:
            continue
        paragraph = section.intro.strip()
        at = first_annotation_at(paragraph) if "\n" not in paragraph and annotation_ends_line(paragraph) else None
        named = units_named(paragraph) if at is not None and at >= TASK_PARAGRAPH_MIN else []
        if named:
            plan.warnings.append(f"{plan.source}:{section.line}: section {section.label}{section.title} holds no task, "
                                 f"but its text names units ({'、'.join(dict.fromkeys(named))}): they are given to "
                                 f"no task")


def _give_part_lines_to_their_items(plan: Plan) -> None:
    """A line under a part's heading, before its first item, naming the units of the whole part (本部分任务均由X牵头，
    Y配合，各县（市、区）人民政府负责落实。 / 以下各项任务由X负责 / 本节工作责任单位：X): each item of the part naming no
    unit takes them, zero-width at its end; an item with its own annotation keeps its own.

    Offices write the part's units once, at its head as often as at its end (where lines.ABOVE reads them); read
    last, so that anything more specific (a group heading's, an item's 下同, a 职责分工 clause by number) wins. The
    line must give its units by 由 or a unit label right after the scope: 以下任务，排在第一位的为牵头单位 is a rule,
    no list of units. The reading report says which items took them."""
    for section in plan.sections:
        bare = [t for t in section.tasks if not t.assignments]
        if not bare:
            continue
        found = next(filter(None, map(_part_line_reading, section.intro.split("\n"))), None)
        if found is None:
            _give_division(plan, section.line, section.intro, section.tasks)
            continue
        reading, numbers = found
        if numbers is not None:
            numbered = _items_numbered(plan, section.line, section.tasks, numbers)
            bare = [t for t in bare if t in numbered]
            if not bare:
                continue
        _give_units(reading, bare)
        plan.note(section.line, "outline", f"the line under heading {section.label}{section.title} speaking for the "
                  f"part's items gives its units to {'、'.join(t.label for t in bare)} naming none of their own")


def _give_division(plan: Plan, line: int, text: str, tasks: list[Task]) -> bool:
    """Does a line of `text` (under a heading, before its items) divide the heading's items between units clause by
    clause (第1项由X牵头，其余各项由Y牵头 / （本部分第1、2项任务由X牵头；第3项任务由Y牵头）)? Then each clause's units go
    to those of `tasks` its numbers name, those of 其余 to the items no clause names; an item with its own annotation
    keeps its own.

    Offices divide a part's few items in one line as often as they give them all one: read as one annotation, item 1
    took every clause's units and the rest none. The numbers are the part's items' (parts number their items again
    from 1); a number the part does not print once gives nothing (warned, _items_numbered)."""
    for written in text.split("\n"):
        below = BELOW.match(written)
        clauses = division_by_number(written[below.end():] if below else written)
        if not clauses:
            continue
        bare = [t for t in tasks if not t.assignments]
        named: set[int] = set()
        took: list[Task] = []
        for numbers, reading in clauses:
            if numbers is not None:
                items = _items_numbered(plan, line, tasks, numbers)
                named.update(id(t) for t in items)
                took += [t for t in items if t in bare]
                _give_units(reading, items)
        others = [t for t in bare if id(t) not in named]
        for numbers, reading in clauses:
            if numbers is None and others:
                _give_units(reading, others)
                took += others
        if took:
            plan.note(line, "outline", "the line under the heading divides its items by their numbers: "
                      f"{'、'.join(t.label for t in took)} take the units of their clause")
        return True
    return False


def _part_line_reading(line: str):
    """(the units, the printed numbers of the items it speaks for or None for all of them) of a line speaking for the
    part's items below it (本部分任务均由X牵头… / 本部分第4—7项任务，均由X牵头… / （第4—7项任务牵头单位：X）), else None.

    Offices give a run of the part's items one line by their numbers as often as the whole part by its name: the
    numbers are read as a covering line's after the items are (units_by_number.covering_by_number: ranges, lists),
    and the scope words are no unit's name."""
    m = BELOW.match(line)
    rest = line[m.end():] if m else line
    numbers, units_follow = None, False
    numbered = covering_by_number(rest)
    if numbered is not None and not _points_back(numbered[0].group(0)):
        opener, numbers = numbered
        rest = rest[opener.end():]
        # 第4—7项由X牵头 / 第4—7项：X负责: the opener took the 由 or colon; 第4—7项任务，均由X牵头: a comma and 均 before it
        units_follow = opener.group(0).rstrip().endswith(lexicon.NUMBERED_UNITS_OPENERS)
        if not units_follow:
            rest = _ALL_OF_THEM.sub("", rest, count=1)
    elif m is None:
        return None
    rest = rest.strip()
    if line.lstrip().startswith(("（", "(")) and rest.endswith(("）", ")")):
        rest = rest[:-1]  # the line's own bracket
    if rest.startswith("由"):
        rest = rest[1:]
    elif not units_follow and not _UNIT_LABEL_OPENING.match(rest):
        return None
    reading = read_task(f"（{rest}）")
    # prose under a heading, not an annotation, so every name must read as a body's (以下工作由县防指统一调度，…: the
    # verb 统一调度 is no role word, and 县防指统一调度 no body)
    if reading.assignments and all(unit_like(a.name) for a in reading.assignments):
        return reading, numbers
    return None


# ，均 / 都 between a line's numbered scope and the 由 of its units (第4—7项任务，均由X牵头)
_ALL_OF_THEM = re.compile(r"^\s*[，,]?\s*(?:均|都)?")


def _points_back(opener: str) -> bool:
    """Does a numbered scope point back at items above it (上述第1—4项 / 以上第3项)? Under a heading, before its items,
    such a line speaks of another part's items, not of those below it."""
    return opener.strip().lstrip("（(").strip().startswith(lexicon.NUMBERED_TASK_POINTERS_BACK)


def _items_numbered(plan: Plan, line: int, tasks: list[Task], numbers: list[int]) -> list[Task]:
    """The items among `tasks` printed with the numbers a line under their heading names (本部分第4—7项任务…: 4, 5, 6,
    7); [] with a warning where a number names no item of the part or one it prints twice: no guess which it means."""
    named = {n: [t for t in tasks if t.number == n and _ARABIC.search(t.label)] for n in numbers}
    unread = [n for n, found in named.items() if len(found) != 1]
    if unread:
        warning = (f"{plan.source}:{line}: the line under the heading names item {'、'.join(map(str, unread))}, which "
                   "its part does not print once: its units are given to no item")
        if warning not in plan.warnings:  # (the heading's reading and the part line's both ask)
            plan.warnings.append(warning)
        return []
    return [found[0] for found in named.values()]


def _scoped_by_number(plan: Plan, line: int, text: str, reading, tasks: list[Task]):
    """(units, items) of a heading over items whose text holds a line naming the items it speaks for by their numbers
    (（本部分第4—7项任务，均由X牵头，Y配合） / （第4—7项任务牵头单位：X）): that line's units, without its scope words,
    for those items alone (the part's other items take nothing from it); else the heading's reading and items."""
    if _give_division(plan, line, text, tasks):
        return read_task(""), []
    for written in text.split("\n"):
        found = _part_line_reading(written)
        if found is not None and found[1] is not None:
            return found[0], _items_numbered(plan, line, tasks, found[1])
    return reading, tasks


# （以上由X牵头，Y落实） / （上述各项工作均由X负责） / 以上两项责任单位：X: an annotation speaking for the items above it


def _give_units_above(plan: Plan) -> None:
    """An annotation on a line of its own that begins 以上 / 上述 covers the items before it that name no unit.

    Plans list a few numbered measures and close them with one line, （以上由县防指办牵头，各乡镇人民政府落实）:
    each measure since the last one naming a unit (in the same section and group) takes those units, zero-width
    at the end of its text, and the 以上由 is no part of the first unit's name. A count in the opener (以上两项责任单位：
    X / （以上三项）责任单位：X) says how many items the line covers, the last one among them: only that many take
    the units, and where fewer items above name none the reader warns. The reading report says so.
    """
    for section in plan.sections:
        open_tasks: list[Task] = []  # tasks naming no unit since the last that names one
        for task in section.tasks:
            if open_tasks and task.group != open_tasks[-1].group:
                open_tasks = []
            if not task.assignments:
                open_tasks.append(task)
                continue
            first, opener = _closing_run(task)
            if opener is not None:
                m, skip = opener.match, opener.skip
                run = task.annotations[first:]
                written = "".join(f"（{note.text[skip if at == 0 else 0:]}）" for at, note in enumerate(run))
                reading = read_task(written)
                if reading.assignments and opener.numbers is not None:
                    _give_units_by_their_numbers(plan, section, task, first, reading, opener)
                    open_tasks = [] if task.assignments else [task]
                    continue
                if reading.assignments and opener.glued:
                    # run on in the item's own paragraph, the sentence may speak for the item's own works (…一是…；
                    # 二是…。以上工作由X负责。) as well as for the items above: no guess, it stays the item's, and the
                    # reader says so where items above name no unit (their headings' or a 职责分工 part's units, read
                    # later, may still reach them)
                    if open_tasks:
                        plan.warnings.append(
                            f"{plan.source}:{task.line}: task {task.label} ends with a sentence speaking for the items "
                            f"above ({m.group(0).strip()}…) run on in its own paragraph: read as item {task.label}'s "
                            f"own units; items {'、'.join(t.label for t in open_tasks)} above name none (if it speaks "
                            "for them, write it on a line of its own)")
                    open_tasks = []
                    continue
                if reading.assignments:
                    covered = _counted_items_above(plan, task, open_tasks, m.group("count"))
                    in_turn = _listed_in_turn(written, reading, len(covered) + 1)
                    own = _with_one_of(reading, in_turn, len(covered)) if in_turn else reading
                    last = len(task.annotations) - 1
                    task.assignments = [a for a in task.assignments if a.annotation < first] + [
                        Assignment(name=a.name, role=a.role, annotation=min(first + a.annotation, last))
                        for a in own.assignments]
                    for k, item in enumerate(covered):
                        _give_units(_with_one_of(reading, in_turn, k) if in_turn else reading, [item])
                    plan.note(task.line, "outline", f"the annotation after item {task.label} ({m.group(0).strip()}…) "
                              f"covers items {'、'.join(t.label for t in covered) or '—'} above it too")
                    if in_turn:
                        plan.note(task.line, "outline", f"its units listed before 分别 ({'、'.join(in_turn)}) are "
                                  f"given one to each of items {'、'.join(t.label for t in covered + [task])} in "
                                  "turn: as many units as items")
            open_tasks = []


# （以上3项，A、B、C分别负责，D配合）: 分别 ("respectively") before a verb of answering, closing its clause
_IN_TURN = re.compile(lexicon.EACH_IN_TURN + "(?:" + "|".join(
    w for w, role in lexicon.VERB_ROLES.items() if role in ("responsible", "implement")) + ")$")
_CLAUSE_BREAKS = re.compile("[，,；;。]")


def _listed_in_turn(written: str, reading, items: int) -> list[str]:
    """The units a covering line lists before 分别负责, in their order, where they are as many as the items it covers
    (`items`, the item it closes among them); else [].

    （以上3项，市甲局、市乙局、市丙局分别负责，市丁局配合） after three items: 分别 (respectively) gives each listed unit
    its own item, the first the first, as a careful reader pairs them; the helpers named beside them go to every item.
    Only where 分别 and its verb close the clause (no work listed after the verb: 分别负责甲、乙 pairs units with those
    works) and the counts agree: a list of another length says nothing a reader can pair, and every item keeps every
    unit, as before. Nor where a listed unit is a collective (各乡镇卫生院、各村卫生室分别负责): each place or level does
    its own share of every item."""
    for clause in _CLAUSE_BREAKS.split(written.replace("（", "").replace("）", "")):
        if _IN_TURN.search(clause) is None:
            continue
        listed = sorted({a.name for a in reading.assignments if a.role in ("responsible", "implement")
                         and a.name in clause}, key=clause.find)
        collective = any(lexicon.EACH in name for name in listed)
        return listed if len(listed) == items > 1 and not collective else []
    return []


def _with_one_of(reading, listed: list[str], k: int):
    """The covering line's reading for the k-th item it covers: of the units listed before 分别, the k-th alone."""
    return dataclasses.replace(reading, assignments=[a for a in reading.assignments
                                                     if a.name not in listed or a.name == listed[k]])


def _give_units_by_their_numbers(plan: Plan, section, task: Task, first: int, reading, opener: _Opener) -> None:
    """A covering line naming its items by their printed numbers (上述第1—4项由X牵头… / （第9至12项责任单位：X） /
    第14项、第15项由X牵头…), read as the annotations of `task` from `first` on: its units go to the items of those
    numbers in the section that name none of their own, zero-width at their ends, not to the item it is written after
    unless that item is among them (as a covering line after an item always counts it, it then keeps its own units
    and takes the line's).

    Offices close a run of items, or a stretch of them further up (14、15 written after 16), with a line naming them by
    number; an item it names that has its own annotation keeps it. A number naming no item of the section, or one the
    section prints twice outside the run of items the line closes, is warned of: no guess which item it means."""
    numbers = opener.numbers
    # (an item printed with an Arabic number: 第3项 names no 三、 or （三）)
    named = {n: [t for t in section.tasks if t.number == n and _ARABIC.search(t.label)] for n in numbers}
    run = _numbered_run_up_to(section.tasks, task)
    named = {n: tasks if len(tasks) < 2 else [t for t in tasks if any(t is r for r in run)] for n, tasks in named.items()}
    unread = [n for n, tasks in named.items() if len(tasks) != 1]
    kept = [a for a in task.assignments if a.annotation < first]
    if task.number in numbers or unread:
        last = len(task.annotations) - 1
        kept += [Assignment(name=a.name, role=a.role, annotation=min(first + a.annotation, last))
                 for a in reading.assignments]
    task.assignments = kept
    opening = opener.match.group(0).strip()
    if unread:  # the numbers are not those of the part's items (sub-points of one task?): the item's own, as written
        plan.warnings.append(f"{plan.source}:{task.line}: the line after item {task.label} ({opening}…) names item "
                             f"{'、'.join(map(str, unread))}, which its part does not print once: read as item "
                             f"{task.label}'s own units")
        return
    given = [tasks[0] for tasks in named.values() if tasks[0] is not task and not tasks[0].assignments]
    _give_units(reading, given)
    plan.note(task.line, "outline", f"the line after item {task.label} ({opening}…) gives its units to the items it "
              f"numbers: {'、'.join(t.label for t in given) or '—'}"
              + (f", and item {task.label} itself" if task.number in numbers else f", not item {task.label}"))


_ARABIC = re.compile(r"\d")


def _numbered_run_up_to(tasks: list[Task], task: Task) -> list[Task]:
    """The items of the numbering `task` closes: it and the items above it whose numbers rise up to it, back to where
    the numbering last restarted.

    A part may number two runs of items from 1 (a 规划's 分工方案 prints, under each 一、 domain, （一）主要目标 1.–5.
    then （二）策略措施 1.–7.): a covering line after measure 3 naming 第2—3项 means the measures just above it, in its
    own run, not the goals of those numbers."""
    at = next((k for k, t in enumerate(tasks) if t is task), None)
    if at is None:
        return []
    start = at
    while start > 0 and tasks[start - 1].number < tasks[start].number:
        start -= 1
    return tasks[start : at + 1]


class _Opener(typing.NamedTuple):
    """The opener of a covering line (lines.ABOVE or units_by_number.covering_by_number): its match, how many of the
    annotation's first characters are the opener's, the printed numbers it names (None: the items above), and whether
    it is run on after a sentence of the item's own paragraph rather than on a line of its own."""
    match: re.Match
    skip: int
    numbers: list[int] | None
    glued: bool


def _closing_run(task: Task) -> tuple[int, _Opener | None]:
    """The item's last annotations that speak for the items above: (the index of the first, its _opener_above), or
    (len, None) where the item ends in no such run.

    The covering line is often a label written over two lines, as an item's own labels are (以上3项牵头单位：X /
    配合单位：Y): the run is the annotation opening with 以上 / 上述 and every annotation on a line of its own after
    it, up to the item's end. An annotation in the item's words (…。（X负责）) ends the search."""
    for at in range(len(task.annotations) - 1, -1, -1):
        note = task.annotations[at]
        opener = _opener_above(task, note)
        if opener is not None:
            return at, opener
        if not _on_a_line_of_its_own(task, note):
            break
    return len(task.annotations), None


# what may stand around an annotation alone on its line: its bracket, a closing stop
_BEFORE_A_LINE_ANNOTATION = re.compile(r"[ \u3000\t(（【\[]*")
_AFTER_A_LINE_ANNOTATION = re.compile(r"[ \u3000\t。；;，,.)）】\]]*")


def _on_a_line_of_its_own(task: Task, note: Annotation) -> bool:
    """Does the annotation stand alone on a line of the item's text (配合单位：Y / （配合单位：Y））, not in its words?"""
    line_start = task.text.rfind("\n", 0, note.start) + 1
    line_end = task.text.find("\n", note.end)
    line_end = len(task.text) if line_end < 0 else line_end
    return (line_start > 0 and _BEFORE_A_LINE_ANNOTATION.fullmatch(task.text, line_start, note.start) is not None
            and _AFTER_A_LINE_ANNOTATION.fullmatch(task.text, note.end, line_end) is not None)


def _opener_above(task: Task, note: Annotation) -> _Opener | None:
    """Where the annotation stands on a line of its own opening with 以上 / 上述 (lines.ABOVE) or with the printed
    numbers of the items it covers (上述第1—4项由 / （第9至12项责任单位：…）): the opener, else None.

    The line is written three ways: a bracket holding the opener (（以上由X牵头，Y落实）, the annotation the bracket's
    inside), a label with the scope glued before it (以上2项牵头单位：X, the scope in the annotation's text), or a
    sentence (以上2项由X牵头，Y配合。, the 由-clause read from its first unit on, the opener before the annotation).
    The line's words before the annotation must all be the opener's: a line that says more is no closing line.

    Offices also run the covering sentence on at the end of the last item's paragraph (…培育一批优势产品。以上任务由X牵头，
    Y配合。): a sentence opening so right after a full stop, the annotation closing the line, is read the same way
    (`glued`; a sentence of the item's own words before it)."""
    line_start = task.text.rfind("\n", 0, note.start) + 1
    # the annotation's text begins after its bracket, where it has one (its start is the bracket's)
    text_at = task.text.find(note.text, note.start, note.end) if note.text else -1
    starts = [(line_start, False)] if line_start > 0 else []  # (not the item's own first line)
    sentence = max(task.text.rfind(stop, line_start, note.start) for stop in _SENTENCE_STOPS) + 1
    if sentence > line_start and _closes_its_line(task, note):
        starts.append((sentence, True))
    for start, glued in starts:
        line = task.text[start:note.end]
        numbered = covering_by_number(line)
        m, numbers = numbered if numbered else (ABOVE.match(line), None)
        before = (text_at if text_at >= 0 else note.start) - start  # the line's characters before the text
        if m is not None and before <= m.end():
            return _Opener(m, m.end() - before, numbers, glued)
    return None


_SENTENCE_STOPS = "。！？!?"


def _closes_its_line(task: Task, note: Annotation) -> bool:
    """Does nothing but a stop or a bracket follow the annotation on its line?"""
    line_end = task.text.find("\n", note.end)
    line_end = len(task.text) if line_end < 0 else line_end
    return _AFTER_A_LINE_ANNOTATION.fullmatch(task.text, note.end, line_end) is not None


def _give_units_below(plan: Plan) -> None:
    """An annotation whose units end in 下同 (【责任科室：社会救助科，下同】) stands for the items after it naming no unit.

    工作要点 name an office once and leave the next items of the part bare, 下同 ("the same below") saying the office
    goes on; the plan's preamble often says so (标注“下同”的，本部分以下未标注事项由该科室负责). As 下同 after a rule
    reads the rule from there on, 下同 right after the last unit's name gives the annotation's units, zero-width at
    their end, to each item after it naming none, up to the next item naming its own or the section's end; the reading
    report says so. A 下同 closing a rule (…排在第一位的为牵头单位，下同) or a short name (以下简称X，下同) ends in no unit.
    """
    for section in plan.sections:
        carried = None  # (the reading of the 下同 annotation, the item it is on)
        for task in section.tasks:
            if task.assignments:
                carried = _same_below(task)
            elif carried is not None:
                reading, source = carried
                _give_units(reading, [task])
                plan.note(task.line, "rule", f"item {task.label} names no unit: the units of item {source.label} "
                                             "marked 下同 (the same below) stand for it")


def _give_units_as_above(plan: Plan) -> None:
    """An item whose annotation says only 同上 (（责任单位：同上） / （同上）) takes the units of the item right before it.

    County 要点 name a pair of offices once and write 同上 (the same as above) under the next item they do too. The
    units of the item before it stand for it, roles included (as the document's rules gave them there: 排在第一位的为
    牵头单位 made the first lead), zero-width at the end of its text; the reading report says so. Read in plan
    order, so a second 同上 after the first takes the same units again. An item before it naming no unit (or none
    before it at all) leaves 同上 saying nothing the reader can give: a warning, no guess further up.
    """
    previous: Task | None = None
    for task in plan.tasks():
        at = same_as_above_at(task.text) if not task.assignments else None
        if at is not None:
            if previous is not None and previous.assignments:
                _copy_units(previous, task)
                plan.note(task.line, "rule", f"item {task.label} says 同上 (the same as above): the units of item "
                                             f"{previous.label} stand for it, roles included")
            else:
                line, _ = _where(task, at)
                plan.warnings.append(f"{plan.source}:{line}: task {task.label} says 同上 (the same as above), but no "
                                     "item right before it names a unit: no unit given")
        previous = task


def _copy_units(source: Task, task: Task) -> None:
    """The units of `source`, each with its role, as the task's last annotations, zero-width at its end."""
    end = len(task.text)
    place: dict[int, int] = {}
    for a in source.assignments:
        if a.annotation not in place:
            place[a.annotation] = len(task.annotations)
            task.annotations.append(Annotation(text=source.annotations[a.annotation].text, start=end, end=end))
        task.assignments.append(Assignment(name=a.name, role=a.role, annotation=place[a.annotation]))


def _same_below(task: Task):
    """(the reading of its last annotation, the task) where that annotation ends 'X，下同' with X its last unit."""
    if not task.annotations:
        return None
    at = len(task.annotations) - 1
    text = task.annotations[at].text.strip().rstrip("。.")
    if not text.endswith(_SAME_BELOW):
        return None
    before = text[: -len(_SAME_BELOW)].rstrip()
    names = [a.name for a in task.assignments if a.annotation == at]
    if not names or before[-1:] not in "，,；;" or not _ends_with_unit(before[:-1].rstrip(), names[-1]):
        return None
    reading = read_task(f"（{before[:-1]}）")
    return (reading, task) if reading.assignments else None


_SAME_BELOW = lexicon.SAME_BELOW
_ROLE_VERBS = tuple(lexicon.VERB_ROLES) + tuple(lexicon.VERBS_AFTER_A_NAME)


def _ends_with_unit(clause: str, name: str) -> bool:
    """Does the clause before 下同 end with its last unit's name, maybe with the role verb after it? （责任处室：X，下同）
    and （X负责，下同） say the same (the units go on below); a rule's clause (…为牵头单位，下同) ends in no unit."""
    if clause.endswith(name):
        return True
    at = clause.rfind(name)
    tail = clause[at + len(name):] if at >= 0 else ""
    for adverb in lexicon.VERB_ADVERBS:
        tail = tail.removeprefix(adverb)
    return tail in _ROLE_VERBS


def _counted_items_above(plan: Plan, task: Task, open_tasks: list[Task], count: str | None) -> list[Task]:
    """The items above `task` its closing line covers: every one naming no unit (open_tasks), or, where the line
    counts them (以上两项 / 以上3项), the count less the item it closes, the nearest first. Fewer items naming no
    unit than the count asks for: the line is given to those there are, and the reader says so."""
    if count is not None and (int(count) if count.isdigit() else parse_chinese(count) or 0) - 1 > len(open_tasks):
        plan.warnings.append(f"{plan.source}:{task.line}: task {task.label} closes items counted {count}项 "
                             f"but only {len(open_tasks) + 1} above it name no unit of their own")
    return items_a_count_covers(open_tasks, count)


def _give_units(reading, tasks: list[Task]) -> None:
    """Each task naming no unit gets the heading's annotations (read in `reading`), zero-width at its end."""
    for task in tasks:
        if task.assignments:
            continue
        append_units(task, reading)


def _where(task: Task, offset: int) -> tuple[int, int]:
    """Source line and 1-based column of an offset in the task's joined text."""
    # a binary search of the line starts (in increasing order): a walk over all of them for each warning
    # was quadratic in a task of thousands of lines, each with a bracket warning
    entries = source_map(task)
    starts = task.__dict__.get("_source_starts")
    if starts is None or len(starts) != len(entries):
        starts = task.__dict__["_source_starts"] = [start for start, _, _ in entries]
    k = bisect.bisect_right(starts, offset)
    if k == 0:
        return task.line, offset + 1
    start, number, col = entries[k - 1]
    return number, col + offset - start + 1


# a task's text opening with the first point of its own list (a 具体措施 cell holding 1.开展…。2.组织…, set after the
# row's 序号): the marker is the cell's numbering, no word of the heading (1.5亿元 is a figure, kept); a heading running
# on into the second point (1.食品企业检查；2.添加剂检查) is the list itself and keeps its numbers
_OWN_FIRST_POINT = re.compile(r"^(?:1[.．、](?![0-9０-９])|[（(]1[)）]|①)\s*")
_SECOND_POINT = re.compile(rf"2[.．、]{POINT_MARK_END}|[（(]2[)）]|②")  # (…；2.2025年底前…: a point opening with its year)


def _without_article_label(title: str) -> str:
    """A 兑现清单's or 分工表's cell naming the article of the measure it lists (第1条　支持企业升规入统 / 第十二条 降低…):
    the row's 序号 numbers the task, the article label (as the outline reads one: set apart from its words) is no word
    of its title; 第1条规定的… runs on and is kept."""
    label = label_of(title)
    return label.rest.strip() if label is not None and label.style == "article" and label.rest.strip() else title


def _without_cited_item(title: str) -> str:
    """A 分工表's 任务 cell citing the item of the plan's prose it repeats (5.壮大电子信息制造业 / 专栏1　数字基础设施
    重点工程, under the row's own 序号, which counts the box rows too): the row's 序号 numbers the task, the citation is
    no word of its title, as an article label is not (`_without_article_label`). A cell listing its own points
    (2.加强…；3.开展…) or opening with a figure (1.5亿元) cites nothing and is kept."""
    citation = cited_item(title)
    return citation.rest.strip() if citation is not None and citation.rest.strip() else title


# a citation of the plan's chapter a 规划 分工方案 sets in the task's heading: in brackets closing it (加快铁路建设（规划第三章
# 第一节）。) or before it, set off by a colon or a space (《规划》第三章第二节：完善公路网络。); it refers to the plan's
# text and is no word of the title (the task's text keeps it)
_PLAN_CITATION_INSIDE = re.compile(rf"{lexicon.PLAN_CHAPTER_CITATION}")


def _without_plan_citation(title: str) -> str:
    """'加快铁路建设（规划第三章第一节）' / '《规划》第三章第二节：完善公路网络' -> the heading without the citation; a
    title that is nothing but the citation keeps it."""
    after = after_plan_citation(title)
    if after.strip():
        title = after
    if title.endswith(("）", ")")):
        opening = max(title.rfind("（"), title.rfind("("))
        if opening > 0 and _PLAN_CITATION_INSIDE.fullmatch(title, opening + 1, len(title) - 1):
            title = title[:opening].rstrip()
    return title


def _without_key_item_mark(title: str) -> str:
    """A title opening with the sign a list marks its key items by (★关于…的建议 where the notice says 重点督办的建议
    标注“★”): the sign is no word of the title; a title that is nothing but the sign keeps it."""
    rest = title.lstrip("".join(lexicon.KEY_ITEM_MARKS)).lstrip(" \u3000")
    return rest if rest and len(rest) < len(title) else title


def _title_modal_duties(plan: Plan) -> None:
    """县委宣传部要加强… / 县X局要会同县Y局…: a duty list's paragraph written with a modal after its unit is an item only
    there (items._label_unnumbered_duties labels it, no number); its units are the bodies it opens with, read as any
    task's opening subjects are (give_opening_subjects: 会同 gives the lead and its partners). Its title is the duty
    after the name, the modal kept, as `X负责…`'s is the duty after the name (_duty_after_its_unit). Only in a duty
    list, a section whose unnumbered items open `X负责…` too: unnumbered paragraphs read as items elsewhere (市X局要加强…
    under a heading of measures) keep their body in their title."""
    for section in plan.sections:
        unnumbered = [task for task in section.tasks if not task.label]
        if any(unit_before_its_verb(task.text) for task in unnumbered):
            _title_after_the_name(unnumbered)


def _title_after_the_name(tasks: list[Task]) -> None:
    for task in tasks:
        if not task.annotations:
            continue
        found = unit_before_its_modal(task.text)
        if found and task.annotations[0].start <= found[0] - len(found[2]):  # the bodies read open the paragraph
            task.title = _title_of(task.text[found[0]:], []) or task.title
            _heading_bodies_answer_for_their_duty(task)


def _heading_bodies_answer_for_their_duty(task: Task) -> None:
    """A duty list's paragraph `X、Y要配合做好…` is X's and Y's own duty, as every unit heading a duty list's paragraph
    answers for it (responsible): the 配合 says how they take part in the plan's work, no lead beside them in the
    paragraph; read as a task's opening subjects elsewhere, the same words make them supporters."""
    if task.assignments and all(a.role == "support" and a.annotation == 0 for a in task.assignments):
        task.assignments = [dataclasses.replace(a, role="responsible") for a in task.assignments]


def _duty_after_its_unit(task: Task) -> str:
    """The title of an unnumbered duty written `X负责…` in a duty list (市财政局负责落实补助资金): the duty after the
    unit, as for `X：负责…` (a heading sentence elsewhere keeps the body opening it as its subject, _title_of)."""
    lead = task.annotations[0].end
    after = [dataclasses.replace(a, start=a.start - lead, end=a.end - lead) for a in task.annotations[1:]]
    return _title_of(task.text[lead:], after) or task.title


# 第1号　　编号：2025-01 / 交办事项：X: a 交办单's number line holds nothing but the form's code (or nothing, under
# 交办单（第2号）), and the field naming the matter opens the next line (joined to the code's line where the lines
# were rejoined); the task's heading is that field's value
_FORM_HEAD = re.compile(r"(?:\s*(?:" + lexicon.alternation(lexicon.FORM_CODE_LABELS) + r")\s*[:：][ \t\u3000]*[A-Za-z0-9\-－—/._]*)?"
                        r"[ \t\u3000]*\n?(?=(?:" + lexicon.alternation(lexicon.NAME_FIELD_LABELS) + r")\s*[:：])")


def _form_head_end(text: str) -> int:
    """Where the heading starts in a form's text: after its number line's code field, at the field naming the matter."""
    m = _FORM_HEAD.match(text)
    return m.end() if m else 0


def _name_field_dressed(bracket: str) -> bool:
    """Is the 【】 opening the task a field's label dressed so (【改革任务】深化… / 【具体内容】…), not a run-in heading? Its
    value after it is the task's heading, stripped of the label as 改革任务：深化… would be (NAME_FIELD)."""
    dressed = bracket.strip(" \u3000") + "X"  # a character of value after the bracket, as the field patterns want one
    return bool(NAME_FIELD.match(dressed) or CONTENT_FIELD.match(dressed))


def _title_of(text: str, annotations: list) -> str:
    """The heading sentence: up to the first 。 (or the first annotation, if that comes sooner).

    An annotation that opens the task (1.【市应急局牵头】加强…) is skipped: the heading follows it; so are units'
    clauses set apart by commas, each a list and its role verb alone (（1）县X局牵头，县Y局配合，调集…: a response
    measure's units' clauses, then its action). A subject acting in its clause (市X局要会同市Y局，建立…) keeps it.
    """
    start = _form_head_end(text)
    for note in annotations:
        gap = text[start : note.start].strip()
        if (gap and not (start and gap in ",，")) or (_runs_on(text, note) and not (
                _comma_after(text, note) and _units_and_role_verb(text[note.start:note.end]))):
            break  # (a body opening the heading's sentence, 区X局负责做好…, is its subject: the heading keeps it)
        start = note.end
    run_in = _RUN_IN_BRACKETED_TITLE.match(text, start)
    if run_in and not _name_field_dressed(text[run_in.start():run_in.end()]):
        # 1.【抓好招商引资】全年引进…: a copy's bold run-in heading set in 【】, the text going on after it
        return _without_quote_marks(run_in.group(1).strip())
    end = len(text)
    stops = _stops_in_full_width(text)
    for stop in (stops.find("。", start), _line_break_ending_title(text, start), _annotation_ending_title(text, start, annotations)):
        if stop >= 0:
            end = min(end, stop)
    end = _proposal_kind_below(text, start, end, annotations)
    end = _regulation_kind_below(text, start, end)
    # (a line break inside stands only where a proposal's title ran on to its kind word, `_proposal_kind_below`)
    title = text[start:end].replace("\n", "").strip().lstrip("。；;,，: ：")
    title = _without_key_item_mark(title)  # ★关于…的建议: the mark of an item followed closely, no word of it
    # 1.项目名称：新材料产业园项目 / 督办事项一：推进…: the project or matter is the heading, not its label
    title = NAME_FIELD.sub("", title, count=1)
    title = without_content_field(title)  # 任务 1 / 具体内容：开展…: the card's field label, no word of the heading
    title = _without_article_label(title)  # 1 | 第1条　支持企业升规入统: the measure's article, set apart
    title = _without_cited_item(title)  # 6 | 5.壮大电子信息制造业 / 专栏1　…工程: the prose item the row repeats
    title = _without_plan_citation(title)  # 加快铁路建设（规划第三章第一节）: the plan's chapter it carries out
    if not _SECOND_POINT.search(title):  # a table cell's own list, 1.开展…。2.组织…: its first point heads the task
        title = _OWN_FIRST_POINT.sub("", title, count=1)
    if text.startswith("\n", end):
        title = title.rstrip(":：")  # 制定应急供水方案：/ ⑴… ⑵…: the colon opens the sub-points, it is no part of the heading
    if any(a.start == end and text[end: end + 1] not in "（(【[〔" for a in annotations):
        # 综合协调组：由X牵头，Y参加。 / 综合协调组：X牵头，Y参加。: the units' sentence after the title's colon; the 由
        # opening it (the units are read from after it) and the colon are no words of the title
        title = title.removesuffix(lexicon.AGENT_MARK).rstrip(":：")
    if any(a.start == end for a in annotations):
        # （1）动态调整清单；（X牵头）: the ； closes a point of an enumeration, not the heading's words; …的问题,由X会同Y
        # 负责落实。 / 做好油烟监管，X牵头，Y配合。: the clauses naming who acts leave their comma behind
        # (推进预算改革——县X局: the dash before the units too; 任务名称：X | 牵头单位：…: the bar a system's export
        # parts its fields with, as a ； would; 推进预算改革…………县X局: a 清单 typed as a 目录 leads to its units by dots)
        title = title.rstrip("；;,，—-─ \u3000｜|丨│")
        if any(a.start == end and text[end: end + 1] not in "（(【[〔" for a in annotations):
            # (an ellipsis closing the words before a bracket, 每月评比一次……（县爱卫办）, is the title's own)
            title = title.rstrip(lexicon.LEADER_DOTS + " \u3000")
    if end == len(text) and text.endswith(("；", ";")):
        # 市财政局负责落实补助资金； — a clause of a duties paragraph cut at its `；` (items._duty_clauses): the
        # clause's stop, as 。 would be, is no word of its title
        title = title.rstrip("；;")
    title = _PROPOSER_AFTER_TITLE.sub(r"\1", title)
    return _without_quote_marks(_without_ascii_full_stop(_FOOTNOTE_MARK.sub("", title)))


_BROKEN_TITLE_HEAD = re.compile("(?:" + lexicon.alternation(lexicon.MANNER_WORDS_BEFORE_A_VERB) + ")?(?:"
                                + lexicon.alternation(lexicon.VERBS_AWAITING_THEIR_OBJECT) + ")")


def _line_break_ending_title(text: str, start: int) -> int:
    """The line break closing the heading's sentence, -1 if none. A first line of a manner word and a verb awaiting
    its object (3.全面推行 / 告知承诺制，对…实行…。) was broken by a soft return in mid-sentence, not set as a title over
    its text: the sentence runs on into the next line, whose break (if any) closes it instead."""
    end = text.find("\n", start)
    head = text[start:end].strip()
    if (end >= 0 and _BROKEN_TITLE_HEAD.fullmatch(head) and re.match(r"[\u4e00-\u9fff“‘\"]", text[end + 1: end + 2])):
        return text.find("\n", end + 1)
    return end


def _stops_in_full_width(text: str) -> str:
    """The text whose 。 end the heading's sentence. A duty typed with ASCII stops throughout (1)做强主导产业.推动…增长
    10%,新增…20家.) ends its sentences with '.': with no 。 in its text, each '.' after a Chinese character before
    Chinese words, a space or the end is read as 。 (the annotations' own test of a stop); a decimal point (3.5%,
    PM2.5, 1.2万) stands after a figure or letter, an outline label (一.总体要求) opens its line, and neither ends it.
    A text that writes 。 keeps its stray '.' as words: it does not type its stops so."""
    return text if "。" in text else full_stops_as_written_in_full_width(text)


def _without_ascii_full_stop(title: str) -> str:
    """A duty typed with an ASCII period for its full stop (…进行对照检查. / …制度.（X配合）): the period closes the
    sentence, as 。 does, and is no word of the title. Only after a Chinese character or mark: after a figure or a
    Latin letter (提升至95. / 某某Co.) it may be the figure's or the abbreviation's own; after a percent sign (增长3%.)
    it is the sentence's."""
    if len(title) >= 2 and title.endswith(".") and (not title[-2].isascii() or title[-2] == "%"):
        return title[:-1].rstrip()
    return title


# a heading set in 【】 at the task's start with its text going on after it on the same line (公众号 copies render an
# item's bold run-in heading so: 1.【抓好招商引资】全年引进项目…); a bracket of units there is an annotation, skipped before
_RUN_IN_BRACKETED_TITLE = re.compile(r"[ \u3000]*【([^【】\n]{2,40})】(?=[ \u3000]*[^\s【])")


# a proposal's title broken before its kind word (关于推进…建设的 / 提案): the line ends in 的, which ends no title, and
# the next line opens with the kind (提案, 建议, 议案), perhaps followed by who raised it in brackets
_PROPOSAL_OPENING = re.compile(r"^.{0,24}?关于.{1,100}的$")
_KIND_LINE = re.compile(r"(?:" + lexicon.alternation(lexicon.PROPOSAL_KINDS) + r")(?:\s*[（(][^（）()\n]{1,30}[）)])?[ \u3000]*(?=\n|$)")


def _proposal_kind_below(text: str, start: int, end: int, annotations: list) -> int:
    """Where a proposal's title ends when a line break cut it before its kind word (关于…的 / 提案): after the kind's
    line; `end` otherwise (an annotation on the next line keeps the cut)."""
    if not text.startswith("\n", end) or not _PROPOSAL_OPENING.match(text[start:end].strip()):
        return end
    kind = _KIND_LINE.match(text, end + 1)
    if kind is None or any(end < a.start < kind.end() for a in annotations):
        return end
    return kind.end()


# a bill implementing a law broken after the law's name (某省实施《中华人民共和国…法》 / 办法（X起草）): the line ends
# in the cited name's 》 and the next line holds the bill's kind word alone, before its units' bracket or the line's end
_KIND_OF_REGULATION_LINE = re.compile(r"(?:" + lexicon.alternation(lexicon.REGULATION_KINDS) + r")(?=[（(]|[ \u3000]*(?:\n|$))")


def _regulation_kind_below(text: str, start: int, end: int) -> int:
    """Where a bill's title ends when a line break cut it after the law it implements (…《…法》 / 办法): after the kind
    word on the next line; `end` otherwise (a sentence of its own below, 推动各地制定…, keeps the cut)."""
    if not text.startswith("\n", end) or not text[start:end].rstrip().endswith("》"):
        return end
    kind = _KIND_OF_REGULATION_LINE.match(text, end + 1)
    return kind.end() if kind else end


# a footnote's mark set right after a word of the heading (实施“两区”①建设工程 / 深入实施“智改数转网联”①。): it
# points to a note at the page's foot, it is no word of the title (the task's text keeps it); a mark opening the
# heading or a run of marks (①② 两项) is not a footnote's
_FOOTNOTE_MARK = re.compile(r"(?<=[^\s\u2460-\u2473])[\u2460-\u2473](?![\u2460-\u2473])")


# 关于…的提案（九三学社市委） / 关于…的建议（李某某委员）: who raised a proposal, printed in a bracket after its title (read
# as no unit by the annotation reader), is no word of the title
_PROPOSER_AFTER_TITLE = re.compile(r"^(.{0,24}?关于.{1,100}的(?:" + lexicon.alternation(lexicon.PROPOSAL_KINDS)
                                   + r"))\s*[（(][^（）()]{1,30}[）)]$")


def _annotation_ending_title(text: str, start: int, annotations: list) -> int:
    """Where the first annotation after `start` that cuts the heading stands, -1 where none does: a bracket or a
    closing clause ends it; units named in the sentence's run with its action going on after them (对…建筑，由X牵头，Y配合，6月10日前
    完成认定工作) are part of the heading's words, which go on to the sentence's end."""
    # (a later clause may still close it: 县X局负责统一发布信息，县Y中心配合 keeps its subject, not its support)
    note = next((a for a in annotations if a.start >= start and not _runs_on(text, a)
                 and not _change_glued_to_its_items(text, a)), None)
    return -1 if note is None else note.start


def _change_glued_to_its_items(text: str, note) -> bool:
    """An adjustment notice's item naming the items it changes, then the change glued on with no stop, comma or
    bracket between (第9项“推进…”、第27项“实施…”配合单位中的“X”统一调整为“Y”。): the change is the sentence's predicate,
    the items its subject; the heading is the whole sentence, not the subject cut off before its verb. (A change clause
    opens only after a stop, a comma or the quote closing the items' names: the quote is the glued case.)"""
    glued = note.start > 0 and text[note.start - 1] in lexicon.CLOSING_QUOTES
    return glued and states_a_change_of_units(note.text)


def _units_and_role_verb(clause: str) -> bool:
    """县X局牵头 / 县Y局、县Z局配合: a clause naming bodies and closing on a role verb, nothing else (no modal, no
    会同 with partners after it)."""
    return clause.endswith(tuple(lexicon.VERB_ROLES)) and not any(
        w in clause for w in (*lexicon.SUBJECT_MODALS, lexicon.WITH_VERB))


def _comma_after(text: str, note) -> bool:
    """Is the annotation closed by a comma, its clause set apart from the action after it (县X局牵头，组织…)?"""
    return text[note.end: note.end + 1] in ",，"


def _runs_on(text: str, note) -> bool:
    """Units named in the run of a sentence that goes on after them (区X局负责做好… / …，由X牵头，Y配合，6月底前完成):
    not set apart from the heading's words as a bracket or a closing clause is."""
    return (text[note.start: note.start + 1] not in "（(【[〔" and text[note.end - 1: note.end] not in ":：，,；;。.．"
            and _SENTENCE_GOES_ON.match(text, note.end) is not None)  # (县X局：负责… is a duty's label, set apart)


_SENTENCE_GOES_ON = re.compile(r"(?:[，,]\s*)?[^\s。；;\n（(，,:：、]")


def _without_quote_marks(title: str) -> str:
    """A task quoting the report it splits (1.“全力抓项目扩投资。全年实施…。”): the heading sentence keeps the
    opening mark but not its closing one, which ends a later sentence; a heading wholly in quotes (“新建学校10所”)
    loses both. A quoted phrase inside the heading (“十大工程”全部开工) is the heading's own words."""
    if not title.startswith("“"):
        return title
    if "”" not in title:
        return title[1:].strip()
    if title.endswith("”") and title.count("“") == 1:
        return title[1:-1].strip()
    return title


def _deadlines(text: str, labelled: list[str]) -> list:
    found = []
    for piece in labelled + [text]:
        for d in find_deadlines(piece):
            if all(d.text != f.text for f in found):
                found.append(d)
    return found


def _assign_ids(plan: Plan) -> None:
    """task-N when numbers are unique in the plan, else task-S-N, else task-S-G-N (numbering restarts per group)."""
    tasks = [(s_index, task) for s_index, section in enumerate(plan.sections, start=1) for task in section.tasks]
    plan_wide = _unique([t.number for _, t in tasks])
    per_section = _unique([(s, t.number) for s, t in tasks])
    seen: set[str] = set()
    for s_index, task in tasks:
        section = plan.sections[s_index - 1]
        g_index = next((i for i, g in enumerate(section.groups, start=1) if g.label == task.group), 0)
        if plan_wide:
            task.id = f"task-{task.number}"
        elif per_section:
            task.id = f"task-{s_index}-{task.number}"
        else:
            task.id = f"task-{s_index}-{g_index}-{task.number}"
        base, n = task.id, 1
        while task.id in seen:  # a number repeated within one group still needs its own anchor
            n += 1
            task.id = f"{base}-{n}"
        seen.add(task.id)


def _unique(keys: list) -> bool:
    return len(keys) == len(set(keys))


def _last_item_of_intro(section, style: str) -> int | None:
    """The number of the last item of the style given among the section's text before its first task (an item set
    aside as no task: a framework or safeguard item naming no unit), None when there is none."""
    numbers = [label.number for line in section.intro.split("\n")
               if (label := label_of(line.strip())) is not None and label.style == style]
    return numbers[-1] if numbers else None


def _check_numbering(plan: Plan) -> None:
    # numbering may run on from items set aside as framework text (1.指导思想 2.工作目标 / 3.first task)
    # each numbering style keeps its own sequence: a （二） task among 1. 2. tasks does not break theirs
    start = max(set_aside(plan), default=0) + 1
    expected: dict = {}
    group = None
    for section in plan.sections:
        if section.label and (heading := label_of(section.label + "_")) is not None:
            # a section heading numbered in the same sequence as the single items beside it (一、 task, 二、 section,
            # 三、 task: levels._single_items_beside_sections)
            expected[heading.style] = heading.number + 1
        headings = sorted(((g.line, label_of(g.label + "_")) for g in section.groups if style_of(g.label)),
                          key=lambda h: h[0])
        at = 0
        for n, task in enumerate(section.tasks):
            while at < len(headings) and headings[at][0] < task.line:
                heading = headings[at][1]  # a group heading numbered in the same sequence as tasks beside it
                expected[heading.style] = heading.number + 1
                at += 1
            supplied = number_supplied_in(task).get("style")  # a number lost in its run, supplied by its place
            style = supplied or style_of(task.label) or ""
            if style in UNNUMBERED or not (task.label or supplied):
                continue  # numbered by its place in the plan (outline._number_unprinted_tasks): no sequence to check
            if is_filing_number(task.label):
                continue  # 第5号 … 第9号: the filing numbers of proposals, which jump by nature
            restarts = task.number == 1 and (n == 0 or task.group != group)
            if restarts:
                expected[style] = 1  # numbering restarts in each section or group
            elif n == 0 and (before := _last_item_of_intro(section, style)) is not None:
                expected[style] = before + 1  # its （一） read as the section's text (七、保障措施 （一）… / （二）task)
            group = task.group
            want = expected.get(style, start)
            if task.number != want:
                what = "repeats" if task.number < want else "skips"
                plan.warnings.append(
                    f"{plan.source}:{task.line}: task number {task.label} {what} the sequence (expected {want})"
                )
            expected[style] = task.number + 1
