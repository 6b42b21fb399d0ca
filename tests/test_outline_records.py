"""A 督查督办 / 台账 system's export: each record one line of fields parted by bars (任务编号：… | 任务名称：… |
牵头单位：… | 责任单位：… | 责任领导：… | 办理状态：…), no printed number before it."""
from __future__ import annotations

from fixture_plans import L, R, S, one_plan
from fixture_plans import units_of as _units


def _one(text: str):
    return one_plan(text, "records.txt")


def test_a_record_opening_with_its_code_field_is_a_task_numbered_by_the_code():
    """任务编号：DB2025-002 | 任务名称：X | …: the code field opens the record as 2. would, the name field its title;
    before, the records ran into the category heading above them, which held every unit of the category."""
    plan = _one(
        "某县重点工作任务台账\n"
        "一、项目建设类（共2项）\n"
        "任务编号：DB2025-001 | 任务名称：完成甲医院新院区建设 | 牵头单位：县卫生健康局 | 责任单位：县住房和城乡建设局、县财政局\n"
        "任务编号：DB2025-002 | 任务名称：推进乙污水厂提标改造 | 牵头单位：县住房和城乡建设局 | 协办单位：县城投公司\n")
    assert [(t.number, t.title, _units(t)) for t in plan.tasks()] == [
        (1, "完成甲医院新院区建设", [("县卫生健康局", L), ("县住房和城乡建设局", R), ("县财政局", R)]),
        (2, "推进乙污水厂提标改造", [("县住房和城乡建设局", L), ("县城投公司", S)])]
    assert not plan.warnings


def test_a_code_field_alone_opens_no_task():
    """编号：2025-01 with no name field after it (a form's code under its 第1号) is no record of its own."""
    from generator.words.labels import label_of

    assert label_of("编号：2025-01") is None
    assert label_of("编号：2025-01 | 牵头单位：县甲局") is None


def test_a_bar_before_any_field_label_ends_the_unit_list():
    """… | 责任单位：X、Y等 | 办理状态：办理中 / 协办单位：无 | …: the bar before a field that is no role label (a
    status, a person, a deadline) ends the units as a ； would; a bar glued to the title (X|牵头单位：…) opens the
    label too. Before, the last unit kept its bar (Y等 |, 无 |), the titles kept ` |`, and the glued line was all title."""
    plan = _one(
        "某县重点工作任务台账\n"
        "一、民生保障类（共3项）\n"
        "1. 任务名称：打好甲河保卫战 | 牵头单位：县生态环境局 | 责任单位：县公安局、县交通运输局等 | 办理状态：办理中\n"
        "2. 任务名称：完成乙水库除险加固 | 牵头单位：县水利局 | 责任单位：丙镇人民政府 | 协办单位：无 | 办理时限：2025-05-31\n"
        "3. 开展丁活动|牵头单位：县发展和改革局|责任单位：县司法局|责任领导：副县长 刘某某\n")
    assert [(t.title, _units(t)) for t in plan.tasks()] == [
        ("打好甲河保卫战", [("县生态环境局", L), ("县公安局", R), ("县交通运输局", R)]),
        ("完成乙水库除险加固", [("县水利局", L), ("丙镇人民政府", R)]),
        ("开展丁活动", [("县发展和改革局", L), ("县司法局", R)])]


def test_a_progress_field_after_a_bar_names_no_unit():
    """… | 办理状态：办理中 | 最新进展：已招标，县财政局已拨付资金: the record's report of what was done; the body it
    names is no unit of the task (before: 县财政局已拨付资金 responsible)."""
    plan = _one(
        "某县重点工作任务台账\n"
        "1. 任务名称：推进甲基地建设 | 牵头单位：县教育体育局 | 办理状态：办理中 | 最新进展：已完成招标，县财政局已拨付资金\n")
    assert [_units(t) for t in plan.tasks()] == [[("县教育体育局", L)]]


def test_a_systems_page_furniture_inside_a_record_is_no_unit():
    """A web system's print at a page break: its foot line (name　　第 1 页 共 2 页), its stamp (导出时间：…　　操作人：…)
    and its page head again (name, list title), inside a unit list the page cut. Before, the stamp was read as a unit
    and glued to the next unit's name."""
    plan = _one(
        "某县督查督办管理系统\n"
        "某县重点工作任务台账（2025年度）\n"
        "导出时间：2025-07-08 09:42:17　　操作人：县委督查室 李某某\n"
        "一、民生保障类\n"
        "1. 建成甲养老中心5个；牵头单位：县民政局；责任单位：县财政局、\n"
        "某县督查督办管理系统　　　　　　　　第 1 页 共 2 页\n"
        "导出时间：2025-07-08 09:42:17　　操作人：县委督查室 李某某\n"
        "某县督查督办管理系统\n"
        "某县重点工作任务台账（2025年度）\n"
        "县卫生健康局、各乡镇人民政府；办理时限：2025-11-30\n"
        "2. 新建乙照料中心3个；牵头单位：县民政局\n"
        "某县督查督办管理系统　　　　　　　　第 2 页 共 2 页\n"
        "打印时间：2025-07-08 09:42　操作员：张某\n")
    assert [_units(t) for t in plan.tasks()] == [
        [("县民政局", L), ("县财政局", R), ("县卫生健康局", R), ("各乡镇人民政府", R)],
        [("县民政局", L)]]


def test_a_ledgers_tally_under_its_last_record_is_no_word_of_it():
    """合计：2项　其中：已办结1项，逾期未办结1项 under the last record: the ledger's own count, which closes the last
    task (before: its words ran on into the record's status field, 逾期未办结1项 read as a unit)."""
    plan = _one(
        "某县重点工作任务台账\n"
        "1. 任务名称：建成甲中心 | 牵头单位：县民政局 | 办理状态：已办结\n"
        "2. 任务名称：新建乙站 | 牵头单位：县卫生健康局 | 办理状态：逾期未办结\n"
        "\n"
        "合计：2项　其中：已办结1项，逾期未办结1项\n")
    assert [_units(t) for t in plan.tasks()] == [[("县民政局", L)], [("县卫生健康局", L)]]
    assert "合计" not in plan.tasks()[-1].text


def test_a_count_in_the_last_tasks_own_sentence_is_no_tally():
    """共计15条，… on a line of the last task (no colon after its word) is the task's words: its unit line after it
    stays the task's."""
    plan = _one(
        "某县2025年民生实事项目\n"
        "1.新建城区公办幼儿园2所。（责任单位：县教育局）\n"
        "2.实施城乡道路提升工程，新建和改造农村公路：\n"
        "共计15条，总里程86公里。\n"
        "责任单位：县交通运输局\n")
    assert [_units(t) for t in plan.tasks()] == [[("县教育局", R)], [("县交通运输局", R)]]
