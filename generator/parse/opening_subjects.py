"""Units of a task written only as the subject its sentence opens with.

Plans that annotate task by task (（X牵头，Y配合）, 责任单位：…) now and then write one task's unit as the body its
sentence opens with instead: `三是县融媒体中心要开设…专栏`, `由县X局会同县Y局开展…`, `县教育局负责…`. A careful reader
takes that body as the task's unit, with the role its verb gives (会同: it leads, the partners support). Only where
nothing else gave the task a unit (an annotation, the heading above, a 职责分工 part, a unit-first duty), only from the
first sentence, and only where that sentence opens with the body (after 由 / 请 at most): a body named later in the
wording is what the task acts on or with, not who answers for it. Minutes read every clause so already
(read_task(subjects=True)); this is the same reading held to a task's opening.
"""

from __future__ import annotations

from ..model import Plan
from ..words import lexicon as lx
from .annotations import read_task

_SENTENCE_ENDS = "。；;\n"


def give_opening_subjects(plan: Plan) -> None:
    """Give each task still naming no unit the bodies its first sentence opens with, and say which tasks took them."""
    taken = []
    for task in plan.tasks():
        if task.assignments or not task.text:
            continue
        first = min((k for k in (task.text.find(e) for e in _SENTENCE_ENDS) if k >= 0), default=len(task.text))
        reading = read_task(task.text, subjects=True)
        opening = [a for a in reading.annotations if a.start < first]
        if not opening or task.text[: opening[0].start] not in ("", *lx.CLAUSE_SUBJECT_OPENERS):
            continue
        task.annotations = opening
        task.assignments = [a for a in reading.assignments if a.annotation < len(opening)]
        taken.append(f"{task.label.rstrip('、.．')}（line {task.line}）")
    if taken:
        plan.note(0, "rule", "a task naming no unit otherwise takes the body its sentence opens with (X要… / 由X会同Y…): "
                             + "、".join(taken))
