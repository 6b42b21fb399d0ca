"""Outline: preamble, sections, (一) groups, numbered tasks, continuation lines, closings, page chunks, warnings.

Fixtures: tests/fixtures/plans/outline_*.txt and warnings_numbering.txt.
"""
from __future__ import annotations

import re

from generator.parse import parse_file, parse_text

from fixture_plans import PLANS, L, R, S
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
    )
    [plan] = parse_text(text, "pages.txt")
    assert [t.number for t in plan.tasks()] == [1, 2]
    assert [t.text for t in plan.tasks()] == [
        "落实党政领导责任。推动各级党委政府定期研究安全生产工作（责任单位：市安委办）。",
        "开展燃气安全整治（责任单位：市住房和城乡建设局）。",
    ]
