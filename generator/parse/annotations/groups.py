"""CLAUSE_RULES: how the content of an annotation reads as groups of clauses, each unit with its role.

A group is one label's run (牵头单位：…) or one sentence; its clauses, cut by ，；, bind to their labels and
verbs (X牵头，A、B配合; X会同Y; 由X负责), a list cut by a comma takes the verb after it, a trailing list of
localities stands apart from the label before it, and a standing note (以下各项均需…落实) is kept as such.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...words import lexicon as lx
from ...words.brackets import depth_zero_finds, depth_zero_split, strip_trailing_brackets
from ...words.deadlines import find_deadlines
from ...words.names import LOCALITY_END as _LOCALITY_END
from ...words.names import drop_trailing_qualifier, proper_place, unit_like
from ...words.labels import after_plan_citation, bare_role_label_over_units
from ...words.people import bare_name, holds_a_post
from ..rules import (definition_at, definition_ends, is_rule_continuation, is_rule_statement,
                     says_what_the_brackets_hold)
from .patterns import (PERSON_AFTER_LABEL, _BAR_BEFORE_LABEL, _GAP_LABEL, _GLUED_LABEL, _LABEL, _LABEL_NO_COLON, _LABEL_ROLES, _NOTE, _NOTE_START, verb_opens_a_noun,
                       _OTHER_LABEL, _PARTY_KEY, _PLACE_KEY, _UNKNOWN_UNIT_LABEL, _VERBS_ONLY, _COLLECTIVE_START, _role_of_label)
from .name_lists import (_BRACKETED_VERB, _LOCALITY_KIND, _VIEW, _depth_zero_find, _names, _shares_the_collective,
                         _split_verb, closed_by_duty_manner, listed_pieces, unclear_work, without_short_name_notes)


# 由X / 分别由X: the mark before the units who act (used with .match); 由于 is "because"
AGENT_OPENS = re.compile("(?:" + "|".join(lx.AGENT_ADVERBS) + ")?" + lx.AGENT_MARK + "(?!于)")


# a clause opening with the work itself (one piece or a list: 入场式、升旗仪式), then 由 and its agents
# (入场式由X组织实施); not 由于 (because) nor a word
# holding 由 (自由贸易, 理由, 经由); the work is short and holds no comma or unit label
# (治理由: the work's 理 before the agent's 由, lexicon.WORK_WORDS_ENDING_IN_LI, is no 理由); the work may hold a short
# bracket of its own, no label in it (在村（社区）现实表现由X负责核查: the bracket names the place's other kind)
_TOPIC_AGENT = re.compile("^(?:[^,，:：（）()由]|（[^,，:：（）()由]{1,12}）|\\([^,，:：（）()由]{1,12}\\)){2,30}?"
                          "(?:(?<![自理经缘事])|(?<=" + "|".join(lx.WORK_WORDS_ENDING_IN_LI)
                          + "))" + lx.AGENT_MARK + "(?!于)")


def _after_agent(clause: str) -> str:
    """'由X会同Y负责落实' / '分别由A、B负责落实' -> the text after 由; '' when the clause does not open with it."""
    m = AGENT_OPENS.match(clause)
    return clause[m.end():] if m else ""


def _after_topic(clause: str) -> str:
    """'联合演练由安全环保部组织' -> '安全环保部组织'; '' when the clause does not name a piece of work before 由.

    An annotation adds, after its main units, who does one part of the task (（X负责；联合演练由Y组织）): the part is
    named first, then 由 and its agents, as an event plan's running text does. The work before 由 is no unit's name;
    a clause whose opening reads as a body (甲局由乙局代管) is left whole. A kind of area (城区由X负责，农村地区由Y负责)
    reads as a place's name but is where the part is done, no body (lexicon.AREA_TOPIC_ENDINGS): its clause is split."""
    m = _TOPIC_AGENT.match(clause)
    if m is None:
        return ""
    topic = clause[: m.end() - len(lx.AGENT_MARK)].strip()
    if unit_like(topic) and not topic.endswith(lx.AREA_TOPIC_ENDINGS):
        return ""
    return clause[m.end():]


_AGENT_ACTION = re.compile("|".join(sorted(lx.AGENT_ACTIONS, key=len, reverse=True)))


@dataclass
class _Group:
    units: list[tuple[str, str]] = field(default_factory=list)
    names_seen: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # text after a label that names no unit (牵头单位:持续推进…)
    people: list[str] = field(default_factory=list)  # people listed among the units (包村干部, 网格员): not units
    unknown: list[str] = field(default_factory=list)  # clauses under a label of units not known (联系单位：X): not read
    unclear: list[str] = field(default_factory=list)  # a body's name run into its work, the two not told apart
    own_work: list[str] = field(default_factory=list)  # names cut before the work they do, with no role verb
    joined_by_wei: bool = False  # a label joined to its units by 为 (责任单位为市X局): a sentence unless all are names
    has_label: bool = False
    has_verb: bool = False
    after_a_verb: bool = False  # a group before it in the same annotation wrote a role verb (A负责；C，D落实)
    marks_close_every_part: bool = False  # each part of the annotation's list closes on its role mark (_marks_part_the_list)
    after_a_person: bool = False  # the last name read was a person's (副县长王某、李某: a bare name after is one too)
    deadlines: list[str] = field(default_factory=list)
    note: str = ""
    note_from: int | None = None  # index in units of the first unit a standing note's own clause names (以下均需A…)
    ends_in_deadline_label: bool = False  # the group closes with a 完成时限: clause (it takes the rest of the group)


# a slash after a unit's role verb, before the next unit (城管中队牵头/各社区居委会配合): town plans part an
# annotation's two clauses so, as with a comma; a slash between names (A/B负责) still lists them, and one before the
# verb's own name (牵头/配合单位) has no unit before it
_SLASH_AFTER_ROLE = re.compile("(?<=[\u4e00-\u9fff）)])(" + lx.alternation(lx.VERB_ROLES) + ")[/／](?=[\u4e00-\u9fff])")


# … | 办理状态：办理中 | 最新进展：已完成招标，县X局已拨付资金: a record's report field among its unit fields (a system's
# export, one line a record): the bodies it names took part in what was done, no unit the record assigns (the same
# reading as a report on a line of its own, annotations._REPORT_FIELD)
_REPORT_OPENING = re.compile(r"^\s*(?:" + lx.alternation(lx.REPORT_LABELS) + r")\s*[:：]")


def _read_content(content: str) -> tuple[_Group, ...]:
    groups: list[_Group] = []
    content = _SLASH_AFTER_ROLE.sub("\\1，", content)
    content = _part_joint_labels(content)
    content = _part_glued_labels(_GLUED_LABEL.sub(";", _GAP_LABEL.sub(";", _BAR_BEFORE_LABEL.sub(";", content))))
    keyed_by_place = _keyed_by_places(content)
    marks_part_the_list = _marks_part_the_list(content)
    for at, group_text in depth_zero_split(content, ";；。"):
        if not group_text.strip() or _REPORT_OPENING.match(group_text):
            continue  # (最新进展：已招标，X已拨付资金: a record's report of what was done, no unit it assigns)
        group = _read_group(group_text, after_a_label=any(g.has_label or g.units for g in groups),
                            keyed_by_place=keyed_by_place, after_a_verb=any(g.has_verb for g in groups),
                            marks_part_the_list=marks_part_the_list)
        if groups and groups[-1].ends_in_deadline_label and _continues_the_deadline(group):
            groups[-1].deadlines[-1] += content[at - 1] + group_text.strip()
            continue
        groups.append(group)
    return tuple(groups)


