"""Every page kind for every reader: axe-core in light and dark at desktop and phone width, phones, print, keyboard.

axe-core comes from the PyPI package axe-playwright-python, which ships
axe.min.js (no network). The site is the session's one build
(tests/browser_support.py); each width and scheme is one browser context that
visits every page kind once, runs axe and keeps a screenshot under
test-artifacts/screenshots/a11y/. Print checks render real PDFs with
page.pdf and read them back with pypdf.
"""
from __future__ import annotations

import io
import re
import unicodedata
from collections import Counter

import pytest

from browser_support import SCREENSHOTS

pytestmark = pytest.mark.browser

GAS_PLAN = "2024-saqscwyh-gzyd-1"
LONG_PLAN = "2024-saqscwyh-gzyd-4"  # 39 tasks, 45 units: the widest plan matrix of the seed
NO_UNIT_PLAN = "2024-saqscwyh-gzyd-5"  # its text names no unit for any task

PAGE_KINDS = [
    ("home", ""),
    ("plans-index", "plans/"),
    ("units-index", "units/"),
    ("sectors-index", "sectors/"),
    ("plan", f"plans/{LONG_PLAN}/"),
    ("plan-no-units", f"plans/{NO_UNIT_PLAN}/"),
    ("unit", "units/yingji/"),
    ("duty-sheet", f"units/yingji/{LONG_PLAN}/"),
    ("sector", "sectors/ranqi/"),
    ("matrix", f"matrix/{LONG_PLAN}/"),
    ("sector-matrix", "matrix/sector-ranqi/"),
    ("data", "data/"),
    ("timeline", "timeline/"),
    ("changes", "changes/"),
    ("plan-changes", f"changes/{GAS_PLAN}/"),
    ("search-open", "?q=燃气"),  # search.share: the address opens the dialog with the query
]
WIDTHS = {"desktop": (1400, 900), "phone": (390, 844)}
ALL_RULES = {"resultTypes": ["violations"]}
DARK_RULES = {"runOnly": {"type": "rule", "values": ["color-contrast", "link-in-text-block"]},
              "resultTypes": ["violations"]}
A11Y_SHOTS = SCREENSHOTS / "a11y"


def _context(browser, width: str, scheme: str):
    w, h = WIDTHS[width]
    phone = width == "phone"
    return browser.new_context(viewport={"width": w, "height": h}, is_mobile=phone, has_touch=phone,
                               color_scheme=scheme, locale="zh-CN")


def _open(page, site, path: str) -> None:
    page.goto(site.at(path))
    page.wait_for_function("document.documentElement.classList.contains('js')")
    if "?q=" in path:
        page.locator(".md-search-result__item").first.wait_for()
        # names answer first, the full text after: wait for the whole answer, then for the list to settle
        page.wait_for_function("() => document.querySelector('[data-md-component=search-result][data-plansite-query]')")
        page.wait_for_timeout(300)
    else:  # plansite.js sets up scroll hints and matrix names after Material's own setup
        page.wait_for_function("() => !document.querySelector('.matrix-wrap') || "
                               "document.querySelector('.matrix-wrap').hasAttribute('aria-label')")


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


# --- axe-core on every page kind --------------------------------------------------------

@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_or_critical_violation(browser, site, axe, scheme, width):
    A11Y_SHOTS.mkdir(parents=True, exist_ok=True)
    context = _context(browser, width, scheme)
    page = context.new_page()
    found, figures = [], []
    try:
        for kind, path in PAGE_KINDS:
            _open(page, site, path)
            expected = "slate" if scheme == "dark" else "default"
            assert page.evaluate("() => document.body.dataset.mdColorScheme") == expected
            # the dark scheme changes colours only: its run is the colour rules (half the time of all rules)
            result = axe.run(page, options=DARK_RULES if scheme == "dark" else ALL_RULES).response
            impacts = Counter()
            for violation in result["violations"]:
                impacts[violation["impact"]] += len(violation["nodes"])
                if violation["impact"] in ("serious", "critical"):
                    where = "; ".join(" ".join(n["target"]) for n in violation["nodes"][:3])
                    found.append(f"{kind}: {violation['id']} ({violation['impact']}, {len(violation['nodes'])}): {where}")
            figures.append(f"{kind}:{dict(impacts) or 0}")
            page.screenshot(path=str(A11Y_SHOTS / f"{kind}-{scheme}-{width}.png"))
    finally:
        context.close()
    print(f"\naxe {scheme} {width}: " + " ".join(figures))
    assert not found, "\n".join(found)


