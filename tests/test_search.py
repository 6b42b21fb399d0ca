"""generator/search: what the index knows of each page, the name table, the Pagefind markup, and a built site's
search files. The search as readers use it is tested in Chromium (tests/test_browser.py)."""
from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

import sitebuild
from generator.errors import PlansiteError
from generator.model import Assignment, Plan, Section, Task
from generator.resolve import load_registry
from generator.search import markup, names, pagefind
from generator.search.pages import PageFacts, facts_for, jurisdiction_of, page_facts
from generator.search.site import detach_lunr_indexing

CONTENT = sitebuild.CONTENT


@pytest.fixture(scope="module")
def registry():
    return load_registry(CONTENT)


# --- jurisdiction ------------------------------------------------------------------------------

@pytest.mark.parametrize("issuer, place", [
    ("临江市安全生产委员会", "临江市"),
    ("江州区人民政府办公室", "江州区"),
    ("青原县应急管理局", "青原县"),
    ("市安全生产委员会", ""),  # anonymised: a level names no place
])
def test_the_place_filter_is_the_plans_jurisdiction(issuer, place):
    from generator.parse.provenance import jurisdiction_of as read

    plan = Plan(id="p", title="t", issuer=issuer, jurisdiction=read(issuer, "p"))
    assert jurisdiction_of(plan) == place


def _plan(registry, year: int = 2024) -> Plan:
    task = Task(id="task-1", number=1, label="1.", title="推进燃气安全排查整治", text="推进燃气安全排查整治。",
                assignments=[Assignment(name="市应急局", role="lead", annotation=0, unit="yingji", kind="department")],
                sectors=["ranqi"])
    from generator.parse.provenance import jurisdiction_of as read

    return Plan(id=f"{year}-p", title=f"临江市安委会{year}年工作要点", year=year, issuer="临江市安全生产委员会",
                jurisdiction=read("临江市安全生产委员会", f"{year}-p"),
                sections=[Section(number="一", title="一", tasks=[task])])


def test_page_facts_give_plans_units_and_sectors_their_filters(registry):
    facts = page_facts([_plan(registry)], registry)
    plan = facts["plans/2024-p.md"]
    assert plan.kind == "方案"
    assert plan.filters == {"类型": ["方案"], "年份": ["2024"], "地区": ["临江市"], "单位": ["市应急管理局"],
                            "领域": ["城镇燃气"]}
    unit = facts["units/yingji.md"]
    assert unit.kind == "单位" and unit.filters["年份"] == ["2024"] and unit.filters["单位"] == ["市应急管理局"]
    assert facts["sectors/ranqi.md"].filters == {"类型": ["领域"], "领域": ["城镇燃气"]}
    # the unit's duty sheet in the plan's place is indexed with that place
    sheet = facts[f"units/yingji/{_plan(registry).jurisdiction.id}.md"]
    assert sheet.kind == "单位" and sheet.filters["地区"] == ["临江市"] and sheet.filters["单位"] == ["市应急管理局"]
    assert sheet.rows and not unit.rows  # the place's sheet is indexed row by row, the unit's own page by its head
    # the later parts of a long duty sheet share the first part's facts; other pages have none
    assert facts_for(facts, "units/yingji-2.md") is unit
    assert facts_for(facts, "matrix/2024-p.md") is None and facts_for(facts, "index.md") is None
    assert "changes/2024-p.md" not in facts


def test_a_duty_sheet_has_the_year_of_every_plan_it_lists(registry):
    plans = [_plan(registry, 2023), _plan(registry, 2024)]
    facts = page_facts(plans, registry)
    assert facts[f"units/yingji/{plans[0].jurisdiction.id}.md"].filters["年份"] == ["2023", "2024"]


# --- the name table -------------------------------------------------------------------------------