def _marks_part_the_list(content: str) -> bool:
    """Whether an annotation's list is parted by ，/ ； into parts of two or more, each closed by its own role mark in
    brackets and none with a mark on a name inside it: 县甲局（牵头），县乙局、县丙局（配合） / 县甲局、县乙局（牵头），
    县丙局（配合）. Unit cells of a 分工表 set their bodies out by role so: the writer marks the parts, not the names, and
    each mark is the role of every name of its part (as after a ；, _mark_closes_a_group_of_its_own). Where a name inside
    a part carries a mark (县甲局（牵头）、县乙局、县丙局（配合）), a part has no mark (县甲局（牵头），县乙局), or the list is
    one part (教务处、人事处（牵头）), each mark stays its own name's. A 责任单位 label may open the list; a deadline's
    label ends it; any other label (配合单位：) leaves the marks to their names."""
    parts = []
    for _, part in depth_zero_split(content, ";；。,，"):
        m, role = _label_of_clause(part, after_a_label=False)
        if m and role == "deadline":
            break
        if m and (parts or role != "responsible"):
            return False
        part = part[m.end():] if m else part
        if part.strip():
            parts.append(part.strip())
    if len(parts) < 2:
        return False
    for part in parts:
        pieces = listed_pieces(part)
        if not _BRACKETED_VERB.match(pieces[-1]) or any(_BRACKETED_VERB.match(p) for p in pieces[:-1]):
            return False
    return True


def _continues_the_deadline(group: _Group) -> bool:
    """Is a group after a 完成时限: clause the next step of the same schedule rather than a list of units?

    A table's time column (完成时限, 进度安排) may hold several undated steps parted by ；(制定交易规则；推动挂牌运营,
    （1）建成X平台；（2）出台Y办法); written into the annotation, the step after ； opens a group with no label. It
    carries on the schedule when it has no label, no verb of a unit's role, no note, and names nothing that ends like
    a body; a group naming a unit (完成时限：年底；市X局) or a verb (市X局配合) stays a group of its own."""
    if group.has_label or group.has_verb or group.note or group.refused or group.unknown or group.people:
        return False
    return bool(group.units) and not any(unit_like(name) for name, _ in group.units)


# a label and its colon anywhere (主要责任单位: / 配合单位: / 完成时限:), the modifier taken with it
# (and a label of the task's other fields, 县X局成果形式：制度文件, which ends the units' clause as a deadline's does)
_LABEL_ANYWHERE = re.compile(lx.LABEL_MODIFIER + "(?:" + "|".join(p for p, _ in _LABEL_ROLES) + "|" + lx.FIELD_LABEL
                             + r")\s*" + lx.LABEL_COLON)
_NAME_STOP = re.compile("[、,，;；。:：]")


# a person's label and name just before a label (牵头县领导：王某责任单位：…, 责任领导：王某、李某完成时限：…): the lines of a
# duty sheet run together; the name is a person's, so the label after it starts the next clause
_PERSON_BEFORE = re.compile("(?:" + lx.alternation(lx.PERSON_LABEL_HEADS) + r")\s*" + lx.LABEL_COLON + PERSON_AFTER_LABEL + r"\Z")  # \Z: a name on the line above, its line break before the bracket, is no post bracketed


# One label naming the units and a field at once, the field's value after the units (若干政策措施: 责任单位及咨询电话：
# 市商务局，0791-86253456; 兑现单位及联系方式：市X局 0791-…): read as the unit label over the names and the field's
# label over what follows the last name, where that is a number (a phone's digits, never a unit)
_JOINT_LABEL = re.compile("(" + lx.LABEL_MODIFIER + "(?:" + lx.UNIT_LABEL + r"))(?:及|和|、|/)(" + lx.FIELD_LABEL
                          + r")\s*[:：]([^:：;；。]*?)[，,\s]\s*(?=[\d（(]*\d)")


def _part_joint_labels(content: str) -> str:
    """'责任单位及咨询电话：X，0791-…' -> '责任单位：X；咨询电话：0791-…'."""
    return _JOINT_LABEL.sub(lambda m: f"{m.group(1)}：{m.group(3)}；{m.group(2)}：", content)


def _part_glued_labels(content: str) -> str:
    """'牵头单位:X配合单位:Y' -> '牵头单位:X;配合单位:Y': a label glued to the last name before it starts a new clause.

    Pages copied from PDFs or typeset in one run lose the stop (or line break) between two label clauses:
    `牵头单位：市X局配合单位：市Y局`, `责任单位：市X局、市Y局完成时限：2025年6月底`. The label is split off only where
    what comes before it, back to the last stop, reads as a body's name, or is a person's label and name
    (责任领导：王某责任单位：…, the lines of a duty sheet run together); a label inside a word is left alone. A 、 before a label (`牵头单位：X、配合单位：Y`) parts the two clauses too.
    A list closed by 等 (`责任单位：县X局、县Y局等完成时限：…`) ends in a name all the same: 等 names no unit and is
    dropped before the name is weighed, as it is from the list's last name (drop_trailing_qualifier).
    """
    if ":" not in content and "：" not in content:
        return content
    parts, last = [], 0
    for m in _LABEL_ANYWHERE.finditer(content):
        before = content[last : m.start()]
        if before.endswith("、"):  # 牵头单位：X、配合单位：Y — a list's mark before a label parts two clauses
            parts.append(before[:-1] + ";")
            last = m.start()
            continue
        if not before or before[-1] in ",，;；。:：(（[［【 \u3000\n":
            continue
        view = before[-_VIEW:]  # a bounded view: labels in a long run
        last_name = drop_trailing_qualifier(_NAME_STOP.split(view)[-1].strip())
        if not unit_like(last_name) and not _PERSON_BEFORE.search(view):
            continue
        parts.append(before + ";")
        last = m.start()
    return "".join(parts) + content[last:]


# 落实：Y、Z / 负责：X as a clause of an annotation with a label or units before it (lexicon.BARE_LABELS_AFTER_A_LABEL)
_BARE_LABEL_AFTER_A_LABEL = re.compile(r"^\s*(" + lx.alternation(lx.BARE_LABELS_AFTER_A_LABEL) + r")\s*"
                                       + lx.LABEL_COLON + r"\s*")


def _label_run_into_its_unit(clause: str):
    """The label of a clause whose colon was lost, its first unit glued to it (（责任单位县公安局）, （牵头部门县甲局、县乙局）),
    or None. A LibreOffice PDF's justified line prints no full-width colon falling at its end, and copied text loses
    punctuation: the label word (ending in a head that opens no body's name, lexicon.LOST_COLON_LABEL_HEADS) and the
    unit still read apart, but only where what follows the label is a unit's name (牵头单位负责… is a sentence)."""
    m = _LABEL_NO_COLON.match(clause)
    if not m or not m.group(1).endswith(lx.LOST_COLON_LABEL_HEADS) or not clause[m.end():].strip():
        return None
    return m if unit_like(listed_pieces(clause[m.end():])[0]) else None


def _label_of_clause(clause: str, after_a_label: bool):
    """The clause's label and its role, or (None, None). A bare 落实: / 负责: is a label only after another label or
    units of the same annotation (责任部门:X,落实:Y、Z / X牵头;落实:Y): it then stands where 配合: would, and its role
    word alone labels its clause as 配合: does; elsewhere such words open a sentence (落实：各地要…)."""
    m = _LABEL.match(clause) or _label_run_into_its_unit(clause)
    if m:
        return m, _role_of_label(m.group(1))
    m = _BARE_LABEL_AFTER_A_LABEL.match(clause) if after_a_label else None
    return (m, lx.BARE_LABELS_AFTER_A_LABEL[m.group(1)]) if m else (None, None)


