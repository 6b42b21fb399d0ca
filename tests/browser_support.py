"""Fixtures for the browser tests: the site built once per session, served on 127.0.0.1, and Chromium.

The build runs `mkdocs build` on the project's own mkdocs.yml in a
subprocess, with the generated pages (PLANSITE_DOCS) and the site in a
temporary folder, so a test run never touches docs/ or site/ of the checkout.
The server listens first, on a free port, so the site can be built with its
real address as site_url: Material's instant navigation only takes over links
listed in sitemap.xml, which holds site_url addresses.

tests/conftest.py imports the fixtures, so that all test modules share one build and one browser.
"""
from __future__ import annotations

import functools
import os
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
# 2024-05-01 08:00 in China: the footer's build date is this day
SOURCE_DATE_EPOCH = "1714521600"
BUILD_DATE = "2024-05-01"

__all__ = ["site", "browser", "page", "Site", "SCREENSHOTS", "BUILD_DATE", "console_errors"]


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's name
        pass


@dataclass
class Site:
    url: str  # http://127.0.0.1:PORT/
    root: Path  # the built site
    docs: Path  # the generated Markdown

    def at(self, path: str = "") -> str:
        return self.url + path.lstrip("/")


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Site:
    base = tmp_path_factory.mktemp("browser-site")
    root, docs = base / "site", base / "docs"
    root.mkdir()
    docs.mkdir()  # MkDocs checks docs_dir exists before the hook fills it
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    env = dict(os.environ, PLANSITE_DOCS=str(docs), PLANSITE_URL=url, SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH,
               NO_MKDOCS_2_WARNING="1")
    mkdocs = [sys.executable, "-m", "mkdocs", "build", "-f", str(ROOT / "mkdocs.yml"), "-d", str(root)]
    run = subprocess.run(mkdocs, cwd=str(base), env=env, capture_output=True, text=True)
    if run.returncode != 0:
        server.server_close()
        pytest.fail(f"mkdocs build failed ({run.returncode}):\n{run.stdout}\n{run.stderr}")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Site(url, root, docs)
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium: apt-get install chromium (.ci/run does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield chromium
        chromium.close()


@dataclass
class _Watch:
    errors: list[str] = field(default_factory=list)


def console_errors(page) -> list[str]:
    """Console errors and uncaught exceptions the page has had since it was opened."""
    return list(page._plansite_watch.errors)


@pytest.fixture
def page(browser, site):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    page = context.new_page()
    watch = _Watch()
    page._plansite_watch = watch
    page.on("console", lambda m: m.type == "error" and watch.errors.append(f"{page.url}: {m.text}"))
    page.on("pageerror", lambda e: watch.errors.append(f"{page.url}: {e}"))
    # a request the next navigation cancels (net::ERR_ABORTED) is no error; any other failure is
    page.on("requestfailed", lambda r: "ERR_ABORTED" not in (r.failure or "")
            and watch.errors.append(f"{page.url}: request failed {r.url}: {r.failure}"))
    yield page
    context.close()

