"""The built site (issue 3), end to end: the seed content through `plansite build` and `mkdocs build --strict`, read back as HTML.

Cross-links: every URL the open data names exists, unit pages and task
headings link to each other, every link inside the site resolves. Markup:
role badges, matrices, page sizes. A hostile plan shows its markup as text.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

from sitebuild import content_links, ids, page_file, resolve_href, soup

ROLE_CLASSES = {"role-lead": "牵头", "role-responsible": "负责", "role-support": "配合", "role-implement": "落实"}
CELL_TEXT = {"cell-lead": "牵", "cell-responsible": "责", "cell-support": "协", "cell-implement": "落"}


@pytest.fixture(scope="session")
def project(seed_site) -> Path:
    return seed_site.root


@pytest.fixture(scope="session")
def site(project) -> Path:
    return project / "site"


@pytest.fixture(scope="session")
def data(site) -> dict:
    return json.loads((site / "data" / "plans.json").read_text(encoding="utf-8"))


def _tasks(data):
    for plan in data["plans"]:
        for section in plan["sections"]:
            for task in section["tasks"]:
                yield plan, task


def _unit_of(href_file: Path, site: Path) -> str | None:
    """units/<id>/<jurisdiction>/index.html (or <jurisdiction>-2/), a duty sheet -> the unit id."""
    rel = href_file.relative_to(site).as_posix()
    m = re.fullmatch(r"units/([a-z0-9-]+)/[a-z0-9-]+?(?:-\d+)?/index\.html", rel)
    return m.group(1) if m else None


def test_every_page_kind_is_built(site, data):
    assert (site / "index.html").exists()
    for index in ("plans", "units", "sectors", "data"):
        assert (site / index / "index.html").exists(), index
    for plan in data["plans"]:
        assert page_file(site, plan["url"]).exists()
        assert (site / "matrix" / plan["id"] / "index.html").exists()
    for unit in data["units"]:
        assert page_file(site, unit["url"]).exists()
    for sector in data["sectors"]:
        assert page_file(site, sector["url"]).exists()


def test_every_url_in_plans_json_resolves_to_a_page_and_anchor(site, data):
    urls = [p["url"] for p in data["plans"]] + [t["url"] for _, t in _tasks(data)]
    urls += [u["url"] for u in data["units"]] + [s["url"] for s in data["sectors"]]
    assert all(u and u.startswith("/") for u in urls)
    for url in urls:
        path, _, anchor = url.partition("#")
        target = page_file(site, path)
        assert target.exists(), url
        if anchor:
            assert anchor in ids(target), url
    assert {t["url"].split("#")[1] for _, t in _tasks(data)} <= {t["id"] for _, t in _tasks(data)}


def test_no_assignment_is_left_unresolved(data):
    unresolved = [(p["id"], t["id"], a["name"]) for p, t in _tasks(data) for a in t["assignments"] if not a["unit"]]
    assert unresolved == []
    assert all(a["kind"] in ("department", "collective", "locality") for _, t in _tasks(data) for a in t["assignments"])


def test_every_unit_page_links_to_every_task_naming_it(site, data):
    naming = defaultdict(set)
    for plan, task in _tasks(data):
        for a in task["assignments"]:
            naming[a["unit"]].add(task["url"])
    for unit in data["units"]:
        pages = []  # every part of every duty sheet of the unit
        for sheet in unit["sheets"]:
            pages += [page_file(site, sheet["url"])]
            pages += sorted((site / "units" / unit["id"]).glob(f"{sheet['id'].split('/')[1]}-[0-9]*/index.html"))
        linked = set()
        for page in pages:
            for a in content_links(page):
                target = resolve_href(site, page, a["href"])
                if target and target[1].startswith("task"):
                    rel = target[0].relative_to(site.resolve()).as_posix()
                    linked.add("/" + rel[: -len("index.html")] + "#" + target[1])
        assert linked == naming[unit["id"]], unit["id"]


def test_every_task_links_to_the_pages_of_its_units(site, data):
    for plan in data["plans"]:
        page = page_file(site, plan["url"])
        for section in plan["sections"]:
            for task in section["tasks"]:
                heading = soup(page).find(id=task["id"])
                linked = set()
                for el in heading.find_next_siblings():
                    if re.fullmatch(r"h[1-4]", el.name):
                        break
                    for a in el.find_all("a", class_="role"):
                        linked.add(_unit_of(resolve_href(site, page, a["href"])[0], site.resolve()))
                assert linked == {a["unit"] for a in task["assignments"]}, (plan["id"], task["id"])


def test_a_task_without_units_says_so_and_stays_on_its_plan_page(site, data):
    """The reader found no units: the plan page says 未注明责任单位 under the task instead of dropping the line."""
    without = [(plan, task) for plan, task in _tasks(data) if not task["assignments"]]
    assert without  # the seed has whole plans without annotations
    for plan, task in without:
        heading = soup(page_file(site, plan["url"])).find(id=task["id"])
        assert heading is not None, (plan["id"], task["id"])
        notes = []
        for el in heading.find_next_siblings():
            if re.fullmatch(r"h[1-4]", el.name):
                break
            notes += el.find_all(class_="task-units-none") if el.name != "p" else [el] * ("task-units-none" in el.get("class", []))
        assert [n.get_text(strip=True) for n in notes] == ["责任单位:未注明责任单位"], (plan["id"], task["id"])


def test_role_badges_keep_the_contract(site, data):
    page = page_file(site, data["plans"][0]["url"])
    badges = soup(page).find_all("a", class_="role")
    assert badges
    for a in badges:
        classes = a["class"]
        roles = [c for c in classes if c in ROLE_CLASSES]
        assert classes[0] == "role" and len(roles) == 1, classes
        assert a.get_text().endswith(f" · {ROLE_CLASSES[roles[0]]}"), a  # the role reads without colour
    sectors = soup(page).find_all("a", class_="sector")
    assert sectors and all("/sectors/" in resolve_href(site, page, a["href"])[0].as_posix() for a in sectors)


def test_every_task_with_similar_tasks_links_to_other_plans_only(site, data):
    for plan in data["plans"]:
        page = page_file(site, plan["url"])
        for label in soup(page).find_all("p", class_="task-similar"):
            items = label.find_next_sibling("ul").find_all("a")
            assert 1 <= len(items) <= 3
            for a in items:
                target, anchor = resolve_href(site, page, a["href"])
                assert target != page.resolve() and anchor in ids(target)


def test_every_link_inside_the_site_resolves(site):
    pages = sorted(site.rglob("*.html"))
    broken, checked = [], 0
    for page in pages:
        if page.name == "404.html":
            continue
        for a in content_links(page):
            target = resolve_href(site, page, a["href"])
            if target is None:
                continue
            checked += 1
            path, anchor = target
            if not path.exists():
                broken.append((page.relative_to(site), a["href"]))
            elif anchor and path.suffix == ".html" and anchor not in ids(path):
                broken.append((page.relative_to(site), a["href"]))
    assert broken == [] and checked > 5000  # the matrices' raw-HTML links are among them


def test_matrices_are_tables_of_role_cells(site, data):
    for name in [p["id"] for p in data["plans"]] + ["sector-" + s["id"] for s in data["sectors"]][:5]:
        page = site / "matrix" / name / "index.html"
        if not page.exists() or "没有写明责任单位" in page.read_text(encoding="utf-8"):
            continue
        table = soup(page).select_one("div.matrix-wrap > table.matrix")
        assert table is not None, name
        assert table.select('thead th[scope="col"]') and table.select('tbody th[scope="row"]')
        cells = table.select("td[class]")
        assert cells
        for td in cells:
            (cls,) = td["class"]
            assert td.get_text() == CELL_TEXT[cls]
            assert re.fullmatch(r"任务 \d+ · .+ · .+", td["title"]), td["title"]
        assert soup(page).select(".matrix-legend")


def test_plan_matrix_has_one_row_per_task(site, data):
    for plan in data["plans"]:
        table = soup(site / "matrix" / plan["id"] / "index.html").select_one("table.matrix")
        tasks = [t for s in plan["sections"] for t in s["tasks"]]
        if not any(t["assignments"] for t in tasks):
            assert table is None  # a plan that names no unit has no matrix to show
            continue
        rows = table.select('tbody th[scope="row"]')
        assert len(rows) == len(tasks)
        marked = {(a["unit"]) for t in tasks for a in t["assignments"]}
        assert len(table.select('thead th[scope="col"]')) == len(marked) + 1


def test_unit_index_is_sortable_tables(site):
    page = site / "units" / "index.html"
    tables = soup(page).select("table.sortable")
    assert len(tables) == 3  # departments, collectives, localities
    assert sum(len(t.select('tbody th[scope="row"] a')) for t in tables) > 60


def test_pages_stay_small(site):
    sizes = {p.relative_to(site).as_posix(): p.stat().st_size for p in site.rglob("*.html")}
    largest = max(sizes, key=sizes.get)
    print(f"\nlargest page: {largest} {sizes[largest] / 1024:.0f} KB")
    assert sizes[largest] < 200 * 1024, largest


# --- a hostile plan -------------------------------------------------------------------------

HOSTILE = """---
id: 2024-hostile
title: 测试</title><script>alert(1)</script>2024年工作要点
year: 2024
issuer: 测试*单位*
source:
  url: javascript:alert(1)
  file: <b>x</b>.txt