def _read_group(group_text: str, after_a_label: bool = False, keyed_by_place: bool = False,
                after_a_verb: bool = False, marks_part_the_list: bool = False) -> _Group:
    """The units, roles and deadlines of one group of an annotation (its text between ；); `after_a_label`: a group
    before it in the same annotation had a label or named units; `keyed_by_place`: the annotation names its units
    under the keys of two places or more (_keyed_by_places); `after_a_verb`: a group before it wrote a role verb;
    `marks_part_the_list`: each part of the annotation's list closes on its own role mark (_marks_part_the_list)."""
    group = _Group(after_a_verb=after_a_verb, marks_close_every_part=marks_part_the_list)
    # a standing note speaks of the tasks after it (以下各项均需…, …，下同); a body's short name given at its first
    # mention (B（以下简称乙）配合) holds 以下 / 下同 too but speaks only of the name: no standing note, so the units it
    # stands among are the task's own even where the task named them before
    if _NOTE.search(without_short_name_notes(group_text)):
        group.note = group_text.strip()
    label_role = None
    # 负责：X、Y / 负责：X牵头，Y配合 alone: the bare role word labels a group of bodies' names alone (a team doc's owner
    # field, words.labels.bare_role_label_over_units), as it does after another label
    over_units = bare_role_label_over_units(group_text.strip()) is not None
    clauses = depth_zero_split(group_text, ",，")
    read: list[_Clause] = []
    stated_rule = False
    defining = False  # within a definition of a collective (“省直有关单位”指…，下同): the plan's note, no unit
    for n, (_, clause) in enumerate(clauses):
        if defining:
            end = definition_ends(clause)
            if end is None:
                continue
            clause, defining = clause[end:], False
        at = definition_at(clause)
        if at is not None:
            clause, defining = clause[:at], True
        clause = after_plan_citation(clause)  # 规划第三章第二节，X牵头: the plan's chapter, no unit
        if not clause.strip():
            continue  # (规划第三章第二节，X牵头): the citation of the plan, no unit
        m, role = _label_of_clause(clause, after_a_label or group.has_label or bool(group.units) or over_units)
        if m:
            label_role = role
            group.has_label = True
            group.joined_by_wei = group.joined_by_wei or m.group(0).rstrip().endswith("为")
            clause = clause[m.end():]
            if label_role != "deadline" and _runs_on_in_task_words(clause):
                # 其他成员单位：按照各自职责做好本行业、本系统… / 牵头单位：持续推进A、B…: the label's line runs on in the
                # words of a task, and the 、 after them parts that work's things, not bodies' names: no unit of it
                group.refused.append(listed_pieces(clause)[0])
                continue
            if label_role == "deadline":
                group.deadlines.append(",".join([clause] + [c for _, c in clauses[n + 1 :]]).strip())
                group.ends_in_deadline_label = True
                break
        elif keyed_by_place and _jurisdiction_key(clause):  # 甲省方面：A、B: the place keys the units, no role
            label_role = None
            clause = clause[_jurisdiction_key(clause)[1]:]
        elif _OTHER_LABEL.match(clause):
            label_role = None
            if _UNKNOWN_UNIT_LABEL.match(clause):  # 联系单位：X: a label of units the reader does not know
                group.unknown.append(clause.strip())
            continue
        if group.note and _NOTE_START.match(clause):
            clause = _note_own_units(clause)
            if group.note_from is None:
                group.note_from = len(group.units)
        if not clause.strip():
            continue
        clause = _without_trailing_rule(clause, group)
        if is_rule_statement(clause):  # (A、B,排在第一位的为牵头单位,下同): a rule for the plan, read by parse.rules
            group.note = group.note or group_text.strip()
            stated_rule = True
            continue
        if stated_rule and is_rule_continuation(clause):  # …为牵头单位,其他为参与单位: the rule's second half
            continue
        if says_what_the_brackets_hold(clause):  # 括号内为责任单位，排在第一位的为牵头单位: the note's opening words
            continue
        if group.note:  # 具体任务均涉及相关市(州)人民政府: the units a standing note names follow its verb
            clause = _after_note_verb(clause)
        clause, deadline = _split_deadline(clause)
        if deadline:
            group.deadlines.append(deadline)
            if not clause:
                continue
        start, own_work_before = len(group.units), len(group.own_work)
        group.after_a_person = False  # a name shares the post of a person in its own list only (王某牵头，史志配合)
        verb, defaulted = _read_clause(clause, label_role or "responsible", group)
        read.append(_Clause(label_role, bool(m), verb, start, len(group.units), defaulted, clause,
                            own_work=len(group.own_work) > own_work_before))
    for rule in CLAUSE_RULES:
        rule(read, group)
    return group


def _keyed_by_places(content: str) -> bool:
    """Whether an annotation names its units under the keys of two places or more (甲省方面：A；乙省方面：B).

    A key of one place alone is no party's share: 试点县：甲县、乙县 / 示范区：东湖区 / 重点镇：甲镇 name where the
    work is done, and their clause stays unread as any unknown label's (the units follow the label of a role)."""
    places = {key[0] for _, group in depth_zero_split(content, ";；。")
              for _, clause in depth_zero_split(group, ",，") if (key := _jurisdiction_key(clause))}
    return len(places) >= 2


def _jurisdiction_key(clause: str) -> tuple[str, int] | None:
    """The place keying the units after it and where they start (甲省方面：A、B -> 甲省, at A), None where the clause
    opens with no such key.

    A joint plan of two provinces (or of a border area's cities) names each party's units in one annotation under its
    name (（甲省方面：A；乙省方面：B） / （甲省：A；乙省：B负责）). The key is the place itself, no unit and no role: the
    units after it read as any clause's. Only a proper place's name keys so (names.proper_place: not 城区, 全省, 乡镇).
    A plan of two regions' cooperation keys each side by its short name and 方 (（粤方：A；港方：B） / （甲方：A；乙方：
    B）) alike: the side is no unit and no role either (not 各方, 双方, 有关方: lexicon.NOT_PARTY_KEYS)."""
    m = _PLACE_KEY.match(clause)
    if m is not None and proper_place(m.group(1)):
        return m.group(1), m.end()
    m = _PARTY_KEY.match(clause)
    if m is not None and m.group(1) not in lx.NOT_PARTY_KEYS and not _role_word(m.group(1)[:-1]):
        return m.group(1), m.end()
    return None


def _role_word(word: str) -> bool:
    """Is the word before 方 a role's (主责方, 配合方, 牵头方, 参与方, 承办方, 实施方, 监管方)? A party to the work named by
    its role, no side of a cooperation: its units are not keyed by it."""
    return word in lx.VERB_ROLES or any(word in words for words in lx.LABEL_ROLE_WORDS.values())


_NOTE_VERB = re.compile("|".join(lx.NOTE_VERBS))
# the words a standing note opens with before the units it names: 以下各项任务 / 上述工作均由 / 本方案所列任务
_NOTE_OPENING = re.compile("^\\s*(?:" + "|".join(lx.NOTE_STARTS) + ")(?:所列|涉及的?)?(?:各项|所有|全部)?(?:重点)?"
                           "(?:工作|任务|事项|措施)?的?[，,]?(?:均|都)?(?:由|需|要)?")
_TRAILING_BRACKET = re.compile(r"^(.*?)[(（]([^()（）]*)[)）]\s*$", re.S)


