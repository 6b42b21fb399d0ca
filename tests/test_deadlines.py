"""Deadlines and frequencies found in task text, as written and normalised."""
from __future__ import annotations

import pytest

from generator.words.deadlines import find_deadlines


def found(text: str) -> list[tuple[str, str]]:
    return [(d.text, d.normalized) for d in find_deadlines(text)]


@pytest.mark.parametrize("text, expected", [
    # a day or a month end named: an ISO date, --MM-DD without a year
    ("6月30日前完成", [("6月30日前", "--06-30")]),
    ("6月底前完成全面摸排", [("6月底前", "--06-30")]),
    ("10月底前,组织开展规划实施情况评估", [("10月底前", "--10-31")]),
    ("10 月底前,组织开展", [("10 月底前", "--10-31")]),  # as the seed spaces it
    ("4月底前结合年度工作要点", [("4月底前", "--04-30")]),
    ("2月底前", [("2月底前", "--02-28")]),
    ("2024年2月底前", [("2024年2月底前", "2024-02-29")]),
    ("年底前规模以上工贸企业100%完成建设", [("年底前", "--12-31")]),
    ("2024年12月31日前", [("2024年12月31日前", "2024-12-31")]),
    ("2024年底前完成", [("2024年底前", "2024-12-31")]),
    ("到xx年底前,完成年度改造任务", [("xx年底前", "--12-31")]),  # an anonymised year is no year
    ("十月底前", [("十月底前", "--10-31")]),
    ("6月中旬前", [("6月中旬前", "--06-20")]),
    ("上半年完成", [("上半年", "--06-30")]),
    ("2024年上半年", [("2024年上半年", "2024-06-30")]),
    ("下半年", [("下半年", "--12-31")]),
    ("三季度末", [("三季度末", "--09-30")]),
    ("第一季度", [("第一季度", "--03-31")]),
    ("9月前完成", [("9月前", "--09")]),
    # undecorated dates count where a deadline is expected, and not elsewhere
    ("完成时限:2024年6月30日", [("2024年6月30日", "2024-06-30")]),
    ("截至6月30日", [("6月30日", "--06-30")]),
    ("于2024年3月5日印发", []),
    ("并于xx年6月15日和12月15日前分别报送", [("xx年6月15日", "--06-15"), ("12月15日前", "--12-15")]),
    # periods
    ("每季度至少组织研究1次安全生产工作", [("每季度", "quarterly")]),
    ("每个季度", [("每个季度", "quarterly")]),
    ("每半年至少组织1次应急演练", [("每半年", "half-yearly")]),
    ("每月至少带队检查1次", [("每月", "monthly")]),
    ("坚持对安全监控系统运行情况一月一通报", [("一月一", "monthly")]),
    ("每年", [("每年", "yearly")]),
    ("每年底前报送", [("每年底前", "yearly")]),
    ("5-10月份,组织开展防溺水专项行动", [("5-10月份", "--05/--10")]),
    ("5月至10月", [("5月至10月", "--05/--10")]),
    ("2024年5—10月", [("2024年5—10月", "2024-05/2024-10")]),
    ("6月1日至9月30日", [("6月1日至9月30日", "--06-01/--09-30")]),
    ("长期坚持", [("长期坚持", "ongoing")]),
    ("持续推进", [("持续推进", "ongoing")]),
    ("(牵头单位:市应急局;完成时限:持续推进)", [("持续推进", "ongoing")]),
    # not deadlines
    ("持续推进安全文化公园建设", []),  # the verb, not the standing deadline
    ("服务年限20年", []),
    ("20年底前", []),
    ("三年内完成", []),
    ("聚焦3层及以上经营性自建房", []),
    ("时间:2023-11-20 11:38:38", []),
    ("1月1日起施行", []),
    ("6月31日前", []),  # no such day
])
def test_find_deadlines(text, expected):
    assert found(text) == expected


def test_several_in_reading_order():
    text = "推动高危企业主要负责人每月至少带队全面检查1次、每季度至少组织研究1次、每半年至少组织1次演练,6月底前完成。"
    assert found(text) == [("每月", "monthly"), ("每季度", "quarterly"), ("每半年", "half-yearly"),
                           ("6月底前", "--06-30")]


def test_seed_deadlines(seed_path):
    """Every dated deadline the seed page writes, and no number mistaken for one."""
    text = seed_path.read_text(encoding="utf-8")
    dated = [(d.text, d.normalized) for d in find_deadlines(text) if d.normalized.startswith("-")]
    assert dated == [
        ("年内", "--12-31"), ("年末", "--12-31"), ("6月底前", "--06-30"), ("5-10月份", "--05/--10"),
        ("10 月底前", "--10-31"), ("4月底前", "--04-30"), ("年内", "--12-31"), ("年内", "--12-31"),
        ("年内", "--12-31"), ("xx年底前", "--12-31"), ("年底前", "--12-31"), ("年底前", "--12-31"),
        ("6月30日前", "--06-30"), ("xx年6月15日", "--06-15"), ("12月15日前", "--12-15"),
    ]  # and not 一年内 (一年内因安全生产违法行为受到处罚): a duration
