"""Which marked lines are items of the outline, before its levels are decided.

A marker alone does not make an item: the entries of a list of attachments (附件：1.… 2.…), a table of contents, a
covering notice's own requirements (一、提高认识 … before its signature), 第X章 over articles, and runs of bullets or
ordinals that name no unit are unlabelled here; a heading the page broke over two lines is joined; task paragraphs
printed with no marker, each closed by its own annotation, are labelled as items. `mark_items` runs these in order.
"""
from __future__ import annotations

import re

from ..words import lexicon
from ..words.notices import SIGNATURE_DATE, gives_work_to_named_bodies
from ..words.page import contents_entry
from .lines import (
    ACTION_HEADING,
    HEADING_MAX,
    LABEL_LINE,
    MONTH_HEADING,
    Line,
    PART_HEADING,
    PERIOD_LABEL_LINE,
    RUN_IN_PERIOD_LABEL,
    TERMINAL,
    TERMINAL_MARKS,
    annotation_only,
    has_annotation,
    heading_like,
    open_brackets,
)
from ..words.brackets import depth_zero_split
from ..words.names import drop_trailing_qualifier, unit_like
from .bullet_shapes import read_bullet_shapes
from .cards import card_numbers
from .duties import (OTHERS_LEAD, body_heads_a_duty, lead_units, opens_as_a_duty, town_heads_a_duty, unit_before_its_modal,
                     unit_before_its_verb)
from .units_by_number import opens_by_number
from .annotations import read_task
from .annotations.finders import opens_with_bodies_and_modal
from ..words.columns import UNIT_COLUMN_KINDS, column_kind, column_name
from ..words.labels import (
    ARTICLE_STYLES,
    NUMBERED_NAME_FIELD,
    STYLES,
    UNNUMBERED,
    Label,
    begins_with_its_number,
    cn_number,
    label_of,
    style_below,
)


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
                    or len(name) > _ATTACHMENT_ENTRY_MAX or "。" in label.rest or has_annotation(label.rest)):
                break
            nxt.label = None
            expected += 1


# 问题一： / 任务二、 / 项目3：: a line numbered under a word naming what it counts (lexicon.COUNTED_ITEM_WORDS), whatever
# stop closes its number (words/labels.py reads each so as the arabic style)
_COUNTED_HEAD = re.compile(r"^\s*(?:" + lexicon.alternation(lexicon.COUNTED_ITEM_WORDS) + ")")


def _unlabel_counted_heads_over_items(lines: list[Line]) -> None:
    """问题一：居住区停车难 / 牵头部门：… / 1.… / 2.…: a head numbered under the word naming what it counts, over items
    numbered 1. from 1, is a heading over them, not a task beside them.

    A 问题清单 (每月一题, a rectification plan by problem) numbers its problems 问题一： / 问题2：, each a task where
    nothing is numbered under it (labels: the arabic style counts them); where the next numbered line is a bare 1.,
    the problem sets out its measures under it and its field lines (牵头部门：/ 责任区：) speak for all of them. The
    line loses its label and reads as an action's heading (lexicon.ACTION_HEADING_WORDS), whose units cover its items
    naming none (outline._open_action).

    A plan may also number the measures on across its heads (任务一、… / 1. 2. / 任务二、… / 3. 4.): a bare number going on
    from the bare numbers above the head, the head's own number skipped, marks it as a heading just the same (before:
    任务二、 read as a unit-less task, and both it and 3. "repeated the sequence"). A counted line between bare numbers
    that takes its place in their run (1. 2. / 任务3： / 4.) is no such head: the next bare number skips it."""
    last_bare = 0  # the number of the last bare numbered line (1. / 2.) above, 0 before any
    for i, ln in enumerate(lines):
        label = ln.label
        if label is None or label.style != "arabic":
            continue
        if begins_with_its_number(label.text):
            last_bare = label.number or 0
            continue
        nxt = next((later.label for later in lines[i + 1:] if later.label is not None), None)
        if (nxt is not None and nxt.style == "arabic" and nxt.number in (1, last_bare + 1)
                and begins_with_its_number(nxt.text) and (ACTION_HEADING.match(ln.text) or _COUNTED_HEAD.match(ln.text))):
            ln.label = None


# the style of Markdown's ordered lists (1. / 1) ), the lists whose nesting only the indent shows
_NESTED_LIST_STYLE = "arabic"


def _unlabel_nested_lists_numbered_afresh(lines: list[Line]) -> None:
    """An item's own points written as a list of its style nested under it (5. 完善… / `    1. 筹集…` / `    2. 将…`)
    are the item's text, not items of its level.

    Markdown sets an item's measures as an ordered list indented under it, the same 1. 2. marks as the items; the
    indent alone tells the nesting (before: the measures read as tasks 1, 2 restarting the sequence, and the item's
    label lines below them went to the last). A run numbered from 1, indented deeper than the item of the same style
    straight above it (no other numbered line between), and going on 2, 3 … at the same indent is that item's
    points. A run restarting at 1 at the item's own depth (a new group's tasks) or under a line of another style
    keeps its labels. Only Markdown's ordered lists (arabic numbers), each item on a source line of its own: a line
    cut out of a longer one (text that lost its line breaks) has its place on that line for an indent.

    A period's heading between the two (一月份：/ 1. 2. / 二月份：1.…, the label run in and cut off by
    _split_run_in_period_labels, so the 1. keeps the label's width for an indent) opens a group of its own: the run
    under it is that period's tasks numbered afresh, nested under nothing (before, 二月份's first task lost its label
    and its words and units went to 一月份's last).
    """
    above: Line | None = None  # the last numbered line
    for i, ln in enumerate(lines):
        label = ln.label
        if label is None:
            if (above is not None and ln.indent <= above.indent
                    and (MONTH_HEADING.match(ln.text) or PERIOD_LABEL_LINE.match(ln.text))):
                above = None  # a period heading set in inside the task (上半年：over its points) is the task's
            continue
        if (above is not None and label.number == 1 and label.style == above.label.style == _NESTED_LIST_STYLE
                and above.label.number and ln.number != above.number and ln.indent > above.indent):
            _unlabel_run_at_its_indent(lines, i)
            continue
        above = ln


def _unlabel_run_at_its_indent(lines: list[Line], at: int) -> None:
    """The nested run opening at line `at` (numbered 1) unlabelled: its lines of the same style and indent going
    on 2, 3 …, through its unnumbered lines, until a numbered line that does not go on with it."""
    style, indent = lines[at].label.style, lines[at].indent
    expected = 1
    for ln in lines[at:]:
        if ln.label is None:
            continue
        if ln.label.style != style or ln.indent != indent or ln.label.number != expected:
            return
        ln.label = None
        expected += 1


# 责任单位： / 牵头单位： alone on its line (a unit label, nothing after its colon)
_BARE_UNITS_LABEL = re.compile("^" + lexicon.LABEL_MODIFIER + "(?:" + lexicon.UNIT_LABEL + r")\s*[:：]\s*$")
_LISTED_NAME_STYLES = ("arabic", "arabic_paren", "circled")  # 1. / (1) / ①: how such a list numbers its names


def _unlabel_units_numbered_under_a_bare_label(lines: list[Line]) -> None:
    """责任单位： / 1.县甲局 / 2.县乙局: units numbered one a line under a label alone on its line are the label's list,
    no items of the outline.

    Web copies of Word plans put a unit label alone on its line and the units under it one a line, numbered to show
    their order; read as items they made tasks named after bodies, restarting the task numbers. The lines after such a
    label numbered afresh from 1 (1. / (1) / ①), each only a body's name (a closing 等 aside: no sentence, no verb),
    are plain lines of the task, read as names under a units line (outline._names_under_a_units_line)."""
    for i, ln in enumerate(lines):
        if ln.label is not None or not _BARE_UNITS_LABEL.match(ln.text.strip()):
            continue
        expected = 1
        for nxt in lines[i + 1:]:
            label = nxt.label
            if (label is None or label.style not in _LISTED_NAME_STYLES or label.number != expected
                    or not unit_like(drop_trailing_qualifier(label.rest.strip().rstrip("。；;，,")))):
                break
            nxt.label = None
            expected += 1


# 七、八月份（暑假） / 十、十一月份: a plan by month heads two months together with a 、 between their numerals; the first
# numeral and its 、 read as a section's label (七、 after 三、 under a 三、月度工作安排), and the items after it went to a
# section 七 titled 八月份. A labelled line whose rest is itself a month heading opening with the month after the
# label's (七、八月份, 十一、十二月份) is that heading, no item; a section numbered apart from its month (一、九月份 over
# a school year's months as sections) keeps its label.
_FIRST_MONTH = re.compile(r"([一二三四五六七八九十]{1,3}|\d{1,2})")


def _unlabel_month_pairs(lines: list[Line]) -> None:
    """Lines like 七、八月份（暑假）: a heading of two months, not item 七 titled 八月份."""
    for ln in lines:
        rest = ln.label.rest.strip() if ln.label else ""
        if not (rest and MONTH_HEADING.match(rest) and MONTH_HEADING.match(ln.text)):
            continue
        first = _FIRST_MONTH.match(rest).group(1)
        if _month_number(first) == ln.label.number + 1:
            ln.label = None


def _split_run_in_period_labels(lines: list[Line]) -> list[Line]:
    """一月份：1.召开… : the month's label on a line of its own, then item 1. on a line of its own.

    A plan by month may run each month's label in before that month's first item (lines.RUN_IN_PERIOD_LABEL); read as
    one unnumbered line, the item was lost and its words and units went to the task above. Cut so, the label is a
    month heading as where it stands alone (MONTH_HEADING), and the item keeps its number."""
    return _split_run_in_labels(lines, RUN_IN_PERIOD_LABEL, lambda item: True)


def _split_run_in_labels(lines: list[Line], run_in_label: re.Pattern, cut_before) -> list[Line]:
    """Each unnumbered line opening with `run_in_label` and then an item `cut_before` accepts, as two lines: the label
    on a line of its own, then the item on a line of its own (the same source line, the item's indent inside it)."""
    out: list[Line] = []
    for ln in lines:
        m = None if ln.label else run_in_label.match(ln.text)
        item = label_of(ln.text[m.end():]) if m else None
        if item is None or not cut_before(item):
            out.append(ln)
            continue
        head = ln.text[: m.end()].rstrip(" \u3000")
        out += [Line(ln.number, head, None, ln.indent), Line(ln.number, ln.text[m.end():], item, ln.indent + m.end(),
                                                             cut_by_copy=ln.cut_by_copy)]
    return out


# 主要任务：1.开展… (lexicon.MEASURE_LIST_LABELS): the label and its colon at the line's start, the first item after it
_RUN_IN_MEASURE_LABEL = re.compile(r"^(?:" + lexicon.alternation(lexicon.MEASURE_LIST_LABELS) + r")[ \u3000]*[:：][ \u3000]*")


