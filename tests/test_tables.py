"""Task tables in the shapes offices publish them, read through to tasks and unit roles.

Each test holds a short table written for it (not copied from a real plan), in one shape: pasted
with tabs, with | between cells, one cell per line (with and without a | line between cells), a
.docx table made by python-docx and an HTML table. The tables vary the header words the way
offices do (任务/具体措施/工作内容, 时限/时间节点, 牵头/责任/配合/参与/落实 + 单位/部门) and carry
the layouts the reader must see through: a 类别 cell merged over its group's rows, a 完成时限
column between the task and its units, 任务来源 citations between rows, 无 in a unit cell,
two-row headers whose lower row holds years, merged cells a flattened row lost, a row cut off by
the end of the text.
"""
from __future__ import annotations

import re
import sys

import pytest

from generator.source.formats import to_text
from generator.source.formats.table import find_pasted_tables, header_kind, header_kinds, header_words, unit_text
from generator.commands.check import lost_text
from generator.parse import parse_plan
from generator.source.formats.table.comma_separated import as_tab_separated
from generator.source.corpus import parse_text
from generator.source.read import read_bytes, read_file


def _plan(text: str):
    (plan_text,) = read_bytes(text.encode("utf-8"), "table.txt")  # the path a .txt plan takes
    return parse_plan(plan_text)


def reading(text: str) -> list[tuple[str, int, str, list[tuple[str, str]]]]:
    """(section number, task number, title, [(unit, role)]) of every task the parser finds."""
    plan = _plan(text)
    return [(section.number, task.number, task.title, [(a.name, a.role) for a in task.assignments])
            for section in plan.sections for task in section.tasks]


def sections(text: str) -> list[tuple[str, str]]:
    plan = _plan(text)
    return [(s.number, s.title) for s in plan.sections]


# ---------------------------------------------------------------- header words


@pytest.mark.parametrize("cell, kind", [
    ("任务", "task"), ("重点任务", "task"), ("工作任务", "task"), ("主要任务", "task"), ("措施", "task"),
    ("具体措施", "task"), ("工作内容", "task"), ("工作举措", "task"),
    ("时限", "deadline"), ("完成时限", "deadline"), ("时间节点", "deadline"), ("完成时间", "deadline"),
    ("周次", "number"), ("周别", "number"), ("日期", "deadline"), ("起止日期", "deadline"),  # a school calendar
    ("牵头单位", "lead"), ("牵头部门", "lead"), ("牵头责任部门", "lead"),
    ("责任单位", "responsible"), ("责任部门", "responsible"),
    ("主管部门", "responsible"), ("行业监管部门", "responsible"), ("归口单位", "responsible"), ("责任区县", "responsible"),
    ("兑现单位", "responsible"), ("兑现部门", "responsible"), ("政策咨询电话", "extra"),  # a 若干政策措施 兑现清单
    ("政策条款", "task"), ("申报条件", "extra"), ("享受条件", "extra"), ("申报材料", "extra"),  # the same 兑现清单
    ("受理部门", "responsible"), ("受理单位", "responsible"), ("经办部门", "responsible"),  # its accepting office
    ("起草单位", "responsible"), ("起草部门", "responsible"),  # a legislative plan's table of bills
    ("编制单位", "responsible"), ("编制部门", "responsible"),  # a plan catalogue (专项规划目录)
    ("责任站所", "responsible"), ("责任股室", "responsible"), ("责任部室", "responsible"),  # offices inside a body
    ("责任站办所", "responsible"), ("责任办所", "responsible"),  # a town's 站、办、所 together
    ("责任办", "responsible"), ("责任站", "responsible"), ("牵头办", "lead"),  # a town's office or station alone
    ("负责科室", "responsible"), ("负责股室", "responsible"), ("负责部室", "responsible"),  # as 负责处室 is
    # a committee's 部, a department's 处, a bureau's 科 / 股 after 责任, the bracket naming another kind; only the whole
    # name (责任制 / 责任书 name no body, 责任人 / 责任领导 people, 责任处理情况 a progress column)
    ("责任部（处）", "responsible"), ("责任部", "responsible"), ("责任处（室）", "responsible"), ("责任处", "responsible"),
    ("责任科（室）", "responsible"), ("责任股", "responsible"), ("牵头部（处）", "lead"), ("配合部（处）", "support"),
    ("责任制", None), ("责任书", None), ("责任人", "extra"), ("责任领导", "extra"), ("责任处理情况", "extra"),
    ("责任社区", "responsible"), ("责任村（社区）", "responsible"), ("责任网格", "responsible"),  # a street's localities
    # (责任网格划分: a longer name opening with a locality head, only the whole name counts; 责任中队长: people)
    ("属地社区", "responsible"), ("落实社区（小区）", "implement"), ("责任网格划分", None), ("责任中队长", "extra"),
    ("实施小区", None), ("改造小区", None), ("责任小区", None), ("实施片区", None),  # places with no body of their own
    ("责任居委会", "responsible"), ("责任村委会", "responsible"), ("责任村（居）委会", "responsible"),  # the committees
    ("责任村民小组", "responsible"), ("责任社区/村", "responsible"), ("责任村、社区", "responsible"),
    ("属地乡镇", "responsible"), ("属地街道", "responsible"), ("责任中队辖区", None),  # (the squad's ground, no body)
    ("预期效果", "extra"), ("建设地点", "extra"), ("实施步骤", "extra"),  # beside the task
    ("完成标志", "extra"), ("验收标准", "extra"), ("完成时间", "deadline"),  # what shows a 推进计划's row done
    ("所在街道", "extra"), ("所属街道", "extra"), ("所在镇街", "extra"), ("项目所在地", "extra"),  # where a project lies
    ("所在乡镇", "group"),  # a town's sheet grouping its rows by town
    ("制定或修订", "extra"), ("制修订", "extra"), ("制定", None), ("修订", None),  # a standards plan's kind of item
    ("演练形式", "extra"), ("活动形式", "extra"),  # how a drill or an activity is held
    ("存在问题", "task"), ("问题描述", "task"), ("突出问题", "task"),  # an 整改清单's problem titles its row
    ("发起部门", "lead"), ("发起单位", "lead"), ("协作单位", "support"),  # a joint inspection plan
    ("配合单位", "support"), ("参与部门", "support"), ("主要参与部门", "support"), ("协同单位", "support"),
    ("协同责任单位", "support"), ("落实单位", "implement"),
    # an inspection plan's bodies named by their work: the office organising each item, the laboratory testing it
    ("组织实施处室", "lead"), ("组织实施单位", "lead"), ("实施处室", "implement"), ("承检机构", "responsible"),
    ("检验机构", "responsible"), ("承担单位", "responsible"),
    ("序号", "number"), ("序 号", "number"),
    ("责任分工", "responsible"), ("部门分工", "responsible"), ("职责分工", None),  # a units' column naming roles in it
    ("2025年度", "period"), ("2026年", "period"), ("一季度", "period"),
    ("类别", "group"), ("重点领域", "group"), ("任务来源", "extra"),
    ("二、重点任务", None), ("重点任务分工表", None), ("市应急局", None),
])
def test_header_words_of_many_offices(cell, kind):
    assert header_kind(cell) == kind


@pytest.mark.parametrize("cell, text", [
    ("市应急局\n市公安局", "市应急局、市公安局"),  # one unit per line
    ("市应急局；市公安局", "市应急局，市公安局"),  # a ； would end the labelled clause
    ("市应急局 市公安局", "市应急局、市公安局"),
    ("无", ""), ("—", ""), ("/", ""),
    ("各县(市、区)人民政府", "各县(市、区)人民政府"),  # 、 inside brackets is part of the name
    ("市交通局,联合市公安局", "市交通局,市公安局"),  # the column gives the role; 联合 is not a name
    ("市科技局、市工信局按职责分工负责", "市科技局、市工信局按职责分工负责"),  # the verb is the annotation reader's
    ("市公安局、市消防支队等\n有关部门", "市公安局、市消防支队等有关部门"),  # 等 / 有关部门: one clause the wrap cut
    ("- 市应急局\n- 市公安局", "市应急局、市公安局"), ("• 市应急局\n•市公安局", "市应急局、市公安局"),  # list markers
    # a name broken by a line break in a narrow column: the half above names no body, the half below opens with no
    # place; a half above closing in a role verb, or a name with its own place below, is another unit
    ("县文化广电和旅\n游局\n县交通运输局", "县文化广电和旅游局、县交通运输局"),
    ("县文化馆牵头\n体育中心", "县文化馆牵头、体育中心"), ("县农业农\n县林业局", "县农业农、县林业局"),
    ("县商务局、县市\n场监管局", "县商务局、县市场监管局"),  # two level characters alone (县市) name no body either
    # a whole name broken before its branch or its squad (分局 of a 局, 支队) is one name; not before a 局 of its own
    ("市生态环境局\n某县分局", "市生态环境局某县分局"),
    # a squad or an office on the line below is as often a body of its own: only a branch's word joins
    ("市公安局\n交通警察支队", "市公安局、交通警察支队"), ("县交通运输局\n交警大队", "县交通运输局、交警大队"),
    ("某县分局\n某县支行", "某县分局、某县支行"), ("市生态环境局\n县林业局", "市生态环境局、县林业局"),
])
def test_unit_cells_become_the_list_the_annotation_reader_splits(cell, text):
    assert unit_text(cell) == text


# ---------------------------------------------------------------- pasted with tabs

TABS = "\n".join([
    "市2025年城市建设重点任务分工表",
    "序号\t类别\t工作内容\t责任部门\t协同部门\t时间节点",
    "1\t供水设施\t改造老旧供水管网\t市水务局\t—\t2025年底前",
    "2\t\t新建污水处理厂一座\t市水务局\t市生态环境局；市财政局\t2026年6月",
    "（来源：市政府常务会议纪要）",
    "3\t公共服务\t增加普惠托育位\t市卫生健康委\t无\t年底前",
])


def test_tabs_group_column_citation_and_no_unit():
    assert sections(TABS) == [("一", "供水设施"), ("二", "公共服务")]
    assert reading(TABS) == [
        ("一", 1, "改造老旧供水管网", [("市水务局", "responsible")]),
        ("一", 2, "新建污水处理厂一座", [("市水务局", "responsible"), ("市生态环境局", "support"),
                                  ("市财政局", "support")]),
        ("二", 3, "增加普惠托育位", [("市卫生健康委", "responsible")]),
    ]
    # the citation stays with its task's text rather than becoming a section
    assert "2.新建污水处理厂一座。（来源：市政府常务会议纪要）(责任单位" in find_pasted_tables(TABS)


def test_tabs_two_row_header_with_years_that_lost_its_spans():
    text = "\n".join(["县2025年农村公路建设任务分工",
                      "序号\t重点任务\t年度目标\t牵头单位\t配合单位",
                      "2025年\t2026年",
                      "1\t新改建农村公路\t30公里\t50公里\t县交通运输局\t各乡镇人民政府"])
    assert reading(text) == [
        ("", 1, "新改建农村公路", [("县交通运输局", "lead"), ("各乡镇人民政府", "support")])]
    assert "2025年:30公里" in find_pasted_tables(text)


def test_tabs_two_row_header_with_dates_each_stage_is_due_by_under_a_time_column():
    """A 挂图作战 推进表 spans its 时间节点 over the dates each stage is due by (3月底前 | 6月底前 | 12月底前, or 上半年 |
    年底前), the stage's work under each: the lower row is the header's, as quarters are, and every stage's cell stays
    in the task's text under its date, none dropped for the first one read as the 完成时限."""
    def table(periods: list[str]) -> str:
        return "\n".join(["某县2025年重点项目推进表",
                          "序号\t项目名称\t责任单位\t时间节点" + "\t" * (len(periods) - 1),
                          "\t\t\t" + "\t".join(periods),
                          "1\t甲厂房项目\t县工信局\t" + "\t".join(["完成招标", "主体封顶", "投产"][-len(periods):]),
                          "2\t乙冷库项目\t县商务局\t" + "\t".join(["完成可研", "开工建设", "投入使用"][-len(periods):])])
    text = table(["3月底前", "6月底前", "12月底前"])
    plan = _plan(text)
    assert [(t.number, t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        (1, "甲厂房项目", [("县工信局", "responsible")]), (2, "乙冷库项目", [("县商务局", "responsible")])]
    first, second = plan.tasks()
    assert "3月底前:完成招标。6月底前:主体封顶。12月底前:投产" in first.text
    assert "3月底前:完成可研。6月底前:开工建设。12月底前:投入使用" in second.text
    assert [d.text for d in first.deadlines] == ["3月底前", "6月底前", "12月底前"]
    halves = _plan(table(["上半年", "年底前"]))
    assert "上半年:主体封顶。年底前:投产" in halves.tasks()[0].text


def test_tabs_two_row_header_roles_only_under_a_spanning_cell():
    """A 调度台账 puts its role columns under a spanning 职责分工 and has no 完成时限 (its last column is progress): the
    upper row alone names no unit, the two rows together are the header."""
    text = "\n".join(["某区重点工作推进台账",
                      "序号\t重点工作\t职责分工\t\t推进情况",
                      "\t\t牵头单位\t责任单位\t",
                      "1\t建设口袋公园\t区城管局\t各街道办事处\t已开工5处。",
                      "2\t改造背街小巷\t区住建局\t区交通局\t完成设计。"])
    assert reading(text) == [
        ("", 1, "建设口袋公园", [("区城管局", "lead"), ("各街道办事处", "responsible")]),
        ("", 2, "改造背街小巷", [("区住建局", "lead"), ("区交通局", "responsible")]),
    ]


def test_tabs_spanning_cell_over_no_role_column_makes_no_header():
    """The same two rows with the spanning cell over amounts, not roles: no column names a unit, no table is read."""
    text = "\n".join(["序号\t重点工作\t资金安排\t\t推进情况",
                      "\t\t中央资金\t区级资金\t",
                      "1\t建设口袋公园\t10\t20\t已开工5处。"])
    assert all(not units for _, _, _, units in reading(text))


def test_tabs_set_as_tab_stops_a_run_of_tabs_parts_two_cells_once():
    """A Word / WPS text export keeps the tab stops that lined the table up on screen: one to three tabs where one cell
    ends, a different count on each row. Read a tab apiece, every row would be out of line with the header."""
    text = "\n".join(["某镇人居环境整治任务表",
                      "序号\t整治任务\t\t\t责任单位",
                      "1\t\t清理河塘沟渠\t\t镇水利站、各村委会",
                      "2\t拆除违章棚舍\t镇综合执法队",
                      "3\t\t改造农村厕所\t\t\t镇卫生院"])
    assert reading(text) == [
        ("", 1, "清理河塘沟渠", [("镇水利站", "responsible"), ("各村委会", "responsible")]),
        ("", 2, "拆除违章棚舍", [("镇综合执法队", "responsible")]),
        ("", 3, "改造农村厕所", [("镇卫生院", "responsible")]),
    ]


def test_tabs_one_per_cell_keep_their_empty_cells():
    """A spreadsheet's copy: every row as wide as the header, two tabs around a 配合单位 left blank are a real empty cell,
    so the deadline stays in its column and no unit moves."""
    text = "\n".join(["某镇人居环境整治任务表",
                      "序号\t整治任务\t牵头单位\t配合单位\t完成时限",
                      "1\t清理河塘沟渠\t镇水利站\t\t6月底前",
                      "2\t拆除违章棚舍\t镇综合执法队\t各村委会\t年底前"])
    assert reading(text) == [
        ("", 1, "清理河塘沟渠", [("镇水利站", "lead")]),
        ("", 2, "拆除违章棚舍", [("镇综合执法队", "lead"), ("各村委会", "support")]),
    ]
    assert "完成时限:6月底前" in find_pasted_tables(text)


def test_tabs_a_row_lined_up_by_spaces_stays_a_row_of_the_table():
    """In the same exports a row the user lined up by hand lost its tabs for runs of spaces: it opens with the next row
    number and its gaps part it into the header's columns, so it is a row, and the rows around it stay in the table."""
    text = "\n".join(["某镇人居环境整治任务表",
                      "序号\t整治任务\t责任单位",
                      "1\t清理河塘沟渠\t镇水利站、各村委会",
                      "2    拆除违章棚舍      镇综合执法队",
                      "3\t改造农村厕所\t镇卫生院"])
    assert reading(text) == [
        ("", 1, "清理河塘沟渠", [("镇水利站", "responsible"), ("各村委会", "responsible")]),
        ("", 2, "拆除违章棚舍", [("镇综合执法队", "responsible")]),
        ("", 3, "改造农村厕所", [("镇卫生院", "responsible")]),
    ]


def test_tabs_a_cell_gone_on_to_a_line_under_its_column_joins_the_row_above():
    """A cell too long for its column goes on in the next line, under it, after empty leading cells. Under a row that
    left a cell open (a bracket, a list closed by 、) the line is the rest of that row: by place where the tabs keep the
    columns, in order over the open cells where tab stops do not."""
    note = "注：表中责任单位排在第一位的为牵头单位，其他为配合单位。"
    by_place = "\n".join([note, "序号\t整治任务\t责任单位",
                          "1\t清理河塘沟渠（含\t镇水利站、镇农业服务中心、",
                          "\t山塘水库）\t各村委会",
                          "2\t改造农村厕所\t镇卫生院、镇财政所"])
    assert reading(by_place) == [
        ("", 1, "清理河塘沟渠（含山塘水库）", [("镇水利站", "lead"), ("镇农业服务中心", "support"),
                                     ("各村委会", "support")]),
        ("", 2, "改造农村厕所", [("镇卫生院", "lead"), ("镇财政所", "support")]),
    ]
    tab_stops = "\n".join([note, "序号\t整治任务\t\t\t责任单位",
                           "1\t\t清理河塘沟渠\t\t镇水利站、镇农业服务中心、",
                           "\t\t\t\t各村委会",
                           "2\t改造农村厕所\t\t镇卫生院、镇财政所"])
    assert reading(tab_stops) == [
        ("", 1, "清理河塘沟渠", [("镇水利站", "lead"), ("镇农业服务中心", "support"), ("各村委会", "support")]),
        ("", 2, "改造农村厕所", [("镇卫生院", "lead"), ("镇财政所", "support")]),
    ]


def test_tabs_a_row_wrapped_inside_a_unit_name_joins_the_name_whole():
    """A mail client or a narrow paste wraps a long tab row anywhere, here inside the 配合单位 cell's last name
    (各乡镇 / 人民政府), the rest of the row on the next line. A body's word with no place before it (人民政府) names no
    body alone: it goes on the name above, even though 各乡镇 reads as a name too; a unit per line stays two units."""
    head = ["某县村庄清洁任务分工表", "序号\t任务内容\t牵头单位\t配合单位\t完成时限"]
    wrapped = "\n".join(head + ["1\t整治公路沿线环境卫生\t县交通运输局\t县公安局交警大队、各乡镇",
                                "人民政府\t6月底前",
                                "2\t清理河塘沟渠\t县水利局\t县生态环境分局\t5月底前"])
    assert reading(wrapped) == [
        ("", 1, "整治公路沿线环境卫生", [("县交通运输局", "lead"), ("县公安局交警大队", "support"),
                                  ("各乡镇人民政府", "support")]),
        ("", 2, "清理河塘沟渠", [("县水利局", "lead"), ("县生态环境分局", "support")]),
    ]
    one_per_line = "\n".join(head + ["1\t整治公路沿线环境卫生\t县交通运输局\t县公安局交警大队", "县民政局\t6月底前"])
    assert reading(one_per_line)[0][3] == [("县交通运输局", "lead"), ("县公安局交警大队", "support"),
                                           ("县民政局", "support")]


def test_tabs_a_unit_list_closed_by_deng_is_whole_and_the_next_numbered_row_is_its_own():
    """A 分工表 with its first column (类别) merged down, copied with that cell empty on later rows, and a 配合单位 cell
    closing its list with 等: 县乙大队等 + 县丙集团 reads as one name, yet the list was closed, and the next line holds
    its own next 序号, so it is a row of its own; a line with its 序号 merged too is a measure of its own as well."""
    head = ["类别\t序号\t工作任务\t牵头单位\t配合单位\t完成时限",
            "一、道路设施\t1\t改造背街小巷12条\t县甲局\t县乙局\t10月底前"]
    numbered = "\n".join(head + ["\t2\t新增停车泊位800个\t县丁局\t县戊局、县乙大队等\t12月底前",
                                  "\t3\t扩建第二水厂\t县己局\t县丙集团\t12月底前"])
    assert reading(numbered) == [
        ("一", 1, "改造背街小巷12条", [("县甲局", "lead"), ("县乙局", "support")]),
        ("一", 2, "新增停车泊位800个", [("县丁局", "lead"), ("县戊局", "support"), ("县乙大队", "support")]),
        ("一", 3, "扩建第二水厂", [("县己局", "lead"), ("县丙集团", "support")]),
    ]
    merged_number = "\n".join(head + ["\t2\t新增停车泊位800个\t县丁局\t县戊局、县乙大队等\t12月底前",
                                       "\t\t扩建第二水厂\t县己局\t县丙集团\t12月底前"])
    units = [unit for _, _, _, assigned in reading(merged_number) for unit in assigned]
    assert ("县乙大队等县丙集团", "support") not in units and ("县丙集团", "support") in units
    # a list left open by a stray 、 still ends at the next row's own number
    left_open = "\n".join(head + ["\t2\t新增停车泊位800个\t县丁局\t县戊局、县乙大队、\t12月底前",
                                   "\t3\t扩建第二水厂\t县己局\t县丙集团\t12月底前"])
    assert [(number, title) for _, number, title, _ in reading(left_open)] == [
        (1, "改造背街小巷12条"), (2, "新增停车泊位800个"), (3, "扩建第二水厂")]


def test_tabs_a_task_cell_heading_ended_by_hand_heads_the_task_not_its_target():
    """A sheet's 重点任务 cell written as a heading line ended by Alt+Enter, the target on the line below, copied as a
    quoted cell: the break ends the heading as a 。 would, and so it ends a list's first point (1.建立档案 / 2.…). A cell
    the layout wrapped (its first line as wide as the next: no heading) reads on to its first stop."""
    head = ["某县2025年农房建设任务清单", "序号\t重点任务\t责任单位\t完成时限"]
    text = "\n".join(head + ['1\t"修缮乡村公路桥梁\n完成危桥加固改造15座，同步设置限载标志。"\t县交通运输局\t10月底前',
                             '2\t"整治村庄污水\n建成污水处理站6座。"\t县生态环境分局\t12月底前',
                             '3\t"推动农房抗震改造和节能\n改造同步实施，加快进度。"\t县住房保障中心\t11月底前',
                             '4\t"1.建立档案\n2.开展农房入户核查。"\t各乡镇\t9月底前'])
    assert [(number, title) for _, number, title, _ in reading(text)] == [
        (1, "修缮乡村公路桥梁"), (2, "整治村庄污水"), (3, "推动农房抗震改造和节能改造同步实施，加快进度"),
        (4, "建立档案")]


def test_tabs_a_unit_name_broken_inside_a_quoted_cell_is_one_unit():
    """A sheet's 责任单位 cell with 牵头：/配合： lines, the lead's name broken by Alt+Enter (县文化广电和旅 / 游局): one lead."""
    text = "\n".join(["某县文旅任务清单", "序号\t重点任务\t责任单位",
                      '1\t举办乡村音乐节\t"牵头：县文化广电和旅\n游局\n配合：县公安局、县卫生健康局"'])
    assert reading(text)[0][3] == [("县文化广电和旅游局", "lead"), ("县公安局", "support"), ("县卫生健康局", "support")]


def test_tabs_a_pipe_inside_a_cell_is_the_cells_text_not_a_pipe_table_row():
    """A web system joins a field's values by | (赵某某|13805710021, 姓名|电话) and exports the list tab-separated:
    the row's tabs part its cells, the one pipe is the cell's text (before: the row read as a pipe-table line, glued
    onto the task above, its task and units lost)."""
    text = ("任务编号\t任务名称\t牵头单位\t协办单位\t责任人\n"
            "2026-001\t扩大有效投资\t市甲局\t市乙局\t李某某\n"
            "2026-002\t促进消费\t市丙局\t市丁局\t赵某某|13805710021\n"
            "2026-003\t稳定粮食生产\t市戊局\t市己局\t沈某某\n")
    assert reading(text) == [("", 1, "扩大有效投资", [("市甲局", "lead"), ("市乙局", "support")]),
                             ("", 2, "促进消费", [("市丙局", "lead"), ("市丁局", "support")]),
                             ("", 3, "稳定粮食生产", [("市戊局", "lead"), ("市己局", "support")])]
    assert "赵某某|13805710021" in find_pasted_tables(text)


def test_pipes_a_markdown_table_padded_with_a_tab_after_each_pipe_is_parted_by_its_pipes():
    """A Markdown table whose cells are padded by a tab after each | (序号 |<TAB>工作任务 |<TAB>…) has as many tabs as
    pipes: every tab stands beside a pipe, so the pipes part the cells (before: parted by the tabs, the numbers lost
    and each cell ending in |)."""
    text = ("某区重点任务清单\n"
            "序号 |\t工作任务 |\t牵头单位 |\t完成时限\n"
            "--- | --- | --- | ---\n"
            "1 |\t整治背街小巷 |\t区甲局 |\t2026年6月底\n"
            "2 |\t新建口袋公园 |\t区乙局 |\t2026年9月底\n")
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "整治背街小巷", [("区甲局", "lead")]), (2, "新建口袋公园", [("区乙局", "lead")])]


def test_tabs_html_left_in_a_web_systems_cell_is_read_as_the_page_showed_it():
    """A tab-separated export of a web system's fields keeps their HTML: <br> a line break inside the cell, &nbsp;
    a space (before: 市乙局<br>市丙局 one name, &nbsp read as a unit)."""
    text = ("任务编号\t任务名称\t牵头单位\t协办单位\n"
            "2026-001\t扩大有效投资\t市甲局\t市乙局<br>市丙局\n"
            "2026-002\t促进消费\t市丁局\t市戊局、&nbsp;市己局\n")
    assert reading(text) == [("", 1, "扩大有效投资", [("市甲局", "lead"), ("市乙局", "support"), ("市丙局", "support")]),
                             ("", 2, "促进消费", [("市丁局", "lead"), ("市戊局", "support"), ("市己局", "support")])]


def test_tabs_header_cells_wrapped_in_their_cells_are_read_whole():
    """A sheet's narrow header cells wrapped with Alt+Enter (责任 / 部门, 完成 / 时限), copied as quoted cells over two
    lines: the header is read whole, as a row is, and each wrapped name is one column (责任部门)."""
    text = "\n".join(["某县文化工作任务表", '序号\t工作任务\t"责任\n部门"\t"完成\n时限"',
                      "1\t举办村晚展演\t县文化馆\t全年", "2\t修缮乡镇图书室\t县图书馆\t2026年10月底"])
    assert reading(text) == [("", 1, "举办村晚展演", [("县文化馆", "responsible")]),
                             ("", 2, "修缮乡镇图书室", [("县图书馆", "responsible")])]


def test_tabs_a_header_cell_wrapped_after_a_whole_column_name_keeps_the_header_one_row():
    """A wrapped header cell whose first line names a column already (责任单位 / （部门）): the rest of the header is
    no task of its own."""
    text = "\n".join(["某县交通工作任务表", '序号\t重点任务\t工作目标\t"责任单位\n（部门）"\t完成时限',
                      "1\t改造农村公路\t完成60公里\t县交通运输局\t2026年12月底",
                      "2\t新增公交线路\t新开3条线路\t县公交公司\t2026年6月底"])
    assert reading(text) == [("", 1, "改造农村公路", [("县交通运输局", "responsible")]),
                             ("", 2, "新增公交线路", [("县公交公司", "responsible")])]


@pytest.mark.parametrize("none", ["/", "无"])
def test_tabs_a_none_mark_closing_a_row_is_no_name_the_next_row_goes_on(none):
    """A row whose support cell says there is none (/, 无) and a next row opening with its merged group cell left
    empty: the mark is a whole cell, not a name cut at the column's edge, so the next line is a row of its own."""
    text = "\n".join(["考评项目\t序号\t考评内容\t分值\t评分标准\t牵头单位\t配合单位",
                     "一、厕所（10分）\t1\t户厕按标准建设\t5\t每户扣1分\t乙镇农业服务中心\t乙镇建设中心",
                     f"\t2\t公厕干净整洁\t3\t每座扣1分\t乙镇环卫所\t{none}",
                     "\t3\t问题户厕整改到位\t2\t每户扣1分\t乙镇农业服务中心\t各村（社区）"])
    assert reading(text) == [
        ("一", 1, "户厕按标准建设", [("乙镇农业服务中心", "lead"), ("乙镇建设中心", "support")]),
        ("一", 2, "公厕干净整洁", [("乙镇环卫所", "lead")]),
        ("一", 3, "问题户厕整改到位", [("乙镇农业服务中心", "lead"), ("各村（社区）", "support")]),
    ]


def test_tabs_a_scoring_cell_written_as_points_keeps_them_and_its_row_its_place():
    """A 考核细则's table with no 序号: a 考核内容 cell of two paragraphs (1.…； / 2.…) numbers its own points, not the
    row, which comes next by its place and keeps the points in its title."""
    text = ("考核细则\n"
            "一级指标\t二级指标\t分值\t考核内容及评分标准\t考核责任单位\t配合单位\n"
            "科技创新（10分）\t专利申请\t4\t有效发明专利完成年度目标得4分；每低1个百分点扣0.2分。\t县科技局\t县市场监管局\n"
            "\t人才引进\t6\t1.引进高层次人才5名得3分，每少1名扣0.5分；\n"
            "2.建成人才驿站1个得3分。\t县人才中心\t县人社局\n"
            "文化建设（4分）\t文化惠民\t4\t送戏下乡完成率100%得4分。\t县文旅局\t—\n")
    assert [(n, title) for _, n, title, _ in reading(text)] == [
        (1, "有效发明专利完成年度目标得4分；每低1个百分点扣0.2分"),
        (2, "1.引进高层次人才5名得3分，每少1名扣0.5分；2.建成人才驿站1个得3分"),
        (3, "送戏下乡完成率100%得4分"),
    ]
    assert reading(text)[1][3] == [("县人才中心", "responsible"), ("县人社局", "support")]


def test_tabs_a_merged_first_level_indicator_column_groups_its_rows():
    """A 考核细则's table saved tab-separated writes its merged 一级指标 cell on its group's first row only, the rows
    under it opening with an empty cell: the column groups the rows, as one pasted one cell per line does. Filled on
    every row, it is each row's own text under its header."""
    head = "一级指标\t二级指标\t分值\t考核内容及评分标准\t考核责任单位\t配合单位\n"
    rows = ["科技创新（8分）\t专利申请\t4\t有效发明专利完成年度目标得4分。\t县科技局\t县市场监管局\n",
            "\t人才引进\t4\t引进高层次人才5名得4分。\t县人才中心\t县人社局\n",
            "文化建设（4分）\t文化惠民\t4\t送戏下乡完成率100%得4分。\t县文旅局\t—\n"]
    text = "一、考核内容\n" + head + "".join(rows)
    assert [title for _, title in sections(text)] == ["考核内容", "科技创新（8分）", "文化建设（4分）"]
    assert [(s.title, [t.number for t in s.tasks]) for s in _plan(text).sections if s.tasks] == [
        ("科技创新（8分）", [1, 2]), ("文化建设（4分）", [3])]
    filled = "一、考核内容\n" + head + "".join(rows).replace("\n\t人才引进", "\n科技创新（8分）\t人才引进")
    assert [title for _, title in sections(filled)] == ["考核内容"]
    assert "一级指标:科技创新（8分）" in _plan(filled).sections[0].tasks[1].text


@pytest.mark.parametrize("approver", ["审批层级和部门", "审批部门", None])
@pytest.mark.parametrize("pad", ["", "\t\t\t\t"])
def test_tabs_a_list_grouped_by_the_body_in_charge_gives_each_row_its_group_rows_body(approver, pad):
    """A 事项清单 set out by department prints each body once as a group row (一、市甲局（2项）), the rows under it with
    no column of doers (an approving level's column states who approves by law: text): a task table all the same,
    each row the group row's body's, responsible, its count no part of the name."""
    def cells(*row: str) -> str:
        return "\t".join(c for c in row if c is not None) + "\n"
    text = ("某市改革事项清单\n\n" + cells("序号", "改革事项", "设定依据", approver, "改革方式")
            + f"一、市甲局（2项）{pad}\n"
            + cells("1", "甲类经营许可", "《某条例》", approver and "县级甲部门", "实行告知承诺")
            + cells("2", "乙类设立审批", "《某办法》", approver and "县级甲部门", "审批改为备案")
            + f"二、市乙发展委（市丙局）（1项）{pad}\n"
            + cells("3", "丙类业务许可", "《某法》", approver and "市乙发展委", "实行告知承诺"))
    assert sections(text) == [("一", "市甲局（2项）"), ("二", "市乙发展委（市丙局）（1项）")]
    assert reading(text) == [("一", 1, "甲类经营许可", [("市甲局", "responsible")]),
                             ("一", 2, "乙类设立审批", [("市甲局", "responsible")]),
                             ("二", 3, "丙类业务许可", [("市乙发展委（市丙局）", "responsible")])]


def test_tabs_a_group_row_naming_a_field_stays_a_section_naming_no_unit():
    """Beside a group row naming a body (二、市乙局（1项）), one naming a field (一、经济发展（2项）) or a kind of body
    (三、行业主管部门（1项）) names no one: its rows take no unit."""
    text = ("某市重点任务清单\n\n序号\t工作任务\t完成时限\n一、经济发展（2项）\n1\t开展招商引资活动\t2025年6月\n"
            "2\t推进园区扩容\t2025年9月\n二、市乙局（1项）\n3\t开展年度核查\t2025年12月\n"
            "三、行业主管部门（1项）\n4\t开展行业培训\t2025年12月\n")
    assert [title for _, title in sections(text)] == ["经济发展（2项）", "市乙局（1项）", "行业主管部门（1项）"]
    assert [(number, units) for _, number, _, units in reading(text)] == [
        (1, []), (2, []), (3, [("市乙局", "responsible")]), (4, [])]


@pytest.mark.parametrize("group", ["县直有关部门", "驻县单位", "公安机关", "学校", "民营医院", "农民专业合作社"])
def test_tabs_a_group_row_naming_a_class_or_a_beneficiary_gives_no_unit(group):
    """A list grouped by whom it is for or what it inspects (一、农民专业合作社（2项）) or by a class of bodies (县直有关部门)
    names no body in charge: only a jurisdiction before an office (二、县甲局) does."""
    text = ("某县惠企事项清单\n\n序号\t事项名称\t兑现时限\n"
            f"一、{group}（2项）\n1\t落实贷款贴息\t6月底\n2\t开展示范奖补\t12月底\n"
            "二、县甲局（1项）\n3\t开展年度核查\t12月底\n")
    assert [(number, units) for _, number, _, units in reading(text)] == [
        (1, []), (2, []), (3, [("县甲局", "responsible")])]


def test_tabs_a_group_row_naming_a_body_without_a_count_gives_it_once():
    """一、县甲局 with no count is both the group row naming the body in charge and a heading naming a unit: its rows
    take the body once."""
    text = ("某县实事清单\n\n序号\t实事项目\t完成时限\n一、县甲局\n1\t新建城区幼儿园\t8月底\n"
            "2\t改造学校食堂\t9月底\n二、县乙委\n3\t建设胸痛中心\t12月底\n")
    assert [(number, units) for _, number, _, units in reading(text)] == [
        (1, [("县甲局", "responsible")]), (2, [("县甲局", "responsible")]), (3, [("县乙委", "responsible")])]


def test_tabs_a_group_row_naming_a_body_leaves_the_rows_own_unit_column_alone():
    """Rows naming their doers in a 责任单位 column keep them: the group row over them is only their section."""
    text = ("某市重点任务清单\n\n序号\t工作任务\t责任单位\t完成时限\n一、市甲局（2项）\n"
            "1\t开展治安检查\t各县区甲分局\t2025年6月\n2\t推进备案管理\t市乙局\t2025年9月\n")
    assert reading(text) == [("一", 1, "开展治安检查", [("各县区甲分局", "responsible")]),
                             ("一", 2, "推进备案管理", [("市乙局", "responsible")])]


def test_tabs_a_first_row_whose_cells_read_as_column_words_is_data_not_a_lower_header():
    """A short sheet with no 序号 column: its first row's cells may read as column words (修缮校舍项目 ends in 项目,
    9月底前 as a period), yet its group cell opens with a label (一、) or its measure closes a sentence (。): the row is
    the first task, not the header's lower row, whether the group cell is filled on every row or only on the first."""
    head = "某区学校工作任务表\n类别\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限\n"
    rows = ["一、办学条件\t修缮校舍项目\t完成校舍加固5所。\t区教育局\t区财政局\t9月底前\n",
            "一、办学条件\t配齐实验设备\t更新实验室器材。\t区教育局\t区科技局\t12月底前\n",
            "二、师资队伍\t开展教师轮训\t轮训教师300人次。\t区教育局\t区人社局\t11月底前\n"]
    expected = [("一", 1, "修缮校舍项目", [("区教育局", "lead"), ("区财政局", "support")]),
                ("一", 2, "配齐实验设备", [("区教育局", "lead"), ("区科技局", "support")]),
                ("二", 3, "开展教师轮训", [("区教育局", "lead"), ("区人社局", "support")])]
    assert reading(head + "".join(rows)) == expected
    merged = head + "".join(rows).replace("\n一、办学条件\t", "\n\t")
    assert reading(merged) == expected
    unlabelled = head + "".join(rows).replace("一、", "").replace("二、", "")
    assert [title for _, _, title, _ in reading(unlabelled)] == ["修缮校舍项目", "配齐实验设备", "开展教师轮训"]


def test_pipes_inspection_plan_with_bodies_named_by_their_work():
    """A 监督抽查计划 names its bodies by what they do: 组织实施处室 (the office organising the item, leading it) and
    承检机构 (the laboratory taking on its sampling and testing, answering for that)."""
    text = "\n".join(["某省2025年食品相关产品监督抽查计划",
                      "| 序号 | 产品名称 | 抽查批次 | 承检机构 | 组织实施处室 | 完成时间 |",
                      "| 1 | 塑料餐盒 | 40 | 省轻工产品检测中心 | 食品相关产品监管处 | 2025年8月底前 |",
                      "| 2 | 纸杯 | 30 | 省质检院、省标准化院 | 产品质量监督处 | 2025年10月底前 |"])
    assert reading(text) == [
        ("", 1, "塑料餐盒", [("食品相关产品监管处", "lead"), ("省轻工产品检测中心", "responsible")]),
        ("", 2, "纸杯", [("产品质量监督处", "lead"), ("省质检院", "responsible"), ("省标准化院", "responsible")]),
    ]


def test_tabs_a_column_headed_by_the_kind_of_office_after_its_role_word_names_the_offices_answering():
    # an organising committee's schedule heads its columns by its own 部 (责任部（处） | 配合部（处）), a department's by
    # its 处 (责任处（室）): the 责任 column's offices answer for the row, as those of a 责任单位 do
    text = ("序号\t时间节点\t工作事项\t责任部（处）\t配合部（处）\t责任人\n"
            "1\t3月底前\t制定赛事总体规程\t竞技部\t某市体育局\t甲某\n"
            "2\t4月底前\t完成场馆改造验收\t场馆部、后勤部\t某市住建局\t乙某\n")
    assert [units for *_, units in reading(text)] == [
        [("竞技部", "responsible"), ("某市体育局", "support")],
        [("场馆部", "responsible"), ("后勤部", "responsible"), ("某市住建局", "support")]]
    text = ("序号\t工作任务\t责任处（室）\t配合处（室）\n"
            "1\t修订行业管理办法\t法规处\t市场处\n")
    assert [units for *_, units in reading(text)] == [[("法规处", "responsible"), ("市场处", "support")]]


def test_tabs_an_empty_support_cell_beside_the_rows_own_responsible_office_is_no_support():
    # a row naming its own answering office and leaving 配合 empty has no supporting unit: the support cell above is
    # no merged cell it shares, whether the header word reads the column (责任部（处）) or only the annotation reader
    # does, the column's name a role label no header word knows (负责科室)
    text = ("序号\t时间节点\t工作事项\t责任部（处）\t配合部（处）\t责任人\n"
            "1\t3月底前\t建成主新闻中心\t新闻宣传部\t某市委网信办\t甲某\n"
            "2\t4月底前\t完成志愿者培训\t志愿服务部\t\t乙某\n")
    assert [units for *_, units in reading(text)] == [
        [("新闻宣传部", "responsible"), ("某市委网信办", "support")], [("志愿服务部", "responsible")]]
    text = ("序号\t时间节点\t工作任务\t负责科室\t配合科室\t责任人\n"
            "1\t3月底前\t开展校园安全检查\t安全科\t教研室\t甲某\n"
            "2\t4月底前\t组织教师业务培训\t人事科\t\t乙某\n")
    assert [units for *_, units in reading(text)] == [
        [("安全科", "responsible"), ("教研室", "support")], [("人事科", "responsible")]]


def test_an_oversight_column_beside_the_doers_supports_alone_it_answers():
    """监管部门 beside 实施主体 (a project table): the department oversees the bodies doing the work and supports, as the
    label 监管部门：… does; a 行业监管部门 column with no column of doers is the body the work belongs to."""
    beside = "\n".join(["某区2025年小区改造项目表",
                        "序号|小区名称|实施主体|监管部门|完成时限",
                        "1|棉纺厂家属院|北岸街道办事处|区住房和城乡建设局|2025年10月"])
    assert reading(beside) == [
        ("", 1, "棉纺厂家属院", [("区住房和城乡建设局", "support"), ("北岸街道办事处", "implement")])]
    assert header_kinds(["序号", "小区名称", "实施主体", "监管部门"])[3] == "support"
    alone = "\n".join(["某区2025年安全隐患整治清单",
                       "序号|整治内容|行业监管部门|完成时限",
                       "1|排查燃气管道隐患|区城市管理局|2025年6月"])
    assert reading(alone) == [("", 1, "排查燃气管道隐患", [("区城市管理局", "responsible")])]


def test_a_rule_stated_in_a_header_note_applies_to_the_rows():
    text = "\n".join(["县2025年防汛工作任务分工",
                      "序号\t重点任务\t责任单位（排在第一位的为牵头单位）\t完成时限（2025年）",
                      "1\t修订防汛应急预案\t县水利局、县应急管理局\t5月底前",
                      "2\t清理河道阻水障碍\t县水利局\t汛前"])
    assert reading(text) == [
        ("", 1, "修订防汛应急预案", [("县水利局", "lead"), ("县应急管理局", "responsible")]),
        ("", 2, "清理河道阻水障碍", [("县水利局", "lead")]),
    ]


@pytest.mark.parametrize("cell, roles", [
    ("乙县水利局（牵头）、乙县财政局、甲镇人民政府", ["lead", "support", "support"]),
    ("乙县水利局牵头，乙县财政局负责，甲镇人民政府配合", ["lead", "responsible", "support"]),
])
def test_a_lead_marked_in_its_cell_leaves_the_bare_names_after_it_to_a_notes_rule(cell, roles):
    """注：…列第一位的为牵头单位，其他单位为配合单位 under a row whose cell marks its first name (X（牵头）、Y、Z): the mark
    agrees with the rule and Y, Z, with no verb of their own, are its others; a cell writing each unit's verb keeps them."""
    text = "\n".join(["序号\t治理任务\t责任单位\t完成时限",
                      f"1\t加固堤防9公里\t{cell}\t2026年汛期前",
                      "注：责任单位栏中列第一位的为牵头单位，其他单位为配合单位；只列一个单位的为责任单位。"])
    assert reading(text) == [
        ("", 1, "加固堤防9公里", list(zip(["乙县水利局", "乙县财政局", "甲镇人民政府"], roles))),
    ]


def test_roles_labelled_inside_a_unit_cell():
    text = "\n".join(["市2025年安全生产工作任务分工",
                      "序号\t工作任务\t责任单位\t完成时限",
                      "1\t加强安全生产督查\t牵头：市应急局；配合：市公安局、市财政局\t年底前",
                      "2\t强化危化品运输执法\t市公安局（牵头）、市交通运输局\t6月底前",
                      "3\t开展安全宣传\t市委宣传部；参与单位：市教育局\t长期坚持"])
    assert reading(text) == [
        ("", 1, "加强安全生产督查", [("市应急局", "lead"), ("市公安局", "support"), ("市财政局", "support")]),
        ("", 2, "强化危化品运输执法", [("市公安局", "lead"), ("市交通运输局", "responsible")]),
        ("", 3, "开展安全宣传", [("市委宣传部", "responsible"), ("市教育局", "support")]),
    ]


# ---------------------------------------------------------------- | between cells

PIPES = """县河湖管护工作方案
| 编号 | 主要任务 | 牵头单位 | 落实单位 | 完成时间 |
| --- | --- | --- | --- | --- |
| 1 | 建立河湖长巡查制度 | 市水利局 | 各县（市、区）人民政府 | 3月底前 |
| 2 | 清理河道违建 | 市水利局、市自然资源局 | 无 | 年底前 |"""


def test_pipes_with_an_implementing_column():
    assert reading(PIPES) == [
        ("", 1, "建立河湖长巡查制度", [("市水利局", "lead"), ("各县（市、区）人民政府", "implement")]),
        ("", 2, "清理河道违建", [("市水利局", "lead"), ("市自然资源局", "lead")]),
    ]


# ---------------------------------------------------------------- spaces only (text out of a PDF)

SPACED = """市2024年安全生产重点任务分工表
序号 重点任务 牵头单位 配合单位 完成时限
一 强化安全生产责任
1 落实安全生产属地责任 市安委办 市委组织部、市委宣传部 6月30日前
2 加强 安全生产统筹协调 市安委办 每季度
3 开展危险化学品企业专项检查，重点检查
储罐区和装卸环节 市应急局 市公安局 2024年12月
以上任务请各单位抓好落实。"""


def test_spaces_between_cells_and_a_row_wrapped_over_two_lines():
    assert sections(SPACED) == [("一", "强化安全生产责任")]
    assert reading(SPACED) == [
        ("一", 1, "落实安全生产属地责任", [("市安委办", "lead"), ("市委组织部", "support"), ("市委宣传部", "support")]),
        # one unit piece goes to 牵头单位, not to the empty 配合单位; the space inside the task stays out
        ("一", 2, "加强安全生产统筹协调", [("市安委办", "lead")]),
        ("一", 3, "开展危险化学品企业专项检查，重点检查储罐区和装卸环节", [("市应急局", "lead"), ("市公安局", "support")]),
    ]
    assert find_pasted_tables(SPACED).split("\n")[-1] == "以上任务请各单位抓好落实。"


def test_spaces_between_cells_the_last_rows_cells_wrapped_onto_the_next_line_stay_the_rows():
    """A text dump's width wraps a long row: the last row has no next row in sight, its last cells (a unit list and the
    date) on the line under it are still its own, in their columns; a dated line under a whole row is not."""
    head = ["某项工作重点事项清单", "   序号 重点事项 牵头部门 配合部门 承办处室 完成时限"]
    rows = ["   1 校外供餐安全监管 甲总局 乙部、丙部 食品处 2030年底前",
            "   2 燃气具质量监管 丁部、甲总局按职责分工负责 各省（自治区、直辖市）人民政府",
            "   质量处、认证处 2030年8月底前"]
    assert reading("\n".join(head + rows)) == [
        ("", 1, "校外供餐安全监管", [("甲总局", "lead"), ("食品处", "responsible"), ("乙部", "support"),
                                  ("丙部", "support")]),
        ("", 2, "燃气具质量监管", [("丁部", "responsible"), ("甲总局", "responsible"), ("质量处", "responsible"),
                                ("认证处", "responsible"), ("各省（自治区、直辖市）人民政府", "support")])]
    whole = "\n".join(head + rows[:1] + ["   某某总局 2030年3月18日"])
    assert [t[3] for t in reading(whole)] == [
        [("甲总局", "lead"), ("食品处", "responsible"), ("乙部", "support"), ("丙部", "support")]]


# ---------------------------------------------------------------- one cell per line

CELLS = """附件
重点工作任务清单
类别
序号
具体措施
完成时限
牵头部门
配合部门
安全监管
1
开展危化品企业专项检查
6月底前
县应急管理局
县市场监管局、联合县公安局
任务来源：《县政府工作报告》
2
整治城镇燃气隐患
年底前
县住房城乡建设局
无
防灾减灾
1
完善灾害预警发布机制
长期坚持
县气象局、县水利局按职责分工负责
县融媒体中心
以上任务由各牵头部门于每季度末报送进展。"""


def test_one_cell_per_line_with_group_cells_deadline_before_units_and_citations():
    assert sections(CELLS) == [("一", "安全监管"), ("二", "防灾减灾")]
    assert reading(CELLS) == [
        ("一", 1, "开展危化品企业专项检查", [("县应急管理局", "lead"), ("县市场监管局", "support"),
                                     ("县公安局", "support")]),
        ("一", 2, "整治城镇燃气隐患", [("县住房城乡建设局", "lead")]),
        ("二", 1, "完善灾害预警发布机制", [("县气象局", "responsible"), ("县水利局", "responsible"),
                                   ("县融媒体中心", "support")]),
    ]
    lines = find_pasted_tables(CELLS).split("\n")
    assert lines[-1] == "以上任务由各牵头部门于每季度末报送进展。"  # the text after the table is kept
    assert "完成时限:6月底前" in lines[3]


def test_one_cell_per_line_a_kind_column_beside_the_tables_own_group_rows_is_each_rows_text():
    """A 执法事项目录 grouped by its own group rows (一、…领域（1项）) writes after each item's name its kind (事项类别:
    行政强制 / 行政处罚), a cell on every row: no merged group cell. The first row's empty 备注, a blank line just before
    the next group row, is that row's last cell: the table goes on (before: the kind glued to the title, the second
    group and its row lost)."""
    text = "\n".join(["某县综合行政执法事项目录", "序号", "事项名称", "事项类别", "实施主体", "协同部门", "备注",
                      "一、市场监管领域（1项）",
                      "1", "扣押无照经营流动摊贩的经营工具", "行政强制", "县综合行政执法局", "县公安局", "",
                      "二、水利领域（1项）",
                      "2", "对未经批准在河道管理范围内采砂的处罚", "行政处罚", "县综合行政执法局", "县水利局", "部分划转"])
    assert sections(text) == [("一", "市场监管领域（1项）"), ("二", "水利领域（1项）")]
    assert reading(text) == [
        ("一", 1, "扣押无照经营流动摊贩的经营工具", [("县公安局", "support"), ("县综合行政执法局", "implement")]),
        ("二", 2, "对未经批准在河道管理范围内采砂的处罚", [("县水利局", "support"), ("县综合行政执法局", "implement")])]


def test_one_cell_per_line_a_unit_column_the_note_says_is_merged_is_carried_down_to_the_rows_under_it():
    """A note under a 事项目录 copied one cell per line says its 原行使部门 cells are merged (…栏为合并单元格的，适用于其
    所跨各项): the rows under the merged cell print one cell fewer, and that cell is the one they lost. Their 协同部门
    stays support and the merged body is carried down (before: 县公安局 read as the 原行使部门, 县水务局 lost). Without
    the note a short row keeps its plain reading."""
    rows = ["某县执法事项目录", "序号", "事项名称", "实施主体", "原行使部门", "协同部门", "备注",
            "1", "对在河道内建设妨碍行洪建筑物的处罚", "县综合执法局", "县水务局", "县自然资源局", "全部划转",
            "2", "对河道内非法采砂的处罚", "县综合执法局", "县公安局", "部分划转",
            "3", "对危害堤防安全活动的处罚", "县综合执法局", "/", "全部划转"]
    note = "注：本目录中“原行使部门”栏为合并单元格的，适用于其所跨各项。"
    assert [(n, units) for _, n, _, units in reading("\n".join([*rows, note]))] == [
        (1, [("县水务局", "responsible"), ("县自然资源局", "support"), ("县综合执法局", "implement")]),
        (2, [("县水务局", "responsible"), ("县公安局", "support"), ("县综合执法局", "implement")]),
        (3, [("县水务局", "responsible"), ("县综合执法局", "implement")])]
    assert ("县公安局", "responsible") in reading("\n".join(rows))[1][3]


def test_one_cell_per_line_an_item_name_wrapped_over_two_lines_keeps_the_rows_cells_in_their_columns():
    """A 事项名称 wrapped over two lines in a list copied one cell per line makes the row a line longer than its
    columns. Its 备注 opening with a verb (按属地实施) is no tail of the unit name above it: joined so, the row's cells
    fit no column (before: the units glued to the title, the row's own units lost). The surplus line is the name's."""
    text = "\n".join(["某县执法事项目录", "序号", "事项名称", "事项类别", "实施主体", "协同部门", "备注",
                      "一、赋权乡镇实施事项（2项）",
                      "1", "对在城市道路两侧和公共场地", "堆放物料、擅自摆摊设点的处罚", "行政处罚",
                      "各乡镇人民政府（街道办事处）", "县公安局", "按属地实施",
                      "2", "对随意倾倒生活垃圾的处罚", "行政处罚", "各乡镇人民政府（街道办事处）", "县住建局", "按属地实施"])
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "对在城市道路两侧和公共场地堆放物料、擅自摆摊设点的处罚",
         [("县公安局", "support"), ("各乡镇人民政府（街道办事处）", "implement")]),
        (2, "对随意倾倒生活垃圾的处罚", [("县住建局", "support"), ("各乡镇人民政府（街道办事处）", "implement")])]


def test_one_cell_per_line_a_people_column_between_two_unit_columns_is_one_header_row():
    """牵头单位 | 责任领导 | 配合单位 (责任单位 | 出席人员 | 配合单位) pasted one cell per line: the lone unit column after
    the people column is the header's last cell, not a lower header row under the earlier unit column (a unit column
    spans two sub-columns or more, 责任单位 over 牵头单位 | 配合单位)."""
    text = "\n".join([
        "某县重点工作任务分解表", "序号", "重点任务", "牵头单位", "责任领导", "配合单位",
        "1", "推进城区污水管网改造", "县住建局", "李某某", "县财政局、县水利局",
        "2", "开展农村人居环境整治", "县农业农村局", "王某某", "各乡镇人民政府",
    ])
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "推进城区污水管网改造", [("县住建局", "lead"), ("县财政局", "support"), ("县水利局", "support")]),
        (2, "开展农村人居环境整治", [("县农业农村局", "lead"), ("各乡镇人民政府", "support")]),
    ]
    text = "\n".join([
        "某区新闻发布计划", "序号", "发布主题", "发布时间", "责任单位", "出席人员", "配合单位",
        "1", "全区经济运行情况", "1月下旬", "区统计局", "区统计局主要负责同志", "区发展改革委",
        "2", "义务教育招生政策", "4月中旬", "区教育局", "区教育局分管负责同志", "区公安分局、区住建局",
    ])
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "全区经济运行情况", [("区统计局", "responsible"), ("区发展改革委", "support")]),
        (2, "义务教育招生政策", [("区教育局", "responsible"), ("区公安分局", "support"), ("区住建局", "support")]),
    ]


def test_a_release_calendar_s_issuing_body_answers_for_the_release():
    """A 新闻发布计划 heads the body holding each release 发布单位 (发布部门, 主发布单位, 发布主体): it answers for the
    release, beside a 配合单位 column or alone; the 出席人员 / 发布人 beside it name people, no body."""
    text = "\n".join([
        "某市新闻发布计划",
        "序号\t发布主题\t发布时间\t发布单位\t出席人员\t配合单位",
        "1\t全市经济运行情况\t1月下旬\t市统计局、市发展改革委\t市统计局主要负责同志\t市调查队",
        "2\t高考服务保障工作\t5月下旬\t市教育局\t市教育局负责同志\t/",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("市统计局", "responsible"), ("市发展改革委", "responsible"), ("市调查队", "support")]),
        (2, [("市教育局", "responsible")]),
    ]
    text = "\n".join([
        "某区新闻发布安排",
        "序号\t发布时间\t发布内容\t主发布单位\t发布人\t协同发布单位",
        "1\t3月上旬\t优化营商环境举措\t区发展改革委\t区发展改革委副主任\t区市场监管局",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("区发展改革委", "responsible"), ("区市场监管局", "support")])]
    assert [header_kind(name) for name in ("发布部门", "发布主体", "出席人员", "发布人")] == [
        "responsible", "responsible", "extra", None]


def test_one_cell_per_line_heading_without_numeral_and_a_row_that_lost_a_cell():
    text = "\n".join([
        "市安全生产重点工作任务分工", "序号", "重点任务", "牵头单位", "参与单位", "完成时限",
        "一、综合监管",
        "1", "修订应急预案", "市应急局", "市直有关部门", "6月底前",
        "《市安全生产专项整治方案》",  # where task 1 comes from, unlabelled, after its full row
        "交通运输",  # a spanning heading row, no numeral, followed by the next number
        "2", "排查公路隐患", "市交通运输局", "年底前",  # no 参与单位: the date goes to 完成时限
        "3", "整治货车超载", "市公安局", "市交通运输局", "长期坚持",
        "5", "《道路交通安全法》进企业", "市公安局", "市司法局", "年底前",  # 4 skipped; a task, not a citation
    ])
    assert sections(text) == [("一", "综合监管"), ("二", "交通运输")]
    assert reading(text) == [
        ("一", 1, "修订应急预案", [("市应急局", "lead"), ("市直有关部门", "support")]),
        ("二", 2, "排查公路隐患", [("市交通运输局", "lead")]),
        ("二", 3, "整治货车超载", [("市公安局", "lead"), ("市交通运输局", "support")]),
        ("二", 5, "《道路交通安全法》进企业", [("市公安局", "lead"), ("市司法局", "support")]),
    ]
    assert "1.修订应急预案。《市安全生产专项整治方案》(牵头单位" in find_pasted_tables(text)
    assert "2.排查公路隐患(牵头单位:市交通运输局;完成时限:年底前)" in find_pasted_tables(text).split("\n")


@pytest.mark.parametrize("cell", ["案件编号", "问题编号", "线索编号", "项目编号", "事项编号"])
def test_a_reference_number_column_headed_by_what_it_numbers_is_a_code(cell):
    assert header_kind(cell) == "extra"


@pytest.mark.parametrize("deadline", [[], ["化解时限"]])
def test_one_cell_per_line_a_case_list_with_a_file_number_beside_the_row_number(deadline):
    # a 信访积案 list files each case under its own number (案件编号) beside the 序号, and names the leader taking it on
    dates = [["9月底前"], ["10月底前"]] if deadline else [[], []]
    text = "\n".join([
        "某镇积案化解责任表", "序号", "案件编号", "信访事项", "包案领导", "责任单位", "配合单位", *deadline,
        "一、物业纠纷类（2件）",
        "1", "甲字第3号", "小区电梯停运问题", "王有成", "北关社区居委会", "镇规划建设办", *dates[0],
        "2", "甲字第7号", "物业费收取争议", "赵小兰", "南湖社区居委会", "镇综治中心、镇司法所", *dates[1],
    ])
    assert reading(text) == [
        ("一", 1, "小区电梯停运问题", [("北关社区居委会", "responsible"), ("镇规划建设办", "support")]),
        ("一", 2, "物业费收取争议", [("南湖社区居委会", "responsible"), ("镇综治中心", "support"),
                                ("镇司法所", "support")]),
    ]


def _month_gantt(closing: list[str]) -> str:
    """A 进度安排表 with a column per month flattened one cell per line: 序号 / 工作任务 / 责任单位 / 配合单位 / the
    spanning 进度安排（月份） / `closing` over 1月 … 12月, each row's twelve month cells ■ / ● / empty."""
    months = [f"{m}月" for m in range(1, 13)]
    rows = [["1", "编制网点布局规划", "县商务局", "县自然资源局", "■", "■", "●"] + [""] * 9 + ["规划批复"],
            ["2", "建设村级便民商店", "县供销社", "县商务局", "", "", "■", "■", "■", "●"] + [""] * 6 + ["商店挂牌"]]
    cut = len(rows[0]) - 1 + len(closing)  # a table with no column after the months ends its rows at 12月
    lines = ["二、重点任务及进度安排", "序号", "工作任务", "责任单位", "配合单位", "进度安排（月份）", *closing, *months]
    return "\n".join(lines + [cell for row in rows for cell in row[:cut]])


@pytest.mark.parametrize("closing", [[], ["完成标志"], ["备注"]])
def test_one_cell_per_line_a_month_by_month_gantt_keeps_its_header_of_more_than_sixteen_cells(closing):
    text = _month_gantt(closing)
    assert sections(text) == [("二", "重点任务及进度安排")]  # 12月, the last month column, heads no group
    assert reading(text) == [
        ("二", 1, "编制网点布局规划", [("县商务局", "responsible"), ("县自然资源局", "support")]),
        ("二", 2, "建设村级便民商店", [("县供销社", "responsible"), ("县商务局", "support")]),
    ]


def test_one_cell_per_line_a_short_month_gantt_reads_its_last_month_and_marks_as_cells():
    """1月 … 4月 closing the header right before row 1: the last month column, no month group row; the ● in the
    rows' last month cells stay cells, no group row either."""
    text = "\n".join(["序号", "工作任务", "责任单位", "配合单位", "进度安排（月份）", "1月", "2月", "3月", "4月",
                      "1", "编制网点规划", "县商务局", "县自然资源局", "■", "●", "", "",
                      "2", "建设便民商店", "县供销社", "县商务局", "", "■", "■", "●",
                      "3", "发展冷链物流", "县发展改革局", "县农业农村局", "■", "■", "■", "●"])
    assert sections(text) == [("", "")]  # the rows' one unnamed section: no 4月, no ● group
    assert [task[1:3] for task in reading(text)] == [(1, "编制网点规划"), (2, "建设便民商店"), (3, "发展冷链物流")]
    assert "2.建设便民商店。2月—3月:■。4月:●(" in find_pasted_tables(text)


def test_tabs_a_gantt_heading_its_month_columns_with_bare_numbers_names_them_months():
    text = "\n".join(["序号\t工作任务\t责任单位\t配合单位\t进度安排（月）\t\t\t",
                      "\t\t\t\t1\t2\t3\t4",
                      "一、完善网络",
                      "1\t编制规划\t县商务局\t县自然资源局\t■\t●\t\t",
                      "2\t建设商店\t县供销社\t县商务局\t\t■\t■\t●"])
    assert sections(text) == [("一", "完善网络")]
    assert reading(text) == [("一", 1, "编制规划", [("县商务局", "responsible"), ("县自然资源局", "support")]),
                             ("一", 2, "建设商店", [("县供销社", "responsible"), ("县商务局", "support")])]
    assert "2.建设商店。2月—3月:■。4月:●(" in find_pasted_tables(text)


def test_one_cell_per_line_by_village_with_people_columns():
    """A town's 任务清单 sets its rows village by village: the 村（社区） cell merged down its rows stands on each
    village's first row only, and 包村领导 / 包村干部 are columns of people. The place groups the rows (a section,
    as a 类别 does), the people are no units; the units are those of the 责任单位 column."""
    text = "\n".join([
        "某镇人居环境整治任务清单", "序号", "村（社区）", "整治任务", "包村领导", "包村干部", "责任单位", "完成时限",
        "1", "甲村", "新建户厕60户。", "周某", "陈某", "甲村委会、镇农业办", "9月底前",
        "2", "清理沟渠。", "周某", "陈某、赵某", "甲村委会", "6月底前",
        "3", "乙社区", "整治背街小巷。", "刘某", "郑某", "乙社区居委会、镇执法队", "长期坚持",
    ])
    assert header_kinds(["序号", "村（社区）", "整治任务", "包村领导", "包村干部", "责任单位", "完成时限"]) == [
        "number", "group", "task", "extra", "extra", "responsible", "deadline"]
    assert sections(text) == [("一", "甲村"), ("二", "乙社区")]
    assert reading(text) == [
        ("一", 1, "新建户厕60户", [("甲村委会", "responsible"), ("镇农业办", "responsible")]),
        ("一", 2, "清理沟渠", [("甲村委会", "responsible")]),
        ("二", 3, "整治背街小巷", [("乙社区居委会", "responsible"), ("镇执法队", "responsible")]),
    ]


def test_one_cell_per_line_the_village_written_again_on_every_row():
    """A 包村 sheet may write the village on every row instead of merging it down: the row holds its place's cell,
    so its last cell (a task, short as a heading) is the row's and not the next village's group cell."""
    text = "\n".join([
        "某镇防汛包村责任分工表", "序号", "村（社区）", "责任站所", "防守任务",
        "1", "东岭村", "镇水利站", "东岭水库巡查值守",
        "2", "西塘社区", "镇自然资源所", "西塘河堤防巡堤查险",
    ])
    assert reading(text) == [
        ("一", 1, "东岭水库巡查值守", [("镇水利站", "responsible")]),
        ("二", 2, "西塘河堤防巡堤查险", [("镇自然资源所", "responsible")]),
    ]
    assert sections(text) == [("一", "东岭村"), ("二", "西塘社区")]


def test_spaced_rows_by_village_the_merged_place_cell_on_each_villages_first_row_only():
    """The same 清单 copied one row a line, cells parted by wide gaps: the village's cell stands on its first row
    only, so that row has one piece more than the next; the piece before the task is the group's, not the task's."""
    text = "\n".join([
        "某镇人居环境整治任务清单",
        "",
        "序号  村（社区）  整治任务  包村领导  包村干部  责任单位  完成时限",
        "1  甲村  新建户厕60户。  周某  陈某  甲村委会、镇农业办  9月底前",
        "2  清理沟渠淤泥。  周某  陈某、赵某  甲村委会  6月底前",
        "3  乙社区  整治背街小巷。  刘某  郑某  乙社区居委会、镇执法队  长期坚持",
    ])
    assert sections(text) == [("一", "甲村"), ("二", "乙社区")]
    assert reading(text) == [
        ("一", 1, "新建户厕60户", [("甲村委会", "responsible"), ("镇农业办", "responsible")]),
        ("一", 2, "清理沟渠淤泥", [("甲村委会", "responsible")]),
        ("二", 3, "整治背街小巷", [("乙社区居委会", "responsible"), ("镇执法队", "responsible")]),
    ]


def test_one_cell_per_line_project_list_with_an_amount_column():
    """A district's 民生实事 list names its projects with their scale and money: 总投资（万元） is a column of amounts,
    kept in the row's text; the header goes on past it to the people, the units and the date."""
    text = "\n".join([
        "某区民生实事项目清单", "序号", "项目名称", "建设内容及规模", "总投资（万元）", "责任领导", "责任单位", "完成时限",
        "1", "新建幼儿园", "新建公办幼儿园3所。", "12000", "王某", "区教育局", "9月底前",
        "2", "老旧小区改造", "改造老旧小区20个。", "8000", "李某", "区住建局、相关街道", "12月底前",
    ])
    assert header_kind("总投资（万元）") == header_kind("年度计划投资") == "extra"
    assert reading(text) == [
        ("", 1, "新建幼儿园", [("区教育局", "responsible")]),
        ("", 2, "老旧小区改造", [("区住建局", "responsible"), ("相关街道", "responsible")]),
    ]


def test_a_total_row_is_no_task_in_any_layout():
    """Project and fund tables sum their rows: 合计 under the header or at the foot, 小计 closing a group, the word in
    the 序号 or the first cell and the sums in the figure columns. It is no task and opens no section; flattened one
    cell per line, its figures are not taken for the next row's 序号 (nor its word for a row's start)."""
    lines = "\n".join([
        "某县项目计划", "序号", "项目名称", "建设内容", "资金（万元）", "实施单位", "主管部门", "完成时限",
        "合计", "2个", "250",
        "1", "柳溪村水渠修缮", "修缮水渠2公里", "150", "柳溪镇人民政府", "县水利局", "2025年10月底",
        "2", "桃岭村道路硬化", "硬化道路1.5公里", "100", "桃岭乡人民政府", "县交通运输局", "2025年11月底",
    ])
    assert reading(lines) == [
        ("", 1, "柳溪村水渠修缮", [("县水利局", "responsible"), ("柳溪镇人民政府", "implement")]),
        ("", 2, "桃岭村道路硬化", [("县交通运输局", "responsible"), ("桃岭乡人民政府", "implement")]),
    ]
    (plan_text,) = read_bytes(lines.encode("utf-8"), "table.txt")
    assert any("'合计 | 2个 | 250' is a total" in message for _, message in plan_text.notes)
    pipes = "\n".join([
        "某区改造计划", "一、改造项目", "序号|小区名称|实施主体|完成时限",
        "南苑区（2个）",
        "1|棉纺厂宿舍|南苑街道办事处|2025年10月",
        "2|机修厂小区|南苑区住房和城乡建设局|2025年9月",
        "小计|2个|—|—",
        "北湖区（1个）",
        "3|湖畔新村|北湖街道办事处|2025年11月",
        "合计|3个|—|—",
    ])
    assert [(number, title) for _, number, title, _ in reading(pipes)] == [(1, "棉纺厂宿舍"), (2, "机修厂小区"), (3, "湖畔新村")]
    grouped = "\n".join([
        "某省抽查计划",
        "| 序号 | 产品类别 | 产品名称 | 抽查批次 | 牵头处室 | 完成时间 |",
        "| 一 | 日用消费品 | | | | |",
        "| 1 | | 儿童推车 | 50 | 产品质量监督处 | 2025年9月30日前 |",
        "| | 合计 | 1种 | 50 | | |",
    ])
    assert reading(grouped) == [("一", 1, "儿童推车", [("产品质量监督处", "lead")])]
    assert sections(grouped) == [("一", "日用消费品")]


_INVESTMENT_HEAD = ["序号", "项目名称", "总投资", "计划投资", "项目业主", "主管部门", "包抓领导"]
_INVESTMENT_ROWS = ["1", "甲路改造工程", "3000", "1200", "县交通投资公司", "县交通运输局", "王某",
                 "2", "乙桥新建工程", "2000", "800", "石门镇人民政府", "县交通运输局、县财政局", "李某"]


def test_a_total_or_group_row_written_in_full_one_cell_a_line_keeps_the_table_going():
    """A 投资计划 table saved from Word one cell a line writes its 合计 row and each category's row in full: the word,
    the sums in the figure columns, every other cell an empty line. The empty lines are the row's cells, not the
    table's end: the rows under it are read, a category row heading its section."""
    grouped = ["某县2026年政府投资项目计划", *_INVESTMENT_HEAD, "一、交通项目（2个）", "", "5000", "2000", "", "", "",
               *_INVESTMENT_ROWS]
    expected = [(1, "甲路改造工程", [("县交通运输局", "responsible")]),
                (2, "乙桥新建工程", [("县交通运输局", "responsible"), ("县财政局", "responsible")])]
    assert [row[1:] for row in reading("\n".join(grouped))] == expected
    assert sections("\n".join(grouped)) == [("一", "交通项目（2个）")]
    total = ["某县2026年政府投资项目计划", *_INVESTMENT_HEAD, "合计", "", "5000", "2000", "", "", "", *_INVESTMENT_ROWS]
    assert [row[1:] for row in reading("\n".join(total))] == expected


def test_a_measure_caption_above_a_header_one_cell_a_line_is_no_column():
    """单位：万元 above a project list's header states the measure of its figures: no column. Taken for one, the header
    opened a line early, and the header printed again after a page break no longer matched it."""
    assert header_kind("单位：万元") is None and header_kind("金额单位：亿元") is None
    assert header_kind("总投资（万元）") == "extra"
    text = "\n".join(["某县2026年政府投资项目计划", "单位：万元", *_INVESTMENT_HEAD, *_INVESTMENT_ROWS[:7],
                      "", "— 5 —", "", *_INVESTMENT_HEAD, *_INVESTMENT_ROWS[7:]])
    assert reading(text) == [
        ("", 1, "甲路改造工程", [("县交通运输局", "responsible")]),
        ("", 2, "乙桥新建工程", [("县交通运输局", "responsible"), ("县财政局", "responsible")]),
    ]


def test_a_class_in_the_number_column_beside_a_count_and_sums_is_a_group_row():
    """A project list exported from a spreadsheet writes each class's row in the rows' own columns: the class under
    序号, how many projects under 项目名称, the sum under 投资 (产业类 | 2个 | | 7000). It heads a section, titled as the
    outline form writes it, and is no task: its empty unit cells take nothing from the row above. A 合计 row stays a
    total; a row whose 序号 cell holds words beside a project's text is still no group."""
    text = "\n".join([
        "序号\t项目名称\t建设内容\t年度计划投资（万元）\t包联县领导\t责任单位\t时间节点",
        "合计\t3个\t\t9000",
        "产业类\t2个\t\t7000",
        "1\t甲项目\t建设厂房\t5000\t刘某\t县工业和信息化局、县自然资源局（配合）\t3月开工",
        "2\t乙项目\t建设冷库\t2000\t何某\t县商务局\t4月开工",
        "民生类\t1项\t\t2000",
        "3\t丙项目\t建设学校\t2000\t孙某\t县教育局\t5月开工",
    ])
    assert sections(text) == [("一", "产业类（2个）"), ("二", "民生类（1项）")]
    assert reading(text) == [
        ("一", 1, "甲项目", [("县工业和信息化局", "responsible"), ("县自然资源局", "support")]),
        ("一", 2, "乙项目", [("县商务局", "responsible")]),
        ("二", 3, "丙项目", [("县教育局", "responsible")]),
    ]
    worded = "\n".join([
        "序号\t项目名称\t建设内容\t年度计划投资（万元）\t责任单位\t时间节点",
        "1\t甲项目\t建设厂房\t5000\t县工业和信息化局\t3月开工",
        "续建\t乙项目\t建设冷库\t2000\t县商务局\t4月开工",
    ])
    assert [title for _, _, title, _ in reading(worded)][:1] == ["甲项目"]
    assert not [title for _, title in sections(worded) if "续建" in title]


def test_one_cell_per_line_a_group_rows_amount_on_its_own_line_is_no_row_number():
    """A fund plan's group row carries the group's amount (一、产业发展类项目（2个） | 250); flattened one cell per line
    the amount stands on the line after the group's title, before its first row's 序号. A number followed by another
    number is that figure, not the next row's start; a page's group row followed straight by its row (二、… / 3 /
    text) still starts the row."""
    text = "\n".join([
        "某县项目计划", "序号", "项目名称", "建设内容", "资金（万元）", "实施单位", "主管部门", "完成时限",
        "一、产业发展类项目（2个）", "250",
        "1", "柳溪村茶园改造", "改造茶园300亩", "150", "柳溪镇人民政府", "县农业农村局", "2025年10月底",
        "2", "桃岭村冷库建设", "新建冷库800立方米", "100", "桃岭乡人民政府", "县商务局", "2025年9月底",
        "二、就业项目（1个）", "3",
        "3", "务工交通补助", "补助务工人员200人", "3", "县人力资源和社会保障局", "县人力资源和社会保障局", "2025年12月底",
        "三、其他项目（1个）",
        "4", "项目管理费", "项目前期工作", "20", "县财政局", "县财政局", "2025年12月底",
    ])
    assert [(section, number, title) for section, number, title, _ in reading(text)] == [
        ("一", 1, "柳溪村茶园改造"), ("一", 2, "桃岭村冷库建设"), ("二", 3, "务工交通补助"), ("三", 4, "项目管理费")]
    assert reading(text)[0][3] == [("县农业农村局", "responsible"), ("柳溪镇人民政府", "implement")]
    pipes = "\n".join([
        "某县项目计划", "序号|项目名称|资金（万元）|实施单位|完成时限",
        "一、产业发展类项目||250||",
        "1|柳溪村茶园改造|250|柳溪镇人民政府|2025年10月底",
    ])
    assert sections(pipes) == [("一", "产业发展类项目")]
    assert [(number, title) for _, number, title, _ in reading(pipes)] == [(1, "柳溪村茶园改造")]


def test_one_cell_per_line_a_place_column_whose_cells_read_as_units_keeps_the_row_in_its_columns():
    """A project list names where each project is built (建设地点): a village under its town, 全县, 各乡镇 read as
    bodies' names. A row with as many cells as columns whose unit columns hold units and whose date column holds a
    date is taken as the header lays it out: the place stays in the row's text, never a unit, and the units keep
    their columns."""
    text = "\n".join([
        "某县项目计划", "序号", "项目名称", "建设地点", "建设内容", "资金（万元）", "实施单位", "主管部门", "完成时限",
        "1", "柳溪村茶园改造", "柳溪镇柳溪村", "改造茶园300亩", "150", "柳溪镇人民政府", "县农业农村局", "2025年10月底",
        "2", "农村供水维修", "全县", "维修供水工程20处", "80", "县水利局", "县水利局", "2025年12月底",
        "3", "产业到户奖补", "各乡镇", "奖补种养户500户", "60", "各乡镇人民政府", "县农业农村局", "2025年11月底",
    ])
    assert reading(text) == [
        ("", 1, "柳溪村茶园改造", [("县农业农村局", "responsible"), ("柳溪镇人民政府", "implement")]),
        ("", 2, "农村供水维修", [("县水利局", "responsible"), ("县水利局", "implement")]),
        ("", 3, "产业到户奖补", [("县农业农村局", "responsible"), ("各乡镇人民政府", "implement")]),
    ]
    (plan_text,) = read_bytes(text.encode("utf-8"), "table.txt")
    assert "建设地点:柳溪镇柳溪村" in plan_text.lines[1]


def test_a_project_list_s_location_column_keeps_the_table_and_names_no_unit():
    """A project list names the street or town each project lies in (所在街道, 所属街道, 项目所在地) after its name: a
    site, as 建设地点 is, kept in the row's text. Before, the column named nothing: the table was not read, its cells
    left as lines (and where more columns followed, a header run started past it cut the rows out of line)."""
    cells = "\n".join([
        "某区改造项目计划表", "序号", "项目名称", "所在街道", "实施主体", "责任单位", "计划完工时间",
        "1", "梧桐苑小区改造", "东湖街道", "东湖街道办事处", "区住房城乡建设局", "2025年11月",
        "2", "棉纺厂宿舍改造", "西岭街道", "西岭街道办事处", "区住房城乡建设局", "2025年12月",
    ])
    assert reading(cells) == [
        ("", 1, "梧桐苑小区改造", [("区住房城乡建设局", "responsible"), ("东湖街道办事处", "implement")]),
        ("", 2, "棉纺厂宿舍改造", [("区住房城乡建设局", "responsible"), ("西岭街道办事处", "implement")]),
    ]
    (plan_text,) = read_bytes(cells.encode("utf-8"), "table.txt")
    assert "所在街道:东湖街道" in plan_text.lines[1]
    spaced = "\n".join([
        "某区改造项目计划表", "序号 项目名称 项目所在地 实施主体 责任单位 计划完工时间",
        "1 梧桐苑小区改造 东湖街道 东湖街道办事处 区住房城乡建设局 2025年11月",
        "2 棉纺厂宿舍改造 西岭街道 西岭街道办事处 区住房城乡建设局 2025年12月",
    ])
    assert [units for _, _, _, units in reading(spaced)] == [
        [("区住房城乡建设局", "responsible"), ("东湖街道办事处", "implement")],
        [("区住房城乡建设局", "responsible"), ("西岭街道办事处", "implement")],
    ]


def test_one_cell_per_line_a_row_that_lost_its_merged_cells_names_hospital_departments():
    """A hospital's task table merges 工作任务 (and here 完成时限 too) down each group, so later rows lose those cells;
    their unit cell, naming departments by their field (院感管理科, 急诊医学科), still reads as units and takes its column,
    not the row above's units carried down."""
    text = "\n".join([
        "序号", "工作任务", "具体措施", "责任科室", "完成时限",
        "1", "加强院感防控", "落实手卫生规范。", "院感管理科、急诊医学科", "长期坚持",
        "2", "加强病历质控。", "病案管理科、医务部", "每月",
    ])
    assert [units for _, _, _, units in reading(text)] == [
        [("院感管理科", "responsible"), ("急诊医学科", "responsible")],
        [("病案管理科", "responsible"), ("医务部", "responsible")],
    ]


def test_one_cell_per_line_a_row_that_lost_its_merged_task_cell_and_wrapped_a_unit_cell_is_not_read_shifted():
    """重点任务 merged down its group is printed on the group's first row only; a later row whose 配合单位 wrapped after a
    、 has as many lines as columns again. Its 牵头单位 under the 具体任务 column is no task: the wrapped cell's lines are
    one cell and the row is short of the merged cell, its task the 具体任务 (not a row titled by its lead)."""
    text = "\n".join([
        "序号", "重点任务", "具体任务", "牵头单位", "配合单位", "完成时限",
        "1", "完善停车网络", "编制停车设施规划", "市交通局", "市规划局", "2025年底前",
        "2", "建设乡镇停车场", "市交通局", "市农业局、市商务局、", "某县供电公司", "2026年底前",
        "3", "改造老旧停车场", "推行智能收费", "市城管局", "市财政局", "2026年底前",
    ])
    assert reading(text) == [
        ("一", 1, "编制停车设施规划", [("市交通局", "lead"), ("市规划局", "support")]),
        ("一", 2, "建设乡镇停车场", [("市交通局", "lead"), ("市农业局", "support"), ("市商务局", "support"),
                                 ("某县供电公司", "support")]),
        ("二", 3, "推行智能收费", [("市城管局", "lead"), ("市财政局", "support")]),
    ]


def test_one_cell_per_line_in_blocks_a_task_cell_wrapped_over_lines_stays_one_cell():
    """pdftotext without -layout copies a table one cell a block, blank lines between the cells: a task cell wrapped at
    its column's edge comes out as two lines of one block (…考核 / 迎检, …实 / 施细则). The line under the task line is
    the task's words, not a cell of the unit column after it, nor the head of the first unit's name (迎检耕保处)."""
    text = "\n\n".join([
        "序号", "重点工作任务", "责任处室", "分管领导", "完成时限",
        "1", "完成某县国土空间规划\n报批", "规划处\n法规处", "李某某", "6月底前",
        "2", "完成年度耕地保护考核\n迎检", "耕保处", "赵某某", "4月底前",
        "3", "出台占补平衡新机制实\n施细则", "耕保处\n用途管制处", "赵某某", "9月底前",
    ])
    assert reading(text) == [
        ("", 1, "完成某县国土空间规划报批", [("规划处", "responsible"), ("法规处", "responsible")]),
        ("", 2, "完成年度耕地保护考核迎检", [("耕保处", "responsible")]),
        ("", 3, "出台占补平衡新机制实施细则", [("耕保处", "responsible"), ("用途管制处", "responsible")]),
    ]


def test_one_cell_per_line_a_unit_cell_written_with_role_verbs_in_a_row_that_lost_its_merged_cell():
    """Rows after a group's first lose its merged 工作任务 cell; a unit cell written with the roles' verbs (X牵头，Y落实)
    still reads as units and takes the unit column, its verbs saying the roles; a measure opening with a verb of
    setting up (成立网络安全专班负责, in a row that lost its merged 完成时限) is no unit cell."""
    text = "\n".join([
        "序号", "工作任务", "具体措施", "责任科室", "完成时限",
        "1", "强化制度执行", "修订查对制度细则。", "质控办、护理部", "2025年4月底前",
        "2", "开展制度执行专项检查。", "质控办牵头，各病区落实", "每季度",
        "3", "加强网络安全", "成立网络安全专班负责", "信息科",
    ])
    assert [units for _, _, _, units in reading(text)] == [
        [("质控办", "responsible"), ("护理部", "responsible")],
        [("质控办", "lead"), ("各病区", "implement")],
        [("信息科", "responsible")],
    ]


def test_a_numbered_note_under_a_table_followed_by_the_colophon_is_no_task():
    """A 兑现清单's note under the table, 注：1.… / 2.…, and the colophon after it: the note's 2. is no task (tabs and
    one cell per line alike)."""
    note = ["注：1.“即申即享”指企业申报后即时兑现。", "2.联系人如有变动，由牵头单位及时更新。", "抄送：市委各部门。"]
    tabs = "\n".join([
        "某市政策兑现清单", "序号\t政策条款\t兑现方式\t牵头单位",
        "1\t支持技术改造。对技改项目给予补助。\t竞争性评审\t市工业和信息化局",
        "2\t发放消费券。分批发放消费券。\t直达快享\t市商务局", *note,
    ])
    lines = "\n".join([
        "某市政策兑现清单", "序号", "政策条款", "兑现方式", "牵头单位",
        "1", "支持技术改造。对技改项目给予补助。", "竞争性评审", "市工业和信息化局",
        "2", "发放消费券。分批发放消费券。", "直达快享", "市商务局", *note,
    ])
    for text in (tabs, lines):
        assert reading(text) == [("", 1, "支持技术改造", [("市工业和信息化局", "lead")]),
                                 ("", 2, "发放消费券", [("市商务局", "lead")])]


def test_a_note_under_a_table_whose_first_point_runs_onto_a_second_line_keeps_its_later_points():
    """注：1.表中单位简称如下： over the line that gives them, then 2. 3.: the point stopping on its colon runs on to the
    unnumbered line under it, so 2. and 3. are still the note's points, no tasks repeating the table's numbers."""
    note = ["注：1.表中单位简称如下：", "甲委为县甲发展委，乙局为县乙商务局。", "2.牵头单位有多个的，均为牵头单位。",
            "3.未列明的单位以全称标注。"]
    text = "\n".join(["某县重点任务分工表", "序号\t重点任务\t牵头单位\t配合单位",
                      "1\t扩大有效投资\t县甲发展委\t县丙财政局", "2\t促进消费回升\t县乙商务局\t县丙财政局",
                      "3\t稳定外贸外资\t县乙商务局\t县丙财政局", "", *note])
    assert [(number, title) for _, number, title, _ in reading(text)] == [
        (1, "扩大有效投资"), (2, "促进消费回升"), (3, "稳定外贸外资")]


@pytest.mark.parametrize("point", [["注：1.活动地点如下：", "东湖公园、南山绿道。"],
                                   ["注：1.活动安排在4月上旬，", "具体时间另行通知。"]])
def test_a_note_in_the_body_whose_point_runs_on_gives_the_plans_next_number_back_to_its_tasks(point):
    """A note under task 1 whose point stops on its colon or comma runs onto the next line; the 2. after it goes on
    with the note's points and with the plan's tasks alike. Under a table the note keeps it (the test above); in the
    body the plan's task 2 is waiting: the item is the task, and 3. follows it without a gap."""
    text = "\n".join(["某县春季绿化行动方案", "一、工作任务", "1.开展植绿活动。县甲局牵头，各乡镇负责组织实施。", *point,
                      "2.抓好苗木供应。县甲局负责苗木调运。", "3.加强后期管护。各乡镇负责新植苗木管护。"])
    assert [(number, title) for _, number, title, _ in reading(text)] == [
        (1, "开展植绿活动"), (2, "抓好苗木供应"), (3, "加强后期管护")]


def test_a_place_column_beside_the_work_is_kept_as_text_and_a_whole_row_joins_no_cells():
    """整治路段（区域） / 整治区域 / 具体位置 name where the work is done: a place, kept in the row's text, no column the
    header drops. Each row then has as many lines as columns, so no cell wrapped: the work's cell over the street's
    office (整治流动摊贩 / 南街街道) is two cells, though joined they would end as a body's name does."""
    text = "\n".join([
        "某区重点路段整治任务表", "序号", "整治路段（区域）", "整治内容", "责任单位", "配合单位", "完成时限",
        "1", "南大街", "整治流动摊贩", "南街街道", "区城管局、区市场监管局", "5月底前",
        "2", "北环路", "户外广告设施整治", "北环街道", "区城管局", "9月底前",
    ])
    assert [(number, units) for _, number, _, units in reading(text)] == [
        (1, [("南街街道", "responsible"), ("区城管局", "support"), ("区市场监管局", "support")]),
        (2, [("北环街道", "responsible"), ("区城管局", "support")])]
    assert header_kinds(["序号", "整治区域", "整治内容", "责任单位"])[1] == "extra"


def test_a_note_under_a_table_naming_who_proposes_changes_is_no_unit_of_the_last_row():
    """注：项目如有调整，由X提出，报县政府同意后另行通知。 under a 包保责任表: a word on the whole table (its closing), not
    a duty of the last row; X names no unit of that row (rules.is_note_on_the_lists)."""
    text = "\n".join([
        "某县2025年重点项目包保责任表", "序号\t项目名称\t包保县领导\t牵头单位\t责任单位\t完成时限",
        "1\t新能源产业园项目\t陈志远\t县发展改革局\t县自然资源局\t2025年12月底",
        "2\t物流园项目\t陈志远\t县商务局\t县交通运输局\t2025年12月底",
        "注：项目如有调整，由县重点项目建设服务中心提出，报县政府同意后另行通知。",
    ])
    assert reading(text) == [("", 1, "新能源产业园项目", [("县发展改革局", "lead"), ("县自然资源局", "responsible")]),
                             ("", 2, "物流园项目", [("县商务局", "lead"), ("县交通运输局", "responsible")])]


@pytest.mark.parametrize("note", ["$^{2}$ 县丙局负责统筹，各配合单位按职责分工负责。",
                                  "[^2]: 县丙局负责统筹，各配合单位按职责分工负责。"])
def test_a_footnote_under_a_table_is_no_unit_of_the_last_row(note):
    """A converter's footnote definition under a table ($^{2}$ … as marker / MinerU write it, [^2]: … in Markdown) is
    the page's note on a mark in the table, as 注：… is: its names are no units of the last row (before: `$^{2}$ 县丙局`
    lead and 各配合单位 responsible were read into row 2)."""
    text = "\n".join([
        "某县2025年便民服务任务分工表",
        "<table><tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th></tr>",
        "<tr><td>1</td><td>建设便民网点</td><td>县甲局</td><td>县乙局</td></tr>",
        "<tr><td>2</td><td>完善便民服务</td><td>县丙局$^{2}$</td><td>县丁局</td></tr></table>", "", note])
    assert reading(text) == [("", 1, "建设便民网点", [("县甲局", "lead"), ("县乙局", "support")]),
                             ("", 2, "完善便民服务", [("县丙局", "lead"), ("县丁局", "support")])]


def _table_over_a_page_break(lead_above: str, lead_below: str = "", other_lead: str = "县丁局") -> str:
    """A 分工表 a converter wrote as two <table>s, one a page, the header repeated, `— 3 —` between."""
    head = "<table><tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th></tr>"
    return "\n".join([
        "某县2025年便民服务任务分工表",
        head + "<tr><td>1</td><td>建设便民网点</td><td>县甲局</td><td>县乙局</td></tr>",
        f"<tr><td>2</td><td>改造农贸市场</td>{lead_above}<td>县丙局</td></tr></table>", "", "— 3 —", "",
        head + f"<tr><td>3</td><td>完善便民服务</td><td>{lead_below}</td><td>县戊局</td></tr>",
        f"<tr><td>4</td><td>规范早夜市</td><td>{other_lead}</td><td>县乙局</td></tr></table>"])


def test_a_merged_lead_cell_running_over_a_page_break_is_carried_under_the_repeated_header():
    """A lead cell merged down rows that run over the page's foot prints on the first page only: the converter closes
    its rowspan at the first part's last row and leaves row 3's lead empty under the repeated header. Read as the
    merged cell is within a page, 3 takes 县丙局 (before: no lead)."""
    merged = '<td rowspan="2">县丙局</td>'
    assert reading(_table_over_a_page_break(merged))[2] == ("", 3, "完善便民服务", [("县丙局", "lead"), ("县戊局", "support")])
    # the cell above is a cell of its own row, or another row leaves its lead empty: no lead, and the reader says so
    for above, other in (("<td>县丙局</td>", "县丁局"), (merged, "")):
        text = _table_over_a_page_break(above, other_lead=other)
        assert reading(text)[2] == ("", 3, "完善便民服务", [("县戊局", "support")])
        (plan_text,) = read_bytes(text.encode("utf-8"), "table.txt")
        assert any("page break" in message and "县丙局" in message for _, message in plan_text.notes)
    # a lead of its own under the repeated header is the row's, and nothing is said
    text = _table_over_a_page_break(merged, lead_below="县丁局")
    assert reading(text)[2] == ("", 3, "完善便民服务", [("县丁局", "lead"), ("县戊局", "support")])
    (plan_text,) = read_bytes(text.encode("utf-8"), "table.txt")
    assert not any("page break" in message for _, message in plan_text.notes)


def test_one_cell_per_line_a_task_cell_wrapped_over_two_lines_near_the_top_keeps_the_rows():
    """A row whose text cell wrapped onto a second line has as many lines as columns before its last cell; that cell
    (a 兑现方式, a phone number), after the row's units and before the next 序号, is the row's, not a heading row over
    the next one (which dropped the rows above it)."""
    for last in (["即申即享", "依申请兑现", "直达快享"], ["0797-8123401", "0797-8123402", "0797-8123403"]):
        text = "\n".join([
            "某市惠企政策兑现清单", "序号", "政策条款", "牵头单位", "兑现方式",
            "1", "支持技术改造。对技改项目给予补助。", "市工业和信息化局", last[0],
            "2", "推行“拿地即开工”。", "对社会投资项目实行分阶段审批。", "市住房城乡建设局", last[1],
            "3", "发放消费券。分批发放消费券。", "市商务局", last[2],
        ])
        assert reading(text) == [
            ("", 1, "支持技术改造", [("市工业和信息化局", "lead")]),
            ("", 2, "推行“拿地即开工”", [("市住房城乡建设局", "lead")]),
            ("", 3, "发放消费券", [("市商务局", "lead")]),
        ]


def test_one_cell_per_line_with_columns_saying_how_big_and_to_what_standard():
    """建设规模 / 验收标准 say what a row is beside its task: columns of text no unit word names, the header going on
    past them; 镇（街道） before the task groups the rows as a place does."""
    assert [header_kind(c) for c in ("建设规模", "验收标准", "建设年限", "镇（街道）")] == ["extra", "extra", "extra", "group"]
    text = "\n".join([
        "某县重点民生项目清单", "序号", "项目名称", "建设规模", "验收标准", "责任单位", "完成时限",
        "1", "建设口袋公园", "新建口袋公园8处", "通过专家验收", "县住建局、城关镇", "9月底前",
        "2", "改造农贸市场", "改造农贸市场2个", "达到省级示范标准", "县商务局", "12月底前",
    ])
    assert reading(text) == [
        ("", 1, "建设口袋公园", [("县住建局", "responsible"), ("城关镇", "responsible")]),
        ("", 2, "改造农贸市场", [("县商务局", "responsible")]),
    ]


def test_one_cell_per_line_quantity_columns_of_a_breakdown_go_on_in_the_header():
    """A 任务分解表 hands quantities down to towns under a figure column: 建设面积, 任务量, or any word with its measure in
    brackets (目标任务（万亩）, 资金（万元）). Each holds a figure per row, no task nor body, and the header goes on past it:
    stopping there cut every row at the wrong width (0.30 read as a unit, the towns as units)."""
    assert [header_kind(c) for c in ("建设面积（万亩）", "目标任务（万亩）", "新建里程（公里）", "任务量", "种植面积")] == [
        "extra"] * 5
    assert [header_kind(c) for c in ("目标任务", "责任单位（个）")] == ["task", "responsible"]
    for figures in ("建设面积（万亩）", "目标任务（万亩）", "任务量"):
        text = "\n".join([
            "某县高标准农田建设任务分解表", "序号", "乡镇", figures, "项目区", "责任单位", "监管单位",
            "1", "东镇", "0.30", "东镇北片区", "东镇人民政府", "县农业农村局",
            "2", "西乡", "0.20", "西乡南片区", "西乡人民政府", "县农业农村局、县水利局",
        ])
        assert [(number, title, units) for _, number, title, units in reading(text)] == [
            (1, "东镇北片区", [("东镇人民政府", "responsible"), ("县农业农村局", "support")]),
            (2, "西乡南片区", [("西乡人民政府", "responsible"), ("县农业农村局", "support"), ("县水利局", "support")]),
        ], figures


def test_one_cell_per_line_figure_column_over_sub_columns_of_figures():
    """A 分解表 splits the quantity it hands down (建设规模（万亩） over 新建 / 改造提升), the two header rows pasted one cell
    per line: the lower row's words after the upper row's cells are the figure column's sub-columns, no group heading,
    and each row holds a figure under each."""
    text = "\n".join([
        "某县高标准农田建设任务分解表", "序号", "乡镇", "建设规模（万亩）", "项目区", "责任单位", "监管单位", "新建", "改造提升",
        "1", "东镇", "0.30", "0.10", "东镇北片区", "东镇人民政府", "县农业农村局",
        "2", "西乡", "0.20", "0.05", "西乡南片区", "西乡人民政府", "县农业农村局、县水利局",
    ])
    assert [(number, title, units) for _, number, title, units in reading(text)] == [
        (1, "东镇北片区", [("东镇人民政府", "responsible"), ("县农业农村局", "support")]),
        (2, "西乡南片区", [("西乡人民政府", "responsible"), ("县农业农村局", "support"), ("县水利局", "support")]),
    ]
    assert not {"新建", "改造提升"} & {title for _, title in sections(text)}  # the sub-columns head no group of rows


def test_one_cell_per_line_progress_report_on_a_project_list():
    """A district reports on its 民生实事 month by month, the list's columns followed by what was done
    (1-10月推进情况, 是否达序): columns of text, the header going on past them to the rows."""
    assert [header_kind(c) for c in ("1-10月推进情况", "完成情况", "是否达序")] == ["extra", "extra", "extra"]
    text = "\n".join([
        "某区民生实事项目推进情况", "序号", "主要任务", "牵头单位", "配合单位", "1-10月推进情况", "是否达序",
        "1", "改造背街小巷50条。", "区城管局", "相关街道", "已完成30%。", "是",
        "2", "新建垃圾中转站8个。", "区城管局", "区住建局", "已建成3个。", "否",
    ])
    assert reading(text) == [
        ("", 1, "改造背街小巷50条", [("区城管局", "lead"), ("相关街道", "support")]),
        ("", 2, "新建垃圾中转站8个", [("区城管局", "lead"), ("区住建局", "support")]),
    ]


def test_a_people_cell_naming_cadres_collectively_stays_in_its_column():
    """各包村干部 opens as a collective of bodies does (各…), but 干部 names people: a row that lost its place cell
    keeps the cadres under 包村干部, not among the units."""
    text = "\n".join([
        "某镇整治任务清单", "序号", "村（社区）", "整治任务", "包村领导", "包村干部", "责任单位", "完成时限",
        "1", "全镇", "回收废旧农膜。", "周某", "各包村干部", "镇农业办、镇供销社", "12月底前",
        "2", "建立保洁员队伍。", "王某", "各包村干部", "镇财政所", "4月底前",
    ])
    assert "包村干部:各包村干部(责任单位:镇财政所;" in find_pasted_tables(text)
    assert reading(text) == [
        ("一", 1, "回收废旧农膜", [("镇农业办", "responsible"), ("镇供销社", "responsible")]),
        ("一", 2, "建立保洁员队伍", [("镇财政所", "responsible")]),
    ]


MERGED = """市2025年营商环境优化重点任务分工
序号
重点任务
具体措施
牵头单位
配合单位
完成时限
1
优化政务服务
推行企业开办一日办结
市数据局
市市场监管局
6月底前
扩大跨省通办事项范围
市数据局
市公安局、市人社局
年底前
2
降低企业成本
落实减税降费政策
市税务局
市财政局
持续推进"""

MERGED_READING = [
    ("", 1, "优化政务服务", [("市数据局", "lead"), ("市市场监管局", "support"), ("市公安局", "support"),
                        ("市人社局", "support")]),
    ("", 2, "降低企业成本", [("市税务局", "lead"), ("市财政局", "support")]),
]


def test_one_cell_per_line_numbered_task_merged_over_several_measures():
    # the second measure of task 1 lost its merged 序号 and 重点任务 cells: it ends, like every
    # row, with its 完成时限, and its units join task 1; a layout that drops merged cells wrote 市数据局 again in the
    # row's own cell: it leads this measure too (the tab-separated table below leaves it empty: merged, once)
    (first, *rest) = MERGED_READING
    assert reading(MERGED) == [(*first[:3], first[3][:2] + [("市数据局", "lead")] + first[3][2:]), *rest]
    line = find_pasted_tables(MERGED).split("\n")[1]
    assert line.startswith("1.优化政务服务。推行企业开办一日办结。扩大跨省通办事项范围(")
    assert "完成时限:年底前" in line


def test_tabs_numbered_task_merged_over_several_measures():
    text = "\n".join(["市2025年营商环境优化重点任务分工",
                      "序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限",
                      "1\t优化政务服务\t推行企业开办一日办结\t市数据局\t市市场监管局\t6月底前",
                      "\t\t扩大跨省通办事项范围\t\t市公安局、市人社局\t年底前",
                      "2\t降低企业成本\t落实减税降费政策\t市税务局\t市财政局\t持续推进"])
    assert reading(text) == MERGED_READING


def test_one_cell_per_line_with_number_and_task_on_one_line():
    text = "\n".join(["县消防安全工作任务分工", "序号", "重点任务", "牵头单位", "配合单位", "完成时限",
                      "1.开展高层建筑消防检查", "县消防救援大队", "县住房城乡建设局", "年底前",
                      "2.整治出租屋消防隐患", "县消防救援大队", "无", "6月底前", "以上任务纳入年度考核。"])
    assert reading(text) == [
        ("", 1, "开展高层建筑消防检查", [("县消防救援大队", "lead"), ("县住房城乡建设局", "support")]),
        ("", 2, "整治出租屋消防隐患", [("县消防救援大队", "lead")]),
    ]


def test_one_cell_per_line_without_numbers_rows_end_at_their_deadline():
    text = "\n".join(["重点任务", "责任单位", "配合单位", "完成时间",
                      "健全河湖巡查制度", "市水利局", "各区人民政府", "3月底前",
                      "清理河道垃圾", "市城管局", "年底前",  # no 配合单位
                      "建设滨水绿道", "市住房城乡建设局", "市自然资源局", "2026年6月"])
    lines = find_pasted_tables(text).split("\n")
    assert lines == [
        "1.健全河湖巡查制度(责任单位:市水利局;配合单位:各区人民政府;完成时限:3月底前)",
        "2.清理河道垃圾(责任单位:市城管局;完成时限:年底前)",
        "3.建设滨水绿道(责任单位:市住房城乡建设局;配合单位:市自然资源局;完成时限:2026年6月)",
    ]


def test_one_cell_per_line_source_column_before_the_number():
    text = "\n".join(["重点民生任务清单", "任务来源", "序号", "工作任务", "牵头单位", "配合单位", "完成时限",
                      "《市政府工作报告》",  # merged over rows 1 and 2: shown before row 1 only
                      "1", "新建公办幼儿园3所", "市教育局", "市财政局", "8月底前",
                      "2", "改造老旧小区20个", "市住房城乡建设局", "各区人民政府", "年底前",
                      "《市委全会报告》",
                      "3", "新增城市绿道50公里", "市园林局", "无", "年底前",
                      "以上任务每月调度。"])
    assert reading(text) == [
        ("", 1, "新建公办幼儿园3所", [("市教育局", "lead"), ("市财政局", "support")]),
        ("", 2, "改造老旧小区20个", [("市住房城乡建设局", "lead"), ("各区人民政府", "support")]),
        ("", 3, "新增城市绿道50公里", [("市园林局", "lead")]),
    ]
    lines = find_pasted_tables(text).split("\n")
    assert lines[1].startswith("1.新建公办幼儿园3所。任务来源:《市政府工作报告》(")
    assert lines[3].startswith("3.新增城市绿道50公里。任务来源:《市委全会报告》(")
    assert lines[4] == "以上任务每月调度。"


# ---------------------------------------------------------------- a | line between cells

BARS = """区应急体系建设三年行动任务表
序号
|
工作任务
|
分年度目标
|
牵头
单位
|
参与单位
|
2024年
|
2025年
|
一
|
完善基层应急体系
|
1
|
建设乡镇应急服务站
|
建成20个。
|
建成40个。
|
区应急局
|
各街道办事处
|
2
|
开展应急演练
|
每年组织两次综合演练。
|
区应急局
|
区消防救援大队、区卫生健康局
|
3
|
更新应急物资储备
|
完成年度采购"""


def test_cells_between_bar_lines_two_row_header_merged_target_and_a_cut_row():
    assert sections(BARS) == [("一", "完善基层应急体系")]
    assert reading(BARS) == [
        ("一", 1, "建设乡镇应急服务站", [("区应急局", "lead"), ("各街道办事处", "support")]),
        # the target merged over both years left two cells out; the units still land in their columns
        ("一", 2, "开展应急演练", [("区应急局", "lead"), ("区消防救援大队", "support"), ("区卫生健康局", "support")]),
        # the text ends inside row 3: its unit cells are unknown, not merged from the row above
        ("一", 3, "更新应急物资储备", []),
    ]
    lines = find_pasted_tables(BARS).split("\n")
    assert lines[2].startswith("1.建设乡镇应急服务站。2024年:建成20个。2025年:建成40个")  # the targets are kept


def test_bar_lines_between_blank_lines():
    text = BARS.replace("\n|\n", "\n\n|\n\n") + "\n\n正文一段。"
    assert reading(text)[:2] == reading(BARS)[:2]
    # the text goes on after row 3, so its missing unit cells are merged ones: the lead above, and (every unit cell of
    # the row being empty) the support above with it
    assert reading(text)[2] == ("一", 3, "更新应急物资储备", [("区应急局", "lead"), ("区消防救援大队", "support"),
                                                             ("区卫生健康局", "support")])
    assert find_pasted_tables(text).split("\n")[-1] == "正文一段。"


def test_header_words_with_no_row_under_them_keep_their_text():
    text = "本方案重点任务\n牵头单位\n配合单位\n另行通知。"
    assert find_pasted_tables(text).split("\n")[-1] == "另行通知。"
    assert "本方案重点任务" in find_pasted_tables(text)


def test_bar_lines_that_hold_no_table_are_left_alone():
    text = "甲\n|\n乙\n|\n丙\n正文第一段。"
    assert find_pasted_tables(text) == text


# ---------------------------------------------------------------- .docx and HTML tables


def docx_table(tmp_path, title: str, rows: list[list[str]], merged_down: list[tuple[int, int]],
               merged_across: list[tuple[int, int, int]] = ()):
    """A .docx of a title paragraph and one table of `rows`, empty strings left unwritten, each (row, column) of
    `merged_down` merged with the cell below it, as Word merges a group's cell down its rows, and each (row, first,
    last) of `merged_across` merged over those columns (gridSpan), as a group row or a shared cell is."""
    import docx

    document = docx.Document()
    document.add_paragraph(title)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value:
                table.cell(r, c).text = value
    for r, c in merged_down:
        table.cell(r, c).merge(table.cell(r + 1, c))
    for r, first, last in merged_across:
        table.cell(r, first).merge(table.cell(r, last))
    path = tmp_path / "plan.docx"
    document.save(path)
    return path


def test_a_docx_item_cell_holding_two_running_items_is_two_tasks_sharing_the_rows_units(tmp_path):
    """测评项目 | 测评内容 | 牵头单位 | 责任单位, no 序号: the items are numbered inside the 测评内容 cells (1. 2. …), and one
    row prints two of them (3.… / 4.…) sharing its units. The run of labels goes on from the cell's last (5. below):
    the labels still number the rows, each of the two items a task with the row's units, and no title falls back
    to the 测评项目 cell."""
    path = docx_table(tmp_path, "某县文明城市创建测评任务分解表", [
        ["测评项目", "测评内容", "牵头单位", "责任单位"],
        ["公共秩序（10分）", "1.规范停车秩序。", "县公安局", "县城管局"],
        ["", "2.整治占道经营。", "县城管局", "各街道办事处"],
        ["志愿服务（10分）", "3.组建志愿服务队伍。\n4.开展志愿服务活动。", "县文明办", "团县委"],
        ["", "5.建立志愿者激励机制。", "县文明办", "县民政局"],
    ], merged_down=[(1, 0), (3, 0)])
    assert [(n, title, units) for n, title, units in docx_reading(path)] == [
        (1, "规范停车秩序", [("县公安局", "lead"), ("县城管局", "responsible")]),
        (2, "整治占道经营", [("县城管局", "lead"), ("各街道办事处", "responsible")]),
        (3, "组建志愿服务队伍", [("县文明办", "lead"), ("团县委", "responsible")]),
        (4, "开展志愿服务活动", [("县文明办", "lead"), ("团县委", "responsible")]),
        (5, "建立志愿者激励机制", [("县文明办", "lead"), ("县民政局", "responsible")]),
    ]


def test_an_items_own_points_restarting_at_1_in_its_cell_open_no_running_item(tmp_path):
    """测评内容 numbered 1. 2. 3. down the rows, no 序号; an item lists its own points under it (2.… then 1.… 2.… 3.…,
    3.… then 1.… to 4.… in the last row). Once a point starts again at or below the item's number, its 3. / 4. are
    points, not the next items: the rows keep their running numbers, each item one task holding its points."""
    path = docx_table(tmp_path, "某县文明城市创建测评任务分解表", [
        ["测评项目", "测评内容", "牵头单位", "责任单位"],
        ["秩序", "1.规范停车秩序。", "县公安局", "县城管局"],
        ["市容", "2.整治占道经营。\n1.清理流动摊点；\n2.规范店外经营；\n3.设置疏导点。", "县城管局", "各街道"],
        ["志愿", "3.组建志愿服务队伍。\n1.招募志愿者；\n2.开展培训；\n3.建立台账；\n4.表彰先进。", "县文明办", "团县委"],
    ], merged_down=[])
    assert [(n, title) for n, title, _ in docx_reading(path)] == [
        (1, "规范停车秩序"), (2, "整治占道经营"), (3, "组建志愿服务队伍")]


def test_a_cell_split_that_breaks_the_run_into_the_next_row_is_one_item(tmp_path):
    """No 序号; a 测评内容 cell runs 1.… / 2.… (an item and its measure under a colon) while the next row opens with 2.
    again: the run does not go on from the cell's 2., so the cell is one item, and the rows stay numbered by their
    first labels (1 2 3), none titled by the 测评项目 cell."""
    path = docx_table(tmp_path, "某县文明城市创建测评任务分解表", [
        ["测评项目", "测评内容", "牵头单位", "责任单位"],
        ["秩序", "1.规范停车秩序，主要措施：\n2.施划停车位和查处违停。", "县公安局", "县城管局"],
        ["市容", "2.整治占道经营。", "县城管局", "各街道"],
        ["志愿", "3.组建志愿服务队伍。", "县文明办", "团县委"],
    ], merged_down=[])
    tasks = docx_reading(path)
    assert [n for n, _, _ in tasks] == [1, 2, 3]
    assert tasks[0][1].startswith("规范停车秩序") and tasks[1][1] == "整治占道经营"


def docx_tab_stop_table(tmp_path, lines: list[tuple[str, int]]):
    """A .docx whose table is no Word table: each (text, left indent in twips) one paragraph, a tab in the text a run
    tab, the paragraphs holding tabs or an indent set with the tab stops that line their cells up (800/4800/6500/8000
    twips), as an office sets a 分解表 with the tab key."""
    import docx
    from docx.shared import Twips

    document = docx.Document()
    for text, indent in lines:
        p = document.add_paragraph()
        if "\t" in text or indent:
            for stop in (800, 4800, 6500, 8000):
                p.paragraph_format.tab_stops.add_tab_stop(Twips(stop))
        if indent:
            p.paragraph_format.left_indent = Twips(indent)
        p.add_run(text)  # (python-docx writes each \t as a run's w:tab)
    path = tmp_path / "plan.docx"
    document.save(path)
    return path


def docx_reading(path) -> list[tuple[int, str, list[tuple[str, str]]]]:
    """(task number, title, [(unit, role)]) of every task of the document's last plan."""
    plan = parse_plan(read_file(path)[-1])
    return [(task.number, task.title, [(a.name, a.role) for a in task.assignments])
            for section in plan.sections for task in section.tasks]


def test_docx_rows_parted_by_tab_stops_read_as_a_table(tmp_path):
    """A 分解表 set with the tab key, one paragraph a row, no Word table: the tabs part its cells as a .txt's do (an
    empty 配合单位 two tabs in a row), so the rows are read as the table they are, not as sentences."""
    path = docx_tab_stop_table(tmp_path, [
        ("某镇2026年环境整治工作任务分解表", 0),
        ("序号\t工作任务\t责任单位\t配合单位\t完成时限", 0),
        ("1\t开展村庄清洁春季行动\t镇农业农村办\t各村（社区）\t4月底前", 0),
        ("2\t建立垃圾分类积分兑换制度\t镇生态环境办\t\t7月底前", 0),
        ("3\t推进污水管网延伸工程\t镇规划建设办\t县住房城乡建设局\t11月底前", 0)])
    assert docx_reading(path) == [
        (1, "开展村庄清洁春季行动", [("镇农业农村办", "responsible"), ("各村（社区）", "support")]),
        (2, "建立垃圾分类积分兑换制度", [("镇生态环境办", "responsible")]),
        (3, "推进污水管网延伸工程", [("镇规划建设办", "responsible"), ("县住房城乡建设局", "support")]),
    ]


def test_docx_tab_stop_row_wrapped_to_an_indented_paragraph_goes_on_its_cells(tmp_path):
    """A cell too long for its column goes on in the next paragraph, indented to the task column, the rest of a unit
    cell after tabs: each piece goes on the cell above it, the task text as one sentence, a unit's name cut at the
    wrap (县住房城乡 / 建设局) whole, a piece standing alone under the 责任单位 column a second responsible unit."""
    path = docx_tab_stop_table(tmp_path, [
        ("序号\t工作任务\t责任单位\t配合单位\t完成时限", 0),
        ("1\t开展村庄清洁春季行动，集中清理\t镇农业农村办\t各村（社区）\t4月底前", 0),
        ("生活垃圾和沟塘漂浮物", 800),
        ("2\t推进污水管网延伸工程，新增接户\t镇规划建设办\t县住房城乡\t11月底前", 0),
        ("管网3.5公里\t\t建设局", 800),
        ("3\t整治违规占用耕地建房行为\t镇综合执法队、\t各村（社区）\t持续推进", 0),
        ("\t镇自然资源所", 800)])
    assert docx_reading(path) == [
        (1, "开展村庄清洁春季行动，集中清理生活垃圾和沟塘漂浮物",
         [("镇农业农村办", "responsible"), ("各村（社区）", "support")]),
        (2, "推进污水管网延伸工程，新增接户管网3.5公里",
         [("镇规划建设办", "responsible"), ("县住房城乡建设局", "support")]),
        (3, "整治违规占用耕地建房行为",
         [("镇综合执法队", "responsible"), ("镇自然资源所", "responsible"), ("各村（社区）", "support")]),
    ]


def test_tabs_a_line_under_a_cell_ending_its_sentence_is_no_wrap_of_it():
    """The wrap of a tab-stop row goes on a cell that stops mid-sentence; under a cell ending with 。 the line led by a
    tab to the task column is no rest of it (a measure of its own under a merged 序号, kept as text), never glued on."""
    text = "\n".join([
        "某县2030年重点工作任务分解方案", "",
        "序号\t工作任务\t牵头单位\t完成时限",
        "1\t推进老旧小区改造，集中整治\t县甲局\t6月底前",
        "\t楼道杂物。\t\t",
        "2\t实施农村道路提升。\t县乙局\t12月底前",
        "\t完成雨污分流改造\t\t",
    ])
    titles = [title for _, _, title, _ in reading(text)]
    assert titles[0] == "推进老旧小区改造，集中整治楼道杂物"
    assert titles[1] == "实施农村道路提升" and "完成雨污分流改造" not in titles[1]


def test_docx_table_with_merged_group_cells(tmp_path):
    rows = [
        ["类别", "序号", "工作任务", "完成时限", "牵头部门", "参与部门"],
        ["安全生产", "1", "开展消防隐患排查", "6月底前", "区消防救援大队", "各街道办事处"],
        ["", "2", "整治电动自行车违规充电", "年底前", "区消防救援大队", "无"],
        ["民生保障", "3", "改造背街小巷路灯", "9月底前", "区城管局", "区供电公司"],
    ]
    # 安全生产 spans its two rows
    text = to_text(docx_table(tmp_path, "区2025年民生实事任务分工", rows, [(1, 0)]))
    assert sections(text) == [("一", "安全生产"), ("二", "民生保障")]
    assert reading(text) == [
        ("一", 1, "开展消防隐患排查", [("区消防救援大队", "lead"), ("各街道办事处", "support")]),
        ("一", 2, "整治电动自行车违规充电", [("区消防救援大队", "lead")]),
        ("二", 3, "改造背街小巷路灯", [("区城管局", "lead"), ("区供电公司", "support")]),
    ]


def test_docx_table_with_number_and_task_merged_over_measures(tmp_path):
    rows = [["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"],
            ["1", "优化政务服务", "推行企业开办一日办结", "市数据局", "市市场监管局", "6月底前"],
            ["", "", "扩大跨省通办事项范围", "市数据局", "市公安局、市人社局", "年底前"],
            ["2", "降低企业成本", "落实减税降费政策", "市税务局", "市财政局", "持续推进"]]
    path = docx_table(tmp_path, "市2025年营商环境优化重点任务分工", rows, [(1, 0), (1, 1)])
    assert reading(to_text(path)) == MERGED_READING


def test_docx_number_and_task_merged_over_measures_numbered_afresh_are_sections_of_tasks(tmp_path):
    """序号 and 重点任务 merged down a group's rows, each 具体措施 cell opening with its own 1. 2. that starts again under
    the next 序号, each row its own units: the 序号 numbers the groups and the measures are the tasks, numbered within
    them. Pasted as text (the merged cells on the first row only) it reads the same; measures printing no number of
    their own under a merged 序号 stay one task (test_docx_table_with_number_and_task_merged_over_measures)."""
    rows = [["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"],
            ["1", "完善休假制度", "1.落实育儿假政策", "县人社局", "县卫健委", "长期"],
            ["", "", "2.建立用工成本分担机制", "县人社局", "县财政局", "长期"],
            ["2", "扩大托位供给", "1.制定托育设施规划", "县卫健委", "县发改委", "年底前"],
            ["", "", "2.支持幼儿园开设托班", "县教育局", "县卫健委", "年底前"]]
    expected = [
        ("1", 1, "落实育儿假政策", [("县人社局", "lead"), ("县卫健委", "support")]),
        ("1", 2, "建立用工成本分担机制", [("县人社局", "lead"), ("县财政局", "support")]),
        ("2", 1, "制定托育设施规划", [("县卫健委", "lead"), ("县发改委", "support")]),
        ("2", 2, "支持幼儿园开设托班", [("县教育局", "lead"), ("县卫健委", "support")]),
    ]
    text = to_text(docx_table(tmp_path, "县托育服务重点任务分工", rows, [(1, 0), (1, 1), (3, 0), (3, 1)]))
    assert sections(text) == [("1", "完善休假制度"), ("2", "扩大托位供给")]
    assert reading(text) == expected
    pasted = "\n".join(["县托育服务重点任务分工", *("\t".join(row) for row in rows)])
    assert reading(pasted) == expected
    # measures numbered on across the groups (1. 2. | 3. 4.) are no numbering within them: the rule stands aside
    running_on = pasted.replace("1.制定", "3.制定").replace("2.支持", "4.支持")
    assert sections(running_on) == [("", "")]


def test_html_table_with_rowspan_group_and_years_under_one_header(write_file):
    page = """<html><body><div class="article"><h1>县2025年农村公路建设任务分工</h1><table border="1">
    <tr><td rowspan="2">重点领域</td><td rowspan="2">序号</td><td rowspan="2">重点任务</td>
        <td colspan="2">年度目标</td><td rowspan="2">牵头单位</td><td rowspan="2">配合单位</td></tr>
    <tr><td>2025年</td><td>2026年</td></tr>
    <tr><td rowspan="2">道路建设</td><td>1</td><td>新改建农村公路</td><td>30公里</td><td>50公里</td>
        <td>县交通运输局</td><td>各乡镇人民政府</td></tr>
    <tr><td>2</td><td>改造危桥</td><td>5座</td><td>8座</td><td>县交通运输局</td><td>县财政局；县自然资源局</td></tr>
    <tr><td>道路养护</td><td>3</td><td>推进公路养护市场化</td><td colspan="2">完成改革</td><td>县交通运输局</td>
        <td>无</td></tr>
    </table></div></body></html>"""
    path = write_file(page, "plan.html")
    text = to_text(path)
    assert sections(text) == [("一", "道路建设"), ("二", "道路养护")]
    assert reading(text) == [
        ("一", 1, "新改建农村公路", [("县交通运输局", "lead"), ("各乡镇人民政府", "support")]),
        ("一", 2, "改造危桥", [("县交通运输局", "lead"), ("县财政局", "support"), ("县自然资源局", "support")]),
        ("二", 3, "推进公路养护市场化", [("县交通运输局", "lead")]),
    ]
    assert "2025年:30公里" in text and "2026年:50公里" in text
    assert "2025年—2026年:完成改革" in text  # one target over both years, said once


def test_a_task_column_merged_over_rows_with_their_own_numbers_heads_a_section(write_file):
    """序号 | 重点任务 | 具体措施 | 责任单位 with 重点任务 merged (rowspan) over rows each with its own 序号 and measures: the
    merged cell is the group (a section), each row's 具体措施 its task, titled by the cell's first point without its
    1. (before: every row was titled by the group's words and no section was made). Where the first task column never
    spans rows with distinct numbers, the two columns stay one task's words."""
    page = """<html><body><h1>某市促消费任务清单</h1><table>
    <tr><td>序号</td><td>重点任务</td><td>具体措施</td><td>责任单位</td></tr>
    <tr><td>1</td><td rowspan="2">稳定大宗消费</td><td><p>1.开展以旧换新。</p><p>2.组织车展。</p></td><td>市商务局</td></tr>
    <tr><td>2</td><td><p>1.建设充电设施。</p></td><td>市发展改革委</td></tr>
    <tr><td>3</td><td>优化消费环境</td><td><p>1.开展放心消费创建。</p></td><td>市市场监管局</td></tr>
    </table></body></html>"""
    path = write_file(page, "plan.html")
    text = to_text(path)
    assert sections(text) == [("一", "稳定大宗消费"), ("二", "优化消费环境")]
    assert reading(text) == [
        ("一", 1, "开展以旧换新", [("市商务局", "responsible")]),
        ("一", 2, "建设充电设施", [("市发展改革委", "responsible")]),
        ("二", 3, "开展放心消费创建", [("市市场监管局", "responsible")]),
    ]
    unmerged = ("序号 | 重点任务 | 具体措施 | 责任单位\n1 | 稳定大宗消费 | 开展以旧换新 | 市商务局\n"
                "2 | 优化消费环境 | 开展放心消费创建 | 市市场监管局\n")
    assert [(n, title) for _, n, title, _ in reading(unmerged)] == [(1, "稳定大宗消费"), (2, "优化消费环境")]


def test_a_task_cell_merged_over_numbered_rows_and_saved_on_its_first_row_only_heads_a_section():
    """A sheet saved tab-separated writes a merged 重点任务 cell on its group's first row and leaves it empty on the
    numbered rows below: it heads them all, as the cell repeated on each row does (before: it titled its first row
    alone, the others titled by their measure, in no section). A table leaving one row of many untitled keeps its
    reading."""
    text = "\n".join(["某镇2030年党建引领基层治理任务清单", "序号\t重点任务\t具体措施\t责任站所\t完成时限",
                      "1\t强化政治引领\t落实学习制度，全年集中学习12次。\t党政办\t全年",
                      "2\t\t建立班子成员包村联系制度。\t组织办\t全年",
                      "3\t健全治理体系\t完善四级网格体系。\t综治中心\t4月底前",
                      "4\t\t制定网格员职责清单。\t综治中心、财政所\t按月"])
    assert sections(text) == [("一", "强化政治引领"), ("二", "健全治理体系")]
    assert [(s, n, title) for s, n, title, _ in reading(text)] == [
        ("一", 1, "落实学习制度，全年集中学习12次"), ("一", 2, "建立班子成员包村联系制度"),
        ("二", 3, "完善四级网格体系"), ("二", 4, "制定网格员职责清单")]
    titled = "\n".join(["序号\t重点任务\t具体措施\t责任单位", "1\t稳定大宗消费\t开展以旧换新。\t市商务局",
                        "2\t优化消费环境\t开展放心消费创建。\t市市场监管局", "3\t\t建设充电设施。\t市发展改革委",
                        "4\t扩大服务消费\t发展文旅消费。\t市文旅局"])
    assert [(n, title) for _, n, title, _ in reading(titled)] == [
        (1, "稳定大宗消费"), (2, "优化消费环境"), (3, "建设充电设施"), (4, "扩大服务消费")]


def test_a_unit_column_headed_by_a_kind_of_locality_holds_that_localitys_bodies():
    """A street's or town's 任务清单 names the communities or villages carrying each task in a column of their own
    between the leading office and the helping bodies (牵头科室 | 责任村（社区） | 配合单位): a role word and the kind of
    place, read as 责任乡镇 is. Before, the column was an unknown field and its last name swallowed the row's whole
    annotation (南山村(牵头单位:应急办;…) one responsible unit)."""
    text = "\n".join(["某街道2030年网格治理任务清单", "序号\t工作任务\t牵头科室\t责任村（社区）\t配合单位\t完成时限",
                      "1\t建立楼栋议事会\t党建办\t各社区\t物业服务企业\t6月底前",
                      "2\t清理楼道堆物\t应急办\t东湖社区、南山村\t物业服务企业、城西派出所\t9月底前"])
    assert [units for _, _, _, units in reading(text)] == [
        [("党建办", "lead"), ("各社区", "responsible"), ("物业服务企业", "support")],
        [("应急办", "lead"), ("东湖社区", "responsible"), ("南山村", "responsible"), ("物业服务企业", "support"),
         ("城西派出所", "support")]]


def test_a_unit_column_headed_by_a_kind_of_squad_holds_the_squads():
    """A law-enforcement or traffic-police bureau's 清单 parts its rows among its squads under 责任中队 / 责任大队, beside
    the office leading each row: the squads answer for their rows, as a 责任科室 column's sections do; the 责任片区
    column beside them names the area each row covers, no body. Before, the squads' column was no unit column and
    its squads were lost."""
    text = "\n".join(["某县城管执法局2030年市容整治责任清单", "序号\t责任片区\t整治事项\t主办科室\t责任中队\t完成时限",
                      "1\t城东片区\t规范沿街店铺经营\t市容管理科\t城东中队\t5月底前",
                      "2\t城西片区\t整治渣土运输撒漏\t市政设施科\t渣土管理中队、城西中队\t持续推进"])
    assert [units for _, _, _, units in reading(text)] == [
        [("市容管理科", "lead"), ("城东中队", "responsible")],
        [("市政设施科", "lead"), ("渣土管理中队", "responsible"), ("城西中队", "responsible")]]
    assert [units for _, _, _, units in reading(text.replace("责任中队", "责任大队"))] == [
        [("市容管理科", "lead"), ("城东中队", "responsible")],
        [("市政设施科", "lead"), ("渣土管理中队", "responsible"), ("城西中队", "responsible")]]


def test_a_column_of_housing_compounds_lists_where_the_work_is_done_no_units():
    """A 老旧小区改造 list heads the compounds each row's work is done in 实施小区: a 小区 has no body (no committee of
    its own, as a 社区 or a 村 has), so the column names places, not units. Before, 幸福小区 and 和平小区 were read
    as the units carrying the row out."""
    text = "\n".join(["某街道2030年老旧小区改造任务清单", "序号\t工作任务\t牵头科室\t实施小区\t配合单位\t完成时限",
                      "1\t更换老化管网\t城建办\t幸福小区、和平小区\t自来水公司\t6月底前"])
    assert [units for _, _, _, units in reading(text)] == [[("城建办", "lead"), ("自来水公司", "support")]]


@pytest.mark.parametrize("head", ["责任居委会", "责任村（居）委会", "属地街道", "责任社区/村"])
def test_a_unit_column_headed_by_the_committees_or_the_ground_holds_units(head):
    """A street's 任务清单 may head its localities' column by the committees themselves (责任居委会, 责任村（居）委会), by
    two kinds of place joined (责任社区/村), or by the ground's own office (属地街道): the column holds the units
    answering for each row, as 责任社区 does. Before, the column was no unit column and 东湖居委会 was lost."""
    text = "\n".join(["某街道2030年基层治理任务清单", f"序号\t工作任务\t牵头科室\t{head}\t配合单位\t完成时限",
                      "1\t建立楼栋议事会\t党建办\t东湖居委会\t物业服务企业\t6月底前"])
    assert [units for _, _, _, units in reading(text)] == [
        [("党建办", "lead"), ("东湖居委会", "responsible"), ("物业服务企业", "support")]]


@pytest.mark.parametrize("head", ["责任村组", "责任村居"])
def test_a_column_of_village_groups_or_villages_and_communities_holds_their_units(head):
    """责任村组 / 责任村居 in a town's 任务清单: the places named there have a body of their own (a village group, a
    village's or community's committee: LOCALITY_BODY_PLACES), so the column holds the units answering for the row."""
    text = "\n".join(["某镇2030年人居环境整治任务清单", f"序号\t工作任务\t牵头站所\t{head}\t完成时限",
                      "1\t清理房前屋后\t农业站\t石桥村一组、沙湾村\t6月底前"])
    assert [units for _, _, _, units in reading(text)] == [
        [("农业站", "lead"), ("石桥村一组", "responsible"), ("沙湾村", "responsible")]]


def test_the_locality_labels_of_a_plan_name_their_places_units():
    """（责任社区：南苑社区、北街社区） / （责任村（社区）：石桥村） in running text: the locality label heads
    (LOCALITY_LABEL_HEADS) name the localities answering for the task, as their table columns do."""
    text = ("某街道2030年物业治理方案\n一、重点任务\n1.建立楼栋议事会。（牵头单位：街道党建办；责任社区：南苑社区、北街社区）\n"
            "2.清理楼道杂物。（牵头单位：街道城管科；责任村（社区）：石桥村）\n")
    assert [units for _, _, _, units in reading(text)] == [
        [("街道党建办", "lead"), ("南苑社区", "responsible"), ("北街社区", "responsible")],
        [("街道城管科", "lead"), ("石桥村", "responsible")]]


@pytest.mark.parametrize("head", ["责任大队/中队", "责任中队、科室"])
def test_a_squad_column_joined_with_a_second_head_holds_the_units(head):
    """责任大队/中队 / 责任中队、科室: a bureau parting its rows among squads of two sizes, or among its squads and its
    sections, joins the two heads as a label does (LABEL_HEAD_JOINERS), as the locality columns do (责任社区/村): the
    column holds the units answering for the row. Before, the joined name was no column and its units were lost."""
    text = "\n".join(["某县2030年市容整治任务分解表", f"序号\t工作任务\t牵头科室\t{head}\t完成时限",
                      "1\t整治占道经营\t市容科\t城东中队、城西中队\t6月底前", "2\t整治违规广告\t市容科\t一大队\t9月底前"])
    assert [units for _, _, _, units in reading(text)] == [
        [("市容科", "lead"), ("城东中队", "responsible"), ("城西中队", "responsible")],
        [("市容科", "lead"), ("一大队", "responsible")]]
    assert header_kind("责任中队长") == "extra"  # the squad's head, a person: no unit column


def test_a_unit_cells_role_labels_take_any_head_the_lexicons_labels_take():
    """A street's or bureau's narrow 清单 labels its own offices inside one 责任单位 cell (牵头科室：A；配合科室：B,
    牵头站所：…): the cell's labels take the heads the prose labels take (LABEL_HEADS), not 单位 / 部门 alone. Before,
    牵头科室：党建办 read as one responsible unit and the units after the second label were lost."""
    text = "\n".join(["某街道2030年物业治理任务清单", "序号\t工作任务\t责任单位\t完成时限",
                      "1\t建立楼栋议事会\t牵头科室：党建办；配合科室：城管科\t6月底前",
                      "2\t开展服务评议\t责任科室：城管科；配合单位：各社区居委会\t5月底前",
                      "3\t清理消防通道\t牵头站所：安监站；配合站所：城西派出所\t9月底前"])
    assert [units for _, _, _, units in reading(text)] == [
        [("党建办", "lead"), ("城管科", "support")], [("城管科", "responsible"), ("各社区居委会", "support")],
        [("安监站", "lead"), ("城西派出所", "support")]]


@pytest.mark.parametrize("cell, units", [
    ("县丙局、县丁局；汇报：县政府办", [("县丙局", "support"), ("县丁局", "support")]),
    ("县丙局；揭榜：县科技局", [("县丙局", "support")]),
    ("县丙局；汇报单位：县戊局", [("县丙局", "support"), ("县戊局", "responsible")]),
    ("县丙局；配合：县丁局", [("县丙局", "support"), ("县丁局", "support")]),
])
def test_a_role_word_that_needs_a_head_labels_nothing_alone_in_a_unit_cell(cell, units):
    """汇报：县政府办 / 揭榜：X inside a 配合单位 cell: these role words label bodies only with a head (汇报单位：,
    揭榜主体：), as the prose labels read them; alone the word says where the reports go or names the method, and
    the body after it is no unit answering for the row. The bare labels the lexicon allows (牵头：, 配合：, 责任：,
    CELL_BARE_LABEL_WORDS) and the headed ones still label. Before, 县政府办 and 县科技局 were read as responsible."""
    text = "\n".join(["某县2030年营商环境重点任务分解表", "序号\t工作任务\t牵头单位\t配合单位\t完成时限",
                      f"1\t优化审批流程\t县甲局\t{cell}\t6月底前"])
    assert [u for _, _, _, u in reading(text)] == [[("县甲局", "lead")] + units]


def test_a_unit_cells_role_labels_take_any_role_word_of_the_lexicon():
    """The role words of a unit cell's own labels are the lexicon's (LABEL_ROLE_WORDS), not a short list of the common
    ones: 主办：A；协助：B and 主责科室：C；督导单位：D label roles as 牵头：A；配合：B does."""
    text = "\n".join(["某区2030年文明创建任务清单", "序号\t工作任务\t责任单位\t完成时限",
                      "1\t整治背街小巷\t主办：区甲局；协助：区乙局\t6月底前",
                      "2\t规范夜市摊点\t主责科室：执法科；督导单位：区丙办\t8月底前"])
    assert [units for _, _, _, units in reading(text)] == [
        [("区甲局", "lead"), ("区乙局", "support")], [("执法科", "lead"), ("区丙办", "support")]]


def test_under_the_marked_lead_rule_a_cell_labelling_lead_responsible_and_support_keeps_its_responsible_units():
    """标注“（牵头）”的为牵头科室，其余为配合单位 over a 清单 whose 责任主体 cell labels its roles itself (牵头科室：A /
    责任单位：B / 配合单位：C): the row names its supporters under their own label, so its 责任单位 are set apart from
    them on purpose and no unmarked others of the rule (before: they were read as support)."""
    text = "\n".join(["注：标注“（牵头）”的为牵头科室，其余为配合单位。", "某街道2030年物业治理任务清单",
                      "序号\t工作任务\t责任主体\t完成时限",
                      "1\t建立楼栋议事会\t牵头科室：党建办；责任单位：各社区党委；配合单位：城管科\t6月底前",
                      "2\t清理消防通道\t应急办（牵头）、城西派出所\t9月底前"])
    assert [units for _, _, _, units in reading(text)] == [
        [("党建办", "lead"), ("各社区党委", "responsible"), ("城管科", "support")],
        [("应急办", "lead"), ("城西派出所", "support")]]


def test_under_the_marked_lead_rule_a_responsible_column_beside_a_support_column_reads_alike_on_every_row():
    """责任单位栏标注“（牵头）”的为牵头单位，其余为配合单位 over a 分解表 with 牵头单位 | 责任单位 | 配合单位 columns: the table
    labels its supporters in a column of their own, so its 责任单位 column is a role apart from them on every row, the
    rows leaving their 配合单位 cell empty too (before: row 1 read responsible, row 2 support — one column, two roles)."""
    text = "\n".join(["注：责任单位栏标注“（牵头）”的为牵头单位，其余为配合单位。", "某县2030年便民服务重点任务分解表",
                      "序号\t工作任务\t牵头单位\t责任单位\t配合单位\t完成时限",
                      "1\t精简办事材料\t县甲中心\t县乙局、县丙局\t县丁局\t6月底前",
                      "2\t缩短办理时间\t县戊局\t县己公司、县丙局\t\t9月底前"])
    assert [units for _, _, _, units in reading(text)] == [
        [("县甲中心", "lead"), ("县乙局", "responsible"), ("县丙局", "responsible"), ("县丁局", "support")],
        [("县戊局", "lead"), ("县己公司", "responsible"), ("县丙局", "responsible")]]


# ---------------------------------------------------------------- linear


def _flattened(rows: int) -> str:
    lines = ["序号", "|", "重点任务", "|", "牵头单位", "|", "配合单位", "|", "完成时限"]
    for n in range(1, rows + 1):
        lines += ["|", str(n), "|", f"推进第{n}项重点工作", "|", "市发展改革委", "|",
                  "市财政局、市统计局", "|", "年底前"]
    return "\n".join(lines)


def _calls(text: str) -> int:
    """Python function calls made reading the text: a count that does not depend on the machine's load."""
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        count += event == "call"

    sys.setprofile(profile)
    try:
        find_pasted_tables(text)
    finally:
        sys.setprofile(None)
    return count


def test_reading_a_flattened_table_grows_linearly():
    small, large = _flattened(120), _flattened(960)  # 序号 runs to three digits
    ratio = _calls(large) / _calls(small)
    assert ratio < 8 * 1.2, f"8x the rows made {ratio:.1f}x the calls"


# ---------------------------------------------------------------- where a table stands


def test_a_table_that_opens_the_text_keeps_its_first_row():
    """A 分工表 pasted without its caption: the first row is a task, not the plan's title."""
    text = "\n".join([
        "序号\t工作任务\t牵头单位\t完成时限",
        "1\t清理河道淤积\t区水务局\t5月底前",
        "2\t加固沿河堤防\t区住建局\t汛期前",
    ])
    (pt,) = read_bytes(text.encode("utf-8"), "区防汛任务分工表.txt")
    plan = parse_plan(pt)
    assert plan.title == "区防汛任务分工表"  # the file's name, for an editor to correct
    assert [(t.number, t.title, [a.name for a in t.assignments]) for t in plan.tasks()] == [
        (1, "清理河道淤积", ["区水务局"]), (2, "加固沿河堤防", ["区住建局"])]


def test_a_text_that_opens_with_its_first_item_keeps_it():
    (pt,) = read_bytes("1.清理河道淤积(责任单位:区水务局)。\n2.加固堤防(责任单位:区住建局)。\n".encode("utf-8"), "<text>")
    plan = parse_plan(pt)
    assert plan.title == "未命名计划" and [t.number for t in plan.tasks()] == [1, 2]


def test_a_table_in_a_plan_source_with_front_matter_is_read_and_keeps_line_numbers():
    text = "\n".join([
        "---", "title: 某镇2025年消防工作任务分工", "---",
        "某镇2025年消防工作任务分工",
        "序号\t工作任务\t责任单位\t配合单位\t完成时限",
        "1\t排查沿街商铺火灾隐患\t镇应急办\t镇派出所\t6月底前",
        "2\t配齐村级消防器材\t各村委会\t无\t年底前",
        "3\t组织消防演练\t镇应急办\t\t10月",
        "",
        "各单位按月报送进展。",
    ])
    (pt,) = read_bytes(text.encode("utf-8"), "plan.md")
    plan = parse_plan(pt)
    assert [(t.number, t.line, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        (1, 6, [("镇应急办", "responsible"), ("镇派出所", "support")]),
        (2, 7, [("各村委会", "responsible")]),
        (3, 8, [("镇应急办", "responsible")])]
    assert plan.closing == "各单位按月报送进展。" and lost_text(pt, plan) is None


def test_an_html_table_cell_that_names_no_unit_is_noted_at_its_task(write_file):
    page = """<html><body><h1>县2025年节水工作任务分工</h1><table>
    <tr><td>序号</td><td>工作任务</td><td>责任单位</td><td>完成时限</td></tr>
    <tr><td>1</td><td>更换老旧水表</td><td>县水务局</td><td>9月</td></tr>
    <tr><td>2</td><td>推广节水器具</td><td>逐步推开</td><td>年底前</td></tr>
    </table></body></html>"""
    path = write_file(page, "plan.html")
    (pt,) = read_file(path)
    plan = parse_plan(pt)
    task = plan.tasks()[1]
    assert [(n.line, n.kind, n.text) for n in plan.readings] == [
        (task.line, "table", "cell '逐步推开' under 责任单位 does not read as a unit name")]


def test_the_open_data_keeps_only_the_rules_of_the_reading_notes():
    from generator.model import plan_from_dict, to_dict

    plan = _plan("某县2025年工作要点\n一、重点任务\n1.清理河道（县水利局、县应急局，排在第一位的为牵头单位，下同）。\n")
    assert {n.kind for n in plan.readings} == {"rule"}
    data = to_dict(plan)
    assert "readings" not in data and data["rules"] == plan.rules == [plan.readings[0].text]
    assert to_dict(plan_from_dict(data)) == data


# ---------------------------------------------------------------- more shapes of 分工表


@pytest.mark.parametrize("cell, kind", [
    ("编号", "number"), ("工作内容", "task"), ("进度安排", "deadline"), ("承办单位", "responsible"),
    ("协办单位", "support"), ("参加单位", "support"), ("支持部门", "support"), ("联办部门", "support"),
    ("联动单位", "support"),
    # people, not units: kept in the task's text, never read as units
    ("分管领导", "extra"), ("责任人", "extra"), ("负责人", "extra"), ("牵头市领导", "extra"), ("联络员", "extra"),
    ("责任单位及责任人", "responsible"),  # a column naming units as well is a unit column
    ("备注", "extra"), ("政策依据", "extra"), ("考核指标", "extra"),
])
def test_header_words_for_people_notes_and_more_roles(cell, kind):
    assert header_kind(cell) == kind


def test_a_column_of_the_body_answering_first_leads_beside_its_partners():
    """A 高效办成一件事 list (or a 督办 table) heads its unit columns 主责部门 | 协同部门: the body answering first
    leads, as the label 主责单位 reads in an annotation; the partners support."""
    text = "\n".join([
        "某市2030年“高效办成一件事”重点事项清单",
        "序号\t事项名称\t主责部门\t协同部门\t办理时限",
        "1\t新生儿出生“一件事”\t市卫生健康委\t市公安局、市医保局\t5个工作日",
        "2\t退休“一件事”\t市人力资源社会保障局\t市医保局\t即时办结",
    ])
    assert reading(text) == [
        ("", 1, "新生儿出生“一件事”", [("市卫生健康委", "lead"), ("市公安局", "support"), ("市医保局", "support")]),
        ("", 2, "退休“一件事”", [("市人力资源社会保障局", "lead"), ("市医保局", "support")]),
    ]


def test_a_column_of_the_bodies_overseeing_the_work_supports_beside_the_responsible():
    """An 整改清单 or a 督办 table gives the body overseeing each row a column of its own beside 责任单位 (督导单位,
    督办单位): it supports, as the annotation label reads it; the 责任单位 stay responsible and / names no unit. A column
    of the same words naming no body (督办领导, 督查情况) stays text."""
    text = "\n".join([
        "某市问题整改清单",
        "序号\t问题描述\t整改措施\t责任单位\t督导单位\t整改时限",
        "1\t公厕保洁不到位。\t落实专人保洁。\t市甲局\t市乙办\t2030年6月底前",
        "2\t集市分区不合理。\t实施标准化改造。\t市丙局、市丁局\t市政府督查室\t2030年9月底前",
        "3\t背街积存垃圾。\t开展集中清理。\t各区人民政府\t/\t2030年6月底前",
    ])
    assert reading(text) == [
        ("", 1, "公厕保洁不到位", [("市甲局", "responsible"), ("市乙办", "support")]),
        ("", 2, "集市分区不合理", [("市丙局", "responsible"), ("市丁局", "responsible"), ("市政府督查室", "support")]),
        ("", 3, "背街积存垃圾", [("各区人民政府", "responsible")]),
    ]
    assert [header_kind(c) for c in ("督办单位", "督查部门", "监督单位", "督办领导", "督查情况")] == [
        "support", "support", "support", "extra", "extra"]


def test_an_inspecting_body_with_no_doers_beside_it_answers_for_the_row():
    """A 督查检查计划 names the body carrying out each inspection 督查单位 beside only the bodies inspected (督查对象):
    with no column of doers beside it, it oversees nobody and answers for the row; the 督查对象 are no unit. Beside a
    责任单位 the same column oversees and supports (the test above)."""
    text = "\n".join([
        "某县2030年度督查检查计划",
        "序号\t检查事项\t督查对象\t督查单位\t时间",
        "1\t林区防火检查\t各乡镇人民政府、县甲局\t县乙局、县丙局\t3月",
        "2\t校园安全督查\t县丁局\t县委督查室\t4月",
        "3\t农贸市场检查\t县戊局\t县己局\t5月",
    ])
    assert reading(text) == [
        ("", 1, "林区防火检查", [("县乙局", "responsible"), ("县丙局", "responsible")]),
        ("", 2, "校园安全督查", [("县委督查室", "responsible")]),
        ("", 3, "农贸市场检查", [("县己局", "responsible")]),
    ]


def test_an_inspection_plans_column_of_inspecting_bodies_is_its_doers_column():
    """检查单位 / 检查部门 beside the bodies inspected (被检查单位, 检查对象) and no 牵头 / 责任 column: the bodies
    carrying out each inspection answer for it; the inspected bodies are no unit. 被检查单位 itself, a whole name
    holding 检查单位, stays the inspected bodies' column."""
    text = "\n".join([
        "某县2030年度督查检查计划",
        "序号\t检查事项\t被检查单位\t检查单位\t时间",
        "1\t林区防火检查\t各乡镇人民政府、县甲局\t县乙局、县丙局\t3月",
        "2\t校园安全督查\t县丁局\t县委督查室\t4月",
        "3\t农贸市场检查\t县戊局\t县己局\t5月",
    ])
    expected = [
        ("", 1, "林区防火检查", [("县乙局", "responsible"), ("县丙局", "responsible")]),
        ("", 2, "校园安全督查", [("县委督查室", "responsible")]),
        ("", 3, "农贸市场检查", [("县己局", "responsible")]),
    ]
    assert reading(text) == expected
    assert reading(text.replace("被检查单位", "检查对象").replace("\t检查单位", "\t检查部门")) == expected
    assert header_kinds(["序号", "检查事项", "被检查单位", "检查单位", "牵头单位"]) == [
        "number", "task", "extra", "extra", "lead"]


def test_a_column_of_bodies_named_by_the_note_under_the_table_takes_the_notes_role():
    """An inspection schedule's 衔接单位 column names no role; the note under the table does (注：衔接单位负责…): its
    bodies answer for the row, in a tab copy and one cell a line. 被检查单位 stays the bodies inspected; a note on
    the bodies' officials (衔接单位负责同志陪同) gives no role."""
    rows = [
        "某县人大常委会执法检查方案",
        "实地检查安排表",
        "序号\t时间\t检查内容\t被检查单位\t衔接单位",
        "1\t6月10日\t垃圾分类设施运行\t县甲局\t甲镇人大主席团",
        "2\t6月17日\t医疗废物集中处置\t县乙局\t乙镇人大主席团、县人大农委",
        "注：衔接单位负责点位安排、汇报材料准备等工作。",
    ]
    expected = [
        ("", 1, "垃圾分类设施运行", [("甲镇人大主席团", "responsible")]),
        ("", 2, "医疗废物集中处置", [("乙镇人大主席团", "responsible"), ("县人大农委", "responsible")]),
    ]
    tab = "\n".join(rows)
    assert reading(tab) == expected
    one_cell_a_line = "\n".join(cell for row in rows for cell in row.split("\t"))
    assert [units for *_, units in reading(one_cell_a_line)] == [units for *_, units in expected]
    # a numbered point of the note, and 配合 for the column's role
    assert [units for *_, units in reading(tab.replace("注：衔接单位负责", "说明：1.表中时间可调整；2.衔接单位配合"))] == [
        [("甲镇人大主席团", "support")], [("乙镇人大主席团", "support"), ("县人大农委", "support")]]
    for note in ("注：衔接单位负责同志全程陪同。", "注：被检查单位负责准备汇报材料。"):
        assert all(not units for *_, units in reading(tab.replace(rows[-1], note)))
    # the bodies inspected are the objects, whatever the note says they do
    inspected_only = tab.replace("\t衔接单位", "\t陪同人员").replace(rows[-1], "注：被检查单位负责准备汇报材料。")
    assert all(not units for *_, units in reading(inspected_only))


@pytest.mark.parametrize("column", ["参会单位", "列席单位", "出席单位"])
def test_a_note_on_what_the_bodies_attending_prepare_gives_them_no_role(column):
    """会议安排 (会议名称 | 时间 | 参会单位) with 注：参会单位负责通知…: the bodies attending an event prepare to come; the note
    gives them no role in the meetings, as it gives the bodies inspected none."""
    text = "\n".join([
        "某县会议安排表",
        f"序号\t会议名称\t时间\t{column}",
        "1\t全县安全生产会议\t1月10日\t各乡镇、县甲局",
        "2\t防汛工作部署会\t5月20日\t县乙局、县丙局",
        f"注：{column}负责通知本单位主要负责同志参会。",
    ])
    assert all(not units for *_, units in reading(text))


def test_a_supervision_list_names_its_rows_by_the_matter_overseen():
    """A 挂牌督办清单 names each matter it oversees in a 督办事项 column: the rows' work, their title beside a 目标任务
    (as 重点工作 titles them), and alone the only work column of the table; 督办领导 beside it stays a people column."""
    alone = "\n".join([
        "某县重点工作挂牌督办清单",
        "序号\t督办事项\t督办领导\t牵头单位及责任人\t责任单位\t完成时限",
        "1\t城区污水管网改造\t副县长 冯某\t县住建局（李某）\t县城投公司\t12月底前",
        "2\t农田水利建设\t副县长 蒋某\t县农业农村局（刘某）\t各乡镇人民政府\t10月底前",
    ])
    expected = [
        ("", 1, "城区污水管网改造", [("县住建局", "lead"), ("县城投公司", "responsible")]),
        ("", 2, "农田水利建设", [("县农业农村局", "lead"), ("各乡镇人民政府", "responsible")]),
    ]
    assert reading(alone) == expected
    beside_targets = "\n".join([
        "某县重点工作挂牌督办清单",
        "序号\t督办事项\t目标任务\t督办领导\t牵头单位及责任人\t责任单位\t完成时限",
        "1\t城区污水管网改造\t新建管网20公里。\t副县长 冯某\t县住建局（李某）\t县城投公司\t12月底前",
        "2\t农田水利建设\t新增灌溉面积1万亩。\t副县长 蒋某\t县农业农村局（刘某）\t各乡镇人民政府\t10月底前",
    ])
    assert reading(beside_targets) == expected
    assert [header_kind(c) for c in ("督办事项", "督办内容", "督办事项名称", "督办领导", "督办情况")] == [
        "task", "task", "task", "extra", "extra"]


def test_an_inspection_plan_names_its_rows_by_the_matter_inspected():
    """A 督查检查计划 heads its row column 督查事项 / 督查检查事项 (the matter inspected), as others write 检查事项: the
    rows' work and their title; the 检查对象 beside it names the bodies inspected, no unit. Read as text by its 督查
    word, the table had no task column and collapsed into one task."""
    text = "\n".join([
        "某县2030年度督查检查计划",
        "序号\t督查检查事项\t检查对象\t牵头单位\t配合单位\t时间",
        "1\t林区防火检查\t各乡镇人民政府、县甲局\t县乙局\t县丙局\t3月",
        "2\t校园安全督查\t县丁局\t县委督查室\t县政府督查室\t4月",
        "3\t农贸市场检查\t县戊局\t县己局\t县庚局\t5月",
    ])
    expected = [
        ("", 1, "林区防火检查", [("县乙局", "lead"), ("县丙局", "support")]),
        ("", 2, "校园安全督查", [("县委督查室", "lead"), ("县政府督查室", "support")]),
        ("", 3, "农贸市场检查", [("县己局", "lead"), ("县庚局", "support")]),
    ]
    assert reading(text) == expected
    assert reading(text.replace("督查检查事项", "督查事项")) == expected
    assert [header_kind(c) for c in ("督查事项", "督查检查事项", "督导事项", "督查情况", "督导组长")] == [
        "task", "task", "task", "extra", "extra"]


def test_a_deputy_in_charge_noted_after_the_person_is_no_unit():
    """A unit's person in charge marked as its deputy in charge of the field (县X局 副局长 许某（分管）, 县X局（副局长
    潘某，分管）): the note is the person's, the unit is the name before the person."""
    text = "\n".join([
        "某县重点工作清单",
        "序号\t重点工作\t目标任务\t牵头单位及责任人\t责任单位\t完成时限",
        "1\t学校建设\t新增学位3000个。\t县教育体育局 副局长 许某（分管）\t县自然资源局\t8月底前",
        "2\t文旅融合\t创建4A景区1个。\t县文化广电和旅游局（副局长 潘某，分管）\t青山镇人民政府\t12月底前",
    ])
    assert reading(text) == [
        ("", 1, "学校建设", [("县教育体育局", "lead"), ("县自然资源局", "responsible")]),
        ("", 2, "文旅融合", [("县文化广电和旅游局", "lead"), ("青山镇人民政府", "responsible")]),
    ]


def test_a_heads_posts_joined_by_a_pause_mark_after_the_unit_are_one_persons():
    """县卫健局党组书记、局长 何某: the head's party post and office post, glued to the unit and parted by 、, then the
    name: one person, the unit before the posts (also with a space before the posts)."""
    text = "\n".join([
        "某县重点工作清单",
        "序号\t重点工作\t目标任务\t牵头单位及责任人\t责任单位\t完成时限",
        "1\t医院建设\t主体封顶。\t县卫健局党组书记、局长 何某\t县住建局\t12月底前",
        "2\t课程改革\t完成试点。\t县教育局 党委书记、局长 贾某\t县财政局\t10月底前",
    ])
    assert reading(text) == [
        ("", 1, "医院建设", [("县卫健局", "lead"), ("县住建局", "responsible")]),
        ("", 2, "课程改革", [("县教育局", "lead"), ("县财政局", "responsible")]),
    ]


def test_a_brigade_head_after_the_brigade_is_a_person():
    """县公安局交警大队 大队长 田某: 大队长 (支队长, 中队长) is the brigade's head, a post, not 大队 + 长."""
    text = "\n".join([
        "某县重点工作清单",
        "序号\t重点工作\t目标任务\t牵头单位及责任人\t责任单位\t完成时限",
        "1\t交通安全\t整治隐患路段50处。\t县公安局交警大队 大队长 田某\t县交通运输局\t12月底前",
        "2\t消防安全\t排查隐患。\t县消防救援大队 副大队长 江某\t各乡镇人民政府\t12月底前",
    ])
    assert reading(text) == [
        ("", 1, "交通安全", [("县公安局交警大队", "lead"), ("县交通运输局", "responsible")]),
        ("", 2, "消防安全", [("县消防救援大队", "lead"), ("各乡镇人民政府", "responsible")]),
    ]


def test_a_person_on_the_line_under_a_unit_in_a_quoted_cell_is_no_unit():
    """A spreadsheet cell wrapping the unit and its person in charge onto two lines ("县商务局⏎马某某"): the person
    answers for the unit above; two units one a line, each with its person in brackets, both lead."""
    text = "\n".join([
        "某县重点工作清单",
        "序号\t重点工作\t目标任务\t牵头单位及责任人\t责任单位\t完成时限",
        '1\t招商引资\t新签约项目30个。\t"县商务局',
        '马某某"\t各乡镇人民政府\t12月底前',
        '2\t农田建设\t新建高标准农田1万亩。\t"县农业农村局（刘某）',
        '县水利局（陈某某）"\t县财政局\t10月底前',
    ])
    assert reading(text) == [
        ("", 1, "招商引资", [("县商务局", "lead"), ("各乡镇人民政府", "responsible")]),
        ("", 2, "农田建设", [("县农业农村局", "lead"), ("县水利局", "lead"), ("县财政局", "responsible")]),
    ]


def test_a_challenge_lists_issuing_bodies_support_and_the_bodies_taking_it_up_answer():
    """A 揭榜挂帅 榜单 names beside each challenge the body that set it (发榜单位: guides, backs and accepts the work)
    and the body taking it up (揭榜单位: carries it out): the first supports, as a 督导单位 column does, the second
    is responsible, a joint one marked （牵头） leading; the 榜单's own name (揭榜挂帅) heads no column."""
    text = "\n".join([
        "某省2030年改革攻坚“揭榜挂帅”榜单",
        "序号\t攻关任务\t发榜单位\t揭榜单位\t预期成效\t完成时限",
        "一、经济体制改革（2项）",
        "1\t探索园区管理体制改革\t省甲厅\t乙市人民政府\t形成制度文件1套\t2030年12月",
        "2\t推进排污权市场化交易\t省丙厅、省丁局\t戊市戊局（牵头）、戊市己委\t交易金额5000万元\t2030年11月",
        "注：发榜单位负责业务指导和成效验收；揭榜单位负责组织实施。",
    ])
    assert reading(text) == [
        ("一", 1, "探索园区管理体制改革", [("乙市人民政府", "responsible"), ("省甲厅", "support")]),
        ("一", 2, "推进排污权市场化交易", [("戊市戊局", "lead"), ("戊市己委", "responsible"), ("省丙厅", "support"),
                                     ("省丁局", "support")]),
    ]
    assert [header_kind(c) for c in ("发榜部门", "揭榜主体", "揭榜挂帅项目")] == ["support", "responsible", "task"]


def test_tab_lines_of_cells_a_pdf_wrapped_inside_a_word_run_on_into_the_row_above():
    """A table copied from a PDF keeps each printed line: a row's later lines leave 序号 empty and hold the rest of
    each cell, cut anywhere (市甲管理 / 局, 牵 / 头, 2030年6月 / 底前). Where a unit cell was cut inside a name or a
    role word, the line is the rest of the row, joined without a break."""
    text = "\n".join([
        "某市问题整改清单",
        "序号\t问题描述\t整改措施\t责任单位\t整改时限",
        "1\t公厕设施破损，保洁不\t落实专人保洁，对不达标公\t市甲管理\t2030年6月",
        "\t到位。\t厕实施提标改造。\t局、各区人民\t底前",
        "\t\t\t政府\t",
        "2\t集市分区不合理。\t实施标准化改造。\t市乙委牵\t2030年9月底前",
        "\t\t\t头，市丙局配合\t",
    ])
    assert reading(text) == [
        ("", 1, "公厕设施破损，保洁不到位", [("市甲管理局", "responsible"), ("各区人民政府", "responsible")]),
        ("", 2, "集市分区不合理", [("市乙委", "lead"), ("市丙局", "support")]),
    ]


def test_the_departments_handling_one_thing_jointly_support_its_lead():
    """A 高效办成一件事 list names beside the 牵头部门 the 联办部门 (or 联动部门) handling the one thing jointly: they
    support, in a table's column as in an annotation's label."""
    text = "\n".join([
        "某市2030年“高效办成一件事”重点事项清单",
        "序号\t事项名称\t牵头部门\t联办部门\t办理时限",
        "1\t新生儿出生“一件事”\t市卫生健康委\t市公安局、市医保局\t5个工作日",
    ])
    assert reading(text) == [
        ("", 1, "新生儿出生“一件事”", [("市卫生健康委", "lead"), ("市公安局", "support"), ("市医保局", "support")])]
    from generator.parse.annotations import read_task
    assert [(a.name, a.role) for a in read_task("办理出生一件事。（牵头部门：市卫生健康委；联动部门：市公安局）").assignments] == [
        ("市卫生健康委", "lead"), ("市公安局", "support")]


def test_the_bodies_an_agenda_matter_is_worked_up_with_support_its_reporting_unit():
    """A 常务会议 议题计划 (or a 重大决策目录) names beside the 汇报单位 of each matter the bodies it works the matter up
    with, 会同单位 (会同部门): they support, as the units after 会同 do in running text; the 汇报单位 column holds the
    department answering for the matter, as the label 汇报单位： reads."""
    text = "\n".join([
        "某市政府2030年常务会议议题计划",
        "序号\t议题名称\t汇报单位\t会同单位\t拟上会时间",
        "1\t审议《某市2030年预算（草案）》\t市甲局\t市乙委、市丙局\t1月",
        "2\t研究养老服务推进情况\t市丁局\t市戊委\t8月",
    ])
    assert reading(text) == [
        ("", 1, "审议《某市2030年预算（草案）》", [("市甲局", "responsible"), ("市乙委", "support"), ("市丙局", "support")]),
        ("", 2, "研究养老服务推进情况", [("市丁局", "responsible"), ("市戊委", "support")])]
    assert [header_kind(c) for c in ("会同单位", "会同部门", "汇报单位", "汇报部门")] == [
        "support", "support", "responsible", "responsible"]


def test_an_agenda_matter_wrapped_over_two_lines_of_a_cell_per_line_copy_keeps_its_row():
    """A 议题计划 copied from a PDF one cell per line wraps a long 议题名称 (…三年行动方案 / （2030—2032年）》): once
    the 汇报单位 column is known, the row's width places the wrap in the title, not in the unit cells."""
    text = "\n".join([
        "某市2030年常务会议议题计划",
        "序号", "议题名称", "汇报单位", "配合单位", "拟上会时间", "分管副市长",
        "1", "研究《某市工业振兴三年行动方案", "（2030—2032年）》", "市甲局", "市乙委、市丙局", "2月", "陈某某",
        "2", "审议某市养老服务条例", "市丁局", "市戊委", "3月", "周某某",
    ])
    assert reading(text) == [
        ("", 1, "研究《某市工业振兴三年行动方案（2030—2032年）》",
         [("市甲局", "responsible"), ("市乙委", "support"), ("市丙局", "support")]),
        ("", 2, "审议某市养老服务条例", [("市丁局", "responsible"), ("市戊委", "support")])]


def test_a_notes_cell_that_is_only_a_body_and_its_role_verb_is_read_as_that_role():
    """备注 is text, never units; but a 周/月工作安排 writes an outside body's share there (县交警大队配合): a cell that
    is only a list of bodies and a role verb reads as that role. Any other note (a body inside running words, a word
    before the body) stays text only."""
    text = "\n".join([
        "某局第9周工作安排",
        "序号\t工作内容\t责任股室\t责任人\t完成时间\t备注",
        "1\t开展渣土车联合执法\t执法大队\t周某\t每周2次\t县交警大队、县运管所协助",
        "2\t迎接案卷评查\t法规股\t李某\t3月6日\t迎接县司法局评查",
        "3\t开展校园周边检查\t执法大队\t周某\t3月5日\t请县教育局配合",
        "4\t做好经费报账\t财务股\t陈某\t3月7日前\t",
    ])
    assert reading(text) == [
        ("", 1, "开展渣土车联合执法", [("执法大队", "responsible"), ("县交警大队", "support"), ("县运管所", "support")]),
        ("", 2, "迎接案卷评查", [("法规股", "responsible")]),
        ("", 3, "开展校园周边检查", [("执法大队", "responsible")]),
        ("", 4, "做好经费报账", [("财务股", "responsible")]),
    ]
    tasks = _plan(text).tasks()
    assert "备注:县交警大队、县运管所协助" in tasks[0].text and "备注:请县教育局配合" in tasks[2].text


def test_a_notes_cell_of_a_lead_verb_of_prose_or_a_place_stays_text():
    """A 备注 beside the row's own 牵头单位 telling how a body takes part with a lead verb of prose (市政府办公室统筹,
    市委督查室主办) gives the row no second lead, and a place with a verb (县城区实施) is no body: both stay text;
    牵头 itself and 配合 are still read."""
    text = "\n".join([
        "某市重点任务分解表",
        "序号\t重点任务\t牵头单位\t配合单位\t备注",
        "1\t实施老旧小区改造\t某市住建局\t某市财政局\t市政府办公室统筹",
        "2\t推进城中村改造\t某市自然资源局\t某市财政局\t市委督查室主办",
        "3\t加强管网建设\t某市城管局\t某市水务局\t县城区实施",
        "4\t建设口袋公园\t某市园林局\t某市财政局\t市城投集团配合",
        "5\t整治背街小巷\t某市城管局\t某市公安局\t市交通局牵头",
    ])
    assert [units for _, _, _, units in reading(text)] == [
        [("某市住建局", "lead"), ("某市财政局", "support")],
        [("某市自然资源局", "lead"), ("某市财政局", "support")],
        [("某市城管局", "lead"), ("某市水务局", "support")],
        [("某市园林局", "lead"), ("某市财政局", "support"), ("市城投集团", "support")],
        [("某市城管局", "lead"), ("市交通局", "lead"), ("某市公安局", "support")],
    ]


def test_a_notes_cell_giving_the_places_share_reads_with_the_annotation_verbs():
    """A 分解表's 备注 gives the places' share as a bracket would, by bodies and the annotation's own verbs: 落实 / 具体实施
    / 组织实施 implement, 负责 responsible, 配合落实 support (before: only 配合 / 协助 / 牵头 … were read there, the
    cell left text). A note whose bodies follow a word of its own (由各县区政府落实到位) stays text."""
    text = "\n".join([
        "某市重点任务分解表",
        "序号\t重点任务\t牵头单位\t配合单位\t备注",
        "1\t实施老旧小区改造\t某市住建局\t某市财政局\t各县（市、区）人民政府落实",
        "2\t推进城中村改造\t某市自然资源局\t某市财政局\t各县（市、区）人民政府具体实施",
        "3\t加强管网建设\t某市城管局\t某市水务局\t各县（市、区）人民政府负责",
        "4\t建设口袋公园\t某市园林局\t某市财政局\t市城投集团配合落实",
        "5\t整治背街小巷\t某市城管局\t某市公安局\t由各县区政府落实到位",
    ])
    places = "各县（市、区）人民政府"
    assert [units for _, _, _, units in reading(text)] == [
        [("某市住建局", "lead"), ("某市财政局", "support"), (places, "implement")],
        [("某市自然资源局", "lead"), ("某市财政局", "support"), (places, "implement")],
        [("某市城管局", "lead"), (places, "responsible"), ("某市水务局", "support")],
        [("某市园林局", "lead"), ("某市财政局", "support"), ("市城投集团", "support")],
        [("某市城管局", "lead"), ("某市公安局", "support")],
    ]


def test_a_notes_cell_naming_a_town_by_its_place_reads_with_the_annotation_verbs():
    """A county's 分解表 hands a share to one named town in its 备注 (凤栖镇人民政府具体落实): the town's body named by
    its place, with no level word before it, is read as 各乡镇人民政府 is; a note opening with a word of its own
    (实施乡镇人民政府落实) or a town's place alone (城关镇区落实) stays text."""
    text = "\n".join([
        "某县重点任务分解表",
        "序号\t重点任务\t牵头单位\t配合单位\t备注",
        "1\t建设集镇污水管网\t县住建局\t县财政局\t凤栖镇人民政府具体落实",
        "2\t整治背街小巷\t县城管局\t县公安局\t石桥乡政府、河西街道办事处配合",
        "3\t改造农贸市场\t县商务局\t县财政局\t城关镇区落实",
    ])
    assert [units for _, _, _, units in reading(text)] == [
        [("县住建局", "lead"), ("县财政局", "support"), ("凤栖镇人民政府", "implement")],
        [("县城管局", "lead"), ("县公安局", "support"), ("石桥乡政府", "support"), ("河西街道办事处", "support")],
        [("县商务局", "lead"), ("县财政局", "support")],
    ]


@pytest.mark.parametrize("lead_person", ["全体班子成员", "张某"])
def test_one_cell_per_line_a_unit_cell_naming_people_is_a_cell_not_a_lost_one(lead_person):
    """A weekly arrangement pasted one cell per line, its empty 备注 cells leaving no line: a row whose 责任股室 names
    the leaders as a group (全体班子成员) above its 责任人 holds two people cells in a row; the first is the unit
    column's (no unit), the date stays under 完成时间, and the unit of the row above is not carried down."""
    text = "\n".join([
        "某局第9周工作安排",
        "序号", "工作内容", "责任股室", "责任人", "完成时间", "备注",
        "1", "召开周例会", "办公室", "王某", "3月3日", "周一上午",
        "2", "开展作风督查", "全体班子成员", lead_person, "持续推进",
        "3", "做好经费报账", "财务股", "陈某", "3月7日",
    ])
    assert reading(text) == [
        ("", 1, "召开周例会", [("办公室", "responsible")]),
        ("", 2, "开展作风督查", []),
        ("", 3, "做好经费报账", [("财务股", "responsible")]),
    ]
    assert "完成时限:持续推进" in _plan(text).tasks()[1].text


def test_one_cell_per_line_with_people_column_a_unit_cell_over_two_lines_and_a_blank_note():
    """责任人 holds people, who never become units; a 责任单位 cell pasted one unit per line is one
    cell; a 备注 left empty comes as a blank line and does not end the table."""
    text = "\n".join([
        "某区2025年市容整治任务分工表",
        "编号", "主要任务", "责任单位", "责任人", "完成时间", "备注",
        "1", "整治占道经营", "区城管局", "张某某", "6月底前", "按月报送",
        "2", "清理违法建设", "区城管局", "各街道办事处", "李某", "年底前", "",
        "3", "增设分类投放点", "区环卫中心", "王某", "9月",
    ])
    assert reading(text) == [
        ("", 1, "整治占道经营", [("区城管局", "responsible")]),
        ("", 2, "清理违法建设", [("区城管局", "responsible"), ("各街道办事处", "responsible")]),
        ("", 3, "增设分类投放点", [("区环卫中心", "responsible")]),
    ]
    plan = _plan(text)
    assert "责任人:张某某" in plan.tasks()[0].text and "备注:按月报送" in plan.tasks()[0].text
    assert all(a.name not in ("张某某", "李某", "王某") for t in plan.tasks() for a in t.assignments)


def test_one_cell_per_line_over_two_pages_with_the_header_repeated_and_group_rows():
    text = "\n".join([
        "某市2025年营商环境任务清单",
        "序号", "重点任务", "牵头单位", "配合单位", "时间节点",
        "一、提升政务服务效能",
        "1", "推行企业开办一日办结", "市政务服务中心", "市发展改革委", "6月底前",
        "2", "压缩工程审批时间", "市住建局", "市自然资源局", "市人防办", "持续推进",
        "- 2 -",
        "序号", "重点任务", "牵头单位", "配合单位", "时间节点",
        "二、优化法治环境",
        "3", "规范涉企行政检查", "市司法局", "各执法部门", "年底前",
    ])
    assert sections(text) == [("一", "提升政务服务效能"), ("二", "优化法治环境")]
    assert reading(text) == [
        ("一", 1, "推行企业开办一日办结", [("市政务服务中心", "lead"), ("市发展改革委", "support")]),
        ("一", 2, "压缩工程审批时间", [("市住建局", "lead"), ("市自然资源局", "support"), ("市人防办", "support")]),
        ("二", 3, "规范涉企行政检查", [("市司法局", "lead"), ("各执法部门", "support")]),
    ]


def test_tabs_with_quoted_multi_line_cells_a_page_number_and_the_header_again():
    """A spreadsheet copies a cell holding line breaks inside quotes; the pages of the table are
    separated by a page number and the header printed again."""
    text = "\n".join([
        "某县2025年农村供水任务分工",
        "序号\t工作任务\t牵头单位\t协办单位\t进度安排\t备注",
        '1\t"新建集中供水站\n改造老旧管网"\t县水利局\t"县财政局\n县自然资源局"\t10月底前\t',
        "— 2 —",
        "序号\t工作任务\t牵头单位\t协办单位\t进度安排\t备注",
        '2\t开展水质检测\t县卫生健康局\t无\t每季度\t"含""回头看"""',
    ])
    assert reading(text) == [
        ("", 1, "新建集中供水站改造老旧管网", [("县水利局", "lead"), ("县财政局", "support"), ("县自然资源局", "support")]),
        ("", 2, "开展水质检测", [("县卫生健康局", "lead")]),
    ]
    assert '备注:含"回头看"' in _plan(text).tasks()[1].text


def test_a_page_number_whose_closing_dash_ocr_read_as_yi_breaks_a_table_and_opens_no_group():
    """— 2 一: OCR of a scanned table may read the dash closing the page number as 一; the line is the page number
    still, where the table breaks over pages, not a group row 一 over the rows after it."""
    text = "\n".join([
        "某县2025年农村供水任务分工",
        "序号\t工作任务\t牵头单位\t协办单位\t进度安排",
        "1\t新建集中供水站\t县甲局\t县乙局\t10月底前",
        "— 2 一",
        "序号\t工作任务\t牵头单位\t协办单位\t进度安排",
        "2\t开展水质检测\t县丙局\t无\t每季度",
    ])
    assert reading(text) == [
        ("", 1, "新建集中供水站", [("县甲局", "lead"), ("县乙局", "support")]),
        ("", 2, "开展水质检测", [("县丙局", "lead")]),
    ]


def test_tabs_with_a_source_column_a_leader_column_and_a_group_row_spanning_the_table():
    text = "\n".join([
        "某市2025年稳就业任务分工",
        "序号\t具体措施\t政策依据\t分管领导\t牵头单位\t配合单位\t完成时限",
        "一、支持企业稳岗",
        "1\t发放稳岗返还资金\t《失业保险条例》\t赵某某\t市人社局\t市财政局\t6月底前",
        "2\t开展职业技能培训\t\t赵某某\t市人社局\t市教育局、各区县政府\t年底前",
    ])
    assert sections(text) == [("一", "支持企业稳岗")]
    assert reading(text) == [
        ("一", 1, "发放稳岗返还资金", [("市人社局", "lead"), ("市财政局", "support")]),
        ("一", 2, "开展职业技能培训", [("市人社局", "lead"), ("市教育局", "support"), ("各区县政府", "support")]),
    ]
    first = _plan(text).tasks()[0].text
    assert "政策依据:《失业保险条例》" in first and "分管领导:赵某某" in first


def test_one_cell_per_line_with_header_cells_broken_over_two_lines():
    """A narrow column prints its name over two lines (完成 / 时限, 工作 / 内容, 序 / 号)."""
    text = "\n".join([
        "某县2025年河湖治理任务表",
        "序", "号", "工作", "内容", "牵头", "单位", "配合", "单位", "完成", "时限",
        "1", "清理河道垃圾", "县水利局", "各乡镇", "5月底前",
        "2", "整治入河排污口", "县生态环境分局", "县水利局", "10月底前",
    ])
    assert reading(text) == [
        ("", 1, "清理河道垃圾", [("县水利局", "lead"), ("各乡镇", "support")]),
        ("", 2, "整治入河排污口", [("县生态环境分局", "lead"), ("县水利局", "support")]),
    ]
    assert "完成时限:5月底前" in _plan(text).tasks()[0].text


def test_one_cell_per_line_with_header_names_stacked_a_character_a_line_and_repeated_past_a_page():
    """A PDF's narrow columns print their names one character a line (序 / 号, 责 / 任 / 单 / 位, 完 / 成 / 时 / 限), and
    again after the page number; a one-character cell and the 序号 of a row stay the row's cells."""
    header = ["序", "号", "工作任务", "牵", "头", "单", "位", "责", "任", "单", "位", "完", "成", "时", "限"]
    text = "\n".join([
        "某县景区安全整治任务表", *header,
        "1", "开展景区游乐设施安全", "检查。", "县应急管理局", "县文化和旅游局", "6月底前",
        "2", "整治旅游客运车辆超员。", "县交通运输局", "县公安局", "持续推进",
        "", "— 2 —", "", *header,
        "3", "清查景区消防通道。", "县消防救援大队", "各乡镇", "年", "底", "前",
    ])
    assert reading(text) == [
        ("", 1, "开展景区游乐设施安全检查", [("县应急管理局", "lead"), ("县文化和旅游局", "responsible")]),
        ("", 2, "整治旅游客运车辆超员", [("县交通运输局", "lead"), ("县公安局", "responsible")]),
        ("", 3, "清查景区消防通道", [("县消防救援大队", "lead"), ("各乡镇", "responsible")]),
    ]


@pytest.mark.parametrize("kind_cell", ["制定或修订", "制定/修订", "制修订", "制（修）订", "申报层级"])
def test_one_cell_per_line_a_column_saying_whether_each_item_is_new_or_revised(kind_cell):
    """A standards or rule-making plan says of each item whether it is drawn up new or revised (制定或修订, 制修订); a
    column no header word names (制（修）订, 申报层级) between the task column and columns not yet named keeps the header
    going, its cells kept under it, not fitted into the title."""
    text = "\n".join([
        "附件", "2025年度某市地方标准制修订项目计划",
        "序号", "项目名称", kind_cell, "代替标准号", "起草单位", "归口单位", "完成时间",
        "1", "稻渔综合种养技术规程", "制定", "—", "某市水产技术推广站、某市农业科学研究院", "市农业农村局", "2025年12月",
        "2", "茶园病虫害绿色防控技术规程", "修订", "DB00/T 12—2019", "某市茶叶研究所", "市农业农村局", "2026年6月",
    ])
    assert reading(text) == [
        ("", 1, "稻渔综合种养技术规程", [("某市水产技术推广站", "responsible"), ("某市农业科学研究院", "responsible"),
                                 ("市农业农村局", "responsible")]),
        ("", 2, "茶园病虫害绿色防控技术规程", [("某市茶叶研究所", "responsible"), ("市农业农村局", "responsible")]),
    ]
    assert "修订" in _plan(text).tasks()[1].text


def test_one_cell_per_line_drafters_one_per_line_with_a_college_among_them():
    """Drafters written one per paragraph of a Word cell print on lines of their own; a college (…高等专科学校, …中等职业
    学校) is a body like the institute and the cooperative beside it: its 等 is its grade, not the 等 closing a list."""
    text = "\n".join([
        "附件", "2026年度某市地方标准项目计划",
        "序号", "项目名称", "性质", "代替标准号", "起草单位", "归口单位", "完成时间",
        "1", "林下中药材种植技术规程", "制定", "—", "某市林业科学研究所", "某市中医药高等专科学校", "某康源中药材种植专业合作社",
        "市林业局", "2026年6月",
        "2", "中药饮片炮制规范", "修订", "DB00/T 7—2020", "某县中等职业学校", "某市药材研究院", "市市场监管局", "2026年12月",
    ])
    assert reading(text) == [
        ("", 1, "林下中药材种植技术规程", [("某市林业科学研究所", "responsible"), ("某市中医药高等专科学校", "responsible"),
                                  ("某康源中药材种植专业合作社", "responsible"), ("市林业局", "responsible")]),
        ("", 2, "中药饮片炮制规范", [("某县中等职业学校", "responsible"), ("某市药材研究院", "responsible"),
                              ("市市场监管局", "responsible")]),
    ]


def test_an_html_table_with_the_header_repeated_group_rows_spanning_and_a_people_column(write_file):
    page = """<html><body><h1>某县2025年森林防火任务分工</h1><table>
    <tr><td>序号</td><td>工作任务</td><td>责任单位</td><td>责任人</td><td>完成时限</td></tr>
    <tr><td colspan="5">一、强化火源管控</td></tr>
    <tr><td>1</td><td>设立进山检查站</td><td>县林业局<br>各乡镇</td><td>孙某</td><td>3月</td></tr>
    <tr><td>序号</td><td>工作任务</td><td>责任单位</td><td>责任人</td><td>完成时限</td></tr>
    <tr><td colspan="5">二、提升扑救能力</td></tr>
    <tr><td>2</td><td>组建半专业扑火队</td><td>县应急局</td><td>周某</td><td>4月</td></tr>
    </table></body></html>"""
    path = write_file(page, "plan.html")
    text = to_text(path)
    assert sections(text) == [("一", "强化火源管控"), ("二", "提升扑救能力")]
    assert reading(text) == [
        ("一", 1, "设立进山检查站", [("县林业局", "responsible"), ("各乡镇", "responsible")]),
        ("二", 2, "组建半专业扑火队", [("县应急局", "responsible")]),
    ]


@pytest.mark.parametrize("first, second", [("一、", "二、"), ("", "")])
def test_a_group_row_spanning_a_table_numbered_inside_its_task_cells_heads_the_rows_under_it(write_file, first, second):
    """问题 | 整改措施 | 责任领导 | 责任单位 | 整改时限, no 序号: the measures are numbered 1. 2. … inside their cells and
    full-width 方面 rows (one cell across the table, its text in every slot) part them. Each such row, the first or a
    later one, labelled or not, is a group heading: never a row of more measures under the task above, its title no
    unit of that task."""
    page = f"""<html><body><p>某局整改问题清单</p><table border="1">
    <tr><td>问题</td><td>整改措施</td><td>责任领导</td><td>责任单位</td><td>整改时限</td></tr>
    <tr><td colspan="5">{first}制度建设方面</td></tr>
    <tr><td rowspan="2">（一）制度不健全。</td><td>1.修订议事规则。</td><td rowspan="3">局长 张某</td><td>综合科</td><td>6月底前</td></tr>
    <tr><td>2.开展制度清理。</td><td>综合科、法规科</td><td>9月底前</td></tr>
    <tr><td>（二）执行不到位。</td><td>3.建立督查台账。</td><td>法规科</td><td>长期坚持</td></tr>
    <tr><td colspan="5">{second}安全生产方面</td></tr>
    <tr><td>（三）排查不彻底。</td><td>4.开展隐患排查。</td><td>副局长 赵某</td><td>安全科</td><td>10月底前</td></tr>
    </table></body></html>"""
    text = to_text(write_file(page, "plan.html"))
    assert [title for _, title in sections(text)] == ["制度建设方面", "安全生产方面"]
    assert [(section, n, units) for section, n, _, units in reading(text)] == [
        ("一", 1, [("综合科", "responsible")]),
        ("一", 2, [("综合科", "responsible"), ("法规科", "responsible")]),
        ("一", 3, [("法规科", "responsible")]),
        ("二", 4, [("安全科", "responsible")]),
    ]


@pytest.mark.parametrize("blank", ["—", "无"])
def test_a_row_of_no_value_in_every_cell_heads_no_group(write_file, blank):
    """A row of — / 无 in every slot of a table numbered inside its task cells says nothing: no section opens there."""
    page = f"""<html><body><p>某县城市更新工作任务表</p><table border="1">
    <tr><td>工作任务</td><td>责任单位</td><td>配合单位</td><td>完成时限</td></tr>
    <tr><td>1.推进老旧小区改造。</td><td>县甲局</td><td>各乡镇</td><td>6月底前</td></tr>
    <tr><td>2.实施背街小巷整治。</td><td>县乙局</td><td>县甲局</td><td>9月底前</td></tr>
    <tr><td>{blank}</td><td>{blank}</td><td>{blank}</td><td>{blank}</td></tr>
    <tr><td>3.完善物业管理。</td><td>县甲局</td><td>各社区</td><td>12月底前</td></tr>
    </table></body></html>"""
    text = to_text(write_file(page, "plan.html"))
    assert blank not in [title for _, title in sections(text)]
    assert [(n, [name for name, _ in units]) for _, n, _, units in reading(text)] == [
        (1, ["县甲局", "各乡镇"]), (2, ["县乙局", "县甲局"]), (3, ["县甲局", "各社区"])]


def test_an_html_unit_cell_broken_before_the_branch_of_the_body_above_is_one_name(write_file):
    """A narrow 牵头单位 column written 市生态环境局<br>某县分局: the break cuts one name before its branch (a 局's 分局);
    a line opening with its level is another unit, and so is a squad (交警大队 under 县应急局: as often a body of its
    own listed after another)."""
    page = """<html><body><h1>某县水环境整治任务分工表</h1><table border=1>
    <tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td></tr>
    <tr><td>1</td><td>完成专项规划修编</td><td>市生态环境局<br>某县分局</td><td>县自然资源局<br>县农业农村局</td></tr>
    <tr><td>2</td><td>开展水质监测</td><td>县应急局<br>交警大队</td><td>/</td></tr>
    </table></body></html>"""
    text = to_text(write_file(page, "plan.html"))
    assert reading(text) == [
        ("", 1, "完成专项规划修编", [("市生态环境局某县分局", "lead"), ("县自然资源局", "support"),
                             ("县农业农村局", "support")]),
        ("", 2, "开展水质监测", [("县应急局", "lead"), ("交警大队", "lead")]),
    ]


def test_markdown_table_with_line_breaks_written_as_br():
    text = "\n".join([
        "某市2025年数字政府建设任务",
        "| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |",
        "| --- | --- | --- | --- | --- |",
        "| 1 | 建设政务云平台 | 市数据局 | 市财政局<br>市网信办 | 2025年底 |",
    ])
    assert reading(text) == [("", 1, "建设政务云平台", [("市数据局", "lead"), ("市财政局", "support"), ("市网信办", "support")])]


def test_markdown_pipe_escaped_inside_a_cell_is_the_cells_text_no_column_boundary():
    """GFM and the web clippers writing it escape a pipe in a cell's text as \\|: one cell holding a |, its row as
    wide as the header (before: split there, every cell after it one column off, the last unit lost)."""
    text = "\n".join([
        "某省冷链建设重点工程",
        "| 序号 | 工程名称 | 主要内容 | 牵头单位 | 配合单位 |",
        "| --- | --- | --- | --- | --- |",
        "| 1 | 园区提质工程 | 新增冷库≥30万吨\\|新增冷藏车≥500辆 | 省甲委、省乙厅 | 省丙局 |",
        "| 2 | 追溯平台工程\\|一期 | 平台上线 | 省丁局 | 省戊厅 |",
    ])
    assert [(number, title, units) for _, number, title, units in reading(text)] == [
        (1, "园区提质工程", [("省甲委", "lead"), ("省乙厅", "lead"), ("省丙局", "support")]),
        (2, "追溯平台工程|一期", [("省丁局", "lead"), ("省戊厅", "support")])]


def test_markdown_cell_listing_units_as_list_items_drops_the_markers():
    """A wiki exports a cell's bullet list after a role label as Markdown items or bullets (配合：<br>- A<br>- B): the
    marker opens the line, it is no part of the name, and a bullet is no unit of its own."""
    text = "\n".join([
        "某县集贸市场整治任务",
        "| 序号 | 重点任务 | 责任单位 | 完成时限 |",
        "| --- | --- | --- | --- |",
        "| 1 | 翻新菜市场顶棚 | 牵头：县商务局<br>配合：<br>* 县城管局<br>* 县消防救援大队 | 2025年底前 |",
        "| 2 | 整治占道摆摊 | 牵头：县城管局<br>配合：<br>• 县商务局<br>•县交警大队 | 长期坚持 |",
        "| 3 | 建设冷库 | 牵头：县商务局<br>配合：<br>- 县财政局<br>- 县自然资源局 | 2026年 |",
    ])
    assert [units for *_, units in reading(text)] == [
        [("县商务局", "lead"), ("县城管局", "support"), ("县消防救援大队", "support")],
        [("县城管局", "lead"), ("县商务局", "support"), ("县交警大队", "support")],
        [("县商务局", "lead"), ("县财政局", "support"), ("县自然资源局", "support")],
    ]


def test_markdown_cell_line_with_its_own_verb_after_a_labelled_list_keeps_its_verb():
    """牵头：A<br>配合：B、C<br>D负责落实: the line break ends the 配合 list and 负责落实 is D's alone; a verb on a line
    of its own with no name before it (…<br>按职责分工负责) still closes the list above."""
    text = "\n".join([
        "某县集贸市场整治任务",
        "| 序号 | 重点任务 | 责任单位 | 完成时限 |",
        "| --- | --- | --- | --- |",
        "| 1 | 翻新菜市场顶棚 | 牵头：县商务局<br>配合：县城管局、县财政局<br>各镇人民政府负责落实 | 2025年底前 |",
        "| 2 | 整治占道摆摊 | 牵头：县城管局<br>配合：县商务局、县交警大队<br>按职责分工落实 | 长期坚持 |",
    ])
    assert [units for *_, units in reading(text)] == [
        [("县商务局", "lead"), ("县城管局", "support"), ("县财政局", "support"), ("各镇人民政府", "implement")],
        [("县城管局", "lead"), ("县商务局", "implement"), ("县交警大队", "implement")],
    ]


def test_markdown_table_with_many_br_stays_one_row_a_line():
    """Three <br> or more in a | table's cells are no page markup to be read as HTML: each row stays whole, its <br> a
    line break inside the cell."""
    text = "\n".join([
        "某市创文测评任务分解",
        "| 序号 | 测评内容 | 牵头单位 | 责任单位 |",
        "| --- | --- | --- | --- |",
        "| 1 | 公益广告规范。 | 市文明办 | 市城管局，<br>各镇（街道） |",
        "| 2 | 农贸市场整洁。 | 市监管局 | 市商务局，<br>各镇（街道） |",
        "| 3 | 小巷无乱堆放。 | 市住建局 | 市城管局，<br/>各镇（街道） |",
    ])
    assert reading(text) == [
        ("", 1, "公益广告规范", [("市文明办", "lead"), ("市城管局", "responsible"), ("各镇（街道）", "responsible")]),
        ("", 2, "农贸市场整洁", [("市监管局", "lead"), ("市商务局", "responsible"), ("各镇（街道）", "responsible")]),
        ("", 3, "小巷无乱堆放", [("市住建局", "lead"), ("市城管局", "responsible"), ("各镇（街道）", "responsible")]),
    ]


def test_an_index_tables_leftmost_heads_column_merged_down_its_rows_groups_them():
    """测评项目 | 测评指标 | 序号 | 测评内容: the 项目 column names a task column by its word, yet holds 一、 heads written
    only on a group's first row (the header repeated over a page break aside): it groups the rows, as a 类别 does."""
    text = "\n".join([
        "某市创文测评任务分解",
        "| 测评项目 | 测评指标 | 序号 | 测评内容 | 牵头单位 | 责任单位 |",
        "| --- | --- | --- | --- | --- | --- |",
        "| 一、公共文明 | 1.交通秩序 | 1 | 车辆礼让行人。 | 市公安局 | 市交通局 |",
        "|  |  | 2 | 行人不闯红灯。 |  | 各镇（街道） |",
        "| 测评项目 | 测评指标 | 序号 | 测评内容 | 牵头单位 | 责任单位 |",
        "| 二、城市环境 | 2.市容市貌 | 3 | 店外无占道经营。 | 市城管局 | 各镇（街道） |",
    ])
    assert sections(text) == [("一", "公共文明"), ("二", "城市环境")]
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "车辆礼让行人", [("市公安局", "lead"), ("市交通局", "responsible")]),
        (2, "行人不闯红灯", [("市公安局", "lead"), ("各镇（街道）", "responsible")]),
        (3, "店外无占道经营", [("市城管局", "lead"), ("各镇（街道）", "responsible")]),
    ]
    # filled on every row, the same column is the rows' own words: no group
    every_row = text.replace("|  |  | 2 |", "| 一、行人守规 |  | 2 |")
    assert [title for _, _, title, _ in reading(every_row)][0].startswith("一、公共文明")


def test_a_numbered_project_column_merged_over_items_numbered_afresh_under_each_groups_them():
    """项目名称 | 目标任务 with 1. 2. projects merged down (blank below) over items （1）（2） that start again under each:
    the items are numbered within the projects, as 1. over （1） in an outline, so the projects head groups and each item
    with its own units is a task of its project. Items running on across the projects (（1）（2） | （3）) number the
    rows, as a 三张清单 grid's do: the project column stays text."""
    text = "\n".join([
        "某县便民实事分解表",
        "项目名称\t目标任务\t一季度\t牵头单位\t责任单位",
        "1.托育服务\t（1）新建托育园3所\t选址\t县卫健局\t县住建局",
        "\t（2）培训保育员50人\t制定计划\t县人社局\t县妇联",
        "2.道路养护\t（1）改造农村公路20公里\t开工\t县交通局\t各乡镇",
        "\t（2）修复桥梁5座\t设计\t县交通局\t县水利局",
    ])
    assert sections(text) == [("1", "托育服务"), ("2", "道路养护")]
    assert [(s, n, title, units) for s, n, title, units in reading(text)] == [
        ("1", 1, "新建托育园3所", [("县卫健局", "lead"), ("县住建局", "responsible")]),
        ("1", 2, "培训保育员50人", [("县人社局", "lead"), ("县妇联", "responsible")]),
        ("2", 1, "改造农村公路20公里", [("县交通局", "lead"), ("各乡镇", "responsible")]),
        ("2", 2, "修复桥梁5座", [("县交通局", "lead"), ("县水利局", "responsible")]),
    ]
    running_on = text.replace("（1）改造", "（3）改造").replace("（2）修复", "（4）修复")
    assert [n for _, n, _, _ in reading(running_on)] == [1, 2, 3, 4]
    assert sections(running_on) == [("", "")]


def test_a_numbered_project_cell_filled_down_over_its_sub_rows_is_one_task():
    """项目名称 | 目标任务 saved with its merged cells filled down: 1.托育服务 written again on each sub-row, the sub-rows
    unnumbered. The repeated numbered cell stands where a merged 序号 does: one task, each sub-row's units added."""
    text = "\n".join([
        "某县便民实事分解表",
        "项目名称\t目标任务\t一季度\t牵头单位\t责任单位",
        "1.托育服务\t新建托育园3所\t选址\t县卫健局\t县住建局",
        "1.托育服务\t培训保育员50人\t制定计划\t县人社局\t县妇联",
        "2.道路养护\t改造农村公路20公里\t开工\t县交通局\t各乡镇",
    ])
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "托育服务", [("县卫健局", "lead"), ("县住建局", "responsible"), ("县人社局", "lead"), ("县妇联", "responsible")]),
        (2, "道路养护", [("县交通局", "lead"), ("各乡镇", "responsible")]),
    ]


def test_a_task_cell_filled_down_under_its_lead_in_a_sheet_with_no_number_column_is_one_task():
    """类别 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 with no 序号 column, saved after unmerge-and-fill: a task's rows repeat
    its 重点任务 and 牵头单位 cells, each with a measure of its own. One task, the measures joined and each row's own
    配合单位 added (an equal one a copy, read once); the same task cell under another lead is a task of its own."""
    text = "\n".join([
        "某区社区服务任务分解表",
        "类别\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限",
        "一、养老服务\t建设助餐点\t新建社区食堂4个。\t区民政局\t区财政局\t6月底前",
        "一、养老服务\t建设助餐点\t开展送餐上门服务。\t区民政局\t区卫健委\t9月底前",
        "一、养老服务\t建设助餐点\t落实运营补贴。\t区民政局\t区市场监管局\t12月底前",
        "一、养老服务\t培育护理人员\t培训护理员200人。\t区人社局\t区民政局\t10月底前",
        "一、养老服务\t培育护理人员\t组织护理技能竞赛。\t区总工会\t区人社局\t11月底前",
        "二、托育服务\t增加托位\t新增普惠托位300个。\t区卫健委\t区教育局\t12月底前",
    ])
    plan = _plan(text)
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "建设助餐点", [("区民政局", "lead"), ("区财政局", "support"), ("区卫健委", "support"), ("区市场监管局", "support")]),
        (2, "培育护理人员", [("区人社局", "lead"), ("区民政局", "support")]),
        (3, "培育护理人员", [("区总工会", "lead"), ("区人社局", "support")]),
        (4, "增加托位", [("区卫健委", "lead"), ("区教育局", "support")]),
    ]
    assert "开展送餐上门服务" in plan.sections[0].tasks[0].text and "落实运营补贴" in plan.sections[0].tasks[0].text
    copied = text.replace("区卫健委\t9月底前", "区财政局\t9月底前")
    assert reading(copied)[0][3] == [("区民政局", "lead"), ("区财政局", "support"), ("区市场监管局", "support")]


def test_a_first_column_filled_down_over_rows_of_their_own_with_no_number_column_groups_them():
    """项目 | 标准内容 | 牵头单位 | 配合单位 with no 序号: the 项目 cell merged down over its standards is written on every
    row by a sheet's copy. Labelled (一、) or spanning rows led apart, it names the section and each standard is a task
    with its own units; a task cell repeated under one lead (measures of one task) or a row written again with other
    units (its standard equal too) keeps its reading."""
    head = ["某区卫生创建任务分工表", "项目\t标准内容\t牵头单位\t配合单位"]
    text = "\n".join(head + [
        "一、健康教育\t建立健康教育网络。\t区卫健局\t区教育局",
        "一、健康教育\t公共场所全面禁烟。\t区卫健局\t区市场监管局",
        "二、环境卫生\t道路清扫保洁到位。\t区城管局\t各街道办事处",
        "二、环境卫生\t农贸市场划行归市。\t区商务局\t区市场监管局",
    ])
    expected = [
        ("一", 1, "建立健康教育网络", [("区卫健局", "lead"), ("区教育局", "support")]),
        ("一", 2, "公共场所全面禁烟", [("区卫健局", "lead"), ("区市场监管局", "support")]),
        ("二", 3, "道路清扫保洁到位", [("区城管局", "lead"), ("各街道办事处", "support")]),
        ("二", 4, "农贸市场划行归市", [("区商务局", "lead"), ("区市场监管局", "support")]),
    ]
    assert sections(text) == [("一", "健康教育"), ("二", "环境卫生")]
    assert reading(text) == expected
    # unlabelled: 环境卫生 spans rows led apart, so the column heads groups
    assert reading(text.replace("一、", "").replace("二、", "")) == expected
    one_lead = "\n".join(head + [
        "重点任务甲\t建立健康教育网络。\t区卫健局\t区教育局",
        "重点任务甲\t开展健康讲座。\t区卫健局\t区民政局",
        "重点任务乙\t道路清扫保洁到位。\t区城管局\t各街道办事处",
    ])
    assert [(n, title, units) for _, n, title, units in reading(one_lead)] == [
        (1, "重点任务甲", [("区卫健局", "lead"), ("区教育局", "support"), ("区民政局", "support")]),
        (2, "重点任务乙", [("区城管局", "lead"), ("各街道办事处", "support")]),
    ]
    written_again = "\n".join(head + [
        "一、健康教育\t建立健康教育网络。\t区卫健局\t区教育局",
        "一、健康教育\t建立健康教育网络。\t区卫健局\t区民政局",
        "二、环境卫生\t道路清扫保洁到位。\t区城管局\t各街道办事处",
    ])
    assert sections(written_again) == [("", "")]
    assert [title for _, _, title, _ in reading(written_again)] == ["一、健康教育", "二、环境卫生"]


def test_tabs_with_a_unit_cell_broken_over_lines_and_roles_written_in_the_cell():
    """Pasted without quotes, a line break in a unit cell splits the row: the units stay apart; a
    cell that says its roles in words (A牵头，B配合) reads as units and is not reported."""
    text = "\n".join([
        "某市2025年工作任务分工",
        "序号\t工作任务\t责任单位\t完成时限",
        "1\t开展隐患排查\t市应急局（牵头）",
        "市公安局\t6月",
        "2\t加强安全宣传\t市委宣传部牵头，市教育局配合\t全年",
    ])
    assert reading(text) == [
        ("", 1, "开展隐患排查", [("市应急局", "lead"), ("市公安局", "responsible")]),
        ("", 2, "加强安全宣传", [("市委宣传部", "lead"), ("市教育局", "support")]),
    ]
    assert _plan(text).readings == []


def test_one_cell_per_line_with_a_row_broken_by_the_page_and_the_header_repeated():
    text = "\n".join([
        "某县2025年防汛任务分工",
        "序号", "工作任务", "责任单位", "完成时限",
        "1", "加固病险水库", "县水利局", "汛前",
        "2", "转移危险区群众，",
        "第2页",
        "序号", "工作任务", "责任单位", "完成时限",
        "落实临时安置点", "各乡镇", "汛期",
        "3", "储备防汛物资", "县应急局", "5月",
    ])
    assert reading(text) == [
        ("", 1, "加固病险水库", [("县水利局", "responsible")]),
        ("", 2, "转移危险区群众，落实临时安置点", [("各乡镇", "responsible")]),
        ("", 3, "储备防汛物资", [("县应急局", "responsible")]),
    ]


def test_tabs_with_decimal_numbers_under_whole_numbered_group_rows():
    """1 | 提升景区品质 (no units, no date) heads rows 1.1, 1.2: a group and its tasks, not three tasks."""
    text = "\n".join([
        "某市2025年文旅工作任务分工",
        "序号\t工作任务\t牵头单位\t完成时限",
        "1\t提升景区品质\t\t",
        "1.1\t创建国家4A级景区\t市文旅局\t年底前",
        "1.2\t改造旅游厕所\t市文旅局\t9月",
        "2\t丰富文化供给\t\t",
        "2.1\t举办群众文化活动\t市文旅局\t全年",
    ])
    assert sections(text) == [("一", "提升景区品质"), ("二", "丰富文化供给")]
    assert reading(text) == [
        ("一", 1, "创建国家4A级景区", [("市文旅局", "lead")]),
        ("一", 2, "改造旅游厕所", [("市文旅局", "lead")]),
        ("二", 1, "举办群众文化活动", [("市文旅局", "lead")]),
    ]


@pytest.mark.parametrize("dash", ["-", "－"])
def test_tabs_with_group_item_numbers_written_with_a_dash(dash):
    """A spreadsheet's 台账 numbers its rows 组-项 (1-1, 1-2, 2-1) under group rows: read as 1.1 would be, the item
    part the task's number within its group."""
    text = "\n".join([
        "某县重点工作推进台账",
        "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
        "一、项目建设（2项）",
        f"1{dash}1\t推进园区建设\t县发展改革局\t县自然资源局\t2025年12月底",
        f"1{dash}2\t强化招商引资\t县投资促进中心\t县商务局\t持续推进",
        "二、乡村振兴（1项）",
        f"2{dash}1\t稳定粮食生产\t县农业农村局\t县水利局\t2025年10月底",
    ])
    assert [(section, number, title) for section, number, title, _ in reading(text)] == [
        ("一", 1, "推进园区建设"), ("一", 2, "强化招商引资"), ("二", 1, "稳定粮食生产")]


def test_tabs_broken_by_a_page_foot_between_blank_lines_and_the_header_repeated_are_one_table():
    """An Excel print-out pasted as text: 第 1 页，共 2 页 between blank lines, then the header again. The rows go on
    in the same table, numbered on (not from 1 again on each page)."""
    text = "\n".join([
        "某县重点工作推进台账",
        "",
        "重点任务\t牵头单位\t配合单位\t完成时限",
        "推进园区建设\t县发展改革局\t县自然资源局\t2025年12月底",
        "强化招商引资\t县投资促进中心\t县商务局\t持续推进",
        "",
        "第 1 页，共 2 页",
        "",
        "重点任务\t牵头单位\t配合单位\t完成时限",
        "稳定粮食生产\t县农业农村局\t县水利局\t2025年10月底",
        "",
        "第 2 页，共 2 页",
    ])
    assert [(number, title) for _, number, title, _ in reading(text)] == [
        (1, "推进园区建设"), (2, "强化招商引资"), (3, "稳定粮食生产")]


def test_tabs_a_blank_line_before_a_group_row_pasted_without_tabs_does_not_end_the_table():
    """A table copied from a PDF leaves a blank line before a group row spanning the table (二、执法协作（2项）, no
    tab in it): the rows under the group row belong to the table, in that group."""
    text = "\n".join([
        "某区街道管理事项清单",
        "序号\t事项\t主责部门\t配合部门",
        "一、街巷环境（1项）",
        "1\t背街小巷保洁\t区环卫中心\t各街道办事处",
        "",
        "二、执法协作（2项）",
        "2\t占道经营整治\t区综合执法局\t区交警大队",
        "3\t违规广告清理\t区综合执法局\t区市场监管局",
    ])
    assert [(section, number, title) for section, number, title, _ in reading(text)] == [
        ("一", 1, "背街小巷保洁"), ("二", 2, "占道经营整治"), ("二", 3, "违规广告清理")]


def test_tabs_a_column_of_the_units_duty_clauses_is_read_without_its_label():
    """序号 | 事项 | 主责部门 | 配合部门 | 职责边界（各部门职责描述）: the last column writes each unit's duty as a clause.
    It joins the task's text as sentences, no column label before them (a label would open the first clause and
    hide the unit the cell names first); every unit the cell makes the subject of its duty is read, with its verb.
    Another text column (备注) keeps its label."""
    text = "\n".join([
        "某区城市管理职责边界清单",
        "序号\t事项\t主责部门\t配合部门\t职责边界（各部门职责描述）\t备注",
        "1\t道路清扫保洁\t区环卫中心\t各街道办事处\t区环卫中心负责制定保洁标准；各街道办事处负责保洁作业。\t含背街小巷",
        "2\t公园管理\t区园林中心\t区公安分局\t区园林中心负责公园养护。\t",
    ])
    assert [units for _, _, _, units in reading(text)] == [
        [("区环卫中心", "responsible"), ("各街道办事处", "responsible"), ("区环卫中心", "lead"),
         ("各街道办事处", "support")],
        [("区园林中心", "responsible"), ("区园林中心", "lead"), ("区公安分局", "support")]]
    (first, second) = _plan(text).tasks()
    assert first.text.startswith("道路清扫保洁。区环卫中心负责制定保洁标准；") and "备注:含背街小巷" in first.text


def test_tabs_a_duty_column_the_agent_after_the_work_in_the_rows_last_clause():
    """A 职责边界 column writes a duty as the work, then 由 and its agent (…由区市场监管局负责监督管理 / …由区林业局负责);
    as the row's last clause it stands right before the role columns the row adds: its agent is read responsible."""
    text = "\n".join([
        "某区城市管理职责边界清单",
        "序号\t事项\t主责部门\t配合部门\t职责边界",
        "1\t户外广告管理\t区城管局\t区规划分局\t区城管局负责设置审批；广告内容由区市场监管局负责监督管理。",
        "2\t林业病虫害防治\t区林业局\t区住建局\t区林业局负责检疫；城区绿地的病虫害防治由区城管局负责。",
    ])
    assert [units for _, _, _, units in reading(text)] == [
        [("区城管局", "responsible"), ("区市场监管局", "responsible"), ("区城管局", "lead"), ("区规划分局", "support")],
        [("区林业局", "responsible"), ("区城管局", "responsible"), ("区林业局", "lead"), ("区住建局", "support")]]


def test_an_annotated_paragraph_under_a_group_heading_over_a_tab_table_keeps_its_task():
    """A （一） group over one paragraph closed by its own 【】 and then a pasted project table (序号 1, 2): the paragraph is
    a task of the group, numbered by place, its units kept; the rows follow (before: the paragraph was read as the
    heading's text and its two units were lost)."""
    text = "\n".join([
        "某县2025年卫生健康工作要点",
        "二、强化公共卫生",
        "（一）疾病防控",
        "做好传染病防控。【责任股室：疾控股；配合：县疾控中心】",
        "序号\t项目名称\t责任股室\t配合单位",
        "1\t县医院改扩建\t规划股\t",
        "2\t疾控中心实验室\t疾控股\t县疾控中心",
    ])
    assert reading(text) == [
        ("二", 1, "做好传染病防控", [("疾控股", "responsible"), ("县疾控中心", "support")]),
        ("二", 1, "县医院改扩建", [("规划股", "responsible")]),
        ("二", 2, "疾控中心实验室", [("疾控股", "responsible"), ("县疾控中心", "support")]),
    ]
    assert [t.group for t in _plan(text).tasks()] == ["（一）"] * 3


def test_tabs_with_group_heading_rows_that_have_no_numeral_and_a_task_cell_continued():
    """A short phrase alone in the task column of a numbered table heads a group; a row holding the
    rest of a task's sentence (no 序号, punctuated) continues that task."""
    text = "\n".join([
        "某市2025年政务服务任务分工",
        "序号\t工作任务\t牵头单位\t完成时限",
        "\t提升政务服务效能\t\t",
        "1\t推行一件事一次办，\t市政务服务中心\t6月",
        "\t压缩办理时限。\t\t",
        "2\t建设线上办事平台\t市数据局\t年底",
        "\t优化法治环境\t\t",
        "3\t规范涉企检查\t市司法局\t全年",
    ])
    assert sections(text) == [("一", "提升政务服务效能"), ("二", "优化法治环境")]
    assert reading(text) == [
        ("一", 1, "推行一件事一次办，压缩办理时限", [("市政务服务中心", "lead")]),
        ("一", 2, "建设线上办事平台", [("市数据局", "lead")]),
        ("二", 3, "规范涉企检查", [("市司法局", "lead")]),
    ]


# ---------------------------------------------------------------- cells closed by a |, task columns named otherwise


BAR_CLOSED = "\n".join([
    "某镇2025年防汛工作任务清单",
    "序号 |", "工作任务 |", "责任单位 |", "分管领导 |", "完成时限 |",
    "一、汛前准备 |",
    "1 |", "排查山塘水库隐患，", "建立问题台账。 |", "镇水利站、各村委会 |", "张某 |", "5月底前 |",
    "2 |", "储备防汛物资。 |", "镇应急办 |", "|", "6月 |",
    "二、汛期值守｜",
    "3｜", "落实24小时值班制度。｜", "镇党政办｜", "刘某某、张某｜", "汛期内｜",
    "以上任务请各单位按时落实。",
])


def test_cells_each_on_a_line_closed_by_a_bar_with_a_people_column():
    """A page that flattens a table cell by cell and closes each cell with the column rule: a cell
    over two lines ends at the line holding the |, a | alone is an empty cell, and the 分管领导
    column holds people, who stay in the task's text and never become units."""
    assert sections(BAR_CLOSED) == [("一", "汛前准备"), ("二", "汛期值守")]
    assert reading(BAR_CLOSED) == [
        ("一", 1, "排查山塘水库隐患，建立问题台账", [("镇水利站", "responsible"), ("各村委会", "responsible")]),
        ("一", 2, "储备防汛物资", [("镇应急办", "responsible")]),
        ("二", 3, "落实24小时值班制度", [("镇党政办", "responsible")]),
    ]
    plan = _plan(BAR_CLOSED)
    assert "分管领导:张某" in plan.tasks()[0].text and "完成时限:5月底前" in plan.tasks()[0].text
    assert plan.closing == "以上任务请各单位按时落实。" and plan.readings == []


def test_cells_closed_by_a_bar_that_open_the_text_in_a_plan_source():
    """The same table with no title line, in a plan source with front matter: the first row is a task
    and the closing paragraph keeps its line number."""
    body = BAR_CLOSED.split("\n")[1:]
    text = "\n".join(["---", "title: 某镇2025年防汛工作任务清单", "---", *body])
    (pt,) = read_bytes(text.encode("utf-8"), "plan.md")
    plan = parse_plan(pt)
    assert [t.number for t in plan.tasks()] == [1, 2, 3]
    assert plan.closing == "以上任务请各单位按时落实。" and pt.lines[-1] == plan.closing
    assert pt.first_line + len(pt.lines) - 1 == len(text.split("\n"))  # the last line is where the file has it
    (untitled_pt,) = read_bytes("\n".join(body).encode("utf-8"), "防汛任务清单.txt")
    assert [t.title for t in parse_plan(untitled_pt).tasks()][0] == "排查山塘水库隐患，建立问题台账"


def test_lines_ending_in_a_bar_that_hold_no_table_are_left_alone():
    text = "正文第一段 |\n正文第二段 |\n正文第三段 |\n正文第四段。"
    assert find_pasted_tables(text) == text
    assert find_pasted_tables("只有一行 |\n正文。") == "只有一行 |\n正文。"


def test_a_unit_cell_closed_by_a_bar_that_names_a_person_is_noted():
    text = "\n".join(["序号 |", "工作任务 |", "责任单位 |", "1 |", "更换路灯。 |", "县城管局 |",
                      "2 |", "修补人行道。 |", "王某某 |"])
    (pt,) = read_bytes(text.encode("utf-8"), "路灯任务表.txt")
    plan = parse_plan(pt)
    assert [t.title for t in plan.tasks()] == ["更换路灯", "修补人行道"]
    # the cell is kept as written (nothing is lost) and the reading report says it names no unit
    assert [(n.line, n.kind, n.text) for n in plan.readings] == [
        (plan.tasks()[1].line, "table", "cell '王某某' under 责任单位 does not read as a unit name")]


@pytest.mark.parametrize("cell, kind", [
    ("项目名称", "task"), ("任务名称", "task"), ("专项整治行业名称", "task"), ("重点项目", "task"),
    ("具体措施", "task"), ("工作措施", "task"), ("整改事项", "task"), ("建设内容", "task"),
    # a column of bodies no role word names is no task column
    ("单位名称", None), ("项目单位", None), ("部门名称", None),
])
def test_task_columns_named_by_what_the_rows_are_about(cell, kind):
    assert header_kind(cell) == kind


def test_an_unnamed_column_before_the_unit_columns_is_the_task_column():
    """民生实事, 整治行业: a column no header word names, alone, before the unit columns, holds the tasks."""
    assert header_kinds(["序号", "民生实事", "牵头单位", "配合单位", "完成时限"]) == [
        "number", "task", "lead", "support", "deadline"]
    # two unnamed columns, or one after the units, say nothing certain: no task column is guessed
    assert header_kinds(["序号", "民生实事", "受益群体", "牵头单位"])[1:3] == [None, None]
    # (办理情况 beside it is a progress column, text: 民生实事 is then the one unnamed column, the tasks)
    assert header_kinds(["序号", "民生实事", "办理情况", "牵头单位"])[1:3] == ["task", "extra"]
    assert header_kinds(["序号", "牵头单位", "民生实事"])[2] is None
    assert header_kinds(["序号", "一、民生实事", "牵头单位"])[1] is None
    text = "\n".join([
        "某县2025年为民办实事任务分解表",
        "序号", "民生实事", "牵头单位", "配合单位", "完成时限",
        "1", "新建城区公办幼儿园两所", "县教育局", "县住建局、县自然资源局", "12月底前",
        "2", "改造老旧小区供水管网", "县水务局", "县住建局", "10月底前",
    ])
    assert reading(text) == [
        ("", 1, "新建城区公办幼儿园两所", [("县教育局", "lead"), ("县住建局", "support"), ("县自然资源局", "support")]),
        ("", 2, "改造老旧小区供水管网", [("县水务局", "lead"), ("县住建局", "support")]),
    ]


def test_a_bar_table_with_a_task_column_named_by_its_trade_inside_a_section():
    text = "\n".join([
        "某镇2025年安全生产专项整治工作计划",
        "一、整治重点",
        "专项整治行业名称 | 时间安排 | 责任单位",
        "道路运输 | 3月至6月 | 镇交管站、镇派出所",
        "建筑施工 | 4月至9月 | 镇建设办",
        "二、工作要求",
        "各单位要高度重视，认真组织。",
    ])
    assert reading(text) == [
        ("一", 1, "道路运输", [("镇交管站", "responsible"), ("镇派出所", "responsible")]),
        ("一", 2, "建筑施工", [("镇建设办", "responsible")]),
    ]


def test_a_table_that_opens_the_text_with_a_rule_in_its_header_keeps_the_rule_and_its_rows():
    """The header's note (排在第一位的为牵头单位) opens the table's text: it is the text's first rule, not its title."""
    text = "\n".join([
        "序号\t工作任务\t责任单位（排在第一位的为牵头单位）\t完成时限",
        "1\t清理河道淤积\t区水务局、区城管局\t5月底前",
        "2\t加固沿河堤防\t区住建局\t汛期前",
    ])
    (pt,) = read_bytes(text.encode("utf-8"), "区防汛任务分工表.txt")
    plan = parse_plan(pt)
    assert plan.title == "区防汛任务分工表"
    assert [(t.number, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        (1, [("区水务局", "lead"), ("区城管局", "responsible")]), (2, [("区住建局", "lead")])]
    assert [n.kind for n in plan.readings] == ["rule"]


def test_a_two_column_list_of_places_and_units_is_not_taken_for_a_task_table():
    """地区 | 牵头单位 with no 序号 and no 时限 is a list, not a 分工表: no task column is guessed for it."""
    assert header_kinds(["地区", "牵头单位"]) == [None, "lead"]
    text = "某县包保安排\n地区\t牵头单位\n城关镇\t县应急局\n河口乡\t县水利局"
    assert find_pasted_tables(text) == text


def _bar_closed(rows: int) -> str:
    lines = ["序号 |", "重点任务 |", "牵头单位 |", "配合单位 |", "完成时限 |"]
    for n in range(1, rows + 1):
        lines += [f"{n} |", f"推进第{n}项重点工作 |", "市发展改革委 |", "市财政局、市统计局 |", "年底前 |"]
    return "\n".join(lines)


def test_reading_cells_closed_by_a_bar_grows_linearly():
    small, large = _bar_closed(120), _bar_closed(960)
    assert find_pasted_tables(small).count("(牵头单位:市发展改革委;") == 120
    ratio = _calls(large) / _calls(small)
    assert ratio < 8 * 1.2, f"8x the rows made {ratio:.1f}x the calls"
    # lines closed by a | that hold no table are passed over once, not rescanned from each line
    prose = "\n".join(f"第{n}段正文 |" for n in range(2000))
    assert find_pasted_tables(prose) == prose


def test_unit_cells_written_with_role_verbs_are_not_noted_and_a_cell_of_words_is():
    """A unit cell may carry the roles in words (A牵头，B配合; 由X负责; X会同Y; 各县区政府按职责分工负责):
    it names units and is not noted; a cell of task words (持续推进) names none and is said."""
    text = "\n".join([
        "某市2025年节能工作任务分工",
        "序号\t工作任务\t责任单位\t完成时限",
        "1\t淘汰落后产能\t市工信局牵头，市发展改革委配合\t6月底前",
        "2\t推广节能建筑\t由市住建局负责\t年底前",
        "3\t开展节能监察\t市工信局会同市市场监管局\t9月",
        "4\t落实节能目标\t各县（市、区）政府按职责分工负责\t年底前",
        "5\t推进公共机构节能\t持续推进\t长期",
    ])
    plan = _plan(text)
    assert [n.text for n in plan.readings if n.kind == "table"] == [
        "cell '持续推进' under 责任单位 does not read as a unit name"]
    assert [(a.name, a.role) for a in plan.tasks()[0].assignments] == [("市工信局", "lead"), ("市发展改革委", "support")]


@pytest.mark.parametrize("frame", [lambda c: f"| {c}", lambda c: f"| {c} |", lambda c: f"{c}｜"])
def test_cells_each_on_a_line_opened_or_framed_by_bars(frame):
    """The same table flattened with the rule before each cell, on both sides, or a full-width rule after it;
    in the opened shape a cell's second line follows its opening bar."""
    cells = ["序号", "工作任务", "责任单位", "完成时限", "1", "清理河道淤积，疏通排水管网", "区水务局", "5月底前",
             "2", "加固沿河堤防", "区住建局、区应急局", "汛期前"]
    lines = [frame(c) for c in cells]
    if lines[5].startswith("|") and not lines[5].endswith("|"):
        lines[5:6] = ["| 清理河道淤积，", "疏通排水管网"]
    text = "\n".join(["某区防汛任务分工表", *lines, "以上任务按时完成。"])
    assert reading(text) == [
        ("", 1, "清理河道淤积，疏通排水管网", [("区水务局", "responsible")]),
        ("", 2, "加固沿河堤防", [("区住建局", "responsible"), ("区应急局", "responsible")]),
    ]
    assert _plan(text).closing == "以上任务按时完成。"


@pytest.mark.parametrize("head", ["序号 工作任务 牵头单位 配合单位 完成时限", "序号\t工作任务\t牵头单位\t配合单位\t完成时限",
                                  "序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限"])
def test_a_header_on_one_line_over_rows_pasted_one_cell_per_line(head):
    """A page copies the table's head row as one line and its body cell by cell."""
    text = "\n".join(["某区防汛任务分工表", head, "1", "清理河道淤积", "区水务局", "区城管局", "5月底前",
                      "2", "加固沿河堤防", "区住建局", "无", "汛期前", "以上任务按时完成。"])
    assert reading(text) == [
        ("", 1, "清理河道淤积", [("区水务局", "lead"), ("区城管局", "support")]),
        ("", 2, "加固沿河堤防", [("区住建局", "lead")]),
    ]
    assert _plan(text).closing == "以上任务按时完成。"


def test_spaces_between_cells_without_a_number_column():
    """任务 牵头单位 配合单位 完成时限 and one row a line: a line is a row when it holds one piece per column
    with units (or 无) under a unit column, or ends in units or a date; prose after the table is not."""
    text = "\n".join(["某区防汛任务分工表", "工作任务 牵头单位 配合单位 完成时限", "一 汛前准备",
                      "清理河道淤积 区水务局 区城管局 5月底前", "加固沿河堤防 区住建局 无 汛期前",
                      "二、汛期值守", "落实值班制度 区应急局 无 汛期内", "以上任务请按时完成 各单位 抓好落实"])
    assert sections(text) == [("一", "汛前准备"), ("二", "汛期值守")]
    assert [(t, units) for _, _, t, units in reading(text)] == [
        ("清理河道淤积", [("区水务局", "lead"), ("区城管局", "support")]),
        ("加固沿河堤防", [("区住建局", "lead")]),
        ("落实值班制度", [("区应急局", "lead")]),
    ]
    assert find_pasted_tables(text).split("\n")[-1] == "以上任务请按时完成 各单位 抓好落实"
    prose = "工作任务 责任单位 完成时限\n各单位要高度重视 切实加强领导 确保实效\n正文。"
    assert find_pasted_tables(prose) == prose


# A notice that covers a task split table, the table's header letter-spaced as official documents space
# short header words, its cells separated by spaces.
_SPACED_NOTICE = ["某县人民政府办公室关于印发防汛重点任务分工的通知", "各乡镇人民政府，县政府各部门：",
                  "现将防汛重点任务分工印发给你们，并提出以下要求。", "一、各单位要高度重视，按照分工抓好落实。",
                  "附件：防汛重点任务分工表"]
_SPACED_ROWS = ["1 清理河道淤积，疏通行洪通道。 县水利局、县城管局 2025年5月底前",
                "2 加固病险水库 县水利局 2025年4月底前", "3 储备抢险物资 县应急局、县粮食和物资储备局 2025年6月底前"]


@pytest.mark.parametrize("header", [
    "序号 工 作 任 务 牵头负责部门 完成时限",  # spaces, one word letter-spaced
    "序 号 工 作 任 务 牵 头 单 位 完 成 时 限",  # every word letter-spaced, the same gap between words
    "序号\t工 作 任 务\t牵 头 单 位\t完成时限",  # tabs between the columns
    "序号\u3000工\u3000作\u3000任\u3000务\u3000牵\u3000头\u3000单\u3000位\u3000完成时限",  # full-width spaces
    "序\u3000号\u3000\u3000工\u3000作\u3000任\u3000务\u3000\u3000牵\u3000头\u3000单\u3000位\u3000\u3000完\u3000成\u3000时\u3000限",
])
def test_a_letter_spaced_header_over_rows_separated_by_spaces(header):
    """工 作 任 务 / 序　号: header words spaced out character by character are column names; the rows under
    them are read, and the notice's own 一、 requirement is not a task."""
    text = "\n".join(_SPACED_NOTICE + [header] + _SPACED_ROWS + ["抄送：县委各部门。"])
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "清理河道淤积，疏通行洪通道", [("县水利局", "lead"), ("县城管局", "lead")]),
        (2, "加固病险水库", [("县水利局", "lead")]),
        (3, "储备抢险物资", [("县应急局", "lead"), ("县粮食和物资储备局", "lead")]),
    ]
    assert "抄送：县委各部门。" in find_pasted_tables(text).split("\n")


@pytest.mark.parametrize("line, words", [
    ("序 号 工 作 任 务 责 任 单 位 完 成 时 限", ["序号", "工作任务", "责任单位", "完成时限"]),
    ("序 号 工 作 任 务 牵 头 负 责 部 门 完 成 时 限", ["序号", "工作任务", "牵头负责部门", "完成时限"]),
    ("序 号 具 体 措 施 牵 头 单 位 配 合 单 位 备 注", ["序号", "具体措施", "牵头单位", "配合单位", "备注"]),
    ("序号  工 作 任 务  责任单位", ["序号", "工作任务", "责任单位"]),  # wider gaps part the columns
    ("序号 工作任务 牵头单位 配合单位", ["序号", "工作任务", "牵头单位", "配合单位"]),  # nothing spaced
    ("各 单 位 要 高 度 重 视", ["各", "单", "位", "要", "高", "度", "重", "视"]),  # no column names: left as it is
])
def test_letter_spaced_header_words_are_joined_into_column_names(line, words):
    assert header_words(line) == words


def test_a_letter_spaced_note_column_labels_the_task_text_without_its_spacing():
    """备　注 over a tab-separated table: the note is kept in the task's text under 备注, as the column reads."""
    text = "\n".join(["序　号\t工 作 任 务\t责 任 单 位\t完 成 时 限\t备　注",
                      "1\t清理河道\t县水利局\t2025年5月底前\t汛前完成", "2\t储备物资\t县应急局\t2025年6月底前\t"])
    assert find_pasted_tables(text).split("\n") == [
        "1.清理河道。备注:汛前完成(责任单位:县水利局;完成时限:2025年5月底前)",
        "2.储备物资(责任单位:县应急局;完成时限:2025年6月底前)"]


_SPACED_PROJECT_HEAD = "序号 项目名称 建设内容及规模 年度投资（万元） 责任单位 县级领导"


@pytest.mark.parametrize("total", ["合计\t3项\t\t4600\t\t", "合计 3项 4600", "合计  3项    4600"])
def test_a_total_row_under_a_space_parted_header_is_no_task_and_no_end(total):
    """A 项目分解表 flattened from a web page: its header parted by spaces, a 合计 row (tabs or spaces between its sums)
    right under it and again at the foot. Both are rows of sums, said in the report: the rows under them are read."""
    text = "\n".join(["某县2024年为民办实事项目分解表", _SPACED_PROJECT_HEAD, total,
                      "1 幼儿园新建项目 新建公办幼儿园1所 2100 县教育局、县住建局 王建华",
                      "2 卫生院能力提升 改造中心卫生院5所 1200 县卫健委、县财政局 陈立新",
                      "3 城乡公交一体化 新开公交线路4条 1300 县交通运输局 孙卫东",
                      "合计 3项 4600",
                      "注：责任单位中排在第一位的为牵头单位，其余为配合单位。"])
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "幼儿园新建项目", [("县教育局", "lead"), ("县住建局", "support")]),
        (2, "卫生院能力提升", [("县卫健委", "lead"), ("县财政局", "support")]),
        (3, "城乡公交一体化", [("县交通运输局", "lead")]),
    ]
    (plan_text,) = read_bytes(text.encode("utf-8"), "table.txt")
    assert any("is a total of the rows" in message for _, message in plan_text.notes)


def test_two_leaders_parted_by_a_space_fill_one_people_cell_of_a_single_spaced_row():
    """县级领导 holding two names (a <br> flattened to one space): both are the people cell, so the 责任单位 cell keeps
    its own units and takes none from the row above, and the task title stays the 项目名称."""
    text = "\n".join([_SPACED_PROJECT_HEAD,
                      "1 幼儿园新建项目 新建公办幼儿园1所 2100 县教育局、县住建局 王建华",
                      "2 城乡公厕改造 新建改造公厕40座 480 县城管局、县农业农村局 赵志刚 孙卫东",
                      "3 城乡公交一体化 新开公交线路4条 1300 县交通运输局 孙卫东",
                      "注：责任单位中排在第一位的为牵头单位，其余为配合单位。"])
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "幼儿园新建项目", [("县教育局", "lead"), ("县住建局", "support")]),
        (2, "城乡公厕改造", [("县城管局", "lead"), ("县农业农村局", "support")]),
        (3, "城乡公交一体化", [("县交通运输局", "lead")]),
    ]


def test_two_units_parted_by_a_space_in_a_single_spaced_row_are_one_unit_cell():
    """县教育局<br>县市场监管局 in a web table's 责任单位 cell, flattened to one space: the row has a piece more than its
    columns, and the surplus piece next to the units is units too. Both are the cell's (first lead by the note's
    rule); the title keeps no unit. A surplus text piece (a space inside the title) is not taken for a unit."""
    text = "\n".join([_SPACED_PROJECT_HEAD,
                      "1 幼儿园新建项目 新建公办幼儿园1所 2100 县教育局、县住建局 王建华",
                      "2 食堂明厨亮灶 食堂全覆盖 380 县教育局 县市场监管局 王建华",
                      "3 城乡公交 一体化 新开公交线路4条 1300 县交通运输局 孙卫东",
                      "注：责任单位中排在第一位的为牵头单位，其余为配合单位。"])
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "幼儿园新建项目", [("县教育局", "lead"), ("县住建局", "support")]),
        (2, "食堂明厨亮灶", [("县教育局", "lead"), ("县市场监管局", "support")]),
        (3, "城乡公交一体化", [("县交通运输局", "lead")]),
    ]


def test_prose_with_spaced_characters_is_not_a_table():
    """A letter-spaced title or line of prose, even one whose words name columns, is not a header
    without rows under it."""
    prose = "\n".join(["通　知", "各 单 位 要 按 照 任 务 分 工 抓 好 落 实", "工 作 任 务 牵 头 单 位 完 成 时 限",
                       "各单位要高度重视 切实加强领导 确保实效", "1 请 于 3 月 底 前 报 送 材 料"])
    assert find_pasted_tables(prose) == prose


def test_parse_text_reads_a_table_as_a_text_file_is_read(write_file):
    from generator.source.corpus import parse_text

    path = write_file(BAR_CLOSED, "plan.txt")
    from_file = [(t.number, t.title, [(a.name, a.role) for a in t.assignments])
                 for pt in read_file(path) for t in parse_plan(pt).tasks()]
    from_text = [(t.number, t.title, [(a.name, a.role) for a in t.assignments])
                 for plan in parse_text(BAR_CLOSED, source=str(path)) for t in plan.tasks()]
    assert from_text == from_file and len(from_text) == 3


def test_a_page_flattened_cell_by_cell_with_its_layout_before_the_table():
    """A news page flattened with ` |` after every cell: its layout cells (date, 打印本页, empty cells) come
    before the task table in the same run; they stay text and the table after them is read."""
    text = "\n".join(["某镇新闻 |", "2025-3-22 |", "|", "|", "打印本页 |", "某镇2025年防汛工作任务清单 |",
                      "序号 |", "工作任务 |", "责任单位 |", "1 |", "排查隐患。 |", "镇水利站 |",
                      "2 |", "储备物资。 |", "镇应急办 |", "相关新闻 |"])
    assert [(t, units) for _, _, t, units in reading(text)] == [
        ("排查隐患", [("镇水利站", "responsible")]), ("储备物资", [("镇应急办", "responsible")])]
    assert _plan(text).title == "某镇2025年防汛工作任务清单"


def test_a_flattened_table_in_a_plan_source_keeps_each_task_on_its_rows_line():
    """In a plan source each task of a table flattened cell by cell stands on the line of its task cell,
    so what the check says about it names the line the editor sees."""
    body = BAR_CLOSED.split("\n")[1:]
    text = "\n".join(["---", "title: 某镇2025年防汛工作任务清单", "---", *body])
    (pt,) = read_bytes(text.encode("utf-8"), "plan.md")
    plan = parse_plan(pt)
    source = text.split("\n")
    assert [source[t.line - 1] for t in plan.tasks()] == ["排查山塘水库隐患，", "储备防汛物资。 |", "落实24小时值班制度。｜"]
    assert len(pt.lines) == len(body)


# ---------------------------------------------------------------- a PDF's page layout kept
# A 分工表 copied out of a PDF with its layout: each cell wraps at its column's width, the rest of a row's
# cells stand on the lines below at their columns, a unit's name breaks at the column's edge (市发 / 展改革
# 委), a unit set on a line of its own, the 序号 alone above its row, a group row, the header printed again
# under a page number, a header cell (and its rule) wrapped over two lines.
def _at(*cells: tuple[int, str]) -> str:
    """A line of a page: each cell's text starting at its column."""
    line = ""
    for column, text in cells:
        line += " " * (column - len(line)) + text
    return line


# columns: 序号 at 0, 重点任务 at 7, 责任部门 at 40, 完成时间 at 56, 备注 at 70; a cell may stray a character
_HEAD = [_at((0, "序号"), (14, "重点任务"), (40, "责任部门（排名第一的"), (57, "完成时间"), (70, "备注")),
         _at((42, "为牵头部门）"))]
_LAYOUT = ["某市优化营商环境重点任务分工表", *_HEAD,
           "一、提升政务服务效能",
           _at((0, "1"), (7, "推行惠企政策免申即享，梳理公布"), (40, "市发展改革委、市财"), (56, "2025年6月底前"), (70, "新增任务")),
           _at((7, "第一批政策清单。"), (41, "政局、市政务服务中")),
           _at((40, "心")),
           _at((0, "2"), (7, "规范政务服务便民热线运行，企业"), (40, "市政务服务中心"), (56, "持续推进")),
           _at((8, "诉求按时办结率达到98%以上。"), (40, "各县（市、区）人")),
           _at((39, "民政府")),
           "", "— 2 —", "", *_HEAD,
           "3",
           _at((7, "开展涉企收费专项检查，坚决整治"), (40, "市市场监管局、市财"), (56, "2025年11月底")),
           _at((7, "乱收费、乱罚款。"), (40, "政局"), (57, "前")),
           "二、加强要素保障",
           _at((0, "4"), (7, "推行工业用地标准地出让。"), (40, "市自然资源局"), (56, "汛期前")),
           "",
           "以上任务请各责任部门抓好落实。"]


def test_a_table_copied_from_a_pdf_with_its_layout_is_read_down_its_columns():
    text = "\n".join(_LAYOUT)
    assert sections(text) == [("一", "提升政务服务效能"), ("二", "加强要素保障")]
    assert reading(text) == [
        ("一", 1, "推行惠企政策免申即享，梳理公布第一批政策清单",
         [("市发展改革委", "lead"), ("市财政局", "responsible"), ("市政务服务中心", "responsible")]),
        # 市政务服务中心 ends its line short of the column's width: the next line is another unit
        ("一", 2, "规范政务服务便民热线运行，企业诉求按时办结率达到98%以上",
         [("市政务服务中心", "lead"), ("各县（市、区）人民政府", "responsible")]),
        ("一", 3, "开展涉企收费专项检查，坚决整治乱收费、乱罚款", [("市市场监管局", "lead"), ("市财政局", "responsible")]),
        ("二", 4, "推行工业用地标准地出让", [("市自然资源局", "lead")]),
    ]
    rewritten = find_pasted_tables(text)
    assert "完成时限:2025年11月底前" in rewritten and "备注:新增任务" in rewritten  # the wrapped date; the note is text
    assert rewritten.split("\n")[-1] == "以上任务请各责任部门抓好落实。"


def test_rows_each_on_one_line_are_not_taken_for_a_page_layout():
    """Rows that fit on their line are the spaced shape; the layout reader leaves them to it."""
    from generator.source.formats.table.page_layout import _layout_table
    lines = ["序号  工作任务  牵头单位  完成时限", "1  清理河道淤积  区水务局  5月底前", "2  加固堤防  区住建局  汛期前"]
    assert _layout_table(lines, 0) is None
    assert [(t, units) for _, _, t, units in reading("\n".join(lines))] == [
        ("清理河道淤积", [("区水务局", "lead")]), ("加固堤防", [("区住建局", "lead")])]


def test_space_parted_rows_with_a_people_column_a_note_after_the_date_and_word_deadlines():
    """序号 突出问题 牵头县领导 责任单位 整改时限 备注: the column no header word names holds the tasks, the
    people and the notes stay in the task's text, a row without a note still places its date, and 汛期前
    is a date."""
    text = "\n".join([
        "某县安全生产突出问题整改清单",
        "序号    突出问题    牵头县领导    责任单位    整改时限    备注",
        "1  部分企业隐患自查自改流于形式。  王某某  县应急管理局、县工信局  2025年6月底前  立行立改",
        "2   小型水库巡查管护不到位。   张某某   县水利局   汛期前",
        "3  校车安全管理不规范。  赵某某  县教育局  持续推进",
        "抄送：县委办公室。"])
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "部分企业隐患自查自改流于形式", [("县应急管理局", "responsible"), ("县工信局", "responsible")]),
        (2, "小型水库巡查管护不到位", [("县水利局", "responsible")]),
        (3, "校车安全管理不规范", [("县教育局", "responsible")]),
    ]
    rewritten = find_pasted_tables(text)
    assert "牵头县领导:王某某。备注:立行立改" in rewritten and "完成时限:汛期前" in rewritten


def test_an_indented_note_under_a_table_parted_by_full_width_spaces_is_no_part_of_the_last_row():
    """A Word table pasted into a web editor parts its cells by runs of full-width spaces and keeps the page's
    paragraph indent on the note under it (　　注：…): the note is the table's, after it, never the rest of the last
    row's wrapped task cell."""
    text = "\n".join([
        "某区2030年重点工作责任分解表",
        "序号　　重点任务　　责任领导　　牵头单位　　责任单位　　时间节点",
        "一、城市建设类",
        "1　　改造老旧小区12个　　李某明　　区住房城乡建设局　　各街道办事处　　11月底",
        "2　　新建口袋公园5处　　李某明　　区城市管理局　　区财政局　　10月底",
        "　　注：责任领导栏中列第一位的为牵头领导。"])
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "改造老旧小区12个", [("区住房城乡建设局", "lead"), ("各街道办事处", "responsible")]),
        (2, "新建口袋公园5处", [("区城市管理局", "lead"), ("区财政局", "responsible")]),
    ]


def test_one_cell_per_line_with_blank_lines_between_and_a_task_column_no_header_word_names():
    """序号 / 民生实事 / 责任单位 / 完成时限, each cell followed by a blank line as a web page copies a table: the
    column after 序号 that no header word names holds the tasks; a unit cell one unit a line; a row whose
    merged 序号 covers a second measure with its own date. The table's title ends in 分解表."""
    cells = ["某县2016年民生实事目标任务分解表", "序号", "民生实事", "责任单位", "完成时限",
             "1", "启动建设城区河道综合治理工程。", "县水务局", "县住建局", "12月底前",
             "2", "开工建设县老年养护楼。", "县民政局", "5月底前动工", "开工建设老年大学。", "12月底前",
             "3", "新建1个农贸市场。", "县商务局", "12月底前", "分享到:"]
    text = "\n\n".join(cells)
    plan = _plan(text)
    assert plan.title == "某县2016年民生实事目标任务分解表"
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "启动建设城区河道综合治理工程", [("县水务局", "responsible"), ("县住建局", "responsible")]),
        (2, "开工建设县老年养护楼", [("县民政局", "responsible")]),
        (3, "新建1个农贸市场", [("县商务局", "responsible")]),
    ]
    assert "开工建设老年大学" in plan.sections[0].tasks[1].text


def test_a_pdf_layout_whose_cells_are_centred_on_the_number_of_their_row():
    """Cells centred in their row: the 序号, the units and the date stand on the row's middle line, the task's
    first line above them; a row holds as many lines below its 序号 as above it, one more while its task's
    sentence runs on. The header letter-spaced (序  号)."""
    lines = ["某县防汛重点任务分工表",
             _at((0, "序  号"), (14, "工作任务"), (38, "牵头单位"), (52, "完成时限")),
             _at((7, "全面排查山洪灾害危险区和地质灾")),
             _at((0, "1"), (7, "害隐患点，落实受威胁群众转移避"), (38, "县自然资源局"), (52, "汛期前")),
             _at((7, "险措施。")),
             _at((7, "加固病险水库和堤防，清理河道")),
             _at((0, "2"), (7, "行洪障碍。"), (38, "县水利局"), (52, "5月底前")),
             _at((0, "3"), (7, "储备抢险物资。"), (38, "县应急管理局"), (52, "长期坚持")),
             "",
             "抄送：县委办公室。"]
    text = "\n".join(lines)
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "全面排查山洪灾害危险区和地质灾害隐患点，落实受威胁群众转移避险措施", [("县自然资源局", "lead")]),
        (2, "加固病险水库和堤防，清理河道行洪障碍", [("县水利局", "lead")]),
        (3, "储备抢险物资", [("县应急管理局", "lead")]),
    ]


# columns of a project plan: 序号 at 0, 项目名称 at 6, 总投资 at 20, 责任单位 at 28, 配合单位 at 40
_PROJECT_HEAD = _at((0, "序号"), (6, "项目名称"), (20, "总投资"), (28, "责任单位"), (40, "配合单位"))


def test_a_pdf_layout_project_plan_passes_over_its_total_and_subtotal_rows():
    """合计 flush left right under the header and 小计（1个） in the name column closing a group: rows of sums, not the
    text after the table nor the end of a project's name."""
    lines = ["某市2025年城市更新项目计划", _PROJECT_HEAD,
             _at((0, "合计"), (6, "2个"), (20, "9000")),
             _at((0, "1"), (6, "甲街小区改造"), (20, "5000"), (28, "东湖区人民政"), (40, "市住房城乡建")),
             _at((6, "项目"), (28, "府"), (40, "设局")),
             _at((6, "小计（1个）"), (20, "5000")),
             _at((0, "2"), (6, "乙路燃气管道"), (20, "4000"), (28, "西城区人民政"), (40, "市城市管理局")),
             _at((6, "更新项目"), (28, "府")),
             "",
             "抄送：市委办公室。"]
    assert [(n, t, units) for _, n, t, units in reading("\n".join(lines))] == [
        (1, "甲街小区改造项目", [("东湖区人民政府", "responsible"), ("市住房城乡建设局", "support")]),
        (2, "乙路燃气管道更新项目", [("西城区人民政府", "responsible"), ("市城市管理局", "support")]),
    ]


def test_a_pdf_layout_project_plan_grouped_by_district_then_by_kind():
    """一、东湖区（2个） over （一）老旧小区改造 / （二）城市基础设施: both are group rows of the table, neither its end."""
    lines = ["某市2025年城市更新项目计划", _PROJECT_HEAD,
             "一、东湖区（2个）",
             "（一）老旧小区改造",
             _at((0, "1"), (6, "甲街小区改造"), (20, "5000"), (28, "东湖区人民政"), (40, "市住房城乡建")),
             _at((6, "项目"), (28, "府"), (40, "设局")),
             "（二）城市基础设施",
             _at((0, "2"), (6, "乙路燃气管道"), (20, "4000"), (28, "东湖区人民政"), (40, "市城市管理局")),
             _at((6, "更新项目"), (28, "府")),
             "",
             "抄送：市委办公室。"]
    assert reading("\n".join(lines)) == [
        ("一", 1, "甲街小区改造项目", [("东湖区人民政府", "responsible"), ("市住房城乡建设局", "support")]),
        ("一", 2, "乙路燃气管道更新项目", [("东湖区人民政府", "responsible"), ("市城市管理局", "support")]),
    ]


def test_a_pdf_layout_centred_row_whose_unit_cell_is_a_line_taller_keeps_off_the_next_row():
    """Cells centred on the 序号, a project's name two lines and its 配合单位 three: the row's last line holds only
    the units' end; the name column's next text (甲村片区城中) is the next row's top line, not the end of this name.
    (The 合计 row under the header keeps the first row's top line from reading as the header's second line.)"""
    lines = ["某市2025年城市更新项目计划", _PROJECT_HEAD,
             _at((0, "合计"), (6, "2个"), (20, "15000")),
             _at((6, "乙村城中村"), (40, "市自然资源和")),
             _at((0, "1"), (6, "改造项目"), (20, "9000"), (28, "东湖区人民政"), (40, "规划局、市教")),
             _at((28, "府"), (40, "育局")),
             _at((6, "甲村片区城中"), (40, "市住房城乡建")),
             _at((0, "2"), (6, "村改造项目"), (20, "6000"), (28, "东湖区人民政"), (40, "设局、市财政")),
             _at((28, "府"), (40, "局")),
             "",
             "抄送：市委办公室。"]
    assert [(n, t, units) for _, n, t, units in reading("\n".join(lines))] == [
        (1, "乙村城中村改造项目",
         [("东湖区人民政府", "responsible"), ("市自然资源和规划局", "support"), ("市教育局", "support")]),
        (2, "甲村片区城中村改造项目",
         [("东湖区人民政府", "responsible"), ("市住房城乡建设局", "support"), ("市财政局", "support")]),
    ]


# a 作战图's header: 责任街道 spans the street columns, their names broken over two lines (东城 / 街道)
_STREET_HEAD = [_at((31, "责任街道")),
                _at((0, "序号"), (6, "攻坚任务"), (25, "东城"), (33, "西城"), (41, "南湖"), (48, "牵头单位")),
                _at((25, "街道"), (33, "街道"), (41, "街道"))]


def test_a_pdf_layout_header_printed_again_with_its_spanning_line_is_passed_over():
    """The whole header printed again after a page break, the spanning 责任街道 over it included: page furniture, not
    a row's line (read as one, 责任街道 falls in the 西城 column, which then holds no ✓ and names no street)."""
    lines = ["注：“✓”表示该街道为责任街道。", *_STREET_HEAD,
             _at((1, "1"), (6, "取缔流动摊点和占"), (26, "✓"), (34, "✓"), (48, "市城市管理局")),
             _at((6, "道经营")),
             "— 2 —", *_STREET_HEAD,
             _at((1, "2"), (6, "清理乱贴乱画小广"), (26, "✓"), (34, "✓"), (42, "✓"), (48, "市城市管理局")),
             _at((6, "告")),
             "",
             "抄送：市委办公室。"]
    assert [(n, t, units) for _, n, t, units in reading("\n".join(lines))] == [
        (1, "取缔流动摊点和占道经营", [("市城市管理局", "lead"), ("东城街道", "responsible"), ("西城街道", "responsible")]),
        (2, "清理乱贴乱画小广告", [("市城市管理局", "lead"), ("东城街道", "responsible"), ("西城街道", "responsible"),
                              ("南湖街道", "responsible")]),
    ]


def test_a_pdf_layout_with_one_space_where_a_cell_fills_its_column():
    """A pdftotext copy leaves one space before a column where the cell left of it fills its column (and in the header,
    序号 攻坚任务): the columns still start where most lines start their text, so that single space parts the cells;
    a space inside a cell (none here) stands where the other lines run on."""
    lines = ["序号 攻坚任务                 牵头单位     责任单位",
             " 1   取缔主次干道流动摊点和占 市城市管理局 市市场监督管理局",
             "     道经营",
             " 2   整治沿街商户出店经营、跨 市城市管理局 市商务局",
             "     门营业",
             " 3   清理校园周边占道经营     市城市管理局 市教育局",
             "",
             "抄送：市委办公室。"]
    assert [(n, t, units) for _, n, t, units in reading("\n".join(lines))] == [
        (1, "取缔主次干道流动摊点和占道经营", [("市城市管理局", "lead"), ("市市场监督管理局", "responsible")]),
        (2, "整治沿街商户出店经营、跨门营业", [("市城市管理局", "lead"), ("市商务局", "responsible")]),
        (3, "清理校园周边占道经营", [("市城市管理局", "lead"), ("市教育局", "responsible")]),
    ]


def test_one_space_between_cells_that_line_up_with_nothing_is_no_page_layout():
    """Rows a paragraph each with their cells parted by single spaces (a Word table flattened): no place where most
    lines start their text, so the layout reader leaves them to the spaced reader."""
    from generator.source.formats.table.page_layout import _layout_table
    lines = ["序号 工作任务 牵头单位 责任单位",
             "1 清理河道淤积和沿岸垃圾 区水务局 各街道",
             "  做到常态长效",
             "2 加固堤防 区住建局 区水务局",
             "  汛期前完成"]
    assert _layout_table(lines, 0) is None


def test_a_marks_table_whose_place_columns_print_their_names_over_two_lines():
    """Narrow place columns print a short name over two lines (东城 / 街道) and every row fits on its line: the header's
    second line ends the names above it, so each ✓ column names its street."""
    lines = ["注：“✓”表示该街道为责任街道。",
             "序号  攻坚任务                   东城    西城    南湖    牵头单位        责任单位",
             "                                 街道    街道    街道",
             " 1    取缔流动摊点和占道经营      ✓       ✓       ✓     市城市管理局    市市场监督管理局",
             " 2    整治沿街商户出店经营        ✓               ✓     市城市管理局    市商务局"]
    assert [(n, t, units) for _, n, t, units in reading("\n".join(lines))] == [
        (1, "取缔流动摊点和占道经营", [("市城市管理局", "lead"), ("东城街道", "responsible"), ("西城街道", "responsible"),
                                ("南湖街道", "responsible"), ("市市场监督管理局", "responsible")]),
        (2, "整治沿街商户出店经营", [("市城市管理局", "lead"), ("东城街道", "responsible"), ("南湖街道", "responsible"),
                              ("市商务局", "responsible")]),
    ]


def test_a_pdf_layout_centred_rows_whose_number_line_holds_no_title():
    """An Excel sheet printed to PDF centres each cell in its row: a title wrapped onto two lines prints one line above
    the 序号 and one under it, so the 序号's line holds the 序号 and a unit only (or a short title alone), and the task
    cells stand a character left of their centred header name. The rows are read whole; the title ends no sentence,
    the 主要内容 beside it does, and the row closes where that does."""
    lines = ["某市重点任务分解表",
             _at((1, "序号"), (6, "重点任务"), (19, "主要内容"), (45, "牵头单位"), (63, "配合单位")),
             "一、提升保障能力",
             _at((5, "实施城乡管网"), (19, "推动城区供水管网向城郊延伸，"), (63, "市水利局")),
             _at((1, "1"), (45, "市住房城乡建设局")),
             _at((5, "延伸"), (19, "新建改造主管网85公里。"), (63, "市财政局")),
             _at((5, "整合小型分散"), (19, "整合小型分散供水工程，推进"), (45, "各县区人民政府"), (63, "市农业农村局")),
             _at((1, "2"), (5, "供水工程")),
             _at((19, "规模化供水工程建设。"), (63, "市乡村振兴局")),
             "",
             "抄送：市委办公室。"]
    assert [(n, t, units) for _, n, t, units in reading("\n".join(lines))] == [
        (1, "实施城乡管网延伸", [("市住房城乡建设局", "lead"), ("市水利局", "support"), ("市财政局", "support")]),
        (2, "整合小型分散供水工程", [("各县区人民政府", "lead"), ("市农业农村局", "support"), ("市乡村振兴局", "support")]),
    ]


def test_a_pdf_layout_header_printed_again_after_a_form_feed_with_its_names_spaced_anew():
    """pdftotext -layout starts each page with a form feed and lays the page out anew: the header printed again at
    its top holds the same names at other places. It is the header again, page furniture, and the rows go on under it."""
    lines = ["某区重点任务分工表",
             _at((1, "序号"), (7, "重点任务"), (30, "牵头单位"), (44, "完成时限")),
             _at((1, "1"), (5, "完善社区养老服务设施，新增"), (30, "区民政局"), (44, "2026年6月")),
             _at((5, "日间照料中心5个。"), (30, "区财政局"), (44, "底前")),
             "", _at((20, "第 1 页，共 2 页")),
             "\f" + _at((0, "序号"), (9, "重点任务"), (28, "牵头单位"), (45, "完成时限")),
             _at((1, "2"), (5, "开展老年人助餐服务，覆盖全部"), (30, "区民政局"), (44, "2026年12月")),
             _at((5, "城市社区。"), (30, "各街道办事处"), (44, "底前")),
             "",
             "抄送：区委办公室。"]
    assert [(n, t, units) for _, n, t, units in reading("\n".join(lines))] == [
        (1, "完善社区养老服务设施，新增日间照料中心5个", [("区民政局", "lead"), ("区财政局", "lead")]),
        (2, "开展老年人助餐服务，覆盖全部城市社区", [("区民政局", "lead"), ("各街道办事处", "lead")]),
    ]


def test_a_pdf_layout_centred_row_keeps_the_tail_of_a_name_cut_at_its_column_edge():
    """Cells centred on the 序号 and a unit cell taller than the rest: its last line (移动临江分公司) only finishes a
    name cut at the column's edge, so it is the row's, not the top line of the next row (whose cells fit one line)."""
    lines = ["某市市容整治任务分工表",
             _at((0, "序号"), (6, "整治任务"), (24, "牵头单位"), (34, "责任单位")),
             _at((6, "修复破损道路、人行"), (34, "国网临江供电公")),
             _at((0, "1"), (6, "道板和井盖"), (24, "市城市管理局"), (34, "司、中国电信临")),
             _at((34, "江分公司、中国")),
             _at((34, "移动临江分公司")),
             _at((0, "2"), (6, "修补行道树缺株"), (24, "市园林局"), (34, "市城市管理局")),
             "",
             "抄送：市委办公室。"]
    assert [(n, t, units) for _, n, t, units in reading("\n".join(lines))] == [
        (1, "修复破损道路、人行道板和井盖", [("市城市管理局", "lead"), ("国网临江供电公司", "responsible"),
                                    ("中国电信临江分公司", "responsible"), ("中国移动临江分公司", "responsible")]),
        (2, "修补行道树缺株", [("市园林局", "lead"), ("市城市管理局", "responsible")]),
    ]


@pytest.mark.parametrize("name", ["王  芳", "王\u3000芳"])
def test_a_pdf_layout_name_spaced_to_three_characters_is_one_cell_not_a_column_gap(name):
    """A two-character name spaced to the width of three (王  芳 beside 郑建华, or a full-width space inside) is one
    person in the 分管领导 column, not a column gap: the columns stay in place, the title is the 重点工作 cell and the
    name cut at the unit column's edge (投资促进服 / 务中心) is whole."""
    lines = ["某镇年度重点工作清单",
             _at((0, "序号"), (5, "重点工作"), (17, "工作目标"), (37, "分管领导"), (46, "责任科室"), (58, "完成时限")),
             _at((2, "1"), (5, "整治河道环境"), (17, "清理河道垃圾20处"), (37, name), (46, "农业办、城建办"), (58, "6月底")),
             _at((2, "2"), (5, "办好便民服务"), (17, "开展上门服务活动"), (37, "郑建华"), (46, "民政办"), (58, "全年")),
             _at((2, "3"), (5, "抓好招商引资"), (17, "引进产业项目2个，完成"), (37, "郑建华"), (46, "经发办、投资促进服"), (58, "12月底")),
             _at((17, "投资1亿元")) + " " * 24 + "务中心",
             "",
             "抄送：镇党委。"]
    assert [(n, t, units) for _, n, t, units in reading("\n".join(lines))] == [
        (1, "整治河道环境", [("农业办", "responsible"), ("城建办", "responsible")]),
        (2, "办好便民服务", [("民政办", "responsible")]),
        (3, "抓好招商引资", [("经发办", "responsible"), ("投资促进服务中心", "responsible")]),
    ]
    assert "分管领导:王芳" in find_pasted_tables("\n".join(lines))  # a person, no unit


def test_spaced_rows_a_name_spaced_to_three_characters_stays_in_the_people_column():
    """Rows one a line, cells parted by runs of spaces: a spaced name (王  芳) is the 分管领导 cell, not a family name
    glued to the task and a given name filling the people column."""
    lines = ["某镇重点工作清单",
             "序号  重点工作          分管领导   责任科室          完成时限",
             "1     整治河道环境        王  芳    农业办、城建办     6月底",
             "2     办好便民服务        郑建华     民政办             全年",
             "",
             "抄送：镇党委。"]
    text = "\n".join(lines)
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "整治河道环境", [("农业办", "responsible"), ("城建办", "responsible")]),
        (2, "办好便民服务", [("民政办", "responsible")]),
    ]
    assert "分管领导:王芳" in find_pasted_tables(text)


@pytest.mark.parametrize("line, closed", [
    ("序  号    工  作  任  务", "序  号    工  作  任  务"),  # letter-spaced header words: no name, no wider gaps
    ("1  任务    王  芳    农业办", "1  任务    王芳      农业办"),
    ("1  任务    王 芳 李 强    农业办", "1  任务    王 芳 李 强    农业办"),  # no wider gap around either pair
    ("1  任务  王    芳  农业办", "1  任务  王    芳  农业办"),  # the gap inside wider than those around: two cells
])
def test_a_spaced_name_is_closed_up_only_between_wider_gaps(line, closed):
    from generator.source.formats.table.spacing import names_closed_up
    assert names_closed_up(line) == closed


# ---------------------------------------------------------------- the registry of pasted layouts


def test_pasted_layouts_are_tried_in_their_registered_order_and_the_first_find_wins():
    """Each pasted layout is one reader registered once; a run of | cells comes first, one cell per line last."""
    from generator.source.formats.table.layouts import Found, Layouts
    from generator.source.formats.table.pasted import PASTED_LAYOUTS

    names = PASTED_LAYOUTS.names()
    assert names[:2] == ["cells between | lines", "cells framed by |"] and names[-1] == "one cell per line"
    layouts = Layouts()
    layouts.register(lambda lines, start: None, "never")
    layouts.register(lambda lines, start: Found(start + 1, [["序号"]]), "first")
    layouts.register(lambda lines, start: Found(start + 2, None), "second")
    assert layouts.read(["a", "b"], 0) == Found(1, [["序号"]])
    with pytest.raises(ValueError):
        layouts.register(lambda lines, start: None, "first")


# ---------------------------------------------------------------- the 三张清单 grid, a unit column over its roles


def test_the_three_lists_grid_names_its_columns_task_list_duty_list_and_time_list():
    """任务清单 | 责任清单 | 时限清单 (the "三张清单" a plan lists its work in): 清单 names a column here, not
    the table's caption; a 问题清单 before them is kept in the task's text under its header."""
    text = "\n".join([
        "某区防汛工作“三张清单”",
        "| 序号 | 任务清单 | 责任清单 | 时限清单 |",
        "| --- | --- | --- | --- |",
        "| 1 | 修订防汛应急预案 | 区应急管理局 | 5月底前 |",
        "| 2 | 开展河道清障行动 | 区水务局牵头，各街道办事处配合 | 汛期前 |",
    ])
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "修订防汛应急预案", [("区应急管理局", "responsible")]),
        (2, "开展河道清障行动", [("区水务局", "lead"), ("各街道办事处", "support")]),
    ]
    problems = "\n".join([
        "某县安全生产问题整改清单",
        "序号\t问题清单\t任务清单\t责任清单\t时限清单",
        "1\t部分企业隐患排查不彻底\t开展隐患排查回头看\t县应急管理局\t6月底前",
        "2\t消防通道堵塞\t集中清理占用消防通道行为\t县消防救援大队、县住建局\t持续推进",
    ])
    plan = _plan(problems)
    assert [(n, t, units) for _, n, t, units in reading(problems)] == [
        (1, "开展隐患排查回头看", [("县应急管理局", "responsible")]),
        (2, "集中清理占用消防通道行为", [("县消防救援大队", "responsible"), ("县住建局", "responsible")]),
    ]
    assert "问题清单:部分企业隐患排查不彻底" in plan.sections[0].tasks[0].text
    assert header_kind("任务清单") == "task" and header_kind("重点任务清单") is None  # a caption stays one


def test_a_unit_column_over_lead_and_support_sub_columns_gives_the_roles_of_the_lower_row(write_file):
    """责任单位 spanning 牵头 | 配合 in a two-row header: the lower cells say each column's role. A grid repeats
    the spanning cell over both columns; text pasted with tabs writes it once and leaves the next slot empty."""
    pasted = "\n".join([
        "某市重点任务分工表",
        "序号\t重点任务\t责任单位\t\t完成时限\t备注",
        "\t\t牵头\t配合",
        "1\t完善防汛应急预案\t市应急管理局\t市水利局\t5月底前\t",
        "2\t开展河道清障\t市水利局\t市城管局、市交通运输局\t汛期前\t",
    ])
    expected = [(1, "完善防汛应急预案", [("市应急管理局", "lead"), ("市水利局", "support")]),
                (2, "开展河道清障", [("市水利局", "lead"), ("市城管局", "support"), ("市交通运输局", "support")])]
    assert [(n, t, units) for _, n, t, units in reading(pasted)] == expected
    page = """<html><body><p>某市重点任务分工表</p><table>
    <tr><td rowspan="2">序号</td><td rowspan="2">重点任务</td><td colspan="2">责任单位</td><td rowspan="2">完成时限</td></tr>
    <tr><td>牵头</td><td>配合</td></tr>
    <tr><td>1</td><td>完善防汛应急预案</td><td>市应急管理局</td><td>市水利局</td><td>5月底前</td></tr>
    <tr><td>2</td><td>开展河道清障</td><td>市水利局</td><td>市城管局、市交通运输局</td><td>汛期前</td></tr>
    </table></body></html>"""
    path = write_file(page, "plan.html")
    assert [(n, t, units) for _, n, t, units in reading(to_text(path))] == expected


def test_short_words_under_a_spanning_unit_column_fill_out_its_name():
    """A project list copied from Excel: 责任单位 spans two sub-columns headed by a short word alone (属地 | 行业部门,
    县区 | 部门). Each word fills out the spanning cell's name (属地责任单位): the lower row is the header's, not a task,
    and the column in the slot the spanning cell left empty keeps its units."""
    rows = [
        "序号\t项目名称\t实施主体\t责任单位\t\t包保领导",
        "\t\t\t{}\t{}\t",
        "1\t城东污水处理厂扩建\t某市水务集团有限公司\t东湖区人民政府\t市住房和城乡建设局\t张某",
        "2\t北环路改造工程\t某市城投集团有限公司\t西岭区人民政府\t市交通运输局\t李某",
    ]
    expected = [
        (1, "城东污水处理厂扩建", {("某市水务集团有限公司", "implement"), ("东湖区人民政府", "responsible"),
                                   ("市住房和城乡建设局", "responsible")}),
        (2, "北环路改造工程", {("某市城投集团有限公司", "implement"), ("西岭区人民政府", "responsible"),
                               ("市交通运输局", "responsible")}),
    ]
    for lower in (("属地", "行业部门"), ("县区", "部门")):
        pasted = "\n".join(rows).format(*lower)
        assert [(n, t, set(units)) for _, n, t, units in reading(pasted)] == expected, lower
    # a grid repeats the spanning cell over its slots
    grid = "\n".join(rows).format("属地", "行业部门").replace("责任单位\t\t", "责任单位\t责任单位\t")
    assert [(n, t, set(units)) for _, n, t, units in reading(grid)] == expected


def test_one_cell_per_line_from_a_pdf_whose_cells_wrapped_at_their_column_width():
    """A PDF's text taken without its layout: each cell's lines as wrapped at its column's width, so a unit's
    name may be cut between two lines (市市场监管 / 局, 市数据局、市公 / 安局, 市直各有关部 / 门) and the last row's
    cells take more lines than its columns. A whole name on each line stays a unit a line."""
    text = "\n".join([
        "某市优化营商环境重点任务分工表",
        "序号", "重点任务", "牵头单位", "配合单位", "完成时限",
        "1", "推行企业开办全程网办，压缩", "开办时间至1个工作日以内。", "市市场监管", "局", "市数据局、市公",
        "安局、市税务局", "6月底前",
        "2", "扩大跨省通办事项范围。", "市数据局", "市直各有关部", "门", "年底前",
        "3", "落实减税降费政策，加强", "涉企收费监督检查。", "市税务局", "市发展改革委", "持续推进",
    ])
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "推行企业开办全程网办，压缩开办时间至1个工作日以内",
         [("市市场监管局", "lead"), ("市数据局", "support"), ("市公安局", "support"), ("市税务局", "support")]),
        (2, "扩大跨省通办事项范围", [("市数据局", "lead"), ("市直各有关部门", "support")]),
        (3, "落实减税降费政策，加强涉企收费监督检查", [("市税务局", "lead"), ("市发展改革委", "support")]),
    ]
    assert "持续推进" in find_pasted_tables(text).split("\n")[-1]


def test_one_cell_per_line_a_unit_cell_wrapped_right_before_its_comma_goes_on_after_the_comma():
    """A narrow 配合单位 column wraps its list right before a 、: the next line opens with the 、 and is the same cell's
    rest, so the line above it stays the 配合单位's, not the 牵头单位's."""
    text = "\n".join([
        "某县重点任务分工表",
        "序号", "重点任务", "牵头单位", "配合单位", "完成时限",
        "1", "建立运维经费保障机制", "县财政局", "县发展改革局、县生态环境局", "、县住房城乡建设局", "2025年底前",
        "2", "推进河道清淤疏浚", "县水利局", "县自然资源局、", "县农业农村局", "2025年10月底前",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("县财政局", "lead"), ("县发展改革局", "support"), ("县生态环境局", "support"),
             ("县住房城乡建设局", "support")]),
        (2, [("县水利局", "lead"), ("县自然资源局", "support"), ("县农业农村局", "support")]),
    ]


def test_one_cell_per_line_a_committee_cut_right_after_its_bracket_is_one_body():
    """各村（居）民委员会 (村民委员会 and 居民委员会 written through a bracket) wrapped right after the bracket: 民委员会 is the
    rest of the committee's word, one body with the line above; a whole body after a bracketed place stays apart."""
    text = "\n".join([
        "某县重点任务分工表",
        "序号", "重点任务", "牵头单位", "配合单位", "完成时限",
        "1", "发挥村规民约作用", "县民政局", "各乡镇人民政府、各村（居）", "民委员会", "2025年底前",
        "2", "开展移风易俗宣传", "县委宣传部", "各村（居）", "县妇联", "2025年底前",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("县民政局", "lead"), ("各乡镇人民政府", "support"), ("各村（居）民委员会", "support")]),
        (2, [("县委宣传部", "lead"), ("各村（居）", "support"), ("县妇联", "support")]),
    ]


def test_one_cell_per_line_whose_narrow_header_cells_wrapped_onto_their_last_character():
    """A narrow header cell of a PDF's table wraps inside its column, leaving one character on the second line
    (责任市领 / 导, 完成时 / 限, 牵头单 / 位): the character finishes the column's word and the cell is read whole."""
    text = "\n".join([
        "附件", "某县重点工作分工表",
        "序号", "重点工作", "责任县领", "导", "牵头单", "位", "配合单位", "完成时", "限",
        "1", "推进老旧小区改造", "王某某", "县住房城乡建设局", "县财政局", "2025年底前",
        "2", "稳定粮食播种面积", "赵某某", "县农业农村局", "县水利局", "10月底前",
    ])
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "推进老旧小区改造", [("县住房城乡建设局", "lead"), ("县财政局", "support")]),
        (2, "稳定粮食播种面积", [("县农业农村局", "lead"), ("县水利局", "support")]),
    ]


def test_pdf_wrapped_cells_a_name_cut_twice_a_list_broken_after_its_comma_and_a_task_ending_on_its_own_line():
    """More of a PDF's cells wrapped at the column's width: a unit cell over three lines whose name is cut at each
    break (市财政局、市自然 / 资源局、各县（市、 / 区）人民政府), a list broken after its 、, a task whose sentence ends on a
    line of its own in a row with no 配合单位 (its last line is no unit), and the last row's name cut before its date."""
    text = "\n".join([
        "序号", "重点任务", "牵头单位", "配合单位", "完成时限",
        "1", "谋划储备一批重大项目，新开工亿元", "以上项目120个。", "市发展改革委", "市财政局、市自然",
        "资源局、各县（市、", "区）人民政府", "12月底前",
        "2", "推进国省干线公路改造提升工程，建", "成农村公路200公里。", "市交通运输局", "12月底前",
        "3", "推动民间投资项目与金融机构对接。", "市发展改革委", "国家金融监督管理", "总局某某监管分局、",
        "市地方金融管理局", "6月底前",
        "4", "深入打好污染防治攻坚战，PM2.5平", "均浓度稳定达标。", "市生态环境局", "市发展改革委、市",
        "工业和信息化局", "12月底前",
    ])
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "谋划储备一批重大项目，新开工亿元以上项目120个", [
            ("市发展改革委", "lead"), ("市财政局", "support"), ("市自然资源局", "support"),
            ("各县（市、区）人民政府", "support")]),
        (2, "推进国省干线公路改造提升工程，建成农村公路200公里", [("市交通运输局", "lead")]),
        (3, "推动民间投资项目与金融机构对接", [
            ("市发展改革委", "lead"), ("国家金融监督管理总局某某监管分局", "support"), ("市地方金融管理局", "support")]),
        (4, "深入打好污染防治攻坚战，PM2.5平均浓度稳定达标", [
            ("市生态环境局", "lead"), ("市发展改革委", "support"), ("市工业和信息化局", "support")]),
    ]


def test_pdf_wrapped_unit_cell_written_with_its_own_verbs_is_cut_only_where_a_name_was():
    """A PDF's unit cell that names its roles with verbs (A牵头，B、C配合; A牵头，各县（市、区）人民政府落实), wrapped at the
    column's width: a name cut before its verb (市应急 / 管理局配合) is one name, and a line opening with the verb
    (牵头，各县（市、) closes the name above it, no cell of its own; the roles are the verbs'."""
    text = "\n".join([
        "序号", "具体措施", "责任单位", "完成时限",
        "1", "修订河道防汛应急预案。", "市水利局牵头，", "市气象局、市应急", "管理局配合", "8月底前",
        "2", "加快村庄污水设施建设。", "市住房城乡建设局", "牵头，各县（市、", "区）人民政府落实", "12月底前",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("市水利局", "lead"), ("市气象局", "support"), ("市应急管理局", "support")]),
        (2, [("市住房城乡建设局", "lead"), ("各县（市、区）人民政府", "implement")]),
    ]


def test_pdf_units_cell_and_the_date_after_it_run_together_on_one_line():
    """A PDF taken without its layout puts the short last line of a units cell and the 完成时限 cell's first line side by
    side (市水务局2025年9月 / 底前): the names and the date are parted again, the date's wrapped end back on it, also
    where the names' line is the end of a list cut at the column's edge, or the whole date is on the line."""
    text = "\n".join([
        "序号", "具体措施", "牵头单位", "配合单位", "完成时限",
        "1", "开展入河排污口排查。", "市环保局", "市水务局2025年9月", "底前",
        "2", "推进污水管网改造。", "市住建局", "市发展改革委、市", "工业和信息化局2025年12月", "底前",
        "3", "推进河湖长制。", "市水利局", "市农业农村局2025年底前",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("市环保局", "lead"), ("市水务局", "support")]),
        (2, [("市住建局", "lead"), ("市发展改革委", "support"), ("市工业和信息化局", "support")]),
        (3, [("市水利局", "lead"), ("市农业农村局", "support")]),
    ]
    table = find_pasted_tables(text)
    assert [ln.split("完成时限:")[1].rstrip(")。") for ln in table.split("\n")] == ["2025年9月底前", "2025年12月底前", "2025年底前"]


def test_tabs_a_quoted_schedule_cell_written_month_by_month_names_no_unit():
    """A sheet saved as tab-separated text: a 时间节点 cell quoted over lines, one milestone a line with its own ；
    (4月底前：建库；/ 全年：申报资金。). A milestone named by a period, not a date (全年：…), is the schedule's, no unit."""
    text = "\n".join([
        "序号\t重点工作\t目标任务\t牵头单位\t配合单位\t时间节点",
        '1\t项目储备\t储备项目50个。\t县发改局\t县财政局\t"4月底前：建立项目库；',
        '全年：分批申报资金。"',
        '2\t招商引资\t引进项目10个。\t县商务局\t/\t"上半年：签约5个；',
        '12月底前：签约10个。"',
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("县发改局", "lead"), ("县财政局", "support")]),
        (2, [("县商务局", "lead")]),
    ]
    table = find_pasted_tables(text)
    assert "完成时限:4月底前：建立项目库；全年：分批申报资金。" in table


def test_a_three_lists_grid_numbers_its_tasks_by_the_running_items_of_one_column():
    """建设任务 | 工作事项 | 工作指标 | 任务清单 | 责任清单 | 时限清单 pasted with |: no 序号 column; the tasks are the running
    （1）（2）（3） items of 工作指标, the merged group cells before them (（一）…, 1.…) were lost from the later rows, which
    begin further right, and 任务清单 holds each task's measures (1.…, restarting in every row). A row of more
    measures and units under the task above goes on with it; units parted by spaces, one with its bracket."""
    text = "\n".join([
        "| 建设任务 | 工作事项 | 工作指标 | 任务清单 | 责任清单 | 时限清单 |",
        "| 一、体系建设 |",
        "| （一）组织指挥 | 1.组织机构 | （1）明确防汛第一责任人。 | 1.落实行政首长负责制。 | 党政办 应急办 | 4月底前 |",
        "| （2）明确防汛联络员。 | 1.公布联络员名单。 | 应急办 | 4月底前 |",
        "| 2.工作机制 | （3）健全应急指挥机制。 | 1.制定指挥机制。 | 应急办 | 5月底前 |",
        "| 2.开展一次推演。 | 村(社区) 综治办 |",
        "| 二、能力提升 |",
        "| （二）监测预警 | 3.预警叫应 | （4）建立预警叫应机制。 | 1.每月测试一次。 | 应急办牵头，各村(社区)配合 | 每月 |",
    ])
    assert [(s, n, t, units) for s, n, t, units in reading(text)] == [
        ("一", 1, "明确防汛第一责任人", [("党政办", "responsible"), ("应急办", "responsible")]),
        ("一", 2, "明确防汛联络员", [("应急办", "responsible")]),
        ("一", 3, "健全应急指挥机制", [("应急办", "responsible"), ("村(社区)", "responsible"), ("综治办", "responsible")]),
        ("二", 4, "建立预警叫应机制", [("应急办", "lead"), ("各村(社区)", "support")]),
    ]


def test_a_grid_row_the_end_of_the_text_cut_off_is_said_not_read_as_a_task():
    """A page opening that ends inside a three-lists grid: its last row holds only its first cells (| 4.隐患排查 |
    （5）开展汛前, no closing |), or only a measure's own 1.…, and neither units nor a date. Numbered from that 1.
    it would be an invented task 1, joined to the task above it would lend that task its text; a row that lost its
    leading cells (3.值班值守 | （4）… | 1.…, no 序号 running on) likewise: the reading report says the row was cut. A whole last row, or a cut one with its units, is read as before."""
    grid = [
        "| 建设任务 | 工作事项 | 工作指标 | 任务清单 | 责任清单 | 时限清单 |",
        "| 一、体系建设 |",
        "| （一）组织指挥 | 1.组织机构 | （1）明确防汛第一责任人。 | 1.落实行政首长负责制。 | 党政办 应急办 | 4月底前 |",
        "| （2）明确防汛联络员。 | 1.公布联络员名单。 | 应急办 | 4月底前 |",
        "| 2.工作机制 | （3）健全应急指挥机制。 | 1.制定指挥机制。 | 应急办 | 5月底前 |",
    ]
    expected = [
        ("一", 1, "明确防汛第一责任人", [("党政办", "responsible"), ("应急办", "responsible")]),
        ("一", 2, "明确防汛联络员", [("应急办", "responsible")]),
        ("一", 3, "健全应急指挥机制", [("应急办", "responsible")]),
    ]
    for cut in ("| 3.隐患排查 | （4）开展汛前", "| 1.全面排查山塘水库", "3.值班值守 | （4）健全值班制度。 | 1.制定值班表，"):
        text = "\n".join(grid + [cut])
        assert reading(text) == expected
        (plan_text,) = read_bytes(text.encode("utf-8"), "grid.txt")
        assert any("ends inside a table row" in message for _, message in plan_text.notes)
        assert not {"开展汛前", "山塘水库", "值班"} & set(re.findall(r"开展汛前|山塘水库|值班", find_pasted_tables(text)))
    whole = "\n".join(grid + ["| （4）开展汛前检查。 | 1.检查山塘水库。 | 水利站 | 5月底前 |"])
    assert reading(whole)[-1] == ("一", 4, "开展汛前检查", [("水利站", "responsible")])
    (plan_text,) = read_bytes(whole.encode("utf-8"), "grid.txt")
    assert not plan_text.notes


def test_a_unit_cell_of_one_character_names_no_unit_and_is_said():
    """A unit cell holding one character (局, the tail of a name the paste cut into the next cell; 市, a level
    word whose name was lost) names no body: it is left out of the units and the reading report says so, while
    the whole names of the same cells are read."""
    text = "\n".join([
        "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
        "1\t推进老旧小区改造\t市住建局\t市、市财政局\t6月底前",
        "2\t加强城市精细化管理\t局\t市城管局\t9月底前",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("市住建局", "lead"), ("市财政局", "support")]),
        (2, [("市城管局", "support")]),
    ]
    (plan_text,) = read_bytes(text.encode("utf-8"), "table.txt")
    assert [message.split(":")[0] for _, message in plan_text.notes] == [
        "cell '市、市财政局' under 配合单位", "cell '局' under 牵头单位"]


def test_a_table_drawn_with_box_characters_is_read_down_its_cells():
    """┌─┬─┐ rules and │ bars: a rule closes a row, a cell's pieces on the row's lines are its text (a header cell
    over two lines, a task wrapped); the text with its drawn table is a text, not a binary file."""
    text = "\n".join([
        "某县防汛重点任务分工表",
        "┌──┬──────────┬──────┬────┐",
        "│序号│工作任务            │牵头单位    │完成    │",
        "│    │                    │            │时限    │",
        "├──┼──────────┼──────┼────┤",
        "│ 1  │加固病险水库，清理河│县水利局    │汛期前  │",
        "│    │道行洪障碍。        │            │        │",
        "├──┼──────────┼──────┼────┤",
        "│ 2  │储备防汛物资。      │县应急管理局│长期坚持│",
        "└──┴──────────┴──────┴────┘",
        "以上任务请各单位抓好落实。",
    ])
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "加固病险水库，清理河道行洪障碍", [("县水利局", "lead")]),
        (2, "储备防汛物资", [("县应急管理局", "lead")]),
    ]
    assert find_pasted_tables(text).split("\n")[-1] == "以上任务请各单位抓好落实。"


def test_a_box_cell_cut_at_its_edge_after_a_place_joins_the_bare_body_word_below():
    """A 配合单位 cell wrapped right after a place or an owner (青岚山镇 / 人民政府, 移动某县 / 分公司): both halves look
    whole, but the line above fills its column to the bar and a bare 人民政府 / 分公司 names no body: one name. Whole
    names a line stay apart, even under a line that fills its column (县水利局、县财政局 / 县商务局)."""
    text = "\n".join([
        "某县旅游重点任务分解表",
        "┌───┬──────────┬─────┬─────────┐",
        "│ 序号 │      工作任务      │ 责任单位 │     配合单位     │",
        "├───┼──────────┼─────┼─────────┤",
        "│  1   │建设旅游公路。      │县交通局  │县财政局、青岚山镇│",
        "│      │                    │          │人民政府          │",
        "├───┼──────────┼─────┼─────────┤",
        "│  2   │建设智慧景区。      │县数据局  │县商务局、移动某县│",
        "│      │                    │          │分公司            │",
        "├───┼──────────┼─────┼─────────┤",
        "│  3   │开展安全检查。      │县文旅局  │县应急管理局      │",
        "│      │                    │          │县商务局          │",
        "├───┼──────────┼─────┼─────────┤",
        "│  4   │整治河道环境。      │县住建局  │县水利局、县财政局│",
        "│      │                    │          │县商务局          │",
        "├───┼──────────┼─────┼─────────┤",
        "│  5   │建设森林步道。      │县林业局  │县财政局、青岚山镇│",
        "│      │                    │          │人民政府、县文旅局│",
        "└───┴──────────┴─────┴─────────┘",
    ])
    assert [[name for name, _ in units] for _, _, _, units in reading(text)] == [
        ["县交通局", "县财政局", "青岚山镇人民政府"],
        ["县数据局", "县商务局", "移动某县分公司"],
        ["县文旅局", "县应急管理局", "县商务局"],
        ["县住建局", "县水利局", "县财政局", "县商务局"],
        ["县林业局", "县财政局", "青岚山镇人民政府", "县文旅局"],
    ]


def test_a_pdf_layout_centred_on_the_number_whose_first_row_is_one_line_tall():
    """Cells centred on their 序号, the first row one line tall: nothing stands above the first 序号, but read as
    set at the top, rows would end their task's sentence and go on with the next row's first lines; so the rows
    are read as centred."""
    lines = ["某县防汛重点任务分工表",
             _at((0, "序  号"), (14, "工作任务"), (38, "牵头单位"), (52, "完成时限")),
             _at((0, "1"), (7, "储备抢险物资。"), (38, "县应急管理局"), (52, "长期坚持")),
             _at((7, "全面排查山洪灾害危险区和地质灾")),
             _at((0, "2"), (7, "害隐患点，落实受威胁群众转移避"), (38, "县自然资源局"), (52, "汛期前")),
             _at((7, "险措施。")),
             _at((7, "加固病险水库和堤防，清理河道")),
             _at((0, "3"), (7, "行洪障碍。"), (38, "县水利局"), (52, "5月底前")),
             _at((0, "4"), (7, "开展汛前检查。"), (38, "县水利局"), (52, "4月底前")),
             "",
             "抄送：县委办公室。"]
    assert [(n, t, units) for _, n, t, units in reading("\n".join(lines))] == [
        (1, "储备抢险物资", [("县应急管理局", "lead")]),
        (2, "全面排查山洪灾害危险区和地质灾害隐患点，落实受威胁群众转移避险措施", [("县自然资源局", "lead")]),
        (3, "加固病险水库和堤防，清理河道行洪障碍", [("县水利局", "lead")]),
        (4, "开展汛前检查", [("县水利局", "lead")]),
    ]


def test_a_pdf_layout_set_at_the_top_with_one_row_centred_on_its_number():
    """A PDF sets its rows at the top, but a row three lines tall has its cells centred: its 序号 and date stand on the
    middle line, the first line of its 事项 and 承办单位 above it. That line holds a unit where the row above left its
    unit column empty on its last line, under a task already ended (《…方案》): it is the next row's top, not the
    row above's rest."""
    lines = ["某省重大行政决策事项目录",
             _at((0, "序号"), (9, "决策事项"), (46, "承办单位"), (73, "计划完成时间")),
             _at((0, "1"), (9, "制定《某省数据要素市场化配置改革实"), (46, "省数据局"), (73, "2026年7月")),
             _at((9, "施方案》")),
             _at((9, "出台《某省加快建设现代化产业园区的"), (46, "省商务厅会同省发展改革委、")),
             _at((0, "2"), (9, "指导意见（试行）》"), (46, "省工业和信息化厅、省自然"), (73, "下半年")),
             _at((46, "资源厅")),
             _at((0, "3"), (9, "制定《某省行政执法监督办法》"), (46, "省司法厅"), (73, "2026年9月")),
             "",
             "抄送：省委办公厅。"]
    assert [(n, t, units) for _, n, t, units in reading("\n".join(lines))] == [
        (1, "制定《某省数据要素市场化配置改革实施方案》", [("省数据局", "responsible")]),
        (2, "出台《某省加快建设现代化产业园区的指导意见（试行）》",
         [("省商务厅", "lead"), ("省发展改革委", "support"), ("省工业和信息化厅", "support"), ("省自然资源厅", "support")]),
        (3, "制定《某省行政执法监督办法》", [("省司法厅", "responsible")]),
    ]


def test_a_pdf_layout_header_of_two_rows_whose_spanning_name_stands_over_the_columns_named_below():
    """A header of two rows: 责任单位 on the first line spans 牵头单位 / 配合单位 named on the second, the other names on
    the first line only. The columns come from the names below the spanning one (centred, 责任单位 stands nearer to
    neither of them), so each row's lead and supporting units keep their roles."""
    lines = ["某县冷链物流重点任务分工表",
             _at((0, "序号"), (10, "重点任务"), (30, "责任单位"), (50, "完成时限")),
             _at((31, "牵头单位"), (43, "配合单位")),
             "一、完善冷链设施",
             _at((5, "建设县级冷链集配中心，配套"), (43, "南岭供销集团、县")),
             _at((0, "1"), (5, "建设产地预冷设施。"), (30, "县农业农村局"), (43, "商务局"), (52, "2026年底前")),
             _at((0, "2"), (5, "推广冷藏车辆，规范冷链运输"), (30, "县交通运输局"), (43, "县市场监管局"), (52, "持续推进")),
             _at((5, "秩序。")),
             "",
             "抄送：县委办公室。"]
    assert [(s, n, t, units) for s, n, t, units in reading("\n".join(lines))] == [
        ("一", 1, "建设县级冷链集配中心，配套建设产地预冷设施",
         [("县农业农村局", "lead"), ("南岭供销集团", "support"), ("县商务局", "support")]),
        ("一", 2, "推广冷藏车辆，规范冷链运输秩序", [("县交通运输局", "lead"), ("县市场监管局", "support")]),
    ]


def test_a_pdf_layout_group_row_centred_across_the_table_is_a_section():
    """A group row centred across the table (indented, starting just left of the 牵头单位 column's cells and running on
    across them): a cell starts flush left at its column's edge and wraps before the next, so the line is a group's
    heading, not a line of the row under it."""
    lines = ["某县冷链物流重点任务分工表",
             _at((0, "序号"), (10, "重点任务"), (27, "牵头单位"), (36, "配合单位"), (50, "完成时限")),
             _at((18, "一、完善冷链设施网络")),
             _at((0, "1"), (5, "建设县级冷链集配中心，配"), (20, "县农业农村局"), (31, "县商务局、南岭"), (44, "2026年底前")),
             _at((5, "套建设产地预冷设施。"), (31, "供销集团")),
             _at((18, "二、规范冷链运输秩序")),
             _at((0, "2"), (5, "推广冷藏车辆，规范冷链运"), (20, "县交通运输局、"), (31, "县市场监管局"), (44, "持续推进")),
             _at((5, "输秩序。"), (20, "县公安局")),
             "",
             "抄送：县委办公室。"]
    text = "\n".join(lines)
    assert sections(text) == [("一", "完善冷链设施网络"), ("二", "规范冷链运输秩序")]
    assert [(s, n, t, units) for s, n, t, units in reading(text)] == [
        ("一", 1, "建设县级冷链集配中心，配套建设产地预冷设施",
         [("县农业农村局", "lead"), ("县商务局", "support"), ("南岭供销集团", "support")]),
        ("二", 2, "推广冷藏车辆，规范冷链运输秩序",
         [("县交通运输局", "lead"), ("县公安局", "lead"), ("县市场监管局", "support")]),
    ]


def test_a_pdf_layout_row_two_lines_tall_centred_with_its_number_on_the_lower_line():
    """Rows set at the top, then a row two lines tall whose cells are centred: its 序号 and date stand on its lower
    line, its task and unit cells start on the line above, where the row above (its task ended with 。) left the
    牵头单位 column empty. That top line is the row below's, not the rest of the row above."""
    lines = ["某县智慧物流重点任务分工表",
             _at((0, "序号"), (10, "重点任务"), (27, "牵头单位"), (36, "配合单位"), (50, "完成时限")),
             "一、提升智慧物流水平",
             _at((0, "1"), (5, "建设县物流信息平台，推动"), (20, "县数据局"), (31, "县交通运输局、南"), (44, "2026年6月底")),
             _at((5, "物流数据共享。"), (31, "岭海关"), (44, "前")),
             _at((5, "推广智能仓储、无人配送等"), (20, "县商务局、"), (31, "县工业和信息化局")),
             _at((0, "2"), (5, "应用场景。"), (20, "县邮政管理局"), (31, "、县供销社"), (44, "2027年底前")),
             "",
             "抄送：县委办公室。"]
    assert [(n, t, units) for _, n, t, units in reading("\n".join(lines))] == [
        (1, "建设县物流信息平台，推动物流数据共享",
         [("县数据局", "lead"), ("县交通运输局", "support"), ("南岭海关", "support")]),
        (2, "推广智能仓储、无人配送等应用场景",
         [("县商务局", "lead"), ("县邮政管理局", "lead"), ("县工业和信息化局", "support"), ("县供销社", "support")]),
    ]


def test_html_task_source_rows_spanning_the_table_stay_with_the_task_above(write_file):
    """任务来源：《…》 / （来源：…） in a row one cell spans, under a task's row: where the task comes from, kept in
    its text; not a section of the table."""
    page = """<html><body><p>某市重点任务分工表</p><table>
    <tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>
    <tr><td>1</td><td>完善防汛应急预案</td><td>市应急管理局</td><td>市水利局</td><td>5月底前</td></tr>
    <tr><td colspan="5">任务来源：《某省防汛工作要点》</td></tr>
    <tr><td>2</td><td>开展河道清障</td><td>市水利局</td><td>市城管局</td><td>汛期前</td></tr>
    <tr><td colspan="5">（来源：市政府常务会议纪要）</td></tr>
    </table></body></html>"""
    path = write_file(page, "plan.html")
    text = to_text(path)
    assert [(s, n, t, units) for s, n, t, units in reading(text)] == [
        ("", 1, "完善防汛应急预案", [("市应急管理局", "lead"), ("市水利局", "support")]),
        ("", 2, "开展河道清障", [("市水利局", "lead"), ("市城管局", "support")]),
    ]
    assert "任务来源：《某省防汛工作要点》" in text and "一、" not in text


def test_pdf_wrapped_cells_without_full_stops_the_task_line_before_the_units_is_the_tasks():
    """Cells that end without a full stop: a row's lines as many as its columns, but its task wrapped onto a second
    line and its 配合单位 empty; the line under 牵头单位 is text and the units follow it, so it ends the task."""
    text = "\n".join([
        "序号", "重点任务", "牵头单位", "配合单位", "完成时限",
        "1", "推进国省干线公路改造提升工程，建", "成农村公路200公里", "市交通运输局", "12月底前",
        "2", "加快水网骨干工程建设", "市水利局", "市发展改革委", "12月底前",
    ])
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "推进国省干线公路改造提升工程，建成农村公路200公里", [("市交通运输局", "lead")]),
        (2, "加快水网骨干工程建设", [("市水利局", "lead"), ("市发展改革委", "support")]),
    ]


def test_docx_two_row_header_a_lead_cell_over_two_rows_and_a_task_source_row(tmp_path):
    """A .docx 分工表: 责任单位 merged over 牵头单位 | 配合单位, 序号 / 重点任务 / 完成时限 merged down both header rows, a
    任务来源 row merged across the table, a 牵头单位 cell merged over two task rows."""
    import docx

    rows = [["序号", "重点任务", "责任单位", "", "完成时限"],
            ["", "", "牵头单位", "配合单位", ""],
            ["1", "完善防汛应急预案", "市应急管理局", "市水利局", "5月底前"],
            ["任务来源：《某省防汛工作要点》", "", "", "", ""],
            ["2", "开展河道清障", "市水利局", "市城管局", "汛期前"],
            ["3", "加固沿河堤防", "", "市住建局", "6月底前"]]
    document = docx.Document()
    document.add_paragraph("某市防汛重点任务分工表")
    table = document.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value:
                table.cell(r, c).text = value
    table.cell(0, 2).merge(table.cell(0, 3))
    for c in (0, 1, 4):
        table.cell(0, c).merge(table.cell(1, c))
    table.cell(3, 0).merge(table.cell(3, 4))
    table.cell(4, 2).merge(table.cell(5, 2))
    path = tmp_path / "plan.docx"
    document.save(path)
    assert [(n, t, units) for _, n, t, units in reading(to_text(path))] == [
        (1, "完善防汛应急预案", [("市应急管理局", "lead"), ("市水利局", "support")]),
        (2, "开展河道清障", [("市水利局", "lead"), ("市城管局", "support")]),
        (3, "加固沿河堤防", [("市水利局", "lead"), ("市住建局", "support")]),
    ]


def _division_table_docx(path, lower: list[str]) -> str:
    """A .docx 分工表 whose 责任分工 spans the sub-columns `lower` (gridSpan), 序号 / 重点任务 merged down both header
    rows and a group row merged across the table; its text as the reader writes it."""
    import docx

    width = 2 + len(lower)
    rows = [["序号", "重点任务", "责任分工"] + [""] * (len(lower) - 1), ["", ""] + lower, ["一、健全制度体系"] + [""] * (width - 1),
            ["1", "制定示范企业认定办法。", "市发展改革委、教育局", "市财政局、国资委", "2025年底前"][:width],
            ["2", "完善绩效工资政策。", "市人力资源社会保障局", "市教育局", "持续推进"][:width]]
    document = docx.Document()
    document.add_paragraph("某市重点任务分工表")
    table = document.add_table(rows=len(rows), cols=width)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value:
                table.cell(r, c).text = value
    table.cell(0, 2).merge(table.cell(0, width - 1))
    for c in (0, 1):
        table.cell(0, c).merge(table.cell(1, c))
    table.cell(2, 0).merge(table.cell(2, width - 1))
    document.save(path)
    return to_text(path)


_DIVIDED = [(1, "制定示范企业认定办法", [("市发展改革委", "lead"), ("教育局", "lead"), ("市财政局", "support"),
                                    ("国资委", "support")]),
            (2, "完善绩效工资政策", [("市人力资源社会保障局", "lead"), ("市教育局", "support")])]


def test_docx_a_spanning_division_cell_over_units_and_a_deadline_gives_way_to_its_sub_columns(tmp_path):
    """A 分工表 groups 牵头单位 | 配合单位 | 完成时限 under one spanning 责任分工: the lower row takes its place column by
    column, the deadline a column of its own beside the units (not every unit responsible, the date among them);
    over 牵头单位 | 配合单位 alone it gives way to them as well."""
    text = _division_table_docx(tmp_path / "three.docx", ["牵头单位", "配合单位", "完成时限"])
    assert "完成时限:2025年底前" in text
    assert [(n, t, units) for _, n, t, units in reading(text)] == _DIVIDED
    pair = _division_table_docx(tmp_path / "two.docx", ["牵头单位", "配合单位"])
    assert [(n, t, units) for _, n, t, units in reading(pair)] == _DIVIDED


def test_pipes_a_spanning_division_cell_repeated_over_units_and_a_deadline_gives_way_to_its_sub_columns():
    """The same header converted to Markdown: the spanning 责任分工 repeated over its slots above the rule, the lower
    row (its 序号 / 重点任务 cells empty) under it; the tab-separated copy writes 责任分工 once."""
    upper, lower = ["序号", "重点任务", "责任分工", "责任分工", "责任分工"], ["", "", "牵头单位", "配合单位", "完成时限"]
    data = [["1", "制定示范企业认定办法。", "市发展改革委、教育局", "市财政局、国资委", "2025年底前"],
            ["2", "完善绩效工资政策。", "市人力资源社会保障局", "市教育局", "持续推进"]]
    pipes = "\n".join("| " + " | ".join(row) + " |" for row in [upper, ["---"] * 5, lower, *data])
    (plan_text,) = read_bytes(f"**某市重点任务分工表**\n\n{pipes}\n".encode("utf-8"), "table.md")
    assert [(t.number, t.title, [(a.name, a.role) for a in t.assignments])
            for s in parse_plan(plan_text).sections for t in s.tasks] == _DIVIDED
    tabs = "\n".join(["某市重点任务分工表", "序号\t重点任务\t责任分工\t\t", "\t".join(lower), "一、健全制度体系",
                      *("\t".join(row) for row in data)])
    assert [(n, t, units) for _, n, t, units in reading(tabs)] == _DIVIDED


def _nested_grid(cell, rows: list[list[str]]) -> None:
    """A small table of `rows` inside a .docx cell, as Word nests one when a unit cell is split."""
    cell.text = ""
    inner = cell.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            inner.cell(r, c).text = value


def test_docx_unit_cell_split_into_a_nested_role_grid_pairs_each_role_with_its_units(tmp_path):
    """A 责任单位 cell holding a nested table: the roles heading its columns over the units (牵头 | 配合 | 落实), or
    labelling its rows beside them (牵头单位 | X / 配合单位 | Y): each unit takes the role it stands under or beside;
    a — names nobody; a nested table of no roles is read as any table."""
    import docx

    document = docx.Document()
    document.add_paragraph("某县供水保障重点任务分工")
    outer = document.add_table(rows=5, cols=4)
    for c, value in enumerate(["序号", "重点任务", "责任单位", "完成时限"]):
        outer.cell(0, c).text = value
    tasks = [("1", "改造老旧供水管网", "10月底"), ("2", "健全应急供水机制", "9月底"),
             ("3", "划定水源保护范围", "8月底"), ("4", "开展水质抽检", "每季度")]
    for r, (number, task, deadline) in enumerate(tasks, start=1):
        outer.cell(r, 0).text, outer.cell(r, 1).text, outer.cell(r, 3).text = number, task, deadline
    _nested_grid(outer.cell(1, 2), [["牵头", "配合"], ["县水务局", "县财政局、甲镇政府"]])
    _nested_grid(outer.cell(2, 2), [["牵头", "配合", "落实"], ["县应急局", "—", "各乡镇政府"]])
    _nested_grid(outer.cell(3, 2), [["牵头单位", "县环保局"], ["配合单位", "县水务局、县林业局"],
                                    ["落实单位", "乙镇政府"]])
    outer.cell(4, 2).text = "县卫健局"
    path = tmp_path / "plan.docx"
    document.save(path)
    assert [(n, units) for _, n, _, units in reading(to_text(path))] == [
        (1, [("县水务局", "lead"), ("县财政局", "support"), ("甲镇政府", "support")]),
        (2, [("县应急局", "lead"), ("各乡镇政府", "implement")]),
        (3, [("县环保局", "lead"), ("县水务局", "support"), ("县林业局", "support"), ("乙镇政府", "implement")]),
        (4, [("县卫健局", "responsible")]),
    ]


def test_a_nested_grid_is_a_role_grid_only_when_roles_label_every_column_or_every_row():
    from generator.source.formats.table.role_grid import role_grid_line

    assert role_grid_line([["牵头", "配合"], ["县水务局", "县财政局"]]) == "牵头单位：县水务局；配合单位：县财政局"
    assert role_grid_line([["配合单位", "县林业局"], ["牵头单位", "县环保局"]]) == "配合单位：县林业局；牵头单位：县环保局"
    # any label of a role, written as the plain label every unit-cell reader knows
    assert role_grid_line([["主要牵头部门", "协助单位"], ["县水务局", "县财政局"]]) == "牵头单位：县水务局；配合单位：县财政局"
    assert role_grid_line([["牵头", "备注"], ["县水务局", "按季度报送"]]) is None  # 备注 is no role
    assert role_grid_line([["县水务局", "县财政局"]]) is None
    assert role_grid_line([["牵头", "配合"], ["—", "无"]]) is None  # no unit named at all


def test_a_unit_cell_split_into_roles_one_cell_a_line_pairs_each_role_with_its_units():
    """The nested grid of roles exported one cell a line (<br> in a Markdown cell): each label over the unit lines it
    labels, or the labels first and then one unit line each; the label is never read as a unit (配合单位 leaves no 单位).
    More unit lines than labels after them pair nothing: the lines are read as units, as before."""
    text = "\n".join([
        "某县供水任务分工",
        "| 序号 | 重点任务 | 责任单位 | 完成时限 |",
        "|---|---|---|---|",
        "| 1 | 划定水源保护范围 | 牵头单位<br>县环保局<br>配合单位<br>县水务局<br>县林业局 | 8月底 |",
        "| 2 | 改造老旧管网 | 牵头<br>配合<br>县水务局<br>县财政局、甲镇政府 | 9月底 |",
        "| 3 | 开展水质抽检 | 县卫健局<br>县水务局 | 每季度 |",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("县环保局", "lead"), ("县水务局", "support"), ("县林业局", "support")]),
        (2, [("县水务局", "lead"), ("县财政局", "support"), ("甲镇政府", "support")]),
        (3, [("县卫健局", "responsible"), ("县水务局", "responsible")]),
    ]


def test_a_markdown_grid_table_drawn_in_ascii_is_read_down_its_cells():
    """+----+ rules and | bars (a Markdown grid table, as pandoc writes a table whose cells hold several lines): a
    task wrapped over two lines is one text, two whole names on lines of their own are two units."""
    text = "\n".join([
        "某县防汛重点任务分工表",
        "+------+----------------------+--------------+----------+",
        "| 序号 | 工作任务             | 牵头单位     | 完成时限 |",
        "+======+======================+==============+==========+",
        "| 1    | 加固病险水库，清理河 | 县水利局     | 汛期前   |",
        "|      | 道行洪障碍。         |              |          |",
        "+------+----------------------+--------------+----------+",
        "| 2    | 储备防汛物资。       | 县应急管理局 | 长期坚持 |",
        "|      |                      | 县商务局     |          |",
        "+------+----------------------+--------------+----------+",
    ])
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "加固病险水库，清理河道行洪障碍", [("县水利局", "lead")]),
        (2, "储备防汛物资", [("县应急管理局", "lead"), ("县商务局", "lead")]),
    ]


def test_a_grid_table_whose_group_cell_spans_rows_reads_every_row_under_its_group():
    """A 任务类别 cell merged down its group's rows, as pandoc writes it from a .docx: the rule under each row it
    spans is open in its column (blank, or holding the rest of its text, 二、物资 / 保障 / 调配); the other
    columns close their row there, and the group cell's text holds for every row it spans."""
    text = "\n".join([
        "某县防汛重点任务分工表",
        "+----+----------+--------------------+--------------+",
        "| 序 | 任务类别 | 工作任务           | 牵头单位     |",
        "| 号 |          |                    |              |",
        "+====+==========+====================+==============+",
        "| 1  | 一、隐患 | 加固病险水库，清理 | 县水利局     |",
        "|    | 排查     | 河道行洪障碍。     |              |",
        "+----+          +--------------------+--------------+",
        "| 2  |          | 排查山洪危险区。   | 县自然资源局 |",
        "+----+----------+--------------------+--------------+",
        "| 3  | 二、物资 | 储备防汛物资。     | 县应急管理局 |",
        "|    | 保障     |                    |              |",
        "+----+ 调配     +--------------------+--------------+",
        "| 4  |          | 检修抢险设备。     | 县应急管理局 |",
        "+----+----------+--------------------+--------------+",
    ])
    assert [(s, n, t, units) for s, n, t, units in reading(text)] == [
        ("一", 1, "加固病险水库，清理河道行洪障碍", [("县水利局", "lead")]),
        ("一", 2, "排查山洪危险区", [("县自然资源局", "lead")]),
        ("二", 3, "储备防汛物资", [("县应急管理局", "lead")]),
        ("二", 4, "检修抢险设备", [("县应急管理局", "lead")]),
    ]
    assert "二、物资保障调配" in find_pasted_tables(text).split("\n")


def test_a_table_drawn_with_bars_in_fixed_width_reads_a_rows_later_lines_as_the_rest_of_its_cells():
    """antiword draws a Word table with | at the same columns on every line, one dash line under the header: a row's
    cells wrap over several lines, its 序号 empty below, a cell cut anywhere at its bar (追溯 / 体, 团县 / 委, 市生态环境
    局 / 青岚分局, each half reading as a name). The lines are the row's, each piece the rest of its cell."""
    text = "\n".join([
        "某县农贸市场提升工作分工方案",
        "",
        "|序号|重点任务    |具体措施        |牵头单位|配合单位          |",
        "|----------------------------------------------------------|",
        "|1   |健全质量追溯|推动主体纳入省级|县商务局|县发展改革局、团县|",
        "|    |体          |追溯平台管理。  |        |委                |",
        "|2   |完善回收网络|建设分拣中心1个 |县供销社|县商务局、县城市管|",
        "|    |            |，推进回收站点建|        |理局、市生态环境局|",
        "|    |            |设。            |        |青岚分局          |",
    ])
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "健全质量追溯体", [("县商务局", "lead"), ("县发展改革局", "support"), ("团县委", "support")]),
        (2, "完善回收网络", [("县供销社", "lead"), ("县商务局", "support"), ("县城市管理局", "support"),
                             ("市生态环境局青岚分局", "support")]),
    ]


def test_a_name_cut_at_a_drawn_grids_bar_goes_on_with_no_break():
    """The row's later line joined (the 具体措施 cell above ended in ，): a 配合单位 piece that reached its bar goes on
    with no line break, the name cut there read whole (县 / 卫生健康局, 县市 / 场监督管理局)."""
    text = "\n".join([
        "某县农贸市场提升工作分工方案",
        "",
        "|序号|重点任务    |具体措施        |牵头单位|配合单位          |",
        "|----------------------------------------------------------|",
        "|1   |改造农贸市场|改造市场2个，规 |县商务局|县文化和旅游局、县|",
        "|    |            |范经营秩序。    |        |卫生健康局        |",
        "|2   |培育龙头企业|新增企业15家，扩|县商务局|县发展改革局、县市|",
        "|    |            |大经营规模。    |        |场监督管理局      |",
    ])
    assert [units for _, _, _, units in reading(text)] == [
        [("县商务局", "lead"), ("县文化和旅游局", "support"), ("县卫生健康局", "support")],
        [("县商务局", "lead"), ("县发展改革局", "support"), ("县市场监督管理局", "support")],
    ]


_SUB_ROW_TABLES = {
    "markdown, padded": [
        "| 序号 | 重点任务     | 具体措施       | 牵头单位     | 配合单位 |",
        "| ---- | ------------ | -------------- | ------------ | -------- |",
        "| 1    | 改造农贸市场 | 改造市场2个。  | 县商务局     | 县财政局 |",
        "|      |              | 规范经营秩序。 | 县市场监管局 | 县公安局 |",
        "| 2    | 培育龙头企业 | 新增企业15家。 | 县商务局     | 县财政局 |",
    ],
    "markdown, bars aligned": [
        "|序号|重点任务    |具体措施      |牵头单位    |配合单位|",
        "|----|------------|--------------|------------|--------|",
        "|1   |改造农贸市场|改造市场2个。 |县商务局    |县财政局|",
        "|    |            |规范经营秩序。|县市场监管局|县公安局|",
        "|2   |培育龙头企业|新增企业15家。|县商务局    |县财政局|",
    ],
    # a drawn grid whose row closed every cell (a sentence's 。, whole names filling their column): a sub-row
    "drawn grid": [
        "|序号|重点任务    |具体措施      |牵头单位    |配合单位|",
        "|-----------------------------------------------------|",
        "|1   |改造农贸市场|改造市场2个。 |县商务局    |县财政局|",
        "|    |            |规范经营秩序。|县市场监管局|县公安局|",
        "|2   |培育龙头企业|新增企业15家。|县商务局    |县财政局|",
    ],
}


@pytest.mark.parametrize("shape", list(_SUB_ROW_TABLES))
def test_a_line_with_an_empty_number_under_a_closed_row_stays_a_sub_row(shape):
    """A Markdown table writes a row a line, however its bars line up: a line with an empty 序号 is a row of its own (a
    measure under its merged task, with its own lead and support). So is one under a drawn grid's row whose cells
    all closed: nothing was cut at a bar, the row's lead and support come first, the sub-row's after them."""
    text = "\n".join(["某县农贸市场提升工作分工方案", "", *_SUB_ROW_TABLES[shape]])
    assert [units for _, _, _, units in reading(text)] == [
        [("县商务局", "lead"), ("县财政局", "support"), ("县市场监管局", "lead"), ("县公安局", "support")],
        [("县商务局", "lead"), ("县财政局", "support")],
    ]


def test_a_box_drawn_table_whose_first_column_spans_rows_reads_every_row():
    """The same merge drawn with box characters, the spanning column the first: the partial rule opens with the
    bar of the spanning cell (│    ├──┼──┤) and its text runs on across the rule line."""
    text = "\n".join([
        "某县防汛重点任务分工表",
        "┌────┬──┬─────────┬──────┐",
        "│任务类别│序号│工作任务          │牵头单位    │",
        "├────┼──┼─────────┼──────┤",
        "│一、隐患│ 1  │加固病险水库。    │县水利局    │",
        "│排查    ├──┼─────────┼──────┤",
        "│        │ 2  │清理河道行洪障碍。│县水利局    │",
        "├────┼──┼─────────┼──────┤",
        "│二、物资│ 3  │储备防汛物资。    │县应急管理局│",
        "└────┴──┴─────────┴──────┘",
    ])
    assert [(s, n, units) for s, n, _, units in reading(text)] == [
        ("一", 1, [("县水利局", "lead")]),
        ("一", 2, [("县水利局", "lead")]),
        ("二", 3, [("县应急管理局", "lead")]),
    ]
    assert "一、隐患排查" in find_pasted_tables(text).split("\n")


def test_a_pandoc_multiline_table_is_read_by_the_columns_its_dashes_mark():
    """Dashes across above the header and under the last row, a run of dashes under each column's name, a blank
    line between rows, cells wrapped within their column (县自然资 / 源局): each cell's text stands between its run's
    start and the next, in printed columns (a Chinese character takes two); the group cell stands on its group's
    first row only."""
    text = "\n".join([
        "某县防汛重点任务分工表",
        "  ----------------------------------------------------------------",
        "  序号   任务类别   工作任务                 牵头单位   完成时限",
        "  ------ ---------- ------------------------ ---------- ----------",
        "  1      一、隐患   加固病险水库，清理河道   县水利局   汛期前",
        "         排查       行洪障碍。",
        "",
        "  2                 排查山洪灾害危险区。     县自然资   5月底前",
        "                                             源局",
        "",
        "  3      二、物资   储备防汛物资。           县应急管   长期坚持",
        "         保障                                理局",
        "  ----------------------------------------------------------------",
        "以上任务请各单位抓好落实。",
    ])
    assert [(s, n, t, units) for s, n, t, units in reading(text)] == [
        ("一", 1, "加固病险水库，清理河道行洪障碍", [("县水利局", "lead")]),
        ("一", 2, "排查山洪灾害危险区", [("县自然资源局", "lead")]),
        ("二", 3, "储备防汛物资", [("县应急管理局", "lead")]),
    ]
    assert find_pasted_tables(text).split("\n")[-1] == "以上任务请各单位抓好落实。"


@pytest.mark.parametrize("table", [
    ["+------+----------------+--------------+----------------+",
     "| 序号 | 工作任务       | 牵头单位     | 配合单位       |",
     "+======+================+==============+================+",
     "| 1    | 公示收费清单。 | 某县发展改革 | 县商务局、县市 |",
     "|      |                | 委           | 场监管局       |",
     "+------+----------------+--------------+----------------+"],
    ["  ---------------------------------------------------------",
     "  序号   工作任务         牵头单位       配合单位",
     "  ------ ---------------- -------------- ----------------",
     "  1      公示收费清单。   某县发展改革   县商务局、县市",
     "                          委             场监管局",
     "  ---------------------------------------------------------"],
])
def test_a_name_wrapped_after_two_level_characters_in_a_cell_is_one_name(table):
    """A narrow unit column wraps 县市场监管局 after 县市: two level characters alone name no body (县市, 省市, 市县),
    so the line below goes on with the name, as after 县 alone (before: 县市 and 场监管局 read as two units)."""
    assert [(n, t, units) for _, n, t, units in reading("\n".join(["某县收费公示任务分工表", *table]))] == [
        (1, "公示收费清单", [("某县发展改革委", "lead"), ("县商务局", "support"), ("县市场监管局", "support")]),
    ]


def test_a_pandoc_simple_table_a_row_a_line_under_its_dashes():
    """A header line, a run of dashes under each column's name, a row a line, a blank line after the last."""
    text = "\n".join([
        "某县防汛重点任务分工表",
        "  序号   工作任务               牵头单位       完成时限",
        "  ------ ---------------------- -------------- ----------",
        "  1      加固病险水库。         县水利局       汛期前",
        "  2      储备防汛物资。         县应急管理局   长期坚持",
        "",
        "以上任务请各单位抓好落实。",
    ])
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "加固病险水库", [("县水利局", "lead")]),
        (2, "储备防汛物资", [("县应急管理局", "lead")]),
    ]


def test_a_table_run_together_with_its_text_is_said_not_read():
    """A .docx's table copied as one run of text, no mark between its cells or rows: its rows cannot be read, but
    its header words show a table stood there, and the plan's reading report says so."""
    text = "\n".join([
        "某区2025年民生实事项目责任分解表",
        "序号项目名称牵头单位配合单位完成时限1新建城市公园2个区住建局区财政局12月底前2改造老旧小区区住建局各街道10月底前",
    ])
    (plan_text,) = read_bytes(text.encode("utf-8"), "table.txt")
    assert any("run together" in message and "牵头单位" in message for _, message in plan_text.notes)
    plain = "某区民生实事项目\n一、新建城市公园，请按序号排列报送。"
    (plan_text,) = read_bytes(plain.encode("utf-8"), "plain.txt")
    assert not plan_text.notes


def test_pdf_text_with_a_blank_line_after_every_line_and_header_cells_over_two_lines():
    """A PDF's text without its layout, a blank line after every line, header cells printed over two lines (序 / 号,
    完成 / 时限) and cells wrapped at their column's width."""
    cells = ["序", "号", "重点任务", "牵头单位", "配合单位", "完成", "时限",
             "1", "推行企业开办全程网办，压缩", "开办时间至1个工作日以内。", "市市场监管", "局", "市数据局、市公",
             "安局", "6月底前",
             "2", "扩大跨省通办事项范围。", "市数据局", "市直各有关部", "门", "年底前"]
    text = "某市优化营商环境重点任务分工表\n\n" + "\n\n".join(cells)
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "推行企业开办全程网办，压缩开办时间至1个工作日以内",
         [("市市场监管局", "lead"), ("市数据局", "support"), ("市公安局", "support")]),
        (2, "扩大跨省通办事项范围", [("市数据局", "lead"), ("市直各有关部门", "support")]),
    ]


def _drawn(rows: int) -> str:
    """A table drawn with box characters whose header names no task column (it is left as it stands)."""
    lines = ["┌──┬──┐", "│地区│目标│"]
    for n in range(rows):
        lines += ["├──┼──┤", f"│第{n}区│{n}个│"]
    return "\n".join(lines + ["└──┴──┘"])


def test_reading_a_drawn_table_that_is_no_task_table_grows_linearly():
    """Each rule line starts a drawn table; one that is no task table is passed over whole, not read again from
    each of its rules."""
    small, large = _drawn(120), _drawn(960)
    assert find_pasted_tables(small) == small
    ratio = _calls(large) / _calls(small)
    assert ratio < 8 * 1.2, f"8x the rows made {ratio:.1f}x the calls"


def test_space_parted_rows_keep_a_single_space_inside_a_cell_where_wide_gaps_part_the_cells():
    """Cells parted by two spaces or more: a unit cell listing its units with one space between stays one cell, and
    a unit cell that says its roles with verbs (应急办牵头，财政所配合) is the units' cell, not the task's text."""
    text = "\n".join([
        "某镇防汛“三张清单”",
        "序号  任务清单  责任清单  时限清单",
        "1  修订镇级防汛应急预案  应急办  4月底前",
        "2  开展山塘水库汛前检查  农业农村办 自然资源所  5月15日前",
        "3  储备防汛物资  应急办牵头，财政所配合  汛期前",
    ])
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "修订镇级防汛应急预案", [("应急办", "responsible")]),
        (2, "开展山塘水库汛前检查", [("农业农村办", "responsible"), ("自然资源所", "responsible")]),
        (3, "储备防汛物资", [("应急办", "lead"), ("财政所", "support")]),
    ]


def test_space_parted_rows_a_unit_cell_broken_after_a_list_mark_keeps_the_rows_after_it():
    """A web table flattened one line a row, cells parted by two spaces: a <br> in a unit cell after 、 puts the rest
    of the list and the row's last cell on the next line, not indented. The row goes on there, its unit list whole,
    and the rows after it stay in the table."""
    text = "\n".join([
        "某区2030年便民项目推进表",
        "序号  项目名称  年度目标  牵头单位  责任单位  完成时限",
        "1  口袋公园建设  新建公园8个  区城管局  区财政局、区自然资源局、",
        "各街道办事处  2030年11月底",
        "2  社区食堂建设  新建食堂6家  区民政局  区市场监管局  2030年9月底",
        "3  背街小巷整治  整治街巷12条  区住建局  各街道办事处  2030年12月底",
    ])
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "口袋公园建设", [("区城管局", "lead"), ("区财政局", "responsible"), ("区自然资源局", "responsible"),
                        ("各街道办事处", "responsible")]),
        (2, "社区食堂建设", [("区民政局", "lead"), ("区市场监管局", "responsible")]),
        (3, "背街小巷整治", [("区住建局", "lead"), ("各街道办事处", "responsible")]),
    ]


def test_single_space_rows_a_unit_cell_broken_after_a_list_mark_keeps_every_cell_in_its_column():
    """The same <br> in a table whose cells one space parts: the 配合单位 list breaks after 、 and its last name goes
    onto the next line with the 完成时限 cell. The broken list is one cell, so the 牵头单位 stays the lead and the
    task's text stays out of it."""
    text = "\n".join([
        "某县农房改造任务表",
        "序号 重点任务 工作措施 牵头单位 配合单位 完成时限",
        "1 危房排查 逐户排查农村危房。 县住建局 县民政局 2031年6月底",
        "2 抗震改造 推进农房抗震加固。 县住建局 县应急局、县财政局、",
        "县自然资源局 2031年10月底",
        "3 风貌提升 编制农房风貌导则。 县自然资源局 县文旅局 2031年12月底",
    ])
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "危房排查", [("县住建局", "lead"), ("县民政局", "support")]),
        (2, "抗震改造", [("县住建局", "lead"), ("县应急局", "support"), ("县财政局", "support"),
                     ("县自然资源局", "support")]),
        (3, "风貌提升", [("县自然资源局", "lead"), ("县文旅局", "support")]),
    ]


def test_single_space_rows_a_full_width_space_inside_quotation_marks_parts_no_cells():
    """A campaign's name printed with a full-width space between its halves (“清洁家园　美丽乡村”) in a table whose
    cells one space parts: a gap inside quotation marks is no cell boundary, so the row keeps its title and its own
    units."""
    text = "\n".join([
        "某镇人居环境整治任务表",
        "序号 重点任务 工作措施 牵头单位 配合单位 完成时限",
        "1 垃圾分类 推进垃圾分类进村入户。 镇环卫所 镇农业办 持续推进",
        "2 主题宣传 组织开展“清洁家园　美丽乡村”评比活动。 镇宣传办 镇妇联 2031年9月底",
        "3 厕所改造 完成农户改厕任务。 镇农业办 镇卫生院 2031年11月底",
    ])
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "垃圾分类", [("镇环卫所", "lead"), ("镇农业办", "support")]),
        (2, "主题宣传", [("镇宣传办", "lead"), ("镇妇联", "support")]),
        (3, "厕所改造", [("镇农业办", "lead"), ("镇卫生院", "support")]),
    ]


def test_space_parted_rows_a_goal_cell_broken_after_a_comma_stays_out_of_the_title():
    """The same layout, the 年度目标 cell broken after ，: the goal's two lines are one cell, so the 项目名称 cell
    alone is the title and the goal follows it whole."""
    text = "\n".join([
        "某区2030年便民项目推进表",
        "序号  项目名称  年度目标  牵头单位  责任单位  完成时限",
        "1  托育服务扩容  新增托位200个，普惠托位占比达到60%，",
        "建成示范机构3家  区卫健委  区教育局  2030年12月底",
        "2  社区食堂建设  新建食堂6家  区民政局  区市场监管局  2030年9月底",
    ])
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "托育服务扩容", [("区卫健委", "lead"), ("区教育局", "responsible")]),
        (2, "社区食堂建设", [("区民政局", "lead"), ("区市场监管局", "responsible")]),
    ]
    first = _plan(text).sections[0].tasks[0]
    assert first.text.startswith("托育服务扩容。新增托位200个，普惠托位占比达到60%，建成示范机构3家")


def test_a_task_column_named_by_one_word_after_the_number_column_is_a_column_of_its_own():
    """Header cells one per line, 序号 / 任务 / 责任单位 / 完成时限: 任务 after 序号 is the task column, not the second
    half of a cell 序号任务 wrapped over two lines (which left the rows unread but the last)."""
    from generator.source.corpus import parse_text

    rows = [["1", "排查燃气经营企业", "县住建局", "6月底前"], ["2", "开展燃气安全宣传", "县委宣传部", "9月底前"]]
    cells = ["某县2030年燃气安全整治工作方案", "序号", "任务", "责任单位", "完成时限"] + [c for r in rows for c in r]
    [plan] = parse_text("\n".join(cells), "清单.txt")
    assert [(t.number, t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        (1, "排查燃气经营企业", [("县住建局", "responsible")]), (2, "开展燃气安全宣传", [("县委宣传部", "responsible")])]


# ---- a duty list set as a table, unit first: 序号 | 成员单位 | 主要职责 -------------------------------------------------


@pytest.mark.parametrize("text", [
    "某县安委会成员单位安全生产职责清单\n序号\t成员单位\t主要职责\n1\t县应急管理局\t负责全县安全生产综合监督管理。\n"
    "2\t县公安局\t负责道路交通安全管理（县交通运输局配合）。\n",
    "某县安委会成员单位安全生产职责清单\n| 序号 | 部门 | 安全生产工作职责 |\n| --- | --- | --- |\n"
    "| 1 | 县应急管理局 | 负责全县安全生产综合监督管理。 |\n| 2 | 县公安局 | 负责道路交通安全管理（县交通运输局配合）。 |\n",
])
def test_a_duty_table_with_a_body_column_and_a_duties_column(text):
    """序号 | 成员单位 (单位, 部门) | 主要职责: the duties are the tasks and the body in each row is responsible for its duty,
    as when the same list is written as paragraphs; a bracket in a duty binds as usual."""
    assert [(n, sorted(units)) for _, n, _, units in reading(text)] == [
        (1, [("县应急管理局", "responsible")]), (2, [("县交通运输局", "support"), ("县公安局", "responsible")])]


def test_a_body_column_beside_no_duties_column_names_no_unit():
    """序号 | 项目名称 | 单位名称 | 完成时限: the body column of a project list is no unit column (a 项目单位 builds, it is not
    given the task); only a column of duties (…职责) makes the body column the responsible one."""
    assert header_kinds(["序号", "项目名称", "单位名称", "完成时限"]) == ["number", "task", None, "deadline"]
    assert header_kinds(["序号", "成员单位", "主要职责"]) == ["number", "responsible", "task"]
    assert header_kinds(["序号", "责任单位", "主要职责"]) == ["number", "responsible", None]


def _pilot_table(pilots: str, guides: str) -> str:
    """A 试点工作方案's task table of two rows: the pilots carrying each task out, the offices guiding them."""
    return "\n".join(["某省试点工作方案", "一、试点任务", f"序号\t试点任务\t{pilots}\t{guides}\t完成时限",
                      "1\t制定推进方案\t甲县教育局、乙县教育局\t基础教育处\t2025年5月底前",
                      "2\t开设人工智能课程\t丙县教育局\t省教科院、基础教育处\t2025年底前"])


@pytest.mark.parametrize("pilots", ["试点单位", "试点学校", "试点医院", "试点县（市、区）"])
@pytest.mark.parametrize("guides", ["指导单位", "业务指导单位", "指导处室"])
def test_a_pilot_plans_pilots_are_responsible_and_its_guides_support(pilots, guides):
    """试点单位 (试点学校, 试点县（市、区）) | 指导单位: the pilots take each task on and answer for it, as a 承担单位
    does; the offices guiding them support, as a 督导单位 does. Unknown, both columns were text and no pilot was read."""
    assert [(n, sorted(units)) for _, n, _, units in reading(_pilot_table(pilots, guides))] == [
        (1, [("乙县教育局", "responsible"), ("基础教育处", "support"), ("甲县教育局", "responsible")]),
        (2, [("丙县教育局", "responsible"), ("基础教育处", "support"), ("省教科院", "support")])]


def _reserve_table(holders: str, keepers: str, approvers: str) -> str:
    """A 物资储备计划's table of three rows: the body holding each item, the enterprise storing it under an agreement
    (a quoted cell over two lines, / where the holder stores it itself), the body approving its release."""
    return "\n".join(["某市2026年度应急物资储备计划表", f"序号\t物资名称\t储备数量\t{holders}\t{keepers}\t{approvers}\t完成时限",
                      "1\t折叠床\t800张\t市物资储备中心\t/\t市应急局\t6月底前",
                      '2\t毛毯\t2000条\t市商务局\t"甲市储运有限公司', '乙商贸股份有限公司"\t市应急局\t9月底前',
                      "3\t冲锋舟\t20艘\t市水务局、市应急局\t/\t市防汛办\t5月底前"])


@pytest.mark.parametrize("holders, keepers, approvers", [
    ("储备单位", "代储单位（企业）", "调用审批部门"), ("承储单位", "代储企业", "动用审批单位"),
    ("收储单位", "承储企业", "调用审批部门"), ("储备主体", "代储单位", "动用审批部门")])
def test_a_reserve_plans_holder_answers_for_its_items_and_the_storing_enterprise_carries_them_out(
        holders, keepers, approvers):
    """储备单位 (承储单位, 收储单位, 储备主体) | 代储单位 (代储企业, 承储企业) | 调用审批部门: the body holding the stock
    answers for the item, the enterprise storing it for the government carries it out, the body approving the stock's
    release names no unit of the row. Unknown, both unit columns were kept as text and no row had a unit."""
    assert [(n, units) for _, n, _, units in reading(_reserve_table(holders, keepers, approvers))] == [
        (1, [("市物资储备中心", "responsible")]),
        (2, [("市商务局", "responsible"), ("甲市储运有限公司", "implement"), ("乙商贸股份有限公司", "implement")]),
        (3, [("市水务局", "responsible"), ("市应急局", "responsible")])]
    assert header_kinds(["物资名称", "储备数量", approvers]) == ["task", "extra", "extra"]  # (the whole name only)


def test_a_storing_enterprises_way_of_holding_the_stock_is_no_word_of_its_name():
    """代储单位 cell 某公司（协议储备） / （产能储备）: the bracket after the enterprise says how it holds the stock, no part
    of its name (before: the name was kept with the bracket)."""
    text = "\n".join(["某市2026年储备计划表", "序号\t物资名称\t计划储备数量\t储备单位\t代储单位（企业）\t完成时限",
                      "1\t瓶装饮用水\t2万箱\t市甲局\t某甲百货有限公司（协议储备）\t6月底前",
                      "2\t医用口罩\t50万只\t市乙局\t某乙医药有限公司（产能储备）、某丙物流公司\t6月底前"])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("市甲局", "responsible"), ("某甲百货有限公司", "implement")]),
        (2, [("市乙局", "responsible"), ("某乙医药有限公司", "implement"), ("某丙物流公司", "implement")])]


@pytest.mark.parametrize("bodies", ["储运单位", "联系部门", "承接企业", "对口科室", "包片股室"])
def test_a_column_of_bodies_under_a_header_no_word_names_is_warned_of_not_read(bodies):
    """序号 | 物资名称 | 数量 | 储运单位 | 完成时限: the last-but-one column names bodies, but no header word says in what role.
    Their units are left unread, kept in the task's text, no role guessed; the reader warns of the column, naming the
    file and the line of the first row naming bodies (before: the units were lost with no word said)."""
    text = "\n".join(["某县2026年防汛物资安排", f"序号\t物资名称\t数量\t{bodies}\t完成时限",
                      "1\t编织袋\t5000条\t/\t5月底前",
                      "2\t救生衣\t300件\t县甲储运公司、县乙物流有限公司\t6月底前",
                      "3\t冲锋舟\t4艘\t县乙物流有限公司\t6月底前"])
    plan = _plan(text)
    assert [(t.number, t.assignments) for t in plan.tasks()] == [(1, []), (2, []), (3, [])]
    assert "县甲储运公司" in plan.tasks()[1].text
    assert plan.warnings == [f"table.txt:{plan.tasks()[1].line}: table column '{bodies}' names bodies "
                             "('县甲储运公司、县乙物流有限公司' …) under a header the reader does not know: their units "
                             "are not read (表头未识别的单位列，其单位未读出)"]


def test_a_column_under_an_unknown_header_whose_cells_name_no_body_is_not_warned_of():
    """A column ending in 单位 whose cells are figures or words (计量单位: 条, 件) names no body: no warning; nor a
    column the header words read (储备单位, responsible) or one they know names no unit (调用审批部门)."""
    text = "\n".join(["某县2026年防汛物资安排", "序号\t物资名称\t计量单位\t储备单位\t调用审批部门\t完成时限",
                      "1\t编织袋\t条\t县应急局\t县防汛办\t5月底前",
                      "2\t救生衣\t件\t县水务局\t县防汛办\t6月底前"])
    plan = _plan(text)
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("县应急局", "responsible")], [("县水务局", "responsible")]]
    assert plan.warnings == []


@pytest.mark.parametrize("objects", ["被检查企业", "服务企业", "涉及企业", "落地企业"])
def test_a_column_of_the_bodies_the_work_reaches_is_not_warned_of(objects):
    """服务企业 in a 企业服务清单, 涉及企业 beside a 整治任务, 落地企业 of an 招商 table, 被检查企业: the enterprises the
    rows' work is done for or to, not doers; they stay in the row's text and no warning is given (before: warned as a
    column of bodies in an unknown role). The doers are the 责任单位 column's."""
    text = "\n".join(["某县2026年企业服务清单", f"序号\t服务事项\t{objects}\t责任单位\t完成时限",
                      "1\t协调用地\t某甲光伏有限公司\t县甲局\t6月底前",
                      "2\t协调融资\t某乙食品有限公司\t县乙局\t9月底前"])
    plan = _plan(text)
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("县甲局", "responsible")], [("县乙局", "responsible")]]
    assert "某甲光伏有限公司" in plan.tasks()[0].text
    assert plan.warnings == []


def test_a_guides_column_beside_the_doers_supports():
    """责任单位 | 指导单位: the guiding office supports the doers; read as text it swallowed the doers' cell and the date."""
    assert [units for *_, units in reading(_pilot_table("责任单位", "指导单位"))][0] == [
        ("甲县教育局", "responsible"), ("乙县教育局", "responsible"), ("基础教育处", "support")]


@pytest.mark.parametrize("lead_in", ["试点任务由各责任单位具体承担，督导单位负责业务指导和成效评估。具体安排如下：",
                                     "各试点单位要按照下表要求推进。具体安排如下："])
def test_a_sentence_naming_the_tables_columns_before_it_is_no_task(lead_in):
    """试点任务由各责任单位具体承担，督导单位负责…。具体安排如下：: the sentence ending in a colon before a table says who
    its columns are and announces the rows; it is the table's lead-in, not a task whose number was lost (read so, it
    shifted every row's place by one)."""
    text = "\n".join(["某省试点工作方案", "一、试点任务", lead_in, "序号\t试点任务\t责任单位\t督导单位\t完成时限",
                      "1\t制定推进方案\t甲县教育局\t基础教育处\t2025年5月底前"])
    assert reading(text) == [("一", 1, "制定推进方案", [("甲县教育局", "responsible"), ("基础教育处", "support")])]


def test_a_lead_in_naming_bodies_by_name_before_numbered_tasks_keeps_its_units():
    """由甲局牵头，乙部门配合，重点抓好以下工作：ends in a colon as a table's lead-in does, but names bodies, not the
    columns' words: it gives them their roles for the work below and stays a task of the group (else they are lost)."""
    text = "\n".join(["某县营商环境工作方案", "一、重点任务", "推进营商环境改革，由县甲局牵头，县直各部门配合，重点抓好以下工作：",
                      "1.推行企业开办一日办结。（县乙局负责）", "2.推进工程建设项目审批改革。（县丙局负责）"])
    assert [units for *_, units in reading(text)] == [
        [("县甲局", "lead"), ("县直各部门", "support")], [("县乙局", "responsible")], [("县丙局", "responsible")]]


@pytest.mark.parametrize("members", ["专班成员单位", "成员单位", "组员单位"])
def test_a_working_groups_members_column_supports_the_lead(members):
    """牵头单位 | 专班成员单位 (成员单位): a 专班's project table names the bodies serving on each project's group beside
    its lead; they support, as the label 成员单位：reads. Alone beside a duties column (序号 | 成员单位 | 主要职责) or
    before the work the same column still names the body answering for each row."""
    text = "\n".join(["某区城市更新项目推进表", f"序号\t项目名称\t牵头单位\t{members}\t完成时限",
                      "1\t滨河老旧小区改造\t区住房城乡建设局\t区财政局、区城投集团\t2025年11月底前"])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("区住房城乡建设局", "lead"), ("区财政局", "support"), ("区城投集团", "support")])]
    assert header_kinds(["序号", members, "主要职责"]) == ["number", "responsible", "task"]
    assert header_kinds(["序号", members, "重点任务"]) == ["number", "responsible", "task"]


def _fund_table(owner: str, doer: str) -> str:
    """A 资金安排表 of two projects: the money, the department each belongs to, the body carrying it out."""
    return "\n".join(["某县2025年民生项目资金安排表",
                      f"序号\t项目名称\t本年安排（万元）\t{owner}\t{doer}",
                      "1\t幼儿园建设项目\t300\t县甲局\t县城投公司",
                      "2\t村卫生室建设项目\t100\t县乙局\t各乡镇人民政府"])


_FUND_TABLE_READ = [("", 1, "幼儿园建设项目", [("县甲局", "responsible"), ("县城投公司", "implement")]),
                    ("", 2, "村卫生室建设项目", [("县乙局", "responsible"), ("各乡镇人民政府", "implement")])]


@pytest.mark.parametrize("owner", ["归口管理部门", "归口管理单位", "项目归口管理部门"])
def test_a_department_named_by_its_guikou_management_is_responsible(owner):
    """归口管理部门: the department a project belongs to, named by the 归口管理 it does (管理 between 归口 and 部门), is
    responsible, as 归口部门 is."""
    assert header_kind(owner) == "responsible" and header_kind("业务归口处室") == "responsible"
    assert reading(_fund_table(owner, "项目实施单位")) == _FUND_TABLE_READ


def test_a_unit_column_named_by_the_money_it_handles_is_no_amounts_column():
    """资金主管部门: a column of the department a project's money belongs to names its money (资金) but ends in a body
    word (部门 / 单位): a unit column read by its role word, not an amounts column as 资金来源 / 年度资金 are."""
    assert header_kind("资金主管部门") == "responsible"
    assert header_kind("资金来源") == "extra" and header_kind("安排资金（万元）") == "extra"
    assert reading(_fund_table("资金主管部门", "项目实施单位")) == _FUND_TABLE_READ


@pytest.mark.parametrize("owner, doer", [("项目主管部门", "项目建设单位"), ("项目主管部门", "项目单位"),
                                         ("归口管理部门", "项目单位"), ("资金主管部门", "资金使用单位"), ("主管部门", "用款单位")])
def test_a_project_body_column_beside_only_the_owning_department_implements(owner, doer):
    """项目单位 / 项目建设单位 / 资金使用单位 / 用款单位 beside only a 主管部门 (a 资金安排表): the body carrying out and
    spending on the project implements it; beside a 责任单位 it stays a column of bodies, no unit of the row."""
    assert reading(_fund_table(owner, doer)) == _FUND_TABLE_READ
    assert [units for *_, units in reading(_fund_table("责任单位", doer))] == [[("县甲局", "responsible")],
                                                                            [("县乙局", "responsible")]]


@pytest.mark.parametrize("owner_column", ["项目业主（企业）", "项目业主单位", "项目业主"])
def test_a_project_owner_column_beside_the_overseeing_department_implements(owner_column):
    """A 减排 / 治理 项目清单 names the enterprise building each project in a 项目业主 column (项目业主（企业）,
    项目业主单位) beside the department overseeing its trade (行业监管部门) and no column of doers: the enterprise
    carries the project out, the overseer supports (as 实施主体 | 监管部门 reads). Beside a 责任单位 (the wholes21
    ruling) or the project's 主管部门 (wholes34) the owner stays a body kept in the row's text."""
    rows = ["某市减排重点项目清单", f"序号\t项目名称\t{owner_column}\t行业监管部门\t完成时限",
            "1\t燃煤锅炉淘汰\t甲城供热有限公司\t市乙局\t2025年9月底",
            "2\t污水处理厂提标改造\t丙县水务投资有限公司\t市丁局\t2025年10月底"]
    assert [units for *_, units in reading("\n".join(rows))] == [
        [("市乙局", "support"), ("甲城供热有限公司", "implement")],
        [("市丁局", "support"), ("丙县水务投资有限公司", "implement")]]
    beside_doers = "\n".join(rows).replace("行业监管部门", "责任单位")
    assert [units for *_, units in reading(beside_doers)] == [[("市乙局", "responsible")], [("市丁局", "responsible")]]
    # beside the project's 主管部门 (a 政府投资项目计划) the owner is the project's legal person, no unit (wholes34)
    beside_owner = "\n".join(rows).replace("行业监管部门", "项目主管部门")
    assert [units for *_, units in reading(beside_owner)] == [[("市乙局", "responsible")], [("市丁局", "responsible")]]


def test_a_person_after_a_unit_in_a_unit_cell_is_no_unit():
    """A duty table's unit cell may name the person answering for the unit after it (市商务局 王某某, 市X局（张某）):
    the person is no unit; names set apart by spaces are still two units (党政办 应急办)."""
    assert unit_text("市商务局 王某某") == "市商务局"
    assert unit_text("市X局 张某、市Y局 李某某") == "市X局、市Y局"
    assert unit_text("党政办 应急办") == "党政办、应急办"


# ---------------------------------------------------------------- responsibility matrices (units as columns)

FIELD_ROWS = ["某县城区整治任务分工表",
              "序号\t1\t2\t3",
              "重点任务\t改造背街小巷12条\t新建口袋公园5个\t新建城市公厕9座",
              "牵头单位\t县甲局\t县乙局\t县乙局",
              "配合单位\t县乙局、城关镇人民政府\t县丙局\t县丁局、县戊局",
              "完成时限\t10月底前\t11月底前\t9月底前"]
FIELD_ROWS_READ = [
    ("", 1, "改造背街小巷12条", [("县甲局", "lead"), ("县乙局", "support"), ("城关镇人民政府", "support")]),
    ("", 2, "新建口袋公园5个", [("县乙局", "lead"), ("县丙局", "support")]),
    ("", 3, "新建城市公厕9座", [("县乙局", "lead"), ("县丁局", "support"), ("县戊局", "support")]),
]


def test_a_task_table_on_its_side_by_field_rows_reads_a_column_a_task():
    """A 分工表 laid on its side for a landscape page: the field names down the first column, one task a column."""
    assert reading("\n".join(FIELD_ROWS)) == FIELD_ROWS_READ


def test_a_task_table_on_its_side_under_a_merged_group_row_and_with_in_cell_breaks():
    """A workbook's copy of it: a 任务类别 row merged over each group's columns (its name in the first, the rest empty)
    and a unit cell holding line breaks, quoted."""
    text = "\n".join([FIELD_ROWS[0], "任务类别\t一、道路设施（2项）\t\t二、公共设施（1项）", *FIELD_ROWS[1:4],
                      '配合单位\t"县乙局\n城关镇人民政府"\t县丙局\t县丁局、县戊局', FIELD_ROWS[5]])
    assert [(s, n, units) for s, n, _, units in reading(text)] == [
        ("一", 1, FIELD_ROWS_READ[0][3]), ("一", 2, FIELD_ROWS_READ[1][3]), ("二", 3, FIELD_ROWS_READ[2][3])]


def test_a_task_table_on_its_side_printed_in_blocks_under_group_headings():
    """A long one printed in blocks, one under each group's heading, the field names repeated in each block."""
    text = "\n".join(["一、道路设施", "序号\t1\t2", "重点任务\t改造背街小巷12条\t新建口袋公园5个",
                      "牵头单位\t县甲局\t县乙局", "配合单位\t县乙局、城关镇人民政府\t县丙局", "",
                      "二、公共设施", "序号\t3", "重点任务\t新建城市公厕9座", "牵头单位\t县乙局", "配合单位\t县丁局、县戊局"])
    assert reading(text)[:2] == [("一", *FIELD_ROWS_READ[0][1:]), ("一", *FIELD_ROWS_READ[1][1:])]


def test_a_task_table_on_its_side_whose_values_hold_header_words_is_read():
    """A task's words may hold a header word (完善工作机制 in the 重点任务 row), a deadline's too (按节点完成 in the
    完成时限 row): values of their own row's field, the table still read; a value naming another field (牵头单位 in the
    重点任务 row) makes the lines label/value pairs, not read on their side."""
    text = "\n".join(["序号\t1\t2", "重点任务\t整治黑臭水体\t完善工作机制", "责任单位\t县甲局\t县乙局",
                      "完成时限\t2024年底\t按节点完成"])
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "整治黑臭水体", [("县甲局", "responsible")]), (2, "完善工作机制", [("县乙局", "responsible")])]
    pairs = "\n".join(["重点任务\t整治黑臭水体\t牵头单位\t县甲局", "配合单位\t县乙局\t备注\t无",
                       "完成时限\t2024年底\t序号\t1"])
    assert "牵头单位" not in [title for _, _, title, _ in reading(pairs)]


def test_a_two_column_card_of_fields_is_no_table_on_its_side():
    """One column of values (任务名称 | … over 牵头单位 | …) is a card of one task, left as the lines it is."""
    card = "\n".join(["序号\t1", "重点任务\t改造背街小巷12条", "牵头单位\t县甲局", "配合单位\t县乙局"])
    assert find_pasted_tables(card) == card


_CODED_HEAD = ["某县重点任务分工表", "序号\t重点任务\t牵头单位\t配合单位"]
_CODED_READING = [("", 1, "扩大有效投资", [("县甲发展委", "lead"), ("县乙财政局", "support"), ("县丙商务局", "support")]),
                  ("", 2, "促进消费回升", [("县丙商务局", "lead"), ("县甲发展委", "support")])]


@pytest.mark.parametrize("rows, legend_above, legend_under", [
    # the pairs after the line naming the legend, several to a line, under the table
    (["1\t扩大有效投资\tA\tB、C", "2\t促进消费回升\tC\tA等"], [],
     ["注：1.责任单位代码：A.县甲发展委　B.县乙财政局　C.县丙商务局"]),
    # one a line under 注：…代码, the cells parted by ASCII commas and written in full-width letters
    (["1\t扩大有效投资\tＡ\tB,C", "2\t促进消费回升\tＣ\tA"], [],
     ["注：责任单位代码", "A.县甲发展委", "B.县乙财政局", "C.县丙商务局"]),
    # circled numbers, the legend above the table
    (["1\t扩大有效投资\t①\t②、③", "2\t促进消费回升\t③\t①"],
     ["责任单位代码表：", "①县甲发展委　②县乙财政局　③县丙商务局"], []),
])
def test_unit_codes_in_a_duty_tables_cells_are_read_as_the_units_the_code_legend_names(rows, legend_above,
                                                                                       legend_under):
    """A 分工表 printing codes in its unit cells (A、J / ②、③) with a legend before or after it (A.县甲发展委　B.…):
    each code is the unit the legend names, and the legend's lettered lines are no items of the plan."""
    text = "\n".join([*legend_above, *_CODED_HEAD, *rows, *legend_under])
    assert reading(text) == _CODED_READING
    assert _plan(text).warnings == []


def test_a_unit_code_the_legend_does_not_name_is_kept_and_said():
    text = "\n".join([*_CODED_HEAD, "1\t扩大有效投资\tA\tB、D", "2\t促进消费回升\tC\tA",
                      "注：责任单位代码：A.县甲发展委　B.县乙财政局　C.县丙商务局"])
    assert reading(text)[0][3] == [("县甲发展委", "lead"), ("县乙财政局", "support"), ("D", "support")]
    assert any("unit code 'D'" in w for w in _plan(text).warnings)


def test_a_list_lettered_a_b_under_a_line_naming_codes_is_no_legend_when_it_names_no_units():
    """A. B. items of a plan's own (建立…代码库) are its items, not a legend of units: their names are no bodies'."""
    text = "\n".join(["一、完善统一代码管理", "A.建立统一代码库。（牵头单位：县甲局）", "B.推进代码共享应用。（牵头单位：县乙局）"])
    assert [title for *_, title, _ in reading(text)] == ["建立统一代码库", "推进代码共享应用"]


def test_a_matrix_whose_columns_are_the_units_is_read_by_the_legend_under_its_title():
    """A 责任分工表 laid out the other way round: the units head the columns, each row marks their part (● ○),
    and the legend under the title says what the marks mean. A row's units are the columns carrying a mark; an
    empty cell is no unit (never the row above's, as a merged cell would be); several ● are several leads."""
    text = "\n".join([
        "某市2024年重点任务责任分工表",
        "（●为牵头单位，○为配合单位）",
        "序号\t重点任务\t市发展改革委\t市市场监管局\t市政务服务局\t市税务局",
        "1\t推进企业开办全程网办\t○\t●\t○\t",
        "2\t优化纳税缴费服务\t\t\t○\t●",
        "3\t开展信用修复\t●\t●\t\t",
        "4\t清理规范中介服务\t○\t\t\t",
    ])
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "推进企业开办全程网办", [("市市场监管局", "lead"), ("市发展改革委", "support"), ("市政务服务局", "support")]),
        (2, "优化纳税缴费服务", [("市税务局", "lead"), ("市政务服务局", "support")]),
        (3, "开展信用修复", [("市发展改革委", "lead"), ("市市场监管局", "lead")]),
        (4, "清理规范中介服务", [("市发展改革委", "support")]),
    ]
    # the legend applied is a rule the document states, listed among the rules applied
    assert _plan(text).rules == ["a responsibility matrix read by its legend: ● as 牵头单位，○ as 配合单位"]


def test_a_matrix_whose_header_is_printed_again_after_a_page_number_stays_a_matrix():
    """A long matrix pasted from a paged file prints its header again under the page number (— 6 —). That line is
    no row: read as one it puts a name under each unit column, and the columns no longer hold only marks."""
    text = "\n".join([
        "某镇任务分解表",
        "（●为牵头单位，○为配合单位）",
        "序号\t任务\t甲岭村\t乙溪村\t丙塘村\t完成时限",
        "1\t清理村内沟渠\t●\t○\t\t5月10日前",
        "— 6 —",
        "序号\t任务\t甲岭村\t乙溪村\t丙塘村\t完成时限",
        "2\t规范线缆搭挂\t○\t●\t\t7月10日前",
    ])
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "清理村内沟渠", [("甲岭村", "lead"), ("乙溪村", "support")]),
        (2, "规范线缆搭挂", [("乙溪村", "lead"), ("甲岭村", "support")]),
    ]


@pytest.mark.parametrize("column", ["镇直责任部门", "“镇直责任部门”", "「镇直责任部门」"])
def test_a_matrix_legend_naming_a_text_column_reads_its_first_unit_as_lead_beside_the_marks(column):
    """A matrix with a text column of units beside its mark columns states both readings in one legend
    (●为牵头…；镇直责任部门栏中列第一位的为牵头部门，其余为配合部门): the positional rule names its column, so it reads that
    column's list in every row, also where a ● in a village column gives the row a lead of its own. The legend
    may quote the column's header (“镇直责任部门”栏中…) as it quotes the marks."""
    text = "\n".join([
        "某镇人居环境整治任务分解表",
        f"（●为牵头实施，○为配合实施；{column}栏中列第一位的为牵头部门，其余为配合部门）",
        "序号\t攻坚任务\t镇直责任部门\t甲岭村\t乙溪村\t完成时限",
        "1\t清理村内沟渠\t镇农业办、镇环境办\t●\t○\t5月10日前",
        "2\t评选清洁庭院\t镇妇联、镇宣传办\t○\t○\t5月10日前",
    ])
    assert [units for _, _, _, units in reading(text)] == [
        [("甲岭村", "lead"), ("镇农业办", "lead"), ("镇环境办", "support"), ("乙溪村", "support")],
        [("镇妇联", "lead"), ("镇宣传办", "support"), ("甲岭村", "support"), ("乙溪村", "support")],
    ]


def test_a_column_rule_leaves_a_cell_writing_its_own_verbs_as_written():
    """责任单位栏中，排在第一位的为牵头单位…: a cell writing its own verbs (A牵头，B负责，C配合) names its lead; the
    rule reads the cells that list units bare (A、B), and gives no second lead to the B the cell calls responsible."""
    text = "\n".join([
        "某县重大项目推进表",
        "责任单位栏中，排在第一位的为牵头单位，标注“（配合）”的为配合单位，其他为责任单位。",
        "序号\t项目名称\t建设内容\t责任单位\t时间节点",
        "1\t甲公路改建工程\t改建公路18公里\t县交通运输局牵头，县自然资源局负责，沿线各乡镇人民政府配合\t3月开工",
        "2\t乙冷库项目\t建设冷库\t县商务局、县农业农村局\t4月开工",
    ])
    assert [units for _, _, _, units in reading(text)] == [
        [("县交通运输局", "lead"), ("县自然资源局", "responsible"), ("沿线各乡镇人民政府", "support")],
        [("县商务局", "lead"), ("县农业农村局", "responsible")],
    ]


_LEVELS_MATRIX = [
    "某市扬尘治理任务清单",
    "序号\t重点任务\t市级责任部门\t北塘区\t南湾区\t西岭区\t完成时限",
    "1\t整治裸露土地。\t市住房城乡建设局、市城管局\t✓\t★\t\t6月底前",
    "2\t开展道路冲洗。\t市城管局、市交通运输局\t✓\t\t✓\t7月底前",
    "3\t落实工地巡查。\t/\t✓\t✓\t✓\t治理期内",
]


@pytest.mark.parametrize("note", ["注：★为牵头区，✓为责任区；市级责任部门栏中排在第一位的为牵头部门，其余为配合部门。",
                                  "注：表中“★”为牵头区，“✓”为责任区；“市级责任部门”栏中排在第一位的为牵头部门，其余为配合部门。"])
def test_a_rule_naming_a_text_column_beside_ticked_districts_reads_that_column_alone(note):
    """A city list sets its 市级责任部门 as a text column and the districts as mark columns (★ 牵头区, ✓ 责任区). The ticked
    districts keep a clause of their own beside the departments' column (市级责任部门:A、B;责任单位:北塘区), so the rule
    naming the departments' column reads its list alone: the ✓ districts stay responsible, and a row whose department
    cell is / has no list of the rule's, so its first ticked district does not lead."""
    assert [units for _, _, _, units in reading("\n".join([*_LEVELS_MATRIX, note]))] == [
        [("南湾区", "lead"), ("市住房城乡建设局", "lead"), ("市城管局", "support"), ("北塘区", "responsible")],
        [("市城管局", "lead"), ("市交通运输局", "support"), ("北塘区", "responsible"), ("西岭区", "responsible")],
        [("北塘区", "responsible"), ("南湾区", "responsible"), ("西岭区", "responsible")],
    ]


def test_a_rule_naming_no_column_still_reads_the_whole_list_of_a_matrix_row():
    """The plain cases read as before: a rule naming no column reads each row's whole list, the departments and the
    ticked districts after them (a row whose ★ district already leads keeps its list as written); a departments'
    column alone (no matrix) is read by the rule naming it."""
    plain_rule = "注：★为牵头区，✓为责任区；排在第一位的为牵头单位，其余为配合单位。"
    assert [units for _, _, _, units in reading("\n".join([*_LEVELS_MATRIX, plain_rule]))] == [
        [("南湾区", "lead"), ("市住房城乡建设局", "responsible"), ("市城管局", "responsible"), ("北塘区", "responsible")],
        [("市城管局", "lead"), ("市交通运输局", "support"), ("北塘区", "support"), ("西岭区", "support")],
        [("北塘区", "lead"), ("南湾区", "support"), ("西岭区", "support")],
    ]
    no_matrix = "\n".join([
        "序号\t重点任务\t市级责任部门\t完成时限",
        "1\t整治裸露土地。\t市住房城乡建设局、市城管局\t6月底前",
        "注：市级责任部门栏中排在第一位的为牵头部门，其余为配合部门。",
    ])
    assert [units for _, _, _, units in reading(no_matrix)] == [[("市住房城乡建设局", "lead"), ("市城管局", "support")]]


def test_a_matrix_legend_in_a_note_under_the_table_gives_the_marks_their_roles_whatever_the_marks():
    """The legend may follow the table (注：★表示牵头单位，☆表示配合单位) and name any marks; the document's
    legend decides, so a legend giving ○ the lead is read as written."""
    text = "\n".join([
        "| 序号 | 工作任务 | 县发改局 | 县住建局 | 县农业农村局 |",
        "| --- | --- | --- | --- | --- |",
        "| 1 | 推进农村改厕 | ☆ |  | ★ |",
        "| 2 | 实施农房改造 |  | ★ | ☆ |",
        "",
        "注：★表示牵头单位，☆表示配合单位。",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("县农业农村局", "lead"), ("县发改局", "support")]),
        (2, [("县住建局", "lead"), ("县农业农村局", "support")]),
    ]
    swapped = "\n".join(["说明：牵头单位用○表示，配合单位用●表示。",
                         "序号\t重点任务\t区财政局\t区教育局",
                         "1\t新建幼儿园两所\t●\t○"])
    assert [units for _, _, _, units in reading(swapped)] == [[("区教育局", "lead"), ("区财政局", "support")]]


def test_a_matrix_under_a_spanning_unit_header_with_a_people_column_and_a_deadline():
    """A two-row header: 责任单位 spans the unit columns and the bodies' names stand on the row under it; a 分管领导
    column names people (never units) and a 完成时限 column follows the units."""
    text = "\n".join([
        "序号\t工作任务\t分管领导\t责任单位\t\t\t完成时限",
        "\t\t\t县教育局\t县卫健局\t县财政局\t",
        "一、教育卫生",
        "1\t新建乡镇卫生院两所\t张某某\t\t●\t○\t2024年底",
        "2\t改造薄弱学校五所\t李某某\t●\t\t○\t2024年9月底前",
        "（●为牵头单位，○为配合单位）",
    ])
    plan = _plan(text)
    ((section, tasks),) = [(s.title, s.tasks) for s in plan.sections]
    assert section == "教育卫生"
    assert [(t.number, [(a.name, a.role) for a in t.assignments], [d.text for d in t.deadlines]) for t in tasks] == [
        (1, [("县卫健局", "lead"), ("县财政局", "support")], ["2024年底"]),
        (2, [("县教育局", "lead"), ("县财政局", "support")], ["2024年9月底前"]),
    ]
    assert "张某某" in tasks[0].text and all(a.name != "张某某" for t in tasks for a in t.assignments)


def test_a_matrix_without_a_legend_reads_marks_by_their_common_meaning_and_says_so():
    """No legend: ● is read as lead and ○ as support by their common meaning, and the reading report says the
    table gave no legend; a mark with no common meaning (◎) keeps its unit as responsible, and that is said.
    Role words in the cells (牵头 / 配合) are their own legend and need no note."""
    text = "\n".join([
        "序号\t重点任务\t市文旅局\t市商务局\t市公安局",
        "1\t举办消费季活动\t●\t○\t◎",
    ])
    assert [units for _, _, _, units in reading(text)] == [
        [("市文旅局", "lead"), ("市公安局", "responsible"), ("市商务局", "support")]]
    (plan_text,) = read_bytes(text.encode("utf-8"), "table.txt")
    said = " ".join(message for _, message in plan_text.notes)
    assert "no legend for '●'" in said and "no legend for '○'" in said and "'◎' has no legend" in said
    words = "\n".join(["序号\t重点任务\t市文旅局\t市商务局", "1\t举办消费季活动\t配合\t牵头"])
    assert [units for _, _, _, units in reading(words)] == [[("市商务局", "lead"), ("市文旅局", "support")]]
    (plan_text,) = read_bytes(words.encode("utf-8"), "table.txt")
    assert plan_text.notes == []


def test_bodies_heading_columns_of_numbers_make_no_matrix():
    """A table of targets per county (甲县 | 乙县 over numbers) names bodies in its header but marks nothing:
    no matrix, and no unit is read from it."""
    text = "\n".join([
        "序号\t重点任务\t甲县人民政府\t乙县人民政府",
        "1\t新增就业人数\t1200\t800",
    ])
    assert all(not units for _, _, _, units in reading(text))


def test_the_whole_areas_target_beside_the_indicators_column_is_a_figure_not_the_task():
    """A target breakdown heads the figure the whole county (or the year) is to reach 全县目标 / 年度目标任务 beside its
    指标（任务）名称 column: the figures (5.5, ≥90, 年中另行下达) are no titles, the indicators are. With no indicators'
    column beside it, 全县目标任务 still names the work."""
    for figure in ("全县目标", "年度目标任务", "全市任务"):
        text = "\n".join([
            "某县2026年主要目标任务分解表",
            f"序号\t指标（任务）名称\t计量单位\t{figure}\t牵头单位\t责任科室",
            "1\t农村居民人均可支配收入增长\t%\t5.5\t县农业农村局\t发展规划股",
            "2\t义务教育巩固率\t%\t≥90\t县教育局\t基础教育股",
            "3\t新增造林面积\t亩\t年中另行下达\t县林业局\t造林股",
        ])
        assert [(n, title, units[0]) for _, n, title, units in reading(text)] == [
            (1, "农村居民人均可支配收入增长", ("县农业农村局", "lead")),
            (2, "义务教育巩固率", ("县教育局", "lead")),
            (3, "新增造林面积", ("县林业局", "lead")),
        ], figure
    assert header_kinds(["序号", "全县目标任务", "责任单位"]) == ["number", "task", "responsible"]


def test_a_year_target_beside_a_column_merely_holding_indicator_words_still_names_the_work():
    """Only a column NAMING the indicators (指标, 指标名称, 考核指标), standing before a 年度目标 / 全年目标 column, makes
    it a figure column. A value or attribute column (量化指标, 指标值, 绩效指标) or a 考核指标 after the work column
    holds the work's measure: the 年度任务 column still titles the rows. A bare 任务分解 beside a 指标 column lists the
    measures the units take (the work); a breakdown column is a figure column only when it names the places the
    quotas go to (乡镇（街道）分解任务). Two 指标 columns (主要指标 | 指标属性) leave the target column as it reads."""
    for work, measure in (("年度目标任务", "量化指标"), ("年度任务", "考核指标"), ("全年目标", "指标值"),
                          ("县级任务", "绩效指标")):
        text = "\n".join([
            "某县2026年民生实事任务表",
            f"序号\t{work}\t{measure}\t牵头单位",
            "1\t新建城区公办幼儿园\t3所\t县教育局",
            "2\t改造老旧小区\t完成改造小区20个\t县住建局",
        ])
        assert [(n, title, units[0]) for _, n, title, units in reading(text)] == [
            (1, "新建城区公办幼儿园", ("县教育局", "lead")),
            (2, "改造老旧小区", ("县住建局", "lead")),
        ], (work, measure)
    text = "\n".join([
        "某县生态环境目标任务分解",
        "序号\t指标\t任务分解\t责任单位",
        "1\t空气质量优良天数比例\t加强扬尘管控，淘汰燃煤锅炉\t县生态环境局",
        "2\t地表水达标率\t推进污水处理厂提标改造\t县水利局",
    ])
    assert [(n, title) for _, n, title, _ in reading(text)] == [
        (1, "加强扬尘管控，淘汰燃煤锅炉"), (2, "推进污水处理厂提标改造")]
    assert header_kinds(["序号", "指标名称", "乡镇（街道）分解任务", "牵头单位"]) == ["number", "task", "extra", "lead"]
    assert header_kinds(["序号", "主要指标", "指标属性", "年度目标", "责任单位"]) == [
        "number", "extra", "extra", "task", "responsible"]


def test_a_matrix_parted_by_spaces_places_each_mark_under_the_unit_it_stands_under():
    """A matrix copied as text keeps its layout but loses its empty cells: the marks cannot be counted into
    columns, so each is placed under the unit whose name stands nearest above it (a Chinese character two
    columns wide); a date goes to the 完成时限 column, a group row 一、… spans the table."""
    text = "\n".join([
        "注：●为牵头单位，○为配合单位。",
        "序号  重点任务            区发改局  区财政局  区住建局  完成时限",
        "一、城市建设",
        "1     推进老旧小区改造        ○                  ●      2024年底",
        "2     实施城市更新项目        ●        ○               2024年9月底前",
        "3     建设口袋公园                               ●      持续推进",
    ])
    assert reading(text) == [
        ("一", 1, "推进老旧小区改造", [("区住建局", "lead"), ("区发改局", "support")]),
        ("一", 2, "实施城市更新项目", [("区发改局", "lead"), ("区财政局", "support")]),
        ("一", 3, "建设口袋公园", [("区住建局", "lead")]),
    ]


def test_a_matrix_in_wrapped_rows_parted_by_spaces_joins_each_cell_under_its_column():
    """A matrix copied with its layout, a long task wrapped onto the next line (cells top-aligned): the rest of
    the task and the rest of a date join their cells; the marks stay under their units."""
    text = "\n".join([
        "注：●为牵头单位，○为配合单位。",
        "序号  重点任务                  区发改局  区财政局  区住建局  完成时限",
        "1     推进老旧小区改造，完成      ○                  ●        2024年底",
        "      改造小区30个",
        "2     实施城市更新项目，启动      ●        ○                 2024年9月",
        "      片区更新2个                                             底前",
    ])
    plan = _plan(text)
    tasks = [t for s in plan.sections for t in s.tasks]
    assert [(t.number, t.title, [(a.name, a.role) for a in t.assignments], [d.text for d in t.deadlines])
            for t in tasks] == [
        (1, "推进老旧小区改造，完成改造小区30个", [("区住建局", "lead"), ("区发改局", "support")], ["2024年底"]),
        (2, "实施城市更新项目，启动片区更新2个", [("区发改局", "lead"), ("区财政局", "support")], ["2024年9月底前"]),
    ]


def test_docx_and_html_matrices_read_the_legend_above_or_under_the_table(tmp_path, write_file):
    """A .docx or HTML matrix: the legend is a paragraph above the table or under it; read from there (no note
    of a missing legend), and the paragraph under the table is the table's note, never an annotation of its
    last task."""
    import docx

    from generator.model import TABLE_RULE_NOTE

    rows = [["序号", "重点任务", "市文旅局", "市商务局", "市财政局"],
            ["1", "举办消费季活动", "○", "●", "○"],
            ["2", "建设文旅街区", "●", "", "○"]]
    expected = [(1, [("市商务局", "lead"), ("市文旅局", "support"), ("市财政局", "support")]),
                (2, [("市文旅局", "lead"), ("市财政局", "support")])]
    for where in ("above", "under"):
        document = docx.Document()
        document.add_paragraph("市2025年促消费重点任务分工表")
        if where == "above":
            document.add_paragraph("（●为牵头单位，○为配合单位）")
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value:
                    table.cell(r, c).text = value
        if where == "under":
            document.add_paragraph("注：●表示牵头单位，○表示配合单位。")
        path = tmp_path / f"{where}.docx"
        document.save(path)
        (plan_text,) = read_file(path)
        assert [message for _, message in plan_text.notes if not message.startswith(TABLE_RULE_NOTE)] == []  # a legend, no doubt
        assert [(n, units) for _, n, _, units in reading(to_text(path))] == expected
    cells = "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in row)}</tr>" for row in rows)
    page = (f"<html><body><h1>市2025年促消费重点任务分工表</h1><table border='1'>{cells}</table>"
            "<p>（●为牵头单位，○为配合单位）</p></body></html>")
    path = write_file(page, "plan.html")
    assert [(n, units) for _, n, _, units in reading(to_text(path))] == expected


def test_a_matrix_one_cell_per_line_places_marks_only_where_the_row_kept_a_line_a_column():
    """A matrix flattened one cell per line: a row whose empty cells stand as blank lines (or that has every cell
    filled) is placed cell by cell, a task over two lines joined; a row that lost its empty cells is still a
    task, but its marks cannot be placed: no unit is guessed, and the reading report says so."""
    text = "\n".join([
        "（●为牵头单位，○为配合单位）",
        "序号", "重点任务", "区发改局", "区财政局", "区住建局", "完成时限",
        "1", "推进老旧小区改造", "○", "", "●", "2024年底",
        "2", "实施城市更新项目，启动", "片区更新2个", "●", "○", "", "2024年9月底前",
        "3", "建设口袋公园", "●", "持续推进",
    ])
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "推进老旧小区改造", [("区住建局", "lead"), ("区发改局", "support")]),
        (2, "实施城市更新项目，启动片区更新2个", [("区发改局", "lead"), ("区财政局", "support")]),
        (3, "建设口袋公园", []),
    ]
    (plan_text,) = read_bytes(text.encode("utf-8"), "table.txt")
    assert [message.split(":")[0] for _, message in plan_text.notes if not message.startswith("rule")] == [
        "a matrix row one cell per line lost its empty cells (2 cells for 4 columns)"]


def test_a_docx_matrix_with_a_group_row_merged_over_the_whole_table(tmp_path):
    """A .docx matrix whose group heading is one cell merged over the whole row: the grid repeats its text in
    every slot, under the units' columns too; it is a section, and the marks of the other rows are still read."""
    rows = [["序号", "重点任务", "县教育局", "县卫健局"],
            ["一、教育卫生", "", "", ""],
            ["1", "新建乡镇卫生院", "○", "●"],
            ["2", "改造薄弱学校", "●", ""]]
    path = docx_table(tmp_path, "县2025年民生实事分工表（●为牵头单位，○为配合单位）", rows, [], [(1, 0, 3)])
    text = to_text(path)
    assert sections(text) == [("一", "教育卫生")]
    assert reading(text) == [("一", 1, "新建乡镇卫生院", [("县卫健局", "lead"), ("县教育局", "support")]),
                             ("一", 2, "改造薄弱学校", [("县教育局", "lead")])]


def test_a_matrix_legend_stated_in_the_notice_far_above_the_table_and_in_its_other_spellings():
    """The legend may stand in the covering notice, far from the table (表中打“√”的为责任单位), and be spelt with
    the mark after a verb (标▲的为牵头部门) or after the role (牵头单位用●表示): each is the document's legend."""
    from generator.model import TABLE_RULE_NOTE

    text = "\n".join([
        "关于印发某县2025年重点工作分工表的通知",
        "各乡镇，县直各单位：",
        "现将分工表印发给你们。表中标▲的为牵头部门，标△的为配合部门，请认真落实。",
        "",
        "某县人民政府办公室",
        "2025年1月6日",
        "",
        "某县2025年重点工作分工表",
        "序号\t重点工作\t县发改局\t县财政局\t县住建局",
        "1\t实施城市更新\t△\t△\t▲",
    ])
    assert [units for _, _, _, units in reading(text)] == [
        [("县住建局", "lead"), ("县发改局", "support"), ("县财政局", "support")]]
    (plan_text,) = read_bytes(text.encode("utf-8"), "table.txt")
    assert [message for _, message in plan_text.notes if not message.startswith(TABLE_RULE_NOTE)] == []  # a legend, no doubt
    ticked = "\n".join(["打“√”的为责任单位。", "序号\t重点工作\t县发改局\t县财政局", "1\t编制年度计划\t√\t√"])
    assert [units for _, _, _, units in reading(ticked)] == [[("县发改局", "responsible"), ("县财政局", "responsible")]]


def test_a_matrix_column_headed_by_a_short_name_or_a_bracketed_locality_is_a_unit_column():
    """Beside columns headed by bodies' full names, a matrix may head a column by a body's short name (公安) or a
    kind of locality with its brackets (各县（市、区）): the marks under it make it a unit's column. Short names
    alone, with no full name beside them, make no matrix."""
    text = "\n".join([
        "（●为牵头单位，○为配合单位）",
        "序号\t重点任务\t市发改委\t市财政局\t公安\t各县（市、区）",
        "1\t整治交通秩序\t\t○\t●\t○",
    ])
    assert [units for _, _, _, units in reading(text)] == [
        [("公安", "lead"), ("市财政局", "support"), ("各县（市、区）", "support")]]
    short = "\n".join(["序号\t重点任务\t发改\t财政", "1\t整治交通秩序\t●\t○"])
    assert all(not units for _, _, _, units in reading(short))


@pytest.mark.parametrize("legend, under", [
    ("（●为牵头单位，○为配合单位）", ""), ("", "注：●为牵头单位，○为配合单位。"), ("表中●表示牵头单位，○表示配合单位。", "")])
@pytest.mark.parametrize("bar", [False, True])
def test_short_names_alone_head_a_matrix_whose_legend_gives_their_marks_roles(legend, under, bar):
    """Short names alone (公安 | 住建 | 交通) make a matrix where the document says what the marks under them are: a
    legend above the table, a note under it, or a sentence of the text. The names are kept as printed and the
    reading says they are short names; without a legend they make no matrix (the test above)."""
    rows = [["序号", "重点任务", "公安", "住建", "交通"], ["1", "整治交通秩序", "●", "", "○"],
            ["2", "推进道路建设", "", "●", "○"]]
    lines = ["| " + " | ".join(row) + " |" for row in rows] if bar else ["\t".join(row) for row in rows]
    if bar:
        lines.insert(1, "|---|---|---|---|---|")
    text = "\n".join(line for line in ["某县重点任务分工表", legend, *lines, under] if line)
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("公安", "lead"), ("交通", "support")]), (2, [("住建", "lead"), ("交通", "support")])]
    (plan_text,) = read_bytes(text.encode("utf-8"), "table.txt")
    messages = [message for _, message in plan_text.notes]
    assert any("short names (公安、住建、交通)" in m for m in messages)
    assert not [m for m in messages if "does not read as a unit name" in m]


def test_short_names_under_marks_no_legend_gives_a_role_make_no_matrix():
    """A legend naming other marks (★ ☆) says nothing of the √ under short names: no matrix, as with no legend;
    nor are short names over text or figures a matrix's columns under a legend."""
    other = "\n".join(["（★为牵头单位，☆为配合单位）", "序号\t重点任务\t已完成\t未完成", "1\t整治交通秩序\t√\t",
                        "2\t推进道路建设\t\t√"])
    assert all(not units for _, _, _, units in reading(other))
    figures = "\n".join(["（●为牵头单位，○为配合单位）", "序号\t重点任务\t城区\t郊区", "1\t整治交通秩序\t3个\t2个"])
    assert all(not units for _, _, _, units in reading(figures))


def test_short_names_under_a_spanning_unit_column_head_a_matrix():
    """责任单位 spanning 公安 | 住建 | 交通 names them as units, as a legend would: a ticked matrix of short names, each
    √ a unit in charge (its common meaning, said in the reading), the names kept as printed."""
    text = "\n".join(["某县重点任务分解表", "序号\t重点任务\t责任单位\t\t\t完成时限", "\t\t公安\t住建\t交通\t",
                      "1\t整治交通秩序\t√\t\t√\t2026年底", "2\t推进道路建设\t\t√\t\t2026年6月"])
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "整治交通秩序", [("公安", "responsible"), ("交通", "responsible")]),
        (2, "推进道路建设", [("住建", "responsible")])]


def test_a_matrix_on_its_side_tasks_as_columns_and_units_as_rows():
    """Few tasks and many units: the matrix turned round, the tasks heading the columns under a 序号 row and the
    units heading the rows. Each column is a task, the marks down it its units' parts. A file this dense in ★ ☆
    is text, not binary."""
    text = "\n".join([
        "某市2025年文明城市创建重点任务分工表",
        "（★为牵头单位，☆为配合单位）",
        "序号\t1\t2\t3",
        "责任单位\t整治背街小巷环境\t规范农贸市场秩序\t开展志愿服务活动",
        "市城管局\t★\t☆\t",
        "市市场监管局\t☆\t★\t",
        "团市委\t\t\t★",
        "市文明办\t☆\t☆\t☆",
    ])
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "整治背街小巷环境", [("市城管局", "lead"), ("市市场监管局", "support"), ("市文明办", "support")]),
        (2, "规范农贸市场秩序", [("市市场监管局", "lead"), ("市城管局", "support"), ("市文明办", "support")]),
        (3, "开展志愿服务活动", [("团市委", "lead"), ("市文明办", "support")]),
    ]
    people = "\n".join(["单位\t张某某\t李某某", "市城管局\t★\t☆", "市文明办\t☆\t★"])
    assert reading(people) == []  # people heading the columns (or any name that is no task) make no matrix


def test_a_matrix_parted_by_spaces_whose_rows_are_centred_on_their_numbers():
    """Copied from a PDF, a matrix's rows may be centred on their 序号: a task starts on the line above its number
    and ends on the line below. The lines between two numbers go to the row above up to the one ending its
    sentence (。); without full stops, half to each row (the first row's task began above its number)."""
    lines = [
        "注：●为牵头单位，○为配合单位。",
        "序号  重点任务                  区发改局  区财政局  区住建局  完成时限",
        "      推进老旧小区改造，完成",
        "1     改造小区30个，同步加装      ○                  ●        2024年底",
        "      电梯{stop}",
        "      实施城市更新项目，启动",
        "2     片区更新2个{stop}               ●        ○                 2024年9月底前",
    ]
    for stop in ("。", ""):
        text = "\n".join(line.replace("{stop}", stop) for line in lines)
        assert [(n, title, units) for _, n, title, units in reading(text)] == [
            (1, "推进老旧小区改造，完成改造小区30个，同步加装电梯", [("区住建局", "lead"), ("区发改局", "support")]),
            (2, "实施城市更新项目，启动片区更新2个", [("区发改局", "lead"), ("区财政局", "support")]),
        ]


def test_a_matrix_unit_named_over_two_lines_in_its_header_cell_is_one_name(tmp_path):
    """A narrow matrix column sets the unit's name over two lines (市发展 / 改革委 in one .docx cell): the unit is
    the whole name."""
    import docx

    document = docx.Document()
    document.add_paragraph("（●为牵头单位，○为配合单位）")
    table = document.add_table(rows=2, cols=4)
    for c, value in enumerate(["序号", "重点任务", "市发展\n改革委", "市财政局"]):
        table.cell(0, c).text = value
    for c, value in enumerate(["1", "编制年度投资计划", "●", "○"]):
        table.cell(1, c).text = value
    path = tmp_path / "plan.docx"
    document.save(path)
    assert [units for _, _, _, units in reading(to_text(path))] == [[("市发展改革委", "lead"), ("市财政局", "support")]]


def test_a_duty_table_by_unit_gives_its_roles_to_the_numbered_items_above_it():
    """Tasks listed as numbered items, then a table a row a unit naming the tasks it leads or supports by number
    (1、2; 2-3): each row is read back into the items it names. Where the numbers restart in each section, no
    item carries a number once: no role is given, and the reading report says so."""
    text = "\n".join([
        "某县2025年重点工作任务",
        "1.实施城市更新行动。",
        "2.统筹专项资金。",
        "3.推进老旧小区改造。",
        "",
        "序号\t责任单位\t牵头任务\t配合任务",
        "1\t县发改局\t1、2\t3",
        "2\t县财政局\t\t1-2",
        "3\t县住建局\t3\t1",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("县发改局", "lead"), ("县财政局", "support"), ("县住建局", "support")]),
        (2, [("县发改局", "lead"), ("县财政局", "support")]),
        (3, [("县住建局", "lead"), ("县发改局", "support")]),
    ]
    restarting = "\n".join(["一、城市建设", "1.实施城市更新行动。", "二、资金保障", "1.统筹专项资金。", "",
                            "序号\t责任单位\t牵头任务", "1\t县发改局\t1"])
    assert all(not units for _, _, _, units in reading(restarting))
    (plan_text,) = read_bytes(restarting.encode("utf-8"), "table.txt")
    assert any("duty table by unit" in message for _, message in plan_text.notes)


def test_a_duty_table_by_unit_cell_naming_a_point_of_a_task_gives_that_task():
    """Where tasks carry （1）（2） points, a by-unit table may hand out one point (3（1）: task 3's point （1））. The
    point is part of task 3, so the unit takes task 3; one such cell does not void the other rows."""
    text = "\n".join([
        "1.实施水源提升工程。",
        "2.推进管网延伸。",
        "3.加强水质检测。重点抓好两项：",
        "（1）完善县级水质检测中心；",
        "（2）配备乡镇快检设备。",
        "单位\t牵头任务\t配合任务",
        "县水利局\t1、2、3（1）\t——",
        "县卫生健康局\t3（2）\t3（1）",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("县水利局", "lead")]),
        (2, [("县水利局", "lead")]),
        (3, [("县水利局", "lead"), ("县卫生健康局", "lead"), ("县卫生健康局", "support")]),
    ]


def test_a_duty_table_by_unit_cell_saying_every_task_gives_the_unit_every_item_above():
    """A row for the towns (各乡镇人民政府) whose 配合任务 cell reads 全部 supports every numbered item above: 全部 is
    neither a unit's name nor a reason to drop the table."""
    text = "\n".join([
        "1.实施水源提升工程。",
        "2.推进管网延伸。",
        "3.加强水质检测。",
        "单位\t牵头任务\t配合任务",
        "县水利局\t1、2、3\t——",
        "县卫生健康局\t——\t3",
        "各乡镇人民政府\t——\t全部",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("县水利局", "lead"), ("各乡镇人民政府", "support")]),
        (2, [("县水利局", "lead"), ("各乡镇人民政府", "support")]),
        (3, [("县水利局", "lead"), ("县卫生健康局", "support"), ("各乡镇人民政府", "support")]),
    ]


def test_a_duty_table_by_unit_whose_role_headers_are_bare_role_words():
    """The role columns headed by the role word alone (单位 | 牵头 | 配合), every cell a list of task numbers: a
    duty table by unit all the same."""
    text = "\n".join([
        "1.实施水源提升工程。",
        "2.推进管网延伸。",
        "3.加强水质检测。",
        "单位\t牵头\t配合",
        "县水利局\t1、2、3\t——",
        "县卫生健康局\t——\t3",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("县水利局", "lead")]),
        (2, [("县水利局", "lead")]),
        (3, [("县水利局", "lead"), ("县卫生健康局", "support")]),
    ]


def test_a_matrix_one_cell_per_line_each_cell_framed_by_bars():
    """A page's matrix copied cell by cell, each cell framed by its own | (an empty one as | |): the framed run
    names no column word for its units, so it is read as a matrix, not passed over."""
    cells = ["序号", "重点任务", "区发改局", "区财政局", "区住建局",
             "1", "编制年度计划", "●", "", "○",
             "2", "统筹资金", "", "●", "○"]
    text = "\n".join(["某区重点任务分工表（●为牵头单位，○为配合单位）"] + [f"| {c} |" for c in cells])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("区发改局", "lead"), ("区住建局", "support")]),
        (2, [("区财政局", "lead"), ("区住建局", "support")]),
    ]


def test_a_matrix_whose_units_are_grouped_under_spanning_cells():
    """A matrix's units grouped under spanning cells (市直部门 over two departments, 县区 over two counties): the
    upper row names no unit, the row under it names each unit; together they are the header."""
    text = "\n".join([
        "（●为牵头单位，○为配合单位）",
        "序号\t重点任务\t市直部门\t\t县区\t",
        "\t\t市发改委\t市财政局\tA县人民政府\tB县人民政府",
        "1\t推进项目建设\t●\t○\t○\t○",
        "2\t统筹资金\t○\t●\t\t",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("市发改委", "lead"), ("市财政局", "support"), ("A县人民政府", "support"), ("B县人民政府", "support")]),
        (2, [("市财政局", "lead"), ("市发改委", "support")]),
    ]


# a PDF's table taken without its layout, one cell's lines after another, each wrapped at its narrow column
_PDF_NARROW_COLUMNS = """某市2025年城市更新项目清单
序号
项目名称
建设内容
牵头单位
配合单位
完成时限
1
城南片区老旧
小区改造项目
改造老旧小区20个，同
步改造雨污管网。
市住建局
某区人民政府
2025年12月
底前
2
城市绿道和口
袋公园建设项
目
新建绿道30公里、口袋
公园12个。
市城管局
各县（市、区）
人民政府
2025年11月
底前
"""


def test_a_pdfs_narrow_columns_wrap_dates_and_names_onto_lines_of_their_own():
    """A date cut by its column (2025年12月 / 底前) is no section row; 人民政府 alone names no body, the rest
    of the locality above it; a row whose task cell wrapped over more lines than the columns goes on while its
    unit lines lead to its date."""
    text = find_pasted_tables(_PDF_NARROW_COLUMNS)
    assert "一、底前" not in text
    assert "完成时限:2025年12月底前" in text
    assert "配合单位:各县（市、区）人民政府;完成时限:2025年11月底前" in text
    assert "1.城南片区老旧小区改造项目。改造老旧小区20个" in text  # the 项目名称 cell, then its 建设内容


# ---------------------------------------------------------------- a 建议 / 提案 办理分工表


def test_a_proposal_handling_table_reads_its_handling_units_and_not_the_deputies_who_raised_it():
    """A 办理分工表 of deputies' proposals (建议题目 | 领衔代表 | 主办单位 | 会办单位): the proposal is the row's work,
    the deputies or the party group that raised it are no units; 主办 leads, 会办 / 协办 support, 无 names none."""
    text = "\n".join([
        "某市重点建议办理分工表",
        "序号\t建议号\t建议题目\t领衔代表\t主办单位\t会办单位",
        "1\t第0012号\t关于加快老旧小区改造的建议\t李某某等3名代表\t市住房和城乡建设局\t市财政局、市自然资源局",
        "2\t第0025号\t关于完善农村养老服务的建议\t王某某\t市民政局\t无",
        "",
        "某市重点提案办理分工表",
        "序号\t提案号\t提案题目\t提案者\t主办单位\t协办单位",
        "1\t第0007号\t关于发展银发经济的提案\t民盟某市委\t市民政局\t市卫生健康委",
    ])
    plans = [parse_plan(t) for t in read_bytes(text.encode("utf-8"), "table.txt")]
    first = [t for s in plans[0].sections for t in s.tasks]
    assert [t.title for t in first] == ["关于加快老旧小区改造的建议", "关于完善农村养老服务的建议"]
    assert [(a.name, a.role) for a in first[0].assignments] == [
        ("市住房和城乡建设局", "lead"), ("市财政局", "support"), ("市自然资源局", "support")]
    assert [(a.name, a.role) for a in first[1].assignments] == [("市民政局", "lead")]
    second = [t for s in plans[1].sections for t in s.tasks]
    assert [(a.name, a.role) for a in second[0].assignments] == [("市民政局", "lead"), ("市卫生健康委", "support")]


def test_a_proposal_table_printing_no_serial_number_numbers_its_rows_by_their_filing_numbers(write_file):
    """A 建议 / 提案 办理分工 table printing no 序号: its first column (建议/提案编号, 编号, 提案号, even 序号) holds
    each row's filing number (第3号, 第11号, a merged row 第48、52号（并案）), and that is the row's number (the first
    of a merged row), the numbers jumping with no warning, in HTML and tab-separated alike (before: 1, 2, 3)."""
    rows = [("第3号", "关于加快甲区管网改造的建议", "陈某某等6名代表", "市甲局", "市乙局、市丙局"),
            ("第11号", "关于推进课后服务提质的建议", "李某某", "市丁局<br>市戊局", ""),
            ("第48、52号<br>（并案）", "关于加强校园食品监管的建议", "冯某某", "市己局", "&nbsp;")]
    expected = [(3, "关于加快甲区管网改造的建议", [("市甲局", "lead"), ("市乙局", "support"), ("市丙局", "support")]),
                (11, "关于推进课后服务提质的建议", [("市丁局", "lead"), ("市戊局", "lead")]),
                (48, "关于加强校园食品监管的建议", [("市己局", "lead")])]
    for head in ("建议/提案编号", "编号", "提案号", "序号"):
        cells = "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in row)}</tr>" for row in rows)
        page = (f"<html><body><p>某市重点建议办理分工方案</p><table><tr><th>{head}</th><th>标题</th><th>领衔人</th>"
                f"<th>主办单位</th><th>协办单位</th></tr><tr><td colspan=\"5\">一、市人大代表建议</td></tr>{cells}"
                "</table></body></html>")
        (plan_text,) = read_file(write_file(page, "plan.html"))
        plan = parse_plan(plan_text)
        assert [(t.number, t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == expected, head
        assert plan.tasks()[2].label.startswith("第48、52号（并案）") and plan.warnings == []
        tabbed = "\n".join(["某市重点建议办理分工方案", f"{head}\t标题\t领衔人\t主办单位\t协办单位", "一、市人大代表建议",
                            *("\t".join(c.replace("<br>", "、" if "局" in c else "").replace("&nbsp;", "") for c in row)
                              for row in rows)])
        assert [(n, title, units) for _, n, title, units in reading(tabbed)] == expected, head


def test_a_filing_number_column_beside_a_serial_number_stays_the_rows_text():
    """序号 | 建议编号 (第3号, 第7号): the 序号 numbers the rows and the filing number stays a column of the row's text;
    a first column where one row holds no filing number (a code, 甲-05) numbers nothing, the rows counted."""
    beside = "\n".join(["某县建议交办分工表", "序号\t建议编号\t建议题目\t主办单位",
                        "1\t第3号\t关于改造甲街的建议\t县甲局", "2\t第7号\t关于建设乙园的建议\t县乙局"])
    assert [(n, title) for _, n, title, _ in reading(beside)] == [(1, "关于改造甲街的建议"), (2, "关于建设乙园的建议")]
    assert any("建议编号:第7号" in line for line in read_bytes(beside.encode("utf-8"), "table.txt")[0].lines)
    mixed = "\n".join(["某县建议交办分工表", "建议编号\t建议题目\t主办单位",
                       "第3号\t关于改造甲街的建议\t县甲局", "甲-05\t关于建设乙园的建议\t县乙局"])
    assert [n for _, n, _, _ in reading(mixed)] == [1, 2]


def test_a_first_column_of_filing_numbers_numbers_the_rows_only_where_all_of_it_is_a_proposals_filing_number():
    """A first column of 第N号 numbers the rows only where its head names a filing number (建议号, or 编号 under a
    title naming 建议), every filled cell is one, none repeats and no 序号 stands beside it; else the rows are counted:
    a 编号 holding one 第5号令 or A-05, a 编号 before a 序号, a 依据 column citing one 令 twice, a 文号 column."""
    def numbers(title, head, cells):
        rows = [f"{cell}\t事项{n}\t县{chr(0x7532 + n)}局" for n, cell in enumerate(cells)]
        return [(n, title) for _, n, title, _ in reading("\n".join([title, head, *rows]))]
    counted = [(1, "事项0"), (2, "事项1"), (3, "事项2")]
    proposals = "某县建议办理分工表"
    assert numbers(proposals, "建议号\t建议题目\t主办单位", ["第3号", "第11号", "第20号"]) == [
        (3, "事项0"), (11, "事项1"), (20, "事项2")]
    assert numbers(proposals, "编号\t建议题目\t主办单位", ["第3号", "第11号", "第20号"])[1] == (11, "事项1")
    assert numbers(proposals, "编号\t建议题目\t主办单位", ["第3号", "第5号令", "第20号"]) == counted
    assert numbers(proposals, "编号\t建议题目\t主办单位", ["第3号", "A-05", "第20号"]) == counted
    assert numbers(proposals, "建议号\t建议题目\t主办单位", ["第3号", "第11号", "第3号"]) == counted
    assert numbers("某县规章落实分工表", "依据\t工作任务\t责任单位", ["第3号", "第3号", "第5号"]) == counted
    assert numbers("某县文件清理任务表", "文号\t工作任务\t责任单位", ["第1、2号", "第6号", "第9号"]) == counted
    assert numbers("某县重点任务分工表", "编号\t工作任务\t牵头单位", ["第3号", "第11号", "第20号"]) == counted
    beside = "\n".join([proposals, "编号\t序号\t建议题目\t主办单位", "第3号\t1\t事项0\t县甲局", "第7号\t2\t事项1\t县乙局"])
    assert [(n, title) for _, n, title, _ in reading(beside)] == counted[:2]


def test_a_proposal_split_among_units_in_a_table_column_makes_each_responsible():
    """A 分办单位 column splits each proposal among units, each answering for its part (written in brackets after it)."""
    text = "\n".join(["某市提案分办表", "序号\t提案题目\t提案者\t分办单位",
                      "1\t关于建设甲项的提案\t民盟某市委\t市甲局（规划部分）、市乙局（建设部分）"])
    [plan] = [parse_plan(t) for t in read_bytes(text.encode("utf-8"), "table.txt")]
    [task] = plan.tasks()
    assert [(a.name, a.role) for a in task.assignments] == [("市甲局", "responsible"), ("市乙局", "responsible")]


def test_a_proposal_handling_table_one_cell_a_line_or_spaced_with_its_reference_column():
    """The same 办理分工表 pasted one cell a line (领衔代表 ends in 表 as a caption does, yet names a column of
    people), or one row a line parted by spaces with a 提案号 column (a code, no units), 案由 naming the proposals,
    提案人 the proposers and roles in brackets after the units of one 承办单位 cell (X（主办）、Y（协办）)."""
    lines = "\n".join(["市人大代表建议办理分工表", "序号", "建议题目", "领衔代表", "主办单位", "会办单位",
                       "1", "关于加快老旧小区改造的建议", "李某某", "市住房和城乡建设局", "市财政局",
                       "2", "关于完善农村养老服务的建议", "王某某等6名代表", "市民政局", "无"])
    assert reading(lines) == [
        ("", 1, "关于加快老旧小区改造的建议", [("市住房和城乡建设局", "lead"), ("市财政局", "support")]),
        ("", 2, "关于完善农村养老服务的建议", [("市民政局", "lead")])]
    spaced = "\n".join(["政协提案交办分工表", "序号  提案号  案由  提案人  承办单位",
                        "1  第0007号  关于发展银发经济的提案  民盟某市委  市民政局（主办）、市卫生健康委（协办）",
                        "2  第0019号  关于促进文旅融合的提案  沈某某  市文化广电旅游局"])
    assert [(n, units) for _, n, _, units in reading(spaced)] == [
        (1, [("市民政局", "lead"), ("市卫生健康委", "support")]), (2, [("市文化广电旅游局", "responsible")])]


def test_a_proposal_table_heading_its_proposals_by_title_and_its_proposers_as_leaders_or_raisers():
    """A 办理分工 table heads the proposals' column …标题 (建议标题, 提案标题, 建议（提案）标题) as others head it …题目,
    and the proposers' column 领衔人 / 提出人 (people, or the body that raised it): the title is the row's work, the
    proposer no unit. One cell a line or tab-separated, both columns named so the rows are read."""
    lines = "\n".join(["某县重点建议办理分工方案", "一、办理分工", "编号", "建议（提案）标题", "领衔人", "主办单位",
                       "协办单位", "办结时限",
                       "1", "关于改造老旧小区的建议", "刘某某", "县住房城乡建设局", "县财政局、县自然资源局", "6月30日前",
                       "2", "关于发展乡村旅游的提案", "县甲商会", "县文化旅游局", "无", "9月30日前"])
    assert [(n, title, units) for _, n, title, units in reading(lines)] == [
        (1, "关于改造老旧小区的建议", [("县住房城乡建设局", "lead"), ("县财政局", "support"), ("县自然资源局", "support")]),
        (2, "关于发展乡村旅游的提案", [("县文化旅游局", "lead")])]
    tabbed = "\n".join(["某县政协提案办理分工表", "序号\t提案标题\t提出人\t主办单位\t协办单位",
                        "1\t关于建设甲河绿道的提案\t王某某\t县水利局\t县林业局"])
    assert [(n, title, units) for _, n, title, units in reading(tabbed)] == [
        (1, "关于建设甲河绿道的提案", [("县水利局", "lead"), ("县林业局", "support")])]
    assert header_kind("建议标题") == "task" and header_kind("领衔人") == "extra" and header_kind("提出人") == "extra"


def test_a_note_under_a_proposal_table_counting_its_units_names_no_unit():
    """注：…由两单位共同主办 under a 分工表 counts the bodies its rows name, referring back to them: no unit of its own,
    in the last row it runs into or anywhere."""
    lines = "\n".join(["县人大代表建议交办分工表", "序号", "建议题目", "主办单位", "协办单位",
                       "1", "关于加强甲类市场监管的建议", "县甲局", "县乙局",
                       "注：主办单位栏列两个单位的，由两单位共同主办。"])
    assert [units for _, _, _, units in reading(lines)] == [[("县甲局", "lead"), ("县乙局", "support")]]


def test_a_target_breakdown_reads_its_indicators_as_the_tasks_and_its_figures_as_text():
    """年度目标考核指标分解表 (考核指标 | 目标值 | 分值 | 责任单位 | 考核部门): with no other task column the indicator is
    the row's work; 目标值 and 分值 are figures, never the task; the 考核部门 that scores the work is no unit doing it."""
    text = "\n".join(["某县2025年度目标考核指标分解表", "序号\t考核指标\t目标值\t分值\t责任单位\t考核部门",
                      "1\t地区生产总值增速\t6%\t10\t县发展改革局\t县统计局",
                      "2\t一般公共预算收入\t5亿元\t8\t县财政局、县税务局\t县财政局"])
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "地区生产总值增速", [("县发展改革局", "responsible")]),
        (2, "一般公共预算收入", [("县财政局", "responsible"), ("县税务局", "responsible")])]


def test_yearly_targets_one_cell_a_line_are_no_units_even_when_they_end_in_a_place():
    """A 三年行动 task list flattened one cell a line sets three yearly target columns before its unit columns; a
    target such as 覆盖60%乡镇 or 建成3个乡镇 ends in a place as a locality's name does, but a share or a count says how
    much, never who: the row keeps its cells in their columns."""
    text = "\n".join([
        "某县2030—2032年商业体系建设三年行动重点任务清单",
        "序号", "重点任务", "2030年目标", "2031年目标", "2032年目标", "牵头单位", "配合单位",
        "1", "乡镇快递服务站建设", "覆盖60%乡镇", "建成3个乡镇", "向村延伸", "县邮政管理局", "县交通运输局、县商务局",
        "2", "冷链设施建设", "新建0.5万吨", "新建1万吨", "新建1万吨", "县农业农村局", "县发展改革局",
    ])
    assert reading(text) == [
        ("", 1, "乡镇快递服务站建设", [("县邮政管理局", "lead"), ("县交通运输局", "support"), ("县商务局", "support")]),
        ("", 2, "冷链设施建设", [("县农业农村局", "lead"), ("县发展改革局", "support")]),
    ]


def test_a_ledger_one_cell_per_line_with_an_effect_column_and_a_two_row_header():
    """A 台账 pasted one cell per line: 预期效果 beside the task is the row's text, not the header's end; 责任单位 over
    牵头单位 | 配合单位 and 完成时限 spanning both header rows are printed in the order the cells are read."""
    text = "\n".join([
        "某县2025年优化营商环境重点任务台账",
        "序号", "重点任务", "预期效果", "责任单位", "完成时限", "牵头单位", "配合单位",
        "1", "推行企业开办一日办结", "开办时间压缩至1个工作日", "县市场监管局", "县税务局、县公安局", "2025年6月底前",
        "2", "优化水电气报装服务", "报装时间压缩30%", "县发展改革局", "县供电公司", "2025年9月底前",
    ])
    assert [(n, t[:10], u) for _, n, t, u in reading(text)] == [
        (1, "推行企业开办一日办结", [("县市场监管局", "lead"), ("县税务局", "support"), ("县公安局", "support")]),
        (2, "优化水电气报装服务", [("县发展改革局", "lead"), ("县供电公司", "support")]),
    ]


def test_a_rectification_lists_problem_titles_its_row_and_the_measures_are_its_text():
    """An 整改清单 (序号 | 存在问题 | 整改措施 | 责任单位 | 整改时限): each row is the problem to rectify, as an 整改方案
    written as prose titles its items, and the measures follow as its text; a list with no measure column reads the same."""
    text = ("某县审计查出问题整改清单\n"
            "序号\t存在问题\t整改措施\t责任单位\t整改时限\n"
            "1\t学校食堂收入未纳入预算管理。\t将食堂收入全额纳入预算。\t县教育局\t6月底前\n")
    assert reading(text) == [("", 1, "学校食堂收入未纳入预算管理", [("县教育局", "responsible")])]
    assert "将食堂收入全额纳入预算" in _plan(text).tasks()[0].text
    assert header_kinds(["序号", "存在问题", "责任单位", "整改时限"]) == ["number", "task", "responsible", "deadline"]


def test_a_ledger_one_cell_per_line_with_a_column_of_the_bodies_its_rows_are_about():
    """An 整改台账 pasted one cell per line: 被审计单位 after 序号 names the body each row is about, no role; the
    header goes on past it, and the units of each row are those of its 责任单位 column."""
    text = "\n".join([
        "某县部门单位审计查出问题整改台账",
        "序号", "被审计单位", "存在问题", "责任单位", "责任人", "整改时限",
        "1", "县教育局", "学校食堂收入未纳入预算管理。", "县教育局、县财政局", "冯某某", "2025年6月底前",
        "2", "县水利局", "采砂权出让收入未及时上缴。", "县水利局、县税务局", "黄某某", "2025年6月底前",
    ])
    assert reading(text) == [
        ("", 1, "学校食堂收入未纳入预算管理", [("县教育局", "responsible"), ("县财政局", "responsible")]),
        ("", 2, "采砂权出让收入未及时上缴", [("县水利局", "responsible"), ("县税务局", "responsible")]),
    ]
    assert "被审计单位" in _plan(text).tasks()[0].text


def test_a_task_cell_opening_with_its_own_list_keeps_the_row_and_the_table():
    """A joint inspection table lists several matters in one cell, numbered (1.食品企业检查；2.…): the row's number and
    the cell's own 1. stay apart, so no row is read as a decimal 1.1. and the table keeps every row."""
    text = ("某市2025年度部门联合抽查工作计划表\n"
            "序号\t发起部门\t配合部门\t抽查事项\t抽查比例\n"
            "1\t市市场监管局\t市卫生健康委\t1.食品生产企业检查；2.食品添加剂使用检查\t5%\n"
            "2\t市生态环境局\t市水利局\t排污许可检查\t5%\n")
    assert [(n, t, u) for _, n, t, u in reading(text)] == [
        (1, "1.食品生产企业检查；2.食品添加剂使用检查", [("市市场监管局", "lead"), ("市卫生健康委", "support")]),
        (2, "排污许可检查", [("市生态环境局", "lead"), ("市水利局", "support")])]


def test_a_measures_cell_whose_second_point_opens_with_a_year_keeps_its_first_number():
    """A 落实举措 cell lists its measures 1.…；2.…, the second due by a date it opens with (2.2025年9月底前完成…): the
    2. before the year is the cell's second point, no decimal figure 2.2025, so the cell is read whole as a list,
    its 1. kept as in the row below it, whether or not the row's 序号 is 1 too. A figure (2.5亿元) still is no
    point: the cell's 1. is then the mark of its only point, no word of the title."""
    text = ("某县落实举措清单\n"
            "序号\t落实举措\t牵头单位\t完成时限\n"
            "1\t1.建立项目联审机制；2.2025年9月底前完成清理。\t县发展改革局\t2025年9月底前\n"
            "2\t1.开展银企对接；2.2026年起每季度通报。\t县财政局\t持续推进\n"
            "3\t1.安排补助资金2.5亿元。\t县工信局\t年底前\n")
    assert [(n, t) for _, n, t, _ in reading(text)] == [
        (1, "1.建立项目联审机制；2.2025年9月底前完成清理"),
        (2, "1.开展银企对接；2.2026年起每季度通报"),
        (3, "安排补助资金2.5亿元")]


def test_a_tab_pasted_row_that_lost_a_merged_cell_keeps_its_cells_under_their_columns():
    """A page copied as text writes a merged cell (the 发起部门 over several inspections) on its first row only; the
    rows under it are a cell short, with no empty placeholder: their cells go where they fit their columns (the unit
    under 配合部门, the matter under 抽查事项) and the merged lead is carried down. A row short only of its trailing
    cells keeps its cells where they start."""
    text = ("2025年度部门联合抽查工作计划表\n"
            "序号\t发起部门\t配合部门\t抽查事项\t抽查对象\t抽查比例\t备注\n"
            "1\t市市场监管局\t市卫生健康委\t食品生产企业检查\t食品生产企业\t5%\t\n"
            "2\t市教育局\t学校食堂检查\t学校食堂\t10%\t\n"
            "3\t市生态环境局\t市水利局\t排污许可检查\t重点排污单位\t5%\t\n"
            "4\t市应急管理局\t市公安局\t危化品企业检查\n")
    assert [(n, t, u) for _, n, t, u in reading(text)] == [
        (1, "食品生产企业检查", [("市市场监管局", "lead"), ("市卫生健康委", "support")]),
        (2, "学校食堂检查", [("市市场监管局", "lead"), ("市教育局", "support")]),
        (3, "排污许可检查", [("市生态环境局", "lead"), ("市水利局", "support")]),
        (4, "危化品企业检查", [("市应急管理局", "lead"), ("市公安局", "support")])]


def test_table_markup_copied_into_a_text_file_with_its_tags_on_lines_of_their_own():
    """A page's source pasted as text keeps a table's markup one row a line, <table> and </table> alone on theirs:
    the rows are one table still (a merged group row, a <br/> between units), not one cell's text."""
    text = ("某县义务教育优质均衡重点任务分工表\n<table>\n"
            "<tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>\n"
            "<tr><td colspan=\"5\">一、资源配置</td></tr>\n"
            "<tr><td>1</td><td>消除大班额</td><td>县教育局</td><td>各乡镇人民政府</td><td>2026年9月底前</td></tr>\n"
            "<tr><td>2</td><td>补充教学仪器设备</td><td>县教育局</td><td>县财政局<br/>县发展和改革局</td><td>长期坚持</td></tr>\n"
            "</table>\n")
    assert reading(text) == [
        ("一", 1, "消除大班额", [("县教育局", "lead"), ("各乡镇人民政府", "support")]),
        ("一", 2, "补充教学仪器设备", [("县教育局", "lead"), ("县财政局", "support"), ("县发展和改革局", "support")])]


def test_an_indicator_tables_column_of_measures_headed_unit_alone_is_a_column_of_its_own():
    """指标名称 / 单位 / 目标值, one cell per line: 单位 heads the column of measures (户, 家, %), no tail of the cell
    before it (指标名称单位), so the rows keep their cells under their columns."""
    text = "\n".join([
        "某市2025年度考核指标分解表",
        "序号", "指标名称", "单位", "2025年目标值", "责任单位", "配合单位", "备注",
        "1", "新增经营主体", "户", "30000", "市市场监管局", "市政务服务管理局", "市考指标",
        "2", "高新技术企业数量", "家", "260", "市科技局", "市财政局", "省考指标",
    ])
    assert [(n, t, u) for _, n, t, u in reading(text)] == [
        (1, "新增经营主体", [("市市场监管局", "responsible"), ("市政务服务管理局", "support")]),
        (2, "高新技术企业数量", [("市科技局", "responsible"), ("市财政局", "support")])]


def test_a_target_value_that_reads_as_the_next_rows_number_stays_in_its_row():
    """One cell per line, no 备注 on row 1: its 目标值 2 reads as the next 序号, but the line after it is the row's
    units (市科技局), where a new row would go on with its task: the 2 is the row's cell."""
    text = "\n".join([
        "某市2025年度考核指标分解表",
        "序号", "指标名称", "计量单位", "目标值", "责任单位", "配合单位", "备注",
        "1", "新增省级创新平台", "个", "2", "市科技局", "市发展改革委",
        "2", "高新技术企业数量", "家", "260", "市科技局", "市财政局", "省考指标",
        "3", "技术合同成交额", "亿元", "25", "市科技局", "市统计局", "省考指标",
    ])
    assert [(n, t, u) for _, n, t, u in reading(text)] == [
        (1, "新增省级创新平台", [("市科技局", "responsible"), ("市发展改革委", "support")]),
        (2, "高新技术企业数量", [("市科技局", "responsible"), ("市财政局", "support")]),
        (3, "技术合同成交额", [("市科技局", "responsible"), ("市统计局", "support")])]


def test_a_score_that_reads_as_the_next_rows_number_stays_in_its_row_before_a_text_column():
    """One cell per line, 分值 then 评分标准 (text) before 责任单位: row 1's 分值 2 and row 2's 分值 3 read as the next
    序号, but the row's units come after them before any other figure, where a new row would hold its own 分值: the
    figures are the rows' cells. A real next 序号 (row 3 after row 2's units) still starts its row."""
    text = "\n".join([
        "某县社区治理工作考评细则",
        "序号", "考评内容", "分值", "评分标准", "责任单位",
        "1", "专题研究社区治理工作", "2", "未研究的扣2分", "县民政局",
        "2", "签订社区治理责任书", "3", "未签订的扣3分", "县司法局",
        "3", "开展居民满意度测评", "5", "未开展的不得分", "县统计局",
    ])
    assert [(n, t, u) for _, n, t, u in reading(text)] == [
        (1, "专题研究社区治理工作", [("县民政局", "responsible")]),
        (2, "签订社区治理责任书", [("县司法局", "responsible")]),
        (3, "开展居民满意度测评", [("县统计局", "responsible")])]
    # a row that did lose its cells: the next line so numbered is followed by a task and its own 分值, a 序号
    lost = text.replace("\n".join(["2", "未研究的扣2分", "县民政局", ""]), "")
    assert [(n, t, u) for _, n, t, u in reading(lost)] == [
        (1, "专题研究社区治理工作", []),
        (2, "签订社区治理责任书", [("县司法局", "responsible")]),
        (3, "开展居民满意度测评", [("县统计局", "responsible")])]


def test_an_indicator_table_with_a_wrapped_target_header_and_its_rule_in_a_note_under_it():
    """One cell per line: 2025年 / 目标值 is one header cell wrapped; the 说明：… under the last row (its 备注 empty) is
    the table's note, not that cell; its rule (责任单位有两个及以上的，排名第一的为牵头单位) reads the 责任单位 lists of
    several units, a sole unit staying responsible beside its 配合单位."""
    text = "\n".join([
        "某市2025年度考核指标分解表",
        "序号", "指标名称", "单位", "2025年", "目标值", "责任单位", "配合单位", "备注",
        "1", "地区生产总值增长", "%", "6", "市发展改革委、市统计局", "各县（市、区）人民政府", "省考指标",
        "2", "规模以上工业增加值增长", "%", "7.5", "市工业和信息化局", "市统计局",
        "说明：1.责任单位有两个及以上的，排名第一的为牵头单位，其他为共同责任单位。",
    ])
    plan = _plan(text)
    assert [(t.number, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        (1, [("市发展改革委", "lead"), ("市统计局", "responsible"), ("各县（市、区）人民政府", "support")]),
        (2, [("市工业和信息化局", "responsible"), ("市统计局", "support")])]
    assert "说明" not in plan.tasks()[1].text


def test_a_sheet_saved_as_comma_separated_values_reads_as_its_tab_separated_copy():
    """A 分解表 exported from a spreadsheet to CSV: rows padded to the sheet's width (`标题,,,,`), cells holding commas
    or a line break in double quotes, a continuation row opening with empty cells. It reads as the sheet copied with
    tabs would; prose with an ASCII comma here and there is no sheet."""
    text = "\n".join([
        "某市2030年重点任务分解表,,,,,",
        "序号,重点任务,具体措施,牵头单位,配合单位,完成时限",
        "一、扩大有效投资,,,,,",
        '1,谋划储备重大项目,"滚动谋划储备重大项目300个，总投资2000亿元。',
        '建立全流程台账。",市甲委,"市乙局、市丙局",2030年6月底前',
        '2,争取上级资金,积极对接上级部门。,"市甲委,市丁局",各县（市、区）人民政府,2030年12月底前',
        ",,推进管网更新改造。,市戊局,市己局,2030年11月底前",
        "3,用好专项债券,加快债券发行使用。,市丁局,,长期坚持",
    ])
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "谋划储备重大项目", [("市甲委", "lead"), ("市乙局", "support"), ("市丙局", "support")]),
        (2, "争取上级资金", [("市甲委", "lead"), ("市丁局", "lead"), ("各县（市、区）人民政府", "support"),
                          ("市戊局", "lead"), ("市己局", "support")]),
        (3, "用好专项债券", [("市丁局", "lead")]),
    ]
    prose = "某市2030年工作要点\n一、重点任务\n1.推进项目建设,加快开工。（市甲委负责）\n2.强化要素保障,优化审批,提速增效。（市乙局负责）\n"
    assert [(n, units) for _, n, _, units in reading(prose)] == [(1, [("市甲委", "responsible")]),
                                                                 (2, [("市乙局", "responsible")])]


def test_a_note_row_under_a_sheet_whose_last_row_ends_in_empty_cells_is_the_tables_note():
    """A sheet saved as CSV closes with a 说明：… row; its last task row leaves 完成时限 empty, so its text copy is a
    cell short of the header. The note is the table's, after it: not the rest of that row's last unit cell (its
    牵头单位负责… would re-role the row's units and its pieces read as units)."""
    text = "\n".join([
        "某厅2030年重点任务分工表,,,,,",
        "序号,重点任务,工作措施,牵头单位,责任单位,完成时限",
        '1,推进甲工作,"（1）做好甲。',
        '（2）做好乙。",甲处,乙处、丙处,2030年12月底',
        "2,推进乙工作,做好丙。,丁处,各处室、各直属单位,",
        '"说明：1.表中牵头单位负责统筹推进，责任单位按职责分工抓好落实；2.请各牵头单位每季度末报厅办公室。",,,,,',
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("甲处", "lead"), ("乙处", "responsible"), ("丙处", "responsible")]),
        (2, [("丁处", "lead"), ("各处室", "responsible"), ("各直属单位", "responsible")]),
    ]
    # the same sheet pasted with tabs, its last row's empty cells dropped: the note line ends the table as well
    tabs = "\n".join(["某厅2030年重点任务分工表", "序号\t重点任务\t牵头单位\t责任单位\t完成时限",
                      "1\t推进甲工作\t甲处\t乙处\t2030年12月底", "2\t推进乙工作\t丁处\t各处室",
                      "注：牵头单位负责统筹推进。"])
    assert [(n, units) for _, n, _, units in reading(tabs)] == [
        (1, [("甲处", "lead"), ("乙处", "responsible")]), (2, [("丁处", "lead"), ("各处室", "responsible")])]


def test_a_comma_separated_sheet_pasted_under_a_notice_reads_as_a_table_where_it_sits():
    """A notice pastes its training plan exported to CSV under its prose: the run of records from the header row
    (序号,…,主办单位,承办单位,…) to the first line of another width reads as the table, the padded title row as
    the title; the prose around it, a line with ASCII commas included, stays text."""
    text = "\n".join([
        "某市应急管理局关于印发2030年度培训计划的通知",
        "各县（市、区）应急管理局：",
        "现将培训计划印发给你们,请认真组织实施,按时报送总结。",
        "一、培训安排",
        "某市2030年度培训计划表,,,,,",
        "序号,培训班名称,主办单位,承办单位,培训对象,培训时间",
        '1,执法人员培训班,"市甲局,市乙局",市丙校,执法人员,3月',
        '2,监管人员培训班,市甲局丁科,市戊委,"监管人员,企业负责人",4月',
        "3,消防安全培训班,市己支队,市庚基地,消防安全管理人,5月",
        "二、保障措施",
        "各单位要落实经费,确保培训质量。",
    ])
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "执法人员培训班", [("市甲局", "lead"), ("市乙局", "lead"), ("市丙校", "responsible")]),
        (2, "监管人员培训班", [("市甲局丁科", "lead"), ("市戊委", "responsible")]),
        (3, "消防安全培训班", [("市己支队", "lead"), ("市庚基地", "responsible")]),
    ]
    rewritten = as_tab_separated(text).split("\n")
    assert rewritten[4] == "某市2030年度培训计划表" and rewritten[6] == "1\t执法人员培训班\t市甲局,市乙局\t市丙校\t执法人员\t3月"
    assert rewritten[2] == text.split("\n")[2] and rewritten[-1] == text.split("\n")[-1]
    # prose lines with commas and no header row of table words: no table
    prose = "\n".join(["某市工作要点", "一、重点任务", "1,推进项目建设,加快开工,市甲委负责,6月", "2,优化审批,提速增效,市乙局负责,9月",
                       "3,强化保障,落实经费,市丙局负责,12月"])
    assert as_tab_separated(prose) == prose


def test_a_first_listed_rule_naming_one_unit_column_reads_that_column_alone():
    """A standards plan's table has two responsible columns (主要起草单位 | 技术归口单位) and its 注 states the rule for the
    first: 主要起草单位有两个及以上的，排在第一位的为牵头…. The drafters' list of several reads first lead, the others
    support; a drafter named alone stays responsible; the 归口 column keeps its reading, a body in both columns too."""
    text = "\n".join([
        "某省2030年度地方标准制修订计划项目表",
        "序号\t标准名称\t制定/修订\t主要起草单位\t技术归口单位\t完成时间",
        "1\t茶叶采摘技术规程\t制定\t省甲研究院、某市乙中心\t省丙标准化技术委员会\t2031年6月",
        "2\t果园施肥技术规范\t修订\t省丁推广总站\t省戊厅\t2031年3月",
        "3\t养蜂场建设规范\t制定\t省戊厅、省己协会\t省戊厅\t2031年9月",
        "注：1.主要起草单位有两个及以上的，排在第一位的为牵头起草单位，其他为参与起草单位。",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("省甲研究院", "lead"), ("某市乙中心", "support"), ("省丙标准化技术委员会", "responsible")]),
        (2, [("省丁推广总站", "responsible"), ("省戊厅", "responsible")]),
        (3, [("省戊厅", "lead"), ("省己协会", "support"), ("省戊厅", "responsible")]),
    ]


def test_one_cell_per_line_empty_cells_written_as_empty_lines_keep_the_table_going():
    """A wide 清单 saved from Word as text keeps every cell on its line and an empty cell as an empty line (a 配合单位
    left blank, the 类别 below its group's first row, a last row's empty 完成时限): an empty line in a row that still owes
    cells, the next 序号 further on, is an empty cell, not the table's end; the text after the last row stays out."""
    text = "\n".join([
        "某县民生实事任务清单", "序号", "类别", "重点任务", "牵头单位", "配合单位", "完成时限",
        "1", "教育", "新建幼儿园两所", "县教育局", "", "9月底前",
        "2", "", "改造薄弱学校", "县教育局", "县财政局", "12月底前",
        "3", "卫生", "建设村卫生室", "县卫生健康局", "县财政局", "",
        "", "此件公开发布。",
    ])
    assert reading(text) == [
        ("一", 1, "新建幼儿园两所", [("县教育局", "lead")]),
        ("一", 2, "改造薄弱学校", [("县教育局", "lead"), ("县财政局", "support")]),
        ("二", 3, "建设村卫生室", [("县卫生健康局", "lead"), ("县财政局", "support")]),
    ]
    assert find_pasted_tables(text).split("\n")[-1] == "此件公开发布。"
    # without a 类别 column, a blank 配合单位 mid-row
    plain = "\n".join([
        "某市重点工作任务清单", "序号", "重点任务", "牵头单位", "配合单位", "完成时限",
        "1", "扩大有效投资", "市发展改革委", "", "6月底前",
        "2", "推进城市更新", "市住房城乡建设局", "市财政局", "9月底前",
    ])
    assert reading(plain) == [
        ("", 1, "扩大有效投资", [("市发展改革委", "lead")]),
        ("", 2, "推进城市更新", [("市住房城乡建设局", "lead"), ("市财政局", "support")]),
    ]


def test_one_cell_per_line_a_table_written_slot_by_slot_keeps_its_empty_unit_cells_empty():
    """A table that writes its empty cells as empty lines writes every slot: an empty 牵头单位 is a cell left empty, not
    the lead above merged down; every row holds its 类别 slot, so a row's last cell (a quarter's node, heading-like)
    is no next group's name; a page number between blank lines stands between two rows."""
    text = "\n".join([
        "某县民生实事推进清单", "序号", "类别", "重点任务", "牵头单位", "责任单位", "一季度", "二季度",
        "1", "教育", "新建幼儿园两所", "县教育局", "各乡镇人民政府", "完成选址", "开工建设",
        "2", "", "改造薄弱学校", "", "县教育局", "", "",
        "", "— 2 —", "",
        "3", "卫生", "建设村卫生室", "县卫生健康局", "", "", "完成验收",
        "4", "", "培训乡村医生", "县卫生健康局", "县人力资源社会保障局", "开班", "结业",
        "", "此件公开发布。",
    ])
    assert reading(text) == [
        ("一", 1, "新建幼儿园两所", [("县教育局", "lead"), ("各乡镇人民政府", "responsible")]),
        ("一", 2, "改造薄弱学校", [("县教育局", "responsible")]),
        ("二", 3, "建设村卫生室", [("县卫生健康局", "lead")]),
        ("二", 4, "培训乡村医生", [("县卫生健康局", "lead"), ("县人力资源社会保障局", "responsible")]),
    ]
    assert "3.建设村卫生室。二季度:完成验收(牵头单位:县卫生健康局)" in find_pasted_tables(text).split("\n")


def test_one_cell_per_line_quarter_columns_after_a_target_column_and_under_a_schedule_cell():
    """Quarter columns (一季度 / 二季度) in a 任务清单 header pasted one cell per line: after a 目标要求 column in a one-row
    header they are columns of their own (a bare 目标 column is no cell spanning them); under 进度安排 pasted right before
    them they take its place, though a 目标要求 column stands in the same header."""
    one_row = "\n".join([
        "某市重点工作任务清单", "序号", "重点任务", "目标要求", "牵头单位", "配合单位", "一季度", "二季度",
        "1", "扩大有效投资", "完成投资850亿元。", "市发展改革委", "市财政局", "完成200亿元", "完成450亿元",
        "2", "推进城市更新", "改造老旧小区80个。", "市住房城乡建设局", "市自然资源和规划局", "全面开工", "完成50个",
    ])
    assert reading(one_row) == [
        ("", 1, "扩大有效投资", [("市发展改革委", "lead"), ("市财政局", "support")]),
        ("", 2, "推进城市更新", [("市住房城乡建设局", "lead"), ("市自然资源和规划局", "support")]),
    ]
    assert "一季度:全面开工。二季度:完成50个" in find_pasted_tables(one_row)
    spanned = "\n".join([
        "某市重点工作任务清单", "序号", "类别", "重点任务", "目标要求", "牵头单位", "进度安排", "一季度", "二季度",
        "1", "项目建设", "扩大有效投资", "完成投资850亿元。", "市发展改革委", "完成200亿元", "完成450亿元",
        "2", "推进城市更新", "改造老旧小区80个。", "市住房城乡建设局", "全面开工", "完成50个",
    ])
    assert reading(spanned) == [
        ("一", 1, "扩大有效投资", [("市发展改革委", "lead")]),
        ("一", 2, "推进城市更新", [("市住房城乡建设局", "lead")]),
    ]
    assert "一季度:完成200亿元。二季度:完成450亿元" in find_pasted_tables(spanned)
    # a 年度目标 column beside them: the schedule cell right before the quarters spans them
    yearly = "\n".join([
        "某市重点工作任务清单", "序号", "类别", "重点任务", "年度目标", "牵头单位", "进度安排", "一季度", "二季度",
        "1", "项目建设", "扩大有效投资", "完成投资850亿元。", "市发展改革委", "完成200亿元", "完成450亿元",
        "2", "推进城市更新", "改造老旧小区80个。", "市住房城乡建设局", "全面开工", "完成50个",
    ])
    assert reading(yearly) == [
        ("一", 1, "扩大有效投资", [("市发展改革委", "lead")]),
        ("一", 2, "推进城市更新", [("市住房城乡建设局", "lead")]),
    ]


def test_one_cell_per_line_year_targets_that_read_as_units_stay_in_their_columns():
    """A 三年行动方案's task table, one cell per line, with yearly target columns before its unit columns: a target
    naming the places it reaches (覆盖所有乡镇, 乡镇老年学校全覆盖) reads like units, but a row holding as many lines as
    columns, units under every unit column, is whole: the target is neither a lead nor the head of a cut name."""
    header = ["某县养老服务体系建设任务表", "序号", "重点任务", "2025年", "2026年", "2027年", "牵头单位", "责任单位"]
    text = "\n".join(header + [
        "1", "推动基层医疗机构开展医养结合服务。", "建成1个示范机构", "建成2个示范机构", "服务覆盖所有乡镇",
        "县卫生健康局", "县民政局，各乡镇人民政府",
        "2", "发展老年教育。", "覆盖50%", "覆盖70%", "乡镇老年学校全覆盖", "县委老干部局", "县教育体育局",
    ])
    assert reading(text) == [
        ("", 1, "推动基层医疗机构开展医养结合服务", [("县卫生健康局", "lead"), ("县民政局", "responsible"),
                                          ("各乡镇人民政府", "responsible")]),
        ("", 2, "发展老年教育", [("县委老干部局", "lead"), ("县教育体育局", "responsible")]),
    ]
    assert "2027年:服务覆盖所有乡镇" in find_pasted_tables(text)


def test_one_cell_per_line_subject_cells_over_their_numbered_duties():
    """A 主体责任清单 set as 责任主体 / 责任内容, flattened one cell per line: each subject cell stands over its content
    cell's numbered duties (numbered straight through the table, a page number between pages). A body answers for
    every duty under it, bodies parted by 、 each; a person's post (书记, 班子其他成员) names no unit, its duties are
    still tasks, and the reading report says so."""
    text = "\n".join([
        "二、责任清单", "责任主体", "责任内容",
        "区委常委会", "1.定期研究党风建设工作。", "2.支持区纪委履行监督责任。（区委办公室配合）",
        "区委书记", "3.履行第一责任人职责。", "", "— 4 —", "",
        "区妇联党组、区团委党组", "4.落实本系统主体责任。",
        "", "三、工作要求", "各单位要对照清单抓好落实。",
    ])
    assert reading(text) == [
        ("二", 1, "定期研究党风建设工作", [("区委常委会", "responsible")]),
        ("二", 2, "支持区纪委履行监督责任", [("区委办公室", "support"), ("区委常委会", "responsible")]),
        ("二", 3, "履行第一责任人职责", []),
        ("二", 4, "落实本系统主体责任", [("区妇联党组", "responsible"), ("区团委党组", "responsible")]),
    ]
    (plan_text,) = read_bytes(text.encode("utf-8"), "table.txt")
    assert any("'区委书记' is a person's post" in message for _, message in plan_text.notes)


def test_one_cell_per_line_subject_over_duties_whose_cells_a_pdf_wrapped_at_each_printed_line():
    """The same 责任主体 / 责任内容 list copied from a PDF: each duty cell broken at every printed line, mid-word and
    mid-name (…集中统一领 / 导，…（区委办公 / 室牵头）), its bracket of units perhaps on a line of its own after the full
    stop, a page number between. A line after a duty ending mid-sentence goes on with it, as does a line opening the
    bracket; a subject still heads the duties below it and the part after the list is no duty's."""
    text = "\n".join([
        "二、责任清单", "责任主体", "责任内容",
        "区委常委会", "1.坚决维护党中央权威和集中统一领", "导，严格执行请示报告制度。（区委办公", "室牵头，区委组织部配合）",
        "2.支持区纪委履行监督责任，定期听取", "工作汇报。", "（区纪委监委负责）", "— 2 —",
        "区委书记", "3.履行第一责任人职责，做到重要工作亲自", "部署", "", "三、工作要求", "各单位要对照清单抓好落实。",
    ])
    # a duty cell as written may end with no stop: the subject standing over the next duty still heads it
    assert [units for *_, units in reading("\n".join([
        "二、责任清单", "责任主体", "责任内容", "区委常委会", "1.定期研究党风建设工作", "2.支持区纪委履行监督责任",
        "区政府党组", "3.落实本系统主体责任", "4.抓好安全生产工作"]))] == [
        [("区委常委会", "responsible")]] * 2 + [[("区政府党组", "responsible")]] * 2
    assert reading(text) == [
        ("二", 1, "坚决维护党中央权威和集中统一领导，严格执行请示报告制度",
         [("区委办公室", "lead"), ("区委组织部", "support"), ("区委常委会", "responsible")]),
        ("二", 2, "支持区纪委履行监督责任，定期听取工作汇报",
         [("区纪委监委", "responsible"), ("区委常委会", "responsible")]),
        ("二", 3, "履行第一责任人职责，做到重要工作亲自部署", []),
    ]


def test_tabs_subject_cell_kind_of_responsibility_is_no_part_of_the_name():
    """A 主体责任清单 prints, in its 责任主体 cell, the bearer and then the kind of responsibility it bears, bracketed
    (某所党组（集体责任）, quoted inside: “一岗双责”) or glued (所纪委监督责任). The kind is no part of the name: a body is
    named without it, a post (党组书记, 班子其他成员) names no unit as it would bare, a bracket holding another name
    (所党组（党委）) stays, and a glued kind after no body or post (落实主体责任) is left as written."""
    text = "\n".join([
        "某所党组落实全面从严治党主体责任清单",
        "序号\t责任主体\t责任内容\t牵头科室",
        "1\t某所党组（集体责任）\t每季度专题研究1次党建工作。\t综合科",
        "2\t党组书记（第一责任人责任）\t每年带头讲廉政党课。\t人事科",
        "3\t所纪委监督责任\t每半年报告协助职责履行情况。\t/",
        "4\t班子其他成员（“一岗双责”）\t每年对分管科室开展廉政谈话。\t人事科",
        "5\t所党组（党委）\t每年听取纪委工作汇报。\t综合科",
    ])
    assert [units for *_, units in reading(text)] == [
        [("综合科", "lead"), ("某所党组", "responsible")],
        [("人事科", "lead")],
        [("所纪委", "responsible")],
        [("人事科", "lead")],
        [("综合科", "lead"), ("所党组（党委）", "responsible")],
    ]


def test_docx_subject_cell_with_the_kind_of_responsibility_on_its_second_line(tmp_path):
    """The same list as a Word table: the 责任主体 cell merged down its group's rows holds the bearer and, on a line
    of its own, the kind in brackets (某所党组 / （集体责任）). The bracket line joins the name as another name's would,
    and as a kind it is then dropped: the body answers for every row of its group, the post for none."""
    path = docx_table(tmp_path, "某所党组全面从严治党主体责任清单", [
        ["序号", "责任主体", "责任内容", "牵头科室"],
        ["1", "某所党组\n（集体责任）", "研究部署党建工作。", "综合科"],
        ["2", "", "听取纪委工作汇报。", "/"],
        ["3", "党组书记\n（第一责任人责任）", "带头讲廉政党课。", "人事科"],
    ], merged_down=[(1, 1)])
    assert [units for *_, units in docx_reading(path)] == [
        [("综合科", "lead"), ("某所党组", "responsible")],
        [("某所党组", "responsible")],
        [("人事科", "lead")],
    ]


_UNIT_FIRST_HEADER = ["序号", "责任单位", "宣传内容", "重点对象", "宣传措施", "完成时限"]


def test_one_cell_per_line_unit_first_list_a_group_row_under_the_header_ends_the_header():
    """A unit-first 责任清单 (责任单位 before the duty columns) groups its rows by kinds of body: its first group row
    (一、群团部门) stands right under the header and ends in 部门 as a body column's name does. It is a group row, not
    one more header cell, so the header printed again after the page break still matches and row 1 is kept."""
    text = "\n".join([
        "某县宣传责任清单", *_UNIT_FIRST_HEADER,
        "一、群团部门", "1", "县甲局", "《甲条例》", "社会公众", "1.开展集中宣传；", "2.落实以案释法。", "全年",
        *_UNIT_FIRST_HEADER,
        "2", "县乙局", "《乙条例》", "用水户", "开展主题宣传。", "3月下旬",
    ])
    assert reading(text) == [
        ("一", 1, "《甲条例》", [("县甲局", "responsible")]),
        ("一", 2, "《乙条例》", [("县乙局", "responsible")]),
    ]
    assert sections(text) == [("一", "群团部门")]


@pytest.mark.parametrize("unit_lines, units", [
    # a unit cell of two paragraphs, one body a line: both answer for the row
    (["县甲局", "县乙中心"], [("县甲局", "responsible"), ("县乙中心", "responsible")]),
    # a body's other name in brackets wrapped onto its own line: one body
    (["县丙局", "（县丙办）"], [("县丙局（县丙办）", "responsible")]),
])
def test_one_cell_per_line_unit_first_list_a_unit_cell_over_two_lines_stays_the_unit_cell(unit_lines, units):
    """A unit-first list flattened one cell per line: the unit cell, standing before the task column, written over two
    lines (two bodies one a line, or a name and its bracketed other name) makes the row one line longer than the
    header. The extra line is the unit cell's, not the first line of the task cell (《…法》)."""
    text = "\n".join([
        "某县宣传责任清单", "序号", "责任单位", "宣传内容", "重点对象", "完成时限",
        "1", *unit_lines, "《甲法》", "参保群众", "6月底前",
        "2", "县丁局", "《乙法》", "社会公众", "全年",
    ])
    assert reading(text) == [("", 1, "《甲法》", units), ("", 2, "《乙法》", [("县丁局", "responsible")])]


@pytest.mark.parametrize("points", [
    ["（1）开展主题宣传；", "（2）设立宣传栏（县戊局配合）；", "（3）组织知识竞赛。"],
    ["①开展主题宣传；", "②设立宣传栏（县戊局配合）；", "③组织知识竞赛。"],
])
def test_one_cell_per_line_unit_first_list_a_measure_cell_of_bracketed_or_circled_points(points):
    """A measure cell written one point a line, its points marked （1）（2） or ①②: the points are one cell of the row
    (as 1. 2. points are), a bracketed point no group row of the table and a circled one no end of the table."""
    text = "\n".join([
        "某县宣传责任清单", *_UNIT_FIRST_HEADER,
        "1", "县甲局", "《甲法》", "社会公众", *points, "9月底前",
        "2", "县乙局", "《乙法》", "用水户", "开展主题宣传。", "3月下旬",
    ])
    assert reading(text) == [
        ("", 1, "《甲法》", [("县戊局", "support"), ("县甲局", "responsible")]),
        ("", 2, "《乙法》", [("县乙局", "responsible")]),
    ]


# ---------------------------------------------------------------- a PDF's table taken without its layout

def test_one_cell_per_line_rows_numbered_by_their_task_cells_labels_cells_wrapped():
    """A 措施清单 without 序号, each 具体措施 cell opening with its number (1.开展…), as a PDF's text without its layout
    gives it: one cell after another, each wrapped at its column's width. The labels say where the rows start."""
    text = "\n".join([
        "县节水行动措施清单", "具体措施", "责任单位", "完成时限",
        "1.开展灌区节水改造，建", "设计量设施。", "县水利局、县", "农业农村局", "2026年6月", "底前",
        "2.推进公共机构节水。", "县机关事务中心", "2026年12月", "底前",
    ])
    assert reading(text) == [
        ("", 1, "开展灌区节水改造，建设计量设施", [("县水利局", "responsible"), ("县农业农村局", "responsible")]),
        ("", 2, "推进公共机构节水", [("县机关事务中心", "responsible")]),
    ]
    assert "2.推进公共机构节水(责任单位:县机关事务中心;完成时限:2026年12月底前)。" in find_pasted_tables(text)


def test_one_cell_per_line_rows_numbered_by_labels_a_units_cell_run_into_its_wrapped_date():
    """In such a table the short last line of a units cell and the 完成时限 after it run together, the date's end
    wrapped onto a line of its own (县水利局2026年6月 / 底前), the task cell's first line ending in its comma (a line that
    runs on). The line holds two cells: the row is full, and the next label (2.推进…) starts the next row."""
    text = "\n".join([
        "县节水行动措施清单", "具体措施", "责任单位", "完成时限",
        "1.开展灌区节水改造，", "建设计量设施。", "县水利局2026年6月", "底前",
        "2.推进公共机构节水。", "县机关事务中心", "2026年12月", "底前",
    ])
    assert reading(text) == [
        ("", 1, "开展灌区节水改造，建设计量设施", [("县水利局", "responsible")]),
        ("", 2, "推进公共机构节水", [("县机关事务中心", "responsible")]),
    ]
    table = find_pasted_tables(text)
    assert "1.开展灌区节水改造，建设计量设施(责任单位:县水利局;完成时限:2026年6月底前)。" in table


def test_a_note_under_a_table_numbered_by_its_task_cells_applies_to_every_row():
    """注：排在第一位的为牵头单位 under such a table is the table's note, read for every row, not the last row's text."""
    text = "\n".join([
        "县节水行动措施清单", "具体措施", "责任单位", "完成时限",
        "1.开展灌区节水改造。", "县水利局、县农业农村局", "2026年6月底前",
        "2.推进公共机构节水。", "县机关事务中心、县水利局", "持续推进",
        "注：责任单位有两个及以上的，排在第一位的为牵头单位，其他为配合单位。",
    ])
    assert reading(text) == [
        ("", 1, "开展灌区节水改造", [("县水利局", "lead"), ("县农业农村局", "support")]),
        ("", 2, "推进公共机构节水", [("县机关事务中心", "lead"), ("县水利局", "support")]),
    ]


@pytest.mark.parametrize("condition", ["责任单位栏列有两个单位的", "责任单位有两个的", "责任单位列有2个单位的"])
def test_a_note_counting_two_units_leaves_a_unit_named_alone_responsible(condition):
    """注：责任单位栏列有两个单位的，排在第一位的为牵头单位 speaks of lists of two (without 以上) as of lists of several:
    the first of two leads, a unit named alone in its row stays responsible."""
    text = "\n".join([
        "某市清单", "序号\t事项\t责任单位\t协办单位",
        "1\t甲事项\t市甲局、市乙局\t市丙局",
        "2\t乙事项\t市丁局\t—",
        f"注：{condition}，排在第一位的为牵头单位。",
    ])
    assert reading(text) == [
        ("", 1, "甲事项", [("市甲局", "lead"), ("市乙局", "responsible"), ("市丙局", "support")]),
        ("", 2, "乙事项", [("市丁局", "responsible")]),
    ]


def test_one_cell_per_line_a_merged_group_cell_wrapped_over_two_lines():
    """The merged 整治任务 cell of a group, printed once before its first row, a narrow column wrapping it (（一）河道清 /
    障整治): one group's name, not a row whose task is the first half and whose unit the second."""
    text = "\n".join([
        "镇防汛工作方案", "整治任务", "序号", "具体措施", "责任单位", "完成时限",
        "（一）河道清", "障整治", "1", "清理河道阻水障碍物。", "镇水利站", "5月底前",
        "（二）隐患排", "查", "2", "排查山塘水库隐患。", "镇应急办", "6月底前",
    ])
    assert sections(text) == [("一", "河道清障整治"), ("二", "隐患排查")]
    assert reading(text) == [
        ("一", 1, "清理河道阻水障碍物", [("镇水利站", "responsible")]),
        ("二", 2, "排查山塘水库隐患", [("镇应急办", "responsible")]),
    ]


def test_one_cell_per_line_a_date_cut_before_its_month_word_keeps_the_rows_units():
    """2026年11 / 月底前: a narrow 完成时限 column cut the date before 月, the next group's cell after it. The date is
    one cell, and the row keeps its units."""
    text = "\n".join([
        "镇防汛工作方案", "整治任务", "序号", "具体措施", "责任单位", "完成时限",
        "（一）河道清障整治", "1", "清理河道阻水障碍物。", "镇水利站、", "镇城建办", "2026年11", "月底前",
        "（二）隐患排查", "2", "排查山塘水库隐患。", "镇应急办", "6月底前",
    ])
    assert reading(text) == [
        ("一", 1, "清理河道阻水障碍物", [("镇水利站", "responsible"), ("镇城建办", "responsible")]),
        ("二", 2, "排查山塘水库隐患", [("镇应急办", "responsible")]),
    ]
    assert "完成时限:2026年11月底前" in find_pasted_tables(text)


def test_one_cell_per_line_the_table_goes_on_past_a_page_number_and_its_header_repeated():
    """A PDF's table over two pages: — 2 —, then the header again (the line above it too) and the next group's
    merged cell before the next row. The rows go on under it."""
    text = "\n".join([
        "镇防汛工作方案", "整治任务", "序号", "具体措施", "责任单位", "完成时限",
        "（一）河道清障整治", "1", "清理河道阻水障碍物。", "镇水利站", "5月底前",
        "", "— 2 —", "",
        "整治任务", "序号", "具体措施", "责任单位", "完成时限",
        "（二）隐患排", "查", "2", "排查山塘水库隐患。", "镇应急办", "6月底前",
    ])
    assert sections(text) == [("一", "河道清障整治"), ("二", "隐患排查")]
    assert reading(text) == [
        ("一", 1, "清理河道阻水障碍物", [("镇水利站", "responsible")]),
        ("二", 2, "排查山塘水库隐患", [("镇应急办", "responsible")]),
    ]


def test_space_parted_rows_under_a_head_printed_over_two_lines():
    """责任单位 merged over 牵头单位 | 配合单位 prints as two head lines, the sub-columns' names indented under it; they
    take the merged cell's place. The 分管领导 named on a row stays out of the units."""
    text = "\n".join([
        "河湾镇重点工作任务分解表",
        "序号    重点工作任务                     分管领导    责任单位                     完成时限",
        "                                                     牵头单位      配合单位",
        "1     调处矛盾纠纷积案5件。     王某某     镇司法所     镇党政办、各村（社区）     2025年10月底前",
        "2    推进小区消防通道整治。     镇应急办     镇派出所     2025年11月底前",
        "3    开展网格员业务轮训。     镇综治中心     镇党政办     2025年6月底前",
        "以上任务请各责任单位抓好落实。",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("镇司法所", "lead"), ("镇党政办", "support"), ("各村（社区）", "support")]),
        (2, [("镇应急办", "lead"), ("镇派出所", "support")]),
        (3, [("镇综治中心", "lead"), ("镇党政办", "support")])]


def test_a_word_table_pasted_into_a_web_editor_its_wrapped_cells_indented_on_the_next_line():
    """One paragraph a row, cells parted by runs of spaces that line up with nothing, the rest of a wrapped cell on
    an indented line under its row: no page layout (two pieces of a line would meet in one column); the space-parted
    reader joins each indented piece to the open cell of the row nearest it (a task's sentence, a list ending 、)."""
    from generator.source.formats.table.page_layout import _layout_table
    lines = [
        "序号    重点工作任务                          牵头单位      配合单位                 完成时限",
        "1   开展网格员业务轮训不少于3期，覆盖全体专职网格员和社区       镇综治中心     镇党政办、各村（社区）    2025年12月底前",
        "      工作者。",
        "2  调处矛盾纠纷积案5件。     镇司法所        各村（社区）        2025年10月底前",
        "3       推进小区消防通道整治，完成老旧小区     镇应急办      镇派出所、镇市场所、   2025年11月底前",
        "      改造20个。                                           县消防救援大队",
        "以上任务请各责任单位抓好落实。",
    ]
    assert _layout_table(lines, 0) is None
    assert [(t, units) for _, _, t, units in reading("\n".join(["河湾镇重点工作任务分解表", *lines]))] == [
        ("开展网格员业务轮训不少于3期，覆盖全体专职网格员和社区工作者",
         [("镇综治中心", "lead"), ("镇党政办", "support"), ("各村（社区）", "support")]),
        ("调处矛盾纠纷积案5件", [("镇司法所", "lead"), ("各村（社区）", "support")]),
        ("推进小区消防通道整治，完成老旧小区改造20个",
         [("镇应急办", "lead"), ("镇派出所", "support"), ("镇市场所", "support"), ("县消防救援大队", "support")])]


@pytest.mark.parametrize("cell", ["参演单位", "参演部门", "参训单位", "参演力量"])
def test_header_words_of_the_bodies_taking_part_in_a_drill_or_course_support(cell):
    assert header_kind(cell) == "support"


def test_a_drill_calendar_reads_its_participants_column_as_support_beside_the_organiser():
    """An 应急演练计划 (or a 培训计划) heads the bodies taking part in each drill 参演单位 (参训单位) beside the
    组织单位 running it: the organiser leads, the participants support, as a 参加单位 column reads."""
    text = "\n".join([
        "某县2030年度应急演练计划",
        "",
        "序号 | 演练名称 | 演练形式 | 组织单位 | 参演单位 | 时间  ",
        "---|---|---|---|---|---  ",
        "1 | 山洪避险演练 | 实战演练 | 县水利局 | 县应急管理局、各乡镇人民政府 | 5月  ",
        "2 | 林区扑火演练 | 桌面推演 | 县林业局 | 县消防救援大队 | 3月  ",
    ])
    assert reading(text) == [
        ("", 1, "山洪避险演练", [("县水利局", "lead"), ("县应急管理局", "support"), ("各乡镇人民政府", "support")]),
        ("", 2, "林区扑火演练", [("县林业局", "lead"), ("县消防救援大队", "support")]),
    ]


@pytest.mark.parametrize("cell, kind", [
    ("主编单位", "lead"), ("承编单位", "responsible"), ("编写单位", "responsible"), ("撰稿单位", "responsible"),
    ("协编单位", "support"), ("参编单位", "support"), ("供稿单位", "support"), ("组稿单位", "support"),
    ("主编", None), ("撰稿人", None),  # people, no body
])
def test_header_words_of_a_compiling_plan_name_each_body_by_its_share_of_the_writing(cell, kind):
    assert header_kind(cell) == kind


def test_a_gazetteer_outline_table_reads_its_compiling_units_by_their_share():
    """A 志书 / 年鉴 编纂方案 parts its 篇目 among bodies by the share of the writing each takes: the 承编单位 compiles
    the chapter and answers for it, the 协编单位 helps and the 供稿单位 hands in material (they support); the 篇
    cell merged down its chapters groups them."""
    text = "\n".join([
        "附件",
        "某县志篇目分工表",
        "序号\t篇\t章名\t承编单位\t协编单位\t供稿单位",
        "1\t第一篇　自然环境\t气候\t县甲局\t—\t县乙局",
        "2\t\t自然资源\t县丙局\t县丁局、县戊局\t—",
    ])
    assert reading(text) == [
        ("一", 1, "气候", [("县甲局", "responsible"), ("县乙局", "support")]),
        ("一", 2, "自然资源", [("县丙局", "responsible"), ("县丁局", "support"), ("县戊局", "support")])]
    assert sections(text) == [("一", "第一篇 自然环境")]


@pytest.mark.parametrize("header, kinds", [
    ("序号|篇|章|承办单位", ["number", "group", "task", "responsible"]),
    ("序号|篇名|章名|承办单位", ["number", "group", "task", "responsible"]),
    ("序号|篇名|章|承办单位", ["number", "group", "task", "responsible"]),
    ("序号|篇|章|节|承办单位", ["number", "group", "group", "task", "responsible"]),
    ("序号|章名|承办单位", ["number", "task", "responsible"]),
    ("序号|篇|章|主要内容（节）|承编单位", ["number", "group", "task", "extra", "responsible"]),
    ("序号|章|节|条款|责任科室", ["number", "group", "group", "task", "responsible"]),  # a standard's 分解表
    ("序号|章|条款|责任科室", ["number", "group", "task", "responsible"]),
])
def test_outline_level_columns_group_down_to_the_deepest_level(header, kinds):
    """An outline table heads its columns by level (篇 | 章 | 节, 篇名 | 章名): the deepest is the rows' item, the higher
    ones group it; beside a column of the work the levels group that work, unless its note lists a deeper level."""
    assert header_kinds(header.split("|")) == kinds


def test_an_outline_table_titles_each_row_by_its_chapter_under_its_merged_part():
    """A 志书 篇目分工 sets 篇 | 章 | 主要内容（节）: the 篇 cell merged down its chapters is the section, each row is one
    章 (its title), and the 主要内容（节） lists the row's 节 in its text."""
    text = "\n".join([
        "序号\t篇\t章\t主要内容（节）\t承编单位\t协编单位",
        "1\t第一篇　建置区划\t建置沿革\t建置、境域、区划变更\t县甲局\t各乡镇人民政府",
        "2\t\t行政区划\t乡镇、村（社区）设置\t县甲局\t县乙局",
        "3\t第二篇　人口\t人口规模\t人口总量、分布\t县丙局\t—",
    ])
    assert reading(text) == [
        ("一", 1, "建置沿革", [("县甲局", "responsible"), ("各乡镇人民政府", "support")]),
        ("一", 2, "行政区划", [("县甲局", "responsible"), ("县乙局", "support")]),
        ("二", 3, "人口规模", [("县丙局", "responsible")])]
    assert sections(text) == [("一", "第一篇 建置区划"), ("二", "第二篇 人口")]
    assert "建置、境域、区划变更" in _plan(text).sections[0].tasks[0].text


@pytest.mark.parametrize("rule, second", [
    ("计划中组织单位有两个的，排在第一位的为牵头组织单位，另一个为配合组织单位。", "support"),
    ("组织单位有两个及以上的，排在第一位的为牵头组织单位，负责制定演练方案和总结评估，其他为配合组织单位。", "support"),
    ("组织单位有两个的，排在第一位的为牵头单位。", "responsible"),
])
def test_a_notice_rule_parts_the_organisers_a_lead_column_names_together(rule, second):
    """A drill calendar names two organisers in one 组织单位 cell and its notice says which leads (排在第一位的为牵头组织
    单位，另一个为配合组织单位): the header reads both lead, the rule parts them. A cell writing its own verbs keeps them."""
    text = "\n".join([
        "某县应急管理局关于印发某县2030年度应急演练计划的通知",
        "各乡镇人民政府：",
        "现将计划印发给你们。" + rule,
        "附件",
        "某县2030年度应急演练计划",
        "序号\t演练名称\t演练形式\t组织单位\t参演单位\t时间",
        "1\t森林火灾扑救演练\t实战演练\t县林业局、县应急管理局\t县消防救援大队\t3月",
        "2\t山洪避险演练\t桌面推演\t县水利局\t各乡镇人民政府\t5月",
        "3\t危化品泄漏处置演练\t实战演练\t县应急管理局牵头，县消防救援大队\t某化工企业\t6月",
    ])
    tasks = reading(text)
    assert tasks[0] == ("", 1, "森林火灾扑救演练", [("县林业局", "lead"), ("县应急管理局", second),
                                            ("县消防救援大队", "support")])
    assert tasks[1] == ("", 2, "山洪避险演练", [("县水利局", "lead"), ("各乡镇人民政府", "support")])
    assert ("县应急管理局", "lead") in tasks[2][3]


def test_a_drill_calendar_keeps_the_monitors_taking_part_as_people():
    """The monitors and patrollers a drill names beside the villages (地质灾害群测群防员, 监测员) are people taking
    part, never a body."""
    text = "\n".join([
        "某县2030年度应急演练计划",
        "序号\t演练名称\t演练形式\t组织单位\t参演单位\t时间",
        "1\t地质灾害隐患点群测群防演练\t实战演练\t各乡镇人民政府\t各村（社区）、地质灾害群测群防员\t汛期前",
        "2\t山洪预警转移演练\t实战演练\t县水利局\t某村、水雨情监测员\t5月",
    ])
    assert reading(text) == [
        ("", 1, "地质灾害隐患点群测群防演练", [("各乡镇人民政府", "lead"), ("各村（社区）", "support")]),
        ("", 2, "山洪预警转移演练", [("县水利局", "lead"), ("某村", "support")]),
    ]


_STUDY_HEADER = ["某市年度调研课题安排", "序号", "课题名称", "牵头领导", "牵头单位", "参与单位", "成果形式及完成时间"]


def test_one_cell_per_line_the_closing_cell_over_two_lines_keeps_every_column():
    """A table copied one cell per line from a PDF prints its closing cell (成果形式及完成时间) over two lines, and a
    title or a leader's post and name as well: the extra lines go where they leave units under the unit columns, not
    all to the title (which would move the 参与单位 into 牵头单位 and 调研报告 into 参与单位)."""
    text = "\n".join([
        *_STUDY_HEADER,
        "1", "建设区域物流枢纽研究", "副市长", "市发改委", "市交通局、市商务局", "调研报告", "9月底前",
        "2", "深化基层治理", "破解减负难题研究", "市委常委、组织部部长", "王某某", "市委组织部", "市民政局",
        "调研报告", "7月底前",
        "3", "稳外贸研究", "副市长", "市商务局", "某海关", "调研报告", "8月底前",
    ])
    assert reading(text) == [
        ("", 1, "建设区域物流枢纽研究", [("市发改委", "lead"), ("市交通局", "support"), ("市商务局", "support")]),
        ("", 2, "深化基层治理破解减负难题研究", [("市委组织部", "lead"), ("市民政局", "support")]),
        ("", 3, "稳外贸研究", [("市商务局", "lead"), ("某海关", "support")]),
    ]


def test_one_cell_per_line_a_leaders_post_is_no_head_of_the_lead_units_name():
    """A 牵头领导 cell naming the leader by post (市委副书记, 市委秘书长) under a title over two lines: the post is a whole
    word, not the head of a name the column's edge cut, so it is not joined to the 牵头单位 below it."""
    text = "\n".join([
        *_STUDY_HEADER,
        "1", "推进城乡融合", "发展研究", "市委副书记", "市委农办", "市农业局、市公安局", "调研报告，9月底前",
        "2", "完善指挥体系研究", "市委秘书长", "市委办公室", "市数据局", "调研报告，8月底前",
    ])
    assert reading(text) == [
        ("", 1, "推进城乡融合发展研究", [("市委农办", "lead"), ("市农业局", "support"), ("市公安局", "support")]),
        ("", 2, "完善指挥体系研究", [("市委办公室", "lead"), ("市数据局", "support")]),
    ]


def test_one_cell_per_line_a_leader_named_by_a_bodys_post_is_no_unit():
    """A 牵头领导 cell naming a military leader by post (市委常委、某军分区政委) in a row whose 参与单位 cell a column's edge
    cut (市财 / 政局): the post is a person, neither the lead unit nor the title's second line; 某军分区政治工作处 is a
    body."""
    text = "\n".join([
        *_STUDY_HEADER,
        "1", "推动双拥共建研究", "市委常委、某军分区政委", "市委军民融合办", "市退役军人局、某军分区政治工作处、市财", "政局",
        "调研报告，10月底前",
        "2", "稳外贸研究", "副市长", "市商务局", "某海关", "调研报告，8月底前",
    ])
    assert reading(text) == [
        ("", 1, "推动双拥共建研究", [("市委军民融合办", "lead"), ("市退役军人局", "support"),
                                 ("某军分区政治工作处", "support"), ("市财政局", "support")]),
        ("", 2, "稳外贸研究", [("市商务局", "lead"), ("某海关", "support")]),
    ]


def test_tabs_a_cell_wrapped_after_deng_keeps_its_trailing_group_no_unit():
    """A tab table's 协办单位 cell wrapped after 等, the next line opening with 有关部门 and the row's last cell: the two
    lines are one clause, …等有关部门, whose trailing group names no unit of its own."""
    text = "\n".join([
        "序号\t决策事项\t承办单位\t协办单位\t计划完成时间",
        "1\t修订《某县防汛应急预案》\t县应急局\t县公安局、县消防大队等",
        "有关部门\t2027年10月",
        "2\t制定《某县采购管理办法》\t县财政局\t县审计局\t2027年7月",
    ])
    assert reading(text) == [
        ("", 1, "修订《某县防汛应急预案》", [("县应急局", "responsible"), ("县公安局", "support"), ("县消防大队", "support")]),
        ("", 2, "制定《某县采购管理办法》", [("县财政局", "responsible"), ("县审计局", "support")]),
    ]


def test_one_cell_per_line_quarter_columns_headed_by_month_ranges():
    """A 挂图作战 / 推进计划 table sets its quarters as month ranges (1—3月 | 4—6月, 1-3月, 1～3月): pasted one cell per
    line they are period columns of the header, not the first row, so every row keeps its columns."""
    text = "\n".join([
        "某县重点工作挂图作战图", "序号", "重点任务", "牵头单位", "责任单位", "1—3月", "4—6月", "7—9月", "10—12月",
        "1", "新建公办幼儿园3所", "县教育局", "县财政局、县自然资源局", "完成选址", "开工建设", "主体完工", "投入使用",
        "2", "改造农村公路20公里", "县交通运输局", "各乡镇人民政府", "—", "完成设计", "开工建设", "完成验收",
    ])
    assert reading(text) == [
        ("", 1, "新建公办幼儿园3所", [("县教育局", "lead"), ("县财政局", "responsible"),
                                      ("县自然资源局", "responsible")]),
        ("", 2, "改造农村公路20公里", [("县交通运输局", "lead"), ("各乡镇人民政府", "responsible")]),
    ]
    assert "7—9月:主体完工" in find_pasted_tables(text)


def test_tabs_a_responsibility_list_with_its_bodies_under_a_bare_unit_header_before_the_work():
    """A 责任清单 set body first under a bare 单位 / 部门 header, its work named 普法内容 / 重点任务 (no …职责 column) and no
    unit column by role: each row's body answers for the row's work (responsible). A 单位 after the work column is a
    unit of measure (指标 | 单位 | 目标值) and names no body."""
    text = "\n".join([
        "某市2025年普法责任清单",
        "序号\t单位\t普法内容\t普法对象\t主要措施\t完成时间",
        "1\t市公安局\t宣传《道路交通安全法》\t驾驶人\t开展交通安全日宣传。\t全年",
        "2\t市水利局、市林业局\t宣传《水法》《森林法》\t沿河群众\t开展“中国水周”宣传。\t6月底前",
    ])
    assert reading(text) == [
        ("", 1, "宣传《道路交通安全法》", [("市公安局", "responsible")]),
        ("", 2, "宣传《水法》《森林法》", [("市水利局", "responsible"), ("市林业局", "responsible")]),
    ]
    assert header_kinds(["序号", "部门", "重点任务", "完成时限"]) == ["number", "responsible", "task", "deadline"]
    assert header_kinds(["序号", "重点任务", "单位", "目标值"])[2] != "responsible"


# A plan whose prose names no unit, with a 附件 分工表 repeating its numbered tasks and naming their units
# (generator/parse/attached_table.py): one plan, the tasks taking the units of their rows.
_PROSE_NAMING_NO_UNIT = """某县推进全民健身实施方案
一、重点任务
1.建设社区健身步道。新建步道十条。
2.开展群众赛事活动。举办全县运动会。
3.培养社会体育指导员。培训二百名骨干。
二、保障措施
加强组织领导，确保各项任务落到实处。
附件
某县推进全民健身实施方案重点任务分工表
"""
_TABLE_HEAD = "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
_ROWS_REPEATING_THE_TASKS = ("1\t建设社区健身步道\t县住建局\t县体育局\t2026年底前\n"
                             "2\t开展群众赛事活动\t县体育局\t县总工会、团县委\t每年\n"
                             "3\t培养社会体育指导员\t县体育局\t\t持续推进\n")


def test_an_attached_table_repeating_the_tasks_of_a_plan_naming_no_unit_gives_them_their_units():
    """The prose says what, the table says who: one plan, each task holding its row's units and deadline, and a
    note saying the units came from the attached table."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(_PROSE_NAMING_NO_UNIT + _TABLE_HEAD + _ROWS_REPEATING_THE_TASKS)
    assert plan.title == "某县推进全民健身实施方案"
    read = [(t.number, t.title, [(a.name, a.role) for a in t.assignments], [d.text for d in t.deadlines])
            for t in plan.tasks()]
    assert read == [(1, "建设社区健身步道", [("县住建局", "lead"), ("县体育局", "support")], ["2026年底前"]),
                    (2, "开展群众赛事活动", [("县体育局", "lead"), ("县总工会", "support"), ("团县委", "support")], ["每年"]),
                    (3, "培养社会体育指导员", [("县体育局", "lead")], ["持续推进"])]
    task = plan.tasks()[0]
    assert task.text == "建设社区健身步道。新建步道十条。"  # the prose as written; the row's annotation stands at its end
    assert [(a.start, a.end) for a in task.annotations] == [(len(task.text), len(task.text))]
    assert any("read from the attached table '某县推进全民健身实施方案重点任务分工表'" in n.text for n in plan.readings)


def test_an_attached_table_whose_rows_do_not_repeat_the_tasks_stays_a_plan_of_its_own():
    """Rows under other titles (or other numbers) are other tasks: two plans, as before."""
    from generator.source.corpus import parse_text

    other = ("1\t改造老旧体育场馆\t县住建局\t县体育局\t2026年底前\n"
             "2\t开展群众赛事活动\t县体育局\t县总工会\t每年\n"
             "4\t培养社会体育指导员\t县体育局\t\t持续推进\n")
    plans = parse_text(_PROSE_NAMING_NO_UNIT + _TABLE_HEAD + other)
    assert [len(p.tasks()) for p in plans] == [3, 3]
    assert not any(t.assignments for t in plans[0].tasks())


def test_an_annotated_plan_keeps_its_attached_table_as_a_second_plan():
    """A plan assigning its own tasks (an 实施意见 with its brackets) followed by its 分工表: two plans, as before."""
    from generator.source.corpus import parse_text

    annotated = _PROSE_NAMING_NO_UNIT.replace("新建步道十条。", "新建步道十条。（县住建局负责）")
    plans = parse_text(annotated + _TABLE_HEAD + _ROWS_REPEATING_THE_TASKS)
    assert [len(p.tasks()) for p in plans] == [3, 3]
    assert [a.name for a in plans[0].tasks()[0].assignments] == ["县住建局"]


# A plan annotating most tasks in its body, the rest closed by （具体分工见附件）, and its 分工表 repeating every task
# (generator/parse/attached_table.py::_pointer_of_the_tasks): the table is the plan's own, one plan.
_MOSTLY_ANNOTATED = """某县课后服务提质方案
一、重点任务
1.优化课程。丰富服务内容。（责任股室：局教研股；责任学校：各小学）
2.规范收费。严格执行收费标准。（具体分工见附件）
3.强化保障。配足服务教师。（责任股室：局人事股；责任学校：各小学）
附件
某县课后服务提质任务分工表
序号\t重点任务\t责任股室\t责任学校\t完成时限
"""
_ROWS_OF_THE_MOSTLY_ANNOTATED = ("1\t优化课程\t局教研股\t各小学\t2025年底前\n"
                                 "2\t规范收费\t局财务股\t各小学\t2025年底前\n"
                                 "3\t强化保障\t局人事股\t各小学\t持续推进\n")


def test_a_table_repeating_the_tasks_some_of_which_point_at_it_is_the_plans_own():
    """Tasks pointing at the attachment take their rows' units; tasks naming their own keep them, each pair once (the
    rows repeat them); one plan, and a note saying so."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(_MOSTLY_ANNOTATED + _ROWS_OF_THE_MOSTLY_ANNOTATED)
    assert [(t.number, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        (1, [("局教研股", "responsible"), ("各小学", "responsible")]),
        (2, [("各小学", "responsible"), ("局财务股", "responsible")]),
        (3, [("局人事股", "responsible"), ("各小学", "responsible")])]
    assert [d.text for d in plan.tasks()[2].deadlines] == ["持续推进"]  # the row's date joins a task naming its units
    assert any("the 2 tasks naming their own units keep them" in n.text for n in plan.readings)
    assert not plan.warnings


def test_a_row_naming_a_unit_its_annotated_task_does_not_is_said():
    """The task keeps the units its text names; the row's other unit is warned of, not added."""
    from generator.source.corpus import parse_text

    rows = _ROWS_OF_THE_MOSTLY_ANNOTATED.replace("局人事股\t各小学", "局人事股\t各中学")
    [plan] = parse_text(_MOSTLY_ANNOTATED + rows)
    assert [a.name for a in plan.tasks()[2].assignments] == ["局人事股", "各小学"]
    assert any("names 各中学, which task 3.强化保障 does not" in w for w in plan.warnings)


def test_a_pointing_plans_table_whose_rows_are_another_list_stays_a_plan_of_its_own():
    """The pointer alone does not fold: rows under other titles are another list, two plans; and with no task
    pointing at the table an annotated plan keeps its table apart, as before."""
    from generator.source.corpus import parse_text

    other = ("1\t建设课后服务平台\t局电教股\t各小学\t2025年底前\n"
             "2\t培训服务教师\t局人事股\t各小学\t2025年底前\n"
             "3\t评选示范学校\t局教研股\t各小学\t持续推进\n")
    plans = parse_text(_MOSTLY_ANNOTATED + other)
    assert [len(p.tasks()) for p in plans] == [3, 3]
    assert not plans[0].tasks()[1].assignments
    unpointed = _MOSTLY_ANNOTATED.replace("（具体分工见附件）", "")
    assert [len(p.tasks()) for p in parse_text(unpointed + _ROWS_OF_THE_MOSTLY_ANNOTATED)] == [3, 3]


def test_a_plan_whose_duties_part_names_units_still_takes_the_units_of_its_task_table():
    """Tasks naming no unit, a 部门职责 part of unit-first paragraphs (县城管局：负责…), and a 任务分解表 repeating the
    tasks by number and title (one cell a line): one plan. Only the tasks the rows repeat are asked whether they
    name units; the duty paragraphs, no row's task, keep their own unit and follow as tasks."""
    from generator.source.corpus import parse_text

    duties = ("二、部门职责\n县城管局：负责全县生活垃圾分类工作的统筹协调。\n"
              "县商务局：负责再生资源回收体系建设。\n")
    text = ("某县生活垃圾分类工作实施方案\n一、主要任务\n"
            "1.推行绿色办公。机关带头使用再生纸制品。\n2.规范设置投放点。每500户至少设置1个投放点。\n"
            + duties + "附件\n某县生活垃圾分类工作任务分解表\n序号\n具体措施\n牵头单位\n配合单位\n"
            "1\n推行绿色办公\n县机关事务中心\n/\n2\n规范设置投放点\n县城管局\n各乡镇人民政府\n")
    [plan] = parse_text(text)
    assert [(t.number, t.title[:6], [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        (1, "推行绿色办公", [("县机关事务中心", "lead")]),
        (2, "规范设置投放", [("县城管局", "lead"), ("各乡镇人民政府", "support")]),
        (3, "负责全县生活", [("县城管局", "responsible")]),
        (4, "负责再生资源", [("县商务局", "responsible")])]
    annotated = text.replace("再生纸制品。", "再生纸制品。（县机关事务中心负责）")
    assert len(parse_text(annotated)) == 2  # a repeated task naming its unit: the annotated plan keeps its table apart


# A 行动计划 naming no unit whose 分工表 gives each 专栏 box a row too: the 序号 counts the box rows and drifts from the
# prose's numbers, the 任务 cell citing the prose item it repeats (generator/parse/attached_table.py).
_PROSE_WITH_A_BOX = """某省数字经济三年行动计划
一、重点任务
1.推进网络建设。加快基站建设。
2.统筹算力布局。建设算力平台。
专栏1　数字基础设施工程
1.扬帆工程。
3.发展数字商贸。培育直播电商基地。
附件
某省数字经济三年行动计划重点任务分工表
序号\t任务\t具体内容\t牵头单位\t参与单位\t完成时限
1\t1.推进网络建设\t加快基站建设。\t省通信管理局\t省工业和信息化厅\t2027年底
2\t2.统筹算力布局\t建设算力平台。\t省发展改革委\t省大数据局\t2026年底
3\t专栏1\u3000数字基础设施工程\t扬帆工程。\t省通信管理局\t省大数据局\t2027年底
4\t3.发展数字商贸\t培育直播电商基地。\t省商务厅\t省市场监管局\t持续推进
"""


def test_an_attached_table_counting_the_plans_boxes_numbers_its_tasks_by_its_rows():
    """One plan: the rows match the prose items their cells cite (4 | 3.发展数字商贸), the box's row is a task of its
    own in its place, and every task is numbered by the table's 序号 with its row's units."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(_PROSE_WITH_A_BOX)
    assert plan.title == "某省数字经济三年行动计划"
    assert [(t.number, t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        (1, "推进网络建设", [("省通信管理局", "lead"), ("省工业和信息化厅", "support")]),
        (2, "统筹算力布局", [("省发展改革委", "lead"), ("省大数据局", "support")]),
        (3, "数字基础设施工程", [("省通信管理局", "lead"), ("省大数据局", "support")]),
        (4, "发展数字商贸", [("省商务厅", "lead"), ("省市场监管局", "support")])]
    assert [t.id for t in plan.tasks()] == ["task-1", "task-2", "task-3", "task-4"]
    assert plan.tasks()[3].text.startswith("发展数字商贸。培育直播电商基地。")  # the prose as written
    assert plan.tasks()[3].label == "3."  # the number the document prints for it, shown as printed
    assert any("numbered by the 序号 of the attached table" in n.text for n in plan.readings)
    from generator.parse import parse_plans

    [(plan_text, folded)] = parse_plans(read_bytes(_PROSE_WITH_A_BOX.encode("utf-8"), "plan.txt"))
    assert lost_text(plan_text, folded) is None  # the box's row is the table's text, not the prose's


def test_rows_citing_no_prose_item_under_drifting_numbers_stay_a_plan_of_their_own():
    """Without the citations the drifting rows (4 | 发展数字商贸 against the prose's 3.) repeat too few tasks: two
    plans, as before."""
    from generator.source.corpus import parse_text

    uncited = _PROSE_WITH_A_BOX.replace("\t1.推进", "\t推进").replace("\t2.统筹", "\t统筹").replace("\t3.发展", "\t发展")
    plans = parse_text(uncited.replace("3\t专栏1\u3000数字基础设施工程", "3\t数字基础设施工程"))
    assert [len(p.tasks()) for p in plans] == [3, 4]


# An activity plan keeping no task in its text, pointing at its attached 活动安排表 (安排2项活动（详见附件）): one plan,
# its tasks the table's rows, its title and prose its own (generator/parse/attached_table.py).
_PLAN_POINTING_AT_ITS_TABLE = """某县2025年全民健身月活动方案
一、活动时间
2025年8月。
二、活动安排
共安排2项重点活动（详见附件）。
三、工作要求
（一）加强组织。各地要精心组织。
（二）注重实效。坚持务实节俭。
附件：某县全民健身月活动安排表
附件
某县全民健身月活动安排表
序号\t活动名称\t主办单位\t承办单位\t协办单位
1\t健身月启动仪式\t县体育局\t县融媒体中心\t县委宣传部
2\t社区健步走\t县体育局\t县总工会\t
"""


def test_a_plan_with_no_task_pointing_at_its_attached_table_takes_the_rows_as_its_tasks():
    """The prose says when and why, the table lists the activities: one plan under the prose's title, its tasks the
    rows with their units, and a note saying so (no warning of a plan without tasks)."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(_PLAN_POINTING_AT_ITS_TABLE)
    assert plan.title == "某县2025年全民健身月活动方案"
    assert [s.title for s in plan.sections][:2] == ["活动时间", "活动安排"]  # the plan's own prose stays
    assert [(t.number, t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        (1, "健身月启动仪式", [("县体育局", "lead"), ("县融媒体中心", "responsible"), ("县委宣传部", "support")]),
        (2, "社区健步走", [("县体育局", "lead"), ("县总工会", "responsible")])]
    assert any("rows of its attached table '某县全民健身月活动安排表'" in n.text for n in plan.readings)
    assert not any("no numbered task found" in w for w in plan.warnings)


def test_a_plan_naming_its_attached_table_only_in_its_attachment_list_takes_its_rows_too():
    """附件：<the table's caption> is pointer enough for a plan holding no task."""
    from generator.source.corpus import parse_text

    [plan] = parse_text(_PLAN_POINTING_AT_ITS_TABLE.replace("（详见附件）", ""))
    assert [t.title for t in plan.tasks()] == ["健身月启动仪式", "社区健步走"]


def test_a_plan_with_no_task_not_pointing_at_the_table_after_it_stays_apart():
    """Without a word sending the reader to the attachment the two stay two plans, as before."""
    from generator.source.corpus import parse_text

    text = (_PLAN_POINTING_AT_ITS_TABLE.replace("（详见附件）", "")
            .replace("附件：某县全民健身月活动安排表\n", ""))
    plans = parse_text(text)
    assert [len(p.tasks()) for p in plans] == [0, 2]


# A short 整改方案 keeps its tasks in the 台账 set below its text and points at it once, in its 整改任务 part
# (形成整改台账（见下表）), its 工作要求, signature and date between the pointer and the table's caption.
def _rectification_plan(pointer_part: str, closing: str = "") -> str:
    return ("某县人民政府关于审计发现问题的整改方案\n" + pointer_part +
            "二、工作要求\n各责任单位要按时保质完成整改。\n" + closing +
            "某县2031年度审计发现问题整改台账\n序号\t审计发现问题\t整改措施\t责任单位\t整改时限\n"
            "1\t非税收入未及时缴库\t督促缴库\t县财政局、县教育局\t2031年9月底前\n"
            "2\t土地出让金欠缴\t依法催缴\t县自然资源局、县税务局\t2031年12月底前\n")


_POINTER_PART = ("一、整改任务\n本次审计发现问题2个，形成整改台账（见下表）。"
                 "责任单位中列第一位的为牵头单位，其他为配合单位。\n")


@pytest.mark.parametrize("closing", ["", "某县人民政府\n2031年8月20日\n"])
def test_a_plan_pointing_at_the_table_below_from_an_earlier_part_takes_its_rows_and_its_rule_reaches_them(closing):
    """The pointer stands in an earlier part, not right above the caption, so the caption opens a plan of its own;
    the 方案 holds no task (its one 一、 head read as an item: no task, the heading of the part pointing below):
    the table's rows are its tasks, and its rule (列第一位的为牵头单位) gives them their roles (before: two plans, the
    方案's one task 整改任务, every unit of the rows responsible)."""
    [plan] = parse_text(_rectification_plan(_POINTER_PART, closing))
    assert plan.title == "某县人民政府关于审计发现问题的整改方案"
    assert [(t.number, t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        (1, "非税收入未及时缴库", [("县财政局", "lead"), ("县教育局", "support")]),
        (2, "土地出让金欠缴", [("县自然资源局", "lead"), ("县税务局", "support")])]
    assert "一、整改任务" in plan.sections[0].intro  # the head stays the plan's text
    assert [r for r in plan.rules if "first listed unit leads" in r] == [
        "first listed unit leads, the others support, from line 3: '列第一位的为牵头单位，其他为配合单位' (2 annotations)"]
    assert any("rows of its table '某县2031年度审计发现问题整改台账'" in n.text for n in plan.readings)


def test_a_plan_pointing_at_the_table_below_in_an_unnumbered_part_takes_its_rows():
    """The same with the pointer in the plan's opening text, no part numbered: no item, the rows its tasks."""
    opening = "本次审计发现问题2个，形成整改台账，详见下表。责任单位中列第一位的为牵头单位，其他为配合单位。\n"
    [plan] = parse_text(_rectification_plan(opening).replace("二、工作要求", "工作要求"))
    assert [(t.number, [a.role for a in t.assignments]) for t in plan.tasks()] == [
        (1, ["lead", "support"]), (2, ["lead", "support"])]


def test_a_plan_with_no_pointer_at_the_table_below_stays_apart_from_it():
    """Without 见下表 the 方案 and the 台账 stay two plans, as before: the table may be another document's."""
    part = "一、整改任务\n本次审计发现问题2个，逐项明确整改措施。\n"
    assert [p.title for p in parse_text(_rectification_plan(part))] == [
        "某县人民政府关于审计发现问题的整改方案", "某县2031年度审计发现问题整改台账"]


_ANOTHER_DOCUMENTS_TABLE = ("某区2032年河道清淤任务清单\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
                             "1\t清理东河淤泥\t区水务局\t区城管局\t2032年6月\n2\t疏通西渠涵洞\t区农业农村局\t区水务局\t2032年9月\n")


@pytest.mark.parametrize("words", ["作出如下表彰决定，予以通报表扬。", "对常用语作如下表述：一文一事。"])
def test_words_starting_like_the_pointer_at_the_table_below_point_at_nothing(words):
    """如下表彰 / 如下表述 are running words, no 如下表: the 方案 and the next document's table stay two plans."""
    text = f"某区关于评选优秀社区的方案\n一、评选办法\n{words}\n某区人民政府\n2032年1月8日\n" + _ANOTHER_DOCUMENTS_TABLE
    assert [p.title for p in parse_text(text)] == ["某区关于评选优秀社区的方案", "某区2032年河道清淤任务清单"]


@pytest.mark.parametrize("own_table", [
    "各社区义诊地点如下表。\n义诊地点安排表\n序号 社区 地点\n1 东苑社区 活动中心\n2 西苑社区 卫生站\n二、有关要求\n注意秩序。\n",
    "各社区义诊地点如下表。\n二、有关要求\n注意秩序。\n义诊地点安排\n序号 社区 地点\n1 东苑社区 活动中心\n2 西苑社区 卫生站\n",
    "各社区义诊人数如下表。\n序号 社区 地点 人数\n1 东苑社区 活动中心 80人\n2 西苑社区 卫生站 60人\n二、有关要求\n注意秩序。\n",
], ids=["captioned", "after-a-later-part", "bare-rows"])
def test_a_pointer_at_the_table_below_answered_by_the_plans_own_table_reaches_no_further(own_table):
    """A pointer is answered by the first table after it: the plan's own small table (kept as its text, captioned or
    not) answers 如下表, and the table after its signature is another document's, a plan of its own."""
    text = "某区2032年社区义诊活动方案\n一、活动安排\n" + own_table + "某区卫生健康局\n2032年3月1日\n" + _ANOTHER_DOCUMENTS_TABLE
    plans = parse_text(text)
    assert [p.title for p in plans] == ["某区2032年社区义诊活动方案", "某区2032年河道清淤任务清单"]
    assert [[a.role for a in t.assignments] for t in plans[1].tasks()] == [["lead", "support"], ["lead", "support"]]



_DECOMPOSED_TABLE = ("某区老旧小区改造重点任务分解表\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
                     "1\t加装小区电梯\t区住建局\t区市场监管局\t2032年底\n2\t改造雨污管网\t区水务局\t区城管局\t2032年10月\n")


@pytest.mark.parametrize("after_the_pointer", [
    "三、保障措施\n各牵头单位要主动作为，配合单位积极支持。\n",
    "三、组织领导\n成立改造工作专班，区长任组长。\n四、工作要求\n按月报送进展。\n",
], ids=["safeguards", "leadership-and-requirements"])
def test_a_plan_pointing_below_from_its_task_part_with_frame_parts_after_it_takes_the_rows(after_the_pointer):
    """The 实施方案 says where its work is in its 主要任务 part (具体任务及分工见下表) and goes on with parts of its
    frame (保障措施 / 组织领导 / 工作要求), signature and date, then the 分解表: such a part read as an item is no task,
    and the rows are the plan's (before: two plans, the 方案 holding the false task 保障措施 / 组织领导)."""
    text = ("某区老旧小区改造实施方案\n一、工作目标\n到2032年底完成改造。\n二、主要任务\n"
            "聚焦加装电梯、管网改造等短板，具体任务及分工见下表。\n" + after_the_pointer
            + "某区人民政府办公室\n2032年2月1日\n" + _DECOMPOSED_TABLE)
    [plan] = parse_text(text)
    assert plan.title == "某区老旧小区改造实施方案"
    assert [(t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        ("加装小区电梯", [("区住建局", "lead"), ("区市场监管局", "support")]),
        ("改造雨污管网", [("区水务局", "lead"), ("区城管局", "support")])]


def test_a_plan_pointing_below_with_a_part_of_work_after_it_stays_apart_from_the_table():
    """A later part that is work of its own (三、加强宣传引导, naming no unit) is no frame: the plan holds a task
    besides the pointer, and the table stays a plan of its own, as before."""
    text = ("某区老旧小区改造实施方案\n一、主要任务\n具体任务及分工见下表。\n二、加强宣传引导\n"
            "利用报刊、网络宣传改造成效。\n某区人民政府办公室\n2032年2月1日\n" + _DECOMPOSED_TABLE)
    assert [p.title for p in parse_text(text)] == ["某区老旧小区改造实施方案", "某区老旧小区改造重点任务分解表"]


@pytest.mark.parametrize("note", ["（第一批）", "(2031年)"])
def test_a_caption_closing_with_a_bracketed_note_names_the_table_below(note):
    """A 台账 issued in batches or by year says which after its name (…整改台账（第一批）): the caption still names a
    table, and the plan pointing below takes its rows (before: two plans, the bracket hiding the 台账)."""
    text = _rectification_plan(_POINTER_PART, "某县人民政府\n2031年8月20日\n").replace(
        "某县2031年度审计发现问题整改台账\n", f"某县2031年度审计发现问题整改台账{note}\n")
    [plan] = parse_text(text)
    assert [[a.role for a in t.assignments] for t in plan.tasks()] == [["lead", "support"], ["lead", "support"]]

# ---------------------------------------------------------------- a study schedule, one cell per line, no 序号

def test_study_schedule_header_words_name_time_topic_and_people_columns():
    assert header_kind("月份") == "deadline"
    assert header_kind("学习专题") == "task"
    assert header_kind("研讨主题") == "task"
    assert header_kind("领学/主讲") == "extra"  # people, never units
    assert header_kind("主讲人") == "extra"
    assert header_kind("主讲单位") != "extra"  # a column of units stays one


def test_one_cell_per_line_study_schedule_month_first_without_number():
    text = "\n".join([
        "一、学习安排",
        "月份", "学习专题", "领学/主讲", "承办单位",
        "1月", "学习贯彻全会精神", "县委书记 甲某某", "县委办公室、县委宣传部",
        "2月", "加强民族团结", "县委常委、统战部部长", "县委统战部、县民宗局",
    ])
    assert reading(text) == [
        ("一", 1, "学习贯彻全会精神", [("县委办公室", "responsible"), ("县委宣传部", "responsible")]),
        ("一", 2, "加强民族团结", [("县委统战部", "responsible"), ("县民宗局", "responsible")]),
    ]
    assert "甲某某" in find_pasted_tables(text)  # the leader is kept in the row's text


def test_one_cell_per_line_month_merged_over_rows_and_a_topic_wrapped():
    # 1月 merged over two rows stands on the first only; a topic wrapped onto a bracketed line; the units close each
    # row; the plan's closing section after the table is no row of it
    text = "\n".join([
        "三、学习安排",
        "学习时间", "学习内容", "责任领导", "承办单位",
        "1月", "学习全会精神", "市委书记 甲某某", "市委办公室、市委宣传部",
        "学习经济工作会议精神", "市长 乙某某", "市发展改革委、市财政局",
        "2月", "党的纪律建设", "（专题研讨）", "市委书记 甲某某", "市纪委监委机关、市委组织部",
        "四、学习要求",
        "（一）强化组织领导。中心组成员要带头学习。",
    ])
    assert reading(text)[:3] == [
        ("三", 1, "学习全会精神", [("市委办公室", "responsible"), ("市委宣传部", "responsible")]),
        ("三", 2, "学习经济工作会议精神", [("市发展改革委", "responsible"), ("市财政局", "responsible")]),
        ("三", 3, "党的纪律建设（专题研讨）", [("市纪委监委机关", "responsible"), ("市委组织部", "responsible")]),
    ]
    assert sections(text)[-1] == ("四", "学习要求")


def test_tabs_a_redemption_list_with_policy_clause_and_application_condition_columns():
    """A 政策兑现清单 headed 政策条款 | 兑现部门 | 申报条件: the clauses are the tasks, the conditions the rows' text."""
    text = ("某市惠企政策兑现清单\n"
            "序号\t政策条款\t兑现部门\t申报条件\n"
            "1\t扶持企业上规。对新上规企业给予奖励。\t市工信局\t首次纳入统计\n"
            "2\t降低运输成本。对新开线路给予补贴。\t市交通局、市财政局\t年开行30列以上\n")
    assert reading(text) == [("", 1, "扶持企业上规", [("市工信局", "responsible")]),
                             ("", 2, "降低运输成本", [("市交通局", "responsible"), ("市财政局", "responsible")])]
    assert "年开行30列以上" in _plan(text).tasks()[1].text


def test_tabs_a_redemption_lists_article_labels_are_no_words_of_the_titles():
    """第1条　支持… in a 政策条款 cell: the measure's article number, set apart by a space, is no word of the title (the
    row's 序号 numbers the task); an article label running on into its sentence (第3条规定的…) is kept."""
    text = ("某市惠企政策兑现清单\n"
            "序号\t政策条款\t兑现部门\t申报条件\n"
            "1\t第1条\u3000扶持企业上规\t市工信局\t首次纳入统计\n"
            "2\t第十二条 降低运输成本\t市交通局\t年开行30列以上\n"
            "3\t第3条规定的补贴\t市财政局\t按季度\n")
    assert [title for _, _, title, _ in reading(text)] == ["扶持企业上规", "降低运输成本", "第3条规定的补贴"]


def test_tabs_a_division_tables_citations_of_the_prose_items_are_no_words_of_the_titles():
    """A 分工表's 任务 cell opening with the number of the prose item it repeats (2.统筹…) or its box (专栏1　…),
    under the row's own 序号: the citation is no word of the title; a cell listing its own points (2.…；3.…) or opening
    with a figure (1.5万个…) keeps its words."""
    text = ("某省数字经济行动计划重点任务分工表\n"
            "序号\t任务\t牵头单位\t完成时限\n"
            "1\t2.统筹算力布局\t省发展改革委\t2026年底\n"
            "2\t专栏1\u3000数字基础设施工程\t省通信管理局\t2027年底\n"
            "3\t5、发展数字商贸\t省商务厅\t持续推进\n"
            "4\t2.建设平台；3.开放场景\t省科技厅\t2027年底\n"
            "5\t1.5万个基站建成\t省通信管理局\t2027年底\n")
    assert [title for _, _, title, _ in reading(text)] == [
        "统筹算力布局", "数字基础设施工程", "发展数字商贸", "2.建设平台；3.开放场景", "1.5万个基站建成"]


def test_tabs_a_redemption_list_whose_accepting_office_answers_for_its_part():
    """兑现部门 | 受理部门: the office taking in the applications answers for that part (responsible); 同兑现部门 under
    受理部门 points at the other column and names no unit of its own."""
    text = ("某市惠企政策兑现清单\n"
            "序号\t政策内容\t兑现部门\t受理部门\t兑现方式\n"
            "1\t扶持企业上规。对新上规企业给予奖励。\t市工信局\t各县（市、区）工信主管部门\t免申即享\n"
            "2\t降低运输成本。对新开线路给予补贴。\t市交通局\t同兑现部门\t依申请\n")
    assert reading(text) == [
        ("", 1, "扶持企业上规", [("市工信局", "responsible"), ("各县（市、区）工信主管部门", "responsible")]),
        ("", 2, "降低运输成本", [("市交通局", "responsible")])]


def test_a_time_cell_of_undated_steps_names_no_unit():
    """A 完成时限 cell holding several steps parted by ； and no date (制定规则；推动运营): the whole cell is the
    schedule; the step after ； is not read as a responsible unit."""
    text = "\n".join(["某市数据要素重点任务分工表",
                      "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
                      "1\t培育数据交易场所\t市甲委\t市乙局\t制定交易规则；推动挂牌运营",
                      "2\t建设数据平台\t市丙局\t市丁局\t6月底前建库；年底前上线"])
    assert reading(text) == [
        ("", 1, "培育数据交易场所", [("市甲委", "lead"), ("市乙局", "support")]),
        ("", 2, "建设数据平台", [("市丙局", "lead"), ("市丁局", "support")]),
    ]


def test_pipes_a_markdown_rule_between_the_two_header_rows():
    """A converter that writes one header row puts its rule under the upper row (进度安排 over empty slots) and the
    lower row of years below it as if it were data: the lower row still joins the header, so every year cell stays
    in the task's text, as it does when the table has no rule."""
    rows = ["| 序号 | 重点任务 | 牵头单位 | 配合单位 | 进度安排 |  |  |",
            "|---|---|---|---|---|---|---|",
            "|  |  |  |  | 2027年 | 2028年 | 2029年 |",
            "| 1 | 建设公共数据平台 | 市甲局 | 市乙局 | 平台上线 | 接入部门50个 | 全面应用 |"]
    with_rule = find_pasted_tables("\n".join(rows))
    assert "建设公共数据平台。2027年:平台上线。2028年:接入部门50个。2029年:全面应用(牵头单位:市甲局;配合单位:市乙局)" in with_rule
    assert with_rule == find_pasted_tables("\n".join(rows[:1] + rows[2:]))
    assert reading("\n".join(rows)) == [("", 1, "建设公共数据平台", [("市甲局", "lead"), ("市乙局", "support")])]


def test_pipes_a_data_row_under_the_rule_is_not_a_header_row():
    """A first data row whose 序号 cell is empty (a row going on from a merged cell) under a one-row header that leaves
    no slot empty stays a row: only a row under the empty slots of a spanning cell joins the header."""
    text = "\n".join(["| 序号 | 整治任务 | 牵头单位 | 配合单位 | 完成时限 |",
                      "|---|---|---|---|---|",
                      "|  | 清理河道垃圾 | 县甲局 | 县乙局 | 6月底前 |",
                      "| 2 | 整治违建棚舍 | 县丙局 | 县丁局 | 年底前 |"])
    assert [(t, units) for _, _, t, units in reading(text)] == [
        ("清理河道垃圾", [("县甲局", "lead"), ("县乙局", "support")]),
        ("整治违建棚舍", [("县丙局", "lead"), ("县丁局", "support")]),
    ]


def test_a_year_target_naming_what_is_built_is_no_unit_cell():
    """进度安排 (a time column) over 2027年 | 2028年 | 2029年: the years divide the schedule, so the header has one column
    per year. A year's target ending like a body's name (建成市公共数据开放平台, 上线社区便民服务站: 台, 站) stays in its
    year's cell: the row keeps its three year cells, none goes under 完成时限, and nothing is carried down."""
    text = "\n".join(["| 序号 | 重点任务 | 牵头单位 | 配合单位 | 进度安排 |  |  |",
                      "|  |  |  |  | 2027年 | 2028年 | 2029年 |",
                      "| 1 | 建设公共数据平台 | 市甲局 | 市乙局 | 建成市公共数据开放平台 | 接入部门50个 | 全面应用 |",
                      "| 2 | 布设便民服务点 | 市丙局 | 市丁局 | 上线社区便民服务站 | 覆盖全部街道 | 全面运行 |",
                      "| 3 | 培育数据交易场所 | 市戊委 | 市己局 | 制定方案 | 挂牌运营 | 交易额破10亿元 |"])
    out = find_pasted_tables(text)
    assert "建设公共数据平台。2027年:建成市公共数据开放平台。2028年:接入部门50个。2029年:全面应用(牵头单位:市甲局;配合单位:市乙局)" in out
    assert "布设便民服务点。2027年:上线社区便民服务站。2028年:覆盖全部街道。2029年:全面运行(牵头单位:市丙局;配合单位:市丁局)" in out
    assert "完成时限" not in out
    assert [units for _, _, _, units in reading(text)] == [
        [("市甲局", "lead"), ("市乙局", "support")], [("市丙局", "lead"), ("市丁局", "support")],
        [("市戊委", "lead"), ("市己局", "support")]]


def test_cells_one_per_line_a_target_naming_what_is_built_is_not_a_unit():
    """Cells one per line, a row whose empty 配合单位 left no line: its cells are placed by what they hold. A target
    opening with what is done (建成市公共数据开放平台) names a thing built, though 台 ends 气象台: it stays under the target
    column and is no supporting unit."""
    text = "\n".join(["某市数据工作任务表", "序号", "重点任务", "牵头单位", "配合单位", "2027年目标",
                      "1", "建设数据平台", "市甲局", "市乙局", "接入部门50个",
                      "2", "建设开放平台", "市丙局", "建成市公共数据开放平台",
                      "3", "培育交易场所", "市丁局", "市戊局", "挂牌运营"])
    assert [(t, units) for _, _, t, units in reading(text)] == [
        ("建设数据平台", [("市甲局", "lead"), ("市乙局", "support")]),
        ("建设开放平台", [("市丙局", "lead")]),
        ("培育交易场所", [("市丁局", "lead"), ("市戊局", "support")]),
    ]
    assert "2027年目标:建成市公共数据开放平台" in find_pasted_tables(text)


def test_one_cell_per_line_a_row_cut_by_a_page_break_goes_on_after_the_repeated_header():
    """A PDF that repeats the header on each page cuts a long row at the page's foot: the row's first lines, — 2 —,
    the header, then the rest of the row. The rest is the row's, not a new table; the rows after it read on."""
    text = "\n".join([
        "某县试点任务清单", "序号", "试点任务", "具体措施", "牵头单位", "配合单位", "时间节点",
        "1", "建立台账", "摸清底数。", "县农业农村局", "县财政局", "6月底前",
        "2", "开展评估", "组织第三方机构开展评",
        "", "— 2 —", "",
        "序号", "试点任务", "具体措施", "牵头单位", "配合单位", "时间节点",
        "估，报送结果。", "县农业农村局", "县统计局", "12月底前",
        "3", "总结推广", "宣传典型经验。", "县委宣传部", "县农业农村局", "持续推进",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("县农业农村局", "lead"), ("县财政局", "support")]),
        (2, [("县农业农村局", "lead"), ("县统计局", "support")]),
        (3, [("县委宣传部", "lead"), ("县农业农村局", "support")]),
    ]


def test_one_cell_per_line_a_heading_column_wrapped_before_a_measure_column_keeps_its_own_lines():
    """试点任务 | 具体措施 copied from a PDF one cell per line, each cell wrapped at its column's width: the narrow heading
    column's lines (as wide as its first, the last narrower) are the heading; the wider measure column's first line
    opens the task's text. The heading is the title, on one line or wrapped."""
    text = "\n".join([
        "某县试点任务清单", "序号", "试点任务", "具体措施", "牵头单位", "配合单位", "时间节点",
        "1", "建立试点企", "业台账", "分批遴选试点企业入台账，实", "行动态管理。", "县工业和信息化局", "县财政局", "6月底前",
        "2", "开展评测", "组织专家对试点企业开展评测，", "形成评测报告。", "县科技局", "县统计局", "9月底前",
    ])
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "建立试点企业台账", [("县工业和信息化局", "lead"), ("县财政局", "support")]),
        (2, "开展评测", [("县科技局", "lead"), ("县统计局", "support")]),
    ]


def test_one_cell_per_line_a_measures_last_line_without_a_mark_stays_the_measures_before_a_wrapped_unit_cell():
    """具体措施 | 责任单位 copied from a PDF one cell per line, both columns wrapped: the measure's last line holds no
    closing mark, yet it is no unit cell's first line. Wider than the unit column's line cut mid-name (…平台 over
    县水利局、县供水有限公 / 司), or reading as no name and stopping short of that column's edge (可憩的亲水廊道 over
    城东街道办事处、县住 / 建局), it is the measure's; the first name is the lead (注)."""
    text = "\n".join([
        "某县河道治理任务清单", "序号", "任务", "具体措施", "责任单位", "完成时限",
        "1", "保障河道流量", "编制河道流量保障方案，对沿线泵", "站实施改造并接入县级调度平台", "县水利局、县供水有限公", "司",
        "2025年底前",
        "2", "打造亲水空间", "围绕老城区段，建设岸绿景美、可游", "可憩的亲水廊道", "城东街道办事处、县住", "建局", "2027年",
        "注：责任单位栏中排在第一位的为牵头单位，其他为配合单位。",
    ])
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "保障河道流量", [("县水利局", "lead"), ("县供水有限公司", "support")]),
        (2, "打造亲水空间", [("城东街道办事处", "lead"), ("县住建局", "support")]),
    ]
    assert "接入县级调度平台" in _plan(text).tasks()[0].text


@pytest.mark.parametrize("units", [["县水利局、县公安局、", "县农业农村局、沿江各", "乡（镇）人民政府"],
                                   ["县水利局、县公安局、", "县农业农村局、沿江各乡（", "镇）人民政府"]])
def test_one_cell_per_line_a_collective_cut_after_its_each_or_inside_its_bracket_is_one_name(units):
    """A narrow unit column cuts a collective's name after its lead-in's 各 (沿江各 / 乡（镇）人民政府) or right inside
    its bracket (沿江各乡（ / 镇）人民政府): 各 and an open bracket end no name, the next line holds its rest; one
    collective, no 、 inside its bracket."""
    text = "\n".join(["某县河道执法任务清单", "序号", "任务", "具体措施", "责任单位", "完成时限",
                      "1", "联合巡河执法", "建立两地联合巡查执法机制", *units, "2025年底前"])
    assert [units for _, _, _, units in reading(text)] == [
        [("县水利局", "responsible"), ("县公安局", "responsible"), ("县农业农村局", "responsible"),
         ("沿江各乡（镇）人民政府", "responsible")]]


def test_a_name_column_naming_a_place_beside_a_problem_column_is_text_not_the_task():
    """A 问题台账 names each problem's place first (道路名称 | 问题描述): the problem titles the row, the place stays in
    its text under its header; a 名称 naming work (项目名称) beside a 存在问题 column is still a task column."""
    text = "\n".join([
        "某县2025年道路积水点整治台账",
        "| 序号 | 道路名称 | 问题描述 | 整改措施 | 责任单位 | 整改时限 |",
        "| --- | --- | --- | --- | --- | --- |",
        "| 1 | 桂花路 | 雨后路口积水深约30厘米。 | 新建雨水口4处。 | 县城市管理局 | 2025年5月底前 |",
        "| 2 | 新华街 | 人行道塌陷约20平方米。 | 修复人行道。 | 东城街道办事处、县住建局 | 2025年6月底前 |",
    ])
    assert reading(text) == [
        ("", 1, "雨后路口积水深约30厘米", [("县城市管理局", "responsible")]),
        ("", 2, "人行道塌陷约20平方米", [("东城街道办事处", "responsible"), ("县住建局", "responsible")]),
    ]
    assert "桂花路" in _plan(text).tasks()[0].text  # kept under its header, not lost
    assert header_kinds(["序号", "项目名称", "存在问题", "责任单位"])[1:3] == ["task", "task"]


def test_a_kind_column_tagging_every_row_beside_the_tables_own_group_rows_is_text():
    """A 隐患台账 grouped by its own rows (一、东坪镇) tags each numbered row with its kind (隐患类别 | 渗漏 / 裂缝): the
    group rows are the sections and the tag is the row's text; the same column left empty below its first row
    (merged, pasted as text) still groups its rows."""
    tagged = "\n".join([
        "某县2025年山塘隐患整治台账",
        "| 序号 | 隐患类别 | 问题描述 | 责任单位 | 整改时限 |",
        "| --- | --- | --- | --- | --- |",
        "| 一、东坪镇 |  |  |  |  |",
        "| 1 | 渗漏 | 坝体背水坡渗水。 | 东坪镇人民政府 | 2025年4月底前 |",
        "| 2 | 裂缝 | 坝顶出现纵向裂缝2条。 | 东坪镇人民政府、县水利局 | 2025年5月底前 |",
        "| **二、西岭镇** |",
        "| 3 | 渗漏 | 溢洪道底板渗水。 | 西岭镇人民政府 | 2025年6月底前 |",
    ])
    assert sections(tagged) == [("一", "东坪镇"), ("二", "西岭镇")]
    assert [(s, n, title) for s, n, title, _ in reading(tagged)] == [
        ("一", 1, "坝体背水坡渗水"), ("一", 2, "坝顶出现纵向裂缝2条"), ("二", 3, "溢洪道底板渗水")]
    assert "渗漏" in _plan(tagged).tasks()[0].text  # kept under its header, not lost
    merged = "\n".join([
        "某县2025年山塘隐患整治台账",
        "| 序号 | 隐患类别 | 问题描述 | 责任单位 | 整改时限 |",
        "| --- | --- | --- | --- | --- |",
        "| 1 | 渗漏 | 坝体背水坡渗水。 | 东坪镇人民政府 | 2025年4月底前 |",
        "| 2 |  | 溢洪道底板渗水。 | 西岭镇人民政府 | 2025年6月底前 |",
        "| 3 | 裂缝 | 坝顶出现纵向裂缝2条。 | 东坪镇人民政府 | 2025年5月底前 |",
    ])
    assert sections(merged) == [("一", "渗漏"), ("二", "裂缝")]


_TARGET_SHEET = ["某镇2025年度目标任务分解表", "序号", "工作任务", "目标要求", "分管领导", "责任站所", "责任人", "完成时间"]


def test_one_cell_per_line_row_short_of_a_merged_cell_with_an_empty_line_keeps_the_table_going():
    """A table copied one cell per line prints a merged 分管领导 once (the rows below it one line short) and a 责任人 left
    empty as an empty line: in a row doing both, the empty line does not end the table; the rows after it are read."""
    text = "\n".join(_TARGET_SHEET + [
        "1", "社会救助", "救助资金按时足额发放", "王某", "社会事务办", "许某", "每月",
        "2", "文化惠民", "开展文化惠民演出20场以上", "文化站", "", "2025年12月底前",
        "3", "安全生产", "不发生较大以上生产安全事故", "刘某", "应急办、派出所", "宋某", "全年",
    ])
    assert reading(text) == [
        ("", 1, "社会救助", [("社会事务办", "responsible")]),
        ("", 2, "文化惠民", [("文化站", "responsible")]),
        ("", 3, "安全生产", [("应急办", "responsible"), ("派出所", "responsible")]),
    ]


def test_one_cell_per_line_last_row_closed_by_its_date_takes_no_blank_after_it_for_a_cell():
    """Once a table has shown an empty cell as an empty line, its last row, short of a merged 分管领导 and closed by its
    完成时间, takes no phantom cell from the blank line after it: it is fitted, its units kept, the heading after stays out."""
    text = "\n".join(_TARGET_SHEET + [
        "1", "文化惠民", "开展演出20场", "王某", "文化站", "", "全年",
        "2", "平安建设", "不发生重大事故", "李某", "应急办", "宋某", "全年",
        "3", "信访维稳", "信访积案化解率90%以上", "综治中心、信访办", "周某", "全年",
        "", "三、保障措施", "（一）加强领导。各站所要落实责任。",
    ])
    assert reading(text)[-1] == ("", 3, "信访维稳", [("综治中心", "responsible"), ("信访办", "responsible")])


def test_row_short_of_a_merged_cell_keeps_a_target_naming_a_body_under_its_target_column():
    """In a row short of a merged 分管领导, the 目标要求 cell right after the task opens with a verb of doing (创建…) and
    ends a clause with the body it creates: it is the target's text, not a unit cell; the units stay the row's."""
    text = "\n".join(_TARGET_SHEET + [
        "1", "社会救助", "救助资金按时足额发放", "王某", "社会事务办", "许某", "每月",
        "2", "退役军人服务", "创建“五星级”退役军人服务站，走访慰问全覆盖", "退役军人服务站", "冯某", "2025年11月底前",
        "3", "文明创建", "争创省级文明村镇，志愿服务站全覆盖", "文明办、各村（社区）", "冯某", "全年",
    ])
    assert reading(text)[1:] == [
        ("", 2, "退役军人服务", [("退役军人服务站", "responsible")]),
        ("", 3, "文明创建", [("文明办", "responsible"), ("各村（社区）", "responsible")]),
    ]
    # a campaign's office (创建办) right after the task in a short row is still the row's unit
    office = "\n".join(_TARGET_SHEET + [
        "1", "社会救助", "救助资金按时足额发放", "王某", "社会事务办", "许某", "每月",
        "2", "文明城市创建", "创建办、各村（社区）", "冯某", "全年",
    ])
    assert reading(office)[1][3] == [("创建办", "responsible"), ("各村（社区）", "responsible")]


def test_one_cell_per_line_a_name_cut_by_a_narrow_column_inside_its_place_is_joined_back():
    """A PDF table copied one cell per line wraps each unit cell at its column's width, cutting names where no comma
    stands: a locality's body wrapped onto the next line with the names after it (各乡（镇） / 人民政府、青石), a place
    cut from its body's word (青石 / 工业园管委会) or inside its own name (白沙经 / 济开发区管委). The pieces are one
    name; whole names a line apart stay apart."""
    text = "\n".join([
        "某区试点任务清单", "序号", "试点任务", "具体措施", "牵头单位", "配合单位", "时间节点",
        "1", "建立企业库", "遴选试点企业入库。", "区工业和信息", "化局", "各乡（镇）", "人民政府、青石", "工业园管委会",
        "6月底前",
        "2", "打造园区样板", "推动园区数字化建设。", "青石工业园管", "委会、白沙经", "济开发区管委", "会", "区发展改革委",
        "9月底前",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("区工业和信息化局", "lead"), ("各乡（镇）人民政府", "support"), ("青石工业园管委会", "support")]),
        (2, [("青石工业园管委会", "lead"), ("白沙经济开发区管委会", "lead"), ("区发展改革委", "support")]),
    ]


def test_one_cell_per_line_a_long_name_cut_twice_by_a_narrow_column_is_joined_back():
    """A name longer than two lines of a narrow unit column is cut twice, the second time inside its place
    (国家金融 / 监督管理总局白 / 沙监管分局、区 / 财政局): the head left before the last cut is longer than one line's, yet
    with the next line's first piece it makes one whole name."""
    text = "\n".join([
        "某区试点任务清单", "序号", "试点任务", "具体措施", "牵头单位", "配合单位", "时间节点",
        "1", "创新金融服务", "开展银企对接活动。", "区委金融办", "国家金融", "监督管理总局白", "沙监管分局、区", "财政局",
        "持续推进",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("区委金融办", "lead"), ("国家金融监督管理总局白沙监管分局", "support"), ("区财政局", "support")]),
    ]


def test_one_cell_per_line_a_name_cut_twice_inside_its_body_word_holding_a_verbs_letters_is_joined_back():
    """A narrow column cuts a long name twice, inside its body's word (县人民政府教育 / 督导委员会办公 / 室): 委员会办公
    holds the letters of 会办, a verb, yet they are the name's (会 closes 委员会, 办 opens 办公室). One name, no line
    of the task's, whether its last line is the one letter left or opens the next name of the list."""
    text = "\n".join([
        "序号", "重点任务", "牵头单位", "配合单位", "完成时限",
        "1", "开展招生秩序专项整治", "县教育局", "县人民政府教育", "督导委员会办公", "室", "每年6—9月",
        "2", "规范校外培训机构", "县教育局", "县人民政府教育", "督导委员会办公", "室、县市场监管局", "每年",
    ])
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "开展招生秩序专项整治", [("县教育局", "lead"), ("县人民政府教育督导委员会办公室", "support")]),
        (2, "规范校外培训机构", [
            ("县教育局", "lead"), ("县人民政府教育督导委员会办公室", "support"), ("县市场监管局", "support")]),
    ]


def test_one_cell_per_line_the_task_lines_last_letter_wrapped_alone_is_the_tasks_not_the_units_head():
    """A PDF's task cell wrapped at its column's edge inside its last word leaves one letter on a line of its own (实施
    教师专项招聘计 / 划) before the unit cell, whose name is itself cut (县人力资源社会 / 保障局): the letter ends the
    task, the name opens with its place. A name's tail alone on a line (局) stays the name's."""
    text = "\n".join([
        "序号", "重点任务", "牵头单位", "配合单位", "完成时限",
        "1", "实施教师专项招聘计", "划", "县人力资源社会", "保障局", "县教育局", "每年",
        "2", "补齐寄宿制学校生活设施短", "板", "各乡（镇）人民政", "府", "县教育局", "年底前",
        "3", "推进校园食堂改造", "县市场监督管理", "局", "县教育局", "年底前",
    ])
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "实施教师专项招聘计划", [("县人力资源社会保障局", "lead"), ("县教育局", "support")]),
        (2, "补齐寄宿制学校生活设施短板", [("各乡（镇）人民政府", "lead"), ("县教育局", "support")]),
        (3, "推进校园食堂改造", [("县市场监督管理局", "lead"), ("县教育局", "support")]),
    ]


def test_one_cell_per_line_the_task_lines_last_word_naming_a_thing_built_is_the_tasks_not_the_lead_units():
    """A narrow task column wraps the title so its last line is the thing built (建设再生水利用示范 / 平台, 打造区域节水
    服务 / 中心), a word that ends a body's name too; the unit cell opens on the next line as a name opens. The line is
    the task's: the row's other lines fill its columns. A body's name standing under the lead column, with a place in
    it (团市委) or written bare with its organ's word (发展改革委), stays the lead unit."""
    text = "\n".join([
        "序号", "重点任务", "牵头单位", "配合单位", "完成时限",
        "1", "建设再生水利用示范", "平台", "市水利局", "市住房城乡建设局", "2026年底",
        "2", "打造区域节水服务", "中心", "市水利局", "市发展改革委", "持续推进",
        "3", "开展青少年节水宣传活动", "团市委", "市教育局", "市水利局", "2026年底",
        "4", "推进节水型社会建设工作", "发展改革委", "市水利局", "市教育局", "持续推进",
    ])
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "建设再生水利用示范平台", [("市水利局", "lead"), ("市住房城乡建设局", "support")]),
        (2, "打造区域节水服务中心", [("市水利局", "lead"), ("市发展改革委", "support")]),
        (3, "开展青少年节水宣传活动", [("团市委", "lead"), ("市教育局", "support"), ("市水利局", "support")]),
        (4, "推进节水型社会建设工作", [("发展改革委", "lead"), ("市水利局", "support"), ("市教育局", "support")]),
    ]


def test_one_cell_per_line_a_banks_place_cut_right_before_its_level_word_is_one_name():
    """A narrow unit column cuts 人民银行某江市分行 after the place (人民银行某江 / 市分行、…): the next line opens with
    市, as a name opens, but the head is no name alone and opens as a body's name does; the two make one. A line ending
    in the whole name, the next opening another, stays two names."""
    text = "\n".join([
        "序号", "重点任务", "牵头单位", "配合单位", "完成时限",
        "1", "加大信贷支持", "市财政局", "市委金融办、人民银行某江", "市分行、市发展改革委", "持续推进",
        "2", "优化跨境结算服务", "市商务局", "市委金融办、人民银行某江市分行", "市税务局", "持续推进",
    ])
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "加大信贷支持", [("市财政局", "lead"), ("市委金融办", "support"), ("人民银行某江市分行", "support"),
                             ("市发展改革委", "support")]),
        (2, "优化跨境结算服务", [("市商务局", "lead"), ("市委金融办", "support"), ("人民银行某江市分行", "support"),
                                 ("市税务局", "support")]),
    ]


def test_one_cell_per_line_a_name_the_column_cut_after_a_word_longer_names_run_on_past_is_joined_back():
    """A narrow column's edge may cut a name just after 社 or 企业 (县人力资源社 / 会保障局, 县中小企业 / 服务中心): the
    head reads as a whole name, but the line is printed to the column's edge, as wide as its neighbour, and the next
    line opens as no name opens. One name. A list a unit a line (县供销社 / 团县委), no line as wide as the next, stays
    two units."""
    text = "\n".join([
        "某县试点任务清单", "序号", "试点任务", "具体措施", "牵头单位", "配合单位", "时间节点",
        "1", "培养数字化人才", "开展数字工匠培训。", "县人力资源社", "会保障局、县", "教育局", "县工业和信息化", "局", "每年",
        "2", "建设服务平台", "建设公共服务平台。", "县数据局", "县工业和信息化", "局、县中小企业", "服务中心", "9月底前",
        "3", "发展农村电商", "培育电商主体，", "带动农户增收。", "县供销社", "团县委", "持续推进",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("县人力资源社会保障局", "lead"), ("县教育局", "lead"), ("县工业和信息化局", "support")]),
        (2, [("县数据局", "lead"), ("县工业和信息化局", "support"), ("县中小企业服务中心", "support")]),
        (3, [("县供销社", "lead"), ("团县委", "support")]),
    ]


def test_one_cell_per_line_a_unit_cell_wrapped_over_many_lines_before_the_date_stays_in_its_row():
    """A row copied from a PDF one cell per line whose lines already fill its columns (a measure over three lines) goes
    on while its unit cell, wrapped by a narrow column and cut mid-name on every line (中国电信白沙分 / 公司、中国移动
    …), leads to the row's date: the lines up to the date, joined, read as names. The table does not end there."""
    text = "\n".join([
        "某县试点任务清单", "序号", "试点任务", "具体措施", "牵头单位", "配合单位", "时间节点",
        "1", "加强网络建设", "推动5G网络在重点园区深度覆盖，", "建设行业虚拟专网。", "县通信发展管", "理办公室",
        "中国电信白沙分", "公司、中国移动", "白沙分公司、中", "国联通白沙分公", "司", "12月底前",
        "2", "落实税收政策", "落实研发费用加计扣除、固定资产", "加速折旧等税收优惠政策，做到应", "享尽享。", "县税务局",
        "县工业和信息化", "局、县科技局", "持续推进",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("县通信发展管理办公室", "lead"), ("中国电信白沙分公司", "support"), ("中国移动白沙分公司", "support"),
             ("中国联通白沙分公司", "support")]),
        (2, [("县税务局", "lead"), ("县工业和信息化局", "support"), ("县科技局", "support")]),
    ]


def test_a_risk_lists_risk_titles_its_row_and_the_control_measures_are_its_text():
    """A 防范化解重大风险 清单 (序号 | 风险点 | 防控措施 | 牵头单位 | 责任单位): each row is named by the risk it guards
    against, as an 整改清单's row by its problem; the 防控措施 are its text. Parted by spaces it reads as by tabs."""
    rows = ["序号  风险点  防控措施  牵头单位  责任单位  完成时限",
            "1  园区债务风险  压降存量债务，严禁新增隐性债务  区财政局  区审计局、区国资办  持续推进"]
    expected = [("", 1, "园区债务风险", [("区财政局", "lead"), ("区审计局", "responsible"), ("区国资办", "responsible")])]
    for table in (rows, [row.replace("  ", "\t") for row in rows]):
        text = "\n".join(["某区防范化解重大风险任务清单", ""] + table) + "\n"
        assert reading(text) == expected
        assert "压降存量债务" in _plan(text).tasks()[0].text
    assert header_kinds(["序号", "风险描述", "防控措施", "责任单位"]) == ["number", "task", "task", "responsible"]


def test_a_space_parted_header_reads_a_column_no_header_word_knows_as_text():
    """A header parted by wide gaps may name a column the lexicon does not know (风险等级): the table is read all the
    same, as a tab-parted one is, and the column's cells stay in the row's text under its name."""
    text = ("某区防范化解重大风险任务清单\n\n"
            "序号  风险点  风险等级  防控措施  牵头单位  责任单位  完成时限\n"
            "1  园区债务风险  较高  压降存量债务  区财政局  区审计局、区国资办  持续推进\n"
            "2  非法集资风险  高  加强涉非监测预警  区金融办  区公安分局  长期坚持\n")
    assert reading(text) == [
        ("", 1, "园区债务风险", [("区财政局", "lead"), ("区审计局", "responsible"), ("区国资办", "responsible")]),
        ("", 2, "非法集资风险", [("区金融办", "lead"), ("区公安分局", "responsible")]),
    ]
    assert "风险等级:较高" in _plan(text).tasks()[0].text


def test_a_text_browsers_save_of_a_web_table_is_read_down_its_columns_counted_on_screen():
    """A web table saved by a text browser (w3m, lynx -dump) pads each cell to its column's edge on screen, where a
    Chinese character takes two columns, and wraps a long cell inside its column: the rest of a cell stands under it
    on the lines below, a name cut at the column's edge (区国资 / 办) is whole again."""
    text = "\n".join([
        "某区防范化解重大风险任务清单",
        "",
        "序号  存在问题          防控措施                    牵头单位      责任单位              完成时限",
        "1     园区债务风险      压降存量债务，严禁新增      区财政局      区审计局、区国资      持续推进",
        "                        隐性债务                                  办、各街道办事处",
        "2     非法集资风险      加强涉非监测预警，依法打击  区金融办      区公安分局、区市场监  长期坚持",
        "                        非法集资犯罪                              管局",
    ])
    assert reading(text) == [
        ("", 1, "园区债务风险", [("区财政局", "lead"), ("区审计局", "responsible"), ("区国资办", "responsible"),
                             ("各街道办事处", "responsible")]),
        ("", 2, "非法集资风险", [("区金融办", "lead"), ("区公安分局", "responsible"), ("区市场监管局", "responsible")]),
    ]
    assert "压降存量债务，严禁新增隐性债务" in _plan(text).tasks()[0].text


def test_a_merged_group_cell_wrapped_two_spaces_after_the_number_stays_in_its_column():
    """A merged 风险领域 cell wrapped in its column (自然灾害 / 和公共卫 / 生) stands two spaces after the 序号 column: a
    piece where the next column begins is that column's, not a line flush left ending the table."""
    text = "\n".join([
        "某区防范化解重大风险任务清单",
        "",
        "序号  风险领域  风险点            防控措施                    牵头单位      责任单位              完成时限",
        "1     经济金融  园区债务风险      压降存量债务，严禁新增      区财政局      区审计局、区国资      持续推进",
        "                                  隐性债务                                  办",
        "2     自然灾害  山洪灾害风险      完善山洪灾害监测预警        区水务局      区应急管理局、各街    汛期前",
        "      和公共卫                                                              道办事处",
        "      生",
        "3               传染病疫情风险    健全传染病监测预警体系      区卫生健康局  区疾控中心            持续推进",
    ])
    assert [(task, title, units) for _, task, title, units in reading(text)] == [
        (1, "园区债务风险", [("区财政局", "lead"), ("区审计局", "responsible"), ("区国资办", "responsible")]),
        (2, "山洪灾害风险", [("区水务局", "lead"), ("区应急管理局", "responsible"), ("各街道办事处", "responsible")]),
        (3, "传染病疫情风险", [("区卫生健康局", "lead"), ("区疾控中心", "responsible")]),
    ]
    assert [title for _, title in sections(text)] == ["经济金融", "自然灾害和公共卫生"]


def test_a_space_parted_table_goes_on_past_a_page_number_and_its_header_printed_again():
    """A table printed over two pages: between its rows a page number (— 2 —) between blank lines and the header
    printed again at the next page's top; the rows go on under them with the next 序号. A blank line alone ends it."""
    head = "序号  存在问题      防控措施              牵头单位  责任单位"
    rows = ["1     园区债务风险  压降存量债务          区财政局  区审计局",
            "2     非法集资风险  加强涉非监测预警      区金融办  区公安分局"]
    after = ["3     山洪灾害风险  完善山洪灾害监测预警  区水务局  区应急管理局"]
    expected = [(1, "园区债务风险", [("区财政局", "lead"), ("区审计局", "responsible")]),
                (2, "非法集资风险", [("区金融办", "lead"), ("区公安分局", "responsible")]),
                (3, "山洪灾害风险", [("区水务局", "lead"), ("区应急管理局", "responsible")])]
    for page_break in (["", "                — 2 —", "", head], ["", "— 2 —", ""], ["", head]):
        text = "\n".join(["某区防范化解重大风险任务清单", "", head] + rows + page_break + after)
        assert [(task, title, units) for _, task, title, units in reading(text)] == expected
    text = "\n".join(["某区防范化解重大风险任务清单", "", head] + rows + ["", "3     以上任务请抓好落实。"])
    assert [task for _, task, _, _ in reading(text)] == [1, 2]


def test_a_space_parted_table_goes_on_past_a_page_break_that_opens_the_next_page_with_a_group_row():
    """A grouped table printed over two pages: after the page number (— 3 —) and/or the header printed again, the
    next page opens with a group row (二、设施养护行动), not with the next 序号. The rows go on under the group row, in
    its section; a group row under the page break with no next 序号 under it does not carry the table on."""
    head = "序号  重点任务  2025年  2026年  2027年  牵头单位  责任单位"
    rows = ["一、市容提升行动",
            "1  整治主次干道  完成整治20条  完成整治30条  全面达标  市城市管理局  各区人民政府",
            "2  改造背街小巷  完成改造50条  完成改造60条  应改尽改  市住房和城乡建设局  市财政局"]
    after = ["二、设施养护行动",
             "3  养护城市道路  制定养护标准  标准全覆盖  建立评价体系  市城市管理局  市财政局",
             "4  改造地下管网  改造管网80公里  改造管网90公里  全面完成改造  市水务局  市住房和城乡建设局"]
    for page_break in (["", "— 3 —", ""], ["", "— 3 —", "", head], ["", head]):
        text = "\n".join(["某市城市管理三年行动任务分解表", head] + rows + page_break + after)
        assert [(section, task, title, units) for section, task, title, units in reading(text)][2:] == [
            ("二", 3, "养护城市道路", [("市城市管理局", "lead"), ("市财政局", "responsible")]),
            ("二", 4, "改造地下管网", [("市水务局", "lead"), ("市住房和城乡建设局", "responsible")])]
    text = "\n".join(["某市城市管理三年行动任务分解表", head] + rows + ["", "— 3 —", "", "二、保障措施",
                                                               "各单位要加强组织领导，确保任务落实。"])
    assert [task for _, task, _, _ in reading(text)] == [1, 2]


def test_a_space_parted_table_goes_on_past_its_header_printed_again_with_other_gaps():
    """A copy whose cells only spaces part lays each page out anew: the header printed again after the page number
    has the same words with wider or narrower gaps between them. It is the header all the same, and the rows go on."""
    text = "\n".join([
        "某区安全生产专项整治任务清单",
        "序号  整治任务    牵头单位  责任单位",
        "1  排查燃气管道  区住建局  各街道办事处",
        "2  整治电动车充电  区消防救援大队  区商务局",
        "3  检查人员密集场所  区消防救援大队  各街道办事处",
        "4  排查危化品仓库  区应急管理局  区公安分局",
        "", "— 2 —", "",
        "序号    整治任务  牵头单位    责任单位",
        "5  清理消防通道  区应急管理局  区城管局",
    ])
    assert [(task, title, units) for _, task, title, units in reading(text)][3:] == [
        (4, "排查危化品仓库", [("区应急管理局", "lead"), ("区公安分局", "responsible")]),
        (5, "清理消防通道", [("区应急管理局", "lead"), ("区城管局", "responsible")]),
    ]


def test_a_space_parted_table_a_year_target_that_reads_like_a_deadline_or_units_stays_in_its_column():
    """分年度目标 columns (2025年 | 2026年 | 2027年) hold targets, and a target may read like a deadline word (持续巩固提升)
    or a list of units (平台覆盖市、区、街道三级). In a row with a piece for each column the target stays in its year
    column: it and the targets left of it do not join the task's title, and the units stay in their columns."""
    text = "\n".join([
        "某市城市管理三年行动任务分解表",
        "序号  重点任务  2025年  2026年  2027年  牵头单位  责任单位",
        "1  治理占道经营  打造便民摊点群20个  打造便民摊点群30个  持续巩固提升  各区人民政府  市城市管理局",
        "2  建设城市运行管理服务平台  完成平台一期建设  完成平台二期建设  平台覆盖市、区、街道三级  市城市管理局  市数据局",
        "3  改造地下管网  改造管网80公里  改造管网90公里  全面完成改造  市水务局  市住房和城乡建设局",
    ])
    assert [(task, title, units) for _, task, title, units in reading(text)] == [
        (1, "治理占道经营", [("各区人民政府", "lead"), ("市城市管理局", "responsible")]),
        (2, "建设城市运行管理服务平台", [("市城市管理局", "lead"), ("市数据局", "responsible")]),
        (3, "改造地下管网", [("市水务局", "lead"), ("市住房和城乡建设局", "responsible")]),
    ]


def test_one_cell_per_line_a_column_word_after_a_whole_column_name_is_a_column_of_its_own():
    """活动内容 / 时间 copied one cell per line: 活动内容 already ends in a column's word (内容), so 时间 after it names
    the next column, not the tail of 活动内容 (as 时限 is the tail of 完成). The row keeps its name, its content, its
    date and its units each in its own column."""
    text = "\n".join([
        "某区“质量月”活动安排表", "序号", "活动名称", "活动内容", "时间", "主办单位", "承办单位",
        "1", "质量开放日", "开放检测实验室。", "9月", "区市场监管局", "区计量所",
        "2", "质量知识竞赛", "开展有奖竞答。", "9月中旬", "区质量协会", "区科协",
    ])
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "质量开放日", [("区市场监管局", "lead"), ("区计量所", "responsible")]),
        (2, "质量知识竞赛", [("区质量协会", "lead"), ("区科协", "responsible")]),
    ]


def test_one_cell_per_line_a_column_word_after_a_name_column_is_a_column_of_its_own():
    """活动名称 / 时间 copied one cell per line: a …名称 cell names a column whole (the thing each row is about), so 时间
    after it names the next column, not the tail of 活动名称 (活动名称时间 would be one deadline column and no task)."""
    text = "\n".join([
        "某市促销活动安排表", "序号", "活动名称", "时间", "主办单位", "承办单位", "协办单位",
        "1", "春季家居节", "3月", "市商务局", "各县（市、区）人民政府", "市市场监管局",
        "2", "夜市美食周", "5月", "市文化旅游局", "东湖区人民政府", "市公安局",
    ])
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "春季家居节", [("市商务局", "lead"), ("各县（市、区）人民政府", "responsible"), ("市市场监管局", "support")]),
        (2, "夜市美食周", [("市文化旅游局", "lead"), ("东湖区人民政府", "responsible"), ("市公安局", "support")]),
    ]


def test_one_cell_per_line_a_place_named_like_a_body_stays_in_its_place_column():
    """地点 before 主办单位 / 承办单位 / 协办单位, one cell per line: a place named as a body is (市博览中心, 市科学馆) reads as
    a unit, so the row holds one unit more than its unit columns. The cells are placed by their place in the row: the
    line after the date (its rest a narrow column cut, 3月1日—3 / 月10日, joined back) is the place, no unit, and the
    lines after it the units (a name the column cut joined back)."""
    text = "\n".join([
        "某市促销活动安排表", "序号", "活动名称", "时间", "地点", "主办单位", "承办单位", "协办单位",
        "1", "春季车展", "3月1日—3", "月10日", "市博览中心", "市商务局", "市汽车行业协", "会", "市广播电视台",
        "2", "夏夜美食节", "6月", "滨江步行街", "东湖区人民政府", "市餐饮协会", "市公安局",
        "3", "科普周", "8月", "市科学馆", "市科协", "市教育局", "市广播电视台",
    ])
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "春季车展", [("市商务局", "lead"), ("市汽车行业协会", "responsible"), ("市广播电视台", "support")]),
        (2, "夏夜美食节", [("东湖区人民政府", "lead"), ("市餐饮协会", "responsible"), ("市公安局", "support")]),
        (3, "科普周", [("市科协", "lead"), ("市教育局", "responsible"), ("市广播电视台", "support")]),
    ]


def test_one_cell_per_line_a_place_wrapped_over_two_lines_is_one_place():
    """地点 before the unit columns, a narrow column wrapping the place over two lines (东湖家居 / 商场): the line after
    the place's first, no body's name, with one line more than the unit columns after it, is the place's rest, and the
    units keep their columns."""
    text = "\n".join([
        "某市促销活动安排表", "序号", "活动名称", "时间", "地点", "主办单位", "承办单位", "协办单位",
        "1", "家居消费节", "9月", "东湖家居", "商场", "市商务局", "市家居商会", "市住房城乡建设局",
        "2", "夏夜美食节", "6月", "滨江步行街", "东湖区人民政府", "市餐饮协会", "市公安局",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("市商务局", "lead"), ("市家居商会", "responsible"), ("市住房城乡建设局", "support")]),
        (2, [("东湖区人民政府", "lead"), ("市餐饮协会", "responsible"), ("市公安局", "support")]),
    ]


def test_one_cell_per_line_month_rows_between_the_rows_head_groups():
    """An 活动安排表 groups its rows by month, each month (1月 / 2月) a row across the table before its rows: between a
    full row and the next 序号 it heads a group, right after the header it is the first group's row, no header cell. A
    row's own 时间 that is a bare month (2月, the row still owing its place and units) stays the row's cell."""
    text = "\n".join([
        "某市促销活动安排表", "序号", "活动名称", "时间", "地点", "主办单位", "承办单位", "协办单位",
        "1月", "1", "新春车展", "1月10日", "滨江广场", "市商务局", "市汽车行业协会", "市广播电视台",
        "2月", "2", "元宵灯会", "2月", "古镇景区", "市文化旅游局", "东湖区人民政府", "市公安局",
        "3", "家电促销月", "2月下旬", "全市商场", "市商务局", "市家电协会", "市财政局",
    ])
    assert [title for _, title in sections(text)] == ["1月", "2月"]
    assert [(section, n, title) for section, n, title, _ in reading(text)] == [
        ("一", 1, "新春车展"), ("二", 2, "元宵灯会"), ("二", 3, "家电促销月"),
    ]
    assert [units for _, n, _, units in reading(text) if n == 2] == [
        [("市文化旅游局", "lead"), ("东湖区人民政府", "responsible"), ("市公安局", "support")]]


def test_one_cell_per_line_the_units_after_a_row_s_date_are_still_its_cells():
    """时间 before 主办单位 / 承办单位 / 协办单位, one cell per line: a row whose name and content wrapped (质量标兵评选 / 活动
    and its content over two lines) has as many lines as columns at its date, yet its three unit cells are still due
    after it. The last row's units are not lost, nor read as text after the table."""
    text = "\n".join([
        "某区“质量月”活动安排表", "序号", "活动名称", "活动内容", "时间", "主办单位", "承办单位", "协办单位",
        "1", "质量开放日", "开放检测实验室。", "9月", "区市场监管局", "区计量所", "区科协",
        "2", "质量标兵评选", "活动", "评选质量标兵10名，", "发布先进事迹。", "9月下旬", "区总工会", "区质量协会", "区工商联",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("区市场监管局", "lead"), ("区计量所", "responsible"), ("区科协", "support")]),
        (2, [("区总工会", "lead"), ("区质量协会", "responsible"), ("区工商联", "support")]),
    ]


def test_one_cell_per_line_a_unit_list_broken_after_its_enumeration_comma_goes_on():
    """A narrow unit column wraps a list of two names after its 、 (区教育局、 / 区市场监管局): no cell ends in a 、, so
    the next line is the same cell, though each line reads as a whole name."""
    text = "\n".join([
        "某区“质量月”活动安排表", "序号", "活动名称", "活动内容", "时间", "主办单位", "承办单位", "协办单位",
        "1", "科普课堂", "开展质量科普进课堂活动。", "9月", "区教育局、", "区市场监管局", "区科技馆", "区科协",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("区教育局", "lead"), ("区市场监管局", "lead"), ("区科技馆", "responsible"), ("区科协", "support")]),
    ]


def test_one_cell_per_line_more_unit_lines_than_unit_columns_join_a_place_to_its_body():
    """A row with more unit lines after its date than unit columns: a narrow column cut a name where both halves read
    as names. A place waiting for its body (各县（市、区） / 农业服务中心) or a name cut past 社 (区人力资源社 / 会保障局, the
    line before it the date, so no width to compare) is one name. With as many lines as columns each stays a cell."""
    text = "\n".join([
        "某区“质量月”活动安排表", "序号", "活动名称", "活动内容", "时间", "主办单位", "承办单位", "协办单位",
        "1", "农产品宣传周", "开展农产品质量宣传。", "9月", "区农业农村局", "各县（市、区）", "农业服务中心", "区市场监管局",
        "2", "技能竞赛", "开展质量技能比武。", "9月下旬", "区人力资源社", "会保障局", "区总工会", "区工商联",
        "3", "质量开放日", "开放检测实验室。", "9月", "区市场监管局", "各县（市、区）", "区科协",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("区农业农村局", "lead"), ("各县（市、区）农业服务中心", "responsible"), ("区市场监管局", "support")]),
        (2, [("区人力资源社会保障局", "lead"), ("区总工会", "responsible"), ("区工商联", "support")]),
        (3, [("区市场监管局", "lead"), ("各县（市、区）", "responsible"), ("区科协", "support")]),
    ]


def test_one_cell_per_line_a_wrapped_name_column_quoting_a_slogan_with_its_marks_keeps_its_lines():
    """活动名称 | 活动内容 one cell per line, the name wrapped over three lines as wide as one another and quoting a
    slogan with its own 、 (质量宣传“进企 / 业、进社区”活 / 动): marks inside the quotes are the slogan's, not a
    sentence's, so the name ends where its lines end and the content opens the next column."""
    text = "\n".join([
        "某区“质量月”活动安排表", "序号", "活动名称", "活动内容", "时间", "主办单位", "承办单位", "协办单位",
        "1", "质量宣传“进企", "业、进社区”活", "动", "组织专家深入企业、社区，", "开展质量知识宣讲。", "9月",
        "区市场监管局", "区教育局", "区科协",
    ])
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "质量宣传“进企业、进社区”活动",
         [("区市场监管局", "lead"), ("区教育局", "responsible"), ("区科协", "support")]),
    ]


def test_one_cell_per_line_a_body_s_other_name_in_brackets_wrapped_after_it_stays_its_name():
    """A body with a second name in brackets (区市场监管局（区知识产权局）) wrapped by a narrow unit column: the bracket
    opens the next line and is cut again (（区知识产权 / 局）). It is the same cell's name, not the next column's."""
    text = "\n".join([
        "某区“质量月”活动安排表", "序号", "活动名称", "活动内容", "时间", "主办单位", "承办单位", "协办单位",
        "1", "知识产权服务", "开展专利导航服务。", "9月", "区市场监管局", "（区知识产权", "局）", "区知识产权中心", "/",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("区市场监管局（区知识产权局）", "lead"), ("区知识产权中心", "responsible")]),
    ]


# ---------------------------------------------------------------- a 牵头单位 merged down its group, one cell per line

def _merged_lead_table(*, note: bool = False, later_rows: int = 2) -> str:
    """序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 one cell per line, the 牵头单位 printed on the group's first row
    only: each later row holds one unit cell, its 配合单位."""
    later = [
        ["2", "规范公厕保洁管理。", "市住建局", "6月底前"],
        ["3", "整治集贸市场环境。", "市商务局、市监局", "9月底前"],
    ][:later_rows]
    return "\n".join([
        "序号", "工作任务", "牵头单位", "配合单位", "完成时限",
        "一、市容卫生",
        "1", "加强街巷清扫保洁。", "市城管局", "各区政府", "6月底前",
        *[cell for row in later for cell in row],
        "",
        *(["说明：牵头单位为合并单元格的，该类别下各项任务牵头单位相同。"] if note else []),
    ])


def test_one_cell_per_line_a_lead_merged_down_its_group_is_carried_to_its_later_rows():
    """The group's first row holds both units and each later row one: the rows show the lead merged down the group,
    the lone cell is the row's 配合单位 and the group's lead is the row's too."""
    assert [units for _, _, _, units in reading(_merged_lead_table())] == [
        [("市城管局", "lead"), ("各区政府", "support")],
        [("市城管局", "lead"), ("市住建局", "support")],
        [("市城管局", "lead"), ("市商务局", "support"), ("市监局", "support")],
    ]


def test_one_cell_per_line_a_note_saying_the_lead_is_merged_carries_it_to_a_single_short_row():
    """One later row holding one unit cell is as likely a 牵头单位 with an empty 配合单位: read so, and said; a note
    under the table saying the 牵头单位 cells are merged settles it."""
    plain = _merged_lead_table(later_rows=1)
    assert reading(plain)[1][3] == [("市住建局", "lead")]
    (plan_text,) = read_bytes(plain.encode("utf-8"), "table.txt")
    assert any("'市住建局' stands alone in its row" in message for _, message in plan_text.notes)
    noted = _merged_lead_table(later_rows=1, note=True)
    assert reading(noted)[1][3] == [("市城管局", "lead"), ("市住建局", "support")]
    (plan_text,) = read_bytes(noted.encode("utf-8"), "table.txt")
    assert not any("stands alone" in message for _, message in plan_text.notes)



def test_tabs_an_empty_responsible_cell_beside_the_rows_own_lead_is_no_unit_and_is_said():
    """A 重点项目 table shows merged cells (牵头单位 blank under row 1), yet leaves the 属地责任单位 of a county-wide
    facility blank under its own 牵头单位: that row writes its lead anew, so its blank cell names no unit, and the
    reader says so (a merged cell copies the same way). Rows with no lead of their own still share the cells above."""
    text = "\n".join([
        "某县2031年重点项目任务分解表",
        "序号\t项目名称\t牵头单位\t配合单位\t属地责任单位",
        "1\t智能制造产业园\t县工信局\t县规划局\t青石镇人民政府",
        "2\t新材料产业园\t\t县财政局\t柳塘经济开发区管委会",
        "3\t物流园二期\t\t\t",
        "4\t县城供水厂扩建\t县住建局\t县水务局\t",
        "5\t北山旅游环线\t县交通局\t县文旅局\t石门镇人民政府",
    ])
    assert [sorted(units) for _, _, _, units in reading(text)] == [
        [("县工信局", "lead"), ("县规划局", "support"), ("青石镇人民政府", "responsible")],
        [("县工信局", "lead"), ("县财政局", "support"), ("柳塘经济开发区管委会", "responsible")],
        [("县工信局", "lead"), ("县财政局", "support"), ("柳塘经济开发区管委会", "responsible")],
        [("县住建局", "lead"), ("县水务局", "support")],
        [("县交通局", "lead"), ("县文旅局", "support"), ("石门镇人民政府", "responsible")]]
    assert [n.text for n in _plan(text).readings if n.kind == "table"] == [
        "empty 属地责任单位 cell beside the row's own lead: read as no unit, not as the cell above "
        "('柳塘经济开发区管委会') merged down"]


def test_tabs_a_collective_of_places_merged_down_beside_leads_of_their_own_is_every_rows():
    """A province's 分解表 merges 各县（市、区）人民政府 down its 责任单位 column beside rows each led apart: the copy
    keeps it in the first row only, and every row below takes it (a named body above, or a list mixing one, does not
    carry beside a row's own lead)."""
    text = "\n".join([
        "某省2031年重点任务分解表",
        "序号\t重点任务\t牵头单位\t责任单位",
        "1\t推进高标准农田建设\t省农业农村厅\t各市人民政府",
        "2\t推进农村公路建设\t省交通运输厅\t",
        "3\t推进城镇老旧小区改造\t省住房城乡建设厅\t省财政厅、各市人民政府",
        "4\t推进县域商业体系建设\t省商务厅\t",
        "5\t推进公共文化建设\t省文化和旅游厅\t各市人民政府",
    ])
    assert [units for _, _, _, units in reading(text)][:4] == [
        [("省农业农村厅", "lead"), ("各市人民政府", "responsible")],
        [("省交通运输厅", "lead"), ("各市人民政府", "responsible")],
        [("省住房城乡建设厅", "lead"), ("省财政厅", "responsible"), ("各市人民政府", "responsible")],
        [("省商务厅", "lead")]]


def test_one_cell_per_line_rows_with_a_lone_unit_cell_under_a_short_first_row_keep_it_as_their_lead():
    """A group whose first row holds one unit cell too shows no merged lead: each lone cell stays the row's lead."""
    text = "\n".join([
        "序号", "工作任务", "牵头单位", "配合单位", "完成时限",
        "一、市容卫生",
        "1", "加强街巷清扫保洁。", "市城管局", "6月底前",
        "2", "规范公厕保洁管理。", "市住建局", "6月底前",
        "3", "整治集贸市场环境。", "市商务局", "市监局", "9月底前",
    ])
    assert [units for _, _, _, units in reading(text)] == [
        [("市城管局", "lead")], [("市住建局", "lead")], [("市商务局", "lead"), ("市监局", "support")]]
    (plan_text,) = read_bytes(text.encode("utf-8"), "table.txt")
    assert not any("stands alone" in message for _, message in plan_text.notes)


def test_one_cell_per_line_a_lead_merged_down_a_lead_and_responsible_table_is_carried():
    """A county's 任务清单 names its second unit column 责任单位: the 牵头单位 merged down a group's rows leaves each
    later row its lone 责任单位 cell, as under 牵头单位 | 配合单位; the group's lead is carried down to it."""
    text = "\n".join([
        "序号", "重点任务", "牵头单位", "责任单位", "完成时限",
        "一、压实安全责任",
        "1", "制定年度工作要点", "县应急局", "县安委会各成员单位", "3月底前",
        "2", "落实属地管理责任", "各乡镇政府", "6月底前",
        "3", "开展安全巡查", "县安委会各成员单位、各乡镇政府", "9月底前",
        "二、整治重点行业",
        "4", "排查燃气管道", "县住建局", "各乡镇政府", "6月底前",
        "5", "整治瓶装液化气", "县市监局", "9月底前",
        "",
    ])
    assert [units for _, _, _, units in reading(text)] == [
        [("县应急局", "lead"), ("县安委会各成员单位", "responsible")],
        [("县应急局", "lead"), ("各乡镇政府", "responsible")],
        [("县应急局", "lead"), ("县安委会各成员单位", "responsible"), ("各乡镇政府", "responsible")],
        [("县住建局", "lead"), ("各乡镇政府", "responsible")],
        [("县住建局", "lead"), ("县市监局", "responsible")],
    ]


def test_one_cell_per_line_a_row_with_no_unit_cell_under_a_merged_lead_shares_both_merged_cells():
    """Both unit cells merged over a row leave it no unit line: beside rows of one unit cell under a merged lead it
    agrees with the merged lead, and shares the 牵头单位 and 配合单位 above."""
    text = "\n".join([
        "序号", "重点任务", "牵头单位", "配合单位", "完成时限",
        "一、压实安全责任",
        "1", "制定年度工作要点", "县应急局", "县安委会各成员单位", "3月底前",
        "2", "落实属地管理责任", "各乡镇政府", "6月底前",
        "3", "开展安全巡查", "9月底前",
        "二、整治重点行业",
        "4", "排查燃气管道", "县住建局", "各乡镇政府", "6月底前",
        "5", "整治瓶装液化气", "县市监局", "9月底前",
        "",
    ])
    assert [units for _, _, _, units in reading(text)] == [
        [("县应急局", "lead"), ("县安委会各成员单位", "support")],
        [("县应急局", "lead"), ("各乡镇政府", "support")],
        [("县应急局", "lead"), ("各乡镇政府", "support")],
        [("县住建局", "lead"), ("各乡镇政府", "support")],
        [("县住建局", "lead"), ("县市监局", "support")],
    ]


def test_one_cell_per_line_a_lead_merged_down_a_run_of_rows_partway_through_a_group_is_carried():
    """A merged 牵头单位 spans a run of rows, not always a whole 一、 group: a row printing both unit cells starts a
    run (rows 1 and 4 here), and the lone cells of the rows after it, up to the next such row, are their 配合单位."""
    text = "\n".join([
        "序号", "重点任务", "牵头单位", "配合单位", "完成时限",
        "一、压实安全责任",
        "1", "制定年度工作要点", "县应急局", "县安委会各成员单位", "3月底前",
        "2", "落实属地管理责任", "各乡镇政府", "6月底前",
        "3", "开展安全巡查", "县公安局、各乡镇政府", "9月底前",
        "4", "开展安全培训", "县人社局", "县教体局", "10月底前",
        "5", "开展职业技能竞赛", "县总工会", "11月底前",
        "二、整治重点行业",
        "6", "排查燃气管道", "县住建局", "各乡镇政府", "6月底前",
        "7", "整治瓶装液化气", "县市监局", "9月底前",
        "",
    ])
    assert [units for _, _, _, units in reading(text)] == [
        [("县应急局", "lead"), ("县安委会各成员单位", "support")],
        [("县应急局", "lead"), ("各乡镇政府", "support")],
        [("县应急局", "lead"), ("县公安局", "support"), ("各乡镇政府", "support")],
        [("县人社局", "lead"), ("县教体局", "support")],
        [("县人社局", "lead"), ("县总工会", "support")],
        [("县住建局", "lead"), ("各乡镇政府", "support")],
        [("县住建局", "lead"), ("县市监局", "support")],
    ]


_MERGED_SUPPORT_TABLE = ("序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
                         "1\t推进老旧管网改造\t市住建局\t各县区政府\t12月底前\n"
                         "2\t更新环卫作业车辆\t市城管局\t\t10月底前\n"
                         "3\t推进供水设施更新\t市水利局\t\t11月底前\n"
                         "4\t加强商品质量监管\t市市监局\t/\t持续推进\n"
                         "5\t更新执法记录设备\t市公安局\t\t9月底前\n")


def test_tabs_a_support_cell_the_notice_says_is_merged_covers_the_rows_under_it():
    """A 配合单位 merged over rows that each print their own 牵头单位 keeps its value in the top row only when pasted:
    an empty 配合单位 is read as none, unless the document says the column's merged cells cover their rows; then it
    is the one above (a `/` cell is a row's own none, and covers the row under it likewise)."""
    notice = "某市设备更新工作方案\n分解表中“配合单位”栏为合并单元格的，对所涵盖的各项任务均适用。\n"
    assert [units for _, _, _, units in reading(notice + _MERGED_SUPPORT_TABLE + "\n")] == [
        [("市住建局", "lead"), ("各县区政府", "support")],
        [("市城管局", "lead"), ("各县区政府", "support")],
        [("市水利局", "lead"), ("各县区政府", "support")],
        [("市市监局", "lead")],
        [("市公安局", "lead")],
    ]
    plain = "某市设备更新工作方案\n各配合单位要积极支持。\n"
    assert [units for _, _, _, units in reading(plain + _MERGED_SUPPORT_TABLE + "\n")][1:3] == [
        [("市城管局", "lead")], [("市水利局", "lead")]]
# ---------------------------------------------------------------- a table with no 序号 after the plan's own tasks

def test_rows_of_a_table_without_numbers_are_numbered_by_their_place_in_the_plan():
    """A 数据推送 table with no 序号 column set after the plan's numbered duties: the reader's count of its rows (1, 2)
    would repeat the duties' numbers; the rows are tasks printed without a number, numbered by their place among the
    plan's tasks (3, 4), labelled "" as a paragraph, and the reading notes say so."""
    text = ("某区防止返贫监测方案\n一、部门职责\n（一）区农业农村局：负责统筹协调。\n（二）区人社局：负责就业帮扶。\n"
            "二、数据推送\n部门\t推送内容\t推送频次\n区人社局\t失业人员信息\t每月\n区医保局\t大额医疗费用信息\t每季度\n")
    (plan_text,) = read_bytes(text.encode("utf-8"), "table.txt")
    plan = parse_plan(plan_text)
    tasks = plan.tasks()
    assert [(t.number, t.label, t.title) for t in tasks] == [
        (1, "（一）", "负责统筹协调"), (2, "（二）", "负责就业帮扶"), (3, "", "失业人员信息"), (4, "", "大额医疗费用信息")]
    assert lost_text(plan_text, plan) is None  # the reader's count before each row is no text of the plan's
    assert [(a.name, a.role) for a in tasks[2].assignments] == [("区人社局", "responsible")]
    assert [(a.name, a.role) for a in tasks[3].assignments] == [("区医保局", "responsible")]
    assert any("2 tasks carry no printed number (table rows without 序号)" in n.text for n in plan.readings)
    assert not any("numbering" in w for w in plan.warnings)


def test_a_table_with_its_own_numbers_after_the_plans_tasks_keeps_them():
    """The same table printing its 序号 keeps the numbers it prints (1, 2), as any printed number."""
    text = ("某区防止返贫监测方案\n一、部门职责\n（一）区农业农村局：负责统筹协调。\n"
            "二、数据推送\n序号\t工作任务\t责任单位\t完成时限\n1\t失业人员信息\t区人社局\t每月\n2\t大额医疗费用信息\t区医保局\t每季度\n")
    tasks = _plan(text).tasks()
    assert [(t.number, t.label) for t in tasks] == [(1, "（一）"), (1, "1."), (2, "2.")]


# ---------------------------------------------------------------- one cell per line, the column of bodies first

@pytest.mark.parametrize("header", ["部门\n推送内容\n推送频次", "报送单位\n报送内容\n报送时间", "责任单位\n工作任务\n完成时限"])
def test_a_table_one_cell_per_line_with_its_bodies_first_and_no_number_is_read(header):
    """A data-push or reporting table (部门 / 推送内容 / 推送频次) pasted one cell per line, the column of bodies first and
    no 序号: 部门 / 报送单位 alone opens the header (the column of bodies each row is about, as beside the work in a
    delimited table), and the body's name under the header (区卫健局) is the first row's cell, not one more column
    name, so no row is cut one cell late."""
    text = ("某区防止返贫监测方案\n一、数据推送\n" + header + "\n区卫健局\n大病患者救治信息\n每季度\n"
            "区住建局\n农村危房鉴定信息\n每月\n区残联\n新增残疾人信息\n每月\n二、保障措施\n加强组织领导。\n")
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "大病患者救治信息", [("区卫健局", "responsible")]),
        (2, "农村危房鉴定信息", [("区住建局", "responsible")]),
        (3, "新增残疾人信息", [("区残联", "responsible")])]


def test_a_stretch_column_with_no_task_column_titles_the_rows_and_the_legend_stays_the_tables():
    """A road's, a river's or a grid's 联动分工表 parts the work by stretch (序号 | 路段 | 责任单位 | 联络人 | 值班电话):
    with no task column the one place column is what each row's units answer for and titles the row; beside a task
    column it stays the row's place (整治路段（区域）, above). The legend under the annex's caption (列第一位的为牵头单位)
    is the table's rule, and the plan above keeps its bare pair responsible."""
    from generator.source.corpus import parse_text

    def _units(task):
        return [(a.name, a.role) for a in task.assignments]

    main, table = parse_text("\n".join([
        "某市春节期间高速公路保畅通工作方案", "一、重点任务",
        "1.加强志愿服务。在服务区设立志愿服务站。（团甲委、市乙局，高速公司各管理中心落实）",
        "附件", "某市春节期间高速公路联动分工表", "（各路段责任单位中列第一位的为牵头单位）",
        "序号\t路段\t责任单位\t联络人\t值班电话",
        "1\tG99甲高速北收费站至城北枢纽（K10—K46）\t市甲大队一中队、高速公司北区管理中心\t周某某\t0579-86231101",
        "2\tS99乙高速西互通至乙收费站（K0—K38）\t高速公司西区管理中心、乙县人民政府\t郑某某、陈某\t0579-86231103",
    ]))
    assert [_units(t) for t in main.tasks()] == [[("团甲委", "responsible"), ("市乙局", "responsible"),
                                                   ("高速公司各管理中心", "implement")]]
    assert [(t.title, _units(t)) for t in table.tasks()] == [
        ("G99甲高速北收费站至城北枢纽（K10—K46）", [("市甲大队一中队", "lead"), ("高速公司北区管理中心", "responsible")]),
        ("S99乙高速西互通至乙收费站（K0—K38）", [("高速公司西区管理中心", "lead"), ("乙县人民政府", "responsible")])]
    assert header_kinds(["序号", "路段", "责任单位"])[1] == "task"
    assert header_kinds(["序号", "整治路段", "整治内容", "责任单位"])[1] == "extra"


def test_a_sector_column_with_no_task_column_titles_the_rows():
    """A 三管三必须 监管职责清单 sets one sector a row under 行业领域 (监管领域), its units beside it: with no other
    column naming the rows the sector is each row's task, not a group merged over them (the table was lost whole).
    Beside a task column a 领域 column still groups the rows."""
    assert reading("\n".join([
        "某县安全生产部门监管职责清单",
        "序号\t行业领域\t监管部门\t配合部门",
        "1\t非煤矿山\t县甲局\t县乙局",
        "2\t特种设备\t县丙局\t县丁局",
    ])) == [("", 1, "非煤矿山", [("县甲局", "responsible"), ("县乙局", "support")]),
            ("", 2, "特种设备", [("县丙局", "responsible"), ("县丁局", "support")])]
    assert header_kinds(["序号", "监管领域", "责任单位"])[1] == "task"
    assert header_kinds(["重点领域", "序号", "工作任务", "责任单位"])[0] == "group"


def test_an_inspected_object_column_with_no_task_column_titles_the_rows():
    """A 重点检查安排表 often names each row by what is inspected (检查对象, 督查对象) beside its time and units, with no
    检查内容 column: with no other column naming the rows the object is the row's task and title, and a body inspected
    there is no unit of the row. Beside a 抽查事项 it stays a note (a 双随机 plan's 抽查对象)."""
    assert reading("\n".join([
        "某镇节前重点检查安排表",
        "序号\t检查时间\t检查对象\t牵头单位\t参加单位",
        "1\t1月20日\t辖区加油站\t镇甲办\t镇乙所、镇丙所",
        "2\t1月21日\t农贸市场、超市\t镇丙所\t镇丁院",
    ])) == [("", 1, "辖区加油站", [("镇甲办", "lead"), ("镇乙所", "support"), ("镇丙所", "support")]),
            ("", 2, "农贸市场、超市", [("镇丙所", "lead"), ("镇丁院", "support")])]
    assert reading("\n".join([
        "某县专项督查安排表",
        "序号\t督查对象\t责任单位",
        "1\t县甲局\t县委督查室",
        "2\t县乙局\t县委督查室",
    ])) == [("", 1, "县甲局", [("县委督查室", "responsible")]), ("", 2, "县乙局", [("县委督查室", "responsible")])]
    assert header_kinds(["序号", "抽查事项", "抽查对象", "责任单位"])[2] == "extra"


def test_a_second_citation_line_of_a_source_cell_goes_on_the_cell_not_a_group_row():
    """A Word table saved as text writes a 职责依据 cell of two citations as two lines, the second with no tab and no
    stop (《…》第十条第二款): it is that cell's paragraph, not a group row (which ended the table before the next real
    group row and lost its rows)."""
    text = "\n".join([
        "某县安全生产部门监管职责清单",
        "序号\t监管事项\t监管部门\t配合部门\t职责依据",
        "一、工矿商贸（2项）",
        "1\t非煤矿山\t县甲局\t县乙局\t《某矿山安全法》第四条",
        "《某安全生产法》第十条第二款",
        "2\t烟花爆竹\t县甲局\t县丙局\t《某爆竹管理条例》第四条",
        "《某省安全生产条例》第十条",
        "二、交通运输（1项）",
        "3\t道路运输\t县丁局\t县丙局\t《某运输条例》第七条",
    ])
    assert sections(text) == [("一", "工矿商贸（2项）"), ("二", "交通运输（1项）")]
    assert reading(text) == [("一", 1, "非煤矿山", [("县甲局", "responsible"), ("县乙局", "support")]),
                             ("一", 2, "烟花爆竹", [("县甲局", "responsible"), ("县丙局", "support")]),
                             ("二", 3, "道路运输", [("县丁局", "responsible"), ("县丙局", "support")])]
    assert "第十条第二款" in _plan(text).sections[0].tasks[0].text


def test_a_document_title_row_under_a_source_cell_groups_the_rows_below_unless_it_is_a_bare_citation():
    """A group row may name the law or report its rows come from (《某法》规定的职责, 《某报告》确定的任务): it goes
    on past the title with words of its own, so it is no citation line of the cell above. Under a 法律依据 cell citing
    no title (第八十六条), or under a 任务来源 column, a 《…》 line is a group row too; only under a 依据 cell opening
    with 《 is a line that is only a citation (《某法》第五条) the cell's next line."""
    by_law = "\n".join([
        "某县安全职责清单",
        "序号\t职责事项\t责任单位\t法律依据",
        "《某安全法》规定的职责",
        "1\t负责安全综合监督\t县甲局\t第十条",
        "2\t负责事故调查处理\t县甲局\t第八十六条",
        "《某消防法》规定的职责",
        "3\t负责消防监督检查\t县乙大队\t第四条",
    ])
    assert sections(by_law) == [("一", "《某安全法》规定的职责"), ("二", "《某消防法》规定的职责")]
    assert [(label, n) for label, n, _, _ in reading(by_law)] == [("一", 1), ("一", 2), ("二", 3)]
    by_source = "\n".join([
        "某县重点任务分解",
        "序号\t工作任务\t牵头单位\t任务来源",
        "《某县工作报告》确定的任务",
        "1\t改造老旧小区50个\t县丙局\t《某县工作报告》",
        "2\t新增城镇就业800人\t县丁局\t《某县工作报告》",
        "《某县全会》确定的任务",
        "3\t植树造林2000亩\t县戊局\t《某县全会报告》",
    ])
    assert sections(by_source) == [("一", "《某县工作报告》确定的任务"), ("二", "《某县全会》确定的任务")]
    cited = "\n".join([
        "某县安全职责清单",
        "序号\t职责事项\t责任单位\t职责依据",
        "《某安全法》规定的职责",
        "1\t负责安全综合监督\t县甲局\t《某安全法》第十条",
        "《某省安全条例》第五条",
        "《某消防法》规定的职责",
        "2\t负责消防监督检查\t县乙大队\t《某消防法》第四条",
    ])
    assert sections(cited) == [("一", "《某安全法》规定的职责"), ("二", "《某消防法》规定的职责")]
    assert [(label, n) for label, n, _, _ in reading(cited)] == [("一", 1), ("二", 2)]


def test_an_article_quoted_in_a_source_column_gives_no_units():
    """A 职责依据 cell quotes a law's article, whose clauses name bodies (公安机关负责…, 其他有关部门依照职责分工…): no
    duty statement of the row, so none of them is a unit; the citation stays in the task's text, on a line of its own
    under its column's name. A scope bracket in the task cell (学校（含幼儿园、校外培训机构）) stays the title's."""
    text = "\n".join([
        "某县安全生产部门监管职责清单",
        "序号\t监管事项\t监管部门\t配合部门\t职责依据",
        "1\t民用爆炸物品\t县甲局\t县乙局\t《某物品安全管理条例》第四条：行业主管部门负责安全监督管理；公安机关负责公共安全管理",
        "2\t养老机构\t县丙局\t县丁局\t《某机构管理办法》第四条：民政部门负责监督管理，其他有关部门依照职责分工对养老机构实施监督",
        "3\t学校（含幼儿园、校外培训机构）\t县戊局\t县乙局\t《某学校安全管理办法》第五条",
    ])
    assert reading(text) == [("", 1, "民用爆炸物品", [("县甲局", "responsible"), ("县乙局", "support")]),
                             ("", 2, "养老机构", [("县丙局", "responsible"), ("县丁局", "support")]),
                             ("", 3, "学校（含幼儿园、校外培训机构）", [("县戊局", "responsible"), ("县乙局", "support")])]
    assert "公安机关负责公共安全管理" in _plan(text).sections[0].tasks[0].text


def test_tab_row_under_merged_number_and_item_closed_by_a_text_column_is_right_aligned():
    """A duty list with a 具体情形 column beside a merged 序号 + 诉求事项 cell, saved with tabs, writes the later 情形 row
    with its own cells only (情形 | 主办 | 协办 | 依据). Its last cell is a law's name under the text column 办理依据, so
    the row is placed where its cells read as their columns: the units under 主办/协办, the missing cells at the left,
    the row one more of item 1's, not a task of its own."""
    text = "\n".join([
        "某市诉求办理职责清单",
        "序号\t诉求事项\t具体情形\t主办单位\t协办单位\t办理依据",
        "1\t物业管理\t物业服务质量\t市住房城乡建设局\t各区人民政府\t《物业管理条例》",
        "物业收费\t市发展改革委\t市住房城乡建设局\t《价格法》",
        "2\t噪声扰民\t施工噪声\t市生态环境局\t市住房城乡建设局\t《噪声法》",
    ])
    read = reading(text)
    assert [(number, title) for _, number, title, _ in read] == [(1, "物业管理"), (2, "噪声扰民")]
    assert read[0][3] == [("市住房城乡建设局", "lead"), ("各区人民政府", "support"),
                          ("市发展改革委", "lead"), ("市住房城乡建设局", "support")]


def test_a_row_whose_unit_cells_are_all_empty_shares_the_merged_support_cell_above():
    """A 清单 pasted as a table writes cells merged over two rows (责任单位, 配合单位, 完成时限) on the top row only: a
    row whose every unit cell is empty shares them all, the support included. A 配合单位 cell empty beside its own row's
    filled 责任单位 means that row has no support: nothing is carried into it."""
    text = ("| 序号 | 问题描述 | 整治措施 | 责任单位 | 配合单位 | 完成时限 |\n"
            "| --- | --- | --- | --- | --- | --- |\n"
            "| 1 | 口袋公园分布不均。 | 建设口袋公园10个。 | 市城市管理局 | 市自然资源和规划局 | 2024年12月底前 |\n"
            "| 2 | 背街小巷环境脏乱。 | 实施背街小巷整治。 |  |  |  |\n"
            "| 3 | 菜市场布局不均衡。 | 改造菜市场5个。 | 市商务局 |  | 2025年6月底前 |\n")
    assert [(n, u) for _, n, _, u in reading(text)] == [
        (1, [("市城市管理局", "responsible"), ("市自然资源和规划局", "support")]),
        (2, [("市城市管理局", "responsible"), ("市自然资源和规划局", "support")]),
        (3, [("市商务局", "responsible")])]


def test_one_cell_per_line_a_measure_cell_over_two_points_takes_no_unit_column():
    """A 清单 copied one cell per line writes a measure cell holding two points (1.…； / 2.…。) one point a line. The
    rows' numbers stand in a 序号 cell of their own, so the 2. line is that cell's next point: not the row's 责任单位
    (here the row's unit cells were merged above and pasted as empty lines), never a row of its own."""
    text = "\n".join([
        "序号", "问题描述", "整治措施", "责任单位", "配合单位", "完成时限",
        "1", "停车泊位不足。", "新增停车泊位200个。", "市交通运输局", "市公安局", "2024年12月底前",
        "2", "人行道破损严重。", "1.修复破损人行道；", "2.规范占道停车。", "", "", "",
        "3", "公厕数量偏少。", "新建公厕8座。", "市城市管理局", "市财政局", "2025年6月底前"])
    assert [(n, t, u) for _, n, t, u in reading(text)] == [
        (1, "停车泊位不足", [("市交通运输局", "responsible"), ("市公安局", "support")]),
        # every unit cell of the row an empty line: the row shares the cells merged over it and the row above
        (2, "人行道破损严重", [("市交通运输局", "responsible"), ("市公安局", "support")]),
        (3, "公厕数量偏少", [("市城市管理局", "responsible"), ("市财政局", "support")])]
    assert "1.修复破损人行道；2.规范占道停车" in find_pasted_tables(text)


def test_one_cell_per_line_a_measure_cell_over_two_points_beside_a_unit_cell_over_two_lines():
    """The same copy where the row's 责任单位 cell also holds two lines: with a line too many, the measure's 2. line
    (the same number as the next row's 序号) still goes on its cell, and the row keeps its units."""
    text = "\n".join([
        "序号", "问题描述", "整治措施", "责任单位", "配合单位", "完成时限",
        "1", "积水点较多。", "1.改造雨水管网；", "2.清淤疏通排水管道。", "市水务局", "各区人民政府", "市住房城乡建设局",
        "2024年10月底前",
        "2", "路灯照明不足。", "增设路灯300盏。", "市城市管理局", "市供电公司", "2025年3月底前"])
    got = reading(text)
    assert [(n, t) for _, n, t, _ in got] == [(1, "积水点较多"), (2, "路灯照明不足")]
    assert {name for name, _ in got[0][3]} == {"市水务局", "各区人民政府", "市住房城乡建设局"}
    assert ("市水务局", "responsible") in got[0][3]
    assert got[1][3] == [("市城市管理局", "responsible"), ("市供电公司", "support")]
    # three unit lines under 责任单位 | 配合单位: which cell ran over two lines is not shown, and the reader says so
    notes = [n.text for n in _plan(text).readings if "3 unit lines under 2 unit columns" in n.text]
    assert len(notes) == 1 and "'各区人民政府'" in notes[0]


def test_one_cell_per_line_a_unit_cell_over_two_lines_before_short_node_cells_keeps_the_row_in_place():
    """A project plan pasted one cell per line whose 责任单位 cell holds two units one under the other: the row has a
    line more than its columns, and its short node cells after the units (完成备案 / 开工建设) read like a name cut at a
    column's edge. The two whole names under the unit columns are one cell; the lead stays the lead, the project keeps
    its title and the investor column its enterprise, and the reader says which column it gave the two lines."""
    text = "\n".join([
        "序号", "项目名称", "投资主体", "包联市领导", "牵头单位", "责任单位", "一季度", "二季度", "三季度",
        "1", "储能电池项目", "甲能源有限公司", "张某（副市长）", "市甲局", "市乙局、市丙局", "完成签约", "开工建设", "主体施工",
        "2", "光伏发电项目", "乙电力有限公司", "张某（副市长）", "某某县人民政府", "市乙局", "市丁局", "完成备案", "开工建设",
        "并网发电",
        "3", "冷链物流项目", "丙物流有限公司", "李某（副市长）", "市戊局", "市己局", "完成供地", "开工建设", "投入运营"])
    got = reading(text)
    assert [(n, t, u) for _, n, t, u in got] == [
        (1, "储能电池项目", [("市甲局", "lead"), ("市乙局", "responsible"), ("市丙局", "responsible")]),
        (2, "光伏发电项目", [("某某县人民政府", "lead"), ("市乙局", "responsible"), ("市丁局", "responsible")]),
        (3, "冷链物流项目", [("市戊局", "lead"), ("市己局", "responsible")])]
    notes = [n.text for n in _plan(text).readings if "3 unit lines under 2 unit columns" in n.text]
    assert len(notes) == 1 and "'市丁局'" in notes[0]


_STACKED_LEADS_HEADER = ["序号", "改革事项", "成果形式", "牵头单位", "参与单位", "完成时间"]


@pytest.mark.parametrize("measure", [["完善运营机制。"], ["推行“管委会＋公司”模式，", "完善运营机制。"]])
def test_one_cell_per_line_two_lone_leads_stacked_beside_a_list_of_support_are_both_leads(measure):
    """A 清单 copied one cell per line whose 牵头单位 cell holds two bodies one under the other (no 、) and whose 参与单位
    cell is a 、 list: the row has a line more than its columns (two more where the measure wrapped too). A cell is
    written in one manner, so the two lone bodies are the lead cell and the list the support cell, as long as the
    lead column wrote no 、 list in the rows above; the reader says it read so."""
    header = [*_STACKED_LEADS_HEADER[:2], "改革举措", *_STACKED_LEADS_HEADER[2:]]
    text = "\n".join([
        *header,
        "1", "深化甲区管理改革", *measure, "实施方案", "市甲局", "市乙办", "市丙局、市丁局", "2025年11月底前",
        "2", "推进乙项改革", "开展乙项试点。", "工作方案", "市戊局", "市己局", "2025年12月底前"])
    assert [(n, u) for _, n, _, u in reading(text)] == [
        (1, [("市甲局", "lead"), ("市乙办", "lead"), ("市丙局", "support"), ("市丁局", "support")]),
        (2, [("市戊局", "lead"), ("市己局", "support")])]
    notes = [n.text for n in _plan(text).readings if "two lone bodies one a line" in n.text]
    assert len(notes) == 1 and "'市乙办'" in notes[0]


def test_one_cell_per_line_a_lone_body_over_a_list_stays_the_support_cell_where_the_lead_column_writes_lists():
    """The same shape where a row above wrote two leads on one line with 、: the lead column's writer lists its bodies
    so, the stacked line is the support cell's first paragraph, and the extra line goes with the last unit column."""
    text = "\n".join([
        *_STACKED_LEADS_HEADER,
        "1", "推进乙项改革", "工作方案", "市戊局、市庚局", "市己局", "2025年12月底前",
        "2", "深化甲区管理改革", "实施方案", "市甲局", "市乙办", "市丙局、市丁局", "2025年11月底前"])
    assert [(n, u) for _, n, _, u in reading(text)] == [
        (1, [("市戊局", "lead"), ("市庚局", "lead"), ("市己局", "support")]),
        (2, [("市甲局", "lead"), ("市乙办", "support"), ("市丙局", "support"), ("市丁局", "support")])]


def test_one_cell_per_line_a_row_whose_unit_cells_are_all_empty_lines_shares_the_merged_units_above():
    """A table that writes its empty cells as empty lines: one empty unit cell beside a filled one is a cell left empty
    (无); a row whose every unit cell is an empty line shares the 责任单位 and 配合单位 merged over it and the row above."""
    text = "\n".join([
        "序号", "整治任务", "责任单位", "配合单位", "完成时限",
        "1", "清理河道垃圾", "区水务局", "各街道办事处", "2024年6月底前",
        "2", "拆除河岸违建", "", "", "",
        "3", "修复河岸护坡", "区水务局", "", "2024年9月底前"])
    assert [(n, u) for _, n, _, u in reading(text)] == [
        (1, [("区水务局", "responsible"), ("各街道办事处", "support")]),
        (2, [("区水务局", "responsible"), ("各街道办事处", "support")]),
        (3, [("区水务局", "responsible")])]


def test_one_cell_per_line_an_empty_line_inside_a_row_wrapped_over_more_lines_than_columns_reads_the_row():
    """A PDF's table one cell per line, a unit cell wrapped over two lines and an empty line (a page's margin) in the
    row: the row is read (the wrapped-names joiner met the empty line and failed, and no plan of the file was read)."""
    text = "\n".join(["某县商贸项目推进表", "序号\t项目名称\t牵头单位\t配合单位", "1", "商贸中心改造项目", "县商务局", "",
                      "县财政局、县住房和城乡", "建设局", "2", "农贸市场提升项目", "县市场监管局", "县商务局"])
    rows = reading(text)
    assert [n for _, n, _, _ in rows] == [1, 2]
    # the empty line is a gap: the row fills its four columns without it, so it is no empty cell shifting the lead
    # unit into the task cell
    assert rows[0][2:] == ("商贸中心改造项目", [("县商务局", "lead"), ("县财政局", "support"), ("县住房和城乡建设局", "support")])
    assert rows[1][3] == [("县市场监管局", "lead"), ("县商务局", "support")]
    # every cell's text stays in the task (lost_text does not see what the table reading drops)
    first = _plan(text).sections[0].tasks[0]
    assert all(cell in first.text for cell in ("商贸中心改造项目", "县商务局", "县财政局、县住房和城乡建设局"))


def test_one_cell_per_line_a_page_number_and_running_head_inside_the_table_are_passed_over():
    """A PDF's table one cell per line runs over pages: the page number (— 5 —) and the head each page repeats (the
    文件头 the text opens with), between blank lines, stand between two rows and inside the last row. They are page
    furniture: every row is read, the cut row's units after them (the table ended at the first, its later rows lost)."""
    head = "某县人民政府办公室文件"
    text = "\n".join([head, "某县商贸项目推进表", "序号\t项目名称\t牵头单位\t配合单位",
                      "1", "商贸中心改造项目", "县商务局", "县财政局", "", "— 5 —", "", head, "",
                      "2", "冷链设施项目", "县农业农村局", "县发展改革局",
                      "3", "农贸市场提升项目", "", "— 6 —", "", head, "", "县市场监管局", "县商务局"])
    rows = reading(text)
    assert [(n, title, units) for _, n, title, units in rows] == [
        (1, "商贸中心改造项目", [("县商务局", "lead"), ("县财政局", "support")]),
        (2, "冷链设施项目", [("县农业农村局", "lead"), ("县发展改革局", "support")]),
        (3, "农贸市场提升项目", [("县市场监管局", "lead"), ("县商务局", "support")])]
    assert not any(head in task.text for section in _plan(text).sections for task in section.tasks)


@pytest.mark.parametrize("indent", ["    ", "\u3000\u3000"])
def test_a_box_table_parted_by_full_width_spaces_ends_where_the_next_task_comes(indent):
    """A 专栏 of projects pasted from Word among a plan's tasks, its cells parted by full-width spaces and a 责任单位
    column last: the next task, indented as a paragraph, runs across into the units' column, so it is the plan's
    next item, not the rest of the last row's cells (before: tasks 3 and 4 were read into that row and lost)."""
    text = ("某县2030年水利发展实施方案\n一、重点任务\n"
            f"{indent}1.推进水库除险加固。（县水利局负责）\n{indent}2.推进灌区改造。（县农业农村局负责）\n"
            "专栏1　重点项目\n序号　项目名称　建设内容　责任单位\n1　甲水库　加固坝体　县水利局\n"
            "2　乙灌区　改造渠道20公里　县农业农村局\n"
            f"{indent}3.加强河湖管护。开展河道清理。（县河长办负责）\n{indent}4.做好防汛准备。（县应急局负责）\n")
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("县水利局", "responsible")]), (2, [("县农业农村局", "responsible")]),
        (3, [("县河长办", "responsible")]), (4, [("县应急局", "responsible")])]


def test_a_sub_rows_unit_equal_to_the_row_above_is_its_own_where_merged_cells_are_left_empty():
    """序号 | 事项 merged over two 具体情形 rows and left empty below: the same 协办单位 written in each sub-row's own cell
    is that sub-row's unit too, not a merged cell copied into each slot (the table copies none of its merged cells)."""
    text = "\n".join([
        "某市诉求办理职责清单",
        "序号\t诉求事项\t具体情形\t主办单位\t协办单位",
        "1\t物业管理\t物业服务质量\t市住建局\t各区政府",
        "\t\t物业收费\t市发改委\t各区政府",
        "2\t路灯不亮\t道路照明\t市城管局\t—",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("市住建局", "lead"), ("各区政府", "support"), ("市发改委", "lead"), ("各区政府", "support")]),
        (2, [("市城管局", "lead")]),
    ]
    # the same table saved with its merged cells filled down: the equal 协办单位 may be such a copy, read once
    filled = text.replace("\t\t物业收费", "1\t物业管理\t物业收费")
    assert [(n, units) for _, n, _, units in reading(filled)][0] == (
        1, [("市住建局", "lead"), ("各区政府", "support"), ("市发改委", "lead")])


def test_one_cell_per_line_an_object_cell_before_the_unit_columns_keeps_its_place():
    """A row one line longer than the header (a 配合 cell of two paragraphs) whose 抽查对象 cell, before the unit
    columns, ends as a name does (矿山企业): the object keeps its column; the unit columns take the lines after it."""
    text = "\n".join([
        "某市部门联合抽查事项表", "序号", "抽查事项", "抽查对象", "发起部门", "配合部门", "抽查比例", "实施时间",
        "1", "电梯维保检查", "电梯维保单位", "市甲局", "市乙局", "10%", "8月",
        "2", "矿产资源开发检查", "矿山企业", "市丙局", "市丁局", "市戊局", "10%", "下半年",
    ])
    assert reading(text) == [
        ("", 1, "电梯维保检查", [("市甲局", "lead"), ("市乙局", "support")]),
        ("", 2, "矿产资源开发检查", [("市丙局", "lead"), ("市丁局", "support"), ("市戊局", "support")]),
    ]


@pytest.mark.parametrize("head", ["章节", "评审章节", "部分"])
def test_one_cell_per_line_a_group_column_headed_by_the_chapter(head):
    """A 分解表 set out by a standard's chapters heads its merged group column 章节 (or 部分): the chapter's cell stands
    on its group's first row only and groups the rows as a 类别 does, so the rows keep their columns."""
    text = "\n".join([
        "某院创建工作任务分解表", "序号", head, "工作任务", "责任科室", "配合科室",
        "1", "第一章 基础管理", "修订院内管理制度汇编。", "综合办", "药剂科",
        "2", "完善住院服务流程。", "住院部", "财务科",
        "3", "第二章 安全保障", "开展消防隐患排查。", "后勤科", "/",
        "4", "规范危险品存放。", "药剂科", "后勤科",
    ])
    assert header_kind(head) == "group"
    assert sections(text) == [("一", "第一章 基础管理"), ("二", "第二章 安全保障")]
    assert reading(text) == [
        ("一", 1, "修订院内管理制度汇编", [("综合办", "responsible"), ("药剂科", "support")]),
        ("一", 2, "完善住院服务流程", [("住院部", "responsible"), ("财务科", "support")]),
        ("二", 3, "开展消防隐患排查", [("后勤科", "responsible")]),
        ("二", 4, "规范危险品存放", [("药剂科", "responsible"), ("后勤科", "support")]),
    ]


@pytest.mark.parametrize("head, chapters", [("规划章节", ["第四章第三节", "第九章第一节", "第四章第三节"]),
                                            ("对应章节", ["《规划》第二章", "《规划》第五章", "《规划》第六章"])])
def test_a_column_citing_the_plans_chapter_on_every_row_is_a_reference(head, chapters):
    """A 规划 分工方案's table cites on each row the chapter of the plan the row carries out (规划章节: 第四章第三节). Its
    header word 章节 names a group column, but bare citations changing from row to row group nothing: the rows stay
    tasks of the section above the table, the citation stays in their text under its header."""
    text = "\n".join([
        "某市文旅发展规划任务分工方案", "一、重大改革事项分工",
        f"序号\t事项\t{head}\t牵头单位\t参与单位\t完成时限",
        f"1\t制定促进文旅消费措施\t{chapters[0]}\t市甲局\t市乙局、市丙局\t2026年",
        f"2\t修订景区管理办法\t{chapters[1]}\t市乙局\t市丁局\t2027年",
        f"3\t培育夜间消费集聚区\t{chapters[2]}\t市甲局\t\t2028年",
        "", "二、保障措施", "（一）加强组织领导。各单位要细化措施。",
    ])
    assert sections(text) == [("一", "重大改革事项分工"), ("二", "保障措施")]
    assert reading(text) == [
        ("一", 1, "制定促进文旅消费措施", [("市甲局", "lead"), ("市乙局", "support"), ("市丙局", "support")]),
        ("一", 2, "修订景区管理办法", [("市乙局", "lead"), ("市丁局", "support")]),
        ("一", 3, "培育夜间消费集聚区", [("市甲局", "lead")]),
    ]
    assert f"{head}:{chapters[0]}" in find_pasted_tables(text)


def test_a_bare_chapter_merged_down_its_rows_still_groups_them():
    """A 分解表 whose 章节 column repeats a bare chapter down the rows it covers (第一章 on two rows running, as a merged
    cell is written into every row it spans) groups those rows: each chapter opens a section."""
    text = "\n".join([
        "某院创建工作任务分解表", "序号\t章节\t工作任务\t责任科室",
        "1\t第一章\t修订院内管理制度汇编。\t综合办",
        "2\t第一章\t完善住院服务流程。\t住院部",
        "3\t第二章\t开展消防隐患排查。\t后勤科",
        "4\t第二章\t规范危险品存放。\t药剂科",
    ])
    assert sections(text) == [("一", "第一章"), ("二", "第二章")]


@pytest.mark.parametrize("articles", [["3.1.2", "3.2.1、3.2.2"], ["第五条", "第八条第二款"]])
def test_a_column_citing_a_standards_articles_beside_the_task_column_is_a_reference(articles):
    """A 迎评 / 创建 分解表 cites before each row's 工作任务 the article of the standard it answers (评审条款: 3.1.2): both
    header words name task columns, but a column that only cites articles holds no work. The 工作任务 cell titles the
    task and the article stays in its text under its header."""
    text = "\n".join([
        "某院创建工作任务分解表", "序号", "评审条款", "工作任务", "责任科室", "配合科室",
        "1", articles[0], "完善门诊预约诊疗流程。", "门诊办", "信息中心",
        "2", articles[1], "开展护理质量季度检查。", "护理部", "/",
        "以上任务每月报送进展。",
    ])
    assert reading(text) == [
        ("", 1, "完善门诊预约诊疗流程", [("门诊办", "responsible"), ("信息中心", "support")]),
        ("", 2, "开展护理质量季度检查", [("护理部", "responsible")]),
    ]
    assert f"评审条款:{articles[0]}" in find_pasted_tables(text)


@pytest.mark.parametrize("head, items", [("方案任务序号", ["2", "5"]), ("对应方案条目", ["二（一）2", "三（二）5"]),
                                         ("对应任务", ["任务2", "任务5、6"])])
def test_a_column_citing_the_plans_items_before_the_task_column_is_a_reference(head, items):
    """A 重点任务清单 attached to the 实施方案 it restates points each row back to the plan's item (方案任务序号: 2,
    对应方案条目: 二（一）2, 对应任务: 任务2) before its 重点任务: both header words name task columns, but a column that
    only cites the plan's items holds no work. The 重点任务 cell titles the task; the citation stays under its header."""
    text = "\n".join([
        "某市推进菜篮子工程重点任务清单",
        f"序号\t{head}\t重点任务\t牵头单位\t配合单位\t完成时限",
        f"1\t{items[0]}\t新建蔬菜保供基地\t市农业农村局\t市财政局\t2025年底前",
        f"2\t{items[1]}\t改造农贸市场冷库\t市商务局\t市市场监管局、各区政府\t2026年底前",
    ])
    assert reading(text) == [
        ("", 1, "新建蔬菜保供基地", [("市农业农村局", "lead"), ("市财政局", "support")]),
        ("", 2, "改造农贸市场冷库", [("市商务局", "lead"), ("市市场监管局", "support"), ("各区政府", "support")]),
    ]
    assert f"{head}:{items[0]}" in find_pasted_tables(text)


@pytest.mark.parametrize("points", [["1.更新值班制度；", "2.每月抽查值班记录。"], ["①更新值班制度；", "②每月抽查值班记录。"],
                                    ["（1）更新值班制度；", "（2）每月抽查值班记录。"]])
def test_one_cell_per_line_a_task_cell_of_several_paragraphs_beside_a_group_column(points):
    """A docx task cell of several paragraphs (a lead sentence over its points 1. 2. / ①② / （1）（2）) flattens to several
    lines, the row longer than its columns: the surplus is the task cell's paragraphs, not a merged group cell (on a
    row under its group's first) nor the task glued to the group's name (on a group's first row)."""
    text = "\n".join([
        "某院工作任务分解表", "序号", "类别", "工作任务", "责任科室", "配合科室", "完成时间",
        "1", "第一部分 制度建设", "修订院内考勤办法。", "人事科", "工会", "5月底前",
        "2", "健全夜间值班制度。", *points, "总务科", "保卫科", "6月底前",
        "3", "第二部分 服务改进", "优化出院结算流程。", *points, "财务科", "住院部", "7月底前",
        "4", "增设便民服务窗口。", "门诊部", "总务科", "8月底前",
    ])
    assert sections(text) == [("一", "第一部分 制度建设"), ("二", "第二部分 服务改进")]
    assert [(s, n, title) for s, n, title, _ in reading(text)] == [
        ("一", 1, "修订院内考勤办法"), ("一", 2, "健全夜间值班制度"), ("二", 3, "优化出院结算流程"),
        ("二", 4, "增设便民服务窗口")]
    assert [units for *_, units in reading(text)][1:3] == [
        [("总务科", "responsible"), ("保卫科", "support")], [("财务科", "responsible"), ("住院部", "support")]]


@pytest.mark.parametrize("last", ["/", "保卫科"])
def test_one_cell_per_line_the_last_row_holding_its_group_cell_keeps_its_last_cell(last):
    """A table writing each group's cell on its first row (序号 / 类别 / 任务 …), its last row the first of a group:
    that row holds one line more than its columns, and no next 序号 ends it; its last cell (/ or a unit under 配合科室)
    is the row's, not text after the table, and the group's name no part of the task."""
    text = "\n".join([
        "某院迎评任务分解表", "序号", "类别", "工作任务", "责任科室", "配合科室",
        "1", "医疗质量", "完善核心制度。", "医务部", "护理部",
        "2", "修订诊疗规范。", "医务部", "药学部",
        "3", "安全保障", "完善消防设施。", "后勤科", last,
    ])
    support = [] if last == "/" else [("保卫科", "support")]
    assert reading(text)[-1] == ("二", 3, "完善消防设施", [("后勤科", "responsible"), *support])


_TRAINING_HEADER = ["序号", "班次名称", "主办单位", "承办单位", "培训对象", "人数", "时间", "天数（天）"]


def test_a_training_plan_one_cell_a_line_reads_its_count_columns_and_group_rows():
    """A 培训计划 flattened one cell a line: 人数 and 天数 are count columns (no 人数时间 header cell over two lines), the
    （一） rows group the classes, and a row's last count equal to the next 序号 (天数 2 / 2) ends its row."""
    text = "\n".join([
        "某县2025年干部培训计划", "一、培训安排", *_TRAINING_HEADER,
        "（一）理论培训",
        "1", "青年干部理论研修班", "县委组织部", "县委党校", "科级干部", "60", "3月", "2",
        "2", "宣讲骨干培训班", "县委宣传部", "县委讲师团", "宣讲骨干", "80", "4月", "3",
        "（二）能力培训",
        "3", "乡村治理专题培训班", "县委农办", "县农业农村局", "村党组织书记", "100", "5月", "4",
    ])
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "青年干部理论研修班", [("县委组织部", "lead"), ("县委党校", "responsible")]),
        (2, "宣讲骨干培训班", [("县委宣传部", "lead"), ("县委讲师团", "responsible")]),
        (3, "乡村治理专题培训班", [("县委农办", "lead"), ("县农业农村局", "responsible")]),
    ]


def test_a_trainees_cell_reading_as_units_is_no_late_unit_cell_before_a_group_row():
    """The 培训对象 column names bodies whose staff attend (市、县住建系统领导干部, 各县（市、区）信访局…工作人员): a row as
    long as its columns with such a cell is whole, and the group row after it (（二）…) heads the next rows, not the
    row's last cell; a `—` 承办 cell keeps its place."""
    text = "\n".join([
        "某市2025年干部培训计划", "一、培训安排", *_TRAINING_HEADER,
        "（一）专题培训",
        "1", "城市更新专题培训班", "市住房和城乡建设局", "某大学继续教育学院", "市、县住建系统领导干部", "50", "10月", "6",
        "（二）业务培训",
        "2", "信访业务培训班", "市信访局", "—", "各县（市、区）信访局、市直有关部门信访工作人员", "100", "8月", "2",
        "（三）赴外培训",
        "3", "赴外能力提升班", "市委组织部", "某干部学院", "处级干部", "40", "9月", "5",
    ])
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "城市更新专题培训班", [("市住房和城乡建设局", "lead"), ("某大学继续教育学院", "responsible")]),
        (2, "信访业务培训班", [("市信访局", "lead")]),
        (3, "赴外能力提升班", [("市委组织部", "lead"), ("某干部学院", "responsible")]),
    ]


def test_a_month_range_on_its_own_line_is_the_rows_date_not_units_run_into_a_date():
    """A class held over two months (3—4月) stands on its own line: the row's date, never a unit's name with a date run
    on after it (3— | 4月); the 培训对象 cell opening with bodies (市直各单位、各县（市、区）…干部) stays in its column and
    names no unit."""
    text = "\n".join([
        "某市2025年干部培训计划", "一、培训安排", *_TRAINING_HEADER,
        "1", "年轻干部研修班", "市委组织部", "市委党校", "市直各单位、各县（市、区）优秀年轻干部", "60", "3—4月", "30",
        "2", "法治能力培训班", "市司法局", "市委党校", "市直各部门法制工作人员", "80", "9-10月", "5",
    ])
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "年轻干部研修班", [("市委组织部", "lead"), ("市委党校", "responsible")]),
        (2, "法治能力培训班", [("市司法局", "lead"), ("市委党校", "responsible")]),
    ]


def test_the_sign_marking_a_key_item_is_no_word_of_its_title():
    """A 建议交办分工表 marks the proposals followed closely by a ★ before their titles (the notice says 重点督办的建议
    （表中标注“★”）): the title is the proposal's own words; a title that is only a sign keeps it."""
    text = "\n".join(["县人大代表建议交办分工表",
                      "序号\t建议题目\t主办单位\t协办单位",
                      "1\t★关于改造城东老旧小区的建议\t县住建局\t县财政局",
                      "2\t关于增设公交站点的建议\t县交通运输局\t无"])
    assert [title for _, _, title, _ in reading(text)] == ["关于改造城东老旧小区的建议", "关于增设公交站点的建议"]


def test_one_cell_per_line_a_task_cell_merged_down_its_groups_rows_groups_them_as_when_saved_with_tabs():
    """工作任务 | 具体措施 with the 工作任务 cell merged down each group's rows, copied one cell per line: the later rows
    hold only their 具体措施. The lone cell is the 具体措施 (the merged cell was lost), so the table reads as its copy
    saved with tabs (the cell left empty below its first row): the 工作任务 groups the rows and every row, the group's
    first included, is titled by its own 具体措施."""
    header = ["序号", "工作任务", "具体措施", "责任科室", "完成时限"]
    rows = [["1", "加强院感防控", "落实手卫生规范。", "院感科", "长期坚持"],
            ["2", "", "规范医疗废物暂存。", "后勤科", "每月"],
            ["3", "提升病历质量", "开展运行病历点评。", "病案科", "每月"],
            ["4", "", "推行电子病历分级评价。", "信息科", "年底前"]]
    lines = "\n".join(header + [c for row in rows for c in row if c])
    tabs = "\n".join("\t".join(row) for row in [header, *rows])
    for text in (lines, tabs):
        assert [(number, title) for _, number, title, _ in reading(text)] == [
            (1, "落实手卫生规范"), (2, "规范医疗废物暂存"), (3, "开展运行病历点评"), (4, "推行电子病历分级评价")]


# ---- an attached 责任分工 table keyed by task numbers only (parse/attached_table.py, parse/units_by_number.py) ----

_KEYED_TABLE = """某区2025年社区治理工作要点
一、夯实基层基础
1.建强社区班子。年内完成换届。
2.配齐社区工作者。按标准配备。
3.建设社区阵地。新建服务中心3个。
4.培育社会组织。新增社会组织20家。
5.开展志愿服务。组建志愿队伍。
附
重点任务责任分工
第1项：区委组织部负责
任务序号 | 牵头单位 | 配合单位
2—3 | 区民政局 | 区财政局
{last} | 区团委 | 各街道办事处
"""


def test_an_attached_table_keyed_by_task_ranges_gives_the_prose_tasks_their_units_and_is_no_plan():
    plans = parse_text(_KEYED_TABLE.format(last="4、5"))
    assert len(plans) == 1
    units = [[(a.name, a.role) for a in t.assignments] for t in plans[0].tasks()]
    assert units == [[("区委组织部", "responsible")], [("区民政局", "lead"), ("区财政局", "support")],
                     [("区民政局", "lead"), ("区财政局", "support")], [("区团委", "lead"), ("各街道办事处", "support")],
                     [("区团委", "lead"), ("各街道办事处", "support")]]
    assert [t.number for t in plans[0].tasks()] == [1, 2, 3, 4, 5]


def test_an_attached_table_keyed_by_a_number_the_prose_lacks_stays_a_plan_of_its_own():
    plans = parse_text(_KEYED_TABLE.format(last="4、9"))
    assert len(plans) == 2 and not any(t.assignments for t in plans[0].tasks())


@pytest.mark.parametrize("stage", ["完成项目前期手续", "全面完成年度目标"])
def test_one_cell_per_line_a_schedules_first_row_with_a_column_word_in_its_stages_stays_a_row(stage):
    # a 进度安排 without 序号: a quarter's stage holding 项目 / 目标 as its object names no column, so row 1 is no
    # second header row and the rows after it keep their units
    text = ("项目\n一季度\n二季度\n三季度\n四季度\n责任单位\n"
            f"城西水厂扩建工程\n{stage}\n确定项目选址\n主体完工\n全面完成年度目标\n县水利局，各乡镇人民政府\n"
            "社区食堂建设工程\n完成设计\n开工建设\n主体完工\n投入使用\n县民政局\n")
    assert [(t[1], t[2], t[3]) for t in reading(text)] == [
        (1, "城西水厂扩建工程", [("县水利局", "responsible"), ("各乡镇人民政府", "responsible")]),
        (2, "社区食堂建设工程", [("县民政局", "responsible")])]
    assert header_kind(stage) is None and header_kind("完成时限") == "deadline" and header_kind("建设项目") == "task"


@pytest.mark.parametrize("empty", [["完成路基", ""], ["", ""]])
def test_one_cell_per_line_without_a_number_column_an_empty_line_inside_a_row_is_an_empty_cell(empty):
    # no 序号 to look ahead for: the row still owes cells and its units follow where its last cell stands, so the
    # empty lines are the quarters left empty, not the table's end
    lines = ["阶段安排", "项目", "一季度", "二季度", "三季度", "责任单位",
             "城东污水管网工程", "完成勘察", *empty, "县住房城乡建设局",
             "山区小学改造工程", "完成设计", "开工建设", "投入使用", "县教育局", "", "三、保障措施"]
    assert [(t[1], t[2], t[3]) for t in reading("\n".join(lines) + "\n")] == [
        (1, "城东污水管网工程", [("县住房城乡建设局", "responsible")]),
        (2, "山区小学改造工程", [("县教育局", "responsible")])]


def test_tabs_with_the_last_cell_broken_mid_sentence_and_no_quotes():
    """A sheet copied as text leaves a duty cell's line break unquoted: the line after the row holds no tab. Under a
    row whose last cell stops at a comma it is the rest of that cell (its bracket's unit kept), not a group row."""
    text = "\n".join([
        "某镇安全生产网格化责任清单",
        "序号\t网格名称\t网格长\t网格员\t责任单位\t主要职责",
        "1\t枫林村网格\t村党支部书记 甲某\t村安全员 乙某\t枫林村村民委员会\t负责采石场周边的安全巡查。设置警示标志，",
        "防止群众进入危险区域（镇国土所指导）。",
        "2\t柳溪村网格\t村党支部书记 丙某\t村安全员 丁某\t柳溪村村民委员会\t负责柳溪水域的防溺水巡查。",
    ])
    assert sections(text) == [("", "")]
    assert reading(text) == [
        ("", 1, "枫林村网格", [("镇国土所", "support"), ("枫林村村民委员会", "responsible")]),
        ("", 2, "柳溪村网格", [("柳溪村村民委员会", "responsible")]),
    ]
    assert "防止群众进入危险区域" in _plan(text).tasks()[0].text


def test_a_pipe_row_holding_only_the_rest_of_the_task_cell_joins_it_where_it_was_cut():
    """A converted PDF table gives a task cell too long for its column a row of its own: empty 序号 and unit cells,
    the cell's rest (在9%以内) under the task column. It goes on the cell above where it was cut, before the other
    columns' text; a task cell ending in a mark, or a row of its own units, is another sentence or sub-row."""
    table = "\n".join(["| 序号 | 任务内容 | 对应条款 | 牵头单位 | 责任单位 |",
                       "| 1 | 更新改造老旧供水管网80公里，管网漏损率控制 | 第（八）条 | 县住建局 | 县水利局 |",
                       "|  | 在9%以内 |  |  |  |",
                       "| 2 | 组建县级供水运营主体 | 第（九）条 | 县国资中心 | 县水利局 |"])
    assert [(n, t) for _, n, t, _ in reading(table)] == [
        (1, "更新改造老旧供水管网80公里，管网漏损率控制在9%以内"), (2, "组建县级供水运营主体")]
    assert reading(table)[0][3] == [("县住建局", "lead"), ("县水利局", "responsible")]


def test_one_cell_per_line_a_task_cut_mid_word_is_one_cell_before_the_years_targets():
    """A PDF's table pasted one cell per line wraps a long task cell at its column's edge, inside a word (…建 /
    筑安全监管。): the row has a line more than columns. The cut line ends in no mark, the next, narrower, ends the
    sentence: they are the task cell, and the year targets after them stay in their columns (not joined as a name)."""
    text = "\n".join(["某县养老服务三年行动方案", "序号", "重点任务", "2025年", "2026年", "2027年", "牵头单位", "责任单位",
                      "1", "发展老年教育和文体活动。", "覆盖50%", "覆盖70%", "全覆盖", "县委老干部局", "县教育体育局",
                      "2", "开展养老机构安全隐患排查整治，强化消防、食品、建", "筑安全监管。",
                      "排查全覆盖", "排查全覆盖", "排查全覆盖", "县民政局", "县消防救援大队、县市场监管局",
                      "3", "开展防范非法集资宣传。", "持续推进", "持续推进", "持续推进", "县金融服务中心", "县公安局"])
    assert reading(text)[1] == ("", 2, "开展养老机构安全隐患排查整治，强化消防、食品、建筑安全监管",
                                [("县民政局", "lead"), ("县消防救援大队", "responsible"),
                                 ("县市场监管局", "responsible")])
    (plan_text,) = read_bytes(text.encode("utf-8"), "table.txt")
    assert "2025年—2027年:排查全覆盖(牵头单位:县民政局" in "\n".join(plan_text.lines)


def test_single_space_rows_under_group_rows_labelled_in_full_width_brackets():
    """A web table copied with one space between cells splits its rows into groups by rows of their own,
    `（一）主席会议协商`, labelled in full-width brackets as often as in ASCII ones: a group row, and the table goes on."""
    for opening, closing in (("（", "）"), ("(", ")")):
        text = "\n".join(["某市政协2025年度协商工作计划", "一、年度协商议题",
                          "序号 协商议题 协商形式 承办单位 协办单位 时间",
                          f"{opening}一{closing}主席会议协商",
                          "1 推进老旧小区改造 主席会议协商 城乡建设委员会 市住房和城乡建设局、市财政局 4月",
                          f"{opening}二{closing}对口协商",
                          "2 加强未成年人保护 对口协商 社会和法制委员会 市教育局、团市委 5月"])
        assert [(n, units) for _, n, _, units in reading(text)] == [
            (1, [("城乡建设委员会", "responsible"), ("市住房和城乡建设局", "support"), ("市财政局", "support")]),
            (2, [("社会和法制委员会", "responsible"), ("市教育局", "support"), ("团市委", "support")])], opening


def test_a_deadline_put_right_at_once_ends_its_row():
    """整改清单 give a problem put right at once the deadline 立行立改 (or 立行立改、长期坚持): it is the row's deadline
    cell, so a one-cell-per-line row ends there and its leader cell (县委副书记某某, a post and a name) stays apart
    from the units' (before: joined to them as one wrapped name, 县委副书记周某县委甲办). Printed beside a date in a
    row whose cells spaces part, under 整改时限 | 备注, the date is the deadline and 立行立改 the note."""
    text = "\n".join([
        "某县整改清单", "序号", "问题表现", "整改措施", "责任领导", "责任单位", "整改时限",
        "1", "调查研究不够深入", "落实基层联系点制度", "县委副书记周某", "县委甲办、县委乙室", "立行立改",
        "2", "文风会风不够精简", "精简会议文件", "县委常委班子成员", "县委丙部", "立行立改、长期坚持",
    ])
    assert [units for *_, units in reading(text)] == [
        [("县委甲办", "responsible"), ("县委乙室", "responsible")], [("县委丙部", "responsible")]]
    spaced = "\n".join([
        "某县整改清单", "",
        "序号    突出问题    牵头县领导    责任单位    整改时限    备注",
        "1  隐患判定标准掌握不准。  王某  县甲局、县乙局  2025年6月底前  立行立改",
    ])
    assert reading(spaced)[0][3] == [("县甲局", "responsible"), ("县乙局", "responsible")]


def test_a_web_table_parted_by_single_spaces_keeps_an_empty_cell_copied_as_two_spaces_empty():
    """A web table copied as text, one row a line, its cells parted by one space each: an empty 协办单位 cell leaves
    two spaces. The row's 序号 parted from its task by one space shows the row's cell gap; the double space is the
    empty cell between two cells, not a wider gap that alone parts cells."""
    text = "\n".join(["某市政协年度协商计划", "一、协商议题",
                      "序号 协商议题 承办单位 协办单位 时间",
                      "1 推进甲项工作 经济委员会 市甲局、市乙局 4月",
                      "2 推进乙项保护 文化委员会  8月",
                      "3 加强丙项利用 外事委员会 市丙局 10月"])
    assert reading(text) == [
        ("一", 1, "推进甲项工作", [("经济委员会", "responsible"), ("市甲局", "support"), ("市乙局", "support")]),
        ("一", 2, "推进乙项保护", [("文化委员会", "responsible")]),
        ("一", 3, "加强丙项利用", [("外事委员会", "responsible"), ("市丙局", "support")])]


def test_a_single_space_table_keeps_a_leader_written_post_space_name_in_one_cell():
    """A 协商计划 table parted by single spaces names each topic's leader by post and name with a space between
    (副主席 李某某), and has a 协商形式 column between the topic and the leader: the post and the name are one
    cell, so the 协商形式 cell keeps its column and never joins the topic's title; a meeting (专题协商会) ends in 会
    as a body's name does, and is no unit."""
    text = "\n".join(["某市政协年度协商计划", "一、协商议题",
                      "序号 协商议题 协商形式 牵头领导 承办单位 协办单位 时间",
                      "1 推进甲项工作 主席会议协商 副主席 李某某 经济委员会 市甲局、市乙局 4月",
                      "2 促进乙项发展 专题协商会 秘书长 钱某某 文化委员会 市丙局 6月"])
    assert reading(text) == [
        ("一", 1, "推进甲项工作", [("经济委员会", "responsible"), ("市甲局", "support"), ("市乙局", "support")]),
        ("一", 2, "促进乙项发展", [("文化委员会", "responsible"), ("市丙局", "support")])]


# ---------------------------------------------------------------- 考核细则 flattened one cell per line, no 序号


def test_scoring_table_without_number_groups_rows_under_merged_item_cell():
    """考核项目 | 考核内容 | 分值 | 评分标准 | 考核责任单位, one cell per line and no 序号: the 考核项目 cell (wrapped or not)
    stands only before its group's first row; it heads a group, each 考核内容 row is a task."""
    text = "\n".join([
        "某县乡村振兴考核细则", "",
        "考核项目", "考核内容", "分值", "评分标准", "考核责任单位",
        "产业发展", "（5分）", "稳定粮食生产，完成目标任务", "5分", "面积每低1%扣1分", "县农业农村局、县统计局",
        "乡村治理（3分）", "整顿软弱涣散村党组织", "3分", "未按期整顿的每个扣1分", "县委组织部",
        "推进移风易俗，整治陈规陋习", "3分", "发生大操大办的每起扣1分", "县委宣传部、县民政局", ""])
    assert [title for _, title in sections(text)] == ["产业发展（5分）", "乡村治理（3分）"]
    assert [(t, units) for _, _, t, units in reading(text)] == [
        ("稳定粮食生产，完成目标任务", [("县农业农村局", "responsible"), ("县统计局", "responsible")]),
        ("整顿软弱涣散村党组织", [("县委组织部", "responsible")]),
        ("推进移风易俗，整治陈规陋习", [("县委宣传部", "responsible"), ("县民政局", "responsible")])]


def test_scoring_table_without_number_joins_points_of_a_criterion_cell():
    """A 评分标准 cell written as 1. / 2. points on lines of their own, in a table without 序号: one cell."""
    text = "\n".join([
        "某县考核细则", "",
        "考核内容", "分值", "评分标准", "考核责任单位",
        "推进高标准农田建设，按期完成年度任务", "3分", "1.未完成任务的扣2分；", "2.质量不合格的扣1分", "县农业农村局",
        "加强传统村落保护，规范农房建设", "3分", "保护不力的扣1分", "县住房城乡建设局", ""])
    assert [(t, units) for _, _, t, units in reading(text)] == [
        ("推进高标准农田建设，按期完成年度任务", [("县农业农村局", "responsible")]),
        ("加强传统村落保护，规范农房建设", [("县住房城乡建设局", "responsible")])]


def test_scoring_table_without_number_joins_unit_cell_wrapped_after_comma():
    """A unit cell wrapped after its 、 onto the next line, in a table without 序号: the rest is that cell's."""
    text = "\n".join([
        "某县考核细则", "",
        "考核内容", "分值", "评分标准", "考核责任单位",
        "推进数字乡村建设，提升网络覆盖", "2分", "未达到的扣1分", "县委网信办、县工业和信息化局、", "中国电信某县分公司",
        "加强传统村落保护，规范农房建设", "3分", "保护不力的扣1分", "县住房城乡建设局", ""])
    assert [(t, units) for _, _, t, units in reading(text)] == [
        ("推进数字乡村建设，提升网络覆盖", [("县委网信办", "responsible"), ("县工业和信息化局", "responsible"),
                                 ("中国电信某县分公司", "responsible")]),
        ("加强传统村落保护，规范农房建设", [("县住房城乡建设局", "responsible")])]


def test_scoring_table_without_number_ends_before_the_paragraphs_after_it():
    """A table without 序号 whose rows its units close, followed by the plan's closing parts (五、结果运用 / a paragraph
    naming no unit): the paragraph is the plan's text, not one more row the reader numbers (before: `14.考核结果…`, its
    text lost from the part it belongs to)."""
    text = "\n".join([
        "某县考核细则", "",
        "考核内容", "分值", "评分标准", "考核责任单位",
        "推进高标准农田建设，按期完成年度任务", "3分", "未完成任务的扣2分", "县农业农村局",
        "加强传统村落保护，规范农房建设", "3分", "保护不力的扣1分", "县住房城乡建设局",
        "五、结果运用", "　　考核结果分为优秀、良好、一般、较差四个等次，作为年度考核的重要依据。",
        "六、其他事项", "　　本细则由县委农办负责解释，自印发之日起施行。"])
    assert [t for _, _, t, _ in reading(text)] == ["推进高标准农田建设，按期完成年度任务", "加强传统村落保护，规范农房建设"]
    (plan_text,) = read_bytes(text.encode("utf-8"), "table.txt")
    assert "考核结果分为优秀、良好、一般、较差四个等次，作为年度考核的重要依据。" in [ln.strip() for ln in plan_text.lines]
    assert "本细则由县委农办负责解释，自印发之日起施行。" in [ln.strip() for ln in plan_text.lines]


def test_scoring_table_without_number_reads_on_past_the_header_printed_again():
    """A 考核细则 without 序号 run over two pages: the page number and the header printed again at the next page's top.
    The rows go on under it in step (before: the table ended at the page's foot, the rest read as a table of its own,
    its first 考核内容 taken for a 考核项目 and every cell a column off)."""
    text = "\n".join([
        "某县河道管护考核细则",
        "考核项目", "考核内容", "分值", "评分标准", "责任单位",
        "河道保洁", "（6分）", "落实河道日常保洁制度", "3", "保洁不到位的每处扣1分", "县甲局、县乙局",
        "", "— 3 —", "",
        "考核项目", "考核内容", "分值", "评分标准", "责任单位",
        "清理河道沿岸垃圾堆放点", "2", "未清理的扣2分", "县丙局、县甲局",
        "推进岸线绿化提升", "1", "未完成任务的按比例扣分", "县丁局", ""])
    assert [title for _, title in sections(text)] == ["河道保洁（6分）"]
    assert [(t, units) for _, _, t, units in reading(text)] == [
        ("落实河道日常保洁制度", [("县甲局", "responsible"), ("县乙局", "responsible")]),
        ("清理河道沿岸垃圾堆放点", [("县丙局", "responsible"), ("县甲局", "responsible")]),
        ("推进岸线绿化提升", [("县丁局", "responsible")])]


def test_scoring_table_without_number_reads_item_cell_wrapped_over_three_lines_and_its_score():
    """A merged 考核项目 cell a narrow column wrapped over three lines, its score (（8分）) on a fourth: the group's
    cell, heading its rows (before: read as a task, the rows under it a column off)."""
    text = "\n".join([
        "某县水环境考核细则",
        "考核项目", "考核内容", "分值", "评分标准", "责任单位",
        "水环境", "治理与", "生态修复", "（8分）",
        "推进美丽河湖建设", "4", "未完成创建任务的扣4分", "县甲局、县乙局",
        "开展河湖乱占整治", "4", "未按期整治的每处扣1分", "县甲局、县丙局", ""])
    assert [title for _, title in sections(text)] == ["水环境治理与生态修复（8分）"]
    assert [(t, units) for _, _, t, units in reading(text)] == [
        ("推进美丽河湖建设", [("县甲局", "responsible"), ("县乙局", "responsible")]),
        ("开展河湖乱占整治", [("县甲局", "responsible"), ("县丙局", "responsible")])]


def test_scoring_table_without_number_ends_unit_cell_at_its_closing_etc():
    """A 责任单位 cell whose list closes with 等 (…、县丙局等): the cell ends there, the next line is the next row's
    考核内容 (before: joined to the unit cell as a name cut at the line's end, every later row a column off)."""
    text = "\n".join([
        "某县水环境考核细则",
        "考核内容", "分值", "评分标准", "责任单位",
        "开展河湖清障行动，存量问题全部清零", "4", "未按期整治的每处扣1分", "县甲局、县乙局、县丙局等",
        "巩固黑臭水体治理成效，防止返黑返臭", "3", "出现返黑返臭的每处扣1分", "县丁局、县乙局",
        "开展水土流失综合治理", "1", "未完成年度任务的按比例扣分", "县甲局", ""])
    assert [(t, units) for _, _, t, units in reading(text)] == [
        ("开展河湖清障行动，存量问题全部清零", [("县甲局", "responsible"), ("县乙局", "responsible"),
                                   ("县丙局", "responsible")]),
        ("巩固黑臭水体治理成效，防止返黑返臭", [("县丁局", "responsible"), ("县乙局", "responsible")]),
        ("开展水土流失综合治理", [("县甲局", "responsible")])]


def test_scoring_table_without_number_row_whose_unit_cell_is_merged_down_ends_short():
    """A 责任单位 cell merged down from the row above prints nothing: the row ends after its 评分标准 and the next line
    opens the next row, whose cells (a figure under 分值 in both rows) fill a row of their own (before: the next row's
    考核内容 read as the units, that row titled by its 评分标准)."""
    text = "\n".join([
        "某县水环境考核细则",
        "考核内容", "分值", "评分标准", "责任单位",
        "巩固黑臭水体治理成效，防止返黑返臭", "3", "出现返黑返臭的每处扣1分", "县甲局、县乙局",
        "实施城区水系连通工程，提升生态流量", "2", "未完成年度项目的扣2分",
        "开展水土流失综合治理，完成年度治理面积", "4", "未完成年度任务的按比例扣分", "县丙局、县丁局", ""])
    assert [(t, [u for u, _ in units]) for _, _, t, units in reading(text)][1:] == [
        ("实施城区水系连通工程，提升生态流量", ["县甲局", "县乙局"]),
        ("开展水土流失综合治理，完成年度治理面积", ["县丙局", "县丁局"])]


def test_scoring_table_without_number_keeps_the_words_after_a_closing_etc_in_the_unit_cell():
    """…、县乙局等 then a line going on with the unit cell: the group the list stands for (县直有关单位, 县河长制成员单位,
    12个部门), more units (各乡镇) or the listed bodies' role (配合, 按职责分工负责). The cell ends after that line, not
    at 等 (before: the line was read as the next row's 考核内容, every later row a column off)."""
    def rows(after_etc: str, unit_cell: str = "县甲局、县乙局等") -> list:
        text = "\n".join([
            "某县河道管护考核细则",
            "考核内容", "分值", "评分标准", "责任单位",
            "落实河道保洁制度", "3", "保洁不到位的每处扣1分", unit_cell, after_etc,
            "推进岸线绿化", "2", "未完成的扣2分", "县丙局", ""])
        return [(t, units) for _, _, t, units in reading(text)]
    both = [("县甲局", "responsible"), ("县乙局", "responsible")]
    for group in ("县直有关单位", "县河长制成员单位", "12个部门", "按职责分工负责"):
        assert rows(group) == [("落实河道保洁制度", both), ("推进岸线绿化", [("县丙局", "responsible")])], group
    assert rows("配合", "县甲局牵头，县乙局、县丁局等") == [
        ("落实河道保洁制度", [("县甲局", "lead"), ("县乙局", "support"), ("县丁局", "support")]),
        ("推进岸线绿化", [("县丙局", "responsible")])]
    assert [t for t, _ in rows("各乡镇")] == ["落实河道保洁制度", "推进岸线绿化"]


# ---------------------------------------------------------------- 测评指标 tables copied one cell per line


def test_cell_lines_indicator_item_after_the_number_heads_its_group():
    """序号 | 测评项目 | 测评内容 | 分值 | 牵头单位 | 责任单位 copied one cell per line: the merged 测评项目 cell
    (一、组织领导（15分）) stands right after its group's first 序号 and heads the group; the 测评内容 is the task."""
    text = "\n".join([
        "某县创建示范县测评指标责任分解表",
        "序号", "测评项目", "测评内容", "分值", "牵头单位", "责任单位",
        "1", "一、组织领导（15分）", "成立创建工作领导小组。", "3", "县委统战部", "县委办公室、县政府办公室",
        "2", "二、宣传教育（20分）", "开展民族团结宣讲活动。", "4", "县委宣传部", "县委讲师团"])
    assert sections(text) == [("一", "组织领导（15分）"), ("二", "宣传教育（20分）")]
    assert reading(text) == [
        ("一", 1, "成立创建工作领导小组", [("县委统战部", "lead"), ("县委办公室", "responsible"),
                                  ("县政府办公室", "responsible")]),
        ("二", 2, "开展民族团结宣讲活动", [("县委宣传部", "lead"), ("县委讲师团", "responsible")])]


def test_cell_lines_indicator_item_on_its_own_line_leaves_the_row_width():
    """The header names 测评项目, but the copy prints its merged cell as a line above its rows: the column is no cell of
    the rows, so a row whose 牵头单位 is merged (the 注 says so) lacks that one cell only and takes the lead above."""
    text = "\n".join([
        "某县创建示范县测评指标责任分解表",
        "序号", "测评项目", "测评内容", "分值", "牵头单位", "责任单位",
        "一、组织领导",
        "1", "成立创建工作领导小组。", "4", "县委统战部", "县委办公室、县政府办公室",
        "2", "每年专题研究民族工作。", "3", "县委办公室、县发展和改革局",
        "3", "纳入年度目标责任考核。", "4", "县委组织部", "县委考评办",
        "注：牵头单位栏为空的，为合并单元格，与上一项的牵头单位相同。"])
    assert sections(text) == [("一", "组织领导")]
    assert reading(text) == [
        ("一", 1, "成立创建工作领导小组", [("县委统战部", "lead"), ("县委办公室", "responsible"),
                                  ("县政府办公室", "responsible")]),
        ("一", 2, "每年专题研究民族工作", [("县委统战部", "lead"), ("县委办公室", "responsible"),
                                  ("县发展和改革局", "responsible")]),
        ("一", 3, "纳入年度目标责任考核", [("县委组织部", "lead"), ("县委考评办", "responsible")])]


def test_cell_lines_second_level_indicator_is_no_title():
    """A two-level header (测评项目 over 一级指标 | 二级指标, 责任分工 over 牵头单位 | 责任单位) copied one cell per line:
    the merged 二级指标 cell (1.领导体制), printed on its first row only, is no task's title; the 测评内容 is, and a row
    without it (its lead merged too) keeps its cells in their columns."""
    text = "\n".join([
        "某县创建示范县测评指标责任分解表",
        "序号", "测评项目", "测评内容", "分值", "责任分工", "一级指标", "二级指标", "牵头单位", "责任单位",
        "一、组织领导（15分）",
        "1", "1.领导体制", "成立创建工作领导小组，设立创建办公室。", "3", "县委统战部", "县委办公室、县政府办公室",
        "2", "每年专题研究民族工作不少于2次。", "3", "县委办公室、县发展和改革局",
        "注：牵头单位栏为空的，为合并单元格，与上一项的牵头单位相同。"])
    assert reading(text) == [
        ("一", 1, "成立创建工作领导小组，设立创建办公室", [("县委统战部", "lead"), ("县委办公室", "responsible"),
                                           ("县政府办公室", "responsible")]),
        ("一", 2, "每年专题研究民族工作不少于2次", [("县委统战部", "lead"), ("县委办公室", "responsible"),
                                      ("县发展和改革局", "responsible")])]


def test_one_cell_per_line_a_leaders_cell_naming_two_people_on_two_lines_keeps_the_row_in_place():
    """A 整改清单 copied one cell per line whose 责任领导 cell names two leaders one under the other (陈某华 / 李某栋):
    the two names are one cell, the problem and the measures stay two cells (before: the extra line went to the task,
    the problem and its measures joined into one title)."""
    text = "\n".join([
        "某县整改清单", "序号", "问题表现", "整改措施", "责任领导", "责任单位", "整改时限",
        "1", "招商引资精准度不高，签约项目落地率偏低", "建立签约项目跟踪服务机制，对未落地项目逐一分析原因、限时攻坚",
        "陈某华", "李某栋", "县甲中心、县乙局", "2025年12月底前",
        "2", "化解债务风险办法不多", "制定化债方案", "李某栋", "县丙局（牵头）、县丁局", "长期坚持",
    ])
    assert [(title, units) for _, _, title, units in reading(text)] == [
        ("招商引资精准度不高，签约项目落地率偏低", [("县甲中心", "responsible"), ("县乙局", "responsible")]),
        ("化解债务风险办法不多", [("县丙局", "lead"), ("县丁局", "responsible")])]


def test_one_cell_per_line_two_heads_named_after_their_posts_in_one_people_cell_keep_the_support_units():
    """A 任务分解表 copied one cell per line with a 目标值 column before its people column: a 责任人 cell naming two
    heads by their bodies' posts (县甲局局长 钟某 / 县乙局局长 曹某某, one a line) is one cell. The 目标值 line names
    no one and is passed over (before: the surplus went to the task, the 配合单位 lost, the date in the title)."""
    text = "\n".join([
        "某县生态创建任务分解表", "序号", "创建指标", "目标值", "牵头单位", "责任人", "配合单位", "联系人", "完成时限",
        "1", "河湖长制", "全面实施", "县丙局", "县丙局局长 欧阳某", "各乡镇人民政府", "唐某", "6月底前",
        "2", "外来物种入侵", "不明显", "县甲局、县乙局", "县甲局局长 钟某", "县乙局局长 曹某某", "县丁局",
        "县甲站 毛某；县乙站 熊某", "10月底前",
    ])
    assert [(title, units) for _, _, title, units in reading(text)] == [
        ("河湖长制", [("县丙局", "lead"), ("各乡镇人民政府", "support")]),
        ("外来物种入侵", [("县甲局", "lead"), ("县乙局", "lead"), ("县丁局", "support")])]


def test_one_cell_per_line_an_indicators_targets_in_paragraphs_stay_in_the_target_column():
    """An indicator table (创建指标 | 目标值 | 牵头单位) copied one cell per line: one indicator's targets printed as
    paragraphs of its 目标值 cell (秸秆利用率≥90% / 粪污利用率≥80% / 农膜回收率≥85%) are that cell's, each holding a
    figure as the target does, and the indicator alone is the title (before: all but the last joined the title)."""
    text = "\n".join([
        "某县创建指标分解表", "序号", "创建指标", "目标值", "牵头单位", "配合单位", "完成时限",
        "1", "林草覆盖率", "≥60%", "县甲局", "县乙局", "12月底前",
        "2", "农业废弃物综合利用率", "秸秆利用率≥90%", "粪污利用率≥80%", "农膜回收率≥85%", "县丙局", "县丁局", "11月底前",
    ])
    assert [(title, units) for _, _, title, units in reading(text)] == [
        ("林草覆盖率", [("县甲局", "lead"), ("县乙局", "support")]),
        ("农业废弃物综合利用率", [("县丙局", "lead"), ("县丁局", "support")])]


def test_a_column_of_enterprises_answering_for_the_rows_is_a_unit_column():
    """A 国资委's 对标 list tab-separated: 序号 | 对标领域 | 具体任务 | 责任企业 | 委内责任处室 | 完成时限. 责任企业 is the
    rows' responsible units, as 责任单位 is (before: kept as text, every enterprise lost)."""
    text = "\n".join(["某市国资委对标提升行动任务清单",
                      "序号\t对标领域\t具体任务\t责任企业\t委内责任处室\t完成时限",
                      "1\t公司治理\t推进董事会规范运作\t市甲集团有限公司、市乙公司\t企业改革处\t2025年12月底前",
                      "2\t\t健全经理层任期制管理\t市丙集团有限公司\t考核分配处\t长期坚持"])
    assert [units for *_, units in reading(text)] == [
        [("市甲集团有限公司", "responsible"), ("市乙公司", "responsible"), ("企业改革处", "responsible")],
        [("市丙集团有限公司", "responsible"), ("考核分配处", "responsible")]]


def test_one_cell_per_line_a_rectification_list_whose_cells_hold_several_paragraphs():
    """A docx 整改清单 pasted one cell a line: a 整改措施 cell of two paragraphs (1. / 2.) and a 责任单位 cell one body a
    line (甲局（牵头） / 乙局) give their paragraphs a line each, and the merged 问题类型 cell stands on its group's first
    row only. The units before the date are counted as their cells first: the lead's line stays a unit, and a row of
    as many lines as columns that opens with its problem (a sentence) holds no group cell."""
    text = "\n".join([
        "某县审计查出问题整改清单", "序号", "问题类型", "审计查出的问题", "整改措施", "责任单位", "督导单位", "整改时限",
        "1", "债务管理", "专项资金闲置超过一年。", "1.加快项目建设进度。", "2.按规定调整资金用途。",
        "县财政局（牵头）", "县城乡建设局", "县审计局", "2025年9月底前",
        "2", "拖欠企业账款未按期清偿。", "制定分年度清偿计划。", "县工业信息局（牵头）", "县财政局", "县审计局",
        "2025年11月底前",
    ])
    assert reading(text) == [
        ("一", 1, "专项资金闲置超过一年", [("县财政局", "lead"), ("县城乡建设局", "responsible"), ("县审计局", "support")]),
        ("一", 2, "拖欠企业账款未按期清偿",
         [("县工业信息局", "lead"), ("县财政局", "responsible"), ("县审计局", "support")]),
    ]
    assert sections(text) == [("一", "债务管理")]


def test_one_cell_per_line_the_doers_listed_one_a_line_beside_an_overseer_column():
    """责任单位 | 督导单位 with the doers one body a line: the office overseeing them (督导单位) is one body a row, the
    run's last line before the date; the lines before it are the doers'. Beside a 配合单位 the extra lines still go to
    the last column."""
    rows = ["1", "决算编报不准确，少计固定资产。", "县水务局", "县交通局", "县财政局", "2025年9月底前"]
    overseen = "\n".join(["某县审计整改清单", "序号", "审计查出的问题", "责任单位", "督导单位", "整改时限", *rows])
    assert reading(overseen) == [
        ("", 1, "决算编报不准确，少计固定资产",
         [("县水务局", "responsible"), ("县交通局", "responsible"), ("县财政局", "support")])]
    supported = "\n".join(["某县审计整改清单", "序号", "审计查出的问题", "责任单位", "配合单位", "整改时限", *rows])
    assert reading(supported) == [
        ("", 1, "决算编报不准确，少计固定资产",
         [("县水务局", "responsible"), ("县交通局", "support"), ("县财政局", "support")])]


_RECTIFICATION_HEADER = ["某县问题隐患整改清单", "序号", "问题隐患/制度措施", "整改措施", "责任单位", "督导单位", "整改时限"]
_PLAIN_RECTIFICATION_ROWS = [
    "2", "部分企业安全培训流于形式", "开展安全培训专项检查", "县人社局", "县安委办", "2025年8月底前",
    "3", "部分仓库消防设施缺失", "督促配齐消防设施", "县消防救援大队", "县安委办", "2025年7月底前",
    "4", "部分矿山未落实安全监测", "开展矿山安全监测检查", "县自然资源局", "县安委办", "2025年10月底前"]


def test_one_cell_per_line_a_unit_name_wrapped_between_a_body_and_its_part():
    """A PDF copied one cell per line wraps a unit cell at its column's width, between a body and its part (县公安局 /
    交通管理大队, 县政府 / 督查室): each half reads as a name, but a part with no place before it names nothing alone,
    so the two are one name (before: five unit lines under two columns, the overseer's first line taken for a doer)."""
    row = ["1", "部分学校接送车辆无营运资质", "开展接送学生车辆专项排查", "县教育局、县公安局", "交通管理大队",
           "县委督查室、县政府", "督查室", "2025年9月底前"]
    assert reading("\n".join(_RECTIFICATION_HEADER + row + _PLAIN_RECTIFICATION_ROWS))[:2] == [
        ("", 1, "部分学校接送车辆无营运资质",
         [("县教育局", "responsible"), ("县公安局交通管理大队", "responsible"), ("县委督查室", "support"),
          ("县政府督查室", "support")]),
        ("", 2, "部分企业安全培训流于形式", [("县人社局", "responsible"), ("县安委办", "support")])]


def test_one_cell_per_line_a_wrapped_problem_cell_holding_a_comma_ends_where_the_wider_measure_begins():
    """The problem cell of an 整改清单 is a sentence with its commas, wrapped at its column's width (…把关不严，动 / 火作业…):
    its lines are no wider than its first, the last narrower, and the wider 整改措施 column's first line follows. The
    title ends there (before: a comma in the first line left the widths unread, and the measure's first line ran on
    into the title)."""
    row = ["1", "部分企业特殊作业审批把关不严，动", "火作业未落实现场监护要求", "开展特殊作业专项检查，督促企业严格",
           "执行作业规范，对违规作业依法处罚", "县应急管理局", "县安委办", "2025年6月底前"]
    assert reading("\n".join(_RECTIFICATION_HEADER + row + _PLAIN_RECTIFICATION_ROWS))[:2] == [
        ("", 1, "部分企业特殊作业审批把关不严，动火作业未落实现场监护要求",
         [("县应急管理局", "responsible"), ("县安委办", "support")]),
        ("", 2, "部分企业安全培训流于形式", [("县人社局", "responsible"), ("县安委办", "support")])]


def test_one_cell_per_line_a_lone_etc_line_closes_the_wrapped_unit_cell_above_it():
    """A unit cell wrapped at its column's width with its closing 等 alone on the last line (县商务局、县应急管 / 理局、县
    自然资源局 / 等): the 等 closes the list above and opens no cell, and the next line (the overseer) starts another
    (before: the 等 read as text, the unit lines above it went into the title and the doers were lost)."""
    row = ["1", "加油站周边安全防护距离不足", "开展安全距离排查，限期整改", "县商务局、县应急管", "理局、县自然资源局", "等",
           "县安委办", "2025年12月底前"]
    assert reading("\n".join(_RECTIFICATION_HEADER + row + _PLAIN_RECTIFICATION_ROWS))[:2] == [
        ("", 1, "加油站周边安全防护距离不足",
         [("县商务局", "responsible"), ("县应急管理局", "responsible"), ("县自然资源局", "responsible"),
          ("县安委办", "support")]),
        ("", 2, "部分企业安全培训流于形式", [("县人社局", "responsible"), ("县安委办", "support")])]


def test_one_cell_per_line_a_merged_work_column_before_the_tasks_with_a_leaders_column_groups_the_rows():
    """序号 | 重点工作 | 具体任务 | 分管领导 | 责任股室 | … copied one cell per line, the 重点工作 merged and printed on its
    group's first row only: a later row's leader (孙某明) goes to the 分管领导 column, not the second task column, so its
    具体任务 stays the task and the 重点工作 heads the group (before: the group's name titled its first row, no section)."""
    text = "\n".join([
        "序号", "重点工作", "具体任务", "分管领导", "责任股室", "配合股室", "完成时限",
        "1", "畜牧稳产", "落实生猪产能调控任务。", "孙某明", "畜牧股", "计划股", "2025年6月底前",
        "2", "开展动物疫病强制免疫。", "孙某明", "县动物疫控中心", "畜牧股", "全年",
        "3", "农田建设", "新建高标准农田一万亩。", "赵某", "农田建设股", "计划股", "2025年10月底前",
    ])
    assert sections(text) == [("一", "畜牧稳产"), ("二", "农田建设")]
    assert [(title, units) for _, _, title, units in reading(text)] == [
        ("落实生猪产能调控任务", [("畜牧股", "responsible"), ("计划股", "support")]),
        ("开展动物疫病强制免疫", [("县动物疫控中心", "responsible"), ("畜牧股", "support")]),
        ("新建高标准农田一万亩", [("农田建设股", "responsible"), ("计划股", "support")])]


def test_a_row_under_merged_leader_and_unit_cells_pasted_one_cell_per_line_keeps_its_trailing_cells():
    """A 包联企业一览表 merges the leader's and the liaison unit's cells down each leader's rows; pasted one cell per
    line, a later row prints only its 序号, 企业名称 and 服务事项. It keeps them in the last columns and takes the
    merged leader and units from the row above (before: the enterprise under 包联领导, the service read as a unit); a
    row naming a new unit under the same leader keeps its own."""
    text = "\n".join(["某县领导干部包联企业一览表", "序号", "包联领导", "联络单位", "企业名称", "服务事项",
                      "1", "王某（副县长）", "县甲局、县乙局", "某县天成食品有限公司", "协调解决季节性用工",
                      "2", "某县川北水泥有限公司", "协调错峰生产指标",
                      "3", "县丙局", "某县远达电子有限公司", "帮助拓展销售渠道"])
    rows = [(title, units) for _, _, title, units in reading(text)]
    assert [title for title, _ in rows] == ["某县天成食品有限公司", "某县川北水泥有限公司", "某县远达电子有限公司"]
    assert [sorted(name for name, _ in units) for _, units in rows] == [["县乙局", "县甲局"], ["县乙局", "县甲局"], ["县丙局"]]
    plan = _plan(text)
    assert all("王某（副县长）" in task.text for task in plan.tasks())


# ---------------------------------------------------------------- a school's 行事历 numbered by the week


def test_a_calendar_numbers_its_rows_by_the_week_under_its_week_column():
    """A school's 行事历 heads its first column 周次 and numbers each row by the teaching week (第3周): the week is the
    row's number, a fortnight (第5—6周) by its first week with the weeks kept in the text, a term's calendar may start
    past week 1, and a week's second job on a row with the 周次 cell left empty (merged) is more of that week."""
    text = "\n".join(["某小学春季学期安全工作行事历",
                      "说明：责任处室栏列第一位的为牵头处室，其他为配合处室。",
                      "周次\t日期\t工作内容\t责任处室",
                      "第3周\t3.3—3.9\t校舍安全排查\t总务处、保卫科",
                      "\t\t签订安全责任书\t办公室、各年级组",
                      "第4周\t3.10—3.16\t交通安全主题班会\t德育处",
                      "第5—6周\t3.17—3.30\t防溺水专题教育\t德育处、各班级",
                      "第7周\t3.31—4.6\t消防疏散演练\t保卫科、教务处"])
    assert reading(text) == [
        ("", 3, "校舍安全排查", [("总务处", "lead"), ("保卫科", "support"), ("办公室", "lead"), ("各年级组", "support")]),
        ("", 4, "交通安全主题班会", [("德育处", "lead")]),
        ("", 5, "防溺水专题教育", [("德育处", "lead"), ("各班级", "support")]),
        ("", 7, "消防疏散演练", [("保卫科", "lead"), ("教务处", "support")]),
    ]
    assert "周次:第5—6周" in find_pasted_tables(text)


def test_a_calendar_pasted_one_cell_a_line_keeps_its_week_column_apart():
    """The same 行事历 copied out of a Word table one cell a line: 周次 heads a column of its own (周次 / 时间 are two
    columns, not one 周次时间), so the weeks number the rows and the dates and the work stay in their cells."""
    text = "\n".join(["某小学秋季学期安全工作行事历", "周次", "时间", "工作内容", "责任处室",
                      "第2周", "9.8—9.14", "交通安全主题班会", "德育处、各年级组",
                      "第3周", "9.15—9.21", "消防疏散演练", "保卫科"])
    assert reading(text) == [
        ("", 2, "交通安全主题班会", [("德育处", "responsible"), ("各年级组", "responsible")]),
        ("", 3, "消防疏散演练", [("保卫科", "responsible")]),
    ]


def test_a_calendar_copied_from_a_pdf_reads_its_weeks_and_dates_apart():
    """The 行事历 copied out of a PDF, its columns parted by runs of spaces: a row opens with its week (第1周), and the
    dates after it (9.1—9.7) fill the 日期 column, a date column as 时间 is, not the work's title."""
    text = "\n".join(["某小学秋季学期安全工作行事历",
                      "周次    日期          工作内容              责任处室",
                      "第1周   9.1—9.7      开学安全检查          总务处、保卫科",
                      "第2周   9.8—9.14     交通安全主题班会      德育处、各年级组",
                      "第3周   9.15—9.21    消防疏散演练          保卫科"])
    assert reading(text) == [
        ("", 1, "开学安全检查", [("总务处", "responsible"), ("保卫科", "responsible")]),
        ("", 2, "交通安全主题班会", [("德育处", "responsible"), ("各年级组", "responsible")]),
        ("", 3, "消防疏散演练", [("保卫科", "responsible")]),
    ]
    assert "完成时限:9.8—9.14" in find_pasted_tables(text)


def test_one_cell_per_line_a_time_cell_deferring_to_a_higher_levels_schedule_is_no_units():
    """A 完成时限 cell giving no date but a higher level's schedule (按省、市部署推进): the row's deadline cell, though
    the levels in it read as bodies (before: 按省 and 市部署 read as support units)."""
    text = "\n".join([
        "某县农业农村局重点工作任务清单", "序号", "具体任务", "责任股室", "配合股室", "完成时限",
        "1", "推进高标准农田建设", "农田建设股", "计划财务股", "2025年12月底前",
        "2", "做好第二轮土地承包到期后再延长试点", "经管股", "法规股", "按省、市部署推进",
        "3", "开展农产品质量安全监测", "质量安全股", "农技站", "长期坚持",
    ])
    assert [units for *_, units in reading(text)] == [
        [("农田建设股", "responsible"), ("计划财务股", "support")],
        [("经管股", "responsible"), ("法规股", "support")],
        [("质量安全股", "responsible"), ("农技站", "support")]]


def test_a_schedule_table_under_its_time_heading_is_the_sections_text():
    """A 工作要点 may close with its stages as a table (二、时间安排 / 阶段 | 时间 | 主要任务) naming no unit: each row
    is a stage and its date, the schedule, not a task, as the same stages written as numbered items are; it joins the
    section's text as printed, without the count the table reader numbered its rows by."""
    text = "\n".join(["某县2025年消防工作要点", "一、重点任务",
                      "　　1.整治电动车充电隐患。建设集中充电场所。（牵头单位：县消防救援大队；各乡镇人民政府落实）",
                      "二、时间安排", "阶段\t时间\t主要任务",
                      "动员部署阶段\t2025年3月\t制定工作要点，召开部署会议",
                      "总结评估阶段\t2025年12月\t形成年度总结报告"])
    assert reading(text) == [
        ("一", 1, "整治电动车充电隐患", [("县消防救援大队", "lead"), ("各乡镇人民政府", "implement")]),
    ]
    (section,) = [s for s in _plan(text).sections if s.title == "时间安排"]
    assert "动员部署阶段" in section.intro and "总结评估阶段" in section.intro
    assert not section.intro.startswith("1.")  # the reader's count of a row printing no 序号 is no ink of the text


def test_a_schedule_table_closing_the_plan_leaves_the_safeguards_before_it_as_text():
    """三、保障措施 （一）…（二）… then 四、时间安排 as a table naming no unit: the schedule is no task, so the
    safeguards before it close the plan's work, text, and their numbers take no measure's place."""
    text = "\n".join(["某县2025年消防工作要点", "一、重点任务",
                      "　　1.整治电动车充电隐患。建设集中充电场所。（牵头单位：县消防救援大队；配合单位：县商务局）",
                      "　　2.排查高层建筑消防设施。更换失效器材。（牵头单位：县住房和城乡建设局）",
                      "二、保障措施", "　　（一）加强组织领导。各级主要负责同志要亲自部署。",
                      "　　（二）严格考核问效。纳入年度考核。",
                      "三、时间安排", "阶段\t时间\t主要任务",
                      "动员部署阶段\t2025年3月\t制定工作要点，召开部署会议",
                      "集中攻坚阶段\t2025年4月—10月\t全面开展隐患排查整治"])
    assert reading(text) == [
        ("一", 1, "整治电动车充电隐患", [("县消防救援大队", "lead"), ("县商务局", "support")]),
        ("一", 2, "排查高层建筑消防设施", [("县住房和城乡建设局", "lead")]),
    ]


# an election plan's dated stages with steps naming their doers, then its schedule table restating them after 附：
_STEPS_THEN_SCHEDULE = "\n".join([
    "某镇换届选举工作实施方案", "一、工作步骤", "（一）准备阶段（9月1日—9月15日）",
    "　　1.召开动员会议。镇党政办负责会务保障，镇人大主席团办公室配合。",
    "　　2.制定实施方案。镇选举委员会办公室负责起草实施方案。",
    "　　3.开展业务培训。镇选举委员会负责培训选举工作人员。", "二、工作要求", "（一）加强组织领导。要确保各阶段工作按时序推进。", "（二）严肃换届纪律。要严格执行纪律。",
    "附：", "某镇换届选举工作{caption}", "阶段\t时间\t工作内容\t责任主体",
    "准备阶段\t9月1日前\t召开动员会议\t镇党政办", "\t9月5日前\t制定实施方案\t镇选举委员会办公室",
    "\t9月10日前\t开展业务培训\t镇选举委员会"])


@pytest.mark.parametrize("caption", ["进度安排表", "时间安排表", "工作进度表"])
def test_a_schedule_table_restating_the_steps_after_its_mark_is_the_plans_text(caption):
    """附： over a caption naming a schedule (…进度安排表) and its table (阶段 | 时间 | 工作内容 | 责任主体, the stage on
    its first row only) after steps that name their doers: the rows restate the steps, the plan's text, not tasks —
    and the items of 二、工作要求 before it stay that part's text, no group over the rows."""
    text = _STEPS_THEN_SCHEDULE.format(caption=caption)
    assert reading(text) == [
        ("一", 1, "召开动员会议", [("镇党政办", "responsible"), ("镇人大主席团办公室", "support")]),
        ("一", 2, "制定实施方案", [("镇选举委员会办公室", "responsible")]),
        ("一", 3, "开展业务培训", [("镇选举委员会", "responsible")]),
    ]
    plan = _plan(text)
    assert any("9月10日前" in group.text for section in plan.sections for group in section.groups)
    assert any("schedule" in note.text and caption in note.text for note in plan.readings)


def test_a_schedule_table_of_a_plan_whose_steps_name_no_unit_keeps_its_rows_as_tasks():
    """The same table after steps naming no doer: the table is the only list of who does what, so its rows stay
    tasks; a caption giving out the tasks (…任务分工表) is no schedule either."""
    unnamed = (_STEPS_THEN_SCHEDULE.format(caption="进度安排表")
               .replace("镇党政办负责会务保障，镇人大主席团办公室配合。", "做好会务保障。")
               .replace("镇选举委员会办公室负责起草实施方案。", "起草实施方案。")
               .replace("镇选举委员会负责培训选举工作人员。", "培训选举工作人员。"))
    assert [title for *_, title, _ in reading(unnamed)][-3:] == ["召开动员会议", "制定实施方案", "开展业务培训"]
    divided = _STEPS_THEN_SCHEDULE.format(caption="任务分工表")
    assert sum(len(plan.tasks()) for plan in parse_text(divided, "p.txt")) == 6


def test_a_sentence_line_naming_a_schedule_opens_no_box():
    """各村要建立工作进度安排表 alone on its line under 三、工作要求, no table after it: a sentence, no caption — the
    items after it stay the plan's tasks."""
    text = "\n".join(["某镇垃圾治理工作方案", "一、工作步骤", "　　1.召开动员会议。镇党政办负责会务保障。",
                      "　　2.开展垃圾清理。镇环卫所负责清运。", "二、工作要求", "各村要建立工作进度安排表",
                      "（一）加强组织领导。镇党委负责统筹协调。", "（二）严肃工作纪律。镇纪委负责监督检查。"])
    assert [(title, units) for *_, title, units in reading(text)][-2:] == [
        ("加强组织领导", [("镇党委", "lead")]), ("严肃工作纪律", [("镇纪委", "responsible")])]


def test_a_schedule_table_among_the_steps_keeps_every_step():
    """A stage's schedule table (…工作进度安排表: 阶段 | 时间 | 工作内容 | 责任主体) between the steps, the steps going
    on after it (3. 4.): no closing schedule — the steps before and after it stay tasks."""
    text = "\n".join(["某镇垃圾治理工作方案", "一、工作步骤", "　　1.召开动员会议。镇党政办负责会务保障。",
                      "　　2.制定实施方案。镇农业办负责起草方案。", "动员阶段工作进度安排表", "阶段\t时间\t工作内容\t责任主体",
                      "动员阶段\t3月1日前\t召开动员会议\t镇党政办", "\t3月15日前\t制定实施方案\t镇农业办",
                      "　　3.开展垃圾清理。镇环卫所负责清运。", "　　4.开展督查考核。镇纪委负责督查。", "二、工作要求", "要严格执行纪律。"])
    titles = [title for *_, title, _ in reading(text)]
    assert titles[:2] == ["召开动员会议", "制定实施方案"] and titles[-2:] == ["开展垃圾清理", "开展督查考核"]


def test_a_schedule_table_adding_work_no_step_names_keeps_its_rows_as_tasks():
    """The closing schedule restates three steps and adds two pieces of work no step names (建设污水处理站): not the
    steps restated — its rows stay tasks, the added work with its units."""
    text = _STEPS_THEN_SCHEDULE.format(caption="进度安排表") + "\n" + "\n".join([
        "\t11月30日前\t开展厕所改造验收\t镇卫生院", "\t12月31日前\t建设污水处理站\t镇规划建设办"])
    read = [(title, units) for *_, title, units in reading(text)]
    assert ("建设污水处理站", [("镇规划建设办", "responsible")]) in read
    assert ("开展厕所改造验收", [("镇卫生院", "responsible")]) in read


def test_an_attached_blank_form_is_no_plan():
    """A plan attaches the form its units report on (附件1 / 月报表（样表）), pre-filled with the tasks and who reports,
    the columns after the units left empty to fill in: no plan (before: a plan of its own, set before the 分工表 in
    that table's place). A 报表 whose columns after the units are filled in is read as a table still."""
    form = ("某区小巷整治行动方案\n一、重点任务\n1.整治小巷环境。清理死角。（区甲局牵头，各街道落实）\n附件1\n"
            "整治进展月报表（样表）\n序号\t任务名称\t牵头单位\t本月进展\t存在问题\n1\t整治小巷环境\t区甲局\t\t\n附件2\n"
            "重点任务分工表\n序号\t任务\t牵头单位\t配合单位\t完成时限\n1\t整治小巷环境\t区甲局\t区乙局\t2026年底前\n")
    plans = parse_text(form, "p.txt")
    assert [p.title for p in plans] == ["某区小巷整治行动方案", "重点任务分工表"]
    assert [(a.name, a.role) for a in plans[1].tasks()[0].assignments] == [("区甲局", "lead"), ("区乙局", "support")]
    filled = form.replace("区甲局\t\t\n", "区甲局\t已完成\t无\n")
    assert [p.title for p in parse_text(filled, "p.txt")] == [
        "某区小巷整治行动方案", "整治进展月报表（样表）", "重点任务分工表"]


@pytest.mark.parametrize("column", ["包联县直单位", "包保市直单位", "责任县直部门", "包抓单位"])
def test_unit_column_named_with_a_scope_between_role_and_unit_word(column):
    """A county sheet names its unit column with the level between the role word and 单位 (包联县直单位, 责任市直部门),
    or by 包保 / 包抓 as 包联: the column still holds the bodies answering for each row. Pasted one cell a line, the
    table was lost when that cell was not known as a column (before: 东关村建设…县商务局 one title, no units)."""
    text = "\n".join(["序号", "村名", "发展项目", column, "完成时限",
                      "1", "东关村", "建设标准化农贸市场1处", "县商务局", "2025年10月底前",
                      "2", "西河村", "发展光伏发电项目", "县发展和改革局、国网某县供电公司", "2025年8月底前"])
    read = [(title, units) for _, _, title, units in reading(text)]
    assert read == [("建设标准化农贸市场1处", [("县商务局", "responsible")]),
                    ("发展光伏发电项目", [("县发展和改革局", "responsible"), ("国网某县供电公司", "responsible")])]


def test_lead_column_with_a_scope_and_a_scoped_unit_column():
    """牵头县直部门 beside 落实县直单位: the scope changes nothing about either role."""
    text = "\n".join(["序号", "工作任务", "牵头县直部门", "落实县直单位", "完成时限",
                      "1", "开展农村人居环境整治", "县农业农村局", "县住房和城乡建设局", "2025年12月底前"])
    assert [units for *_, units in reading(text)] == [[("县农业农村局", "lead"), ("县住房和城乡建设局", "implement")]]


@pytest.mark.parametrize("furniture", [["【打印本页】【关闭窗口】", "扫一扫在手机打开当前页"], ["打印本页 关闭窗口"],
                                       ["扫一扫在手机打开当前页"]])
def test_web_page_furniture_under_the_table_is_no_cells_of_its_last_row(furniture):
    """A table copied from a web page, one cell a line, its 乡镇 merged down its villages: the last row lacks that
    cell, and the page's closing furniture under it (【打印本页】【关闭窗口】, 扫一扫在手机打开当前页) is no cell it lost
    (before: the village read as a group, the people as the title, 县水利局【打印本页】【关闭窗口】 as a unit)."""
    text = "\n".join(["序号", "乡镇", "村名", "发展项目", "包联单位", "责任人", "完成时限",
                      "1", "城关镇", "东关村", "盘活闲置门面房", "县住房和城乡建设局", "刘建明、周涛", "2025年6月底前",
                      "2", "西坡村", "建设光伏电站200千瓦", "县水利局", "王刚、李明", "2025年8月底前", *furniture])
    read = [(section, title, units) for section, _, title, units in reading(text)]
    assert [title for _, title, _ in read] == ["盘活闲置门面房", "建设光伏电站200千瓦"]
    assert read[1][2] == [("县水利局", "responsible")]
    assert read[0][0] == read[1][0]  # one town's rows: no section of their own for the village


@pytest.mark.parametrize("lines, units", [
    (["县发展和改革局", "县供销合作社", "赵永红、孙立"], [("县发展和改革局", "responsible"), ("县供销合作社", "responsible")]),
    (["县发展和改革局", "赵永红", "孙立"], [("县发展和改革局", "responsible")]),
])
def test_row_short_of_its_town_with_a_cell_over_two_lines(lines, units):
    """乡镇 merged down its villages, one cell a line: a later row lacks the town's cell, and its unit cell (one body a
    line) or its people cell (one person a line) runs over two lines, so it has one line per column all the same. The
    village in the town's place is the 村名 column's cell (a 村, as the row above has there), not a new town (before:
    南塬村 read as a section, the first unit as the title)."""
    text = "\n".join(["序号", "乡镇", "村名", "发展项目", "包联单位", "责任人", "完成时限",
                      "1", "城关镇", "东关村", "盘活闲置门面房，发展物业租赁经济", "县住房和城乡建设局", "刘建明、周涛",
                      "2025年6月底前",
                      "2", "南塬村", "建设冷链仓储库1座", *lines, "2025年11月底前"])
    read = reading(text)
    assert [(section, title) for section, _, title, _ in read] == [
        ("一", "盘活闲置门面房，发展物业租赁经济"), ("一", "建设冷链仓储库1座")]
    assert read[1][3] == units


def test_new_town_on_a_row_stays_a_group_cell():
    """The same table where a row opens a new town (石门镇) with one line a column and its village: the town starts a
    group of its own (the place word differs from the villages')."""
    text = "\n".join(["序号", "乡镇", "村名", "发展项目", "包联单位", "责任人", "完成时限",
                      "1", "城关镇", "东关村", "盘活闲置门面房", "县住房和城乡建设局", "刘建明、周涛", "2025年6月底前",
                      "2", "南塬村", "建设冷链仓储库1座", "县发展和改革局", "赵永红、孙立", "2025年11月底前",
                      "3", "石门镇", "石门村", "建设光伏电站", "县水利局", "张卫东", "2025年8月底前"])
    assert [(section, title) for section, _, title, _ in reading(text)] == [
        ("一", "盘活闲置门面房"), ("一", "建设冷链仓储库1座"), ("二", "建设光伏电站")]


def test_row_short_of_its_town_and_village_keeps_its_cells_in_the_last_columns():
    """乡镇 merged down its villages and 村名 down the village's projects: the village's second project prints neither
    place, only its number and its own cells. Its first line is the project, no place: the row's cells are the last
    columns' (before: the project in the village's column, the unit as the title, the units of the row above)."""
    text = "\n".join(["序号", "乡镇", "村名", "发展项目", "包联单位", "责任人", "完成时限",
                      "1", "城关镇", "东关村", "盘活闲置门面房", "县住房和城乡建设局", "刘建明、周涛", "2025年6月底前",
                      "2", "发展乡村研学基地", "县教育体育局", "许文斌、袁立新", "2025年10月底前",
                      "3", "南塬村", "建设冷链仓储库1座", "县发展和改革局", "赵永红、孙立", "2025年11月底前"])
    assert [(section, title, units) for section, _, title, units in reading(text)] == [
        ("一", "盘活闲置门面房", [("县住房和城乡建设局", "responsible")]),
        ("一", "发展乡村研学基地", [("县教育体育局", "responsible")]),
        ("一", "建设冷链仓储库1座", [("县发展和改革局", "responsible")])]


def test_one_cell_per_line_a_content_line_opening_with_an_ongoing_word_is_no_time_cell():
    """A 具体内容 cell wrapped one line a column width, its first line opening with 常态化开展 (常态化开展危险废物、非法倾倒): the
    words of going on are followed by what is done, so the line is the task's text, no 完成时限 cell cutting the row
    there (before: the row ended at that line, its title took the content, its units were the row above's). 持续推进
    standing alone still closes the row as its time cell."""
    text = "\n".join(["某市固废治理任务清单", "序号", "重点任务", "具体内容", "牵头单位", "配合单位", "完成时限",
                      "1", "规范旧衣回收", "设置回收箱，覆盖所有小区。", "市商务局", "市民政局", "持续推进",
                      "2", "整治河道垃圾堆", "放问题", "常态化开展巡河检查、清理岸", "线垃圾，建立问题台账。",
                      "市水务局、", "市城管局", "各镇人民政府", "持续推进"])
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "规范旧衣回收", [("市商务局", "lead"), ("市民政局", "support")]),
        (2, "整治河道垃圾堆放问题", [("市水务局", "lead"), ("市城管局", "lead"), ("各镇人民政府", "support")])]


def test_one_cell_per_line_a_merged_field_cell_a_narrow_column_wrapped_is_no_title():
    """A PDF prints a merged 领域 cell once, inside one row of its run, wrapped at its narrow column (林业领 / 域) between
    the row's 序号 and its task cell, which wraps too. The pieces are the group's cell, not the task's title (before:
    the title was 林业领域 and the task's own words went to its content)."""
    text = "\n".join(["某县生态治理任务清单", "序号", "领域", "重点任务", "具体内容", "牵头单位", "配合单位", "完成时限",
                      "1", "开展林地清查", "全面摸清林地权属和利用现状。", "县林业局", "县自然资源局", "2026年底前",
                      "2", "林业领", "域", "建设森林防火", "隔离带", "新建防火隔离带，配齐巡护", "设备。", "县林业局",
                      "县应急管理局", "2026年底前",
                      "3", "修复退化林", "分区实施退化林修复。", "县林业局", "县财政局", "2027年底前"])
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "开展林地清查", [("县林业局", "lead"), ("县自然资源局", "support")]),
        (2, "建设森林防火隔离带", [("县林业局", "lead"), ("县应急管理局", "support")]),
        (3, "修复退化林", [("县林业局", "lead"), ("县财政局", "support")])]


def test_a_column_of_the_bodies_taking_a_duty_over_is_responsible():
    """A 收回事项 list (duties taken back from the towns) names the body taking each one over in a 承接部门 column."""
    text = "\n".join(["某县收回事项清单",
                      "序号\t事项名称\t具体内容\t县级承接部门",
                      "1\t林木采伐审核\t林木采伐许可的受理和审核。\t县林草局",
                      "2\t农机安全检验\t拖拉机年度安全检验。\t县农机中心、县公安局"])
    assert [(number, title, units) for _, number, title, units in reading(text)] == [
        (1, "林木采伐审核", [("县林草局", "responsible")]),
        (2, "农机安全检验", [("县农机中心", "responsible"), ("县公安局", "responsible")])]



@pytest.mark.parametrize("handing, taking", [("划出单位", "划入单位"), ("移交部门", "接收部门"), ("原承担部门", "承接部门")])
def test_the_columns_of_a_duty_transfer_list_are_both_responsible(handing, taking):
    """A 职责划转清单 names per duty the body handing it over and the body taking it on; both answer for the
    transfer, and a row's empty 配合 cell stays empty (the row's own unit cells are read, nothing shared from above)."""
    text = "\n".join(["某县职责划转清单",
                      f"序号\t划转事项\t{handing}\t{taking}\t配合单位",
                      "1\t老年人福利工作职责\t县卫健委\t县民政局\t县财政局",
                      "2\t商标管理职责\t县工信局\t县市场监管局\t"])
    assert [(number, title, units) for _, number, title, units in reading(text)] == [
        (1, "老年人福利工作职责", [("县卫健委", "responsible"), ("县民政局", "responsible"), ("县财政局", "support")]),
        (2, "商标管理职责", [("县工信局", "responsible"), ("县市场监管局", "responsible")])]


@pytest.mark.parametrize("former", ["原行使部门", "原实施部门", "原执法部门"])
def test_the_former_holder_of_a_transferred_power_is_responsible(former):
    """A 综合行政执法事项目录 names beside the body now exercising each power (实施主体) the department that held it
    before (原行使部门): it hands the power over and keeps the trade's supervision, responsible as a 划出单位."""
    text = "\n".join(["某县综合行政执法事项目录",
                      f"序号\t事项名称\t实施主体\t{former}\t协同部门",
                      "1\t对非法采矿的处罚\t县综合行政执法局\t县自然资源局\t县公安局",
                      "2\t对擅自占用城市道路的处罚\t县综合行政执法局\t县住房和城乡建设局\t/"])
    assert [(number, title, units) for _, number, title, units in reading(text)] == [
        (1, "对非法采矿的处罚", [("县自然资源局", "responsible"), ("县公安局", "support"),
                           ("县综合行政执法局", "implement")]),
        (2, "对擅自占用城市道路的处罚", [("县住房和城乡建设局", "responsible"), ("县综合行政执法局", "implement")])]


def test_a_different_header_after_a_part_heading_starts_a_table_of_its_own():
    """A list in parts prints each part's table under its own header: the second header is no data row under the
    first (before: a task 事项名称, and the rows below read by the first header's columns)."""
    text = "\n".join(["某县事项清单",
                      "一、甲类事项（1项）",
                      "序号\t事项名称\t牵头单位\t配合单位",
                      "1\t河道清淤\t县水利局\t县财政局",
                      "二、乙类事项（1项）",
                      "序号\t事项名称\t具体内容\t责任单位",
                      "1\t电梯安全检查\t开展在用电梯安全检查。\t县市场监管局"])
    assert reading(text) == [
        ("一", 1, "河道清淤", [("县水利局", "lead"), ("县财政局", "support")]),
        ("二", 1, "电梯安全检查", [("县市场监管局", "responsible")])]


def test_a_flat_header_after_a_two_level_header_starts_a_table_of_its_own():
    """The first part's table has a two-level header (责任单位 over 主管部门 | 属地乡镇); the next part's flat header is
    still another table's, its rows read by its own columns (before: the header a task 工作措施, 牵头/配合 responsible).
    The first header printed again on one line after a page's foot stays no row of either."""
    text = "\n".join(["某县防汛责任和措施清单",
                      "一、责任清单",
                      "序号\t风险点名称\t责任单位\t\t责任人",
                      "\t\t主管部门\t属地乡镇\t行政责任人",
                      "1\t甲山水库\t县水利局\t东坪镇人民政府\t王某某（镇长）",
                      "— 2 —",
                      "序号\t风险点名称\t主管部门\t属地乡镇\t行政责任人",
                      "2\t西河堤防\t县水利局\t南岭镇人民政府\t赵某某（书记）",
                      "",
                      "二、措施清单",
                      "序号\t工作措施\t牵头单位\t配合单位\t完成时限",
                      "1\t开展汛前大检查。\t县水利局\t县应急管理局、各乡镇人民政府\t5月底前"])
    assert reading(text) == [
        ("一", 1, "甲山水库", [("县水利局", "responsible"), ("东坪镇人民政府", "responsible")]),
        ("一", 2, "西河堤防", [("县水利局", "responsible"), ("南岭镇人民政府", "responsible")]),
        ("二", 1, "开展汛前大检查", [("县水利局", "lead"), ("县应急管理局", "support"), ("各乡镇人民政府", "support")])]


@pytest.mark.parametrize("caption", ["表2\t某县防汛重点措施清单", "表2　某县防汛重点措施清单", "附表2：某县防汛重点措施清单"])
def test_a_numbered_caption_between_two_tables_is_no_row_of_the_first(caption):
    """Word and WPS copy a table's numbered caption as a line of its own (表2<TAB>某县…清单) over its header. Under the
    table above it is no row (before: a task titled by the caption under 二)."""
    text = "\n".join(["某县防汛责任和措施清单",
                      "一、责任清单",
                      "序号\t风险点名称\t主管部门\t属地乡镇\t行政责任人",
                      "1\t甲山水库\t县水利局\t东坪镇人民政府\t王某某（镇长）",
                      "",
                      "二、措施清单",
                      caption,
                      "序号\t工作措施\t牵头单位\t配合单位\t完成时限",
                      "1\t开展汛前大检查。\t县水利局\t县应急管理局、各乡镇人民政府\t5月底前"])
    assert reading(text) == [
        ("一", 1, "甲山水库", [("县水利局", "responsible"), ("东坪镇人民政府", "responsible")]),
        ("二", 1, "开展汛前大检查", [("县水利局", "lead"), ("县应急管理局", "support"), ("各乡镇人民政府", "support")])]


def test_a_column_of_form_numbers_is_read_as_rows_not_captions():
    """A list of forms numbers them in its first column (表1 | 基本情况表): with rows, not a header, under it, such a line is
    a row of the table, not the next table's caption."""
    text = "\n".join(["某县统计报表任务清单",
                      "表号\t报表名称\t责任单位",
                      "表1\t企业基本情况表\t县统计局",
                      "表2\t工业产值月报表\t县工信局"])
    assert [units for *_, units in reading(text)] == [[("县统计局", "responsible")], [("县工信局", "responsible")]]


def test_a_role_column_headed_by_duties_holds_duty_text_not_names():
    """A 履职事项清单 heads its columns by whose duty each holds: the body named in the header (乡镇（街道）配合职责) takes
    the column's role in every row; a column naming no body (县级主责部门及职责) gives the role to the bodies heading its
    clauses (县X局：负责…). Before: the duty text was split as unit names and the header's body got nothing."""
    text = "\n".join(["某县配合事项清单",
                      "序号\t事项名称\t乡镇（街道）配合职责\t县级主责部门及职责",
                      "1\t河道保洁\t做好河道日常巡查，发现问题及时报告。\t县水利局：负责河道管理。",
                      "2\t校外培训治理\t协助摸排无证机构。\t县教体局：负责校外培训监管。县民政局：负责登记管理。"])
    assert [(number, title, sorted(units)) for _, number, title, units in reading(text)] == [
        (1, "河道保洁", [("乡镇（街道）", "support"), ("县水利局", "lead")]),
        (2, "校外培训治理", [("乡镇（街道）", "support"), ("县教体局", "lead"), ("县民政局", "lead")])]


def test_plan_catalogue_names_the_drafting_body_its_unit():
    """A plan catalogue (专项规划目录) pasted one cell per line heads the body drawing up each plan 编制单位: it answers
    for the plan, as a 起草单位 for a bill (before: the body glued to the plan's name, no unit)."""
    text = "\n".join(["一、工作任务", "（一）编制专项规划。按计划推进。", "序号", "规划名称", "编制单位", "完成时限",
                      "1", "某区科技创新规划", "区科技局", "2025年底",
                      "2", "某区数字经济发展规划", "区数据局", "2025年底"])
    assert [(title, units) for _, _, title, units in reading(text)] == [
        ("某区科技创新规划", [("区科技局", "responsible")]), ("某区数字经济发展规划", [("区数据局", "responsible")])]


@pytest.mark.parametrize("unit_column", ["编制单位", "责任单位"])
def test_unknown_last_column_after_the_units_stays_a_column(unit_column):
    """A plan catalogue closes each row with the level approving the plan (审批层级), a column no header word names,
    after the unit column. Row 1's number after it and row 2's one cell further than the header without it would put
    it make it the header's last column (before: the header ended at the units, each approval cell opened a section
    and the approving body in 报区发展改革局备案 stayed out of the units as it should)."""
    text = "\n".join(["一、工作任务", "（一）编制专项规划。按计划推进。", "序号", "规划名称", unit_column, "审批层级",
                      "1", "某区科技创新规划", "区科技局", "区政府审批",
                      "2", "某区数字经济发展规划", "区数据局", "区政府审批",
                      "3", "某区水务发展规划", "区水务局", "部门审批，报区发展改革局备案"])
    assert reading(text) == [("一", 1, "某区科技创新规划", [("区科技局", "responsible")]),
                             ("一", 2, "某区数字经济发展规划", [("区数据局", "responsible")]),
                             ("一", 3, "某区水务发展规划", [("区水务局", "responsible")])]
    assert [title for _, title in sections(text)] == ["工作任务"]


def test_group_row_under_the_header_is_no_closing_column():
    """A group row under a numbered header (重点产业 before row 1) is short and names nothing, as an unknown last column
    does, but the rows are as wide as the header without it: it stays the group's heading, not a column."""
    text = "\n".join(["序号", "重点任务", "责任单位", "完成时限", "重点产业",
                      "1", "培育新材料产业集群", "区工信局", "2025年底",
                      "2", "建设物流园区", "区商务局", "2025年底"])
    read = reading(text)
    assert [(title, units) for _, _, title, units in read] == [
        ("培育新材料产业集群", [("区工信局", "responsible")]), ("建设物流园区", [("区商务局", "responsible")])]
    assert "重点产业" in [title for _, title in sections(text)]


@pytest.mark.parametrize("line, closing", [("【打印本页】【关闭窗口】", True), ("打印本页 关闭窗口", True),
                                           ("扫一扫在手机打开当前页", True), ("关闭", False), ("【关闭窗口】", False),
                                           ("打印", False)])
def test_page_closing_is_one_test_for_the_text_and_its_tables(line, closing):
    """The page's buttons close it as a pair, 打印 then 关闭, for the text's cut and a table's end alike: one alone
    may be a table's cell."""
    from generator.words.page import PAGE_CLOSING
    assert bool(PAGE_CLOSING.match(line)) is closing


def test_columns_named_by_level_and_responsibility_hold_that_levels_duty_sentences():
    """A 三级责任清单 heads its columns by the level whose bodies act (县级责任 | 乡镇责任 | 村级责任), each cell that level's
    duty sentences naming their doers: the bodies are read from the sentences by their verbs; a cell's lines are
    sentences of their own (a 牵头县领导 line over the departments), and / says the level has no duty. Before: no unit
    column, so no table; the rows fell to the outline reader."""
    text = "\n".join(["某县乡村振兴责任清单",
                      "序号\t重点任务\t县级责任\t乡镇责任\t村级责任",
                      "1\t稳定蔬菜生产\t县农业局牵头，县财政局配合。\t各乡镇人民政府负责分解面积。\t各村（社区）负责入户宣传。",
                      '2\t改善村容村貌\t"分管县领导：副县长 某某\n县住建局负责。"\t各乡镇负责日常考评。\t/'])
    assert [(number, title, sorted(units)) for _, number, title, units in reading(text)] == [
        (1, "稳定蔬菜生产", [("县农业局", "lead"), ("县财政局", "support"), ("各乡镇人民政府", "responsible"),
                         ("各村（社区）", "responsible")]),
        (2, "改善村容村貌", [("县住建局", "responsible"), ("各乡镇", "responsible")])]


def test_a_cells_second_paragraph_on_a_line_of_its_own_stays_in_the_cell():
    """A Word table saved as text breaks a row where a cell holds two paragraphs: the second stands on a line with no
    tab (县Y局：负责…。) before the next whole numbered row. It is the last cell's, not a section heading (before: a
    section 一、县Y局：负责… between the rows, and 县Y局 lost)."""
    text = "\n".join(["某县配合事项清单",
                      "序号\t事项名称\t乡镇（街道）配合职责\t县级主责部门及职责",
                      "1\t河道保洁\t做好河道日常巡查。\t县水利局：负责河道管理。",
                      "县城管局：负责沿河垃圾清运。",
                      "2\t校外培训治理\t协助摸排无证机构。\t县教体局：负责校外培训监管。"])
    assert [(number, title, sorted(units)) for _, number, title, units in reading(text)] == [
        (1, "河道保洁", [("乡镇（街道）", "support"), ("县城管局", "lead"), ("县水利局", "lead")]),
        (2, "校外培训治理", [("乡镇（街道）", "support"), ("县教体局", "lead")])]
    assert [title for _, title in sections(text)] == [""]


def test_bracketed_item_paragraph_in_a_tab_row_task_cell_is_no_section_row():
    """A browser copies a task cell of several paragraphs a line each, the row's later cells after the last: the
    （1） / （2） paragraphs are the task cell's text, not a section spanning the table nor a row of their own."""
    text = "\n".join(["序号\t工作任务\t牵头单位\t责任单位\t完成时限",
                      "1\t实施河滨片区更新。",
                      "（1）启动东门片区更新；",
                      "（2）新开工安置住房300套。\t县住房城乡建设局\t县自然资源局",
                      "县城投集团\t12月底前",
                      "2\t开展城市体检。完成年度城市体检。\t县住房城乡建设局\t县直有关部门\t9月底前"])
    assert reading(text) == [
        ("", 1, "实施河滨片区更新", [("县住房城乡建设局", "lead"), ("县自然资源局", "responsible"),
                                  ("县城投集团", "responsible")]),
        ("", 2, "开展城市体检", [("县住房城乡建设局", "lead"), ("县直有关部门", "responsible")])]
    (first, _) = _plan(text).tasks()
    assert "（1）启动东门片区更新" in first.text and "（2）新开工安置住房300套" in first.text


def test_merged_cells_left_out_of_a_tab_copy_with_the_number_column_second():
    """Some browsers copy a rowspan table with the merged cells absent (not empty): under 类别 | 序号 | …, a group's later
    rows open with their 序号 and lack the merged 牵头县领导 too. Each is a row of its own, its cells in their columns."""
    text = "\n".join(["类别\t序号\t工作任务\t牵头县领导\t牵头单位\t责任单位\t完成时限",
                      "城市更新\t1\t推进老旧街区改造。改造街区12个。\t赵某某\t县住房城乡建设局\t县财政局\t11月底前",
                      "2\t开展城市体检。完成年度城市体检。\t县住房城乡建设局\t县直有关部门\t9月底前",
                      "3\t完善生活圈。建设口袋公园6个。\t县自然资源局\t县城市管理局\t12月底前",
                      "住房保障\t4\t加快保障性住房建设。筹集房源80套。\t钱某某\t县住房城乡建设局\t县财政局\t12月底前"])
    assert [(number, title, units) for _, number, title, units in reading(text)] == [
        (1, "推进老旧街区改造", [("县住房城乡建设局", "lead"), ("县财政局", "responsible")]),
        (2, "开展城市体检", [("县住房城乡建设局", "lead"), ("县直有关部门", "responsible")]),
        (3, "完善生活圈", [("县自然资源局", "lead"), ("县城市管理局", "responsible")]),
        (4, "加快保障性住房建设", [("县住房城乡建设局", "lead"), ("县财政局", "responsible")])]
    assert [title for _, title in sections(text)] == ["城市更新", "住房保障"]


def test_header_cell_broken_over_two_lines_in_a_tab_copy():
    """A web table's narrow header cell broken by <br> (牵头 / 县领导) breaks the copied header row there: the two lines
    are one header, joined at that cell, not a header of two rows."""
    text = "\n".join(["类别\t序号\t工作任务\t牵头",
                      "县领导\t牵头单位\t责任单位\t完成时限",
                      "城市更新\t1\t推进老旧街区改造。改造街区12个。\t赵某某\t县住房城乡建设局\t县财政局、城关镇人民政府\t11月底前",
                      "\t2\t开展城市体检。完成年度城市体检。\t\t县住房城乡建设局\t县直有关部门\t9月底前"])
    assert [(number, title, units) for _, number, title, units in reading(text)] == [
        (1, "推进老旧街区改造", [("县住房城乡建设局", "lead"), ("县财政局", "responsible"),
                                ("城关镇人民政府", "responsible")]),
        (2, "开展城市体检", [("县住房城乡建设局", "lead"), ("县直有关部门", "responsible")])]
    assert [title for _, title in sections(text)] == ["城市更新"]


def test_no_duty_mark_under_a_duty_column_is_not_filled_from_the_row_above():
    """/ under a level's duty column (县级责任) says that level has no duty in the row: the cell is not an empty merged
    cell, so it takes nothing from the row above (before: row 2 got row 1's 县林业局)."""
    text = "\n".join(["某县林业工作责任清单",
                      "序号\t重点任务\t县级责任\t乡镇责任",
                      "1\t开展春季造林\t县林业局：负责苗木调运。\t各乡镇：负责组织栽植。",
                      "2\t开展森林防火宣传\t/\t各乡镇：负责入户宣传。"])
    assert [(number, title, sorted(units)) for _, number, title, units in reading(text)] == [
        (1, "开展春季造林", [("县林业局", "responsible"), ("各乡镇", "responsible")]),
        (2, "开展森林防火宣传", [("各乡镇", "responsible")])]


@pytest.mark.parametrize("cell, kind", [("持续推进", "deadline"), ("长期坚持并持续推进", "deadline"),
                                        ("长期推进并定期调度", "deadline"), ("常态化开展和巩固", "deadline"),
                                        ("常态化开展危险废物、非法倾倒", "text"), ("持续开展执法检查", "text"),
                                        ("长期推进并定期调度项目进展", "text")])
def test_ongoing_schedule_phrases_joined_are_a_time_cell_an_object_after_the_verb_is_text(cell, kind):
    """A 完成时限 cell may join two phrases of going on (长期坚持并持续推进): still a time cell. Where what is done follows
    a verb (常态化开展危险废物、… / …并定期调度项目进展), the line is a task's text a narrow column wrapped."""
    from generator.source.formats.table.cells import _cell_class
    assert _cell_class(cell) == kind


_PROSE_WITH_ATTACHED_TARGETS = "\n".join([
    "某县推进公共停车设施建设实施方案",
    "一、工作目标",
    "到2026年，全县新增公共停车泊位3000个（主要指标见附件2）。",
    "二、重点任务",
    "1.编制停车设施规划。编制专项规划（县交通局牵头，县规划局配合）。",
    "2.建设乡镇停车场。每个乡镇建成1处公共停车场（县住建局负责）。",
    "附件2",
    "某县公共停车设施建设主要指标",
    "序号\t指标名称\t2026年目标值\t责任单位",
    "1\t新增公共停车泊位（个）\t≥3000\t县交通局、县住建局",
    "2\t乡镇公共停车场覆盖率（%）\t100\t县住建局、各乡镇人民政府",
])


def test_an_attached_table_of_targets_is_the_plans_text_not_a_plan_of_tasks():
    """附件2 …主要指标 (指标名称 | 2026年目标值 | 责任单位), pointed at by the plan's 工作目标: each row names units but is
    a target, as a 表1 主要指标 in the prose is. One plan, its tasks the prose's; the rows kept as its text, and said."""
    from generator.parse import parse_plans

    [(plan_text, plan)] = parse_plans(read_bytes(_PROSE_WITH_ATTACHED_TARGETS.encode("utf-8"), "plan.txt"))
    assert [(t.number, t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()] == [
        (1, "编制停车设施规划", [("县交通局", "lead"), ("县规划局", "support")]),
        (2, "建设乡镇停车场", [("县住建局", "responsible")])]
    assert [s.attached for s in plan.sections][-1] == "某县公共停车设施建设主要指标"
    assert "新增公共停车泊位（个）" in plan.sections[-1].groups[0].text
    assert any("are targets, kept as the plan's text" in n.text for n in plan.readings)


def test_an_attached_table_handing_down_targets_stays_a_plan_of_its_own():
    """An attached 指标分解表 hands the targets down to the bodies (an issued 分解表: its rows their duties), and a title
    naming 任务 names duties: either stays a plan of its own, its rows tasks."""
    from generator.source.corpus import parse_text

    for title in ("某县公共停车设施建设主要指标分解表", "某县公共停车设施建设目标任务"):
        plans = parse_text(_PROSE_WITH_ATTACHED_TARGETS.replace("某县公共停车设施建设主要指标", title))
        assert [len(p.tasks()) for p in plans] == [2, 2]


@pytest.mark.parametrize("examiner", ["牵头考核部门", "考核牵头部门", "考核主责部门", "考核组织单位", "考核实施单位",
                                      "评分责任单位", "考核责任单位"])
def test_an_examiner_column_beside_the_doers_names_no_unit_of_the_task(examiner):
    """A 目标考核 分解表 names beside each indicator's 责任单位 the body scoring it, by a column built on the examining
    (牵头考核部门, 考核实施单位, 评分责任单位): whatever role word it holds, the body examines and is no unit of the
    task, kept in the row's text; where it is the task's own 责任单位 it is read once."""
    text = "\n".join(["某县2025年度目标考核任务分解表",
                      f"序号\t考核内容\t分值\t责任单位\t配合单位\t{examiner}",
                      "1\t地区生产总值增长6%\t4\t县发展和改革局\t县商务局\t县统计局",
                      "2\t新建高标准农田2万亩\t3\t县农业农村局\t各乡镇人民政府\t县农业农村局"])
    assert [units for _, _, _, units in reading(text)] == [
        [("县发展和改革局", "responsible"), ("县商务局", "support")],
        [("县农业农村局", "responsible"), ("各乡镇人民政府", "support")]]
    assert "县统计局" in _plan(text).sections[0].tasks[0].text


def test_an_examiner_column_with_no_column_of_doers_answers_for_the_row():
    """A 考核细则 whose only column of the doers is its 考核责任单位 (beside a 配合单位) names by it the body answering
    for the indicator: read by its role word, as the examiner column beside a 责任单位 is not."""
    text = "\n".join(["某县乡镇综合考核细则",
                      "序号\t考核内容\t分值\t考核责任单位\t配合单位",
                      "1\t新增规上企业3家\t5\t县工信局\t县统计局"])
    assert reading(text) == [("", 1, "新增规上企业3家", [("县工信局", "responsible"), ("县统计局", "support")])]


# ---------------------------------------------------------------- a table given column by column
# Some PDF extractors walk a table's cells column by column within each page: 序号 and the page's numbers, then the
# task column's header and cells, then each unit column's; the next page starts again at 序号.


def test_a_table_given_column_by_column_pairs_each_cell_with_the_number_of_its_place():
    """The k-th cell of every column belongs to the k-th number of the page: a task wrapped onto a second line ends
    at its full stop, a name cut where its column ended (县城乡建设 / 局) is joined again, the second page's block
    (序号 3 / 4 after the page number) is read the same way."""
    text = ("某县农村人居环境整治任务分工表\n"
            "序号\n1\n2\n"
            "重点任务\n开展村庄清洁行动，清理房前屋后\n杂物堆放。\n推进农村厕所改造。\n"
            "牵头单位\n县农业农村局\n县城乡建设\n局\n"
            "配合单位\n县卫生健康局、各乡镇人民政府\n县财政局\n"
            "\n— 2 —\n\n"
            "序号\n3\n4\n"
            "重点任务\n治理农村生活污水。\n建立长效管护机制。\n"
            "牵头单位\n县生态环境局\n县农业农村局\n"
            "配合单位\n县水务局\n各乡镇人民政府\n")
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "开展村庄清洁行动，清理房前屋后杂物堆放",
         [("县农业农村局", "lead"), ("县卫生健康局", "support"), ("各乡镇人民政府", "support")]),
        (2, "推进农村厕所改造", [("县城乡建设局", "lead"), ("县财政局", "support")]),
        (3, "治理农村生活污水", [("县生态环境局", "lead"), ("县水务局", "support")]),
        (4, "建立长效管护机制", [("县农业农村局", "lead"), ("各乡镇人民政府", "support")]),
    ]


def test_a_table_given_column_by_column_reads_a_column_of_implementing_units():
    """落实单位 heads a unit column as 牵头单位 does (the implement role): its block is read with the others, each cell
    the implementing unit of the row of its place (before: only lead, responsible and support columns were taken)."""
    text = ("某县农村人居环境整治任务分工表\n序号\n1\n2\n"
            "重点任务\n开展村庄清洁行动。\n推进农村厕所改造。\n"
            "牵头单位\n县农业农村局\n县城乡建设局\n"
            "落实单位\n各乡镇人民政府\n县甲中心\n")
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "开展村庄清洁行动", [("县农业农村局", "lead"), ("各乡镇人民政府", "implement")]),
        (2, "推进农村厕所改造", [("县城乡建设局", "lead"), ("县甲中心", "implement")]),
    ]


def test_a_table_given_column_by_column_whose_cells_cannot_be_counted_is_left_and_reported():
    """Three task lines under two numbers with no full stop to say where a cell ends: pairing them would be a guess,
    so no row is read, and the reader says the table's header cells stand apart from their rows."""
    text = ("某县农村人居环境整治任务分工表\n"
            "序号\n1\n2\n"
            "重点任务\n开展村庄清洁行动\n清理房前屋后杂物\n推进农村厕所改造\n"
            "牵头单位\n县农业农村局\n县城乡建设局\n"
            "配合单位\n县卫生健康局\n县财政局\n")
    plan = _plan(text)
    assert plan.tasks() == []
    assert any("表格未能按行读出" in n.text and "牵头单位" in n.text for n in plan.readings)


def test_tabs_a_progress_ledgers_report_columns_name_no_unit_of_the_row():
    """A 推进情况台账 sets beside each task and its units the report on it (进展情况 | 存在问题 | 下步打算): the bodies the
    report names worked or will work with the row's units (由X负责核销, Y配合完成…, 需由Z负责…), none is a unit of the
    row (before: the row was written as one line, 进展情况:…。下步打算:…, and the report's role verbs read as its own)."""
    text = ("某市重点工作推进情况台账\n"
            "序号\t重点任务\t牵头单位\t配合单位\t完成时限\t进展情况\t存在问题\t下步打算\t完成状态\n"
            "1\t开展促消费活动20场\t市甲局\t市乙局\t11月底前\t已举办8场，消费券由某银行分行负责核销。"
            "\t场地不足，需由市丙中心负责协调。\t将联合市丁会开展购物节，市戊局配合。\t序时推进\n"
            "2\t改造老旧小区30个\t市己局\t各区人民政府\t10月底前\t已开工12个，市庚局配合完成管线迁改。\t/\t/\t序时推进\n")
    assert reading(text) == [("", 1, "开展促消费活动20场", [("市甲局", "lead"), ("市乙局", "support")]),
                             ("", 2, "改造老旧小区30个", [("市己局", "lead"), ("各区人民政府", "support")])]
    (plan_text,) = read_bytes(text.encode("utf-8"), "table.txt")
    assert "存在问题:场地不足，需由市丙中心负责协调。" in plan_text.lines


def test_tabs_a_problem_ledgers_problem_column_before_its_measures_stays_the_rows_work():
    """A 问题台账 sets the problem first and its measures after it (存在问题 | 整改措施 | … | 整改进展情况): the problem
    titles the row even beside a progress column; only a problem column after the progress column is a report."""
    text = ("某县问题整改台账\n"
            "序号\t存在问题\t整改措施\t责任单位\t整改时限\t整改进展情况\n"
            "1\t村级账目公开不及时\t每季度公开一次\t县甲局\t6月底前\t已公开一次，县乙局配合核查。\n")
    assert reading(text) == [("", 1, "村级账目公开不及时", [("县甲局", "responsible")])]


def test_a_matrix_one_cell_per_line_whose_header_cell_broke_over_two_lines_joins_it():
    """A body's name broken inside its header cell comes out as two lines when the matrix is copied one cell per
    line: the name and its note in brackets (各乡镇 / （街道）) or the name's start and end (县住房城乡 / 建设局).
    Each is joined into one column, and the rows' marks fall under their units."""
    text = "\n".join([
        "（●为牵头单位，○为配合单位）",
        "序号", "重点任务", "县住房城乡", "建设局", "县财政局", "各乡镇", "（街道）", "完成时限",
        "1", "建设社区菜市场", "●", "", "○", "2025年底前",
        "2", "开展星级评定", "○", "●", "", "长期坚持",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("县住房城乡建设局", "lead"), ("各乡镇（街道）", "support")]),
        (2, [("县财政局", "lead"), ("县住房城乡建设局", "support")]),
    ]


@pytest.mark.parametrize("page_break", [["", "— 2 —", ""], ["序号", "重点任务", "县商务局", "县财政局", "完成时限"],
                                        ["", "- 2 -", "", "序号", "重点任务", "县商务局", "县财政局", "完成时限"]])
def test_a_matrix_one_cell_per_line_over_two_pages_keeps_the_marks_of_the_row_before_the_break(page_break):
    """A matrix copied one cell per line over pages has a page number, the header printed again, or both between
    one row's last cell and the next row's 序号: they are no cells of the row above, whose marks stay placed, and
    the rows go on after them."""
    text = "\n".join([
        "（●为牵头单位，○为配合单位）",
        "序号", "重点任务", "县商务局", "县财政局", "完成时限",
        "1", "建设社区菜市场", "●", "○", "2025年底前",
        *page_break,
        "2", "开展星级评定", "○", "●", "长期坚持",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("县商务局", "lead"), ("县财政局", "support")]),
        (2, [("县财政局", "lead"), ("县商务局", "support")]),
    ]


def test_unit_columns_parallel_by_jurisdiction_keep_a_name_each_province_writes_alike():
    """A joint plan of two provinces gives one unit column per province (甲省责任单位 | 乙省责任单位), each naming its own
    departments, written alike (省交通运输厅 in both): two bodies, each kept. One province's cell still names a body once,
    and columns of one body written twice (牵头单位 A | 责任单位 A) still read it once per column as before."""
    text = "\n".join([
        "甲乙两省毗邻地区合作项目清单",
        "序号\t项目名称\t甲省责任单位\t乙省责任单位\t完成时限",
        "1\t省际公路建设\t省交通运输厅、东岭市人民政府\t省交通运输厅、西河市人民政府\t2030年12月",
        "2\t异地就医结算\t省医保局、省医保局\t省医保局\t2030年6月",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("省交通运输厅", "responsible"), ("东岭市人民政府", "responsible"),
             ("省交通运输厅", "responsible"), ("西河市人民政府", "responsible")]),
        (2, [("省医保局", "responsible"), ("省医保局", "responsible")]),
    ]
    # one province's column beside a column of no place: the names are one body's, kept once
    text = "\n".join([
        "某县合作项目清单",
        "序号\t项目名称\t甲省责任单位\t责任单位\t完成时限",
        "1\t公路建设\t省交通运输厅\t省交通运输厅、县交通运输局\t2030年12月",
    ])
    assert [units for _, _, _, units in reading(text)] == [
        [("省交通运输厅", "responsible"), ("县交通运输局", "responsible")]]


def test_tab_copy_row_that_lost_merged_cells_on_both_sides_of_its_own():
    """A browser copies a rowspan cell on its first row only: a row under a merged 类别 (left) and a merged 完成时限
    (right) lacks two cells at two places, and a row under a merged 牵头 too lacks a third. Its task and units go under
    their columns (the empty cells carried down), not left-aligned with a unit read as the task."""
    head = ["某镇2025年民生实事分解表", "序号\t类别\t具体任务\t牵头单位\t配合单位\t完成时限",
            "1\t基础设施\t硬化村道8公里\t镇建设办\t镇财政所\t年底前"]
    two_short = head + ["2\t修缮便民桥3座\t镇农业服务中心\t各村民委员会",
                        "3\t整治河塘5处\t镇生态办\t镇水利站\t汛期前"]
    assert [(number, title, units) for _, number, title, units in reading("\n".join(two_short))][1] == (
        2, "修缮便民桥3座", [("镇农业服务中心", "lead"), ("各村民委员会", "support")])
    three_short = head + ["2\t新建公厕2座\t各村民委员会",
                          "3\t整治河塘5处\t镇生态办\t镇水利站\t汛期前"]
    assert [(number, title, units) for _, number, title, units in reading("\n".join(three_short))][1] == (
        2, "新建公厕2座", [("镇建设办", "lead"), ("各村民委员会", "support")])


def test_under_the_marked_lead_rule_an_unmarked_responsible_cell_beside_the_rows_lead_column_supports(write_file):
    """责任单位栏标注“（牵头）”的为牵头单位，其余为配合单位 over a 分解表 holding a 牵头单位 column as well: a row whose
    责任单位 cell marks no unit still names its lead (in the 牵头单位 column, merged over two rows here), so its 责任单位
    names are the rule's others and support, as on a row marking one. A row whose lead cell is empty names no lead:
    its list keeps its reading (responsible)."""
    page = """<html><body><p>表中“责任单位”栏标注“（牵头）”的为牵头单位，其余为配合单位。</p>
    <p><strong>某区2030年重点工作任务分解表</strong></p>
    <table border="1"><tr><td>序号</td><td>重点工作任务</td><td>牵头单位</td><td>责任单位</td></tr>
    <tr><td colspan="4">一、城市更新</td></tr>
    <tr><td>1</td><td>改造老旧小区10个。</td><td rowspan="2">区甲局</td><td>区乙局、区丙局（牵头）</td></tr>
    <tr><td>2</td><td>建设口袋公园5处。</td><td>区丁局<br>各街道办事处</td></tr>
    <tr><td>3</td><td>整治背街小巷。</td><td></td><td>区乙局、区丁局</td></tr></table></body></html>"""
    path = write_file(page, "plan.html")
    assert [(n, units) for _, n, _, units in reading(to_text(path))] == [
        (1, [("区甲局", "lead"), ("区乙局", "support"), ("区丙局", "lead")]),
        (2, [("区甲局", "lead"), ("区丁局", "support"), ("各街道办事处", "support")]),
        (3, [("区乙局", "responsible"), ("区丁局", "responsible")]),
    ]


def test_one_cell_per_line_a_wrapped_measure_line_of_overseeing_verbs_reads_as_no_units():
    """A 整改措施 cell wrapped at its column's width, its second line short phrases parted by 、 (挂牌督办、销号管理):
    督办 is the verb of overseeing a matter to its close, though it ends in 办 as an office does; the line goes on with
    the measure and names no doer (before: 挂牌督办 and 销号管理 read as responsible units)."""
    row = ["1", "重大隐患动态清零机制不健全", "建立重大事故隐患排查整改台账，实行", "挂牌督办、销号管理", "县应急管理局", "县安委办",
           "2025年6月底前"]
    assert reading("\n".join(_RECTIFICATION_HEADER + row + _PLAIN_RECTIFICATION_ROWS))[0] == (
        "", 1, "重大隐患动态清零机制不健全", [("县应急管理局", "responsible"), ("县安委办", "support")])


def test_one_cell_per_line_a_row_split_by_a_page_break_goes_on_cell_by_cell_under_the_repeated_header():
    """A PDF table copied one cell per line whose row a page break split: the first line of each cell on one page, the
    page number and the header printed again, then the rest of each cell that had more, in the columns' order (a unit
    cell wrapped over two lines there). Each line after the header goes on with the cell before the break that was left
    open (…堵塞、, 县消防救援大队、县, 县安委会消防安全专); the closed date cell (立行立改) takes none (before: the lines
    before the break read as one text and the lines after it as the row's units, shifted)."""
    row = ["1", "部分人员密集场所疏散通道堵塞、", "开展消防安全专项检查，", "县消防救援大队、县", "县安委会消防安全专", "立行立改",
           "", "— 3 —", "", *_RECTIFICATION_HEADER[1:],
           "安全出口锁闭", "督促落实主体责任", "商务局、县文化和旅", "游局、县教育局", "业委员会"]
    assert reading("\n".join(_RECTIFICATION_HEADER + row + _PLAIN_RECTIFICATION_ROWS))[:2] == [
        ("", 1, "部分人员密集场所疏散通道堵塞、安全出口锁闭",
         [("县消防救援大队", "responsible"), ("县商务局", "responsible"), ("县文化和旅游局", "responsible"),
          ("县教育局", "responsible"), ("县安委会消防安全专业委员会", "support")]),
        ("", 2, "部分企业安全培训流于形式", [("县人社局", "responsible"), ("县安委办", "support")])]


def test_one_cell_per_line_a_wrapped_problem_cell_whose_first_mark_falls_on_its_second_line():
    """An 整改清单's 问题隐患 cell wrapped at its column's width, its first line with no mark and its comma on the second
    (部分粮库仓储设施老化维修 / 不及时，部分仓房存在渗漏 / 隐患): the cell is read by its widths as one whose first line
    holds the comma, up to the wider 整改措施 line (before: the mark made the reader give up on widths and the measure's
    first lines ran into the title)."""
    row = ["1", "部分粮库仓储设施老化维修", "不及时，部分仓房存在渗漏", "隐患", "开展粮库仓储设施安全专项检查，督", "促限期维修改造",
           "县粮食和物资储备局", "县安委办", "2025年9月底前"]
    assert reading("\n".join(_RECTIFICATION_HEADER + row + _PLAIN_RECTIFICATION_ROWS))[0] == (
        "", 1, "部分粮库仓储设施老化维修不及时，部分仓房存在渗漏隐患",
        [("县粮食和物资储备局", "responsible"), ("县安委办", "support")])


def test_one_cell_per_line_a_wrapped_problem_cell_whose_first_comma_stands_inside_the_column():
    """A wrapped 问题隐患 cell whose first line ends in a comma printed inside the column (部分桥梁限载标志缺失损毁， / 部分路
    段护栏损毁未及时修复 / 的, the second line as wide as the first with its comma): the second line is the cell's, not the
    wider 整改措施 line (before: the title stopped at the comma and the rest ran into the measure)."""
    row = ["1", "部分桥梁限载标志缺失损毁，", "部分路段护栏损毁未及时修复", "的", "开展桥梁和道路防护设施排查，限期", "补齐限载标志",
           "县交通运输局", "县安委办", "2025年8月底前"]
    assert reading("\n".join(_RECTIFICATION_HEADER + row + _PLAIN_RECTIFICATION_ROWS))[0] == (
        "", 1, "部分桥梁限载标志缺失损毁，部分路段护栏损毁未及时修复的", [("县交通运输局", "responsible"), ("县安委办", "support")])
# ---------------------------------------------------------------- a sheet's quoted cells among spaces


_SPACED_HEAD = ["某县2025年重点工作任务清单", "序号    重点工作任务       责任领导      牵头单位      责任单位      完成时限",
                "1    完成一般公共预算收入3亿元    副县长 甲某    县财政局     县税务局、县审计局      2025年12月底前"]


def test_spaces_a_quoted_unit_cell_over_two_lines_goes_on_the_row_and_the_table():
    """A sheet pasted into a chat, tabs turned to spaces: a unit cell holding a line break is copied inside "…", its
    second line at column 0 with the row's other cells after the closing quote. Both lines are the cell's, and the
    rows under it are read."""
    text = "\n".join(_SPACED_HEAD + [
        '2    落实河湖长制，断面水质稳定达标    副县长 乙某    "县水利局',
        '县环保分局"    各乡镇（街道）    长期坚持',
        "3    推进文明城市创建     县委常委、宣传部部长 丙某    县委宣传部    县卫生健康局、县城市管理局       2025年10月底前",
    ])
    assert [(n, title, units) for _, n, title, units in reading(text)][1:] == [
        (2, "落实河湖长制，断面水质稳定达标",
         [("县水利局", "lead"), ("县环保分局", "lead"), ("各乡镇（街道）", "responsible")]),
        (3, "推进文明城市创建", [("县委宣传部", "lead"), ("县卫生健康局", "responsible"), ("县城市管理局", "responsible")]),
    ]


def test_spaces_a_quoted_task_cell_whose_lines_open_with_numbers_is_one_task():
    """A quoted task cell over three lines, its later lines opening with 1. / 2.: its own points, not tasks 1 and 2."""
    text = "\n".join(_SPACED_HEAD + [
        '2    "推进城区学校扩容：',
        "1.城南小学新建教学楼投入使用；",
        '2.某县三中完成主体建设。"    副县长 丁某    县教育局    县住建局、县财政局    2025年8月底前',
        "3    推进文明城市创建     副县长 丙某    县委宣传部    县卫生健康局       2025年10月底前",
    ])
    assert [(n, title, units) for _, n, title, units in reading(text)][1:] == [
        (2, "推进城区学校扩容：1.城南小学新建教学楼投入使用；2.某县三中完成主体建设",
         [("县教育局", "lead"), ("县住建局", "responsible"), ("县财政局", "responsible")]),
        (3, "推进文明城市创建", [("县委宣传部", "lead"), ("县卫生健康局", "responsible")]),
    ]


def test_spaces_a_quoted_cell_of_two_leaders_stays_out_of_the_title():
    """Two leaders in one quoted 责任领导 cell, each a post and a name: the cell is the people column's, not the task's,
    and the body a post names (县公安局局长) is no unit."""
    text = "\n".join(_SPACED_HEAD + [
        '2    推进平安建设，常态化开展扫黑除恶斗争    "县委常委、政法委书记 戊某',
        '副县长、县公安局局长 己某"    县委政法委    县公安局、县司法局    长期坚持',
    ])
    assert [(n, title, units) for _, n, title, units in reading(text)][1:] == [
        (2, "推进平安建设，常态化开展扫黑除恶斗争",
         [("县委政法委", "lead"), ("县公安局", "responsible"), ("县司法局", "responsible")]),
    ]


# ---------------------------------------------------------------- a sheet's quoted cell on lines of its own


def test_a_paragraph_quoted_as_a_sheet_copies_it_stands_unquoted_a_typed_quotation_as_it_is():
    """A one-column sheet's copy quotes a paragraph holding a quote ("" inside) or a line break: it reads as the
    cell's text, on as many lines. A quotation typed in a text, or a quoted line Excel would not have quoted (no ""
    inside, no line break), stays as written."""
    text = "\n".join([
        '"1．支持""名特优新""发展。（责任科室：登记注册科）"',
        '"2．推进维保试点。',
        '（责任科室：特种设备科）"',
        '"放管服"改革持续深化。',
        '"双随机、一公开"',
        '"两个责任"落实到位。"',
    ])
    assert find_pasted_tables(text, keep_lines=True).split("\n") == [
        '1．支持"名特优新"发展。（责任科室：登记注册科）',
        "2．推进维保试点。",
        '（责任科室：特种设备科）',
        '"放管服"改革持续深化。',
        '"双随机、一公开"',
        '"两个责任"落实到位。"',
    ]


def test_a_unit_cells_second_line_copied_under_its_row_with_no_tab_stays_in_that_cell():
    """A browser's tab copy of a <td> holding 县住建局<br>各乡镇人民政府: the second name stands alone under the row, the
    next numbered row below. It is the rest of that row's 责任单位 cell, no group heading over the rows after it."""
    assert reading(
        "某县2030年度重点时间节点\n"
        "序号\t时间节点\t重点工作\t责任单位\n"
        "1\t5月底前\t完成自建房整治\t县住建局\n"
        "各乡镇人民政府\n"
        "2\t6月\t开展安全生产月活动\t县应急局\n"
        "3\t9月底前\t完成考核巡查\t县安委办\n") == [
        ("", 1, "完成自建房整治", [("县住建局", "responsible"), ("各乡镇人民政府", "responsible")]),
        ("", 2, "开展安全生产月活动", [("县应急局", "responsible")]),
        ("", 3, "完成考核巡查", [("县安委办", "responsible")])]



def test_a_word_text_export_keeps_a_unit_cells_second_paragraph_in_its_row_when_the_next_row_is_broken_too():
    """Word saves a table as text with a cell's second paragraph on a line of its own: the 属地责任单位 cell's second
    town stands alone under row 1, and row 2, its own 目标 cell of two paragraphs, opens short of the header. A line
    opening with the next 序号 still opens the next row: the town is the rest of row 1's cell, no group row."""
    text = ("某县2031年重点项目任务分解表\n"
            "序号\t项目名称\t年度目标任务\t牵头单位\t配合单位\t属地责任单位\n"
            "1\t东环快速路工程\t4月底前完成征迁；\n"
            "全年完成路面工程60%\t县交通局\t县规划局\t青石镇人民政府\n"
            "柳塘镇人民政府\n"
            "2\t北山旅游环线\t5月底前开工；\n"
            "11月底前完成路基\t县交通局\t县文旅局\t石门镇人民政府\n"
            "3\t县城供水厂扩建\t12月底前通水\t县住建局\t县水务局\t\n")
    assert sections(text) == [("", "")]
    assert [(n, sorted(units)) for _, n, _, units in reading(text)] == [
        (1, [("县交通局", "lead"), ("县规划局", "support"), ("柳塘镇人民政府", "responsible"),
             ("青石镇人民政府", "responsible")]),
        (2, [("县交通局", "lead"), ("县文旅局", "support"), ("石门镇人民政府", "responsible")]),
        (3, [("县住建局", "lead"), ("县水务局", "support")])]


def test_a_word_text_export_keeps_a_last_cells_second_sentence_in_its_row_when_the_next_row_is_broken_too():
    """The same export with a sentence cell last (工作要求): its second paragraph, closed by its stop, stands under row
    1 while row 2 opens short of the header (its 目标 cell broke). It is the rest of row 1's cell, no group row."""
    text = ("某县2031年重点项目任务分解表\n"
            "序号\t项目名称\t年度目标任务\t责任单位\t工作要求\n"
            "1\t东环快速路工程\t4月底前完成征迁；\n"
            "全年完成路面工程60%\t县交通局\t按月报送进度。\n"
            "县规划局负责规划审批。\n"
            "2\t北山旅游环线\t5月底前开工；\n"
            "11月底前完成路基\t县文旅局\t按季报送进度。\n")
    assert sections(text) == [("", "")]
    assert [(n, sorted(units)) for _, n, _, units in reading(text)] == [
        (1, [("县交通局", "responsible"), ("县规划局", "responsible")]), (2, [("县文旅局", "responsible")])]


def test_a_first_listed_rule_reads_the_responsible_cell_though_the_support_cell_closes_with_localities():
    """A 配合单位 cell closing, after a comma, with the localities (甲公司、乙公司，各县（市、区）人民政府) gives them
    responsibility by the comma convention; under the 注 排在第一位的为牵头单位 the 责任单位 cell's first unit still
    leads, as it does in the row whose 配合 cell holds supports only."""
    text = "\n".join([
        "序号\t重点任务\t责任单位\t配合单位\t完成时限",
        "一、夯实算力底座",
        "1-1\t新建通信基站\t某市通信管理办公室\t甲通信公司、乙通信公司，各县（市、区）人民政府\t2030年12月底前",
        "1-2\t发放算力券\t某市工业和信息化局\t某市财政局、某市科技局\t2030年12月底前",
        "注：责任单位排在第一位的为牵头单位，其他单位按职责分工负责。",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("某市通信管理办公室", "lead"), ("甲通信公司", "support"), ("乙通信公司", "support"),
             ("各县（市、区）人民政府", "responsible")]),
        (2, [("某市工业和信息化局", "lead"), ("某市财政局", "support"), ("某市科技局", "support")]),
    ]


@pytest.mark.parametrize("mark", ["续表", "附件1（续）", "表2（续表）"])
def test_a_pdf_layout_continued_mark_over_the_header_printed_again_does_not_end_the_table(mark):
    """A table printed over pages marks each later page with a line of its own over the header printed again (续表,
    附件1（续）): page furniture like the page number, not the text after the table; the rows go on under it, their
    numbers (5, 6) going on from the page before."""
    head = _at((0, "序号"), (7, "重点任务"), (27, "牵头单位"), (41, "完成时限"))
    lines = ["某县优化营商环境重点任务分工表", head,
             _at((0, "1"), (7, "清理妨碍公平竞争的"), (27, "县发展改革局"), (41, "6月底前")),
             _at((7, "政策措施。")),
             _at((0, "2"), (7, "推行涉企行政检查实"), (27, "县司法局"), (41, "持续推进")),
             _at((7, "行联合检查。")),
             _at((0, "3"), (7, "建立企业诉求接诉即"), (27, "县政务服务中心"), (41, "每月")),
             _at((7, "办机制。")),
             _at((0, "4"), (7, "开展涉企收费专项检"), (27, "县市场监管局"), (41, "9月底前")),
             _at((7, "查。")),
             "", "— 2 —", "", mark, head,
             _at((0, "5"), (7, "开展拖欠中小企业账"), (27, "县财政局"), (41, "9月底前")),
             _at((7, "款专项清理。")),
             _at((0, "6"), (7, "落实结构性减税降费"), (27, "县税务局"), (41, "持续推进")),
             _at((7, "政策。")),
             "",
             "抄送：县委办公室。"]
    assert [(n, t, units) for _, n, t, units in reading("\n".join(lines))][4:] == [
        (5, "开展拖欠中小企业账款专项清理", [("县财政局", "lead")]),
        (6, "落实结构性减税降费政策", [("县税务局", "lead")]),
    ]


@pytest.mark.parametrize("mark", ["续表", "附件1（续）"])
def test_a_continued_mark_over_a_tab_tables_header_printed_again_is_no_section(mark):
    """The same mark over a tab-separated table's header printed again (a PDF's text copied with its tabs): page
    furniture too, the rows going on under it; read as text it ended the table and stood as a section of its own."""
    text = ("某县2031年项目计划\n一、项目安排\n序号\t项目名称\t建设内容\t实施单位\n"
            "1\t建设学校\t新建教学楼\t县教育局\n2\t建设医院\t新建门诊楼\t县卫健局\n— 2 —\n"
            f"{mark}\n序号\t项目名称\t建设内容\t实施单位\n"
            "3\t建设道路\t新建道路\t县交通局\n4\t建设公园\t新建公园\t县住建局\n二、保障措施\n加强组织领导。\n")
    plan = _plan(text)
    assert [(s.title, [t.number for t in s.tasks]) for s in plan.sections] == [("项目安排", [1, 2, 3, 4]), ("保障措施", [])]
    assert mark not in "".join(t.text for t in plan.tasks())


def test_a_pdf_layout_centred_row_split_by_a_page_break_keeps_its_lines_on_both_pages():
    """Cells centred on the 序号, and a row broken by the page's foot: its 序号 on the fragment's top line, its task
    (and a unit cell) going on at the next page's top under the header printed again. The row keeps its fragment and
    the lines under the header until its task closes; the next row keeps its own top line and cells."""
    head = _at((0, "序号"), (7, "重点任务"), (27, "牵头单位"), (39, "配合单位"), (51, "完成时限"))
    lines = ["某县优化营商环境重点任务分工表", head,
             _at((7, "清理妨碍公平竞争的")),
             _at((0, "1"), (7, "政策措施，建立审查"), (27, "县发展改革局"), (39, "县司法局"), (51, "6月底前")),
             _at((7, "台账。")),
             _at((0, "2"), (7, "畅通政企沟通渠道，"), (27, "县工商联"), (39, "县政务服务中"), (51, "每月")),
             _at((7, "一般诉求5个工作日"), (39, "心、县信访")),
             "", "— 2 —", "", head,
             _at((7, "内办结。"), (39, "局")),
             _at((7, "开展拖欠中小企业账")),
             _at((0, "3"), (7, "款专项清理，建立长"), (27, "县财政局"), (39, "县审计局"), (51, "9月底前")),
             _at((7, "效机制。")),
             "",
             "抄送：县委办公室。"]
    assert [(n, t, units) for _, n, t, units in reading("\n".join(lines))] == [
        (1, "清理妨碍公平竞争的政策措施，建立审查台账", [("县发展改革局", "lead"), ("县司法局", "support")]),
        (2, "畅通政企沟通渠道，一般诉求5个工作日内办结",
         [("县工商联", "lead"), ("县政务服务中心", "support"), ("县信访局", "support")]),
        (3, "开展拖欠中小企业账款专项清理，建立长效机制", [("县财政局", "lead"), ("县审计局", "support")]),
    ]


# ---------------------------------------------------------------- ditto cells saying more than the mark


def test_a_ditto_with_an_addition_is_the_cell_above_plus_the_units_added_and_a_later_ditto_takes_the_whole():
    """同上，增加X / 同上，另加X配合 in a unit column: the units above (as resolved) and X after them; 增加 / 另加 open
    no name, and a closing 配合 in the 配合单位 column is the column's own role. A ditto of such a cell carries it all."""
    text = "\n".join([
        "某县校车安全整治任务分解表",
        "序号\t工作任务\t牵头单位\t配合单位\t完成时限",
        "1\t开展校车安全专项整治\t县教育局\t县公安局、县交通局\t9月底前",
        "2\t落实护学岗制度\t〃\t同上，增加各乡镇人民政府\t同上",
        "3\t规范检验机构行为\t县市场监管局\t同上，另加县消防大队配合\t″",
        "4\t开展接送车辆检查\t县交通局\t同  上\t10月底前",
    ])
    support = ["县公安局", "县交通局", "各乡镇人民政府"]
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("县教育局", "lead"), ("县公安局", "support"), ("县交通局", "support")]),
        (2, [("县教育局", "lead")] + [(u, "support") for u in support]),
        (3, [("县市场监管局", "lead")] + [(u, "support") for u in support + ["县消防大队"]]),
        (4, [("县交通局", "lead")] + [(u, "support") for u in support + ["县消防大队"]]),
    ]


def test_a_ditto_with_its_role_in_brackets_carries_the_lead_down():
    """同上（牵头） in a 牵头单位 column stresses that the lead above leads this row too."""
    text = "\n".join([
        "某县公路隐患整治分解表",
        "序号\t工作任务\t牵头单位\t配合单位\t完成时限",
        "1\t建设临水路段防护设施\t县交通局\t县财政局\t11月底前",
        "2\t完成平交路口改造\t同上（牵头）\t县交警大队\t〃",
    ])
    assert [units for _, _, _, units in reading(text)][1] == [("县交通局", "lead"), ("县交警大队", "support")]


def test_a_ditto_less_a_unit_strikes_it_from_the_list_above():
    """同上（X除外） / 同上（不含X）: the list above without X (most often the unit leading this row)."""
    text = "\n".join([
        "某县检验机构监管分解表",
        "序号\t工作任务\t牵头单位\t配合单位\t完成时限",
        "1\t治理货车非法改装\t县工信局\t县市场监管局、县公安局、县交通局\t11月底前",
        "2\t规范检验机构行为\t县市场监管局\t同上（县市场监管局除外）\t同上",
        "3\t查处违规检验报告\t县公安局\t同上（不含县公安局）\t同上",
    ])
    assert [units for _, _, _, units in reading(text)][1:] == [
        [("县市场监管局", "lead"), ("县公安局", "support"), ("县交通局", "support")],
        [("县公安局", "lead"), ("县交通局", "support")],
    ]


def test_a_ditto_change_not_understood_is_said_and_no_unit_is_invented():
    """A ditto striking a unit the cell above does not hold (同上（县审计局除外）) is not guessed at: the reading says so."""
    text = "\n".join([
        "某县资金监管分解表",
        "序号\t工作任务\t牵头单位\t配合单位\t完成时限",
        "1\t开展资金专项检查\t县财政局\t县公安局、县交通局\t11月底前",
        "2\t规范资金拨付流程\t县财政局\t同上（县审计局除外）\t同上",
    ])
    plan = _plan(text)
    assert ("ditto cell '同上（县审计局除外）' changes the cell above in a way not understood: its units are not carried down"
            in [n.text for n in plan.readings if n.kind == "table"])
    assert ("县公安局", "support") not in [(a.name, a.role) for a in plan.tasks()[1].assignments]


def test_tabs_a_unit_column_writing_ditto_marks_for_repeats_leaves_its_empty_cells_blank():
    """A 分工表 whose 县（区）责任单位 column writes 同上 where a row repeats the cell above marks its own repeats: an
    empty cell in it is a blank (no unit at that level), not a merged cell carried down, even under a collective of
    places; the same with no 牵头 column."""
    text = "\n".join([
        "序号\t重点任务\t市级牵头单位\t市级配合单位\t县（区）责任单位",
        "1\t扩大社区助餐服务\t市甲局\t市乙局\t各县（区）人民政府",
        "2\t拓展居家照护服务\t市甲局\t市丙局\t同上",
        "3\t培育照护经营主体\t市丁委\t市戊委\t",
        "4\t发展老年文体活动\t市己局\t\t各县（区）人民政府",
    ])
    assert [units for _, _, _, units in reading(text)][1:3] == [
        [("市甲局", "lead"), ("各县（区）人民政府", "responsible"), ("市丙局", "support")],
        [("市丁委", "lead"), ("市戊委", "support")]]
    without_lead = "\n".join([
        "序号\t重点任务\t省级责任单位\t市县责任主体",
        "1\t推进农村公路养护\t省甲厅\t各市、县（区）人民政府",
        "2\t推进客运站改造\t省乙厅\t〃",
        "3\t编制养护技术规范\t省甲厅\t",
        "4\t推进渡口改造\t省乙厅\t各市、县（区）人民政府",
    ])
    assert [units for _, _, _, units in reading(without_lead)][2] == [("省甲厅", "responsible")]


def test_tabs_a_ditto_in_a_unit_column_still_carries_its_merged_lead_and_says_a_blank():
    """A sheet copied from Excel mixes a merged 牵头单位 (empty under its top row) with a 同上 typed lower in the same
    column: the empty lead is a merged cell (a task row has a lead), carried down. In a 责任单位 column writing 同上 an
    empty cell beside the row's own units is read as a blank, and the doubt is said."""
    text = "\n".join([
        "序号\t重点任务\t牵头单位\t配合单位",
        "1\t优化审批流程\t县甲局\t县乙局",
        "2\t压缩办理时限\t\t县丙局",
        "3\t推行告知承诺\t县丁局\t县戊局",
        "4\t推进一网通办\t同上\t县己局",
    ])
    assert [units for _, _, _, units in reading(text)][1:4] == [
        [("县甲局", "lead"), ("县丙局", "support")],
        [("县丁局", "lead"), ("县戊局", "support")],
        [("县丁局", "lead"), ("县己局", "support")]]
    places = "\n".join([
        "序号\t重点任务\t省级责任单位\t市县责任主体",
        "1\t推进农村公路养护\t省甲厅\t各市、县（区）人民政府",
        "2\t推进客运站改造\t省乙厅\t〃",
        "3\t编制养护技术规范\t省甲厅\t",
        "4\t推进渡口改造\t省乙厅\t各市、县（区）人民政府",
    ])
    assert [units for _, _, _, units in reading(places)][2] == [("省甲厅", "responsible")]
    assert [n.text for n in _plan(places).readings if n.kind == "table"] == [
        "empty 市县责任主体 cell beside the row's own units: read as no unit, not as the cell above "
        "('各市、县（区）人民政府') merged down"]


def test_tabs_a_ditto_under_a_section_row_repeats_the_last_task_row_above_it():
    """The first task row under a section row spanning the table writes 同上 for the task row above that section row:
    the section row holds no units."""
    text = "\n".join([
        "序号\t重点任务\t牵头单位\t配合单位\t县（区）责任单位",
        "\t（一）发展社区服务\t\t\t",
        "1\t扩大社区助餐服务\t市甲局\t市乙局\t各县（区）人民政府",
        "\t（二）扩大产品供给\t\t\t",
        "2\t培育照护经营主体\t市丁委\t同上\t同上",
    ])
    assert [units for _, _, _, units in reading(text)][1] == [
        ("市丁委", "lead"), ("各县（区）人民政府", "responsible"), ("市乙局", "support")]


def test_a_duty_note_in_brackets_after_a_unit_is_no_part_of_its_name():
    """县乙委（县乙委仅负责追责问责） / 县丙局（负责预警发布）: the bracket says what the body does in the task, with or
    without its name repeated; the unit is the name before it, read once."""
    text = "\n".join([
        "某县事故督办任务分解表",
        "序号\t工作任务\t牵头单位\t配合单位\t完成时限",
        "1\t落实事故挂牌督办\t县甲局\t县丁局、县乙委（县乙委仅负责追责问责）\t长期",
        "2\t做好恶劣天气应对\t县甲局\t县丙局（负责预警发布）\t汛期",
    ])
    assert [units for _, _, _, units in reading(text)] == [
        [("县甲局", "lead"), ("县丁局", "support"), ("县乙委", "support")],
        [("县甲局", "lead"), ("县丙局", "support")],
    ]


def test_a_pdf_raw_order_row_joins_its_cells_lines_side_by_side():
    """pdftotext -raw prints a row's first line as every cell's first line parted by one space and the next lines as
    the cells' later lines, at column 0: each fragment goes on its cell (the date's tail, a cut unit name, the
    measure), and the table runs on past a page's foot and the header printed again."""
    text = "\n".join(["序号 工作任务 具体措施 牵头单位 配合单位 完成时限",
                      "1 秋季普查 开展松林秋季专项普查，采用 县林业局 各乡（镇）人 2025年11",
                      "人工踏查与无人机航拍结合 民政府 月底前",
                      "2 遥感监测 利用卫星遥感开展监测 县林业局 县大数据中心 2025年10月底前",
                      "— 3 —",
                      "序号 工作任务 具体措施 牵头单位 配合单位 完成时限",
                      "3 集中除治 伐除枯死松树，伐桩高度 各乡（镇） 县林业局、县财政 2026年3月",
                      "不超过5厘米，做到应除尽 人民政府 局 底前",
                      "除",
                      "注：牵头单位排第一位。"])
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "秋季普查", [("县林业局", "lead"), ("各乡（镇）人民政府", "support")]),
        (2, "遥感监测", [("县林业局", "lead"), ("县大数据中心", "support")]),
        (3, "集中除治", [("各乡（镇）人民政府", "lead"), ("县林业局", "support"), ("县财政局", "support")]),
    ]


def test_a_title_column_and_a_measure_column_parted_by_one_space_keep_the_title_apart():
    """工作任务 | 具体措施 in a table whose cells one space parts: a row on one line gives its first piece to the title
    column and the rest to the measure, so the title does not run into the measure."""
    text = "\n".join(["序号 工作任务 具体措施 牵头单位 配合单位 完成时限",
                      "1 队伍管理 通过购买服务选定施工单位 县甲局 县乙局 2025年10月底前",
                      "2 检疫封锁 在周边设立检疫检查站 县丙局 县丁局 长期坚持"])
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "队伍管理", [("县甲局", "lead"), ("县乙局", "support")]),
        (2, "检疫封锁", [("县丙局", "lead"), ("县丁局", "support")]),
    ]


def test_a_pdf_raw_order_row_given_cell_by_cell_keeps_its_own_units_and_the_table_going():
    """The same copy may give a row cell after cell (title, its rest, the measure's lines, the lead alone, the other
    units' lines, the date): each line goes on its cell or opens the next, the row keeps its own units, and the row
    after it is read."""
    text = "\n".join(["序号 工作任务 具体措施 牵头单位 配合单位 完成时限",
                      "1 秋季普查 开展松林秋季专项普查 县林业局 县财政局 2025年11月底前",
                      "2 电力通信工程",
                      "监管",
                      "督促电力、通信企业落实检疫",
                      "要求，严禁使用疫区松木",
                      "县发展改革局 国网某县供电公司",
                      "、某县电信分",
                      "公司、县林业局",
                      "长期坚持",
                      "3 集中除治 伐除枯死松树 各乡（镇）人民政府 县林业局、县财政局 2026年3月底前"])
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "秋季普查", [("县林业局", "lead"), ("县财政局", "support")]),
        (2, "电力通信工程监管", [("县发展改革局", "lead"), ("国网某县供电公司", "support"), ("某县电信分公司", "support"),
                             ("县林业局", "support")]),
        (3, "集中除治", [("各乡（镇）人民政府", "lead"), ("县林业局", "support"), ("县财政局", "support")]),
    ]
# ---------------------------------------------------------------- a campaign month's schedule, one cell per line


_CAMPAIGN_HEADER = ["某县宣传月活动安排表", "序号", "活动项目", "活动内容", "时间", "安排", "牵头单位", "配合单位"]
_CAMPAIGN_LAST_ROW = ["9", "宣传成效评估", "开展问卷调查。", "5月31日", "县金融办", "县统计局"]


def test_one_cell_per_line_a_whole_month_time_cell_stands_apart_from_the_lead_unit():
    """A 宣传月 plan's 时间安排 cell saying the activity runs all the campaign month (全月), after a content cell wrapped
    over three lines: the row's time, as 全年 is, not the first line of the lead unit's cell (before: 全月县农商银行 read
    as the lead, the content's last line taken for the time)."""
    row = ["1", "网点微课堂", "各网点通过电子屏、宣传", "折页和柜面提示开展宣传，利用", "客户等候时间开设微课堂。", "全月", "县农商",
           "银行", "县银行业协会"]
    assert reading("\n".join(_CAMPAIGN_HEADER + row + _CAMPAIGN_LAST_ROW))[0] == (
        "", 1, "网点微课堂", [("县农商银行", "lead"), ("县银行业协会", "support")])


def test_one_cell_per_line_a_row_of_wrapped_cells_split_by_a_page_break_goes_on_under_the_repeated_header():
    """A 宣传月 schedule copied from a PDF one cell per line, a row's wrapped cells cut by a page break: the page number
    and the header printed again (its first cell glued to the form feed), then the rest of the content cell over two
    lines and the place list of the last unit's name (各乡镇 / （街道）). The lines before the break are fitted to the
    columns, the lines after it go on with the cells left open: the narrow title column (one line, 进社区宣传) takes no
    line as wide as the content's, and the rows after it keep their columns (before: the table ended at the break, the
    rest read as another table, its columns out of line)."""
    row = ["1", "进社区宣传", "组织志愿者深入社区开展宣讲，", "入户走访群众，发放宣传明白", "5月中旬", "县民政局", "县金融办、各乡镇",
           "", "— 3 —", "\f序号", *_CAMPAIGN_HEADER[2:],
           "纸，张贴宣传海报，开展风", "险提示。", "（街道）",
           "2", "进农村宣传", "利用广播和公开栏开展集中宣", "传。", "5月", "县农业农村局", "县金融办"]
    assert reading("\n".join(_CAMPAIGN_HEADER + row + ["3", *_CAMPAIGN_LAST_ROW[1:]]))[:2] == [
        ("", 1, "进社区宣传", [("县民政局", "lead"), ("县金融办", "support"), ("各乡镇（街道）", "support")]),
        ("", 2, "进农村宣传", [("县农业农村局", "lead"), ("县金融办", "support")])]


def test_one_cell_per_line_a_role_verb_alone_closing_a_unit_cell_is_no_group_row():
    """A 配合单位 cell wrapped so its role verb stands alone on its last line (各乡镇人民政府 / （街道办事处） / 具体落实), the
    next 序号 after it: the verb closes the cell, the names take its role; no group row of the table (before: a section
    一、具体落实 before row 2, the towns read as support)."""
    row = ["1", "重点人群回访", "对高风险人群开展回访。", "5月下旬", "县金融办", "各乡镇人民政府", "（街道办事处）", "具体落实"]
    assert reading("\n".join(_CAMPAIGN_HEADER + row + ["2", *_CAMPAIGN_LAST_ROW[1:]])) == [
        ("", 1, "重点人群回访", [("县金融办", "lead"), ("各乡镇人民政府（街道办事处）", "implement")]),
        ("", 2, "宣传成效评估", [("县金融办", "lead"), ("县统计局", "support")])]


def test_one_cell_per_line_a_name_tail_closing_the_list_with_etc_goes_on_with_the_cut_name():
    """A 配合单位 cell whose last name a narrow column cut, its tail on the last line with the 等 closing the list
    (县邮政分 / 公司、各快递企 / 业等): the tail finishes the name, no group row (before: 业等 read as a section, the names
    cut in two and the lead taken from the support cell)."""
    row = ["1", "邮政网点宣传", "在邮政网点张贴宣传海报。", "5月", "县邮政管理局", "县邮政分", "公司、各快递企", "业等"]
    assert reading("\n".join(_CAMPAIGN_HEADER + row + ["2", *_CAMPAIGN_LAST_ROW[1:]])) == [
        ("", 1, "邮政网点宣传", [("县邮政管理局", "lead"), ("县邮政分公司", "support"), ("各快递企业", "support")]),
        ("", 2, "宣传成效评估", [("县金融办", "lead"), ("县统计局", "support")])]


def test_one_cell_per_line_a_name_wrapped_between_a_body_and_its_members_or_its_branch_is_one_name():
    """A 配合单位 cell whose narrow column wrapped a name right after a body's whole name: the body's members addressed
    after it (县处非领导小组 / 各成员单位), a head body's branch after the head (国家金融监督管理总局 / 青州监管分局). Each
    half reads as a name, but the line after opens with the rest of the same one (before: two names each)."""
    row = ["1", "线索摸排", "结合走访开展风险排查。", "5月", "县金融办", "县委宣传部、国家金", "融监督管理总局", "青州监管分局",
           "2", "宣传月总结", "形成总结报告。", "6月", "县金融办", "县处非领导小组", "各成员单位"]
    assert reading("\n".join(_CAMPAIGN_HEADER + row + ["3", *_CAMPAIGN_LAST_ROW[1:]]))[:2] == [
        ("", 1, "线索摸排", [("县金融办", "lead"), ("县委宣传部", "support"), ("国家金融监督管理总局青州监管分局", "support")]),
        ("", 2, "宣传月总结", [("县金融办", "lead"), ("县处非领导小组各成员单位", "support")])]


def test_a_table_of_groups_each_holding_its_items_in_a_nested_table_gives_every_item_its_groups_lead():
    """A team doc exported as Markdown with raw HTML: each outer row names a group and its 牵头单位 and holds the
    group's items in a table nested in its last cell. Every inner row is an item, led by its outer row's 牵头单位 and
    supported by its own 配合单位 (before: the outer table was taken for layout, its cells dropped, and only the first
    nested table was read)."""
    text = """## 一、攻坚事项

<table>
<tr><th>专项</th><th>牵头单位</th><th>事项</th></tr>
<tr><td>审批提速</td><td>县甲局<br>县乙局</td><td>
<table><tr><th>序号</th><th>事项</th><th>配合单位</th></tr>
<tr><td>1</td><td>推行图纸联合审查</td><td>县丙办</td></tr>
<tr><td>2</td><td>推行联合验收</td><td>县丁局</td></tr></table>
</td></tr>
<tr><td>注销便利</td><td>县戊局</td><td>
<table><tr><th>序号</th><th>事项</th><th>配合单位</th></tr>
<tr><td>3</td><td>推行简易注销</td><td>县己局</td></tr></table>
</td></tr>
</table>
"""
    units = [(n, units) for _, n, _, units in reading(text)]
    assert units == [
        (1, [("县甲局", "lead"), ("县乙局", "lead"), ("县丙办", "support")]),
        (2, [("县甲局", "lead"), ("县乙局", "lead"), ("县丁局", "support")]),
        (3, [("县戊局", "lead"), ("县己局", "support")]),
    ]
    assert [title.startswith(("推行图纸联合审查", "推行联合验收", "推行简易注销")) for _, _, title, _ in reading(text)] == [True] * 3


def test_a_division_column_whose_cells_name_their_roles_reads_them():
    """| 项目名称 | 责任分工 | 完成时限 |: a 责任分工 column holds the units sharing each row, every cell naming their
    roles itself (牵头：A<br>配合：B); the time column beside stays out of the names."""
    text = ("**某市重点项目分工表**\n\n| 序号 | 项目名称 | 责任分工 | 完成时限 |\n|----|----|----|----|\n"
            "| 1 | 政务云扩容 | 牵头：市数据局<br>配合：市财政局、市委网信办 | 2025年10月 |\n")
    (plan_text,) = read_bytes(text.encode("utf-8"), "table.md")
    [task] = [t for s in parse_plan(plan_text).sections for t in s.tasks]
    assert [(a.name, a.role) for a in task.assignments] == [
        ("市数据局", "lead"), ("市财政局", "support"), ("市委网信办", "support")]
    # copied one cell per line with nothing under 责任分工: it is still the units' column, no cell spanning others
    assert reading("\n".join(["某市重点项目分工表", "序号", "项目名称", "责任分工", "完成时限",
                              "1", "政务云扩容", "市数据局牵头，市财政局配合", "2025年10月"])) == [
        ("", 1, "政务云扩容", [("市数据局", "lead"), ("市财政局", "support")])]


def test_a_forms_closing_instructions_for_filling_it_in_are_its_note():
    """A 分解表 sent out to be filled in heads its closing note 填表说明： (填报说明：): its rule (标注“牵头”的为牵头单位，
    其余为配合单位) reads the unit cells, and its numbered points are no rows of the table."""
    text = "\n".join(["某市2030年重点任务分解表", "序号\t重点任务\t责任单位\t完成时限",
                      "1\t建设工业互联网平台\t市工信局（牵头）、市数据局\t2030年6月",
                      "2\t培育专精特新企业\t市工信局、市科技局（牵头）\t2030年12月",
                      "填表说明：1.标注“牵头”的为牵头单位，其余为配合单位。",
                      "2.请于每月5日前报送进展情况。", "3.联系人：张某。"])
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "建设工业互联网平台", [("市工信局", "lead"), ("市数据局", "support")]),
        (2, "培育专精特新企业", [("市工信局", "support"), ("市科技局", "lead")])]


def test_a_category_column_left_of_the_number_leaves_the_first_row_a_row():
    """A 分解表 copied from a sheet often puts its 类别 column before 序号 (类别 | 序号 | 工作任务 …), the first row opening
    with the category's word (项目建设 | 1 | 推进产业园建设 …). That row is numbered under the header's 序号: a data row,
    not a header's second row (which took the header and the first task with it)."""
    (plan,) = parse_text(
        "某县重点任务清单\n"
        "类别\t序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
        "项目建设\t1\t推进产业园建设\t县发改局\t县财政局\t2025年底\n"
        "\t2\t加快道路改造\t县交通局\t县住建局\t2025年底\n"
        "民生保障\t3\t完善养老服务\t县民政局\t县卫健局\t长期\n")
    assert [(t.number, t.title) for t in plan.tasks()] == [(1, "推进产业园建设"), (2, "加快道路改造"), (3, "完善养老服务")]
    assert [(a.name, a.role) for a in plan.tasks()[0].assignments] == [("县发改局", "lead"), ("县财政局", "support")]


@pytest.mark.parametrize("spacer", ["<td></td>", ""])
def test_an_html_note_kept_as_the_tables_last_row_is_its_note_and_its_rule_applies(write_file, spacer):
    """A sheet saved as a web page keeps its 注 as the last row, one cell merged over the columns (beside an empty spacer
    column or not): the table's note, written under its rows, not a task or a group row; its rule applies to the rows."""
    page = f"""<html><body><h1>某市2025年重点任务分工</h1><table>
    <tr>{spacer}<td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td></tr>
    <tr>{spacer}<td>1</td><td>扩大有效投资</td><td>市发展改革委</td><td>市财政局、各县（市、区）人民政府</td></tr>
    <tr>{spacer}<td>2</td><td>稳定外贸</td><td>市商务局</td><td>市税务局</td></tr>
    <tr>{spacer}<td colspan=4>注：各县（市、区）人民政府为落实单位。</td></tr></table></body></html>"""
    text = to_text(write_file(page, "plan.html"))
    assert sections(text) == [("", "")]  # no group row made of the note
    assert reading(text) == [
        ("", 1, "扩大有效投资", [("市发展改革委", "lead"), ("市财政局", "support"), ("各县（市、区）人民政府", "implement")]),
        ("", 2, "稳定外贸", [("市商务局", "lead"), ("市税务局", "support")]),
    ]


def test_a_notes_rule_naming_its_column_fixes_the_role_of_the_unit_inside_it():
    """注：配合单位中的X为落实单位: the rule says which column it speaks of; the column's words are no part of the name."""
    text = "\n".join([
        "某市2025年重点任务分工",
        "序号\t重点任务\t牵头单位\t配合单位",
        "1\t扩大有效投资\t市发展改革委\t市财政局、各县（市、区）人民政府",
        "2\t稳定外贸\t市商务局\t市税务局",
        "注：配合单位中的各县（市、区）人民政府为落实单位。",
    ])
    assert reading(text) == [
        ("", 1, "扩大有效投资", [("市发展改革委", "lead"), ("市财政局", "support"), ("各县（市、区）人民政府", "implement")]),
        ("", 2, "稳定外贸", [("市商务局", "lead"), ("市税务局", "support")]),
    ]


@pytest.mark.parametrize("clause", ["其余为配合站所；所列各村（社区）为具体落实单位", "其余为配合站所；列出的各村（社区）为落实单位",
                                    "其余为配合站所；各村（社区）为具体落实单位",
                                    "其余站所（办）为配合单位；所列各村（社区）为具体落实单位"])
def test_a_rule_fixing_the_role_of_the_listed_unit_with_a_manner_word_is_read(clause):
    """…其余为配合站所；所列各村（社区）为具体落实单位: the clause points at the unit as the one listed (所列 / 列出的) and
    qualifies its role (具体); neither word is part of the name or the role, and the villages carry the work out wherever
    listed (before: either word left the clause unread, the villages support). The rule's others' half before it
    (其余站所（办）为配合单位) names no unit, so it does not stand in for the villages' clause."""
    text = "\n".join([
        "某镇2031年重点工作任务分解表",
        f"责任站所栏中排在第一位的为牵头站所，{clause}。",
        "序号\t工作任务\t责任站所\t完成时限",
        "1\t粮食生产\t农业服务中心、财政所、各村（社区）\t9月底",
        "2\t人居环境整治\t乡村振兴办、各村（社区）\t11月底",
    ])
    assert reading(text) == [
        ("", 1, "粮食生产", [("农业服务中心", "lead"), ("财政所", "support"), ("各村（社区）", "implement")]),
        ("", 2, "人居环境整治", [("乡村振兴办", "lead"), ("各村（社区）", "implement")]),
    ]


_VILLAGES_ROWS = [
    "序号\t工作任务\t责任站所\t完成时限",
    "1\t特色种植\t农业服务中心、经济办、桃源村、石桥村\t12月底",
    "2\t河道保洁\t水务站、沿溪各村\t持续推进",
    "3\t便民服务\t经济办、新街社区、县甲局\t10月底",
    "4\t人居环境整治\t建设办、各村\t11月底",
]


def test_a_rule_fixing_the_role_of_a_class_of_villages_reaches_each_village_a_cell_names():
    """…；各村（社区）为落实单位: the rule names the villages by their kind, and the cells name them one by one (桃源村、
    石桥村, 新街社区) or as a part of the class (沿溪各村, 各村): each name ending in the kind's body word (村 / 社区) is a
    member and carries the work out; a body of another kind listed beside them (县甲局, 经济办) keeps its place's role
    (before: the villages named otherwise than 各村（社区） supported)."""
    text = "\n".join(["某镇2031年重点工作任务分解表",
                      "责任站所栏中排在第一位的为牵头站所，其余为配合站所；各村（社区）为落实单位。"] + _VILLAGES_ROWS)
    assert reading(text) == [
        ("", 1, "特色种植", [("农业服务中心", "lead"), ("经济办", "support"), ("桃源村", "implement"),
                             ("石桥村", "implement")]),
        ("", 2, "河道保洁", [("水务站", "lead"), ("沿溪各村", "implement")]),
        ("", 3, "便民服务", [("经济办", "lead"), ("新街社区", "implement"), ("县甲局", "support")]),
        ("", 4, "人居环境整治", [("建设办", "lead"), ("各村", "implement")]),
    ]


def test_a_rule_on_a_class_of_villages_reaches_their_committees_not_businesses_named_like_villages():
    """…；各村为落实单位: a village's committee named after it (石桥村村委会, 桃源村民委员会) is the village's body and
    carries the work out; a resort or a programme whose name ends in 村 (青湖度假村, 县美丽乡村) is no village and keeps
    its place's role."""
    text = "\n".join([
        "某镇2031年文旅重点任务",
        "责任站所栏中排在第一位的为牵头站所，其余为配合站所；各村为落实单位。",
        "序号\t工作任务\t责任站所\t完成时限",
        "1\t提升接待能力\t文化站、青湖度假村、石桥村村委会、桃源村民委员会\t9月底",
        "2\t打造示范点\t建设办、县美丽乡村、西岭村\t12月底",
    ])
    assert reading(text) == [
        ("", 1, "提升接待能力", [("文化站", "lead"), ("青湖度假村", "support"), ("石桥村村委会", "implement"),
                                 ("桃源村民委员会", "implement")]),
        ("", 2, "打造示范点", [("建设办", "lead"), ("县美丽乡村", "support"), ("西岭村", "implement")]),
    ]


def test_villages_keep_their_place_in_the_list_where_no_rule_fixes_the_role_of_their_class():
    """With the positional rule alone, or a role fixed for one named unit that is no class by kind (各县甲局), the
    villages read as their place in the list says."""
    for rule in ("责任站所栏中排在第一位的为牵头站所，其余为配合站所。",
                 "责任站所栏中排在第一位的为牵头站所，其余为配合站所；各县甲局为落实单位。"):
        text = "\n".join(["某镇2031年重点工作任务分解表", rule] + _VILLAGES_ROWS)
        assert reading(text) == [
            ("", 1, "特色种植", [("农业服务中心", "lead"), ("经济办", "support"), ("桃源村", "support"),
                                 ("石桥村", "support")]),
            ("", 2, "河道保洁", [("水务站", "lead"), ("沿溪各村", "support")]),
            ("", 3, "便民服务", [("经济办", "lead"), ("新街社区", "support"), ("县甲局", "support")]),
            ("", 4, "人居环境整治", [("建设办", "lead"), ("各村", "support")]),
        ]


def test_a_rule_fixing_the_role_of_the_towns_reaches_each_town_and_not_a_towns_office():
    """各乡镇（街道）为责任单位: 城关镇, 白沙乡 and 东城街道 are members of the class and answer for the work; the town's own
    office (镇综合办) and a county bureau (县乙局) are bodies of another kind and keep their place's role."""
    text = "\n".join([
        "某县2031年重点任务分工",
        "责任单位栏中排在第一位的为牵头单位，其余为配合单位；各乡镇（街道）为责任单位。",
        "序号\t重点任务\t责任单位\t完成时限",
        "1\t春耕备耕\t县乙局、城关镇、白沙乡、镇综合办\t4月底",
        "2\t背街小巷整治\t县丙局、东城街道\t9月底",
    ])
    assert reading(text) == [
        ("", 1, "春耕备耕", [("县乙局", "lead"), ("城关镇", "responsible"), ("白沙乡", "responsible"),
                             ("镇综合办", "support")]),
        ("", 2, "背街小巷整治", [("县丙局", "lead"), ("东城街道", "responsible")]),
    ]


def test_an_html_unit_cell_with_a_bodys_other_name_in_brackets_on_its_own_line_is_one_unit(write_file):
    """市农业农村局<br>（市乡村振兴局）: a narrow column puts a 合署 office's bracketed other name on a line of its own; one
    unit, as written on one line. A line opening with a name of its own stays another unit."""
    page = """<html><body><h1>某市2025年重点任务分工</h1><table>
    <tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td></tr>
    <tr><td>1</td><td>巩固脱贫成果</td><td>市农业农村局<br>（市乡村振兴局）</td><td>市民政局<br>市医保局</td></tr>
    <tr><td>2</td><td>推进城市更新</td><td>市住房城乡建设局<br>(市人防办)</td><td>市城市管理局</td></tr>
    </table></body></html>"""
    text = to_text(write_file(page, "plan.html"))
    assert reading(text) == [
        ("", 1, "巩固脱贫成果", [("市农业农村局（市乡村振兴局）", "lead"), ("市民政局", "support"), ("市医保局", "support")]),
        ("", 2, "推进城市更新", [("市住房城乡建设局(市人防办)", "lead"), ("市城市管理局", "support")]),
    ]


def test_one_cell_per_line_a_content_cells_short_last_line_is_no_head_of_the_cut_name_after_it():
    """A PDF table copied one cell a line, each cell wrapped at its column's width: the content cell ends in a short
    line with no stop (和充电设施), and the lead unit's name after it is cut by its own narrow column (县委社会工 / 作部).
    The short line and the name's head are both no whole name, but the head opens as a name opens (县…): a name begins
    there, the short line closes the content cell."""
    text = "\n".join([
        "序号", "项目名称", "主要内容", "牵头单位", "责任单位",
        "1", "骑手友好社区创建", "创建骑手友好社区20", "个，设置临时停车点", "和充电设施", "县委社会工", "作部",
        "县住房城乡", "建设局",
        "2", "关爱行动", "开展走访慰问", "县总工会", "县民政局",
    ])
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "骑手友好社区创建", [("县委社会工作部", "lead"), ("县住房城乡建设局", "responsible")]),
        (2, "关爱行动", [("县总工会", "lead"), ("县民政局", "responsible")]),
    ]


def test_one_cell_per_line_a_row_title_wrapped_before_its_number_drawn_after_it_opens_that_row():
    """A browser's PDF viewer copies a table's text in the order the PDF drew it: the 序号 cell centred down a tall row
    may come after the row's title, wrapped at its narrow column (便民服务 / 驿站建设 / 2). After a row closed by its date,
    the wrapped title lines right before the next 序号 are that row's title, no section heading and no cells of the row
    above. A single short line before the 序号 stays a section's heading, as before."""
    head = ["序号", "项目名称", "主要内容", "牵头单位", "完成时限"]
    first = ["1", "零工市场建设", "建成零工市场一处", "县人力资源社会保障局", "2025年6月底前"]
    text = "\n".join([*head, *first, "便民服务", "驿站建设", "2", "新建驿站十个", "县总工会", "2025年12月底前"])
    assert sections(text) == [("", "")]
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "零工市场建设", [("县人力资源社会保障局", "lead")]),
        (2, "便民服务驿站建设", [("县总工会", "lead")]),
    ]
    one_line = "\n".join([*head, *first, "服务保障", "2", "便民服务驿站建设", "新建驿站十个", "县总工会", "2025年12月底前"])
    assert [title for _, title in sections(one_line)][-1] == "服务保障"


ROLE_COLUMN_TABLE = "\n".join([
    "某市降本重点任务分工表",
    "序号\t重点任务\t分工\t责任单位\t完成时限",
    "1\t推进大宗货物公转铁\t牵头\t市交通运输局\t2027年底",
    "\t\t配合\t市发展改革委、某港务集团\t",
    "2\t发展城市共同配送\t牵头\t市商务局\t持续推进",
    "\t\t配合\t/\t",
    "3\t培育物流龙头企业\t牵头\t市工信局\t年底前",
    "\t\t落实\t各县（市、区）人民政府\t"])


def test_tabs_role_column_beside_one_unit_column_gives_each_row_its_role():
    """分工 (牵头 | 配合 | 落实 a row) beside one 责任单位 column, each task over two rows: the row's role word is the
    role of that row's units; / in a unit cell names nobody."""
    assert [(number, units) for _, number, _, units in reading(ROLE_COLUMN_TABLE)] == [
        (1, [("市交通运输局", "lead"), ("市发展改革委", "support"), ("某港务集团", "support")]),
        (2, [("市商务局", "lead")]),
        (3, [("市工信局", "lead"), ("各县（市、区）人民政府", "implement")])]


def test_tabs_role_column_in_rows_one_per_unit_repeating_the_task():
    """责任类型 in a ledger of a row per unit (the task cells written again on each row): each unit its row's role."""
    text = "\n".join(["序号\t重点工作\t责任单位\t责任类型\t完成时限",
                      "1\t扩大有效投资\t县发展改革局\t牵头\t年底前",
                      "1\t扩大有效投资\t县财政局\t配合\t年底前"])
    assert [units for *_, units in reading(text)] == [[("县发展改革局", "lead"), ("县财政局", "support")]]


TICK_BOX_TABLE = "\n".join([
    "某县商贸网点建设任务分工表",
    "说明：勾选“牵头”的为牵头单位，勾选“配合”的为配合单位。",
    "序号\t重点任务\t责任单位\t责任类型",
    "1\t建设乡镇商贸中心\t县甲局",
    "县乙局\t☒牵头 ☐配合",
    "☐牵头 ☒配合",
    "2\t改造农贸市场\t县丙局\t■主责 □协同"])


def test_tabs_tick_box_role_column_gives_each_unit_its_ticked_role():
    """A 分工表 form's 责任类型 column prints both role words per unit with a box before each and ticks one (☒牵头
    ☐配合, ■主责 □协同), its lines pairing with the 责任单位 cell's (the tick column last, its later lines pasted under
    the row with no tab): each unit has its ticked word's role, and no tick line heads a section (before: every unit
    responsible, each cell's tick lines a section)."""
    assert reading(TICK_BOX_TABLE) == [
        ("", 1, "建设乡镇商贸中心", [("县甲局", "lead"), ("县乙局", "support")]),
        ("", 2, "改造农贸市场", [("县丙局", "lead")])]


def test_tabs_tick_lines_not_pairing_with_the_units_keep_the_columns_role_and_say_so():
    """Tick lines fewer than the unit lines beside them, or a line ticking no box: which unit has which role is not
    known, so the units keep the unit column's role and the reader says it."""
    text = "\n".join(["序号\t重点任务\t责任单位\t责任类型\t完成时限",
                      "1\t建设冷链设施\t县甲局\n县乙局\t☑牵头 □配合\t年底前",
                      "2\t建设物流中心\t县丙局\t☐牵头 ☐配合\t年底前"])
    (plan_text,) = read_bytes(text.encode("utf-8"), "table.txt")
    assert [units for *_, units in reading(text)] == [[("县甲局", "responsible"), ("县乙局", "responsible")],
                                                      [("县丙局", "responsible")]]
    assert sum("tick boxes" in message for _, message in plan_text.notes) == 2


def test_docx_tick_box_role_column_beside_group_rows_spanning_the_table(tmp_path):
    """The same form as a .docx, a group row (（一）…) spanning the columns above the rows: Word repeats its title into
    every slot, the tick column's included; it is the section, no task, and the tick column still gives the roles
    (before: the column read as a group, the span row a task whose unit was its own title)."""
    path = docx_table(tmp_path, "某县商贸网点建设任务分工表", [
        ["序号", "重点任务", "责任单位", "责任类型"],
        ["（一）完善商业网络", "", "", ""],
        ["1", "建设乡镇商贸中心", "县甲局\n县乙局", "☒牵头 ☐配合\n☐牵头 ☒配合"],
        ["2", "改造农贸市场", "县丙局", "☐牵头 ☑配合"]], merged_down=[], merged_across=[(1, 0, 3)])
    plan = parse_plan(read_file(path)[-1])
    assert [(s.number, [(t.number, [(a.name, a.role) for a in t.assignments]) for t in s.tasks])
            for s in plan.sections] == [
        ("一", [(1, [("县甲局", "lead"), ("县乙局", "support")]), (2, [("县丙局", "support")])])]


def test_tabs_column_named_like_roles_holding_duty_texts_stays_the_tasks_text():
    """A 分工 column whose cells are not role words is no role column: its text stays the task's, its units the
    unit column's."""
    text = "\n".join(["序号\t重点任务\t分工\t责任单位",
                      "1\t推进公转铁\t统筹协调运力\t市交通运输局"])
    assert find_pasted_tables(text).endswith("分工:统筹协调运力(责任单位:市交通运输局)")


# ---------------------------------------------------------------- task codes (督办台账, one row per task and unit)

def test_rows_sharing_a_task_code_are_one_task_under_a_row_counter():
    """A 督办 system's 台账 exported one row per task and unit: the rows sharing a 任务编号 are one task, its units
    gathered from them (its 任务内容 blank after the first row or written again); the 序号 counting rows numbers no
    task, the code's running number does (before: 4 tasks numbered 1–4, one unit each)."""
    text = ("某县重点工作督办台账\n"
            "序号\t任务编号\t任务内容\t牵头单位\t配合单位\t完成时限\n"
            "1\t2025-01-007\t全力扩大有效投资。\t县甲局\t\t2025年12月31日\n"
            "2\t2025-01-007\t\t\t县乙局\t2025年12月31日\n"
            "3\t2025-01-008\t促进消费提质扩容。\t县丙局\t\t2025年12月31日\n"
            "4\t2025-01-008\t促进消费提质扩容。\t\t县丁局\t2025年12月31日\n")
    assert reading(text) == [("", 7, "全力扩大有效投资", [("县甲局", "lead"), ("县乙局", "support")]),
                             ("", 8, "促进消费提质扩容", [("县丙局", "lead"), ("县丁局", "support")])]


def test_task_code_column_numbers_the_tasks_where_no_serial_number_stands():
    """任务编号 | 任务内容 | 责任单位, no 序号: each task numbered by its code (DB2025-007 -> 7), the rows repeating a code
    one task (before: unnumbered, counted 1, 2, 3)."""
    text = ("任务编号\t任务内容\t责任单位\t完成时限\n"
            "DB2025-007\t建设标准化厂房。\t县甲局\t2025年6月底前\n"
            "DB2025-007\t建设标准化厂房。\t县乙局\t2025年6月底前\n"
            "DB2025-008\t新建托育机构。\t县丙局\t2025年12月底前\n")
    assert reading(text) == [("", 7, "建设标准化厂房", [("县甲局", "responsible"), ("县乙局", "responsible")]),
                             ("", 8, "新建托育机构", [("县丙局", "responsible")])]
    assert "2025-007" in find_pasted_tables(text)  # the code as printed stays in the task's text


def test_task_code_with_a_hyphen_after_its_letters_numbers_the_tasks_over_skipped_codes():
    """任务编号 RW-2026-001: a 督办 system's code may part its letters from the year by a hyphen. It is a code as
    DB2025-013 is: the tasks of a filtered export (RW-2026-003, -004 left out) keep their codes' running numbers,
    the total row closing the export (合计（条） | 3) no row of codes (before: not read as codes, the tasks counted
    1, 2, 3)."""
    text = ("某市重点任务督办清单\n"
            "任务编号\t任务名称\t牵头单位\t协办单位\n"
            "RW-2026-001\t扩大有效投资\t市甲局\t市乙局\n"
            "RW-2026-002\t促进消费\t市丙局\t市丁局\n"
            "RW-2026-005\t稳定粮食生产\t市戊局\t市己局\n"
            "合计（条）\t3\t\t\n")  # the export's total row under the list
    assert reading(text) == [("", 1, "扩大有效投资", [("市甲局", "lead"), ("市乙局", "support")]),
                             ("", 2, "促进消费", [("市丙局", "lead"), ("市丁局", "support")]),
                             ("", 5, "稳定粮食生产", [("市戊局", "lead"), ("市己局", "support")])]
    assert "RW-2026-005" in find_pasted_tables(text)  # the code as printed stays in the task's text


def test_task_codes_whose_running_number_restarts_under_each_category_are_counted_in_order():
    """任务编号 2025-01-001, 2025-01-002, 2025-02-001: the running number restarts under each category, so it numbers
    no task: the rows sharing a code stay one task, the row-counting 序号 is left out, and the tasks are counted in
    their order, each code kept in its text (before: numbered 1, 2, 1 with warnings)."""
    text = ("序号\t任务编号\t工作任务\t责任单位\n"
            "1\t2025-01-001\t改造老旧街巷。\t县甲局\n"
            "2\t2025-01-001\t改造老旧街巷。\t县乙局\n"
            "3\t2025-01-002\t修缮公共厕所。\t县丙局\n"
            "4\t2025-02-001\t整治河道垃圾。\t县丁局\n")
    assert reading(text) == [("", 1, "改造老旧街巷", [("县甲局", "responsible"), ("县乙局", "responsible")]),
                             ("", 2, "修缮公共厕所", [("县丙局", "responsible")]),
                             ("", 3, "整治河道垃圾", [("县丁局", "responsible")])]
    assert "2025-02-001" in find_pasted_tables(text)
    sectioned = ("任务编号\t工作任务\t牵头单位\n"  # codes of sections (01-02, 02-01), no 序号: counted too
                 "01-01\t改造老旧街巷。\t县甲局\n01-02\t修缮公共厕所。\t县乙局\n02-01\t整治河道垃圾。\t县丙局\n")
    assert [(number, title) for _, number, title, _ in reading(sectioned)] == [
        (1, "改造老旧街巷"), (2, "修缮公共厕所"), (3, "整治河道垃圾")]


def test_a_date_in_a_task_code_column_is_no_code():
    """A date (2025-12-31) or a decimal (10.1) is no task code: a column holding one is read as it was before the
    code rule, its 序号 numbering the tasks."""
    text = ("序号\t任务编号\t工作任务\t责任单位\n"
            "1\t2025-12-31\t改造老旧街巷。\t县甲局\n"
            "2\t2025-12-31\t修缮公共厕所。\t县乙局\n")
    assert [(number, title) for _, number, title, _ in reading(text)] == [(1, "改造老旧街巷"), (2, "修缮公共厕所")]


def test_serial_number_numbering_tasks_beside_task_codes_stays_the_number():
    """A 序号 beside codes no two rows share numbers the tasks: it stays the tasks' number."""
    text = ("序号\t任务编号\t任务内容\t牵头单位\n"
            "1\t2025-01-004\t培育壮大市场主体。\t县甲局\n"
            "2\t2025-01-005\t深化放管服改革。\t县乙局\n")
    assert [(number, title) for _, number, title, _ in reading(text)] == [(1, "培育壮大市场主体"), (2, "深化放管服改革")]


def test_one_cell_per_line_lines_before_a_number_whose_row_holds_its_own_title_stay_a_section():
    """Two short lines before the next 序号 read as that row's title drawn before it, unless the row after the 序号
    holds its own title cell: taken as its title, the row would hold more text cells before its units than the table
    has columns (乡村振兴类 / 重点项目 / 2 / 高标准农田建设 / 新建高标准农田一万亩 / 县农业农村局: a section's heading
    wrapped, then a whole row). Before, the row was titled 乡村振兴类重点项目 and the section lost."""
    head = ["序号", "项目名称", "主要内容", "牵头单位", "完成时限"]
    first = ["1", "零工市场建设", "建成零工市场一处", "县人力资源社会保障局", "2025年6月底前"]
    text = "\n".join([*head, *first, "乡村振兴类", "重点项目", "2", "高标准农田建设", "新建高标准农田一万亩",
                      "县农业农村局", "2025年12月底前"])
    assert [title for _, title in sections(text)][-1] == "重点项目"  # (its first line is read as before this rule)
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "零工市场建设", [("县人力资源社会保障局", "lead")]),
        (2, "高标准农田建设", [("县农业农村局", "lead")]),
    ]


def test_a_two_row_header_saved_as_text_one_cell_per_line_reads_past_the_blank_lines_of_its_merged_cells():
    """A Word table saved as plain text writes one cell a line and the slots its merged header cells cover as blank
    lines: 责任单位 spanning 牵头单位 / 配合单位 leaves one in the upper row, 序号 / 工作任务 / 完成时限 merged down one
    each in the lower row. The header goes on over the run of blanks to the lower row, whose cells take the spanning
    cell's place."""
    text = "\n".join([
        "序号", "工作任务", "责任单位", "", "完成时限", "", "", "牵头单位", "配合单位", "",
        "1", "新建乡镇水厂", "县水利局", "县财政局、县自然资源局", "2025年底前",
        "2", "改造供水管网", "县住建局", "县水利局", "2026年底前",
        "3", "建设污水管网", "县生态环境局", "县住建局", "持续推进",
    ])
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "新建乡镇水厂", [("县水利局", "lead"), ("县财政局", "support"), ("县自然资源局", "support")]),
        (2, "改造供水管网", [("县住建局", "lead"), ("县水利局", "support")]),
        (3, "建设污水管网", [("县生态环境局", "lead"), ("县住建局", "support")]),
    ]


def test_docx_unit_cell_merged_across_lead_and_support_columns_names_its_units_once(tmp_path, write_file):
    """A row whose units share one role merges its 牵头单位 and 配合单位 cells into one (gridSpan=2). The cell is read once:
    under its own verbs (分别负责: each responsible), and with none its units share the task, the reading noting the
    span. A row with both cells of its own keeps its two roles; an HTML page merging by colspan reads the same."""
    rows = [["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
            ["1", "建设产地集配中心3个", "甲县农业农村局、甲县供销社分别负责", "", "2027年12月底"],
            ["2", "推广移动支付便民工程", "甲县人民银行", "甲县金融服务中心", "2027年12月底"],
            ["3", "整治农村集贸市场", "各乡镇人民政府", "", "2027年6月底"]]
    # rows 1 and 3: one cell over 牵头单位 | 配合单位
    path = docx_table(tmp_path, "甲县2027年商贸流通重点任务分工", rows, [], [(1, 2, 3), (3, 2, 3)])
    expected = [
        ("", 1, "建设产地集配中心3个", [("甲县农业农村局", "responsible"), ("甲县供销社", "responsible")]),
        ("", 2, "推广移动支付便民工程", [("甲县人民银行", "lead"), ("甲县金融服务中心", "support")]),
        ("", 3, "整治农村集贸市场", [("各乡镇人民政府", "responsible")])]
    (pt,) = read_file(path)
    plan = parse_plan(pt)
    assert [(s.number, t.number, t.title, [(a.name, a.role) for a in t.assignments])
            for s in plan.sections for t in s.tasks] == expected
    assert [(n.line, n.kind, n.text) for n in plan.readings] == [
        (plan.tasks()[2].line, "table", "cell '各乡镇人民政府' spans the 牵头单位、配合单位 columns and says no role: "
                                        "its units read as sharing the task (责任单位)")]
    page = """<html><body><h1>甲县2027年商贸流通重点任务分工</h1><table>
    <tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>
    <tr><td>1</td><td>建设产地集配中心3个</td><td colspan="2">甲县农业农村局、甲县供销社分别负责</td><td>2027年12月底</td></tr>
    <tr><td>2</td><td>推广移动支付便民工程</td><td>甲县人民银行</td><td>甲县金融服务中心</td><td>2027年12月底</td></tr>
    <tr><td>3</td><td>整治农村集贸市场</td><td colspan="2">各乡镇人民政府</td><td>2027年6月底</td></tr>
    </table></body></html>"""
    (pt,) = read_file(write_file(page, "plan.html"))  # an HTML colspan, spread over the grid as Word's gridSpan is
    assert [(s.number, t.number, t.title, [(a.name, a.role) for a in t.assignments])
            for s in parse_plan(pt).sections for t in s.tasks] == expected


# ---------------------------------------------------------------- a task table pasted without its header row

# 序号 | 任务 | 责任单位 left off: running numbers, the task's words, unit lists; group rows 一、… merged across
_HEADERLESS_ROWS = [["一、垃圾治理"] * 3,
                    ["1", "开展非正规垃圾堆放点排查整治", "县甲局（牵头），县乙局（配合）"],
                    ["2", "推进垃圾分类示范村创建", "县丙局、县丁局"],
                    ["二、污水治理"] * 3,
                    ["3", "建立污水设施运维台账", "县戊局"]]
_HEADERLESS_READING = [
    ("一", 1, "开展非正规垃圾堆放点排查整治", [("县甲局", "lead"), ("县乙局", "support")]),
    ("一", 2, "推进垃圾分类示范村创建", [("县丙局", "responsible"), ("县丁局", "responsible")]),
    ("二", 3, "建立污水设施运维台账", [("县戊局", "responsible")])]
_HEADERLESS_NOTE = "the table has no header row; its columns are read by their content: 序号 | 任务 | 责任单位"


def _html_table_page(caption: str, rows: list[list[str]]) -> str:
    """A portal page of a caption and a <td>-only table; a row of one text repeated across is one cell spanning."""
    def row(cells: list[str]) -> str:
        if len(set(cells)) == 1 and len(cells) > 1:
            return f'<tr><td colspan="{len(cells)}">{cells[0]}</td></tr>'
        return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"
    return (f"<html><body><p>某县某某行动实施方案</p><p>附件</p><p>{caption}</p><table>"
            + "".join(map(row, rows)) + "</table></body></html>")


def test_an_html_task_table_without_its_header_row_is_read_by_its_columns_content(write_file):
    (pt,) = read_file(write_file(_html_table_page("某县某某行动任务分工表", _HEADERLESS_ROWS), "plan.html"))
    plan = parse_plan(pt)
    assert [(s.number, s.title) for s in plan.sections] == [("一", "垃圾治理"), ("二", "污水治理")]
    assert [(s.number, t.number, t.title, [(a.name, a.role) for a in t.assignments])
            for s in plan.sections for t in s.tasks] == _HEADERLESS_READING
    assert [(n.kind, n.text) for n in plan.readings] == [("table", _HEADERLESS_NOTE)]
    assert plan.readings[0].line == plan.tasks()[0].line


def test_a_docx_task_table_without_its_header_row_is_read_by_its_columns_content(tmp_path):
    import docx

    document = docx.Document()
    for line in ("某县某某行动实施方案", "附件", "某县某某行动任务分工表"):
        document.add_paragraph(line)
    table = document.add_table(rows=len(_HEADERLESS_ROWS), cols=3)
    for r, row in enumerate(_HEADERLESS_ROWS):
        if len(set(row)) == 1:  # a group row: one cell merged across the three columns
            table.cell(r, 0).merge(table.cell(r, 2)).text = row[0]
            continue
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    path = tmp_path / "plan.docx"
    document.save(path)
    assert reading(to_text(path)) == _HEADERLESS_READING


@pytest.mark.parametrize("rows", [
    # a table of figures: numbered indicators, their values in the last column
    [["1", "地区生产总值增长率", "6.5%"], ["2", "一般公共预算收入", "12.3亿元"], ["3", "城镇新增就业人数", "3200人"]],
    # a list of people laid out in a table: a name in the middle, the body each works for last
    [["1", "张某某", "县甲局"], ["2", "李某某", "县乙局"], ["3", "王某某", "县丙局"]],
    # member units laid out three a row, numbered: units in the middle as well
    [["1", "县甲局", "县乙局"], ["2", "县丙局", "县丁局"], ["3", "县戊局", "县己局"]],
    # tasks and units, but numbered out of order: no running 序号
    [["1", "开展非正规垃圾堆放点排查整治", "县甲局"], ["3", "推进垃圾分类示范村创建", "县乙局"],
     ["2", "建立污水设施运维台账", "县丙局"]],
])
def test_a_headerless_table_not_of_tasks_stays_its_cells_lines(write_file, rows):
    path = write_file(_html_table_page("某县某某情况表", rows), "plan.html")
    assert to_text(path).splitlines()[-len(rows) * 3:] == [c for row in rows for c in row]
    (pt,) = read_file(path)
    assert _HEADERLESS_NOTE not in [n.text for n in parse_plan(pt).readings]


def test_a_stations_cell_posting_it_to_villages_names_the_station_alone():
    """A town's 责任站所 cell writes the station and the villages it covers (镇甲站包保东村、西村 / 镇乙所包联南村，各村
    （社区）落实): the station answers for the row, the villages after 包保 / 包联 are its ground, no units; cadres so
    posted (班子成员包联企业) are people (before: 镇甲站包保东村 + 西村 read as two units)."""
    text = "\n".join(["某镇2030年重点工作责任分解表", "序号\t重点工作\t具体任务\t责任站所\t完成时限",
                      "1\t防汛\t落实转移。\t镇甲站包保东村、西村\t汛期",
                      "2\t林业\t巡护林区。\t镇乙所包联南村，各村（社区）落实\t全年",
                      "3\t企业\t走访企业。\t镇丙办、班子成员包联企业\t全年"])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("镇甲站", "responsible")]), (2, [("镇乙所", "responsible"), ("各村（社区）", "implement")]),
        (3, [("镇丙办", "responsible")])]


# ---------------------------------------------------------------- 斜线表头 and grouped unit headers


@pytest.mark.parametrize("corner", ["责任单位<br>工作任务", "工作任务<br>责任单位", "责任单位　　工作任务",
                                    "任务\\单位", "任务＼单位", "单位/任务"])
def test_a_matrix_whose_top_left_cell_is_split_diagonally_reads_it_as_the_task_column(corner):
    """A 斜线表头: the matrix's top-left cell names the row heads (工作任务) and the column heads' kind (责任单位) at
    once, in either order, as two lines, with spaces or a slash. It heads the tasks; the columns are the units."""
    text = "\n".join([
        "某区市容整治工作任务责任分工表",
        "",
        f"| 序号 | {corner} | 区城管局 | 区市场监管局 | 公安某某分局 | 完成时限 |",
        "|---|---|---|---|---|---|",
        "| 1 | 开展占道经营专项整治 | 牵头 | 配合 |  | 6月底前 |",
        "| 2 | 整治非机动车乱停乱放 | 配合 |  | 牵头 | 8月底前 |",
        "| 3 | 规范户外广告招牌设置 | 牵头 | 配合 | 参与 | 9月底前 |",
        "",
        "注：“牵头”为牵头单位，“配合”为配合单位，“参与”为参与单位。",
    ])
    assert [(n, title, units) for _, n, title, units in reading(text)] == [
        (1, "开展占道经营专项整治", [("区城管局", "lead"), ("区市场监管局", "support")]),
        (2, "整治非机动车乱停乱放", [("公安某某分局", "lead"), ("区城管局", "support")]),
        (3, "规范户外广告招牌设置", [("区城管局", "lead"), ("区市场监管局", "support"), ("公安某某分局", "support")]),
    ]


def test_a_docx_matrix_with_a_diagonal_corner_of_two_paragraphs_and_star_marks(tmp_path):
    """A .docx 斜线表头 keeps its two words as two paragraphs of one cell (单位 over 任务); ★/☆ under the units."""
    rows = [["序号", "单位\n任务", "县水利局", "县农业农村局"],
            ["1", "加固病险水库", "★", "☆"],
            ["2", "建设高标准农田", "☆", "★"]]
    path = docx_table(tmp_path, "县2026年水利农业任务分工表（★为牵头单位，☆为配合单位）", rows, [], [])
    assert [(n, units) for _, n, _, units in reading(to_text(path))] == [
        (1, [("县水利局", "lead"), ("县农业农村局", "support")]),
        (2, [("县农业农村局", "lead"), ("县水利局", "support")]),
    ]


@pytest.mark.parametrize("cell, kind", [("责任单位\n工作任务", "task"), ("项目／部门", "task"),
                                        ("工作任务 牵头单位", "lead"), ("工作任务\n牵头单位", "lead")])
def test_a_diagonal_corner_needs_a_task_word_and_a_word_for_bodies(cell, kind):
    """Only a task word beside a word naming bodies in general (单位, 部门, 责任单位) is a 斜线表头; a role word
    (牵头单位) beside another is no corner and keeps its reading."""
    assert header_kind(cell) == kind


def test_a_matrix_whose_units_stand_under_group_words_over_a_header_that_passes_alone():
    """A two-row matrix header groups its units by kind (区直部门 over two offices, 街道 over two streets); the upper
    row alone names 序号, 工作任务 and 完成时限, yet the units are the lower row's names, not the group words."""
    text = "\n".join([
        "某区市容整治工作任务责任分工表",
        "",
        "| 序号 | 工作任务 | 区直部门 | 区直部门 | 街道 | 街道 | 完成时限 |",
        "|---|---|---|---|---|---|---|",
        "|  |  | 区城管局 | 区市场监管局 | 城关街道 | 东湖街道 |  |",
        "| 1 | 开展占道经营专项整治 | 牵头 | 配合 | 参与 | 参与 | 6月底前 |",
        "| 2 | 清理沿街乱堆乱放 | 配合 |  | 牵头 | 牵头 | 长期坚持 |",
        "| 3 | 规范户外广告招牌设置 | 牵头 | 配合 |  | 参与 | 9月底前 |",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("区城管局", "lead"), ("区市场监管局", "support"), ("城关街道", "support"), ("东湖街道", "support")]),
        (2, [("城关街道", "lead"), ("东湖街道", "lead"), ("区城管局", "support")]),
        (3, [("区城管局", "lead"), ("区市场监管局", "support"), ("东湖街道", "support")]),
    ]
    assert sections(text) == [("", "")]  # no 参与 / 牵头 column read as group headings


def test_a_docx_matrix_with_group_words_over_its_units_and_cells_merged_down_both_header_rows(tmp_path):
    """The same in Word: 序号, the 斜线表头 and 完成时限 merged down both header rows (the grid repeats them), 县直部门
    and 乡镇 merged across over the units' names."""
    rows = [["序号", "责任单位\n工作任务", "县直部门", "", "乡镇", "", "完成时限"],
            ["", "", "县水利局", "县农业农村局", "甲镇人民政府", "乙镇人民政府", ""],
            ["1", "加固病险水库", "★", "☆", "☆", "", "6月底前"],
            ["2", "建设高标准农田", "☆", "★", "", "★", "年底前"]]
    path = docx_table(tmp_path, "县2026年水利农业任务分工表（★为牵头单位，☆为配合单位）", rows, [(0, 0), (0, 1), (0, 6)],
                      [(0, 2, 3), (0, 4, 5)])
    assert [(n, units) for _, n, _, units in reading(to_text(path))] == [
        (1, [("县水利局", "lead"), ("县农业农村局", "support"), ("甲镇人民政府", "support")]),
        (2, [("县农业农村局", "lead"), ("乙镇人民政府", "lead"), ("县水利局", "support")]),
    ]


# ---------------------------------------------------------------- a 三个责任 list: columns named by the share borne

_SHARES = ["属地管理责任", "部门监管责任", "企业主体责任"]
_SHARE_ROWS = ["1\t取缔无证储气点\t各乡镇（街道）\t县住建局牵头，县公安局配合\t—\t长期",
               "2\t开展入户安检\t各乡镇（街道）\t县住建局\t各燃气经营企业\t6月底前"]
_SHARES_READ = [("", 1, "取缔无证储气点", [("各乡镇（街道）", "responsible"), ("县住建局", "lead"), ("县公安局", "support")]),
                ("", 2, "开展入户安检", [("各乡镇（街道）", "responsible"), ("县住建局", "responsible"),
                                   ("各燃气经营企业", "responsible")])]


@pytest.mark.parametrize("cell, kind", [
    ("属地管理责任", "responsible"), ("部门监管责任", "responsible"), ("企业主体责任", "responsible"),
    ("行业监管责任", "responsible"), ("属地责任", "responsible"),
    # a task's title, and the bare kinds heading a 两个责任清单's duty text, stay no unit column
    ("落实属地管理责任", None), ("压实企业主体责任", None), ("主体责任", None), ("监管责任", None),
])
def test_header_words_naming_the_share_of_responsibility_borne(cell, kind):
    assert header_kind(cell) == kind


def test_tabs_columns_named_by_the_share_borne_are_unit_columns_each_its_own_clause():
    """A 三个责任清单 heads its unit columns by the share each body bears (属地管理责任 | 部门监管责任 | 企业主体责任):
    every body named answers for the row, a role word in one cell (牵头 / 配合) speaks of that cell's bodies only."""
    text = "\n".join(["某县燃气隐患整治责任清单", "序号\t整治任务\t" + "\t".join(_SHARES) + "\t完成时限", *_SHARE_ROWS])
    assert reading(text) == _SHARES_READ


def test_tabs_shares_under_a_spanning_division_cell_on_a_second_header_row():
    """The same list saved from a sheet whose 责任分工 spans the three shares: the lower header row names the columns
    under it, no task of its own."""
    text = "\n".join(["某县燃气隐患整治责任清单", "序号\t整治任务\t责任分工\t\t\t完成时限",
                      "\t\t" + "\t".join(_SHARES) + "\t", *_SHARE_ROWS])
    assert reading(text) == _SHARES_READ


@pytest.mark.parametrize("lower", [_SHARES, ["属地", "监管", "企业"]])
def test_docx_each_cell_under_a_spanning_division_cell_is_its_own_clause(tmp_path, lower):
    """A Word 三个责任清单 whose 责任分工 spans three sub-columns (gridSpan): a 牵头 in the 监管 cell leads 县住建局
    alone, never the 属地 cell's towns before it, whether the sub-columns are named by the share or by a short word."""
    rows = [["序号", "整治任务", "责任分工", "", "", "完成时限"], ["", "", *lower, ""],
            *[row.split("\t") for row in _SHARE_ROWS]]
    path = docx_table(tmp_path, "某县燃气隐患整治责任清单", rows, [(0, 0), (0, 1), (0, 5)], [(0, 2, 4)])
    assert docx_reading(path) == [(n, title, units) for _, n, title, units in _SHARES_READ]


def test_tabs_share_columns_holding_duty_sentences_are_duty_columns():
    """The same 三个责任 header over duty sentences (各乡镇（街道）负责日常巡查): the cells are what each bearer does, read
    as the task's sentences and their subjects as its units, never a sentence taken whole for a body's name (县X局负责
    检查餐饮场所 ends as a name does, 场所; the other cells outvote it)."""
    text = "\n".join(["某县燃气安全整治责任清单", "序号\t整治任务\t" + "\t".join(_SHARES),
                      "1\t整治餐饮场所用气\t各乡镇（街道）负责日常巡查\t县甲局负责检查餐饮场所\t餐饮经营单位规范使用燃气",
                      "2\t排查燃气管道隐患\t各乡镇（街道）负责组织排查\t县乙局负责督促指导\t燃气企业及时整改隐患"])
    read = reading(text)
    assert [(n, title) for _, n, title, _ in read] == [(1, "整治餐饮场所用气"), (2, "排查燃气管道隐患")]
    units = [name for _, _, _, pairs in read for name, _ in pairs]
    assert "县甲局" in units and "县乙局" in units
    assert not [name for name in units if "负责" in name or "燃气" in name]


# ---- sub-columns under a spanning 责任分工 named by words no header word reads (header._sub_columns_named) ----

_SUB_COLUMN_ROWS = [["1", "制定示范企业认定办法", "市甲局", "市乙局", "2025年底前"],
                    ["2", "完善绩效工资政策", "市丙局", "市丁局", "持续推进"]]


def _sub_column_reading(plan):
    return ([(t.number, t.title, [(a.name, a.role) for a in t.assignments]) for t in plan.tasks()],
            [n.text for n in plan.readings if n.kind == "table"])


@pytest.mark.parametrize("lower, roles, said", [
    # a name the header words read once its left-out head is filled in: 第一责任 → 第一责任单位
    (["第一责任", "直接责任"], ("responsible", "responsible"), []),
    # a name they never read: its units answer for the row under the spanning cell, and the reading says so
    (["主抓单位", "协办单位"], ("responsible", "support"), ["主抓单位"]),
    (["甲组", "乙组"], ("responsible", "responsible"), ["甲组", "乙组"]),
])
def test_tabs_and_xlsx_sub_columns_named_by_unknown_words_under_a_division_cell_keep_their_units(tmp_path, lower,
                                                                                                 roles, said):
    """A 分工表 whose 责任分工 spans sub-columns named by words of the office's own (主抓单位 | 协办单位, 第一责任 |
    直接责任): every sub-column's units are kept, by the role its name reads as or by the spanning cell's, and a name
    the reader does not know is said in the reading report; the lower row is no task of its own."""
    import openpyxl

    upper = ["序号", "重点任务", "责任分工", "", "完成时限"]
    expected = [(1, "制定示范企业认定办法", [("市甲局", roles[0]), ("市乙局", roles[1])]),
                (2, "完善绩效工资政策", [("市丙局", roles[0]), ("市丁局", roles[1])])]
    notes = [f"column '{cell}' under 责任分工 names no role the reader knows: its units are read as 责任分工's"
             for cell in said]
    text = "\n".join(["某市重点任务分工表", "\t".join(upper), "\t\t" + "\t".join(lower) + "\t",
                      *("\t".join(row) for row in _SUB_COLUMN_ROWS)])
    assert _sub_column_reading(_plan(text)) == (expected, notes)
    book = openpyxl.Workbook()
    sheet = book.active
    for row in [["某市重点任务分工表"], upper, ["", "", *lower, ""], *_SUB_COLUMN_ROWS]:
        sheet.append(row)
    sheet.merge_cells("C2:D2")
    for column in "ABE":
        sheet.merge_cells(f"{column}2:{column}3")
    book.save(tmp_path / "plan.xlsx")
    assert _sub_column_reading(parse_plan(read_file(tmp_path / "plan.xlsx")[-1])) == (expected, notes)


def test_a_sub_column_note_quotes_the_scope_word_as_printed_not_as_filled_out():
    """责任分工 over 市级 | 区级: the reader fills the scope word out (市级责任分工) to read it, and no role word reads
    that; the reading report quotes the cell the table prints (before: 'column '市级责任分工' …', a made-up name)."""
    text = "\n".join(["某市重点任务分工表", "序号\t重点任务\t责任分工\t\t完成时限", "\t\t市级\t区级\t",
                      *("\t".join(row) for row in _SUB_COLUMN_ROWS)])
    assert _sub_column_reading(_plan(text)) == (
        [(1, "制定示范企业认定办法", [("市甲局", "responsible"), ("市乙局", "responsible")]),
         (2, "完善绩效工资政策", [("市丙局", "responsible"), ("市丁局", "responsible")])],
        [f"column '{cell}' under 责任分工 names no role the reader knows: its units are read as 责任分工's"
         for cell in ("市级", "区级")])

def test_docx_sub_columns_named_by_unknown_words_under_a_division_cell_keep_their_units(tmp_path):
    """The same header in Word (责任分工 over 主抓单位 | 协办单位 by gridSpan): the 主抓 units answer for the row and
    the reading says the column's name was not understood; the 协办 units support."""
    rows = [["序号", "重点任务", "责任分工", "", "完成时限"], ["", "", "主抓单位", "协办单位", ""], *_SUB_COLUMN_ROWS]
    path = docx_table(tmp_path, "某市重点任务分工表", rows, [(0, 0), (0, 1), (0, 4)], [(0, 2, 3)])
    assert _sub_column_reading(parse_plan(read_file(path)[-1])) == (
        [(1, "制定示范企业认定办法", [("市甲局", "responsible"), ("市乙局", "support")]),
         (2, "完善绩效工资政策", [("市丙局", "responsible"), ("市丁局", "support")])],
        ["column '主抓单位' under 责任分工 names no role the reader knows: its units are read as 责任分工's"])


def test_short_body_names_over_marks_under_a_unit_column_are_no_unknown_sub_columns():
    """责任单位 over 甲办 | 乙办 | 丙办 with √ under them: a matrix of bodies' short names (`marked_column`), not
    sub-columns named by words the reader does not know (before: "column '甲办' under 责任单位 names no role … its
    units are read as 责任单位's", and √ read as a unit)."""
    text = "\n".join(["某县重点任务分解表", "序号\t重点任务\t责任单位\t\t\t完成时限", "\t\t甲办\t乙办\t丙办\t",
                      "1\t推进道路建设\t√\t\t√\t2026年底", "2\t开展河道整治\t\t√\t\t2026年6月"])
    plan = _plan(text)
    assert not [n.text for n in plan.readings if "names no role" in n.text]


@pytest.mark.parametrize("head, quote", [("省方案任务", "“{n}.{t}。（{units}）”"), ("上级部署要求", "{n}.{t}。（{units}）"),
                                         ("对应条目", "“{n}.{t}。（{units}）”")])
def test_a_column_quoting_the_upper_levels_item_beside_this_levels_measures_is_a_reference(head, quote):
    """A 承接落实清单 quotes, before this level's measures (我县落实举措), the upper level's item each row answers, whole,
    with its own number and annotation (省X厅牵头): a column so named (省方案任务, 上级部署要求) or quoting on every row is a
    reference. The measures title the task; the quote's 省 units are the upper level's, none of the row's."""
    first = quote.format(n=1, t="推进设备更新", units="省甲委牵头，省乙厅配合")
    second = quote.format(n=2, t="推动以旧换新", units="省丙厅负责")
    text = "\n".join([
        "某县承接落实清单",
        f"序号\t{head}\t我县落实举措\t牵头单位\t配合单位\t完成时限",
        f"1\t{first}\t1.建立设备更新项目库；2.年内实施技改项目20个。\t县发展改革局\t县财政局\t2025年12月底前",
        f"2\t{second}\t开展汽车以旧换新促消费活动。\t县商务局\t县市场监管局\t持续推进",
    ])
    assert reading(text) == [
        ("", 1, "1.建立设备更新项目库；2.年内实施技改项目20个", [("县发展改革局", "lead"), ("县财政局", "support")]),
        ("", 2, "开展汽车以旧换新促消费活动", [("县商务局", "lead"), ("县市场监管局", "support")]),
    ]
    assert f"{head}:{first}" in find_pasted_tables(text)


def test_a_key_task_beside_its_measures_is_still_one_tasks_text():
    """重点任务 | 具体措施 are both this level's: the key task titles the row and its measures follow it, no reference."""
    text = "\n".join([
        "某县重点任务清单",
        "序号\t重点任务\t具体措施\t牵头单位\t配合单位",
        "1\t推进设备更新\t建立设备更新项目库。\t县发展改革局\t县财政局",
        "2\t推动以旧换新\t开展汽车以旧换新活动。\t县商务局\t县市场监管局",
    ])
    assert reading(text) == [
        ("", 1, "推进设备更新", [("县发展改革局", "lead"), ("县财政局", "support")]),
        ("", 2, "推动以旧换新", [("县商务局", "lead"), ("县市场监管局", "support")]),
    ]
    assert "推进设备更新。建立设备更新项目库" in find_pasted_tables(text)


@pytest.mark.parametrize("first, second", [("（第1项）", "（第2项）"), ("（第1、2项）", "（牵头第3项）")])
def test_a_bracket_saying_which_measure_a_unit_carries_is_no_part_of_its_name(first, second):
    """市X局（第1项）、市Y局（第2项): a row of several measures says after each unit which of them it carries; the
    bracket is scope, no word of the name."""
    text = "\n".join([
        "某县承接落实清单",
        "序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限",
        f"1\t推进设备更新\t1.建立项目库；2.实施技改项目；3.开展评估。\t县发展改革局{first}、县工信局{second}\t县财政局\t年底前",
    ])
    assert reading(text) == [
        ("", 1, "推进设备更新", [("县发展改革局", "lead"), ("县工信局", "lead"), ("县财政局", "support")]),
    ]


def test_a_unit_cell_closed_by_a_role_word_keeps_the_row_under_a_merged_first_cell_apart():
    """市甲局牵头，市乙局配合 over a row opening with a tab (its 月份 cell merged into the one above): the role word closes
    the clause, so 市乙局配合 + 市丙办 is no name cut in two and the row below is a task of its own."""
    text = ("一、学习安排\n"
            "月份\t学习专题\t学习形式\t主讲/领学\t承办单位\n"
            "4月\t学习安全生产重要论述\t集中学习研讨\t张三领学\t市甲管理局牵头，市乙运输局配合\n"
            "\t学习防范化解重大风险重要论述\t专题辅导报告\t李四领学\t市委丙办、市丁局\n"
            "5月\t学习文化思想\t集中学习研讨\t王五领学\t市委戊部\n")
    assert [(title, units) for _, _, title, units in reading(text)] == [
        ("学习安全生产重要论述", [("市甲管理局", "lead"), ("市乙运输局", "support")]),
        ("学习防范化解重大风险重要论述", [("市委丙办", "responsible"), ("市丁局", "responsible")]),
        ("学习文化思想", [("市委戊部", "responsible")])]


def test_an_overseeing_column_beside_a_rectifying_column_supports_its_doers():
    """督查单位 beside an 整改单位 (an 整改落实清单): the 整改单位 carries the row out and answers for it; the 督查单位
    oversees it and supports, as beside a 责任单位. 办理单位 / 整改主体 name the doers the same way."""
    text = "\n".join([
        "某县2030年整改落实清单",
        "序号\t问题\t整改措施\t督查单位\t整改单位\t整改时限",
        "1\t台账记录不全\t补齐台账\t县委督查室\t县甲局\t6月底",
        "2\t巡查频次不足\t加密巡查\t县委督查室\t县乙局\t9月底",
    ])
    titles_units = [(t[2], t[3]) for t in reading(text)]
    assert [units for _, units in titles_units] == [
        [("县甲局", "responsible"), ("县委督查室", "support")],
        [("县乙局", "responsible"), ("县委督查室", "support")],
    ]
    assert header_kinds(["序号", "问题", "督查单位", "办理单位"])[2:] == ["support", "responsible"]
    assert header_kind("被整改单位") != "responsible"


def test_the_inspecting_column_of_a_findings_ledger_answers_for_no_rectification():
    """检查单位 in a 检查发现问题整改台账 (被检查单位 | 检查单位 | 存在问题 | 整改措施): the inspector found the
    problem and does not put it right; it is no doers' column there."""
    assert header_kinds(["序号", "被检查单位", "检查单位", "存在问题", "整改措施", "整改时限"])[2] != "responsible"
    text = "\n".join([
        "某县2030年安全检查发现问题整改台账",
        "序号\t被检查单位\t检查单位\t存在问题\t整改措施\t整改时限",
        "1\t县甲中学\t县乙局\t消防通道堵塞\t立即清理通道\t6月底",
        "2\t县丙医院\t县乙局\t灭火器过期\t更换灭火器\t7月底",
    ])
    assert all(("县乙局", "responsible") not in t[3] for t in reading(text))


def test_an_inspected_matter_column_beside_a_work_column_leaves_it_the_title():
    """督查内容 | 工作任务 (a 督查方案): the 督查内容 says how the work is checked; the 工作任务 column holds the task and
    its title. Alone, 督查内容 is the rows' work."""
    text = "\n".join([
        "某县2030年重点工作督查方案",
        "序号\t督查内容\t工作任务\t责任单位\t完成时限",
        "1\t查看改造台账\t推进老旧小区改造\t县甲局\t12月底",
        "2\t抽查施工现场\t完成道路提升工程\t县乙局\t10月底",
    ])
    assert [t[2] for t in reading(text)] == ["推进老旧小区改造", "完成道路提升工程"]
    assert header_kinds(["序号", "督查内容", "责任单位", "完成时限"])[1] == "task"


def test_a_funding_department_beside_a_responsible_column_answers_for_no_row():
    """资金主管部门 beside a 责任单位 (a 资金安排表 with its doers' column): the department funding the project does
    none of its work and is no unit; with no other doers' column it answers for the row."""
    text = "\n".join([
        "某县2030年重点项目资金安排表",
        "序号\t项目名称\t责任单位\t资金主管部门\t金额（万元）",
        "1\t城区管网改造\t县甲局\t县财政局\t500",
        "2\t乡村道路硬化\t县乙局\t县财政局\t300",
    ])
    assert [t[3] for t in reading(text)] == [[("县甲局", "responsible")], [("县乙局", "responsible")]]
    assert header_kinds(["序号", "项目名称", "资金主管部门", "金额（万元）"])[2] == "responsible"


def test_the_issuer_of_a_listed_policy_is_no_unit_but_the_publisher_of_a_release_is():
    """政策名称 | 发布部门 | 发布时间: the 发布部门 issued the listed document, no role in the work; in a 新闻发布计划
    (发布内容 | 发布单位) the body holds the release and answers for it."""
    assert header_kinds(["序号", "政策名称", "发布部门", "发布时间", "落实措施"])[2] != "responsible"
    assert header_kinds(["序号", "发布时间", "发布内容", "发布单位"])[3] == "responsible"
    assert header_kinds(["序号", "发布主题", "发布部门", "发布时间"])[2] == "responsible"


def test_a_column_of_quoted_campaign_names_stays_the_rows_task():
    """创建项目 | 具体措施 with the projects quoted (“清四乱”, “门前三包”): short quoted names are the rows' own work
    and their titles, no upper level's item quoted whole."""
    text = "\n".join([
        "某县2030年文明城市创建工作方案",
        "序号\t创建项目\t具体措施\t责任单位",
        "1\t“清四乱”\t清理河道乱占乱堆\t县甲局",
        "2\t“门前三包”\t落实沿街商户责任\t县乙局",
        "3\t“厕所革命”\t改造农村户厕\t县丙局",
    ])
    assert [t[2] for t in reading(text)] == ["清四乱", "门前三包", "厕所革命"]


def test_a_chain_stage_column_merged_down_its_rows_groups_them_one_cell_a_line():
    """A 全链条整治 分工表 (序号 | 环节 | 整治任务 | 牵头单位 | 配合单位) prints each stage (销售环节) on its group's first
    row only; copied one cell a line, those rows are a line longer. 环节 is a group column: each stage a section,
    every row read whole. A column of per-row weak points (薄弱环节) is no group."""
    text = "\n".join([
        "某县电动车整治任务分工表", "序号", "环节", "整治任务", "牵头单位", "配合单位",
        "1", "销售环节", "查处违规销售行为。", "县甲局", "县乙局",
        "2", "严查非法改装行为。", "县丙局", "县甲局",
        "3", "回收环节", "规范旧电池回收。", "县丁局", "县戊局",
    ])
    assert [s[1] for s in sections(text)] == ["销售环节", "回收环节"]
    assert [(t[2], t[3]) for t in reading(text)] == [
        ("查处违规销售行为", [("县甲局", "lead"), ("县乙局", "support")]),
        ("严查非法改装行为", [("县丙局", "lead"), ("县甲局", "support")]),
        ("规范旧电池回收", [("县丁局", "lead"), ("县戊局", "support")])]
    assert header_kind("整治环节") == "group" and header_kind("薄弱环节") is None


def test_a_pairing_aid_project_table_reads_its_aided_and_aiding_bodies():
    """援疆 / 援藏 / 东西部协作 project lists head the two sides 受援单位 (the receiving body, which builds and runs the
    project: implement, as 实施单位) and 援建单位 (the aiding city's body answering for it: responsible, as 后方责任单位
    and 帮扶单位); with no 实施 / 责任 word in the header the table was lost whole."""
    rows = ["某市援疆项目计划表", "序号\t项目名称\t建设内容\t受援单位\t援建单位\t前方责任人", "一、民生项目",
            "1\t幼儿园建设\t新建幼儿园1所\t县甲局\t市甲局\t陈某",
            "2\t医院设备购置\t购置设备\t县乙院\t市乙委、市丙院\t周某"]
    assert [(t[0], t[2], t[3]) for t in reading("\n".join(rows))] == [
        ("一", "幼儿园建设", [("市甲局", "responsible"), ("县甲局", "implement")]),
        ("一", "医院设备购置", [("市乙委", "responsible"), ("市丙院", "responsible"), ("县乙院", "implement")])]


@pytest.mark.parametrize("aiding", ["援建单位", "后方对接单位", "结对单位", "市级对口部门", "支援单位"])
def test_the_aiding_sides_column_beside_the_implementers_answers_for_the_row(aiding):
    """The aiding city's body beside a 实施单位, under any of the names pairing-aid lists give it: responsible."""
    rows = ["某市援疆项目计划表", f"序号\t项目名称\t实施单位\t{aiding}\t前方责任人",
            "1\t幼儿园建设\t县甲局\t市甲局\t陈某", "2\t医院设备购置\t县乙院\t市乙委\t周某"]
    assert [t[3] for t in reading("\n".join(rows))] == [
        [("市甲局", "responsible"), ("县甲局", "implement")], [("市乙委", "responsible"), ("县乙院", "implement")]]


def test_support_units_beside_a_lead_column_back_it():
    """支援单位 beside a 牵头单位 (an emergency plan's 处置分工) back the leading body: support; alone or beside the
    implementers (a pairing-aid list) they are the aiding side and answer for the row."""
    assert header_kinds(["序号", "处置任务", "牵头单位", "支援单位"])[3] == "support"
    assert header_kinds(["序号", "项目名称", "实施单位", "支援单位"])[3] == "responsible"


def test_front_and_back_sub_columns_under_unit_and_people_columns():
    """责任单位 and 责任人 each spanning 前方 | 后方 (a 前方指挥部's project table): the lower row of side words is the
    header's second row, each side a column of its own (前方责任单位, 后方责任单位 responsible; 前方责任人 people),
    no task of its own."""
    rows = ["某市援疆项目计划表", "序号\t项目名称\t建设内容\t责任单位\t\t责任人\t", "\t\t\t前方\t后方\t前方\t后方",
            "一、民生项目",
            "1\t幼儿园建设\t新建幼儿园1所\t前指甲组\t市甲局\t陈某\t王某",
            "2\t医院设备购置\t购置设备\t前指乙组\t市乙委、市丙院\t周某\t李某"]
    assert [(t[0], t[2], t[3]) for t in reading("\n".join(rows))] == [
        ("一", "幼儿园建设", [("前指甲组", "responsible"), ("市甲局", "responsible")]),
        ("一", "医院设备购置", [("前指乙组", "responsible"), ("市乙委", "responsible"), ("市丙院", "responsible")])]


@pytest.mark.parametrize("head, first, second", [
    ("任务编号", "ZD-007", "ZD-008"), ("编号", "ZD007", "ZD008"), ("自动编号", "7", "8"), ("ID", "7", "8"),
])
def test_a_smart_sheets_auto_number_field_numbers_its_tasks(head, first, second):
    """A smart sheet's 自动编号 field, printed as letters and a padded running number (ZD-007) or as the bare number
    under 自动编号 / ID: the running number numbers the task, as a 序号 or a 督办 system's code does."""
    text = "\n".join([
        "某县2030年重点工作任务推进表",
        f"{head}\t任务事项\t责任单位",
        f"{first}\t建成城北污水管网\t县甲局",
        f"{second}\t完成老旧小区改造\t县乙局",
    ])
    assert [t[1:3] for t in reading(text)] == [(7, "建成城北污水管网"), (8, "完成老旧小区改造")]


def test_a_task_cells_heading_over_points_a_line_each_is_the_tasks_title():
    """A sheet's task cell holding a heading and, below it, points numbered from 1 a line each (Alt+Enter), no stop
    after them: the heading is the task's title and the points its text, closed with ；, so the next point's number is
    no row's (joined as one line, 2.建成… was read as a task of its own and the title ran on into 1.)."""
    text = ("某区2031年重点工作任务推进表\n序号\t任务事项\t责任单位\n"
            '1\t"实施滨河生态廊道提升工程\n1.完成堤岸景观绿化\n2.建成慢行步道6公里"\t区住建局\n'
            "2\t推进老旧小区改造\t区城管局\n")
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "实施滨河生态廊道提升工程", [("区住建局", "responsible")]),
        (2, "推进老旧小区改造", [("区城管局", "responsible")])]
    (task, _) = _plan(text).tasks()
    assert task.text.startswith("实施滨河生态廊道提升工程。1.完成堤岸景观绿化；2.建成慢行步道6公里")


def test_cells_an_indicator_table_without_number_column_is_cut_at_its_numbered_task_cells():
    """一级指标 | 二级指标 | 提升举措 | 牵头单位 | 配合单位 | 完成时限 copied one cell per line, no 序号 column, the measures
    numbered in their own cells and the indicator, lead and date cells merged down (printed on their first row only):
    each 1. / 2. cell opens its row, the unit and date lines after it are the row's, the short lines right before the
    next numbered cell that row's indicator cells. A lone unit cell under a lead merged down its indicator is the
    配合单位 (the lead carried down); / says no 配合单位; the table ends where no numbered cell follows (四、…)."""
    text = "\n".join([
        "三、提升举措", "一级指标", "二级指标", "提升举措", "牵头单位", "配合单位", "完成时限",
        "获得用水", "环节", "1.推行用水报装一窗受理。", "市水利局", "市自然资源局、市城管局", "6月底前",
        "2.压减用水报装材料。", "市政务服务中心",
        "时间", "3.报装时间压缩至3个工作日。", "市城管局",
        "纳税", "纳税时间", "4.推行电子税务局全程网办。", "市税务局", "/", "9月底前",
        "四、保障措施", "各单位要加强协作。",
    ])
    assert [(n, t, units) for _, n, t, units in reading(text)] == [
        (1, "推行用水报装一窗受理", [("市水利局", "lead"), ("市自然资源局", "support"), ("市城管局", "support")]),
        (2, "压减用水报装材料", [("市水利局", "lead"), ("市政务服务中心", "support")]),
        (3, "报装时间压缩至3个工作日", [("市水利局", "lead"), ("市城管局", "support")]),
        (4, "推行电子税务局全程网办", [("市税务局", "lead")])]
    assert ("四", "保障措施") in sections(text)


def test_cells_an_indicator_table_cut_at_its_numbered_task_cells_goes_on_past_a_page_break():
    """The same layout with one indicator level: a unit cell wrapped after its 、 is one cell, and a page break (the
    page number, the header printed again) between two rows of one indicator leaves the rows and the merged lead as
    they were; a row with its lead and date only (/ for no 配合单位) after a new indicator keeps its own lead."""
    text = "\n".join([
        "二、重点举措", "一级指标", "提升举措", "牵头单位", "配合单位", "完成时限",
        "开办企业", "1.推行开办一网通办。", "市市场监管局", "市公安局、", "市税务局", "6月底前",
        "2.免费刻制首套印章。", "市财政局",
        "", "— 2 —", "",
        "一级指标", "提升举措", "牵头单位", "配合单位", "完成时限",
        "3.推行开办全程电子化。", "市数据局", "12月底前",
        "执行合同", "4.推行繁简分流。", "市法院", "/", "长期坚持",
        "", "三、保障措施",
    ])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("市市场监管局", "lead"), ("市公安局", "support"), ("市税务局", "support")]),
        (2, [("市市场监管局", "lead"), ("市财政局", "support")]),
        (3, [("市市场监管局", "lead"), ("市数据局", "support")]),
        (4, [("市法院", "lead")])]


# ---------------------------------------------------------------- a role label after a qualifier; 吹哨报到 lists


@pytest.mark.parametrize("cell, kind", [
    # an indicator plan names its unit columns after the indicator: the role label closing the name decides
    ("指标牵头单位", "lead"), ("指标责任单位", "responsible"), ("指标配合单位", "support"),
    ("事项落实单位", "implement"), ("指标牵头部门", "lead"),
    ("牵头责任单位", "lead"),  # a unit column's first role word still decides
    ("考核指标及责任单位", "extra"), ("指标", "extra"),  # two things joined, or the indicator alone: no unit column
])
def test_a_role_label_closing_a_column_name_gives_its_role_whatever_word_before_it(cell, kind):
    assert header_kind(cell) == kind


@pytest.mark.parametrize("cell, kind", [
    # an oversight word before the role label names the body overseeing the doers: it supports, whatever the label
    ("督办牵头单位", "support"), ("督查责任单位", "support"), ("督导责任单位", "support"),
    ("督促责任单位", "support"), ("监督牵头部门", "support"),
    ("任务牵头单位", "lead"), ("指标牵头单位", "lead"),  # a plain word keeps the label's role
])
def test_an_oversight_word_before_a_role_label_names_a_supporting_overseer(cell, kind):
    assert header_kind(cell) == kind


def test_tabs_an_overseer_column_named_by_a_role_label_supports_the_doers_beside_it():
    """督办牵头单位 / 督查责任单位 beside the 责任单位 / 牵头单位 doing each row: the 督查室 oversees and supports; a
    督办清单 whose one unit column is 督办责任单位 names the bodies doing the matters overseen, who answer for them."""
    beside = "\n".join([
        "某区重点任务督办表",
        "序号\t重点任务\t责任单位\t督办牵头单位",
        "1\t整治甲河沿岸环境\t区甲局\t区政府督查室",
        "2\t改造乙街管网\t区乙局\t区委督查室",
    ])
    assert {task: units for _, task, _, units in reading(beside)} == {
        1: [("区甲局", "responsible"), ("区政府督查室", "support")],
        2: [("区乙局", "responsible"), ("区委督查室", "support")]}
    qualified = "\n".join([
        "某县重点工作任务分解表",
        "序号\t工作任务\t牵头单位\t督查责任单位",
        "1\t建设丙园标准厂房\t县丙局\t县委督查室",
    ])
    assert {task: units for _, task, _, units in reading(qualified)} == {
        1: [("县丙局", "lead"), ("县委督查室", "support")]}
    alone = "\n".join([
        "某区重点事项督办清单",
        "序号\t督办事项\t督办责任单位\t完成时限",
        "1\t整治丁街占道经营\t区丁局\t2024年10月",
    ])
    assert {task: units for _, task, _, units in reading(alone)} == {1: [("区丁局", "responsible")]}


def test_tabs_an_indicator_table_names_its_lead_column_after_the_indicator():
    text = "\n".join([
        "某市营商环境提升方案",
        "三、提升举措",
        "一级指标\t提升举措\t指标牵头单位\t配合单位\t完成时限",
        "登记注册\t1.压缩登记时间至1个工作日。\t市甲局\t市乙局\t6月底前",
        "\t2.推行免费刻章。\t\t市丙局\t",
        "税费缴纳\t3.推行电子票据。\t市丁局\t/\t9月底前",
    ])
    roles = {task: units for _, task, _, units in reading(text)}
    assert roles == {1: [("市甲局", "lead"), ("市乙局", "support")],
                     2: [("市甲局", "lead"), ("市丙局", "support")],
                     3: [("市丁局", "lead")]}


@pytest.mark.parametrize("cell, kind", [
    ("吹哨主体", "lead"), ("吹哨单位", "lead"), ("召集单位", "lead"),  # the body calling and convening
    ("报到部门", "responsible"), ("响应部门", "responsible"), ("响应单位", "responsible"),  # the body coming to handle
    ("召集人", None), ("响应时限", "deadline"),  # (召集人 a person, no unit column)
])
def test_whistle_and_report_list_header_words(cell, kind):
    assert header_kind(cell) == kind


def test_tabs_a_whistle_list_reads_caller_lead_and_reporting_department_responsible():
    text = "\n".join([
        "某区街道吹哨报到事项清单",
        "序号\t领域\t事项\t吹哨单位\t响应部门\t配合部门\t响应时限",
        "1\t市容环境\t占道经营整治\t甲街道执法队\t区城管局\t区交通局\t2小时内到场",
        "2\t\t噪声扰民处置\t甲街道执法队\t区环保局\t区公安分局\t4小时内到场",
    ])
    roles = {task: units for _, task, _, units in reading(text)}
    assert roles == {1: [("甲街道执法队", "lead"), ("区城管局", "responsible"), ("区交通局", "support")],
                     2: [("甲街道执法队", "lead"), ("区环保局", "responsible"), ("区公安分局", "support")]}


def test_a_note_counting_one_column_by_its_name_reads_that_columns_list_only():
    """注：…涉及两个以上报到部门的，排在第一位的为主责部门: the note names the column after its count; the table wrote
    it under its role's label beside the caller's lead, and the rule reads that column's units alone."""
    text = "\n".join([
        "某区街道吹哨报到事项清单",
        "序号\t事项\t吹哨主体\t报到部门\t配合部门",
        "1\t违建拆除\t甲街道执法队\t区城管局、区住建委\t区规划分局",
        "2\t欠薪处置\t甲街道民生办\t区人社局\t区总工会",
        "注：同一事项涉及两个以上报到部门的，排在第一位的为主责部门。",
    ])
    roles = {task: units for _, task, _, units in reading(text)}
    assert roles == {1: [("甲街道执法队", "lead"), ("区城管局", "lead"), ("区住建委", "responsible"),
                         ("区规划分局", "support")],
                     2: [("甲街道民生办", "lead"), ("区人社局", "responsible"), ("区总工会", "support")]}


def test_a_joint_leader_and_unit_column_drops_the_leaders_written_before_the_units():
    """A 整改清单's joint 责任领导及责任单位 column writes the county leader before the units as often as after them,
    parted by a slash: a name and the post in brackets (赵某某（副县长）/县甲局), the posts a leader holds (钱某（县委常委、
    常务副县长）/县乙局), a post and a name (副县长孙某某/县丙局), two leaders listed before the units (周某某、吴某某/县甲局、
    县乙局). The leaders are no units; before, the whole cell was read as one unit's name."""
    text = "\n".join([
        "某县整改责任清单",
        "序号\t反馈问题\t整改措施\t责任领导及责任单位\t配合单位\t完成时限",
        "1\t办事环节多\t精简办事环节\t赵某某（副县长）/县甲局\t县丁局\t2025年6月底前",
        "2\t融资难\t搭建融资平台\t钱某（县委常委、常务副县长）/县乙局（县戊中心）\t县丁局\t2025年8月底前",
        "3\t拖欠账款\t清理拖欠账款\t副县长孙某某/县丙局\t县丁局\t2025年9月底前",
        "4\t报装慢\t推进联合报装\t周某某、吴某某/县甲局、县乙局\t县丁局\t2025年10月底前",
    ])
    assert [units for *_, units in reading(text)] == [
        [("县甲局", "responsible"), ("县丁局", "support")],
        [("县乙局（县戊中心）", "responsible"), ("县丁局", "support")],
        [("县丙局", "responsible"), ("县丁局", "support")],
        [("县甲局", "responsible"), ("县乙局", "responsible"), ("县丁局", "support")]]


def test_the_head_of_each_town_in_brackets_after_the_towns_is_a_post_not_a_name():
    """各乡镇人民政府（乡镇长）: a county's duty sheet names the head of each town, by the post, after the collective as
    （分管领导） after a body; 乡镇长 is a post, so the bracket is dropped (before: kept in the name)."""
    text = "\n".join([
        "某县整改责任清单",
        "序号\t反馈问题\t整改措施\t责任领导及责任单位\t配合单位\t完成时限",
        "1\t便民中心不规范\t规范便民服务中心\t各乡镇人民政府（乡镇长）\t县甲中心\t2025年8月底前",
    ])
    assert reading(text)[0][3] == [("各乡镇人民政府", "responsible"), ("县甲中心", "support")]


def test_a_leader_parted_by_a_space_before_the_units_of_a_joint_column_is_no_unit():
    """吴某某 县甲局、县乙局: the joint 责任领导及责任单位 column may part the leader written first from the units by a
    space, as it does one written after them (县甲局 吴某某); the cell's spaces become 、, and the leader before them is
    no unit either (before: 吴某某 read as a responsible unit). Two leaders so listed are dropped alike."""
    text = "\n".join([
        "某县整改责任清单",
        "序号\t反馈问题\t整改措施\t责任领导及责任单位\t配合单位\t完成时限",
        "1\t审批时限长\t压缩审批时限\t吴某某 县甲局、县乙局\t县丁局\t2025年9月底前",
        "2\t用工难\t搭建用工平台\t郑某、冯某某 县丙局\t县丁局\t2025年10月底前",
        "3\t执法不规范\t规范执法\t县乙局 吴某某\t县丁局\t2025年10月底前",
    ])
    assert [units for *_, units in reading(text)] == [
        [("县甲局", "responsible"), ("县乙局", "responsible"), ("县丁局", "support")],
        [("县丙局", "responsible"), ("县丁局", "support")],
        [("县乙局", "responsible"), ("县丁局", "support")]]


def test_a_leaders_name_as_a_run_in_label_before_the_units_is_no_unit():
    """卫某某：县甲局、县乙局: the joint column may write the leader as a label over the units, a colon after the name
    as after 分管领导; the name is no word of the first unit's (before: 卫某某：县甲局 read as one unit)."""
    text = "\n".join([
        "某县整改责任清单",
        "序号\t反馈问题\t整改措施\t责任领导及责任单位\t配合单位\t完成时限",
        "1\t政策兑现慢\t兑现惠企政策\t卫某某：县甲局、县乙局\t县丁局\t2025年10月底前",
    ])
    assert reading(text)[0][3] == [("县甲局", "responsible"), ("县乙局", "responsible"), ("县丁局", "support")]


def test_a_bracket_of_column_notes_after_a_label_read_column_is_no_part_of_its_name():
    """A column whose header the table does not know as a unit kind but the text does as a label (包抓科室) is written
    `header:cell` in the row's text, the row's unit and deadline columns after it as one bracket of notes:
    包抓科室:安全科(配合单位:教研室;完成时限:…). The bracket is no part of the last name: its role label gives its own
    units their role, its deadline names no unit (before: one unit 安全科(配合单位:教研室;完成时限:…))."""
    text = "\n".join([
        "某校安全工作方案",
        "一、工作任务",
        "序号\t工作任务\t包抓科室\t配合科室\t完成时限",
        "1\t开展安全检查\t安全科\t教研室\t2025年5月底前",
        "2\t组织应急演练\t总务科、安全科\t教务科\t2025年6月底前",
    ])
    assert [units for *_, units in reading(text)] == [
        [("安全科", "responsible"), ("教研室", "support")],
        [("总务科", "responsible"), ("安全科", "responsible"), ("教务科", "support")]]


@pytest.mark.parametrize("line, units", [
    ("1.制定推进方案。指导单位：基础教育处（完成时限：2025年5月底前）", [("基础教育处", "support")]),
    ("1.开展安全检查。责任单位：安全科（配合单位：教研室）", [("安全科", "responsible"), ("教研室", "support")]),
    ("1.制定推进方案。指导单位：基础教育处（责任单位：甲县教育局、乙县教育局；完成时限：2025年5月底前）",
     [("基础教育处", "support"), ("甲县教育局", "responsible"), ("乙县教育局", "responsible")]),
    # a name's own bracket (乡镇（街道）) holds no label and stays the name's
    ("1.开展安全检查。责任单位：乡镇（街道）（配合单位：县甲局）", [("乡镇（街道）", "responsible"), ("县甲局", "support")]),
])
def test_a_labels_last_name_ends_before_a_bracket_of_labelled_notes(line, units):
    """指导单位：A（完成时限：…） / 责任单位：A（配合单位：B）: a bracket of `label:` notes after a labelled name, as a task
    table's row rebuilt as text writes it, is no part of the name (before: 基础教育处（完成时限：2025年5月底前） read
    as one unit, and in the third line the doers lost inside it)."""
    assert reading(f"某县工作方案\n一、重点任务\n{line}")[0][3] == units


def test_one_cell_per_line_a_leaders_post_over_the_name_is_one_cell():
    """专班组长 printed narrow in a PDF: the post on its line, the holder's name on the next (区政府副区长 / 陈某某), a long
    post wrapped too (区委常委、副 / 区长 / 刘某). The post line is no task line (before: title …改造区政府副区长), and
    with the task cell wrapped as well the row's cells no longer shift a column (before: the name read as the lead
    unit, the lead as support, the street in the goal's text)."""
    text = "\n".join([
        "序号", "项目名称", "专班组长", "牵头单位", "配合单位", "属地街道", "年度目标", "完成时限",
        "1", "甲河小区改造", "区政府副区长", "陈某某", "区甲局", "区乙局", "甲河街道", "改造小区3个", "2025年11月底前",
        "2", "乙山片区老旧小区", "加装电梯", "区政府副区长", "陈某某", "区住房城乡建", "设局", "区丙局", "乙山街道",
        "新增加装电梯60", "部", "2025年12月底", "前",
        "3", "丙村完整社区", "建设试点", "区委常委、副", "区长", "刘某", "区丁局", "区甲局、区乙局", "丙村街道",
        "建成完整社区3", "个", "2025年12月底", "前",
    ])
    assert [(title, units) for _, _, title, units in reading(text)] == [
        ("甲河小区改造", [("区甲局", "lead"), ("甲河街道", "responsible"), ("区乙局", "support")]),
        ("乙山片区老旧小区加装电梯", [("区住房城乡建设局", "lead"), ("乙山街道", "responsible"), ("区丙局", "support")]),
        ("丙村完整社区建设试点", [("区丁局", "lead"), ("丙村街道", "responsible"), ("区甲局", "support"),
                                 ("区乙局", "support")])]


def test_one_cell_per_line_a_task_tail_opening_with_a_level_word_before_the_leader_stays_the_tasks():
    """柳甲夜间经济集聚 / 区建设: a narrow name column cut the project's name before 区; the post over the leader's name
    after it closes the task cell, so the tail is the task's, never a unit line (before: the units joined the title)."""
    text = "\n".join([
        "序号", "项目名称", "专班组长", "牵头单位", "配合单位", "属地街道", "年度目标", "完成时限",
        "1", "柳甲夜间经济集聚", "区建设", "区政府副区长", "吴某", "区戊局", "区己局", "柳甲街道",
        "建成集聚区1个", "2025年9月底", "前",
    ])
    assert [(title, units) for _, _, title, units in reading(text)] == [
        ("柳甲夜间经济集聚区建设", [("区戊局", "lead"), ("柳甲街道", "responsible"), ("区己局", "support")])]


def test_tabs_an_adjusted_bodys_name_beside_role_columns_is_the_rows_subject():
    """序号 | 机构名称 | 牵头单位 | 处理意见 | 承接单位: a list of 议事协调机构 being kept, merged or abolished names each row
    by the body it adjusts; with role columns and no other task column that body titles the row, as a 项目名称 does.
    A duty list set as a table (单位名称 | 主要职责) keeps its bodies as doers."""
    text = "\n".join([
        "某区议事协调机构调整表",
        "序号\t机构名称\t牵头单位\t处理意见\t承接单位",
        "1\t区河湖长制工作委员会\t区水务局\t保留\t—",
        "2\t区夜间经济发展领导小组\t区商务局\t撤销\t区商务局、区文旅局",
    ])
    assert reading(text) == [
        ("", 1, "区河湖长制工作委员会", [("区水务局", "lead")]),
        ("", 2, "区夜间经济发展领导小组", [("区商务局", "lead"), ("区商务局", "responsible"), ("区文旅局", "responsible")]),
    ]
    assert header_kinds(["序号", "机构名称", "牵头单位", "处理意见", "承接单位"])[1] == "task"
    assert header_kinds(["序号", "机构名称", "主要职责"]) == ["number", "responsible", "task"]
    assert header_kinds(["序号", "单位名称", "牵头单位", "完成时限"]) == ["number", "extra", "lead", "deadline"]
    assert header_kinds(["序号", "工作任务", "机构名称", "牵头单位"]) == ["number", "task", "extra", "lead"]


@pytest.mark.parametrize("units", ["主管部门", "业务主管单位", "责任科室"])
def test_tabs_a_directory_of_institutions_names_no_task(units):
    """养老机构名录 (机构名称 | 地址 | 主管部门): a directory names each institution and who supervises it, no lead of any
    work on it: its institutions are no rows' subjects, the directory no plan's tasks."""
    text = (f"某区养老机构名录\n序号\t机构名称\t地址\t床位数\t{units}\n1\t区甲福利院\t东路8号\t120\t区甲局\n"
            "2\t乙康养老院\t西路2号\t80\t区甲局\n")
    assert reading(text) == []
    assert "task" not in header_kinds(["序号", "机构名称", "地址", "床位数", units])


def test_tabs_the_department_an_offices_sits_in_answers_for_the_row():
    """办公室设在: an 议事协调机构 list names beside each body the department its office sits in, which carries the
    body's daily work: responsible, as a 承担单位 is."""
    text = "\n".join([
        "某区议事协调机构一览表",
        "序号\t机构名称\t牵头单位\t办公室设在",
        "1\t区河湖长制工作委员会\t区政府办公室\t区水务局",
        "2\t区夜间经济发展领导小组\t区商务局\t区商务局",
    ])
    assert reading(text) == [
        ("", 1, "区河湖长制工作委员会", [("区政府办公室", "lead"), ("区水务局", "responsible")]),
        ("", 2, "区夜间经济发展领导小组", [("区商务局", "lead"), ("区商务局", "responsible")]),
    ]
    assert header_kind("办公室所在单位") == "responsible"
    assert header_kind("办公室") is None


def test_a_licence_lists_approving_body_column_gives_no_unit_through_its_notes():
    """审批层级和部门 cell 省甲厅（委托市甲局实施） and a 监管措施 cell 依托网吧监管平台实施远程监管: the approving body
    entrusting its power and the platform the checks run on are no units of the row (before: 委托市甲局 and
    依托网吧监管平台 implement); the group row's body answers for its rows."""
    text = "\n".join(["某市“证照分离”改革事项清单", "",
                      "序号\t改革事项\t设定依据\t审批层级和部门\t改革方式\t加强事中事后监管措施",
                      "一、市甲局（2项）\t\t\t\t\t",
                      "1\t拍卖业务许可\t《某法》\t省甲厅（委托市甲局实施）\t实行告知承诺\t1.开展年度核查。2.依法查处。",
                      "2\t上网场所设立审批\t《某条例》\t县级甲部门\t实行告知承诺\t1.依托网吧监管平台实施远程监管。2.依法查处。"])
    assert [(n, units) for _, n, _, units in reading(text)] == [
        (1, [("市甲局", "responsible")]), (2, [("市甲局", "responsible")])]


def test_mentions_in_a_markdown_tables_unit_cells_are_the_names_they_mention():
    """A knowledge base's 分工表 names each row's owners as mentions in its 牵头 / 配合 cells (@县甲局, @县乙局 @县丙局,
    @县乙局<br>@县丙局, @县乙局、@县丙局): the names without the mark, a space between two mentions parting them as 、
    does. A cell mentioning a person among its units stays as written."""
    (plan,) = parse_text("\n".join([
        "# 某县2030年文旅重点项目分工表", "",
        "| 序号 | 项目名称 | 牵头 | 配合 | 完成时限 |", "| --- | --- | --- | --- | --- |",
        "| 1 | 县图书馆新馆 | @县图书馆 | @县住建局 @县财政局 | 2030年12月 |",
        "| 2 | 县文化艺术中心 | @艺术股 | @县城投集团<br>@县住建局 | 2030年10月 |",
        "| 3 | 古街二期 | @产业股 | @县文旅集团、@县商务局 | 2030年6月 |",
    ]))
    assert [[(a.name, a.role) for a in t.assignments] for t in plan.tasks()] == [
        [("县图书馆", "lead"), ("县住建局", "support"), ("县财政局", "support")],
        [("艺术股", "lead"), ("县城投集团", "support"), ("县住建局", "support")],
        [("产业股", "lead"), ("县文旅集团", "support"), ("县商务局", "support")]]
    from generator.source.plain_words import plain_words
    assert plain_words("| 1 | 甲 | @县甲局 @周某某 | 乙 |") == "| 1 | 甲 | @县甲局 @周某某 | 乙 |"


def test_locality_columns_closing_a_header_pasted_one_cell_per_line_belong_to_the_header():
    """A 目标任务分解表 pasted one cell a line heads one quota column per 乡镇 / 街道 after its role columns (bare place
    names, or the locality's government, under a spanning 乡镇（街道）分解任务): the names belong to the header, so each
    row holds its quotas, the next row's 序号 after them; a first quota equal to that 序号 (2 / 城镇新增就业 after
    row 1's quota 2) is still row 1's. The localities over figures give no unit; the header printed again after a page
    break is no row."""
    localities = {"bare": ["城关镇", "东坝乡", "南湖街道"],
                  "governments": ["城关镇人民政府", "东坝乡人民政府", "南湖街道办事处"]}
    for names in localities.values():
        header = ["序号", "指标名称", "计量单位", "目标值", "牵头单位", "乡镇（街道）分解任务", *names]
        text = "\n".join([
            "某县2026年主要目标任务分解表", *header, "一、经济发展",
            "1", "地区生产总值增长", "%", "6.5", "县发展改革局", "2", "6", "/",
            "2", "城镇新增就业", "人", "3500", "县人力资源社会保障局", "800", "", "900",
            "— 5 —", *header,
            "3", "完成营造林", "亩", "5000", "县林业局", "≥300", "1000", "/",
        ])
        assert reading(text) == [
            ("一", 1, "地区生产总值增长", [("县发展改革局", "lead")]),
            ("一", 2, "城镇新增就业", [("县人力资源社会保障局", "lead")]),
            ("一", 3, "完成营造林", [("县林业局", "lead")]),
        ], names


@pytest.mark.parametrize("cited, title", [("（一）2", "推进绿色建材下乡"), ("（二）", "培育乡村消费新场景"),
                                          ("（一）1、2", "开展家电以旧换新；推进绿色建材下乡"), ("（九）", "（九）")])
def test_a_row_with_an_empty_task_cell_is_titled_by_the_plans_item_its_citation_cites(cited, title):
    """A 分工表 beside a 实施意见 naming no unit cites the paragraph each row carries out (对应条款: （一）2, （二）) and
    leaves 重点任务 empty where the row takes the whole paragraph: the row's title is the cited item's, not
    对应条款:（一）2; a citation matching no item keeps the bare citation, and the reader says so. Units as ever."""
    plans = parse_text("\n".join([
        "某省人民政府关于促进乡村消费的实施意见",
        "一、丰富乡村消费供给",
        "（一）促进乡村大宗消费。",
        "1.开展家电以旧换新。组织开展家电以旧换新活动。",
        "2.推进绿色建材下乡。开展绿色建材下乡活动。",
        "（二）培育乡村消费新场景。",
        "1.发展乡村集市。发展乡村集市、夜间消费等消费新场景。",
        "（三）提升乡村消费服务质量。",
        "1.加强乡村市场监管。严厉打击假冒伪劣。",
        "2.完善售后服务网络。引导企业延伸售后网点。",
        "附件",
        "某省推进乡村消费重点任务分工表",
        "序号\t对应条款\t重点任务\t牵头单位\t参与单位\t完成时限",
        "1\t（一）1\t开展家电以旧换新\t省甲厅\t省乙厅\t2030年底",
        f"2\t{cited}\t\t省丙厅\t省甲厅\t每年",
        "3\t（三）1\t严厉打击假冒伪劣\t省丁厅\t省甲厅\t每年",
    ]) + "\n", "opinion.txt")
    table = plans[-1]
    assert [(t.number, t.title) for t in table.tasks()] == [(1, "开展家电以旧换新"), (2, title), (3, "严厉打击假冒伪劣")]
    assert [(a.name, a.role) for a in table.tasks()[1].assignments] == [("省丙厅", "lead"), ("省甲厅", "support")]
    assert any(f"its citation {cited} cites" in n.text for n in table.readings)


# ---------------------------------------------------------------- a year-target table by locality


def _year_targets_by_town(header: list[str], rows: list[list[str]], joiner: str = "\t") -> str:
    lines = ["附件", "某县村级集体经济年度发展目标表"]
    if joiner == "\n":  # pasted one cell per line
        return "\n".join(lines + header + [cell for row in rows for cell in row if cell]) + "\n"
    return "\n".join(lines + [joiner.join(header)] + [joiner.join(row) for row in rows]) + "\n"


_TOWN_ROWS = [["城关镇", "8", "10", "12", "城关镇党委"], ["东坝镇", "6", "9", "11", "东坝镇党委"], ["合计", "14", "19", "23", ""]]


@pytest.mark.parametrize("joiner", ["\t", "|", "\n"])
def test_year_targets_by_locality_title_each_row_by_its_town(joiner):
    """A 三年行动方案's 年度目标表 sets one row per town, a figure per year and the body answering for it (乡镇 | 2025年 |
    2026年 | 2027年 | 责任单位): the header names no task column (乡镇 a group word, the years periods), and every row was
    lost. With a unit column each row is the town's share, titled by the town, its unit responsible; 合计 is no task."""
    text = _year_targets_by_town(["乡镇", "2025年", "2026年", "2027年", "责任单位"], _TOWN_ROWS, joiner)
    assert header_kinds(["乡镇", "2025年", "2026年", "2027年", "责任单位"])[0] == "task"
    assert [(title, units) for _, _, title, units in reading(text)] == [
        ("城关镇", [("城关镇党委", "responsible")]), ("东坝镇", [("东坝镇党委", "responsible")])]
    assert "2026年:10" in _plan(text).tasks()[0].text  # the figures are the row's text


def test_year_targets_by_locality_with_a_number_column_and_target_headers():
    """The same with a 序号, `2025年目标` headers and a 责任主体 column."""
    rows = [["1", "城关镇", "8", "10", "城关镇党委"], ["2", "东坝镇", "6", "9", "东坝镇党委"]]
    text = _year_targets_by_town(["序号", "乡镇（街道）", "2025年目标", "2026年目标", "责任主体"], rows)
    assert [(number, title, units) for _, number, title, units in reading(text)] == [
        (1, "城关镇", [("城关镇党委", "responsible")]), (2, "东坝镇", [("东坝镇党委", "responsible")])]


def test_year_targets_by_locality_without_a_unit_column_stay_groups():
    """A quota matrix naming no one answering for its rows (乡镇 | 2025年 | 2026年) gives the town column no rows to
    title: it is still read as a group column, and a column besides the figures (备注, 目标任务) keeps its reading."""
    assert header_kinds(["乡镇", "2025年", "2026年", "2027年"]) == ["group", "period", "period", "period"]
    assert header_kinds(["序号", "乡镇", "目标任务", "责任单位"]) == ["number", "group", "task", "responsible"]
    assert header_kinds(["乡镇", "2025年", "备注", "责任单位"])[0] == "group"
    assert header_kinds(["乡镇", "所在村", "2025年", "责任单位"])[:2] == ["group", "group"]


# ---------------------------------------------------------------- levels numbered by codes (测评体系)

_CODED_LEVELS_PAGE = """<html><body><p>某县卫生创建测评任务分解表</p><table border="1">
<tr><th>测评项目</th><th>测评内容</th><th>测评标准</th><th>牵头单位</th><th>责任单位</th></tr>
<tr><td rowspan="3">{one}</td><td rowspan="2">1.1 健康教育</td><td>{a}建成健康步道3条。</td><td rowspan="2">县卫健局</td><td>县文旅局</td></tr>
<tr><td>{b}开设健康讲座。</td><td>县教育局、团县委</td></tr>
<tr><td>1.2 病媒防制</td><td>{c}鼠密度达标。</td><td>县爱卫办</td><td>县城管局</td></tr>
<tr><td>{two}</td><td>2.1 农贸市场</td><td>{d}市场分区规范。</td><td>县市场监管局</td><td>各乡镇人民政府</td></tr>
</table></body></html>"""
_CODED_LEVELS_READING = [
    (1, "建成健康步道3条", [("县卫健局", "lead"), ("县文旅局", "responsible")]),
    (2, "开设健康讲座", [("县卫健局", "lead"), ("县教育局", "responsible"), ("团县委", "responsible")]),
    (1, "鼠密度达标", [("县爱卫办", "lead"), ("县城管局", "responsible")]),
    (1, "市场分区规范", [("县市场监管局", "lead"), ("各乡镇人民政府", "responsible")]),
]


@pytest.mark.parametrize("one, two, items", [
    ("1.<br />健康城市", "2.<br />市容环境", ("1.1.1 ", "1.1.2 ", "1.2.1 ", "2.1.1 ")),
    ("健康城市", "市容环境", ("1.1.1 ", "1.1.2 ", "1.2.1 ", "2.1.1 ")),  # the top level printing no number
    ("1.<br />健康城市", "2.<br />市容环境", ("（1）", "（2）", "（1）", "（1）")),  # the standards numbered afresh
])
def test_html_levels_numbered_by_codes_make_groups_and_the_last_level_the_tasks(write_file, one, two, items):
    """测评项目 | 测评内容 | 测评标准 with the first two merged down (an HTML page fills every row they cover) and each
    测评标准 numbered by a code extending its 测评内容's (1.1.1 under 1.1): the standards are the tasks, numbered by the
    code's last part, the merged columns their groups (before: the 测评项目 cell was one task holding every row)."""
    a, b, c, d = items
    text = to_text(write_file(_CODED_LEVELS_PAGE.format(one=one, two=two, a=a, b=b, c=c, d=d), "plan.html"))
    assert [(number, title, units) for _, number, title, units in reading(text)] == _CODED_LEVELS_READING
    assert [title for _, title in sections(text)] == ["健康城市", "市容环境"]
    assert "1.2 病媒防制" in text  # the middle level is a head of its own


def test_tabs_levels_numbered_by_codes_written_once_over_their_rows():
    """The same table pasted as text: the merged cells are written on their first row only, the rows under them
    opening with tabs; the standards are still the tasks (before: the 1.1.2 row was titled 测评标准:1.1.2 …)."""
    text = "\n".join(["某县卫生创建测评任务分解表", "测评项目\t测评内容\t测评标准\t牵头单位\t责任单位",
                      "1.健康城市\t1.1 健康教育\t1.1.1 建成健康步道3条。\t县卫健局\t县文旅局",
                      "\t\t1.1.2 开设健康讲座。\t\t县教育局、团县委",
                      "\t1.2 病媒防制\t1.2.1 鼠密度达标。\t县爱卫办\t县城管局",
                      "2.市容环境\t2.1 农贸市场\t2.1.1 市场分区规范。\t县市场监管局\t各乡镇人民政府"])
    assert [(number, title, units) for _, number, title, units in reading(text)] == _CODED_LEVELS_READING


def test_codes_that_do_not_extend_the_head_beside_them_make_no_levels():
    """A standard's code that is not its head's code and one part more (2.1.1 beside 1.1) is not such a table: the
    rows keep their reading, the codes in their text, and no head 1.1 is made."""
    text = "\n".join(["某县卫生创建测评任务分解表", "测评项目\t测评内容\t测评标准\t牵头单位\t责任单位",
                      "1.健康城市\t1.1 健康教育\t2.1.1 建成健康步道3条。\t县卫健局\t县文旅局",
                      "2.市容环境\t2.1 农贸市场\t1.1.1 市场分区规范。\t县市场监管局\t各乡镇人民政府"])
    lines = read_bytes(text.encode("utf-8"), "table.txt")[0].lines
    assert "1.1 健康教育" not in lines and any("2.1.1 建成健康步道" in line for line in lines)


# ---------------------------------------------------------------- ordinary group columns beside coded levels


def test_dotted_group_title_over_counted_rows_is_numbered_as_any_group():
    """A 类别 titled by a dotted code (2.1 危化品) over rows with no 序号: an ordinary group, numbered 一、 as any
    other, its rows counted 1. 2. 3. (before: the bare 2.1 line read as the level above the rows, the groups were lost
    and the rows became sections)."""
    text = "\n".join(["某县安全生产整治任务表", "类别\t工作任务\t责任单位",
                      "2.1 危化品\t开展全覆盖检查。\t县应急局",
                      "\t整治违规储存。\t县应急局",
                      "2.2 道路交通\t整治超限超载。\t县交通运输局"])
    assert sections(text) == [("一", "2.1 危化品"), ("二", "2.2 道路交通")]
    assert [(number, title, units) for _, number, title, units in reading(text)] == [
        (1, "开展全覆盖检查", [("县应急局", "responsible")]),
        (2, "整治违规储存", [("县应急局", "responsible")]),
        (3, "整治超限超载", [("县交通运输局", "responsible")])]


def test_figure_opening_a_group_title_is_no_level_code():
    """A group title opening with a figure and its measure (3.5万亩高标准农田, 2.5亿元资金) is no dotted code, even
    over rows numbered by a 序号: the group is numbered 一、 and keeps its rows."""
    text = "\n".join(["某县农业农村重点工作表", "序号\t类别\t工作任务\t责任单位",
                      "1\t3.5万亩高标准农田建设\t完成项目招标。\t县农业农村局",
                      "2\t\t完成工程建设。\t县农业农村局",
                      "3\t2.5亿元涉农资金整合\t制定整合方案。\t县财政局"])
    assert sections(text) == [("一", "3.5万亩高标准农田建设"), ("二", "2.5亿元涉农资金整合")]
    assert [title for _, _, title, _ in reading(text)] == ["完成项目招标", "完成工程建设", "制定整合方案"]


def test_a_number_column_printing_three_part_codes_numbers_the_rows_in_order():
    """A 序号 column of its own printing 1.1.1 / 1.1.2 / 1.2.1 (no coded head beside it): the tasks are numbered 1, 2, 3
    in their order (before: 1, 2, 1 in one section, no group made for 1.2)."""
    text = "\n".join(["某县环境整治任务表", "序号\t工作任务\t责任单位\t完成时限",
                      "1.1.1\t完成燃煤锅炉淘汰。\t县环保局\t6月底",
                      "1.1.2\t开展扬尘专项治理。\t县住建局\t全年",
                      "1.2.1\t整治入河排污口。\t县水利局\t9月底"])
    assert [number for _, number, _, _ in reading(text)] == [1, 2, 3]


def test_plain_subgroups_under_a_dotted_group_title():
    """类别 within 领域 (1.1 工业经济 | 技改) over rows with no 序号: the 领域 is numbered 一、, the 类别 （一） under it,
    each row's units its own (before: 技改 was made a section and a row was lost)."""
    text = "\n".join(["某县重点任务清单", "领域\t类别\t具体任务\t牵头单位\t责任单位",
                      "1.1 工业经济\t技改\t推进技改项目15个。\t县工信局\t县发改局",
                      "\t新兴产业\t培育新能源企业3家。\t县工信局\t县科技局",
                      "1.2 农业经济\t粮食\t稳定粮食面积。\t县农业农村局\t各乡镇"])
    assert sections(text) == [("一", "1.1 工业经济"), ("二", "1.2 农业经济")]
    assert [(title, units) for _, _, title, units in reading(text)] == [
        ("推进技改项目15个", [("县工信局", "lead"), ("县发改局", "responsible")]),
        ("培育新能源企业3家", [("县工信局", "lead"), ("县科技局", "responsible")]),
        ("稳定粮食面积", [("县农业农村局", "lead"), ("各乡镇", "responsible")])]
