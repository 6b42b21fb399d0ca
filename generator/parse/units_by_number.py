"""Units given to the tasks by their printed numbers, in a part of the plan apart from them.

实施方案 often state their measures naming no unit and close with a 职责分工 part that gives them out by number, one
paragraph of clauses: `第（一）至（三）项任务由A牵头，B、C配合；第（四）项由D负责，其中，第11条由E负责；第（五）项由F、G分别负责；
其余任务由各区人民政府按照职责抓好落实。`

- A group number (`第（四）项`, bracketed or a Chinese numeral, in a plan whose tasks sit under （n） groups) covers every
  task under group （n）, as the group heading's own annotation would; an Arabic number (`第11条`, `第6项`) the task
  printed with it. In a plan without groups every number names a task.
- A part named by its number (`第（二）部分各项`, `第三方面`) is a （n） group: read only in a plan printing groups.
- Ranges include both ends (`第（一）至（三）项`, `1—5`, `25～27`); `、` lists numbers (`第（二）、（三）项`, `第6、8、11项`).
- A task's own number is more specific than its group's: its clause (a carve-out `其中，第11条由E负责`) replaces the
  group's units for that task, whichever comes first.
- `其余任务由…` covers the tasks no clause names.
The same clauses are read from an attached list after a bare 附 / 附件 mark (附 / 重点任务责任分工 / 1—5. X牵头，Y配合 /
第6、8、11项：X负责), whose numbers may stand without 第, and above an attached table keyed by task numbers
(attached_table._fold_keyed, its 任务序号 cells read by task_numbers: 12—15 / 16、17).
The units go, zero-width at the end of the text (parse.annotations.append_units), to the tasks naming none of their
own; the plan's reading notes say so. A number naming no task, or a task number the plan prints twice (numbering
restarting per section), gives nothing and is warned of rather than guessed.
"""
from __future__ import annotations

import re

from ..model import Plan, Task
from ..numerals import parse_chinese
from ..words import lexicon
from ..words.labels import ATTACHMENT_MARK_ALONE
from .annotations import Reading, append_units, read_task

_CN = "〇零一二两三四五六七八九十百"
_NUMBER = rf"(?:[（(][{_CN}]+[）)]|\d+|[{_CN}]+)"
_NOUNS = lexicon.NUMBERED_TASK_NOUNS + lexicon.NUMBERED_PART_NOUNS
# the noun may follow each number of a range or list as well as the last (第23项至第24项 / 第29项、第30项)
_NOUN_BETWEEN = rf"(?:(?:{lexicon.alternation(_NOUNS)})\s*)?"
_SPAN = (rf"{lexicon.NUMBERED_TASK_ORDINAL}?{_NUMBER}(?:\s*{_NOUN_BETWEEN}"
         rf"(?:{lexicon.alternation(lexicon.NUMBER_RANGE_MARKS)})\s*{lexicon.NUMBERED_TASK_ORDINAL}?{_NUMBER})?")
_LIST = rf"{_SPAN}(?:\s*{_NOUN_BETWEEN}(?:{lexicon.alternation(lexicon.NUMBER_LIST_MARKS)})\s*{_SPAN})*"
# 第（一）至（三）项任务由 / 第11条由 / 第6、8、11项： / 第（二）部分各项由 : the numbers of a clause, then its units; a
# word may point back at the plan's tasks before them and a comma stand before 由 (上述第19至22项任务，由…)
_NUMBERED_CLAUSE = re.compile(
    rf"\s*(?:{lexicon.alternation(lexicon.NUMBERED_TASK_POINTERS)})?{lexicon.NUMBERED_TASK_ORDINAL}(?P<numbers>{_LIST})\s*"
    rf"(?P<noun>{lexicon.alternation(_NOUNS)})"
    rf"(?:{lexicon.alternation(lexicon.NUMBERED_TASK_OBJECTS)})?\s*"
    rf"(?:[，,]?\s*(?:{lexicon.alternation(lexicon.NUMBERED_UNITS_OPENERS)}))?")
# 其余任务由 : the tasks no clause names
# (其他工作组成员单位配合 names bodies: the object's word goes on into a name, REMAINING_OBJECT_NAME_TAILS)
_REMAINING = (rf"(?:{lexicon.alternation(lexicon.REMAINING_TASK_WORDS)})(?:{lexicon.alternation(lexicon.REMAINING_TASK_OBJECTS)})"
              rf"(?!{lexicon.alternation(lexicon.REMAINING_OBJECT_NAME_TAILS)})")
