"""The site as people use it: Chromium against the built site (search, badges, matrices, sorting, print, footer).

Needs a Chromium (tests/browser_support.py finds it; .ci/run installs Debian's); the site is built once per
session from content/ by `mkdocs build` (tests/browser_support.py).
Screenshots go to test-artifacts/screenshots/.
"""
from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest

from browser_support import BUILD_DATE, SCREENSHOTS, console_errors

pytestmark = pytest.mark.browser

GAS_PLAN = "2024-saqscwyh-gzyd-1"


# --- helpers ---------------------------------------------------------------------------

def open_page(page, site, path: str = ""):
    page.goto(site.at(path))
    page.wait_for_load_state("load")
    # Material's bundle is up once it has marked the page as scripted
    page.wait_for_function("document.documentElement.classList.contains('js')")


def search(page, site, query: str, path: str = "") -> list[list[str]]:
    """Run a query in the header search box; return the result groups, each a list of result hrefs."""
    open_page(page, site, path)
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(query)
    # Material reads the box on keyup (or when its index is ready); Chinese text typed here, as
    # from an input method, sends no key events of its own, so end with a key that does
    box.press("End")
    wait_answered(page, query)
    return result_groups(page)


def wait_answered(page, query: str) -> None:
    # the worker has answered the whole query (names and full text): plansite-search.js marks the list
    page.wait_for_function(
        "q => document.querySelector('[data-md-component=search-result]').getAttribute('data-plansite-query') === q",
        arg=query)


def result_groups(page) -> list[list[str]]:
    return page.evaluate(
        """() => Array.from(document.querySelectorAll('.md-search-result__item')).map(
            li => Array.from(li.querySelectorAll('a.md-search-result__link')).map(a => a.href))"""
    )


def result_texts(page) -> list[tuple[str, str]]:
    """(href, the text a reader sees: title and excerpt) of every result."""
    return [tuple(x) for x in page.evaluate(
        """() => Array.from(document.querySelectorAll('.md-search-result__item a.md-search-result__link')).map(
            a => [a.href, a.querySelector('article').textContent.replace(/\u200b/g, '')])""")]


def path_of(href: str) -> str:
    return urlparse(href).path


def shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=False)


def no_console_errors(page) -> None:
    errors = console_errors(page)
    assert not errors, "console errors:\n" + "\n".join(errors)


# --- search ------------------------------------------------------------------------------

def open_data(site) -> dict:
    import json

    return json.loads((site.root / "data" / "plans.json").read_text(encoding="utf-8"))


def task_text(task: dict, data: dict) -> str:
    """What a task's section on its plan page says: heading, text, its units and its sectors."""
    sectors = {s["id"]: s["name"] for s in data["sectors"]}
    return "".join([task["title"], task["text"], *(a["name"] for a in task["assignments"]),
                    *(sectors.get(s, "") for s in task["sectors"])])


@pytest.mark.parametrize("unit_id", ["yingji", "zhujian"])
def test_search_puts_a_units_own_page_first_for_every_written_form(page, site, unit_id):
    unit = next(u for u in open_data(site)["units"] if u["id"] == unit_id)
    forms = {unit["name"], *unit["written_forms"]}
    if unit_id == "yingji":  # the forms of the issue, from the registry's names and the plans
        assert {"市应急局", "应急局", "应急管理局", "市应急管理局"} <= forms
    for form in sorted(forms):
        groups = search(page, site, form)
        assert groups and path_of(groups[0][0]) == unit["url"], (form, [path_of(g[0]) for g in groups[:4]])
    no_console_errors(page)


@pytest.mark.parametrize("query, first", [
    ("消防救援", "/units/xiaofang/"),
    ("城镇燃气", "/sectors/ranqi/"),
    ("危险化学品", "/sectors/weihua/"),
    ("建设施工与自建房", "/sectors/jianshe/"),
])
def test_search_puts_the_named_page_first(page, site, query, first):
    groups = search(page, site, query)
    assert groups and path_of(groups[0][0]) == first, [path_of(g[0]) for g in groups[:5]]
    no_console_errors(page)


