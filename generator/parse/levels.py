"""Which marker level holds a plan's sections, groups and tasks, decided from the numbering's shape across the document.

The styles a plan uses (一、 > (一) > 1. > (1) > ①) and whether their lines read as short headings or as task paragraphs
say the plain shape: a two-level plan (一、 -> 1.), a three-level one (一、 -> (一) -> 1.), a 一、 -> (一) plan. The whole
document then refines it: an item with numbered lines under it heads them even when its line runs on (一、总体要求。以…);
一、 items with nothing numbered under them are the tasks; where the annotations sit says which level holds the duties
(an annotation line closing the （一） item after its 1. 2. sub-points makes the （一） items the tasks), item by item where
a section mixes shapes; a heading's annotation covers the items under it that name none. `decide_levels` returns the
plan's chunks with their levels and notes each reading that departs from the plain shape.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Plan
from ..words import lexicon
from .lines import (HEADING_MAX, LABEL_LINE, Line, annotation_ends_line, annotation_only, first_annotation_at, has_annotation, heading_like,
                    speaks_for_the_items_above, title_heading_like, without_annotations)
from .not_tasks import CONTAINERS, FRAMEWORK, closing_part_title, frame_or_closing_title
from ..words.labels import STYLES, UNNUMBERED, begins_with_its_number, shown
from .records import groups_closed_for_their_items, headings_over_items, note_heading_over_named_items
from .rules import is_note_on_the_lists


@dataclass
class Levels:
    section: str | None
    group: str | None
    task: str | None


def _headings(items: list[Line]) -> float:
    """The share of items that read as headings: short lines, or items with numbered items of their own.

    A run-in heading (一、总体要求。以习近平…) is long, but the numbered lines under it show it
    heads a part of the document; an item with no numbered lines under it is a heading only when short.
    """
    return sum(heading_like(ln.label) or ln.parent or _peoples_duty(ln) for ln in items) / len(items)


# （一）县级包片领导。负责所包乡镇的督导检查… / （一）包村干部：负责…: a grid or 包联 plan opens its duties part with
# the duty of people (a post, no body) in one run-in item, beside headings naming whose duties the numbered items under
# them are (（二）乡镇网格职责 / 1.各乡镇人民政府：负责…). Like those headings it says whose duty its text is and is no
# unit's task, so it counts as a heading of its level and does not make that level the task level.
_PEOPLES_HEAD = re.compile(r"[^:：，,。；;（）()]{0,10}?(?:" + lexicon.alternation(lexicon.PERSON_LABEL_HEADS)
                           + r")[。.:：]")


def _peoples_duty(ln: Line) -> bool:
    """Is the item a run-in duty of people (县级包片领导。负责…), headed by their post and stop?"""
    from .duties import opens_as_a_duty

    m = _PEOPLES_HEAD.match(ln.label.rest.strip())
    return m is not None and opens_as_a_duty(ln.label.rest.strip()[m.end():])


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


# A 责任分工 of a set of 硬措施 (or any plan quoting articles) may set its articles inside the 一、 parts of the notice:
# 一、总体要求 / 二、责任分工 over 第一条 … 第十五条 / 三、工作要求. Its 一、 headings come before the first article, so
# they are the plan's sections, the articles inside them (read as a plan of articles would be). A regulation's own
# articles come first (第一条 before any 一、 list inside an article) and keep the articles outermost.
def articles_in_parts(lines: list[Line]) -> bool:
    """Do the plan's 一、 headings enclose its articles: a short 一、 heading before the first article, and every 一、
    line a short heading (none a list inside an article)?"""
    parts = [ln for ln in lines if ln.label and ln.label.style == "cn"]
    first_article = next((ln.number for ln in lines if ln.label and ln.label.style == "article"), None)
    return (first_article is not None and bool(parts) and parts[0].number < first_article
            and not any(ln.label and ln.label.style in ("chapter", "jie") for ln in lines)
            and all(heading_like(ln.label) and not has_annotation(ln.text) for ln in parts))


def inner_levels(lines: list[Line], outer: str | None, inside: tuple[str, ...] = (),
                 tabled: frozenset[str] = frozenset()) -> Levels:
    """Group and task styles among the lines of one section (or of a plan without sections); `inside`: styles of an
    outer kind set inside the sections (articles under 一、 parts); `tabled`: the titles an attached 分工表 names."""
    by_style = _by_style(lines)
    order = [s for s in STYLES if s in by_style and s != outer]
    if outer:
        order = [s for s in order if STYLES.index(s) > STYLES.index(outer) or s in inside]
    group = task = None
    if len(order) > 1 and (_headings(by_style[order[0]]) >= 0.8
                           or _headings_beside_run_in_measures(lines, by_style[order[0]], outer, tabled)):
        group = order.pop(0)
    if order:
        task = order[0]
    return Levels(outer, group, task)


# An 实施意见 (or 若干措施) naming no unit, its units left to an attached 分工表, may write a part's measures two ways
# side by side: most （一） items a bare title over 1. 2. points, one a paragraph run in after its title with no points
# of its own (（二）培育消费新场景。发展乡村集市…). The run-in item heads nothing, so it drags the level's share of
# headings under 0.8, and the part read at the （一） level folded the other items' points into their titles. The
# bare titles are headings all the same, their points the tasks, and the run-in item a task of its own
# (_run_in_measure_beside_headings). Only where nothing in the part names a unit: where annotations sit, they decide.
_RUN_IN_TITLE_MAX = 30  # a measure's title (加快推进县域商业设施数字化改造), not a sentence
_TITLE_SENTENCE_MARKS = re.compile(r"[；;，,：:！？!?]")


def _headings_beside_run_in_measures(lines: list[Line], items: list[Line], outer: str | None,
                                     tabled: frozenset[str] = frozenset()) -> bool:
    """Are the items of this level, in a part naming no unit nor goals, bare titles over numbered points (at least
    two) beside fewer run-in measures with no points, and nothing else, the points under the titles measures, and
    the titles not the rows of the plan's 分工表 (`tabled`)?"""
    if _names_a_unit(lines) or _part_names_goals(lines, outer):
        return False
    heads = [ln for ln in items if ln.parent and heading_like(ln.label)]
    run_in = [ln for ln in items if not ln.parent and _run_in_measure(ln)]
    if not (len(heads) >= 2 and len(heads) > len(run_in) and len(heads) + len(run_in) == len(items)):
        return False
    points = _points_under(lines, heads)
    return (not any(_names_goals(_title(ln)) for ln in heads)
            and _points_are_measures(points) and not _table_names_the_titles(heads, points, tabled))


# The plan's own 分工表 settles what its text leaves open: an attached table whose rows name the bare （N） titles
# (1 | 促进大宗消费 | 区商务局, the prose's （一）促进大宗消费。 over 1.开展… 2.推进…) gives out those titles as the
# tasks, their points the text of each. A table citing or naming the points ((一）2 / 开展汽车以旧换新) does not.
_TABLED_TITLES_MIN = 2


def _table_names_the_titles(heads: list[Line], points: list[Line], tabled: frozenset[str]) -> bool:
    named = [ln for ln in heads if _named_by(_title(ln), tabled)]
    return len(named) >= _TABLED_TITLES_MIN and not any(_named_by(_title(ln), tabled) for ln in points)


