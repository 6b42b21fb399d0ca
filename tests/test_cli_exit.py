"""The `plansite` command's exit codes (1 bad data, 2 usage) and `python -m generator.commands.cli` / `python -m generator`."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, module: str = "generator.commands.cli") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("module", ["generator.commands.cli", "generator"])
def test_python_m_runs_the_command(module):
    result = run("--help", module=module)
    assert result.returncode == 0, result.stderr
    assert "Usage: plansite" in result.stdout or "Usage: python -m generator.commands.cli" in result.stdout
    for command in ("import", "parse", "check", "build", "diff"):
        assert command in result.stdout


def test_bad_data_exits_1_with_the_file_named(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("parse", str(empty))
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert result.stderr.startswith("error: ") and str(empty) in result.stderr and "Traceback" not in result.stderr


def test_a_usage_error_exits_2(tmp_path):
    assert run("parse").returncode == 2  # missing argument
    assert run("check", "--no-such-option").returncode == 2
    assert run("no-such-command").returncode == 2
