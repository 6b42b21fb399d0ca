"""`plansite import`: split a page or file into plan sources, one per plan, under content/plans/.

A plan source is YAML front matter (id, title, year, issuer, where the plan
came from) followed by the plan text exactly as published. Writing only when
the content differs makes a second import of the same file change nothing.
"""
from __future__ import annotations

from pathlib import Path

import yaml

from .files import write_if_changed
from .parse import issuer_of, year_of
from .read import PlanText, read_file
from .slug import plan_id


def plan_source(pt: PlanText, source_name: str) -> tuple[str, str]:
    """(plan id, file content) for one plan's text."""
    year = year_of(pt.title)
    pid = plan_id(pt.title, year)
    body = list(pt.lines)
    while body and not body[-1].strip():
        body.pop()
    meta = {
        "id": pid,
        "title": pt.title,
        "year": year,
        "issuer": issuer_of(pt.title),
        "source": {"file": source_name, "lines": f"{pt.first_line}-{pt.first_line + len(body) - 1}"},
    }
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    return pid, f"---\n{front}---\n" + "\n".join(body) + "\n"


def import_file(path: Path, into: Path) -> list[tuple[Path, bool]]:
    results = []
    for pt in read_file(path):
        pid, content = plan_source(pt, Path(path).name)
        target = into / f"{pid}.md"
        results.append((target, write_if_changed(target, content)))
    return results
