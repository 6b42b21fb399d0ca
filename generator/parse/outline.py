"""Plan text -> outline: preamble, sections, (一) groups, numbered tasks with their continuation lines, closings.

Which numbering style marks sections, groups and tasks is decided per plan
from the styles it uses (一、 > (一) > 1. > (1) > ①) and whether their lines
read as short headings or as task paragraphs, so a two-level plan (一、 -> 1.),
a three-level one (一、 -> (一) -> 1.) and a 一、 -> (一) plan all parse.
The shape of the whole document then refines it: an item with numbered lines
under it heads them even when its line runs on (一、总体要求。以…); 一、 items
with nothing numbered under them are the tasks; where the annotations sit says
which level holds the duties (an annotation line closing the （一） item after its
1. 2. sub-points makes the （一） items the tasks), item by item where a section
mixes shapes; and 指导思想 / 基本原则 / 工作目标 items naming no unit are not tasks.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..model import Group, Plan, Section, Task
from ..words import lexicon
from ..words.names import unit_like
from .boxes import box_group, set_aside_boxes
from .numbering import ARTICLE_STYLES, STYLES, UNNUMBERED, Label, label_of, shown, style_of
from .printed_width import join_wrapped, printed_width, reaches_width

# 第一部分 总体要求 / 第二篇 / 第三章: a part of the document above its 一、 sections, never the words of a task
PART_HEADING = re.compile(r"^第[一二三四五六七八九十百]+(?:部分|篇|章|节)(?:\s|$|[:：、])")
# The colophon printed under an official document (附件：…；抄送：…；联系人：…；XX办公室  2025年3月10日印发): after the
# last item it closes the last task, even when the line above it (a unit list) has no closing punctuation to end it
COLOPHON = re.compile(r"^(?:(?:抄送|主送|抄报|分送|报送|附\s*件|联\s*系\s*人|联系电话|联系方式)\s*[:：]|.{0,30}?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发\s*$)")
# 附件：1.安全隐患排查台账 / 2.安全生产责任书: the list of what is attached, its entries numbered like tasks
_ATTACHMENT_LIST = re.compile(r"^附\s*件\s*[:：]\s*(?:(\d{1,2})\s*[.．、])?")
_ATTACHMENT_ENTRY_MAX = 40  # an attachment's name, not a task paragraph
_ENTRY_NOTE = re.compile(r"[(（][^()（）]*[)）]")


def _unlabel_attachment_lists(lines: list[Line]) -> None:
    """The entries of a list of attachments (附件：1.… then 2.… 3.… on the lines below) are no items of the outline.

    A plan or its notice ends by listing what it attaches; the entries after the first are numbered lines of their
    own and would read as tasks (a second task 2). The lines going on with the list's numbering, short and without
    a sentence, are plain text of the closing.
    """
    for i, ln in enumerate(lines):
        m = _ATTACHMENT_LIST.match(ln.text)
        # a notice's list may also stand under a bare 附件： line, its entries from 1. on the lines below (a notice whose
        # plan is not printed on the page: its list would otherwise be the only numbered lines, read as tasks)
        bare = m is not None and not m.group(1) and m.end() == len(ln.text.rstrip())
        if not m or not (m.group(1) or bare):
            continue
        expected = int(m.group(1)) + 1 if m.group(1) else 1
        for nxt in lines[i + 1:]:
            label = nxt.label
            # an entry's bracketed note (（…考核指标框架、…成员名单）) is no part of its length
            name = _ENTRY_NOTE.sub("", label.rest.strip()) if label else ""
            if (label is None or label.style != "arabic" or label.number != expected
                    or len(name) > _ATTACHMENT_ENTRY_MAX or "。" in label.rest or _has_annotation(label.rest)):
                break
            nxt.label = None
            expected += 1


# 1.1编制目的………………(4) / 3.2.1信息报告……………(15): an entry of a table of contents, its leader dots running to
# the page number; the numbers are the headings' (printed again below), so the entries are no items of the outline
# (the leader may mix ellipses and dots where the copy kept both: ……………..…6)
_CONTENTS_ENTRY = re.compile(r"(?:[…⋯][…⋯.·．・]+|[.·．・]{4,}|-{6,})\s*[(（]?\s*\d{1,3}\s*[)）]?\s*$")


def _unlabel_contents_entries(lines: list[Line]) -> None:
    """The numbered entries of a table of contents (目录, each entry's dots leading to its page) are plain text."""
    for ln in lines:
        if ln.label and _CONTENTS_ENTRY.search(ln.text):
            ln.label = None


# The covering notice of a plan it issues: "现将《…》印发给你们，并就有关事项通知如下：一、高度重视… 二、…", signed and
# dated (…办公厅 / 2023年1月12日) before the plan's own title. Its numbered requirements ask nothing of a named unit.
_ISSUING = re.compile(r"(?:印发|转发|下发)(?:给)?你们"
                      # or the document issued named in title marks, with another verb (现将《…》分解下达，请…)
                      r"|(?:现将|将|把)《[^》]{2,80}》[^。；：]{0,12}?(?:" + lexicon.alternation(lexicon.NOTICE_ISSUING_VERBS) + ")"
                      # or the tasks handed down in an attachment, then 通知如下 (…逐项分解下达。现将有关事项通知如下：)
                      r"|(?:" + lexicon.alternation(lexicon.NOTICE_HANDING_DOWN_VERBS) + r")[^：:]{0,50}?通知如下")
_NOTICE_OPENING = re.compile("(?:" + lexicon.alternation(lexicon.NOTICE_OPENINGS) + ")[：:]?\\s*$")
_NOTICE_DATE = re.compile(r"^\s*(?:\d{4}|[一二三四五六七八九十〇○零]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日\s*$")
_NOTICE_REACH = 60  # lines from the issuing sentence to the notice's date
_NOTICE_ITEMS_MAX = 6
_NOTICE_ALONE_MAX = 12  # requirements in two levels; a plan holds more
# a line that is a document's title: no stop in it, ending in a kind of document (…河道保洁工作方案)
_DOCUMENT_TITLE = re.compile(r"^[^。；;，,：:]{4,60}(?:" + lexicon.alternation(lexicon.INTERPRETED_KINDS) + r")$")
# the office signing the notice, on the line above its date
_SIGNATURE = re.compile(r"(?:委员会|人民政府|政府|办公室|办公厅|指挥部|领导小组|局|厅|委|办|部|中心|党委|党组)(?:[(（]章[)）])?$")


def _unlabel_notice_requirements(lines: list[Line]) -> None:
    """The numbered requirements of a notice issuing the plan, between its issuing sentence and its date, are text.

    A page may give the notice (…印发给你们，并就有关事项通知如下：一、… 二、… 三、…, then the office and the date)
    above the plan it issues; the plan's own title may be cut or missing. Numbered lines in that span naming no
    unit are the notice's requirements, not tasks. Where any of them names a unit, the span is left as it is, but
    for a minority of a notice issuing a document named in title marks (a requirement naming its overseer). The
    plan may be handed down with other words (现将《…》分解下达; …逐项分解下达。现将有关事项通知如下：), and a notice
    opening only with 通知如下 is read so where a plan numbering afresh follows its date.
    """
    start = next((i for i, ln in enumerate(lines) if _ISSUING.search(ln.text)), None)
    # a notice opening its body with 现就有关事项通知如下： names no plan it issues; its items are its requirements
    # only where a plan restarts the same numbering after its date (below)
    opening = start is None
    if opening:
        start = next((i for i, ln in enumerate(lines) if _NOTICE_OPENING.search(ln.text)), None)
    if start is None or any(ln.label and _has_annotation(ln.text) for ln in lines[:start]):
        return
    end = next((i for i in range(start + 1, min(len(lines), start + _NOTICE_REACH)) if _NOTICE_DATE.match(lines[i].text)), None)
    if end is None:
        return
    signed = end - 1 > start and _SIGNATURE.search(lines[end - 1].text) and len(lines[end - 1].text) <= 30
    # a copy that lost the signature: the notice's 附件： line just above its date closes the notice as well
    signed = signed or (end - 1 > start and bool(_ATTACHMENT_LIST.match(lines[end - 1].text)))
    span = [ln for ln in lines[start + 1 : end] if ln.label]
    # a notice asks a few things at one level (一、 二、 三、); a plan printed inside the notice would hold more. But
    # where nothing numbered follows the notice's date, the plan it issues is not on the page (a file to download):
    # its requirements are all the outline there is, at any number of levels (一、加强组织领导 over 1. 2.)
    # (not where the plan itself stands in the span under its title line, the signature moved below it)
    alone = (not any(ln.label for ln in lines[end + 1 :]) and len(span) <= _NOTICE_ALONE_MAX
             and not any(_DOCUMENT_TITLE.search(ln.text) for ln in lines[start + 1 : end] if not ln.label))
    # an item names a unit on its own line or on the label lines under it (牵头单位：县X局)
    blocks: list[list[Line]] = []
    for ln in lines[start + 1 : end]:
        if ln.label:
            blocks.append([ln])
        elif blocks:
            blocks[-1].append(ln)
    annotated = sum(1 for block in blocks
                    if any(_has_annotation(ln.text) or _LABEL_LINE.match(ln.text) for ln in block))
    # A requirement may name the office that oversees it (三、强化督查考核。…（县政府督查室负责）): where the notice
    # issues a document named in title marks, the plan is that document, and a minority of its requirements naming
    # a unit does not make them its tasks (a plan printed in the notice has its tasks, most of them, annotated).
    named = "《" in lines[start].text
    if opening:
        # the notice signed and dated, then a plan numbering afresh at the notice's own level (一、 again), its items
        # naming units: two documents, the first the notice (its 一、二、 ask, they are no tasks of the plan)
        after = [ln for ln in lines[end + 1 :] if ln.label]
        restarts = (bool(span) and bool(after) and after[0].label.style == span[0].label.style
                    and after[0].label.number == 1 and any(_has_annotation(ln.text) for ln in after))
        if not restarts:
            return
        named = True
    if (signed and span and (alone or (len(span) <= _NOTICE_ITEMS_MAX and len({ln.label.style for ln in span}) == 1))
            and (not annotated or (named and 2 * annotated < len(span)))):
        for ln in span:
            ln.label = None


_TERMINAL = re.compile(r"[。！？!?；;)）〕】」』”》]\s*$")
_HEADING_MAX = 40
# A line that starts with a responsibility or deadline label (牵头单位: …) belongs to the task above it; so does a
# line of another of the task's fields (成果形式：改革方案), which is not run on into the units' line above it
_LABEL_LINE = re.compile("^" + lexicon.LABEL_MODIFIER + "(?:" + lexicon.UNIT_LABEL + "|" + lexicon.DEADLINE_LABEL + r")\s*" + lexicon.LABEL_COLON
                         + "|^(?:" + lexicon.FIELD_LABEL + r")\s*[:：]"
                         + "|^[^:：，,。；;]{0,6}(?:" + "|".join(lexicon.PERSON_LABEL_HEADS) + r")\s*" + lexicon.LABEL_COLON)


@dataclass
class Line:
    number: int  # source line number
    text: str  # stripped
    label: Label | None
    indent: int = 0  # characters before `text` in the source line
    parent: bool = False  # the next numbered line is of an inner style (set by build_outline)
    role: str | None = None  # "group", "task" or "text" where this item departs from its level (build_outline)


def source_map(task: Task) -> list[tuple[int, int, int]]:
    """(offset in Task.text, source line, column of that offset in the line) for each line the text came from."""
    return task.__dict__.setdefault("_source_map", [])


def readings(plan: Plan) -> list[str]:
    """How the outline was read where it departs from the plain shape ("tasks at …"): the plan's outline notes."""
    return [n.text for n in plan.readings if n.kind == "outline"]


def set_aside(plan: Plan) -> list[int]:
    """Numbers of the items read as framework text, not tasks (the task numbering may run on from them)."""
    return plan.__dict__.setdefault("_set_aside", [])


def part_headings(plan: Plan) -> list[tuple[int, str]]:
    """(source line, title) of each 第X部分 / 第X篇 / 第X章 heading read as a part of the document above its sections."""
    return plan.__dict__.setdefault("_part_headings", [])


def headings_over_items(plan: Plan) -> list[tuple[str, int]]:
    """("section" or "group", source line) of each heading whose annotation covers the items under it (_heading_over_items)."""
    return plan.__dict__.setdefault("_headings_over_items", [])


@dataclass
class Levels:
    section: str | None
    group: str | None
    task: str | None


def heading_like(label: Label) -> bool:
    rest = label.rest.strip()
    return len(rest) <= _HEADING_MAX and "。" not in rest.rstrip("。")


def _headings(items: list[Line]) -> float:
    """The share of items that read as headings: short lines, or items with numbered items of their own.

    A run-in heading (一、总体要求。以习近平…) is long, but the numbered lines under it show it
    heads a part of the document; an item with no numbered lines under it is a heading only when short.
    """
    return sum(heading_like(ln.label) or ln.parent for ln in items) / len(items)


def _by_style(lines: list[Line]) -> dict[str, list[Line]]:
    by_style: dict[str, list[Line]] = {}
    for ln in lines:
        if ln.label:
            by_style.setdefault(ln.label.style, []).append(ln)
    return by_style


def _mark_parents(lines: list[Line]) -> None:
    """Items whose next numbered line is of an inner style have numbered items of their own."""
    labelled = [ln for ln in lines if ln.label]
    for a, b in zip(labelled, labelled[1:]):
        a.parent = STYLES.index(b.label.style) > STYLES.index(a.label.style)


def section_style(lines: list[Line]) -> str | None:
    """The style of section heads: 一、 when present (and short), else an outer style of short headings."""
    by_style = _by_style(lines)
    order = [s for s in STYLES if s in by_style]
    if not order or not any(ln.parent for ln in by_style[order[0]]):
        # no numbered line under any of them: short 一、 headings with their text on the next lines are the tasks
        return None
    if order[0] == "cn" or (len(order) > 1 and _headings(by_style[order[0]]) >= 0.8):
        if _headings(by_style[order[0]]) >= 0.5:
            return order[0]
    return None  # long 一、 paragraphs are tasks, not sections


def inner_levels(lines: list[Line], outer: str | None) -> Levels:
    """Group and task styles among the lines of one section (or of a plan without sections)."""
    by_style = _by_style(lines)
    order = [s for s in STYLES if s in by_style and s != outer]
    if outer:
        order = order[order.index(outer) + 1 :] if outer in order else [s for s in order if STYLES.index(s) > STYLES.index(outer)]
    group = task = None
    if len(order) > 1 and _headings(by_style[order[0]]) >= 0.8:
        group = order.pop(0)
    if order:
        task = order[0]
    return Levels(outer, group, task)


_BARE_HEADING_MAX = 12  # 重点工作举措, 主要目标指标: a part's name, not a duty


def _measures_under_bare_headings(plan: Plan, chunk: list[Line], levels: Levels) -> Levels:
    """Where every item of the task level is a bare heading and the level below carries the annotations, the
    level below holds the tasks (decided for each section).

    An action plan writes four levels: （一）实施产业链提升行动 → 1.主要目标指标 (its targets in a paragraph) and
    2.重点工作举措 → （1）健全链长制。…（X牵头，Y配合） （2）…. The 1. 2. lines are short names of parts with no
    stop and no unit: frame, not tasks (targets are no task, 重点工作举措 a heading). The （1） measures, most of
    them annotated on their own lines, are the tasks; the 1. lines become text of their （一） group.
    """
    if not levels.group or not levels.task or levels.task == "article":
        return levels  # with no （一） level, bare 1. headings are already read as the groups
    heads = [ln for ln in chunk if ln.label and ln.label.style == levels.task]
    if len(heads) < 2 or not all(_bare_heading(ln) for ln in heads):
        return levels
    below = [s for s in STYLES[STYLES.index(levels.task) + 1:] if any(ln.label and ln.label.style == s for ln in chunk)]
    if not below:
        return levels
    measures = _group_items([ln for ln in chunk if not (ln.label and ln.label.style == levels.task)], below[0])
    annotated = sum(1 for item in measures if any(_has_annotation(ln.text) for ln in item))
    if len(measures) < 2 or 2 * annotated < len(measures):
        return levels
    plan.note(heads[0].number, "outline", f"line {heads[0].number}: the {shown(levels.task)} lines of this section are "
                                          f"bare headings; the {shown(below[0])} measures under them are the tasks")
    for ln in heads:
        ln.role = "text"
    _targets_under_bare_headings(chunk, levels.task, below[0])
    return Levels(levels.section, levels.group, below[0])


def _targets_under_bare_headings(chunk: list[Line], heading_style: str, measure_style: str) -> None:
    """The numbered targets under a bare target heading (1.主要目标指标 → （1）产值突破1000亿元 （2）能耗下降3%) name no
    unit: what the action is to reach, text of its group like the heading, not tasks (sets Line.role)."""
    under_target = False
    for i, ln in enumerate(chunk):
        if ln.label and ln.label.style == heading_style:
            title = ln.label.rest.strip()
            under_target = bool(_FRAMEWORK.match(title)) and title not in _CONTAINERS
        elif under_target and ln.label and ln.label.style == measure_style:
            end = next((j for j in range(i + 1, len(chunk)) if chunk[j].label), len(chunk))
            if not any(_has_annotation(x.text) for x in chunk[i:end]):
                ln.role = "text"


def _bare_heading(ln: Line) -> bool:
    """A numbered line that only names a part: short, no stop, no unit (2.重点工作举措)."""
    rest = ln.label.rest.strip()
    return 0 < len(rest) <= _BARE_HEADING_MAX and not re.search(r"[。；;，,：:]", rest) and not _has_annotation(ln.text)


def _lone_first_items_are_sub_points(chunks: list[list[Line]], chunk_levels: list[Levels]) -> list[Levels]:
    """Where every （一） item of the plan holds one numbered line and it is a 1., the （一） items are the tasks.

    A sequence of tasks goes on (1. 2. 3. …, through the groups or again in each); a lone 1. under every heading
    is the first of sub-points whose others were not set apart: a text that lost its line breaks keeps
    "（一）建设平台。1.完成一期建设；2.建设指标体系；3.试点运行。（牵头单位：…）" on one line, its 2. and 3. run on
    inside the 1. after a ；. The 1. lines are then part of their （一） task.
    """
    grouped = [(chunk, lv) for chunk, lv in zip(chunks, chunk_levels) if lv.group and lv.task]
    if not grouped or len({lv.task for _, lv in grouped}) != 1:
        return chunk_levels
    if not _lone_firsts([item for chunk, lv in grouped for item in _group_items(chunk, lv.group)], grouped[0][1].task):
        return chunk_levels
    return [Levels(lv.section, None, lv.group) if lv.group and lv.task else lv for lv in chunk_levels]


def _lone_firsts(items: list[list[Line]], child_style: str) -> bool:
    """At least two items, and under each exactly one numbered line of `child_style`, a 1. holding its 2. run on
    after a ；(the sub-points not set apart)."""
    if len(items) < 2:
        return False
    for item in items:
        kids = [i for i, ln in enumerate(item) if i and ln.label and ln.label.style == child_style]
        if len(kids) != 1 or item[kids[0]].label.number != 1 or not _SECOND_RUN_ON.search(_run_on_text(item, kids[0])):
            return False
    return True


_FIELD_ITEM = re.compile("^(?:" + lexicon.alternation(lexicon.HEADING_FIELD_ITEMS) + r")\s*(?:[。.．:：]|$)")


def _fields_of_their_heading(items: list[list[Line]], child_style: str) -> bool:
    """Indicator plans number each heading's fields (一、开办企业 / （一）提升目标。… / （二）主要措施。… / （三）责任分工。
    牵头单位：X): at least two headings, the numbered lines under every one all fields by their title, one of them
    naming units; the heading is the task, its fields the parts of it."""
    with_kids = 0
    for item in items:
        kids = [ln for ln in item[1:] if ln.label and ln.label.style == child_style]
        if not kids:
            continue
        if not all(_FIELD_ITEM.match(ln.label.rest.strip()) for ln in kids):
            return False
        with_kids += 1
    return with_kids >= 2 and any(_has_annotation("".join(ln.text for ln in item[1:])) for item in items)


def _run_on_text(item: list[Line], at: int) -> str:
    """The text of the numbered line at `at` with the unnumbered lines it runs on into: a page chunk may have
    broken the 1. before its ；2. (…1.接入监测 / 2、预警数据；2.建成…)."""
    end = next((j for j in range(at + 1, len(item)) if item[j].label), len(item))
    return "".join(ln.text.strip() for ln in item[at:end])


_SECOND_RUN_ON = re.compile(r"[；;]\s*(?:2\s*[.．、]|[(（]\s*2\s*[)）]|②)")


def _chapters_only_over_articles(lines: list[Line]) -> None:
    """第一章 / 第一节 are outline levels only in a document written in articles (第一条 … numbered through).

    Measures and regulations (若干措施, 实施细则) number their articles straight through the document and
    group them in chapters and sections of chapters: the chapters are the sections, the 节 the groups, the
    articles the tasks. A plan whose chapters head 一、 sections keeps them as part headings (PART_HEADING),
    as before: its sections and tasks are read at the levels below.
    """
    if any(ln.label and ln.label.style == "article" for ln in lines):
        return
    for ln in lines:
        if ln.label and ln.label.style in ARTICLE_STYLES:
            ln.label = None


_BROKEN_HEAD_MIN = 8  # a heading broken by the page's width has run on for a while before its break
_BROKEN_TAIL_MAX = 12  # …and leaves a few words for the next line


def _join_broken_headings(lines: list[Line]) -> list[Line]:
    """A numbered heading broken over two lines is one heading: 二、提升经济调节、市场监管等数字化 / 履职能力.

    Headings copied from a PDF or set by hand are broken where the line is full. The second half is a
    short line with no punctuation and no label, the first half ends without punctuation, and the next
    line is numbered again (the next heading or the first item under it): the two halves are one line.
    A short line of its own after a short heading (（三）工作目标 / 全年无重大事故) is text, not a half.
    """
    out: list[Line] = []
    for i, ln in enumerate(lines):
        prev = out[-1] if out else None
        after = lines[i + 1] if i + 1 < len(lines) else None
        if prev is not None and prev.label and not ln.label and _closes_heading_bracket(prev, ln):
            prev.text += ln.text  # （三）提升治理水平（市委 / 政法委牵头，市公安局配合）: one heading and its annotation
            prev.label = Label(prev.label.style, prev.label.number, prev.label.text, prev.label.rest + ln.text)
            continue
        if (prev is not None and prev.label and not ln.label and ln.number == prev.number + 1
                and len(prev.label.rest.strip()) >= _BROKEN_HEAD_MIN and heading_like(prev.label)
                and not re.search(r"[\W_]$", prev.text) and len(ln.text) <= _BROKEN_TAIL_MAX
                and not re.search(r"[\W_]", ln.text) and not PART_HEADING.match(ln.text)
                and (after is None or after.label is not None or PART_HEADING.match(after.text))):
            prev.text += ln.text
            prev.label = Label(prev.label.style, prev.label.number, prev.label.text, prev.label.rest + ln.text)
            continue
        out.append(ln)
    return out


def _open_brackets(text: str) -> int:
    return sum(text.count(c) for c in "（(〔【") - sum(text.count(c) for c in "）)〕】")


def _closes_heading_bracket(head: Line, ln: Line) -> bool:
    """Is `ln` the rest of a heading's annotation that the page broke: the heading's bracket open at its end,
    closed on this line, which holds nothing after it? (A task's own lines are joined by the walker.)"""
    rest = head.label.rest
    at = max(rest.rfind("（"), rest.rfind("("))
    return (0 < at <= _HEADING_MAX and _open_brackets(rest) == 1 and "。" not in rest[:at]
            and _open_brackets(ln.text) == -1 and re.search(r"[）)]\s*[。；;]?$", ln.text) is not None
            and len(ln.text) <= _HEADING_MAX * 2)


def _own_line(text: str) -> bool:
    """A line written on its own even after a line the page filled: a label line, a part heading, 抄送：."""
    return bool(_LABEL_LINE.match(text) or PART_HEADING.match(text) or COLOPHON.match(text))


def build_outline(plan: Plan, lines: list[Line], width: int = 0) -> None:
    """Fill plan.preamble, sections, groups, tasks and closings from the plan's lines (title line excluded);
    `width` the printed width the whole document was wrapped at, when known (else measured on these lines)."""
    width = width or printed_width([(ln.text, ln.indent) for ln in lines])
    lines[:] = join_wrapped(lines, label_of, _own_line, width)  # a PDF's text: the lines its page broke, whole again
    lines[:], found = set_aside_boxes(plan, lines, _has_annotation, _units_named)  # 专栏 / 表 / 注 set between the tasks are no tasks
    _unlabel_attachment_lists(lines)
    _unlabel_contents_entries(lines)
    _unlabel_notice_requirements(lines)
    _chapters_only_over_articles(lines)
    lines[:] = _join_broken_headings(lines)
    _unlabel_unannotated_marker_runs(lines)
    _label_task_paragraphs(lines)
    _mark_parents(lines)
    outer = section_style(lines)
    chunks = _chunks(lines, outer)
    chunk_levels = [inner_levels(chunk, outer) for chunk in chunks]
    chunk_levels = _lone_first_items_are_sub_points(chunks, chunk_levels)
    chunk_levels = [_measures_under_bare_headings(plan, chunk, lv) for chunk, lv in zip(chunks, chunk_levels)]
    grouped = [(chunk, lv) for chunk, lv in zip(chunks, chunk_levels) if lv.group and lv.task]
    group_shapes = {id(item[0]): _heading_over_items(item, lv.task)
                    for chunk, lv in grouped for item in _group_items(chunk, lv.group)}
    for chunk, lv in grouped:
        _covering_among_tasks(_group_items(chunk, lv.group), lv.task, group_shapes)
    if grouped and _items_hold_the_annotations(
            [item for chunk, lv in grouped for item in _group_items(chunk, lv.group)
             if group_shapes[id(item[0])] != "covers"], grouped[0][1].task):
        chunk_levels = [Levels(lv.section, None, lv.group) if lv.group else lv for lv in chunk_levels]
        at = grouped[0][0][0].number
        plan.note(at, "outline", f"tasks read at the {shown(grouped[0][1].group)} level, from line {at}: "
                                 f"their {shown(grouped[0][1].task)} lines are sub-points, the annotations close the items")
    elif outer and not grouped:
        sections = [chunk for chunk in chunks if chunk[0].label and chunk[0].label.style == outer]
        inner = next((lv.task for lv in chunk_levels if lv.task), None)
        shapes = {id(s): _heading_over_items(s, inner) if inner else None for s in sections}
        covering = [s for s in sections if shapes[id(s)] == "covers"]
        outermost = False
        if covering and not _items_hold_the_annotations([s for s in sections if s not in covering], inner) and not (
                _duties_beside_unit_heads(sections, covering, inner)):
            # every 一、 whose annotation would make it the task is a heading whose units cover its items
            for section in covering:
                headings_over_items(plan).append(("section", section[0].number))
                plan.note(section[0].number, "outline", f"line {section[0].number}: the units of heading "
                          f"{section[0].label.text} cover its {shown(inner)} items, which name none: 章节标题的责任单位适用于其下各项")
        elif sections and inner and (_items_hold_the_annotations(sections, inner) or _lone_firsts(sections, inner)
                                     or _duties_beside_unit_heads(sections, covering, inner)
                                     or _fields_of_their_heading(sections, inner)):
            chunk_levels = [Levels(None, None, outer)]  # the 一、 items are the tasks, their numbered lines sub-points
            chunks = [lines]
            outermost = True
            plan.note(sections[0][0].number, "outline",
                      f"tasks read at the outermost ({shown(outer)}) level: their {shown(inner)} lines are sub-points")
        for section in sections:
            if not outermost and shapes[id(section)] == "some name their own":
                plan.note(section[0].number, "outline", f"line {section[0].number}: the units of heading "
                          f"{section[0].label.text} are not given to its {shown(inner)} items: some of them name their own")
    covered: set[int] = set()  # lines of the group headings whose units cover their items
    for chunk, levels in zip(chunks, chunk_levels):
        if levels.group and levels.task:
            for item in _group_items(chunk, levels.group):
                shape = group_shapes.get(id(item[0]))
                at = item[0].number
                if shape == "covers":
                    covered.add(at)
                    headings_over_items(plan).append(("group", at))
                    plan.note(at, "outline", f"line {at}: the units of heading {item[0].label.text} cover its "
                                             f"{shown(levels.task)} items, which name none: 章节标题的责任单位适用于其下各项")
                elif shape == "some name their own":
                    plan.note(at, "outline", f"line {at}: the units of heading {item[0].label.text} are not given "
                                             f"to its {shown(levels.task)} items: some of them name their own")
        for at in _paragraph_groups(chunk, levels):
            plan.note(at, "outline", f"line {at}: this heading has a paragraph but no numbered items and names no unit, "
                                     "beside headings over numbered tasks: read as the heading's text, not a task")
        for at in _measures_under_unannotated_tasks(chunk, levels):
            plan.note(at, "outline", f"line {at}: this item names no unit and heads measures each closed by its own "
                                     "annotation: read as a heading, its measures as the tasks")
        for at in _mixed_items(chunk, levels, covered):
            headings_over_items(plan).append(("group", at))
            plan.note(at, "outline", f"line {at}: the units of this heading cover its items, numbered on "
                                     "with the tasks of the group headings beside it: 章节标题的责任单位适用于其下各项")
    for ln in lines:
        if ln.role in ("group", "task") and ln.label:
            plan.note(ln.number, "outline", f"line {ln.number}: item {ln.label.text} read as a {ln.role}, "
                                            "unlike the items of its level around it")
    walker = _Walker(plan)
    walker.signature = _signature_lines(lines)
    found.reverse()  # the boxes set aside, put back before the first line after them
    walker.width = width
    for chunk, levels in zip(chunks, chunk_levels):
        structural = [i for i, ln in enumerate(chunk) if ln.role in ("group", "task") or
                      (ln.role is None and ln.label and ln.label.style in (levels.group, levels.task))]
        held = _held_by_a_later_annotation(chunk, structural[-1] if structural else -1)
        for i, ln in enumerate(chunk):
            while found and found[-1][0].number < ln.number:
                walker.box(found.pop())
            k = bisect_right(structural, i)  # the next structural line (a scan from the start was quadratic)
            nxt = chunk[structural[k]] if k < len(structural) else None
            walker.held = i in held
            walker.feed(ln, nxt, levels, is_last_chunk=chunk is chunks[-1])
    while found:
        walker.box(found.pop())
    walker.finish()
    _set_aside_notice_items(plan)
    _set_aside_review_items(plan)
    _set_aside_stage_items(plan)  # first: a plan may close with its stages after its 工作要求
    _set_aside_framework_items(plan)
    _set_aside_definition_items(plan)
    _set_aside_commencement_items(plan)
    _set_aside_safeguard_part(plan)
    _set_aside_closing_safeguard_items(plan)
    _number_unprinted_tasks(plan)


def _signature_lines(lines: list[Line]) -> set[int]:
    """Source numbers of the office and the date signing a document right after a task's label line.

    A 通知 that is itself the plan may end its last task on a units' line (牵头单位：县交通运输局) and sign below it
    (某县人民政府办公室 / 2025年2月10日): the label line has no stop, so the office's line would read as the list
    wrapped (县交通运输局某县人民政府办公室). An office's line directly over a date line is the signature.
    """
    found: set[int] = set()
    for i in range(1, len(lines) - 1):
        ln, date = lines[i], lines[i + 1]
        if (not ln.label and len(ln.text) <= 30 and _SIGNATURE.search(ln.text) and _NOTICE_DATE.match(date.text)
                and _LABEL_LINE.match(lines[i - 1].text)):
            found.update((ln.number, date.number))
    return found


def _number_unprinted_tasks(plan: Plan) -> None:
    """A task printed without a number (a bullet ●, a paragraph with no marker) is numbered by its place in the plan.

    Tasks are known by their numbers (anchors, the open data, the scoring), and a plan whose tasks are bullets prints
    none. A careful reader counting them counts the plan's tasks in order, every task before it included, whatever its
    marker: so the n-th task of the plan is n. Printed numbers (第一， ① 一是) are kept as printed, restarting where the
    plan restarts them; 最后 (the close of 首先 / 其次) takes the number after the ordinal before it. Said once per plan
    in the reading notes, so `plansite check` shows which numbers are the reader's and not the document's.
    """
    tasks = [t for section in plan.sections for t in section.tasks]
    counted: list[tuple[int, str]] = []
    previous: Task | None = None
    for place, task in enumerate(tasks, start=1):
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


# What a plan is for rather than what anyone must do: 指导思想, 基本原则, 工作目标 … (as a section or as an item).
_FRAMEWORK = re.compile(
    # (整改原则 / 整改目标: a rectification plan's principles and aims, as 基本原则 / 工作目标 are)
    r"^(?:总体要求|指导思想|基本原则|工作原则|总体原则|主要原则|分工原则|编制原则|实施原则|工作目标|主要目标|总体目标|发展目标|目标要求|"
    r"整改原则|整改目标|"
    r"目标任务|奋斗目标|预期目标|总体思路|工作思路|基本思路|总体考虑|编制依据|适用范围|"
    # the figures a department's plan aims at, stated before the measures of each of its actions (1.主要目标指标。
    # 人均预期寿命达82.4岁… 2.重点工作举措。): what the work is to reach, not work
    r"(?:主要|预期|年度)?目标指标|主要指标|预期指标|主要目标和指标|"
    # the heading of the tasks' part, standing as an item of its own over a summary paragraph (二、主要任务 / 深入开展
    # “八大行动”…, the tasks following in sections of their own): the name of a part, never a duty itself
    r"主要任务|重点任务|工作任务|主要内容|"
    # what a reform or plan covers, as 实施方案 state it beside 指导思想 and 目标 (改革内容, 实施范围)
    r"改革内容|改革范围|实施范围|工作范围|覆盖范围|"
    # 充分认识…的重要意义 / 全面把握…的深刻内涵: why the policy matters, as 意见 open, not what anyone must do
    # (town and county 意见 say it as 充分认识安全生产工作的重要性 / …的必要性和紧迫性)
    r".{0,40}?(?:重要意义|重大意义|深远意义|现实意义|深刻意义|深刻内涵|重要性|必要性|紧迫性))$"
)


_CONTAINERS = ("总体要求", "总体思路", "总体考虑", "主要任务", "重点任务", "工作任务", "主要内容")

# How a plan closes: the conditions of carrying it out (保障措施, 组织实施, 工作要求), not duties of named units;
# a rectification or proposal-handling plan names them after its work (整改要求, 办理要求, 推进要求).
_SAFEGUARDS = re.compile(
    r"^(?:强化|加强|完善|健全|落实)?(?:保障措施|措施保障|组织保障|工作保障|保障机制|实施保障|保障条件|政策保障|"
    r"工作要求|组织实施|有关要求|相关要求|其他事项|附则|整改要求|办理要求|推进要求|"
    # a plan, or the notice that is its body, may close with whom to ask (五、联系人 / 联系方式): no task either
    r"联系人|联系方式|联系人及联系方式|联系人和联系方式)$"
)


def _set_aside_framework_items(plan: Plan) -> None:
    """Items under 指导思想 / 基本原则 / 工作目标 headings are not tasks; they stay as the section's text.

    Plans open with a part saying why and to what end (一、总体要求 （一）指导思想 （二）基本原则
    （三）工作目标), numbered like the tasks that follow. Such an item assigns no duty: it is set
    aside when its own title, or its section's title, is one of those words and it names no unit.
    An item there that does name a unit stays a task (it reads as a duty, whatever its heading).
    """
    last_with_tasks = max((i for i, s in enumerate(plan.sections) if s.tasks), default=-1)
    for index, section in enumerate(plan.sections):
        title = _unspaced(section.title)  # 总　　则: short headings are letter-spaced
        # only where the plan ends with it: numbered tasks after a set-aside section would break their sequence
        if (_SAFEGUARDS.match(title) and index == last_with_tasks
                and not any(_has_annotation(t.text) for t in section.tasks)):
            # 保障措施 / 工作要求 items naming no unit anywhere in the section: how the plan is to be carried
            # out, text of the section rather than tasks (the task numbering does not run on from them)
            for task in section.tasks:
                section.intro = _join(section.intro, f"{task.label}{task.text}", "\n")
            plan.note(section.line, "outline", f"line {section.line}: the items of {section.label}{section.title} name no unit: "
                      "read as the section's text, not tasks")
            section.tasks = []
            continue
        # 总体要求 holds 指导思想 and 目标 items, but a section so titled may list duties too: only its
        # items titled so are set aside; a section (or group) titled 基本原则 or 工作目标 holds no duty at all
        framework_section = bool(_FRAMEWORK.match(title)) and title not in _CONTAINERS
        groups = {g.label: g for g in section.groups}
        keep: list[Task] = []
        kept_in: set[str] = set()  # groups (and "" for the section) that already have a task
        for task in section.tasks:
            group = groups.get(task.group) if task.group else None
            framework = (_FRAMEWORK.match(_heading_title(task.text).rstrip("：:"))
                         or (group is not None and _FRAMEWORK.match(group.title) and group.title not in _CONTAINERS)
                         or (group is None and framework_section))
            # only items before the first task of their section or group: the text comes before the tasks
            if framework and task.group not in kept_in and not _has_annotation(task.text):
                if group is not None:
                    group.text = _join(group.text, f"{task.label}{task.text}", "\n")
                else:
                    section.intro = _join(section.intro, f"{task.label}{task.text}", "\n")
                set_aside(plan).append(task.number)
                plan.note(task.line, "outline",
                          f"line {task.line}: item {task.label} ({_heading_title(task.text)}) names no unit "
                          "under a 指导思想/原则/目标/意义 heading: read as text, not a task")
            else:
                keep.append(task)
                kept_in.add(task.group)
        section.tasks = keep
    _set_aside_document_statements(plan)


# What a document says about itself: why it was made (为…，结合实际，制定本措施), what it applies to
# (本办法适用于… / …适用本条例) and what its words mean (本方案所称… / …是指…).
_DOCUMENT_KIND = r"(?:规定|办法|措施|方案|细则|条例|计划|意见|要点|实施方案|行动方案|工作方案)"
_STATEMENT = re.compile(
    rf"^(?:为[^。]{{2,200}}?[，,]\s*(?:特|现)?(?:制定|制订)本{_DOCUMENT_KIND}|"
    rf"本{_DOCUMENT_KIND}(?:适用于|所称)|"
    rf"[^。]{{2,60}}?[，,]?\s*适用本{_DOCUMENT_KIND}|[^。，,；;]{{2,30}}是指)")


def _set_aside_document_statements(plan: Plan) -> None:
    """Items stating the document's purpose, scope or terms, before its first task, are its text.

    Measures and rules written as articles open with them (第一条　为加快…，制定本措施。 第二条　本措施
    适用于…), and so do some numbered plans (1.为推进…，制定本方案。): they assign no duty. Only items
    naming no unit and standing before every task are set aside, so the task numbering runs on from them.
    """
    for section in plan.sections:
        while section.tasks and not _has_annotation(section.tasks[0].text) and _STATEMENT.match(section.tasks[0].text):
            task = section.tasks.pop(0)
            section.intro = _join(section.intro, f"{task.label}{task.text}", "\n")
            set_aside(plan).append(task.number)
            plan.note(task.line, "outline", f"line {task.line}: item {task.label} states the document's purpose, "
                                            "scope or terms: read as text, not a task")
        if section.tasks:
            return


def _set_aside_safeguard_part(plan: Plan) -> None:
    """The items of a closing 第三部分 保障措施 (or 工作要求, 组织实施) that name no unit are its text.

    Plans divided into parts number the items of each part afresh (第二部分 重点任务 一、… 三、 / 第三部分
    保障措施 一、加强组织领导 二、…): where the last part is about carrying the plan out and none of its
    items names a unit, they are how the plan is to be carried out, not tasks (as a 保障措施 section is).
    """
    parts = part_headings(plan)
    if not parts or not _SAFEGUARDS.match(_unspaced(parts[-1][1])):
        return
    at = parts[-1][0]
    after = [(section, task) for section in plan.sections for task in section.tasks if task.line > at]
    if not after or any(_has_annotation(task.text) for _, task in after):
        return
    for section, task in after:
        section.tasks.remove(task)
        section.closing = _join(section.closing, f"{task.label}{task.text}", "\n")
    plan.note(at, "outline", f"line {at}: the items of the closing part {parts[-1][1]} name no unit: "
                             "read as the plan's text, not tasks")


def _set_aside_closing_safeguard_items(plan: Plan) -> None:
    """The last items of a plan headed 保障措施 / 工作要求 / 组织实施 that name no unit are its closing text.

    A town's or a street's 工作计划 may hold its tasks at its top level (一、加强党建引领 … 三、推进经济发展 …) and
    close with 四、保障措施 at the same level: how the plan is to be carried out, not a task (as a 保障措施
    section after task items is). Only items at the end, after a task, with no annotation.
    """
    tasks = [(section, task) for section in plan.sections for task in section.tasks]
    closing = []
    for section, task in reversed(tasks):
        heading = _unspaced(_heading_title(task.text).rstrip("：:。"))
        if _has_annotation(task.text) or not _SAFEGUARDS.match(heading):
            break
        closing.append((section, task))
    if not closing or len(closing) == len(tasks):
        return
    for section, task in reversed(closing):
        section.tasks.remove(task)
        section.closing = _join(section.closing, f"{task.label}{task.text}", "\n")
        plan.note(task.line, "outline", f"line {task.line}: item {task.label}{_heading_title(task.text)} closes the plan "
                                        "naming no unit: read as its text, not a task")


def _unspaced(title: str) -> str:
    """A heading spaced out letter by letter (总　　则, 附　则) as the words it spells."""
    return re.sub(r"\s+", "", title) if re.fullmatch(r"(?:\S\s+)+\S", title.strip()) else title


# 本措施自印发之日起施行 / 由市发展改革委负责解释 / 有效期至2026年12月31日: how the measures take effect
_COMMENCEMENT = re.compile(r"^本(?:措施|政策|方案|意见|办法|细则|通知|规定|计划)[^。]{0,40}?"
                           r"(?:施行|实施|负责解释|解释|有效期)")


def _set_aside_commencement_items(plan: Plan) -> None:
    """The last numbered items saying when the measures take effect and who interprets them are the plan's closing.

    若干措施 / 若干政策 end with an item numbered like the measures (第二十七条 本措施由市发展改革委负责解释，
    自印发之日起施行，有效期至…): it binds no one to a duty; the body named there interprets the text.
    Only items at the end of the plan, opening with 本措施 / 本政策 / 本方案 … and speaking of 施行 / 解释 / 有效期,
    naming no unit in an annotation.
    """
    while True:
        section = next((s for s in reversed(plan.sections) if s.tasks), None)
        last = section.tasks[-1] if section is not None else None
        if last is None or not _COMMENCEMENT.match(last.text.strip()) or _has_annotation(last.text):
            return  # an item naming units of its own is a duty, however it opens
        task = section.tasks.pop()
        item = f"{task.label}{task.text}"  # it comes before the closing words already read
        plan.closing = f"{item}\n{plan.closing}" if plan.closing else item
        plan.note(task.line, "outline", f"line {task.line}: item {task.label} says when the measures take effect or who "
                                        "interprets them: read as the plan's closing, not a task")


# When a campaign runs: 专项整治 / 实施方案 set out their stages (动员部署阶段 / 集中整治阶段 / 总结提升阶段),
# numbered like the tasks, under a heading that says so (阶段安排, 工作步骤, 时间安排 …).
_STAGE_SECTIONS = re.compile(
    r"^(?:阶段安排|实施步骤|工作步骤|方法步骤|步骤安排|时间安排|进度安排|时间步骤|实施阶段|工作阶段|推进步骤|"
    r"时间进度|实施进度|工作进度|进度要求|阶段步骤|实施步骤和时间安排|时间安排和工作步骤|工作步骤和时间安排|"
    # a bureau's or a school's own plan closes with its work by month or quarter (七、月度工作安排 一月份：1.… 2.…):
    # the same work as its tasks, set out as a calendar
    r"(?:重点工作)?(?:月度|逐月|分月|每月|季度|分季度|按月|月份)(?:重点)?(?:工作)?(?:安排|计划|进度安排|推进计划|行事历)|"
    r"工作行事历|行事历|工作日程(?:安排)?|工作日历)$"
)
# 动员部署阶段（2025年3月10日—3月31日） / 第一阶段：全面排查 / 集中整治阶段: the heading of a stage
_STAGE_HEADING = re.compile(
    r"^(?:第[一二三四五六七八九十]+阶段(?:[:：].{0,20})?|.{2,12}阶段)\s*(?:[（(][^（）()]{0,40}[）)])?[:：]?$"
)


def _set_aside_stage_items(plan: Plan) -> None:
    """The stages of a campaign are its schedule, not tasks; they stay as their section's text.

    A 专项整治 plan numbers its stages like its tasks (四、阶段安排 （一）动员部署阶段（3月）。各乡镇…
    （二）集中整治阶段 …); what each stage asks is said in running text, naming no unit in an
    annotation. An item is a stage where its heading names one (…阶段, 第一阶段) or its section or
    group is titled 阶段安排 / 工作步骤 / 时间安排; an item there that names units in an annotation
    stays a task (it reads as a duty, whatever its heading), and so do the items after it in its section
    or group (a section's text comes before its tasks).
    """
    for section in plan.sections:
        stage_section = bool(_STAGE_SECTIONS.match(section.title.rstrip("：:")))

        def is_stage(task: Task, group: Group | None) -> bool:
            # the stage may be the item itself, or a group heading over what the stage asks (（一）动员部署阶段
            # （3月底前） / 1.制定实施方案。… 2.召开动员会议。…), or the section the stages are in
            return bool(_STAGE_HEADING.match(_heading_title(task.text).rstrip("。"))
                        or (group is not None and (_STAGE_SECTIONS.match(group.title.rstrip("：:"))
                                                   or _STAGE_HEADING.match(group.title.rstrip("。"))))
                        or stage_section)

        _items_as_text(plan, section, is_stage, "is a stage of the campaign naming no unit")


# What was done, not what is to be done: an office's 工作总结和工作要点 (or 总结暨计划) reviews the past year in a
# section of its own (一、2024年工作总结 / 一年来工作回顾 / 主要工作成效) before the plan's tasks.
_REVIEW_SECTIONS = re.compile(
    r"^(?:(?:\d{4}|[〇零一二三四五六七八九十]{4})年(?:度)?|上半年|前三季度|去年|上年|一年来|过去一年|本年度)?[^，,。；;]{0,12}?"
    r"(?:工作总结|工作回顾|(?:工作|任务)(?:完成|开展|进展|推进|落实)情况|主要工作及成效|主要工作成效|主要成效|"
    r"工作成效|主要成绩|工作成绩|取得的成绩|取得的成效|主要做法和成效|主要做法及成效|主要工作情况|工作情况)$"
)
# A report of work done (…2025年上半年工作总结) says what fell short after what was done (二、存在的问题); its plan
# part (三、下半年工作打算) holds its tasks
_REVIEW_TITLE = re.compile(r"总结$")
_SHORTCOMINGS = re.compile(r"^(?:存在的?(?:主要)?问题|(?:主要)?问题(?:和|与|及)不足|存在的?不足|困难和问题|问题和困难|短板和不足)$")


def _set_aside_review_items(plan: Plan) -> None:
    """A review of the past year's work is not a plan's tasks; its items stay as their section's text.

    A bureau's 2024年工作总结和2025年工作要点 (a street's 工作总结暨工作计划) numbers what was done (一、2024年工作总结
    （一）医改持续深化。全年建成医共体5个。) like the tasks of its plan part (二、2025年工作要点 （一）…). Items of a
    section or group titled so that name no unit in an annotation are the review's text; an annotated one stays
    a task (it reads as a duty, whatever its heading), and so do the items after it. In a plan titled as a report
    of work done (…工作总结), its shortcomings (存在的问题) are the review's too; its 下半年工作打算 are tasks.
    """
    for section in plan.sections:
        title = _unspaced(section.title).rstrip("：:。")
        review_section = bool(_REVIEW_SECTIONS.match(title)
                              or (_REVIEW_TITLE.search(plan.title) and _SHORTCOMINGS.match(title)))

        def is_review(task: Task, group: Group | None) -> bool:
            # under a review section, grouped items are the review's too (一、2024年工作总结 （一）… 1.…)
            return bool(review_section
                        or (group is not None and _REVIEW_SECTIONS.match(_unspaced(group.title).rstrip("：:。"))))

        _items_as_text(plan, section, is_review, "reviews work done, naming no unit")


# 1.指标解释：… 2.数据来源：… 3.验收要求：…: the parts of an indicator's (or a term's) definition, numbered like tasks
_DEFINITION_PART = re.compile(r"^(?:" + "|".join(lexicon.DEFINITION_FIELDS) + r")\s*[:：]")


def _set_aside_definition_items(plan: Plan) -> None:
    """Items opening with a field of a definition (指标解释：, 计算公式：, 数据来源：, 验收要求：) are no tasks.

    A plan's annex explaining its indicators (二、单位GDP能耗 1.指标解释：… 2.数据来源：… 3.验收要求：…) numbers the
    parts of each definition as items: they say what a figure means and where it comes from, not who must do what.
    An item naming units in an annotation stays a task (_items_as_text).
    """
    for section in plan.sections:
        _items_as_text(plan, section, lambda task, group: bool(_DEFINITION_PART.match(task.text)),
                       "is a part of a definition (指标解释 / 数据来源 …)")


def _items_as_text(plan: Plan, section: Section, is_text, why: str) -> None:
    """Move the items `is_text(task, group)` picks to their group's or section's text, with a note saying `why`.

    An item that names units in an annotation stays a task (it reads as a duty, whatever its heading), and so do
    the items after it in its group or section (a group's or section's text comes before its tasks).
    """
    groups = {g.label: g for g in section.groups}
    keep: list[Task] = []
    kept_in: set[str] = set()  # groups (and "" for the section) that already have a task
    for task in section.tasks:
        group = groups.get(task.group) if task.group else None
        if not is_text(task, group) or task.group in kept_in or _has_annotation(task.text):
            keep.append(task)
            kept_in.add(task.group)
            continue
        if group is not None:
            group.text = _join(group.text, f"{task.label}{task.text}", "\n")
        else:
            section.intro = _join(section.intro, f"{task.label}{task.text}", "\n")
        set_aside(plan).append(task.number)
        plan.note(task.line, "outline", f"line {task.line}: item {task.label} ({_heading_title(task.text)}) {why}: "
                  "read as text, not a task")
    section.tasks = keep


_NOTICE_TITLE = re.compile(r"通知$")


def _set_aside_notice_items(plan: Plan) -> None:
    """A notice's own numbered requirements before the plan it issues are its text, not tasks.

    "关于印发…方案的通知" may number what it asks (一、高度重视… 二、压实责任…) and then give the
    plan, its tasks numbered at an inner level (1. 2. …) with their annotations. Where the plan's own
    title line is missing, the notice's items lead the outline: those before the first annotated
    task, at an outer level than it, naming no unit, go to the preamble.
    """
    if not _NOTICE_TITLE.search(plan.title):
        return
    tasks = plan.tasks()
    first = next((t for t in tasks if _has_annotation(t.text)), None)
    if first is None or not style_of(first.label):
        return
    inner = STYLES.index(style_of(first.label))
    lead = [t for t in tasks[: tasks.index(first)]
            if style_of(t.label) and STYLES.index(style_of(t.label)) < inner and not _has_annotation(t.text)]
    if len(lead) != tasks.index(first):
        return  # a task of the plan's own level before the first annotation: the shape is not a notice's
    for task in lead:
        for section in plan.sections:
            if task in section.tasks:
                section.tasks.remove(task)
        plan.preamble = _join(plan.preamble, f"{task.label}{task.text}", "\n")
        plan.note(task.line, "outline", f"line {task.line}: item {task.label} of the notice names no unit before the "
                  f"plan's {first.label} tasks: read as the notice's text, not a task")


def _items_hold_the_annotations(items: list[list[Line]], child_style: str) -> bool:
    """Do these items (each its head line and the lines under it) carry the duties, their numbered lines being sub-points?

    Which level holds the tasks shows in where the annotations are. Some plans number the duties
    at the （一） level (or 一、) and list what each means in 1. 2. lines; the annotation then either
    closes the whole item on a line of its own after its last sub-point — （A、B等按职责分工负责）
    — or stands on the item's own line, and the sub-points carry none; or, where the item is a
    sentence rather than a short heading, it ends its last sub-point, the others carrying none. Where more items read so
    than have annotations on their numbered lines, the items are the tasks. A single numbered line
    closed by an annotation line says nothing either way (a task may have its note on the next line).
    """
    own = inner = 0
    for item in items:
        first = next((i for i, ln in enumerate(item) if ln.label and ln.label.style == child_style), None)
        if first is None:
            continue
        end, closed = len(item), False
        # the closing block may hold, beside the units' lines, lines naming the leader or the deadline (责任领导：…,
        # 整改时限：…), as a rectification plan closes each problem: they belong to the block, not to the last sub-point
        while end > first and (_annotation_only(item[end - 1].text)
                               or (not item[end - 1].label and _LABEL_LINE.match(item[end - 1].text))):
            closed = closed or _annotation_only(item[end - 1].text)
            end -= 1
        children = sum(1 for ln in item[first:end] if ln.label and ln.label.style == child_style)
        if any(_has_annotation(ln.text) for ln in item[first:end - 1]):  # stops at the first: most items have one
            inner += 1
            continue
        last = end > first and _has_annotation(item[end - 1].text)
        # a sentence item (not a short heading) whose sub-points end with the one annotation of it all
        # or sub-points written as one enumeration, each but the last ending in ；(1.完成一期建设； 2.试点运行。（X牵头）)
        listed = [ln for ln in item[first:end] if ln.label and ln.label.style == child_style][:-1]
        enumeration = bool(listed) and all(ln.text.rstrip().endswith(("；", ";")) for ln in listed)
        closing_inline = last and children >= 2 and (
            not heading_like(item[0].label) or item[0].text.rstrip().endswith(("：", ":"))  # "…抓好以下工作："
            or enumeration)
        if last and not closing_inline:
            inner += 1
        elif closing_inline or (closed and children >= 2) or _has_annotation(item[0].text):
            own += 1
    return own >= 1 and own > inner


def _duties_beside_unit_heads(items: list[list[Line]], covering: list[list[Line]], child_style: str) -> bool:
    """A duty list written unit-first (parse.duties) whose items mostly carry their duties on their own line
    (三、县教育局：负责…), one or a few heading their duties as numbered points instead (四、县公安局： / （1）… （2）…):
    every item is one unit's duty, the points parts of it, not tasks under a heading. True where every covering
    item's head is a unit-first duty and at least two others, with no numbered lines, are run in."""
    from .duties import lead_units

    if not covering or not all(lead_units(item[0].label.rest) for item in covering):
        return False
    run_in = 0
    for item in items:
        found = None if item in covering else lead_units(item[0].label.rest)
        if found and item[0].label.rest[found[0]:].strip() and not any(
                ln.label and ln.label.style == child_style for ln in item[1:]):
            run_in += 1
    return run_in >= 2


def _heading_over_items(item: list[Line], child_style: str) -> str | None:
    """Is this a heading whose annotation covers the numbered measures under it, none naming a unit of its own?

    Plans may put the lead on a group heading, 一、强化科技创新（区科技局牵头，区发展改革局配合）, and
    list under it （一）建设创新平台。…… （二）培育创新主体。…… with no annotation: the measures are
    the tasks, each with the heading's units. Only a head line that is a short title and its annotation
    (not a duty sentence: 一、加强监管。深入开展排查（责任单位：X） heads sub-points of one task), or a
    short title with its annotation on a line of its own before the items, with
    at least one item under it and no annotation anywhere below it: "covers". Where some of the items
    name units of their own, the heading's units are not given to the others: "some name their own"
    (the reading report says so). None for any other shape.
    """
    head = item[0]
    first = next((i for i, ln in enumerate(item) if ln.label and ln.label.style == child_style), None)
    if not head.label or first is None:
        return None
    # the annotation ends the heading's line, or stands on lines of its own between the heading and its items
    between = item[1:first]
    # (若干政策举措 open each annotated heading with a lead-in paragraph, its aim and yearly target, before the
    # measures: 一、强化科技创新（区科技局牵头） / 以…为牵引，…2025年力争研发投入强度达到2.95%。 / （一）…: the
    # paragraph names no unit and is no item, so the heading's units still cover the measures)
    if not (all(_lead_in(ln) or _heading_field(ln.text) for ln in between) if _has_annotation(head.text) else
            between and all(_annotation_only(ln.text) or _heading_field(ln.text) for ln in between)
            and any(_annotation_only(ln.text) for ln in between)):
        return None
    title = _without_annotations(head.label.rest).strip().rstrip("。；;，,:：")
    if not title or len(title) > _HEADING_MAX or re.search(r"[。；;]", title):
        return None
    # (one measure is enough: a 若干政策举措 section may hold one measure beside sections of several, numbered on)
    if sum(1 for ln in item[first:] if ln.label and ln.label.style == child_style) < 1:
        return None
    return "some name their own" if any(_has_annotation(ln.text) for ln in item[first:]) else "covers"


def _lead_in(ln: Line) -> bool:
    """A heading's lead-in paragraph: a line that is no numbered item and names no unit."""
    return ln.label is None and not _has_annotation(ln.text)


# a line of the heading's own fields beside its units' line (提升目标：…, 具体措施：, 指标长：姓名, 完成时限：…)
_HEADING_FIELD = re.compile("^(?:" + lexicon.alternation(lexicon.HEADING_FIELD_LABELS + lexicon.FIELD_LABELS
                                                        + lexicon.DEADLINE_LABELS) + r")\s*[:：]"
                            + "|^[^:：，,。；;]{0,6}(?:" + lexicon.alternation(lexicon.PERSON_LABEL_HEADS) + r")\s*[:：]")


def _heading_field(text: str) -> bool:
    """Is this line one of a heading's own fields, not a unit's annotation nor a measure (see _HEADING_FIELD)?"""
    return bool(_HEADING_FIELD.match(text)) and not _has_annotation(text)


def _without_annotations(text: str) -> str:
    """The text with its annotations cut out."""
    _, spans = _annotations_of(text)
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + text[end:]
    return text


def _mixed_items(chunk: list[Line], levels: Levels, covered: set[int] = frozenset()) -> list[int]:
    """Items of one level that read at another, where a section mixes the two shapes (sets Line.role).

    Under group headings, one （二） item may be a duty itself, with no 1. 2. under it (or with
    sub-points that carry no annotation while it does): that item is a task. Among （一） tasks, one
    may head numbered lines that each carry their own annotation: that item is a group heading
    and those lines are its tasks. Annotations decide; the level of the rest is left as it is. A group
    heading whose annotation covers its items (`covered`, their lines) stays a group heading.
    """
    if levels.group and levels.task:
        items = _group_items(chunk, levels.group)
        with_kids = any(ln.label and ln.label.style == levels.task for item in items for ln in item[1:])
        for item in items:
            if item[0].number in covered:
                continue
            kids = [ln for ln in item[1:] if ln.label and ln.label.style == levels.task]
            if not kids:
                if any(_has_annotation(ln.text) for ln in item) or (with_kids and _says_what_to_do(item)):
                    item[0].role = "task"
            elif _items_hold_the_annotations([item], levels.task):
                item[0].role = "task"
                for ln in kids:
                    ln.role = "text"
    elif levels.task and levels.task != "article":  # an article (第十条) is one measure, its （一） （二） its parts
        below = STYLES[STYLES.index(levels.task) + 1:]
        items = _group_items(chunk, levels.task)
        for item in items:
            kids = [ln for ln in item[1:] if ln.label and ln.label.style in below]
            if len(kids) < 2 or _has_annotation(item[0].text):
                continue
            inner = kids[0].label.style
            kids = [ln for ln in kids if ln.label.style == inner]
            if sum(_has_annotation(ln.text) for ln in kids) >= 2:
                item[0].role = "group"
                for ln in kids:
                    ln.role = "task"
        return _covering_beside_groups(items)
    return []


def _covering_among_tasks(items: list[list[Line]], child_style: str, shapes: dict[int, str | None]) -> None:
    """A heading with its annotation over sub-points, in a section whose other items are tasks with sub-points, is a
    task like them (decided per section; updates `shapes`).

    二、深化改革 （一）推进审批提速。 / 1.…； / 2.…。 / （X牵头，Y配合） — （二）…（同上） — （三）优化涉企服务（Z牵头） / 1.… / 2.…:
    the section writes its duties at （一） with sub-points numbered afresh under each; （三） only puts its annotation
    on its own line. Alone it would read as a heading whose units cover 1. 2. as tasks; beside at least two items
    whose annotation closes their sub-points, and with its own sub-points starting again at 1, it is one task.
    """
    covering = [item for item in items if shapes.get(id(item[0])) == "covers"]
    if not covering:
        return
    others = [item for item in items if shapes.get(id(item[0])) != "covers"
              and any(ln.label and ln.label.style == child_style for ln in item[1:])]
    if len(others) < 2 or not all(_items_hold_the_annotations([item], child_style) for item in others):
        return
    if not all(_first_number(item, child_style) == 1 for item in covering + others):
        return  # numbers running on from item to item: tasks under headings, not sub-points
    for item in covering:
        shapes[id(item[0])] = None


def _first_number(item: list[Line], style: str) -> int | None:
    return next((ln.label.number for ln in item[1:] if ln.label and ln.label.style == style), None)


def _paragraph_groups(chunk: list[Line], levels: Levels) -> list[int]:
    """Group headings with a plain paragraph under them and no numbered item, naming no unit, beside group headings
    over numbered tasks: （二）加强宣传引导 / 充分利用各类媒体… between （一） and （三） over 1. 2. 3. It may be one more
    duty written out, or the heading's words; with no unit and no 一是/二是 counting out work, the reader cannot tell,
    so it stays the heading's text and the reading report says so (their lines are returned)."""
    if not (levels.group and levels.task):
        return []
    items = _group_items(chunk, levels.group)
    with_tasks = [item for item in items if any(ln.label and ln.label.style == levels.task for ln in item[1:])]
    if not with_tasks:
        return []
    return [item[0].number for item in items
            if item not in with_tasks and item[0].role is None and len(item) > 1
            and not any(ln.label for ln in item[1:]) and not any(_has_annotation(ln.text) for ln in item)
            and not _says_what_to_do(item)]


def _measures_under_unannotated_tasks(chunk: list[Line], levels: Levels) -> list[int]:
    """Task-level items naming no unit over measures that each name their own: headings, the measures the tasks.

    Four levels 一、 → （一） → 1. → （1）, the annotations at 1. on some items and at （1） on others:
    1.推行包容审慎监管。 / （1）动态调整不予处罚清单；（X牵头，Y配合） / （2）推行非现场监管。（Z负责） / 2.规范涉企检查。…（X负责）.
    The 1. that carries no annotation while each of its （1） lines carries its own is a heading over those tasks
    (sets Line.role; the walker keeps the （一） group around it). The 1. lines of this shape are returned.
    """
    if not (levels.group and levels.task) or levels.task == "article":
        return []
    found: list[int] = []
    below = STYLES[STYLES.index(levels.task) + 1:]
    for item in _items_of(chunk, levels.task, (levels.group, levels.task)):
        first = next((i for i, ln in enumerate(item) if ln.label and ln.label.style in below), None)
        if first is None or item[0].role is not None or any(_has_annotation(ln.text) for ln in item[:first]):
            continue
        inner = item[first].label.style
        measures = _items_of(item[first:], inner, (inner,))
        if len(measures) >= 2 and all(any(_has_annotation(ln.text) for ln in m) for m in measures):
            item[0].role = "group"
            for m in measures:
                m[0].role = "task"
            found.append(item[0].number)
    return found


def _items_of(lines: list[Line], style: str, stops: tuple[str, ...]) -> list[list[Line]]:
    """Each item of `style`: its head line and the lines under it, up to the next line of a `stops` style."""
    items: list[list[Line]] = []
    current: list[Line] | None = None
    for ln in lines:
        if ln.label and ln.label.style in stops:
            current = [ln] if ln.label.style == style else None
            if current is not None:
                items.append(current)
        elif current is not None:
            current.append(ln)
    return items


def _covering_beside_groups(items: list[list[Line]]) -> list[int]:
    """Short headings whose annotation covers their items, among group headings whose items name their own units.

    A section may mix three shapes at its （一） level: （一）强化源头管控（X牵头，Y配合） over 1. 2. naming no unit,
    （二）深化隐患治理 over 3. 4. each with its annotation, and （三）加强宣传教育。…（Z牵头） a duty of its own. The
    run-in （三） keeps the （一） level from reading as headings, so the items are read one by one: （二） heads
    tasks (its lines carry the annotations), and （一）, whose numbered lines run on into （二）'s (1. 2. then
    3. 4.: one sequence of tasks, not sub-points starting again at 1 in each item), is a heading too, its units
    covering its items. The lines of those headings are returned (their units are given to their items).
    """
    groups = [item for item in items if item[0].role == "group"]
    if not groups:
        return []
    inner = next(ln.label.style for ln in groups[0][1:] if ln.role == "task")
    candidates = [item for item in items if item[0].role is None and _heading_over_items(item, inner) == "covers"]
    if not candidates:
        return []
    chosen = [item for item in items if item in groups or item in candidates]
    numbers = [[ln.label.number for ln in item[1:] if ln.label and ln.label.style == inner] for item in chosen]
    if not all(a[-1] < b[0] for a, b in zip(numbers, numbers[1:])):
        return []  # the numbering starts again in each item: the covered lines may be sub-points
    for item in candidates:
        item[0].role = "group"
        for ln in item[1:]:
            if ln.label and ln.label.style == inner:
                ln.role = "task"
    return [item[0].number for item in candidates]


# 一是…；二是… / 1、… in the text under a heading: the work itself, counted out, not a group's introduction
_COUNTED_OUT = re.compile(r"(?:^|[。；;，,\s])(?:一是|二是|首先|其一)")


def _says_what_to_do(item: list[Line]) -> bool:
    """A group heading with no numbered items of its own whose text counts out what to do (一是…；二是…).

    A town's 工作计划 sets some parts out as numbered items ((二)加强组织建设 1.… 2.…) and says others in one
    paragraph under their heading ((一)加强理论学习 一是…；二是…): such a part is one task, as the numbered items
    of its neighbours are, even with no annotation anywhere.
    """
    text = "".join(ln.text for ln in item[1:] if not ln.label)
    return bool(_COUNTED_OUT.search(text))


def _group_items(chunk: list[Line], group: str) -> list[list[Line]]:
    """Each group item of a section: its head line and the lines under it, up to the next group item."""
    items: list[list[Line]] = []
    for ln in chunk:
        if ln.label and ln.label.style == group:
            items.append([ln])
        elif items:
            items[-1].append(ln)
    return items


def _annotation_only(text: str) -> bool:
    """A line that is nothing but an annotation: （A、B等按职责分工负责）."""
    units, spans = _annotations_of(text)
    if not units:
        return False
    left, at = [], 0
    for start, end in spans:
        left.append(text[at:start])
        at = end
    left.append(text[at:])
    return not re.sub(r"[\s。；;，,.()（）【】〔〕]", "", "".join(left))


def _held_by_a_later_annotation(chunk: list[Line], last_item: int) -> set[int]:
    """Indexes of the lines after a section's last item that an annotation line further down follows.

    The last task of a section may go on in sentences of their own lines (一是…；/ 二是…。 / ● …；) before the line
    of its units: those sentences are the task's, not the section's closing words, whatever stop ends them.
    """
    held: set[int] = set()
    seen = False
    for i in range(len(chunk) - 1, last_item, -1):
        if seen:
            held.add(i)
        text = chunk[i].text
        if not chunk[i].label and (_LABEL_LINE.match(text) or _annotation_only(text)):
            seen = True
    return held


def _chunks(lines: list[Line], outer: str | None) -> list[list[Line]]:
    """The lines of each section (the first chunk is the preamble when sections exist)."""
    chunks: list[list[Line]] = [[]]
    for ln in lines:
        if outer and ln.label and ln.label.style == outer:
            chunks.append([])
        chunks[-1].append(ln)
    return chunks if chunks[0] else chunks[1:]


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
        self.signature: set[int] = set()  # the office and date signing the document after a label line (_signature_lines)
        # text fields growing line by line, joined once in finish(): a string rebuilt on every line was
        # quadratic in a plan of many lines (obj id, field) -> [obj, field, parts, length]
        self.pending: dict[tuple[int, str], list] = {}
        self.width = 0  # the printed width a PDF's text was wrapped at (display columns; 0: not wrapped)
        self.previous: Line | None = None  # the line fed before this one

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
        for obj, name, parts, _ in self.pending.values():
            setattr(obj, name, "".join(parts))
        self.pending.clear()

    def feed(self, ln: Line, nxt: Line | None, levels: Levels, is_last_chunk: bool) -> None:
        self.levels, self.last_chunk = levels, is_last_chunk
        self.wrapped = self.previous is not None and reaches_width(self.previous.text, self.previous.indent, self.width)
        self.previous = ln
        part = None if ln.label else PART_HEADING.match(ln.text)
        if part:
            part_headings(self.plan).append((ln.number, ln.text[part.end():].strip(" :：、")))
        style = ln.label.style if ln.label else None
        if style and style == self.levels.section:
            self._open_section(ln)
        elif ln.role == "group" or (ln.role is None and style and style == self.levels.group):
            self._open_group(ln)
        elif ln.role == "task" or (ln.role is None and style and style == self.levels.task
                                   and (self.section or not self.levels.section)):
            if self.group is not None and style == style_of(self.group.label):
                # an item at the level of the group heading is a task of its own; under a heading at the task
                # level (1.推行包容审慎监管 over its （1） tasks), the next 1. is back in the （一） group around it
                self.group = self.outer_group
                self.outer_group = None
            self._open_task(ln)
        else:
            self._paragraph(ln, nxt)

    def box(self, lines: list[Line]) -> None:
        """A box set inside the outline (专栏, 表, 注): a heading of its own in its place, outside any task; before
        any section (a 目录), the preamble's text."""
        if self.section is None:
            self._add(self.plan, "preamble", "\n".join(ln.text for ln in lines), "\n")
            return
        self.section.groups.append(box_group(lines))

    def _open_section(self, ln: Line) -> None:
        raw = ln.label.text
        number = re.sub(r"^第\s*|\s*[章节条]$", "", raw.strip("、.．()（） :："))  # 第二章 -> 二
        self.section = Section(number=number, title=_heading_title(ln.label.rest), label=raw,
                               heading=ln.label.rest.strip(), line=ln.number)
        self.plan.sections.append(self.section)
        self.group = self.task = self.outer_group = None
        self.closing = False

    def _ensure_section(self) -> Section:
        if self.section is None:
            self.section = Section(number="", title="", line=0)
            self.plan.sections.append(self.section)
        return self.section

    def _open_group(self, ln: Line) -> None:
        inside = self.group is not None and ln.label.style == self.levels.task and style_of(self.group.label) == self.levels.group
        self.outer_group = self.group if inside else None
        self.group = Group(label=ln.label.text, title=_heading_title(ln.label.rest), text=ln.label.rest.strip(), line=ln.number)
        self._ensure_section().groups.append(self.group)
        self.task = None
        self.closing = False

    def _open_task(self, ln: Line) -> None:
        text = ln.label.rest.strip()
        self.task = Task(id="", number=ln.label.number, label=ln.label.text, title="", text=text, line=ln.number,
                         group=self.group.label if self.group else "")
        self.last_line = ln.text
        skipped = len(ln.text) - len(ln.label.rest) + len(ln.label.rest) - len(ln.label.rest.lstrip())
        source_map(self.task).append((0, ln.number, ln.indent + skipped))
        self._ensure_section().tasks.append(self.task)
        self.closing = False

    def _paragraph(self, ln: Line, nxt: Line | None) -> None:
        text = ln.text
        if self.task is None:
            if self.section is None:
                self._add(self.plan, "preamble", text, "\n")
            elif self.group is not None:
                self._add(self.group, "text", text, "\n")
            else:
                self._add(self.section, "intro", text, "\n")
            return
        if PART_HEADING.match(text):  # a new part of the document: the task above ends with its last line
            self.closing = True
            self._add(self.section, "closing", text, "\n")
            return
        if nxt is None and COLOPHON.match(text):  # after the last item: 抄送：… / …2025年3月10日印发, no task's words
            self.closing = True
        if not self.closing:
            # the last character only: a $-anchored search scanned the whole growing task text on every line
            last = self._last_char(self.task, "text")
            # a closing bracket ends a sentence only when it closes the last one open: a page that wrapped
            # mid-annotation may break right after an inner bracket (…，各县（市、区） / 人民政府配合）); so may a
            # PDF's page, at its printed width, before a line that is not indented as a new paragraph is
            inside = last in "）)" and (_open_brackets(self._text_so_far(self.task)) > 0
                                       or (self.wrapped and not ln.indent))
            if ((not _TERMINAL.search(last) or inside) and not _LABEL_LINE.match(text)
                    and not _sentence_after_a_units_line(self.last_line, text)
                    and not _field_after_a_units_line(self.last_line, text) and ln.number not in self.signature):
                # the source broke the line mid-sentence (or mid-word); but a short heading line
                # (一、加强组织领导) is a whole line, its text following on the next
                # a numbered sub-point (（一）客运企业必须…) starts a line of its own after a heading that has no stop
                heading = _heading_line(self.task.text) or (ln.number > source_map(self.task)[-1][1] + 1
                                                            and _heading_over_a_blank_line(self.task.text))
                self._continue(ln, "\n" if ln.label or heading else "")
                return
            # only the last words of a section close it (a group heading does not), and no words an annotation
            # line below still closes: 一是…； / 二是…。 / （责任单位：X） at a section's end are the last task's
            ends_section = nxt is None and not self.held
            if not ends_section or ln.label or _LABEL_LINE.match(text) or _has_annotation(text):
                self._continue(ln, "\n")
                return
            self.closing = True
        if nxt is None and self.last_chunk:  # nothing numbered follows: the plan's own closing words
            self._add(self.plan, "closing", text, "\n")
        else:
            self._add(self.section, "closing", text, "\n")


    def _continue(self, ln: Line, sep: str) -> None:
        self.last_line = ln.text
        self._add(self.task, "text", sep, "")
        source_map(self.task).append((self._length(self.task, "text"), ln.number, ln.indent))
        self._add(self.task, "text", ln.text, "")


_SHORT_HEADING = 20  # a line wrapped by the page is longer than a heading written as a line of its own


def _join(existing: str, text: str, sep: str) -> str:
    """Text set aside after what is already there (run once per item: not the walker's per-line append)."""
    return f"{existing}{sep}{text}" if existing else text


def _sentence_after_a_units_line(last_line: str, text: str) -> bool:
    """A sentence of its own after a task's unit line that has no stop (责任单位：A、B / 各单位要…。): not the list going on.

    A unit line wrapped by the page goes on with the rest of a name or more names (市住房城乡 / 建设局, …、各县（市、 /
    区）人民政府); after a line whose last name is whole, a line ending a sentence whose first words are no body's name
    is the closing text after the task, not part of its last unit.
    """
    if not _LABEL_LINE.match(last_line) or not re.search(r"[。！!]\s*$", text):
        return False
    last_name = re.split(r"[、，,；;：:\s]", last_line.strip())[-1]
    first_words = re.split(r"[、，,。；;：:\s]", text.strip(), maxsplit=1)[0]
    return unit_like(last_name) and not unit_like(first_words)


# a field of its own: a few words, then a colon (工作目标：…, 考核指标：…, 预期效果：…)
_FIELD_START = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：]")