_NOT_WORDS = re.compile(r"[\s。．.，,；;：:、！!？?“”\"'（）()《》]")
_TITLE_PREFIX_MIN = 4  # a row shortening its title to the first words (促进大宗消费 of 促进大宗消费提质升级)


def _named_by(title: str, tabled: frozenset[str]) -> bool:
    """Does a row title of the table name this title: the same words, or one the other's start?"""
    words = _NOT_WORDS.sub("", title)
    return bool(words) and any(
        words == row or (min(len(words), len(row)) >= _TITLE_PREFIX_MIN and (words.startswith(row) or row.startswith(words)))
        for row in tabled)


def group_titles_a_table_names(prose: Plan, table: Plan) -> frozenset[str]:
    """The row titles (without marks) of `table`, a 分工表 right after `prose`, when they name at least two of the
    prose's （一） group titles; else empty: the prose then needs no second reading (parse_plans)."""
    if not any(word in table.title for word in lexicon.ASSIGNING_TABLE_WORDS):
        return frozenset()
    rows = frozenset(w for w in (_NOT_WORDS.sub("", t.title) for t in table.tasks()) if w)
    groups = {t.group: g.title for s in prose.sections for g in s.groups for t in s.tasks if t.group == g.label}
    named = [title for title in groups.values() if _named_by(title, rows)]
    return rows if len(named) >= _TABLED_TITLES_MIN else frozenset()


# The points under the titles are tasks only where each is a measure of its own. Three shapes say they are not, and
# the titles are then the measures, the points their text (as the reader takes a （N） level short of headings):
# the facets of one measure (1.改造内容。 2.改造标准。, the same point titles again under the next heading), a
# policy's clauses and amounts (2.单个项目补助最高不超过500万元), and examples of a field (（一）汽车消费 1.新能源汽车。),
# no verb of doing in them.
def _points_are_measures(points: list[Line]) -> bool:
    titles = [_title(ln) for ln in points]
    return (len(set(titles)) == len(titles)
            and not any(_facet_title(t) for t in titles)
            and not any(w in ln.label.rest for ln in points for w in lexicon.POLICY_TERM_WORDS)
            and not any(_grants_an_incentive(ln.label.rest.strip()) for ln in points)
            and all(any(v in t for v in lexicon.MEASURE_POINT_VERBS) for t in titles))


# an amount or rate a policy clause states: 10万元, 200元, 20%, 2个百分点
_AMOUNT = re.compile(r"(?<![0-9０-９.．])[0-9０-９]+(?:[.．][0-9０-９]+)?\s*(?:万元|亿元|元|%|％|个百分点)")


_INCENTIVE = "(?:%s)" % "|".join(lexicon.POLICY_INCENTIVE_WORDS)
# the amount right beside the incentive word: 奖励10万元 / 每千瓦200元标准补贴 / 按投资额20%补助
_AMOUNT_OF_INCENTIVE = re.compile(_INCENTIVE + r"\s*" + _AMOUNT.pattern + "|" + _AMOUNT.pattern + r"\s*(?:的)?(?:标准)?" + _INCENTIVE)


_CLAUSES = re.compile(r"[，,；;。]")


def _grants_an_incentive(text: str) -> bool:
    """Is the point a policy's clause granting a subsidy or award (对新建充电桩按每千瓦200元标准补贴 / 对…企业奖励10万元):
    an incentive word, the point opening on whom or what it covers (对… / 按…) or stating the amount right beside the
    word? A point opening with a measure's verb is a measure, its incentive and amount a part of it
    (1.开展消费券发放活动，发放补贴资金500万元 / 1.落实农机购置补贴政策，推动…达到20%), unless it grants all the
    same: its one clause is the grant, the verb naming what is covered (新建充电桩按每千瓦150元补贴), or a clause of
    its own covers someone at a stated amount (支持企业建立研发机构，对新认定的…奖励50万元, review S's mixed shape)."""
    if not any(w in text for w in lexicon.POLICY_INCENTIVE_WORDS):
        return False
    if not text.startswith(lexicon.MEASURE_POINT_VERBS):
        return text.startswith(("对", "按")) or _AMOUNT_OF_INCENTIVE.search(text) is not None
    clauses = [c.strip() for c in _CLAUSES.split(text) if c.strip()]
    return ((len(clauses) == 1 and _AMOUNT_OF_INCENTIVE.search(clauses[0]) is not None)
            or any(c.startswith(("对", "按")) and _AMOUNT_OF_INCENTIVE.search(c) for c in clauses[1:]))


def _facet_title(title: str) -> bool:
    """Is the point's title one facet of a measure (改造内容, 建设时限): a short noun ending in a facet word?"""
    return len(title) <= lexicon.MEASURE_FACET_TITLE_MAX and title.endswith(lexicon.MEASURE_FACET_ENDINGS)


def _points_under(lines: list[Line], heads: list[Line]) -> list[Line]:
    """The numbered lines one level inside the heads, each up to the next head of the heads' level."""
    style = heads[0].label.style
    head_ids = {id(ln) for ln in heads}
    points: list[Line] = []
    inner: str | None = None
    under = False
    for ln in lines:
        if not ln.label:
            continue
        if ln.label.style == style:
            under = id(ln) in head_ids
        elif under and STYLES.index(ln.label.style) > STYLES.index(style):
            inner = inner or ln.label.style
            if ln.label.style == inner:
                points.append(ln)
    return points


def _part_names_goals(lines: list[Line], outer: str | None) -> bool:
    """Is the part headed by a title naming goals, indicators, conditions or principles (一、主要目标), results or
    standing (二、预期成效 / 一、发展定位), or goals anywhere in it (一、目标任务)?"""
    head = lines[0] if lines else None
    if not (outer and head and head.label and head.label.style == outer):
        return False
    return _names_goals(_title(head), anywhere=True)


_GOAL_MODIFIER_LEN = 2  # the word naming which goals, just before the goal word (发展定位 / 预期成效 / 对标指标)


def _names_goals(title: str, anywhere: bool = False) -> bool:
    """Does a title name goals, indicators, conditions or principles (主要目标 / 空气质量目标), or, with no verb of doing,
    results or standing (预期成效 / （一）经济效益 / 发展定位) or (`anywhere`, a part's title) goals within it (目标任务)?
    A measure's title holding such a word (（一）提高资金使用效益 / 一、围绕目标任务推进重点工作) names no goals."""
    if title.endswith(lexicon.GOAL_PART_ENDINGS):
        return True
    words = lexicon.RESULT_PART_ENDINGS + (lexicon.GOAL_PART_WORDS if anywhere else ())
    if not (title.endswith(lexicon.RESULT_PART_ENDINGS) or (anywhere and any(w in title for w in words))):
        return False
    rest = title
    for word in words:  # the word naming which goals goes with the goal word: 发展定位 is no 发展
        rest = re.sub(r".{0,%d}%s" % (_GOAL_MODIFIER_LEN, word), "", rest)
    return not any(v in rest for v in lexicon.MEASURE_POINT_VERBS + lexicon.GOAL_TITLE_WORK_VERBS)