def _without_trailing_rule(clause: str, group: _Group) -> str:
    """'A、B、C(列第一位为牵头单位,下同)' -> 'A、B、C': a positional rule in brackets after the list it first governs.

    Plans state the rule once, in a bracket closing the first list it applies to; the list is units all the
    same (the rule itself is read by parse.rules from the line, and covers this task too). Without the cut
    the whole clause read as the rule's statement, and the list lost every unit.
    """
    m = _TRAILING_BRACKET.match(clause)
    if m is None or not m.group(1).strip() or not is_rule_statement(m.group(2)) or is_rule_statement(m.group(1)):
        return clause
    group.note = group.note or m.group(2).strip()
    return m.group(1)


def _note_own_units(clause: str) -> str:
    """'以下各项工作均由X负责落实' -> 'X负责落实'; any other note clause -> ''.

    A standing note naming units (以下各项工作均由各县〔市、区〕党委政法委负责落实，不再列出) is not spread over the
    later tasks, but it binds the task it is written in like any clause: its units are that task's, unless the task
    already names them or its implementing localities (各镇(园区)落实…,以下均需各乡镇(园区)落实: read_task keeps those)."""
    # (以下各项任务各区县政府负责落实 / 上述工作由各乡镇落实 / 以下各项各县区均需落实): the units follow the note's
    # opening words and end in a role verb
    m = _NOTE_OPENING.match(clause)
    rest = clause[m.end():] if m else ""
    if _names_then_verb(rest):
        return rest
    m = _NOTE_VERB.search(clause)
    return clause[m.end():] if m else ""


def _names_then_verb(clause: str) -> bool:
    """Whether a clause is a list of names closed by a role verb (各区县政府负责落实), not the note's own wording."""
    names, verb = _split_verb(clause.strip())
    note_verb = _NOTE_VERB.search(names) or re.search(lx.AGENT_MARK, names)
    if note_verb and not unit_like(names[: note_verb.start()].strip()):
        return False  # 走访类工作均由各网格负责: the note's own words before its verb, then the units
    first = depth_zero_split(names, "、")[0][1].strip() if names else ""
    if _ROLE_LABEL_WORD.fullmatch(first):
        return False  # 各项任务的牵头处室负责统筹推进，下同: the note speaks of a role (牵头处室), no body
    return verb is not None and bool(first) and unit_like(first)


# a label's words standing alone as a subject (牵头处室 / 责任单位 / 配合部门): a role, which no body's name is
_ROLE_LABEL_WORD = re.compile(lx.LABEL_MODIFIER + "(?:" + lx.UNIT_LABEL + ")")


def _after_note_verb(clause: str) -> str:
    """'具体任务均涉及相关市(州)人民政府' -> '相关市(州)人民政府'; a clause naming a unit before the verb stays."""
    m = _NOTE_VERB.search(clause)
    if m is None or unit_like(clause[: m.start()].strip()) or not unit_like(clause[m.end():].strip()):
        return clause
    return clause[m.end():]


@dataclass
class _Clause:
    """One comma-separated clause of a group, as read: the rules below may change the roles of its units."""

    label_role: str | None  # the label it stands under, its own or carried over from an earlier clause
    labelled_here: bool  # the label is written in this clause
    verb: str | None  # the role of the first verb in the clause
    start: int  # its units are group.units[start:end]
    end: int
    defaulted: list[int]  # indices in group.units of the units no verb of the clause reached
    text: str  # the clause as read (its label and deadline cut off)
    own_work: bool = False  # a body's name cut before its own work (省X厅做好资金保障): the work is its verb


def organising_their_own_part(clauses: list[_Clause], group: _Group) -> None:
    """(X牵头，Y，Z分别组织) / (X牵头，Z具体组织) / (Y，Z分别组织): bodies organising their own part answer for it.

    组织 after a body leads, but an annotation that has named its lead by 牵头 (or a lead label) in an earlier clause
    has one lead already: the bodies after it closing their clause with 组织 organise the work in their own field or
    area, each responsible for its part; and 分别组织 (each on its own) makes none lead the others even with no lead
    named (lexicon.ORGANISING_VERB). Runs before bind_to_following_verb, so the verbless list before such a clause
    (Y above) takes responsible from it, not lead."""
    lead_named = False
    for clause in clauses:
        manner = _organising_manner(clause) if clause.verb == "lead" else None
        if manner is not None and (lead_named or manner in lx.EACH_ON_ITS_OWN_MANNERS):
            for i in range(clause.start, clause.end):
                if group.units[i][1] == "lead":
                    group.units[i] = (group.units[i][0], "responsible")
            clause.verb = "responsible"
            continue
        lead_named = lead_named or any(role == "lead" for _, role in group.units[clause.start:clause.end])


def _organising_manner(clause: _Clause) -> str | None:
    """The manner word before a bare 组织 closing the clause ('' for none: 县X局组织); None where the clause does not
    close so, or where another verb stands before 组织 (牵头组织 leads by 牵头)."""
    text = clause.text.rstrip()
    if not text.endswith(lx.ORGANISING_VERB):
        return None
    before = text[: -len(lx.ORGANISING_VERB)]
    manner = next((m for m in lx.OWN_PART_MANNERS if before.endswith(m)), "")
    before = before[: len(before) - len(manner)]
    if not before.strip() or _split_verb(before.strip())[1] is not None:
        return None
    return manner


def bind_to_following_verb(clauses: list[_Clause], group: _Group) -> None:
    """A list cut by a comma takes the verb after it, once a verb has been written in the annotation.

    (X牵头,A、B,C落实): A and B are implemented like C; the comma only separates two lists
    under one verb. The first clause keeps its own reading ((X,Y配合): X is responsible). A verb written in a group
    before this one counts (A、B负责；C，D落实): an annotation that parts its role groups with ； has shown each group
    closes on its verb, so the comma inside a later group only lists, as 、 would.
    A clause closed by a body's own work (X牵头，Y负责，省丙厅做好资金保障，各市落实) is no bare list: the work is its
    verb, a part of the task apart from the next clause's, so it keeps the reading of a clause without a role verb.
    """
    def open_list(c: _Clause) -> bool:  # no label of its own that says the role (责任单位 says only "units:")
        return not c.labelled_here and c.label_role in (None, "responsible")

    seen_verb = group.after_a_verb
    for n, clause in enumerate(clauses):
        if seen_verb and clause.verb is None and open_list(clause) and clause.defaulted and not clause.own_work:
            following = next((c for c in clauses[n + 1 :] if c.verb or c.labelled_here), None)
            if following is not None and following.verb and open_list(following):
                for i in clause.defaulted:
                    group.units[i] = (group.units[i][0], following.verb)
        seen_verb = seen_verb or clause.verb is not None


def localities_after_a_label(clauses: list[_Clause], group: _Group) -> None:
    """(牵头单位:X,配合单位:Y,各县(市、区)): a trailing list of localities is not under the last label.

    It carries no role word of its own, so it is read as a clause without a verb: responsible.
    """
    for clause in clauses[1:]:
        names = [group.units[i][0] for i in clause.defaulted]
        if (clause.label_role == "support" and not clause.labelled_here and names
                and len(names) == clause.end - clause.start and _are_localities(names)):
            for i in clause.defaulted:
                group.units[i] = (group.units[i][0], "responsible")


# the localities of a stretch or a list named before 各 (赛道沿线各区人民政府, 流域内各乡镇, 库区各乡镇人民政府, 相关各县):
# still every one (lexicon.LOCALITY_QUALIFIERS_BEFORE_EACH)
_BEFORE_EACH = re.compile(r"^[^、，,（）()各]{0,6}?(?:" + lx.alternation(lx.LOCALITY_QUALIFIERS_BEFORE_EACH) + ")各")