def _split_run_in_measure_labels(lines: list[Line]) -> list[Line]:
    """主要任务：1.开展… : the label on a line of its own, then item 1. on a line of its own.

    A heading's measures are set under a label (主要任务： / 整改措施：) that a plan may run in before the first of
    them; read as one field line, the first measure was lost. Cut only before an item 1. (the first of the list)."""
    return _split_run_in_labels(lines, _RUN_IN_MEASURE_LABEL,
                                lambda item: item.number == 1 and begins_with_its_number(item.text))


def _month_number(numeral: str) -> int:
    return int(numeral) if numeral.isdigit() else cn_number(numeral)


# 1.1编制目的………………(4) / 3.2.1信息报告……………(15): an entry of a table of contents, its leader dots running to
# the page number; the numbers are the headings' (printed again below), so the entries are no items of the outline
# (words.page.contents_entry, the one definition the source stage's plan starts use too)


def _unlabel_contents_entries(lines: list[Line]) -> None:
    """The numbered entries of a table of contents (目录, each entry's dots leading to its page) are plain text."""
    for ln in lines:
        if ln.label and contents_entry(ln.text):
            ln.label = None


# The covering notice of a plan it issues: "现将《…》印发给你们，并就有关事项通知如下：一、高度重视… 二、…", signed and
# dated (…办公厅 / 2023年1月12日) before the plan's own title. Its numbered requirements ask nothing of a named unit.
_ISSUING = re.compile(r"(?:印发|转发|下发)(?:给)?你们"
                      # or the document issued named in title marks, with another verb (现将《…》分解下达，请…)
                      r"|(?:现将|将|把)《[^》]{2,80}》[^。；：]{0,12}?(?:" + lexicon.alternation(lexicon.NOTICE_ISSUING_VERBS) + ")"
                      # or the tasks handed down in an attachment, then 通知如下 (…逐项分解下达。现将有关事项通知如下：)
                      r"|(?:" + lexicon.alternation(lexicon.NOTICE_HANDING_DOWN_VERBS) + r")[^：:]{0,50}?通知如下")
_NOTICE_OPENING = re.compile("(?:" + lexicon.alternation(lexicon.NOTICE_OPENINGS) + ")[：:]?\\s*$")
_NOTICE_REACH = 60  # lines from the issuing sentence to the notice's date
_NOTICE_ITEMS_MAX = 6
_NOTICE_ALONE_MAX = 12  # requirements in two levels; a plan holds more
# a line that is a document's title: no stop in it, ending in a kind of document (…河道保洁工作方案)
_DOCUMENT_TITLE = re.compile(r"^[^。；;，,：:]{4,60}(?:" + lexicon.alternation(lexicon.INTERPRETED_KINDS) + r")$")
# the office signing the notice, on the line above its date
_SIGNATURE = re.compile(r"(?:委员会|人民政府|政府|办公室|办公厅|指挥部|领导小组|局|厅|委|办|部|中心|党委|党组)(?:[(（]章[)）])?$")


def _requirement_names_a_unit(block: list[Line], subjects: bool = False) -> bool:
    """Does a requirement (its label line and the lines under it) name a unit, by an annotation or on a label line
    (牵头单位：县X局)? With `subjects`, also as its sentence's subject with a role verb (由县X局牵头，县Y局配合… /
    县Z局负责…): the notice read as a plan before the plan it issues because its requirements give work so (source/
    read.py _notice_giving_work, by the same words: notices.gives_work_to_named_bodies)."""
    if any(has_annotation(ln.text) or LABEL_LINE.match(ln.text) for ln in block):
        return True
    return subjects and gives_work_to_named_bodies(block[0].label.rest + "".join(ln.text for ln in block[1:]))


def _unlabel_notice_requirements(lines: list[Line], before_plan: bool = False) -> None:
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
    if start is None or any(ln.label and has_annotation(ln.text) for ln in lines[:start]):
        return
    end = next((i for i in range(start + 1, min(len(lines), start + _NOTICE_REACH)) if SIGNATURE_DATE.match(lines[i].text)), None)
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
    annotated = sum(1 for block in blocks if _requirement_names_a_unit(block, before_plan))
    # A requirement may name the office that oversees it (三、强化督查考核。…（县政府督查室负责）): where the notice
    # issues a document named in title marks, the plan is that document, and a minority of its requirements naming
    # a unit does not make them its tasks (a plan printed in the notice has its tasks, most of them, annotated).
    named = "《" in lines[start].text
    if opening:
        # the notice signed and dated, then a plan numbering afresh at the notice's own level (一、 again), its items
        # naming units: two documents, the first the notice (its 一、二、 ask, they are no tasks of the plan)
        after = [ln for ln in lines[end + 1 :] if ln.label]
        restarts = (bool(span) and bool(after) and after[0].label.style == span[0].label.style
                    and after[0].label.number == 1 and any(has_annotation(ln.text) for ln in after))
        if not restarts:
            return
        named = True
    if (signed and span and (alone or (len(span) <= _NOTICE_ITEMS_MAX and len({ln.label.style for ln in span}) == 1))
            and (not annotated or (named and 2 * annotated < len(span)))):
        for ln in span:
            ln.label = None
    elif before_plan and signed and len({ln.label.style for ln in span}) == 1:
        # A notice read as a plan of its own before the plan it issues (its requirements naming units, source/read.py
        # _notice_giving_work) gives out work (一、强化统筹。…（X牵头，Y配合）), but is not the plan: the requirements
        # after the last naming a unit name none and only ask (六、坚持节俭办节。…), as a notice's requirements before
        # its plan do: its closing words, no tasks. (One naming none between two naming units stays an item:
        # unlabelled, its text would run into the task above it.) A notice whose plan is not on the page is the
        # plan it prints, every requirement its task. So are those before the first naming a unit (一、明确职责边界。目录
        # 中“实施主体”为…的部门): what the notice states before it shares out its work, read on from its issuing sentence.
        for ordered in (reversed(blocks), blocks):
            for block in ordered:
                if _requirement_names_a_unit(block, subjects=True):
                    break
                block[0].label = None


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


# 01 / 02丨重点任务 / 03 | 保障措施: 公众号 and other new-media reposts (and 图解 pages) number a plan's sections with
# two-digit numbers, alone on a line over the section's name or before it after a space or a bar
_ZERO_PADDED = re.compile(r"^0([1-9])(?:\s*[丨|｜]\s*|\s+|$)")


def _zero_padded_sections(lines: list[Line]) -> list[Line]:
    """Section numbers written 01, 02, 03 … are the plan's sections, as 一、 二、 三、 would be.

    Only where they run 01, 02, 03 … in order (two at least), each a heading: the name after the number, or alone on
    the next line, short and with no sentence in it; a figure opening a line of text (05 号楼…) is none of these. A
    number alone on its line is joined with its name. They are read at the 一、 level; where the plan numbers 一、
    headings too, at the level of the parts above them (Ⅰ、 Ⅱ、).

    Parts stand over the 一、 headings, so the first of them comes before the first 一、: a run that starts after a
    一、 heading (一、城市更新 / 01 推进老旧小区改造 / 02 … / 二、… / 03 …) numbers what is under the headings, the
    tasks (_zero_padded_tasks), not parts or sections.
    """
    if len(_zero_padded_run(lines, titles_anywhere=True)) >= _PAST_NINE:
        return lines  # 01 … 09 10 11 …: a list of tasks (_zero_padded_tasks), not the plan's few sections
    first_heading = _first_cn_heading(lines)
    found: list[tuple[int, int, str]] = []  # (index, number, the heading's name)
    expected = 1
    for i, ln in enumerate(lines):
        m = _ZERO_PADDED.match(ln.text) if ln.label is None else None
        if not m or int(m.group(1)) != expected or (expected == 1 and i > first_heading):
            continue
        name = ln.text[m.end():].strip()
        alone = not name
        if alone and i + 1 < len(lines) and lines[i + 1].label is None:
            name = lines[i + 1].text
        if not name or len(name) > HEADING_MAX or re.search(r"[。；;，,：:]", name.rstrip("。")):
            continue
        found.append((i, expected, name if not alone else ""))
        expected += 1
    if len(found) < 2:
        return lines
    style = "roman" if any(ln.label and ln.label.style == "cn" for ln in lines) else "cn"
    joined: set[int] = set()
    for i, number, name in found:
        ln = lines[i]
        printed = _ZERO_PADDED.match(ln.text).group(0).strip()  # 02丨: the bar is the label's, as 、 is in 二、
        if not name:  # the number alone on its line: its name is the next line
            name = lines[i + 1].text
            joined.add(i + 1)
            ln.text = f"{printed} {name}"
        ln.label = Label(style, number, printed, name)
    return [ln for i, ln in enumerate(lines) if i not in joined]


def _first_cn_heading(lines: list[Line]) -> int:
    """The index of the first 一、 heading, or past the end where the plan has none."""
    return next((i for i, ln in enumerate(lines) if ln.label and ln.label.style == "cn"), len(lines))


# 01 全年地区生产总值增长6%左右，… / 02⏎新增国家高新技术企业60家，…: a 任务书 or 清单 set from a designed PDF or a long
# image (and copied from it) prints each task's number as a big two-digit numeral, 01 02 … 09 10 11 …, with no stop,
# a space after it or the task's text on the next line; the numbers run through the plan, under ■ group headings
# (a sign a 公众号 sets before one number of the run, ✅ 09, is kept in the task's label: lexicon.NUMBER_MARKS)
_ZERO_PADDED_TASK = re.compile(r"^(?:[" + "".join(lexicon.NUMBER_MARKS) + r"]\s*)?(0([1-9])|([1-9]\d))(?:\s+|$)")
_SENTENCE_MARK = re.compile(r"[，,。；;]")
_ZERO_PADDED_TASKS_MIN = 3  # a run of three in order is a numbering, not a chance figure opening a line
# …but numbers each alone on its line over the task's text (01 / 编制规划 / … / 02 / …) open no line of text: two in
# order are a numbering, as two are for _zero_padded_sections
_LONE_ZERO_PADDED_MIN = 2


# how a label written alone on its line ends: a stop or a closing bracket (4. / 二、 / （三）), not a bare figure, which
# is a page's number
_LONE_LABEL_ENDS = ".．、)）"
_LONE_PROBE = "\u6587"  # a character set after a bare label so label_of reads it (it reads no label in a bare number)
# 第七条 / 第二章 alone on its line, the article's title sentence (强化燃气安全整治。) on the next: a bold title set on a
# line of its own. An article's label is read only with a space after it where its text runs in (第一条生产线 is a
# noun), so the lone label is joined to its text by one, the way run-in articles are written
_LONE_ARTICLE_ENDS = "条章节"
_ARTICLE_GAP = "\u3000"


def _lone_gap(text: str) -> str:
    """What stands between a lone label and its text once joined: a space after an article's label, else nothing."""
    return _ARTICLE_GAP if text[-1:] in _LONE_ARTICLE_ENDS else ""


def _lone_label(text: str) -> Label | None:
    """The label a line holds when it is nothing but a label ending in a stop or a bracket (4. / （二）) or an article's
    label (第七条), else None."""
    gap = _lone_gap(text)
    label = label_of(text + gap + _LONE_PROBE)
    if label is None or label.text != text or label.rest != _LONE_PROBE:
        return None
    if not (label.style in ARTICLE_STYLES if gap else text[-1] in _LONE_LABEL_ENDS):
        return None
    return label