def _title(ln: Line) -> str:
    """A numbered line's title: its words up to the first stop (改造内容 of 1.改造内容。主要包括…)."""
    rest = ln.label.rest.strip()
    stop = rest.find("。")
    return (rest[:stop] if stop >= 0 else rest).strip().rstrip("；;：:，,")


def _names_a_unit(lines: list[Line]) -> bool:
    return any(has_annotation(ln.text) or LABEL_LINE.match(ln.text) for ln in lines)


def _run_in_measure(ln: Line) -> bool:
    """A numbered line whose short title (no clause marks) closes with 。 and whose text runs on after it."""
    rest = ln.label.rest.strip()
    stop = rest.find("。")
    title = rest[:stop] if stop > 0 else ""
    return (0 < len(title) <= _RUN_IN_TITLE_MAX and not _TITLE_SENTENCE_MARKS.search(title)
            and bool(rest[stop + 1:].strip()))


def _run_in_measure_beside_headings(chunk: list[Line], item: list[Line], with_kids: bool) -> bool:
    """Is the group item a run-in measure with nothing under it, among group headings over numbered tasks, in a part
    naming no unit? It is a task of its own, as the points under its neighbours are (see above)."""
    return with_kids and len(item) == 1 and _run_in_measure(item[0]) and not _names_a_unit(chunk)


def _stem_groups_inside_groups(plan: Plan, chunk: list[Line], levels: Levels) -> Levels:
    """Where heavenly stems (甲、 乙、) head groups inside the （一） groups, the tasks are the level below the stems.

    一、主要任务 / （一）强化监管 / 甲、企业主体责任 / 1.督促… / 乙、部门监管责任 / 3.…: a 方案 numbering four levels
    puts its stem groups between （一） and the tasks. A stem label is kept only where the stems count on
    (numbering.stem_groups_in_order), and stems number no task: each stem line heads a group inside its （一） group
    (Line.role; the walker keeps the （一） around it), and the level below the stems holds the tasks.
    """
    if not levels.group or levels.task != "stem":
        return levels
    below = next((s for s in STYLES[STYLES.index("stem") + 1:] if any(ln.label and ln.label.style == s for ln in chunk)),
                 None)
    if below is None:
        return levels
    stems = [ln for ln in chunk if ln.label and ln.label.style == "stem"]
    for ln in stems:
        ln.role = "group"
    plan.note(stems[0].number, "outline", f"line {stems[0].number}: the 甲、 stems head groups inside the "
                                          f"{shown(levels.group)} groups; the {shown(below)} items under them are the tasks")
    return Levels(levels.section, levels.group, below)


_BARE_HEADING_MAX = 12  # 重点工作举措, 主要目标指标: a part's name, not a duty


def _measures_under_bare_headings(plan: Plan, chunk: list[Line], levels: Levels) -> Levels:
    """Where every item of the task level is a bare heading and the level below carries the annotations, the
    level below holds the tasks (decided for each section).

    An action plan writes four levels: （一）实施产业链提升行动 → 1.主要目标指标 (its targets in a paragraph) and
    2.重点工作举措 → （1）健全链长制。…（X牵头，Y配合） （2）…. The 1. 2. lines are short names of parts with no
    stop and no unit: frame, not tasks (targets are no task, 重点工作举措 a heading). The （1） measures, most of
    them annotated on their own lines, are the tasks; the 1. lines become text of their （一） group.
    """
    if not levels.task or levels.task == "article":
        return levels
    heads = [ln for ln in chunk if ln.label and ln.label.style == levels.task]
    if len(heads) < 2 or not all(_bare_heading(ln) for ln in heads):
        return levels
    if not levels.group and not all(_part_heading(ln) for ln in heads):
        return levels  # with no （一） level above, short 1. headings are read as the groups; parts by name are not
    below = [s for s in STYLES[STYLES.index(levels.task) + 1:] if any(ln.label and ln.label.style == s for ln in chunk)]
    if not below:
        return levels
    measures = _group_items([ln for ln in chunk if not (ln.label and ln.label.style == levels.task)], below[0])
    annotated = sum(1 for item in measures if any(has_annotation(ln.text) for ln in item))
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
            under_target = bool(FRAMEWORK.match(title)) and title not in CONTAINERS
        elif under_target and ln.label and ln.label.style == measure_style:
            end = next((j for j in range(i + 1, len(chunk)) if chunk[j].label), len(chunk))
            if not any(has_annotation(x.text) for x in chunk[i:end]):
                ln.role = "text"


def _bare_heading(ln: Line) -> bool:
    """A numbered line that only names a part: short, no unit (2.重点工作举措 / （二）主要举措。 closed by its stop), or
    a target part with its targets run in after its name (（一）行动目标。到2027年…: the targets are no duty)."""
    rest = ln.label.rest.strip()
    if has_annotation(ln.text):
        return False
    if 0 < len(rest) <= _BARE_HEADING_MAX and not re.search(r"[。；;，,：:]", rest):
        return True
    return _part_heading(ln)


# the parts an action is written in (行动目标 / 主要举措, 工作目标 / 具体措施): named alone, or the targets run in
_MEASURE_PARTS = lexicon.HEADING_FIELD_LABELS + CONTAINERS


def _part_heading(ln: Line) -> bool:
    """（一）行动目标。到2027年… / （二）主要举措。: a numbered line naming a part of its action by a word plans use for
    one, the measures' part alone on its line, the targets' part with its targets run in (they are no duty)."""
    rest = ln.label.rest.strip()
    stop = re.search(r"[。：:]", rest)
    title, after = (rest[: stop.start()].strip(), rest[stop.end():].strip()) if stop else (rest, "")
    if has_annotation(ln.text) or not title:
        return False
    if FRAMEWORK.match(title) and title not in CONTAINERS:
        return True
    return title in _MEASURE_PARTS and not after


def _decimal_headings_of_parts_naming_no_unit(chunks: list[list[Line]], chunk_levels: list[Levels]) -> list[Levels]:
    """In a plan numbered by decimals whose tasks sit below the x.y headings of some part (4 主要任务 / 4.1 … / 4.1.1 …,
    or the duties' paragraphs under 2.2 成员单位职责), the x.y items of a part naming no unit are its headings too.

    Each part is read by itself (`inner_levels`), and a part with nothing under its x.y items would read them as
    tasks: 3 预案管理 / 3.1 预案修订 / 本预案每3年修订一次。 is a heading over its text, as the x.y lines of the other
    parts are. A part whose x.y items name units keeps them as tasks (1.1 理想信念教育。… 责任单位：…).
    """
    if not any(lv.group == "decimal" and lv.task for lv in chunk_levels):
        return chunk_levels
    return [Levels(lv.section, "decimal", None)
            if lv.task == "decimal" and lv.group is None and not any(_names_a_unit_for_work(ln.text) for ln in chunk)
            else lv for chunk, lv in zip(chunks, chunk_levels)]


# 本预案每3年修订一次，由X组织修订 / 本预案由X负责解释: the plan speaking of its own keeping (lexicon words)
_KEEPING_THE_DOCUMENT = re.compile("^本(?:" + lexicon.alternation(lexicon.SELF_REFERENCE_KINDS) + ")[^。]*?(?:"
                                   + lexicon.alternation(lexicon.DOCUMENT_KEEPING_VERBS) + ")")


