"""Accepted warnings: a defect of the published text, recorded once in the plan's front matter with its reason,
is reported as information by `plansite check`, and `--strict` passes; the repository's own content passes."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from generator.commands.check import check
from generator.commands.cli import main
from sitebuild import write_content

ROOT = Path(__file__).resolve().parent.parent

# line 7 of the file: task 1 opens its annotation with ( and closes it with 〕, as some published plans do
PLAN = """---
id: 2024-test-accepted
title: 某市2024年安全生产工作要点
{accepted}---
某市2024年安全生产工作要点
一、重点任务
1.开展专项整治(市应急局牵头,市公安局配合〕。
2.加强监管(责任单位:市交通运输局)。
"""
ENTRY = "accepted:\n  - line: {line}\n    warning: \"closed by '〕'\"\n{reason}"
REASON = "    reason: 原文如此\n"


def content_with(tmp_path: Path, accepted: str = "") -> Path:
    # the repository's registries: they know every unit the plan names
    return write_content(tmp_path / "content", {"p.md": PLAN.format(accepted=accepted)})


def strict(content: Path):
    return CliRunner().invoke(main, ["check", "--content", str(content), "--strict"])


def test_the_defect_is_a_warning_until_it_is_accepted(tmp_path):
    content = content_with(tmp_path)
    report = check(content)
    bracket = [w for w in report.warnings if "closed by '〕'" in w]
    assert len(bracket) == 1 and bracket[0].startswith(f"{content / 'plans' / 'p.md'}:7:"), report.warnings
    assert strict(content).exit_code == 1


def test_an_accepted_defect_is_information_and_strict_passes(tmp_path):
    content = content_with(tmp_path, ENTRY.format(line=11, reason=REASON))  # four front matter lines more
    report = check(content)
    assert not [w for w in report.warnings if "〕" in w] and report.errors == []
    assert len(report.accepted) == 1 and report.accepted[0].endswith("(accepted: 原文如此)")
    result = strict(content)
    assert "info: " in result.stderr and "closed by '〕'" in result.stderr
    assert "0 errors, 0 warnings, 1 accepted" in result.stdout and result.exit_code == 0


def test_an_entry_matching_no_warning_is_itself_a_warning(tmp_path):
    content = content_with(tmp_path, ENTRY.format(line=12, reason=REASON))  # the wrong line
    report = check(content)
    assert any(":12: the accepted warning" in w and "no longer occurs" in w for w in report.warnings)
    assert any(":11: task 1." in w and "closed by '〕'" in w for w in report.warnings)
    assert report.accepted == []


def test_an_entry_without_a_reason_is_an_error_naming_the_file_and_line(tmp_path):
    content = content_with(tmp_path, ENTRY.format(line=10, reason=""))
    report = check(content)
    assert any(e.startswith(f"{content / 'plans' / 'p.md'}:4: accepted entry 1: reason") for e in report.errors), \
        report.errors
    assert any("closed by '〕'" in w for w in report.warnings)  # a malformed entry accepts nothing


def test_the_repository_content_passes_strict():
    result = strict(ROOT / "content")
    assert result.exit_code == 0, result.stderr
    assert "0 errors, 0 warnings" in result.stdout
