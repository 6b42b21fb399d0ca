"""Items that the outline read as tasks but which are the plan's text: set aside after the outline is built.

指导思想 / 基本原则 / 工作目标 items naming no unit, a document's statements about itself (本方案自印发之日起施行), the
stages of a campaign (动员部署 / 集中整治 / 总结提升), a review of last year's work and its shortcomings, definitions,
a closing 保障措施 part, and a covering notice's requirements. Their numbers are kept (`records.set_aside`) because
the task numbering may run on from them. `set_aside_items` runs these in order.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..model import Group, Plan, Section, Task
from ..words import lexicon
from .lines import annotations_apart_from_sentences, closing_line_above, clauses_report_work_done, has_annotation, heading_title, items_a_count_covers, join_text, units_named
from ..words.framework import FRAMEWORK
from ..words.labels import LABEL_LINE
from .numbering import style_of
from .opening_subjects import (duties_after_their_titles_open_with_their_bodies, duty_after_its_title_opens_with_a_body,
                               opens_with_a_body, run_in_step_opens_with_a_body)
from ..words.labels import STYLES, cn_number
from ..words.names import SHORT_NAME_NOTE_HEAD, unit_like
from .rules import titled_as_a_responsibility_agreement
from .records import counted_rows, group_makeups, part_headings, set_aside




# 整治范围 / 整治重点 / 治理对象 / 整治范围和重点: what a campaign covers and targets (the words in the lexicon). Read on
# an item's own title only: a section so titled (二、整治重点) may hold the campaign's work item by item
_CAMPAIGN_SCOPE = re.compile(
    "^(?:" + lexicon.alternation(lexicon.CAMPAIGN_WORDS) + ")(?:" + lexicon.alternation(lexicon.CAMPAIGN_SCOPE_WORDS)
    + ")(?:[和及与、](?:" + lexicon.alternation(lexicon.CAMPAIGN_SCOPE_WORDS) + "))?$")
# 休渔海域 / 禁捕时间 / 禁渔区域: a seasonal ban's waters and period, its frame (the words in the lexicon); 检查时间 /
# 行动区域 are not: an inspection's time and area items say who does the work
_BAN_SCOPE = re.compile(
    "^(?:" + lexicon.alternation(lexicon.BAN_WORDS) + ")(?:" + lexicon.alternation(lexicon.BAN_SCOPE_WORDS)
    + ")(?:[和及与、](?:" + lexicon.alternation(lexicon.BAN_SCOPE_WORDS) + "))?$")
# 二、清理范围 / 三、清理标准 / 二、整治对象 / 二、普查范围: a part whose title is a campaign's or a survey's scope or
# criteria (the words in the lexicon): each of its items a kind of thing covered or a criterion, whatever its own title
_CAMPAIGN_SCOPE_PART = re.compile(
    "^(?:" + lexicon.alternation(lexicon.CAMPAIGN_WORDS + lexicon.BAN_WORDS + lexicon.SURVEY_WORDS) + ")(?:"
    + lexicon.alternation(lexicon.CAMPAIGN_SCOPE_PART_WORDS) + ")(?:[和及与、](?:"
    + lexicon.alternation(lexicon.CAMPAIGN_SCOPE_PART_WORDS) + "))*$")
# 普查对象 / 普查标准时点 / 普查时点和时期 / 调查对象、范围和内容: whom and when a census or survey counts and what it
# asks (the words in the lexicon), its frame; read on an item's own title only, as a campaign's scope is
_SURVEY_FRAME = re.compile(
    "^(?:" + lexicon.alternation(lexicon.SURVEY_WORDS) + ")(?:" + lexicon.alternation(lexicon.SURVEY_FRAME_WORDS)
    + ")(?:[和及与、](?:" + lexicon.alternation(lexicon.SURVEY_FRAME_WORDS) + "))*$")


CONTAINERS = ("总体要求", "总体思路", "总体考虑", "主要任务", "重点任务", "工作任务", "主要内容")

# How a plan closes: the conditions of carrying it out (保障措施, 组织实施, 工作要求), not duties of named units;
# a rectification or proposal-handling plan names them after its work (整改要求, 办理要求, 推进要求).
# The title may be longer as offices word it: an adverb and a verb before it (切实加强组织实施, 进一步强化保障措施),
# two such parts joined (加强组织领导和保障措施, 强化组织领导，确保工作落实), or how it is to be done after a comma
# (加强组织实施，确保取得实效).
_SAFEGUARD_VERB = r"(?:切实|进一步|全面|着力)?(?:强化|加强|完善|健全|落实|抓好|做好|狠抓|确保|压实|推动)?"
_SAFEGUARD_WORDS = (
    # (整改保障 / 推进保障 / 保障要求 / 整改保障措施: a rectification or campaign plan's closing conditions)
    r"(?:整改|推进|工作|组织|实施|政策)?保障(?:措施|要求|机制|条件)?|措施保障|"
    r"工作要求|组织实施|有关要求|相关要求|其他事项|附则|整改要求|办理要求|推进要求|"
    # a chiefs system's (田长制 / 河长制) routines after its duties (会议制度 / 巡田制度 / 信息报送制度): how the chiefs meet,
    # patrol and report, people's routines rather than a unit's task
    r"工作制度|"
    # a schedule's closing (学习计划 / 培训计划 / 演练计划 / 活动方案 …): what is asked of those taking part
    r"(?:学习|培训|演练|活动|调研|宣传)要求|"
    # an oversight notice's closing part (督办要求 / 督查要求): what it asks of all the bodies it oversees (the lexicon)
    + lexicon.alternation(lexicon.OVERSIGHT_REQUIREMENT_WORDS) + "|"
    # a plan, or the notice that is its body, may close with whom to ask (五、联系人 / 联系方式): no task either
    r"联系人|联系方式|联系人及联系方式|联系人和联系方式|"
    # an assessment or breakdown table's reading notes, numbered as a part after it (四、有关说明 / 五、几点说明): how the
    # table is read (who of its units leads, who interprets it), no unit's duty
    + lexicon.alternation(lexicon.NOTE_PART_WORDS)
    # a 责任书's closing part titled bare 其他 / 其它 (the term, the copies, who interprets it): the title as a whole,
    # and, as every closing word here, read only counting back from the plan's end (_closing_sections), so the
    # 考核奖惩 before it is reached too
    + "|" + lexicon.alternation(lexicon.CLOSING_OTHER_WORDS)
)
# 组织领导 / 督导考核 / 工作落实 heading a closing section or part: who oversees the plan and how it is checked, no
# unit's duty; a single item so titled (三、强化督查考核。将落实情况纳入考核。) may be the plan's last task, and stays
# A 深改委 / 领导小组 / campaign plan closes with the carrying out of its own kind of work (抓好改革落实, 狠抓整治落实,
# 推动整改落实): the same closing part, named by the work's domain word before 落实.
_OVERSIGHT_WORDS = (r"|组织领导|督导考核|督查考核|考核评估|督促检查|工作落实|贯彻落实|责任落实"
                    r"|(?:改革|整治|整改|创建)落实|" + lexicon.alternation(lexicon.OVERSIGHT_CLOSING_WORDS))
# An assessment document (目标管理责任书, 考核方案, 督查通报) closes after its targets or problems with parts of the same
# kind: what is asked next (下步工作要求), how the targets are scored (考核办法, 评分细则), what adds or takes off points
# (加分和扣分事项, 一票否决事项), how the results are rewarded and answered for (奖励与问责, 奖惩措施, 结果运用); two
# joined (奖励与问责, 加分和扣分事项) read as 加强组织领导和保障措施 does. The words are in the lexicon.
_A = lexicon.alternation
_ASSESSMENT_CLOSING_WORDS = (
    rf"|(?:{_A(lexicon.NEXT_STEP_WORDS)})(?:工作)?要求"
    rf"|(?:{_A(lexicon.ASSESSMENT_HEADS)})(?:{_A(lexicon.ASSESSMENT_METHODS)})"
    rf"|(?:{_A(lexicon.POINT_WORDS)})(?:{_A(lexicon.POINT_MATTERS)})?"
    rf"|(?:考核)?(?:{_A(lexicon.REWARD_WORDS)}|{_A(lexicon.ACCOUNTABILITY_WORDS)})(?:措施|办法|机制)?"
    rf"|(?:{_A(lexicon.RESULT_USE_WORDS)})"
)


def _closing_title(words: str) -> re.Pattern:
    one = _SAFEGUARD_VERB + "(?:" + words + ")"
    return re.compile("^" + one + "(?:(?:[和及与、，,]|[，,]" + _SAFEGUARD_VERB + ")" + one + r"|[，,]确保.{1,10})?$")


_SAFEGUARDS = _closing_title(_SAFEGUARD_WORDS + _OVERSIGHT_WORDS + _ASSESSMENT_CLOSING_WORDS)
_SAFEGUARD_ITEMS = _closing_title(_SAFEGUARD_WORDS + _ASSESSMENT_CLOSING_WORDS)
# A holiday, flood-season or major-event plan closes its work with a part on keeping watch and reporting
# (六、值班值守和信息报送 / 应急值守 / 严格值班值守，强化信息报送), before its 保障措施 or as its last part: where none of its
# items names a body doing it (（一）严格值班值守。节日期间实行24小时值班…), it is how everyone keeps watch while the
# plan runs, no task. Unlike a 保障措施 part's requirements (各有关单位要…), such a part is work a plan may assign
# (市防指办要会同市水利局…每日会商研判 / 各乡镇落实24小时值班), so an item opening with its body keeps the part's items
# tasks (_closing_sections). Read on a section's title only (an item 加强值班值守 may be an emergency plan's work).
_DUTY_WATCH = _closing_title(lexicon.alternation(lexicon.DUTY_WATCH_CLOSING_WORDS))
# An oversight notice's 督办要求 part asks the bodies it oversees, as a whole, to report (各责任单位要按时报送…) and says
# what its issuer will do (市政府督查室将适时督查…): its items open with bodies as the notice's own items do (请X牵头…),
# yet none is a task of the work overseen, so only a unit written apart (a bracket, a label line) keeps it a task.
_OVERSIGHT_REQUIREMENTS = _closing_title(lexicon.alternation(lexicon.OVERSIGHT_REQUIREMENT_WORDS))


def closing_part_title(text: str) -> bool:
    """Whether a line is, as a whole, the title of a plan's closing part (工作要求, 保障措施, 组织实施, 有关要求, 考核办法 …;
    a colon after it allowed), read by the words of the closing parts above (not 组织领导 / 督查考核, which title items of
    work as often)."""
    return bool(_SAFEGUARD_ITEMS.match(_unspaced(text.strip().rstrip("：:"))))


def frame_or_closing_title(text: str) -> bool:
    """Whether a line is, as a whole, the title of a part of the plan's frame (工作目标, 指导思想) or of its closing part,
    组织领导 / 督导考核 too (the words of _SAFEGUARDS): for a caller that already knows the plan's work stands elsewhere
    (in the table below its text), where 组织领导 titles the frame, not an item of work."""
    title = _unspaced(text.strip().rstrip("：:"))
    return bool(_SAFEGUARDS.match(title)) or _frame_part(title)


def _closing_sections(plan: Plan) -> set[int]:
    """The indices of the sections closing the plan that are about carrying it out and name no unit.

    Counted back from the last section with tasks while each is titled so (保障措施, 工作要求, 考核办法, 奖励与问责 …)
    and none of its items names a unit: a 责任书 closes with several (三、加分和扣分事项 四、考核办法 五、奖励与问责
    六、附则). Where every section with tasks would be one, only the last is (the plan's sections are its work).
    """
    closing: set[int] = set()
    # a plan writing its duties as sentences after its items' titles, opening with their bodies, names its
    # safeguards' units so too: （二十八）加强组织领导。市X局要切实负起牵头责任…；市Y局要主动配合。 is a unit's task.
    # Only the plan's work tells (the items outside its closing-titled parts): a closing part's own 各乡镇要… are
    # how any plan words its requirements. Weighed once, and only where a run of the plan's parts ends in a
    # closing-titled one (elsewhere no item is asked).
    duty_watch = _duty_watch_parts(plan)
    titled_closing = [_SAFEGUARDS.match(_unspaced(s.title)) is not None or watch
                      for s, watch in zip(plan.sections, duty_watch)]
    parts_with_tasks = [[i for i in part if plan.sections[i].tasks] for part in _numbered_parts(plan)]
    asked = any(part and titled_closing[part[-1]] for part in parts_with_tasks)
    in_sentences = asked and duties_after_their_titles_open_with_their_bodies(
        [t for s, closing_titled in zip(plan.sections, titled_closing) if not closing_titled for t in s.tasks])

    def names_a_unit(task, watch: bool, oversight: bool) -> bool:
        return (has_annotation(task.text)
                or (in_sentences and not oversight and duty_after_its_title_opens_with_a_body(task))
                or (watch and (_opens_with_its_doer(task) or _duty_opens_with_a_body_name(task))))

    for with_tasks in parts_with_tasks:
        run: list[int] = []
        for index in reversed(with_tasks):
            oversight = _OVERSIGHT_REQUIREMENTS.match(_unspaced(plan.sections[index].title)) is not None
            if not titled_closing[index] or any(names_a_unit(t, duty_watch[index], oversight)
                                                for t in plan.sections[index].tasks):
                break
            run.append(index)
            if oversight:
                # what an oversight notice's 督办要求 closes is the matters it oversees: a part before it titled as a
                # closing one (五、其他事项 over agreed items) is one of them
                break
        closing.update(run if len(run) < len(with_tasks) else run[:1])
    return closing


def _duty_watch_parts(plan: Plan) -> list[bool]:
    """Which sections are a closing part on keeping watch (值班值守和信息报送 / 应急值守), weighed as a 保障措施 part is.
    Only in a plan whose work stands elsewhere and names its units there: a 值班工作方案 (its title names 值班), or a
    plan whose every part with tasks is closing or on keeping watch, has keeping watch for its work; and in a plan
    naming no unit anywhere, a watch item naming none tells nothing (its work is as unit-less)."""
    watch = [_SAFEGUARDS.match(_unspaced(s.title)) is None and _DUTY_WATCH.match(_unspaced(s.title)) is not None
             for s in plan.sections]
    if not any(watch) or any(word in _unspaced(plan.title or "") for word in lexicon.DUTY_WATCH_PLAN_TITLE_WORDS):
        return [False] * len(watch)
    work = [t for s, w in zip(plan.sections, watch) if not w and _SAFEGUARDS.match(_unspaced(s.title)) is None
            for t in s.tasks]
    if not any(has_annotation(t.text) or _opens_with_its_doer(t) or _duty_opens_with_a_body_name(t) for t in work):
        return [False] * len(watch)
    return watch


def _duty_opens_with_a_body_name(task: Task) -> bool:
    """Does the item's sentence of duty (its text, or the sentence after its run-in title) open with a body's name
    before any verb (县甲局：实行24小时值班… / 县甲局实行24小时值班… / 每日16时前，各成员单位报送…), after one leading clause
    of time set apart by ，at most? Such an item gives its body the watch, though no annotation is read from it."""
    titled = task if task.title else replace(task, title=heading_title(task.text))
    run_in = titled.title + "。"
    text = task.text.lstrip()
    sentences = [text, text[len(run_in):].lstrip()] if titled.title and text.startswith(run_in) else [text]
    return any(_opens_with_a_body_name(_after_a_time_clause(sentence)) for sentence in sentences)


def _after_a_time_clause(sentence: str) -> str:
    """The sentence past one short leading clause of time (每日16时前，/ 节日期间，), or the sentence itself."""
    comma = sentence.find("，", 0, _TIME_CLAUSE_MAX + 1)
    if comma > 0 and sentence[:comma].endswith(lexicon.LEADING_TIME_CLAUSE_ENDINGS):
        return sentence[comma + 1:]
    return sentence


# the longest leading clause of time (每日16时前，/ 节日期间，) and body's name read before an item's duty
_TIME_CLAUSE_MAX = 12
_BODY_NAME_MAX = 15
_NO_NAME_CHARACTERS = "，。；：、,.;:（）()0123456789"


def _opens_with_a_body_name(sentence: str) -> bool:
    """Does the sentence open with a body's name: opening with its level or 各 (县甲局 / 市乙办 / 各乡镇), an opening
    ending like a body's, holding no punctuation or figure? A sentence opening with its matter or its time
    (重要情况及时报告指挥部 / 赛事期间各工作组…) names its body in passing, if at all. The plan's own working body
    (区保供稳价工作专班实行24小时值班 / 县指挥部…) keeping watch is how the plan runs, as its 保障措施 set it up: no unit
    given the watch."""
    if not sentence.startswith(lexicon.BODY_NAME_OPENERS):
        return False
    for end in range(2, min(_BODY_NAME_MAX, len(sentence)) + 1):
        if sentence[end - 1] in _NO_NAME_CHARACTERS:
            return False
        # the plan's own body's name may go on into a body of its own (市防火指挥部办公室 / 区应急指挥部各成员单位):
        # read on past it for a longer name
        if unit_like(sentence[:end]) and not sentence[:end].endswith(lexicon.PLAN_OWN_WORKING_BODY_ENDINGS):
            return True
    return False


def _opens_with_its_doer(task: Task) -> bool:
    """Does the item's sentence of duty (after its title, in a run-in item) open with the body doing it (X要… /
    各乡镇落实…)? An item not yet titled is read with the title it takes, up to its first 。."""
    return opens_with_a_body(task if task.title else replace(task, title=heading_title(task.text)))


def _numbered_parts(plan: Plan) -> list[list[int]]:
    """The plan's sections in runs of one numbering: a section numbered no higher than the one before (一、 after
    五、) starts a new run. A plan closing its prose with 五、保障措施 and then setting out its 附件 table's rows
    under their own 一、… 七、 groups closes each run so: the safeguards close the prose, not the plan."""
    parts: list[list[int]] = []
    last = 0
    for index, section in enumerate(plan.sections):
        number = cn_number(section.number) if section.number else 0
        if not parts or (number and number <= last):
            parts.append([])
        parts[-1].append(index)
        last = number or last
    return parts


def _framework_heading(task: Task, section: Section, group: Group | None) -> str | None:
    """The 指导思想 / 原则 / 目标 heading `task` stands under (its own title, its group's or its section's), if any.

    总体要求 holds 指导思想 and 目标 items, but a section so titled may list duties too: only its items titled so
    are framework; a section (or group) titled 基本原则 or 工作目标 holds no duty at all.
    """
    own = heading_title(task.text).rstrip("：:")
    if FRAMEWORK.match(own) or _CAMPAIGN_SCOPE.match(own) or _BAN_SCOPE.match(own) or _SURVEY_FRAME.match(own):
        return own
    run_in = _RUN_IN_FRAMEWORK.match(task.text)
    if run_in and _unspaced(section.title) == _REQUIREMENTS_PART:
        return run_in.group(1)
    if group is not None:
        return group.title if _frame_part(group.title) else None
    title = _unspaced(section.title)  # 总　　则: short headings are letter-spaced
    return title if _frame_part(title) else None


def _frame_part(title: str) -> bool:
    """Is `title` a part's heading whose items all belong to the plan's frame (基本原则, 工作目标; a clean-up's 清理范围 /
    清理标准, a campaign's 整治对象)? 总体要求 / 主要任务 hold the plan's work as well."""
    return bool(FRAMEWORK.match(title) or _CAMPAIGN_SCOPE_PART.match(title)) and title not in CONTAINERS


def _scope_part_at_work(section: Section, task: Task, heading: str) -> bool:
    """Is `task` an item of a campaign's scope or criteria part (一、行动范围 / 审查标准 / 整治对象, titled so on its part or
    group, not on itself) that says who does the work? A campaign often says who covers each scope or applies each
    criterion (（一）城区街道。县甲局负责巡查。 （二）乡村道路。各乡镇负责… / （一）合法性审查。由县乙局牵头…), and those
    items are duties; a clean-up's 清理范围 / 清理标准 items name kinds and verdicts (（二）政策措施。县直各部门制定的…),
    and stay the part's text. The part's items are weighed together: where one of them names its unit (an annotation)
    or opens its sentence after its title with a body of its own (not 各部门 / 各乡镇, the bodies any wording names:
    duty_after_its_title_opens_with_a_body), all of them are its work. Under 基本原则 / 工作目标 (FRAMEWORK) a sentence
    naming a body is still the frame's wording, as before."""
    own = heading_title(task.text).rstrip("：:")
    if heading == own or FRAMEWORK.match(heading) or not _CAMPAIGN_SCOPE_PART.match(heading):
        return False
    return any(has_annotation(t.text) or duty_after_its_title_opens_with_a_body(t)
               for t in section.tasks if t.group == task.group)