---
测试2024年工作要点 `code` {{ x }} | a | b |

一、总体要求<img src=x onerror=alert(1)>

1.加强<script>alert(1)</script>安全管理。正文含有<img src=x onerror=alert(1)>和[x](javascript:alert(1))以及 | 竖线 | 和 *星号* 、`反引号`、{{ x }} 与 # 井号,每季度报告(责任单位:市<script>alert(1)</script>局、市应急局、市[x](javascript:alert(1))办、市|*`{{ x }}`*办)。

2.第二项任务。内容6月底前完成(牵头单位:市应急局)。
"""


@pytest.fixture(scope="module")
def hostile_site(make_site) -> Path:
    return make_site(plans={"2024-hostile.md": HOSTILE}).site


def test_hostile_plan_text_shows_as_text(hostile_site):
    page = hostile_site / "plans" / "2024-hostile" / "index.html"
    article = soup(page).find("article")
    text = article.get_text()
    for shown in ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
                  "| 竖线 |", "*星号*", "`反引号`", "{{ x }}", "# 井号", "市<script>alert(1)</script>局 · 负责",
                  "市[x](javascript:alert(1))办 · 负责", "市|*`{{ x }}`*办 · 负责", "测试*单位*", "<b>x</b>.txt"):
        assert shown in text, shown


def test_hostile_plan_makes_no_element(hostile_site):
    for page in hostile_site.rglob("*.html"):
        doc = soup(page)
        assert not [s for s in doc.find_all("script") if "alert" in s.get_text()], page
        assert not doc.find_all(attrs={"onerror": True}), page
        assert not doc.find_all("img", src="x"), page
        assert not [a for a in doc.find_all("a", href=True) if a["href"].startswith("javascript:alert")], page
    page = hostile_site / "plans" / "2024-hostile" / "index.html"
    article = soup(page).find("article")
    assert not article.find_all(["code", "em", "table", "b"])  # no Markdown or HTML markup made it through either
    # the page title: Material unescapes the H1 into <title>; the front-matter title keeps it text
    assert "测试</title><script>alert(1)</script>2024年工作要点" in soup(page).find("title").get_text()


def test_hostile_text_on_the_timeline_is_text(hostile_site):
    page = soup(hostile_site / "timeline" / "index.html")
    rows = page.select("table.timeline-table tbody tr")
    assert rows and all("测试</title><script>alert(1)</script>2024年工作要点" in r.get_text() for r in rows)
    task1 = [r for r in rows if "1. 加强<script>alert(1)</script>安全管理" in r.get_text()]
    assert task1 and "市<script>alert(1)</script>局(负责)" in task1[0].get_text()
    assert "市<script>alert(1)</script>局" in task1[0]["data-f-unit"].split("|")
    assert not page.find("article").find_all(["script", "img", "b", "code", "em"])


def test_hostile_names_in_matrix_are_escaped(hostile_site):
    page = hostile_site / "matrix" / "2024-hostile" / "index.html"
    headers = [th.get_text() for th in soup(page).select('thead th[scope="col"]')]
    assert "市<script>alert(1)</script>局" in headers
    assert not soup(page).find_all("script", string=re.compile("alert"))


def test_a_duty_sheet_holds_one_jurisdictions_tasks_and_the_unit_page_compares_them(site, data):
    jurisdiction_of_plan = {p["id"]: p["jurisdiction"]["id"] for p in data["plans"]}
    yingji = next(u for u in data["units"] if u["id"] == "yingji")
    # the seven seed plans come from seven unnamed cities: the emergency bureau of each is its own unit
    assert len(yingji["sheets"]) == len({jurisdiction_of_plan[p] for p in jurisdiction_of_plan
                                         if any(a["unit"] == "yingji" for _, t in _tasks_of(data, p)
                                                for a in t["assignments"])}) == 6
    for sheet in yingji["sheets"]:
        page = page_file(site, sheet["url"])
        plans = {resolve_href(site, page, a["href"])[0].parent.name for a in content_links(page)
                 if "/plans/" in a["href"] and "#task" in a["href"]}
        assert plans and {jurisdiction_of_plan[p] for p in plans} == {sheet["jurisdiction"]["id"]}, sheet["id"]
    compare = soup(page_file(site, yingji["url"]))
    rows = compare.find(id="sheets").find_next("table").find("tbody").find_all("tr")
    assert [resolve_href(site, page_file(site, yingji["url"]), r.find("a")["href"])[0] for r in rows] == \
        [page_file(site, s["url"]) for s in sorted(yingji["sheets"], key=lambda s: -s["tasks"])]


def _tasks_of(data, plan_id):
    plan = next(p for p in data["plans"] if p["id"] == plan_id)
    return [(s, t) for s in plan["sections"] for t in s["tasks"]]


def test_relative_links_are_what_posixpath_relpath_gives_for_every_pair_of_seed_pages(seed_site):
    import posixpath

    from generator.render import links

    pages = sorted(p.relative_to(seed_site.docs).as_posix() for p in seed_site.docs.rglob("*.md"))
    assert len(pages) > 100
    for a in pages:
        for b in pages:
            assert links.link(a, b) == ("" if a == b else posixpath.relpath(b, posixpath.dirname(a) or "."))
            here, there = links.url(a)[1:], links.url(b)[1:]
            assert links.href(a, b) == ("" if here == there else posixpath.relpath("/" + there, "/" + here) + "/")


def test_a_box_set_between_the_tasks_is_shown_in_its_place_on_the_plan_page():
    """A 专栏 the reader set aside (no task is under it) is printed between the tasks it stands between, its label in
    bold, so the page keeps the plan's text (before: a heading no task is under was not printed at all)."""
    from generator.render import plan as plan_page
    from generator.render.site import Site
    from generator.source.corpus import parse_text

    (plan,) = parse_text("某县2030年信息化建设行动方案\n一、重点任务\n1.推进光纤入户。（县工信局负责）\n"
                         "专栏1　重点工程\n1.光纤到户工程：完成老旧小区光纤改造。\n2.整合政务机房。（县数据局负责）\n", "box.txt")
    page = plan_page.render(Site([plan], [], [], {}, {}), plan)
    assert page.index("推进光纤入户") < page.index("**专栏1** 重点工程") < page.index("光纤到户工程") < page.index("整合政务机房")
    # each of the box's lines its own paragraph, not one run of text
    (two,) = parse_text("某县2030年信息化建设行动方案\n一、重点任务\n1.推进光纤入户。（县工信局负责）\n专栏1　重点工程\n"
                        "1.光纤到户工程：完成老旧小区光纤改造。\n2.机房整合工程：整合部门机房。\n3.整合政务机房。（县数据局负责）\n",
                        "box2.txt")
    page = plan_page.render(Site([two], [], [], {}, {}), two)
    assert "完成老旧小区光纤改造。\n\n2\\.机房整合工程" in page  # (the item's number escaped: no Markdown list)


