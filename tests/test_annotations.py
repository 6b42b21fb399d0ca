"""Responsibility annotations: one hand-written fixture per annotation style, exact (unit, role) lists per task.

Every expectation follows DESIGN.md "Roles": a verb applies to every unit
listed before it in the same clause (clauses end at , ; 。); a clause with no
verb of its own is `responsible` (or takes the role of its label); the unit
before 会同 leads and the units after it support. Names are kept exactly as
written, split on 、 , ， and on 和/及 only where they join two units, with a
trailing 等 / 等有关部门 / 等单位 dropped.

The fixtures live in tests/fixtures/plans/ (ann_*.txt, nonannotation_parentheses.txt).
"""
from __future__ import annotations

import re

import pytest

from generator.parse import parse_plan
from generator.parse.annotations import read_task, split_words_as_written_whole
from generator.source.corpus import parse_text
from generator.source.read import read_bytes
from generator.words.brackets import depth_zero_finds

from fixture_plans import PLANS, I, L, R, S
from fixture_plans import plan_of as _plan
from fixture_plans import units_of as _units
from fixture_plans import one_plan as _one_plan


def pairs(text: str) -> list[tuple[str, str]]:
    """(name, role) of every unit the reader finds in one task's text."""
    return [(a.name, a.role) for a in read_task(text).assignments]


def _tasks(fixture: str) -> dict:
    return {t.number: t for t in _plan(fixture).tasks()}


# fixture -> {task number: [(name as written, role), ...] in source order}
EXPECTED: dict[str, dict[int, list[tuple[str, str]]]] = {
    # (责任单位:X), full-width and half-width alike
    "ann_responsible_label.txt": {
        1: [("市安委办", R)],
        2: [("市安委办", R), ("市应急局", R)],
        3: [("市市场监管局", R), ("市消防救援支队", R)],
    },
    # (牵头责任单位:X,协同责任单位:Y、Z) and 牵头单位:X;配合单位:Y, with , ， ; ；
    "ann_lead_support_labels.txt": {
        1: [("市安委办", L), ("市委组织部", S), ("市委党校(行政学院)", S)],
        2: [("市安委办", L), ("市委组织部", S), ("市人力资源和社会保障局", S)],
        3: [("市交通运输局", L), ("市公安局", S), ("市应急局", S)],
        4: [("市住房和城乡建设局", L), ("市市场监管局", S)],
    },
    # (X牵头,Y配合,Z分工负责), (X、Y分工负责), (X负责), (X,Y配合), 按职责分工…
    "ann_verbs.txt": {
        1: [("市应急局", L), ("市发展改革委", S), ("市财政局", S), ("市安委会成员单位", R)],
        2: [("市公安局", R), ("市交通运输局", R)],
        3: [("市林业局", R)],
        4: [("市教育局", R), ("市公安局", S)],
        5: [("市交通运输局", L), ("市水利局", L), ("市农业农村局", S)],
        6: [("市住房和城乡建设局", R), ("市市场监管局", R), ("市应急局", R)],
        7: [("市安委会各专业委员会牵头部门", R)],  # 牵头 inside a noun phrase is no verb
        8: [("负有安全生产监管职责的各有关部门", R)],  # 负有 is no verb
        9: [("市自然资源和规划局", L), ("市发展改革委", L), ("市经济和信息化局", L), ("各有关部门", S)],
        10: [("市应急局", L), ("有关部门", I)],
        11: [("市应急局", L), ("市公安局", S), ("市消防救援支队", S)],
    },
    # (X会同Y等有关部门单位负责)
    "ann_huitong.txt": {
        1: [("市安委会办公室", L), ("市委办公室", S), ("市政府办公室", S), ("市委组织部", S)],
        2: [("市应急局", L), ("市公安局", S)],
        3: [("市司法局", L), ("市应急局", S), ("市人民检察院", S)],
    },
    # 〔X、Y牵头,有关部门分工负责,各乡镇(街道)、工业园区管委会落实〕 with (), 〈〉 nested in 〔〕
    "ann_nested_brackets.txt": {
        1: [("县应急管理局", L), ("县商务和经济信息化局", L), ("有关部门", R),
            ("各乡镇(街道)", I), ("工业园区管委会", I)],
        2: [("县财政局〈国资办〉", L), ("县属国有企业", I)],
        3: [("县市场监管局", R), ("各乡镇(街道)", I)],
    },
    # (X、Y分工负责〕: opened with one bracket, closed with another
    "ann_mismatched_brackets.txt": {
        1: [("市公安局交警支队", R), ("市交通运输局", R)],
        2: [("市交通运输局", R)],
    },
    # (X,Y、Z等) after a sentence end: no verb at all
    "ann_no_verb.txt": {
        1: [("市应急局", R), ("市公安局", R), ("市交通运输局", R)],
        2: [("市委组织部", R), ("市委编办", R), ("市应急局", R), ("市人力资源和社会保障局", R)],
    },
    # several annotations in one task
    "ann_several.txt": {
        1: [("市安委办", R), ("市安委办", R), ("市安委办", L), ("市委编办", S), ("市应急局", S)],
        2: [("市应急局", R), ("市市场监管局", R)],
    },
    # a plan with no annotations at all
    "ann_none.txt": {1: [], 2: [], 3: []},
    # verbs inside a label: 责任单位:X牵头,Y、Z分工负责
    "ann_verbs_in_label.txt": {
        1: [("市应急局", L), ("市公安局", R), ("市交通运输局", R)],
        2: [("市住房和城乡建设局", L), ("市发展改革委", S), ("市财政局", S)],
    },
    # 【】 brackets
    "ann_lenticular_brackets.txt": {
        1: [("市消防救援支队", R), ("市住房和城乡建设局", R)],
        2: [("市教育局", L), ("市市场监管局", S)],
    },
    # 任务分工:…。完成时限:…。 inside one annotation
    "ann_division_and_deadline.txt": {
        1: [("市住房和城乡建设局", L), ("市市场监管局", S), ("市应急局", S)],
        2: [("市消防救援支队", R)],
    },
    # 牵头单位:X / 配合单位:Y lines after the task instead of a bracket
    "ann_label_lines.txt": {
        1: [("市应急局", L), ("市公安局", S), ("市交通运输局", S)],
        2: [("市应急局", L), ("市发展改革委", S), ("市生态环境局", S)],
        3: [("市应急局", L), ("市消防救援支队", S)],
    },
    # a standing note inside the first annotation: kept in Plan.notes, not units, not propagated
    "ann_standing_note.txt": {
        1: [("市委宣传部", R), ("市应急局", R), ("市安委会各成员单位", R), ("各县(市、区)", R)],
        2: [],
        3: [("市应急局", R)],
    },
    # the 下同 note of the seed's plan 6: 各地 is read for this task only (seed-reading.json anomalies)
    "ann_standing_note_xiatong.txt": {
        1: [("市委宣传部", L), ("市应急局", L), ("各成员单位", R), ("各地", R)],
        2: [("市应急局", R)],
    },
    # 和 / 及 split only between two units; 等 / 等有关部门 / 等单位 dropped
    "ann_unit_names.txt": {
        1: [("市应急局", R), ("市经济和信息化局", R)],
        2: [("市住房和城乡建设局", R), ("市交通运输局", R), ("市水利局", R)],
        3: [("市自然资源和规划局", L), ("市公安局", S), ("市应急局", S)],
        4: [("市人力资源和社会保障局", R), ("市总工会", R), ("市教育局", R)],
        5: [("市委宣传部", R), ("市应急局", R), ("市安委会各成员单位", R)],
    },
}

CASES = [(fixture, number) for fixture, tasks in EXPECTED.items() for number in tasks]


def test_every_fixture_has_exactly_the_expected_tasks():
    for fixture, expected in EXPECTED.items():
        assert sorted(_tasks(fixture)) == sorted(expected), fixture


@pytest.mark.parametrize("fixture,number", CASES, ids=[f"{f[:-4]}-{n}" for f, n in CASES])
def test_units_and_roles(fixture, number):
    task = _tasks(fixture)[number]
    assert _units(task) == EXPECTED[fixture][number], task.text


def test_every_role_is_a_model_role():
    from generator.model import ROLES

    for fixture in EXPECTED:
        for task in _tasks(fixture).values():
            assert {a.role for a in task.assignments} <= set(ROLES)


def test_several_annotations_are_numbered_in_source_order():
    t1, t2 = _tasks("ann_several.txt")[1], _tasks("ann_several.txt")[2]
    assert [(a.name, a.annotation) for a in t1.assignments] == [
        ("市安委办", 0), ("市安委办", 1), ("市安委办", 2), ("市委编办", 2), ("市应急局", 2)]
    assert [a.text for a in t1.annotations] == [
        "责任单位:市安委办", "责任单位:市安委办", "牵头责任单位:市安委办,协同责任单位:市委编办、市应急局"]
    # (深井铸造) is not an annotation, so (市应急局负责) is annotation 0
    assert [(a.name, a.annotation) for a in t2.assignments] == [("市应急局", 0), ("市市场监管局", 1)]
    assert [a.text for a in t2.annotations] == ["市应急局负责", "市市场监管局负责"]


def test_annotation_offsets_point_at_the_brackets():
    for fixture in EXPECTED:
        for task in _tasks(fixture).values():
            for an in task.annotations:
                assert an.text in task.text[an.start:an.end], (fixture, task.number)


def test_one_line_of_labels_is_one_annotation():
    t = _tasks("ann_label_lines.txt")[2]  # 牵头单位:X;配合单位:Y on one line
    assert [a.annotation for a in t.assignments] == [0, 0, 0]
    assert len(t.annotations) == 1


def test_label_lines_stay_with_their_task():
    plan = _plan("ann_label_lines.txt")
    assert [s.closing for s in plan.sections] == ["", ""]
    assert plan.closing == ""
    assert plan.tasks()[0].title == "加强危险化学品重大危险源管控"
    assert plan.tasks()[-1].title == "加强应急救援队伍建设"


def test_no_annotations_means_no_annotations():
    for task in _tasks("ann_none.txt").values():
        assert task.annotations == [] and task.assignments == []
    assert _plan("ann_none.txt").warnings == []


def test_mismatched_brackets_are_read_and_warned_about_with_the_line():
    plan = _plan("ann_mismatched_brackets.txt")
    source = str(PLANS / "ann_mismatched_brackets.txt")
    lines = sorted(int(m.group(1)) for w in plan.warnings if (m := re.match(re.escape(source) + r":(\d+): ", w)))
    assert lines == [5, 7], plan.warnings
    assert all("〕" in w for w in plan.warnings)
    assert [t.title for t in plan.tasks()] == ["加强重点车辆安全监管", "加强公路安全防护设施建设"]


def test_standing_note_is_kept_and_not_propagated():
    plan = _plan("ann_standing_note.txt")
    assert plan.notes == ["以下各项工作均需各县(市、区)落实,不再列出"]
    assert plan.tasks()[1].assignments == []
    # the note's wording never becomes a unit
    names = [a.name for t in plan.tasks() for a in t.assignments]
    assert not any("以下" in n or "不再列出" in n or "均需" in n for n in names)


def test_a_standing_note_naming_units_binds_the_task_it_is_written_in():
    """（X牵头，Y配合；以下各项工作均由Z负责落实，不再列出）: Z is this task's (implement), not the later tasks';
    a note naming a unit the task already names adds nothing."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text(
        "某市平安建设工作要点\n"
        "一、维护社会稳定\n"
        "1.防范风险隐患。健全排查机制。（市委政法委牵头，市公安局配合；以下各项工作均由各县〔市、区〕党委政法委负责落实，"
        "不再列出）\n"
        "2.加强调解工作。健全联动体系。（市司法局负责）\n"
        "3.加强宣传。开展法治宣传。（市司法局、各县〔市、区〕分工负责。以下各项工作均需各县〔市、区〕落实，不再列出）\n"
        "4.加强培训。开展专题培训。（市司法局负责，各镇（园区）落实，以下均需各乡镇（园区）落实，不再列出）\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("市委政法委", L), ("市公安局", S), ("各县〔市、区〕党委政法委", I)],
        [("市司法局", R)],
        [("市司法局", R), ("各县〔市、区〕", R)],
        [("市司法局", R), ("各镇（园区）", I)]]


def test_xiatong_note_is_kept_and_not_propagated():
    plan = _plan("ann_standing_note_xiatong.txt")
    assert plan.notes == ["各地分工负责均涉及,下同"]
    assert _units(plan.tasks()[1]) == [("市应急局", R)]


def test_labelled_deadline_is_read_from_the_annotation():
    t1, t2 = _tasks("ann_division_and_deadline.txt")[1], _tasks("ann_division_and_deadline.txt")[2]
    assert read_task(t1.text).deadlines == ["6月30日前"]
    assert read_task(t2.text).deadlines == ["12月31日前"]
    # the deadline never becomes a unit, and the title stops at the annotation
    assert t2.title == "开展消防安全专项整治"


def test_labelled_deadline_is_kept_on_the_task():
    tasks = _tasks("ann_division_and_deadline.txt")
    assert [(d.text, d.normalized) for d in tasks[1].deadlines] == [("6月30日前", "--06-30")]
    assert [(d.text, d.normalized) for d in tasks[2].deadlines] == [("12月31日前", "--12-31")]


# ---- parentheses that are not annotations --------------------------------------------------------

# (task number in nonannotation_parentheses.txt, the parenthesis, the task's real units)
NOT_ANNOTATIONS = [
    (1, "(党组)", [("市委宣传部", R)]),
    (2, "(街)", [("市安委办", R)]),
    (3, "(十一)", [("市公安局", R), ("市应急局", R)]),
    (4, "(深井铸造)", [("市应急局", R)]),
    (5, "(含气瓶)", [("市市场监管局", R)]),
    (6, "(法定代表人、实际控制人、实际负责人等)", [("市应急局", R)]),
    (7, "(重大风险隐患报主管和监管部门)", [("市应急局", R)]),
    (8, "(xx委办〔2020〕158号)", [("市安委办", R)]),
    (9, "(党工委)", [("市安委办", R)]),
    (10, "(管委会)", [("市安委办", R)]),
    (11, "(班组、岗位)", [("市应急局", R)]),
    (12, "(经济开发区、港区、工业园区等)", [("市委编办", R), ("市商务局", R)]),
    (13, "(班组、岗位)", []),  # at a sentence end
    (14, "(xx委办〔2020〕158号)", []),  # at a sentence end
    (15, "(管委会)", []),  # at a sentence end, right after the body it renames: 政府(管委会)。
    (16, "(重大风险隐患报主管和监管部门)", []),  # at a sentence end
]


@pytest.mark.parametrize("number,paren,units", NOT_ANNOTATIONS, ids=[f"{n}-{p}" for n, p, _ in NOT_ANNOTATIONS])
def test_parenthesis_that_is_not_an_annotation(number, paren, units):
    task = _tasks("nonannotation_parentheses.txt")[number]
    assert paren in task.text  # left alone in the text
    assert _units(task) == units
    assert paren[1:-1] not in [a.text for a in task.annotations]
    inner_names = re.split("[、,]", paren[1:-1].rstrip("等"))
    assert not [a for a in task.assignments if a.name in inner_names]


def test_nonannotation_fixture_has_no_other_tasks_and_no_warnings():
    plan = _plan("nonannotation_parentheses.txt")
    assert [t.number for t in plan.tasks()] == [n for n, _, _ in NOT_ANNOTATIONS]
    assert plan.warnings == []


# ---- read_task on its own: names, joiners, qualifiers, clauses -------------------------------------

READ_TASK = [
    ("开展粉尘涉爆专项检查(市应急局和市公安局负责)。", [("市应急局", R), ("市公安局", R)]),
    ("开展专项检查(市应急局及市公安局配合)。", [("市应急局", S), ("市公安局", S)]),
    ("开展专项检查(市经济和信息化局牵头)。", [("市经济和信息化局", L)]),
    ("开展专项检查(市住房和城乡建设局、市自然资源和规划局负责)。",
     [("市住房和城乡建设局", R), ("市自然资源和规划局", R)]),
    ("开展专项检查(市人力资源和社会保障局及市总工会配合)。", [("市人力资源和社会保障局", S), ("市总工会", S)]),
    ("开展专项检查(市住房和城乡建设局和市城市管理局负责)。", [("市住房和城乡建设局", R), ("市城市管理局", R)]),
    ("开展专项检查(市应急局等有关部门负责)。", [("市应急局", R)]),
    ("开展专项检查(市应急局、市公安局等单位负责)。", [("市应急局", R), ("市公安局", R)]),
    ("开展专项检查。(市应急局,市公安局等)", [("市应急局", R), ("市公安局", R)]),
    ("开展专项检查（市应急局，市公安局配合）。", [("市应急局", R), ("市公安局", S)]),
    ("开展专项检查(市应急局、市公安局,市交通运输局分工负责)。", [("市应急局", R), ("市公安局", R), ("市交通运输局", R)]),
    ("开展专项检查（市应急局牵头；市公安局配合）。", [("市应急局", L), ("市公安局", S)]),
    ("开展专项检查(责任单位:市应急局,市公安局)。", [("市应急局", R), ("市公安局", R)]),
    ("开展专项检查（协同责任单位：市公安局、市交通运输局）。", [("市公安局", S), ("市交通运输局", S)]),
    ("开展专项检查(市安委办会同市委组织部等有关部门单位负责)。", [("市安委办", L), ("市委组织部", S)]),
    ("开展专项检查〔市应急局牵头,各乡镇(街道)落实〕。", [("市应急局", L), ("各乡镇(街道)", I)]),
    ("开展专项检查(市应急局负责〕。", [("市应急局", R)]),
    ("开展专项检查【市应急局牵头，市公安局配合】。", [("市应急局", L), ("市公安局", S)]),
    ("纳入各级党委(党组)理论学习中心组学习内容。", []),
    ("推动企业主要负责人(法定代表人、实际控制人、实际负责人等)履职。", []),
    ("建立安全风险和隐患清单(重大风险隐患报主管和监管部门),落实管控措施。", []),
    ("严防发生群死群伤事故(事件)。(市安委会办公室会同各有关部门单位负责)", [("市安委会办公室", L), ("各有关部门单位", S)]),
    ("坚决取缔不符合规范要求的零售店(点)。", []),
    ("县(市、区、开发区)党委(党工委)主要领导每半年至少主持召开1次党委常委会议。", []),
    ("完成“三类人员”(安全生产分管负责人、专职安全管理人员和班组长)培训不少于60%。", []),
    ("拓展至燃气终端(工商户和家庭)、消防、电梯等领域。", []),
    ("推进新、改、扩建涉及危险工艺企业(项目)实现全流程自动化。", []),
    ("开展专项检查〔市安办,各有关部门及乡镇(街道)落实〕。", [("市安办", R), ("各有关部门", I), ("乡镇(街道)", I)]),
    ("开展专项检查(市委宣传部、融媒体中心,市应急局和市文化和旅游局配合)。",
     [("市委宣传部", R), ("融媒体中心", R), ("市应急局", S), ("市文化和旅游局", S)]),
    ("开展专项检查(市应急局牵头,市公安局、市交通运输局按职责分工配合,各县(市、区)人民政府落实)。",
     [("市应急局", L), ("市公安局", S), ("市交通运输局", S), ("各县(市、区)人民政府", I)]),
    # the role in brackets after a name, as task tables often write it
    ("开展专项检查（责任单位：市应急局（牵头）、市公安局、市交通运输局）。",
     [("市应急局", L), ("市公安局", R), ("市交通运输局", R)]),
    ("开展专项检查(市应急局(牵头),市公安局(配合))。", [("市应急局", L), ("市公安局", S)]),
    # …with the label's head noun, as report splits write it: 市X局（牵头单位）、市Y局（配合单位）
    ("开展专项检查。\n责任单位：市应急局（牵头单位）、市公安局（配合单位）", [("市应急局", L), ("市公安局", S)]),
    # labels glued by a space, other labels (责任领导) not read as units, 负责落实
    ("开展专项检查。（牵头单位：市应急局 配合单位：市公安局）", [("市应急局", L), ("市公安局", S)]),
    ("开展专项检查。（责任领导：张三；牵头单位：市应急局；责任人：李四）", [("市应急局", L)]),
    ("开展专项检查。（市应急局、市公安局按职责分工负责；各县区政府负责落实）",
     [("市应急局", R), ("市公安局", R), ("各县区政府", I)]),
    # 负总责: the unit answering for the whole task leads
    ("开展专项检查。（市应急局负总责，市公安局配合）", [("市应急局", L), ("市公安局", S)]),
    # a sentence of nothing but units and their verbs, without brackets
    ("加强燃气安全。开展专项整治。市住建局牵头，市市场监管局、市商务局配合。",
     [("市住建局", L), ("市市场监管局", S), ("市商务局", S)]),
    ("加强燃气安全。由市应急局牵头,市公安局配合。", [("市应急局", L), ("市公安局", S)]),
    ("加强燃气安全。各乡镇（街道）落实。", [("各乡镇（街道）", I)]),
    # ... but a sentence telling someone to act is task text
    ("加强燃气安全。督促企业负责。", []),
    ("加强燃气安全。各地要高度重视。", []),
    ("市应急局牵头,市公安局配合。", []),  # the heading sentence is the task's title
]


def test_first_listed_unit_leads_when_the_plan_says_so():
    """'排在第一位的为牵头单位': a plan-wide rule turns the first unit of an all-responsible annotation into the lead."""
    from generator.source.corpus import parse_text

    text = ("某县2025年安全生产重点工作任务清单\n（注：各项任务排在第一位的为牵头单位）\n一、强化责任\n"
            "1.落实党政责任。（责任单位：县委办、县政府办、县应急局）\n"
            "2.加强燃气安全。（县住建局牵头，县市场监管局配合）\n")
    (plan,) = parse_text(text)
    assert [_units(t) for t in plan.tasks()] == [
        [("县委办", L), ("县政府办", R), ("县应急局", R)], [("县住建局", L), ("县市场监管局", S)]]
    (plain,) = parse_text(text.replace("（注：各项任务排在第一位的为牵头单位）\n", ""))
    assert _units(plain.tasks()[0]) == [("县委办", R), ("县政府办", R), ("县应急局", R)]


def test_a_bare_bracket_of_bodies_naming_enterprises_among_them_is_read():
    """推进计划 close a task with a bare bracket of the bodies doing the work, enterprises named among them (有关企业,
    龙头企业, 市属国有企业): the bracket is the task's units, the enterprises in their place in it (the positional rule
    reads them as any other name). A bracket of enterprises alone names no body answering for the task: no units."""
    from generator.source.corpus import parse_text

    text = ("某市2030年专利工作推进计划\n各项任务第一个单位为牵头单位，其他单位为配合单位。\n一、加强创造\n"
            "（1）建设专利培育中心。（市甲局、市乙局、有关企业）\n（2）开展商标国际注册。（市甲局、龙头企业、市丙局）\n"
            "（3）组建产业联盟。（市国资委、市属国有企业）\n（4）支持企业应对纠纷。（重点企业）\n"
            "（5）培育专精特新企业。（有关企业、龙头企业）\n")
    (plan,) = parse_text(text)
    assert [_units(t) for t in plan.tasks()] == [
        [("市甲局", L), ("市乙局", S), ("有关企业", S)], [("市甲局", L), ("龙头企业", S), ("市丙局", S)],
        [("市国资委", L), ("市属国有企业", S)], [], []]
    (plain,) = parse_text(text.replace("各项任务第一个单位为牵头单位，其他单位为配合单位。\n", ""))
    assert _units(plain.tasks()[2]) == [("市国资委", R), ("市属国有企业", R)]


def test_a_note_under_a_tables_last_row_covers_that_table_when_another_list_follows():
    """A 分工表 closes with its note (注：责任单位排在第一位的为牵头单位，其余为配合单位。) under its last row; another table
    after it in the same text (numbering again from 1) does not make the note a mid-plan rule running on from its
    line: it covers its table's rows, all of them. A note between a list's items (the numbering going on after it)
    still runs on from its line."""
    from generator.source.corpus import parse_text

    table = ("某市重点任务分工表\n序号\t重点任务\t责任单位\t完成时限\n1\t汽车补贴\t某市商务局、某市财政局\t12月底前\n"
             "2\t家电补贴\t某市商务局、某市市场监管局\t12月底前\n注：责任单位排在第一位的为牵头单位，其余为配合单位。\n\n")
    (plan,) = parse_text(table + "序号\t政策名称\t牵头单位\t配合单位\n1\t汽车细则\t某市商务局\t某市公安局\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("某市商务局", L), ("某市财政局", S)], [("某市商务局", L), ("某市市场监管局", S)],
        [("某市商务局", L), ("某市公安局", S)]]
    (running_on,) = parse_text(table + "序号\t重点任务\t责任单位\n3\t汽车下乡\t某市工信局、某市发改委\n")
    assert [_units(t) for t in running_on.tasks()] == [
        [("某市商务局", R), ("某市财政局", R)], [("某市商务局", L), ("某市市场监管局", S)],
        [("某市工信局", L), ("某市发改委", S)]]


@pytest.mark.parametrize("rule, others", [
    ("注：责任站所有多个的，排在第一位的站所为牵头站所，其余站所为配合站所。", S),
    ("注：排名第一的科室为牵头科室。", R), ("注：第一个站办所为牵头站办所，其他站办所为配合站办所。", S)])
def test_a_rule_naming_the_kind_of_office_it_speaks_of_is_read(rule, others):
    """A town's or a bureau's notice names the bodies of its rule as its labels do (排在第一位的站所为牵头站所，其余站所
    为配合站所; 排名第一的科室为牵头科室): the first listed leads, and the others support where the rule says so."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text("某镇2030年党建工作任务清单\n" + rule + "\n序号\t工作任务\t责任站所\t完成时限\n"
                         "1\t落实学习制度。\t党政办、组织办\t全年\n2\t完善网格体系。\t综治中心、派出所、司法所\t4月底前\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("党政办", L), ("组织办", others)], [("综治中心", L), ("派出所", others), ("司法所", others)]]


@pytest.mark.parametrize("rule", [
    "责任站所（办）栏中排在首位的为牵头站所（办）；其余站所（办）为配合单位。",
    "注：排在第一位的为牵头站所，其余站所(办、中心)为配合站所(办、中心)。"])
def test_a_rule_naming_its_bodies_kind_with_a_bracket_still_gives_the_others_their_role(rule):
    """A town names its bodies 站所（办）: the kind with the other kinds it takes in bracketed after it. The others'
    clause so worded (其余站所（办）为配合单位) still says the others support (before: they read responsible)."""
    (plan,) = parse_text("某镇2030年重点工作任务分解表\n" + rule + "\n序号\t工作任务\t责任站所（办）\t完成时限\n"
                         "1\t开展招商引资。\t经济发展办、财政所\t全年\n2\t优化企业服务。\t市场监管所、便民服务中心\t持续推进\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("经济发展办", L), ("财政所", S)], [("市场监管所", L), ("便民服务中心", S)]]


@pytest.mark.parametrize("bracket, units", [
    ("（甲党委、乙办公室、丙人事处，丁纪检组指导）", [("甲党委", L), ("乙办公室", S), ("丙人事处", S), ("丁纪检组", S)]),
    ("（甲党委，丁纪检组指导）", [("甲党委", R), ("丁纪检组", S)])])
def test_a_rule_reads_a_bare_list_before_a_comma_clause_with_its_own_verb(bracket, units):
    """（A、B、C，D指导）under a first-leads rule: the bare list before the comma has no role of its words and is the
    rule's (A leads, B and C support), the clause after it keeps its verb; a single name before the comma is no list
    and stays responsible."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text("某厅工作要点\n各项工作任务后括号内排在第一位的为牵头处室，其他为配合处室。\n一、从严治党\n"
                         "1.推进从严治党。强化监督。" + bracket + "\n")
    assert [_units(t) for t in plan.tasks()] == [units]


def test_a_hyphen_cutting_a_bodys_name_at_a_lines_end_is_the_line_breaks():
    """A PDF set with hyphenation prints （甲科技处、不动产登- / 记局）: the hyphen is the line break's where the word it
    cuts, joined without it, is a body's name; elsewhere (开展甲- / 乙联合演练) it stays as written."""
    plan = _one_plan("某局2030年工作要点\n一、推进数字化\n1.建设平台。（甲科技处、不动产登-\n记局）\n"
                     "2.编制规划。（乙规划-\n处、丙测绘处）\n3.开展甲-\n乙联合演练。（甲科技处）\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("甲科技处", R), ("不动产登记局", R)], [("乙规划处", R), ("丙测绘处", R)], [("甲科技处", R)]]
    assert plan.tasks()[2].text.startswith("开展甲-\n乙联合演练")


def test_a_rule_whose_condition_names_the_kind_of_body_with_a_bracketed_alternative_keeps_its_condition():
    """列有多个处室（单位）的，排在第一位的为牵头处室（单位）: a provincial department names the bodies its condition
    counts with a bracketed alternative; the condition still holds, and a unit named alone stays responsible."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text("某厅关于印发工作要点的通知\n各处室：\n现将工作要点印发给你们。各项工作任务后括号内列有多个处室"
                         "（单位）的，排在第一位的为牵头处室（单位），其他为配合处室（单位）。\n某厅工作要点\n一、加强法治\n"
                         "1.推进法治建设。做好复议应诉工作。（甲法规处）\n2.推进依法行政。规范执法。（甲法规处、乙执法局）\n")
    assert [_units(t) for t in plan.tasks()] == [[("甲法规处", R)], [("甲法规处", L), ("乙执法局", S)]]
    assert "多个处室（单位）的" in plan.rules[0]


@pytest.mark.parametrize("note, alone", [
    ("注：责任站所栏有两个站所的，前者牵头、后者配合。", R), ("注：前者为牵头单位，后者为配合单位。", L),
    ("注：责任站所栏第一个为牵头站所，第二个为配合站所。", L), ("注：排名第一的为牵头站所，排名第二的为配合站所。", L)])
def test_a_rule_naming_the_second_of_two_units_by_its_place_gives_it_the_others_role(note, alone):
    """A table whose cells hold two units at most states its rule by the two places (前者牵头、后者配合 / 第一个为牵头
    站所，第二个为配合站所): the first leads, the second supports; a rule counting two (有两个站所的) leaves a unit named
    alone responsible."""
    (plan,) = parse_text("某镇2030年重点工作任务清单\n序号\t工作任务\t责任站所\t责任人\n"
                         "1\t开展庭院整治行动\t执法中队、各村（社区）\t张某\n2\t推进农田灌溉建设\t农业服务站\t李某\n"
                         + note + "\n")
    assert [_units(t) for t in plan.tasks()] == [[("执法中队", L), ("各村（社区）", S)], [("农业服务站", alone)]]


def test_a_bracket_rule_worded_by_the_former_and_the_latter_is_read_and_running_text_states_none():
    """（…前者牵头，后者配合，下同）in a task's bracket states the rule as a note line does; 前者 / 后者 in a sentence with
    no role word after them (前者重在预防，后者重在处置) state none, and the lists stay responsible."""
    text = ("某镇安全生产工作方案\n一、重点任务\n1.开展隐患排查。（安监站、派出所。前者牵头，后者配合，下同）\n"
            "2.开展应急演练。（应急办、卫生院）\n")
    (plan,) = parse_text(text)
    assert [_units(t) for t in plan.tasks()] == [[("安监站", L), ("派出所", S)], [("应急办", L), ("卫生院", S)]]
    (plain,) = parse_text("某镇安全生产工作方案\n排查与演练并重，前者重在预防，后者重在处置，后者配合前者。\n一、重点任务\n"
                          "1.开展隐患排查。（安监站、派出所）\n")
    assert _units(plain.tasks()[0]) == [("安监站", R), ("派出所", R)]
    assert plain.rules == []


def test_the_former_and_the_latter_in_a_tasks_sentence_about_one_mechanism_state_no_rule_for_the_lists():
    """建立甲局和乙局联动机制，前者牵头，后者配合 speaks of one mechanism's two bodies: 前者 / 后者 are words of running text,
    and state a rule only where the words speak of the lists (a note line, a bracket saying 下同, a sentence naming the
    brackets or a column, or counting units). Every list stays responsible; the same words in a preamble sentence
    counting the units (任务有两个责任单位的，前者牵头，后者配合) are the plan's rule."""
    tasks = ("一、压实责任\n（一）健全联动体系。建立镇甲办和镇乙所联动机制，前者牵头，后者配合。（镇甲办、镇乙所）\n"
             "（二）开展隐患排查。（镇丙站、镇丁所）\n（三）强化巡查检查。（镇戊办、镇己站）\n")
    (plan,) = parse_text("某镇2030年平安建设工作要点\n" + tasks)
    assert [_units(t) for t in plan.tasks()] == [[("镇甲办", R), ("镇乙所", R)], [("镇丙站", R), ("镇丁所", R)],
                                                 [("镇戊办", R), ("镇己站", R)]]
    assert plan.rules == []
    (counted,) = parse_text("某镇2030年平安建设工作要点\n各项任务有两个责任单位的，前者牵头，后者配合。\n" + tasks)
    assert [_units(t) for t in counted.tasks()][1:] == [[("镇丙站", L), ("镇丁所", S)], [("镇戊办", L), ("镇己站", S)]]


@pytest.mark.parametrize("note", ["注：县领导栏中排在第一位的为牵头县领导。", "注：责任领导排名第一的为牵头领导。",
                                  "注：排在第一位的为牵头责任人。"])
def test_a_note_on_which_leader_leads_states_no_rule_for_the_units(note):
    """A 分解 with a column of leaders says which of them leads (县领导栏中排在第一位的为牵头县领导): a rule about
    people, not about the units, whose all-responsible lists stay responsible."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text("某县2025年重点工作任务分解\n一、民生保障\n1.办好民生实事。\n县领导：张某某、赵某某\n"
                         f"责任单位：县民政局、县财政局\n\n{note}\n")
    assert _units(plan.tasks()[0]) == [("县民政局", R), ("县财政局", R)]
    assert plan.rules == []


def test_a_rule_stated_in_a_tasks_annotation_in_text_without_line_breaks_covers_that_task_and_the_ones_after():
    """A whole plan on one line: the rule stated in the first task's annotation (…，列在第一位的为牵头单位，其他为参与单位，
    下同) holds from that task on, though every task shares its line (before: only the line's last task)."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text(
        "某部2030年工作要点为做好今年工作，制定本要点。一、加强政治建设（一）深入开展理论学习。健全学习制度，组织专题研讨。"
        "（机关党委、人事司，列在第一位的为牵头单位，其他为参与单位，下同）（二）完善督办机制。建立重点任务台账，定期督查督办。"
        "（办公厅、政策法规司）二、深化改革（三）健全指挥机制。完善分级响应机制。（应急指挥中心牵头，救援协调局参与）"
        "（四）推进法治建设。配合做好立法工作。（政策法规司、办公厅）\n")
    assert [t.number for t in plan.tasks()] == [1, 2, 3, 4]
    assert [_units(t) for t in plan.tasks()] == [
        [("机关党委", L), ("人事司", S)], [("办公厅", L), ("政策法规司", S)],
        [("应急指挥中心", L), ("救援协调局", S)], [("政策法规司", L), ("办公厅", S)]]


@pytest.mark.parametrize("text,units", READ_TASK, ids=[t[t.find("(") if "(" in t else 0:][:24] for t, _ in READ_TASK])
def test_read_task(text, units):
    assert [(a.name, a.role) for a in read_task(text).assignments] == units


def test_an_annotation_that_opens_the_task_is_not_its_title():
    from generator.source.corpus import parse_text

    (plan,) = parse_text("某区2025年安全生产工作要点\n一、压实责任\n1.【区应急局牵头】加强安全生产统筹。定期研判风险。\n"
                         "2.（责任单位：区住建局）推进燃气整治。开展排查。\n")
    assert [(t.title, _units(t)) for t in plan.tasks()] == [
        ("加强安全生产统筹", [("区应急局", L)]), ("推进燃气整治", [("区住建局", R)])]


# ---- the annotation grammar: each rule on a short text written for it ----------------------------

GRAMMAR = [
    # label words composed: (主要|其他)? + role word + 单位/部门/责任单位/责任部门
    ("开展专项检查。(主要责任单位:县应急局;配合单位:县公安局)", [("县应急局", R), ("县公安局", S)]),
    ("开展专项检查。(牵头责任部门:县交警大队。主要参与部门:县交通局、县教育局)",
     [("县交警大队", L), ("县交通局", S), ("县教育局", S)]),
    ("开展专项检查。(其他责任单位:县财政局)", [("县财政局", R)]),
    # a bracketed role mark saying how the role is shared (（双牵头） / （共同牵头）) marks its name, no word of it
    ("推进宅基地制度改革。\n牵头单位：县农业农村局、县自然资源局（双牵头）\n参与单位：县财政局",
     [("县农业农村局", L), ("县自然资源局", L), ("县财政局", S)]),
    ("推进集体产权制度改革（县农业农村局（共同牵头）、县财政局（共同牵头），各乡镇配合）。",
     [("县农业农村局", L), ("县财政局", L), ("各乡镇", S)]),
    # the level of government before the label (市级牵头单位 / 县级责任单位 / 镇直责任部门) changes nothing about the role
    ("开展专项检查。(市级牵头单位:市应急局;县级责任单位:县甲局、县乙局)", [("市应急局", L), ("县甲局", R), ("县乙局", R)]),
    ("开展专项检查。(镇直责任部门:镇安监办)", [("镇安监办", R)]),
    ("开展专项检查。(牵头单位:县应急局;参与单位:县总工会;实施单位:各乡镇)",
     [("县应急局", L), ("县总工会", S), ("各乡镇", I)]),
    # a list cut by a comma takes the verb after it, once a verb has been written
    ("开展专项检查。(县应急局牵头,各级党委、政府,县直各部门落实)",
     [("县应急局", L), ("各级党委", I), ("政府", I), ("县直各部门", I)]),
    ("开展专项检查。(责任单位:县应急局牵头,县公安局、县交通局,县住建局配合)",
     [("县应急局", L), ("县公安局", S), ("县交通局", S), ("县住建局", S)]),
    # manner words before the verb: 结合实际 / 按照各自职责 / 根据职责
    ("开展专项检查。(县应急局牵头,县公安局按职责分工负责,各乡镇人民政府结合实际落实)",
     [("县应急局", L), ("县公安局", R), ("各乡镇人民政府", I)]),
    ("开展专项检查。(县委办牵头,县政府办、县应急局按照各自职责抓好落实)",
     [("县委办", L), ("县政府办", I), ("县应急局", I)]),
    ("开展专项检查。(县应急局牵头,县公安局根据职责配合)", [("县应急局", L), ("县公安局", S)]),
    # 协同 / 参与 / 联合 after a list: support
    ("开展专项检查。(县应急局牵头,县公安局、县交通局协同)", [("县应急局", L), ("县公安局", S), ("县交通局", S)]),
    ("开展专项检查。(县应急局牵头,县总工会参与)", [("县应急局", L), ("县总工会", S)]),
    # a trailing list of localities after the labelled groups
    ("开展专项检查。(主要责任单位:县应急局;配合单位:县公安局;各乡镇人民政府)",
     [("县应急局", R), ("县公安局", S), ("各乡镇人民政府", R)]),
    ("开展专项检查。(牵头单位:县应急局,配合单位:县公安局,各乡镇(街道))",
     [("县应急局", L), ("县公安局", S), ("各乡镇(街道)", R)]),
    # …but enterprises are a kind of body, no ground: after the comma they support as the list before them
    ("开展专项检查。(牵头单位:县网信办,配合单位:县公安局，各基础电信运营企业)",
     [("县网信办", L), ("县公安局", S), ("各基础电信运营企业", S)]),
    # 等 + the group the listed units belong to, dropped
    ("开展专项检查。(县应急局牵头,县工会、县妇联等县安委会有关成员单位配合)",
     [("县应急局", L), ("县工会", S), ("县妇联", S)]),
    ("开展专项检查。(县应急局牵头,县工会等配合单位参与)", [("县应急局", L), ("县工会", S)]),
    ("开展专项检查。(县应急局等有关部门和单位负责)", [("县应急局", R)]),
    # …a group named by the duty its bodies bear (等负有…职责的部门), dropped too
    ("开展专项检查。(县应急局、县交通局等负有安全生产监督管理职责的部门按职责分工负责)",
     [("县应急局", R), ("县交通局", R)]),
    ("开展专项检查。(县应急局牵头,县高等学校参与)", [("县应急局", L), ("县高等学校", S)]),  # 等 inside a name
    # a cell or clause saying there is none
    ("开展专项检查。(牵头单位:县应急局;配合单位:无)", [("县应急局", L)]),
    # shared prefixes and modifiers are kept as written
    ("开展专项检查。(省工业和信息化厅、科技厅按职责分工负责)", [("省工业和信息化厅", R), ("科技厅", R)]),
    ("开展专项检查。(各级党委、人民政府负责)", [("各级党委", R), ("人民政府", R)]),
    # names holding a role word are names, not verbs
    ("开展专项检查。(责任单位:县重点项目牵头单位、县应急局)", [("县重点项目牵头单位", R), ("县应急局", R)]),
    ("开展专项检查。(县应急局牵头,各专项工作配合部门分工负责)", [("县应急局", L), ("各专项工作配合部门", R)]),
    # a date or period in an annotation without its label is a deadline, never a unit
    ("开展专项检查。(县应急局牵头,2025年12月底前完成)", [("县应急局", L)]),
    ("开展专项检查。(县应急局负责,长期坚持)", [("县应急局", R)]),
    ("开展专项检查。(县应急局6月底前完成)", [("县应急局", R)]),
    # verbs written one after another: the chain is one verb
    ("开展专项检查。(县应急局牵头,县公安局协同配合)", [("县应急局", L), ("县公安局", S)]),
    ("开展专项检查。(县应急局负责组织实施)", [("县应急局", I)]),
    ("开展专项检查。(县发展改革局统筹,各有关部门负责)", [("县发展改革局", L), ("各有关部门", R)]),
    # 和 between two head nouns belongs to one collective name
    ("加强就业服务。(教育部牵头,各有关部门和单位按职责分工负责)", [("教育部", L), ("各有关部门和单位", R)]),
    # names set apart by spaces; names of national bodies and localities end like bodies too
    ("开展专项检查。(县应急局 县公安局　县住建局)", [("县应急局", R), ("县公安局", R), ("县住建局", R)]),
    ("加强就业服务。(共青团中央、全国妇联、中国残联)", [("共青团中央", R), ("全国妇联", R), ("中国残联", R)]),
    ("加强就业服务。各设区市落实。", [("各设区市", I)]),
    # 主办 / 承办 / 协办
    ("开展全民健身活动。(县文广旅局主办,县体育中心协办)", [("县文广旅局", L), ("县体育中心", S)]),
    # labels written in brackets instead of before a colon; a label alone is no unit
    ("开展专项检查。【牵头单位】县应急局【配合单位】县公安局、县住建局",
     [("县应急局", L), ("县公安局", S), ("县住建局", S)]),
    ("开展专项检查。【牵头单位】县应急局；【配合单位】县委党校(行政学院)。推进整改。",
     [("县应急局", L), ("县委党校(行政学院)", S)]),
    ("开展专项检查(牵头单位)。", []),
    # a label at a line's end with its units on the next line
    ("开展专项检查。\n牵头单位：\n县应急局\n推进整改。", [("县应急局", L)]),
    # several annotations in one task, each after the sentences it covers
    ("开展专项检查(县应急局负责)。推进隐患整改(县住建局牵头,县城管局配合)。",
     [("县应急局", R), ("县住建局", L), ("县城管局", S)]),
]


@pytest.mark.parametrize("text,units", GRAMMAR, ids=[t[t.find("。") + 1 :][:28] for t, _ in GRAMMAR])
def test_grammar(text, units):
    reading = read_task(text)
    assert [(a.name, a.role) for a in reading.assignments] == units
    for an in reading.annotations:  # an annotation's text is what the source says where it says it
        assert an.text in text[an.start : an.end]


def test_an_unlabelled_deadline_in_an_annotation_is_kept_as_a_deadline():
    assert read_task("开展专项检查。(县应急局牵头,2025年12月底前完成)").deadlines == ["2025年12月底前完成"]


def test_a_positional_rule_in_an_early_annotation_applies_from_there_on():
    """(…,排在第一位的为牵头单位,下同): tasks before the statement keep their reading; the rule is reported."""
    from generator.source.corpus import parse_text

    text = ("某县2025年防汛工作要点\n一、压实责任\n"
            "1.健全责任体系。（责任单位：县水利局、县应急局）\n"
            "2.落实防汛责任。（责任单位：县水利局、县应急局，排在第一位的为牵头单位，下同）\n"
            "3.开展隐患排查。（县自然资源局、县住建局）\n")
    (plan,) = parse_text(text)
    assert [_units(t) for t in plan.tasks()] == [
        [("县水利局", R), ("县应急局", R)],
        [("县水利局", L), ("县应急局", R)],
        [("县自然资源局", L), ("县住建局", R)]]
    assert len(plan.rules) == 1 and "from line 4" in plan.rules[0] and "排在第一位的为牵头单位" in plan.rules[0]
    assert not any("排在" in a.name for t in plan.tasks() for a in t.assignments)


def test_an_enterprise_named_whole_as_a_duty_clauses_subject_is_read():
    """国网某县供电公司配合做好供电保障: an enterprise's name opens with its brand or place, not a level word; written
    whole as the subject of a role verb it is read as a bureau is. A count of companies is the task's words."""
    assert pairs("加强照明管理。县城管局负责设施维护；国网某县供电公司配合做好供电保障。") == [
        ("县城管局", R), ("国网某县供电公司", S)]
    assert pairs("深化激励改革。推行项目跟投；至少1家子公司配合开展试点。") == []


def test_a_duty_clause_whose_work_opens_with_xia_after_fuze_is_read():
    """县城管局负责下穿通道、低洼路段积水的排除: after 负责 a 下 opens the duty's work (下穿通道, 下达), not the circumstance
    of 在X指导下; the clause is read, its 、 list of work stays text."""
    assert pairs("防治城市内涝。县水务局负责泵站运行；县城管局负责下穿通道、低洼路段积水的应急排除。") == [
        ("县水务局", R), ("县城管局", R)]
    assert pairs("下达年度计划。县发改局负责下达计划，县财政局负责资金保障。") == [("县发改局", R), ("县财政局", R)]


def test_an_agent_after_the_work_with_the_duty_verb_after_fuze_is_read():
    """广告内容由县市场监管局负责监督管理: a duty list names the piece of work, then its agent after 由 and the duty's
    verb after 负责; the agent is read responsible, the work stays text. The body keeping the document (本细则由X负责
    解释) and other verbs with their work after them (由X统筹安排) are the sentence's wording."""
    assert pairs("加强户外广告管理。县城管局负责设置审批；广告内容由县市场监管局负责监督管理。") == [
        ("县城管局", R), ("县市场监管局", R)]
    assert pairs("加强公园管理。县城管局负责养护；由县文旅局负责监管。") == [("县城管局", R), ("县文旅局", R)]
    assert pairs("加强公园管理。县城管局负责养护；本细则由县城管局负责解释。") == [("县城管局", R)]
    assert pairs("保障子女入学。子女入学由县教育局统筹安排。") == []


def test_an_agent_after_the_work_followed_by_another_bodys_clause_is_read_with_it():
    """名录由各县（市、区）人民政府负责建立，县甲局负责指导。: the work named first, its agent after 由 with 负责 and the
    duty's verb, then another body's part after a comma; both clauses are read, each with its own role. The body
    keeping the document (本办法由X负责解释，…) still answers for no task."""
    assert pairs("推行网格化管理。建立养殖户名录。名录由各县（市、区）人民政府负责建立，县甲局负责指导。") == [
        ("各县（市、区）人民政府", R), ("县甲局", R)]
    assert pairs("推行网格化管理。名录由县乙局负责建立，县甲局、县丙局配合。") == [("县乙局", R), ("县甲局", S), ("县丙局", S)]
    assert pairs("推行网格化管理。本办法由县乙局负责解释，县甲局负责指导。") == [("县甲局", R)]


def test_a_units_sentence_right_after_the_closing_bracket_with_no_stop_between_is_read():
    """…。（牵头领导：X；牵头单位：Y）县直各单位按职责分工负责。: the item's bracket, then the standing units' sentence
    on the same line with no stop between; both are read, the sentence from the bracket's end."""
    text = "加强理论武装。健全学习制度。（牵头领导：李某某；牵头单位：县委宣传部）县委各部委、县直各单位按职责分工负责。"
    assert pairs(text) == [("县委宣传部", L), ("县委各部委", R), ("县直各单位", R)]
    # a bracket then words that are no units' sentence reads the bracket alone
    assert pairs("健全学习制度。（牵头单位：县委宣传部）学习制度要覆盖全县。") == [("县委宣传部", L)]


def test_a_rule_naming_the_main_lead_among_several_leads_is_a_rule_not_a_unit():
    """牵头单位有多个的，排在第一位的为主要牵头单位，下同: 要点 tell the main lead among several 牵头单位 apart; the
    rank (主要) before the role word keeps the clause a positional rule, and every unit of a 牵头单位 list still leads."""
    from generator.source.corpus import parse_text

    text = ("中共某县委常委会2025年工作要点\n一、加强思想建设\n"
            "1.深化理论学习。健全学习制度。（牵头领导：张某某；牵头单位：县委办公室、县委宣传部。"
            "牵头单位有多个的，排在第一位的为主要牵头单位，下同）\n"
            "2.加强网络宣传。做好网上宣传。（牵头领导：李某某；牵头单位：县委宣传部、县委网信办）\n"
            "3.加强作风建设。深化作风整治。（牵头领导：王某某；牵头单位：县纪委监委机关；县委各部委、县直各单位按职责"
            "分工负责）\n")
    (plan,) = parse_text(text)
    assert [_units(t) for t in plan.tasks()] == [
        [("县委办公室", L), ("县委宣传部", L)],
        [("县委宣传部", L), ("县委网信办", L)],
        [("县纪委监委机关", L), ("县委各部委", R), ("县直各单位", R)]]  # a list of no leads is none of the rule's
    assert len(plan.rules) == 1 and "排在第一位的为主要牵头单位" in plan.rules[0]
    # where no leads are counted, the first unit of a 责任单位 list leads by the rule
    (plan,) = parse_text("某县2025年工作要点\n一、压实责任\n1.健全责任体系。（责任单位：县水利局、县应急局，排在第一位的"
                         "为主要牵头单位，下同）\n")
    assert [_units(t) for t in plan.tasks()] == [[("县水利局", L), ("县应急局", R)]]


def test_a_note_after_the_tasks_covers_them_and_may_say_the_others_support():
    from generator.source.corpus import parse_text

    text = ("某县2025年防汛工作要点\n一、压实责任\n"
            "1.健全责任体系。（县水利局、县应急局、县气象局）\n"
            "2.加强预警发布。（县气象局，县水利局配合）\n"
            "注：列第一位的单位为牵头单位，其他为配合单位。\n")
    (plan,) = parse_text(text)
    assert [_units(t) for t in plan.tasks()] == [
        [("县水利局", L), ("县应急局", S), ("县气象局", S)],
        [("县气象局", R), ("县水利局", S)]]  # a list with its own verbs already says who does what
    assert plan.rules and "the others support" in plan.rules[0] and "whole plan" in plan.rules[0]


@pytest.mark.parametrize("sign", ["“*”", '"*"', "‘*’"])
def test_a_legend_quoting_its_star_twice_keeps_both_stars(sign):
    """A notice quotes the star its legend explains, for the marked and the unmarked lists (带“*”号的为牵头单位…；未标注
    “*”号的…): a star alone between quotes is a quoted sign, no Markdown italic mark (before: the two stars were taken
    off as one italic span, no rule was read and the starred list was all responsible)."""
    from generator.source.corpus import parse_text

    text = ("某县X工作方案\n各乡镇：\n"
            f"现印发给你们。带{sign}号的为牵头单位，其余为配合单位；未标注{sign}号的，由所列单位共同负责。\n"
            "某县X工作方案\n一、重点任务\n"
            "1.编制规划。做好规划。（责任单位：*县甲局、县乙局）\n"
            "2.推动融合。做好融合。（责任单位：县丙局、县乙局）\n")
    (plan,) = parse_text(text)
    assert [_units(t) for t in plan.tasks()] == [[("县甲局", L), ("县乙局", S)], [("县丙局", R), ("县乙局", R)]]
    assert len(plan.rules) == 1


def test_two_brackets_each_with_a_star_on_one_line_are_no_italic():
    """One line holding two starred lists, the star before one name and glued after another (（*县甲局、县乙局）…（县丙局*、
    县丁局）): the words between the stars close one bracket and open the next, so they are no italic span and both
    stars stay signs of their lists."""
    from generator.source.plain_words import plain_words

    line = "1.建设驿站。（*县甲局、县乙局）2.完善标识。（县丙局*、县丁局）"
    assert plain_words(line) == line
    assert plain_words("3.开展培训。*（县甲局牵头）*") == "3.开展培训。（县甲局牵头）"


@pytest.mark.parametrize("part", ["有关说明", "其他事项"])
def test_a_rule_in_a_closing_part_set_aside_covers_every_task(part):
    """A positional rule stated in a numbered closing part after the list (二、有关说明 （一）…排在第一位的为牵头单位…)
    speaks of the whole list, as a 说明： note under it does: every task's first unit leads, not only the last one's."""
    from generator.source.corpus import parse_text

    text = ("某县2025年社区治理工作要点\n一、重点任务\n"
            "1.完善议事协商机制。（县民政局、县司法局）\n"
            "2.整治楼道堆物。（县消防救援大队、县应急局）\n"
            f"二、{part}\n"
            "（一）所列单位有两个及以上的，排在第一位的为牵头单位，其他为配合单位。\n")
    (plan,) = parse_text(text)
    assert [_units(t) for t in plan.tasks()] == [
        [("县民政局", L), ("县司法局", S)],
        [("县消防救援大队", L), ("县应急局", S)]]
    assert len(plan.rules) == 1 and "stated after the tasks" in plan.rules[0]


def test_no_rule_no_report():
    from generator.source.corpus import parse_text

    (plan,) = parse_text("某县2025年防汛工作要点\n一、压实责任\n1.健全责任体系。（县水利局、县应急局）\n")
    assert plan.rules == [] and _units(plan.tasks()[0]) == [("县水利局", R), ("县应急局", R)]


def _one_line_task(n: int) -> str:
    """A task written without line breaks holding n annotations of n different units (no reading cache helps)."""
    parts = []
    for i in range(n):
        unit = f"市{chr(0x4E00 + i)}{chr(0x4E00 + 7 * i % 20000)}局"
        parts.append(f"开展第{i}项检查(党组)({unit}牵头,市公安局配合)。推进整改（责任单位：{unit}）。牵头单位：{unit}；【配合单位】{unit}")
    return "".join(parts)


def test_reading_a_task_is_linear_in_its_length():
    """Five times the text costs about five times the CPU, not twenty-five (best of five, no GC pauses, slack for load)."""
    import gc
    import time

    def cost(n: int) -> float:
        text = _one_line_task(n)
        best = float("inf")
        gc.disable()
        try:
            for _ in range(5):
                t0 = time.process_time()
                reading = read_task(text)
                best = min(best, time.process_time() - t0)
        finally:
            gc.enable()
        assert len(reading.annotations) >= n
        return best

    small, large = cost(600), cost(3000)
    assert large / small < 12, (small, large)


def test_a_labelled_run_ends_where_no_label_follows():
    """Without line breaks a run of labels (牵头单位:X;配合单位:Y) stops at the sentence end after its last label."""
    reading = read_task("开展专项检查。牵头单位：市应急局；配合单位：市公安局。推进隐患整改，落实闭环管理。")
    assert [a.text for a in reading.annotations] == ["牵头单位：市应急局；配合单位：市公安局。"]
    assert [(a.name, a.role) for a in reading.assignments] == [("市应急局", L), ("市公安局", S)]


def test_a_bracket_written_like_an_annotation_but_unread_is_reported():
    """(按要求落实) ends in a role verb but names no unit: the reader says so instead of dropping it silently."""
    reading = read_task("开展汛前检查。组织全面排查(按要求落实)。")
    assert reading.assignments == []
    assert [m.format(column=1) for _, m in reading.warnings] == ["annotation at column 1 not understood: '按要求落实'"]
    # parentheses that are plainly not annotations raise nothing
    assert read_task("推动企业主要负责人(法定代表人、实际负责人等)履职。").warnings == []


def test_the_front_matter_can_state_the_positional_rule():
    """`lead: first` in a plan source's front matter: an editor's reading of a plan that does not say it."""
    from generator.source.corpus import parse_file

    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "plan.md"
        source.write_text("---\nid: p\ntitle: 某县2025年防汛工作要点\nlead: first\n---\n某县2025年防汛工作要点\n一、压实责任\n"
                          "1.健全责任体系。（县水利局、县应急局）\n2.加强预警。（县气象局牵头，县水利局配合）\n", encoding="utf-8")
        (plan,) = parse_file(source)
    assert [_units(t) for t in plan.tasks()] == [[("县水利局", L), ("县应急局", R)], [("县气象局", L), ("县水利局", S)]]
    assert plan.rules == ["first listed unit leads, for the whole plan (front matter): 'lead: first' (1 annotations)"]


# ---- out-of-sample phenomena (docs-dev/reading.md, "Out-of-sample probe") ------------------------------


def test_kinds_of_locality_listed_under_one_head_are_one_name():
    """各县、市、区政府: 市 and 区政府 name nothing alone; the list of kinds shares the head written last."""
    reading = read_task("做好统计监测。(市统计局牵头,各县、市、区政府负责)")
    assert [(a.name, a.role) for a in reading.assignments] == [("市统计局", "lead"), ("各县、市、区政府", "responsible")]
    # two whole names stay two names
    reading = read_task("做好统计监测。(市统计局、市发展改革委负责)")
    assert [a.name for a in reading.assignments] == ["市统计局", "市发展改革委"]


def test_a_standing_note_names_the_units_after_its_verb():
    """(责任单位:A、B按职责分工负责。具体任务均涉及各县人民政府,不再做分工,下同): the unit is 各县人民政府."""
    reading = read_task("加强市场体系建设。(责任单位:市发展改革委、市商务局按职责分工负责。"
                        "具体任务均涉及各县人民政府,不再做分工,下同。)")
    assert [(a.name, a.role) for a in reading.assignments] == [
        ("市发展改革委", "responsible"), ("市商务局", "responsible"), ("各县人民政府", "responsible")]
    assert reading.notes


def test_a_person_label_line_stays_with_its_task_and_names_no_unit():
    """牵头负责领导:姓名 / 牵头责任单位: / 协同责任单位: lines under the last task of a plan: all the task's."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(
        "某市2025年重点工作责任分解\n"
        "一、稳定经济增长\n"
        "1.地区生产总值增长6%。\n"
        "牵头负责领导:张某。\n"
        "牵头责任单位:市发展改革委。\n"
        "协同责任单位:市统计局、市商务局等。\n"
        "2.财政收入增长5%。\n"
        "牵头负责领导:李某。\n"
        "牵头责任单位:市财政局。\n"
        "协同责任单位:市税务局。\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("市发展改革委", "lead"), ("市统计局", "support"), ("市商务局", "support")],
        [("市财政局", "lead"), ("市税务局", "support")]]
    assert plan.closing == ""


def test_labels_of_sections_inside_an_office():
    """A department's own plan names its sections: 责任科室 / 牵头科室 / 配合股室 / 实施主体."""
    assert pairs("开展执法检查。（责任科室：执法监督科）") == [("执法监督科", "responsible")]
    assert pairs("做好统计分析。（牵头科室：综合科；配合股室：规划股、财务股）") == [
        ("综合科", "lead"), ("规划股", "support"), ("财务股", "support")]
    assert pairs("推进项目建设。（实施主体：各乡镇人民政府）") == [("各乡镇人民政府", "implement")]
    assert pairs("加强队伍建设。（责任科室：人事科，责任人：张某）") == [("人事科", "responsible")]


def test_a_unit_assisting_another_supports_it():
    """(X配合Y落实) / (X协助Y): X supports, Y takes the verb at the end, or is responsible without one."""
    assert pairs("提高传播能力。(省政府新闻办配合省委宣传部落实)") == [("省政府新闻办", S), ("省委宣传部", I)]
    assert pairs("提高传播能力。(市公安局协助市应急局)") == [("市公安局", S), ("市应急局", R)]
    assert pairs("提高传播能力。(市应急局牵头,市公安局、市交通局配合)") == [
        ("市应急局", L), ("市公安局", S), ("市交通局", S)]
    assert pairs("提高传播能力。(市协同创新中心负责)") == [("市协同创新中心", R)]  # 协同 inside a name


def test_a_body_setting_others_to_work_answers_for_it_and_they_take_the_closing_verb():
    """由X组织Y落实 / X指导Y落实 / X牵头组织Y落实: the verb between the names parts the agent (responsible, or its own
    role verb's role) from the bodies it sets to work, who take the verb closing the clause; 组织 opening or closing
    an office's name (县委组织部, 各机关党组织) parts nothing."""
    assert pairs("推进撂荒地整治。建立台账，由某某镇组织各村（社区）落实。") == [("某某镇", R), ("各村（社区）", I)]
    assert pairs("推进撂荒地整治。由县甲局指导各乡镇落实。") == [("县甲局", R), ("各乡镇", I)]
    assert pairs("推进撂荒地整治。县甲局牵头组织各乡镇落实。") == [("县甲局", L), ("各乡镇", I)]
    assert pairs("推进撂荒地整治。(县委组织部牵头，县乙局配合)") == [("县委组织部", L), ("县乙局", S)]


def test_a_stop_after_the_verb_between_two_bodies_sets_no_one_to_work():
    """`X督导、Y落实` / `（X指导、Y实施）`: a 、 right after the verb closes X's clause, so X is not setting Y to work;
    X supports (as `X督导，Y落实` reads), Y implements. Verbs joined by 、 before the bodies set to work still part
    them (X组织、指导Y落实)."""
    assert pairs("整治广告。拆除违规广告。县甲局督导、各乡镇人民政府落实。") == [("县甲局", S), ("各乡镇人民政府", I)]
    assert pairs("提升风貌。（县乙局指导、各乡镇人民政府实施）") == [("县乙局", S), ("各乡镇人民政府", I)]
    assert pairs("提升风貌。（县乙局组织、指导各乡镇落实）") == [("县乙局", R), ("各乡镇", I)]


def test_a_body_consulting_others_leads_and_those_it_consults_support():
    """(X商Y落实) / (X商Y、Z负责) / (X商请Y配合): "X, consulting Y", written as freely as 会同 in provincial 分工方案:
    X leads, the bodies after 商 support. A 商 inside a name (甲省商务厅, 市工商联, 商务部) has no body's name before
    it and joins nothing."""
    assert pairs("推动汽车换新。(省商务厅商省财政厅落实)") == [("省商务厅", L), ("省财政厅", S)]
    assert pairs("落实休假制度。(省甲厅商省乙会负责，各市落实)") == [("省甲厅", L), ("省乙会", S), ("各市", I)]
    assert pairs("制定地方标准。(省甲局商省商务厅、省乙厅等部门落实)") == [
        ("省甲局", L), ("省商务厅", S), ("省乙厅", S)]
    assert pairs("开展绿色创建。(由省甲委商请省乙厅配合)") == [("省甲委", L), ("省乙厅", S)]
    assert pairs("开展绿色创建。(省商务厅牵头，市工商联、商务部配合)") == [("省商务厅", L), ("市工商联", S), ("商务部", S)]
    # 会 ending a name before 商 (省红十字会): 商 joins; 会商 after a whole name (省甲厅会商) is no 商 of its own
    assert pairs("开展绿色创建。(省红十字会商省乙厅落实)") == [("省红十字会", L), ("省乙厅", S)]
    assert ("省甲厅会", L) not in pairs("开展绿色创建。(省甲厅会商省乙厅落实)")


def test_a_body_assisting_another_in_a_sentence_supports_and_the_other_leads():
    """某镇人民政府配合县甲局做好… / 县甲局协助县乙局、县丙局开展…: a sentence opened by a body, an assisting verb and the
    bodies it helps, then the work: those after the verb lead, the subject supports, as 会同 reads them the other way.
    Not a clause whose subject is no body (县甲局负责…，配合县乙局…: the clause after the comma)."""
    assert pairs("加强设施管护。某某镇人民政府配合县甲局做好渠系维修养护工作。") == [("县甲局", L), ("某某镇人民政府", S)]
    assert pairs("加强排查。县甲局协助县乙局、县丙局开展联合排查。") == [("县乙局", L), ("县丙局", L), ("县甲局", S)]
    assert pairs("加强排查。县甲局负责排查，配合县乙局开展执法。") == [("县甲局", R)]
    # 完成 a target's amount after the bodies helped (某镇配合县甲局完成县道改造12公里): the work begins there too
    assert pairs("农村公路建设。某某镇人民政府配合县甲局完成县道改造12公里。") == [("县甲局", L), ("某某镇人民政府", S)]
    assert pairs("办学条件改善。县甲局会同县乙局完成校舍改造3所。") == [("县甲局", L), ("县乙局", S)]


def test_a_closing_clause_of_a_body_answering_for_its_work_reads_the_body():
    """…，县甲局负责项目实施和质量监管。: a sentence's closing clause gives a body and the work it answers for (负责 +
    work), the work ending in a word that is a verb elsewhere (监管, 落实); the body is responsible, the work stays
    text. 负责组织实施 (verbs alone after 负责) reads as before."""
    assert pairs("抓好农田建设。镇农办负责项目选址，县甲局负责项目实施和质量监管。") == [("镇农办", R), ("县甲局", R)]
    assert pairs("落实大豆扩种。推广复合种植0.1万亩，县甲局负责种子和补贴政策落实。") == [("县甲局", R)]
    assert pairs("落实大豆扩种。推广复合种植，县甲局负责组织实施。") == [("县甲局", I)]


def test_a_role_word_alone_before_its_colon_is_a_label():
    """责任科室：应急办；配合：市场所、各社区 / (牵头:X;配合:Y): 牵头 and 配合 label without 单位."""
    assert [(a.name, a.role) for a in read_task("开展检查。(牵头:市应急局;配合:市公安局、各社区)").assignments] == [
        ("市应急局", L), ("市公安局", S), ("各社区", S)]


def test_a_division_label_heads_units_with_their_own_verbs():
    """部门分工:X牵头,A、B配合 under each target (a provincial 分工方案 with 分管领导 / 部门分工 lines): the label says
    "units:", the verbs after it give the roles, and the person line above it names no unit."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(
        "某省2030年重点任务分工方案\n"
        "一、主要预期目标\n"
        "1.居民收入增长5%。\n"
        "分管领导:王某\n"
        "部门分工:省人力资源厅牵头,各市、各部门配合。\n"
        "2.粮食产量稳定。\n"
        "分管领导:赵某\n"
        "单位分工:省农业厅牵头,省粮食局负责。\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("省人力资源厅", L), ("各市", S), ("各部门", S)],
        [("省农业厅", L), ("省粮食局", R)]]


def test_a_label_followed_by_words_of_a_task_names_no_unit_and_says_so():
    """牵头单位:持续推进… — the label's line runs on in the words of a task (a copy that lost a line, or a
    form filled wrongly): no unit is invented from them, and the reading report says what it did not understand."""
    def read(text):
        r = read_task(text)
        return [(a.name, a.role) for a in r.assignments], [m for _, m in r.warnings]

    units, warnings = read("开展燃气安全检查。\n牵头单位:持续推进燃气专项整治,确保取得实效")
    assert units == [] and len(warnings) == 1 and "'持续推进燃气专项整治', which names no unit" in warnings[0]
    units, warnings = read("开展燃气安全检查。(责任单位:加强督导检查,市燃气办)")
    assert units == [("市燃气办", R)] and "'加强督导检查'" in warnings[0]
    units, warnings = read("开展燃气安全检查。\n牵头单位:市燃气办\n配合单位:按要求做好配合工作")
    assert units == [("市燃气办", L)] and len(warnings) == 1 and "names no unit" in warnings[0]
    # a name that starts like a verb but ends like a body is a unit (推进办, 建设指挥部)
    units, warnings = read("开展燃气安全检查。(牵头单位:推进办;配合单位:建设指挥部)")
    assert units == [("推进办", L), ("建设指挥部", S)] and warnings == []


def test_a_closing_clause_with_its_agent_names_the_units():
    """分工 notices close each item with who does it: "关于“…”的问题,由X会同Y等部门负责落实。" — 由 after a comma, then
    units and their verbs to the end of the sentence; a clause whose 由 introduces no unit stays text."""
    assert pairs("关于“完善耕地保护制度”的问题,由某资源部会同某农业部等部门负责落实。") == [
        ("某资源部", L), ("某农业部", S)]
    assert pairs("关于“加强市场调控”的问题,由某商务部负责落实。") == [("某商务部", I)]
    assert pairs("推进项目建设,资金由企业负责落实。") == []  # not a unit list: 资金由企业…
    assert pairs("推进项目建设,由企业负责落实。") == []  # an enterprise is not a unit of government


def test_a_positional_rule_in_brackets_after_its_first_list_keeps_the_list():
    """责任单位:A、B、C(除标注"分别牵头"外,列第一位为牵头单位,下同): the rule closes the first list it governs;
    the list still names its units (the first leading), the rule applies from there on, and a list whose
    units each lead (分别牵头) keeps its verb."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(
        "某市2030年重点工作责任分解\n"
        "一、主要预期目标\n"
        "1.生产总值增长6%。\n"
        "责任单位:市发改委\n"
        "2.固定资产投资增长8%。\n"
        "责任单位:市发改委、市经信局、市财政局(除标注“分别牵头”外,列第一位为牵头单位,下同)\n"
        "3.居民收入稳步增长。\n"
        "责任单位:市人社局、市农业农村局分别牵头\n"
        "4.外贸出口增长5%。\n"
        "责任单位:市商务局、海关\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("市发改委", R)],
        [("市发改委", L), ("市经信局", R), ("市财政局", R)],
        [("市人社局", L), ("市农业农村局", L)],
        [("市商务局", L), ("海关", R)]]
    assert any(n.kind == "rule" for n in plan.readings)


def test_a_positional_rule_said_of_the_one_listed_first_and_of_the_work_it_leads():
    """Report splits word the rule as "列第一位者为工作牵头单位或汇总单位" (the one listed first is the lead or
    collecting unit of the work), in brackets after the first list it governs: the rule is cut from the list and
    applied from there on, as "列第一位的为牵头单位" is."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(
        "某市2030年政府工作报告重点工作责任分解\n"
        "一、某市长主抓重点工作\n"
        "1.坚定不移支持企业发展。减轻企业负担100亿元。\n"
        "责任单位：市经信局、市财政局、市税务局（列第一位者为工作牵头单位或汇总单位，下同）\n"
        "2.扩大有效投资。实施重点项目200个。\n"
        "责任单位：市发展改革委、市自然资源和规划局\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("市经信局", L), ("市财政局", R), ("市税务局", R)],
        [("市发展改革委", L), ("市自然资源和规划局", R)]]
    assert any(n.kind == "rule" for n in plan.readings)
    from generator.parse.rules import is_rule_statement

    assert is_rule_statement("排在第一位的单位负责牵头")
    assert is_rule_statement("排名第一的单位为主办单位")
    assert is_rule_statement("列第一位的为主责单位")
    assert not is_rule_statement("第一批试点单位牵头开展")


def test_the_others_half_of_a_rule_said_of_the_units_listed_in():
    """"排名第一的责任单位为牵头单位，其他列入单位为参与单位" (the other units listed in support), as a notice issuing a
    report's split words it: the others support."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(
        "某市2030年政府工作报告主要工作目标分解落实意见\n"
        "在责任单位中，排名第一的责任单位为牵头单位，其他列入单位为参与单位。\n"
        "一、稳增长\n"
        "1.地区生产总值增长6%。（责任单位：市发展改革委、市统计局）\n")
    assert [(a.name, a.role) for a in plan.tasks()[0].assignments] == [("市发展改革委", L), ("市统计局", S)]


def test_a_positional_rule_decides_over_a_shared_verb_but_not_over_written_roles():
    """Under "排在第一位的为牵头单位，其他为配合单位" the document's rule decides (tests/fixtures/real/README.md): a bare
    list and a list sharing one verb (A、B、C按职责分工负责) read first = lead, the others support; a list that says who
    leads (X牵头，Y配合) keeps its words."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(
        "某市2030年营商环境工作要点\n"
        "以下各项任务中，责任单位排在第一位的为牵头单位，其他为配合单位。\n"
        "一、优化政务服务\n"
        "1.推进一件事集成改革。（责任单位：市数据局、市市场监管局）\n"
        "2.清理拖欠企业账款。（市工信局、市财政局、市国资委按职责分工负责）\n"
        "3.加强知识产权保护。（市公安局牵头，市市场监管局配合）\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("市数据局", L), ("市市场监管局", S)],
        [("市工信局", L), ("市财政局", S), ("市国资委", S)],
        [("市公安局", L), ("市市场监管局", S)]]


def test_the_units_after_those_that_each_lead_are_the_others_of_the_rule():
    """A report's split says "除标注“分别牵头”外，排在第一位的为牵头单位，其他为配合单位": a list A、B分别牵头，C、D
    names two leads, and C、D, with no verb of their own, are the others: they support; so are those after a lead
    marked in brackets (A（牵头），C、D). Units after the lead with their own verb or label keep it; without the
    others' half of the rule they stay as read (responsible)."""
    from generator.source.corpus import parse_text

    text = ("某县2030年政府工作报告目标任务责任分解\n"
            "除标注“分别牵头”外，责任单位中排在第一位的为牵头单位，其他为配合单位。\n"
            "一、稳增长\n"
            "1.争取上级资金15亿元。\n"
            "责任单位：县发展改革局、县财政局分别牵头，县直有关部门\n"
            "2.建设美丽乡村10个。\n"
            "责任单位：县农业农村局、县住房城乡建设局分别牵头，县财政局，各乡镇人民政府\n"
            "3.开展技能培训5000人次。\n"
            "责任单位：县人力资源社会保障局、县农业农村局分别牵头，各乡镇人民政府负责落实\n"
            "4.新建公园8个。\n"
            "责任单位：县城市管理局、县财政局\n"
            "5.改造老旧小区20个。\n"
            "责任单位：县住房城乡建设局（牵头），县财政局、县自然资源局\n"
            "6.建设农贸市场2个。\n"
            "牵头单位：县商务局；责任单位：县市场监管局\n")
    [plan] = parse_text(text)
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("县发展改革局", L), ("县财政局", L), ("县直有关部门", S)],
        [("县农业农村局", L), ("县住房城乡建设局", L), ("县财政局", S), ("各乡镇人民政府", S)],
        [("县人力资源社会保障局", L), ("县农业农村局", L), ("各乡镇人民政府", I)],
        [("县城市管理局", L), ("县财政局", S)],
        [("县住房城乡建设局", L), ("县财政局", S), ("县自然资源局", S)],
        [("县商务局", L), ("县市场监管局", R)]]
    [plan] = parse_text(text.replace("，其他为配合单位", ""))
    assert [(a.name, a.role) for a in plan.tasks()[0].assignments] == [
        ("县发展改革局", L), ("县财政局", L), ("县直有关部门", R)]


def test_the_provincial_addressee_list_of_localities_is_one_name():
    """各市、县（市、区）人民政府 (the lower kinds nested in brackets under one 人民政府) is one name, not 各市 and
    县（市、区）人民政府; 各市、县人民政府 likewise; a department before it stays apart."""
    assert [(a.name, a.role) for a in read_task(
        "做好保障。（省财政厅、科技厅按职责分工负责，各市、县（市、区）人民政府落实）").assignments] == [
        ("省财政厅", R), ("科技厅", R), ("各市、县（市、区）人民政府", I)]
    assert [(a.name, a.role) for a in read_task("做好保障。（省能源局、各市、县人民政府负责）").assignments] == [
        ("省能源局", R), ("各市、县人民政府", R)]


def test_a_city_level_written_as_its_kind_shares_the_head_after_it():
    """各设区市、县（市、区）交通运输局: the level 设区市 (地级市, 县级市) written as a kind of locality shares the
    body after the list, one name as written, not 各设区市 and 县（市、区）交通运输局."""
    assert [(a.name, a.role) for a in read_task(
        "健全路长制。（责任单位：省交通运输厅，各设区市、县（市、区）交通运输局）").assignments] == [
        ("省交通运输厅", R), ("各设区市、县（市、区）交通运输局", R)]
    assert [(a.name, a.role) for a in read_task("开展检测。（各地级市、县级市人民政府负责）").assignments] == [
        ("各地级市、县级市人民政府", R)]


def test_deng_before_a_kind_of_body_ends_the_list():
    """市生态环境局等行政执法部门 / 省银行业协会等金融机构: after 等, the kind of body the listed ones are; dropped,
    as 等有关部门 is, while a name without 等 keeps its head noun (市直有关执法部门)."""
    assert [(a.name, a.role) for a in read_task(
        "规范执法。（市司法局牵头，市市场监管局、市生态环境局等行政执法部门配合）").assignments] == [
        ("市司法局", L), ("市市场监管局", S), ("市生态环境局", S)]
    assert [(a.name, a.role) for a in read_task(
        "规范检查。（市司法局牵头，市直有关执法部门配合）").assignments] == [("市司法局", L), ("市直有关执法部门", S)]


def test_a_department_that_guides_supports_the_units_that_carry_the_task_out():
    """(各设区市人民政府负责，省X厅指导): the guiding department supports; 指导中心 / 指导组 stay names."""
    assert [(a.name, a.role) for a in read_task(
        "建设促进中心。（各设区市人民政府负责，省工业和信息化厅指导）").assignments] == [
        ("各设区市人民政府", R), ("省工业和信息化厅", S)]
    assert [(a.name, a.role) for a in read_task(
        "开展培训。（省就业指导中心、省人力资源社会保障厅督导组负责）").assignments] == [
        ("省就业指导中心", R), ("省人力资源社会保障厅督导组", R)]


def test_bodies_that_back_a_task_after_the_responsible_one_support_it():
    """(X负责，A、B支持): the bodies that fund or back the work support it; 支持 after no name is the task's word."""
    assert [(a.name, a.role) for a in read_task(
        "建设实验室。（县疾病预防控制中心负责，县发展和改革局、县财政局支持）").assignments] == [
        ("县疾病预防控制中心", R), ("县发展和改革局", S), ("县财政局", S)]
    assert [(a.name, a.role) for a in read_task(
        "培育龙头企业。（县农业农村局牵头，县财政局配合）加大政策支持力度。").assignments] == [
        ("县农业农村局", L), ("县财政局", S)]


def test_governments_answering_for_their_ground_are_responsible():
    """(各区县政府负主体责任，市X局督导): responsible, as 负责; (X、Y按属地负责) / (各成员单位按要求落实): manner
    words before the verb, not part of the name; 企业负主体责任 in the text names no unit."""
    assert [(a.name, a.role) for a in read_task(
        "落实秸秆禁烧。（各区县政府负主体责任，市农业农村局、市生态环境局督导）").assignments] == [
        ("各区县政府", R), ("市农业农村局", S), ("市生态环境局", S)]
    assert [(a.name, a.role) for a in read_task(
        "推进臭氧防控。（市生态环境局牵头，各区县人民政府、市经开区管委会按属地负责）").assignments] == [
        ("市生态环境局", L), ("各区县人民政府", R), ("市经开区管委会", R)]
    assert [(a.name, a.role) for a in read_task(
        "管控工地扬尘。（市住房和城乡建设局牵头，属地区县人民政府负属地监管责任）").assignments] == [
        ("市住房和城乡建设局", L), ("属地区县人民政府", R)]
    assert [(a.name, a.role) for a in read_task(
        "推进医共体建设。（县医疗健康集团负责，各成员单位按要求落实）").assignments] == [
        ("县医疗健康集团", R), ("各成员单位", I)]
    # 按辖区 (each office on its own district) is manner as 按属地 is, also before 分别
    assert [(a.name, a.role) for a in read_task(
        "加强计量检查。（计量科负责）（各监管所按辖区分别负责）").assignments] == [("计量科", R), ("各监管所", R)]
    # 按行业 / 按系统 / 按领域 (each helper over the firms of its own line of work) is manner as 按属地 is
    assert [(a.name, a.role) for a in read_task(
        "组织联网填报。（县普查办负责，县甲局、县乙局按行业配合）").assignments] == [
        ("县普查办", R), ("县甲局", S), ("县乙局", S)]
    assert [(a.name, a.role) for a in read_task(
        "开展数据比对。（县统计局牵头，县丙局按系统配合，各行业主管部门按领域分别负责）").assignments] == [
        ("县统计局", L), ("县丙局", S), ("各行业主管部门", R)]
    assert [(a.name, a.role) for a in read_task(
        "压实责任。企业负主体责任，严格落实治污措施。（市生态环境局负责）").assignments] == [("市生态环境局", R)]


def test_short_forms_of_answering_for_a_task_are_responsible():
    """负主责 (short for 负主要责任) and 负连带责任 (answering jointly) after a body's name: responsible, as 负主体责任;
    the verb is no part of the name, and after a bare noun they name no unit."""
    assert pairs("规范运输。（县甲局负主责，县乙局负连带责任）") == [("县甲局", R), ("县乙局", R)]
    assert pairs("规范养护。（县乙局负主责，各乡镇人民政府配合）") == [("县乙局", R), ("各乡镇人民政府", S)]
    assert pairs("压实责任。企业负主责，严格落实措施。（县丙局负责）") == [("县丙局", R)]


def test_enterprises_named_before_the_kind_they_stand_for():
    """(X负责，A公司、B公司等重点企业落实): the named enterprises implement; 等重点企业 closes the list as 等部门."""
    assert [(a.name, a.role) for a in read_task(
        "深度治理。（市生态环境局负责，江城钢铁集团有限公司、华阳热电有限责任公司等重点企业落实）").assignments] == [
        ("市生态环境局", R), ("江城钢铁集团有限公司", I), ("华阳热电有限责任公司", I)]


def test_stations_backing_the_work_with_their_skill_support_it():
    """(…负责，县农技中心提供技术支撑) / (…，X做好技术指导) / (…，X、Y督导检查): the backing body supports; the
    light verb (提供 / 做好) is no part of its name."""
    assert [(a.name, a.role) for a in read_task(
        "推广绿色技术。（县农业农村局牵头，各乡镇人民政府、县国营青山农场负责，县农技中心提供技术支撑）").assignments] == [
        ("县农业农村局", L), ("各乡镇人民政府", R), ("县国营青山农场", R), ("县农技中心", S)]
    assert [(a.name, a.role) for a in read_task(
        "做实签约服务。（各乡镇卫生院具体负责，县医疗健康集团做好技术指导）").assignments] == [
        ("各乡镇卫生院", R), ("县医疗健康集团", S)]
    assert [(a.name, a.role) for a in read_task(
        "落实秸秆禁烧。（各乡镇人民政府落实，县农业农村局、县生态环境分局督导检查）").assignments] == [
        ("各乡镇人民政府", I), ("县农业农村局", S), ("县生态环境分局", S)]


def test_unit_labels_after_a_leader_on_one_line_set_apart_by_single_spaces():
    """Report splits copied from a duty table put the leader and the unit labels on one line, parted by one space:
    责任领导：王某 牵头单位：市X局 配合单位：市Y局. Each unit label starts its clause; the leader is no unit. A single
    space before a unit label does not start a run after anything but a leader's label."""
    assert pairs("优化营商环境。责任领导：王某 牵头单位：市政务服务局 配合单位：市司法局、市市场监管局") == [
        ("市政务服务局", L), ("市司法局", S), ("市市场监管局", S)]
    assert pairs("稳定就业。\n牵头市领导：赵某 责任单位：市人力资源社会保障局") == [("市人力资源社会保障局", R)]
    assert pairs("开展“我为群众办实事 牵头单位：社区”主题活动。") == []


def test_labels_of_a_report_split_that_name_the_units_doing_the_work():
    """Splits of a work report and 民生实事 lists label the units that do the work 具体责任单位 (beside a 牵头单位) or
    承担单位 / 承担部门: both name responsible units."""
    assert pairs("新建幼儿园2所。\n牵头单位：市教育局\n具体责任单位：市机关事务局、各县（市、区）人民政府") == [
        ("市教育局", L), ("市机关事务局", R), ("各县（市、区）人民政府", R)]
    assert pairs("改造薄弱学校5所。\n承担单位：市教育局、市财政局") == [("市教育局", R), ("市财政局", R)]
    assert pairs("改造薄弱学校5所。（承担部门：市教育局）") == [("市教育局", R)]


def test_public_institutions_named_as_halls_and_bank_branches_are_units():
    """Splits of a work report and of a party plenum's decisions give tasks to public institutions: 市档案馆, 市图书馆,
    市博物馆 (…馆), and to the local branch of the central bank (人民银行某市分行); a bare list of them closes a task
    as a list of bureaus does. A bracket that only names a kind of place (含文化馆) stays text."""
    assert pairs("建设城市书房20个。（市图书馆牵头，市文化广电旅游局、市档案馆配合）") == [
        ("市图书馆", L), ("市文化广电旅游局", S), ("市档案馆", S)]
    assert pairs("加强档案管理。（市档案馆负责）") == [("市档案馆", R)]
    assert pairs("推进普惠金融。（人民银行某市分行、市委金融办）") == [("人民银行某市分行", R), ("市委金融办", R)]
    assert pairs("改造公共文化设施（含文化馆、图书馆）10处。") == []


def test_departments_inside_a_ministry_are_units():
    """A ministry's own plan names its departments: 政策法规司, 危险化学品安全监督管理一司 (…司 beside …局, 办公厅);
    a bare list of them closing a task is an annotation, a bare 司 word in the text is not."""
    assert pairs("修订部门规章。（政策法规司牵头，规划财务司、办公厅参与）") == [
        ("政策法规司", L), ("规划财务司", S), ("办公厅", S)]
    assert pairs("开展专项整治。（危险化学品安全监督管理一司、危险化学品安全监督管理二司）") == [
        ("危险化学品安全监督管理一司", R), ("危险化学品安全监督管理二司", R)]
    assert pairs("推进项目建设。（牵头单位：国际合作司）") == [("国际合作司", L)]
    assert pairs("帮助企业化解纠纷（含官司），减少诉讼。") == []


def test_the_second_half_of_a_positional_rule_is_no_unit():
    """(X牵头，Y参与。列在第一位的为牵头单位，其他为参与单位，下同): the rule's halves parted by a comma; the
    second half says the others' role and names no unit; later bare lists are read by the rule."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text(
        "某部2030年工作要点\n一、加强党的建设\n"
        "（一）加强理论学习。（机关党委牵头，人事司参与。列在第一位的为牵头单位，其他为参与单位，下同）\n"
        "（二）完善督办机制。（办公厅、政策法规司、规划财务司）\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("机关党委", L), ("人事司", S)],
        [("办公厅", L), ("政策法规司", S), ("规划财务司", S)]]
    assert len(plan.rules) == 1 and "the others support" in plan.rules[0]


def test_a_participating_label_and_labels_parted_by_a_space():
    """National 分工 lists write `(牵头单位:X 参加单位:Y、Z)`: 参加单位 names the units that take part (support), and a
    space alone may part two labelled groups."""
    assert pairs("推进电力行业减排。(牵头单位:某能源局 参加单位:某发展改革委、某国资委)") == [
        ("某能源局", L), ("某发展改革委", S), ("某国资委", S)]
    assert pairs("推进电力行业减排。（某能源局牵头，某国资委参加）") == [("某能源局", L), ("某国资委", S)]


def test_a_note_naming_the_listed_units_by_reference_adds_no_unit():
    """(负责单位:A、B。未明确牵头单位的,由所列负责单位按职责分工负责,下同): 所列 / 上述 point back at the list;
    the note names no unit of its own."""
    assert pairs("控制能源消费总量。(负责单位:某发展改革委、某能源局。未明确牵头单位的,由所列负责单位按职责分工负责,下同)") == [
        ("某发展改革委", R), ("某能源局", R)]
    assert pairs("开展节能监察。(某发展改革委牵头,上述单位配合)") == [("某发展改革委", L)]


def test_a_note_pointing_at_the_attached_lists_columns_names_no_unit():
    """An implementation plan's body may point at its attached 清单's role columns instead of naming bodies
    (责任单位：清单所列牵头部门、协同部门; （表中所列协同部门配合）): the part of the document named before 所列 makes
    it the same reference back as a bare 所列 — the list's rows carry the units."""
    assert pairs("推进清单事项落地。责任单位：清单所列牵头部门、协同部门") == []
    assert pairs("做好配合工作。（表中所列协同部门配合）") == []
    assert pairs("做好衔接。（附件所列各牵头单位负责）") == []
    assert pairs("做好衔接。（附件一所列各牵头单位负责）") == []
    assert pairs("做好衔接。（清单中所列协同部门配合）") == []
    assert pairs("做好宣传。（某县政务服务中心牵头，附表所列单位配合）") == [("某县政务服务中心", L)]


def test_a_closing_agent_clause_whose_verb_takes_an_object_names_the_units():
    """分工 notices close an item "…的问题,由X会同Y、Z等部门研究提出落实意见。": the verb takes an object after the
    units; X leads, Y and Z support, a single agent is responsible, the action stays text. Words before the action
    that do not name bodies (由企业…, 由省级财政…, 由各地结合实际…) are no annotation."""
    def read(text):
        r = read_task(text)
        return [(a.name, a.role) for a in r.assignments], [a.text for a in r.annotations]

    units, written = read("关于“实施粮食安全战略”的问题,由某发展改革委会同某农办、某农业部、某粮食局等部门研究提出落实意见。")
    assert units == [("某发展改革委", L), ("某农办", S), ("某农业部", S), ("某粮食局", S)]
    assert written == ["由某发展改革委会同某农办、某农业部、某粮食局等部门研究提出落实意见"]
    assert read("关于“完善补贴政策”的问题，由某财政部研究提出具体措施。")[0] == [("某财政部", R)]
    # the part naming who acts may run over several clauses, each of units and their verb, and go on after the action
    assert read("关于“加快科技创新”的问题，由某科技部牵头，某农业部、某教育部等部门参与研究提出落实意见。")[0] == [
        ("某科技部", L), ("某农业部", S), ("某教育部", S)]
    assert read("关于“改善乡村治理”的问题，由某民政部牵头，中央组织部、某农办等部门参与研究提出落实意见。")[0] == [
        ("某民政部", L), ("中央组织部", S), ("某农办", S)]  # 组织 begins a name here, not the action
    units = read("关于“推进改革试点”的问题，由某农办会同有关部门和地方研究提出落实意见。")[0]
    assert units == [("某农办", L), ("有关部门和地方", S)]  # one collective, as written: 地方 alone is no unit
    assert read("关于“完善农村金融”的问题，由某人民银行会同某财政部等部门研究提出落实意见，并抓紧组织实施。")[0] == [
        ("某人民银行", L), ("某财政部", S)]
    assert read("推进项目建设,由企业研究提出方案。")[0] == []
    # in the body of a task, before its own annotation, the clause is the task's wording
    assert read("完善资金保障，由某财政局研究制定管理办法。加强监督检查。（某审计局负责）")[0] == [("某审计局", R)]
    assert read("完善资金保障,由省级财政负担。")[0] == []
    assert read("加快改革,由各地结合实际研究制定实施办法。")[0] == []


def test_verbs_that_give_a_role_only_after_a_manner_word():
    """(…,各地区结合实际推进) / (各省级人民政府负责,国务院有关部门加强指导): 推进 / 执行 carry the item out
    (implement) once a manner word stands before them, alone they stay words of the task (年内持续推进 is a
    time); 指导 guides (support), but 在省厅指导下 is a circumstance, no list of units."""
    def read(text):
        r = read_task(text)
        return [(a.name, a.role) for a in r.assignments], r.deadlines

    assert read("扩大消费。（某商务部等按职责分工负责，各地区结合实际推进）")[0] == [("某商务部", R), ("各地区", I)]
    assert read("推进改革。（各省级人民政府负责，国务院有关部门加强指导）")[0] == [
        ("各省级人民政府", R), ("国务院有关部门", S)]
    assert read("推进改革。（某市应急局牵头，各县区认真执行）")[0] == [("某市应急局", L), ("各县区", I)]
    assert read("推进改革。（国务院各部门分别负责，年内持续推进）") == ([("国务院各部门", R)], ["年内持续推进"])
    assert read("推进改革。（在省应急厅指导下）")[0] == []


def test_labels_of_a_ministrys_departments():
    """A ministry's plan labels its departments 牵头司局 / 参与司局 / 责任司局, and some write 责任部门（单位）
    for either kind of body; in brackets or on lines of their own."""
    assert pairs("修订规章。（牵头司局：政策法规司；参与司局：办公厅、规划财务司）") == [
        ("政策法规司", L), ("办公厅", S), ("规划财务司", S)]
    assert pairs("修订规章。\n牵头司局：政策法规司\n参与司局：办公厅") == [("政策法规司", L), ("办公厅", S)]
    assert pairs("修订规章。（责任司局：政策法规司、办公厅）") == [("政策法规司", R), ("办公厅", R)]
    assert pairs("修订规章。(牵头部门(单位):政策法规司;配合部门(单位):某研究院)") == [("政策法规司", L), ("某研究院", S)]


def test_a_list_opened_by_agent_mark_and_closed_by_departments_and_units():
    """(由X、Y负责): the units follow 由; (…等部门和单位按职责分工负责 / …等有关部门和地方…): the 等 ending is dropped,
    while a list that is only 各有关部门和单位 stays one collective name."""
    assert pairs("推进改革。（由某发展改革委、某财政部负责）") == [("某发展改革委", R), ("某财政部", R)]
    assert pairs("推进改革。（某教育部、某人社部等部门和单位按职责分工负责）") == [("某教育部", R), ("某人社部", R)]
    assert pairs("推进改革。（某发展改革委、某财政部等有关部门和地方按职责分工负责）") == [("某发展改革委", R), ("某财政部", R)]
    assert pairs("推进改革。（各有关部门和单位按职责分工负责）") == [("各有关部门和单位", R)]


def test_a_role_word_marking_one_of_two_leaders_names_no_unit():
    """责任领导：常务副市长　吴某某（牵头），副市长　郑某某: the bracket marks which leader leads; the person after it is
    no lead unit and the bracket no note left unread; the unit label on the next line is read as ever."""
    text = "开展排查。\n责任领导：市委常委、常务副市长　吴某某（牵头），副市长　郑某某\n牵头单位：市生态环境局"
    reading = read_task(text)
    assert [(a.name, a.role) for a in reading.assignments] == [("市生态环境局", L)]
    assert reading.warnings == []
    assert pairs("开展排查。\n责任领导：吴某某（牵头）、郑某某\n责任单位：市水务局") == [("市水务局", R)]
    # the same mark in the units' clause on the line after the leaders' still marks the lead unit
    assert pairs("开展排查。\n责任领导：副市长　吴某某\n责任单位：市甲局（牵头），市乙局") == [("市甲局", L), ("市乙局", R)]


def test_provinces_listed_by_kind_under_one_head_are_one_name():
    """National plans address 各省、自治区、直辖市人民政府 and write 各省（区、市）: the kinds of province share the head
    after them, one collective name, and 省 ends a locality's name."""
    assert pairs("推进改革。（某发展改革委牵头，各省、自治区、直辖市人民政府负责）") == [
        ("某发展改革委", L), ("各省、自治区、直辖市人民政府", R)]
    assert pairs("推进改革。（各省（区、市）负责）") == [("各省（区、市）", R)]
    assert pairs("推进改革。（各县、市、区政府负责）") == [("各县、市、区政府", R)]


def test_people_listed_among_the_units_are_not_units_and_the_reading_says_so():
    """Town plans list the cadres who answer for a task beside the bodies (责任单位：各村（社区）、包村干部;
    镇派出所、网格员): 干部 / 网格员 / 人员 name people, not a body — 干部 ends in 部 as 宣传部 does, the people
    word decides. They are not read as units, and the reading report says so."""
    def read(text):
        r = read_task(text)
        return [(a.name, a.role) for a in r.assignments], [m for _, m in r.warnings]

    units, warnings = read("开展地质灾害巡查。\n责任单位：镇自然资源所、各村（社区）、包村干部")
    assert units == [("镇自然资源所", R), ("各村（社区）", R)]
    assert len(warnings) == 1 and "'包村干部' names people, not a unit" in warnings[0]
    units, warnings = read("加强道路交通安全管理。（镇交管站牵头，镇派出所、网格员、村两委干部配合）")
    assert units == [("镇交管站", L), ("镇派出所", S)] and len(warnings) == 2
    # bodies whose names hold such a word before their ending stay units
    units, warnings = read("做好群众工作。（责任单位：县委组织部、县人员培训中心、镇党员服务中心）")
    assert units == [("县委组织部", R), ("县人员培训中心", R), ("镇党员服务中心", R)] and warnings == []


def test_a_committee_member_charged_in_each_township_is_people_and_the_bodies_beside_stay():
    """County 政法 / 统战 plans charge the member of each township's party committee holding the line of work
    (各乡镇（街道）政法委员, 统战委员): a post-holder, as 各村党组织书记 is — 委员 ends a post, a committee's name ends in
    委员会. Last in a bare bracket he is no unit and the reading says so; the bodies before him are not lost with him
    and keep their places under the plan's rule."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text(
        "某县2025年政法工作要点\n　　各项工作后括号内所列单位，排在第一位的为牵头单位，其余为参与单位。\n一、推进平安建设\n"
        "　　1.加强重点人群服务管理。落实社区矫正措施。（县甲局、县乙局，各乡镇（街道）政法委员）\n"
        "　　2.深化矛盾纠纷化解。建立纠纷台账。（县丙局牵头，各乡镇统战委员落实）\n")
    assert [_units(t) for t in plan.tasks()] == [[("县甲局", L), ("县乙局", S)], [("县丙局", L)]]
    assert len(plan.warnings) == 2 and all("委员' names people, not a unit" in w for w in plan.warnings)
    assert pairs("加强协调。（县甲调解委员会、县丁局负责）") == [("县甲调解委员会", R), ("县丁局", R)]


def test_a_leader_named_by_comrade_or_office_in_an_annotation_is_no_unit():
    """Splits of a government work report name the leader who answers for a task beside the units, in the list
    itself: (张某同志牵头，市X局负责), (市政府分管领导牵头), (王某副市长牵头). A person is never a unit: 同志, the
    offices of leaders (市长 / 秘书长 / 主任 / 常委) and 领导 end a person's name, and the reading says so."""
    def read(text):
        r = read_task(text)
        return [(a.name, a.role) for a in r.assignments], [m for _, m in r.warnings]

    units, warnings = read("加强招商引资。（张某同志牵头，市投资促进局、市商务局负责）")
    assert units == [("市投资促进局", R), ("市商务局", R)]
    assert len(warnings) == 1 and "'张某同志' names people" in warnings[0]
    units, warnings = read("办好民生实事。（市政府分管领导牵头，市发展改革委、市财政局配合）")
    assert units == [("市发展改革委", S), ("市财政局", S)] and len(warnings) == 1
    units, _ = read("推进城市更新。（王某副市长、李某秘书长牵头，市住房城乡建设局负责）")
    assert units == [("市住房城乡建设局", R)]
    units, _ = read("抓好安全生产。（市应急管理局牵头，市安委会办公室主任配合）")
    assert units == [("市应急管理局", L)]
    # bodies whose names end in a body's word stay units
    units, warnings = read("做好服务保障。（市领导小组办公室、市委常委会办公室负责）")
    assert units == [("市领导小组办公室", R), ("市委常委会办公室", R)] and warnings == []


def test_the_villages_of_a_town_plan_are_localities_in_a_list():
    """A town plan's localities are its villages and communities (各村（社区）, 沿河各村, 各村居), as a county's are
    its 乡镇: a list on a label line keeps them as names when it sets its names apart by spaces (copied from a
    table), by a slash, or joins the last with 及."""
    assert pairs("开展燃气排查。\n责任单位：镇应急办 镇派出所 各村（社区）") == [
        ("镇应急办", R), ("镇派出所", R), ("各村（社区）", R)]
    assert pairs("开展防溺水宣传。\n责任单位：镇中心学校/镇社会事务办") == [("镇中心学校", R), ("镇社会事务办", R)]
    assert pairs("整治违建。\n责任单位：镇规划建设办及各村（社区）") == [("镇规划建设办", R), ("各村（社区）", R)]
    assert pairs("清理河道。（镇水利站牵头，沿河各村、各村居配合）") == [("镇水利站", L), ("沿河各村", S), ("各村居", S)]


def test_a_bare_bracket_of_bodies_closing_with_a_collective_of_localities_is_read():
    """（县民政局、各街道）: a bracket of bodies' names closing with 各 and a kind of locality, with no verb or label.
    No name's bracket of alternatives holds 各… (those hold bare level words: 建设服务中心（县、乡镇）), so the list is
    the task's units, as （…、各村（社区）） already was; 各 opens the collective whether or not its own bracket follows."""
    assert pairs("加强社会救助。（县民政局、各街道）") == [("县民政局", R), ("各街道", R)]
    assert pairs("做好工作。（县综治中心、各乡镇）") == [("县综治中心", R), ("各乡镇", R)]
    assert pairs("开展入户走访（县卫生健康局、县医保局、各乡镇）") == [("县卫生健康局", R), ("县医保局", R), ("各乡镇", R)]
    assert pairs("建设便民服务中心（县、乡镇）。") == []


def test_a_leader_line_set_above_the_bracket_of_units_leaves_the_bracket_the_tasks_units():
    """分管省领导：孙某 on a line of its own, the task's bracket of units on the next: the bracket gives roles (牵头 / 配合),
    which no post does, so it is the task's units, not the leader's post (包联领导：周某（县委常委）)."""
    [plan] = parse_text(
        "工作分工方案\n"
        "一、重点任务\n"
        "　　1.建设文化旅游强省。推进度假区创建。\n"
        "　　分管省领导：孙某\n"
        "　　（省甲厅牵头，省乙部、省丙委配合）\n"
        "　　2.推进健康建设。\n"
        "　　包联领导：周某（县委常委、宣传部部长）\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("省甲厅", "lead"), ("省乙部", "support"), ("省丙委", "support")], []]


def test_a_unit_label_after_a_wide_gap_on_a_person_label_line_is_read():
    """Duty sheets put the person and the units on one line, set apart by a wide gap (责任领导：王某  责任单位：…):
    the unit label after the gap is read; the person before it names no unit."""
    assert pairs("维护信访稳定。化解矛盾。\n责任领导：王某  责任单位：镇信访办、镇综治中心") == [
        ("镇信访办", R), ("镇综治中心", R)]
    assert pairs("维护信访稳定。\n包村领导：王某\u3000牵头单位：镇综治中心") == [("镇综治中心", L)]
    # a single space inside a sentence is no gap: a label word there is the sentence's own
    assert pairs("督促各村明确 责任单位和责任人。") == []


def test_a_bracket_of_bodies_then_localities_after_a_comma_names_them_all():
    """（街道综治中心、司法所、派出所，各社区）: a street or county plan closes a task with the bodies that answer for it
    and, after a comma, the localities that share it, with no verb. All are responsible; a bracket of localities
    alone, or localities before the bodies, stays text (各县(市、区) writes a name, not units); after 、 see below."""
    assert pairs("化解矛盾纠纷。（街道综治中心、司法所、派出所，各社区）") == [
        ("街道综治中心", R), ("司法所", R), ("派出所", R), ("各社区", R)]
    assert pairs("做好救助工作（镇社会事务办、镇财政所，各村（社区））。") == [
        ("镇社会事务办", R), ("镇财政所", R), ("各村（社区）", R)]
    assert pairs("做好工作。（各乡镇，县综治中心）") == []
    assert pairs("各县(市、区)要做好工作。") == []


def test_a_bracket_of_bodies_closed_by_a_bracketed_collective_of_localities_after_a_stop_names_them_all():
    """（镇派出所、各村（社区））: the localities after 、 with no comma, written as a collective with a bracket of its own.
    A name's bracket of alternatives (市、区) never holds 各… nor a bracket inside it, so the list is the task's units
    (a stated 列第一位 rule then makes the first the lead); a bare 各乡镇 after 、 is read the same way (below)."""
    assert pairs("建立出租房屋台账。（镇治安所、各村（社区））") == [("镇治安所", R), ("各村（社区）", R)]
    assert pairs("排查隐患。（镇安监办、镇消防站、各村（居））") == [("镇安监办", R), ("镇消防站", R), ("各村（居）", R)]
    (text,) = read_bytes(("一、主要任务\n1.采集信息。（镇综治办牵头，镇治安所配合。列第一位的为牵头单位，其他为配合单位，下同）\n"
                          "2.建立台账。（镇治安所、各村（社区））").encode("utf-8"), "plan.txt")
    assert [(a.name, a.role) for a in parse_plan(text).sections[0].tasks[1].assignments] == [("镇治安所", L), ("各村（社区）", S)]


def test_two_label_clauses_glued_with_no_stop_are_two_clauses():
    """Pages copied from PDFs lose the stop between two label clauses: `牵头单位：X配合单位：Y`, and a deadline label
    glued to the last unit `责任单位：A、B完成时限：…`. The second label starts its own clause where what precedes it
    reads as a body's name, or is a person's label and name (`牵头县领导：王某责任单位：…`, a duty sheet's lines run
    together: the units are read, the person is not one)."""
    assert pairs("建立工作机制。（牵头单位：市X局配合单位：市Y局、市Z委）") == [("市X局", L), ("市Y局", S), ("市Z委", S)]
    assert pairs("建立工作机制。\n牵头单位：区X局配合单位：各街道") == [("区X局", L), ("各街道", S)]
    reading = read_task("制定管理办法。责任单位：市X局、市Y局完成时限：2025年6月底")
    assert [(a.name, a.role) for a in reading.assignments] == [("市X局", R), ("市Y局", R)]
    assert reading.deadlines == ["2025年6月底"]
    assert pairs("（主要责任单位：市X局；牵头责任单位：市Y局）") == [("市X局", R), ("市Y局", L)]
    assert pairs("（牵头单位：市X局、配合单位：市Y局）") == [("市X局", L), ("市Y局", S)]
    assert pairs("建立工作机制。\n牵头县领导：王某责任单位：县X局、县Y局") == [("县X局", R), ("县Y局", R)]
    assert pairs("建立工作机制。（牵头县领导：王某、李某责任单位：县X局）") == [("县X局", R)]


def test_a_leaders_post_and_name_glued_to_the_next_label_end_the_leaders_field():
    """A duty sheet's field lines run together when a page loses its line breaks: the leader's field names the post,
    a space, then the person (`责任领导：县委常委、宣传部部长　王某某牵头单位：…`). The name still ends the leader's
    field, so the unit labels after it are read; the post and the person are no units."""
    text = "建立学习台账。整改措施：修订制度。责任领导：县委常委、宣传部部长　王某某牵头单位：县甲部责任单位：县乙办、县丙部整改时限：2025年6月底前"
    assert pairs(text) == [("县甲部", L), ("县乙办", R), ("县丙部", R)]
    assert pairs(text.replace("　王某某", " 王某某")) == [("县甲部", L), ("县乙办", R), ("县丙部", R)]
    assert pairs("建立工作机制。（牵头县领导：副县长 王某责任单位：县X局）") == [("县X局", R)]


def test_a_list_closed_by_deng_before_a_glued_label_keeps_its_units():
    """`责任单位：县X局、县Y大队等完成时限：…`: label lines run together after a list closed by 等; 等 names no unit,
    so the next label still starts its own clause and the list's units are read, the deadline apart."""
    reading = read_task("开展排查。\n牵头单位：县甲局责任单位：县乙局、县丙大队等完成时限：2030年8月底前")
    assert [(a.name, a.role) for a in reading.assignments] == [("县甲局", L), ("县乙局", R), ("县丙大队", R)]
    assert reading.deadlines == ["2030年8月底前"]
    assert pairs("开展排查。（牵头单位：市甲局等配合单位：市乙局）") == [("市甲局", L), ("市乙局", S)]


def test_verbs_that_give_a_role_only_after_a_bodys_name():
    """`（区X局组织，各街道实施）`: the body that organises the work leads; `（区督查室督促，各街道落实）`: the body that
    urges the others on supports them, as one that guides does. After no body's name the words stay text: 各级党组织
    is a name, 加强督促 a task's wording."""
    assert pairs("简化审批。（区X局组织，各街道实施）") == [("区X局", L), ("各街道", I)]
    assert pairs("开展检查。（区督查室督促，区Y局、各街道落实）") == [("区督查室", S), ("区Y局", I), ("各街道", I)]
    assert pairs("加强指导。（区X局牵头，各级党组织配合）") == [("区X局", L), ("各级党组织", S)]
    assert pairs("开展检查，加强督促。") == []


def test_kinds_of_locality_joined_by_ji_under_one_head_are_one_name():
    """`各省、自治区、直辖市及计划单列市人民政府`: the last kind joined by 及 shares the head too (one name), while 及
    between two bodies (`市X局及市Y局`) parts two names."""
    assert pairs("落实各项政策。（各省、自治区、直辖市及计划单列市人民政府负责）") == [
        ("各省、自治区、直辖市及计划单列市人民政府", R)]
    assert pairs("开展专项检查。（市X局及市Y局负责）") == [("市X局", R), ("市Y局", R)]
    assert pairs("（各省、自治区、直辖市及计划单列市教育行政部门负责）") == [
        ("各省、自治区、直辖市及计划单列市教育行政部门", R)]


def test_departments_and_localities_written_as_one_collective():
    """`有关部门和地方` / `各有关部门和地方`: one collective, kept as written; 地方 alone is no unit."""
    assert pairs("健全机制。（某发展改革委牵头，有关部门和地方按职责分工负责）") == [
        ("某发展改革委", L), ("有关部门和地方", R)]
    assert pairs("建设示范点。（某发展改革委、各有关部门和地方按职责分工负责）") == [
        ("某发展改革委", R), ("各有关部门和地方", R)]


def test_a_name_that_is_only_a_level_word_is_no_unit_and_is_reported():
    """`责任单位：市` (a name cut by the page's end): a level word alone (市 / 区 / 县 / 省) names no body; the task keeps
    no unit and the reading says what it could not read."""
    reading = read_task("优化服务流程。简化手续。责任单位：市")
    assert reading.assignments == []
    assert any("'市', which names no unit" in message for _, message in reading.warnings)
    assert [(a.name, a.role) for a in read_task("开展检查。（责任单位：区X局、区）").assignments] == [("区X局", R)]


def test_leaders_named_by_post_before_the_departments_are_no_units():
    """Provincial 分工意见 name the leaders answering for a task by post before the departments:
    `（分管副省长、协管副秘书长负责，省X厅牵头）`. The posts are people, not bodies: not read as units, and the
    reading says so; the annotation's departments are read as usual."""
    reading = read_task("推进创新平台建设（分管副省长、协管副秘书长负责，省X厅牵头）。")
    assert [(a.name, a.role) for a in reading.assignments] == [("省X厅", L)]
    assert any("'分管副省长' names people" in message for _, message in reading.warnings)
    assert [(a.name, a.role) for a in read_task("（市领导负责，市Y局牵头，市Z局配合）").assignments] == [
        ("市Y局", L), ("市Z局", S)]
    assert [(a.name, a.role) for a in read_task("（市长助理负责，市Y局牵头）").assignments] == [("市Y局", L)]


def test_a_rule_giving_the_others_any_role_and_a_standing_note_on_the_others_add_no_unit():
    """`列第一位的为牵头部门，其他部门和单位按职责分工负责，下同`: the rule's second half gives the others a role
    (here a shared one); `明确牵头部门的，其他有关部门配合，不逐一列出，下同`: a standing note on the units each task
    leaves unlisted. Neither names a unit; the rule still makes the first listed unit lead."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text("某省重点工作部门分工的意见\n一、推进创新\n"
                         "（一）建设创新平台。推进示范区建设（省X厅牵头。明确牵头部门的，其他有关部门配合，不逐一列出，下同）。\n"
                         "（二）落实减税政策。落实加计扣除（省X厅、省Y委、省Z局等负责。列第一位的为牵头部门，"
                         "其他部门和单位按职责分工负责，下同）。\n（三）建设众创空间。（省Y委、省X厅负责）\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("省X厅", L)], [("省X厅", L), ("省Y委", R), ("省Z局", R)], [("省Y委", L), ("省X厅", R)]]


def test_a_group_after_deng_ends_the_bodies_before_a_joined_list_of_localities():
    """`（省X委、省Y厅等省有关部门和各地级以上市人民政府按职责分工负责）`: after 等 the group the bodies belong to,
    then 和 and the localities: the group is dropped from the last body's name, the localities are a name."""
    assert [(a.name, a.role) for a in read_task(
        "鼓励民间投资。（省X委、省Y厅等省有关部门和各地级以上市人民政府按职责分工负责）").assignments] == [
        ("省X委", R), ("省Y厅", R), ("各地级以上市人民政府", R)]


def test_a_group_after_deng_is_dropped_after_a_short_trade_name_too():
    """`海关、边检、海事等口岸查验单位`: a list of bodies' short trade names closed by the group they belong to; the
    group is no word of the last name, as after a body's full name (某海事局等…) or before 等部门."""
    assert pairs("清理收费。（甲口岸办牵头，海关、边检、海事等口岸查验单位配合）") == [
        ("甲口岸办", L), ("海关", S), ("边检", S), ("海事", S)]
    assert pairs("清理收费。（甲口岸办牵头，某海关、某海事局等口岸查验单位配合）") == [
        ("甲口岸办", L), ("某海关", S), ("某海事局", S)]


def test_a_pair_of_domains_joined_inside_a_collective_name_stays_one_name():
    """`各地工业和信息化主管部门`: 和 joins two domains inside one body's name (工业和信息化, 住房和城乡建设), even after
    a collective opening; between a collective and a body (`各级党政和市目标办`) it still parts two names."""
    assert pairs("（某部牵头，各地工业和信息化主管部门、各地住房和城乡建设部门落实）") == [
        ("某部", L), ("各地工业和信息化主管部门", I), ("各地住房和城乡建设部门", I)]
    assert pairs("（各级党政和市目标办负责）") == [("各级党政", R), ("市目标办", R)]


def test_a_list_mark_inside_quotes_is_part_of_a_name():
    """A body named after a quoted slogan or title (县“甲检查、乙公开”工作联席会议, 《丙、丁条例》实施专班) keeps the 、
    inside its quotes: only a 、 outside “” and 《》 parts two names."""
    assert pairs("（县甲局牵头，县“甲检查、乙公开”工作联席会议成员单位配合）") == [
        ("县甲局", L), ("县“甲检查、乙公开”工作联席会议成员单位", S)]
    assert pairs("（《丙、丁条例》实施专班、县戊局负责）") == [("《丙、丁条例》实施专班", R), ("县戊局", R)]


def test_a_merged_county_culture_bureau_after_a_collective_opening_stays_one_name():
    """A county's merged bureau names three or four domains before 和旅游局 (文化体育和旅游局, 文化广电和旅游局): after a
    collective opening (各县（市、区）, 各县) its 和 parts no names; between two bodies it still does."""
    assert pairs("（市某协会、各县（市、区）文化体育和旅游局负责）") == [
        ("市某协会", R), ("各县（市、区）文化体育和旅游局", R)]
    assert pairs("（各区文化广电和旅游局负责）") == [("各区文化广电和旅游局", R)]
    assert pairs("（市体育局和市旅游局负责）") == [("市体育局", R), ("市旅游局", R)]


def test_guiding_and_supervising_bodies_support_and_the_body_that_answers_first_leads():
    """`（指导单位：省X厅；责任单位：…）` labels the guiding body as the verb 指导 does: support; so do `督导` and
    `监督(指导)` after a body's name (`省X厅督导，各地落实`); `省X厅主责` leads, as the label 主责单位 does."""
    assert pairs("（指导单位：省X厅；责任单位：各市人民政府）") == [("省X厅", S), ("各市人民政府", R)]
    assert pairs("（省X厅督导，各地落实）") == [("省X厅", S), ("各地", I)]
    assert pairs("（省X厅监督指导，各地落实）") == [("省X厅", S), ("各地", I)]
    assert pairs("（省X厅主责，省Y厅协办）") == [("省X厅", L), ("省Y厅", S)]
    assert pairs("加强监督。开展督导。") == []


def test_a_role_stated_as_a_label_after_wei():
    """`市X局为牵头单位，市Y局、市Z局为配合单位`: the role written as a label after 为 ends the list as a verb does,
    in brackets or as a sentence of its own; a positional rule (`排在第一位的为牵头单位`) is not such a list."""
    assert pairs("建立机制。（市X局为牵头单位，市Y局为配合单位）") == [("市X局", L), ("市Y局", S)]
    assert pairs("建立机制。市X局为牵头单位，市Y局、市Z局为配合单位。") == [("市X局", L), ("市Y局", S), ("市Z局", S)]
    assert pairs("建立机制。（市X局、市Y局，排在第一位的为牵头单位）") == [("市X局", R), ("市Y局", R)]


def test_with_verb_after_a_lead_verb_and_before_an_action():
    """`X牵头会同Y负责`: the verb before 会同 leaves X leading; `X牵头，会同Y、Z推进`: after 会同 the units run into
    the action they take part in, which is no role verb: the list ends at the action."""
    assert pairs("（市X局牵头会同市Y局负责）") == [("市X局", L), ("市Y局", S)]
    assert pairs("（市X局牵头，会同市Y局、市Z局推进）") == [("市X局", L), ("市Y局", S), ("市Z局", S)]
    assert pairs("（市X局会同市政策研究室负责）") == [("市X局", L), ("市政策研究室", S)]


def test_partners_clause_set_off_by_a_comma_before_the_work():
    """`由X牵头，会同Y、Z等部门，在…基础上，起草…`: the partners after 会同 close their own clause with a comma, the
    circumstances and the work after it; they support as they do when the work follows with no comma (before: only X
    was read). Without 由, and with a sector's department named bare after a lead at the same level, alike."""
    assert pairs("起草方案。由县甲局牵头，会同县乙办、县丙局等部门，在调研基础上，起草形成方案文本。") == [
        ("县甲局", L), ("县乙办", S), ("县丙局", S)]
    assert pairs("开展评估。县甲局牵头，会同县丙局，开展中期评估。") == [("县甲局", L), ("县丙局", S)]
    assert pairs("开展清理。由各级财政部门牵头，会同发展改革部门，对拖欠款项开展专项清理。") == [
        ("各级财政部门", L), ("发展改革部门", S)]
    # a clause after 会同 that names work, not bodies, is the task's wording
    assert pairs("开展评估。县甲局牵头，会同有关方面研究，开展中期评估。") == [("县甲局", L)]


def test_a_label_set_apart_from_its_units_by_spaces_on_a_line_of_its_own():
    """`责任单位　市X局、市Y局`: a page copied from a two-cell layout keeps only the gap between the label and the
    units. Read where the rest of the line is names of bodies only; a line of header words is not."""
    assert pairs("建立机制。\n责任单位　市X局、市Y局") == [("市X局", R), ("市Y局", R)]
    assert pairs("建立机制。\n牵头单位  区X局\n配合单位  各街道") == [("区X局", L), ("各街道", S)]
    assert pairs("建立机制。\n牵头单位 配合单位 完成时限") == []
    assert pairs("建立机制。\n责任单位 要加强协调配合") == []


def test_a_duty_manner_phrase_closes_a_list_whose_verb_names_no_role():
    """`A、B按职责分工做好相关工作` (or a verb the page cut: `A、B等按职责分`): the duty manner phrase ends the list,
    which shares the duty as a list without a verb does; adverbs such as 分头 / 密切 and the verbs 抓落实 / 推动落实
    do not stay in the last name."""
    assert pairs("（市X局牵头，市Y局、市Z局按职责分工做好相关工作）") == [("市X局", L), ("市Y局", R), ("市Z局", R)]
    assert pairs("（市X局牵头，市Y局、市Z局等按职责分") == [("市X局", L), ("市Y局", R), ("市Z局", R)]
    assert pairs("（市X局牵头，市Y局、市Z局分头落实）") == [("市X局", L), ("市Y局", I), ("市Z局", I)]
    assert pairs("（市X局牵头，市Y局密切配合）") == [("市X局", L), ("市Y局", S)]
    assert pairs("（市X局牵头，市Y局按职责分工抓落实）") == [("市X局", L), ("市Y局", I)]


def test_a_clause_of_schedule_in_an_annotation_names_no_unit():
    """`（X牵头，Y、Z按职责分工负责，2025年底前出台）`: 出台 ends like 电视台, yet a clause opening with a year says when;
    so do `2025—2027年持续推进` and `分年度实施`. A number that is no year (`12345热线办`) still opens a name."""
    def read(text):
        reading = read_task(text)
        return [(a.name, a.role) for a in reading.assignments], reading.deadlines

    assert read("（市X局牵头，市Y局按职责分工负责，2025年底前出台）") == ([("市X局", L), ("市Y局", R)], ["2025年底前出台"])
    assert read("（市X局牵头，市Y局按职责分工负责，2025—2027年持续推进）") == (
        [("市X局", L), ("市Y局", R)], ["2025—2027年持续推进"])
    assert read("（市X局负责，分年度实施）") == ([("市X局", R)], ["分年度实施"])
    assert read("（市X局牵头，12345热线办配合）")[0] == [("市X局", L), ("12345热线办", S)]


def test_the_offices_and_schools_a_bureau_names_in_its_own_plan_are_units():
    """A county bureau's own 工作要点 names its internal offices (人事股, 基础教育股, 医务科), the bodies it runs
    (县文化馆) and its schools (县第一中学, 各中小学, 各幼儿园): they end like names of bodies, so a bracket of them
    with their verbs is an annotation. Fields of study (本科、专科) and holdings (控股) end so and name no office."""
    assert pairs("推进学前教育普惠发展。（基础教育股牵头，计划财务股、县文化馆配合）") == [
        ("基础教育股", L), ("计划财务股", S), ("县文化馆", S)]
    assert pairs("提升职业教育质量（职成教股负责）。") == [("职成教股", R)]
    assert pairs("规范医疗服务行为。（医务科牵头，护理部、各临床科室落实）") == [
        ("医务科", L), ("护理部", I), ("各临床科室", I)]
    assert pairs("加强体育教育。（县第一中学、各中小学、各幼儿园按职责分工负责）") == [
        ("县第一中学", R), ("各中小学", R), ("各幼儿园", R)]
    assert pairs("开展安全检查。（教育股牵头，各校、各园落实）") == [("教育股", L), ("各校", I), ("各园", I)]
    assert pairs("开展安全检查。（各校负责）") == [("各校", R)]
    assert pairs("扩大招生规模（本科、专科）。") == []
    assert pairs("引导社会资本参与（国有控股、民营参股）。") == []


def test_a_school_named_short_by_its_place_is_a_unit_beside_the_offices():
    """A county bureau's plan names its schools short beside its 股室 (（高中股、县一中、县二中）, （职成股、县职业中专）):
    a place and a numeral before 中 / 小 (县一中, 城关二小), or a kind of school written short (中专, 职高, 特校). Such a
    name is a body's, so the bracket is the task's units, offices included; school levels (初中, 高中, 中专 alone) and
    words ending in 中 (集中, 其中) name no body."""
    plan = _one_plan("某县教育局2030年工作要点\n一、提升教育质量\n"
                     "1.推动县域高中振兴。实施振兴计划。（高中股、县一中、县二中）\n"
                     "2.提升职业教育能力。开展技能培训。（职成股、县职业中专）\n"
                     "3.做好特殊教育。落实一人一案。（基教股、县特校）\n"
                     "4.推进幼小衔接。开展衔接实验。（基教股、城关二小、县职高）\n")
    assert {t.number: _units(t) for t in plan.tasks()} == {
        1: [("高中股", R), ("县一中", R), ("县二中", R)], 2: [("职成股", R), ("县职业中专", R)],
        3: [("基教股", R), ("县特校", R)], 4: [("基教股", R), ("城关二小", R), ("县职高", R)]}
    assert pairs("扩大招生规模（初中、高中）。") == []
    assert pairs("扩大招生规模（中专、职高）。") == []
    assert pairs("完成改造（其中一小部分、统一中）。") == []
    # a school level or track before a kind is no place: (初中职高) names two kinds of school
    assert pairs("扩大招生规模（初中职高）。") == []
    assert pairs("扩大招生规模（普高职高）。") == []


def test_a_person_label_after_a_wide_gap_ends_the_list_of_units():
    """Duty sheets of a bureau's own plan set the office and the leader in charge on one line, apart by a wide gap
    (责任股室：计划财务股　　分管领导：王某): the person's label starts a clause of its own and is not glued to the
    last unit's name; a single space does not part a name."""
    assert pairs("落实教师待遇。\n责任股室：计划财务股\u3000\u3000分管领导：王某") == [("计划财务股", R)]
    assert pairs("规范党员管理。\n责任科室：组织办、党建办  责任领导：李某") == [("组织办", R), ("党建办", R)]
    assert pairs("加强督导。\n牵头股室：督导室   责任人：张某\n配合股室：办公室") == [("督导室", L), ("办公室", S)]


def test_the_towns_and_streets_of_a_district_are_localities():
    """A district bureau names its towns and streets together (各镇街): a locality, so a list holding it is read."""
    assert [(a.name, a.role) for a in read_task("加强校园安全。（安全管理科、各镇街、各学校负责）").assignments] == [
        ("安全管理科", R), ("各镇街", R), ("各学校", R)]


def test_a_hospitals_departments_named_by_their_field_are_bodies():
    """A hospital names its departments by the field they work in: 急诊医学科, 核医学科, 院感管理科, 病理科. Their 学科 /
    理科 tail is no field of study (重点学科, 优势学科 stay no body)."""
    assert pairs("规范急救流程。（急诊医学科牵头，核医学科、病理科配合）") == [("急诊医学科", L), ("核医学科", S), ("病理科", S)]
    assert pairs("加强院感监测。（院感管理科负责）") == [("院感管理科", R)]
    assert pairs("推进诊疗服务。由全科医学科负责，各临床科室配合。") == [("全科医学科", R), ("各临床科室", S)]
    assert pairs("建设重点学科。（优势学科负责）") == []


def test_a_person_label_after_one_space_ends_the_list_of_units():
    """（责任科室：办公室　责任人：王某）: one space (a full-width one) before a label naming a person ends the units;
    other words after one space are not split off."""
    assert pairs("加强政治建设。\n（责任科室：办公室\u3000责任人：王某）") == [("办公室", R)]
    assert pairs("加强政治建设。（牵头科室：政工科 分管领导：李某；配合科室：办公室）") == [("政工科", L), ("办公室", S)]


def test_a_bare_person_label_glued_after_a_units_name_ends_the_name():
    """分管领导：陈某责任站所：宣传办责任人：郑某: a town's duty fields run together on one line; a bare 责任人 / 联系人 glued
    after a body's name starts the person's field, as 责任领导 does, and is no part of the name. After a collective
    (各科室负责人：) the words are one person's label (the head of each office), no unit."""
    assert pairs("抓好宣传工作。\n分管领导：陈某某责任站所：宣传办责任人：郑某") == [("宣传办", R)]
    assert pairs("推进招商引资。\n责任站所：经发办、统计站联系人：吴某") == [("经发办", R), ("统计站", R)]
    assert pairs("推进招商引资。\n分管领导：吴某\u3000\u3000各科室负责人：按分工负责") == []


def test_the_people_in_charge_a_bureaus_plan_lists_among_its_offices_are_not_units():
    """A bureau's, a school's or a hospital's own plan lists the people in charge beside its offices (各科室负责人,
    分管领导, 各学校校长, 班主任): people, not units, and the reading says so; offices named after their head
    (院长办公室, 领导小组办公室) stay units."""
    reading = read_task("落实安全责任。\n责任科室：办公室、各科室负责人")
    assert [(a.name, a.role) for a in reading.assignments] == [("办公室", R)]
    assert any("各科室负责人" in w for _, w in reading.warnings)
    assert [(a.name, a.role) for a in read_task("开展家访。（德育科负责，各学校校长、班主任落实）").assignments] == [("德育科", R)]
    assert [(a.name, a.role) for a in read_task("规范诊疗。（院长办公室、领导小组办公室负责）").assignments] == [
        ("院长办公室", R), ("领导小组办公室", R)]


def test_the_office_that_oversees_the_units_supports_them():
    """(各党支部负责，机关党委督导) / (…落实，县纪委监委监督): the office overseeing the units that carry a task out
    supports them, as one that guides them (指导) does; 监督 inside an office's name (第一监督检查室) is no verb."""
    assert pairs("开展主题党日。（各党支部负责，机关党委督导）") == [("各党支部", R), ("机关党委", S)]
    assert pairs("整治形式主义。（各单位落实，县纪委监委监督）") == [("各单位", I), ("县纪委监委", S)]
    assert pairs("开展专项检查。（县纪委监委第一监督检查室牵头，党风政风监督室配合）") == [
        ("县纪委监委第一监督检查室", L), ("党风政风监督室", S)]
    # inside words of the task, after a label, no verb: the label is followed by words of a task (and says so)
    reading = read_task("开展专项检查。（责任单位：加强督导检查，市燃气办）")
    assert [(a.name, a.role) for a in reading.assignments] == [("市燃气办", R)] and "加强督导检查" in reading.warnings[0][1]


def test_the_labels_of_a_party_bodys_own_plan_name_its_offices():
    """A discipline commission's or a party committee's own plan labels its offices and departments 牵头室 / 配合室 /
    责任部室 / 牵头部室 / 责任室（部）: read as 牵头单位 / 配合单位 / 责任单位 are."""
    assert pairs("开展专项监督。\n牵头室：党风政风监督室\n配合室：第一监督检查室、第二监督检查室") == [
        ("党风政风监督室", L), ("第一监督检查室", S), ("第二监督检查室", S)]
    assert pairs("加强警示教育。\n责任部室：宣传部、案件审理室") == [("宣传部", R), ("案件审理室", R)]
    assert pairs("纠治四风。（牵头部室：党风政风监督室；配合部室：宣传部）") == [("党风政风监督室", L), ("宣传部", S)]
    assert pairs("加强内部监督。\n责任室（部）：干部监督室") == [("干部监督室", R)]


def test_the_labels_of_a_towns_and_a_bureaus_own_plan_name_its_stations_and_sections():
    """A town's plan labels its offices and stations 责任站所 / 牵头站所 / 责任办所; a bureau's plan names its sections
    责任科 / 责任股, or gives the head another way in brackets (责任单位（科室）, 责任科（室）)."""
    assert pairs("清理河道。\n包村领导：张某\n责任站所：镇水利站、镇林业站") == [("镇水利站", R), ("镇林业站", R)]
    assert pairs("防汛检查。（牵头站所：镇水利站；配合站所：各村）") == [("镇水利站", L), ("各村", S)]
    assert pairs("落实资金。\n责任办所：党政办、财政所") == [("党政办", R), ("财政所", R)]
    assert pairs("落实包村制度。\n责任站办所：党政办；配合站办所：组织办") == [("党政办", R), ("组织办", S)]
    assert pairs("规范执法。\n责任单位（科室）：办公室、执法股") == [("办公室", R), ("执法股", R)]
    assert pairs("规范执法。（责任科（室）：法规科；配合股：执法股）") == [("法规科", R), ("执法股", S)]


def test_a_towns_office_or_station_alone_heads_a_label_before_its_colon():
    """A town's plan labels its offices by 办 alone (责任办：党政办), its stations by 站 (配合站：农技站) or both (责任站办：):
    labels only right before their colon, so 实施办法 / 牵头办理 / 负责办好 stay words of the text."""
    assert pairs("抓好财税征收。\n责任办：财政所、便民服务中心") == [("财政所", R), ("便民服务中心", R)]
    assert pairs("抓好财税征收。\n责任人:陈某   责任办:财政所  配合:经济发展办") == [("财政所", R), ("经济发展办", S)]
    assert pairs("推进产业融合。(责任办:农业服务中心、财政所,各村落实)") == [("农业服务中心", R), ("财政所", R), ("各村", I)]
    assert pairs("防汛检查。（牵头办：应急办；配合站：水利站、农技站）") == [("应急办", L), ("水利站", S), ("农技站", S)]
    assert pairs("落实包村制度。\n责任站办：党政办、农技站") == [("党政办", R), ("农技站", R)]
    assert pairs("制定实施办法。（县X局牵头办理，县Y局配合）") == [("县X局", L), ("县Y局", S)]


def test_words_that_give_a_role_only_after_a_name_or_at_the_end_stay_inside_names():
    """组织 / 督导 give a role after a body's name at a clause's end (省X厅组织，各市实施), not inside a name
    (社会组织党组织); before a one-character head 督导 / 指导 name an office (督导室), while 督导单位 stays a label."""
    assert pairs("加强党建。\n落实单位：辖区各非公企业和社会组织党组织") == [("辖区各非公企业和社会组织党组织", I)]
    assert pairs("推进检查。（省X厅组织，各市实施）") == [("省X厅", L), ("各市", I)]
    assert pairs("开展督导检查。市防指办组织督导组开展督导。") == []  # 组织 with an object: the sentence is the task's
    assert pairs("推进检查。（省X厅监督指导，各地落实）") == [("省X厅", S), ("各地", I)]
    assert pairs("加强督导。\n牵头股室：督导室\n配合股室：办公室") == [("督导室", L), ("办公室", S)]
    assert pairs("推进检查。（督导单位：省X厅；责任单位：各市人民政府）") == [("省X厅", S), ("各市人民政府", R)]


def test_works_farms_parks_universities_and_bank_branches_end_like_names():
    """Plans of other sectors than safety give tasks to works (县自来水厂), state farms (国有X林场, 县良种场), parks
    (X工业园), universities (X大学), bank branches (农业银行X县支行, X农商行), troupes (县文工团) and prisons: a bare
    bracket or a verb clause of such names is an annotation. Words that end so and name no body stay text."""
    assert pairs("保障饮用水安全。（县生态环境局、县水利局、县自来水厂）") == [
        ("县生态环境局", R), ("县水利局", R), ("县自来水厂", R)]
    assert pairs("防治面源污染。（县农业农村局牵头，国有青峰林场、县良种场配合）") == [
        ("县农业农村局", L), ("国有青峰林场", S), ("县良种场", S)]
    assert pairs("开展科研合作。（某某大学、县科技局）") == [("某某大学", R), ("县科技局", R)]
    assert pairs("创新绿色金融。（农业银行某县支行、某县农商行按职责分工负责）") == [
        ("农业银行某县支行", R), ("某县农商行", R)]
    assert pairs("整治园区污水。（某某工业园、县污水处理厂、县文工团）") == [
        ("某某工业园", R), ("县污水处理厂", R), ("县文工团", R)]
    assert pairs("规范经营秩序（农贸市场、批发市场）。") == []
    assert pairs("推动产业集聚（抱团、组团）。") == []
    assert pairs("创建一批示范企业（智能工厂、绿色工厂）。") == []


def test_the_armys_local_commands_end_in_a_place_word_and_are_bodies():
    """X军分区 / X警备区 end in 区 like a district, yet name a body: a bare bracket of bodies holding one is read,
    while a bracket of places alone (市、区) stays part of a name."""
    assert pairs("维护社会稳定。（市公安局、某某军分区、某某警备区）") == [
        ("市公安局", R), ("某某军分区", R), ("某某警备区", R)]
    assert pairs("各县（市、区）要抓好落实。") == []


def test_river_forest_and_field_chiefs_are_people_and_their_offices_are_units():
    """The river / lake / forest / field chief systems name officials (各级河长, 县级林长, 村级田长) beside their
    offices (县河长办, 县林长办): the chiefs are people, the offices units."""
    assert pairs("落实巡河制度。（各级河长负责，县河长办督导）") == [("县河长办", S)]
    assert pairs("推进联合巡查。（各级林长、县级河长负责，县林长办、县河长办配合）") == [
        ("县林长办", S), ("县河长办", S)]
    assert pairs("落实耕地保护。\n责任单位：县自然资源局、村级田长") == [("县自然资源局", R)]


def test_a_sentence_telling_someone_to_set_up_an_organisation_names_no_unit():
    """依法在企事业单位建立工会组织。 / 在企业中建立团组织。: 组织 there is the noun (the union's, the league's
    organisation) and the words before it say what to set up, so the sentence is no units' sentence (read before as
    a unit 依法在企事业单位建立工会 that leads). A body that organises (市总工会组织，各单位参与。) still leads."""
    assert pairs("完善民主管理。依法在企事业单位建立工会组织。（牵头单位：市总工会，配合单位：市国资委）") == [
        ("市总工会", L), ("市国资委", S)]
    assert pairs("加强青年工作。在非公企业中成立团组织。（市X局负责）") == [("市X局", R)]
    assert pairs("开展职工活动。市总工会组织，各单位参与。") == [("市总工会", L), ("各单位", S)]


def test_kinds_of_locality_opened_by_a_qualifier_share_their_head():
    """各有关区、县级市政府 / 各相关县、市政府: the kinds of locality after 各 and a qualifier (有关, 相关) share the head
    after them, as 各区、县级市政府 does: one name as written, not 各有关区 and 县级市政府."""
    assert pairs("加强农村养老服务。（牵头单位：市民政局，配合单位：市X局，各有关区、县级市政府）") == [
        ("市民政局", L), ("市X局", S), ("各有关区、县级市政府", R)]
    assert pairs("推进危房改造。（市Y局牵头，各相关县、市政府落实）") == [("市Y局", L), ("各相关县、市政府", I)]


def test_named_development_zones_and_a_bookshop_in_a_bracket_of_bodies():
    """A city's plan lists its zones among the departments under the short names only a named zone takes
    (江川经开区, 江川高新区, 滨江新区): bodies, so a bare bracket holding them is read. Kinds of zone, alone or spelt
    out (经开区、高新区 / 经济技术开发区), stay places. A culture plan names the bookshop (县新华书店)."""
    assert pairs("推进开放平台建设。（市商务局、某某经开区、某某高新区、滨江新区）") == [
        ("市商务局", R), ("某某经开区", R), ("某某高新区", R), ("滨江新区", R)]
    assert pairs("开展全民阅读。（县融媒体中心、县新华书店）") == [("县融媒体中心", R), ("县新华书店", R)]
    assert pairs("支持各类开发区建设（经开区、高新区）。") == []
    assert pairs("支持各类开发区建设（经济技术开发区、高新技术产业开发区）。") == []


def test_a_party_organisation_before_a_verb_beginning_with_organise_keeps_its_name():
    """各机关党组织落实 / 各社会组织组织实施: 组织 ends the name (党组织, 社会组织), the verb is what follows it; 组织实施
    after a body's full name (县委组织部组织实施) is still one verb."""
    def pairs(text: str) -> list[tuple[str, str]]:
        return [(a.name, a.role) for a in read_task(text).assignments]

    assert pairs("加强党员教育。（工委组织部牵头，各机关党组织落实）") == [("工委组织部", L), ("各机关党组织", I)]
    assert pairs("开展志愿服务。（区民政局牵头，各社会组织落实）") == [("区民政局", L), ("各社会组织", I)]
    assert pairs("开展培训。（县委组织部组织实施）") == [("县委组织部", I)]


def test_a_person_in_brackets_after_a_unit_is_no_part_of_its_name():
    """Duty sheets name each unit's 分管负责同志 in brackets after it (市X局（张某）, 市Y委（分管领导：李某）, （局长 王某某）,
    （王某副局长）) and an office's seat (领导小组办公室（设在市X局）): the unit is the name before the bracket, written as the
    text writes it; another name of the body in brackets (市委组织部（人才办）, 各县（市、区）人民政府) is kept whole."""
    assert pairs("招商。（牵头单位：市X促进局（张某）；配合单位：市Y委（分管领导：李某）、市Z中心（负责人：陈某某））") == [
        ("市X促进局", L), ("市Y委", S), ("市Z中心", S)]
    assert pairs("服务。（责任单位：市X局（局长 王某某）、市Y局（王某副局长）、市Z办（分管副主任）、办公室（刘某、赵某））") == [
        ("市X局", R), ("市Y局", R), ("市Z办", R), ("办公室", R)]
    assert pairs("调度。（责任单位：市X工作领导小组办公室（设在市Y局）、市委组织部（人才办）、各县（市、区）人民政府）") == [
        ("市X工作领导小组办公室", R), ("市委组织部（人才办）", R), ("各县（市、区）人民政府", R)]
    assert pairs("登记。（责任单位：市X局（吴某）／市Y局（周某））") == [("市X局", R), ("市Y局", R)]
    assert pairs("登记。（责任单位：市X局（分管领导）、市Y局（局长））") == [("市X局", R), ("市Y局", R)]
    # a contact and the contact's telephone (a 推进表's unit cell); a number alone names no person
    assert pairs("建设。（责任单位：县X局（张某，13900000000）、县Y局（李某某 0791-1234567））") == [("县X局", R), ("县Y局", R)]
    # a domain or another office in brackets is not a person (林 and 黄 open family names too)
    assert pairs("造林。（责任单位：市自然资源局（林业）、市水利局（黄河办））") == [
        ("市自然资源局（林业）", R), ("市水利局（黄河办）", R)]


def test_a_note_of_charge_after_the_person_and_a_brigade_head_are_people():
    """县X局 副局长 许某（分管） / 县X局（副局长 潘某，分管）: a note of how the person answers for the work (分管) is the
    person's, not a name; 大队长 / 支队长 after a 大队's or 支队's name is its head, a post (not 大队 + 长)."""
    assert pairs("建校。（牵头单位：县甲局 副局长 许某（分管）；责任单位：县乙局）") == [("县甲局", L), ("县乙局", R)]
    assert pairs("文旅。（牵头单位：县丙局（副局长 潘某，分管）；责任单位：青山镇人民政府）") == [
        ("县丙局", L), ("青山镇人民政府", R)]
    assert pairs("整治。（牵头单位：县公安局交警大队 大队长 田某；责任单位：县丁局）") == [
        ("县公安局交警大队", L), ("县丁局", R)]


def test_a_post_after_the_body_it_heads_names_the_body():
    """市公安局局长 / 各镇镇长 / 各县（市、区）人民政府主要负责同志: the body answers for the task through its head, and is
    read as the text writes it; a post after no body (分管副省长, 市政府分管领导, 王某副市长, 县长) stays a person."""
    assert pairs("治安。（责任单位：市公安局局长、各镇镇长、市X局副局长）") == [("市公安局", R), ("各镇", R), ("市X局", R)]
    assert pairs("招商。（责任单位：各县（市、区）人民政府主要负责同志、市X局局长）") == [
        ("各县（市、区）人民政府", R), ("市X局", R)]
    assert pairs("发展。（分管副省长负责，省X厅牵头，省Y厅配合）") == [("省X厅", L), ("省Y厅", S)]
    assert pairs("发展。（王某副市长、县长负责，市X局牵头）") == [("市X局", L)]
    # the post written sharing the body's last character (市公安局长, 各乡镇长): the body as written before it
    assert pairs("治安。（责任单位：市公安局长、各乡镇长）") == [("市公安局", R), ("各乡镇", R)]
    assert pairs("治安。（副镇长、分管副局长负责，市X局牵头）") == [("市X局", L)]
    # a post alone (局长, 所长): no body before it, a person; its last letters name no body (局, 所)
    assert pairs("执法。（局长负责，县X局配合）") == [("县X局", S)]
    assert pairs("执法。（县Y办牵头；所长负责）") == [("县Y办", L)]


def test_a_middle_dot_parts_two_bodies_as_a_slash_does():
    """市X局·市Y室 / 市X局・市Y办: notices set two offices side by side with a middle dot; both are units."""
    assert pairs("监督。（牵头单位：市纪委监委机关·市委督查室；配合单位：各有关单位）") == [
        ("市纪委监委机关", L), ("市委督查室", L), ("各有关单位", S)]
    assert pairs("活动。（责任单位：市X局・市Y办）") == [("市X局", R), ("市Y办", R)]


def test_a_vertical_bar_parts_bodies_as_a_task_system_exports_a_field():
    """县住建局|县财政局: sheets exported from a task system join a multi-valued field's names with a vertical bar; each
    is a unit. A bar inside words that are no names leaves them whole."""
    assert pairs("推进改造。（责任单位：县住建局|县财政局）") == [("县住建局", R), ("县财政局", R)]
    assert pairs("推进改造。（牵头单位：县住建局｜县财政局；配合单位：各乡镇）") == [
        ("县住建局", L), ("县财政局", L), ("各乡镇", S)]


def test_a_duty_clause_ending_in_a_role_verb_leaves_the_closing_clause_to_be_read():
    """坚持城乡统筹，县甲局负责。: the duty's own clause may end in a word that is a role's verb elsewhere (统筹, 协同推进)
    though it names no body; the closing units' clause after it is read. A clause naming a body with its own verbs
    (市X局负责…的指导和监管) stays the units' clause it is."""
    assert pairs("推进城乡融合。坚持城乡统筹，县甲局负责。") == [("县甲局", R)]
    assert pairs("推进城乡融合。推动区域协同推进，县甲局牵头，县乙局配合。") == [("县甲局", L), ("县乙局", S)]
    assert pairs("推进城乡融合。加强统筹监管，县甲局负责。") == [("县甲局", R)]


def test_domains_sharing_the_head_of_the_last_in_a_bracket_of_names_alone():
    """（省X厅、发展改革、市场监管部门）: a body, then domains written short that share the head 部门 of the last piece,
    in a bracket with no label and no verb: read as written, one name a piece. A bracket of words (含养老、托育等服务机构)
    opening with no body is not a list of units."""
    assert pairs("清理收费。（省财政厅、发展改革、市场监管部门）") == [("省财政厅", R), ("发展改革", R), ("市场监管部门", R)]
    assert pairs("发展服务业（含养老、托育、家政等服务机构）。") == []
    assert pairs("清理收费（省财政厅、2025年底前、市场监管部门）。") == []


@pytest.mark.parametrize("annotation, expected", [
    # the head shared after the last piece (等部门), the level word on the first only
    ("县发改、工信、商务等部门按职责分工负责", [("县发改", R), ("工信", R), ("商务", R)]),
    # the head on the last piece (水利局), the others short
    ("县住建、交通运输、水利局按职责分工负责", [("县住建", R), ("交通运输", R), ("水利局", R)]),
    # a full-named lead kept though the partners' clause is written short
    ("县人社局牵头，县教育、卫健、医保、民政等部门配合",
     [("县人社局", L), ("县教育", S), ("卫健", S), ("医保", S), ("民政", S)]),
    # a short lead list, then the localities carrying it out
    ("县发改、工信等部门牵头，各乡镇（街道）落实", [("县发改", L), ("工信", L), ("各乡镇（街道）", I)]),
    # no level word: the shared head alone marks the list
    ("发改、工信、商务等部门负责", [("发改", R), ("工信", R), ("商务", R)]),
    # prose under a verb: no shared head of bodies; or the verb does not close the list; a level word opening the
    # first piece alone marks nothing (县城建设 opens as 县发改 does)
    ("县城建设、集镇改造分别负责", []),
    ("加强监督、检查、指导等工作负责", []),
    ("统筹、协调、推进等部门负责", []),
    ("含教育、卫健等部门负责的项目", []),
])
def test_a_county_list_of_short_names_sharing_a_head_under_a_verb(annotation, expected):
    """County 分工 write units short (县发改、工信、商务等部门按职责分工负责): the level word on the first piece, the head
    (局, 部门) on the last or in 等部门. Judged clause by clause, such a list names bodies under its role verb, read as
    written one name a piece, and it does not sink a full-named lead in another clause of the bracket."""
    assert pairs(f"支持企业扩岗。建立用工服务专员制度。（{annotation}）") == expected


def test_the_organs_of_a_commission_are_one_body():
    """省纪委监委机关 / 市直机关 end in 机关: the organs of a body named as one body, read in a bare bracket too."""
    assert pairs("防范腐败。（省纪委监委机关、省工商联）") == [("省纪委监委机关", R), ("省工商联", R)]


def test_a_bare_head_after_a_collective_is_a_second_head_of_it():
    """市直有关部门、单位 / 各有关部门、单位: the 单位 after 、 shares the collective's opening (市直有关), as 各有关部门和单位
    does; it is one collective name as written, never a unit called 单位. After a body's name the list is left as it is."""
    assert pairs("办事。（牵头单位：市X局；责任单位：市直有关部门、单位，各区市政府）") == [
        ("市X局", L), ("市直有关部门、单位", R), ("各区市政府", R)]
    assert pairs("办事。（市X局牵头，各有关部门、单位配合）") == [("市X局", L), ("各有关部门、单位", S)]
    assert pairs("办事。（各有关部门、单位按职责分工负责）") == [("各有关部门、单位", R)]


def test_a_conjunction_opening_a_clause_names_no_unit():
    """（X牵头，并会同Y、Z落实） / （X牵头，同时由Y负责督促）: 并 / 同时 join the clause to the one before; read as a unit,
    并 led the task."""
    assert pairs("推进。（市X局牵头，并会同市Y局、市Z局落实）") == [("市X局", L), ("市Y局", S), ("市Z局", S)]
    assert pairs("推进。（市X局牵头，并由市Y局配合）") == [("市X局", L), ("市Y局", S)]


def test_a_person_after_a_unit_set_apart_by_a_space_or_in_square_brackets():
    """市X局 张某 / 市X局 张某 李某 / 市X局【李某】 / 市X局（欧阳某某）: the person answering for the unit written after it by
    a space or in any bracket (a compound family name too) is not part of the unit's name."""
    assert pairs("推进。（责任单位：市X局 张某 李某、市Y局 王某某）") == [("市X局", R), ("市Y局", R)]
    assert pairs("推进。（责任单位：市X局[张某]、市Y局【李某】、市Z局（司马某））") == [("市X局", R), ("市Y局", R), ("市Z局", R)]
    assert pairs("推进。（责任单位：市应急局 市公安局）") == [("市应急局", R), ("市公安局", R)]


def test_bing_joins_two_names_only_before_a_names_opening_and_a_clause_of_where_the_result_goes_names_no_unit():
    """市X局并各县（市、区）人民政府: 并 between two names joins them as 和 does; 并报市政府备案 / 向社会公布 after the units say
    where the result goes, and name no unit of the task."""
    assert pairs("推进。（市X局并各县（市、区）人民政府负责）") == [("市X局", R), ("各县（市、区）人民政府", R)]
    assert pairs("推进。（责任单位：市X局、各县市区并市Y局）") == [("市X局", R), ("各县市区", R), ("市Y局", R)]
    assert pairs("推进。（市X局牵头，并报市政府备案）") == [("市X局", L)]
    assert pairs("推进。（市X局负责，向社会公布）") == [("市X局", R)]


def test_a_party_commissions_working_body_is_a_unit_and_overseeing_supports():
    """省纪委监委机关 / 市纪委监委机关: 机关 ends a body's name, as provincial 若干措施 name the commission's working
    body; after the others' duty it oversees them (监督): support."""
    assert pairs("防止拖欠账款。健全长效机制。（某工业厅、某国资委按职责分工负责，某纪委监委机关监督）") == [
        ("某工业厅", R), ("某国资委", R), ("某纪委监委机关", S)]
    assert pairs("严肃问责。依规依纪严肃问责。（某纪委监委机关负责）") == [("某纪委监委机关", R)]


def test_the_closing_clause_naming_who_explains_the_text_is_no_duty():
    """本措施自印发之日起施行，由X负责解释: the interpretation clause of 若干措施 names no one's share of a task."""
    assert pairs("完善机制。设立领导小组。（某发展改革委负责）各地要制定配套措施。本措施自印发之日起施行，"
                 "由某发展改革委负责解释。") == [("某发展改革委", R)]



def test_an_agent_settling_a_case_before_a_condition_of_failure_is_no_units_of_the_item():
    """由X协调，协调不成的，报请Y决定: a plan's requirements say who settles a dispute first and who decides if that
    fails, a rule for a case rather than the item's units; the item stays text. The same agent's clause with no such
    condition after it, and the item's own bracket, are still read (before: X read as the item's lead)."""
    assert pairs("加强统筹协调。涉及部门职责分工的重大分歧，由省司法厅协调，协调不成的，报请省政府决定。") == []
    assert pairs("化解用地争议。跨乡镇的用地争议，由县自然资源局牵头协调，协商不一致的，报县政府裁定。") == []
    assert pairs("推进数据共享。由省数据局牵头，省委网信办配合，年底前建成平台。") == [("省数据局", L), ("省委网信办", S)]
    plan = _plan_text("某省2025年度立法工作计划\n一、立法项目\n1.某省数据条例（省数据局起草）\n二、工作要求\n"
                      "（一）加强组织领导。各起草单位要明确专人，按时报送送审稿。\n"
                      "（二）加强统筹协调。涉及部门职责分工的重大分歧，由省司法厅协调，协调不成的，报请省政府决定。\n")
    assert [(t.number, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [(1, [("省数据局", R)])]


def _plan_text(text: str):
    (plan_text,) = read_bytes(text.encode("utf-8"), "plan.txt")
    return parse_plan(plan_text)


def test_an_agent_clause_filling_a_post_or_naming_the_members_own_body_is_no_duty():
    """A 联席会议制度 sets out who fills its posts (联络员由各成员单位有关司局负责同志担任) and who proposes a change
    of member (由所在单位提出): people appointed and a body named by reference, not a task's units. The same
    frame paragraphs under 二、成员单位 were read as two extra tasks before the members' duties."""
    assert pairs("联席会议设联络员，由各成员单位有关处室负责同志担任。") == []
    assert pairs("办公室主任由某卫生局分管负责人兼任。成员需要调整的，由所在单位提出。") == []
    assert pairs("成员名单报送工作，由所属部门审核。") == []
    assert pairs("开展联合检查，由某市场局负责。") == [("某市场局", R)]
    (plan,) = parse_text("某县联席会议制度\n一、成员单位\n联席会议由县市场局、县公安局组成。\n"
                         "联席会议成员需要调整的，由所在单位提出，联席会议确定。\n"
                         "联席会议设联络员，由各成员单位有关股室负责同志担任。\n二、成员单位职责\n"
                         "（一）县市场局：负责联席会议日常工作。\n（二）县公安局：负责打击违法犯罪。\n", "m.txt")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [(1, [("县市场局", R)]), (2, [("县公安局", R)])]


def test_an_agent_sentence_opened_by_the_task_named_again_is_the_units_own():
    """此项工作由X牵头，Y配合。: the words pointing back at the task stay out of the first name."""
    assert pairs("开展等级认定。支持学校开展认定。此项工作由某人社部牵头，某教育部配合。") == [
        ("某人社部", L), ("某教育部", S)]
    assert pairs("开展等级认定。支持学校开展认定。具体工作由某人社部负责。") == [("某人社部", R)]
    assert pairs("开展等级认定。支持学校开展认定。相关工作由某人社部会同某教育部负责。") == [
        ("某人社部", L), ("某教育部", S)]


def test_a_body_answering_for_oversight_is_responsible():
    """X负责督促指导，Y落实: 负责 before verbs of overseeing is the body's own duty (alone, 指导 / 督促 support)."""
    assert pairs("完善拨款制度。各地要落实拨款制度。某财政部负责督促指导，各省级财政部门落实。") == [
        ("某财政部", R), ("各省级财政部门", I)]
    assert pairs("完善拨款制度。（各县人民政府负责，某财政局指导）") == [("各县人民政府", R), ("某财政局", S)]


def test_a_campaigns_working_group_is_named_under_its_own_label():
    """牵头专班：X专班；配合单位：Y: 攻坚年 plans label the working group leading a task as 牵头专班 / 责任专班."""
    assert pairs("开展精准招商。绘制招商图谱。\n牵头专班：招商引资专班；配合单位：某商务局") == [
        ("招商引资专班", L), ("某商务局", S)]
    assert pairs("加快项目进度。实行月调度。\n责任专班：建设推进专班") == [("建设推进专班", R)]


def test_an_agent_clause_opening_a_sentence_names_the_body_doing_the_rest():
    """由X负责，指导…: the agent's clause opens the sentence, the clauses after it say what the body does."""
    assert pairs("推进达标建设。各地要摸清底数。由某教育部负责，指导各省级教育行政部门制定建设计划。") == [
        ("某教育部", R)]


def test_an_agent_clause_runs_on_through_the_clauses_naming_its_partners():
    """由X牵头，A、B配合，负责…: a 工作组 or task written in running text names its lead and those joining it in
    clauses of units and verbs before what they do; all those clauses belong to the agent."""
    assert pairs("加强安全监管。由某应急管理局牵头，某公安局、某消防救援支队参加，负责隐患排查。") == [
        ("某应急管理局", L), ("某公安局", S), ("某消防救援支队", S)]
    # a clause of the task's own wording after the lead stops the run
    assert pairs("加强安全监管。由某应急管理局牵头，加强统筹协调，确保安全。") == [("某应急管理局", L)]


def test_the_agents_duty_ending_in_a_verb_of_doing_is_no_units_clause():
    """由X牵头，A、B参加，负责日常对接和具体落实: the clause after the agents' says what they do; its work ending in 落实
    (a verb a units' clause also ends with) does not make the whole sentence units' clauses, which read nothing. The
    same with a topic before 由 (乙方由X牵头，…) and where the work is the verb alone."""
    assert pairs("组建工作专班。由某合作处牵头，某人事处、某教务处参加，负责日常对接和具体落实。") == [
        ("某合作处", L), ("某人事处", S), ("某教务处", S)]
    assert pairs("组建工作专班。学校一方由某合作处牵头，某人事处参加，负责具体落实。") == [("某合作处", L), ("某人事处", S)]
    # a body opening the closing clause is a units' clause: it takes its role
    assert pairs("组建工作专班。由某合作处牵头，某人事处参加，某教务处负责具体落实。") == [
        ("某合作处", L), ("某人事处", S), ("某教务处", I)]


def test_an_agent_clause_opening_an_items_first_sentence_before_the_work_is_read():
    """1.由X牵头，Y、Z参与，推进…: an item opens its first sentence with its units' clauses and goes straight on to the
    work; those clauses are its units, as the same clauses in a later sentence are. A first sentence opening with 由
    and no units' clause before the work (由企业自主决定) names none."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text(
        "某县交通运输局2030年工作要点\n"
        "一、重点工作\n"
        "1.由县养护中心牵头，县财政局、县林业局参与，推进乡村道路提质改造。\n"
        "2.由县养护中心牵头，县财政局配合，推进危桥改造。\n"
        "3.推进客运站改造。由县客运所牵头，县财政局参与。\n"
        "4.由企业自主决定，推进站点改造。\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("县养护中心", L), ("县财政局", S), ("县林业局", S)], [("县养护中心", L), ("县财政局", S)],
        [("县客运所", L), ("县财政局", S)], []]


def test_a_body_and_its_partners_opening_a_sentence_lead_and_support():
    """X会同Y、Z发布…: joint ministry notices write a task's duty into its text; the body before 会同 leads, the
    partners support, the action and its object stay text (in full names too: 国家发展和改革委员会会同…)."""
    assert pairs("优化专业结构。某教育部会同某工业部、某农业部发布人才需求目录，引导学校撤并专业。") == [
        ("某教育部", L), ("某工业部", S), ("某农业部", S)]
    assert pairs("遴选企业。某发展和改革委员会会同某教育部遴选县域产教融合型企业。") == [
        ("某发展和改革委员会", L), ("某教育部", S)]
    # two bodies opening it, localities' departments, partners closed by a comma before the action
    assert pairs("推进学徒制。某人社部、某教育部会同某财政部制定支持政策。") == [
        ("某人社部", L), ("某教育部", L), ("某财政部", S)]
    assert pairs("推进职普融通。各地教育行政部门会同发展改革部门制定实施方案。") == [
        ("各地教育行政部门", L), ("发展改革部门", S)]
    assert pairs("支持园区。某发展改革委会同某工业部，在有条件的园区布局实训基地。") == [
        ("某发展改革委", L), ("某工业部", S)]
    # a subject told what it must or will do, the title sentence and the text's interpretation clause name no one
    assert pairs("加强协同。各地要会同某教育部建立协同机制。") == []
    assert pairs("加强协同。某教育部将会同某财政部开展督查。") == []
    assert pairs("某教育部会同某财政部制定办法。加强协同。") == []
    assert pairs("附则。本措施由某工业局会同某财政局负责解释。") == []


def test_a_body_told_with_a_modal_to_work_with_partners_leads_where_the_plan_names_units_task_by_task():
    """X要会同Y… / X应当会同Y…: the plan's modal between a body's whole name and 会同 tells that body what to do with
    whom; in a plan naming other tasks' units apart (（四）'s 由X牵头，Y配合) the body leads, the partners support, and a
    second clause's body keeps its own verb. Where no task names a unit apart (the units in an attached 分工表), the
    sentence is a measure's running text. A task whose own bracket names its units ((五)'s 责任单位：区住建局) says who
    answers for it: its modal sentence tells how other bodies take part, and gives no unit."""
    plan = _one_plan("某区2026年河道保洁工作方案\n一、保障措施\n"
                     "（一）强化资金保障。区财政局要会同区水务局统筹安排保洁经费，区审计局负责跟踪审计。\n"
                     "（二）强化用地保障。区资源局应当会同区城管局、区交通局，在沿河布设保洁站点。\n"
                     "（三）强化宣传引导。广泛宣传河道保洁知识。\n"
                     "（四）强化督查考核。由区政府督查室牵头，区水务局配合，将保洁成效纳入年度考核。\n"
                     "（五）强化站点建设。区发改局要会同区水务局统筹站点选址，确保按期建成。（责任单位：区住建局）\n")
    assert [_units(t) for t in plan.tasks()][:2] + [_units(plan.tasks()[4])] == [
        [("区财政局", L), ("区水务局", S), ("区审计局", R)],
        [("区资源局", L), ("区城管局", S), ("区交通局", S)],
        [("区住建局", R)]]
    plan = _one_plan("某区2026年河道保洁工作方案\n一、主要任务\n"
                     "（一）开展河面清漂。每日组织清漂作业，做到河面无漂浮物。\n"
                     "（二）整治沿河排口。排查沿河排口，建立整治台账。\n"
                     "（三）强化资金保障。区财政局要会同区水务局统筹安排保洁经费。\n")
    assert [_units(t) for t in plan.tasks()] == [[], [], []]
    # a place before the modal is no body; 将 is the issuer announcing its own work, no modal of a duty
    assert read_task("加强协同。各地要会同某教育部建立协同机制。", units_apart=True).assignments == []
    assert read_task("加强协同。某教育部将会同某财政部开展督查。", units_apart=True).assignments == []


def test_partners_before_an_action_whose_object_opens_with_a_bodys_ending_letter():
    """X会同Y、Z开展联合执法 / 召开联席会议 / 开展会商研判: 联 and 会 end bodies' names (妇联, 协会) but here open the
    action's object; the action still ends the partners. An action word inside a name (组织部, 建设局) stays in it."""
    assert pairs("严查违规培训。某县教育局会同某县市场局、某县公安局开展联合执法，每季度一次。") == [
        ("某县教育局", L), ("某县市场局", S), ("某县公安局", S)]
    assert pairs("健全机制。某县教育局会同某县公安局召开联席会议研究部署。") == [("某县教育局", L), ("某县公安局", S)]
    assert pairs("加强研判。某县教育局会同某县卫健局开展会商研判。") == [("某县教育局", L), ("某县卫健局", S)]
    assert pairs("加强督查。某县教育局会同某县委组织部、某县妇联开展联合督查。") == [
        ("某县教育局", L), ("某县委组织部", S), ("某县妇联", S)]
    assert pairs("加强督查。某县教育局会同某县委组织部人才办开展督查。") == [("某县教育局", L), ("某县委组织部人才办", S)]


def test_a_slash_after_a_role_verb_parts_two_clauses_of_an_annotation():
    """（X牵头/Y配合）: a town plan parts an annotation's clauses with a slash as with a comma; a slash between names
    (X/Y负责) still lists them."""
    assert pairs("清理杂物。（某街道城管中队牵头/各社区居委会配合）") == [("某街道城管中队", L), ("各社区居委会", S)]
    assert pairs("清理杂物。（某街道城管中队负责／某街道综治中心配合）") == [("某街道城管中队", R), ("某街道综治中心", S)]
    assert pairs("清理杂物。（某街道城管中队/某街道综治中心负责）") == [("某街道城管中队", R), ("某街道综治中心", R)]


def test_a_body_opening_a_sentence_with_its_duty_verb_is_its_agent():
    """X指导各地…: a body opening a sentence before its verb and the verb's object is the sentence's
    agent (指导 here is its own duty, not support); not a circumstance (指导下)."""
    assert pairs("推动园区协同。某工业部指导各地在工业园区布局职业学校校区。") == [("某工业部", R)]
    assert pairs("完善制度。某财政局指导下各地制定资金管理办法。") == []
    # 负责 with its object: the body answers for the duty it names (minutes and 分工 lists write whole items so); a
    # covering notice's requirement writes it too (市X委负责统一调度), so it is running text, which never decides
    # whether an item is a task
    assert pairs("加强督导。某发展改革委负责统一调度。") == [("某发展改革委", R)]
    assert read_task("加强督导。某发展改革委负责统一调度。", running_text=False).assignments == []
    assert pairs("加强督导。某发展改革委负责人带队开展检查。") == []  # 负责人: a person, no verb
    # a place alone opening the sentence is the plan's own territory speaking, no body (城市 plans write 某市指导…)
    assert pairs("落实企业责任。江川市指导推动企业建立双重预防机制。") == []
    assert pairs("加强协调。江川市会同周边县区建立联防机制。") == []


def test_labels_of_the_body_answering_first_and_of_those_beside_it():
    """民生实事 and 督办 lists label the body answering first 主责单位 / 第一责任单位 (lead) and those beside it
    协责单位 (support, as 协办 beside 主办), the bodies doing the work 直接责任单位 / 责任主体单位 (responsible)."""
    assert pairs("建设幼儿园。（主责单位：市X局；协责单位：市Y局）") == [("市X局", L), ("市Y局", S)]
    assert pairs("开展援助。（第一责任单位：市X局；直接责任单位：各县（市、区）人民政府）") == [
        ("市X局", L), ("各县（市、区）人民政府", R)]
    assert pairs("开展筛查。（责任主体单位：市X委；配合责任单位：市妇联）") == [("市X委", R), ("市妇联", S)]
    assert pairs("建设足球场。市X局是第一责任单位。") == [("市X局", L)]


def test_oversight_bodies_named_by_label_support_and_their_offices_stay_names():
    """督办单位 / 督查单位 / 监管单位: the body overseeing those that carry a task out supports them, as 督导单位 and
    the verbs 督促 / 督导 / 监督 do; before a one-character head the same words name an office (市政府督查室)."""
    assert pairs("改造老旧小区。（责任主体：市X局；督办单位：市政府督查室）") == [("市X局", R), ("市政府督查室", S)]
    assert pairs("建设养老设施。（实施主体：各区政府；督查单位：市政府督查室）") == [("各区政府", I), ("市政府督查室", S)]
    assert pairs("新建公厕。（主办单位：市X局；监管单位：市Y局）") == [("市X局", L), ("市Y局", S)]
    assert pairs("开展检查。（市政府督查室、市Y局负责）") == [("市政府督查室", R), ("市Y局", R)]


def test_the_bodies_setting_and_taking_up_a_challenge_are_labels_and_the_methods_name_is_none():
    """A 揭榜挂帅 list labels under each challenge the body that set it (发榜单位 / 发榜部门: guides and accepts the
    work, support, as 督导单位) and the body taking it up (揭榜单位 / 揭榜主体: carries it out, responsible); the
    method's name 揭榜挂帅 carries no head noun and labels nothing."""
    assert pairs("推进支付方式改革。（发榜单位：省甲局；揭榜单位：乙市人民政府）") == [("省甲局", S), ("乙市人民政府", R)]
    assert pairs("攻关关键技术。\n发榜部门：省丙厅\n揭榜主体：丁大学（牵头）、戊研究院") == [
        ("省丙厅", S), ("丁大学", L), ("戊研究院", R)]
    assert pairs("推行“揭榜挂帅”机制。（揭榜挂帅：乙市人民政府）") == []


def test_a_role_bracket_right_after_a_name_marks_that_name_and_opens_no_run_of_units():
    """（牵头） right after a body's name marks that name's role (X（牵头）、Y). After a lead-in the reader does not
    know (试点单位：) the list is not read, and the reader says so, rather than give the lead to the name after the
    bracket and lose the marked one; under a known label, or in brackets, the mark leads and the rest take the
    label's role; labels written in brackets (【牵头单位】X【配合单位】Y) still open their runs."""
    text = "开展配置改革试点。试点单位：甲县人民政府（牵头）、乙县人民政府。"
    assert pairs(text) == []
    assert [message for _, message in read_task(text).warnings] == ["annotation at column {column} not understood: '牵头'"]
    assert pairs("开展配置改革试点。\n丙市人民政府（牵头）、丁市人民政府") == []
    assert pairs("开展配置改革试点。责任单位：甲县人民政府（牵头）、乙县人民政府。") == [("甲县人民政府", L), ("乙县人民政府", R)]
    assert pairs("开展配置改革试点（甲县人民政府（牵头单位）、乙县人民政府）") == [("甲县人民政府", L), ("乙县人民政府", R)]
    assert pairs("开展配置改革试点【牵头单位】甲县人民政府【配合单位】乙县人民政府") == [("甲县人民政府", L), ("乙县人民政府", S)]


def test_a_role_mark_in_lenticular_or_angle_brackets_after_a_name_marks_it_as_round_brackets_do():
    """Some offices and PDF exports write the role mark after a name in 【】 or 〈〉 (市X局【牵头】, 市Y局〈配合〉) as others
    write （牵头）: the mark gives the name its role and is no part of it; outside a known label it opens no run of units
    (the reader says so). A label in such brackets with a name right after it (…中心【牵头单位】市X局) still opens a run."""
    assert pairs("遴选青年人才。（责任单位：甲市人社局【牵头】、甲市教育局）") == [("甲市人社局", L), ("甲市教育局", R)]
    assert pairs("做好专家服务。（责任单位：甲市人才办〈牵头〉、甲市总工会）") == [("甲市人才办", L), ("甲市总工会", R)]
    assert pairs("做好专家服务。（甲市人才办【牵头】，甲市总工会〈配合〉）") == [("甲市人才办", L), ("甲市总工会", S)]
    text = "开展配置改革试点。试点单位：甲县人民政府【牵头】、乙县人民政府。"
    assert pairs(text) == []
    assert [message for _, message in read_task(text).warnings] == ["annotation at column {column} not understood: '牵头'"]
    assert pairs("建设城市管理中心【牵头单位】甲市城管局【配合单位】甲市财政局") == [("甲市城管局", L), ("甲市财政局", S)]
    assert pairs("建设城市管理中心〈牵头单位〉甲市城管局〈配合单位〉甲市财政局") == [("甲市城管局", L), ("甲市财政局", S)]


def test_verbs_of_the_body_that_takes_the_lead_in_its_own_words():
    """`市X局主抓` / `主推` / `主导` / `牵总`: the body leads, as 抓总 / 统筹 say; the verb is no part of its name."""
    assert pairs("改造菜市场。（市X局主抓，各区政府具体实施）") == [("市X局", L), ("各区政府", I)]
    assert pairs("加装电梯。（市X局主推，市Y局、各区政府配合）") == [("市X局", L), ("市Y局", S), ("各区政府", S)]
    assert pairs("建设食堂。（市X局主导，市Y局协同推进）") == [("市X局", L), ("市Y局", S)]
    assert pairs("建设停车场。（市X局牵总，各县区落实）") == [("市X局", L), ("各县区", I)]
    # principles write the same words after a bare noun, or with words after them: no unit
    assert pairs("推进改造。（坚持政府主导，企业主体）") == []
    assert pairs("推进改造。（企业主推产品）") == []


def test_a_body_named_as_leading_by_lingxian_or_guashuai_leads():
    """`由X领衔，Y参与` / `（X挂帅，Y协同）`: 攻坚 plans name the leading body so; it leads, as 牵头, in prose and in
    brackets, and the verb is no part of its name. After no body's name (主要负责同志亲自挂帅) no unit is named."""
    assert pairs("治理停车秩序。由县甲大队领衔，县乙局参与。") == [("县甲大队", L), ("县乙局", S)]
    assert pairs("推行网格管理。（县委丙委领衔，各乡镇人民政府具体落实）") == [("县委丙委", L), ("各乡镇人民政府", I)]
    assert pairs("整治市场。由县丁局挂帅，县戊局协同推进。") == [("县丁局", L), ("县戊局", S)]
    assert pairs("整治周边。（县丁局挂帅，县戊局协同）") == [("县丁局", L), ("县戊局", S)]
    assert pairs("加强组织领导。主要负责同志亲自挂帅，亲自部署。") == []
    assert pairs("推进项目。由县领导王某挂帅，县甲局牵头。") == [("县甲局", L)]  # a leader posted: no unit


def test_a_body_taking_on_the_ground_by_baozhua_is_responsible():
    """`（X包抓，Y督导）`: 包抓 as a verb after a body's name: it answers for the ground or the work, as the label
    包抓单位 says; the verb is no part of the name, and a leader posted so names no unit."""
    assert pairs("开展清洁行动。（各乡镇人民政府包抓，县甲局督导）") == [("各乡镇人民政府", R), ("县甲局", S)]
    assert pairs("开展清洁行动。（县乙局包抓，各社区居委会配合）") == [("县乙局", R), ("各社区居委会", S)]
    assert pairs("推进项目。（县领导张某包抓，县丙局负责）") == [("县丙局", R)]


def test_a_label_joined_to_its_units_by_a_dash_or_by_wei():
    """Plans set as prose join a label to its units by a dash (`责任单位——市X局`) or by 为 before a body's name
    (`责任单位为市X局、市Y局。`); 为 before other words joins nothing (`责任单位为项目建设提供保障` names no unit)."""
    assert pairs("建设口袋公园。责任单位——市X局、市Y局") == [("市X局", R), ("市Y局", R)]
    assert pairs("建设口袋公园。牵头单位—市X局；配合单位—市Y局") == [("市X局", L), ("市Y局", S)]
    assert pairs("治理积水点。责任单位为市X局、市Y局。") == [("市X局", R), ("市Y局", R)]
    assert pairs("治理积水点。牵头单位为各区政府。") == [("各区政府", L)]
    assert pairs("治理积水点。责任单位为项目建设提供保障。") == []
    assert pairs("做好资金保障。责任单位为各乡镇提供资金支持。") == []  # a sentence about the units: no name after 为
    assert pairs("推进改造。（牵头单位为市X局，配合单位为市Y局）") == [("市X局", L), ("市Y局", S)]


def test_an_office_label_joined_by_wei_to_an_office_without_a_level_word():
    """A bureau's own plan joins its office labels to its offices by 为 (`牵头股室为办公室，协助股室为法规股`); the
    offices carry no level word, in a sentence or a bracket alike; 为 before other words still joins nothing."""
    assert pairs("做好信访举报。牵头股室为办公室，协助股室为甲股、乙股。") == [("办公室", L), ("甲股", S), ("乙股", S)]
    assert pairs("开展谈话。（牵头科室为机关党委，协助科室为丙科）") == [("机关党委", L), ("丙科", S)]
    assert pairs("整治问题。牵头股室为丁中心，协助股室为戊大队、各己所。") == [("丁中心", L), ("戊大队", S), ("各己所", S)]
    assert pairs("整治问题，以牵头股室为主。") == []
    assert pairs("整治问题。牵头科室为第一责任人。") == []


def test_a_bracket_opening_with_a_portfolio_verb_names_no_unit():
    """（分管甲股、乙股） beside a leader: the leader's portfolio, no units, and the reading says so; a bracket with a
    label or a verb of its own is still read."""
    reading = read_task("党组成员、副局长 李某（分管甲股、乙股）")
    assert reading.assignments == [] and any("portfolio" in m for _, m in reading.warnings)
    assert pairs("推进改造。（协管丙中心）") == []
    assert read_task("副总经理（分管建设）").warnings == []  # a post's wording naming no body: nothing to say
    assert pairs("推进改造。（牵头股室：甲股；协助股室：乙股）") == [("甲股", L), ("乙股", S)]


def test_the_body_that_coordinates_leads_and_each_answering_for_its_part_is_responsible():
    """`牵头协调单位：X` / `X协调，各乡镇落实`: the body coordinating the others leads, as 统筹协调 says;
    `A、B各负其责` / `A、B齐抓共管`: each answers for its part (responsible); 加强协调 stays a task's wording."""
    assert pairs("推进改造。（牵头协调单位：县X局；配合单位：县Y局）") == [("县X局", L), ("县Y局", S)]
    assert pairs("推进改造。（县X局协调，各乡镇落实）") == [("县X局", L), ("各乡镇", I)]
    assert pairs("推进改造。（县X局负总责，县Y局、县Z局各负其责）") == [("县X局", L), ("县Y局", R), ("县Z局", R)]
    assert pairs("推进改造。（县X局、县Y局齐抓共管）") == [("县X局", R), ("县Y局", R)]
    assert pairs("加强协调，推进改造。") == []


def test_a_label_of_units_not_known_is_reported_and_its_units_not_read():
    """`（承办单位：X；联系单位：Y）` / `服务单位：` / `分管部门：`: a label ending in a unit head that the reader does not
    know gives its units no role; the reading says which label it did not understand rather than drop them
    silently (the known label beside it is read)."""
    r = read_task("推进改造。（承办单位：县X局；联系单位：县Y局）")
    assert [(a.name, a.role) for a in r.assignments] == [("县X局", R)]
    assert any("联系单位：县Y局" in w and "not understood" in w for _, w in r.warnings)
    r = read_task("推进改造。（服务单位：县X公司）")
    assert r.assignments == [] and any("服务单位" in w for _, w in r.warnings)
    assert read_task("推进改造。（牵头单位：县X局；联系人：张某）").warnings == []


# ---------------------------------------------------------------- a proposal's handling (建议 / 提案 办理分工)


def test_a_proposals_handling_units_written_with_zhuban_huiban_and_banli():
    """由X主办，Y、Z会办 / （主办单位：X；会办单位：Y） / X、Y分别办理: 会办 units send the 主办 their views (support);
    units 分别办理 a proposal each answer it for their part (responsible)."""
    assert pairs("关于加快老旧小区改造的建议。由市住房和城乡建设局主办，市财政局、市自然资源局会办。") == [
        ("市住房和城乡建设局", L), ("市财政局", S), ("市自然资源局", S)]
    assert pairs("关于推进城乡公交一体化的建议。（主办单位：市交通运输局；会办单位：市财政局）") == [
        ("市交通运输局", L), ("市财政局", S)]
    assert pairs("关于加强食品安全监管的建议。市市场监督管理局、市农业农村局分别办理。") == [
        ("市市场监督管理局", R), ("市农业农村局", R)]


def test_a_working_groups_head_and_member_units():
    """活动方案 / 专项行动 name each working group's 组长单位 (it leads the group's work) and 成员单位 (they support it),
    on lines of their own or on one line parted by a wide space."""
    assert pairs("（一）综合组。组长单位：市X办公室；成员单位：市Y局、市Z局") == [
        ("市X办公室", L), ("市Y局", S), ("市Z局", S)]
    assert pairs("安保组。组长单位：县公安局　　成员单位：县应急管理局、县消防救援大队") == [
        ("县公安局", L), ("县应急管理局", S), ("县消防救援大队", S)]


def test_a_sentence_naming_the_work_before_its_agents_after_you():
    """活动方案 write each piece of an event's work first and its agents after 由 (入场式由X组织实施，Y配合): the work
    before 由 (one piece or a list parted by 、) is no unit's name; 自由 / 由于 are no agent mark."""
    assert pairs("举办开幕式。大型文艺表演由市X局和市Y中心组织，市Z局配合。") == [
        ("市X局", L), ("市Y中心", L), ("市Z局", S)]
    assert pairs("举办开幕式。场地布置由市X中心组织实施。") == [("市X中心", I)]
    assert pairs("举办开幕式。入场式、升旗仪式由市X中心组织实施，市委宣传部配合。") == [("市X中心", I), ("市委宣传部", S)]
    assert pairs("建设自由贸易试验区。") == []


def test_a_label_of_the_tasks_outcome_ends_the_units_clause_before_it():
    """改革工作要点 set 成果形式 (what the task yields) beside the unit labels: after a semicolon, a space or glued to the
    last name as a PDF copy runs them together, it names no unit and the name before it stays whole."""
    assert pairs("深化财政改革。（牵头单位：县财政局；参与单位：县审计局；成果形式：制度文件；完成时限：10月底）") == [
        ("县财政局", L), ("县审计局", S)]
    assert pairs("深化财政改革。（牵头单位：县财政局参与单位：县审计局成果形式：制度文件完成时限：10月底）") == [
        ("县财政局", L), ("县审计局", S)]
    assert pairs("深化财政改革。牵头单位：县财政局；参与单位：县审计局 成果形式：制度文件") == [
        ("县财政局", L), ("县审计局", S)]


def test_a_policy_measures_paying_units_and_its_phone_line():
    """若干政策措施 close each measure with 兑现单位 (the bodies paying out or granting it: responsible) and the number to
    ask about it (政策咨询电话 / 咨询电话, after a semicolon or a gap): the number and the 联系人 are no units."""
    assert pairs("对研发投入给予奖励。兑现单位：省科技厅、省财政厅；政策咨询电话：0791-86255678（联系人：王某）") == [
        ("省科技厅", R), ("省财政厅", R)]
    assert pairs("保障用能需求。兑现单位：省发展改革委、省能源局　咨询电话：0791-86253456　联系人：张某某") == [
        ("省发展改革委", R), ("省能源局", R)]
    assert pairs("降低物流成本。（兑现单位：省交通运输厅；咨询电话：0791-86254567）") == [("省交通运输厅", R)]
    assert pairs("支持外贸企业。兑现部门：市商务局 联系方式：0791-86254567") == [("市商务局", R)]


def test_one_label_for_the_units_and_their_phone():
    """责任单位及咨询电话：X，0791-… (one label naming the units and the number to ask): the names before the number are
    the units, in brackets or bare after the measure; the number is none."""
    assert pairs("对总部企业给予奖励。（责任单位及咨询电话：市商务局，0791-86253456）") == [("市商务局", R)]
    assert pairs("对技改项目给予补助。兑现单位及联系方式：市工业和信息化局、市财政局 0791-86252345") == [
        ("市工业和信息化局", R), ("市财政局", R)]


def test_a_cadre_posted_to_a_project_is_a_person_and_the_post_in_brackets_names_no_unit():
    """A 领导包联 sheet closes each project with field lines: 包联领导 (a leader, his post in brackets), 责任单位, and
    包联干部 (the cadre posted to the project, often with a post that names a body: 县X局副局长). The cadre's line is a
    person's, not the units' list running on, and a bracket after a person's label and name is that person's post,
    not a bracket of units (县X局副局长 would otherwise read as the bureau through its head)."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(
        "某县2030年县领导包联重点项目分工方案\n"
        "一、工业项目\n"
        "1.新型材料产业园项目\n"
        "包联领导：王某某（县委常委、宣传部部长）\n"
        "责任单位：县工业和信息化局、县发展改革局\n"
        "包联干部：陈某（县自然资源局副局长）\n"
        "2.装备制造项目\n"
        "包联领导：李某某\n"
        "责任单位：县招商服务中心\n"
        "包联干部：周某某\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("县工业和信息化局", R), ("县发展改革局", R)],
        [("县招商服务中心", R)]]


def test_the_officers_serving_a_project_are_people_beside_its_units():
    """包保 sheets name, beside a project's units, the officer serving it (服务专员, 驻企专员, 帮办代办员) and its
    contact (联络人), often with a post naming a body: people, whose lines are no units; on one line after a gap
    the contact's label still starts a clause of its own."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(
        "某县2030年重点项目包保责任分工方案\n"
        "一、工业项目\n"
        "1.新型材料产业园项目\n"
        "牵头单位：县工业和信息化局\n"
        "服务专员：陈某（县自然资源局副局长）\n"
        "2.农产品加工项目\n"
        "包保领导：赵某某\u3000责任单位：县农业农村局\u3000联络人：钱某（县农业农村局）\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("县工业和信息化局", L)],
        [("县农业农村局", R)]]


def test_a_leader_named_by_post_and_name_in_a_clause_is_a_person():
    """包联 sheets write the leader into the bracket as a clause of its own (县领导张某某包联，县X局负责): 领导 never
    stands inside a body's name except before 小组 / 机构 (县委巡察工作领导小组办公室), so the piece names a person,
    reported, not read as a unit."""
    reading = read_task("县人民医院扩建项目（县领导张某某包联，县卫生健康局负责）")
    assert [(a.name, a.role) for a in reading.assignments] == [("县卫生健康局", R)]
    assert any("names people" in w for _, w in reading.warnings)
    assert pairs("开展专项巡察。（县委巡察工作领导小组办公室牵头，县纪委监委机关配合）") == [
        ("县委巡察工作领导小组办公室", L), ("县纪委监委机关", S)]


def test_a_one_thing_list_set_as_lines_labels_its_departments_after_the_name():
    """A 高效办成一件事 list set as lines writes each thing's fields after its name, one space apart or in 【】:
    牵头部门 / 配合部门 / 办理时限 (or 承诺时限, a deadline's label). After a single space a unit label starts the units
    when the quotation around the thing's name is closed; the time limit's label ends the partners' list."""
    assert pairs("新生儿出生“一件事” 牵头部门：市卫生健康委 配合部门：市公安局、市医保局 办理时限：5个工作日") == [
        ("市卫生健康委", L), ("市公安局", S), ("市医保局", S)]
    assert pairs("残疾人服务“一件事”【牵头部门】市残联【配合部门】市民政局、市医保局【办理时限】10个工作日") == [
        ("市残联", L), ("市民政局", S), ("市医保局", S)]
    assert pairs("开展“我为群众办实事 牵头单位：社区”主题活动。") == []  # inside a quotation: the quoted words


def test_the_body_assigned_to_a_project_answers_for_it():
    """A 包联 / 包保 sheet names beside each project's leader (a person) the body assigned to it: 包联单位, 包保单位,
    包抓单位 — it answers for the project (responsible); the leader's line stays a person's."""
    assert pairs("新型材料产业园项目\n包联领导：王某某\n包联单位：县工业和信息化局、县发展改革局") == [
        ("县工业和信息化局", R), ("县发展改革局", R)]
    assert pairs("装备制造项目（包保领导：李某某；包保单位：县招商服务中心）") == [("县招商服务中心", R)]


def test_party_committees_after_a_comma_closing_a_support_list_are_responsible():
    """A party plan's 配合 list closed by the committees that carry it out, after a comma, as localities are."""
    assert pairs("做好理论学习。（牵头单位：省委宣传部；配合单位：省委组织部，各市委）") == [
        ("省委宣传部", L), ("省委组织部", S), ("各市委", R)]
    assert pairs("加强阵地管理。（牵头单位：省委教育工委；配合单位：省教育厅，各高等学校党委）") == [
        ("省委教育工委", L), ("省教育厅", S), ("各高等学校党委", R)]


def test_a_label_naming_the_communities_or_villages_doing_the_work_reads_them_responsible():
    """A street's or town's project names its 科室 and, under a label of their own, the communities or villages
    where it is carried out (责任社区：A社区、B社区; 责任村：C村): they answer for the project."""
    assert pairs("新建养老服务站。\n牵头科室：社会事务科\n责任社区：南苑社区、北街社区") == [
        ("社会事务科", L), ("南苑社区", R), ("北街社区", R)]
    assert pairs("改造村道。\n责任村：石桥村、柳林村") == [("石桥村", R), ("柳林村", R)]


def test_a_label_naming_the_divisions_answering_for_the_work_reads_them_in_the_role_its_word_says():
    """A city's or a county's plan names, beside its departments, the districts, counties or streets answering for a
    task under a label of their own (责任区：各区政府; 责任区县：…; 落实街道：…): the role word says their role, as it
    does before 单位. A division word opening a word after a role word (责任区域, 负责县域) labels nothing."""
    assert pairs("新增停车位1万个。\n牵头部门：市甲委\n配合部门：市乙局、市丙委\n责任区：各区政府") == [
        ("市甲委", L), ("市乙局", S), ("市丙委", S), ("各区政府", R)]
    assert pairs("整治积水点。\n牵头部门：市丁局\n责任区县：东城区、西湖区政府") == [
        ("市丁局", L), ("东城区", R), ("西湖区政府", R)]
    assert pairs("开展噪声排查。（牵头单位：市戊局；落实街道：各街道办事处）") == [("市戊局", L), ("各街道办事处", I)]
    assert pairs("划定网格。（牵头单位：市戊局）责任区域内的商户全部建档。") == [("市戊局", L)]


def test_grids_after_a_comma_closing_a_support_list_are_responsible_like_other_localities():
    """A community's 网格化 plan names its grids as a street's plan its communities: 各网格 after a comma at the end
    of a 配合 list is a locality answering for the task, not a partner."""
    assert pairs("推行志愿服务。\n牵头单位：社区党委\n配合单位：社区志愿者协会，各网格") == [
        ("社区党委", L), ("社区志愿者协会", S), ("各网格", R)]


def test_a_communitys_grids_are_units_and_a_standing_note_after_them_leaves_them_read():
    """各网格 names the grids of a community (its localities), not people; a standing note closing the same bracket
    (以下…均由各网格负责，不再列出) does not hide the unit written before it, and names 网格员 no unit."""
    assert pairs("开展入户走访。（各网格负责，以下走访类工作均由各网格负责，不再列出）") == [("各网格", R)]
    assert pairs("推进平台应用。（社区综治中心负责，网格员落实）") == [("社区综治中心", R)]


def test_the_body_drafting_a_bill_answers_for_it():
    """A legislative plan (立法工作计划, 规章制定计划) names after each bill the body drafting it, as a verb after the
    name (市X局起草 / 组织起草) or as a label (起草单位：X): it answers for the draft; 起草 opening a task is its word."""
    assert pairs("制定《物业管理条例》。（市住房城乡建设局起草）") == [("市住房城乡建设局", R)]
    assert pairs("修订《养犬管理规定》。（市公安局组织起草）") == [("市公安局", R)]
    assert pairs("制定《物业管理条例》。（起草单位：市住房城乡建设局、市司法局）") == [
        ("市住房城乡建设局", R), ("市司法局", R)]
    assert pairs("起草实施细则。（市司法局负责）") == [("市司法局", R)]


def test_the_department_starting_a_joint_inspection_leads_it():
    """A joint inspection plan (部门联合双随机抽查计划) names the department that starts each inspection (发起部门)
    beside those taking part (配合部门): the first leads; 协作 after a list, as 协同, supports."""
    assert pairs("开展食品生产企业联合抽查。（发起部门：市市场监管局；配合部门：市公安局）") == [
        ("市市场监管局", L), ("市公安局", S)]
    assert pairs("开展联合执法检查。（市公安局牵头，市交通运输局、市应急管理局协作）") == [
        ("市公安局", L), ("市交通运输局", S), ("市应急管理局", S)]


def test_the_formal_light_verb_before_a_role_verb_is_no_part_of_the_name():
    """予以 (市X局予以配合 / 予以支持): the formal light verb before the role verb, as 积极 or 认真 are."""
    assert pairs("加强宣传引导。（市委宣传部牵头，市教育局、市文旅局予以配合）") == [
        ("市委宣传部", L), ("市教育局", S), ("市文旅局", S)]


def test_the_light_verb_giving_a_ministrys_backing_is_no_part_of_its_name():
    """给予 (水利部给予支持 / 给予指导支持): the same formal light verb as 予以, closing a cross-regional plan's annotation
    with the ministry that backs the work; the ministry supports, its name ends before 给予."""
    assert pairs("统一排放标准。（牵头单位：甲乙两省生态环境厅；生态环境部给予指导支持）") == [
        ("甲乙两省生态环境厅", L), ("生态环境部", S)]
    assert pairs("推进岸电使用。（各省交通运输厅牵头，交通运输部给予支持）") == [
        ("各省交通运输厅", L), ("交通运输部", S)]
    assert pairs("共建监测站点。（各省水利厅牵头，水利部给予配合）") == [("各省水利厅", L), ("水利部", S)]


def test_a_standing_note_names_its_units_in_any_order_of_its_words():
    """A standing note binds the task it is written in however its words run: the units after its opening words
    (以下各项任务各区县政府负责落实 / 上述工作由各乡镇人民政府落实), before its modal (各区县政府均需落实，不再列出;
    以下各项各县区均需落实); a note naming no unit (以下各项工作不再列出) adds none."""
    assert pairs("开展检查。（市公安局牵头；以下各项任务各区县政府负责落实，不再列出）") == [
        ("市公安局", L), ("各区县政府", I)]
    assert pairs("开展检查。（市公安局牵头，上述工作由各乡镇人民政府落实，不再列出）") == [
        ("市公安局", L), ("各乡镇人民政府", I)]
    assert pairs("开展检查。（市公安局牵头，市交通运输局配合；各区县政府均需落实，不再列出）") == [
        ("市公安局", L), ("市交通运输局", S), ("各区县政府", I)]
    assert pairs("开展检查。（市公安局牵头，以下各项各县区均需落实，不再列出）") == [("市公安局", L), ("各县区", I)]
    assert pairs("开展检查。（市公安局牵头，以下各项工作不再列出）") == [("市公安局", L)]


def test_a_standing_note_naming_several_units_keeps_every_one():
    """A standing note may name several units (以下均需A、B落实，不再列出 / 以下各项工作均由A、B负责落实): each binds the
    task; only the units given before the note can make one of its units redundant, not the note's own first unit."""
    assert pairs("提升政策解读质量。（市政府办公室牵头。以下均需各区县人民政府、各开发区管委会落实，不再列出）") == [
        ("市政府办公室", L), ("各区县人民政府", I), ("各开发区管委会", I)]
    assert pairs("加强校园安全。（以下各项工作均由甲市教育局、甲市民政局负责落实，不再列出）") == [
        ("甲市教育局", I), ("甲市民政局", I)]
    assert pairs("开展检查。（市公安局牵头；以下各项任务各区县政府、市有关部门负责落实，不再列出）") == [
        ("市公安局", L), ("各区县政府", I), ("市有关部门", I)]
    # a unit the task gave before the note, in other words, still adds nothing
    assert pairs("开展培训。（市司法局负责，各镇落实，以下均需各乡镇、各街道落实，不再列出）") == [
        ("市司法局", R), ("各镇", I)]


def test_verbs_of_taking_work_on_and_stepping_in_and_how_closely():
    """(X承担，Y指导): the body taking the work on answers for it, as the label 承担单位 says; (X起草，Y提前介入) /
    (Y全程参与) / (Y全力支持): the body stepping in or backing the work supports it, the adverb no part of its name;
    承担 / 介入 opening a task are its words."""
    assert pairs("开展国省道养护。（市交通运输局承担，市公路中心指导）") == [("市交通运输局", R), ("市公路中心", S)]
    assert pairs("开展国省道养护。（市交通运输局具体承担）") == [("市交通运输局", R)]
    assert pairs("制定某市物业管理办法。（市住房城乡建设局起草，市司法局提前介入）") == [
        ("市住房城乡建设局", R), ("市司法局", S)]
    assert pairs("举办马拉松赛事。（市体育局牵头，市财政局全力支持，市公安局全程参与）") == [
        ("市体育局", L), ("市财政局", S), ("市公安局", S)]
    assert pairs("承担国家试点任务。（市发展改革委负责）") == [("市发展改革委", R)]


def test_a_body_sending_staff_to_guide_supports():
    """X派员指导 / X派员到各村指导 / (X派专人参加): the body takes part through the staff it sends, to where they go; the
    sending and the place are no part of its name, the role verb after them its role."""
    assert pairs("开展业务培训。镇选举委员会负责培训，县人大联络工作委员会派员指导。") == [
        ("镇选举委员会", R), ("县人大联络工作委员会", S)]
    assert pairs("组织投票。镇人大办负责组织投票，镇选举委员会派员到各村指导。") == [("镇人大办", R), ("镇选举委员会", S)]
    assert pairs("开展联合演练。（县应急局牵头，县消防救援大队派专人参加）") == [("县应急局", L), ("县消防救援大队", S)]


def test_a_clause_verb_opening_an_offices_name_is_no_verb_of_the_body_before_it():
    """镇党委组织办负责…；镇X配合…: 组织 followed by the office's head 办 and the clause's verb is a letter of the office's
    name (组织办), not 镇党委 organising; 镇党委组织各村… (no head after 组织) keeps the verb."""
    def subjects(text):
        return [(a.name, a.role) for a in read_task(text, subjects=True).assignments]
    assert subjects("确定代表结构。镇党委组织办负责统筹安排代表结构；镇妇联配合做好推荐工作。") == [
        ("镇党委组织办", R), ("镇妇联", S)]
    assert subjects("确定代表结构。镇党委组织各村负责推荐人选。") == [("镇党委", L)]


def test_a_short_name_given_at_a_bodys_first_mention_is_no_part_of_its_name():
    """省公路事业发展中心（以下简称省公路中心，下同）: the note says what the plan calls the body later; the name is the
    one before it, and the note's 下同 states no rule. Another name of the body in brackets stays (市委组织部（人才办）)."""
    assert pairs("推进国省道改造。（省公路事业发展中心（以下简称省公路中心，下同）、公路管理处）") == [
        ("省公路事业发展中心", R), ("公路管理处", R)]
    assert pairs("引进高层次人才。（市委组织部（人才办）负责）") == [("市委组织部（人才办）", R)]


def test_a_short_name_note_in_any_wording_is_no_part_of_the_names_it_follows():
    """（以下称X） / （下简称X） / 〔以下称X〕 / （以下分别简称X、Y） / （以下统称X） / （以下合称X）: other wordings of the
    short-name note; each says what the plan calls the body (or the list before it) later, so the names are the ones
    written before it."""
    assert pairs("压缩审批时限。（甲市发展和改革委员会、甲市财政局（以下分别简称甲市发改委、甲市财政局）牵头，甲市住建局配合）"
                 ) == [("甲市发展和改革委员会", L), ("甲市财政局", L), ("甲市住建局", S)]
    assert pairs("完善人才政策。（甲市人社局牵头，甲市委组织部、甲市教育局（以下合称有关部门）配合）") == [
        ("甲市人社局", L), ("甲市委组织部", S), ("甲市教育局", S)]
    assert pairs("推行网上办税。（国家税务总局甲市税务局（下简称甲市税务局）牵头，甲市财政局配合）") == [
        ("国家税务总局甲市税务局", L), ("甲市财政局", S)]
    assert pairs("清理中介事项。（甲市行政审批服务局〔以下称甲市审批局〕牵头，甲市发改委配合）") == [
        ("甲市行政审批服务局", L), ("甲市发改委", S)]
    assert pairs("完善有序用电方案。（甲市发改委牵头，甲市供电公司、甲市燃气集团有限公司（以下统称供能企业）配合）") == [
        ("甲市发改委", L), ("甲市供电公司", S), ("甲市燃气集团有限公司", S)]
    assert pairs("推进国企改革。（甲市国资委牵头，甲市投资集团（下称甲投集团）配合）") == [
        ("甲市国资委", L), ("甲市投资集团", S)]


def test_a_scope_note_after_a_bodys_name_is_no_part_of_its_name():
    """各县（市、区）人民政府（含高新区管委会，下同）: the note says what the name takes in, here and later; it names no unit
    of its own and the name is the one before it. Without 下同 the bracket stays as written (县委宣传部（县文明办）)."""
    (text,) = read_bytes("\n".join([
        "一、主要任务", "1.组织开展集中宣讲。深入基层开展宣讲。", "牵头单位：市委宣传部",
        "责任单位：市委党校，各县（市、区）人民政府（含高新区管委会，下同）"]).encode("utf-8"), "plan.txt")
    assert [(a.name, a.role) for a in parse_plan(text).sections[0].tasks[0].assignments] == [
        ("市委宣传部", L), ("市委党校", R), ("各县（市、区）人民政府", R)]
    assert pairs("加强精神文明建设。（县委宣传部（县文明办）负责）") == [("县委宣传部（县文明办）", R)]


def test_a_short_name_note_in_another_bracket_kind_inside_an_annotation_is_no_part_of_the_name():
    """Inside a （…） annotation the 简称 note takes another bracket kind: 综合规划司〔以下简称规划司〕牵头."""
    assert pairs("推进制度建设。（综合规划司〔以下简称规划司〕牵头，各司局按职责分工负责）") == [
        ("综合规划司", L), ("各司局", R)]
    assert pairs("完善监测网络。（监测评价司[以下简称监测司]牵头，信息中心配合）") == [
        ("监测评价司", L), ("信息中心", S)]


def test_a_short_name_note_in_a_later_bracket_is_no_standing_note_and_keeps_the_units_named_before():
    """（A牵头，B（以下简称乙）配合）: the 以下 / 下同 of a body's short-name note speak of the name, not of the tasks after
    it; the bracket is the sentence's own annotation, so its lead stays even where an earlier bracket of the task named
    the same body. A standing note written so (以下各项均由…落实) still skips the units the task named."""
    assert pairs("加强审查。开展审查。（甲市司法局负责）推进法律顾问统筹使用。（甲市司法局牵头，甲市委组织部（以下简称组织部）配合）"
                 ) == [("甲市司法局", R), ("甲市司法局", L), ("甲市委组织部", S)]
    assert pairs("加强评估。开展评估。（甲市司法局负责）推进评估。（甲市司法局牵头，甲市人社局（简称人社局，下同）配合）"
                 ) == [("甲市司法局", R), ("甲市司法局", L), ("甲市人社局", S)]
    reading = read_task("加强评议。开展评议。（甲市司法局负责）推进评议。（以下各项均由甲市司法局落实）")
    assert [(a.name, a.role) for a in reading.assignments] == [("甲市司法局", R)]
    assert reading.notes == ["以下各项均由甲市司法局落实"]


def test_localities_along_a_stretch_after_a_comma_closing_a_support_list_are_responsible():
    """(配合单位：Y，赛道沿线各区人民政府) / (…，流域内各乡镇): localities named before 各 by the stretch they lie on
    are every one of them, as 各区人民政府 after the comma is: responsible."""
    assert pairs("完成沿线环境整治。（牵头单位：市城市管理局；配合单位：市住房城乡建设局，赛道沿线各区人民政府）") == [
        ("市城市管理局", L), ("市住房城乡建设局", S), ("赛道沿线各区人民政府", R)]
    assert pairs("开展河道清障。（牵头单位：县水利局；配合单位：县林业局，流域内各乡镇人民政府）") == [
        ("县水利局", L), ("县林业局", S), ("流域内各乡镇人民政府", R)]


def test_a_drafts_note_that_a_unit_is_not_settled_is_dropped_from_its_name_and_said():
    """A plan put out for comment (征求意见稿) marks a unit whose part is not settled with a note after its name, in any
    bracket (（待定） / （拟） / 【待协商】 / [待确认]), or writes only 待定 under a label: the note is no word of the name,
    待定 names no unit, and the reading says what the draft left open."""
    plan = _one_plan("某市旧区改造实施方案（征求意见稿）\n一、重点任务\n"
                     "1.加装电梯。（牵头单位：市甲局；配合单位：市乙局（待定））\n"
                     "2.完善托育设施。（责任单位：市丙局、市丁委（拟））\n"
                     "3.整治违法建设。（牵头单位：市戊局【待协商】；配合单位：市己局[待确认]）\n"
                     "4.建设停车设施。（牵头单位：待定；配合单位：市庚局）\n"
                     "5.建设充电设施。（责任单位：待定）\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("市甲局", L), ("市乙局", S)], [("市丙局", R), ("市丁委", R)], [("市戊局", L), ("市己局", S)],
        [("市庚局", S)], []]
    said = [n.text for n in plan.readings if "not yet settled" in n.text]
    assert len(said) == 4 and "（待定）" in said[0] and "【待协商】" in said[2] and "(待定)" in said[3]
    # a bracket naming no unit but 待定 is no annotation of the task: a warning says the draft leaves it open
    assert [w for w in plan.warnings if "names no unit yet" in w and ":7:" in w]
    # a bracket that is more than the note stays the name's (市甲局（拟订）: no drafting note)
    assert pairs("编制规划。（市甲局（拟订）负责）") == [("市甲局（拟订）", R)]


def test_localities_of_a_part_of_the_ground_before_each_after_a_comma_closing_a_support_list_are_responsible():
    """(配合单位：Y，库区各乡镇人民政府) / (…，片区各街道办事处): a part of the ground named before 各 (a reservoir's area,
    a district's 片区) holds every locality of its kind, as 赛道沿线各区 does: responsible after the comma. Places
    written without 各 (，有关乡镇人民政府) are only those concerned: they keep the list's role (the set's convention)."""
    assert pairs("推进库区环境整治。（牵头单位：县甲分局；配合单位：县乙局，库区各乡镇人民政府）") == [
        ("县甲分局", L), ("县乙局", S), ("库区各乡镇人民政府", R)]
    assert pairs("改造老旧管网。（牵头单位：区甲局；配合单位：区乙局，试点片区各街道办事处）") == [
        ("区甲局", L), ("区乙局", S), ("试点片区各街道办事处", R)]
    assert pairs("发展移民村产业。（牵头单位：县甲局；配合单位：县乙局，有关乡镇人民政府）") == [
        ("县甲局", L), ("县乙局", S), ("有关乡镇人民政府", S)]


def test_a_list_of_bodies_after_task_words_that_end_as_a_name_does_is_the_tasks_units():
    """推动高频事项打包办（A、B） / 建设创业孵化中心（A、B）: the task's last words end as a body's name does (办, 中心),
    but a bracket of two bodies or more is its units, not another name of that body; one name in brackets after a
    body's name is still its other name (市委组织部（人才办）)."""
    assert pairs("推进服务快办。推动高频事项打包办（市财政局、市民政局）。") == [("市财政局", R), ("市民政局", R)]
    assert pairs("建设孵化平台。建设市级创业孵化中心（市财政局、市民政局）。") == [("市财政局", R), ("市民政局", R)]
    assert pairs("引进人才。（市委组织部（人才办）负责）") == [("市委组织部（人才办）", R)]


def test_towns_and_street_offices_closing_a_support_list_share_its_each():
    """各乡镇人民政府、街道办事处 after the comma closing a 配合 list: the towns' and the streets' offices, the 各 of the
    first shared by the second (各镇人民政府、各街道办事处 written out alike), carry the task as the localities after that
    comma do (responsible), not support."""
    assert pairs("完善信息公开目录。（主责单位：县甲办；协同单位：县乙局，各乡镇人民政府、街道办事处）") == [
        ("县甲办", L), ("县乙局", S), ("各乡镇人民政府", R), ("街道办事处", R)]
    assert pairs("推行定时定点投放。\n牵头单位：区丙局；配合单位：区丁局，各街道办事处") == [
        ("区丙局", L), ("区丁局", S), ("各街道办事处", R)]
    # a department after the comma is no locality: the list stays support
    assert pairs("规范涉企检查。（牵头单位：县戊局；配合单位：县己局，各镇人民政府、县庚局）") == [
        ("县戊局", L), ("县己局", S), ("各镇人民政府", S), ("县庚局", S)]


def test_localities_after_a_comma_under_the_lead_label_lead():
    """牵头单位：X，各县（市、区）人民政府 with no other label: the comma parts two leads as 、 would. Only after a
    配合 label does a trailing list of localities stand apart from it (the localities carry the task, they do not
    merely support)."""
    assert pairs("保障项目用地。（牵头单位：市甲局，各县（市、区）人民政府）") == [
        ("市甲局", L), ("各县（市、区）人民政府", L)]
    assert pairs("保障项目用地。（牵头单位：市甲局；配合单位：市乙局，各县（市、区）人民政府）") == [
        ("市甲局", L), ("市乙局", S), ("各县（市、区）人民政府", R)]


def test_a_month_in_brackets_before_the_units_sentence_is_no_units_name():
    """Plans of the year set each item's month in brackets between the item and the sentence or labels naming who
    carries it (（8月）由X承办，Y配合。 / （10月）承办单位：X；配合单位：Y): the month says when; the units follow it."""
    assert pairs("听取和审议养老服务工作报告。（8月）由甲委员会承办，市乙局配合。") == [("甲委员会", R), ("市乙局", S)]
    assert pairs("检查条例实施情况。(4—6月)丙委员会承办，市丁局配合。") == [("丙委员会", R), ("市丁局", S)]
    assert pairs("听取和审议债务管理报告。（10月）承办单位：戊委员会；配合单位：市己局。") == [("戊委员会", R), ("市己局", S)]


def test_a_chapter_citation_in_brackets_before_the_labels_is_no_units_name():
    """A 规划纲要's 分工方案 closes each task with the chapter it carries out, its labels glued on after the bracket
    (…。（纲要第五章第二节）牵头单位：X；参与单位：Y): the citation names no unit, the labels after it are the task's."""
    assert pairs("推进公共数据授权运营。（纲要第五章）牵头单位：省甲局；参与单位：省乙办") == [("省甲局", L), ("省乙办", S)]
    assert pairs("推进政务服务一网通办。（纲要第五章第三节、第十章第二节）牵头单位:省甲局;参与单位:省丙厅") == [
        ("省甲局", L), ("省丙厅", S)]


def test_the_department_making_the_report_answers_for_it():
    """A supervision plan (听取和审议…报告) names beside the committee handling an item the department that makes the
    report: 汇报 after a body's name and the label 汇报单位 are read as responsible; after no name 汇报 stays the task's."""
    assert pairs("听取和审议行政审判工作报告。由甲委员会承办，市乙院汇报，市丙局配合。") == [
        ("甲委员会", R), ("市乙院", R), ("市丙局", S)]
    assert pairs("听取城市更新情况报告。承办单位：丁委员会；汇报单位：市戊局；配合单位：市己局。") == [
        ("丁委员会", R), ("市戊局", R), ("市己局", S)]
    assert pairs("定期向市委汇报。按季度报送进展。") == []


def test_a_role_word_inside_a_bodys_bracketed_other_name_is_no_verb():
    """Companies name an office by both its names, the second in brackets (党委办公室（董事会办公室）): 会办 there is
    letters of 董事会办公室, not the support verb; the name stays whole under its label."""
    assert pairs("加强党建工作。牵头部门：党委办公室（董事会办公室）；配合部门：财务部。") == [
        ("党委办公室（董事会办公室）", L), ("财务部", S)]
    assert pairs("推进改革。（责任部门：综合部（监事会办公室））") == [("综合部（监事会办公室）", R)]


def test_a_bracket_after_a_labelled_unit_naming_another_body_and_its_role_is_a_nested_annotation():
    """承办单位：市X局（市Y中心具体实施）: the labelled body hands the work on inside a bracket; the body in it takes
    its own verb's role and the unit before it keeps the label's, in a bare bracket too. A bracket of names alone
    (another name of the body) and a role in brackets with no body (市X局（牵头）) read as before."""
    assert pairs("举办非遗展演。承办单位：市甲局（市乙中心具体实施）；协办单位：市丙联合会。") == [
        ("市甲局", R), ("市乙中心", I), ("市丙联合会", S)]
    assert pairs("开展读书月。责任单位：市委丁部（市戊馆具体承办）、市己局。") == [
        ("市委丁部", R), ("市戊馆", R), ("市己局", R)]
    assert pairs("送戏下乡。牵头单位：市庚局（市辛集团负责）；配合单位：各县（市、区）人民政府。") == [
        ("市庚局", L), ("市辛集团", R), ("各县（市、区）人民政府", S)]
    assert pairs("开展巡演（市庚局（市辛集团具体实施）牵头，市丙联合会配合）。") == [
        ("市庚局", L), ("市辛集团", I), ("市丙联合会", S)]
    assert pairs("加强保密工作。牵头单位：市委壬办（市癸局）；配合单位：市甲局（牵头）。") == [
        ("市委壬办（市癸局）", L), ("市甲局", L)]


def test_a_listed_body_named_again_as_the_lead_is_named_once_as_the_lead():
    """承办单位：A、B（A牵头） / 承办单位：A、B，由A牵头: the bracket or clause after the list says which of its bodies
    leads; that body is named once, as the lead, in its place, the others keep the label's role. A lead outside the
    list (a body handing the work on) is still a mention of its own."""
    assert pairs("推进甲项目建设。承办单位：市甲局、市乙局（市甲局牵头）；协办单位：市丙局。") == [
        ("市甲局", L), ("市乙局", R), ("市丙局", S)]
    assert pairs("推进乙项目建设。承办单位：市丁局、市戊局，由市丁局牵头。") == [("市丁局", L), ("市戊局", R)]
    assert pairs("推进丙项目建设。责任单位：县甲局、县乙局、县丙局（县乙局牵头）。") == [
        ("县甲局", R), ("县乙局", L), ("县丙局", R)]
    assert pairs("推进丁项目建设。承办单位：市甲局、市乙局（市丙中心牵头）。") == [
        ("市甲局", R), ("市乙局", R), ("市丙中心", L)]


def test_a_labels_second_body_set_under_the_first_on_the_next_line_stays_under_the_label():
    """承办单位：A（牵头） / 　　　　　B / 协办单位：无: a sheet prints the label's second body under the first, no 、
    closing the line; it is one of the label's units when the next label follows. A line of a name closing the text
    (a signature) is not."""
    assert pairs("推进乙项目建设。\n承办单位：市丙局（牵头）\n　　　　　市丁局\n协办单位：市戊局") == [
        ("市丙局", L), ("市丁局", R), ("市戊局", S)]
    assert pairs("推进丙项目建设。\n承办单位：市甲局\n市乙局\n市丙中心\n办结时限：6月底前") == [
        ("市甲局", R), ("市乙局", R), ("市丙中心", R)]
    assert pairs("推进丁项目建设。\n承办单位：市甲局\n市政府督查室") == [("市甲局", R)]


def test_an_agent_clause_ends_before_the_annotation_bracket_closing_its_sentence():
    """…，由网格员入户开展宣传（责任单位：X，配合单位：Y）。 — 由 names who does the field work, people, and the
    bracket after it is the task's annotation, read on its own; the 由 part never runs into it."""
    assert pairs("发挥网格作用。纳入网格化管理，由网格员入户开展宣传（责任单位：县甲委，配合单位：各乡镇人民政府，"
                 "各村（社区）落实）。") == [("县甲委", R), ("各乡镇人民政府", S), ("各村（社区）", I)]


def test_a_role_word_after_a_verb_is_the_bodys_work_not_its_name():
    """市X室负责督办: 督办 after 负责 says what the body does; though 办 ends names, a role word is never one."""
    assert pairs("跟踪审议意见落实。市甲室负责督办，各专门委员会配合。") == [("市甲室", R), ("各专门委员会", S)]


def test_a_clause_opening_with_a_preposition_of_the_task_is_no_units_sentence():
    """对社会投资项目实行施工许可分阶段办理: a sentence saying what is done to what (对 / 在 / 将 …) ends in a verb and
    its last word ends as a body's name does (段, as 公路段), yet it names no body; the bracket after it does."""
    assert pairs("推行拿地即开工。对社会投资项目实行施工许可分阶段办理。（市甲局负责）") == [("市甲局", R)]
    assert pairs("加强对外交流。对外联络部牵头，市乙局配合。") == [("对外联络部", L), ("市乙局", S)]


def test_the_kind_of_enterprise_after_deng_is_dropped():
    """中国移动某分公司等电信企业: 等 and the kind of enterprise it stands for (电信企业, 金融企业) end the list, as
    等有关部门 does; a name holding 等 as letters (某某等离子科技企业) stays whole."""
    assert pairs("督促落实实名制。（县甲局牵头，某移动分公司等电信企业配合）") == [("县甲局", L), ("某移动分公司", S)]
    assert pairs("推进。（县乙局牵头，某某等离子科技企业配合）") == [("县乙局", L), ("某某等离子科技企业", S)]


def test_the_kind_of_organisation_after_deng_is_dropped():
    """市甲学会、市乙学会等行业组织配合 / X协会等社会组织负责 / 等群团组织: a list of associations closed by the kind of
    organisation they stand for; 等 and the kind end the list, as 等有关部门 does, and 组织 there is no verb (the role is
    the verb after it). A body whose own name ends in 组织 (市社会组织党组织) keeps it."""
    assert pairs("强化行业自律。（市甲委负责，市甲学会、市乙学会等行业组织配合）") == [
        ("市甲委", R), ("市甲学会", S), ("市乙学会", S)]
    assert pairs("加强行业培训。（市丙协会等社会组织负责）") == [("市丙协会", R)]
    assert pairs("加强宣传。（市丁联等群团组织配合，市戊局负责）") == [("市丁联", S), ("市戊局", R)]
    assert pairs("推进工作。（市己局牵头，市庚协会等行业组织组织实施）") == [("市己局", L), ("市庚协会", I)]


def test_the_kind_of_media_after_deng_is_dropped():
    """市甲融媒体中心等新闻媒体配合 / X日报等主流媒体 / 等媒体: a publicity task closes its list of outlets with the kind
    they stand for; 等 and the kind end the list, as 等有关部门 does."""
    assert pairs("做好宣传。营造氛围。（市甲部负责，市甲融媒体中心等新闻媒体配合）") == [
        ("市甲部", R), ("市甲融媒体中心", S)]
    assert pairs("加强解读。（市乙局牵头，乙州日报、乙州广播电视台等主流媒体配合）") == [
        ("市乙局", L), ("乙州日报", S), ("乙州广播电视台", S)]
    assert pairs("培育市场。（市丙局牵头，市丙工商联等社会组织配合）") == [("市丙局", L), ("市丙工商联", S)]


def test_a_list_of_a_bodys_own_offices_closed_by_deng_chushi_drops_the_group():
    """财务处、关税处等相关处室 / X科等科室 / X股等股室: a bureau's internal plan closes the list of its own offices with
    the kind they are (处室, 科室, 股室); 等 and the kind end the list, as 等有关部门 does. 各处室 with no 等 is a
    collective and stays a name."""
    assert pairs("加强审计。（牵头：甲审计处；配合：甲财务处、甲征收处等相关处室）") == [
        ("甲审计处", L), ("甲财务处", S), ("甲征收处", S)]
    assert pairs("开展评查。（牵头：乙法规处；配合：乙监督科等科室）") == [("乙法规处", L), ("乙监督科", S)]
    assert pairs("开展评查。（牵头：丙办公室；配合：丙综合股等股室）") == [("丙办公室", L), ("丙综合股", S)]
    assert pairs("开展评查。（牵头：丁法规处；配合：各处室）") == [("丁法规处", L), ("各处室", S)]


def test_a_list_of_banks_closed_by_deng_and_their_kind_drops_the_kind():
    """市甲农商银行、乙村镇银行等地方法人银行落实: a financial plan closes its list of banks with the kind they are
    (…银行, as …金融机构); 等 and the kind end the list, as 等有关部门 does."""
    assert pairs("扩大首贷。（市甲农商银行、乙村镇银行等地方法人银行落实）") == [("市甲农商银行", I), ("乙村镇银行", I)]
    assert pairs("加大投放。（丙银行某分行等商业银行负责）") == [("丙银行某分行", R)]


def test_an_office_named_for_a_kind_of_zone_and_a_field_joined_by_he_is_one_name():
    """自贸区和特殊区域发展处 / 开发区和口岸管理处: a customs or commerce body's office named for the kind of zone it
    oversees and a second field; the bare kind of zone is no locality there, so 和 parts no names, and a bare bracketed
    list holding such an office is still the task's annotation. A named zone, a collective or a body with its level
    after 和 still parts two names."""
    assert pairs("推进口岸开放。（牵头：开发区和口岸管理处；配合：甲法规处）") == [
        ("开发区和口岸管理处", L), ("甲法规处", S)]
    assert pairs("推动保税区发展。（自贸区和特殊区域发展处、甲法规处）") == [
        ("自贸区和特殊区域发展处", R), ("甲法规处", R)]
    assert pairs("推进项目。（牵头单位：各开发区和各乡镇）") == [("各开发区", L), ("各乡镇", L)]
    assert pairs("推进项目。（牵头单位：开发区和县商务局）") == [("开发区", L), ("县商务局", L)]
    assert pairs("推进项目。（牵头单位：县发展改革局和县财政局）") == [("县发展改革局", L), ("县财政局", L)]
    plan = _one_plan("某海关2024年工作要点\n各项任务后括号内所列部门中，标注▲的为牵头部门，其余为配合部门。\n"
                     "一、服务开放平台建设\n1.推动保税区发展。支持新业态。（▲自贸区和特殊区域发展处、甲法规处、乙海关）\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("自贸区和特殊区域发展处", L), ("甲法规处", S), ("乙海关", S)]]


def test_a_kind_of_area_before_an_agent_clause_is_no_body():
    """城区由县甲局负责，农村地区由各乡镇人民政府负责: a task splits its work by kind of area, each clause naming the area
    before 由 and its bodies after; the area (城区, 农村地区, 郊区) is no body though it ends as a place does, in the
    clauses after a comma as in the first, in a sentence as in a bracket."""
    both = [("县甲局", R), ("各乡镇人民政府", R)]
    assert pairs("推进分类。城区由县甲局负责，农村地区由各乡镇人民政府负责。") == both
    assert pairs("推进分类。（城区由县甲局负责，农村地区由各乡镇人民政府负责）") == both
    assert pairs("推进保洁。（县乙局负责，主城区由县丙中心负责，郊区由各乡镇配合）") == [
        ("县乙局", R), ("县丙中心", R), ("各乡镇", S)]


def test_county_party_committees_with_their_kinds_in_brackets_after_a_support_list():
    """各县（市、区）委 after the comma closing a 配合 list: the committees of the localities, their kinds bracketed as in
    各县（市、区）人民政府, carry the task there as 各县委 does (responsible)."""
    assert pairs("推进工作。（牵头单位：市委甲部；配合单位：市委乙部，各县（市、区）委）") == [
        ("市委甲部", L), ("市委乙部", S), ("各县（市、区）委", R)]


def test_a_leader_named_by_post_and_name_is_a_person_not_a_body():
    """（市委常委、宣传部部长李某某牵头，…）: a party committee's plan names the leader who leads a task by post and name;
    the reading says it names people and reads the bodies after it. A body's head named by post alone (市甲局局长)
    still stands for the body."""
    r = read_task("推进工作。（市委常委、宣传部部长李某某牵头，市委甲部、市乙办配合）")
    assert [(a.name, a.role) for a in r.assignments] == [("市委甲部", S), ("市乙办", S)]
    assert any("宣传部部长李某某" in message for _, message in r.warnings)
    assert pairs("推进工作。（市甲局局长负责）") == [("市甲局", R)]


def test_a_level_word_set_apart_by_a_space_opens_the_name_after_it():
    """县 住建局: OCR of a scan sets a space after a level word; a level word alone names no body, so it opens the name
    after it (before: 县 was dropped and 住建局 read alone). Names set apart by spaces still part."""
    assert pairs("推进。（县 住建局负责，县市场监管局配合）") == [("县住建局", R), ("县市场监管局", S)]
    assert pairs("推进。（市甲局 市乙局）") == [("市甲局", R), ("市乙局", R)]


def test_clauses_of_units_and_verbs_closing_a_sentence_after_its_duty():
    """分工 and 属地 lists write who does a duty after it, with a comma and no 由: 做好油烟监管，市甲局牵头，市乙局、市丙局
    配合。 The closing clauses are the task's units; a notice's requirement closing so (…，各有关部门要密切配合) names
    none, and such clauses never make an item a task (running text)."""
    assert pairs("做好沿街餐饮油烟监管，市甲局牵头，市乙局、市丙局配合。") == [("市甲局", L), ("市乙局", S), ("市丙局", S)]
    assert pairs("加强督查。定期通报进展，各有关部门要密切配合。") == []
    assert read_task("做好油烟监管，市甲局牵头，市乙局配合。", running_text=False).assignments == []


def test_residents_and_officers_of_grassroots_work_are_people_and_a_village_work_teams_labels_are_known():
    """A 街道 or a village names among its bodies the residents and officers who do grassroots work (楼栋长, 单元长,
    党员中心户, 网格指导员, 驻村工作队员): people, never units, and never a reason to drop the body beside them."""
    assert pairs("推进。（平安办负责，单元长、党员中心户配合）") == [("平安办", R)]
    assert pairs("推进。（社区居委会负责，楼栋长、网格指导员配合）") == [("社区居委会", R)]
    assert pairs("推进。（驻村工作队员负责）") == []
    assert pairs("推进。（市人大常委会代表工作委员会负责）") == [("市人大常委会代表工作委员会", R)]
    # a 驻村 list names the village's helping department by reference in its sentences: a body
    assert pairs("推进。（村党支部负责，帮扶单位配合）") == [("村党支部", R), ("帮扶单位", S)]


def test_a_villages_officers_and_auxiliary_police_are_people():
    """A village plan names beside its bodies its officers (村会计王某某, 出纳, 村计生专干) and the auxiliary police posted
    to it (驻村辅警, 驻村协警): people, as 驻村民警 and 村文书 are."""
    assert pairs("推进。（镇派出所、村委会负责，驻村辅警配合）") == [("镇派出所", R), ("村委会", R)]
    assert pairs("推进。（村委会负责，驻村协警配合）") == [("村委会", R)]
    assert pairs("推进。（村监会监督，村会计王某某负责）") == [("村监会", S)]
    assert pairs("推进。（村卫生室负责，村计生专干配合）") == [("村卫生室", R)]


def test_units_after_a_dash_closing_a_tasks_line():
    """A 任务清单 set as lines writes each task, a dash, then its units (——, —, --), a role marked in brackets after a
    name as tables mark it; the mark is that name's alone (县甲办（牵头）、县乙局、各乡镇（落实）). A dash before more of the
    task's words (——以项目为抓手) or between years (2030—2032年) names no unit."""
    assert pairs("深化国企改革——县甲中心（牵头）、县乙局") == [("县甲中心", L), ("县乙局", R)]
    assert pairs("推进预算改革 —— 县乙局") == [("县乙局", R)]
    assert pairs("推进市场建设--县丙局、县丁局") == [("县丙局", R), ("县丁局", R)]
    assert pairs("推进法治建设——县甲办（牵头）、县乙局、各乡镇（落实）") == [("县甲办", L), ("县乙局", R), ("各乡镇", I)]
    assert pairs("实施2030—2032年三年行动——以项目为抓手") == []


def test_units_after_a_dot_leader_closing_a_tasks_line():
    """A 任务清单 typed as a table of contents leads each task's line by dots to its units at the right margin (……,
    ····, ．．．．, ......) as a 目录 leads to its page: the units are the task's, as after a dash, and the leader is no
    word of the title. A real 目录 (dots, then a page number) names no unit."""
    plan = _one_plan("某市2026年重点工作任务清单\n"
                     "1.推进甲乙管网改造，改造管网26公里…………………市甲局、市乙局\n"
                     "2.新增丙丁床位100张····················市丙局\n"
                     "3.建成戊己基站200个．．．．．．．．．．市丁局（牵头）、市戊局\n"
                     "4.建设庚辛公园3个......市己局\n")
    assert [(t.title, _units(t)) for t in plan.tasks()] == [
        ("推进甲乙管网改造，改造管网26公里", [("市甲局", R), ("市乙局", R)]),
        ("新增丙丁床位100张", [("市丙局", R)]),
        ("建成戊己基站200个", [("市丁局", L), ("市戊局", R)]),
        ("建设庚辛公园3个", [("市己局", R)])]
    assert pairs("第一章　总体要求…………………………3") == []
    # an ellipsis closing the words before a bracket is the title's own, no leader
    (ellipsis,) = _one_plan("某市2026年重点工作任务清单\n1.开展清洁家园行动，每月评比一次……（市庚局）\n").tasks()
    assert (ellipsis.title, _units(ellipsis)) == ("开展清洁家园行动，每月评比一次……", [("市庚局", R)])


def test_a_leader_and_units_on_the_line_after_a_wrapped_task():
    """A long task of a 清单 wraps in Word and its leader (or dash) and units stand alone on the next line; the line
    may follow a closing quotation mark (…“最后一公里”): the units are the task's, and its title the first line."""
    plan = _one_plan("某市2026年重点工作任务清单\n"
                     "1.推进甲乙管网改造，改造燃气、供水、排水管网26公里\n"
                     "………………………………市甲局、市乙局\n"
                     "2.打通丙丁寄递“最后一公里”\n"
                     "………………………………市丙局、市丁局\n"
                     "3.开展戊己“放心消费”行动\n"
                     "——市戊局\n")
    assert [(t.title, _units(t)) for t in plan.tasks()] == [
        ("推进甲乙管网改造，改造燃气、供水、排水管网26公里", [("市甲局", R), ("市乙局", R)]),
        ("打通丙丁寄递“最后一公里”", [("市丙局", R), ("市丁局", R)]),
        ("开展戊己“放心消费”行动", [("市戊局", R)])]


def test_units_after_a_tab_or_a_wide_gap_closing_a_tasks_line():
    """A 任务清单 typed with a right tab stop and no leader sets each task's units at the margin after a tab; a copy may
    turn the tab into a run of spaces. The units are the task's, as after a leader, and the gap is no word of the
    title; a long task's units may stand alone on its last line, set in by the tab. Names glued on a wrap stay the
    title's (no gap, no units), and a wide gap before words that are no bodies' names parts nothing."""
    plan = _one_plan("某市2026年重点工作任务清单\n"
                     "1.推进甲乙管网改造，改造管网26公里\t市甲局、市乙局\n"
                     "2.新增丙丁床位100张      市丙局\n"
                     "3.建成戊己基站200个\t市丁局（牵头）、市戊局\n"
                     "4.推进庚辛管网改造，改造燃气、供水、排水管网30公里\n"
                     "\t市己局、市庚局\n")
    assert [(t.title, _units(t)) for t in plan.tasks()] == [
        ("推进甲乙管网改造，改造管网26公里", [("市甲局", R), ("市乙局", R)]),
        ("新增丙丁床位100张", [("市丙局", R)]),
        ("建成戊己基站200个", [("市丁局", L), ("市戊局", R)]),
        ("推进庚辛管网改造，改造燃气、供水、排水管网30公里", [("市己局", R), ("市庚局", R)])]
    assert pairs("推进甲乙工作  全面完成") == []
    # two offices signing together, set apart by a wide gap: names parted, no task's words before units
    assert pairs("以上工作按期完成\n县甲委员会      县乙人民政府办公室") == []
    # a gap inside a sentence (a tab a copy left after a word) before words and an annotation: the annotation's units
    plan = _one_plan("某市2026年重点工作任务清单\n1.压实甲乙责任。推动\t企业落实全员责任制（责任单位：市甲局）。\n")
    assert [_units(t) for t in plan.tasks()] == [[("市甲局", R)]]


def test_names_under_a_line_ending_on_a_word_awaiting_its_object_are_that_object():
    """A hanging indent sets a task's wrapped words in under its first line; where that line ends on a word whose
    object follows (督查对象为 / 资金拨付给 / 成员单位包括), the names below are the sentence's object, words of the task,
    no units set apart by a tab (before: the title cut and 乙乡人民政府、县丙局 read as the task's units). A line
    closing on a noun (打击…违法行为) sets its units off after the tab as before."""
    plan = _one_plan("某县2026年重点工作任务清单\n"
                     "1.加大甲项资金投入，资金拨付给\n  乙乡人民政府\n\n"
                     "2.开展丁项专项督查，督查对象为\n    乙乡人民政府、县丙局\n\n"
                     "3.开展戊类专项整治，严厉打击非法集资、电信诈骗等违法行为\n\t县己局、县庚局\n")
    assert [(t.title, _units(t)) for t in plan.tasks()] == [
        ("加大甲项资金投入，资金拨付给乙乡人民政府", []),
        ("开展丁项专项督查，督查对象为乙乡人民政府、县丙局", []),
        ("开展戊类专项整治，严厉打击非法集资、电信诈骗等违法行为", [("县己局", R), ("县庚局", R)])]


def test_a_dash_inside_a_stages_date_bracket_names_no_units():
    """A 时间安排 stage opens with its dates in a bracket (专项规划编制阶段（2025年1月—2026年6月）。…): the dash joins the
    ends of the range, inside the bracket, and the sentences after it are the stage's own, not units after a dash
    (before: the title cut at the dash and 各专项规划编制单位 read from the sentence after it). The dash setting a task's
    units off stands outside any bracket."""
    text = "\n".join(["一、时间安排",
                      "（一）前期阶段（2024年6月—2025年3月）。完成专题研究。责任单位：县甲局，县乙局。",
                      "（二）编制阶段（2025年1月—2026年6月）。各专项规划编制单位按照表2完成报批工作，县甲局负责审查备案。"])
    (plan,) = parse_text(text)
    assert [(t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        ("前期阶段（2024年6月—2025年3月）", [("县甲局", R), ("县乙局", R)]),
        ("编制阶段（2025年1月—2026年6月）", [("县甲局", R)])]
    assert pairs("推进规划编制（2025年）——县甲局") == [("县甲局", R)]


def test_a_dash_joining_a_dated_tasks_months_opens_no_units():
    """A step of a 实施步骤 opens with its dates (2.2030年7月—8月，完成普查区划分。): the dash joins the two months, and
    what follows it (8月，… and the task's own bracket 责任单位：…；完成时限：…) is no list of units after a dash, so the
    reader does not say it failed to read the bracket's label; the bracket's units are read."""
    task = read_task("2.2030年7月—8月，完成普查区划分。（责任单位：县甲办、县乙局；完成时限：2030年8月底前）")
    assert [(a.name, a.role) for a in task.assignments] == [("县甲办", R), ("县乙局", R)]
    assert task.warnings == []
    task = read_task("3.2030年11月—2031年3月，开展入户登记。（县丙局负责）")
    assert [(a.name, a.role) for a in task.assignments] == [("县丙局", R)]
    assert task.warnings == []


def test_a_closing_clause_of_units_their_verb_and_what_they_do():
    """Town plans close a duty with X负责，各村配合做好… / 各村落实…措施: the last clause's units and role verb, then what
    they do (the object is the task's text). Only where the words before the verb are bodies' names written whole from
    their opening (镇X站, 各村): words of the task ending as a name does (倒逼生产经营单位落实…) name no body."""
    assert pairs("办好教育。完成幼儿园改扩建。镇甲学校负责，各村配合做好适龄儿童入学动员。") == [("镇甲学校", R), ("各村", S)]
    assert pairs("森林防火。严管野外用火，镇乙站负责，镇丙所配合，各村落实护林员日常巡护。") == [
        ("镇乙站", R), ("镇丙所", S), ("各村", I)]
    assert pairs("强化执法。加大处罚力度，倒逼生产经营单位落实主体责任。") == []


def test_units_and_their_role_verb_opening_a_sentence_then_more_clauses():
    """County 要点 write a task's units into its body with no bracket: the units, their role verb and their work open a
    sentence after the heading, more clauses follow (X、Y分别牵头开展…，落实… / X牵头开展…，Y配合 / X牵头，开展…).
    Before, such a clause was read only when it ended the sentence. A sentence of the task's own wording naming
    bodies with no role's word right after them (…等相关部门要…, 各乡镇组织开展…) stays no annotation, and the
    heading sentence is not read so."""
    assert pairs("甲任务。县甲局、县乙委、县丙局分别牵头开展隐患排查，落实人防物防措施。") == [
        ("县甲局", L), ("县乙委", L), ("县丙局", L)]
    assert pairs("乙任务。县丁局牵头开展燃气整治，县戊局、县己局配合。") == [("县丁局", L), ("县戊局", S), ("县己局", S)]
    assert pairs("丙任务。县甲局、县乙局牵头，开展隐患排查。") == [("县甲局", L), ("县乙局", L)]
    assert pairs("己任务。镇甲所负责，镇乙院配合做好政策宣传。") == [("镇甲所", R), ("镇乙院", S)]
    assert pairs("丁任务。各乡镇要落实属地责任，县甲局等相关部门要加强指导。") == []
    assert pairs("戊任务。各乡镇（街道）组织开展网格排查，建立台账。") == []
    assert pairs("县甲局牵头开展隐患排查，落实人防物防措施。") == []


def test_a_villages_officers_are_people_and_its_militia_a_body():
    """A village plan names its officers (村民小组长, 村文书) beside its bodies: people, not units; its militia (村民兵连,
    镇民兵连) is a body its emergency tasks go to."""
    assert pairs("推进。（村委会负责，村民小组长、村文书配合）") == [("村委会", R)]
    assert pairs("推进。（镇甲办牵头，镇民兵连配合）") == [("镇甲办", L), ("镇民兵连", S)]


def test_a_request_before_the_units_is_no_part_of_their_names():
    """商请市X局、市Y局配合: the plan asks bodies outside it to act, the request no part of the first name."""
    assert pairs("推进。（商请市甲局、市乙局配合）") == [("市甲局", S), ("市乙局", S)]


@pytest.mark.parametrize("leader", ["由副镇长李某同志包片，", "王某同志挂点，", "包片领导赵某，", "由县领导钱某某包联，"])
def test_a_leaders_clause_opening_the_units_sentence_is_passed_over(leader):
    """A town's 包片 plan names the leader posted to each 片区 before the units (由副镇长李某同志包片，X牵头，Y配合，甲村、乙村
    落实。): the leader is a person, no unit; the clauses after him are the units' sentence (before: nothing read)."""
    text = f"北片区（甲村、乙村）\n{leader}镇综治办牵头，镇林业站配合，甲村、乙村落实。"
    assert pairs(text) == [("镇综治办", L), ("镇林业站", S), ("甲村", I), ("乙村", I)]


def test_a_posting_clause_whose_subject_is_a_body_is_not_passed_over():
    """由镇综治办包片，…: a body posted to the ground is no leader's clause; the sentence is left as it was read."""
    from generator.parse.annotations.finders import _after_leaders_clause

    assert _after_leaders_clause("由镇综治办包片，镇林业站配合") == "由镇综治办包片，镇林业站配合"
    assert _after_leaders_clause("由副镇长李某同志包片，镇林业站配合") == "镇林业站配合"


def test_a_body_posted_to_its_villages_answers_for_them_the_villages_no_units():
    """镇水利站包保河坝村、李家村: a town's plan writes a station's contact duty as the body, 包联 / 包保 and the villages
    it covers; the body is responsible, the villages its ground, no units (before: 镇水利站包保河坝村 + 李家村, and a
    bracket of the body and two villages read no unit at all). In a cell the ground may stand in brackets."""
    assert pairs("加强防火。（镇甲站包联东村、西村）") == [("镇甲站", R)]
    assert pairs("防汛转移。（由镇乙所包保南村、北村）") == [("镇乙所", R)]
    assert pairs("巡护林区。（镇甲站包联东村，各村（社区）落实）") == [("镇甲站", R), ("各村（社区）", I)]
    assert pairs("巡护林区。（责任站所：镇甲站（包联东村））") == [("镇甲站", R)]
    # 包联单位 / 包保责任: the posting word opens a noun, no verb and object
    assert pairs("推进项目。（包联单位：镇丙办）") == [("镇丙办", R)]


def test_a_body_posted_to_a_group_of_people_is_still_the_unit():
    """镇派出所包保重点人员: a body answering for a group of people (重点人员, 特困户) is the clause's unit; the people
    ending of the verb's object says nothing of the body before it (before: thrown away as naming people)."""
    assert pairs("管控风险。（镇丁所包保重点人员，镇戊中心配合）") == [("镇丁所", R), ("镇戊中心", S)]
    assert pairs("做好供养。（镇己办包保特困户）") == [("镇己办", R)]


def test_people_posted_to_a_ground_are_people_beside_the_units():
    """班子成员包联企业 / 各包村干部包保到户 / 班子成员包片，站所包行业: the cadres posted to the ground, written with the
    verb's object or a verb holding its ground, are people (said so), never a unit, and the units' clauses beside them
    keep their reading (before: read as a unit, or the whole bracket not understood and its unit lost)."""
    reading = read_task("做好监测。（镇甲办负责，各包村干部包保到户）")
    assert [(a.name, a.role) for a in reading.assignments] == [("镇甲办", R)]
    assert any("'各包村干部' names people" in said for _, said in reading.warnings)
    assert pairs("整治环境。（班子成员包联村（社区），镇乙办牵头）") == [("镇乙办", L)]
    assert pairs("抓好安全。（班子成员包片，镇丙办负责）") == [("镇丙办", R)]
    assert ("镇丙办", R) in pairs("抓好安全。（班子成员包片，站所包行业，镇丙办负责）")


def test_a_proposal_split_among_units_makes_each_responsible_for_its_part():
    """分办：A、B (or 分办单位 / 分别办理) splits a proposal among units, each answering for its own part; the part written
    in brackets after a unit (（政策部分）, （监管方面）) is no word of its name, another name of the body is."""
    assert pairs("关于推进甲项建设的提案\n分办：市甲局、市乙局") == [("市甲局", R), ("市乙局", R)]
    assert pairs("关于加大乙项支持的提案\n分办：市丙局（政策部分）、某银行某市分行（再贷款部分）") == [
        ("市丙局", R), ("某银行某市分行", R)]
    assert pairs("关于丙项的提案\n分办单位：市丁局（监管方面）、市委组织部（人才办）") == [("市丁局", R), ("市委组织部（人才办）", R)]
    assert pairs("关于丁项的提案\n分别办理：市戊局、市己局") == [("市戊局", R), ("市己局", R)]


def test_a_way_of_holding_stock_in_brackets_after_a_holder_is_no_word_of_its_name():
    """某公司（协议储备）: a reserve plan writes after each holder how it holds the stock (协议 / 产能 / 实物 储备, 代储);
    the bracket names no second body and is no word of the name; a body's second name in brackets is kept."""
    assert pairs("做好物资储备。（某甲百货有限公司（协议储备）负责）") == [("某甲百货有限公司", R)]
    assert pairs("做好粮油储备。（市甲局（实物储备）负责，某乙粮油公司（产能储备）、某丙药业公司（委托代储）配合）") == [
        ("市甲局", R), ("某乙粮油公司", S), ("某丙药业公司", S)]
    assert pairs("做好粮食储备。（市发展改革委（市粮食和物资储备局）负责）") == [("市发展改革委（市粮食和物资储备局）", R)]


def test_an_offices_duty_in_brackets_after_its_name_is_no_word_of_it():
    """责任单位：A（牵头）、办公室（应急值守）: a bureau's task sheet writes each office's share of the task after it
    (（应急值守）, （资金保障）, （技术支撑）); the office is 办公室, as a part in brackets is no word of the name."""
    assert [(a.name, a.role) for a in read_task(
        "做好汛期值守。（责任单位：燃气管理处（牵头）、办公室（应急值守）、财务科（资金保障））").assignments] == [
        ("燃气管理处", L), ("办公室", R), ("财务科", R)]


def test_the_system_or_line_of_work_a_station_carries_in_brackets_is_no_word_of_its_name():
    """牵头站所:林业站(林长制)、水利站(河长制): a town's plan writes after each station the chief system or the line of
    work it carries, the last bracket of the list as the inner one; another name of the body stays whole."""
    assert pairs("抓好林业和水利工作。\n牵头站所:林业站(林长制)、水利站(河长制)") == [("林业站", L), ("水利站", L)]
    assert pairs("维护社会稳定。\n责任办:党政办（综治工作）、派出所") == [("党政办", R), ("派出所", R)]
    assert pairs("引进人才。（牵头单位：县委组织部（人才工作领导小组办公室））") == [("县委组织部（人才工作领导小组办公室）", L)]


def test_a_label_list_wrapped_after_its_enumeration_comma_goes_on_on_the_next_line():
    """会办：A、B、 / C等: a long list broken after its 、 runs on on the next line; a list ended on its line does not
    take the next line's words."""
    assert pairs("关于甲项的提案\n主办：市甲局\n会办：市乙局、市丙局、\n市丁局等") == [
        ("市甲局", L), ("市乙局", S), ("市丙局", S), ("市丁局", S)]
    assert pairs("推进甲项工作\n配合单位：市乙局、市丙局\n市丁局要加强督促") == [("市乙局", S), ("市丙局", S)]


def test_accepting_the_publics_oversight_names_no_body():
    """…，接受社会监督。 closes a duty with what the body submits to: 接受 opens no body's name (before, 接受社会 was read
    as a unit supporting the task, 社会 ending as 协会 does)."""
    assert pairs("公开资金情况。县财政局每季度公开资金使用情况，接受社会监督。") == []


def test_a_commissions_division_labels_with_the_head_chu_are_read():
    """A commission's plan labels its divisions 牵头处（室）：/ 配合处（室）：/ 责任处（室）：, or 牵头处：; 配合处（室）、单位：
    joins a second head, the list holding its divisions and the bodies under it (before: no unit read, or the label's
    words read as names)."""
    assert pairs("加强甲项。开展学习。（牵头处（室）：委甲处；配合处（室）：委乙处）") == [("委甲处", L), ("委乙处", S)]
    assert pairs("加强乙项。做好统计。\n牵头处（室）：丙处\n配合处（室）、单位：丁处、委属各单位") == [
        ("丙处", L), ("丁处", S), ("委属各单位", S)]
    assert pairs("加强丙项。（牵头处：戊处；配合处（室）、单位：己处、委属各单位）") == [
        ("戊处", L), ("己处", S), ("委属各单位", S)]
    assert pairs("加强丁项。做好法治。（责任处（室）：庚处、委办公室）") == [("庚处", R), ("委办公室", R)]
    assert pairs("加强戊项。（督导处：辛处）") == []  # 督导处 is an office, as 督导室 is, no label


def test_schools_under_a_label_of_their_own_are_read_with_its_role():
    """An education bureau's plan names the schools doing its work under a label of their own beside its 科室
    (责任学校：/ 落实学校：); schools under a label not known (试点学校：) are said, not dropped silently."""
    assert pairs("规范招生。（责任科室：甲股；责任学校：各中小学校）") == [("甲股", R), ("各中小学校", R)]
    assert pairs("深化改革。（责任科室：乙股；落实学校：县甲中学、县乙中学）") == [
        ("乙股", R), ("县甲中学", I), ("县乙中学", I)]
    reading = read_task("开展试点。（责任科室：丙股；试点学校：县丙小学）")
    assert [(a.name, a.role) for a in reading.assignments] == [("丙股", R)]
    assert ["'试点学校：县丙小学' is not known" in m for _, m in reading.warnings] == [True]


def test_an_oversight_label_supports_and_an_unknown_label_line_is_said():
    """监督单位：/ 监督科室： name the body overseeing a task (a 纪检 group, a 督导室): it supports, as 督办 / 监管单位 and the
    verb 监督 do; 监督科 / 监督处 stay offices. A label line the reader does not know beside the task's label lines
    (联系科室：X室) is said in a warning, as inside a bracket, not dropped silently."""
    from generator.source.corpus import parse_text

    assert pairs("加强甲项。开展排查。（责任科室：甲股；监督单位：局纪检组）") == [("甲股", R), ("局纪检组", S)]
    assert pairs("加强乙项。落实政策。\n责任科室：乙中心\n监督科室：丙室") == [("乙中心", R), ("丙室", S)]
    assert pairs("加强丙项。（监督科：丁股）") == []
    (plan,) = parse_text("某县某局2025年工作要点\n一、重点工作\n1.加强丁项。落实政策。\n责任科室：戊中心\n联系科室：己室\n"
                         "2.加强戊项。开展排查。\n责任科室：庚股\n", "lines.txt")
    assert [_units(t) for t in plan.tasks()] == [[("戊中心", R)], [("庚股", R)]]
    assert len(plan.warnings) == 1 and "'联系科室：己室' is not known" in plan.warnings[0]


def test_a_duty_written_unit_first_in_running_text_names_its_bodies():
    """A 职责分工 item written unit first with no colon (镇X办负责…，做好…): the body opening the sentence answers for
    it, also where the duty's object ends in a role verb's letters (…和会议组织, …、会议组织), and where the later names
    of a list open with a place's name, no level word (国网某某供电所、某某电信支局负责…). A collective opening the
    sentence (各地负责…) is the plan speaking, no body; 承担 is no such verb (a table's duty column writes 镇X办承担…
    as the statement its row's tasks carry out, their units in their own column)."""
    assert pairs("做好保障。镇甲办负责日常文电处理和会议组织，做好宣传报道。") == [("镇甲办", R)]
    assert pairs("做好保障。镇甲办负责文电处理、会议组织。") == [("镇甲办", R)]
    assert pairs("做好值守。镇乙办承担指挥部办公室日常工作，负责信息汇总报送，组织编制预案。") == []
    assert pairs("排查隐患。国网甲山供电所、甲山电信支局负责线路隐患排查，保障电力和通信畅通。") == [
        ("国网甲山供电所", R), ("甲山电信支局", R)]
    assert pairs("做好保障。各地负责日常文电处理和会议组织，做好宣传报道。") == []


def test_a_request_opening_the_units_sentence_is_no_word_of_the_first_name():
    """请X牵头，Y配合: minutes and 督办 lists ask the body to lead; 请 is the request, not the first letter of its name
    (before: a unit 请市甲局)."""
    assert pairs("推进改造。请市甲局牵头，市乙局配合，6月底前完成。") == [("市甲局", L), ("市乙局", S)]
    assert pairs("推进改造。责成市甲局牵头，市乙局配合。") == [("市甲局", L), ("市乙局", S)]


@pytest.mark.parametrize("text, name", [
    ("请某市乙税务局负责参保缴费征收工作，每周反馈征收进度。", "某市乙税务局"),
    ("请市丁委指导各级医疗机构推送新生儿出生信息。", "市丁委"),
    ("请市戊局负责提供低保对象名单。", "市戊局"),
])
def test_a_request_opening_an_items_first_sentence_with_its_bodys_own_verb_is_no_word_of_the_name(text, name):
    """请X负责… / 请X指导…: a letter's request opens the item itself, the body's verb after its name (no 会同, no units'
    sentence); 请 is the request, not the first letter of the body's name (before: a unit 请市丁委)."""
    assert pairs(text) == [(name, R)]


def test_a_letters_requests_name_their_bodies_without_the_request_word():
    """The same requests as a 商请协助…的函's items, read with their sentences' subjects: the bodies alone."""
    text = ("某市甲局关于商请协助做好参保缴费工作的函\n市乙税务局、市丁委：\n一、商请协助事项\n"
            "（一）请某市乙税务局负责参保缴费征收工作，每周反馈征收进度。\n"
            "（二）请市丁委指导各级医疗机构推送新生儿出生信息。\n"
            "二、有关要求\n（一）加强协同配合。建立部门信息共享机制。\n")
    [letter] = parse_text(text)
    assert [[(a.name, a.role) for a in t.assignments] for t in letter.tasks()] == [
        [("某市乙税务局", R)], [("市丁委", R)]]


def test_a_semicolon_parting_the_units_under_one_label_keeps_the_label_over_them():
    """Web ledgers sometimes part the units under one label with ； (配合单位：市甲科；市乙中心): the names after it, alone
    to the line's end, stay under the label (before: the run ended at the ； and they were lost). A clause that is
    more than names after the ； (区乙局要加强督导) still ends the run."""
    assert pairs("开展道路塌陷隐患排查。\n配合单位：市甲科；市乙中心\n完成时限：2025年12月底") == [
        ("市甲科", S), ("市乙中心", S)]
    assert pairs("开展道路塌陷隐患排查。\n责任单位：区甲局；区乙局要加强督导\n") == [("区甲局", R)]


@pytest.mark.parametrize("text, units", [
    ("开展监督检查。(机关纪委,局属各单位党组织)", [("机关纪委", R), ("局属各单位党组织", R)]),
    ("开展监督检查。（机关纪委、各党组织）", [("机关纪委", R), ("各党组织", R)]),
    # 党组织 with no 各 is the task's word (整顿软弱涣散村党组织), no collective: the bracket is not read, and said so
    ("整顿软弱涣散党组织。（机关纪委、基层党组织）", []),
])
def test_a_bare_list_naming_the_party_organisations_of_a_group_of_units(text, units):
    """A 机关党委's plan lists beside its offices the party organisations of its units (局属各单位党组织, 各党组织) in a
    bracket of names alone: a collective, read as the list's other names are."""
    assert pairs(text) == units


def test_a_bare_list_with_a_party_collective_follows_the_plans_positional_rule():
    from generator.source.corpus import parse_text

    (plan,) = parse_text("某局机关党委2030年党建工作要点\n一、政治建设\n"
                         "1.严明政治纪律。（机关党委、办公室，各党支部落实。列第一位的为牵头部门，其余为配合部门，下同）\n"
                         "2.加强监督。开展监督检查。（机关纪委、局属各单位党组织）\n")
    assert _units(plan.tasks()[1]) == [("机关纪委", L), ("局属各单位党组织", S)]


def _articles(*articles: str):
    """The tasks of a 管理办法 written in articles, read by their sentences' subjects."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text("某市家政服务业发展专项资金管理办法\n第一条　为规范专项资金管理，制定本办法。\n"
                         + "".join(f"第{'二三四五'[k]}条　{a}\n" for k, a in enumerate(articles)))
    return plan.tasks()[-len(articles):]


def test_a_list_writing_its_level_once_shares_it_with_the_bare_names_after():
    """各区（县）商务主管部门、财政局负责…: the level opens the list once, 财政局 is the districts' (kept as written)."""
    (task,) = _articles("各区（县）商务主管部门、财政局负责对本辖区项目进行日常监管，发现问题及时督促整改。")
    assert _units(task) == [("各区（县）商务主管部门", R), ("财政局", R)]


@pytest.mark.parametrize("text, units", [
    ("各区（县）商务主管部门负责项目的组织申报，督促项目单位按期实施。", [("各区（县）商务主管部门", R)]),
    # no domain before the head: the kind a list stands for, no body
    ("有关主管部门负责日常监管，发现问题及时整改。", []),
    ("相关行业主管部门负责日常监管，发现问题及时整改。", []),
])
def test_one_domains_department_at_each_level_is_a_subject(text, units):
    """各区（县）商务主管部门 ends in 部门 as 有关部门 does, but names one domain's department: a body."""
    (task,) = _articles(text)
    assert _units(task) == units


@pytest.mark.parametrize("text, units", [
    ("申报单位向所在区（县）商务主管部门提出申请。", []),
    ("申报单位按属地原则向所属部门提出申请。", []),
    ("各派出所在春节期间加强巡逻。", [("各派出所", R)]),  # a body's own 所 before 在
])
def test_the_suo_of_suozai_after_a_preposition_ends_no_name(text, units):
    """申报单位向所在区（县）…: after 向 the 所 opens 所在 (where the applicant belongs), not a body's name 申报单位向所."""
    (task,) = _articles(text)
    assert _units(task) == units


def test_a_unit_label_after_a_dash_closing_a_paragraph():
    """County 实施方案 close a task's paragraph with ——责任单位：X, the dash touching the label, on the same line or the
    line under it; a single dash (—) too. The dash parts the label from the task's words as 。 does, so the label and
    every label after it on the line are read (the lead of ——牵头单位：X　配合单位：Y is not lost)."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text("某县农村集市改造实施方案\n　　一、重点任务\n"
                         "　　（一）改造集贸市场。新建钢构大棚2处。——责任单位：县甲局、县乙局\n"
                         "　　（二）规范摊位管理。划定临时摊区。\n　　——责任单位：县丙中心\n"
                         "　　（三）畅通农产品销路。组织产销对接会。——牵头单位：县丁局　配合单位：县乙局\n"
                         "　　（四）保障市场用电。改造供电线路。—责任单位：县戊公司\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("县甲局", R), ("县乙局", R)], [("县丙中心", R)], [("县丁局", L), ("县乙局", S)], [("县戊公司", R)]]
    assert not plan.warnings


def test_a_role_word_in_a_quoted_chain_of_steps_is_no_dash_label():
    """A closed loop's steps joined by dashes (“排查—督办—销号”, “许可—监管—处罚”) may hold a role word that is also
    a label word: between two dashes it is a step, not ——督办：X, and the chain after a dash is no list of units; the
    bracket closing the task is read, with no warning about it."""
    for chain in ("“排查—督办—销号”闭环机制", "“许可—监管—处罚”全链条联动", "“指导—监督—考核”工作体系"):
        reading = read_task(f"健全隐患整改机制。建立{chain}。（牵头单位：县甲局；责任单位：县乙局）")
        assert [(a.name, a.role) for a in reading.assignments] == [("县甲局", L), ("县乙局", R)], chain
        assert reading.warnings == [], chain


def test_units_and_verbs_after_a_dash_closing_a_paragraph():
    """…。——县X局牵头，县Y局配合: the dash sets the units' sentence off from the task's paragraph and is no part of the
    first unit's name; so after a label (——责任单位：县X局，各乡镇人民政府落实) the label is read, not left unknown."""
    assert pairs("建设冷链平台。——县甲局牵头，县乙局配合") == [("县甲局", L), ("县乙局", S)]
    assert pairs("建设冷链平台。—— 县甲局负责") == [("县甲局", R)]
    reading = read_task("建设冷链平台。\n——责任单位：县甲局、县乙局，各乡镇人民政府落实")
    assert [(a.name, a.role) for a in reading.assignments] == [("县甲局", R), ("县乙局", R), ("各乡镇人民政府", I)]
    assert not reading.warnings


def test_the_others_of_a_positional_rule_support_in_the_manner_they_are_told():
    """"列在首位的为牵头单位，其他单位按职责分工配合" / "其余单位积极配合": how the others do their part comes between
    them and the support word; they still support. (其他单位按职责分工负责 leaves them responsible.)"""
    from generator.source.corpus import parse_text

    def roles(rule: str) -> list[tuple[str, str]]:
        [plan] = parse_text("某市2030年防灾减灾工作要点\n一、夯实基础\n"
                            "1.排查地灾隐患。（市甲局、市乙局、市丙局）\n" + rule + "\n")
        return [(a.name, a.role) for a in plan.tasks()[0].assignments]

    assert roles("以上各项任务，列在首位的为牵头单位，其他单位按职责分工配合。") == [("市甲局", L), ("市乙局", S), ("市丙局", S)]
    assert roles("以上任务列在首位的为牵头单位，其余单位积极配合。") == [("市甲局", L), ("市乙局", S), ("市丙局", S)]
    assert roles("以上任务列在首位的为牵头单位，其他单位按职责分工负责。") == [("市甲局", L), ("市乙局", R), ("市丙局", R)]


def test_a_clause_opened_by_yu_names_partners_up_to_the_joint_action():
    """(X牵头，Y配合，与A、B加强会商): bodies the task's units work with support, as those after 会同 do; 与 and the
    joint action (加强会商, 做好对接) are no part of their names, and a 与 clause naming no body names no unit."""
    assert pairs("完善汛情预警机制。（监测司牵头，气象处配合，与甲省应急厅、甲省水利厅加强会商）") == [
        ("监测司", L), ("气象处", S), ("甲省应急厅", S), ("甲省水利厅", S)]
    assert pairs("做好河道清障工作。（市河道中心牵头，与市气象局、市交通局做好对接）") == [
        ("市河道中心", L), ("市气象局", S), ("市交通局", S)]
    assert pairs("做好河道清障工作。（市河道中心牵头，与沿岸群众加强沟通）") == [("市河道中心", L)]


def test_a_committee_named_by_two_fields_joined_with_he_is_one_body():
    """社会和法制委员会: a 政协 committee names its two fields joined with 和, as 农业和农村委员会 does; 社会 ends in 会 as
    工会 / 协会 do but names no body, so the 和 joins the fields of one name, not two units."""
    assert pairs("开展界别协商。（社会和法制委员会牵头，各专门委员会配合）") == [("社会和法制委员会", L), ("各专门委员会", S)]
    assert pairs("开展界别协商。（农业和农村委员会牵头）") == [("农业和农村委员会", L)]
    assert pairs("开展普法宣传。（市甲局和市总工会负责）") == [("市甲局", R), ("市总工会", R)]


def test_bodies_taking_a_duty_in_turn_are_named_without_the_adverb():
    """各专门委员会轮流承办 / 各工作组依次负责: 轮流 and 依次 say the bodies take a recurring duty in turn, as 分别 says
    each takes its part; the adverb is no part of the name."""
    assert pairs("办好委员讲堂。（各专门委员会轮流承办，研究室统筹）") == [("各专门委员会", R), ("研究室", L)]
    assert pairs("开展月度巡查。（县甲局、县乙局依次负责）") == [("县甲局", R), ("县乙局", R)]


def test_a_manner_phrase_naming_the_plan_worked_to_is_no_part_of_the_name():
    """按照年度协商计划 / 根据协商计划: the plan the bodies work to, as 按职责分工 names their duties, is how they act,
    not the end of the last body's name; it does not make 执行 a role word as 按职责分工执行 does."""
    assert pairs("提高协商质量。（市甲办公室、各专门委员会按照年度协商计划分别组织实施）") == [
        ("市甲办公室", I), ("各专门委员会", I)]
    assert pairs("规范协商程序。（各专门委员会根据协商计划分别负责）") == [("各专门委员会", R)]
    assert pairs("开展专项巡查。（县甲局依据工作方案牵头，县乙局配合）") == [("县甲局", L), ("县乙局", S)]
    # a rule's wording (大城市按现有规定执行): 执行 takes a role only after a manner word of duty, not after a plan
    assert pairs("办理落户手续（特大城市按现有规定执行）") == []


def test_a_role_verb_opening_a_bodys_ending_is_letters_of_its_name():
    """A role verb whose last letter opens the body's ending written on (市政协办公室: 协办 + 公室) is letters of the name,
    not a verb cutting it. 汇总 / 总结 are no role verbs: a plan's sentence saying a body sums up what others report
    (…报省X局，省X局汇总形成报告) names no unit beside the task's own annotation."""
    assert pairs("做好履职总结。（市政协办公室负责，各专门委员会配合）") == [("市政协办公室", R), ("各专门委员会", S)]
    assert pairs("做好总结评估。各市于12月15日前将总结报省甲局，省甲局汇总形成报告。（省甲局负责）") == [("省甲局", R)]


def test_levels_of_government_sharing_the_name_after_he_are_one_collective():
    """中央和省驻某市各单位: 和 joins two levels of government sharing the name after it; 中央 alone names no body, so
    the list keeps one collective name (as 国家和省有关部门 does); 和 between two bodies still parts them."""
    assert pairs("加强宪法宣传。（责任单位：市直各单位、中央和省驻某市各单位）") == [
        ("市直各单位", R), ("中央和省驻某市各单位", R)]
    assert pairs("开展普法。（责任单位：省和市有关部门）") == [("省和市有关部门", R)]
    assert pairs("做好宣传。（责任单位：团中央和省团委）") == [("团中央", R), ("省团委", R)]


def test_the_ground_a_locality_acts_on_before_its_verb_is_no_part_of_its_name():
    """各市人民政府负责本地区落实 / 抓好本地区落实 / 负责辖区内落实 / 按照属地管理原则负责落实: provincial and city plans
    close an annotation with the localities' duty on their own ground; the scope (or the principle) between the body
    and 落实 is how it acts, as 按职责分工 is, not the end of its name; the body still implements."""
    assert pairs("推进煤炭替代。（省甲厅、省乙局按职责分工负责，各市人民政府负责本地区落实）") == [
        ("省甲厅", R), ("省乙局", R), ("各市人民政府", I)]
    assert pairs("开发水电。（省乙局负责，各市人民政府抓好本地区落实）") == [("省乙局", R), ("各市人民政府", I)]
    assert pairs("调控油气消费。（省甲厅负责，各市人民政府按照属地管理原则负责落实）") == [("省甲厅", R), ("各市人民政府", I)]
    assert pairs("推进节能改造。（省丙厅负责，各市人民政府负责本行政区域内组织实施）") == [("省丙厅", R), ("各市人民政府", I)]
    assert pairs("完善考评。（牵头单位：市甲办；责任单位：各县（市、区）乙委负责辖区内落实）") == [
        ("市甲办", L), ("各县（市、区）乙委", I)]


def test_an_ordinal_word_before_a_sentences_body_is_no_word_of_its_name():
    """一是 / 二是 paragraphs read as one item's text keep their ordinal words at the sentences' heads: 二是某局负责…
    names 某局 (the word counts the sentences)."""
    text = ("做好优抚工作\n"
            "一是落实安置政策。（甲县退役军人局负责）\n"
            "二是甲县征兵办负责组织年度征兵工作。\n"
            "三要甲县交通局负责落实军车通行优待。\n")
    assert pairs(text) == [("甲县退役军人局", R), ("甲县征兵办", R), ("甲县交通局", R)]


def test_a_party_word_glued_before_a_body_is_no_word_of_its_name():
    """An agreement names each party's body carrying a clause with 甲方 / 乙方 glued before it: the party word says
    whose body it is (甲方市X室 names 市X室), also for the second of a pair; a name with no party word keeps its letters."""
    assert pairs("开展合作评估。评估工作由甲方某市督查室和乙方发展规划处共同组织。") == [("某市督查室", L), ("发展规划处", L)]
    assert pairs("建立联络机制。甲方某市科技局、乙方科研处负责。") == [("某市科技局", R), ("科研处", R)]
    read = read_task("推进成果转化。由乙方负责成果转化平台运营。", subjects=True)  # a verb after it: no name
    assert [a.name for a in read.assignments] == []


def test_a_closing_sentence_of_units_doing_their_part_well_names_the_supporting_bodies():
    """做好 before the role verb is a light verb, as 予以 is: a plan's sentence after the task naming only bodies and
    their part (甲局、乙局按职责做好配合。) names them, in running text and in brackets alike."""
    assert pairs("组织年度征兵。甲县教育局、甲县公安局按职责做好配合。") == [("甲县教育局", S), ("甲县公安局", S)]
    assert pairs("组织年度征兵。（甲县人武部牵头，甲县公安局做好配合）") == [("甲县人武部", L), ("甲县公安局", S)]


def test_a_clause_naming_part_of_the_work_then_its_agent_after_you_names_only_the_agent():
    """（X负责；联合演练由Y组织）: an annotation adds who does one part of the task, naming the part first, then 由 and
    its agents; the part of the work is no unit's name, the agent takes the clause's verb."""
    assert pairs("开展应急演练。（甲县各单位负责；联合演练由甲县应急局组织）") == [("甲县各单位", R), ("甲县应急局", L)]
    assert pairs("改造消防设施。（乙部负责；办公区设施改造由办公室负责）") == [("乙部", R), ("办公室", R)]


def test_an_office_named_for_two_fields_it_manages_joined_by_yu_is_one_name():
    """实验室与设备管理处: a university names an office for the fields it manages, joined by 与 under one 管理处; the
    first field ending like a body (实验室) does not make 与 part two names. Two offices named otherwise, or bodies
    with their level, are still two."""
    assert pairs("新建示范中心。（实验室与仪器管理处牵头，财务处配合）") == [("实验室与仪器管理处", L), ("财务处", S)]
    assert pairs("修订安全办法。（保卫处、实验室与仪器管理处负责）") == [("保卫处", R), ("实验室与仪器管理处", R)]
    assert pairs("做好教师招聘。（教务处与人事处负责）") == [("教务处", R), ("人事处", R)]
    assert pairs("做好巡查。（市甲局与市乙管理处负责）") == [("市甲局", R), ("市乙管理处", R)]


def test_a_short_work_after_fuze_is_no_part_of_the_bodys_name():
    """甲公司、乙公司负责建队: a company's plan writes the work a body answers for straight after 负责; a work ending in
    a body's letter (队, 站) is no second name, the bodies before 负责 are responsible."""
    assert pairs("加强应急队伍建设。（丙部牵头，甲电力有限公司、乙港务有限公司负责建队）") == [
        ("丙部", L), ("甲电力有限公司", R), ("乙港务有限公司", R)]
    assert pairs("完善监测网络。（县甲局负责建站，县乙局配合）") == [("县甲局", R), ("县乙局", S)]


def test_the_party_and_government_chiefs_of_a_body_name_the_body():
    """各单位党政主要负责人: the body's party and government chiefs together head it, as 主要负责人 alone does; the task
    is the body's (a post with no body before it stays no unit)."""
    assert pairs("压实安全责任。（各二级单位党政主要负责人负责）") == [("各二级单位", R)]
    assert pairs("压实安全责任。（各单位主要负责人负责）") == [("各单位", R)]
    assert pairs("压实安全责任。（党政主要负责人负责）") == []


@pytest.mark.parametrize("text, units, deadlines", [
    # a time column's undated steps parted by ；: the step after ； carries on the schedule, it names no unit
    ("建设数据平台。(牵头单位:市甲局;完成时限:制定管理规则；推动平台上线)", [("市甲局", L)], ["制定管理规则；推动平台上线"]),
    ("建设数据平台。(牵头单位:市甲局;完成时限:（1）建成平台；（2）出台办法)", [("市甲局", L)], ["（1）建成平台；（2）出台办法"]),
    # a body named after the ； is a group of its own, with or without a verb
    ("建设数据平台。(牵头单位:市甲局;完成时限:年底前；市乙局)", [("市甲局", L), ("市乙局", R)], ["年底前"]),
    ("建设数据平台。(牵头单位:市甲局;完成时限:年底前；市乙局配合)", [("市甲局", L), ("市乙局", S)], ["年底前"]),
])
def test_undated_steps_after_a_deadline_label_stay_in_the_deadline(text, units, deadlines):
    reading = read_task(text)
    assert [(a.name, a.role) for a in reading.assignments] == units
    assert reading.deadlines == deadlines


def test_a_units_sentence_closed_by_an_ascii_full_stop_names_its_units():
    """…配合. / 责任单位为X. / 配合.乙县…负责落实: a plan pasted from Word or typed half-width ends its units' sentence
    with an ASCII full stop; after Chinese words it ends the sentence as 。 does. A decimal point or a number's label
    stays no sentence end."""
    assert pairs("推进平台建设。加快申建。此项工作由甲市商务局牵头，某海关、甲市财政局配合.") == [
        ("甲市商务局", L), ("某海关", S), ("甲市财政局", S)]
    assert pairs("建设创新平台。责任单位为市科技局、市工信局.") == [("市科技局", R), ("市工信局", R)]
    assert pairs("建设创新平台。此项工作由甲市科技局牵头，甲市工信局配合.各县（市、区）政府负责落实。") == [
        ("甲市科技局", L), ("甲市工信局", S), ("各县（市、区）政府", I)]
    assert pairs("新增绿地3.5公顷。（甲市园林局负责）") == [("甲市园林局", R)]


def test_an_ocr_look_alike_of_the_enumeration_comma_parts_a_list_of_names():
    """县乙局丶县丙局: OCR of a scanned plan returns 丶 for 、; between two names it parts them as 、 does, on a label's
    list and before a verb alike. The annotation and the task's words keep the text as published."""
    (plan,) = parse_text("某县饮水安全工作方案\n一、重点任务\n"
                         "1.加强水源保护。开展水源地排查整治。\n（牵头单位:县甲分局;配合单位:县乙局丶县丙局）\n"
                         "2.强化水质检测。每季度检测一次(县乙局牵头，县丁局丶县戊中心配合)。\n", "ocr.txt")
    assert [_units(t) for t in plan.tasks()] == [
        [("县甲分局", L), ("县乙局", S), ("县丙局", S)], [("县乙局", L), ("县丁局", S), ("县戊中心", S)]]
    assert [a.text for t in plan.tasks() for a in t.annotations] == [
        "牵头单位:县甲分局;配合单位:县乙局丶县丙局", "县乙局牵头，县丁局丶县戊中心配合"]
    assert "丶" in plan.tasks()[1].text


def test_a_stray_ocr_space_inside_a_label_or_role_verb_is_read_as_the_whole_word():
    """配 合单位: / 责 任单位: / X牵 头， / 各村落 实）: OCR of a scan sets spaces between any two characters, inside a
    label or role verb too; the word is read whole (before: the role lost, or 各村落 实 read as a responsible unit).
    A space between two words splits none (县乙局 配合), and a word the lexicon does not hold stays split. The
    annotation keeps the text as published."""
    (plan,) = parse_text("某镇环境整治工作方案\n一、重点任务\n"
                         "1.修复破损路面。修补坑洼。(镇城管办牵 头,县乙局、各村配 合)\n"
                         "2.清理乱贴乱画。集中清理。(责 任单位:各村、镇执法队)\n"
                         "3.整治占道经营。集中整治。(牵头单位:镇执法队;配 合单位:镇派出所)\n"
                         "4.清理废弃设施。恢复原貌。(镇执法队牵头,各村落 实)\n"
                         "5.整治背街小巷。集中清理。(镇甲办牵头,镇乙办 配合)\n", "ocr.txt")
    assert [_units(t) for t in plan.tasks()] == [
        [("镇城管办", L), ("县乙局", S), ("各村", S)], [("各村", R), ("镇执法队", R)],
        [("镇执法队", L), ("镇派出所", S)], [("镇执法队", L), ("各村", I)], [("镇甲办", L), ("镇乙办", S)]]
    assert plan.tasks()[1].annotations[0].text == "责 任单位:各村、镇执法队"
    text = "(牵 挂单位:镇甲办)"  # 牵挂单位 is no label: its space stays
    assert split_words_as_written_whole(text) == text


def test_a_space_after_a_bodys_name_is_no_ocr_split_of_the_verb_its_last_character_opens():
    """(镇科协 办) / (镇安委会 办): the space ends the body's name, though its last character and the next one make a
    role verb (协办, 会办); the name is read whole (before: 镇科 / 镇安委, read as supporting units). A verb split after a
    run that names no body (镇城管办牵 头) is still read whole."""
    (plan,) = parse_text("某镇环境整治工作方案\n一、重点任务\n"
                         "1.推进科普试点。集中推进。(镇科协 办)\n"
                         "2.排查安全隐患。集中排查。(镇安委会 办)\n"
                         "3.修复破损路面。修补坑洼。(镇城管办牵 头,各村配 合)\n", "ocr.txt")
    first, second, third = ([name for name, _ in _units(t)] for t in plan.tasks())
    assert first[0] == "镇科协" and "镇科" not in first
    assert second[0] == "镇安委会" and "镇安委" not in second
    assert _units(plan.tasks()[2]) == [("镇城管办", L), ("各村", S)]


def test_a_stray_ocr_space_makes_no_word_boundary_the_text_without_it_lacks():
    """镇干部包联 村：甲村、乙村 / 试点参与 企业：甲公司: the space read away is read as the text written without it, where
    包联村 and 参与企业 go on from the words before them and open no label (before: the space, moved before the word,
    parted it from them, and the villages and companies were read as units). A label after a bracket (配 合单位：) is
    read as before."""
    for spaced in ("开展走访。镇干部包联 村：甲村、乙村", "开展试点。试点参与 企业：甲公司、乙公司。"):
        assert pairs(spaced) == pairs(spaced.replace(" ", "")) == []
    assert split_words_as_written_whole("(配 合单位:镇甲办)") == "(配合单位 :镇甲办)"
    assert pairs("开展整治。(配 合单位:镇甲办)") == [("镇甲办", S)]


def test_a_stray_ocr_space_inside_a_label_is_read_with_the_longest_word_it_splits():
    """(责任单 位：镇交通所): the space splits 责任单位, not only its head 单位; the longest word is read whole (before: 责任
    单位：, a label the reader does not know, no unit read)."""
    assert pairs("开展道路整治。（责任单 位：镇交通所、镇派出所）") == [("镇交通所", R), ("镇派出所", R)]


def test_a_body_named_from_its_place_taking_its_part_after_the_lead_is_read():
    """由X牵头，某港区管委会负责园区建设: the 由 sentence names its agents clause by clause, the last one's body then its
    part of the work; a body's name opening with a place name (管委会, 供电公司) is as much an agent as 市Y局. Words of
    the task after the lead's comma (加快推进负责制改革, 企业负责投资) name no body."""
    assert pairs("建设创新平台。此项工作由甲市科技局牵头，某港区管委会负责园区建设。") == [
        ("甲市科技局", L), ("某港区管委会", R)]
    assert pairs("建设创新平台。由甲市科技局牵头，国网某市供电公司负责线路建设。") == [
        ("甲市科技局", L), ("国网某市供电公司", R)]
    assert pairs("推进改革。由甲市科技局牵头，加快推进负责制改革。") == [("甲市科技局", L)]
    assert pairs("推进改革。由甲市科技局牵头，企业负责投资建设。") == [("甲市科技局", L)]


def test_a_label_naming_the_kind_of_subordinate_body_is_read_as_responsible_beside_the_office_labels():
    """A department's own plan closes a task with its offices' labels and then one naming the bodies under it that
    take the task on by their kind, not by a role (厅属单位：/ 直属单位：/ 局属单位：): a clause with no role word of
    its own, responsible; the bodies are read, not dropped with a warning of an unknown label."""
    text = "完善审核机制。（责任处室：甲处，配合处室：乙室；厅属单位：省丙事业发展中心）"
    assert pairs(text) == [("甲处", R), ("乙室", S), ("省丙事业发展中心", R)]
    assert read_task(text).warnings == []
    assert pairs("开展案卷评查。（责任处室：甲处；直属单位：省丁监督局、厅属各单位）") == [
        ("甲处", R), ("省丁监督局", R), ("厅属各单位", R)]
    assert pairs("做好年度报告。（责任处室：甲处配合处室：乙室局属单位：市戊中心）") == [("甲处", R), ("乙室", S), ("市戊中心", R)]


def test_a_subordinate_body_word_with_no_colon_after_it_is_the_bodies_collective_name():
    """A group's or a department's own 要点 hands work to the bodies under it by their kind, with no 各 before the
    word: a list member (各部室、直属单位落实), a role verb's subject (局属单位配合) or a label's list (配合单位：直属单位).
    With no colon after it the word names those bodies, and is kept; before a colon it stays a label."""
    (plan,) = parse_text("某团委2025年工作要点\n一、加强自身建设\n"
                         "（一）加强机关建设。深化模范机关创建。（甲委负责，各部室、直属单位落实）\n"
                         "（二）完善内部管理。健全管理制度。（乙室负责，局属单位配合）\n"
                         "（三）提升运转效能。规范公文处理。\n责任部室：乙室；配合单位：直属单位\n", "bodies.txt")
    assert [_units(t) for t in plan.tasks()] == [
        [("甲委", R), ("各部室", I), ("直属单位", I)],
        [("乙室", R), ("局属单位", S)],
        [("乙室", R), ("直属单位", S)]]
    assert pairs("开展评查。（责任处室：甲处；直属单位：省丁中心）") == [("甲处", R), ("省丁中心", R)]


def test_following_the_task_by_reference_is_the_lower_levels_implementing_duty():
    """A higher level's plan asks the level below to follow the task where it applies (X参照执行 / 参照落实 /
    参照实施): the lower level implements it; the verb is no part of its name."""
    assert pairs("做好年度报告。（责任处室：甲处；各市州乙局参照执行）") == [("甲处", R), ("各市州乙局", I)]
    assert pairs("做好年度报告。（责任处室：甲处；各县区参照落实）") == [("甲处", R), ("各县区", I)]
    assert pairs("开展专项检查。（市甲局负责，各县区参照实施）") == [("市甲局", R), ("各县区", I)]


def test_a_definition_of_a_collective_inside_an_annotation_names_no_unit():
    """A plan defines a collective at its first use inside the bracket: …，省直有关单位按职责分工负责。“省直有关单位”指…
    成员单位，下同. The definition is the plan's note on the words, not a unit; the units before it are read as written."""
    assert pairs("编制补充目录。（省甲委牵头，省直有关单位按职责分工负责。“省直有关单位”指省乙领导小组成员单位，下同）") == [
        ("省甲委", L), ("省直有关单位", R)]
    assert pairs("健全制度。（市丙局牵头，相关部门配合。相关部门是指市丁局、市戊局等单位，下同）") == [
        ("市丙局", L), ("相关部门", S)]


def test_a_sectors_name_before_each_body_is_no_word_of_its_name():
    """A task of sector-regulated work (招投标, 工程质量) is split by sector inside its bracket, the sector's name and a dash
    or a colon before the body regulating it (甲建工程—市甲局，乙路工程—市乙局 / 责任单位：丙河工程：市丙局): the bodies are
    the units, the sectors no word of their names; a name holding a dash between two parts of it is kept whole."""
    assert pairs("规范招标文件。（甲建工程—市甲局，乙路工程—市乙局，丙河工程—市丙局）") == [
        ("市甲局", R), ("市乙局", R), ("市丙局", R)]
    assert pairs("规范保证金。（责任单位：丙河工程：市丙局）") == [("市丙局", R)]
    assert pairs("办好博览会。（中国—某某博览会秘书处负责）") == [("中国—某某博览会秘书处", R)]


def test_a_sector_word_in_inner_brackets_after_a_body_is_no_word_of_its_name():
    """Inside a （…） annotation a task split among sector regulators names each body's sector in the inner brackets
    (市甲局〔房建市政〕、市乙局〔交通〕): the word names no body and is dropped; another name of the body (市丙厅〔市丁局〕)
    and places (各县〔市、区〕) in those brackets are kept."""
    assert pairs("打击挂靠。（市甲局〔房建市政〕、市乙局〔交通〕按职责分工负责）") == [("市甲局", R), ("市乙局", R)]
    assert pairs("开展检查。（牵头单位：市丙厅〔市丁局〕；责任单位：各县〔市、区〕）") == [
        ("市丙厅〔市丁局〕", L), ("各县〔市、区〕", R)]


@pytest.mark.parametrize("rule, others", [
    ("各项任务括号内第一个逗号前的单位为牵头单位，其后为配合单位。", S),
    ("括号内逗号前为牵头单位，逗号后为配合单位。", S),
    ("各项任务括号内第一个逗号前的单位为牵头单位。", R)])
def test_a_rule_parting_leads_from_the_others_by_the_first_comma_is_read(rule, others):
    """括号内第一个逗号前的单位为牵头单位，其后为配合单位: the rule names the comma of a bare list (A、B，C、D), not the first
    place; every unit before the first comma (outside inner brackets) leads, those after support where the rule says
    so. A list with its own verbs keeps them; the reading note states the rule as applied."""
    from generator.source.corpus import parse_text

    text = ("某省2030年营商环境重点任务分工方案\n" + rule + "\n"
            "1.深化集成办理改革。新推出集成事项10个以上。（省甲局、省乙厅，省丙厅、省丁厅）\n"
            "2.规范涉企收费。开展违规收费整治。（省戊局，省己委，各市、县（市、区）人民政府）\n"
            "3.优化政务热线。（省庚局牵头，省辛局配合）\n")
    (plan,) = parse_text(text)
    assert [_units(t) for t in plan.tasks()] == [
        [("省甲局", L), ("省乙厅", L), ("省丙厅", others), ("省丁厅", others)],
        [("省戊局", L), ("省己委", others), ("各市、县（市、区）人民政府", others)],
        [("省庚局", L), ("省辛局", S)]]
    assert plan.rules and plan.rules[0].startswith("the units before the first comma of a list lead")
    assert ("those after it support" in plan.rules[0]) == (others == S)
    (plain,) = parse_text(text.replace(rule + "\n", ""))
    assert _units(plain.tasks()[0]) == [("省甲局", R), ("省乙厅", R), ("省丙厅", R), ("省丁厅", R)]


def test_units_ending_in_same_below_stand_for_the_bare_items_after_them_in_their_part():
    """【责任科室：甲科，下同】 then items with no bracket: the office goes on for them up to the next item naming its
    own or the part's end (noted)."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text(
        "某市某局2025年工作要点\n"
        "一、织密救助网\n"
        "1.推进服务救助。开展试点8个。【责任科室：甲科，下同】\n"
        "2.深化一门受理。时限压缩至10个工作日。\n"
        "3.规范临时救助。全年救助900人次。\n"
        "4.加强资金监管。开展专项检查2次。【责任科室：乙科】\n"
        "5.完善低保标准。建立调整机制。\n"
        "二、推动养老服务\n"
        "6.发展老年助餐。新增助餐点30个。\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [
        (1, [("甲科", R)]), (2, [("甲科", R)]), (3, [("甲科", R)]), (4, [("乙科", R)]), (5, []), (6, [])]
    assert [n.line for n in plan.readings if "下同" in n.text] == [4, 5]


def test_units_and_their_verb_ending_in_same_below_stand_for_the_bare_items_after_them():
    """（X负责，下同） / （X牵头，Y配合，下同）: 下同 after the clause's role verb carries the units on as after a bare name;
    a rule's clause before 下同 (…为牵头单位，下同) names no unit to carry."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text(
        "某县甲局2030年工作要点\n"
        "一、重点工作\n"
        "1.推进政务公开（县甲办负责，下同）。\n"
        "2.加强新闻宣传。\n"
        "3.推进档案管理（县甲办牵头，县乙股配合，下同）。\n"
        "4.加强保密工作。\n"
        "二、其他工作\n"
        "5.加强调查研究。\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("县甲办", R)], [("县甲办", R)], [("县甲办", L), ("县乙股", S)], [("县甲办", L), ("县乙股", S)], []]
    assert [n.line for n in plan.readings if "下同" in n.text] == [4, 6]


def test_an_annotation_saying_same_as_above_takes_the_units_of_the_item_before_it_roles_included():
    """（责任单位：同上） and （同上） stand for the units of the item right before them, with the roles the document's rule
    gave them there (first listed leads): zero-width at the item's end, noted; 同上 under the first item, with no item
    before it naming a unit, gives nothing and is a warning."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text(
        "某县2030年甲工作要点\n"
        "一、重点工作\n"
        "1.甲工作。推进甲工作。（责任单位：县甲办、县乙局。排在第一位的为牵头单位，其余为配合单位，下同）\n"
        "2.乙工作。推进乙工作。（责任单位：同上）\n"
        "3.丙工作。推进丙工作。（同上）\n")
    tasks = plan.tasks()
    assert [_units(t) for t in tasks] == [[("县甲办", L), ("县乙局", S)]] * 3
    assert all(a.start == a.end == len(t.text) for t in tasks[1:] for a in t.annotations)
    assert [n.line for n in plan.readings if "同上" in n.text] == [4, 5]
    assert plan.warnings == []
    (first,) = parse_text(
        "某县2030年乙工作要点\n"
        "一、重点工作\n"
        "1.甲工作。推进甲工作。（责任单位：同上）\n"
        "2.乙工作。推进乙工作。（县甲局牵头，县乙局配合）\n")
    assert _units(first.tasks()[0]) == []
    assert len(first.warnings) == 1 and "同上" in first.warnings[0]


def test_a_body_and_its_own_work_in_an_annotation_clause_with_no_role_verb_is_the_bodys_name():
    """（X牵头，Y配合；某供电公司做好供电保障） / （X负责，市数据局提供数据支撑）: annotations add a body's own part of the
    task after the roles, the body's name then a verb of doing and its object. The name is the longest head that reads
    as a body; the work is no word of it; the clause, with no role verb, is read as one without (responsible, or the
    others' role under a positional rule). A body named whole (市委组织部等) is not cut at 组织; where no head reads as a
    body the clause is read as written and the reader says so. In running text such a sentence is the task's own."""
    from generator.source.corpus import parse_text

    assert pairs("建设泵站。（市甲局牵头，市乙局配合；国网某市供电公司做好供电保障）") == [
        ("市甲局", L), ("市乙局", S), ("国网某市供电公司", R)]
    assert pairs("加强监测。（市丙局负责，市丁局提供数据支撑）") == [("市丙局", R), ("市丁局", R)]
    assert pairs("加强清疏。（市甲局负责，各区人民政府抓好辖区清疏）") == [("市甲局", R), ("各区人民政府", R)]
    assert pairs("加强考评。（牵头单位：市戊办；责任单位：市委组织部等）") == [("市戊办", L), ("市委组织部", R)]
    unclear = read_task("加强防护。（市甲局负责，市城管执法做好站口防倒灌）")
    assert [(a.name, a.role) for a in unclear.assignments] == [("市甲局", R), ("市城管执法做好站口防倒灌", R)]
    assert len(unclear.warnings) == 1 and "市城管执法做好站口防倒灌" in unclear.warnings[0][1]
    assert pairs("开展督导。市甲办组织督导组开展督导。") == []
    (plan,) = parse_text(
        "某市排水工作要点\n"
        "一、补齐短板\n"
        "1.建设泵站。新建泵站8座。（市甲局、市乙局，列第一位的为牵头单位，其他单位为配合单位，下同；某电力公司做好供电保障）\n"
        "2.加强监测。加密站点。（市丙局、市丁局；市戊局提供数据支撑）\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("市甲局", L), ("市乙局", S), ("某电力公司", S)], [("市丙局", L), ("市丁局", S), ("市戊局", S)]]


def test_the_work_named_before_the_agents_of_a_closing_clause_is_no_word_of_the_first_name():
    """`…，超限超载治理由县X局会同县Y大队组织实施。`: a plan names a part of the work, then 由 and who does it; the work
    ends in 理 (治理, 管理), which with 由 is no 理由 (reason): the names start after 由, in a closing clause or a
    sentence of its own, with 会同, 牵头/配合 or 负责 alike."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text(
        "某县农村公路工作要点\n"
        "一、管好农村公路\n"
        "1.加强路政管理。严厉打击非法占路行为，超限超载治理由县甲局会同县乙局交通管理大队组织实施。\n"
        "2.加强路政管理。严厉打击非法占路行为，超限超载治理由县甲局牵头，县乙局交通管理大队配合。\n"
        "3.加强路政管理。严厉打击非法占路行为。超限超载治理由县甲局负责。\n"
        "4.加强站场管理。完善站场设施，站场日常管理由县丙中心负责。\n")
    both = [("县甲局", L), ("县乙局交通管理大队", S)]
    assert [_units(t) for t in plan.tasks()] == [both, both, [("县甲局", R)], [("县丙中心", R)]]


def test_a_tag_naming_the_plans_own_part_that_opens_an_annotation_is_no_unit():
    """（专题一，市甲部牵头，市乙校配合）: a master plan with 专题 / 专项 attachments tags each main task with the part that
    carries it out, inside the annotation before its units; the tag (专题一, 专项三, 附件2) names no body. A body's
    name holding the word (专项办) stays."""
    assert pairs("开展专题学习。（专题一，市甲部牵头，市乙校配合）") == [("市甲部", L), ("市乙校", S)]
    assert pairs("健全责任清单。（专项三，市丙办负责）") == [("市丙办", R)]
    assert pairs("开展集中整治。（附件2，市丁局牵头）") == [("市丁局", L)]
    assert pairs("开展集中整治。（市专项办负责）") == [("市专项办", R)]


def test_a_clause_pointing_to_an_attachment_inside_the_annotation_is_no_unit():
    """（X、Y分别负责，具体任务见附件2—3）: the annotation points to the attachment setting the work out; the clause
    holding 见附件 / 详见附表 names no unit, before or after the units."""
    assert pairs("分领域集中整治。（市甲局、市乙局分别负责，具体任务见附件2—3）") == [("市甲局", R), ("市乙局", R)]
    assert pairs("开展集中整治。（市丙局牵头，详见附表2）") == [("市丙局", L)]
    assert pairs("开展集中整治。（任务清单见附件，市丁局负责）") == [("市丁局", R)]


def test_a_courts_own_divisions_and_tribunals_are_bodies_and_words_ending_in_ting_are_not():
    """A court's own 工作要点 gives its tasks to its divisions and tribunals (立案庭, 刑事审判庭, 民事审判一庭,
    各人民法庭) as a bureau's plan to its 科室: 庭 ends a body, read in labelled and bare brackets alike. A hearing, a
    family, a mock trial or a one-case panel (开庭, 家庭, 模拟法庭, 合议庭) ends in 庭 too and is no body."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text(
        "某县人民法院工作要点\n"
        "一、强化审判执行\n"
        "1.惩治犯罪。开展专项行动。（甲刑事审判庭牵头，立案庭、审判管理办公室配合）\n"
        "2.服务振兴。开展巡回审判。（各人民法庭、民事审判一庭）\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("甲刑事审判庭", L), ("立案庭", S), ("审判管理办公室", S)], [("各人民法庭", R), ("民事审判一庭", R)]]
    assert plan.warnings == []
    assert pairs("推进送法。（县丙局、乙人民法庭）") == [("县丙局", R), ("乙人民法庭", R)]
    for not_a_body in ("各家庭", "困难家庭", "模拟法庭", "合议庭", "开庭", "出庭"):
        assert pairs(f"推进关爱。（县丁局、{not_a_body}）") == []


def test_a_bills_bracket_names_the_submitting_and_reviewing_bodies_and_the_drafting_helpers():
    """（市人民政府提请，X工委承办，法制委员会统一审议）: a legislative plan names who submits a bill and who reviews it
    beside the committee handling it; each answers for its stage. 配合起草 after bodies helping the drafting one is
    their support (as 配合落实), not the drafter's 起草."""
    assert pairs("制定《某县养犬条例》。（县人民政府提请，农业工委承办，法制委员会统一审议）") == [
        ("县人民政府", R), ("农业工委", R), ("法制委员会", R)]
    assert pairs("修订《某县河道条例》。由甲工委牵头起草，县乙局等参与，10月提请常委会会议初次审议。") == [
        ("甲工委", L), ("县乙局", S)]
    assert pairs("制定《某县古树条例》。（甲工委承办，县林业局、县园林局配合起草）") == [
        ("甲工委", R), ("县林业局", S), ("县园林局", S)]
    assert pairs("制定《某县古树条例》。（县林业局起草）") == [("县林业局", R)]


def test_handling_steps_after_fuze_and_oversight_after_a_manner_word_are_read_as_duties():
    """A proposal's handling bracket: 负责交办和督办 is one body's work (the steps end in 办 as offices do, no second
    name after 和); 对口督办 after bodies is their oversight (support, as 督办单位); 负责组织协调 is the body's own
    duty (responsible), 组织 / 协调 alone after a name still lead; 督办 closing a task's wording names no unit."""
    assert pairs("办好代表建议。（甲委员会负责交办和督办，各专门委员会、乙工作委员会对口督办；县政府办公室负责组织协调）") == [
        ("甲委员会", R), ("各专门委员会", S), ("乙工作委员会", S), ("县政府办公室", R)]
    assert pairs("办好代表建议。（县政府办公室协调，各乡镇落实）") == [("县政府办公室", L), ("各乡镇", I)]
    assert pairs("建立问题台账，挂账督办。（办公室负责）") == [("办公室", R)]


def test_a_list_closed_by_deng_before_the_bodies_own_work_names_its_bodies():
    """（X承办，A、B等做好应询准备）: 等 closes the list before the work the bodies do, as it does before a role verb;
    the names end before 等, the work is no word of the last one."""
    assert pairs("开展专题询问。（丙工委承办，县甲局、县乙局等做好应询准备）") == [("丙工委", R), ("县甲局", R), ("县乙局", R)]
    assert pairs("开展专题询问。（县甲局等做好应询准备）") == [("县甲局", R)]


def test_a_run_in_units_sentence_whose_last_unit_goes_on_with_its_work_names_every_unit():
    """X承办，Y协助做好会务保障。: a 要点 writes its units run in after the task, the last clause going on after its
    verb with that unit's work; the clauses before name the sentence's agents, so a committee's own office (常委会
    办公厅, no level word first; 会办 in it no verb) is read as after 由X牵头，."""
    assert pairs("听取专项报告。财政经济委员会承办，常委会办公厅协助做好会务保障。") == [
        ("财政经济委员会", R), ("常委会办公厅", S)]
    assert pairs("听取专项报告。财政经济委员会承办，常委会办公厅协助。") == [("财政经济委员会", R), ("常委会办公厅", S)]


@pytest.mark.parametrize("line", [
    "损毁设施4月底前修复到位。▶牵头单位：县甲局｜配合单位：县乙局、县丙局",
    "损毁设施4月底前修复到位。📌 牵头单位：县甲局；配合单位：县乙局、县丙局",
    "损毁设施4月底前修复到位。牵头单位：县甲局｜配合单位：县乙局、县丙局",
    "损毁设施4月底前修复到位。牵头单位：县甲局 | 配合单位：县乙局、县丙局",
])
def test_label_line_glued_behind_a_symbol_and_parted_by_bars(line):
    """A 公众号 editor glues the label line to the task's sentence behind a symbol (▶ / 📌) and parts the label clauses
    with a bar (｜ or |): the symbol hides no label, the bar ends the lead's clause (it is no part of a name)."""
    assert pairs(line) == [("县甲局", L), ("县乙局", S), ("县丙局", S)]


@pytest.mark.parametrize("lines", [
    "✅牵头单位：乡甲站\n✅配合单位：乡乙所、乡丙办",
    "✅牵头单位：乡甲站✅配合单位：乡乙所、乡丙办",  # (the outline joins a line it does not know for a label line)
    "✅牵头单位：乡甲站 ✅配合单位：乡乙所、乡丙办",
    "✅牵头单位：乡甲站；✅配合单位：乡乙所、乡丙办",
    "👉牵头：乡甲站｜配合：乡乙所、乡丙办",
    "✔️牵头单位：乡甲站\n✔️配合单位：乡乙所、乡丙办",
])
def test_a_symbol_before_each_label_of_an_annotation_is_its_dress(lines):
    """A 公众号 editor sets a tick or a pointer (✅ 👉 ✔️) before each label of a task's annotation, on its own line or
    after a space or a ；: the symbol is no part of the label nor of the name before it (before: 乡甲站✅配合单位：乡乙所
    one lead's name, 乡丙办 a lead)."""
    assert pairs("整治河道沟渠。清淤20公里。\n" + lines) == [("乡甲站", L), ("乡乙所", S), ("乡丙办", S)]


def test_a_symbol_before_a_label_whose_units_carry_their_verbs():
    """✅责任单位：X牵头，Y落实: the dressed label's clauses are read as the bare label's are (before: the label not known,
    only Y read)."""
    task = "发展集体经济。推广合作社模式。\n✅责任单位：乡经管站牵头，各村（社区）落实"
    assert pairs(task) == [("乡经管站", L), ("各村（社区）", "implement")]
    assert read_task(task).warnings == []


def test_a_headquarters_in_command_leads_and_a_body_putting_people_forward_answers_for_it():
    """A command plan (防火 / 防汛) names the headquarters in command of the bodies carrying the work out (X统一指挥，
    Y具体负责): it leads; a body putting forward the people another hires (人员由各村推荐) answers for that part. After
    no name the words are the task's (实行统一指挥, 推荐先进典型)."""
    assert pairs("做好火场扑救。（镇防火指挥部统一指挥，镇扑火队具体负责）") == [("镇防火指挥部", L), ("镇扑火队", R)]
    assert pairs("聘用护林员。（镇林业站负责；人员由各村（社区）推荐）") == [("镇林业站", R), ("各村（社区）", R)]
    assert pairs("实行统一指挥，推荐先进典型。（镇应急办负责）") == [("镇应急办", R)]


def test_a_body_named_with_a_role_verb_inside_its_ending_is_no_verb():
    """县供销合作社联合社 and 县工商业联合会 end in a body's word after 联合: the verb is a letter of the name, so the
    name before it neither supports nor the name is cut there. 联合 before another body is still a verb: it joins the
    two as 会同 does (the first leads, the other supports; in a task's title sentence, as with 会同, no unit)."""
    assert pairs("建设甲镇冷链物流中心。县供销合作社联合社。总投资:3000。") == []
    assert pairs("乙乡农贸市场改造。县工商业联合会。") == []
    assert pairs("县市场监管局联合县公安局开展打假行动。") == pairs("县市场监管局会同县公安局开展打假行动。") == []
    assert pairs("开展打假。县市场监管局联合县公安局开展打假行动。") == [("县市场监管局", "lead"), ("县公安局", "support")]


def test_a_stretch_of_river_or_works_in_a_projects_name_is_no_body():
    """A project's name brackets the stretch it covers (中小河流治理工程（白沙河段）, 堤防加固工程（二标段）): part of the
    name, no unit, though 段 ends a road maintenance body's name (县公路段)."""
    assert pairs("中小河流治理工程（白沙河段）。县水利投资公司。总投资:2000。") == []
    assert pairs("沿江堤防加固工程（二标段）。") == []
    assert pairs("国道养护工程（县公路段）。") == [("县公路段", "responsible")]


# ---- units given to the tasks by their numbers in a 职责分工 part (generator/parse/units_by_number.py) ----

_BY_NUMBER = """某市背街小巷整治实施方案
一、重点任务
（一）完善设施
1.改造供水管网。年内改造管网20公里。
2.整治背街小巷。年内整治小巷30条。
（二）提升服务
3.建设便民驿站。年内建成驿站10个。
4.开展环境整治。清理乱堆乱放。
5.规范停车秩序。施划停车泊位。
（三）健全机制
6.建立长效机制。实行街长制。
二、职责分工
{clauses}
"""


def _units_by_number(clauses: str):
    plan, = parse_text(_BY_NUMBER.format(clauses=clauses))
    return plan, {t.number: _units(t) for t in plan.tasks()}


def test_a_division_of_work_by_task_number_gives_the_groups_their_units_and_the_rest_to_the_others():
    plan, units = _units_by_number("第（一）项任务由市甲局牵头，市乙局配合；其余任务由各区人民政府按照职责抓好落实。")
    assert units[1] == units[2] == [("市甲局", L), ("市乙局", S)]
    assert units[3] == units[6] == [("各区人民政府", I)]
    assert any("按任务序号分工" in r for r in plan.rules)
    assert plan.sections[1].intro.startswith("第（一）项任务")  # the part's text stays as written


def test_a_division_of_work_by_number_reads_ranges_lists_and_a_task_carved_out_of_its_group():
    _, units = _units_by_number("第（一）至（二）项由市甲局牵头，市乙局配合，其中，第4条由市丙局负责，市甲局配合；"
                                "第（三）项由市丁局、市戊局分别负责。")
    assert units[1] == units[3] == units[5] == [("市甲局", L), ("市乙局", S)]
    assert units[4] == [("市丙局", R), ("市甲局", S)]
    assert units[6] == [("市丁局", R), ("市戊局", R)]
    _, units = _units_by_number("第1—2、5项：市甲局负责；第3、4、6项：市乙局牵头，市丙局配合。")
    assert units[1] == units[2] == units[5] == [("市甲局", R)]
    assert units[3] == units[4] == units[6] == [("市乙局", L), ("市丙局", S)]


def test_a_division_of_work_by_number_under_a_duties_heading_is_no_list_of_unit_first_duties():
    # 第3项由市乙局负责 holds a unit and its verb, but opens with the task's number: no duty of a unit of its own
    plan, units = _units_by_number("第1—2项由市甲局负责；第3项由市乙局负责。")
    assert units[1] == units[2] == [("市甲局", R)] and units[3] == [("市乙局", R)]
    assert len(plan.tasks()) == 6 and not plan.sections[1].tasks


def test_a_division_of_work_naming_a_group_as_a_part_gives_its_tasks_the_units():
    plan, units = _units_by_number("第（二）部分各项由市甲局牵头，市乙局配合；第三方面各项任务由市丙局负责。")
    assert units[3] == units[5] == [("市甲局", L), ("市乙局", S)] and units[6] == [("市丙局", R)]
    assert units[1] == []
    # 第1部分: an Arabic number names no （n） group: nothing given, and said
    plan, units = _units_by_number("第1部分各项由市甲局负责。")
    assert units[1] == [] and any("names a task number" in w for w in plan.warnings)


def test_a_division_of_work_reads_a_clause_pointing_back_at_the_tasks_before_their_numbers():
    _, units = _units_by_number("第1项由市甲局负责；上述第3至4项任务，由市乙局负责；本方案第5项由市丙局负责。")
    assert units[1] == [("市甲局", R)] and units[3] == units[4] == [("市乙局", R)] and units[5] == [("市丙局", R)]


def test_a_division_of_work_reads_a_range_or_list_naming_the_noun_after_each_number():
    _, units = _units_by_number("第1项至第2项由市甲局负责；第3项、第5项由市乙局牵头，市丙局配合。")
    assert units[1] == units[2] == [("市甲局", R)]
    assert units[3] == units[5] == [("市乙局", L), ("市丙局", S)] and units[4] == []


def test_a_division_of_work_reads_two_numbered_clauses_joined_by_a_comma_each_on_its_own():
    _, units = _units_by_number("第1项由市甲局负责，第2项由市乙局牵头，市丙局配合；其余任务由市丁局负责。")
    assert units[1] == [("市甲局", R)]
    assert units[2] == [("市乙局", L), ("市丙局", S)]
    assert units[3] == units[4] == units[5] == [("市丁局", R)]


def test_a_division_of_work_naming_a_number_the_plan_lacks_gives_it_nothing_and_says_so():
    plan, units = _units_by_number("第（一）项由市甲局负责；第（九）项由市乙局负责。")
    assert units[1] == [("市甲局", R)] and units[3] == []
    assert any("names a task number" in w for w in plan.warnings)


def test_a_task_naming_its_own_unit_keeps_it_beside_a_division_of_work_by_number():
    text = _BY_NUMBER.format(clauses="第（一）项由市甲局负责。").replace("年内改造管网20公里。", "年内改造管网20公里。（市水务局负责）")
    plan, = parse_text(text)
    assert [_units(t) for t in plan.tasks()][:2] == [[("市水务局", R)], [("市甲局", R)]]


def test_an_attached_list_after_a_bare_mark_gives_units_by_number_and_is_no_tasks_text():
    plan, = parse_text("""某镇2025年农村人居环境整治工作要点
一、整治村容村貌
1.清理村内垃圾。年内清理垃圾点50处。
2.改造农村厕所。年内改厕300户。
3.治理生活污水。建设污水处理站2座。
附
重点工作责任分工
1—2. 镇农业农村办牵头，各村委会配合
第3项：镇生态环境办负责
""")
    tasks = plan.tasks()
    assert [_units(t) for t in tasks] == [[("镇农业农村办", L), ("各村委会", S)], [("镇农业农村办", L), ("各村委会", S)],
                                          [("镇生态环境办", R)]]
    assert tasks[2].text == "治理生活污水。建设污水处理站2座。"
    assert any("按任务序号分工" in r for r in plan.rules)


def test_bodies_named_after_their_place_close_a_duty_sentence():
    """A town's list names its village committees and the town's 派出所 after their place, with no level word
    (双河村村民委员会, 城关派出所): a closing clause they open reads as one opening with 镇X站 does, the role's bracket
    glued to it or not; a body named after a verb of the task (指导城关派出所配合…) stays the task's words."""
    (plan,) = parse_text("\n".join([
        "某镇2025年安全生产工作要点",
        "一、强化隐患排查",
        "　　1.加强渡口安全管理。督促落实渡口安全要求，甲河村村民委员会、乙湖村村民委员会配合（镇水利站负责）。",
        "　　2.加强渡船安全管理。督促落实渡船安全要求，甲河村委会配合（镇水利站负责）。",
        "　　3.加强校园安全管理。开展防溺水教育，丙关派出所负责校园周边治安巡逻。（镇中心学校负责）",
        "　　4.加强矛盾调处。指导丙关派出所配合做好调解。（镇司法所负责）",
    ]))
    assert [_units(t) for t in plan.tasks()] == [
        [("甲河村村民委员会", S), ("乙湖村村民委员会", S), ("镇水利站", R)],
        [("甲河村委会", S), ("镇水利站", R)],
        [("丙关派出所", R), ("镇中心学校", R)],
        [("镇司法所", R)],
    ]


def test_a_run_of_clauses_each_opened_by_the_body_acting_names_the_tasks_units():
    """Emergency plans write each response level as one paragraph of `；` clauses, each opened by the body that acts
    (镇甲办加强值班值守；镇乙站对…加密巡查): those bodies are the level's units, read as minutes' clause subjects are
    (before: none read, or only a closing 配合); the bodies a level runs directly, as one collective (镇直各单位),
    act too. A run whose clauses open with objects or places (学校食堂…；农贸市场…), with one body among other words,
    or with 有关部门 (whichever department) is no such run, and names no unit."""
    (plan,) = parse_text("某镇防汛工作方案\n五、应急响应\n"
                         "（一）Ⅳ级应急响应。出现暴雨蓝色预警时启动。镇甲办加强值班值守；镇乙站对病险山塘加密巡查。\n"
                         "（二）Ⅱ级应急响应。出现暴雨橙色预警时启动。镇丙办督促在建工地全面停工，镇丁队配合；"
                         "镇戊院、镇己所做好医疗和电力保障；镇庚学校视情停课；各村（社区）、镇直各单位全力做好抢险救灾工作。\n"
                         "（三）强化日常管理。学校食堂加强食品安全管理；农贸市场做好消杀；镇辛办开展督查；"
                         "有关部门全力做好后勤保障。\n")
    first, second, third = plan.tasks()
    assert _units(first) == [("镇甲办", R), ("镇乙站", R)]
    assert _units(second) == [("镇丙办", R), ("镇丁队", S), ("镇戊院", R), ("镇己所", R), ("镇庚学校", R),
                              ("各村（社区）", R), ("镇直各单位", R)]
    assert _units(third) == []


def test_a_run_of_body_clauses_beside_the_tasks_own_bracket_adds_no_unit():
    """市甲局要督促学校…；市乙委要督促医院…。（责任单位：市丙局）: the bracket says who answers for the task; its clauses
    tell how other bodies take part, and a sentence's subject is read only where nothing else gives the task a unit
    (before: the clause bodies were added as responsible). The same run with no bracket still names them."""
    (plan,) = parse_text("某市设备排查方案\n一、重点任务\n"
                         "1.学校和医院设备排查。市甲局要督促学校排查校园锅炉；市乙委要督促医疗机构排查医用氧舱。"
                         "（责任单位：市丙局）\n"
                         "2.港口和商超设备排查。市甲局负责港口起重机械排查；市丁局要督促商场排查升降机。\n")
    first, second = plan.tasks()
    assert _units(first) == [("市丙局", R)]
    assert _units(second) == [("市甲局", R), ("市丁局", R)]


def test_work_ending_in_a_handling_verb_after_the_duty_verb_is_no_body():
    """（A、B分别负责来信登记、来访转办）: the parts after 分别负责 are the work; one ending in 转办 / 交办 / 催办 ends as an
    office does (县安委办) but is a verb of handling a matter, no body (before: 来访转办 read as a unit)."""
    assert pairs("完善信访机制。（市甲局、市乙办分别负责来信登记、来访转办）") == [("市甲局", R), ("市乙办", R)]
    assert pairs("提升处置能力。（市甲局、市乙支队分别负责平台运行、困人救援和热线转办，各县人民政府配合）") == [
        ("市甲局", R), ("市乙支队", R), ("各县人民政府", S)]
    assert pairs("落实上级事项。（市甲局负责上级交办、限期催办）") == [("市甲局", R)]


def test_villages_named_bare_close_a_clause_and_head_a_duty():
    """A town's plan names its villages bare (甲塘村、乙湾村, 丙港社区: the villages' committees) after a duty
    (…，甲塘村、乙湾村落实；) and as the bodies a duty is written under (1.甲塘村、乙湾村：负责…): read as units (before:
    none). A kind of village (行政村, 示范村) is no name, and a village over a measure that is no duty (丁口村：硬化道路)
    is the item's place."""
    (plan,) = parse_text("某镇防汛工作方案\n四、责任分工\n"
                         "1.甲塘村、乙湾村：负责海塘沿线巡查和渔船回港避风的组织动员。\n"
                         "2.丙港社区：负责地质灾害隐患点的日常巡查（镇甲所指导）。\n"
                         "3.组织渔船回港避风，甲塘村、乙湾村落实；镇乙学校视情停课。\n"
                         "4.推进示范创建，示范村、行政村落实。\n"
                         "5.丁口村：硬化通组道路2公里。\n")
    units = [_units(t) for t in plan.tasks()]
    assert units[0] == [("甲塘村", R), ("乙湾村", R)]
    assert units[1] == [("丙港社区", R), ("镇甲所", S)]
    assert ("甲塘村", I) in units[2] and ("乙湾村", I) in units[2]
    assert units[3] == [] and units[4] == []
    assert plan.tasks()[0].title.startswith("负责海塘")


def test_a_duty_opening_with_the_capacity_its_bodies_act_in_is_still_their_duty():
    """（二）甲塘村、乙湾村：作为示范村，负责…: a duty may open with the capacity its bodies act in before its verb, so the
    villages named bare over it head the duty (before: no unit, the names left in the title). A capacity over no duty's
    verb (丁口村：作为示范点，硬化道路) leaves the village the item's place."""
    (plan,) = parse_text("某镇人居环境整治方案\n一、责任分工\n"
                         "（一）镇甲所：负责垃圾收运。\n"
                         "（二）甲塘村、乙湾村：作为示范村（社区），负责打造示范街巷。\n"
                         "（三）丁口村：作为示范点，硬化通组道路2公里。\n")
    tasks = plan.tasks()
    assert [_units(t) for t in tasks] == [[("镇甲所", R)], [("甲塘村", R), ("乙湾村", R)], []]
    assert tasks[1].title == "作为示范村（社区），负责打造示范街巷"


def test_a_task_naming_no_unit_otherwise_takes_the_body_its_sentence_opens_with():
    """A plan annotating its tasks in brackets writes one task's unit as the body its sentence opens with instead
    (一是由县丁局会同县戊局开展…, 三是县乙局要会同县丙局落实…、…, 二是县甲中心要…): that body is the task's unit, with the
    role its verb gives (before: none, the task 未注明责任单位). A body named later in the wording (…，县己局要…) is not
    the task's opening, nor are bodies the plan urges on (促进各级党委政府落实…), and a task with a bracket keeps its
    bracket's units alone."""
    (plan,) = parse_text("某县双拥工作要点\n一、深化宣传教育\n"
                         "　　一是由县丁局会同县戊局开展退役军人技能培训，全年组织招聘会不少于4场。\n"
                         "　　二是开展国防教育。组织国防知识进校园活动。（县甲部牵头，县乙局配合）\n"
                         "　　三是县乙局要会同县丙局落实军车、现役军人和退役军人依法享受的交通优待政策。\n"
                         "　　四是推进人民防空建设。完成人防指挥所升级改造。（县庚办负责）\n"
                         "　　五是加强军事设施保护。开展专项检查。（县人武部牵头，县公安局配合）\n"
                         "二、抓好优抚安置\n"
                         "　　一是落实退役士兵安置政策。确保安置上岗率达到100%。（县丁局牵头，县辛部配合）\n"
                         "　　二是县甲中心要开设双拥专栏，全年刊播稿件不少于60篇。\n"
                         "　　三是落实军人家属随军就业。对随军未就业家属按规定发放生活补贴。（县壬局负责）\n"
                         "　　四是加强宣传阵地建设，县己局要抓好校园宣传。\n"
                         "　　五是做好优抚对象医疗保障。开设“军人优先”窗口。（县癸局牵头，县卫生健康局配合）\n"
                         "三、夯实基层基础\n"
                         "　　一是迎接考评。对照标准查漏补缺。（县双拥办牵头，各成员单位配合）\n"
                         "　　二是加强服务站建设。打造示范服务站15个。（县退役军人事务局负责）\n"
                         "　　三是促进各级党委政府落实安全生产属地责任。\n")
    units = [_units(t) for t in plan.tasks()]
    assert units == [[("县丁局", L), ("县戊局", S)], [("县甲部", L), ("县乙局", S)], [("县乙局", L), ("县丙局", S)],
                     [("县庚办", R)], [("县人武部", L), ("县公安局", S)], [("县丁局", L), ("县辛部", S)], [("县甲中心", R)], [("县壬局", R)], [],
                     [("县癸局", L), ("县卫生健康局", S)], [("县双拥办", L), ("各成员单位", S)],
                     [("县退役军人事务局", R)], []]
    assert any("sentence opens with" in n.text and "二是（line 10）" in n.text for n in plan.readings)


def test_the_things_a_duty_lists_after_its_verb_are_no_units():
    """A bracket's clause giving a body its work (乙校负责辖区村小、教学点的自查) lists the work's things with 、 after the
    verb: 教学点的自查 is the work's, no body (before: read as a responsible unit). A body after the work's list
    with a verb of its own is still read."""
    units = lambda text: [(a.name, a.role) for a in read_task(text).assignments]
    assert units("开展督导。（责任股室：甲室；各乡镇中心学校负责辖区村小、教学点的自查）") == [
        ("甲室", R), ("各乡镇中心学校", R)]
    assert units("开展督导。（县甲局负责辖区学校、幼儿园的检查，县乙局配合）") == [("县甲局", R), ("县乙局", S)]
    assert units("开展督导。（县甲局负责、县乙局配合）") == [("县甲局", R), ("县乙局", S)]


def test_a_response_measure_naming_its_lead_and_support_around_its_action():
    """A 预案's response measure is one sentence with no heading of its own: `X牵头，[action]，Y配合` and
    `X牵头[action]，Y配合` name the lead in the clause opening it as well as the support closing it (before: only the
    support was read). The heading is the sentence between the units' clauses set apart by commas; a subject glued to its
    action stays in it."""
    (plan,) = parse_text(
        "某县森林火灾应急预案\n"
        "2 应急响应\n"
        "2.1 Ⅳ级响应\n"
        "（1）县甲局牵头，组织扑火力量开展扑救，县乙局配合。\n"
        "（2）县丙局牵头调派专业队伍，县丁大队配合。\n"
        "（3）县戊部负责统一发布火情信息，县己中心配合。\n")
    assert [(t.title, _units(t)) for t in plan.tasks()] == [
        ("组织扑火力量开展扑救", [("县甲局", L), ("县乙局", S)]),
        ("县丙局牵头调派专业队伍", [("县丙局", L), ("县丁大队", S)]),
        ("县戊部负责统一发布火情信息", [("县戊部", R), ("县己中心", S)])]


def test_a_subject_acting_in_its_clause_keeps_its_title_and_units_clauses_before_the_action_do_not():
    """Minutes' items: a body acting in its clause (市甲局要会同A、B，加强…) is the title's subject and keeps it, each
    partner read whole though a partner's name holds an action word (市住房城乡建设局); units' clauses set apart by
    commas before the action (市丙局负责，市丁局配合，推进…) are the item's annotation, all of them dropped from its
    title (before: the support's clause stayed, 市丁局配合，推进…)."""
    (plan,) = parse_text("某市政府专题会议纪要\n会议议定事项如下：\n"
                         "一、市甲局要会同市住房城乡建设局、市乙局，加强建筑施工扬尘管控。\n"
                         "二、市丙局负责，市丁局配合，推进紧密型县域医共体建设。\n"
                         "三、市戊局牵头，市己局、市庚局配合，开展校外培训机构专项治理。\n")
    assert [(t.title, _units(t)) for t in plan.tasks()] == [
        ("市甲局要会同市住房城乡建设局、市乙局，加强建筑施工扬尘管控",
         [("市甲局", L), ("市住房城乡建设局", S), ("市乙局", S)]),
        ("推进紧密型县域医共体建设", [("市丙局", R), ("市丁局", S)]),
        ("开展校外培训机构专项治理", [("市戊局", L), ("市己局", S), ("市庚局", S)])]


def test_police_branches_and_enterprises_are_labelled_as_units():
    """A police plan labels its units by 警种 (牵头警种：X；配合警种：Y, 主责警种 / 协同警种) and a 国资委's list its
    enterprises by 企业 (责任企业 / 牵头企业 / 配合企业): the labels read as 单位 ones do (before: every unit under them
    dropped). A collective handing the work on in a bracket (各监管企业（市甲集团牵头）) keeps its own role."""
    units = lambda text: [(a.name, a.role) for a in read_task(text).assignments]
    assert units("开展打击。（牵头警种：刑侦支队；配合警种：治安支队、网安支队）") == [
        ("刑侦支队", L), ("治安支队", S), ("网安支队", S)]
    assert units("开展打击。（主责警种：刑侦支队；协同警种：治安支队）") == [("刑侦支队", L), ("治安支队", S)]
    assert units("开展对标。（牵头企业：市甲集团有限公司；配合企业：市乙公司）") == [("市甲集团有限公司", L), ("市乙公司", S)]
    assert units("开展对标。（责任企业：各监管企业（市丙集团有限公司牵头））") == [("各监管企业", R), ("市丙集团有限公司", L)]
    assert units("支持重点企业：发展壮大。") == []


def test_a_duty_helping_another_body_names_no_unit_of_its_own_in_a_measures_text():
    """A 办法 (read by its clauses' subjects) lists duties under bodies (（一）镇环卫所：负责…，配合镇人居办开展考评): the
    body helped after 配合 and the 所 of 所在 (积极参与所在村…) are the duty's words, no units (before: 配合镇人居办 and
    积极参与所 read as responsible units)."""
    (plan,) = parse_text("某镇人居环境整治考评办法\n五、职责分工\n"
                         "    （一）镇环卫所：负责垃圾收运体系运行，配合镇人居办开展月度考评。\n"
                         "    （二）驻镇各单位：负责本单位周边环境整治，积极参与所在村环境整治活动。\n"
                         "    （三）镇财政所：负责考评奖补资金保障。\n")
    assert [_units(t) for t in plan.tasks()] == [[("镇环卫所", R)], [("驻镇各单位", R)], [("镇财政所", R)]]


@pytest.mark.parametrize("text,units", [
    ("规范输液管理。严格分级审批。（检验科负责，医教科监管）", [("检验科", R), ("医教科", S)]),
    ("规范废物处置。（后勤科牵头，院感办监管，各病区落实）", [("后勤科", L), ("院感办", S), ("各病区", I)]),
    # inside a body's name, after 负责 (the body's own work) or after no body's name 监管 gives no support
    ("开展抽检。（县卫健委牵头，县市场监管局配合）", [("县卫健委", L), ("县市场监管局", S)]),
    ("开展抽检。（县卫健委负责监管）", [("县卫健委", R)]),
    ("开展抽检。（各行业主管部门负责行业监管）", [("各行业主管部门", R)]),
])
def test_jianguan_after_a_name_is_the_overseeing_office_that_supports(text, units):
    """（检验科负责，医教科监管）: 监管 after a whole office's name is the verb of the office overseeing the work, as 监督
    is (before: 医教科监管 was read as one name, responsible)."""
    assert [(a.name, a.role) for a in read_task(text).assignments] == units


@pytest.mark.parametrize("text,units", [
    ("推进日间手术。（外科、麻醉科双牵头，各病区具体实施）", [("外科", L), ("麻醉科", L), ("各病区", I)]),
    ("推进联合执法。（县甲局、县乙局并列牵头，县丙局配合）", [("县甲局", L), ("县乙局", L), ("县丙局", S)]),
])
def test_two_bodies_leading_together_before_the_verb_both_lead(text, units):
    """（A、B双牵头）/（A、B并列牵头）: the sharing written before 牵头, as 共同牵头 is, is no letter of the last name
    (before: 麻醉科双, 县乙局并列)."""
    assert [(a.name, a.role) for a in read_task(text).assignments] == units


def test_an_oversight_verb_joined_to_the_work_after_fuze_makes_no_requirement_a_task():
    """县丙局负责资金拨付和监管: 监管 (as 监督) after 和 is the last piece of the work after 负责, no verb closing a clause
    of units, so a 工作要求 item stating who answers for what stays no task (before, with 监管 read as a verb after a
    name: the item became a task)."""
    text = "\n".join([
        "某县资金使用方案", "一、重点任务", "1.开展项目排查。（县甲局负责）", "二、工作要求",
        "（一）压实责任。各乡镇对项目进度负总责；县丙局负责资金拨付和监管；县丁局负责统筹协调和项目库管理。",
        "（二）加快实施。各乡镇要加快项目进度。"])
    (plan,) = parse_text(text)
    assert [(s.title, [t.title for t in s.tasks]) for s in plan.sections] == [
        ("重点任务", ["开展项目排查"]), ("工作要求", [])]


def test_a_bracket_naming_the_people_who_act_for_a_unit_is_no_part_of_its_name():
    """各党小组（党小组组长具体负责）: the bracket names the people in the units who do the work (by their post) and
    their verb; the units are the name before it. Another name of the body in brackets (市委组织部（人才办）) stays."""
    assert pairs("评选。（责任部门：各党小组（党小组组长具体负责））") == [("各党小组", R)]
    assert pairs("整改。（责任单位：各股室（股室负责人牵头）、县甲局）") == [("各股室", R), ("县甲局", R)]
    assert pairs("调度。（责任单位：市委组织部（人才办）、县乙局）") == [("市委组织部（人才办）", R), ("县乙局", R)]


def test_a_heading_set_in_corner_brackets_before_its_text_is_the_title():
    """A 公众号 copy renders each item's bold run-in heading as 1.【抓好招商引资】全年引进…: the bracket's words are the
    title (before: the whole first sentence, brackets included), and a heading whose object ends as a body's name does
    (【强化督查督办】) is no bracket of units; a bracket of units opening the item (【市甲局牵头】) is still its annotation."""
    (plan,) = parse_text("某街道2025年工作要点\n一、推动经济发展\n"
                         "1.【抓好招商引资】全年引进项目20个以上。责任科室：经济发展办（牵头）、各社区\n"
                         "2.【强化督查督办】建立月调度、季通报制度。责任科室：党政办公室牵头，街道各科室配合\n"
                         "3.【市甲局牵头】加强应急值守。\n")
    assert [(t.title, _units(t)) for t in plan.tasks()] == [
        ("抓好招商引资", [("经济发展办", L), ("各社区", R)]),
        ("强化督查督办", [("党政办公室", L), ("街道各科室", S)]),
        ("加强应急值守", [("市甲局", L)])]


def test_a_post_named_as_the_one_answering_is_a_person():
    """（质控科、病案室负责，各临床科室主任为第一责任人）: the clause names the head of each department as the person
    answering for the work, no unit (before: 各临床科室主任为第一责任人 read as a responsible unit); the reader says so."""
    reading = read_task("加强病历管理。（质控科、病案室负责，各临床科室主任为第一责任人）")
    assert [(a.name, a.role) for a in reading.assignments] == [("质控科", R), ("病案室", R)]
    assert any("names people" in message for _, message in reading.warnings)



def test_the_units_sentence_after_a_bracket_that_follows_a_closing_quote():
    """分工 notices quote the report's words in each item (“…。”) and put the labelled bracket after the closing
    quotation mark, then the localities' own clause: the mark closes the quoted sentence, the bracket is read on its
    own and the clause after it too, as it is where the item quotes nothing."""
    quoted = "“新建改造高标准农田12万亩。”（牵头单位：市甲局；责任单位：市乙局、市丙局）各县（市、区）人民政府负责落实。"
    plain = "新建改造高标准农田12万亩。（牵头单位：市甲局；责任单位：市乙局、市丙局）各县（市、区）人民政府负责落实。"
    expected = [("市甲局", L), ("市乙局", R), ("市丙局", R), ("各县（市、区）人民政府", I)]
    assert pairs(quoted) == pairs(plain) == expected
    assert not read_task(quoted).warnings


def test_the_opening_clause_of_a_stated_rule_saying_what_the_brackets_hold_is_no_unit():
    """要点 state their rule in the first task's bracket, opening with what the brackets hold (括号内为责任单位，排在
    第一位的为牵头单位，下同): that clause is part of the note, not a unit; the rule still reads the later lists."""
    (plan,) = parse_text("某省某厅2025年工作要点\n一、推进重点工作\n"
                         "1.制定实施方案。（综合规划处牵头，法规处配合。括号内为责任处室（单位），排在第一位的为牵头处室（单位），"
                         "其他为配合处室（单位），下同）\n2.加强宣传教育。（宣传教育处、法规处）\n", "rule.txt")
    assert [_units(t) for t in plan.tasks()] == [[("综合规划处", L), ("法规处", S)], [("宣传教育处", L), ("法规处", S)]]
    assert pairs("制定方案。（甲处、乙处。括号中为责任单位，排在第一位的为牵头单位，下同）") == [("甲处", R), ("乙处", R)]


def test_a_verb_clause_after_a_bare_list_in_one_bracket_keeps_its_role_under_a_first_leads_rule():
    """Under 排在第一位的为牵头…，其他为配合…，下同 a bracket may name its list bare, then after ；the bodies answering
    for the work by their own verb (；厅机关各处室、各直属单位按职责分工负责): the rule reads the bare list, the clause
    keeps its verb (responsible), as an implementer's clause (；X落实) does."""
    (plan,) = parse_text("某省某厅2025年工作要点\n一、推进重点工作\n"
                         "1.制定实施方案。（甲处牵头，乙处配合。排在第一位的为牵头处室，其他为配合处室，下同）\n"
                         "2.加强宣传教育。（丙处、省丁中心；厅机关各处室、各直属单位按职责分工负责）\n"
                         "3.开展专项检查。（丙处、戊处；省己中心负责）\n4.完善工作机制。（丙处、戊处；庚处、辛处）\n", "rule.txt")
    assert [_units(t) for t in plan.tasks()][1:] == [
        [("丙处", L), ("省丁中心", S), ("厅机关各处室", R), ("各直属单位", R)],
        [("丙处", L), ("戊处", S), ("省己中心", R)],
        [("丙处", L), ("戊处", S), ("庚处", S), ("辛处", S)]]


def test_a_citation_of_the_plans_chapter_in_the_bracket_is_no_unit():
    """A 规划 分工方案 often puts the citation of the plan's chapter and the units in one bracket, before them or after
    them, cut by a comma, a semicolon, a space or a colon: the citation refers to the plan's text and names no unit."""
    (plan,) = parse_text("某市文旅发展规划任务分工方案\n一、重点任务分工\n"
                         "1.完善公共文化服务。推进总分馆制建设。（规划第三章第二节，市甲局牵头，市乙局配合）\n"
                         "2.加强文物保护利用。推进遗址公园建设。（对应规划第三章第四节；市丙局负责）\n"
                         "3.发展乡村旅游。培育旅游重点村。（《规划》第五章第三节 责任单位：市丁局、市甲局）\n"
                         "4.培育文旅消费。打造消费集聚区。（市戊局负责，规划第六章）\n", "cite.txt")
    assert [_units(t) for t in plan.tasks()] == [
        [("市甲局", L), ("市乙局", S)], [("市丙局", R)], [("市丁局", R), ("市甲局", R)], [("市戊局", R)]]
    assert pairs("培育旅游重点村。（规划第三章第三节；牵头单位：市丁局）") == [("市丁局", L)]
    assert pairs("培育旅游重点村。（《纲要》第八篇：市丁局负责）") == [("市丁局", R)]


def test_a_citation_of_the_plans_chapter_in_the_heading_is_no_word_of_the_title():
    """A 规划 分工方案 may set the citation of the plan's chapter in the task's heading, in brackets before its stop or
    before it set off by a colon: the citation is no word of the title; a task that is only a citation keeps it."""
    (plan,) = parse_text("某市交通发展规划任务分工方案\n一、重点任务分工\n"
                         "1.加快城际铁路建设（规划第三章第一节）。推进前期工作。（市甲局负责）\n"
                         "2.《规划》第三章第二节：完善干线公路网络。推进国道改扩建。（市乙局负责）\n"
                         "3.建设综合客运枢纽（市丙局牵头）。推进站城融合。\n", "cite.txt")
    assert [t.title for t in plan.tasks()] == ["加快城际铁路建设", "完善干线公路网络", "建设综合客运枢纽"]
    assert [_units(t) for t in plan.tasks()] == [[("市甲局", R)], [("市乙局", R)], [("市丙局", L)]]


def test_a_citation_of_several_sections_of_the_plan_is_no_word_of_the_title():
    """A 纲要 分工方案's task may carry out several sections of a chapter, cited as a run before its name (第四章第二节、
    第三节 / 第三章第一节至第三节 / 第五章第二、三节), or sections of two chapters: one citation, stripped from the title
    as a one-section citation is (before: the run stayed in the title)."""
    (plan,) = parse_text("某县规划纲要任务分工方案\n一、重点任务分工\n"
                         "1.第四章第二节、第三节　培育新兴产业\n牵头单位：县甲局\n"
                         "2.第三章第一节至第三节　建设创新平台\n牵头单位：县乙局\n"
                         "3.第五章第二、三节　推进数字政府\n牵头单位：县丙局\n"
                         "4.第六章第三节、第十章第二节　优化营商环境\n牵头单位：县丁局\n"
                         "5.第四章第四节　发展现代物流\n牵头单位：县戊局\n", "sections.txt")
    assert [t.title for t in plan.tasks()] == ["培育新兴产业", "建设创新平台", "推进数字政府", "优化营商环境", "发展现代物流"]
    assert [_units(t) for t in plan.tasks()] == [[("县甲局", L)], [("县乙局", L)], [("县丙局", L)], [("县丁局", L)],
                                                 [("县戊局", L)]]


def test_an_ascii_full_stop_closing_a_duty_is_no_part_of_its_title():
    """1.…进行对照检查. / 2.…制度.（X配合）: a copy typing the full stop as an ASCII period closes the duty so; it is no
    word of the title, as 。 is not. A period inside a figure (提升至2.5) or after a Latin abbreviation (某某Co.) stays."""
    (plan,) = parse_text("某县宣传思想工作责任清单\n一、重点任务\n"
                         "1.在分管部门民主生活会上进行对照检查.\n"
                         "2.落实\"一会一报\"制度.（县甲局、县乙局按职责落实）\n"
                         "3.将网络覆盖率提升至2.5\n"
                         "4.对接某某Co.\n", "stop.txt")
    assert [t.title for t in plan.tasks()] == [
        "在分管部门民主生活会上进行对照检查", "落实\"一会一报\"制度", "将网络覆盖率提升至2.5", "对接某某Co."]
    assert [_units(t) for t in plan.tasks()] == [[], [("县甲局", I), ("县乙局", I)], [], []]


def test_one_sectors_department_at_every_level_is_a_clause_subject():
    """各地农业农村部门要… / 各级应急管理部门要会同水利部门…: a notice addresses one sector's departments at every level
    with no 主管 before 部门; as a clause's subject they are a body, as 各地X主管部门 is, and the department a 会同 names
    bare (水利部门) is the same level's partner. 有关 / 相关 / 职能 departments stay the kind a list stands for."""
    (plan,) = parse_text("某市农业调度会议纪要\n一、会议议定事项\n"
                         "（一）各地农业农村部门要健全灾情报告制度，及时掌握受灾情况。\n"
                         "（二）各县级农业农村部门要对撂荒地开展动态监测。\n"
                         "（三）各省级农业农村部门要会同供销合作社做好农资储备。\n"
                         "（四）各级应急管理部门要会同水利部门抓好春灌水源调度。\n"
                         "（五）平原地区各级农业农村部门要加快整地备播。\n"
                         "（六）各级有关部门要抓好春灌水源调度。\n"
                         "（七）各地相关部门要抓好春灌水源调度。\n"
                         "（八）各级职能部门要抓好春灌水源调度。\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("各地农业农村部门", R)], [("各县级农业农村部门", R)], [("各省级农业农村部门", L), ("供销合作社", S)],
        [("各级应急管理部门", L), ("水利部门", S)], [("平原地区各级农业农村部门", R)], [], [], []]


def test_a_run_in_item_naming_no_unit_takes_the_body_its_first_duty_sentence_opens_with():
    """（二）强化技术指导。市甲中心要组织专家下乡…: in a plan that annotates its items, a run-in item naming no unit
    opens its duty after its title sentence, which names what is done, never who does it; the body the next sentence
    opens with is the task's unit. A plan whose items name no unit at all (their units in an attached table) keeps
    市丙局要会同市丁局… as running text."""
    (plan,) = parse_text("某市农业农村局春季农业生产工作方案\n一、抓好春管春播\n"
                         "（一）压实面积责任。把播种面积分解到乡镇。（各县（市、区）农业农村局负责）\n"
                         "（二）强化技术指导。市甲中心要组织专家下乡，开展田间技术指导。\n"
                         "（三）保障农资供应。开展农资打假专项行动。（市乙支队负责）\n")
    assert [_units(t) for t in plan.tasks()] == [[("各县（市、区）农业农村局", R)], [("市甲中心", R)], [("市乙支队", R)]]
    (plan,) = parse_text("某市数字化转型试点实施方案\n一、主要任务\n"
                         "（一）推动链式转型。发挥链主企业牵引作用。\n"
                         "（二）培育人才队伍。实施数字工匠培养计划。\n"
                         "（三）建立评估机制。市丙局要会同市丁局建立评估机制。\n")
    assert [_units(t) for t in plan.tasks()] == [[], [], []]


@pytest.mark.parametrize("head", ["某市农业农村局关于做好2030年春季农业生产工作的通知\n",
                                  "某市农业农村局\n关于做好2030年春季农业生产\n工作的通知\n",
                                  # a notice launching a campaign: among the commonest titles of such a notice
                                  "某市农业农村局关于开展2030年春播农资保障专项行动的通知\n",
                                  "某市农业农村局关于组织开展2030年春播农资保障专项检查的通知\n"])
def test_a_notice_on_a_piece_of_work_naming_no_unit_apart_is_read_by_its_clauses_subjects(head):
    """关于做好…工作的通知 writes no bracket: each item's duty sentences open with the body carrying them (X要…, X要会同Y…,
    X牵头…，Y配合). Where its items mostly name no unit apart, it is read by those subjects as a 通报 is, its title on
    one line or set under the office's name over two; the framework part naming no body stays no task's units."""
    (plan,) = parse_text(head + "一、抓好春管春播\n"
                         "（一）压实面积责任。各县（市、区）农业农村局要把播种面积分解到乡镇。\n"
                         "（二）强化技术指导。市甲中心要会同市乙站组织专家下乡。\n"
                         "（三）保障农资供应。市丙科牵头开展农资打假，市丁支队配合。\n"
                         "二、强化工作保障\n"
                         "要把春季农业生产作为当前头等大事，层层压实责任。\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("各县（市、区）农业农村局", R)], [("市甲中心", L), ("市乙站", S)], [("市丙科", L), ("市丁支队", S)]]


def test_a_work_plan_naming_no_unit_apart_is_not_read_by_its_clauses_subjects():
    """Only a notice on a piece of work is read by its clauses' subjects: a 工作方案 whose measures name no unit keeps
    市甲中心要会同市乙站… as its wording (its units, if any, stand elsewhere)."""
    (plan,) = parse_text("某市春季农业生产工作方案\n一、主要任务\n"
                         "（一）强化技术指导。市甲中心要会同市乙站组织专家下乡。\n"
                         "（二）保障农资供应。开展农资打假专项行动。\n")
    assert [_units(t) for t in plan.tasks()] == [[], []]


def test_the_leaders_and_judges_of_a_procuratorate_or_a_court_are_people_beside_its_offices():
    """A 检察院's or a 法院's own plan names its leaders beside its 内设机构 inside the annotation: 检察长 / 副检察长 /
    检察委员会专职委员 / 庭长 / 审判员 are people as 院长 and 副局长 are, never a unit; a piece naming one after a
    `；` no longer drops the bracket's offices with it, and a leader before 分管 is the overseer of the work, not a
    unit. Bodies whose names end alike (某区人民检察院, 民事审判庭, 检察委员会办公室) stay units."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text(
        "某市人民检察院2030年检察工作要点\n一、刑事检察\n"
        "　　1.甲事项。开展工作。（第六检察部；副检察长李某某）\n"
        "　　2.乙事项。开展工作。（第六检察部、第七检察部；检察长）\n"
        "　　3.丙事项。开展工作。（检察长王某某负责，检察技术信息中心具体承办）\n"
        "　　4.丁事项。开展工作。（副检察长陈某某分管，第五检察部负责）\n"
        "　　5.戊事项。开展工作。（责任部门：检务督察部；各基层院检察长为第一责任人）\n"
        "　　6.己事项。开展工作。（检察委员会专职委员赵某分管，检察委员会办公室负责）\n"
        "　　7.庚事项。开展工作。（庭长张某某、审判员、民事审判庭，某区人民检察院配合）\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("第六检察部", R)], [("第六检察部", R), ("第七检察部", R)], [("检察技术信息中心", R)], [("第五检察部", R)],
        [("检务督察部", R)], [("检察委员会办公室", R)], [("民事审判庭", R), ("某区人民检察院", S)]]
    people = " ".join(plan.warnings)
    for person in ("副检察长李某某", "'检察长'", "检察长王某某", "各基层院检察长", "庭长张某某", "'审判员'"):
        assert person in people
    # a body's own clause before 分管 stays the body's
    assert pairs("加强指导。（市甲局分管，市乙局配合）")[0][0].startswith("市甲局")


def test_numbered_offices_sharing_one_head_are_each_a_body():
    """Plans whose offices are numbered (第N检察部, 第N监督检查室) name two or more with the head written once:
    第一、二检察部 / 第五、第八检察部. An ordinal alone (第一) names no body, so each ordinal takes the head and is a
    body of its own, with the list's verb; ordinals sharing no body's head (第一、二季度, 第一、第二) stay as they are."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text(
        "某市人民检察院2030年检察工作要点\n一、刑事检察\n"
        "　　1.甲事项。开展工作。（第一、第二检察部）\n"
        "　　2.乙事项。开展工作。（第一、二检察部牵头，案件管理部配合）\n"
        "　　3.丙事项。开展工作。（责任部门：第五、第八检察部）\n"
        "　　4.丁事项。开展工作。（第一、二、三监督检查室负责，第四检察部配合）\n"
        "　　5.戊事项。于第一、二季度完成。（第六检察部负责）\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("第一检察部", R), ("第二检察部", R)], [("第一检察部", L), ("第二检察部", L), ("案件管理部", S)],
        [("第五检察部", R), ("第八检察部", R)],
        [("第一监督检查室", R), ("第二监督检查室", R), ("第三监督检查室", R), ("第四检察部", S)], [("第六检察部", R)]]
    assert pairs("开展工作。（第一、第二）") == []


def test_a_name_ending_in_zuzhi_is_a_bodys_name_not_the_verb():
    """各级工会组织 / 各村（社区）党组织: the organisations of each of a group end in 组织, a word of the name, not the
    verb 组织 (which would lead), and the reader has nothing to warn about."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text("某县2030年根治欠薪工作方案\n一、部门职责\n"
                         "（一）县信访局：负责欠薪信访事项登记转送。\n"
                         "（二）各级工会组织：负责协助做好工资支付监督。\n"
                         "二、重点工作\n"
                         "1.开展摸底。全面摸底村情民意。（责任单位：镇组织办，各村（社区）党组织）\n"
                         "2.开展普法宣传。深入工地宣讲政策。（县人社局、各级工会组织负责）\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("县信访局", R)], [("各级工会组织", R)], [("镇组织办", R), ("各村（社区）党组织", R)],
        [("县人社局", R), ("各级工会组织", R)]]
    assert not plan.warnings


def test_a_kind_of_school_after_ge_opening_a_duty_sentence_is_a_collective_body():
    """各普通高中负责… / 各高中负责…: the schools of one kind, named as one collective, answer for the clause as 各中小学
    does; with no 各 the kind is the task's words (办好普通高中), no unit."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text("某县教育局方案\n一、重点任务\n"
                         "1.甲任务。县电教馆负责建设平台；各普通高中负责校内智慧教室建设。\n"
                         "2.乙任务。各高中负责制定方案，县教研室负责指导。\n"
                         "3.丙任务。办好普通高中，县教研室负责指导。\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("县电教馆", R), ("各普通高中", R)], [("各高中", R), ("县教研室", R)], [("县教研室", R)]]


def test_an_ascii_full_stop_after_chinese_words_ends_the_title_in_a_text_typed_with_ascii_stops():
    """1)做强主导产业.推动…: a plan typed with ASCII punctuation ends every sentence with '.', the heading's first; after
    a Chinese character it ends the title as 。 does, whatever opens the next sentence (a figure, a Latin term). A
    decimal point (3.5%, PM2.5, 1.2万) stays inside the title; a text that writes 。 keeps its stray '.'."""
    (plan,) = parse_text("某园区2025年工作要点\n一、产业发展\n"
                         "1)做强主导产业.推动新材料产业营收增长10%,新增规上企业20家.(责任部门:甲经发局,配合:甲招商中心)\n"
                         "2)推进数字化转型.5G工厂新增3家.(责任部门:甲科创局)\n"
                         "3)改善空气质量.PM2.5浓度下降3.5%.(甲环境分局负责)\n"
                         "4)新增就业1.2万人,R&D投入强度达到3.5%.(责任部门:甲人社局)\n"
                         "5)建设甲.乙联络站。推动共建。(责任部门:甲商务局)\n", "ascii.txt")
    assert [t.title for t in plan.tasks()] == [
        "做强主导产业", "推进数字化转型", "改善空气质量", "新增就业1.2万人,R&D投入强度达到3.5%", "建设甲.乙联络站"]
    assert [_units(t) for t in plan.tasks()] == [
        [("甲经发局", R), ("甲招商中心", S)], [("甲科创局", R)], [("甲环境分局", R)], [("甲人社局", R)],
        [("甲商务局", R)]]


def test_a_bare_role_word_after_a_label_of_the_annotation_labels_its_clause():
    """(责任部门:X,落实:Y、Z) / (牵头单位:X;负责:Y) / (X牵头,落实:Y): inside an annotation that named a label or units
    before them, 落实: / 负责: alone label their clause as 配合: does. Elsewhere they stay words: 落实：各地要… opens a
    sentence."""
    (plan,) = parse_text("某开发区2025年工作要点\n一、生态环境\n"
                         "1)打好蓝天保卫战.完成治理20家.(责任部门:甲环境分局,落实:各园区办、各街道办事处)\n"
                         "2)推进河道整治.(责任部门:甲建设局;落实:各街道办事处)\n"
                         "3)建设口袋公园.(牵头单位:甲园林局;负责:甲城投公司)\n", "bare.txt")
    assert [_units(t) for t in plan.tasks()] == [
        [("甲环境分局", R), ("各园区办", I), ("各街道办事处", I)],
        [("甲建设局", R), ("各街道办事处", I)],
        [("甲园林局", L), ("甲城投公司", R)]]
    assert pairs("开展检查。(甲应急局牵头,落实:各街道办事处)") == [("甲应急局", L), ("各街道办事处", I)]
    assert pairs("开展检查。\n落实:各街道办事处要加强巡查。") == []


def test_a_bare_role_word_opening_a_line_of_bodies_names_alone_labels_it():
    """- 负责：X、Y / 负责：X牵头，Y配合 under an item: a team doc's owner field, set as its 截止： field is. Alone at a line's
    start the bare role word labels the line where all the rest is bodies' names (each maybe with its role verb); a
    line of a sentence (负责：各地要…) stays the task's words."""
    (plan,) = parse_text("某区任务清单\n一、重点任务\n"
                         "- [ ] 1. 推行帮办代办服务\n  - 负责：区甲中心\n"
                         "- [ ] 2. 筹集人才公寓\n  负责：区乙局、区丙办\n"
                         "- [ ] 3. 组建法律服务团\n  - 负责：区丁局牵头，区戊会、区己协会配合\n", "team.md")
    assert [t.title for t in plan.tasks()] == ["推行帮办代办服务", "筹集人才公寓", "组建法律服务团"]
    assert [_units(t) for t in plan.tasks()] == [
        [("区甲中心", R)], [("区乙局", R), ("区丙办", R)], [("区丁局", L), ("区戊会", S), ("区己协会", S)]]
    assert pairs("开展检查。\n负责：各街道办事处要加强巡查。") == []


def test_bodies_organising_their_own_part_after_a_named_lead_are_responsible():
    # an activity plan's unit line: the lead named by 牵头, then the bodies each organising the activity in their own
    # field or area (分别组织 / 具体组织): they answer for their part, none a second lead
    (plan,) = parse_text("某县安全生产月活动方案\n一、主要活动\n（一）开展警示教育。组织观看警示教育片。\n时间：6月份\n"
                         "责任单位：县应急管理局牵头，县安委会各成员单位，各乡镇人民政府分别组织\n"
                         "（二）开展应急演练。组织综合演练。\n责任单位：县消防救援大队牵头，各乡镇人民政府具体组织\n"
                         "二、工作要求\n（一）加强领导。要高度重视。\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("县应急管理局", L), ("县安委会各成员单位", R), ("各乡镇人民政府", R)],
        [("县消防救援大队", L), ("各乡镇人民政府", R)]]
    # 分别组织 (each on its own) makes no body lead the others, a lead named or not
    assert pairs("开展宣传咨询。（县司法局，各乡镇人民政府分别组织）") == [("县司法局", R), ("各乡镇人民政府", R)]
    # with no lead named, the body organising the work still leads it; 组织实施 implements as before
    assert pairs("开展应急演练。（县应急管理局组织，各乡镇人民政府落实）") == [("县应急管理局", L), ("各乡镇人民政府", I)]
    assert pairs("开展应急演练。（县应急管理局牵头，各乡镇人民政府组织实施）") == [("县应急管理局", L), ("各乡镇人民政府", I)]
    assert pairs("开展应急演练。（县应急管理局牵头组织，县消防救援大队配合）") == [("县应急管理局", L), ("县消防救援大队", S)]


def test_a_body_guiding_others_in_the_wording_of_a_task_with_its_own_bracket_is_no_unit():
    # the clause has one body guide another (对口指导 / 指导 with its object): the task's words; the bracket closing
    # the task names its units
    units = [("县卫生健康局", R), ("县中医院", I)]
    assert pairs("（一）推广中医适宜技术。推进乡镇卫生院中医馆全覆盖，县人民医院对口指导乡镇卫生院中医药服务。"
                 "（县卫生健康局负责，县中医院落实）") == units
    assert pairs("（一）推广中医适宜技术。县人民医院指导乡镇卫生院开展中医药服务，推广中医适宜技术。"
                 "（县卫生健康局负责，县中医院落实）") == units
    # with no annotation of its own the task's guidance clause is still read, as before
    assert pairs("（一）推广中医适宜技术。推进乡镇卫生院中医馆全覆盖，县人民医院对口指导乡镇卫生院中医药服务。") == [
        ("县人民医院", S)]
    # a units' clause closing a sentence with 指导 and no object is the task's units beside its bracket too
    assert pairs("（二）加强人才培养。实施订单定向培养计划，县卫生健康局负责，县人民医院指导。（县教育局配合）") == [
        ("县卫生健康局", R), ("县人民医院", S), ("县教育局", S)]


def test_a_unit_under_a_ranked_responsible_label_is_not_lifted_by_the_responsible_column_rule():
    """责任单位为牵头单位 lifts the units under 责任单位：, not those under 直接责任单位： (a ranked label of its own, as the
    rule's statement itself does not read 直接责任单位为牵头单位)."""
    [plan] = parse_text(
        "某县乡村清洁行动方案\n"
        "一、重点任务\n"
        "1.开展村庄清洁行动。（直接责任单位：县农业农村局；配合单位：县财政局）\n"
        "2.整治农村黑臭水体。（责任单位：县水利局；配合单位：县生态环境分局）\n"
        "二、保障措施\n"
        "责任单位为牵头单位，配合单位要主动配合。\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("县农业农村局", "responsible"), ("县财政局", "support")],
        [("县水利局", "lead"), ("县生态环境分局", "support")]]


def test_a_clause_subject_closed_by_the_kind_of_body_its_list_stands_for_is_read_without_it():
    """X学会等行业组织要… / X协会、Y学会等社会组织要…: a work notice's sentence may name associations as its subject and
    close them with the kind of body they stand for (…组织, …媒体), as a bracket's list does; the kind is dropped with
    等 and the associations act."""
    (plan,) = parse_text("某市农业农村局关于做好2030年春季农业生产工作的通知\n一、抓好春管春播\n"
                         "（一）加强宣传引导。市甲局要发布技术指南。某市农学会等行业组织要组织专家开展培训。\n"
                         "（二）抓好技术培训。市乙协会、市丙学会等社会组织要开展培训。\n"
                         "（三）保障农资供应。市丁局牵头开展农资打假，市戊支队配合。\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("市甲局", R), ("某市农学会", R)], [("市乙协会", R), ("市丙学会", R)], [("市丁局", L), ("市戊支队", S)]]


def test_a_clause_subject_acting_with_bodies_named_by_reference_leads_alone():
    """X会同有关部门… / X要会同同级相关部门…: in running text the others are whichever departments, named by reference,
    no partner (cut short they had read as a name ending in 部, 有关部); X still leads. Partners named keep theirs."""
    (plan,) = parse_text("某市农业农村局关于做好2030年春季农业生产工作的通知\n一、抓好春管春播\n"
                         "（一）汇总报送总结。市甲局会同同级有关部门汇总报送工作总结。\n"
                         "（二）开展联合执法。市乙局要会同相关部门开展联合执法。\n"
                         "（三）保障农资供应。市丙局会同市丁支队开展农资打假。\n")
    assert [_units(t) for t in plan.tasks()] == [[("市甲局", L)], [("市乙局", L)], [("市丙局", L), ("市丁支队", S)]]


def test_whole_names_glued_with_nothing_between_are_read_apart():
    """区甲局区乙局 / 团区委区妇联 / 县委办县政府办: a list typed from a table cell or a hand-filled sheet, or copied where
    a cell's line breaks were lost, runs whole names on with no 、; each opens with its level after a complete body's
    name, so the reader parts them there. A party committee of a level before its office (区委政法委, 县委县政府督查室),
    a level letter beginning a word (区丙局市容科), a branch of the body before it (市丁局区分局) and a place made across
    the glue (某商务中心区管委会) stay one name."""
    (plan,) = parse_text("某区2030年重点任务清单\n一、重点任务\n"
                         "1.推进旧区改造。改造小区10个。（区甲局牵头，区乙局区丙局配合）\n"
                         "2.建设智慧平台。建成平台1个。（区丁局区戊中心按职责分工负责，东关街道区己中队配合）\n"
                         "3.加强防汛。改造易涝点5处。\n牵头单位：县委办县政府办\n配合单位：团区委区妇联\n"
                         "4.开展联合执法。每月1次。（区委政法委牵头，县委县政府督查室、区丙局市容科、市丁局区分局、"
                         "某商务中心区管委会配合）\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("区甲局", L), ("区乙局", S), ("区丙局", S)],
        [("区丁局", R), ("区戊中心", R), ("东关街道", S), ("区己中队", S)],
        [("县委办", L), ("县政府办", L), ("团区委", S), ("区妇联", S)],
        [("区委政法委", L), ("县委县政府督查室", S), ("区丙局市容科", S), ("市丁局区分局", S), ("某商务中心区管委会", S)]]


def test_one_organs_two_names_each_after_the_level_are_one_name():
    """县纪委县监委 / 市纪委市监委机关: the discipline and supervisory commissions work as one organ, and plans name it
    with the level's letter before each of its two names; the repeated level opens no second body (as 县委县政府督查室
    opens none). Two different levels, or two different bodies, are still parted."""
    (plan,) = parse_text("某县作风建设专项行动方案\n一、重点任务\n"
                         "1.整治作风问题。开展明察暗访。（县纪委县监委牵头，县甲局配合）\n"
                         "2.开展专项问责。严肃追责问责。（牵头单位：市纪委市监委机关；配合单位：市乙局）\n"
                         "3.加强监督检查。建立问题台账。（责任单位：县纪委监委、县丙办）\n"
                         "4.整改突出问题。逐项销号。（责任单位：县纪委县委组织部）\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("县纪委县监委", L), ("县甲局", S)],
        [("市纪委市监委机关", L), ("市乙局", S)],
        [("县纪委监委", R), ("县丙办", R)],
        [("县纪委", R), ("县委组织部", R)]]


def test_a_task_sentence_ending_in_a_problem_label_keeps_its_units():
    """Only a period's words (1-6月, 本月, 上半年) or the matter reported on may stand before a ledger's report label:
    a task's own sentence ending in 存在问题： / 存在的问题： is no report and keeps the units after it (before: any
    eight characters were taken for the period, and the units were skipped as a report's)."""
    assert pairs("全面排查存在问题：对照清单逐项整改到位。（县甲局负责）") == [("县甲局", R)]
    assert pairs("着力解决存在的问题：建立台账。（牵头单位：县乙局；配合单位：县丙局）") == [("县乙局", L), ("县丙局", S)]
    assert pairs("开展清查。\n1-6月推进情况：已会同市丁局完成清查。") == []
    assert pairs("开展清查。\n2030年上半年完成情况：市丁局配合完成清查。") == []


def test_an_annotation_keyed_by_jurisdiction_reads_the_units_after_each_key():
    """A joint plan of two provinces names each party's units under its name in one bracket (（甲省方面：A、B；乙省方面：
    C） / （甲省：A；乙省：B负责）): the key is a place, no unit and no role; the units after it read as any clause.
    A key of no proper place (全省：, 城区：) is no such key and stays unread, as any unknown label's clause."""
    assert pairs("推进输电通道互联。（东岭省方面：省能源局、东岭电力公司；西河省方面：省能源局）") == [
        ("省能源局", R), ("东岭电力公司", R), ("省能源局", R)]
    assert pairs("推进航道整治。（东岭省：省交通运输厅；西河省：省交通运输厅、省水利厅）") == [
        ("省交通运输厅", R), ("省交通运输厅", R), ("省水利厅", R)]
    assert pairs("共建产业园区。（东岭省：南山市人民政府负责；西河省：北水市人民政府牵头）") == [
        ("南山市人民政府", R), ("北水市人民政府", L)]
    assert pairs("推进垃圾分类。（全省：省住房城乡建设厅）") == []


def test_an_annotation_keyed_by_each_sides_short_name_reads_the_units_after_each_key():
    """A plan of two regions' cooperation keys each side's units by the side's short name and 方 (（粤方：A；港方：B） /
    （甲方：A；乙方：B）), as a joint plan of two provinces keys them by 甲省：: the side is no unit and no role, and the
    units after it read as any clause's (responsible unless a verb says otherwise). Words naming no one side (双方：,
    各方：) key nothing, and one side's key alone is no party's share either (before: the whole bracket was dropped)."""
    assert pairs("推进科创走廊建设。（湘方：省科技厅；赣方：省科学技术局）") == [
        ("省科技厅", R), ("省科学技术局", R)]
    assert pairs("推进青年交流。（甲方：省教育厅、团省委；乙方：某市教育局）") == [
        ("省教育厅", R), ("团省委", R), ("某市教育局", R)]
    assert pairs("推进经贸交流。（闽方：省商务厅牵头，省台办配合；台方：某协会）") == [
        ("省商务厅", L), ("省台办", S), ("某协会", R)]
    assert pairs("推进合作。（双方：省商务厅；各方：省台办）") == []
    assert pairs("推进合作。（中方：省商务厅）") == []
    # a party named by its role and 方 (主责方, 配合方, 牵头方, 参与方) is no side of a cooperation: no key
    assert pairs("推进改造。（主责方：市住建局；配合方：市财政局）") == []
    assert pairs("建设绿道。（牵头方：市城管局；参与方：各区政府）") == []


def test_a_single_place_before_a_colon_names_where_the_work_is_done_not_a_party():
    """Only an annotation keying its units under two places or more (甲省：A；乙省：B) reads each place as a party's
    key. One key alone (试点县：, 示范区：, 重点镇：) names where the work is done: its places are no units, and the
    units are those after the label of a role."""
    assert pairs("推进试点建设。在甲县、乙县开展农村改厕试点。（试点县：甲县、乙县；责任单位：县农业农村局）") == [
        ("县农业农村局", R)]
    assert pairs("推进示范建设。（示范区：东湖区；责任单位：区文旅局）") == [("区文旅局", R)]
    assert pairs("推进镇村建设。（重点镇：甲镇、乙镇；牵头单位：县住建局）") == [("县住建局", L)]


def test_one_letter_abbreviations_of_places_before_their_count_are_one_collective():
    """A joint body of several places is named by each place's one-letter abbreviation, parted by 、, then their count
    and kind (东、西两省河长制办公室 / 甲、乙、丙三省交通运输厅): one name as written, not a one-letter piece and the rest.
    A name before the 、 longer than a letter is a name of its own, as ever."""
    assert pairs("推行联合河长制。（东、西两省河长制办公室负责）") == [("东、西两省河长制办公室", R)]
    assert pairs("推进航道整治。（甲、乙、丙三省交通运输厅牵头，市X局配合）") == [
        ("甲、乙、丙三省交通运输厅", L), ("市X局", S)]
    assert pairs("推进航道整治。（市水利局、东西两省河长制办公室负责）") == [
        ("市水利局", R), ("东西两省河长制办公室", R)]


@pytest.mark.parametrize("head", ["某区人民政府办公室关于落实区政府常务会议部署重点工作任务的通知\n",
                                  "某区人民政府办公室\n关于落实区政府第三次常务会议\n部署重点工作任务的通知\n",
                                  "某市人民政府办公室关于贯彻落实市政府专题会议精神的通知\n"])
def test_a_notice_passing_on_a_meetings_decisions_is_read_by_its_clauses_subjects(head):
    """关于落实…常务会议部署…的通知 breaks a meeting's decisions into items, each opened by the body carrying it
    (X要…), as minutes record them: read by those subjects where the items mostly name no unit apart; the one
    item with its bracket keeps it."""
    (plan,) = parse_text(head + "一、重点任务\n"
                         "1.加强经济运行调度。甲区发展改革局要建立周调度机制，每月形成分析报告。\n"
                         "2.强化招商引资。甲区投资促进中心要聚焦主导产业开展产业链招商。\n"
                         "3.清理拖欠企业账款。甲区财政局要建立清理台账。\n"
                         "4.稳住外贸基本盘。开展出海行动。（甲区商务局牵头，甲区税务局配合）\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("甲区发展改革局", R)], [("甲区投资促进中心", R)], [("甲区财政局", R)], [("甲区商务局", L), ("甲区税务局", S)]]


def test_a_notice_implementing_a_plan_is_not_read_as_a_meetings_decisions():
    """Only a meeting's decisions make the notice one read by its subjects: 关于落实…方案的通知 names no meeting (and,
    one item in three opening with its body, writes no duties as such sentences either)."""
    (plan,) = parse_text("某区人民政府办公室关于落实乡村振兴实施方案的通知\n一、重点任务\n"
                         "1.加强经济运行调度。甲区发展改革局要建立周调度机制。\n"
                         "2.强化招商引资。开展产业链招商，甲区投资促进中心要做好对接。\n"
                         "3.稳住外贸基本盘。开展出海行动。\n")
    assert [_units(t) for t in plan.tasks()] == [[], [], []]


@pytest.mark.parametrize("head", ["某区人民政府办公室关于落实区政府常务会议部署重点工作任务的通知\n",
                                  "某区政府第三次常务会议纪要\n"])
def test_a_body_that_is_to_lead_the_work_leads_it(head):
    """X要牵头… / X将牵头…: the modal is the meeting's voice before 牵头, as before 会同; the body leads, its partners
    after 会同 in the next clause support, and a later subject with the modal alone answers for its own part."""
    (plan,) = parse_text(head + "一、重点任务\n"
                         "1.加强经济运行调度。甲区发展改革局要牵头建立周调度机制，会同甲区统计局紧盯核心指标。\n"
                         "2.清理拖欠账款。甲区财政局将牵头建立清理台账，各镇（街道）要全面自查。\n"
                         "3.稳外贸。开展出海行动。（甲区商务局牵头，甲区税务局配合）\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("甲区发展改革局", L), ("甲区统计局", S)], [("甲区财政局", L), ("各镇（街道）", R)],
        [("甲区商务局", L), ("甲区税务局", S)]]


def test_a_body_overseeing_a_case_after_you_is_named_without_its_verb():
    """对进度滞后的项目，由区X办（督查室）挂牌督办: 挂牌督办 is what the body does, never part of its name; the name,
    its bracket of the office within it included, ends before it."""
    (plan,) = parse_text("某区人民政府办公室关于落实区政府常务会议部署重点工作任务的通知\n一、重点任务\n"
                         "1.加快项目建设。对进度滞后的项目，由区甲办公室（督查室）挂牌督办。\n"
                         "2.强化招商。区乙中心要开展产业链招商。\n"
                         "3.稳外贸。开展出海行动。（区丙局牵头，区丁局配合）\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("区甲办公室（督查室）", R)], [("区乙中心", R)], [("区丙局", L), ("区丁局", S)]]


def test_a_clause_run_may_write_a_case_before_the_body_acting_on_it():
    """区X局要每月通报进度；对进度滞后的项目，由区Y办挂牌督办: the second clause writes its case first, then its body
    after 由; the run still states who does what, and both bodies are the task's units in a plan read plainly."""
    (plan,) = parse_text("某区2030年重点工作实施方案\n一、重点任务\n"
                         "1.加快项目建设。区甲局要每月通报项目进度；对进度滞后的项目，由区乙办公室挂牌督办。\n"
                         "2.稳外贸。开展出海行动。（区丙局牵头，区丁局配合）\n"
                         "3.稳内贸。开展促消费行动。（区丙局牵头）\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("区甲局", R), ("区乙办公室", R)], [("区丙局", L), ("区丁局", S)], [("区丙局", L)]]


def test_partners_are_never_cut_inside_a_collectives_head():
    """会同各行业主管部门做深做实…: no word known to follow a name, the partner was the longest opening ending as a name
    does (各行业主管部); a cut never falls inside 部门, so the collective, a reference to bodies it does not name as
    会同有关部门 is, gives no partner, and a partner named whole is still read."""
    (plan,) = parse_text("某区政府第三次常务会议纪要\n一、重点任务\n"
                         "1.争取上级资金。由区甲局牵头负责，会同各行业主管部门做深做实项目前期工作。\n"
                         "2.争取专项债券。由区乙局牵头负责，会同区丙局做深做实项目储备。\n"
                         "3.稳外贸。开展出海行动。（区丁局牵头，区戊局配合）\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("区甲局", L)], [("区乙局", L), ("区丙局", S)], [("区丁局", L), ("区戊局", S)]]


def test_a_bare_responsible_label_before_its_colon_names_the_tasks_units():
    """（责任：X、Y） / (责任: X) / 责任：X on its own: a town's plan shortens 责任单位 to 责任 before the colon, in a
    bracket or on its own, and the units after it answer for the task (before: no unit, and in （责任：X，Y落实） only
    Y). A person's label after it (责任人：) stays a person's."""
    (plan,) = parse_text(
        "某乡2026年林业工作计划\n"
        "一、重点工作\n"
        "1、开展林区巡查。（责任：乡林业站、乡甲办）\n"
        "2、开展防火宣传。(责任: 乡乙队)责任人：钱某\n"
        "3、清理林下可燃物。（责任：乡林业站,各村（居）落实）\n"
        "4、组织扑火演练。\n"
        "责任：乡乙队\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("乡林业站", R), ("乡甲办", R)],
        [("乡乙队", R)],
        [("乡林业站", R), ("各村（居）", I)],
        [("乡乙队", R)]]


@pytest.mark.parametrize("text", [
    "压实安全生产责任：各村（居）要落实属地管理。",  # a run-in heading's words end in 责任
    "落实主体责任：督促乡甲厂健全制度。",
    "开展巡查。（主要责任：乡林业站）",  # 主要责任 is no label of its own
    "开展巡查。（责任人：钱某）",  # people, not units
    "开展巡查。责任领导：孙某",
    "开展巡查。责任为乡林业站。",  # 为 after the bare word is a sentence's
])
def test_the_word_responsibility_glued_to_other_words_or_naming_people_labels_no_unit(text):
    """责任 labels units only alone before its colon: 压实责任： / 主体责任： are words of the text, 责任人： /
    责任领导： name people, and 责任为… is a sentence."""
    assert pairs(text) == []


@pytest.mark.parametrize("sentence, units", [
    ("由乡甲办负责,各村（居）、辖区重点企业落实。", [("乡甲办", R), ("各村（居）", I), ("辖区重点企业", I)]),
    ("由乡甲办负责,各村（居）、辖区各企业落实。", [("乡甲办", R), ("各村（居）", I), ("辖区各企业", I)]),
    ("由乡甲办负责,各企业落实。", [("乡甲办", R), ("各企业", I)]),
    ("由乡甲办负责,企业落实。", []),  # 企业 alone names no body
    ("辖区企业负责,乡甲办配合。", []),  # the enterprises as the sentence's subject: the task's words
])
def test_enterprises_of_the_ground_closing_a_list_after_the_agent_carry_the_work_out(sentence, units):
    """由X负责，A、辖区重点企业落实。: a town's plan names the enterprises of its ground all at once, last among the bodies
    carrying the task out; after the agent's clause they are units as in a bracket (before: the whole sentence unread,
    an enterprise never a unit of a sentence of verbs)."""
    assert pairs("开展应急演练，全年不少于1次。" + sentence) == units


def test_a_clause_closed_by_a_bodys_own_work_keeps_its_reading_before_the_next_clauses_verb():
    """（X牵头，Y按职责分工负责，省丙厅做好资金保障，各市人民政府负责落实）: provincial annotations add a body's own part
    between the roles with commas; its work is the clause's verb, so it does not take the next clause's 落实 / 配合
    as a bare list cut by a comma does (X牵头，A、B，C落实). The clause keeps the reading of one without a role verb."""
    from generator.source.corpus import parse_text

    assert pairs("支持兼并重组。（省甲委牵头，省乙局按职责分工负责，省丙厅做好资金保障，各市人民政府负责落实）") == [
        ("省甲委", L), ("省乙局", R), ("省丙厅", R), ("各市人民政府", I)]
    assert pairs("支持兼并重组。（省甲委牵头，省乙局、省丙厅做好资金保障，各市人民政府配合）") == [
        ("省甲委", L), ("省乙局", R), ("省丙厅", R), ("各市人民政府", S)]
    assert pairs("支持兼并重组。（省甲委牵头，省乙局、省丙厅，各市人民政府配合）") == [
        ("省甲委", L), ("省乙局", S), ("省丙厅", S), ("各市人民政府", S)]
    (plan,) = parse_text(
        "某省物流降本专项行动方案\n"
        "二、重点任务\n"
        "（一）培育壮大物流市场主体。\n"
        "　　1.支持物流企业兼并重组。\n"
        "（省甲委牵头，省乙局按职责分工负责，省丙厅做好资金保障，各市人民政府负责落实）\n")
    assert [_units(t) for t in plan.tasks()] == [[("省甲委", L), ("省乙局", R), ("省丙厅", R), ("各市人民政府", I)]]


def test_a_light_verb_and_what_it_gives_before_the_role_word_are_no_words_of_the_name():
    """（X、Y按职责分工负责，省丙厅给予资金支持）: 给予 / 予以 with what is given (资金, 政策, 技术) before the role word
    closing the clause: the body backs the work, it supports; the object is no word of its name (给予支持 straight
    after the name was read already). Without a role word closing it the clause is the body's own work (给予资金保障)."""
    assert pairs("推广新能源货车。（省甲厅、省乙局按职责分工负责，省丙厅给予资金支持）") == [
        ("省甲厅", R), ("省乙局", R), ("省丙厅", S)]
    assert pairs("推广新能源货车。（省甲厅负责，省丙厅给予政策支持，各市人民政府落实）") == [
        ("省甲厅", R), ("省丙厅", S), ("各市人民政府", I)]
    assert pairs("推广新能源货车。（省甲厅负责，省丙厅予以资金和政策支持）") == [("省甲厅", R), ("省丙厅", S)]
    given = read_task("推广新能源货车。（省甲厅负责，省丙厅给予资金保障）")
    assert [(a.name, a.role) for a in given.assignments] == [("省甲厅", R), ("省丙厅", R)] and not given.warnings


def test_an_office_following_the_task_up_is_named_without_its_verb():
    """（X牵头，Y等按职责分工负责；省政府督查室督促检查）: provincial annotations close with the office that follows the
    task up. 督促检查 after a body's name oversees the others (support, as 督导检查); work after 跟踪 (跟踪问效) is the
    body's own, no word of its name; so is 跟踪督办, though the whole ends in 办 as an office does (the office is named
    without it; its role is that of a clause without a role verb). After no name the words are the task's."""
    assert pairs("优化营商环境。（省甲委牵头，省乙厅等按职责分工负责；省政府督查室跟踪督办）") == [
        ("省甲委", L), ("省乙厅", R), ("省政府督查室", R)]
    assert pairs("优化营商环境。（省甲委牵头，省乙厅配合；省丁办督促检查）") == [("省甲委", L), ("省乙厅", S), ("省丁办", S)]
    assert pairs("优化营商环境。（省甲委牵头，省乙厅配合；省政府督查室跟踪问效）") == [
        ("省甲委", L), ("省乙厅", S), ("省政府督查室", R)]
    assert pairs("优化营商环境。加强跟踪督办。（省甲委牵头，省乙厅配合）") == [("省甲委", L), ("省乙厅", S)]


def test_a_named_bodys_members_addressed_at_once_are_a_clause_subject():
    """A notice addresses a commission's members at once after its name (市防指各成员单位要…, 市安委会各成员单位要…),
    alone, after another body or first in a list: the collective is a unit as 各成员单位要… alone is."""
    (plan,) = parse_text("某市人民政府关于做好2025年防汛工作的通知\n一、压实防汛责任\n"
                         "　　（一）明确部门责任。市防指各成员单位要加强协作。\n"
                         "　　（二）加强会商。市应急局要组织会商。市安委会各成员单位要加强协作。\n"
                         "　　（三）加强调度。县防汛抗旱指挥部各成员单位、各乡镇要加强调度。\n", "notice.txt")
    assert [_units(t) for t in plan.tasks()] == [
        [("市防指各成员单位", R)],
        [("市应急局", R), ("市安委会各成员单位", R)],
        [("县防汛抗旱指挥部各成员单位", R), ("各乡镇", R)]]


def test_things_put_in_place_in_full_before_luoshi_are_no_unit():
    """A target stated as things put in place (小型水库“三个责任人”全部落实到位, …均落实) closes its words with an
    adverb of a target met: they are no body implementing, only the clause's subject is a unit."""
    (plan,) = parse_text("某市人民政府关于做好2025年防汛工作的通知\n一、确保水库安全\n"
                         "　　（一）落实基层责任。各县区政府要明确转移责任人，小型水库“三个责任人”全部落实到位。\n"
                         "　　（二）压实责任。市水利局要开展检查，山塘巡查责任均落实到人。\n", "notice.txt")
    assert [_units(t) for t in plan.tasks()] == [[("各县区政府", R)], [("市水利局", R)]]


@pytest.mark.parametrize("annotation, expected", [
    ("（综合股、监督检查股负责；各乡镇党委，县直各单位落实）",
     [("综合股", R), ("监督检查股", R), ("各乡镇党委", I), ("县直各单位", I)]),
    ("(督查科牵头;甲科,乙科配合)", [("督查科", L), ("甲科", S), ("乙科", S)]),
])
def test_a_comma_inside_a_group_after_a_semicolon_lists_under_the_groups_verb(annotation, expected):
    """An annotation that parts its role groups with ；, each closed by its verb, lists a later group's units with a
    comma as with 、: the verb closing the group covers them all."""
    assert pairs("开展保密自查自评。" + annotation) == expected


def test_a_comma_before_a_verb_clause_with_no_verb_written_earlier_keeps_its_reading():
    """(X，Y配合) with no verb before it: X answers for the work, Y supports (Roles)."""
    assert pairs("开展保密自查自评。（甲科，乙科配合）") == [("甲科", R), ("乙科", S)]


@pytest.mark.parametrize("annotation, expected", [
    # a chief system's chiefs named by post and name, one or several, before the bodies' clause
    ("（县总林长周某某、县副总林长吴某牵头，县自然资源局负责）", [("县自然资源局", R)]),
    ("（镇级河长郑某某负责，镇水利站配合）", [("镇水利站", S)]),
    # a bare name right after a person named by post shares the post
    ("（副镇长冯某、陈某某负责，镇综治办配合）", [("镇综治办", S)]),
])
def test_people_named_by_post_and_name_are_no_units(annotation, expected):
    assert pairs("开展巡查督导。" + annotation) == expected


def test_a_bare_two_character_body_after_a_person_stays_a_unit():
    """Only a personal name joins the person before it: a body with its kind word (王村) is a unit still."""
    assert pairs("开展巡查督导。（村级林长赵某负责，王村、李庄村落实）") == [("王村", I), ("李庄村", I)]


def test_a_line_of_names_alone_closing_a_measure_is_its_units():
    """若干措施 printed from Word set each measure's units as a paragraph of their own under it (楷体, right-aligned): in
    text a line of bodies' names alone, parted by U+3000, spaces or 、, no label, bracket or verb. After a measure whose
    sentence is closed it is the measure's units; the plan's positional rule gives the roles, as to a bracket's; the
    same line under a section's last measure, before the next section's heading, is that measure's too."""
    from generator.source.corpus import parse_text

    text = ("某县促进消费若干措施\n各项措施所列责任单位中，排在第一位的为牵头单位，其他为配合单位。\n一、扩大消费\n"
            "1.开展促消费活动。每季度举办一次主题促消费活动。\n县商务局　　县财政局　　县文化旅游局\n"
            "2.发展夜间经济。打造两条夜间消费街区。\n县商务局、县市场监管局等\n二、优化环境\n"
            "3.支持品牌首店。对新开首店给予奖励。\n县商务局\n4.加强市场监管。开展价格专项检查。\n")
    (plan,) = parse_text(text)
    assert [_units(t) for t in plan.tasks()] == [
        [("县商务局", L), ("县财政局", S), ("县文化旅游局", S)], [("县商务局", L), ("县市场监管局", S)],
        [("县商务局", L)], []]
    (plain,) = parse_text(text.replace("各项措施所列责任单位中，排在第一位的为牵头单位，其他为配合单位。\n", ""))
    assert _units(plain.tasks()[0]) == [("县商务局", R), ("县财政局", R), ("县文化旅游局", R)]


def test_a_line_of_names_is_no_units_where_the_sentence_runs_on_or_it_is_no_bodies_list():
    """Only a line closing a sentence already closed is read: names the sentence runs on into (…由 / 县商务局 / 具体实施。)
    are its own words, and a caption naming a label (考核指标及责任单位) or a 抄送 line is no list of units."""
    assert pairs("支持品牌首店。对新开首店给予奖励。\n考核指标及责任单位") == []
    assert pairs("支持品牌首店。对新开首店给予奖励。\n抄送：县委办公室、县人大常委会办公室") == []
    assert pairs("支持品牌首店。对新开首店给予奖励\n县商务局　　县财政局") == []
    assert pairs("支持品牌首店。对新开首店给予奖励。\n县商务局　　县财政局") == [("县商务局", R), ("县财政局", R)]


def test_a_signature_and_a_colophon_after_the_measures_are_no_units():
    """The office signing over its date and the 抄送 line after the last measure are lines of names too: not its units,
    nor an office over a date between two sections."""
    from generator.source.corpus import parse_text

    signed = ("某县促进消费若干措施\n一、扩大消费\n1.开展促消费活动。每季度举办一次主题促消费活动。\n县商务局　　县财政局\n"
              "2.发展夜间经济。打造两条夜间消费街区。\n某县人民政府办公室\n2025年3月1日\n二、优化环境\n"
              "3.支持品牌首店。对新开首店给予奖励。\n某县人民政府办公室\n2025年3月1日\n")
    (plan,) = parse_text(signed)
    assert [_units(t) for t in plan.tasks()] == [[("县商务局", R), ("县财政局", R)], [], []]
    assert "某县人民政府办公室" not in plan.tasks()[1].text + plan.tasks()[2].text
    copied = ("某县促进消费若干措施\n一、扩大消费\n1.开展促消费活动。每季度举办一次主题促消费活动。\n"
              "抄送：县委办公室，县人大常委会办公室。\n某县人民政府办公室　　2025年3月1日印发\n")
    (plan,) = parse_text(copied)
    assert [_units(t) for t in plan.tasks()] == [[]]


def test_a_names_line_after_the_last_measure_is_its_units_where_the_measures_above_close_so():
    """A document setting each measure's units as a line of names alone closes its last measure so too: where two
    measures above did, the line after the last one is its units; with no such pattern it may be a signature."""
    from generator.source.corpus import parse_text

    measures = ("某县促进消费若干措施\n一、扩大消费\n1.开展促消费活动。每季度举办一次主题促消费活动。\n{0}"
                "2.发展夜间经济。打造两条夜间消费街区。\n{1}二、优化环境\n3.支持品牌首店。对新开首店给予奖励。\n"
                "县商务局　　县市场监管局\n")
    (plan,) = parse_text(measures.format("县商务局　　县财政局\n", "县商务局　　县文旅局\n"))
    assert [_units(t)[-1] for t in plan.tasks()] == [("县财政局", R), ("县文旅局", R), ("县市场监管局", R)]
    assert plan.closing == ""
    (plan,) = parse_text(measures.format("", ""))  # one line of names after the plan: its signature, as it may be
    assert [_units(t) for t in plan.tasks()] == [[], [], []]
    assert plan.closing == "县商务局  县市场监管局"
    pattern = measures.format("县商务局　　县财政局\n", "县商务局　　县文旅局\n")
    # a line set apart by a blank line, or a second line of names under the measure's own, is the office signing
    for signed in (pattern.replace("县商务局　　县市场监管局\n", "\n县人民政府办公室\n"),
                   pattern + "县委办公室　　县政府办公室\n"):
        (plan,) = parse_text(signed)
        assert "办公室" not in str([_units(t) for t in plan.tasks()])
        assert "办公室" in plan.closing


def test_a_word_is_found_outside_brackets_only():
    """The one bracket-depth search of the annotation reader: 会同 / 商 inside a bracket is no verb of the clause."""
    text = "省甲厅（会同省乙厅）商省丙厅、（商请）省丁局会同"
    assert list(depth_zero_finds(text, ("会同", "商请", "商"))) == [(10, "商"), (22, "会同")]
    assert list(depth_zero_finds("A）商B", ("商",))) == [(2, "商")]  # a stray closer at depth 0 is ignored


def test_the_numbers_a_label_sets_before_its_units_are_no_words_of_their_names():
    """责任单位：1.县甲局 2.县乙局 / ①… / (1)… / 1、X；2、Y: county plans number the units inside one label to show their
    order; the number is no letter of the name, and a number split off by the list's 、 names no unit."""
    text = ("某县残联2025年工作要点\n一、兜牢民生底线\n"
            "1.落实两项补贴。按时足额发放。（责任单位：1.县甲局 2.县乙局 3.县残联）\n"
            "2.做好社会救助。应保尽保。（牵头单位：县甲局；配合单位：①县丙局 ②县丁局）\n"
            "3.开展康复救助。全年200人次。（责任单位：(1)县戊委 (2)县丙局）\n"
            "4.开展辅具适配。全年100人次。（责任单位：1、县戊委；2、县丙局）\n")
    (plan,) = parse_text(text)
    assert [_units(t) for t in plan.tasks()] == [
        [("县甲局", R), ("县乙局", R), ("县残联", R)], [("县甲局", L), ("县丙局", S), ("县丁局", S)],
        [("县戊委", R), ("县丙局", R)], [("县戊委", R), ("县丙局", R)]]
    assert pairs("开展辅具适配。（责任单位：①县戊委、②县丙局）") == [("县戊委", R), ("县丙局", R)]
    assert pairs("开展辅具适配。（责任单位：①县戊委②县丙局）") == [("县戊委", R), ("县丙局", R)]
    assert pairs("开展辅具适配。（责任单位：1. 县戊委 2. 县丙局）") == [("县戊委", R), ("县丙局", R)]
    # digits that are letters of a name (no stop after them) and a decimal stay as written
    assert pairs("开通服务热线。（责任单位：12345热线办公室、1.5产业园管委会）") == [
        ("12345热线办公室", R), ("1.5产业园管委会", R)]


def test_each_part_of_a_measure_split_between_bodies_by_their_own_agent_clauses_is_read():
    """One sentence splits a measure between bodies, each part its work then 由 and its agent: every part's agent is
    read, not only where the last part ends in a role verb (所需经费由X予以保障: X gives what it pays for)."""
    from generator.source.corpus import parse_text

    (plan,) = parse_text("某市治堵实施方案\n一、重点任务\n"
                         "1.建设监测设施。城区监测点由市甲中心具体负责建设，所需经费由市乙局予以保障。\n"
                         "2.建设监测设施。城区监测点由市甲中心负责建设，郊区监测点由市丙局负责建设，所需经费由市乙局予以保障。\n"
                         "3.建设监测设施。城区监测点由市甲中心负责建设，所需经费予以保障。\n")
    assert [_units(t) for t in plan.tasks()] == [[("市甲中心", R), ("市乙局", R)],
                                                [("市甲中心", R), ("市丙局", R), ("市乙局", R)], []]


def test_a_body_answering_for_urging_the_work_on_is_responsible_not_carrying_it_out():
    """负责督促落实: the body answers for the oversight (督促 / 指导), the 落实 after it is what the others do."""
    assert pairs("加强检测。城区检测由市甲局负责督促落实。") == [("市甲局", R)]
    assert pairs("加强检测（市甲局负责指导实施）。") == [("市甲局", R)]
    assert pairs("加强检测（市甲局负责落实）。") == [("市甲局", I)]


def test_a_body_said_to_be_what_answers_for_the_work_then_its_modal_is_the_tasks_subject():
    """各县区政府是本辖区…的责任主体，要建立…: a locality's duty is written as what it is, then what it must do; the body
    is the subject of the 要 clause, as with 作为. A clause whose words before 是 name no body (这是…，要…) gives none."""
    (plan,) = parse_text("某市治堵实施方案\n一、重点任务\n"
                         "1.加强路面管控。开展联合执法（市甲局牵头，市乙局配合）。\n"
                         "2.加强源头管控。开展源头检查（市丙局负责）。\n"
                         "3.落实属地责任。各县区政府是本辖区治堵工作的责任主体，要建立部门联动机制。\n"
                         "4.落实属地责任。这是本辖区的工作重点，要建立部门联动机制。\n")
    assert [_units(t) for t in plan.tasks()][2:] == [[("各县区政府", R)], []]


def test_a_team_docs_mentions_closing_an_item_are_its_units_and_the_calendar_symbol_its_deadline():
    """飞书 / 语雀 task lists name an item's owners as @mentions at its end (a mention maybe a link) and its due date
    after 📅: the units in their order, read by the doc's stated rule (first @ leads, a single @ is responsible); the
    title ends before them. A person's mention and an e-mail address stay text."""
    [plan] = parse_text(
        "某区营商环境专项行动任务清单\n"
        "一、重点任务\n"
        "任务后@的单位有两个及以上的，第一个为牵头单位，其余为配合单位；只@一个单位的为责任单位。\n"
        "- [ ] 1. 推行企业开办一日办结 @区市场监管局 @区税务局 @区公安分局 📅 2025-06-30\n"
        "- [x] 2. 推行跨省通办事项互认 @区政务服务中心 📅 长期坚持\n"
        "- [ ] 3. 开展涉企违规收费整治 [@区市场监管局](https://x.feishu.cn/wiki/a1) [@区财政局](https://x.feishu.cn/wiki/a2) 等\n"
        "  - 📅 2025-12-31\n"
        "- [ ] 4. 编印惠企政策汇编，请 @张三 确认，联系邮箱 a@b.com（区商务局负责）\n")
    tasks = plan.tasks()
    assert [t.title for t in tasks] == ["推行企业开办一日办结", "推行跨省通办事项互认", "开展涉企违规收费整治",
                                        "编印惠企政策汇编，请 @张三 确认，联系邮箱 a@b.com"]
    assert [[(a.name, a.role) for a in t.assignments] for t in tasks] == [
        [("区市场监管局", L), ("区税务局", S), ("区公安分局", S)], [("区政务服务中心", R)],
        [("区市场监管局", L), ("区财政局", S)], [("区商务局", R)]]


def test_a_team_docs_mentions_with_no_stated_rule_are_responsible():
    [plan] = parse_text("某区营商环境任务清单\n一、重点任务\n"
                        "- [ ] 1. 推行企业开办一日办结 @区市场监管局 @区税务局 📅 2025-06-30\n"
                        "- [ ] 2. 推行跨省通办事项互认 @区政务服务中心\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("区市场监管局", R), ("区税务局", R)], [("区政务服务中心", R)]]


def test_a_mention_after_a_verb_of_sending_or_a_date_before_a_bracket_leaves_the_items_units_alone():
    """@X after 报 / 推送 names whom the words go to, not who does the item; a date after 📅 ends at the bracket
    that follows it (📅 6月底前（牵头单位：X）): the bracket is the item's annotation, read as before."""
    [plan] = parse_text("某区值班和数字政府任务\n"
                        "1.做好值班值守，名单报 @区应急管理局\n（责任单位：各街道）\n"
                        "2.完成政务云扩容 📅 2025年6月底前（牵头单位：区数据局；配合单位：区财政局）\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("各街道", R)], [("区数据局", "lead"), ("区财政局", "support")]]


def test_a_clause_naming_the_tasks_an_annotation_leaves_out_is_no_unit():
    """A standing annotation may first say which tasks it leaves to their own notes (本部分任务除另有注明外，由X牵头，
    Y配合): that clause names no unit; the units are the clauses' after it."""
    assert pairs("规范收费。（本部分任务除另有注明外，由省甲局牵头，省乙厅、省丙厅配合）") == [
        ("省甲局", "lead"), ("省乙厅", "support"), ("省丙厅", "support")]
    assert pairs("规范收费。（除特别注明外，由省甲局负责）") == [("省甲局", "responsible")]


def test_an_agent_clause_counted_by_jun_names_only_the_bodies_after_it():
    """A task closing 均由X负责 (均: "all of this", as a note covering several pieces of work says it) names X; the
    adverb is no part of the first name. 县甲局、县乙局均要… likewise: the list before 均 are the bodies."""
    assert pairs("开展水源地巡查，每月至少一次。均由县水利局负责。") == [("县水利局", R)]
    assert pairs("加强水质检测，公布检测结果。均由县卫生健康局、县水利局负责。") == [
        ("县卫生健康局", R), ("县水利局", R)]
    assert pairs("完善应急供水预案，组织演练。都由县应急管理局牵头，县水利局配合。") == [
        ("县应急管理局", L), ("县水利局", S)]


def test_posted_bodies_named_around_their_hosts_are_each_a_body():
    """A discipline commission names the bodies it posts in several departments at once, 派驻 before the first host
    and the posted body's kind after the last (派驻市甲局、市乙局纪检监察组): each host has a body of its own. Lists
    without the posting word around hosts' whole names stay as written."""
    assert pairs("开展监督。（派驻市甲局、市乙发展局、市丙保障局纪检监察组按职责分工负责）") == [
        ("派驻市甲局纪检监察组", R), ("派驻市乙发展局纪检监察组", R), ("派驻市丙保障局纪检监察组", R)]
    assert pairs("开展监督。（驻县甲局、县乙局纪检组牵头，第一监督检查室配合）") == [
        ("驻县甲局纪检组", L), ("驻县乙局纪检组", L), ("第一监督检查室", S)]
    # the first a whole posted body, the second a department; no posting word; a list closing 等部门; a unit, no host
    assert pairs("开展监督。（派驻市甲局纪检监察组、市乙局负责）") == [("派驻市甲局纪检监察组", R), ("市乙局", R)]
    assert pairs("开展监督。（市甲局、市乙局纪检监察组负责）") == [("市甲局", R), ("市乙局纪检监察组", R)]
    assert pairs("开展监督。（市教育局、市卫健委等部门负责）") == [("市教育局", R), ("市卫健委", R)]
    assert pairs("开展监督。（县公安局、县交警大队负责）") == [("县公安局", R), ("县交警大队", R)]


def test_a_body_handling_a_case_itself_or_taking_it_up_is_named_before_its_verbs():
    """由X直接查办或提级办理，Y配合: a discipline body handles a case itself (直接查办) or takes it up from the level below
    (提级办理); the two verbs joined by 或 are both its own and no part of its name. 查办 alone is a task's word."""
    (plan,) = parse_text("某市纪委监委专项监督工作方案\n一、工作措施\n"
                         "（一）开展梳理。全面梳理政策。（第一监督检查室牵头）\n"
                         "（二）查办典型案件。对严重的案件，由第三审查调查室直接查办或提级办理，各县（市、区）纪委监委配合。\n"
                         "（三）移送案件。对涉嫌犯罪的，由案件审理室提级办理。\n"
                         "（四）严肃查办案件。（县督查办牵头，县纪委监委负责查办）\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("第一监督检查室", L)], [("第三审查调查室", R), ("各县（市、区）纪委监委", S)], [("案件审理室", R)],
        [("县督查办", L), ("县纪委监委", R)]]
def test_an_agent_opening_a_sentence_that_shares_the_work_among_bodies_is_read():
    """由X负责车辆保障，Y负责医疗保障，Z负责安全保卫: 由 opens a sentence whose clauses give each body its own piece of
    work after 负责; every body is read responsible (the first was lost, only the last clause read). A sentence going
    on with the work after the bodies' clauses (，确保…) is not read apart."""
    assert pairs("做好起运保障。由县甲局负责车辆保障，县乙局负责医疗保障，县丙局负责安全保卫。") == [
        ("县甲局", R), ("县乙局", R), ("县丙局", R)]
    assert pairs("开展登记核查。由县丙局负责提供户籍信息，各乡镇武装部负责核查。") == [("县丙局", R), ("各乡镇武装部", R)]
    assert pairs("开展登记核查。由县丙局负责提供户籍信息，县丁局配合。") == [("县丙局", R), ("县丁局", S)]
    assert pairs("开展登记核查。由县丙局负责提供户籍信息，确保按时完成。") == []


def test_a_piece_of_work_holding_a_bracket_before_its_agent_is_read():
    """其中学籍由X负责核查，在村（社区）现实表现由Y负责核查: a sentence sharing a check among bodies names each piece of
    work, then 由 and its agent; a piece holding a short bracket of its own (村（社区）) is still a piece of work (the
    whole sentence was lost)."""
    assert pairs("核查档案信息。其中学籍由县甲局负责核查，在村（社区）现实表现由各乡镇人民政府负责核查。") == [
        ("县甲局", R), ("各乡镇人民政府", R)]
    assert pairs("推进分类。城区（含开发区）由县甲局负责，农村地区由各乡镇人民政府负责。") == [
        ("县甲局", R), ("各乡镇人民政府", R)]


def test_bodies_sharing_the_work_after_another_bodys_duty_clause_are_read():
    """县甲室负责线索管理，第一审查室、第二审查室按职责分工负责审查: a sentence shares its work among bodies clause by
    clause; the later clause's offices, named by ordinal with no level word, and their manner (按职责分工) before 负责
    are read (they were lost). Words that name no body (企业按要求负责…) stay the task's text."""
    assert pairs("集中处置线索。县甲室负责线索统一管理，第一审查室、第二审查室按职责分工负责审查。") == [
        ("县甲室", R), ("第一审查室", R), ("第二审查室", R)]
    assert pairs("集中处置线索。县甲室负责线索管理，企业按要求负责整改落实。") == [("县甲室", R)]
    # 按管辖分工: each office on the cases of its own jurisdiction, a manner as 按职责分工 is
    assert pairs("集中处置线索。县甲室负责线索统一管理，第一审查室、第二审查室按管辖分工负责审查。") == [
        ("县甲室", R), ("第一审查室", R), ("第二审查室", R)]


def test_a_syndicates_lead_and_taking_part_banks_are_read_as_lead_and_support():
    """牵头行 / 参与行: a banking plan names a lending syndicate's lead bank and the banks taking part in it, as labels
    (牵头行：X；参与行：Y) or as a mark after a bank's name (X银行（牵头行））; 行 is a head only so (lexicon
    BANK_LABEL_HEADS), a 局 marked （牵头行） keeps its words."""
    assert pairs("组建银团。统一审批。（牵头行：甲市农商银行；参与行：乙银行甲市分行、丙银行甲市分行）") == [
        ("甲市农商银行", L), ("乙银行甲市分行", S), ("丙银行甲市分行", S)]
    assert pairs("组建银团。\n责任单位：市农商银行（牵头行）；市发展改革委、市工信局配合提供项目清单") == [
        ("市农商银行", L), ("市发展改革委", S), ("市工信局", S)]
    assert pairs("组建银团。（甲市信用联社（牵头行）、乙银行甲市分行、甲市工信局配合）") == [
        ("甲市信用联社", L), ("乙银行甲市分行", S), ("甲市工信局", S)]
    assert pairs("推进。\n责任单位：甲市乙局（牵头行），甲市丙局") == [("甲市乙局（牵头行）", R), ("甲市丙局", R)]
    assert pairs("推进。（甲市乙局负责落实行动方案）")[0] != ("甲市乙局", L)


def test_a_label_head_with_several_other_kinds_in_its_bracket_is_a_label():
    """牵头处（室、单位）：X: a department's offices and the bodies under it named in one list, the head's bracket
    naming both other kinds (lexicon LABEL_HEAD_ALTERNATIVE_JOINERS)."""
    assert pairs("做好资助。落实政策。（牵头处（室、单位）：财务处；参与处（室、单位）：学生处、省学生资助中心）") == [
        ("财务处", L), ("学生处", S), ("省学生资助中心", S)]
    assert pairs("做好资助。落实政策。（责任处（室、单位）：财务处、学生处）") == [("财务处", R), ("学生处", R)]


def test_concerned_subordinate_bodies_label_after_the_offices_label():
    """有关直属单位：X / 相关直属单位：X / 相关单位：X after a 处室 label: the bodies' share of the task, responsible as
    直属单位： is; 县直有关单位 in a clause stays a name (lexicon CONCERNED_BODY_LABELS)."""
    for label in ("有关直属单位", "相关直属单位", "相关单位", "有关单位"):
        assert pairs(f"开展评估。（责任处室：督导室；{label}：省教育评估院）") == [("督导室", R), ("省教育评估院", R)]
    assert pairs("开展评估。\n责任处室：督导室\n相关直属单位：省教育评估院") == [("督导室", R), ("省教育评估院", R)]
    assert pairs("开展评估。（县直有关单位配合）") == [("县直有关单位", S)]
def test_a_running_clause_naming_only_a_body_the_closing_bracket_names_adds_no_second_mention():
    """…；市乙局按规定落实补偿资金。（市甲公司、市乙局负责）: the sentence says what one body does, the closing bracket lists
    the task's units and their roles; the body keeps the bracket's role and is not named again with the clause's verb.
    A clause naming a body the bracket does not name is still read."""
    assert pairs("发挥担保作用。市甲公司降低担保费率；市乙局按规定落实补偿资金。（市甲公司、市乙局负责）") == [
        ("市甲公司", R), ("市乙局", R)]
    assert pairs("发挥担保作用。市甲公司降低担保费率；市丙局按规定落实补偿资金。（市甲公司、市乙局负责）") == [
        ("市丙局", I), ("市甲公司", R), ("市乙局", R)]


def test_a_body_acting_on_a_fronted_object_after_a_semicolon_is_read_without_its_work():
    """（各银行机构负责；市甲办将其纳入考核评价）: after the bodies answering for the task, a clause has another body act
    with 将 / 把 and the object fronted; no role verb, so the body answers for its own part, and its name ends where
    将 / 把 opens its work (the whole clause was read as one name)."""
    assert pairs("提高服务考核权重。（各银行机构负责；市甲办将其纳入考核评价）") == [("各银行机构", R), ("市甲办", R)]
    assert pairs("提高服务考核权重。（各银行机构负责；市乙局把服务成效作为考核内容）") == [("各银行机构", R), ("市乙局", R)]


def test_guidance_in_a_line_of_work_after_fuze_is_the_work_not_letters_of_the_name():
    """（县甲局负责，县乙局负责业务指导）: 业务指导 is guidance in the body's own line, as 技术指导 is; after 负责 it is the work
    the body answers for, read as 负责技术指导 and 负责指导 are (responsible), and the name ends before 负责 (it took
    负责业务). Right after the name it supports, as 技术指导 does."""
    assert pairs("依法查处直排行为。（县甲局负责，县乙局负责业务指导）") == [("县甲局", R), ("县乙局", R)]
    assert pairs("依法查处直排行为。（县甲局负责，县乙局负责技术指导）") == [("县甲局", R), ("县乙局", R)]
    assert pairs("依法查处直排行为。（县甲局负责，县乙局负责指导）") == [("县甲局", R), ("县乙局", R)]
    assert pairs("依法查处直排行为。（县甲局负责，县乙局业务指导）") == [("县甲局", R), ("县乙局", S)]


def test_a_role_mark_closing_a_group_of_its_own_after_a_semicolon_marks_every_name_of_it():
    """（A（牵头）；B、C（配合））: the ； parts the annotation by role, the second group's one mark closing it is the role of
    every name in it; a mark closing a list that shares its clause with another mark is its own name's alone."""
    assert pairs("开展培训。（市甲局（牵头）；市乙局、市丙局（配合））") == [
        ("市甲局", L), ("市乙局", S), ("市丙局", S)]
    assert pairs("开展培训。（市甲局（牵头）、市乙局、市丙局（配合））") == [
        ("市甲局", L), ("市乙局", R), ("市丙局", S)]


def test_on_a_label_line_a_role_mark_closing_a_group_after_a_semicolon_marks_every_name_of_it():
    """责任单位：X（牵头行）；A、B（参与行）；…: a label's line setting its bodies out by role parts the groups with ；, the
    mark closing each group the role of every name in it (as in a bracket); names after a marked group with no mark of
    their own are a group under the label's role. A ； with no mark before it parts one list's names (a ledger's), and
    a mark closing a list shares nothing with the names before it in the same group."""
    assert pairs("组建银团。\n责任单位：甲市农商银行（牵头行）；乙银行甲市分行、丙银行甲市分行（参与行）；"
                 "市发展改革委、市工信局配合提供项目清单") == [
        ("甲市农商银行", L), ("乙银行甲市分行", S), ("丙银行甲市分行", S), ("市发展改革委", S), ("市工信局", S)]
    assert pairs("开展培训。\n责任单位：市甲局（牵头）；市乙局、市丙局（配合）；市丁局") == [
        ("市甲局", L), ("市乙局", S), ("市丙局", S), ("市丁局", R)]
    assert pairs("开展培训。\n责任单位：市甲局（牵头）；市乙局、市丙局（配合）；市丁局、市戊局（落实）\n完成时限：2030年底") == [
        ("市甲局", L), ("市乙局", S), ("市丙局", S), ("市丁局", I), ("市戊局", I)]
    assert pairs("开展培训。\n责任单位：市甲局；市乙局、市丙局（配合）") == [("市甲局", R), ("市乙局", R), ("市丙局", S)]
    assert pairs("开展培训。\n责任单位：市甲局（牵头）、市乙局、市丙局（配合）") == [("市甲局", L), ("市乙局", R), ("市丙局", S)]


def test_an_agent_whose_duty_is_to_lead_leads_and_each_later_duty_clause_is_read():
    """由X负责统筹协调，Y配合: X's duty is to lead (as X负责统筹协调 without 由 reads); 由甲负责排查，乙负责登记，丙配合:
    every body of the sentence with its part, the middle one too."""
    assert pairs("开展道路整治。由县应急局负责统筹协调，县公安局、县交通局配合。") == [
        ("县应急局", L), ("县公安局", S), ("县交通局", S)]
    assert pairs("开展排查。由县甲局负责排查，县乙局负责登记，县丙局配合。") == [
        ("县甲局", R), ("县乙局", R), ("县丙局", S)]
    # the duty to lead with its object after it is the body's own work: it answers for it
    assert pairs("推进竣工验收。由市住建局负责统筹协调联合验收工作，市消防救援支队、市人防办配合。") == [
        ("市住建局", R), ("市消防救援支队", S), ("市人防办", S)]


def test_a_label_going_on_with_what_the_bodies_must_do_names_no_unit():
    """相关单位：要高度重视，认真组织实施 / 责任单位：要按照职责分工抓好落实: after a label, the plan's modal (要, 应当, 必须)
    opens what the bodies must do, no body's name; the reading says so once instead of inventing a unit."""
    [plan] = parse_text("某市2030年工作方案\n一、重点任务\n1.加强文物保护。（责任单位：市文物局）\n相关单位：要高度重视，认真组织实施。\n"
                        "2.开展普查。责任单位：要按照职责分工抓好落实。\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [[("市文物局", R)], []]
    assert sum("names no unit" in w for w in plan.warnings) == 2
def test_an_annotation_not_understood_holding_braces_is_reported_as_written():
    """An annotation the reader does not understand is quoted in its warning; braces in it (a converter's LaTeX mark
    after an ASCII letter, 县甲局A$^{1}$牵头, or {2} left by a template) are its words, not a format field (before: the
    reader stopped with an IndexError)."""
    plan = parse_text("某县工作要点\n一、重点任务\n1.开展检查。（县甲局A$^{1}$牵头）\n2.开展培训。（县乙局{2}牵头）\n", "p.txt")[0]
    assert plan.warnings == ["p.txt:3: task 1. annotation at column 8 not understood: '县甲局A$^{1}$牵头'",
                             "p.txt:4: task 2. annotation at column 8 not understood: '县乙局{2}牵头'"]


def test_partners_clause_mid_sentence_after_a_duty_clause_then_the_target():
    """X负责<duty>，Y、Z配合，力争…: offices write the partners' clause in the middle of the sentence, after the
    responsible body's clause and before the target; it is read as where it closes the sentence (before: Y, Z lost
    when more text followed). A clause of the work there (，确保…) names no unit."""
    closing = pairs("修建公墓。各乡镇人民政府负责本辖区公墓建设，县甲局、县乙局配合。")
    assert closing == [("各乡镇人民政府", R), ("县甲局", S), ("县乙局", S)]
    assert pairs("修建公墓。各乡镇人民政府负责本辖区公墓建设，县甲局、县乙局配合，力争每镇建成1处。") == closing
    assert pairs("修建公墓。县丙局负责选址审批，县甲局配合，县乙局参与，确保按期建成。") == [
        ("县丙局", R), ("县甲局", S), ("县乙局", S)]
    assert pairs("修建公墓。县丙局负责选址审批，确保按期建成。") == [("县丙局", R)]


def test_an_agent_clause_then_its_work_then_the_implementers_clause():
    """由X牵头，<what X does>，Y具体落实: the lead's clause after 由, what it does to other bodies (指导各村…), then the
    implementers' clause closing the sentence; X leads, Y implements (before: with 由 the lead was lost, the closing
    clause alone read). The bodies X acts on (各村) are the object of its verb, no unit."""
    expected = [("县甲局", L), ("各乡镇（街道）", I)]
    assert pairs("健全理事会。由县甲局牵头，指导各村（社区）健全红白理事会，各乡镇（街道）具体落实。") == expected
    assert pairs("健全理事会。县甲局牵头，指导各村（社区）健全红白理事会，各乡镇（街道）具体落实。") == expected
    assert pairs("健全理事会。由县甲局牵头，指导各村健全红白理事会，确保年底前落实。") == [("县甲局", L)]
    # names parted by an ASCII comma before their verb stay one list of partners
    assert pairs("健全理事会。由县甲局牵头，县乙局,县丙局配合，推进建设。") == [("县甲局", L), ("县乙局", S), ("县丙局", S)]


def test_a_units_sentence_with_a_middle_body_at_its_own_work_is_read():
    """`X抓总，Y保障经费，Z具体实施` in prose: a middle clause whose body (opening with a level word) is at its own work
    with no role verb does not stop the sentence being the units' one; Y answers for its work (responsible), as the
    same words in brackets read. A body at its work first or last, or a middle clause of a bare noun, is still the
    task's own sentence."""
    assert pairs("提升清扫水平。推行考评。县甲局抓总，县乙局保障经费，城区两镇具体实施。") == [
        ("县甲局", L), ("县乙局", R), ("城区两镇", I)]
    assert pairs("提升清扫水平。推行考评。县甲局抓总，企业保障经费，城区两镇具体实施。") == []
    assert pairs("提升清扫水平。县甲局组织督导组开展督导。") == []


def test_an_agent_clause_then_its_work_then_another_bodys_own_work_keeps_both():
    """由X牵头，<what X does>，Y<Y's own work>: the closing clause is no units' clause (names and a role verb alone) but
    Y's own work, which the whole sentence's reading gives Y; X leads, Y answers for its work (before: only X read)."""
    plan = _one_plan("某县2030年移风易俗工作方案\n一、重点任务\n"
                     "1.推进殡葬改革。由县甲局牵头，指导县殡仪馆改进服务，县乙局加强收费监管。\n"
                     "2.健全理事会。由县甲局牵头，指导各村（社区）健全红白理事会，各乡镇（街道）具体落实。\n")
    assert [_units(t) for t in plan.tasks()] == [[("县甲局", L), ("县乙局", R)], [("县甲局", L), ("各乡镇（街道）", I)]]


def test_an_agent_clause_then_its_work_then_names_with_a_role_word_and_their_work():
    """由X牵头，<what X does>，Y负责<work> / Y配合做好<work>: the closing clause opens with names and a plan's word of a
    role, then the work that role takes; X leads beside Y as where the role word closes the clause (before: only Y)."""
    plan = _one_plan("某县2030年农村工作要点\n一、加强乡村治理\n"
                     "1.开展联合检查。由县甲局牵头，组织开展联合检查，县乙局负责督促落实。\n"
                     "2.开展联合检查。由县甲局牵头，指导各村开展排查，县乙局配合做好技术指导。\n"
                     "3.开展联合检查。由县甲局牵头，组织开展联合检查，各乡镇人民政府负责组织实施。\n"
                     "4.开展联合检查。由县甲局牵头，组织开展联合检查，县乙局加强收费监管。\n")
    assert [_units(t) for t in plan.tasks()] == [[("县甲局", L), ("县乙局", R)], [("县甲局", L), ("县乙局", S)],
                                                 [("县甲局", L), ("各乡镇人民政府", I)], [("县甲局", L), ("县乙局", R)]]


@pytest.mark.parametrize("closing", ["坚持问题导向", "把准正确方向", "增加有效供给", "做好物资补给", "敢于较真碰硬、大有可为",
                                     "坚持担当善为", "提升应对"])
def test_names_under_a_line_ending_on_a_noun_whose_last_character_awaits_an_object_are_its_units(closing):
    """导向 / 方向 / 供给 / 补给 / 可为 / 善为 / 应对 end on 向 / 给 / 为 / 对, words that may await their object
    (督查对象为), but close the line as nouns and set phrases: the names set in after a tab under it are the task's units
    (before: glued into the title); a line ending on the word itself keeps its object."""
    plan = _one_plan("某市2030年安全生产工作要点\n一、强化责任落实\n"
                     f"1.推进安全发展，{closing}\n\t\t市甲局、市乙局\n"
                     "2.开展专项督查，督查对象为\n\t\t市丙局、市丁局\n")
    assert [(t.title, _units(t)) for t in plan.tasks()] == [
        (f"推进安全发展，{closing}", [("市甲局", R), ("市乙局", R)]),
        ("开展专项督查，督查对象为市丙局、市丁局", [])]


@pytest.mark.parametrize("others", ["领导小组其他成员单位", "县安委会其余成员单位"])
def test_the_other_members_of_a_named_body_in_an_annotation_stay_a_unit(others):
    """（县委宣传部牵头，领导小组其他成员单位配合）: inside an annotation the rest of a named body's members are read as
    a unit, as the seed's reading names 市安委会其他成员单位 among a task's bodies (a duties list heading a paragraph
    with the same words names no one: tests/test_outline.py)."""
    assert pairs(f"加强宣传。开展宣传活动。（县委宣传部牵头，{others}配合）") == [("县委宣传部", L), (others, S)]


def test_a_role_taken_on_as_a_label_by_several_bodies():
    """`由X担任牵头部门`, `X、Y作为共同牵头单位`, `X、Y为共同责任单位`: provincial plans state the role with 担任 as with
    为 / 作为, and 共同 says the bodies share it: each takes the label's role, no verb glued into a name."""
    assert pairs("建立台账。由省甲厅担任牵头部门，省乙委、省丙厅为成员单位。") == [("省甲厅", L), ("省乙委", S), ("省丙厅", S)]
    assert pairs("完善服务。省丁厅担任牵头单位，省乙局参与。") == [("省丁厅", L), ("省乙局", S)]
    assert pairs("培育队伍。省甲厅、省庚厅作为共同牵头单位，省辛院配合。") == [("省甲厅", L), ("省庚厅", L), ("省辛院", S)]
    assert pairs("挖潜建设。省甲厅、省乙厅为共同责任单位。") == [("省甲厅", R), ("省乙厅", R)]


def test_a_role_stated_as_the_responsibility_a_body_bears():
    """`X承担主体责任，Y承担监管责任` / `X是第一责任单位，Y履行质量监管责任` / `X承担牵头责任，Y协同推进`: the word before
    责任 gives the role as it does in a label (牵头 lead, 协同 support, 主体 responsible; 监管 responsible, as
    负监管责任 reads), a few words of the field between; one such clause no longer loses the other clauses of the
    sentence. No body, no unit."""
    assert pairs("更新管道。省甲厅承担主体责任，省乙局承担监管责任。") == [("省甲厅", R), ("省乙局", R)]
    assert pairs("排查隐患。省甲厅是第一责任单位，省乙局履行质量监管责任，省丙厅配合做好隐患排查。") == [
        ("省甲厅", L), ("省乙局", R), ("省丙厅", S)]
    assert pairs("健全机制。省委组织部是第一责任单位，省丁部、省甲厅履行协同责任。") == [
        ("省委组织部", L), ("省丁部", S), ("省甲厅", S)]
    assert pairs("配建充电桩。省戊局承担牵头责任，省甲厅、省己公司协同推进。") == [("省戊局", L), ("省甲厅", S), ("省己公司", S)]
    assert pairs("更新管道。省乙局履行物业服务收费监管责任。") == [("省乙局", R)]
    assert pairs("压实责任。督促企业履行主体责任。") == []


def test_a_partner_whose_name_holds_an_action_word_after_its_level_word():
    """`市甲委会同市统筹城乡发展办公室、市乙局推进…`: an action word (统筹, PARTNER_ACTIONS) right after a level word
    alone opens the partner's name, it does not end the partners."""
    assert pairs("推进统筹。市甲委会同市统筹城乡发展办公室、市乙局推进城乡融合。") == [
        ("市甲委", L), ("市统筹城乡发展办公室", S), ("市乙局", S)]


def test_the_duty_borne_is_read_only_for_bodies_named_whole():
    """`督促企业履行主体责任，县甲局承担监管责任` / `各乙单位…`: the names before 承担 / 履行…责任 must be bodies' names
    written whole from a level word or 各 + a body: a task's verb before them (督促企业, 督促各级党组织) or a regulated
    party (企业, 项目单位, 各生产经营单位, 医疗机构: lexicon.REGULATED_PARTY_KINDS) bears the duty the task imposes and is
    no unit, and the other clauses of the sentence keep their units."""
    assert pairs("压实责任。督促企业履行主体责任，县甲局承担监管责任。") == [("县甲局", R)]
    assert pairs("压实责任。督促各级党组织履行主体责任，县委丙部牵头。") == [("县委丙部", L)]
    assert pairs("落实责任。项目单位承担主体责任，县乙局履行监管责任。") == [("县乙局", R)]
    assert pairs("压实责任。各生产经营单位承担主体责任，市丁局履行监管责任。") == [("市丁局", R)]
    assert pairs("推进改革。医疗机构承担主体责任，市戊委负责。") == [("市戊委", R)]
    assert pairs("加强巡查。县己局承担主体责任，县庚局配合。") == [("县己局", R), ("县庚局", S)]
    # in a bracket too: the regulated party's own responsibility beside a body's is no unit (not 企业履行主体责任)
    assert pairs("开展排查。（企业履行主体责任，县辛局履行监管责任）") == [("县辛局", R)]


def test_partners_after_the_leads_clause_running_into_their_work():
    """`X作为牵头单位，会同Y、Z等部门推进` / `X牵头，会同Y、Z推进`: the lead's clause, then 会同 and the partners running
    straight into what they do with no comma: the lead leads, the partners support, their work stays text; a units'
    clause after the work (`，W为责任主体`) is read too."""
    assert pairs("完善设施。省甲厅作为牵头单位，会同省乙局、省丙局等部门推进。") == [("省甲厅", L), ("省乙局", S), ("省丙局", S)]
    assert pairs("争取资金。省丁厅作为牵头单位，会同省乙局做好资金争取。") == [("省丁厅", L), ("省乙局", S)]
    assert pairs("完善设施。省甲厅牵头，会同省乙局、省丙局推进。") == [("省甲厅", L), ("省乙局", S), ("省丙局", S)]
    assert pairs("摸清情况。省甲厅作为牵头单位，会同省乙局、省丙局指导各地开展普查，各市人民政府为责任主体。") == [
        ("省甲厅", L), ("省乙局", S), ("省丙局", S), ("各市人民政府", R)]


def test_the_body_doing_the_main_part_leads():
    """`以X为主，Y、Z配合`: the body framed as doing the main part of the work leads, those backing it support (a call:
    responsible is arguable); a principle's frame naming no body (`坚持以人民为主`) names no unit."""
    assert pairs("统筹配置。以各县人民政府为主，省甲厅、省乙厅配合。") == [("各县人民政府", L), ("省甲厅", S), ("省乙厅", S)]
    assert pairs("整治绿化。以省甲厅为主,省林草局配合。") == [("省甲厅", L), ("省林草局", S)]
    assert pairs("坚持以人民为主，政府引导。") == []
    # a regulated party or a place alone is no body doing the main part (以县为主: the county bears the cost)
    assert pairs("发展产业。以企业为主，县甲局指导。") == [("县甲局", S)]
    assert pairs("兴办教育。以县为主，县乙局负责。") == [("县乙局", R)]


def test_a_role_stated_as_a_label_then_the_bodys_duty():
    """`X为责任主体，负责…；W落实属地管理责任`: a clause stating the role as a label opens the sentence and the body's
    duty follows with no subject of its own: the label clause is read, the duty stays text."""
    assert pairs("消除隐患。省甲厅为责任主体，负责指导开展隐患整治；各市人民政府落实属地管理责任。") == [
        ("省甲厅", R), ("各市人民政府", "implement")]
    assert pairs("消除隐患。省甲厅为牵头单位，负责统筹，省乙局配合。") == [("省甲厅", L), ("省乙局", S)]


def test_the_agents_mark_before_a_lead_with_partners():
    """`由X会同Y、Z + action…，W抓好落实`: 实施方案 write the lead by 由 before it; 由 is no word of its name, and the
    closing clause's body is read beside the lead and its partners."""
    assert pairs("管好渣土。由县甲局会同县乙局、县丙局建立监管机制，各镇人民政府抓好落实。") == [
        ("县甲局", L), ("县乙局", S), ("县丙局", S), ("各镇人民政府", I)]
    assert pairs("建设示范村。由县丁局会同县戊局制定创建标准。") == [("县丁局", L), ("县戊局", S)]
    assert pairs("管好渣土。由县甲局会同县乙局负责，各镇人民政府抓好落实。") == [
        ("县甲局", L), ("县乙局", S), ("各镇人民政府", I)]


def test_bodies_working_together_between_the_lead_and_the_implementers():
    """`X负总责，Y、Z协同推进，W具体承办`: 协同推进 (协同 and the work verb) closes the supporting bodies' clause in the
    middle of the sentence as 配合 would: every clause is read, not only the last."""
    assert pairs("推进厕所改造。县甲局负总责，县乙局、县丙局协同推进，各镇人民政府具体承办。") == [
        ("县甲局", L), ("县乙局", S), ("县丙局", S), ("各镇人民政府", R)]
    assert pairs("推进厕所改造。县甲局牵头，县乙局协同推进。") == [("县甲局", L), ("县乙局", S)]


def test_a_body_at_its_own_part_closes_the_owners_clauses():
    """`…，X做好资金保障` after the owners' clauses: 实施方案 name the body backing the work by its own part with no
    role word; the clause is read as the same words in a bracket are (the body's own part, responsible), and the
    owners' clauses before it are kept."""
    assert pairs("改造道路。主干道、干线公路提升工作分别由县甲局、县乙局牵头，县丙局做好资金保障。") == [
        ("县甲局", L), ("县乙局", L), ("县丙局", R)]
    assert pairs("防制病媒。县丁办负总责，县疾控中心具体承办，县丙局做好经费保障。") == [
        ("县丁办", L), ("县疾控中心", R), ("县丙局", R)]
    assert pairs("整治违建。县戊局负责存量违建处置，各街道办事处抓好落实，县己局做好法律保障。") == [
        ("县戊局", R), ("各街道办事处", I), ("县己局", R)]
    assert pairs("改造道路。（县甲局牵头，县丙局做好资金保障）") == [("县甲局", L), ("县丙局", R)]


def test_a_closing_list_of_long_names_is_read_by_its_names():
    """A closing units' clause whose list of enterprises' full names runs past 40 letters (four companies 具体承办):
    its length is counted by names, each a body's, not by letters; a long clause of the task's wording ending in a
    verb stays text."""
    assert pairs("整治线缆。县甲局、县乙局分别负责通信线缆、电力线缆整治工作，国网某县供电公司、中国电信某县分公司、"
                 "中国移动某县分公司、中国联通某县分公司具体承办。") == [
        ("县甲局", R), ("县乙局", R), ("国网某县供电公司", R), ("中国电信某县分公司", R), ("中国移动某县分公司", R),
        ("中国联通某县分公司", R)]


def test_a_lead_with_partners_planning_together_beside_another_bodys_clause():
    """`X会同Y统筹安排…，Z负责…`: 统筹 (planning the work together) ends the partners as other actions do, so the lead
    and partners are read beside another body's clause, not only the last clause's body."""
    assert pairs("保障资金。县甲局会同县乙局统筹安排项目资金，县丙局负责开辟用地绿色通道。") == [
        ("县甲局", L), ("县乙局", S), ("县丙局", R)]
    assert pairs("保障资金。县甲局会同县乙局、县丁局统筹推进项目建设。") == [("县甲局", L), ("县乙局", S), ("县丁局", S)]


def test_the_chief_lead_written_zong_before_the_verb_leads():
    """`X总牵头，Y参与，Z为责任主体` / `X总牵头、Y具体实施`: 总 before 牵头 marks the chief lead, as 牵头抓总 does after it;
    it is no letter of the last name, and the sentence's other clauses are read with it (before: no unit at all)."""
    assert pairs("新建水厂。新建水厂3座。县甲局总牵头，县乙局参与，各乡镇人民政府为责任主体。") == [
        ("县甲局", L), ("县乙局", S), ("各乡镇人民政府", R)]
    assert pairs("延伸管网。延伸管网10公里。县丙局总牵头、各乡镇人民政府具体实施。") == [
        ("县丙局", L), ("各乡镇人民政府", I)]


def test_a_groups_division_line_naming_its_work_again_goes_to_its_items():
    """`此项工作由X牵头，Y负责具体落实。` on a line of its own under a group's heading: a 实施方案 writes the group's
    division once, naming the group's work again before 由; the line is nothing but its units' sentence, so the items
    naming no unit take it as they take the same line opening with 由 (before: no unit on either item). An item naming
    its own units keeps them."""
    plan = _one_plan("某县供水建设实施方案\n一、重点任务\n（一）完善管网\n"
                     "此项工作由县甲局牵头，各乡镇人民政府负责具体落实。\n"
                     "1.延伸管网。延伸管网10公里。\n2.更新旧管。改造管网8公里。\n3.建设泵站。县乙局负责。\n")
    assert [_units(t) for t in plan.tasks()] == [[("县甲局", L), ("各乡镇人民政府", I)]] * 2 + [[("县乙局", R)]]


def test_a_share_with_its_work_between_units_clauses_keeps_the_clauses_before_it():
    """`X牵头，Y主抓项目谋划，Z参与` / `X具体实施质量抽检，Y参与安全生产检查`: a 实施方案 divides an item's work among
    bodies clause by clause, a body's role verb followed by its share of the work; each clause is read (units and
    verb, the work staying text), as with ；between them (before: only the clauses after the last share). A body
    acting on another party (督促在建工地停工) takes no share under a role."""
    assert pairs("储备项目。谋划一批项目。县甲局牵头，县乙局主抓项目谋划，县丙局参与。") == [
        ("县甲局", L), ("县乙局", L), ("县丙局", S)]
    assert pairs("开展监督。每年检查两次。县丁站具体实施质量抽检，县戊局参与安全生产检查。") == [
        ("县丁站", I), ("县戊局", S)]
    assert pairs("停工避险。暴雨预警时启动。镇丙办督促在建工地全面停工，镇丁队配合。") == [("镇丁队", S)]


def test_a_body_urging_a_party_to_its_part_answers_for_the_clause():
    """`…，县丙局督促建设单位落实保护措施。`: a body urging (督促 / 督导) a party that is no body of the plan to do its part
    answers for that clause (responsible, as X督促Y落实 makes X), the party urged no unit (before: support, as 督促
    written bare). Bare at a clause's end, with verbs alone after it, or as 督促检查 it still oversees the others."""
    assert pairs("工程监管。严格落实制度。由县甲局会同县乙局做好勘探，县丙局督促建设单位落实保护措施。") == [
        ("县甲局", L), ("县乙局", S), ("县丙局", R)]
    assert pairs("隐患整改。开展排查。县甲局牵头，县丙局督导企业整改隐患。") == [("县甲局", L), ("县丙局", R)]
    # mid-sentence after a lead and its partners, the sentence going on (before: not read at all)
    assert pairs("工程监管。严格落实制度。由县甲局会同县乙局做好勘探，县丙局督促建设单位落实保护措施，严禁擅自建设。") == [
        ("县甲局", L), ("县乙局", S), ("县丙局", R)]
    assert pairs("工程监管。严格落实制度。由县甲局会同县乙局做好勘探，督促建设单位落实保护措施，严禁擅自建设。") == [
        ("县甲局", L), ("县乙局", S)]
    assert pairs("隐患整改。开展排查。县甲局牵头，县丙局督促检查。") == [("县甲局", L), ("县丙局", S)]
    assert pairs("开展检查。（区督查室督促，区Y局、各街道落实）") == [("区督查室", S), ("区Y局", I), ("各街道", I)]


def test_duty_shares_counted_out_with_ordinal_words_after_the_units_sentence():
    """`X主抓，Y协助。一是由Z具体实施质量抽检；二是W参与安全生产检查。`: the item counts out who does which part;
    一是 / 二是 (and 由 after it) are no words of the body's name, each share is read (before: only X and Y). A counted
    sentence of the task's wording names no unit."""
    assert pairs("开展监督。每年检查两次。县甲局主抓，县乙局协助。一是由县丁站具体实施质量抽检；二是县戊局参与安全生产检查。") == [
        ("县甲局", L), ("县乙局", S), ("县丁站", I), ("县戊局", S)]
    assert pairs("开展监督。每年检查两次。县甲局牵头。一是加强日常巡查；二是开展专项整治。") == [("县甲局", L)]


@pytest.mark.parametrize("head", ["某区人民政府办公室关于落实区政府常务会议部署重点工作任务的通知\n",
                                  "某区政府第三次常务会议纪要\n"])
def test_a_modal_before_a_role_verb_leaves_the_role_to_the_verb(head):
    """Y要积极配合 / Y须配合做好… / X应当会同Y、Z… / X要切实负起牵头责任，会同Y…: the modal (and an adverb of manner
    after it) is the document's voice, as in 要会同; the role verb after it says the role. A modal with no role verb
    after it (X要…) still answers for the work."""
    (plan,) = parse_text(head + "一、重点任务\n"
                         "1.建设共配中心。甲区商务局要牵头整合快递资源。甲区邮政局、甲区供销社要积极配合。\n"
                         "2.落实配套资金。甲区财政局须配合落实配套资金，甲区农业局要做好项目申报。\n"
                         "3.培育公用品牌。甲区农业局应当会同甲区市场监管局、甲区商务局，加快培育品牌。\n"
                         "4.开展专项整治。甲区市场监管局要切实负起牵头责任，会同甲区公安局开展整治。\n"
                         "5.稳外贸。开展出海行动。（甲区商务局牵头，甲区税务局配合）\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("甲区商务局", L), ("甲区邮政局", S), ("甲区供销社", S)], [("甲区财政局", S), ("甲区农业局", R)],
        [("甲区农业局", L), ("甲区市场监管局", S), ("甲区商务局", S)], [("甲区市场监管局", L), ("甲区公安局", S)],
        [("甲区商务局", L), ("甲区税务局", S)]]


def test_a_run_in_items_later_sentences_opening_with_a_body_name_more_of_its_units():
    """（一）标题。X要牵头…。Y、Z要积极配合。: once the item's duty sentence opens with the body doing it, each later
    sentence opening with a body names more of the same duty's units (here its partners); a body named inside a later
    sentence's wording (…，报市丁局备案) is what it acts with, no unit."""
    (plan,) = parse_text("某市商贸流通实施意见\n一、重点任务\n"
                         "（一）建设共配中心。市甲局要牵头整合快递资源。市乙局、市丙社要积极配合。报市丁局备案。\n"
                         "（二）提升冷链能力。完善冷链网络。（市戊委牵头，市甲局配合）\n"
                         "（三）扩大农村消费。组织开展家电下乡。（市甲局牵头，市己局配合）\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("市甲局", L), ("市乙局", S), ("市丙社", S)], [("市戊委", L), ("市甲局", S)], [("市甲局", L), ("市己局", S)]]


def test_a_counted_share_opening_with_an_ordinal_and_a_comma_keeps_its_unit():
    """`X牵头。其次，Y参与。` / `第二，Y参与`: an ordinal closed by a comma is a clause of its own, the share's bodies and
    verb the clause after it; the ordinal is not taken off (that left one clause, which names no closing units, and
    the share's body was lost)."""
    assert pairs("强化宣传。县甲部牵头。其次，县乙局参与。") == [("县甲部", L), ("县乙局", S)]
    assert pairs("强化宣传。县甲部牵头；第二，县乙局参与。") == [("县甲部", L), ("县乙局", S)]
    assert pairs("强化宣传。县甲部牵头。二是县乙局参与。") == [("县甲部", L), ("县乙局", S)]


def test_a_word_announcing_the_division_of_work_before_the_role_labels_is_no_part_of_the_first_name():
    """任务分工：责任科室：X；配合科室：Y；落实单位：Z: a plan writing each item's division of work on its own line may open
    it with the word for it (任务分工 / 分工 / 责任分工), then the role labels; the outer word announces the fields, the
    inner label names the role (lexicon.LABELS_OVER_ROLE_LABELS). Alone before its units the word is still a label."""
    (plan,) = parse_text("某县食品安全专项整治工作方案\n一、重点任务\n"
                         "1.开展生产环节排查。对全县生产企业开展检查。\n"
                         "任务分工：责任科室：食品生产科；配合科室：法规科；落实单位：各乡镇市场监管所。\n"
                         "2.加强网络销售监测。严查无证销售。\n"
                         "分工:牵头单位:县甲局;配合单位:县乙局。\n"
                         "3.加强流通环节抽检。扩大抽检范围。\n"
                         "任务分工：县丙局负责，县丁局配合。\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("食品生产科", R), ("法规科", S), ("各乡镇市场监管所", I)], [("县甲局", L), ("县乙局", S)],
        [("县丙局", R), ("县丁局", S)]]


def test_a_manner_phrase_closing_a_labelled_value_with_no_verb_is_no_part_of_the_name_nor_its_role():
    """落实单位：各乡镇人民政府按属地 / …（按属地） / …按职责分工: a field's value may close with how the body carries the
    task out, the verb left unsaid; the manner phrase is no word of the name, and it names no role: the label's
    stands (落实单位 -> implement), as with the verb written (…按属地管理原则落实). Alone (按属地) it is no name."""
    (plan,) = parse_text("某县安全生产专项整治工作方案\n一、重点任务\n"
                         "1.开展隐患排查。对全县企业开展检查。\n"
                         "责任单位：县甲局；落实单位：各乡镇人民政府按属地。\n"
                         "2.加强执法检查。严查违法行为。\n"
                         "责任单位：县乙局；落实单位：各乡镇人民政府（按属地）。\n"
                         "3.加强宣传培训。开展警示教育。\n"
                         "牵头单位：县丙局；配合单位：县丁局按职责分工；落实单位：各乡镇人民政府按职责分工。\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("县甲局", R), ("各乡镇人民政府", I)], [("县乙局", R), ("各乡镇人民政府", I)],
        [("县丙局", L), ("县丁局", S), ("各乡镇人民政府", I)]]
    assert pairs("开展检查。（县甲局负责，各乡镇按属地）") == [("县甲局", R), ("各乡镇", R)]


def test_a_plan_writing_its_duties_as_sentences_opening_with_their_bodies_reads_its_run_in_items():
    """An 实施意见 writes item after item `（N）标题。市X局要牵头…。市Y局要积极配合。`, annotating few items or none: most of
    its items opening their duty sentence with a body is itself the plan naming its units task by task, so each run-in
    item takes the bodies its duty sentence opens with. A plan doing so in one item of several (its units in an
    attached 分工 table) keeps that sentence as running text."""
    (plan,) = parse_text("某市商贸流通实施意见\n一、重点任务\n"
                         "（一）建设共配中心。市甲局要牵头整合快递资源。市乙局要积极配合。\n"
                         "（二）培育流通企业。市丙委要牵头支持龙头企业做大做强。市丁局要积极配合。\n"
                         "（三）发展农村电商。市乙局应当会同市丙委推动电商平台下沉。\n"
                         "（四）扩大农村消费。组织开展家电下乡。（市甲局牵头，市丁局配合）\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("市甲局", L), ("市乙局", S)], [("市丙委", L), ("市丁局", S)], [("市乙局", L), ("市丙委", S)],
        [("市甲局", L), ("市丁局", S)]]
    (plan,) = parse_text("某市企业转型实施方案\n一、主要任务\n"
                         "（一）推动链式转型。发挥链主企业作用，带动上下游企业协同转型。\n"
                         "（二）构建服务体系。引导服务商开发低成本产品。\n"
                         "（三）建立评估机制。市甲局要会同市丁局建立成效评估机制。\n")
    assert [_units(t) for t in plan.tasks()] == [[], [], []]


def test_a_body_opening_a_later_clause_of_a_duty_opened_by_its_body_is_one_more_unit():
    """Once an item's duty sentence opens with the body doing it, a later sentence's clause opening with a body and
    its verb (…。落实看护责任，县乙局予以经费保障) names one more unit of the same duty; a body named as a clause's object (…，督促县丙局…,
    …，报县丁局备案) is none."""
    (plan,) = parse_text("某县文物安全整治方案\n一、整治重点\n"
                         "（一）巡查看护。县甲局要牵头建立巡查队伍。落实看护责任，县乙局予以经费保障，督促县丙局落实看护，报县丁局备案。\n"
                         "（二）消防检查。开展电气线路检查。（县戊局负责，县甲局配合）\n")
    assert [_units(t) for t in plan.tasks()] == [[("县甲局", L), ("县乙局", R)], [("县戊局", R), ("县甲局", S)]]


def test_a_duty_sentence_naming_its_bodies_in_a_later_clause_names_units_where_the_plan_names_them_task_by_task():
    """`（二）考古前置。落实考古前置制度，县丙局要会同县甲局做好勘探工作。`: the duty done first, who does it in a later
    clause. In a plan naming its units task by task that clause's bodies are the item's units, as an opening body
    would be; in a plan naming none beside its items (the units in an attached 分工 table) it is running text."""
    items = ("（一）巡查看护。建立巡查队伍，各乡镇人民政府负责组织实施，县乙局予以经费保障。\n"
             "（二）考古前置。落实考古前置制度，县丙局要会同县甲局做好勘探工作。\n")
    (plan,) = parse_text("某县文物安全整治方案\n一、整治重点\n" + items
                         + "（三）消防检查。开展电气线路检查。（县戊局负责，县甲局配合）\n"
                         "（四）市场监管。查处无证经营行为。（县乙局负责）\n")
    assert [_units(t) for t in plan.tasks()][:2] == [[("各乡镇人民政府", R), ("县乙局", R)],
                                                      [("县丙局", L), ("县甲局", S)]]
    (plan,) = parse_text("某县文物安全整治方案\n一、整治重点\n" + items
                         + "（三）消防检查。开展电气线路检查，整治违规用电。\n（四）市场监管。查处无证经营行为。\n")


def test_a_plan_addressing_its_requirements_to_each_place_is_no_plan_naming_its_units_in_sentences():
    """An 意见 words its requirements to its readers all at once (各地要… / 各级政府要… / 各有关部门要…): bodies of a
    kind, no evidence that it names its units in sentences. Its run-in items keep no unit from those sentences and its
    保障措施 stays closing text, as in a plan naming no units at all."""
    (plan,) = parse_text("关于加强某项保护的实施意见\n一、严格管控\n"
                         "（一）落实保护制度。各地要压实保护责任。\n"
                         "（二）严格占用审批。各级政府要严格审核。\n"
                         "（三）加强动态监测。各有关部门要加强监测。\n"
                         "（四）强化执法监督。各地区要强化执法。\n"
                         "二、保障措施\n"
                         "（一）加强组织领导。各地要高度重视。\n"
                         "（二）强化考核评价。各地要纳入考核。\n")
    assert [_units(t) for t in plan.tasks()] == [[], [], [], []]


def test_safeguards_naming_their_units_as_the_bodies_opening_their_sentences_are_tasks():
    """A plan writing its duties as sentences opening with their bodies names its 保障措施 items' units so too:
    `（五）加强组织领导。市甲局要切实负起牵头责任…；市乙局要主动配合。` is a unit's task, not closing text. Where the plan's
    items name their units otherwise (or not at all), such a part stays the plan's closing text."""
    (plan,) = parse_text("某市商贸流通实施意见\n一、重点任务\n"
                         "（一）建设共配中心。市甲局要牵头整合快递资源。市乙局要积极配合。\n"
                         "（二）培育流通企业。市甲局应当会同市丙委，支持龙头企业做大做强。\n"
                         "（三）发展农村电商。市乙局要牵头推动电商平台下沉。\n"
                         "（四）扩大农村消费。组织开展家电下乡。（市甲局牵头，市丁局配合）\n"
                         "二、保障措施\n"
                         "（五）加强组织领导。市甲局要切实负起牵头责任，定期调度；市乙局、市丁局要主动配合。\n"
                         "（六）强化督导评估。市戊室要会同市甲局，将落实情况纳入督查范围。\n")
    assert [_units(t) for t in plan.tasks()][4:] == [
        [("市甲局", L), ("市乙局", S), ("市丁局", S)], [("市戊室", L), ("市甲局", S)]]
    (plan,) = parse_text("某市商贸流通实施方案\n一、重点任务\n"
                         "（一）建设共配中心。整合快递资源。（市甲局牵头，市乙局配合）\n"
                         "（二）培育流通企业。支持龙头企业做大做强。（市甲局牵头）\n"
                         "（三）扩大农村消费。组织开展家电下乡。（市丙委负责）\n"
                         "二、保障措施\n"
                         "（四）加强组织领导。市甲局要加强统筹调度，定期通报进展。\n")
    assert len(plan.tasks()) == 3


def test_lianhe_before_a_bodys_name_joins_the_bodies_as_huitong_does():
    """`县甲局联合县乙局开展…`: 联合 right before a body's name joins the body before it (which leads) to the one after
    it (which supports), as 会同 does; a clause opening with it (`联合县乙局开展…`, no body before) names the body the
    plan's own works with, which supports, as `会同县乙局开展…` reads; never a unit named `联合县乙局` (before: the first
    read 县甲局 supporting and lost 县乙局, the second named `联合县乙局`). At the end of a list (`A、B联合开展`) 联合
    keeps its role verb's reading, and a name holding it further on (县供销合作社联合社) stays whole."""
    assert pairs("开展打假。县甲局联合县乙局、县丙局开展农资打假专项行动。") == [("县甲局", L), ("县乙局", S), ("县丙局", S)]
    assert pairs("开展打假。由县甲局联合县乙局开展农资打假专项行动。") == [("县甲局", L), ("县乙局", S)]
    assert pairs("开展打假（县甲局联合县乙局负责）。") == [("县甲局", L), ("县乙局", S)]
    plan = _one_plan("某县农业农村局2027年工作要点\n一、强化农资监管\n"
                     "（一）开展打假。县甲局联合县乙局开展农资打假专项行动。\n"
                     "（二）开展抽检。联合县乙局开展农资质量抽检。\n"
                     "（三）开展抽检。会同县乙局开展农资质量抽检。\n"
                     "（四）保障供应。县供销合作社联合社牵头开展农资保供。\n"
                     "（五）开展执法。县甲局、县丙局联合开展执法检查。\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("县甲局", L), ("县乙局", S)],
        [("县乙局", S)],
        [("县乙局", S)],
        [("县供销合作社联合社", L)],
        [("县甲局", S), ("县丙局", S)]]


def test_lianhe_before_a_word_merely_opening_with_a_levels_letter_joins_no_body():
    """`县甲局联合市场主体开展…` / `联合市级媒体` / `联合县域内中小学`: the words after 联合 open with 市/省/县 but name no
    body of the plan (市场, 市级, 省内, 县域: a word, no level), so 联合 joins nothing there and keeps its role verb's
    reading: the unit before it is kept (before the mend it was lost, or `县域内中小学` was read as a partner)."""
    plan = _one_plan("某县文旅局2027年工作要点\n一、重点任务\n"
                     "（一）开展促消费活动。县甲局联合市场主体开展消费季活动。\n"
                     "（二）开展宣传推广。县乙部联合市级媒体开展宣传。\n"
                     "（三）开展全民阅读。县丙馆联合县域内中小学开展阅读活动。\n"
                     "（四）开展打假。县甲局联合县乙局开展打假行动。\n")
    units = [_units(t) for t in plan.tasks()]
    assert [[name for name, _ in u] for u in units] == [["县甲局"], ["县乙部"], ["县丙馆"], ["县甲局", "县乙局"]]
    assert units[3] == [("县甲局", L), ("县乙局", S)]


def test_urging_a_body_of_the_plan_or_urging_and_guiding_stays_support():
    """`县甲局牵头，县乙局督促指导学校落实…` / `县甲局牵头，县乙局督导各学校开展自查`: urging with a further oversight
    verb (督促指导), or urging one of the plan's bodies (各学校, 各区), is the house's support reading of a body
    overseeing others (before the mend: responsible). Urging a party that is no body of the plan (企业, 建设单位)
    still answers for the clause."""
    assert pairs("晨午检。落实制度。县甲局牵头，县乙局督促指导学校落实晨午检制度。") == [("县甲局", L), ("县乙局", S)]
    assert pairs("校舍排查。开展排查。县甲局牵头，县乙局督导各学校开展自查。") == [("县甲局", L), ("县乙局", S)]
    assert pairs("监测预警。开展排查。市甲办牵头，市乙局督促指导各区开展排查。") == [("市甲办", L), ("市乙局", S)]
    assert pairs("隐患整改。开展排查。县甲局牵头，县乙局督导辖区企业整改隐患。") == [("县甲局", L), ("县乙局", R)]


def test_a_change_of_units_gives_the_units_the_task_has_after_it():
    """An adjustment notice (关于调整…任务分工的通知) says how an item's units change, not a label list: the names after
    the verb of change (调整为 / 增加 / 改为, and those kept, 不变) take the label's role; the names after 由 / 中的, which
    the item had, are no units of it (a unit dropped from a list is named only there)."""
    assert pairs("推进码头扩建（原方案第6项）。牵头单位由市甲局调整为市乙中心，配合单位不变。") == [("市乙中心", L)]
    assert pairs("推进医院迁建（原方案第9项）。牵头单位由“市丙委”调整为“市丙委、市丁集团”。") == [
        ("市丙委", L), ("市丁集团", L)]
    assert pairs("推进枢纽建设（原方案第7项）。牵头单位由市甲局调整为市丁集团，市甲局改为配合单位。") == [
        ("市丁集团", L), ("市甲局", S)]
    assert pairs("推进枢纽建设（原方案第7项）。牵头单位由市甲局调整为市丁集团，市甲局不再作为牵头单位，改为配合单位。") == [
        ("市丁集团", L), ("市甲局", S)]
    assert pairs("提升公交服务（原方案第4项）。牵头单位市甲局不变，配合单位增加市戊集团。") == [("市甲局", L), ("市戊集团", S)]
    assert pairs("推进融合教育（原方案第5项）。配合单位由市己局、市庚会调整为市庚会。") == [("市庚会", S)]
    assert pairs("推进路灯改造（原方案第8项）。牵头单位调整为市辛局。") == [("市辛局", L)]
    assert pairs("第3项“推进农田建设”配合单位中的“市壬办”统一调整为“市癸局”。") == [("市癸局", S)]
    # nothing named after the label: no unit, and the deadline's change is none either
    assert pairs("推进养老设施建设（原方案第2项）。配合单位不变，完成时限由6月底调整为9月底。") == []
    # a change to words naming no body is said, not read as units
    reading = read_task("推进养老设施建设（原方案第2项）。配合单位增加两家。")
    assert reading.assignments == [] and any("not understood" in w for _, w in reading.warnings)


def test_a_count_after_a_labels_increase_is_said_and_more_work_is_no_change_of_units():
    """配合单位增加两家 / 增加3个单位 / 增加若干部门: the list grew by bodies counted, not named: said (not understood),
    no unit read. 责任单位增加普惠贷款投放: 增加 is also the verb of doing more, the words after it neither a body nor a
    count of bodies: no annotation and nothing to say. Names after it (with 等) stay the label's."""
    for count in ("两家", "3个单位", "若干部门", "十余家"):
        reading = read_task(f"推进养老设施建设（原方案第2项）。配合单位增加{count}。")
        assert reading.assignments == [] and [w for _, w in reading.warnings if "not understood" in w], count
    reading = read_task("加大小微企业金融支持（原方案第3项）。责任单位增加普惠贷款投放，降低融资成本。")
    assert reading.assignments == [] and reading.annotations == [] and reading.warnings == []
    assert pairs("提升公交服务（原方案第4项）。配合单位增加市甲集团等。") == [("市甲集团", S)]


def test_labels_after_an_items_new_wording_in_its_heading_sentence_name_its_units():
    """合并为“…”，牵头单位为X，配合单位为Y: an adjustment notice merges, splits or rewords an item in its heading
    sentence, quoting the item as it stands after the change, and names its units in labelled clauses after the comma
    closing the quote; a label after any other comma of a heading is still no annotation."""
    assert pairs("原方案第4项与第5项合并为“推进河湖问题整改”，牵头单位为市甲局，配合单位为市乙局、市丙局。") == [
        ("市甲局", L), ("市乙局", S), ("市丙局", S)]
    assert pairs("将原方案第8项调整为“新建绿道30公里”，责任单位：市丁局、东区人民政府。") == [
        ("市丁局", R), ("东区人民政府", R)]
    assert pairs("推进“绿色出行”，牵头单位为市戊局。") == []


def test_labels_after_the_words_announcing_the_change_are_read_whole():
    """调整为：牵头单位：X；配合单位：Y / 调整后牵头单位：X / 责任单位调整为：X（牵头），A、B按职责分工负责: the words
    announcing the labels as they stand after the change, and their colon, are no label; the first unit is kept."""
    assert pairs("推进照明改造（原方案第3项）。调整为：牵头单位：市甲局；配合单位：市乙局。") == [("市甲局", L), ("市乙局", S)]
    assert pairs("推进公园建设（原方案第4项）。调整后牵头单位：市甲局；配合单位：市丙局。") == [("市甲局", L), ("市丙局", S)]
    assert pairs("推进雨污分流（原方案第5项）。责任单位调整为：市丁局（牵头），市戊局、东区人民政府按职责分工负责。") == [
        ("市丁局", L), ("市戊局", R), ("东区人民政府", R)]


def test_a_cited_item_of_the_plan_in_a_units_bracket_is_no_unit():
    """（《分工方案》第22项，牵头单位：市X局） / （原方案第6项，X负责）: a notice adjusting a plan cites the item it
    changes beside the item's units; the citation refers to the plan's text and names no body."""
    assert pairs("建成平台二期（《分工方案》第22项，牵头单位：市甲局）。") == [("市甲局", L)]
    assert pairs("建成平台二期（原方案第6项，市乙局负责）。") == [("市乙局", R)]
    assert pairs("建成平台二期（第9项，牵头单位：市丙局；配合单位：市丁局）。") == [("市丙局", L), ("市丁局", S)]


def test_a_note_naming_a_body_for_every_task_of_its_group_adds_it_to_each():
    """注：X为本行动各项任务落实单位，不再逐项列出。 under a group's heading: X carries out every task of that group,
    beside the units each names; the next group's tasks do not take it, and the rule is reported with its scope."""
    text = ("某市养老托育服务行动方案\n一、重点任务\n（一）养老服务提升行动\n"
            "注：各区人民政府为本行动各项任务落实单位，不再逐项列出。\n"
            "1．建设社区养老服务站\n牵头：市民政局\n"
            "2．发展老年助餐\n牵头：市民政局　配合：市商务局\n"
            "（二）托育服务扩容行动\n3．增加托育服务供给\n牵头：市卫生健康委\n")
    (plan,) = parse_text(text)
    assert [_units(t) for t in plan.tasks()] == [
        [("市民政局", L), ("各区人民政府", I)],
        [("市民政局", L), ("市商务局", S), ("各区人民政府", I)],
        [("市卫生健康委", L)]]
    assert len(plan.rules) == 1 and "for the group it stands in" in plan.rules[0] and "各区人民政府" in plan.rules[0]


def test_a_note_after_a_parts_tasks_or_for_the_plan_gives_its_body_to_the_tasks_it_speaks_for():
    """以上任务X均为责任单位 after a part's last item: the part's tasks above it, not the next part's; 本方案各项任务
    均由X负责落实 in the preamble: every task of the plan, X carrying it out (a 保障措施 part naming none adds no task)."""
    (above,) = parse_text("某县人居环境整治方案\n一、村庄清洁\n1．清理农村生活垃圾。（县城管局牵头）\n"
                          "2．整治村内坑塘沟渠。（县水利局负责）\n以上任务各乡镇人民政府均为责任单位。\n"
                          "二、厕所革命\n3．推进户厕改造。（县农业农村局牵头）\n")
    assert [_units(t) for t in above.tasks()] == [
        [("县城管局", L), ("各乡镇人民政府", R)], [("县水利局", R), ("各乡镇人民政府", R)], [("县农业农村局", L)]]
    (whole,) = parse_text("某县便民服务实施方案\n本方案各项任务均由各镇人民政府负责落实。\n一、重点任务\n"
                          "（一）优化服务网点。（县商务局牵头）\n（二）提升服务质量。（县市场监管局、各镇人民政府负责）\n")
    assert [_units(t) for t in whole.tasks()] == [
        [("县商务局", L), ("各镇人民政府", I)], [("县市场监管局", R), ("各镇人民政府", R)]]
    assert len(whole.rules) == 1 and "for the whole plan" in whole.rules[0]


def test_a_note_fixing_a_units_role_or_written_in_a_tasks_bracket_gives_no_task_a_body():
    """各乡镇人民政府为落实单位 with no word for every task fixes the unit's role where listed (NamedUnitsRole), and a
    standing note in a task's own bracket binds that task alone: neither is a body named for every task."""
    (fixed,) = parse_text("某县防汛要点\n一、重点任务\n1．排查隐患。（县水利局、各乡镇人民政府）\n"
                          "2．转移群众。（县应急局、县民政局）\n注：排在第一位的为牵头单位；各乡镇人民政府为落实单位。\n")
    assert [_units(t) for t in fixed.tasks()] == [
        [("县水利局", L), ("各乡镇人民政府", I)], [("县应急局", L), ("县民政局", R)]]
    (own,) = parse_text("某县政策措施\n一、支持措施\n1．落实减税政策。\n"
                        "（责任单位：县税务局。以下各项工作均由各乡镇负责落实，不再列出）\n2．加大信贷支持。（县财政局负责）\n")
    assert [_units(t) for t in own.tasks()] == [[("县税务局", R), ("各乡镇", I)], [("县财政局", R)]]
    assert not any("every task" in rule for rule in fixed.rules + own.rules)


def test_bodies_each_taking_a_topic_after_fenbie_jiu_answer_for_their_own():
    """A、B分别就甲、乙提供书面材料: the listed bodies each answer for the topic they take (分别就 before the topics, the
    verb after them), read as 分别负责; 分别就近 is a manner of doing (nearby), no topic mark and no units' clause."""
    assert pairs("汇总自查情况。县甲局、县乙局分别就回收站点、分拣中心等方面提供书面材料。") == [("县甲局", R), ("县乙局", R)]
    assert pairs("汇总自查情况。县甲局负责汇总；县乙局、县丙局分别就建筑垃圾、医疗废物提出意见。") == [
        ("县甲局", R), ("县乙局", R), ("县丙局", R)]
    assert pairs("设置收集点。县甲局、县乙局分别就近开展宣传。") == []


def test_a_body_entrusted_with_a_step_does_it_and_weituo_is_no_word_of_its_name():
    """委托X开展…: the plan's own body entrusts X with the work; X does it (as one asked with 请 does), and 委托 is not
    read into X's name."""
    plan = _one_plan(
        "某市执法检查工作方案\n"
        "一、工作步骤\n"
        "（一）准备阶段（3月）\n"
        "1.制定方案。市甲委负责起草检查方案，提请主任会议研究。\n"
        "2.县级同步检查。委托各县（区）人大常委会在本行政区域内同步开展检查，报告报送市甲委。\n"
        "（二）实地检查阶段（4月）\n"
        "3.实地检查。市甲委负责组织实地检查。\n")
    assert [_units(t) for t in plan.tasks()] == [[("市甲委", R)], [("各县（区）人大常委会", R)], [("市甲委", R)]]


def test_a_label_value_marked_the_same_below_goes_to_later_items_without_that_label():
    """实施单位：各县（市、区）局（下同）: a bureau's plan names the body carrying every item out once, on the first item's
    label line; the bracket is no part of the name, and the value, with its label's role, goes to each later item
    that writes no line of that label. An item writing its own 实施单位 keeps its own; the rule is reported."""
    from generator.source.corpus import parse_text

    text = ("某局专项整治行动方案\n三、重点领域\n"
            "（一）食品领域。重点查处校园周边食品。\n"
            "牵头处室：甲经营处；配合处室：乙稽查处；实施单位：各县（市、区）局（下同）。\n"
            "（二）价格领域。重点查处收费违法行为。\n"
            "牵头处室：丙检查处；配合处室：丁保护处。\n"
            "（三）计量领域。重点查处作弊行为。\n"
            "牵头处室：戊计量处；实施单位：市某执法支队。\n"
            "（四）广告领域。重点查处虚假广告。\n"
            "牵头处室：己广告处。\n")
    (plan,) = parse_text(text)
    assert [_units(t) for t in plan.tasks()] == [
        [("甲经营处", L), ("乙稽查处", S), ("各县（市、区）局", I)],
        [("丙检查处", L), ("丁保护处", S), ("各县（市、区）局", I)],
        [("戊计量处", L), ("市某执法支队", I)],
        [("己广告处", L), ("各县（市、区）局", I)]]
    assert any("下同" in rule and "实施单位：各县（市、区）局" in rule for rule in plan.rules)
    # the same with a 责任单位 bracket closed by （以下同）: the later item's own 牵头单位 keeps the carried one beside it
    text = ("某县专项行动方案\n一、重点任务\n"
            "1.排查隐患。（牵头单位：县甲局；责任单位：各乡镇（以下同））\n"
            "2.整改问题。（牵头单位：县乙局）\n")
    (plan,) = parse_text(text)
    assert [_units(t) for t in plan.tasks()] == [
        [("县甲局", L), ("各乡镇", R)], [("县乙局", L), ("各乡镇", R)]]


def test_a_lead_clause_with_its_work_lets_the_next_clause_name_a_bureau_by_its_sector():
    """X牵头建立联合检查机制，公安局配合做好线索移送: a clause of a body, 牵头 and its work shares the sentence's work as
    one with 负责 does, so the next clause's body may be named by its sector alone (no level word) and supports."""
    assert pairs("推进机制建设。市甲监管局牵头建立联合检查机制，公安局配合做好线索移送。") == [
        ("市甲监管局", L), ("公安局", S)]
    assert pairs("推进机制建设。市甲监管局负责建立联合检查机制，公安局配合做好线索移送。") == [
        ("市甲监管局", R), ("公安局", S)]


def test_partners_after_huitong_end_before_the_verb_setting_a_body_up():
    """县甲局会同县乙局成立专班开展巡查: the body set up (专班, 督导组, 联合工作组) ends as a name does, yet the verb
    setting it up ends the partners' names; 县政府各组成部门 (no whole name before 组成) stays one name."""
    assert pairs("开展巡查。县甲局会同县乙局成立专班开展巡查。") == [("县甲局", L), ("县乙局", S)]
    assert pairs("开展检查。县甲局会同县乙局、县丙局组成联合检查组开展检查。") == [
        ("县甲局", L), ("县乙局", S), ("县丙局", S)]
    assert pairs("开展检查。县甲局会同县乙局组成工作专班开展检查。") == [("县甲局", L), ("县乙局", S)]
    assert pairs("开展巡查。县甲局会同县政府各组成部门开展巡查。") == [("县甲局", L), ("县政府各组成部门", S)]


def test_a_clause_opening_with_the_means_of_the_work_names_no_body():
    """依托网吧监管平台实施远程监管: a clause opening with the means (依托 / 通过 / 利用 …) and no body before it names
    the platform the work runs on, never a doer, though 平台 ends as a body's name may (before: 依托网吧监管平台
    implement)."""
    assert pairs("加强监管。依托甲类监管平台实施远程监管。") == []
    assert pairs("加强监管。通过信用信息平台实施分级监管。") == []


def test_a_body_entrusted_in_a_bracket_carries_the_work_unless_the_bracket_is_a_note_on_another_body():
    """（委托市甲中心实施）: the plan entrusting a body, as 请 asks one, and the body carries the work (the order word
    is no letter of its name; before: 委托市甲中心). Right after a body's name (省甲厅（委托市乙局实施）) the bracket
    says whom that body entrusts its own power to, as a licence list writes who approves: no unit, and said."""
    assert pairs("做好评估。（委托市甲中心实施）") == [("市甲中心", I)]
    assert pairs("做好评估。（请市甲局负责）") == [("市甲局", R)]
    reading = read_task("做好审批。省甲厅（委托市乙局实施）")
    assert reading.assignments == []
    assert [w for _, w in reading.warnings] == [
        "annotation at column {column}: '委托市乙局实施' says whom the body before it entrusts its power to, not units"
        " of the task: not read as units"]


@pytest.mark.parametrize("work, body", [
    ("由县甲局统一采购办公用品", "县甲局"), ("由县乙局集中办理审批事项", "县乙局"), ("由县丙局统一调配办公用房", "县丙局"),
    ("由县丁中心统一安排会议室", "县丁中心"), ("由县戊局统一处理群众投诉", "县戊局")])
def test_a_body_and_its_work_are_not_read_as_one_name_ending_in_the_works_letters(work, body):
    """由县甲局统一采购办公用品: the name read after 由 ran on to …采购办 (办 of 办公), …安排会议室 (the object's 室): a
    name never ends inside a word begun by a name's last letter (办公, 办理, 处理) nor holds, after a whole body's name,
    an agent adverb and a verb of the work (统一采购, 统一安排); 县委统一战线工作部 (no verb after 统一) stays whole."""
    text = f"（一）会务保障。{work}，县己局负责布置会场。"
    assert [(a.name, a.role) for a in read_task(text, subjects=True).assignments] == [(body, R), ("县己局", R)]
    assert pairs("（一）会务保障。由县委统一战线工作部负责，县己局配合。") == [("县委统一战线工作部", R), ("县己局", S)]


def test_a_positional_rule_softened_by_an_adverb_before_its_verb_is_read():
    """A team's plan states how its bare unit lists read with a softening adverb before 为 (第一个单位默认为牵头单位 /
    其他单位原则上为配合单位): the same positional rule as without the adverb (the first alone named: the others
    responsible)."""
    text = ("某县2030年文化工作要点\n各项任务中，第一个单位默认为牵头单位，其他单位原则上为配合单位。\n一、繁荣文化\n"
            "1. 做好非遗保护。（县甲局、县乙局）\n2. 推进数字文化。（县丙局、县丁局、县戊局）\n")
    (plan,) = parse_text(text)
    assert [_units(t) for t in plan.tasks()] == [
        [("县甲局", L), ("县乙局", S)], [("县丙局", L), ("县丁局", S), ("县戊局", S)]]
    (first_only,) = parse_text(text.replace("，其他单位原则上为配合单位", "").replace("默认为", "一般为"))
    assert _units(first_only.tasks()[0]) == [("县甲局", L), ("县乙局", R)]


@pytest.mark.parametrize("marker", ["> [!WARNING]", "> [!note]", "> [!tip]-"])
def test_a_markdown_alerts_marker_after_a_label_line_is_no_word_of_a_unit(marker):
    """A knowledge base's alert (> [!WARNING] / Obsidian's > [!note]) under a task's label line: the marker is the
    page's, no word; the quote reads as a note (> 注：…), its words no unit of the task above."""
    text = ("# 某县2030年文旅工作要点\n\n## 一、重点任务\n\n"
            "- [ ] **1. 推进遗址公园建设。** 完成展示工程一期。\n"
            "  **牵头：**文物股　**配合：**县财政局、甲镇人民政府\n\n"
            + marker + "\n> 第1项涉及用地报批，资金需求由县乙办统一汇总报县财政局。\n")
    (plan,) = parse_text(text)
    assert [_units(t) for t in plan.tasks()] == [[("文物股", L), ("县财政局", S), ("甲镇人民政府", S)]]


@pytest.mark.parametrize("work", ["实施情况", "落实情况", "执行情况"])
def test_a_carrying_out_verb_before_qingkuang_in_the_work_after_fuze_is_no_role(work):
    """X负责对…的实施情况开展监督，Y配合: 实施 before 情况 is a noun's word (the state of carrying out), the work the body
    answers for, not the clause's role verb; read as one, the body's name ran on to it (县甲局负责对清单所列事项的 read as
    implementing) and the units' sentence was refused, its supporting body lost."""
    assert pairs(f"加强监督。县甲局负责对清单所列事项的{work}开展监督检查，县乙办配合。") == [
        ("县甲局", R), ("县乙办", S)]
    assert pairs("加强监督。县甲局负责，县乙办组织实施。") == [("县甲局", R), ("县乙办", I)]


@pytest.mark.parametrize("sentence, expected", [
    ("县统计局负责情况汇总，各乡镇配合。", [("县统计局", R), ("各乡镇", S)]),
    ("县政府督查室负责情况通报，各乡镇配合。", [("县政府督查室", R), ("各乡镇", S)]),
    ("县公安局负责情报信息研判，县网信办配合。", [("县公安局", R), ("县网信办", S)]),
    ("县人社局负责情绪疏导和心理关爱，县总工会配合。", [("县人社局", R), ("县总工会", S)]),
    ("县信访局牵头情况摸排，各乡镇配合。", [("县信访局", L), ("各乡镇", S)])])
def test_a_role_verb_before_a_word_opening_with_qing_keeps_its_role(sentence, expected):
    """Only a carrying-out verb (实施 / 落实 / 执行) before 情况 is a noun's word (the state of the work): 负责 / 牵头
    before 情况汇总, 情报, 情绪 is the clause's role verb, its subject the body answering for the work."""
    assert pairs("做好情况统计。" + sentence) == expected


@pytest.mark.parametrize("verb", ["压实", "夯实", "压紧压实", "扛牢"])
def test_a_measure_heading_pressing_a_duty_names_no_body(verb):
    """1.压实平台主体责任。 / 夯实平台主体责任。: a verb pressing a duty onto its bearers opens a measure's heading, the
    party after it (a platform) the duty's bearer the plan tightens, no body answering for the task: the heading stays
    the title, only the bracket's unit is read (lexicon.DUTY_PRESSING_VERBS)."""
    plan = _one_plan(
        "一、重点任务\n"
        f"1.{verb}平台主体责任。督促平台完善审核制度（市甲办牵头）。\n"
        "2.开展集中清理。组织排查（市乙局负责）。\n")
    assert [(t.title, _units(t)) for t in plan.tasks()] == [
        (f"{verb}平台主体责任", [("市甲办", L)]), ("开展集中清理", [("市乙局", R)])]


@pytest.mark.parametrize("written, name", [("办公室（综合处，下同）", "办公室（综合处）"),
                                            ("机关党委(人事处,下同)", "机关党委(人事处)"),
                                            ("港澳事务处（对台办；以下同）", "港澳事务处（对台办）")])
def test_a_bodys_other_name_bracketed_with_xiatong_drops_the_note(written, name):
    """An office merged with another is written once with its second name and 下同 (办公室（综合处，下同）): the note
    says the name stands so below, no word of it; the bracket naming the other body stays, as it does without the
    note. The 下同 gives the bare tasks after it no unit (the house reading)."""
    text = ("某市外办2030年工作要点\n一、机关建设\n"
            f"1.加强保密工作。落实保密责任。（牵头处室：{written}；配合：各处室）\n"
            "2.加强机关文化建设。开展读书活动。\n"
            "3.提升公文质量。加强审核把关。（责任处室：办公室）\n")
    (plan,) = parse_text(text)
    assert [_units(t) for t in plan.tasks()] == [[(name, L), ("各处室", S)], [], [("办公室", R)]]


@pytest.mark.parametrize("annotation, unit", [("（责任科室/责任人：甲所/吴某某）", "甲所"), ("（责任科室、责任人：乙部、孙某某）", "乙部"),
                                              ("（责任单位／责任人：丙办／郑某）", "丙办")])
def test_a_label_of_unit_and_person_together_names_the_unit(annotation, unit):
    """责任科室/责任人：X/姓名: a street's or a township's plan fuses the office's label and the person's into one, their
    values paired off by the same mark. The office is the responsible unit and the person is dropped (before, the
    label read as a person's, as it ends in 责任人, and the task had no unit)."""
    assert pairs("做好财政收支管理。" + annotation) == [(unit, R)]


def test_a_fused_unit_and_person_label_over_two_bodies_or_a_list_keeps_every_body():
    """The fused label's second value may be a body after all (责任单位、责任人：县财政局、县审计局; 牵头单位/责任人：
    县委办/县审计局), or the 、 may list more units than a pair (X、Y、Z): then every body stays the label's unit, and
    only the label's person half goes (review AA)."""
    assert pairs("做好审计整改。（责任单位、责任人：某县财政局、某县审计局）") == [("某县财政局", R), ("某县审计局", R)]
    assert pairs("做好审计整改。（责任单位/责任人：某县委办/某县审计局）") == [("某县委办", R), ("某县审计局", R)]
    assert pairs("做好政务公开。（责任单位、责任人：某县政务服务中心、各乡镇、各部门）") == [
        ("某县政务服务中心", R), ("各乡镇", R), ("各部门", R)]
    # an office inside a body (综合科, 人事科) is a body too (lexicon.UNIT_ENDINGS ends it)
    assert pairs("推进档案整理。（责任科室/责任人：综合科/人事科）") == [("综合科", R), ("人事科", R)]


@pytest.mark.parametrize("closing, named", [
    ("城关镇、古镇镇等12个乡镇负责", [("城关镇", R), ("古镇镇", R)]),
    ("白沙乡、青石乡等3个乡镇人民政府负责", [("白沙乡", R), ("青石乡", R)]),
    ("河西街道、河东街道等五个街道负责", [("河西街道", R), ("河东街道", R)]),
    ("石桥村、东山村等8个村（社区）负责", [("石桥村", R), ("东山村", R)]),
    # a committee's name whose ending opens with the kind counted (村委会, 村民委员会: a 村's)
    ("石桥村委会、东山村民委员会等8个村负责", [("石桥村委会", R), ("东山村民委员会", R)]),
])
def test_a_count_of_localities_after_deng_is_no_part_of_the_last_name(closing, named):
    """城关镇、古镇镇等12个乡镇 / 青石乡等3个乡镇人民政府: a county's list names a few towns, then counts all those the
    work reaches after 等, as 甲局、乙局等5个部门 counts departments; the count names no body, the last name ends
    before 等 (before: 古镇镇等12个乡镇 was read as a name)."""
    assert pairs(f"完成河道清淤疏浚。（县甲局牵头，{closing}）") == [("县甲局", L)] + named


@pytest.mark.parametrize("closing", ["（责任单位：县甲局等9个乡镇）", "（县甲局牵头，县城区等3个街道负责）"])
def test_a_count_of_localities_after_a_name_of_no_counted_kind_is_not_cut_off(closing):
    """县甲局等9个乡镇 / 县城区等3个街道: a bureau, or an area of another kind, heads no list of the towns or streets
    the count closes; what the author meant is unclear, so the piece stays whole as written rather than the towns
    silently dropped (before: 县甲局 / 县城区 alone)."""
    assert any("等" in name for name, _ in pairs(f"完成河道清淤疏浚。{closing}"))


def test_a_count_of_localities_after_deng_closes_a_table_cell_list():
    """The same count closing a 承办单位 cell of a 督办事项 table, and the count on a line of its own after a unit list
    closed by 等 (a narrow column's wrap): the cell's names end before 等, the next row is its own task."""
    text = ("某县重点工作督办事项清单\n序号\t督办事项\t承办单位\t协办单位\t办结时限\n"
            "1\t完成河道清淤\t城关镇、古镇镇等12个乡镇\t县甲局\t10月31日前\n"
            "2\t推进老旧小区改造\t白沙乡、青石乡等3个乡镇人民政府\t县乙局\t11月底前\n")
    (plan,) = parse_text(text)
    assert [_units(t) for t in plan.tasks()] == [[("城关镇", R), ("古镇镇", R), ("县甲局", S)],
                                                 [("白沙乡", R), ("青石乡", R), ("县乙局", S)]]
    wrapped = "\n".join(["某县河道管护考核细则", "考核内容", "分值", "评分标准", "责任单位",
                         "落实河道保洁制度", "3", "保洁不到位的每处扣1分", "城关镇、古镇镇等", "12个乡镇",
                         "推进岸线绿化", "2", "未完成的扣2分", "县丙局", ""])
    (plan,) = parse_text(wrapped)
    assert [(t.title, _units(t)) for t in plan.tasks()] == [("落实河道保洁制度", [("城关镇", R), ("古镇镇", R)]),
                                                            ("推进岸线绿化", [("县丙局", R)])]


@pytest.mark.parametrize("text", ["开展集中打击。由市甲局刑侦支队牵头，网安、经侦支队，各分局配合。",
                                  "开展集中打击。（市甲局刑侦支队牵头，网安、经侦支队，各分局配合）"],
                         ids=["sentence", "bracket"])
def test_a_comma_parting_kinds_of_members_keeps_the_short_named_siblings_before_it(text):
    """由X牵头，网安、经侦支队，各分局配合: a comma parts kinds of members inside one support list before its verb; the
    short-named siblings sharing the head 支队 are under the verb of the next clause, in a sentence as in a bracket
    (before: the sentence lost 网安 and 经侦支队)."""
    assert pairs(text) == [("市甲局刑侦支队", L), ("网安", S), ("经侦支队", S), ("各分局", S)]


def test_a_clause_of_work_before_a_support_list_lends_it_no_verb():
    """加强宣传、教育、引导工作，各部门配合: the clause before the support list is work, no kind of member."""
    assert pairs("推进移风易俗。加强宣传、教育、引导工作，各部门配合。") == [("各部门", S)]


@pytest.mark.parametrize("localities", ["沿河各乡镇人民政府", "沿江各街道", "环湖各乡镇", "沿海各县（市、区）", "沿路各村"])
def test_localities_along_a_river_lake_coast_or_road_after_a_comma_closing_a_support_list_are_responsible(localities):
    """(配合单位：Y，沿河各乡镇人民政府) / (…，环湖各乡镇) / (…，沿海各县（市、区）): the towns along a river, a lake, the
    coast or a road, named before 各 as 河湖, 海岸 and 交通 tasks name them, are every one of them, as 沿线各乡镇 are:
    responsible after the comma of a 配合 list (reading.md, the comma convention), in a bracket and in a table's
    协办 cell alike."""
    assert pairs(f"完成河道清淤。（牵头单位：县甲局；配合单位：县乙局，{localities}）") == [
        ("县甲局", L), ("县乙局", S), (localities, R)]
    text = ("某县重点工作督办事项清单\n序号\t督办事项\t承办单位\t协办单位\t办结时限\n"
            f"1\t完成河道清淤\t县甲局\t县乙局，{localities}\t10月31日前\n")
    (plan,) = parse_text(text)
    assert [_units(t) for t in plan.tasks()] == [[("县甲局", R), ("县乙局", S), (localities, R)]]


@pytest.mark.parametrize("sentence, expected", [
    # the lead written whole, the partners sharing the head written on the last name only
    ("由县甲中心牵头，网安、刑侦大队配合。", [("县甲中心", L), ("网安", S), ("刑侦大队", S)]),
    # the topic before 由, the responsible bodies sharing 派出所
    ("城区重点部位的巡逻防控由城关、城东派出所负责。", [("城关", R), ("城东派出所", R)]),
    ("由县乙大队牵头，县发改、财政局配合。", [("县乙大队", L), ("县发改", S), ("财政局", S)]),
    # ordinary prose under a verb: no list of bodies; a principle's clauses (政府主导) or a bare head (部门) share none
    ("不得推诿、扯皮等问题负责。", []),
    ("坚持属地管理、部门负责。", []),
    ("坚持政府主导、学校主体、家校社协同。", []),
    ("宣传、教育工作负责。", []),
])
def test_a_role_sentence_lists_short_names_sharing_a_head_as_a_bracket_does(sentence, expected):
    """County plans write sibling bodies with their shared head (大队, 派出所, 局) on the last name only: 网安、刑侦大队.
    In a units' sentence (由X牵头，Y配合。) such a list names bodies as it does in a bracket, read as written, and
    keeps the full-named lead of the other clause; prose whose pieces are clauses or bare kinds stays unread."""
    assert pairs(f"打击电信诈骗犯罪。强化预警劝阻。{sentence}") == expected


@pytest.mark.parametrize("text, expected", [
    ("推动反诈App注册安装。（责任单位县甲局）", [("县甲局", R)]),
    ("开展反诈进校园活动。（责任单位县乙局、县甲局）", [("县乙局", R), ("县甲局", R)]),
    ("完善预警劝阻机制。（牵头部门县丙中心；配合单位县丁局）", [("县丙中心", L), ("县丁局", S)]),
    # the label word before words that are no unit's name: no label read out of them
    ("建立工作台账。（牵头单位负责汇总）", []),
    # a copula written in the colon's place belongs to the label (before: the unit 是县甲局)
    ("落实资金保障。（责任单位是县甲局）", [("县甲局", R)]),
    ("做好就业服务。（牵头单位为县乙局）", [("县乙局", L)]),
])
def test_a_label_whose_colon_was_lost_still_labels_the_unit_run_into_it(text, expected):
    """（责任单位县甲局）: a justified PDF line prints no full-width colon at its end (LibreOffice), and copied text loses
    it: the label word and the unit's name run together. The label still reads as a label where a unit's name follows
    it. Before, 责任单位县甲局 was read as one unit's name."""
    assert pairs(text) == expected