def test_name_table_holds_every_written_form_of_a_unit(registry):
    forms = {"yingji": {"市应急局", "应急局", "市应急管理局"}}
    table = names.name_table(registry, forms)
    targets = table["targets"]

    def pages(form):
        return [targets[t][0] for t, _ in table["forms"].get(form, [])]

    for form in ("市应急局", "应急局", "应急管理局", "市应急管理局"):
        assert pages(form) == ["units/yingji/"], form
    # the registry's name ranks first, a short form (市 dropped) after the forms written as such
    ranks = dict(table["forms"]["市应急管理局"])
    yingji = next(i for i, t in enumerate(targets) if t[0] == "units/yingji/")
    assert ranks[yingji] == names.RANK_NAME
    assert dict(table["forms"]["应急管理局"])[yingji] == names.RANK_SHORT
    # sectors: the name first, the identifying words ranked below any name
    ranqi = next(i for i, t in enumerate(targets) if t[0] == "sectors/ranqi/")
    assert dict(table["forms"]["城镇燃气"])[ranqi] == names.RANK_NAME
    assert dict(table["forms"]["燃气"])[ranqi] == names.RANK_WORD
    assert targets[ranqi][1:] == ["城镇燃气", "领域"]
    # one character says nothing on its own
    assert all(len(form) >= 2 for form in table["forms"])


def test_name_table_leaves_out_pages_that_do_not_exist(registry):
    table = names.name_table(registry, {}, has_page=lambda path: path.startswith("sectors/"))
    assert table["targets"] and all(t[0].startswith("sectors/") for t in table["targets"])
    assert json.loads(names.dumps(table)) == table


# --- markup ------------------------------------------------------------------------------------

PAGE = """<html><body><header>站点</header>
<article class="md-content__inner md-typeset">
<h1 id="t">市住房和城乡建设局</h1>
<p>方案中的写法:住建局</p>
<h3 id="task-1">1. 推进燃气安全排查整治</h3>
<p class="task-similar"><strong>其他方案的相似任务</strong>:</p>
<ul>
<li><a href="x/#task-2">2. 另一项任务</a></li>
</ul>
<p class="plan-source"><strong>来源</strong>:a.txt</p>
<h2 id="by-plan">按方案统计</h2>
<table><tr><td>燃气</td></tr></table>
</article></body></html>"""


def test_mark_page_marks_the_body_and_leaves_out_similar_tasks():
    facts = PageFacts("方案", "t", {"类型": ["方案"], "单位": ['A"<b>局</b>']})
    html = markup.mark_page(PAGE, facts)
    assert '<article class="md-content__inner md-typeset" data-pagefind-body>' in html
    assert '<span data-pagefind-filter="单位:A&quot;&lt;b&gt;局&lt;/b&gt;"></span>' in html  # text, never HTML
    assert '<span data-pagefind-meta="kind:方案"></span>' in html
    assert f'<h1 data-pagefind-weight="{markup.TITLE_WEIGHT}" id="t">' in html
    assert '<p class="task-similar" data-pagefind-ignore="all">' in html
    assert '<ul data-pagefind-ignore="all">\n<li><a href="x/#task-2">' in html
    assert '<p class="plan-source" data-pagefind-ignore="all">' in html
    assert '<div data-pagefind-ignore="all"><h2 id="by-plan">' not in html  # a plan keeps its sections


def test_mark_page_indexes_only_the_head_of_a_duty_sheet():
    html = markup.mark_page(PAGE, PageFacts("单位", "市住房和城乡建设局", {"类型": ["单位"]}))
    assert '<div data-pagefind-ignore="all"><h2 id="by-plan">' in html
    assert html.index("</table>") < html.index("</div></article>")


