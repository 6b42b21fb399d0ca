"""Outline: preamble, sections, (一) groups, numbered tasks, continuation lines, closings, page chunks, warnings.

Fixtures: tests/fixtures/plans/outline_*.txt and warnings_numbering.txt.
"""
from __future__ import annotations

import re

import pytest

from generator.source.corpus import parse_file, parse_text

from fixture_plans import PLANS, I, L, R, S, one_plan
from fixture_plans import plan_of as _plan
from fixture_plans import units_of as _units


def _warning_lines(plan, fixture: str) -> list[int]:
    """Source lines named by the warnings, which must all start with '<plan source>:<line>: '."""
    source = str(PLANS / fixture)
    lines = []
    for w in plan.warnings:
        m = re.match(re.escape(source) + r":(\d+): \S", w)
        assert m, f"warning does not name the plan source and line: {w!r}"
        lines.append(int(m.group(1)))
    return sorted(lines)


# ---- two levels: 一、 -> 1. ----------------------------------------------------------------------------


def test_two_level_plan():
    plan = _plan("outline_two_level.txt")
    assert plan.title == "某市2025年安全生产工作要点"
    assert plan.year == 2025
    assert plan.preamble == (
        "2025年全市安全生产工作的总体要求是：坚持人民至上、生命至上，统筹发展和安全。\n"
        "主要目标是：生产安全事故起数和死亡人数实现“双下降”。")
    assert [(s.number, s.label, s.title, s.line) for s in plan.sections] == [
        ("一", "一、", "健全安全生产责任体系", 6),
        ("二", "二、", "深化重点行业领域专项整治", 17),
    ]
    assert [(t.number, t.label, t.line, t.title) for t in plan.tasks()] == [
        (1, "1.", 8, "压实党委政府领导责任"),
        (2, "2.", 10, "压实部门监管责任"),
        (3, "3、", 12, "压实企业主体责任"),
        (4, "4．", 19, "加强燃气安全整治"),
        (5, "5.", 21, "加强道路交通安全整治"),
    ]
    assert [len(s.tasks) for s in plan.sections] == [3, 2]
    assert plan.warnings == []
    assert plan.unparsed == []


def test_two_level_task_texts_and_continuation_broken_mid_word():
    tasks = _plan("outline_two_level.txt").tasks()
    assert tasks[0].text == "压实党委政府领导责任。推动各级党委政府主要负责人定期研究安全生产工作（责任单位：市安委办）。"
    assert tasks[1].text == "压实部门监管责任。严格落实“三管三必须”要求(责任单位:市安委会各成员单位)。"
    # the source broke "辨识" across two lines: joined without a break
    assert tasks[2].text == (
        "压实企业主体责任。督促企业健全全员安全生产责任制，推动企业主要负责人履行第一责任人责任，"
        "开展安全风险辨识评估(市应急局牵头,市经济和信息化局配合)。")


def test_two_level_closings_are_not_tasks():
    plan = _plan("outline_two_level.txt")
    assert [s.closing for s in plan.sections] == ["各地各部门要细化工作措施，确保各项责任落到实处。", ""]
    assert plan.closing == "全市各级各部门要按照本要点要求，结合实际抓好贯彻落实。"
    assert not any("细化工作措施" in t.text or "抓好贯彻落实" in t.text for t in plan.tasks())


def test_two_level_units_full_and_half_width():
    tasks = _plan("outline_two_level.txt").tasks()
    assert [_units(t) for t in tasks] == [
        [("市安委办", R)],
        [("市安委会各成员单位", R)],
        [("市应急局", L), ("市经济和信息化局", S)],
        [("市住房和城乡建设局", L), ("市市场监管局", S), ("市消防救援支队", S)],
        [("市公安局", R), ("市交通运输局", R)],
    ]


def test_task_ids_are_unique_ascii_anchors():
    for fixture in sorted(p.name for p in PLANS.glob("*.txt")):
        for plan in parse_file(PLANS / fixture):
            ids = [t.id for t in plan.tasks()]
            assert len(ids) == len(set(ids)), fixture
            assert all(re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", i) for i in ids), (fixture, ids)


# ---- three levels: 一、 -> (一) group -> 1. --------------------------------------------------------------


def test_three_level_plan():
    plan = _plan("outline_three_level.txt")
    assert [(s.number, s.title) for s in plan.sections] == [("一", "强化安全责任落实"), ("二", "深化专项整治")]
    assert [[(g.label, g.title, g.line) for g in s.groups] for s in plan.sections] == [
        [("（一）", "压实属地管理责任", 5), ("(二)", "压实部门监管责任", 11)],
        [("（三）", "危险化学品专项整治", 18)],
    ]
    assert [(t.number, t.label, t.group, t.line) for t in plan.tasks()] == [
        (1, "1.", "（一）", 7), (2, "2.", "（一）", 9), (3, "3.", "(二)", 13), (4, "4.", "（三）", 20)]
    assert [len(s.tasks) for s in plan.sections] == [3, 1]
    assert plan.warnings == []


def test_three_level_units_and_annotation_broken_mid_word():
    tasks = _plan("outline_three_level.txt").tasks()
    assert tasks[2].text == "制定部门安全生产权力和责任清单（区应急局牵头，区委编办配合）。"
    assert [_units(t) for t in tasks] == [
        [("区安委办", R)],
        [("区安委办", R), ("区委组织部", R)],
        [("区应急局", L), ("区委编办", S)],
        [("区应急局", R)],
    ]
    assert tasks[1].title == "开展安全生产巡查，实现巡查全覆盖"


# ---- 一、 -> (一) tasks; 一、 -> （1） tasks; no section heads --------------------------------------------


def test_cn_paren_tasks():
    plan = _plan("outline_cn_paren_tasks.txt")
    assert [(s.number, s.title, len(s.tasks)) for s in plan.sections] == [
        ("一", "总体要求", 0), ("二", "重点任务", 3), ("三", "保障措施", 1)]
    assert plan.sections[0].intro == "以习近平新时代中国特色社会主义思想为指导，坚持安全第一、预防为主。"
    assert plan.preamble == ""
    assert [(t.number, t.label, t.title) for t in plan.tasks()] == [
        (1, "（一）", "加强安全生产责任落实"),
        (2, "(二)", "加强危险化学品安全监管"),
        (3, "（三）", "加强消防安全监管"),
        (4, "（四）", "强化督导检查"),
    ]
    assert [_units(t) for t in plan.tasks()] == [
        [("县安委办", R)],
        [("县应急局", L), ("县公安局", S), ("县交通运输局", S)],
        [("县消防救援大队", R)],
        [("县安委办", R)],
    ]
    assert all(s.groups == [] for s in plan.sections)
    assert plan.warnings == []


def test_arabic_paren_tasks():
    plan = _plan("outline_arabic_paren_tasks.txt")
    assert plan.title == "某镇2025年安全生产工作计划"
    assert [(s.number, s.title) for s in plan.sections] == [("一", "加强安全生产责任体系建设"), ("二", "开展安全隐患排查整治")]
    assert [(t.number, t.label) for t in plan.tasks()] == [(1, "（1）"), (2, "(2)"), (3, "（3）")]
    assert [_units(t) for t in plan.tasks()] == [
        [("镇安监办", R)],
        [("镇安监办", R), ("各村（社区）", R)],  # the name as written, its full-width brackets kept
        [("镇安监办", L), ("镇派出所", S), ("镇市场监管所", S)],
    ]
    assert plan.warnings == []


def test_plan_without_section_heads():
    plan = _plan("outline_no_sections.txt")
    assert [(s.number, s.title) for s in plan.sections] == [("", "")]
    assert [(t.number, t.title) for t in plan.tasks()] == [
        (1, "开展危险化学品安全专项整治"), (2, "开展非煤矿山安全专项整治"), (3, "开展工贸行业安全专项整治")]
    assert [_units(t) for t in plan.tasks()] == [
        [("县应急管理局", R)], [("县应急管理局", R), ("县自然资源局", R)], [("县应急管理局", R)]]


# ---- a hosting page's page chunks --------------------------------------------------------------------


def test_page_chunks_are_not_tasks():
    plan = _plan("outline_page_chunks.txt")
    assert [(t.number, t.line) for t in plan.tasks()] == [(1, 5), (2, 11), (3, 14)]
    assert [_units(t) for t in plan.tasks()] == [
        [("市消防救援支队", R)],
        [("市消防救援支队", L), ("市住房和城乡建设局", S)],
        [("市消防救援支队", R), ("市教育局", R)],
    ]


def test_page_chunks_are_dropped_from_the_text():
    plan = _plan("outline_page_chunks.txt")
    tasks = plan.tasks()
    assert tasks[0].text == (
        "落实消防安全责任制。将消防工作纳入政府目标责任考核，推动各级政府落实消防安全属地管理责任（责任单位：市消防救援支队）。")
    assert tasks[1].text == (
        "开展消防安全专项整治。聚焦高层建筑、大型综合体等场所开展隐患排查整治（市消防救援支队牵头，市住房和城乡建设局配合）。")
    everything = [plan.preamble, plan.closing] + [s.intro + s.closing for s in plan.sections]
    assert not any("第2页" in x for x in everything)


# ---- warnings: numbering gaps and repeats, unclosed brackets ----------------------------------------


def test_numbering_gaps_duplicates_and_unclosed_brackets_warn_with_source_and_line():
    plan = _plan("warnings_numbering.txt")
    assert [t.number for t in plan.tasks()] == [1, 2, 4, 5, 5, 6, 7]  # the parse goes on
    assert _warning_lines(plan, "warnings_numbering.txt") == [9, 15, 17]
    by_line = {int(re.search(r":(\d+): ", w).group(1)): w for w in plan.warnings}
    assert "4." in by_line[9]  # the skipped-to number
    assert "5." in by_line[15]  # the repeated number
    assert "(" in by_line[17]  # the bracket left open
    # the unclosed annotation is still read, and the next task is untouched
    assert _units(plan.tasks()[5]) == [("市消防救援支队", R)]
    assert _units(plan.tasks()[6]) == [("市住房和城乡建设局", R)]


def test_a_sections_first_task_after_its_items_read_as_text_goes_on_from_them_unwarned():
    """七、保障措施 （一）加强组织领导。(no unit: the section's text) （二）…（X按职责分工负责）: the task's number follows the
    item before it in the same section, no repeat of the sequence the section before ran."""
    [plan] = parse_text(
        "某部2030年行动方案\n六、营造氛围\n（一）宣传。开展宣传。（甲部牵头）\n（二）共治。发挥协会作用。（乙部牵头）\n"
        "七、保障措施\n（一）加强组织领导。各地区要明确责任分工。\n（二）强化政策支持。统筹资金渠道。（丙部、丁部按职责分工负责）\n"
        "（三）加强督促检查。开展督查。\n")
    assert [(t.label, [a.name for a in t.assignments]) for t in plan.tasks()] == [
        ("（一）", ["甲部"]), ("（二）", ["乙部"]), ("（二）", ["丙部", "丁部"])]
    assert plan.warnings == []


def test_well_formed_fixtures_have_no_warnings():
    for fixture in ("outline_two_level.txt", "outline_three_level.txt", "outline_cn_paren_tasks.txt",
                    "outline_arabic_paren_tasks.txt", "outline_no_sections.txt", "outline_page_chunks.txt"):
        assert _plan(fixture).warnings == [], fixture


def test_parse_text_reads_the_same_as_parse_file():
    from generator.model import to_dict

    for fixture in ("outline_two_level.txt", "outline_three_level.txt"):
        path = PLANS / fixture
        from_text = [to_dict(p) for p in parse_text(path.read_text(encoding="utf-8"), str(path))]
        from_file = [to_dict(p) for p in parse_file(path)]
        assert from_text == from_file


def test_printed_page_numbers_are_not_task_text():
    """Official documents print page numbers as '— 3 —' (GB/T 9704); text taken from them keeps those lines."""
    text = (
        "某市2025年安全生产工作要点\n"
        "一、健全责任体系\n"
        "1.落实党政领导责任。推动各级党委政府定期研究安全\n"
        "- 2 -\n"
        "生产工作（责任单位：市安委办）。\n"
        "— 3 —\n"
        "2.开展燃气安全整治（责任单位：市住房和城乡建设局）。\n"
        "3.开展消防隐患排查。\n"
        "牵头单位:市消防救援支队\n"
        "配合单位:各区政府、各街道办\n"
        "— — — 4 —\n"  # the dashes of a PDF page number copied apart
        "4.开展交通安全整治。\n"
    )
    [plan] = parse_text(text, "pages.txt")
    assert [t.number for t in plan.tasks()] == [1, 2, 3, 4]
    assert [t.text for t in plan.tasks()][:2] == [
        "落实党政领导责任。推动各级党委政府定期研究安全生产工作（责任单位：市安委办）。",
        "开展燃气安全整治（责任单位：市住房和城乡建设局）。",
    ]
    assert [a.name for a in plan.tasks()[2].assignments] == ["市消防救援支队", "各区政府", "各街道办"]
    assert "—" not in plan.tasks()[2].text


_PAGE_BROKEN_TITLE = (
    "某县化解债务风险工作方案\n"
    "一、重点任务\n"
    "（一）清理存量债务。逐笔核实各类债务余额，建立健全债务台\n"
    "账，严禁瞒报漏报。（责任单位：县财政局、县审计局）\n"
    "（二）规范政府投资项目全流程管理并严格执行项目资本金\n"
    "{page_break}制度。全面清理在建项目。（责任\n"
    "单位：县发展改革局、县财政局、县住房城乡建设\n"
    "局）\n"
)


@pytest.mark.parametrize("page_break", [
    "\n- 4 -\n\f",  # pdftotext's default output: the page number, then a form feed glued to the next page's line
    "- 4 -\n\f",
    "\n- 4 -\n\n\f\n",  # blank lines around the footer and the form feed
    "\n- 4 -\n\f某县化解债务风险工作方案\n",  # the page's running title after the form feed
    "\n- 4 -\n",  # the page number alone: the rest of the paragraph moved up with its first line
    "\f",
])
def test_a_title_sentence_a_pdfs_page_broke_is_read_whole(page_break):
    """pdftotext ends each page with its page number and a form feed written before the next page's first line:
    a task's title sentence that ran past the page's foot goes on after them, flush, and the rest of its
    paragraph (the annotation the page wrapped, its label and names cut) after that. The form feed is no indent
    opening a new paragraph, and the blank lines the page left stand after the paragraph, not inside it."""
    [plan] = parse_text(_PAGE_BROKEN_TITLE.format(page_break=page_break), "pdf.txt")
    first, second = plan.tasks()
    assert second.title == "规范政府投资项目全流程管理并严格执行项目资本金制度"
    assert [(a.name, a.role) for a in second.assignments] == [
        ("县发展改革局", R), ("县财政局", R), ("县住房城乡建设局", R)]
    assert [a.name for a in first.assignments] == ["县财政局", "县审计局"]


# ---- which level holds the tasks, decided from the numbering's shape across the document --------------
# Each text below is written for the test; it imitates a layout offices publish, not any one document.


_one = one_plan


def _shape(plan) -> list[tuple]:
    return [(t.number, t.label, t.group, t.title) for t in plan.tasks()]


def test_numbers_run_straight_through_group_headings():
    """一、 / （一） short group heading / N. numbered through the whole plan, across groups and sections."""
    plan = _one(
        "某市2025年数字政府建设工作要点\n"
        "一、夯实数字基础\n"
        "（一）完善政务网络\n"
        "1.推进电子政务外网升级改造。市政务服务数据局牵头，市财政局配合。\n"
        "2.建设政务云灾备中心。市政务服务数据局负责。\n"
        "（二）强化数据支撑\n"
        "3.完善人口、法人等基础数据库。市政务服务数据局牵头，市公安局按职责分工负责。\n"
        "二、提升服务效能\n"
        "（三）深化一网通办\n"
        "4.推动高频事项跨省通办。市政务服务数据局牵头，市直各部门按职责分工负责。\n")
    assert [(s.number, s.title) for s in plan.sections] == [("一", "夯实数字基础"), ("二", "提升服务效能")]
    assert [[g.title for g in s.groups] for s in plan.sections] == [["完善政务网络", "强化数据支撑"], ["深化一网通办"]]
    assert _shape(plan) == [
        (1, "1.", "（一）", "推进电子政务外网升级改造"), (2, "2.", "（一）", "建设政务云灾备中心"),
        (3, "3.", "（二）", "完善人口、法人等基础数据库"), (4, "4.", "（三）", "推动高频事项跨省通办")]
    assert [t.id for t in plan.tasks()] == ["task-1", "task-2", "task-3", "task-4"]
    assert _units(plan.tasks()[0]) == [("市政务服务数据局", L), ("市财政局", S)]
    assert plan.warnings == []


def test_numbers_restart_in_each_group():
    """1. 2. start again under every （一） heading: still tasks, each with its own anchor, and no warning."""
    plan = _one(
        "某镇2025年安全生产工作计划\n"
        "一、强化责任落实\n"
        "（一）属地责任\n"
        "1.镇党委政府每季度专题研究安全生产工作（责任单位：镇安监办）。\n"
        "2.落实领导干部安全生产包保制度（责任单位：镇党政办）。\n"
        "（二）部门责任\n"
        "1.各站所履行行业监管职责（责任单位：镇各站所）。\n"
        "2.建立部门安全生产权责清单（责任单位：镇安监办）。\n"
        "二、深化专项整治\n"
        "（一）道路交通\n"
        "1.开展农村道路交通隐患排查（责任单位：镇派出所）。\n")
    assert [(t.number, t.group) for t in plan.tasks()] == [(1, "（一）"), (2, "（一）"), (1, "（二）"), (2, "（二）"), (1, "（一）")]
    ids = [t.id for t in plan.tasks()]
    assert len(set(ids)) == 5
    assert plan.warnings == []


def test_group_items_are_the_tasks_when_an_annotation_line_closes_their_sub_points():
    """（一）item. / 1. 2. sub-points / （A、B等按职责分工负责） on a line of its own: the （一） item is the task."""
    plan = _one(
        "关于做好高校毕业生就业工作的若干措施\n"
        "一、开发就业岗位\n"
        "（一）扩大企业吸纳。\n"
        "1.对吸纳毕业生的小微企业给予社会保险补贴。\n"
        "2.组织国有企业专项招聘。\n"
        "（省人力资源社会保障厅、省国资委等按职责分工负责）\n"
        "（二）拓展基层岗位。\n"
        "1.实施基层服务项目。\n"
        "2.落实学费补偿政策。\n"
        "（省委组织部、省教育厅、省财政厅等按职责分工负责）\n"
        "二、优化就业服务\n"
        "（三）加强就业指导。\n"
        "1.开设就业指导课程。\n"
        "2.举办职业规划大赛。\n"
        "（省教育厅牵头，团省委等按职责分工负责）\n")
    assert _shape(plan) == [(1, "（一）", "", "扩大企业吸纳"), (2, "（二）", "", "拓展基层岗位"), (3, "（三）", "", "加强就业指导")]
    assert [_units(t) for t in plan.tasks()] == [
        [("省人力资源社会保障厅", R), ("省国资委", R)],
        [("省委组织部", R), ("省教育厅", R), ("省财政厅", R)],
        [("省教育厅", L), ("团省委", R)],
    ]
    assert "2.组织国有企业专项招聘。" in plan.tasks()[0].text  # the sub-points are the task's text
    assert all(s.groups == [] for s in plan.sections)


def test_a_task_whose_annotation_line_follows_it_keeps_the_inner_level():
    """Annotation lines after every 1. task (not only after the last one) say the 1. items are the tasks."""
    plan = _one(
        "某县2025年防汛工作要点\n"
        "一、健全责任体系\n"
        "（一）压实责任\n"
        "1.落实行政首长负责制。\n"
        "（责任单位：县防汛办）\n"
        "2.落实包保责任。\n"
        "（责任单位：各乡镇人民政府）\n"
        "（二）完善预案\n"
        "3.修订县级防汛应急预案。\n"
        "（责任单位：县水利局）\n"
        "4.指导村级预案编制。\n"
        "（责任单位：各乡镇人民政府）\n")
    assert [(t.number, t.label, t.group) for t in plan.tasks()] == [(1, "1.", "（一）"), (2, "2.", "（一）"), (3, "3.", "（二）"), (4, "4.", "（二）")]
    assert [_units(t) for t in plan.tasks()] == [
        [("县防汛办", R)], [("各乡镇人民政府", R)], [("县水利局", R)], [("各乡镇人民政府", R)]]


def test_annotation_on_the_item_line_makes_the_items_with_sub_points_the_tasks():
    """（一）duty（责任单位：X） / 1. 2. steps without units: the （一） items are tasks, at both outer levels."""
    grouped = _one(
        "某区2025年校园安全工作方案\n"
        "一、强化安全责任\n"
        "（一）落实学校主体责任。学校校长是安全第一责任人（责任单位：区教育局）。\n"
        "1.签订安全责任书；\n"
        "2.建立安全工作台账。\n"
        "（二）加强周边环境治理。整治校园周边流动摊点（区公安分局牵头，区城管局配合）。\n"
        "1.上下学时段设立护学岗；\n"
        "2.清理校园周边违规经营。\n")
    assert _shape(grouped) == [(1, "（一）", "", "落实学校主体责任"), (2, "（二）", "", "加强周边环境治理")]
    assert _units(grouped.tasks()[1]) == [("区公安分局", L), ("区城管局", S)]
    top = _one(
        "某县2025年消防工作要点\n"
        "一、加强消防安全监管。深入开展人员密集场所隐患排查（责任单位：县消防救援大队）。\n"
        "1.每季度开展一次联合检查；\n"
        "2.建立隐患整改台账。\n"
        "二、推进消防设施建设。新建市政消火栓一百个（县住房城乡建设局牵头，县水务局配合）。\n"
        "1.制定建设计划；\n"
        "2.年底前完成验收。\n")
    assert [(t.number, t.label, t.title) for t in top.tasks()] == [(1, "一、", "加强消防安全监管"), (2, "二、", "推进消防设施建设")]
    assert top.tasks()[0].text.endswith("1.每季度开展一次联合检查；\n2.建立隐患整改台账。")


def test_four_levels_tasks_at_the_third():
    """一、 / （一） heading / 1. task / （1） sub-point: the （1） lines belong to the task above them."""
    plan = _one(
        "某市2025年防汛工作方案\n"
        "一、完善指挥体系\n"
        "（一）健全组织机构\n"
        "1.调整指挥部成员。根据人事变动及时调整成员名单（责任单位：市防汛办）。\n"
        "（1）各成员单位明确一名联络员；\n"
        "（2）建立联络员例会制度。\n"
        "2.完善工作规则。修订指挥部工作规则（责任单位：市防汛办、市水利局）。\n"
        "（二）强化会商研判\n"
        "3.建立汛期会商机制。主汛期每日会商（责任单位：市气象局）。\n"
        "（1）会商结果及时报送；\n"
        "（2）重大情况随时会商。\n")
    assert _shape(plan) == [(1, "1.", "（一）", "调整指挥部成员"), (2, "2.", "（一）", "完善工作规则"), (3, "3.", "（二）", "建立汛期会商机制")]
    assert plan.tasks()[0].text.endswith("（1）各成员单位明确一名联络员；\n（2）建立联络员例会制度。")
    assert plan.warnings == []


def test_run_in_headings_are_sections_when_numbered_items_follow():
    """一、总体要求。text on the same line: a heading still, since numbered items stand under the others."""
    plan = _one(
        "某区2025年燃气安全工作要点\n"
        "一、总体要求。坚持人民至上、生命至上，坚决遏制燃气事故发生。\n"
        "二、摸清底数。全面排查辖区燃气经营、使用单位，建立隐患台账。\n"
        "1.开展餐饮场所燃气排查（责任单位：区市场监管局）。\n"
        "2.开展老旧管网排查（责任单位：区住房城乡建设局）。\n"
        "三、整治隐患。对排查发现的问题实行闭环管理。\n"
        "3.督促企业限期整改燃气隐患（责任单位：区住房城乡建设局、区应急管理局）。\n")
    assert [(s.number, s.title, len(s.tasks)) for s in plan.sections] == [
        ("一", "总体要求", 0), ("二", "摸清底数", 2), ("三", "整治隐患", 1)]
    assert [t.number for t in plan.tasks()] == [1, 2, 3]


def test_title_over_two_lines():
    """Centred titles broken by hand: issuer / year and kind, or the kind word alone on the second line."""
    plan = _one(
        "某市安全生产委员会\n"
        "2025年安全生产工作要点\n"
        "一、压实责任\n"
        "1.落实党政同责（责任单位：市安委办）。\n")
    assert (plan.title, plan.year, plan.issuer) == ("某市安全生产委员会2025年安全生产工作要点", 2025, "某市安全生产委员会")
    assert plan.preamble == ""
    plan = _one(
        "某市2025年安全生产\n"
        "工作要点\n"
        "一、压实责任\n"
        "1.落实党政同责（责任单位：市安委办）。\n")
    assert plan.title == "某市2025年安全生产工作要点"
    assert plan.preamble == "" and [t.number for t in plan.tasks()] == [1]


@pytest.mark.parametrize("title", ["某县防汛“两个清单”", "某区安全生产「三张清单」"])
def test_a_title_whose_kind_sits_in_closing_quotes_titles_the_plan(title):
    """A set of lists named by their count (某县防汛“两个清单”) ends its title in a closing quote: still the plan's title,
    not the first table's caption below it (before: 表1 某县防汛责任清单 titled the plan and its section 一 was lost)."""
    [plan] = parse_text(
        f"{title}\n\n"
        "一、防汛责任清单\n"
        "表1\t某县防汛责任清单\n"
        "序号\t责任事项\t牵头单位\t配合单位\n"
        "1\t开展汛前检查\t县甲局\t县乙局\n"
        "2\t做好物资储备\t县乙局\t县丁局\n"
        "二、防汛措施清单\n"
        "1.加强预警发布。（责任单位：县丙局）\n")
    assert plan.title == title
    assert [(s.number, s.title) for s in plan.sections] == [("一", "防汛责任清单"), ("二", "防汛措施清单")]
    assert [t.title for t in plan.tasks()] == ["开展汛前检查", "做好物资储备", "加强预警发布"]


def test_a_title_opening_with_a_joining_word_and_ending_in_its_kind_is_a_title_of_its_own():
    """和平区… / 和美乡村… open with a word that joins two halves of a broken title (和, 及): ending in their plain kind
    they are titles of their own, the second plan of a page (only a half ending in a quoted kind, 和整改措施“两张清单”,
    completes the line above)."""
    plans = parse_text(
        "某区2030年工作要点\n一、稳定增长\n1.推进项目建设。（区甲局负责）\n"
        "和平区2030年重点工作任务分工方案\n一、扩大内需\n1.促进消费升级。（区乙局负责）\n")
    assert [p.title for p in plans] == ["某区2030年工作要点", "和平区2030年重点工作任务分工方案"]


@pytest.mark.parametrize("head", ["某市应急管理局\n关于做好2030年汛期安全防范工作的通知\n",
                                  "某市应急管理局\n关于做好2030年汛期安全防范\n工作的通知\n",
                                  "关于做好2030年汛期安全防范\n工作的通知\n"])
def test_a_notice_on_a_piece_of_work_is_titled_by_its_title_under_the_office(head):
    """A notice that is itself the plan (关于做好…工作的通知) prints its office on a line of its own and its title under
    it, often broken over two lines: the lines together are the title (before: the office's name alone, or the title's
    first half)."""
    plan = _one(head + "一、压实责任\n（一）落实包保。市甲局要落实包保责任。\n")
    assert plan.title == head.replace("\n", "")
    assert [t.number for t in plan.tasks()] == [1]


def test_a_document_under_its_masthead_is_titled_by_its_about_lines_whatever_it_is_about():
    """Under a masthead (某市人民政府督查室文件) and its 文号, the sender's line and the 关于… lines are the title, whatever
    the document is about (a 督办 notice, a 督查 通报), over up to three lines: the masthead heads a document and never
    titles it (before: the masthead was the plan's title)."""
    for masthead, lines in (("某市人民政府督查室文件", ["某市人民政府督查室", "关于对2030年第一季度重点事项", "进行督办的通知"]),
                            ("某市人民政府办公室文件", ["某市人民政府办公室", "关于2030年第一季度重点工作督查情况的通报"])):
        plan = _one(f"{masthead}\n\n某督〔2030〕3号\n\n" + "\n".join(lines) + "\n\n各区人民政府，市政府各部门：\n"
                    "一、督办事项\n（一）推进城区道路改造。（承办单位：市甲局）\n")
        assert plan.title == "".join(lines)
        assert [t.number for t in plan.tasks()] == [1]


def test_a_title_broken_mid_phrase_is_one_title():
    """A title broken by hand mid-phrase: an open 《 closed on the next line, the year on the first line only, or
    the kind of document alone on the second; the notice above it (signature, date) stays the notice."""
    for first, second in (("某区贯彻落实《关于加强新时代", "社区工作的意见》的任务分解方案"),
                          ("某区政府2030年重点工作", "任务分解和责任分工方案"),
                          ("2030年市《政府工作报告》目标任务", "责任分解方案")):
        plan = _one(
            "某区人民政府办公室\n"
            "2030年1月5日\n"
            f"{first}\n"
            f"{second}\n"
            "一、稳定经济增长\n"
            "1.地区生产总值增长6%。（牵头单位：区发改局）\n")
        assert plan.title == first + second
        assert [t.number for t in plan.tasks()] == [1] and plan.preamble == ""
    plan = _one(  # a whole title under its issuer's name stays a title of its own
        "某区人民政府办公室\n"
        "某区2030年重点工作任务分工方案\n"
        "一、稳定经济增长\n"
        "1.地区生产总值增长6%。（牵头单位：区发改局）\n")
    assert plan.title == "某区2030年重点工作任务分工方案"


def test_a_title_naming_the_plan_it_divides_over_two_lines_is_one_title():
    """某市…发展规划 / 重点任务分工方案: the first line a title itself, the second the kind of a document dividing it; the
    plan's period (“十五五”) on the first line only, as a year is; a whole title under another stays its own."""
    for first, second in (("某市综合交通运输发展规划", "重点任务分工方案"),
                          ("某省数字经济发展纲要", "实施方案"),
                          ("某市“十五五”综合交通运输", "发展规划重点任务分工方案")):
        plan = _one(
            f"{first}\n"
            f"{second}\n"
            "一、重点任务\n"
            "1.完善高速公路网络。（市交通运输局负责）\n")
        assert plan.title == first + second
        assert plan.preamble == "" and [t.number for t in plan.tasks()] == [1]
    plan = _one(
        "某市综合交通运输发展规划\n"
        "某市2030年公路养护工作方案\n"
        "一、重点任务\n"
        "1.完善高速公路网络。（市交通运输局负责）\n")
    assert plan.title == "某市2030年公路养护工作方案"


def test_a_responsibility_letter_and_a_bulletin_are_titled_by_their_own_title():
    """A 目标管理责任书 titled over two lines keeps its kind (…目标管理 / 责任书); a 督查通报's masthead (督 查 通 报 /
    2025年第5期) names the publication, and the document is titled by 关于…的通报 below the office and date."""
    plan = _one(
        "某县2030年度乡镇目标管理\n"
        "责任书\n"
        "一、目标任务\n"
        "1.地区生产总值增长6.5%。（县统计局负责）\n")
    assert plan.title == "某县2030年度乡镇目标管理责任书"
    for masthead in ("督 查 通 报", "督查通报"):
        plan = _one(
            f"{masthead}\n"
            "2030年第5期\n"
            "某市人民政府督查室　　2030年6月12日\n"
            "关于重点工作第二季度\n"
            "督查情况的通报\n"
            "一、存在的问题\n"
            "1.部分项目开工滞后。\n"
            "责任单位：甲县人民政府\n")
        assert plan.title == "关于重点工作第二季度督查情况的通报"
        assert [(t.title, _units(t)) for t in plan.tasks()] == [("部分项目开工滞后", [("甲县人民政府", R)])]


def test_a_notice_with_document_number_and_addressees_before_the_plan():
    """通知 title, 发文字号, 各…： addressees, signature and date, then the plan's own title: the plan starts there."""
    plan = _one(
        "某县人民政府办公室关于印发某县2025年森林防火工作要点的通知\n"
        "某政办〔2025〕7号\n"
        "各乡镇人民政府，县直各单位：\n"
        "现将《某县2025年森林防火工作要点》印发给你们，请认真贯彻落实。\n"
        "某县人民政府办公室\n"
        "2025年3月5日\n"
        "某县2025年森林防火工作要点\n"
        "一、重点任务\n"
        "（一）压实防火责任。落实护林员网格化管理（责任单位：县林业局、各乡镇人民政府）。\n"
        "（二）加强火源管控。严查违规用火行为（责任单位：县公安局）。\n")
    assert (plan.title, plan.issuer) == ("某县2025年森林防火工作要点", "某县")
    assert [t.title for t in plan.tasks()] == ["压实防火责任", "加强火源管控"]
    assert _units(plan.tasks()[0]) == [("县林业局", R), ("各乡镇人民政府", R)]


def test_a_plan_outlined_in_decimals_starts_at_its_first_part_after_the_notice():
    """文件头, 通知 and signature, then a 预案 whose outline opens `1 总则` (a number, a space, its heading) over 1.1:
    the plan starts at its own title, not at the notice's masthead; a contents line (1 总则……1) starts nothing."""
    plan = _one(
        "某县人民政府办公室文件\n"
        "某县人民政府办公室\n"
        "关于印发某县森林火灾应急预案的通知\n"
        "各乡镇人民政府，县政府各部门：\n"
        "现将《某县森林火灾应急预案》印发给你们，请认真贯彻执行。\n"
        "某县人民政府办公室\n"
        "2025年9月18日\n"
        "某县森林火灾应急预案\n"
        "1 总则……………1\n"
        "1 总则\n"
        "1.1 编制目的\n"
        "保障森林安全。\n")
    assert plan.title == "某县森林火灾应急预案"


def test_a_notice_that_hands_down_a_plan_by_another_verb_keeps_its_requirements_out():
    """现将《…》分解下达 issues the plan as 印发给你们 does: the notice's 一、二、三、 before its date are its requirements,
    the plan's 一、 tasks after it (its title line lost) are the tasks."""
    plan = _one(
        "某县人民政府关于分解下达2025年重点工作任务的通知\n"
        "各乡镇人民政府，县政府各部门：\n"
        "现将《某县2025年重点工作任务分解方案》分解下达，请认真抓好落实。现就有关事项通知如下：\n"
        "一、提高思想认识。各单位要把任务落实作为全年工作的重点。\n"
        "二、压实工作责任。牵头单位要主动协调配合单位。\n"
        "三、按时报送进展。每季度末报送推进情况。\n"
        "某县人民政府\n"
        "2025年2月10日\n"
        "一、新建高标准农田2万亩。（牵头单位：县农业农村局）\n"
        "二、改造农村公路40公里。（牵头单位：县交通运输局；配合单位：县财政局）\n")
    assert [t.title[:4] for t in plan.tasks()] == ["新建高标", "改造农村"]


def test_a_notice_requirement_naming_its_overseer_is_no_task():
    """A notice issuing 《…》 on a page without the plan: one requirement closed by （县政府督查室负责） is still a
    requirement, as its fellows naming no unit are; nothing on the page is a task."""
    plan = _one(
        "某县人民政府办公室关于印发某县2025年安全生产工作要点的通知\n"
        "各乡镇人民政府，县直各单位：\n"
        "现将《某县2025年安全生产工作要点》印发给你们，并就有关事项通知如下：\n"
        "一、提高思想认识。各单位要高度重视安全生产工作。\n"
        "二、加强组织领导。主要负责同志要亲自部署。\n"
        "三、强化督查考核。将落实情况纳入年度考核。（县政府督查室负责）\n"
        "某县人民政府办公室\n"
        "2025年3月1日\n")
    assert plan.tasks() == []


def test_a_notice_whose_items_mostly_name_units_keeps_them_as_tasks():
    """The same notice whose numbered items before its date each name a unit prints the plan in itself: tasks."""
    plan = _one(
        "某县人民政府办公室关于印发某县2025年安全生产工作要点的通知\n"
        "各乡镇人民政府，县直各单位：\n"
        "现将《某县2025年安全生产工作要点》印发给你们，并就有关事项通知如下：\n"
        "一、开展隐患排查。（县应急管理局负责）\n"
        "二、整治燃气安全。（县住建局负责）\n"
        "三、强化督查考核。将落实情况纳入年度考核。\n"
        "某县人民政府办公室\n"
        "2025年3月1日\n")
    assert len(plan.tasks()) == 3


def test_a_notice_handing_down_attached_tasks_without_naming_them_has_no_tasks():
    """…将工作任务逐项分解下达。现将有关事项通知如下： then 一、二、 asking for reports, the 附件 line and the date
    (the signature lost): the tasks are in the attachment, not on the page; the notice's items are no tasks."""
    plan = _one(
        "各镇人民政府，区直各单位：\n"
        "为推动政府工作报告落实，区政府将工作任务逐项分解下达。现将有关事项通知如下：\n"
        "一、各牵头单位要细化实施方案，于4月20日前报区督查室。\n"
        "二、各单位要在每季度末报送任务进展情况。\n"
        "附件：某区2025年政府工作主要任务分解表\n"
        "2025年4月1日\n")
    assert plan.tasks() == []


def test_a_notice_opening_with_tongzhi_ruxia_over_a_plan_numbered_afresh():
    """现就…通知如下： 一、二、三、 (one naming its overseer), the office and the date, then the plan's 一、二、 again,
    each naming units (its title line lost): the notice's items are its requirements, the plan's are the tasks."""
    plan = _one(
        "某县人民政府关于落实2025年重点工作的通知\n"
        "各乡镇人民政府，县政府各部门：\n"
        "现就落实2025年县政府重点工作通知如下：\n"
        "一、提高思想认识。各单位要把重点工作摆在突出位置。\n"
        "二、压实工作责任。牵头单位要主动协调配合单位。\n"
        "三、强化督查考核。将落实情况纳入年度考核。（县政府督查室负责）\n"
        "某县人民政府\n"
        "2025年2月10日\n"
        "一、新建高标准农田2万亩。（牵头单位：县农业农村局）\n"
        "二、改造农村公路40公里。（牵头单位：县交通运输局；配合单位：县财政局）\n")
    assert [t.title[:4] for t in plan.tasks()] == ["新建高标", "改造农村"]


def test_a_notice_body_whose_items_name_their_units_on_label_lines_keeps_them_as_tasks():
    """A 通知 that is itself the plan, opening …分解落实到位，现就有关事项通知如下： (or issuing 《…》), its items' units on
    牵头单位： lines under them: the items name units, they are its tasks, not the notice's requirements."""
    for opening in ("为将全年目标任务分解落实到位，现就有关事项通知如下：",
                    "现将《某县2025年重点工作》印发给你们，并就有关事项通知如下："):
        plan = _one(
            "某县人民政府办公室关于做好2025年重点工作的通知\n"
            "各乡镇人民政府，县直各单位：\n"
            f"{opening}\n"
            "一、新建高标准农田2万亩。\n"
            "牵头单位：县农业农村局\n"
            "二、改造农村公路40公里。\n"
            "牵头单位：县交通运输局\n"
            "某县人民政府办公室\n"
            "2025年2月10日\n")
        assert [(t.label, _units(t)) for t in plan.tasks()] == [("一、", [("县农业农村局", L)]), ("二、", [("县交通运输局", L)])]


_SHARING_NOTICE = (
    "某市人民政府办公室\n"
    "关于印发《某市人民政府 某大学战略合作框架协议》任务分工的通知\n"
    "市政府各部门：\n"
    "经市政府同意，现将《协议》及任务分工印发给你们，请认真抓好落实。\n"
    "一、任务分工\n"
    "1.共建产业技术研究院。（对应《协议》第三条第（一）项）市科技局牵头，市财政局配合。\n"
    "2.支持大学生来某就业创业。市人力资源社会保障局负责，团市委配合。\n"
    "二、工作要求\n"
    "各牵头单位要制定具体实施方案。\n"
    "某市人民政府办公室\n"
    "2025年4月28日\n"
    "附件\n"
    "某市人民政府　某大学\n"
    "战略合作框架协议\n"
    "甲方：某市人民政府\n"
    "乙方：某大学\n"
    "第一条　合作内容\n"
    "（一）共建产业技术研究院。双方共同建设研究院。\n")


def test_a_notice_sharing_out_an_attached_agreement_is_a_plan_before_it():
    """关于印发《…框架协议》任务分工的通知, its own 1. 2. under 一、任务分工 each closed by a sentence of names and role
    verbs (X牵头，Y配合。), the agreement after it as 附件: the notice is a plan of its own, then the agreement."""
    plans = parse_text(_SHARING_NOTICE, "sharing.txt")
    assert plans[0].title == "某市人民政府办公室关于印发《某市人民政府 某大学战略合作框架协议》任务分工的通知"
    assert len(plans) == 2 and plans[1].title.startswith("某市人民政府")  # (the agreement)
    assert [(t.label, _units(t)) for t in plans[0].tasks()] == [
        ("1.", [("市科技局", L), ("市财政局", S)]), ("2.", [("市人力资源社会保障局", R), ("团市委", S)])]


def test_a_notice_closing_its_items_with_requests_is_no_plan_before_the_agreement():
    """The same notice whose items close with a request to no named body (各地要认真抓好落实。 / 鼓励社会资本参与。) gives
    out no work: the agreement is the only plan."""
    text = _SHARING_NOTICE.replace("市科技局牵头，市财政局配合。", "各地要认真抓好落实。") \
        .replace("市人力资源社会保障局负责，团市委配合。", "鼓励社会资本参与。")
    plans = parse_text(text, "sharing.txt")
    assert len(plans) == 1 and "通知" not in plans[0].title


_ISSUING_NOTICE_BY_SUBJECTS = (
    "某县人民政府办公室关于印发《某县公共资源交易事项清单》的通知\n"
    "各乡镇人民政府，县政府各部门：\n"
    "现将《某县公共资源交易事项清单》印发给你们，并通知如下：\n"
    "一、明确清单范围。清单所列事项均进入县公共资源交易中心交易。\n"
    "二、做好平台整合。由县行政审批局牵头，县发展改革局配合，于9月底前完成系统对接。\n"
    "三、强化交易监管。县财政局负责政府采购监管，县审计局配合。\n"
    "某县人民政府办公室\n"
    "2025年7月1日\n"
    "附件\n"
    "某县公共资源交易事项清单\n"
    "序号\t事项名称\t实施主体\n"
    "1\t国有土地使用权出让\t县自然资源局\n")


def test_an_issuing_notice_giving_work_to_its_sentences_subjects_is_a_plan_before_the_list():
    """关于印发《…清单》的通知 whose requirements open with bodies and role verbs (由X牵头，Y配合 / X负责…，Y配合), no
    bracket: the notice is a plan of its own, titled by its own title; 一、, stating before it shares out work, no task."""
    plans = parse_text(_ISSUING_NOTICE_BY_SUBJECTS, "issuing.txt")
    assert [p.title for p in plans] == ["某县人民政府办公室关于印发《某县公共资源交易事项清单》的通知", "某县公共资源交易事项清单"]
    assert [(t.title, _units(t)) for t in plans[0].tasks()] == [
        ("做好平台整合", [("县行政审批局", L), ("县发展改革局", S)]), ("强化交易监管", [("县财政局", R), ("县审计局", S)])]


def test_an_issuing_notice_asking_its_addressees_is_no_plan_before_the_list():
    """The same notice whose requirements ask its addressees (各乡镇、各部门要… / 各乡镇人民政府负责…) shares out no
    work: the list is the only plan."""
    text = _ISSUING_NOTICE_BY_SUBJECTS.replace("由县行政审批局牵头，县发展改革局配合，于9月底前完成系统对接", "各乡镇、各部门要按时完成系统对接") \
        .replace("县财政局负责政府采购监管，县审计局配合", "各乡镇人民政府负责本辖区交易监管")
    plans = parse_text(text, "issuing.txt")
    assert [p.title for p in plans] == ["某县公共资源交易事项清单"]


def test_a_notice_that_is_itself_the_plan():
    """A 通知 whose 一、 二、 items are the duties: the header and addressees are its preamble, not tasks."""
    plan = _one(
        "某市应急管理局关于做好2025年汛期安全防范工作的通知\n"
        "某应急〔2025〕12号\n"
        "各区县应急管理局，市直有关单位：\n"
        "为切实做好汛期安全防范工作，现将有关事项通知如下：\n"
        "一、加强隐患排查。组织对尾矿库开展汛前检查（责任单位：各区县应急管理局）。\n"
        "二、强化值班值守。严格执行24小时值班制度（责任单位：市应急管理局指挥中心）。\n"
        "某市应急管理局\n"
        "2025年5月10日\n")
    assert (plan.title, plan.year, plan.issuer) == ("某市应急管理局关于做好2025年汛期安全防范工作的通知", 2025, "某市应急管理局")
    assert "各区县应急管理局，市直有关单位：" in plan.preamble
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "加强隐患排查"), (2, "强化值班值守")]


def test_guiding_thought_principles_and_goals_are_not_tasks():
    """（一）指导思想 （二）基本原则 （三）工作目标 under 一、总体要求 assign no duty; the tasks follow in 二、."""
    plan = _one(
        "某县2025年森林防火工作要点\n"
        "一、总体要求\n"
        "（一）指导思想。坚持预防为主、积极消灭，全面提升森林火灾防控能力。\n"
        "（二）基本原则。坚持属地管理、分级负责。\n"
        "（三）工作目标。全年不发生重大森林火灾，受害率控制在0.9‰以内。\n"
        "二、重点任务\n"
        "（一）压实防火责任。落实护林员网格化管理（责任单位：县林业局）。\n"
        "（二）强化应急处置。组织开展扑火实战演练（县应急管理局牵头，县消防救援大队配合）。\n"
        "三、保障措施\n"
        "（一）加强组织领导。各乡镇要把森林防火摆上重要议事日程（责任单位：各乡镇人民政府）。\n")
    assert [(s.title, [t.title for t in s.tasks]) for s in plan.sections] == [
        ("总体要求", []), ("重点任务", ["压实防火责任", "强化应急处置"]), ("保障措施", ["加强组织领导"])]
    assert "（二）基本原则。坚持属地管理、分级负责。" in plan.sections[0].intro
    # an item under such a heading that does name a unit is a duty all the same
    plan = _one(
        "某县2025年森林防火工作要点\n"
        "一、工作目标\n"
        "1.森林火灾受害率控制在0.9‰以内（责任单位：县林业局）。\n"
        "二、重点任务\n"
        "2.压实防火责任（责任单位：县林业局）。\n")
    assert [t.number for t in plan.tasks()] == [1, 2]
    # numbered straight on from the items set aside: no gap is reported
    plan = _one(
        "某县2025年森林防火工作要点\n一、总体要求\n1.指导思想。坚持预防为主。\n2.工作目标。全年不发生重大森林火灾。\n"
        "二、重点任务\n3.压实防火责任（责任单位：县林业局）。\n4.加强火源管控（责任单位：县公安局）。\n")
    assert [t.number for t in plan.tasks()] == [3, 4]
    assert plan.warnings == []


_DUTY = ("将消防工作纳入政府目标责任考核，推动各街道落实属地管理责任，定期研究解决消防安全重大问题，"
         "健全消防安全网格化管理机制，配齐配强网格员队伍，完善多种形式消防队伍建设，提升基层火灾防控能力，")


def test_page_chunks_of_a_document_sharing_site():
    """Chunks numbered 1、 2、 at the start of each page, cutting a sentence (and a word) in two, are not tasks."""
    plan = _one(
        "《某区2025年消防工作要点.docx》由会员分享，可在线阅读，更多相关《某区2025年消防工作要点.docx》请在本站上搜索。\n"
        "1、某区2025年消防工作要点\n"
        "一、强化消防责任\n"
        f"1.落实消防安全责任制。{_DUTY * 3}督促行业部门依法履行消防安全监\n"
        "2、管职责（责任单位：区消防救援大队）。\n"
        f"2.开展高层建筑专项整治。{_DUTY * 3}建立问题清单和整改台账，实行销号管理，确保隐患动态\n"
        "3、清零（区消防救援大队牵头，区住房城乡建设局配合）。\n"
        "3.加强消防宣传教育（责任单位：区消防救援大队、区教育局）。\n")
    assert plan.title == "某区2025年消防工作要点"
    assert [(t.number, t.label) for t in plan.tasks()] == [(1, "1."), (2, "2."), (3, "3.")]
    assert plan.tasks()[0].text.endswith("督促行业部门依法履行消防安全监管职责（责任单位：区消防救援大队）。")
    assert [_units(t) for t in plan.tasks()] == [
        [("区消防救援大队", R)], [("区消防救援大队", L), ("区住房城乡建设局", S)], [("区消防救援大队", R), ("区教育局", R)]]
    assert plan.warnings == []


def test_a_page_chunk_that_starts_right_after_a_sentence_is_still_a_page_chunk():
    """A page cut by length now and then falls right after a 。: "…建立问题清单和整改台账。" / "3、实行销号管理…". Its
    number is the next after the chunks found mid-sentence, a page's worth of text on: a page chunk still, not an item
    (before: "3、" read as task 3, the real task 3 a repeat)."""
    plan = _one(
        "1、某区2030年消防工作要点为做好全区消防工作，制定本要点。一、强化消防责任1.落实消防安全责任制。"
        f"{_DUTY * 3}督促行业部门依法履行消防安全监\n"
        f"2、管职责。（责任单位：区消防救援大队）2.开展高层建筑专项整治。{_DUTY * 3}建立问题清单和整改台账。\n"
        "3、实行销号管理，确保隐患动态清零。（区消防救援大队牵头，区住房城乡建设局配合）3.加强消防宣传教育。"
        "开展消防宣传进社区活动。（责任单位：区消防救援大队、区教育局）\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [
        (1, "落实消防安全责任制"), (2, "开展高层建筑专项整治"), (3, "加强消防宣传教育")]
    assert "实行销号管理" in plan.tasks()[1].text
    assert _units(plan.tasks()[1]) == [("区消防救援大队", L), ("区住房城乡建设局", S)]


def test_a_group_heading_cut_by_a_page_chunk_still_runs_into_its_first_task():
    """A page chunk may begin inside a heading: "…（一）夯实数字" / "2、化转型基础1.加快…". The heading's two halves are
    one heading run into its first task, as they are in the text without breaks (before: 1. stayed in the heading)."""
    plan = _one(
        f"1、某市2030年制造业数字化转型工作方案为推进制造业数字化转型，{_DUTY * 3}制定本方案。一、重点任务（一）夯实数字\n"
        f"2、化转型基础1.加快工业互联网建设。{_DUTY * 3}建设一批5G工厂。（市工业和信息化局负责）2.推进企业上云。"
        "推动中小企业上云用云。（市工业和信息化局、市科技局按职责分工负责）（二）推进行业数字化转型3.推动原材料工业数字化"
        "转型。建设智能工厂。（市工业和信息化局负责）\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [
        (1, "加快工业互联网建设"), (2, "推进企业上云"), (3, "推动原材料工业数字化转型")]
    assert _units(plan.tasks()[0]) == [("市工业和信息化局", R)]


def test_a_page_chunk_that_begins_inside_an_items_number_gives_the_number_back():
    """A page cut by length may fall inside an item's number: "…（责任单位：镇应急办）1" / "2、1.强化…" (the item is
    11.). The number's first digit goes back to the chunk holding the item (before: 11. was lost, its text in task 10)."""
    places = ("企业", "学校", "市场", "工地", "码头", "景区", "医院", "仓库", "厂房", "道路")
    first = "".join(f"{n}.检查{p}。开展{p}安全检查，建立问题台账。（责任单位：镇应急办）" for n, p in enumerate(places, 1))
    plan = _one(
        f"1、某镇2030年安全生产工作要点一、压实责任{first}1\n"
        f"2、1.强化企业主体责任。{_DUTY * 3}组织企业负责人培训。（责任单位：镇经发办）12.严格考核。"
        "将安全生产纳入年度考核。（责任单位：镇党政办）\n")
    assert [t.number for t in plan.tasks()] == list(range(1, 13))
    assert [t.title for t in plan.tasks()][9:] == ["检查道路", "强化企业主体责任", "严格考核"]
    assert _units(plan.tasks()[10]) == [("镇经发办", R)]


def test_short_page_chunks_that_hold_run_on_items_are_pages():
    """A document-sharing copy cut into short pages (1、 2、 3、 at each start), the line breaks inside each page
    lost and left as spaces: the chunks hold items of their own run on inside them, so they are pages, not
    items; the items split where the numbering runs on through the group headings (1. to 5. over 一、 and 二、)."""
    plan = _one(
        "1、某镇2030年工作要点 全镇预期目标:地区生产总值增长8%,农民人均纯收入增长9%, 一、壮大产业 "
        "1.发展茶叶产业。扩建茶叶基地500亩,创建茶叶品牌,推进茶叶加工提质,带动茶农增收,坚决禁用高毒\n"
        "2、农药。 2.推进土地流转。全年流转土地2000亩,培育家庭农场3家。 3.发展特色养殖。新增养殖大户10户。"
        " 二、美化环境 4.建设美丽乡村。完善新村配套设施,争取项目资金建设两个新村,推进场镇风貌改造和\n"
        "3、绿化提升。 5.全面禁烧秸秆。城乡环境综合治理常态化,场镇保持秩序良好、清洁卫生,群众满意度稳步提升。\n")
    assert plan.title == "某镇2030年工作要点"
    assert [(s.number, s.title) for s in plan.sections] == [("一", "壮大产业"), ("二", "美化环境")]
    assert [(t.number, t.title) for t in plan.tasks()] == [
        (1, "发展茶叶产业"), (2, "推进土地流转"), (3, "发展特色养殖"), (4, "建设美丽乡村"), (5, "全面禁烧秸秆")]
    assert plan.tasks()[0].text.endswith("坚决禁用高毒农药。")


def test_items_left_without_their_final_stop_are_not_page_chunks():
    """1、 2、 3、 tasks whose lines lack the closing 。 follow an unfinished line too, but hold far less than a page."""
    plan = _one(
        "某镇2025年安全生产工作计划\n"
        "1、开展隐患排查，组织对辖区企业开展全覆盖检查，对发现问题建立台账，限期整改到位，确保不留死角（责任单位：镇安监办）\n"
        "2、加强宣传教育，利用广播、微信群等开展安全知识宣传，提高群众安全意识和自救互救能力，营造良好氛围，由镇宣传办负责落实\n"
        "3、强化应急演练，每季度组织一次综合应急演练，检验预案的可操作性，提升应急处置能力，演练结束后及时总结评估\n")
    assert [t.number for t in plan.tasks()] == [1, 2, 3]


def test_numbered_lines_after_finished_sentences_are_not_page_chunks():
    """1、 2、 tasks after sentences that end (。 or a closing bracket) stay tasks."""
    plan = _one(
        "某镇2025年安全生产工作计划\n"
        "1、开展隐患排查。组织对辖区企业开展全覆盖检查，对发现问题建立台账，限期整改到位，确保不留死角（责任单位：镇安监办）。\n"
        "2、加强宣传教育。利用广播、微信群等开展安全知识宣传，提高群众安全意识和自救互救能力，营造良好氛围（责任单位：镇宣传办）。\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "开展隐患排查"), (2, "加强宣传教育")]


def test_text_without_line_breaks_is_split_where_the_numbering_runs_on():
    """A whole plan on one line: title, preamble, 一、 heading, 1. tasks numbered through the sections."""
    plan = _one(
        "某县2025年农村公路养护工作方案为提升农村公路养护水平，制定本方案。"
        "一、加强日常养护1.落实县乡村三级路长制，实现0.5公里以上道路全覆盖（责任单位：县交通运输局、各乡镇人民政府）。"
        "2 .开展路域环境整治，清理一、二级公路沿线堆积物（责任单位：各乡镇人民政府）。"
        "二、强化安全管理3.完善安全生命防护工程，按《规范》第（一）项要求设置护栏（责任单位：县交通运输局）。"
        "4.加强桥梁定期检测。每年检测2次，建立病害台账（责任单位：县交通运输局）。\n")
    assert plan.title == "某县2025年农村公路养护工作方案"
    assert plan.preamble == "为提升农村公路养护水平，制定本方案。"
    assert [(s.number, s.title) for s in plan.sections] == [("一", "加强日常养护"), ("二", "强化安全管理")]
    assert [(t.number, t.title) for t in plan.tasks()] == [
        (1, "落实县乡村三级路长制，实现0.5公里以上道路全覆盖"), (2, "开展路域环境整治，清理一、二级公路沿线堆积物"),
        (3, "完善安全生命防护工程，按《规范》第（一）项要求设置护栏"), (4, "加强桥梁定期检测")]
    assert [_units(t) for t in plan.tasks()][1] == [("各乡镇人民政府", R)]
    assert plan.tasks()[2].line == 1  # every piece keeps its source line


def test_numbers_inside_sentences_do_not_split_a_run_on_line():
    """In a plan on one line, "：1.…；2.…" lists inside a sentence are not items; the next task follows a 。."""
    plan = _one(
        "某市2025年城建工作要点一、重点任务1.推进老旧小区改造。按照标准第2.3条要求重点做好：1.加装电梯；2.管网更新；"
        "3.充电设施建设，完成改造项目20个，涉及居民3.5万户，确保年底前全部完工并通过验收（责任单位：市住房城乡建设局）。"
        "2.推进城市更新。编制更新专项规划（责任单位：市发展改革委）。\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "推进老旧小区改造"), (2, "推进城市更新")]
    assert "重点做好：1.加装电梯；2.管网更新；3.充电设施建设" in plan.tasks()[0].text


def test_a_run_on_item_whose_printed_number_skips_several_is_split_where_the_next_number_follows_it():
    """Printed numbers may skip (items dropped from a draft, 4. after 1.): run on, the skipping number starts an item
    where the item after it carries the next number (…（二）强化监管4.…。5.…); a figure that no next number follows
    stays in the sentence (before: 4. and every item after it were lost in the group's heading)."""
    plan = _one(
        "某县2030年市场监管工作要点一、优化环境（一）深化改革1.推进证照分离。压减审批事项（县市场监管局负责）。"
        "（二）强化监管4.开展双随机抽查。抽查企业200家，其中6.检查食品企业（县市场监管局负责）。"
        "5.整治价格违法。查处案件10起（县市场监管局牵头，县发展改革局配合）。\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "推进证照分离"), (4, "开展双随机抽查"), (5, "整治价格违法")]
    assert "其中6.检查食品企业" in plan.tasks()[1].text
    assert [(a.name, a.role) for a in plan.tasks()[2].assignments] == [("县市场监管局", "lead"), ("县发展改革局", "support")]


def test_a_run_on_item_whose_heading_opens_with_a_year_is_split_off():
    """In a plan on one line an item whose heading opens with a year (。2.2025年底前完成…) starts where the number is the
    next one after a finished sentence; a figure after a number otherwise keeps it in the sentence (3.5万户)."""
    plan = _one(
        "某市城市管理工作方案 一、重点任务1.整治占道经营。常态化巡查，覆盖商户3.5万户（市城管局牵头，市公安局配合）。"
        "2.2025年底前完成路灯改造5000盏。消除照明暗区（市城管局负责）。3.推进垃圾分类。新建投放点300个（市城管局牵头，"
        "市教育局配合）。\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [
        (1, "整治占道经营"), (2, "2025年底前完成路灯改造5000盏"), (3, "推进垃圾分类")]
    assert [(a.name, a.role) for a in plan.tasks()[0].assignments] == [("市城管局", "lead"), ("市公安局", "support")]
    assert [(a.name, a.role) for a in plan.tasks()[1].assignments] == [("市城管局", "responsible")]
    assert not plan.warnings


def test_a_plan_with_line_breaks_is_not_split_inside_its_lines():
    """Where items start lines, a long line quoting "。2." mid-paragraph stays one task."""
    plan = _one(
        "某市2025年工作要点\n一、重点任务\n"
        "1.推进老旧小区改造。完成改造项目20个，涉及居民3.5万户，同步实施加装电梯、管网更新、充电设施建设等配套工程。"
        "2.同步推进完整社区建设，确保年底前全部完工并通过验收，群众满意度达到90%以上（责任单位：市住房城乡建设局）。\n"
        "2.推进城市更新（责任单位：市发展改革委）。\n"
        "3.推进海绵城市建设（责任单位：市水务局）。\n")
    assert [t.number for t in plan.tasks()] == [1, 2, 3]
    assert "。2.同步推进完整社区建设" in plan.tasks()[0].text


def test_short_headed_items_with_their_text_below_and_nothing_numbered_under_them_are_tasks():
    """一、short heading / its text on the next line, and no 1. or （一） anywhere: the 一、 items are the tasks."""
    plan = _one(
        "某街道2025年安全生产工作计划\n"
        "一、加强组织领导\n"
        "成立街道安全生产委员会，每季度召开一次全体会议（责任单位：街道安监办）。\n"
        "二、开展隐患排查\n"
        "每月组织一次辖区企业隐患排查，建立问题台账（责任单位：街道安监办、街道城管科）。\n"
        "三、强化宣传培训\n"
        "结合安全生产月开展宣传活动（责任单位：街道宣传办）。\n")
    assert [(t.number, t.label, t.title) for t in plan.tasks()] == [
        (1, "一、", "加强组织领导"), (2, "二、", "开展隐患排查"), (3, "三、", "强化宣传培训")]
    assert [_units(t) for t in plan.tasks()] == [
        [("街道安监办", R)], [("街道安监办", R), ("街道城管科", R)], [("街道宣传办", R)]]


class _CountingText(str):
    """A text that counts the characters its slices copy: the splitter's own work, apart from one regex pass."""

    copied = 0

    def __getitem__(self, key):
        piece = str.__getitem__(self, key)
        _CountingText.copied += len(piece)
        return piece


def test_splitting_run_on_text_does_work_in_proportion_to_its_length():
    """The run-on splitter looks at a few characters per marker: eight times the text, about eight times the work."""
    from generator.parse.numbering import RunningText

    def work(n: int) -> int:
        text = _CountingText("一、重点任务" + "".join(f"{i}.加强第{i}项工作，完善机制（责任单位：县应急局）。" for i in range(1, n + 1)))
        _CountingText.copied = 0
        assert len(RunningText([text]).split(text)) == n
        return _CountingText.copied

    small, large = work(100), work(800)
    assert 0 < large / small < 12, (small, large)  # a scan back over the line at each marker would be about 64 times


def test_a_section_mixing_group_headings_and_items_that_are_duties_themselves():
    """（一）heading over 1. 2. tasks, then （二） a duty with its own annotation and nothing under it."""
    plan = _one(
        "某市2025年安全生产工作要点\n"
        "一、强化责任落实\n"
        "（一）压实属地管理责任\n"
        "1.各区县政府每季度专题研究安全生产工作（责任单位：各区县人民政府）。\n"
        "2.落实领导干部安全生产包保责任（责任单位：市安委办）。\n"
        "（二）加强督导检查。每季度对重点行业开展一次综合督查，通报督查结果（责任单位：市安委办）。\n"
        "二、深化专项整治\n"
        "（三）燃气安全\n"
        "3.开展城镇燃气安全隐患排查（责任单位：市住房城乡建设局）。\n"
        "4.整治餐饮场所燃气使用（责任单位：市市场监管局）。\n")
    assert [(t.number, t.label, t.group, t.title) for t in plan.tasks()] == [
        (1, "1.", "（一）", "各区县政府每季度专题研究安全生产工作"), (2, "2.", "（一）", "落实领导干部安全生产包保责任"),
        (2, "（二）", "", "加强督导检查"),
        (3, "3.", "（三）", "开展城镇燃气安全隐患排查"), (4, "4.", "（三）", "整治餐饮场所燃气使用")]
    assert _units(plan.tasks()[2]) == [("市安委办", R)]
    assert plan.warnings == []  # the （二） task keeps its own sequence beside the 1. 2. ones


def test_among_items_that_are_tasks_one_heads_numbered_duties_of_its_own():
    """（一）（二） tasks, and （三） a heading whose 1. 2. lines each name their own units: those are the tasks."""
    plan = _one(
        "某县2025年防汛工作要点\n"
        "一、重点工作\n"
        "（一）修订防汛应急预案。完善县乡村三级预案体系（责任单位：县水利局）。\n"
        "（二）开展汛前检查。对水库、堤防开展拉网式检查（责任单位：县水利局、各乡镇人民政府）。\n"
        "（三）加强物资储备，重点做好以下工作：\n"
        "1.更新县级防汛物资储备库（责任单位：县应急管理局）。\n"
        "2.建立乡镇物资储备点（责任单位：各乡镇人民政府）。\n")
    assert [(t.number, t.label, t.group) for t in plan.tasks()] == [
        (1, "（一）", ""), (2, "（二）", ""), (1, "1.", "（三）"), (2, "2.", "（三）")]
    assert [g.title for g in plan.sections[0].groups] == ["加强物资储备，重点做好以下工作："]
    assert _units(plan.tasks()[3]) == [("各乡镇人民政府", R)]
    # sub-points without units of their own stay the task's text
    plan = _one(
        "某县2025年防汛工作要点\n"
        "一、重点工作\n"
        "（一）修订防汛应急预案。完善县乡村三级预案体系（责任单位：县水利局）。\n"
        "（二）加强物资储备（责任单位：县应急管理局）。\n"
        "1.更新县级防汛物资储备库；\n"
        "2.建立乡镇物资储备点。\n")
    assert [(t.number, t.label) for t in plan.tasks()] == [(1, "（一）"), (2, "（二）")]


def test_labels_written_as_single_characters():
    """Word processors write （一） as ㈠, 1. as ⒈ and （1） as ⑴: the same levels as the bracketed forms."""
    plan = _one(
        "某区2025年防汛工作要点\n"
        "一、健全指挥体系\n"
        "㈠完善组织机构\n"
        "⒈调整区防汛指挥部成员（责任单位：区防汛办）。\n"
        "⑴明确联络员；\n"
        "⑵建立例会制度。\n"
        "⒉修订工作规则（责任单位：区防汛办、区水务局）。\n"
        "㈡强化会商研判\n"
        "⒊建立汛期会商机制（责任单位：区气象局）。\n")
    assert [(t.number, t.label, t.group) for t in plan.tasks()] == [(1, "⒈", "㈠"), (2, "⒉", "㈠"), (3, "⒊", "㈡")]
    assert plan.tasks()[0].text.endswith("⑴明确联络员；\n⑵建立例会制度。")
    assert plan.warnings == []


def test_items_closed_by_annotation_lines_without_section_heads():
    """No 一、 at all: （一） items with 1. 2. sub-points, each closed by its annotation line, are the tasks."""
    plan = _one(
        "某市促进消费若干措施\n"
        "（一）发放消费券。\n"
        "1.分批次发放餐饮、零售消费券。\n"
        "2.引导平台企业配套让利。\n"
        "（市商务局、市财政局等按职责分工负责）\n"
        "（二）支持汽车消费。\n"
        "1.开展汽车下乡活动。\n"
        "2.落实以旧换新补贴。\n"
        "（市商务局牵头，市公安局等按职责分工负责）\n")
    assert [(t.number, t.label, t.title) for t in plan.tasks()] == [(1, "（一）", "发放消费券"), (2, "（二）", "支持汽车消费")]
    assert _units(plan.tasks()[1]) == [("市商务局", L), ("市公安局", R)]


def test_a_sentence_item_whose_last_sub_point_carries_the_only_annotation_is_the_task():
    """（一）duty sentence： / （1） （2）… / the annotation at the end of the last one covers the whole item."""
    plan = _one(
        "某县2025年安全生产工作要点\n"
        "一、重点工作\n"
        "（一）深化危险化学品安全整治，重点抓好以下工作：\n"
        "（1）开展重大危险源专项检查；\n"
        "（2）推进化工园区安全整治提升（责任单位：县应急管理局）。\n"
        "（二）加强道路交通安全管理，重点抓好以下工作：\n"
        "（1）整治农村道路交通隐患；\n"
        "（2）严查“两客一危”车辆违法行为（县公安局牵头，县交通运输局配合）。\n")
    assert [(t.number, t.label) for t in plan.tasks()] == [(1, "（一）"), (2, "（二）")]
    assert [_units(t) for t in plan.tasks()] == [[("县应急管理局", R)], [("县公安局", L), ("县交通运输局", S)]]
    # under short group headings, a last task with the only annotation is still a task of its own
    plan = _one(
        "某县2025年安全生产工作要点\n"
        "一、重点工作\n"
        "（一）危化品安全\n"
        "1.开展重大危险源专项检查。\n"
        "2.推进化工园区安全整治提升（责任单位：县应急管理局）。\n"
        "（二）道路交通安全\n"
        "3.整治农村道路交通隐患（责任单位：县公安局）。\n"
        "4.严查“两客一危”车辆违法行为（责任单位：县公安局）。\n")
    assert [(t.number, t.group) for t in plan.tasks()] == [(1, "（一）"), (2, "（一）"), (3, "（二）"), (4, "（二）")]


def test_the_outline_says_how_it_read_an_unusual_shape():
    """Each departure from the plain shape is listed for the reading report, with where it applies."""
    from generator.parse.records import readings

    plain = _one("某市2025年工作要点\n一、重点任务\n1.开展隐患排查（责任单位：市应急局）。\n")
    assert readings(plain) == []
    closed = _one(
        "某市促进消费若干措施\n一、扩大消费\n（一）发放消费券。\n1.分批次发放。\n2.引导平台让利。\n（市商务局等按职责分工负责）\n"
        "（二）支持汽车消费。\n1.开展汽车下乡。\n2.落实以旧换新。\n（市商务局等按职责分工负责）\n")
    assert any("（一） level" in r for r in readings(closed))
    framework = _one("某县2025年工作要点\n一、总体要求\n（一）指导思想。坚持预防为主。\n二、重点任务\n（一）压实责任（责任单位：县林业局）。\n")
    assert any("line 3" in r and "指导思想" in r for r in readings(framework))


def test_framework_items_under_a_group_heading_stay_its_text():
    """一、总体要求 / （一）工作目标 / 1. 2. targets: the group's own text; the duties follow under 二、."""
    plan = _one(
        "某市2025年养老服务工作方案\n"
        "一、总体要求\n"
        "（一）工作目标\n"
        "1.到年底，养老机构护理型床位占比达到60%。\n"
        "2.社区养老服务设施覆盖率达到100%。\n"
        "二、重点任务\n"
        "（二）完善服务网络\n"
        "3.建设街道综合养老服务中心（责任单位：市民政局）。\n"
        "4.推进家庭养老床位建设（责任单位：市民政局、市卫生健康委）。\n")
    assert [t.number for t in plan.tasks()] == [3, 4]
    assert plan.sections[0].groups[0].text.endswith("1.到年底，养老机构护理型床位占比达到60%。\n2.社区养老服务设施覆盖率达到100%。")
    assert plan.warnings == []


def test_run_on_text_whose_numbering_restarts_in_each_section():
    """一、…1.…2.…二、…1.…2.… on one line: after an outer item the inner numbering may start again at 1."""
    plan = _one(
        "某县2025年防汛工作方案为做好防汛工作，制定本方案。一、健全责任体系1.落实行政首长负责制（责任单位：县防汛办）。"
        "2.落实包保责任（责任单位：各乡镇人民政府）。二、加强隐患排查1.开展水库安全检查（责任单位：县水利局）。"
        "2.排查地质灾害隐患点（责任单位：县自然资源局）。\n")
    assert [(s.number, [(t.number, t.title) for t in s.tasks]) for s in plan.sections] == [
        ("一", [(1, "落实行政首长负责制"), (2, "落实包保责任")]),
        ("二", [(1, "开展水库安全检查"), (2, "排查地质灾害隐患点")])]
    assert plan.warnings == []


# ---- out-of-sample shapes (docs-dev/reading.md, "Out-of-sample probe") ----------------------------------


def test_decimal_labels_are_tasks_under_their_headings():
    """一、 headings, 1.1 / 2.1 tasks, and 2.2.1 below a 2.2 that heads them: decimal numbering is an outline."""
    plan = _one(
        "某县2025年城乡环境整治工作方案\n"
        "一、整治城区道路\n"
        "1.1 清理占道经营。集中清理主干道两侧。（牵头单位：县城管局；配合单位：县市场监管局）\n"
        "1.2 规范停车秩序。施划停车泊位。（县公安局牵头，县城管局配合）\n"
        "二、整治农村环境\n"
        "2.1、推进垃圾分类。全年覆盖各乡镇，投入1.5亿元。（责任单位：县住建局）\n"
        "2.2 改造农村厕所。\n"
        "2.2.1 完成户厕改造。（县农业农村局牵头）\n"
        "2.2.2 建设公共厕所。（县住建局牵头）\n")
    assert [(s.number, [(t.label, t.number, t.title) for t in s.tasks]) for s in plan.sections] == [
        ("一", [("1.1", 1, "清理占道经营"), ("1.2", 2, "规范停车秩序")]),
        ("二", [("2.1、", 1, "推进垃圾分类"), ("2.2.1", 1, "完成户厕改造"), ("2.2.2", 2, "建设公共厕所")])]
    assert [(a.name, a.role) for a in plan.tasks()[1].assignments] == [("县公安局", "lead"), ("县城管局", "support")]


def test_a_quantity_at_a_line_start_is_not_a_decimal_label():
    """1.5万人次… / 2.5%… continue the text above: a decimal followed by a unit of measure is a number."""
    from generator.words.labels import label_of

    assert label_of("1.5万人次参加培训。") is None
    assert label_of("2.5%的增幅") is None
    assert label_of("3.2 推进改革。").number == 2


def test_items_on_why_a_policy_matters_are_not_tasks():
    """意见 open with why the policy matters (一、充分认识…的重要意义 / （一）全面把握…的深刻内涵), its reasons
    numbered like tasks (1.有利于…): they assign no duty; the duties after them stay tasks."""
    plan = _one(
        "某市关于推进社区养老服务的实施意见\n"
        "一、充分认识推进社区养老服务的重要意义\n"
        "1.有利于减轻家庭照护负担。社区养老就近便利,家庭照护压力明显减轻。\n"
        "2.有利于扩大服务消费。养老服务带动相关产业发展。\n"
        "二、主要任务\n"
        "（一）全面把握社区养老服务的深刻内涵\n"
        "1.社区养老以居家为基础、社区为依托。\n"
        "（二）完善设施布局\n"
        "2.新建小区按标准配建养老服务设施（责任单位：市民政局、市自然资源局）。\n")
    assert [t.number for t in plan.tasks()] == [2]
    assert "有利于减轻家庭照护负担" in plan.sections[0].intro
    assert [a.name for a in plan.tasks()[0].assignments] == ["市民政局", "市自然资源局"]


@pytest.mark.parametrize("text, kept", [
    # a 专项整治 / 专项治理 plan states what it covers and goes after (（一）整治范围。… （二）整治重点。一是…二是…)
    ("某县燃气安全专项整治方案\n一、整治范围和重点\n（一）整治范围。全县餐饮门店和燃气经营企业。\n"
     "（二）整治重点。一是违规存放气瓶；二是私接软管。\n二、实施步骤\n", "违规存放气瓶"),
    # a 考核方案 says whom it assesses and how (（一）考核对象。… （二）考核方式。考核实行百分制…) before its indicators
    ("某县2025年度耕地保护考核方案\n一、考核对象和方式\n（一）考核对象。各乡镇人民政府，县直有关部门。\n"
     "（二）考核方式。考核实行百分制，年终考核于次年1月底前完成。\n二、考核内容\n", "考核实行百分制"),
    # a 网格化服务管理 plan says how it draws and staffs its grids (三、网格设置 （一）科学划分网格。…) before the grids'
    # work: the ground's layout, naming no body, as 实施范围 is a reform's
    ("某镇网格化服务管理实施方案\n一、网格设置\n（一）科学划分网格。全镇划分12个村网格、86个基础网格。\n"
     "（二）配强网格力量。每个网格配备网格员1至2名。\n二、主要任务\n", "86个基础网格"),
    # under 总体要求, a framework item whose heading runs on into its text, the stop lost as a 公众号 copy gives it
    # (（一）指导思想以…为指导): it still opens with its framework word
    ("某市城管工作方案\n一、总体要求\n（一）指导思想以新时代城市工作理念为指导。\n"
     "（二）工作目标到2025年底，市容环境明显改善。\n二、重点任务\n（一）市容秩序提升行动\n", "以新时代城市工作理念为指导"),
    # a census or survey plan (普查 / 调查 实施方案) says whom it counts, at what moment and what it asks (（一）普查对象。…
    # （二）普查标准时点。…) before the work: the count's frame, as 实施范围 is a reform's
    ("某县人口普查实施方案\n一、普查对象和时点\n（一）普查对象。普查对象是普查标准时点在本县境内的自然人。\n"
     "（二）普查标准时点。普查标准时点是2030年11月1日零时。\n二、工作安排\n", "2030年11月1日零时"),
    ("某镇农户收支调查方案\n一、调查范围和内容\n（一）调查对象、范围和时期。全镇抽中的60户农户，2030年全年。\n"
     "（二）调查内容。农户收入、支出和家庭经营情况。\n二、实施步骤\n", "家庭经营情况"),
    # an exercise or event plan says when and where it is held (二、演练时间、地点 （一）警报试鸣：日期，地点。): dates and
    # venues, a venue no assignee
    ("某县防空演练实施方案\n一、演练时间、地点\n（一）警报试鸣：9月18日上午10:00—10:33，县城规划区。\n"
     "（二）疏散演练：9月18日上午10:00开始，主会场设在县第一中学。\n二、工作安排\n", "主会场设在县第一中学"),
    ("某镇消防宣传活动方案\n一、时间地点\n（一）启动仪式：11月9日上午，镇文化广场。\n"
     "（二）入户宣传：11月10日至20日，各村居。\n二、活动内容\n", "镇文化广场"),
    # a seasonal fishing ban (伏季休渔 / 禁渔期 / 禁捕) states the waters, period and catch it covers: the ban's frame
    ("某县禁渔期执法方案\n一、禁渔时间和范围\n（一）禁渔水域。本县管辖的全部天然水域。\n"
     "（二）禁渔时间。3月1日0时至6月30日24时。\n（三）禁渔对象。所有捕捞作业。\n二、执法安排\n", "3月1日0时"),
])
def test_frame_items_naming_no_unit_are_no_tasks(text, kept):
    """Items saying what a campaign covers, whom and how an assessment assesses, how a grid plan lays out its grids,
    whom and when a census counts, when and where an exercise is held, or
    (run on into their text) a plan's guiding thought and aim name no unit and are no one's duty: the section's text;
    the steps or indicators after them stay tasks with their numbers."""
    plan = _one(text + "1.制定工作方案。制定全县方案。（责任单位：县应急局）\n"
                       "2.开展联合检查。检查门店燃气设施。（责任单位：县市场监管局）\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "制定工作方案"), (2, "开展联合检查")]
    assert kept in plan.sections[0].intro


def test_a_fishing_bans_scope_items_leave_the_unnumbered_duties_numbered_from_one():
    """A 禁渔 / 休渔 plan's 时间和范围 part (waters, period, catch) names nobody: its items are text, and the duty
    paragraphs after them, printed with no number, are tasks 1 and 2."""
    plan = _one(
        "某县禁渔期执法专项行动方案\n"
        "一、禁渔时间和范围\n"
        "（一）禁渔水域。本县管辖的全部天然水域。\n"
        "（二）禁渔时间。3月1日0时至6月30日24时。\n"
        "（三）禁渔对象。除休闲垂钓外的所有捕捞作业。\n"
        "二、职责分工\n"
        "县甲局负责专项行动的组织协调。\n"
        "县乙局负责依法打击非法捕捞犯罪。\n")
    assert [(t.number, [a.name for a in t.assignments]) for t in plan.tasks()] == [(1, ["县甲局"]), (2, ["县乙局"])]
    assert "全部天然水域" in plan.sections[0].intro


@pytest.mark.parametrize("text, expected", [
    # an inspection's time and area items say who checks when and where: its work
    ("某县安全检查方案\n二、检查内容\n（一）检查时间。县甲局负责制定检查计划并于3月底前完成。\n"
     "（二）检查区域。县乙局负责交通领域检查。\n",
     [("检查时间", ["县甲局"]), ("检查区域", ["县乙局"])]),
    ("某县清理整治行动方案\n二、整治范围和时间\n（一）整治区域。城乡结合部，县丙局负责摸排。\n",
     [("整治区域", ["县丙局"])]),
    ("某县专项行动方案\n一、行动时间和范围\n（一）行动区域。县甲局负责城区，各派出所负责辖区。\n",
     [("行动区域", ["县甲局", "各派出所"])]),
])
def test_a_campaigns_time_and_area_items_naming_units_stay_tasks(text, expected):
    """时间 / 区域 are a seasonal ban's frame (休渔时间 / 禁渔水域) only: an inspection or campaign plan's 检查时间 /
    整治区域 / 行动区域 item naming who does the work is a task with its units."""
    plan = _one(text)
    assert [(t.title, [a.name for a in t.assignments]) for t in plan.tasks()] == expected


def test_a_clean_up_plans_scope_and_criteria_parts_are_no_tasks():
    """A clean-up plan (文件清理工作方案) says which documents it goes through (二、清理范围) and how each is judged
    (三、清理标准 保留 / 废止), its items titled by the kind or the verdict, not by the scope word: the part's title makes
    them its text; the duties after them are the tasks, numbered in their own part."""
    plan = _one(
        "某县文件清理工作方案\n"
        "一、清理范围\n"
        "（一）规范性文件。以县人民政府名义制发、具有普遍约束力的文件。\n"
        "（二）政策措施。县直各部门制定的涉及经营主体的政策措施。\n"
        "二、清理标准\n"
        "（一）保留。内容合法适当、仍需继续执行的，予以保留。\n"
        "（二）废止。已被新规定代替的，予以废止。\n"
        "三、职责分工\n"
        "（一）县司法局：负责组织协调和合法性审核。\n")
    assert [(t.number, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        (1, [("县司法局", "responsible")])]
    assert "予以废止" in plan.sections[1].intro


def test_an_item_naming_its_unit_in_a_clean_up_scope_part_stays_a_task():
    """An item of a 清理范围 part that names its unit in an annotation reads as a duty, as under any frame heading."""
    plan = _one(
        "某县文件清理工作方案\n"
        "一、清理范围\n"
        "（一）部门文件。清理各部门现行文件。（责任单位：县司法局）\n"
        "（二）乡镇文件。清理各乡镇现行文件。（责任单位：各乡镇人民政府）\n")
    assert [t.title for t in plan.tasks()] == ["部门文件", "乡镇文件"]


@pytest.mark.parametrize("part", [
    "一、行动范围\n（一）城区街巷。县甲局负责夜间巡逻防控。\n（二）乡村道路。各乡镇负责辖区巡查。\n",
    "一、审查标准\n（一）合法性审查。由县司法局牵头开展审查。\n（二）公平竞争审查。县市场监管局会同县司法局开展审查。\n",
    "一、整治范围及标准\n（一）集贸市场。县丙局负责摊位规范。\n（二）背街小巷。各乡镇负责日常保洁。\n",
    "一、重点内容\n（一）整治对象\n1.无证经营。县丙局负责查处。\n2.占道经营。县甲局负责劝导。\n",
])
def test_items_of_a_campaigns_scope_part_naming_the_body_at_work_stay_tasks(part):
    """A campaign's scope or criteria part (行动范围 / 审查标准 / 整治范围及标准, a group 整治对象) often says who covers
    each scope or applies each criterion in a sentence (X负责… / 由X牵头 / X会同Y…): those items are duties, tasks,
    though no annotation names their unit; a 清理范围 naming kinds only stays text (the test above)."""
    plan = _one("某县市容环境整治行动方案\n" + part + "二、工作要求\n加强组织领导。\n")
    assert len(plan.tasks()) == 2
    assert all(t.assignments for t in plan.tasks())


def test_a_campaigns_focus_items_by_kind_of_party_are_its_frame():
    """A campaign's 整治重点 part listing the wrongs it goes after kind by kind of party (定点医疗机构：重点查处…行为),
    naming no unit, is its frame: its items are the part's text, and the steps after it are the tasks."""
    plan = _one(
        "某县医保基金专项整治方案\n"
        "一、整治重点\n"
        "（一）定点诊所：重点查处分解住院、挂床住院等行为。\n"
        "（二）定点药房：重点查处串换药品、虚开票据等行为。\n"
        "二、整治步骤\n"
        "1.开展现场检查。县甲局牵头，县乙局配合，开展现场检查。\n"
        "2.督导自查自纠。县乙局负责督导自查自纠。\n")
    assert [(t.title, [a.name for a in t.assignments]) for t in plan.tasks()] == [
        ("开展现场检查", ["县甲局", "县乙局"]), ("督导自查自纠", ["县乙局"])]
    assert "定点药房：重点查处串换药品" in plan.sections[0].intro


@pytest.mark.parametrize("part", [
    # the work item by item, titled by what is done
    "一、整治重点\n（一）整治占道经营。加强街面巡查。\n（二）整治违规停车。加强停车秩序管理。\n",
    # a unit heading each item: its duty
    "一、整治重点\n（一）县甲局：重点整治占道经营。\n（二）县乙局：重点整治违规停车。\n",
    # one item of the part names its unit: the part is work
    "一、整治重点\n（一）沿街商户：重点整治占道经营。\n（二）背街小巷：重点整治乱堆乱放。（责任单位：县乙局）\n",
])
def test_items_of_a_campaigns_focus_part_not_written_as_its_frame_stay_tasks(part):
    """A 整治重点 part may hold the campaign's work: items titled by their work, items headed by their unit, or a part
    one of whose items names its unit stay tasks."""
    plan = _one("某县市容环境整治行动方案\n" + part + "二、整治步骤\n1.开展检查。县甲局负责开展检查。\n")
    assert len(plan.tasks()) == 3


def test_a_campaigns_ground_item_naming_its_unit_stays_a_task():
    """An item titled as a campaign's ground that names its unit reads as a duty: a task."""
    plan = _one(
        "某县燃气安全专项治理方案\n"
        "一、重点任务\n"
        "（一）治理对象。排查辖区内燃气经营企业。（责任单位：县应急局）\n"
        "（二）开展检查。检查门店燃气设施。（责任单位：县市场监管局）\n")
    assert [t.title for t in plan.tasks()] == ["治理对象", "开展检查"]


def test_a_chiefs_systems_set_up_and_routines_are_no_tasks_and_the_duty_paragraphs_number_on_from_the_tasks():
    """A 河长制 / 田长制 plan says who the chiefs are and where their office sits (一、组织体系 （一）设立河长 …) and closes
    with the chiefs' routines (四、工作制度 （一）会议制度 …): people and set-up, no task. The unnumbered duty paragraphs
    of 部门职责 are numbered by their place after the plan's own tasks, not after the set-up items."""
    plan = _one(
        "某县全面推行河长制实施方案\n"
        "一、组织体系\n"
        "（一）设立河长。县级设总河长，由县委书记担任。\n"
        "（二）设立河长办。县河长办设在县水利局。\n"
        "二、主要任务\n"
        "1.加强水资源保护。严守用水总量红线。（牵头单位：县水利局）\n"
        "2.加强河道岸线管理。清理违法占用岸线。（牵头单位：县自然资源局）\n"
        "三、部门职责\n"
        "县财政局：负责落实河长制工作经费。\n"
        "县生态环境局：负责水污染防治监督管理。\n"
        "四、工作制度\n"
        "（一）河长会议制度。县级总河长每年至少主持召开1次会议。\n"
        "（二）巡河制度。县级河长每年巡河不少于2次。\n")
    assert [(t.number, t.title[:6], [a.name for a in t.assignments]) for t in plan.tasks()] == [
        (1, "加强水资源保", ["县水利局"]), (2, "加强河道岸线", ["县自然资源局"]),
        (3, "负责落实河长", ["县财政局"]), (4, "负责水污染防", ["县生态环境局"])]
    assert "由县委书记担任" in plan.sections[0].intro
    assert "巡河不少于2次" in plan.sections[3].intro


def test_framework_headings_on_a_line_of_their_own_are_not_tasks():
    """（一）指导思想 / （二）工作目标 / 2.目标任务 with their paragraph on the next line: text, not tasks."""
    plan = _one(
        "某市2025年政务公开工作要点\n"
        "一、总体要求\n"
        "（一）指导思想\n"
        "坚持以人民为中心，全面推进政务公开。\n"
        "（二）目标任务\n"
        "到年底，政务公开标准化水平明显提升。\n"
        "二、重点工作\n"
        "（一）加强政策解读\n"
        "1.做好重大政策解读。（责任单位：市政府办公室）\n"
        "2.回应社会关切。（责任单位：市政务服务中心）\n")
    assert [(s.number, [t.number for t in s.tasks]) for s in plan.sections] == [("一", []), ("二", [1, 2])]
    assert "坚持以人民为中心" in plan.sections[0].intro


def test_a_targets_section_that_is_the_plans_body_keeps_its_items_as_tasks():
    """一、目标任务 over numbered targets naming no unit: in a 责任书 they are its work — where they carry points
    (（5分）) or where nothing else of the plan is work; a plan's 目标任务 goals before its tasks stay its text."""
    scored = _one(
        "某县2025年度乡镇目标管理责任书\n"
        "一、目标任务\n"
        "1.地区生产总值增长6.5%。（5分）\n"
        "2.完成植树造林800亩。（3分）\n"
        "二、重点工作\n"
        "3.建成便民服务中心。（镇党政办负责）\n")
    assert [t.title for t in scored.tasks()] == ["地区生产总值增长6.5%", "完成植树造林800亩", "建成便民服务中心"]
    only_body = _one(
        "某县2025年度乡镇目标管理责任书\n"
        "一、目标任务\n"
        "1.地区生产总值增长6.5%。\n"
        "2.完成植树造林800亩。\n"
        "二、考核办法\n"
        "（一）考核采取年终考核方式。\n")
    assert [t.title for t in only_body.tasks()] == ["地区生产总值增长6.5%", "完成植树造林800亩"]
    goals = _one(
        "某县2025年植树造林实施方案\n"
        "一、目标任务\n"
        "1.全年完成植树造林800亩。\n"
        "2.森林覆盖率达到45%。\n"
        "二、重点工作\n"
        "3.建设苗木基地。（县林业局负责）\n")
    assert [t.title for t in goals.tasks()] == ["建设苗木基地"]
    assert "森林覆盖率" in goals.sections[0].intro


def test_a_responsibility_documents_flat_targets_are_its_work_beside_the_parties_duties():
    """A 责任书 listing its targets straight under 一、目标任务 (1. 2. 3., no category headings, each naming only its
    考核单位) before an 乙方职责 part: the targets are what the signing party answers for, tasks all the same."""
    plan = _one(
        "某县2030年度乡镇目标管理责任书\n"
        "某县人民政府（以下简称甲方）与石桥镇人民政府（以下简称乙方）签订本责任书。\n"
        "一、目标任务\n"
        "1.固定资产投资。完成固定资产投资4亿元以上。（考核单位：县统计局）\n"
        "2.粮食安全。粮食播种面积稳定在3万亩以上。\n"
        "二、乙方职责\n"
        "1.压实责任。乙方对本镇年度目标任务负总责。\n")
    assert [(s.number, [t.title for t in s.tasks]) for s in plan.sections] == [
        ("一", ["固定资产投资", "粮食安全"]), ("二", ["压实责任"])]
    assert all(_units(t) == [("石桥镇人民政府", R)] for t in plan.tasks())


def test_safeguard_items_naming_no_unit_are_the_sections_text():
    """三、保障措施 with （一）（二） items that name no unit: how the plan is carried out, not tasks."""
    plan = _one(
        "某市2025年智慧城市建设行动方案\n"
        "一、重点任务\n"
        "（一）建设城市运行平台。（市大数据局牵头）\n"
        "（二）推进数据共享。（市大数据局牵头，市直各部门配合）\n"
        "二、保障措施\n"
        "（三）加强组织领导。成立工作专班，定期调度。\n"
        "（四）强化资金保障。统筹安排专项资金。\n")
    assert [(s.number, [t.number for t in s.tasks]) for s in plan.sections] == [("一", [1, 2]), ("二", [])]
    assert "成立工作专班" in plan.sections[1].intro
    # one item there that names a unit is a task; the one naming none is still the section's text
    plan = _one(
        "某市2025年智慧城市建设行动方案\n"
        "一、重点任务\n"
        "（一）建设城市运行平台。（市大数据局牵头）\n"
        "二、保障措施\n"
        "（二）加强组织领导。成立工作专班。（市政府办公室负责）\n"
        "（三）强化资金保障。统筹安排专项资金。\n")
    assert [t.number for t in plan.tasks()] == [1, 2]
    assert "统筹安排专项资金" in plan.sections[1].closing


def test_the_items_naming_no_unit_of_a_closing_part_where_one_names_units_are_its_text():
    """七、强化组织实施 （二十八）…（三十）: a closing part asking everyone to lead and report, one item of it annotated. The
    annotated item is a task; those naming no unit are the part's text, before it (its intro) or after it (its
    closing). Where most of the part's items name units, the part is set out as work and all stay tasks."""
    plan = _one(
        "某市推进技能培训的实施意见\n"
        "一、重点任务\n"
        "（一）扩大培训供给。支持建设实训基地。（市人社局牵头）\n"
        "（二）加强资金监管。规范资金使用。（市财政局负责）\n"
        "二、强化组织实施\n"
        "（三）加强组织领导。各区要加强统筹，各有关部门要形成合力。\n"
        "（四）强化督促落实。定期通报进展。（市人社局牵头，市财政局参与）\n"
        "（五）做好总结推广。及时总结好经验好做法。\n")
    assert [t.number for t in plan.tasks()] == [1, 2, 4]
    assert "形成合力" in plan.sections[1].intro and "好经验好做法" in plan.sections[1].closing
    plan = _one(
        "某市推进技能培训的实施意见\n"
        "一、重点任务\n"
        "（一）扩大培训供给。支持建设实训基地。（市人社局牵头）\n"
        "二、保障措施\n"
        "（二）加强组织领导。成立工作专班。（市政府办公室负责）\n"
        "（三）强化资金保障。统筹安排专项资金。（市财政局负责）\n"
        "（四）加强宣传引导。营造良好氛围。\n")
    assert [t.number for t in plan.tasks()] == [1, 2, 3, 4]


def test_the_items_naming_no_unit_of_a_closing_part_where_one_names_its_body_in_a_sentence_are_its_text():
    """A plan whose steps open with their doers names a closing item's unit so too (对…不力的，由县丙委严肃追责问责):
    that item is a task of its body, and the closing part's items naming none are its text, as beside an annotated one."""
    plan = _one(
        "某县专项整治工作方案\n"
        "一、整治步骤\n"
        "1.开展现场检查。县甲局牵头，县乙局配合，开展现场检查。\n"
        "2.督导自查自纠。县乙局负责督导自查自纠。\n"
        "3.开展数据筛查。县甲局要开展数据筛查。\n"
        "4.查处违法行为。县丁局要依法查处。\n"
        "二、工作要求\n"
        "（一）提高思想认识。各单位要充分认识专项整治的重要性。\n"
        "（二）严肃追责问责。对工作推进不力的，由县丙委严肃追责问责。\n"
        "（三）强化协同联动。建立健全部门间协作机制。\n")
    assert [(t.title, [a.name for a in t.assignments]) for t in plan.tasks()][4:] == [("严肃追责问责", ["县丙委"])]
    assert "充分认识" in plan.sections[1].intro and "协作机制" in plan.sections[1].closing


def test_a_closing_item_whose_later_clause_opens_with_a_named_body_stays_a_task():
    """对验收达标的村，县戊局给予奖补: a body named by its level opening a clause after a case clause gives what the
    clause says, a duty, though no role verb marks it; the item stays a task beside the one naming its body."""
    plan = _one(
        "某县专项整治工作方案\n"
        "一、整治步骤\n"
        "1.开展现场检查。县甲局牵头，县乙局配合，开展现场检查。\n"
        "2.督导自查自纠。县乙局负责督导自查自纠。\n"
        "3.开展数据筛查。县甲局要开展数据筛查。\n"
        "二、工作要求\n"
        "（一）提高思想认识。各单位要充分认识专项整治的重要性。\n"
        "（二）强化资金保障。对验收达标的村，县戊局给予每村5万元奖补。\n"
        "（三）严肃追责问责。对工作推进不力的，由县丙委严肃追责问责。\n"
        "（四）强化协同联动。建立健全部门间协作机制。\n")
    assert [t.title for t in plan.tasks()][3:] == ["强化资金保障", "严肃追责问责"]


def test_an_assessment_documents_closing_parts_are_not_tasks():
    """A 督查通报 closing with 下步工作要求, a 责任书 with 加分和扣分事项 / 考核办法 / 奖励与问责, each over （一）（二）
    naming no unit: how the targets are scored and followed up, the plan's closing text, not tasks 1, 2."""
    plan = _one(
        "某市重点工作督查情况的通报\n"
        "一、存在的问题及整改要求\n"
        "1.部分项目开工滞后。\n"
        "责任单位：甲县人民政府；整改时限：2025年7月底前\n"
        "2.惠企政策兑现慢。\n"
        "责任单位：市财政局；整改时限：2025年8月底前\n"
        "二、下步工作要求\n"
        "（一）抓好问题整改。各责任单位要逐项制定整改措施。\n"
        "（二）强化跟踪问效。对整改不力的进行约谈。\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "部分项目开工滞后"), (2, "惠企政策兑现慢")]
    assert "强化跟踪问效" in plan.sections[1].intro
    plan = _one(
        "某县2025年度乡镇目标管理责任书\n"
        "一、目标任务（100分）\n"
        "1.地区生产总值增长6.5%。（县统计局负责）\n"
        "2.完成植树造林800亩。（县林业局负责）\n"
        "二、加分和扣分事项\n"
        "（一）获得省级表彰的，每项加1分。\n"
        "三、考核办法\n"
        "（一）考核采取日常考核和年终考核相结合的方式。\n"
        "（二）考核结果报县目标考核办汇总。\n"
        "四、奖励与问责\n"
        "（一）考核结果作为评先评优的重要依据。\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "地区生产总值增长6.5%"), (2, "完成植树造林800亩")]
    assert [s.title for s in plan.sections if "（一）" in s.intro] == ["加分和扣分事项", "考核办法", "奖励与问责"]
    # a closing part one of whose items names a unit is work: its items stay tasks, and so do those before it
    plan = _one(
        "某县2025年度乡镇目标管理责任书\n"
        "一、目标任务（100分）\n"
        "1.地区生产总值增长6.5%。（县统计局负责）\n"
        "二、考核办法\n"
        "（一）制定考核细则。（县目标考核办负责）\n"
        "三、奖励与问责\n"
        "（一）考核结果作为评先评优的重要依据。\n")
    assert [t.title for t in plan.tasks()] == ["地区生产总值增长6.5%", "制定考核细则"]


@pytest.mark.parametrize("part", ["有关说明", "几点说明", "说明"])
def test_a_numbered_closing_part_of_reading_notes_is_not_tasks(part):
    """A 考评细则 or a 分工 closes after its table or list with its reading notes as a numbered part (四、有关说明
    （一）… （二）…), not under a 说明： head: how the list is read, naming no unit; its （一）（二） are no tasks 1, 2."""
    plan = _one(
        "某县2025年社区治理工作要点\n"
        "一、重点任务\n"
        "1.完善议事协商机制。（县民政局、县司法局）\n"
        "2.整治楼道堆物。（县消防救援大队、县应急局）\n"
        f"二、{part}\n"
        "（一）所列单位有两个及以上的，排在第一位的为牵头单位，其他为配合单位。\n"
        "（二）各街道每季度末报送进展。\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "完善议事协商机制"), (2, "整治楼道堆物")]
    assert "（二）各街道每季度末报送进展" in plan.sections[1].intro


def test_praise_entries_of_a_notice_are_not_tasks():
    """A 通报's numbered praise (1.甲区人民政府。创新…) under a heading naming it or a lead-in 予以通报表扬: the unit did
    well, it is given no duty; the problems after it, numbered on from the praise, are the tasks."""
    plan = _one(
        "某市重点工作督查情况的通报\n"
        "一、工作成效明显的单位\n"
        "以下单位推进有力、成效明显，予以通报表扬。\n"
        "1.甲区人民政府。创新审批服务模式，开工率居全市第一。\n"
        "2.市交通运输局。统筹推进国省道改造工程，完成率居前列。\n"
        "二、存在的问题及整改要求\n"
        "1.部分项目开工滞后。\n"
        "责任单位：乙县人民政府；整改时限：2025年7月底前\n")
    assert [(t.title, _units(t)) for t in plan.tasks()] == [("部分项目开工滞后", [("乙县人民政府", R)])]
    assert "甲区人民政府。创新审批服务模式" in plan.sections[0].intro
    assert not [n for n in plan.readings if "carry no number" in n.text]
    # led in by the praise alone, in groups, the problems numbered on from it
    plan = _one(
        "某市重点工作督查情况的通报\n"
        "一、督查发现的亮点\n"
        "经综合评定，对以下单位予以通报表扬。\n"
        "（一）县区\n"
        "1.甲县人民政府。建立项目专班机制。\n"
        "（二）市直部门\n"
        "2.市财政局。惠企资金直达快享。\n"
        "二、存在的问题\n"
        "3.乙县项目开工滞后。（乙县人民政府负责）\n"
        "4.企业诉求办理慢。（市政务服务局负责）\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [(3, "乙县项目开工滞后"), (4, "企业诉求办理慢")]
    assert plan.warnings == []
    # an entry under such a heading that names units in an annotation is a duty
    plan = _one(
        "某市2025年营商环境工作方案\n"
        "一、通报表扬\n"
        "1.评选营商环境先进单位。（市发展改革委负责）\n"
        "二、重点任务\n"
        "2.压缩审批时限。（市政务服务局负责）\n")
    assert [t.title for t in plan.tasks()] == ["评选营商环境先进单位", "压缩审批时限"]


def test_a_notices_own_items_before_the_plans_tasks_are_not_tasks():
    """关于印发…的通知 with 一、二、 requirements, then the plan's 1. 2. 3. tasks (its title line lost)."""
    plan = _one(
        "某市人民政府办公室关于印发某市绿色发展分工方案的通知\n"
        "各县区人民政府，市政府各部门：\n"
        "现将《某市绿色发展分工方案》印发给你们，请认真贯彻实施。\n"
        "一、高度重视。各县区、各部门要认真学习研究，强化组织领导。\n"
        "二、压实责任。各牵头单位要制定推进方案，形成工作合力。\n"
        "三、加强督导。市发展改革委负责统一调度。\n"
        "1.建设绿色低碳先行区。（牵头单位：市发展改革委；配合单位：市直有关部门）\n"
        "2.推动传统产业转型。（牵头单位：市工业和信息化局）\n"
        "3.培育新兴产业。（牵头单位：市科技局；配合单位：市财政局）\n")
    assert [(t.label, t.number) for t in plan.tasks()] == [("1.", 1), ("2.", 2), ("3.", 3)]
    assert "一、高度重视" in plan.preamble


def test_a_notices_requirement_naming_a_body_and_its_partners_makes_no_task():
    """三、加强督导。市X委会同市Y局建立…: units read out of a sentence (X会同Y + action) are a task's where it is one,
    but do not make a covering notice's items the plan's tasks, as a bracket would."""
    plan = _one(
        "某市人民政府办公室关于印发某市绿色发展分工方案的通知\n"
        "各县区人民政府，市政府各部门：\n"
        "现将《某市绿色发展分工方案》印发给你们，请认真贯彻实施。\n"
        "一、高度重视。各县区、各部门要认真学习研究，强化组织领导。\n"
        "二、加强督导。市发展改革委会同市统计局建立调度机制，定期通报进展。\n"
        "1.建设绿色低碳先行区。（牵头单位：市发展改革委；配合单位：市直有关部门）\n"
        "2.推动传统产业转型。市工业和信息化局会同市科技局制定转型指南。\n"
        "3.培育新兴产业。（牵头单位：市科技局；配合单位：市财政局）\n")
    assert [(t.label, t.number) for t in plan.tasks()] == [("1.", 1), ("2.", 2), ("3.", 3)]
    assert [(a.name, a.role) for a in plan.tasks()[1].assignments] == [("市工业和信息化局", "lead"), ("市科技局", "support")]


def test_a_part_heading_ends_the_task_above_it_and_is_no_title():
    """第二部分 重点任务 is a part of the plan, not a plan; 第三部分 after a label line is not a unit's name."""
    plan = _one(
        "某市2024年营商环境优化提升行动方案\n"
        "第一部分 总体要求\n"
        "持续优化营商环境。\n"
        "第二部分 重点任务\n"
        "一、提升政务服务水平\n"
        "1、推行免证办。牵头单位：市政务服务局 配合单位：市大数据局\n"
        "第三部分 保障措施\n"
        "二、加强组织领导\n")
    assert plan.title == "某市2024年营商环境优化提升行动方案"
    [task] = plan.tasks()
    assert [(a.name, a.role) for a in task.assignments] == [("市政务服务局", "lead"), ("市大数据局", "support")]


@pytest.mark.parametrize("part", ["Ⅱ、重点任务", "Ⅱ.行动计划"])
def test_a_roman_numbered_part_named_by_a_plan_kind_is_a_part_not_a_plan(part):
    """Ⅰ、 Ⅱ、 Ⅲ、 parts above 一、 sections: Ⅱ、重点任务 holds a plan's kind word, yet it is a part of the plan."""
    plans = parse_text(
        "某市智慧农业发展行动计划\n"
        "Ⅰ、总体要求\n"
        "一、发展目标\n"
        "到2027年，建成一批智慧农场。\n"
        f"{part}\n"
        "一、完善基础设施\n"
        "1）推进网络覆盖。推动光纤网络进村入户。[责任单位：市通信管理办、市农业农村局]\n"
        "2）建设冷链设施。布局产地冷藏保鲜设施。[市商务局牵头，市供销社配合]\n", "t.txt")
    assert [p.title for p in plans] == ["某市智慧农业发展行动计划"]
    [plan] = plans
    assert [(s.number, s.title) for s in plan.sections] == [("Ⅰ", "总体要求"), (part[0], part[2:])]
    assert [(t.number, t.group) for t in plan.tasks()] == [(1, "一、"), (2, "一、")]
    assert _units(plan.tasks()[1]) == [("市商务局", L), ("市供销社", S)]


# ---- a heading's annotation covering the numbered measures under it -------------------------------------


def test_a_heading_annotation_covers_measures_that_name_no_unit():
    """一、title（X牵头，Y配合） over （一） （二） measures naming no unit: the measures are the tasks, each
    with the heading's units, and the reading report says where the heading's units were applied."""
    plan = _one(
        "某区2025年推动产业升级若干举措\n"
        "一、提升创新能力（区科技局牵头，区发展改革局配合）\n"
        "（一）搭建研发平台。鼓励企业设立研发中心。\n"
        "（二）壮大创新企业。开展科技型企业梯度培育。\n"
        "二、扩大有效投资（区发展改革局牵头）\n"
        "（三）加快项目建设。做好项目前期工作。\n"
        "（四）引导社会投资。定期向社会资本推介项目。\n")
    assert [(s.label, s.title) for s in plan.sections] == [("一、", "提升创新能力"), ("二、", "扩大有效投资")]
    assert plan.sections[0].heading == "提升创新能力（区科技局牵头，区发展改革局配合）"  # kept as written
    assert _shape(plan) == [(1, "（一）", "", "搭建研发平台"), (2, "（二）", "", "壮大创新企业"),
                            (3, "（三）", "", "加快项目建设"), (4, "（四）", "", "引导社会投资")]
    assert [_units(t) for t in plan.tasks()] == [
        [("区科技局", L), ("区发展改革局", S)], [("区科技局", L), ("区发展改革局", S)],
        [("区发展改革局", L)], [("区发展改革局", L)]]
    first = plan.tasks()[0]
    assert [a.text for a in first.annotations] == ["区科技局牵头，区发展改革局配合"]
    assert first.text == "搭建研发平台。鼓励企业设立研发中心。"  # the heading's annotation is not written into the measure
    assert first.text_without_annotations() == first.text
    notes = [n for n in plan.readings if "章节标题的责任单位适用于其下各项" in n.text]
    assert [n.line for n in notes] == [2, 5]
    assert plan.warnings == []


def test_a_heading_annotation_covers_its_measures_past_a_lead_in_paragraph():
    """若干政策举措 open each annotated heading with a paragraph of its aim and yearly target before the measures:
    the paragraph is no task, and the heading's units still cover the （一） （二） measures naming none."""
    plan = _one(
        "某区推动经济高质量发展若干政策举措\n"
        "一、强化科技创新（区科技局牵头）\n"
        "以创新体系建设为牵引，推动创新链产业链融合。2025年力争研发投入强度达到2.9%。\n"
        "（一）建设创新平台。对新认定的省级研发机构给予奖励。\n"
        "（二）培育创新企业。对首次认定的高新技术企业给予奖励。\n"
        "二、扩大有效投资（区发展改革局牵头）\n"
        "全年固定资产投资增长5%以上。\n"
        "（三）加快项目建设。全年实施重大项目100个以上。\n"
        "（四）强化要素保障。保障项目用地3000亩。\n"
        "三、促进消费（区商务局牵头）\n"
        "（五）发放消费券。全年发放消费券2000万元。\n")  # one measure under its heading, numbered on
    assert [t.label for t in plan.tasks()] == ["（一）", "（二）", "（三）", "（四）", "（五）"]
    assert [_units(t) for t in plan.tasks()] == [[("区科技局", L)], [("区科技局", L)],
                                                 [("区发展改革局", L)], [("区发展改革局", L)], [("区商务局", L)]]


def test_measures_with_their_own_annotation_keep_them():
    """Where every measure names its units, the heading's annotation adds nothing to them."""
    plan = _one(
        "某区2025年推动产业升级若干举措\n"
        "一、提升创新能力（区科技局牵头）\n"
        "（一）搭建研发平台。鼓励企业设立研发中心（区工业和信息化局负责）。\n"
        "（二）壮大创新企业。开展科技型企业梯度培育（区市场监管局负责）。\n"
        "二、扩大有效投资（区发展改革局牵头）\n"
        "（三）加快项目建设。做好项目前期工作（区住房城乡建设局负责）。\n"
        "（四）引导社会投资。定期向社会资本推介项目（区投资促进局负责）。\n")
    assert [t.label for t in plan.tasks()] == ["（一）", "（二）", "（三）", "（四）"]
    assert [_units(t) for t in plan.tasks()] == [
        [("区工业和信息化局", R)], [("区市场监管局", R)], [("区住房城乡建设局", R)], [("区投资促进局", R)]]
    assert not any("章节标题的责任单位" in n.text for n in plan.readings)


def test_a_heading_over_measures_of_which_some_name_units_goes_to_the_others_and_the_report_says_so():
    """Some measures under the heading name their own units: they keep them, the others take the heading's, and the
    reading report names the heading; a heading over measures naming none still covers them."""
    plan = _one(
        "某区2025年推动产业升级若干举措\n"
        "一、提升创新能力（区科技局牵头）\n"
        "（一）搭建研发平台。鼓励企业设立研发中心（区工业和信息化局负责）。\n"
        "（二）壮大创新企业。开展科技型企业梯度培育。\n"
        "二、扩大有效投资（区发展改革局牵头）\n"
        "（三）加快项目建设。做好项目前期工作。\n"
        "（四）引导社会投资。定期向社会资本推介项目。\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("区工业和信息化局", R)], [("区科技局", L)], [("区发展改革局", L)], [("区发展改革局", L)]]
    assert any(n.line == 2 and "go to its items （二） naming none" in n.text for n in plan.readings)
    assert [n.line for n in plan.readings if "章节标题的责任单位适用于其下各项" in n.text] == [5]


def test_an_action_head_printing_its_aim_before_its_bracket_heads_the_tasks_under_it():
    """（一）X行动。<aim>。（牵头区领导：…；牵头单位：…） over 1. 2. numbered on, some naming their own units: the head
    holds a sentence, yet sub-points of one task are not annotated twice, so the numbered lines are the tasks and the
    head's 牵头单位 answers for those naming none. A duty sentence over sub-points naming none, and a sentence item
    whose one annotation ends its last sub-point, stay one task each."""
    plan = _one(
        "某区营商环境提升行动方案\n"
        "二、重点任务\n"
        "（一）开办便利行动。聚焦企业全周期，降低准入成本。（牵头区领导：张某某；牵头单位：区甲局）\n"
        "1.深化企业开办改革。\n"
        "2.推进注销便利化。（责任单位：区乙局）\n"
        "（二）服务增效行动。以数字化为牵引，提升服务效能。（牵头区领导：李某某；牵头单位：区丙局）\n"
        "3.推进一件事办理。\n"
        "4.提升基层服务能力。（责任单位：区丁局）\n")
    assert [(t.title, _units(t)) for t in plan.tasks()] == [
        ("深化企业开办改革", [("区甲局", L)]), ("推进注销便利化", [("区乙局", R)]),
        ("推进一件事办理", [("区丙局", L)]), ("提升基层服务能力", [("区丁局", R)])]
    duty = _one(
        "某县安全生产工作要点\n"
        "一、加强监管。深入开展隐患排查（责任单位：县甲局）\n"
        "（一）排查危化企业。\n"
        "（二）排查建筑工地。\n"
        "二、强化宣传。广泛开展安全宣传（责任单位：县乙局）\n"
        "（一）开展宣传月活动。\n"
        "（二）组织应急演练。\n")
    assert [_units(t) for t in duty.tasks()] == [[("县甲局", R)], [("县乙局", R)]]
    closing = _one(
        "某县农业工作要点\n"
        "一、重点任务\n"
        "（一）稳定粮食生产。确保全年粮食播种面积稳定。\n"
        "1.落实耕地保护。\n"
        "2.推广良种良法。（县农业农村局负责）\n"
        "（二）发展特色产业。壮大村级集体经济。\n"
        "1.培育龙头企业。\n"
        "2.打造特色品牌。（县乡村振兴局负责）\n")
    assert [_units(t) for t in closing.tasks()] == [[("县农业农村局", R)], [("县乡村振兴局", R)]]


def test_a_label_line_under_a_part_heading_goes_to_its_items_naming_none_beside_one_naming_its_own():
    """二、title / （责任主体：A、B；配合单位（部门）：C、D） on its own line / 3. 4. naming none / 5.…（E牵头）: the part's line
    speaks for the items saying nothing, the special item keeps its own lead; an item naming only helpers takes the
    part's units beside them."""
    plan = _one(
        "某县水务局2030年工作要点\n"
        "一、重点工作\n"
        "1.推进水价改革。（县财务股牵头）\n"
        "二、安全生产\n"
        "（责任主体：县安监股、各乡镇人民政府；配合单位（部门）：县水文站、县供水公司）\n"
        "2.开展隐患排查。\n"
        "3.开展水库安全整治。\n"
        "4.修订防汛预案。（县应急股牵头）\n"
        "5.加强堤防巡查。（县河道所配合）\n")
    part = [("县安监股", R), ("各乡镇人民政府", R), ("县水文站", S), ("县供水公司", S)]
    assert [_units(t) for t in plan.tasks()] == [
        [("县财务股", L)], part, part, [("县应急股", L)], [("县河道所", S)] + part]
    assert any(n.line == 4 and "go to its items 2.、3.、5. naming none" in n.text for n in plan.readings)
    assert not any(n.line == 4 and "some of them name their own" in n.text for n in plan.readings)


def test_a_heading_whose_units_go_to_every_item_naming_only_helpers_says_no_item_keeps_its_own():
    """Every item under the heading names only a helper (（X配合）): all take the heading's units, and the reading note
    names them without an empty list of items keeping their own."""
    plan = _one(
        "某县水务局2030年工作要点\n"
        "一、安全生产\n"
        "（责任主体：县安监股）\n"
        "1.开展隐患排查。（县水文站配合）\n"
        "2.修订防汛预案。（县供水公司配合）\n")
    assert [_units(t) for t in plan.tasks()] == [[("县水文站", S), ("县安监股", R)], [("县供水公司", S), ("县安监股", R)]]
    [note] = [n.text for n in plan.readings if "go to its items" in n.text]
    assert "go to its items 1.、2. naming none of their own: " in note and "keep them" not in note


def test_an_item_sent_down_to_the_towns_to_carry_out_takes_its_action_heads_lead():
    """（一）X行动（牵头区领导：…；牵头单位：A、B） over items of which one names its own unit and one only the towns
    carrying it out (（各街道（镇）落实）): the towns do it on the ground, nobody at the head's level is named, so the
    item takes the head's lead beside them; an item naming who answers for it keeps its own."""
    plan = _one(
        "某区营商环境提升行动方案\n"
        "二、重点任务\n"
        "（一）政商沟通行动（牵头区领导：孙某某；牵头单位：区甲部、区乙会）\n"
        "1.完善政企沟通机制。\n"
        "2.开展企业家座谈。（责任单位：区丙局）\n"
        "3.营造亲商氛围。（各街道（镇）落实）\n")
    head = [("区甲部", L), ("区乙会", L)]
    assert [_units(t) for t in plan.tasks()] == [head, [("区丙局", R)], [("各街道（镇）", I)] + head]
    assert any("go to its items 1.、3. naming none" in n.text for n in plan.readings)


def test_a_task_title_broken_by_a_soft_return_after_its_verb_runs_on_into_the_next_line():
    """3.全面推行 / 告知承诺制，对…。: a line holding only a manner word and a verb awaiting its object was broken in
    mid-sentence, the title runs on to the sentence's first 。; a title line closing on its object (推进小区改造) stays
    a title over its text, and a verb after another (组织实施) needs no object."""
    plan = _one(
        "某区营商环境提升行动方案\n"
        "一、重点任务\n"
        "1.推进小区改造\n"
        "完成改造项目20个。（责任单位：区甲局）\n"
        "2.全面推行\n"
        "告知承诺制，对可容缺的材料实行容缺受理。（责任单位：区乙局）\n"
        "3.组织实施\n"
        "各街道要细化措施，确保按期完成。（责任单位：区丙局）\n")
    assert [(t.title, _units(t)) for t in plan.tasks()] == [
        ("推进小区改造", [("区甲局", R)]),
        ("全面推行告知承诺制，对可容缺的材料实行容缺受理", [("区乙局", R)]),
        ("组织实施", [("区丙局", R)])]


def test_a_heading_annotation_over_unnumbered_paragraphs_stays_the_task():
    """一、title（X牵头） with plain paragraphs under it: the heading is the task, its paragraphs its text."""
    plan = _one(
        "某区2025年推动产业升级若干举措\n"
        "一、提升创新能力（区科技局牵头，区发展改革局配合）\n"
        "鼓励企业设立研发中心。\n"
        "开展科技型企业梯度培育。\n"
        "二、扩大有效投资（区发展改革局牵头）\n"
        "做好项目前期工作。\n")
    assert [(t.label, t.title) for t in plan.tasks()] == [("一、", "提升创新能力"), ("二、", "扩大有效投资")]
    assert _units(plan.tasks()[0]) == [("区科技局", L), ("区发展改革局", S)]
    assert plan.tasks()[0].text.endswith("鼓励企业设立研发中心。\n开展科技型企业梯度培育。")
    assert not any("章节标题的责任单位" in n.text for n in plan.readings)


def test_a_heading_annotation_on_a_line_of_its_own_covers_the_measures_below():
    """一、title / （X牵头） alone on the next line / （一） （二） measures naming none: they take X."""
    plan = _one(
        "某区2025年推动产业升级若干举措\n"
        "一、提升创新能力\n"
        "（区科技局牵头，区发展改革局配合）\n"
        "（一）搭建研发平台。鼓励企业设立研发中心。\n"
        "（二）壮大创新企业。开展科技型企业梯度培育。\n"
        "二、扩大有效投资\n"
        "（三）加快项目建设。做好项目前期工作（区住房城乡建设局负责）。\n"
        "（四）引导社会投资。定期向社会资本推介项目（区投资促进局负责）。\n")
    assert [t.label for t in plan.tasks()] == ["（一）", "（二）", "（三）", "（四）"]
    assert [_units(t) for t in plan.tasks()] == [
        [("区科技局", L), ("区发展改革局", S)], [("区科技局", L), ("区发展改革局", S)],
        [("区住房城乡建设局", R)], [("区投资促进局", R)]]
    assert plan.sections[0].intro == "（区科技局牵头，区发展改革局配合）"  # kept where it was written
    assert [n.line for n in plan.readings if "章节标题的责任单位适用于其下各项" in n.text] == [2]


def test_a_group_heading_annotation_covers_the_numbered_measures_under_it():
    """一、 / （一）title（X牵头） / 1. 2. measures naming none: the 1. lines are the tasks, each with X; a group
    heading whose measures name their own units: those keep them, the others take the heading's; the report says so."""
    plan = _one(
        "某区2025年推动产业升级若干举措\n"
        "一、提升创新能力\n"
        "（一）搭建研发平台（区科技局牵头，区发展改革局配合）\n"
        "1.鼓励企业设立研发中心。\n"
        "2.推动重点实验室建设。\n"
        "（二）壮大创新企业（区工业和信息化局牵头）\n"
        "3.开展科技型企业梯度培育。\n"
        "4.支持企业上市融资（区金融服务中心负责）。\n")
    assert [(t.label, t.group, t.title) for t in plan.tasks()] == [
        ("1.", "（一）", "鼓励企业设立研发中心"), ("2.", "（一）", "推动重点实验室建设"),
        ("3.", "（二）", "开展科技型企业梯度培育"), ("4.", "（二）", "支持企业上市融资")]
    assert [_units(t) for t in plan.tasks()] == [
        [("区科技局", L), ("区发展改革局", S)], [("区科技局", L), ("区发展改革局", S)],
        [("区工业和信息化局", L)], [("区金融服务中心", R)]]
    assert plan.sections[0].groups[0].title == "搭建研发平台"
    assert plan.sections[0].groups[0].text == "搭建研发平台（区科技局牵头，区发展改革局配合）"  # kept as written
    assert [n.line for n in plan.readings if "章节标题的责任单位适用于其下各项" in n.text] == [3]
    assert any(n.line == 6 and "go to its items 3." in n.text for n in plan.readings)


def test_a_heading_naming_only_the_lead_over_items_naming_their_other_units_leads_each():
    """1.1 heading / 牵头单位：X / 1.1.1 … 责任单位：A、B / 1.1.2 … 责任单位：C: the heading says who leads the block,
    the items who does each; every item takes X as lead beside its own. An item naming its own lead (1.2.1) keeps it
    alone, and its neighbour naming only its 责任单位 (1.2.2) is still led by the heading's lead."""
    plan = _one(
        "某市公共文化示范区创建任务分解方案\n"
        "1.\t完善设施网络\n"
        "1.1\t新型文化空间建设\n"
        "牵头单位：市文化广电旅游局\n"
        "1.1.1\t建设“城市书房”不少于60个。\n"
        "责任单位：市住房城乡建设局、各县（市、区）人民政府\n"
        "1.1.2\t推动文化设施与体育设施综合利用。\n"
        "责任单位：市体育局\n"
        "1.2\t数字文化服务\n"
        "牵头单位：市文化广电旅游局\n"
        "1.2.1\t建设数字文化平台。\n"
        "牵头单位：市数据局\n"
        "责任单位：市文化馆\n"
        "1.2.2\t推广线上展演。\n"
        "责任单位：市图书馆\n")
    assert [t.label for t in plan.tasks()] == ["1.1.1", "1.1.2", "1.2.1", "1.2.2"]
    assert [_units(t) for t in plan.tasks()] == [
        [("市住房城乡建设局", R), ("各县（市、区）人民政府", R), ("市文化广电旅游局", L)],
        [("市体育局", R), ("市文化广电旅游局", L)],
        [("市数据局", L), ("市文化馆", R)], [("市图书馆", R), ("市文化广电旅游局", L)]]
    assert any(n.line == 3 and "takes the heading's lead" in n.text for n in plan.readings)
    assert any(n.line == 9 and "1.2.1 name their own lead and keep it" in n.text for n in plan.readings)
    assert not any(n.line == 9 and "some of them name their own" in n.text for n in plan.readings)


@pytest.mark.parametrize("own_lead", ["县交通运输局会同县公安局负责。", "县交通运输局牵头，县公安局配合。",
                                      "（牵头单位：县交通运输局；配合单位：县公安局）"])
def test_a_parts_labelled_lead_leads_each_item_but_one_naming_its_own_lead(own_lead):
    """（一）进企业（牵头单位：A） over items naming who does each (责任单位：B / C负责 / D配合) and one naming a lead of
    its own (E会同F负责): that item keeps its own lead; every other item of the part is still led by A."""
    plan = _one(
        "某县防灾宣传活动方案\n一、活动内容\n（一）进企业（牵头单位：县应急局）\n"
        "1.开展安全培训。组织企业员工集中学习。（责任单位：县人社局）\n"
        "2.开展疏散演练。指导企业每半年演练一次。（县消防救援大队负责）\n"
        "3.开展运输企业宣传。" + own_lead + "\n"
        "4.建设宣传阵地。设置宣传栏。（县商务局配合）\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("县人社局", R), ("县应急局", L)], [("县消防救援大队", R), ("县应急局", L)],
        [("县交通运输局", L), ("县公安局", S)], [("县商务局", S), ("县应急局", L)]]
    assert any(n.line == 3 and "3. name their own lead and keep it" in n.text for n in plan.readings)


def test_a_parts_labelled_lead_named_by_an_item_in_another_role_keeps_that_role():
    """（一）…（牵头单位：A） over an item naming A itself in another role (B负责，A督促指导): A keeps the item's role,
    not named twice; the part's other items are still led by A."""
    plan = _one(
        "某市民生实事方案\n一、重点任务\n（一）教育民生（牵头单位：市甲局）\n"
        "1.实施校园食品安全守护行动。（市乙局负责，市甲局配合）\n"
        "2.改善学校卫生条件。（市丙委负责）\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("市乙局", R), ("市甲局", S)], [("市丙委", R), ("市甲局", L)]]


def test_a_parts_labelled_lead_over_items_all_naming_their_own_lead_leads_none():
    """（一）…（牵头单位：A） over items each naming a lead of its own: the heading's lead sums up the part, no item takes it."""
    plan = _one(
        "某县防灾宣传活动方案\n一、活动内容\n（一）进企业（牵头单位：县应急局）\n"
        "1.开展安全培训。（县人社局牵头，县总工会配合）\n"
        "2.开展运输企业宣传。县交通运输局会同县公安局负责。\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("县人社局", L), ("县总工会", S)], [("县交通运输局", L), ("县公安局", S)]]


def test_an_article_naming_its_leads_over_measures_naming_their_responsible_units_leads_each():
    """第二条 title。（牵头单位：A、B） over （一）…（责任单位：C） measures: each measure takes A and B as leads."""
    plan = _one(
        "某县安全生产硬措施责任分工\n"
        "第一条　压实企业主体责任。\n"
        "（一）督促企业开展隐患排查。（牵头单位：县应急局；责任单位：县商务局）\n"
        "（二）将企业失信行为纳入信用记录。（牵头单位：县发展和改革局；责任单位：县税务局）\n"
        "第二条　严厉打击非法违法行为。（牵头单位：县应急局、县公安局）\n"
        "（一）严厉打击无证经营、违法分包转包等行为。（责任单位：县自然资源局、县住建局）\n"
        "（二）对拒不执行停产整顿决定的依法停止供电。（责任单位：县供电公司）\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("县应急局", L), ("县商务局", R)], [("县发展和改革局", L), ("县税务局", R)],
        [("县自然资源局", R), ("县住建局", R), ("县应急局", L), ("县公安局", L)],
        [("县供电公司", R), ("县应急局", L), ("县公安局", L)]]
    assert plan.sections[1].title == "严厉打击非法违法行为"


@pytest.mark.parametrize("heading", [
    "（一）协调保障组：由市甲局牵头，市乙局、市丙局参加。",
    "（一）协调保障组：市甲局牵头，市乙局、市丙局配合。",
    "（一）协调保障组:由市甲局牵头,市乙局、市丙局参加。",
    "（一）协调保障组\n由市甲局牵头，市乙局、市丙局参加。",
    "（一）协调保障组。由市甲局牵头，市乙局、市丙局参加。",
])
def test_a_working_groups_heading_naming_its_units_in_a_sentence_covers_its_tasks(heading):
    """（一）X组：由A牵头，B、C参加。 over 1. 2.: a 专班 / 工作组 plan names each group's units in a sentence after its
    name (after a colon, a full stop, or on a line of its own); the numbered lines are the tasks, each the group's,
    and the group is titled by its name."""
    plan = _one(
        "某市节日运输保障方案\n一、工作组及任务\n" + heading + "\n"
        "1.统筹调度运输保障工作。\n2.组织开展督导检查。\n（二）宣传引导组：由市丁局牵头。\n3.发布出行提示。\n")
    assert [(t.label, t.group, t.title) for t in plan.tasks()] == [
        ("1.", "（一）", "统筹调度运输保障工作"), ("2.", "（一）", "组织开展督导检查"), ("3.", "（二）", "发布出行提示")]
    assert [_units(t) for t in plan.tasks()] == [
        [("市甲局", L), ("市乙局", S), ("市丙局", S)], [("市甲局", L), ("市乙局", S), ("市丙局", S)], [("市丁局", L)]]
    assert [g.title for g in plan.sections[0].groups] == ["协调保障组", "宣传引导组"]


@pytest.mark.parametrize("furniture", ["", "— 4 —\n"])
def test_a_working_groups_member_list_wrapped_onto_the_next_line_still_covers_its_duties(furniture):
    """成员单位：A、B、 / C under a 工作组 heading: the member list too long for its line runs on (a page number may
    stand between); the bare continuation is part of the units' line, so the group's units still cover its duties."""
    plan = _one(
        "某市展会安全保障方案\n一、工作组及职责\n（一）宣传组\n牵头单位：市甲部\n"
        "成员单位：市乙办、市丙局、\n" + furniture + "市丁中心\n主要职责：\n"
        "1.统筹做好宣传报道。\n2.加强舆情监测研判。\n")
    assert [t.title for t in plan.tasks()] == ["统筹做好宣传报道", "加强舆情监测研判"]
    assert [_units(t) for t in plan.tasks()] == [[("市甲部", L), ("市乙办", S), ("市丙局", S), ("市丁中心", S)]] * 2


def test_a_working_groups_units_go_to_its_duties_beside_one_naming_its_own():
    """（一）X组 / 牵头单位：A / 成员单位：B、C / 主要职责： over duties, one naming a body of its own: the label lines say who
    the group is, so every duty naming no unit (or only helpers) takes the group's units; a duty naming who answers for
    it keeps its own. A heading that is no working group's name reads the same (its note not the working group's)."""
    def read(heading):
        return _one(
            "某市展会安全保障方案\n一、工作组及职责\n" + heading + "\n牵头单位：市甲办\n成员单位：市乙局、市丙局\n主要职责：\n"
            "1.负责安全保障的统筹协调。\n2.做好涉外事件的联络工作（市丁办负责）。\n3.做好后勤工作（市戊局配合）。\n")
    group = [("市甲办", L), ("市乙局", S), ("市丙局", S)]
    plan = read("（一）综合协调组")
    assert [_units(t) for t in plan.tasks()] == [group, [("市丁办", R)], [("市戊局", S)] + group]
    assert any("工作组的组成单位适用于其名下各项" in r.text for r in plan.readings)
    other = read("（一）统筹协调安全保障")
    assert [_units(t) for t in other.tasks()] == [group, [("市丁办", R)], [("市戊局", S)] + group]
    assert not any("工作组的组成单位" in r.text for r in other.readings)


def test_labels_with_a_small_full_stop_are_labels():
    """1﹒ / 2﹒ (the small full stop U+FE52, as some portals publish a provincial 责任分解): each is a task, its
    label lines below it; read as an ordinary 1. the tasks are not lost into the 一、 heading."""
    plan = _one(
        "某省2030年重点工作及责任分解\n"
        "一、确保完成主要预期目标\n"
        "1﹒全省生产总值增长6%左右。\n"
        "牵头责任单位:省发展改革委。\n"
        "协同责任单位:省财政厅、省统计局等。\n"
        "2﹒进出口总额稳中有升。\n"
        "牵头责任单位:省商务厅。\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "全省生产总值增长6%左右"), (2, "进出口总额稳中有升")]
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("省发展改革委", L), ("省财政厅", S), ("省统计局", S)], [("省商务厅", L)]]


def test_a_middle_dot_after_a_task_number_is_its_stop_and_a_dot_alone_stays_a_bullet():
    """１· / 2· (the middle dot U+00B7 typed or exported where ． was meant): each is a task, one after a ． task too;
    a · with no number before it is a bullet, and a digit after the dot (3·15) makes the number a day's name."""
    plan = _one(
        "某县2030年教育工作要点\n"
        "一．促进学前教育普惠发展\n"
        "(一)扩大普惠资源\n"
        "１·新建公办幼儿园。——责任单位：县甲局\n"
        "２·实施质量提升行动。——责任单位：县乙局\n"
        "3.推进托幼一体化。——责任单位：县丙局\n"
        "4·规范民办园管理。\n"
        "· 开展“3·15”消费提示宣传。\n"
        "——责任单位：县丁局\n"
        "二．保障措施\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [
        (1, "新建公办幼儿园"), (2, "实施质量提升行动"), (3, "推进托幼一体化"), (4, "规范民办园管理")]
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("县甲局", R)], [("县乙局", R)], [("县丙局", R)], [("县丁局", R)]]
    assert "3·15" in plan.tasks()[3].text


def test_what_a_reform_covers_is_framework_text_under_the_general_requirements():
    """一、总体要求 （一）指导思想 （二）改革内容 （三）主要目标: what a 实施方案 covers is said beside why and to what
    end, names no unit, and is no task; the tasks are the items of the next sections."""
    plan = _one(
        "某市项目审批制度改革实施方案\n"
        "一、总体要求\n"
        "（一）指导思想。以改革为动力，构建便捷高效的审批体系。\n"
        "（二）改革内容。改革覆盖从立项到竣工验收的审批全过程。\n"
        "（三）主要目标。年底前审批时间压缩至90个工作日以内。\n"
        "二、统一审批流程\n"
        "（一）精简审批环节。取消不合理的审批事项。（市住房城乡建设局牵头）\n"
        "（二）规范审批事项。统一事项名称和申请材料。（市政务服务中心负责）\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "精简审批环节"), (2, "规范审批事项")]
    assert "改革覆盖从立项到竣工验收的审批全过程" in plan.sections[0].intro


@pytest.mark.parametrize("heading", ["分阶段目标", "阶段目标", "阶段性目标", "年度目标", "分年度目标"])
def test_targets_set_stage_by_stage_are_no_tasks(heading):
    """（二）分阶段目标 1.到2031年底。… 2.到2032年底。…: the goals a 实施方案 sets by stage or year are what the work is
    to reach, not work; read as tasks they would also shift the place number of every unnumbered task after them."""
    plan = _one(
        "某县垃圾分类工作实施方案\n"
        "一、总体要求\n"
        f"（一）{heading}\n"
        "1.到2031年底。城区居民小区分类覆盖率达到100%。\n"
        "2.到2032年底。城乡生活垃圾分类实现全覆盖。\n"
        "二、主要任务\n"
        "1.规范设置投放点。每500户至少设置1个投放点。（县城管局牵头，各乡镇人民政府配合）\n"
        "2.配齐分类运输车辆。杜绝混装混运。（县城管局牵头）\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "规范设置投放点"), (2, "配齐分类运输车辆")]
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("县城管局", L), ("各乡镇人民政府", S)], [("县城管局", L)]]


def test_articles_of_a_set_of_measures_are_the_tasks():
    """若干措施 numbered as articles (第一条 / 第二条　…) under 一、 headings, numbered straight through: each article is a
    task with its 责任单位; an article's own （一） （二）, each with its annotation, are its parts, not tasks; the last
    article, on when the measures take effect and who interprets them, is the plan's closing."""
    plan = _one(
        "某市支持民营经济发展若干措施\n"
        "一、加大政策支持\n"
        "第一条 加大财政支持。每年安排专项资金支持技术改造。（责任单位：市财政局、市工业和信息化局）\n"
        "第二条　保障用地用能。\n"
        "（一）优先保障重大项目用地。（责任单位：市自然资源和规划局）\n"
        "（二）优先保障项目用能指标。（责任单位：市发展改革委）\n"
        "二、优化发展环境\n"
        "第三条 规范涉企执法。推行“综合查一次”。（责任单位：市司法局）\n"
        "第四条 本措施由市发展改革委负责解释，自印发之日起施行。\n")
    assert [(t.number, t.label, t.title) for t in plan.tasks()] == [
        (1, "第一条", "加大财政支持"), (2, "第二条", "保障用地用能"), (3, "第三条", "规范涉企执法")]
    assert [[a.name for a in t.assignments] for t in plan.tasks()] == [
        ["市财政局", "市工业和信息化局"], ["市自然资源和规划局", "市发展改革委"], ["市司法局"]]
    assert plan.closing.startswith("第四条本措施由市发展改革委负责解释")
    assert not any("repeats" in w or "skips" in w for w in plan.warnings)


def test_a_line_opening_with_the_first_of_something_is_no_article():
    """第一条生产线 / 第一条高速公路 in running text is a phrase, not an article label: a label needs a break after 条."""
    from generator.words.labels import label_of

    assert label_of("第一条生产线年内投产。") is None
    assert label_of("第十二条 强化用工保障。").number == 12
    assert label_of("第三条：支持企业上市。").style == "article"


def test_a_last_item_on_the_plan_that_names_units_stays_a_task():
    """5.本方案实施情况纳入年度考核。（市考核办负责）: opening with 本方案 and speaking of 实施, but naming a unit: a duty."""
    plan = _one(
        "某市2030年工作要点\n"
        "一、重点工作\n"
        "1.开展专项整治。（市应急局负责）\n"
        "2.本方案实施情况纳入年度综合考核。（市考核办负责）\n"
        "3.本方案自印发之日起实施。\n")
    assert [(t.number, [a.name for a in t.assignments]) for t in plan.tasks()] == [(1, ["市应急局"]), (2, ["市考核办"])]
    assert plan.closing.startswith("3.本方案自印发之日起实施")


def test_the_stages_of_a_campaign_are_not_tasks():
    """专项整治 plans number their stages like their tasks: 四、阶段安排 （一）动员部署阶段（3月）… naming no unit
    in an annotation. They are the plan's schedule, kept as the section's text; a stage heading elsewhere
    (（一）宣传发动阶段(1月—2月)) is one too, and an annotated item under such a heading stays a task."""
    plan = _one(
        "某县燃气安全专项整治工作方案\n"
        "一、整治任务\n"
        "（一）排查燃气经营企业。逐一检查经营许可。（县住建局牵头，县市场监管局配合）\n"
        "（二）整治餐饮场所用气。推广安装报警装置。（县市场监管局负责）\n"
        "二、阶段安排\n"
        "（一）动员部署阶段（2025年3月1日—3月15日）。各乡镇（街道）、县直有关单位要制定具体方案。\n"
        "（二）集中整治阶段（2025年3月16日—10月31日）。全面开展排查整治。\n"
        "（三）总结提升阶段（11月—12月）。总结经验做法，建立长效机制。\n"
        "三、工作要求\n"
        "（一）加强组织领导。成立工作专班。\n")
    assert [(s.number, [t.number for t in s.tasks]) for s in plan.sections] == [("一", [1, 2]), ("二", []), ("三", [])]
    assert "动员部署阶段" in plan.sections[1].intro and "总结提升阶段" in plan.sections[1].intro
    assert any("is a stage of the campaign" in n.text for n in plan.readings)
    # a stage heading in a section of another name, in a plan that names no unit at all
    plan = _one(
        "某镇2025年创建文明城市工作实施方案\n"
        "一、工作目标\n"
        "全面落实创建工作要求。\n"
        "二、工作措施\n"
        "（一）宣传发动阶段(1月—2月)。制定方案，广泛宣传。\n"
        "（二）第二阶段：集中攻坚（3月—10月）\n"
        "对标整改问题。\n")
    assert plan.tasks() == []
    # a stage item that names units in an annotation reads as a duty: it stays a task
    plan = _one(
        "某县秸秆禁烧工作方案\n"
        "一、实施步骤\n"
        "（一）动员阶段（5月上旬）。制定方案。\n"
        "（二）集中巡查阶段（5月—6月）。开展全天候巡查。（各乡镇人民政府负责）\n")
    assert [(t.number, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [(2, [("各乡镇人民政府", R)])]


def test_a_stage_naming_its_units_in_the_opening_of_its_sentence_is_text():
    """A stage says who does what in running text (县司法局牵头，县直有关部门配合，制定…): units and their verbs opening
    its sentence, the sentence going on with the work, make it no duty; it and the stages after it are the section's
    text. A stage naming its units in a bracket stays a task."""
    plan = _one(
        "某县养犬管理专项整治工作方案\n"
        "一、整治重点\n"
        "（一）清理无证养犬。开展入户登记。（县公安局牵头，县畜牧局配合）\n"
        "（二）整治犬只扰民。受理群众投诉。（县城管局负责）\n"
        "二、实施步骤\n"
        "（一）部署阶段（2030年4月）。县公安局牵头，县直有关部门配合，制定工作方案，召开部署会议。\n"
        "（二）整治阶段（2030年5月—10月）。由县城管局牵头，各乡镇配合，开展集中整治。\n"
        "（三）总结阶段（2030年11月）。各乡镇总结经验做法。\n")
    assert [(s.number, [t.number for t in s.tasks]) for s in plan.sections] == [("一", [1, 2]), ("二", [])]
    assert "部署阶段" in plan.sections[1].intro and "总结阶段" in plan.sections[1].intro
    plan = _one(
        "某县养犬管理专项整治工作方案\n"
        "一、实施步骤\n"
        "（一）部署阶段（2030年4月）。制定工作方案。\n"
        "（二）整治阶段（2030年5月）。开展集中整治。（县城管局牵头，各乡镇配合）\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [(2, [("县城管局", "lead"), ("各乡镇", "support")])]


def test_the_colophon_under_the_last_task_is_not_its_text():
    """A 任务清单 ends on a unit line with no closing punctuation, then the document's colophon
    (抄送：…；…办公室  2025年3月10日印发): the colophon closes the task, its offices are no units of it."""
    plan = _one(
        "某县燃气安全整治任务清单\n"
        "一、燃气使用环节\n"
        "1.开展入户安检。督促燃气企业按规定频次入户。\n"
        "责任单位：县住建局、各乡镇（街道）\n"
        "2.加强宣传。普及安全用气常识。\n"
        "责任单位：县住建局、县直有关单位\n"
        "\n"
        "抄送：县委办公室，县人大常委会办公室，县政协办公室。\n"
        "某县人民政府办公室            2025年3月10日印发\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("县住建局", R), ("各乡镇（街道）", R)], [("县住建局", R), ("县直有关单位", R)]]
    assert "抄送" not in plan.tasks()[-1].text and "抄送" in plan.closing


@pytest.mark.parametrize("label", ["抄　　送：", "抄  送：", "主　　送：", "印　　发："])
def test_a_colophon_label_padded_to_four_characters_is_the_colophon(label):
    """A 版记 or an OA system's export pads the colophon's two-character labels to four characters' width (抄　　送：,
    主　　送：, 印　　发：): the same colophon, its offices no units of the last task (before: they were read as units
    responsible for it, the unpadded 抄送： alone closing the task)."""
    plan = _one(
        "某镇河道保洁工作方案\n"
        "一、重点任务\n"
        "1.清理河道垃圾。（镇水利站牵头，各村配合）\n"
        "2.整治入河排口。\n"
        "责任单位：镇环保办\n"
        f"{label}镇党委办公室，镇人大主席团，镇纪委。\n"
        "印发机关：某镇人民政府办公室\n")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("镇水利站", L), ("各村", S)], [("镇环保办", R)]]


def test_a_towns_opening_items_on_why_and_to_what_end_are_not_tasks():
    """A town's 实施意见 opens its first part with why the work matters and to what end, numbered like tasks:
    1、充分认识…的重要性 2、指导思想 3、奋斗目标. They name no unit and are the section's text; the duties follow."""
    plan = _one(
        "某乡2025年安全生产工作实施方案\n"
        "一、强化认识，明确目标\n"
        "1、充分认识安全生产工作的重要性和紧迫性\n"
        "各村要把安全生产作为长期任务，常抓不懈。\n"
        "2、指导思想\n"
        "坚持安全第一、预防为主。\n"
        "3、奋斗目标\n"
        "年内无较大事故发生。\n"
        "二、重点工作\n"
        "4、开展隐患排查。全面排查整治。（乡安监站负责）\n")
    assert [(t.number, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [(4, [("乡安监站", R)])]
    assert "重要性和紧迫性" in plan.sections[0].intro and "奋斗目标" in plan.sections[0].intro


def test_a_list_of_attachments_after_the_last_task_is_closing_text():
    """A town plan closes with what it attaches (附件：1.安全隐患排查台账 / 2.安全生产责任书): the list closes the last
    task, whose unit line has no closing punctuation, and its entries numbered 2. 3. are no tasks."""
    plan = _one(
        "某镇2025年安全生产工作要点\n"
        "一、重点工作\n"
        "1.开展隐患排查。全面排查。\n"
        "责任单位：镇应急办、各村（社区）\n"
        "2.加强宣传。开展宣传。\n"
        "责任单位：镇宣传办\n"
        "附件：1.安全隐患排查台账\n"
        "2.安全生产责任书\n"
        "3.应急值守表\n"
        "某镇人民政府\n"
        "2025年2月26日\n")
    assert [(t.number, [a.name for a in t.assignments]) for t in plan.tasks()] == [
        (1, ["镇应急办", "各村（社区）"]), (2, ["镇宣传办"])]
    assert "安全生产责任书" in plan.closing and "附件" not in plan.tasks()[-1].text
    # a numbered line after the list that is a paragraph of its own (a sentence) is not taken into it
    plan = _one(
        "某镇2025年安全生产工作要点\n"
        "附件：1.安全隐患排查台账\n"
        "一、重点工作\n"
        "1.开展隐患排查。全面排查。（镇应急办负责）\n"
        "2.加强宣传。开展宣传。（镇宣传办负责）\n")
    assert [t.number for t in plan.tasks()] == [1, 2]
    # an attachment named inside a task, its unit line below: not the closing, the units are the task's
    plan = _one(
        "某镇2025年工作要点\n"
        "一、重点工作\n"
        "1.开展隐患排查。全面排查，填写排查表。\n"
        "附件：隐患排查表\n"
        "责任单位：镇应急办\n"
        "2.加强宣传。开展宣传。\n"
        "责任单位：镇宣传办\n")
    assert [[a.name for a in t.assignments] for t in plan.tasks()] == [["镇应急办"], ["镇宣传办"]]


# ---- whole-document shapes (round 3) ------------------------------------------------------------------


def test_articles_numbered_through_chapters_are_the_tasks():
    """Measures written as articles: 第一章 总则 (purpose, scope), chapters and 第一节 over 第三条 … numbered through
    the document, 附则 closing it. The articles with duties are the tasks; 总则 and 附则 articles are its text."""
    plan = _one(
        "某市促进某某产业发展若干措施\n"
        "第一章　总　　则\n"
        "第一条　为加快某某产业发展，结合本市实际，制定本措施。\n"
        "第二条　本措施适用于本市登记注册的企业。\n"
        "第二章　支持创新\n"
        "第一节　研发\n"
        "第三条　支持建设研发中心。给予一次性奖励50万元。（责任单位：市科技局、市财政局）\n"
        "第四条　支持技术攻关。最高支持100万元。\n"
        "（市科技局牵头，市工信局配合）\n"
        "第二节　应用\n"
        "第五条　推广首台套产品。按售价15%给予奖励。（责任单位：市工信局）\n"
        "第三章　附　　则\n"
        "第六条　本措施由市工信局负责解释。\n"
        "第七条　本措施自印发之日起施行。\n")
    assert [(t.number, t.label, t.title) for t in plan.tasks()] == [
        (3, "第三条", "支持建设研发中心"), (4, "第四条", "支持技术攻关"), (5, "第五条", "推广首台套产品")]
    assert [(s.number, s.title) for s in plan.sections][:2] == [("一", "总  则"), ("二", "支持创新")]
    assert [g.title for g in plan.sections[1].groups] == ["研发", "应用"]
    assert _units(plan.tasks()[1]) == [("市科技局", "lead"), ("市工信局", "support")]
    assert not any("sequence" in w for w in plan.warnings)


def test_the_measure_word_tiao_and_chapters_over_sections_are_not_articles():
    """第一条生产线 is a production line, not an article; chapters over 一、 sections stay part headings."""
    plan = _one(
        "某县2030年工业发展工作要点\n"
        "第一章 工业经济\n"
        "一、壮大主导产业\n"
        "1.建成投产第一条生产线。（责任单位：县工信局）\n"
        "2.新建标准厂房。（责任单位：县住建局）\n"
        "第二章 要素保障\n"
        "二、保障用地\n"
        "3.盘活低效用地。（责任单位：县自然资源局）\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "建成投产第一条生产线"), (2, "新建标准厂房"), (3, "盘活低效用地")]
    assert [s.number for s in plan.sections] == ["一", "二"]


def test_a_section_heading_broken_over_two_lines_is_one_heading():
    """二、提升经济调节、市场监管等数字化 / 履职能力: the short unpunctuated second half before the next numbered line
    completes the heading; a short line after a short heading (（三）工作目标 / 全年无事故) stays text."""
    plan = _one(
        "某市2030年数字政府建设工作要点\n"
        "一、推进经济调节、市场监管、社会管理等数字化\n"
        "履职能力\n"
        "1.建设监测平台。汇聚部门数据。（责任单位：市发改委）\n"
        "2.推进信用监管。健全信用平台。（责任单位：市市场监管局）\n"
        "二、加强安全\n"
        "3.开展攻防演练。每年一次。（责任单位：市公安局）\n")
    assert [s.title for s in plan.sections] == ["推进经济调节、市场监管、社会管理等数字化履职能力", "加强安全"]
    assert [t.number for t in plan.tasks()] == [1, 2, 3]
    plan = _one(
        "某镇2030年安全工作计划\n"
        "一、工作目标\n"
        "全年无较大事故\n"
        "二、重点任务\n"
        "1.开展隐患排查。（责任单位：镇安监办）\n")
    assert plan.sections[0].title == "工作目标"


def test_a_whole_document_without_line_breaks_is_not_its_own_title():
    """A plan copied from a page that lost every line break: no title head can be cut from the one line, so the
    line is the plan's text (titled by its file), not its title; parts, sections and tasks are found inside it,
    第二部分 starting the numbering again, and the sequence picks up after a skipped number (2. then 4.)."""
    plan = _one(
        "某区人民政府办公室关于印发某区2030年数字化建设要点的通知各街道办事处，区政府各部门：现将要点印发给你们，"
        "请认真贯彻落实。第一部分 总体要求一、指导思想以新发展理念为引领，推动全区数字化建设。二、基本原则"
        "1.坚持统筹。统一规划建设。2.坚持安全。筑牢安全防线。第二部分 重点任务一、提升政务服务"
        "1.推进一网通办。新增集成服务20项。（区政务服务局牵头，区公安分局配合）"
        "2.推进跨省通办。新增事项30项。（责任单位：区政务服务局）"
        "4.建设监测平台。汇聚部门数据。（责任单位：区发改局、区统计局）二、夯实基础支撑"
        "5.推进政务云建设。上云率达到90%。（区大数据中心负责）", source="shape.txt")
    assert plan.title == "shape"
    assert [(t.number, t.title) for t in plan.tasks()] == [
        (1, "推进一网通办"), (2, "推进跨省通办"), (4, "建设监测平台"), (5, "推进政务云建设")]
    assert _units(plan.tasks()[0]) == [("区政务服务局", "lead"), ("区公安分局", "support")]


def test_articles_and_chapters_without_line_breaks():
    """第二章␣ and 第三条␣ (the space after them kept) are labels wherever they stand in a run-on text, in sequence."""
    plan = _one(
        "某市促进某某产业发展若干措施第一章　总则第一条　为加快某某产业发展，制定本措施。第二章　支持创新"
        "第二条　支持建设研发中心。给予一次性奖励50万元。（责任单位：市科技局）第三条　支持技术攻关，"
        "建成第一条生产线的给予奖励。（市科技局牵头，市工信局配合）第三章　附则第四条　本措施自印发之日起施行。")
    assert [(t.number, t.title) for t in plan.tasks()] == [(2, "支持建设研发中心"), (3, "支持技术攻关，建成第一条生产线的给予奖励")]
    assert [s.title for s in plan.sections] == ["总则", "支持创新", "附则"]


def test_items_stating_the_documents_purpose_scope_and_terms_are_its_text():
    """第一条 为…，制定本规定 / 第二条 本规定所称… open rules and measures (no chapters here): they assign no duty;
    an article after them is a task, its （一） sub-points on lines of their own, so its title ends before them."""
    plan = _one(
        "某市道路运输安全管理规定\n"
        "第一条 为加强道路运输安全管理，结合本市实际，特制定本规定。\n"
        "第二条 本规定所称运输企业，是指从事道路客货运输的企业。\n"
        "第三条 运输企业的安全管理职责\n"
        "（一）建立安全生产责任制；\n"
        "（二）定期检查车辆。\n"
        "第四条 交通运输部门负责日常监督检查。（责任单位：市交通运输局）\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [(3, "运输企业的安全管理职责"), (4, "交通运输部门负责日常监督检查")]
    assert not any("sequence" in w for w in plan.warnings)
    plan = _one(  # a duty that opens with 为… but makes no document is a task
        "某县2030年工作要点\n"
        "一、稳定增长\n"
        "1.为稳定经济增长，县发改局要加强运行调度。（责任单位：县发改局）\n")
    assert [t.number for t in plan.tasks()] == [1]


def test_a_title_broken_over_two_lines_as_the_notice_quotes_it_is_one_title():
    """The notice names the plan in 《》; the plan's own title set over two lines, broken where a hand chose."""
    plan = _one(
        "某区人民政府办公室印发《某区全力打响“某某服务”品牌加快建设“国际某区”三年行动计划》的通知\n"
        "某区全力打响“某某服务”品牌\n"
        "加快建设“国际某区”三年行动计划\n"
        "一、提升服务\n"
        "1.建设服务平台。（责任单位：区商务委）\n")
    assert plan.title == "某区全力打响“某某服务”品牌加快建设“国际某区”三年行动计划"
    assert [t.number for t in plan.tasks()] == [1]


def test_a_headings_annotation_broken_over_two_lines_still_covers_its_items():
    """（三）提升治理水平（区委 / 政法委牵头，区公安分局配合） then 11. 12. naming no unit: the page broke the line inside
    the heading's bracket; the two lines are the heading, and its units cover the items under it."""
    plan = _one(
        "某区2030年数字政府建设工作要点\n"
        "一、提升治理能力\n"
        "（一）提升监管能力\n"
        "1.推进信用监管。健全信用平台。（责任单位：区发改局）\n"
        "2.推进智慧监管。建设监管平台。（责任单位：区市场监管局）\n"
        "（二）提升社会治理数字化水平（区委\n"
        "政法委牵头，区公安分局配合）\n"
        "3.深化雪亮工程。推进视频联网。\n"
        "4.建设网格平台。整合基层数据。\n")
    assert [t.number for t in plan.tasks()] == [1, 2, 3, 4]
    assert _units(plan.tasks()[3]) == [("区委政法委", "lead"), ("区公安分局", "support")]


def test_a_page_chunk_that_starts_right_after_an_items_label():
    """A document-sharing page cut by length just after a label (…以上： （1） / 3、优化…): the line before stops mid-item,
    so the 3、 is the page's number, not an item."""
    plan = _one(
        "1、某镇2030年工作要点 一、提升服务 1.提升办事能力。推动高频事项掌上办，移动端可办事项达到800项以上，"
        "具体做法是：一是优化服务专区；二是接入公共服务事项；三是建立服务评价机制，形成闭环。 （1）\n"
        "2、优化服务专区，上线全生命周期服务。（责任单位：镇便民服务中心） 2.扩大通办范围。新增通办事项30项，"
        "与周边乡镇签订合作协议，推动更多事项跨区域办理，方便群众就近办事。（责任单位：镇党政办）\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "提升办事能力"), (2, "扩大通办范围")]
    assert _units(plan.tasks()[0]) == [("镇便民服务中心", "responsible")]


def test_the_items_of_a_closing_safeguard_part_are_text():
    """第二部分 重点任务 一、二、 (the tasks) / 第三部分 保障措施 一、二、 naming no unit: how the plan is carried out."""
    plan = _one(
        "某市2030年优化营商环境工作方案\n"
        "第一部分 总体要求\n"
        "持续优化营商环境。\n"
        "第二部分 重点任务\n"
        "一、提升开办企业便利度。压缩至1个工作日。（牵头单位：市市场监管局）\n"
        "二、提升获得电力便利度。压缩至5个工作日。（责任单位：市供电公司）\n"
        "第三部分 保障措施\n"
        "一、加强组织领导。成立工作专班。\n"
        "二、强化宣传引导。\n")
    assert [(t.label, t.title) for t in plan.tasks()] == [("一、", "提升开办企业便利度"), ("二、", "提升获得电力便利度")]
    assert "加强组织领导" in plan.sections[-1].closing
    assert not plan.warnings


def test_a_schedules_closing_requirements_of_those_taking_part_are_text():
    """A 学习计划 / 培训计划 / 演练计划 closes with what it asks of those taking part (四、学习要求 （一）…（二）…),
    naming no unit: the closing part, as 工作要求 is, not tasks numbered over the sessions'."""
    plan = _one(
        "某市2030年培训计划\n"
        "一、培训安排\n"
        "1.举办甲类业务培训班。（承办单位：市甲局）\n"
        "2.举办乙类业务培训班。（承办单位：市乙局）\n"
        "二、培训要求\n"
        "（一）严格考勤管理。学员不得无故缺席。\n"
        "（二）注重学用结合。撰写心得体会。\n")
    assert [(t.label, t.title) for t in plan.tasks()] == [("1.", "举办甲类业务培训班"), ("2.", "举办乙类业务培训班")]
    assert "严格考勤管理" in plan.sections[-1].intro + plan.sections[-1].closing


def test_a_closing_part_on_carrying_out_the_plans_own_work_is_text():
    """A 深改委 or campaign plan closes with the carrying out of its own kind of work (抓好改革落实, 狠抓整治落实): the
    same closing part as 保障措施 when none of its items names a unit, not tasks numbered over the plan's."""
    plan = _one(
        "某市2030年改革工作要点\n"
        "一、经济体制改革\n"
        "1.深化甲类改革。推进战略性重组。\n"
        "牵头单位：市甲委\n"
        "参与单位：市乙局\n"
        "二、抓好改革落实\n"
        "（一）加强组织领导。各专项小组要发挥统筹作用。\n"
        "（二）强化责任落实。要逐项抓好落实。\n")
    assert [(t.label, t.title, _units(t)) for t in plan.tasks()] == [("1.", "深化甲类改革", [("市甲委", L), ("市乙局", S)])]
    assert "加强组织领导" in plan.sections[-1].intro + plan.sections[-1].closing


def test_an_annotation_line_beginning_with_yishang_covers_the_items_above_it():
    """（以上由X牵头，Y落实） on a line of its own after items naming no unit: each of them takes its units, and 以上由
    is no part of a unit's name; an item above that names its own units keeps them."""
    plan = _one(
        "某县2030年防汛工作要点\n"
        "一、压实防汛责任\n"
        "1.落实行政首长负责制。（责任单位：县政府办）\n"
        "2.明确包保责任人。\n"
        "3.开展汛前检查。\n"
        "（以上由县防指办牵头，各乡镇人民政府落实）\n"
        "二、强化工程措施\n"
        "4.加固病险水库。（责任单位：县水利局）\n")
    expected = [("县防指办", "lead"), ("各乡镇人民政府", "implement")]
    assert [_units(t) for t in plan.tasks()] == [[("县政府办", "responsible")], expected, expected, [("县水利局", "responsible")]]


def test_a_label_line_counting_the_items_above_it_covers_that_many():
    """以上两项责任单位：X；配合单位：Y / （以上两项）责任单位：X on a line of its own: the scope glued before the first
    label hides no label, and the line covers the count it names (the item it closes among them), not every item
    above naming no unit; the reading report says which items it covered."""
    from generator.parse.records import readings
    for scope in ("以上两项", "（以上两项）"):
        plan = _one(
            "某县2030年档案工作方案\n"
            "一、重点任务\n"
            "1.清点馆藏档案。逐卷核对。\n"
            "2.补齐目录。编制案卷目录。\n"
            "3.规范档案借阅。建立借阅登记制度。\n"
            f"{scope}责任单位：县档案馆、各乡镇人民政府；配合单位：县甲局\n"
            "4.改善库房条件。配备防火设备。\n"
            "责任单位：县财政局\n")
        shared = [("县档案馆", R), ("各乡镇人民政府", R), ("县甲局", S)]
        assert [_units(t) for t in plan.tasks()] == [[], shared, shared, [("县财政局", R)]]
        assert any("covers items 2." in r for r in readings(plan))


def test_a_sentence_line_speaking_for_the_items_above_covers_them():
    """以上2项由X牵头，Y配合。 / 以上任务由X牵头，Y配合。 on a line of its own, no bracket: the 由-clause read from its
    first unit on still speaks for the items above naming no unit, as the label and bracket forms do."""
    for scope in ("以上2项由", "以上两项由", "以上任务由"):
        plan = _one(
            "某县2030年档案工作方案\n"
            "一、重点任务\n"
            "1.清点馆藏档案。逐卷核对。\n"
            "2.补齐目录。编制案卷目录。\n"
            f"{scope}县档案馆牵头,县甲局配合。\n"
            "3.改善库房条件。配备防火设备。(县财政局负责)\n")
        shared = [("县档案馆", "lead"), ("县甲局", S)]
        assert [_units(t) for t in plan.tasks()] == [shared, shared, [("县财政局", R)]], scope


def test_a_covering_label_written_over_two_lines_covers_the_items_above():
    """以上2项牵头单位：X / 配合单位：Y: the covering label split over two lines as an item's own labels are; both
    lines speak for the items above naming no unit, not the second for the last item only."""
    plan = _one(
        "某县2030年档案工作方案\n"
        "一、重点任务\n"
        "1.清点馆藏档案。逐卷核对。\n"
        "2.补齐目录。编制案卷目录。\n"
        "以上2项牵头单位:县档案馆\n"
        "配合单位:县甲局\n"
        "3.改善库房条件。配备防火设备。\n"
        "牵头单位:县财政局\n")
    shared = [("县档案馆", "lead"), ("县甲局", S)]
    assert [_units(t) for t in plan.tasks()] == [shared, shared, [("县财政局", "lead")]]


def test_an_items_own_label_line_before_the_covering_line_stays_its_own():
    """配合单位：Y (no stop) on the last item, then 以上2项由X牵头。 / 以上2项牵头单位：X: the label's list does not run
    on into the covering line; the item keeps its helper and takes the covering units, as the item above does."""
    for closing in ("以上2项由县档案馆牵头。", "以上2项牵头单位:县档案馆"):
        plan = _one(
            "某县2030年档案工作方案\n"
            "一、重点任务\n"
            "1.清点馆藏档案。逐卷核对。\n"
            "2.补齐目录。编制案卷目录。\n"
            "配合单位:县甲局\n"
            f"{closing}\n"
            "3.改善库房条件。配备防火设备。\n"
            "牵头单位:县财政局\n")
        assert [_units(t) for t in plan.tasks()] == [
            [("县档案馆", "lead")], [("县甲局", S), ("县档案馆", "lead")], [("县财政局", "lead")]], closing


def test_a_label_line_counting_more_items_than_name_no_unit_warns():
    """以上三项责任单位：X after one item naming its own units: the line covers the items above naming none and the
    reader says the count does not fit."""
    plan = _one(
        "某县2030年档案工作方案\n一、重点任务\n1.清点馆藏档案。\n责任单位：县乙局\n2.补齐目录。\n3.规范借阅。\n"
        "以上三项责任单位：县档案馆\n")
    assert [_units(t) for t in plan.tasks()] == [[("县乙局", R)], [("县档案馆", R)], [("县档案馆", R)]]
    assert any("counted 三项" in w for w in plan.warnings)


def test_a_covering_line_listing_units_respectively_pairs_them_with_its_items():
    """（以上2项，A、B分别负责，C配合） after two items: 分别 (respectively) gives the first unit the first item and the
    second the second, the helper both; a list of another length than the items pairs nothing (every item every unit)."""
    text = ("某市2030年电梯排查方案\n一、重点任务\n"
            "1.住宅电梯排查。重点排查老旧电梯维保。\n"
            "2.车站电梯排查。重点排查自动扶梯。\n"
            "（以上2项，{}分别负责，市丁局配合）\n")
    plan = _one(text.format("市甲局、市乙局"))
    assert [_units(t) for t in plan.tasks()] == [[("市甲局", R), ("市丁局", S)], [("市乙局", R), ("市丁局", S)]]
    every = [("市甲局", R), ("市乙局", R), ("市丙局", R), ("市丁局", S)]
    assert [_units(t) for t in _one(text.format("市甲局、市乙局、市丙局")).tasks()] == [every, every]
    # collectives of places or levels each do their share of every item: no pairing
    levels = [("各乡镇卫生院", R), ("各村卫生室", R), ("市丁局", S)]
    assert [_units(t) for t in _one(text.format("各乡镇卫生院、各村卫生室")).tasks()] == [levels, levels]


def test_targets_closed_by_one_line_of_units_are_tasks():
    """A 规划's 任务分工 lists a field's 主要目标 naming no unit and closes them with 以上目标责任单位：A、B (or 以上指标):
    the line says whose targets they are, so each target is a task with its units, not the field's frame; a
    target list no line gives units stays the field's text."""
    for kind in ("目标", "指标"):
        plan = _one(
            "某市妇女发展规划实施方案任务分工\n"
            "一、妇女与教育\n"
            "（一）主要目标\n"
            "1.学前教育毛入园率达到95%以上。\n"
            "2.高中阶段教育毛入学率达到97%以上。\n"
            f"以上{kind}责任单位：市甲局、市乙局\n"
            "（二）策略措施\n"
            "1.保障女童平等接受义务教育。（市甲局负责，市丙局配合）\n"
            "二、妇女与经济\n"
            "（一）主要目标\n"
            "1.女性就业人员占比保持在45%左右。\n"
            "（二）策略措施\n"
            "1.促进妇女创新创业。（市丁局负责）\n")
        shared = [("市甲局", R), ("市乙局", R)]
        assert [(t.title, _units(t)) for t in plan.tasks()] == [
            ("学前教育毛入园率达到95%以上", shared), ("高中阶段教育毛入学率达到97%以上", shared),
            ("保障女童平等接受义务教育", [("市甲局", R), ("市丙局", S)]), ("促进妇女创新创业", [("市丁局", R)])]
        assert "女性就业人员占比" in plan.sections[1].groups[0].text


def test_a_counted_line_under_targets_keeps_only_the_targets_it_counts():
    """以上两项责任单位：X closing three 主要目标 naming no unit: the two it counts are tasks, the first stays frame."""
    plan = _one(
        "某市妇女发展规划实施方案任务分工\n一、妇女与教育\n（一）主要目标\n1.入园率达到95%以上。\n"
        "2.入学率达到97%以上。\n3.女性科技人才比例提高。\n以上两项责任单位：市甲局\n（二）策略措施\n"
        "1.保障女童接受义务教育。（市甲局负责）\n")
    assert [(t.title, _units(t)) for t in plan.tasks()] == [
        ("入学率达到97%以上", [("市甲局", R)]), ("女性科技人才比例提高", [("市甲局", R)]),
        ("保障女童接受义务教育", [("市甲局", R)])]


def test_a_task_in_two_paragraphs_each_closed_by_its_label_line():
    """A task written as two paragraphs, each closed by its own label line: the second paragraph (对…，…。, its first
    words ending like a body's, 问题企业) is a sentence of the task, not the rest of the first label's last unit."""
    plan = _one(
        "某县2030年档案工作方案\n"
        "一、重点任务\n"
        "　　1.开展档案安全检查。每半年检查一次档案库房。\n"
        "　　责任单位：县档案馆；配合单位：县甲局\n"
        "　　对检查发现隐患的企业，按程序督促整改。\n"
        "　　责任单位：县档案馆；配合单位：各乡镇人民政府\n"
        "　　2.加强档案执法。每年开展一次执法检查。\n"
        "　　责任单位：县档案馆\n")
    first = plan.tasks()[0]
    assert _units(first) == [("县档案馆", R), ("县甲局", S), ("县档案馆", R), ("各乡镇人民政府", S)]
    assert "\n对检查发现隐患的企业，按程序督促整改。\n" in first.text


def test_an_item_after_a_label_clause_in_text_without_line_breaks():
    """Text that lost its line breaks, an item's units on a label line with no stop (…责任单位：区统计局2.推进…): the
    next number of the sequence right after the label's units starts the next item."""
    plan = _one(
        "某区2030年统计工作要点 一、夯实基础1.开展经济普查。做好普查登记和数据审核工作，确保数据质量。"
        "责任单位：区统计局2.推进统计执法。开展统计执法检查，依法查处统计造假行为。（责任单位：区统计局、区司法局）"
        "3.加强队伍建设。开展业务培训两次以上。（责任单位：区统计局）")
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "开展经济普查"), (2, "推进统计执法"), (3, "加强队伍建设")]
    assert _units(plan.tasks()[0]) == [("区统计局", "responsible")]


def test_a_units_sentence_on_a_line_of_its_own_after_each_item_or_under_a_group_heading():
    """`区X局牵头，各街道配合。` on a line of its own, without brackets, after each numbered item (the last one at the
    section's end too) or under a group heading before its items: it is the units' sentence of the item above
    (or of every item under the heading), not text closing the section."""
    (plan,) = parse_text("某区2025年工作要点\n一、重点任务\n（一）加强统筹\n1.建立工作机制。定期召开会议。\n"
                         "区X局牵头，各街道配合。\n2.完善考核办法。制定考核细则。\n责任单位：区Y部\n"
                         "（二）强化保障\n1.加强用地保障。优先保障用地。\n区Z局负责。\n2.加强资金保障。统筹资金。\n"
                         "区财政局负责。\n二、保障措施\n加强组织领导。\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [
        (1, [("区X局", L), ("各街道", S)]), (2, [("区Y部", R)]), (1, [("区Z局", R)]), (2, [("区财政局", R)])]
    (plan,) = parse_text("某区2025年工作要点\n一、重点任务\n（一）加强统筹\n区X局牵头，各街道配合。\n"
                         "1.建立工作机制。定期召开会议。\n2.完善考核办法。制定考核细则。\n"
                         "（二）强化保障\n1.加强用地保障。优先保障用地。（区Z局负责）\n2.加强资金保障。统筹资金。（区财政局负责）\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [
        (1, [("区X局", L), ("各街道", S)]), (2, [("区X局", L), ("各街道", S)]), (1, [("区Z局", R)]), (2, [("区财政局", R)])]


def test_the_work_of_a_bureaus_plan_set_out_by_month_is_its_calendar_not_tasks():
    """A bureau's or a school's own 工作计划 closes with its work by month (五、月度工作安排 一月份：1.… 2.…),
    numbered afresh under each month and naming no unit: the same work as its tasks, set out as a calendar,
    kept as the section's text. An item there that names units in an annotation stays a task."""
    plan = _one(
        "某县卫生健康局2025年工作计划\n"
        "一、重点工作\n"
        "1.推进医共体建设。完善运行机制。责任股室：医政医管股\n"
        "2.加强公共卫生服务。做好慢病管理。责任股室：疾控股\n"
        "二、月度工作安排\n"
        "一月份：\n"
        "1.召开全县卫生健康工作会议；\n"
        "2.做好春节期间医疗保障。\n"
        "二月份：\n"
        "1.开展春季传染病防控。\n")
    assert [(s.number, [t.number for t in s.tasks]) for s in plan.sections] == [("一", [1, 2]), ("二", [])]
    assert "召开全县卫生健康工作会议" in plan.sections[1].intro
    plan = _one(
        "某区教育局2025年工作要点\n"
        "一、重点任务\n"
        "（一）推进集团化办学。组建教育集团。（基础教育科负责）\n"
        "二、季度工作安排\n"
        "（一）第一季度。开展开学检查。\n"
        "（二）第二季度。组织中考。（招生考试中心负责）\n")
    assert [(s.number, [t.number for t in s.tasks]) for s in plan.sections] == [("一", [1]), ("二", [2])]


def test_a_review_of_the_past_years_work_is_not_tasks():
    """An office's 2024年工作总结和2025年工作要点 (a street's 工作总结暨工作计划) numbers what was done like the tasks
    of its plan part: the items of a section (or group) titled as a review of past work are its text; an item
    there that names units in an annotation stays a task."""
    plan = _one(
        "某市卫生健康委员会2024年工作总结和2025年工作要点\n"
        "现就2024年工作总结如下，并提出2025年工作要点。\n"
        "一、2024年工作总结\n"
        "（一）医改持续深化。全年建成医共体5个。\n"
        "（二）公共卫生能力提升。完成疫苗接种10万剂次。\n"
        "二、2025年工作要点\n"
        "（一）深化医药卫生体制改革。推进医共体建设。（体改处负责）\n"
        "（二）加强人才队伍建设。引进高层次人才。\n")
    assert [(s.number, [t.number for t in s.tasks]) for s in plan.sections] == [("一", []), ("二", [1, 2])]
    assert "医改持续深化" in plan.sections[0].intro
    assert any("reviews work done" in n.text for n in plan.readings)
    plan = _one(
        "某街道2024年工作总结暨2025年工作计划\n"
        "一、2024年工作推进情况\n"
        "（一）不断夯实党建基础\n"
        "1.组织理论学习43次。\n"
        "2.完成社区两委换届。\n"
        "二、2025年工作计划\n"
        "1.深化党建引领。（党建办负责）\n")
    assert [t.number for t in plan.tasks()] == [1]
    # a report of work done: what was done and what fell short are its review, what it plans next its tasks
    plan = _one(
        "县教育局办公室2025年上半年工作总结\n"
        "一、主要工作情况\n"
        "（一）强化统筹协调。组织会议23次。\n"
        "二、存在的问题\n"
        "（一）督办力度不够。\n"
        "三、下半年工作打算\n"
        "（一）加强督查督办。建立台账。（督查室负责）\n"
        "（二）提升文稿质量。\n")
    assert [(s.number, [t.number for t in s.tasks]) for s in plan.sections] == [("一", []), ("二", []), ("三", [1, 2])]


def test_a_review_item_naming_who_did_the_work_in_a_clause_is_no_task():
    """A 工作总结 says who did the work with the clause a plan uses for a duty (由X牵头，Y配合，完成…), but the sentence
    goes on with what was done: the review's narration, not a task (nor are the items after it). A clause going on
    with what is to be done (X牵头，Y配合，推进…) still names a duty under the same heading."""
    plan = _one(
        "某县林业局2031年工作总结和2032年工作计划\n"
        "一、2031年工作总结\n"
        "（一）造林绿化稳步推进。由造林股牵头，各林业站配合，完成人工造林3.1万亩。\n"
        "（二）森林防火形势平稳。防火股牵头，县消防救援大队配合，开展了防火专项检查。\n"
        "（三）林长制全面落实。林长办组织开展了巡林活动。\n"
        "二、2032年工作计划\n"
        "（一）推进国土绿化。完成造林3万亩。（责任股室：造林股）\n")
    assert [(s.number, [t.number for t in s.tasks]) for s in plan.sections] == [("一", []), ("二", [1])]
    assert "造林绿化稳步推进" in plan.sections[0].intro
    plan = _one(
        "某县林业局2031年工作总结和2032年工作计划\n"
        "一、2031年工作总结\n"
        "（一）造林绿化稳步推进。由造林股牵头，各林业站配合，推进人工造林。\n"
        "二、2032年工作计划\n"
        "（一）推进国土绿化。完成造林3万亩。（责任股室：造林股）\n")
    assert [(s.number, [t.number for t in s.tasks]) for s in plan.sections] == [("一", [1]), ("二", [1])]


def test_a_bare_review_item_after_a_review_group_keeps_its_place():
    """A review section mixes groups with sub-points ((一)… 1. 2.) and bare paragraphs of the same rank; one naming
    who did the work (防火股牵头，…配合，开展了…) reads as an item, then as review text: it keeps its place after the
    groups before it (the section's intro stands above every group: read there, its text came before theirs and the
    check lost a line)."""
    from generator.commands.check import lost_text
    from generator.parse import parse_plans
    from generator.source.read import read_page
    text = ("某县林业局2031年工作总结和2032年工作计划\n"
            "一、2031年工作总结\n"
            "（一）造林绿化稳步推进\n1.完成人工造林3.1万亩。\n2.完成森林抚育2万亩。\n"
            "（二）林长制全面落实\n全年组织巡林活动120次。\n"
            "（三）森林防火形势平稳\n防火股牵头，县应急管理局、县消防救援大队配合，开展了防火专项检查。\n"
            "（四）自身建设不断加强\n办公室完成了机关内部管理制度汇编。\n"
            "二、2032年工作计划\n"
            "（一）推进国土绿化\n1.完成造林3万亩。（责任股室：造林股）\n2.开展森林抚育。（责任股室：营林股）\n")
    ((pt, plan),) = parse_plans(read_page(text, "plan.txt"))
    review = plan.sections[0]
    assert review.tasks == [] and review.intro == ""
    assert [(g.label, g.title) for g in review.groups] == [
        ("（一）", "造林绿化稳步推进"), ("（二）", "林长制全面落实"), ("（三）", "森林防火形势平稳"), ("（四）", "自身建设不断加强")]
    assert lost_text(pt, plan) is None
    assert [t.number for t in plan.tasks()] == [1, 2]


def test_the_target_figures_stated_before_an_actions_measures_are_not_a_task():
    """A department's 工作要点 states, under each action, the figures it aims at (1.主要目标指标。人均预期寿命达…)
    before the measures: what the work is to reach, naming no unit, not a task."""
    plan = _one(
        "某省2025年卫生健康工作要点\n"
        "一、实施全民健康促进行动\n"
        "（一）健康促进\n"
        "1.主要目标指标。人均预期寿命达82.4岁，居民健康素养水平达39%以上。\n"
        "2.深化爱国卫生运动。开展城乡环境整治。（爱卫办负责）\n"
        "3.推进健康城市建设。（规划处负责）\n")
    assert [t.number for t in plan.tasks()] == [2, 3]


def test_a_part_counted_out_in_one_paragraph_beside_numbered_parts_is_a_task():
    """A town's 工作计划 sets some parts out as numbered items ((二)加强组织建设 1.… 2.…) and says another in one
    paragraph under its heading, counted out (（一）加强理论学习 一是…；二是…): that part is one task, as its
    neighbours' items are, with no annotation anywhere. A heading over a paragraph that counts nothing out
    stays a heading with its text."""
    plan = _one(
        "某镇2025年党建工作计划\n"
        "一、工作要点\n"
        "（一）加强理论学习\n"
        "一是深入学习党的二十大精神；二是落实党课制度，每季度至少一次。\n"
        "（二）加强组织建设\n"
        "1.落实党建工作责任制。严格述职评议。\n"
        "2.坚持“三会一课”制度。按时开好组织生活会。\n"
        "（三）其他事项\n"
        "各村要结合实际抓好落实。\n")
    assert [(t.label, t.title) for t in plan.tasks()] == [
        ("（一）", "加强理论学习"), ("1.", "落实党建工作责任制"), ("2.", "坚持“三会一课”制度")]


def test_closing_other_matters_and_contact_items_among_top_level_tasks_are_not_tasks():
    """A town's 重点工作安排 with its tasks at its top level closes with 四、其他事项 and 五、联系人 at the same level,
    naming no unit: whom to ask is no task, and it no longer hides the 其他事项 above it."""
    plan = _one(
        "某镇2025年重点工作安排\n"
        "一、推进厕所改造。完成户厕改造300座。（镇农业办牵头，各村落实）\n"
        "二、整治村容村貌。清理积存垃圾。（镇建设办负责）\n"
        "三、其他事项\n"
        "各村要于每月25日前报送进展情况。\n"
        "四、联系人\n"
        "镇党政办：王某，联系电话：0000-1234567。\n")
    assert [t.title for t in plan.tasks()] == ["推进厕所改造", "整治村容村貌"]


def test_a_closing_part_titled_bare_other_is_no_work_and_the_assessment_part_before_it_closes_too():
    """A 责任书 closes with 三、考核奖惩 and a bare 四、其他 (其它): how it is scored, its copies and who interprets
    it. Both are closing parts naming no unit, not tasks; counted back from the end, 其他 no longer hides 考核奖惩."""
    for other in ("其他", "其它"):
        plan = _one(
            "某县2030年度耕地保护目标责任书\n"
            "一、责任目标\n"
            "1.耕地保有量不低于4万亩。\n"
            "2.粮食播种面积稳定在5万亩以上。\n"
            "三、考核奖惩\n"
            "（一）考核采取百分制。\n"
            f"四、{other}\n"
            "（一）本责任书一式三份，甲乙双方各执一份。\n"
            "（二）本责任书由甲方负责解释。\n")
        assert [t.title for t in plan.tasks()] == ["耕地保有量不低于4万亩", "粮食播种面积稳定在5万亩以上"]


def test_a_closing_safeguards_item_among_top_level_tasks_is_not_a_task():
    """A street's 工作计划 holding its tasks at its top level (一、… 三、…) closes with 四、保障措施 at the same level,
    naming no unit: how the plan is carried out, its closing text; an annotated closing item stays a task."""
    plan = _one(
        "某街道2025年工作计划\n"
        "一、加强党建引领\n"
        "落实党工委中心组学习制度（党政办负责）。\n"
        "二、推进经济发展\n"
        "全年引进项目10个（经发办牵头，各社区配合）。\n"
        "三、保障措施\n"
        "各科室要加强协作，确保各项工作落到实处。\n")
    assert [t.title for t in plan.tasks()] == ["加强党建引领", "推进经济发展"]
    assert any("closes the plan" in n.text for n in plan.readings)
    plan = _one(
        "某街道2025年工作计划\n"
        "一、加强党建引领\n"
        "落实党工委中心组学习制度（党政办负责）。\n"
        "二、工作要求\n"
        "按月报送进展（党政办负责）。\n")
    assert [t.title for t in plan.tasks()] == ["加强党建引领", "工作要求"]


def test_a_heading_of_phrases_set_apart_by_a_blank_line_is_the_tasks_title():
    """Town and street plans copied from web pages put a heading of two or three phrases (（一）夯实基础，统筹兼顾，
    改善民生) on a line of its own, its paragraph after a blank line: the heading is the task's title; a line the page
    wrapped mid-sentence, with no blank line, runs on into the next."""
    plan = _one(
        "某街道2025年工作计划\n"
        "\n"
        "（一）夯实基础，统筹兼顾，社区民生持续改善\n"
        "\n"
        "紧紧围绕民生为本的工作理念，聚焦群众急难愁问题。\n"
        "\n"
        "（二）完善街道党工委领导体制，优\n"
        "化决策程序，提升治理能力。\n")
    assert [t.title for t in plan.tasks()] == ["夯实基础，统筹兼顾，社区民生持续改善", "完善街道党工委领导体制，优化决策程序，提升治理能力"]


def test_an_attachment_printed_under_its_mark_alone_takes_its_title_from_the_notices_list():
    """附件2 with no title line, its outline straight under the mark: the second plan still begins at the mark, and
    its title is the one the notice lists under 附件： for that number."""
    plans = parse_text(
        "某县防汛抗旱指挥部关于印发两个方案的通知\n"
        "各乡镇人民政府：\n"
        "现将两个方案印发给你们，请认真落实。\n"
        "附件：1.某县防汛工作方案\n"
        "2.某县抗旱工作任务清单\n"
        "附件1\n"
        "某县防汛工作方案\n"
        "一、压实防汛责任。落实防汛责任制。（县防指办负责）\n"
        "二、开展汛前检查。检查水库堤防。（县水利局负责）\n"
        "附件2\n"
        "㈠加强水源调度（县水利局牵头，县农业农村局配合）\n"
        "1、科学调度水库蓄水。\n"
        "2、加强取水口管理。\n", "notice.txt")
    assert [p.title for p in plans] == ["某县防汛工作方案", "某县抗旱工作任务清单"]
    assert [t.number for t in plans[1].tasks()] == [1, 2]
    assert _units(plans[1].tasks()[1]) == [("县水利局", "lead"), ("县农业农村局", "support")]


def test_a_heading_line_ending_in_a_colon_is_titled_without_it():
    """7、制定应急供水方案： over ⑴ ⑵ sub-points: the colon opens the sub-points; the task's title stops before it."""
    plan = _one(
        "某县2030年抗旱工作任务清单\n"
        "一、保障供水安全\n"
        "1、制定城区应急供水方案：\n"
        "⑴新建应急备用水源1处；\n"
        "⑵建立应急送水车辆调度机制。\n"
        "（县住建局负责）\n")
    assert [t.title for t in plan.tasks()] == ["制定城区应急供水方案"]


def test_a_bracketed_period_on_the_line_under_the_title_completes_it():
    """A three-year plan's centred title ends on a line holding only its years: 某市…三年行动方案 / （2030—2032年)."""
    plan = _one(
        "某市安全生产委员会关于印发《某市安全生产治本攻坚三年行动方案（2030—2032年）》的通知\n"
        "各县（市、区）人民政府：现将方案印发给你们。\n"
        "某市安全生产治本攻坚\n"
        "三年行动方案\n"
        "（2030—2032年）\n"
        "为从根本上消除事故隐患，制定本方案。\n"
        "一、重点任务\n"
        "（一）压实安全责任。落实“三管三必须”。（市安委办牵头，市安委会各成员单位配合）\n")
    assert plan.title == "某市安全生产治本攻坚三年行动方案（2030—2032年）"
    assert [t.number for t in plan.tasks()] == [1]


def test_a_plan_of_measures_is_titled_by_its_own_title_line_not_the_notices():
    """…若干措施 is a kind of document: the plan's own title line under the notice is its title."""
    plans = parse_text(
        "某市人民政府办公室关于印发某市促进消费若干措施的通知\n"
        "各县（市、区）人民政府：现将措施印发给你们，请认真贯彻执行。\n"
        "某市人民政府办公室\n"
        "2030年4月8日\n"
        "某市促进消费若干措施\n"
        "一、发放消费券。全年发放消费券1亿元。（责任单位：市商务局）\n", "measures.txt")
    assert [p.title for p in plans] == ["某市促进消费若干措施"]


def test_a_covering_heading_beside_groups_and_a_run_in_task_covers_its_items():
    """（一）heading（units） over 1. 2. naming none, （二）heading over 3. 4. with their own, and a run-in （三） task:
    the tasks are 1.–4. numbered through, 1. and 2. with （一）'s units, and （三） is a task of its own."""
    plan = _one(
        "某市2030年安全生产专项整治工作方案\n"
        "一、重点任务\n"
        "（一）强化源头管控（市应急管理局牵头，市发展改革委配合）\n"
        "1.严格安全准入。严把高危项目安全审查关。\n"
        "2.淘汰落后产能。依法关闭不具备安全条件的企业。\n"
        "（二）深化隐患治理\n"
        "3.开展全面排查。组织企业开展自查。（市应急管理局负责）\n"
        "4.推进燃气整治。整治燃气管道占压问题。（市住建局牵头，市城管局配合）\n"
        "（三）加强宣传教育。开展安全宣传“五进”活动。（市委宣传部负责）\n")
    assert [(t.label, t.title) for t in plan.tasks()] == [
        ("1.", "严格安全准入"), ("2.", "淘汰落后产能"), ("3.", "开展全面排查"), ("4.", "推进燃气整治"), ("（三）", "加强宣传教育")]
    assert _units(plan.tasks()[1]) == [("市应急管理局", "lead"), ("市发展改革委", "support")]


@pytest.mark.parametrize("more", [[], ["（四）扩大农村信贷。", "1.创新信贷产品。扩大信贷投放。", "2.发展农业保险。扩大保险覆盖面。",
                                  "（五）加强人才培养。", "1.培训电商人才。每年培训一批。", "2.培养经营人才。开展经营培训。"]])
def test_a_run_in_item_among_bare_headings_over_points_is_a_task_and_their_points_are_tasks(more):
    """A part naming no unit writes most （一） items as a bare title over 1. 2. points and one as a run-in paragraph
    with no points: the points are the tasks under their headings, and the run-in （二） a task of its own, whether the
    run-in item is one of three (the level reads below 0.8 headings) or one of five."""
    plan = _one("\n".join([
        "某省人民政府关于促进乡村消费的实施意见",
        "一、丰富乡村消费供给",
        "（一）促进乡村大宗消费。",
        "1.开展家电以旧换新。组织开展家电以旧换新活动。",
        "2.推进绿色建材下乡。开展绿色建材下乡活动。",
        "（二）培育乡村消费新场景。发展乡村集市、夜间消费等消费新场景。",
        "（三）提升乡村消费服务质量。",
        "1.加强乡村市场监管。严厉打击假冒伪劣。",
        "2.完善售后服务网络。引导企业延伸售后网点。", *more]) + "\n")
    assert [(t.label, t.group, t.title) for t in plan.tasks()][:5] == [
        ("1.", "（一）", "开展家电以旧换新"), ("2.", "（一）", "推进绿色建材下乡"), ("（二）", "", "培育乡村消费新场景"),
        ("1.", "（三）", "加强乡村市场监管"), ("2.", "（三）", "完善售后服务网络")]
    assert len(plan.tasks()) == 5 + len(more) * 2 // 3
    assert any("item （二） read as a task" in n.text for n in plan.readings)


def test_run_in_items_outnumbering_the_headings_over_points_keep_the_items_the_tasks():
    """One bare title over points beside two run-in paragraphs: most items are measures written out, so the （一）
    items stay the tasks, the points the text of theirs."""
    plan = _one(
        "某省人民政府关于促进乡村消费的实施意见\n"
        "一、丰富乡村消费供给\n"
        "（一）促进乡村大宗消费。\n"
        "1.开展家电以旧换新。组织开展家电以旧换新活动。\n"
        "2.推进绿色建材下乡。开展绿色建材下乡活动。\n"
        "（二）培育乡村消费新场景。发展乡村集市、夜间消费等消费新场景。\n"
        "（三）提升乡村消费服务质量。加强乡村市场监管，完善售后服务网络。\n")
    assert [(t.label, t.title) for t in plan.tasks()] == [
        ("（一）", "促进乡村大宗消费"), ("（二）", "培育乡村消费新场景"), ("（三）", "提升乡村消费服务质量")]


@pytest.mark.parametrize("points", [
    # facets of one measure, the same point titles under both headings
    (["1.整治内容。主要包括路面、管线等。", "2.整治标准。按照省有关标准执行。"],
     ["1.整治内容。主要包括绿化、照明等。", "2.整治标准。结合实际确定。"]),
    # facets under one heading beside measures under the other
    (["1.建设内容。包括步道、驿站等。", "2.建设要求。符合国家标准。", "3.建设时限。年底前完成。"],
     ["1.举办骑行赛事。每年举办赛事2项。", "2.培育赛事品牌。打造本地赛事。"]),
])
def test_points_naming_the_facets_of_their_headings_measure_keep_the_headings_the_tasks(points):
    """Bare （一） titles over 1. 2. points beside a run-in （三）, in a part naming no unit: where the points are the
    facets of the heading's measure (整治内容 / 整治标准 / 建设时限), the headings are the measures, the points their text."""
    plan = _one("\n".join([
        "某县关于推进街巷整治的实施意见",
        "一、主要任务",
        "（一）推进背街小巷整治。", *points[0],
        "（二）开展沿河绿道建设。", *points[1],
        "（三）提升街巷管理水平。建立长效管护机制。"]) + "\n")
    assert [(t.label, t.title) for t in plan.tasks()] == [
        ("（一）", "推进背街小巷整治"), ("（二）", "开展沿河绿道建设"), ("（三）", "提升街巷管理水平")]


def test_indicators_under_a_goals_part_are_no_tasks_beside_a_run_in_item():
    """一、主要目标 over bare titles over indicator points and one run-in （三）: targets, not tasks; the measures
    part after it keeps its tasks."""
    plan = _one(
        "某县关于推进绿色发展的实施方案\n"
        "一、主要目标\n"
        "（一）用水效率目标\n"
        "1.万元产值用水量下降10%。\n"
        "2.再生水利用率达到25%。\n"
        "（二）能源利用目标\n"
        "1.单位产值能耗下降8%。\n"
        "2.清洁能源占比达到40%。\n"
        "（三）固废利用目标。工业固废综合利用率达到90%。\n"
        "二、重点任务\n"
        "（一）推进节水改造。改造供水管网。\n"
        "（二）推广清洁能源。建设分布式光伏。\n")
    assert [(t.label, t.title) for t in plan.tasks()] == [("（一）", "推进节水改造"), ("（二）", "推广清洁能源")]


@pytest.mark.parametrize("points", [
    # a policy's clauses and amounts
    (["1.对新购设备给予20%补助。", "2.单家企业补助最高不超过200万元。"],
     ["1.对研发贷款给予50%贴息。", "2.贴息期限不超过2年。"]),
    # examples of a field, no verb of doing
    (["1.乡村民宿。", "2.农家餐饮。"], ["1.文创商品。", "2.非遗手工。"]),
])
def test_policy_clauses_or_examples_under_bare_headings_keep_the_headings_the_tasks(points):
    """Bare （一） titles over points that state a policy's terms (补助最高不超过…) or name examples (1.乡村民宿。) beside
    a run-in （三）: the titles are the measures, the points their text."""
    plan = _one("\n".join([
        "某县关于支持文旅产业发展的若干政策",
        "一、支持文旅经营",
        "（一）经营补助", *points[0],
        "（二）融资支持", *points[1],
        "（三）品牌奖励。对获评省级品牌的给予奖励。"]) + "\n")
    assert [(t.label, t.title) for t in plan.tasks()] == [
        ("（一）", "经营补助"), ("（二）", "融资支持"), ("（三）", "品牌奖励")]


def test_bare_titles_the_attached_division_table_names_stay_the_tasks():
    """Bare （一） titles over verb-led points beside a run-in （二）, the units in a 分工表 after the plan whose rows
    name the （一） titles: the table says the titles are the tasks, so they keep their units; where its rows name
    the points instead, the points are the tasks."""
    def read(rows):
        return parse_text("\n".join([
            "某区关于提振消费的实施意见",
            "一、主要任务",
            "（一）扩大餐饮消费。", "1.举办美食节会。", "2.打造夜间食街。",
            "（二）发展社区商业。建设便民生活圈。",
            "（三）优化消费环境。", "1.开展放心消费创建。", "2.完善投诉处理机制。",
            "附件：重点任务分工表",
            "序号\t重点任务\t牵头单位\t配合单位", *rows]) + "\n")

    plans = read(["1\t扩大餐饮消费\t区商务局\t区文旅局", "2\t发展社区商业\t区商务局\t区住建局",
                  "3\t优化消费环境\t区市场监管局\t区商务局"])
    assert len(plans) == 1
    assert [(t.label, t.title, _units(t)) for t in plans[0].tasks()] == [
        ("（一）", "扩大餐饮消费", [("区商务局", "lead"), ("区文旅局", "support")]),
        ("（二）", "发展社区商业", [("区商务局", "lead"), ("区住建局", "support")]),
        ("（三）", "优化消费环境", [("区市场监管局", "lead"), ("区商务局", "support")])]
    plans = read(["1\t举办美食节会\t区商务局\t", "2\t打造夜间食街\t区商务局\t",
                  "3\t开展放心消费创建\t区市场监管局\t", "4\t完善投诉处理机制\t区市场监管局\t"])
    assert [t.title for t in plans[0].tasks()][:2] == ["举办美食节会", "打造夜间食街"]


@pytest.mark.parametrize("part, heads", [
    # goals inside the part's title, the headings the years they are to be reached by
    ("一、目标任务", ("（一）到2028年", "（二）到2030年", "（三）远期展望。全面建成数字乡村。")),
    # results expected and the standing aimed at
    ("一、预期成效", ("（一）经济效益", "（二）社会效益", "（三）生态效益。人居环境持续改善。")),
    ("一、发展定位", ("（一）区域创新高地", "（二）先进制造基地", "（三）开放合作窗口。建设开放平台。")),
])
def test_targets_under_a_part_naming_goals_results_or_standing_are_no_tasks(part, heads):
    """A part titled 目标任务 (goals inside its title), 预期成效 or 发展定位, its bare （一） titles over points written
    with verbs (1.建成…10个 / 1.实现…) beside a run-in （三）: its points are aims, not tasks (the （一） titles of a
    预期成效 part are still read as its items, as before the run-in rule); the 重点任务 part keeps its tasks."""
    plan = _one("\n".join([
        "某县数字乡村建设实施方案", part,
        heads[0], "1.建成数字乡村示范村10个。", "2.实现行政村光纤通达100%。",
        heads[1], "1.培育电商服务主体30家。", "2.形成一批数字农业品牌。",
        heads[2],
        "二、重点任务",
        "（一）建设数字基础设施。推进5G基站建设。",
        "（二）发展智慧农业。推广物联网应用。"]) + "\n")
    titles = [t.title for t in plan.tasks()]
    assert titles[-2:] == ["建设数字基础设施", "发展智慧农业"]
    assert not {"建成数字乡村示范村10个", "实现行政村光纤通达100%", "培育电商服务主体30家"} & set(titles)


@pytest.mark.parametrize("points", [
    # whom it covers (对…), then the rate or award
    (["1.对新建公共充电桩按每千瓦150元标准补贴。", "2.对改造升级的换电站按投资额15%补助。"],
     ["1.对年服务量超过10万车次的企业奖励8万元，支持企业做大做强。", "2.对实现全天候运营的站点奖励3万元。"]),
    # the amount stated, no 对
    (["1.新建充电桩按每千瓦150元补贴。", "2.换电站改造按投资额15%补助。"],
     ["1.新建换电站按每座5万元奖励。", "2.改建充电站按投资额10%奖补。"]),
    # a measure's verb first, then a clause of its own granting a stated amount to whom it covers
    (["1.支持企业新建充电站，对新建站点按每千瓦150元补贴。", "2.鼓励企业改造换电站，按投资额15%补助。"],
     ["1.支持企业做大做强，对年服务量超过10万车次的企业奖励8万元。", "2.对实现全天候运营的站点奖励3万元。"]),
])
def test_subsidy_and_award_clauses_under_bare_headings_keep_the_headings_the_tasks(points):
    """Bare （一） titles over points granting a subsidy or award (对…按每千瓦150元标准补贴 / 奖励8万元), a measure verb
    inside them only as a modifier (对新建… / 对实现…的), beside a run-in （三）: the titles are the policies."""
    plan = _one("\n".join([
        "某市关于支持充电设施建设的若干措施",
        "一、支持措施",
        "（一）建设补贴", *points[0],
        "（二）运营奖励", *points[1],
        "（三）用地保障。充电设施用地按公用设施用地供应。"]) + "\n")
    assert [(t.label, t.title) for t in plan.tasks()] == [
        ("（一）", "建设补贴"), ("（二）", "运营奖励"), ("（三）", "用地保障")]


@pytest.mark.parametrize("part, first_head, first_point", [
    # goal words inside a part title doing work
    ("一、围绕年度目标推进重点工作", "（一）壮大特色产业。", "1.推进食品产业园建设。"),
    ("一、对标考核指标抓好落实", "（一）壮大特色产业。", "1.推进食品产业园建设。"),
    # a （N） measure title ending in a result word
    ("一、重点任务", "（一）提升资金使用效益。", "1.推进预算绩效管理。"),
    # a measure point carrying a subsidy, its amount not beside the incentive word
    ("一、重点任务", "（一）壮大特色产业。", "1.开展以旧换新活动，发放补贴资金300万元。"),
    ("一、重点任务", "（一）壮大特色产业。", "1.落实购置补贴政策，推动设备更新率达到30%。"),
])
def test_measures_naming_goals_results_or_subsidies_are_still_tasks_under_bare_headings(part, first_head, first_point):
    """A part titled with goal words but doing work (围绕年度目标推进… / 对标考核指标抓好落实), a （N） measure ending in
    a result word (提升资金使用效益), or a point opening with a measure verb whose subsidy amount is part of the
    measure (开展…活动，发放补贴资金300万元): no goals part, no policy clause. The bare titles head their points,
    which are the tasks, beside the run-in （三）."""
    plan = _one("\n".join([
        "某县产业发展实施方案", part,
        first_head, first_point, "2.开展龙头企业培育行动。",
        "（二）强化创新驱动。", "1.建设县级创新平台。", "2.推进产学研合作。",
        "（三）优化营商环境。推行承诺制审批。",
        "二、保障措施", "（一）加强组织领导。"]) + "\n")
    titles = [t.title for t in plan.tasks()]
    assert titles[:5] == [first_point[2:].rstrip("。"), "开展龙头企业培育行动", "建设县级创新平台",
                          "推进产学研合作", "优化营商环境"]


def test_the_items_under_a_stage_heading_are_text():
    """（一）动员部署阶段（date） over 1. 2. saying what the stage asks, naming no unit: the campaign's schedule."""
    plan = _one(
        "某市2030年安全生产专项整治工作方案\n"
        "一、重点任务\n"
        "（一）开展全面排查。组织企业开展自查。（市应急管理局负责）\n"
        "（二）推进燃气整治。整治燃气管道占压问题。（市住建局负责）\n"
        "二、实施步骤\n"
        "（一）动员部署阶段（2030年3月底前）\n"
        "1.制定实施方案。各县（市、区）结合实际制定方案。\n"
        "2.召开动员会议。全面部署专项整治工作。\n"
        "（二）集中整治阶段（2030年4月—10月）\n"
        "1.全面排查整治。对排查发现的问题逐项整改。\n"
        "2.开展督导检查。组织督导组开展督导。\n")
    assert [t.title for t in plan.tasks()] == ["开展全面排查", "推进燃气整治"]


def test_the_steps_of_a_stage_opening_with_their_doers_are_tasks():
    """（一）动员部署阶段（date） over 1. 2. each opening with the body doing it (X要… / 请X… / X要会同Y…): the
    bodies' tasks; a stage whose steps name no one stays the schedule."""
    plan = _one(
        "某市2030年欠薪治理专项行动方案\n"
        "一、工作步骤\n"
        "（一）动员部署阶段（2030年11月15日前）\n"
        "1.各区治欠办要制定具体方案，报市治欠办备案。\n"
        "2.请各区人民法院公布涉薪案件立案渠道。\n"
        "（二）集中攻坚阶段（2030年11月16日—12月31日）\n"
        "1.市财政局要会同市发展改革委开展专项清理。\n"
        "2.各区公安分局要及时审查移送案件。\n"
        "（三）总结阶段（2031年1月底前）\n"
        "1.全面总结。形成书面报告。\n"
        "2.评估成效。开展综合评估。\n")
    assert [(t.group, _units(t)) for t in plan.tasks()] == [
        ("（一）", [("各区治欠办", "responsible")]), ("（一）", [("各区人民法院", "responsible")]),
        ("（二）", [("市财政局", "lead"), ("市发展改革委", "support")]), ("（二）", [("各区公安分局", "responsible")])]
    assert "全面总结" in plan.sections[0].groups[2].text


def test_a_long_dated_stage_heading_is_a_stage_whose_steps_naming_doers_are_tasks():
    """（二）召开镇第X届人民代表大会第一次会议阶段（11月下旬至12月上旬）: a stage named by the meeting it leads to, longer
    than the usual stage title but dated, over steps naming their doers: the bodies' tasks, as under a short stage."""
    plan = _one(
        "某镇2030年代表换届工作方案\n"
        "一、工作步骤\n"
        "（一）投票选举阶段（11月9日—11月15日）\n"
        "1.组织另行选举。镇选举委员会负责组织另行选举，相关选区配合。\n"
        "（二）召开镇第二十届人民代表大会第一次会议阶段（11月下旬至12月上旬）\n"
        "1.审查代表资格。镇代表资格审查委员会负责资格审查。\n"
        "2.筹备镇人代会。镇人大主席团负责筹备工作，镇财政所配合。\n"
        "3.召开大会。12月上旬召开会议。（镇人大主席团负责）\n")
    assert [(t.group, t.title, _units(t)) for t in plan.tasks()] == [
        ("（一）", "组织另行选举", [("镇选举委员会", "responsible"), ("相关选区", "support")]),
        ("（二）", "审查代表资格", [("镇代表资格审查委员会", "responsible")]),
        ("（二）", "筹备镇人代会", [("镇人大主席团", "responsible"), ("镇财政所", "support")]),
        ("（二）", "召开大会", [("镇人大主席团", "responsible")])]


def test_a_long_dated_stage_heading_over_steps_naming_no_one_stays_the_schedule():
    """The same long dated stage over steps naming no one: the campaign's schedule, its text."""
    plan = _one(
        "某镇2030年代表换届工作方案\n"
        "一、重点任务\n"
        "（一）做好宣传。开展宣传活动。（镇宣传办负责）\n"
        "二、工作步骤\n"
        "（一）选民登记阶段（10月1日—10月20日）\n"
        "1.登记选民。全面开展选民登记。\n"
        "（二）召开镇第二十届人民代表大会第一次会议阶段（11月下旬至12月上旬）\n"
        "1.审查代表资格。开展代表资格审查。\n"
        "2.筹备会议。做好会务筹备工作。\n")
    assert [t.title for t in plan.tasks()] == ["做好宣传"]


def test_a_long_dated_task_heading_worded_about_a_stage_among_tasks_keeps_its_steps():
    """（一）推动X示范区创建工作进入国家验收阶段（2030年12月底前） under 重点任务, no sibling a stage: a task heading
    worded about a stage, not a schedule's; its steps naming their doers stay tasks."""
    plan = _one(
        "某县2030年文旅工作方案\n"
        "一、重点任务\n"
        "（一）推动全域旅游示范区创建工作进入国家验收阶段（2030年12月底前）\n"
        "1.完善设施。县甲局负责完善旅游基础设施，县乙局配合。\n"
        "2.提升服务。县丙局负责规范经营秩序。\n"
        "（二）加强宣传推介\n"
        "1.开展推介活动。县丁部负责。\n")
    assert [(t.group, t.title, _units(t)) for t in plan.tasks()] == [
        ("（一）", "完善设施", [("县甲局", "responsible"), ("县乙局", "support")]),
        ("（一）", "提升服务", [("县丙局", "responsible")]),
        ("（二）", "开展推介活动", [("县丁部", "responsible")])]


def test_titled_steps_of_stages_naming_their_doers_after_their_titles_are_tasks():
    """1.制定检查方案。市X局负责… under dated stages, most steps naming their doer after their title: the schedule is
    written as duties, each step a task of the body it names; a step naming no one is a task without a unit."""
    plan = _one(
        "某市2030年城市管理条例执法检查方案\n"
        "一、时间安排\n"
        "（一）准备阶段（3月）\n"
        "1.制定检查方案。市城市管理局负责起草检查方案，提请主任会议研究。\n"
        "2.开展问卷调查。市生态环境局牵头，市商务局配合，开展问卷调查。\n"
        "（二）自查阶段（4月至5月）\n"
        "3.部门自查。市生态环境局、市城市管理局对照检查重点开展自查，形成书面报告。\n"
        "4.召开座谈会。在各检查点召开座谈会，听取群众意见。\n"
        "5.跟踪监督。市城市管理局负责跟踪督办。\n")
    assert [(t.title, _units(t)) for t in plan.tasks()] == [
        ("制定检查方案", [("市城市管理局", "responsible")]),
        ("开展问卷调查", [("市生态环境局", "lead"), ("市商务局", "support")]),
        ("部门自查", [("市生态环境局", "responsible"), ("市城市管理局", "responsible")]),
        ("召开座谈会", []), ("跟踪监督", [("市城市管理局", "responsible")])]


def test_titled_steps_straight_under_a_steps_part_naming_their_doers_are_tasks():
    """1.拟定目录。县X局牵头，县Y办配合，… set straight under 二、工作步骤 with no dated stage over them, most naming their
    doer after their title: the bodies' tasks, as under a stage (they were the section's text, the plan left with none)."""
    plan = _one(
        "某县文件清理工作方案\n"
        "一、清理目的\n"
        "为维护法制统一，开展本次清理。\n"
        "二、工作步骤\n"
        "1.拟定目录。县司法局牵头，县政府办公室配合，梳理形成清理目录。\n"
        "2.部署培训。县司法局负责组织培训。\n"
        "3.审核意见。县市场监管局负责公平竞争审查。\n")
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "拟定目录", [("县司法局", "lead"), ("县政府办公室", "support")]),
        (2, "部署培训", [("县司法局", "responsible")]), (3, "审核意见", [("县市场监管局", "responsible")])]
    assert plan.warnings == []


def test_titled_steps_straight_under_a_steps_part_naming_a_doer_now_and_then_stay_the_schedule():
    """The same steps naming who acts in one step of three: the schedule's wording, its text."""
    plan = _one(
        "某县文件清理工作方案\n"
        "一、重点任务\n"
        "（一）清理部门文件。全面清理现行文件。（县司法局负责）\n"
        "二、工作步骤\n"
        "1.拟定目录。县司法局牵头梳理形成清理目录。\n"
        "2.部署培训。组织开展业务培训。\n"
        "3.审核意见。按标准逐件提出意见。\n")
    assert [t.title for t in plan.tasks()] == ["清理部门文件"]


def test_titled_steps_of_stages_naming_a_doer_now_and_then_stay_the_schedule():
    """1.推进工程建设。按计划推进… 2.开展督导检查。市X办组织… under each stage: one step in two naming who acts is the
    schedule's wording, not duties; the stages stay text."""
    plan = _one(
        "某市2030年内涝治理攻坚行动方案\n"
        "一、重点任务\n"
        "（一）改造雨污管网。年内完成改造管网10公里。（市住建局负责）\n"
        "二、时间安排\n"
        "（一）排查阶段（3月）\n"
        "1.全面排查易涝点。市住建局完成易涝点排查。\n"
        "2.建立问题清单。汇总形成易涝点清单。\n"
        "（二）攻坚阶段（4月—10月）\n"
        "1.推进工程建设。按计划推进管网改造。\n"
        "2.开展督导检查。市防指办组织督导组开展督导。\n")
    assert [t.title for t in plan.tasks()] == ["改造雨污管网"]


def test_a_stage_step_opening_with_bodies_and_a_collective_names_them_all():
    """1.各乡镇、各有关部门要… in a stage: the localities and every department concerned are addressed all at once; each
    is a unit, the collective as it is when it opens a step alone (各有关部门要…)."""
    plan = _one(
        "某县违建清理专项整治工作方案\n"
        "一、时间安排\n"
        "（一）动员部署阶段（2030年3月底前）\n"
        "1.各乡镇、各有关部门要制定具体实施方案，报县整治办备案。\n"
        "2.县整治办要召开动员部署会议。\n"
        "（二）集中整治阶段（2030年4月—9月）\n"
        "1.县自然资源局、各相关单位要开展逐栋排查。\n"
        "2.县城管执法局要依法拆除违法建筑。\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("各乡镇", "responsible"), ("各有关部门", "responsible")], [("县整治办", "responsible")],
        [("县自然资源局", "responsible"), ("各相关单位", "responsible")], [("县城管执法局", "responsible")]]


def test_a_stage_step_writing_its_case_before_the_agent_names_the_agent():
    """2.对整治不到位的乡镇，由县政府督查室予以通报 in a stage: the case first, then the body acting on it after 由 —
    that body does the step; a step whose body comes after a longer run of clauses stays unread."""
    plan = _one(
        "某县违建清理专项整治工作方案\n"
        "一、时间安排\n"
        "（一）督导检查阶段（2030年10月）\n"
        "1.县整治办要组织督导组开展督导检查。\n"
        "2.对整治不到位的乡镇，由县政府督查室予以通报，并督促限期整改。\n"
        "3.督导结束后，对问题突出的乡镇，由县纪委监委约谈。\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("县整治办", "responsible")], [("县政府督查室", "responsible")], []]


def test_a_meetings_approval_of_a_document_names_the_body_it_hands_it_to():
    """4.会议原则同意《X计划》，请县Y局按程序印发实施。 in a notice on a meeting's items: the approval's clause, then the body
    asked after 请 / 由 in the same sentence, which does the item (the item's title runs on to the sentence's end). A body
    after a clause that is no approval of a document (会议听取了…汇报，请X…) stays unread."""
    plan = _one(_OVERSIGHT_NOTICE + "4.会议原则同意《某县停车场建设计划》，请县城管局按程序印发实施。（完成时限：2025年7月底前）\n"
                "5.会议审议通过了《某县节约用水办法（草案）》，由县司法局按程序报签。\n"
                "6.会议听取了县水利局的汇报，请县水务公司抓紧整改。\n")
    assert [_units(t) for t in plan.tasks()[3:]] == [[("县城管局", "responsible")], [("县司法局", "responsible")], []]


def test_a_campaigns_scope_items_are_text():
    """（一）行动范围。 / （二）排查重点。 in a 专项行动's frame: what the campaign covers and checks, no one's duty."""
    plan = _one(
        "某市2030年根治欠薪专项行动方案\n"
        "一、行动范围和重点\n"
        "（一）行动范围。全市各类用人单位拖欠工资问题。\n"
        "（二）排查重点。\n"
        "1.政府投资项目。重点排查工程款拨付不及时问题。\n"
        "2.在建工程项目。重点排查工资专用账户落实情况。\n"
        "二、部门职责\n"
        "（一）市财政局：负责督促拨付工程款。\n"
        "（二）市公安局：负责打击拒不支付劳动报酬犯罪。\n")
    assert [(t.title, _units(t)) for t in plan.tasks()] == [
        ("负责督促拨付工程款", [("市财政局", "responsible")]), ("负责打击拒不支付劳动报酬犯罪", [("市公安局", "responsible")])]


def test_a_plan_printed_without_its_title_line_is_titled_as_its_notice_names_it():
    """关于印发《X》的通知, the notice's lines, then the plan's 一、 straight away: the plan is X."""
    plan = _one(
        "某县人民政府办公室关于印发《某县2030年燃气安全专项整治工作方案》的通知\n"
        "各乡镇人民政府，县政府各部门：\n"
        "现将方案印发给你们，请认真组织实施。\n"
        "一、开展燃气企业排查。对燃气经营企业逐一检查。（县住建局牵头，县市场监管局配合）\n"
        "二、整治用户端隐患。督促安装燃气泄漏报警装置。（县市场监管局负责）\n")
    assert plan.title == "某县2030年燃气安全专项整治工作方案"
    assert [t.number for t in plan.tasks()] == [1, 2]


def test_a_contact_line_after_the_last_task_is_the_closing():
    """联系人：… after the last task is the colophon's, not the task's words."""
    plan = _one(
        "某县2030年燃气安全专项整治工作方案\n"
        "一、开展燃气企业排查。对燃气经营企业逐一检查。（县住建局负责）\n"
        "二、加强宣传教育。开展燃气安全进社区活动。（县委宣传部负责）\n"
        "联系人：县住建局 王某，电话：0000-1234567\n")
    assert plan.tasks()[-1].text.endswith("（县委宣传部负责）")


def test_the_items_of_a_closing_cuoshi_baozhang_section_are_text():
    """三、措施保障 (the words of 保障措施 the other way round) closing the plan, its 1、2、 naming no unit: text."""
    plan = _one(
        "某镇2030年环境卫生整治方案\n"
        "一、整治内容\n"
        "1、清理集镇垃圾。全面清理主次干道垃圾。（镇环卫所负责）\n"
        "2、整治乱堆乱放。清理房前屋后杂物。（各村委会负责）\n"
        "二、措施保障\n"
        "1、各单位书记亲自抓，严格管理。\n"
        "2、镇组织考核组逐单位考核。\n")
    assert [t.title for t in plan.tasks()] == ["清理集镇垃圾", "整治乱堆乱放"]


def test_the_entries_of_a_table_of_contents_are_no_items():
    """目录 with 一、… / 1.… entries whose dots lead to a page number, then the plan: only the body's items count."""
    plan = _one(
        "某市安全生产治本攻坚三年行动方案\n"
        "目　录\n"
        "一、总体要求…………………………（1）\n"
        "二、重点任务…………………………（2）\n"
        "1.压实安全责任……………………（2）\n"
        "2.整治重大隐患……………………（3）\n"
        "一、总体要求\n"
        "坚持人民至上、生命至上。\n"
        "二、重点任务\n"
        "1.压实安全责任。落实“三管三必须”。（市安委办负责）\n"
        "2.整治重大隐患。推动重大隐患动态清零。（市应急管理局负责）\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "压实安全责任"), (2, "整治重大隐患")]


def test_the_requirements_of_the_notice_issuing_the_plan_are_its_text():
    """…印发给你们，并就有关事项通知如下：一、… 二、… then the office and the date: the notice's asks, not tasks."""
    plan = _one(
        "某市2030年政府工作报告目标任务责任分解方案\n"
        "各区人民政府，市人民政府各部门：\n"
        "现将《责任分解方案》印发给你们，并就有关事项通知如下：\n"
        "一、高度重视，精心组织。各责任单位要制订办理方案。\n"
        "二、加强督办，狠抓落实。市政府督查室定期督查。\n"
        "某市人民政府办公厅\n"
        "2030年1月12日\n"
        "一、主要预期目标\n"
        "1.地区生产总值增长6%左右。（责任单位：市发展改革委）\n"
        "2.城镇新增就业5万人。（责任单位：市人力资源社会保障局）\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "地区生产总值增长6%左右"), (2, "城镇新增就业5万人")]


def test_a_main_tasks_heading_over_a_summary_paragraph_is_no_task():
    """二、主要任务 over a paragraph summing the actions up (the tasks in sections of their own below, or cut off
    the page): the heading names a part of the plan; naming no unit, it is no task."""
    plan = _one(
        "某区安全生产治本攻坚三年行动实施方案（2030—2032年）\n"
        "一、工作目标\n"
        "通过三年治本攻坚，安全生产责任体系进一步健全。\n"
        "二、主要任务\n"
        "深入开展安全生产治本攻坚“八大行动”，持续深化专项整治。\n"
        "三、实施安全生产责任落实行动\n"
        "（一）压实企业主体责任。推动企业落实全员安全生产责任制。（区应急管理局负责）\n")
    assert [t.title for t in plan.tasks()] == ["压实企业主体责任"]
    plan = _one(
        "某区安全生产治本攻坚三年行动实施方案（2030—2032年）\n"
        "一、工作目标\n"
        "通过三年治本攻坚，安全生产责任体系进一步健全。\n"
        "二、主要任务\n"
        "深入开展安全生产治本攻坚“八大行动”，持续深化专项整治。\n")
    assert plan.tasks() == []


def test_an_attachment_mark_with_its_title_on_the_same_line_starts_a_plan():
    """附件1：某县防汛工作方案 / 附件2：某县抗旱工作方案, each over its own 一、 二、: two plans, each titled."""
    plans = parse_text(
        "某县防汛抗旱指挥部关于印发两个方案的通知\n"
        "各乡镇人民政府：\n"
        "现将两个方案印发给你们，请认真落实。\n"
        "附件：1.某县防汛工作方案\n"
        "2.某县抗旱工作方案\n"
        "某县防汛抗旱指挥部\n"
        "2030年4月2日\n"
        "附件1：某县防汛工作方案\n"
        "一、压实防汛责任。落实防汛责任制。（县防指办负责）\n"
        "二、开展汛前检查。检查水库堤防。（县水利局负责）\n"
        "附件2：某县抗旱重点工作责任分解\n"
        "一、加强水源调度。科学调度水库蓄水。（县水利局负责）\n", "two.txt")
    assert [p.title for p in plans] == ["某县防汛工作方案", "某县抗旱重点工作责任分解"]
    assert [[t.title for t in p.tasks()] for p in plans] == [["压实防汛责任", "开展汛前检查"], ["加强水源调度"]]


def test_a_notice_title_broken_over_lines_with_no_plan_title_is_titled_from_the_issuing_sentence():
    """某市人民政府办公室 / 关于印发《…综合 / 治理攻坚行动方案》的通知, and no title line of the plan: the office's name is
    no title; the notice's 现将《…》印发给你们 names the plan."""
    plan = _one(
        "某市人民政府办公室\n"
        "关于印发《某市2030年城市安全风险综合\n"
        "治理攻坚行动方案》的通知\n"
        "各县（市、区）人民政府：\n"
        "现将《某市2030年城市安全风险综合治理攻坚行动方案》印发给你们，请认真贯彻落实。\n"
        "一、开展风险普查。完成城市安全风险辨识评估。（市应急管理局负责）\n")
    assert plan.title == "某市2030年城市安全风险综合治理攻坚行动方案"


@pytest.mark.parametrize("senders", ["某市农业农村局\n某市财政局\n", ""])
def test_a_joint_notice_title_broken_inside_its_quotes_names_the_rules_it_issues(senders):
    """某市农业农村局 / 某市财政局 / 关于印发《某市…资金管理 / 实施细则》的通知: the sender lines and the halves are the
    notice's one title, and the plan is the 实施细则 it issues, whose articles are read by their sentences' subjects."""
    plan = _one(
        senders
        + "关于印发《某市农机购置补贴资金管理\n"
        "实施细则》的通知\n"
        "各县（市、区）农业农村局：\n"
        "现将《某市农机购置补贴资金管理实施细则》印发给你们，请认真执行。\n"
        "第一条　为规范补贴资金管理，制定本细则。\n"
        "第二条　市农业农村局负责补贴资金申报审核，市财政局负责补贴资金拨付。\n")
    assert plan.title == "某市农机购置补贴资金管理实施细则"
    assert _units(plan.tasks()[-1]) == [("市农业农村局", "responsible"), ("市财政局", "responsible")]


def test_one_character_labels_and_a_dotted_chinese_numeral_inside_text_without_line_breaks():
    """A whole plan on one line with ㈠ group headings and a 二. written for 二、: they start items there as at line
    starts."""
    plan = _one(
        "某县2030年抗旱工作任务清单为做好抗旱保供水工作，制定本清单。"
        "一、保障水源㈠水库调度1、科学调度水库蓄水。（县水利局负责）2、加强取水口管理。（县水利局负责）"
        "二.保障供水㈡城区供水3、新建应急备用水源。（县住建局负责）"
        "㈢农村供水4、加快农村供水工程建设。（县水利局牵头，各乡镇人民政府落实）\n")
    assert [t.title for t in plan.tasks()] == ["科学调度水库蓄水", "加强取水口管理", "新建应急备用水源", "加快农村供水工程建设"]
    assert [s.label for s in plan.sections] == ["一、", "二."]


def test_an_attachment_under_its_bare_mark_in_text_without_line_breaks_is_a_plan_of_its_own():
    """…报县防指办。附件2㈠加强水源调度…: the second plan begins at the bare mark, titled from the notice's list."""
    plans = parse_text(
        "某县防汛抗旱指挥部关于印发两个方案的通知各乡镇人民政府：现将两个方案印发给你们，请认真落实。"
        "附件：1.某县防汛工作方案2.某县抗旱工作任务清单某县防汛抗旱指挥部2030年4月2日"
        "附件1某县防汛工作方案为切实做好防汛工作，最大限度减轻洪涝灾害损失，确保人民群众生命财产安全，制定本方案。"
        "一、压实防汛责任。落实以行政首长负责制为核心的防汛责任制，逐级明确防汛责任人。（县防指办负责）"
        "二、开展汛前检查。4月底前完成水库、堤防、山塘汛前检查，发现问题立行立改。（县水利局负责）"
        "各乡镇要于每月25日前将进展报县防指办。"
        "附件2㈠加强水源调度（县水利局牵头，县农业农村局配合）1、科学调度水库蓄水，优先保障城乡居民生活用水。"
        "2、加强河道取水口管理，严禁无序取水。㈡保障农业灌溉3、推进灌区节水改造。（县农业农村局负责）\n",
        "two.txt")
    assert [p.title for p in plans] == ["某县防汛工作方案", "某县抗旱工作任务清单"]
    assert [t.number for t in plans[1].tasks()] == [1, 2, 3]


def test_page_numbers_left_inside_text_without_line_breaks_do_not_stop_the_numbering():
    """…配合）— 2 —四、专项行动（七）… and a page number mid-sentence: the page numbers go, the items are read on;
    a year range (2030—2032年) is no page number."""
    plans = parse_text(
        "某市安全生产治本攻坚三年行动方案（2030—2032年）为从根本上消除事故隐患，结合我市实际，制定本方案。"
        "一、重点任务（一）压实安全责任。落实“三管三必须”要求，动态修订监管职责清单。（市安委办牵头，市安委会各成员单位配合）"
        "（二）整治重大隐患。推动重大事故隐患判定标准全覆盖，健全隐患排查整改闭环机制。（市应急管理局负责）"
        "（三）消防安全专项整治。聚焦高层建筑和— 2 —人员密集场所，开展消防隐患排查整治。（市消防救援支队负责）— 3 —"
        "二、专项行动（四）燃气安全专项整治。全面排查燃气经营、输送、使用各环节风险隐患。（市住建局牵头，市市场监管局配合）\n",
        "campaign.txt")
    assert [t.number for t in plans[0].tasks()] == [1, 2, 3, 4]
    assert plans[0].tasks()[2].title == "消防安全专项整治"


def test_an_annex_run_on_inside_a_line_with_its_title_is_split_from_the_plan_before_it():
    """A whole notice, plan and annex on one line: …附件某市…责任分工（一）…: the annex is a second plan, and the plan
    before it, announced by no title line of its own, is still the first."""
    plans = parse_text(
        "某市人民政府办公室关于印发某市2030年数字政府建设工作要点的通知各县（市、区）人民政府：现将工作要点印发给你们，"
        "请认真组织实施。某市人民政府办公室2030年3月8日某市2030年数字政府建设工作要点为推进数字政府建设，制定本要点。"
        "一、推进政务服务1.推进事项标准化。统一事项名称和办理条件。（责任单位：市政务服务和数据管理局）"
        "二、提升监管能力2.推行“互联网+监管”。完善市级监管平台。（市市场监管局负责）"
        "三、强化数据支撑3.完善公共数据目录。动态更新数据资源目录。（市政务服务和数据管理局负责）"
        "附件某市2030年数字政府重点项目推进责任分工（一）建设城市运行管理服务平台。完成平台一期建设，接入城管、住建等部门数据。"
        "（市城市管理局牵头，市住房城乡建设局配合）（二）建设智慧医保信息系统。推广医保电子凭证全流程应用，"
        "实现定点医药机构医保移动支付全覆盖。（市医保局负责）\n",
        "run-on.txt")
    assert [p.title for p in plans][1] == "某市2030年数字政府重点项目推进责任分工"
    assert [t.number for t in plans[0].tasks()] == [1, 2, 3]
    assert [t.number for t in plans[1].tasks()] == [1, 2]


def test_the_plans_sections_start_again_after_the_dated_notice_in_text_without_line_breaks():
    """关于印发《X》的通知 … 一、… 二、… 三、… 某市防汛抗旱指挥部 2030年3月18日 为…制定本方案。一、工作目标 二、重点任务 …
    all on one line: after the notice's signature and date, the plan's own 一、 starts its sections again."""
    plan = _one(
        "某市防汛抗旱指挥部关于印发《某市2030年城市内涝治理攻坚行动方案》的通知 各县（市、区）人民政府： "
        "现将《某市2030年城市内涝治理攻坚行动方案》印发给你们，并就有关事项通知如下： 一、提高思想认识。各地各部门要高度重视。 "
        "二、细化工作措施。各牵头单位要制定推进计划。 三、及时报送进展。每月25日前报市防指办。 某市防汛抗旱指挥部 2030年3月18日 "
        "为系统治理城市内涝，制定本方案。 一、工作目标 2030年底前消除严重易涝积水点。 二、重点任务 "
        "（一）开展易涝点排查。逐一排查易涝区域，建立清单。（市防指办牵头，市住建局配合） "
        "（二）改造雨污管网。完成雨污分流改造管网120公里。（市住建局负责） 三、专项行动 "
        "（三）排水设施清掏行动。汛前全面清掏雨水口。（市城管局负责）\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "开展易涝点排查"), (2, "改造雨污管网"), (3, "排水设施清掏行动")]
    assert [s.title for s in plan.sections if s.tasks] == ["重点任务", "专项行动"]


def test_a_list_of_attachments_under_a_bare_mark_starts_no_plan():
    """附件 / 1.某县防汛工作方案 / 2.某县抗旱工作方案 in the notice: a list of titles, not an attached plan's outline."""
    plans = parse_text(
        "某县防汛抗旱指挥部关于印发两个方案的通知\n"
        "各乡镇人民政府：\n"
        "现将两个方案印发给你们，请认真落实。\n"
        "附件\n"
        "1.某县防汛工作方案\n"
        "2.某县抗旱工作方案\n"
        "某县防汛抗旱指挥部\n"
        "2030年4月2日\n"
        "某县防汛工作方案\n"
        "一、压实防汛责任。落实防汛责任制。（县防指办负责）\n"
        "某县抗旱工作方案\n"
        "一、加强水源调度。科学调度水库蓄水。（县水利局负责）\n", "list.txt")
    assert [p.title for p in plans] == ["某县防汛工作方案", "某县抗旱工作方案"]


def test_a_lone_first_sub_point_holding_the_others_run_on_leaves_the_heading_the_task():
    """Text that lost its line breaks keeps （一）建设平台。1.完成一期；2.建设体系；3.试点运行。（X牵头） on one line: the 2. and
    3. run on inside the 1. after a ；, so each （一） holds one lone 1.: the （一） items are the tasks."""
    plans = parse_text(
        "某市2030年数字政府重点项目推进责任分工为推进数字政府重点项目建设，明确责任分工，制定本方案。"
        "（一）建设城市运行管理服务平台。1.完成平台一期建设，接入城管、住建、交通等部门数据；2.建设城市体征指标体系；"
        "3.年底前在市区试点运行。（牵头单位：市城市管理局；配合单位：市交通运输局）"
        "（二）建设智慧医保信息系统。1.推广医保电子凭证全流程应用；2.实现定点医药机构医保移动支付全覆盖。（市医保局负责）"
        "（三）建设智慧教育平台。1.推进中小学智慧校园建设；2.汇聚优质数字教育资源，向农村学校开放共享。（市教育局负责）\n",
        "run-on.txt")
    assert [(t.number, t.title) for t in plans[0].tasks()] == [
        (1, "建设城市运行管理服务平台"), (2, "建设智慧医保信息系统"), (3, "建设智慧教育平台")]


def test_an_annex_whose_title_holds_a_space_for_its_line_break_is_split_off():
    """A text with a space for each line break: … 附件 某市…重点项目推进 责任分工 （一）… (the annex's title was set over
    two lines): the annex is a plan of its own, its title whole."""
    plans = parse_text(
        "某市2030年数字政府建设工作要点 为推进数字政府建设，制定本要点。 一、推进政务服务 1.推进事项标准化。统一事项名称和"
        "办理条件。（责任单位：市政务服务和数据管理局） 二、提升监管能力 2.推行“互联网+监管”。完善市级监管平台。（市市场监管局"
        "负责） 三、强化数据支撑 3.完善公共数据目录。动态更新数据资源目录。（市政务服务和数据管理局负责） 附件 某市2030年数字政府"
        "重点项目推进 责任分工 （一）建设城市运行管理服务平台。完成平台一期建设，接入城管、住建等部门数据。（市城市管理局牵头，"
        "市住房城乡建设局配合） （二）建设智慧医保信息系统。推广医保电子凭证全流程应用，实现移动支付全覆盖。（市医保局负责）\n",
        "spaced.txt")
    assert [p.title for p in plans] == ["某市2030年数字政府建设工作要点", "某市2030年数字政府重点项目推进责任分工"]
    assert [t.number for t in plans[1].tasks()] == [1, 2]


def test_sub_points_written_as_one_enumeration_closed_by_the_annotation_leave_the_heading_the_task():
    """（一）建设平台。 / 1.…； / 2.…； / 3.…。（X牵头，Y配合）: the 1. 2. 3. are one list (each but the last ends in ；),
    closed by the item's one annotation: the （一） items are the tasks, however short their headings."""
    plan = _one(
        "某市2030年数字政府重点项目推进责任分工\n"
        "（一）建设城市运行管理服务平台。\n"
        "1.完成平台一期建设，接入城管、住建等部门数据；\n"
        "2.建设城市体征指标体系；\n"
        "3.年底前在市区试点运行。（牵头单位：市城市管理局；配合单位：市交通运输局）\n"
        "（二）建设智慧医保信息系统。\n"
        "1.推广医保电子凭证全流程应用；\n"
        "2.实现定点医药机构医保移动支付全覆盖。（市医保局负责）\n")
    assert [(t.label, t.title) for t in plan.tasks()] == [("（一）", "建设城市运行管理服务平台"), ("（二）", "建设智慧医保信息系统")]
    assert _units(plan.tasks()[0]) == [("市城市管理局", "lead"), ("市交通运输局", "support")]


# ---- four levels: an action's bare 1. 2. headings over its （1） measures ----------------------------------


def test_the_measures_under_an_actions_bare_headings_are_the_tasks():
    """（一）实施X行动 → 1.主要目标指标 (targets) / 2.重点工作举措 → （1） measures, each annotated: the （1） measures are
    the tasks, numbered afresh in each action; the 1. 2. lines are frame (targets are no task) and stay text."""
    plan = _one(
        "某市2030年产业发展行动方案\n"
        "一、总体要求\n"
        "坚持创新驱动，推动产业发展。\n"
        "二、重点行动\n"
        "（一）实施产业链提升行动\n"
        "1.主要目标指标\n"
        "到2030年底，重点产业链产值突破1000亿元。\n"
        "2.重点工作举措\n"
        "（1）健全链长制。完善工作机制。（市X局牵头，市Y局配合）\n"
        "（2）培育链主企业。支持企业兼并重组。（责任单位：市Z局）\n"
        "（二）实施绿色转型行动\n"
        "1.主要目标指标\n"
        "到2030年底，单位增加值能耗下降3%。\n"
        "2.重点工作举措\n"
        "（1）推进节能降碳。实施改造项目10个。（市发展改革委牵头，市生态环境局配合）\n"
        "（2）发展循环经济。推进综合利用。（责任单位：市X局）\n")
    assert [(t.label, t.title) for t in plan.tasks()] == [
        ("（1）", "健全链长制"), ("（2）", "培育链主企业"), ("（1）", "推进节能降碳"), ("（2）", "发展循环经济")]
    assert _units(plan.tasks()[0]) == [("市X局", "lead"), ("市Y局", "support")]
    assert _units(plan.tasks()[2]) == [("市发展改革委", "lead"), ("市生态环境局", "support")]
    assert [g.title for g in plan.sections[1].groups] == ["实施产业链提升行动", "实施绿色转型行动"]


def test_bare_headings_over_measures_without_a_group_level_are_the_groups():
    """一、 → 1.重点任务 / 2.配套机制 → （1） annotated measures, no （一） level: the 1. headings group the measures
    (read so before the four-level rule; kept beside it so the rule does not take this shape)."""
    plan = _one(
        "某县2030年农业发展工作方案\n"
        "一、粮食生产\n"
        "1.重点任务\n"
        "（1）稳定播种面积。落实耕地保护责任。（县农业农村局牵头，各乡镇落实）\n"
        "（2）建设高标准农田。新建农田1万亩。（县农业农村局、县财政局按职责分工负责）\n"
        "2.配套机制\n"
        "（3）完善种粮补贴。及时足额发放补贴。（责任单位：县财政局）\n"
        "二、乡村建设\n"
        "1.重点任务\n"
        "（4）整治人居环境。开展村庄清洁行动。（县农业农村局牵头，县住建局配合）\n"
        "2.配套机制\n"
        "（5）健全管护机制。落实长效管护。（责任单位：各乡镇）\n")
    assert [t.title for t in plan.tasks()] == ["稳定播种面积", "建设高标准农田", "完善种粮补贴", "整治人居环境", "健全管护机制"]
    assert [g.title for g in plan.sections[0].groups] == ["重点任务", "配套机制"]
    assert _units(plan.tasks()[1]) == [("县农业农村局", "responsible"), ("县财政局", "responsible")]


def test_numbered_targets_under_an_actions_bare_target_heading_are_no_tasks():
    """1.主要目标指标 → （1）（2） targets naming no unit, 2.重点工作举措 → （1）（2） annotated measures: only the measures
    are tasks; the targets stay text of their action."""
    plan = _one(
        "某市2030年产业发展行动方案\n"
        "一、重点行动\n"
        "（一）实施产业链提升行动\n"
        "1.主要目标指标\n"
        "（1）重点产业链产值突破1000亿元。\n"
        "（2）新培育链主企业5家。\n"
        "2.重点工作举措\n"
        "（1）健全链长制。完善工作机制。（市X局牵头，市Y局配合）\n"
        "（2）培育链主企业。支持企业兼并重组。（责任单位：市Z局）\n"
        "（二）实施绿色转型行动\n"
        "1.主要目标指标\n"
        "（1）单位增加值能耗下降3%。\n"
        "2.重点工作举措\n"
        "（1）推进节能降碳。实施改造项目10个。（市发展改革委牵头，市生态环境局配合）\n"
        "（2）发展循环经济。推进综合利用。（责任单位：市X局）\n")
    assert [t.title for t in plan.tasks()] == ["健全链长制", "培育链主企业", "推进节能降碳", "发展循环经济"]
    assert "新培育链主企业5家" in plan.sections[0].groups[0].text


def test_an_unannotated_item_over_measures_each_annotated_heads_them_inside_its_group():
    """一、 → （一） → 1. → （1）: 1.推行包容审慎监管 names no unit and each of its （1）（2） names its own, beside 2. and 3.
    annotated on their own lines: the （1）（2） are tasks, the 1. a heading inside the （一） group, and 2. is back in it."""
    plan = _one(
        "某区2030年法治保障工作要点\n"
        "一、加强执法监管\n"
        "（一）规范涉企执法\n"
        "1.推行包容审慎监管。\n"
        "（1）动态调整不予处罚清单；（区司法局牵头，区直各执法部门配合）\n"
        "（2）推行非现场监管方式。（区市场监管局负责）\n"
        "2.规范涉企行政检查。推行“综合查一次”。（区司法局负责）\n"
        "（二）强化司法保障\n"
        "3.提升商事审判效率。缩短审理天数。（责任单位：区法院）\n"
        "4.加强普法宣传。开展送法进企业活动。（区司法局负责）\n")
    tasks = plan.tasks()
    assert [(t.label, t.title) for t in tasks] == [
        ("（1）", "动态调整不予处罚清单"), ("（2）", "推行非现场监管方式"), ("2.", "规范涉企行政检查"),
        ("3.", "提升商事审判效率"), ("4.", "加强普法宣传")]
    assert _units(tasks[0]) == [("区司法局", "lead"), ("区直各执法部门", "support")]
    assert [t.group for t in tasks] == ["1.", "1.", "（一）", "（二）", "（二）"]


def test_an_item_over_annotated_points_stays_the_task_where_the_numbers_run_through_the_sections():
    """1.–5. numbered straight through the sections: the plan counts its tasks at that level, so 2. naming no unit over
    （1）（2） points each closed by its own bracket is still the task, its points its text and their units its own
    (a 分工方案 splitting one task's work so); where the numbers start again in each section, the points are the tasks
    (the test above)."""
    plan = _one(
        "某省重点任务分工方案\n"
        "一、稳定粮食生产\n"
        "1.稳定播种面积。分解目标任务。（省甲厅、省乙委）\n"
        "2.推进高标准农田建设。\n"
        "（1）新建高标准农田。（省甲厅、省丙厅）\n"
        "（2）健全建后管护机制。（省甲厅、省丁厅）\n"
        "3.加强水利设施建设。推进灌区改造。（省丁厅）\n"
        "二、加强乡村治理\n"
        "4.加强基层组织建设。（省戊部）\n"
        "5.推进平安乡村建设。（省己厅）\n")
    assert [(t.label, t.title, _units(t)) for t in plan.tasks()] == [
        ("1.", "稳定播种面积", [("省甲厅", R), ("省乙委", R)]),
        ("2.", "推进高标准农田建设", [("省甲厅", R), ("省丙厅", R), ("省甲厅", R), ("省丁厅", R)]),
        ("3.", "加强水利设施建设", [("省丁厅", R)]), ("4.", "加强基层组织建设", [("省戊部", R)]),
        ("5.", "推进平安乡村建设", [("省己厅", R)])]


def test_an_item_over_annotated_points_stays_the_task_where_its_points_would_repeat_the_task_numbers_before_it():
    """1. 2. 3. under one section, 2. naming no unit over （1）（2） each closed by its own bracket: read as tasks, the
    points would be a second 1 and 2 after task 1, so 2. is one of the plan's count of tasks, holding both annotations."""
    plan = _one(
        "某县2030年甲工作要点\n"
        "一、重点工作\n"
        "1.甲工作。推进甲工作。（责任单位：县甲办、县乙局）\n"
        "2.强化查缉。\n"
        "（1）公路查缉。设立查缉点。（责任单位：县丙局、县丁局）\n"
        "（2）寄递查控。落实实名收寄。（责任单位：县戊局）\n"
        "3.丙工作。推进丙工作。（责任单位：县己局）\n")
    tasks = plan.tasks()
    assert [(t.label, t.title, _units(t)) for t in tasks] == [
        ("1.", "甲工作", [("县甲办", R), ("县乙局", R)]),
        ("2.", "强化查缉", [("县丙局", R), ("县丁局", R), ("县戊局", R)]),
        ("3.", "丙工作", [("县己局", R)])]
    assert len(tasks[1].annotations) == 2


def test_an_item_over_annotated_points_in_a_group_stays_the_task_where_the_numbers_run_on_before_it():
    """一、 → （一） → 1. → （1）, the 1. numbers running on across the groups: 4. naming no unit over （1）（2） each with
    its own units comes after tasks 1.–3., which the points would number again; 4. stays the task in its （二） group
    (a 1. opening the count over such points heads them: the test above it in this file)."""
    plan = _one(
        "某县2030年乙工作要点\n"
        "一、重点工作\n"
        "（一）压实责任\n"
        "1.落实责任制。签订责任书。（责任单位：县甲办、县乙局）\n"
        "2.加强督导。开展季度督导。（县甲办负责）\n"
        "（二）严厉打击\n"
        "3.开展专项行动。严打违法犯罪。（责任单位：县丙局）\n"
        "4.强化查缉。\n"
        "（1）公路查缉。设立查缉点。（责任单位：县丙局、县丁局）\n"
        "（2）寄递查控。落实实名收寄。（责任单位：县戊局）\n"
        "5.加强资金查控。排查资金线索。（责任单位：县己行）\n")
    tasks = plan.tasks()
    assert [(t.label, t.group) for t in tasks] == [
        ("1.", "（一）"), ("2.", "（一）"), ("3.", "（二）"), ("4.", "（二）"), ("5.", "（二）")]
    assert _units(tasks[3]) == [("县丙局", R), ("县丁局", R), ("县戊局", R)]


def test_an_enclosed_number_past_ten_over_annotated_points_stays_the_task_where_its_points_would_repeat_the_count():
    """Word's autocorrect numbers tasks ⒈ … ⒛, one character for a number and its stop; ⒓ naming no unit over ⑴⑵
    each closed by its own bracket comes after tasks ⒒ and before, which the points would number again: ⒓ stays the
    task, as 12. would (⒑ … ⒛ are no Unicode digits, unlike ⒈ … ⒐)."""
    plan = _one(
        "某县2030年丙工作要点\n"
        "一、重点任务\n"
        "㈠提升建设便利度\n"
        "⒒推进区域评估。开展区域评估。（县甲委牵头）\n"
        "⒓优化报装服务。\n"
        "　　⑴用电报装压减至5日（县乙公司负责）；\n"
        "　　⑵燃气报装压减至5日（县丙局牵头，县丁公司落实）。\n"
        "⒔提升登记效率。推行联动过户。（县戊局牵头）\n")
    tasks = plan.tasks()
    assert [(t.label, t.title) for t in tasks] == [("⒒", "推进区域评估"), ("⒓", "优化报装服务"), ("⒔", "提升登记效率")]
    assert _units(tasks[1]) == [("县乙公司", R), ("县丙局", L), ("县丁公司", I)]


def test_numbered_problems_over_annotated_measures_head_them_though_their_numbers_run_on():
    """问题1： 问题2： numbered on through the plan, each over （1）（2） measures with their own units: the number under
    the word 问题 counts problems, not tasks, so the measures are the tasks (unlike a bare 2. over its points)."""
    plan = _one(
        "某校2030年评估整改方案\n"
        "一、整改措施\n"
        "（一）培养方案\n"
        "问题1：课程体系不够清晰。\n"
        "（1）修订培养方案。（责任单位：甲处、乙院）\n"
        "（2）建设支撑矩阵。（责任单位：甲处）\n"
        "（二）实践教学\n"
        "问题2：实践学分偏低。\n"
        "（1）提高实践学分比例。（责任单位：乙院）\n"
        "（2）新建实验中心。（责任单位：丙处）\n")
    assert [(t.label, t.group, _units(t)) for t in plan.tasks()] == [
        ("（1）", "问题1：", [("甲处", R), ("乙院", R)]), ("（2）", "问题1：", [("甲处", R)]),
        ("（1）", "问题2：", [("乙院", R)]), ("（2）", "问题2：", [("丙处", R)])]


def test_a_heading_annotated_over_its_sub_points_beside_tasks_with_sub_points_is_a_task():
    """Per section: （一）（二） close their 1. 2. sub-points with one annotation line; （三） puts its annotation on its
    own heading line over 1. 2. starting again at 1: a task like its neighbours, not a heading covering two tasks,
    while the next section's （一）（二） head annotated 1.–4. tasks."""
    plan = _one(
        "某区2030年政务服务工作要点\n"
        "一、深化改革\n"
        "（一）推进审批提速。\n"
        "1.推行承诺制审批；\n"
        "2.推进联合验收。\n"
        "（区政务服务中心牵头，区住建局配合）\n"
        "（二）深化“一网通办”。\n"
        "1.新增集成服务事项10项；\n"
        "2.推动事项掌上办理。\n"
        "（责任单位：区数据资源局）\n"
        "（三）优化涉企服务（区发展改革局牵头，区工信局配合）\n"
        "1.建立企业服务专员制度；\n"
        "2.开展政企面对面活动。\n"
        "二、强化监管\n"
        "（一）加强信用监管\n"
        "1.实施信用分类管理。（区发展改革局负责）\n"
        "2.开展信用修复。（区市场监管局负责）\n"
        "（二）加强质量监管\n"
        "3.开展质量抽查。（区市场监管局负责）\n"
        "4.推进标准建设。（区市场监管局牵头，区工信局配合）\n")
    assert [(t.label, t.title) for t in plan.tasks()] == [
        ("（一）", "推进审批提速"), ("（二）", "深化“一网通办”"), ("（三）", "优化涉企服务"),
        ("1.", "实施信用分类管理"), ("2.", "开展信用修复"), ("3.", "开展质量抽查"), ("4.", "推进标准建设")]
    assert _units(plan.tasks()[2]) == [("区发展改革局", "lead"), ("区工信局", "support")]


def test_a_heading_with_a_plain_paragraph_beside_headings_over_tasks_stays_text_and_is_reported():
    """（二）加强宣传引导 / a paragraph naming no unit, no 一是/二是, between headings over numbered tasks: not read as a
    task (nothing says it is one), and the reading report names the line."""
    plan = _one(
        "某区2030年工作要点\n"
        "一、重点任务\n"
        "（一）加强队伍建设\n"
        "1.开展培训。组织业务培训2次。（区X局负责）\n"
        "2.完善考核。健全考核办法。（区Y局负责）\n"
        "（二）加强宣传引导\n"
        "充分利用各类媒体，广泛宣传政策措施，营造良好氛围。\n"
        "（三）强化督查\n"
        "3.开展督查。每季度督查一次。（区Z办负责）\n")
    assert [t.title for t in plan.tasks()] == ["开展培训", "完善考核", "开展督查"]
    assert "营造良好氛围" in plan.sections[0].groups[1].text
    assert any(n.line == 6 and "no numbered items and names no unit" in n.text for n in plan.readings)


def test_a_heading_whose_paragraph_names_who_does_its_work_beside_headings_over_tasks_is_a_task():
    """（二）预警发布 / 县甲局会同县乙局制作…；县丙中心负责发布。 between a run-in duty and （三） over 1. 2.: the paragraph's
    subjects name the units doing its work, no annotation closing it, so it is one task as its neighbours' items are
    (before: the heading's text, the paragraph and its units lost). A paragraph naming no unit stays text (test above)."""
    plan = _one(
        "某县森林火灾应急预案\n"
        "一、预防和预警\n"
        "（一）火源管控\n"
        "县甲局牵头，县丁局配合，严格落实野外用火审批制度。\n"
        "（二）预警发布\n"
        "县甲局会同县乙局制作森林火险预警信息；县丙中心负责向社会公众发布。\n"
        "（三）预警响应\n"
        "1.发布黄色预警后，加强巡山护林。（县甲局负责）\n"
        "2.发布红色预警后，派出工作组督导检查。（县丁局负责）\n")
    assert [t.label for t in plan.tasks()] == ["（一）", "（二）", "1.", "2."]
    assert plan.tasks()[1].title == "预警发布"
    assert _units(plan.tasks()[1]) == [("县甲局", L), ("县乙局", S), ("县丙中心", R)]


def test_a_heading_whose_paragraph_looks_back_or_names_no_unit_answering_beside_headings_over_tasks_stays_text():
    """（二）<H> / <paragraph> between headings over numbered tasks: the paragraph makes the heading a task only when it
    gives a unit the work to answer for (responsible or lead), is written as work to do and sits under no background's
    heading. An evaluation (县甲局监管力量薄弱), a paragraph looking back (经…同意…制定了 / 今年以来…完成 / 上年度…) and a
    background heading (基本情况) stay the heading's text (before: a task with the unit named there)."""
    def labels(heading: str, paragraph: str):
        plan = _one("某县林业发展工作方案\n一、重点任务\n（一）造林绿化\n1.完成人工造林1万亩。（县甲局负责）\n"
                    "2.实施退化林修复。（县甲局负责）\n（二）" + heading + "\n" + paragraph + "\n（三）森林防火\n"
                    "1.加强火源管控。（县甲局负责）\n2.建设防火通道。（县丙局负责）\n")
        return [t.label for t in plan.tasks()]
    text = ["1.", "2.", "1.", "2."]
    assert labels("薄弱环节", "部分乡镇重视不够，县甲局监管力量薄弱。") == text
    assert labels("方案编制", "经县政府同意，县甲局牵头制定了本方案。") == text
    assert labels("造林成效", "今年以来，各乡镇配合县甲局完成造林3万亩。") == text
    assert labels("评先评优", "上年度，县甲局获评全省先进单位，县乙局配合不力被通报。") == text
    assert labels("基本情况", "全县共有林业站5个，县甲局负责指导。") == text
    # a unit answering for the work still makes the heading a task
    assert labels("林下经济", "县甲局负责培育林下经济主体，各乡镇配合。") == ["1.", "2.", "（二）", "1.", "2."]


def test_the_first_item_run_on_after_a_colon_announcing_the_list_starts_the_outline():
    """Text without line breaks where the preamble announces its list with a colon: …提出如下分工意见：一、… (the
    items are read from the 一、 after the colon, not lost in the preamble)."""
    plans = parse_text(
        "某市2030年重点工作分工意见为抓好今年各项工作落实，现就重点工作提出如下分工意见：一、扩大有效需求（一）扩大有效投资。"
        "全年实施重点项目200个，完成投资500亿元。（市发展改革委牵头，市财政局配合）（二）促进消费增长。开展消费促进活动50场次以上。"
        "（市商务局负责）二、加快产业升级（三）培育先进制造业。新增规模以上工业企业60家。（市工业和信息化局负责）\n",
        "colon.txt")
    tasks = plans[0].tasks()
    assert [t.number for t in tasks] == [1, 2, 3]
    assert _units(tasks[0]) == [("市发展改革委", "lead"), ("市财政局", "support")]


def test_a_person_or_deadline_field_ending_an_annotation_line_run_on_ends_before_the_next_item():
    """Text without line breaks where each task's annotation is a line of fields with no stop: …责任单位：镇应急办责任领导：
    王某完成时限：全年2.压实… — the next item starts after the person's or the deadline's field as after a unit label's."""
    plans = parse_text(
        "某镇2030年安全生产工作要点为做好全镇安全生产工作，制定本要点。一、压实安全责任1.落实党政领导责任。调整镇安委会组成人员，"
        "明确分工。责任单位：镇应急办责任领导：王某完成时限：全年2.压实村（社区）属地责任。指导各村（社区）配齐安全员。"
        "责任单位：镇应急办牵头，各村（社区）落实完成时限：6月底前3.强化企业主体责任。开展企业负责人培训。责任单位：镇经发办"
        "责任领导：李某4.严格考核问责。将安全生产纳入年度考核。责任单位：镇党政办\n",
        "fields.txt")
    tasks = plans[0].tasks()
    assert [t.number for t in tasks] == [1, 2, 3, 4]
    assert _units(tasks[1]) == [("镇应急办", "lead"), ("各村（社区）", "implement")]
    assert _units(tasks[3]) == [("镇党政办", "responsible")]


def test_a_section_heading_in_two_halves_parted_by_a_comma_runs_into_its_first_item():
    """Text without line breaks whose section headings are worded in two halves parted by a comma, as national and
    provincial plans word them: 一、扩大国内需求，提高投资效益（一）… — the （一） after the heading is the section's first
    task (the heading is short and holds no sentence), and so is each next section's."""
    plans = parse_text(
        "某省2030年重点工作分工方案为做好今年政府工作，现就重点工作分工如下。一、扩大国内需求，提高投资效益（一）促进消费增长。"
        "开展消费促进活动。（省商务厅牵头，省财政厅配合）（二）扩大有效投资。实施重点项目500个。（省发展改革委负责）"
        "二、发展新质生产力，建设现代化产业体系（三）改造提升传统产业。推进设备更新。（省工业和信息化厅负责）"
        "（四）培育新兴产业。壮大新能源产业集群。（省发展改革委、省科技厅按职责分工负责）\n",
        "comma.txt")
    tasks = plans[0].tasks()
    assert [t.number for t in tasks] == [1, 2, 3, 4]
    assert [t.title for t in tasks][::2] == ["促进消费增长", "改造提升传统产业"]
    assert _units(tasks[2]) == [("省工业和信息化厅", "responsible")]


def test_a_page_chunk_that_ends_with_the_notices_signature_starts_the_plan_on_the_next():
    """A notice's requirements (一、二、) signed and dated, a page chunk ending soon after the date: the plan the notice
    issues starts on the next chunk, its 一、 numbering again (before: the plan's 一、 was not the next of the
    notice's 二、, so every section ran on into the notice's last requirement)."""
    plan = _one(
        "1、某县人民政府办公室关于印发某县2030年重点工作任务分解方案的通知各乡镇人民政府，县政府各部门：现将方案印发给你们，"
        f"并提出如下要求。一、压实工作责任。{_DUTY * 2}各责任单位要制定推进方案。二、强化督查考核。县政府督查室要每季度通报"
        "一次进展情况。某县人民政府办公室2030年2月18日某县2030年重点工\n"
        f"2、作任务分解方案为确保各项目标任务落到实处，现分解如下。一、抓项目扩投资1.实施重点项目120个。{_DUTY * 2}（牵头单位：县发展改革局）"
        "2.加快专项债券项目建设。（牵头单位：县财政局）二、抓产业促转型3.培育规上工业企业10家。（牵头单位：县工业和信息化局）"
        "4.推进园区提质。（牵头单位：县经济开发区管委会）\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [
        (1, "实施重点项目120个"), (2, "加快专项债券项目建设"), (3, "培育规上工业企业10家"), (4, "推进园区提质")]
    assert _units(plan.tasks()[2]) == [("县工业和信息化局", L)]


def test_a_plans_title_run_on_after_the_notices_date_is_a_heading_before_its_first_section():
    """A whole document on one line: a notice with no numbered requirements, signed and dated, then the plan's title
    run straight into its 一、 (…某市人民政府2030年2月10日某市2030年重点工作责任分解一、主要预期目标1.…). The title between
    the date and the 一、 is a heading, as a short heading before a 1. is (before: 一、 and 1. stayed in the notice, and
    the （1）（2） sub-points of task 2 were read as the tasks)."""
    plan = _one(
        "某市人民政府关于印发某市2030年重点工作责任分解的通知各县（区）人民政府，市政府各部门：现将《某市2030年重点工作"
        "责任分解》印发给你们，请认真抓好贯彻落实。各牵头单位要制定具体推进方案，每季度末5日前将进展情况报市政府督查室。"
        "某市人民政府2030年2月10日某市2030年重点工作责任分解一、主要预期目标1.地区生产总值增长6%左右。"
        "牵头单位：市发展改革委配合单位：市统计局2.主要经济指标。（1）规模以上工业增加值增长7%左右。（2）固定资产投资增长8%。"
        "牵头单位：市工业和信息化局二、全力扩大有效需求3.全年实施市级重点项目300个。牵头单位：市发展改革委\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [
        (1, "地区生产总值增长6%左右"), (2, "主要经济指标"), (3, "全年实施市级重点项目300个")]
    assert _units(plan.tasks()[0]) == [("市发展改革委", L), ("市统计局", S)]


def test_a_page_chunk_that_begins_inside_a_label_clause_still_ends_the_clause_at_the_next_item():
    """Annotations with no bracket and no stop end at the next item (…配合单位：市统计局2.推进…); a page chunk may begin
    inside such a clause (…配合单位：市文 / 2、化广电旅游局、市财政局2.推动…). The end of the chunk before runs on into it
    (before: 2. was not taken after the clause, and every task after it ran on into task 1)."""
    plan = _one(
        f"1、某市2030年重点工作责任分解为落实年度目标任务，现分解如下。一、扩大有效需求1.加力扩大消费。{_DUTY * 3}举办促消费活动200场以上。"
        "牵头单位：市商务局配合单位：市文\n"
        f"2、化广电旅游局、市财政局2.推动房地产市场平稳健康发展。{_DUTY * 3}收购存量商品房。"
        "牵头单位：市住房城乡建设局3.积极争取政策资金。争取专项债券资金120亿元以上。牵头单位：市发展改革委\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [
        (1, "加力扩大消费"), (2, "推动房地产市场平稳健康发展"), (3, "积极争取政策资金")]
    assert _units(plan.tasks()[0]) == [("市商务局", L), ("市文化广电旅游局", S), ("市财政局", S)]


def test_a_positional_rule_broken_by_a_page_chunk_still_governs_the_lists_after_it():
    """"列在第一位的为牵头单位，其他为参与单位，下同" stated in an early annotation; a page chunk may begin inside it
    (…列在第一位的 / 2、为牵头单位…). The rule runs on over the break (before: it was not found, and every bare list
    after it read as units sharing the duty)."""
    plan = _one(
        f"1、某部2030年工作要点一、加强政治建设（一）深入学习贯彻党的创新理论。{_DUTY * 3}及时研究贯彻落实措施。"
        "（机关党委牵头，人事司、新闻宣传司参与。列在第一位的\n"
        f"2、为牵头单位，其他为参与单位，下同）（二）推进依法行政。{_DUTY * 3}完善规章制度。（办公厅、政策法规司）"
        "（三）加强队伍建设。开展干部教育培训。（人事司、教育训练司）\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [
        (1, "深入学习贯彻党的创新理论"), (2, "推进依法行政"), (3, "加强队伍建设")]
    assert _units(plan.tasks()[1]) == [("办公厅", L), ("政策法规司", S)]
    assert _units(plan.tasks()[2]) == [("人事司", L), ("教育训练司", S)]


def test_sub_points_whose_second_runs_on_after_a_page_chunk_break_stay_in_their_task():
    """（一）建设平台。1.…；2.…；3.… on one line, the sub-points not set apart: the （一） items are the tasks. A page chunk
    may break a 1. before its ；2. (…1.接入气象、水利等部门监 / 2、测预警数据；2.建成…): the 1. runs on into the next line,
    and there its 2. is found (before: that （一） held a lone 1. with no 2. after it, so every 1. was read as a task)."""
    plan = _one(
        f"1、某市2030年数字政府建设工作方案为推进数字政府建设，{_DUTY * 3}制定本方案。一、重点项目（一）建设城市运行管理平台。"
        "1.完成平台一期建设；2.建设城市体征指标体系；3.年底前试点运行。（牵头单位：市城市管理局；配合单位：市交通运输局）"
        "（二）建设应急指挥平台。1.接入气象、水利等部门监\n"
        f"2、测预警数据；2.建成应急指挥视频会商系统。{_DUTY * 3}（责任单位：市应急管理局、市气象局）"
        "（三）建设智慧医保系统。1.推广医保电子凭证；2.实现医保移动支付全覆盖。（市医保局牵头，市卫生健康委配合）\n")
    assert [(t.label, t.title) for t in plan.tasks()] == [
        ("（一）", "建设城市运行管理平台"), ("（二）", "建设应急指挥平台"), ("（三）", "建设智慧医保系统")]
    assert _units(plan.tasks()[1]) == [("市应急管理局", R), ("市气象局", R)]


def test_a_page_chunk_cut_right_after_an_items_label_gives_the_label_to_the_next_chunk():
    """A page cut by length may fall right after a whole label: "…（县水利局牵头）1、" / "2、科学调度水库蓄水…". The label
    goes to the chunk holding its item (before: the 1、 stayed at the end of the heading's line, the text after the
    chunk number read as no item, and the numbering 2、 3、 had no 1、 to run on from)."""
    plan = _one(
        f"1、某县2030年抗旱工作方案为做好抗旱工作，{_DUTY * 3}制定本方案。一、加强水源调度（县水利局牵头，县农业农村局配合）1、\n"
        f"2、科学调度水库蓄水，优先保障城乡居民生活用水。{_DUTY * 3}确保供水安全。2、加强河道取水口管理，严禁无序取水。"
        "3、建立旱情监测台账，每周更新一次。二、保障农业灌溉4、推进灌区节水改造。（县农业农村局牵头，县水利局配合）\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [
        (1, "科学调度水库蓄水，优先保障城乡居民生活用水"), (2, "加强河道取水口管理，严禁无序取水"),
        (3, "建立旱情监测台账，每周更新一次"), (4, "推进灌区节水改造")]


def test_a_page_number_right_after_an_items_label_leaves_the_label_on_its_text():
    """A PDF copied whole, its page number left where the page broke: right after an item's label it is cut out with
    no space left (…配合）1、— 2 —科学调度… is 1、科学调度…); a space there parts the label from its text, and 1、 with a
    space after it reads as no label (before: task 1 ran on into the heading above it, 2、 3、 had no 1、 to follow)."""
    plan = _one(
        f"某县2030年抗旱工作方案为做好抗旱工作，{_DUTY * 2}制定本方案。一、加强水源调度（县水利局牵头，县农业农村局配合）1、— 2 —"
        "科学调度水库蓄水，优先保障城乡居民生活用水。2、加强河道取水口管理，严禁无序取水。3、建立旱情监测台账，每周更新一次。"
        "二、保障农业灌溉4、推进灌区节水改造。（县农业农村局牵头，县水利局配合）\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [
        (1, "科学调度水库蓄水，优先保障城乡居民生活用水"), (2, "加强河道取水口管理，严禁无序取水"),
        (3, "建立旱情监测台账，每周更新一次"), (4, "推进灌区节水改造")]


def test_a_task_table_copied_without_its_breaks_is_reported_not_read():
    """A 分工表 copied without its line breaks: its header (序号 重点任务 牵头单位 …) runs on into the rows, whose cells
    can no longer be told apart. The reader says so (a warning naming the line) rather than guess tasks from the cells
    (before: nothing was said, and the plan read as a plan with a few tasks)."""
    plan = _one(
        "某市2030年优化营商环境重点任务分工表序号重点任务牵头单位配合单位完成时限1压缩企业开办时间至1个工作日市市场监管局"
        "市税务局6月底前2推行工程建设项目审批告知承诺制市住房城乡建设局市自然资源和规划局年底前3提升获得电力便利度"
        "市供电公司市发展改革委长期坚持\n")
    assert [w for w in plan.warnings if "table's header run on" in w] == [
        "shape.txt:1: a task table's header run on inside a line of text ('序号重点任务牵头单位'): the table lost its rows "
        "when copied, its tasks are not read"]


def test_a_task_tables_header_on_a_line_of_its_own_is_not_reported():
    plan = _one(
        "某市2030年优化营商环境重点任务分工表\n序号 重点任务 牵头单位 配合单位 完成时限\n"
        "1 压缩企业开办时间至1个工作日 市市场监管局 市税务局 6月底前\n")
    assert not [w for w in plan.warnings if "table's header run on" in w]


# ---- duty lists written unit-first: the unit named first, its duties after (成员单位职责, 职责分工) ----------------


def test_a_duty_written_unit_first_is_the_task_of_the_unit_that_heads_it():
    """一、X局：duties / （二）X局。duties / 3.X局： over （1）（2） points: each item is a task, its unit responsible;
    a bracket inside the duty text binds as in any task; two units or a locality may head a duty."""
    plan = _one(
        "某县安全生产委员会成员单位安全生产工作职责\n"
        "一、县应急管理局：承担县安委会日常工作，负责全县安全生产综合监督管理。\n"
        "二、县发展改革局。负责将安全生产纳入发展规划；负责长输管道保护监督管理（县应急管理局、县市场监管局配合）。\n"
        "三、县公安局：\n"
        "（1）负责道路交通安全管理；\n"
        "（2）负责民用爆炸物品公共安全管理。\n"
        "四、县气象局、县地震局：负责自然灾害监测预警，会同有关部门做好信息发布。\n"
        "五、各乡镇人民政府：负责本辖区安全生产工作。\n"
        "六、各乡镇（街道）：负责组织开展辖区隐患排查。\n"
        "七、柳河县：完成年度目标任务。\n")
    tasks = plan.tasks()
    assert [t.number for t in tasks] == [1, 2, 3, 4, 5, 6, 7]
    assert [_units(t) for t in tasks] == [
        [("县应急管理局", R)],
        [("县发展改革局", R), ("县应急管理局", S), ("县市场监管局", S)],
        [("县公安局", R)],
        [("县气象局", R), ("县地震局", R)],
        [("各乡镇人民政府", R)],
        [("各乡镇（街道）", R)],
        []]  # a place name alone names no body
    assert tasks[0].title == "承担县安委会日常工作，负责全县安全生产综合监督管理"
    assert tasks[1].title == "负责将安全生产纳入发展规划；负责长输管道保护监督管理"
    assert tasks[2].title == "县公安局"
    assert tasks[0].annotations[0].text == "县应急管理局" and tasks[0].annotations[0].start == 0


def test_a_period_typed_for_the_full_stop_after_a_duty_s_unit_still_closes_the_unit():
    """(三)县X公司.负责… — an item typed with half-width brackets closes its unit with an ASCII period: the unit heads
    the duty as after 。; a lead with no duty after the period (3.5亿元, 县5.0版) is no unit."""
    plan = _one(
        "某县燃气安全整治职责分工\n"
        "（一）县住房城乡建设局。负责燃气行业安全监管。\n"
        "(二)县城投燃气有限公司.负责所辖管网隐患排查，及时更换老旧管道。\n"
        "（三）县市场监管局．负责燃气具质量监管。\n"
        "（四）县级财政安排资金3.5亿元，用于管网改造。\n")
    tasks = plan.tasks()
    assert [_units(t) for t in tasks] == [
        [("县住房城乡建设局", R)], [("县城投燃气有限公司", R)], [("县市场监管局", R)], []]
    assert [t.title for t in tasks[1:3]] == ["负责所辖管网隐患排查，及时更换老旧管道", "负责燃气具质量监管"]


def test_a_proposal_title_broken_before_its_kind_word_runs_on_to_it():
    """第N号　关于…的 / 提案: a 提案分办 list whose title line broke after 的 (which ends no title), the kind word alone on
    the next line: the title runs on to it; a title line ending otherwise keeps its line."""
    plan = _one(
        "市政协提案分办方案\n"
        "一、经济建设方面\n"
        "第3号　关于扶持城郊小微企业发展的\n"
        "提案\n"
        "提案者：张某某委员\n"
        "主办：市工业和信息化局\n"
        "\n"
        "第5号　关于建设城东农贸市场的提案\n"
        "提案者：李某某委员\n"
        "主办：市商务局\n")
    assert [t.title for t in plan.tasks()] == ["关于扶持城郊小微企业发展的提案", "关于建设城东农贸市场的提案"]
    assert [_units(t) for t in plan.tasks()] == [[("市工业和信息化局", L)], [("市商务局", L)]]


def test_a_bills_title_broken_after_the_law_it_implements_runs_on_to_its_kind_word():
    """1.某省实施《…法》 / 办法（X起草）: a legislative plan's bill implementing a law, broken after the law's name (a
    PDF's line end) before the bill's kind word (办法, 条例, 规定, 细则): the title runs on to the kind word, the units
    after it are read as before; a title line ending in 》 with a sentence of its own below keeps its line."""
    plan = _one("某省2030年度立法工作计划\n一、立法项目\n1.某省实施《中华人民共和国甲乙法》\n办法（省甲局、省乙厅起草）\n"
                "2.某省丙条例（省丙局起草）\n3.贯彻落实《某省丁条例》\n推动各地制定配套制度（省丁局负责）\n")
    assert [t.title for t in plan.tasks()] == ["某省实施《中华人民共和国甲乙法》办法", "某省丙条例", "贯彻落实《某省丁条例》"]
    assert [_units(t) for t in plan.tasks()] == [[("省甲局", R), ("省乙厅", R)], [("省丙局", R)], [("省丁局", R)]]


def test_two_bodies_parted_by_a_space_before_the_colon_head_the_duty_they_share():
    """3.团县委 县妇联：负责… — a county duty list writes a duty two bodies share with their names parted by a space
    (half- or full-width): both are responsible; a run-in heading of two phrases parted by a space names none."""
    plan = _one(
        "某县防溺水工作方案\n"
        "一、职责分工\n"
        "1.加强宣传 强化教育：开展宣传活动。\n"
        "2.县甲局：负责水域安全管理。\n"
        "3.团县委 县妇联：负责发动志愿者开展宣传。\n"
        "4.县文联\u3000县作协：负责创作宣传作品。\n")
    tasks = plan.tasks()
    assert [_units(t) for t in tasks] == [
        [], [("县甲局", R)], [("团县委", R), ("县妇联", R)], [("县文联", R), ("县作协", R)]]
    assert tasks[2].title == "负责发动志愿者开展宣传"


def test_a_role_in_brackets_after_the_unit_heading_a_duty_is_that_units_role():
    """1.县甲局（牵头单位）：负责… — the lead word marks its body's role in brackets after the name, as an annotation
    does: the body leads (or supports), the bracket is no word of its name; a bracket that is part of a name stays."""
    plan = _one(
        "某县防溺水工作方案\n"
        "一、职责分工\n"
        "1.县甲局（牵头单位）：负责全县学生安全教育的组织和督查。\n"
        "2.县乙局：负责水域安全管理。\n"
        "3.县丙局（配合）：协助开展水域巡查。\n"
        "4.各乡镇（街道）：负责辖区巡查。\n")
    tasks = plan.tasks()
    assert [_units(t) for t in tasks] == [
        [("县甲局", L)], [("县乙局", R)], [("县丙局", S)], [("各乡镇（街道）", R)]]
    assert tasks[0].title == "负责全县学生安全教育的组织和督查"


def test_a_department_named_without_its_level_heads_its_duty_though_it_opens_like_a_verb():
    """A 部际联席会议制度's 成员单位职责 names the ministries without their level: 发展改革委：负责… opens with 发展 (a
    heading verb) yet is a body's name; a heading sentence opening with 发展 stays no unit."""
    plan = _one(
        "某某工作部际联席会议制度\n"
        "三、成员单位职责\n"
        "（一）教育部：负责将有关知识纳入学校教育内容。\n"
        "（二）发展改革委：负责将有关工作纳入发展规划，协调重大政策衔接。\n"
        "（三）公安部：负责依法打击相关违法犯罪活动。\n"
        "（四）财政部：负责按规定做好相关经费保障。\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("教育部", R)], [("发展改革委", R)], [("公安部", R)], [("财政部", R)]]


def test_run_in_headings_labels_and_sentences_are_no_units_of_a_duty():
    """一、组织领导：… / （一）指导思想：… / 牵头单位： lines / a heading sentence ending like a name (建设创新平台。,
    建设城市运行管理平台。) / 成立工作专班： / a category heading over members (二、综合监管部门): the lead word names no body,
    and a lead naming the other units by reference (其他有关部门：) names none either, which the reading report says."""
    plan = _one(
        "某市2025年城市安全工作方案\n"
        "一、组织领导：成立工作专班，统筹推进城市安全工作（市应急管理局牵头）。\n"
        "二、指导思想：坚持人民至上、生命至上（市应急管理局负责）。\n"
        "三、重点任务\n"
        "1.建设创新平台。支持企业建设技术创新中心（市科技局负责）。\n"
        "2.建设城市运行管理平台。接入城管、住建数据（市城管局负责）。\n"
        "3.成立工作专班：统筹推进燃气安全整治（市住房城乡建设局负责）。\n"
        "4.开展隐患排查。\n"
        "牵头单位：市应急管理局\n"
        "5.建设乡镇应急服务站：年内建成20个（市应急管理局负责）。\n"
        "四、综合监管部门\n"
        "6.加强综合监管，健全部门协作机制。\n"
        "7.其他有关部门：按照各自职责，做好相关工作。\n")
    units = {t.number: _units(t) for t in plan.tasks()}
    assert units == {1: [("市科技局", R)], 2: [("市城管局", R)], 3: [("市住房城乡建设局", R)], 4: [("市应急管理局", L)],
                     5: [("市应急管理局", R)], 6: [], 7: []}  # none from the category heading; none from 其他有关部门
    assert [t.title for t in plan.tasks()][:3] == ["建设创新平台", "建设城市运行管理平台", "成立工作专班：统筹推进燃气安全整治"]
    assert any("其他有关部门" in n.text and "reference" in n.text for n in plan.readings)


def test_a_project_named_by_what_is_built_is_no_unit_of_a_duty():
    """民生实事 projects are named by what is built (改扩建乡镇卫生院3所。 / 新建县第二小学。): the name ends like a body's
    (所, 小学) and opens like a place (乡镇, 县), but the verb says it is a project, not the unit whose duties follow."""
    plan = _one(
        "某县2025年民生实事方案\n"
        "一、民生保障\n"
        "1.改扩建乡镇卫生院3所。（主办单位：县卫生健康局；协办单位：县财政局）\n"
        "2.新建县第二小学。（县教育局负责）\n")
    assert {t.number: _units(t) for t in plan.tasks()} == {
        1: [("县卫生健康局", L), ("县财政局", S)], 2: [("县教育局", R)]}


def test_a_unit_heading_over_numbered_duties_is_responsible_for_each():
    """一、市水利局 / 1.…… 2.……: the unit standing as a heading (a section's or a （一） group's) answers for every
    duty under it; a bracket in a duty adds its units as usual; the reading report names the heading."""
    plan = _one(
        "某市防汛抗旱指挥部成员单位职责\n"
        "一、市水利局\n"
        "1.承担市防指日常工作，组织编制防汛抗旱应急预案。\n"
        "2.负责水利工程安全度汛监督管理（市应急管理局配合）。\n"
        "二、市气象局\n"
        "3.负责天气监测预报预警。\n"
        "三、其他成员单位职责\n"
        "（一）市交通运输局\n"
        "4.负责公路水路抢险运输保障。\n"
        "（二）市城管局\n"
        "5.负责城市排水设施运行维护。\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("市水利局", R)], [("市应急管理局", S), ("市水利局", R)], [("市气象局", R)],
        [("市交通运输局", R)], [("市城管局", R)]]
    assert sum("names the unit whose duties follow" in n.text for n in plan.readings) == 4


def test_a_unit_heading_closed_by_a_colon_over_numbered_duties_is_responsible_for_each():
    """一、县甲局： alone on its line over 1.…… 2.……, numbers starting again under each (a 成员单位职责清单): the colon
    makes the heading look like a unit-first duty carrying its annotation, but no unit is read out of it as one; it is
    the bearer of the duties below as 一、县甲局 is. Before, the heading was taken as covering its items with units it
    does not name as an annotation, and the duties got no unit; a （一） group so written is read the same."""
    plan = _one(
        "某县成员单位职责清单\n"
        "一、县甲局：\n"
        "1.统筹全县反诈宣传工作，指导县融媒体中心开设专栏。\n"
        "2.协调开展宣传进社区活动。\n"
        "二、县乙法院、县丙检察院：\n"
        "1.依法从严从快办理诈骗案件。\n")
    assert [_units(t) for t in plan.tasks()] == [[("县甲局", R)], [("县甲局", R)], [("县乙法院", R), ("县丙检察院", R)]]
    plan = _one(
        "某县成员单位职责清单\n一、成员单位职责\n"
        "（一）县甲局：\n"
        "1.统筹全县反诈宣传工作。\n"
        "（二）县丁局：\n"
        "1.负责涉诈资金查控。\n")
    assert [_units(t) for t in plan.tasks()] == [[("县甲局", R)], [("县丁局", R)]]


def test_a_working_groups_name_over_its_own_units_lines_is_no_unit_of_its_tasks():
    """（一）铁路民航保障组 / 牵头单位：… / 参加单位：… over 1. 2.: a working group's name may open as a body's does (铁路…,
    民航…) and end in 组, but its own label lines name its units, so the name is no unit of the tasks; a unit standing
    as a heading with no units' lines of its own (（二）市丁局) still answers for the duties under it."""
    plan = _one(
        "某市节日运输保障方案\n一、工作组及任务\n"
        "（一）铁路民航保障组\n牵头单位：市甲中心\n参加单位：某某港务站、市乙局\n"
        "1.协调增开客运航班。\n2.做好旅客滞留应对。\n"
        "（二）市丁局\n3.负责站场秩序维护。\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("市甲中心", L), ("某某港务站", S), ("市乙局", S)], [("市甲中心", L), ("某某港务站", S), ("市乙局", S)],
        [("市丁局", R)]]


def test_the_department_hosting_a_coordinating_bodys_office_carries_its_work():
    """A 议事协调机构 list's block: `办公室设在县X局。` under the body's heading and duties names the department running
    the body's office, responsible beside the body (as the table column 办公室设在 reads); a named office set up by a
    plan's own 组织领导 measure (领导小组办公室设在…) is where that office sits, no duty and no task."""
    plan = _one(
        "某县议事协调机构调整方案\n一、保留机构职责\n"
        "（一）县食品安全委员会\n主要职责：负责统筹全县食品安全工作。\n"
        "办公室设在县甲局，承担委员会日常工作。\n成员单位：县乙局、县丙局。\n"
        "（二）县防灾减灾指挥部\n主要职责：负责统筹全县防灾减灾工作。\n"
        "办公室设在县丁局；森林防火日常工作由县戊局承担。\n成员单位：县乙局。\n"
        "二、工作要求\n（一）加强组织领导。成立县机构调整工作领导小组，领导小组办公室设在县己局，负责日常工作。\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("县食品安全委员会", R), ("县甲局", R), ("县乙局", S), ("县丙局", S)],
        [("县防灾减灾指挥部", R), ("县丁局", R), ("县戊局", R), ("县乙局", S)]]


def test_a_leading_groups_heading_over_its_duties_and_members_is_the_body_answering_for_them():
    """（三）县委农村工作领导小组 / 主要职责：… / 成员单位：…: a standing 领导小组 ends in 组 as a working group does, yet
    it is a body of its own, responsible for the duties under its name as a 委员会 heading is; a working group named by
    its work (（二）综合协调组) is still made of the units its text names."""
    plan = _one(
        "某县议事协调机构调整方案\n一、保留机构职责\n"
        "（一）县委农村工作领导小组\n主要职责：负责统筹全县“三农”工作。\n成员单位：县甲局、县乙局。\n"
        "（二）综合协调组\n主要职责：负责会务保障。\n成员单位：县丙局、县丁局。\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("县委农村工作领导小组", R), ("县甲局", S), ("县乙局", S)], [("县丙局", S), ("县丁局", S)]]


def test_a_heading_counting_its_projects_is_no_unit_of_them():
    """三、某某高新区（2个） over projects: the heading names a place and counts the items listed under it, so it heads a
    list, not the unit whose duties follow; each project keeps the units its own bracket names."""
    plan = _one(
        "某市2025年城市更新项目计划\n"
        "一、某某高新区（2个）\n"
        "1.高新区道路改造项目。（责任单位：某某高新区管委会；配合单位：市数据局）\n"
        "2.高新区厂房改造项目。（责任单位：某某高新区管委会）\n"
        "二、市直项目（1个）\n"
        "3.城市体检项目。（责任单位：市住房城乡建设局）\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("某某高新区管委会", R), ("市数据局", S)], [("某某高新区管委会", R)], [("市住房城乡建设局", R)]]


def test_a_duty_section_under_a_positional_rule_keeps_the_unit_that_heads_a_duty_responsible():
    """A 实施方案 whose tasks carry bare lists read by its rule (排在第一位的为牵头单位) and whose 职责分工 part lists
    units first: the rule reads the lists, not the units a duty is written under."""
    plan = _one(
        "某市老旧管网更新改造实施方案\n"
        "各项任务责任单位中排在第一位的为牵头单位，其他为配合单位。\n"
        "一、重点任务\n"
        "1.全面摸清底数（责任单位：市住房城乡建设局、市水务局）。\n"
        "二、职责分工\n"
        "2.市公安局、市交通运输局：负责施工期间交通组织。\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("市住房城乡建设局", L), ("市水务局", S)], [("市公安局", R), ("市交通运输局", R)]]


def test_a_heading_naming_whose_duties_follow_gives_that_body_to_its_items():
    """（一）领导小组工作职责 / 1.… 2.…: a heading `X职责` (工作职责, 主要职责, 的职责) names the body whose duties the items
    are, with or without a level word before its name; the nearest heading speaks (the group's body, not the section's
    two); a heading whose words before 职责 name no body (落实部门职责) gives none."""
    plan = _one(
        "某单位创建工作领导小组及职责\n"
        "一、领导小组及办公室工作职责\n"
        "（一）领导小组工作职责\n"
        "1.负责创建工作的组织领导。\n"
        "2.研究解决创建工作中的重大问题。\n"
        "（二）领导小组办公室职责\n"
        "3.负责创建工作的日常管理。\n"
        "4.组织协调各处室共同做好相关工作。\n"
        "二、落实部门职责\n"
        "5.按照分工抓好工作落实。\n"
        "6.定期报送工作进展。\n"
        "三、其他成员职责\n"
        "7.县消防救援大队职责：负责火灾扑救。\n"
        "8.成员单位职责：按照分工做好相关工作。\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("领导小组", R)], [("领导小组", R)], [("领导小组办公室", R)], [("领导小组办公室", R)], [], [],
        [("县消防救援大队", R)], []]


def test_a_collectives_heading_naming_the_responsibility_it_bears_gives_that_body_to_its_duties():
    """（一）局党组集体责任 / 主体责任 / 监督责任, or the organ's name alone (（一）局党组): a 主体责任 分工 heads the leading
    body's block so over its duties, as 局党组职责 does; the duties' own offices keep their roles, a person's heading
    gives none, and a heading naming no body (二、落实主体责任) gives none."""
    plan = _one(
        "某县某局2025年党风廉政建设主体责任分工\n"
        "一、责任分工\n"
        "（一）局党组集体责任\n"
        "1.每半年专题研究党风廉政建设。（牵头股室：甲办；协助股室：乙股）\n"
        "（二）局党组\n"
        "2.严格落实集体决策制度。\n"
        "（三）党组书记、局长 张某某\n"
        "3.每年至少讲1次廉政党课。（牵头股室：甲办）\n"
        "（四）派驻纪检组监督责任\n"
        "4.开展日常监督。\n"
        "二、落实主体责任\n"
        "5.按照分工抓好工作落实。\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("甲办", L), ("乙股", S), ("局党组", R)], [("局党组", R)], [("甲办", L)], [("派驻纪检组", R)], []]


def test_a_heading_naming_a_body_and_its_kind_of_responsibility_gives_that_body_to_its_duties():
    """一、县委宣传部牵头抓总责任 / 二、县委网信办直接责任 / 县教育局领导责任 / 县文旅局管理责任: a 责任清单 by bearer names
    each body's share by the kind of responsibility it bears, as 集体责任 / 主体责任 headings do; the body is
    responsible for every duty under it, beside a bracket's own units. A heading naming a person (县委书记第一责任人责任,
    县长领导责任) or no body (三、压实管理责任) gives none."""
    plan = _one(
        "某县宣传思想工作责任清单\n"
        "一、县委宣传部牵头抓总责任\n"
        "1.研究提出全县宣传思想工作年度计划。\n"
        "2.定期开展形势分析研判。（县委网信办配合）\n"
        "二、县委网信办直接责任\n"
        "3.加强网络阵地管理。\n"
        "三、县教育局领导责任\n"
        "4.加强校园阵地管理。\n"
        "四、县文旅局管理责任\n"
        "5.加强演出场所管理。\n"
        "五、县委书记第一责任人责任\n"
        "6.带头抓宣传思想工作。\n"
        "六、县长领导责任\n"
        "7.支持宣传思想工作。\n"
        "七、压实管理责任\n"
        "8.层层签订责任书。\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("县委宣传部", R)], [("县委网信办", S), ("县委宣传部", R)], [("县委网信办", R)], [("县教育局", R)],
        [("县文旅局", R)], [], [], []]


def test_a_block_heading_naming_people_keeps_the_sections_bodies_from_its_duties():
    """三、X和Y主体责任 over （一）党委集体责任 / （二）党委书记 / （三）分管负责同志和班子其他成员: a 责任清单 by bearer
    splits the bodies' section into blocks by bearer, some of them people; the nearest heading speaks, and a person's
    duties name no unit, so the section's bodies do not reach them (a bracket in them still names its body), and the
    reading notes say so."""
    plan = _one(
        "某县宣传思想工作责任清单\n"
        "一、县直各单位和各乡镇党委主体责任\n"
        "1.每年专题研究宣传思想工作。\n"
        "（一）党委书记\n"
        "2.带头讲党课。\n"
        "3.带头审阅重要稿件。（县委宣传部协助）\n"
        "（二）分管负责同志和班子其他成员\n"
        "4.抓好分管领域的宣传思想工作。\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("县直各单位", R), ("各乡镇党委", R)], [], [("县委宣传部", S)], []]
    notes = [n for n in plan.readings if "names people" in n.text]
    assert [n.line for n in notes] == [4, 7]


def test_a_block_heading_naming_a_bare_kind_of_organ_refers_to_the_sections_bodies():
    """三、市直各单位和各街道党工委主体责任 over （一）党工委集体责任: a block heading naming a kind of organ alone (no place,
    level or sector) refers back to the bodies of that kind the section names; its duties are theirs, not a body's
    called 党工委, and the reading notes say so. Under a section naming no such body the heading reads as before."""
    plan = _one(
        "某市宣传思想工作责任清单\n"
        "一、市直各单位和各街道党工委主体责任\n"
        "（一）党工委集体责任\n"
        "1.每年专题研究宣传思想工作。\n"
        "2.加强阵地管理。（市委网信办配合）\n")
    both = [("市直各单位", R), ("各街道党工委", R)]
    assert [_units(t) for t in plan.tasks()] == [both, [("市委网信办", S)] + both]
    notes = [n for n in plan.readings if "kind of organ alone" in n.text]
    assert [n.line for n in notes] == [3]
    plan = _one(
        "某市宣传思想工作责任清单\n"
        "一、市直各单位主体责任\n"
        "（一）党工委集体责任\n"
        "1.定期报告工作情况。\n")
    assert [_units(t) for t in plan.tasks()] == [[("党工委", R)]]
    assert not [n for n in plan.readings if "kind of organ alone" in n.text]


def test_a_bureaus_own_duty_list_heads_its_blocks_with_its_offices_short_names():
    """某局全员安全生产责任清单: a bureau's own duty list heads each block with an internal office named as the bureau
    calls it, with no level word (（一）办公室 / （二）综合行政执法大队 / （三）政策法规股安全生产职责); the office is
    responsible for each numbered duty under it, beside a bracket's own support. A post (（一）副局长) gives no unit, and
    the same office headings in a plan that is no duty list give none either."""
    duty_list = (
        "一、领导班子成员责任\n"
        "（一）副局长\n"
        "1.分管安全生产综合协调工作。\n"
        "二、内设机构安全生产责任\n"
        "（一）办公室\n"
        "1.负责机关办公场所消防和用电安全检查。\n"
        "2.负责公务车辆安全管理。（政策法规股配合）\n"
        "（二）综合行政执法大队\n"
        "1.依法开展安全生产行政执法检查。\n"
        "（三）政策法规股安全生产职责\n"
        "1.负责重大执法决定法制审核。\n")
    plan = _one("某县应急管理局全员安全生产责任清单\n" + duty_list)
    assert [_units(t) for t in plan.tasks()] == [
        [], [("办公室", R)], [("政策法规股", S), ("办公室", R)], [("综合行政执法大队", R)], [("政策法规股", R)]]
    assert len([n for n in plan.readings if "by its short name" in n.text]) == 3
    plan = _one("某县应急管理局安全生产工作要点\n" + duty_list)
    assert [_units(t) for t in plan.tasks()][1:] == [[], [("政策法规股", S)], [], []]


def test_rooms_projects_and_places_ending_as_offices_do_head_no_duties_in_a_duty_list():
    """A 责任清单 may head its blocks by rooms to equip (（一）文化活动室 1.配齐…), projects to build (（一）城市数据中心
    1.建设…) or places to keep in order (（一）车站广场及周边处 1.规范…): they end as offices do (室 / 中心 / 处), but
    under a section naming no offices, over points that bear no duty (负责 / 承担 / 组织), they are no units. The same
    blocks over duties (1.负责…), or under a section naming offices (二、内设机构), are the offices."""
    def units(section: str, first: str, second: str) -> list:
        plan = _one("某县某镇工作责任清单\n" + section + "\n（一）文化活动室\n1." + first + "\n"
                    "（二）城市数据中心\n1." + second + "\n（三）车站广场及周边处\n1.规范车辆停放。\n")
        return [_units(t) for t in plan.tasks()]
    assert units("一、阵地建设", "配齐图书和文体器材。", "建设数据共享平台。") == [[], [], []]
    assert units("一、重点区域", "每周开放不少于5天。", "完善数据安全防护。") == [[], [], []]
    assert units("一、阵地建设", "负责组织群众文化活动。", "负责政务数据归集。")[:2] == [
        [("文化活动室", R)], [("城市数据中心", R)]]
    assert units("一、内设机构职责", "配齐图书和文体器材。", "建设数据共享平台。")[:2] == [
        [("文化活动室", R)], [("城市数据中心", R)]]


def test_a_leaders_portfolio_beside_the_heading_is_no_unit_of_the_duties_and_the_reader_says_so():
    """（一）党组成员、副局长 李某（分管甲股、乙股）: a duty list by 班子成员 prints each leader's portfolio beside the
    name; 分管 is the leader's charge, not the duties' units: duties naming no office get none (never `分管甲股`),
    the reader warns with the heading's line; duties naming their own offices keep them, unwarned."""
    plan = _one(
        "某县某局2025年党风廉政建设主体责任分工\n"
        "一、责任分工\n"
        "（一）党组成员、副局长 李某某（分管甲股、乙股）\n"
        "1.加强规划许可廉政风险防控。\n"
        "2.严格耕地占补平衡管理。\n"
        "（二）党组成员、副局长 王某某（分管丙股）\n"
        "3.加强审批廉政风险防控。（牵头股室：丙股）\n")
    assert [_units(t) for t in plan.tasks()] == [[], [], [("丙股", L)]]
    warned = [w for w in plan.warnings if "portfolio" in w]
    assert len(warned) == 1 and ":3:" in warned[0] and "分管甲股、乙股" in warned[0]


def test_a_sectors_department_run_in_before_its_duties_is_the_unit_of_the_duty():
    """1.河务部门。组织… / 2.气象部门。负责…: a provincial 预案 names each sector's department without a level, run in
    before its duties; it heads the duty. A list sharing the head (国资、商务、供销部门) is left unread, and a heading
    alone naming a kind of department (三、行业主管部门) gives none."""
    plan = _one(
        "某省防汛抗旱应急预案成员单位职责\n"
        "一、成员单位职责\n"
        "1.河务部门。组织、协调、指导黄河防汛日常工作；负责防洪工程建设与管理。\n"
        "2.气象部门。负责监测暴雨、大风等异常天气，及时提供气象预报。\n"
        "3.国资、商务、供销部门。负责社会防汛物资储备和紧急筹集。\n"
        "二、行业主管部门\n"
        "4.做好本行业防汛工作。\n"
        "5.加强行业监管。\n")
    assert [_units(t) for t in plan.tasks()] == [[("河务部门", R)], [("气象部门", R)], [], [], []]


def test_sectors_sharing_one_department_head_before_a_colon_head_the_duty():
    """（二）交通运输、水利部门：负责…: two sectors' departments written with one 部门, closed by a colon in a run of
    unit-first duties: both head the duty, read as written (one name a piece), the lead out of the title."""
    plan = _one(
        "某省2030年根治欠薪专项行动方案\n"
        "一、部门职责\n"
        "（一）财政部门：负责保障工作经费。\n"
        "（二）交通运输、水利部门：按照职责分工，负责督促本行业工程项目落实工资支付制度。\n"
        "（三）公安机关：负责打击拒不支付劳动报酬犯罪。\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("财政部门", R)], [("交通运输", R), ("水利部门", R)], [("公安机关", R)]]
    assert plan.tasks()[1].title.startswith("按照职责分工，负责督促")


def test_members_duties_issued_beside_a_plan_are_a_plan_of_their_own():
    """A 联席会议 notice issues its members' duties (…成员单位职责, a title naming no kind of plan) and the year's 要点:
    two plans, the duties' unit-first items the first's tasks, the 要点's its own; the notice's text is in neither."""
    plans = parse_text(
        "关于印发《某市护苗工作联席会议成员单位职责》和《2025年护苗工作要点》的通知\n"
        "各成员单位：\n"
        "现将两个文件印发给你们，请认真落实。\n"
        "某市护苗工作联席会议办公室\n"
        "2025年3月1日\n"
        "某市护苗工作联席会议成员单位职责\n"
        "一、成员单位职责\n"
        "1.市文化局：负责出版物市场监管。\n"
        "2.市教育局、市团委：负责校园周边环境整治。\n"
        "2025年护苗工作要点\n"
        "一、重点任务\n"
        "1.开展护苗宣传。（市委宣传部牵头，市教育局配合）\n", "notice.txt")
    assert [p.title for p in plans] == ["某市护苗工作联席会议成员单位职责", "2025年护苗工作要点"]
    assert [[_units(t) for t in p.tasks()] for p in plans] == [
        [[("市文化局", R)], [("市教育局", R), ("市团委", R)]],
        [[("市委宣传部", L), ("市教育局", S)]]]


@pytest.mark.parametrize("heading", ["一、部门职责", "（三）成员单位职责", "某市护苗工作领导小组成员单位职责"])
def test_a_duties_heading_inside_a_plan_starts_no_plan(heading):
    """A heading over the members' duties inside a plan, numbered (一、部门职责 / （三）成员单位职责) or unnumbered with the
    plan's outline going on after the duties (二、 above it, 三、 after): part of the plan, not a second one."""
    plans = parse_text(
        "2025年某市护苗工作方案\n"
        "一、工作目标\n"
        "净化出版物市场。\n"
        "二、职责分工\n"
        f"{heading}\n"
        "1.市文化局：负责出版物市场监管。\n"
        "2.市教育局：负责校园周边环境整治。\n"
        "三、工作要求\n"
        "各单位要加强协作。\n", "plan.txt")
    assert [p.title for p in plans] == ["2025年某市护苗工作方案"]
    assert [_units(t) for t in plans[0].tasks()] == [[("市文化局", R)], [("市教育局", R)]]


def test_a_duties_title_over_no_unit_first_duties_is_no_plan_title():
    """…成员单位职责 over items that are not headed by bodies (1.加强协作。) is no plan of its own: only duties written
    unit-first make such a line a title."""
    plans = parse_text(
        "2025年某市护苗工作要点\n"
        "一、重点任务\n"
        "1.开展护苗宣传。（市委宣传部负责）\n"
        "某市护苗工作联席会议成员单位职责\n"
        "1.加强协作配合。\n"
        "2.及时报送信息。\n", "plan.txt")
    assert [p.title for p in plans] == ["2025年某市护苗工作要点"]


def test_unnumbered_duties_written_unit_first_under_a_duties_heading_are_read():
    """市发展改革委：负责… / 市水利局：负责…, one paragraph a unit with no number, under a heading saying duties follow
    (二、成员单位职责): each is a task numbered by its place, its unit responsible; the lead-in names no body and stays
    text, and a paragraph opening with a unit but no colon (综合办公室负责…) is reported, not read. A units' line under
    a task (市X局牵头，Y配合。) is no such paragraph."""
    plan = _one(
        "某市防汛抗旱指挥部成员单位职责\n"
        "一、指挥部职责\n"
        "1.负责领导、组织全市防汛抗旱工作。\n"
        "二、成员单位职责\n"
        "各成员单位职责如下：\n"
        "市发展改革委：负责防汛抗旱重点工程投资计划的协调。\n"
        "市水利局：负责水利工程安全度汛监督管理。\n"
        "综合办公室负责做好值班安排。\n")
    assert [(t.number, t.label, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "1.", "负责领导、组织全市防汛抗旱工作", [("指挥部", R)]),
        (2, "", "负责防汛抗旱重点工程投资计划的协调", [("市发展改革委", R)]),
        (3, "", "负责水利工程安全度汛监督管理", [("市水利局", R)])]
    assert plan.sections[1].intro == "各成员单位职责如下："
    assert [n.text for n in plan.readings if "carry no number" in n.text] == [
        "1 paragraphs open with a unit and its duties but carry no number ('综合办公室负责做好值班安排。…'): "
        "not read as tasks"]
    # not under a duties heading: reported, not read
    plan = _one(
        "某市防汛抗旱工作方案\n"
        "一、重点任务\n"
        "1.开展隐患排查。（市水利局负责）\n"
        "二、其他事项\n"
        "市发展改革委：负责防汛抗旱重点工程投资计划的协调。\n"
        "市水利局：负责水利工程安全度汛监督管理。\n")
    assert [t.number for t in plan.tasks()] == [1]
    assert [n.text for n in plan.readings if "carry no number" in n.text] == [
        "2 paragraphs open with a unit and its duties but carry no number ('市发展改革委：负责防汛抗旱重点工程投资计…'): "
        "not read as tasks"]
    plain = _one(
        "某市2025年防汛工作要点\n"
        "一、重点任务\n"
        "1.开展隐患排查。\n"
        "市水利局牵头，市应急管理局配合。\n"
        "2.加强预警发布。\n"
        "市气象局负责，市水利局配合。\n")
    assert not [n for n in plain.readings if "carry no number" in n.text]


@pytest.mark.parametrize("body", ["甲江海关", "甲江海事局", "甲江铁路公安处", "甲江机场"])
def test_an_unnumbered_duty_of_a_body_named_by_its_place_without_a_level_word_is_read(body):
    """市X局：负责… paragraphs under a duties heading with one of a vertical body posted in the city, named by its place
    and its kind's word with no 市/县 (甲江海关：负责…): its last word says it is a body (the lexicon's unit endings) and
    a duty's verb follows the colon: one more unit's duty, not dropped (the duties after it kept their places). A short
    name that is no body's (重点场所：) over a duty stays the text of the duty above."""
    plan = _one("某市防控工作方案\n一、部门职责\n　　市甲局：负责疫情监测。\n　　市乙局：负责保障经费。\n"
                f"　　{body}：负责口岸卫生检疫和入境人员健康监测。\n　　市丙局：负责学校防控工作。\n")
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "负责疫情监测", [("市甲局", R)]), (2, "负责保障经费", [("市乙局", R)]),
        (3, "负责口岸卫生检疫和入境人员健康监测", [(body, R)]), (4, "负责学校防控工作", [("市丙局", R)])]
    plain = _one("某市防控工作方案\n一、部门职责\n　　市甲局：负责疫情监测。\n　　市乙局：负责保障经费。\n"
                 "　　重点场所：负责落实消杀。\n　　市丙局：负责学校防控工作。\n")
    assert [_units(t) for t in plain.tasks()] == [[("市甲局", R)], [("市乙局", R)], [("市丙局", R)]]


@pytest.mark.parametrize("body", ["石湾海警工作站", "石湾海事处", "石湾边境派出所", "甲江海关"])
def test_an_unnumbered_duty_of_a_body_named_by_its_place_run_into_its_verb_is_read(body):
    """县X局负责… paragraphs (no colon) under a duties heading with one of a vertical body's station named by its place
    and its kind's word (石湾海警工作站负责…): one more unit's duty, titled by the duty after the name, not joined to the
    duty above. A short name that is no body's (重点场所负责…) opens no duty of its own."""
    plan = _one("某县伏季休渔执法方案\n一、职责分工\n县甲局负责专项行动的组织协调。\n"
                f"{body}负责海上巡逻管控。\n县乙局负责保障专项行动经费。\n")
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "负责专项行动的组织协调", [("县甲局", R)]), (2, "负责海上巡逻管控", [(body, R)]),
        (3, "负责保障专项行动经费", [("县乙局", R)])]
    plain = _one("某县伏季休渔执法方案\n一、职责分工\n县甲局负责专项行动的组织协调。\n"
                 "重点场所负责落实消杀。\n县乙局负责保障专项行动经费。\n")
    assert [t.number for t in plain.tasks()] == [1, 2]

@pytest.mark.parametrize("line", ["该局负责的案件要及时移送检察机关。", "本局负责协调各派出所开展工作。",
                                  "石湾派出所负责的区域要加大巡逻频次。"])
def test_a_pronoun_body_or_a_verb_before_de_opens_no_duty_of_its_own(line):
    """In a list of 县X局负责… paragraphs, a name pointing back to the body above (该局 / 本局) names no body, and
    负责的 qualifies a noun (负责的区域): neither paragraph is one more unit's duty."""
    plan = _one("某县治安整治方案\n一、职责分工\n县甲局负责治安管理。\n" + line + "\n县乙局负责法律援助。\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "负责治安管理"), (2, "负责法律援助")]
    assert [_units(t)[0] for t in plan.tasks()] == [("县甲局", R), ("县乙局", R)]


def test_a_duty_clause_opening_with_yu_names_no_unit():
    """县X局负责…，与县Y大队建立联合执法机制: the clause's subject is the body named before it; the body after 与 is
    whom it works with, no subject of the clause (before: `与县Y大队` was read as a responsible unit)."""
    plan = _one("某县伏季休渔执法方案\n一、职责分工\n县甲局负责专项行动的组织协调。\n"
                "县乙局负责打击涉渔犯罪，与县丙执法大队建立联合执法机制。\n县丁局负责保障专项行动经费。\n")
    assert [_units(t) for t in plan.tasks()] == [[("县甲局", R)], [("县乙局", R)], [("县丁局", R)]]

@pytest.mark.parametrize("lead, units", [
    ("国有甲山林场、乙峰林场", [("国有甲山林场", R), ("乙峰林场", R)]), ("国有甲山林场", [("国有甲山林场", R)]),
    ("国营红星农场", [("国营红星农场", R)])])
def test_an_unnumbered_duty_of_a_state_owned_body_is_read(lead, units):
    """县X局：负责… paragraphs under a duties heading with one of state-owned bodies named by their ownership and no level
    word (国有甲山林场、乙峰林场：负责…): 国有 / 国营 opens a body's name as 县 does; one more unit's duty (before: the
    paragraph dropped into the duty above and the places after it shifted by one)."""
    plan = _one("某县森林火灾应急预案\n一、成员单位职责\n　　县甲局：负责组织协调扑救工作。\n"
                "　　各乡镇人民政府：负责本行政区域内防火工作。\n"
                f"　　{lead}：负责经营区内防火巡护和火情先期处置。\n　　县丙局：负责火情监测。\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [
        (1, [("县甲局", R)]), (2, [("各乡镇人民政府", R)]), (3, units), (4, [("县丙局", R)])]


def test_unnumbered_duties_under_a_duties_heading_of_an_inner_level_are_read():
    """A 预案 numbered 1 / 1.1 and never deeper: 县X局：负责… paragraphs under 2.2 成员单位职责 are the tasks, each unit
    responsible, numbered by place; the x.y headings over them (2.1 县指挥部, 3.1 预案修订) are headings, not tasks."""
    plan = _one(
        "某县突发水污染事件应急预案\n"
        "1 总则\n"
        "1.1 编制目的\n"
        "保障饮水安全。\n"
        "2 组织指挥体系\n"
        "2.1 县指挥部\n"
        "县指挥部负责统一领导全县应对工作。\n"
        "2.2 成员单位职责\n"
        "县水务局：负责水源地监测。\n"
        "县卫生健康局：负责医疗救治。\n"
        "3 预案管理\n"
        "3.1 预案修订\n"
        "本预案每3年修订一次。\n")
    assert [(t.number, t.label, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "", "负责水源地监测", [("县水务局", R)]), (2, "", "负责医疗救治", [("县卫生健康局", R)])]


@pytest.mark.parametrize("heading", ["工作分工", "责任分工", "任务分工", "部门分工", "部门责任", "明确部门责任",
                                     "压实单位责任"])
def test_unnumbered_duties_under_a_division_of_work_heading_are_read(heading):
    """An activity plan closes with 二、工作分工 (责任分工, 任务分工, 部门分工; a 实施方案 with 部门责任, 明确部门责任):
    one 市X局：负责… paragraph a unit, no number, as under a duties heading. Each is a task numbered by its place after the numbered ones, its unit
    responsible; a bracket in it (（市融媒体中心配合）) adds its support."""
    plan = _one(
        "某市2030年花灯节活动方案\n"
        "一、活动安排\n"
        "（一）开幕式。5月举行。承办单位：市文化广电旅游局；协办单位：市融媒体中心。\n"
        "（二）美食周。6月举办。承办单位：市商务局。\n"
        f"二、{heading}\n"
        "市公安局：负责活动期间安全保卫和交通疏导。\n"
        "市卫生健康委：负责活动现场医疗救护保障（市红十字会配合）。\n")
    assert [(t.number, t.label, _units(t)) for t in plan.tasks()] == [
        (1, "（一）", [("市文化广电旅游局", R), ("市融媒体中心", S)]), (2, "（二）", [("市商务局", R)]),
        (3, "", [("市公安局", R)]), (4, "", [("市卫生健康委", R), ("市红十字会", S)])]


@pytest.mark.parametrize("label", ["【责任分工】", "责任分工：", "【职责分工】"])
def test_unnumbered_duties_under_a_division_label_line_closing_numbered_measures_are_read(label):
    """A 专项行动方案 lists a 专项's measures 1. 2. and then, under an unnumbered 【责任分工】 line, one 市X局：负责…
    paragraph a unit: each is one more task of the 专项 (numbered by its place), its unit responsible, not a sentence of
    the last measure; the next 专项's measures are read as before."""
    plan = _one(
        "某市网络专项行动实施方案\n"
        "一、专项行动\n"
        "（一）优化营商网络环境\n"
        "1.建立举报处置通道。快速核处侵权信息（市甲联配合）。\n"
        "2.打击有偿删帖。依法打击敲诈行为。\n"
        f"{label}\n"
        "市甲办：负责统筹协调和举报受理。\n"
        "市乙局：负责查处虚假宣传行为。\n"
        "（二）规范网络直播\n"
        "1.开展排查。组织排查直播间（市丙局负责）。\n"
        "二、工作要求\n"
        "各地要高度重视。\n")
    assert [(t.number, t.group, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "（一）", "建立举报处置通道", [("市甲联", S)]), (2, "（一）", "打击有偿删帖", []),
        (3, "（一）", "负责统筹协调和举报受理", [("市甲办", R)]), (4, "（一）", "负责查处虚假宣传行为", [("市乙局", R)]),
        (1, "（二）", "开展排查", [("市丙局", R)])]


def test_a_duty_paragraph_written_with_yao_or_ying_after_its_unit_is_read_among_the_xfuze_ones():
    """A county 方案's 部门职责 part writes most paragraphs `X负责…` but some `X要…` / `X应…` (the publicity department,
    the enterprises, the localities): each is its unit's duty too, numbered by place, titled by the duty after the name.
    The others named by reference or a collective naming no body (其他有关部门要… / 各级各部门要…) close the list, no
    task; the same `X要…` paragraphs under a heading announcing no duties stay its text."""
    duties = ("　　县甲局负责统筹协调排查整治工作。\n"
              "　　县乙局负责保障工作经费。\n"
              "　　县委丙部要加强宣传报道和舆论引导。\n"
              "　　县丁局应依法打击阻碍执法的违法行为。\n"
              "　　各乡镇人民政府（街道办事处）要落实属地管理责任，组织开展排查摸底。\n"
              "　　其他有关部门要按照职责做好本行业排查整治工作。\n"
              "　　各级各部门要高度重视，密切配合。\n")
    plan = _one("某县自建房排查整治实施方案\n一、部门职责\n" + duties + "二、保障措施\n　　（一）加强组织领导。成立领导小组。\n")
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "负责统筹协调排查整治工作", [("县甲局", R)]),
        (2, "负责保障工作经费", [("县乙局", R)]),
        (3, "要加强宣传报道和舆论引导", [("县委丙部", R)]),
        (4, "应依法打击阻碍执法的违法行为", [("县丁局", R)]),
        (5, "要落实属地管理责任，组织开展排查摸底", [("各乡镇人民政府（街道办事处）", R)])]
    plan = _one("某县自建房排查整治实施方案\n一、保障措施\n" + duties
                + "二、其他\n　　（一）加强组织领导。成立领导小组。（县甲局负责）\n")
    assert [(t.title, _units(t)) for t in plan.tasks()] == [("加强组织领导", [("县甲局", R)])]


def test_a_duty_paragraph_whose_bodies_are_to_assist_is_still_their_own_duty():
    """县戊公司、县己公司要配合做好… in a unit-first duty list: the paragraph is its bodies' own duty, each answering for
    it as every unit heading a duty list's paragraph does; the 配合 says how they take part, not a support role beside
    a lead the paragraph never names (elsewhere Y要配合 after X要牵头 makes Y a supporter)."""
    plan = _one("某县自建房排查整治实施方案\n一、部门职责\n"
                "　　县甲局负责统筹协调排查整治工作。\n"
                "　　县乙局负责保障工作经费。\n"
                "　　县戊公司、县己公司要配合做好隐患处置涉及的停电工作。\n")
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()][2:] == [
        (3, "要配合做好隐患处置涉及的停电工作", [("县戊公司", R), ("县己公司", R)])]


def test_a_duty_paragraph_saying_what_its_body_is_before_its_verb_is_that_bodys_duty():
    """县X局是…综合监管部门，负责… / 县Y局为牵头单位，负责…: in a unit-first duty list the lead department's paragraph
    often says what the body is before its verb; the name ends before 是 / 为, the paragraph is that body's duty, not
    text of the duty before it with a name running on to 部门."""
    plan = _one("某县自建房排查整治实施方案\n一、部门职责\n"
                "　　县甲局负责统筹协调排查整治工作。\n"
                "　　县乙局负责保障工作经费。\n"
                "　　县丙局是安全生产综合监管部门，负责督导检查。\n"
                "　　县丁局为排查整治牵头单位，负责汇总上报。\n")
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "负责统筹协调排查整治工作", [("县甲局", R)]),
        (2, "负责保障工作经费", [("县乙局", R)]),
        (3, "是安全生产综合监管部门，负责督导检查", [("县丙局", R)]),
        (4, "为排查整治牵头单位，负责汇总上报", [("县丁局", R)])]


def test_unnumbered_duties_whose_unit_is_closed_by_a_full_stop_are_read():
    """县财政局。负责… under a duties heading: unit-first paragraphs close the unit with a full stop as often as with a
    colon (and a list mixes them); with a duty's verb after it the paragraph is the unit's task. A paragraph whose
    words after the stop open no duty (某县财政局。已拨付…) is the heading's text."""
    plan = _one(
        "某县课后服务实施方案\n"
        "一、专项行动\n"
        "1.保障经费。纳入预算。（某县财政局牵头，某县教育局配合）\n"
        "二、部门职责\n"
        "某县教育局。牵头负责课后服务统筹协调。\n"
        "某县财政局：负责落实课后服务经费保障。\n"
        "某县市场局。负责培训机构登记管理。\n"
        "三、保障措施\n"
        "加强组织领导。\n")
    assert [(t.number, t.label, t.title, _units(t)) for t in plan.tasks()][1:] == [
        (2, "", "牵头负责课后服务统筹协调", [("某县教育局", R)]),
        (3, "", "负责落实课后服务经费保障", [("某县财政局", R)]),
        (4, "", "负责培训机构登记管理", [("某县市场局", R)])]
    plan = _one(
        "某县课后服务实施方案\n"
        "一、专项行动\n"
        "1.保障经费。纳入预算。（某县财政局负责）\n"
        "二、部门职责\n"
        "某县财政局。已拨付课后服务经费。\n"
        "某县教育局。已完成课后服务全覆盖。\n")
    assert [t.number for t in plan.tasks()] == [1]


def test_a_duties_paragraph_of_semicolon_clauses_each_opening_with_a_body_is_read_one_task_a_clause():
    """A city's 职责分工 part prints its list run together (市A局负责…；市B局负责…；其他有关部门按照各自职责…。):
    each clause opening with a body and its verb is a task numbered by its place, its body(ies) responsible, titled by
    the duty after the name; the closing clause naming the others by reference is a task naming no unit (said so)."""
    plan = _one(
        "某市燃气管道更新改造实施方案\n"
        "一、主要任务\n"
        "（一）改造老旧管网。完成改造100公里。（市住房城乡建设局牵头，市财政局配合）\n"
        "二、职责分工\n"
        "　　市住房城乡建设局负责统筹推进改造工作；市财政局负责落实补助资金；市应急管理局、市市场监管局负责安全"
        "监管；各区人民政府负责组织实施；其他有关部门按照各自职责做好相关工作。\n"
        "三、保障措施\n"
        "（一）加强组织领导。各地要压实责任。\n")
    assert [(t.number, t.label, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "（一）", "改造老旧管网", [("市住房城乡建设局", L), ("市财政局", S)]),
        (2, "", "负责统筹推进改造工作", [("市住房城乡建设局", R)]),
        (3, "", "负责落实补助资金", [("市财政局", R)]),
        (4, "", "负责安全监管", [("市应急管理局", R), ("市市场监管局", R)]),
        (5, "", "负责组织实施", [("各区人民政府", R)]),
        (6, "", "其他有关部门按照各自职责做好相关工作", [])]
    assert any("names the other units by reference" in n.text and n.line == 5 for n in plan.readings)
    assert not any("lost their line breaks" in n.text for n in plan.readings)


def test_unit_first_duties_run_together_on_one_line_after_a_full_stop_are_read_one_task_a_unit():
    """A portal's copy of a 部门职责 list loses its paragraph breaks: two `X：负责…。` entries on one line. The next
    unit's name and colon after the `。` open its own duty, as on the list's other lines; a sentence after `。` opening
    with no name and colon (主要包括…) goes on the duty before it."""
    plan = _one(
        "某县古建筑消防整治方案\n"
        "一、整治重点\n"
        "（一）排查隐患。全面排查古建筑火灾隐患。（责任单位：某县文物局）\n"
        "二、部门职责\n"
        "某县文物局：负责统筹协调；\n"
        "某县财政局：负责保障经费。某县气象局：负责防雷检测。\n"
        "某县消防大队：负责消防指导。主要包括：检查器材。某县电力公司：负责线路巡查。\n"
        "三、工作要求\n"
        "加强领导。\n")
    assert [(t.number, t.label, t.title, _units(t)) for t in plan.tasks()][1:] == [
        (2, "", "负责统筹协调", [("某县文物局", R)]),
        (3, "", "负责保障经费", [("某县财政局", R)]),
        (4, "", "负责防雷检测", [("某县气象局", R)]),
        (5, "", "负责消防指导", [("某县消防大队", R)]),
        (6, "", "负责线路巡查", [("某县电力公司", R)])]
    assert "检查器材" in plan.tasks()[4].text


def test_a_body_named_over_no_duty_after_a_full_stop_stays_with_the_entry_before_it():
    """In a duties line that lost its breaks, a sentence opening with a body and a colon is a new entry only where a
    duty's verb follows the colon (县气象局：负责…); 县抗旱办：设在县水务局，… says where the office sits, a note on the
    entry, not a task of its own."""
    plan = _one(
        "某县抗旱应急预案\n"
        "一、应急措施\n"
        "（一）启动响应。及时启动抗旱响应。（责任单位：某县水务局）\n"
        "二、成员单位职责\n"
        "某县水务局：负责水源调度。\n"
        "某县财政局：负责资金保障。某县抗旱办：设在某县水务局，主任由局长兼任。\n"
        "某县气象局：负责人工增雨。\n")
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()][1:] == [
        (2, "负责水源调度", [("某县水务局", R)]),
        (3, "负责资金保障", [("某县财政局", R)]),
        (4, "负责人工增雨", [("某县气象局", R)])]
    assert "设在某县水务局" in plan.tasks()[2].text


def test_a_town_named_bare_over_its_duty_among_units_duties_is_a_unit():
    """A county's 部门职责 list gives a town or a street its share under the place's bare name (城关镇：负责…,
    江滨街道：负责…): among units' duties the place is its government, responsible, and its line is a task of its own,
    not the duty above it going on. Under a duties heading whose entries are only places, or with no duty's verb after
    the colon (城关镇：新建…), the place is no body: nothing is read as a unit's duty."""
    plan = _one(
        "某县古建筑消防整治方案\n"
        "一、整治重点\n"
        "（一）排查隐患。全面排查古建筑火灾隐患。（责任单位：某县文物局）\n"
        "二、部门职责\n"
        "某县文物局：负责统筹协调；\n"
        "某县电力公司：负责线路巡查；\n"
        "青石镇：负责镇区古建筑属地管理；\n"
        "某县消防大队：负责消防指导。柳溪街道：负责街区巡查。\n")
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()][1:] == [
        (2, "负责统筹协调", [("某县文物局", R)]),
        (3, "负责线路巡查", [("某县电力公司", R)]),
        (4, "负责镇区古建筑属地管理", [("青石镇", R)]),
        (5, "负责消防指导", [("某县消防大队", R)]),
        (6, "负责街区巡查", [("柳溪街道", R)])]
    places = _one(
        "某县古建筑消防整治方案\n"
        "一、整治重点\n"
        "（一）排查隐患。全面排查古建筑火灾隐患。（责任单位：某县文物局）\n"
        "二、部门职责\n"
        "青石镇：负责镇区古建筑属地管理。\n"
        "柳溪街道：负责街区巡查。\n")
    assert [t.number for t in places.tasks()] == [1]


def test_a_word_saying_which_town_over_a_duty_is_no_town_named_bare():
    """属地街道：负责… / 辖区乡镇：负责… / 所在乡镇：负责… in a list of units' duties: the town where the thing is,
    whichever it be, not a town's name; it reads as no unit of its own (a town named bare, 青石镇：负责…, does)."""
    plan = _one(
        "某县抗旱应急预案\n"
        "一、应急措施\n"
        "（一）启动响应。及时启动抗旱响应。（责任单位：某县水务局）\n"
        "二、成员单位职责\n"
        "某县水务局：负责水源调度；\n"
        "某县财政局：负责资金保障；\n"
        "属地街道：负责辖区群众转移；\n"
        "辖区乡镇：负责组织巡查；\n"
        "所在乡镇：负责物资发放；\n"
        "青石镇：负责水库值守。\n")
    units = [name for t in plan.tasks() for name, _ in _units(t)]
    assert not {"属地街道", "辖区乡镇", "所在乡镇"} & set(units)
    assert [(t.title, _units(t)) for t in plan.tasks()][-1] == ("负责水库值守", [("青石镇", R)])


def test_unnumbered_duties_written_name_then_verb_with_no_colon_are_read():
    """One `X负责…` paragraph a unit under 职责分工, no colon: each is that unit's task as `X：负责…` is, numbered by
    its place and titled by its duty; a clause opening with no body goes on the duty before it."""
    plan = _one(
        "某市燃气管道更新改造实施方案\n"
        "一、主要任务\n"
        "（一）改造老旧管网。完成改造100公里。（市住房城乡建设局牵头，市财政局配合）\n"
        "二、职责分工\n"
        "　　市住房城乡建设局负责统筹推进改造工作。\n"
        "　　市财政局负责落实补助资金；加强资金监管；市应急管理局负责安全监管。\n")
    assert [(t.number, t.label, t.title, _units(t)) for t in plan.tasks()][1:] == [
        (2, "", "负责统筹推进改造工作", [("市住房城乡建设局", R)]),
        (3, "", "负责落实补助资金；加强资金监管", [("市财政局", R)]),
        (4, "", "负责安全监管", [("市应急管理局", R)])]


def test_a_prose_paragraph_naming_the_others_closes_a_duties_list_as_its_words_not_an_item():
    """The others named by reference are an item of a duties list written as one (其他成员单位：…) or as a `；`
    clause of the list run together; a paragraph of its own in prose closing the list (其他各有关部门要按照各自职责，
    积极支持配合…) is the part's closing words, no task."""
    head = ("某区垃圾分类实施方案\n一、主要任务\n（一）规范设置投放点。（区城管局牵头）\n二、部门职责\n"
            "　　区城管局：负责统筹协调。\n　　区商务局：负责再生资源回收体系建设。\n")
    prose = _one(head + "　　其他各有关部门要按照各自职责，积极支持配合做好相关工作。\n")
    assert [(t.number, _units(t)) for t in prose.tasks()] == [
        (1, [("区城管局", L)]), (2, [("区城管局", R)]), (3, [("区商务局", R)])]
    listed = _one(head + "　　其他成员单位：按照各自职责做好相关工作。\n")
    assert [(t.number, _units(t)) for t in listed.tasks()][-1] == (4, [])
    # headed by the others as its named neighbours are by their names: the title is the duty after the colon
    assert [t.title for t in listed.tasks()][1:] == ["负责统筹协调", "负责再生资源回收体系建设", "按照各自职责做好相关工作"]


def test_a_duties_paragraph_whose_clauses_follow_a_lead_in_is_not_cut_but_warned():
    """各部门要…；市财政局负责…；市应急管理局负责… : the paragraph opens with no body, so it is no list of duties run
    together; it stays the heading's text and the reader warns that it did not read its clauses."""
    plan = _one(
        "某市燃气管道更新改造实施方案\n"
        "一、主要任务\n"
        "（一）改造老旧管网。完成改造100公里。（市住房城乡建设局牵头，市财政局配合）\n"
        "二、职责分工\n"
        "　　各部门要按照职责分工抓好落实；市财政局负责落实补助资金；市应急管理局负责安全监管。\n")
    assert [t.number for t in plan.tasks()] == [1]
    assert any(":5: outline:" in w and "does not open so itself" in w for w in plan.warnings)


def test_a_division_of_work_heading_over_numbered_items_or_one_paragraph_reads_as_before():
    """Only two paragraphs or more opening with a unit and a colon are read so: under 三、任务分工 a single
    市X局：负责… paragraph stays the heading's text (reported), and numbered items keep their numbers."""
    plan = _one(
        "某市2030年节能工作方案\n"
        "一、重点任务\n"
        "1.推进工业节能。（市工业和信息化局负责）\n"
        "二、任务分工\n"
        "1.市发展改革委：负责统筹协调节能工作。\n"
        "2.市住房城乡建设局：负责建筑节能。\n"
        "三、部门分工\n"
        "市统计局：负责能耗统计。\n")
    assert [(t.number, t.label, _units(t)) for t in plan.tasks()] == [
        (1, "1.", [("市工业和信息化局", R)]), (1, "1.", [("市发展改革委", R)]), (2, "2.", [("市住房城乡建设局", R)])]


def test_a_heading_sentence_doing_something_to_a_facility_of_a_level_names_no_unit():
    """高质量做强县级医院。/ 做强县级医院。/ 大力建设省实验室。: an adverb or a verb before the level word (县级, 省) says
    what is done to the facility named after it, no place's body; the units are the annotation's. A place's body
    (柳河县应急管理局：负责…) still opens its duty."""
    plan = _one(
        "某市卫生健康重点任务分工方案\n"
        "一、提升医疗服务能力\n"
        "1.高质量做强县级医院。推动县级医院达到三级水平。（市卫生健康委负责）\n"
        "2.做强县级医院。推进医共体建设。（市卫生健康委牵头，市医保局配合）\n"
        "3.大力建设省实验室。争创国家实验室。（市科技局负责）\n"
        "4.柳河县应急管理局：负责医疗应急演练。\n")
    assert [(t.title, _units(t)) for t in plan.tasks()] == [
        ("高质量做强县级医院", [("市卫生健康委", R)]),
        ("做强县级医院", [("市卫生健康委", L), ("市医保局", S)]),
        ("大力建设省实验室", [("市科技局", R)]),
        ("负责医疗应急演练", [("柳河县应急管理局", R)])]


def test_label_lines_heading_blocks_of_numbered_duties():
    """牵头单位：X / 配合单位：Y under a section's heading before its first item, and again before a later block: each
    block's units are the duty of the items below it up to the next; where items close with their own label lines and
    the section opens with none, those lines stay the items' own."""
    plan = _one(
        "某县2025年安全生产工作方案\n"
        "一、重点任务\n"
        "牵头单位：县应急管理局\n"
        "配合单位：县公安局\n"
        "1.开展隐患排查。\n"
        "2.加强执法检查。\n"
        "牵头单位：县住建局\n"
        "配合单位：县市场监管局、各乡镇人民政府\n"
        "3.开展燃气隐患排查。\n"
        "4.推广安装报警装置。\n"
        "二、其他任务\n"
        "5.开展应急演练。\n"
        "牵头单位：县应急管理局\n"
        "6.加强宣传教育。\n"
        "牵头单位：县委宣传部\n")
    first, second = [("县应急管理局", L), ("县公安局", S)], [("县住建局", L), ("县市场监管局", S), ("各乡镇人民政府", S)]
    assert [_units(t) for t in plan.tasks()] == [first, first, second, second,
                                                 [("县应急管理局", L)], [("县委宣传部", L)]]
    task2 = plan.tasks()[1]
    assert {a.annotation for a in task2.assignments} == {0, 1} and all(n.start == n.end for n in task2.annotations)
    assert any("2 blocks" in n.text for n in plan.readings)


def test_label_lines_above_each_item_under_group_headings_head_it():
    """（一）… / 【牵头单位：A；配合单位：B】 / 1.… / 责任单位：C / 2.…: a 任务清单 printing each task's units on the line
    above it, inside （一） groups: the line under the group's heading is item 1's, the line after item 1 item 2's (before:
    each line went to the item above, the heading's to the group's last item). A group whose items close with their
    own brackets, beside it, keeps them."""
    plan = _one(
        "某县燃气安全整治方案\n"
        "一、整治任务\n"
        "（一）经营环节\n"
        "（县林业局牵头）\n"
        "1.排查燃气企业。逐一检查。（县林业局负责）\n"
        "2.开展宣传教育。组织宣传进社区。（县科协负责）\n"
        "（二）运输环节\n"
        "【牵头单位：县水务局；配合单位：县气象局】\n"
        "3.整治违规运输。查处违规运输行为。\n"
        "责任单位：县档案局\n"
        "4.规范气瓶配送。推行配送到户。\n"
        "（三）使用环节\n"
        "【牵头单位：县民宗局；配合单位：县侨联】\n"
        "5.排查餐饮场所。逐一检查。\n"
        "责任单位：县残联\n"
        "6.推广报警装置。\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("县林业局", R)], [("县科协", R)], [("县水务局", L), ("县气象局", S)], [("县档案局", R)],
        [("县民宗局", L), ("县侨联", S)], [("县残联", R)]]
    assert any(n.line == 7 and "group （二）: 2 blocks" in n.text for n in plan.readings)
    assert not any(n.line == 7 and "name their own" in n.text for n in plan.readings)


def test_label_lines_heading_blocks_after_an_opening_sentence():
    """一、X / 各项任务的责任单位列于该项任务之前。 / 【牵头单位：A】 / 1.… / 责任单位：B / 2.…: a sentence before the first
    label line (a stated rule, an opening paragraph) is the section's own; the label lines closing the intro still head
    the first block (before: each line went to the item above, the last item kept none)."""
    plan = _one(
        "某县燃气安全整治方案\n"
        "一、整治任务\n"
        "各项任务的责任单位列于该项任务之前。\n"
        "【牵头单位：县水务局；配合单位：县气象局】\n"
        "1.排查燃气企业。逐一检查。\n"
        "责任单位：县档案局\n"
        "2.开展宣传教育。组织宣传进社区。\n"
        "【牵头单位：县民宗局；配合单位：县侨联】\n"
        "3.整治违规运输。查处违规运输行为。\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("县水务局", L), ("县气象局", S)], [("县档案局", R)], [("县民宗局", L), ("县侨联", S)]]
    assert any(n.line == 2 and "3 blocks" in n.text for n in plan.readings)


def test_an_item_naming_units_in_its_words_keeps_them_beside_its_blocks():
    """Label lines above each item, one item adding a helper in its words (…依法处罚（县侨联配合）。) and one printing
    its own bracket after its number (3.【牵头单位：X】…): the lines still head the next item (before: the reading fell
    back to "lines belong to the item above" for the whole section); the helper is kept beside its block's units, the
    item naming its own lead keeps its own (and the block's units go to none)."""
    plan = _one(
        "某县燃气安全整治方案\n"
        "一、整治任务\n"
        "【牵头单位：县水务局；配合单位：县气象局】\n"
        "1.排查燃气企业。逐一检查。\n"
        "责任单位：县档案局\n"
        "2.开展宣传教育。对拒不整改的依法处罚（县侨联配合）。\n"
        "3.【牵头单位：县残联】整治违规运输。查处违规运输行为。\n"
        "【牵头单位：县科协；配合单位：县气象局】\n"
        "4.规范气瓶配送。推行配送到户。\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("县水务局", L), ("县气象局", S)], [("县侨联", S), ("县档案局", R)], [("县残联", L)],
        [("县科协", L), ("县气象局", S)]]
    assert not plan.warnings
    # a label line heading only an item that names its own lead: its units are given to none, and the reader says so
    lone = _one(
        "某县燃气安全整治方案\n"
        "一、整治任务\n"
        "【牵头单位：县水务局】\n"
        "1.排查燃气企业。逐一检查。\n"
        "责任单位：县档案局\n"
        "2.【牵头单位：县残联】整治违规运输。\n"
        "责任单位：县侨联\n"
        "3.规范气瓶配送。\n")
    assert [_units(t) for t in lone.tasks()] == [[("县水务局", L)], [("县残联", L)], [("县侨联", R)]]
    assert any("after item 1." in w and "县档案局 given to no item" in w for w in lone.warnings)


def test_units_bracket_printed_before_the_items_number_is_that_items():
    """【责任单位：X】2.开展… : a 清单 printing each task's units first on its line, then the number: the line is item 2
    (the numbering around it says so), the bracket its annotation (before: the line was no item, its words and units
    ran into item 1). A bracket naming no unit (【重点】4.…) opens no item."""
    plan = _one(
        "某县燃气安全整治方案\n"
        "一、整治任务\n"
        "1.【牵头单位：县水务局】排查燃气企业。逐一检查。\n"
        "【责任单位：县档案局】2.开展宣传教育。组织宣传进社区。\n"
        "[县侨联牵头,县气象局配合]3.整治违规运输。查处违规运输行为。\n"
        "【重点】4.开展联合执法。\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "排查燃气企业"), (2, "开展宣传教育"), (3, "整治违规运输")]
    assert [_units(t) for t in plan.tasks()] == [
        [("县水务局", L)], [("县档案局", R)], [("县侨联", L), ("县气象局", S)]]


def test_a_part_holding_no_task_over_a_paragraph_closed_by_units_is_said():
    """三、X / one sentence closed by its units, in a plan whose other parts count out 一是… tasks: the paragraph is the
    heading's text and the heading no task, so its units went to none, silently. The reader now says so (whether the
    paragraph is a task the layout does not tell); a part listing bodies in its sentences (组织领导) is not said."""
    plan = _one(
        "某省人民政府关于加快托育服务发展的实施意见\n"
        "一、扩大服务供给\n"
        "一是发展社区托育服务。（省卫健委牵头，省民政厅配合）二是推进托幼一体化。（省教育厅负责）\n"
        "二、提升服务质量\n"
        "加强托育从业人员队伍建设。（省人社厅牵头，省总工会配合）\n"
        "三、组织领导\n"
        "成立工作专班，由省卫健委、省教育厅组成，统筹推进各项工作。\n")
    assert [t.title for t in plan.tasks()] == ["发展社区托育服务", "推进托幼一体化"]
    said = [w for w in plan.warnings if "holds no task" in w]
    assert len(said) == 1 and "二、提升服务质量" in said[0] and "省人社厅、省总工会" in said[0]


def test_a_label_line_under_a_heading_beside_an_item_closing_with_its_own_is_the_headings():
    """二、X / 责任科室：A under the heading / （二）… / （三）… / 责任科室：B: the heading has said its units on a line of its
    own, so the block closing its last item is that item's own (before: the 一、 items were read as the tasks, the
    second holding both blocks); the heading's units, beside an item naming its own, go to the item naming none."""
    plan = _one(
        "2030年县直机关党的工作要点\n"
        "一、加强政治建设\n"
        "（一）强化政治教育。开展专题教育。\n"
        "责任科室：组织科；配合科室：宣传科\n"
        "二、加强基层组织建设\n"
        "责任科室：组织科；配合科室：各科室\n"
        "（二）推进标准化建设。开展五星创建。\n"
        "（三）抓好换届。按期换届。\n"
        "责任科室：组织科；配合科室：纪检科\n")
    assert [(t.label, t.title) for t in plan.tasks()] == [
        ("（一）", "强化政治教育"), ("（二）", "推进标准化建设"), ("（三）", "抓好换届")]
    assert [_units(t) for t in plan.tasks()] == [
        [("组织科", R), ("宣传科", S)], [("组织科", R), ("各科室", S)], [("组织科", R), ("纪检科", S)]]
    assert any(n.line == 5 and "go to its items （二） naming none" in n.text for n in plan.readings)


def test_an_item_titled_with_whose_duties_its_text_is_is_that_bodys():
    """2.2.1县防汛抗旱指挥部职责 / 负责…: the item's title line names the body whose duties its paragraph is; an item over
    a paragraph that opens with a unit of its own (成员单位职责 / 县水利局：负责…) is not that collective's, and it is
    reported (two such paragraphs or more are a list of duties, each a task); an item titled otherwise names none."""
    plan = _one(
        "某县防汛抗旱应急预案\n"
        "2.2.1县防汛抗旱指挥部职责\n"
        "负责全县防汛抗旱工作，组织制定防御洪水方案。\n"
        "2.2.2县防汛抗旱指挥部成员单位职责\n"
        "县水利局：负责水利工程安全度汛。\n"
        "2.2.3主要任务\n"
        "开展隐患排查。\n")
    assert [(t.title, _units(t)) for t in plan.tasks()] == [
        ("县防汛抗旱指挥部职责", [("县防汛抗旱指挥部", R)]), ("县防汛抗旱指挥部成员单位职责", []), ("主要任务", [])]


def test_a_run_of_short_names_with_colons_is_a_list_of_duties():
    """（一）党政办：… （二）应急办：… （三）经发办：…: a town's (or a 预案's working groups') duty list names its bodies without a
    level word; in a run of at least three such items, half the section or more, a short name before a colon reads as
    a body. A list of what to focus on (重点场所： 重点单位：) and a lone `督导组：` among tasks do not."""
    plan = _one(
        "某镇安全生产委员会成员单位职责\n"
        "（一）党政办：负责镇安委会日常文秘工作。\n"
        "（二）应急办：承担镇安委会办公室日常工作。\n"
        "（三）经发办：负责工贸企业安全监管。\n"
        "（四）镇卫生院：负责医疗救治。\n")
    assert [_units(t) for t in plan.tasks()] == [[("党政办", R)], [("应急办", R)], [("经发办", R)], [("镇卫生院", R)]]
    other = _one(
        "某市2025年消防安全工作方案\n"
        "一、工作措施\n"
        "1.重点场所：商场、市场等人员密集场所（市消防救援支队负责）。\n"
        "2.重点单位：消防安全重点单位（市消防救援支队负责）。\n"
        "3.督导组：每月开展一次督导（市安委办负责）。\n"
        "4.开展隐患排查（市应急管理局负责）。\n")
    assert [_units(t) for t in other.tasks()] == [
        [("市消防救援支队", R)], [("市消防救援支队", R)], [("市安委办", R)], [("市应急管理局", R)]]


def test_two_short_names_before_one_colon_in_a_run_of_duties_are_each_a_unit():
    """4.经济发展办、自然资源所：负责…: two offices sharing a duty in a town's unit-first list are written before one colon;
    the length a short name may have without a level word is each name's, not the whole lead's."""
    plan = _one(
        "某镇防汛工作方案\n"
        "一、职责分工\n"
        "1.应急办：负责综合协调和调度通报。\n"
        "2.派出所：负责交通管制和治安维护。\n"
        "3.规划建设办：负责在建工地和危房排查。\n"
        "4.经济发展办、自然资源所：负责工矿企业和地灾隐患点排查。\n")
    assert [_units(t) for t in plan.tasks()][3] == [("经济发展办", R), ("自然资源所", R)]
    assert plan.tasks()[3].title == "负责工矿企业和地灾隐患点排查"


def test_a_short_name_closed_by_a_full_stop_in_a_run_of_duties_is_a_unit_where_a_duty_follows():
    """4.农技服务中心。负责…: in a run of `X：负责…` duties a unit is sometimes closed by a full stop; the duty's verb after
    it says it is the unit's name. A short name before a full stop and no duty verb is a project's (文化站。新建…)."""
    plan = _one(
        "某镇防汛工作方案\n"
        "一、职责分工\n"
        "1.应急办：负责综合协调和调度通报。\n"
        "2.派出所：负责交通管制和治安维护。\n"
        "3.规划建设办：负责在建工地和危房排查。\n"
        "4.农技服务中心。负责农业生产救灾工作。\n"
        "5.文化站。新建村级文化广场2个。\n")
    assert [_units(t) for t in plan.tasks()][3:] == [[("农技服务中心", R)], []]
    assert [t.title for t in plan.tasks()][3:] == ["负责农业生产救灾工作", "文化站"]


def test_a_duty_naming_the_other_units_by_reference_is_titled_by_its_duty():
    """5.其他站所：按照…，负责…: closing a town's unit-first list, the lead names the other units by reference: no unit is
    read (the report says so), but the lead is the duty's subject as its neighbours' are, no words of its title."""
    plan = _one(
        "某镇防汛工作方案\n"
        "一、职责分工\n"
        "1.应急办：负责综合协调和调度通报。\n"
        "2.派出所：负责交通管制和治安维护。\n"
        "3.规划建设办：负责在建工地和危房排查。\n"
        "4.其他站所：按照各自职责，负责本行业排查工作。\n")
    assert _units(plan.tasks()[3]) == []
    assert plan.tasks()[3].title == "按照各自职责，负责本行业排查工作"
    assert any("其他站所" in n.text and "reference" in n.text for n in plan.readings)


def test_the_other_member_units_over_their_duty_are_no_label():
    """（三）其他成员单位：按照各自职责… closing a unit-first list: 其他 + 成员单位 reads as a label too, but what follows
    the colon is the others' duty, not names: no unit, the duty its title, as for 其他有关部门：. Names after the colon
    (其他成员单位：县丙局) stay a label's units."""
    plan = _one(
        "某县治堵工作方案\n"
        "一、部门职责\n"
        "（一）县甲局：负责治堵工作的组织协调。\n"
        "（二）县乙局：负责落实治堵工作经费。\n"
        "（三）其他成员单位：按照各自职责做好治堵相关工作。\n")
    assert _units(plan.tasks()[2]) == []
    assert plan.tasks()[2].title == "按照各自职责做好治堵相关工作"
    assert any("其他成员单位" in n.text and "reference" in n.text for n in plan.readings)
    labelled = _one("某县治堵工作方案\n一、重点任务\n1.加强路面管控。开展联合执法。牵头单位：县甲局；其他成员单位：县丙局。\n")
    assert _units(labelled.tasks()[0]) == [("县甲局", L), ("县丙局", S)]

def test_the_other_member_units_over_a_duty_listing_things_name_no_unit():
    """其他成员单位：按照各自职责做好本行业、本系统… closing a unit-first list: the words after the colon are the others'
    duty, and its 、 parts the things of their work, not names (本系统防控工作 is no body). Unnumbered, the paragraph is
    one more item of the list (the section no longer collapses into one task of its heading); numbered, it names no
    unit and the duty is its title. A label followed by names (其他成员单位：县丙局、县丁局) still names them."""
    text = ("某市防控工作方案\n一、部门职责\n　　市甲局：负责疫情监测和医疗救治。\n　　市乙局：负责保障防控经费。\n"
            "　　其他成员单位：按照各自职责做好本行业、本系统防控工作。\n二、保障措施\n")
    plan = _one(text)
    assert [(t.title, _units(t)) for t in plan.tasks()] == [
        ("负责疫情监测和医疗救治", [("市甲局", R)]), ("负责保障防控经费", [("市乙局", R)]),
        ("按照各自职责做好本行业、本系统防控工作", [])]
    numbered = _one("某县防控工作方案\n一、部门职责\n（一）县甲局：负责组织协调。\n（二）县乙局：负责落实经费。\n"
                    "（三）其他成员单位：按照各自职责做好本行业、本系统相关工作。\n")
    assert [(t.title, _units(t)) for t in numbered.tasks()][2] == ("按照各自职责做好本行业、本系统相关工作", [])
    labelled = _one("某县治堵工作方案\n一、重点任务\n1.加强路面管控。开展联合执法。牵头单位：县甲局；其他成员单位：县丙局、县丁局。\n")
    assert _units(labelled.tasks()[0]) == [("县甲局", L), ("县丙局", S), ("县丁局", S)]


def test_the_other_members_of_a_named_body_over_their_duty_name_no_unit():
    """联席会议其他成员单位：按照各自职责… closing a duties list: the others named by reference after the coordinating body
    they are members of (领导小组, 指挥部 …) are a task naming no unit, as 其他成员单位： is — unnumbered under a duties
    heading (it was dropped) or numbered (the qualified words were read as one body's name)."""
    head = ("某市托育服务实施方案\n一、重点任务\n1.建设托育机构。推进建设。（市卫生健康委牵头，市财政局配合）\n二、部门职责\n"
            "市卫生健康委：负责统筹推进托育服务。\n市财政局：负责安排托育服务资金。\n")
    plan = _one(head + "联席会议其他成员单位：按照各自职责做好相关工作。\n三、保障措施\n（一）加强组织领导。建立联席会议制度。\n")
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()][1:] == [
        (2, "负责统筹推进托育服务", [("市卫生健康委", R)]), (3, "负责安排托育服务资金", [("市财政局", R)]),
        (4, "按照各自职责做好相关工作", [])]
    assert any("联席会议其他成员单位" in n.text and "reference" in n.text for n in plan.readings)
    numbered = _one("某县治堵工作方案\n一、部门职责\n（一）县甲局：负责组织协调。\n（二）县乙局：负责落实经费。\n"
                    "（三）县治堵工作领导小组其他成员单位：按照各自职责做好相关工作。\n")
    assert [(t.title, _units(t)) for t in numbered.tasks()][2] == ("按照各自职责做好相关工作", [])



@pytest.mark.parametrize("lead", ["县安委会其他成员单位", "县食安委其余成员单位"])
def test_the_other_members_after_any_short_name_over_their_duty_name_no_unit(lead):
    """县安委会其他成员单位：按照各自职责… closing a duties list: 其他成员单位 / 其余成员单位 name the rest of a body's
    members by reference whatever the body's short name (安委会, 食安委 are no kind of body a list could hold): a task
    naming no unit. Before, the words were read as one unit's name."""
    plan = _one("某县安全生产工作方案\n一、部门职责\n（一）县甲局：负责综合协调。\n（二）县乙局：负责交通管控。\n"
                f"（三）{lead}：按照各自职责做好相关工作。\n")
    assert [(t.title, _units(t)) for t in plan.tasks()] == [
        ("负责综合协调", [("县甲局", R)]), ("负责交通管控", [("县乙局", R)]), ("按照各自职责做好相关工作", [])]


def test_a_commissions_other_offices_over_their_duty_keep_the_commission_as_the_unit():
    """县卫生健康委员会其他科室：负责… in a duties list: a department named 委员会 (a 卫生健康委员会, an 教育委员会) has
    offices of its own (科室 / 处室: OTHERS_OWN_OFFICES); its other offices are its parts, and the commission answers
    for the duty: the unit is the commission, not a made-up body named after its offices."""
    plan = _one("某县安全生产工作方案\n一、部门职责\n（一）县甲局：负责综合协调。\n（二）县乙局：负责交通管控。\n"
                "（三）县卫生健康委员会其他科室：负责医疗救治保障。\n（四）县教育委员会其余处室：负责校园安全。\n")
    assert [(t.title, _units(t)) for t in plan.tasks()][2:] == [
        ("负责医疗救治保障", [("县卫生健康委员会", R)]), ("负责校园安全", [("县教育委员会", R)])]


def test_a_commissions_other_member_bodies_over_their_duty_name_no_unit():
    """县爱国卫生运动委员会其他单位：按照各自职责… closing a duties list: 委员会 before 其他单位 / 其余部门 is a coordinating
    commission, and the words name the rest of its member bodies by reference, as 领导小组其他单位 does: no unit,
    not a made-up unit named 县爱国卫生运动委员会其他单位."""
    plan = _one("某县爱国卫生工作方案\n一、部门职责\n（一）县甲局：负责综合协调。\n（二）县乙局：负责环境整治。\n"
                "（三）县爱国卫生运动委员会其他单位：按照各自职责做好相关工作。\n")
    assert [(t.title, _units(t)) for t in plan.tasks()][2] == ("按照各自职责做好相关工作", [])


def test_units_named_before_the_other_members_keep_their_duty():
    """县丙局、县丁局等县安委会其他成员单位：… / 县丙局、县安委会其他成员单位：… in a duties list: the short name before
    其他成员单位 is one body's name (no 、 or 等 in it); the units listed before it are named and answer for the duty,
    and the others named after a unit in the list are read as the annotations read them (a unit, as the seed's reading
    names 市安委会其他成员单位 among a task's bodies). Before, the whole list was taken as the body's name, no unit."""
    plan = _one("某县安全生产工作方案\n一、部门职责\n（一）县甲局：负责综合协调。\n（二）县乙局：负责交通管控。\n"
                "（三）县丙局、县丁局等县安委会其他成员单位：按照各自职责做好行业整治。\n"
                "（四）县戊局、县安委会其他成员单位：按照职责做好相关工作。\n")
    assert [(t.title, _units(t)) for t in plan.tasks()][2:] == [
        ("按照各自职责做好行业整治", [("县丙局", R), ("县丁局", R)]),
        ("按照职责做好相关工作", [("县戊局", R), ("县安委会其他成员单位", R)])]


# ---- tasks marked without arabic numbers: bullets, ordinal words, roman and letter labels, unnumbered paragraphs ----


def _tasks(plan) -> list[tuple[str, int, str, list[tuple[str, str]]]]:
    return [(s.number, t.number, t.label, [(a.name, a.role) for a in t.assignments]) for s in plan.sections for t in s.tasks]


def test_bullet_tasks_under_headings_are_numbered_by_their_place_in_the_plan():
    """● lines each closed by an annotation under 一、 headings are the tasks (not the headings); with no printed
    number each is numbered by its place among the plan's tasks, and the reading notes say so."""
    plan = _one(
        "某区2025年市容管理工作要点\n"
        "一、市容整治\n"
        "● 整治背街小巷，完成街巷改造10条。（责任单位：区城管局、各街道办事处）\n"
        "● 治理违法建设。（责任单位：区城管执法局）\n"
        "二、设施管护\n"
        "■ 养护城市道路，完成大中修5万平方米。\n"
        "牵头单位：区城管局\n"
        "配合单位：区住房城乡建设局\n")
    assert _tasks(plan) == [
        ("一", 1, "●", [("区城管局", R), ("各街道办事处", R)]),
        ("一", 2, "●", [("区城管执法局", R)]),
        ("二", 3, "■", [("区城管局", L), ("区住房城乡建设局", S)]),
    ]
    assert not plan.warnings
    from generator.commands.check import reading_lines

    report = "\n".join(reading_lines(plan, resolved=False))
    assert "outline: 3 tasks carry no printed number (●、■), from line 3: each is numbered by its place" in report


def test_ordinal_word_tasks_keep_their_printed_numbers():
    """第一， 第二， (and 其一， 一是 首先 …最后) each closed by an annotation are the tasks under their heading and keep
    the numbers their words print, restarting in each section; 最后 takes the number after the ordinal before it."""
    plan = _one(
        "某区2025年垃圾分类工作要点\n"
        "一、推进分类投放\n"
        "第一，建设示范小区。新创建示范小区10个。（责任单位：区城管局）\n"
        "第二，完善收运体系。（牵头单位：区城管局；配合单位：区商务局）\n"
        "二、加强宣传教育\n"
        "首先，开展进社区活动。（区城管局负责）\n"
        "其次，开展进校园活动。（区教育局负责）\n"
        "最后，开展志愿服务活动。（团区委牵头，各街道办事处配合）\n")
    assert [(s, n, label) for s, n, label, _ in _tasks(plan)] == [
        ("一", 1, "第一，"), ("一", 2, "第二，"), ("二", 1, "首先，"), ("二", 2, "其次，"), ("二", 3, "最后，")]
    assert _tasks(plan)[-1][3] == [("团区委", L), ("各街道办事处", S)]


def test_ordinal_words_naming_no_unit_are_text_not_tasks():
    """一要 / 二要 lines of a part that names no unit (and 一是 / 二是 inside a task) say what to mind: a run of ordinal
    words is a level of tasks only when each of its items names its units, else the lines are the text they stand in."""
    plan = _one(
        "某镇2025年安全生产工作要点\n"
        "一、压实责任\n"
        "1.落实党政同责。每季度研究安全生产工作。（责任单位：镇安监办）\n"
        "2.压实企业主体责任。督促企业健全责任制。（镇安监办牵头，各村（社区）配合）\n"
        "二、把握工作重点\n"
        "一要突出重点行业。聚焦燃气、消防、道路交通等领域。\n"
        "二要突出关键时段。抓好节假日和汛期安全防范。\n"
        "三、开展专项整治\n"
        "3.开展燃气整治。排查餐饮场所燃气隐患。（责任单位：镇安监办）\n")
    assert [(s, n, label) for s, n, label, _ in _tasks(plan)] == [("一", 1, "1."), ("一", 2, "2."), ("三", 3, "3.")]
    assert "二要突出关键时段" in plan.sections[1].intro


def test_sentences_on_lines_of_their_own_before_the_units_line_end_the_last_task_of_a_section():
    """一是…； / 二是…。 / ● …； lines after a section's last task, then its annotation line: the sentences and the units
    are that task's, not the section's closing words (a finished sentence no longer ends the task while an annotation
    line below still closes it)."""
    plan = _one(
        "某镇2025年安全生产工作要点\n"
        "一、压实责任\n"
        "1.落实党政同责\n"
        "一是每季度研究安全生产工作；\n"
        "二是开展安全生产巡查。\n"
        "（责任单位：镇安监办）\n"
        "2.压实企业主体责任\n"
        "一是督促企业健全责任制；\n"
        "二是开展全员安全培训。\n"
        "（镇安监办牵头，各村（社区）配合）\n"
        "二、专项整治\n"
        "3.开展燃气整治\n"
        "● 排查餐饮场所燃气隐患；\n"
        "● 更换老旧燃气管道。\n"
        "（责任单位：镇安监办、镇市场监管所）\n")
    assert _tasks(plan) == [
        ("一", 1, "1.", [("镇安监办", R)]),
        ("一", 2, "2.", [("镇安监办", L), ("各村（社区）", S)]),
        ("二", 3, "3.", [("镇安监办", R), ("镇市场监管所", R)]),
    ]
    assert "二是开展全员安全培训" in plan.tasks()[1].text


def test_unnumbered_paragraphs_each_closed_by_an_annotation_are_tasks():
    """Run-in paragraphs under a short heading (理论武装：… / 在推进…方面，…), none numbered and each closed by its own
    annotation, are the heading's tasks, numbered by their place in the plan; so, in such a plan, is one annotated
    paragraph under a heading beside them."""
    plan = _one(
        "某县2025年机关党建工作要点\n"
        "一、加强政治建设\n"
        "理论武装：完善理论学习中心组学习制度，全年集中学习不少于6次。（责任单位：工委办公室）\n"
        "政治监督：开展政治监督检查，推动责任落实。（工委纪工委负责）\n"
        "二、夯实基层基础\n"
        "在推进党支部标准化建设方面，开展星级评定。（责任单位：工委组织部）\n"
        "在加强党员教育管理方面，落实“三会一课”制度。\n"
        "责任单位：工委组织部、各机关党组织\n"
        "三、加强作风建设\n"
        "开展机关作风评议，结果纳入年度考核。（工委办公室牵头，县考评办配合）\n")
    assert [(s, n, label) for s, n, label, _ in _tasks(plan)] == [
        ("一", 1, ""), ("一", 2, ""), ("二", 3, ""), ("二", 4, ""), ("三", 5, "")]
    assert plan.tasks()[0].title == "理论武装：完善理论学习中心组学习制度，全年集中学习不少于6次"
    assert _tasks(plan)[3][3] == [("工委组织部", R), ("各机关党组织", R)]


def test_typed_sub_points_under_an_unnumbered_task_paragraph_stay_that_tasks():
    """A plan that lost its （一） numbers keeps the 1. 2. typed under a lead-in (…重点做好以下工作：): they are that
    paragraph's sub-points, closed by its annotation; its unnumbered siblings before and after are tasks as well,
    numbered by place."""
    plan = _one(
        "某镇河道治理实施方案\n"
        "一、主要任务\n"
        "开展河道清淤。清理淤泥2万方。（责任单位：镇水利站）\n"
        "整治沿河排口。封堵非法排口。（责任单位：镇环保办）\n"
        "加强岸线管护。重点做好以下工作：\n"
        "1.设立河长公示牌。\n"
        "2.组建巡河队伍。（责任单位：镇河长办牵头，各村配合）\n"
        "推进生态修复。种植护岸林带。（责任单位：镇林业站）\n"
        "二、保障措施\n"
        "加强资金保障。落实治理经费。（责任单位：镇财政所）\n")
    assert _tasks(plan) == [
        ("一", 1, "", [("镇水利站", R)]),
        ("一", 2, "", [("镇环保办", R)]),
        ("一", 3, "", [("镇河长办", L), ("各村", S)]),
        ("一", 4, "", [("镇林业站", R)]),
        ("二", 5, "", [("镇财政所", R)]),
    ]
    assert plan.tasks()[2].text == "加强岸线管护。重点做好以下工作：\n1.设立河长公示牌。\n2.组建巡河队伍。（责任单位：镇河长办牵头，各村配合）"


def test_typed_points_each_naming_a_unit_under_a_lead_in_stay_the_tasks():
    """Where the typed points under a lead-in name their own units, they are the section's tasks, as before."""
    plan = _one(
        "某镇河道治理实施方案\n"
        "一、主要任务\n"
        "开展河道清淤。清理淤泥2万方。（责任单位：镇水利站）\n"
        "加强岸线管护，重点做好以下工作：\n"
        "1.设立河长公示牌。（责任单位：镇河长办）\n"
        "2.组建巡河队伍。（责任单位：镇河长办）\n")
    assert [(n, label) for _, n, label, _ in _tasks(plan)] == [(1, "1."), (2, "2.")]


def test_roman_sections_over_lettered_tasks():
    """Ⅰ、 Ⅱ、 head the parts and A. B. number the tasks under each, restarting as printed; Ⅲ类 or A级 beginning a
    wrapped line is no label."""
    plan = _one(
        "某县2025年农业农村工作要点\n"
        "Ⅰ、稳定粮食生产\n"
        "A.落实播种面积。全年粮食播种面积稳定在50万亩以上，灌溉水质稳定在\n"
        "Ⅲ类以上，新增\n"
        "A级绿色食品10个。（责任单位：县农业农村局、各乡镇人民政府）\n"
        "B.建设高标准农田。新建高标准农田3万亩。（县农业农村局牵头，县财政局配合）\n"
        "Ⅱ、推进乡村建设\n"
        "A.改善人居环境。完成户厕改造2000户。（县农业农村局负责）\n")
    assert [(s, n, label) for s, n, label, _ in _tasks(plan)] == [("Ⅰ", 1, "A."), ("Ⅰ", 2, "B."), ("Ⅱ", 1, "A.")]


def test_parts_numbered_with_latin_capitals_are_parts():
    """I. II. III. typed in Latin capitals head the parts as Ⅰ、 Ⅱ、 do: each task in its part, no heading glued to the
    task before it, the last part no closing."""
    plan = _one(
        "某某学院2025年行政工作要点\n"
        "I. 人才培养\n"
        "1.深化新工科建设。推进产业学院建设。（牵头：教务处；配合：各系部）\n"
        "II. 科学研究\n"
        "2.加强有组织科研。培育校级科研团队。（牵头：科研处；配合：各系部）\n"
        "III. 保障措施\n"
        "加强组织领导。\n")
    assert [(s.number, s.title, [t.number for t in s.tasks]) for s in plan.sections] == [
        ("I", "人才培养", [1]), ("II", "科学研究", [2]), ("III", "保障措施", [])]
    assert plan.tasks()[0].text.endswith("（牵头：教务处；配合：各系部）")


def test_one_part_typed_in_latin_capitals_among_roman_numerals():
    """A lone IV、 among Ⅲ、 and Ⅴ、 is part four, its tasks its own, not words of the task before; IV级响应 (no stop)
    and I. 某标准 out of the count open lines of text."""
    plan = _one(
        "某某学院2025年党政工作要点\n"
        "Ⅲ、提高培养质量\n"
        "1.完善课程体系。启动IV级响应预案演练，\n"
        "IV级响应由学校统一部署。（牵头：教务处）\n"
        "IV、提升科研水平\n"
        "1.建设科研平台。对照下列标准：\n"
        "I. 省级平台建设标准执行。（牵头：科研处）\n"
        "Ⅴ、建设教师队伍\n"
        "1.引进高层次人才。（牵头：人事处）\n")
    assert [(s.number, [t.title for t in s.tasks]) for s in plan.sections] == [
        ("Ⅲ", ["完善课程体系"]), ("IV", ["建设科研平台"]), ("Ⅴ", ["引进高层次人才"])]
    assert plan.tasks()[0].text.endswith("（牵头：教务处）")
    assert "I. 省级平台建设标准执行" in plan.tasks()[1].text


def test_latin_capitals_out_of_the_count_are_no_parts():
    """A lone I. heading, a V. after 一、 sections and I. Introduction are no parts: the 一、 sections stay the outline."""
    plan = _one(
        "某某学院2025年外事工作要点\n"
        "I. 说明\n"
        "一、扩大交流合作\n"
        "1.拓展合作院校。新增合作院校5所。（牵头：国际处）\n"
        "V.类项目按照规定报批。\n"
        "二、加强外事管理\n"
        "2.规范出访审批。I. Introduction 课程另行安排。（牵头：国际处）\n")
    assert [(s.number, [t.number for t in s.tasks]) for s in plan.sections] == [("一", [1]), ("二", [2])]
    assert plan.preamble == "I. 说明"
    assert plan.sections[0].closing == "V.类项目按照规定报批。"


def test_latin_capitals_listing_a_tasks_points_are_no_parts():
    """I. II. under a task's lead-in (…明确分级响应：), each closing with its sentence's mark, are the task's points:
    the task keeps them and its annotation under them."""
    plan = _one(
        "某区应急预案修订工作任务\n"
        "1. 修订自然灾害应急预案，明确分级响应：\n"
        "I. 特别重大（I级）响应；\n"
        "II. 重大（II级）响应。\n"
        "（责任单位：区应急管理局）\n"
        "2. 开展应急演练。（责任单位：区应急管理局、各街道）\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [
        (1, [("区应急管理局", R)]), (2, [("区应急管理局", R), ("各街道", R)])]


def test_arabic_labels_typed_with_a_comma_or_colon():
    """1， and 3： are labels as 1. is, in plans typed without the dot; 3，4号楼 and 1:1000 are not."""
    plan = _one(
        "某镇2025年安全生产工作要点\n"
        "一、压实安全责任\n"
        "1，落实党政同责。每季度研究安全生产工作。（责任单位：镇安监办）\n"
        "2，压实企业主体责任。对3，\n"
        "4号楼等高层建筑开展排查。（镇安监办牵头，各村（社区）配合）\n"
        "二、开展专项整治\n"
        "3：开展燃气安全整治。按1:1000比例绘制管网图。（镇安监办负责）\n")
    assert [(s, n, label) for s, n, label, _ in _tasks(plan)] == [("一", 1, "1，"), ("一", 2, "2，"), ("二", 3, "3：")]


def test_one_annotated_paragraph_under_each_heading_leaves_the_headings_the_tasks():
    """Where no heading holds two annotated paragraphs, each heading with its one paragraph is one task, as before."""
    plan = _one(
        "某县2025年机关党建工作要点\n"
        "一、加强政治建设\n"
        "完善理论学习中心组学习制度，全年集中学习不少于6次。（责任单位：工委办公室）\n"
        "二、夯实基层基础\n"
        "开展党支部星级评定。（责任单位：工委组织部）\n")
    assert [(n, label) for _, n, label, _ in _tasks(plan)] == [(1, "一、"), (2, "二、")]


def test_a_plan_of_run_in_paragraphs_with_no_numbered_line_reads_each_annotated_paragraph_as_a_task():
    """A street's 工作计划 with no heading and no number at all (党建工作：…（责任单位：X） / 经济工作：…): the run of
    paragraphs each closed by its own annotation holds the tasks, numbered by their place; the sentence before them
    is the preamble and the one after them the closing."""
    plan = _one(
        "某街道2025年工作计划\n"
        "2025年，街道将统筹推进经济发展和社会治理各项工作，现制定工作计划如下。\n"
        "党建工作：推进社区党组织标准化建设，年内打造示范社区3个。（责任单位：党建办）\n"
        "创建工作：开展背街小巷环境整治。\n"
        "责任单位：城管办、各社区\n"
        "经济工作：全年完成固定资产投资5亿元。（经济发展办牵头，各社区配合）\n"
        "街道各部门要按照计划抓好落实。\n")
    assert _tasks(plan) == [
        ("", 1, "", [("党建办", R)]),
        ("", 2, "", [("城管办", R), ("各社区", R)]),
        ("", 3, "", [("经济发展办", L), ("各社区", S)]),
    ]
    assert plan.tasks()[0].title == "党建工作：推进社区党组织标准化建设，年内打造示范社区3个"
    assert "现制定工作计划如下" in plan.preamble and "按照计划抓好落实" in plan.closing


def test_bare_headings_between_unnumbered_task_paragraphs_head_sections():
    """A 工作要点 that lost all its numbering keeps its 一、 headings as short bare lines: each heads a section over the
    task paragraphs below it and is no part of the first of them; a bare line over a plain paragraph stays text."""
    plan = _one(
        "某区2026年文明创建工作要点\n"
        "工作目标\n"
        "巩固创建成果，提升城市品质。\n"
        "改善市容环境\n"
        "整治背街小巷。完成改造15条。（牵头单位：区城管局；配合单位：区住建局）\n"
        "规范户外广告。拆除违规招牌。（牵头单位：区城管局）\n"
        "提升文明素养\n"
        "开展志愿服务。组建服务队30支。（牵头单位：区文明办）\n"
        "推进移风易俗。倡导婚事新办。（牵头单位：区民政局）\n")
    assert [(s.title, [t.title for t in s.tasks]) for s in plan.sections] == [
        ("改善市容环境", ["整治背街小巷", "规范户外广告"]),
        ("提升文明素养", ["开展志愿服务", "推进移风易俗"]),
    ]
    assert [t.number for t in plan.tasks()] == [1, 2, 3, 4]
    assert _tasks(plan)[0][3] == [("区城管局", L), ("区住建局", S)]
    assert "工作目标" in plan.preamble


def test_short_title_lines_each_over_one_task_paragraph_head_no_sections():
    """Where every short bare line stands over a single task paragraph, the lines are the tasks' own titles, not
    sections: the plan reads as before, one task a paragraph."""
    plan = _one(
        "某区2026年文明创建工作要点\n"
        "整治背街小巷\n"
        "完成改造15条。（牵头单位：区城管局）\n"
        "规范户外广告\n"
        "拆除违规招牌。（牵头单位：区城管局）\n"
        "开展志愿服务\n"
        "组建服务队30支。（牵头单位：区文明办）\n")
    assert [s.title for s in plan.sections] == [""]
    assert [t.title for t in plan.tasks()][0].startswith("整治背街小巷")
    assert len(plan.tasks()) == 3


def test_bare_group_headings_over_unnumbered_task_paragraphs_are_no_task_titles():
    """A docx copy that lost Word's numbers: under a typed 二、 the （一） headings print as bare short lines and the
    tasks under them as plain annotated paragraphs. Each bare line heads a group, it does not title the task below it
    (before: tasks 3 and 5 were titled 加强妇幼健康 and 推进医养结合); the tasks are numbered by place after 1, 2."""
    plan = _one(
        "某市2025年卫生健康工作要点\n"
        "一、推进医改\n"
        "1.完善医共体。【责任处室：体改处】\n"
        "2.加强基层。【责任处室：基层处】\n"
        "二、促进健康服务\n"
        "加强妇幼健康\n"
        "实施母婴安全行动，加强孕产妇救治能力建设。【责任处室：妇幼处；配合：医政处】\n"
        "推进出生缺陷综合防治工作。【责任处室：妇幼处】\n"
        "推进医养结合\n"
        "开展老年友善医疗机构建设。【责任处室：老龄处；配合：医政处】\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [
        (1, "完善医共体"), (2, "加强基层"), (3, "实施母婴安全行动，加强孕产妇救治能力建设"),
        (4, "推进出生缺陷综合防治工作"), (5, "开展老年友善医疗机构建设")]
    assert [g.title for g in plan.sections[1].groups] == ["加强妇幼健康", "推进医养结合"]
    assert _tasks(plan)[2][3] == [("妇幼处", R), ("医政处", S)]
    assert any("group heading whose number was lost" in n.text for n in plan.readings)


def test_bare_title_lines_each_over_one_task_paragraph_under_a_heading_stay_the_tasks_titles():
    """Under a typed 一、, short bare lines that each stand over one annotated paragraph are the tasks' own titles
    printed on a line of their own, not group headings."""
    plan = _one(
        "某区2026年文明创建工作要点\n"
        "一、改善市容环境\n"
        "整治背街小巷\n"
        "完成改造15条。（牵头单位：区城管局）\n"
        "规范户外广告\n"
        "拆除违规招牌。（牵头单位：区城管局）\n")
    assert [t.title for t in plan.tasks()] == ["整治背街小巷", "规范户外广告"]
    assert plan.sections[0].groups == []


def test_an_annotated_paragraph_over_numbered_items_naming_their_own_units_is_a_task_of_the_group():
    """Under （一）, one paragraph closed by its own units before 1. 2. items that name their own: a task of the group,
    numbered by place. Where the items name no unit, the paragraph is left the heading's text (its units may be meant
    to cover them: not guessed)."""
    plan = _one(
        "某县2025年卫生健康工作要点\n"
        "二、强化公共卫生\n"
        "（一）疾病防控\n"
        "做好传染病防控。【责任处室：疾控股；配合：县疾控中心】\n"
        "1.改扩建县医院。【责任处室：规划股】\n"
        "2.建设疾控实验室。【责任处室：疾控股】\n"
        "（二）妇幼健康\n"
        "推进母婴安全行动。【责任处室：妇幼股】\n"
        "1.建设产科门诊。\n"
        "2.培训助产人员。\n")
    assert [(t.group, t.label, t.title) for t in plan.tasks()] == [
        ("（一）", "", "做好传染病防控"), ("（一）", "1.", "改扩建县医院"), ("（一）", "2.", "建设疾控实验室"),
        ("（二）", "1.", "建设产科门诊"), ("（二）", "2.", "培训助产人员")]
    assert _tasks(plan)[0][3] == [("疾控股", R), ("县疾控中心", S)]


def test_bullet_tasks_in_text_that_lost_its_line_breaks_are_split_at_their_bullets():
    """A bullet plan copied with every line break lost: a bullet symbol (no word uses one) starts an item after a
    finished sentence or bracket, right after a short heading opened by a label, or after the units of a label clause
    with no stop; 第二， after a finished sentence counts on as 2. is read. A bullet inside a sentence stays in it."""
    plan = _one(
        "某区2025年市容管理工作要点一、市容整治● 整治背街小巷，完成街巷改造10条。（责任单位：区城管局）"
        "● 治理违法建设，拆除违建1万平方米。（责任单位：区城管执法局）二、设施管护■ 养护城市道路。"
        "牵头单位：区城管局配合单位：区住房城乡建设局■ 改造路灯，更换★型灯具500盏。牵头单位：区城管局"
        "三、垃圾分类第一，建设示范小区。（责任单位：区城管局）第二，完善收运体系。（区城管局牵头，区商务局配合）\n")
    assert [(s, n, label, units) for s, n, label, units in _tasks(plan)] == [
        ("一", 1, "●", [("区城管局", R)]),
        ("一", 2, "●", [("区城管执法局", R)]),
        ("二", 3, "■", [("区城管局", L), ("区住房城乡建设局", S)]),
        ("二", 4, "■", [("区城管局", L)]),
        ("三", 1, "第一，", [("区城管局", R)]),
        ("三", 2, "第二，", [("区城管局", L), ("区商务局", S)]),
    ]
    assert "更换★型灯具500盏" in plan.tasks()[3].text


def test_a_closing_sentence_after_the_last_tasks_unit_line_is_not_part_of_its_last_unit():
    """责任单位：A、B with no stop, then 各部门要…。 on the next line: a sentence whose first words are no body's name, after
    a line whose last name is whole, is the plan's closing; a unit line wrapped mid-name still goes on (市住房城乡 / 建设局)."""
    plan = _one(
        "某街道2025年工作计划\n"
        "一、重点工作\n"
        "1.推进社区党组织标准化建设。\n"
        "责任单位：党建办、市住房城乡\n"
        "建设局\n"
        "2.开展背街小巷环境整治。\n"
        "责任单位：城管办、各社区\n"
        "街道各部门要按照计划抓好落实。\n")
    assert _tasks(plan) == [
        ("一", 1, "1.", [("党建办", R), ("市住房城乡建设局", R)]),
        ("一", 2, "2.", [("城管办", R), ("各社区", R)]),
    ]
    assert plan.closing == "街道各部门要按照计划抓好落实。"


def test_a_closing_sentence_whose_subject_is_bodies_names_ends_the_last_tasks_unit_line():
    """责任单位：A、B, then 各乡镇、各有关单位要…。: bodies' names followed by 要 and a verb are a sentence's subject (the
    plan's closing words), not more names of the list; after a blank line a sentence saying more than names closes too,
    while a list the page cut over a blank line (县丙局、县丁局。) goes on."""
    def read(gap: str, closing: str):
        return _one("某县2025年统一战线工作要点\n"
                    "一、加强自身建设\n"
                    "　　1.加强统战宣传。开设统战专栏。\n"
                    "　　责任单位：县甲部办公室、县乙中心\n" + gap + closing)
    for gap in ("", "\n"):
        plan = read(gap, "　　各乡镇、各有关单位要加强组织领导，确保各项任务落地见效。\n")
        assert _tasks(plan) == [("一", 1, "1.", [("县甲部办公室", R), ("县乙中心", R)])]
        assert plan.closing == "各乡镇、各有关单位要加强组织领导，确保各项任务落地见效。"
        assert plan.warnings == []
    plan = read("\n", "　　各乡镇（街道）、各有关单位加强组织领导，确保各项任务落地见效。\n")
    assert _tasks(plan) == [("一", 1, "1.", [("县甲部办公室", R), ("县乙中心", R)])]
    assert plan.closing == "各乡镇（街道）、各有关单位加强组织领导，确保各项任务落地见效。"
    plan = read("\n", "　　县丙局、县丁局。\n")
    assert _tasks(plan) == [("一", 1, "1.", [("县甲部办公室", R), ("县乙中心", R), ("县丙局", R), ("县丁局", R)])]


def test_bullets_under_a_numbered_task_of_a_level_that_names_its_own_units_are_its_sub_points():
    """1.整治… over ● lines each with its units, beside 2.…（责任单位：X）: the numbered items are the plan's tasks (their
    level names units on its own lines), so the unnumbered bullets are task 1's sub-points and its units are theirs."""
    plan = _one(
        "某区2025年城市管理工作要点\n"
        "一、市容整治\n"
        "1.整治背街小巷，改善人居环境。\n"
        "● 完成街巷改造10条。（责任单位：区城管局）\n"
        "● 整治架空线缆。（责任单位：区住房城乡建设局）\n"
        "2.治理违法建设。（责任单位：区城管执法局）\n"
        "二、设施管护\n"
        "3.养护城市道路。\n"
        "牵头单位：区城管局\n")
    assert _tasks(plan) == [
        ("一", 1, "1.", [("区城管局", R), ("区住房城乡建设局", R)]),
        ("一", 2, "2.", [("区城管执法局", R)]),
        ("二", 3, "3.", [("区城管局", L)]),
    ]
    assert "● 整治架空线缆" in plan.tasks()[0].text


def test_a_lone_ordinal_line_or_one_starting_mid_count_is_a_sentence_of_its_item():
    """A page wrapped so that 一是… (with 二是 inside the line) or 二是… starts a line: a count of tasks starts at its
    first word and runs to a second line; otherwise the line counts out the sentences of the numbered item above."""
    plan = _one(
        "某镇2025年安全生产工作要点\n"
        "一、压实责任\n"
        "1.落实党政同责\n"
        "一是每季度研究安全生产工作，二是开展安全生产巡查。（责任单位：镇安监办）\n"
        "2.压实企业主体责任\n"
        "督促企业健全责任制，一是落实全员责任，\n"
        "二是开展全员安全培训。（镇安监办牵头，各村（社区）配合）\n")
    assert _tasks(plan) == [
        ("一", 1, "1.", [("镇安监办", R)]),
        ("一", 2, "2.", [("镇安监办", L), ("各村（社区）", S)]),
    ]


def test_annotated_sentences_on_lines_of_their_own_under_a_group_item_stay_that_items():
    """（一）扩大有效投资。 then two sentences on lines of their own, each with its units: a 分工意见 writes several
    annotated sentences into one numbered task; only the plan's outermost headings hold unnumbered paragraph tasks."""
    plan = _one(
        "某市2025年重点工作分工意见\n"
        "一、着力扩大国内需求\n"
        "（一）扩大有效投资。\n"
        "推进重大项目建设，全年实施重点项目300个。（市发展改革委牵头）\n"
        "加快专项债券发行使用。（市财政局负责）\n"
        "（二）促进消费增长。\n"
        "开展消费促进活动。（市商务局负责）\n")
    assert _tasks(plan) == [
        ("一", 1, "（一）", [("市发展改革委", L), ("市财政局", R)]),
        ("一", 2, "（二）", [("市商务局", R)]),
    ]


def test_a_run_of_bullet_tasks_keeps_a_task_that_names_no_unit():
    """Three or more bullet tasks, one of them naming no unit: still the tasks (that one shown as 未注明责任单位); three
    一是 / 二是 / 三是 lines closed by one annotation are still the sentences of their item."""
    plan = _one(
        "某区2025年市容管理工作要点\n"
        "一、市容整治\n"
        "● 整治背街小巷，完成街巷改造10条。（责任单位：区城管局）\n"
        "● 开展市容环境宣传月活动。\n"
        "● 治理违法建设。（责任单位：区城管执法局）\n"
        "二、设施管护\n"
        "1.养护城市道路\n"
        "一是完成道路大中修；\n"
        "二是开展桥梁检测；\n"
        "三是整治窨井盖。\n"
        "（责任单位：区城管局）\n")
    assert _tasks(plan) == [
        ("一", 1, "●", [("区城管局", R)]),
        ("一", 2, "●", []),
        ("一", 3, "●", [("区城管执法局", R)]),
        ("二", 1, "1.", [("区城管局", R)]),
    ]


def test_a_box_between_the_tasks_is_no_task_and_breaks_no_numbering():
    """A 专栏 printed between the tasks (专栏1 … with its own 1. 2. items) runs on a numbering of its own: its items are
    no tasks, and the first item going on from the tasks' numbering ends it (before: the box's 2. was read as task 2,
    the real task 2 repeated it, and the box's 1. ran into task 1's text)."""
    plan = _one(
        "某县2030年信息化建设行动方案\n一、重点任务\n"
        "1.推进光纤入户，新增宽带用户2000户。（牵头单位：县工信局；配合单位：县住建局）\n"
        "专栏1　信息基础设施重点工程\n1.光纤到户工程：完成老旧小区光纤改造。\n2.基站建设工程：新建通信基站50个。\n"
        "2.整合政务机房。（牵头单位：县数据局）\n3.建设感知网络。（县数据局负责）\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [
        (1, [("县工信局", L), ("县住建局", S)]), (2, [("县数据局", L)]), (3, [("县数据局", R)])]
    assert "光纤到户" not in plan.tasks()[0].text
    assert not [w for w in plan.warnings if "sequence" in w]
    assert any("专栏1" in n.text and "not tasks" in n.text for n in plan.readings)


def test_a_box_label_glued_to_its_title_still_opens_a_box():
    """专栏2关键领域攻关工程: text taken from a PDF loses the gap after the box's number (printed in a coloured tab); the
    title's first character after the number closes the head, so the box's items are no tasks (before: they were
    tasks 1–2 again, their brackets their units). A unit of a count after the number (专栏2024年…) is no title."""
    plan = _one(
        "某省科技创新行动计划\n一、重点任务\n"
        "1.建设省实验室体系。（省甲厅牵头，省乙厅配合）\n2.优化重点实验室体系。（省甲厅负责）\n"
        "专栏2关键领域攻关工程\n1.集成电路。突破特色工艺。（省丙厅）\n2.生物医药。突破创新药物。（省丁委）\n"
        "二、保障措施\n3.加强经费保障。（省戊厅负责）\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [
        (1, [("省甲厅", L), ("省乙厅", S)]), (2, [("省甲厅", R)]), (3, [("省戊厅", R)])]
    assert any("专栏2" in n.text and "not tasks" in n.text for n in plan.readings)


@pytest.mark.parametrize("head", ["【专栏2】年度重点项目清单", "【专栏2】重点工程", "[专栏3]重点工程",
                                  "【专栏2】 重点工程", "【专栏2】\u3000重点工程"])
def test_a_box_caption_glued_onto_its_closing_bracket_still_opens_a_box(head):
    """【专栏2】年度重点项目清单: a box's head printed in brackets closes with its bracket, the caption glued right on
    (no space after 】); its rows naming units are no tasks (before: they were read as tasks 1–2 again, and the plan's
    tasks 3–4 after the box broke the numbering). With a space or U+3000 after the bracket it read so already."""
    plan = _one(
        "某市2030年城市更新行动方案\n一、重点任务\n"
        "1.推进老旧小区改造。（市住建局负责）\n2.完善社区服务设施。（市民政局负责）\n"
        f"{head}\n1.城北片区改造项目。改造小区20个。（市城投集团）\n2.滨河公园项目。新建公园1座。（市园林局）\n"
        "3.加强历史街区保护。（市规划局负责）\n4.建立更新项目库。（市发改委牵头，市财政局配合）\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [
        (1, [("市住建局", R)]), (2, [("市民政局", R)]), (3, [("市规划局", R)]),
        (4, [("市发改委", L), ("市财政局", S)])]
    assert not any("城北片区" in t.text or "滨河公园" in t.text for t in plan.tasks())
    assert not [w for w in plan.warnings if "sequence" in w]
    assert any(head[:5] in n.text and "not tasks" in n.text for n in plan.readings)


def test_a_box_whose_items_run_into_the_next_task_number_ends_at_the_item_naming_units():
    """Tasks 1–2, then a box numbered 1. 2. 3.: its 3. goes on with both the box and the tasks; the item naming units
    after box items naming none is the task (before: the box's 3. was task 3, and the real 3. ran into it)."""
    plan = _one(
        "某县2030年信息化建设行动方案\n一、重点任务\n"
        "1.推进光纤入户。（县工信局负责）\n2.整合政务机房。（县数据局负责）\n"
        "专栏　重点工程\n1.光纤到户工程：完成老旧小区光纤改造。\n2.机房整合工程：迁移业务系统30个。\n"
        "3.建设感知网络。（县数据局牵头，县城管局配合）\n")
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "推进光纤入户", [("县工信局", R)]), (2, "整合政务机房", [("县数据局", R)]),
        (3, "建设感知网络", [("县数据局", L), ("县城管局", S)])]


def test_a_box_of_works_named_by_what_is_built_ends_at_the_item_saying_what_to_do():
    """Tasks 1–2, then a 专栏 of 重大工程 numbered 1. 2. 3., each item a work named by what is built (…水厂, …大桥) and
    closed by its own units: the 3. opening with a verb of doing, as the tasks before the box did, is the plan's task 3,
    not the box's (before: the box swallowed it, units and all)."""
    plan = _one(
        "某县2030年城乡供水保障规划重点任务分工方案\n一、重点任务\n"
        "1.完善城乡供水网络。新建输水管道30公里。（县水利局负责）\n"
        "2.提升农村供水水质。（县水利局牵头，县卫生健康局配合）\n"
        "专栏1　供水重大工程\n1.城北第二水厂。新建日供水5万吨水厂1座。（县水利局牵头，县住建局配合）\n"
        "2.清水河引水大桥。新建大桥1座。（县交通运输局牵头，县水利局配合）\n"
        "3.推进水源地保护区整治。清理保护区内违建。（县生态环境分局牵头，县自然资源局配合）\n"
        "二、保障措施\n")
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "完善城乡供水网络", [("县水利局", R)]), (2, "提升农村供水水质", [("县水利局", L), ("县卫生健康局", S)]),
        (3, "推进水源地保护区整治", [("县生态环境分局", L), ("县自然资源局", S)])]
    assert any("专栏1" in n.text and "not tasks" in n.text for n in plan.readings)


def test_a_box_naming_units_gives_them_to_no_task_and_the_report_names_them():
    """A box listing projects with their 责任单位 (a 专栏 among （一） tasks, its items （一） （二） again) is no task and
    gives its units to none: the reading report names what was set aside (before: the box's （一） （二） were tasks
    1 and 2, their units read as those tasks')."""
    plan = _one(
        "某县2030年生态环境保护实施方案\n一、主要任务\n"
        "（一）推进工业园区整治。（县环保局牵头，县工信局配合）\n（二）推进清洁能源替代。（县发改局负责）\n"
        "专栏1　重点工程\n（一）园区改造工程。完成园区循环化改造。（责任单位：县开发区管委会）\n"
        "（二）光伏建设工程。新增光伏装机1万千瓦。（责任单位：县能源站）\n"
        "（三）推进污水管网建设。（县住建局负责）\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [
        (1, [("县环保局", L), ("县工信局", S)]), (2, [("县发改局", R)]), (3, [("县住建局", R)])]
    [note] = [n.text for n in plan.readings if "专栏1" in n.text]
    assert note.endswith("the units it names are not read as duties: 县开发区管委会、县能源站")


@pytest.mark.parametrize("caption", ["专栏1　重点工程责任分工", "专栏2　2030年重点项目清单"])
def test_a_box_captioned_like_a_list_of_duties_is_no_plan_of_its_own(caption):
    """A 专栏 of projects captioned like a list (…责任分工 / …项目清单) between a plan's tasks is a box inside the plan,
    never a plan's title (before: a second plan opened at the caption, its rows and every later task its tasks)."""
    [plan] = parse_text(
        "某县2030年水利发展实施方案\n一、重点任务\n"
        "1.推进水库除险加固。（县水利局负责）\n2.推进灌区改造。（县农业农村局负责）\n"
        f"{caption}\n序号\t项目名称\t建设内容\t责任单位\n1\t甲水库\t加固坝体\t县水利局\n"
        "2\t乙灌区\t改造渠道20公里\t县农业农村局\n3.加强河湖管护。（县河长办负责）\n")
    assert plan.title == "某县2030年水利发展实施方案"
    assert [(t.number, _units(t)) for t in plan.tasks()] == [
        (1, [("县水利局", R)]), (2, [("县农业农村局", R)]), (3, [("县河长办", R)])]


def test_a_table_of_targets_and_the_notes_under_it_are_no_tasks():
    """A 表 of targets and its 注：1.… 2.… between the tasks: the note's 2. is no task 2 (before it was, and the real
    task 2 came after it), and the table's rows and the notes stay out of task 1's text."""
    plan = _one(
        "某县2030年教育发展实施方案\n一、重点任务\n"
        "1.扩大普惠学前教育资源。（县教育局牵头，县财政局配合）\n"
        "表1　主要指标\n指标　2029年　2030年　属性\n学前三年毛入园率（%）　92　95　预期性\n"
        "注：1.入园率按常住人口计算。\n2.2029年数据为初步统计数。\n"
        "2.推进义务教育优质均衡。（县教育局负责）\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [(1, [("县教育局", L), ("县财政局", S)]), (2, [("县教育局", R)])]
    assert "入园率" not in plan.tasks()[0].text


def test_a_glossary_and_a_case_box_stay_out_of_the_task_before_them():
    """名词解释 and 典型案例 printed after a task are not its words."""
    plan = _one(
        "某县2030年乡村治理工作方案\n一、重点任务\n1.推行积分制。（县农业农村局负责）\n"
        "名词解释：积分制，是指把乡村治理事项转化为数量化指标的做法。\n"
        "2.建设数字乡村。（县网信办负责）\n典型案例\n某镇推行“积分超市”，群众参与率明显提升。\n"
        "3.加强村级组织建设。（县委组织部负责）\n")
    assert [t.text.split("。")[0] for t in plan.tasks()] == ["推行积分制", "建设数字乡村", "加强村级组织建设"]
    assert "积分超市" not in plan.tasks()[1].text and "名词解释" not in plan.tasks()[0].text


def test_a_note_stating_the_first_unit_leads_after_the_last_task_still_applies_to_every_task():
    """The positional rule in a 注：1.… 2.… after the last task, set aside as a note, is stated after the tasks: it
    applies to all of them (before: the note's 2. was a second task 2, and the rule applied from task 2 on only)."""
    plan = _one(
        "某县2030年若干措施\n一、措施\n1.支持企业技改。（责任单位：县工信局、县财政局）\n"
        "2.支持企业上市。（责任单位：县金融办、县财政局）\n注：1.责任单位排在第一位的为牵头单位。\n2.完成时限另行通知。\n")
    assert [_units(t) for t in plan.tasks()] == [[("县工信局", L), ("县财政局", R)], [("县金融办", L), ("县财政局", R)]]
    assert "注" not in plan.tasks()[-1].text


def test_a_note_on_how_to_read_the_lists_that_also_fixes_a_units_role_is_no_annotation_of_the_last_task():
    """注：排在第一位的为牵头单位，其他为配合单位；各县（市、区）人民政府为落实单位。 after the last task names a unit
    with a role, yet speaks for the whole list: every task reads the rule, the last keeps its own text and gains no
    各县 (before: the note was the last task's annotation and the rule covered that task only). So does a note on
    the units' column under a table (注：主办单位栏列两个单位的，由两单位共同主办。: no unit 两单位)."""
    plan = _one(
        "某市促销费工作要点\n一、稳定大宗消费\n1.开展以旧换新。（市商务局、市财政局）\n"
        "2.建设充电设施。（市发展改革委、市住房城乡建设局）\n3.开展放心消费创建。（市市场监管局、市商务局）\n"
        "注：排在第一位的为牵头单位，其他为配合单位；各县（市、区）人民政府为落实单位。\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("市商务局", L), ("市财政局", S)], [("市发展改革委", L), ("市住房城乡建设局", S)],
        [("市市场监管局", L), ("市商务局", S)]]
    assert plan.tasks()[-1].text.endswith("市商务局）")
    column = _one("某县建议交办表\n一、交办\n1.关于加强农贸市场监管的建议（主办单位：县市场监管局；协办单位：县城管局）\n"
                  "注：主办单位栏列两个单位的，由两单位共同主办。\n")
    assert _units(column.tasks()[0]) == [("县市场监管局", L), ("县城管局", S)]


def test_a_numbered_note_after_the_last_task_followed_by_the_colophon_or_a_paragraph_is_no_task():
    """注：1.… 2.… after the last task, then the colophon (抄送：…) or a closing paragraph: the note's 2. is its own
    point, no second task 2 (before, a note ended by such a line was put back among the tasks)."""
    for after in ("抄送：县委各部门。\n", "各单位要认真抓好落实。\n"):
        plan = _one(
            "某县2030年工作方案\n一、重点任务\n1.加强督查。（县督查室负责）\n2.推进改革。（县发展改革局负责）\n"
            "注：1.本方案由县政府办公室负责解释。\n2.各单位每月报送进展。\n" + after)
        assert [(t.number, _units(t)) for t in plan.tasks()] == [(1, [("县督查室", R)]), (2, [("县发展改革局", R)])]


def test_a_number_before_a_technology_name_or_a_year_is_a_label_not_a_decimal():
    """1.5G网络覆盖工程 is item 1 about 5G (before: the decimal label 1.5, so a box's 1. read as no 1.)."""
    from generator.words.labels import label_of

    assert (label_of("1.5G网络覆盖工程").style, label_of("1.5G网络覆盖工程").number) == ("arabic", 1)
    assert label_of("1.5亿元投资") is None and label_of("2.1推进改革").style == "decimal"
    # 1.2025年底前… is item 1 whose text opens with a year (before: no label at all, the item ran into the one above)
    assert (label_of("1.2025年底前完成改造").style, label_of("1.2025年底前完成改造").rest) == ("arabic", "2025年底前完成改造")


def test_a_table_of_contents_without_page_numbers_lists_headings_not_tasks():
    """目录 over the plan's headings (一、… （一）… 1.…) with no dots or page numbers: the entries are the headings printed
    again below, not tasks; the body begins where the first entry is printed again (before: every entry was a task,
    the real tasks repeating their numbers)."""
    plan = _one(
        "某市2030年数字政府建设实施方案\n目　录\n一、总体要求\n二、重点任务\n1.建设政务云\n2.建设数据平台\n三、保障措施\n"
        "一、总体要求\n坚持统筹规划，集约建设。\n二、重点任务\n1.建设政务云。整合部门机房。（市数据局负责）\n"
        "2.建设数据平台。汇聚政务数据。（市数据局牵头，市网信办配合）\n三、保障措施\n加强组织领导。\n")
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "建设政务云", [("市数据局", R)]), (2, "建设数据平台", [("市数据局", L), ("市网信办", S)])]
    assert [s.number for s in plan.sections] == ["一", "二", "三"]
    assert not [w for w in plan.warnings if "sequence" in w]


_TITLE_OVER_CONTENTS_AND_BODY = (
    "某县农村公路养护提升实施方案\n目　录\n{}\n{}\n{}\n"
    "某县农村公路养护提升实施方案\n一、总体要求\n坚持建养并重，提升路况水平。\n二、重点任务\n"
    "1.整治桥梁隐患。全面排查危旧桥梁。（县交通运输局牵头，县应急管理局配合）\n")


@pytest.mark.parametrize("entries", [
    ("一、总体要求……………………1", "二、重点任务……………………2", " 1.整治桥梁隐患……………2"),  # leaders
    ("一、总体要求\t1", "二、重点任务\t2", " 1.整治桥梁隐患\t2"),  # Word's text copy: a tab stop, no leader
    ("一、总体要求", "二、重点任务", " 1.整治桥梁隐患"),  # no page numbers: the repeated title tells
], ids=["leaders", "tab", "no-pages"])
def test_a_title_printed_over_its_contents_and_again_over_its_text_is_one_plan(entries):
    """Title / 目录 and its entries / the same title again / the text: Word's cover-contents-text layout of a long
    实施方案. The entries are no outline: one plan, starting at the title over the text (before: an empty first plan
    of the title and the contents, `no numbered task found`, and the real plan second)."""
    text = _TITLE_OVER_CONTENTS_AND_BODY.format(*entries)
    plans = parse_text(text)
    assert [p.title for p in plans] == ["某县农村公路养护提升实施方案"]
    assert [s.number for s in plans[0].sections] == ["一", "二"]
    assert [(t.number, t.title, _units(t)) for t in plans[0].tasks()] == [
        (1, "整治桥梁隐患", [("县交通运输局", L), ("县应急管理局", S)])]
    assert not [w for w in plans[0].warnings if "no numbered task" in w]


def test_two_plans_each_over_a_contents_page_stay_two_plans():
    """A contents page under one title and the next plan's own title: the titles differ, each plan is read apart."""
    plans = parse_text(
        "某县河道清淤实施方案\n目　录\n一、重点任务……………1\n一、重点任务\n1.清理河道淤泥。（县水利局负责）\n"
        "某县沟渠整治实施方案\n目　录\n一、重点任务……………1\n一、重点任务\n1.疏通灌溉沟渠。（县农业农村局负责）\n")
    assert [(p.title, [_units(t) for t in p.tasks()]) for p in plans] == [
        ("某县河道清淤实施方案", [[("县水利局", R)]]), ("某县沟渠整治实施方案", [[("县农业农村局", R)]])]


def test_the_parts_of_an_indicators_definition_are_no_tasks():
    """An annex explaining indicators numbers the parts of each definition (1.指标解释：… 2.数据来源：… 3.验收要求：…):
    no duty there (before: each part was a task); an item naming units among them stays a task."""
    plan = _one(
        "某县2030年生态县建设指标解释\n一、单位GDP能耗\n1.指标解释：全县能源消费总量与生产总值之比。\n"
        "2.数据来源：县统计局。\n3.验收要求：按年度考核验收。\n二、森林覆盖率\n1.指标解释：森林面积占土地面积的百分比。\n"
        "2.计算公式：森林覆盖率＝森林面积÷土地面积×100%。\n3.完成造林任务。（县林业局负责）\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [(3, [("县林业局", R)])]
    assert "数据来源" in plan.sections[0].intro


def test_the_principles_of_a_division_of_work_are_no_tasks():
    """一、分工原则 （一）… （二）…: how the work is divided, naming no unit, as 基本原则 items are (before: tasks)."""
    plan = _one(
        "某市关于分解落实规划纲要主要目标和任务的通知\n一、分工原则\n（一）明确政府职责。对政府职责范围内的目标进行分解。\n"
        "（二）突出主要任务。紧扣规划提出的战略任务。\n二、工作分工\n（一）推进产业升级。（市发改委负责）\n"
        "（二）加强生态保护。（市生态环境局负责）\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [(1, [("市发改委", R)]), (2, [("市生态环境局", R)])]


def test_a_table_whose_rows_name_units_under_a_title_naming_no_target_is_a_list_of_duties():
    """表2　民生实事安排 between the tasks, its rows naming units: a list of duties the plan sets out as a table, read
    as tasks (not set aside as a box); a 表 of targets whose rows name units stays a box (before: the first was set
    aside with its units)."""
    plan = _one(
        "某县2030年民生工作方案\n一、重点任务\n1.开展村庄清洁行动。（县农业农村局负责）\n表2　民生实事安排\n"
        "1.新建幼儿园2所。（县教育局负责）\n2.改造老旧小区10个。（县住建局负责）\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [
        (1, [("县农业农村局", R)]), (1, [("县教育局", R)]), (2, [("县住建局", R)])]
    plan = _one(
        "某县2030年农村人居环境整治方案\n一、重点任务\n1.开展村庄清洁行动。（县农业农村局负责）\n"
        "2.推进厕所革命。（县农业农村局牵头，县卫健局配合）\n表1　主要指标分解\n"
        "1.卫生厕所普及率达到90%。（责任单位：县农业农村局）\n3.治理生活污水。（县生态环境分局负责）\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [
        (1, [("县农业农村局", R)]), (2, [("县农业农村局", L), ("县卫健局", S)]), (3, [("县生态环境分局", R)])]


def test_a_table_of_indicators_captioned_as_divided_is_still_a_box_of_targets():
    """二、主要指标分工 / 表1　主要指标分工表 / 序号 | 指标 | 2030年 | 责任单位: the caption says the indicators are
    divided (分工), but its rows are figures to reach, targets as under 表1　主要指标分解; the plan's tasks are in 三、
    (before: the rows were read as tasks 1–2, numbered before the real task 1)."""
    [plan] = parse_text(
        "某省规划纲要目标任务分工方案\n一、总体要求\n坚持稳中求进。\n二、主要指标分工\n表1　主要指标分工表\n"
        "序号\t指标\t2030年\t属性\t责任单位\n1\t研发经费投入增长（%）\t＞8\t预期性\t省甲厅、省乙局\n"
        "2\t城镇调查失业率（%）\t＜5.5\t预期性\t省丙厅\n三、重点任务分工\n"
        "1.建设创新平台。争创国家重点实验室。（纲要第三章第一节）\n牵头单位：省甲厅\n参与单位：省丁委\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [(1, [("省甲厅", L), ("省丁委", S)])]


def test_a_note_with_no_points_of_its_own_does_not_take_the_items_after_it():
    """注：… saying something on its line, then 1. 2. tasks afresh under a group heading: the items are the tasks, not
    the note's points; 注： alone on its line over 1. 2. holds them."""
    plan = _one(
        "某县2030年防汛工作方案\n一、重点任务\n（一）隐患排查\n1.排查山洪隐患点。（县水利局负责）\n"
        "（二）应急准备\n注：本组任务汛前完成。\n1.修订应急预案。（县应急局负责）\n2.储备防汛物资。（县应急局负责）\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [(1, [("县水利局", R)]), (1, [("县应急局", R)]), (2, [("县应急局", R)])]
    plan = _one(
        "某县2030年防汛工作方案\n一、重点任务\n1.排查山洪隐患点。（县水利局负责）\n注：\n1.隐患点名单另行下发。\n"
        "2.排查结果每月报送。\n2.修订应急预案。（县应急局负责）\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [(1, [("县水利局", R)]), (2, [("县应急局", R)])]


def test_a_box_at_the_head_of_a_group_whose_tasks_start_afresh_ends_at_its_first_task():
    """Tasks numbered afresh under each （一） heading, a 专栏 right under the heading before its tasks: the box's items
    run 1. 2., the group's task 1. after them ends the box (before: the task was taken for the box's, with its units)."""
    plan = _one(
        "某县2030年防汛工作方案\n一、重点任务\n（一）隐患排查\n1.排查山洪隐患点。（县水利局负责）\n2.排查水库隐患。（县水利局负责）\n"
        "（二）应急准备\n专栏1　应急能力提升工程\n1.物资储备库建设工程：新建县级储备库。\n2.预警广播工程：覆盖全部行政村。\n"
        "1.修订应急预案。（县应急局负责）\n2.储备防汛物资。（县应急局负责）\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [
        (1, [("县水利局", R)]), (2, [("县水利局", R)]), (1, [("县应急局", R)]), (2, [("县应急局", R)])]


def test_a_case_box_saying_something_on_its_line_holds_no_items():
    """典型案例：… at the head of a group whose tasks start afresh at 1.: the 1. after it is the group's task."""
    plan = _one(
        "某县2030年防汛工作方案\n一、重点任务\n（一）隐患排查\n1.排查山洪隐患点。（县水利局负责）\n"
        "（二）应急准备\n典型案例：某镇建立“预警叫应”机制，转移群众及时。\n1.修订应急预案。（县应急局负责）\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [(1, [("县水利局", R)]), (1, [("县应急局", R)])]


def test_boxes_holding_every_duty_of_the_plan_are_its_lists_of_duties():
    """A plan printing all its duties in 专栏 (专栏1 重点工程 1.…（X负责） 2.…) and none outside them: the boxes are its
    lists of duties, read as tasks, rather than a plan with no duty at all."""
    plan = _one(
        "某县2030年城乡建设行动方案\n一、主要目标\n到2030年，城乡面貌明显改善。\n二、重点工程\n专栏1　城市更新工程\n"
        "1.改造老旧小区20个。（县住建局负责）\n2.新建口袋公园5个。（县城管局负责）\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [(1, [("县住建局", R)]), (2, [("县城管局", R)])]


def test_a_list_of_attachments_under_a_bare_colon_line_is_no_outline():
    """A notice lists what it attaches under 附件： alone on its line, entries 1. 2. below (an entry may carry a note in
    brackets): with no plan printed after it, those entries were the only numbered lines and read as tasks 1 and 2."""
    plan = _one(
        "关于召开某县2030年河道保洁方案征求意见会的通知\n"
        "各乡镇人民政府，县直有关单位：\n"
        "请各单位认真研究方案，于会前提出修改意见。\n"
        "附件：\n"
        "1.参会单位名单\n"
        "2.《某县2030年河道保洁方案（征求意见稿）》（含任务分工表、考核指标框架及成员单位名单）\n"
        "某县水利局\n"
        "2030年3月2日\n")
    assert plan.tasks() == []
    assert "参会单位名单" in plan.preamble + plan.closing


def test_a_contents_leader_mixing_ellipses_and_dots_is_still_a_contents_entry():
    """A copied 目录 may keep ellipses and dots in one leader (1.1编制目的……………..…6, 1.3适用范围…………..7): the
    entries are the contents, not items 1 to 3 (here a page's opening: the contents and the first sentence, no task)."""
    plan = _one(
        "某镇2030年防汛工作方案\n"
        "1.1编制目的……………………..…6\n"
        "1.2编制依据……………………..…6\n"
        "1.3适用范围………………………..7\n"
        "为做好防汛工作，制定本方案。\n")
    assert plan.tasks() == []


def test_a_notice_with_nothing_numbered_after_its_date_holds_only_its_requirements():
    """A page holding only the notice that issues a plan (the plan a file to download): its requirements are its whole
    outline, even at two levels (一、加强组织领导 over 1. 2.) or more than a few, where none names a unit."""
    plan = _one(
        "某县人民政府办公室关于印发某县2030年河道保洁工作方案的通知\n"
        "各乡镇人民政府，县直有关单位：\n"
        "现将《某县2030年河道保洁工作方案》印发给你们，并提出以下要求。\n"
        "一、提高思想认识\n"
        "各乡镇要把河道保洁作为重要任务。\n"
        "二、加强组织领导\n"
        "1.县水利局要建立调度机制。\n"
        "2.各乡镇要明确专人负责。\n"
        "三、强化督导检查\n"
        "县政府督查室要定期通报进展。\n"
        "附件：某县2030年河道保洁工作方案\n"
        "某县人民政府办公室\n"
        "2030年5月6日\n")
    assert plan.tasks() == []


def test_a_plan_printed_inside_its_notice_above_the_signature_keeps_its_tasks():
    """Some copies move the notice's signature and date below the plan it issues: the plan's title line stands between
    the issuing sentence and the date, and its items are tasks though none names a unit."""
    plan = _one(
        "某县人民政府办公室关于印发关于加强河道保洁的实施意见的通知\n"
        "各乡镇人民政府：\n"
        "现将《关于加强河道保洁的实施意见》印发给你们，请认真贯彻执行。\n"
        "关于加强河道保洁的实施意见\n"
        "一、清理河道垃圾\n"
        "1.每周巡查一次。\n"
        "2.及时清运垃圾。\n"
        "二、整治入河排口\n"
        "3.排查入河排口。\n"
        "某县人民政府办公室\n"
        "2030年5月6日\n")
    assert [t.number for t in plan.tasks()] == [1, 2, 3]


def test_a_bare_attachment_mark_over_annotated_items_is_no_list():
    """附件： alone over items naming their units (1.加强巡查（县水利局负责）) is an attached outline, not a list of files."""
    plan = _one(
        "某县2030年河道保洁工作方案\n"
        "附件：\n"
        "1.加强巡查（县水利局负责）\n"
        "2.清运垃圾（县城管局负责）\n")
    assert [t.number for t in plan.tasks()] == [1, 2]


def test_a_task_number_glued_to_a_figure_opening_its_words():
    """`11.121人才梯队…` between task 10 and task 12 is task 11 whose words open with a figure (the decimal 11.121 before
    a quantity word is no label); a figure opening a line of a task's text (2.5万平方米…, 1.5倍…) fits no place in the
    numbering and stays text."""
    items = "".join(f"{n}.推进第{n}项工作。（责任单位：市X{n}局）\n" for n in range(1, 11))
    (plan,) = parse_text("某市2025年工作要点\n一、重点任务\n" + items
                         + "11.121人才梯队建设。（责任单位：市人社局）\n12.举办活动。\n2.5万平方米厂房建成。（责任单位：市Y局）\n"
                         "1.5倍以上增长。\n")
    tasks = plan.tasks()
    assert [t.number for t in tasks] == list(range(1, 13))
    assert tasks[10].title.startswith("121人才梯队") and _units(tasks[10]) == [("市人社局", R)]
    assert _units(tasks[9]) == [("市X10局", R)]
    assert _units(tasks[11]) == [("市Y局", R)] and "2.5万平方米" in tasks[11].text
    # the last task of a section whose next section numbers afresh
    (plan,) = parse_text("某市2025年工作要点\n一、重点任务\n1.推进甲。（责任单位：市X局）\n2.推进乙。（责任单位：市Y局）\n"
                         "3.5G基站建设提速。（责任单位：市Z局）\n二、保障措施\n1.加强领导。（责任单位：市W局）\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [
        (1, [("市X局", R)]), (2, [("市Y局", R)]), (3, [("市Z局", R)]), (1, [("市W局", R)])]


def test_a_number_ahead_of_its_task_glued_to_a_figure_with_units_of_its_own_is_reported():
    """`11.121人才…（责任单位：…）` right after task 2: the numbering gives it no place, so it stays task 2's text and its
    units task 2's; the reading says so (task 11 out of sequence?) instead of guessing. A figure line inside a later
    task (2.5万平方米… in task 12) is not reported."""
    (plan,) = parse_text("某市2025年工作要点\n一、重点任务\n1.引进项目。（责任单位：市X局）\n2.举办活动11.12场次。（牵头单位：市Y局）\n"
                         "11.121人才梯队建设。（责任单位：市Z局）\n3.新增就业。（责任单位：市W局）\n")
    assert [t.number for t in plan.tasks()] == [1, 2, 3]
    assert len(plan.warnings) == 1 and "11.121" in plan.warnings[0] and "task 11" in plan.warnings[0]
    (plan,) = parse_text("某市2025年工作要点\n一、重点任务\n1.引进项目。（责任单位：市X局）\n2.举办活动。\n"
                         "2.5万平方米厂房建成。（责任单位：市Z局）\n3.新增就业。（责任单位：市W局）\n")
    assert plan.warnings == []


def test_a_line_wrapped_after_an_inner_bracket_runs_on_inside_the_annotation():
    """A PDF's page may end a line right after the inner bracket of a name (各区（县）) while the annotation's
    own bracket is still open: the next line goes on with the name, not a new line of the task."""
    text = (
        "某市2025年环境整治工作方案\n"
        "一、重点任务\n"
        "1.整治背街小巷。全年整治背街小巷30条。（市城管局牵头，各区（县）\n"
        "人民政府配合）\n"
        "2.整治农贸市场。（市商务局负责）\n"
    )
    [plan] = parse_text(text, "pdf.txt")
    first = plan.tasks()[0]
    assert first.text == "整治背街小巷。全年整治背街小巷30条。（市城管局牵头，各区（县）人民政府配合）"
    assert [(a.name, a.role) for a in first.assignments] == [("市城管局", L), ("各区（县）人民政府", S)]


def test_a_line_at_a_pdfs_printed_width_runs_on_though_it_ends_with_a_bracket():
    """Every line of a PDF's text is about as wide as the page (here 24 characters); one that reaches that width
    ended where the page did, even after a closed bracket (…，各区（县） / 人民政府。), and the next line, not
    indented as a new paragraph is, goes on with it. A line short of the width that ends so keeps its break."""
    lines = [
        "某市2025年环境整治工作方案",
        "一、重点任务",
        "1.整治背街小巷。全年整治主城区背街小巷三十条，",
        "同步完善路灯、井盖、绿化等配套设施，建立长效管",
        "护机制，落实门前三包责任制度，巩固整治成效。",
        "　　责任单位：市城管局、市住建局，各区（县）",
        "人民政府。",
        "2.整治农贸市场。全年完成主城区农贸市场提升改造",
        "十二个，规范经营秩序，落实市场开办者主体责任，",
        "完善消防设施，建立日常巡查和问题整改工作台账。",
        "　　责任单位：市商务局、市市场监管局（负责）",
        "3.整治城乡结合部环境。集中清理城乡结合部积存垃",
        "圾，拆除违法建设，规范废品收购站点经营行为，建",
        "立健全网格化管理机制，推动环境卫生常态化保持。",
        "　　责任单位：市城管局，各区（县）人民政府。",
    ]
    [plan] = parse_text("\n".join(lines) + "\n", "pdf.txt")
    first = plan.tasks()[0]
    assert first.text.endswith("各区（县）人民政府。")
    assert [a.name for a in first.assignments] == ["市城管局", "市住建局", "各区（县）人民政府"]
    assert [t.number for t in plan.tasks()] == [1, 2, 3]


def test_an_annotation_a_pdfs_page_moved_down_is_no_line_of_its_own():
    """In a PDF's text, wrapped at the printed width (here 24 characters), an annotation that begins a line
    after a line that ran to the edge was moved down by the page, not set on a line of its own: it does not close
    sub-points under the （二） heading, whose 1. 2. items stay the tasks, each with its own units."""
    lines = [
        "某市2025年城市排水防涝工作方案",
        "一、重点任务",
        "（一）摸清风险底数",
        "1.开展易涝点排查。逐一排查城区道路、下穿通道、地",
        "下空间等易涝区域，建立易涝点清单，明确责任人员。",
        "（市住建局牵头，市城管局配合）",
        "2.建立风险台账。对易涝点实行一点一策，明确整治措",
        "施和完成时限，实行销号管理，每月更新一次台账，对",
        "已整治的易涝点开展复核，防止问题反弹，巩固成效。",
        "（市城管局负责）",
        "（二）实施工程治理",
        "3.改造雨污管网。年内完成雨污分流改造管网一百公里。",
        "（市住建局牵头，市财政局、市生态环境局配合）",
        "4.建设调蓄设施。新建雨水调蓄池三座，提升泵站排水",
        "能力，完善排水管网，打通断头管道，提升城区排水防",
        "涝整体水平，确保主汛期城区不发生严重内涝积水。",
        "（市水利局、市住建局按职责分工负责）",
    ]
    [plan] = parse_text("\n".join(lines) + "\n", "pdf.txt")
    assert [t.number for t in plan.tasks()] == [1, 2, 3, 4]
    third = plan.tasks()[2]
    assert third.text == "改造雨污管网。年内完成雨污分流改造管网一百公里。（市住建局牵头，市财政局、市生态环境局配合）"
    assert [(a.name, a.role) for a in third.assignments] == [("市住建局", L), ("市财政局", S), ("市生态环境局", S)]


_LAYOUT_GROUPS_LINES = [  # pdftotext -layout: every line 4 spaces in, a paragraph's first line 8
    "某县应急演练实施方案",
    "    一、工作组及职责",
    "        （一）综合组",
    "        由县应急管理局牵头，县财政局、县水利局配合。",
    "        主要职责：负责演练的总体协调，制定演练方案，组织",
    "    召开工作部署会和调度会，收集汇总信息，报告演练情况。",
    "        （二）保障组",
    "        由县人防办牵头，国网某县供电公司、县住建局，各乡镇",
    "    人民政府配合。",
    "        主要职责：负责全县警报器的检修、调试和值守，确保",
    "    警报器鸣响率达到百分之百，做好备用电源的检测维护。",
    "        （三）医疗组",
    "        由县卫生健康局负责，县人民医院、县疾病预防控制中心",
    "    配合。主要职责：设置医疗救护点，配备医护人员和车辆。",
    "        （四）宣传组",
    "        牵头单位：县委宣传部；成员单位：县委网信办、县融",
    "    媒体中心、县人防办。",
    "        主要职责：制定宣传方案，通过电视、广播和网站发布",
    "    公告，做好现场新闻报道，加强网络舆情监测和引导处置。",
]


def test_a_units_sentence_the_page_broke_under_a_group_heading_is_read_whole_in_a_layout_text():
    """A PDF's text laid out as printed sets every line in by the page's margin and a paragraph's first line further:
    a line at the margin after one that ran to the width goes on with it, as a line at the edge does in other texts.
    A group's units sentence broken mid-name (各乡镇 / 人民政府, 县融 / 媒体中心) or before its verb (…中心 / 配合。)
    is read whole: every unit after the break is read, with its name whole."""
    [plan] = parse_text("\n".join(_LAYOUT_GROUPS_LINES) + "\n", "pdf.txt")
    assert [(t.title, _units(t)) for t in plan.tasks()] == [
        ("综合组", [("县应急管理局", L), ("县财政局", S), ("县水利局", S)]),
        ("保障组", [("县人防办", L), ("国网某县供电公司", S), ("县住建局", S), ("各乡镇人民政府", S)]),
        ("医疗组", [("县卫生健康局", R), ("县人民医院", S), ("县疾病预防控制中心", S)]),
        ("宣传组", [("县委宣传部", L), ("县委网信办", S), ("县融媒体中心", S), ("县人防办", S)]),
    ]


_LOST_INDENT_LINES = [  # an image set read back by OCR, wrapped at 17 characters, the first lines' indent dropped
    "某县物流体系建设实施方案",
    "1.推进乡村快递驿站改造提升",
    "工程。推广一站多用模式，到二〇二七",
    "年乡村快递驿站覆盖率达到九成以上，",
    "（县交通运输局牵头，县邮政分公司配",
    "合）",
    "2.发展城乡共同配送。鼓励邮政",
    "和快递企业合作开展共同配送，降低农",
    "村物流成本，推广定时定点配送模式。",
    "（县商务局负责）",
    "3.建设县级物流分拨中心。整合",
    "现有仓储资源，建成县级物流分拨中心",
    "一个，提升分拣效率和整体服务水平。",
    "（县发展改革局牵头，县商务局配合）",
]


def test_a_numbered_first_line_short_by_its_lost_indent_runs_on():
    """OCR drops a paragraph's first-line indent, so a first line the page filled measures an indent short of the
    width; where the text's numbered first lines all fall short so, one ran to the edge: the title runs on."""
    [plan] = parse_text("\n".join(_LOST_INDENT_LINES) + "\n", "ocr.txt")
    assert [t.title for t in plan.tasks()] == ["推进乡村快递驿站改造提升工程", "发展城乡共同配送", "建设县级物流分拨中心"]


def test_a_short_numbered_title_line_keeps_its_break_where_first_lines_reach_the_width():
    """Where the numbered lines running on reach the width (their first lines printed flush), a numbered line an
    indent short of it is a title line over its text, cut where it ends."""
    lines = list(_LOST_INDENT_LINES)
    lines[6:7] = ["2.发展城乡共同配送。鼓励邮政企业"]
    lines[10:11] = ["3.建设县级物流分拨中心。整合县内"]
    [plan] = parse_text("\n".join(lines) + "\n", "ocr.txt")
    assert plan.tasks()[0].title == "推进乡村快递驿站改造提升"


def test_lines_of_a_text_with_no_printed_width_are_not_joined():
    """A web page's copy has lines of every length: no printed width, and a line ending mid-sentence is left."""
    from generator.words.widths import printed_width

    assert printed_width([("一、重点任务", 0), ("1.开展排查。", 0), ("（市住建局负责）", 0)] * 5) == 0
    assert printed_width([("开" * 24, 0)] * 10) == 48


def test_a_paragraph_joined_again_ends_where_its_last_printed_line_did():
    """Whether the page broke a line is read on the line as printed, not on a paragraph already joined: after a
    short last line (…知晓率。) the annotation on a line of its own still closes the sub-points of item 1."""
    lines = [
        "某市应急体系建设任务分解",
        "一、一案三制建设",
        "1.完善应急预案体系",
        "（1）加强应急预案管理，规范应急预案编制、审批、发布",
        "、备案、修订和评估工作，增强应急预案的针对性、实用",
        "性和可操作性，定期开展应急预案评估和修订完善工作。",
        "（2）推进应急预案精编化，及时修订完善现有应急预案",
        "，促进单位和基层应急预案编制全覆盖，提升预案质量",
        "和实用水平，推动应急预案数字化管理和动态更新应用。",
        "（3）加强应急预案的培训宣传，扩大应急预案发布范围",
        "，提高全社会对应急预案的知晓率。",
        "（责任单位：市应急局、各县（市、区）人民政府、各开发",
        "区管委会）",
        "2.健全应急管理体制和运行机制，推进市县乡三级应急管理",
        "办事机构建设，落实应急管理专职领导和人员编制，加强各",
        "专项预案牵头部门应急机构建设。（责任单位：市应急局）",
    ]
    [plan] = parse_text("\n".join(lines) + "\n", "pdf.txt")
    assert [t.number for t in plan.tasks()] == [1, 2]
    assert [a.name for a in plan.tasks()[0].assignments] == ["市应急局", "各县（市、区）人民政府", "各开发区管委会"]
    assert "知晓率。\n（责任单位：市应急局、各县（市、区）人民政府、各开发区管委会）" in plan.tasks()[0].text


def test_an_attachments_few_lines_are_read_at_the_documents_printed_width():
    """An attached plan of a few lines cannot show the width its PDF was wrapped at; the whole document does:
    its annotation cut at the edge (…按职 / 责分工负责）) is joined as in the plan above it."""
    lines = [
        "某市2025年数字政府建设工作要点",
        "一、重点任务",
        "1.建设经济运行监测平台。汇聚发展改革、统计、税务等部",
        "门数据，实现主要经济指标按月监测、动态预警和分析研判",
        "，为经济运行调度提供数据支撑。（市发展改革委负责）",
        "2.推进财政管理一体化。全面推行预算管理一体化系统，实",
        "现预算编制、执行、决算全流程电子化管理，提升财政资金",
        "使用绩效和管理水平。（市财政局负责）",
        "3.推行互联网加监管。完善市级监管平台，推动监管数据归",
        "集共享，开展跨部门联合双随机一公开监管，提升监管效能",
        "和执法水平，营造公平竞争市场环境，推动监管规则标准公",
        "开透明。（市市场监管局负责）",
        "附件",
        "某市2025年数字政府重点项目",
        "（一）建设企业服务综合平台。",
        "1.归集惠企政策，实现政策一站式查询和精准推送；",
        "2.建立企业诉求接诉即办机制。",
        "（市工业和信息化局、市政务服务和数据管理局、市工商联按职",
        "责分工负责）",
    ]
    plans = parse_text("\n".join(lines) + "\n", "pdf.txt")
    [attached] = plans[-1].tasks()
    assert attached.label == "（一）"
    assert [a.name for a in attached.assignments] == ["市工业和信息化局", "市政务服务和数据管理局", "市工商联"]


def test_a_label_line_at_a_pages_foot_is_no_running_head():
    """A line printed again beside a page number is a running head (the office, the title); a label line
    repeated from task to task (牵头单位：县住建局) that the page left at its foot is the task's."""
    text = (
        "某县燃气安全整治任务清单\n"
        "1.排查燃气用户安全隐患。\n"
        "牵头单位：县住建局\n"
        "配合单位：县市场监管局\n"
        "2.整治燃气管道占压问题。\n"
        "牵头单位：县住建局\n"
        "— 3 —\n"
        "配合单位：县自然资源局\n"
    )
    [plan] = parse_text(text, "pdf.txt")
    assert [(a.name, a.role) for a in plan.tasks()[1].assignments] == [("县住建局", L), ("县自然资源局", S)]


def test_an_annotations_wrapped_tail_above_a_page_number_is_no_running_head():
    """Hard-wrapped text leaves an annotation's last words alone on a line (落实）); printed before and standing
    over a page number, it looks like a running head, but it closes the bracket the lines above opened: it is text."""
    text = (
        "某县商贸流通实施方案\n"
        "1.改造提升集贸市场。分批实施集贸市场标准化改\n"
        "造。（县市场监管局牵头，县商务局配合，各乡镇人民政府\n"
        "落实）\n"
        "2.开展促消费活动。落实以旧换新政策。（县商务\n"
        "局牵头，县财政局配合，各乡镇人民政府\n"
        "落实）\n"
        "— 3 —\n"
        "3.强化市场监管。打击假冒伪劣商品。（县市场监\n"
        "管局负责）\n"
    )
    [plan] = parse_text(text, "ocr.txt")
    assert _units(plan.tasks()[1]) == [("县商务局", L), ("县财政局", S), ("各乡镇人民政府", I)]
    assert not plan.warnings


def test_a_running_head_under_each_page_number_is_dropped_the_first_time_too():
    """A 公报's text prints its head (某县人民政府公报 2025年第3期) under every page number; it is page furniture
    the first time too, before the text has given it, not the end of the unit name above it."""
    text = (
        "某县农村环境整治工作要点\n"
        "1.推进户厕改造。新建改造卫生户厕一千户。\n"
        "配合单位：县卫生健康局、各乡镇人民政府\n"
        "-2-\n"
        "某县人民政府公报　　2025年第3期\n"
        "2.加强厕所管护。健全粪污收运体系。\n"
        "配合单位：县城市管理局\n"
        "-3-\n"
        "某县人民政府公报　　2025年第3期\n"
        "3.整治黑臭水体。完成治理六条。（县水利局负责）\n"
    )
    [plan] = parse_text(text, "pdf.txt")
    assert [a.name for a in plan.tasks()[0].assignments] == ["县卫生健康局", "各乡镇人民政府"]
    assert "公报" not in plan.tasks()[1].text


def test_a_foot_line_holding_the_running_head_and_the_page_number_is_furniture():
    """A PDF's footer prints the office or the short title at its left and the page number at its right on one
    baseline (某县人民政府办公室　　　　— 3 —, the mirror on even pages): the line is the page's furniture, and the
    unit name or label the page cut goes on across it."""
    text = (
        "青禾县村镇供水提升方案\n"
        "一、重点任务\n"
        "　　1.延伸供水管网。新建管网80公里。（牵头单位：县住房\n"
        "青禾县人民政府办公室　　　　　　— 3 —\n"
        "城乡建设局；配合单位：县财政局、县交通运输局）\n"
        "　　2.推行计量收费。加快水表安装。（牵\n"
        "— 4 —　　　　　　村镇供水提升方案\n"
        "头单位：县水利局；配合单位：县财政局）\n"
    )
    [plan] = parse_text(text, "pdf.txt")
    assert [_units(t) for t in plan.tasks()] == [
        [("县住房城乡建设局", L), ("县财政局", S), ("县交通运输局", S)], [("县水利局", L), ("县财政局", S)]]


@pytest.mark.parametrize("head", ["村镇供水提升方案", "村镇供水提升方案（2025—2027年）"])
def test_a_short_title_printed_once_beside_a_page_number_is_a_running_head(head):
    """A short document breaks its page once: the running head, the plan's title less its place or with its years
    added, is printed once only, yet it is the title again, not words of the unit name the page cut."""
    text = (
        "青禾县村镇供水提升方案\n"
        "一、重点任务\n"
        "　　1.延伸供水管网。新建管网80公里。（牵头单位：县住房\n"
        "— 3 —\n"
        f"{head}\n"
        "城乡建设局；配合单位：县财政局、县交通运输局）\n"
        "　　2.推行计量收费。规模化工程全面计量收费。（县水利局负责）\n"
    )
    [plan] = parse_text(text, "pdf.txt")
    assert _units(plan.tasks()[0]) == [("县住房城乡建设局", L), ("县财政局", S), ("县交通运输局", S)]


def test_a_heading_beside_a_page_number_on_one_line_stays_the_plans():
    """A numbered heading the page ended on is no foot line's running head, though a page number stands beside it."""
    text = (
        "青禾县村镇供水提升方案\n"
        "一、重点任务\n"
        "1.延伸供水管网　　　　— 3 —\n"
        "新建管网80公里。（县水利局负责）\n"
    )
    [plan] = parse_text(text, "pdf.txt")
    [task] = plan.tasks()
    assert task.title.startswith("延伸供水管网")
    assert _units(task) == [("县水利局", R)]


def test_a_line_at_the_printed_width_that_ends_with_a_colon_keeps_its_break():
    """An addressee line (…各直属机构：) or a lead-in before its list may run to the edge: the line after it is a
    new paragraph, not the rest of a sentence the page broke."""
    from generator.parse.lines import Line, own_line
    from generator.words.labels import label_of
    from generator.parse.printed_width import join_wrapped

    lines = [Line(1, "各县（市、区）人民政府，市政府各部门、各直属机构、有关单位：", None),
             Line(2, "现将方案印发给你们，请认真贯彻落实。", None),
             Line(3, "各县（市、区）人民政府，市政府各部门、各直属机构、有关单位，", None),
             Line(4, "各有关企业。", None)]
    joined = join_wrapped(lines, label_of, own_line, 60)
    assert [ln.text for ln in joined] == [lines[0].text, lines[1].text, lines[2].text + lines[3].text]


def test_a_rectification_plans_closing_requirements_are_no_tasks():
    """A 整改方案 closes with 整改要求 (a proposal's handling with 办理要求): items naming no unit, the plan's
    closing text, which must not take the numbers of the problems above."""
    plan = _one("某县巡察反馈意见整改方案\n一、问题及整改措施\n1.问题一。\n责任单位：县财政局\n2.问题二。\n责任单位：县审计局\n"
                "二、整改要求\n（一）压实整改责任。各单位要抓好落实。\n（二）加强督促检查。对整改不力的严肃问责。\n")
    assert _tasks(plan) == [("一", 1, "1.", [("县财政局", "responsible")]), ("一", 2, "2.", [("县审计局", "responsible")])]


_OVERSIGHT_NOTICE = ("关于县政府第五次常务会议议定事项的督办通知\n一、关于项目建设\n"
                     "1.关于停车场。请县城管局牵头，会同县公安局加快建设。（完成时限：2025年7月底前）\n"
                     "2.关于公园。县林业局要会同县城管局加快建设。\n3.关于道路。请县交通局牵头，会同县公安局加快建设。\n")
_OVERSIGHT_REQUIREMENTS = ("（一）严格报送时限。各责任单位要于每月25日前将落实情况报送县政府督查室。\n"
                           "（二）强化督查问效。县政府督查室将适时开展实地督查。\n")


@pytest.mark.parametrize("title", ["督办要求", "督查要求"])
def test_an_oversight_notices_closing_requirements_are_no_tasks(title):
    """A 督办通知 closes the items it oversees with 督办要求: what it asks of all of them (各责任单位要按时报送…) and what
    its issuer will do (县政府督查室将…), opening with bodies as its items do, yet no task."""
    plan = _one(_OVERSIGHT_NOTICE + f"二、{title}\n" + _OVERSIGHT_REQUIREMENTS)
    assert [(s, n) for s, n, _, _ in _tasks(plan)] == [("一", 1), ("一", 2), ("一", 3)]


def test_other_matters_before_an_oversight_notices_requirements_stay_tasks():
    """五、其他事项 over agreed items before the 督办要求 are matters overseen: counting back from the notice's end
    stops at its 督办要求, so they stay tasks whether or not their units are read."""
    plan = _one(_OVERSIGHT_NOTICE + "二、其他事项\n4.会议原则同意《某县停车场建设计划》，请县城管局按程序印发实施。\n"
                "5.会议审议通过了《某县节约用水办法》，由县司法局按程序报签。\n三、督办要求\n" + _OVERSIGHT_REQUIREMENTS)
    assert [(s, n) for s, n, _, _ in _tasks(plan)] == [("一", 1), ("一", 2), ("一", 3), ("二", 4), ("二", 5)]


def test_a_lead_clause_then_a_support_clause_before_a_deadline_only_bracket_gives_both():
    """4.关于甲。县民政局要牵头落实…，县财政局、县税务局配合做好…。（完成时限：…）: a bracket holding only the deadline names
    no unit, so the units are still the wording's and the lead clause opening the duty is read beside the support one;
    a bracket naming a unit (（责任单位：县审计局）) names the task's units itself, the clause's lead not added."""
    plan = _one(_OVERSIGHT_NOTICE + "4.关于甲。县民政局要牵头落实风险排查，县财政局、县税务局配合做好预警工作。（完成时限：2025年9月底前）\n"
                "5.关于乙。县民政局要牵头落实风险排查，县财政局配合做好预警工作。（责任单位：县审计局）\n")
    assert [sorted(_units(t)) for t in plan.tasks()[3:]] == [
        [("县民政局", "lead"), ("县税务局", "support"), ("县财政局", "support")],
        [("县审计局", "responsible"), ("县财政局", "support")]]


def test_a_rectification_deadline_label_closes_the_units_list_above_it():
    """整改方案 close each problem with label lines, 整改时限 (or 整改期限) under 责任单位: a deadline label like
    完成时限, so its line starts a clause of its own; the units above it are read whole and the date's words
    (长期坚持) are never a unit."""
    plan = _one("某县整改方案\n一、整改任务\n1.问题一。\n整改措施：做好一件事。\n责任领导：副县长　陈某某\n"
                "牵头单位：县投资促进中心\n责任单位：县自然资源局、县司法局\n整改时限：2025年9月底前，并长期坚持\n"
                "2.问题二。\n责任单位：县教育局\n整改期限：长期坚持\n")
    assert _tasks(plan) == [
        ("一", 1, "1.", [("县投资促进中心", "lead"), ("县自然资源局", "responsible"), ("县司法局", "responsible")]),
        ("一", 2, "2.", [("县教育局", "responsible")])]


def test_a_problem_whose_measures_close_with_leader_units_and_deadline_lines_is_one_task():
    """A rectification plan's （一） problems list their measures as 1. 2. lines and close with a block of label
    lines: the units, and beside them the leader (督办领导：…) and the deadline (整改时限：…). The block closes the
    problem, not its last measure: the problems are the tasks."""
    plan = _one("某市督察反馈意见整改方案\n一、整改任务\n（一）部分河段水质不稳定达标。\n整改措施：\n1.实施河道综合治理工程；\n"
                "2.开展入河排污口排查整治。\n督办领导：副市长　郑某某\n责任单位：市生态环境局、市水利局\n"
                "整改时限：2025年12月底前\n（二）部分矿山生态修复滞后。\n整改措施：\n1.制定修复方案；\n2.分年度推进。\n"
                "牵头单位：市自然资源局\n整改时限：2026年6月底前\n")
    assert _tasks(plan) == [
        ("一", 1, "（一）", [("市生态环境局", "responsible"), ("市水利局", "responsible")]),
        ("一", 2, "（二）", [("市自然资源局", "lead")])]


def test_a_problem_giving_its_fields_before_its_measures_is_one_task():
    """A rectification plan may print each problem's fields first (整改时限 / 责任领导 / 牵头单位 / 责任单位) and its
    measures last, 整改措施： over 1. 2. numbered afresh under each problem: the problem is the task, the units on its
    field lines its units, the measures its text."""
    plan = _one("某市督察反馈问题整改方案\n一、关于大气污染防治方面的问题\n（一）城区扬尘污染防治不力，建筑工地扬尘管控不到位。\n"
                "整改时限：2025年10月底前\n责任领导：副市长　冯某某\n牵头单位：市住房和城乡建设局\n"
                "责任单位：市城市管理局、市生态环境局\n整改措施：\n1.开展建筑工地扬尘专项整治；\n2.提高道路机械化清扫频次。\n"
                "（二）餐饮油烟扰民问题群众反映强烈。\n牵头单位：市城市管理局\n责任单位：市市场监督管理局\n整改措施：\n"
                "1.开展餐饮油烟专项整治；\n2.规范露天烧烤经营行为。\n")
    assert _tasks(plan) == [
        ("一", 1, "（一）", [("市住房和城乡建设局", "lead"), ("市城市管理局", "responsible"), ("市生态环境局", "responsible")]),
        ("一", 2, "（二）", [("市城市管理局", "lead"), ("市市场监督管理局", "responsible")])]
    assert plan.tasks()[1].title == "餐饮油烟扰民问题群众反映强烈"
    assert "2.规范露天烧烤经营行为。" in plan.tasks()[1].text


def test_a_problem_giving_its_fields_before_its_measures_one_level_down_with_the_deadline_after():
    """The same shape at the 1. level, its measures （1） （2）, the deadline printed after them: still the problem."""
    plan = _one("某县巡察反馈问题整改方案\n一、整改任务\n1.村级财务管理不规范，部分票据审核把关不严。\n责任领导：副县长　林某某\n"
                "牵头单位：县财政局\n责任单位：县农业农村局\n整改措施：\n（1）开展村级财务专项检查；\n（2）规范票据审核流程。\n"
                "整改时限：2025年9月底前\n2.农村人居环境整治成效不稳固。\n牵头单位：县住房和城乡建设局\n整改措施：\n"
                "（1）建立长效保洁机制；\n（2）开展季度考评。\n整改时限：长期坚持\n")
    assert _tasks(plan) == [("一", 1, "1.", [("县财政局", "lead"), ("县农业农村局", "responsible")]),
                            ("一", 2, "2.", [("县住房和城乡建设局", "lead")])]


def test_measures_numbered_through_the_problems_are_the_tasks_and_a_closing_block_covers_each():
    """Measures counted 1. 2. 3. straight through the （一） problems of a rectification plan are its tasks, even
    where a problem gives its label lines once after its last measure: the block covers each of that problem's
    measures, and the problem stays a heading (numbers starting again at 1 under each problem make the problem the
    task: the test above)."""
    plan = _one("某县巡察反馈问题整改方案\n一、问题及整改措施\n（一）理论学习不够深入。\n1.修订中心组学习制度。\n"
                "责任单位：县委宣传部\n2.开展专题调研。\n责任单位：县委办公室\n（二）项目推进缓慢。\n3.建立项目问题清单。\n"
                "4.加快资金拨付进度。\n责任领导：副县长　赵某某\n牵头单位：县发展改革局\n责任单位：县财政局\n"
                "整改时限：2025年10月底前\n")
    both = [("县发展改革局", "lead"), ("县财政局", "responsible")]
    assert _tasks(plan) == [("一", 1, "1.", [("县委宣传部", "responsible")]), ("一", 2, "2.", [("县委办公室", "responsible")]),
                            ("一", 3, "3.", both), ("一", 4, "4.", both)]
    assert [g.label for g in plan.sections[0].groups] == ["（一）", "（二）"]


def test_problems_numbered_wenti_n_are_the_tasks_of_a_rectification_plan():
    """问题1： / 问题2： under （一） 方面 headings: a rectification plan numbers the problems it answers so, each a
    task with its measures and label lines, as 1. would be; the 方面 headings are groups, not tasks."""
    plan = _one("某县巡察反馈问题整改方案\n一、整改任务\n（一）关于落实决策部署方面\n问题1：贯彻新发展理念有差距。\n"
                "整改措施：制定产业链培育方案。\n责任领导：王某某\n责任单位：县发展改革局\n整改时限：2025年6月底前\n"
                "问题2：招商引资质效不高。\n整改措施：梳理签约项目。\n责任单位：县投资促进中心\n"
                "（二）关于作风建设方面\n问题3：基层报表多。\n整改措施：精简报表。\n责任单位：县委办、县政府办\n")
    assert [(n, label, units) for _, n, label, units in _tasks(plan)] == [
        (1, "问题1：", [("县发展改革局", "responsible")]), (2, "问题2：", [("县投资促进中心", "responsible")]),
        (3, "问题3：", [("县委办", "responsible"), ("县政府办", "responsible")])]


def test_a_rectification_plans_principles_are_no_tasks():
    """二、整改原则 （一）坚持…，强化责任。…: a rectification plan's principles, as 基本原则 are, name no duty."""
    plan = _one("某市督察反馈意见整改方案\n一、整改原则\n（一）坚持党政同责，强化责任。把整改作为重大政治责任。\n"
                "（二）坚持问题导向，逐项销号。逐条对照反馈问题。\n二、整改任务\n（一）部分河段水质不稳定达标。"
                "（责任单位：市生态环境局）\n")
    assert _tasks(plan) == [("二", 1, "（一）", [("市生态环境局", "responsible")])]


def test_principles_named_after_the_work_are_no_tasks():
    """一、办理原则 / 帮扶原则 （一）… （二）…: plans name their principles part after the work (办理原则, 帮扶原则, 整治原则);
    naming no unit, its items are the plan's frame as 基本原则 items are, and the work below keeps its numbers."""
    plan = _one("某县建议提案办理工作方案\n一、办理原则\n（一）分级负责。主办单位对办理工作负总责，协办单位积极配合。\n"
                "（二）注重实效。坚持能办的抓紧办。\n二、办理分工\n1.关于加强耕地保护的建议（县自然资源局主办，县农业农村局协办）\n")
    assert _tasks(plan) == [("二", 1, "1.", [("县自然资源局", "lead"), ("县农业农村局", "support")])]
    assert "分级负责" in plan.sections[0].intro
    plan = _one("某镇结对帮扶工作方案\n一、帮扶原则\n（一）精准帮扶。因村施策，一村一策。\n二、帮扶任务\n"
                "（一）发展特色产业。（镇农业服务中心负责）\n")
    assert _tasks(plan) == [("二", 1, "（一）", [("镇农业服务中心", "responsible")])]


def test_what_an_assessments_results_lead_to_is_no_task():
    """一、考评方式 … 二、结果运用 1.…通报 2.…挂钩 3.…约谈: a 考核办法 states what its scores lead to by its own rule,
    no body's work: the items are the part's text, and the duties after them keep their numbers (before: 1.–3. read as
    tasks, the duties' numbers repeated)."""
    plan = _one("某镇人居环境整治考评办法\n一、结果运用\n1.月度考评结果在全镇通报，前三名列入“红榜”。\n"
                "2.考评结果与村干部绩效报酬挂钩。\n3.对连续两个月排名末位的村，约谈村党支部书记。\n二、责任分工\n"
                "1.开展月度考评，汇总考评结果。（镇人居办负责）\n2.做好考评奖补资金保障。（镇财政所负责）\n")
    assert _tasks(plan) == [("二", 1, "1.", [("镇人居办", "responsible")]), ("二", 2, "2.", [("镇财政所", "responsible")])]
    assert "约谈" in plan.sections[0].intro


def test_problems_numbered_wenti_with_a_chinese_numeral_are_tasks_too():
    """问题一： / 问题二：: the same problems numbered with a Chinese numeral are the tasks, numbered 1, 2, under the
    plan's 一、 sections (not read as sections of their own)."""
    plan = _one("某县巡察反馈问题整改方案\n一、整改任务\n（一）关于落实决策部署方面\n问题一：贯彻新发展理念有差距。\n"
                "责任单位：县发展改革局\n问题二：招商引资质效不高。\n责任单位：县投资促进中心\n二、整改要求\n"
                "（一）压实责任。各单位要抓好落实。\n")
    assert [(sec, n, label, units) for sec, n, label, units in _tasks(plan)] == [
        ("一", 1, "问题一：", [("县发展改革局", "responsible")]), ("一", 2, "问题二：", [("县投资促进中心", "responsible")])]


@pytest.mark.parametrize("first, second", [("课题1：", "课题2："), ("课题一：", "课题二："), ("专题 1：", "专题 2：")])
def test_topics_numbered_keti_n_over_field_lines_are_the_tasks(first, second):
    """课题1： / 课题一： over 牵头单位： / 参与单位： lines: a research plan numbers its topics under the word, each a task
    as 1. would be (before: no item at all, every field line's units pooled into the group heading above)."""
    plan = _one("某市年度重点调研课题\n一、调研课题\n（一）发展方面\n"
                f"{first}推进城乡融合发展研究\n牵头领导：副市长 甲某某\n牵头单位：市甲办\n参与单位：市乙局、市丙局\n"
                f"{second}深化基层治理研究\n牵头单位：市丁部\n参与单位：市戊局\n完成时间：2025年9月底前\n")
    assert [(sec, n, label.replace(" ", ""), units) for sec, n, label, units in _tasks(plan)] == [
        ("一", 1, first.replace(" ", ""), [("市甲办", "lead"), ("市乙局", "support"), ("市丙局", "support")]),
        ("一", 2, second.replace(" ", ""), [("市丁部", "lead"), ("市戊局", "support")])]
    assert [t.title for t in plan.tasks()] == ["推进城乡融合发展研究", "深化基层治理研究"]


def test_tasks_numbered_renwu_n_over_field_lines_and_no_measures_are_the_tasks():
    """任务1： / 任务2： each over its own field lines, no numbered measure under either: the item is the task (before:
    read as an action's heading waiting for measures, the task had no units)."""
    plan = _one("某县改革任务安排\n一、重点任务\n任务1：推进乡镇财政改革\n牵头单位：县甲局\n参与单位：县乙局\n"
                "任务2：完善村级议事规则\n牵头单位：县丙部\n")
    assert _tasks(plan) == [("一", 1, "任务1：", [("县甲局", "lead"), ("县乙局", "support")]),
                            ("一", 2, "任务2：", [("县丙部", "lead")])]


def test_a_topic_numbered_keti_n_over_numbered_measures_still_heads_them():
    """课题1：… over 1. 2. measures: the topic heads its measures as an action's heading does, its field line covering
    them; the measures are the tasks."""
    plan = _one("某市调研工作方案\n一、调研安排\n课题1：推进城乡融合发展研究\n牵头单位：市甲办\n"
                "1.开展实地走访。\n2.形成调研报告。\n课题2：深化基层治理研究\n牵头单位：市乙部\n1.召开座谈会。\n")
    assert [(n, label, units) for _, n, label, units in _tasks(plan)] == [
        (1, "1.", [("市甲办", "lead")]), (2, "2.", [("市甲办", "lead")]), (1, "1.", [("市乙部", "lead")])]


@pytest.mark.parametrize("first, second", [("任务一、", "任务二、"), ("项目一：", "项目二："), ("问题一：", "问题二：")])
def test_counted_heads_over_measures_numbered_on_across_them_still_head_them(first, second):
    """任务一、… / 1. 2. / 任务二、… / 3. 4.: the measures numbered on across the heads, not afresh under each; the heads
    are still headings and the measures the tasks (before: 任务二、 read as a task with no unit, and it and the measures
    "repeated the sequence")."""
    plan = _one(f"某县重点工作安排\n一、工作任务\n{first}推进产业升级\n1.建设工业园区。（县甲局负责）\n"
                f"2.培育规上企业。（县甲局牵头，各乡镇配合）\n{second}改善民生福祉\n3.新增城镇就业岗位。（县乙局负责）\n"
                "4.新建养老服务中心。（县丙局负责）\n")
    assert [(n, label, units) for _, n, label, units in _tasks(plan)] == [
        (1, "1.", [("县甲局", "responsible")]), (2, "2.", [("县甲局", "lead"), ("各乡镇", "support")]),
        (3, "3.", [("县乙局", "responsible")]), (4, "4.", [("县丙局", "responsible")])]
    assert not plan.warnings


def test_a_counted_line_taking_its_place_among_numbered_tasks_stays_a_task():
    """1.… / 2.… / 问题3：… / 4.…: a counted line numbered in the run of the tasks around it is one of them, no head."""
    plan = _one("某县整改方案\n一、整改措施\n1.建立资金台账。（县甲局负责）\n2.规范档案管理。（县乙局负责）\n"
                "问题3：项目审批迟缓。（县丙局负责）\n4.压缩审批时限。（县丁局负责）\n")
    assert [(n, label) for _, n, label, _ in _tasks(plan)] == [(1, "1."), (2, "2."), (3, "问题3："), (4, "4.")]


def test_a_topics_title_drops_its_name_fields_label():
    """1.课题名称：推进…研究: a research plan names each topic in a field of its own; the label is no word of the title
    (as 项目名称： is not)."""
    plan = _one("某市重点调研课题\n一、调研课题\n1.课题名称：推进城乡融合发展研究\n牵头单位：市甲办\n"
                "2.专题名称：深化基层治理研究\n牵头单位：市乙部\n")
    assert [(t.title, _units(t)) for t in plan.tasks()] == [("推进城乡融合发展研究", [("市甲办", "lead")]),
                                                            ("深化基层治理研究", [("市乙部", "lead")])]


def test_a_card_lists_kind_of_task_before_a_colon_is_a_word_of_the_title():
    """1.重点项目：全年实施… / 2.改革任务：深化…: in running items the kind of task a card list counts is the item's topic,
    kept in its title; only dressed in 【】 (【改革任务】深化…) is it a field's label (review L: the label form cut it)."""
    plan = _one("某市2030年重点工作要点\n一、稳增长\n1.重点项目：全年实施重点项目200个。（市甲委负责）\n"
                "2.改革任务：深化国企改革。（市乙委负责）\n")
    assert [t.title for t in plan.tasks()] == ["重点项目：全年实施重点项目200个", "改革任务：深化国企改革"]


def test_a_line_of_a_tasks_other_field_is_not_run_on_into_the_units_above_it():
    """改革工作要点 list under each 改革任务 牵头县领导 / 牵头单位 / 参与单位 / 成果形式 / 完成时限, each on its line: the
    成果形式 line (what the task yields) names no unit and is not joined to the last name of the 参与单位 line."""
    plan = _one(
        "某县2025年全面深化改革工作要点\n"
        "一、深化经济体制改革\n"
        "1.深化国有企业改革。完善国有企业法人治理结构。\n"
        "牵头县领导：王某某\n"
        "牵头单位：县国资中心\n"
        "参与单位：县财政局、县委组织部\n"
        "成果形式：改革方案\n"
        "完成时限：2025年9月底\n"
        "2.深化财政预算管理改革。推进零基预算改革。\n"
        "牵头单位：县财政局\n"
        "预期成果：制度文件\n")
    tasks = plan.tasks()
    assert [t.number for t in tasks] == [1, 2]
    assert _units(tasks[0]) == [("县国资中心", L), ("县财政局", S), ("县委组织部", S)]
    assert [d.normalized for d in tasks[0].deadlines] == ["2025-09-30"]
    assert _units(tasks[1]) == [("县财政局", L)]


def test_a_headings_units_line_beside_its_target_and_measures_lines_covers_the_measures():
    """优化营商环境指标提升方案: 一、indicator / 指标长：姓名 / 牵头单位：…　配合单位：… / 提升目标：… / 具体措施： / 1. 2.
    measures naming none: the units' line covers the measures though the heading's other fields stand beside it."""
    plan = _one(
        "某市优化营商环境指标提升方案\n"
        "一、开办企业\n"
        "指标长：张某某\n"
        "牵头单位：市市场监管局　配合单位：市公安局、市税务局\n"
        "提升目标：企业开办0.5个工作日内办结。\n"
        "具体措施：\n"
        "1.推行企业开办“一网通办”。\n"
        "2.推广电子营业执照应用。\n"
        "二、获得电力\n"
        "牵头单位：国网某市供电公司\n"
        "提升目标：低压小微企业办电“三零”。\n"
        "3.将低压接入容量提高至200千瓦。\n"
        "4.压缩电力接入审批时间。\n")
    assert [t.number for t in plan.tasks()] == [1, 2, 3, 4]
    assert [_units(t) for t in plan.tasks()] == [
        [("市市场监管局", L), ("市公安局", S), ("市税务局", S)], [("市市场监管局", L), ("市公安局", S), ("市税务局", S)],
        [("国网某市供电公司", L)], [("国网某市供电公司", L)]]


def test_a_field_line_of_its_own_words_after_a_units_line_is_not_the_list_going_on():
    """Under a task, after its 牵头单位 / 配合单位 lines (no stop), a line of another field (工作目标：…, 考核指标：…)
    starts a field of its own: the last unit's name stays whole; a label the page broke (…；配合 / 单位：…) still joins."""
    plan = _one(
        "某市2025年工作要点\n"
        "一、重点任务\n"
        "1.推进企业开办便利化。实现一网通办。\n"
        "牵头单位：市市场监管局\n"
        "配合单位：市税务局\n"
        "工作目标：年底前办结时间压缩至半天\n"
        "2.推进预算管理改革。推进零基预算。\n"
        "责任单位：市财政局\n"
        "考核指标：预算执行率达到95%\n"
        "3.推进工业用地改革。推进标准地出让。\n"
        "牵头单位：市自然资源局；配合\n"
        "单位：市发展改革委\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("市市场监管局", L), ("市税务局", S)], [("市财政局", R)], [("市自然资源局", L), ("市发展改革委", S)]]


def test_an_indicator_s_standard_line_under_its_name_is_no_part_of_its_title():
    """指标任务分解: each indicator's name on its line (holding a 、 or running long, so no short heading by its look),
    then 评估标准：… / 考核标准：… and its 责任单位 line: the standard is a field of its own, not the title going on."""
    plan = _one(
        "某县学校建设指标分解方案\n"
        "一、指标任务\n"
        "1.图书、科学专用教室配备\n"
        "评估标准：每个学校配备图书室、科学实验室各1间以上。\n"
        "责任单位：县教育局、县财政局\n"
        "2.每百名学生拥有心理健康教育专职教师数量\n"
        "考核标准：每校至少配备专职教师1名。\n"
        "责任单位：县教育局\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [
        (1, "图书、科学专用教室配备"), (2, "每百名学生拥有心理健康教育专职教师数量")]
    assert [_units(t) for t in plan.tasks()] == [[("县教育局", R), ("县财政局", R)], [("县教育局", R)]]


def test_a_project_s_content_line_under_its_name_is_no_part_of_its_title():
    """民生实事 list: each item's short name holds a 、 and no stop, then 主要内容：… / 具体内容：… on a line of its own
    before its unit lines: the content is a field of its own, not the title running on to its first 。."""
    plan = _one(
        "某市2025年民生实事项目清单\n"
        "一、教育事业\n"
        "01.新建、改扩建中小学校和幼儿园12所\n"
        "主要内容：新建中小学校7所，秋季学期前投入使用。\n"
        "牵头单位：市教育局\n"
        "02.建设城市书房、社区书屋20家\n"
        "具体内容：每区建成书房2家，年底前开放。\n"
        "牵头单位：市文化广电旅游局\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [
        (1, "新建、改扩建中小学校和幼儿园12所"), (2, "建设城市书房、社区书屋20家")]
    assert [_units(t) for t in plan.tasks()] == [[("市教育局", L)], [("市文化广电旅游局", L)]]


def test_numbered_fields_of_an_indicator_are_parts_of_it_not_tasks():
    """指标提升方案: 一、开办企业 / （一）提升目标。… / （二）主要措施。… / （三）责任分工。牵头单位：X：the numbered lines are
    the indicator's fields, not tasks; the indicator is the task and takes the units of its 责任分工 field."""
    plan = _one(
        "某市优化营商环境指标提升方案\n"
        "一、开办企业\n"
        "（一）提升目标。企业开办0.5个工作日内办结。\n"
        "（二）主要措施。1.推行一网通办。2.推广电子营业执照。\n"
        "（三）责任分工。牵头单位：市市场监管局；配合单位：市公安局、市税务局。\n"
        "二、获得电力\n"
        "（一）提升目标。低压小微企业办电“三零”。\n"
        "（二）主要措施。1.提高低压接入容量。2.压缩审批时间。\n"
        "（三）责任分工。牵头单位：国网某市供电公司；配合单位：市发展改革委。\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "开办企业"), (2, "获得电力")]
    assert [_units(t) for t in plan.tasks()] == [
        [("市市场监管局", L), ("市公安局", S), ("市税务局", S)], [("国网某市供电公司", L), ("市发展改革委", S)]]


@pytest.mark.parametrize("closing", ["切实加强组织实施", "强化组织领导和保障措施", "加强组织领导，确保工作落实", "强化督导考核",
                                     "强化监督考核"])
def test_a_closing_section_worded_at_length_naming_no_unit_is_the_plans_text(closing):
    """The closing section is worded in many ways (切实加强组织实施, 强化组织领导和保障措施, 加强组织领导，确保工作落实);
    its items naming no unit say how the plan is carried out, not tasks; a section of work so worded stays."""
    text = ("某市2025年智慧城市建设行动方案\n"
            "一、重点任务\n"
            "（一）建设城市运行平台。（市大数据局牵头）\n"
            "（二）推进数据共享。（市大数据局牵头，市直各部门配合）\n"
            f"二、{closing}\n"
            "（三）明确责任分工。各部门要细化措施，定期调度。\n"
            "（四）强化资金保障。统筹安排专项资金。\n")
    assert [(s.number, [t.number for t in s.tasks]) for s in _one(text).sections] == [("一", [1, 2]), ("二", [])]
    worded_as_work = text.replace(f"二、{closing}", "二、加强安全监管")
    assert [t.number for t in _one(worded_as_work).tasks()] == [1, 2, 3, 4]


def test_a_duty_lists_closing_part_on_its_own_checking_holds_no_tasks():
    """某局安全生产责任清单 closes with 二、监督考核: who assesses the list each year and what befalls a failure to do
    one's duty, the list's own enforcement, as 督查考核 is; its clauses are no tasks, though the first opens with the
    bureau's own 局党组."""
    plan = _one(
        "某局安全生产责任清单\n"
        "一、内设机构安全生产责任\n"
        "（一）某县应急救援指挥中心\n"
        "1.负责应急指挥平台运行维护。\n"
        "二、监督考核\n"
        "（一）局党组每年对清单落实情况进行考核。\n"
        "（二）对履职不到位、造成严重后果的，依规依纪依法严肃追究责任。\n")
    assert [(s.title, len(s.tasks)) for s in plan.sections] == [("内设机构安全生产责任", 1), ("监督考核", 0)]
    assert [_units(t) for t in plan.tasks()] == [[("某县应急救援指挥中心", R)]]


_DUTY_WATCH_PLAN = (
    "某区春节期间保供稳价工作方案\n"
    "一、保障市场供应\n"
    "1.投放政府储备。适时投放区级储备猪肉。区甲局牵头，区乙局按职责分工负责。\n"
    "2.畅通物流配送。落实鲜活农产品运输绿色通道政策。区丙局负责。\n"
    "二、值班值守和信息报送\n"
    "（一）严格值班值守。节日期间实行24小时值班和领导带班制度。{first}\n"
    "（二）及时报送信息。发生突发事件要第一时间报告。{second}\n"
    "三、保障措施\n"
    "（一）加强组织领导。各有关单位要切实扛起责任。\n")


def test_a_duty_watch_and_reporting_part_before_the_safeguards_naming_no_unit_holds_no_tasks():
    """A holiday plan closes its work with 二、值班值守和信息报送 (keep watch round the clock, report at once) before
    三、保障措施: how everyone keeps watch while the plan runs, naming no unit, its text and no tasks."""
    plan = _one(_DUTY_WATCH_PLAN.format(first="", second=""))
    assert [(s.number, [t.title for t in s.tasks]) for s in plan.sections] == [
        ("一", ["投放政府储备", "畅通物流配送"]), ("二", []), ("三", [])]
    assert "实行24小时值班" in plan.sections[1].intro


def test_a_duty_watch_part_whose_items_name_their_units_keeps_its_tasks():
    """The same part assigning each item to a named body (区丁局负责) is work, as a closing part naming units is; and so
    it is where an item's sentence opens with the body keeping watch (各乡镇落实24小时值班…), as a flood-season notice
    writes it: unlike a 保障措施 part's requirements, keeping watch is work a plan assigns."""
    plan = _one(_DUTY_WATCH_PLAN.format(first="区丁局负责。", second="区政府办公室负责。"))
    assert [(t.title, _units(t)) for t in plan.sections[1].tasks] == [
        ("严格值班值守", [("区丁局", R)]), ("及时报送信息", [("区政府办公室", R)])]
    by_sentence = _one(_DUTY_WATCH_PLAN.format(first="", second="").replace("节日期间实行", "各乡镇落实"))
    assert [t.title for t in by_sentence.sections[1].tasks] == ["严格值班值守", "及时报送信息"]


def test_a_plans_last_part_on_keeping_watch_naming_no_unit_holds_no_tasks_but_an_item_so_titled_stays():
    """A flood-season plan may end with 二、应急值守 over items at its tasks' own level naming no unit: text. An item
    of the work titled 加强值班值守 stays a task (only a part's title reads so), and a plan that is all watch-keeping
    (一、值班安排 二、信息报送 三、工作要求) keeps its work."""
    work = "某区防汛工作方案\n一、工作任务\n1.开展隐患排查。区甲局负责。\n2.加强值班值守。汛期实行24小时值班。\n"
    assert [t.title for t in _one(work).tasks()] == ["开展隐患排查", "加强值班值守"]
    closing = work.replace("2.加强", "二、应急值守\n1.严格") + "2.及时报送信息。险情要第一时间报告。\n"
    assert [(s.title, len(s.tasks)) for s in _one(closing).sections] == [("工作任务", 1), ("应急值守", 0)]
    roster = _one("某区春节值班工作方案\n一、值班安排\n（一）领导带班。每天安排一名区领导带班。\n"
                  "二、信息报送\n（一）报送时限。突发事件须在30分钟内电话报告。\n"
                  "三、工作要求\n（一）严肃工作纪律。值班人员不得擅离岗位。\n")
    assert [(s.title, len(s.tasks)) for s in roster.sections] == [("值班安排", 1), ("信息报送", 1), ("工作要求", 0)]


_WATCH_CLOSING = ("某县春节期间安全工作方案\n一、工作任务\n（一）排查隐患。县甲局负责。\n（二）保障供应。县乙局负责。\n"
                  "二、值班值守\n（一）{first}\n（二）{second}\n三、保障措施\n（一）加强领导。各单位要高度重视。\n")


@pytest.mark.parametrize("first, second", [
    ("县丙局：实行24小时值班，统筹调度。", "县丁局：加强巡查值守。"),
    ("县丙局实行24小时值班，主要负责人带班。", "县丁大队实行24小时战备值守。"),
    ("落实值班。县丙局实行24小时值班。", "战备值守。县丁大队实行24小时战备值守。"),
    ("每日16时前，各成员单位向县丙办报送情况。", "每周一前，各乡镇报送上周进展。"),
    # a body whose name goes on past a plan's own body's (…指挥部办公室 / …指挥部各成员单位) is a body of its own
    ("县防汛指挥部办公室实行24小时值班。", "县防汛指挥部各成员单位实行24小时值班。"),
])
def test_a_closing_watch_part_whose_items_open_with_their_bodies_keeps_its_tasks(first, second):
    """A watch part whose items open with the body keeping watch, before any verb (县丙局：… / 县丙局实行… / after a
    clause of time, 每日16时前，各成员单位…), gives each body its watch: its items stay tasks."""
    plan = _one(_WATCH_CLOSING.format(first=first, second=second))
    assert [len(s.tasks) for s in plan.sections] == [2, 2, 0]


def test_a_closing_watch_part_is_text_only_beside_work_naming_units_in_a_plan_not_on_keeping_watch():
    """Unit-less watch items are text only where the plan's other work names its units: in a plan naming no unit
    anywhere, in a 值班工作方案, or where keeping watch is the plan's only work, they stay tasks; an item naming the
    plan's own working body (县保供工作专班实行…) or its matter first (重要情况及时报告县指挥部) names no unit given the watch."""
    unitless = ("实行24小时值班和领导带班制度。", "遇有重大情况及时报告。")
    assert [len(s.tasks) for s in _one(_WATCH_CLOSING.format(first=unitless[0], second=unitless[1])).sections] == [2, 0, 0]
    own_body = _WATCH_CLOSING.format(first="节日期间，县保供工作专班实行24小时值班。", second="重要情况及时报告县指挥部。")
    assert [len(s.tasks) for s in _one(own_body).sections] == [2, 0, 0]
    bare = _WATCH_CLOSING.format(first=unitless[0], second=unitless[1]).replace("县甲局负责。", "").replace("县乙局负责。", "")
    assert [len(s.tasks) for s in _one(bare).sections] == [2, 2, 0]
    titled = _WATCH_CLOSING.format(first=unitless[0], second=unitless[1]).replace("安全工作方案", "值班工作方案")
    assert [len(s.tasks) for s in _one(titled).sections] == [2, 2, 0]
    only = ("某县春节期间安全工作方案\n一、总体要求\n确保平安。\n二、值班值守\n（一）落实值班制度。实行24小时值班。\n"
            "（二）做好信息报送。及时报告。\n三、保障措施\n（一）加强领导。各单位要高度重视。\n")
    assert [len(s.tasks) for s in _one(only).sections] == [0, 2, 0]


@pytest.mark.parametrize("points", [("（一）", "（二）"), ("1.", "2.")])
def test_a_closing_part_heading_printing_no_number_ends_the_last_section(points):
    """A list of 实事 under 一、 二、 closes with a bare 工作要求 line (no 三、) over points naming no unit: the heading
    ends the last section as 三、工作要求 would; its points are the plan's closing words, not the last section's tasks
    (（一） outranking its 1. items, or 1. 2. numbered again), and it is no tail of the unit line above it."""
    first, second = points
    text = ("某市2030年民生实事项目\n"
            "一、养老服务工程\n"
            "1.新建老年助餐点150个。\n"
            "牵头单位：市甲局\n"
            "二、便民服务工程\n"
            "1.提供法律援助服务6000件。\n"
            "牵头单位：市乙局\n"
            "2.新增重点事项30项。\n"
            "牵头单位：市丙局\n"
            "工作要求\n"
            f"{first}加强组织领导。各牵头单位要制定实施方案。\n"
            f"{second}严格督查考核。纳入年度综合考核。\n")
    plan = _one(text)
    assert [(s.number, [(t.number, t.title, _units(t)) for t in s.tasks]) for s in plan.sections] == [
        ("一", [(1, "新建老年助餐点150个", [("市甲局", L)])]),
        ("二", [(1, "提供法律援助服务6000件", [("市乙局", L)]), (2, "新增重点事项30项", [("市丙局", L)])]),
    ]
    assert plan.closing.startswith("工作要求\n" + first + "加强组织领导")


def test_an_emergency_plans_opening_part_is_no_task_and_its_title_is_the_plans():
    """An 应急预案 under its notice: 总则 (编制目的, 适用范围) says why and where it applies, not a duty; the bodies'
    duties under 组织体系及职责 are its tasks; the plan is titled by the 预案 its notice issues, not by the issuer."""
    plan = _one(
        "某县人民政府办公室\n"
        "关于印发某县森林火灾应急预案的通知\n"
        "各乡镇人民政府，县直各单位：\n"
        "现将《某县森林火灾应急预案》印发给你们，请认真贯彻执行。\n"
        "某县人民政府办公室\n"
        "2025年4月1日\n"
        "某县森林火灾应急预案\n"
        "一、总则\n"
        "（一）编制目的。为有序做好森林火灾应对工作，制定本预案。\n"
        "（二）适用范围。本预案适用于本县行政区域内森林火灾的应对工作。\n"
        "二、组织体系及职责\n"
        "（一）县林业局：负责森林火灾预防的组织、协调和监督工作。\n"
        "（二）县应急管理局：负责组织协调森林火灾扑救工作。\n")
    assert plan.title == "某县森林火灾应急预案"
    assert [(s.number, [t.number for t in s.tasks]) for s in plan.sections] == [("一", []), ("二", [1, 2])]
    assert [_units(t) for t in plan.tasks()] == [[("县林业局", R)], [("县应急管理局", R)]]


def test_an_actions_target_and_measure_parts_are_no_tasks_its_measures_are():
    """A 行动方案 writes each action in parts: （一）行动目标。<targets run in> （二）主要举措。 over the measures 1. 2.,
    each with its 责任单位 line; with a group level above (（一）…行动 → 1.行动目标。… 2.主要举措。 → （1）…) the same. The
    parts, named by the words plans use for them, are text; the measures are the tasks."""
    plan = _one(
        "某省医疗卫生服务能力提升三年行动方案\n"
        "一、专项行动\n"
        "行动一　基层能力提升行动\n"
        "（一）行动目标。到2027年，卫生院达标率达到80%以上。\n"
        "（二）主要举措。\n"
        "1.推进卫生院提档升级。建设县域医疗次中心。\n"
        "责任单位：省卫生健康委牵头，省财政厅配合。\n"
        "2.加强村卫生室建设。推进标准化建设。\n"
        "责任单位：各市（州）人民政府负责。\n"
        "行动二　公共卫生提升行动\n"
        "（一）行动目标。到2027年，疾控机构全部达标。\n"
        "（二）主要举措。\n"
        "3.完善疾控体系。推进疾控机构标准化建设。\n"
        "责任单位：省疾控局。\n")
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "推进卫生院提档升级", [("省卫生健康委", L), ("省财政厅", S)]), (2, "加强村卫生室建设", [("各市（州）人民政府", R)]),
        (3, "完善疾控体系", [("省疾控局", R)])]
    plan = _one(
        "某省医疗卫生服务能力提升三年行动方案\n"
        "（一）基层能力提升行动\n"
        "1.行动目标。到2027年，卫生院达标率达到80%以上。\n"
        "2.主要举措。\n"
        "（1）推进卫生院提档升级。（省卫生健康委牵头，省财政厅配合）\n"
        "（2）加强村卫生室建设。（各市（州）人民政府负责）\n")
    assert [(t.label, t.title) for t in plan.tasks()] == [("（1）", "推进卫生院提档升级"), ("（2）", "加强村卫生室建设")]


def test_an_action_named_on_a_line_of_its_own_is_no_part_of_the_label_line_above_it():
    """行动一　基层能力提升行动 / 行动二　…: a 行动方案 names its actions on lines of their own with no 、; such a line
    never runs on the label line above it (配合单位：X、Y has no stop), so the action's name and its 行动目标 are no unit."""
    plan = _one(
        "某省医疗卫生服务能力提升三年行动方案\n"
        "行动一　基层能力提升行动\n"
        "行动目标：到2027年，卫生院达标率达到80%以上。\n"
        "1.推进卫生院提档升级。建设县域医疗次中心。\n"
        "牵头单位：省卫生健康委配合单位：省财政厅、省中医药局\n"
        "行动二　公共卫生提升行动\n"
        "行动目标：到2027年，疾控机构全部达标，市级疾控中心达到二甲标准。\n"
        "2.完善疾控体系。推进疾控机构标准化建设。\n"
        "责任单位：省疾控局\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("省卫生健康委", L), ("省财政厅", S), ("省中医药局", S)], [("省疾控局", R)]]


def test_an_actions_unit_line_under_its_heading_covers_its_measures_not_the_measure_above():
    """任务一　… / 行动2：… on a line of its own heads the numbered measures under it as （一） does: a unit line standing
    under the heading is the heading's and covers its measures naming none (noted), not one more line of the
    last measure of the action before."""
    for first, second in (("任务一　培训扩容行动", "任务二　工匠培育行动"), ("行动1：培训扩容行动", "行动2：工匠培育行动")):
        plan = _one(
            "某省技能人才振兴行动方案\n"
            "二、重点任务\n"
            f"{first}\n"
            "1.扩大培训规模。每年培训10万人次。（牵头处室：甲处；责任单位：各市乙局）\n"
            f"{second}\n"
            "牵头处室：丙处；责任单位：各市乙局\n"
            "2.开展工匠培育。每年培育800名。\n"
            "3.培育劳务品牌。培育品牌12个。\n")
        assert [(t.number, _units(t)) for t in plan.tasks()] == [
            (1, [("甲处", L), ("各市乙局", R)]), (2, [("丙处", L), ("各市乙局", R)]), (3, [("丙处", L), ("各市乙局", R)])]
        assert "丙处" not in plan.tasks()[0].text
        assert [n.line for n in plan.readings if "章节标题的责任单位适用于其下各项" in n.text] == [5]


def test_an_actions_units_on_its_headings_own_line_cover_its_measures_naming_none():
    """行动二：…行动（牵头单位：X；配合单位：Y；各乡镇人民政府落实）: the units at the end of the action's heading line are
    the action's, as on a line of their own under it: its measures naming none take them, one naming its own keeps
    them, and the action is titled without them."""
    plan = _one(
        "某县2025年消防工作要点\n"
        "一、重点任务\n"
        "行动一：隐患清零行动\n"
        "1.整治电动车充电隐患。建设集中充电场所。（牵头单位：县消防救援大队；各乡镇人民政府落实）\n"
        "行动二：素质提升行动（牵头单位：县教育局；配合单位：县人力资源和社会保障局；各乡镇人民政府落实）\n"
        "2.开展消防知识进校园。每校每年演练两次。\n"
        "3.培训企业消防安全管理人。每年培训一次。\n"
        "4.建设消防科普馆。年内建成开放。（牵头单位：县科学技术协会）\n")
    towns = ("各乡镇人民政府", "implement")
    action = [("县教育局", L), ("县人力资源和社会保障局", S), towns]
    assert [(t.number, _units(t)) for t in plan.tasks()] == [
        (1, [("县消防救援大队", L), towns]), (2, action), (3, action), (4, [("县科学技术协会", L)])]
    assert [(g.label, g.title) for g in plan.sections[0].groups] == [("行动一：", "隐患清零行动"), ("行动二：", "素质提升行动")]


def test_a_unit_line_with_no_stop_does_not_swallow_the_next_actions_heading():
    """责任单位：各市乙局 (no stop) / 任务二　…行动 / — 2 — / 任务三实施…行动 (glued to its number): the action's heading
    is a line of its own, no word of the last unit's name, even across a page number, and its verb no role."""
    plan = _one(
        "某省技能人才振兴行动方案\n"
        "二、重点任务\n"
        "任务一　培训扩容行动\n"
        "1.扩大培训规模。每年培训10万人次。\n"
        "牵头处室：甲处；责任单位：各市乙局\n"
        "— 2 —\n"
        "任务二　骨干引领行动\n"
        "2.建设培训基地。新建基地6个。\n"
        "牵头处室：甲处；配合处室：丁处\n"
        "任务三实施待遇提升行动\n"
        "3.健全薪酬制度。发布薪酬价位信息。\n"
        "牵头处室：戊处\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [
        (1, [("甲处", L), ("各市乙局", R)]), (2, [("甲处", L), ("丁处", S)]), (3, [("戊处", L)])]
    assert [(g.label, g.title) for g in plan.sections[0].groups] == [
        ("任务一", "培训扩容行动"), ("任务二", "骨干引领行动"), ("任务三", "实施待遇提升行动")]


def test_a_problem_counted_by_its_word_over_items_numbered_afresh_heads_them_with_its_units():
    """问题一：… / 牵头部门：… / 配合部门：… / 1.… 2.…: a 问题清单 heads each problem's measures with it, numbered afresh
    under each, and its field lines speak for all of them; the problem is a heading, no task beside its measures. A
    问题N： with nothing numbered under it is still the task it counts. A 督办 list heads its matters so (事项一：)."""
    for word in ("问题", "事项"):
        plan = _one(
            "某市接诉即办每月一题工作方案\n"
            "一、问题清单\n"
            f"{word}一：居住区停车难\n"
            "牵头部门：市甲委\n"
            "配合部门：市乙局\n"
            "主要任务：\n"
            "1.新增居住区停车位1万个。\n"
            "2.推进停车设施错时共享。\n"
            f"{word}二：老旧小区漏水\n"
            "牵头部门：市丙委\n"
            "1.开展屋面防水排查。\n")
        assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
            (1, "新增居住区停车位1万个", [("市甲委", L), ("市乙局", S)]),
            (2, "推进停车设施错时共享", [("市甲委", L), ("市乙局", S)]), (1, "开展屋面防水排查", [("市丙委", L)])]
        assert [(g.label, g.title) for g in plan.sections[0].groups] == [
            (f"{word}一：", "居住区停车难"), (f"{word}二：", "老旧小区漏水")]
        assert not plan.warnings
    plan = _one(
        "某县巡察整改方案\n"
        "一、整改措施\n"
        "问题一：项目资金拨付迟缓。建立资金拨付台账。（责任单位：县甲局）\n"
        "问题二：档案管理不规范。开展档案专项整理。（责任单位：县乙局）\n")
    assert [(t.label, _units(t)) for t in plan.tasks()] == [("问题一：", [("县甲局", R)]), ("问题二：", [("县乙局", R)])]


def test_a_problems_field_lines_printed_after_its_measures_cover_each_of_them():
    """问题一：… / 1.… 2.… / 牵头部门：… / 配合部门：…: a problem printing its field lines after its measures, its heading
    naming no unit, means them for all its measures as it would under its heading. Where the heading names units of
    its own too, the closing block may be the last measure's or the problem's: the last keeps it, and a warning says
    so. A `（一）` problem over measures numbered afresh stays the task (the 整改方案 reading), its measures its text."""
    plan = _one(
        "某市接诉即办每月一题工作方案\n"
        "一、问题清单\n"
        "问题一：夜间噪声扰民\n"
        "诉求表现：反映夜间施工噪声。\n"
        "1.严格夜间施工审批。\n"
        "2.加强社会生活噪声管控。\n"
        "牵头部门：市甲局\n"
        "配合部门：市乙局\n"
        "完成时限：2025年8月底\n"
        "问题二：老旧小区漏水\n"
        "牵头部门：市丙委\n"
        "1.开展屋面防水排查。\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [
        (1, [("市甲局", L), ("市乙局", S)]), (2, [("市甲局", L), ("市乙局", S)]), (1, [("市丙委", L)])]
    assert not plan.warnings
    plan = _one(
        "某市接诉即办每月一题工作方案\n"
        "一、问题清单\n"
        "问题一：夜间噪声扰民\n"
        "牵头部门：市甲局\n"
        "1.严格夜间施工审批。\n"
        "2.加强社会生活噪声管控。\n"
        "配合部门：市乙局\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [(1, [("市甲局", L)]), (2, [("市乙局", S), ("市甲局", L)])]
    assert [w.split(": ", 2)[2] for w in plan.warnings] == [
        "the field lines after item 2. may speak for every measure of 问题一：, whose heading names units too: "
        "read as that item's own"]
    plan = _one(
        "某县巡察整改方案\n"
        "一、整改措施\n"
        "（一）项目资金拨付迟缓\n"
        "1.建立资金拨付台账。\n"
        "2.加快资金拨付。\n"
        "牵头单位：县甲局\n"
        "（二）档案管理不规范\n"
        "牵头单位：县乙局\n"
        "1.开展档案专项整理。\n"
        "2.完善档案制度。\n")
    assert [(t.label, _units(t)) for t in plan.tasks()] == [("（一）", [("县甲局", L)]), ("（二）", [("县乙局", L)])]


def test_a_measures_label_run_in_before_the_first_measure_leaves_it_an_item():
    """主要任务：1.… / 2.…: the label a heading's measures are set under, run in before the first of them on its line,
    is no field line holding it: the measure is item 1 and takes the heading's units as item 2 does, under a section's
    heading or a problem's (问题一：)."""
    plan = _one(
        "某市停车治理工作方案\n"
        "一、主要任务\n"
        "牵头部门：市甲委\n"
        "主要任务：1.新增居住区停车位1万个。\n"
        "2.推进停车设施错时共享。\n")
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "新增居住区停车位1万个", [("市甲委", L)]), (2, "推进停车设施错时共享", [("市甲委", L)])]
    assert not plan.warnings
    plan = _one(
        "某市接诉即办每月一题工作方案\n"
        "一、问题清单\n"
        "问题一：居住区停车难\n"
        "牵头部门：市甲委\n"
        "整改措施：1.新增居住区停车位1万个。\n"
        "2.推进停车设施错时共享。\n"
        "问题二：老旧小区漏水\n"
        "牵头部门：市丙委\n"
        "整改措施：\n"
        "1.开展屋面防水排查。\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [(1, [("市甲委", L)]), (2, [("市甲委", L)]), (1, [("市丙委", L)])]


def test_a_problem_list_opening_with_its_first_problem_and_no_section_line_gives_it_its_field_units():
    """问题一：… / 牵头部门：X / 1.… 2.… straight under the title, no 一、 line above: the first problem heads its
    measures as the second does, its field line covering them, not the preamble's words."""
    plan = _one(
        "某镇每月一题整改方案\n"
        "问题一：菜市场周边拥堵\n"
        "牵头部门：镇甲办\n"
        "1.设置临时停车泊位。\n"
        "2.错峰安排进货车辆。（配合单位：镇乙所）\n"
        "问题二：路灯损坏较多\n"
        "牵头部门：镇丙办\n"
        "1.开展路灯排查。\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [
        (1, [("镇甲办", L)]), (2, [("镇乙所", S), ("镇甲办", L)]), (1, [("镇丙办", L)])]


def test_a_matter_heading_no_measure_after_the_last_is_said_not_lost():
    """事项3：…（责任单位：X） after a problem's numbered measures, with no measure of its own under it: it is not read as
    an action's heading with nothing under it (its unit gone); the reader keeps its line and says it read no task."""
    plan = _one(
        "某县审计整改方案\n"
        "一、整改任务\n"
        "问题1：票据管理不规范。整改措施：规范票据。（责任单位：县甲局）\n"
        "问题2：合同审核缺位。\n"
        "1.建立审核制度。（责任单位：县乙局）\n"
        "2.开展合同清理。（责任单位：县乙局）\n"
        "事项3：固定资产漏登。整改措施：补登资产。（责任单位：县丙局）\n")
    assert "县丙局" in {name for t in plan.tasks() for name, _ in _units(t)}
    assert any("事项3" in w and "no numbered measure" in w for w in plan.warnings)


def test_a_sentence_opening_with_the_word_task_is_no_actions_heading():
    """任务十分艰巨… wrapped to the head of a line is the measure's text going on, not an action (任务十)."""
    plan = _one(
        "某县培训工作方案\n"
        "一、重点任务\n"
        "1.扩大培训规模。今年全县培训规模翻番，\n"
        "任务十分艰巨，各乡镇要早作安排。（责任单位：县甲局）\n"
        "2.开展工匠培育。每年培育80名。（责任单位：县乙局）\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [(1, [("县甲局", R)]), (2, [("县乙局", R)])]
    assert plan.sections[0].groups == []


def test_a_headings_lead_in_naming_no_unit_leaves_its_unnumbered_task_paragraphs_tasks():
    """一、经济发展 / 2025年，街道将…全力抓招商、抓服务。 / 招商引资。…（责任科室：经发办） / 企业服务。…（…）: the sentence
    of aim opening the heading names no unit and is its text; the annotated paragraphs under it are still its tasks."""
    plan = _one(
        "某街道2025年工作计划\n"
        "一、党的建设\n"
        "理论武装。开展理论学习中心组学习12次。（责任科室：党建办）\n"
        "组织建设。完成2个软弱涣散党组织整顿。（责任科室：党建办）\n"
        "二、经济发展\n"
        "2025年，街道将把稳增长作为经济工作的首要任务，全力抓招商、抓服务。\n"
        "招商引资。全年引进亿元以上项目3个。（责任科室：经发办）\n"
        "企业服务。每季度走访辖区重点企业。（责任科室：经发办、统计站）\n")
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "理论武装", [("党建办", R)]), (2, "组织建设", [("党建办", R)]), (3, "招商引资", [("经发办", R)]),
        (4, "企业服务", [("经发办", R), ("统计站", R)])]
    assert plan.sections[1].intro.startswith("2025年，街道将")


def test_a_short_note_naming_no_unit_between_unnumbered_task_paragraphs_leaves_them_tasks():
    """一、… / 任务。…【牵头单位：X】 / 上述清单按月更新，不再逐项列出。 / 任务。…【…】: the note between the tasks names no
    unit and says nothing to do of its own; it is text of the task above, and the section keeps its tasks."""
    plan = _one(
        "某市林业局2027年工作要点\n"
        "一、加强森林资源保护\n"
        "严格林地用途管制。开展林地变更调查，规范占用林地审核。【牵头单位：资源管理科；配合单位：市林业调查队】\n"
        "上述调查图斑清单按月更新，不再逐项列出。\n"
        "推进国土绿化行动。完成人工造林3万亩。【牵头单位：生态修复科；配合单位：各县（市、区）林业局】\n"
        "二、强化森林防火\n"
        "完善防火预案体系。修订森林火灾应急预案。【牵头单位：防火办】\n"
        "加强火情监测预警。新建视频监控点20处。\n"
        "责任单位：市林业信息中心\n")
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "严格林地用途管制", [("资源管理科", L), ("市林业调查队", S)]),
        (2, "推进国土绿化行动", [("生态修复科", L), ("各县（市、区）林业局", S)]),
        (3, "完善防火预案体系", [("防火办", L)]), (4, "加强火情监测预警", [("市林业信息中心", R)])]
    assert plan.tasks()[0].text.endswith("不再逐项列出。")
    assert any("line 4" in n.text and "text of the task above" in n.text for n in plan.readings)


def test_one_run_in_paragraph_naming_no_unit_among_annotated_task_paragraphs_is_a_task_naming_none():
    """Among three unnumbered run-in task paragraphs one closed by no annotation (培训。…。) is shaped as its siblings:
    a task whose units were left off, as one bare bullet in a run of three is; the reading notes say so."""
    plan = _one(
        "某区档案馆2027年工作要点\n"
        "一、档案资源建设\n"
        "加强档案接收。接收进馆档案2万卷。【牵头单位：接收征集科】\n"
        "开展业务培训。举办档案业务培训班3期。\n"
        "推进档案数字化。完成馆藏档案数字化10万画幅。【牵头单位：技术保护科；配合单位：办公室】\n")
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "加强档案接收", [("接收征集科", L)]), (2, "开展业务培训", []),
        (3, "推进档案数字化", [("技术保护科", L), ("办公室", S)])]
    assert any("line 4" in n.text and "task naming no unit" in n.text for n in plan.readings)


def test_two_run_in_paragraphs_naming_no_unit_among_annotated_ones_leave_the_section_its_text_with_a_warning():
    """Two run-in paragraphs naming no unit between annotated ones: tasks or the heading's own points, the reader cannot
    tell; the heading stays the task with the paragraphs its text, as before, and a warning says so."""
    plan = _one(
        "某区档案馆2027年工作要点\n"
        "一、档案资源建设\n"
        "加强档案接收。接收进馆档案2万卷。【牵头单位：接收征集科】\n"
        "开展业务培训。举办档案业务培训班3期。\n"
        "规范库房管理。每月检查库房温湿度。\n"
        "推进档案数字化。完成馆藏档案数字化10万画幅。【牵头单位：技术保护科】\n"
        "强化档案利用。全年接待查档5000人次。【牵头单位：利用服务科】\n")
    assert [t.title for t in plan.tasks()] == ["档案资源建设"]
    assert any("run-in paragraphs naming no unit" in w for w in plan.warnings)


def test_a_project_sheets_fields_name_the_project_and_its_units_beside_a_leader():
    """1.项目名称：X / 建设内容：… / 总投资：… / 责任单位：县水利局责任领导：赵某某: the project is the task's heading (not
    its label, nor its next field run on), and a leader's label glued to the unit's name starts the person's clause."""
    plan = _one(
        "某县2025年重大项目推进计划\n"
        "一、产业项目\n"
        "1.项目名称：新材料产业园项目\n"
        "建设内容：新建厂房5万平方米。\n"
        "总投资：8亿元\n"
        "责任单位：县工业和信息化局、县自然资源局\n"
        "2.项目名称：河道综合治理工程\n"
        "建设内容：治理河道10公里。\n"
        "责任单位：县水利局责任领导：赵某某\n"
        "3.项目名称：供水工程\n"
        "责任单位：县水利局包联领导：钱某某\n")
    assert [(t.title, _units(t)) for t in plan.tasks()] == [
        ("新材料产业园项目", [("县工业和信息化局", R), ("县自然资源局", R)]), ("河道综合治理工程", [("县水利局", R)]),
        ("供水工程", [("县水利局", R)])]


@pytest.mark.parametrize("label", ["督办事项", "督办内容", "工作任务", "督办事项名称"])
def test_a_supervision_lists_field_label_naming_the_matter_is_no_word_of_its_title(label):
    """1.督办事项：X / 承办单位：… / 协办单位：…: a 督办清单 opens each matter with the label of the field naming it, as a
    project sheet opens with 项目名称：; the matter is the task's heading, not its label."""
    plan = _one(
        "某市政府督查室督办事项清单\n"
        "一、督办事项\n"
        f"1.{label}：推进甲项目建设。\n"
        "承办单位：市甲局\n"
        "协办单位：市乙局\n"
        f"2.{label}:改造乙片区管网。\n"
        "承办单位：市丙局\n")
    assert [(t.title, _units(t)) for t in plan.tasks()] == [
        ("推进甲项目建设", [("市甲局", R), ("市乙局", S)]), ("改造乙片区管网", [("市丙局", R)])]


@pytest.mark.parametrize("first, second", [("一", "二"), ("1", "2")])
def test_matters_numbered_inside_their_label_leave_the_addressees_and_lead_in_above_them(first, second):
    """各县（市、区）人民政府： / 现将有关督办事项通知如下： / 督办事项一：X / 承办单位：…: a 督办通知 printing no number
    numbers its matters in the label; the lines ending in ： above the first are the notice's, no words of its title,
    and the numbered label is no word of any title."""
    plan = _one(
        "某市政府督查室关于督办有关事项的通知\n"
        "各县（市、区）人民政府，市政府各部门：\n"
        "　　现将有关督办事项通知如下：\n"
        f"　　督办事项{first}：推进甲项目建设。\n"
        "　　承办单位：市甲局（牵头）、市乙局\n"
        f"　　督办事项{second}：改造乙片区管网。\n"
        "　　承办单位：市丙局\n")
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "推进甲项目建设", [("市甲局", L), ("市乙局", R)]), (2, "改造乙片区管网", [("市丙局", R)])]


@pytest.mark.parametrize("closing", ["整改保障", "强化整改保障", "保障要求", "推进保障"])
def test_a_rectification_plans_closing_safeguards_are_its_text(closing):
    """An 整改方案 closes with 整改保障 / 保障要求 items naming no unit: how it is carried out, not tasks."""
    plan = _one(
        "某市督察反馈意见整改方案\n"
        "一、整改任务\n"
        "（一）整治黑臭水体。（市生态环境局牵头）\n"
        "（二）治理扬尘污染。（市住房城乡建设局负责）\n"
        f"二、{closing}\n"
        "（三）加强组织领导。成立整改工作专班。\n"
        "（四）严格督查问责。定期通报进展。\n")
    assert [t.number for t in plan.tasks()] == [1, 2]


def test_a_responsible_label_line_under_a_lead_label_line_keeps_its_role_under_the_first_listed_rule():
    """A task closed by label lines, 牵头单位：X then 责任单位：A，B on the next line, names its lead itself: under a
    "列第一位的为牵头单位，其他单位为配合单位，下同" rule the 责任单位 list still answers beside that lead, as the same two labels
    inside one bracket do (before: the rule made A a second lead and B support). A bare list later still takes the rule."""
    plan = parse_text(
        "某市2030年工作要点\n一、重点任务\n"
        "1.调整名单。（市甲办牵头，各县（市、区）甲办落实。列第一位的为牵头单位，其他单位为配合单位，下同）\n"
        "2.推进幸福河湖建设。建成幸福河湖9条。\n牵头单位：市甲办\n责任单位：市乙局，有关县（市、区）人民政府\n"
        "3.推进河湖清四乱。（市乙局、市丙局）\n", "p.txt")[0]
    tasks = plan.tasks()
    assert _units(tasks[1]) == [("市甲办", L), ("市乙局", R), ("有关县（市、区）人民政府", R)]
    assert _units(tasks[2]) == [("市乙局", L), ("市丙局", S)]


def test_a_support_label_after_a_wide_space_on_the_list_line_leaves_the_list_to_the_rule():
    """承办单位：A、B　　协办单位：C on one line, under "排在第一位的为牵头承办单位…下同": the 协办单位： after the gap is
    the next label, not the verb 协办 closing the list; the rule reads A、B (A leads), C supports."""
    plan = parse_text(
        "某市督办事项清单\n　　承办单位为两个及以上的，排在第一位的为牵头承办单位，其他承办单位按职责分工负责，下同。\n"
        "一、批示事项\n　　1.关于加强校园周边交通秩序管理的批示\n　　承办单位：市甲局、市乙局　　协办单位：市丙局\n"
        "　　办结时限：2030年9月1日前\n", "p.txt")[0]
    assert _units(plan.tasks()[0]) == [("市甲局", L), ("市乙局", R), ("市丙局", S)]


def test_an_item_that_is_one_sentence_names_its_units_in_it_and_keeps_them_in_its_heading():
    """Minutes and 分工 lists write an item as one sentence naming who acts: 区甲局负责做好… (the body the subject of
    负责), or …，由X牵头，Y配合，6月10日前完成… (the units' clauses in the run, what they do after them). The units are
    read and the heading keeps the whole sentence (before: nothing was read, or the heading stopped at 由)."""
    plan = parse_text(
        "某区专题会议纪要\n一、关于征收补偿\n1.区甲局负责组织律师全程参与签约工作，提供法律咨询服务。\n"
        "2.对片区内无证建筑，由区乙局牵头，区丙局、区丁局配合，6月10日前完成认定工作。\n"
        "3.县委戊部：负责组织指导宣传教育工作。\n", "p.txt")[0]
    tasks = plan.tasks()
    assert [t.title for t in tasks[:2]] == ["区甲局负责组织律师全程参与签约工作，提供法律咨询服务",
                                            "对片区内无证建筑，由区乙局牵头，区丙局、区丁局配合，6月10日前完成认定工作"]
    assert _units(tasks[0]) == [("区甲局", R)]
    assert _units(tasks[1]) == [("区乙局", L), ("区丙局", S), ("区丁局", S)]


def test_minutes_are_titled_by_their_title_and_name_units_parted_by_ascii_commas():
    """A meeting's minutes (…专题会议纪要) title themselves over two lines like a plan; their agreed items name who
    acts in a 由 sentence whose list of partners a copy may part with ASCII commas (市乙局,市丙委配合): one list."""
    plan = parse_text(
        "某区人民政府专题会议纪要\n第12期\n\n关于某片区城市更新项目征收拆迁\n和安置房建设推进工作的专题会议纪要\n\n"
        "一、关于食品安全。由市甲局牵头，市乙局,市丙委配合,开展校园食品安全专项整治,7月底前完成。\n"
        "二、关于稳就业。由市丁局负责，市戊局配合，组织开展就业服务行动。\n", "p.txt")[0]
    assert plan.title == "关于某片区城市更新项目征收拆迁和安置房建设推进工作的专题会议纪要"
    assert _units(plan.tasks()[0]) == [("市甲局", L), ("市乙局", S), ("市丙委", S)]
    assert _units(plan.tasks()[1]) == [("市丁局", R), ("市戊局", S)]


@pytest.mark.parametrize("first, second, third", [
    ("01 总体要求", "02 重点任务", "03 保障措施"),
    ("01\n总体要求", "02\n重点任务", "03\n保障措施"),
    ("01\n总体要求", "02丨重点任务", "03 | 保障措施"),
])
def test_sections_numbered_01_02_03_as_new_media_reposts_number_them(first, second, third):
    """公众号 and other new-media reposts number a plan's sections 01, 02, 03, alone on a line over the name or before
    it: they are the plan's sections as 一、 二、 三、 are (no page numbers, no title), the 1. items under them the tasks,
    the 保障措施 items naming no unit its text."""
    plan = _one(
        "某县文旅融合发展行动方案\n"
        f"{first}\n"
        "到2027年，全县年接待游客突破1000万人次。\n"
        f"{second}\n"
        "1.打造文旅品牌。编制品牌形象手册。（县文化和旅游局牵头，县委宣传部配合）\n"
        "2.完善景区设施。新建停车位500个。（县交通运输局负责，各乡镇人民政府落实）\n"
        f"{third}\n"
        "（一）加强组织领导。建立工作推进机制。\n"
        "（二）强化要素保障。统筹整合各类资金。\n")
    assert plan.title == "某县文旅融合发展行动方案"
    assert [(s.number, s.title) for s in plan.sections] == [("01", "总体要求"), ("02", "重点任务"), ("03", "保障措施")]
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "打造文旅品牌", [("县文化和旅游局", L), ("县委宣传部", S)]),
        (2, "完善景区设施", [("县交通运输局", R), ("各乡镇人民政府", "implement")])]


def test_zero_padded_numbers_that_do_not_run_as_headings_stay_text():
    """A line opening with a zero-padded figure (05 号楼…, a sentence) or a lone 01 numbers no section."""
    plan = _one(
        "某县老旧小区改造工作方案\n"
        "一、改造任务\n"
        "1.改造供水管网。更新管网12公里。（县住房城乡建设局负责）\n"
        "05 号楼外墙改造于6月完成，03 号楼同步推进。\n"
        "2.改造供电线路。（国网某县供电公司负责）\n")
    assert [(s.number, s.title) for s in plan.sections] == [("一", "改造任务")]
    assert [t.number for t in plan.tasks()] == [1, 2]
    assert "05 号楼外墙改造" in plan.tasks()[0].text


def test_task_numbers_01_02_03_of_a_designed_task_book_are_task_labels():
    """A 任务书 copied from a designed PDF or long image numbers its tasks 01 02 03 with no stop, a space after the number
    or the text on the next line, under ■ group headings: the numbers are the tasks' labels, each task its own units."""
    plan = _one(
        "某县2025年重点工作任务书\n"
        "■ 稳增长\n"
        "01 新建标准厂房20万平方米，工业投资增长8%。\n"
        "【责任单位】县工信局、县住建局　【完成时限】2025年12月\n"
        "02\n"
        "培育专精特新企业12家，新增规上企业30家。\n"
        "【责任单位】县科技局　【完成时限】2025年11月\n"
        "■ 惠民生\n"
        "03 新增城镇就业6000人，零就业家庭动态清零。\n"
        "【责任单位】县人社局、县总工会　【完成时限】全年\n")
    assert [(t.number, t.label, t.title) for t in plan.tasks()] == [
        (1, "01", "新建标准厂房20万平方米，工业投资增长8%"), (2, "02", "培育专精特新企业12家，新增规上企业30家"),
        (3, "03", "新增城镇就业6000人，零就业家庭动态清零")]
    assert [_units(t) for t in plan.tasks()] == [
        [("县工信局", R), ("县住建局", R)], [("县科技局", R)], [("县人社局", R), ("县总工会", R)]]


def test_zero_padded_task_numbers_run_on_past_09_even_alone_on_their_line():
    """After 09 the run goes on 10, 11 without a leading zero; a number alone on its line is no page number."""
    works = ["改造供水管网", "更新路灯", "整治背街小巷", "新建口袋公园", "修缮老旧院落", "增设停车泊位",
             "疏通排水沟渠", "加装电梯", "治理违章搭建"]
    tasks = "".join(f"0{n} {work}{n * 3}处，年内完工。\n【责任单位】县住建局\n" for n, work in enumerate(works, 1))
    plan = _one("某县城市更新任务书\n" + tasks + "10\n完成雨污分流改造，验收合格。\n【责任单位】县城管局\n"
                "11 建成智慧停车平台，全县联网。\n【责任单位】县水务局\n")
    assert [(t.number, t.label) for t in plan.tasks()][-3:] == [(9, "09"), (10, "10"), (11, "11")]
    assert [_units(t) for t in plan.tasks()[-2:]] == [[("县城管局", R)], [("县水务局", R)]]


def test_zero_padded_titles_under_cn_headings_are_tasks_numbered_on_through_the_sections():
    """A 公众号 plan numbers its tasks 01 02 … under its 一、 headings, each number before a short title with no stop,
    its sentence in the paragraph below, the run going on across the headings and through a sign before one number
    (✅ 03): the tasks, not sections or parts over the 一、 headings (before: three sections 01 02 03, 二、 a task)."""
    plan = _one(
        "某县2030年民生重点工作任务\n"
        "一、城市更新\n"
        "01 改造老旧小区\n"
        "完成12个小区综合改造。\n"
        "责任单位：县甲局\n"
        "02 建设口袋公园\n"
        "新建公园5个。\n"
        "责任单位：县乙局\n"
        "二、公共服务\n"
        "✅ 03 扩大学位供给\n"
        "新增学位800个。\n"
        "责任单位：县丙局\n")
    assert [(s.number, s.title) for s in plan.sections] == [("一", "城市更新"), ("二", "公共服务")]
    assert [(t.number, t.label, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "01", "改造老旧小区", [("县甲局", R)]), (2, "02", "建设口袋公园", [("县乙局", R)]),
        (3, "✅ 03", "扩大学位供给", [("县丙局", R)])]


def test_zero_padded_titles_running_past_09_are_tasks_without_cn_headings():
    """An 一图读懂 page numbers its tasks 01 … 09 10 11 before short titles with no stop, a unit line under each, under
    panel headings rather than 一、: the run past 09 is a list of tasks, not sections (before: 01–09 sections, 10 and
    11 text, their units piled onto 09)."""
    works = ["编制网点规划", "落实社区配套", "建设智慧平台", "培育连锁品牌", "发展夜间经济", "完善快递网点",
             "推广便民服务", "建设社区食堂", "改造农贸市场"]
    tasks = "".join(f"0{n} {work}\n牵头：县甲局\n" for n, work in enumerate(works, 1))
    plan = _one("某县便民生活圈行动方案\n" + tasks + "10 规范早餐网点\n牵头：县乙局\n配合：县丙局\n"
                "11 提升家政服务\n牵头：县丁局\n")
    assert [(t.number, t.label, t.title) for t in plan.tasks()][-3:] == [
        (9, "09", "改造农贸市场"), (10, "10", "规范早餐网点"), (11, "11", "提升家政服务")]
    assert [_units(t) for t in plan.tasks()[-3:]] == [[("县甲局", L)], [("县乙局", L), ("县丙局", S)], [("县丁局", L)]]


def test_zero_padded_numbers_alone_over_titles_under_a_cn_heading_are_tasks():
    """An image-text copy sets a task's number alone on its line, its short title on the next, under a 一、 heading:
    two such numbers in order are the tasks' labels (before: no task, the heading carrying every unit)."""
    plan = _one(
        "某县便民生活圈行动方案\n"
        "一、重点任务\n"
        "01\n"
        "编制网点规划\n"
        "牵头：县甲局\n"
        "02\n"
        "落实社区配套\n"
        "牵头：县乙局\n")
    assert [(t.number, t.label, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "01", "编制网点规划", [("县甲局", L)]), (2, "02", "落实社区配套", [("县乙局", L)])]


def test_keycap_emoji_number_the_items_of_a_new_media_copy():
    """A 公众号 numbers its items with keycap emoji: 1️⃣ (digit, U+FE0F, U+20E3), 🔟 (one symbol) for ten, two keycaps
    side by side past it (1️⃣1️⃣); no stop after them. They are the 1. labels (before: unnumbered tasks 1, 2, 3, the
    emoji in their titles)."""
    plan = _one(
        "某乡2030年重点工作安排\n"
        "一、重点工作\n"
        "1️⃣ 整治村容村貌。清理沟渠20公里。\n"
        "责任单位：乡甲办\n"
        "🔟 修缮乡村道路。硬化道路8公里。\n"
        "责任单位：乡乙站\n"
        "1️⃣1️⃣ 扩大就业岗位。新增岗位120个。\n"
        "责任单位：乡丙所\n")
    assert [(t.number, t.label, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "1️⃣", "整治村容村貌", [("乡甲办", R)]), (10, "🔟", "修缮乡村道路", [("乡乙站", R)]),
        (11, "1️⃣1️⃣", "扩大就业岗位", [("乡丙所", R)])]


def test_a_numeral_alone_in_square_brackets_heads_a_section():
    """【二】全面从严治党: a 公众号 sets a section's numeral alone in 【】 with its title after the bracket (not
    【二、全面从严治党】): the 一、 level (before: no section, 【二】 glued to the unit line above it)."""
    plan = _one(
        "某乡2030年重点工作安排\n"
        "【一】产业发展\n"
        "1. 培育特色种植。新增基地300亩。\n"
        "责任单位：乡甲站\n"
        "【二】 党的建设\n"
        "2. 加强阵地建设。改造党群服务中心2个。\n"
        "责任单位：乡乙办\n")
    assert [(s.number, s.label, s.title, [t.number for t in s.tasks]) for s in plan.sections] == [
        ("一", "【一】", "产业发展", [1]), ("二", "【二】", "党的建设", [2])]
    assert [_units(t) for t in plan.tasks()] == [[("乡甲站", R)], [("乡乙办", R)]]


def test_a_new_media_copys_furniture_after_a_unit_line_is_no_part_of_its_last_name():
    """Between items a 公众号 sets a separator of symbols alone (┈┈┈ / 〰️〰️〰️ / ✨✨✨), a picture's placeholder with its
    caption ([图片] / ▲ …) and a group head behind an emoji (📌民生篇): the unit line above has no stop, yet none runs
    on into it (before: 乡丙所[图片]▲ 某乡茶园 one name, 乡丁站┈┈┈┈ another)."""
    plan = _one(
        "某乡2030年重点工作安排\n"
        "一、重点工作\n"
        "1. 整治村容村貌。清理沟渠20公里。\n"
        "责任单位：乡甲办、乡丙所\n"
        "[图片]\n"
        "▲ 某乡茶园（乡甲办供图）\n"
        "📌民生篇\n"
        "2. 扩大就业岗位。新增岗位120个。\n"
        "责任单位：乡丁站\n"
        "┈┈┈┈┈┈┈┈\n"
        "3. 修缮乡村道路。硬化道路8公里。\n"
        "责任单位：乡戊所\n"
        "〰️〰️〰️〰️\n"
        "二、保障措施\n")
    assert [_units(t) for t in plan.tasks()] == [[("乡甲办", R), ("乡丙所", R)], [("乡丁站", R)], [("乡戊所", R)]]


def test_an_article_split_among_units_in_a_division_of_work_makes_its_sub_points_the_tasks():
    """A 责任分工方案 gives one article of a set of measures to several leads: 第二条 naming no unit over 1. 2. each
    closed by its own label lines. The sub-points are the tasks; a run-in article with its own units stays one."""
    text = (
        "某省安全生产若干措施{kind}\n"
        "第一条　压实地方领导责任。各级政府主要负责人是第一责任人。\n"
        "牵头单位：省应急管理厅\n"
        "第二条　严格部门监管责任。\n"
        "1.修订成员单位安全生产职责。\n"
        "牵头单位：省安委办　　责任单位：省安委会各成员单位\n"
        "2.厘清新兴行业监管职责。\n"
        "牵头单位：省委编办\n")
    plan = _one(text.format(kind="责任分工方案"))
    assert [(t.label, t.title, _units(t)) for t in plan.tasks()] == [
        ("第一条", "压实地方领导责任", [("省应急管理厅", L)]),
        ("1.", "修订成员单位安全生产职责", [("省安委办", L), ("省安委会各成员单位", R)]),
        ("2.", "厘清新兴行业监管职责", [("省委编办", L)])]
    # the measures themselves: the article is the measure, its parts' units its own (the set's convention)
    plan = _one(text.format(kind=""))
    assert [(t.label, t.title, _units(t)) for t in plan.tasks()] == [
        ("第一条", "压实地方领导责任", [("省应急管理厅", L)]),
        ("第二条", "严格部门监管责任", [("省安委办", L), ("省安委会各成员单位", R), ("省委编办", L)])]


@pytest.mark.parametrize("heading", ["安排原则", "资金安排原则", "分配原则", "项目遴选原则"])
def test_a_funds_plans_principles_of_sharing_out_its_money_are_no_tasks(heading):
    """A funds or project plan states how it shares its money out (二、安排原则 / 分配原则 （一）聚焦重点。…) before the
    projects: principles naming no unit, text as 基本原则 is, not tasks."""
    plan = _one(
        "某县2025年衔接资金项目年度计划\n"
        f"一、{heading}\n"
        "（一）聚焦重点。衔接资金重点支持脱贫村。\n"
        "（二）突出产业。产业项目比例不低于60%。\n"
        "二、重点项目\n"
        "（三）建设茶园基地。改造低产茶园300亩。（县农业农村局负责）\n")
    assert [(t.label, t.title) for t in plan.tasks()] == [("（三）", "建设茶园基地")]


def test_the_last_tasks_parts_on_lines_of_their_own_closed_by_its_units_stay_the_tasks():
    """（二）完善信用修复机制。 / 一是…； / 二是…。（X负责，Y配合） closing a section: the parts are the last task's sentences,
    the units on the last part's line its units, not the plan's closing words."""
    plan = _one(
        "某区促进民营经济发展实施方案\n"
        "一、优化发展环境\n"
        "（一）规范涉企收费。\n"
        "一是开展涉企违规收费专项整治；\n"
        "二是建立涉企收费目录清单制度。（区市场监管局牵头，区财政局配合）\n"
        "（二）完善信用修复机制。\n"
        "一是推行信用修复“一网通办”；\n"
        "二是落实以专项信用报告替代证明制度。（区发展改革局负责，区市场监管局配合）\n")
    assert [(t.label, _units(t)) for t in plan.tasks()] == [
        ("（一）", [("区市场监管局", L), ("区财政局", S)]), ("（二）", [("区发展改革局", R), ("区市场监管局", S)])]
    assert plan.closing == ""


def test_ocr_spaces_inside_a_task_number_and_markdown_emphasis_leave_the_outline():
    """OCR of a scan sets a space between a number's digits (1 1 .); a converter writes a Word document's bold
    headings with Markdown marks (**四、工作要求**, ## 二、…). The number is the task's, the marked heading a section
    like any other (before: task 11 ran into 10, and the closing section's items were read as tasks)."""
    plan = parse_text(
        "某县建设实施方案\n## 一、重点任务\n10.落实配建要求。严格把关。（县甲局负责）\n"
        "1 1 .规范服务。不得阻挠。（县甲局负责，县乙局配合）\n12.探索统建统营。开展试点。（县丙集团负责）\n"
        "**二、工作要求**\n（一）加强领导。各单位要高度重视。\n（二）强化督查。定期通报进展。\n", "p.txt")[0]
    assert [s.title for s in plan.sections] == ["重点任务", "工作要求"]
    assert [(t.number, _units(t)) for t in plan.tasks()] == [
        (10, [("县甲局", R)]), (11, [("县甲局", R), ("县乙局", S)]), (12, [("县丙集团", R)])]


def test_a_working_groups_duties_label_and_a_duty_opening_with_with_keep_the_groups_units():
    """Event and epidemic plans set each 工作组 as its heading, 牵头单位 / 成员单位 lines, then 主要职责： on a line of its
    own over the numbered duties: the label is a field of the heading, whose units cover the duties. A duty opening
    会同区X局… names a partner after its verb (会同区 is no place), not units of its own."""
    plan = parse_text(
        "某区保障工作方案\n一、工作组及职责\n（一）医疗救治组\n牵头单位：区甲局\n成员单位：区乙院、区丙站\n主要职责：\n"
        "1.设置医疗站点，配备医护人员。\n2.负责伤病员转运。\n（二）食品安全组\n牵头单位：区丁局\n成员单位：区甲局、区戊局\n"
        "1.负责餐饮单位食品安全检查。\n2.会同区甲局做好食源性疾病调查处置。\n", "p.txt")[0]
    first = [("区甲局", L), ("区乙院", S), ("区丙站", S)]
    second = [("区丁局", L), ("区甲局", S), ("区戊局", S)]
    assert [_units(t) for t in plan.tasks()] == [first, first, second, second]


def test_a_leaders_portfolio_or_duty_list_label_keeps_the_blocks_units_over_its_duties():
    """A 一岗双责 责任清单 heads each leader's block with the post and name, then 分管领域：… (or 责任事项：) beside the
    责任单位： line, then the numbered duties naming no unit: the field lines are the block's own, so its units cover the
    duties. The offices a portfolio says the leader keeps in touch with (联系X、Y) are not the duties' units."""
    plan = parse_text(
        "某县政府领导班子成员安全生产责任清单\n一、责任清单\n（一）副县长　甲某\n分管领域：负责开发区工作；联系县丙局、县丁局。\n"
        "责任单位：县甲管委会、县乙局\n1.督促开发区落实封闭化管理。\n2.组织开展标准化建设（县戊大队配合）。\n"
        "（二）副县长　乙某\n责任单位：县己局\n责任事项：\n3.组织开展施工安全专项治理。\n"
        "（三）副县长　丙某\n分管领域：负责交通工作；联系县庚局。\n4.督促落实道路安全管理。\n", "p.txt")[0]
    block = [("县甲管委会", R), ("县乙局", R)]
    assert [_units(t) for t in plan.tasks()] == [block, [("县戊大队", S)] + block, [("县己局", R)], []]


def test_labels_justified_letter_by_letter_and_scoped_by_place_are_labels():
    """A project sheet justifies its labels to one width (责 任 单 位：, 包 联 领 导：) and splits the bodies answering
    for a project into the county's departments and the towns where the work is (县直责任单位 / 属地责任单位): the
    labels are the words they spell, the scope changes nothing about the role."""
    plan = parse_text(
        "某县2030年重点项目责任分解方案\n一、重点项目\n1.项目名称：污水处理厂提标改造工程\n建设内容：扩容2万吨/日。\n"
        "包 联 领 导：王某\n责 任 单 位：县甲局\n配 合 单 位：县乙局、县丙局\n2.项目名称：国道改线工程\n"
        "建设内容：新建一级公路20公里。\n包联领导：赵某\n县直责任单位：县丁局\n属地责任单位：某某镇人民政府\n配合单位：县戊局\n",
        "p.txt")[0]
    assert [_units(t) for t in plan.tasks()] == [
        [("县甲局", R), ("县乙局", S), ("县丙局", S)], [("县丁局", R), ("某某镇人民政府", R), ("县戊局", S)]]


def test_lines_set_with_a_space_after_every_character_are_the_words_they_spell():
    """A justified PDF's text layer gives distributed-aligned lines with one space after every character: a bracket
    closing a paragraph (（ 甲 县 委 、 县 乙 办 牵 头 ， 县 丙 局 配 合 ）), two labels on one line with ASCII : and ;, and a
    label line whose list wraps inside a name (… 各 村 / 民 委 员 会). Each such line is closed up: the units are read,
    each spelled once, without the spaces."""
    plan = parse_text(
        "某县2030年环境整治实施方案\n一 、 主 要 任 务\n"
        "　　1.开展志愿服务。组建志愿服务队，开展入户宣传。\n（ 甲 县 委 、 县 乙 办 牵 头 ， 县 丙 局 配 合 ）\n"
        "　　2.保障经费投入。统筹安排运营经费。\n牵 头 单 位 : 县 丁 局 ; 配 合 单 位 : 县 戊 局 、 县 己 局\n"
        "　　3.推动公共机构带头。率先实行强制分类。\n牵 头 单 位 ： 县 机 关 事 务 中 心\n"
        "配 合 单 位 ： 县 庚 局 、 各 村\n民 委 员 会\n", "p.txt")[0]
    assert [t.title for t in plan.tasks()] == ["开展志愿服务", "保障经费投入", "推动公共机构带头"]
    assert [_units(t) for t in plan.tasks()] == [
        [("甲县委", L), ("县乙办", L), ("县丙局", S)], [("县丁局", L), ("县戊局", S), ("县己局", S)],
        [("县机关事务中心", L), ("县庚局", S), ("各村民委员会", S)]]


def test_a_numbered_tasks_title_stretched_by_justification_is_closed_up():
    """Plain pdftotext writes a justified line's stretch as spaces between its characters, one by one or in pairs,
    after the task's number label too (1. 加 快 岸 电 建 设 。 / 2. 推广 新能 源清 洁能 源船 舶。): the title is closed up,
    while a space beside a Latin word or a number (推进 LNG, 到 2027 年) and a list of bodies stay as written."""
    plan = parse_text(
        "某县2030年绿色航运实施方案\n一、推动绿色转型\n"
        "1. 加 快 岸 电 建 设 。 完善码头岸电设施。（牵头单位：县交通局；责任单位：县供电公司）\n"
        "2. 推广 新能 源清 洁能 源船 舶。 推进 LNG、电动船舶示范应用。（牵头单位：县交通局；责任单位：县能源办）\n"
        "3. 到 2027 年 建 成 码 头。 新建码头两座。（县港航中心负责）\n", "p.txt")[0]
    assert [t.title for t in plan.tasks()] == ["加快岸电建设", "推广新能源清洁能源船舶", "到 2027 年 建 成 码 头"]
    assert [_units(t) for t in plan.tasks()] == [
        [("县交通局", L), ("县供电公司", R)], [("县交通局", L), ("县能源办", R)], [("县港航中心", R)]]
    from generator.source.plain_words import plain_words

    assert plain_words("1. 团县委 县妇联 县科协。") == "1. 团县委 县妇联 县科协。"


@pytest.mark.parametrize("line, closed", [
    ("1. 张三 李四 王五。", "1. 张三 李四 王五。"), ("2. 东关 西关 南关 北关。", "2. 东关 西关 南关 北关。"),
    ("3. 加 强 社 会 保 障。", "3. 加强社会保障。"), ("4. 加 强 基 层 党 组 织 建 设。", "4. 加强基层党组织建设。")])
def test_a_stretched_title_has_a_lone_character_and_a_lone_character_names_no_body(line, closed):
    """A justified line's stretch rounds unevenly, leaving some single characters; a title parted only into words of
    two characters (people's names, places) is a writer's list and stays as written. A single character (社, 会, 组)
    is no body's name, so it does not stop a stretched title being closed up (review AE)."""
    from generator.source.plain_words import plain_words

    assert plain_words(line) == closed


@pytest.mark.parametrize("line", ["序 号 工 作 任 务 牵 头 单 位 完 成 时 限", "第 3 页 共 7 页", "县甲局 ● ○ ●", "甲 乙 丙  丁 戊"])
def test_spaced_lines_without_punctuation_or_not_spaced_throughout_stay_as_written(line):
    """Only a line spaced throughout and holding punctuation is prose to close up: a table's letter-spaced header is
    parted into its columns by the table reader, a spaced footer is furniture, marks beside a name are cells."""
    from generator.source.plain_words import plain_words

    assert plain_words(line) == line


def test_letter_spaced_headings_run_on_inside_a_line_that_lost_its_breaks_are_closed_up():
    """A PDF's letter-spaced headings (二 、 主 要 任 务 / （ 一 ） 完 善 收 运 体 系) on a page that lost its line breaks
    stand between the paragraphs inside one long line; each run of single characters and spaces holding a mark is
    closed up, so its label starts its section or group; a spaced run with no mark (a title) stays as written."""
    from generator.source.plain_words import plain_words

    text = ("某县2030年农村垃圾治理实施方案为改善农村人居环境，结合我县实际，制定本方案。一 、 总 体 要 求（一）工作目标。到2030年底，"
            "农村生活垃圾收运处置体系覆盖所有行政村。二 、 主 要 任 务（ 一 ） 完 善 收 运 体 系1.配齐收集设施。每个自然村配置分类垃圾桶。"
            "（县甲局牵头，各乡镇人民政府落实）2.建设转运站。新建乡镇转运站5座。（县乙局负责）（ 二 ） 加 强 宣 传 引 导"
            "3.开展入户宣传。组织志愿者入户宣传分类知识。（县丙局牵头，县丁局配合）三 、 保 障 措 施（一）加强组织领导。成立工作专班。\n")
    plan = parse_text(text, "p.txt")[0]
    assert [(s.title, [g.title for g in s.groups]) for s in plan.sections] == [
        ("总体要求", []), ("主要任务", ["完善收运体系", "加强宣传引导"]), ("保障措施", [])]
    assert [(t.title, _units(t)) for t in plan.tasks()] == [
        ("配齐收集设施", [("县甲局", L), ("各乡镇人民政府", I)]), ("建设转运站", [("县乙局", R)]),
        ("开展入户宣传", [("县丙局", L), ("县丁局", S)])]
    title = "关 于 印 发 某 县 垃 圾 治 理 方 案 的 通 知" + "为改善农村人居环境，结合我县实际，制定本方案。" * 10
    assert plain_words(title) == title


def test_a_responsibility_documents_signing_party_answers_for_its_targets():
    """A 目标管理责任书 names its parties at the head (甲方 sets the targets, 乙方 signs for them) and lists each target
    with the department scoring it (考核单位: no unit doing the work, as a 考核部门 column is not); every target naming
    is 乙方's, and the reading report says so: also a target naming a county department doing a part beside it (县农业
    农村局负责技术指导), while one naming 乙方 itself keeps that one mention. Without both parties named no target is
    given."""
    text = ("某县2030年度乡镇目标管理\n责任书\n\n甲方：某县人民政府\n乙方：某某镇人民政府\n\n一、经济发展（30分）\n"
            "1.地区生产总值增长6.5%左右。（5分）\n考核单位：县统计局\n责任人：镇长\n"
            "2.新建高标准农田1万亩。（4分）\n考核单位：县农业农村局\n"
            "3.推广大豆玉米带状复合种植0.2万亩。（县农业农村局负责技术指导）\n"
            "4.完成撂荒地整治。（某某镇人民政府牵头）\n")
    plan = parse_text(text, "p.txt")[0]
    assert [_units(t) for t in plan.tasks()] == [
        [("某某镇人民政府", R)], [("某某镇人民政府", R)], [("县农业农村局", R), ("某某镇人民政府", R)],
        [("某某镇人民政府", "lead")]]
    assert any("乙方" in r.text for r in plan.readings)
    alone = parse_text(text.replace("甲方：某县人民政府\n", ""), "p.txt")[0]
    assert [_units(t) for t in alone.tasks()][:2] == [[], []]


def test_each_party_of_an_agreement_answers_for_the_clauses_it_opens():
    """A 战略合作框架协议 defines 甲方 and 乙方 as a 责任书 does, but neither signs for every item: the party word opening
    a clause is its body (甲方负责… X, 乙方负责… Y, 双方共同… both); a party the clause does not open (向甲方开放) is none."""
    text = ("某市人民政府　某大学战略合作框架协议\n甲方：某市人民政府\n乙方：某大学\n第一条　双方职责\n"
            "（一）保障用地。甲方负责提供研究院建设用地。\n"
            "（二）共建实验室。双方共同建设重点实验室2个。\n"
            "（三）选派团队。乙方负责组建研究院科研团队。\n"
            "（四）开放设备。向甲方开放大型科研仪器。\n")
    plan = parse_text(text, "p.txt")[0]
    assert [_units(t) for t in plan.tasks()] == [
        [("某市人民政府", R)], [("某市人民政府", R), ("某大学", R)], [("某大学", R)], []]
    signed = parse_text(text.replace("战略合作框架协议", "目标责任书"), "p.txt")[0]
    assert all(("某大学", R) in _units(t) for t in signed.tasks())  # a 责任书: 乙方 bears every target


def test_a_responsibility_document_titled_as_an_agreement_is_one_its_signing_party_bears():
    """目标责任协议书 / 目标管理责任协议 / 包保责任协议: a 责任书 in all but its title's last word (its words before the
    kind mark one): 乙方 signs for every target, as under a 责任书's title; a 合作协议 with the same lines is an
    agreement, each clause its subject's (a target naming neither party nor unit goes to 乙方, see below)."""
    lines = "\n甲方：某县人民政府\n乙方：某某镇人民政府\n一、责任目标\n1.安全事故起数同比下降10%。\n2.甲方负责督导检查。\n"
    for title in ("某县2030年度安全生产目标责任协议书", "某县2030年度综治维稳目标管理责任协议", "某县2030年度森林防火包保责任协议"):
        plan = parse_text(title + lines, "p.txt")[0]
        assert [_units(t) for t in plan.tasks()] == [[("某某镇人民政府", R)], [("某某镇人民政府", R)]], title
    agreement = parse_text("某县人民政府　某某镇人民政府合作协议" + lines, "p.txt")[0]
    assert [_units(t) for t in agreement.tasks()] == [[("某某镇人民政府", R)], [("某县人民政府", R)]]


def test_an_agreements_party_headings_full_names_and_bare_commitments_give_their_party():
    """In an agreement, a heading naming one party's share (一、乙方义务 / 二、甲方义务) gives that party to each item
    under it; a clause opening with a party's full name stands for it as its word does (某大学每年为…培训…); an item
    naming no party word and no unit is 乙方's commitment (项目于2030年建成投产), one naming a party it does not open
    (向乙方提供绿色通道) is not."""
    heads = "某县人民政府　某集团有限公司投资合作协议\n甲方：某县人民政府\n乙方：某集团有限公司\n"
    plan = parse_text(heads + "一、乙方义务\n1.按期完成项目投资5亿元。\n2.依法在本县纳税。\n"
                      "二、甲方义务\n3.提供项目用地200亩。\n4.协调办理项目审批手续。\n", "p.txt")[0]
    assert [_units(t) for t in plan.tasks()] == [[("某集团有限公司", R)]] * 2 + [[("某县人民政府", R)]] * 2
    plain = parse_text(heads + "一、开展人才培养。某集团有限公司每年为本县培训技术工人200人次。\n"
                       "二、项目于2030年6月前建成投产。\n三、项目建设期间向乙方提供政务服务绿色通道。\n", "p.txt")[0]
    assert [_units(t) for t in plain.tasks()] == [[("某集团有限公司", R)], [("某集团有限公司", R)], []]


def test_the_party_after_you_in_an_agreement_is_its_subject_and_no_name():
    """由乙方负责成果转化平台运营 / 甲方设立专项资金，由乙方统筹使用: 由 names the agent, the party word after it stands for
    its body as at a clause's opening; 乙方负责成果转化平台 is no name 负责成果转化平台 (a verb follows the word)."""
    text = ("某县人民政府　某大学合作协议\n甲方：某县人民政府\n乙方：某大学\n一、由乙方负责成果转化平台运营。\n"
            "二、甲方设立专项资金，由乙方统筹使用。\n")
    plan = parse_text(text, "p.txt")[0]
    assert [_units(t) for t in plan.tasks()] == [[("某大学", R)], [("某县人民政府", R), ("某大学", R)]]


def test_a_responsibility_documents_parties_named_in_its_preamble_or_signature_block_bear_its_targets():
    """Many 责任书 name the parties only in the preamble's sentence (X（以下简称甲方）与Y（以下简称乙方）签订本责任书)
    or in the signature block at the end (甲方（盖章）：X　　乙方（盖章）：Y, both on one line): either names 乙方 as a
    head line does, and every target is its. One party named alone gives none."""
    targets = "一、责任目标\n1.耕地保有量不低于4万亩。\n2.粮食播种面积稳定在5万亩以上。\n"
    preamble = ("某县2030年度耕地保护目标责任书\n某县人民政府（以下简称甲方）与某某镇人民政府（以下简称乙方）签订本"
                "责任书。乙方对本责任书所列目标任务负总责。\n" + targets)
    signed = ("某县2030年度耕地保护目标责任书\n" + targets
              + "甲方（盖章）：某县人民政府　　　　乙方（盖章）：某某镇人民政府\n")
    for text in (preamble, signed):
        plan = parse_text(text, "p.txt")[0]
        assert [_units(t) for t in plan.tasks()] == [[("某某镇人民政府", R)], [("某某镇人民政府", R)]]
        assert any("乙方" in r.text for r in plan.readings)
    alone = parse_text(signed.replace("甲方（盖章）：某县人民政府", ""), "p.txt")[0]
    assert [_units(t) for t in alone.tasks()] == [[], []]


def test_a_target_the_signing_party_assists_gives_the_body_it_assists_the_lead():
    """配合县甲局完成… (the party left out as the subject) / 乙方配合县乙局完成…: in a 责任书's target the body assisted
    leads and the signing party supports it (PartyWordStandsForItsBody), not answering for the target alone."""
    text = ("某县2030年度乡镇目标管理责任书\n"
            "某县人民政府（以下简称甲方）与石桥镇人民政府（以下简称乙方）签订本责任书。\n"
            "一、目标任务\n1.农村公路建设。配合县甲局完成县道改造12公里。（考核单位：县甲局）\n"
            "2.教育事业。控辍保学动态清零；乙方配合县乙局完成中心学校综合楼建设。\n")
    plan = parse_text(text, "p.txt")[0]
    assert [_units(t) for t in plan.tasks()] == [[("县甲局", L), ("石桥镇人民政府", S)],
                                                 [("县乙局", L), ("石桥镇人民政府", S)]]


def test_a_lead_named_before_the_signing_partys_own_clause_keeps_its_lead():
    """由县甲局牵头策划宣传，乙方负责活动组织: the sentence reads only with 乙方's body in place, and the body leading in
    it keeps its lead beside the party's share; a body in another sentence is read as the text alone reads it."""
    text = ("某县2030年度乡镇目标管理责任书\n"
            "某县人民政府（以下简称甲方）与石桥镇人民政府（以下简称乙方）签订本责任书。\n"
            "一、目标任务\n1.农文旅融合。办好节会。由县甲局牵头策划宣传，乙方负责活动组织和安全保障。\n"
            "2.高标准农田建设。完成建设0.8万亩。由县乙局牵头组织实施，乙方做好群众协调。\n")
    plan = parse_text(text, "p.txt")[0]
    assert [_units(t) for t in plan.tasks()] == [[("县甲局", L), ("石桥镇人民政府", R)],
                                                 [("县乙局", L), ("石桥镇人民政府", R)]]


def test_the_items_under_a_responsibility_documents_setting_party_heading_are_that_partys():
    """A 责任书 sets out after its targets 甲方's own duties under 二、甲方职责 and 乙方's under 三、乙方职责: an item of
    甲方's part is not the signing party's; 甲方 answers where the item names no one else (甲方负责… / no subject), a
    department it names answers alone."""
    text = ("某县2030年度乡镇目标管理责任书\n"
            "某县人民政府（以下简称甲方）与石桥镇人民政府（以下简称乙方）签订本责任书。\n"
            "一、目标任务\n1.粮食安全。粮食播种面积稳定在3万亩以上。\n"
            "二、甲方职责\n1.统筹指导。甲方负责将年度目标任务分解下达乙方。\n2.督查考核。县政府督查室负责开展季度督查。\n"
            "3.兑现奖励。按时兑现考核奖励。\n"
            "三、乙方职责\n1.压实责任。乙方对本镇年度目标任务负总责。\n")
    plan = parse_text(text, "p.txt")[0]
    assert [_units(t) for t in plan.tasks()] == [
        [("石桥镇人民政府", R)], [("某县人民政府", R)], [("县政府督查室", R)], [("某县人民政府", R)],
        [("石桥镇人民政府", R)]]


def test_a_responsibility_mark_in_an_agreements_subject_does_not_make_it_a_responsibility_document():
    """目标 / 责任 mark an agreement as a 责任书 only right before its kind (森林防火包保责任协议, 安全生产目标责任协议书);
    inside the subject of a partnership (人才培养目标合作框架协议, 履行社会责任合作协议) they do not: its 目标任务 part
    frames the partnership, the 合作内容 items are its work (before: the targets were read as 乙方's tasks)."""
    def titles(title: str) -> list[str]:
        text = (title + "\n甲方：某县人民政府\n乙方：某职业学院\n一、目标任务\n1.共建实训基地3个。\n2.联合培养技术人才50名。\n"
                "二、合作内容\n1.甲方提供实训场地。\n2.乙方选派教师驻点。\n")
        return [t.title for t in parse_text(text, "p.txt")[0].tasks()]
    partnership = ["甲方提供实训场地", "乙方选派教师驻点"]
    assert titles("某县人民政府与某职业学院人才培养目标合作框架协议") == partnership
    assert titles("某县人民政府与某职业学院履行社会责任合作协议") == partnership
    assert titles("某县校地共建目标责任协议书") == ["共建实训基地3个", "联合培养技术人才50名"] + partnership


def test_a_setting_party_heading_ends_at_an_outer_heading_or_an_attachment():
    """（二）甲方职责, the last heading under 二、双方职责: its part ends at 三、专项任务 (a heading of the level above
    it), not only at the next （…） heading, whose items are 乙方's targets again; an attachment's line (附件：…) ends
    it too (before: 甲方's part ran to the document's end, every later item given to 甲方)."""
    head = ("某县2030年度乡镇目标管理责任书\n"
            "某县人民政府（以下简称甲方）与石桥镇人民政府（以下简称乙方）签订本责任书。\n"
            "一、目标任务\n1.粮食播种面积稳定在3万亩。\n")
    outer = parse_text(head + "二、双方职责\n（一）乙方职责\n1.落实属地责任。\n（二）甲方职责\n1.加强督促指导。\n"
                       "三、专项任务\n1.完成人居环境整治村20个。\n2.推进集体经济发展。\n", "p.txt")[0]
    assert [_units(t) for t in outer.tasks()] == [
        [("石桥镇人民政府", R)], [("石桥镇人民政府", R)], [("某县人民政府", R)], [("石桥镇人民政府", R)],
        [("石桥镇人民政府", R)]]
    attached = parse_text(head + "二、甲方职责\n1.加强督促指导。\n附件：考核细则\n1.完成农村改厕300户。\n", "p.txt")[0]
    assert [(t.title, _units(t)) for t in attached.tasks()][1:] == [
        ("加强督促指导", [("某县人民政府", R)]), ("完成农村改厕300户", [("石桥镇人民政府", R)])]


def test_a_party_word_a_responsibility_document_defines_stands_for_its_body_in_the_targets():
    """X（以下简称甲方）与Y（以下简称乙方）签订本责任书, then 乙方会同A、B开展… / 由乙方组织各村（社区）落实: the party word
    stands for the body it defines, so its sentence gives the body its role (会同: it leads, the partners support;
    组织…落实: it answers, the villages implement; 配合Y… with no subject: it supports Y), and the reading report states
    the rule once. A target not naming
    the party keeps 乙方 responsible; with no 甲方 defined the word stands for no one."""
    text = ("某县2030年度耕地保护目标责任书\n某县人民政府（以下简称甲方）与某某镇人民政府（以下简称乙方）签订本责任书。\n"
            "一、工作任务\n1.开展耕地排查。乙方会同县甲局、县乙局开展摸底排查。\n"
            "2.整治撂荒地。建立台账，由乙方组织各村（社区）落实。\n3.耕地保有量不低于4万亩。\n"
            "4.开展执法检查。配合县丙局开展卫片执法检查。\n")
    plan = parse_text(text, "p.txt")[0]
    town = "某某镇人民政府"
    assert [_units(t) for t in plan.tasks()] == [
        [(town, L), ("县甲局", S), ("县乙局", S)], [(town, R), ("各村（社区）", "implement")], [(town, R)],
        [("县丙局", L), (town, S)]]
    assert [t.annotations[0].text for t in plan.tasks()] == [
        "乙方会同县甲局、县乙局", "由乙方组织各村（社区）落实", f"乙方：{town}", "配合县丙局"]
    assert len([r for r in plan.readings if "stands for its body" in r.text]) == 1
    alone = parse_text(text.replace("某县人民政府（以下简称甲方）与", ""), "p.txt")[0]
    assert not any(a.name == town for t in alone.tasks() for a in t.assignments)


def test_a_plan_saying_its_bracketed_units_support_reads_them_so():
    """A 任务分工 by department says once that each heading's department answers for the tasks under it and the units
    in brackets after a task are its partners (任务后括号内所列单位为配合单位): a bracket of bare names supports, a
    bracket with its own verb keeps it, the heading's department stays responsible; the reading report says so."""
    plan = parse_text(
        "某市2030年重点工作任务分工\n　　各部门为本部门标题下所列任务的责任单位，任务后括号内所列单位为配合单位。\n"
        "　　一、市甲局\n　　1.促进消费扩容提质。组织开展促消费活动（市乙局、市丙局）。\n"
        "　　2.发展现代物流。培育物流企业5家（市丁局配合）。\n", "p.txt")[0]
    assert [_units(t) for t in plan.tasks()] == [
        [("市乙局", S), ("市丙局", S), ("市甲局", R)], [("市丁局", S), ("市甲局", R)]]
    assert any("brackets support" in r.text for r in plan.readings)


def test_a_lead_marked_after_its_name_under_a_rule_naming_the_mark_has_the_others_support():
    """标注“牵头”的为牵头单位，其余为配合单位: the list marks its lead after the name (县甲中心（牵头）、县乙局), and the
    others of that list support; a unit named alone stays responsible, as a list marking no lead does."""
    plan = parse_text(
        "某县2030年改革任务清单\n　　清单中标注“牵头”的为牵头单位，其余为配合单位；仅列一个单位的，由该单位负责。\n"
        "　　一、经济改革\n　　1.深化国企改革。（县甲中心（牵头）、县乙局、县丙局）\n　　2.推进预算改革。（县乙局）\n"
        "　　3.推进财税改革。（县乙局、县丁局）\n", "p.txt")[0]
    assert [_units(t) for t in plan.tasks()] == [
        [("县甲中心", L), ("县乙局", S), ("县丙局", S)], [("县乙局", R)], [("县乙局", R), ("县丁局", R)]]


def test_a_marked_lead_under_the_first_listed_rule_has_the_others_support_before_a_deadline_label():
    """排在第一位的为牵头单位，其他为配合单位 with the lead also marked (市甲局（牵头）、市乙局、市丙局): the others support
    even where the annotation goes on with a deadline label (；完成时限：…), as every table with a 完成时限 column writes."""
    plan = parse_text(
        "某市推进某项工作若干措施\n各责任单位要抓好落实，责任单位排在第一位的为牵头单位，其他为配合单位。\n一、优化政务服务\n"
        "1.推行惠企政策免申即享。（责任单位：市甲局（牵头）、市乙局、市丙局；完成时限：2030年9月底前）\n"
        "2.开展涉企收费专项检查。（责任单位：市丁局（牵头）、市乙局）\n", "p.txt")[0]
    assert [_units(t) for t in plan.tasks()] == [
        [("市甲局", L), ("市乙局", S), ("市丙局", S)], [("市丁局", L), ("市乙局", S)]]


@pytest.mark.parametrize("others", ["未标注的为配合单位", "未标注“牵头”的为配合单位", "未注明的单位为配合部门"])
def test_the_marked_lead_rule_names_the_others_as_the_units_left_unmarked(others):
    """标注“牵头”的为牵头单位，未标注的为配合单位: the marked-lead rule may call its others the names the mark is not
    written after, where the first-listed rule says 其余; those names support as under 其余为配合单位."""
    plan = parse_text(
        "某市质量提升重点任务清单\n序号\t重点任务\t责任单位\n"
        "1\t开展质量提升行动\t市甲局（牵头）、市乙委、市丙局\n2\t培育质量标杆企业\t市丁局\n"
        f"注：责任单位中标注“牵头”的为牵头单位，{others}。\n", "p.txt")[0]
    assert [_units(t) for t in plan.tasks()] == [[("市甲局", L), ("市乙委", S), ("市丙局", S)], [("市丁局", R)]]


def test_under_the_marked_lead_rule_a_name_listed_before_the_marked_lead_supports_too():
    """标注“牵头”的为牵头单位，其余为配合单位 over 市甲委、市乙局（牵头）、市丙局: the mark need not stand on the first name,
    and every unmarked name of the list supports, the one before it as well; a unit with a verb of its own before the
    marked list (市丁局负责，…) keeps its role."""
    plan = parse_text(
        "某市质量提升重点任务清单\n序号\t重点任务\t责任单位\n"
        "1\t发挥产业集群质量效应\t市甲委、市乙局（牵头）、市丙局\n"
        "2\t开展质量基础设施建设\t市丁局负责，市乙局（牵头）、市丙局\n"
        "注：标注“牵头”的为牵头单位，其余为配合单位。\n", "p.txt")[0]
    assert [_units(t) for t in plan.tasks()] == [
        [("市甲委", S), ("市乙局", L), ("市丙局", S)], [("市丁局", R), ("市乙局", L), ("市丙局", S)]]


@pytest.mark.parametrize("mark", ["“（牵头）”", "（牵头）", "\"(牵头)\""])
def test_the_marked_lead_rule_may_quote_the_mark_with_its_brackets(mark):
    """标注“（牵头）”的为牵头单位，其余为配合单位: the rule quotes the mark as printed after the names, brackets and all;
    it reads as 标注“牵头”的 does (the marked name leads, an alias bracket before the mark stays the lead's, the others
    support), and so does 未标注“（牵头）”的 for the others."""
    plan = parse_text(
        "某市知识产权推进计划\n"
        f"责任单位中标注{mark}的为牵头单位，未标注{mark}的为配合单位。\n一、强化创造\n"
        "1.实施高价值专利培育工程。培育专利组合。\n责任单位：市甲局（市乙办）（牵头）、市丙局\n"
        "2.开展专利导航服务。\n责任单位：市丁委、市丙局（牵头）\n", "p.txt")[0]
    assert [_units(t) for t in plan.tasks()] == [
        [("市甲局（市乙办）", L), ("市丙局", S)], [("市丁委", S), ("市丙局", L)]]


@pytest.mark.parametrize("legend_line, list_head", [
    ("一、重点任务（标注★的为牵头单位，其余为配合单位）\n", ""),
    ("注：责任单位中标有“★”的为牵头单位，未标注的为配合单位。\n一、重点任务\n", ""),
    ("一、重点任务（带★号的单位为牵头单位，其余为配合单位）\n", "★ "),
])
def test_a_sign_before_a_name_under_a_legend_marks_the_lead_and_the_others_support(legend_line, list_head):
    """标注★的为牵头单位，其余为配合单位 over 责任单位：省甲厅、★省乙办、省丙厅: the sign before a name of a plain list
    marks the lead, wherever the name stands; the others support; the sign is no letter of the name; a list with no
    sign keeps its reading."""
    plan = parse_text(
        "某省畜牧业提质行动方案\n" + legend_line
        + "1.加强兽医队伍建设。配齐乡镇兽医人员。（责任单位：省甲厅、★省乙办、省丙厅）\n"
        + f"2.完善防疫体系。建设防疫站点。（责任单位：{list_head}省丁局、省甲厅）\n", "p.txt")[0]
    second = [("省丁局", L), ("省甲厅", S)] if list_head else [("省丁局", R), ("省甲厅", R)]
    assert [_units(t) for t in plan.tasks()] == [[("省甲厅", S), ("省乙办", L), ("省丙厅", S)], second]
    assert any("marked by a sign leads" in r.text for r in plan.readings)
    assert not plan.warnings


def test_a_sign_before_a_name_with_no_legend_leaves_the_name_and_says_so():
    """责任单位：★省甲厅、省乙局 with no legend anywhere: the sign may mark the lead or a key item, and the house reading
    gives a common meaning to a matrix's marks only; the sign is taken off the name, the names keep their label's role,
    and the reader warns that no legend explains it."""
    plan = parse_text(
        "某省畜牧业提质行动方案\n一、重点任务\n1.加强兽医队伍建设。配齐乡镇兽医人员。（责任单位：★省甲厅、省乙局）\n"
        "2.完善防疫体系。建设防疫站点。（责任单位：省丙厅）\n", "p.txt")[0]
    assert [_units(t) for t in plan.tasks()] == [[("省甲厅", R), ("省乙局", R)], [("省丙厅", R)]]
    assert len(plan.warnings) == 1 and "省甲厅" in plan.warnings[0] and "列表符号未说明含义" in plan.warnings[0]


@pytest.mark.parametrize("legend_line, star", [
    ("（一）提升景区（带*的为牵头单位）\n", "*"),
    ("注：带＊的为牵头单位。\n（一）提升景区\n", "＊"),
])
def test_a_sign_after_a_name_under_a_legend_marks_the_lead(legend_line, star):
    """带*的为牵头单位 over （县甲局*、县乙局、县丙局）: a 分工方案 marks its lead by a star glued after the name, wherever
    the name stands in the list; the star is no letter of the name, the legend no unit, the others keep their role (the
    legend names none for them)."""
    plan = parse_text(
        "某县文旅工作分工方案\n一、重点任务\n" + legend_line
        + f"1.推进景区提质。完善游客中心。（县甲局{star}、县乙局、县丙局）\n"
        + f"2.创建示范景区。（县丁局、县甲局{star}）\n", "p.txt")[0]
    assert [_units(t) for t in plan.tasks()] == [[("县甲局", L), ("县乙局", R), ("县丙局", R)],
                                                 [("县丁局", R), ("县甲局", L)]]
    assert any("marked by a sign leads" in r.text for r in plan.readings)
    assert not plan.warnings


def test_a_sign_after_a_name_with_no_legend_leaves_the_name_and_says_so():
    """（县甲局*、县乙局） with no legend: the star may mark the lead or a footnote; it is taken off the name, the names
    keep their role, and the reader warns that no legend explains it."""
    plan = parse_text("某县文旅工作分工方案\n一、重点任务\n1.推进景区提质。完善游客中心。（县甲局*、县乙局）\n", "p.txt")[0]
    assert [_units(t) for t in plan.tasks()] == [[("县甲局", R), ("县乙局", R)]]
    assert len(plan.warnings) == 1 and "县甲局" in plan.warnings[0] and "列表符号未说明含义" in plan.warnings[0]


@pytest.mark.parametrize("opening, heading", [
    ("一、重点任务\n（一）提升景区\n", "（二）繁荣市场"),
    ("一、提升景区\n", "二、繁荣市场"),
])
def test_a_rule_in_a_headings_bracket_covers_its_part_only(opening, heading):
    """（二）繁荣市场（排在第一位的为牵头单位） between parts: the heading speaks for the items under it, up to the next
    heading of its level; the task before it (the part above's last) and the parts after it keep their reading."""
    plan = parse_text(
        "某县文旅工作分工方案\n" + opening + "1.推进景区提质。（县甲局、县乙局）\n"
        + heading + "（排在第一位的为牵头单位）\n2.培育市场主体。（县丙局、县甲局）\n"
        + heading.replace("二", "三").replace("繁荣市场", "优化服务") + "\n3.提升服务质量。（县丁局、县乙局）\n", "p.txt")[0]
    assert [_units(t) for t in plan.tasks()] == [[("县甲局", R), ("县乙局", R)], [("县丙局", L), ("县甲局", R)],
                                                 [("县丁局", R), ("县乙局", R)]]
    assert any("heading's part" in r.text for r in plan.readings if r.kind == "rule")


def test_a_rule_in_the_preamble_or_closed_by_same_below_in_a_heading_still_runs_on():
    """排在第一位的为牵头单位 in the preamble holds for every part; on a heading closed by 下同 it runs on past its part."""
    for preamble, heading in (("各项任务排在第一位的为牵头单位。\n", "（一）提升景区"),
                              ("", "（一）提升景区（排在第一位的为牵头单位，下同）")):
        plan = parse_text(
            "某县文旅工作分工方案\n" + preamble + "一、重点任务\n" + heading + "\n1.推进景区提质。（县甲局、县乙局）\n"
            "（二）繁荣市场\n2.培育市场主体。（县丙局、县甲局）\n", "p.txt")[0]
        assert [_units(t) for t in plan.tasks()] == [[("县甲局", L), ("县乙局", R)], [("县丙局", L), ("县甲局", R)]]


def test_a_rule_in_the_words_after_a_run_in_heading_runs_on_past_its_part():
    """二、明确责任。…排在第一位的为牵头单位… : a rule in the paragraph a heading runs into (a notice's requirement, or a
    text whose breaks were lost) is no legend of that heading's part; only a legend in the heading's bracket is."""
    plan = parse_text(
        "某县2030年重点工作分工\n一、明确责任。责任单位中排在第一位的为牵头单位，其他为配合单位。\n"
        "1.推进园区建设。（县甲局、县乙局）\n二、改善民生\n2.推进学校建设。（县丙局、县丁局）\n", "p.txt")[0]
    assert [_units(t) for t in plan.tasks()] == [[("县甲局", L), ("县乙局", S)], [("县丙局", L), ("县丁局", S)]]


def test_a_legend_naming_the_lead_by_lost_formatting_is_not_applied_and_the_reader_says_so():
    """（加粗的为牵头单位，其余为配合单位） / （标下划线的为牵头单位） over plain text: the bold or underline is gone, so the
    lead cannot be told; the units keep their labels' roles (the others' half is not applied either) and the reader warns
    once per legend, with its line."""
    plan = parse_text(
        "某县文旅工作分工方案\n一、重点任务\n（一）提升景区（加粗的为牵头单位，其余为配合单位）\n"
        "1.推进景区提质。（县甲局、县乙局、县丙局）\n（二）繁荣市场（标下划线的为牵头单位）\n"
        "2.培育市场主体。（县丁局、县甲局）\n", "p.txt")[0]
    assert [_units(t) for t in plan.tasks()] == [[("县甲局", R), ("县乙局", R), ("县丙局", R)],
                                                 [("县丁局", R), ("县甲局", R)]]
    assert [w.split(": ")[0] for w in plan.warnings] == ["p.txt:3", "p.txt:5"]
    assert all("图例所指格式已丢失" in w for w in plan.warnings)


def test_the_marked_lead_rule_reaches_a_list_whose_names_hold_role_words_and_mark_an_implementer():
    """标注“牵头”的为牵头单位，其余为配合单位 over 任务——县甲部（牵头）、县政协办公室、各乡镇（落实）: 协办 inside
    县政协办公室 is letters of a name and （落实） marks its own name, so the other unit still supports; a task's title
    stops before the dash."""
    plan = parse_text(
        "某县2030年改革任务清单\n　　清单中标注“牵头”的为牵头单位，其余为配合单位。\n　　一、改革任务\n"
        "1.深化基层协商民主实践——县甲部（牵头）、县政协办公室、各乡镇（落实）\n", "p.txt")[0]
    [task] = plan.tasks()
    assert task.title == "深化基层协商民主实践"
    assert _units(task) == [("县甲部", L), ("县政协办公室", S), ("各乡镇", I)]


def test_sections_each_on_one_line_with_their_items_run_on_inside_are_split():
    """A phone's reading view keeps a break before each 一、 but runs the section's （1）（2）… items on inside its line,
    the heading straight into the first item (一、推动文旅融合（1）创建…): the items are read as in any text that lost its
    breaks, though the sections' labels open lines (before: one task a section, holding all its items' units)."""
    plan = parse_text(
        "某县2030年文化旅游工作要点\n"
        "一、推动文旅融合（1）创建全域旅游示范区。年内通过省级验收。（县甲局牵头，县乙局配合）（2）打造精品线路。推出线路5条。"
        "(县甲局、县丙局负责)（3）发展夜间经济。打造集聚区2个。（县丁局牵头，县甲局配合）\n"
        "二、提升公共文化服务（4）完善设施网络。新建城市书房5个。（县甲局牵头，县乙局配合）（5）开展惠民活动。全年送戏下乡200场。"
        "（县戊馆负责）\n", "p.txt")[0]
    assert [(t.number, t.title) for t in plan.tasks()] == [
        (1, "创建全域旅游示范区"), (2, "打造精品线路"), (3, "发展夜间经济"), (4, "完善设施网络"), (5, "开展惠民活动")]
    assert _units(plan.tasks()[1]) == [("县甲局", R), ("县丙局", R)]


def test_a_duties_paragraph_citing_groups_by_number_run_into_its_heading_gives_their_units():
    """A text that lost its line breaks runs a 职责分工 section's heading straight into its paragraph, which gives units
    by the groups' numbers (五、职责分工第（一）至（二）项任务由…). 第（一） cites a group, it opens no item; the paragraph
    starts at its 第, so its units reach the tasks as where the breaks are kept (before: the heading swallowed it)."""
    body = ("某市城市更新实施方案一、重点任务（一）强化规划引领1.开展城市体检。建立工作机制。2.编制专项规划。明确更新目标。"
            "（二）推进老旧小区改造3.加快改造进度。年内完成改造80个。（三）完善交通设施4.打通断头路。年内打通5条。"
            "二、职责分工第（一）至（二）项任务由市甲局牵头，市乙局配合；第（三）项由市丙局负责，市丁局配合。")
    for text in (body, body.replace("二、职责分工", "\n二、职责分工\n")):
        plan = parse_text(text, "p.txt")[0]
        assert [t.number for t in plan.tasks()] == [1, 2, 3, 4]
        assert [_units(t) for t in plan.tasks()] == [[("市甲局", L), ("市乙局", S)]] * 3 + [[("市丙局", R), ("市丁局", S)]]


def test_a_rule_speaking_for_the_items_above_run_on_after_the_last_item_covers_them_all():
    """A text that lost its line breaks runs the note closing the items (以上各项任务，排在第一位的为牵头单位…) on after
    the last item's sentence. Where the breaks are kept it stands alone, a rule for every item above; run on it was read
    as the last item's words, its rule covering that item alone. After a finished sentence it starts a line."""
    text = ("某市2030年就业工作要点一、稳定就业1.实施就业优先政策。制定若干措施（市甲局、市乙局负责）。"
            "2.扩大企业吸纳就业。开展岗位对接（市丙局、市甲局负责）。二、重点群体3.做好退役军人就业。组织专场招聘（市丁局、"
            "市甲局负责）。　　以上各项任务，排在第一位的为牵头单位，其他为配合单位。市就业工作领导小组办公室2030年2月1日印发")
    plan = parse_text(text, "p.txt")[0]
    assert [_units(t) for t in plan.tasks()] == [
        [("市甲局", L), ("市乙局", S)], [("市丙局", L), ("市甲局", S)], [("市丁局", L), ("市甲局", S)]]
    assert "以上各项任务" not in plan.tasks()[-1].text


def test_items_whose_units_follow_a_dash_run_on_with_no_stop_are_split_at_the_next_number():
    """A 清单 writes each item as its title, a dash, its bodies (1.深化国企改革——县甲中心（牵头）、县乙局). A text that
    lost its breaks runs the next number straight on after the last body's name, with no stop: it starts the next item
    there, as after a label's clause (牵头单位：X2.…); a number after a dash and words that end in no body does not."""
    plan = parse_text("某县2030年改革任务清单一、经济领域改革1.深化国有企业改革——县甲中心（牵头）、县乙局、县丙局"
                      "2.推进预算管理改革——县乙局3.深化投资审批改革——县丁局（牵头）、县戊局", "p.txt")[0]
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "深化国有企业改革"), (2, "推进预算管理改革"), (3, "深化投资审批改革")]
    assert _units(plan.tasks()[1]) == [("县乙局", R)]
    plan = parse_text("某县2030年改革任务清单一、经济领域改革1.深化国有企业改革——县甲中心（牵头）、县乙局、县丙局"
                      "2.推进预算管理改革——县乙局3.深化投资审批改革，推行承诺制，做到应改尽改——全年完成4.推进要素改革——县戊局", "p.txt")[0]
    assert [t.number for t in plan.tasks()] == [1, 2, 3]


def test_a_duties_part_giving_units_by_number_over_two_paragraphs_gives_them_to_the_tasks():
    """A 责任分工 part giving units by task number may fill two paragraphs (a PDF's line ending in ； at the margin
    reads as a paragraph's end): each opens by number, so neither is a task closed by its own units. Their units go
    to the tasks they name, as where the clauses stand in one paragraph (before: two unnumbered tasks, the numbered
    tasks with no unit)."""
    text = ("某市服务业工作方案\n一、重点任务\n1.培育家政品牌。遴选示范企业。\n2.发展老年助餐。新建助餐点80个。\n"
            "3.加强统计监测。完善统计制度。\n二、责任分工\n为确保各项任务落到实处，现将责任分工明确如下：\n"
            "第1项由市甲局牵头，市乙局配合；第2项由市丙局负责；\n第3项由市丁局牵头，市戊局配合。\n")
    plan = parse_text(text, "p.txt")[0]
    assert [t.number for t in plan.tasks()] == [1, 2, 3]
    assert [_units(t) for t in plan.tasks()] == [[("市甲局", L), ("市乙局", S)], [("市丙局", R)],
                                                 [("市丁局", L), ("市戊局", S)]]


def test_an_inspection_groups_leader_and_scope_lines_leave_its_members_over_its_items():
    """A 大检查 plan sets each 检查组 as its heading, 组长：(a leader by post and name) and 成员单位：… lines, then 检查范围：
    and 检查重点： over the numbered items: the leader is a person, not a lead unit, the scope lines are fields of the
    heading, and the members cover the items."""
    plan = parse_text(
        "某市安全生产大检查工作方案\n一、检查组及检查重点\n（一）第一检查组\n组长：市政府副市长 周某某\n"
        "成员单位：市甲局、市乙局\n检查范围：甲区、乙区\n检查重点：\n1.检查危化品企业安全管理。\n2.检查燃气经营企业。\n",
        "p.txt")[0]
    assert [_units(t) for t in plan.tasks()] == [[("市甲局", S), ("市乙局", S)], [("市甲局", S), ("市乙局", S)]]


def test_a_groups_deputy_head_body_is_a_label_of_support_and_keeps_the_groups_units_over_its_items():
    """An inspection or working group may name a deputy head body (副组长单位：X) between its leader and its members:
    the line is a label (the deputy body seconds the head and supports, as the members do), so the run of the
    heading's field lines goes on and its units cover the numbered items (before: the line was no label and the
    items kept no unit). 副组长： alone names a person, as 组长： does."""
    plan = parse_text(
        "某市检查方案\n一、检查组\n（一）第一检查组\n组长：市某办主任\n副组长单位：市甲局\n成员单位：市乙局、市丙委\n"
        "检查内容：\n1.检查责任制落实情况。\n2.检查漏洞管理情况。\n", "p.txt")[0]
    group = [("市甲局", S), ("市乙局", S), ("市丙委", S)]
    assert [_units(t) for t in plan.tasks()] == [group, group]
    plan = parse_text(
        "某市检查方案\n一、检查组\n（一）第一检查组\n组长单位：市甲局\n副组长：市乙局副局长　李某\n成员单位：市丙委\n"
        "1.检查责任制落实情况。\n", "p.txt")[0]
    assert [_units(t) for t in plan.tasks()] == [[("市甲局", L), ("市丙委", S)]]


def test_a_groups_make_up_with_nothing_numbered_under_it_is_no_task():
    """Inspection plans list each 检查组 under 检查组织 with its 组长 (a person) and its 牵头单位 / 成员单位 lines and
    nothing numbered under it: the item says who the group is, not what to do, and is read as the section's text
    (before: each group was a task holding its units). A group whose lines say what it does (主要职责：负责…) stays a
    task."""
    plan = parse_text(
        "某市检查方案\n一、检查组织\n（一）第一检查组（甲组）\n组长：市某办副主任　张某\n牵头单位：市甲局\n"
        "成员单位：市乙局、市丙委\n二、检查任务\n1.检查责任制落实情况。（市丁局负责）\n2.检查漏洞管理情况。（市戊局负责）\n",
        "p.txt")[0]
    assert [t.label for t in plan.tasks()] == ["1.", "2."]
    assert plan.sections[0].intro.startswith("（一）第一检查组（甲组）\n组长：")
    plan = parse_text(
        "某县保障方案\n一、工作专班\n（一）综合协调组\n牵头单位：县甲局\n成员单位：县乙局\n主要职责：负责统筹协调。\n"
        "（二）宣传组\n牵头单位：县丙局\n主要职责：负责宣传报道。\n", "p.txt")[0]
    assert [(t.label, _units(t)) for t in plan.tasks()] == [
        ("（一）", [("县甲局", L), ("县乙局", S)]), ("（二）", [("县丙局", L)])]


def test_a_later_heading_naming_a_group_set_out_earlier_gives_its_items_the_groups_units():
    """Inspection plans set out each 检查组's make-up (组长 / 牵头单位 / 成员单位) under 检查组织, then list its work under
    the same name in 检查任务, as a heading alone or run in with its remit (第二检查组负责对…开展检查。): the items take the
    group's units; an item's own helper (（X配合）) is added to them, an item naming who answers for it keeps its own,
    and a heading whose name is not exactly a group's takes nothing. The reading notes say so."""
    plan = parse_text(
        "某市检查方案\n一、检查组织\n（一）第一检查组（甲组）\n组长：市某办副主任　张某\n牵头单位：市甲局\n"
        "成员单位：市乙局、市丙委\n（二）第二检查组\n组长单位：市丁局\n成员单位：市乙局\n二、检查任务\n（一）第一检查组\n"
        "1.检查责任制落实情况。\n2.检查漏洞管理情况。（市戊局配合）\n3.检查数据备份情况。（市己局负责）\n"
        "（二）第二检查组负责对政务系统开展检查。\n4.检查政务云安全。\n（三）第三检查组\n5.检查网站安全。\n", "p.txt")[0]
    first = [("市甲局", L), ("市乙局", S), ("市丙委", S)]
    assert [_units(t) for t in plan.tasks()] == [
        first, [("市戊局", S)] + first, [("市己局", R)], [("市丁局", L), ("市乙局", S)], []]
    assert any("names the group set out at line 3" in n.text for n in plan.readings)


def test_a_parts_closing_line_speaking_for_the_measures_above_leaves_them_the_tasks():
    """意见 and 若干措施 give each part's units once, on a line after its last measure: （以上任务由X牵头，Y配合） /
    （上述任务由…） / （本部分任务由…）. The line covers the measures above it, which stay the tasks (before: the parts were
    read as the tasks and the measures as their sub-points); a measure naming its own unit keeps it."""
    plan = parse_text(
        "某省指导意见\n一、做强主导产业\n（一）科学确定主导产业。编制集群发展规划。\n（二）实施龙头企业培育工程。建立培育库。\n"
        "（以上任务由省甲委牵头，省乙厅配合）\n二、优化发展环境\n（三）深化改革。推行一件事一次办。（省戊局负责）\n"
        "（四）加强权益保护。健全纠纷化解机制。\n（本部分任务由省甲委牵头，省己联配合）\n", "p.txt")[0]
    assert [(t.label, _units(t)) for t in plan.tasks()] == [
        ("（一）", [("省甲委", L), ("省乙厅", S)]), ("（二）", [("省甲委", L), ("省乙厅", S)]),
        ("（三）", [("省戊局", R)]), ("（四）", [("省甲委", L), ("省己联", S)])]


def test_items_before_the_first_section_naming_their_units_are_tasks():
    """A list headed from its second group on (1.… 2.… 一、运行管护 3.…): the items before the first heading, each naming
    its units, are tasks, not the preamble's text (before: they were dropped)."""
    plan = parse_text(
        "某县重点任务清单\n1.编制供水专项规划(牵头单位:县甲局;责任单位:县乙局)\n2.更新改造老旧管网(牵头单位:县丙局;责任单位:县丁集团)\n"
        "一、运行管护\n3.制定管护办法(牵头单位:县甲局;责任单位:县戊局)\n", "p.txt")[0]
    assert [t.number for t in plan.tasks()] == [1, 2, 3]


def test_a_task_cell_wrapped_onto_a_row_of_its_own_holding_a_figure_is_no_group_heading():
    """A 分工表's long task cell runs onto a row with no 序号 and nothing else (| | 在9%以内 | | |): a phrase holding a
    figure is the cell above going on, never a group's name (before: it became a section and cost the rows above)."""
    plan = parse_text(
        "某县重点任务分工表\n| 序号 | 任务内容 | 牵头单位 | 责任单位 | 完成时限 |\n| 1 | 编制供水专项规划 | 县甲局 | 县乙局 | 2030年6月底 |\n"
        "| 2 | 更新改造老旧供水管网80公里，管网漏损率控制 | 县丙局 | 县丁集团 | 2030年12月底 |\n|  | 在9%以内 |  |  |  |\n"
        "| 3 | 制定农村供水工程运行管护办法 | 县甲局 | 县戊局 | 2030年10月底 |\n", "p.txt")[0]
    assert [s.title for s in plan.sections if s.title] == []
    assert [t.number for t in plan.tasks()] == [1, 2, 3]


@pytest.mark.parametrize("text, expected", [
    ("某县商业体系建设实施方案\n一、重点任务\n（一）促进汽车下乡。引导车企面向县域和\n三、四线城市开发经济适用车型。（县甲局牵头，"
     "县乙局配合）\n（二）活跃节庆消费。举办乡村集市活动。（县甲局负责）\n二、保障措施\n加强组织领导。\n",
     [[("县甲局", L), ("县乙局", S)], [("县甲局", R)]]),
    ("某省2030年工作要点\n一、扩大需求\n1.推进综合交通建设。加快城市轨道交通建设，推进省会地铁\n2、3号线二期工程。（省甲厅牵头，"
     "省乙委配合）\n2.推进水网建设。实施河流治理。（省丙厅负责）\n",
     [[("省甲厅", L), ("省乙委", S)], [("省丙厅", R)]]),
    ("某省2030年工作要点\n一、扩大需求\n1.推进交通建设。新改建国省道400公里。（省甲厅负责）\n2.推进水网建设。全年新增供水能力\n"
     "3.5亿立方米。（省丙厅负责）\n二、科教兴省\n1.提升创新能力。建设省实验室。（省丁厅负责）\n",
     [[("省甲厅", R)], [("省丙厅", R)], [("省丁厅", R)]]),
])
def test_a_line_the_page_broke_before_grades_lines_or_a_figure_is_no_item(text, expected):
    """A PDF breaks a sentence before 三、四线城市, 2、3号线 or 3.5亿立方米: grades and lines listed with 、 and a decimal
    before its magnitude open no item (before: a section 三, a task 2 twice, a task 3 took the bracket)."""
    plan = parse_text(text, "p.txt")[0]
    assert [_units(t) for t in plan.tasks()] == expected


def test_a_project_named_after_the_facility_it_builds_is_no_unit_first_duty():
    """1.区养老服务中心。新建综合楼…（责任单位：区甲局）: a project named after the facility it builds ends as a body's
    name does, but its units are its annotation's; a duty opens with its unit's verb (1.区乙局。负责…)."""
    plan = parse_text(
        "某区2030年重点项目推进计划\n一、社会事业项目\n1.区养老服务中心。新建综合楼1栋，床位300张。（责任单位：区甲局）\n"
        "2.区乙局。负责全区养老服务设施建设统筹。\n", "p.txt")[0]
    assert [_units(t) for t in plan.tasks()] == [[("区甲局", R)], [("区乙局", R)]]


def test_a_duty_opening_with_the_charge_its_unit_answers_for_keeps_its_unit():
    """（三）各乡镇人民政府。对本辖区禁烧工作负总责。一是…（各村民委员会落实）: a county 方案's 职责分工 gives a unit its
    duty as the charge it answers for (对…负总责) before any verb of doing; with a bracket inside the duty it is still a
    unit-first duty, not a project named after a facility: the unit heads it, the bracket's units join it."""
    plan = parse_text(
        "某县2030年秸秆禁烧工作方案\n二、职责分工\n（一）县甲局。负责统筹协调。\n"
        "（二）各乡镇人民政府。对本辖区禁烧工作负总责。一是建立网格；二是组织巡查（各村民委员会落实）。\n"
        "（三）县乙局。对国省干道沿线禁烧工作负总责（县丙局配合）。\n", "p.txt")[0]
    assert [(t.title, _units(t)) for t in plan.tasks()] == [
        ("负责统筹协调", [("县甲局", R)]),
        ("对本辖区禁烧工作负总责", [("各乡镇人民政府", R), ("各村民委员会", I)]),
        ("对国省干道沿线禁烧工作负总责", [("县乙局", R), ("县丙局", S)])]


@pytest.mark.parametrize("said", ["为", "均为"])
def test_a_named_units_role_fixed_beside_a_positional_rule_or_in_a_note_needs_no_xiatong(said):
    """注：…排在第一位的为牵头单位，其他为配合单位；各县（市、区）人民政府为落实单位。: a note (under or over a list) or the
    sentence of a positional rule speaks for the whole list without 下同: 各县 listed with no verb of its own carries
    the work out (before: it was one of "the others" and supported). A clause in a task's own annotation outside such a
    sentence (…牵头，各县为落实单位) stays that task's words."""
    note = f"注：责任单位中排在第一位的为牵头单位，其他为配合单位；各县（市、区）人民政府{said}落实单位。\n"
    tasks = ("一、稳定消费\n1.开展以旧换新。（市商务局、市财政局、各县（市、区）人民政府）\n"
             "2.建设充电设施。（市发展改革委、市住房城乡建设局）\n")
    for text in ("某市促消费工作要点\n" + note + tasks, "某市促消费工作要点\n" + tasks + note):
        plan = _one(text)
        assert [_units(t) for t in plan.tasks()] == [
            [("市商务局", L), ("市财政局", S), ("各县（市、区）人民政府", I)],
            [("市发展改革委", L), ("市住房城乡建设局", S)]]
    plain = _one("某市促消费工作要点\n一、稳定消费\n1.开展以旧换新。（市商务局牵头，各县（市、区）人民政府为落实单位）\n"
                 "2.建设充电设施。（市发展改革委、各县（市、区）人民政府）\n")
    assert _units(plain.tasks()[1]) == [("市发展改革委", R), ("各县（市、区）人民政府", R)]


def test_a_rule_fixing_one_named_units_role_reads_the_lists_after_it():
    """…涉及多个单位的，排在第一位的为牵头单位，其他为配合单位；各市税务局均为落实单位，下同: the condition and the named
    unit's role are the rule's words, no units; in the lists after it 各市税务局 carries the work out wherever it stands,
    the others read by the first-listed rule; where it has a verb of its own it keeps it."""
    plan = parse_text(
        "某省税务局2030年工作要点\n一、优化服务\n（一）推进春风行动。分批推出便民措施。（甲处牵头，办公室、各市税务局按职责分工负责。"
        "涉及多个单位的，排在第一位的为牵头单位，其他为配合单位；各市税务局均为落实单位，下同）\n"
        "（二）打造服务品牌。培育一批服务品牌。（甲处、乙中心、各市税务局）\n", "p.txt")[0]
    assert [_units(t) for t in plan.tasks()] == [
        [("甲处", L), ("办公室", R), ("各市税务局", R)], [("甲处", L), ("乙中心", S), ("各市税务局", I)]]


def test_a_decimal_plan_reads_its_tasks_in_the_part_that_holds_them():
    """`1 基本原则` / `2 主要任务` / `3 保障措施` head the parts of a decimal plan (a number and a space, no stop): 1.1 and
    3.1 are principles and safeguards, 2.1 a group heading over the 2.1.1 tasks (before: the whole plan was read at
    the 1.1 level, 1.1 a task and 2.1 one holding its items' units)."""
    plan = _one(
        "某县创建示范县实施方案\n"
        "1 基本原则\n"
        "1.1 坚持党的领导。把党的领导贯穿全过程。\n"
        "2 主要任务\n"
        "2.1 加强思想引领\n"
        "2.1.1 开展宣讲。组织宣讲活动。\n"
        "责任单位：县甲部\n"
        "2.1.2 推进教育。开展教育活动。\n"
        "责任单位：县乙局\n"
        "3 保障措施\n"
        "3.1 加强组织领导。各单位要高度重视。\n"
        "3.2 强化督查考核。定期通报进展。\n")
    assert [(s.number, s.title) for s in plan.sections] == [("1", "基本原则"), ("2", "主要任务"), ("3", "保障措施")]
    assert _shape(plan) == [(1, "2.1.1", "2.1", "开展宣讲"), (2, "2.1.2", "2.1", "推进教育")]
    assert [_units(t) for t in plan.tasks()] == [[("县甲部", R)], [("县乙局", R)]]


def test_a_number_and_a_space_alone_heads_no_part_without_decimals_of_its_number():
    """`1 总则……1` (a contents line) and `2 万元以上项目` (a figure) open no part: the number must head decimal
    items carrying it, in at least two parts counted from 1."""
    from generator.parse.numbering import bare_part_labels
    from generator.words.labels import label_of

    texts = ["1 总则", "1.1 编制目的", "2 组织体系", "2.1 指挥机构"]
    assert [lab.style if lab else None for lab in bare_part_labels(texts, [label_of(t) for t in texts])] == [
        "arabic", "decimal", "arabic", "decimal"]
    contents = ["1 总则……1", "2 组织体系……3", "1 总则", "1.1 编制目的", "2 组织体系", "2.1 指挥机构"]
    read = bare_part_labels(contents, [label_of(t) for t in contents])
    assert [lab.style if lab else None for lab in read] == [None, None, "arabic", "decimal", "arabic", "decimal"]
    plain = ["1 总则", "保障安全。", "2 万元以上项目", "1.1 编制目的"]
    assert bare_part_labels(plain, [label_of(t) for t in plain]) == [label_of(t) for t in plain]


def test_an_emergency_plans_1_list_under_a_decimal_heading_keeps_its_parts_as_parts():
    """A 预案 numbered `1 总则` / `2.1 …` lists its working groups as `1.综合协调组：…` under 2.2, beside `（1）县X局：…`
    duties under 2.1 and `（1）` measures under 3.1: the 1. items stand where 2.2.1 would, the parts stay sections
    (before: the parts were read as 1. tasks swallowing the duties, 3.1 Ⅳ级响应 read as task 3, its units named
    `（1）县林业局`); the （1） duties under 2.1, naming their units, are that heading's tasks."""
    plan = _one(
        "某县森林火灾应急预案\n"
        "1 总则\n"
        "为做好森林火灾应对工作，制定本预案。\n"
        "2 组织指挥体系\n"
        "2.1 成员单位职责\n"
        "（1）县甲局：负责组织协调森林火灾应急救援工作。\n"
        "（2）县乙局：负责森林火灾预防和火情监测。\n"
        "2.2 现场工作组\n"
        "1.综合协调组：由县甲局牵头，县乙局配合。负责信息汇总。\n"
        "2.扑救组：县丙大队牵头，县丁部参加。负责组织扑救。\n"
        "3 应急响应\n"
        "3.1 Ⅳ级响应\n"
        "（1）县乙局负责组织扑火力量开展扑救。\n"
        "（2）县戊局负责火场警戒。\n")
    assert [(s.number, s.title) for s in plan.sections] == [("1", "总则"), ("2", "组织指挥体系"), ("3", "应急响应")]
    assert [(t.label, _units(t)) for t in plan.tasks()] == [
        ("（1）", [("县甲局", R)]), ("（2）", [("县乙局", R)]),
        ("1.", [("县甲局", L), ("县乙局", S)]), ("2.", [("县丙大队", L), ("县丁部", S)]),
        ("（1）", [("县乙局", R)]), ("（2）", [("县戊局", R)])]


def test_an_x_y_item_naming_its_own_unit_beside_headings_of_x_y_z_tasks_is_a_task():
    """2.2 加强档案管理 / its paragraph / 责任单位：县丁馆, between 2.1 and 2.3 that head 2.x.1 tasks: a task of its own
    (before: dropped with its unit)."""
    plan = _one(
        "某县创建示范县实施方案\n"
        "1 基本原则\n"
        "1.1 坚持党的领导。把党的领导贯穿全过程。\n"
        "2 主要任务\n"
        "2.1 加强引领\n"
        "2.1.1 开展宣传。组织宣讲。\n"
        "责任单位：县甲部\n"
        "2.2 加强档案管理\n"
        "规范整理创建档案资料。\n"
        "责任单位：县丁馆\n"
        "2.3 促进交往\n"
        "2.3.1 建设社区。推进建设。\n"
        "责任单位：县丙局\n")
    assert [(t.label, t.title, _units(t)) for t in plan.tasks()] == [
        ("2.1.1", "开展宣传", [("县甲部", R)]), ("2.2", "加强档案管理", [("县丁馆", R)]),
        ("2.3.1", "建设社区", [("县丙局", R)])]


def test_a_duty_lists_lead_in_sentence_names_the_body_whose_duties_follow():
    """三、村（社区）职责 / 各村（社区）是…的责任主体，主要履行以下职责： / （一）… （二）…: the lead-in names whose duties
    the items are, as a heading 各村（社区）职责 does; each item gives it responsible (before: no unit)."""
    plan = _one(
        "某镇森林防灭火工作方案\n"
        "一、重点任务\n"
        "（一）开展隐患排查。全面排查林区隐患。（镇甲办负责）\n"
        "二、村（社区）职责\n"
        "各村（社区）是本辖区森林防灭火工作的责任主体，主要履行以下职责：\n"
        "（一）组建村级应急扑火队，定期开展培训和演练。\n"
        "（二）做好野外用火管控，发现火情及时组织扑救并报告。\n")
    assert [_units(t) for t in plan.tasks()] == [[("镇甲办", R)], [("各村（社区）", R)], [("各村（社区）", R)]]


def test_a_lead_in_sentence_naming_no_body_gives_no_unit():
    """二、工作职责 / 主要履行以下职责： / （一）…: a lead-in with no body before its verb names nobody's duties."""
    plan = _one(
        "某镇森林防灭火工作方案\n"
        "一、重点任务\n"
        "（一）开展隐患排查。全面排查林区隐患。（镇甲办负责）\n"
        "二、其他工作\n"
        "为做好防火工作，主要履行以下职责：\n"
        "（一）组建应急扑火队，定期开展培训和演练。\n"
        "（二）做好野外用火管控，发现火情及时报告。\n")
    assert [_units(t) for t in plan.tasks()] == [[("镇甲办", R)], [], []]


def test_proposals_numbered_by_their_filing_numbers_are_the_tasks():
    """A 提案 / 建议 分办 list labels each entry with its filing number (第5号　关于…的提案), the numbers jumping as the
    entries are sorted by subject, merged entries listing theirs (第31号、第46号（并案）): tasks numbered so, no warning
    about the sequence; 第1号台风 opening a sentence is no label."""
    plan = _one(
        "关于市政协某次会议提案分办意见的通知\n"
        "一、经济建设方面\n"
        "第5号　关于培育甲类企业的提案\n"
        "主办：市甲局\n"
        "会办：市乙局、市丙局\n"
        "第31号、第46号（并案）　关于规范乙类产业的提案\n"
        "主办：市丁局\n"
        "二、社会事业方面\n"
        "第2号：关于应对台风灾害的提案\n"
        "第1号台风过境后暴露出预警短板。\n"
        "主办：市应急局\n")
    assert _shape(plan) == [(5, "第5号", "", "关于培育甲类企业的提案"),
                            (31, "第31号、第46号（并案）", "", "关于规范乙类产业的提案"),
                            (2, "第2号：", "", "关于应对台风灾害的提案")]
    assert _units(plan.tasks()[0]) == [("市甲局", L), ("市乙局", S), ("市丙局", S)]
    assert "第1号台风" in plan.tasks()[2].text
    assert plan.warnings == []


def test_merged_proposals_sharing_one_filing_mark_are_numbered_by_the_first():
    """Merged entries of a 提案 / 建议 list may share one 第…号 (第48、52号（并案）　关于…): the entry numbered by its
    first filing number, as 第31号、第46号（并案） is, no warning about the sequence."""
    plan = _one(
        "关于市人大代表建议交办意见的通知\n"
        "一、城乡建设方面\n"
        "第7号　关于改造甲街管网的建议\n"
        "主办：市甲局\n"
        "第48、52号（并案）　关于整治乙河的建议\n"
        "主办：市乙局\n"
        "会办：市丙局\n")
    assert _shape(plan) == [(7, "第7号", "", "关于改造甲街管网的建议"),
                            (48, "第48、52号（并案）", "", "关于整治乙河的建议")]
    assert _units(plan.tasks()[1]) == [("市乙局", L), ("市丙局", S)]
    assert plan.warnings == []


@pytest.mark.parametrize("cited", ["第5、6号，做好征收工作。", "第5、6号。做好征收工作。",
                                   "第1、2号、第5号文件提出的要求逐项落实。", "第3、4号 做好征收工作。"])
def test_a_wrapped_line_opening_with_several_filing_numbers_goes_on_with_its_sentence(cited):
    """A sentence citing several numbers of one series (公告第5、6号，… / 第1、2号、第5号文件 / an OCR space in
    第3、4号 机组) wrapped at the line before them: the line goes on with the task above, which keeps its unit; the
    shared 第N、M号 labels an entry only before a colon, a wide gap, its （并案） or a proposal's title."""
    plan = _one("某县征收工作方案\n一、重点任务\n1.落实公告。根据县政府公告\n" + cited
                + "（责任单位：县甲局）\n2.加强督查。开展督查。（责任单位：县乙局）\n")
    assert [(t.number, t.label, t.title) for t in plan.tasks()] == [(1, "1.", "落实公告"), (2, "2.", "加强督查")]
    assert _units(plan.tasks()[0]) == [("县甲局", R)]


def test_merged_proposals_sharing_one_filing_mark_before_a_wide_gap_or_their_merge_mark_are_entries():
    """第3、4号（并案） or 第3、4号 and two spaces (a tab, a double wide space) before the entry's title: an entry of a
    提案 list, numbered by its first filing number."""
    for line in ("第3、4号（并案）　优化营商环境", "第3、4号\t优化营商环境", "第3、4号：优化营商环境"):
        plan = _one("某县政协提案办理方案\n一、经济发展方面\n第12号　关于发展夜间经济的提案\n主办：县甲局\n"
                    + line + "\n主办：县乙局\n")
        assert [(t.number, t.title) for t in plan.tasks()] == [(12, "关于发展夜间经济的提案"), (3, "优化营商环境")], line
        assert _units(plan.tasks()[1]) == [("县乙局", L)]


def test_forms_numbered_by_their_filing_number_open_the_attached_plan_after_the_notices_requirements():
    """A 交办 notice numbers its own requirements 一、 二、 三、 and attaches a series of 交办单 each headed by its filing
    number (第1号　　编号：…): 第1号 opens the attached plan as 1. would, each form a task, the notice's rule
    (排在第一位的为牵头单位) reading its units; the notice's requirements give out nothing."""
    plans = parse_text(
        "某县督查室关于印发重点工作交办单的通知\n"
        "各乡镇人民政府，县直各单位：\n"
        "　　一、压实责任。承办单位有两个及以上的，排在第一位的为牵头单位。\n"
        "　　二、严格时限。各承办单位要按时办结。\n"
        "　　三、强化督查。对办理不力的进行通报。\n"
        "附件\n"
        "甲项工作交办单\n"
        "第1号　　　　编号：2025-01\n"
        "交办事项：扩建城东污水处理厂。\n"
        "承办单位：县甲局、县乙局\n"
        "协办单位：县丙局\n"
        "第2号　　　　编号：2025-02\n"
        "交办事项：改造老旧小区12个。\n"
        "承办单位：县甲局\n"
        "协办单位：县丁局\n")
    assert [p.title for p in plans] == ["甲项工作交办单"]
    assert [(t.number, t.label) for t in plans[0].tasks()] == [(1, "第1号"), (2, "第2号")]
    assert [_units(t) for t in plans[0].tasks()] == [[("县甲局", L), ("县乙局", R), ("县丙局", S)],
                                                     [("县甲局", R), ("县丁局", S)]]


def test_a_forms_number_line_holding_its_code_leaves_the_heading_to_the_field_naming_the_matter():
    """第1号　　编号：2025-01 over 交办事项：X: the form's code on its number line is no word of the task, and the
    matter's label is none either: the heading is the matter."""
    plans = parse_text(
        "乙项工作交办单\n"
        "第1号　　　　编号：2025-01\n"
        "交办事项：扩建城东污水处理厂。\n"
        "承办单位：县甲局\n"
        "第2号　　　　编号：2025-02\n"
        "交办事项：改造老旧小区12个。\n"
        "承办单位：县乙局\n")
    assert [t.title for t in plans[0].tasks()] == ["扩建城东污水处理厂", "改造老旧小区12个"]


def test_a_form_headed_by_its_name_and_bracketed_filing_number_is_that_numbered_task():
    """交办单（第1号） alone on its line heads a form: the form is task 1, its heading the matter named below it, and
    the heading of the next form is no part of the last unit named above it."""
    plans = parse_text(
        "丙项工作交办单\n"
        "交办单（第1号）\n"
        "交办事项：扩建城东污水处理厂。\n"
        "承办单位：县甲局\n"
        "协办单位：县丙局\n"
        "交办单（第2号）\n"
        "交办事项：改造老旧小区12个。\n"
        "承办单位：县乙局\n")
    tasks = plans[0].tasks()
    assert [(t.number, t.label, t.title) for t in tasks] == [(1, "交办单（第1号）", "扩建城东污水处理厂"),
                                                             (2, "交办单（第2号）", "改造老旧小区12个")]
    assert [_units(t) for t in tasks] == [[("县甲局", R), ("县丙局", S)], [("县乙局", R)]]


def test_a_forms_fields_set_as_key_tab_value_rows_are_read_as_its_label_lines():
    """A 交办单 copied from a table prints each field as a row, key<TAB>value, a wrapped value cell going on on a line
    opening with the tab: the rows are the form's label lines, the wrapped cell part of its row's value."""
    plans = parse_text(
        "丁项工作交办单\n"
        "第1号　　　　编号：2025-01\n"
        "交办事项\t扩建城东污水处理厂。\n"
        "承办单位\t县甲局、县乙局\n"
        "协办单位\t县丙局、\n"
        "\t各乡镇人民政府\n"
        "办结时限\t2025年9月30日\n")
    [task] = plans[0].tasks()
    assert task.title == "扩建城东污水处理厂"
    assert _units(task) == [("县甲局", R), ("县乙局", R), ("县丙局", S), ("各乡镇人民政府", S)]


def test_who_raised_a_proposal_in_a_bracket_after_its_title_is_no_unit_and_no_part_of_the_title():
    """提案 / 建议 lists print who raised each proposal in a bare bracket after its title (关于…的提案（某党派市委）, a people's
    organisation, a member): the proposer, not a unit handling it, nor a word of the title. A bracket of units after
    other task words, or one with a role verb, still names the units."""
    plan = _one(
        "关于市政协某次会议提案分办意见的通知\n"
        "一、经济建设方面\n"
        "1.关于完善甲类成果转化机制的提案（某党派市委）\n"
        "主办单位：市甲局；会办单位：市乙局\n"
        "2.关于推进乙类物流降本的提案（市工商联）\n"
        "主办：市丙局\n"
        "3.关于加强丙类监管的建议（李某某委员）\n"
        "主办：市丁局\n"
        "二、有关要求\n"
        "4.研究提出完善丁类制度的建议（市戊局）\n"
        "5.关于戊类工作的建议（市己局牵头）\n")
    assert [t.title for t in plan.tasks()][:3] == [
        "关于完善甲类成果转化机制的提案", "关于推进乙类物流降本的提案", "关于加强丙类监管的建议"]
    assert [_units(t) for t in plan.tasks()] == [
        [("市甲局", L), ("市乙局", S)], [("市丙局", L)], [("市丁局", L)], [("市戊局", R)], [("市己局", L)]]


def test_a_markdown_escaped_task_number_is_the_tasks_number():
    """HTML-to-Markdown converters (Turndown, a CMS's export) escape a paragraph opening with a number as 2\\. so it
    is not made a list; a plan typed as paragraphs comes out so. The escaped number is the task's like any other
    (before: tasks 2 and 3 were lost, their units given to task 1)."""
    plan = parse_text(
        "某区文化工作要点\n## 一、繁荣文化事业\n1. **完善公共文化服务。**建成城市书房3个。（区甲局负责，各镇人民政府落实）\n"
        "2\\. **加强文物保护利用。**推进遗址公园建设。（区甲局牵头，区乙局配合）\n"
        "3\\. **办好群众体育赛事。**举办半程马拉松。（区丙局负责）\n", "p.txt")[0]
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "完善公共文化服务", [("区甲局", R), ("各镇人民政府", I)]),
        (2, "加强文物保护利用", [("区甲局", L), ("区乙局", S)]),
        (3, "办好群众体育赛事", [("区丙局", R)])]


def test_markdown_italic_label_lines_are_read_and_a_lone_footnote_star_stays():
    """A CMS export writes a plan's annotation lines in single-mark italics (*牵头单位：X；配合单位：Y*, _（X牵头）_):
    the words are read without the marks (before: the first label was hidden and the last name kept the star). A lone
    star between words is a footnote mark (标*的为约束性指标), no italic: it stays."""
    plan = parse_text(
        "某区社会事业工作要点\n## 一、发展教育事业\n1. **推进学前教育普惠发展。**普惠性幼儿园覆盖率稳定在90%以上。\n"
        "   *牵头单位：区甲局；配合单位：区乙局、区丙局*\n"
        "2. **完善养老服务网络。**新建社区养老服务站10个。\n   *牵头单位：区丁局；责任单位：各街道办事处*\n"
        "3. **办好职业教育。**建成实训基地2个。_（区甲局牵头，区戊局配合）_\n注：标*的为约束性指标。\n", "p.txt")[0]
    assert [_units(t) for t in plan.tasks()] == [
        [("区甲局", L), ("区乙局", S), ("区丙局", S)], [("区丁局", L), ("各街道办事处", R)],
        [("区甲局", L), ("区戊局", S)]]
    assert plan.closing == "注：标*的为约束性指标。"


def test_a_ledgers_progress_field_names_no_unit_of_the_row():
    """A ledger (台账, 督查清单) reports each row's progress under 进展情况： / 完成情况： on a line of its own, naming the
    bodies that took part (X、Y按职责配合开展…): they are no units of the row (before: read as its supporting units)."""
    plan = parse_text(
        "某市住建局安全生产督查台账\n一、房屋安全（2项）\n1. 开展自建房安全专项整治。\n责任单位：房屋甲科（牵头）、各区住建局\n"
        "完成时限：2025年12月底\n进展情况：已排查4万栋；市乙局、市丙局按职责配合开展联合执法。\n"
        "2. 推动餐饮场所“瓶改管”。\n责任单位：燃气丁处\n完成情况：已完成1035户，市戊局、各区政府配合开展排查。\n", "p.txt")[0]
    assert [_units(t) for t in plan.tasks()] == [[("房屋甲科", L), ("各区住建局", R)], [("燃气丁处", R)]]
    assert "市乙局、市丙局按职责配合开展联合执法" in plan.tasks()[0].text


def test_a_ledgers_problem_and_next_step_fields_name_no_unit_of_the_row():
    """A ledger's report goes on past what was done: 存在问题：…需由X负责… and 下步打算：将联合X…，Y配合 say what holds the
    row up and what comes next, and 本月进展情况： dates its progress; none names a unit of the row (before: the role verbs
    of those lines were read as its assignments)."""
    plan = parse_text(
        "某市重点工作推进台账\n一、扩大内需\n1. 开展促消费活动20场。\n牵头单位：市甲局；配合单位：市乙局\n"
        "本月进展情况：已举办8场，消费券由某银行分行负责核销。\n存在问题：场地不足，需由市丙中心负责协调。\n"
        "下步打算：将联合市丁会开展购物节，市戊局配合。\n", "p.txt")[0]
    assert [_units(t) for t in plan.tasks()] == [[("市甲局", L), ("市乙局", S)]]
    assert "市戊局配合" in plan.tasks()[0].text


_RULES_NOTICE_HEAD = ("某市人民政府办公室文件\n"
                      "某政办规〔2030〕3号\n"
                      "某市人民政府办公室关于印发某市家政服务业\n"
                      "发展专项资金管理办法的通知\n"
                      "各区（县）人民政府：\n"
                      "现将《某市家政服务业发展专项资金管理办法》印发给你们。\n")
_RULES_ARTICLES = ("第一章　总则\n"
                   "第一条　为规范专项资金管理，制定本办法。\n"
                   "第二章　职责分工\n"
                   "第二条　市商务局牵头，市财政局、市农业农村局配合，建立联席会议制度。\n"
                   "第三条　具体标准由市商务局会同市财政局确定。\n")


@pytest.mark.parametrize("own_title", ["某市家政服务业发展专项资金管理办法\n", ""])
def test_rules_in_articles_under_a_masthead_and_a_notice_title_broken_without_quotes_are_read_by_subjects(own_title):
    """某市人民政府办公室文件 / 文号 / 关于印发某市…(no 《》) / …管理办法的通知, then the 办法's own title line (or none) and
    第一章 / 第一条: the masthead and the 文号 are no title, the plan is the 管理办法, and its articles are read by the
    bodies their sentences open with."""
    plan = _one(_RULES_NOTICE_HEAD + own_title + _RULES_ARTICLES)
    assert plan.title == "某市家政服务业发展专项资金管理办法"
    assert [_units(t) for t in plan.tasks()[-2:]] == [
        [("市商务局", "lead"), ("市财政局", "support"), ("市农业农村局", "support")],
        [("市商务局", "lead"), ("市财政局", "support")]]


def test_rules_in_articles_under_a_masthead_alone_are_named_by_the_issuing_sentence():
    """A masthead and a 文号 with no notice title under them: the notice's 现将《…办法》印发给你们 names the plan."""
    plan = _one("某市人民政府办公室文件\n某政办规〔2030〕3号\n各区（县）人民政府：\n"
                "现将《某市家政服务业发展专项资金管理办法》印发给你们。\n" + _RULES_ARTICLES)
    assert plan.title == "某市家政服务业发展专项资金管理办法"
    assert _units(plan.tasks()[-1]) == [("市商务局", "lead"), ("市财政局", "support")]


def test_an_article_number_run_into_its_text_is_the_next_article():
    """第六条市财政局… after 第五条　…: the space after the article's number lost in copying; the numbering makes it the
    next article."""
    plan = _one("某市家政服务业发展专项资金管理办法\n"
                "第一条　为规范专项资金管理，制定本办法。\n"
                "第二条　市商务局组织专家对项目进行评审。\n"
                "第三条市财政局会同市商务局下达资金计划。\n"
                "第四条　市审计局对资金使用情况进行审计。\n")
    assert [t.title for t in plan.tasks()][-2:] == ["市财政局会同市商务局下达资金计划", "市审计局对资金使用情况进行审计"]
    assert _units(plan.tasks()[-2]) == [("市财政局", "lead"), ("市商务局", "support")]
    assert not plan.warnings


def test_a_glued_article_number_after_no_article_stays_text():
    """第二条生产线… under a plan numbered 1. 2.: no article before it, so the measure word 条 opens a sentence."""
    plan = _one("某市2030年工业工作要点\n"
                "1.推进项目建设。第一条生产线年内投产。（市工信局负责）\n"
                "第二条生产线明年建成。\n"
                "2.加强要素保障。（市发展改革委负责）\n")
    assert [t.title for t in plan.tasks()] == ["推进项目建设", "加强要素保障"]


def test_a_decimal_plans_duty_paragraphs_under_an_x_y_heading_are_its_tasks():
    """A 预案 numbered by decimals: 1.1 工作组 over 1.1.1 groups, 1.2 成员单位职责 over unit-first paragraphs with no
    number. Each paragraph is a task, its unit responsible, numbered on after the groups (before: 1.2 was one task
    holding only the units of the paragraphs' brackets)."""
    plan = _one(
        "某县突发事件应急预案\n"
        "1 组织体系\n"
        "1.1 工作组\n"
        "1.1.1 处置组\n"
        "由县甲局牵头，县乙局参加。负责现场处置。\n"
        "1.2 成员单位职责\n"
        "县甲局：负责组织现场处置（县丙中心配合）。\n"
        "县乙局：负责交通管制。\n"
        "2 应急保障\n"
        "2.1 队伍保障\n"
        "建立应急队伍。\n")
    assert [(t.number, t.label, t.group, _units(t)) for t in plan.tasks()] == [
        (1, "1.1.1", "1.1", [("县甲局", L), ("县乙局", S)]),
        (2, "", "1.2", [("县甲局", R), ("县丙中心", S)]),
        (3, "", "1.2", [("县乙局", R)])]


def test_a_decimal_part_naming_its_keeper_only_in_sentences_about_the_plan_holds_no_task():
    """3 预案管理 / 3.1 预案修订 / 本预案每3年修订一次，由县甲局组织修订。: the body revising the plan is given no work
    of it, so the part's x.y items are headings as the other parts' are (before: 3.1 a task with 县甲局). A 3.1 whose
    own work names a unit stays a task."""
    text = ("某县突发事件应急预案\n"
            "1 组织体系\n"
            "1.1 工作组\n"
            "1.1.1 处置组\n"
            "由县甲局牵头，县乙局参加。负责现场处置。\n"
            "2 预案管理\n"
            "2.1 预案修订\n"
            "{}\n")
    plan = _one(text.format("本预案每3年修订一次，由县甲局组织修订，报县人民政府批准后实施。"))
    assert [t.label for t in plan.tasks()] == ["1.1.1"]
    plan = _one(text.format("每年开展一次应急演练，由县甲局组织实施。"))
    assert [(t.label, _units(t)) for t in plan.tasks()] == [("1.1.1", [("县甲局", L), ("县乙局", S)]),
                                                            ("2.1", [("县甲局", I)])]


def test_a_footnote_mark_after_a_word_of_the_heading_is_no_part_of_the_title():
    """实施“两区”①建设工程: the ① points to a note at the page's foot; the title drops it, the text keeps it."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(
        "某省推进农业发展重点任务分工方案\n一、重点任务\n"
        "1.实施“两区”①建设工程。建成高标准农田50万亩。（省甲厅负责）\n"
        "2.深入实施“数转网联”②。推动企业数字化转型。（省乙厅负责）\n", "方案.txt")
    assert [t.title for t in plan.tasks()] == ["实施“两区”建设工程", "深入实施“数转网联”"]
    assert "“两区”①建设" in plan.tasks()[0].text


def test_ordinal_word_tasks_naming_their_units_in_the_sentence_stay_tasks_beside_the_plans_other_runs():
    """A 工作要点 writing its tasks as 一是 paragraphs under its 一、 headings names the units of some in the sentence
    (一是某局负责…。) instead of a closing bracket: where another section's run is the plan's tasks, a run with two or
    more (and half or more) of its items closed by their units is tasks too, not the section's text."""
    plan = _one(
        "某县2030年拥军工作要点\n"
        "一、支持部队建设\n"
        "一是甲县征兵办负责组织年度征兵，确保兵员质量。\n"
        "二是加强民兵训练。（甲县人武部牵头，各乡镇配合）\n"
        "三是甲县交通局要落实军车通行优待。\n"
        "四是推进人防工程建设。（甲县人防办负责）\n"
        "二、做好优抚工作\n"
        "一是落实安置政策。（甲县退役军人局牵头，甲县人社局配合）\n"
        "二是做好医疗保障。（甲县医保局负责）\n")
    assert [(s, n, label) for s, n, label, _ in _tasks(plan)] == [
        ("一", 1, "一是"), ("一", 2, "二是"), ("一", 3, "三是"), ("一", 4, "四是"), ("二", 1, "一是"), ("二", 2, "二是")]
    assert _tasks(plan)[1][3] == [("甲县人武部", L), ("各乡镇", S)]
    assert not plan.sections[0].intro


def test_ordinal_word_paragraphs_half_without_units_alone_in_the_plan_are_text_with_a_warning():
    """The same run as the plan's only one (no other section sets the way): read as its heading's text, as before, but
    the reader says it did not take the paragraphs for tasks."""
    plan = _one(
        "某县2030年拥军工作要点\n"
        "一、支持部队建设\n"
        "一是甲县征兵办负责组织年度征兵，确保兵员质量。\n"
        "二是加强民兵训练。（甲县人武部牵头，各乡镇配合）\n"
        "三是甲县交通局要落实军车通行优待。\n"
        "四是推进人防工程建设。（甲县人防办负责）\n")
    assert [t.label for t in plan.tasks()] == ["一、"]
    assert any(":3: outline: 4 '一是' paragraphs under a heading, 2 of them with no units in brackets" in w
               for w in plan.warnings)


def test_ordinal_word_tasks_run_together_in_one_paragraph_under_a_heading_are_each_a_task():
    """一是…（X牵头）二是…（Y负责） run together in one paragraph straight under a 一、 heading, each part closed by its
    units: each part is a task, as on lines of their own (before: the paragraph was the heading's text, units lost).
    Parts not each closed by units stay one paragraph."""
    plan = _one(
        "某县2030年拥军工作要点\n"
        "一、深化军民共建\n"
        "一是支持部队参与乡村振兴。（甲县农业局牵头，甲县人武部配合）二是完善联合应急机制。（甲县应急局负责）"
        "三是推进人才共享。（甲县卫健局负责）\n"
        "二、夯实基层基础\n"
        "一是迎接模范县考评。（甲县双拥办牵头）\n"
        "二是评选表彰模范单位。（甲县双拥办负责）\n"
        "三、工作要求\n"
        "一要加强领导。各部门要落实责任（分管领导亲自抓）二要强化配合。各单位要密切协作。\n")
    assert _tasks(plan)[:3] == [
        ("一", 1, "一是", [("甲县农业局", L), ("甲县人武部", S)]),
        ("一", 2, "二是", [("甲县应急局", R)]),
        ("一", 3, "三是", [("甲县卫健局", R)]),
    ]
    assert [(s, n) for s, n, _, _ in _tasks(plan)[3:]] == [("二", 1), ("二", 2)]
    assert "二要强化配合" in plan.sections[2].intro


@pytest.mark.parametrize("words", [("首先，", "其次，", "最后，"), ("第一，", "第二，", "第三，"), ("其一，", "其二，", "其三，")])
def test_ordinal_word_parts_of_any_kind_run_together_in_one_paragraph_under_a_heading_are_each_a_task(words):
    """A 实施意见 sets a section's measures in one paragraph, 首先，…（X牵头）其次，…（Y负责）最后，…, or with 第一， /
    其一，: each part closed by its units is a task, as 一是…二是… parts are (before: the heading was one task holding
    every part's units, or none). 最后 closes the count in the place after the last. Words of another kind after a
    bracket (第一，… then 其次，) go on no count: that paragraph stays one, the heading's text."""
    first, second, last = words
    plan = _one(
        "某省关于加快养老服务发展的实施意见\n"
        "一、扩大服务供给\n"
        f"{first}发展老年助餐。（甲省民政厅牵头，甲省商务厅配合）{second}推进适老化改造。（甲省住建厅负责）"
        f"{last}发展银发经济。（甲省发改委牵头，甲省工信厅配合）\n"
        "二、强化要素保障\n"
        "第一，保障养老用地。（甲省自然资源厅负责）其次，落实税费优惠。（甲省税务局负责）\n")
    assert _tasks(plan) == [
        ("一", 1, first, [("甲省民政厅", L), ("甲省商务厅", S)]),
        ("一", 2, second, [("甲省住建厅", R)]),
        ("一", 3, last, [("甲省发改委", L), ("甲省工信厅", S)]),
    ]
    assert "其次，落实税费优惠" in plan.sections[1].intro


@pytest.mark.parametrize("kind", ["若干政策措施", "若干举措", "若干政策", "支持政策"])
def test_policy_measures_followed_by_their_attached_redemption_list_are_a_plan_of_their_own(kind):
    """…关于印发…若干政策措施的通知 / the measures' title / 一、 1. 2. / 附件 / the 政策兑现清单: the measures are the
    first plan (their tasks naming no unit), the list the second; the measures are no covering notice of the list."""
    title = f"某县扶持小微企业{kind}"
    plans = parse_text(
        f"某县人民政府关于印发{title}的通知\n"
        "各乡镇人民政府，县直各部门：\n"
        f"现将《{title}》印发给你们，请认真执行。\n"
        "某县人民政府\n"
        "2030年3月6日\n"
        f"{title}\n"
        "一、减轻经营负担\n"
        "1.奖励新上规企业。对首次上规企业给予奖励。\n"
        "2.补贴物流费用。对新开线路给予补贴。\n"
        "附件\n"
        f"{title}兑现清单\n"
        "序号\t政策内容\t兑现部门\t兑现方式\n"
        "1\t奖励新上规企业\t县工信局\t免申即享\n"
        "2\t补贴物流费用\t县交通局\t依申请\n", "measures.txt")
    assert [p.title for p in plans] == [title, f"{title}兑现清单"]
    assert [[(t.title, [a.name for a in t.assignments]) for t in p.tasks()] for p in plans] == [
        [("奖励新上规企业", []), ("补贴物流费用", [])], [("奖励新上规企业", ["县工信局"]), ("补贴物流费用", ["县交通局"])]]


def test_a_markdown_bullet_before_a_task_number_leaves_the_number_the_tasks():
    """Wikis and static sites write a plan's numbered points inside Markdown bullet lists (- 1. 推进…, * 2. …, nested
    `  - 3. …` under a theme bullet): the number after the mark is the task's (before: the tasks ran together, each
    unit list swallowing the next point's number and title)."""
    plan = parse_text(
        "某市数字政府建设工作要点\n## 一、重点任务\n- 1. 推进政务云集约化建设。完成扩容。（市甲局牵头，市乙局配合）\n"
        "* 2. 加强数据安全保护。开展风险评估。（市丙办负责）\n- 安全底座\n"
        "  - 3. 强化关键设施保护。开展安全检查。（市丁局牵头，市丙办配合）\n", "p.md")[0]
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "推进政务云集约化建设", [("市甲局", L), ("市乙局", S)]),
        (2, "加强数据安全保护", [("市丙办", R)]),
        (3, "强化关键设施保护", [("市丁局", L), ("市丙办", S)])]


def test_unit_labels_on_markdown_bullets_under_a_task_are_its_label_lines():
    """Markdown plans set each unit label on a bullet of its own under the numbered point (`  - **牵头单位**：X`):
    the bullets are the point's label lines, not points of their own (before: one untitled task per label bullet,
    the numbered points lost)."""
    plan = parse_text(
        "某市数字政府建设工作要点\n## 一、重点任务\n1. 推动政务服务向基层延伸。建成便民服务站。\n"
        "  - **牵头单位**：市甲局\n  - **责任单位**：各县（市、区）人民政府\n"
        "2. 开展建设评估。建立指标体系。\n  * 牵头单位：市乙局\n  * 配合单位：市丙室\n", "p.md")[0]
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "推动政务服务向基层延伸", [("市甲局", L), ("各县（市、区）人民政府", R)]),
        (2, "开展建设评估", [("市乙局", L), ("市丙室", S)])]


def test_a_bold_unit_label_closed_by_a_space_is_a_label():
    """Markdown writers let the bold set a unit label off instead of a colon (- **牵头单位** 县甲局): the label is
    read as if its colon were there (before: 牵头单位 县甲局 was no label line, the task kept no unit)."""
    plan = parse_text(
        "某县2025年稳增长工作要点\n## 一、稳增长\n1. **抓好项目建设。** 新开工项目30个。\n"
        "    - **牵头单位** 县甲局\n    - **配合单位** 县乙局、县丙局\n"
        "2. **扩大消费。** 开展促消费活动。**牵头单位**：县丁局；**配合单位** 县戊局\n", "p.md")[0]
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "抓好项目建设", [("县甲局", L), ("县乙局", S), ("县丙局", S)]),
        (2, "扩大消费", [("县丁局", L), ("县戊局", S)])]


def test_unit_bullets_nested_under_a_label_alone_are_names_and_numbered_labels_are_label_lines():
    """A unit label alone on its bullet with its units as bullets nested under it (* **配合单位**： / `        * 县乙局`)
    names one unit per bullet (before: 县乙局* 县丙局 read as one name); a nested ordered list of unit labels under
    a task (`    1. **牵头单位**：X`) is the task's label lines (before: an untitled task per label)."""
    plan = parse_text(
        "某县2025年重点工作\n## 一、稳增长\n1. **扩大消费。** 开展促消费活动20场。\n    * **牵头单位**：县甲局\n"
        "    * **配合单位**：\n        * 县乙局\n        * 县丙局\n2. **稳定就业。** 新增城镇就业2000人。\n"
        "    1. **牵头单位**：县丁局\n    2. **配合单位**：县戊局\n", "p.md")[0]
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "扩大消费", [("县甲局", L), ("县乙局", S), ("县丙局", S)]),
        (2, "稳定就业", [("县丁局", L), ("县戊局", S)])]


def test_a_markdown_footnote_reference_is_no_part_of_a_unit_name():
    """Markdown footnote references after a unit's name (市甲局[^1]) are marks of the page: the name is read without
    them (before: 市甲局[^1] was the unit's name)."""
    plan = parse_text(
        "某市2025年重点任务分工\n## 一、改革\n1. **盘活闲置资产。** 引导盘活闲置农房。\n"
        "    * **责任单位**：各县（市、区）人民政府[^1]\n2. **推进数字乡村建设。** 新建基站1200个。\n"
        "    - **牵头单位**：市甲局[^2]、市乙办\n## 二、保障措施\n加强组织领导。\n\n[^1]: 指各县具体组织实施。\n", "p.md")[0]
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "盘活闲置资产", [("各县（市、区）人民政府", R)]),
        (2, "推进数字乡村建设", [("市甲局", L), ("市乙办", L)])]


def test_a_bracketed_footnote_reference_with_its_note_is_no_part_of_a_name_or_title():
    """pandoc's plain text writes a Word footnote's reference as [n] glued to the word (县乙单位[2]), its note as a line
    opening with [n] at the end: the reference leaves names and titles (before: 县乙单位[2] was the unit's name, the
    title kept [1]). A bracketed number no note line opens with stays as written."""
    plan = parse_text(
        "某县优化营商环境若干措施\n\n一、压缩办理时间\n\n1.深化“一窗受理”[1]改革。推动业务并联办理。（县甲局牵\n"
        "头，县乙单位[2]按职责分工负责）\n\n2.规范涉企收费。更新收费目录清单[5]。（县丙委、县丁办[3]牵头，\n"
        "县戊局配合）\n\n[1] “一窗受理”：指综合窗口统一受理。\n\n[2] 县乙单位：指县己局、县庚局。\n\n"
        "[3] 县丁办设在县丙委。\n", "p.txt")[0]
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "深化“一窗受理”改革", [("县甲局", L), ("县乙单位", R)]),
        (2, "规范涉企收费", [("县丙委", L), ("县丁办", L), ("县戊局", S)])]
    assert "收费目录清单[5]" in plan.tasks()[1].text


def test_a_bold_item_run_in_after_a_markdown_heading_opens_a_line_of_its_own():
    """A PDF-to-Markdown converter glues the first paragraph under a heading onto the heading's line when the PDF set
    no gap (## （二）提升服务 **3.建设托育设施。** …): the item is the heading's first item (before: item 3 was lost in
    the heading's text and the sequence skipped it)."""
    plan = parse_text(
        "某县2025年民生工作实施方案\n## 二、重点任务\n### （一）改造管网\n**1.改造供水管网。** 更新老旧管网。（县甲局牵头）\n"
        "**2.改造燃气管道。** 更新燃气管道。（县乙局牵头）\n### （二）提升服务 **3.建设托育设施。** 配建托育设施。（县丙局牵头）\n"
        "**4.完善便民服务。** 建设便民网点。（县丁局牵头）\n", "p.md")[0]
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "改造供水管网", [("县甲局", L)]), (2, "改造燃气管道", [("县乙局", L)]),
        (3, "建设托育设施", [("县丙局", L)]), (4, "完善便民服务", [("县丁局", L)])]


def test_a_latex_superscript_footnote_mark_is_no_part_of_a_title_or_name():
    """A PDF-to-Markdown converter writes a footnote's superscript number as LaTeX glued to the word ($^{2}$): the mark
    leaves titles and names (before: 更新运输设备$^{2}$ was the title, 县甲局$^{1}$ the unit). After an ASCII
    letter or 米 it is a power (m$^{2}$, 万米$^{3}$) and stays."""
    plan = parse_text(
        "某县2025年设备更新实施方案\n## 一、重点任务\n**1.更新运输设备$^{2}$。** 新增公交车20辆。（县甲局$^{1}$牵头）\n"
        "**2.改造老旧厂房。** 改造厂房5万m$^{2}$，新增调蓄池2万米$^{3}$。（县乙局牵头，县丙局配合）\n\n$^{1}$ 按年度计划统筹实施。\n"
        "\n$^{2}$ 含公交车和出租车。\n", "p.md")[0]
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "更新运输设备", [("县甲局", L)]), (2, "改造老旧厂房", [("县乙局", L), ("县丙局", S)])]
    assert "5万m$^{2}$" in plan.tasks()[1].text and "2万米$^{3}$" in plan.tasks()[1].text  # 米 cubed, no note mark


def test_an_ordered_list_nested_under_a_numbered_item_is_its_text_not_tasks():
    """Markdown nests an item's measures as an ordered list indented under it (5. 完善… / `    1. 筹集…`), its label
    bullets after them: the measures are the item's text (before: tasks 1, 2 restarting the sequence, the labels
    going to the last). Tasks restarting at 1 at the items' own depth under a new group keep their numbers."""
    plan = parse_text(
        "某市2025年重点任务分工\n## 一、住房保障\n1. **完善住房保障体系。**\n    1. 筹集保障性租赁住房2000套；\n"
        "    2. 将农业转移人口纳入公租房保障范围。\n    - **牵头单位**：市甲局\n    - **配合单位**：市乙局\n"
        "2. **健全社会保障。** 推动灵活就业人员参保。\n    - **牵头单位**：市丙局\n"
        "## 二、城乡融合\n- **（一）推进要素流动**\n    1. **深化土地改革。** 开展试点。\n        - **牵头单位**：市丁局\n"
        "- **（二）推进设施互通**\n    1. **推进供水一体化。** 实施供水工程。\n        - **牵头单位**：市戊局\n", "p.md")[0]
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "完善住房保障体系", [("市甲局", L), ("市乙局", S)]),
        (2, "健全社会保障", [("市丙局", L)]),
        (1, "深化土地改革", [("市丁局", L)]),
        (1, "推进供水一体化", [("市戊局", L)])]
    assert "筹集保障性租赁住房2000套" in plan.tasks()[0].text


def test_a_theme_bullet_after_a_units_line_is_no_word_of_the_last_unit():
    """Markdown 要点 group numbered points under unnumbered theme bullets (- 政务云网 / - 数据资源); the theme bullet
    after a point's unit line, which has no stop, opens a line of its own (before: glued to the last unit's name,
    各县（市、区）人民政府- 数据资源)."""
    plan = parse_text(
        "某市数字政府建设工作要点\n## 一、重点任务\n- 政务云网\n1. 推进政务云集约化建设。完成扩容。\n"
        "    **牵头单位**：市甲局；**配合单位**：各县（市、区）人民政府\n- 数据资源\n"
        "2. 建设公共数据平台。完善数据目录。\n    **责任单位**：市甲局\n", "p.md")[0]
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "推进政务云集约化建设", [("市甲局", L), ("各县（市、区）人民政府", S)]),
        (2, "建设公共数据平台", [("市甲局", R)])]


def test_nested_bullets_under_an_item_with_inline_units_are_no_words_of_the_last_unit():
    """Wiki task lists write the units inline after the item's title (1. 建设… —— 牵头：X；配合：Y) and the measures as
    nested bullets under it: the list mark opening the line ends the units (before: 市丙局- 建成实验室2家 read as a
    unit, the measure's clauses as more units)."""
    plan = parse_text(
        "某市2025年重点工作清单\n## 一、扩大投资\n1. 建设科创平台 —— **牵头**：市甲局；**配合**：市乙局、市丙局\n"
        "  - 建成实验室2家；\n  - 研发投入提高到2%。\n2. 推进数字转型 —— **责任单位**：市丁局\n  - 建成算力中心。\n"
        "3. 完善物流网络 —— **责任单位**：市戊局\n", "p.md")[0]
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "建设科创平台", [("市甲局", L), ("市乙局", S), ("市丙局", S)]),
        (2, "推进数字转型", [("市丁局", R)]),
        (3, "完善物流网络", [("市戊局", R)])]
    assert "建成实验室2家" in plan.tasks()[0].text and "建成算力中心" in plan.tasks()[1].text


def test_a_nested_quote_under_an_item_with_inline_units_is_no_word_of_the_last_unit():
    """Wikis nest a progress note as a quote under a task-list item (  > ✅ 已完成…): the quote mark opening the line
    ends the units written inline after the title (before: 市乙局> ✅ 3月完成 and the note's clauses read as units)."""
    plan = parse_text(
        "某市2025年重点工作清单\n## 一、优化营商环境\n1. 上线一件事事项10个 —— **牵头**：市甲局；**配合**：市乙局\n"
        "  > ✅ 3月完成，材料见子页面。\n2. 开展收费整治 —— **牵头**：市丙局；**配合**：市丁局\n", "p.md")[0]
    assert [(t.number, _units(t)) for t in plan.tasks()] == [
        (1, [("市甲局", L), ("市乙局", S)]), (2, [("市丙局", L), ("市丁局", S)])]
    assert "3月完成" in plan.tasks()[0].text


def test_a_task_list_checkbox_is_the_marks_no_word_of_the_title():
    """Wiki task lists tick their items off (- [x] 上线… / - [ ] 开展…): the checkbox is part of the list mark, no word
    of the title (before: titles [x]上线… and []开展…); a numbered item behind a box keeps its number."""
    plan = parse_text(
        "某市2025年重点工作清单\n## 一、优化营商环境\n- [x] 上线一件事事项10个 —— **牵头**：市甲局；**配合**：市乙局\n"
        "- [ ] 开展收费整治 —— **牵头**：市丙局\n", "p.md")[0]
    assert [(t.title, _units(t)) for t in plan.tasks()] == [
        ("上线一件事事项10个", [("市甲局", L), ("市乙局", S)]), ("开展收费整治", [("市丙局", L)])]
    numbered = parse_text(
        "某市2025年重点工作清单\n## 一、优化营商环境\n* [X] 1. 推行包容监管。（市丁局负责）\n"
        "* [ ] 2. 清理拖欠账款。（市戊局负责）\n", "p.md")[0]
    assert [(t.number, t.title, _units(t)) for t in numbered.tasks()] == [
        (1, "推行包容监管", [("市丁局", R)]), (2, "清理拖欠账款", [("市戊局", R)])]


def test_circled_numbers_run_on_past_20():
    """Items numbered with circled numerals straight through a plan go on past ⑳ as ㉑ ㉒ … (and ㊱ … ㊿): each a task."""
    plan = _one(
        "某市营商环境优化提升行动方案\n"
        "二、重点任务\n"
        "⑲优化报建审批。推行并联审批。（牵头单位：市甲局；责任单位：市乙局）\n"
        "⑳压减办税时间。推广非接触式办税。（牵头单位：市丙局；责任单位：市丁局）\n"
        "㉑便利跨境贸易。压缩通关时间。（牵头单位：市戊局；责任单位：市己局）\n"
        "㉒保护中小投资者。完善纠纷调解机制。（牵头单位：市庚局；责任单位：市辛局）\n")
    assert [(t.number, t.label) for t in plan.tasks()] == [(19, "⑲"), (20, "⑳"), (21, "㉑"), (22, "㉒")]
    assert [_units(t) for t in plan.tasks()[2:]] == [[("市戊局", L), ("市己局", R)], [("市庚局", L), ("市辛局", R)]]
    assert not any("⑳" in w or "㉑" in w or "㉒" in w for w in plan.warnings)  # ⑲ opening the excerpt is warned of


def test_circled_number_of_each_block():
    from generator.words.labels import label_of

    assert [label_of(f"{ch}推进某项工作").number for ch in "①⑳㉑㉟㊱㊿"] == [1, 20, 21, 35, 36, 50]


def test_a_heading_naming_a_kind_of_bodies_over_unit_lines_is_no_unit_of_their_items():
    """（一）县直有关部门 / （二）属地政府 over 1.县X大队 / 2.县Y局 lines, each over its （1）（2） duties: a county 方案
    groups its unit lines by kind of body; the heading is a category, no unit of an item whose own line names none
    (3.其他成员单位), and the reading report says so. A heading naming one body still answers for its duties."""
    plan = _one(
        "某县冬季火灾防控工作方案\n"
        "一、工作职责\n"
        "（一）县直有关部门\n"
        "1.县消防救援大队\n"
        "（1）开展消防安全检查。\n"
        "2.县应急管理局\n"
        "（1）开展易燃易爆企业检查。\n"
        "3.其他成员单位\n"
        "按照各自职责做好火灾防控工作。\n")
    assert {t.number: _units(t) for t in plan.tasks()} == {
        1: [("县消防救援大队", R)], 2: [("县应急管理局", R)], 3: []}
    assert any("names a kind of bodies" in n.text and "县直有关部门" in n.text for n in plan.readings)


def test_a_heading_naming_the_departments_under_a_level_is_a_kind_of_bodies():
    """（一）县直部门职责 over 1.县X局：负责… duties closing with 3.其他成员单位：按照各自职责…: 县直部门 (市直单位, 区直机关)
    names the departments under the county as one class, no body; the duty naming the others by reference takes no
    unit from it, as under 县直有关部门, nor does a duty naming none (4.负责督促检查). A heading naming one body still gives
    it to a duty naming none."""
    plan = _one(
        "某县秸秆禁烧工作方案\n"
        "一、职责分工\n"
        "（一）县直部门职责\n"
        "1.县甲局：负责统筹协调。\n"
        "2.县乙局：负责火点监测。\n"
        "3.其他成员单位：按照各自职责做好相关工作。\n"
        "4.负责督促检查。\n")
    assert {t.number: _units(t) for t in plan.tasks()} == {1: [("县甲局", R)], 2: [("县乙局", R)], 3: [], 4: []}
    assert any("names a kind of bodies" in n.text and "县直部门" in n.text for n in plan.readings)
    assert any("其他成员单位" in n.text and "reference" in n.text for n in plan.readings)
    plan = _one("某县秸秆禁烧工作方案\n一、职责分工\n（一）县丙局职责\n1.县甲局：负责统筹协调。\n"
                "2.县乙局：负责火点监测。\n3.负责督促检查。\n")
    assert _units(plan.tasks()[2]) == [("县丙局", R)]


def test_a_run_in_duty_of_people_does_not_make_its_level_the_task_level():
    """A grid plan's 网格职责 opens with （一）县级包片领导。负责…, the duty of people (a post, no body), run in, then
    （二）/（三） headings over unit-first duties numbered through (1.各乡镇人民政府：负责…). The people's item is one of the
    level's headings, not its task: the numbered duties are the tasks, each with its own unit, and the report says
    what was made of the people's item."""
    plan = _one(
        "某县秸秆禁烧网格化管理方案\n"
        "一、网格职责\n"
        "（一）县级包片领导。负责所包乡镇的督导检查。\n"
        "（二）乡镇网格职责\n"
        "1.各乡镇人民政府：负责本辖区禁烧巡查（县甲局指导）。\n"
        "（三）县直部门职责\n"
        "2.县甲局：负责统筹协调。\n"
        "3.县乙局：负责火点监测。\n")
    assert {t.number: _units(t) for t in plan.tasks()} == {
        1: [("各乡镇人民政府", R), ("县甲局", "support")], 2: [("县甲局", R)], 3: [("县乙局", R)]}
    assert any("duty of people (县级包片领导)" in n.text for n in plan.readings)


def test_a_companys_registered_name_as_a_heading_is_the_unit_of_its_duties():
    """二、某溪华润燃气有限公司 over 1. 2.: a duty list names the local gas or water company by its registered name, a
    place name with no level word and its legal form (有限公司, 集团) last; it answers for the duties under it as a
    heading 县X局 does. A place name alone is still no body."""
    plan = _one(
        "某县冬季火灾防控工作方案\n"
        "一、县消防救援大队\n"
        "1.开展消防安全检查。\n"
        "二、某溪华润燃气有限公司\n"
        "2.开展用户燃气设施入户安检。\n"
        "三、某溪水务集团\n"
        "3.保障消防用水。\n")
    assert {t.number: _units(t) for t in plan.tasks()} == {
        1: [("县消防救援大队", R)], 2: [("某溪华润燃气有限公司", R)], 3: [("某溪水务集团", R)]}


def test_a_closing_article_exhorting_every_body_naming_none_is_the_plans_text():
    """实施细则 in articles close with an untitled 组织保障 article (第N条　各地各部门要…) before 施行: a collective
    subject binding no named body, the plan's closing text; where the plan's items name no units, a last item so
    worded may be work and stays a task."""
    plan = _one(
        "某市稳岗扩容实施细则\n"
        "第一条　为稳定就业岗位，制定本细则。\n"
        "第二条　发放扩岗补助。对新招用青年的企业给予补助。\n"
        "责任单位：市人社局、市财政局\n"
        "第三条　开展技能培训。全年培训农民工五千人次。\n"
        "责任单位：市人社局\n"
        "第四条　各地各部门要提高站位，推动各项措施落地见效。\n"
        "第五条　本细则自2025年5月1日起施行。\n")
    assert [t.label for t in plan.tasks()] == ["第二条", "第三条"]
    assert any("exhorts every body" in n.text for n in plan.readings)
    plan = _one(
        "某镇2025年工作要点\n"
        "一、整治村容村貌，清理垃圾堆点二十处。\n"
        "二、各村要完成改厕一百户。\n"
        "三、各地各部门要开展秸秆禁烧巡查。\n")
    assert [t.label for t in plan.tasks()] == ["一、", "二、", "三、"]


def test_a_working_groups_tasks_label_between_its_units_and_its_items_keeps_the_groups_units():
    """A 攻坚年 or 招商 plan sets each 工作专班 as its heading, its leader, 牵头单位 and 成员单位 lines, then 主要任务： (or
    工作任务： / 重点任务：) on a line of its own over the numbered tasks: the label is a field of the heading, as 主要职责：
    is, and the heading's units cover the tasks."""
    plan = parse_text(
        "某县招商攻坚方案\n一、工作专班及主要任务\n（一）甲产业招商专班\n牵头县领导：李某（副县长）\n牵头单位：县甲局\n"
        "成员单位：县乙局、县丙局\n主要任务：\n1.编制甲产业招商图谱。\n2.全年开展上门招商不少于20次。\n（二）乙产业招商专班\n"
        "牵头单位：县丁局\n成员单位：县甲局\n重点任务：\n1.举办乙产业推介会。\n2.储备乙产业项目10个。\n", "p.txt")[0]
    first = [("县甲局", L), ("县乙局", S), ("县丙局", S)]
    second = [("县丁局", L), ("县甲局", S)]
    assert [_units(t) for t in plan.tasks()] == [first, first, second, second]


def test_a_leaders_field_beside_the_lead_units_label_on_one_line_keeps_the_groups_units():
    """A 专班 heading may set its leader and its 牵头单位 side by side on one line (牵头县领导：王某（副县长）　　牵头单位：X),
    and a copy may lose the gap between them: the line is the heading's units' line, the leader no unit, and the
    heading's units cover its numbered tasks."""
    plan = parse_text(
        "某县招商攻坚方案\n一、工作专班\n（一）甲食品招商专班\n牵头县领导：王某（副县长）　　牵头单位：县甲局\n"
        "成员单位：县乙局、县丙局\n1.开展精准招商。\n2.储备项目不少于15个。\n（二）乙物流招商专班\n"
        "牵头县领导：孙某（副县长）牵头单位：县乙局\n成员单位：县丁局\n1.招引综合体项目。\n2.引进冷链物流项目2个。\n",
        "p.txt")[0]
    first = [("县甲局", L), ("县乙局", S), ("县丙局", S)]
    second = [("县乙局", L), ("县丁局", S)]
    assert [_units(t) for t in plan.tasks()] == [first, first, second, second]


def test_a_task_number_alone_on_its_line_labels_the_text_on_the_next():
    """PDF and web copies may break a line after a task's number (2. / 建立…): the number alone on its line is the
    label of the text on the next line, where the numbering runs through it (1. before, 3. after); the task is not
    lost nor its text joined to the task above."""
    plan = parse_text(
        "某县招商方案\n一、重点任务\n1.编制招商图谱。（县甲局负责）\n2.\n建立企业家信息库。（县乙中心负责）\n"
        "3.举办恳谈会。（县丙会负责）\n", "p.txt")[0]
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "编制招商图谱", [("县甲局", R)]), (2, "建立企业家信息库", [("县乙中心", R)]), (3, "举办恳谈会", [("县丙会", R)])]
    # every number alone on its line: the run of them bears itself out
    plan = parse_text("某县招商方案\n一、重点任务\n（一）\n编制招商图谱。（县甲局负责）\n（二）\n举办恳谈会。（县丙会负责）\n", "p.txt")[0]
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "编制招商图谱", [("县甲局", R)]), (2, "举办恳谈会", [("县丙会", R)])]


def test_a_bare_number_out_of_the_runs_order_is_no_label():
    """A figure alone on its line that does not go on with the numbering around it (a page's number left in the copied
    text, 7.) labels nothing: the next line stays the text of the task above."""
    plan = parse_text(
        "某县招商方案\n一、重点任务\n1.编制招商图谱。（县甲局负责）\n2.建立企业家信息库，\n7.\n每季度更新一次。（县乙中心负责）\n",
        "p.txt")[0]
    assert [(t.number, _units(t)) for t in plan.tasks()] == [(1, [("县甲局", R)]), (2, [("县乙中心", R)])]


def test_an_article_label_alone_on_its_line_takes_the_title_sentence_below_it():
    """第二条 alone on its line, its bold title sentence (强化燃气整治。) on the next: the label is read with the line
    below as a run-in 第二条　强化燃气整治。 would be, so its （一） （二） sub-measures are its own, not the article
    before's. A lone label whose number does not go on the articles' numbering stays text."""
    text = ("某县安全生产硬措施责任分工\n"
            "第一条　严格安全执法。推行“执法+专家”模式。（牵头单位：县甲局；责任单位：县安委会各成员单位）\n"
            "第二条\n强化燃气整治。\n"
            "（一）开展瓶装液化气排查整治。（牵头单位：县乙局；责任单位：县丙局）\n"
            "（二）督促用户安装燃气报警装置。（牵头单位：县乙局；配合单位：县丁大队）\n")
    (plan,) = parse_text(text)
    assert [(t.title, _units(t)) for t in plan.tasks()] == [
        ("严格安全执法", [("县甲局", L), ("县安委会各成员单位", R)]),
        ("开展瓶装液化气排查整治", [("县乙局", L), ("县丙局", R)]),
        ("督促用户安装燃气报警装置", [("县乙局", L), ("县丁大队", S)])]
    (skipped,) = parse_text(text.replace("第二条\n", "第五条\n"))
    # 第五条 after 第一条 is no article of the run: no section or group is opened by it
    assert "第五条" not in [s.label for s in skipped.sections] + [g.label for s in skipped.sections for g in s.groups]


def test_articles_set_inside_the_parts_of_a_notice_leave_the_part_after_them_a_section():
    """一、总体要求 / 二、责任分工 over 第一条 … / 三、工作要求: a 责任分工 of a set of measures sets its articles inside
    the 一、 parts of the notice. The 一、 headings, short and before the first article, are the sections; 三、工作要求
    after the last article is a section of its own, its （一） （二） naming no unit no tasks, and the article's
    sub-measures stay its tasks."""
    text = ("某县安全生产硬措施责任分工\n一、总体要求\n坚持人民至上，推动安全生产形势稳定向好。\n二、责任分工\n"
            "第一条　压实企业主体责任。\n"
            "（一）督促企业开展隐患排查。（牵头单位：县甲局；责任单位：县乙局）\n"
            "（二）将企业失信行为纳入信用记录。（牵头单位：县丙局）\n"
            "三、工作要求\n（一）加强组织领导。各牵头单位要细化工作措施。\n（二）强化信息报送。各单位要按月报送工作进展。\n")
    (plan,) = parse_text(text)
    assert [(s.number, s.title) for s in plan.sections] == [("一", "总体要求"), ("二", "责任分工"), ("三", "工作要求")]
    assert [(t.title, _units(t)) for t in plan.tasks()] == [
        ("督促企业开展隐患排查", [("县甲局", L), ("县乙局", R)]), ("将企业失信行为纳入信用记录", [("县丙局", L)])]


def test_names_set_one_under_another_in_a_label_field_are_two_names():
    """A 要点 lists a field's units one per line, the second aligned under the first after the label's colon, or
    unindented, no 、 between them: two names (before: 县甲局县乙局, one). A name the line cut (县 / 丙投资集团有限公司)
    still joins into one."""
    plan = _one(
        "某县2025年改革工作要点\n"
        "一、深化社会领域改革\n"
        "　　1.深化医药卫生体制改革。推进医共体建设。\n"
        "　　牵头单位：县甲局\n"
        "　　　　　　　县乙局\n"
        "　　参与单位：县丙局\n"
        "县丁局、县戊局\n"
        "　　2.推进交通投融资改革。组建县级平台。\n"
        "　　牵头单位：县\n"
        "　　　　　　　丙投资集团有限公司\n"
        "　　参与单位：县财政局\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("县甲局", L), ("县乙局", L), ("县丙局", S), ("县丁局", S), ("县戊局", S)],
        [("县丙投资集团有限公司", L), ("县财政局", S)]]


@pytest.mark.parametrize("gap", ["", "\n"])
def test_units_one_per_line_under_a_bare_label_are_each_a_name(gap):
    """A label alone on its line (责任单位： / 牵头： / 配合：), its units one per line under it, with or without
    blank lines between (公众号 copies): each a unit in the label's role (before: one glued name, 县甲局县乙局)."""
    lines = ["某县2030年民生工作任务", "一、城市更新", "1.改造老旧小区。完成12个小区改造。", "责任单位：", "县甲局",
             "县乙局", "各乡镇人民政府", "2.建设口袋公园。新建公园5个。", "牵头：", "县丙局", "配合：", "县丁局",
             "县戊集团", "3.扩大学位供给。新增学位800个。（县己局负责）"]
    plan = _one(("\n" + gap).join(lines) + "\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("县甲局", R), ("县乙局", R), ("各乡镇人民政府", R)],
        [("县丙局", L), ("县丁局", S), ("县戊集团", S)], [("县己局", R)]]


@pytest.mark.parametrize("gap", ["", "\n"])
def test_units_numbered_one_per_line_under_a_bare_label_are_its_names_not_tasks(gap):
    """责任单位： alone on its line, its units one a line under it numbered afresh (1.县甲局 / 2.县乙局, or (1) / ①): the
    label's list, each a unit in the label's role, the number no letter of the name (before: each a task of its own,
    restarting the task numbers). Numbered lines that are sentences after such a label stay items."""
    lines = ["某县残联2030年工作要点", "一、提升康复服务", "1.做好社区康复服务。健全服务模式。", "责任单位：",
             "1.县甲委", "2.县乙局", "3.各乡镇人民政府等", "2.加强残疾预防。开展宣传活动。（责任科室：康复科；协助科室：宣传科）",
             "3.开展辅具适配。全年适配100人次。", "配合单位：", "①县丙局", "②县丁局"]
    plan = _one(("\n" + gap).join(lines) + "\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [
        (1, [("县甲委", R), ("县乙局", R), ("各乡镇人民政府", R)]), (2, [("康复科", R), ("宣传科", S)]),
        (3, [("县丙局", S), ("县丁局", S)])]
    assert not plan.warnings
    sentences = _one("某县2030年工作要点\n一、重点任务\n1.改造老旧小区。完成改造。\n责任单位：\n"
                     "1.开展入户排查。摸清底数。\n2.县甲局做好资金保障。\n")
    assert [t.number for t in sentences.tasks()] == [1, 1, 2]


def test_items_run_on_after_an_annotation_where_only_part_of_the_text_lost_its_breaks():
    """A sharing site pasted one page with no line breaks while the rest keeps them: an item's number right after the
    item before's closing annotation (…配合）3、…), and a group's heading run into its first item (（二）推进…2、…), continue
    the sequence and start items; a figure or a date after a bracket (（2030年）3.5万 / （附件1）2025年) does not."""
    plan = _one(
        "某县无障碍设施提升方案\n"
        "一、重点任务\n"
        "（一）改造公共空间\n"
        "1、改造人行道。对主干道盲道进行改造。（县甲局牵头，县乙局配合）\n"
        "（二）推进信息交流2、改造政务网站。提供大字版服务。（县丙中心牵头，县丁办配合）3、推进手语播出。"
        "每周播出1期（2030年）3.5万人次。（县戊中心负责）（三）提升服务水平4、改造服务窗口。设置专用窗口。"
        "（县丙中心负责，县直各部门落实）\n"
        "5、推进考试便利。（县己局负责）\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [
        (1, "改造人行道"), (2, "改造政务网站"), (3, "推进手语播出"), (4, "改造服务窗口"), (5, "推进考试便利")]
    assert [g.title for s in plan.sections for g in s.groups] == ["改造公共空间", "推进信息交流", "提升服务水平"]
    assert [_units(t) for t in plan.tasks()][1:4] == [
        [("县丙中心", L), ("县丁办", S)], [("县戊中心", R)], [("县丙中心", R), ("县直各部门", I)]]
    assert "（2030年）3.5万人次" in plan.tasks()[2].text
    assert not plan.warnings


def test_a_single_number_after_a_bracket_in_a_line_with_breaks_does_not_split_it():
    """One number after a closing bracket, no second one to continue it (…按清单（见附件）2.完成…), is no lost line
    break: the line stays one task, though its number continues the sequence."""
    plan = _one(
        "某县2030年工作要点\n一、重点任务\n"
        "1.完善无障碍设施。按照县里统一印发的改造清单（见附件）2.完成三处公共建筑出入口改造。（县甲局负责）\n"
        "2.加强宣传。（县乙局负责）\n")
    assert [t.number for t in plan.tasks()] == [1, 2]
    assert "（见附件）2.完成三处" in plan.tasks()[0].text


def test_two_items_on_a_line_the_second_after_the_first_annotation_bracket_are_split():
    """A web page that lost some breaks leaves two items on a line (1.…（X负责）2.…): the line's own label and the
    number after the annotation's closing bracket run on, so the second item is read as its own task."""
    plan = _one(
        "某县2030年协会工作要点\n"
        "一、深化改革\n"
        "1.完善治理结构。召开理事会会议。（责任部门：甲办公室）2.推进乡镇协会改革。指导乡镇协会落实编制。"
        "（乙宣传部牵头，各乡镇协会落实）\n"
        "3.加强基层建设。新建基层协会20个。（乙宣传部牵头，丙发展部配合）\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [
        (1, "完善治理结构"), (2, "推进乡镇协会改革"), (3, "加强基层建设")]
    assert [_units(t) for t in plan.tasks()] == [
        [("甲办公室", R)], [("乙宣传部", L), ("各乡镇协会", I)], [("乙宣传部", L), ("丙发展部", S)]]
    assert not plan.warnings


@pytest.mark.parametrize("bracket", ["（2030年）2.完成三处出入口改造", "（2030年）2.5万人次参与"])
def test_a_number_after_a_bracket_of_no_units_on_an_items_line_does_not_split_it(bracket):
    """A line opening 1. with 2. after a bracket that names no units (a year; a figure 2.5万) is one item's prose:
    only an annotation's closing bracket ends an item."""
    plan = _one(
        "某县2030年工作要点\n一、重点任务\n"
        f"1.完善无障碍设施。按照县里统一印发的改造清单推进{bracket}。（县甲局负责）\n"
        "2.加强宣传。（县乙局负责）\n")
    assert [t.number for t in plan.tasks()] == [1, 2]
    assert bracket in plan.tasks()[0].text


def test_a_section_heading_glued_between_an_annotation_and_the_next_item_is_split_off():
    """On a page that lost some breaks a section's heading runs in between two items (…落实）二、推动“三献”工作3.推进…):
    the section label and its short heading (a comma parting its halves) stand between the bracket and the number,
    as a group's （二） does, so the section and both items are read."""
    plan = _one(
        "某县2030年协会工作要点\n"
        "一、深化改革\n"
        "1.完善治理结构。召开理事会会议。（责任部门：甲办公室）\n"
        "2.开展困难救助。全年救助300户以上。（丁救护部负责，各乡镇协会落实）二、推动“三献”工作，弘扬互助精神"
        "3.推进无偿献血。开展招募活动。（丙发展部牵头，各乡镇协会配合）4.推进志愿登记。新增登记200人。（丙发展部负责）\n")
    assert [(s.number, s.title, [t.number for t in s.tasks]) for s in plan.sections] == [
        ("一", "深化改革", [1, 2]), ("二", "推动“三献”工作，弘扬互助精神", [3, 4])]
    assert [_units(t) for t in plan.tasks()][1:] == [
        [("丁救护部", R), ("各乡镇协会", I)], [("丙发展部", L), ("各乡镇协会", S)], [("丙发展部", R)]]
    assert not plan.warnings


def test_a_section_like_label_after_a_bracket_of_no_units_does_not_split_an_item():
    """二、三类 after a bracket that names no units (（试行）) and a number after it (2.完成率…) are one item's prose."""
    plan = _one(
        "某县2030年工作要点\n一、重点任务\n"
        "1.提升服务。落实站点服务规范（试行）二、三类站点2.完成率达到90%。（县甲局负责）\n"
        "2.加强宣传。（县乙局负责）\n")
    assert [t.number for t in plan.tasks()] == [1, 2]
    assert "（试行）二、三类站点2.完成率" in plan.tasks()[0].text


def test_a_section_heading_run_on_at_the_end_of_the_aims_paragraph_is_the_sections_heading():
    """A page that lost a break runs the first section's heading into the aims paragraph (…贡献力量。一、坚持党建引领，
    筑牢发展根基), its first item 1. on the next line: the section is read with its number and heading."""
    plan = _one(
        "某县2030年协会工作要点\n"
        "2030年工作的总体要求是：坚持以人民为中心，为全县现代化建设贡献互助力量。一、坚持党建引领，筑牢发展根基\n"
        "1.加强理论学习。全年集中学习不少于12次。（责任部门：甲办公室）\n"
        "二、深化改革，增强组织活力\n"
        "2.完善治理结构。召开理事会会议。（责任部门：乙宣传部）\n")
    assert [(s.number, s.title, [t.number for t in s.tasks]) for s in plan.sections] == [
        ("一", "坚持党建引领，筑牢发展根基", [1]), ("二", "深化改革，增强组织活力", [2])]
    assert not plan.warnings


@pytest.mark.parametrize("aims, below", [
    ("为全县现代化建设贡献互助力量，支持一、二级站点建设", ""),  # no finished sentence before 一、
    ("为全县现代化建设贡献互助力量。一、二级站点全部建成", "一、坚持党建引领\n"),  # the next line opens no 1.
])
def test_a_numeral_list_ending_the_aims_paragraph_is_no_section(aims, below):
    """一、二级 at the end of a paragraph is no section's label unless it follows a finished sentence and the next line
    opens the numbering under it at 1: the paragraph keeps its words, no section is made of them."""
    plan = _one(
        "某县2030年协会工作要点\n"
        f"2030年工作的总体要求是：坚持以人民为中心，{aims}\n"
        f"{below}"
        "1.加强理论学习。全年集中学习不少于12次。（责任部门：甲办公室）\n")
    assert [t.number for t in plan.tasks()] == [1]
    assert all("二级站点" not in s.title for s in plan.sections)
    assert all("二级站点" not in t.text for t in plan.tasks())


@pytest.mark.parametrize("closing", ["【二、保障措施】", "【 二、保障措施 】"])
def test_section_heading_set_whole_in_lenticular_brackets_is_a_heading(closing):
    """公众号 editors set a plan's 一、 heads whole in 【】 (【二、保障措施】): the head is the section's, so the （一）
    items of the closing safeguards are its own, not tasks outranking the 1. tasks above them."""
    plan = _one(
        "某县春季农业生产工作方案\n"
        "【一、重点任务】\n"
        "1.分解面积任务。将任务分解到乡镇。（责任单位：县农业农村局）\n"
        "2.整治撂荒耕地。开展排查整治。（县农业农村局牵头，县自然资源局配合）\n"
        f"{closing}\n"
        "（一）加强组织领导。各乡镇要抓紧抓实。\n"
        "（二）强化资金保障。统筹整合涉农资金。\n")
    assert [(s.number, s.title) for s in plan.sections] == [("一", "重点任务"), ("二", "保障措施")]
    # the brackets are the copy's dress: a page shows the heading as the plan numbers it, no lone 】 after its title
    assert [(s.label, s.heading) for s in plan.sections] == [("一、", "重点任务"), ("二、", "保障措施")]
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "分解面积任务", [("县农业农村局", R)]),
        (2, "整治撂荒耕地", [("县农业农村局", L), ("县自然资源局", S)])]


@pytest.mark.parametrize("head", ["▶ 二、重点任务", "▶二、重点任务", "● 二、重点任务", "📌二、重点任务"])
def test_a_symbol_before_a_section_head_is_furniture(head):
    """A 公众号 copy puts ▶ / ● / 📌 before a section head: the symbol is dress, the line the plan's section 二 (not a
    second plan titled 重点任务, nor a bullet item)."""
    plans = parse_text(
        "某县春季农业生产工作方案\n"
        "一、总体目标\n"
        "全县春播粮食面积稳定在42万亩以上。\n"
        f"{head}\n"
        "1.分解面积任务。将任务分解到乡镇。（责任单位：县农业农村局）\n"
        "2.整治撂荒耕地。开展排查整治。（县农业农村局牵头，县自然资源局配合）\n", "gzh.txt")
    assert [p.title for p in plans] == ["某县春季农业生产工作方案"]
    assert [(s.number, s.title) for s in plans[0].sections] == [("一", "总体目标"), ("二", "重点任务")]
    assert plans[0].sections[1].label == "二、"
    assert [[t.number for t in s.tasks] for s in plans[0].sections] == [[], [1, 2]]


def test_emoji_before_a_group_label_is_furniture():
    """A 公众号 copy marks its （一） groups with an emoji (🌱（一）…): the group heads are read, not run into the task
    above, their labels as the plan numbers them (the emoji is the copy's dress); a bullet with no label behind it
    (▲ a photo's caption) stays no group."""
    plan = _one(
        "某县春季农业生产工作方案\n"
        "一、重点任务\n"
        "🌱（一）稳定粮食面积\n"
        "1.分解面积任务。将任务分解到乡镇。（责任单位：县农业农村局）\n"
        "🌱（二）保障农资供应\n"
        "2.组织农资储备。储备化肥2万吨。（县供销合作社负责）\n")
    assert [[(g.label, g.title) for g in s.groups] for s in plan.sections] == [
        [("（一）", "稳定粮食面积"), ("（二）", "保障农资供应")]]
    assert [(t.number, _units(t)) for t in plan.tasks()] == [
        (1, [("县农业农村局", R)]), (2, [("县供销合作社", R)])]
    assert "保障农资供应" not in plan.tasks()[0].text


def test_safeguards_closing_the_prose_before_the_attached_tables_rows_are_its_text():
    """A notice's plan closes its prose with 五、保障措施 (（一）–（三） naming no unit), then sets out its 附件 table's
    rows under groups numbered afresh (一、食品领域 1. 2. …): the safeguards close the prose, not tasks 1–3 before
    the rows (which a scorer keyed by number would not even see)."""
    plan = _one(
        "某市2030年联合抽查工作计划\n一、工作目标\n实现联合抽查常态化。\n二、保障措施\n"
        "（一）加强组织领导。各部门要明确责任科室。\n（二）强化结果运用。推动结果与信用监管衔接。\n"
        "一、食品领域\n1.食品生产企业检查。（牵头单位：市甲局；配合单位：市乙局）\n"
        "2.餐饮服务检查。（牵头单位：市甲局）\n"
        "二、药品领域\n3.药品零售企业检查。（牵头单位：市丙局）\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "食品生产企业检查"), (2, "餐饮服务检查"), (3, "药品零售企业检查")]
    assert plan.sections[1].intro.startswith("（一）加强组织领导。")


def test_a_heading_cut_where_a_copy_without_line_breaks_broke_its_line_runs_on():
    """A copy that lost its line breaks (a page copied as a few long lines) breaks them anywhere, also inside a
    measure's lead sentence (（二）推行职业 / 技能培训券制度。…): the line's end is the copy's, so the heading runs on
    into the next line; a heading standing on a line of its own in a text keeping its breaks stays whole."""
    plan = _one(
        "某市推进职业技能培训的实施方案\n"
        "为提升劳动者技能，制定本方案。一、重点任务（一）扩大培训供给。支持建设实训基地。（市人社局牵头，各区按职责分工负责）"
        "（二）推行职业\n"
        "技能培训券制度。探索发放电子培训券。（市人社局、市财政局按职责分工负责）（三）加强资金监管。规范资金使用。（市财政局负责）")
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "扩大培训供给"), (2, "推行职业技能培训券制度"), (3, "加强资金监管")]
    assert _units(plan.tasks()[1]) == [("市人社局", R), ("市财政局", R)]
    plan = _one("某市职业技能培训工作方案\n一、重点任务\n（一）推行培训券\n探索发放电子培训券。（市人社局负责）\n"
                "（二）加强资金监管\n规范资金使用。（市财政局负责）\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "推行培训券"), (2, "加强资金监管")]


def test_a_month_heading_under_a_bare_label_line_is_no_part_of_the_units():
    """A school's or a bureau's plan by month heads its items with month lines (四月份, 七、八月份（暑假）) that carry
    no number. Under a label line with no closing stop (配合单位：X、Y) such a line is a heading of its own, never
    the rest of the label line: the last unit keeps its name."""
    text = "\n".join(["某县教育局学年度工作计划", "一、月度工作安排", "四月份",
                      "1.推进甲项建设，完成测评。", "责任股室：县甲站", "配合单位：县乙办、县丙大队",
                      "五月份", "2.组织乙项活动。（责任股室：丁股）"])
    [plan] = parse_text(text, "months.txt")
    assert [_units(t) for t in plan.tasks()] == [
        [("县甲站", "responsible"), ("县乙办", "support"), ("县丙大队", "support")], [("丁股", "responsible")]]


@pytest.mark.parametrize("months, section", [("七、八月份（暑假）", "二"), ("七、八月份（以下工作两个月连续推进）", "二"),
                                             ("三、九月份", "三")])
def test_a_heading_of_two_months_is_no_section(months, section):
    """七、八月份（暑假）: two months headed together, the first numeral and its 、 looking like a section's label. It
    is a month heading inside 二、月度工作安排 (the label's numeral and the month after it run on, 七 then 八); a
    section numbered apart from its month (三、九月份) stays a section."""
    text = "\n".join(["某县教育局学年度工作计划", "一、总体要求", "坚持育人为本。", "二、月度工作安排", "六月份",
                      "1.组织甲项考试。（责任股室：甲股）", months, "2.开展乙项培训。（责任股室：乙股）"])
    [plan] = parse_text(text, "months.txt")
    placed = [(s.number, t.number) for s in plan.sections for t in s.tasks]
    assert placed == [("二", 1), (section, 2)]


def test_a_command_bodys_make_up_under_its_own_heading_is_no_task():
    """（一）县X指挥部 over the sentence setting it up, 总指挥：… (a person) and 成员单位：A、B: who the command body is, no
    task (before: a task, the 指挥部 responsible and every member support); its members' duties below are the tasks."""
    plan = _one(
        "某县森林火灾应急预案\n"
        "一、组织指挥体系\n"
        "（一）县森林防灭火指挥部\n"
        "县人民政府设立县森林防灭火指挥部，统一指挥全县森林火灾应对工作。\n"
        "总指挥：县人民政府分管副县长\n"
        "成员单位：县甲局、县乙局、县丙局。\n"
        "（二）成员单位职责\n"
        "1.县甲局：负责组织协调森林火灾应急救援工作。\n"
        "2.县乙局：负责森林火灾预防和火情监测。\n")
    assert [(t.label, _units(t)) for t in plan.tasks()] == [("1.", [("县甲局", R)]), ("2.", [("县乙局", R)])]
    # a command body's heading over work of its own stays a task
    kept = _one(
        "某县森林火灾应急预案\n"
        "一、组织指挥体系\n"
        "（一）县森林防灭火指挥部\n"
        "总指挥：县人民政府分管副县长\n"
        "成员单位：县甲局、县乙局。\n"
        "每年组织开展一次综合演练。\n"
        "（二）县丁局负责火情监测。\n")
    assert [t.label for t in kept.tasks()][0] == "（一）"


def test_a_command_bodys_make_up_written_as_sentences_is_no_task():
    """（一）县X指挥部 over sentences filling its posts (指挥长由…担任，副指挥长由…担任) and naming its members (成员单位：…
    or 成员由…组成), maybe a line naming it by the short name it is given (县指挥部办公室设在…): who the body is, no task
    (before: a task, the 指挥部 responsible and every member support, the duties below shifted by one)."""
    def read(makeup: str):
        return _one("某县森林火灾应急预案\n一、组织指挥体系\n（一）县森林防灭火指挥部\n" + makeup
                    + "（二）成员单位职责\n县甲局：负责组织协调森林火灾扑救工作。\n县乙局：负责火情监测。\n")
    duties = [("", [("县甲局", R)]), ("", [("县乙局", R)])]
    setup = "县人民政府设立县森林防灭火指挥部（以下简称县指挥部），负责全县森林火灾扑救工作。"
    posts = "指挥长由分管副县长担任，副指挥长由县甲局局长、县乙局局长担任。"
    plan = read(setup + posts + "\n成员单位：县甲局、县乙局、县丙局。\n县指挥部办公室设在县甲局。\n")
    assert [(t.label, _units(t)) for t in plan.tasks()] == duties
    assert [t.number for t in plan.tasks()] == [1, 2]
    plan = read(setup + "\n" + posts + "成员由县甲局、县乙局、县丙局组成。\n")
    assert [(t.label, _units(t)) for t in plan.tasks()] == duties
    # work of its own under the same heading keeps it a task
    kept = read(setup + posts + "\n成员单位：县甲局、县乙局。\n每年组织开展一次综合演练。\n")
    assert [t.label for t in kept.tasks()][0] == "（一）"


def test_a_command_body_named_as_the_subject_of_its_own_work_keeps_its_heading_a_task():
    """A line naming the body (by name or short name) counts as its make-up only when it holds nothing but who the
    body is (set up, its office seated, its remit); the body named as the subject of a date, a frequency, a modal 要,
    an annotation or 实行/开展 is its own work, and the heading stays a task as it is with no subject."""
    def first(extra: str, tail: str = "（二）成员单位职责\n县甲局：负责扑救工作。\n县乙局：负责火情监测。\n"):
        plan = _one("某县森林火灾应急预案\n一、组织指挥体系\n（一）县森林防灭火指挥部\n"
                    "县人民政府设立县森林防灭火指挥部（以下简称县指挥部）。指挥长由分管副县长担任。\n"
                    "成员单位：县甲局、县乙局。\n" + extra + tail)
        return [t.label for t in plan.tasks()][:1]
    assert first("县指挥部每年组织开展一次综合演练。\n") == ["（一）"]
    assert first("县指挥部要于每年9月底前完成物资储备检查。（县乙局配合）\n") == ["（一）"]
    assert first("县指挥部办公室设在县甲局，办公室要加强值班值守。\n") == ["（一）"]
    assert first("县指挥部实行月调度制度。\n", "二、重点任务\n（一）整治\n1.开展巡查。（县甲局负责）\n") == ["（一）"]
    # who the body is, and only that, is still no task
    assert first("县指挥部办公室设在县甲局。\n") == [""]


def test_what_an_inspection_found_is_narrated_and_its_demands_are_the_tasks():
    """A 督查 通报 narrates what it found (二、发现的主要问题 （一）X方面。…) before what it asks (三、整改要求 1.…): the
    findings name no unit and are the section's text, not tasks; the demands are the tasks, numbered from 1. A
    rectification plan grouping its tasks under the problems they answer (（一）审计发现的问题 1.…) keeps them."""
    [plan] = parse_text("某市人民政府办公室关于重点工作督查情况的通报\n"
                        "二、发现的主要问题\n"
                        "（一）项目建设方面。部分项目开工率偏低，甲县有5个项目未开工。\n"
                        "（二）招商引资方面。签约项目履约率不高。\n"
                        "三、整改要求\n"
                        "（一）加快项目建设\n"
                        "1.请甲县人民政府于5月31日前制定开工计划。\n"
                        "2.由市乙局牵头，市丙局配合，建立协调机制。\n")
    assert [(s.label, [t.label for t in s.tasks]) for s in plan.sections] == [("二、", []), ("三、", ["1.", "2."])]
    assert "（一）项目建设方面。" in plan.sections[0].intro
    assert not any("skips the sequence" in w for w in plan.warnings)
    [plan] = parse_text("某市2025年审计查出问题整改方案\n"
                        "一、问题清单\n"
                        "（一）预算执行审计发现的问题\n"
                        "1.部分项目预算执行率偏低。（责任单位：市甲局）\n"
                        "2.非税收入未及时缴库。\n")
    assert [t.label for t in plan.tasks()] == ["1.", "2."]


@pytest.mark.parametrize("first, second", [("一月份：", "二月份："), ("一月：", "二月："), ("第一季度：", "全年工作：")])
def test_a_month_label_run_in_before_its_first_item_heads_the_item(first, second):
    """一月份：1.召开… : a plan by month may run the month's label in before its first item, on the same line. The
    label heads the month's items as a group (as a month line of its own does) and the item is a task of its own;
    before, the item was lost and its units went to the task above."""
    text = "\n".join(["某县甲局机关党支部2030年工作计划", "三、月度工作安排",
                      f"{first}1.召开支部委员会会议。（责任部门：办公室）", "2.收缴党费。（责任部门：人事股）",
                      f"{second}3.组织专题研讨。（责任部门：第一党小组、第二党小组）"])
    [plan] = parse_text(text, "months.txt")
    assert [(t.number, t.group, _units(t)) for t in plan.tasks()] == [
        (1, first, [("办公室", R)]), (2, first, [("人事股", R)]), (3, second, [("第一党小组", R), ("第二党小组", R)])]
    assert plan.tasks()[1].text == "收缴党费。（责任部门：人事股）"


def test_a_month_line_of_its_own_heads_its_items_and_ends_the_task_above():
    """一月份 / 1.… / 二月份 / 2.…: the month line heads the items under it; it is no part of the task above."""
    text = "\n".join(["某县甲局机关党支部2030年工作计划", "三、月度工作安排", "一月份",
                      "1.召开支部委员会会议。（责任部门：办公室）", "二月份", "2.组织专题研讨。（责任部门：第一党小组）"])
    [plan] = parse_text(text, "months.txt")
    assert [(t.group, t.text) for t in plan.tasks()] == [
        ("一月份", "召开支部委员会会议。（责任部门：办公室）"), ("二月份", "组织专题研讨。（责任部门：第一党小组）")]


def test_an_enterprise_named_before_the_service_it_gets_is_no_unit_first_duty():
    """A 包联企业 list (a table row joined as 企业名称。服务事项, or so written) names the enterprise served before the
    service its units carry out: 某县鑫源矿业有限公司。落实减税降费政策（责任单位：县甲局）. An enterprise by its legal form
    there is the row's object, whatever verb of doing the service opens with; before a role verb (负责…) it is the
    company's own duty."""
    plan = parse_text(
        "某县2030年领导干部包联企业工作安排\n一、包联企业\n1.某县鑫源矿业有限公司。落实减税降费政策。（责任单位：县甲局）\n"
        "2.某县竹海纸业股份有限公司。推进清洁生产改造。（责任单位：县乙局）\n"
        "3.某县燃气有限公司。负责城区管网巡查。（县丙局配合）\n", "p.txt")[0]
    assert [(t.title, _units(t)) for t in plan.tasks()] == [
        ("某县鑫源矿业有限公司", [("县甲局", R)]), ("某县竹海纸业股份有限公司", [("县乙局", R)]),
        ("负责城区管网巡查", [("某县燃气有限公司", R), ("县丙局", S)])]


def test_a_localitys_clause_with_no_stop_under_a_units_line_is_a_line_of_its_own():
    """分工 notices set a standing locality clause (各县（市、区）人民政府落实) on the line under the 责任单位： line,
    neither line ending in a stop: names closing on the verb of their share are a clause of their own, not the
    label's list wrapped by the page (which goes on with names only: 市住房城乡 / 建设局)."""
    (plan,) = parse_text("某市重点工作责任分工\n一、扩大有效需求\n1.推动房地产市场平稳健康发展。\n"
                         "牵头单位：市住房城乡建设局\n责任单位：市自然资源和规划局、市财政局\n各县（市、区）人民政府落实\n"
                         "2.扩大有效投资。\n牵头单位：市发展改革委\n责任单位：市财政局、市住房城乡\n建设局\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("市住房城乡建设局", L), ("市自然资源和规划局", R), ("市财政局", R), ("各县（市、区）人民政府", I)],
        [("市发展改革委", L), ("市财政局", R), ("市住房城乡建设局", R)]]


def test_an_action_heading_long_only_for_its_units_stays_a_heading_over_its_measures():
    """（一）…行动（牵头单位：X；配合单位：A、B、C）: three helpers push the heading's line past a heading's length, yet
    its title is short; where only its last measure names units, the measures are still the tasks (the earlier ones
    take the action's units), not sub-points of one sentence item closed by the last measure's annotation."""
    plan = _one(
        "某县全民健身行动2025年工作任务清单\n"
        "一、重点任务\n"
        "（一）全民健身设施提升行动（牵头单位：县文体旅游局；配合单位：县发展改革局、县住房城乡建设局、县自然资源局）\n"
        "1.新建社区健身步道。全年建成5公里。\n"
        "2.更新公共健身器材。完成器材更新200件。\n"
        "3.开放学校体育场地。推动中小学场地错时开放。（县教育局负责）\n"
        "（二）群众赛事活动行动（牵头单位：县文体旅游局；配合单位：县总工会）\n"
        "1.举办县级运动会。设项目12个。\n"
        "2.开展乡村篮球赛。覆盖全部乡镇。\n")
    first = [("县文体旅游局", L), ("县发展改革局", S), ("县住房城乡建设局", S), ("县自然资源局", S)]
    second = [("县文体旅游局", L), ("县总工会", S)]
    assert [(t.label, _units(t)) for t in plan.tasks()] == [
        ("1.", first), ("2.", first), ("3.", [("县教育局", R)]), ("1.", second), ("2.", second)]


def test_an_item_repeating_a_helper_its_heading_names_takes_that_pair_once():
    """（一）…行动（牵头单位：X；配合单位：A） over measures, one adding helpers （A、B配合） of which A is the heading's
    helper too: the item takes the heading's units beside its own, A as helper once; a measure naming its own lead
    keeps only its own."""
    plan = _one(
        "某县安全生产行动2025年工作任务清单\n"
        "一、重点任务\n"
        "（一）企业安全培训行动（牵头单位：县应急局；配合单位：县人社局）\n"
        "1.开展企业负责人培训。全年培训300人次。\n"
        "2.推进班组长轮训。覆盖规上企业。（县人社局、县总工会配合）\n"
        "3.建设实训基地。年内建成1个。（县教育局牵头）\n")
    heading = [("县应急局", L), ("县人社局", S)]
    assert [_units(t) for t in plan.tasks()] == [
        heading, [("县人社局", S), ("县总工会", S), ("县应急局", L)], [("县教育局", L)]]


def test_a_rule_a_pdfs_page_broke_in_the_covering_notice_is_read_whole():
    """A PDF's text wraps the covering notice's paragraph at the printed width, through the rule it states
    (…标注“牵头”的 / 为牵头单位，其余为配合单位…): the rule is read in its sentence made whole again, so the units
    after the marked lead support it."""
    lines = [
        "某县人民政府办公室关于印发重点任务清单的通知",
        "各乡镇人民政府，县直各单位：",
        "　　现将《某县重点任务清单》印发给你们，请结合实",
        "际认真抓好落实，并就有关事项通知如下：一是压实工",
        "作责任，各单位主要负责同志要亲自部署、亲自督办、",
        "亲自协调；二是加强协同配合，清单中标注“牵头”的",
        "为牵头单位，其余为配合单位，牵头单位要制定推进计",
        "划，配合单位要主动对接、积极支持；三是严格督查问",
        "效，县政府督查室每季度通报一次推进情况，督查结果",
        "纳入年度综合考核；四是注重宣传引导，及时总结推广",
        "基层的好经验好做法。",
        "某县重点任务清单",
        "1.改造乡村公路——县交通局（牵头）、县财政局",
        "2.建设农贸市场——县商务局（牵头）、县市场监管局",
        "3.整治河道岸线——县水利局",
    ]
    [plan] = parse_text("\n".join(lines) + "\n", "pdf.txt")
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("县交通局", L), ("县财政局", S)], [("县商务局", L), ("县市场监管局", S)], [("县水利局", R)]]


def test_a_note_under_the_last_item_of_a_pdfs_text_is_no_word_of_that_item():
    """In a PDF's text the last item's line may run to the printed width and end with its annotation's bracket; the
    note under it (注：标注“牵头”的为牵头单位…) is a paragraph of its own, not that line going on: the rule it states
    reads every item, the last one's text ends at its bracket."""
    lines = [
        "某县农村人居环境整治方案",
        "　　为改善农村人居环境，建设美丽宜居乡村，结合我县",
        "实际，制定本方案。各乡镇要把整治工作摆上重要位置，",
        "主要负责同志亲自抓，分管负责同志具体抓，层层压实责",
        "任，确保各项任务按期完成。县直有关部门要各司其职、",
        "密切配合，形成工作合力；要加强督促检查，对工作推进",
        "不力的单位及时通报，对成效明显的单位予以表扬，营造",
        "比学赶超的良好氛围，推动整治工作取得实实在在成效。",
        "一、重点任务",
        "1.推进农村厕所改造，年内完成改厕一千二百户以上（责",
        "任单位：县农业农村局（牵头）、县卫生健康局、各乡镇）",
        "2.治理农村生活污水，建设污水处理设施二十座以上（责",
        "任单位：县生态环境局（牵头）、县住房城乡建设局）",
        "注：标注“牵头”的为牵头单位，未标注的为配合单位。",
    ]
    [plan] = parse_text("\n".join(lines) + "\n", "pdf.txt")
    first, second = plan.tasks()
    assert second.text.endswith("县住房城乡建设局）")
    assert [(a.name, a.role) for a in first.assignments] == [("县农业农村局", L), ("县卫生健康局", S), ("各乡镇", S)]


def test_a_line_the_page_filled_with_a_whole_annotation_ends_its_paragraph():
    """A PDF's line that runs to the edge and ends with the annotation closing its paragraph (…检查。（牵头单位：X；
    配合单位：Y）) ends that paragraph: an unnumbered heading under it is no word of it. A bracket still open at the
    line's end goes on past a stop inside it (…市乙局； / 配合单位：市丙局）), even onto a line opening with a label."""
    from generator.parse.lines import Line, own_line
    from generator.words.labels import label_of
    from generator.parse.printed_width import join_wrapped

    lines = [Line(1, "推行综合查一次。在市场监管、城市管理等领域推行跨部门", None),
             Line(2, "联合检查。（牵头单位：市甲局；配合单位：市乙局、丙局）", None),
             Line(3, "构建规范有序的法治环境", None),
             Line(4, "加强涉企案件审判执行。开展积案清理。（牵头单位：市丁院；", None),
             Line(5, "配合单位：市己局）", None)]
    joined = join_wrapped(lines, label_of, own_line, 52)
    assert [ln.text for ln in joined] == [lines[0].text + lines[1].text, lines[2].text, lines[3].text + lines[4].text]


def test_a_paragraph_the_page_broke_over_many_lines_is_labelled_once_per_line_joined():
    """Each printed line joined to a paragraph reads the joined text's label once; the label the paragraph's words
    read before the join is carried, not read again from the growing paragraph. Here the outline's label is none its
    words read (a number glued to a figure, 11.121人才…, read apart): it is carried on as every line joins."""
    from generator.parse.lines import Line, own_line
    from generator.words.labels import label_of
    from generator.parse.printed_width import join_wrapped

    texts = ["推进城市更新和园区配套，完成老旧厂区改造十个，新建人才公"] + ["寓一千套，配套建设学校医院和公园绿地等设施，"] * 6 \
        + ["全面完成。"]
    read: list[str] = []

    def counted(text):
        read.append(text)
        return label_of(text)

    outline_label = label_of("11." + texts[0])
    lines = [Line(1, texts[0], outline_label)] + [Line(n, text, None) for n, text in enumerate(texts[1:], 2)]
    joined = join_wrapped(lines, counted, own_line, 48)
    assert [ln.text for ln in joined] == ["".join(texts)]
    assert joined[0].label.number == 11 and joined[0].label.rest == outline_label.rest + "".join(texts[1:])
    assert len(read) <= len(texts)


def test_a_chinese_texts_quotes_take_a_full_column_on_the_printed_page():
    """仿宋 prints “ ” — … full width: a PDF's line holding several runs to the edge as one holding none does."""
    from generator.words.widths import reaches_width

    assert reaches_width("“开”" * 8, 0, 48)
    assert not reaches_width("开" * 8, 0, 48)


def test_a_label_after_a_printed_line_ending_with_di_is_cited_not_an_item():
    """…；第 / （七）项由市X局牵头…: the page broke 第（七）项 after 第; the label opening the line is the item cited,
    not an item (七) of its own, and the line goes on with the one above."""
    from generator.parse.lines import Line, own_line
    from generator.words.labels import label_of
    from generator.parse.printed_width import join_wrapped

    lines = [Line(1, "第（五）项由市甲局、市乙局按职责分工负责；第（六）项由市丙局负责；第", None),
             Line(2, "（七）项由市丁局牵头，市戊局配合。", label_of("（七）项由市丁局牵头，市戊局配合。"))]
    joined = join_wrapped(lines, label_of, own_line, 60)
    assert [ln.text for ln in joined] == [lines[0].text + lines[1].text]


def test_a_label_glued_to_a_figure_stays_its_items_when_the_page_broke_the_line():
    """11.121人才工程… after 10.: task 11, its 121 a figure; in a PDF's text the item's next printed line joins it
    and the item keeps its number."""
    items = [f"{n}.开展人才服务专项行动，提升人才服务质量，优化发展环境。" for n in range(1, 11)]
    lines = ["某市人才工作要点", *items,
             "11.121人才梯队建设工程全面铺开，围绕主导产业引进高层次人",
             "才团队十个、青年人才一万名，推动人才与产业深度融合发展。",
             "12.推进城市更新和园区配套，完成老旧厂区改造十个，新建人",
             "才公寓两千套，优化人才安居保障，提升园区综合配套服务水平。"]
    plan = parse_text("\n".join(lines) + "\n", "pdf.txt")[0]
    assert [t.number for t in plan.tasks()] == list(range(1, 13))
    assert plan.tasks()[10].text.startswith("121人才梯队建设工程") and plan.tasks()[10].text.endswith("融合发展。")


def test_a_paragraph_with_its_own_units_line_in_a_numbering_gap_is_a_task_of_the_list():
    """Pasted from Word, 2． lost its automatic number: 1． / a plain paragraph closed by its own 责任单位 line / 3．.
    The paragraph is a task of the list (numbered by its place), its units its own, not the task's above."""
    plan = _one(
        "某县网格治理实施方案\n一、重点任务\n（一）规范事项准入\n"
        "1．实行清单管理。制定统一的网格事项清单。\n责任单位：县甲局、县乙局\n"
        "　　建立准入审核机制。新增事项须经审核后进入网格。\n责任单位：县丙办\n"
        "3．规范信息采集。统一采集标准和口径。\n责任单位：县丁局\n")
    assert _shape(plan) == [(1, "1．", "（一）", "实行清单管理"), (2, "", "（一）", "建立准入审核机制"),
                            (3, "3．", "（一）", "规范信息采集")]
    assert [_units(t) for t in plan.tasks()] == [[("县甲局", R), ("县乙局", R)], [("县丙办", R)], [("县丁局", R)]]


def test_a_titled_paragraph_with_its_own_units_line_after_a_list_s_last_task_is_a_task():
    """1． 2． then a paragraph opening with a short title (建立考核激励机制。…) closed by its own units line, before the
    next （二）: the list's last task lost its number. Where the numbers run on into the next group (2． … （二） 3．),
    no number was lost: an untitled paragraph there is the task's own further sentence, its units the task's."""
    lost = _one(
        "某县网格治理实施方案\n一、重点任务\n（一）建设队伍\n"
        "1．配齐专职网格员。实现网格全覆盖。\n责任单位：县甲局\n"
        "2．落实待遇保障。建立薪酬增长机制。\n责任单位：县乙局\n"
        "　　建立考核激励机制。实行星级评定管理。\n责任单位：县丙局、县丁局\n"
        "（二）推进智慧网格\n1．建设指挥平台。整合各类信息系统。\n责任单位：县戊局\n")
    assert [(t.number, t.label, t.title) for t in lost.tasks()] == [
        (1, "1．", "配齐专职网格员"), (2, "2．", "落实待遇保障"), (3, "", "建立考核激励机制"), (1, "1．", "建设指挥平台")]
    assert _units(lost.tasks()[2]) == [("县丙局", R), ("县丁局", R)]
    kept = _one(
        "某县统计工作实施方案\n一、重点任务\n（一）规范统计调查\n"
        "1．建立审核制度。实行数据一套表审核。\n责任单位：县甲局\n"
        "2．开展数据比对。每半年比对一次。\n责任单位：县甲局；配合单位：县乙局\n"
        "　　对比对发现的问题企业，按程序纳入执法检查范围。\n责任单位：县甲局；配合单位：县丙站\n"
        "（二）严格执法监督\n3．开展执法检查。每年抽查一成企业。\n责任单位：县丁局\n")
    assert [t.title for t in kept.tasks()] == ["建立审核制度", "开展数据比对", "开展执法检查"]
    assert ("县丙站", S) in _units(kept.tasks()[1])


def test_a_group_whose_tasks_all_lost_their_numbers_holds_them_as_tasks_of_its_siblings_level():
    """Pasted from Word, one （X） group lost the automatic numbers of all its tasks while its sibling groups keep their
    typed 1．: each paragraph closed by its own units line is a task (numbered by place), not one （二） task holding
    all their units. With the next group heading's number lost too (a bare line over 1． again), the bare line is a
    group heading: the paragraphs keep their units, the bare line is no task's text."""
    text = ("某县网格治理实施方案\n一、重点任务\n（一）规范事项准入\n"
            "1．实行清单管理。制定统一清单。\n责任单位：县甲局\n"
            "（二）提升服务能力\n"
            "　　开展网格走访。每月走访一遍。\n责任单位：各乡镇人民政府\n"
            "　　做实关爱服务。定期探访特殊群体。\n责任单位：县乙局、县丙局\n"
            "（三）强化队伍建设\n1．配齐网格员。实现全覆盖。\n责任单位：县丁局\n")
    for heading in ("（三）强化队伍建设", "强化队伍建设"):
        plan = _one(text.replace("（三）强化队伍建设", heading))
        assert [(t.number, t.label, t.title) for t in plan.tasks()] == [
            (1, "1．", "实行清单管理"), (2, "", "开展网格走访"), (3, "", "做实关爱服务"), (1, "1．", "配齐网格员")]
        assert [_units(t) for t in plan.tasks()] == [
            [("县甲局", R)], [("各乡镇人民政府", R)], [("县乙局", R), ("县丙局", R)], [("县丁局", R)]]
        assert "强化队伍建设" not in plan.tasks()[2].text
        assert [g.title for g in plan.sections[0].groups] == ["规范事项准入", "提升服务能力", "强化队伍建设"]
        assert [t.id for t in plan.tasks()] == ["task-1-1-1", "task-1-2-2", "task-1-2-3", "task-1-3-1"]


def test_a_bare_line_over_tasks_numbered_on_is_no_lost_group_heading():
    """The numbers run on past the bare line (2． … 3．): no group begins there, no heading is made of it."""
    plan = _one("某县网格治理实施方案\n一、重点任务\n（一）规范事项准入\n"
                "1．实行清单管理。制定统一清单。\n责任单位：县甲局\n"
                "2．规范信息采集。统一采集标准。\n责任单位：县乙局\n"
                "强化队伍建设\n3．配齐网格员。实现全覆盖。\n责任单位：县丁局\n")
    assert [(t.number, t.label) for t in plan.tasks()] == [(1, "1．"), (2, "2．"), (3, "3．")]
    assert not any("group heading whose number was lost" in n.text for n in plan.readings)


def test_a_table_whose_columns_name_no_unit_is_said_to_be_kept_as_text():
    """序号 | 职责类别 | 事项名称 | 具体内容 under a heading, rows numbered 1, 2, 3: a body's own duty list, no column of
    units, so no task is read from it; the reader says the rows stay the section's text rather than leaving them
    silently as a paragraph. A numbered list of prose items is no such table."""
    plan = _one(
        "某县乡镇履行职责事项清单\n"
        "一、基本履职事项\n"
        "序号\t职责类别\t事项名称\t具体内容\n"
        "1\t党的建设\t加强基层党组织建设\t落实党建工作责任制。\n"
        "2\t\t党员教育管理\t组织开展党员集中学习教育。\n"
        "3\t经济发展\t优化营商环境\t做好辖区企业走访服务。\n"
        "二、配合履职事项\n"
        "1.做好耕地保护巡查。（县自然资源局牵头）\n")
    notes = [n.text for n in plan.readings if "表格无责任单位列" in n.text]
    assert len(notes) == 1 and "a table under 一、" in notes[0] and "3 rows" in notes[0]
    assert [t.title for t in plan.tasks()] == ["做好耕地保护巡查"]


def test_header_cells_standing_alone_are_said_to_be_a_table_not_understood():
    """A table given column by column (序号 / 1 / 2 / 重点任务 / cells / 牵头单位 / cells …) that no layout reads (three
    task lines under two numbers, no full stop to say where a cell ends): its header cells stand alone among the
    section's text, and the reader names the first one's line rather than keep the cells as prose in silence. The same
    rows pasted row by row are read, and say nothing of the kind."""
    [columns] = parse_text("某镇河道保洁工作方案\n"
                           "一、重点任务\n"
                           "（一）清理河道垃圾。镇环卫所负责。\n"
                           "二、任务分工表\n"
                           "序号\n1\n2\n"
                           "重点任务\n疏浚支流沟渠\n清理淤泥\n巡查排污口门\n"
                           "牵头单位\n镇水利站\n镇生态办\n"
                           "配合单位\n各村委会\n镇农业站\n")
    notes = [n for n in columns.readings if "表格未能按行读出" in n.text]
    assert [n.line for n in notes] == [5] and "序号 / 重点任务 / 牵头单位 / 配合单位" in notes[0].text
    [rows] = parse_text("某镇河道保洁工作方案\n"
                        "一、任务分工表\n"
                        "序号\n重点任务\n牵头单位\n配合单位\n"
                        "1\n疏浚支流沟渠。\n镇水利站\n各村委会\n"
                        "2\n巡查排污口门。\n镇生态办\n镇农业站\n")
    assert len(rows.tasks()) == 2
    assert not any("表格未能按行读出" in n.text for n in rows.readings)


# ---- an outline carried only by bullet shapes (a 工作要点 copied from Word, bold and numbers lost) --------------------


def test_a_bullet_shape_of_short_titles_over_task_bullets_heads_groups():
    """◆ 食品安全 over ● tasks naming their units: the ◆ shape holds only short titles, each right over a bullet of the
    task shape, so its lines are group headings, not tasks with no unit."""
    plan = _one("某区某局2030年工作要点\n"
                "一、守牢安全底线\n"
                "◆ 饮水安全\n"
                "● 加强水厂监管。开展分级管理。（责任科室：水厂科）\n"
                "◆ 用气安全\n"
                "● 加强燃气检查。开展专项检查。（燃气科负责）\n")
    assert [g.title for g in plan.sections[0].groups] == ["饮水安全", "用气安全"]
    assert [t.title for t in plan.tasks()] == ["加强水厂监管", "加强燃气检查"]
    assert [_units(t) for t in plan.tasks()] == [[("水厂科", R)], [("燃气科", R)]]
    assert any("group headings" in n.text for n in plan.readings)


def test_plain_short_lines_over_bullet_tasks_are_sections_and_arrow_bullets_are_tasks():
    """No heading is numbered: the plain short lines (bold lost) right over the bullets head sections; ➢ is a bullet
    as ▲ is, so its lines are tasks rather than text run on into the task above."""
    plan = _one("某区某局2030年工作要点\n"
                "提升服务质量，优化办事环境\n"
                "▲ 推进窗口改革。压缩办理时限。（责任科室：窗口科）\n"
                "▲ 加强热线建设。开展回访。（热线科负责）\n"
                "严格执法监督，维护市场秩序\n"
                "➢ 打击违法经营。开展专项行动。（稽查队牵头，各分局配合）\n"
                "➢ 规范网络交易。开展抽查。（网络科牵头，稽查队配合）\n")
    assert [s.title for s in plan.sections] == ["提升服务质量，优化办事环境", "严格执法监督，维护市场秩序"]
    assert [[t.title for t in s.tasks] for s in plan.sections] == [
        ["推进窗口改革", "加强热线建设"], ["打击违法经营", "规范网络交易"]]
    assert _units(plan.tasks()[2]) == [("稽查队", L), ("各分局", S)]
    assert _units(plan.tasks()[3]) == [("网络科", L), ("稽查队", S)]


def test_bullet_shapes_read_across_the_plan_sections_groups_tasks_and_points():
    """Plain sections, ◆ groups, ● tasks and Ø points together: the first tasks stay tasks under their section, the
    headings are no part of a task's title, and the Ø points under a lead-in ending in ： are that task's text, its
    label lines after them its units."""
    plan = _one("某区某局2030年工作要点\n"
                "优化营商环境，激发主体活力\n"
                "● 深化登记改革。压缩开办时间。（责任科室：登记科）\n"
                "● 深化信用监管。重点做好以下工作：\n"
                "Ø 推行联合抽查；\n"
                "Ø 推进信用修复。\n"
                "牵头科室：信用科\n"
                "配合科室：登记科\n"
                "守牢安全底线，筑牢安全防线\n"
                "◆ 饮水安全\n"
                "● 加强水厂监管。开展分级管理。（责任科室：水厂科）\n"
                "◆ 用气安全\n"
                "● 加强燃气检查。开展专项检查。（燃气科负责）\n")
    assert [s.title for s in plan.sections] == ["优化营商环境，激发主体活力", "守牢安全底线，筑牢安全防线"]
    assert [g.title for g in plan.sections[1].groups] == ["饮水安全", "用气安全"]
    assert [t.title for t in plan.tasks()] == ["深化登记改革", "深化信用监管", "加强水厂监管", "加强燃气检查"]
    assert "Ø 推进信用修复。" in plan.tasks()[1].text
    assert [_units(t) for t in plan.tasks()] == [
        [("登记科", R)], [("信用科", L), ("登记科", S)], [("水厂科", R)], [("燃气科", R)]]


def test_a_single_bullet_shape_with_short_bullets_is_left_as_it_was():
    """One shape only: nothing tells a level apart, so a short ● line stays what the run of bullets makes of it."""
    plan = _one("某区某局2030年工作要点\n"
                "一、重点工作\n"
                "● 加强水厂监管。开展分级管理。（责任科室：水厂科）\n"
                "● 加强燃气检查。开展专项检查。（燃气科负责）\n"
                "● 推进热线建设。开展回访。（热线科负责）\n")
    assert plan.sections[0].groups == []
    assert [t.title for t in plan.tasks()] == ["加强水厂监管", "加强燃气检查", "推进热线建设"]


def test_a_space_a_pdfs_page_broke_a_line_at_keeps_two_names_apart():
    """…（责任单位：县甲局 / 县乙局 县丙局）: the page broke the line at the space between two names, which the copy
    leaves at the printed line's end; the line joined again keeps it, and the names stay two."""
    text = ("某县2030年优化营商环境工作要点\n"
            "1.推行企业开办一日办结，开办环节压缩至两个，全面推行电子\n"
            "营业执照和电子印章同步发放。（责任单位：县市场监管局）\n"
            "2.深化工程建设项目审批制度改革，小型项目审批时限压缩至十\n"
            "个工作日以内，推行联合验收和多测合一。（责任单位：县甲局 \n"
            "县乙局 县丙局）\n"
            "3.推行涉企经营许可事项告知承诺制，建立健全事中事后监管制\n"
            "度，全面公开监管规则和标准，落实包容审慎监管。（责任单位：\n"
            "县丁局）\n"
            "4.开展政务服务好差评工作，差评整改率达到百分之百，群众满\n"
            "意度持续保持在较高的水平，畅通政务服务投诉渠道。（责任单\n"
            "位：县戊局）\n")
    tasks = _one(text).tasks()
    assert [_units(t) for t in tasks] == [[("县市场监管局", R)], [("县甲局", R), ("县乙局", R), ("县丙局", R)],
                                          [("县丁局", R)], [("县戊局", R)]]


def test_a_table_left_in_a_sections_text_is_not_said_to_name_no_unit_when_its_header_names_one():
    """The report reads the header's columns itself, by the lexicon's header kinds as the table reader does: rows left
    in a section's text under 序号 | 重点任务 | 责任单位 name a unit column, and are not reported as a table naming none
    (the source stage reads such a table; the report does not rely on it having done so)."""
    from generator.parse import _report_tables_left_as_text

    plan = _one("某县乡镇履行职责事项清单\n一、基本履职事项\n序号\t职责类别\t事项名称\t具体内容\n"
                "1\t党的建设\t加强基层党组织建设\t落实党建工作责任制。\n2\t经济发展\t优化营商环境\t做好企业走访。\n"
                "二、配合履职事项\n1.做好耕地保护巡查。（县自然资源局牵头）\n")
    for header, said in (("序号\t职责类别\t事项名称\t具体内容", 1), ("序号\t重点任务\t责任单位\t完成时限", 0),
                         ("序号 工作任务 牵头单位 配合单位", 0)):
        plan.readings = [n for n in plan.readings if "表格无责任单位列" not in n.text]
        plan.sections[0].intro = f"{header}\n1\t甲事项\t乙内容\n2\t丙事项\t丁内容"
        _report_tables_left_as_text(plan)
        assert sum("表格无责任单位列" in n.text for n in plan.readings) == said, header


def test_a_table_of_leaders_is_said_to_name_no_unit_as_the_table_reader_reads_its_columns():
    """牵头领导 names the leaders who head the rows' work (a people column: names, no unit), as the table reader reads
    that column: rows under 序号 | 工作任务 | 牵头领导 | 完成时限 name no unit and are said to be kept as text; under a
    牵头单位 column they name one and are not (before: the report read 牵头 alone and took the leaders for units)."""
    def notes(column: str) -> list[str]:
        plan = _one(f"某县机关作风建设工作方案\n一、重点工作\n序号 工作任务 {column} 完成时限\n"
                    "1 开展作风问题排查 张某某 6月底前\n2 建立督查通报制度 李某某 9月底前\n"
                    "二、工作要求\n1.各单位要高度重视。（县甲局负责）\n")
        return [n.text for n in plan.readings if "表格无责任单位列" in n.text]

    assert len(notes("牵头领导")) == 1 and "牵头领导" in notes("牵头领导")[0]
    assert notes("牵头单位") == []


def test_a_portal_page_without_line_breaks_is_no_pager_for_its_reading_controls():
    """A government page copied with no line breaks opens its one line with the page's navigation, date, views count
    and font controls (首页 > … 发布时间：… 浏览次数：215 【字体：大 中 小】), forms that run to the line's end: the line
    holds the whole plan after them, and it is read, not dropped as the page's pager."""
    plan = _one(
        "首页 > 信息公开 > 通知公告某县农业农村局关于印发《某县2026年春耕生产工作要点》的通知发布时间：2026-03-02 09:10"
        "　来源：某县农业农村局　浏览次数：215　【字体：大 中 小】各乡镇人民政府，县直有关单位：现将要点印发给你们，请认真"
        "抓好落实。某县农业农村局2026年3月2日某县2026年春耕生产工作要点一、稳定粮食生产1.落实粮食播种面积。确保全县粮食"
        "播种面积稳定在50万亩以上，分解到各乡镇。（县农业农村局牵头，各乡镇人民政府落实）2.抓好农资供应。组织农资企业"
        "储备化肥2万吨、种子500吨，开展农资打假专项行动。（县供销社、县市场监管局按职责分工负责）二、强化技术服务"
        "3.开展农技下乡。组织农技人员包村联户，全年培训农民3000人次以上。（县农技中心负责）【打印本页】【关闭窗口】")
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "落实粮食播种面积"), (2, "抓好农资供应"), (3, "开展农技下乡")]
    assert _units(plan.tasks()[2]) == [("县农技中心", R)]


def test_a_run_on_item_after_a_field_naming_what_the_task_yields_is_split_off():
    """A 改革要点 sets under each task its fields (牵头单位：… 参与单位：… 成果形式：…); on a page that lost its line breaks
    the next item runs on right after the last field's value, with no stop (…成果形式：实施方案2.深化…): the field ends
    there as a unit label's clause does, and the next section too (…成果形式：制度文件二、…)."""
    plan = _one(
        "某县2027年改革工作要点一、经济体制改革1.深化国企改革。推进县属企业整合重组，完善现代企业制度。牵头单位：县国资中心"
        "参与单位：县财政局成果形式：实施方案2.深化财税改革。推进零基预算改革，加强国有资产管理。牵头单位：县财政局"
        "参与单位：县税务局成果形式：制度文件二、社会体制改革3.深化医疗改革。推进紧密型县域医共体建设，完善分级诊疗。"
        "牵头单位：县卫健局成果形式：工作总结\n")
    assert [(s.number, s.title) for s in plan.sections] == [("一", "经济体制改革"), ("二", "社会体制改革")]
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "深化国企改革"), (2, "深化财税改革"), (3, "深化医疗改革")]
    assert _units(plan.tasks()[1]) == [("县财政局", L), ("县税务局", S)]


def test_a_run_on_item_after_a_bracketed_unit_label_is_split_off():
    """A plan that sets its labels in square brackets (【牵头单位】… 【配合单位】…) under each task: on a page that lost its
    line breaks the next item runs on right after the last label's units (…【配合单位】县乙局、县丙局2.推进…), and the
    next section too (…【责任单位】县丁局二、…): the bracketed label ends there as a label before a colon does."""
    plan = _one(
        "某县2027年生态环境工作要点一、污染防治1.治理扬尘污染。严格落实施工工地围挡、洒水措施。【牵头单位】县甲局"
        "【配合单位】县乙局、县丙局2.整治黑臭水体。完成3条河道清淤。【责任单位】县丁局二、生态保护3.推进植树造林。"
        "新增造林面积5000亩。【牵头单位】县戊局【配合单位】各乡镇人民政府\n")
    assert [(s.number, s.title) for s in plan.sections] == [("一", "污染防治"), ("二", "生态保护")]
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "治理扬尘污染"), (2, "整治黑臭水体"), (3, "推进植树造林")]
    assert _units(plan.tasks()[0]) == [("县甲局", L), ("县乙局", S), ("县丙局", S)]
    assert _units(plan.tasks()[1]) == [("县丁局", "responsible")]


def test_a_run_on_item_numbered_on_after_a_heading_ending_in_a_colon_is_split_off():
    """A plan numbering its items on through headings that end in a colon and carry no label (一月份：1.… 二月份：3.…,
    a yearly schedule month by month): on a page that lost its line breaks the number follows the colon, no stop
    before it (…（责任人：王某）二月份：3.…). The next number of the sequence after a colon starts an item, as a
    list's first item after a colon does."""
    plan = _one(
        "某局机关党支部2027年学习计划一月份：1.学习党章党规。（责任人：支部书记王某；责任部门：办公室）"
        "2.召开组织生活会。（责任人：支部书记王某；责任部门：人事股）二月份：3.开展专题研讨。（责任人：支部委员李某；"
        "责任部门：业务股）4.组织志愿服务。（责任人：支部委员李某；责任部门：工会）三月份：5.开展警示教育。（责任人："
        "纪检委员赵某；责任部门：财务股）\n")
    assert [t.number for t in plan.tasks()] == [1, 2, 3, 4, 5]
    assert [(t.title, _units(t)) for t in plan.tasks()][2:5:2] == [
        ("开展专题研讨", [("业务股", "responsible")]), ("开展警示教育", [("财务股", "responsible")])]


def test_a_group_heading_in_two_halves_runs_into_its_first_item_on_one_line():
    """On a page that lost its line breaks a group's heading worded in two halves (（一）坚持政治引领，筑牢思想根基) runs
    straight into its first item (…根基1.强化理论武装。…): the comma parts the heading's halves, as in a section's, and
    the item starts there; a task's sentence going on after a comma (1.完善制度，按第（二）项…) is no heading."""
    plan = _one(
        "某县清廉机关建设实施方案一、重点任务（一）坚持政治引领，筑牢思想根基1.强化理论武装。健全理论学习中心组学习制度，"
        "全年集中学习不少于12次。（县直机关工委牵头，各单位党组落实）2.严明政治纪律。严格执行请示报告制度。（各单位党组负责）"
        "（二）规范权力运行，织密制度笼子3.梳理权力清单。按第（二）项要求编制权力运行流程图，按年度动态调整更新。（县委编办牵头，"
        "各单位党组落实）\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "强化理论武装"), (2, "严明政治纪律"), (3, "梳理权力清单")]
    assert [g.title for g in plan.sections[0].groups] == ["坚持政治引领，筑牢思想根基", "规范权力运行，织密制度笼子"]
    assert _units(plan.tasks()[0]) == [("县直机关工委", L), ("各单位党组", I)]


def test_a_framework_heading_run_into_its_paragraph_ends_before_it_on_one_line():
    """On a page that lost its line breaks a section titled as the plan's aims (二、整改目标) runs straight into its
    paragraph, which speaks of units and deadlines (…明确责任单位和整改时限，2025年底前…): the heading ends where its
    words do, as on a page keeping its breaks, so the section is no task and the items under 三、 are the tasks; the
    paragraph is no heading either, and its 第一、 (群众第一、实效至上) starts no item."""
    plan = _one(
        "某县关于落实巡察反馈意见的整改方案为抓好整改落实，制定本方案。一、指导思想坚持问题导向，坚持“群众第一、实效至上”。"
        "二、整改目标对照反馈的问题逐条制定措施，明确责任领导、责任单位和整改时限，2025年底前全部整改到位。"
        "三、问题及整改措施（一）理论学习不够深入。1.修订学习制度。每季度开展专题研讨。（县委宣传部负责）"
        "2.开展专题轮训。全年轮训干部500人次。（县委组织部负责）（二）意识形态责任制落实有差距。"
        "3.排查政务新媒体账号。建立台账动态管理。（县委网信办负责）\n")
    assert [(s.number, s.title) for s in plan.sections] == [("一", "指导思想"), ("二", "整改目标"), ("三", "问题及整改措施")]
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "修订学习制度"), (2, "开展专题轮训"), (3, "排查政务新媒体账号")]
    assert _units(plan.tasks()[2]) == [("县委网信办", R)]
    assert plan.sections[0].intro == "坚持问题导向，坚持“群众第一、实效至上”。"
    # a page that turned each break into a space keeps one between the heading and its paragraph
    spaced = _one(
        "某县整改方案 为抓好整改落实，制定本方案。 一、整改目标 明确责任单位和整改时限，2025年底前全部整改到位。"
        " 二、整改措施 1.修订学习制度。每季度开展专题研讨。（县委宣传部负责） 2.开展专题轮训。全年轮训干部500人次。"
        "（县委组织部负责）\n")
    assert [(s.number, s.title) for s in spaced.sections] == [("一", "整改目标"), ("二", "整改措施")]
    assert [t.title for t in spaced.tasks()] == ["修订学习制度", "开展专题轮训"]


@pytest.mark.parametrize("heading", ["第一节　强化要素支撑（省甲厅牵头，省乙厅配合）", "第一节　强化要素支撑\n（省甲厅牵头，省乙厅配合）"])
def test_a_jie_heading_carrying_units_covers_its_items_naming_none(heading):
    """Chapters and 节 over numbered items, no articles: a 节 heading's units reach the items under it naming none, as a
    （一） heading's do; an item naming its own keeps them; the chapter is the section, the 节 its groups."""
    plan = _one("某省某某实施方案\n"
                "第一章　重点任务\n"
                f"{heading}\n"
                "1.建设创新平台。布局平台5个。\n"
                "2.培育专业人才。开展技能培训。\n"
                "3.设立产业基金。设立子基金。（省丙厅负责）\n"
                "第二节　应用\n"
                "4.发展物流。开通航线。（省丁局负责）\n")
    assert [(s.number, s.title) for s in plan.sections] == [("一", "重点任务")]
    assert [g.title for g in plan.sections[0].groups] == ["强化要素支撑", "应用"]
    units = [_units(t) for t in plan.tasks()]
    assert units == [[("省甲厅", L), ("省乙厅", S)], [("省甲厅", L), ("省乙厅", S)], [("省丙厅", R)], [("省丁局", R)]]


def test_a_jie_heading_after_items_carrying_units_covers_the_items_under_it():
    """A 节 heading with units after the items of the 节 before it, in a plan whose 节 hold 一、 headings."""
    plan = _one("某省某某实施方案\n"
                "一、总体要求\n"
                "第一节　制造\n"
                "1.引进整机企业。引进企业10家。（省甲厅负责）\n"
                "第二节　强化支撑（省乙厅牵头，省丙厅配合）\n"
                "2.建设创新平台。布局平台5个。\n"
                "3.培育专业人才。开展技能培训。\n")
    assert [_units(t) for t in plan.tasks()] == [[("省甲厅", R)], [("省乙厅", L), ("省丙厅", S)],
                                                 [("省乙厅", L), ("省丙厅", S)]]


def test_a_heading_merely_opening_with_a_framework_word_keeps_its_title_on_one_line():
    """On a page that lost its line breaks, a heading whose title only opens with a framework word (目标任务, 工作任务,
    …原则) and goes on with a few words of its own to a full stop or the next label (（一）目标任务分解到人。 / 一、工作任务
    清单化管理。) keeps its whole title (before: cut after the framework word, the rest read as its paragraph); a
    framework heading run into a sentence (二、指导思想坚持问题导向，…) still ends where its words do."""
    plan = _one(
        "某县2030年重点工作方案。一、工作任务清单化管理。各股室逐项建立清单。（一）目标任务分解到人。各股室按季度分解。"
        "1.建立台账。每月更新一次。（县甲局负责）（二）强化原则意识。严格执行制度。2.开展培训。全年培训2次。（县乙局负责）"
        "二、指导思想坚持问题导向，以整改实效推动发展。三、组织保障（一）重点任务分工落实到位3.成立专班。每月调度。（县丙局负责）\n")
    assert [(s.number, s.title) for s in plan.sections] == [
        ("一", "工作任务清单化管理"), ("二", "指导思想"), ("三", "组织保障")]
    assert [g.title for g in plan.sections[0].groups] == ["目标任务分解到人", "强化原则意识"]
    assert [g.title for g in plan.sections[2].groups] == ["重点任务分工落实到位"]
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "建立台账"), (2, "开展培训"), (3, "成立专班")]


def test_a_pdf_wrap_putting_a_later_ordinal_word_at_a_line_start_leaves_the_run_in_clauses_one_paragraph():
    """A heading's paragraph of run-in clauses 一是…（X负责）；二是…；三是… copied from a PDF, hard-wrapped so that 一是
    and 三是 (or 一是 and 二是, with 三是 inside the line) begin lines: the count goes on inside the lines, so the line
    starts are the page's breaks, not a list; the （N） heading keeps its task and all its clauses' units (before: the
    heading was lost to 一是 / 三是 tasks). Clauses each on a line of their own straight under 一、 stay the tasks."""
    plan = _one(
        "某区机关事务中心2030年工作要点\n"
        "一、加强内部管理\n"
        "（一）规范经费管理\n"
        "一是严格执行预算制度，压减一般性支出（甲科负\n"
        "责）；二是推进节约型机关建设（乙中心负责）；\n"
        "三是做好资产清查工作，开展账实核对（丙科负责）。\n"
        "（二）加强车辆管理\n"
        "一是规范公务用车审批（丁科负责）；\n"
        "二是开展车辆安全检查（戊科牵头，己科配合）；三是推进新\n"
        "能源车辆更新（丁科负责）。\n"
        "二、做好服务保障\n"
        "一是保障会议用房（庚科负责）；\n"
        "二是改善职工食堂（辛科负责）。\n")
    assert _tasks(plan) == [
        ("一", 1, "（一）", [("甲科", R), ("乙中心", R), ("丙科", R)]),
        ("一", 2, "（二）", [("丁科", R), ("戊科", L), ("己科", S), ("丁科", R)]),
        ("二", 1, "一是", [("庚科", R)]),
        ("二", 2, "二是", [("辛科", R)]),
    ]
    assert not any("skips the sequence" in w for w in plan.warnings)


def test_ordinal_clauses_on_lines_of_their_own_under_a_heading_level_whose_sibling_closes_its_paragraph_with_units():
    """（一）heading / 一是…（X牵头）； / 二是…（Y负责）。 beside a sibling （二）heading over one paragraph closed by its
    units: the （N） headings are the tasks (the level carries its units in the paragraph under the heading), the 一是
    lines that task's clauses with their units merged (before: the 一是 lines replaced the （一） task)."""
    plan = _one(
        "某区办公室2030年工作要点\n"
        "一、抓好督查落实\n"
        "（一）办好代表建议\n"
        "一是认真办理代表建议（甲室牵头，各承办单位落实）；\n"
        "二是探索领导领办机制（甲室负责）。\n"
        "（二）强化批示件办理\n"
        "要建立闭环管理机制。（责任单位：乙科、丙科）\n")
    assert _tasks(plan) == [
        ("一", 1, "（一）", [("甲室", L), ("各承办单位", I), ("甲室", R)]),
        ("一", 2, "（二）", [("乙科", R), ("丙科", R)]),
    ]


def test_numbered_items_each_closed_by_a_bare_responsible_label_are_tasks_under_their_heading():
    """1、防汛 over (1)–(3), each closed by its own units, two of them by the bare label （责任：X）: the items are the
    tasks and 1、 their heading (before: the label not read, the run was no annotated run and the items folded into 1、)."""
    (plan,) = parse_text(
        "某乡2026年防灾减灾工作计划\n"
        "一、防灾减灾工作\n"
        "1、防汛抗旱\n"
        "(1)修订防汛预案。（责任：乡水务站）\n"
        "(2)检查山塘安全。由乡水务站负责,各村（居）配合。\n"
        "(3)储备防汛物资。（责任：乡甲办、乡财政所）\n"
        "2、地质灾害防治。(责任：乡自然资源所)\n")
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "修订防汛预案", [("乡水务站", R)]),
        (2, "检查山塘安全", [("乡水务站", R), ("各村（居）", S)]),
        (3, "储备防汛物资", [("乡甲办", R), ("乡财政所", R)]),
        (2, "地质灾害防治", [("乡自然资源所", R)])]


def test_a_work_notices_part_of_paragraphs_each_opening_with_its_bodies_and_yao_holds_tasks():
    """A 关于做好…工作的通知 names its units as its clauses' subjects: a part written as plain paragraphs, each opening
    with the bodies carrying it and 要 (no bracket), holds one task a paragraph, numbered by place, beside parts of
    （一） items; the closing 报送 sentence after the last is no task. A plan of another kind keeps such paragraphs its
    section's text."""
    body = ("一、确保水库安全\n"
            "　　（一）开展汛前检查。市水利局要组织汛前检查。（市水利局牵头，各县区政府落实）\n"
            "三、保障城市运行\n"
            "　　国网某市供电公司要加强电网设施巡查，保障抢险用电。\n"
            "　　市交通运输局、市公安局交警支队要加强汛期道路交通管控。\n"
            "　　某市水务集团要会同市住建局做好城市供水设施防护。\n"
            "　　各县区、各部门工作情况请于6月10日前报送市防指办。\n")
    plan = _one("某市人民政府关于做好2025年防汛工作的通知\n各县区人民政府，市政府各部门：\n" + body)
    assert [(t.number, t.label, _units(t)) for t in plan.tasks()] == [
        (1, "（一）", [("市水利局", L), ("各县区政府", I)]),
        (2, "", [("国网某市供电公司", R)]),
        (3, "", [("市交通运输局", R), ("市公安局交警支队", R)]),
        (4, "", [("某市水务集团", L), ("市住建局", S)])]
    assert "报送" not in plan.tasks()[-1].text
    other = _one("某市2025年防汛工作实施方案\n" + body)
    assert [t.number for t in other.tasks()] == [1]


def test_a_bracket_list_parted_by_spaces_cut_between_two_whole_names_keeps_them_apart():
    """…（牵头单位：市甲局；配合单位：市乙局 市丙局 / 各区人民政府）: a list printed with spaces for 、, the line broken
    between two whole names with no space left; the line below goes on with the list as a new name, as under a
    label line. A name the line cut (某市 / 空管站) joins as written."""
    text = ("某市促进消费若干措施\n"
            "一、扩大商品消费\n"
            "1.开展以旧换新。（牵头单位：市商务局；配合单位：市财政局 市市场监管局\n"
            "各区人民政府 某高新区管委会）\n"
            "2.加大信贷投放。（牵头单位：市委金融办；配合单位：市财政局\n"
            "国家金融监督管理总局某监管分局）\n"
            "3.保障航班运行。（牵头单位：市交通运输局；配合单位：某市\n"
            "空管站）\n")
    tasks = _one(text).tasks()
    assert [_units(t) for t in tasks] == [
        [("市商务局", L), ("市财政局", S), ("市市场监管局", S), ("各区人民政府", S), ("某高新区管委会", S)],
        [("市委金融办", L), ("市财政局", S), ("国家金融监督管理总局某监管分局", S)],
        [("市交通运输局", L), ("某市空管站", S)]]


def test_a_bare_table_mark_closing_the_plan_over_a_titled_table_numbered_afresh_is_a_plan_of_its_own():
    """工作要求 closes the plan, then 附表 / a title line / a tab table numbered from 1 again: a schedule attached after
    the plan's last part, read as one under 附件 is. Its rows are no tasks of 工作要求, nor are 工作要求's items."""
    plans = parse_text(
        "某县安全生产工作要点\n"
        "一、重点任务\n"
        "1.开展燃气安全整治。（县住建局负责）\n"
        "2.深化道路交通整治。（县公安局牵头，县交通运输局配合）\n"
        "二、工作要求\n"
        "（一）加强组织领导。各乡镇、各有关部门要高度重视。\n"
        "（二）强化督导。建立季度调度机制。\n"
        "附表\n"
        "某县2030年度重点时间节点\n"
        "序号\t时间节点\t重点工作\t责任单位\n"
        "1\t3月底前\t印发隐患整治方案\t县安委办\n"
        "2\t6月\t开展安全生产月活动\t县应急局\n", "yaodian.txt")
    assert [p.title for p in plans] == ["某县安全生产工作要点", "某县2030年度重点时间节点"]
    assert [[_units(t) for t in p.tasks()] for p in plans] == [
        [[("县住建局", "responsible")], [("县公安局", "lead"), ("县交通运输局", "support")]],
        [[("县安委办", "responsible")], [("县应急局", "responsible")]]]


def test_a_bare_table_mark_between_the_plans_parts_opens_no_plan():
    """附表 / a title / a table, then 二、 goes on: the table is set inside the plan, which the part after it says."""
    plans = parse_text(
        "某县安全生产工作要点\n"
        "一、重点任务\n"
        "1.开展燃气安全整治。（县住建局负责）\n"
        "附表\n"
        "某县2030年度重点时间节点\n"
        "序号\t时间节点\t重点工作\t责任单位\n"
        "1\t3月底前\t印发隐患整治方案\t县安委办\n"
        "二、深化专项治理\n"
        "2.深化道路交通整治。（县公安局牵头，县交通运输局配合）\n", "yaodian.txt")
    assert [p.title for p in plans] == ["某县安全生产工作要点"]


def test_a_modal_duty_paragraph_reads_its_whole_name_and_its_partners_as_an_opening_subject_does():
    """In a unit-first duty list, 应 opening 应急 / 应对 is no modal (县政府应急办要… is the office's duty, not 县政府's),
    a name holding 为 is read whole before 是 (县为民服务中心是…，负责…), and `X要会同Y…` gives X the lead and Y its
    support, as a task's opening subject does elsewhere."""
    plan = _one("某县自建房排查整治实施方案\n一、部门职责\n"
                "　　县甲局负责统筹协调排查整治工作。\n"
                "　　县乙局负责保障工作经费。\n"
                "　　县政府应急办要做好值班值守和信息报送。\n"
                "　　县为民服务中心是便民服务部门，负责受理群众投诉。\n"
                "　　县丙局要会同县丁局开展联合执法。\n")
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "负责统筹协调排查整治工作", [("县甲局", R)]),
        (2, "负责保障工作经费", [("县乙局", R)]),
        (3, "要做好值班值守和信息报送", [("县政府应急办", R)]),
        (4, "是便民服务部门，负责受理群众投诉", [("县为民服务中心", R)]),
        (5, "要会同县丁局开展联合执法", [("县丙局", "lead"), ("县丁局", "support")])]


def test_a_numbered_short_name_glossary_before_the_tasks_is_no_list_of_tasks():
    """本方案涉及单位简称如下： 1.甲市发展和改革委员会——甲市发改委 / 单位简称对照表 1.甲市发改委：甲市发展和改革委员会: rows of
    two bodies' names under a line naming 简称 are the plan's glossary, not tasks, whichever name comes first."""
    for rows in (["1.甲市发展和改革委员会——甲市发改委", "2.甲市工业和信息化局——甲市工信局"],
                 ["1.甲市发改委：甲市发展和改革委员会", "2.甲市工信局：甲市工业和信息化局"]):
        plan = _one("\n".join(["甲市制造业数字化转型重点任务分工方案", "本方案涉及单位简称如下：", *rows, "一、重点任务",
                               "1.推进企业上云。每年新增上云企业1000家。（甲市工信局牵头，甲市发改委配合）"]))
        assert [(t.number, t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
            (1, "推进企业上云", [("甲市工信局", L), ("甲市发改委", S)])]
    # a dashed row with a task's title before the dash, under the same line, stays a task
    plan = _one("\n".join(["甲市重点任务分工方案", "本方案涉及单位简称如下：", "1.深化国企改革——甲市国资委"]))
    assert [(t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        ("深化国企改革", [("甲市国资委", R)])]


@pytest.mark.parametrize("page_head", ["", "某江日报　　2025年3月5日　星期三　　第4版　　要闻\n"])
def test_a_newspaper_jump_inside_an_annotation_is_page_furniture(page_head):
    """A newspaper stops an article with （下转第4版） and goes on with （上接第3版） under a later page's head: the
    marks, ending and opening lines of text, and the page head between them are furniture; the unit list goes on."""
    text = (
        "青禾县秸秆利用方案\n"
        "一、重点任务\n"
        "1.推进秸秆还田。扩大还田面积。（县农业农村局牵头，县财政局、（下转第4版）\n"
        "\n"
        f"{page_head}"
        "（上接第3版）县生态环境局配合）\n"
        "2.培育收储主体。（县发展改革局负责）\n"
    )
    [plan] = parse_text(text, "paper.txt")
    assert _units(plan.tasks()[0]) == [("县农业农村局", L), ("县财政局", S), ("县生态环境局", S)]


def test_a_newspaper_jump_inside_a_tasks_title_joins_the_title():
    """An e-paper's jump (■下转A4版 / the next page's head / ■上接A3版) may cut a task's title mid-word: the halves
    join again across it."""
    text = (
        "青禾县秸秆利用方案\n"
        "一、重点任务\n"
        "1.推进秸秆还田。扩大还田面积。（县农业农村局牵头，县财政局配合）\n"
        "2.培育秸秆收\n"
        "\n■下转A4版\n\n"
        "2025年3月5日　星期三　　A4　　要闻　　责任编辑：王某\n"
        "\n■上接A3版\n\n"
        "储主体。建设秸秆收储点。（县发展改革局负责）\n"
    )
    [plan] = parse_text(text, "paper.txt")
    assert [(t.title, _units(t)) for t in plan.tasks()][1] == ("培育秸秆收储主体", [("县发展改革局", R)])


def test_a_newspaper_page_head_above_the_plans_title_is_no_part_of_it():
    """An article copied alone from an e-paper opens with the page's head (paper, date and weekday, page, page name)
    right above the plan's title: furniture, as a PDF's running head is."""
    text = (
        "某江日报　　2025年3月5日　星期三　　第3版　　要闻\n"
        "\n"
        "青禾县秸秆利用方案\n"
        "\n"
        "一、重点任务\n"
        "1.推进秸秆还田。（县农业农村局牵头，县财政局配合）\n"
    )
    [plan] = parse_text(text, "paper.txt")
    assert plan.title == "青禾县秸秆利用方案"


def test_a_unit_name_heading_items_numbered_afresh_is_no_units_of_the_measure_above():
    """A plan set out by unit heads each unit's items with its name alone on a line; the next unit's name, over items
    numbered afresh from 1, is no units line closing the previous unit's last measure (before: 2.… → 县住房和城乡建设局)."""
    [plan] = parse_text("某县2030年安全生产重点工作任务分工方案\n\n一、加强安全监管\n县应急管理局\n"
                        "1.开展安全生产专项整治，排查整治重大隐患。\n2.加强应急救援队伍建设，提升应急处置能力。\n"
                        "县住房和城乡建设局\n1.开展城镇燃气安全排查整治，消除燃气安全隐患。\n"
                        "2.加强建筑施工安全管理，严防高处坠落事故。\n二、强化责任落实\n3.加强道路运输安全监管。\n"
                        "县交通运输局\n4.整治客货运输违法行为。\n")
    units = {t.title: [a.name for a in t.assignments] for t in plan.tasks()}
    assert units["加强应急救援队伍建设，提升应急处置能力"] == []
    assert units["加强道路运输安全监管"] == ["县交通运输局"]  # numbers running on: the line closes the measure


def test_a_sentence_holding_a_date_its_weekday_and_a_rooms_code_is_no_newspaper_page_head():
    """A page written bare (A4, no 版) marks a newspaper's head only on a line naming the paper or its editor: a plan's
    sentence may set a room's code apart by spaces beside a date and its weekday, and keeps it."""
    text = (
        "青禾县应急演练方案\n"
        "一、重点任务\n"
        "1.组织开展综合演练。\n"
        "全县演练定于2025年6月5日（星期四）上午在 B2 会议室举行\n"
        "（县应急管理局牵头，县消防救援大队配合）\n"
    )
    [plan] = parse_text(text, "plan.txt")
    [task] = plan.tasks()
    assert "B2 会议室" in task.text


def test_a_markdown_list_with_every_item_printed_1_is_numbered_as_rendered():
    """Converters through HTML write a Word list as `1.` on every item: the page renders a list by place from its
    first number (1, 2, 3). A heading or an unindented paragraph after a blank line ends the list, and the next `1.`
    opens a new one from 1 (before: 1, 1, 1 with a warning each). A list numbered in order stays as printed."""
    plan = parse_text(
        "**某市数字政府工作方案**\n\n## 一、重点任务\n\n1.  **推进政务云建设。**迁移系统上云。（牵头单位：市甲局）\n\n"
        "1.  **深化数据共享。**推动数据共享。（牵头单位：市乙局）\n\n1.  **加强网络安全。**开展演练。\n\n"
        "**牵头单位：**市丙局\n\n1.  **推进密码应用。**开展评估。（牵头单位：市丁局）\n\n"
        "## 二、保障任务\n\n1. **完善制度。**（牵头单位：市戊局）\n2. **强化考核。**（牵头单位：市己局）\n", "p.md")[0]
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "推进政务云建设", [("市甲局", L)]), (2, "深化数据共享", [("市乙局", L)]),
        (3, "加强网络安全", [("市丙局", L)]), (1, "推进密码应用", [("市丁局", L)]),
        (1, "完善制度", [("市戊局", L)]), (2, "强化考核", [("市己局", L)])]


def test_a_plain_text_list_printed_1_each_keeps_its_printed_numbers():
    """Without a Markdown mark in the text a repeated `1.` is what its author wrote: kept as printed."""
    plan = parse_text(
        "某市数字政府工作方案\n一、重点任务\n1. 推进政务云建设。（牵头单位：市甲局）\n"
        "1. 深化数据共享。（牵头单位：市乙局）\n", "p.txt")[0]
    assert [t.number for t in plan.tasks()] == [1, 1]


def test_task_targets_heading_over_goals_is_no_task():
    """二、任务目标 (目标任务 with its words turned round, as 征兵 plans title their goals) over （一）征集任务 / （二）质量
    目标 naming no unit: the plan's goals, its text; an item there naming a unit stays a task."""
    plan = _one(
        "某县2030年征兵工作实施方案\n"
        "一、任务目标\n"
        "（一）征集任务。全县共征集义务兵50名，其中大学生士兵比例不低于80%。\n"
        "（二）质量目标。确保新兵政治合格率100%。\n"
        "二、主要任务\n"
        "（一）组织兵役登记。做到应登尽登。责任单位：县甲办\n")
    assert [t.title for t in plan.tasks()] == ["组织兵役登记"]
    assert "征集义务兵50名" in plan.sections[0].intro
    named = _one(
        "某县2030年征兵工作实施方案\n"
        "一、任务目标\n"
        "（一）征集任务。全县共征集义务兵50名。（县甲办负责）\n"
        "二、主要任务\n"
        "（一）组织兵役登记。做到应登尽登。责任单位：县甲办\n")
    assert [t.title for t in named.tasks()] == ["征集任务", "组织兵役登记"]


def test_unit_first_duty_paragraphs_run_on_are_split_before_each_whole_body_and_its_colon():
    """A 部门职责 part written one paragraph a unit with no number (县甲局：负责…): on a page that lost its line breaks each
    body's name and colon follows the duty before it, or the part's heading (二、部门职责县甲局：…). A paragraph starts
    before a whole body's name and its colon, as where the breaks are kept; a heading word before a colon inside a
    paragraph (主要目标：) starts none."""
    plan = _one(
        "某县2027年秸秆综合利用实施方案一、重点任务1.推广秸秆还田。全年还田面积不少于5万亩。（县甲局牵头，县乙局配合）"
        "2.培育收储主体。新建收储点10个。（县乙局负责）二、部门职责县甲局：负责秸秆综合利用的统筹协调和技术指导。"
        "县乙局、县丙局：按照各自职责，负责收储用地和运输保障。主要目标：全年不发生火情。各乡镇人民政府：负责本辖区禁烧巡查。"
        "三、保障措施（一）加强组织领导。成立工作专班。\n")
    duties = plan.sections[1]
    assert duties.title == "部门职责"
    assert [(t.number, _units(t)) for t in duties.tasks] == [
        (3, [("县甲局", R)]), (4, [("县乙局", R), ("县丙局", R)]), (5, [("各乡镇人民政府", R)])]
    assert "主要目标：全年不发生火情" in duties.tasks[1].text


def test_a_framework_heading_before_a_space_and_a_figure_ends_at_the_space():
    """A page that turned its line breaks into spaces runs a framework heading into its paragraph after a space
    ((三）工作目标 2027年底前，…): a figure opening the paragraph after that space starts it, as a word does; the heading
    is 工作目标 alone, not a heading holding the year's target sentence."""
    plan = _one(
        "某县农村改厕实施方案 为改善农村人居环境，扎实推进农村厕所革命，制定本方案。 一、总体要求 （一）指导思想 "
        "坚持以人民为中心，扎实推进农村厕所革命。 （二）基本原则 1.群众自愿，因地制宜。尊重群众意愿。 2.先建后补，以奖代补。"
        "加大奖补力度。 （三）工作目标 2027年底前，全县农村卫生厕所普及率达到90%以上。 二、组织保障 （一）设立专班。"
        "全县设立改厕工作专班。（县甲局负责）\n")
    assert [g.title for g in plan.sections[0].groups] == ["指导思想", "基本原则", "工作目标"]
    assert [(t.title, _units(t)) for t in plan.tasks()] == [("设立专班", [("县甲局", R)])]


def test_a_run_on_plan_copied_with_half_width_punctuation_is_split_at_its_points_and_bracketed_numbers():
    """A plan copied with half-width punctuation ends its sentences in a point (…制定本要点.一、…) and numbers its items
    with a bracket alone (1)做强… 2)壮大…). Where its line breaks are lost a point after a word, a per cent sign or a
    quote is a full stop before the next label, and a number closed by a bracket alone is an item's label, as （1） is;
    a figure closing a bracket opened before it (（共3）/ (见附件2)) is none."""
    plan = _one(
        "某区2027年工作要点为做好全年工作,特制定本要点.一、聚力产业提质,打造制造业集群1)做强电子产业.全年营收增长8%."
        "(责任部门:经发局,配合:科创局)2)壮大医药产业.新增注册证(共3)个.(责任部门:科创局)二、优化营商环境"
        "3)深化审批改革.推行\"一网通办\".(行政审批局负责,财政局配合)4)提升服务水平.实现政务服务好评率99%.(党政办公室负责)\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [
        (1, "做强电子产业"), (2, "壮大医药产业"), (3, "深化审批改革"), (4, "提升服务水平")]
    assert [s.number for s in plan.sections] == ["一", "二"]
    assert _units(plan.tasks()[2]) == [("行政审批局", R), ("财政局", S)]


def test_a_group_heading_run_into_its_unit_labels_ends_before_them_on_one_line():
    """A plan of working groups names each group's bodies on lines of their own under its name ((二）运输保障组 /
    牵头单位：… / 参加单位：…). Where the line breaks are lost the first label follows the group's name with no stop
    (（二）运输保障组牵头单位：市甲中心参加单位：市乙局3.…): the group's title ends before the label, whose units are the
    group's; its numbered items stay its tasks."""
    plan = _one(
        "某市2027年春运工作方案一、工作组及主要任务（一）综合协调组：由市交通局牵头，市公安局参加。1.统筹春运工作。制定工作方案。"
        "2.汇总春运信息。每日编发简报。（二）运输保障组牵头单位：市铁路服务中心参加单位：市交通局、市机场公司"
        "3.协调增开临客。做好运力安排。4.加强航班延误应急处置。\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [
        (1, "统筹春运工作"), (2, "汇总春运信息"), (3, "协调增开临客"), (4, "加强航班延误应急处置")]
    assert [g.title for g in plan.sections[0].groups] == ["综合协调组", "运输保障组"]
    assert ("市铁路服务中心", L) in _units(plan.tasks()[2])


def test_a_section_heading_run_into_its_first_item_after_a_fields_value_starts_the_section():
    """Where the line breaks are lost a section's label may follow a field's value or a figure with no stop (…检查范围：
    学校、医院三、检查重点（一）危险化学品。…). The next section number whose short heading runs straight into the
    first item under it (（一） / 1.) starts the section, as on a page keeping its breaks; a number in the words that
    does not open such a heading (分三、四批) is left in its sentence."""
    plan = _one(
        "某县2027年安全检查工作方案一、检查组织成立两个检查组。第一组组长：副县长成员单位：县应急局检查范围：危化企业"
        "第二组组长：副县长成员单位：县交通局检查范围：学校、医院二、检查重点（一）危险化学品。分三、四批检查重大危险源。"
        "责任单位：县应急局（二）道路交通。检查客运车辆。责任单位：县公安局\n")
    assert [s.number for s in plan.sections] == ["一", "二"]
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "危险化学品"), (2, "道路交通")]
    assert _units(plan.tasks()[1]) == [("县公安局", R)]


# ---- covering lines naming their items by number, at the head of a part, run on in a paragraph ----------------


def test_a_covering_line_naming_its_items_by_number_gives_them_its_units():
    """上述第1—3项由X牵头，Y配合。 after item 3 (a range, or a list 第2、3项): the items of those printed numbers take the
    units, the item it sits after among them; an item it does not number, or one with its own annotation, does not."""
    shared = [("县甲局", L), ("县乙局", S)]
    for opener, covered in (("上述第1—3项由", {1, 2, 3}), ("上述第1至3项任务，由", {1, 2, 3}),
                            ("上述第2、3项由", {2, 3}), ("第1项至第3项由", {1, 2, 3})):
        plan = _one(
            "某县2030年档案工作方案\n"
            "一、重点任务\n"
            "1.清点馆藏档案。逐卷核对。\n"
            "2.补齐目录。编制案卷目录。\n"
            "3.规范档案借阅。建立借阅登记制度。\n"
            f"{opener}县甲局牵头，县乙局配合。\n"
            "4.改善库房条件。配备防火设备。（县丙局负责）\n")
        assert [_units(t) for t in plan.tasks()] == [
            shared if n in covered else [] for n in (1, 2, 3)] + [[("县丙局", R)]], opener


def test_a_numbered_covering_line_after_a_later_item_leaves_that_item_its_own():
    """第2项、第3项由X牵头，Y配合。 written after item 4, which names its own unit: items 2 and 3 take the line's units,
    item 4 keeps only its own, item 1 its own."""
    plan = _one(
        "某县2030年档案工作方案\n"
        "一、重点任务\n"
        "1.清点馆藏档案。逐卷核对。（县丁局负责）\n"
        "2.补齐目录。编制案卷目录。\n"
        "3.规范档案借阅。建立借阅登记制度。\n"
        "4.改善库房条件。配备防火设备。（县丙局负责）\n"
        "第2项、第3项由县甲局牵头，县乙局配合。\n")
    shared = [("县甲局", L), ("县乙局", S)]
    assert [_units(t) for t in plan.tasks()] == [[("县丁局", R)], shared, shared, [("县丙局", R)]]


def test_a_bracketed_numbered_label_line_covers_the_items_it_numbers():
    """（第1至3项责任单位：X、Y）: the numbers and the label open the bracket; no unit's name begins with 第1至3项."""
    plan = _one(
        "某县2030年档案工作方案\n"
        "一、重点任务\n"
        "1.清点馆藏档案。逐卷核对。\n"
        "2.补齐目录。编制案卷目录。\n"
        "3.规范档案借阅。建立借阅登记制度。\n"
        "（第1至3项责任单位：县甲局、县乙局）\n"
        "4.改善库房条件。配备防火设备。（县丙局负责）\n")
    shared = [("县甲局", R), ("县乙局", R)]
    assert [_units(t) for t in plan.tasks()] == [shared, shared, shared, [("县丙局", R)]]


def test_a_numbered_line_under_one_item_naming_its_sub_points_stays_that_items_own():
    """（第1至3项责任单位：X） closing a part read as one task whose 1. 2. 3. lines are sub-points: the numbers name no
    item of the part, so the line is the task's own annotation (its numbers no unit's name), with a warning."""
    plan = _one(
        "某县2030年档案工作方案\n"
        "一、重点任务\n"
        "1.清点馆藏档案。逐卷核对。\n"
        "2.补齐目录。编制案卷目录。\n"
        "3.规范档案借阅。建立借阅登记制度。\n"
        "（第1至3项责任单位：县甲局、县乙局）\n")
    assert [_units(t) for t in plan.tasks()] == [[("县甲局", R), ("县乙局", R)]]
    assert any("does not print once" in w for w in plan.warnings)


def test_a_numbered_line_after_a_second_run_of_numbers_covers_the_items_of_its_own_run():
    """（一）主要目标 1.–3. then （二）策略措施 1.–3. under one 一、, each run numbered from 1: （第2—3项牵头单位：X；责任单位：Y）
    after measure 3 names measures 2 and 3, the nearest items of those numbers in its own run (before: a warning that
    the part prints them twice, measure 2 no unit), and the goals keep their own."""
    plan = _one(
        "某县青少年发展规划分工方案\n"
        "一、青少年与健康\n"
        "（一）主要目标\n"
        "1.近视率逐年下降。（牵头单位：县卫健局）\n"
        "2.体质达标率提高。（牵头单位：县教育局）\n"
        "3.心理健康素养提升。（牵头单位：县卫健局）\n"
        "（二）策略措施\n"
        "1.开展视力筛查。每年筛查一次。（牵头单位：县卫健局；责任单位：县教育局）\n"
        "2.保障体育锻炼时间。落实每天一小时。\n"
        "3.加强心理辅导。配齐心理教师。\n"
        "（第2—3项牵头单位：县教育局；责任单位：县卫健局、团县委）\n")
    shared = [("县教育局", L), ("县卫健局", R), ("团县委", R)]
    assert [_units(t) for t in plan.tasks()] == [
        [("县卫健局", L)], [("县教育局", L)], [("县卫健局", L)],
        [("县卫健局", L), ("县教育局", R)], shared, shared]
    assert not any("does not print once" in w for w in plan.warnings)


def test_a_line_under_a_parts_heading_gives_the_parts_items_its_units():
    """本部分任务均由X牵头，Y配合。 / 以下各项任务由X牵头… under the heading, before item 1: the part's items naming no
    unit take them, an item with its own bracket keeps its own, and the next part's items take none."""
    for opener in ("本部分任务均由", "以下各项任务由"):
        plan = _one(
            "某县2030年档案工作方案\n"
            "一、重点任务\n"
            f"{opener}县甲局牵头，县乙局配合。\n"
            "1.清点馆藏档案。逐卷核对。\n"
            "2.补齐目录。编制案卷目录。\n"
            "3.规范档案借阅。建立借阅登记制度。（县丙局负责）\n"
            "二、改善档案库房\n"
            "4.改善库房条件。配备防火设备。\n"
            "5.配齐库房设施。足额安排。（县财政局负责）\n")
        shared = [("县甲局", L), ("县乙局", S)]
        assert [_units(t) for t in plan.tasks()] == [shared, shared, [("县丙局", R)], [], [("县财政局", R)]], opener


@pytest.mark.parametrize("group, line", [
    ("", "（本部分第1—2项任务，均由县甲局牵头，有关乡镇配合）"), ("（一）整理馆藏\n", "（本部分第1—2项任务，均由县甲局牵头，有关乡镇配合）"),
    ("", "以下第1至2项由县甲局牵头，有关乡镇配合。"),
    ("", "（第1、2项任务牵头单位：县甲局；配合单位：有关乡镇）"), ("（一）整理馆藏\n", "（第1、2项任务牵头单位：县甲局；配合单位：有关乡镇）")])
def test_a_line_under_a_heading_naming_its_items_by_number_gives_them_alone_its_units(group, line):
    """A line under a part's heading naming a run of its items by their numbers (本部分第1—2项任务，均由X牵头… /
    （第1、2项任务牵头单位：X）): its units, without the scope words, go to those items alone; the part's next item
    naming no unit takes none (before: 本部分第1—2项任务 was read as a unit, the label form lost its lead, and item 3
    took the line too)."""
    plan = _one(
        "某县2030年档案工作方案\n"
        "一、重点任务\n"
        f"{group}{line}\n"
        "1.清点馆藏档案。逐卷核对。\n"
        "2.补齐目录。编制案卷目录。\n"
        "3.规范档案借阅。建立借阅登记制度。\n")
    shared = [("县甲局", L), ("有关乡镇", S)]
    assert [_units(t) for t in plan.tasks()] == [shared, shared, []]


def test_a_rule_under_a_parts_heading_gives_no_units():
    """以下任务，排在第一位的为牵头单位。 under the heading opens like a part's line but names no unit: nothing given."""
    plan = _one(
        "某县2030年档案工作方案\n"
        "一、重点任务\n"
        "以下任务，请各单位认真落实。\n"
        "1.清点馆藏档案。逐卷核对。\n"
        "2.补齐目录。编制案卷目录。\n")
    assert [_units(t) for t in plan.tasks()] == [[], []]


def test_a_covering_sentence_run_on_in_the_last_items_paragraph_stays_the_items_own_and_is_said():
    """…编制案卷目录。以上任务由X牵头，Y配合。 at the end of item 2's paragraph may speak for item 2's own works (一是…；
    二是…。以上工作由X负责。) as well as for the items above: no guess, it stays item 2's; the reader warns that item 1
    above names none. Written on a line of its own it covers them (lines.ABOVE), and a heading's units still reach
    the items above."""
    plan = _one(
        "某县2030年档案工作方案\n"
        "一、重点任务\n"
        "1.清点馆藏档案。逐卷核对。\n"
        "2.补齐目录。编制案卷目录。以上任务由县甲局牵头，县乙局配合。\n"
        "3.规范档案借阅。建立借阅登记制度。（县丙局负责）\n")
    shared = [("县甲局", L), ("县乙局", S)]
    assert [_units(t) for t in plan.tasks()] == [[], shared, [("县丙局", R)]]
    assert any("run on in its own paragraph" in w and "1." in w for w in plan.warnings)
    headed = _one(
        "某县2030年档案工作方案\n"
        "一、重点任务（县丁局牵头）\n"
        "1.清点馆藏档案。逐卷核对。\n"
        "2.补齐目录。一是编制案卷目录；二是补录电子目录。以上工作由县甲局负责。\n")
    assert [_units(t) for t in headed.tasks()] == [[("县丁局", L)], [("县甲局", R)]]


def test_a_second_plan_run_on_after_the_first_starts_again_at_its_title_and_its_first_section():
    """A copy holding two plans with no 附件 mark between (a year's 要点 after a standing 方案) that lost its line breaks
    runs the second plan's title on after the first plan's last sentence, then its preamble closing with the sentence
    making the plan (…，制定本要点。), then its 一、. The title is set apart and the second plan read as a plan of its
    own, its sections numbered again from 一、 (not taken as words and items of the first plan's last section)."""
    text = ("某县联席会议工作方案一、主要职能在县委、县政府领导下，统筹协调全县有关工作，研究解决工作中的重大问题。"
            "二、工作机制1.建立协调机制。每半年召开1次全体会议。（县甲局牵头，县乙局配合）"
            "2.保障工作经费。按规定安排经费，加强资金使用监管。（县乙局负责）"
            "三、工作要求各成员单位明确一名联络员，联络员如有变动，及时报联席会议办公室备案。某县2027年工作要点"
            "2027年是全面完成三年行动的收官之年。为做好全年工作，制定本要点。一、总体要求坚持稳中求进，全面提升工作水平。"
            "二、重点任务1.开展宣传活动。每季度组织1次主题宣传。（县甲局牵头，县丙局配合）"
            "2.加强队伍建设。每年开展业务培训不少于2次，提升履职能力。（县乙局负责）\n")
    plans = parse_text(text, "two_plans.txt")
    assert [p.title for p in plans][1:] == ["某县2027年工作要点"]
    second = plans[1]
    assert [s.number for s in second.sections] == ["一", "二"]
    assert [(t.number, t.title) for t in second.tasks()] == [(1, "开展宣传活动"), (2, "加强队伍建设")]
    assert _units(second.tasks()[0]) == [("县甲局", L), ("县丙局", S)]
    assert [t.number for t in plans[0].tasks()] == [1, 2]


def test_a_posts_zero_padded_sections_and_bulleted_groups_run_on_are_split_in_order():
    """A 公众号 post numbers its sections 01 02 before their names and dresses its groups' labels with a bullet
    (02 重点任务 / ▶（一）实施…行动 / 1.…). Where the breaks are lost the 02 after a finished sentence starts a section
    in order from 01, and the bulleted （一） moves its numbering on, so the items under it start at 1. A date's 03月 or a
    count's 05个 is no section number. (parse_text, not _one: the check that no text is lost reads a label's dress
    only at a line's start, and the ▶ before a label inside a run-on line is left out of the model as it was before.)"""
    [plan] = parse_text(
        "某县文旅融合行动方案\n为推动文旅融合发展，于2027年03月起制定本方案。01总体要求坚持以文塑旅，新增景区05个。"
        "02重点任务▶（一）实施品牌塑造行动1.打造文旅品牌。编制品牌手册。（县甲局牵头，县乙局配合）"
        "2.挖掘文化资源。开展资源普查。（县丙局负责）▶（二）实施景区提质行动3.推动景区创建。完善配套设施。"
        "（县甲局负责）\n", "post.txt")
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "打造文旅品牌"), (2, "挖掘文化资源"), (3, "推动景区创建")]
    assert _units(plan.tasks()[0]) == [("县甲局", L), ("县乙局", S)]
    assert _units(plan.tasks()[2]) == [("县甲局", R)]


def test_a_line_citing_articles_or_dividing_items_clause_by_clause_is_no_covering_line():
    """第1条由X牵头，第5条由Y牵头 under an item cites the articles of the policy the item carries out: the item's own
    units, no item 1 covered; 第1项由A牵头，第2项、第3项由B牵头 divides the items clause by clause, each with its own
    units: no one covering line giving every unit to the first clause's items."""
    articles = _one(
        "某县2030年营商环境工作要点\n"
        "一、落实惠企政策\n"
        "1.开展企业走访活动。\n"
        "2.落实《某县支持民营经济十条措施》。\n"
        "第1条由县甲局牵头，第5条由县乙局牵头。\n")
    assert [_units(t) for t in articles.tasks()] == [[], [("县甲局", L), ("县乙局", L)]]
    clauses = _one(
        "某县2030年营商环境工作要点\n"
        "一、提升政务服务\n"
        "1.推进一网通办。\n"
        "2.深化一件事改革。\n"
        "3.加强窗口建设。\n"
        "第1项由县甲局牵头，第2项、第3项由县乙局牵头。\n")
    assert _units(clauses.tasks()[0]) == []


def test_a_sentence_under_a_heading_naming_no_body_gives_no_units():
    """以下工作由县防指统一调度，各成员单位按职责分工抓好落实。 under a part's heading is prose: 县防指统一调度 is a
    body and its verb, no name; nothing reaches the items (本部分任务均由X牵头 naming bodies does)."""
    plan = _one(
        "某县2030年防汛工作方案\n"
        "一、工作措施\n"
        "以下工作由县防指统一调度，各成员单位按职责分工抓好落实。\n"
        "1.开展汛前检查。\n"
        "2.修订应急预案。（县水利局负责）\n")
    assert [_units(t) for t in plan.tasks()] == [[], [("县水利局", R)]]


def test_a_web_pages_note_mark_copied_as_a_bare_digit_leaves_names_and_titles():
    """A web page's superscript note mark (<sup>4</sup>) copies as a bare digit glued to the word (县甲局4、, 评估2。),
    its notes listed at the end under 注释： as lines 1.… 2.…: the digit leaves names and titles (before: 县甲局4 was
    the unit). Only a number the list holds, before 、，；。）: a quantity (建成基站20个), an order (第3、4批) and a
    text with no such list keep their digits."""
    text = ("某省文物安全整治方案\n一、重点任务\n1.开展风险评估2。逐处评估。（牵头单位：省甲局4；配合单位：省乙队5）\n"
            "2.建成5G基站2000个。推进第3、4批建设。（牵头单位：省丙局[3]）\n二、保障措施\n加强领导。\n注释：\n"
            "2.按导则组织实施。\n3.省丙局于2024年组建。\n4.省甲局设在省丁厅。\n5.省乙队由省甲局管理。\n")
    plan = parse_text(text, "p.txt")[0]
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "开展风险评估", [("省甲局", L), ("省乙队", S)]),
        (2, "建成5G基站2000个", [("省丙局", L)])]
    assert "第3、4批" in plan.tasks()[1].text
    without_notes = parse_text(text[: text.index("注释")], "p.txt")[0]
    assert _units(without_notes.tasks()[0]) == [("省甲局4", L), ("省乙队5", S)]


def test_a_number_after_a_reference_to_a_part_of_the_plan_is_no_note_mark():
    """A number glued to 附件 / 附表 / 表 / 专栏 / 图 / 附录 names that part of the plan (见附表1，/ 详见附件2）/ 按表2。),
    whatever notes the page lists after it under 注：1.… 2.…: it stays (before: 见附表，… 见附件。). A mark after a
    body's name the list holds still leaves it."""
    text = ("某县2030年城乡建设任务清单\n一、重点任务\n"
            "1.推进甲区改造。任务见附表1，同步整治（详见附件2）。（责任单位：县甲局3）\n"
            "2.加快乙区建设。按表2、专栏1执行，实施方案见附件3。（责任单位：县乙局）\n"
            "注：\n1.附表、附件另行印发。\n2.各单位每月报送进展。\n3.县甲局设在县丙局。\n")
    first, second = parse_text(text, "p.txt")[0].tasks()
    assert "见附表1，同步整治（详见附件2）" in first.text and "按表2、专栏1执行，实施方案见附件3。" in second.text
    assert _units(first) == [("县甲局", R)]


# a part of three items naming no unit, under the line the tests below set over them
_ARCHIVE_PLAN_HEAD = "某县2030年档案工作方案\n一、重点任务\n"
_ARCHIVE_ITEMS = "1.清点馆藏档案。逐卷核对。\n2.补齐目录。编制案卷目录。\n3.规范档案借阅。建立借阅登记制度。\n"


@pytest.mark.parametrize("line", ["第1项由县甲局牵头，其余各项由县乙局牵头。", "（本部分第1项任务由县甲局牵头；第2、3项任务由县乙局牵头）"])
def test_a_line_under_a_heading_dividing_its_items_between_units_gives_each_its_clauses(line):
    """A line under a part's heading dividing the part's items between units clause by clause (第1项由X牵头，其余各项由Y
    牵头 / 第1项由X牵头；第2、3项由Y牵头): each item takes its own clause's units, 其余 the items no clause names, an item
    with its own bracket keeps its own (before: item 1 took both leads and items 2–3 none, or nothing was read)."""
    plan = _one(_ARCHIVE_PLAN_HEAD + f"{line}\n" + _ARCHIVE_ITEMS + "4.改善库房条件。配备防火设备。（县丙局负责）\n")
    first, others = [("县甲局", L)], [("县乙局", L)]
    expected = [first, others, others, [("县丙局", R)]]
    assert [_units(t) for t in plan.tasks()] == expected


@pytest.mark.parametrize("line", ["第1—2项由县甲局牵头，其他工作组成员单位配合。",
                                  "（本部分第1—2项由县甲局牵头，其他工作专班成员单位配合）"])
def test_other_bodies_named_after_a_covering_line_are_no_rest_of_the_items(line):
    """其他工作组成员单位 / 其他工作专班成员单位: 其他 + 工作 going on into a body's name is no clause for the rest of
    the items (其余各项由…): the line covers items 1–2 with its lead and those bodies; item 3 takes nothing of it
    (before: the name was cut to 组成员单位 and given to item 3, or items 1–3 all took it)."""
    plan = _one(_ARCHIVE_PLAN_HEAD + f"{line}\n" + _ARCHIVE_ITEMS)
    named = line[line.index("其他"):].rstrip("。）").replace("配合", "")
    both = [("县甲局", L), (named, S)]
    assert [_units(t) for t in plan.tasks()] == [both, both, []]


def test_other_bodies_named_in_a_line_after_the_items_it_covers():
    """Items 1–2, then （第1—2项由X牵头，其他工作专班成员单位配合）: the line covers the items before it; the first item
    is not left out (before: the line read as two clauses and item 1 took nothing)."""
    plan = _one(_ARCHIVE_PLAN_HEAD + "1.清点馆藏档案。逐卷核对。\n2.补齐目录。编制案卷目录。\n"
                "（第1—2项由县甲局牵头，其他工作专班成员单位配合）\n3.规范档案借阅。建立借阅登记制度。（县丁局负责）\n")
    both = [("县甲局", L), ("其他工作专班成员单位", S)]
    assert [_units(t) for t in plan.tasks()] == [both, both, [("县丁局", R)]]


def test_a_note_mark_after_a_word_ending_in_biao_or_tu_leaves_it():
    """表 / 图 name a part of the plan only after a pointing word (见表1 / 按表2 / 如图3): a note's mark glued to a word
    ending in them (蓝图2 / 统计报表3) is still a mark the note list holds and leaves the text (before: kept as words);
    见表1 and 如图2 stay."""
    text = ("某县2030年数字政府工作要点\n一、强化统筹\n"
            "1.绘制发展蓝图2，完善统计报表3。（县甲局负责）\n"
            "2.按要求推进，格式见表1，流程如图2。（县乙局负责）\n"
            "注释：\n1.表格另行印发。\n2.蓝图由县政府印发。\n3.报表按月报送。\n")
    first, second = parse_text(text, "p.txt")[0].tasks()[:2]
    assert "绘制发展蓝图，完善统计报表。" in first.text
    assert "格式见表1，流程如图2。" in second.text


def test_duty_paragraphs_with_no_colon_run_on_under_their_part_heading_are_split_before_each_body():
    """A 职责分工 part may write its paragraphs `县甲局负责…` with no colon after the body's name. On a page that lost
    its line breaks the first runs straight on after the part's heading (二、职责分工县甲局负责…) and each later one after
    the sentence before it: a paragraph starts where a body's name and its duty verb begin, after the heading and
    then after a finished sentence (a later one also where a body's name and 要 begin: 县戊部要…), as where the
    breaks are kept. The part ends at the next item's label: a sentence
    of a later item opening with a body and 负责 (县丙局负责日常调度。) stays that item's own words."""
    lines = [
        "某县2027年农村供水保障实施方案",
        "一、重点任务",
        "1.改造供水管网。全年改造管网30公里。（县甲局负责）",
        "2.提升水质检测能力。每季度检测一次。（县乙局负责）",
        "二、职责分工",
        "县甲局负责统筹推进全县农村供水工程建设；县乙局负责水质监测，定期通报检测结果。",
        "县丙局、县丁局负责保障工程建设用地和所需资金。",
        "县戊部要加强农村供水政策宣传。",
        "三、保障措施",
        "（一）加强组织领导。成立工作专班。县丙局负责日常调度。",
    ]
    kept = _one("\n".join(lines) + "\n")
    run_on = _one("".join(lines) + "\n")
    for plan in (kept, run_on):
        duties = plan.sections[1]
        assert duties.title == "职责分工"
        assert [(t.text[:3], _units(t)) for t in duties.tasks] == [
            ("县甲局", [("县甲局", R)]), ("县乙局", [("县乙局", R)]), ("县丙局", [("县丙局", R), ("县丁局", R)]),
            ("县戊部", [("县戊部", R)])]
    assert [(t.number, t.text, _units(t)) for t in run_on.tasks()] == [
        (t.number, t.text, _units(t)) for t in kept.tasks()]
    assert [s.title for s in run_on.sections] == ["重点任务", "职责分工", "保障措施"]


def test_ocr_zero_read_as_a_chinese_zero_or_letter_o_inside_a_task_number():
    """OCR of a scan reads the digit 0 of a task number as 〇 (U+3007) or a letter O (1〇., 2O．): beside the number's
    other digits and before the point it is the 0, so task 10 stays a task (before: its units joined task 9 and every
    later number skipped the sequence). A lone 〇 or a 〇 in running words (二〇二五年) is no number."""
    plan = parse_text(
        "某县数字乡村工作要点\n一、重点任务\n9.发展农村电商。培育带头人。（牵头单位：县甲局；配合单位：县乙社）\n"
        "1〇.推进乡村旅游数字化。建设平台。（县丙局牵头，县甲局配合）\n11.培育数字人才。（牵头单位：县丁局）\n"
        "12.完善网络。〇.5万户二〇二五年底前接入。（县戊局负责）\n", "p.txt")[0]
    assert [(t.number, _units(t)) for t in plan.tasks()] == [
        (9, [("县甲局", L), ("县乙社", S)]), (10, [("县丙局", L), ("县甲局", S)]), (11, [("县丁局", L)]),
        (12, [("县戊局", R)])]


def test_ocr_zero_inside_a_task_number_in_text_run_on_one_line():
    """A copy that lost its line breaks runs 1〇. on after the sentence before it: the running-text marker reads the
    OCR zero as the line-start label does, so task 10 keeps its units (before: they joined task 9 and 11. skipped the
    sequence). 二〇二五年 and 2〇25年 inside the words stay words."""
    units = "甲乙丙丁戊己庚辛壬癸子"
    items = "".join(f"{'1〇' if n == 10 else n}.推进第{n}项工作。{'二〇二五年' if n % 2 else '2〇25年'}底前完成。（县{u}局负责）"
                    for n, u in enumerate(units, 1))
    plan = parse_text("某县数字乡村工作要点为推进数字乡村建设，制定本要点。一、重点任务" + items + "\n", "p.txt")[0]
    assert [(t.number, _units(t)) for t in plan.tasks()] == [(n, [(f"县{u}局", R)]) for n, u in enumerate(units, 1)]


def test_a_skipped_number_is_confirmed_by_a_next_item_opening_with_a_year_on_one_line():
    """Run on, a number skipping the sequence (2. then 6.) is taken where the next item carries the next number; that
    item may open with a year (7.2030年底前…), its marker a year's: it is the arabic item 7 all the same (before: 6. went
    unconfirmed, and tasks 6, 7 and 8 with their units ran into task 2)."""
    plan = parse_text(
        "某县市场监管工作要点为优化营商环境，制定本要点。一、优化环境1.推进证照分离。压减审批事项（县甲局负责）。"
        "2.开展双随机抽查。抽查企业200家（县甲局负责）。6.推进数据共享。完成接口（县乙局负责）。"
        "7.2030年底前完成平台建设。（县乙局负责）8.强化质量监管。开展抽检（县丙站负责）。\n", "p.txt")[0]
    assert [(t.number, _units(t)) for t in plan.tasks()] == [
        (1, [("县甲局", R)]), (2, [("县甲局", R)]), (6, [("县乙局", R)]), (7, [("县乙局", R)]), (8, [("县丙站", R)])]


def test_a_skipped_number_is_confirmed_after_an_unstopped_unit_label_on_one_line():
    """Run on, each item closing with its unit label and no stop (…任务。牵头单位：市甲局11.开展…): the next number after
    that clean clause (a label, bodies' names alone) confirms the skip, and the skipping item starts after the clause
    before it (before: 11. and 12. ran into task 3, their units read as 市甲局11.开展试点示范…)."""
    plan = parse_text(
        "某市数字经济工作方案为加快数字经济发展，制定本方案。一、主要任务1.加快网络建设，建成基站3000个。牵头单位：市丙局"
        "2.推进算力建设，其中4.5万平方米用于机房。牵头单位：市丁局3.实施数据行动，完成20项改革任务。牵头单位：市甲局"
        "11.开展试点示范，力争12个项目入选。牵头单位：市乙局12.强化人才支撑。牵头单位：市戊局\n", "p.txt")[0]
    assert [(t.number, _units(t)) for t in plan.tasks()] == [
        (1, [("市丙局", L)]), (2, [("市丁局", L)]), (3, [("市甲局", L)]), (11, [("市乙局", L)]), (12, [("市戊局", L)])]


def test_parts_numbered_in_financial_capitals_are_the_sections():
    """壹、 贰、 叁、 (大写, Word's chineseLegalSimplified) head the plan's parts as 一、 would: no part is taken for the
    plan's title, and the tasks under 贰、 are read with their units."""
    plan = _one(
        "某县农村饮水安全实施方案\n"
        "壹、总体要求\n"
        "为保障农村饮水安全，制定本方案。\n"
        "贰、重点任务\n"
        "1.建设规模化水厂。（县水利局牵头，县财政局配合）\n"
        "2.开展水质监测。（县卫生健康局负责）\n"
        "叁、保障措施\n"
        "（一）加强组织领导。各部门要高度重视。\n")
    assert plan.title == "某县农村饮水安全实施方案"
    assert [(s.number, s.title) for s in plan.sections] == [("壹", "总体要求"), ("贰", "重点任务"), ("叁", "保障措施")]
    assert [(t.label, t.title) for t in plan.tasks()] == [("1.", "建设规模化水厂"), ("2.", "开展水质监测")]
    assert _units(plan.tasks()[0]) == [("县水利局", L), ("县财政局", S)]
    assert _units(plan.tasks()[1]) == [("县卫生健康局", R)]


def test_financial_capitals_out_of_count_or_before_a_figure_open_no_part():
    """A lone 拾、 (a sum a line opens with) heads no part, so the plan keeps its 一、 section; 壹.5万元 (a figure after
    the stop) and 拾拾、 (no number) are no labels."""
    from generator.words.labels import label_of

    plan = _one(
        "某县项目资金管理实施方案\n"
        "一、重点任务\n"
        "1.拨付项目资金。（县财政局负责）\n"
        "拾、伍万元以上的项目须经县政府常务会议研究。\n"
        "2.开展绩效评价。（县财政局负责）\n")
    assert [(s.number, s.title) for s in plan.sections] == [("一", "重点任务")]
    assert [t.label for t in plan.tasks()] == ["1.", "2."]
    assert "拾、伍万元以上" in plan.tasks()[0].text
    assert label_of("壹.5万元以上的项目") is None and label_of("拾拾、加强管理") is None
    assert label_of("拾贰、保障措施").number == 12


def test_groups_numbered_by_heavenly_stems_hold_their_tasks():
    """甲、 乙、 (Word's ideographTraditional) head groups between 一、 and the tasks: ① ② under 乙、 are its tasks,
    not points of the task above."""
    plan = _one(
        "某市供水保障实施方案\n"
        "一、重点任务\n"
        "甲、强化水源保障\n"
        "1.优化水源布局。（市水利局牵头）\n"
        "2.保护水源地。（市生态环境局负责）\n"
        "乙、提升水质\n"
        "①完善消毒设施。（市水利局负责）\n"
        "②加强水质检测。（市卫生健康委员会负责）\n")
    assert [[g.title for g in s.groups] for s in plan.sections] == [["强化水源保障", "提升水质"]]
    assert [(t.label, t.group, t.title) for t in plan.tasks()] == [
        ("1.", "甲、", "优化水源布局"), ("2.", "甲、", "保护水源地"),
        ("①", "乙、", "完善消毒设施"), ("②", "乙、", "加强水质检测")]
    assert _units(plan.tasks()[3]) == [("市卫生健康委员会", R)]


def test_groups_numbered_by_heavenly_stems_inside_paren_groups_hold_their_tasks():
    """甲、 乙、 may head groups inside a （一） group, over the 1. tasks: each stem heads its own tasks, and 乙、's heading
    is no text of the task above it."""
    plan = _one(
        "某县安全生产工作方案\n"
        "一、主要任务\n"
        "（一）压实安全责任\n"
        "甲、企业主体责任\n"
        "1.督促企业开展自查。（县应急局负责）\n"
        "2.开展隐患排查。（县住建局负责）\n"
        "乙、部门监管责任\n"
        "3.开展执法检查。（县市场监管局负责）\n"
        "（二）强化应急保障\n"
        "4.完善应急预案。（县应急局负责）\n")
    assert [[(g.label, g.title) for g in s.groups] for s in plan.sections] == [
        [("（一）", "压实安全责任"), ("甲、", "企业主体责任"), ("乙、", "部门监管责任"), ("（二）", "强化应急保障")]]
    assert [(t.label, t.group, t.title) for t in plan.tasks()] == [
        ("1.", "甲、", "督促企业开展自查"), ("2.", "甲、", "开展隐患排查"),
        ("3.", "乙、", "开展执法检查"), ("4.", "（二）", "完善应急预案")]
    assert "乙、" not in plan.tasks()[1].text
    assert _units(plan.tasks()[2]) == [("县市场监管局", R)]


def test_heavenly_stems_listed_with_a_space_after_the_stop_are_no_label():
    """甲、 乙方 / 甲． 乙级: stems listed with 、, a space a PDF's extraction put after the stop, are words of text;
    甲、 强化水源保障 (a space, then a heading) keeps its label."""
    from generator.words.labels import label_of

    assert label_of("甲、 乙方负责提供场地") is None
    assert label_of("甲．　乙级资质企业") is None
    assert (label_of("甲、 强化水源保障").style, label_of("甲、 强化水源保障").rest) == ("stem", "强化水源保障")


def test_heavenly_stems_as_words_or_out_of_count_head_no_group():
    """甲、乙双方 (stems listed), 甲方 / 乙类 (no stop) and a lone 丙、 out of count open lines of text, no group."""
    plan = _one(
        "某区合同管理工作方案\n"
        "一、重点任务\n"
        "1.规范合同签订。（区司法局负责）\n"
        "甲、乙双方应当明确权利义务。\n"
        "2.加强履约监管。（区财政局负责）\n"
        "丙、对乙类合同开展抽查。\n"
        "3.建立合同台账。（区司法局负责）\n")
    assert [s.groups for s in plan.sections] == [[]]
    assert [(t.label, t.title) for t in plan.tasks()] == [
        ("1.", "规范合同签订"), ("2.", "加强履约监管"), ("3.", "建立合同台账")]
    assert "甲、乙双方" in plan.tasks()[0].text and "丙、对乙类合同" in plan.tasks()[1].text


_STUDY_TABLE = ("二、学习安排\n"
                "月份\t学习专题\t学习形式\t主讲/领学\t承办单位\n"
                "3月\t学习贯彻全国两会精神，推动各项部署落地见效\t集中学习研讨\t张三领学\t县委办公室\n"
                "4月\t学习关于安全生产的重要论述，守牢安全底线\t集中学习研讨\t李四领学\t县应急管理局\n")


def test_a_study_plans_topics_naming_no_unit_before_its_sessions_table_are_its_text():
    """二、学习重点 （一）（二） topics naming no unit, then the 学习安排 table whose rows name their units: the topics are
    the part's text; the rows are the tasks, numbered from 1."""
    [plan] = parse_text("某县委理论学习中心组2025年学习计划\n一、学习重点\n"
                        "（一）深入学习新思想。系统学习权威著作。\n（二）深入学习党章党规。巩固学习教育成果。\n"
                        + _STUDY_TABLE, "计划.txt")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [(1, [("县委办公室", R)]), (2, [("县应急管理局", R)])]
    assert "（一）深入学习新思想" in plan.sections[0].intro
    assert any("学习重点" in n.text and "read as text" in n.text for n in plan.readings)


def test_what_an_inspection_checks_naming_no_unit_before_its_unit_first_duties_is_its_text():
    """一、检查内容 （一）（二） naming no unit, then 二、工作分工 whose items open with their units (常委会办公室：负责…):
    what the inspection looks into is the part's text, the duties are the tasks. Where the later part names no unit
    the items stay tasks."""
    duties = ("二、工作分工\n　　（一）县人大办公室：负责综合协调和会务保障。\n"
              "　　（二）县人大农业委：负责具体组织实施。\n")
    checks = ("一、检查内容\n　　（一）法律宣传普及情况。重点检查配套制度制定情况。\n"
              "　　（二）监管责任落实情况。\n")
    plan = _one("某县人大常委会执法检查工作方案\n" + checks + duties)
    assert [(t.number, _units(t)) for t in plan.tasks()] == [(1, [("县人大办公室", R)]), (2, [("县人大农业委", R)])]
    assert any("检查内容" in n.text and "read as text" in n.text for n in plan.readings)
    kept = _one("某县人大常委会执法检查工作方案\n" + checks + "二、工作要求\n　　（一）加强领导。确保落实。\n")
    assert [t.title for t in kept.tasks()][:2] == ["法律宣传普及情况", "监管责任落实情况"]


def test_main_content_items_stay_tasks_where_no_later_part_names_all_its_units():
    """一、主要内容 items naming no unit stay tasks where no later part's items all name units (here a closing
    part of requirements), and where the part's items name units themselves."""
    plan = _one("某县2025年文明创建工作方案\n一、主要内容\n（一）开展文明单位创建。年内评选十家。\n"
                "（二）开展志愿服务活动。每月一次。\n二、工作要求\n（一）加强领导。确保落实。\n")
    assert [t.title for t in plan.tasks()] == ["开展文明单位创建", "开展志愿服务活动"]
    named = parse_text("某县2025年文明创建工作方案\n一、主要内容\n（一）开展文明单位创建。年内评选十家。\n"
                       "（二）开展志愿服务活动（责任单位：团县委）。\n" + _STUDY_TABLE, "方案.txt")[0]
    assert [t.title for t in named.tasks()][:2] == ["开展文明单位创建", "开展志愿服务活动"]


def test_main_content_of_a_plan_not_titled_a_study_plan_stays_its_work_before_a_duties_part():
    """一、主要内容 items naming no unit, then 二、职责分工 whose items all name theirs: in an ordinary 实施方案 the
    主要内容 is its work, and stays tasks (before the mend they were set aside as text, read as a study plan's
    topics); in a plan titled 学习计划 the same part is its topics."""
    body = ("一、主要内容\n（一）全面摸排。对违规占地开展摸排。\n（二）分类处置。依法分类处置。\n"
            "二、职责分工\n（一）牵头组织摸排工作。（县甲局负责）\n（二）做好执法衔接。（县乙局负责）\n")
    plan = _one("某县违规占地整治工作方案\n" + body)
    assert [t.title for t in plan.tasks()][:2] == ["全面摸排", "分类处置"]
    assert len(plan.tasks()) == 4
    study = _one("某县委理论学习中心组2027年学习计划\n" + body)
    assert [t.title for t in study.tasks()] == ["牵头组织摸排工作", "做好执法衔接"]


def test_an_item_a_same_level_bureau_carries_out_keeps_it_alone_without_its_heads_lead():
    """（一）X。（区甲局牵头，区乙局配合） over 1.…（区丙局落实） 2.…（各街道落实）: a bureau of the heading's own level
    named to carry the item out answers for it, and does not take the heading's lead and helpers beside it (before
    the mend it did); the streets carry theirs out below, and still take the heading's units."""
    plan = _one("某区2027年城市更新工作方案\n一、重点任务\n"
                "（一）推进老旧小区改造。（区甲局牵头，区乙局配合）\n"
                "1.完成小区改造。（区丙局落实）\n"
                "2.整治楼道环境。（各街道落实）\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("区丙局", I)], [("各街道", I), ("区甲局", L), ("区乙局", S)]]


@pytest.mark.parametrize("party", ["医疗机构", "施工单位", "学校"])
def test_a_regulated_party_heading_a_duty_among_units_duties_is_no_unit(party):
    """市X局：负责… paragraphs with one headed by a party the plan regulates (医疗机构 / 施工单位 / 学校：负责…): its name
    ends in no vertical body's word (局, 海关, 机场 …), so it is no unit's duty (before the mend it was read as one, the
    party responsible), as 物业服务企业：负责… never was."""
    plan = _one("某市防控工作方案\n一、部门职责\n　　市甲局：负责疫情监测。\n　　市乙局：负责保障经费。\n"
                f"　　{party}：负责清理积水。\n　　市丙局：负责学校防控工作。\n")
    assert [_units(t) for t in plan.tasks()] == [[("市甲局", R)], [("市乙局", R)], [("市丙局", R)]]


def test_a_review_items_clause_going_on_with_work_done_together_is_still_a_task():
    """Under a review's heading, X牵头，Y配合，共同推进… goes on with work still to do (共 opens 共同, no count), and
    全年开展… states a yearly target: the items stay tasks (before the mend 共 / 全年 alone read them as work
    reported done). 共完成… / 全年累计… still report it done."""
    plan = _one("某县水利局2031年上半年工作总结及下半年工作安排\n一、上半年工作推进情况\n"
                "（一）推进灌区改造。县甲局牵头，县乙局配合，共同推进灌区续建配套。\n"
                "（二）加强河湖管护。县甲局牵头，各乡镇配合，全年开展巡河10次以上。\n"
                "二、下半年工作安排\n（一）加快项目进度。（县甲局负责）\n")
    assert [t.title for t in plan.sections[0].tasks] == ["推进灌区改造", "加强河湖管护"]
    done = _one("某县水利局2031年上半年工作总结及下半年工作安排\n一、上半年工作推进情况\n"
                "（一）堤防加固有序推进。县甲局牵头，县乙局配合，共完成加固12公里。\n"
                "二、下半年工作安排\n（一）加快项目进度。（县甲局负责）\n")
    assert done.sections[0].tasks == []


def test_a_change_of_units_glued_to_the_items_it_changes_is_the_heading_s_predicate():
    """第9项“…”、第27项“…”配合单位中的“X”统一调整为“Y”。: an adjustment notice's item names the items it changes and
    glues the change on after their quoted titles: the heading is the whole sentence (the change its verb), its units
    those after the change. A change set apart after a stop leaves the heading before it; labels after the item's
    new wording (合并为“…”，牵头单位为X) close the heading as any units' clause after a comma does."""
    plan = _one(
        "某市人民政府办公室关于调整重点工作任务分工的通知\n"
        "一、调整任务\n"
        "1.原方案第9项“推进农田建设”、第27项“实施供水工程”配合单位中的“市甲办”统一调整为“市乙局”。\n"
        "2.推进码头扩建（原方案第6项）。牵头单位由市丙局调整为市丁中心。\n"
        "3.原方案第4项与第5项合并为“推进河湖整改”，牵头单位为市戊局，配合单位为市己局。\n")
    tasks = plan.tasks()
    assert [t.title for t in tasks] == [
        "原方案第9项“推进农田建设”、第27项“实施供水工程”配合单位中的“市甲办”统一调整为“市乙局”",
        "推进码头扩建（原方案第6项）", "原方案第4项与第5项合并为“推进河湖整改”"]
    assert [[(a.name, a.role) for a in t.assignments] for t in tasks] == [
        [("市乙局", "support")], [("市丁中心", "lead")], [("市戊局", "lead"), ("市己局", "support")]]


def test_the_items_of_a_part_withdrawing_tasks_are_no_ones_duty():
    """A notice adjusting a plan's tasks withdraws some in a part of its own (二、取消任务（共2项）): the units a
    withdrawn item names (原牵头单位：X, （X牵头），予以取消) held it before, none holds it now; the items are the part's
    text, with a note. The part of changed tasks before it keeps its items."""
    plan = _one(
        "某市人民政府办公室关于调整重点工作任务分工的通知\n"
        "一、调整任务\n"
        "1.推进码头扩建（原方案第6项）。牵头单位由市甲局调整为市乙中心。\n"
        "二、取消任务（共2项）\n"
        "以下任务予以取消，不再列入年度督查考核。\n"
        "2.筹办国际赛事（原方案第13项，原牵头单位：市丙局）。\n"
        "3.原方案第47项“开展百日攻坚”（市丁局牵头），予以取消。\n")
    assert [(s.number, [t.number for t in s.tasks]) for s in plan.sections] == [("一", [1]), ("二", [])]
    assert "筹办国际赛事" in plan.sections[1].intro and "开展百日攻坚" in plan.sections[1].intro
    assert any("withdrawn" in n.text for n in plan.readings)
    # a part whose title only mentions withdrawal among other words is no withdrawal part
    plan = _one(
        "某市人民政府办公室关于调整重点工作任务分工的通知\n"
        "一、推进取消审批事项改革\n"
        "1.清理证明事项。（市甲局负责）\n")
    assert [t.number for t in plan.tasks()] == [1]
    # a plan of its own (no adjustment in its title) lists under 取消事项 the work of cancelling: its tasks; 退出 alone
    # (a dynamic list's group of firms leaving it) is no withdrawal part either
    plan = _one(
        "某市深化“放管服”改革2031年工作方案\n"
        "一、取消事项（共2项）\n"
        "1.取消建筑企业资质审批中的社保证明。（责任单位：市甲局）\n"
        "2.取消企业投资项目备案中的规划证明。（责任单位：市乙局）\n")
    assert [t.number for t in plan.tasks()] == [1, 2]
    plan = _one(
        "某市人民政府办公室关于调整龙头企业名录的通知\n"
        "一、退出\n"
        "1.核查退出企业。（责任单位：市甲局）\n")
    assert [t.number for t in plan.tasks()] == [1]


def test_the_prohibitions_of_a_list_of_prohibited_conduct_are_no_tasks():
    """二、负面清单 1.严禁… 2.不得…: prohibitions binding everyone, naming no unit to do anything, even where a body is the
    one bound (严禁各部门机关党组织…); the items are the part's text, with a note (before: each was a task with no
    unit). A prohibition naming a unit in an annotation stays a task; a plan's own task opening 严禁 in its task part
    keeps its unit."""
    plan = _one(
        "某区2031年机关党建工作“两张清单”\n"
        "一、任务清单\n"
        "1.开展模范机关创建活动。（牵头单位：区甲部；配合单位：区乙室）\n"
        "2.举办党务干部培训班。（牵头单位：区甲部；配合单位：区丙校）\n"
        "二、负面清单\n"
        "（一）廉洁纪律方面\n"
        "3.严禁借主题党日之名公款旅游、违规吃喝。\n"
        "4.不得擅自推迟机关党组织换届。\n"
        "（二）组织纪律方面\n"
        "5.严禁各部门（单位）机关党组织违规使用党费。\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [
        (1, [("区甲部", L), ("区乙室", S)]), (2, [("区甲部", L), ("区丙校", S)])]
    assert "公款旅游" in plan.sections[1].groups[0].text and "党费" in plan.sections[1].groups[1].text
    assert any("prohibition" in n.text for n in plan.readings)
    # a group titled as a count of prohibitions (“六严禁”); its item naming a unit in an annotation stays a task
    plan = _one(
        "某县2031年作风建设工作方案\n"
        "一、“六严禁”\n"
        "1.严禁违规发放津贴补贴。\n"
        "2.严禁超标准配备公务用车。（责任单位：县丁局）\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [(2, [("县丁局", R)])]
    # a plan's own task part: a task opening 严禁 keeps its unit, and one naming none stays a task too
    plan = _one(
        "某县2031年防范化解债务风险工作方案\n"
        "一、重点任务\n"
        "1.严禁违规举债。（责任单位：县财政局）\n"
        "2.不得新增隐性债务，按季度报送化债进展。\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [(1, [("县财政局", R)]), (2, [])]


def test_a_category_heading_glued_to_the_bodies_it_heads_names_no_unit_of_its_own():
    """（二）市人民政府有关部门：市甲局负责…；市乙局负责…: a 工作分工 item headed by a kind of bodies, the text after its
    colon naming each body and its share. The category names no unit and is not glued to the first body's name; the
    bodies inside are the duty's. A category over its own duty (市直有关部门：负责…) stays the duty's lead."""
    plan = _one(
        "某市执法检查工作方案\n"
        "一、工作分工\n"
        "（一）常委会办公室：负责综合协调和会务保障。\n"
        "（二）市人民政府有关部门：市甲局负责汇总自查情况；市乙局负责准备汇报材料。\n"
        "（三）市直有关部门：负责提供书面材料。\n")
    tasks = plan.tasks()
    assert [_units(t) for t in tasks] == [
        [("常委会办公室", R)],
        [("市甲局", R), ("市乙局", R)],
        [("市直有关部门", R)]]
    assert tasks[1].title.startswith("市甲局负责汇总自查情况")
    assert any("市人民政府有关部门" in r.text and "a kind of bodies" in r.text for r in plan.readings)


def test_a_heading_of_localities_over_a_body_inside_each_keeps_the_localities_as_the_unit():
    """（一）各乡镇（街道）：村委会负责协助…: a kind of localities heading a duty whose subject is a body inside each of
    those places, not a department the heading lists. The localities stay the duty's unit (unlike 有关部门：市甲局负责…),
    and no name is glued across the colon (各县（市、区）：县级水利部门)."""
    plan = _one(
        "某市防汛工作职责分工\n"
        "（一）各乡镇（街道）：村委会负责协助开展隐患排查。\n"
        "（二）各县（市、区）：县级水利部门负责组织巡堤查险。\n"
        "（三）市水利局：负责统筹协调。\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("各乡镇（街道）", R)],
        [("各县（市、区）", R)],
        [("市水利局", R)]]


def test_a_list_of_the_cases_a_plan_applies_to_is_no_list_of_tasks():
    """一、联合惩戒对象 …主要包括： （一）…情节严重的； （二）…的；: the cases someone may fall under, defining whom the
    measures reach, not anyone's duty; they stay the part's text with a note (before: each was a task with no unit).
    The measures after them keep their numbers and units; a part of the plan's work whose items do not all read as
    cases stays tasks."""
    plan = _one(
        "关于对某领域失信主体开展联合惩戒的合作备忘录\n"
        "一、联合惩戒对象\n"
        "联合惩戒对象为市甲局依法认定的严重失信企业。主要包括：\n"
        "（一）生产销售不合格产品，情节严重的；\n"
        "（二）拒不履行召回义务的；\n"
        "（三）法律法规规定的其他严重失信情形。\n"
        "二、惩戒措施及实施单位\n"
        "（一）限制参加政府采购活动。\n"
        "实施单位：市乙局\n")
    assert [len(s.tasks) for s in plan.sections] == [0, 1]
    assert [(t.number, _units(t)) for t in plan.tasks()] == [(1, [("市乙局", I)])]
    assert "召回义务" in plan.sections[0].intro
    assert any("case of a list" in n.text for n in plan.readings)
    # introduced by 包括以下情形： under a title of no such word, the items still are cases
    plan = _one(
        "某县失信惩戒工作方案\n"
        "一、认定标准\n"
        "具有下列行为的列入名单，包括以下情形：\n"
        "1.拖欠农民工工资数额较大的；\n"
        "2.伪造检验报告的。\n"
        "二、工作措施\n"
        "3.建立名单共享机制。（责任单位：县丙局）\n")
    assert [t.number for t in plan.tasks()] == [3]
    # items introduced by 主要包括： that do not all read as cases are the plan's work, and stay tasks
    plan = _one(
        "某县整治工作方案\n"
        "一、重点任务\n"
        "今年的工作主要包括：\n"
        "1.排查全县在建工地扬尘隐患。\n"
        "2.对违规企业依法处罚的，及时公开。\n")
    assert [t.number for t in plan.tasks()] == [1, 2]


def test_a_list_whose_items_name_the_bodies_doing_them_stays_tasks():
    """（一）县甲局负责查处无证经营的； under 主要包括：: a duty worded as the conduct it deals with ends in 的 as a case
    does, but the item names the body doing it; the list is the plan's work and every item stays a task (before: all
    set aside as cases). A case that only mentions a body (被县甲局认定为…的) is still a case."""
    plan = _one(
        "某县专项整治方案\n"
        "一、重点任务\n"
        "主要包括：\n"
        "（一）县甲局负责查处无证经营的；\n"
        "（二）县乙局负责打击制售假冒商品的；\n"
        "（三）其他应当查处的情形。\n")
    assert [_units(t) for t in plan.tasks()] == [[("县甲局", R)], [("县乙局", R)], []]
    plan = _one(
        "某县失信惩戒方案\n"
        "一、惩戒对象\n"
        "（一）被县甲局认定为拖欠工资的；\n"
        "（二）被县乙局吊销执照的。\n"
        "二、惩戒措施\n"
        "（一）限制参加政府采购。（责任单位：县丙局）\n")
    assert [len(s.tasks) for s in plan.sections] == [0, 1]


def test_a_body_opening_its_duty_ends_before_the_means_it_works_through():
    """X会同Y依托Z平台建立… / X通过Z平台向各成员单位推送…: the means the bodies work through (依托 / 通过 / 利用 / 借助)
    follows their names with no mark; the partner after 会同 ends before it (before: 市乙局依托市信用平台), and a body
    opening its sentence with it is the task's unit (before: one long name running on to 各成员单位)."""
    plan = _one(
        "某市信用体系建设工作方案\n"
        "一、实施方式\n"
        "（一）市甲局会同市乙局依托市信用平台建立惩戒系统。\n"
        "（二）市丙局通过市信用平台向各成员单位推送失信名单。\n"
        "（三）市甲局会同市丁局借助大数据手段开展监测。\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("市甲局", L), ("市乙局", S)], [("市丙局", R)], [("市甲局", L), ("市丁局", S)]]


def test_a_body_passing_a_review_or_going_on_thereby_names_no_unit():
    """县甲中学通过省级示范高中验收: 通过 closing its clause with a review is the body passing it, a goal, not the means
    of its work (before: 县甲中学 read as responsible); 县丙社从而带动…: 从而 ("thereby") is no 从 of where the body takes
    its work from. 县乙局通过市信用平台推送… still names its body."""
    plan = _one(
        "某县学校建设实施方案\n"
        "一、工作安排\n"
        "（一）县甲中学通过省级示范高中验收。\n"
        "（二）县乙局通过市信用平台推送失信名单。\n"
        "（三）县丙社从而带动农户增收。\n")
    assert [_units(t) for t in plan.tasks()] == [[], [("县乙局", R)], []]


def test_a_duty_opening_with_its_body_then_a_source_or_a_moment_names_that_body():
    """X从Z平台获取… (where the body takes what it works on from, as X对… / X在… say where it acts) and
    …修复后，由X及时移出… (the moment of the step written before 由X, where a case clause 对…的… stands too): the body
    is the task's unit (before: none). A sentence opening with two clauses of context before 由X still names none."""
    plan = _one(
        "某市信用体系建设工作方案\n"
        "一、实施方式\n"
        "（一）市乙局从市信用平台获取失信信息，执行惩戒措施。\n"
        "（二）失信主体信用修复后，由市丙局及时移出名单。\n"
        "（三）名单认定后，经公示无异议，由市丁局向社会公布。\n")
    assert [_units(t) for t in plan.tasks()] == [[("市乙局", R)], [("市丙局", R)], []]


def test_the_carriers_named_as_one_collective_head_their_duty_and_annotation():
    """县通信运营商 / 各通信运营商 / 县基础电信运营企业: the carriers a 考试 or 防汛 plan gives the communications duty to,
    named as one body (UNIT_ENDINGS 运营商, 运营企业); alone over a duty or in a bracket they are the unit, as 县供电公司
    is. A sentence speaking of carriers (加强对运营商的监管) names no unit."""
    plan = _one(
        "某县考试保障方案\n"
        "一、部门职责\n"
        "（一）县公安局：负责考点治安。\n"
        "（二）各通信运营商：负责考点通信保障。\n"
        "（三）县甲通信运营商（电信、移动公司）：负责应急通信车调度。\n"
        "（四）县基础电信运营企业：负责通信线路巡查。\n"
        "二、工作安排\n"
        "1.保障网络畅通。（县通信运营商负责）\n"
        "2.规范通信秩序。加强对运营商的监管。（县工信局负责）\n")
    tasks = plan.tasks()
    assert [(t.title, _units(t)) for t in tasks] == [
        ("负责考点治安", [("县公安局", R)]),
        ("负责考点通信保障", [("各通信运营商", R)]),
        ("负责应急通信车调度", [("县甲通信运营商（电信、移动公司）", R)]),
        ("负责通信线路巡查", [("县基础电信运营企业", R)]),
        ("保障网络畅通", [("县通信运营商", R)]),
        ("规范通信秩序", [("县工信局", R)])]
    assert not plan.warnings


def test_where_it_lies_is_one_word_before_a_locality_not_a_body_ending_in_suo_and_the_verb_zai():
    """考点所在乡镇（街道）: 所在 before a locality's kind is one word, the localities where the thing lies, a collective
    as 各乡镇（街道） is, over its duty or as a sentence's subject. A body ending in 所 (派出所, 供电所) before the verb
    在 stays read so: before a place of its own (在考点周边) at once, and before a locality's word (在县城…) where no
    longer name is then followed by a verb."""
    plan = _one(
        "某县考试安全保障方案\n"
        "一、部门职责\n"
        "（一）县公安局：负责考点治安。\n"
        "（二）考点所在乡镇（街道）：负责考点周边环境整治。\n"
        "二、工作安排\n"
        "1.环境整治。考点所在乡镇（街道）要加强考点周边整治。\n"
        "2.周边巡逻。城关派出所在考点周边巡逻。\n"
        "3.夜间巡逻。城关派出所在县城开展夜间巡逻。\n"
        "4.供电保障。城关供电所在考点设立值守点。\n"
        "5.交通疏导。（县交警大队负责）\n")
    assert [(t.title, _units(t)) for t in plan.tasks()] == [
        ("负责考点治安", [("县公安局", R)]),
        ("负责考点周边环境整治", [("考点所在乡镇（街道）", R)]),
        ("环境整治", [("考点所在乡镇（街道）", R)]),
        ("周边巡逻", [("城关派出所", R)]),
        ("夜间巡逻", [("城关派出所", R)]),
        ("供电保障", [("城关供电所", R)]),
        ("交通疏导", [("县交警大队", R)])]
    assert not plan.warnings


@pytest.mark.parametrize("fence, marker", [(":::tips", "[TOC]"), ("::: warning", "[[_TOC_]]"), (":::info[说明]", "[toc]")])
def test_a_pages_container_fences_and_contents_marker_are_no_text_of_the_plan(fence, marker):
    """A knowledge base's page copied as Markdown keeps its callout fences (:::tips … :::) and its contents marker
    ([TOC]): the page's layout, no word of the plan, so the plan's opening shows the note without them; the tasks read
    as before."""
    text = ("# 某县2030年文旅工作要点\n\n" + fence + "\n本页据县文旅局通知整理，以原件为准。\n:::\n\n" + marker + "\n\n"
            "## 一、重点任务\n\n1. 推进城市书房建设。（牵头：公共服务股）\n2. 推进遗址公园建设。（牵头：文物股）\n")
    (plan,) = parse_text(text)
    assert [(t.title, _units(t)) for t in plan.tasks()] == [("推进城市书房建设", [("公共服务股", L)]),
                                                            ("推进遗址公园建设", [("文物股", L)])]
    assert "本页据县文旅局通知整理" in plan.preamble
    assert ":::" not in plan.preamble and "TOC" not in plan.preamble.upper()


@pytest.mark.parametrize("opening", ["<details>\n<summary><b>2. 加强场馆安全管理。</b>（点击展开具体措施）</summary>\n",
                                     "<details><summary>2. 加强场馆安全管理。（点击展开）</summary>\n"])
def test_a_knowledge_base_toggle_is_its_summary_item_with_its_body_as_content(opening):
    """A knowledge base's toggle copied as Markdown keeps its raw <details><summary> tags, the body unindented: the
    summary is an item of its own (number and title, the hint gone), the body its content, a `1.` `2.` restart
    inside its measures, its label lines its units; the tags no word of a unit."""
    text = ("# 某县2030年文旅工作要点\n\n## 一、重点任务\n\n"
            "- [ ] **1. 推进城市书房建设。** 新建城市书房5家。\n"
            "  **牵头：**公共服务股　**配合：**县图书馆、各镇人民政府\n" + opening + "\n"
            "1. 每季度开展一次消防安全检查；\n2. 完善大型活动安全预案。\n\n"
            "**牵头：**安全监管股　**配合：**县消防救援大队、县文化馆\n\n</details>\n\n"
            "- [ ] **3. 推进遗址公园建设。** 完成展示工程一期。\n  **牵头：**文物股　**配合：**县财政局\n")
    (plan,) = parse_text(text)
    assert [t.title for t in plan.tasks()] == ["推进城市书房建设", "加强场馆安全管理", "推进遗址公园建设"]
    assert [_units(t) for t in plan.tasks()] == [
        [("公共服务股", L), ("县图书馆", S), ("各镇人民政府", S)],
        [("安全监管股", L), ("县消防救援大队", S), ("县文化馆", S)], [("文物股", L), ("县财政局", S)]]


def test_a_duty_read_from_its_wording_takes_the_other_bodies_opening_its_clauses():
    """`X负责A，Y负责B，每月开展…。`: the second body's 负责 clause names a doer though more of the sentence follows it;
    `X通过…征求意见，Y协助…`: the body opening the duty is a doer though a later clause's verb gave one already. A task
    whose units its own wording names takes every body opening a clause of its duty, as one naming none does; a
    partner after 会同 stays as the wording read it, and a bracket's units are the task's alone."""
    text = ("某县教育局工作方案\n一、重点任务\n"
            "1.排查隐患。局安全股负责排查整治，各学校负责建立台账，每月开展一次自查。\n"
            "2.征求意见。局法规股通过门户网站公开征求意见，县工商联协助征求企业意见。\n"
            "3.保障经费。县财政局负责资金筹措，会同县教育局加强绩效评价。\n"
            "4.建立台账。局安全股负责排查整治，各学校负责建立台账，每月开展一次自查。（配合股室：局办公室）\n")
    plan = one_plan(text)
    assert [_units(t) for t in plan.tasks()] == [
        [("局安全股", R), ("各学校", R)], [("县工商联", S), ("局法规股", R)], [("县财政局", R)],
        [("局安全股", R), ("局办公室", S)]]


def test_a_line_that_lost_its_word_number_in_a_numbered_run_is_the_missing_item():
    """Word's plain text keeps automatic numbers (1.\\t) but prints a paragraph whose list format broke bare, one
    paragraph a line: 1. 2. / a bare paragraph / 4. is items 1–4, the bare one numbered 3 by its place in the run (the
    reader says it supplied the number), its units its own and not item 2's. Where the run does not skip (1. 2. /
    a paragraph / 3.), the paragraph is item 2's own further text."""
    lost = _one(
        "某县头盔守护工作方案\n一、重点任务\n"
        "1.\t强化路面管控。开展集中整治行动。（责任单位：县甲大队）\n"
        "2.\t加强校园守护。开展主题宣传活动。（责任单位：县乙局）\n"
        "规范头盔销售。查处不合格头盔。（牵头单位：县丙局；配合单位：各乡镇人民政府）\n"
        "4.\t开展农村劝导。依托劝导站开展劝导。（责任单位：各派出所）\n")
    assert [(t.number, t.label, t.title) for t in lost.tasks()] == [
        (1, "1.", "强化路面管控"), (2, "2.", "加强校园守护"), (3, "", "规范头盔销售"), (4, "4.", "开展农村劝导")]
    assert [_units(t) for t in lost.tasks()] == [
        [("县甲大队", R)], [("县乙局", R)], [("县丙局", L), ("各乡镇人民政府", S)], [("各派出所", R)]]
    assert any("number 3 was supplied" in n.text for n in lost.readings)
    assert not any("skips the sequence" in w for w in lost.warnings)
    kept = _one(
        "某县头盔守护工作方案\n一、重点任务\n"
        "1.\t强化路面管控。开展集中整治行动。（责任单位：县甲大队）\n"
        "2.\t加强校园守护。开展主题宣传活动。（责任单位：县乙局）\n"
        "对发现的问题及时通报学校整改。\n"
        "3.\t开展农村劝导。依托劝导站开展劝导。（责任单位：各派出所）\n")
    assert [(t.number, t.title) for t in kept.tasks()] == [(1, "强化路面管控"), (2, "加强校园守护"), (3, "开展农村劝导")]
    assert "及时通报学校整改" in kept.tasks()[1].text


def test_a_unit_first_duty_that_lost_its_word_number_is_the_missing_duty():
    """（一）（二） / 县丙局：负责… printed bare / （四） under 职责分工: the bare line is duty （三）, its head unit
    responsible, not a sentence of （二）."""
    plan = _one(
        "某县头盔守护工作方案\n一、职责分工\n"
        "（一）\t县甲大队：负责组织实施和统筹协调。\n"
        "（二）\t各派出所：负责农村地区道路交通安全管理。\n"
        "县丙局：负责道路运输企业源头安全监管。\n"
        "（四）\t县丁局：负责经费保障。\n")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [
        (1, [("县甲大队", R)]), (2, [("各派出所", R)]), (3, [("县丙局", R)]), (4, [("县丁局", R)])]
    assert "源头安全监管" not in plan.tasks()[1].text


def test_a_duty_head_listing_kinds_of_body_under_one_each_names_them_all():
    """（三）各运输企业、快递外卖企业：… in a numbered duty list: 各 opens the list and carries over the kind after 、, so
    both are the duty's units (each as printed), the title the duty. A kind named bare heading a duty (快递外卖企业：…),
    no 各 before the list, stays no unit."""
    text = ("某县头盔守护工作方案\n一、职责分工\n"
            "（一）县甲大队：负责组织实施和统筹协调。\n"
            "（二）各派出所：负责农村地区道路交通安全管理。\n"
            "（三）各运输企业、快递外卖企业：落实安全生产主体责任，为从业人员配发安全头盔。\n"
            "（四）县丁局：负责经费保障。\n")
    listed = _one(text).tasks()[2]
    assert _units(listed) == [("各运输企业", R), ("快递外卖企业", R)]
    assert listed.title.startswith("落实安全生产主体责任")
    bare = _one(text.replace("各运输企业、快递外卖企业", "快递外卖企业")).tasks()[2]
    assert _units(bare) == []


@pytest.mark.parametrize("label", ["二月份：", "十二月份：", "全年："])
def test_a_period_label_run_in_before_a_numbering_afresh_heads_its_own_tasks(label):
    """二月份：1.… after 一月份's items 1. 2.: a plan by month that numbers each month afresh and runs the label in
    before its first item. The cut item's place on its line is no Markdown indent: the period heading between it
    and the task above opens a group of its own, so the 1. is no list nested under that task (before, it lost its
    label and its words and units went to the task above)."""
    text = "\n".join(["某街道2030年工作计划", "一、月度工作安排", "一月份：",
                      "1. 召开街道工作会议。（甲办）", "2. 开展走访慰问活动。（乙办）",
                      f"{label}1.组织开展招聘会。（丙办、丁所）", "2.开展复工企业安全检查。（戊办）"])
    [plan] = parse_text(text, "months.txt")
    assert [(t.number, t.group, _units(t)) for t in plan.tasks()] == [
        (1, "一月份：", [("甲办", R)]), (2, "一月份：", [("乙办", R)]),
        (1, label, [("丙办", R), ("丁所", R)]), (2, label, [("戊办", R)])]


def test_a_period_line_set_in_inside_a_task_keeps_the_tasks_points_nested():
    """A task's own points may sit under period lines set in inside it (1. 推进改造 / 上半年： / 1. 完成摸底 …):
    such a line is deeper than the task's number, so it opens no group; the points stay the task's (review AA: the
    period-heading rule above turned them into tasks of their own with no units)."""
    text = "\n".join(["某县2030年老旧小区改造工作方案", "一、重点任务", "1. 推进老旧小区改造（牵头单位：某县住建局）",
                      "   上半年：", "   1. 完成摸底调查", "   2. 制定改造方案", "   下半年：", "   1. 启动施工",
                      "2. 实施背街小巷整治（牵头单位：某县城管局）", "3. 完善物业管理（牵头单位：某县住建局）"])
    [plan] = parse_text(text, "set_in.txt")
    assert [(t.number, _units(t)) for t in plan.tasks()] == [
        (1, [("某县住建局", L)]), (2, [("某县城管局", L)]), (3, [("某县住建局", L)])]


def test_a_single_item_naming_its_units_beside_sections_holding_items_is_a_task():
    """A 民生实事 list: most 一、 items single (a title, a description, their own label lines, or a bracket on the
    heading line), a few split into （一） （二） sub-items. The single ones are tasks beside the sections, not empty
    sections losing their units; numbered in one count with the sections (no numbering warning). A part of the frame
    naming bodies and going on with its paragraph (组织机构 / 主办单位：…) stays a section's text."""
    text = "\n".join(["2030年某市民生实事项目", "一、甲类服务扩容", "新建甲类站点12所。", "牵头单位：某市甲局",
                      "责任单位：各县（市、区）人民政府", "完成时限：2030年底", "二、乙类服务提升",
                      "（一）新建乙类中心15个。（牵头单位：某市乙局）", "（二）新增丙类床位1800个。（牵头单位：某市丙局）",
                      "三、丁类帮扶。开展丁类培训1万人次。（牵头单位：某市丁局）"])
    [plan] = parse_text(text, "single.txt")
    assert [(s.number, [(t.label, _units(t)) for t in s.tasks]) for s in plan.sections] == [
        ("", [("一、", [("某市甲局", L), ("各县（市、区）人民政府", R)])]),
        ("二", [("（一）", [("某市乙局", L)]), ("（二）", [("某市丙局", L)])]),
        ("", [("三、", [("某市丁局", L)])])]
    assert not any("sequence" in w for w in plan.warnings)
    framed = text.replace("完成时限：2030年底", "成立工作专班，由分管副市长任组长。")
    assert [s.number for s in parse_text(framed, "framed.txt")[0].sections] == ["一", "二", ""]
    # a part titled as the plan's frame or closing (工作目标 / 组织机构 / 保障措施) naming units is no single 实事
    for title in ("工作目标", "组织机构", "保障措施"):
        titled = text.replace("一、甲类服务扩容", f"一、{title}")
        assert "一、" not in [t.label for t in parse_text(titled, "titled.txt")[0].tasks()], title
