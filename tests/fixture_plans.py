"""Helpers the parser tests share: the hand-written fixture plans and (name, role) lists of a task."""
from __future__ import annotations

from pathlib import Path

from generator.source.corpus import parse_file

PLANS = Path(__file__).resolve().parent / "fixtures" / "plans"

L, R, S, I = "lead", "responsible", "support", "implement"


def plan_of(fixture: str):
    plans = parse_file(PLANS / fixture)
    assert len(plans) == 1, f"{fixture} should hold exactly one plan"
    return plans[0]


def units_of(task) -> list[tuple[str, str]]:
    return [(a.name, a.role) for a in task.assignments]


def one_plan(text: str, source: str = "shape.txt"):
    """The one plan in the text; whatever the reading, every character of the text is somewhere in it."""
    from generator.commands.check import lost_text
    from generator.parse import parse_plan
    from generator.source.read import normalise, split_page

    [pt] = split_page(normalise(text), source)
    plan = parse_plan(pt)
    assert lost_text(pt, plan) is None
    return plan