# 一、总体要求 （一）指导思想以…为指导 / （二）工作目标到2025年底…: a copy that lost the stop after the item's heading (a
# 公众号 page run together, a PDF's bold heading flattened) runs the framework word on into its text; under 总体要求 an
# item opening with it is still the plan's guiding thought or aim
_RUN_IN_FRAMEWORK = re.compile(r"^\s*(指导思想|基本原则|工作原则|总体目标|工作目标|主要目标|发展目标)(?=[^\s，,。：:；;、])")
_REQUIREMENTS_PART = "总体要求"


# 目标任务 heads a plan's goals (一、总体要求 （二）目标任务 到2027年…) but also the body of a 目标管理责任书 or a 考核
# sheet, each item a target the signing party is to reach (一、目标任务 1.地区生产总值增长6.5%。（5分）); 任务目标 is the
# same heading with its words turned round
_TARGETS_HEADING = re.compile(r"^(?:目标任务|任务目标)$")
# the points a target scores in the assessment: （5分） / (2.5分)
_POINTS = re.compile(r"[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]")


def _targets_are_the_work(plan: Plan, closing: set[int]) -> bool:
    """Whether the items under a 目标任务 heading are the plan's work rather than its goals.

    They are where they carry the points they score (（5分）: an assessed target is work to be done), where the plan
    is a responsibility document (…目标管理责任书 / …责任状: the party signing it answers for each target it lists, also
    where 甲方职责 / 乙方职责 parts follow the targets), or where no item of the plan outside a framework heading or a
    closing part is left (a 责任书 whose body is its 目标任务: setting them aside would leave the plan no task at all).
    """
    if _responsibility_document(plan):
        return True
    other_work = False
    for index, section in enumerate(plan.sections):
        groups = {g.label: g for g in section.groups}
        for task in section.tasks:
            group = groups.get(task.group) if task.group else None
            if _under_targets_heading(task, section, group) and _POINTS.search(task.text):
                return True
            if _framework_heading(task, section, group) is None and index not in closing:
                other_work = True
    return not other_work


