"""What the outline stage records on a plan and its tasks beside the model, for the stages after it.

Kept on the objects' own __dict__ (not fields of the model: they are the reader's working notes, not what a plan is):
where each line of a task's text came from, the items read as text, the part headings, the headings whose units
cover the items under them, and the outline notes of the plan's reading.
"""
from __future__ import annotations

from ..model import Plan, Task


def source_map(task: Task) -> list[tuple[int, int, int]]:
    """(offset in Task.text, source line, column of that offset in the line) for each line the text came from."""
    return task.__dict__.setdefault("_source_map", [])


def readings(plan: Plan) -> list[str]:
    """How the outline was read where it departs from the plain shape ("tasks at …"): the plan's outline notes."""
    return [n.text for n in plan.readings if n.kind == "outline"]


def number_supplied_in(task: Task) -> dict[str, str]:
    """{"style": the numbering style of the run} for a task whose number the reader supplied from its place in a
    numbered run whose number it lost (items._label_lost_run_numbers); empty for any other task."""
    return task.__dict__.setdefault("_number_supplied_in", {})


def set_aside(plan: Plan) -> list[int]:
    """Numbers of the items read as framework text, not tasks (the task numbering may run on from them)."""
    return plan.__dict__.setdefault("_set_aside", [])


def counted_rows(plan: Plan) -> set[int]:
    """Source lines of the table rows the table reader numbered by its own count (PlanText.unprinted): their 1. / 2.
    is no ink of the document, so a row set aside as the plan's text goes there without it."""
    return plan.__dict__.setdefault("_counted_rows", set())


def part_headings(plan: Plan) -> list[tuple[int, str]]:
    """(source line, title) of each 第X部分 / 第X篇 / 第X章 heading read as a part of the document above its sections."""
    return plan.__dict__.setdefault("_part_headings", [])


def headings_over_items(plan: Plan) -> list[tuple[str, int]]:
    """("section" or "group", source line) of each heading whose annotation covers the items under it (_heading_over_items)."""
    return plan.__dict__.setdefault("_headings_over_items", [])


def groups_closed_for_their_items(plan: Plan) -> list[int]:
    """Source lines of the group headings whose measures, numbered on through the groups, name no unit but the block
    of label lines closing the last of them, which covers them all (levels._blocks_closing_numbered_on_groups)."""
    return plan.__dict__.setdefault("_groups_closed_for_their_items", [])


def headings_over_named_items(plan: Plan) -> list[tuple[str, int]]:
    """("section" or "group", source line) of each heading with units whose items name units of their own
    (_heading_over_items' "some name their own"): its lead may still lead them (parse._lead_over_named_items)."""
    return plan.__dict__.setdefault("_headings_over_named_items", [])


def note_heading_over_named_items(plan: Plan, kind: str, line: int, text: str) -> None:
    """Record a heading with units whose items name units of their own (headings_over_named_items) and the outline
    note saying its units go to none of them, kept so a later reading that does give them can withdraw that note."""
    headings_over_named_items(plan).append((kind, line))
    plan.note(line, "outline", text)
    plan.__dict__.setdefault("_notes_over_named_items", []).append(plan.readings[-1])


def withdraw_heading_over_named_items_note(plan: Plan, line: int) -> None:
    """Take back the outline's note that the units of the heading at `line` go to none of its items ("some of them
    name their own"): a later reading gave them to the items after all. The note is known by the note itself, not
    by its wording."""
    noted = plan.__dict__.get("_notes_over_named_items", [])
    plan.readings = [r for r in plan.readings if not (r.line == line and any(r is n for n in noted))]


def group_makeups(plan: Plan) -> list[tuple[int, str, str]]:
    """(source line, group name, text) of each working group's make-up set aside as text (组长 / 牵头单位 / 成员单位
    lines under the group's name, no item to do): a later heading naming the group takes its units."""
    return plan.__dict__.setdefault("_group_makeups", [])


def from_attached_table(task: Task) -> bool:
    """Whether the task is a row of the plan's attached table set among the prose's tasks (a 专栏's row of a 分工表
    counting the boxes: parse/attached_table.py): its text is the table's, not the prose's."""
    return task.__dict__.get("_from_attached_table", False)


def mark_from_attached_table(task: Task) -> None:
    task.__dict__["_from_attached_table"] = True
