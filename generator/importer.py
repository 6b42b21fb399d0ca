"""`plansite import`: split a page or file into plan sources, one per plan, under content/plans/.

A plan source is YAML front matter (id, title, year, issuer, its jurisdiction,
document number and date where the text says them, where the plan came from) followed by the plan text exactly as published. Writing only when
the content differs makes a second import of the same file change nothing.
"""
from __future__ import annotations

from pathlib import Path

import yaml

from .files import write_if_changed
from .parse import plan_header, year_of
from .parse.provenance import UNNAMED
from .read import PlanText, read_file
from .slug import plan_id


def plan_source(pt: PlanText, source_name: str) -> tuple[str, str]:
    """(plan id, file content) for one plan's text."""
    year = year_of(pt.title)
    pid = plan_id(pt.title, year)
    body = list(pt.lines)
    while body and not body[-1].strip():
        body.pop()
    header = plan_header(pt)  # what the text says of its issuer, place, number and date, for an editor to correct
    meta = {
        "id": pid,
        "title": pt.title,
        "year": year,
        "issuer": header.issuer,
        **({"jurisdiction": {"level": header.jurisdiction.level, "name": header.jurisdiction.name}}
           if header.jurisdiction.name != UNNAMED else {}),
        **({"doc_number": header.doc_number} if header.doc_number else {}),
        **({"date": header.date} if header.date else {}),
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