def _lone_labels_joined(lines: list[Line]) -> list[Line]:
    """A task's number alone on its line, its text on the next, is that text's label.

    PDF and web copies break a line after the number (4. / 建立企业家信息库。…). label_of reads no label in a bare number,
    so the number was text and its task's text ran on in the item above. The two lines are one item where the next
    line is unlabelled text and the number goes on with the numbering of its style: the item of that style before it
    numbered one less, or the one after it one more (a page's number left in the text does not fit).
    """
    lone = {i: label for i, ln in enumerate(lines)
            if ln.label is None and i + 1 < len(lines) and lines[i + 1].label is None
            and (label := _lone_label(ln.text)) is not None and _lone_label(lines[i + 1].text) is None}
    if not lone:
        return lines
    # (the lone labels count among the items around them: a run of them, 1. / … / 2. / … / 3. / …, bears itself out)
    after: dict[int, int | None] = {}  # the number of the next item of the lone label's style
    following: dict[str, int] = {}
    for i in range(len(lines) - 1, -1, -1):
        label = lone.get(i) or lines[i].label
        if i in lone:
            after[i] = following.get(label.style)
        if label is not None:
            following[label.style] = label.number
    joined: set[int] = set()
    before: dict[str, int] = {}
    for i, ln in enumerate(lines):
        label = lone.get(i)
        if label is not None and (before.get(label.style) == label.number - 1 or after[i] == label.number + 1):
            ln.text = ln.text + _lone_gap(ln.text) + lines[i + 1].text
            ln.label = label_of(ln.text)
            joined.add(i + 1)
        label = label or ln.label
        if label is not None:
            before[label.style] = label.number
    return [ln for i, ln in enumerate(lines) if i not in joined]


def _zero_padded_tasks(lines: list[Line]) -> list[Line]:
    """Task numbers written 01, 02, 03 … (then 10, 11 …) are the tasks' labels, as 1. 2. 3. would be.

    Only where they run from 01 in order, three at least, the leading zero on 01–09 (a figure opening a line of text,
    05 号楼…, or a table's figures do not run so), each before a task's text: a sentence on the line or, the number
    alone on its line, on the next line, which is joined to it. Lines read as headings (01 总体要求) are labelled
    before and left alone.

    Under 一、 headings (the run starting after the first of them) a number may stand before a short title with no
    stop, the task's sentence in the paragraph under it (一、城市更新 / 01 推进老旧小区改造 / 完成38个小区改造。): the
    title line, its next line unnumbered text, is the task's label line too, as 1.推进老旧小区改造 would be. So it is
    where the number stands alone on its line over the title (01 / 推进老旧小区改造 / 完成…), as image-text copies set it.

    A run of such titles that goes on past 09 (… 09 改造菜市场 / 10 规范早餐网点 / 11 …) numbers tasks wherever it
    stands, with or without 一、 headings above it: an 一图读懂 page numbers its tasks so under panel headings
    (PART 02, 行动一), and a plan's sections never run to ten (_zero_padded_sections leaves such a run alone).
    """
    found = _zero_padded_run(lines, titles_anywhere=False)
    if len(found) < _PAST_NINE:
        titled = _zero_padded_run(lines, titles_anywhere=True)
        found = titled if len(titled) >= _PAST_NINE else found
    if len(found) < (_LONE_ZERO_PADDED_MIN if all(alone for _, _, alone in found) else _ZERO_PADDED_TASKS_MIN):
        return lines
    joined: set[int] = set()
    for i, number, alone in found:
        ln = lines[i]
        m = _ZERO_PADDED_TASK.match(ln.text)
        printed = m.group(0).strip()  # ✅ 09: the sign stays with the number it marks, as printed
        if alone:  # the number alone on its line: the task's text is the next line
            joined.add(i + 1)
            ln.text = f"{ln.text.rstrip()} {lines[i + 1].text}"
        ln.label = Label("arabic", number, printed, ln.text[m.end():].lstrip())
    return [ln for i, ln in enumerate(lines) if i not in joined]


_PAST_NINE = 10  # a zero-padded run this long has gone past 09: a list of tasks, never a plan's sections


def _zero_padded_run(lines: list[Line], titles_anywhere: bool) -> list[tuple[int, int, bool]]:
    """The lines numbered 01, 02 … (10, 11 …) in order before a task's text, as (index, number, alone on its line).

    A task's text is a sentence, or a short title over its text (_title_over_its_text) where the run starts under
    the first 一、 heading or `titles_anywhere`."""
    first_heading = -1 if titles_anywhere else _first_cn_heading(lines)
    titles = titles_anywhere
    found: list[tuple[int, int, bool]] = []
    for i, ln in enumerate(lines):
        m = _ZERO_PADDED_TASK.match(ln.text) if ln.label is None else None
        if not m or int(m.group(2) or m.group(3)) != len(found) + 1:
            continue
        if not found and not titles_anywhere:
            titles = i > first_heading  # the run starts below the first 一、 heading: titles are tasks' too
        text = ln.text[m.end():].strip()
        alone = not text
        at = i + 1 if alone else i  # the line the title stands on
        if alone and i + 1 < len(lines) and lines[i + 1].label is None:
            text = lines[i + 1].text
        if _SENTENCE_MARK.search(text) or (titles and text and _title_over_its_text(text, lines, at)):
            found.append((i, len(found) + 1, alone))
    return found


# the stops a title line does not hold: a comma may stand in one (推进改造，提升品质), unlike in _SENTENCE_MARK's test
_TITLE_STOP = re.compile(r"[。；;：:]")


def _title_over_its_text(title: str, lines: list[Line], i: int) -> bool:
    """A short title with no stop (推进老旧小区改造), the next line unnumbered text: a task's title line."""
    return (len(title) <= HEADING_MAX and not _TITLE_STOP.search(title) and i + 1 < len(lines)
            and lines[i + 1].label is None)


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


def _closes_heading_bracket(head: Line, ln: Line) -> bool:
    """Is `ln` the rest of a heading's annotation that the page broke: the heading's bracket open at its end,
    closed on this line, which holds nothing after it? (A task's own lines are joined by the walker.)"""
    rest = head.label.rest
    at = max(rest.rfind("（"), rest.rfind("("))
    return (0 < at <= HEADING_MAX and open_brackets(rest) == 1 and "。" not in rest[:at]
            and open_brackets(ln.text) == -1 and re.search(r"[）)]\s*[。；;]?$", ln.text) is not None
            and len(ln.text) <= HEADING_MAX * 2)


def signature_lines(lines: list[Line]) -> set[int]:
    """Source numbers of the office and the date signing a document right after a task's label line.

    A 通知 that is itself the plan may end its last task on a units' line (牵头单位：县交通运输局) and sign below it
    (某县人民政府办公室 / 2025年2月10日): the label line has no stop, so the office's line would read as the list
    wrapped (县交通运输局某县人民政府办公室). An office's line directly over a date line is the signature.
    """
    found: set[int] = set()
    for i in range(1, len(lines) - 1):
        ln, date = lines[i], lines[i + 1]
        if (not ln.label and len(ln.text) <= 30 and _SIGNATURE.search(ln.text) and SIGNATURE_DATE.match(date.text)
                and LABEL_LINE.match(lines[i - 1].text)):
            found.update((ln.number, date.number))
    return found


def is_date_line(text: str) -> bool:
    """Whether `text` is a date alone on its line (2025年3月1日), as a document is dated under its signature."""
    return SIGNATURE_DATE.match(text) is not None


def lines_over_a_date(lines: list[Line]) -> set[int]:
    """Source numbers of the lines set directly over a date line (某县人民政府办公室 / 2025年3月1日): an office signing,
    whatever stands above it; a line of bodies' names so placed is no measure's units (outline reads those)."""
    return {lines[i].number for i in range(len(lines) - 1) if SIGNATURE_DATE.match(lines[i + 1].text)}


# Markers that carry no number of the outline's own (docs-dev/reading.md, "Tasks printed without a number"): a run of
# them is a level of the outline only where each item names its units; elsewhere they are sentences of the item above.
_MARKER_STYLES = ("ordinal", "bullet")


def _items_with_bodies(lines: list[Line]) -> list[tuple[int, list[Line]]]:
    """(index, the item's line and the unlabelled lines under it) for each labelled line."""
    at = [i for i, ln in enumerate(lines) if ln.label]
    return [(i, lines[i: j]) for i, j in zip(at, at[1:] + [len(lines)])]


# an ordinal word of a count of verbs (二是, 三要, 十二是): a numeral of up to three characters and the count's verb
_COUNT_WORD = r"[" + lexicon.ORDINAL_WORD_NUMERALS + r"]{1,3}[" + "".join(lexicon.ORDINAL_WORD_VERBS) + r"]"

# a closing bracket, then an ordinal word of any kind (…（X牵头）二是… / 第二， / 其二， / 其次， / 最后，): where a part run
# in after the part before may begin (label_of then reads the word and its stop)
_RUN_IN_ORDINAL = re.compile(
    r"[）)][ \u3000]*(?=" + _COUNT_WORD
    + r"|[" + "".join(lexicon.ORDINAL_WORD_HEADS) + r"][" + lexicon.ORDINAL_WORD_NUMERALS + r"]{1,3}"
    + r"|" + lexicon.alternation(lexicon.ORDINAL_ADVERBS) + r")")
_ORDINAL_LABEL_SPAN = 8  # enough of the text after the bracket to read an ordinal word's label (十二是，)


def _split_run_in_ordinal_parts(lines: list[Line]) -> list[Line]:
    """一是…（X牵头）二是…（Y负责）三是…（Z负责） in one paragraph straight under a 一、 heading: each part is a task.

    A 工作要点 may run its 一是 tasks together in one paragraph, each closed by its units in brackets, where others
    put each on a line of its own. Read as one line, the ordinal words inside it were no items and the paragraph (units
    and all) became the heading's text. Split where, after a part closed by its units, the next ordinal word of the
    count follows the bracket, and only where every part, the last too, is so closed and the paragraph stands straight
    under a heading of the plan's outermost level (under a numbered task the parts are that task's sentences).
    """
    outermost = next((s for s in STYLES if any(ln.label.style == s for ln in lines if ln.label)), None)
    out: list[Line] = []
    parent: str | None = None
    for ln in lines:
        first = ln.label is not None and ln.label.style == "ordinal" and ln.label.number == 1
        out += _run_in_ordinal_parts(ln) if first and parent == outermost else [ln]
        if ln.label:
            parent = ln.label.style
    return out


def _ordinal_word(label: Label) -> str:
    """An ordinal label's word without the stop after it (二是， -> 二是, 第一、 -> 第一, 首先： -> 首先)."""
    return label.text.rstrip("，,、：: \u3000")


def _ordinal_kind(label: Label) -> str:
    """The kind of ordinal word a label is (一是 / 一要 / 第一， / 其一， / 首先，): a count keeps to one kind."""
    word = _ordinal_word(label)
    if word in lexicon.ORDINAL_ADVERBS:
        return "adverb"
    return word[0] if word[0] in lexicon.ORDINAL_WORD_HEADS else word[-1]


