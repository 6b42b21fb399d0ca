"""Whether the reader finds the reading's tasks and only those, in order: a stricter check than accuracy.py.

usage: python benchmarks/in_order.py [DIR ...] [--quiet]

accuracy.py keys tasks by their printed number and keeps the last task of a repeated number, so a
reading where the reader finds extra tasks (frame items （一）–（三） numbered 1–3 before a table whose
rows are 1–N) or tasks in another order can still score 1.000. This check compares, plan by plan, the
whole list of parsed tasks with the reading's list, position by position: the same count, the same
number, the same title (accuracy.norm) and the same unit-role pairs. It reuses accuracy.py's own
functions (norm, tasks_of, documents), so it judges by the same rules, only without the keying.
Prints one block per document that differs and, last, the count of documents that differ.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from accuracy import DEFAULT_DIRS, documents, norm, tasks_of  # noqa: E402
from generator.errors import PlansiteError  # noqa: E402
from generator.model import to_dict  # noqa: E402
from generator.source.corpus import parse_file  # noqa: E402


def _key(task: dict) -> tuple:
    units = Counter((norm(a.get("name")), a.get("role")) for a in task.get("assignments", []))
    return (task.get("number"), norm(task.get("title")), tuple(sorted(units.elements())))


def _show(task: dict) -> str:
    return f"{task.get('number')} {norm(task.get('title'))[:30]}"


def _difference(read: dict, gold: dict) -> str:
    """What differs between a read task and the reading's task at the same place."""
    (rn, rt, ru), (gn, gt, gu) = _key(read), _key(gold)
    parts = []
    if rn != gn:
        parts.append(f"number {rn} read, {gn} in the reading")
    if rt != gt:
        parts.append(f"title read {rt!r}, in the reading {gt!r}")
    if ru != gu:
        extra, missing = Counter(ru) - Counter(gu), Counter(gu) - Counter(ru)
        parts.append(f"units extra {sorted(extra.elements())} missing {sorted(missing.elements())}")
    return "; ".join(parts)


def differences(gold: dict, parsed: dict) -> list[str]:
    """Every place where the parsed tasks differ from the reading's, plan by plan, in order."""
    out: list[str] = []
    gold_plans, parsed_plans = gold["plans"], parsed.get("plans", [])
    if len(gold_plans) != len(parsed_plans):
        out.append(f"plans: {len(parsed_plans)} read, {len(gold_plans)} in the reading")
    for i, gp in enumerate(gold_plans):
        gt = tasks_of(gp)
        pt = tasks_of(parsed_plans[i]) if i < len(parsed_plans) else []
        if len(gt) != len(pt):
            out.append(f"plan {i + 1}: {len(pt)} tasks read, {len(gt)} in the reading")
        for j in range(max(len(gt), len(pt))):
            g = gt[j] if j < len(gt) else None
            p = pt[j] if j < len(pt) else None
            if g is None:
                out.append(f"plan {i + 1} #{j + 1}: extra {_show(p)}")
            elif p is None:
                out.append(f"plan {i + 1} #{j + 1}: missing {_show(g)}")
            elif _key(g) != _key(p):
                out.append(f"plan {i + 1} #{j + 1}: {_difference(p, g)}")
    return out


def run(folders: list[Path]) -> dict[str, list[str]]:
    """{document name: differences} for every document of the folders that differs."""
    report: dict[str, list[str]] = {}
    for folder in folders:
        for name, doc, reading in documents(folder):
            try:
                parsed = {"plans": [to_dict(p) for p in parse_file(doc)]}
            except PlansiteError as exc:  # a document the reader refuses differs whole, said as accuracy.py says it
                report[name] = [f"not read: {exc}"]
                continue
            diff = differences(json.loads(reading.read_text(encoding="utf-8")), parsed)
            if diff:
                report[name] = diff
    return report


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path, default=DEFAULT_DIRS)
    ap.add_argument("--quiet", action="store_true", help="name the documents only")
    a = ap.parse_args()
    report = run(a.dirs)
    for name, diff in report.items():
        print(name)
        if not a.quiet:
            for d in diff[:12]:
                print(f"    {d}")
            if len(diff) > 12:
                print(f"    … {len(diff) - 12} more")
    print(f"{len(report)} documents differ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