# a duty sheet in one place as generator/render/duties.py writes it (two rows, the figures below)
SHEET = """<html lang="zh"><body><article class="md-content__inner md-typeset">
<h1 id="s">市住建局 · 临江市</h1>
<p>临江市的职责清单 · 在 2 个方案的 2 项任务中出现</p>
<h2 id="duties">职责清单</h2>
<div class="duty-wrap" data-search-exclude>
<table class="duty-sheet sortable" data-filters="role plan" aria-label="职责清单">
<thead><tr><th scope="col">方案</th><th scope="col">任务</th><th scope="col">其他单位</th></tr></thead>
<tbody>
<tr id="duty-2024-a-task-1" data-f-role="牵头"><td data-sort="甲方案"><span id="plan-2024-a" class="duty-anchor"></span><a href="a/">甲方案标题</a></td><td class="duty-task" data-sort="2024-a 00001"><a href="a/#task-1">1. 推进燃气管道改造</a><details class="duty-text"><summary>任务全文</summary><p>推进燃气管道老化更新改造。</p></details></td><td><a href="x/">市城管局</a>(配合)</td></tr>
<tr id="duty-2023-b-task-4" data-f-role="配合"><td data-sort="乙方案"><a href="b/">乙方案标题</a></td><td class="duty-task" data-sort="2023-b 00004"><a href="b/#task-4">4. 自建房安全整治</a><details class="duty-text"><summary>任务全文</summary><p>开展经营性自建房排查。</p></details></td><td><a href="y/">市消防救援支队</a>(负责)</td></tr>
</tbody>
</table>
</div>
<h2 id="figures">统计</h2>
<p><strong>涉及领域</strong>:<a href="r/">城镇燃气</a> 1</p>
</article></body></html>"""


def test_mark_page_indexes_each_row_of_a_duty_sheet(tmp_path):
    """Run through Pagefind: each row's task heading is indexed and the row anchored; nothing else of the
    table (the task's text is the plan page's), nothing below it."""
    import gzip

    facts = PageFacts("单位", "市住建局 · 临江市", {"类型": ["单位"]}, rows=True)
    html = markup.mark_page(SHEET, facts)
    page = tmp_path / "units" / "zhujian" / "linjiang" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text(html, encoding="utf-8")
    report = pagefind.run(tmp_path)
    assert report.pages == 1
    [fragment] = (tmp_path / "pagefind" / "fragment").iterdir()
    data = gzip.decompress(fragment.read_bytes())
    data = json.loads(data[data.index(b"{"):])
    text = data["content"].replace("\u200b", "")
    for said in ("市住建局 · 临江市", "1. 推进燃气管道改造", "4. 自建房安全整治"):
        assert said in text, (said, text)
    for left_out in ("老化更新", "经营性", "甲方案标题", "乙方案标题", "市城管局", "市消防救援支队", "任务全文", "其他单位",
                     "统计", "涉及领域"):
        assert left_out not in text, (left_out, text)
    rows = [a for a in data["anchors"] if a["element"] == "tr"]
    assert [a["id"] for a in rows] == ["duty-2024-a-task-1", "duty-2023-b-task-4"]
    words = data["content"].split("\u200b")  # the row's anchor is at its heading's first word
    assert [words[a["location"]].strip() for a in rows] == ["1", "4"], words
    assert 'class="duty-task" data-pagefind-weight="0.5"' in html  # a plan's own text comes first


def test_mark_page_indexes_a_sheet_without_its_table_by_its_head():
    html = markup.mark_page(PAGE, PageFacts("单位", "市住建局 · 临江市", {"类型": ["单位"]}, rows=True))
    assert '<div data-pagefind-ignore="all"><h2 id="by-plan">' in html


def test_mark_page_leaves_other_pages_alone():
    assert markup.mark_page(PAGE, None) == PAGE
    assert markup.mark_page("<html><body>404</body></html>", PageFacts("方案")) == "<html><body>404</body></html>"


# --- the build -----------------------------------------------------------------------------------

def test_lunr_indexing_leaves_the_build_but_the_search_plugin_stays():
    from material.plugins.search.plugin import SearchPlugin
    from mkdocs.plugins import PluginCollection

    plugins = PluginCollection()
    plugins["material/search"] = search = SearchPlugin()
    config = SimpleNamespace(plugins=plugins)
    detach_lunr_indexing(config)
    owners = {event: [getattr(m, "__self__", None) for m in methods] for event, methods in plugins.events.items()}
    assert search not in owners["page_context"] and search not in owners["post_build"]
    assert search in owners["config"]  # its settings are still read by the templates