def _goes_on_count(label: Label | None, first: Label, want: int) -> bool:
    """The label is the ordinal word next in the count `first` opened: the same kind, numbered `want` — or 最后, which
    closes a 首先 / 其次 count at any place (its number is 0, its place the one after the last)."""
    return (label is not None and label.style == "ordinal" and _ordinal_kind(label) == _ordinal_kind(first)
            and label.number in (want, 0))


def _run_in_ordinal_parts(ln: Line) -> list[Line]:
    """The line cut before each run-in ordinal word that goes on its count after an annotated part; [ln] otherwise.

    Any kind of ordinal word opens the parts (一是…二是… as 第一，…第二，… / 其一，…其二，… / 首先，…其次，…最后，…: a
    实施意见 sets a section's measures so), each part followed by the next word of its own kind only."""
    cuts, want = [0], 2
    for m in _RUN_IN_ORDINAL.finditer(ln.text):
        label = label_of(ln.text[m.end(): m.end() + _ORDINAL_LABEL_SPAN])
        if _goes_on_count(label, ln.label, want) and has_annotation(ln.text[cuts[-1]: m.end()]):
            cuts.append(m.end())
            want += 1
            if label.number == 0:
                break  # 最后 closes the count
    if len(cuts) < 2 or not has_annotation(ln.text[cuts[-1]:]):
        return [ln]
    parts = []
    for a, b in zip(cuts, cuts[1:] + [len(ln.text)]):
        text = ln.text[a:b].strip()
        lead = len(ln.text[a:b]) - len(ln.text[a:b].lstrip())
        parts.append(Line(ln.number, text, label_of(text), ln.indent + a + lead))
    parts[-1].cut_by_copy = ln.cut_by_copy
    return parts


# an ordinal word run in after a clause's end (…（X负责）；二是… / …。三是…): a count going on inside a paragraph
_RUN_IN_COUNT = re.compile(r"[；;。，,）)][ \u3000]*(?=" + _COUNT_WORD + r")")


def _count_runs_on_inside(body: list[Line]) -> bool:
    """The item's own text holds, run in after a clause, the ordinal word that comes next in its count (一是…；二是…).

    A 工作要点 writes a heading's clauses in one paragraph, 一是…（X负责）；二是…（Y负责）；三是…。 Copied from a PDF,
    the paragraph is hard-wrapped at the printed width, and a wrap may fall just before a later ordinal word, so
    一是… and 三是… (or 二是…) begin lines, each with its clause's bracket, as a list set a clause a line would. Such
    line starts are where the page happened to break: the count goes on inside the lines (二是 between them, or 三是
    after the last), which a clause set on a line of its own never does. Only the same verb counts (一是 then 二是, 一要
    then 二要), so 第一，…一是…二是… keeps its 第一， as a level.
    """
    label = body[0].label
    verb = _ordinal_word(label)[-1:]
    if verb not in lexicon.ORDINAL_WORD_VERBS:
        return False
    text = "".join(ln.text for ln in body)
    for m in _RUN_IN_COUNT.finditer(text, len(label.text)):
        inner = label_of(text[m.end(): m.end() + _ORDINAL_LABEL_SPAN])
        if (inner is not None and inner.style == "ordinal" and inner.number == label.number + 1
                and _ordinal_word(inner)[-1:] == verb):
            return True
    return False


def _unlabel_unannotated_marker_runs(lines: list[Line], doubts: list[tuple[int, str]] | None = None) -> None:
    """一是 / 第一， / ● lines are tasks where each is closed by its own annotation; otherwise they count out one item.

    A plan may set its tasks out under a 一、 heading as bullets (● 深化…。（责任单位：X）) or ordinal words (第一，…；
    一是…（X牵头）), each closed by its units: those are its tasks. The same markers inside a numbered task (1.加强… 一是…
    二是… then one annotation line) or in a closing 工作要求 (一要… 二要…) are that item's sentences, as a careful reader
    reads them (round 3: 一是 sentences are parts of their item). So a run of such lines of one style, with no other
    labelled line between them, keeps its labels only when every line's item names a unit (all but one in a run of three
    or more), and not under a numbered
    item of a level whose other items name their own units (there the numbered items are the tasks).

    A 工作要点 that writes its tasks as 一是 paragraphs under its 一、 headings names the units of some of them in the
    sentence rather than in a closing bracket (一是县人武部负责…。 / 二是由X会同Y开展…。): read run by run, such a section
    lost all its tasks. So the plan decides: where a run straight under one of its outermost headings is its tasks, a run
    of the same style straight under another such heading is its tasks too when two or more of its items and at least
    half of them close with their units. A run that still looks like tasks (two or more annotated items straight under
    an outermost heading) but is read as its section's text is put in `doubts` (line, message) for the warnings.
    """
    items = _items_with_bodies(lines)
    outermost = next((s for s in STYLES if any(ln.label.style == s for ln in lines if ln.label)), None)
    annotated = _styles_naming_their_own_units(items) | _inner_styles_closing_their_paragraph(items, outermost)
    runs: list[tuple[list, bool, bool, int]] = []  # (items, keeps its labels, straight under a heading, items annotated)
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
        bare = sum(not has_annotation("".join(ln.text for ln in body)) for _, body in run)
        # a count that goes on inside its lines (一是…；二是… wrapped so 三是 begins a line) is one paragraph's clauses
        counted = counted and not any(_count_runs_on_inside(body) for _, body in run)
        keeps = counted and parent not in annotated and bare <= (1 if len(run) >= 3 else 0)
        under_heading = counted and parent is not None and parent == outermost and parent not in annotated
        runs.append((run, keeps, under_heading, len(run) - bare))
        k = end
    task_styles = {run[0][1][0].label.style for run, keeps, under, _ in runs if keeps and under}
    for run, keeps, under, named in runs:
        style = run[0][1][0].label.style
        if not keeps and under and named >= 2:
            if style in task_styles and 2 * named >= len(run):
                continue  # the plan's tasks, some naming their units in the sentence
            if doubts is not None:
                first = run[0][1][0]
                doubts.append((first.number, f"{len(run)} '{first.label.text}' paragraphs under a heading, "
                                             f"{len(run) - named} of them with no units in brackets: read as the "
                                             f"heading's text, not as tasks"))
        if not keeps:
            for _, body in run:
                body[0].label = None


def _inner_styles_closing_their_paragraph(items: list[tuple[int, list[Line]]], outermost: str | None) -> set[str]:
    """Numbered styles below the outermost level some item of which is followed by a paragraph (no marker line under
    the heading) that names units: （二）严格执行请示报告制度 / 要坚决落实…。（责任单位：X、Y）.

    A 工作要点 writes each （N） task as a heading line over one paragraph, its units in the paragraph; a heading whose
    paragraph counts out 一是…（X负责）/ 二是…（Y负责） on lines of their own is a task of the same level, and those
    lines its clauses (round 3: 一是 sentences are parts of their numbered item), where a sibling shows the level
    carrying its units. Under the outermost level a paragraph may itself be a task (unnumbered paragraph tasks under
    一、 headings), so only inner levels are judged so.
    """
    styles: set[str] = set()
    for _, body in items:
        style = body[0].label.style
        if style in _MARKER_STYLES or style == outermost or style in styles or len(body) < 2:
            continue
        if has_annotation("".join(ln.text for ln in body[1:])):
            styles.add(style)
    return styles


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
            if not (LABEL_LINE.match(ln.text) or annotation_only(ln.text)):
                break
            own.append(ln.text)
        if has_annotation("".join(own)):
            styles.add(style)
    return styles


TASK_PARAGRAPH_MIN = 12  # a task paragraph says what to do before its annotation; a units' sentence alone is shorter


def _label_task_paragraphs(lines: list[Line], said: list[tuple[int, str]] | None = None,
                           doubts: list[tuple[int, str]] | None = None, work_notice: bool = False) -> None:
    """Paragraphs under a short heading, each closed by its own annotation and none numbered, are the heading's tasks.

    Party and town 工作要点 often set out a part of the plan as unnumbered run-in paragraphs (`理论武装：…（责任单位：X）`,
    `在推进…方面，…（X牵头，Y配合）`) under its 一、 heading. Each such paragraph is a task as a numbered one would be:
    it is labelled `para` (the innermost level, numbered by its place in the plan). Only where the heading is a short
    title naming no unit and the lines under it are two or more paragraphs each ending in (or followed by the label
    lines of) an annotation; then a heading of the same style over one such paragraph holds one task too. Alone, one
    annotated paragraph under a heading is that heading's text, as before. Only under the plan's outermost headings,
    and under inner group headings whose sibling groups hold numbered tasks closed by units lines
    (_groups_over_numbered_tasks), there where each paragraph is closed by a units line of its own: such a group's
    paragraphs are labelled at its siblings' task level with no printed number (numbered by place), as those tasks are.

    A notice on a piece of work (关于做好…工作的通知, `work_notice`) names its units as its clauses' subjects, not in
    brackets: a paragraph under its outermost heading opening with bodies and the modal 要 (市A局、市B局要加强…) is
    closed by its units as an annotated one is (_subject_paragraph), so its parts written as such paragraphs, one body's
    duty each, are tasks beside its parts written as （一） items.
    """
    if not any(ln.label for ln in lines):
        _label_paragraph_run(lines)
        return
    held = _fold_sub_points_into_lead_ins(lines)
    found: list[tuple[str, list[list[Line]], list[tuple[int, str]]]] = []
    items = _items_with_bodies(lines)
    annotated = _styles_naming_their_own_units(items)  # under such an item the paragraphs are its sub-points
    # the plan's outermost level only (its 一、 parts): under a （一） item, sentences set out on lines of their own each
    # with its units are that item's, as a 分工意见 writes several annotated sentences into one numbered task
    outermost = next((s for s in STYLES if any(ln.label.style == s for ln in lines if ln.label)), None)
    # a group whose tasks all lost their Word numbers, among sibling groups over typed 1． 2． tasks: its paragraphs,
    # each closed by its own 责任单位： line, are its tasks as the siblings' numbered ones are
    groups = _groups_over_numbered_tasks(items)
    groups.pop(outermost, None)
    lost_groups: list[tuple[str, list[Line]]] = []  # (the section heading's style, its bare group headings)
    for _, body in items:
        style = body[0].label.style
        if style in annotated or (style != outermost and style not in groups):
            continue
        remarks: list[tuple[int, str]] = []
        heads = _bare_group_headings(body, held) if style == outermost else []
        by_subjects = work_notice and style == outermost
        paragraphs = _annotated_paragraphs([ln for ln in body if ln not in heads], held, remarks, doubts, by_subjects)
        if style != outermost and not all(_closed_by_label_lines(p) for p in paragraphs):
            continue
        if paragraphs:
            found.append((style, paragraphs, remarks))
            lost_groups.append((style, heads))
    styles = {style for style, paragraphs, _ in found if len(paragraphs) >= 2}
    for style, paragraphs, remarks in found:
        if style in styles:
            for p in paragraphs:
                p[0].label = Label(groups.get(style, "para"), 0, "", p[0].text)
            if said is not None:
                said += remarks
                if style in groups:
                    said += [(p[0].number, f"line {p[0].number}: a paragraph closed by its own units' line under a "
                                           f"group heading is read as a task whose number was lost, as its sibling "
                                           f"groups hold numbered tasks") for p in paragraphs]
    for style, heads in lost_groups:
        if style in styles:
            _label_bare_group_headings(heads, style, said)
    _label_lost_group_headings(lines, groups, said)


