"""Rules a document states about its own annotations, found in its own words and applied from there on.

Plans often say once how to read every list of units that follows:
"排在第一位的为牵头单位" (the first listed unit leads), sometimes with
"其他为配合单位" (the others support); or "无牵头单位的，责任单位即为牵头单位" (a task
naming no lead has its responsible units lead). The sentence may sit in the preamble,
inside an early annotation ending in 下同, or in a note under a task table.
An editor may state the same in the front matter (`lead: first`, with
`others: support`) when the document does not. Each rule here is one class
with the phenomenon it handles, registered once in
DOCUMENT_RULES (document_rules.py); `apply_document_rules` finds where each is stated and applies it
to the tasks it covers, and records what it did as a reading note of kind rule (`Plan.rules`) so that
`plansite check` can say so ("first listed unit leads, from line 12").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..model import Annotation, Assignment, Plan, Task
from ..words import lexicon as lx
from ..words.brackets import depth_at
from ..words.columns import UNIT_COLUMN_KINDS, column_kind, column_name
from ..words.labels import FOOTNOTE_DEFINITION, FOOTNOTE_LINE, NOTE_HEAD, UNNUMBERED, label_of
from ..words.names import SHORT_NAME_NOTE_HEAD, town_named_bare, unit_like, village_named
from .boxes import boxes


def _any(words) -> str:
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


# 注：市领导栏中排在第一位的为牵头市领导 / 排名第一的为牵头责任人: a note on a column of people says which leader
# leads; it states no rule for the units
_NOT_A_PERSON = "(?![" + lx.GOVERNMENT_LEVEL_CHARS + "]?" + _any(lx.PERSON_LABEL_HEADS) + ")"
# 排在第一位的为牵头单位 / 第一个单位为牵头单位 / 列首位的部门牵头 / 排名第一的为牵头部门
# (列第一位者为工作牵头单位: "the one listed first", and the lead unit "of the work", as report splits word it;
# 排在第一位的单位负责牵头 / 排名第一的为主办单位: any word of the lead role, 负责 before it; 排在第一位的为主要牵头单位:
# a rank before the role word, lexicon.RULE_ROLE_RANKS)
# (排在第一位的站所为牵头站所 / 排在第一位的科室为牵头科室: the kind of body named as the plan's labels name it,
# lexicon.RULE_BODY_KINDS)
# (其余站所（办）为配合单位 / 排在首位的为牵头站所（办、中心）: the kind with the other kinds it takes in bracketed after it,
# lexicon.RULE_BODY_KIND_BRACKET_WORDS)
_BODY_KIND_BRACKET = ("(?:[（(]" + _any(lx.RULE_BODY_KIND_BRACKET_WORDS) + "(?:、" + _any(lx.RULE_BODY_KIND_BRACKET_WORDS)
                      + "){0,3}[）)])?")
_BODY_KIND = "(?:" + _any(lx.RULE_BODY_KINDS) + _BODY_KIND_BRACKET + ")?"
# (第一个单位默认为牵头单位 / 其他单位原则上为配合单位: a softening adverb before 为, lexicon.RULE_SOFTENERS)
_SOFTENER = _any(lx.RULE_SOFTENERS) + "?"
FIRST_LEADS = re.compile(
    _any(lx.POSITION_VERBS) + "?" + _any(lx.FIRST_POSITION)
    + "位?(?:的|者)?(?:责任)?" + _BODY_KIND + _SOFTENER + "(?:为|是|系|负责)?" + _any(lx.RULE_ROLE_RANKS) + "?"
    + _any(lx.RULE_ROLE_DOMAINS) + "?" + _any(lx.LABEL_ROLE_WORDS["lead"]) + _NOT_A_PERSON
    + "(?:责任)?" + _BODY_KIND)
# …，其他为配合单位 / 其余单位为协同部门 / 其他单位配合 / 其他列入单位为参与单位: said right after the first rule
# (其他单位按职责分工配合: how they do it, then the support word, lexicon.OTHERS_ROLE_MANNERS)
_OTHERS_MANNER = _any(lx.OTHERS_ROLE_MANNERS) + "?"
# (后者配合 / 第二个为配合站所 / 排名第二的为配合单位: the second of two named by its place, lexicon.SECOND_POSITION)
_THE_OTHERS = ("(?:" + _any(lx.OTHERS) + "|" + _any(lx.SECOND_POSITION) + "|" + _any(lx.SECOND_RANK_VERBS)
               + lx.SECOND_RANK + ")")
OTHERS_SUPPORT = re.compile(
    _THE_OTHERS + "(?:的|列出的|列入的?)?(?:责任)?" + _BODY_KIND + _SOFTENER + "(?:为|是|系)?" + _OTHERS_MANNER
    + _any(lx.RULE_ROLE_DOMAINS) + "?"
    + _any(lx.LABEL_ROLE_WORDS["support"]) + _any(lx.RULE_ROLE_DOMAINS) + "?" + _BODY_KIND)
# …为牵头部门,其他部门和单位按职责分工负责: the others' role given by a verb or label of any role (a continuation only)
_OTHERS_ANY_ROLE = re.compile(
    _THE_OTHERS + "(?:的|列出的|列入的?)?(?:有关|相关)?(?:部门和单位|单位和部门|责任单位|责任部门|单位|部门)?(?:为|是|系)?"
    + _OTHERS_MANNER
    + _any(w for words in lx.LABEL_ROLE_WORDS.values() for w in words) + "(?:单位|部门)?$")
# the condition a rule may open with, in the same clause before it: 多个单位起草的，… / 涉及两个以上部门的，…
# (列有多个处室（单位）的，…: a provincial department names the kind of body with its bracketed alternative, as its
# rule does (牵头处室（单位）); a bracket holding a kind of body is part of the condition, any other bracket is not)
_KIND_ALTERNATIVE = "[（(]" + _any(lx.RULE_BODY_KINDS) + "[）)]"
_SEVERAL_ONLY = re.compile(_any(lx.SEVERAL_UNITS) + r"(?:[^。；;（）()]|" + _KIND_ALTERNATIVE + r"){0,12}?的[，,]?\s*$")
_CONDITION_WITHIN = 24  # characters before the rule where its condition is written
# the same condition written after the rule as its exception: …，其他为配合单位；只列一个单位的为责任单位 / 仅有一个单位的，
# 为责任单位. Only an exception that leaves the lone unit responsible narrows the rule (one that calls it 牵头单位
# says what the rule would read anyway).
_SINGLE_STAYS = re.compile(
    r"[，,；;]?\s*" + _any(lx.SINGLE_UNIT_ONLY) + "(?:责任)?" + _BODY_KIND + "的?[，,]?(?:为|是|即为|系)"
    + _any(lx.RULE_ROLE_DOMAINS) + "?" + _any(lx.LABEL_ROLE_WORDS["responsible"]) + _BODY_KIND)
# the exception parted by a comma, as an annotation's clauses meet it: 仅有一个单位的 / 为责任单位 (no unit either)
_SINGLE_CONDITION_ALONE = re.compile(_any(lx.SINGLE_UNIT_ONLY) + "(?:责任)?" + _BODY_KIND + "的")
_RESPONSIBLE_ALONE = re.compile("(?:为|是|即为|系)" + _any(lx.RULE_ROLE_DOMAINS) + "?"
                                + _any(lx.LABEL_ROLE_WORDS["responsible"]) + _BODY_KIND)
_EXCEPTION_WITHIN = 24  # characters after the rule (and its others' half) where the exception is written
_RULE_RUNS_ON = 40  # characters of the next line a rule broken at a line's end may run on into
_OTHERS_WITHIN = 24  # characters after the first rule where "the others support" still belongs to it
# … or further on in the rule's own sentence, where the lead's duty is said first (排在第一位的为牵头组织单位，负责制定
# 演练方案、组织实施和总结评估，另一个为配合组织单位；): up to this many characters, to the sentence's end
_OTHERS_IN_SENTENCE = 48


@dataclass
class FirstLeads:
    """How a document states its first-listed rule: whether the others support, whether it covers lists of several
    units only (多个单位…的，排在第一位的为牵头单位: a unit named alone stays responsible)."""

    others_support: bool
    several_only: bool = False
    column_role: str | None = None  # the role of the column the rule names (镇直责任部门栏中列第一位的…: responsible)
    column: str | None = None  # the column its condition names (主要起草单位有两个及以上的…: 主要起草单位)
    column_name: str | None = None  # the column the rule names, as written (市级责任部门栏中排在第一位的…: 市级责任部门)
    ranks_the_leads: bool = False  # 牵头单位有多个的，排在第一位的为主要牵头单位: the main one among leads, no role changed


@dataclass
class Statement:
    """Where a document states a rule: the source line, the words as written, and the tasks it covers."""

    line: int
    words: str
    whole_plan: bool  # stated for the whole plan (the front matter); a note after the tasks is found by position


# a definition opening a sentence of an annotation: “省直有关单位”指… / 相关部门是指…
_DEFINITION = re.compile(r"(?:^|(?<=[。；;]))\s*(?:[“\"‘][^“”\"‘’。；;，,]{1,20}[”\"’]\s*" + _any(lx.DEFINITION_VERBS)
                         + r"|[^“”\"。；;，,]{1,20}" + _any(lx.DEFINITION_VERBS_UNQUOTED) + ")")
_SENTENCE_STOP = re.compile("[。；;]")


def definition_at(text: str) -> int | None:
    """Where a definition of a collective begins in this clause of an annotation (None where none does).

    Plans define a collective at its first use inside the bracket, after the units' sentence: （省甲委牵头，省直有关单位
    按职责分工负责。“省直有关单位”指省X领导小组成员单位，下同）. The definition is the plan's note on its words, no unit
    of the task; it runs to the end of its sentence (see definition_ends)."""
    m = _DEFINITION.search(text)
    return m.start() if m else None


def definition_ends(text: str) -> int | None:
    """Where the sentence of a definition begun in an earlier clause ends in this one (None: it runs on past it)."""
    m = _SENTENCE_STOP.search(text)
    return m.end() if m else None


def is_rule_statement(text: str) -> bool:
    """Is this clause of an annotation the statement of a rule, not a unit? (…,排在第一位的为牵头单位,下同; 涉及多个单位的,
    the condition before it; 各市税务局均为落实单位, a named unit's role fixed for the lists after it)"""
    return (FIRST_LEADS.search(text) is not None or COMMA_GROUP_LEADS.search(text) is not None
            or _SEVERAL_ONLY.search(text.strip()) is not None or _names_a_units_role(text))


# 括号内为责任处室（单位） / 括号中所列为责任单位: what the brackets after each task hold, said as the rule is stated
_BRACKETS_HOLD = re.compile(r"\s*" + _any(lx.BRACKET_INSIDE) + "(?:所列|列出|列明|标注)?的?" + _BODY_KIND + "(?:为|是|系)")


def says_what_the_brackets_hold(text: str) -> bool:
    """括号内为责任单位，排在第一位的为牵头单位，下同: the rule's opening clause says what the brackets hold (the units of
    each task); it is part of the note, no unit's name (no body's name opens with 括号)."""
    return _BRACKETS_HOLD.match(text) is not None


def _names_a_units_role(text: str) -> bool:
    """各市税务局均为落实单位: a named unit's role fixed by the document ("all are"), not a unit of the list; 市X局为牵头
    单位 without 均 is a list giving its role as a label (groups read it)."""
    m = NAMED_ROLE.fullmatch(text.strip().rstrip("，,；;。"))
    return m is not None and _names_a_unit(m) and ("均" in m.group() or "都" in m.group())


def _names_a_unit(m: re.Match) -> bool:
    """A NAMED_ROLE match whose subject is a body's name, not a position (排在第一位的为牵头单位)."""
    return unit_like(m.group(1)) and not m.group(1).endswith("的")


def is_rule_continuation(text: str) -> bool:
    """Is this clause the second half of a positional rule just stated (…为牵头单位,其他为参与单位,下同)?

    The rule's two halves are often parted by a comma, so the clause reader meets "其他为参与单位"
    alone; it names the others' role, not a unit.
    (Or "其他部门和单位按职责分工负责": the others share the duty, as they would unmarked; no unit either. Or the
    exception after it, "只列一个单位的为责任单位": a unit named alone stays responsible.)
    """
    return (OTHERS_SUPPORT.match(text.strip()) is not None or _OTHERS_ANY_ROLE.match(text.strip()) is not None
            or COMMA_GROUP_OTHERS.match(text.strip()) is not None or _states_the_single_exception(text.strip()))


def _states_the_single_exception(text: str) -> bool:
    """只列一个单位的为责任单位, or either half of it parted by a comma: the rule's exception for a unit named alone."""
    return (_SINGLE_STAYS.fullmatch(text) is not None or _SINGLE_CONDITION_ALONE.fullmatch(text) is not None
            or _RESPONSIBLE_ALONE.fullmatch(text) is not None)


class FirstListedLeads:
    """The first unit of a list without roles leads; when the document says so, the others support.

    Only annotations whose units all read `responsible` (a bare list or a 责任单位 label) change:
    a list with its own verbs or labels already says who leads.
    """

    name = "first listed unit leads"

    def describe(self, option: FirstLeads) -> str:
        if option.ranks_the_leads:
            return "first listed lead is the main lead, every lead still leads"
        return self.name + (", the others support" if option.others_support else "")

    def find(self, lines: list[tuple[int, str]], meta: dict) -> tuple[Statement, FirstLeads] | None:
        if str(meta.get("lead", "")).strip() == "first":  # an editor's correction in the front matter: the whole plan
            return Statement(0, "lead: first", True), FirstLeads(str(meta.get("others", "")).strip() == "support")
        for (number, text), after in zip(lines, [*lines[1:], (0, "")]):
            # a line may break inside the rule (a page chunk cut "…列在第一位的" / "为牵头单位，下同）"): the next line's
            # start runs on into it, and the rule is the line's where it begins
            text = text.rstrip()
            joined = text + after[1].lstrip()[:_RULE_RUNS_ON]
            m = next((m for m in FIRST_LEADS.finditer(joined) if _states_a_rule(joined, m.start())), None)
            if m and m.start() < len(text):
                text = joined
                others = OTHERS_SUPPORT.search(text, m.end(), _others_end(text, m.end()))
                if others and not _states_a_rule(text, others.start(), m.start()):
                    others = None  # …，后者配合 in a sentence about something else: the first half stands alone
                condition = _SEVERAL_ONLY.search(text[max(0, m.start() - _CONDITION_WITHIN): m.start()])
                start = m.start() - (len(condition.group()) if condition else 0)
                end = others.end() if others else m.end()
                exception = _SINGLE_STAYS.match(text, end, end + _EXCEPTION_WITHIN)
                words = text[start: exception.end() if exception else end]
                column = _NAMED_COLUMN.search(text[:start])
                counted = _COUNTED_COLUMN.search(text[max(0, start - _CONDITION_WITHIN): start]) if condition else None
                return Statement(number, words, False), FirstLeads(others is not None,
                                                                   condition is not None or exception is not None,
                                                                   _column_role(column.group(1)) if column else None,
                                                                   _WHERE_IN_THE_PLAN.sub("", counted.group(1))
                                                                   if counted else _column_counted_after(condition),
                                                                   column.group(1) if column else None,
                                                                   _ranks_the_leads(m.group(), condition, counted))
        return None

    def apply(self, tasks: list[Task], option: FirstLeads) -> int:
        if option.ranks_the_leads:
            return 0  # every unit of a list of leads still leads; no other list is the rule's
        changed, others_support = 0, option.others_support
        apart = _column_written_apart(tasks, option.column_name)
        for task in tasks:
            for index in sorted({a.annotation for a in task.assignments}):
                units = [a for a in task.assignments if a.annotation == index]
                written = task.annotations[index].text if index < len(task.annotations) else ""
                if index and _continues_a_lead_label(task.annotations[index - 1].text, written):
                    continue  # 牵头单位：X / 责任单位：A，B on lines of their own: one annotation whose lead is named
                listed = _listed_before_implementers(units, written)
                if listed:  # (A、B、C；各市交通运输局具体实施): the rule reads the list, the implementers keep their verb
                    units = listed
                counted = (_the_counted_column(units, written, option.column)
                           or _the_counted_column_by_its_role(units, written, option.column))
                if counted:
                    units = counted  # 主要起草单位有两个及以上的: the rule reads that column's list, not the 归口单位 beside it
                if option.several_only and len(units) < 2:
                    continue  # 多个单位…的: the rule does not speak of a unit named alone
                if _EACH_OWN_PART.search(written):
                    continue  # A、B分别负责: each answers for its own part, the exception such rules name
                if index < len(task.annotations) and _heads_the_item(task, task.annotations[index]):
                    continue  # （四）省财政厅负责做好…: the unit a duty is written under, no list of the rule's
                if _parts_a_lead_column(units, written, option):
                    changed += 1
                    continue
                if apart:  # the rule reads the named column's clause alone; a row with none has no list of the rule's
                    units = _the_counted_column(units, written, option.column_name)
                    if not units:
                        continue
                column = _the_named_column(units, written, option.column_role)
                if any(a.role == "lead" for a in column):
                    # the cell writes its own verbs (X牵头，Y负责，Z配合): its lead is named, no list waits for one; but
                    # a lead marked in a bracket before bare names (X（牵头）、Y、Z) agrees with the rule, and Y, Z, with
                    # no verb of their own, are its others
                    if others_support:
                        changed += _others_after_the_lead(column, written)
                    continue
                if column:
                    # (the marks of a matrix's other columns give their units a lead of their own)
                    units = [a for a in column if a.role == "responsible"] or units
                if all(a.role == "responsible" for a in units):
                    units[0].role = "lead"
                    if others_support:
                        for a in units[1:]:
                            a.role = "support"
                    changed += 1
                elif others_support and index < len(task.annotations):
                    changed += _others_after_the_lead(units, task.annotations[index].text)
        return changed


# A responsibility matrix with a text column of units beside its mark columns states both readings in one legend:
# （●为牵头实施，○为配合实施；镇直责任部门栏中列第一位的为牵头部门，其余为配合部门）. The positional rule names its column,
# so it reads that column's list in every row, whether or not a ● in another column already gives the row a lead.
# A note often quotes the header it speaks of (“市级责任部门”栏中排在第一位的…, as it quotes the marks “★”): the quote
# marks frame the name and are no part of it.
_NAMED_COLUMN = re.compile(r"[“‘「『\"']?([^\s，,；;。：:（）()、“”‘’「」『』\"']{2,12}?)[”’」』\"']?" + _any(lx.COLUMN_WORDS)
                           + r"(?:中|内|里)?[，,]?\s*$")


def _role_label(role: str) -> re.Pattern:
    """A clause opening with a label of one role before its colon (主要牵头单位： / 配合： / 责任科室：): the lexicon's
    labels of the role (LABEL_ROLES), one pattern for every role the rules read clauses by."""
    return re.compile(r"^\s*" + lx.LABEL_MODIFIER + "(?:" + "|".join(p for p, r in lx.LABEL_ROLES if r == role)
                      + r")\s*" + lx.LABEL_COLON)


_RESPONSIBLE_LABEL = _role_label("responsible")


# A table's note states the rule for one of its unit columns by naming it in the rule's condition: 主要起草单位有两个及以上
# 的，排在第一位的为牵头起草单位 under a table of 主要起草单位 | 技术归口单位. The rule counts and reads that column's list
# alone; the table writes such a column under its own name when another column of its role stands beside it.
# (the name opens with a letter: a note's item number 1. before it is no part of it)
_COUNTED_COLUMN = re.compile(r"([^\W\d_][^\s，,；;。：:（）()、.．]{1,11}?" + _any(lx.COUNTED_COLUMN_HEADS) + r")(?:有|中|内)?\s*$")
# … or after the count, in the condition itself: 同一事项涉及两个以上报到部门的 / 涉及多个责任单位的 (a bare 两个以上部门
# counts units, no column: the name is taken only where a table's header reads it as a unit column, find below)
_COLUMN_COUNTED_AFTER = re.compile(_any(lx.SEVERAL_UNITS) + r"([^\W\d_][^\s，,；;。：:（）()、.．]{0,10}?"
                                   + _any(lx.COUNTED_COLUMN_HEADS) + ")的")


def _column_counted_after(condition: re.Match | None) -> str | None:
    """The unit column a rule's condition names after its count (涉及两个以上报到部门的: 报到部门), where a table's
    header reads the name as a unit column; None for a count of bare units (两个以上部门的) or no condition."""
    m = _COLUMN_COUNTED_AFTER.search(condition.group()) if condition else None
    return m.group(1) if m and column_kind(column_name(m.group(1))) in UNIT_COLUMN_KINDS else None


def _the_counted_column(units: list, written: str, column: str | None) -> list:
    """The units of the one clause of an annotation labelled with the column a rule's condition names (主要起草单位:A、B
    in 主要起草单位:A、B;责任单位:C); [] when the rule names no column or the annotation holds no such clause (a table
    with that column alone writes it under its role's label, and the rule reads the whole list)."""
    if not column:
        return []
    clauses = list(re.finditer(r"(?:^|(?<=[；;]))\s*" + re.escape(column) + r"\s*[:：][^；;]*", written))
    if len(clauses) != 1:
        return []
    return _units_within(units, written, *clauses[0].span())


# A note under a table counts one of its unit columns by the column's own name (同一事项涉及两个以上报到部门的，排在第一位的
# 为主责部门), where the table reader wrote that column under its role's label (报到部门 is a column of responsible
# bodies: 责任单位:A、B), beside the clauses of the row's other columns (吹哨主体, a lead: 牵头单位:X). The rule reads the
# clause of the counted column's role: the other columns' units are no part of the list it counts.
_CLAUSE_OF_ROLE = {role: _role_label(role) for role in UNIT_COLUMN_KINDS}


def _the_counted_column_by_its_role(units: list, written: str, column: str | None) -> list:
    """The units of the one clause of an annotation under the role label a counted column's name reads as in a table's
    header (报到部门 → 责任单位:A、B); [] when the name is no unit column's or the annotation holds no such clause or
    more than one."""
    role = column_kind(column_name(column)) if column else None
    if role not in _CLAUSE_OF_ROLE:
        return []
    clauses = [m for m in re.finditer(r"[^；;]+", written) if _CLAUSE_OF_ROLE[role].match(m.group())]
    if len(clauses) != 1:
        return []
    return _units_within(units, written, *clauses[0].span())


def _units_within(units: list, written: str, start: int, end: int) -> list:
    """The units an annotation names between start and end of its text."""
    # the units in written order, each found after the one before: a body named in this column and again in the
    # next (省X厅 drafting and 归口) is taken once, where this column names it
    picked, at = [], 0
    for a in units:
        found = written.find(a.name, at)
        if found < 0:
            continue
        at = found + len(a.name)
        if start <= found < end:
            picked.append(a)
    return picked


# where the counted column stands, before its name (计划中组织单位有两个的 / 表中牵头单位有多个的): no part of the name
_WHERE_IN_THE_PLAN = re.compile(r"^.{0,6}?(?:计划|表|清单|附件|名单|方案|安排)(?:中|内|里)")
# a column whose name reads as the lead's in a table's header (组织单位, 主办单位, 牵头单位): its cell's units all lead
_LEAD_COLUMN = re.compile(next(pattern for kind, pattern in lx.TABLE_HEADER_KINDS if kind == "lead"))


def _parts_a_lead_column(units: list, written: str, option: FirstLeads) -> bool:
    """A rule whose condition counts a column its table reads as the lead's (计划中组织单位有两个的，排在第一位的为牵头组织
    单位，另一个为配合组织单位): a drill, training or activity calendar names two organisers in one 组织单位 cell, and
    the table gives both the lead its header names. The rule parts them: the first leads, the others support where it
    says so (else they answer for it). A lead written by a verb in the cell (A牵头，B配合) is the cell's own reading and
    stays. Whether it parted the column's cell (True: the annotation is read)."""
    if not option.column or not _LEAD_COLUMN.search(option.column):
        return False
    clauses = [c for c in re.split(r"[；;]", written) if _LEAD_LABEL.match(c)]
    if len(clauses) != 1:
        return False
    body = _LEAD_LABEL.sub("", clauses[0], count=1)
    leads = sorted((a for a in units if a.role == "lead" and a.name in body), key=lambda a: body.find(a.name))
    rest = body
    for a in leads:  # (a name holding 牵头 is letters, not the cell's verb)
        rest = rest.replace(a.name, "")
    if len(leads) < 2 or _WRITTEN_LEAD.search(rest):
        return False
    for a in leads[1:]:
        a.role = "support" if option.others_support else "responsible"
    return True


# the words a positional rule may name the lists it speaks of by, in its sentence before it: 括号内… / 责任站所栏…
_NAMES_THE_LISTS = re.compile(_any(lx.BRACKET_INSIDE + lx.COLUMN_WORDS))
_RUNNING_TEXT_PLACE = re.compile(_any(lx.SECOND_RANK_VERBS) + "?" + _any(lx.PLACES_OF_RUNNING_TEXT))
# a bracket running on to 下同 (…。前者牵头，后者配合，下同）): the annotation states the rule for the lists after it
_SAME_BELOW_IN_THE_BRACKET = re.compile("[^（）()]*?" + lx.SAME_BELOW)


def _states_a_rule(text: str, at: int, rule_at: int | None = None) -> bool:
    """Does the place word at `at` state a rule about the lists? 排在第一位的 / 第一个 always do; 前者 / 后者 / 第二个
    (lexicon.PLACES_OF_RUNNING_TEXT) are words of running text too (建立甲局和乙局联动机制，前者牵头，后者配合: one
    mechanism's two bodies), and state a rule only where the words speak of the lists: a note line (注：…), a bracket
    saying 下同, or a sentence naming the brackets or a column (括号内 / 责任站所栏) or counting units (有两个站所的)
    before the rule (rule_at: where the rule whose second half is at `at` begins)."""
    if not _RUNNING_TEXT_PLACE.match(text, at):
        return True
    if _NOTE_LINE.match(text):
        return True
    if depth_at(text, at) and _SAME_BELOW_IN_THE_BRACKET.match(text, at):
        return True
    begins = at if rule_at is None else rule_at
    sentence = text[max(text.rfind(stop, 0, begins) for stop in "。；;") + 1: begins]
    return (_NAMES_THE_LISTS.search(sentence) is not None
            or _SEVERAL_ONLY.search(sentence[-_CONDITION_WITHIN:]) is not None)


def _others_end(text: str, at: int) -> int:
    """Where the others' role of a rule ending at `at` may end: near it, or at its sentence's end not far beyond."""
    stop = _SENTENCE_STOP.search(text, at, at + _OTHERS_IN_SENTENCE)
    return max(at + _OTHERS_WITHIN, stop.end() if stop else 0)


def _ranks_the_leads(rule: str, condition: re.Match | None, counted: re.Match | None) -> bool:
    """牵头单位有多个的，排在第一位的为主要牵头单位 / 任务涉及多个牵头部门的，排在第一位的为主要牵头部门: a rule giving a
    rank (lexicon.RULE_ROLE_RANKS) to the first of several units its condition already counts as leads names the main
    lead among leads; every one of them still leads, and a list of other units (市直各单位按职责分工负责) is none of
    its business. (责任单位：A、B，排在第一位的为主要牵头单位 counts no leads: its first unit leads by the rule.)"""
    if not any(rank in rule for rank in lx.RULE_ROLE_RANKS):
        return False
    if counted is not None:
        return _column_role(counted.group(1)) == "lead"
    return condition is not None and any(word in condition.group() for word in lx.LABEL_ROLE_WORDS["lead"])


def _column_role(column: str) -> str | None:
    """The role a column's name gives its units (镇直责任部门: responsible), by the label word it ends with."""
    return next((role for pattern, role in lx.LABEL_ROLES if re.search("(?:" + pattern + ")$", column)), None)


# A matrix's mark columns unfolded beside a text column of units of the same role (市级责任部门 | 江城区 ✓ | 临北区 ★:
# ✓ 责任区) keep a clause of their own: the text column is written under its own name (市级责任部门:A、B;责任单位:江城区).
# A rule naming that column (市级责任部门栏中排在第一位的为牵头部门，其余为配合部门) reads that clause alone: the
# districts ticked beside it stay as their marks say, and a row whose department cell is empty (/) gives the rule no
# list at all (its ticked districts do not take the department column's place).
def _column_written_apart(tasks: list[Task], column: str | None) -> bool:
    """Does any annotation write a clause under the very name of the column the rule names (市级责任部门:A、B)?"""
    if not column:
        return False
    clause = re.compile(r"(?:^|[；;])\s*" + re.escape(column) + r"\s*[:：]")
    return any(clause.search(a.text) for task in tasks for a in task.annotations)


def _the_named_column(units: list, written: str, role: str | None) -> list:
    """The units (any role its cell wrote) of the one clause of an annotation labelled as the column a rule names (责任单位:A、B in
    牵头单位:甲村;责任单位:A、B;配合单位:乙村); [] otherwise (the rule names no column of 责任单位, the only list that waits
    for the rule to name its lead, or the annotation holds no such clause or more than one)."""
    if role != "responsible":
        return []
    clauses = [c for c in re.split(r"[；;]", written) if _RESPONSIBLE_LABEL.match(c)]
    if len(clauses) != 1:
        return []
    return [a for a in units if a.name in clauses[0]]


_WRITTEN_LEAD = re.compile(_any([w for w, role in lx.VERB_ROLES.items() if role == "lead"] + list(lx.EACH_LEADS))
                           + "(?![单部责])")  # a verb, not the label 牵头单位 / 牵头部门 / 牵头责任单位
_ROLE_WORDS = tuple(lx.VERB_ROLES) + tuple(lx.MANNER_VERB_ROLES)
_MANNER_WORDS = tuple(lx.VERB_MANNER_HEADS) + tuple(lx.VERB_ADVERBS)
_EACH_OWN_PART = re.compile("分别(?:" + "|".join(w for w, role in lx.VERB_ROLES.items() if role in ("responsible", "implement"))
                            + ")")


def _heads_the_item(task: Task, annotation: Annotation) -> bool:
    """Does the annotation name the unit(s) the item opens with, outside any bracket (（四）省财政厅负责做好经费保障 /
    （五）省X局、省Y局负责…)? A 职责分工 part writes some duties so, with no colon or 。 after the name, beside
    `（一）省医保局。负责…`: the unit is the subject its duty is written under, and a document's positional rule reads
    the lists of its annotations, not that unit (as for the duties read unit-first after the rules)."""
    return annotation.start == 0 < annotation.end and not task.text.startswith(_OPENING_BRACKETS)


_OPENING_BRACKETS = ("（", "(", "〔", "[", "【", "［")


_LEAD_LABEL = _role_label("lead")
_SUPPORT_LABEL = _role_label("support")
_UNIT_LABEL = re.compile(r"^\s*" + lx.LABEL_MODIFIER + "(?:" + lx.UNIT_LABEL + r")\s*" + lx.LABEL_COLON)


def _continues_a_lead_label(previous: str, written: str) -> bool:
    """A task closed by label lines (牵头单位：X, then 责任单位：A，B on the next line) names its lead itself: the
    labelled list after the lead's line answers beside it, as the same labels inside one bracket do."""
    return bool(_LEAD_LABEL.match(previous)) and bool(_UNIT_LABEL.match(written))


def _listed_before_implementers(units: list, written: str) -> list:
    """(责任单位：A、B，各市人民政府落实) / (A、B、C；各市交通运输局具体实施) / (责任单位：A、B；配合单位：C): a list of
    units with no role but responsibility, then bodies that carry the work out or support it by their verb or label:
    the document's rule reads the list before them (its first leads), the others keep their role. [] otherwise."""
    k = next((i for i, a in enumerate(units) if a.role != "responsible"), len(units))
    if k == len(units):
        return _bare_list_before_a_verb_clause(units, written)
    if not 0 < k:
        return []
    if all(a.role == "implement" for a in units[k:]):
        return units[:k]
    # beside a support list only a list under its 责任单位 label (责任单位：A、B；配合单位：C): the label names no lead,
    # the rule does; a unit with a verb of its own (X负责，Y配合) or a bare name before a verb clause (X，Y配合) keeps
    # the reading its words give (responsible). A body read responsible in a later clause does not stop it: a 配合 list
    # closed after a comma by the localities (配合单位：C、D，各县（市、区）人民政府) gives them responsibility by
    # the house's comma convention, yet the list under the 责任单位 label is still the one the rule reads; a lead
    # named later (牵头单位：…) does, the lead being named
    first, last = units[0].name, units[k - 1].name
    at = written.find(last)
    after = written[at + len(last):].lstrip() if at >= 0 else ""
    labelled = any(c in written[: max(written.find(first), 0)] for c in ":：")
    if (labelled and all(a.role != "lead" for a in units[k:])
            and (not after.startswith(_ROLE_WORDS + _MANNER_WORDS) or _UNIT_LABEL.match(after))):
        return units[:k]  # (协办单位： after a wide space on the same line is the next label, not the verb 协办)
    return _bare_list_before_a_comma_clause(units, written, k)


def _bare_list_before_a_comma_clause(units: list, written: str, k: int) -> list:
    """（A、B、C，D指导）: a bare list of several units, then, after a comma, bodies with a verb of their own that is no
    lead's (指导 / 配合 / 落实). The list before the comma has no role of its words: the document's rule reads it (its
    first leads), as it reads one before a semicolon; the clause keeps its verb. A single name before the comma
    (X，Y配合) is no list, and keeps the reading its words give (responsible). [] where the annotation is not written so."""
    if k < 2 or any(a.role == "lead" for a in units[k:]):
        return []
    cut = _first_mark_outside_brackets(written, "，,")
    places = _written_places(units, written)
    if not places[k - 1] < cut < places[k] or _gives_its_own_role(written[:cut]):
        return []
    return units[:k]


def _bare_list_before_a_verb_clause(units: list, written: str) -> list:
    """（A、B；X、Y按职责分工负责）: a bare list, then, after a semicolon, bodies that answer for the work by their own
    verb (负责 / 按职责分工负责). Every unit reads responsible, but only the bare list has no role of its own words: the
    document's rule reads it (its first leads, the others support), the clause keeps its verb, as an implementer's
    clause after the list does (A、B；X落实). [] where the annotation is not written so."""
    cut = _first_mark_outside_brackets(written, "；;")
    listed, clause = written[:cut], written[cut + 1:].strip().rstrip("。.；;")
    if cut == len(written) or _gives_its_own_role(listed) or not clause.endswith(_ROLE_WORDS):
        return []
    before = [a for a, at in zip(units, _written_places(units, written)) if at < cut]
    return before if 0 < len(before) < len(units) else []


def _gives_its_own_role(listed: str) -> bool:
    """Does the list before the semicolon give a role of its own (a label, a verb, a manner word)? Then it is no bare list."""
    return any(c in listed for c in ":：") or any(w in listed for w in _ROLE_WORDS + _MANNER_WORDS)


def _first_mark_outside_brackets(written: str, marks: str) -> int:
    """Where the first of `marks` (；; or ，,) in an annotation stands outside its inner brackets (len(written) when
    there is none)."""
    depth = 0
    for i, c in enumerate(written):
        if c in "（(":
            depth += 1
        elif c in "）)":
            depth = max(depth - 1, 0)
        elif c in marks and not depth:
            return i
    return len(written)


_ROLE_MARK = re.compile("[（(]" + _any(w for words in lx.LABEL_ROLE_WORDS.values() for w in words) + "[)）]")
# the word of any label an annotation writes before its units, deadline or field (责任单位 / 完成时限 / 备注)
_LABEL_WORD = "(?:" + lx.UNIT_LABEL + "|" + lx.DEADLINE_LABEL + "|" + lx.FIELD_LABEL + ")"
_LIST_END = re.compile(r"[；;。](?=\s*" + lx.LABEL_MODIFIER + _LABEL_WORD + r"\s*[:：])")


def _others_after_the_lead(units: list, written: str) -> int:
    """A list that names its lead, then units with no verb, under "…排在第一位的为牵头单位，其他为配合单位".

    责任单位：A、B分别牵头，C、D (分别牵头 is the exception such rules name) or 市X局（牵头），C、D: the list says who
    leads, and C、D, with no verb of their own, are the others of the document's rule: they support. Units after
    the lead with their own verb or label (…，C负责落实; …；责任单位：C) keep it, and so does every unit when a role
    word follows the lead anywhere (a name holding one keeps its reading too).
    """
    leads = list(_WRITTEN_LEAD.finditer(written))
    if not leads:
        return 0
    # the list's own clause: a later label in the same annotation (；完成时限：…, a table's deadline column) is no
    # unit's word and does not stop the rule
    tail = _LIST_END.split(written[leads[-1].end():], 1)[0]
    for a in units:  # role words inside the units' names (县政协办公室 holds 协办) are letters, not verbs
        tail = tail.replace(a.name, "")
    tail = _ROLE_MARK.sub("", tail)  # 各乡镇（落实）: a role marked after a name is that name's, the others have none
    if any(word in tail for word in _ROLE_WORDS) or ":" in tail or "：" in tail:
        return 0
    after = [a for a in units if a.role == "responsible" and written.find(a.name, leads[-1].end()) >= 0]
    if not after or not any(a.role == "lead" for a in units):
        return 0
    for a in after:
        a.role = "support"
    return 1


# 括号内第一个逗号前的单位为牵头单位，其后为配合单位 / 逗号前为牵头单位，逗号后为配合单位: the rule names the comma
# that parts a bare list's groups (A、B，C、D), not the first place; 、 joins the units within each group
_COMMA_MARK = _any(lx.FIRST_POSITION) + "?" + _any(lx.COMMA_WORDS)
COMMA_GROUP_LEADS = re.compile(
    "(?:括号(?:内|中|里))?" + _COMMA_MARK + _any(lx.BEFORE_THE_MARK) + "(?:所列|列出)?的?" + _BODY_KIND
    + "(?:为|是|系)?" + _any(lx.RULE_ROLE_DOMAINS) + "?" + _any(lx.LABEL_ROLE_WORDS["lead"]) + "(?:责任)?" + _BODY_KIND)
# …，其后为配合单位 / 逗号后为配合单位 / 之后的单位为配合单位: said right after it
COMMA_GROUP_OTHERS = re.compile(
    "(?:" + _any(lx.OTHERS) + "|(?:" + _COMMA_MARK + ")?" + _any(lx.AFTER_THE_MARK) + ")(?:所列|列出)?的?"
    + _BODY_KIND + "(?:为|是|系)?" + _OTHERS_MANNER + _any(lx.RULE_ROLE_DOMAINS) + "?"
    + _any(lx.LABEL_ROLE_WORDS["support"]) + _any(lx.RULE_ROLE_DOMAINS) + "?" + _BODY_KIND)


class CommaGroupLeads:
    """A bare list parted by a comma into its leads and the others (（省甲局、省乙厅，省丙厅、省丁委）), and the document
    says so once: 括号内第一个逗号前的单位为牵头单位，其后为配合单位. Every unit written before the first comma of the
    annotation (outside inner brackets: 各市、县（市、区）人民政府) leads; those after it support where the rule says
    so, else stay responsible. A list with no comma is one group: all lead. As for the first-listed rule, only lists
    whose units all read `responsible` change; a list with its own verbs or labels already says who leads."""

    name = "the units before the first comma of a list lead"

    def describe(self, others_support: bool) -> str:
        return self.name + (", those after it support" if others_support else "")

    def find(self, lines: list[tuple[int, str]], meta: dict) -> tuple[Statement, bool] | None:
        for number, text in lines:
            m = COMMA_GROUP_LEADS.search(text)
            if m:
                others = COMMA_GROUP_OTHERS.search(text, m.end(), m.end() + _OTHERS_WITHIN)
                return Statement(number, text[m.start(): others.end() if others else m.end()], False), others is not None
        return None

    def apply(self, tasks: list[Task], others_support: bool) -> int:
        changed = 0
        for task in tasks:
            for index, note in enumerate(task.annotations):
                units = [a for a in task.assignments if a.annotation == index]
                if not units or not all(a.role == "responsible" for a in units) or _heads_the_item(task, note):
                    continue
                comma = _first_mark_outside_brackets(note.text, "，,")
                for a, at in zip(units, _written_places(units, note.text)):
                    if at < comma:
                        a.role = "lead"
                    elif others_support:
                        a.role = "support"
                changed += 1
        return changed


def _written_places(units: list, written: str) -> list[int]:
    """Where each unit is written in its annotation, each found after the one before; a name not written as read (a
    shared prefix supplied: 省甲局、乙局 read 省乙局) stands where the name before it ended, in that name's group."""
    places, at = [], 0
    for a in units:
        found = written.find(a.name, at)
        if found >= 0:
            at = found + len(a.name)
        places.append(found if found >= 0 else at)
    return places


# 无牵头单位的，责任单位即为牵头单位 / 未明确牵头单位的，责任单位为牵头单位 / 没有牵头单位的由责任单位牵头
RESPONSIBLE_LEAD = re.compile(
    _any(lx.NO_LEAD_NAMED) + "(?:明确)?(?:牵头单位|牵头部门)的?[,，]?(?:由)?(?:其)?(?:责任单位|责任部门)(?:即为|即|为|作为)?"
    + "(?:牵头单位|牵头部门|牵头)")


class _StatedInOneSentence:
    """A rule a document states in one sentence matched by `statement`, anywhere in its lines, with no option."""

    name = ""
    statement: re.Pattern

    def describe(self, option: bool) -> str:
        return self.name

    def find(self, lines: list[tuple[int, str]], meta: dict) -> tuple[Statement, bool] | None:
        for number, text in lines:
            m = self.statement.search(text)
            if m:
                return Statement(number, m.group(), False), True
        return None


class ResponsibleLeadWhereNoLead(_StatedInOneSentence):
    """A document's notice says a task naming no lead has its 责任单位 lead (无牵头单位的，责任单位即为牵头单位，下同).

    Tasks whose annotations name a lead keep their reading; in the others every unit read `responsible` leads, as the
    document defines it. (A note that the listed units share the duty, 未明确牵头单位的，由所列负责单位按职责分工负责,
    gives no lead and is not this rule.)
    """

    name = "the responsible units lead where no lead is named"
    statement = RESPONSIBLE_LEAD

    def apply(self, tasks: list[Task], option: bool) -> int:
        changed = 0
        for task in tasks:
            if task.assignments and not any(a.role == "lead" for a in task.assignments):
                responsible = [a for a in task.assignments if a.role == "responsible"]
                for a in responsible:
                    a.role = "lead"
                changed += bool(responsible)
        return changed


# 责任单位为牵头单位 / 表中责任单位即牵头单位 / 责任部门为牵头责任单位: stated with no condition (no 无牵头单位的 before
# it, no rank: 排名第一的责任单位为牵头单位 is FIRST_LEADS, 第一责任单位 a label of its own); group 1 the label word
RESPONSIBLE_COLUMN_LEADS = re.compile(
    "".join(f"(?<!{rank})" for rank in lx.RANKED_RESPONSIBLE) + "(" + _any(lx.RESPONSIBLE_COLUMN_WORDS) + ")"
    + _any(lx.STATED_AS) + _any(lx.LEAD_COLUMN_WORDS))
# a unit label as an annotation writes it before its units (责任单位： / 县级责任单位: / 配合单位： / 完成时限：), a
# table's columns included (the reader writes each column's cell as `header:cell;`)
# (州级责任单位： as 县级… does: the only reader of these tests for the column word within the label, which the
# level before it does not change)
_ANY_LABEL = re.compile(lx.LABEL_MODIFIER + "(?:[" + lx.GOVERNMENT_LEVEL_CHARS + "]级?)?" + _LABEL_WORD + r"\s*[:：]")


class ResponsibleColumnLeads(_StatedInOneSentence):
    """A 分解表 plan says once, in its 保障措施 or its notice, that its 责任单位 are the leads (责任单位为牵头单位，配合单位要
    主动配合): the label or column names the leads, the 配合单位 their partners.

    Only units written under a label holding the word the statement names (责任单位：A、B) lead; a unit of another
    label (配合单位：…，各乡镇人民政府, the places after a comma keeping their own ground's duty) or named with no
    label keeps its reading, and so does a task naming a lead of its own. A statement with a condition (无牵头单位的，
    责任单位即为牵头单位) is ResponsibleLeadWhereNoLead's; one with a rank (排名第一的责任单位为牵头单位) FirstListedLeads'.
    """

    name = "the units under the 责任单位 label lead"
    statement = RESPONSIBLE_COLUMN_LEADS

    def find(self, lines: list[tuple[int, str]], meta: dict) -> tuple[Statement, str] | None:
        """The statement, and as its option the label word it names (责任单位 / 责任部门): its units lead."""
        for number, text in lines:
            m = self.statement.search(text)
            if m and not any(_overlaps(p, text, m) for p in (RESPONSIBLE_LEAD, FIRST_LEADS)):
                return Statement(number, m.group(), False), m.group(1)
        return None

    def apply(self, tasks: list[Task], option: str) -> int:
        changed = 0
        for task in tasks:
            if any(a.role == "lead" for a in task.assignments):
                continue
            for index, note in enumerate(task.annotations):
                units = [a for a in task.assignments if a.annotation == index]
                labels = list(_ANY_LABEL.finditer(note.text))
                lifted = [a for a, at in zip(units, _written_places(units, note.text))
                          if a.role == "responsible" and _names_the_column(_label_over(labels, at), option)]
                for a in lifted:
                    a.role = "lead"
                changed += bool(lifted)
        return changed


def _names_the_column(label: str, column: str) -> bool:
    """Is the label the column the statement names (责任单位： / 县级责任单位：)? A ranked one (直接责任单位：/ 第一责任单位：)
    is a label of its own, as RESPONSIBLE_COLUMN_LEADS does not read 直接责任单位为牵头单位 as this rule."""
    at = label.find(column)
    return at >= 0 and not any(label[:at].endswith(rank) for rank in lx.RANKED_RESPONSIBLE)


def _overlaps(pattern: re.Pattern, text: str, m: re.Match) -> bool:
    """Does a match of another rule's pattern in the text cover any of this match's words?"""
    return any(o.start() < m.end() and m.start() < o.end() for o in pattern.finditer(text))


def _label_over(labels: list[re.Match], at: int) -> str:
    """The label a unit written at this place stands under: the last one before it ('' where none is)."""
    before = [m.group() for m in labels if m.end() <= at]
    return before[-1] if before else ""


# 括号内所列单位为配合单位 / 括号内为配合单位 / 括号中的单位为协办单位: the units in brackets after a task are the partners
BRACKETED_SUPPORT = re.compile(
    "括号(?:内|中|里)(?:所列|列出|列明|标注)?的?(?:单位|部门)?(?:为|是|系)" + _any(lx.LABEL_ROLE_WORDS["support"]) + "(?:单位|部门)?")


class BracketedUnitsSupport(_StatedInOneSentence):
    """A plan organised by department (一、市商务局 / 1.… （市X局、市Y局）) says once that the units in brackets after a
    task are its partners (任务后括号内所列单位为配合单位): a bracket of bare names (units read responsible, no label,
    no verb of their own) supports; the heading's or the line's own unit keeps its role."""

    name = "the units in brackets support"
    statement = BRACKETED_SUPPORT

    def apply(self, tasks: list[Task], option: bool) -> int:
        changed = 0
        for task in tasks:
            for index, note in enumerate(task.annotations):
                units = [a for a in task.assignments if a.annotation == index]
                written_in_brackets = task.text[note.start: note.start + 1] in "（(〔【["
                if (units and written_in_brackets and all(a.role == "responsible" for a in units)
                        and not any(c in note.text for c in ":：")):
                    for a in units:
                        a.role = "support"
                    changed += 1
        return changed


# the mark as the rule quotes it: 牵头 / “牵头” / “（牵头）” / （牵头）: a rule may quote the mark as printed after the
# names, brackets and all
_QUOTED_LEAD_MARK = "[“\"]?[（(]?" + _any(lx.LABEL_ROLE_WORDS["lead"]) + "[)）]?[”\"]?"

# 标注“牵头”的为牵头单位，其余为配合单位 / 注明牵头的为牵头单位 / 标注“（牵头）”的为牵头单位: the lead named by the mark
# written after it (市X局（牵头）), the others of the list supporting it
MARKED_LEADS = re.compile(
    "(?:标注|标有|标明|注明|标记|标)" + _QUOTED_LEAD_MARK + "(?:字样)?的(?:单位|部门)?(?:为|是|系)?"
    + _any(lx.LABEL_ROLE_WORDS["lead"]) + "(?:单位|部门)?")

# …，未标注的为配合单位 / 未标注“牵头”的为配合单位 / 未注明的单位为配合单位: the marked-lead rule's others named as the names
# the mark is not written after, where the first-listed rule says 其余
_UNMARKED_SUPPORT = re.compile(
    _any(lx.UNMARKED) + "(?:" + _QUOTED_LEAD_MARK + ")?(?:字样)?的(?:责任)?(?:单位|部门)?(?:为|是|系)?"
    + _any(lx.RULE_ROLE_DOMAINS) + "?" + _any(lx.LABEL_ROLE_WORDS["support"]) + _any(lx.RULE_ROLE_DOMAINS) + "?"
    + "(?:单位|部门)?")


def _marked_others_support(text: str, start: int) -> re.Match | None:
    """The words after the marked-lead rule saying the other names support (其余为配合单位, 未标注的为配合单位)."""
    end = start + _OTHERS_WITHIN
    return OTHERS_SUPPORT.search(text, start, end) or _UNMARKED_SUPPORT.search(text, start, end)


class MarkedLeadOthersSupport(_StatedInOneSentence):
    """A list marks its lead after the name (县X中心（牵头）、县Y局、县Z局) and the document says once how to read such
    marks: 标注“牵头”的为牵头单位，其余为配合单位. In a list whose lead is so marked the units after it with no verb of
    their own support; a list marking none keeps its reading (仅列一个单位的，由该单位负责 is the reader's default),
    unless the same row names its lead in a 牵头单位 column (_unmarked_list_beside_a_lead_label)."""

    name = "the unit marked 牵头 leads, the others support"

    def find(self, lines: list[tuple[int, str]], meta: dict) -> tuple[Statement, bool] | None:
        for number, text in lines:
            m = MARKED_LEADS.search(text)
            others = _marked_others_support(text, m.end()) if m else None
            if m and others:
                return Statement(number, text[m.start(): others.end()], False), True
        return None

    def apply(self, tasks: list[Task], option: bool) -> int:
        changed = 0
        responsible_apart = _responsible_set_apart_from_support(tasks)  # one reading for every row
        for task in tasks:
            for index, note in enumerate(task.annotations):
                units = [a for a in task.assignments if a.annotation == index]
                if any(a.role == "lead" for a in units):
                    changed += _others_after_the_lead(units, note.text)
                    changed += _unmarked_before_the_mark(units, note.text)
                    if not responsible_apart:
                        changed += _unmarked_list_beside_a_lead_label(units, note.text)
        return changed


def _responsible_set_apart_from_support(tasks: list[Task]) -> bool:
    """Whether the lists a marked-lead rule covers write 责任单位 as a role of its own between the lead and the
    supporters: some annotation labels all three (牵头单位:A;责任单位:B;配合单位:C — a 分解表 with 牵头单位 | 责任单位 |
    配合单位 columns, or a cell labelling its roles itself, 牵头科室：A；责任单位：B；配合单位：C).

    Why that is evidence enough: the legend (其余为配合单位) parts a list into its marked lead and the unmarked others,
    which support. Where the lists also give the supporters a label of their own, those labelled 配合单位 are the others
    the legend speaks of, and 责任单位 is a third role the lists set apart from them on purpose; a row whose 配合单位 cell
    is empty names fewer bodies, not another reading of its 责任单位 column. So it is decided once over every list the
    rule covers, not per row (per row, one column read responsible on the rows filling their 配合单位 cell and support
    on the rows leaving it empty)."""
    for task in tasks:
        for note in task.annotations:
            clauses = re.split("[；;]", note.text)
            if all(any(label.match(c) for c in clauses) for label in (_LEAD_LABEL, _RESPONSIBLE_LABEL, _SUPPORT_LABEL)):
                return True
    return False


# the mark written after the lead's name: 市X局（牵头）, 市X局(牵头)
_LEAD_MARK = re.compile("[（(]" + _any(lx.LABEL_ROLE_WORDS["lead"]) + "[)）]")
_BRACKETED = re.compile(r"[（(][^（()）]*[)）]")
_ONLY_SEPARATORS = re.compile(r"^[、，,\s]*$")


def _unmarked_before_the_mark(units: list, written: str) -> int:
    """市甲委、市乙局（牵头）、市丙局 under 标注“牵头”的为牵头单位，其余为配合单位: the mark need not stand on the first name,
    and a name before it is as unmarked as one after it, so it supports too. Only names of the same list (nothing but
    names, their brackets and commas up to the mark); a name with a verb or label of its own keeps it."""
    mark = _LEAD_MARK.search(written)
    if not mark:
        return 0
    before = [a for a in units if a.role == "responsible" and 0 <= written.find(a.name) < mark.start()]
    if not before:
        return 0
    gap = written[min(written.find(a.name) for a in before):mark.start()]
    for name in sorted({a.name for a in units}, key=len, reverse=True):
        gap = gap.replace(name, "")
    if not _ONLY_SEPARATORS.match(_BRACKETED.sub("", gap)):
        return 0
    for a in before:
        a.role = "support"
    return 1


def _unmarked_list_beside_a_lead_label(units: list, written: str) -> int:
    """A 分解表 with a 牵头单位 column beside a 责任单位 column whose cells mark a co-lead now and then (县甲局（牵头）、
    县乙局), under 责任单位栏标注“（牵头）”的为牵头单位，其余为配合单位: on a row marking none the row still names its lead,
    in its 牵头单位 cell, so the 责任单位 names are the rule's others and support. Only a 责任单位 clause with no mark,
    every name in it still responsible and no verb or label of its own (牵头单位:县甲局;责任单位:县乙局、县丙局), beside a
    lead clause of the same annotation whose names lead; a list with no lead anywhere keeps its reading (the reader's
    default: a task needs someone to answer for it), and so do label lines written apart (another annotation). Lists
    labelling their supporters apart keep every 责任单位 clause (the caller asks `_responsible_set_apart_from_support`
    once for all of them)."""
    if _LEAD_MARK.search(written):
        return 0  # a marked list: the lead is in the list itself (_others_after_the_lead, _unmarked_before_the_mark)
    clauses = re.split("[；;]", written)
    lead_clauses = [c for c in clauses if _LEAD_LABEL.match(c)]
    if not any(a.role == "lead" and a.name in c for a in units for c in lead_clauses):
        return 0
    changed = 0
    for clause in clauses:
        label = _RESPONSIBLE_LABEL.match(clause)
        if not label:
            continue
        named = [a for a in units if a.name in clause[label.end():]]
        rest = clause[label.end():]
        for name in sorted({a.name for a in units}, key=len, reverse=True):
            rest = rest.replace(name, "")  # role words inside names (县政协办公室 holds 协办) are letters, not verbs
        if not named or any(a.role != "responsible" for a in named) or any(w in rest for w in _ROLE_WORDS) \
                or ":" in rest or "：" in rest:
            continue
        for a in named:
            a.role = "support"
        changed = 1
    return changed


# the sign a list writes before its lead's name (★省甲厅), as the legend quotes it: ★ / “★” / ‘*’ / ★号; group 1 the sign
_LEGEND_UNIT = _any(lx.LEGEND_UNIT_NOUNS)
_LEGEND_COPULA = _any(lx.LEGEND_COPULAS)
_QUOTED_SIGN = "[“‘\"']?([" + re.escape("".join(lx.LIST_NAME_SIGNS)) + "])[”’\"']?号?"
# 标注★的为牵头单位 / 标有“★”的为牵头单位 / 带★号的单位为牵头单位: the lead named by a sign written before it
SIGNED_LEADS = re.compile(
    _any(lx.LEGEND_MARKING_VERBS) + _QUOTED_SIGN + _any(lx.LEGEND_SIGN_NOUNS) + "?的" + _LEGEND_UNIT + "?"
    + _LEGEND_COPULA + "?" + _any(lx.LABEL_ROLE_WORDS["lead"]) + _LEGEND_UNIT + "?")
_SIGN_CHARS = "".join(lx.LIST_NAME_SIGNS)


class SignedLeadOthersSupport(_StatedInOneSentence):
    """A 行动方案 marks the lead of a plain unit list by a sign before its name (责任单位：省甲厅、★省乙局、省丙局), a
    分工方案 often by a star glued after it (（市甲局*、市乙局）), and says once, in a heading's bracket, a 注 line or the
    notice, what the sign means: 标注★的为牵头单位，其余为配合单位 / 带*的为牵头单位. The name the sign marks leads; with the others clause, the list's other names with no verb of their own support.
    A list with no sign keeps its reading (the name splitter has already taken the sign off the name)."""

    name = "the unit marked by a sign leads, the others support"

    def find(self, lines: list[tuple[int, str]], meta: dict) -> tuple[Statement, tuple[str, bool]] | None:
        for number, text in lines:
            m = SIGNED_LEADS.search(text)
            if m:
                others = _marked_others_support(text, m.end())
                words = text[m.start(): others.end() if others else m.end()]
                return Statement(number, words, False), (m.group(1), others is not None)
        return None

    def apply(self, tasks: list[Task], option: tuple[str, bool]) -> int:
        sign, others_support = option
        changed = 0
        for task in tasks:
            for index, note in enumerate(task.annotations):
                units = [a for a in task.assignments if a.annotation == index]
                changed += _signed_list_roles(units, note.text, sign, others_support)
        return changed


def _signed_beside(written: str, name: str, sign: str) -> bool:
    """Is the name written right after the sign (★省甲厅, ★ 省甲厅) or with the sign glued after it (市甲局*)
    somewhere in the annotation?"""
    if sign not in written:
        return False
    at = written.find(name)
    while at >= 0:
        before = at - 1
        while before >= 0 and written[before] in " \u3000":  # a character at a time: no slice of the text before
            before -= 1
        after = at + len(name)
        if (before >= 0 and written[before] == sign) or written[after:after + 1] == sign:
            return True
        at = written.find(name, at + 1)
    return False


def _signed_list_roles(units: list, written: str, sign: str, others_support: bool) -> int:
    """One annotation under 标注★的为牵头单位，其余为配合单位: each list (up to ；/。) holding a name the sign marks
    (★省甲厅, 省甲厅*) gives that name the lead and, when the legend says so, its other names support. A name with a verb of its own in the
    list (…，省丁局负责落实) keeps it, and so does every name of a list where a role word stands beside them."""
    changed = 0
    for clause in re.split("[；;。]", written) if sign in written else ():
        if sign not in clause:
            continue
        in_clause = [a for a in units if a.name in clause and a.role == "responsible"]
        signed = [a for a in in_clause if _signed_beside(clause, a.name, sign)]
        if not signed:
            continue
        rest = _ANY_LABEL.sub("", clause)
        for name in sorted({a.name for a in units}, key=len, reverse=True):
            rest = rest.replace(name, "")
        verbs = any(word in rest for word in _ROLE_WORDS)
        for a in signed:
            a.role = "lead"
        if others_support and not verbs:
            for a in in_clause:
                if a not in signed:
                    a.role = "support"
        changed += 1
    return changed


def signs_left_unread(task: Task) -> list[str]:
    """The names of a task written after a list sign (★省甲厅) that no legend gave a role: the reader took the sign
    off the name and kept the name's role, and says so (a legend elsewhere, a key item, a lead by custom: it cannot
    tell)."""
    signed = [note.text if any(sign in note.text for sign in _SIGN_CHARS) else "" for note in task.annotations]
    return [a.name for a in task.assignments if a.role != "lead" and 0 <= a.annotation < len(signed)
            and signed[a.annotation] and any(_signed_beside(signed[a.annotation], a.name, sign) for sign in _SIGN_CHARS)]


# 各市税务局均为落实单位 / 各县（区）为责任主体: one named unit's role in every list after the rule (stated beside a
# first-listed rule, …其他为配合单位；各市税务局均为落实单位，下同)
_ROLE_OF_WORD = {w: role for role, words in lx.LABEL_ROLE_WORDS.items() for w in words}
NAMED_ROLE = re.compile(r"([^，,。；;：:（）()\s]{2,24}?)(?:均|都)?(?:为|是)" + _any(_ROLE_OF_WORD)
                        + r"(?:单位|部门|主体)(?=[，,；;。）)]*\s*下同|$)")


# a note line under a list or table (注：… / 说明：… / （注：…）)
_NOTE_LINE = re.compile(r"^\s*(?:[（(]?\s*" + _any(lx.NOTE_HEADS) + r"\s*[:：]|" + FOOTNOTE_DEFINITION + ")")
# 主办单位栏列两个单位的… / 责任单位栏中…: the note speaks of the units' column
_UNITS_COLUMN = re.compile("(?:单位|部门)" + _any(lx.COLUMN_WORDS))


def is_note_on_the_lists(text: str) -> bool:
    """注：排在第一位的为牵头单位，其他为配合单位；各县（市、区）人民政府为落实单位。 under a list or table: a note saying
    how to read every list of units (a positional rule, or a word on the units' column), not the last task's units.

    Such a note names units and roles, so it reads like an annotation line; but it is the document's rule for the
    whole list, and the task above it gains nothing from it (its 各县 is no unit of that task)."""
    if not _NOTE_LINE.match(text):
        return False
    # a note standing open, not in brackets (注：…由X提出，报县政府同意后另行通知。): a word on the whole list above it,
    # whoever it names; the bracketed （注：…） may be the last task's own aside
    if NOTE_HEAD.match(text.lstrip()) or FOOTNOTE_LINE.match(text.lstrip()):
        return True
    return any(p.search(text) for p in (FIRST_LEADS, COMMA_GROUP_LEADS, RESPONSIBLE_LEAD, RESPONSIBLE_COLUMN_LEADS,
                                        BRACKETED_SUPPORT, MARKED_LEADS, SIGNED_LEADS,
                                        _UNITS_COLUMN))


# one clause of a rule sentence fixing a named unit's role: 各县（市、区）人民政府为落实单位 / 各市税务局均为落实单位
# (the name may hold brackets; the sentence's other clauses are the positional rule). The clause may first say which
# column it speaks of (配合单位中的各县（市、区）人民政府为落实单位 / 责任单位栏内的各乡镇为落实单位): the column's
# words are no part of the unit's name, so they stand outside the name's group.
_COLUMN_SCOPE = (r"(?:[^，,；;。、\s]{0,8}?(?:单位|部门)" + _any(lx.COLUMN_WORDS) + "?" + _any(lx.WITHIN_A_COLUMN) + ")?")
# (所列各村（社区）为具体落实单位: the unit pointed at as the one listed, lexicon.NAMED_ROLE_LISTED, and the role
# qualified, lexicon.NAMED_ROLE_MANNERS; both stand outside the name's group, which must be the listed name itself)
_NAMED_ROLE_CLAUSE = re.compile(_COLUMN_SCOPE + _any(lx.NAMED_ROLE_LISTED) + r"?(\S{2,30}?)(?:均|都)?(?:为|是)"
                                + _any(lx.NAMED_ROLE_MANNERS) + "?" + _any(_ROLE_OF_WORD) + r"(?:单位|部门|主体)")
_SENTENCE_END = re.compile(r"[。！!]")
_CLAUSE_END = re.compile(r"[，,；;]")


def _role_named(m: re.Match) -> str:
    """The role a NAMED_ROLE-like match gives its unit."""
    word = next(w for w in sorted(_ROLE_OF_WORD, key=len, reverse=True) if w in m.string[m.end(1) : m.end()])
    return _ROLE_OF_WORD[word]


def _named_roles_in_a_rule(text: str) -> list[re.Match]:
    """注：排在第一位的为牵头单位，其他为配合单位；各县（市、区）人民政府为落实单位。: a named unit's role fixed in the
    sentence of a positional rule, or in a note under a list, speaks for the whole list as 下同 would (a note under a
    table speaks for the table). A clause of an annotation (…，各县为落实单位) outside such a sentence stays the task's."""
    found = []
    note = _NOTE_LINE.match(text)
    for sentence in _SENTENCE_END.split(text[note.end():] if note else text):
        if not (note or FIRST_LEADS.search(sentence)):
            continue
        for clause in _CLAUSE_END.split(sentence):
            m = _NAMED_ROLE_CLAUSE.fullmatch(clause.strip().rstrip("）)"))
            # the rule's own second half (其余站所（办）为配合单位) names the others by their place, no unit
            if m and _names_a_unit(m) and not FIRST_LEADS.search(clause) and not is_rule_continuation(clause):
                found.append(m)
    return found


class NamedUnitsRole:
    """A document fixes one named unit's role for every list after its rule: a provincial office's plan for its own
    offices and the level below says …排在第一位的为牵头单位，其他为配合单位；各市税务局均为落实单位，下同: wherever
    各市税务局 is listed with no verb of its own it carries the work out (implement), whatever its place in the list.
    Stated with 下同 (or ending the rule's annotation), read from there on."""

    name = "a named unit's role fixed"

    def describe(self, option: tuple[str, str]) -> str:
        return f"{self.name}: {option[0]} {option[1]}"

    def find(self, lines: list[tuple[int, str]], meta: dict) -> tuple[Statement, tuple[str, str]] | None:
        for number, text in lines:
            for m in NAMED_ROLE.finditer(text):
                if "下同" in text[m.end(): m.end() + _OTHERS_WITHIN] and _names_a_unit(m):
                    return Statement(number, m.group(), False), (m.group(1), _role_named(m))
            for m in _named_roles_in_a_rule(text):
                return Statement(number, m.group(), False), (m.group(1), _role_named(m))
        return None

    def apply(self, tasks: list[Task], option: tuple[str, str]) -> int:
        name, role = option
        members = _class_member_endings(name)
        changed = 0
        for task in tasks:
            for a in task.assignments:
                written = task.annotations[a.annotation].text if a.annotation < len(task.annotations) else ""
                at = written.find(a.name)
                after = written[at + len(a.name):].lstrip() if at >= 0 else ""
                if after.startswith(_ROLE_WORDS + _MANNER_WORDS):
                    continue  # 各市税务局按职责分工负责: a verb of its own keeps its reading
                if (a.name == name or _member_of_the_class(a.name, members)) \
                        and a.role in ("responsible", "support") and a.role != role:
                    a.role = role
                    changed += 1
        return changed


def _body_words(name: str) -> list[str]:
    """村（社区） -> [村, 社区]: a kind's body word and the alternatives its bracket adds (乡镇（街道）)."""
    head, bracket, inside = name.partition("（") if "（" in name else name.partition("(")
    if bracket and not inside.endswith(("）", ")")):
        return []
    return [head] + (inside[:-1].split("、") if bracket else [])


def _class_member_endings(name: str) -> tuple[str, ...]:
    """各村（社区） -> (村, 社区): a rule naming a class of grassroots bodies by their kind (各 and the kind's body words
    alone, lexicon.CLASS_BODY_MEMBER_ENDINGS) speaks for each member of the class, however a cell names it; how the
    members' names end. A name saying more than the kind (各县（市、区）人民政府, 各市税务局) is one unit's name: ()."""
    if not name.startswith(lx.EACH):
        return ()
    words = _body_words(name[len(lx.EACH):])
    if not words or not all(w in lx.CLASS_BODY_MEMBER_ENDINGS for w in words):
        return ()
    return tuple(ending for w in words for ending in lx.CLASS_BODY_MEMBER_ENDINGS[w])


def _member_of_the_class(unit: str, endings: tuple[str, ...]) -> bool:
    """茶山村 / 老街社区 / 沿河各村 / 沿河各村（社区） of the class 各村（社区）: the name, less a bracket of the kind's
    alternatives, ends in the class's body word (县农业农村局, 镇党政综合办 end otherwise), and names a place bare
    (names.village_named, town_named_bare) or a collective of them (沿河各村): a business or programme whose name ends
    so (龙湖度假村, 县美丽乡村, 云溪小镇) is none. A village's committee named after it (东山村村委会) is its member."""
    if not endings:
        return False
    head = unit
    cut = max(unit.rfind("（"), unit.rfind("("))
    if cut > 0 and unit.endswith(("）", ")")) and all(
            w in lx.CLASS_BODY_MEMBER_ENDINGS for w in unit[cut + 1:-1].split("、")):
        head = unit[:cut]
    head = _place_of_its_committee(head)
    if not head.endswith(endings):
        return False
    return lx.EACH in head or village_named(head) or town_named_bare(head)


def _place_of_its_committee(name: str) -> str:
    """东山村村委会 / 东山村委会 -> 东山村, 河滨社区居委会 -> 河滨社区: the place a village's committee is named after
    (lexicon.VILLAGE_COMMITTEE_KINDS); any other name as it stands."""
    for ending, kind in lx.VILLAGE_COMMITTEE_KINDS.items():
        if name.endswith(ending) and len(name) > len(ending):
            place = name[:-len(ending)]
            return place if place.endswith(kind) else place + kind
    return name


# 甲方：某县人民政府 / 乙方：某镇人民政府 at the head of a 责任书: the party signing for the targets (乙方) and the one
# setting them (甲方)
_PARTY_LETTER = "([" + lx.SETTING_PARTY + lx.SIGNING_PARTY + "])"
_PARTY = re.compile(r"^\s*" + _PARTY_LETTER + r"\s*" + lx.PARTY_WORD + r"\s*[:：]\s*(\S[^:：，,。；;\s]{1,40})\s*$")


# 某县人民政府（以下简称甲方）与某镇人民政府（以下简称乙方）签订本责任书: a 责任书 that names its parties in the
# preamble's sentence, each name before a bracket giving its short name
_PARTY_SHORT_NAME = re.compile(r"[（(]\s*" + SHORT_NAME_NOTE_HEAD + r"\s*[“\"]?" + _PARTY_LETTER + lx.PARTY_WORD
                               + r"[”\"]?\s*[）)]")
_NAME_BEFORE_STOPS = frozenset("，,。；;：:、（）()“”\" \t\u3000")
_PARTY_NAME_MAX = 40
# 甲方（盖章）：某县人民政府　　　乙方（盖章）：某镇人民政府: the signature block, often both parties on one line parted
# by a wide space, each label with the seal's (or signature's) note in a bracket
_SIGNED_PARTY = re.compile(_PARTY_LETTER + r"\s*" + lx.PARTY_WORD
                           + r"\s*(?:[（(][^（）()]{1,6}[）)])?\s*[:：]\s*([^:：，,。；;\s]{2,40})")
_WIDE_SPACE = re.compile(r"\u3000+|\s{2,}")


def _named_inline(text: str) -> list[tuple[str, str, str]]:
    """(甲 or 乙, the party's name, the words) of each party a preamble's sentence names before its short name."""
    found = []
    for m in _PARTY_SHORT_NAME.finditer(text):
        start = m.start()
        while start > max(0, m.start() - _PARTY_NAME_MAX) and text[start - 1] not in _NAME_BEFORE_STOPS:
            start -= 1
        name = text[start:m.start()]
        joiner = next((j for j in lx.PARTY_NAME_JOINERS if name.startswith(j)), "")
        found.append((m.group(1), name[len(joiner):], text[start + len(joiner):m.end()]))
    return found


def _signed(text: str) -> list[tuple[str, str, str]]:
    """(甲 or 乙, the party's name, the words) of each party a signature block's line names (乙方（盖章）：X)."""
    found = []
    for piece in _WIDE_SPACE.split(text.strip()):
        m = _SIGNED_PARTY.fullmatch(piece)
        if m:
            found.append((m.group(1), m.group(2), piece))
    return found


class PartyBearingTheTargets:
    """A responsibility document (目标管理责任书, 安全生产责任书) names at its head the two parties, 甲方 setting the
    targets and 乙方 signing for them (甲方：某县人民政府 / 乙方：某镇人民政府), and lists the targets with the
    departments scoring each (考核单位) but not the party again. Every target is 乙方's: it signs for the whole
    document (乙方对本责任书所列目标任务负总责), so it answers for each target (responsible), also beside a county
    department an item names as guiding or doing a part (县农业农村局负责技术指导); an item naming the party itself
    keeps that mention. Stated before the tasks, both parties named; a 乙方 named alone is no such head.

    Many 责任书 name the parties only in the preamble's sentence (某县人民政府（以下简称甲方）与某镇人民政府（以下简称
    乙方）签订本责任书) or in the signature block at the end (甲方（盖章）：X　　乙方（盖章）：Y): either names them as the
    head lines do; the signature block's stands for the whole document.
    """

    name = "the party signing the document (乙方) answers for each target"

    def describe(self, option: Parties) -> str:
        return f"{self.name}: {option.signing}"

    def find(self, lines: list[tuple[int, str]], meta: dict) -> tuple[Statement, str] | None:
        if agreement_start(lines) is not None:
            return None  # two parties each bearing its own clauses (party_word.EachPartyWordStandsForItsBody)
        for parties in (self._head_lines(lines), self._preamble(lines), self._signature(lines)):
            if lx.SETTING_PARTY in parties and lx.SIGNING_PARTY in parties and unit_like(parties[lx.SIGNING_PARTY][1]):
                number, name, words, whole = parties[lx.SIGNING_PARTY]
                setting = parties[lx.SETTING_PARTY][1]
                return Statement(number, words, whole), Parties(name, setting if unit_like(setting) else None,
                                                                party_headed_parts(lines))
        return None

    @staticmethod
    def _head_lines(lines: list[tuple[int, str]]) -> dict:
        parties: dict = {}
        for number, text in lines[:_PARTY_LINES]:
            m = _PARTY.match(text)
            if m and m.group(1) not in parties:
                parties[m.group(1)] = (number, m.group(2), text.strip(), False)
        return parties

    @staticmethod
    def _preamble(lines: list[tuple[int, str]]) -> dict:
        parties: dict = {}
        for number, text in lines[:_PARTY_LINES]:
            for party, name, words in _named_inline(text) if lx.PARTY_WORD in text else ():
                parties.setdefault(party, (number, name, words, False))
        return parties

    @staticmethod
    def _signature(lines: list[tuple[int, str]]) -> dict:
        parties: dict = {}
        for number, text in lines:
            for party, name, words in _signed(text) if lx.PARTY_WORD in text else ():
                parties.setdefault(party, (number, name, words, True))
        return parties

    def apply(self, tasks: list[Task], option: Parties) -> int:
        changed = 0
        for task in tasks:
            heading_party = next((party for line, end, party in option.headed
                                  if line < task.line and (end is None or task.line < end)), None)
            if heading_party == lx.SETTING_PARTY_WORD:
                # 二、甲方职责: the setting party's own duties (甲方负责将目标分解下达乙方 / 县政府督查室负责督查), not 乙方's;
                # 甲方 answers for an item naming no one else (the party word, or no subject at all)
                if option.setting and not task.assignments:
                    changed += _party_answers(task, lx.SETTING_PARTY_WORD, option.setting)
                continue
            if not any(a.name == option.signing for a in task.assignments):
                changed += _party_answers(task, lx.SIGNING_PARTY_WORD, option.signing)
        return changed


@dataclass(frozen=True)
class Parties:
    """A 责任书's parties as its head names them: the body signing for the targets (乙方), the one setting them (甲方,
    None where its name reads as no body), and the headings naming one party's share (party_headed_parts)."""
    signing: str
    setting: str | None
    headed: tuple[tuple[int, int | None, str], ...]


def _party_answers(task: Task, party_word: str, name: str) -> int:
    """The party's body answers for the task (responsible), its annotation the party line at the text's end."""
    end = len(task.text)
    task.annotations.append(Annotation(text=f"{party_word}：{name}", start=end, end=end))
    task.assignments.append(Assignment(name=name, role="responsible", annotation=len(task.annotations) - 1))
    return 1


_PARTY_LINES = 40  # lines of a document's head where its parties are named


# 一、乙方义务 / （一）甲方职责 / 第三条 甲方的权利和义务: a heading naming one party's share
_PARTY_DUTY_HEADING = re.compile("[ \u3000]*(" + lx.alternation((lx.SETTING_PARTY_WORD, lx.SIGNING_PARTY_WORD)) + ")(?:"
                                 + lx.alternation(lx.PARTY_DUTY_HEADING_WORDS) + r")[ \u3000]*[:：]?[ \u3000]*")


def party_headed_parts(lines: list[tuple[int, str]]) -> tuple[tuple[int, int | None, str], ...]:
    """(the heading's line, the line its part ends on or None, the party word) of each heading naming one party's
    share. The part ends at the next heading of its own level or of a level above it: a heading numbered as it is,
    or as any heading above it (（二）甲方职责, the last of 二、双方职责's, ends at 三、专项任务, whose items are the
    signing party's targets again), or at an attachment's line (附件：考核细则), which no party's share runs into."""
    parts = []
    levels: list[str] = []  # the numbering styles of the headings open at this line, outermost first
    for k, (number, text) in enumerate(lines):
        label = label_of(text.strip())
        if label is None or label.style in UNNUMBERED:
            continue
        if label.style in levels:
            del levels[levels.index(label.style):]  # a heading of a level already open closes that level's part
        levels.append(label.style)
        m = _PARTY_DUTY_HEADING.fullmatch(label.rest)
        if m is None:
            continue
        outer = frozenset(levels)
        end = next((n for n, later in lines[k + 1:] if _ends_a_party_part(later, outer)), None)
        parts.append((number, end, m.group(1)))
    return tuple(parts)


def _ends_a_party_part(line: str, styles: frozenset[str]) -> bool:
    """Whether a line after a party's heading ends its part: a heading numbered in one of `styles` (its own level's
    or a level met above it), or an attachment's line (附件 / 附表…)."""
    text = line.strip()
    if re.sub(r"\s", "", text[:4]).startswith(lx.ATTACHMENT_WORDS):
        return True
    label = label_of(text)
    return label is not None and label.style in styles

_TITLE_LINES = 3  # lines of a document's head its title is set on (某市人民政府　某大学 / 战略合作框架协议)


def agreement_start(lines: list[tuple[int, str]]) -> int | None:
    """Where an agreement between its parties begins (the index of the first line naming a party: 甲方：X, or the
    preamble's X（以下简称“甲方”）), where the document is one (its title ends in 协议 / 备忘录, lexicon.AGREEMENT_KINDS,
    on the lines right above), not a 责任书 one party signs for; else None. A covering notice's lines may come first.
    A title whose words before the kind mark a 责任书 (目标责任协议书, 包保责任协议: lexicon.RESPONSIBILITY_AGREEMENT_MARKS)
    is one: 乙方 signs for every target (PartyBearingTheTargets)."""
    first = next((k for k, (_, text) in enumerate(lines) if _PARTY.match(text) or _PARTY_SHORT_NAME.search(text)), None)
    if first is None:
        return None
    above = [text.strip() for _, text in lines[:first] if text.strip()][-_TITLE_LINES:]
    titles = [text for text in above if text.endswith(lx.AGREEMENT_KINDS)]
    if not titles or any(map(titled_as_a_responsibility_agreement, titles)):
        return None
    return first


def titled_as_a_responsibility_agreement(title: str) -> bool:
    """Whether a title names an agreement that is a 责任书 (安全生产目标责任协议书, 综治维稳目标管理责任协议, 森林防火包保
    责任协议): a responsibility mark (lexicon.RESPONSIBILITY_AGREEMENT_MARKS) right before the agreement's kind word
    (协议书 / 协议 / 备忘录). A mark elsewhere in the title is the agreement's subject, not its kind (人才培养目标合作框架
    协议, 履行社会责任合作协议: a partnership, its 目标任务 part goals framing it)."""
    kinds = [kind for kind in lx.AGREEMENT_KINDS if title.endswith(kind)]
    if not kinds:
        return False
    return title[: -len(min(kinds, key=len))].endswith(lx.RESPONSIBILITY_AGREEMENT_MARKS)


# 加粗的为牵头单位 / 标下划线的单位为牵头单位 / 黑体字为牵头部门 / 用红色字体标注的为配合单位: a legend naming a role by
# formatting (lexicon.LOST_FORMATTING_WORDS), up to a few characters between the formatting and 的/为 (字, 标注, 部分).
# An office printing the lead in either of two looks names both, the second as an alternative in brackets or after 或
# (加粗字体（或带下划线）的为牵头单位, 标红（加粗）的为牵头单位, 加粗或带下划线的为牵头单位): either look marks the role
_FORMAT_ROLE_WORDS = _any(lx.LABEL_ROLE_WORDS["lead"] + lx.LABEL_ROLE_WORDS["support"])
_FORMAT_GAP = r"[^，,。；;：:（）()\s]{0,4}?"
_FORMAT_ALTERNATIVE = ("(?:[（(](?:或者?|或是)?" + _FORMAT_GAP + _any(lx.LOST_FORMATTING_WORDS) + _FORMAT_GAP + "[）)]"
                       + "|(?:或者?|或是)" + _FORMAT_GAP + _any(lx.LOST_FORMATTING_WORDS) + ")")
LOST_FORMATTING_LEGEND = re.compile(
    _any(lx.LOST_FORMATTING_WORDS) + _FORMAT_GAP + "(?:" + _FORMAT_ALTERNATIVE + _FORMAT_GAP + ")?(?:(?:的|者)"
    + _LEGEND_UNIT + "?" + _LEGEND_COPULA + "?|" + _LEGEND_UNIT + "?" + _LEGEND_COPULA + ")" + _FORMAT_ROLE_WORDS
    + _LEGEND_UNIT + "?")


def report_lost_formatting_legends(plan: Plan, lines: list[tuple[int, str]], formatted: dict | None = None) -> None:
    """A legend that names the lead by formatting (（一）壮大产业（加粗的为牵头单位）, 注：责任单位栏中标红的为牵头单位，其余为配合单位).

    Where the source kept that formatting (a workbook's red or bold runs: formatted, PlanText.formatted), the legend
    is applied to the units printed so (apply_formatting_legend) and recorded as a rule. Where the text has lost it
    (a Word file's bold or underline copied as plain text) the reader cannot tell which unit it marks, so it applies
    nothing (the units keep their labels' roles, a 其余为配合单位 after it included) and warns, one warning per
    legend, with its line."""
    for number, text in lines:
        for m in LOST_FORMATTING_LEGEND.finditer(text):
            named = _formatting_kinds(m.group())
            # (a run of that formatting that marks no task's unit, the legend's own 标红 printed red, applies nothing)
            if any(kind in kinds for kind in named for kinds in (formatted or {}).values()) and apply_formatting_legend(
                    plan, number, text, m, named, formatted):
                continue
            plan.warnings.append(f"{plan.source}:{number}: a legend points at formatting the text no longer shows "
                                 f"('{m.group()}'): not applied, the units keep their labels' roles "
                                 "(图例所指格式已丢失，无法据以区分牵头单位)")
            plan.note(number, "rule", f"legend not applied, its formatting is lost: '{m.group()}'")


_FORMATTING_WORD = re.compile(_any(sorted(lx.FORMATTING_WORD_KINDS, key=len, reverse=True)))
_SINGLE_UNIT = re.compile(_any(lx.SINGLE_UNIT_ONLY))
_SINGLE_WITHIN = 48  # characters after the legend where its exception for a lone unit (只列一个单位的…) still belongs


def _formatting_kinds(legend: str) -> tuple[str, ...]:
    """The kinds of formatting a legend names (runs.RUN_KINDS), in its order: two where it names an alternative."""
    return tuple(dict.fromkeys(lx.FORMATTING_WORD_KINDS[m.group()] for m in _FORMATTING_WORD.finditer(legend)))


_FORMAT_EITHER = re.compile(_FORMAT_ALTERNATIVE)


def _looks_together(legend: str, kinds: tuple[str, ...]) -> bool:
    """加粗标红的为牵头单位 / 红色加粗的: two looks named side by side, with no 或 and no bracket, are one look (a unit
    printed bold and red); 加粗（或标红）, 加粗或标红 name either (_FORMAT_ALTERNATIVE)."""
    return len(kinds) > 1 and not _FORMAT_EITHER.search(legend)


def apply_formatting_legend(plan: Plan, number: int, text: str, m: re.Match, kinds: tuple[str, ...],
                            formatted: dict) -> int:
    """标红的为牵头单位，其余为配合单位 where the cells keep their red runs: in each task, a unit of a list that reads
    `responsible` (a bare 责任单位 list) whose name is printed so on the task's lines takes the legend's role; with
    the others clause, the list's other units support. A unit named alone keeps its role where the legend says so
    (只列一个单位的，由该单位负责); a list with no such run keeps its reading. The text stays as printed. Returns how
    many lists it changed (none: the caller says the formatting is lost)."""
    role = "lead" if any(word in m.group() for word in lx.LABEL_ROLE_WORDS["lead"]) else "support"
    others = _marked_others_support(text, m.end()) if role == "lead" else None
    lone_kept = _SINGLE_UNIT.search(text, m.end(), m.end() + _SINGLE_WITHIN) is not None
    changed = 0
    for task, runs in _tasks_with_runs(plan, formatted, kinds, _looks_together(m.group(), kinds)):
        printed = [_INK.sub("", run) for run in runs]
        for index in range(len(task.annotations)):
            units = [a for a in task.assignments if a.annotation == index and a.role == "responsible"]
            if lone_kept and len(units) == 1:
                continue
            marked = [a for a in units if any(_INK.sub("", a.name) in run for run in printed)]
            if not marked:
                continue
            for a in units:
                a.role = role if a in marked else "support" if others else a.role
            changed += 1
    if changed:
        words = text[m.start(): others.end() if others else m.end()]
        joined = (" and " if _looks_together(m.group(), kinds) else " or ").join(kinds)
        plan.note(number, "rule", f"units printed {joined} in their cells: {role}"
                  + (", the others support" if others else "")
                  + f" (the source kept the formatting), line {number}: '{words}' — {changed} lists")
    return changed


_INK = re.compile(r"\s+")


def _tasks_with_runs(plan: Plan, formatted: dict, kinds: tuple[str, ...],
                     together: bool = False) -> list[tuple[Task, list[str]]]:
    """Each task with the runs printed in any of the kinds of formatting on its lines (from its label's line to the
    next task's); `together`: in all of them (_looks_together)."""
    tasks = sorted(plan.tasks(), key=lambda t: t.line)
    lines = sorted(line for line, printed in formatted.items() if any(kind in printed for kind in kinds))
    found = []
    for at, task in enumerate(tasks):
        # (a task sharing its line with the next, the text having lost a line break: that line only)
        end = max(tasks[at + 1].line, task.line + 1) if at + 1 < len(tasks) else None
        # the task's lines found by halving, not by a pass over every line (a workbook of thousands of rows)
        within = lines[bisect_left(lines, task.line): bisect_left(lines, end) if end is not None else len(lines)]
        runs = [run for line in within for run in (_runs_in_every_kind(formatted[line], kinds) if together
                                                    else [run for kind in kinds for run in formatted[line].get(kind, ())])]
        if runs:
            found.append((task, runs))
    return found


def _runs_in_every_kind(printed: dict, kinds: tuple[str, ...]) -> list[str]:
    """The texts of a line printed in every one of the kinds: a run of the first kind that a run of each other kind
    holds, or the part of it that run is (a bold 市发改委、市商务局 with 市商务局 red in it: 市商务局)."""
    found = []
    for run in printed.get(kinds[0], ()):
        shared = run
        for kind in kinds[1:]:
            shared = next((other if other in shared else shared for other in printed.get(kind, ())
                           if other in shared or shared in other), None)
            if shared is None:
                break
        if shared:
            found.append(shared)
    return found


def apply_document_rules(plan: Plan, lines: list[tuple[int, str]], rules: tuple,
                         kept_notice_line: int | None = None) -> None:
    """Apply every rule the plan states (lines: (source line, text) of the whole plan) and record it (rules: those
    to look for: document_rules.DOCUMENT_RULES, less those the caller already applied; kept_notice_line: the front
    matter line of the covering notice's rule lines a plan source keeps, which number those lines)."""
    tasks = plan.tasks()
    if not tasks:
        return
    # a note set aside from the outline after the last task (注：…排在第一位的为牵头单位) is after the tasks too, and so is
    # a closing part set aside whole (四、有关说明 （一）…排在第一位的为牵头单位…): its items are its section's text, and
    # they speak of the table or list before them, all of it
    closing_words = [plan.closing, *(s.closing for s in plan.sections), *plan.unparsed, *(text for _, text in boxes(plan)),
                     *(s.intro for s in plan.sections if s.line > tasks[-1].line)]
    for rule in rules:
        found = rule.find(lines, plan.meta)
        if found is None:
            continue
        statement, option = found
        # the covering notice a plan source keeps in its front matter speaks of the whole plan it issues
        in_kept_notice = kept_notice_line is not None and statement.line == kept_notice_line
        after_tasks = statement.whole_plan or in_kept_notice or (
            any(statement.words in text for text in closing_words if text) and statement.line > tasks[-1].line)
        part_end = None if after_tasks else _end_of_headed_part(plan, tasks, statement, lines)
        closed = None if after_tasks or part_end is not None else _list_a_note_closes(plan, tasks, statement, lines)
        covered = (tasks if after_tasks else closed if closed else _from_line(tasks, statement.line, statement.words)
                   if part_end is None else [t for t in tasks if statement.line < t.line < part_end])
        count = rule.apply(covered, option)
        name = rule.describe(option)
        where = ("for the whole plan (front matter)" if statement.line == 0 else
                 f"for the whole plan (covering notice, kept in front matter line {statement.line})"
                 if in_kept_notice else
                 "for the whole plan (stated after the tasks)" if after_tasks else
                 f"for the list above it (line {closed[0].line} to {statement.line})" if closed else
                 f"from line {statement.line}" + _part_named(part_end))
        plan.note(statement.line, "rule", f"{name}, {where}: '{statement.words}' ({count} annotations)")


def _list_a_note_closes(plan: Plan, tasks: list[Task], statement: Statement,
                        lines: list[tuple[int, str]]) -> list[Task] | None:
    """The tasks of the list a note closes, where the note states the rule under a list's last item and another list
    follows; else None.

    A 分工表 closes with its note (注：责任单位排在第一位的为牵头单位，其余为配合单位。) under its last row. Where another table
    follows in the same text (a second list, its numbering starting again at 1 with no heading between), the note is
    not stated mid-plan to run on: it speaks for the rows above it, the whole list back to where its numbering began,
    and not for the next list, which states its own units. A note followed by the numbering going on, or by a
    heading, is left to run on from its line as before."""
    said = next((text for number, text in lines if number == statement.line), "")
    if not _NOTE_LINE.match(said):
        return None
    above = [n for n, task in enumerate(tasks) if task.line < statement.line]
    below = [n for n, task in enumerate(tasks) if task.line > statement.line]
    if not above or not below:
        return None
    section_of = {id(task): k for k, section in enumerate(plan.sections) for task in section.tasks}
    last, following = above[-1], below[0]

    def starts_a_list(n: int) -> bool:  # numbering begun again inside one part: another list, not the part's next items
        return (section_of.get(id(tasks[n])) == section_of.get(id(tasks[n - 1]))
                and tasks[n].number <= tasks[n - 1].number)

    if following != last + 1 or not starts_a_list(following):
        return None
    first = next((n for n in range(last, 0, -1) if starts_a_list(n)), 0)
    return tasks[first : last + 1]


_NO_LATER_HEADING = 10 ** 9  # the end of a part whose heading is the plan's last of its level


def _end_of_headed_part(plan: Plan, tasks: list[Task], statement: Statement,
                        lines: list[tuple[int, str]]) -> int | None:
    """The line where the part ends whose heading states the rule (None: the rule is not stated in a heading).

    A plan compiled from several offices' parts states a legend in each part's heading (（三）深化改革（排在第一位的为
    牵头单位） / （四）强化保障（带*的为牵头单位）): the heading speaks for the items under it, to the next heading of
    its level or above, not for the task before it nor for the parts after it. A rule closed by 下同 says it runs on
    (and one stated in the preamble, a notice or a note is no heading's: it keeps running from its line)."""
    if any(task.line == statement.line for task in tasks):
        return None  # a task's own line (（一）…。（A、B，排在第一位的为牵头单位，下同）): the task states it
    section_lines = sorted(s.line for s in plan.sections if s.line)
    # (a note set between a part's items, 注：排在第一位的为牵头部门, is kept as a group of its own: it heads no part)
    group_lines = sorted(g.line for s in plan.sections for g in s.groups if g.line and not _NOTE_LINE.match(g.label))
    if statement.line in group_lines:
        ends = group_lines + section_lines
    elif statement.line in section_lines:
        ends = section_lines
    else:
        return None
    said = next((text for number, text in lines if number == statement.line), "")
    if lx.SAME_BELOW in said:
        return None
    # the heading's own legend stands in its bracket; a rule in the words after a run-in heading (二、明确牵头责任。
    # 除标注…外，排在第一位的为牵头单位 — a notice's requirement, or a text that lost its breaks, where the heading
    # shares its line with what follows) speaks as a paragraph does: it runs on from its line
    at = said.find(statement.words)
    if at < 0 or not depth_at(said, at):
        return None
    return min((line for line in ends if line > statement.line), default=_NO_LATER_HEADING)


def _part_named(part_end: int | None) -> str:
    """How the rule note names the part a heading's rule covers ('' for a rule running on from its line)."""
    if part_end is None:
        return ""
    return (" to the plan's end" if part_end == _NO_LATER_HEADING else f" to line {part_end - 1}") + " (its heading's part)"


def _from_line(tasks: list[Task], line: int, words: str = "") -> list[Task]:
    """The task holding the line, and every task after it; all tasks when the line comes before the first one.

    A text that lost its line breaks holds many tasks on one line: the statement's task is the one of that line
    whose text states it (…（A、B，列在第一位的为牵头单位，下同）), else the line's first.
    """
    first = 0
    for n, task in enumerate(tasks):
        if task.line <= line:
            first = n
    on_line = [n for n, task in enumerate(tasks) if task.line == line]
    if len(on_line) > 1:
        first = next((n for n in on_line if words and words in tasks[n].text), on_line[0])
    return tasks[first:]