def _names_a_unit_for_work(text: str) -> bool:
    """Does the line name a unit for work of the plan? A sentence about keeping the plan itself names the body that
    revises or interprets it (an 应急预案's 7 预案管理 / 7.1 预案修订 / 本预案…由X组织修订): no work, so no task."""
    return has_annotation(text) and not _KEEPING_THE_DOCUMENT.match(text.strip())


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
    return with_kids >= 2 and any(has_annotation("".join(ln.text for ln in item[1:])) for item in items)


def _run_on_text(item: list[Line], at: int) -> str:
    """The text of the numbered line at `at` with the unnumbered lines it runs on into: a page chunk may have
    broken the 1. before its ；2. (…1.接入监测 / 2、预警数据；2.建成…)."""
    end = next((j for j in range(at + 1, len(item)) if item[j].label), len(item))
    return "".join(ln.text.strip() for ln in item[at:end])


_SECOND_RUN_ON = re.compile(r"[；;]\s*(?:2\s*[.．、]|[(（]\s*2\s*[)）]|②)")


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
        end, closed = _closing_block(item, first)
        children = sum(1 for ln in item[first:end] if ln.label and ln.label.style == child_style)
        if any(has_annotation(ln.text) for ln in item[first:end - 1]):  # stops at the first: most items have one
            inner += 1
            continue
        # a heading whose units stand on a line of their own right under it (二、X / 责任科室：A / （二）… / （三）… /
        # 责任科室：B) has said its units already: the block closing its last item is that item's own, as the tasks of
        # the other headings close theirs, not the heading's second annotation
        if closed and any(annotation_only(ln.text) for ln in item[1:first]):
            inner += 1
            continue
        last = end > first and has_annotation(item[end - 1].text)
        # a sentence item (not a short heading) whose sub-points end with the one annotation of it all; the item is
        # judged on its title without its annotations (a short action heading naming many units is still a heading)
        # or sub-points written as one enumeration, each but the last ending in ；(1.完成一期建设； 2.试点运行。（X牵头）)
        listed = [ln for ln in item[first:end] if ln.label and ln.label.style == child_style][:-1]
        enumeration = bool(listed) and all(ln.text.rstrip().endswith(("；", ";")) for ln in listed)
        # (not where the item's own line names its units already: sub-points of one task are not annotated twice,
        # the annotation ending the last numbered line is that line's own, _titled_aim_over_annotated_items)
        closing_inline = last and children >= 2 and not has_annotation(item[0].text) and (
            not title_heading_like(item[0].label) or item[0].text.rstrip().endswith(("：", ":"))  # "…抓好以下工作："
            or enumeration)
        if last and not closing_inline:
            inner += 1
        elif (closing_inline or (closed and children >= 2) or has_annotation(item[0].text)
              or (not closed and _fields_before_measures(item, first))):
            own += 1
    return own >= 1 and own > inner


def _fields_before_measures(item: list[Line], first: int) -> bool:
    """Does the item give its units on label lines of their own before its numbered lines, which start at 1?

    A rectification plan (整改方案) may print each problem's fields first and its measures last: （一）问题。 /
    整改时限：… / 责任领导：… / 牵头单位：X / 责任单位：Y / 整改措施： / 1.… / 2.…. The units are the problem's, its
    measures (numbered afresh under each problem, naming no unit: the caller checks) its text. The caller counts
    the item only where no closing block names units of its own after the measures (a heading's units right under
    it beside a block closing its last item are that heading's, not the item's).
    """
    return item[first].label.number == 1 and any(annotation_only(ln.text) for ln in item[1:first])


def _closing_block(item: list[Line], first: int) -> tuple[int, bool]:
    """Where the block of label lines closing the item after its numbered lines starts (len(item) where there is
    none), and whether it names units of its own (not only speaking for the items above it).

    The closing block may hold, beside the units' lines, lines naming the leader or the deadline (责任领导：…,
    整改时限：…), as a rectification plan closes each problem: they belong to the block, not to the last sub-point.
    (A line speaking for the items above it, （以上任务由X牵头）, covers them as measures: no item's own close.)
    """
    end, closed = len(item), False
    while end > first and (annotation_only(item[end - 1].text)
                           or (not item[end - 1].label and LABEL_LINE.match(item[end - 1].text))):
        closed = closed or (annotation_only(item[end - 1].text) and not speaks_for_the_items_above(item[end - 1].text))
        end -= 1
    return end, closed


def _numbered_on_through_groups(items: list[list[Line]], style: str) -> bool:
    """Do the numbered lines under the group items count on from item to item (（一） 1. 2. / （二） 3. 4. …), never
    starting again at 1, under at least two of them? Then they are one sequence of tasks under headings, not each
    heading's sub-points (which start again at 1 under each)."""
    numbers = [[ln.label.number for ln in item[1:] if ln.label and ln.label.style == style] for item in items]
    numbers = [n for n in numbers if n]
    flat = [x for n in numbers for x in n]
    return len(numbers) >= 2 and all(b > a for a, b in zip(flat, flat[1:]))