def _bare_group_headings(body: list[Line], held: frozenset[int]) -> list[Line]:
    """The bare short lines under a section heading that head groups of its task paragraphs (加强妇幼健康 over
    实施母婴安全行动…。【责任处室：X】 / 推进出生缺陷综合防治。【责任处室：Y】); [] where there are none.

    A docx copy loses Word's automatic numbering: the （一） group headings print as bare short lines, and where the
    tasks under them were numbered automatically as well, the tasks print as plain paragraphs each closed by its own
    annotation. A bare line has no sentence mark to close it, so it ran on into the paragraph below, and that task was
    titled by its group's name. Such lines are group headings, not the first line of a task. Only where two or more
    bare lines (_bare_heading_line) open the section's paragraphs, each stands over a task paragraph, no task
    paragraph comes before the first of them, and at least half of them stand over two task paragraphs or more: a
    short title printed on a line of its own over each task's sentence stands over one paragraph only, and stays
    that task's title (_bare_section_headings, the same test for a plan with no numbered line)."""
    paragraphs = _paragraphs(body[1:], held, bare_headings=True)
    at = [k for k, p in enumerate(paragraphs)
          if _bare_heading(p) and k + 1 < len(paragraphs) and _task_paragraph(paragraphs[k + 1])]
    if len(at) < 2 or any(_task_paragraph(p) for p in paragraphs[: at[0]]):
        return []
    run = [p for p in paragraphs[at[0]:] if _task_paragraph(p) or any(p is paragraphs[k] for k in at)]
    if len(run) != len(paragraphs) - at[0]:
        return []  # a paragraph of another kind among them (a note, a table): the reader does not guess
    headings = _bare_section_headings(run)
    return [p[0] for p in headings]


def _label_bare_group_headings(heads: list[Line], style: str, said: list[tuple[int, str]] | None) -> None:
    """Label each bare group heading (_bare_group_headings) under a section heading of `style` as a group heading
    of the style below it, with no printed number (label \"\"), as a （一） whose number was lost. Under a section of
    unnumbered items (● lines, bare paragraphs) there is no numbered style below to give: the lines stay as they are."""
    group = style_below(style) if style not in UNNUMBERED else None
    if group is None:
        return
    for ln in heads:
        ln.label = Label(group, 0, "", ln.text)
        if said is not None:
            said.append((ln.number, f"line {ln.number}: a bare short line over unnumbered task paragraphs is read as "
                                    f"a group heading whose number was lost, not as the title of the task below it"))


def _label_lost_group_headings(lines: list[Line], groups: dict[str, str],
                               said: list[tuple[int, str]] | None = None) -> None:
    """A bare short line (强化队伍建设) after a task's units line and over a task numbered 1 again is a group heading
    whose number was lost, in a plan whose groups hold numbered tasks (（一） over 1． 2．).

    Pasted from Word, a （四） set automatically prints as a bare line while the tasks under it keep their typed 1．:
    left unlabelled it ran on into the task above, and the tasks under it were read as the group's above. It is
    labelled a group heading of its siblings' style with no printed number (label ""). Only where the line is no
    sentence and names no unit (_bare_heading_line), follows a units line (the task above is closed) and the next
    item is a task of the groups' task style numbered 1, after tasks of that style: the numbers restart, a new group.
    """
    tasks_met = False  # a task of a group's task style above: numbers can only restart after one
    for i, ln in enumerate(lines):
        if ln.label:
            tasks_met = tasks_met or ln.label.style in groups.values()
            continue
        if not tasks_met or i == 0 or not LABEL_LINE.match(lines[i - 1].text) or not _bare_heading_line(ln):
            continue
        nxt = lines[i + 1].label if i + 1 < len(lines) else None
        group = next((g for g, task in groups.items() if nxt is not None and task == nxt.style), None)
        if group is None or nxt.number != 1:
            continue
        ln.label = Label(group, 0, "", ln.text)
        if said is not None:
            said.append((ln.number, f"line {ln.number}: a bare line over tasks numbered again from 1 is read as a "
                                    f"group heading whose number was lost"))


def _groups_over_numbered_tasks(items: list[tuple[int, list[Line]]]) -> dict[str, str]:
    """Styles of group headings naming no unit (（一）规范事项准入) right over a numbered item of a lower style that is
    closed by a units line of its own (1．实行清单管理。… / 责任单位：X), each with that item's style: the plan's tasks
    are numbered under its groups."""
    styles: dict[str, str] = {}
    for (_, body), (_, child) in zip(items, items[1:]):
        head, task = body[0].label, child[0].label
        if (len(body) == 1 and heading_like(head) and not has_annotation(head.rest) and head.style in STYLES
                and task.style in STYLES and STYLES.index(task.style) > STYLES.index(head.style)
                and task.number and _closed_by_label_lines(_paragraphs(child)[-1])):
            styles.setdefault(head.style, task.style)
    return styles


def _label_unnumbered_siblings(lines: list[Line], said: list[tuple[int, str]] | None = None) -> None:
    """A paragraph closed by label lines of its own after a numbered task closed by its label lines is a task of the
    same list whose number was lost.

    A plan pasted from Word into a web editor keeps the numbers typed by hand (1． 4．) and loses those Word set
    automatically: such a task prints as a plain paragraph, still closed by its own 责任单位： line (or 牵头单位： /
    配合单位： pair). Run on into the task above, it gave that task its units. Each such paragraph is labelled at its
    siblings' level with no printed number (label ""), so it is numbered by its place among the plan's tasks, as a
    paragraph is. Only where every paragraph under the numbered item, its own first, is closed by label lines and
    says what to do, and either the next sibling's number skips by just as many (1． … 4． over two paragraphs) or
    the item is the last of its list (the next item is a heading above it, or none), each paragraph opens with a
    short title sentence as a task does (建立考核机制。实行…), and the list's numbers do not run on into the next group
    (16. … （四） 17.: no number lost, the paragraph is the task's own further sentence, 对发现的问题，…). A note naming
    no unit after a task stays that task's text, and so do sentences with units in brackets (a 分工意见's several
    annotated sentences of one task).
    """
    items = _items_with_bodies(lines)
    next_of_style = _next_of_same_style(items)
    for k, (_, body) in enumerate(items):
        label = body[0].label
        if label.style in UNNUMBERED or label.style in _MARKER_STYLES or not label.number:
            continue
        paragraphs = _paragraphs(body)
        lost = paragraphs[1:]
        if not lost or not all(_closed_by_label_lines(p) for p in paragraphs):
            continue
        if not all(_task_paragraph(p) for p in lost):
            continue
        after = items[k + 1][1][0].label if k + 1 < len(items) else None
        if not (_skips_by(label, after, len(lost))
                or (_above_in_outline(label, after) and all(_run_in_titled(p) for p in lost)
                    and not _numbered_on(label, next_of_style[k]))):
            continue
        for p in lost:
            p[0].label = Label(label.style, 0, "", p[0].text)
            if said is not None:
                said.append((p[0].number, f"line {p[0].number}: a paragraph closed by its own units' line after "
                                          f"'{label.text}' is read as a task of its list whose number was lost"))


def _closed_by_label_lines(p: list[Line]) -> bool:
    """Does the paragraph end in a line of its own giving units (责任单位：… / 配合单位：…)?"""
    return len(p) >= 2 and bool(LABEL_LINE.match(p[-1].text))


def _skips_by(label: Label, after: Label | None, count: int) -> bool:
    """Is `after` the next sibling of `label`, its number skipping just `count` numbers?"""
    return after is not None and after.style == label.style and after.number == label.number + count + 1


def _next_of_same_style(items: list[tuple[int, list[Line]]]) -> list[Label | None]:
    """For each item, the label of the next item of its style past those of other styles after it, or None: one pass
    from the end, so a long plan is not scanned again from each item."""
    out: list[Label | None] = [None] * len(items)
    latest: dict[str, Label] = {}
    for k in range(len(items) - 1, -1, -1):
        label = items[k][1][0].label
        out[k] = latest.get(label.style)
        latest[label.style] = label
    return out


def _numbered_on(label: Label, nxt: Label | None) -> bool:
    """Does `nxt`, the next item of `label`'s style past the headings after it, go on from its number (16. then （四）
    17.)? Then no number was lost after it: a paragraph there is the task's own sentence."""
    return nxt is not None and nxt.number == label.number + 1


def _above_in_outline(label: Label, after: Label | None) -> bool:
    """Is `label` the last of its list: no item after it, or the next item of a style above it (its parent's)?"""
    return after is None or (after.style in STYLES and label.style in STYLES
                             and STYLES.index(after.style) < STYLES.index(label.style))


def _label_lost_run_numbers(lines: list[Line], said: list[tuple[int, str]] | None = None) -> None:
    """A line standing between two items of a numbered run that skips just the number(s) of the lines between them
    (1. 2. / 规范头盔销售。… / 4.) is the item whose number was lost, numbered by its place in the run.

    Word's 另存为纯文本 keeps automatic numbers as text (1.\t, （一）\t) and prints a paragraph whose list format broke
    bare, one paragraph a line. Run on into the item above, it gave that item its annotation (overriding the item's
    own units), and in a 职责分工 list its unit-first head (县X局：负责…) was no item's. Each such line is labelled at its
    siblings' style with the number its place gives (Label.supplied: the number is the reader's, and the reading
    notes say so). Only where the item and each line after it is a paragraph of its own (a line ending a finished
    sentence: a line continuing the item's sentence stays its text) and the next item, of the same style, skips by
    just their count; where the run does not skip (2. / a paragraph / 3.), the paragraph is the item's own text.
    """
    items = _items_with_bodies(lines)
    for (_, body), (_, after) in zip(items, items[1:]):
        label, lost = body[0].label, body[1:]
        if not lost or label.style in UNNUMBERED or label.style in _MARKER_STYLES or not label.number:
            continue
        if not _skips_by(label, after[0].label, len(lost)) or not all(_ends_a_paragraph(ln) for ln in body):
            continue
        for n, ln in enumerate(lost, start=label.number + 1):
            ln.label = Label(label.style, n, "", ln.text, supplied=True)
            if said is not None:
                said.append((ln.number, f"line {ln.number}: a paragraph between '{label.text}' and "
                                        f"'{after[0].label.text}', a run skipping its place, is read as the item "
                                        f"whose number was lost: number {n} was supplied by the reader"))


def _ends_a_paragraph(ln: Line) -> bool:
    """Does the line end a finished sentence (。 ； or a closing bracket), as a paragraph of its own does? (The last
    character only: a `$`-anchored search after spaces is quadratic on a long line.) Not a units' line (责任单位：…),
    which closes the paragraph above it."""
    return ln.text.rstrip()[-1:] in TERMINAL_MARKS and not LABEL_LINE.match(ln.text)