# --- phones -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def phone(browser, site):
    context = _context(browser, "phone", "light")
    page = context.new_page()
    yield page
    context.close()


def test_long_pages_on_a_phone_have_a_jump_menu_to_every_task(phone, site):
    for path in (f"plans/{LONG_PLAN}/", "sectors/ranqi/"):
        _open(phone, site, path)
        menu = phone.locator("nav.ps-jump")
        assert menu.is_visible(), path
        # it sits right under the title, on the first screen
        assert menu.bounding_box()["y"] < phone.viewport_size["height"], path
    # a duty sheet is one table: its filters, by role, sector and deadline, are within the first two screens
    _open(phone, site, f"units/yingji/{LONG_PLAN}/")
    filters = phone.locator(".ps-filters")
    assert filters.is_visible() and filters.bounding_box()["y"] < 2 * phone.viewport_size["height"]
    _open(phone, site, f"plans/{LONG_PLAN}/")
    tasks = phone.locator("article h3[id^='task-'], article h4[id^='task-']")
    last = tasks.last.get_attribute("id")
    jump = phone.locator("nav.ps-jump")
    assert jump.locator("a[href*='#task-']").count() == tasks.count()
    jump.locator("summary").click()
    target = jump.locator(f"a[href$='#{last}']")
    target.scroll_into_view_if_needed()
    # a reader's pause between scrolling the menu and tapping: Material stores the scroll offset in the
    # history entry 100 ms after a scroll, and a click inside that window (only a robot's is that fast;
    # under load the window stretches) had instant navigation put the old offset back instead of the anchor
    phone.wait_for_timeout(500)
    target.click()
    phone.wait_for_function("id => location.hash === '#' + id", arg=last)
    # the task's heading comes on screen (waits out Material's scroll to the anchor)
    phone.wait_for_function("""id => { const e = document.getElementById(id); if (!e) return false;
        const r = e.getBoundingClientRect(); return r.height > 0 && r.top >= 0 && r.top < innerHeight; }""", arg=last)
    # on a wide screen Material's side column has the table of contents: no second one
    phone.set_viewport_size({"width": 1400, "height": 900})
    assert not jump.is_visible()
    phone.set_viewport_size({"width": 390, "height": 844})


def test_wide_tables_on_a_phone_say_they_scroll(phone, site):
    for path, table in (("units/", "table.sortable"), ("plans/", ".md-typeset__scrollwrap"),
                        (f"matrix/{LONG_PLAN}/", ".matrix-wrap")):
        _open(phone, site, path)
        box = phone.locator(f"article {table}").first
        box.wait_for()
        phone.wait_for_function("b => b.hasAttribute('data-ps-hint')", arg=box.element_handle())
        assert box.evaluate("b => b.scrollWidth > b.clientWidth"), (path, "fits: nothing to say")
        hint = box.evaluate_handle("b => b.previousElementSibling")
        assert hint.evaluate("h => h.classList.contains('ps-scroll-hint') && h.offsetHeight > 0"), path
        assert "滑动" in hint.evaluate("h => h.textContent")
    # the same index on a wide screen fits, and says nothing
    phone.set_viewport_size({"width": 1400, "height": 900})
    _open(phone, site, "units/")
    hint = phone.locator("article .ps-scroll-hint").first
    phone.wait_for_function("() => document.querySelector('article .ps-scroll-hint')")
    assert phone.locator("article table.sortable").first.evaluate("b => b.scrollWidth <= b.clientWidth + 1")
    assert not hint.is_visible()
    phone.set_viewport_size({"width": 390, "height": 844})


# every visible target a finger aims at: links and controls, except a link inside a sentence
# (WCAG 2.5.5 exempts those: their size is the text's)
_SMALL_TARGETS = """() => {
  const running = a => {
    const block = a.parentElement.closest('p, li, td, dd, figcaption');
    if (!block || a.closest('.ps-jump, .md-nav, table')) return false;
    const own = Array.from(block.querySelectorAll('a')).reduce((n, x) => n + x.textContent.trim().length, 0);
    return block.textContent.replace(/\\s/g, '').length > own + 2;
  };
  const small = [];
  for (const el of document.querySelectorAll('a[href], button, summary, input:not([type=hidden]), label[for]')) {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    if (!r.width || !r.height || s.visibility === 'hidden' || el.closest('[hidden], .md-sidebar--secondary')) continue;
    if (r.bottom < 0 || r.top > innerHeight * 3) continue;  // the first screens
    if (el.closest('.md-search, .md-sidebar--primary, .md-overlay, .md-search__overlay')) continue;  // closed
    if (el.matches('a:not(.role):not(.sector)') && running(el)) continue;
    if (el.matches('a.headerlink')) continue;  // hidden until hovered, and the heading's own link
    if (r.width < 43.5 || r.height < 43.5)
      small.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 12)}" ${Math.round(r.width)}x${Math.round(r.height)}`);
  }
  return small;
}"""