def _blocks_closing_numbered_on_groups(chunk: list[Line], levels: Levels) -> list[int]:
    """Group headings over measures numbered on through the groups whose one block of label lines, after the last
    measure, names the units of them all: the lines of those headings (each measure takes the block's units).

    整改方案 state each problem as a （一） heading over measures counted 1.–31. straight through the plan; most measures
    carry their own label lines, but a problem may give its units (and leader, deadline) once after its last measure:
    （四）项目推进缓慢。 / 9.建立问题清单。 / 10.加快资金拨付。 / 牵头单位：X / 责任单位：Y. The measures go on with the plan's
    count, so they are the tasks (_mixed_items keeps the heading a group); the block names no unit for the last
    measure alone, but for the problem's measures, as a heading's covering annotation does. Only where no line of
    the heading or its measures names a unit of its own; with numbers starting again at 1 under each problem the
    problem is the task and its measures sub-points (_items_hold_the_annotations).
    """
    if not (levels.group and levels.task):
        return []
    items = _group_items(chunk, levels.group)
    if not _numbered_on_through_groups(items, levels.task):
        return []
    found = []
    for item in items:
        kids = [i for i, ln in enumerate(item) if i and ln.label and ln.label.style == levels.task]
        if item[0].role is not None or len(kids) < 2:
            continue
        end, closed = _closing_block(item, kids[-1] + 1)
        if closed and end < len(item) and not any(has_annotation(ln.text) for ln in item[:end]):
            found.append(item[0].number)
    return found


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
    name units of their own: "some name their own" (those keep theirs, the items naming none take the heading's:
    parse._units_to_items_naming_none). None for any other shape.
    """
    head = item[0]
    first = next((i for i, ln in enumerate(item) if ln.label and ln.label.style == child_style), None)
    if not head.label or first is None:
        return None
    # the annotation ends the heading's line, or stands on lines of its own between the heading and its items
    between = item[1:first]
    joined = _texts(_wrapped_units_joined(between))
    # (若干政策举措 open each annotated heading with a lead-in paragraph, its aim and yearly target, before the
    # measures: 一、强化科技创新（区科技局牵头） / 以…为牵引，…2025年力争研发投入强度达到2.95%。 / （一）…: the
    # paragraph names no unit and is no item, so the heading's units still cover the measures)
    if not (all(_lead_in(ln) or _heading_field(ln.text) for ln in between) if has_annotation(head.text) else
            between and all(_units_line(text) or _heading_field(text) for text in joined)
            and any(_units_line(text) for text in joined)):
        return None
    title = without_annotations(head.label.rest).strip().rstrip("。；;，,:：")
    if not title or ((len(title) > HEADING_MAX or re.search(r"[。；;]", title))
                     and not _titled_aim_over_annotated_items(item, first, child_style)):
        return None
    # (one measure is enough: a 若干政策举措 section may hold one measure beside sections of several, numbered on)
    if sum(1 for ln in item[first:] if ln.label and ln.label.style == child_style) < 1:
        return None
    return "some name their own" if any(has_annotation(ln.text) for ln in item[first:]) else "covers"


def _titled_aim_over_annotated_items(item: list[Line], first: int, child_style: str) -> bool:
    """Is the head line a short title, a sentence on its aim and its own annotation, over numbered items of which
    some carry annotations of their own?

    An action plan (行动方案, 十大行动) may print each action's aim between its name and its bracket:
    （一）实施市场准入便利化行动。聚焦企业全周期，降低准入成本。（牵头区领导：甲；牵头单位：区乙局） / 1.… / 2.…（责任单位：区丙局）.
    The head holds a sentence, as a duty sentence over its sub-points does (一、加强监管。深入开展排查（责任单位：X）), but
    sub-points of one task are not annotated twice: where the head's line names its units and its numbered lines
    name further ones, the numbered lines are the tasks and the head a heading over them (its units answer for the
    items naming none). The name before the first 。 must be a short title (no ，；: not a sentence cut short).
    """
    if not has_annotation(item[0].text):
        return False
    name = without_annotations(item[0].label.rest).strip().split("。", 1)[0]
    if not name or len(name) > HEADING_MAX or re.search(r"[，,；;：:]", name):
        return False
    return any(has_annotation(ln.text) for ln in item[first:] if ln.label and ln.label.style == child_style)


# a unit list broken off at its separator: the list goes on on the next line
_LIST_GOES_ON = ("、", "，", ",")


def _wrapped_units_joined(between: list[Line]) -> list[Line | str]:
    """The lines between a heading and its first item, a units' line wrapped onto the next line joined into one text.

    A working group's member list too long for its line runs on (成员单位：市甲局、市乙局、 / 市丙中心): the bare
    continuation is part of the units' line, not a lead-in paragraph. A units' line ending in a list separator
    takes the unlabelled line after it (page numbers between are gone already); other lines stay as they are."""
    joined: list[Line | str] = []
    for ln in between:
        last = _texts(joined[-1:])
        if (last and last[0].endswith(_LIST_GOES_ON) and _units_line(last[0]) and not ln.label
                and not _heading_field(ln.text)):
            joined[-1] = last[0] + ln.text.strip()
        else:
            joined.append(ln)
    return joined


def _texts(lines: list[Line | str]) -> list[str]:
    return [ln if isinstance(ln, str) else ln.text for ln in lines]


def _lead_in(ln: Line) -> bool:
    """A heading's lead-in paragraph: a line that is no numbered item and names no unit."""
    return ln.label is None and not has_annotation(ln.text)


# a line of the heading's own fields beside its units' line (提升目标：…, 具体措施：, 指标长：姓名, 完成时限：…); not a
# rectification plan's problem fields (整改目标：, 整改措施：): a problem over its measures is the task, not a heading
# covering them (_fields_before_measures)
_HEADING_FIELD = re.compile("^(?:" + lexicon.alternation(lexicon.HEADING_FIELD_LABELS + tuple(
    label for label in lexicon.FIELD_LABELS if label not in lexicon.RECTIFICATION_FIELD_LABELS)
                                                        + lexicon.DEADLINE_LABELS + lexicon.DUTY_FIELD_LABELS) + r")\s*[:：]"
                            + "|^[^:：，,。；;]{0,6}(?:" + lexicon.alternation(lexicon.PERSON_LABEL_HEADS) + r")\s*[:：]")


def _heading_field(text: str) -> bool:
    """Is this line one of a heading's own fields, not a unit's annotation nor a measure (see _HEADING_FIELD)?"""
    return bool(_HEADING_FIELD.match(text)) and not has_annotation(text)


# a person's field opening a line: 牵头县领导：王某（副县长） / 组长：周某
_PERSON_FIELD = re.compile("^[^:：，,。；;]{0,6}(?:" + lexicon.alternation(lexicon.PERSON_LABEL_HEADS) + r")\s*[:：]")
# the longest leader's field read before the unit labels on the same line (a post and a name, its post in brackets)
_PERSON_FIELD_MAX = 30


def _units_line(text: str) -> bool:
    """Is this line a heading's units' line: nothing but an annotation, or a leader's field followed by the unit labels?

    Working-group (专班) headings often set the leader's field and the 牵头单位 label side by side on one line
    (牵头县领导：王某（副县长）　　牵头单位：县甲局), and a copy may lose the gap (…（副县长）牵头单位：县甲局). The leader is a
    person, no unit (the annotation reader reads only the labelled units); the line is the heading's units' line all
    the same, as the two fields on lines of their own would be.
    """
    if annotation_only(text):
        return True
    if not _PERSON_FIELD.match(text):
        return False
    start = first_annotation_at(text)
    return start is not None and start <= _PERSON_FIELD_MAX and annotation_only(text[start:])


def _mixed_items(chunk: list[Line], levels: Levels, covered: set[int] = frozenset(), dividing_work: bool = False,
                 through: bool = False, counted: frozenset[str] = frozenset()) -> list[int]:
    """Items of one level that read at another, where a section mixes the two shapes (sets Line.role).

    Under group headings, one （二） item may be a duty itself, with no 1. 2. under it (or with
    sub-points that carry no annotation while it does): that item is a task. Among （一） tasks, one
    may head numbered lines that each carry their own annotation: that item is a group heading
    and those lines are its tasks. Annotations decide; the level of the rest is left as it is. A group
    heading whose annotation covers its items (`covered`, their lines) stays a group heading. An article stays one
    measure with its parts, but in a document `dividing_work` among units (_article_split_among_units). Where the
    task-level numbers run `through` the plan (_numbered_through), or its points would repeat the plan's one count
    of tasks (`counted`, _points_repeat_the_count), an item over annotated points stays the task.
    """
    if levels.group and levels.task:
        items = _group_items(chunk, levels.group)
        with_kids = any(ln.label and ln.label.style == levels.task for item in items for ln in item[1:])
        # numbers counting on through the groups make the numbered lines the tasks, a block closing a group's last one
        # covering them all (_blocks_closing_numbered_on_groups), as `through` keeps a task over points below
        numbered_on = _numbered_on_through_groups(items, levels.task)
        for item in items:
            if item[0].number in covered:
                continue
            kids = [ln for ln in item[1:] if ln.label and ln.label.style == levels.task]
            duties = _unnumbered_duties_under(item) or _inner_duties_under(item, levels.task)
            if not kids and duties:
                for ln in duties:
                    ln.role = "task"
            elif not kids:
                if (any(has_annotation(ln.text) for ln in item) or (with_kids and _says_what_to_do(item))
                        or (levels.task not in UNNUMBERED and with_kids and _units_do_its_work(item))
                        or _run_in_measure_beside_headings(chunk, item, with_kids)):
                    item[0].role = "task"
            elif not numbered_on and _items_hold_the_annotations([item], levels.task):
                item[0].role = "task"
                for ln in kids:
                    ln.role = "text"
    elif levels.task:
        below = STYLES[STYLES.index(levels.task) + 1:]
        items = _group_items(chunk, levels.task)
        for item in items:
            kids = [ln for ln in item[1:] if ln.label and ln.label.style in below]
            if len(kids) < 2 or has_annotation(item[0].text):
                continue
            inner = kids[0].label.style
            if levels.task == "article":
                # an article (第十条) is one measure, its （一） （二） its parts, even each with its units; but a
                # document dividing work among units gives each part to its own
                if dividing_work:
                    _article_split_among_units(item, inner)
                continue
            kids = [ln for ln in kids if ln.label.style == inner]
            if through or _points_repeat_the_count(counted, item, kids):
                continue
            if sum(has_annotation(ln.text) for ln in kids) >= 2:
                item[0].role = "group"
                for ln in kids:
                    ln.role = "task"
        return _covering_beside_groups(items)
    return []