def _fold_sub_points_into_lead_ins(lines: list[Line]) -> frozenset[int]:
    """A task paragraph's typed 1. 2. 3. sub-points, in a plan whose task paragraphs carry no number, are part of it.

    A 实施方案 copied from Word may lose its automatic （一） numbers and keep the numbers typed by hand: its tasks are
    then unnumbered paragraphs under the 一、 headings, each closed by its units, and one of them ends in a lead-in
    (推进垃圾分类。重点抓好以下工作：) over typed 1. 2. 3. points, the last closed by the task's annotation. Read as items,
    the points took the section over (the paragraphs before them were lost, those after were glued into the last
    point). They are that paragraph's sub-points: unlabelled here, and their lines (source numbers, returned) held in
    the lead-in's paragraph, which becomes a task as its siblings are. Only straight under an outermost heading, where
    the points run 1, 2, 3 … of one numbered style, none but the last names a unit and the last does, and the same
    section holds another paragraph closed by its own annotation (its tasks are paragraphs).
    """
    outermost = next((s for s in STYLES if any(ln.label.style == s for ln in lines if ln.label)), None)
    held: set[int] = set()
    head = None  # index of the outermost heading the lines stand straight under, None under any other item
    for i, ln in enumerate(lines):
        if ln.label is None:
            continue
        if ln.label.style == outermost:
            head = i
            continue
        run = _sub_point_run(lines, i) if head is not None else []
        if not run or not _lead_in_over(lines, head, i):
            head = None
            continue
        points = [_paragraphs(lines[a:b])[0] for a, b in run]
        last_a, last_b = run[-1]
        siblings = _paragraphs(lines[head + 1 : i]) + _paragraphs(lines[last_a + len(points[-1]) : last_b])
        if (any(_names_a_unit(p) for p in points[:-1]) or not _names_a_unit(points[-1])
                or not any(_task_paragraph(p) for p in siblings)):
            head = None
            continue
        for a, b in run[:-1]:
            held.update(x.number for x in lines[a:b])  # a point's own lines, all of them
        held.update(x.number for x in points[-1])
        for a, _ in run:
            lines[a].label = None
    return frozenset(held)


def _sub_point_run(lines: list[Line], at: int) -> list[tuple[int, int]]:
    """(start, end) of each item of the numbered run 1, 2, 3 … of one style opening at `at`; [] where none opens there."""
    style = lines[at].label.style
    if style in UNNUMBERED or style in _MARKER_STYLES or lines[at].label.number != 1:
        return []
    run: list[tuple[int, int]] = []
    a = at
    while a < len(lines) and lines[a].label and lines[a].label.style == style and lines[a].label.number == len(run) + 1:
        b = next((j for j in range(a + 1, len(lines)) if lines[j].label), len(lines))
        run.append((a, b))
        a = b
    return run


def _lead_in_over(lines: list[Line], head: int, at: int) -> bool:
    """Is the paragraph right above `at` (under the heading at `head`) a task's lead-in: a sentence that names no unit
    and ends in a colon, announcing the points below?"""
    above = _paragraphs(lines[head + 1 : at])
    # (推进垃圾分类。重点抓好以下工作： the last character only: a $-anchored search would scan a long line again and again)
    return (bool(above) and above[-1][-1].text.rstrip()[-1:] in ("：", ":") and _names_no_unit(above[-1])
            and len("".join(ln.text for ln in above[-1])) >= TASK_PARAGRAPH_MIN)


def _names_a_unit(p: list[Line]) -> bool:
    return has_annotation("".join(ln.text for ln in p))


def _label_paragraph_run(lines: list[Line]) -> None:
    """A plan with no numbered line at all whose tasks are run-in paragraphs (党建工作：…（责任单位：X） / 经济工作：…):
    the longest run of two or more consecutive paragraphs each closed by its own annotation holds the tasks; the
    paragraphs before it are the preamble, those after it the closing.

    A 工作要点 copied from Word with its automatic numbering lost keeps its 一、 headings as bare short lines
    (优化政务服务) between the runs of its task paragraphs. Such a heading is no part of the paragraph below it: it
    closes the paragraph before it, does not break the run, and heads a section (labelled at the 一、 level, with
    no printed number), where it stands over a task paragraph (_bare_section_headings).
    """
    best = _longest_task_run(_paragraphs(lines, bare_headings=True))
    headings = _bare_section_headings(best)
    if not headings:  # no section headings: a short first line is the paragraph's own (a title the page broke)
        best = _longest_task_run(_paragraphs(lines))
    if _count_tasks(best) < 2:
        return
    for p in best:
        if _task_paragraph(p):
            p[0].label = Label("para", 0, "", p[0].text)
    for number, p in enumerate(headings, start=1):
        p[0].label = Label("cn", number, "", p[0].text)


def _longest_task_run(paragraphs: list[list[Line]]) -> list[list[Line]]:
    """The longest run of task paragraphs, bare headings over a task paragraph standing in it."""
    best: list[list[Line]] = []
    run: list[list[Line]] = []
    for k, p in enumerate(paragraphs):
        nxt = paragraphs[k + 1] if k + 1 < len(paragraphs) else None
        if _task_paragraph(p) or (_bare_heading(p) and nxt is not None and _task_paragraph(nxt)):
            run.append(p)
            if _count_tasks(run) > _count_tasks(best):
                best = list(run)
        else:
            run = []
    return best


_BARE_HEADING_MAX = 30  # a section's name (打造便捷高效的政务服务环境), not a sentence
_SENTENCE_MARKS = re.compile(r"[。；;，,：:！？!?]")


def _bare_heading_line(ln: Line) -> bool:
    """A short line with no sentence mark and no units: a heading whose number was lost (优化政务服务)."""
    text = ln.text.strip()
    return (0 < len(text) <= _BARE_HEADING_MAX and not _SENTENCE_MARKS.search(text) and not has_annotation(text)
            and not LABEL_LINE.match(text))


def _bare_heading(p: list[Line]) -> bool:
    return len(p) == 1 and _bare_heading_line(p[0])


def _count_tasks(run: list[list[Line]]) -> int:
    return sum(1 for p in run if _task_paragraph(p))


def _bare_section_headings(run: list[list[Line]]) -> list[list[Line]]:
    """The bare headings of a run of task paragraphs, when they read as section headings; [] otherwise.

    A task may also print its short title on a line of its own over its sentence (推进一件事改革 / 新增事项10项。（X）):
    then every such line stands over a single paragraph. Section headings group the tasks: at least half of them stand
    over two task paragraphs or more."""
    headings = [k for k, p in enumerate(run) if not _task_paragraph(p)]
    ends = headings[1:] + [len(run)]
    over_several = sum(1 for k, e in zip(headings, ends) if e - k - 1 >= 2)
    return [run[k] for k in headings] if headings and 2 * over_several >= len(headings) else []


def _paragraphs(lines: list[Line], held: frozenset[int] = frozenset(), bare_headings: bool = False) -> list[list[Line]]:
    """Lines grouped into paragraphs: a paragraph ends at a finished sentence; label lines (责任单位：…) join the one above,
    and so do the lines in `held` (the sub-points of a lead-in paragraph, by source line number). With `bare_headings`,
    a bare heading line (_bare_heading_line) opening a paragraph is a paragraph of its own."""
    paragraphs: list[list[Line]] = []
    closed = True
    for ln in lines:
        if (LABEL_LINE.match(ln.text) or ln.number in held) and paragraphs:
            paragraphs[-1].append(ln)  # 责任单位：… under the paragraph it closes
            closed = True
            continue
        if NUMBERED_NAME_FIELD.match(ln.text):
            # 督办事项一：推进… under 现将有关督办事项通知如下：: a matter numbered in its label opens a paragraph of its
            # own; the addressees and the lead-in ending in ： above it are no part of it
            closed = True
        if closed:
            paragraphs.append([])
        opens = closed
        paragraphs[-1].append(ln)
        closed = bool(TERMINAL.search(ln.text)) or (bare_headings and opens and _bare_heading_line(ln))
    return paragraphs


def _task_paragraph(p: list[Line]) -> bool:
    """A paragraph that says what to do and is closed by its own annotation (not an annotation alone). A line of it
    giving units by task number (第1—4项由X牵头…；第29项由Y负责) makes it a 职责分工 paragraph, no task: its units go to
    the tasks it names (units_by_number), however many paragraphs the part's clauses fill."""
    text = "".join(ln.text for ln in p)
    return (has_annotation(text) and not annotation_only(text) and not LABEL_LINE.match(p[0].text)
            and len(text) >= TASK_PARAGRAPH_MIN and not any(opens_by_number(ln.text) for ln in p))


def _subject_paragraph(p: list[Line]) -> bool:
    """A paragraph of a work notice's demands opening with the bodies carrying it and 要 (国网某市供电公司要加强…;
    市A局、市B局要…), long enough to say what to do: its units are its subjects, as a bracket's would be."""
    text = "".join(ln.text for ln in p)
    return (len(text) >= TASK_PARAGRAPH_MIN and not LABEL_LINE.match(p[0].text) and not label_of(p[0].text.strip())
            and opens_with_bodies_and_modal(text))


