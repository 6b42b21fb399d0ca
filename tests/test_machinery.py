"""The machinery benchmark (benchmarks/machinery.py) measures the real build step and switches caches off; no time is asserted."""
from __future__ import annotations

import functools
import json
import subprocess
import sys
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import machinery  # noqa: E402


def test_the_step_it_times_writes_the_docs_a_plain_build_writes(tmp_path, make_content):
    from generator.commands.build import build

    seed_content = make_content()
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "machinery.py"), "--content", str(seed_content),
                          "--configs", "now", "--runs", "1"], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stderr.strip().splitlines()[-1])
    assert result["config"] == "now" and result["plans"] == 7
    assert result["cpu_s"] > 0 and result["parse_cpu_s"] > 0 and result["write_cpu_s"] > 0
    assert 0 < result["similar_cpu_s"] < result["cpu_s"]
    build(seed_content, tmp_path / "docs")
    assert (result["pages"], result["docs_sha"]) == machinery._docs_digest(tmp_path / "docs")
    assert "| now | 7 | " in run.stdout


def test_a_cache_switched_off_is_no_longer_filled_by_its_callers():
    module = types.ModuleType("plansite_cached_example")
    exec("import functools\n"
         "@functools.lru_cache(maxsize=None)\n"
         "def square(x):\n    return x * x\n"
         "def caller(x):\n    return square(x) + 1\n", module.__dict__)
    cached = module.square
    assert module.caller(3) == 10 and cached.cache_info().currsize == 1
    assert machinery._uncache([(module, "square")]) == ["plansite_cached_example.square"]
    assert module.caller(4) == 17 and cached.cache_info().currsize == 1  # the plain function ran
    assert not isinstance(module.square, functools._lru_cache_wrapper)


def test_the_old_configurations_need_a_checkout_of_the_old_code(make_content):
    seed_content = make_content()
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "machinery.py"), "--content", str(seed_content),
                          "--configs", "as-it-was"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and "--old must be a checkout of 9a01003^" in run.stderr
