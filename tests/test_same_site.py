"""The site is byte for byte the one another revision builds (benchmarks/same_site.py), for changes that must not change it.

The comparison of two whole builds runs when PLANSITE_SAME_SITE_AS names a git revision
(`make same-site REF=main` runs it on the seed and on 70 plans with a history); the suite
always checks that the comparison sees a changed byte, a missing file and an extra one.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import same_site  # noqa: E402


def _write(root: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


def test_compare_reports_every_kind_of_difference(tmp_path):
    page = "<p>任务</p>\n<p>牵头:市应急局</p>\n".encode()
    expected = _write(tmp_path / "a", {"docs/plans/p.md": b"# p\n", "site/plans/p/index.html": page,
                                       "site/search/names.json": b"{}", "site/gone.html": b"x"})
    actual = _write(tmp_path / "b", {"docs/plans/p.md": b"# p\n",
                                     "site/plans/p/index.html": page.replace("市应急局".encode(), "区应急局".encode()),
                                     "site/search/names.json": b"{}", "site/new.html": b"x"})
    problems = same_site.compare(expected, actual)
    assert [p.split("\n")[0] for p in problems] == [
        "missing: site/gone.html", "extra: site/new.html", "differs: site/plans/p/index.html"]
    assert "+<p>牵头:区应急局</p>" in problems[2]
    assert same_site.compare(expected, expected) == []


@pytest.mark.skipif(not os.environ.get("PLANSITE_SAME_SITE_AS"),
                    reason="set PLANSITE_SAME_SITE_AS=REV (make same-site REF=main) to compare the seed site with REV's")
def test_seed_site_is_the_one_the_reference_builds():
    problems = same_site.same_site(os.environ["PLANSITE_SAME_SITE_AS"], plans=0)
    assert problems == [], "\n".join(problems[:20])
