"""The scale benchmark runs and reports every figure (benchmarks/scale.py); no time is asserted."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEYS = {"plans", "pages", "parse_s", "generate_s", "mkdocs_s", "total_s", "peak_rss_mb", "site_mb",
        "search_index_mb", "max_page_kb"}


def test_scale_benchmark_reports_its_figures(tmp_path):
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "scale.py"), "--plans", "7", "--json",
                          "--keep", str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert KEYS <= result.keys()
    assert result["plans"] == 7
    assert result["pages"] > 0 and result["search_index_mb"] > 0 and result["max_page_kb"] > 0
    assert all(result[k] >= 0 for k in ("parse_s", "generate_s", "total_s"))
    assert (tmp_path / "project" / "content" / "plans").is_dir()  # built where it was told, not in the checkout
    assert len(list((tmp_path / "project" / "content" / "plans").glob("*.md"))) == 7


def test_the_synthetic_corpus_is_deterministic_and_grows_by_prefix(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import scale
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    small, big = tmp_path / "small", tmp_path / "big"
    scale.make_corpus(small, 7)
    scale.make_corpus(big, 14)
    names = sorted(p.name for p in (small / "plans").glob("*.md"))
    assert len(names) == 7 and len(list((big / "plans").glob("*.md"))) == 14
    for name in names:  # plan i is the same whatever N
        assert (small / "plans" / name).read_bytes() == (big / "plans" / name).read_bytes()