def _field_after_a_units_line(last_line: str, text: str) -> bool:
    """A field line of the task after its unit line (配合单位：市X局 / 工作目标：…): not the list going on.

    Plans set under a task, besides its units and deadline, fields of their own words (工作目标, 考核指标, 预期效果…)
    on lines of their own, after a unit line that has no stop. After a line whose last name is whole, a line opening
    with a few words and a colon starts a field; a label the page broke (…；配合 / 单位：市Y局) is not one, the line
    above ending in no name.
    """
    if not _LABEL_LINE.match(last_line) or not _FIELD_START.match(text):
        return False
    last_name = re.split(r"[、，,；;：:\s]", last_line.strip())[-1]
    return unit_like(last_name)


def _heading_line(task_text: str) -> bool:
    """Is the task so far one short line without punctuation: a heading whose text follows on the next line?"""
    return len(task_text) <= _SHORT_HEADING and "\n" not in task_text and not re.search(r"[，,；;、：:。]", task_text)


def _heading_over_a_blank_line(task_text: str) -> bool:
    """A one-line heading set apart from its text by a blank line, commas and all (夯实基础，统筹兼顾，社区民生持续改善).

    Town and street plans copied from web pages put a heading of two or three phrases on a line of its own and its
    paragraph after a blank line; a line the page wrapped mid-sentence runs straight on, with no blank line.
    """
    return len(task_text) <= _HEADING_MAX and "\n" not in task_text and not re.search(r"[；;：:。]", task_text)