def test_touch_targets_on_a_phone_are_44px(phone, site):
    small = []
    for kind, path in PAGE_KINDS:
        if kind == "search-open":
            continue
        _open(phone, site, path)
        small += [f"{kind}: {s}" for s in phone.evaluate(_SMALL_TARGETS)]
    assert not small, "\n".join(small[:40])


# --- dark mode, links, keyboard ---------------------------------------------------------

_CONTRAST = """el => {
  const rgb = c => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = c => { const [r, g, b] = rgb(c).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
                     return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  let bgEl = el; while (bgEl && getComputedStyle(bgEl).backgroundColor.match(/rgba\\(.*, 0\\)|transparent/)) bgEl = bgEl.parentElement;
  const fg = lum(getComputedStyle(el).color), bg = lum(getComputedStyle(bgEl).backgroundColor);
  return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
}"""


def test_matrix_headers_are_readable_in_dark_mode(browser, site):
    context = _context(browser, "desktop", "dark")
    page = context.new_page()
    try:
        _open(page, site, f"matrix/{LONG_PLAN}/")
        for cell in ("thead th[scope='col'] a", "tbody th[scope='row'] a", "thead th:first-child"):
            el = page.locator(f".matrix-wrap table.matrix:not(.matrix-print) {cell}").first
            assert el.evaluate(_CONTRAST) >= 4.5, cell
    finally:
        context.close()


def test_links_in_text_are_underlined(page, site):
    _open(page, site, f"plans/{GAS_PLAN}/")
    lines = page.eval_on_selector_all(
        "article a:not(.role):not(.sector):not(.headerlink)", "as => as.map(a => getComputedStyle(a).textDecorationLine)")
    assert len(lines) > 20 and all("underline" in d for d in lines), Counter(lines)


def test_search_dialog_is_named_and_has_no_invisible_tab_stop(page, site):
    _open(page, site, f"plans/{GAS_PLAN}/")
    assert page.locator(".md-search[role='dialog']").get_attribute("aria-label") == "查找"  # Material's word in zh
    # nothing hidden takes focus: walk the first tab stops and check each is visible
    invisible = []
    for _ in range(12):
        page.keyboard.press("Tab")
        # Material's palette switch is a hidden radio button whose label shows the focus
        box = page.evaluate("""() => { let e = document.activeElement;
            if (e.matches('input.md-option')) e = e.nextElementSibling;
            const r = e.getBoundingClientRect();
            const s = getComputedStyle(e);
            return {what: e.tagName + '.' + e.className, shown: r.width > 0 && r.height > 0 && s.visibility !== 'hidden'
                    && Number(s.opacity) > 0}; }""")
        if not box["shown"] and "md-skip" not in box["what"]:  # the skip link shows when it has focus
            invisible.append(box["what"])
    assert not invisible, invisible
    # the results box is a tab stop only while search is open
    scrollwrap = page.locator(".md-search__scrollwrap")
    assert scrollwrap.evaluate("e => getComputedStyle(e).visibility") == "hidden"
    _open(page, site, "?q=燃气")
    assert scrollwrap.evaluate("e => getComputedStyle(e).visibility") == "visible"


def test_matrix_scroll_box_is_a_named_keyboard_stop(page, site):
    _open(page, site, f"matrix/{LONG_PLAN}/")
    wrap = page.locator(".matrix-wrap")
    assert wrap.get_attribute("role") == "region" and wrap.get_attribute("tabindex") == "0"
    label = wrap.get_attribute("aria-label")
    assert label.startswith("责任分工矩阵") and "39 项任务" in label and "45 个单位" in label
    wrap.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function("() => document.querySelector('.matrix-wrap').scrollLeft > 0")


