"""`plansite diff OLD NEW` (issue 5): tasks matched by text before number, duties compared per unit, and
versions named as [REV:]PATH[#N]; a bad version name is one line and a non-zero exit."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.commands.cli import main
from generator.analysis.diff import diff_plans, match_tasks
from generator.resolve import load_registry, resolve

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"

PLAN = """---
id: 2024-diff
title: 测试市2024年安全生产工作要点
year: 2024
---
测试市2024年安全生产工作要点

一、健全安全生产责任体系

1.加强安全生产统筹协调。推进市安委会办公室工作制度化建设(牵头责任单位:市安委办,协同责任单位:市应急局)。

2.强化事故调查处理。完善事故调查处理机制,依法开展事故调查(责任单位:市应急局)。

3.加强消防安全风险防控。持续落实政府年度消防工作考核(牵头责任单位:市消防救援支队,协同责任单位:市公安局)。
"""
FIRST = "加强安全生产统筹协调。推进市安委会办公室工作制度化建设(牵头责任单位:市安委办,协同责任单位:市应急局)。"
SECOND = "强化事故调查处理。完善事故调查处理机制,依法开展事故调查(责任单位:市应急局)。"
SWAPPED = PLAN.replace(f"1.{FIRST}\n\n2.{SECOND}", f"1.{SECOND}\n\n2.{FIRST}")


def run(*args: str) -> tuple[int, list[str], list[str]]:
    """(exit code, stdout lines, stderr lines) of `plansite diff ARGS`, units resolved with the repository's registry."""
    result = CliRunner().invoke(main, ["diff", *args, "--content", str(CONTENT)])
    assert "Traceback" not in result.output, result.output
    return result.exit_code, result.stdout.splitlines(), [ln for ln in result.stderr.splitlines() if ln.strip()]


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# --- the seed: plan 5 is plan 1's city without annotations ---------------------------------------

@pytest.fixture(scope="module")
def seed_pair(seed_plans):
    import copy

    old, new = copy.deepcopy(seed_plans[0]), copy.deepcopy(seed_plans[4])
    resolve([old, new], load_registry(CONTENT))
    return old, new


def test_seed_plan_5_loses_every_duty_plan_1_names(seed_path, seed_pair):
    old, new = seed_pair
    assert not any(t.assignments for t in new.tasks())  # plan 5 names no unit at all
    pairs, removed, _ = match_tasks(old, new)
    matched_duties = sum(len({a.unit or a.name for a in o.assignments}) for o, _ in pairs)
    removed_duties = sum(len({a.unit or a.name for a in o.assignments}) for o in removed)
    assert matched_duties > 100

    code, out, err = run(f"{seed_path}#1", f"{seed_path}#5")
    assert code == 0 and err == []
    lost = [line for line in out if line.startswith("lost ")]
    assert not [line for line in out if line.startswith(("gained ", "role "))]
    assert len(lost) == matched_duties + removed_duties
    matched_ids = {o.id for o, _ in pairs}
    d = diff_plans(old, new)
    assert len([c for c in d.duties if c.task.id in matched_ids]) == matched_duties
    # 市安委办 led task 1 of plan 1; plan 5 keeps the task (reworded) and names nobody
    assert "lost     市安委办 (牵头) 1. 深入学习贯彻党的二十大精神和习近平总书记关于安全生产重要论述" in out
    assert re.fullmatch(rf"\d+ added, {len(removed)} removed, \d+ moved, \d+ reworded, {len(lost)} duty changes", out[-1])


# --- matching ---------------------------------------------------------------------------------------

def test_a_renumbered_task_is_moved_not_removed_and_added(tmp_path):
    code, out, _ = run(str(write(tmp_path, "old.md", PLAN)), str(write(tmp_path, "new.md", SWAPPED)))
    assert code == 0
    assert out == ["moved    2. -> 1. 强化事故调查处理", "moved    1. -> 2. 加强安全生产统筹协调",
                   "0 added, 0 removed, 2 moved, 0 reworded, 0 duty changes"]


def test_a_changed_annotation_is_a_duty_change_not_a_rewording(tmp_path):
    changed = PLAN.replace("(牵头责任单位:市安委办,协同责任单位:市应急局)", "(牵头责任单位:市应急局,协同责任单位:市公安局)")
    code, out, _ = run(str(write(tmp_path, "old.md", PLAN)), str(write(tmp_path, "new.md", changed)))
    assert code == 0
    assert sorted(out[:-1]) == sorted([
        "role     市应急局 (配合 -> 牵头) 1. 加强安全生产统筹协调",
        "gained   市公安局 (配合) 1. 加强安全生产统筹协调",
        "lost     市安委办 (牵头) 1. 加强安全生产统筹协调",
    ])
    assert out[-1] == "0 added, 0 removed, 0 moved, 0 reworded, 3 duty changes"


def test_the_same_version_has_no_changes(tmp_path):
    path = str(write(tmp_path, "plan.md", PLAN))
    assert run(path, path)[:2] == (0, ["no changes"])


# --- git revisions ----------------------------------------------------------------------------------

def _git(repo: Path, *args: str) -> None:
    env = dict(os.environ, GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1")
    subprocess.run(["git", "-c", "user.name=Plan Editor", "-c", "user.email=editor@example.org",
                    "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", *args],
                   cwd=repo, env=env, capture_output=True, check=True)


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    _git(tmp_path, "init", "-q")
    for text, subject in ((PLAN, "first"), (SWAPPED, "swap")):
        write(tmp_path, "plan.md", text)
        _git(tmp_path, "add", "plan.md")
        _git(tmp_path, "commit", "-q", "-m", subject)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_git_revisions_name_versions(repo):
    code, out, err = run("HEAD~1:plan.md", "HEAD:plan.md")
    assert code == 0 and err == []
    assert out[-1] == "0 added, 0 removed, 2 moved, 0 reworded, 0 duty changes"
    # a revision against the working file
    write(repo, "plan.md", PLAN)
    assert run("HEAD:plan.md", "plan.md")[1][-1] == "0 added, 0 removed, 2 moved, 0 reworded, 0 duty changes"
    assert run("HEAD~1:plan.md", "plan.md")[1] == ["no changes"]


def test_an_unknown_revision_is_one_line(repo):
    code, out, err = run("no-such-rev:plan.md", "plan.md")
    assert code != 0 and out == []
    assert len(err) == 1 and "no-such-rev" in err[0] and "plan.md" in err[0], err


# --- bad version names ------------------------------------------------------------------------------

def test_a_plan_number_out_of_range_is_one_line(seed_path):
    code, out, err = run(f"{seed_path}#1", f"{seed_path}#9")
    assert code != 0 and out == []
    assert len(err) == 1 and "'9'" in err[0] and seed_path.name in err[0] and "7" in err[0], err


def test_a_missing_file_is_one_line(tmp_path):
    missing = tmp_path / "nope.md"
    code, out, err = run(str(missing), str(write(tmp_path, "plan.md", PLAN)))
    assert code != 0 and out == []
    assert len(err) == 1 and "nope.md" in err[0], err


def test_a_page_of_several_plans_needs_a_pick(seed_path, tmp_path):
    code, out, err = run(str(seed_path), str(write(tmp_path, "plan.md", PLAN)))
    assert code != 0 and out == []
    assert len(err) == 1 and "#N" in err[0], err