def _unnumbered_duties_under(item: list[Line]) -> list[Line]:
    """The unit-first duty paragraphs under a group heading that holds no numbered task (items read them: `para`).

    A 预案 numbered by decimals sets its working groups out as 2.3.1 … tasks under 2.3 现场工作组 and its members'
    duties as unnumbered paragraphs (县X局：负责…) under 2.4 成员单位职责, beside them. The paragraphs are that heading's
    tasks, one a unit, as its neighbour's x.y.z lines are; the heading, naming no unit itself, is no task holding
    them all (a paragraph naming the others by reference, 其他有关部门：…, is an item of the list, as items.py reads it).
    Empty where the heading's own line names a unit or fewer than two such paragraphs name theirs.
    """
    from .duties import lead_units

    duties = [ln for ln in item[1:] if ln.label and ln.label.style == "para"]
    if has_annotation(item[0].text) or sum(bool(has_annotation(ln.text) or lead_units(ln.text)) for ln in duties) < 2:
        return []
    return duties


def _inner_duties_under(item: list[Line], task_style: str) -> list[Line]:
    """The items of an inner style under a group heading that holds no item of the task level, where they name units.

    A 预案 numbered by decimals writes its working groups as 1. items under 2.4 现场指挥部 (read at the x.y.z level,
    numbering.bare_part_labels) and its members' duties as （1）县X局：负责… under 2.3 成员单位职责, beside them. The
    （1） items are that heading's tasks, as the working groups are their heading's; the heading, naming no unit itself,
    is no task holding them all. Empty where the heading's line names a unit, or fewer than two of its items (or fewer
    than half) name theirs.
    """
    from .duties import lead_units

    below = STYLES[STYLES.index(task_style) + 1:] if task_style in STYLES else ()
    inner = next((ln.label.style for ln in item[1:] if ln.label and ln.label.style in below), None)
    if inner is None or has_annotation(item[0].text):
        return []
    points = [ln for ln in item[1:] if ln.label and ln.label.style == inner]
    naming = sum(bool(has_annotation(ln.text) or lead_units(ln.text)) for ln in points)
    return points if naming >= 2 and 2 * naming >= len(points) else []


_DIVISION_OF_WORK_TITLE = re.compile("(?:" + lexicon.alternation(lexicon.DIVISION_OF_WORK_KINDS) + r")(?:[(（][^()（）]*[)）])?$")


def _divides_work(plan: Plan) -> bool:
    """Is the plan a document dividing work among units (…若干措施责任分工方案, …任务分解方案), by its title?"""
    return bool(_DIVISION_OF_WORK_TITLE.search(plan.title.strip()))


def _article_split_among_units(item: list[Line], inner: str) -> None:
    """In a document dividing work among units, an article whose sub-points each name their own units heads them: the
    sub-points are the tasks (sets Line.role).

    A 责任分工方案 of a set of 若干措施 gives one article to several leads: 第二条　严格部门监管责任。 / 1.修订成员单位职责。 /
    牵头单位：A / 2.厘清新兴行业监管职责。 / 牵头单位：B. Its subject is who does what: the article's own lines name no
    unit and every sub-point is closed by its own annotation or label lines, so each sub-point is a task, as an
    unannotated item over measures each annotated is read at the other levels (levels_mixed_sections). The measures
    themselves (若干措施, 实施细则) keep the article as the measure and its parts' annotations as the article's (the
    set's convention: province_shi_ruogan_cuoshi 第十条). An article naming its units anywhere above its sub-points, or
    one sub-point naming none, stays one task with its parts.
    """
    first = next(i for i, ln in enumerate(item) if i and ln.label and ln.label.style == inner)
    if any(has_annotation(ln.text) for ln in item[:first]):
        return
    points = _items_of(item[first:], inner, (inner,))
    if len(points) < 2 or not all(any(has_annotation(ln.text) for ln in point) for point in points):
        return
    item[0].role = "group"
    for point in points:
        point[0].role = "task"


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
            and not any(ln.label for ln in item[1:]) and not any(has_annotation(ln.text) for ln in item)
            and not _says_what_to_do(item) and not (levels.task not in UNNUMBERED and _units_do_its_work(item))]


def _measures_under_unannotated_tasks(chunk: list[Line], levels: Levels,
                                      counted: frozenset[str] = frozenset()) -> list[int]:
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
        if first is None or item[0].role is not None or any(has_annotation(ln.text) for ln in item[:first]):
            continue
        inner = item[first].label.style
        measures = _items_of(item[first:], inner, (inner,))
        if _points_repeat_the_count(counted, item, [m[0] for m in measures]):
            continue
        if len(measures) >= 2 and all(any(has_annotation(ln.text) for ln in m) for m in measures):
            item[0].role = "group"
            for m in measures:
                m[0].role = "task"
            found.append(item[0].number)
    return found


def _points_repeat_the_count(counted: frozenset[str], item: list[Line], points: list[Line]) -> bool:
    """Would the item's points, read as tasks, repeat numbers the plan's one count of tasks gave before the item?

    County 要点 number their tasks 1.–28. straight through the plan, across its （一） groups, and may put a short line
    over （1）（2） measures each closed by its own annotation: 16.… / 17.强化堵源截流查缉。 / （1）公路查缉。…（责任单位：A） /
    （2）…（责任单位：B） / 18.…. The 17. is one of the plan's count, as 16. and 18. are; its points start again at 1
    below it, and read as tasks they would be a second 1 and 2 after the real ones. So where the item's style is
    numbered as one count through the whole plan (`counted`: never starting again) and the item comes after the number
    its points start at, the item stays the task and its points' annotations are its own. A 1. opening the count over
    such points (nothing before it to repeat), or an item in a plan whose numbers start again in each section or
    group, is still read as a heading over them (_measures_under_unannotated_tasks). So is a number under a word
    naming what it counts (问题1： … 问题8： in an 整改方案): it counts the problems, each answered by its 整改措施
    （1）（2）… that are the tasks, not the plan's tasks themselves.
    """
    head = item[0].label
    if not points or head is None or head.style not in counted or not points[0].label:
        return False
    return begins_with_its_number(head.text) and head.number > points[0].label.number