_REMAINING_CLAUSE = re.compile(
    rf"\s*{_REMAINING}"
    rf"\s*(?:{lexicon.alternation(lexicon.NUMBERED_UNITS_OPENERS)})?")
# 1—5. X牵头 / 12、13：X负责 : a line of an attached 分工 list opening with task numbers, no 第 before them (read only
# there: in the plan's own text such a line is a numbered item)
_BARE_NUMBERED_CLAUSE = re.compile(rf"\s*(?P<numbers>{_LIST})\s*[.．:：]\s*(?!\d)")
# a table's 任务序号 cell naming task numbers only: 12—15 / 16、17 / 21
_ITEM_NUMBERS = re.compile(rf"\d+(?:\s*(?:{lexicon.alternation(lexicon.NUMBER_RANGE_MARKS)})\s*\d+)?"
                           rf"(?:\s*(?:{lexicon.alternation(lexicon.NUMBER_LIST_MARKS)})\s*\d+"
                           rf"(?:\s*(?:{lexicon.alternation(lexicon.NUMBER_RANGE_MARKS)})\s*\d+)?)*")
_CLAUSE_END = re.compile("[；;。]")
# ，其中，第11条… : a carve-out opens a clause of its own (only before a number: 其中 may be the clause's own word)
_CARVE_OUT = re.compile(rf"[，,]\s*(?:{lexicon.alternation(lexicon.CARVE_OUT_OPENERS)})[，,：:]?\s*"
                        rf"(?={lexicon.NUMBERED_TASK_ORDINAL})")
# 第25项由A负责，第26项由B负责 : a clause opening with task numbers after a comma is a clause of its own, as after
# a ；(offices join two short clauses with a comma); only where the numbers and their noun follow, so a comma inside
# a clause's units (由A牵头，B配合) splits nothing
_NEXT_NUMBERED = re.compile(rf"[，,](?=\s*(?:{lexicon.alternation(lexicon.NUMBERED_TASK_POINTERS)})?"
                            rf"{lexicon.NUMBERED_TASK_ORDINAL}{_LIST}\s*(?:{lexicon.alternation(_NOUNS)}))")
# 第1项由A牵头，其余各项由B牵头 : so is a clause for the tasks no number names (其余 + what it counts, so 由A牵头，其他
# 单位配合 splits nothing)
_NEXT_REMAINING = re.compile(rf"[，,](?=\s*{_REMAINING})")
_SPAN_CUT = re.compile(lexicon.alternation(lexicon.NUMBER_LIST_MARKS))
_RANGE_CUT = re.compile(lexicon.alternation(lexicon.NUMBER_RANGE_MARKS))

# a range longer than any plan's list of tasks is no range of task numbers (第1至100000项): not counted out
_LONGEST_RANGE = 1000
GROUP, ITEM = 0, 1  # what a number names, least specific first


def opens_by_number(clause: str) -> bool:
    """Does the clause open by naming task numbers or the rest of them (第1—4项由… / 其余任务由…)? Such a clause of a
    职责分工 paragraph gives units to the tasks by number (give_units_by_number): it is no unit-first duty, though a
    unit and its verb follow its numbers (第3项由县人社局负责)."""
    return bool(_NUMBERED_CLAUSE.match(clause) or _REMAINING_CLAUSE.match(clause))


def _number(written: str) -> tuple[int, int | None]:
    """(GROUP or ITEM, value) of one written number: （四） / 四 a group's, 11 a task's."""
    bare = written.strip().lstrip(lexicon.NUMBERED_TASK_ORDINAL)
    bare = next((bare[:-len(n)] for n in _NOUNS if bare.endswith(n)), bare).strip().strip("（()）")
    if bare.isdigit():
        return ITEM, int(bare)
    return GROUP, parse_chinese(bare)


def _numbers(written: str) -> list[tuple[int, int]]:
    """(kind, value) of every number a clause's numbers name, ranges counted out (both ends included); [] when one of
    them does not read, or a range runs backwards or mixes kinds."""
    out = []
    for span in _SPAN_CUT.split(written):
        ends = [_number(end) for end in _RANGE_CUT.split(span) if end.strip()]
        if not ends or len(ends) > 2 or any(v is None for _, v in ends) or len({k for k, _ in ends}) > 1:
            return []
        (kind, first), (_, last) = ends[0], ends[-1]
        if not 0 <= last - first <= _LONGEST_RANGE:
            return []
        out += [(kind, n) for n in range(first, last + 1)]
    return out


