"""Fixtures for the browser tests: the site built once per session, served on 127.0.0.1, and Chromium.

The build runs `mkdocs build` in a subprocess on a mkdocs.yml in a temporary
folder that INHERITs the project's own and moves the generated pages, the
site and the plugin's work files there (the plansite plugin still reads the
repository's content/, with its git history), so a test run never touches
docs/, site/ or build/ of the checkout.
The server listens first, on a free port, so the site can be built with its
real address as site_url: Material's instant navigation only takes over links
listed in sitemap.xml, which holds site_url addresses.

The browser is found by `find_chromium`: PLANSITE_CHROMIUM, else chromium,
chromium-browser or google-chrome on PATH, else Playwright's own
(`python -m playwright install chromium`). Without one the browser tests skip,
except under CI=true, where a missing browser fails the run.

tests/conftest.py imports the fixtures, so that all test modules share one build and one browser.
"""
from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SYSTEM_BROWSERS = ("chromium", "chromium-browser", "google-chrome")  # in this order, on PATH
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
# 2024-05-01 08:00 in China: the footer's build date is this day
SOURCE_DATE_EPOCH = "1714521600"
BUILD_DATE = "2024-05-01"

__all__ = ["site", "browser", "page", "Site", "SCREENSHOTS", "BUILD_DATE", "console_errors"]


# --- finding a browser -------------------------------------------------------------------

class BrowserSetupError(Exception):
    """PLANSITE_CHROMIUM names something that is not a working browser: a mistake to report, not to skip."""


@dataclass
class Chromium:
    path: str
    found_by: str  # "PLANSITE_CHROMIUM", "PATH (chromium)", "Playwright"


def _runs(path: str) -> bool:
    """The file starts as a browser (`--version` exits 0); Ubuntu's chromium-browser is a stub asking for a snap."""
    try:
        run = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return False
    return run.returncode == 0 and bool(run.stdout.strip())


def _playwright_chromium() -> str | None:
    """The Chromium that `python -m playwright install chromium` put in Playwright's cache, if it is there."""
    try:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            path = p.chromium.executable_path
    except Exception:  # noqa: BLE001 - no driver, no browser: simply not found
        return None
    return path if path and os.path.isfile(path) else None


def find_chromium(env=None, which=shutil.which, playwright=_playwright_chromium, runs=_runs) -> Chromium | None:
    """The browser the tests drive: PLANSITE_CHROMIUM, else the system's on PATH, else Playwright's own; None if none."""
    env = os.environ if env is None else env
    named = env.get("PLANSITE_CHROMIUM", "").strip()
    if named:
        if not (os.path.isfile(named) and os.access(named, os.X_OK) and runs(named)):
            raise BrowserSetupError(f"PLANSITE_CHROMIUM={named!r} is not a browser that starts; "
                                    f"fix the path or unset it to search PATH and Playwright")
        return Chromium(named, "PLANSITE_CHROMIUM")
    for name in SYSTEM_BROWSERS:
        path = which(name, path=env.get("PATH"))
        if path and runs(path):
            return Chromium(path, f"PATH ({name})")
    path = playwright()
    if path and runs(path):
        return Chromium(path, "Playwright")
    return None


def no_browser(env=None) -> None:
    """Skip a browser test for want of a browser; in CI (CI=true) fail instead: browser tests never skip there."""
    env = os.environ if env is None else env
    message = ("no Chromium: set PLANSITE_CHROMIUM, install chromium (apt-get install chromium; .ci/run does) "
               "or run `python -m playwright install chromium`")
    if env.get("CI", "").strip().lower() in ("true", "1", "yes"):
        pytest.fail(f"{message} (CI=true: browser tests must run)", pytrace=False)
    pytest.skip(message)


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


def inheriting_config() -> str:
    """The project's mkdocs.yml, with its folders made absolute except docs_dir (and the plugin's build_dir),
    which then lie beside this file: relative paths of an INHERITed file resolve against the inheriting one."""
    import json

    quoted = lambda path: json.dumps(str(path))  # noqa: E731 - JSON strings are YAML strings
    return (f"INHERIT: {quoted(ROOT / 'mkdocs.yml')}\n"
            f"docs_dir: docs\n"
            f"theme:\n  custom_dir: {quoted(ROOT / 'overrides')}\n"
            f"plugins:\n  plansite:\n    content_dir: {quoted(ROOT / 'content')}\n    build_dir: build\n")


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Site:
    base = tmp_path_factory.mktemp("browser-site")
    root, docs = base / "site", base / "docs"
    root.mkdir()
    docs.mkdir()  # MkDocs checks docs_dir exists before the plugin fills it
    config = base / "mkdocs.yml"
    config.write_text(inheriting_config(), encoding="utf-8")
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    env = dict(os.environ, PLANSITE_URL=url, SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH, NO_MKDOCS_2_WARNING="1")
    mkdocs = [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(root)]
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
    found = find_chromium()
    if found is None:
        no_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=found.path,
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