def _is_localities(name: str) -> bool:
    """各乡镇人民政府 / 库区各乡镇人民政府: every locality of a kind, which after the comma closing a 配合 list carries
    the task on its own ground. Places written without 各 (，有关市人民政府 / ，相关乡镇人民政府) are only those the task
    concerns, named or not: they keep the list's role, as the set reads them (reading.md, the comma convention)."""
    core = strip_trailing_brackets(name)
    m = _BEFORE_EACH.match(name)
    if m:
        name = name[m.end() - 1:]
        core = strip_trailing_brackets(name)
    if core.endswith(lx.NOT_GROUND_ENDINGS):
        return False  # 各基础电信运营企业: a kind of body, no ground (supports as the list before it does)
    return name.startswith("各") and bool(_LOCALITY_END.search(core) or core.endswith(lx.LOCALITY_HEADS + ("办事处",))
                                          or _is_party_committees(core))


def _are_localities(names: list[str]) -> bool:
    """A list of localities, the 各 of its first name shared by the rest (各乡镇人民政府、街道办事处 reads as
    各乡镇人民政府、各街道办事处: a county names its towns' and streets' offices so after the 配合 list). Named
    localities (…，某市政府) are not: the real corpus reads a city named after the comma of a 配合 column as support."""
    return bool(names) and _is_localities(names[0]) and all(_is_localities(n) or _is_localities("各" + n)
                                                            for n in names[1:])


def _is_party_committees(core: str) -> bool:
    """各市委 / 各县委 / 各乡镇党委 / 各高等学校党委: a party plan names the committees that carry its tasks out
    where a government plan names the localities' governments, after a comma closing the 配合 list as they do."""
    kinds = _KINDS_IN_BRACKETS.sub("", core)  # 各县（市、区）委: the kinds in brackets are more of the same
    return core.endswith(lx.PARTY_COMMITTEE_HEADS) or any(kinds == "各" + k + "委" for k in lx.LOCALITY_KINDS)


_KINDS_IN_BRACKETS = re.compile(r"[(（][^()（）]*[)）]")


def lead_named_again_among_its_list(clauses: list[_Clause], group: _Group) -> None:
    """(承办单位：A、B（A牵头）) / (承办单位：A、B，由A牵头): the list's body named again with a verb says its role.

    A 承办 / 责任 list is often followed by a bracket or a clause saying which of its bodies leads; the body is one
    of the list, named once: it takes the verb's role in its place in the list, the others keep the label's role,
    and the repetition is no second mention. Only a first mention no verb reached (the label's role) is so refined,
    and only within one label's run; a group holding a standing note is left as read (its indices are its own)."""
    if group.note:
        return
    defaulted = {i for clause in clauses for i in clause.defaulted}
    first_defaulted: dict[str, int] = {}
    repeated: list[int] = []
    for i, (name, role) in enumerate(group.units):
        if i in defaulted:
            first_defaulted.setdefault(name, i)
        elif name in first_defaulted:
            group.units[first_defaulted.pop(name)] = (name, role)
            repeated.append(i)
    for i in reversed(repeated):
        del group.units[i]


# Rules over the clauses of a group, in the order they run (each documented above with its phenomenon).
# (lead_named_again_among_its_list runs last: it removes units, so the indices the rules before it read change)
CLAUSE_RULES = (organising_their_own_part, bind_to_following_verb, localities_after_a_label,
                lead_named_again_among_its_list)


# a clause that opens with a year (not a number such as 12345热线办) or a word of schedule says when, never who
_SCHEDULE_START = re.compile(r"^\s*(?:(?:19|20)\d{2}(?!\d)|" + "|".join(lx.SCHEDULE_STARTS) + ")")


def _split_deadline(clause: str) -> tuple[str, str]:
    """(市应急局牵头,2024年底前完成) / (…,长期坚持): a date in an annotation without its label is a deadline.

    Returns the units before the date (市应急局6月底前完成 -> 市应急局) and the deadline as written;
    the units are kept only when they read as names, so 于 / 在 before the date go with it.
    """
    if _SCHEDULE_START.match(clause):  # 2025年底前出台 (出台 ends like 电视台) / 2025—2027年持续推进 / 分年度实施
        return "", clause.strip()
    if unit_like(clause.strip()):
        return clause, ""
    found = find_deadlines(clause)
    if not found:
        return clause, ""
    at = clause.find(found[0].text)
    head = clause[:at] if at > 0 else ""
    names = _names(_split_verb(head)[0]) if head.strip() else []
    keep = head if names and all(unit_like(n) for n in names) else ""
    return keep, clause[len(keep):].strip()


_CONJUNCTION = re.compile("^(?:" + lx.alternation(lx.CLAUSE_CONJUNCTIONS) + ")")
# a clause opening with a word of a sentence (报, 向, 将 …: 报市政府备案, 向社会公布) names where the result goes, not a unit
_CLAUSE_START = re.compile(r"^(?:报(?!社|刊)|[向将把])")  # (not 请: 请市X局牵头 asks a unit)


# 商请 / 提请 opening a clause of units: the plan asks bodies outside it to act (商请市X局配合)
_REQUEST = re.compile("^(?:" + lx.alternation(lx.REQUEST_VERBS) + ")")


_PARTNER_CLAUSE = re.compile("^(?:" + lx.alternation(lx.PARTNER_PREPOSITIONS) + ")")
_JOINT_ACTION = re.compile(lx.alternation(lx.JOINT_ACTIONS))


def _partners(clause: str) -> list[str] | None:
    """'与应急管理部、农业农村部加强会商' -> ['应急管理部', '农业农村部']: the bodies a clause opened by 与 names up to the
    joint action; [] when what stands there is no body (与群众加强沟通); None when the clause does not open with 与."""
    opening = _PARTNER_CLAUSE.match(clause)
    action = _JOINT_ACTION.search(clause, opening.end()) if opening else None
    if not action:
        return None
    names = _names(_before_action(clause[opening.end():action.start()]))  # 与X、Y做好对接: 做好 is the action's too
    return names if names and all(unit_like(n) for n in names) else []


def _states_an_exception(clause: str) -> bool:
    """Whether a clause only says which tasks the annotation leaves to their own notes: 本部分任务除另有注明外 /
    除特别注明外 (lexicon.EXCEPTION_CLAUSE_ENDINGS, after 除)."""
    text = clause.rstrip()
    return "除" in text and text.endswith(lx.EXCEPTION_CLAUSE_ENDINGS) and text.rfind("除") >= len(text) - 8