def task_numbers(cell: str) -> list[int]:
    """The task numbers a table's 任务序号 cell names (12—15 / 16、17 / 21), both ends of a range included; [] when the
    cell holds anything else (a title, a group's number)."""
    if not _ITEM_NUMBERS.fullmatch(cell.strip()):
        return []
    return [n for _, n in _numbers(cell.strip())]


def _clauses(paragraph: str, bare: bool = False,
             grouped: bool = True) -> list[tuple[list[tuple[int, int]] | None, str, Reading]]:
    """(numbers, or None for 其余, the clause as written, its units) of each clause of a paragraph giving units by
    number; [] when its first clause opens with no task number (a paragraph of other text). `bare`: a line of an
    attached list, whose numbers may stand without 第 (1—5. X牵头). `grouped`: the plan prints its tasks under （n）
    groups, which a 部分 / 方面 names (第（二）部分各项); in a plan without groups, or with an Arabic number, such a
    clause names nothing the reader can tell (a section? a task?) and reads no number (its units warned of)."""
    openers = (_NUMBERED_CLAUSE, _BARE_NUMBERED_CLAUSE) if bare else (_NUMBERED_CLAUSE,)
    pieces = [p for clause in _CLAUSE_END.split(paragraph) for carved in _CARVE_OUT.split(clause)
              for split in _NEXT_NUMBERED.split(carved) for p in _NEXT_REMAINING.split(split) if p.strip()]
    if not pieces or not any(o.match(pieces[0]) for o in openers):
        return []
    out = []
    for piece in pieces:
        numbered = next((m for m in (o.match(piece) for o in openers) if m), None)
        opener = numbered or _REMAINING_CLAUSE.match(piece)
        if not opener:
            continue
        reading = read_task(piece[opener.end():], alone=True)
        if reading.assignments:
            out.append((_clause_numbers(numbered, grouped) if numbered else None, piece.strip(), reading))
    return out


def _clause_numbers(numbered: re.Match, grouped: bool) -> list[tuple[int, int]]:
    """The numbers a numbered clause names; [] for a part (第（二）部分) that is no （n） group of the plan's tasks."""
    numbers = _numbers(numbered.group("numbers"))
    if numbered.groupdict().get("noun") in lexicon.NUMBERED_PART_NOUNS and (not grouped or any(k != GROUP for k, _ in numbers)):
        return []
    return numbers


def _by_number(plan: Plan) -> tuple[dict[int, list[Task] | None], dict[int, list[Task] | None]]:
    """The plan's tasks under each group number and under each task number; None for a number printed twice."""
    groups: dict[int, list[Task] | None] = {}
    items: dict[int, list[Task] | None] = {}
    for section in plan.sections:
        for group in section.groups:
            tasks = [t for t in section.tasks if t.group == group.label]
            number = parse_chinese(group.label.strip("（()）、. "))
            if tasks and number is not None:
                groups[number] = None if number in groups else tasks
        for task in section.tasks:
            items[task.number] = None if task.number in items else [task]
    return groups, items


def give_units_by_number(plan: Plan) -> None:
    """Give the tasks naming no unit the units a part apart from them gives their numbers (module docstring)."""
    for section in plan.sections:
        if not section.tasks:  # a part holding no task: a 职责分工 section's paragraphs
            paragraphs = f"{section.intro}\n{section.closing}".split("\n")
            give_units_from_lines(plan, section.line, f"{section.label}{section.title}", paragraphs)
    closing = plan.closing.split("\n")
    mark = next((k for k, line in enumerate(closing) if line.strip() == "附" or ATTACHMENT_MARK_ALONE.match(line)), None)
    if mark is not None:  # 附 / 重点任务责任分工 / 1—5. X牵头，Y配合: an attached list after the plan
        give_units_from_lines(plan, 0, f"the attached list after '{closing[mark].strip()}'", closing[mark + 1:], bare=True)


def give_units_from_lines(plan: Plan, line: int, part: str, lines: list[str], bare: bool = False) -> bool:
    """Give the tasks naming no unit the units that the lines of `part` (at source line `line`) give their numbers;
    `bare`: the lines of an attached list (1—5. X牵头). True when a line gave units by number."""
    groups, items = _by_number(plan)
    # (read together: 其余 means the tasks no line of the part names, and a task's own number wins on any line)
    grouped = any(t.group for t in plan.tasks())
    clauses = [clause for paragraph in (lines if items else []) for clause in _clauses(paragraph, bare, grouped)]
    if clauses:
        _give(plan, line, part, clauses, groups if grouped else items, items)
    return bool(clauses)