def _styles_counted_through(lines: list[Line]) -> frozenset[str]:
    """The numbered styles whose numbers run up as one count through the whole plan (1. 2. … 28., never again from 1)."""
    last: dict[str, int] = {}
    broken: set[str] = set()
    for ln in lines:
        label = ln.label
        if label is None or label.style in UNNUMBERED or not label.number:
            continue
        if label.number <= last.get(label.style, 0):
            broken.add(label.style)
        last[label.style] = label.number
    return frozenset(last) - broken


def _numbered_through(chunks: list[list[Line]], chunk_levels: list[Levels]) -> bool:
    """Do the task-level numbers run straight through the plan's sections (1.–34., one style, never starting again)?

    Then the plan numbers its tasks at that level: an item naming no unit over （1） points each closing with its
    own annotation is still the task, its points its text (a 分工方案 splitting one task's work so, its numbers the
    plan's count of tasks); where the numbers start again in each section, or a plan has one section, such an item
    is a heading over the points (_measures_under_unannotated_tasks)."""
    styles = {lv.task for lv in chunk_levels if lv.task}
    if len(styles) != 1 or sum(1 for lv in chunk_levels if lv.task) < 2:
        return False
    numbers = [ln.label.number for chunk, lv in zip(chunks, chunk_levels) if lv.task
               for ln in chunk if ln.label and ln.label.style == lv.task]
    return len(numbers) >= 4 and all(b > a for a, b in zip(numbers, numbers[1:]))


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


def _units_do_its_work(item: list[Line]) -> bool:
    """A group heading with no numbered items of its own whose paragraph names the units doing its work as its
    sentences' subjects, no annotation closing them ((二)预警发布 / 县甲局会同县乙局制作预警信息；县丙中心负责发布。).

    A 预案 sets some parts out as numbered items ((三)预警响应 1.… 2.…) and writes others as one paragraph of who does
    what under their heading: such a part is one task as the numbered items beside it are. A paragraph naming no unit
    stays the heading's text (_paragraph_groups): the reader cannot tell a duty from the heading's words there. Beside
    headings over unnumbered duty paragraphs (2.2 成员单位职责 / 县甲局：负责…) it stays so too: there the paragraph under
    2.1 县指挥部 says what the body set up is (县指挥部负责统一领导…), its neighbours being its members' duties.
    The paragraph must give some unit the work to answer for (responsible or lead, not only a unit helping or one an
    evaluation names: 县甲局监管力量薄弱), be written as work to do (no word looking back: _looks_back), and sit under a
    heading that is no background's (lexicon.BACKGROUND_HEADING_WORDS: 存在问题 / 工作进展 / 基本情况).
    """
    from .annotations import read_task  # the annotation reader reads lines; imported late, as lines.units_named does

    if any(w in item[0].text for w in lexicon.BACKGROUND_HEADING_WORDS):
        return False
    paragraph = [ln.text for ln in item[1:] if not ln.label]
    if any(_looks_back(text) for text in paragraph):
        return False
    return any(a.role in _ANSWERING_ROLES for text in paragraph for a in read_task(text).assignments)


# the roles that give a unit a heading's work to answer for (_units_do_its_work)
_ANSWERING_ROLES = ("responsible", "lead")
_NOT_PAST = re.compile(lexicon.alternation(lexicon.NOT_PAST_WORDS))
_PAST = re.compile(lexicon.alternation(lexicon.PAST_WORDS) + "|" + re.escape(lexicon.PAST_CONSENT_OPEN)
                   + r"[^。；;，,]{1,20}?(?:" + lexicon.alternation(lexicon.PAST_CONSENT_CLOSE) + ")")


def _looks_back(text: str) -> bool:
    """A paragraph written looking back (lexicon.PAST_WORDS: 上年度… / 今年以来… / 经县政府同意…制定了本方案)."""
    return bool(_PAST.search(_NOT_PAST.sub("", text)))


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


def held_by_a_later_annotation(chunk: list[Line], last_item: int) -> set[int]:
    """Indexes of the lines after a section's last item that an annotation line further down follows.

    The last task of a section may go on in sentences of their own lines (一是…；/ 二是…。 / ● …；) before the line
    of its units: those sentences are the task's, not the section's closing words, whatever stop ends them. The
    units may close the last sentence itself (二是落实…制度。（X负责，Y配合）): a line naming units is the task's (the
    walker joins it to the task), so the lines above it are too.
    """
    held: set[int] = set()
    seen = False
    for i in range(len(chunk) - 1, last_item, -1):
        if seen:
            held.add(i)
        text = chunk[i].text
        if not chunk[i].label and (LABEL_LINE.match(text) or has_annotation(text)) and not is_note_on_the_lists(text):
            seen = True  # (a note on how to read the lists closes no task: it is the document's rule)
    return held


def _peoples_duties_as_headings(chunk: list[Line], levels: Levels) -> list[Line]:
    """The run-in duties of people (（一）县级包片领导。负责…) left as headings of a group level, with no items under them."""
    if not levels.group:
        return []
    return [ln for ln in chunk if ln.label and ln.label.style == levels.group and ln.role is None and not ln.parent
            and _peoples_duty(ln)]


def _chunks(lines: list[Line], outer: str | None) -> list[list[Line]]:
    """The lines of each section (the first chunk is the preamble when sections exist)."""
    chunks: list[list[Line]] = [[]]
    for ln in lines:
        if outer and ln.label and ln.label.style == outer:
            chunks.append([])
        chunks[-1].append(ln)
    return chunks if chunks[0] else chunks[1:]


# A plan listing its work under 一、 … 十、 (a 民生实事 list printed in its 通知) may close with the conditions of carrying it
# out under a heading printing no number: 工作要求 / 保障措施 / 有关要求 alone on its line, no 十一、, over （一）… or 1.…
# points naming no unit. The heading ends the last section as a numbered 十一、工作要求 would. Kept inside it, its points
# were read as that section's tasks: （一） outranking the section's own 1. items (which then fell into its intro), or
# 1. 2. numbered again after them, the heading glued to the last unit line above (市X局工作要求).
def _closing_part_at(chunk: list[Line]) -> int | None:
    """The index in the last section's chunk of a closing part's heading printing no number: a line of its own, the
    closing part's title as a whole, after an item of the section and after the last line naming a unit (an
    annotation or a label line): its points name none. None where there is no such line."""
    named = [i for i, ln in enumerate(chunk) if has_annotation(ln.text) or LABEL_LINE.match(ln.text)]
    after = max(named, default=0)
    first_item = next((i for i, ln in enumerate(chunk[1:], 1) if ln.label), None)
    if first_item is None:
        return None
    return next((i for i in range(max(after, first_item) + 1, len(chunk))
                 if chunk[i].label is None and chunk[i].role is None and closing_part_title(chunk[i].text)), None)


