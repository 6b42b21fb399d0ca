"""generator/render/charts.py: inline SVG that parses, describes itself, escapes text and scales bars right."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import markdown
import pytest

from generator.render.charts import role_bars, sector_plans, text_width

SVG = "{http://www.w3.org/2000/svg}"


def parse(html: str) -> ET.Element:
    """The <svg> inside the returned <figure>, as XML (so the output is well-formed)."""
    figure = ET.fromstring(html.replace("data-search-exclude", 'data-search-exclude=""'))
    assert figure.tag == "figure"
    svg = figure.find(f"{SVG}svg")
    assert svg is not None
    return svg


def bars(svg: ET.Element) -> list[ET.Element]:
    return [r for r in svg.iter(f"{SVG}rect") if "bar" in r.get("class", "").split()]


def texts(svg: ET.Element) -> list[str]:
    return [t.text for t in svg.iter(f"{SVG}text")]


# --- role_bars -------------------------------------------------------------------------------

def test_role_bars_is_an_accessible_image():
    html = role_bars({"lead": 3, "responsible": 6, "support": 1, "implement": 0}, "市应急管理局的任务")
    svg = parse(html)
    assert svg.get("role") == "img"
    assert svg.find(f"{SVG}title").text == "市应急管理局的任务"
    label = svg.get("aria-label")
    assert label.startswith("市应急管理局的任务") and "牵头 3 项" in label and "落实 0 项" in label
    assert "data-search-exclude" in html  # chart labels are no search hits
    assert "\n" not in html  # one line: a raw HTML block in Markdown


def test_role_bars_orders_roles_and_scales_bars():
    svg = parse(role_bars({"support": 2, "lead": 4, "responsible": 8}, "t"))
    rects = bars(svg)
    assert [r.get("class").split()[1] for r in rects] == ["bar-lead", "bar-responsible", "bar-support", "bar-implement"]
    widths = [float(r.get("width")) for r in rects]
    assert widths[1] == max(widths) > 0
    assert widths[0] == pytest.approx(widths[1] / 2, abs=1)
    assert widths[2] == pytest.approx(widths[1] / 4, abs=1)
    assert widths[3] == 0
    labels = texts(svg)
    assert labels[0::2] == ["牵头", "负责", "配合", "落实"]
    assert labels[1::2] == ["4 项", "8 项", "2 项", "0 项"]


def test_role_bars_takes_chinese_labels_as_keys():
    by_label = role_bars({"牵头": 1, "负责": 2, "配合": 3, "落实": 4}, "t")
    by_id = role_bars({"lead": 1, "responsible": 2, "support": 3, "implement": 4}, "t")
    assert by_label == by_id


def test_role_bars_all_zero_draws_empty_bars():
    svg = parse(role_bars({}, "无任务"))
    assert [float(r.get("width")) for r in bars(svg)] == [0, 0, 0, 0]


def test_role_bars_escapes_every_text():
    html = role_bars({"<b>&</b>": 1}, 'A "quoted" <title> & more')
    svg = parse(html)  # would raise on raw < or &
    assert svg.find(f"{SVG}title").text == 'A "quoted" <title> & more'
    assert "<b>" not in html and "<title> &" not in html
    assert "<b>&</b>" in texts(svg)


def test_role_bars_embeds_in_markdown_untouched():
    chart = role_bars({"lead": 1}, "t")
    html = markdown.markdown(f"前文\n\n{chart}\n\n后文", extensions=["attr_list", "md_in_html"])
    assert chart in html


# --- sector_plans ----------------------------------------------------------------------------

ROWS = [
    ("市安全生产委员会2024年工作要点一", 3, "市住房和城乡建设局"),
    ("市安全生产委员会2024年工作要点二", 6, ""),
    ("市安全生产委员会2024年工作要点三", 1, "市城市管理局"),
]


def test_sector_plans_draws_one_bar_per_plan_in_order():
    svg = parse(sector_plans(ROWS, "城镇燃气:各方案的任务"))
    assert svg.get("role") == "img"
    assert svg.find(f"{SVG}title").text == "城镇燃气:各方案的任务"
    rects = bars(svg)
    assert len(rects) == 3
    widths = [float(r.get("width")) for r in rects]
    assert widths[1] == max(widths)
    assert widths[0] == pytest.approx(widths[1] / 2, abs=1)
    labels = texts(svg)
    assert labels[0::2] == [r[0] for r in ROWS]
    assert labels[1] == "3 项 · 牵头:市住房和城乡建设局"
    assert labels[3] == "6 项 · 未明确牵头"
    assert "市城市管理局" in svg.get("aria-label")


def test_sector_plans_height_grows_with_rows_and_empty_says_so():
    one = parse(sector_plans(ROWS[:1], "t"))
    three = parse(sector_plans(ROWS, "t"))
    height = lambda svg: float(svg.get("viewBox").split()[3])  # noqa: E731
    assert height(three) > 2 * height(one)
    empty = parse(sector_plans([], "t"))
    assert bars(empty) == []
    assert "暂无方案涉及" in texts(empty)


def test_sector_plans_escapes_and_shortens_long_titles():
    long_title = "<script>alert(1)</script>" + "很长的方案标题" * 20
    html = sector_plans([(long_title, 2, "A & B")], "t")
    assert "<script>" not in html
    svg = parse(html)
    label = texts(svg)[0]
    assert label.endswith("…") and text_width(label) <= 640
    assert texts(svg)[1] == "2 项 · 牵头:A & B"


def test_text_width_counts_cjk_wider_than_ascii():
    assert text_width("应急管理局") == 70
    assert text_width("2024") == 32
