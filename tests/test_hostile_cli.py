"""Hostile input from the command line prints a message, never a traceback (issue 14, point 1).

`plansite diff` with revisions that are not a plan file at that revision, `mkdocs build` on a registry
that cannot be read, and `mkdocs serve` rebuilding after an edit breaks a plan or a registry: the server
reports the problem, keeps serving, and publishes the plan once the edit is fixed.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from sitebuild import make_project, write_content
from test_bad_input import plansite_command

ROOT = Path(__file__).resolve().parent.parent
GOOD = ROOT / "content" / "plans" / "2024-saqscwyh-gzyd-1.md"
PLAN = "xx市2024年安全生产工作要点\n一、总体要求\n1.做好第1项工作(市应急局牵头)。\n"


def _plansite(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["timeout", "120", *plansite_command(), *args], capture_output=True, text=True, cwd=cwd)


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], cwd=cwd, check=True,
                   capture_output=True)


@pytest.fixture
def repo(tmp_path) -> Path:
    if not shutil.which("git"):
        pytest.skip("git is not installed")
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "a.md").write_text(PLAN, encoding="utf-8")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-qm", "first")
    return tmp_path


@pytest.mark.parametrize("old, says", [
    ("HEAD:plans", "is not a file at revision 'HEAD'"),  # git show of a folder lists it: read as a plan before
    ("HEAD~3:plans/a.md", "git cannot show revision 'HEAD~3'"),
    ("no-such-rev:plans/a.md", "git cannot show revision 'no-such-rev'"),
    ("HEAD:plans/none.md", "does not exist in 'HEAD'"),
    ("HEAD:plans/a.md#2", "no plan '2'"),
])
def test_diff_with_a_bad_revision_is_one_line_naming_it(repo, old, says):
    result = _plansite("diff", old, "plans/a.md", cwd=repo)
    assert result.returncode == 1 and "Traceback" not in result.stderr and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("error: ") and says in line, line


def test_diff_outside_a_git_repository_says_so(tmp_path):
    (tmp_path / "a.md").write_text(PLAN, encoding="utf-8")
    result = _plansite("diff", "HEAD:a.md", "a.md", cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "not a git repository" in result.stderr


def _env() -> dict:
    return dict(os.environ, NO_MKDOCS_2_WARNING="1")


def test_mkdocs_build_with_an_unreadable_registry_stops_with_the_file_and_line(tmp_path):
    root = make_project(tmp_path / "project", write_content(tmp_path / "c", [GOOD]))
    registry = root / "content" / "departments.yml"
    registry.write_text(registry.read_text(encoding="utf-8") + "- id: [\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(root / "mkdocs.yml")], cwd=root,
                            capture_output=True, text=True, env=_env(), timeout=600)
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr[-3000:]
    assert "content/departments.yml:" in result.stderr and "registry file is not usable" in result.stderr
    assert not list((root / "docs").rglob("*.md"))  # nothing written from a registry that could not be read


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except OSError as e:
        return getattr(e, "code", 0)


def _wait(log: Path, text: str, after: int, timeout: float = 300) -> str:
    """The server's log past `after` once it holds `text`."""
    end = time.time() + timeout
    while time.time() < end:
        tail = log.read_text(encoding="utf-8", errors="replace")[after:]
        if text in tail:
            return tail
        time.sleep(0.5)
    raise AssertionError(f"{text!r} not in the server's log:\n{log.read_text(encoding='utf-8')[-3000:]}")


def test_mkdocs_serve_reports_a_bad_edit_keeps_serving_and_rebuilds_when_it_is_fixed(tmp_path):
    root = make_project(tmp_path / "project", write_content(tmp_path / "c", [GOOD]))
    port = _free_port()
    log = tmp_path / "serve.log"
    with log.open("w", encoding="utf-8") as out:
        server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a",
                                   f"127.0.0.1:{port}", "-f", str(root / "mkdocs.yml")], cwd=root, stdout=out,
                                  stderr=subprocess.STDOUT, env=_env())
    try:
        _wait(log, "Serving on", 0)
        base = f"http://127.0.0.1:{port}/"
        assert _get(base + "plans/2024-saqscwyh-gzyd-1/") == 200
        plans = root / "content" / "plans"
        # a plan the reader must refuse (aliases that would expand to millions of values)
        seen = len(log.read_text(encoding="utf-8"))
        (plans / "bad.md").write_text("---\na: &a [x, x, x, x, x, x, x, x, x, x]\n" + "\n".join(
            f"{k}: &{k} [" + ", ".join([f"*{p}"] * 10) + "]" for p, k in zip("abcdef", "bcdefg"))
            + "\n---\n" + PLAN, encoding="utf-8")
        said = _wait(log, "Reloading browsers", seen)
        assert "content/plans/bad.md" in said and "aliases" in said and "Traceback" not in said, said
        # a registry that cannot be read: the rebuild stops with the file named, and the server keeps running
        registry = root / "content" / "departments.yml"
        good_registry = registry.read_text(encoding="utf-8")
        seen = len(log.read_text(encoding="utf-8"))
        registry.write_text(good_registry + "- id: [\n", encoding="utf-8")
        said = _wait(log, "An error happened during the rebuild", seen)
        assert "content/departments.yml:" in said and "Traceback" not in said, said
        assert server.poll() is None  # still running (MkDocs holds page requests until a rebuild succeeds)
        # both fixed: the new plan is published
        seen = len(log.read_text(encoding="utf-8"))
        registry.write_text(good_registry, encoding="utf-8")
        (plans / "bad.md").write_text("---\nid: fixed-plan\n---\n" + PLAN, encoding="utf-8")
        said = _wait(log, "Reloading browsers", seen)
        assert "Traceback" not in said, said
        assert _get(base + "plans/fixed-plan/") == 200
    finally:
        server.terminate()
        server.wait(timeout=30)
