"""Who issued a plan, for which jurisdiction, with which number and date: read from the text, corrected in front matter."""
from __future__ import annotations

import pytest

from generator.errors import PlansiteError
from generator.source.corpus import parse_file, parse_text
from generator.parse.provenance import UNNAMED, date_of, doc_number_of, jurisdiction_of


@pytest.mark.parametrize("issuer, level, name", [
    ("陕西省防灾减灾救灾工作委员会", "省", "陕西省"),
    ("广西壮族自治区应急管理厅", "省", "广西壮族自治区"),
    ("许昌市防汛抗旱指挥部", "市", "许昌市"),
    ("郑州市金水区防汛抗旱指挥部", "县/区", "郑州市金水区"),  # the narrowest place named
    ("临江经济技术开发区管理委员会", "开发区", "临江经济技术开发区"),
    ("国务院安全生产委员会", "国家", "国家"),
    ("市安全生产委员会", "市", UNNAMED),  # the level is said, the place is not
    ("xx市减灾救灾委员会", "市", UNNAMED),  # an anonymised place is no place
    ("区安全生产委员会", "县/区", UNNAMED),
    ("全省", "省", UNNAMED),
    ("市场监督管理局", "", UNNAMED),  # 市场 is no 市
    ("城市管理局", "", UNNAMED),
    ("汀阳市实施城市更新行动推动城市高质量发展实施方案", "市", "汀阳市"),  # 实施城市 / 推动城市: the title's words
    ("山西省晋城市人民政府", "市", "山西省晋城市"),  # a place ending in 城 before 市 is still a place
    ("青溪县乡镇（街道）履行职责事项清单", "县/区", "青溪县"),  # 乡镇 names the kind of body, not a town called 乡
    ("县委县政府重点工作任务台账", "县/区", UNNAMED),  # 县委 is the county's party committee, no place called 县委
    ("中共沅溪县委办公室", "县/区", "沅溪县"),  # the party's name opens its committee's, before the place
    ("", "", UNNAMED),
])
def test_the_jurisdiction_comes_from_the_places_the_issuer_opens_with(issuer, level, name):
    where = jurisdiction_of(issuer, "plan-a")
    assert (where.level, where.name) == (level, name)
    assert where.id.isascii() and where.id


def test_an_unnamed_place_is_its_plans_own_and_a_named_one_is_shared():
    # nothing says two xx市 plans come from one city: their duty sheets must not merge
    assert jurisdiction_of("xx市安委会", "plan-a").id != jurisdiction_of("xx市安委会", "plan-b").id
    assert jurisdiction_of("许昌市防汛抗旱指挥部", "a").id == jurisdiction_of("许昌市人民政府", "b").id
    # places whose plain pinyin agrees keep two ids
    assert jurisdiction_of("陕西省应急管理厅", "a").id != jurisdiction_of("山西省应急管理厅", "a").id


def test_a_document_number_stands_on_a_line_of_its_own():
    assert doc_number_of(["临江市安全生产委员会文件", "临安委〔2024〕3号", "关于印发…的通知"]) == "临安委〔2024〕3号"
    assert doc_number_of(["临政办发[2023]12号"]) == "临政办发[2023]12号"
    # a number cited inside a sentence is another document's
    assert doc_number_of(["按照《实施意见》(临委办〔2020〕158号)要求"]) == ""


@pytest.mark.parametrize("lines, date", [
    (["临江市安全生产委员会", "2024年3月5日"], "2024-03-05"),
    (["二〇二三年十二月三十一日"], "2023-12-31"),
    (["2024年3月5日前完成排查"], ""),  # a deadline in a sentence is not the date of issue
    (["2024年13月5日"], ""),
])
def test_the_date_of_issue_is_a_line_that_is_only_a_date(lines, date):
    assert date_of(lines) == date


PLAN = """临江市安全生产委员会2024年工作要点

临安委〔2024〕3号

一、强化责任落实

1.压实属地责任。推动各级落实责任(责任单位:市应急局)。

临江市安全生产委员会
2024年3月5日
"""


def test_a_parsed_plan_carries_its_provenance():
    plan = parse_text(PLAN)[0]
    assert plan.issuer == "临江市安全生产委员会"
    assert (plan.jurisdiction.level, plan.jurisdiction.name) == ("市", "临江市")
    assert plan.doc_number == "临安委〔2024〕3号" and plan.date == "2024-03-05"


def test_a_long_plan_takes_the_date_its_covering_notice_is_signed_with():
    """A notice signed and dated above the plan it issues (…办公室 / 2026年2月27日 / the plan's title / its items): the
    plan's own last lines hold no date, the notice's signature gives it."""
    items = "".join(f"{n}.开展第{n}轮排查。（县应急局）\n" for n in range(1, 16))
    plan = parse_text("某县人民政府办公室关于印发某县安全生产工作要点的通知\n各乡镇人民政府，县政府各部门：\n"
                      "现将《某县安全生产工作要点》印发给你们，请认真贯彻执行。\n某县人民政府办公室\n2026年2月27日\n"
                      "某县安全生产工作要点\n一、重点任务\n" + items)[0]
    assert plan.title == "某县安全生产工作要点" and len(plan.tasks()) == 15
    assert plan.date == "2026-02-27"
    # a web page's publication date above the title is no notice's signature: it dates no plan
    plan = parse_text("首页 > 政务公开 > 计划规划\n2026年3月20日\n某县安全生产工作要点\n一、重点任务\n" + items)[0]
    assert plan.title == "某县安全生产工作要点" and plan.date == ""


def _source(tmp_path, text: str):
    path = tmp_path / "plan-a.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_front_matter_corrects_what_the_text_says(tmp_path):
    text = ("---\nid: plan-a\ntitle: 市安全生产委员会2024年工作要点\njurisdiction: {level: 市, name: 临江市}\n"
            "doc_number: 临安委〔2024〕3号\ndate: 2024-03-06\n---\n" + PLAN.split("\n", 1)[1])
    plan = parse_file(_source(tmp_path, text))[0]
    assert (plan.jurisdiction.level, plan.jurisdiction.name) == ("市", "临江市")
    assert plan.jurisdiction.id == jurisdiction_of("临江市", "x").id
    assert plan.date == "2024-03-06" and plan.doc_number == "临安委〔2024〕3号"


def test_a_bad_jurisdiction_in_front_matter_names_its_line(tmp_path):
    text = "---\nid: plan-a\njurisdiction: [临江市]\n---\n" + PLAN
    with pytest.raises(PlansiteError) as caught:
        parse_file(_source(tmp_path, text))
    assert caught.value.line == 3 and "jurisdiction" in str(caught.value)


def test_the_plan_page_opens_with_issuer_jurisdiction_number_and_date(tmp_path):
    import shutil
    from pathlib import Path

    from generator.commands.build import build

    content = tmp_path / "content"
    (content / "plans").mkdir(parents=True)
    for name in ("departments.yml", "sectors.yml"):
        shutil.copy(Path(__file__).resolve().parents[1] / "content" / name, content / name)
    (content / "plans" / "linjiang.md").write_text(PLAN, encoding="utf-8")
    build(content, tmp_path / "docs")
    page = (tmp_path / "docs" / "plans" / f"{parse_text(PLAN)[0].id}.md").read_text(encoding="utf-8")
    head = page.split("\n任务 ", 1)[0]
    assert "发文单位:临江市安全生产委员会 · 行政区域:临江市 · 文号:临安委〔2024〕3号 · 发布日期:2024-03-05" in head
