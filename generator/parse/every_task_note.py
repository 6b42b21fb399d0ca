"""A note naming a body that does every task of a scope, stated once instead of in each task.

A plan whose tasks each name their city-level lead and partners often leaves out the level below that carries every
one of them out, and says so once: `注：各区（县）人民政府为本行动各项任务落实单位，不再逐项列出。` under a group's
heading, `以上任务各乡镇人民政府均为责任单位。` after a part's last item, `本方案各项任务均由各县（市、区）人民政府落实。`
in the preamble. The named body is a unit of each task of the note's scope, in the role the note gives it, beside the
units the task names itself (it is written once so as not to be repeated in each). A document rule, as those of
rules.py are: stated on a line of its own, reported among the rules applied with its scope and the annotations it gave.

Scope (lexicon.EVERY_TASK_*_SCOPES): 本方案 / 本计划 the whole plan; 本行动 / 本部分 / 本节 the part (group, else
section) the note stands in; 以上 / 上述 that part's tasks above the note, 以下 / 下列 those below it; no scope word,
the part it stands in. A note outside every part holding tasks (the preamble, a closing part) speaks for the plan.

Not read so: a unit's role fixed where it is listed (注：…；各县（市、区）人民政府为落实单位: no task word, so
rules.NamedUnitsRole), a note inside a task's own bracket (（责任单位：…。以下政策措施均需各县区落实，不再单独列出）:
the annotation reader keeps it the task's), and a part line giving its units by 负责 / 牵头 (以下各项任务由X负责: the
items naming none take them, parse._give_part_lines_to_their_items).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Annotation, Assignment, Plan, Task
from ..words import lexicon as lx
from ..words.names import unit_like
from .annotations import read_task


def _any(words) -> str:
    return "(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")"


_ROLE_OF_LABEL = {w: role for role, words in lx.LABEL_ROLE_WORDS.items() for w in words}
_SCOPE = ("(?P<scope>" + _any(lx.EVERY_TASK_PLAN_SCOPES + lx.EVERY_TASK_PART_SCOPES + lx.EVERY_TASK_ABOVE_SCOPES
                              + lx.EVERY_TASK_BELOW_SCOPES) + ")")
# 各项任务 / 所列各项工作 / 全部重点任务 (the quantifier, or a scope word before it, says "every")
_EVERY = "(?:所列|涉及)?的?(?P<every>" + _any(lx.EVERY_TASK_QUANTIFIERS) + ")?" + _any(lx.EVERY_TASK_KINDS)
_NAMES = r"(?P<names>[^，,。；;：:\s]{2,60}?)"
_ROLE_LABEL = "(?P<label>" + _any(_ROLE_OF_LABEL) + ")(?:单位|部门|主体)"
_OPEN = r"^\s*[（(]?\s*(?:" + _any(lx.NOTE_HEADS) + r"\s*[:：]\s*)?"
# 各区（县）人民政府为本行动各项任务落实单位: the body, then every task of the scope, then its role
_NAMED_FIRST = re.compile(_OPEN + _NAMES + "(?:均|都)?(?:为|是)" + _SCOPE + "?" + _EVERY + "的?" + _ROLE_LABEL)
# 以上任务各乡镇人民政府均为责任单位 / 本行动各项任务，各区人民政府均为落实单位: the scope's tasks, then the body
_SCOPE_FIRST = re.compile(_OPEN + _SCOPE + "?" + _EVERY + r"[，,]?\s*" + _NAMES + "(?:均|都)?(?:为|是)" + _ROLE_LABEL)
# 本方案各项任务均由各县（市、区）人民政府落实 / 以上工作均由各镇街具体落实: the body carries every task out
_DONE_BY = re.compile(_OPEN + _SCOPE + "?" + _EVERY + r"[，,]?\s*(?:均|都)?由" + _NAMES + "(?P<verb>"
                      + _any(lx.EVERY_TASK_DO_VERBS) + ")")
# what may follow the note on its line: 不再逐项列出 / 不再单独列出 / 下同, and the stops and brackets closing it
_TAIL = re.compile(r"[，,；;]?\s*(?:(?:不再|不另|下同|以下同)[^。；;]{0,12})?[。；;]?\s*[）)]?\s*[。]?\s*")


@dataclass
class EveryTaskNote:
    """One note read: its line, its words, the scope word (None: the part it stands in), the bodies and their role."""

    line: int
    words: str
    scope: str | None
    names: list[str]
    role: str


def every_task_note(line: int, text: str) -> EveryTaskNote | None:
    """The note a line states, if the whole line is one (see the module's doc), else None."""
    for pattern in (_NAMED_FIRST, _SCOPE_FIRST, _DONE_BY):
        m = pattern.match(text)
        if m is None or _TAIL.fullmatch(text, m.end()) is None:
            continue
        if not (m.group("scope") or m.group("every")):
            continue  # X为任务落实单位: no word says "every task"
        role = "implement" if pattern is _DONE_BY else _ROLE_OF_LABEL[m.group("label")]
        names = _bodies(m.group("names"))
        if names:
            return EveryTaskNote(line, text.strip(), m.group("scope"), names, role)
    return None


def _bodies(written: str) -> list[str]:
    """The bodies' names a note's subject lists (各区（县）人民政府 / 各乡镇、各街道), or [] where it is no list of
    bodies: a position (括号内第一个逗号前的单位为牵头单位: a rule, 的 before its noun), a word pointing back (上述单位),
    or words left over that no name holds."""
    if "的" in written:
        return []
    names = [a.name for a in read_task(f"（责任单位：{written}）").assignments]
    if not names or not all(unit_like(n) and n not in lx.BACK_REFERENCES for n in names):
        return []
    left = written
    for name in sorted(names, key=len, reverse=True):
        left = left.replace(name, "")
    return names if not left.strip("、，,和及与等 ") else []


def states_every_task_note(text: str) -> bool:
    """Does a line (a covering notice's, say) state such a note? (commands keep the notice's rule lines)"""
    return every_task_note(0, text) is not None


def give_every_task_notes(plan: Plan, lines: list[tuple[int, str]]) -> None:
    """Give the bodies of each note the plan states on a line of its own to every task of its scope, in the note's
    role, zero-width at the task's end (a task naming the body already keeps its own reading), and record the rule
    with its scope. Read last, after every unit the tasks name or take from above: the note adds to them."""
    tasks = plan.tasks()
    if not tasks:
        return
    for number, text in lines:
        if len(text) > _LINE_MAX or not _may_state(text):
            continue
        note = every_task_note(number, text)
        if note is None or any(t.line == number or _own_bracket(t, text) for t in tasks):
            continue  # (a task's own line, or a bracket closing its text: its annotation reader reads it)
        covered, where = _covered(plan, tasks, note)
        given = sum(_give(task, note) for task in covered)
        names = "、".join(note.names)
        plan.note(number, "rule", f"a body named for every task ({names} {note.role}), {where}: '{note.words}' "
                                  f"({given} annotations)")
        if not covered:
            plan.warnings.append(f"{plan.source}:{number}: the note '{note.words[:40]}' names {names} for every task "
                                 f"of its scope, but no task stands there")


def _own_bracket(task: Task, text: str) -> bool:
    """A bracketed line in the task's text ((以下各项工作均由各县区负责落实，不再列出) under its first line): the
    task's own annotation, which binds the task it is written in (annotations.groups._note_own_units)."""
    return text.lstrip()[:1] in "（(" and text.strip() in task.text


_LINE_MAX = 200  # a note is a sentence; a paragraph longer than this is no such note
_MAY_STATE = re.compile(_any(lx.EVERY_TASK_KINDS))


def _may_state(text: str) -> bool:
    return _MAY_STATE.search(text) is not None


def _give(task: Task, note: EveryTaskNote) -> int:
    """Give the task the note's bodies it does not name yet; 1 where it gave any (one annotation)."""
    named = {a.name for a in task.assignments}
    new = [n for n in note.names if n not in named]
    if not new:
        return 0
    end = len(task.text)
    task.annotations.append(Annotation(text=note.words, start=end, end=end))
    at = len(task.annotations) - 1
    task.assignments += [Assignment(name=n, role=note.role, annotation=at) for n in new]
    return 1


def _covered(plan: Plan, tasks: list[Task], note: EveryTaskNote) -> tuple[list[Task], str]:
    """The tasks of the note's scope and how the rule's record names it."""
    if note.scope in lx.EVERY_TASK_PLAN_SCOPES:
        return tasks, "for the whole plan (its scope word)"
    part, kind, start = _part_holding(plan, note.line)
    if not part:
        return tasks, "for the whole plan (stated outside its parts)"
    if note.scope in lx.EVERY_TASK_ABOVE_SCOPES:
        return [t for t in part if t.line < note.line], f"for the {kind}'s tasks above it (from line {start})"
    if note.scope in lx.EVERY_TASK_BELOW_SCOPES:
        return [t for t in part if t.line > note.line], f"for the {kind}'s tasks below it"
    return part, f"for the {kind} it stands in (from line {start})"


def _part_holding(plan: Plan, line: int) -> tuple[list[Task], str, int]:
    """The tasks of the innermost part (group, else section) whose text holds the line, its kind and heading line;
    ([], '', 0) where the line stands in no part holding tasks (before the first, after the last task)."""
    sections = [s for s in plan.sections if s.line <= line]
    if not sections or not plan.tasks() or line > plan.tasks()[-1].line:
        return [], "", 0
    section = sections[-1]
    # (a note set between a part's items, 注：…, is kept as a group of its own: it heads no part)
    groups = [g for g in section.groups if g.line <= line and g.label.strip().rstrip(":：") not in lx.NOTE_HEADS]
    if groups:
        group = groups[-1]
        tasks = [t for t in section.tasks if t.group == group.label]
        if tasks:
            return tasks, "group", group.line
    return section.tasks, "section", section.line