def _responsibility_document(plan: Plan) -> bool:
    """Is the plan titled a responsibility document (lexicon.RESPONSIBILITY_DOCUMENT_KINDS), or an agreement titled as
    one (安全生产目标责任协议书: a responsibility mark right before the agreement's kind, rules)?"""
    title = plan.title.strip()
    return title.endswith(lexicon.RESPONSIBILITY_DOCUMENT_KINDS) or titled_as_a_responsibility_agreement(title)


def _under_targets_heading(task: Task, section: Section, group: Group | None) -> bool:
    """Whether `task` stands under a section or group titled 目标任务 (an item so titled is a heading of goals)."""
    heading = _framework_heading(task, section, group)
    return (heading is not None and _TARGETS_HEADING.match(heading) is not None
            and not FRAMEWORK.match(heading_title(task.text).rstrip("：:")))


def _item_as_text(plan: Plan, section: Section, group: Group | None, task: Task) -> None:
    """An item read as text joins its group's text, or its section's intro, after the boxes standing before it there.

    A box set between such items (表1 of the figures a 工作目标 gives, between （二）工作目标 and （三）基本原则; a 注)
    stood in its place among the section's groups, which are shown, and read back, after the text the items joined:
    it joins that text too, in its place, as a box before any section is the preamble's text."""
    def stands_there(box: Group) -> bool:
        if group is not None:
            return group.line < box.line
        return not any(g.line < box.line for g in section.groups if not _is_box(section, g))

    for box in [g for g in section.groups if _is_box(section, g) and g.line < task.line and stands_there(g)]:
        section.groups.remove(box)
        _join_text_of(section, group, f"{box.label}{box.text}")
    label = _printed_label(plan, task)
    if group is None and _after_a_heading(section, task, label):
        # an item of no group printed after a group heading of its section ((一)…(四) groups with their sub-points,
        # (五) a bare item of the same rank): the section's intro stands before every group, so the item keeps its
        # place as a heading with its text of its own, as its neighbours (一)…(四)
        section.groups.append(Group(label=label, title=heading_title(task.text), text=task.text, line=task.line))
        section.groups.sort(key=lambda g: g.line)
        return
    _join_text_of(section, group, f"{label}{task.text}")


def _after_a_heading(section: Section, task: Task, label: str) -> bool:
    """Does a numbered group heading of the section stand before the item, and no group carry the item's label?"""
    return (bool(label) and all(g.label != label for g in section.groups)
            and any(style_of(g.label) and g.line < task.line for g in section.groups))


def _is_box(section: Section, group: Group) -> bool:
    """A box (专栏, 表, 注) or a part's heading among the section's groups: no numbered heading, no task under it."""
    return not style_of(group.label) and not any(t.group == group.label for t in section.tasks)


def _join_text_of(section: Section, group: Group | None, text: str) -> None:
    if group is not None:
        group.text = join_text(group.text, text, "\n")
    else:
        section.intro = join_text(section.intro, text, "\n")


def _set_aside_framework_items(plan: Plan) -> None:
    """Items under 指导思想 / 基本原则 / 工作目标 headings are not tasks; they stay as the section's text.

    Plans open with a part saying why and to what end (一、总体要求 （一）指导思想 （二）基本原则
    （三）工作目标), numbered like the tasks that follow. Such an item assigns no duty: it is set
    aside when its own title, or its section's title, is one of those words and it names no unit.
    An item there that does name a unit stays a task (it reads as a duty, whatever its heading), and so does one
    a line after it gives units (以上目标责任单位：A、B closing a 主要目标 list: see _given_units_by_a_line_below).
    """
    closing = _closing_sections(plan)
    targets_are_work = _targets_are_the_work(plan, closing)
    for index, section in enumerate(plan.sections):
        given_units: set[int] | None = None  # (worked out only where an item would be set aside: it reads every item)
        # only where the plan ends with them: numbered tasks after a set-aside section would break their sequence
        if index in closing:
            # 保障措施 / 工作要求 items naming no unit anywhere in the section: how the plan is to be carried
            # out, text of the section rather than tasks (the task numbering does not run on from them)
            for task in section.tasks:
                _item_as_text(plan, section, None, task)
            plan.note(section.line, "outline", f"line {section.line}: the items of {section.label}{section.title} name no unit: "
                      "read as the section's text, not tasks")
            section.tasks = []
            continue
        groups = {g.label: g for g in section.groups}
        keep: list[Task] = []
        kept_in: set[str] = set()  # groups (and "" for the section) that already have a task
        for task in section.tasks:
            group = groups.get(task.group) if task.group else None
            heading = _framework_heading(task, section, group)
            if targets_are_work and _under_targets_heading(task, section, group):
                heading = None  # a 责任书's or a 考核 sheet's targets: its work
            if heading is not None and _scope_part_at_work(section, task, heading):
                heading = None  # 一、行动范围 （一）城区。县甲局负责…: who covers that scope, a duty
            # only items before the first task of their section or group: the text comes before the tasks
            if heading is not None and task.group not in kept_in and not has_annotation(task.text) and given_units is None:
                given_units = _given_units_by_a_line_below(section)
            if (heading is not None and task.group not in kept_in and not has_annotation(task.text)
                    and id(task) not in given_units):
                _item_as_text(plan, section, group, task)
                set_aside(plan).append(task.number)
                plan.note(task.line, "outline",
                          f"line {task.line}: item {task.label} ({heading_title(task.text)}) names no unit "
                          "under a 指导思想/原则/目标/意义 heading: read as text, not a task")
            else:
                keep.append(task)
                kept_in.add(task.group)
        section.tasks = keep
    _set_aside_document_statements(plan)


# 学习重点 / 学习内容 / 主要内容 …: a part listing what a study plan's members are to study, and 检查重点 / 检查内容 …:
# what an inspection plan will look into (the words in the lexicon)
_TOPIC_PART = re.compile("^(?:" + lexicon.alternation(lexicon.TOPIC_PART_WORDS + lexicon.INSPECTION_TOPIC_PART_WORDS)
                         + ")$")
_STUDY_PLAN_TOPIC_PART = re.compile("^(?:" + lexicon.alternation(lexicon.STUDY_PLAN_TOPIC_PART_WORDS) + ")$")


def _topic_part(plan: Plan, section: Section) -> bool:
    """Whether the part's title names a study plan's topics: 学习重点 / 学习内容 anywhere, 主要内容 / 重点内容 only in a
    plan whose title says it is a study plan (中心组学习计划); an ordinary plan's 主要内容 is its work."""
    title = _unspaced(section.title)
    return bool(_TOPIC_PART.match(title) or (_STUDY_PLAN_TOPIC_PART.match(title)
                                            and any(w in plan.title for w in lexicon.STUDY_PLAN_TITLE_WORDS)))