def _annotated_paragraphs(body: list[Line], held: frozenset[int] = frozenset(),
                          said: list[tuple[int, str]] | None = None,
                          doubts: list[tuple[int, str]] | None = None,
                          by_subjects: bool = False) -> list[list[Line]]:
    """The task paragraphs under a short heading naming no unit, when each is closed by its own annotation; else [].

    The heading may open with a sentence of aim naming no unit (2025年，街道将…全力抓招商、抓服务。) and close with a
    target line: the heading's text around its tasks, not tasks, as a bullet list's lead-in is. The lines in `held`
    stay in the paragraph above them (a task paragraph's sub-points, _fold_sub_points_into_lead_ins).

    Between the tasks an office may set a note naming no unit (上述核查结果按季度通报，不再逐项列出。 / 具体项目清单另行
    印发。): it explains the task above, it is no task of its own. Where two or more paragraphs are tasks and the others,
    fewer, name no unit, such a note (_note_between_tasks) is left out of the tasks: it stays text of the task above (or
    the heading's text before the first). A run-in paragraph naming no unit (加强队伍建设。开展培训…。) is shaped as its
    siblings are, a task whose units the office left off: as in a run of bullets, one such paragraph among three or
    more is a task naming no unit; two or more leave the section its text, as before (a doubt). What was done with
    each is said in `said` (line, message) for the plan's reading notes.

    With `by_subjects` (a work notice's outermost heading), a paragraph opening with its bodies and 要 is closed by
    its units as an annotated one is (_subject_paragraph).
    """
    if not heading_like(body[0].label) or has_annotation(body[0].label.rest) or len(body) < 2:
        return []
    paragraphs = _paragraphs(body[1:], held)

    def names_no_unit(p: list[Line]) -> bool:
        return _names_no_unit(p) and not (by_subjects and _subject_paragraph(p))

    if len(paragraphs) > 1 and names_no_unit(paragraphs[0]):
        paragraphs = paragraphs[1:]  # the lead-in
    if len(paragraphs) > 1 and names_no_unit(paragraphs[-1]):
        paragraphs = paragraphs[:-1]  # the closing target line
    if by_subjects:
        # the notice's last part runs on to its end: its closing sentence (…请于6月10日前报送…), the 附件 line, the
        # signature and the attached form after its last demand are the notice's closing, none of the part's tasks
        last = max((k for k, p in enumerate(paragraphs) if not names_no_unit(p)), default=-1)
        paragraphs = paragraphs[: last + 1] if last >= 1 else paragraphs
    is_task = [_task_paragraph(p) or (by_subjects and _subject_paragraph(p)) for p in paragraphs]
    others = [k for k, task in enumerate(is_task) if not task]
    if not others:
        return paragraphs
    tasks = len(paragraphs) - len(others)
    if tasks < 2 or len(others) >= tasks or not all(names_no_unit(paragraphs[k]) for k in others):
        return []
    if any(label_of(p[0].text.strip()) for p in paragraphs):
        return []  # 一是 / ● paragraphs read as the heading's sentences (_unlabel_unannotated_marker_runs): not notes
    run_in = [k for k in others if _run_in_titled(paragraphs[k])]
    if any(not _note_between_tasks(paragraphs[k]) for k in others if k not in run_in):
        return []  # a longer paragraph naming no unit: what it is, the reader cannot tell
    if len(run_in) > 1:
        if doubts is not None:
            doubts.append((paragraphs[run_in[0]][0].number,
                           f"{len(run_in)} run-in paragraphs naming no unit between {tasks} annotated task "
                           f"paragraphs under '{body[0].text.strip()}': read as the heading's text, not as tasks"))
        return []
    if said is not None:
        _say_how_others_were_read(paragraphs, is_task, run_in, said)
    return [p for k, p in enumerate(paragraphs) if is_task[k] or k in run_in]


def _say_how_others_were_read(paragraphs: list[list[Line]], is_task: list[bool], run_in: list[int],
                              said: list[tuple[int, str]]) -> None:
    """Tell, for each paragraph among the heading's task paragraphs that is no annotated task, how it was read:
    a run-in paragraph (index in `run_in`) as a task naming no unit, a note as text of the task above it."""
    seen_task = False
    for k, p in enumerate(paragraphs):
        if is_task[k]:
            seen_task = True
            continue
        if k in run_in:
            message = ("a run-in paragraph naming no unit between the heading's annotated task paragraphs is read "
                       "as a task naming no unit")
        else:
            owner = "the task above" if seen_task else "the heading"
            message = (f"a short paragraph naming no unit between task paragraphs is read as text of {owner}, "
                       f"not as a task")
        said.append((p[0].number, f"line {p[0].number}: {message}"))


_NOTE_MAX = 60  # a note between tasks (…按季度汇总通报，不再逐项列出。) is a sentence or two; a task says more
_NOTE_SENTENCES = 2
_SENTENCE_ENDS = re.compile(r"[。！？!?]")


def _note_between_tasks(p: list[Line]) -> bool:
    """A short paragraph (its caller has found it names no unit and has no run-in title of its own): a note on the
    tasks, not a task."""
    text = "".join(ln.text for ln in p).strip()
    return len(text) <= _NOTE_MAX and len(_SENTENCE_ENDS.findall(text)) <= _NOTE_SENTENCES


def _run_in_titled(p: list[Line]) -> bool:
    """Does the paragraph open with a short title sentence and go on after it (加强队伍建设。开展培训…)?"""
    text = "".join(ln.text for ln in p).strip()
    stop = text.find("。")
    title = text[:stop] if stop > 0 else ""
    return (0 < len(title) <= _BARE_HEADING_MAX and not _SENTENCE_MARKS.search(title)
            and bool(text[stop + 1:].strip()))


def _names_no_unit(p: list[Line]) -> bool:
    text = "".join(ln.text for ln in p)
    return not has_annotation(text) and not LABEL_LINE.match(p[0].text)


# 六、成员单位职责 / （三）职责分工 / 部门主要职责 / 五、工作分工: a heading saying that the duties of units follow
_DUTIES_HEADING = re.compile("(?:" + lexicon.alternation(lexicon.DUTY_HEADING_ENDS + lexicon.DIVISION_HEADING_ENDS)
                             + r")[。:：\s]*$")
_UNNUMBERED_DUTIES_MIN = 2  # paragraphs of one list: a single one is a sentence of the heading's text
# 【责任分工】 / 责任分工： alone on an unnumbered line (lexicon.DIVISION_LABEL_LINE_WORDS): a sub-head over duty paragraphs
_DIVISION_LABEL_LINE = re.compile(r"^[ \u3000]*(?:【(?:" + lexicon.alternation(lexicon.DIVISION_LABEL_LINE_WORDS) + r")】|(?:"
                                  + lexicon.alternation(lexicon.DIVISION_LABEL_LINE_WORDS) + r"))[ \u3000]*[:：]?[ \u3000]*$")


def _label_unnumbered_duties(lines: list[Line], said: list[tuple[int, str]] | None = None,
                             doubts: list[tuple[int, str]] | None = None) -> list[Line]:
    """Paragraphs under a duties heading, each opening with a unit's name and its duty, are tasks: one a unit.

    A 实施方案 often closes with its leading group's members' duties, one paragraph a unit and no number
    (六、成员单位职责 / 县民政局：负责提供… / 县财政局：负责落实…). Each is that unit's task, as a numbered duty
    (1.县民政局：…) is (duties.py reads the unit), labelled `para` and numbered by its place among the plan's tasks. Only
    under a section heading whose title says duties follow (…职责, 职责分工, 工作分工 / 任务分工), where two paragraphs or more open so; the
    heading's lead-in (…履行以下职责：) opens with no body and stays its text. A paragraph naming the others by
    reference (其他成员单位：…) in such a list is an item of it too, as in a numbered list (a task naming no unit, the
    reading report says so). Elsewhere such paragraphs are reported, not read (duties.report_unnumbered_duties).

    The name may run straight into its verb (市财政局负责落实…, no colon), and a city's 职责分工 part often prints its
    list run together, one `；` clause a unit (市医保局负责…；市卫生健康委负责…；其他有关部门按照各自职责…。): such a
    paragraph, whose first clause and one more open with a body and its verb, is cut before each clause that does
    (or names the others by reference), a clause opening otherwise going on the duty before it; each piece is an item.
    """
    # a heading of any numbered level: a 预案 numbered 1 / 1.1 and no deeper writes its members' duties under
    # 2.2 成员单位职责, the x.y headings then its sections (not its tasks) and these paragraphs its tasks
    heads = [i for i, ln in enumerate(lines) if ln.label and ln.label.style not in UNNUMBERED
             and _DUTIES_HEADING.search(ln.label.rest.strip())]
    # an unnumbered label line heading the duties (【责任分工】 / 责任分工： after a 专项's numbered measures, over 市X局：
    # 负责… paragraphs, one a unit): the same list, its paragraphs up to the next numbered line
    heads += [i for i, ln in enumerate(lines) if not ln.label and _DIVISION_LABEL_LINE.match(ln.text)]
    cut: dict[int, list[Line]] = {}  # index of a paragraph of `；` clauses: its clauses, each a line
    for at in heads:
        end = next((j for j in range(at + 1, len(lines)) if lines[j].label), len(lines))
        # each paragraph's clauses read once: reading a clause's units (read_task) is the costly part
        clauses_of = {j: _unit_clauses(lines[j]) for j in range(at + 1, end)}
        pieces = [(j, part) for j, (clauses, starts) in clauses_of.items()
                  for part in _duty_clauses(lines[j], clauses, starts)]
        duties = [(j, ln) for j, ln in pieces if _opens_a_duty(ln.text)]
        if doubts is not None:  # 各部门要…；市财政局负责…；市应急管理局负责…: a lead-in before the clauses, not cut
            doubts += [(lines[j].number, f"a paragraph under the duties heading '{lines[at].text[:20]}' holds "
                                         f"{len(starts)} `；` clauses opening with a body and its verb, but does not "
                                         "open so itself: not read as duties")
                       for j, (_, starts) in clauses_of.items() if len(starts) >= 2 and starts[0] != 0]
        if len(duties) < _UNNUMBERED_DUTIES_MIN:
            continue
        first = pieces.index(duties[0])
        # the others named by reference: an item of the list when written as one (其他成员单位：…) or as a clause cut
        # from the list run together (…；其他有关部门按照各自职责…); a paragraph of its own in prose closing the list
        # (其他各有关部门要按照各自职责，积极支持配合…) is the part's closing words, no item
        others = [(j, ln) for j, ln in pieces[first + 1:]
                  for m in [OTHERS_LEAD.match(ln.text)] if m and (m.group(2) or ln is not lines[j])]
        # 县委宣传部要… / 各乡镇人民政府要… / 县公安局应…: after the list's first duty, a paragraph opening with a body's
        # name and a modal is one more unit's duty (duties.unit_before_its_modal); before it, the heading's lead-in
        modal = [(j, ln) for j, ln in pieces[first + 1:] if _opens_a_modal_duty(ln.text)]
        # 城关镇：负责… / 江滨街道：负责…: among units' duties, a town or street named bare over its duty is one more
        # unit's (its government's); a place alone elsewhere is no body (duties.town_heads_a_duty)
        towns = [(j, ln) for j, ln in pieces[first + 1:] if not ln.label and town_heads_a_duty(ln.text)]
        # 澄江海关：负责… / 榕川海事局：负责…: among units' duties, a body named by its place and its kind's word, no
        # level word (a vertical body posted in the city), over a duty's verb is one more unit's (duties.body_heads_a_duty)
        bodies = [(j, ln) for j, ln in pieces[first + 1:] if not ln.label and body_heads_a_duty(ln.text)]
        style = _style_of_the_list_closed(lines, at, end) if not lines[at].label else "para"
        for j, ln in duties + others + modal + towns + bodies:
            ln.label = Label(style, 0, "", ln.text)
        for j, ln in pieces:
            if ln is not lines[j]:
                cut.setdefault(j, []).append(ln)
    for j, clauses in cut.items():
        if said is not None:
            said.append((lines[j].number, f"a paragraph under a duties heading read as {len(clauses)} duties, one "
                                          f"a `；` clause (or a sentence after `。` opening with a body and a colon) "
                                          f"opening with a body and its verb ('{lines[j].text[:12]}…')"))
    return [part for j, ln in enumerate(lines) for part in cut.get(j, [ln])]


