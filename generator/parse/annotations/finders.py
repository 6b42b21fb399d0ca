"""ANNOTATION_FINDERS: the ways an annotation is written in a task's text, one class each.

Each finder proposes the spans written its way (a bracket, a bracket opening with a label, a run of labelled
clauses, a label line set off by spaces, a sentence of units and verbs, 由X负责, X会同Y…) and accepts a span
once its content is read as groups (`groups`); the order of the registry is the order candidates are tried.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ...words import lexicon as lx
from ...words.brackets import CLOSERS, OPENERS, depth_at, depth_zero_split, strip_trailing_brackets
from ...words.names import (TRAILING_QUALIFIER, drop_group_after_deng, drop_trailing_qualifier, localities_where,
                             unit_like, village_named)
from ...words.people import holds_a_post
from .patterns import (_NAME_OPENINGS, verb_opens_a_noun, _BARE_LABEL, _COLLECTIVE_START, _LABEL_AFTER_A_NAME, _LABEL_ONLY, _PERSON_CLAUSE,
                       _PERSON_GLUED, _SCOPED_LABEL, _LABEL_AFTER_CHANGE, _SPACED_LABEL, _TIME_BRACKET, _UNIT_LABEL_AT, _VERB, _VERB_LAST,
                       _VERBS_ONLY, _role_as_label)
from .name_lists import body_then_its_work as _body_then_its_work, listed_pieces, ROLE_MARK_OPENS, _BRACKETED_VERB, _ORDINAL_OPENING, ends_in_role_bracket, _LONG_UNIT_ENDINGS, _MANNER_TAIL, _depth_zero_find
from ...words.labels import COLOPHON, bare_role_label_over_units, label_of
from .groups import _AGENT_ACTION, _Group, _PERSON_BEFORE, _TOPIC_AGENT, _after_agent, joining_verb_at


class Finder:
    """One way an annotation is written: candidate spans, whether a span read is one, and what to call it."""

    in_running_text = False  # units read out of the task's own sentences rather than written apart from them
    prose = False  # read only in a document assigning its work in prose (read_task(subjects=True))
    # read only in a plan some of whose tasks name their units apart from their wording (a bracket, a label, a units'
    # sentence: read_task(units_apart=True)), where a task's sentence naming its body is how that task gives its own
    beside_units_apart = False

    def candidates(self, text: str, spans) -> list[tuple[int, int, str]]:
        """(start, end, content to read) of every span of the text written this way."""
        raise NotImplementedError

    def accepts(self, groups, text: str, start: int, end: int, inner: str) -> bool:
        raise NotImplementedError

    def looks_like_annotation(self, inner: str) -> bool:
        """A span not accepted that the writer still meant as units: reported as not understood."""
        return False

    def not_read_because(self, groups, inner: str, before: str = "") -> str | None:
        """Why a span that names bodies is deliberately not read as units (said in the reading), else None.
        `before`: the text just before the span (a few characters)."""
        return None

    def written(self, text: str, start: int, end: int, inner: str) -> str:
        """Annotation.text: the content read (the bracket's content without the brackets)."""
        return inner


# 委托市Y局实施: a bracket's content opening with the entrusting word (after a body's name: a note on that body)
_ENTRUSTING = re.compile(r"\s*(?:" + lx.alternation(lx.ENTRUSTING_WORDS) + ")")
# how many characters before a bracket are looked at for the body's name it may close (a name's ending is short)
_BEFORE_VIEW = 16


def _ends_a_body(before: str) -> bool:
    """Does the text before a bracket end in a body's name (省X厅), at once, with no stop between?"""
    tail = re.split(r"[\s，,。；;：:、\t]", before)[-1]
    return bool(tail) and unit_like(tail)


# 分管甲股、乙股 / 协管丙中心: a bracket's content opening with a portfolio verb
_PORTFOLIO = re.compile(r"\s*(?:" + lx.alternation(lx.PORTFOLIO_VERBS) + ")")


class BracketedNote(Finder):
    """(责任单位:X) / 〔X牵头,Y配合〕 / 【X负责】: a bracket whose content reads as units (see _is_annotation)."""

    def candidates(self, text: str, spans) -> list[tuple[int, int, str]]:
        # (a role word marking one of the leaders in a leader's field is the person's part, no note on units)
        return [(s.start, s.end, s.inner(text)) for s in spans
                if not (_is_label_span(text, s) and _marks_a_leader(text, s))]

    def accepts(self, groups, text: str, start: int, end: int, inner: str) -> bool:
        return (self.not_read_because(groups, inner, text[max(0, start - _BEFORE_VIEW): start]) is None
                and _is_annotation(groups, text, start, end, bare=False))

    def looks_like_annotation(self, inner: str) -> bool:
        """A unit label at the start or a role verb at the end: the writer meant units here."""
        return bool(_LABEL_AHEAD.match(inner)) or _ends_with_verb(inner)

    def not_read_because(self, groups, inner: str, before: str = "") -> str | None:
        """（分管甲股、乙股） beside a leader's name: a portfolio (PORTFOLIO_VERBS), the leader's charge, with no label
        or verb giving the bodies a role in the duties; whether the offices do them is not said, so none is given.
        A portfolio naming no body (副总经理（分管建设）) is a post's wording, not refused: nothing to say.
        省X厅（委托市Y局实施）: 委托 opening a bracket right after a body's name says that body entrusts its power to the
        one named (lexicon.ENTRUSTING_WORDS): a note on the body before it, not the plan asking for the task."""
        if _ENTRUSTING.match(inner) and _ends_a_body(before):
            return "says whom the body before it entrusts its power to, not units of the task: not read as units"
        if (_PORTFOLIO.match(inner) and not any(g.has_label or g.has_verb or g.unknown for g in groups)
                and any(unit_like(n) for g in groups for n in g.names_seen)):
            return "lists a leader's portfolio, not units of the tasks: not read as units"
        return None


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
            if not _is_label_span(text, spans[n]) or _marks_the_name_before(text, spans[n]) or (
                    _marks_a_leader(text, spans[n])):
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
                names_at = _after_a_colon_closing_the_label(text, span.end)
                if n < len(spans) and _is_label_span(text, spans[n]) and (
                        spans[n].start < end or not text[end + 1 : spans[n].start].strip()):
                    parts.append(f"{label}:{text[names_at : max(names_at, min(end, spans[n].start))]}")
                    continue  # the next label follows at once: the same run
                parts.append(f"{label}:{text[names_at : max(names_at, end)]}")
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


# 【牵头单位】：县X局 / 【责任单位】:县Y局: some lists set a colon after the closing bracket of a label dressed in 【】,
# as a plain label has one; the colon is no character of the first name
_COLON_AFTER_LABEL_BRACKET = re.compile(r"[ \u3000]{0,2}[:：]")


def _after_a_colon_closing_the_label(text: str, at: int) -> int:
    """Where a bracketed label's names start: after a colon following its closing bracket at `at`, else at `at`."""
    colon = _COLON_AFTER_LABEL_BRACKET.match(text, at)
    return colon.end() if colon else at


_NAME_PIECE_MAX = 40  # characters: longer than a body's name, so the look back before a bracket stays short
_BEFORE_THE_NAME = re.compile(r"[、，,：:。；;\s（）()【】〈〉]")


def _marks_the_name_before(text: str, span) -> bool:
    """Whether a bracket holding a role word alone (（牵头）, （牵头单位）, 【牵头】, 〈牵头〉: lexicon ROLE_MARK_BRACKETS)
    stands right after a body's name: it marks that name's role (试点单位：甲县政府（牵头）、乙县政府), as a list under a
    label reads it (groups), and opens no run of units after it. A list after a lead-in the reader does not know would
    otherwise give the role to the next name and lose the marked one. A label written in brackets (【牵头单位】市X局)
    still opens a run when a body's name follows it at once, whatever words stand before it (…管理中心【牵头单位】市X局)."""
    if text[span.start] not in ROLE_MARK_OPENS:
        return False
    after = text[span.end : span.end + _NAME_PIECE_MAX]
    if unit_like(_BEFORE_THE_NAME.split(after)[0]):
        return False  # 【牵头单位】市X局: the label of the names after it
    before = text[max(0, span.start - _NAME_PIECE_MAX) : span.start]
    name = _BEFORE_THE_NAME.split(before)[-1]
    return bool(name) and unit_like(name) and _BRACKETED_VERB.match(name + text[span.start : span.end]) is not None


# a leader's field opening its clause (责任领导：, 牵头县领导：, 联系人：), the persons after it holding no other label
_LEADER_FIELD_CLAUSE = re.compile(r"[ \u3000]*[^:：，,。；;\n]{0,6}(?:" + lx.alternation(lx.PERSON_LABEL_HEADS) + r")\s*"
                             + lx.LABEL_COLON + r"[^:：;；。\n]*$")
_LEADERS_CLAUSE_MAX = 60  # characters looked back for the clause's label: a few leaders' posts and names


def _marks_a_leader(text: str, span) -> bool:
    """Whether a bracketed role word stands in a leader's clause (责任领导：常务副市长　吴某某（牵头），副市长　郑某某):
    a rectification plan marks which of two leaders leads; it names a person's part, opens no run of units, and the
    person after it is no unit. Looked for in the clause's last characters only (a long line stays linear)."""
    if text[span.start] not in "（(":
        return False
    before = text[max(0, span.start - _LEADERS_CLAUSE_MAX): span.start]
    opening = max(before.rfind(stop) for stop in "\n。；;") + 1
    if not opening and span.start > _LEADERS_CLAUSE_MAX:
        return False  # no clause start within reach: no leader's clause
    return _LEADER_FIELD_CLAUSE.match(before, opening) is not None


def _is_label_span(text: str, span) -> bool:
    inner = span.inner(text)
    return len(inner) <= 12 and _LABEL_ONLY.match(inner) is not None


# a time bracket where a sentence starts (after 。；; or a line's start)
_TIME_OPENING = re.compile(r"(?:^|(?<=[。；;\n]))[ \u3000]*" + _TIME_BRACKET.pattern, re.M)
# a bracket citing the plan's chapters where a sentence starts: a 规划纲要's 分工方案 closes each task with the chapter
# it carries out, then its labels glued on (…授权运营。（纲要第五章第二节）牵头单位：X；参与单位：Y). The citation names
# no unit; the labels after it are the task's, as after a time bracket (（10月）承办单位：X).
_CITED_CHAPTERS = lx.PLAN_CHAPTER_CITATION + "(?:[、，,和及]" + lx.PLAN_CHAPTER_CITATION + "){0,4}"
_CITATION_OPENING = re.compile(r"(?:^|(?<=[。；;\n]))[ \u3000]*[（(]" + _CITED_CHAPTERS + r"[)）][ \u3000]*", re.M)
# the item's new wording quoted after a verb changing it, and the comma closing that clause (合并为“推进…整改”，): the
# labelled clauses after it name the changed item's units (lexicon.ITEM_CHANGED_TO), in the heading's own sentence
_ITEM_CHANGE_OPENING = re.compile("(?:" + lx.alternation(lx.ITEM_CHANGED_TO) + ")[“\"「][^“”\"「」\n]{1,80}[”\"」][，,][ \u3000]*")


class LabelledRun(Finder):
    """牵头单位:X;配合单位:Y written without brackets, at the start of a line or after a sentence end, to the line's end."""

    def candidates(self, text: str, spans) -> list[tuple[int, int, str]]:
        if ":" not in text and "：" not in text and "—" not in text and "为" not in text:
            return []  # no label without its colon (or dash, or 为); the search for one tries every offset
        runs: list[tuple[int, int, str]] = []
        starts = [s.start for s in spans]
        for m in self._label_starts(text):
            k = bisect_right(starts, m.start()) - 1  # the last bracket opened before the label
            # (inside a bracket a label is the bracket's; one opening at the bracket is a run's: （以上两项）责任单位：X)
            if (k >= 0 and spans[k].start < m.start() < spans[k].end) or (runs and m.start() < runs[-1][1]):
                continue
            end, parting, groups = self._end(text, m.end())
            run = text[m.start():end]
            for at in parting:  # read as the list it parts: the names after it stay under the label
                run = run[: at - m.start()] + "、" + run[at - m.start() + 1 :]
            for at in groups:  # read as the ； parting two labels' groups
                run = run[: at - m.start()] + "；" + run[at - m.start() + 1 :]
            if m.re is _SCOPED_LABEL or m.re is _LABEL_AFTER_CHANGE:  # （以上两项）责任单位：X / 调整为：牵头单位：X: the
                # scope, or the words announcing the change, are no unit's; the units follow the label
                run = run[m.end() - m.start():]
            runs.append((m.start(), end, run.strip()))
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
        for m in _SCOPED_LABEL.finditer(text):  # 以上两项责任单位：X (see patterns._SCOPED_LABEL)
            if m.start() not in taken:
                found.append(m)
        for m in _LABEL_AFTER_CHANGE.finditer(text):  # 调整为：牵头单位：X (see patterns._LABEL_AFTER_CHANGE)
            if m.start() not in taken:
                found.append(m)
        openings = [*_TIME_OPENING.finditer(text), *_CITATION_OPENING.finditer(text)]
        if any(w in text for w in lx.ITEM_CHANGED_TO):  # (the search tries every offset otherwise)
            openings += _ITEM_CHANGE_OPENING.finditer(text)
        # （10月）承办单位：X / （纲要第五章）牵头单位：X — the item's month or chapter, then its labels; 合并为“…”，牵头单位为X
        # — the item's new wording, then the labels of its units
        for when in openings:
            m = _UNIT_LABEL_AT.match(text, when.end())
            if m and m.start() not in taken:
                found.append(m)
        for m in _BARE_ROLE_LABEL_AT_LINE_START.finditer(text):  # 负责：区甲局、区乙局 (labels.bare_role_label_over_units)
            label = bare_role_label_over_units(text, m.end())
            if label and label.start() not in taken:
                found.append(label)
        for m in _LABEL_AFTER_A_NAME.finditer(text):  # 牵头县领导：王某责任单位：… (a duty sheet's lines run together)
            line_start = max(text.rfind(stop, 0, m.start()) for stop in "\n。；;") + 1
            if m.start() not in taken and _PERSON_GLUED.match(text, line_start, m.start()):
                found.append(m)
        return sorted(found, key=lambda m: m.start())

    @staticmethod
    def _end(text: str, at: int) -> tuple[int, list[int], list[int]]:
        """The run goes on to the line's end, across ；/。 only where another label follows (牵头单位:X;配合单位:Y),
        or where bodies' names alone follow to the line's end: a web ledger parts the units under one label with ；
        (责任单位：市X科；市Y中心), and across line breaks where lines of names alone lead to the sheet's next label
        (_names_lines_then_label), and into a bare 落实： line under it (_BARE_LABEL_LINE_AHEAD). The end, the offsets of
        the ； or line break parting a list so, and those of the line breaks parting two labels' groups."""
        parting: list[int] = []
        groups: list[int] = []
        group_start = at  # where the group of names before the next ； opens
        segment_start = at
        for stop in _RUN_STOP.finditer(text, at):
            note = _label_note_between(text, segment_start, stop.start())
            if note >= 0:
                return note, parting, groups
            segment_start = stop.end()
            if stop.group() == "\n" and not text[at : stop.start()].strip():
                continue  # 牵头单位: at a line's end, the units on the next line
            if stop.group() == "\n" and text[at : stop.start()].rstrip().endswith("、"):
                continue  # 会办：市X局、市Y局、 / 市Z局等: a long list wrapped after its 、 goes on on the next line
            if stop.group() == "\n" and _BARE_LABEL_LINE_AHEAD.match(text, stop.end()):
                groups.append(stop.start())  # 配合：Y / 落实：Z: the next label line of the block (the break a ；)
                continue
            if stop.group() == "\n" and _names_lines_then_label(text, stop.end()):
                parting.append(stop.start())  # (the line break parts the list, as a 、 would)
                continue  # 承办单位：市X局（牵头） / 　　　　　市Y局 / 协办单位：…: a sheet's second body set under the first
            if stop.group() in "；;" and _closed_by_role_mark(text, group_start, stop.start()) \
                    and (_role_marked_names(text, stop.end()) or _bare_names_to_line_end(text, stop.end())):
                groups.append(stop.start())  # X（牵头行）；A、B（参与行）: groups, each closed by its role
                group_start = stop.end()
                continue
            if stop.group() in "；;" and not _LABEL_AHEAD.match(text, stop.end()) \
                    and _bare_names_to_line_end(text, stop.end()):
                parting.append(stop.start())
                continue
            if stop.group() == "\n" or not _LABEL_AHEAD.match(text, stop.end()):
                return stop.start() + (stop.group() != "\n"), parting, groups
        note = _label_note_between(text, segment_start, len(text))
        return (note if note >= 0 else len(text)), parting, groups

    def accepts(self, groups, text: str, start: int, end: int, inner: str) -> bool:
        return _is_annotation(groups, text, start, end, bare=True)

    def written(self, text: str, start: int, end: int, inner: str) -> str:
        return text[start:end].strip()  # as published, the ； parting a list kept


# A bracket of labelled notes after a label's names: 指导单位:A(完成时限:2025年底前) / 负责科室:A(配合单位:B;完成时限:…).
# A task table's row, its columns rebuilt as text, writes a column whose header names no unit kind under its header
# (负责小组:A) and the row's unit and deadline columns after it as one bracket of `header:cell` notes, parted by ;
# (tables.rows._Task._own_line); a plan may write the same by hand. The bracket is no part of the last name: the run of
# the label ends before it, and the bracket is read on its own, its role labels (配合单位:B) giving their units their
# role, its other notes (完成时限:…) naming none. A note is a header word of Han characters and its colon; a value
# may hold a bracket of its own (乡镇（街道）). Bounded lengths keep the match short at every bracket of a long line.
_NOTE_VALUE = r"(?:[^:：;；()（）\n]|[（(][^:：;；()（）\n]{0,20}[)）]){0,120}"
_NOTE_PART = r"[ \u3000]*[\u4e00-\u9fff]{2,10}[ \u3000]*[:：]" + _NOTE_VALUE
_LABEL_NOTE_BRACKET = re.compile(r"[（(]" + _NOTE_PART + r"(?:[;；]" + _NOTE_PART + r"){0,5}[)）]")
_OPENING_BRACKET = re.compile(r"[（(]")


def _label_note_between(text: str, start: int, end: int) -> int:
    """Where a bracket of labelled notes (`_LABEL_NOTE_BRACKET`) opens between start and end, after the names a label
    opened (not at the names' start: a bracket there is no note after a name); -1 if none."""
    for bracket in _OPENING_BRACKET.finditer(text, start, end):
        if text[start : bracket.start()].strip() and _LABEL_NOTE_BRACKET.match(text, bracket.start()):
            return bracket.start()
    return -1


_NAMES_LINE_MAX = 300  # characters: longer than any list of bodies' names ending a label's line


def _bare_names_to_line_end(text: str, at: int) -> bool:
    """Is the rest of the line from `at` bodies' names alone, each written whole (市Y中心、市Z站), no label or verb?"""
    end = text.find("\n", at, at + _NAMES_LINE_MAX)
    if end < 0 and len(text) - at > _NAMES_LINE_MAX:
        return False  # a line running on past any list of names (and a search to its end at every ； is quadratic)
    rest = text[at : len(text) if end < 0 else end].strip().rstrip("。；;")
    pieces = [p.strip() for _, p in depth_zero_split(rest, "、，,；;")]
    return bool(pieces) and all(p and unit_like(p, strict=True) and not _LABEL_ONLY.match(p) and not _LABEL_AHEAD.match(p)
                                and not _VERB_END.search(p) for p in pieces)


def _closed_by_role_mark(text: str, group_start: int, at: int) -> bool:
    """Does the group of names before the ； at `at` end in its role in brackets (市X银行（牵头行）；…)?

    A label's line may set its bodies out by role, a group each, parted by ；, the role in brackets closing each group
    (责任单位：市X银行（牵头行）；甲银行X分行、乙银行X分行（参与行）；… / 责任单位：市甲局（牵头）；市乙局、市丙局（配合）):
    the ； there parts groups, not a list's names, and the mark closing a group is the role of every name in it, as in a
    bracket (groups._mark_closes_a_group_of_its_own); names after it with no mark are a group of their own (the
    label's role). A ledger's ； parting the names of one list (责任单位：市X科；市Y中心) has no mark before it, and stays
    a list's comma (_bare_names_to_line_end). Looked at within _NAMES_LINE_MAX characters (a long line stays linear)."""
    before = text[max(group_start, at - _NAMES_LINE_MAX) : at]
    return bool(before.strip()) and ends_in_role_bracket(depth_zero_split(before, "、，,")[-1][1].strip())


def _role_marked_names(text: str, at: int) -> bool:
    """Is the group from `at` to the next ； or the line's end bodies' names alone, the last closed by its role in
    brackets (甲银行X分行、乙银行X分行（参与行））?"""
    stop = _RUN_STOP.search(text, at, at + _NAMES_LINE_MAX)
    end = stop.start() if stop else len(text) if len(text) - at <= _NAMES_LINE_MAX else -1
    if end < 0:
        return False  # no group closed within reach
    pieces = [p.strip() for _, p in depth_zero_split(text[at:end], "、，,")]
    marked = _BRACKETED_VERB.match(pieces[-1])
    if marked is None:
        return False
    names = pieces[:-1] + [marked.group(1).strip()]
    return all(n and unit_like(n, strict=True) and not _LABEL_ONLY.match(n) and not _LABEL_AHEAD.match(n)
               for n in names)


_NAMES_LINES_MAX = 5  # lines of bodies' names set one under another below a label's line, more than any sheet prints


def _names_lines_then_label(text: str, at: int) -> bool:
    """Do lines holding bodies' names alone start at `at` and run to a line opening with a unit's or deadline's label?

    A PDF or Word sheet prints a label's second (third) body on the next line, aligned under the first, with no 、
    closing the line above (承办单位：市X局（牵头） / 　　　　　市Y局 / 协办单位：无). The names' lines belong to the
    label's run when the sheet's next label follows them; a line of names closing the text (a signature, 某市政府
    督查室) or running into a task's words is no such line. At most _NAMES_LINES_MAX lines of at most
    _NAMES_LINE_MAX characters are looked at, so the look ahead is bounded."""
    pos = at
    for _ in range(_NAMES_LINES_MAX):
        if not _bare_names_to_line_end(text, pos):
            return False
        end = text.find("\n", pos, pos + _NAMES_LINE_MAX + 1)  # (the line is short: _bare_names_to_line_end said so)
        if end < 0:
            return False
        pos = end + 1
        if _LABEL_AHEAD.match(text, pos):
            return True
    return False


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


class ChangedUnits(Finder):
    """牵头单位由X调整为Y / 配合单位增加Z / 牵头单位X不变 / X改为配合单位: a notice adjusting a plan's division of work
    says how an item's units change (lexicon.UNITS_CHANGED_TO and the words beside it). The names the item has after the
    change take the label's role; the names after 由 / 中的, which it had, are no units of it (a unit dropped from a
    list is named only there). Each clause is read as the label and its names (牵头单位：Y); names after 调整为 and a
    colon run to the sentence's end, as a label's do (责任单位调整为：X（牵头），A、B按职责分工负责)."""

    def candidates(self, text: str, spans) -> list[tuple[int, int, str]]:
        if not any(w in text for w in _CHANGE_HINTS):
            return []  # no verb of change: the searches below try every offset
        starts = [s.start for s in spans]
        found = []
        for pattern in (_CHANGED_TO, _ADDED, _UNCHANGED, _MOVED_TO_LABEL):
            for m in pattern.finditer(text):
                k = bisect_right(starts, m.start()) - 1
                if k >= 0 and spans[k].start < m.start() < spans[k].end:
                    continue  # inside a bracket: the bracket's own reading
                names = _unquoted((m.groupdict().get("colon_names") or m.group("names")).strip())
                if pattern is _ADDED and not _names_or_counts_bodies(names):
                    continue  # 责任单位增加普惠贷款投放: more of the units' work, no change to their list
                found.append((m.start(), m.end(), f"{m.group('label')}：{names}"))
        return sorted(found)

    def accepts(self, groups, text: str, start: int, end: int, inner: str) -> bool:
        names = [n for g in groups for n in g.names_seen]
        if _COUNT_OF_BODIES.match(inner.partition("：")[2]):
            return False  # 配合单位增加3个单位: the bodies counted, not named (said: looks_like_annotation)
        return _is_annotation(groups, text, start, end, bare=True) and all(unit_like(n) for n in names)

    def looks_like_annotation(self, inner: str) -> bool:
        return True  # a label's list changed to words no body's name, or to a count of bodies: say so, not drop it

    def written(self, text: str, start: int, end: int, inner: str) -> str:
        return text[start:end].strip()


_CHANGE_HINTS = (*lx.UNITS_CHANGED_TO, *lx.UNITS_ADDED, *lx.UNITS_UNCHANGED)
_CHANGE_LABEL = "(?P<label>" + lx.LABEL_MODIFIER + "(?:" + lx.UNIT_LABEL + "))"
# where a clause opens: a line's start, after a sentence's or a clause's end; or after a quoted item title
# (第9项“推进…”配合单位中的“X”统一调整为“Y”: the items named, then the label)
_CLAUSE_OPENS = r"(?:^|(?<=[。；;，,\n”」]))[ \u3000]*"
_CLAUSE_ENDS = r"(?=[，,。；;\n]|$)"
_CLAUSE_NAMES = r"[^，,。；;\n]{1,200}"
# 牵头单位由X调整为Y / 配合单位中的“X”统一调整为“Y” / 牵头单位调整为Y / 责任单位调整为：X（牵头），A按职责分工负责
_CHANGED_TO = re.compile(_CLAUSE_OPENS + _CHANGE_LABEL + "(?:(?:" + lx.alternation(lx.UNITS_CHANGED_FROM)
                         + r")[^，,。；;\n]{1,80}?)?(?:" + lx.alternation(lx.UNITS_CHANGED_ALIKE) + ")?(?:"
                         + lx.alternation(lx.UNITS_CHANGED_TO) + r")(?:[:：](?P<colon_names>[^。；;\n]{1,300})(?=[。；;\n]|$)"
                         + "|(?P<names>" + _CLAUSE_NAMES + ")" + _CLAUSE_ENDS + ")", re.M)
# 配合单位增加Z
_ADDED = re.compile(_CLAUSE_OPENS + _CHANGE_LABEL + "(?:" + lx.alternation(lx.UNITS_ADDED) + ")[:：]?(?P<names>"
                    + _CLAUSE_NAMES + ")" + _CLAUSE_ENDS, re.M)
# 牵头单位市X局不变 (a body's name opening after the label, so 配合单位不变 names none)
_UNCHANGED = re.compile(_CLAUSE_OPENS + _CHANGE_LABEL + "(?P<names>(?:" + lx.alternation(lx.NAME_OPENINGS)
                        + r")[^，,。；;\n]{1,80}?)(?:" + lx.alternation(lx.UNITS_UNCHANGED) + ")" + _CLAUSE_ENDS, re.M)
# 市X局改为配合单位 / 市X局不再作为牵头单位，改为配合单位
_MOVED_TO_LABEL = re.compile(_CLAUSE_OPENS + r"(?P<names>[^，,。；;\n]{1,80}?)(?:(?:" + lx.alternation(lx.UNITS_NO_LONGER)
                             + ")" + lx.LABEL_MODIFIER + "(?:" + lx.UNIT_LABEL + ")[，,])?(?:"
                             + lx.alternation(lx.UNITS_CHANGED_TO) + ")" + _CHANGE_LABEL + _CLAUSE_ENDS, re.M)


# 两家 / 3个单位 / 若干部门 / 十余家: a count of bodies (lexicon.UNITS_COUNT_NUMERALS, UNITS_COUNT_MEASURES)
_COUNT_OF_BODIES = re.compile(r"(?:\d+|(?:" + lx.alternation(lx.UNITS_COUNT_NUMERALS) + ")+)[余多]?(?:"
                              + lx.alternation(lx.UNITS_COUNT_MEASURES) + ")")


def _names_or_counts_bodies(names: str) -> bool:
    """What follows a label's 增加 changes its list only if it names a body (配合单位增加市X局、Y集团等) or counts the
    bodies added (配合单位增加两家: said as not understood); 增加 is also the verb of doing more (责任单位增加普惠贷款
    投放), which names neither."""
    if _COUNT_OF_BODIES.match(names):
        return True
    return any(unit_like(drop_trailing_qualifier(drop_group_after_deng(piece.strip()))) for piece in listed_pieces(names))


def states_a_change_of_units(written: str) -> bool:
    """Does an annotation's text open as a change to a label's units (牵头单位由X调整为Y / 配合单位中的“X”统一调整为“Y” /
    配合单位增加Z / 牵头单位X不变)? Glued to the items it changes (第9项“…”配合单位中的“X”调整为“Y”), such a clause is
    the predicate of the heading's sentence, not units set apart after it (parse._annotation_ending_title)."""
    return any(p.match(written) for p in (_CHANGED_TO, _ADDED, _UNCHANGED))


def _unquoted(names: str) -> str:
    """“市X局、市Y局” -> 市X局、市Y局: the names a change quotes, read without their quotes."""
    if len(names) > 1 and names[0] in "“\"「" and names[-1] in "”\"」":
        return names[1:-1]
    return names


class VerbSentence(Finder):
    """A sentence after the heading that is nothing but units and their verbs: 市应急局牵头,市公安局配合。

    Also the clause that closes a sentence with its agent, as 分工 notices write each item:
    "关于“…”的问题,由X会同Y等部门负责落实。" — 由 after a comma, then units and their verbs to the end.
    """

    def __init__(self, first_sentence: bool = False):
        self.first_sentence = first_sentence  # a line standing alone: its first sentence may be the units'

    def candidates(self, text: str, spans) -> list[tuple[int, int, str]]:
        found = []
        sentences = _title_set_apart(depth_zero_split(text, _SENTENCE_END))
        bracket_ends = {span.start: span.end for span in spans}
        bracket_starts = {span.end: span.start for span in spans}
        for n, (start, sentence) in enumerate(sentences):
            body = sentence.strip()
            may = n or self.first_sentence
            opening, closing = start + len(sentence) - len(sentence.lstrip()), start + len(sentence.rstrip())
            # “…。”（牵头单位：X）各县人民政府负责落实。: an item quoting its text splits after the quote's own stop, so
            # the next sentence opens on the closing quotation mark, then the bracket; the mark closes the sentence
            # before, no unit's
            while may and opening < closing and text[opening] in lx.CLOSING_QUOTES and opening + 1 in bracket_ends:
                opening += 1
            if may and opening in bracket_ends and bracket_ends[opening] < closing:
                # …。（牵头领导：X；牵头单位：Y）市委各部委、市直各单位按职责分工负责。: a 要点 item closes with its
                # bracket and the standing units' sentence follows with no stop between; the bracket is read on its
                # own, the sentence from the bracket's end
                opening = bracket_ends[opening]
            if may and bracket_starts.get(closing, closing) > opening:
                # …；检疫监管由市林业局负责（牵头单位：…）: a table row's last clause with the row's role columns
                # glued after it; the bracket is read on its own, the sentence up to it
                closing = bracket_starts.get(closing, closing)
            if may:
                body = text[opening:closing].strip() or body
            if may:  # …信息平台。——县X局牵头，县Y局配合: the dash sets the units' sentence off; it is no unit's
                body = _OPENING_DASH.sub("", body, count=1)
            if may and (when := _TIME_BRACKET.match(body)) and when.end() < len(body):
                body = body[when.end():]  # （8月）由X承办: the month is no unit's
            if may:  # 此项工作由X牵头: the task named again
                body = body[lx.task_reference_before_agent(body):]
            if may and (units := _after_leaders_clause(body)) != body:
                body = units  # 由副镇长张某同志包片，X牵头，Y配合: the leader's clause, then the units' clauses
            if may and body.startswith(lx.ORDER_WORDS):  # 请市X局牵头，市Y局配合: the minutes' request, then the units
                body = body[next(len(w) for w in lx.ORDER_WORDS if body.startswith(w)):]
            # 1.由X牵头，Y参与，推进…: an item may open its first sentence with its agent's clauses and go straight on to
            # the work; only that shape is read in the item's first sentence (the agent's clauses, then the work)
            opens_item = not may and body.startswith(lx.AGENT_MARK)
            agent, topic = (may or opens_item) and body.startswith(lx.AGENT_MARK), None
            if agent:  # 由市应急局牵头: the unit comes after 由
                body = body[1:]
            elif may and (topic := _TOPIC_AGENT.match(body)):
                # 大型文体表演由X和Y组织，Z配合: an event plan names the piece of work first and its agents after 由;
                # the work before 由 is no unit's name
                body = body[topic.end():]
            if may and (topic or agent) and (clauses := _agent_clause_then_partners(body)):
                # 名录由各县人民政府负责建立，省X厅负责指导: the topic's agent answers for its duty (负责建立) and another
                # body's part follows after a comma; each is read on its own, the duty's verb staying text. The same
                # with no topic (由X负责车辆保障，Y负责医疗保障，Z配合): 由 opens a sentence sharing the work among bodies
                lead = sentence.index(body)
                found += [(start + lead + at, start + lead + at + len(written), read) for at, written, read in clauses]
                continue
            if may and 0 < len(body) <= 80 and _ends_with_verb(body) \
                    and not ((agent or topic) and _closed_by_agents_duty(body)):
                lead = sentence.index(body)
                found.append((start + lead, start + lead + len(body), body))
                if may and not agent and (opening := self._units_opening(body, _ordered(sentence, body))) \
                        and depth_zero_split(opening, ",，")[-1][1].startswith(lx.WITH_VERB) \
                        and body[len(opening):][:1] not in ",，":
                    # X作为牵头单位，会同Y、Z指导各地开展普查，W为责任主体: the partners' work stands between the
                    # agents' clauses and the closing units' clause; the opening agents are offered too (the closing
                    # clause is ClosingClauses')
                    found.append((start + lead, start + lead + len(opening), opening))
                    continue
                if not (agent and _work_between_units(body)):
                    continue
                # 由X牵头，指导各村…，Y具体落实: the sentence ends with a units' clause but what the agent does stands
                # between; the whole is no units' sentence, so the agent's clauses are offered too (read below)
            if (agent or (may and topic)) and not opens_item and (acting := _units_then_their_work(body, after_agent=True)) \
                    and acting.endswith(lx.DUTY_LEAD_VERB) and not any(c in body for c in ",，") \
                    and not body.startswith(lx.AGENT_NON_DUTIES, len(acting) - len(lx.DUTY_LEAD_VERB)):
                # 广告内容由市市场监管局负责监督管理 / 由X负责监管: a duty list names the work first and its agent after
                # 由, the duty's verb after 负责 closing the clause; the agent's clause is read, its work stays text
                # (本细则由X负责解释: the body keeping the document answers for no task, lexicon.AGENT_NON_DUTIES;
                # 子女入学由教育部门统筹安排: other verbs with work after them stay the sentence's wording)
                lead = sentence.index(body)
                found.append((start + lead, start + lead + len(acting), acting))
                continue
            if may and not agent and (units := self._units_then_one_at_work(body)):
                lead = sentence.index(body)  # X承办，Y协助做好会务保障: the last unit goes on with its work
                found.append((start + lead, start + lead + len(units), units))
                continue
            if agent:  # 由教育部负责，指导各省…: the agent's clause opens the sentence and the rest is what it does
                parts = depth_zero_split(body, ",，")
                first = parts[0][1].strip()
                # 由X牵头，A、B参加，负责…: a 工作组's or task's running text names its lead and those who join it
                # in clauses of units and verbs, then what they do; every such clause belongs to the agent
                for k, (at, clause) in enumerate(parts[1:], 1):
                    if (k + 1 < len(parts) and _names_alone(clause.strip()) and not _acts_on_bodies(clause.strip())
                            and _ends_with_verb(parts[k + 1][1].strip())):
                        continue  # 由X牵头，A,B配合: a comma (often ASCII) parting names of one list before its verb
                    if _agents_duty(clause):
                        break  # 由X牵头，A、B参加，负责日常对接和具体落实: what they do, though it ends in a verb
                    if k + 1 < len(parts) and _partners_clause(clause) and at + len(clause) <= 80:
                        first = body[: at + len(clause)].strip()  # 由X牵头，会同Y、Z等部门，在…基础上，起草…
                        continue
                    acting = "" if _ends_with_verb(clause.strip()) else _units_then_their_work(clause.strip(),
                                                                                               after_agent=True)
                    if acting and at + len(acting) <= 80:  # 由X牵头，某港区管委会负责园区建设: a body takes its part
                        first = body[: at + clause.index(acting) + len(acting)].strip()
                        break
                    if not (_ends_with_verb(clause.strip()) and at + len(clause) <= 80):
                        break
                    first = body[: at + len(clause)].strip()
                if first != body and 0 < len(first) <= 80 and (_ends_with_verb(first) or _closed_by_partners(first)):
                    lead = sentence.index(body)
                    found.append((start + lead, start + lead + len(first), first))
                    continue
            if may and not agent:  # X牵头，Y配合，负责…: the units' clauses open the sentence, then what they do
                opening = self._units_opening(body, _ordered(sentence, body))
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
    def _units_then_one_at_work(body: str) -> str:
        """'X承办，Y协助做好会务保障' -> 'X承办，Y协助': a sentence of units' clauses, each closed by its verb, whose last
        clause goes on after its verb with the work that unit does (a 要点's run-in units: 监察和司法委员会承办，常委会
        办公厅协助做好会务保障). The clauses before name the sentence's agents clause by clause, as 由X牵头， does, so
        the last clause's bodies need not open with a level word (常委会办公厅); they must still be names written whole."""
        parts = depth_zero_split(body, ",，")
        if len(parts) < 2 or len(body) > 80 or not all(_ends_with_verb(c.strip()) for _, c in parts[:-1]):
            return ""
        at, last = parts[-1]
        # (…，市财政局做好资金保障: the last body's own part with no role word, read as in a bracket)
        acting = _units_then_their_work(last.strip(), after_agent=True) or _units_at_their_own_work(last.strip(), True)
        if not acting:
            return ""
        # (…，县丙局督促建设单位落实…: the last body urging a party to its part answers for it)
        return _urging_read_as_answering(body[: at + last.index(acting) + len(acting)].strip(), last.strip(), acting)

    @staticmethod
    def _units_opening(body: str, ordered: bool = False) -> str:
        """县卫生健康局牵头，县红十字会配合，负责伤员救治: two clauses of units and their verbs or more (the last one may be
        the partners' after 会同) open the sentence and an action follows (a plan's running text names its units so,
        without brackets): the opening clauses.
        One such clause alone (市X局负责，…) is as often the subject of a sentence of the text: not read."""
        parts = depth_zero_split(body, ",，")
        taken = 0
        for at, clause in parts:
            if not (_ends_with_verb(clause.strip()) and at + len(clause) <= 80) or (taken and _agents_duty(clause)):
                break
            taken += 1
        # X牵头，会同Y、Z，开展…: the lead's clause and its partners' after it name the agents as two clauses do
        if 0 < taken < len(parts) - 1 and _partners_clause(parts[taken][1]) \
                and parts[taken][0] + len(parts[taken][1]) <= 80:
            taken += 1
        elif 0 < taken < len(parts) and parts[taken][0] <= 80 and not ordered \
                and (partners := _partners_at_work(parts[taken][1])):
            # X作为牵头单位，会同Y、Z等部门推进 / X牵头，会同Y、Z指导各地…: the partners run straight into their
            # work with no comma; the lead's clauses and the partners up to the work name the agents (after a
            # request, 请X牵头，会同Y…, it is a meeting's wording, which SubjectWithPartners reads; taken here it
            # would count as a plan writing its units in running text, and turn on the subjects of every item)
            at, clause = parts[taken]
            return body[: at + clause.index(lx.WITH_VERB) + len(lx.WITH_VERB) + len(partners)]
        # X为责任主体，负责…: one clause alone may open the sentence where it states the role as a label (or a
        # responsibility borne): a role so stated is no subject of the text's sentence
        if taken == 0 or taken == len(parts) or (taken < 2 and _role_as_label(parts[0][1].strip()) is None):
            return ""
        at, clause = parts[taken - 1]
        return body[: at + len(clause)].strip()

    def accepts(self, groups, text: str, start: int, end: int, inner: str) -> bool:
        return _is_verb_sentence(groups, inner)


_UNITS_THEN_ACTION = re.compile(r"[，,]\s*\S")


def _agents_duty(clause: str) -> bool:
    """'负责合作事项的日常对接和具体落实' -> True: a clause opening with the duty's verb (负责) and going on with the work,
    no body before it. After the agents' clauses (由X牵头，A、B参加，负责…) it says what they do, whose subject they are;
    the work may end in a verb a units' clause ends with (落实 / 实施), and is still no units' clause."""
    clause = clause.strip()
    return clause.startswith(lx.DUTY_LEAD_VERB) and len(clause) > len(lx.DUTY_LEAD_VERB)


def _closed_by_agents_duty(body: str) -> bool:
    """'地方合作处牵头，人事处、教务处参加，负责日常对接和具体落实' -> True: the agents' clauses (after 由), each closed by
    its verb, then the clause of what they do (_agents_duty). The sentence is the agents' clauses and their work, not
    units' clauses to its end: read to the work, its names were lost with the whole."""
    parts = depth_zero_split(body, ",，")
    return len(parts) > 1 and _agents_duty(parts[-1][1]) and _ends_with_verb(parts[-2][1].strip())


def _work_between_units(body: str) -> bool:
    """'县甲局牵头，指导各村健全理事会，各乡镇具体落实' -> True: after 由, the agent's clause, then a clause of what it
    does (no verb of a role closing it, no names alone), then units' clauses again closing the sentence. County plans
    write 由X牵头，<X's work>，Y具体落实 so: X leads, Y implements, and the work between is the task's text.

    A closing clause opening with another body at its own work (由X牵头，<work>，Y加强收费监管: no names and role verb
    alone) is no such case: the whole sentence's reading gives Y its work (X leads, Y answers for it), which the
    agent's clauses alone lose. A closing clause of work naming no body (，确保年底前落实) still is."""
    parts = [c.strip() for _, c in depth_zero_split(body, ",，")]
    last = parts[-1] if parts else ""
    return len(parts) > 2 and _ends_with_verb(parts[0]) and (
        _names_then_role(last) or not _opens_with_a_level_body(last)) and any(
        not _ends_with_verb(c) and (not _names_alone(c) or _acts_on_bodies(c)) for c in parts[1:-1])


def _names_then_role(clause: str) -> bool:
    """'各乡镇（街道）具体落实' / '县乙局、县丙局配合' -> True: bodies' names, then a verb of their role and its manner
    words, nothing else; '县丙局加强收费监管' (a body, then its own work) -> False.
    A plan's word of a role right after the names may also go on with the work it takes (县乙局负责督促落实 /
    县乙局配合做好技术指导 / 各乡镇人民政府负责组织实施): still names, then their role (ROLE_VERBS_OPENING_A_SENTENCE)."""
    end = _VERB_END.search(clause)
    if end and _all_names(clause[: end.start()]):
        return True
    role = min((at for at in (clause.find(v) for v in lx.ROLE_VERBS_OPENING_A_SENTENCE) if at > 0), default=0)
    return role > 0 and _all_names(clause[:role])


def _all_names(text: str) -> bool:
    """'县乙局、县丙局' -> True: every piece between 、 reads as a body's name (bodies named by kind too: 各乡镇（街道） /
    有关乡镇, unlike in _names_alone's strict reading)."""
    pieces = [p.strip() for _, p in depth_zero_split(text, "、")]
    return bool(pieces) and all(p and unit_like(p) for p in pieces)


def _acts_on_bodies(clause: str) -> bool:
    """'指导各村健全理事会' -> True: a clause opening with an action's verb (ACTION_STARTS) whose object opens as a body's
    name does (各村, 县X局): what the agent does to other bodies, no list of names though its last word may end as one
    (理事会). 组织部 stays a name: no body's opening follows the verb's letters."""
    m = _ACTION_START.match(clause)
    return m is not None and clause.startswith(lx.NAME_OPENINGS, m.end())


# （一）综合协调组：由市X局牵头，市Y局、市Z局参加。 / 1.加强值守：市X局牵头，市Y局配合。: a working group's (or a
# measure's) short title set off by a colon, then the sentence naming its units, as another sentence after the title
# would; the title holds no punctuation, and a unit label (责任单位：) is the labelled run's
_TITLE_BEFORE_COLON = re.compile(r"\s*[^\s，,。；;：:、（）()“”\"]{2,20}[：:]")


def _title_set_apart(sentences: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The first sentence cut after a short title's colon (_TITLE_BEFORE_COLON), its outline label skipped."""
    if not sentences:
        return sentences
    start, first = sentences[0]
    label = label_of(first.strip())
    at = len(first) - len(label.rest) if label else 0
    m = _TITLE_BEFORE_COLON.match(first, at)
    if not m or _LABEL_AHEAD.match(first, at) or not first[m.end():].strip():
        return sentences
    return [(start, first[: m.end()]), (start + m.end(), first[m.end():])] + sentences[1:]


# 由副镇长张某同志包片， / 县领导王某挂点， / 包片领导张某，: a leader posted to the ground, named before the units
_POSTING = lx.alternation(lx.LEADER_POSTING_VERBS)
_LEADERS_CLAUSE = re.compile("^" + lx.AGENT_MARK + r"?(?P<person>[^，,。；;:：、]{2,24}?)(?:" + _POSTING + r")\s*[，,]\s*"
                             r"|^(?P<labelled>(?:" + _POSTING + r")(?:县|市|区|镇|乡)?级?" + lx.LEADER_WORD
                             + r"\s*[:：]?\s*[^，,。；;:：、]{2,12})[，,]\s*")


def _after_leaders_clause(body: str) -> str:
    """The sentence after the clause naming the leader posted to the ground, when it opens with one; else `body`.

    A town's 包片 plan writes each 片区 in a sentence: 由副镇长张某同志包片，镇X办牵头，镇Y所配合，甲村、乙村落实。 The
    leader (a person: 同志, a post and a name, 领导) answers for the ground but is no unit; the clauses after him are the
    units' sentence, read as if it stood alone. A clause whose subject is not a person (由镇X办包片) is left whole.
    """
    m = _LEADERS_CLAUSE.match(body)
    if not m:
        return body
    person = m.group("person") or m.group("labelled")
    if not (person.endswith(lx.PEOPLE_ENDINGS) or lx.LEADER_WORD in person or holds_a_post(person)):
        return body
    return body[m.end():]


class DashedUnits(Finder):
    """The units after a dash closing a task's line: 1.深化国企改革——县甲中心（牵头）、县乙局 / 推进预算改革 —— 县乙局 /
    推进市场建设--县丙局、县丁局. A 任务清单 set as lines writes each task and then, after the dash, its units (a role in
    brackets after a name, as tables write it). Only where everything after the dash reads as names of bodies, and
    not inside quotation marks: a quoted chain of steps (“发现—交办—反馈”闭环) joins its steps by dashes; nor inside
    brackets: a stage's dates in its title (（2025年1月—2026年6月）) join the ends of a range, and the units' dash
    stands outside any bracket."""

    def candidates(self, text: str, spans) -> list[tuple[int, int, str]]:
        found = []
        for m in _DASH_THEN_UNITS.finditer(text):
            body = m.group(1).rstrip("。；; ")
            line_start = text.rfind("\n", 0, m.start()) + 1
            if depth_at(text[line_start:m.start()]):
                continue  # 编制阶段（2025年1月—2026年6月）。…: a range of dates inside a bracket, no units' dash
            # a dash or leader opening a line of its own closes the task's words on the lines before it (a wrapped
            # task's last line): those words, not the empty line's start, must close their quotations
            before = text[line_start : m.start()] if text[line_start : m.start()].strip() else text[: m.start()]
            if not text[m.start():m.start(1)].strip():  # a wide gap, no dash or leader
                if _names_apart(text, line_start, m.start(1) + len(body)):
                    continue  # 政协某市委员会　　　某市人民政府办公室: a gap between names (a signature), no task before it
                if bare_names_line(body) is None:
                    continue  # 推动<TAB>企业落实…（责任单位：…）: a gap inside a sentence; only a list of names closes a line
            if body and _quotes_closed(before):
                found.append((m.start(1), m.start(1) + len(body), body))
        return found

    def accepts(self, groups, text: str, start: int, end: int, inner: str) -> bool:
        names = [n for g in groups for n in g.names_seen]
        return (bool(names) and not any(g.has_label or g.note for g in groups)
                and all(unit_like(n) and not _ACTION_START.match(n) for n in names))


def _names_apart(text: str, start: int, end: int) -> bool:
    """Is the line from `start` bodies' names alone (bare_names_line), parted by the wide gap? Then the gap parts two
    names, as offices signing together are set, and no task's words stand before the units."""
    return bare_names_line(text[start:end]) is not None


# a dash (—— / — / -- / ─) opening a sentence: county plans set the units' sentence (or label) after the task's
# paragraph so, glued or spaced (…建设物流信息平台。——县X局牵头，县Y局配合)
_OPENING_DASH = re.compile(r"^(?:——|—|--|─{1,2})[ \u3000]*")
# a dot leader (lexicon.LEADER_DOTS): two ellipses or more (……, …...), or four dots or more (．．．．, ····, ......) —
# words/page.contents_entry spells it the same way; there a page number follows it, here a task's units
_LEADER = "(?:[…⋯][" + lx.LEADER_DOTS + "]+|[" + lx.LEADER_DOTS.replace("…⋯", "") + "]{4,})"
# a dash (—— / — / -- / ─) or a dot leader after a task's words, then the rest of the line; not a range of years
# (2025—2027年), nor of dates (2030年7月—8月，完成… / 11月—2031年3月: a step's dates, the dash followed by a number): no
# body's name opens with a figure. The dash or leader may open a line of its own: a long task wraps in Word and its
# leader and units stand alone on the last line (…打通农村寄递“最后一公里”\n…………市X局). Never inside a leader's dots
# (the look-behind; else each dot of a long run would start a try), and the units open with no dot. A wide gap (two
# spaces or more: a tab the reader made a gap, source.read._TAB_INSIDE_A_LINE, or the spaces a copy set for it) does
# what the leader does where the list was typed with a right tab stop and no leader (1.推进X工作<TAB>市甲局、市乙局).
# The gap is possessive and the units open with no space: else a long run of spaces before a line's end could be
# shared out between the gap, the spaces after it and the units' first characters in every way, each tried once
# (quadratic in the run's length, tests/test_linear_time.py "a wide gap then a dash").
_WIDE_GAP = r"(?<=[^\s—\-─" + lx.LEADER_DOTS + r"])[ \u3000]{2,}+"
_DASH_THEN_UNITS = re.compile(r"(?:(?:(?<=[^\s\d—\-─" + lx.LEADER_DOTS + r"])|^)[ \u3000]*(?:——|—|--|─{1,2}|" + _LEADER
                              + r")|" + _WIDE_GAP + r")(?![ \u3000]*[\d０-９])[ \u3000]*([^ \u3000\n—" + lx.LEADER_DOTS
                              + r"][^\n—]{1,199})$", re.M)


# the commas a sentence is split into its clauses at (…，市X局牵头，市Y局配合)
_CLAUSE_COMMAS = ",，"


class ClosingClauses(Finder):
    """The clauses closing a sentence after its duty, each units and their verb, with no 由 before them:
    "做好沿街餐饮油烟监管，市X局牵头，市Y局、市Z局配合。" / "负责噪声污染监管，市Y局配合。" — 分工 lists and 属地 lists
    write who does the duty after it so, as others write （X牵头，Y配合）. Only where a clause of the duty comes first
    (a sentence of units and verbs alone is VerbSentence's), and in running text only: a notice's requirements write
    such clauses too (…，各有关部门密切配合), and they make no item a task.
    """

    in_running_text = True

    def candidates(self, text: str, spans) -> list[tuple[int, int, str]]:
        found = []
        for n, (start, sentence) in enumerate(depth_zero_split(text, _SENTENCE_END)):
            counted = self._after_ordinal_word(sentence) if n else 0  # 二是Y参与…: the count's word is no name's
            start, sentence = start + counted, sentence[counted:]
            clauses = depth_zero_split(sentence, _CLAUSE_COMMAS)
            closing = self._closing(start, sentence, clauses)
            # the first sentence is the task's heading, unless its units' clauses both open and close it: a 预案's
            # response measure, one sentence with no heading, writes X牵头，组织…，Y配合 / X牵头调派…，Y配合
            opening = _units_opening_the_sentence(clauses) if n or closing else ""
            if opening:
                at, first = clauses[0]
                lead = start + at + len(first) - len(first.lstrip())
                found.append((lead, lead + len(opening), opening))
                found += self._partners_after_opening(start, sentence, clauses, closing)
            found += closing
        return found

    @staticmethod
    def _after_ordinal_word(sentence: str) -> int:
        """'二是Y参与安全生产检查' -> 2: after an item's units' sentence a 实施方案 counts out who does which part of the
        work, each share a sentence opened by 一是 / 二是 (第一， / 其次，), then (由) the bodies, their role verb and
        their part; the ordinal word counts the shares, no word of the first body's name: the letters it takes, 0 for
        none. An ordinal closed by a comma (其次，Y参与 / 第二，Y参与) is left in place: the clause split already sets it
        apart as a clause of its own, and taken off it would leave the share a one-clause sentence, which names no
        closing units (the sentence's units and verb alone are VerbSentence's)."""
        lead = len(sentence) - len(sentence.lstrip())
        m = _ORDINAL_OPENING.match(sentence[lead:])
        if m is None or m.group().endswith(tuple(_CLAUSE_COMMAS)):
            return 0
        # 一是由X具体实施…: the agent mark after the count's word, before the bodies, is no name's either
        return lead + m.end() + _agent_mark_at(sentence, lead + m.end())

    @staticmethod
    def _partners_after_opening(start: int, sentence: str, clauses: list[tuple[int, str]],
                                closing: list) -> list[tuple[int, int, str]]:
        """'县甲局负责公墓建设，县乙局、县丙局配合，力争…' -> the candidate '县乙局、县丙局配合': the units' clauses right
        after a sentence's opening units' clause (X负责<duty>，), each units and their verb alone, when more of the
        sentence follows them (the target, 力争… / 确保…). Offices write the partners mid-sentence so; closing the
        sentence they are the closing clauses'. Only clauses of units and their verb, at most 40 letters each, and
        not reaching the closing clauses nor the sentence's end."""
        until = closing[0][0] - start if closing else None
        found = []
        for at, clause in clauses[1:]:
            body = clause.strip()
            if (until is not None and at >= until) or not _units_clause_in_reach(body) or not _ends_with_verb(body) \
                    or not _units_and_their_verb(body):
                break
            found.append((at + len(clause) - len(clause.lstrip()), body))
        if not found or len(found) == len(clauses) - 1:
            return []  # none, or they close the sentence (the closing clauses' reading)
        (first_at, _), (last_at, last) = found[0], found[-1]
        return [(start + first_at, start + last_at + len(last), sentence[first_at: last_at + len(last)])]

    @staticmethod
    def _closing(start: int, sentence: str, clauses: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
        """The units' clauses closing the sentence (…，市X局牵头，市Y局配合), as a candidate; none where the sentence
        has no such clause or is units and verbs alone (VerbSentence's)."""
        # the last clause may go on after its verb with what the units do (各村配合做好入学动员): its units and verb
        last = clauses[-1][1].strip()
        after_agent = _shares_duties_before(clauses)
        acting = _units_then_their_work(last, after_agent=after_agent)
        own_work = False  # the last clause is the bodies' own part of the work (…，市财政局做好资金保障)
        on_topics = not acting and _units_each_on_a_topic(last, after_agent=after_agent)
        if on_topics:
            acting = on_topics  # A、B分别就甲、乙提供…: read as A、B分别负责
        if not acting:
            acting = _units_at_their_own_work(last, after_agent=after_agent)
            own_work = bool(acting)
        if _ends_with_verb(last) and not _answering_for_work(last, acting):
            acting = ""
        taken = len(clauses) - bool(acting)
        # (a clause of the duty may end in a role's verb too, 坚持城乡统筹 / 推动区域协同推进: a units' clause names a
        # body before its verb)
        while taken > (0 if acting else 1) and _ends_with_verb(clauses[taken - 1][1].strip()) \
                and _units_clause_in_reach(clauses[taken - 1][1].strip()) \
                and not _duty_ending_in_a_verb(clauses[taken - 1][1].strip()):
            taken -= 1
        if taken == len(clauses) or (not acting and _ends_with_verb(clauses[taken - 1][1].strip())
                                     and not _duty_ending_in_a_verb(clauses[taken - 1][1].strip())):
            return []
        at = clauses[taken][0]
        body = sentence[at:].strip()
        if acting:
            body = body[: len(body) - len(last) + len(acting)]
        lead = start + at + (len(sentence[at:]) - len(sentence[at:].lstrip()))
        # (the shares before are read only where the closing clause gives a role: 区X局负责…，区Y局做好物资准备 is a
        # sentence of the plan's wording as often as a division of the work)
        shares = [] if own_work else ClosingClauses._shares_before(start, clauses[:taken])
        inner = (body[: -len(lx.EACH_ON_A_TOPIC)] + lx.EACH_ON_A_TOPIC[:-1] + lx.DUTY_LEAD_VERB if on_topics
                 else _urging_read_as_answering(body, last, acting))
        return shares + [(lead, lead + len(body), inner)]

    @staticmethod
    def _shares_before(start: int, clauses: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
        """The clauses before the closing units' clauses that each give bodies their share of the work, their role
        verb and then the work (X牵头，Y主抓项目谋划，Z参与 / X具体实施质量抽检，Y参与安全生产检查 / 由X负责质量抽检，
        Y参与…): a 实施方案 divides an item's work among bodies clause by clause with commas, as others do with ；.
        Read from the closing clauses back, each clause its own candidate (a share as its units and verb, the work
        staying text; a units' clause ending in its verb whole) while at least one share is among them; the walk
        stops at the first clause of the task's wording."""
        found: list[tuple[int, int, str]] = []
        shares = 0
        for at, clause in reversed(clauses):
            body = clause.strip()
            lead = start + at + len(clause) - len(clause.lstrip())
            if (share := _share_with_its_work(body)):
                skip, acting = share
                found.append((lead + skip, lead + skip + len(acting), acting))
                shares += 1
            elif _ends_with_verb(body) and _units_clause_in_reach(body) and not _duty_ending_in_a_verb(body) \
                    and _units_and_their_verb(body):
                found.append((lead, lead + len(body), body))
            else:
                break
        return sorted(found) if shares else []

    def accepts(self, groups, text: str, start: int, end: int, inner: str) -> bool:
        # each clause opens with a body's name, written whole (会同有关部门开展检查 opens with its verb; …不得交由村（社区）
        # 承担 ends as a place does, no body's name)
        names = [n for g in groups for n in g.names_seen]
        return (_is_verb_sentence(groups, inner) and not _VERB.match(inner)
                and not inner.startswith((lx.WITH_VERB, *lx.ASSIST_VERBS))
                and all(unit_like(n, strict=True) or _COLLECTIVE_START.match(n) or village_named(n) for n in names))

    def written(self, text: str, start: int, end: int, inner: str) -> str:
        return text[start:end]


# how long a units' clause closing a sentence may be: 40 letters, or a list of names each at most _CLOSING_NAME_REACH
# letters before their verb (国网某市供电公司、中国电信某市分公司、中国移动某市分公司、中国联通某市分公司具体承办: four
# enterprises' full names run past 40 letters, though each is one body's); the names are counted, not the letters,
# within _CLOSING_LIST_REACH letters in all
_CLOSING_CLAUSE_REACH = 40
_CLOSING_NAME_REACH = 20
_CLOSING_LIST_REACH = 160


def _urging_read_as_answering(units: str, clause: str, acting: str) -> str:
    """'县甲局牵头，县丙局督促' (the clause '县丙局督促建设单位落实保护措施') -> '县甲局牵头，县丙局负责': the last units'
    clause urges a party that is no body of the plan to do its part (lexicon.URGING_VERBS then an object and its
    work): the body answers for that clause, read as 负责. Unchanged where the verb stands bare or with verbs alone
    after it (县丙局督促 / 县丙局督促落实: overseeing the others, support) or is no urging verb, and where the party urged
    is none of REGULATED_PARTY_KINDS (_urges_a_party_outside_the_plan): 县乙局督促指导学校… / 县乙局督导各学校开展自查
    oversee bodies of the plan, support as 督促检查 is."""
    verb = next((v for v in lx.URGING_VERBS if acting.endswith(v)), None)
    after = clause[len(acting):].strip()
    if (verb is None or not units.endswith(acting) or not after or _VERBS_ONLY.fullmatch(after)
            or not _urges_a_party_outside_the_plan(after)):
        return units
    return units[: len(units) - len(verb)] + lx.ROLE_WORD_WRITTEN["responsible"]


def _urges_a_party_outside_the_plan(after: str) -> bool:
    """Whether the words after an urging verb name a party that is no body of the plan ('建设单位落实…', '辖区企业…',
    '广告企业自查'): no further oversight verb (指导学校…: the body oversees, support), no body's name opening them
    (各学校 / 各区 / 县乙局, unless a regulated party's opening word, 各类企业), and a regulated party's kind within
    reach (lexicon.URGED_PARTY_REACH)."""
    if after.startswith(lx.OVERSIGHT_VERBS_AFTER_URGING):
        return False
    if after.startswith(lx.NAME_OPENINGS) and not after.startswith(lx.URGED_PARTY_OPENINGS):
        return False
    return any(after.startswith(kind, i) for i in range(lx.URGED_PARTY_REACH + 1) for kind in lx.REGULATED_PARTY_KINDS)


def _duty_ending_in_a_verb(clause: str) -> bool:
    """'坚持城乡统筹' -> True: a clause whose last word is a role's verb (统筹, 协同推进) but whose words before it name
    no body, not even a place's or a collective's (各乡镇, 县城区), hold no other role verb (X负责督促指导 is a units'
    clause) and open with no name's opening nor agent mark: the duty's own wording."""
    m = _VERB_END.search(clause)
    if m is None or not m.start():
        return False
    before = clause[: m.start()].strip()
    if before.startswith((lx.AGENT_MARK, *_NAME_OPENINGS)) or _VERB.search(before) is not None:
        return False
    return not any(unit_like(p.strip()) or _COLLECTIVE_START.match(p.strip()) or village_named(p.strip())
                   for p in before.split("、"))


def _agent_mark_at(text: str, at: int) -> int:
    """The letters of the 由 at `at` in `text` (0 where none): a share of the work may name its bodies after 由
    (一是由X具体实施… / 由X负责质量抽检，Y参与…), the mark no letter of their names."""
    return len(lx.AGENT_MARK) if text.startswith(lx.AGENT_MARK, at) else 0


def _share_with_its_work(clause: str) -> tuple[int, str] | None:
    """'市水利局主抓项目谋划' -> (0, '市水利局主抓'); '由市甲站负责质量抽检' -> (1, '市甲站负责'): a clause within reach
    giving bodies named whole their role verb, then the share of the work they take (no verbs alone after it); the
    letters skipped before the names (由) and the units with their verb. None for a clause of the task's wording."""
    skip = _agent_mark_at(clause, 0)
    named = clause[skip:]
    if len(clause) > _CLOSING_CLAUSE_REACH or _ends_with_verb(named):
        return None
    acting = _units_then_their_work(named, after_agent=bool(skip))
    if not acting or _VERBS_ONLY.fullmatch(named[len(acting):].strip()):
        return None
    # 镇甲办督促在建工地停工 / 县乙局指导各村开展…: a verb acting on another party (督促, 组织, 监督 …; one guiding
    # bodies) says what the body does, the clause's subject read as such elsewhere, no share taken under a role
    if acting.endswith(tuple(lx.VERBS_AFTER_A_NAME)) or named[len(acting):].startswith(lx.NAME_OPENINGS):
        return None
    return skip, acting


def _units_clause_in_reach(clause: str) -> bool:
    """Is the clause short enough to be one of a sentence's closing units' clauses: within _CLOSING_CLAUSE_REACH
    letters, or bodies' names alone, each within _CLOSING_NAME_REACH, then their verb?"""
    if len(clause) <= _CLOSING_CLAUSE_REACH:
        return True
    if len(clause) > _CLOSING_LIST_REACH or not _units_and_their_verb(clause):
        return False
    verb = _VERB_END.search(clause)
    names = clause[: verb.start()] if verb is not None else ""
    return bool(names) and all(len(p.strip()) <= _CLOSING_NAME_REACH for p in names.split("、"))


def _shares_duties_before(clauses: list[tuple[int, str]]) -> bool:
    """Whether the clause before the last one is bodies, 负责 or 牵头 and their own work (案件监督管理室负责线索归口管理，
    第三审查调查室、第四审查调查室按职责分工负责审查调查 / 市X局牵头建立联合检查机制，公安局配合做好线索移送): the
    sentence shares its work among bodies clause by clause, as 由X牵头， names its agents, so the last clause's bodies
    need not open with a level word (an office's ordinal name, a bureau named by its sector alone). The work after the
    verb must be there, and more than verbs (负责组织实施 ends with its verbs: lexicon.SHARE_OF_WORK_VERBS)."""
    if len(clauses) < 2:
        return False
    before = clauses[-2][1].strip()
    acting = _units_then_their_work(before, after_agent=True)
    work = before[len(acting):].strip()
    return acting.endswith(lx.SHARE_OF_WORK_VERBS) and bool(work) and not _VERBS_ONLY.fullmatch(work)


def _answering_for_work(clause: str, acting: str) -> bool:
    """'县甲局负责项目实施和质量监管' -> True: units, 负责, then the piece of work they answer for, which may itself end
    in a word that is a verb elsewhere (…政策落实, …质量监管); the clause ends with work, not with the units' verb.
    负责组织实施 (verbs alone after 负责) still ends with its verbs. `acting`: the clause's units and their verb
    (_units_then_their_work)."""
    work = clause[len(acting):].strip()
    return acting.endswith(lx.VERBS_BEFORE_THEIR_WORK) and bool(work) and not _VERBS_ONLY.fullmatch(work)


def _units_opening_the_sentence(clauses: list[tuple[int, str]]) -> str:
    """'县甲局、县乙局分别牵头开展排查，落实…' -> '县甲局、县乙局分别牵头'; '县甲局牵头，开展排查' -> '县甲局牵头': a sentence
    after the task's heading opened by its units, their role verb right after their names, then (glued to it or
    after a comma) their work, and more clauses after (what else to do, or ，县丙局配合 read as a closing clause).
    County 要点 write a task's units into its body so, without brackets. Only where the sentence opens with the
    names, each written whole, and the verb: a sentence of the task's own wording naming bodies (县甲局等相关部门要
    加强…, 各乡镇组织开展…) opens with no role's word after them (ROLE_VERBS_OPENING_A_SENTENCE) and is no
    annotation. A sentence of one clause is read as a whole (the closing clause); one opening with two units'
    clauses or more (X牵头，Y配合，负责…) is VerbSentence's."""
    if len(clauses) < 2:
        return ""
    first = clauses[0][1].strip()
    if len(first) > 80:
        return ""
    if not _ends_with_verb(first):
        opening = _units_then_their_work(first)
    elif _ends_with_verb(clauses[1][1].strip()) or _units_then_their_work(clauses[1][1].strip()):
        # X牵头，Y配合… / X负责，Y配合做好…: units' clauses one after another (VerbSentence's, or the closing clauses')
        return ""
    else:
        verb = _VERB_END.search(first)
        opening = first if verb is not None and verb.start() and _bodies_named_whole(first[: verb.start()]) else ""
    # a role's word (牵头, 负责, 配合): 各乡镇组织开展… opens the task's own wording with an action's verb
    return opening if opening.endswith(lx.ROLE_VERBS_OPENING_A_SENTENCE) else ""


def _bodies_named_whole(names: str, after_agent: bool = False) -> bool:
    """Each piece of a list before a role verb a body's name written whole from its opening (镇水利站, 各村, 区公安分局),
    not words of the task that end as a name does (倒逼生产经营单位, 形成全社会); see _units_then_their_work."""
    pieces = [p.strip() for _, p in depth_zero_split(names, "、")]
    return bool(pieces) and all(p and (after_agent or p.startswith(_NAME_OPENINGS) or _enterprise_named(p)
                                       or _place_named_body(p) or village_named(p))
                                and (unit_like(p, strict=True) or _COLLECTIVE_START.match(p) or village_named(p))
                                for p in pieces)


def _enterprise_named(name: str) -> bool:
    """国网某市供电公司: an enterprise's name, opening with its brand or place rather than a level word (lexicon.
    ENTERPRISE_NAME_ENDINGS); a bare kind (企业, 物业公司) is none: at least a place or brand before the kind, and a
    count (至少1家子公司, 两家公司) is a task's words about some of them."""
    ending = next((e for e in lx.ENTERPRISE_NAME_ENDINGS if name.endswith(e)), "")
    return (bool(ending) and len(name) - len(ending) >= 4 and not _VERB.search(name)
            and not _COUNTED_BODIES.search(name))


# the place a town's body is named after (双河村, 城关, 新华路社区): Chinese letters only, no mark of a title or list
_PLACE_BEFORE_A_KIND = re.compile(r"[\u4e00-\u9fff]{2,8}")
_HAN_WORDS = re.compile(r"[\u4e00-\u9fff]{2,}")  # two Han characters or more, no bracket or digit


def _place_named_body(name: str) -> bool:
    """双河村村民委员会, 青石派出所: a body of a town's ground named after the place it serves (lexicon.
    PLACE_NAMED_BODY_ENDINGS), no level word before it; a place of two to eight letters alone before the kind, and
    no verb nor task's opening word in it (加强乡镇卫生院 is the task's words about such bodies, no name; 宣传《中华人民
    共和国村民委员会组织法》 a law's title)."""
    ending = next((e for e in lx.PLACE_NAMED_BODY_ENDINGS if name.endswith(e)), "")
    return (bool(ending) and _PLACE_BEFORE_A_KIND.fullmatch(name[: len(name) - len(ending)]) is not None
            and not _VERB.search(name)
            and not _ACTION_START.match(name) and not name.startswith(lx.NOT_A_NAME_STARTS)
            and not _COUNTED_BODIES.search(name))


# a count of bodies (1家, 两家, 3个): words about some of a kind, no name
_COUNTED_BODIES = re.compile(r"[\d０-９一二两三四五六七八九十几多]+[家个]")


# the work of a body whose duty is to lead the others (负责统筹协调, 负责牵头): the verbs that give the lead role
_LEADING_WORK = tuple(verb for verb, role in lx.VERB_ROLES.items() if role == "lead")


def _agent_clause_then_partners(body: str) -> list[tuple[int, str, str]]:
    """'各县人民政府负责建立，省X厅负责指导' (after a topic's 由: 名录由…) -> [(0, '各县人民政府负责', the same),
    (at, '省X厅负责指导', the same)]: where each clause read stands, as written and as read.

    A duty list names the work first and its agent after 由 with 负责 and the duty's verb (广告内容由X负责监督管理),
    and may go on after a comma with another body's part (，Y负责指导 / ，Y、Z配合). The agent's clause up to 负责 and
    the clauses after the comma, which must end with their verb, are read each on its own; else nothing (the sentence
    is read as before). A body keeping the document (由X负责解释, lexicon.AGENT_NON_DUTIES) answers for no task."""
    parts = depth_zero_split(body, ",，")
    if len(parts) < 2:
        return []
    first = parts[0][1].strip()
    acting = _units_then_their_work(first, after_agent=True)
    if not (acting and acting.endswith(lx.DUTY_LEAD_VERB) and first.startswith(acting)
            and not first.startswith(lx.AGENT_NON_DUTIES, len(acting) - len(lx.DUTY_LEAD_VERB))):
        return []
    if first[len(acting):].startswith(_LEADING_WORK) and _ends_with_verb(first):
        # (由X负责统筹协调，Y配合): the duty is to lead, its verbs closing the clause, read by the sentence's verbs as a
        # whole (X leads); with its object after (负责统筹协调联合验收工作) the duty is the body's own work
        return []
    found = [(body.index(acting), acting, acting)]
    for k, (at, clause) in enumerate(parts[1:], 1):
        rest = body[at:].strip()
        duty = None if _ends_with_verb(clause.strip()) else _another_bodys_duty(clause.strip())
        if duty is None and 0 < len(rest) <= 80 and _ends_with_verb(rest) and not _TOPIC_AGENT.match(rest):
            return found + [(body.index(rest, at), rest, rest)]  # (…，Y、Z配合): the partners to the end
        part = _another_parts_agent(clause.strip()) or duty
        if part is None:
            return []
        found.append((at + clause.index(part[0]), *part))
    return found


def _another_parts_agent(clause: str) -> tuple[str, str] | None:
    """(the agent's clause as written, as read) of a later clause of a sentence that splits one measure between
    bodies, each part its own work then 由 and its agent (检测点由X负责建设，入口检测由Y负责督促落实，所需经费由Z予以保障):
    'Y负责' (the duty's verbs after 负责 are the body's work, so 负责督促落实 is no 落实 role) or, after the light verb
    予以 (lexicon.AGENT_LIGHT_VERBS), 'Z' answering for the work it gives (responsible); None for any other clause."""
    topic = _TOPIC_AGENT.match(clause)
    if topic is None:
        return None
    agent = clause[topic.end():]
    acting = _units_then_their_work(agent, after_agent=True)
    if acting.endswith(lx.DUTY_LEAD_VERB) and not agent.startswith(lx.AGENT_NON_DUTIES, len(acting) - len(lx.DUTY_LEAD_VERB)):
        return acting, acting
    for light in lx.AGENT_LIGHT_VERBS:
        at = _depth_zero_find(agent, light)
        if at > 0 and len(agent) > at + len(light) and _bodies_named_whole(agent[:at], after_agent=True):
            return agent[:at], agent[:at] + lx.ROLE_WORD_WRITTEN["responsible"]
    return None


def _another_bodys_duty(clause: str) -> tuple[str, str] | None:
    """('Y负责', the same) of a later clause of a sentence that opened with its agent's duty (由X负责车辆保障，Y负责
    医疗保障，…): the next body named whole, 负责 and its own piece of work, as the first clause wrote it; None for any
    other clause (，确保…: the sentence goes on with the work, and its agents are not read apart)."""
    acting = _units_then_their_work(clause, after_agent=True)
    if acting.endswith(lx.DUTY_LEAD_VERB) and not clause.startswith(lx.AGENT_NON_DUTIES, len(acting) - len(lx.DUTY_LEAD_VERB)):
        return acting, acting
    return None


def _units_then_their_work(clause: str, after_agent: bool = False) -> str:
    """'各村配合做好入学动员' -> '各村配合': a clause of units, their role verb, then what they do (the object stays the
    task's text); '' when the words before the verb are not all bodies' names written whole (or a collective, 各村).

    `after_agent`: the clause follows 由X牵头， in one sentence (由X牵头，某港区管委会负责园区建设), which names its
    agents clause by clause; there a body's name written whole need not open with a level word (某港区管委会,
    国网某市供电公司: a place name opens it)."""
    for m in _VERB.finditer(clause, 1):
        names, rest = clause[: m.start()], clause[m.end():]
        work_in_xia = m.group() in lx.VERBS_BEFORE_WORK_IN_XIA and rest.startswith("下")  # 负责下穿通道的…
        if not rest.strip() or (verb_opens_a_noun(m.group(), rest) and not work_in_xia) or depth_at(names):
            continue  # 负责人 / 配合单位: the verb's letters begin a noun; a verb inside a bracket has no subject here
        if clause.startswith(_LONG_UNIT_ENDINGS, m.end() - 1):
            continue  # 常委会办公厅: the verb's last letter opens the body's ending written on (会办 + 公厅), no verb
        if joining_verb_at(clause)[0] == m.start():
            return ""  # 县甲局联合县乙局开展…: 联合 joins the body before it to one after it, as 会同 (SubjectWithPartners)
        # each a body's name written whole from its opening (镇水利站, 各村, 区公安分局): not words of the task that end
        # as a name does (倒逼生产经营单位, 形成全社会)
        if _bodies_named_whole(names, after_agent):
            return clause[: m.end()]
        if (m.group(1) or "") in lx.VERBS_AFTER_A_NAME:
            continue  # 区市场监管局负责…: a verb only after a body's name (监管, 组织) is here letters of the name
        return ""
    return ""


def _units_at_their_own_work(clause: str, after_agent: bool = False) -> str:
    """'市财政局做好资金保障' -> the clause: bodies' names written whole, then the verb of their own part
    (OWN_WORK_VERBS_CLOSING_UNITS) and the work, no role word; '' otherwise. Read only as the last of a sentence's
    units' clauses, where the clauses before name the task's owners (市X局牵头，市财政局做好资金保障)."""
    for verb in lx.OWN_WORK_VERBS_CLOSING_UNITS:
        at = _depth_zero_find(clause, verb)
        if at > 0 and len(clause) > at + len(verb) and _bodies_named_whole(clause[:at], after_agent) \
                and not any(c in clause for c in ",，"):
            return clause
    return ""


def _units_each_on_a_topic(clause: str, after_agent: bool = False) -> str:
    """'市乙局、市丙局分别就甲、乙等方面提供书面材料' -> '市乙局、市丙局分别就': bodies' names written whole, then 分别就
    (lexicon.EACH_ON_A_TOPIC) before the topics each takes and the verb; the bodies each answer for their own topic,
    as 分别负责 says. '' otherwise (分别就近设置: 就近 is no topic mark, lexicon.TOPIC_MARK_LOOKALIKES)."""
    at = _depth_zero_find(clause, lx.EACH_ON_A_TOPIC)
    after = at + len(lx.EACH_ON_A_TOPIC)
    if at <= 0 or len(clause) <= after or clause.startswith(lx.TOPIC_MARK_LOOKALIKES, after - 1):
        return ""
    return clause[:after] if _bodies_named_whole(clause[:at], after_agent) else ""


def _before_a_failed_step(after_clause: str) -> bool:
    """Whether the text after an agent's clause goes on with the condition of its first step failing (由X协调，
    协调不成的，报请Y决定): the clause is a rule for settling a case when it arises, no unit of the item's work."""
    parts = depth_zero_split(after_clause.lstrip("，, "), ",，")
    return bool(parts) and parts[0][1].strip().endswith(lx.FAILED_STEP_CONDITIONS)


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
            # a bracket closing the sentence is an annotation of its own (由网格员入户宣传（责任单位：X）): the 由 part
            # ends before it
            part = strip_trailing_brackets(sentence[at:].strip())
            after = _after_agent(part)
            units = self._units(after)
            if units and _before_a_failed_step(after[len(units):]):
                continue  # 由X协调，协调不成的，报请Y决定: who settles a case first, not the item's units
            if units:
                # the units' clauses then, after a comma, what they do (由X牵头，Y配合，6月底前完成): the span ends with them
                read = part if _UNITS_THEN_ACTION.match(after, len(units)) is None else part[: len(part) - len(after) + len(units)]
                found.append((lead, lead + len(read), units))
        return found

    @staticmethod
    def _units(after: str) -> str:
        """'X牵头,Y参与研究提出落实意见' -> 'X牵头,Y参与'; '' when no clause reaches an action after its units."""
        read = 0
        clauses = depth_zero_split(after, ",，")
        for k, (at, clause) in enumerate(clauses):
            if _ends_with_verb(clause):
                read = at + len(clause)
                continue
            if read and k + 1 < len(clauses) and _names_alone(clause) and _ends_with_verb(clauses[k + 1][1]):
                continue  # 由X牵头，A,B配合: a comma (often ASCII) parting names of one list before its verb
            for m in _AGENT_ACTION.finditer(clause, 1):
                units = clause[: m.start()]
                if clause.startswith(lx.AGENT_NON_DUTIES, m.start()):
                    return ""  # 由X负责解释: the text's interpretation clause, no task's duty
                if clause.startswith(lx.AGENT_POST_WORDS, m.start()):
                    return ""  # 由X有关负责同志担任: who fills a post, no body's share of the work
                if unit_like(clause[m.start():].split("、", 1)[0]):
                    continue  # 组织 of 中央组织部, 研究 of 某研究院: the word begins a body's name
                if (unit_like(units) or _ends_with_verb(units)) and len(after) - (at + m.start()) <= 30:
                    return after[: at + m.start()]
            break
        # 由X牵头，Y配合，6月10日前完成认定: the units' clauses, each closed by its verb, then what they do after a comma
        return after[:read].rstrip("，,") if read else ""

    def accepts(self, groups, text: str, start: int, end: int, inner: str) -> bool:
        names = [n for g in groups for n in g.names_seen]
        return (bool(names) and not any(g.has_label or g.note for g in groups)
                and all(unit_like(n) and not _ACTION_START.match(n) and not n.endswith("企业")
                        and not n.startswith(lx.RELATIVE_BODY_OPENINGS) for n in names))

    def written(self, text: str, start: int, end: int, inner: str) -> str:
        return text[start:end]


def _closed_by_partners(units: str) -> bool:
    """Whether the agent's clauses end with the partners' own (X牵头，会同Y、Z等部门), the lead's before it closed by
    its verb: the clauses name every body and role, though the last one ends in no verb."""
    parts = depth_zero_split(units, ",，")
    return (len(parts) > 1 and _partners_clause(parts[-1][1])
            and _ends_with_verb(parts[-2][1].strip()))


def _partners_clause(clause: str) -> bool:
    """Whether a clause of an agent's part, after the lead's own, names the partners of its lead and nothing else, set
    off by a comma from the work (由X牵头，会同Y、Z等部门，在…基础上，起草…): 会同 opening the clause, then the partners'
    names. Many plans write the partners so before the circumstances and the work; read only to the lead, the partners
    were lost."""
    body = clause.strip()
    if not body.startswith(lx.WITH_VERB):
        return False
    partners = body[len(lx.WITH_VERB):]
    return bool(partners) and _partner_named(partners)


def _ordered(sentence: str, body: str) -> bool:
    """Does a request (请 / 责成, lexicon.ORDER_WORDS) stand right before the body read out of the sentence?"""
    return sentence[: sentence.find(body)].rstrip().endswith(lx.ORDER_WORDS)


def _partners_at_work(clause: str) -> str:
    """'会同省乙局、省丙局等部门推进' -> '省乙局、省丙局等部门': a clause after the lead's own opening with 会同, the partners'
    names, then what they do with no mark between (_partners_named cuts them); '' when no work follows the names (the
    partners' clause closed by a comma is _partners_clause's) or they are not bodies'."""
    body = clause.strip()
    if not body.startswith(lx.WITH_VERB):
        return ""
    rest = body[len(lx.WITH_VERB):]
    partners = _partners_named(rest)
    return partners if partners and len(partners) < len(rest) and len(partners) <= 80 else ""


class SubjectWithPartners(Finder):
    """A sentence in the task's text opened by a body, 会同 and its partners, then what they do:
    "教育部会同工业和信息化部、农业农村部发布…目录，引导…。", as joint ministry notices write a task's duty into
    its wording rather than a bracket. The body before 会同 leads, the partners support; the partners end where an
    action (PARTNER_ACTIONS) follows a body's name, or at the comma closing them. Not the title sentence, not a
    subject with more words than a body's name (各地要会同…, 教育部将会同…: a modal is ModalSubjectWithPartners'), not a
    list ended by its own verb (read as a units' sentence).
    Such a sentence alone does not make an item a task (in_running_text): a covering notice's requirements write
    them too (三、加强督导。市发展改革委会同市统计局建立调度机制。).
    """

    in_running_text = True
    modal = False  # the subject's body written with the plan's modal before 会同 (ModalSubjectWithPartners)

    def candidates(self, text: str, spans) -> list[tuple[int, int, str]]:
        found = []
        for n, (start, sentence) in enumerate(depth_zero_split(text, _SENTENCE_END)):
            body = sentence.lstrip()
            if body.startswith(lx.ORDER_WORDS):  # 请市X局会同…: the request is no word of the body's name
                # (the title sentence too: 请市X局负责… / 请市X局指导…, a letter's request, opens its item, and its body
                # alone is read with its verb below; the 会同 reading still skips the title sentence)
                body = body[next(len(w) for w in lx.ORDER_WORDS if body.startswith(w)):]
            elif n and body.startswith(lx.AGENT_MARK) and _joining_at(body)[0] > len(lx.AGENT_MARK):
                # 由市X局会同市Y局建立…，各乡镇抓好落实: 实施方案 name the lead by 由 before it as often as not; the agent's
                # mark is no word of the name (only before 会同: 由X负责… is the agent readers')
                body = body[len(lx.AGENT_MARK):]
            at, joining = _joining_at(body)  # 会同, or 联合 before a body's name (read as 会同)
            assist = _assisting_subject(body) if at < 0 and n else None
            if assist and self.modal:
                continue
            if assist:  # 某镇配合县X局做好…: the body named after the verb leads, the subject supports
                at, assisting = assist
                partners = self._partners(depth_zero_split(body[at + len(assisting):], ",，")[0][1])
                if partners:
                    lead = start + len(sentence) - len(body)
                    inner = f"{partners}{lx.ROLE_WORD_WRITTEN['lead']}，{body[:at]}{assisting}"
                    found.append((lead, lead + at + len(assisting) + len(partners), inner))
                continue
            verb = _SUBJECT_VERB.search(body, 1)
            if at < 0 and verb is not None and self.modal:
                continue
            if at < 0 and verb is not None:  # 工业和信息化部指导各地…: the body alone, the verb's role its own
                subject, rest = body[: verb.start()], body[verb.end():]
                if (len(subject) <= 40 and not any(c in subject for c in ",，:：" + lx.AGENT_MARK)
                        and not depth_at(subject)  # …评估（市X局负责）: a verb inside a bracket has no subject here
                        and _subject_bodies(subject)
                        and rest[:1] not in ",，"
                        and (not verb_opens_a_noun(verb.group(), rest) or _VERB.match(rest))  # 负责人 / 负责组织
                        and not _units_and_their_verb(depth_zero_split(rest, ",，")[0][1])
                        and not rest.startswith(lx.AGENT_NON_DUTIES[-1])):
                    lead = start + len(sentence) - len(body)
                    role = lx.SUBJECT_VERB_ROLES[verb.group()]
                    inner = subject + (lx.ROLE_WORD_WRITTEN["lead"] if role == "lead" else "")
                    found.append((lead, lead + len(subject), inner))
                continue
            subject = _without_its_modal(body[:at])
            if n == 0 or at <= 0 or (subject != body[:at]) != self.modal or not _bodies_open_the_sentence(subject):
                continue
            clauses = depth_zero_split(body[at + joining:], ",，")
            clause = clauses[0][1]
            if _ends_with_verb(clause):
                continue
            partners = self._partners(clause)
            if not partners and len(clauses) > 1 and all(unit_like(drop_trailing_qualifier(p))
                                                         for p in clause.split("、")):
                partners = clause  # X会同Y，在…布局: the partners' clause closed by a comma before the action
            if partners:
                lead = start + len(sentence) - len(body)
                inner = subject + lx.WITH_VERB + partners  # read without the modal; the span, as written, keeps it
                found.append((lead, lead + at + joining + len(partners), inner))
                found += self._urging_clauses_after(lead + at + joining, clauses[1:])
        return found

    @staticmethod
    def _urging_clauses_after(start: int, clauses: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
        """'由县甲局会同县乙局做好勘探，县丙局督促建设单位落实措施，严禁…' -> the candidate '县丙局负责' over '县丙局督促': a
        sentence opened by a lead and its partners may go on, after a comma, with another body's share of the work,
        that body urging a party that is no body of the plan to do its part (lexicon.URGING_VERBS then the object):
        it answers for that clause. Only clauses so written, the bodies named whole; other clauses (the work, 严禁…)
        name nobody. `start`: where the text the clauses were split from begins."""
        found = []
        for at, clause in clauses:
            body = clause.strip()
            acting = _units_then_their_work(body, after_agent=True)
            read = _urging_read_as_answering(acting, body, acting) if acting else ""
            if read and read != acting and len(acting) <= _CLOSING_CLAUSE_REACH:
                lead = start + at + len(clause) - len(clause.lstrip())
                found.append((lead, lead + len(acting), read))
        return found

    @staticmethod
    def _partners(clause: str) -> str:
        """'工业和信息化部、农业农村部发布…' -> '工业和信息化部、农业农村部'; '' when no action follows a body's name.
        An action word followed by a body's ending letter is first taken as inside a name (组织 of 中央组织部, 建设 of
        住房城乡建设部); only when no other action ends the partners is it read as the action, where that letter opens
        the action's object instead of closing a name (开展联合执法, 召开联席会议, 开展会商研判: 联 and 会 end 妇联 and
        协会 too)."""
        actions = list(_PARTNER_ACTION.finditer(clause, 1))
        for m in actions:
            # (a verb setting a body up, after bodies' names written whole, is the action whatever it sets up: 县乙局
            # 成立专班 / 办公室组成督导组, the body set up ending as a name does; 县政府各组成部门 has no name before it)
            forming = m.group() in lx.BODY_FORMING_VERBS and _all_units(clause[: m.start()])
            if clause.startswith(_BODY_ENDINGS, m.end()) and not forming:
                continue  # 组织 of 中央组织部, 建设 of 住房城乡建设部: the word is inside a body's name
            if clause[: m.start()].rsplit("、", 1)[-1].strip() in lx.LOCALITY_KINDS:
                continue  # 市统筹城乡发展办公室: after a level word alone the action word opens the name it begins
            if clause.startswith(lx.AGENT_NON_DUTIES, m.start()):
                return ""  # X会同Y负责解释: the text's interpretation clause, no task's duty
            partners = clause[: m.start()]
            if _all_units(partners):
                return partners
        for m in actions:
            if clause.startswith(_BODY_ENDINGS, m.end()) and not _name_goes_on(clause, m.end()) \
                    and _all_units(clause[: m.start()]):
                return clause[: m.start()]
        return ""

    def accepts(self, groups, text: str, start: int, end: int, inner: str) -> bool:
        names = [n for g in groups for n in g.names_seen]
        return (bool(names) and not any(g.has_label or g.note for g in groups)
                and all(unit_like(n) and not n.endswith("企业") for n in names))

    def written(self, text: str, start: int, end: int, inner: str) -> str:
        return text[start:end]


class ModalSubjectWithPartners(SubjectWithPartners):
    """SubjectWithPartners with the plan's modal between the body and 会同: "县财政局要会同县发展改革委统筹安排…",
    X应当会同Y… (lexicon SUBJECT_MODALS; _without_its_modal). The plan tells that body what to do with whom: the body
    leads, the partners support, read as the sentence without the modal. Only in a plan naming its units task by
    task elsewhere (beside_units_apart: 三、保障措施 where （三） closes 由X牵头，Y配合): where no item names a unit apart
    from its wording (the units in an attached 分工表), 市X局要会同市Y局… is a measure's running text. Not a place
    before the modal (各地要会同…), nor 将 (教育部将会同…: the issuer announcing its own work, no modal of a duty)."""

    modal = True
    beside_units_apart = True


def _joining_at(body: str) -> tuple[int, int]:
    """Where the verb joining a sentence's subject to its partners stands, and its length: 会同, or a verb read as 会同
    before a body's name (县甲局联合县乙局开展…, lexicon.JOINING_VERBS); (-1, 0) when there is none."""
    at = _depth_zero_find(body, lx.WITH_VERB)
    return (at, len(lx.WITH_VERB)) if at >= 0 else joining_verb_at(body)


def _assisting_subject(body: str) -> tuple[int, str] | None:
    """(where the verb stands, the verb) of a sentence opened by bodies' names, each whole, then an assisting verb
    (某镇人民政府配合县X局做好… / 县甲局协助县乙局开展…): a 责任书 or a duty list writes a body's supporting part so,
    the body after the verb leading; None otherwise."""
    for verb in lx.ASSIST_VERBS:
        at = _depth_zero_find(body, verb)
        subject = body[:at] if at > 0 else ""
        if subject and _bodies_open_the_sentence(subject) and not _UNIT_LABEL_ALONE.fullmatch(subject.strip()):
            return at, verb
    return None


# a units' label with no value (牵头单位 配合单位 完成时限: a table's header row copied as text) is no body assisting
_UNIT_LABEL_ALONE = re.compile(lx.UNIT_LABEL)


def _without_its_modal(subject: str) -> str:
    """The subject before 会同 less the plan's modal closing it (县财政局要 -> 县财政局, X应当 -> X: lexicon
    SUBJECT_MODALS), where the words before the modal are bodies' names each written whole; else the subject as
    written (各地要 stays, and is no body's name: _bodies_open_the_sentence says no)."""
    modal = next((m for m in lx.SUBJECT_MODALS if subject.endswith(m)), "")
    named = subject[: len(subject) - len(modal)]
    return named if modal and named and _bodies_open_the_sentence(named) else subject


def _bodies_open_the_sentence(subject: str) -> bool:
    """Is the subject before a sentence's verb (会同 / 配合 / 协助) one body's name or a 、 list of them, each written
    whole (人力资源社会保障部、教育部会同…)? A place alone (某市指导… / 某市会同…) is the plan's own territory speaking, no
    body; a clause, a label or words of an action before the verb are no subject."""
    return (len(subject) <= 40 and not any(c in subject for c in ",，:：" + lx.AGENT_MARK)
            and all(unit_like(p, strict=True) and not _ACTION_START.match(p) for p in subject.split("、")))


def _all_units(partners: str) -> bool:
    """Is each name of a 、 list (its qualifiers aside) a unit's?"""
    return all(unit_like(drop_trailing_qualifier(p)) for p in partners.split("、"))


def _name_goes_on(clause: str, at: int) -> bool:
    """Does a body's ending letter at `at` close a name (中央组织部、… / 住房城乡建设部开展… / 县委组织部人才办开展…)?
    So it does when after every ending it may be the clause ends, another name follows (、 和 及 等, a bracket), the
    partners' action or circumstance begins, or the words up to the next of those end as a body's name again. Otherwise
    the letter opens a word of the action's object (开展联合执法: 联 opens 联合, it does not close 妇联)."""
    for ending in (e for e in _BODY_ENDINGS if clause.startswith(e, at)):
        after = clause[at + len(ending):]
        stop = _NAME_STOP.search(after)
        run = after[: stop.start()] if stop else after
        if not run or run.endswith(_BODY_ENDINGS):
            return True
    return False


def _subject_bodies(subject: str) -> bool:
    """The subject opening a sentence before its verb: one body's name, or a list of them (国网X供电所、X电信支局负责…:
    a 职责分工 list gives one duty to two bodies, the later ones often opening with a place's name, no level word),
    each written whole; no collective (各地指导… is the plan speaking to every locality), no words of an action."""
    pieces = [p.strip() for _, p in depth_zero_split(subject, "、")]
    return _names_alone(subject) and not any(_COLLECTIVE_START.match(p) or _ACTION_START.match(p)
                                             or p.startswith(lx.SETTING_UP_WORDS) for p in pieces)


def _units_and_their_verb(clause: str) -> bool:
    """Does the clause name bodies and end in their role verb (…指导各县落实: a units' sentence, VerbSentence's)? An
    object that ends in a role verb's letters (负责文电处理和会议组织) names no body before them, and is the duty's."""
    if not _ends_with_verb(clause):
        return False
    m = _VERB_END.search(clause)
    if m is None:
        return True  # a role given as a label (市X局为牵头单位)
    names = [p.strip() for p in clause[: m.start()].split("、")]
    return all(p and (unit_like(p) or _COLLECTIVE_START.match(p)) for p in names) or names == [""]


class SubjectClauses(Finder):
    """The bodies that are the subjects of a task's clauses (a unit an annotation written apart already names keeps
    that annotation's role, read_task):
    "请市X局牵头，会同市Y局、市Z局建立…机制。" / "市X局要会同市Y局加快…" / "市A局、市B局要在汛前完成…，市C局负责…，
    市D局做好…" / "责成市E局督促…" — meeting minutes assign work so. Each clause (after the meeting's voice, 请, 责成
    or 由) opening with a list of bodies' names, each written whole, then its verb (CLAUSE_SUBJECT_VERBS); a clause
    opening with 会同 names the partners of the subject before it. Only in a document assigning its work in prose
    (`prose`; other plans' sentences naming bodies are no annotations), in running text only.
    """

    in_running_text = True
    prose = True

    def candidates(self, text: str, spans) -> list[tuple[int, int, str]]:
        found = []
        for start, sentence in depth_zero_split(text, _SENTENCE_END):
            subject = False  # a subject named in an earlier clause of the sentence (请X牵头，会同Y…)
            manner = False  # …and its clause only said how it acts (X、Y按照各自职责，配合做好…)
            capacity = None  # …or only what it acts as (X作为项目业主，要…): (offset, names) for the next clause
            for at, clause in depth_zero_split(sentence, ",，"):
                body = clause.lstrip()
                offset = start + at + len(clause) - len(body)
                opener = next((o for o in lx.CLAUSE_SUBJECT_OPENERS if body.startswith(o)), "")
                body, offset = body[len(opener):], offset + len(opener)
                carried = next((v for v in lx.SUBJECT_CARRIED_VERBS if body.startswith(v)), "") if capacity else ""
                if carried:  # the subject of the clause before, its capacity said there, acts here
                    lead, names = capacity
                    role = lx.CLAUSE_SUBJECT_VERBS.get(carried, "responsible")
                    written = lx.ROLE_WORD_WRITTEN["lead" if role == "lead" else "responsible"]
                    found.append((lead, lead + len(names), names + written))
                    subject, capacity = True, None
                    continue
                capacity = _subject_and_capacity(body, offset)
                if manner and body.startswith(lx.ASSIST_VERBS):  # the verb of the subject before: it supports
                    lead, end, inner = found[-1]
                    responsible, support = lx.ROLE_WORD_WRITTEN["responsible"], lx.ROLE_WORD_WRITTEN["support"]
                    found[-1] = (lead, end, inner[: -len(responsible)] + support)
                manner = False
                # (联合X开展…: a clause opening with a joining verb before a body's name, no subject before it, is
                # the plan's own body working with X, which supports, as after a subject's 会同)
                joined = joining_verb_at(body)[1] if body.startswith(lx.JOINING_VERBS) else 0
                if (subject and body.startswith(lx.WITH_VERB)) or joined:
                    joining = joined or len(lx.WITH_VERB)
                    partners = _partners_named(body[joining:])
                    if partners:
                        # (the span of 联合X keeps its verb, as an opening 会同X read as a subject's clause does: the
                        # clause opens with the annotation, which opening_subjects asks of a task's first sentence)
                        at_partners = offset + joining
                        found.append((offset if joined else at_partners, at_partners + len(partners),
                                      partners + lx.ROLE_WORD_WRITTEN["support"]))
                    continue
                if body.startswith(lx.PARTNER_PREPOSITIONS):
                    # (…，与县X大队建立联合执法机制): the bodies after 与 are whom the clause's subject, named before
                    # it, works with; they are no subject of the clause, and 与 is no word of a name
                    continue
                read = _subject_and_verb(body)
                if read is None and lx.AGENT_MARK in body[2:]:
                    # 拆除施工安全由区X局负责监管: the piece of work first, its agent after 由
                    at_agent = body.index(lx.AGENT_MARK, 2) + 1
                    if not depth_at(body, at_agent):
                        body, offset = body[at_agent:], offset + at_agent
                        read = _subject_and_verb(body)
                if read is None and opener in lx.CLAUSE_SUBJECT_ORDERS:
                    # 请区X局于5月底前完成…: the body asked to act, what it does after it with no verb of a role
                    names = _partners_named(body)
                    read = (names, "", body[len(names):]) if names else None
                if read is None:
                    continue
                if _before_a_failed_step(sentence[at + len(clause):]):
                    continue  # 由X协调，协调不成的，…: who settles a case first, not a unit of the work
                names, verb, rest = read
                capacity = None  # the clause read its own subject and verb
                role = lx.CLAUSE_SUBJECT_VERBS.get(verb, "responsible")
                if role == "with" and _REFERENCE_TO_OTHERS.match(rest):
                    # X会同有关部门…: X leads; the others it works with are named by reference, no unit
                    found.append((offset, offset + len(body) - len(rest), names + lx.ROLE_WORD_WRITTEN["lead"]))
                    subject = True
                    continue
                if role == "with":
                    partners = _partners_named(rest)
                    if not partners:
                        continue
                    inner = names + lx.WITH_VERB + partners
                    found.append((offset, offset + len(body) - len(rest) + len(partners), inner))
                else:
                    inner = names + lx.ROLE_WORD_WRITTEN.get(role, lx.ROLE_WORD_WRITTEN["responsible"])
                    found.append((offset, offset + len(body) - len(rest), inner))
                    manner = not rest.strip()
                subject = True
        return found

    def accepts(self, groups, text: str, start: int, end: int, inner: str) -> bool:
        names = [n for g in groups for n in g.names_seen]
        return bool(names) and not any(g.has_label or g.note for g in groups) and all(unit_like(n) for n in names)

    def written(self, text: str, start: int, end: int, inner: str) -> str:
        return text[start:end]


def _subject_and_capacity(clause: str, offset: int) -> tuple[int, str] | None:
    """'市城投集团作为项目业主' -> (offset, '市城投集团'): bodies' names, then what they act as, the whole clause; the
    next clause opening with a modal (要…) says what they do (SubjectClauses). None otherwise."""
    for mark in lx.SUBJECT_CAPACITY_MARKS:
        at = clause.find(mark, 2)
        if at > 0 and _bodies_named(clause[:at]):
            return offset, clause[:at]
    return None


# (no modal where its character opens another word: 县政府应急办要…, lexicon.MODAL_LOOKALIKE_WORDS; no means where the
# body passes a review closing the clause: 县甲中学通过省级验收, lexicon.PASSED_TESTS, bounded so no long run is rescanned)
_PASSING = (lx.PASSING_HEAD + r"[^，,。；;\n]{0,20}?(?:" + lx.alternation(lx.PASSED_TESTS) + r")(?:[，,。；;\n]|$)")
_CLAUSE_SUBJECT_VERB = re.compile("(?:" + lx.alternation(lx.AGENT_ADVERBS) + ")?(?!"
                                  + lx.alternation(lx.MODAL_LOOKALIKE_WORDS) + "|" + _PASSING + ")(" + lx.alternation(lx.CLAUSE_SUBJECT_VERBS)
                                  + ")(?!求|人|者|同志|单位|部门)")


def _subject_and_verb(clause: str) -> tuple[str, str, str] | None:
    """'市A局、市B局要在汛前完成…' -> ('市A局、市B局', '要', '在汛前完成…'): the first verb whose words before it are all
    bodies' names written whole; None when there is none. (各责任单位要…: the units a minutes' item addresses all at
    once before the meeting's modal, lexicon.ADDRESSED_COLLECTIVES; a rule's 各有关部门应当… stays unread)"""
    held = None  # a 所 + 在 read as a body and its verb, kept while 所在 may be the word (_where_it_lies)
    for m in _CLAUSE_SUBJECT_VERB.finditer(clause, 2):
        names = clause[: m.start()]
        if len(names) > 200:
            return held
        if _bodies_named(names) or (m.group(1) == "要" and _addressed_all_at_once(names.strip())):
            if _verb_opens_an_office(clause, m):
                continue
            if held is None and _where_it_lies(clause, m):
                held = names, m.group(1), clause[m.end():]
                continue
            return names, m.group(1), clause[m.end():]
    return held


def _verb_opens_an_office(clause: str, verb: re.Match) -> bool:
    """镇党委组织办负责…: 组织 followed by an office's head (lexicon.OFFICE_HEADS_AFTER_A_VERB) and another clause verb
    straight after it, the words up to there bodies' names: the verb's letters open the office's name (组织办), no verb
    of 镇党委; the later verb is the clause's. 镇党委组织各村开展… (no head after 组织) keeps 组织 as the verb."""
    head = next((h for h in lx.OFFICE_HEADS_AFTER_A_VERB if clause.startswith(h, verb.end())), "")
    return bool(head) and _CLAUSE_SUBJECT_VERB.match(clause, verb.end() + len(head)) is not None \
        and _bodies_named(clause[: verb.end() + len(head)])


def _where_it_lies(clause: str, verb: re.Match) -> bool:
    """考点所在乡镇（街道）要…: 所在 before a locality's kind (or 地) is one word, the localities where a thing lies
    (lexicon.WHERE_IT_LIES_WORDS), not a body's 所 (派出所) and the verb 在. Such a 在 is passed over for a later verb
    whose subject is then the whole name; only where none is (派出所在县城巡逻) is 所 a body's ending and 在 its verb.
    A 在 before anything else (派出所在考点周边巡逻) is the verb at once."""
    at = verb.start(1)
    return (verb.group(1) == lx.WHERE_IT_LIES[1:] and at == verb.start() and clause[at - 1: at] == lx.WHERE_IT_LIES[0]
            and clause.startswith(lx.WHERE_IT_LIES_WORDS, verb.end(1)))


def opens_with_bodies_and_modal(text: str) -> bool:
    """Does the text open with bodies' names and the modal of a demand (市A局、市B局要加强…; 市防指办要会同市C局…)?
    Only its first clause (to the first comma or full stop) is read: the bodies carrying the paragraph's duty are
    written first, as a notice's clauses' subjects are (SubjectClauses)."""
    first = depth_zero_split(text.strip(), "，,。；;")
    if not first:
        return False
    read = _subject_and_verb(first[0][1].strip())
    return read is not None and read[1].startswith(lx.NOTICE_DEMAND_MODALS)  # 要, 要会同, 要牵头


def _addressed_all_at_once(names: str) -> bool:
    """各有关部门 / 各乡镇、各有关部门 before the modal 要: the units addressed all at once (ADDRESSED_COLLECTIVES),
    alone or closing a list of bodies. Schedules and 要点 write the localities and then every department concerned
    (各县（区）、各有关部门要制定实施方案…): each listed body acts, and the collective is a unit as it is alone."""
    if names in lx.ADDRESSED_COLLECTIVES:
        return True
    pieces = depth_zero_split(names, "、")
    if len(pieces) < 2:
        return False
    at, last = pieces[-1]
    return last.strip() in lx.ADDRESSED_COLLECTIVES and _bodies_named(names[: at - 1])


def _members_of_a_body(name: str) -> bool:
    """市防指各成员单位 / 市安委会各成员单位: a commission's or headquarters' members addressed all at once after its name
    (lexicon.MEMBER_COLLECTIVES), the name often its short form (市防指); the whole reads as a name and the words before
    各 are no action (加强各成员单位…) and no list."""
    collective = next((c for c in lx.MEMBER_COLLECTIVES if name.endswith(c)), "")
    head = name[: -len(collective)] if collective else ""
    return (len(head) >= 2 and "、" not in head and not depth_at(head) and not head.startswith(lx.NOT_A_NAME_STARTS)
            and not _ACTION_START.match(head) and unit_like(name, strict=True))


def _bodies_named(names: str) -> bool:
    """A list of bodies' names, each written whole (市水利局, 各县（市、区）人民政府), none of them words of an action; a
    body's members addressed after its name (市防指各成员单位, _members_of_a_body) are one. Words closed by an adverb of a
    target met (X“三个责任人”全部落实到位, lexicon.TARGET_ADVERBS) are the things put in place, no name."""
    if depth_at(names):
        return False
    names = drop_trailing_qualifier(names)  # X、Y等行业主管部门负责: the kind the list stands for is dropped with 等
    pieces = [p.strip() for _, p in depth_zero_split(names, "、")]
    if pieces and "等" in pieces[-1]:
        # X学会、Y协会等行业组织要…: the group the listed bodies belong to (…组织, …媒体, …配合单位), dropped with 等
        # as a bracket's list drops it
        pieces[-1] = drop_group_after_deng(pieces[-1])
    shared = _shared_locality_head(pieces)
    return bool(pieces) and all(_members_of_a_body(p) or (
        p and (unit_like(p, strict=True) or (_COLLECTIVE_START.match(p) and unit_like(p)) or localities_where(p)
               or (shared and p is not pieces[-1] and _bare_place(p)))
        and not p.startswith(lx.NOT_A_NAME_STARTS) and not _ACTION_START.match(p) and not p.endswith("企业")
        and (not p.endswith(lx.QUALIFIER_HEADS) or _domain_department(p) or _level_domain_department(p)
             or _LEVEL_DIRECT.match(p))
        and lx.AGENT_MARK not in p
        and not p.endswith(_RELATIVE_SUO) and not p.endswith(lx.TARGET_ADVERBS)) for p in pieces)


# the bodies run directly by one level, as one collective (县直各单位, 镇直有关部门): each acts, unlike 有关部门
_LEVEL_DIRECT = re.compile("^[" + "".join(lx.DIRECT_BODIES_LEVELS) + "]直属?(?:各|有关|相关)?(?:"
                           + lx.alternation(lx.QUALIFIER_HEADS) + ")$")


def _bare_place(piece: str) -> bool:
    """临河县: a place named bare, which a list may close with its government's head (_shared_locality_head)."""
    return piece.endswith(lx.LOCALITY_KINDS) and unit_like(piece) and not _ACTION_START.match(piece)


def _shared_locality_head(pieces: list[str]) -> bool:
    """请甲县、乙县人民政府于…: places listed before one whose government closes the list share its head (the places
    named bare are their governments, as the annotation reader parts 东坪区、临河县人民政府落实); the last name is a
    place's own government (乙县人民政府), so a bare place before it is no word of an action."""
    last = pieces[-1] if pieces else ""
    head = next((h for h in lx.LOCALITY_HEADS if last.endswith(h)), "")
    return len(pieces) > 1 and bool(head) and last[: -len(head)].endswith(lx.LOCALITY_KINDS)


_RELATIVE_SUO = tuple(f"{w}所" for w in lx.PREPOSITIONS_BEFORE_RELATIVE_SUO)  # 申报单位向所|在区（县）…: no name


def _domain_department(name: str) -> bool:
    """各区（县）商务主管部门: one domain's department at each level, a body, not the kind a list stands for (有关部门,
    相关行业主管部门): at least two characters of a domain before the head, after the level and its bracket."""
    head = next((h for h in lx.DOMAIN_DEPARTMENT_HEADS if name.endswith(h)), "")
    if not head:
        return False
    domain = re.split(r"[)）]", name[: -len(head)])[-1]
    return len(_without_kind_words(domain, (*lx.COLLECTIVE_STARTS, *lx.NOT_A_DOMAIN))) >= 2


def _without_kind_words(domain: str, words: tuple[str, ...]) -> str:
    """The domain's own words, once the words of a kind of department (各, 有关, 主管 …) are dropped."""
    for word in words:
        domain = domain.replace(word, "")
    return domain


def _level_domain_department(name: str) -> bool:
    """各地农业农村部门, 各级应急管理部门, 东北地区各级农业农村部门: one sector's department at every level, 部门 with no
    主管 / 行政 before it (lexicon.LEVEL_OPENINGS), a body as 各地X主管部门 is; never the kind a list stands for
    (各级有关部门, 各地相关行业部门, 各级职能部门): the domain holds no such word and keeps two characters of its own."""
    if not name.endswith("部门"):
        return False
    body = name[: -len("部门")]
    opening = next((o for o in lx.LEVEL_OPENINGS if o in body), "")
    if not opening:
        return False
    before, domain = body.split(opening, 1)
    if before and not before.endswith(lx.AREAS_BEFORE_A_LEVEL):
        return False
    return _sector_named(domain)


def _sector_named(domain: str) -> bool:
    """农业农村, 应急管理, 水利: the words of one sector before 部门, not of a kind of department (有关, 相关行业, 职能, 各):
    none of those words in it, two characters of its own left once the words of a department's kind are dropped."""
    if any(w in domain for w in (*lx.COLLECTIVE_STARTS, *lx.NOT_A_DOMAIN)) or len(domain) > 10:
        return False
    return _HAN_WORDS.fullmatch(_without_kind_words(domain, lx.DEPARTMENT_KIND_WORDS)) is not None


def _partner_named(names: str) -> bool:
    """The partners after 会同 (_partners_cut): bodies' names, or one sector's department named bare (各地农业农村部门要会同
    水利部门…: the same level's department of water, as the subject's level is written once before 会同)."""
    return _bodies_named(names) or (names.endswith("部门") and _sector_named(names[: -len("部门")]))


# 会同有关部门 / 会同同级相关部门 / 会同其他有关单位: a reference to whichever other bodies, no partner's name
_REFERENCE_TO_OTHERS = re.compile("(?:" + lx.alternation(lx.REFERENCE_LEVELS) + ")?(?:" + lx.alternation(lx.QUALIFIER_WORDS)
                                  + ")+(?:" + lx.alternation(lx.QUALIFIER_HEADS) + ")")


def _partners_named(rest: str) -> str:
    """'市Y局、市Z局加快推进…' -> '市Y局、市Z局': the partners after 会同, the last one cut at the longest opening of it
    that reads as a body's name (what they do follows with no mark); '' when they are not all bodies'. In running text
    会同有关部门 names no partner (the readings' convention): it refers to bodies it does not name, and cut short it
    had read as a name ending in 部 (有关部)."""
    if _REFERENCE_TO_OTHERS.match(rest):
        return ""
    pieces = depth_zero_split(rest, "、")
    if not pieces:
        return ""
    last = pieces[-1][1]
    # a piece holding a name and then what the partner does (市Z公司抓紧对接…), not an action word inside one name
    # (市住房城乡建设局)
    # (or a body's name, an agent adverb and its work: 县X中心统一安排会议室, _body_then_its_work)
    acting = [any(p.startswith(_PARTNERS_END, k) and unit_like(p[:k], strict=True) for k in range(2, min(len(p), 30)))
              or _body_then_its_work(p[:30]) for _, p in pieces]
    if _bodies_named(rest) and not any(acting):
        # 会同A、B，对照…: the partners' clause closed by a comma (but 会同A、B公司抓紧对接省X厅 reads as a name ending
        # in 厅: an action word inside it says what the partners do, cut below)
        return rest
    # the partners end in the first piece that is not a whole name: the last, or an earlier one when what they do
    # lists things of its own (会同县公安局落实军车、现役军人…优待政策: the 、 parts the objects, not the partners)
    for (at, piece), acts in zip(pieces, acting):
        if piece is not last and not acts and (_bodies_named(rest[: at + len(piece)]) or _bare_place(piece)):
            continue  # (a bare place waits for the head it shares, checked on the whole list where the cut ends)
        return _partners_cut(rest, at, piece)
    return ""


def _partners_cut(rest: str, at: int, last: str) -> str:
    """The partners up to the piece at `at` whose opening is the last partner's name, what they do following it
    with no mark; '' when no opening of it reads as a body's name."""
    for k in range(2, min(len(last), 30)):
        if last.startswith(_PARTNERS_END, k) and _partner_named(rest[: at + k]):
            return rest[: at + k]
    # 会同区X中心逐户对接: no word known to follow a name; the longest opening that reads as a body's name and holds
    # none of the words a circumstance opens with (…建设局根据会议意见: 根据会 ends as 会 does)
    for k in range(min(len(last), 30), 2, -1):
        if (not any(w in last[1:k] for w in _CIRCUMSTANCE_WORDS) and not _inside_a_head(last, k)
                and not _inside_a_word(last, k) and not _body_then_its_work(last[:k])
                and _partner_named(rest[: at + k])):
            return rest[: at + k]
    return ""


def _inside_a_word(piece: str, k: int) -> bool:
    """Does a cut of `piece` before k split a word whose first letter ends a body's name (采购办|公用品, 集中办|理:
    lexicon.WORDS_BEGUN_BY_A_NAME_END)? Then the letters before the cut are no name's end."""
    return 0 < k < len(piece) and piece[k - 1: k + 1] in _WORDS_BEGUN_BY_A_NAME_END


_WORDS_BEGUN_BY_A_NAME_END = frozenset(lx.WORDS_BEGUN_BY_A_NAME_END)


def _inside_a_head(piece: str, k: int) -> bool:
    """Does a cut of `piece` before k fall inside a collective's head (会同各行业主管部门做深…: 各行业主管部 ends as a
    body's name in 部 does, but 部门 goes on)? The words are the kind a list stands for (QUALIFIER_HEADS), never cut."""
    return any(piece.startswith(head, k - i) for head in lx.QUALIFIER_HEADS for i in range(1, len(head)) if k >= i)


_CIRCUMSTANCE_WORDS = ("根据", "按照", "对照", "围绕", "结合", "于", "在", "对")


# what the partners after 会同 are followed by: what they do, or the words of a circumstance before it
# (and the means they work through: 会同Y依托Z平台建立…, lexicon.INSTRUMENT_HEADS)
_PARTNERS_END = tuple(lx.PARTNER_ACTIONS + lx.NOT_A_NAME_STARTS + tuple(lx.CLAUSE_SUBJECT_VERBS) + lx.INSTRUMENT_HEADS
                      + ("加快", "抓紧", "根据", "按照", "按", "对照", "就", "从", "围绕", "尽快", "共同", "联合", "进一步"))


# (the verbs of setting a body up end the partners too, whatever body they set up: X会同Y组成督导组 / 成立专班)
_PARTNER_ACTION = re.compile(lx.alternation(lx.PARTNER_ACTIONS + lx.BODY_FORMING_VERBS))
# where a body's name stops inside the partners' clause: the next name, a bracket, the partners' action or circumstance
_NAME_STOP = re.compile("[、和及与等（(]|" + lx.alternation(_PARTNERS_END + tuple(_CIRCUMSTANCE_WORDS)))
_SUBJECT_VERB = re.compile(lx.alternation(lx.SUBJECT_VERB_ROLES))
# endings of a body (not of a place) that may follow an action word inside a name: 组织部, 研究院, 建设局
_BODY_ENDINGS = tuple(e for e in lx.UNIT_ENDINGS if e not in lx.LOCALITY_ENDINGS and len(e) <= 2)


_SENTENCE_END = "。；;\n"
_RUN_STOP = re.compile("[。；;\n]")


_LABEL_AHEAD = re.compile(r"\s*" + lx.LABEL_MODIFIER + "(?:" + lx.UNIT_LABEL + "|" + lx.DEADLINE_LABEL + r")\s*" + lx.LABEL_COLON)
# 牵头：X / 配合：Y / 落实：各村（社区）: a town's list sets the bodies carrying the work out on a line of their own under
# its unit label lines, under the bare role word (lexicon.BARE_LABELS_AFTER_A_LABEL; the symbol before it, 🏠落实：, is
# blanked as a label's dress). The label lines are one block: the run goes on into that line, the line break parting
# the two labels' groups as ； does, so the bare word labels its clause after a label (落实： opening a line elsewhere
# opens a sentence: 落实：各地要…)
# a bare role word opening a line (its indent before it): a label where the rest of the line is bodies' names alone
_BARE_ROLE_LABEL_AT_LINE_START = re.compile(r"^[ \u3000]*(?=(?:" + lx.alternation(lx.BARE_LABELS_AFTER_A_LABEL) + r")\s*[:：])", re.M)
_BARE_LABEL_LINE_AHEAD = re.compile(r"[ \u3000]*(?:" + lx.alternation(lx.BARE_LABELS_AFTER_A_LABEL) + r")\s*[:：]")
_VERB_END = re.compile("(?:" + _VERB.pattern + r")\s*$")


def _ends_with_verb(text: str) -> bool:
    """_VERB_END.search(text), skipped when the last character cannot end a verb; or a role given as a label
    (市X局为牵头单位), which ends a list as a verb does. A verb given a role only after a body's name (监管, 监督, 组织)
    closes a clause of units only right after one (医务部监管): after work (做好油烟监管) or joined to work before it
    (县X局负责资金拨付和监管) it is the last word of that work."""
    if text.rstrip()[-1:] in _VERB_LAST and (end := _VERB_END.search(text)) is not None:
        return (end.group(1) or "") not in lx.VERBS_AFTER_A_NAME or _name_before(text[: end.start(1)])
    return _role_as_label(text) is not None


_NAME_REACH = 40


def _name_before(text: str) -> bool:
    """Whether `text`, manner words aside, ends in a body's name: its last piece after 、 is one (县甲局、县乙局)."""
    text = _MANNER_TAIL.sub("", text.strip()[-_NAME_REACH:])  # (a name and its manner words are short: linear)
    if not text or text.endswith(lx.WORK_JOINERS):
        return False  # 负责资金拨付和(监管): work joined to the next piece of work
    if unit_like(depth_zero_split(text, "、，,")[-1][1].strip().removeprefix(lx.AGENT_MARK)):
        return True
    # 由X牵头(起草), 市X办组织督导组开展(督导): a verb before it leaves the clause to the readers of verbs and their work
    return _VERB.search(text) is not None


# A sentence that starts by telling someone to act (督促企业负责), or with a preposition of the task's wording
# (对…实行…分阶段办理), is a task, not a list of units.
_ACTION_START = re.compile("^(?:" + "|".join(lx.ACTION_STARTS + lx.TASK_PREPOSITIONS) + ")")


def _is_verb_sentence(groups: tuple[_Group, ...], sentence: str) -> bool:
    """Every clause a list of units ending in its verb, nothing else: then the sentence is an annotation."""
    if any(g.has_label or g.note or g.deadlines for g in groups):
        return False
    names = [n for g in groups for n in g.names_seen]
    clauses = [c.strip() for _, c in depth_zero_split(sentence, ",，")]
    if _closed_by_partners(sentence):
        clauses = clauses[:-1]  # X牵头，会同Y、Z等部门: the partners' clause closes it with no verb of its own
    # …，市财政局做好资金保障: the last body's own part closing the owners' clauses (_units_at_their_own_work)
    closing = (clauses[-1] if len(clauses) > 1 and _ends_with_verb(clauses[-2])
               and _units_at_their_own_work(clauses[-1], after_agent=True) else "")
    if closing:
        clauses = clauses[:-1]
    at_own_work = _bodies_at_their_own_work(groups, clauses, closing)
    if at_own_work is None:
        return False  # 市X局组织督导组开展督导: a body and its work with no role verb is the task's own sentence
    # 由县甲中心牵头，网安、刑侦大队配合 / 城关、城东派出所负责: a clause listing sibling bodies with their shared head
    # written on the last name only vouches for its short pieces as in a bracket (_short_named_bodies, the same rule)
    short_named = _short_named_bodies(sentence)
    # (由X牵头，A、B，各乡镇人民政府参加): a comma may part kinds of members inside one list before its verb; such a
    # clause is names alone, and a clause after it ends in the verb
    return (bool(names) and bool(clauses) and _ends_with_verb(clauses[-1])
            and all(_ends_with_verb(c) or _names_alone(c) or _short_names_alone(c, short_named) or c in at_own_work
                    for c in clauses)
            and all((unit_like(n) or n in short_named) and not _ACTION_START.match(n)
                    and (not n.endswith("企业") or _enterprises_after_the_first_clause(n, sentence))
                    and not _SETTING_UP.search(n) for n in names))


def _bodies_at_their_own_work(groups: tuple[_Group, ...], clauses: list[str], closing: str = "") -> set[str] | None:
    """The clauses of a units' sentence where a body is at its own work with no role verb ('县财政局保障经费' in
    县甲局抓总，县财政局保障经费，城区两镇具体实施): a plan's prose shares a task so, clause by clause, as it does in
    brackets (the body named with its work answers for it). Only a middle clause, between a first and a last clause
    closed by role verbs, whose body opens with a level word or 各 (县X局, 各乡镇): such a clause alone, or first or
    last (市X局组织督导组开展督导 / X牵头，Y加强监管), is the task's own sentence. None when a body at its work stands
    anywhere else. `closing`: the last clause, a body's own part read apart (_units_at_their_own_work); its body is
    not looked for among the others."""
    working = [n for g in groups for n in g.own_work if not (closing and closing.startswith(n))]
    if not working:
        return set()
    if len(clauses) < 3 or not (_ends_with_verb(clauses[0]) and _ends_with_verb(clauses[-1])):
        return None
    middle = {c for c in clauses[1:-1] if not _ends_with_verb(c) and any(
        c.startswith(n) and n.startswith(lx.LOCALITY_KINDS + ("各",)) and unit_like(n, strict=True) for n in working)}
    if not all(any(c.startswith(n) for c in middle) for n in working):
        return None
    return middle


# 辖区重点企业 / 各企业 / 辖区各企业: the enterprises of the ground named all at once (lexicon.ENTERPRISE_COLLECTIVE_*);
# one of the words before 企业 at least (企业 alone is a kind, no body named)
_ENTERPRISE_COLLECTIVE = re.compile("(?!企业$)(?:" + lx.alternation(lx.ENTERPRISE_COLLECTIVE_GROUNDS) + ")?(?:"
                                    + lx.alternation(lx.ENTERPRISE_COLLECTIVE_WORDS) + ")?企业")


def _enterprises_after_the_first_clause(name: str, sentence: str) -> bool:
    """'辖区重点企业' in '由镇X办负责，各村、辖区重点企业落实': the enterprises of the ground named all at once, in a clause
    after the sentence's first one (the agent's), are bodies carrying the work out; as the first clause's subject
    (企业负责…) they are the task's words."""
    if not _ENTERPRISE_COLLECTIVE.fullmatch(name):
        return False
    first = depth_zero_split(sentence, ",，")
    first_end = first[0][0] + len(first[0][1]) if len(first) > 1 else len(sentence)
    return sentence.find(name) >= first_end


# an enterprise collective is a short name: its kind and a few words before it (市属国有企业, 规上工业企业)
_ENTERPRISE_COLLECTIVE_MAX = 10


def _enterprises_named_at_once(name: str) -> bool:
    """有关企业 / 龙头企业 / 市属国有企业: the enterprises of a kind named all at once (ending in 企业, lexicon.
    NOT_GROUND_ENDINGS: a kind of body, no ground), some word before the kind (企业 alone names no one)."""
    core = strip_trailing_brackets(name)
    ending = next((e for e in lx.NOT_GROUND_ENDINGS if core.endswith(e)), "")
    return (bool(ending) and len(ending) < len(core) <= _ENTERPRISE_COLLECTIVE_MAX and unit_like(name)
            and not _CLAUSE_WORD.search(core) and not _VERB.search(core))


def _bodies_with_enterprises(names: list[str]) -> bool:
    """（市市场监管局、市科技局、有关企业） / （市国资委、市属国有企业）: 推进计划 and 工作要点 close a task with the bodies
    doing the work, and name the enterprises among them where enterprises carry it out too. Every other name is a
    body's, written whole (unit_like, strict), and one at least: the bracket then lists who does the work, the
    enterprises with the rest (they keep their place in it, so a positional rule reads them as any other name).
    A bracket of enterprises alone (（重点企业）, （有关企业、龙头企业）) names no body of the government answering for the
    task: it says which enterprises the task is about (its words), not its units, and stays unread."""
    enterprises = [_enterprises_named_at_once(n) for n in names]
    return (any(enterprises) and not all(enterprises)
            and all(e or unit_like(n, strict=True) for n, e in zip(names, enterprises)))


def _names_alone(clause: str) -> bool:
    """A clause that is a list of bodies' names and nothing else (县红十字会、县人民医院)."""
    pieces = [p.strip() for _, p in depth_zero_split(clause, "、")]
    return bool(pieces) and all(p and unit_like(p, strict=True) for p in pieces)


def _short_names_alone(clause: str, short_named: set[str]) -> bool:
    """A clause that is a list of bodies written short under a shared head (网安、经侦大队: _short_named_bodies found
    its pieces) and nothing else."""
    pieces = [p.strip() for _, p in depth_zero_split(clause, "、")]
    return len(pieces) > 1 and all(p in short_named for p in pieces)


# 依法在企事业单位建立工会组织。: a sentence telling someone to set a body up, not a body that organises
_SETTING_UP = re.compile("|".join(lx.SETTING_UP_WORDS))


# what parts the names of a names line: 、 and commas, and runs of spaces or U+3000 (市甲局　　市乙局)
_NAMES_LINE_PARTING = "、，, \u3000"
SENTENCE_CLOSED = "。！!？?；;"  # what closes a task's sentence before a line of its units' names (outline too)
# a unit label inside a piece (考核指标及责任单位): a table's caption or a column's header, not a body's name
_LABEL_WORD = re.compile(lx.UNIT_LABEL)


def bare_names_line(line: str) -> list[str] | None:
    """The names of a line that is bodies' names alone (市甲局　　市乙局　　市丙局 / 市甲局、市乙局 / 市甲局), else None.

    若干措施 and 实施方案 printed from Word often set each measure's units as a paragraph of their own under it, told
    apart from the measure only by typography (楷体, right-aligned, a smaller size): in text the line is just names,
    parted by spaces, U+3000 or 、, with no label, bracket or verb. Every piece must be a body's name written whole
    (unit_like, strict; a trailing 等 closing the list is the list's), and the line no colophon (抄送：…), no date,
    no numbered heading, no label, not a caption naming one (考核指标及责任单位): those are lines ending as names
    do, but not a measure's units."""
    line = line.strip()
    if not line or len(line) > _NAMES_LINE_MAX or COLOPHON.match(line) or label_of(line) is not None:
        return None
    pieces = [p.strip() for _, p in depth_zero_split(line, _NAMES_LINE_PARTING)]
    pieces = [p for p in pieces if p]
    if not pieces:
        return None
    checked = pieces[:-1] + [pieces[-1][:-1] if pieces[-1].endswith("等") else pieces[-1]]
    if not all(p and unit_like(p, strict=True) and not _LABEL_ONLY.match(p) and not _LABEL_AHEAD.match(p)
               and not _VERB_END.search(p) and not _CLAUSE_WORD.search(p) and not _LABEL_WORD.search(p)
               for p in checked):
        return None
    return pieces


class NamesLineClosingTask(Finder):
    """A numbered task's paragraph, then a line of bodies' names alone (市甲局　　市乙局): the task's units.

    See bare_names_line for how such a line is printed. Read only as the last line of a task's text whose words
    before it end with a sentence end (…给予奖励。 / 市甲局　　市乙局): a line of names in the middle of the task's
    words, or run on from an unfinished sentence, is the sentence's own. The signature after a notice (its office
    over its date) and the 抄送 line are no task's last line of names (the date, a label), and the outline keeps a
    line of names closing the whole text out of the last task. No role is written: the units are responsible, or
    take the role the plan's positional rule gives them (排在第一位的为牵头单位, rules.py), as a bracket's would.
    """

    def candidates(self, text: str, spans) -> list[tuple[int, int, str]]:
        at = text.rfind("\n")
        if at < 0 or text[:at].rstrip()[-1:] not in SENTENCE_CLOSED:
            return []
        start = at + 1 + (len(text[at + 1:]) - len(text[at + 1:].lstrip()))
        pieces = bare_names_line(text[at + 1:])
        if pieces is None:
            return []
        return [(start, len(text.rstrip()), "、".join(pieces))]

    def accepts(self, groups, text: str, start: int, end: int, inner: str) -> bool:
        names = [n for g in groups for n in g.names_seen]
        return bool(names) and not any(g.has_label or g.has_verb or g.unknown or g.people for g in groups)

    def written(self, text: str, start: int, end: int, inner: str) -> str:
        return text[start:end].strip()


# The ways an annotation is written, each a class above with the phenomenon it handles.
class OfficeSeatSentence(Finder):
    """办公室设在县X局。 / 办公室设在县X局，承担…日常工作。: a sentence opening with the bare office word and where the office
    sits (lexicon.OFFICE_SEAT_OPENINGS), in the block of a 议事协调机构 whose heading names it: the department hosting the
    office carries the body's work, responsible. Only at a sentence's opening, the office word bare: a named office
    (领导小组办公室设在…) is a plan's own set-up, no duty. Read out of the task's sentences (in_running_text), so it
    makes no item a task of its own."""

    in_running_text = True
    _SEAT = re.compile(r"(?:^|(?<=[。；;\n]))[ \t\u3000]*(?:" + lx.alternation(lx.OFFICE_SEAT_OPENINGS)
                       + r")([^，,。；;：:\n]{2,40})(?=[，,。；;\n]|\Z)")

    def candidates(self, text: str, spans) -> list[tuple[int, int, str]]:
        return [(m.start(1), m.end(1), m.group(1)) for m in self._SEAT.finditer(text)
                if depth_at(text, m.start(1)) == 0]

    def accepts(self, groups, text: str, start: int, end: int, inner: str) -> bool:
        names = [n for g in groups for n in g.names_seen]
        return (len(names) == 1 and not any(g.has_label or g.note for g in groups)
                and all(unit_like(n) for n in names))


ANNOTATION_FINDERS = (BracketedLabel(), BracketedNote(), LabelledRun(), SpacedLabelLine(), ChangedUnits(), VerbSentence(),
                      AgentWithAction(), SubjectWithPartners(), ModalSubjectWithPartners(), ClosingClauses(), DashedUnits(),
                      SubjectClauses(), NamesLineClosingTask(), OfficeSeatSentence())
# the same for a line standing alone after a task's lines (read_task(alone=True))
# less ModalSubjectWithPartners: X要会同Y… names a task's units only in the plan's own reading of its tasks, task by
# task beside units named apart (read_task(units_apart=True), asked only of a task's text); a line read alone (a units'
# line under a task, a 职责分工 piece after its number, a duty block's lead) that tells a body what to do with whom is a
# requirement, not units written apart, and is read with it no more than read_task(units_apart=False) would
ANNOTATION_FINDERS_ALONE = (BracketedLabel(), BracketedNote(), LabelledRun(), SpacedLabelLine(), ChangedUnits(),
                            VerbSentence(first_sentence=True), AgentWithAction(), SubjectWithPartners(), ClosingClauses(),
                            DashedUnits(), SubjectClauses())


# Words of a sentence rather than of a name: (重大风险隐患报主管和监管部门) says what to do.
_CLAUSE_WORD = re.compile(r"报(?!社|刊)|[向将把须请]")
_BOUNDARY_BEFORE = re.compile(r"(?:^|[。；;！!？?\n])\s*$")
_BOUNDARY_AFTER = re.compile(r"^\s*(?:$|[。；;\n])")
_WINDOW = 64  # characters either side of a bracket where a sentence boundary is looked for
# a proposal's title (关于…的提案 / 的建议 / 的议案) taking a whole line, its label at most before it: 提案 / 建议 lists print
# who raised each proposal in a bare bracket after its title (a party committee, a people's organisation, a member,
# a committee of the 政协), as their tables print a 提案者 / 领衔代表 column beside the handling units
_PROPOSAL_TITLE = re.compile(r".{0,24}?关于[^\n。；;！!？?]{1,100}的(?:" + lx.alternation(lx.PROPOSAL_KINDS) + r")\s*$")


def _closes_a_proposal_title(text: str, start: int) -> bool:
    """Does the bracket at `start` close the title of a proposal, a line of its own up to the bracket?"""
    line_start = text.rfind("\n", 0, start) + 1
    return start - line_start <= 130 and _PROPOSAL_TITLE.match(text, line_start, start) is not None


def _is_annotation(groups: tuple[_Group, ...], text: str, start: int, end: int, bare: bool) -> bool:
    names = [n for g in groups for n in g.names_seen]
    if any(g.joined_by_wei for g in groups) and not (all(unit_like(n) for n in names)
                                                     and not any(g.own_work for g in groups)):
        return False  # 责任单位为各乡镇提供资金支持: a sentence about the units, not a label and its names
    if any(g.has_label for g in groups):
        return bool(names) or any(g.deadlines for g in groups)
    if bare or not names:
        return False
    if _PERSON_BEFORE.search(text[max(0, start - 40) : start]) and not any(g.has_verb for g in groups):
        # 包联领导：周某（县委常委、宣传部部长）, 包联干部：陈某（县X局副局长）: the person's post, not units; a post gives no
        # role, so a bracket reading one (分管省领导：孙某 / （省甲厅牵头，省乙厅配合）, the leader's line set above the
        # task's units and run into them) is the task's units
        return False
    if any(g.has_verb for g in groups):
        # judged clause by clause: a clause of short names sharing a head (县发改、工信等部门负责) names bodies as
        # surely as one of full names, so it does not sink a full-named lead in another clause (X局牵头，…配合)
        short_named = _short_named_bodies(_bracket_content(text, start, end))
        like = sum(unit_like(n) or n in short_named for n in names)
        return like > 0 and like * 2 >= len(names)
    if _closes_a_proposal_title(text, start):
        return False  # 关于…的提案（九三学社市委）: who raised the proposal, not who handles it
    # a window, not text[:start]: a task written without line breaks may hold thousands of brackets
    at_boundary = _BOUNDARY_BEFORE.search(text[max(0, start - _WINDOW) : start]) or _BOUNDARY_AFTER.match(text[end : end + _WINDOW])
    # (a body's own name, 市财政局, not a kind of station: 实践中心（所、站）)
    listed = len(names) >= 2 and all(len(n) >= 3 for n in names) and (
        all(unit_like(n, strict=True) for n in names) or _bodies_with_enterprises(names))
    if not at_boundary or (unit_like(text[max(0, start - 8) : start]) and not listed):
        # 政府(管委会): another name for the body just written, not a list of units; but a list of two bodies or more
        # after a task's words that end as a body's name does (推动高频事项打包办（A、B）) is the task's units
        return False
    if any(_CLAUSE_WORD.search(n) for n in names):
        return False
    if any(_ACTION_START.match(n) or n.startswith(lx.NOT_A_NAME_STARTS) for n in names):
        return False  # 【强化督查督办】 / （规范便民服务中心）: a heading's verb and its object, which may end as a body does
    return (all(unit_like(n, strict=True) for n in names) or _bodies_with_enterprises(names)
            or _trailing_localities(names, text[start:end]) or _domains_sharing_a_head(names))


_SHORT_DOMAIN = re.compile(r"^[\u4e00-\u9fff]{2,6}$")  # a domain of two to six Han characters (教育, 卫生健康)


def _bracket_content(text: str, start: int, end: int) -> str:
    """The span's content without its own brackets, when it is a bracket."""
    if text[start : start + 1] in OPENERS and text[end - 1 : end] in CLOSERS:
        return text[start + 1 : end - 1]
    return text[start:end]


def _short_named_bodies(content: str) -> set[str]:
    """The pieces of every clause of `content` that lists bodies by short names under a role verb (see
    _short_named_list); each clause judged alone, or with the verb of the list it opens (_verb_closing_the_list)."""
    clauses = [clause.strip() for _, clause in depth_zero_split(content, ",，")]
    return {piece for k, clause in enumerate(clauses)
            for piece in _short_named_list(clause) or _short_named_list(clause + _verb_closing_the_list(clauses[k:]))}


def _verb_closing_the_list(clauses: list[str]) -> str:
    """The role verb closing the list of members that the first of `clauses` opens with no verb of its own, else "".

    A comma may part kinds of members inside one list before its verb (由县公安局刑侦大队牵头，网安、经侦大队，各派出所
    配合): the short-named siblings (网安、经侦大队) are under the verb of the next clause as much as 各派出所 is. Only
    when the next clause is names alone before its verb (各派出所配合): a clause with work of its own (做好宣传) closes
    no list of the clause before it."""
    if (len(clauses) < 2 or len(clauses[1]) > _SHORT_LIST_MAX or _ends_with_verb(clauses[0])
            or not _ends_with_verb(clauses[1])):
        return ""
    verb = _VERB_END.search(clauses[1])
    if verb is None or not _names_alone(clauses[1][: verb.start()].strip()):
        return ""
    return clauses[1][verb.start():]


_SHORT_LIST_MAX = 60  # characters: a clause of short names and its verb is short, so the search at its end stays cheap


def _short_named_list(clause: str) -> list[str]:
    """（县发改、工信、商务等部门按职责分工负责） / （县住建、交通运输、水利局负责） / （县人社、教育、卫健等部门配合）:
    county and city 分工 write their units short, the domain alone (发改, 工信, 卫健), the level word only on the first
    piece and the head (局, 部门) only on the last or in the 等部门 closing the list. Such a clause names bodies when a
    role verb closes it, every piece is a short run of words (or a body's name) with no clause word, and the list is
    marked as one of bodies: a head shared after its last piece (等部门 / 等单位, or a last piece ending as a body's
    name, 水利局). Each piece is read as written (house rule); a prose bracket ending in a verb (加强监督、检查等工作负责) has neither mark.
    Returns the pieces, or nothing."""
    if len(clause) > _SHORT_LIST_MAX or not _ends_with_verb(clause):
        return []
    verb = _VERB_END.search(clause)
    listed = clause[: verb.start()].strip().removeprefix(lx.AGENT_MARK) if verb else ""
    shared_after = listed.endswith(_SHARED_HEAD) and "等" in listed and bool(TRAILING_QUALIFIER.search(listed))
    pieces = [p.strip() for _, p in depth_zero_split(drop_trailing_qualifier(listed) if shared_after else listed, "、")]
    if len(pieces) < 2 or not all(_short_name_or_body(p) for p in pieces):
        return []
    # (a level word on the first piece alone marks no list: 县城建设、集镇改造 open as 县发改 does; nor does a last piece
    # that is a body's ending alone, 部门 / 政府, with no name of its own before the head it would share: 坚持属地管理、
    # 部门负责 is a principle's wording)
    return pieces if shared_after or (unit_like(pieces[-1], strict=True) and pieces[-1] not in lx.UNIT_ENDINGS) else []


def _short_name_or_body(piece: str) -> bool:
    """A body's name, or a domain written short (工信, 交通运输) that is no word of the task's wording. A piece closed by
    a role verb of its own (坚持政府主导、学校主体、家校社协同: a principle's clauses, each its subject and verb) is a
    clause, no domain."""
    if unit_like(piece, strict=True):
        return True
    return (bool(_SHORT_DOMAIN.match(piece)) and not _CLAUSE_WORD.search(piece) and not _ACTION_START.match(piece)
            and not piece.startswith(lx.NOT_A_NAME_STARTS) and not _ends_with_verb(piece))


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
    After 、 the localities count as well where they are written as a collective with its own bracket
    （镇派出所、各村（社区））: a name's bracket of alternatives (市、区) holds bare level words, never 各… nor a
    bracket inside it, so the list cannot be part of a name.
    """
    bodies = [unit_like(n, strict=True) for n in names]
    k = bodies.index(False)
    if k == 0 or any(bodies[k:]) or not all(unit_like(n) for n in names[k:]):
        return False
    last_body = written.find(names[k - 1]) + len(names[k - 1])
    first_place = written.find(names[k], last_body)
    if first_place <= last_body:
        return False
    # 各村（社区） / 各街道: 各 opens a collective of localities (COLLECTIVE_STARTS), which no name's bracket of
    # alternatives holds, with or without its own bracket of the other kind it covers
    collective = names[k].startswith(lx.EACH)
    return any(c in written[last_body:first_place] for c in "，,") or collective


def assigns_by_clause_subjects(text: str) -> bool:
    """Is some sentence of a task a run of `；` clauses that each open with the body doing its part (镇防汛办加强值班值守；
    镇水利站对病险山塘加密巡查；镇卫生院、镇供电所做好医疗保障。)? Emergency plans write each response level (Ⅳ级应急
    响应…) and many town plans their measures so: the sentence states who does what, as minutes do, and its clause
    subjects are the task's units (SubjectClauses). At least two clauses open with bodies named whole, the first of
    each list with a level word or 各 (镇X办, 县X局, 各村（社区）: a registry's name, not a kind of place or an object
    such as 学校食堂 written first), and at most one clause does not (a trigger or a leader's clause among them)."""
    for _, sentence in depth_zero_split(text, "。\n"):
        clauses = [c.strip() for _, c in depth_zero_split(sentence, "；;") if c.strip()]
        opened = sum(_opens_with_a_level_body(c) for c in clauses)
        if opened >= 2 and len(clauses) - opened <= 1:
            return True
    return False


def _opens_with_a_level_body(clause: str) -> bool:
    """Does the clause open (after 由 / 请 …) with bodies' names, the first with a level word or 各, then their verb?
    A clause may write one case first and the body acting on it after 由 (区X局要每月通报进度；对进度滞后的项目，由区Y办
    挂牌督办): that body does the clause's step as surely as one opening it (as opening_subjects reads a task's
    opening); its verb may be any (挂牌督办, 予以通报), 由 already says it is the agent."""
    opener = next((o for o in lx.CLAUSE_SUBJECT_OPENERS if clause.startswith(o)), "")
    first = depth_zero_split(clause[len(opener):], ",，")
    if not first:
        return False
    if not opener and len(first) > 1 and _a_case_clause(first[0][1].strip()):
        agent = first[1][1].strip()
        if not agent.startswith(lx.AGENT_MARK):
            return False
        agent = agent[len(lx.AGENT_MARK):]
        read = _subject_and_verb(agent)
        names = read[0] if read else _partners_named(agent)
        return bool(names) and names.startswith(lx.LOCALITY_KINDS + ("各",))
    read = _subject_and_verb(first[0][1].strip())
    return read is not None and read[0].startswith(lx.LOCALITY_KINDS + ("各",))


def _a_case_clause(clause: str) -> bool:
    """对进度滞后的项目: the case a step applies to (对…的…), written before the body acting on it."""
    return clause.startswith(lx.CASE_CLAUSE_OPENER) and lx.CASE_CLAUSE_MARK in clause[len(lx.CASE_CLAUSE_OPENER):]