# A 民生实事 list numbers its 实事 一、 … 十八、: most are single items (a short title, a description, their own
# 牵头单位：/责任单位： lines, or a bracket on the heading line), a few split into （一） （二） or 1. 2. sub-items. One
# 一、 with numbered lines under it makes 一、 the section level, and a single 实事 read as a section holding no item lost
# its units to the section's text. As a childless group heading carrying its own units is a task among headings over
# items (_mixed_items), a childless 一、 item naming its units is a task of its own beside the sections holding items.
def _single_items_beside_sections(chunks: list[list[Line]], chunk_levels: list[Levels]) -> list[Line]:
    """The heads of the sections that hold no numbered line but name their own units (a bracket on the heading's line
    or units' lines under it), in a plan whose other sections hold items (sets Line.role to "task")."""
    outer = [(chunk, lv) for chunk, lv in zip(chunks, chunk_levels)
             if lv.section and chunk[0].label and chunk[0].label.style == lv.section]
    if not any(lv.task for _, lv in outer):
        return []
    single = [chunk[0] for chunk, lv in outer
              if not lv.task and not any(ln.label for ln in chunk[1:]) and not _a_part_of_the_frame(chunk[0])
              and _closed_by_its_units(chunk)]
    for ln in single:
        ln.role = "task"
    return single


def _a_part_of_the_frame(head: Line) -> bool:
    """Is the heading titled as a part of the plan's frame or its closing (一、工作目标 / 二、组织机构 / 三、职责分工 /
    五、保障措施 / 组织领导), whatever units it names: a part setting out who oversees or runs the plan, no 实事."""
    title = without_annotations(head.label.rest).strip().split("。", 1)[0].strip("：: ")
    return frame_or_closing_title(title) or title.endswith(lexicon.FRAME_SETUP_PART_WORDS)


_PERSONS_FIELD = re.compile("(?:" + lexicon.alternation(lexicon.PERSON_LABEL_HEADS) + r")\s*[:：]")
_RUN_IN_PART = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：]")


def _closed_by_its_units(chunk: list[Line]) -> bool:
    """Does the item close with its own units: a bracket on the heading's line, or units' lines under it followed by
    nothing but its fields (完成时限：…)? A part of the plan's frame naming bodies (三、组织机构 / 主办单位：… / 承办单位：…)
    goes on with its paragraph after them, one setting out working groups names their leaders."""
    # (a person's field, 第一组组长：…, marks a frame part setting out working groups, no single item)
    if _PERSONS_FIELD.search(chunk[0].text) or any(
            _PERSON_FIELD.match(ln.text) and not _units_line(ln.text) for ln in chunk[1:]):
        return False
    if len(chunk) == 1:  # (not a frame part run in after its name and colon: 一、组织领导：成立专班…（X牵头）)
        return annotation_ends_line(chunk[0].text) and not _RUN_IN_PART.match(chunk[0].label.rest.strip())
    last = max((i for i, ln in enumerate(chunk[1:], 1) if _units_line(ln.text)), default=None)
    return last is not None and all(_heading_field(ln.text) for ln in chunk[last + 1:])


def decide_levels(plan: Plan, lines: list[Line], tabled: frozenset[str] = frozenset()
                  ) -> tuple[list[list[Line]], list[Levels]]:
    """The plan's lines in chunks (its sections, or the whole) and the levels of each: which style marks its
    sections, groups and tasks, decided from the numbering's shape across the document; notes each reading
    that departs from the plain shape and records the headings whose units cover their items."""
    _mark_parents(lines)
    inside = ("article",) if articles_in_parts(lines) else ()
    outer = "cn" if inside else section_style(lines)
    chunks = _chunks(lines, outer)
    closing: list[Line] = []
    at = _closing_part_at(chunks[-1]) if outer and len(chunks) > 1 else None
    if at is not None:
        closing, chunks[-1] = chunks[-1][at:], chunks[-1][:at]
        closing[0].role = "closing"
        lines = lines[:len(lines) - len(closing)]
        plan.note(closing[0].number, "outline", f"line {closing[0].number}: {closing[0].text} heads the plan's closing "
                                                "part, printing no number: it ends the last section, its points are no tasks")
    chunk_levels = [_stem_groups_inside_groups(plan, chunk, inner_levels(chunk, outer, inside, tabled))
                    for chunk in chunks]
    chunk_levels = _lone_first_items_are_sub_points(chunks, chunk_levels)
    chunk_levels = [_measures_under_bare_headings(plan, chunk, lv) for chunk, lv in zip(chunks, chunk_levels)]
    chunk_levels = _decimal_headings_of_parts_naming_no_unit(chunks, chunk_levels)
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
                note_heading_over_named_items(plan, "section", section[0].number, f"line {section[0].number}: the "
                                              f"units of heading {section[0].label.text} are not given to its "
                                              f"{shown(inner)} items: some of them name their own")
    _single_items_beside_sections(chunks, chunk_levels)  # (noted below, as any item read at another level)
    covered: set[int] = set()  # lines of the group headings whose units cover their items
    through = _numbered_through(chunks, chunk_levels)
    counted = _styles_counted_through(lines)
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
                    note_heading_over_named_items(plan, "group", at, f"line {at}: the units of heading "
                                                  f"{item[0].label.text} are not given to its {shown(levels.task)} "
                                                  "items: some of them name their own")
        for at in _paragraph_groups(chunk, levels):
            plan.note(at, "outline", f"line {at}: this heading has a paragraph but no numbered items and names no unit, "
                                     "beside headings over numbered tasks: read as the heading's text, not a task")
        for at in ([] if through else _measures_under_unannotated_tasks(chunk, levels, counted)):
            plan.note(at, "outline", f"line {at}: this item names no unit and heads measures each closed by its own "
                                     "annotation: read as a heading, its measures as the tasks")
        for at in _mixed_items(chunk, levels, covered, dividing_work=_divides_work(plan), through=through,
                              counted=counted):
            headings_over_items(plan).append(("group", at))
            plan.note(at, "outline", f"line {at}: the units of this heading cover its items, numbered on "
                                     "with the tasks of the group headings beside it: 章节标题的责任单位适用于其下各项")
        for at in _blocks_closing_numbered_on_groups(chunk, levels):
            groups_closed_for_their_items(plan).append(at)
            plan.note(at, "outline", f"line {at}: the measures under this heading, numbered on with the plan's tasks, "
                                     "name no unit but the label lines closing the last: those lines cover each of them")
        for ln in _peoples_duties_as_headings(chunk, levels):
            plan.note(ln.number, "outline", f"line {ln.number}: item {ln.label.text} is the duty of people "
                                            f"({_PEOPLES_HEAD.match(ln.label.rest.strip()).group()[:-1]}), no unit's: read as "
                                            "a heading's text, not a task")
    for ln in lines:
        if ln.role in ("group", "task") and ln.label and ln.label.style != "stem":  # (stems: noted above)
            plan.note(ln.number, "outline", f"line {ln.number}: item {ln.label.text} read as a {ln.role}, "
                                            "unlike the items of its level around it")
    if closing:
        chunks.append(closing)
        chunk_levels.append(Levels(None, None, None))  # no level: the closing part's lines are the plan's text
    return chunks, chunk_levels