_INSPECTION_TOPIC_PART = re.compile("^(?:" + lexicon.alternation(lexicon.INSPECTION_TOPIC_PART_WORDS) + ")$")


def _inspection_topic_part(section: Section) -> bool:
    """Whether the part's title names what an inspection looks into (检查重点 / 检查内容 …)."""
    return bool(_INSPECTION_TOPIC_PART.match(_unspaced(section.title)))


def _names_its_units_or_opens_with_them(text: str) -> bool:
    """Does the item name its units, in an annotation or as the units heading their duty (常委会办公室：负责…)? An
    inspection plan's 工作分工 is written unit-first, item by item. A short name before its colon is read loose, as
    in a run of such duties (duties.duty_runs): the caller asks it of every item of a part, so a lone `重点场所：`
    among other items does not make the part one of units' duties."""
    from .duties import lead_units  # (duties reads the outline this module sets up)
    found = has_annotation(text) or lead_units(text, loose=True)
    return bool(found) and (found is True or bool(found[1]))


def _set_aside_topic_parts(plan: Plan) -> None:
    """The items of a 学习重点 / 学习内容 part naming no unit, ahead of a part whose items all name theirs, are its text.

    A study plan (中心组学习计划, 读书班方案) lists the topics its members are to study as （一）… paragraphs naming no
    unit (二、学习重点 （一）深入学习… （二）深入学习党章党规党纪…) and then the sessions, each with the unit holding it,
    in its 学习安排 table: the topics are frame, as 工作目标 are. Only where every item of the part names no unit and
    a later part's items all name theirs: 主要内容 items in a plan naming units nowhere else (or in duty paragraphs
    opening with a body, 县X局：负责…) are the plan's work, and stay tasks. 主要内容 / 重点内容 are read so only in a
    plan titled a study plan (_topic_part): an ordinary 实施方案's 主要内容 before its 职责分工 part is its work.
    An inspection plan's 检查重点 / 检查内容 part is read so too, and there the later part may also name its units
    as their duties' heads (六、工作分工 （一）常委会办公室：负责…), the way such plans share their work out.
    """
    for index, section in enumerate(plan.sections):
        if (not section.tasks or not _topic_part(plan, section)
                or any(has_annotation(t.text) for t in section.tasks)):
            continue
        names_units = _names_its_units_or_opens_with_them if _inspection_topic_part(section) else has_annotation
        if not any(later.tasks and all(names_units(t.text) for t in later.tasks)
                   for later in plan.sections[index + 1:]):
            continue
        groups = {g.label: g for g in section.groups}
        for task in section.tasks:
            _item_as_text(plan, section, groups.get(task.group) if task.group else None, task)
            set_aside(plan).append(task.number)
            plan.note(task.line, "outline", f"line {task.line}: item {task.label} ({heading_title(task.text)}) names no "
                      f"unit under {section.label}{section.title}, a later part naming the units: read as text, not a task")
        section.tasks = []


# 三、整治重点 / 排查重点 / 整治内容 / 检查重点: a campaign's focus part, read by its items' shape (below)
_CAMPAIGN_FOCUS_PART = re.compile(
    "^(?:(?:" + lexicon.alternation(lexicon.CAMPAIGN_WORDS) + ")(?:" + lexicon.alternation(lexicon.CAMPAIGN_FOCUS_PART_WORDS)
    + ")|" + lexicon.alternation(lexicon.INSPECTION_TOPIC_PART_WORDS) + ")$")
# （一）定点医疗机构：重点查处分解住院…行为: a kind of party or place (short, no punctuation or figure), a colon, and
# the conduct targeted opening with a word of weight and a verb of going after wrongs (the words in the lexicon)
_FOCUS_ITEM = re.compile(
    r"^\s*[^，,。；;：:、（）()0-9０-９\s]{2,15}[：:]\s*(?:" + lexicon.alternation(lexicon.FOCUS_TARGET_WEIGHTS) + ")(?:"
    + lexicon.alternation(lexicon.FOCUS_TARGET_VERBS) + ")")


def _names_a_unit_anyhow(task: Task) -> bool:
    """Does the item name a unit in any way the outline reads one: an annotation, a unit in its sentences, a unit
    heading its duty (县甲局：负责… / 各乡镇：…), or a body opening the sentence after its title?"""
    from .duties import lead_units  # (duties reads the outline this module sets up)
    return bool(has_annotation(task.text) or units_named(task.text) or lead_units(task.text)
                or duty_after_its_title_opens_with_a_body(task))


def _set_aside_campaign_focus_items(plan: Plan) -> None:
    """A campaign's focus part listing the wrongs it goes after by kind of party or place is the campaign's frame.

    三、整治重点 （一）定点医疗机构：重点查处分解住院… （二）参保人员：重点查处冒名就医…: each item a kind of regulated
    party or place, a colon and the conduct targeted, naming no one doing the work, which the plan's later steps or
    tasks assign. Such a part is no scope part by its title (a 整治重点 part may set out the work item by item:
    （一）整治占道经营。县城管局负责…), so it is read by its items: the part's items from its first that have that shape
    are its text, where none of the part's items names a unit in any way and some task of the plan stands after it
    (the work the frame leads to). The first item of another shape ends the run: it and those after it stay tasks.
    """
    for section in plan.sections:
        groups = {g.label: g for g in section.groups}
        for key in dict.fromkeys(t.group for t in section.tasks):
            group = groups.get(key) if key else None
            title = _unspaced(group.title if group is not None else section.title)
            if not _CAMPAIGN_FOCUS_PART.match(title):
                continue
            part = [t for t in section.tasks if t.group == key]
            run: list[Task] = []
            for task in part:
                if not _FOCUS_ITEM.match(task.text):
                    break
                run.append(task)
            if not run or any(_names_a_unit_anyhow(t) for t in part):
                continue
            last = max(t.line for t in part)
            if not any(t.line > last for s in plan.sections for t in s.tasks):
                continue
            for task in run:
                section.tasks.remove(task)
                _item_as_text(plan, section, group, task)
                set_aside(plan).append(task.number)
                plan.note(task.line, "outline", f"line {task.line}: item {task.label} ({heading_title(task.text)}) of "
                          f"the focus part {title} names a kind of party and the conduct targeted, no unit: read as "
                          "text, not a task")


def _given_units_by_a_line_below(section: Section) -> set[int]:
    """The items (their ids) naming no unit that a later line of their group speaking for the items above gives units.

    任务分工 of 规划 list a field's 主要目标 1. 2. 3. naming no unit and close them with one line of their own,
    以上目标责任单位：A、B (or 以上三项…): the line says whose targets they are, so they are assigned work, not the
    field's frame. The items are those the outline later gives the line's units (parse._give_units_above): the
    ones naming no unit since the last item naming one, in the same group, as many as a count says.
    """
    given: set[int] = set()
    open_tasks: list[Task] = []  # items naming no unit since the last that names one
    for task in section.tasks:
        if open_tasks and task.group != open_tasks[-1].group:
            open_tasks = []
        if not has_annotation(task.text):
            open_tasks.append(task)
            continue
        opener = closing_line_above(task.text)
        if opener is not None:
            given.update(id(t) for t in items_a_count_covers(open_tasks, opener.group("count")))
        open_tasks = []
    return given


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
        while section.tasks and not has_annotation(section.tasks[0].text) and _STATEMENT.match(section.tasks[0].text):
            task = section.tasks.pop(0)
            _item_as_text(plan, section, None, task)
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
    if not after or any(has_annotation(task.text) for _, task in after):
        return
    for section, task in after:
        section.tasks.remove(task)
        section.closing = join_text(section.closing, f"{_printed_label(plan, task)}{task.text}", "\n")
    plan.note(at, "outline", f"line {at}: the items of the closing part {parts[-1][1]} name no unit: "
                             "read as the plan's text, not tasks")


def _set_aside_unnamed_items_of_a_closing_section(plan: Plan) -> None:
    """The items naming no unit of a closing 保障措施 / 组织实施 section where some of its items do name units.

    A section about carrying the plan out (七、强化组织实施 （二十八）加强组织领导。各地区要… （二十九）强化督促落实。…
    （X牵头，Y参与） （三十）做好总结推广。…) asks everyone to lead, fund and report: its items binding no named
    body are how the plan is carried out, text as in a closing section naming no unit at all (_closing_sections);
    the item whose units are named is a duty like any other, and stays a task. Only the last section with items, after
    a section of tasks, and only where no more than half its items name units: where most do, the section is set out
    as work (each safeguard assigned like a task) and an item naming none is one whose units are left unwritten.
    Items before the first task kept join the section's intro, the others its closing. Before or after by the items'
    order, not their lines: in a text that lost its line breaks the whole section may stand on one line, and an item
    before the kept task put in the closing would be moved after it.
    """
    with_tasks = [s for s in plan.sections if s.tasks]
    if len(with_tasks) < 2 or not _SAFEGUARDS.match(_unspaced(with_tasks[-1].title)):
        return
    section = with_tasks[-1]
    # a plan writing its duties as sentences opening with their bodies (most of its other items so: the weighing of
    # _closing_sections) names a closing item's unit so too (…的，由县丙委严肃追责问责): that item names its unit, as
    # _closing_sections reads it when it keeps the section's items tasks
    in_sentences = duties_after_their_titles_open_with_their_bodies(
        [t for s in with_tasks[:-1] if not _SAFEGUARDS.match(_unspaced(s.title)) for t in s.tasks])
    named = [task for task in section.tasks
             if units_named(task.text) or (in_sentences and duty_after_its_title_opens_with_a_body(task))
             or _a_clause_opens_with_a_body_name(task.text)]
    if not named or 2 * len(named) > len(section.tasks):
        return
    groups = {g.label: g for g in section.groups}
    before_first_named = section.tasks[:section.tasks.index(named[0])]
    for task in [t for t in section.tasks if t not in named]:
        section.tasks.remove(task)
        if task in before_first_named:
            _item_as_text(plan, section, groups.get(task.group) if task.group else None, task)
        else:
            section.closing = join_text(section.closing, f"{_printed_label(plan, task)}{task.text}", "\n")
        plan.note(task.line, "outline", f"line {task.line}: item {task.label}{heading_title(task.text)} of the closing "
                                        f"part {section.label}{section.title} names no unit: read as its text, not a task")