def _has_annotation(text: str) -> bool:
    return bool(_annotations_of(text)[0])


def _units_named(text: str) -> list[str]:
    """The names of the units a line's annotations name."""
    from .annotations import read_task

    return [a.name for a in read_task(text).assignments]


def _annotations_of(text: str) -> tuple[int, tuple[tuple[int, int], ...]]:
    """(units named, spans of the annotations) of a line, as the annotation reader reads it."""
    from .annotations import read_task

    from .duties import lead_units

    reading = read_task(text, running_text=False)  # units read out of sentences make no item a task
    label = label_of(text)
    if not reading.assignments and label is None:
        # 区X局牵头，各街道配合。 on a line of its own: the units' sentence, which a task's first sentence never is
        reading = read_task(text, alone=True, running_text=False)
    found = lead_units(label.rest) if label is not None else None
    if found:  # 三、县公安局：负责… — a duty written unit-first names its unit as an annotation does
        at = len(text) - len(label.rest)
        return len(reading.assignments) + len(found[1]), ((at, at + found[0]),) + tuple(
            (a.start, a.end) for a in reading.annotations)
    return len(reading.assignments), tuple((a.start, a.end) for a in reading.annotations)


def _heading_title(rest: str) -> str:
    """'总体要求。以习近平…' -> '总体要求': a heading's title ends at its first 。, or at the end of
    its line when the heading stands alone ('（一）指导思想' with its paragraph on the next line)."""
    rest = rest.strip()
    ends = [at for at in (rest.find("。"), rest.find("\n")) if at >= 0]
    return rest[: min(ends)] if ends else rest