def _read_clause(clause: str, default_role: str, group: _Group) -> tuple[str | None, list[int]]:
    """Read one clause into the group; returns the role of its first verb and the units no verb reached."""
    whole = _CONJUNCTION.sub("", clause.lstrip())  # (X牵头，并会同Y落实): the conjunction joins the clause, names no unit
    if _CLAUSE_START.match(whole):
        return None, []  # (X牵头，并报市政府备案): what is done with the result, to whom; no unit of the task
    if _states_an_exception(whole):
        return None, []  # (本部分任务除另有注明外，由X牵头): the tasks the annotation leaves out, no unit
    if any(_depth_zero_find(whole, pointer) >= 0 for pointer in lx.ATTACHMENT_POINTERS):
        # (X、Y分别负责，具体任务见附件3—6) / (X牵头，详见附表): a cross-reference to the attachment setting the work out,
        # no unit (a pointer inside a name's own bracket, 市X局（见附件）负责, leaves the clause its unit)
        return None, []
    whole = _after_agent(whole) or _after_topic(whole) or whole  # (由X、Y负责): the units come after 由
    whole = _REQUEST.sub("", whole, count=1)  # (商请X、Y配合): the request is the plan's, the units come after it
    partners = _partners(whole)
    if partners is not None:  # (…，与X、Y加强会商): bodies the units work with, see lexicon.PARTNER_PREPOSITIONS
        for name in partners:
            _add(group, name, "support")
        return ("support" if partners else None), []
    at, joining = _joining_verb(whole)
    if at >= 0:
        group.has_verb = True
        left, _ = _split_verb(whole[:at])  # 市X局牵头会同市Y局负责: the verb before 会同 says no more than 会同 does
        for name in _names(left):
            _add(group, name, "lead")
        right, _ = _split_verb(whole[at + joining :])
        for name in _names(_before_action(right)):
            _add(group, name, "support")
        return "lead", []
    assisted = _assisting(whole)
    if assisted is not None:
        helpers, rest = assisted
        group.has_verb = True
        for name in helpers:
            _add(group, name, "support")
        right, verb = _split_verb(rest)
        for name in _names(right):
            _add(group, name, verb or default_role)
        return verb or "support", []
    set_to_work = _setting_to_work(whole)
    if set_to_work is not None:
        agents, agent_role, rest = set_to_work
        group.has_verb = True
        for name in agents:
            _add(group, name, agent_role)
        right, verb = _split_verb(rest)
        for name in _names(right):
            _add(group, name, verb)
        return agent_role, []
    posted = _posted(whole)
    if posted is not None:  # (镇水利站包保河坝村、李家村): the body answers for the ground after the verb
        group.has_verb = True
        for name in posted:
            _add(group, name, "responsible")  # (people before the verb, 班子成员包联企业, go to the group's people)
        return "responsible", []
    pending: list[str] = []
    first_verb = None
    defaulted = []
    work_listed = False  # the last verb took its work after it (负责辖区村小、…): a 、 there parts the work's things
    pieces = listed_pieces(whole)
    for n, piece in enumerate(pieces):
        piece, handed_on = _nested_annotation(piece)
        name_part, verb = _split_verb(piece)
        if verb and closed_by_duty_manner(piece):
            verb = default_role  # 落实单位：各县局按职责分工: the manner names no role, the label's stands
        if work_listed and verb is None and not pending and not unit_like(name_part.strip()):
            continue  # (乙校负责辖区村小、教学点的自查): 教学点的自查 is the work's, no body
        work_listed = bool(verb) and _work_after_the_verb(piece, name_part)
        if pending and _shares_the_collective(pending[-1], name_part.strip()):
            pending[-1] += "、" + name_part.strip()  # 各有关部门、单位按职责分工负责: one collective, as in _shared_head_lists
            name_part = ""
        if verb and _BRACKETED_VERB.match(piece):
            # 县甲办（牵头）、县乙局、各乡镇（落实）: a role marked in brackets after a name is that name's alone; a list
            # marking its units' roles so leaves the names before the mark unmarked (the label's role)
            group.has_verb = True
            marks_the_group = _mark_closes_a_group_of_its_own(group, first_verb, n, pieces, pending)
            first_verb = first_verb or verb
            for name in pending:
                if _add(group, name, verb if marks_the_group else default_role):
                    defaulted.append(len(group.units) - 1)
            pending = []
            for name in _names(name_part):
                _add(group, name, verb)
            continue
        pending += _names(name_part)
        if verb is None and name_part != piece:  # 市数据局提供数据支撑: the body's name, its work cut off
            group.own_work += _names(name_part)
        if verb is None:  # 市城管执法做好站口防倒灌: no head reads as a body before its work (name_lists.unclear_work)
            group.unclear += [name for name in _names(name_part) if unclear_work(name)]
        if verb:
            group.has_verb = True
            first_verb = first_verb or verb
            for name in pending:
                _add(group, name, verb)
            pending = []
        if handed_on:  # the bodies the unit hands the work on to, each with its own role, after the unit
            for name in pending:
                if _add(group, name, default_role):
                    defaulted.append(len(group.units) - 1)
            pending = []
            for name, role in handed_on:
                _add(group, name, role)
    for name in pending:
        if _add(group, name, default_role):
            defaulted.append(len(group.units) - 1)
    return first_verb, defaulted


def _mark_closes_a_group_of_its_own(group: _Group, first_verb: str | None, n: int, pieces: list[str],
                                    pending: list[str]) -> bool:
    """Whether a role marked in brackets closing piece n is the role of every name listed before it: the group is one
    of its own after a ； that parts the annotation by role (市甲局（牵头）；市乙局、市丙局（配合）), no label or mark of its own
    before, the mark closing its last piece, every name before a body's; or every part of the list closes so
    (_marks_part_the_list: 县甲局（牵头），县乙局、县丙局（配合）). Where the names share a clause with a label or another
    mark (责任单位：县甲办（牵头）、县乙局、各乡镇（落实）) the mark is its own name's alone."""
    closes_its_part = group.marks_close_every_part or (group.after_a_verb and not group.has_label and not group.units)
    return (closes_its_part and first_verb is None
            and n == len(pieces) - 1 and bool(pending) and all(unit_like(name) for name in pending))


def _joining_verb(whole: str) -> tuple[int, int]:
    """Where the verb joining the bodies answering for a clause's work to those they work with stands (X会同Y /
    X商Y), and its length; (-1, 0) when the clause has none."""
    at = _depth_zero_find(whole, lx.WITH_VERB)
    if at >= 0:
        return at, len(lx.WITH_VERB)
    joined = joining_verb_at(whole)
    if joined[0] >= 0:
        return joined
    return _consulting_at(whole)


def joining_verb_at(whole: str) -> tuple[int, int]:
    """'县甲局联合县乙局负责' -> (3, 2) / '联合县乙局开展…' -> (0, 2): a verb joining bodies as 会同 does (lexicon.JOINING_VERBS)
    and its length, where a name opens right after it (县, 市, 各, 中国 …) and the words before it, if any, are one
    body's whole name (strict: 各市联合… is none); (-1, 0) otherwise. 联合 closing a list (A、B联合执法) and inside a name
    (县供销合作社联合社, 中国联合网络通信) has no name opening after it there, and keeps its own reading. The words after
    it must read as a body's name (_body_name_opens): 联合市场主体 / 联合市级媒体 / 联合县域内中小学 open with a level's
    letter but name no body of the plan, and the verb keeps its own reading there."""
    if not any(verb in whole for verb in lx.JOINING_VERBS):
        return -1, 0  # the usual case; no need to walk the text
    for i, verb in depth_zero_finds(whole, lx.JOINING_VERBS):
        if _body_name_opens(whole[i + len(verb) : i + len(verb) + _VIEW]) and (
                i == 0 or unit_like(whole[max(0, i - _VIEW) : i], strict=True)):
            return i, len(verb)
    return -1, 0


_NAME_VIEW = 30  # characters: the longest opening tried as the partner's name (a body's name is rarely longer)


def _body_name_opens(rest: str) -> bool:
    """Whether a body's name opens `rest` (县乙局开展… / 各乡镇做好…): a name's opening word, not a word merely starting
    with a level's letter (市场, 市级, 省内, 县域: lexicon.GLUED_NAME_NOT_A_LEVEL), and some opening of it reads as a
    body's name."""
    return (rest.startswith(lx.NAME_OPENINGS) and not rest.startswith(lx.GLUED_NAME_NOT_A_LEVEL)
            and any(unit_like(rest[:k]) for k in range(2, min(len(rest), _NAME_VIEW) + 1)))


