"""A 责任书's party word (乙方) read as the body the document defines, in its targets' sentences.

A document rule as those of rules.py are, kept apart because it reads a target again with the annotation reader,
which itself imports rules.py (the wording of rule statements inside annotations).
"""
from __future__ import annotations

import re

from ..model import Annotation, Assignment, Task
from ..words import lexicon as lx
from .annotations import Reading, in_text_order, read_task
from .rules import Parties, PartyBearingTheTargets, Statement, agreement_start, party_headed_parts, unit_like


class PartyWordStandsForItsBody(PartyBearingTheTargets):
    """A 责任书 defining its parties (乙方：Y, Y（以下简称乙方）, 乙方（盖章）：Y) then writes the party word in its
    targets' sentences where the body acts (乙方会同县甲局、县乙局开展… / 由乙方组织各村（社区）落实), or leaves the party
    out as the subject every target has (配合县甲局开展…: it is 乙方 that assists): the word, or the subject left out
    before a sentence opening with a partner's verb, stands for the body the document defines. So a sentence read with
    the body named there gives the body and the others their roles (乙方 leads its 会同 partners, supports the body it
    assists, answers where it sets the villages to work). Stated once where the parties are named, as
    PartyBearingTheTargets is; applied before it, so 乙方 keeps the role its sentence gives it. A sentence that reads
    no role for the body with its name in place keeps its reading."""

    name = "the party word a document defines (乙方) stands for its body in the targets"

    def apply(self, tasks: list[Task], option: Parties) -> int:
        return sum(_read_with_the_party_named(task, option.signing) for task in tasks)


class EachPartyWordStandsForItsBody(PartyBearingTheTargets):
    """An agreement between two bodies (某市人民政府 某大学战略合作框架协议, lexicon.AGREEMENT_KINDS) defines 甲方 and 乙方
    as a 责任书 does (甲方：X / 乙方：Y, X（以下简称“甲方”）), but no party signs for the other's work: each clause names
    its own subject. 甲方负责提供用地 is X's, 乙方选派团队 Y's, 双方共同建设实验室 both's: a party word opening a
    sentence or a clause is its body answering for it (responsible), 双方 the two; so is the word after 由 (由乙方负责
    平台运营: 由 names the agent, as 由X负责 does) and the party's full name opening a clause (东江大学每年为…培训…).
    A party word the clause does not open (向甲方开放, 面向乙方) is no subject; a party whose clause gives the work to its
    bodies (甲方由市X局牵头，…) is the topic, its bodies carry the work.

    A heading naming one party's share (一、乙方义务 / （一）甲方职责, lexicon.PARTY_DUTY_HEADING_WORDS) gives that
    party to each item under it, down to the next heading of its numbering. An item naming no party word and no unit
    (项目于2026年6月前建成投产 / 建设年产10万吨饲料加工厂) is the signing party's commitment, as a 责任书's targets are
    乙方's (the investor, the partner providing the service): 乙方 answers for it."""

    name = "each party word an agreement defines (甲方 / 乙方 / 双方) stands for its body"

    def describe(self, option: tuple) -> str:
        return f"{self.name}: {lx.SETTING_PARTY_WORD} {option[0]}, {lx.SIGNING_PARTY_WORD} {option[1]}"

    def find(self, lines: list[tuple[int, str]], meta: dict) -> tuple[Statement, tuple] | None:
        start = agreement_start(lines)
        if start is None:
            return None
        agreement = lines[start:]
        for parties in (self._head_lines(agreement), self._preamble(agreement), self._signature(agreement)):
            if lx.SETTING_PARTY in parties and lx.SIGNING_PARTY in parties \
                    and all(unit_like(parties[p][1]) for p in (lx.SETTING_PARTY, lx.SIGNING_PARTY)):
                number, name, words, whole = parties[lx.SIGNING_PARTY]
                return Statement(number, words, whole), (parties[lx.SETTING_PARTY][1], name,
                                                         party_headed_parts(agreement))
        return None

    def apply(self, tasks: list[Task], option: tuple) -> int:
        setting, signing, headed = option
        bodies = {lx.SETTING_PARTY_WORD: (setting,), lx.SIGNING_PARTY_WORD: (signing,),
                  lx.BOTH_PARTIES_WORD: (setting, signing)}
        changed = 0
        for task in tasks:
            for m in _PARTY_SUBJECT.finditer(task.text):
                changed += sum(_give(task, name, m.start(1), m.end(1)) for name in bodies[m.group(1)])
            for name in (setting, signing):
                for m in _opening(name).finditer(task.text):
                    if not _covered(task, m.start(1), m.end(1)):
                        changed += _give(task, name, m.start(1), m.end(1))
            heading_party = next((party for line, end, party in headed
                                  if line < task.line and (end is None or task.line < end)), None)
            if heading_party:
                changed += _give(task, bodies[heading_party][0], len(task.text), len(task.text),
                                 f"{heading_party}：{bodies[heading_party][0]}")
            if not task.assignments and not _PARTY_WORD.search(task.text):
                changed += _give(task, signing, len(task.text), len(task.text), f"{lx.SIGNING_PARTY_WORD}：{signing}")
            in_text_order(task)
        return changed