def test_skip_link_reaches_the_first_badge_in_a_few_tabs(page, site):
    _open(page, site, f"plans/{GAS_PLAN}/")
    page.keyboard.press("Tab")
    skip = page.evaluate("() => document.activeElement.className")
    assert "md-skip" in skip
    page.keyboard.press("Enter")
    # the h1's permalink, the plan's two links, the section's and the task's permalinks, the badge
    for presses in range(1, 9):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.matches('a.role')"):
            break
    else:
        pytest.fail("no badge within 8 tabs after the skip link (45 without it)")
    print(f"\nfirst badge: {presses} tabs after the skip link")


def test_plan_naming_no_unit_says_so_and_links_no_empty_matrix(page, site):
    _open(page, site, f"plans/{NO_UNIT_PLAN}/")
    facts = page.locator("article h1 ~ p", has_text="涉及单位").first.inner_text()
    assert "未写明责任单位" in facts and "涉及单位 0" not in facts
    assert page.locator(f"article a[href*='matrix/{NO_UNIT_PLAN}']").count() == 0
    _open(page, site, "plans/")
    row = page.locator("article tr", has=page.locator(f"a[href*='plans/{NO_UNIT_PLAN}']"))
    assert "未写明" in row.inner_text() and row.locator("a[href*='matrix/']").count() == 0
    # a plan that does name units still links its matrix
    assert page.locator(f"article a[href*='matrix/{LONG_PLAN}']").count() == 1


# --- print ------------------------------------------------------------------------------

def _pdf_text(page) -> tuple[str, list]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True, print_background=True)))
    pages = [unicodedata.normalize("NFKC", "".join(p.extract_text().split())) for p in reader.pages]
    return "".join(pages), reader.pages


def _flat(text: str) -> str:
    return unicodedata.normalize("NFKC", "".join(text.split()))


def _printed(name: str, text: str) -> int:
    """How often `name` is in the PDF text. Chromium's PDFs map some glyphs back to CJK radicals
    (车 read as ⻋ U+2ECB, 门 as ⻔), which NFKC leaves as they are: any radical matches any character."""
    pattern = "".join(f"(?:{re.escape(c)}|[\u2e80-\u2eff])" for c in _flat(name))
    return len(re.findall(pattern, text))


@pytest.mark.parametrize("path", [f"matrix/{LONG_PLAN}/", "matrix/sector-fengxian/"])
def test_matrix_prints_every_unit_column(page, site, path):
    _open(page, site, path)
    names = page.eval_on_selector_all(".matrix-wrap table.matrix:not(.matrix-print) thead th[scope='col']",
                                      "ths => ths.slice(1).map(t => t.textContent)")
    assert len(names) > 30
    tasks = page.eval_on_selector_all(".matrix-wrap table.matrix:not(.matrix-print) tbody th[scope='row']",
                                      "ths => ths.map(t => t.textContent)")
    text, pages = _pdf_text(page)
    printed = [n for n in names if _printed(n, text)]
    assert len(printed) == len(names), f"{len(names) - len(printed)} of {len(names)} columns missing from print"
    # in groups that each repeat the task column: every task title is printed once per group
    groups = page.locator(".matrix-wrap table.matrix-print").count()
    assert groups >= 2
    assert _printed(tasks[0], text) >= groups
    # landscape pages
    assert all(float(p.mediabox.width) > float(p.mediabox.height) for p in pages)
    page.emulate_media(media="print")
    # no row is split between two pages
    assert page.locator(".matrix-wrap table.matrix-print tbody tr").first.evaluate(
        "r => getComputedStyle(r).breakInside") == "avoid"
    page.emulate_media(media="screen")


def test_duty_sheet_prints_as_a_compact_table(page, site):
    sheet = f"units/yingji/{LONG_PLAN}/"
    _open(page, site, sheet)
    titles = page.eval_on_selector_all("table.duty-sheet td.duty-task > a", "as => as.map(a => a.textContent)")
    text, pages = _pdf_text(page)
    # every task is there, one row each, on few pages: the folded texts and the filters stay off paper
    assert titles and all(_printed(t, text) for t in titles)
    assert len(pages) <= 4, len(pages)
    page.emulate_media(media="print")
    assert page.locator(".ps-filters").evaluate("e => getComputedStyle(e).display") == "none"
    assert page.locator("table.duty-sheet tbody tr").first.evaluate("r => getComputedStyle(r).breakInside") == "avoid"
    print(f"\n{sheet} printed on {len(pages)} pages")
    page.emulate_media(media="screen")