TOPICS = {  # query -> (its words, the sector page that comes first)
    "燃气": (["燃气"], "/sectors/ranqi/"),
    "自建房": (["自建房"], "/sectors/jianshe/"),
    "危险化学品": (["危险化学品"], "/sectors/weihua/"),
    "燃气安全": (["燃气", "安全"], "/sectors/ranqi/"),
}


@pytest.mark.parametrize("query", list(TOPICS))
def test_search_finds_the_matching_tasks_of_every_plan(page, site, query):
    words, sector = TOPICS[query]
    data = open_data(site)
    tasks = {t["url"]: task_text(t, data) for p in data["plans"] for s in p["sections"] for t in s["tasks"]}
    expected = {url for url, text in tasks.items() if all(w in text for w in words)}
    assert len({url.split("#")[0] for url in expected}) >= 5  # the topic is in most plans of the seed
    groups = search(page, site, query)
    assert path_of(groups[0][0]) == sector, [path_of(g[0]) for g in groups[:4]]
    hits = {path_of(h) + "#" + urlparse(h).fragment for g in groups for h in g if urlparse(h).fragment.startswith("task-")}
    assert expected <= hits, sorted(expected - hits)
    # every hit holds every word of the query: in its task, and in what the reader sees of it
    assert all(all(w in tasks[h] for w in words) for h in hits), [h for h in hits if h not in expected]
    shown = [(href, text) for href, text in result_texts(page) if urlparse(href).fragment.startswith("task-")]
    assert len(shown) == len(hits)
    for href, text in shown:  # the excerpt shown is taken around the first word
        assert words[0] in text, (href, text)
    assert all("缺少" not in text for _, text in result_texts(page))  # no result lacks a word of the query
    shot(page, f"search-{query}")
    no_console_errors(page)


def test_search_finds_a_units_duties_row_by_row(page, site):
    """A unit's duty sheet in a place is searchable by its rows: every row whose task holds the word is a hit,
    and the hit lands on the row."""
    groups = search(page, site, "市住建局 自建房")
    rows = [h for g in groups for h in g if urlparse(h).fragment.startswith("duty-")]
    assert rows, [path_of(g[0]) for g in groups]
    sheet = path_of(rows[0])
    assert sheet.startswith("/units/zhujian/") and sheet != "/units/zhujian/", sheet
    found = {urlparse(h).fragment for h in rows if path_of(h) == sheet}
    shown = [text for href, text in result_texts(page) if urlparse(href).fragment in found]
    assert shown and all("自建房" in text for text in shown), shown
    target = next(h for h in rows if path_of(h) == sheet)
    page.locator(f"a.md-search-result__link[href='{target}']").first.click()
    row_id = urlparse(target).fragment
    page.wait_for_function("id => location.hash === '#' + id", arg=row_id)
    box = page.locator(f"[id='{row_id}']").bounding_box()
    assert box and 0 <= box["y"] < page.viewport_size["height"]
    # every row of the sheet whose task heading holds the word, and only those
    expected = page.evaluate("""() => Array.from(document.querySelectorAll('table.duty-sheet tbody tr')).filter(
        tr => tr.querySelector('td.duty-task > a').textContent.includes('自建房')).map(tr => tr.id)""")
    assert found == set(expected), (sorted(found), expected)
    no_console_errors(page)


def test_search_hit_lands_on_its_task_by_instant_navigation(page, site):
    groups = search(page, site, "危险化学品")
    anchors = [h for g in groups for h in g if urlparse(h).fragment.startswith("task-")]
    target = anchors[0]
    page.locator(f"a.md-search-result__link[href='{target}']").first.click()
    task_id = urlparse(target).fragment
    page.wait_for_function("id => location.hash === '#' + id", arg=task_id)
    assert page.evaluate("() => performance.getEntriesByType('navigation').length") == 1  # no full load
    heading = page.locator(f"[id='{task_id}']")
    assert heading.evaluate("e => e.tagName") == "H3"
    box = heading.bounding_box()
    assert box and 0 <= box["y"] < page.viewport_size["height"]
    no_console_errors(page)