def _a_clause_opens_with_a_body_name(text: str) -> bool:
    """Does a clause after a case clause (对…的，) open with one body's name, by its level (强化资金保障。对验收达标的村，
    县财政局给予每村5万元奖补。)? The body gives or does what the clause says for that case: a duty of a named unit,
    though no role verb (负责 / 牵头) marks it. Not 各单位 / 各有关单位要…: everyone asked, as any 工作要求 asks."""
    clauses = [c.strip() for c in re.split("[，,。；;]", text)]
    return any(case.startswith(lexicon.CASE_CLAUSE_OPENER) and lexicon.CASE_CLAUSE_MARK in case
               and clause.startswith(tuple(lexicon.GOVERNMENT_LEVEL_CHARS)) and _opens_with_a_body_name(clause)
               for case, clause in zip(clauses, clauses[1:]))


def _set_aside_closing_safeguard_items(plan: Plan) -> None:
    """The last items of a plan headed 保障措施 / 工作要求 / 组织实施 that name no unit are its closing text.

    A town's or a street's 工作计划 may hold its tasks at its top level (一、加强党建引领 … 三、推进经济发展 …) and
    close with 四、保障措施 at the same level: how the plan is to be carried out, not a task (as a 保障措施
    section after task items is). Only items at the end, after a task, with no annotation.
    """
    tasks = [(section, task) for section in plan.sections for task in section.tasks]
    closing = []
    for section, task in reversed(tasks):
        heading = _unspaced(heading_title(task.text).rstrip("：:。"))
        if has_annotation(task.text) or not _SAFEGUARD_ITEMS.match(heading):
            break
        closing.append((section, task))
    if not closing or len(closing) == len(tasks):
        return
    for section, task in reversed(closing):
        section.tasks.remove(task)
        section.closing = join_text(section.closing, f"{_printed_label(plan, task)}{task.text}", "\n")
        plan.note(task.line, "outline", f"line {task.line}: item {task.label}{heading_title(task.text)} closes the plan "
                                        "naming no unit: read as its text, not a task")


_EXHORTATION = re.compile(lexicon.CLOSING_EXHORTATION)


def _set_aside_closing_exhortation(plan: Plan) -> None:
    """A last item with no heading that exhorts everyone (各地各部门要切实提高政治站位…) is the plan's closing text.

    实施细则 / 若干措施 written as articles close with their 组织保障 article untitled (第二十八条　各地各部门要…, then the
    解释 and 施行 articles): a collective subject naming no body, binding none. Only the last item, naming no unit,
    in a plan whose every other item names its units: where items name none, a last one so worded may be work.
    """
    section = next((s for s in reversed(plan.sections) if s.tasks), None)
    if section is None:
        return
    last = section.tasks[-1]
    if not _EXHORTATION.match(last.text.strip()) or units_named(last.text):
        return
    others = [t for t in plan.tasks() if t is not last]
    if not others or not all(units_named(t.text) for t in others):
        return
    section.tasks.remove(last)
    section.closing = join_text(section.closing, f"{last.label}{last.text}", "\n")
    plan.note(last.line, "outline", f"line {last.line}: item {last.label} exhorts every body at the plan's close "
                                    "naming none: read as its text, not a task")


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
        if last is None or not _COMMENCEMENT.match(last.text.strip()) or has_annotation(last.text):
            return  # an item naming units of its own is a duty, however it opens
        task = section.tasks.pop()
        item = f"{_printed_label(plan, task)}{task.text}"  # it comes before the closing words already read
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
# 动员部署阶段（2025年3月10日—3月31日） / 第一阶段：全面排查 / 集中整治阶段: the heading of a stage. A stage named by
# the meeting or act it leads to may be long (召开某镇第二十届人民代表大会第一次会议阶段（11月下旬至12月上旬）); so long a
# title ending 阶段 is a stage only with its dated span in brackets after it (a digit or 年 / 月 / 日 / 旬 inside), the
# mark of a schedule's heading rather than a task worded about a stage
_STAGE_SPAN = r"[（(][^（）()]{0,40}[）)]"
_DATED_STAGE_SPAN = r"[（(][^（）()\d年月日旬]{0,20}[\d年月日旬][^（）()]{0,40}[）)]"
_STAGE_HEADING = re.compile(
    r"^(?:第[一二三四五六七八九十]+阶段(?:[:：].{0,20})?|.{2,12}阶段)\s*(?:" + _STAGE_SPAN + r")?[:：]?$"
)
# The long form is a stage only among stages: a 重点任务 part may word a task heading about a stage too, dated as well
# (（一）推动全域旅游示范区创建工作进入国家验收阶段（2024年12月底前）), its steps the bodies' tasks. So it counts where
# the section sets out the schedule (工作步骤 / 进度安排 …, _STAGE_SECTIONS) or a sibling heading is a stage of the
# short form (（一）准备阶段（9月）)
_LONG_DATED_STAGE_HEADING = re.compile(r"^.{13,30}阶段\s*" + _DATED_STAGE_SPAN + r"[:：]?$")


def _stage_heading_test(section: Section) -> Callable[[str], bool]:
    """The test of a title being a stage's heading within this section: the long dated form only among stages."""
    titles = [g.title.rstrip("。") for g in section.groups] + [heading_title(t.text).rstrip("。") for t in section.tasks]
    among_stages = bool(_STAGE_SECTIONS.match(section.title.rstrip("：:"))) or any(
        _STAGE_HEADING.match(title) for title in titles)

    def is_stage_heading(title: str) -> bool:
        title = title.rstrip("。")
        return bool(_STAGE_HEADING.match(title) or (among_stages and _LONG_DATED_STAGE_HEADING.match(title)))
    return is_stage_heading


def _stages_whose_steps_name_doers(section: Section) -> set[str]:
    """The labels of the section's stage groups (（一）动员部署阶段（11月15日前）) whose numbered steps name who does them.

    A 专项行动 plan's 工作步骤 may set distinct acts under each dated stage as numbered steps, each opening with the
    body that does it (1.各县（区）民政局要制定方案… 2.由市财政局牵头，会同… 3.请市法院…): a plain reader takes those
    as the bodies' tasks, not as the stage's schedule. Where at least half a stage's steps open so (opens_with_a_body),
    all its steps are tasks (a step with a fronted object, 对…线索，X要…, is one of them); a stage whose steps name no
    one (1.制定方案。 2.召开动员会。) stays the schedule. An inspection plan titles its steps and names the body after
    the title (1.制定检查方案。市X委负责起草… 2.开展问卷调查。市X委牵头，Y配合…): where more than half the steps of all
    its stages are written so (three at least), that is the plan's way of writing its schedule as duties, and every
    stage's steps are tasks (a step naming no one among them, 3.召开座谈会。在各检查点召开…, is a task without a unit).
    Fewer are no evidence: a schedule's running wording names who acts now and then (1.推进工程建设。按计划推进…
    2.开展督导检查。市X办组织督导组…)."""
    is_stage_heading = _stage_heading_test(section)
    stage_groups = {g.label for g in section.groups if is_stage_heading(g.title)}
    steps: dict[str, list[Task]] = {}
    for task in section.tasks:
        if task.group in stage_groups and not is_stage_heading(heading_title(task.text)):
            steps.setdefault(task.group, []).append(task)
    all_steps = [task for tasks in steps.values() for task in tasks]
    if _titled_steps_mostly_name_doers(all_steps):
        return set(steps)
    with_doers = {label for label, tasks in steps.items()
                  if 2 * sum(1 for task in tasks if opens_with_a_body(task)) >= len(tasks)}
    # a short plan may set its titled steps straight under 二、工作步骤, with no dated stage over them (1.拟定目录。县X局
    # 牵头，县Y办配合，… 2.部署培训。县X局负责…): written so, step after step, they are the bodies' tasks as under a stage;
    # the ungrouped steps (group "") are weighed by the plan-wide count only, a schedule's running wording naming
    # who acts now and then staying the schedule
    if _STAGE_SECTIONS.match(section.title.rstrip("：:")) and _titled_steps_mostly_name_doers(_ungrouped_steps(section)):
        with_doers.add("")
    return with_doers


def _ungrouped_steps(section: Section) -> list[Task]:
    """The section's items standing in no group, other than stages themselves (（一）动员部署阶段（…）。…)."""
    is_stage_heading = _stage_heading_test(section)
    return [task for task in section.tasks if not task.group and not is_stage_heading(heading_title(task.text))]


def _titled_steps_mostly_name_doers(steps: list[Task]) -> bool:
    """Do more than half the titled steps (three at least) name the body doing them after their title?"""
    run_in_with_doers = sum(1 for task in steps if run_in_step_opens_with_a_body(task))
    return 2 * run_in_with_doers > len(steps) and run_in_with_doers >= _RUN_IN_STEPS_TO_TELL_DUTIES


# how many titled steps must name their doers after their titles before a schedule reads as duties, not as wording
_RUN_IN_STEPS_TO_TELL_DUTIES = 3


