"""Units of a task written only as the subject its sentence opens with.

Plans that annotate task by task (（X牵头，Y配合）, 责任单位：…) now and then write one task's unit as the body its
sentence opens with instead: `三是县融媒体中心要开设…专栏`, `由县X局会同县Y局开展…`, `县教育局负责…`. A careful reader
takes that body as the task's unit, with the role its verb gives (会同: it leads, the partners support). Only where
nothing else gave the task a unit (an annotation, the heading above, a 职责分工 part, a unit-first duty), only from the
first sentence (in a run-in item `（一）标题。X要…`, the sentence after its title), and only where that sentence opens
with the body (after 由 / 请 at most, or after one case clause 对…的…，由X): a body named later in the
wording is what the task acts on or with, not who answers for it. Two readings go on from there: once the duty
opens with its body, a later sentence or clause opening with a body and its verb (…，县Y局予以经费保障) names one more
unit; and in a plan naming its units task by task, a run-in item's duty sentence naming its bodies only in a later
clause (（二）标题。落实…，X负责组织实施，Y予以保障。) names them as its opening would. A body a clause names as its object
(…，督促县Y局…) never is one. Minutes read every clause so already
(read_task(subjects=True)); this is the same reading held to a task's opening.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Plan
from ..words import lexicon as lx
from ..words.brackets import depth_zero_split
from ..words.names import unit_like
from .annotations import read_task
from .lines import heading_title

_SENTENCE_ENDS = "。；;\n"


def _sentence_end(text: str, start: int) -> int:
    return min((k for k in (text.find(e, start) for e in _SENTENCE_ENDS) if k >= 0), default=len(text))


def _first_sentence_starts(task, run_in_too: bool) -> list[int]:
    """Where the task's first sentence of duty may start: its text's start; and, in a run-in item (（一）压实面积责任。
    市X中心要…), after its title sentence too (`run_in_too`), since the title names what is done, never who does it."""
    run_in = task.title + "。"
    if run_in_too and task.title and task.text.startswith(run_in) and task.text[len(run_in):].strip():
        return [0, len(run_in)]
    return [0]


def _opening_subjects(task, run_in_too: bool):
    """(the reading of the task's text, the indices of its annotations that open its first sentence of duty), or None
    where that sentence does not open with a body (after 由 / 请 at most)."""
    reading = read_task(task.text, subjects=True)
    starts = _first_sentence_starts(task, run_in_too)
    for start in starts:
        found = _sentence_opening_subjects(task.text, reading, start)
        if found is not None:
            return reading, found
    if len(starts) > 1:
        # where the plan names its units task by task, a run-in item's duty sentence doing its work first and naming
        # who does it in a later clause (（二）巡查看护。落实看护责任，各乡镇负责组织实施，县财政局予以经费保障。) names
        # them as surely: each clause opening with a body and its verb is the task's unit. Only after a title set
        # apart as its own sentence: an item of one sentence (四是加强阵地建设，县X局要抓好…) opens with its heading,
        # and a body after it is the wording's, as in a plan naming no units task by task
        duty = starts[-1]
        found = _clause_subjects(task.text, reading, duty, _sentence_end(task.text, duty))
        if found and _work_before(task.text[duty: reading.annotations[found[0]].start]):
            return reading, found + _later_sentences_subjects(task.text, reading, _sentence_end(task.text, duty))
    return None


def _sentence_opening_subjects(text: str, reading, start: int) -> list[int] | None:
    """The indices of the annotations opening the sentence at `start` and the later sentences opening with a body, or
    None where that sentence does not open with a body (after 由 / 请 at most, or after one case clause)."""
    first = _sentence_end(text, start)
    opening = [k for k, a in enumerate(reading.annotations) if start <= a.start < first]
    before = text[start: reading.annotations[opening[0]].start] if opening else ""
    if opening and (before.strip() in ("", *lx.CLAUSE_SUBJECT_OPENERS) or _a_case_then_its_agent(before)
                    or _a_decision_then_its_agent(before)):
        return opening + _later_sentences_subjects(text, reading, first)
    return None


def _work_before(before: str) -> bool:
    """Do the clauses before a body in its duty sentence say the work it does (落实看护责任，X负责…)? Only the
    document's voice (会议要求，X… / 要求，X…) is no work: a body after it is named after other words, read only where it
    opens the duty sentence (minutes, SubjectClauses)."""
    return any(piece.strip() not in ("", *lx.CLAUSE_SUBJECT_OPENERS) for _, piece in depth_zero_split(before, ",，"))


def _later_sentences_subjects(text: str, reading, start: int) -> list[int]:
    """The indices of the annotations opening the sentences after the first duty sentence, or a clause of them
    (…。Y、Z要积极配合。 / …；各县（市、区）人民政府要… / …，县Y局予以经费保障。): once the item's duty opens with the body
    doing it, each later sentence or clause opening with a body and its verb names one more of the same duty's units
    (its partners, or the localities carrying it out), as minutes read every clause. A body named inside a clause's
    wording (…，督促县Y局…, …，报县Y局备案) stays its object."""
    found = []
    while start < len(text):
        start += 1
        end = _sentence_end(text, start)
        found += _clause_subjects(text, reading, start, end)
        start = end
    return found


def _clause_subjects(text: str, reading, start: int, end: int) -> list[int]:
    """The indices of the annotations in text[start:end] (one sentence) opening one of its clauses (after ，, 由 / 请
    at most), with the partners after 会同 of a body read so (…，县X局牵头，会同县Y局…)."""
    found = []
    for k, a in enumerate(reading.annotations):
        if not start <= a.start < end:
            continue
        before = depth_zero_split(text[start: a.start], ",，")[-1][1].strip() if a.start > start else ""
        if before in ("", *lx.CLAUSE_SUBJECT_OPENERS) or (found and before == lx.WITH_VERB):
            found.append(k)
    return found


def _a_case_then_its_agent(before: str) -> bool:
    """'对整治不到位的乡镇，由': the sentence writes the case first (对…的…), or the moment of the step (…修复后，), and then
    the body acting after 由 (schedules and 督导 steps: 对…的县（区），由市政府督查室予以通报): that body does the step as
    surely as one opening it. One case clause only, closed before 由; a longer run of clauses before the body is the body's context, not read."""
    clauses = depth_zero_split(before, ",，")
    if len(clauses) != 2:
        return False
    case, agent = clauses[0][1].strip(), clauses[1][1].strip()
    if agent != lx.AGENT_MARK:
        return False
    # (失信主体信用修复后，由X…: a time clause stands where the case does, the body after 由 acting when it comes)
    return ((case.startswith(lx.CASE_CLAUSE_OPENER) and lx.CASE_CLAUSE_MARK in case[len(lx.CASE_CLAUSE_OPENER):])
            or case.endswith(lx.TIME_CLAUSE_ENDINGS))


def _a_decision_then_its_agent(before: str) -> bool:
    """'会议原则同意《X计划》，请' / '会议审议通过了《X办法》，由': a meeting's decided item approving a document hands it, in
    the same sentence, to the body asked to carry it on (印发实施 / 报签): that body does the item as surely as one opening
    its sentence, though the item's title may run on to the sentence's end. One clause of approval only (会议 + its verb
    + the document in title marks, closing the clause), then 请 / 责成 / 委托 / 由 alone before the body."""
    clauses = depth_zero_split(before, ",，")
    if len(clauses) != 2 or clauses[1][1].strip() not in lx.CLAUSE_SUBJECT_ORDERS:
        return False
    decision = clauses[0][1].strip()
    if not decision.startswith(lx.MEETING_WORD) or not decision.endswith("》"):
        return False
    verb = decision[len(lx.MEETING_WORD):]
    approved = next((v for v in lx.MEETING_APPROVAL_VERBS if verb.startswith(v)), "")
    if not approved:
        return False
    rest = verb[len(approved):]
    rest = rest[len(lx.MEETING_APPROVAL_PERFECTIVE):] if rest.startswith(lx.MEETING_APPROVAL_PERFECTIVE) else rest
    return rest.startswith("《")


def opens_with_a_body(task) -> bool:
    """Does the task's first sentence (or, in a run-in item, the sentence after its title) open with the body doing
    it (X要… / 由X牵头，会同Y… / 请X…)?"""
    return bool(task.text) and _opening_subjects(task, run_in_too=True) is not None


def run_in_step_opens_with_a_body(task) -> bool:
    """Is the task a run-in step (1.制定检查方案。市X委负责起草…) whose sentence after its title opens with the body doing
    it? A step the outline has not titled yet (a stage's steps are weighed before the titles are set) is read with the
    title it takes, up to its first 。; a step of one sentence is no run-in step (opens_with_a_body reads it)."""
    if not task.text:
        return False
    titled = task if task.title else replace(task, title=heading_title(task.text))
    starts = _first_sentence_starts(titled, run_in_too=True)
    return len(starts) > 1 and _opening_subjects(titled, run_in_too=True) is not None


def duties_after_their_titles_open_with_their_bodies(tasks) -> bool:
    """Does the plan write its duties as sentences opening with the body doing them, item after item (an 实施意见:
    （三）建设共配中心。市X局要牵头…。市Y局要积极配合。 / （四）…。市Z局应当会同市Y局…), annotating a few items at most? More than
    half its tasks open their duty sentence (in a run-in item, the one after its title) with a body, three at least
    (one item in two, or two items, is no evidence: any plan's wording names a body so now and then). A plan whose
    units stand in an attached 分工 table, or in no place, writes such a sentence now and then (one item in eight), as
    running text."""
    opening = sum(1 for task in tasks if duty_after_its_title_opens_with_a_body(task))
    return 2 * opening > len(tasks) and opening >= _ITEMS_TO_TELL_A_WAY_OF_WRITING


# how many items must write their duty so before it is the plan's way of naming units, not one sentence's wording
_ITEMS_TO_TELL_A_WAY_OF_WRITING = 3


def duty_after_its_title_opens_with_a_body(task) -> bool:
    """Is the task a run-in item whose sentence after its title opens with the body doing it (（三）建设共配中心。市X局要
    牵头…)? Only the sentence after the title: an item titled by its unit (（一）县X局。负责…, a duty list) or opening
    its one sentence with it (1.县X局要…) is no run-in item of duty. An item the outline has not titled yet (its
    closing sections are weighed before the titles are set) is read with the title it takes, up to its first 。."""
    titled = task if task.title else replace(task, title=heading_title(task.text))
    starts = _first_sentence_starts(titled, run_in_too=True)
    if len(starts) < 2:
        return False
    reading = read_task(titled.text, subjects=True)
    found = _sentence_opening_subjects(titled.text, reading, starts[-1])
    return found is not None and _a_body_heads(titled.text, reading, found[0])


def _a_body_heads(text: str, reading, index: int) -> bool:
    """Does the annotation at `index` open with one body it names (市X局要牵头…), not with a bracket closing the title's
    sentence (。（责任单位：X）) or a role verb before its object (负责指导X…)?

    The bodies of a kind addressed all at once (各地要… / 各级政府要… / 各有关部门要… / 县直各部门要…) are how any 意见
    words its requirements to its readers, whether or not it names its units task by task: no evidence of the plan's
    way of naming units, and no unit of a closing part's item either."""
    annotation = reading.annotations[index]
    names = [a.name for a in reading.assignments if a.annotation == index]
    return bool(names) and text.startswith(names[0], annotation.start) and not _bodies_of_a_kind(names[0])


def _bodies_of_a_kind(name: str) -> bool:
    """各地 / 各级政府 / 有关部门 / 县直各部门: a name for every body of a kind, not one body's name."""
    return name.startswith(lx.COLLECTIVE_STARTS) or lx.EACH in name


def give_opening_subjects(plan: Plan) -> None:
    """Give each task still naming no unit the bodies its first sentence opens with, and say which tasks took them."""
    taken = []
    tasks = plan.tasks()
    # a run-in item's duty sentence is read only where the plan names its units task by task (at least half its tasks
    # have them, or open their duty sentence with them): a plan whose measures name none (their units in an attached
    # 分工 table) writes 市X局要会同市Y局… as running text, not as the one task's unit
    by_task = (2 * sum(1 for task in tasks if task.assignments) >= len(tasks)
               or duties_after_their_titles_open_with_their_bodies(tasks))
    for task in tasks:
        if task.assignments and task.text:
            _give_the_other_clause_subjects(task, by_task)
            continue
        if not task.text:
            continue
        found = _opening_subjects(task, by_task)
        if found is None:
            continue
        reading, opening = found
        task.annotations = [reading.annotations[k] for k in opening]
        task.assignments = [replace(a, annotation=opening.index(a.annotation)) for a in reading.assignments
                            if a.annotation in opening]
        taken.append(f"{task.label.rstrip('、.．')}（line {task.line}）")
    if taken:
        plan.note(0, "rule", "a task naming no unit otherwise takes the body its sentence opens with (X要… / 由X会同Y…): "
                             + "、".join(taken))


def _read_from_its_wording(task) -> bool:
    """Were all the task's units read from the words of its sentences (X负责…，Y配合), none written apart from them (a
    bracket, a label line, a units' sentence of its own) nor given by the heading above (zero-width at the text's end)?
    A bracket naming no unit (（完成时限：2025年7月底前） alone) says when, not who: the units are still the wording's."""
    naming = {a.annotation for a in task.assignments}
    return (all(a.start < a.end and task.text[a.start: a.end] == a.text
                for k, a in enumerate(task.annotations) if k in naming)
            and not read_task(task.text, running_text=False).assignments)


def _give_the_other_clause_subjects(task, by_task: bool) -> None:
    """'局安全股负责排查整治，各学校负责建立台账，每月开展一次自查。' / '县X局通过门户网站征求意见，县工商联协助征求企业意见。':
    a task whose units its own sentences name (the reading of its wording found some of them: a closing units' clause
    read only where it ends the sentence, a 协助 clause) and whose duty opens with a body writes each of its doers as
    the subject of a clause, as a task naming no unit otherwise does (_opening_subjects): the clause subjects the
    wording's reading left (a 负责 clause with more of the sentence after it, the opening body before a means 通过…)
    are the task's units too. Only where every unit already read opens one of those clauses, and only a subject ending
    as a body does (各地要… names no body), not a partner after 会同; a unit written apart (a bracket, a label, the heading's) names the task's
    units itself, and bodies opening its clauses add none (v210)."""
    if not _read_from_its_wording(task):
        return
    found = _opening_subjects(task, by_task)
    if found is None:
        return
    reading, opening = found
    starts = {reading.annotations[k].start for k in opening}
    if any(a.start not in starts for a in task.annotations):
        return
    held = {a.name for a in task.assignments}
    for k in opening:
        annotation = reading.annotations[k]
        if any(a.start < annotation.end and annotation.start < a.end for a in task.annotations):
            continue
        if task.text[: annotation.start].endswith((lx.WITH_VERB, *lx.JOINING_VERBS)):
            continue  # (X负责…，会同Y…: the partners of a body the wording read stay as it read them)
        more = [a for a in reading.assignments if a.annotation == k]
        if not more or any(a.name in held or not unit_like(a.name, strict=True) for a in more):
            continue
        task.assignments += [replace(a, annotation=len(task.annotations)) for a in more]
        task.annotations.append(annotation)