def _consulting_at(whole: str) -> tuple[int, int]:
    """'省甲厅商省乙厅、省丙局落实' -> (3, 1): 商 / 商请 consulting the bodies after it (lexicon.CONSULT_VERBS), read as 会同.

    Only where a whole body's name ends right before the verb (strict: no place word, so 各市商… is none) and a
    name opens right after it (省, 市, 各, 国家 …): names holding 商 (省商务厅, 市工商联, 商务部) have no body's name
    before their 商. 会商 / 协商 after a whole name (省甲厅会商…, 省科协商…: 省科 ends like a body too) are left
    unread, lexicon.VERBS_ENDING_IN_CONSULT. Outside brackets only; a clause opening with 商请 is the plan's own
    request (_REQUEST)."""
    if not any(verb in whole for verb in lx.CONSULT_VERBS):
        return -1, 0  # the usual case; no need to walk the text
    for i, verb in depth_zero_finds(whole, lx.CONSULT_VERBS):
        if (i > 0 and whole.startswith(lx.NAME_OPENINGS, i + len(verb))
                and unit_like(whole[max(0, i - _VIEW) : i], strict=True)
                and not _verb_ending_in_consult_at(whole, i)):
            return i, len(verb)
    return -1, 0


def _verb_ending_in_consult_at(whole: str, i: int) -> bool:
    """Whether the 商 at i closes 会商 / 协商 with a whole body's name before them (省甲厅会商…): no 商 of its own."""
    return (i >= 2 and whole[i - 1 : i + 1] in lx.VERBS_ENDING_IN_CONSULT
            and unit_like(whole[max(0, i - 1 - _VIEW) : i - 1], strict=True))


def _work_after_the_verb(piece: str, name_part: str) -> bool:
    """Whether the piece goes on after its body's name and role verbs with the work itself (负责辖区村小)."""
    rest = piece[len(name_part):].strip()
    return bool(rest) and not _VERBS_ONLY.fullmatch(rest) and not _BRACKETED_VERB.match(piece)


_NESTED_MAX = 40  # characters inside the bracket: a body's name or two and a role verb


def _nested_annotation(piece: str) -> tuple[str, list[tuple[str, str]]]:
    """'市X局（市Y中心具体实施）' -> ('市X局', [('市Y中心', 'implement')]): a bracket after a unit naming another body
    and its own role.

    Activity and project plans let the labelled body hand the work on inside a bracket (承办单位：市X局（市Y中心具体
    实施）, 牵头单位：X（Y负责）): the bracket is an annotation nested in the list, its bodies taking its verb's role
    and the unit before it keeping its own. A bracket of names alone stays part of the name (党委办公室（董事会
    办公室）, another name of the body), and one with no body before its verb (市X局（牵头）) is read as before. Only
    the piece's last bracket is looked at, holding no bracket or clause mark of its own, every name in it a body's."""
    opening = max(piece.rfind("（"), piece.rfind("("))
    closing = min((at for at in (piece.find("）", opening), piece.find(")", opening)) if at > 0), default=-1)
    if opening <= 0 or closing < 0 or closing - opening - 1 > _NESTED_MAX:
        return piece, []
    inside = piece[opening + 1 : closing]
    if any(c in inside for c in "，,；;。:："):
        return piece, []
    before = piece[:opening].rstrip()
    if not (unit_like(before[-_VIEW:], strict=True) or (_COLLECTIVE_START.match(before) and unit_like(before))):
        return piece, []  # (a collective hands the work on too: 各监管企业（市X集团牵头）)
    if _ground_note(inside.strip()):  # 镇林业站（包联青山村）: the ground the body is posted to, no unit
        return before + piece[closing + 1 :], []
    name_part, role = _split_verb(inside.strip())
    names = _names(name_part) if role else []
    if not names or not all(unit_like(n, strict=True) for n in names):
        return piece, []
    return before + piece[closing + 1 :], [(n, role) for n in names]


def _ground_note(inside: str) -> bool:
    """'包联青山村' / '包保重点人员': a bracket after a body opening with a posting verb and its object (lexicon
    POSTING_VERBS_WITH_OBJECT), the ground the body answers for, as 镇林业站包联青山村 written on says (_posted)."""
    verb = next((v for v in lx.POSTING_VERBS_WITH_OBJECT if inside.startswith(v)), None)
    rest = inside[len(verb):] if verb else ""
    return bool(rest) and not rest.startswith(lx.NOT_A_POSTING_OBJECT)


def _before_action(text: str) -> str:
    """'市Y局、市Z局推进' -> '市Y局、市Z局': after 会同 the units may run into the action they take part in (推进, 研究制定),
    which no verb of VERB_ROLES names; the list ends where an action word (AGENT_ACTIONS) follows a body's name."""
    if unit_like(text.strip()):
        return text
    for m in _AGENT_ACTION.finditer(text, 1):
        if unit_like(text[max(0, m.start() - _VIEW): m.start()].rsplit("、", 1)[-1]):
            return text[: m.start()]
    return text


def _assisting(clause: str) -> tuple[list[str], str] | None:
    """'省政府新闻办配合省委宣传部落实' -> (['省政府新闻办'], '省委宣传部落实'): X配合Y…, X supports Y.

    Only where units stand on both sides of the verb; 'A、B配合' (the verb ends the list) is read as usual.
    """
    for verb in lx.ASSIST_VERBS:
        at = _depth_zero_find(clause, verb)
        if at <= 0:
            continue
        left, rest = clause[:at], clause[at + len(verb):]
        if verb_opens_a_noun(verb, rest):
            continue  # 配合单位, 协同部门: a noun, not a verb
        right, _ = _split_verb(rest)
        helpers, done = _names(left), _names(right)
        # a name of one character (市协同创新中心 -> 市) is a word of the name, not a unit
        if helpers and done and all(unit_like(n) and len(n) > 1 for n in helpers + done):
            return helpers, rest
    return None


_POSTING_VERBS = lx.POSTING_VERBS_WITH_OBJECT + lx.POSTING_VERBS_WITH_GROUND


def _posted(clause: str) -> list[str] | None:
    """'镇水利站包保河坝村、李家村' -> ['镇水利站']; '班子成员包联企业' -> ['班子成员']: the one posted to a ground.

    A town's plan writes a body's or a cadre's contact duty as subject, 包联 / 包保 (lexicon.POSTING_VERBS_WITH_OBJECT)
    and the villages, households or people covered, or as a verb holding its ground (站所包行业, 干部包村): the names
    before the verb are the clause's (a body answers for the ground, people are people), what follows the verb to
    the clause's end is the ground, no unit. Only where every name before the verb reads as a body's or a person's,
    with no role verb of its own, and a verb with an object has one that is no noun's ending (包联单位, 包保责任).
    Each place the verb stands is tried: 各包村干部包保到户 holds 包村 inside the cadres' name."""
    if not any(verb in clause for verb in _POSTING_VERBS):
        return None  # the usual case
    for at, verb in depth_zero_finds(clause, _POSTING_VERBS):
        left, right = clause[:at].strip(), clause[at + len(verb):].strip()
        if verb in lx.POSTING_VERBS_WITH_OBJECT:
            if not right or right.startswith(lx.NOT_A_POSTING_OBJECT):
                continue
        elif right:
            continue  # 包村干部: the ground verb opens a noun
        names = _names(left) if left and _split_verb(left)[1] is None else []
        if names and all(len(n) > 1 and (unit_like(n) or _PEOPLE.search(n)) for n in names):
            return names
    return None


