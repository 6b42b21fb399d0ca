"""How the browser tests find a Chromium: PLANSITE_CHROMIUM, then PATH, then Playwright's own; CI=true never skips.

The candidates are small scripts in tmp_path that answer `--version` the way a browser does (or, for
Ubuntu's chromium-browser snap stub, fail), so the search order is tested without any browser.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from browser_support import BrowserSetupError, find_chromium, no_browser


def fake_browser(folder: Path, name: str, works: bool = True) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    body = 'echo "Chromium 140.0.0.0"' if works else \
        "echo \"Command '$0' requires the chromium snap to be installed.\" >&2; exit 1"
    path.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    path.chmod(0o755)
    return str(path)


def no_playwright() -> None:
    return None


def test_plansite_chromium_comes_first(tmp_path):
    named = fake_browser(tmp_path / "opt", "my-chrome")
    fake_browser(tmp_path / "bin", "chromium")
    env = {"PLANSITE_CHROMIUM": named, "PATH": str(tmp_path / "bin")}
    found = find_chromium(env, playwright=no_playwright)
    assert (found.path, found.found_by) == (named, "PLANSITE_CHROMIUM")


def test_a_wrong_plansite_chromium_is_an_error_not_a_fallback(tmp_path):
    fake_browser(tmp_path / "bin", "chromium")
    env = {"PLANSITE_CHROMIUM": str(tmp_path / "missing"), "PATH": str(tmp_path / "bin")}
    with pytest.raises(BrowserSetupError, match="PLANSITE_CHROMIUM"):
        find_chromium(env, playwright=no_playwright)


@pytest.mark.parametrize("present, expected", [
    (["chromium", "chromium-browser", "google-chrome"], "chromium"),
    (["chromium-browser", "google-chrome"], "chromium-browser"),
    (["google-chrome"], "google-chrome"),
])
def test_the_system_browsers_in_order(tmp_path, present, expected):
    for name in present:
        fake_browser(tmp_path / "bin", name)
    found = find_chromium({"PATH": str(tmp_path / "bin")}, playwright=no_playwright)
    assert found.path == str(tmp_path / "bin" / expected) and found.found_by == f"PATH ({expected})"


def test_a_snap_stub_is_passed_over(tmp_path):
    fake_browser(tmp_path / "bin", "chromium-browser", works=False)
    fake_browser(tmp_path / "bin", "google-chrome")
    found = find_chromium({"PATH": str(tmp_path / "bin")}, playwright=no_playwright)
    assert found.found_by == "PATH (google-chrome)"


def test_playwright_s_own_browser_when_the_system_has_none(tmp_path):
    own = fake_browser(tmp_path / "ms-playwright" / "chromium-1200" / "chrome-linux", "chrome")
    found = find_chromium({"PATH": str(tmp_path / "empty")}, playwright=lambda: own)
    assert (found.path, found.found_by) == (own, "Playwright")
    assert find_chromium({"PATH": str(tmp_path / "empty")}, playwright=no_playwright) is None


def test_without_a_browser_tests_skip_locally_and_fail_in_ci():
    with pytest.raises(pytest.skip.Exception, match="PLANSITE_CHROMIUM"):
        no_browser({})
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        no_browser({"CI": "true"})


def test_this_machine_finds_the_browser_the_suite_uses():
    """Where a browser is installed, discovery finds one that starts (the browser tests then run, not skip)."""
    if not (os.environ.get("PLANSITE_CHROMIUM") or any(shutil.which(n) for n in ("chromium", "google-chrome"))):
        no_browser()
    found = find_chromium()
    assert found is not None and os.access(found.path, os.X_OK)