def _give(plan: Plan, line: int, part: str, clauses, groups, items) -> None:
    given: dict[int, tuple[int, Task, list[Reading]]] = {}  # id(task) -> (how specific, task, readings)
    remaining: list[Reading] = []
    for numbers, text, reading in clauses:
        if numbers is None:
            remaining.append(reading)
            continue
        named = [(kind, (groups if kind == GROUP else items).get(n)) for kind, n in numbers]
        if not numbers or any(tasks is None for _, tasks in named):
            plan.warnings.append(f"{plan.source}:{line}: the clause '{text[:30]}' names a task number the "
                                 "plan does not print once: its units are given to no task")
            continue
        for kind, tasks in named:
            for task in tasks:
                level, _, readings = given.get(id(task), (kind, task, []))
                if kind > level:
                    readings = []  # the task's own number says more than its group's: its clause replaces theirs
                if kind >= level:
                    given[id(task)] = (kind, task, readings + [reading])
    bare = [t for t in plan.tasks() if not t.assignments]
    took = [t for t in bare if id(t) in given or remaining]
    for task in took:
        for reading in given[id(task)][2] if id(task) in given else remaining:
            append_units(task, reading)
    if took:
        rest = [t.label for t in took if id(t) not in given]
        plan.note(line, "rule", (f"line {line}: " if line else "") + f"{part} gives units to the tasks "
                                        f"by their numbers: {len(took)} tasks naming no unit take them"
                  + (f", the tasks no clause names ({'、'.join(rest)}) those of 其余" if rest else "")
                  + "：按任务序号分工")


# （第9至12项责任单位：X） / 上述第1—4项由X牵头 / 第14项、第15项由X牵头 : a line among the items giving units to some of
# them by their printed numbers (its bracket, if any, before the numbers)
_COVERING_BY_NUMBER = re.compile(r"[ \u3000\t]*(?:[（(][ \u3000]*)?" + _NUMBERED_CLAUSE.pattern)


_NUMBERED_CLAUSE_INSIDE = re.compile(rf"{lexicon.NUMBERED_TASK_ORDINAL}{_LIST}\s*(?:{lexicon.alternation(_NOUNS)})")
# 第1项由A牵头，其余各项由B牵头 : a later clause for the items no number names divides the items as well
_REMAINING_CLAUSE_INSIDE = re.compile(rf"[，,；;]{_REMAINING_CLAUSE.pattern}")


def covering_by_number(line: str) -> tuple[re.Match, list[int]] | None:
    """(the opener's match, the task numbers it names) where a line among the items opens by naming printed task
    numbers (上述第1—4项由… / （第9至12项责任单位：…） / 第14项、第15项由…), else None.

    Only items' numbers (Arabic, 第3项): a group's number (第（二）项) or a part (第二部分) names no item of a run of
    numbered items, and 第1条 under an item most often cites the articles of a policy the item carries out. A line
    naming several sets of items each with its own units (第1项由A牵头，第2项、第3项由B牵头) is a division of work
    clause by clause, not one covering line: it is left to the readings that know such lines."""
    m = _COVERING_BY_NUMBER.match(line)
    if m is None or m.group("noun") not in lexicon.NUMBERED_ITEM_NOUNS:
        return None
    if _NUMBERED_CLAUSE_INSIDE.search(line, m.end()) or _REMAINING_CLAUSE_INSIDE.search(line, m.end()):
        return None
    numbers = _numbers(m.group("numbers"))
    if not numbers or any(kind != ITEM for kind, _ in numbers):
        return None
    return m, [n for _, n in numbers]


def division_by_number(line: str) -> list[tuple[list[int] | None, Reading]]:
    """(the printed item numbers, or None for the items no clause names, and the units) of each clause of a line
    dividing a run of numbered items between units clause by clause (第1项由A牵头，其余各项由B牵头 / 第1、2项任务由A牵头，
    第3项任务由B牵头), its bracket, if any, set aside; [] for any other line, or one naming a group's number (第（二）项:
    no item of the run).

    Offices write such a line under a part's heading for the part's own items (numbered again from 1 in each part),
    so the numbers are the part's, not the plan's: the caller gives each clause's units to those items alone."""
    text = line.strip()
    if text[:1] in "（(" and text[-1:] in "）)":
        text = text[1:-1]
    clauses = _clauses(text, grouped=False)
    numbered = [numbers for numbers, _, _ in clauses if numbers is not None]
    if len(clauses) < 2 or not numbered or any(not ns or any(k != ITEM for k, _ in ns) for ns in numbered):
        return []
    return [(None if numbers is None else [n for _, n in numbers], reading) for numbers, _, reading in clauses]