def _setting_to_work(clause: str) -> tuple[list[str], str, str] | None:
    """'某镇组织各村（社区）落实' -> (['某镇'], 'responsible', '各村（社区）落实'): X组织Y落实 / X指导Y实施, X sets Y to work.

    A sentence may name, after 由, the body answering for a piece of work and the bodies it organises, guides or
    urges to carry it out, in one clause with no stop (由某镇组织各村落实): the verb between the names parts the agent
    (responsible; a role verb of its own before, X牵头组织Y落实, says its role) from the bodies at work, who take
    the verb closing the clause. Only where bodies' names (more than one character) stand on both sides and a role
    verb closes the clause; the bodies set to work open as a body's name does (各村, 县X局: lexicon.NAME_OPENINGS),
    so 县委组织部牵头 / 组织二科负责 (组织 opening an office's name) and 各机关党组织落实 (closing one) stay names.
    A 、 right after the verb is a stop (县X局督导、各乡镇落实 / X指导、Y实施): the verb closes X's own clause, Y's
    verb its own, so X takes its verb's role (support) and Y is not set to work by it.
    """
    for verb in lx.SETTING_TO_WORK_VERBS:
        at = _depth_zero_find(clause, verb)
        if at <= 0 or clause[:at].endswith(lx.ORGANISATION_HEADS):
            continue
        (left, agent_role), rest = _split_verb(clause[:at]), clause[at + len(verb):]
        if rest.lstrip().startswith("、"):
            continue
        right, role = _split_verb(rest)
        agents, done = _names(left), _names(right)
        if (role and agents and done and done[0].startswith(lx.NAME_OPENINGS)
                and all(unit_like(n) and len(n) > 1 for n in agents + done)):
            return agents, agent_role or "responsible", rest
    return None


_NOT_A_NAME = re.compile("^(?:" + "|".join(lx.NOT_A_NAME_STARTS) + ")")
_PEOPLE = re.compile("(?:" + "|".join(lx.PEOPLE_ENDINGS) + ")$")
# a post named as the person answering for the work (科室主任为第一责任人, 村支书是直接责任人): the post is a person's
_PERSON_AS_ANSWERING = re.compile(r"(?<=.{2})(?:为|是)(?:第一|直接|主要)?责任人$")
_LEADER_INSIDE = re.compile(lx.LEADER_WORD + "(?!" + lx.alternation(lx.LEADING_BODY_WORDS) + ")")


_OTHERS_START = re.compile("^(?:" + "|".join(lx.OTHERS) + ")")

_BACK_REFERENCE = re.compile("^" + lx.AGENT_MARK + "?(?:" + "|".join(lx.BACK_REFERENCES) + "|(?:"
                             + "|".join(lx.BACK_REFERENCE_PARTS) + ")[\\d一二三四五六七八九十]*[中内]?所列)")


def _task_words(name: str) -> bool:
    """Does a name read after a unit label open as a task's words do (持续推进…, 按照各自职责…, 要…), not a body's?"""
    return bool(_NOT_A_NAME.match(name) or name.startswith(lx.LABEL_RUN_ON_MODALS)) and not unit_like(name)


def _runs_on_in_task_words(clause: str) -> bool:
    """Does the clause after a unit label open with a task's words (its first listed piece, _task_words)? Then the
    whole clause is the task's sentence running on after the label, its 、 parting the things of the work."""
    pieces = listed_pieces(clause.strip())
    return bool(pieces) and _task_words(pieces[0].strip())


def _add(group: _Group, name: str, role: str) -> bool:
    if _BACK_REFERENCE.match(name):
        return False  # 由所列负责单位…: the units already listed, named again by reference
    if group.note and (not unit_like(name) or _OTHERS_START.match(name)):
        # the wording of a standing note, not a unit; its 其他有关部门 (明确牵头部门的,其他有关部门配合,不逐一列出,下同)
        # are the units each task leaves unlisted, named by reference
        return False
    if group.has_label and _task_words(name):
        group.refused.append(name)  # 牵头单位:持续推进…: the label's line runs on in words of a task, not a name
        return False
    if name in _LOCALITY_KIND:  # 责任单位：市 (the page cut after the level word): a level alone names no body
        if group.has_label:
            group.refused.append(name)
        return False
    name = _PERSON_AS_ANSWERING.sub("", name)  # 各临床科室主任为第一责任人: the post named as the one answering
    if _leader_in_charge(name):  # 副检察长陈某某分管，第五检察部负责: the leader over the work, the office does it
        group.people.append(name)
        return False
    body = _body_of_head(name) if _PEOPLE.search(name) else None
    if body:  # 市公安局局长 / 各镇镇长: the body answers for the task through its head
        name = body
    elif (_PEOPLE.search(name) or _LEADER_INSIDE.search(name) or holds_a_post(name)
          or (group.after_a_person and bare_name(name))):
        # (干部 ends in 部, as bodies do: the people word decides; 宣传部部长李某某 names the leader by post and name;
        # 副县长王某、李某: a bare name right after a person named by post shares the post, a person too)
        group.people.append(name)  # 各村（社区）、包村干部: cadres answer for the task too, but they are not a body
        group.after_a_person = True
        return False
    group.after_a_person = False
    group.units.append((name, role))
    group.names_seen.append(name)
    return True


def _leader_in_charge(name: str) -> bool:
    """副局长王某某分管 / 检察长李某分管: a leader named by post (and name) before 分管 or 协管 (PORTFOLIO_VERBS).

    A plan names the leader in charge of a task in a clause of its own before the offices doing it (（副检察长陈某某
    分管，第五检察部负责）); the leader answers for the work as its overseer and is no unit. Only a person before the
    verb: 市X局分管 is a body's clause and stays a name.
    """
    for verb in lx.PORTFOLIO_VERBS:
        leader = name.removesuffix(verb)
        if leader != name and leader and (holds_a_post(leader) or _PEOPLE.search(leader)):
            return True
    return False


def _body_of_head(name: str) -> str | None:
    """'市公安局局长' -> '市公安局', '各镇镇长' -> '各镇', '各县（市、区）人民政府主要负责同志' -> '各县（市、区）人民政府'.

    A post after the name of the body it heads (局长 after a 局, 主任 after a 委 or 办, 主要负责同志 after any body)
    names the body's chief: the task is the body's, written as the text writes the body. A post with no body before
    it (分管副省长, 市政府分管领导, 王某副市长) stays a person.
    """
    for post in lx.HEAD_OF_ANY_BODY:
        if name.endswith(post):
            body = name[: -len(post)]
            for pair in lx.HEAD_PAIR_WORDS:  # 各单位党政主要负责人: the party and government chiefs of 各单位
                body = body.removesuffix(pair)
            return body if unit_like(body, strict=True) else None
    for post, endings in lx.HEAD_POSTS.items():
        if not name.endswith(post):
            continue
        body = name[: -len(post)]
        for deputy in lx.DEPUTY_WORDS:
            body = body.removesuffix(deputy)
        core = body.removeprefix("各")
        # (各镇: the kind alone under 各 is the body; 镇 alone, before 镇长, is no body)
        if core.endswith(endings) and len(body) > 1 and (core != body or len(core) > 1) and unit_like(body):
            return body
        shared = name[:-1]  # 市公安局长 / 各乡镇长: the post shares the body's last character, as written
        # (a post alone, 局长 with no body before it, is a person: its shared letter 局 names no body)
        if (shared.endswith(endings) and shared not in endings and not shared.startswith(("副", "分管", "常务"))
                and (unit_like(shared, strict=True) or (shared.startswith("各") and len(shared) > 1))):
            return shared
        return None
    return None
