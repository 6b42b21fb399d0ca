"""The parser on the seed page, measured against the hand-checked reading (tests/fixtures/seed/seed-reading.json)."""
from __future__ import annotations

import re
from collections import Counter

from generator.model import to_dict


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", s or "").replace("（", "(").replace("）", ")").rstrip("。")


def test_counts_per_plan(seed_plans):
    assert len(seed_plans) == 7
    assert sum(len(p.sections) for p in seed_plans) == 37
    assert [len(p.tasks()) for p in seed_plans] == [27, 31, 25, 39, 26, 32, 35]


def test_every_task_number_and_title_matches_the_reading(seed_plans, seed_reading):
    for plan, gold in zip(seed_plans, seed_reading["plans"]):
        assert [t.number for t in plan.tasks()] == [t["number"] for t in gold["tasks"]]
        for task, g in zip(plan.tasks(), gold["tasks"]):
            assert _norm(task.title) == _norm(g["title"]), (plan.id, task.label)


def test_sections_match_the_reading(seed_plans, seed_reading):
    for plan, gold in zip(seed_plans, seed_reading["plans"]):
        assert [(s.number, s.title) for s in plan.sections] == [(s["number"], s["title"]) for s in gold["sections"]]


def test_assignment_f1_against_the_reading(seed_plans, seed_reading):
    tp = tp_name = n_pred = n_gold = 0
    for plan, gold in zip(seed_plans, seed_reading["plans"]):
        for task, g in zip(plan.tasks(), gold["tasks"]):
            ga = Counter((_norm(a["name"]), a["role"]) for a in g["assignments"])
            qa = Counter((_norm(a.name), a.role) for a in task.assignments)
            tp += sum((ga & qa).values())
            tp_name += sum((Counter(n for n, _ in ga.elements()) & Counter(n for n, _ in qa.elements())).values())
            n_pred += sum(qa.values())
            n_gold += sum(ga.values())
    f1 = 2 * tp / (n_pred + n_gold)
    name_f1 = 2 * tp_name / (n_pred + n_gold)
    print(f"\nseed assignments: gold {n_gold}, parsed {n_pred}, F1 {f1:.4f}, name F1 {name_f1:.4f}")
    assert f1 >= 0.99 and name_f1 >= 0.99


def test_sample_tasks_of_every_plan(seed_plans):
    by_plan = {i + 1: {t.number: t for t in p.tasks()} for i, p in enumerate(seed_plans)}
    t = by_plan[1][1]
    assert [(a.name, a.role) for a in t.assignments] == [
        ("市安委办", "lead"), ("市委组织部", "support"), ("市委宣传部", "support"), ("市委党校(行政学院)", "support")]
    t = by_plan[2][12]  # opens with ( and closes with 〕
    assert t.assignments[0].name == "市公安局交警支队" and t.assignments[-1].name == "市财政局"
    assert {a.role for a in t.assignments} == {"responsible"}
    t = by_plan[3][3]  # X会同Y、Z等有关部门单位负责
    assert [(a.name, a.role) for a in t.assignments[:4]] == [
        ("市安委会办公室", "lead"), ("市委办公室", "support"), ("市政府办公室", "support"), ("市委组织部", "support")]
    t = by_plan[4][8]  # nested 〈〉
    assert ("市财政局〈国资办〉", "responsible") in [(a.name, a.role) for a in t.assignments]
    assert by_plan[5][12].assignments == [] and "行业单位消防安全标准化管理" in by_plan[5][12].text
    t = by_plan[6][1]  # a plan-wide note ends the annotation
    assert [(a.name, a.role) for a in t.assignments][-2:] == [("各成员单位", "responsible"), ("各地", "responsible")]
    t = by_plan[7][13]  # 〔X牵头,有关部门分工负责,各乡镇(街道)、工业园区管委会落实〕
    assert [(a.name, a.role) for a in t.assignments[:5]] == [
        ("应急管理局", "lead"), ("商务和经济信息化局", "lead"), ("有关部门", "responsible"),
        ("各乡镇(街道)", "implement"), ("工业园区管委会", "implement")]


def test_closings_are_not_tasks(seed_plans):
    plan3 = seed_plans[2]
    assert plan3.sections[3].closing == "其他行业领域,结合实际开展安全生产风险专项整治。"
    assert seed_plans[6].closing.startswith("各乡镇(街道)、各部门(单位)要按照任务分工")
    assert "工作总结" not in seed_plans[6].closing  # the page's footer navigation is dropped


def test_standing_note_is_kept_and_not_propagated(seed_plans):
    plan2 = seed_plans[1]
    assert any("不再列出" in n for n in plan2.notes)
    assert plan2.tasks()[1].assignments == []


def test_json_round_trip(seed_plans):
    from generator.model import plan_from_dict

    for plan in seed_plans:
        assert to_dict(plan_from_dict(to_dict(plan))) == to_dict(plan)
