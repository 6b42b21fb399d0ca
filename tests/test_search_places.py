"""The search's 地区 (jurisdiction) filter in Chromium, on a small made-up corpus of two named places.

The seed plans are anonymised (市安全生产委员会 names no place), so the site the other browser tests use
offers no 地区 filter. Here two plans are issued by the bodies of two places, 临江市 and 青山县 (their
jurisdiction read from the issuer, generator/parse/provenance.py), both with gas-safety tasks; some units
are named by one place only. Choosing a place must leave only that place's pages: its plan, its duty
sheets (units/<unit>/<place>/) and the pages of units its plan names (a sector page has no place and goes).
"""
from __future__ import annotations

import functools
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from browser_support import Site, _Watch
from generator.parse.provenance import jurisdiction_of
from sitebuild import CONTENT, make_project, mkdocs_build
from test_browser import no_console_errors, path_of, result_groups, search, shot, wait_answered

pytestmark = pytest.mark.browser

LINJIANG = "临江市安全生产委员会"
QINGSHAN = "青山县安全生产委员会"

PLANS = {
    "2024-linjiang-ranqi": f"""---
id: 2024-linjiang-ranqi
title: {LINJIANG}2024年燃气安全工作要点
year: 2024
issuer: {LINJIANG}
---
{LINJIANG}2024年燃气安全工作要点

一、燃气安全专项整治

1.开展城镇燃气安全排查。全面排查餐饮场所燃气管道和瓶装燃气隐患(牵头责任单位:市城管局,协同责任单位:市应急局)。

2.加强燃气经营许可管理。整治无证经营瓶装燃气行为(责任单位:市城管局)。
""",
    "2025-qingshan-ranqi": f"""---
id: 2025-qingshan-ranqi
title: {QINGSHAN}2025年燃气安全工作要点
year: 2025
issuer: {QINGSHAN}
---
{QINGSHAN}2025年燃气安全工作要点

一、燃气安全专项整治

1.推进老旧燃气管网改造。完成老旧燃气管道更新改造任务(责任单位:县住建局)。

2.开展燃气用户安全宣传。组织燃气安全进社区活动(牵头责任单位:县住建局,协同责任单位:县应急局)。
""",
}


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def places_site(tmp_path_factory):
    content = tmp_path_factory.mktemp("places-content")
    for registry in ("departments.yml", "sectors.yml"):
        shutil.copy(CONTENT / registry, content / registry)
    (content / "plans").mkdir()
    for plan_id, text in PLANS.items():
        (content / "plans" / f"{plan_id}.md").write_text(text, encoding="utf-8")
    root = make_project(tmp_path_factory.mktemp("places") / "project", content)
    mkdocs_build(root)
    handler = functools.partial(_Quiet, directory=str(root / "site"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield Site(f"http://127.0.0.1:{server.server_address[1]}/", root / "site", root / "docs")
    server.shutdown()
    server.server_close()


@pytest.fixture
def place_page(browser, places_site):
    # the page fixture of browser_support builds the seed site, which this test does not need
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    page = context.new_page()
    page._plansite_watch = watch = _Watch()
    page.on("console", lambda m: m.type == "error" and watch.errors.append(f"{page.url}: {m.text}"))
    page.on("pageerror", lambda e: watch.errors.append(f"{page.url}: {e}"))
    yield page
    context.close()


def _choose_place(page, place: str) -> set[str]:
    bar = page.locator(".plansite-filters")
    if bar.locator("button.plansite-filters-open").count():
        bar.locator("button.plansite-filters-open").click()  # the filter values load when asked for
    select = bar.locator("select[name='地区']")
    select.wait_for()
    select.select_option(place)
    wait_answered(page, "燃气")
    return {path_of(g[0]) for g in result_groups(page)}


def test_the_place_filter_leaves_only_that_places_pages(place_page, places_site):
    page = place_page
    linjiang, qingshan = (jurisdiction_of(issuer, "x").id for issuer in (LINJIANG, QINGSHAN))
    unfiltered = {path_of(g[0]) for g in search(page, places_site, "燃气")}
    # both places' plans are found before a place is chosen
    assert {"/plans/2024-linjiang-ranqi/", "/plans/2025-qingshan-ranqi/"} <= unfiltered, unfiltered

    here = _choose_place(page, "临江市")
    options = page.locator(".plansite-filters select[name='地区'] option").evaluate_all("o => o.map(x => x.value)")
    assert options == ["", "临江市", "青山县"], options
    assert "/plans/2024-linjiang-ranqi/" in here, here
    assert "/plans/2025-qingshan-ranqi/" not in here and not any(f"/{qingshan}/" in p for p in here), here
    assert "/units/zhujian/" not in here, here  # the housing bureau is named by 青山县 only
    assert all(p == "/plans/2024-linjiang-ranqi/" or p.startswith(("/units/", "/sectors/")) for p in here), here
    shot(page, "search-filter-place")

    there = _choose_place(page, "青山县")
    assert "/plans/2025-qingshan-ranqi/" in there, there
    assert "/plans/2024-linjiang-ranqi/" not in there and not any(f"/{linjiang}/" in p for p in there), there
    assert "/units/chengguan/" not in there, there  # the city management bureau is named by 临江市 only
    no_console_errors(page)