def _give(task: Task, name: str, start: int, end: int, written: str | None = None) -> int:
    """The body answers for the task (responsible), its annotation over the words naming it (or, at the text's end,
    the party line it comes from); 0 where the task already gives the body a role."""
    if any(a.name == name for a in task.assignments):
        return 0
    task.annotations.append(Annotation(text=task.text[start:end] if written is None else written, start=start, end=end))
    task.assignments.append(Assignment(name=name, role="responsible", annotation=len(task.annotations) - 1))
    return 1


def _covered(task: Task, start: int, end: int) -> bool:
    return any(ann.start < end and start < ann.end for ann in task.annotations)


_CLAUSE_OPENING = r"(?:^|(?<=[。；;，,]))[ \u3000]*(?:" + lx.alternation(lx.CLAUSE_SUBJECT_ORDERS) + ")?"


def _opening(name: str) -> re.Pattern:
    """A party's full name opening a sentence or a clause (东江大学每年为…, 由东江大学负责…): its subject."""
    return re.compile(_CLAUSE_OPENING + "(" + re.escape(name) + ")")


# 甲方 / 乙方 / 双方 opening a sentence or a clause (…。乙方负责…, …，甲方为…提供…, 由乙方统筹使用): the party is its
# subject; not before 由 (甲方由市X局牵头: its bodies carry the work)
_PARTY_SUBJECT = re.compile(_CLAUSE_OPENING + "("
                            + lx.alternation((lx.SETTING_PARTY_WORD, lx.SIGNING_PARTY_WORD, lx.BOTH_PARTIES_WORD))
                            + r")(?!由)")

# any party word (向乙方提供绿色通道 names 乙方 though it is not the subject: the item is no commitment of 乙方's)
_PARTY_WORD = re.compile(lx.alternation((lx.SETTING_PARTY_WORD, lx.SIGNING_PARTY_WORD, lx.BOTH_PARTIES_WORD)))

# a target's sentence opening with a partner's verb and no subject (配合县甲局开展… / 会同县乙局…): the party bearing the
# targets is the subject left out
_SUBJECT_LEFT_OUT = re.compile(r"(?:^|(?<=[。；;]))[ \u3000]*(?=" + lx.alternation((lx.WITH_VERB, *lx.ASSIST_VERBS)) + ")")


def _read_with_the_party_named(task: Task, name: str) -> int:
    """Read the task's text with the party's name in place of each party word and before each sentence leaving it out;
    each annotation that reads the name there replaces what the task read over the same words (its span mapped back to
    the text as written). The number of annotations taken."""
    edits = _party_edits(task.text)
    if not edits:
        return 0
    reading_text, placed = _text_with_the_name(task.text, edits, name)
    taken = _annotations_reading_the_name(task.text, read_task(reading_text), placed, edits, name)
    taken += _others_in_its_sentences(task, reading_text, read_task(reading_text), placed, edits, name, taken)
    if taken:
        _replace_what_they_cover(task, taken)
    return len(taken)


def _party_edits(text: str) -> list[tuple[int, int]]:
    """(offset, length written) of each place the party stands in the text: its word, or the subject left out before
    a partner's verb (length 0)."""
    return sorted([(m.start(), len(lx.SIGNING_PARTY_WORD)) for m in re.finditer(lx.SIGNING_PARTY_WORD, text)]
                  + [(m.end(), 0) for m in _SUBJECT_LEFT_OUT.finditer(text)])