def _set_aside_stage_items(plan: Plan) -> None:
    """The stages of a campaign are its schedule, not tasks; they stay as their section's text.

    A 专项整治 plan numbers its stages like its tasks (四、阶段安排 （一）动员部署阶段（3月）。各乡镇…
    （二）集中整治阶段 …); what each stage asks is said in running text, naming no unit in an
    annotation. An item is a stage where its heading names one (…阶段, 第一阶段) or its section or
    group is titled 阶段安排 / 工作步骤 / 时间安排; an item there that names units in an annotation
    stays a task (it reads as a duty, whatever its heading), and so do the items after it in its section
    or group (a section's text comes before its tasks). A stage says who does what in its running text
    (（一）动员部署阶段（4月）。县民政局牵头，县直有关部门配合，制定工作方案…): units and their verbs opening its
    sentence, the sentence going on with the work, are the schedule's wording, not an annotation making it a duty
    (annotations_apart_from_sentences). Numbered steps under a stage that open with the body doing them are that
    body's tasks (_stages_whose_steps_name_doers).
    """
    for section in plan.sections:
        stage_section = bool(_STAGE_SECTIONS.match(section.title.rstrip("：:")))
        steps_with_doers = _stages_whose_steps_name_doers(section)
        is_stage_heading = _stage_heading_test(section)

        def is_stage(task: Task, group: Group | None) -> bool:
            # the stage may be the item itself, or a group heading over what the stage asks (（一）动员部署阶段
            # （3月底前） / 1.制定实施方案。… 2.召开动员会议。…), or the section the stages are in
            if task.group and task.group in steps_with_doers:
                return False
            if not task.group and "" in steps_with_doers and not is_stage_heading(heading_title(task.text)):
                return False
            return bool(is_stage_heading(heading_title(task.text))
                        or (group is not None and (_STAGE_SECTIONS.match(group.title.rstrip("：:"))
                                                   or is_stage_heading(group.title)))
                        or stage_section)

        _items_as_text(plan, section, is_stage, "is a stage of the campaign naming no unit",
                       names_units=annotations_apart_from_sentences)


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
# What an inspection found (督查 / 检查 / 审计 … 情况的通报: 二、发现的主要问题 （一）重点项目建设方面。部分项目开工率偏低…):
# the problems narrated before the demands made of those inspected (三、整改要求 1.请X于…前…), in any document. A section
# only: a rectification plan may group its tasks under the problems they answer (（一）财政管理审计发现的问题 1.…).
_FINDINGS = re.compile(r"^(?:[^，,。；;：:]{0,12}?(?:督查|检查|巡查|巡察|审计|调研|暗访|核查|评估|考核))?"
                       r"发现的?(?:主要|突出|重点)?问题$")


def _set_aside_review_items(plan: Plan) -> None:
    """A review of the past year's work is not a plan's tasks; its items stay as their section's text.

    A bureau's 2024年工作总结和2025年工作要点 (a street's 工作总结暨工作计划) numbers what was done (一、2024年工作总结
    （一）医改持续深化。全年建成医共体5个。) like the tasks of its plan part (二、2025年工作要点 （一）…). Items of a
    section or group titled so that name no unit in an annotation are the review's text; an annotated one stays
    a task (it reads as a duty, whatever its heading), and so do the items after it. The clause of who did the work
    before a sentence reporting it done (X牵头，Y配合，完成了…) is the review's narration, no annotation. In a plan titled as a report
    of work done (…工作总结), its shortcomings (存在的问题) are the review's too; its 下半年工作打算 are tasks. What an
    inspection found (二、发现的主要问题) is narrated, not asked: the demands follow in a section of their own.
    """
    for section in plan.sections:
        title = _unspaced(section.title).rstrip("：:。")
        review_section = bool(_REVIEW_SECTIONS.match(title) or _FINDINGS.match(title)
                              or (_REVIEW_TITLE.search(plan.title) and _SHORTCOMINGS.match(title)))

        def is_review(task: Task, group: Group | None) -> bool:
            # under a review section, grouped items are the review's too (一、2024年工作总结 （一）… 1.…)
            return bool(review_section
                        or (group is not None and _REVIEW_SECTIONS.match(_unspaced(group.title).rstrip("：:。"))))

        _items_as_text(plan, section, is_review, "reviews work done (or what an inspection found), naming no unit",
                       names_units=_names_units_as_a_duty)


_WITHDRAWN_PART = re.compile("^(?:予以)?(?:" + lexicon.alternation(lexicon.WITHDRAWN_PART_WORDS) + ")的?(?:"
                             + lexicon.alternation(lexicon.WITHDRAWN_PART_KINDS) + r")(?:[（(]共?[\d一二三四五六七八九十]{1,3}[项个条][）)])?$")
_ADJUSTMENT_TITLE = re.compile(lexicon.alternation(lexicon.ADJUSTMENT_TITLE_WORDS))


def _set_aside_withdrawn_items(plan: Plan) -> None:
    """The items of a part withdrawing tasks are no one's duty; they stay as the part's text.

    A notice adjusting a plan's tasks (关于调整…任务分工的通知) adds some (一、新增任务), changes some (二、调整任务) and
    withdraws some in a part of its own (三、取消任务（共4项） 以下任务予以取消… 27.筹办…（原牵头单位：X）); the units a
    withdrawn item names (原牵头单位：X, （X牵头），予以取消) held it before; none holds it now. Items of a section or
    group so titled (lexicon.WITHDRAWN_PART_WORDS, a kind of item after the word: 取消任务, not 退出 alone) are set aside,
    naming units or not, with a note — in a plan titled as an adjustment only (lexicon.ADJUSTMENT_TITLE_WORDS): a
    plan's own part 取消事项 lists the work of cancelling, each a unit's task."""
    if not _ADJUSTMENT_TITLE.search(plan.title):
        return
    for section in plan.sections:
        withdrawn_section = bool(_WITHDRAWN_PART.match(_unspaced(section.title).rstrip("：:。")))

        def is_withdrawn(task: Task, group: Group | None) -> bool:
            return withdrawn_section or (group is not None
                                         and bool(_WITHDRAWN_PART.match(_unspaced(group.title).rstrip("：:。"))))

        _items_as_text(plan, section, is_withdrawn, "is withdrawn by its part, no unit's duty", even_naming_units=True)


def _names_units_as_a_duty(text: str) -> bool:
    """Does a review's item name units as a duty's annotation does? Not where its only units are the clause of who
    did the work opening a sentence that reports it done (由X牵头，Y配合，完成了… : the review's narration, see
    lines.clauses_report_work_done); a bracket, a label, or a clause going on with what is to be done (X牵头，Y配合，
    推进…) still does."""
    return has_annotation(text) and not clauses_report_work_done(text)


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


def _case_list_title(title: str) -> bool:
    """Does the heading's title name whom or what the measures apply to (…对象 / …情形 / …范围)?"""
    return _unspaced(title).strip("：:。").endswith(lexicon.CASE_LIST_TITLE_ENDINGS)


def _introduces_cases(text: str) -> bool:
    """Does the last line of the text introduce a list of cases (…主要包括： / 包括以下情形：)?"""
    lines = text.strip().split("\n")
    return lines[-1].strip().rstrip("：:").endswith(lexicon.CASE_LIST_INTRO_ENDINGS)


def _case_item(task: Task) -> bool:
    """Does the item read as a case someone may fall under: a clause ending in 的 before its stop (…情节严重的；), or
    the catch-all closing such a list (法律、法规规定的其他严重失信情形。)?"""
    body = task.text.strip().rstrip("；;。.，,")
    if body.endswith(lexicon.CASE_ITEM_ENDING):
        return True
    other, case = lexicon.CASE_LIST_CATCH_ALL
    return body.endswith(case) and other in body[-30:]


def _names_a_body_at_work(task: Task) -> bool:
    """Does the item name a body doing something: in an annotation (（责任单位：X）), or as its sentence's subject
    (县甲局负责查处…的； / 由县甲局…)? A case may mention a body (被县甲局认定为…的) without its doing the item."""
    return has_annotation(task.text) or opens_with_a_body(task)


def _set_aside_case_lists(plan: Plan) -> None:
    """A list of the cases the plan's measures apply to is no list of tasks; it stays as its part's text.

    A 联合惩戒 memorandum (and any plan setting out whom it covers) defines its 对象 before its measures: 一、联合惩戒对象
    …主要包括： （一）…情节严重的； （二）…的； （三）其他严重失信情形。 Each item is a condition someone may fall under,
    not anyone's duty. A section's (or group's) items are set aside where its title ends in a case-list word
    (lexicon.CASE_LIST_TITLE_ENDINGS) or the line above its items introduces them so (主要包括：), and every one of its
    items (two at least) reads as a case (_case_item). A list where any item names a body at work, in an annotation
    or as its sentence's subject (（一）县甲局负责查处无证经营的； — a duty worded as the conduct it deals with), is the
    plan's work: its items all stay tasks (_names_a_body_at_work)."""
    for section in plan.sections:
        section_cued = _case_list_title(section.title) or _introduces_cases(_text_above_first_item(plan, section))
        groups = {g.label: g for g in section.groups}
        by_group: dict[str, list[Task]] = {}
        for task in section.tasks:
            by_group.setdefault(task.group, []).append(task)
        listed: set[str] = set()
        for label, tasks in by_group.items():
            group = groups.get(label) if label else None
            cued = section_cued or (group is not None and (_case_list_title(group.title) or _introduces_cases(group.text)))
            if (cued and len(tasks) >= 2 and all(_case_item(t) for t in tasks)
                    and not any(_names_a_body_at_work(t) for t in tasks)):
                listed.add(label)
        if listed:
            _items_as_text(plan, section, lambda task, group: task.group in listed,
                           "is a case of a list of whom the measures apply to (对象 / 情形 / 范围), no unit's duty")


