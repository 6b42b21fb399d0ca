"""Retake the README's screenshots: a plan page and a unit page of the built site, 1400 px wide.

Usage: make site && .venv/bin/python docs-dev/screenshots.py [SITE_DIR]
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


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's name
        pass


def main(site: Path) -> None:
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
        page = browser.new_context(viewport=VIEWPORT, locale="zh-CN", color_scheme="light").new_page()
        for name, path in SHOTS.items():
            page.goto(url + path, wait_until="networkidle")
            page.screenshot(path=str(OUT / name))
            print(f"{OUT / name}: {(OUT / name).stat().st_size // 1024} KB")
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "site")
