"""A PlanDiff as lines of text for the terminal (`plansite diff`)."""
from __future__ import annotations

from ..analysis.diff import PlanDiff
from ..model import ROLE_LABELS


def describe(d: PlanDiff) -> str:
    if d.is_empty():
        return "no changes"
    out = []
    out += [f"added    {t.label} {t.title}" for t in d.added]
    out += [f"removed  {t.label} {t.title}" for t in d.removed]
    out += [f"moved    {o.label} -> {n.label} {n.title}" for o, n in d.moved]
    out += [f"reworded {o.label} -> {n.label} {n.title}" for o, n in d.reworded]
    for c in d.duties:
        if c.change == "role":
            what = f"{ROLE_LABELS[c.old_role]} -> {ROLE_LABELS[c.new_role]}"
        else:
            what = ROLE_LABELS[c.new_role or c.old_role]
        out.append(f"{c.change:8} {c.name} ({what}) {c.task.label} {c.task.title}")
    counts = f"{len(d.added)} added, {len(d.removed)} removed, {len(d.moved)} moved, {len(d.reworded)} reworded, {len(d.duties)} duty changes"
    return "\n".join(out + [counts])