def test_search_keyboard_opens_box_and_follows_first_result(page, site):
    open_page(page, site, "plans/")
    page.keyboard.press("/")
    box = page.locator("input.md-search__input")
    page.wait_for_function("() => document.activeElement === document.querySelector('input.md-search__input')")
    box.press_sequentially("市住建局")
    box.press("End")
    wait_answered(page, "市住建局")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_function("() => location.pathname.endsWith('/units/zhujian/')")
    no_console_errors(page)


def _select(page, name: str, value: str, query: str) -> None:
    page.locator(f".plansite-filters select[name='{name}']").select_option(value)
    wait_answered(page, query)


def test_search_filters_by_kind_unit_sector_and_year(page, site):
    data = open_data(site)
    groups = search(page, site, "燃气")
    bar = page.locator(".plansite-filters")
    bar.locator("button.plansite-filters-open").click()  # the filter values load when asked for
    bar.locator("select").first.wait_for()
    names = bar.locator("select").evaluate_all("s => s.map(x => x.name)")
    # 地区: the seed's plans are anonymised (市安全生产委员会 names no place), so no page has one yet
    assert names == ["类型", "年份", "单位", "领域"]
    _select(page, "类型", "方案", "燃气")
    plans = [path_of(g[0]) for g in result_groups(page)]
    assert plans and all(p.startswith("/plans/") for p in plans), plans
    unit = next(u for u in data["units"] if u["id"] == "chengguan")
    _select(page, "单位", unit["name"], "燃气")
    naming = {p["url"] for p in data["plans"] if any(a["unit"] == "chengguan" for s in p["sections"]
                                                     for t in s["tasks"] for a in t["assignments"])}
    found = {path_of(g[0]) for g in result_groups(page)}
    # the plans that name the unit, and the unit's duty sheets (their rows are its gas tasks)
    assert found and {f for f in found if not f.startswith("/units/chengguan/")} <= naming, found - naming
    _select(page, "单位", "", "燃气")
    _select(page, "领域", "城镇燃气", "燃气")
    assert {path_of(g[0]) for g in result_groups(page)} <= {p["url"] for p in data["plans"]}
    _select(page, "年份", "2024", "燃气")
    assert result_groups(page)
    assert len(groups) >= len(result_groups(page))
    shot(page, "search-filters")
    no_console_errors(page)


def test_search_lists_more_pages_when_scrolled_to_the_end(page, site):
    search(page, site, "安全")  # in nearly every page
    meta = page.locator(".md-search-result__meta").inner_text()
    assert "向下滚动" in meta, meta
    result = page.locator("[data-md-component=search-result]")
    pages = int(result.get_attribute("data-plansite-pages"))
    wrap = page.locator(".md-search__scrollwrap")
    # Material first shows the pages it has, ten at a time, as the list is scrolled; at their end the
    # worker loads the next pages
    for _ in range(20):  # 300 ms may be a frame or two on a loaded machine
        wrap.evaluate("w => { w.scrollTop = 0; }")
        wrap.evaluate("w => { w.scrollTop = w.scrollHeight; }")
        page.wait_for_timeout(300)
        if int(result.get_attribute("data-plansite-pages")) > pages:
            break
    assert int(result.get_attribute("data-plansite-pages")) > pages
    for _ in range(6):  # Material adds four results each time the list reaches its end again
        wrap.evaluate("w => { w.scrollTop = 0; }")
        wrap.evaluate("w => { w.scrollTop = w.scrollHeight; }")
        page.wait_for_timeout(200)
    assert len(result_groups(page)) > pages
    no_console_errors(page)