# Markers that carry no number of the outline's own (docs-dev/reading.md, "Tasks printed without a number"): a run of
# them is a level of the outline only where each item names its units; elsewhere they are sentences of the item above.
_MARKER_STYLES = ("ordinal", "bullet")


def _items_with_bodies(lines: list[Line]) -> list[tuple[int, list[Line]]]:
    """(index, the item's line and the unlabelled lines under it) for each labelled line."""
    at = [i for i, ln in enumerate(lines) if ln.label]
    return [(i, lines[i: j]) for i, j in zip(at, at[1:] + [len(lines)])]


def _unlabel_unannotated_marker_runs(lines: list[Line]) -> None:
    """一是 / 第一， / ● lines are tasks where each is closed by its own annotation; otherwise they count out one item.

    A plan may set its tasks out under a 一、 heading as bullets (● 深化…。（责任单位：X）) or ordinal words (第一，…；
    一是…（X牵头）), each closed by its units: those are its tasks. The same markers inside a numbered task (1.加强… 一是…
    二是… then one annotation line) or in a closing 工作要求 (一要… 二要…) are that item's sentences, as a careful reader
    reads them (round 3: 一是 sentences are parts of their item). So a run of such lines of one style, with no other
    labelled line between them, keeps its labels only when every line's item names a unit (all but one in a run of three
    or more), and not under a numbered
    item of a level whose other items name their own units (there the numbered items are the tasks).
    """
    items = _items_with_bodies(lines)
    annotated = _styles_naming_their_own_units(items)
    k = 0
    while k < len(items):
        style = items[k][1][0].label.style
        if style not in _MARKER_STYLES:
            k += 1
            continue
        end = k
        while end < len(items) and items[end][1][0].label.style == style:
            end += 1
        run = items[k:end]
        parent = items[k - 1][1][0].label.style if k else None
        # under a numbered item whose level carries its own units elsewhere (1.整治… ● …（A） ● …（B） 2.…（C）) the
        # markers are the sub-points of that task, as a careful reader numbering the tasks 1, 2 reads them
        # ordinal words count a list from its first (一是 / 第一， / 首先，) through at least a second: a lone 一是 line, or a
        # line the page broke before 二是, counts out the sentences of the item it stands in
        counted = style != "ordinal" or (len(run) >= 2 and run[0][1][0].label.number == 1)
        # every item names its units; in a run of three or more, one may name none (a task the site then shows as
        # 未注明责任单位, reported), which the sentences of one item closed by a single annotation never do
        bare = sum(not _has_annotation("".join(ln.text for ln in body)) for _, body in run)
        if not counted or parent in annotated or bare > (1 if len(run) >= 3 else 0):
            for _, body in run:
                body[0].label = None
        k = end