# a part or group titled as a list of prohibitions: 三、负面清单 / 作风建设负面清单 / 禁止事项 / 严明纪律要求, or a count of
# them: “十严禁” / 八不准 (quotes dropped first; the words are in the lexicon)
_PROHIBITION_LIST_TITLE = re.compile(
    r"^(?:[^，,。；;：:]{0,16}?(?:" + _A(lexicon.PROHIBITION_LIST_TITLE_ENDINGS) + ")"
    + r"|[一二三四五六七八九十]{1,3}个?(?:" + _A(lexicon.PROHIBITION_WORDS) + "))$")
# an item opening with a prohibition: 严禁… / 不得… / 禁止…
_PROHIBITION = re.compile("^(?:" + _A(lexicon.PROHIBITION_WORDS) + ")")


def _prohibition_list_title(title: str) -> bool:
    """Is the heading's title that of a list of prohibitions (_PROHIBITION_LIST_TITLE)?"""
    return bool(_PROHIBITION_LIST_TITLE.match(_unspaced(title).strip("“”\"'‘’「」：:。")))


def _set_aside_prohibition_items(plan: Plan) -> None:
    """The prohibitions of a list of prohibited conduct are no one's task; they stay as the part's text.

    Party-building and clean-government 清单 documents (三张清单, 作风建设负面清单, 清廉机关) print beside their duties a
    part titled as a list of what must not be done (三、负面清单 / 禁止事项 / “十严禁”, perhaps over groups （一）政治纪律方面),
    its numbered items prohibitions binding everyone (1.严禁… 2.不得…), naming no unit to do anything — even where a body
    is the one the prohibition binds (严禁各部门机关党组织违规使用党费). Items of a section or group so titled
    (_prohibition_list_title) opening with a prohibition word (lexicon.PROHIBITION_WORDS) are set aside with a note;
    an item naming units in an annotation (（责任单位：X）, a column) stays a task (_items_as_text), and a plan's own
    task opening 严禁 under a task part's title (严禁违规举债) is untouched."""
    for section in plan.sections:
        listed_section = _prohibition_list_title(section.title)

        def is_prohibition(task: Task, group: Group | None) -> bool:
            listed = listed_section or (group is not None and _prohibition_list_title(group.title))
            return listed and bool(_PROHIBITION.match(task.text.strip()))

        _items_as_text(plan, section, is_prohibition, "is a prohibition of a list of prohibited conduct, no unit's duty")


# a glossary row: two names on one line, parted by a dash or a colon, and nothing else (市工业和信息化局——市工信局)
_GLOSSARY_ROW = re.compile(r"^([^。；;，,、\n]{2,40}?)\s*(?:" + lexicon.alternation(lexicon.SHORT_NAME_GLOSSARY_SEPARATORS)
                           + r")\s*([^。；;，,、：:—\n]{2,40})$")


def _glossary_row(task: Task) -> bool:
    """Is the item a row of a short-name glossary: a body's full name and its short name (either first), both names
    of bodies, parted by a dash or a colon, nothing more on the line (see _GLOSSARY_ROW)?"""
    m = _GLOSSARY_ROW.match(task.text.strip())
    return bool(m) and unit_like(m.group(1), strict=True) and unit_like(m.group(2), strict=True)


def _text_above_first_item(plan: Plan, section: Section) -> str:
    """The last line of text standing right above the section's first item: its intro, else its heading, else (for a
    plan's first, unheaded section) the plan's preamble."""
    for text in (section.intro, section.heading or section.title):
        if text.strip():
            return text.strip().split("\n")[-1]
    return plan.preamble.strip().split("\n")[-1] if plan.sections and section is plan.sections[0] else ""


def _set_aside_short_name_glossary(plan: Plan) -> None:
    """A glossary of short names written as numbered lines is no list of tasks.

    A plan may give the short names it uses before its tasks as numbered lines under a line naming them (本方案涉及
    单位简称如下： 1.市发展和改革委员会——市发改委 2.市工业和信息化局——市工信局, or 1.市发改委：市发展和改革委员会): the
    outline reads each as an item titled by one name with the other as its unit after the dash or colon. Rows of two
    bodies' names and nothing else, leading a section whose text above names 简称, are the plan's text (the name after
    the dash reads as the item's unit, so they are moved even so); their numbers are kept (set_aside)."""
    for section in plan.sections:
        if lexicon.SHORT_NAME_GLOSSARY_CUE not in _text_above_first_item(plan, section):
            continue
        _items_as_text(plan, section, lambda task, group: not task.group and _glossary_row(task),
                       "is a row of the plan's short-name glossary", even_naming_units=True)


def _items_as_text(plan: Plan, section: Section, is_text, why: str, even_naming_units: bool = False,
                   names_units=has_annotation) -> list[Task]:
    """Move the items `is_text(task, group)` picks to their group's or section's text, with a note saying `why`;
    the items moved are returned.

    An item that names units in an annotation (`names_units(task.text)`) stays a task (it reads as a duty, whatever
    its heading), unless `even_naming_units` (a group's make-up names its units and is still no duty), and so do the
    items after a kept one in its group or section (a group's or section's text comes before its tasks).
    """
    groups = {g.label: g for g in section.groups}
    keep: list[Task] = []
    moved: list[Task] = []
    kept_in: set[str] = set()  # groups (and "" for the section) that already have a task
    for task in section.tasks:
        group = groups.get(task.group) if task.group else None
        if (not is_text(task, group) or task.group in kept_in
                or (names_units(task.text) and not even_naming_units)):
            keep.append(task)
            kept_in.add(task.group)
            continue
        _item_as_text(plan, section, group, task)
        set_aside(plan).append(task.number)
        moved.append(task)
        plan.note(task.line, "outline", f"line {task.line}: item {task.label} ({heading_title(task.text)}) {why}: "
                  "read as text, not a task")
    section.tasks = keep
    return moved


# a working group's name alone on its heading's line, maybe with its field in brackets: 第一检查组（能源水利组）
_GROUP_NAME = re.compile(r"^(?P<name>[^\s。；;，,：:（）()、]{1,20}?(?:" + lexicon.alternation(lexicon.WORKING_GROUP_NAME_ENDINGS)
                         + r"))(?:[（(][^（）()。；;]{1,16}[）)])?\s*$")


def group_name(heading: str) -> str | None:
    """The group's name when the heading's line names a working group and nothing else (see _GROUP_NAME)."""
    m = _GROUP_NAME.match(heading.strip())
    return m.group("name") if m else None


def _group_makeup(task: Task) -> str | None:
    """The group's name when the item sets out a working group's make-up: its name alone on the heading's line, and
    under it only lines of its leader (组长：… / 副组长：…, people) and of its units (牵头单位：… / 成员单位：…), one of
    them at least: who the group is, with nothing for it to do. A command body's make-up is one too
    (_command_makeup)."""
    head, *fields = task.text.split("\n")
    name = group_name(head)
    if not name:
        return _command_makeup(head, fields)
    if not fields or not all(LABEL_LINE.match(f.strip()) for f in fields):
        return None
    return name if any(has_annotation(f) for f in fields) else None


# a command body's name alone on its heading's line: 县森林防灭火指挥部
_COMMAND_NAME = re.compile(r"^(?P<name>[^\s。；;，,：:（）()、]{2,24}?(?:"
                           + lexicon.alternation(lexicon.COMMAND_BODY_NAME_ENDINGS) + r"))\s*$")
# the line of a post leading it: 总指挥：县人民政府分管副县长 (a person)
_COMMAND_POST = re.compile(r"^(?:" + lexicon.alternation(lexicon.COMMAND_POST_LABELS) + r")\s*" + lexicon.LABEL_COLON)
# a clause filling a post leading it, in the body's running text: …。指挥长由分管副县长担任，副指挥长由X局局长担任。
# (who fills it is bounded: each clause start is scanned a few dozen characters at most)
_SENTENCE_START = r"(?:^|[。；;，,])\s*"
_COMMAND_POST_FILLED = re.compile(
    _SENTENCE_START + r"(?:" + lexicon.alternation(lexicon.COMMAND_POST_LABELS) + r")" + lexicon.COMMAND_MAKEUP_FILLED_BY
    + r"[^。；;]{1,80}?(?:" + lexicon.alternation(lexicon.COMMAND_POST_FILL_VERBS) + r")")
# a clause naming its members so: 成员由县甲局、县乙局组成。 / 成员单位由…组成
_COMMAND_MEMBERS_NAMED = re.compile(
    _SENTENCE_START + r"(?:" + lexicon.alternation(lexicon.COMMAND_MEMBERS_SUBJECTS) + r")"
    + lexicon.COMMAND_MAKEUP_FILLED_BY + r"(?P<units>[^。；;]{2,400}?)(?:"
    + lexicon.alternation(lexicon.COMMAND_MEMBERS_VERBS) + r")")
# the short name the body is given at its first mention: 县森林防灭火指挥部（以下简称县指挥部）
_SHORT_NAME_GIVEN = (r"[（(]" + SHORT_NAME_NOTE_HEAD + r"[“\"「]?(?P<short>[^（）()，,、“”\"「」；;。]{2,16})")


def _names_of_the_body(name: str, lines: list[str]) -> set[str]:
    """The body's name and the short name its text gives it (县森林防灭火指挥部（以下简称县指挥部）: 县指挥部 too)."""
    given = re.compile(re.escape(name) + _SHORT_NAME_GIVEN)
    return {name} | {m.group("short") for line in lines for m in given.finditer(line)}


def _names_members(line: str) -> bool:
    """A clause naming the body's members, every one a body (成员由县甲局、县乙局组成)."""
    return any(all(unit_like(piece.strip()) for piece in re.split(r"[、，,]", m.group("units")))
               for m in _COMMAND_MEMBERS_NAMED.finditer(line))