def test_outline_headings_whose_words_hold_no_task_are_shown_with_their_words():
    """（一）指导思想 / （二）基本原则 under 一、总体要求 hold the plan's words but no task: the page shows each heading and
    its words in its place (before: a labelled group no task was under was left off the page, its words with it)."""
    from generator.render import plan as plan_page
    from generator.render.site import Site
    from generator.source.corpus import parse_text

    (plan,) = parse_text("某县2030年数字政府实施方案\n一、总体要求\n（一）指导思想\n坚持以人民为中心。\n（二）工作目标\n"
                         "1.到2030年，政务云利用率达到70%。\n2.到2030年，网上可办率达到100%。\n"
                         "二、重点任务\n（一）基础设施\n1.建设政务云。（县数据局负责）\n", "groups.txt")
    page = plan_page.render(Site([plan], [], [], {}, {}), plan)
    assert (page.index("### （一） 指导思想 {#section-1-group-1}") < page.index("坚持以人民为中心")
            < page.index("### （二） 工作目标 {#section-1-group-2}") < page.index("网上可办率达到100%")
            < page.index("### （一） 基础设施 {#section-2-group-1}") < page.index("建设政务云"))
    assert "达到70%。\n\n2\\.到2030年" in page  # each target its own paragraph


def test_items_read_as_a_sections_text_are_paragraphs_of_their_own():
    """（一）指导思想。… / （二）工作目标。… run in under 一、总体要求, naming no unit, are the section's text: each its own
    paragraph on the page, not one run of text (Markdown's soft break joined them)."""
    from generator.render import plan as plan_page
    from generator.render.site import Site
    from generator.source.corpus import parse_text

    (plan,) = parse_text("某县2030年数字政府实施方案\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n"
                         "（二）工作目标。到2030年，政务云利用率达到70%。\n二、重点任务\n1.建设政务云。（县数据局负责）\n",
                         "intro.txt")
    page = plan_page.render(Site([plan], [], [], {}, {}), plan)
    assert "坚持以人民为中心。\n\n（二）工作目标" in page
