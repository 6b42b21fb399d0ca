"""Retake the README's screenshots: a plan page and a unit page of the built site, 1400 px wide.

Usage: make site && .venv/bin/python docs-dev/screenshots.py [SITE_DIR] [--search]
--search: the header search answering 燃气安全, at 1400 and 390 px, light and dark, into
test-artifacts/screenshots/ (to look at, not committed).
Serves SITE_DIR (default site/) on 127.0.0.1 and drives the Chromium the browser tests use
(tests/browser_support.py: PLANSITE_CHROMIUM, PATH, or Playwright's own).
"""
from __future__ import annotations

import functools
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "screenshots"
SHOTS = {"plan-page.png": "plans/2024-saqscwyh-gzyd-2/", "unit-page.png": "units/yingji/"}
VIEWPORT = {"width": 1400, "height": 900}
SEARCH_QUERY = "燃气安全"
SEARCH_VIEWPORTS = {"1400": {"width": 1400, "height": 900}, "390": {"width": 390, "height": 844}}


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's name
        pass


def search_shots(browser, url: str, out: Path) -> None:
    """The search box with its answer (the list scrolled a little), each width in each colour scheme."""
    out.mkdir(parents=True, exist_ok=True)
    for width, viewport in SEARCH_VIEWPORTS.items():
        for scheme in ("light", "dark"):
            context = browser.new_context(viewport=viewport, locale="zh-CN", color_scheme=scheme)
            page = context.new_page()
            page.goto(url, wait_until="networkidle")
            if viewport["width"] < 960:  # a phone: the header's search icon opens the box
                page.locator("label.md-header__button[for='__search']").click()
            box = page.locator("input.md-search__input")
            box.click()
            box.press_sequentially(SEARCH_QUERY)
            box.press("End")
            page.wait_for_function("q => document.querySelector('[data-md-component=search-result]')"
                                   ".getAttribute('data-plansite-query') === q", arg=SEARCH_QUERY)
            name = out / f"search-{width}-{scheme}.png"
            page.screenshot(path=str(name))
            print(f"{name}: {name.stat().st_size // 1024} KB")
            context.close()


def main(site: Path, search: bool = False) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from browser_support import find_chromium
    from playwright.sync_api import sync_playwright

    found = find_chromium()
    if found is None:
        raise SystemExit("no Chromium found (see tests/browser_support.py)")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    OUT.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=found.path, args=["--no-sandbox", "--disable-gpu"])
        if search:
            search_shots(browser, url, ROOT / "test-artifacts" / "screenshots")
            browser.close()
            server.shutdown()
            return
        page = browser.new_context(viewport=VIEWPORT, locale="zh-CN", color_scheme="light").new_page()
        for name, path in SHOTS.items():
            page.goto(url + path, wait_until="networkidle")
            page.screenshot(path=str(OUT / name))
            print(f"{OUT / name}: {(OUT / name).stat().st_size // 1024} KB")
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--search"]
    main(Path(args[0]) if args else ROOT / "site", search="--search" in sys.argv[1:])
