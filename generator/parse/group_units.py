"""A group's units set out in one part of a plan, its work listed under its name in a later part.

Inspection and supervision plans (检查方案, 督查方案) first set out each 检查组 under 检查组织 / 组织领导: its name, its
组长 (a person) and its 牵头单位 / 组长单位 / 成员单位 lines, nothing to do (not_tasks._set_aside_group_makeups reads
these as text and records them). A later part (检查任务 / 检查内容) lists the work under the same names, （一）第一检查组
over 1. 2. 3., naming no unit: the group named there is the one set out before, and its units do that work.
"""
from __future__ import annotations

import re

from ..model import Group, Plan, Task
from ..words import lexicon
from .annotations import append_units, read_task
from .not_tasks import group_name
from .records import group_makeups, withdraw_heading_over_named_items_note


def _named_group(heading: str, names: set[str]) -> str | None:
    """The name of a group set out before that the heading's line names: the name alone (maybe with its field in
    brackets, 第一检查组（能源水利组）), or run in with its remit (第五检查组负责对…开展检查). Only an exact name counts."""
    name = group_name(heading)
    if name in names:
        return name
    opener = re.match("^(.+?)(?:" + lexicon.alternation(lexicon.GROUP_REMIT_OPENERS) + ")", heading.strip())
    return opener.group(1) if opener and opener.group(1) in names else None


def _takes_group_units(task: Task) -> bool:
    """A task under the group takes its units when it names none, or only bodies helping (（X配合）): those help the
    group doing the work. A task naming who leads or answers for it keeps its own units."""
    return all(a.role == "support" for a in task.assignments)


def give_named_groups_units(plan: Plan) -> None:
    """Give the items under a heading naming a group set out earlier in the plan (records.group_makeups) the group's
    units, zero-width at their ends, and say so in the reading notes. A name set out twice is ambiguous and gives
    nothing; a heading naming units of its own keeps them (the heading's annotation covers its items)."""
    makeups: dict[str, list[tuple[int, str]]] = {}
    for line, name, text in group_makeups(plan):
        makeups.setdefault(name, []).append((line, text))
    names = {name for name, found in makeups.items() if len(found) == 1}
    if not names:
        return
    for section in plan.sections:
        headings = [(g.text, g.line, [t for t in section.tasks if t.group == g.label]) for g in section.groups]
        for heading, line, tasks in headings:
            name = _named_group(heading.split("\n", 1)[0], names)
            (at, text), = makeups[name] if name else [(None, "")]
            # (the run-in remit reads the group itself as the body answering: 第五检查组负责… names no other unit)
            if not name or at > line or any(a.name != name for a in read_task(heading).assignments):
                continue
            reading = read_task(text)
            given = [t for t in tasks if _takes_group_units(t)]
            if not reading.assignments or not given:
                continue
            for task in given:
                append_units(task, reading)
            plan.note(line, "outline", f"line {line}: heading {name} names the group set out at line {at}: its units "
                                       f"go to the {len(given)} items under it: 检查组的组成单位适用于其名下各项")


# an annotation that is a label line of the group's make-up (牵头单位：X / 成员单位：Y), not a verb's bracket
_MAKEUP_LABEL = re.compile(r"[\s（(【\[]*(?:" + lexicon.UNIT_LABEL + ")")


def give_working_groups_units(plan: Plan, group: Group, reading, tasks: list[Task]) -> bool:
    """A working group's heading (（一）综合协调组) over its make-up's label lines (牵头单位：A / 成员单位：B、C) and its
    duties, one of which names a body of its own (3.做好涉外联络工作（市外事办公室负责）).

    The label lines say who the group is, not a summing-up of its measures a duty's own units would speak against: as
    for a group set out earlier (give_named_groups_units), every duty naming no unit, or only bodies helping, takes the
    group's units, zero-width at its end; a duty naming who leads or answers for it keeps its own. The reading notes say
    so. True where it gave them; any other heading is read by parse._units_to_items_naming_none."""
    head = group.text.split("\n", 1)[0]
    if not group_name(head) or not reading.assignments or not reading.annotations or not all(
            _MAKEUP_LABEL.match(note.text) for note in reading.annotations):
        return False
    given = [t for t in tasks if _takes_group_units(t)]
    if not given:
        return False
    for task in given:
        append_units(task, reading)
    # (the outline said the heading's units go to none, "some of them name their own": no longer so)
    withdraw_heading_over_named_items_note(plan, group.line)
    kept = [t.label for t in tasks if t not in given]
    plan.note(group.line, "outline", f"line {group.line}: the units of working group {group_name(head)} go to its "
                                     f"items {'、'.join(t.label for t in given)}; {'、'.join(kept)} name their own and "
                                     "keep them: 工作组的组成单位适用于其名下各项")
    return True
