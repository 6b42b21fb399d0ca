"""A plan as a readable outline for the terminal (`plansite parse` without --json)."""
from __future__ import annotations

from ..model import ROLE_LABELS, Plan


def outline(plan: Plan) -> str:
    out = [f"{plan.title}  [{plan.id}]  {len(plan.sections)} sections, {len(plan.tasks())} tasks"]
    for section in plan.sections:
        out.append(f"  {section.label}{section.title}")
        for task in section.tasks:
            out.append(f"    {task.label} {task.title}")
            units = "、".join(f"{a.name}({ROLE_LABELS[a.role]})" for a in task.assignments)
            if units:
                out.append(f"        {units}")
    out += [f"  ! {w}" for w in plan.warnings]
    return "\n".join(out)
