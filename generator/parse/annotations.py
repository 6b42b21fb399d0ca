"""Responsibility annotations of a task: which bracketed notes (or labelled lines) name units, and with what role.

Rules (DESIGN.md, Roles): a verb applies to every unit listed before it in
the same clause; clauses are separated by , ; 。; a clause with no verb of its
own takes the role of its label (责任单位: …) or else is `responsible`;
`X会同Y` makes X lead and Y support. A parenthesis is an annotation only when
it reads as a list of units: (党组), (含气瓶), (xx委办〔2020〕158号) are not.

The grammar is read in three registered layers, each rule a class or function
documented with the phenomenon it handles (the words come from `lexicon`):
- ANNOTATION_FINDERS: how an annotation is written (a bracket, a run of labels,
  a sentence of units and verbs);
- CLAUSE_RULES: how the comma-separated clauses of a group bind (a list cut by a
  comma takes the verb after it; a trailing list of localities is not under a label);
- NAME_RULES: how a written piece becomes a name (等 endings, 无).
Rules the document states about itself (排在第一位的为牵头单位) are `parse.rules`.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ..model import Annotation, Assignment, Task
from ..words import lexicon as lx
from ..words.brackets import BRACKET, CLOSERS, OPENERS, depth_zero_split, strip_trailing_brackets, top_level_spans
from ..words.deadlines import find_deadlines
from ..words.names import LOCALITY_END as _LOCALITY_END
from ..words.names import unit_like
from ..words.people import is_person, names_people
from .rules import is_rule_continuation, is_rule_statement

_LABEL_ROLES = lx.LABEL_ROLES
_LABEL = re.compile(r"^\s*" + lx.LABEL_MODIFIER + "(" + "|".join(p for p, _ in _LABEL_ROLES) + r")\s*" + lx.LABEL_COLON + r"\s*")
# Another label (责任领导: 联系人:) says who, not which unit: its clause is not read as units.
_OTHER_LABEL = re.compile(r"^\s*[^:：、,，]{1,8}[:：]")
# "牵头单位:X 配合单位:Y" on one line: a label after a space starts a new clause.
_GLUED_LABEL = re.compile(r"(?<!\s)\s+(?=" + lx.LABEL_MODIFIER + "(?:" + "|".join(p for p, _ in _LABEL_ROLES) + r")\s*" + lx.LABEL_COLON + ")")
# "责任股室：X股　　分管领导：王某" (duty sheets of a bureau's own plan): after a wide gap (two spaces or a full-width
# one), any short label starts a new clause, so the person's label is not glued to the last unit's name; after a
# single space (a full-width one is read as one), only a label naming a person or another field of the task does
# (办公室 责任人：王某, 县X局 成果形式：制度文件): other
# text after one space may be part of a name (matched at the gap's start only, so a long run stays linear)
_LEADER_LABEL = "(?:责任|包联|分管|牵头|挂点|包抓|联系|督办)(?:县|市|区|镇|乡)?级?(?:领导|负责人|责任人|联系人)"
_GAP_LABEL = re.compile(r"(?<=[^ \u3000])(?:(?:[ ]{2,}|\u3000[ \u3000]*)(?=[^:：、,，;；。()（）\s]{1,8}\s*" + lx.LABEL_COLON + ")"
                        r"|[ \u3000]+(?=[^:：、,，;；。()（）\s]{0,6}(?:" + lx.alternation(lx.PERSON_LABEL_HEADS) + r")\s*"
                        + lx.LABEL_COLON + ")"
                        # …参与单位：县X局 成果形式：制度文件: a label of the task's other fields is never part of a name
                        r"|[ \u3000]+(?=(?:" + lx.FIELD_LABEL + r")\s*" + lx.LABEL_COLON + ")"
                        # 责任单位：县水利局责任领导：赵某 / …包联领导：…: a leader's label glued to the body's name
                        # it follows (a project sheet's fields run together) starts the person's clause
                        r"|(?<=[局委办厅部院会队站所心室组司处科股])(?=" + _LEADER_LABEL + r"\s*" + lx.LABEL_COLON + "))")
_LABEL_ROLE = [(re.compile(f"^(?:{p})$"), role) for p, role in _LABEL_ROLES]
# A labelled run outside brackets: at the start of a line or after a sentence end.
# (or after a wide gap, two spaces or a full-width one, as duty sheets set a person and the units apart on one
# line: 责任领导：王某  责任单位：镇信访办)
# (the gap's end is looked for, not a run of spaces at every offset of it: a long run stays linear)
_BARE_LABEL = re.compile(r"(?:(?:^|(?<=[。；;\n]))[ ]*|(?:(?<=[ \u3000]{2})|(?<=\u3000))(?=[^ \u3000]))" + lx.LABEL_MODIFIER + "(?:" + lx.UNIT_LABEL + r")"
                         + "(?:(?:及|和)(?:" + lx.FIELD_LABEL + "))?" + r"\s*" + lx.LABEL_COLON, re.M)  # (责任单位及咨询电话：)

# 责任领导：王某 牵头单位：市X局: after a leader's label and name, one space is enough to start the unit labels
# (duty tables flattened into a line); after anything else one space is not (…办实事 牵头单位：社区”…)
_SPACED_LABEL = re.compile(r"(?<=[^ \u3000] )" + lx.LABEL_MODIFIER + "(?:" + lx.UNIT_LABEL + r")\s*" + lx.LABEL_COLON)
# a unit label glued to the name before it, and the person's clause it ends (牵头县领导：王某 | 责任单位：…)
_LABEL_AFTER_A_NAME = re.compile(r"(?<=[^\s:：，,。；;])" + lx.LABEL_MODIFIER + "(?:" + lx.UNIT_LABEL + r")\s*" + lx.LABEL_COLON)
# a label of units not known (服务单位：, 联系单位：, 分管部门：): a few words ending in a unit head, then its colon
_UNKNOWN_UNIT_LABEL = re.compile(r"^\s*[^:：、,，;；\s]{1,6}(?:" + lx.alternation(lx.UNKNOWN_LABEL_HEADS) + r")\s*[:：]\s*\S")
_PERSON_GLUED = re.compile(r"[ ]*[^:：，,。；;\n]{0,6}(?:" + lx.alternation(lx.PERSON_LABEL_HEADS) + r")\s*" + lx.LABEL_COLON
                           + r"[^:：，,。；;\s]{2,20}$")
_PERSON_CLAUSE = re.compile(r"(?:^|(?<=[。；;\n]))[ ]*[^:：，,。；;\n]{0,6}(?:" + "|".join(lx.PERSON_LABEL_HEADS) + r")\s*"
                            + lx.LABEL_COLON + r"[^:：，,。；;\n]{1,24} $")

_VERBS = tuple(sorted({**lx.VERB_ROLES, **lx.VERBS_AFTER_A_NAME, **lx.VERBS_AFTER_A_NAMED_BODY}, key=len, reverse=True))
_MANNER = ("(?:(?:" + "|".join(lx.VERB_MANNER_HEADS) + ")(?:" + "|".join(o for o in lx.VERB_MANNER_OWNERS if o) + ")?"
           "(?:" + "|".join(lx.VERB_MANNER_OBJECTS) + ")|" + "|".join(lx.VERB_ADVERBS) + ")")
_MANNER_VERBS = tuple(sorted(lx.MANNER_VERB_ROLES, key=len, reverse=True))
_VERB = re.compile("(?:" + _MANNER + "*(" + "|".join(_VERBS) + ")|" + _MANNER + "+(" + "|".join(_MANNER_VERBS) + "))")
# Every verb ends in one of these: a cheap test before a search that tries every offset of the text.
_VERBS_ONLY = re.compile("(?:" + _VERB.pattern + ")+")  # 指导, 组织落实: nothing but verbs
_VERB_LAST = frozenset(verb[-1] for verb in _VERBS + _MANNER_VERBS)
_VERB_ROLE = {**lx.MANNER_VERB_ROLES, **lx.VERBS_AFTER_A_NAME, **lx.VERBS_AFTER_A_NAMED_BODY, **lx.VERB_ROLES}
_AT_END_ONLY = (frozenset(lx.VERBS_AT_END_ONLY) | frozenset(lx.VERBS_AFTER_A_NAME)  # 社会组织党组织: no verb inside a name
                | frozenset(lx.VERBS_AFTER_A_NAMED_BODY))
# a name opening as a body's does (市…, 县…, 各…, 有关…): where 主导 / 协调 give a role (not after 政府, 企业, 坚持政府)
_NAMED_BODY_OPENING = re.compile("^(?:" + lx.alternation(lx.NAME_OPENINGS) + ")")
_NOT_A_VERB_AFTER = re.compile("^[" + lx.VERB_NOUN_CONTINUATIONS + "]")
_QUALIFIER = re.compile("等(?:" + "|".join(lx.QUALIFIER_WORDS) + ")*(?:" + "|".join(lx.QUALIFIER_MODIFIERS) + ")?(?:"
                        + "|".join(lx.QUALIFIER_HEADS) + ")?$")
# 区绩效办等区安委会有关成员单位 / 县工会等配合单位: after 等, the group the units listed belong to; dropped with 等;
# also a short kind of body with no qualifier word (市生态环境局等行政执法部门, 省银行业等金融机构)
_QUALIFIER_GROUP = re.compile("等((?:[^等、,，]{0,16}(?:" + "|".join(lx.QUALIFIER_WORDS) + ")[^等、,，]{0,8}?|(?:"
                              + "|".join(w for words in lx.LABEL_ROLE_WORDS.values() for w in words)
                              + ")?(?:成员)?|[^等、,，()（）]{1,8}?)(?:" + "|".join(lx.QUALIFIER_HEADS) + "))$")
_NO_UNIT = frozenset(lx.NO_UNIT)
_NOTE_START = re.compile("^\\s*(?:" + "|".join(lx.NOTE_STARTS) + ")")
_NOTE = re.compile("|".join(lx.NOTE_WORDS))
_JOINER = re.compile("[" + lx.JOINERS + "]")
_BARE_HEADS = frozenset(lx.QUALIFIER_HEADS + lx.BARE_HEADS)
_COLLECTIVE_START = re.compile("^(?:" + "|".join(lx.COLLECTIVE_STARTS) + ")")
_DOMAIN_BEFORE_JOINER = tuple(lx.NAME_DOMAIN_PAIR_FIRSTS)
_NAME_OPENINGS = tuple(lx.NAME_OPENINGS)


@dataclass
class Reading:
    """What the annotations of one task say."""

    annotations: list[Annotation] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    deadlines: list[str] = field(default_factory=list)  # labelled deadline text, as written
    notes: list[str] = field(default_factory=list)  # standing notes (以下各项工作均需…落实,不再列出)
    warnings: list[tuple[int, str]] = field(default_factory=list)  # (offset in the text, message with {column})


def read_task(text: str, alone: bool = False, running_text: bool = True) -> Reading:
    """Find and read every annotation of a task's text.

    Each registered finder (ANNOTATION_FINDERS) proposes spans written in its way; in text
    order, a span that does not overlap an annotation already taken and that its finder
    accepts once read becomes the next annotation. `alone`: the text is a line standing on its own
    after a task's lines (区X局牵头，各街道配合。), whose first sentence may be the units' sentence; in a
    task's own text the first sentence is its title. `running_text=False`: only the ways written apart from the
    task's wording (brackets, labels, units' sentences), not units read out of its sentences (Finder.in_running_text),
    as the outline asks when it decides which items are tasks: a notice's requirement may say 市X委会同市Y局建立…
    """
    reading = Reading()
    spans, reading.warnings = top_level_spans(text)
    finders = ANNOTATION_FINDERS_ALONE if alone else ANNOTATION_FINDERS
    if not running_text:
        finders = tuple(f for f in finders if not f.in_running_text)
    candidates = [(start, end, inner, finder) for finder in finders
                  for start, end, inner in finder.candidates(text, spans)]
    taken_until = 0  # candidates come in text order: one that starts before this end overlaps the last taken
    for start, end, inner, finder in sorted(candidates, key=lambda c: c[0]):
        if start < taken_until:
            continue
        groups = _read_content(inner)
        refused = next((n for g in groups for n in g.refused), None)
        if refused is not None:  # say so rather than invent a unit
            reading.warnings.append((start, f"annotation at column {{column}} not understood: a unit label is followed "
                                            f"by '{refused[:24]}', which names no unit"))
        accepted = finder.accepts(groups, text, start, end, inner)
        for clause in (c for g in groups for c in g.unknown):  # say so rather than drop the units silently
            reading.warnings.append((start, f"annotation at column {{column}} not understood: the label of '{clause[:24]}'"
                                            " is not known, its units not read"))
        # people are named in an annotation taken, or after a unit label (责任单位：包村干部); a bracket in a task's
        # words listing people (主要负责人(法定代表人、实际负责人等)) is no annotation and says nothing of its units
        if accepted or any(g.has_label for g in groups):
            for person in (p for g in groups for p in g.people):
                reading.warnings.append((start, f"annotation at column {{column}}: '{person[:24]}' names people, not a "
                                                "unit: not read as one"))
        if not accepted:
            if refused is None and finder.looks_like_annotation(inner):  # say so rather than drop it silently
                reading.warnings.append((start, f"annotation at column {{column}} not understood: '{inner[:40]}'"))
            continue
        taken_until = end
        index = len(reading.annotations)
        reading.annotations.append(Annotation(text=finder.written(text, start, end, inner), start=start, end=end))
        for group in groups:
            for name, role in group.units:
                if group.note and any(a.name == name or a.role == role == "implement" for a in reading.assignments):
                    continue  # a standing note's units already named by the task, maybe in other words (各镇 / 各乡镇)
                reading.assignments.append(Assignment(name=name, role=role, annotation=index))
            reading.deadlines += group.deadlines
            if group.note:
                reading.notes.append(group.note)
    return reading


class Finder:
    """One way an annotation is written: candidate spans, whether a span read is one, and what to call it."""

    in_running_text = False  # units read out of the task's own sentences rather than written apart from them

    def candidates(self, text: str, spans) -> list[tuple[int, int, str]]:
        """(start, end, content to read) of every span of the text written this way."""
        raise NotImplementedError

    def accepts(self, groups, text: str, start: int, end: int, inner: str) -> bool:
        raise NotImplementedError

    def looks_like_annotation(self, inner: str) -> bool:
        """A span not accepted that the writer still meant as units: reported as not understood."""
        return False

    def written(self, text: str, start: int, end: int, inner: str) -> str:
        """Annotation.text: the content read (the bracket's content without the brackets)."""
        return inner


class BracketedNote(Finder):
    """(责任单位:X) / 〔X牵头,Y配合〕 / 【X负责】: a bracket whose content reads as units (see _is_annotation)."""

    def candidates(self, text: str, spans) -> list[tuple[int, int, str]]:
        return [(s.start, s.end, s.inner(text)) for s in spans]

    def accepts(self, groups, text: str, start: int, end: int, inner: str) -> bool:
        return _is_annotation(groups, text, start, end, bare=False)

    def looks_like_annotation(self, inner: str) -> bool:
        """A unit label at the start or a role verb at the end: the writer meant units here."""
        return bool(_LABEL_AHEAD.match(inner)) or _ends_with_verb(inner)


class BracketedLabel(Finder):
    """【牵头单位】X【配合单位】Y: labels written in brackets instead of before a colon.

    Each label's units run to the next label bracket; the run ends at the sentence or line end
    after the last label, as a run of labels before colons does.
    """

    def candidates(self, text: str, spans) -> list[tuple[int, int, str]]:
        runs: list[tuple[int, int, str]] = []
        stops: list[int] | None = None  # offsets of sentence and line ends, found once (a search per label was quadratic)
        n = 0
        while n < len(spans):
            if not _is_label_span(text, spans[n]):
                n += 1
                continue
            if stops is None:
                stops = [m.start() for m in _RUN_STOP.finditer(text)]
            start, parts = spans[n].start, []
            while True:
                span = spans[n]
                k = bisect_right(stops, span.end - 1)
                end = stops[k] if k < len(stops) else len(text)
                n += 1
                while n < len(spans) and spans[n].start < end and not _is_label_span(text, spans[n]):
                    n += 1  # a bracket inside a name (市委党校(行政学院)) is part of the units
                label = span.inner(text).strip().rstrip(":：")
                if n < len(spans) and _is_label_span(text, spans[n]) and (
                        spans[n].start < end or not text[end + 1 : spans[n].start].strip()):
                    parts.append(f"{label}:{text[span.end : min(end, spans[n].start)]}")
                    continue  # the next label follows at once: the same run
                parts.append(f"{label}:{text[span.end : end]}")
                break
            close = end + 1 if end < len(text) and text[end] in "。；;" else end
            runs.append((start, close, ";".join(parts)))
        return runs

    def accepts(self, groups, text: str, start: int, end: int, inner: str) -> bool:
        return _is_annotation(groups, text, start, end, bare=False)

    def looks_like_annotation(self, inner: str) -> bool:
        return True  # a label was written: the units after it could not be read

    def written(self, text: str, start: int, end: int, inner: str) -> str:
        return text[start:end].strip()  # as written, brackets and all: what was read is rebuilt with colons


def _is_label_span(text: str, span) -> bool:
    inner = span.inner(text)
    return len(inner) <= 12 and _LABEL_ONLY.match(inner) is not None


class LabelledRun(Finder):
    """牵头单位:X;配合单位:Y written without brackets, at the start of a line or after a sentence end, to the line's end."""

    def candidates(self, text: str, spans) -> list[tuple[int, int, str]]:
        if ":" not in text and "：" not in text and "—" not in text and "为" not in text:
            return []  # no label without its colon (or dash, or 为); the search for one tries every offset
        runs: list[tuple[int, int, str]] = []
        starts = [s.start for s in spans]
        for m in self._label_starts(text):
            k = bisect_right(starts, m.start()) - 1  # the last bracket opened before the label
            if (k >= 0 and m.start() < spans[k].end) or (runs and m.start() < runs[-1][1]):
                continue
            end = self._end(text, m.end())
            runs.append((m.start(), end, text[m.start():end].strip()))
        return runs

    @staticmethod
    def _label_starts(text: str) -> list:
        """Where a run may start: _BARE_LABEL, and a unit label one space after a leader's label and name."""
        found = list(_BARE_LABEL.finditer(text))
        taken = {m.start() for m in found}
        for m in _SPACED_LABEL.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if m.start() not in taken and (_PERSON_CLAUSE.search(text, line_start, m.start())
                                           or _quotes_closed(text[line_start : m.start()])):
                found.append(m)
        for m in _LABEL_AFTER_A_NAME.finditer(text):  # 牵头县领导：王某责任单位：… (a duty sheet's lines run together)
            line_start = max(text.rfind(stop, 0, m.start()) for stop in "\n。；;") + 1
            if m.start() not in taken and _PERSON_GLUED.match(text, line_start, m.start()):
                found.append(m)
        return sorted(found, key=lambda m: m.start())

    @staticmethod
    def _end(text: str, at: int) -> int:
        """The run goes on to the line's end, across ；/。 only where another label follows (牵头单位:X;配合单位:Y)."""
        for stop in _RUN_STOP.finditer(text, at):
            if stop.group() == "\n" and not text[at : stop.start()].strip():
                continue  # 牵头单位: at a line's end, the units on the next line
            if stop.group() == "\n" or not _LABEL_AHEAD.match(text, stop.end()):
                return stop.start() + (stop.group() != "\n")
        return len(text)

    def accepts(self, groups, text: str, start: int, end: int, inner: str) -> bool:
        return _is_annotation(groups, text, start, end, bare=True)



def _quotes_closed(before: str) -> bool:
    """新生儿出生“一件事” 牵头部门：X 配合部门：Y (a 一件事 list set as lines): a unit label one space after the item's
    name starts the units when every quotation opened before it on the line is closed; inside one (开展“我为群众办实事
    牵头单位：社区”主题活动) the label is part of the quoted words."""
    return before.count("“") == before.count("”") and before.count("「") == before.count("」") and bool(before.strip())


class SpacedLabelLine(Finder):
    """责任单位　市X局、市Y局: a line opening with a unit label set apart from its units by spaces, no colon.

    Pages copied from a two-cell layout (the label in one cell, the units in the next) keep only the gap.
    Read only where the line is the label and a list of names, each reading as a body's (a line of table
    header words, 牵头单位 配合单位 完成时限, is not one).
    """

    def candidates(self, text: str, spans) -> list[tuple[int, int, str]]:
        if "单位" not in text and "部门" not in text:
            return []  # every unit label ends in a head noun; most tasks have none without its colon
        found = []
        for m in _LABEL_SPACE_UNITS.finditer(text):
            end = text.find("\n", m.end())
            end = len(text) if end < 0 else end
            rest = text[m.end(): end].strip().rstrip("。；;")
            names = [n.strip() for n in re.split("[、,，；;]", rest) if n.strip()]
            if names and all(unit_like(n) and not _LABEL_ONLY.match(n) for n in names):
                found.append((m.start(), end, f"{m.group(1)}:{rest}"))
        return found

    def accepts(self, groups, text: str, start: int, end: int, inner: str) -> bool:
        return _is_annotation(groups, text, start, end, bare=True)

    def written(self, text: str, start: int, end: int, inner: str) -> str:
        return text[start:end].strip()


# the label at a line's start, then a run of spaces (or a full-width one), then the units
_LABEL_SPACE_UNITS = re.compile(r"^[ \u3000]*(" + lx.LABEL_MODIFIER + "(?:" + lx.UNIT_LABEL + r"))(?:[ \u3000]+)(?=[^ \u3000\n:：])", re.M)


class VerbSentence(Finder):
    """A sentence after the heading that is nothing but units and their verbs: 市应急局牵头,市公安局配合。

    Also the clause that closes a sentence with its agent, as 分工 notices write each item:
    "关于“…”的问题,由X会同Y等部门负责落实。" — 由 after a comma, then units and their verbs to the end.
    """

    def __init__(self, first_sentence: bool = False):
        self.first_sentence = first_sentence  # a line standing alone: its first sentence may be the units'

    def candidates(self, text: str, spans) -> list[tuple[int, int, str]]:
        found = []
        sentences = depth_zero_split(text, _SENTENCE_END)
        for n, (start, sentence) in enumerate(sentences):
            body = sentence.strip()
            may = n or self.first_sentence
            if may and body.startswith(lx.TASK_REFERENCES_BEFORE_AGENT):  # 此项工作由X牵头: the task named again
                rest = body[max(len(r) for r in lx.TASK_REFERENCES_BEFORE_AGENT if body.startswith(r)):]
                body = rest if rest.startswith(lx.AGENT_MARK) else body
            agent = may and body.startswith(lx.AGENT_MARK)
            if agent:  # 由市应急局牵头: the unit comes after 由
                body = body[1:]
            elif may and (topic := _TOPIC_AGENT.match(body)):
                # 大型文体表演由X和Y组织，Z配合: an event plan names the piece of work first and its agents after 由;
                # the work before 由 is no unit's name
                body = body[topic.end():]
            if may and 0 < len(body) <= 80 and _ends_with_verb(body):
                lead = sentence.index(body[0])
                found.append((start + lead, start + lead + len(body), body))
                continue
            if agent:  # 由教育部负责，指导各省…: the agent's clause opens the sentence and the rest is what it does
                parts = depth_zero_split(body, ",，")
                first = parts[0][1].strip()
                # 由X牵头，A、B参加，负责…: a 工作组's or task's running text names its lead and those who join it
                # in clauses of units and verbs, then what they do; every such clause belongs to the agent
                for at, clause in parts[1:]:
                    if not (_ends_with_verb(clause.strip()) and at + len(clause) <= 80):
                        break
                    first = body[: at + len(clause)].strip()
                if first != body and 0 < len(first) <= 80 and _ends_with_verb(first):
                    lead = sentence.index(body)
                    found.append((start + lead, start + lead + len(first), first))
                    continue
            if may and not agent:  # X牵头，Y配合，负责…: the units' clauses open the sentence, then what they do
                opening = self._units_opening(body)
                if opening:
                    lead = sentence.index(body)
                    found.append((start + lead, start + lead + len(opening), opening))
                    continue
            clauses = depth_zero_split(sentence, ",，") if lx.AGENT_MARK in sentence else []
            if len(clauses) > 1:  # …的问题,由X会同Y负责落实: the closing clause names who does it
                at, clause = clauses[-1]
                body = clause.strip()
                units = _after_agent(body)
                if units and len(units) <= 80 and _ends_with_verb(body):
                    lead = start + at + clause.index(body[0])
                    found.append((lead, lead + len(body), units))
        return found

    @staticmethod
    def _units_opening(body: str) -> str:
        """县卫生健康局牵头，县红十字会配合，负责伤员救治: two clauses of units and their verbs or more open the sentence
        and an action follows (a plan's running text names its units so, without brackets): the opening clauses.
        One such clause alone (市X局负责，…) is as often the subject of a sentence of the text: not read."""
        parts = depth_zero_split(body, ",，")
        taken = 0
        for at, clause in parts:
            if not (_ends_with_verb(clause.strip()) and at + len(clause) <= 80):
                break
            taken += 1
        if taken < 2 or taken == len(parts):
            return ""
        at, clause = parts[taken - 1]
        return body[: at + len(clause)].strip()

    def accepts(self, groups, text: str, start: int, end: int, inner: str) -> bool:
        return _is_verb_sentence(groups, inner)



class AgentWithAction(Finder):
    """The part of a 分工 notice's item that says who acts, from 由 to the sentence end:
    "关于“…”的问题,由X会同Y、Z等部门研究提出落实意见。" / "…,由X牵头,Y、Z等部门参与研究提出落实意见。" — clauses of
    units and their verbs, the last one's units running to the action (AGENT_ACTIONS), whose object stays text;
    the unit before 会同 leads, those after it support, an agent with no verb is responsible.
    A part whose words before the action do not all name bodies (由企业研究…, 由省级财政负担…) is not one, nor one
    in a sentence that does not end the item: in the body of a task such a clause is the task's wording.
    """

    def candidates(self, text: str, spans) -> list[tuple[int, int, str]]:
        if lx.AGENT_MARK not in text:
            return []
        found = []
        for start, sentence in depth_zero_split(text, _SENTENCE_END):
            if text[start + len(sentence):].strip(" 。；;\n"):
                continue
            clauses = depth_zero_split(sentence, ",，")
            opening = [k for k, (_, c) in enumerate(clauses) if k and _after_agent(c.strip())]
            if not opening:
                continue
            at, first = clauses[opening[-1]]
            lead = start + at + len(first) - len(first.lstrip())
            part = sentence[at:].strip()
            units = self._units(_after_agent(part))
            if units:
                found.append((lead, lead + len(part), units))
        return found

    @staticmethod
    def _units(after: str) -> str:
        """'X牵头,Y参与研究提出落实意见' -> 'X牵头,Y参与'; '' when no clause reaches an action after its units."""
        read = 0
        for at, clause in depth_zero_split(after, ",，"):
            if _ends_with_verb(clause):
                read = at + len(clause)
                continue
            for m in _AGENT_ACTION.finditer(clause, 1):
                units = clause[: m.start()]
                if clause.startswith(lx.AGENT_NON_DUTIES, m.start()):
                    return ""  # 由X负责解释: the text's interpretation clause, no task's duty
                if unit_like(clause[m.start():].split("、", 1)[0]):
                    continue  # 组织 of 中央组织部, 研究 of 某研究院: the word begins a body's name
                if (unit_like(units) or _ends_with_verb(units)) and len(after) - (at + m.start()) <= 30:
                    return after[: at + m.start()]
            break
        return after[:read] if read == len(after.rstrip()) else ""

    def accepts(self, groups, text: str, start: int, end: int, inner: str) -> bool:
        names = [n for g in groups for n in g.names_seen]
        return (bool(names) and not any(g.has_label or g.note for g in groups)
                and all(unit_like(n) and not _ACTION_START.match(n) and not n.endswith("企业") for n in names))

    def written(self, text: str, start: int, end: int, inner: str) -> str:
        return text[start:end]


class SubjectWithPartners(Finder):
    """A sentence in the task's text opened by a body, 会同 and its partners, then what they do:
    "教育部会同工业和信息化部、农业农村部发布…目录，引导…。", as joint ministry notices write a task's duty into
    its wording rather than a bracket. The body before 会同 leads, the partners support; the partners end where an
    action (PARTNER_ACTIONS) follows a body's name, or at the comma closing them. Not the title sentence, not a
    subject with more words than a body's name (各地要会同…, 教育部将会同…), not a list ended by its own verb (read as
    a units' sentence).
    Such a sentence alone does not make an item a task (in_running_text): a covering notice's requirements write
    them too (三、加强督导。市发展改革委会同市统计局建立调度机制。).
    """

    in_running_text = True

    def candidates(self, text: str, spans) -> list[tuple[int, int, str]]:
        found = []
        for n, (start, sentence) in enumerate(depth_zero_split(text, _SENTENCE_END)):
            body = sentence.lstrip()
            at = _depth_zero_find(body, lx.WITH_VERB)
            verb = _SUBJECT_VERB.search(body, 1) if n else None
            if at < 0 and verb is not None:  # 工业和信息化部指导各地…: the body alone, the verb's role its own
                subject, rest = body[: verb.start()], body[verb.end():]
                if (len(subject) <= 30 and not any(c in subject for c in ",，、:：" + lx.AGENT_MARK)
                        and unit_like(subject, strict=True) and not _COLLECTIVE_START.match(subject)
                        and not _ACTION_START.match(subject) and rest[:1] not in ",，" + lx.VERB_NOUN_CONTINUATIONS
                        and not _ends_with_verb(depth_zero_split(rest, ",，")[0][1])
                        and not rest.startswith(lx.AGENT_NON_DUTIES[-1])):
                    lead = start + len(sentence) - len(body)
                    role = lx.SUBJECT_VERB_ROLES[verb.group()]
                    inner = subject + ("牵头" if role == "lead" else "")
                    found.append((lead, lead + len(subject), inner))
                continue
            subject = body[:at]
            if n == 0 or at <= 0 or len(subject) > 40 or any(c in subject for c in ",，:：" + lx.AGENT_MARK) \
                    or not all(unit_like(p, strict=True) and not _ACTION_START.match(p) for p in subject.split("、")):
                continue  # 人力资源社会保障部、教育部会同…: two bodies may open it, each named whole (a place alone,
                # 某市指导… / 某市会同…, is the plan's own territory speaking, no body)
            clauses = depth_zero_split(body[at + len(lx.WITH_VERB):], ",，")
            clause = clauses[0][1]
            if _ends_with_verb(clause):
                continue
            partners = self._partners(clause)
            if not partners and len(clauses) > 1 and all(unit_like(_QUALIFIER.sub("", p).strip())
                                                         for p in clause.split("、")):
                partners = clause  # X会同Y，在…布局: the partners' clause closed by a comma before the action
            if partners:
                lead = start + len(sentence) - len(body)
                inner = subject + lx.WITH_VERB + partners
                found.append((lead, lead + len(inner), inner))
        return found

    @staticmethod
    def _partners(clause: str) -> str:
        """'工业和信息化部、农业农村部发布…' -> '工业和信息化部、农业农村部'; '' when no action follows a body's name."""
        for m in _PARTNER_ACTION.finditer(clause, 1):
            if clause.startswith(_BODY_ENDINGS, m.end()):
                continue  # 组织 of 中央组织部, 建设 of 住房城乡建设部: the word is inside a body's name
            if clause.startswith(lx.AGENT_NON_DUTIES, m.start()):
                return ""  # X会同Y负责解释: the text's interpretation clause, no task's duty
            partners = clause[: m.start()]
            if all(unit_like(_QUALIFIER.sub("", p).strip()) for p in partners.split("、")):
                return partners
        return ""

    def accepts(self, groups, text: str, start: int, end: int, inner: str) -> bool:
        names = [n for g in groups for n in g.names_seen]
        return (bool(names) and not any(g.has_label or g.note for g in groups)
                and all(unit_like(n) and not n.endswith("企业") for n in names))

    def written(self, text: str, start: int, end: int, inner: str) -> str:
        return text[start:end]


_PARTNER_ACTION = re.compile(lx.alternation(lx.PARTNER_ACTIONS))
_SUBJECT_VERB = re.compile(lx.alternation(lx.SUBJECT_VERB_ROLES))
# endings of a body (not of a place) that may follow an action word inside a name: 组织部, 研究院, 建设局
_BODY_ENDINGS = tuple(e for e in lx.UNIT_ENDINGS if e not in lx.LOCALITY_ENDINGS and len(e) <= 2)


# 由X / 分别由X: the mark before the units who act (used with .match); 由于 is "because"
AGENT_OPENS = re.compile("(?:" + "|".join(lx.AGENT_ADVERBS) + ")?" + lx.AGENT_MARK + "(?!于)")


# a clause opening with the work itself (one piece or a list: 入场式、升旗仪式), then 由 and its agents
# (入场式由X组织实施); not 由于 (because) nor a word
# holding 由 (自由贸易, 理由, 经由); the work is short and holds no comma or unit label
_TOPIC_AGENT = re.compile("^[^,，:：（）()由]{2,30}?(?<![自理经缘事])" + lx.AGENT_MARK + "(?!于)")


def _after_agent(clause: str) -> str:
    """'由X会同Y负责落实' / '分别由A、B负责落实' -> the text after 由; '' when the clause does not open with it."""
    m = AGENT_OPENS.match(clause)
    return clause[m.end():] if m else ""


_AGENT_ACTION = re.compile("|".join(sorted(lx.AGENT_ACTIONS, key=len, reverse=True)))
_SENTENCE_END = "。；;\n"
_RUN_STOP = re.compile("[。；;\n]")
_LABEL_ONLY = re.compile(r"^\s*" + lx.LABEL_MODIFIER + "(?:" + lx.UNIT_LABEL + "|" + lx.DEADLINE_LABEL + r")\s*[:：]?\s*$")
_LABEL_AHEAD = re.compile(r"\s*" + lx.LABEL_MODIFIER + "(?:" + lx.UNIT_LABEL + "|" + lx.DEADLINE_LABEL + r")\s*" + lx.LABEL_COLON)
_VERB_END = re.compile("(?:" + _VERB.pattern + r")\s*$")


def _ends_with_verb(text: str) -> bool:
    """_VERB_END.search(text), skipped when the last character cannot end a verb; or a role given as a label
    (市X局为牵头单位), which ends a list as a verb does."""
    return (text.rstrip()[-1:] in _VERB_LAST and _VERB_END.search(text) is not None) or _role_as_label(text) is not None


# 市X局为牵头单位 / 市Y局、市Z局为配合单位 / 市X局作为责任单位: the role stated as a label after 为 (or 作为 / 是)
_AS_LABEL = re.compile("(?:作为|为|是)" + lx.LABEL_MODIFIER + "(" + lx.UNIT_LABEL + r")\s*$")


def _role_as_label(piece: str) -> tuple[str, str] | None:
    """'市X局为牵头单位' -> ('市X局', 'lead'): units before 为 + a label take the label's role; None otherwise."""
    m = _AS_LABEL.search(piece) if "为" in piece or "是" in piece else None  # (a cheap test before the search)
    if m is None:
        return None
    names = piece[: m.start()]
    last = names.rsplit("、", 1)[-1].strip()
    return (names, _role_of_label(m.group(1))) if unit_like(last) else None


# A sentence that starts by telling someone to act (督促企业负责) is a task, not a list of units.
_ACTION_START = re.compile("^(?:" + "|".join(lx.ACTION_STARTS) + ")")


def _is_verb_sentence(groups: tuple[_Group, ...], sentence: str) -> bool:
    """Every clause a list of units ending in its verb, nothing else: then the sentence is an annotation."""
    if any(g.has_label or g.note or g.deadlines for g in groups):
        return False
    names = [n for g in groups for n in g.names_seen]
    clauses = [c.strip() for _, c in depth_zero_split(sentence, ",，")]
    # (由X牵头，A、B，各乡镇人民政府参加): a comma may part kinds of members inside one list before its verb; such a
    # clause is names alone, and a clause after it ends in the verb
    return (bool(names) and bool(clauses) and _ends_with_verb(clauses[-1])
            and all(_ends_with_verb(c) or _names_alone(c) for c in clauses)
            and all(unit_like(n) and not _ACTION_START.match(n) and not n.endswith("企业")
                    and not _SETTING_UP.search(n) for n in names))


def _names_alone(clause: str) -> bool:
    """A clause that is a list of bodies' names and nothing else (县红十字会、县人民医院)."""
    pieces = [p.strip() for _, p in depth_zero_split(clause, "、")]
    return bool(pieces) and all(p and unit_like(p, strict=True) for p in pieces)


# 依法在企事业单位建立工会组织。: a sentence telling someone to set a body up, not a body that organises
_SETTING_UP = re.compile("|".join(lx.SETTING_UP_WORDS))


# The ways an annotation is written, each a class above with the phenomenon it handles.
ANNOTATION_FINDERS = (BracketedLabel(), BracketedNote(), LabelledRun(), SpacedLabelLine(), VerbSentence(),
                      AgentWithAction(), SubjectWithPartners())
# the same for a line standing alone after a task's lines (read_task(alone=True))
ANNOTATION_FINDERS_ALONE = (BracketedLabel(), BracketedNote(), LabelledRun(), SpacedLabelLine(),
                            VerbSentence(first_sentence=True), AgentWithAction(), SubjectWithPartners())


@dataclass
class _Group:
    units: list[tuple[str, str]] = field(default_factory=list)
    names_seen: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # text after a label that names no unit (牵头单位:持续推进…)
    people: list[str] = field(default_factory=list)  # people listed among the units (包村干部, 网格员): not units
    unknown: list[str] = field(default_factory=list)  # clauses under a label of units not known (联系单位：X): not read
    joined_by_wei: bool = False  # a label joined to its units by 为 (责任单位为市X局): a sentence unless all are names
    has_label: bool = False
    has_verb: bool = False
    deadlines: list[str] = field(default_factory=list)
    note: str = ""


def _read_content(content: str) -> tuple[_Group, ...]:
    groups = []
    content = _part_joint_labels(content)
    for _, group_text in depth_zero_split(_part_glued_labels(_GLUED_LABEL.sub(";", _GAP_LABEL.sub(";", content))), ";；。"):
        if group_text.strip():
            groups.append(_read_group(group_text))
    return tuple(groups)


# a label and its colon anywhere (主要责任单位: / 配合单位: / 完成时限:), the modifier taken with it
# (and a label of the task's other fields, 县X局成果形式：制度文件, which ends the units' clause as a deadline's does)
_LABEL_ANYWHERE = re.compile(lx.LABEL_MODIFIER + "(?:" + "|".join(p for p, _ in _LABEL_ROLES) + "|" + lx.FIELD_LABEL
                             + r")\s*" + lx.LABEL_COLON)
_NAME_STOP = re.compile("[、,，;；。:：]")


# a person's label and name just before a label (牵头县领导：王某责任单位：…, 责任领导：王某、李某完成时限：…): the lines of a
# duty sheet run together; the name is a person's, so the label after it starts the next clause
_PERSON_BEFORE = re.compile("(?:" + lx.alternation(lx.PERSON_LABEL_HEADS) + r")\s*" + lx.LABEL_COLON + r"[^:：，,。；;\s]{2,20}$")


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
        if not unit_like(_NAME_STOP.split(view)[-1].strip()) and not _PERSON_BEFORE.search(view):
            continue
        parts.append(before + ";")
        last = m.start()
    return "".join(parts) + content[last:]


def _read_group(group_text: str) -> _Group:
    group = _Group()
    if _NOTE.search(group_text):
        group.note = group_text.strip()
    label_role = None
    clauses = depth_zero_split(group_text, ",，")
    read: list[_Clause] = []
    stated_rule = False
    for n, (_, clause) in enumerate(clauses):
        m = _LABEL.match(clause)
        if m:
            label_role = _role_of_label(m.group(1))
            group.has_label = True
            group.joined_by_wei = group.joined_by_wei or m.group(0).rstrip().endswith("为")
            clause = clause[m.end():]
            if label_role == "deadline":
                group.deadlines.append(",".join([clause] + [c for _, c in clauses[n + 1 :]]).strip())
                break
        elif _OTHER_LABEL.match(clause):
            label_role = None
            if _UNKNOWN_UNIT_LABEL.match(clause):  # 联系单位：X: a label of units the reader does not know
                group.unknown.append(clause.strip())
            continue
        if group.note and _NOTE_START.match(clause):
            clause = _note_own_units(clause)
        if not clause.strip():
            continue
        clause = _without_trailing_rule(clause, group)
        if is_rule_statement(clause):  # (A、B,排在第一位的为牵头单位,下同): a rule for the plan, read by parse.rules
            group.note = group.note or group_text.strip()
            stated_rule = True
            continue
        if stated_rule and is_rule_continuation(clause):  # …为牵头单位,其他为参与单位: the rule's second half
            continue
        if group.note:  # 具体任务均涉及相关市(州)人民政府: the units a standing note names follow its verb
            clause = _after_note_verb(clause)
        clause, deadline = _split_deadline(clause)
        if deadline:
            group.deadlines.append(deadline)
            if not clause:
                continue
        start = len(group.units)
        verb, defaulted = _read_clause(clause, label_role or "responsible", group)
        read.append(_Clause(label_role, bool(m), verb, start, len(group.units), defaulted))
    for rule in CLAUSE_RULES:
        rule(read, group)
    return group


_NOTE_VERB = re.compile("|".join(lx.NOTE_VERBS))
# the words a standing note opens with before the units it names: 以下各项任务 / 上述工作均由 / 本方案所列任务
_NOTE_OPENING = re.compile("^\\s*(?:" + "|".join(lx.NOTE_STARTS) + ")(?:所列|涉及的?)?(?:各项|所有|全部)?(?:重点)?"
                           "(?:工作|任务|事项|措施)?[，,]?(?:均|都)?(?:由|需|要)?")
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
    return verb is not None and bool(first) and unit_like(first)


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


def bind_to_following_verb(clauses: list[_Clause], group: _Group) -> None:
    """A list cut by a comma takes the verb after it, once a verb has been written in the annotation.

    (X牵头,A、B,C落实): A and B are implemented like C; the comma only separates two lists
    under one verb. The first clause keeps its own reading ((X,Y配合): X is responsible).
    """
    def open_list(c: _Clause) -> bool:  # no label of its own that says the role (责任单位 says only "units:")
        return not c.labelled_here and c.label_role in (None, "responsible")

    seen_verb = False
    for n, clause in enumerate(clauses):
        if seen_verb and clause.verb is None and open_list(clause) and clause.defaulted:
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
        if (clause.label_role in ("lead", "support") and not clause.labelled_here and names
                and len(names) == clause.end - clause.start and all(_is_localities(n) for n in names)):
            for i in clause.defaulted:
                group.units[i] = (group.units[i][0], "responsible")


# the localities of a stretch or a list named before 各 (赛道沿线各区人民政府, 流域内各乡镇, 相关各县): still every one
_BEFORE_EACH = re.compile(r"^[^、，,（）()各]{0,6}?(?:沿线|沿岸|沿途|流域内?|辖区内?|范围内|周边|相关|有关|所在)各")


def _is_localities(name: str) -> bool:
    core = strip_trailing_brackets(name)
    m = _BEFORE_EACH.match(name)
    if m:
        name = name[m.end() - 1:]
        core = strip_trailing_brackets(name)
    return name.startswith("各") and bool(_LOCALITY_END.search(core) or core.endswith(("政府", "管委会"))
                                          or _is_party_committees(core))


def _is_party_committees(core: str) -> bool:
    """各市委 / 各县委 / 各乡镇党委 / 各高等学校党委: a party plan names the committees that carry its tasks out
    where a government plan names the localities' governments, after a comma closing the 配合 list as they do."""
    return core.endswith(lx.PARTY_COMMITTEE_HEADS) or any(core == "各" + k + "委" for k in lx.LOCALITY_KINDS)


# Rules over the clauses of a group, in the order they run (each documented above with its phenomenon).
CLAUSE_RULES = (bind_to_following_verb, localities_after_a_label)


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


def _role_of_label(label: str) -> str:
    return next(role for pattern, role in _LABEL_ROLE if pattern.match(label))


_CONJUNCTION = re.compile("^(?:" + lx.alternation(lx.CLAUSE_CONJUNCTIONS) + ")")
# a clause opening with a word of a sentence (报, 向, 将 …: 报市政府备案, 向社会公布) names where the result goes, not a unit
_CLAUSE_START = re.compile(r"^(?:报(?!社|刊)|[向将把])")  # (not 请: 请市X局牵头 asks a unit)


def _read_clause(clause: str, default_role: str, group: _Group) -> tuple[str | None, list[int]]:
    """Read one clause into the group; returns the role of its first verb and the units no verb reached."""
    whole = _CONJUNCTION.sub("", clause.lstrip())  # (X牵头，并会同Y落实): the conjunction joins the clause, names no unit
    if _CLAUSE_START.match(whole):
        return None, []  # (X牵头，并报市政府备案): what is done with the result, to whom; no unit of the task
    whole = _after_agent(whole) or whole  # (由X、Y负责): the units come after 由
    at = _depth_zero_find(whole, lx.WITH_VERB)
    if at >= 0:
        group.has_verb = True
        left, _ = _split_verb(whole[:at])  # 市X局牵头会同市Y局负责: the verb before 会同 says no more than 会同 does
        for name in _names(left):
            _add(group, name, "lead")
        right, _ = _split_verb(whole[at + len(lx.WITH_VERB) :])
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
    pending: list[str] = []
    first_verb = None
    for piece in _shared_head_lists(depth_zero_split(whole, "、")):
        name_part, verb = _split_verb(piece)
        if pending and _shares_the_collective(pending[-1], name_part.strip()):
            pending[-1] += "、" + name_part.strip()  # 各有关部门、单位按职责分工负责: one collective, as in _shared_head_lists
            name_part = ""
        pending += _names(name_part)
        if verb:
            group.has_verb = True
            first_verb = first_verb or verb
            for name in pending:
                _add(group, name, verb)
            pending = []
    defaulted = []
    for name in pending:
        if _add(group, name, default_role):
            defaulted.append(len(group.units) - 1)
    return first_verb, defaulted


def _before_action(text: str) -> str:
    """'市Y局、市Z局推进' -> '市Y局、市Z局': after 会同 the units may run into the action they take part in (推进, 研究制定),
    which no verb of VERB_ROLES names; the list ends where an action word (AGENT_ACTIONS) follows a body's name."""
    if unit_like(text.strip()):
        return text
    for m in _AGENT_ACTION.finditer(text, 1):
        if unit_like(text[max(0, m.start() - _VIEW): m.start()].rsplit("、", 1)[-1]):
            return text[: m.start()]
    return text


_LOCALITY_KIND = frozenset(lx.LOCALITY_KINDS)
_LOCALITY_KINDS = tuple(lx.LOCALITY_KINDS)


def _shared_head_lists(pieces: list[tuple[int, str]]) -> list[str]:
    """各县、市、区政府 / 各省、自治区、直辖市人民政府 -> one name: kinds of locality listed alone share the head after them.

    Split on 、 such a list leaves pieces that name nothing (市, 区政府): a bare kind, and the piece
    after it, go back with the piece before, as written. The addressee line of provincial documents
    opens the list with 各 and nests the lower kinds: 各市、县（市、区）人民政府 is one name too.
    """
    out: list[str] = []
    joining = False
    for _, piece in pieces:
        # (a bare kind after a body's name, 市X局、区, is a name cut short, not a kind sharing a head)
        bare = piece.strip() in _LOCALITY_KIND and bool(out) and out[-1].strip().endswith(_LOCALITY_KINDS)
        # 市直有关部门、单位 / 各有关部门、单位: a bare head after a collective shares its opening, one collective as
        # 各有关部门和单位 is (a 单位 alone names no body)
        bare = bare or (bool(out) and _shares_the_collective(out[-1].strip(), piece.strip()))
        if out and (bare or (joining and piece.strip().startswith(_LOCALITY_KINDS))):
            out[-1] += "、" + piece
            joining = bare
            continue
        out.append(piece)
        head = piece.strip()
        joining = _opens_a_list_of_kinds(head)  # 各市、县…人民政府
    return out


_BARE_HEAD_ENDS = tuple(_BARE_HEADS)


def _shares_the_collective(before: str, piece: str) -> bool:
    """'市直有关部门' + '单位': a bare head after a collective name ending in a head is a second head of it."""
    return piece in _BARE_HEADS and bool(_COLLECTIVE_START.match(before)) and before.endswith(_BARE_HEAD_ENDS)


# 各 and the qualifiers that may follow it before a kind of locality (各有关区、县级市政府, 各相关县、市政府)
_KIND_LIST_OPENING = re.compile("^(?:各(?:有关|相关)?|(?:有关|相关))")


def _opens_a_list_of_kinds(head: str) -> bool:
    """各区 / 各有关区 / 有关县: a bare kind of locality opened by 各 or a qualifier, the first of kinds sharing a head."""
    m = _KIND_LIST_OPENING.match(head)
    return bool(m) and head[m.end():] in _LOCALITY_KIND


def _assisting(clause: str) -> tuple[list[str], str] | None:
    """'省政府新闻办配合省委宣传部落实' -> (['省政府新闻办'], '省委宣传部落实'): X配合Y…, X supports Y.

    Only where units stand on both sides of the verb; 'A、B配合' (the verb ends the list) is read as usual.
    """
    for verb in lx.ASSIST_VERBS:
        at = _depth_zero_find(clause, verb)
        if at <= 0:
            continue
        left, rest = clause[:at], clause[at + len(verb):]
        if _NOT_A_VERB_AFTER.match(rest):
            continue  # 配合单位, 协同部门: a noun, not a verb
        right, _ = _split_verb(rest)
        helpers, done = _names(left), _names(right)
        # a name of one character (市协同创新中心 -> 市) is a word of the name, not a unit
        if helpers and done and all(unit_like(n) and len(n) > 1 for n in helpers + done):
            return helpers, rest
    return None


_NOT_A_NAME = re.compile("^(?:" + "|".join(lx.NOT_A_NAME_STARTS) + ")")
_PEOPLE = re.compile("(?:" + "|".join(lx.PEOPLE_ENDINGS) + ")$")
_LEADER_INSIDE = re.compile(lx.LEADER_WORD + "(?!" + lx.alternation(lx.LEADING_BODY_WORDS) + ")")


_OTHERS_START = re.compile("^(?:" + "|".join(lx.OTHERS) + ")")
_BACK_REFERENCE = re.compile("^" + lx.AGENT_MARK + "?(?:" + "|".join(lx.BACK_REFERENCES) + ")")


def _add(group: _Group, name: str, role: str) -> bool:
    if _BACK_REFERENCE.match(name):
        return False  # 由所列负责单位…: the units already listed, named again by reference
    if group.note and (not unit_like(name) or _OTHERS_START.match(name)):
        # the wording of a standing note, not a unit; its 其他有关部门 (明确牵头部门的,其他有关部门配合,不逐一列出,下同)
        # are the units each task leaves unlisted, named by reference
        return False
    if group.has_label and _NOT_A_NAME.match(name) and not unit_like(name):
        group.refused.append(name)  # 牵头单位:持续推进…: the label's line runs on in words of a task, not a name
        return False
    if name in _LOCALITY_KIND:  # 责任单位：市 (the page cut after the level word): a level alone names no body
        if group.has_label:
            group.refused.append(name)
        return False
    body = _body_of_head(name) if _PEOPLE.search(name) else None
    if body:  # 市公安局局长 / 各镇镇长: the body answers for the task through its head
        name = body
    elif _PEOPLE.search(name) or _LEADER_INSIDE.search(name):  # (干部 ends in 部, as bodies do: the people word decides)
        group.people.append(name)  # 各村（社区）、包村干部: cadres answer for the task too, but they are not a body
        return False
    group.units.append((name, role))
    group.names_seen.append(name)
    return True


def _body_of_head(name: str) -> str | None:
    """'市公安局局长' -> '市公安局', '各镇镇长' -> '各镇', '各县（市、区）人民政府主要负责同志' -> '各县（市、区）人民政府'.

    A post after the name of the body it heads (局长 after a 局, 主任 after a 委 or 办, 主要负责同志 after any body)
    names the body's chief: the task is the body's, written as the text writes the body. A post with no body before
    it (分管副省长, 市政府分管领导, 王某副市长) stays a person.
    """
    for post in lx.HEAD_OF_ANY_BODY:
        if name.endswith(post):
            body = name[: -len(post)]
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
        if (shared.endswith(endings) and not shared.startswith(("副", "分管", "常务"))
                and (unit_like(shared, strict=True) or (shared.startswith("各") and len(shared) > 1))):
            return shared
        return None
    return None


def _depth_zero_find(text: str, needle: str) -> int:
    if needle not in text:
        return -1  # the usual case; no need to walk the text
    depth = 0
    for i, ch in enumerate(text):
        if ch in OPENERS:
            depth += 1
        elif ch in CLOSERS and depth:
            depth -= 1
        elif depth == 0 and text.startswith(needle, i):
            return i
    return -1


# 市应急局(牵头) / 市应急局（牵头单位）: the role in brackets after a name, with or without the label's head noun
_BRACKETED_VERB = re.compile(r"^(.*?)[(（〔]\s*(" + _VERB.pattern + r")(?:单位|部门)?\s*[)）〕]\s*$")


def _split_verb(piece: str) -> tuple[str, str | None]:
    """'市应急局牵头' -> ('市应急局', 'lead'); a verb must end the piece (or be followed only by a note)."""
    as_label = _role_as_label(piece)  # 市X局为牵头单位: the role stated as a label
    if as_label is not None:
        return as_label
    bracketed = _BRACKETED_VERB.match(piece)  # 市应急局(牵头): the role in brackets after the name
    if bracketed:
        piece = bracketed.group(1) + bracketed.group(2)
    chain: list[re.Match] = []  # the verbs written one after another at the end: 协同配合, 负责组织实施
    for m in _VERB.finditer(piece):
        if (m.group(1) or "").startswith("组织") and len(m.group(1)) > 2 and piece[: m.start(1)].endswith(lx.ORGANISATION_HEADS):
            rest = _VERB.match(piece, m.start(1) + 2)  # 各机关党组织落实: 组织 ends the name, 落实 is the verb
            if rest is None:
                continue
            m = rest
        tail = piece[m.end():]
        if (_NOT_A_VERB_AFTER.match(tail) and not _VERB.match(tail)) or unit_like(tail):
            continue  # 牵头部门, 负责人: part of a noun; but 负责组织实施 is two verbs
        after_a_verb = bool(chain) and chain[-1].end() == m.start()
        if not after_a_verb and _after_a_name_only(m) and not unit_like(piece[: m.start()].strip()):
            continue  # 基层党组织, 加强督促: a verb of VERBS_AFTER_A_NAME after no body's name is a word of the text
        if (m.group(1) or "") in lx.VERBS_AFTER_A_NAMED_BODY and not _after_a_named_body(piece[: m.start()]):
            continue  # 政府主导, 坚持政府主导, 企业主推: a principle's words after no named body
        if (m.group(1) or m.group(2)) in _AT_END_ONLY and tail.strip() and not _VERBS_ONLY.fullmatch(tail.strip()):
            continue  # 加强督导检查, 组织督导组开展…: only at the clause's end, or before verbs alone (监督指导)
        chain = chain + [m] if after_a_verb else [m]
    if not chain:
        return _before_manner(piece)
    roles = [_VERB_ROLE[m.group(1) or m.group(2)] for m in chain]
    role = "lead" if "lead" in roles else roles[-1]  # 牵头组织落实 leads; otherwise the last verb says what is done
    verbs = [m.group(1) or m.group(2) for m in chain]
    if len(verbs) > 1 and verbs[0] == "负责" and all(v in lx.OVERSIGHT_VERBS for v in verbs[1:]):
        role = "responsible"  # 负责督促指导: the body answers for the oversight itself
    return piece[: chain[0].start()], role


# 按职责分工 / 按照各自职责 / 根据职能: a manner phrase of the duty itself (not 结合实际, which goes with any verb)
_DUTY_MANNER = re.compile("(?:" + "|".join(h for h in lx.VERB_MANNER_HEADS if h != "结合") + ")(?:"
                          + "|".join(o for o in lx.VERB_MANNER_OWNERS if o) + ")?(?:职责分工|职能职责|职责|职能)")


def _before_manner(piece: str) -> tuple[str, str | None]:
    """'市Z局按职责分工做好相关工作' -> ('市Z局', 'responsible'): a list closed by a duty manner phrase whose verb no role
    verb names (or that the page cut: …按职责分) shares the duty, as a list without a verb does; (piece, None) otherwise."""
    m = _DUTY_MANNER.search(piece) if "职" in piece else None
    if m is None or m.start() == 0 or not unit_like(_QUALIFIER.sub("", piece[: m.start()].rsplit("、", 1)[-1])):
        return piece, None
    return piece[: m.start()], "responsible"


def _after_a_named_body(before: str) -> bool:
    """Does the text before a verb of VERBS_AFTER_A_NAMED_BODY end a body's name that opens as one does (市X局主抓)?"""
    name = _MANNER_TAIL.sub("", before.strip())  # 市X局具体主抓 / 市X局加强协调: manner words aside
    return bool(name) and _NAMED_BODY_OPENING.match(name) is not None and unit_like(name)


_MANNER_TAIL = re.compile("(?:" + _MANNER + ")+$")


def _after_a_name_only(m: re.Match) -> bool:
    """The verb matched is one that gives a role only after a body's name (组织, 督促), manner words aside."""
    return (m.group(1) or "") in lx.VERBS_AFTER_A_NAME


def _names(text: str) -> list[str]:
    """Written unit names in a run without verbs: split on 、, each piece tidied by NAME_RULES,
    then split on 和/及/与 only where they join two units."""
    names = []
    for piece in _shared_head_lists(depth_zero_split(text, "、")):
        piece = piece.strip().strip(",， ")
        for rule in NAME_RULES:
            piece = rule(piece)
        if piece:
            for part in _split_spaced(piece):
                part = drop_person_in_brackets(part)  # 市X局（张某）／市Y局（李某）: each part's person
                names += [n for n in _split_joined(part) if n]
    return names


_SPACES = re.compile(r"[ \u3000\t]+")
# a slash or a middle dot (市X局·市Y办, as notices set two offices side by side) parts names as 、 does
_SLASH = re.compile(r"[/／·・•]")


def _split_spaced(piece: str) -> list[str]:
    """市应急局 市公安局 / 镇中心学校/镇社会事务办: names set apart by spaces (as tables and some notices write
    them) or by a slash (as duty sheets filled in by hand do), when every part is one."""
    if not any(c in piece for c in " \u3000\t/／·・•"):
        return [piece]
    # slashes first, then spaces inside each part (one pattern for both backtracked through a long run of spaces)
    parts = [p for part in _SLASH.split(piece) for p in _SPACES.split(part.strip())]
    # 市X局 张某: the person answering for the unit written after it, as duty sheets do with brackets (drop_person_in_brackets)
    people = len(parts)
    while people > 1 and is_person(parts[people - 1]):
        people -= 1
    if people < len(parts) and unit_like(parts[people - 1]):
        parts = parts[:people]
    return parts if all(unit_like(p) for p in parts) else [piece]


def drop_trailing_qualifier(piece: str) -> str:
    """市应急局等 / 市应急局等有关部门 / 市公安局等单位 -> the name: 等 ends the list, it names no unit."""
    return _QUALIFIER.sub("", piece).strip()


def drop_group_after_deng(piece: str) -> str:
    """区绩效办等区安委会有关成员单位 / 县工会等配合单位 -> the name: after 等, the group the units belong to."""
    m = _QUALIFIER_GROUP.search(piece) if "等" in piece else None
    if m and unit_like(piece[: m.start()]):
        return piece[: m.start()].strip()
    return piece


# the last bracket of a piece, with no bracket inside it (a person's name or a seat note holds none)
_LAST_BRACKET = re.compile(r"[(（\[［【]([^()（）\[\]［］【】]{1,40})[)）\]］】]$")
def drop_person_in_brackets(piece: str) -> str:
    """市投资促进局（张某） / 市发展改革委（分管领导：李某） / 领导小组办公室（设在市X局） -> the name before the bracket.

    Duty sheets of a city's 责任分解 write the person answering for the task (the unit's 分管负责同志) in brackets after
    the unit, and an office's seat after its name: neither is part of the name, nor a unit. Another name of the body
    in brackets (市委组织部（人才办）, 各县（市、区）) is kept as written.
    """
    m = _LAST_BRACKET.search(piece) if piece.endswith((")", "）", "]", "］", "】")) else None
    if m and names_people(m.group(1)) and unit_like(piece[: m.start()]):
        return piece[: m.start()].rstrip()
    return piece


# （以下简称省公路中心，下同） / （简称X）: the short name a plan gives a body at its first mention
_SHORT_NAME_NOTE = re.compile(r"[(（](?:以下)?简称[^()（）]*[)）]$")


def drop_short_name_note(piece: str) -> str:
    """省公路事业发展中心（以下简称省公路中心，下同） -> 省公路事业发展中心: the note says what the plan calls the body
    later; the name is the one written before it (下同 inside it is the note's, no positional rule)."""
    m = _SHORT_NAME_NOTE.search(piece)
    return piece[: m.start()].rstrip() if m and m.start() > 0 else piece


def drop_no_unit(piece: str) -> str:
    """配合单位:无 / — : a table cell or clause that says there is no such unit."""
    return "" if piece in _NO_UNIT else piece


def drop_label_word(piece: str) -> str:
    """(牵头单位) / 责任单位: a label standing alone names the column or role, not a unit."""
    return "" if _LABEL_ONLY.match(piece) else piece


# How a written piece of a list becomes a name, in order (each documented above with its phenomenon).
NAME_RULES = (drop_trailing_qualifier, drop_group_after_deng, drop_short_name_note, drop_person_in_brackets, drop_no_unit,
              drop_label_word)


def _split_joined(text: str) -> list[str]:
    # one pass over the joiners, where a recursion on what followed each split re-scanned it (and overflowed
    # Python's stack past ~1000 names): quadratic on a long run of 和
    names, start = [], 0
    depth = _bracket_depths(text) if BRACKET.search(text) else None
    ink = len(text.rstrip())  # the text after a joiner is empty when the joiner is at or past this
    for m in _JOINER.finditer(text):
        if depth is not None and depth[m.start()] > 0:
            continue
        if m.group() in lx.JOINERS_BEFORE_A_NAME_ONLY and not text.startswith(_NAME_OPENINGS, m.end()):
            continue  # 并报市政府备案: a clause, not a second name
        # unit_like reads a piece's ending and _COLLECTIVE_START its opening: views of _VIEW characters
        # give the same answers without copying the rest of the text for every joiner
        right = text[max(m.end(), ink - _VIEW): ink].strip()
        left = text[max(start, m.start() - _VIEW): m.start()].strip()
        opening = text[start: min(m.start(), start + _VIEW)].lstrip()
        if ink - m.end() <= 8 and text[m.end():ink].strip() in _BARE_HEADS:
            continue  # 各有关部门和单位 / 有关部门和地方: 和 joins two head nouns of one collective name, not two units
        # (views again: the kind before the joiner is the last piece, the kind after it runs to the end, so a rest
        # longer than a name is no kind with its head, and slicing all of it at each joiner was quadratic)
        if ink - m.end() <= _VIEW and _joins_kinds_of_locality(left, text[m.end(): ink]):
            continue  # 各省、自治区、直辖市及计划单列市人民政府: kinds under one head, one name
        if m.end() < ink and right and unit_like(right) and (
            unit_like(left) or (_COLLECTIVE_START.match(opening) and not left.endswith(_DOMAIN_BEFORE_JOINER))
        ):
            # (A、B等省有关部门和各地级以上市人民政府: the group after 等 closes the bodies' list before 和 too)
            names.append(_QUALIFIER.sub("", drop_group_after_deng(text[start: m.start()].strip())).strip())
            start = m.end()
    return names + [_QUALIFIER.sub("", text[start:]).strip()]


def _joins_kinds_of_locality(left: str, right: str) -> bool:
    """'各省、自治区、直辖市' + '计划单列市人民政府': the last kind before 及 / 和 shares the head of the kind after it.

    National and provincial documents list the kinds of locality they address under one head and join the last
    with 及 (各省、自治区、直辖市及新疆生产建设兵团 aside): a bare kind on the left (直辖市, 各省) and a kind with its head on
    the right (计划单列市人民政府, 计划单列市工业和信息化主管部门) are one name; between two bodies (市X局及市Y局) 及
    still parts two names.
    """
    kind = left.rsplit("、", 1)[-1].strip().removeprefix("各")
    if kind not in _LOCALITY_KIND:
        return False
    right = right.strip().removeprefix("各")
    return any(right.startswith(k) and (right[len(k):] in lx.LOCALITY_HEADS or unit_like(right[len(k):]))
               for k in _LOCALITY_KINDS)


_VIEW = 400  # characters; a unit name is at most MAX_NAME (200) and its bracketed notes shorter


def _bracket_depths(text: str) -> list[int]:
    """Bracket depth before each character, a stray closer at depth 0 ignored."""
    depths, depth = [], 0
    for ch in text:
        depths.append(depth)
        if ch in OPENERS:
            depth += 1
        elif ch in CLOSERS and depth:
            depth -= 1
    return depths


# Words of a sentence rather than of a name: (重大风险隐患报主管和监管部门) says what to do.
_CLAUSE_WORD = re.compile(r"报(?!社|刊)|[向将把须请]")
_BOUNDARY_BEFORE = re.compile(r"(?:^|[。；;！!？?\n])\s*$")
_BOUNDARY_AFTER = re.compile(r"^\s*(?:$|[。；;\n])")
_WINDOW = 64  # characters either side of a bracket where a sentence boundary is looked for


def _is_annotation(groups: tuple[_Group, ...], text: str, start: int, end: int, bare: bool) -> bool:
    names = [n for g in groups for n in g.names_seen]
    if any(g.joined_by_wei for g in groups) and not all(unit_like(n) for n in names):
        return False  # 责任单位为各乡镇提供资金支持: a sentence about the units, not a label and its names
    if any(g.has_label for g in groups):
        return bool(names) or any(g.deadlines for g in groups)
    if bare or not names:
        return False
    if _PERSON_BEFORE.search(text[max(0, start - 40) : start]):
        return False  # 包联领导：周某（县委常委、宣传部部长）, 包联干部：陈某（县X局副局长）: the person's post, not units
    like = sum(unit_like(n) for n in names)
    if any(g.has_verb for g in groups):
        return like > 0 and like * 2 >= len(names)
    # a window, not text[:start]: a task written without line breaks may hold thousands of brackets
    at_boundary = _BOUNDARY_BEFORE.search(text[max(0, start - _WINDOW) : start]) or _BOUNDARY_AFTER.match(text[end : end + _WINDOW])
    # (a body's own name, 市财政局, not a kind of station: 实践中心（所、站）)
    listed = len(names) >= 2 and all(len(n) >= 3 and unit_like(n, strict=True) for n in names)
    if not at_boundary or (unit_like(text[max(0, start - 8) : start]) and not listed):
        # 政府(管委会): another name for the body just written, not a list of units; but a list of two bodies or more
        # after a task's words that end as a body's name does (推动高频事项打包办（A、B）) is the task's units
        return False
    if any(_CLAUSE_WORD.search(n) for n in names):
        return False
    return (all(unit_like(n, strict=True) for n in names) or _trailing_localities(names, text[start:end])
            or _domains_sharing_a_head(names))


_SHORT_DOMAIN = re.compile(r"^[\u4e00-\u9fff]{2,6}$")
_SHARED_HEAD = tuple(h for h in lx.QUALIFIER_HEADS if len(h) == 2)  # 部门, 单位, 机构


def _domains_sharing_a_head(names: list[str]) -> bool:
    """（省财政厅、发展改革、市场监管部门）: a body's name, then domains written short that share the head of the last.

    Provincial 分工方案 shorten a list so: the pieces between (发展改革) name no body alone, but the head 部门 after the
    last is theirs too. Read as written, one name a piece, when the first names a body and every middle piece is a
    short run of words with no clause word in it.
    """
    if len(names) < 3 or not unit_like(names[0], strict=True) or not names[-1].endswith(_SHARED_HEAD):
        return False
    middle = names[1:-1]
    return all(_SHORT_DOMAIN.match(n) and not _CLAUSE_WORD.search(n) for n in middle) and bool(
        _SHORT_DOMAIN.match(names[-1]))


def _trailing_localities(names: list[str], written: str) -> bool:
    """（街道综治中心、司法所、派出所，各社区） / （县综治中心、县司法局，各乡镇）: bodies, then after a comma the localities.

    A bracket of names alone is read only when every name is a body's: a bracket of localities (市、区) is
    as often part of a name (各县(市、区)). After a list of bodies, a comma and a list of localities is the
    trailing list of localities that share the duty (the project's reading of such a clause: responsible).
    """
    bodies = [unit_like(n, strict=True) for n in names]
    k = bodies.index(False)
    if k == 0 or any(bodies[k:]) or not all(unit_like(n) for n in names[k:]):
        return False
    last_body = written.find(names[k - 1]) + len(names[k - 1])
    first_place = written.find(names[k], last_body)
    return first_place > last_body and any(c in written[last_body:first_place] for c in "，,")


def append_units(task: Task, reading: Reading) -> None:
    """The units of an annotation read elsewhere (a heading's, a block's) as the task's last annotations, zero-width
    at its end: the task's text stays the published text, and each unit keeps the annotation it was read from."""
    end = len(task.text)
    for index, note in enumerate(reading.annotations):
        task.annotations.append(Annotation(text=note.text, start=end, end=end))
        at = len(task.annotations) - 1
        task.assignments += [Assignment(name=a.name, role=a.role, annotation=at)
                             for a in reading.assignments if a.annotation == index]