def test_missing_pagefind_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setenv("PLANSITE_PAGEFIND", str(tmp_path / "nothing"))
    with pytest.raises(PlansiteError, match="PLANSITE_PAGEFIND"):
        pagefind.binary()


def test_built_site_has_the_search_files(seed_site):
    site = seed_site.site
    assert (site / "pagefind" / "pagefind.js").is_file() and (site / "pagefind" / "pagefind-entry.json").is_file()
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["zh"]["page_count"] >= 7 + 30  # plans, units and sectors
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["docs"] == [] and index["config"]["separator"]  # nothing for Material's lunr to load
    table = json.loads((site / "search" / "names.json").read_text(encoding="utf-8"))
    assert [table["targets"][t][0] for t, _ in table["forms"]["应急局"]] == ["units/yingji/"]
    worker = next((site / "assets" / "javascripts" / "workers").glob("search.*.min.js")).read_text(encoding="utf-8")
    assert "pagefind/pagefind.js" in worker and "lunr.Query" not in worker  # ours, not Material's
    plan = (site / "plans" / "2024-saqscwyh-gzyd-1" / "index.html").read_text(encoding="utf-8")
    assert "data-pagefind-body" in plan and 'data-pagefind-filter="年份:2024"' in plan
    for other in ("matrix/2024-saqscwyh-gzyd-1/index.html", "index.html", "units/index.html"):
        assert "data-pagefind-body" not in (site / other).read_text(encoding="utf-8"), other


# --- the worker, run by node with a name table and no Pagefind (its import fails outside a browser) ---------

_HARNESS = r"""
const fs = require("fs"), vm = require("vm");
const [code, table, query] = [fs.readFileSync(process.argv[2], "utf8"), process.argv[3], process.argv[4]];
const listeners = [], out = [];
const context = {
  self: {location: {href: "http://127.0.0.1/sub/assets/javascripts/workers/search.x.min.js"}},
  URL, Intl, console: {warn() {}}, Promise, Object, Math, String, Array, Map, Set, JSON, RegExp, performance,
  fetch: async () => ({ok: true, json: async () => JSON.parse(table)}),
  postMessage: msg => out.push(msg),
  addEventListener: (type, fn) => listeners.push(fn),
};
context.self.document = undefined;
vm.createContext(context);
vm.runInContext(code, context);
for (const fn of listeners) fn({data: {type: 0, data: {config: {lang: ["zh"]}, docs: []}}});
for (const fn of listeners) fn({data: {type: 2, data: query}});
setTimeout(() => console.log(JSON.stringify(out)), 300);
"""


def _worker(tmp_path, table: dict, query: str) -> list[dict]:
    import shutil
    import subprocess

    node = shutil.which("node")
    if not node:
        pytest.skip("no node")
    harness = tmp_path / "harness.js"
    harness.write_text(_HARNESS, encoding="utf-8")
    worker = sitebuild.ROOT / "generator" / "search" / "worker.js"
    run = subprocess.run([node, str(harness), str(worker), names.dumps(table), query],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def test_worker_answers_names_first_and_never_as_html(tmp_path, registry):
    table = names.name_table(registry, {"yingji": {"市应急局"}})
    table["targets"].append(['units/x/', '<img src=x onerror="alert(1)">局', "单位"])
    table["forms"]["恶意局"] = [[len(table["targets"]) - 1, 0]]
    messages = _worker(tmp_path, table, "市应急局")
    assert messages[0] == {"type": 1}  # READY at once, before any query
    first = next(m for m in messages if m["type"] == 3)["data"]["items"]
    assert first[0][0]["location"] == "units/yingji/" and first[0][0]["terms"] == {"市应急局": True}
    done = next(m for m in messages if m["type"] == "plansite:done")
    assert done["query"] == "市应急局"
    evil = _worker(tmp_path, table, "恶意局")
    shown = next(m for m in evil if m["type"] == 3 and m["data"]["items"])["data"]["items"][0][0]["title"]
    assert "<img" not in shown and "&lt;img" in shown  # a name is text, escaped before Material shows it