def _styles_naming_their_own_units(items: list[tuple[int, list[Line]]]) -> set[str]:
    """Numbered styles some item of which names its units on its own line or on the annotation lines right under it
    (2.治理违法建设。（责任单位：X） / 牵头单位：… lines): the plan's duties are written at that level."""
    styles: set[str] = set()
    for _, body in items:
        style = body[0].label.style
        if style in _MARKER_STYLES or style in styles:
            continue
        own = [body[0].text]
        for ln in body[1:]:
            if not (_LABEL_LINE.match(ln.text) or _annotation_only(ln.text)):
                break
            own.append(ln.text)
        if _has_annotation("".join(own)):
            styles.add(style)
    return styles


_PARAGRAPH_MIN = 12  # a task paragraph says what to do before its annotation; a units' sentence alone is shorter


def _label_task_paragraphs(lines: list[Line]) -> None:
    """Paragraphs under a short heading, each closed by its own annotation and none numbered, are the heading's tasks.

    Party and town 工作要点 often set out a part of the plan as unnumbered run-in paragraphs (`理论武装：…（责任单位：X）`,
    `在推进…方面，…（X牵头，Y配合）`) under its 一、 heading. Each such paragraph is a task as a numbered one would be:
    it is labelled `para` (the innermost level, numbered by its place in the plan). Only where the heading is a short
    title naming no unit and the lines under it are two or more paragraphs each ending in (or followed by the label
    lines of) an annotation; then a heading of the same style over one such paragraph holds one task too. Alone, one
    annotated paragraph under a heading is that heading's text, as before. Only under the plan's outermost headings.
    """
    if not any(ln.label for ln in lines):
        _label_paragraph_run(lines)
        return
    found: list[tuple[str, list[list[Line]]]] = []
    items = _items_with_bodies(lines)
    annotated = _styles_naming_their_own_units(items)  # under such an item the paragraphs are its sub-points
    # the plan's outermost level only (its 一、 parts): under a （一） item, sentences set out on lines of their own each
    # with its units are that item's, as a 分工意见 writes several annotated sentences into one numbered task
    outermost = next((s for s in STYLES if any(ln.label.style == s for ln in lines if ln.label)), None)
    for _, body in items:
        if body[0].label.style in annotated or body[0].label.style != outermost:
            continue
        paragraphs = _annotated_paragraphs(body)
        if paragraphs:
            found.append((body[0].label.style, paragraphs))
    styles = {style for style, paragraphs in found if len(paragraphs) >= 2}
    for style, paragraphs in found:
        if style in styles:
            for p in paragraphs:
                p[0].label = Label("para", 0, "", p[0].text)