def _style_of_the_list_closed(lines: list[Line], at: int, end: int) -> str:
    """The style at which the duty paragraphs under an unnumbered 【责任分工】 line are items: that of the numbered
    measures the line closes (（一）专项 / 1.… 2.… / 【责任分工】 / 市X局：负责… / （二）…), where the next numbered line
    is outer to them or none follows. A 专项行动方案 lists each 专项's measures and then its units' duties, one a unit:
    the duties are more tasks of the 专项, numbered by their place (label "", as a task whose number was lost), not
    sentences of its last measure. Elsewhere (the line right under a heading) `para`, as under a numbered duties
    heading (levels reads such paragraphs under a heading holding no numbered task)."""
    before = next((ln.label for ln in reversed(lines[:at]) if ln.label), None)
    after = lines[end].label if end < len(lines) else None
    if before is None or before.style in UNNUMBERED or before.style not in STYLES or not before.number:
        return "para"
    if after is not None and (after.style not in STYLES or STYLES.index(after.style) >= STYLES.index(before.style)):
        return "para"
    return before.style


def _opens_a_duty(text: str) -> bool:
    """Does the paragraph (or clause) open with a body and its duty, after a colon or straight on (市财政局负责…)? A
    clause naming task numbers first (第3项由县人社局负责 / 其余任务由…) does not: it gives units by number."""
    if opens_by_number(text):
        return False
    return _unit_and_colon(text) or (not LABEL_LINE.match(text) and unit_before_its_verb(text) is not None)


def _opens_a_modal_duty(text: str) -> bool:
    """Does the paragraph open with a body's name and a modal (县委宣传部要…), no duty's verb or colon after the name?"""
    return (not _opens_a_duty(text) and not LABEL_LINE.match(text) and not opens_by_number(text)
            and unit_before_its_modal(text) is not None)


_CLAUSE_STOP = "；;"


def _duty_clauses(ln: Line, clauses: list[tuple[int, str]], starts: list[int]) -> list[Line]:
    """The unlabelled line cut into its unit-first `；` clauses (市医保局负责…；市卫生健康委负责…；其他有关部门…; or
    sentences, 县财政局：负责…。县气象局：负责…, _named_sentences), each a
    line with the source line's number; [ln] unless its first clause and another open with a body and its verb.
    `clauses` and `starts` are the line's _unit_clauses."""
    if len(starts) < 2 or starts[0] != 0:
        return [ln]
    bounds = [clauses[k][0] for k in starts] + [len(ln.text)]
    parts = []
    for a, b in zip(bounds, bounds[1:]):
        piece = ln.text[a:b]  # the `；` closing it kept: every character of the text stays somewhere
        parts.append(Line(ln.number, piece.strip(), None, ln.indent + a + len(piece) - len(piece.lstrip()),
                          clause=True))
    parts[-1].cut_by_copy = ln.cut_by_copy
    return parts


def _unit_clauses(ln: Line) -> tuple[list[tuple[int, str]], list[int]]:
    """The `；` clauses of an unlabelled line (each cut again before a sentence heading its own unit's duty,
    _named_sentences), and which of them open with a body and its verb (or the others)."""
    if ln.label:
        return [], []
    clauses = [piece for offset, clause in depth_zero_split(ln.text, _CLAUSE_STOP)
               for piece in _named_sentences(offset, clause)]
    if len(clauses) < 2:
        return clauses, []
    return clauses, [k for k, (_, text) in enumerate(clauses) if _opens_a_duty(text.strip())
                     or (k and (OTHERS_LEAD.match(text.strip()) or town_heads_a_duty(text.strip())))]


_SENTENCE_STOP = "。"


def _named_sentences(offset: int, clause: str) -> list[tuple[int, str]]:
    """The clause (at `offset` in its line) cut before each sentence that opens with a body's name and a colon
    (县财政局：负责…。县气象局：负责…; or a town named bare, 城关镇：负责…): a portal's copy of a duty list loses the paragraph breaks between its entries,
    and where an entry closed with `。` (not `；`) the next unit's name and colon are all that mark where its duty begins,
    as they mark every other entry of the list, and a duty's verb opens the text after the colon (负责… / 牵头… /
    承担…), as it opens the list's other entries. A sentence opening otherwise (县X局：负责…。主要包括…) goes on the one
    before it, and so does a body named over no duty (县防汛办：设在县水利局…, a note on the entry's body, not a duty of
    its own); the `。` stays with the piece it closes. A unit closed by a full stop (县财政局。负责…) is not cut at:
    its `。` is the name's stop, not a sentence's end."""
    sentences = depth_zero_split(clause, _SENTENCE_STOP)
    starts = [0] + [at for at, sentence in sentences[1:]
                    if _unit_and_colon(sentence.strip(), within_a_line=True) or town_heads_a_duty(sentence.strip())]
    return [(offset + a, clause[a:b]) for a, b in zip(starts, starts[1:] + [len(clause)])]


def _unit_and_colon(text: str, within_a_line: bool = False) -> bool:
    """Does the paragraph open with a body's name, a colon and its duties (县民政局：负责…)? A full stop after the name
    does as well where a duty's verb follows it (县财政局。负责…): unit-first paragraphs are written so as often, and the
    verb tells the unit's duty from a sentence that only names a body (县财政局。已拨付…).
    `within_a_line`: the text is a sentence inside a line (_named_sentences), where only a colon closes the name, and
    only a duty's verb after it marks a new entry: a paragraph's own break says where an entry opens, a `。` does not."""
    found = lead_units(text)
    if found is None or LABEL_LINE.match(text):
        return False
    stop, rest = text[found[0] - 1 : found[0]], text[found[0]:]
    if within_a_line:
        return stop in (":", "：") and opens_as_a_duty(rest)
    return bool(rest.strip()) and (stop in (":", "：") or (stop in ("。", ".") and opens_as_a_duty(rest)))


def mark_items(lines: list[Line], doubts: list[tuple[int, str]] | None = None,
               said: list[tuple[int, str]] | None = None, notice_before_plan: bool = False,
               work_notice: bool = False) -> list[Line]:
    """The lines with the items of the outline marked: markers that are no item unlabelled (a list of attachments,
    a table of contents, a covering notice's own requirements, …), headings broken by the page joined, task
    paragraphs printed with no marker labelled; what looked like tasks but was not read so goes to `doubts`.
    `work_notice`: the document is a notice on a piece of work, its units its clauses' subjects (_label_task_paragraphs)."""
    lines = _lone_labels_joined(lines)
    lines = _split_run_in_period_labels(lines)
    _unlabel_attachment_lists(lines)
    _unlabel_contents_entries(lines)
    _unlabel_month_pairs(lines)
    _unlabel_units_numbered_under_a_bare_label(lines)
    _unlabel_nested_lists_numbered_afresh(lines)
    lines = _split_run_in_measure_labels(lines)  # (after: the item's indent is inside its line)
    _unlabel_counted_heads_over_items(lines)
    _unlabel_notice_requirements(lines, notice_before_plan)
    _chapters_only_over_articles(lines)
    lines = _zero_padded_sections(lines)
    lines = _zero_padded_tasks(lines)
    lines = card_numbers(lines)  # 任务 1 / 具体内容：… / 牵头：…: a card's number, its task's
    lines = _join_broken_headings(lines)
    lines = _split_run_in_ordinal_parts(lines)
    read_bullet_shapes(lines, said)
    _unlabel_unannotated_marker_runs(lines, doubts)
    _label_task_paragraphs(lines, said, doubts, work_notice)
    _label_unnumbered_siblings(lines, said)
    _label_lost_run_numbers(lines, said)
    _label_annotated_paragraphs_over_numbered_tasks(lines, said)
    return _label_unnumbered_duties(lines, said, doubts)


def _label_annotated_paragraphs_over_numbered_tasks(lines: list[Line], said: list[tuple[int, str]] | None = None) -> None:
    """One paragraph closed by its own annotation under a group heading, over numbered tasks that each name units of
    their own, is a task of the group whose number was lost, not the heading's text.

    A （一） group may open with a task written as a plain paragraph (做好传染病防控。【责任处室：X；配合：Y】) and then
    set out its projects as numbered items or as a pasted table whose 序号 1, 2 rows the table reader turns into 1. 2.
    items. Read as the heading's text, the paragraph and its units were lost: the items under the heading made it a
    group. The units are not the items' (each item names its own), so the paragraph is a task: labelled at the items'
    style with no printed number (label \"\"), numbered by its place. Only where the heading is a short title naming no
    unit, its body is that one task paragraph (_task_paragraph), and the items below it, of a style under the
    heading's and numbered from 1, each name a unit. Where the items name none, the paragraph's units may be meant to
    cover them: nothing is done there."""
    items = _items_with_bodies(lines)
    for k, (_, body) in enumerate(items):
        head = body[0].label
        if head.style not in STYLES or head.style in UNNUMBERED or not head.number:
            continue
        if not heading_like(head) or has_annotation(head.rest):
            continue
        paragraphs = _paragraphs(body[1:])
        if len(paragraphs) != 1 or not _task_paragraph(paragraphs[0]) or _announces_the_items(paragraphs[0]):
            continue
        children = _numbered_children(items, k)
        if not children or not all(_names_a_unit(child) for child in children):
            continue
        first = paragraphs[0][0]
        first.label = Label(children[0][0].label.style, 0, "", first.text)
        if said is not None:
            said.append((first.number, f"line {first.number}: a paragraph closed by its own units under "
                                        f"'{body[0].text.strip()}', over numbered items naming their own units, is "
                                        f"read as a task of that group whose number was lost, not as the heading's text"))


def _announces_the_items(p: list[Line]) -> bool:
    """Does the paragraph end in a colon (试点任务由各试点单位具体承担，指导单位负责业务指导。具体安排如下：) and name
    no body but by its column's word (各试点单位, 各责任单位)? It announces the table below and says who its columns
    are: the table's lead-in, not a task closed by its own units. A lead-in naming bodies by name (由县发改局牵头，
    县直各部门配合，重点抓好以下工作：) gives them their roles for the work below: it stays a task, or they are lost.
    (The last character only, as `_lead_in_over` tests it.)"""
    text = "".join(ln.text for ln in p)
    return text.rstrip()[-1:] in ("：", ":") and all(_column_word(name) for name in _units_apart(text))


def _units_apart(text: str) -> list[str]:
    """The names the paragraph's annotations give, read as `has_annotation` reads them (apart from its sentences,
    or as a units' sentence standing alone)."""
    reading = read_task(text, running_text=False)
    if not reading.assignments:
        reading = read_task(text, alone=True, running_text=False)
    return [a.name for a in reading.assignments]


def _column_word(name: str) -> bool:
    """Is the name a table column's role word (试点单位, 各责任单位: lexicon TABLE_HEADER_KINDS), no body's name?"""
    return column_kind(column_name(name.removeprefix(lexicon.EACH))) in UNIT_COLUMN_KINDS


def _numbered_children(items: list[tuple[int, list[Line]]], k: int) -> list[list[Line]]:
    """The bodies of the items right under item `k` when they are of one numbered style below its own, numbered
    from 1; [] otherwise. The run ends at the first item of another style."""
    head = items[k][1][0].label
    if k + 1 >= len(items):
        return []
    style = items[k + 1][1][0].label.style
    if (style not in STYLES or style in UNNUMBERED or style in _MARKER_STYLES
            or STYLES.index(style) <= STYLES.index(head.style) or items[k + 1][1][0].label.number != 1):
        return []
    children: list[list[Line]] = []
    for _, body in items[k + 1:]:
        if body[0].label.style != style:
            break
        children.append(body)
    return children