# the words of a sentence that make it the body's own work (lexicon.COMMAND_WORK_*): a date or frequency, a deadline
# (于9月底前), a modal 要, or a clause opening on 实行/开展/组织 after the body's (or its office's) name
_COMMAND_WORK_SCHEDULE = re.compile(lexicon.alternation(lexicon.COMMAND_WORK_SCHEDULE_WORDS) + r"|于[^。；;，,]{1,20}?前")
_COMMAND_NOT_MODAL = re.compile(lexicon.alternation(lexicon.COMMAND_WORK_NOT_MODAL))
_COMMAND_SETUP = re.compile(lexicon.alternation(lexicon.COMMAND_SETUP_WORDS))
_COMMAND_REMIT = re.compile(lexicon.alternation(lexicon.COMMAND_REMIT_VERBS))


def _opens_on_work(clause: str, names: set[str]) -> bool:
    """A clause whose verb, after the body's name or its office's, is work of its own: 指挥部实行月调度制度."""
    rest = clause.strip()
    for name in sorted(names, key=len, reverse=True):
        if rest.startswith(name):
            rest = rest[len(name):]
            break
    for office in lexicon.COMMAND_OFFICE_WORDS:
        if rest.startswith(office):
            rest = rest[len(office):]
    return rest.startswith(lexicon.COMMAND_WORK_VERBS)


def _makeup_sentence(sentence: str, names: set[str]) -> bool:
    """A sentence saying who the body is: set up, seated, filled, made up, or given its remit."""
    return bool(_COMMAND_SETUP.search(sentence) or _COMMAND_POST_FILLED.search(sentence) or _names_members(sentence)
                or (any(n in sentence for n in names) and _COMMAND_REMIT.search(sentence)))


def _only_makeup(line: str, names: set[str]) -> bool:
    """A line holding nothing but sentences saying who the body is (_makeup_sentence): no annotation, no date or
    frequency, no modal 要, no clause opening on 实行/开展/组织. Such a line written with the body as its subject
    (县指挥部每年组织开展一次综合演练 / 县指挥部要于9月底前完成…（县乙局配合）) is the body's work: a task."""
    if has_annotation(line) or _COMMAND_WORK_SCHEDULE.search(line):
        return False
    if lexicon.COMMAND_WORK_MODAL in _COMMAND_NOT_MODAL.sub("", line):
        return False
    if any(_opens_on_work(clause, names) for clause in re.split(r"[。；;，,]", line)):
        return False
    return all(_makeup_sentence(s, names) for s in re.split(r"[。；;]", line) if s.strip())


def _command_makeup(head: str, fields: list[str]) -> str | None:
    """The body's name when the item sets out a command body's make-up (预案, 方案): its name alone on the heading's
    line (（一）县森林防灭火指挥部), and under it the posts leading it (总指挥：… / 副指挥长：…, or in sentences:
    指挥长由…担任，副指挥长由…担任) and its units (成员单位：…, or 成员由…组成), perhaps in or beside sentences naming
    the body itself, by its name or the short name it is given there (县人民政府设立县森林防灭火指挥部（以下简称县指挥部）
    …。 / 县指挥部办公室设在县甲局。). Who the body is, no unit's task: its members' duties follow under their own
    heading. A line of anything else keeps the item a task, and so does a line naming the body that goes on to its
    own work (_only_makeup): the body named as the subject of a task is no make-up."""
    m = _COMMAND_NAME.match(head.strip())
    if not m or not fields:
        return None
    name = m.group("name")
    lines = [f.strip() for f in fields if f.strip()]
    names = _names_of_the_body(name, lines)
    posts = [f for f in lines if _COMMAND_POST.match(f) or (_COMMAND_POST_FILLED.search(f) and _only_makeup(f, names))]
    units = [f for f in lines if (LABEL_LINE.match(f) and has_annotation(f))
             or (_names_members(f) and _only_makeup(f, names))]
    about_itself = [f for f in lines if any(n in f for n in names) and _only_makeup(f, names)]
    if not posts or not units or any(f not in posts and f not in units and f not in about_itself for f in lines):
        return None
    return name


def _body_works_after(task: Task, closing: str) -> bool:
    """Whether the paragraph the outline left after a section's last item, a command body's make-up, names that body
    going on to its own work (…（以下简称指挥部）。… / 成员单位：… / 指挥部实行月调度制度，…): the body's task, whose
    last line the section's closing took (_only_makeup)."""
    head, *fields = task.text.split("\n")
    m = _COMMAND_NAME.match(head.strip())
    if not m or not closing.strip():
        return False
    names = _names_of_the_body(m.group("name"), [f.strip() for f in fields])
    return any(any(n in line for n in names) and not _only_makeup(line.strip(), names)
               for line in closing.split("\n") if line.strip())


def _set_aside_group_makeups(plan: Plan) -> None:
    """Items setting out a working group's make-up (_group_makeup) are no tasks.

    Inspection and supervision plans list each 检查组 under 检查组织 / 组织领导 with its 组长 (a person) and its
    牵头单位 / 成员单位, often with nothing numbered under it: the group's work is listed later, under its name
    again, or not at all. Such an item says who the group is, not what anyone must do; its name and units are
    recorded (records.group_makeups) for the later heading naming the group (group_units.give_named_groups_units).
    """
    for section in plan.sections:
        last = section.tasks[-1] if section.tasks else None
        moved = _items_as_text(plan, section, lambda task, group: _group_makeup(task) is not None
                               and not (task is last and _body_works_after(task, section.closing)),
                               "sets out a working group's make-up (组长 / 成员单位), nothing for it to do",
                               even_naming_units=True)
        group_makeups(plan).extend((task.line, _group_makeup(task), task.text) for task in moved)


# A heading over praised units (二、工作成效明显的单位 / （一）通报表扬 / 典型经验做法), and the lead-in saying they are
# praised (以下单位推进有力、成效明显，予以通报表扬。); the words are in the lexicon
_PRAISE_HEADING = re.compile(
    rf"(?:{_A(lexicon.PRAISE_HEADING_WORDS)})"
    rf"|^[^，,。；;]{{0,12}}?(?:{_A(lexicon.PRAISED_QUALITIES)})的?(?:{_A(lexicon.PRAISED_BODIES)})$")
_PRAISE_LEAD_IN = re.compile(
    rf"(?:{_A(lexicon.PRAISE_GRANTS)})(?:通报)?(?:{_A(lexicon.PRAISE_ACTS)})")
_NOT_PRAISE = re.compile(_A(lexicon.NOT_PRAISE_WORDS))


def _praises(title: str, text: str) -> bool:
    """Whether a heading (its title, and the text before its items) holds praise: named so, or led in so."""
    title = _unspaced(title).rstrip("：:。")
    if _NOT_PRAISE.search(title):
        return False  # 成效和问题: the heading is over shortcomings too
    return bool(_PRAISE_HEADING.search(title) or _PRAISE_LEAD_IN.search(text or ""))


def _set_aside_praise_items(plan: Plan) -> None:
    """Numbered entries praising units in a 通报 are no tasks; they stay as their section's or group's text.

    A 督查通报 or 考核通报 lists the units that did well (二、工作成效明显的单位 以下单位…予以通报表扬。 1.甲区人民政府。
    创新审批服务模式…), numbered like its problems: each entry opens with a unit's name, as a duty written unit-first
    does, but says what the unit has done, not what it must do. Entries under a heading that names praise or is led in
    by it are set aside; an entry naming units in an annotation stays a task (_items_as_text).
    """
    for section in plan.sections:
        praise_section = _praises(section.title, section.intro)
        # the lead-in is read before the items are moved to the text
        praise_groups = {g.label for g in section.groups if praise_section or _praises(g.title, g.text)}
        _items_as_text(plan, section, lambda task, group: group is None and praise_section or task.group in praise_groups,
                       "praises a unit (a 表扬 entry)")


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
    first = next((t for t in tasks if has_annotation(t.text)), None)
    if first is None or not style_of(first.label):
        return
    inner = STYLES.index(style_of(first.label))
    lead = [t for t in tasks[: tasks.index(first)]
            if style_of(t.label) and STYLES.index(style_of(t.label)) < inner and not has_annotation(t.text)]
    if len(lead) != tasks.index(first):
        return  # a task of the plan's own level before the first annotation: the shape is not a notice's
    for task in lead:
        for section in plan.sections:
            if task in section.tasks:
                section.tasks.remove(task)
        plan.preamble = join_text(plan.preamble, f"{_printed_label(plan, task)}{task.text}", "\n")
        plan.note(task.line, "outline", f"line {task.line}: item {task.label} of the notice names no unit before the "
                  f"plan's {first.label} tasks: read as the notice's text, not a task")


def _printed_label(plan: Plan, task) -> str:
    """The task's label as the document prints it: none for a table row the table reader numbered by its count."""
    return "" if task.line in counted_rows(plan) else task.label


def set_aside_items(plan: Plan) -> None:
    """Items read as the plan's text, not tasks: a notice's requirements, praise, reviews, stages, framework,
    definitions, prohibitions, commencement, safeguards and a closing exhortation."""
    _set_aside_notice_items(plan)
    _set_aside_group_makeups(plan)
    _set_aside_praise_items(plan)
    _set_aside_review_items(plan)
    _set_aside_withdrawn_items(plan)
    _set_aside_stage_items(plan)  # first: a plan may close with its stages after its 工作要求
    _set_aside_framework_items(plan)
    _set_aside_topic_parts(plan)
    _set_aside_campaign_focus_items(plan)
    _set_aside_definition_items(plan)
    _set_aside_case_lists(plan)
    _set_aside_prohibition_items(plan)
    _set_aside_short_name_glossary(plan)
    _set_aside_commencement_items(plan)
    _set_aside_safeguard_part(plan)
    _set_aside_unnamed_items_of_a_closing_section(plan)
    _set_aside_closing_safeguard_items(plan)
    _set_aside_closing_exhortation(plan)