def _label_paragraph_run(lines: list[Line]) -> None:
    """A plan with no numbered line at all whose tasks are run-in paragraphs (党建工作：…（责任单位：X） / 经济工作：…):
    the longest run of two or more consecutive paragraphs each closed by its own annotation holds the tasks; the
    paragraphs before it are the preamble, those after it the closing."""
    best: list[list[Line]] = []
    run: list[list[Line]] = []
    for p in _paragraphs(lines):
        if _task_paragraph(p):
            run.append(p)
            if len(run) > len(best):
                best = list(run)
        else:
            run = []
    if len(best) >= 2:
        for p in best:
            p[0].label = Label("para", 0, "", p[0].text)


def _paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Lines grouped into paragraphs: a paragraph ends at a finished sentence; label lines (责任单位：…) join the one above."""
    paragraphs: list[list[Line]] = []
    closed = True
    for ln in lines:
        if _LABEL_LINE.match(ln.text) and paragraphs:
            paragraphs[-1].append(ln)  # 责任单位：… under the paragraph it closes
            closed = True
            continue
        if closed:
            paragraphs.append([])
        paragraphs[-1].append(ln)
        closed = bool(_TERMINAL.search(ln.text))
    return paragraphs


def _task_paragraph(p: list[Line]) -> bool:
    """A paragraph that says what to do and is closed by its own annotation (not an annotation alone)."""
    text = "".join(ln.text for ln in p)
    return (_has_annotation(text) and not _annotation_only(text) and not _LABEL_LINE.match(p[0].text)
            and len(text) >= _PARAGRAPH_MIN)


def _annotated_paragraphs(body: list[Line]) -> list[list[Line]]:
    """The paragraphs under a short heading naming no unit, when each is closed by its own annotation; else []."""
    if not heading_like(body[0].label) or _has_annotation(body[0].label.rest) or len(body) < 2:
        return []
    paragraphs = _paragraphs(body[1:])
    return paragraphs if all(_task_paragraph(p) for p in paragraphs) else []