def _text_with_the_name(text: str, edits: list[tuple[int, int]], name: str) -> tuple[str, list[int]]:
    """The text with the party's name at each edit, and where each name stands in it."""
    placed, pieces, done = [], [], 0
    for at, length in edits:
        pieces.append(text[done:at])
        placed.append(sum(map(len, pieces)))
        pieces.append(name)
        done = at + length
    return "".join(pieces) + text[done:], placed


def _annotations_reading_the_name(text: str, reading: Reading, placed: list[int], edits: list[tuple[int, int]],
                                  name: str) -> list[tuple[Annotation, list[Assignment]]]:
    """Each annotation of the reading over a name put in that gives the name a role, mapped back to the text as
    written, with its assignments."""
    taken = []
    for k, ann in enumerate(reading.annotations):
        over = any(ann.start < at + len(name) and at < ann.end for at in placed)
        if over and any(a.annotation == k and a.name == name for a in reading.assignments):
            start, end = _as_written(ann.start, placed, edits, name), _as_written(ann.end, placed, edits, name)
            taken.append((Annotation(text=text[start:end], start=start, end=end),
                          [a for a in reading.assignments if a.annotation == k]))
    return taken


# where a sentence ends: the others' annotations the name's reading gives are taken within the name's sentence only
_SENTENCE_ENDS = "。；;！？!?"


def _others_in_its_sentences(task: Task, reading_text: str, reading: Reading, placed: list[int],
                             edits: list[tuple[int, int]], name: str,
                             taken: list[tuple[Annotation, list[Assignment]]]) -> list[tuple[Annotation, list[Assignment]]]:
    """The annotations of the reading with the name in place over other bodies, in a sentence where the name was read
    and over words the task read nothing in (由县甲局牵头策划宣传，乙方负责活动组织: the raw sentence, 乙方 no name,
    reads nothing, and 县甲局's lead is read only with the name in place), mapped back to the text as written."""
    if not taken:
        return []
    sentences = {_sentence_at(reading_text, at) for at in placed}
    found = []
    for k, ann in enumerate(reading.annotations):
        assignments = [a for a in reading.assignments if a.annotation == k]
        if (not assignments or any(a.name == name for a in assignments)
                or any(ann.start < at + len(name) and at < ann.end for at in placed)
                or _sentence_at(reading_text, ann.start) not in sentences):
            continue
        start, end = _as_written(ann.start, placed, edits, name), _as_written(ann.end, placed, edits, name)
        if not _covered(task, start, end) and not any(new.start < end and start < new.end for new, _ in taken):
            found.append((Annotation(text=task.text[start:end], start=start, end=end), assignments))
    return found


def _sentence_at(text: str, at: int) -> int:
    """Where the sentence holding the offset begins."""
    return max(text.rfind(mark, 0, at) for mark in _SENTENCE_ENDS) + 1


def _replace_what_they_cover(task: Task, taken: list[tuple[Annotation, list[Assignment]]]) -> None:
    """The task's annotations overlapping none taken, then those taken, put in the order of the text."""
    kept = [(ann, [a for a in task.assignments if a.annotation == k]) for k, ann in enumerate(task.annotations)
            if not any(ann.start < new.end and new.start < ann.end for new, _ in taken)]
    task.annotations, task.assignments = [], []
    for ann, assignments in kept + taken:
        task.annotations.append(ann)
        task.assignments += [Assignment(name=a.name, role=a.role, annotation=len(task.annotations) - 1)
                             for a in assignments]
    in_text_order(task)


def _as_written(at: int, placed: list[int], edits: list[tuple[int, int]], name: str) -> int:
    """The offset in the text as written of an offset in the text read with the party's name put in: inside a name,
    the start or the end of the words it stands for (none where it names the subject left out)."""
    shift = 0  # characters the names put in so far add
    for where, (written_at, length) in zip(placed, edits):
        if at <= where:
            return at - shift
        if at < where + len(name):
            return written_at
        if at == where + len(name):
            return written_at + length
        shift += len(name) - length
    return at - shift