def test_search_more_results_appear_as_the_reader_scrolls_with_the_wheel(page, site):
    # a reader's wheel lands at the end of the list in one step and stays there: the next results must
    # still come, and when more pages arrive the list must not jump back to its top
    search(page, site, "安全")
    result = page.locator("[data-md-component=search-result]")
    pages = int(result.get_attribute("data-plansite-pages"))
    wrap = page.locator(".md-search__scrollwrap")
    wrap.hover()

    def settled() -> int:  # what the list shows until the reader scrolls again (the same twice running)
        last = -1
        for _ in range(60):
            now = len(result_groups(page))
            if now == last:
                return now
            last = now
            page.wait_for_timeout(600)
        return last

    shown = []
    for _ in range(30):
        page.mouse.wheel(0, 4000)
        shown.append(settled())
        if shown[-1] > pages + 10:  # past the second step of pages: each step came, by the wheel alone
            break
    assert int(result.get_attribute("data-plansite-pages")) > pages + 10, shown
    assert shown[-1] > pages + 10, shown
    # the reader is where the wheel took them, far down the list, not back at its top
    assert wrap.evaluate("w => w.scrollTop > w.clientHeight"), shown
    no_console_errors(page)


def test_search_loads_nothing_large_before_the_first_keystroke(page, site):
    fetched = []
    page.on("requestfinished", lambda r: fetched.append((r.url, r.sizes()["responseBodySize"])))
    open_page(page, site, "units/")
    page.wait_for_load_state("networkidle")
    before = [(u, n) for u, n in fetched if "/pagefind/" in u or "/search/" in u]
    assert sum(n for _, n in before) < 2048, before  # the empty lunr index Material's bundle asks for
    count = len(fetched)
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("燃气安全")
    box.press("End")
    wait_answered(page, "燃气安全")
    page.wait_for_load_state("networkidle")
    query = fetched[count:]
    assert any("/pagefind/" in u for u, _ in query) and any(u.endswith("names.json") for u, _ in query)
    assert sum(n for _, n in query) < 500 * 1024, query


def test_search_works_under_a_sub_path(browser, site):
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class UnderSubPath(SimpleHTTPRequestHandler):
        def translate_path(self, path):
            return super().translate_path(path[len("/sub"):] if path.startswith("/sub/") else "/missing")

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(UnderSubPath, directory=str(site.root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/sub/plans/")
        page.wait_for_function("document.documentElement.classList.contains('js')")
        box = page.locator("input.md-search__input")
        box.click()
        box.press_sequentially("应急管理局")
        box.press("End")
        wait_answered(page, "应急管理局")
        firsts = [path_of(g[0]) for g in result_groups(page)]
        assert firsts[0] == "/sub/units/yingji/" and all(p.startswith("/sub/") for p in firsts), firsts
    finally:
        context.close()
        server.shutdown()
        server.server_close()


def test_search_says_a_file_copy_cannot_search(page, site):
    page.goto((site.root / "plans" / "index.html").as_uri())
    page.wait_for_function("document.documentElement.classList.contains('js')")
    button = page.locator(".plansite-search-offline-button")
    assert button.inner_text() == "本地副本不能搜索"
    button.click()
    note = page.locator(".plansite-search-offline")
    note.wait_for(state="visible")
    assert "file://" in note.inner_text() and "不能使用" in note.inner_text()
    assert page.locator("input.md-search__input").get_attribute("placeholder") == "本地文件副本不能搜索"
    shot(page, "search-file-copy")
    page.locator(".plansite-search-offline button").click()
    note.wait_for(state="hidden")
    page.set_viewport_size({"width": 400, "height": 800})  # a phone: the header's search icon says it too
    page.locator("label.md-header__button[for='__search']").click()
    note.wait_for(state="visible")


# --- badges ------------------------------------------------------------------------------

def test_badge_opens_the_duty_sheet_at_the_tasks_row(page, site):
    open_page(page, site, f"plans/{GAS_PLAN}/")
    badge = page.locator("a.role.role-lead[href*='units/yingji']").first
    task_id = badge.evaluate(
        """b => { let n = b.closest('p, li, div');
                  while (n && !(n.tagName === 'H3' && n.id)) n = n.previousElementSibling;
                  return n && n.id; }""")
    assert task_id and task_id.startswith("task-")
    assert "牵头" in badge.inner_text()
    badge.scroll_into_view_if_needed()
    shot(page, "plan-badges")
    anchor = urlparse(badge.evaluate("a => a.href")).fragment
    assert anchor == f"duty-{GAS_PLAN}-{task_id}", "a badge links to the task's row on the unit's duty sheet"
    badge.click()  # at once, as a reader who scrolls and clicks: the tracking race must not win
    # the emergency bureau's duty sheet in the plan's own city
    page.wait_for_function("a => location.pathname.endsWith('/units/yingji/' + a[1] + '/') && location.hash === '#' + a[0]",
                           arg=[anchor, GAS_PLAN])
    row = page.locator(f"tr[id='{anchor}']")
    row.wait_for(state="visible")
    # the page opened where that row is: it is on screen, links back to the task and shows the unit's role
    box = row.bounding_box()
    assert box and 0 <= box["y"] < page.viewport_size["height"], box
    assert row.locator(f"a[href*='plans/{GAS_PLAN}/#{task_id}']").count() == 1
    assert "牵头" in row.locator("td.duty-role").inner_text()
    no_console_errors(page)


def test_badges_differ_without_colour(page, site):
    open_page(page, site, f"plans/{GAS_PLAN}/")
    styles = {}
    for role in ("lead", "responsible", "support", "implement"):
        badge = page.locator(f"a.role.role-{role}").first
        if badge.count() == 0:
            continue
        styles[role] = badge.evaluate(
            """b => { const s = getComputedStyle(b);
                      const [r, g, bl] = s.backgroundColor.match(/[\\d.]+/g).map(Number);
                      return {border: s.borderTopStyle, luma: 0.299 * r + 0.587 * g + 0.114 * bl}; }""")
    assert {"lead", "responsible", "support"} <= set(styles)
    assert len({s["border"] for s in styles.values()}) == len(styles)  # one border style per role
    lumas = [styles[r]["luma"] for r in ("lead", "responsible", "support") if r in styles]
    assert lumas == sorted(lumas) and min(b - a for a, b in zip(lumas, lumas[1:])) > 40, styles
    no_console_errors(page)


# --- matrices --------------------------------------------------------------------------

def test_matrix_keeps_header_row_and_first_column_in_view(page, site):
    page.set_viewport_size({"width": 1024, "height": 768})
    open_page(page, site, f"matrix/{GAS_PLAN}/")
    wrap = page.locator(".matrix-wrap").first
    columns = page.locator(".matrix-wrap table.matrix:not(.matrix-print) thead th[scope='col']").count()
    assert columns >= 20
    assert wrap.evaluate("w => w.scrollWidth > w.clientWidth"), "matrix fits; nothing to scroll"
    wrap.scroll_into_view_if_needed()
    shot(page, "matrix")
    wrap.evaluate("w => { w.scrollLeft = w.scrollWidth; w.scrollTop = w.scrollHeight; }")
    page.wait_for_function("() => document.querySelector('.matrix-wrap').scrollLeft > 0")
    frame = wrap.bounding_box()
    # the header cell of the last column is still at the top of the box
    last = page.locator(".matrix-wrap table.matrix:not(.matrix-print) thead th[scope='col']").last
    box = last.bounding_box()
    assert abs(box["y"] - frame["y"]) <= 2, (box, frame)
    assert frame["x"] <= box["x"] < frame["x"] + frame["width"]
    # what the reader sees there is the header, not a task row scrolled under it
    hit = page.evaluate("([x, y]) => { const e = document.elementFromPoint(x, y); return !!(e && e.closest('thead')); }",
                        [box["x"] + box["width"] / 2, box["y"] + 5])
    assert hit
    # the task column stays at the left edge
    row_head = page.locator(".matrix-wrap table.matrix:not(.matrix-print) tbody th[scope='row']").last
    rbox = row_head.bounding_box()
    assert abs(rbox["x"] - frame["x"]) <= 2, (rbox, frame)
    shot(page, "matrix-scrolled")
    no_console_errors(page)


def test_matrix_cell_shows_its_title(page, site):
    open_page(page, site, f"matrix/{GAS_PLAN}/")
    cell = page.locator(".matrix-wrap td.cell-lead").first
    title = cell.get_attribute("title")
    assert title and "牵头" in title
    cell.scroll_into_view_if_needed()
    cell.hover()
    tip = page.locator(".ps-tip")
    tip.wait_for(state="visible")
    assert tip.inner_text() == title
    page.mouse.move(1, 1)
    tip.wait_for(state="hidden")
    assert cell.get_attribute("title") == title  # given back for the next hover and for assistive tech
    no_console_errors(page)


# --- sortable indexes ---------------------------------------------------------------------

def _column(page, table, index):
    return table.evaluate(f"t => Array.from(t.tBodies[0].rows).map(r => r.cells[{index}].textContent.trim())")


def test_index_tables_sort_by_number_and_by_name_after_instant_navigation(page, site):
    open_page(page, site)
    # reach the index through the navigation, so the table arrives by instant navigation
    page.locator(".md-tabs a[href$='units/'], .md-nav a[href$='units/']").first.click()
    page.wait_for_function("() => location.pathname.endsWith('/units/')")
    table = page.locator("table.sortable").first
    table.locator("button.ps-sort").first.wait_for()
    assert page.evaluate("() => performance.getEntriesByType('navigation').length") == 1  # no full load
    headers = table.locator("thead th")
    names = [headers.nth(i).inner_text().strip() for i in range(headers.count())]
    count = names.index("任务")
    headers.nth(count).locator("button").click()
    values = [int(v) for v in _column(page, table, count)]
    assert values == sorted(values, reverse=True)
    assert headers.nth(count).get_attribute("aria-sort") == "descending"
    headers.nth(count).locator("button").click()
    values = [int(v) for v in _column(page, table, count)]
    assert values == sorted(values)
    assert headers.nth(count).get_attribute("aria-sort") == "ascending"
    headers.nth(0).locator("button").click()
    units = _column(page, table, 0)
    assert headers.nth(0).get_attribute("aria-sort") == "ascending"
    assert page.evaluate(
        "a => a.every((s, i) => i === 0 || new Intl.Collator('zh-CN', {numeric: true}).compare(a[i-1], s) <= 0)", units)
    no_console_errors(page)


# --- pages, charts, footer, print -------------------------------------------------------

PAGES = [
    ("home", ""),
    ("plans-index", "plans/"),
    ("plan", f"plans/{GAS_PLAN}/"),
    ("units-index", "units/"),
    ("department", "units/yingji/"),
    ("sectors-index", "sectors/"),
    ("sector", "sectors/ranqi/"),
    ("matrix-page", f"matrix/{GAS_PLAN}/"),
    ("sector-matrix", "matrix/sector-ranqi/"),
    ("data", "data/"),
    ("timeline", "timeline/"),
]


def test_every_page_kind_loads_without_console_errors(page, site):
    for name, path in PAGES:
        response = page.goto(site.at(path))
        assert response and response.status == 200, (path, response and response.status)
        page.wait_for_function("document.documentElement.classList.contains('js')")
        assert page.locator("h1").first.inner_text().strip()
        if name in ("home", "plan", "department", "sector"):
            shot(page, name)
    no_console_errors(page)


def test_duty_sheet_has_a_role_chart(page, site):
    open_page(page, site, f"units/yingji/{GAS_PLAN}/")
    chart = page.locator("figure.chart svg[role='img']").first
    label = chart.get_attribute("aria-label")
    assert label and "牵头" in label and "市应急管理局" in label
    bars = chart.locator("rect.bar")
    assert bars.count() == 4
    widths = [float(bars.nth(i).get_attribute("width")) for i in range(4)]
    assert max(widths) > 0
    no_console_errors(page)


def test_footer_shows_source_and_build_date(page, site):
    open_page(page, site, f"plans/{GAS_PLAN}/")
    footer = page.locator(".plansite-footer")
    assert BUILD_DATE in footer.inner_text()
    assert footer.locator("time").get_attribute("datetime").startswith(BUILD_DATE)
    assert "来源" in footer.inner_text()
    data = footer.locator("a", has_text="开放数据")
    assert data.count() == 1
    data.click()
    page.wait_for_function("() => location.pathname.endsWith('/data/')")
    no_console_errors(page)


def test_dark_palette_toggle(page, site):
    open_page(page, site, "units/yingji/")
    before = page.evaluate("() => document.body.getAttribute('data-md-color-scheme')")
    page.locator("form[data-md-component='palette'] label:visible").first.click()
    page.wait_for_function("s => document.body.getAttribute('data-md-color-scheme') !== s", arg=before)
    assert page.evaluate("() => document.body.getAttribute('data-md-color-scheme')") == "slate"
    shot(page, "department-dark")
    no_console_errors(page)


def test_print_hides_chrome_and_keeps_badges_apart(page, site):
    open_page(page, site, f"plans/{GAS_PLAN}/")
    page.emulate_media(media="print")
    assert page.locator(".md-header").evaluate("e => getComputedStyle(e).display") == "none"
    assert page.locator(".md-sidebar--primary").evaluate("e => getComputedStyle(e).display") == "none"
    borders = {role: page.locator(f"a.role.role-{role}").first.evaluate("b => getComputedStyle(b).borderTopStyle")
               for role in ("lead", "responsible", "support")}
    assert borders == {"lead": "double", "responsible": "solid", "support": "dashed"}
    no_console_errors(page)


# --- duty sheets --------------------------------------------------------------------------

def test_staff_reach_their_sheet_from_the_index_in_two_steps_and_filter_it(page, site):
    open_page(page, site, "units/")
    page.locator("a[href*='units/zhujian']").first.click()  # step 1: the unit, compared across places
    page.wait_for_function("location.pathname.endsWith('/units/zhujian/')")
    page.locator("#sheets ~ table a, #sheets ~ * table a").first.click()  # step 2: one place's duty sheet
    page.wait_for_function("/\\/units\\/zhujian\\/[a-z0-9-]+\\/$/.test(location.pathname)")
    rows = page.locator("table.duty-sheet tbody tr")
    rows.first.wait_for(state="visible")
    total = rows.count()
    assert total > 1
    # text, co-units and deadlines are on the sheet itself, with no further click
    first = rows.first
    assert first.locator("td.duty-task a").first.inner_text()
    assert "(" in first.locator("td").nth(-3).inner_text()  # other units, each with its role
    assert page.locator("table.duty-sheet td:nth-last-child(2)").filter(has_text=re.compile(r"\S")).count() > 0
    # only this place's plans: every task link goes to one plan
    plans = set(page.eval_on_selector_all("table.duty-sheet td.duty-task > a",
                                          "as => as.map(a => new URL(a.href).pathname)"))
    assert len(plans) == 1
    # filtering by role leaves only the rows of that role, and says how many
    select = page.locator(".ps-filters select[data-filter='role']")
    options = select.locator("option").all_inner_texts()
    assert options[0] == "全部" and len(options) >= 2
    select.select_option(label=options[1])
    shown = page.locator("table.duty-sheet tbody tr:not([hidden])")
    assert 0 < shown.count() < total or shown.count() == total == len(options) - 1
    for i in range(shown.count()):
        assert options[1] in shown.nth(i).get_attribute("data-f-role").split("|")
    assert f"/ {total} 项" in page.locator(".ps-filter-count").inner_text()
    shot(page, "duty-sheet-filtered")
    no_console_errors(page)


def test_old_role_anchor_of_a_unit_page_goes_on_to_the_units_rows(page, site):
    # before the duty sheets a badge linked units/<unit>/#plan-<plan>-<role>; that page now compares places
    open_page(page, site, f"units/yingji/#plan-{GAS_PLAN}-lead")
    page.wait_for_function("p => location.pathname.endsWith('/units/yingji/' + p + '/') && "
                           "location.hash === '#plan-' + p + '-lead'", arg=GAS_PLAN)
    page.wait_for_function("document.documentElement.classList.contains('js')")
    row = page.locator(f"tr:has(#plan-{GAS_PLAN}-lead)")
    row.wait_for(state="visible")
    assert "牵头" in row.locator("td.duty-role").inner_text()
    box = row.bounding_box()
    assert box and 0 <= box["y"] < page.viewport_size["height"], box
    # an anchor the sheet still has needs no help: the unit page's own anchors stay put
    open_page(page, site, "units/yingji/#sheets")
    assert urlparse(page.url).path.endswith("/units/yingji/")
    no_console_errors(page)


# --- the 时间表 ----------------------------------------------------------------------------

def _shown_rows(page) -> list[dict]:
    return page.eval_on_selector_all(
        ".timeline tbody tr", "rs => rs.filter(r => r.offsetParent !== null).map(r => "
        "({unit: r.dataset.fUnit.split('|'), place: r.dataset.fPlace}))")


def test_timeline_filters_by_unit_and_by_place(page, site):
    open_page(page, site, "timeline/")
    total = page.locator(".timeline tbody tr").count()
    assert len(_shown_rows(page)) == total > 40
    bar = page.locator(".ps-filters")
    assert bar.locator("select").count() == 2
    unit = bar.locator("select[data-filter='unit']")
    assert "市应急管理局" in unit.locator("option").all_inner_texts()
    unit.select_option(label="市应急管理局")
    shown = _shown_rows(page)
    assert 0 < len(shown) < total and all("市应急管理局" in r["unit"] for r in shown)
    assert f"显示 {len(shown)} / {total} 项" == bar.locator(".ps-filter-count").inner_text()
    # a month or frequency with none of the unit's rows is gone, heading and all
    hidden = page.locator(".timeline section[data-filter-group][hidden]")
    assert hidden.count() > 0
    assert page.locator(".timeline section[data-filter-group]:not([hidden]) h4, "
                        ".timeline section[data-filter-group]:not([hidden]) h3").count() > 0
    for i in range(hidden.count()):
        assert not hidden.nth(i).locator("tbody tr:not([hidden])").count()
        # nor does the table of contents list it
        heading = hidden.nth(i).locator("h2, h3, h4").first.get_attribute("id")
        assert page.locator(f".md-sidebar--secondary a[href='#{heading}']").is_hidden()
    shot(page, "timeline-unit")
    # and one place: the rows of that unit there only
    place = bar.locator("select[data-filter='place']")
    places = place.locator("option").all_inner_texts()[1:]
    assert len(places) == 7  # the seed's seven cities
    chosen = shown[0]["place"]
    place.select_option(label=chosen)
    both = _shown_rows(page)
    assert both and all(r["place"] == chosen and "市应急管理局" in r["unit"] for r in both)
    assert len(both) < len(shown)
    # back to every unit: all that place's rows
    unit.select_option(label="全部")
    there = _shown_rows(page)
    assert len(there) > len(both) and all(r["place"] == chosen for r in there)
    shot(page, "timeline-place")
    no_console_errors(page)
