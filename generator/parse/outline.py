"""Plan text -> outline: preamble, sections, (一) groups, numbered tasks with their continuation lines, closings.

Which numbering style marks sections, groups and tasks is decided per plan
from the styles it uses (一、 > (一) > 1. > (1) > ①) and whether their lines
read as short headings or as task paragraphs, so a two-level plan (一、 -> 1.),
a three-level one (一、 -> (一) -> 1.) and a 一、 -> (一) plan all parse.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..model import Group, Plan, Section, Task
from .numbering import STYLES, Label

_TERMINAL = re.compile(r"[。！？!?；;)）〕】」』”》]\s*$")
_HEADING_MAX = 40
# A line that starts with a responsibility or deadline label (牵头单位: …) belongs to the task above it.
_LABEL_LINE = re.compile(r"^(?:牵头|配合|协同|协办|参与|主要参与|责任|主责|落实|实施)(?:责任)?(?:单位|部门)\s*[:：]|^(?:完成时限|完成时间|时间节点|时限要求)\s*[:：]")


@dataclass
class Line:
    number: int  # source line number
    text: str  # stripped
    label: Label | None
    indent: int = 0  # characters before `text` in the source line


def source_map(task: Task) -> list[tuple[int, int, int]]:
    """(offset in Task.text, source line, column of that offset in the line) for each line the text came from."""
    return task.__dict__.setdefault("_source_map", [])


@dataclass
class Levels:
    section: str | None
    group: str | None
    task: str | None


def heading_like(label: Label) -> bool:
    rest = label.rest.strip()
    return len(rest) <= _HEADING_MAX and "。" not in rest.rstrip("。")


def _headings(labels: list[Label]) -> float:
    return sum(heading_like(lb) for lb in labels) / len(labels)


def _by_style(lines: list[Line]) -> dict[str, list[Label]]:
    by_style: dict[str, list[Label]] = {}
    for ln in lines:
        if ln.label:
            by_style.setdefault(ln.label.style, []).append(ln.label)
    return by_style


def section_style(lines: list[Line]) -> str | None:
    """The style of section heads: 一、 when present (and short), else an outer style of short headings."""
    by_style = _by_style(lines)
    order = [s for s in STYLES if s in by_style]
    if order and (order[0] == "cn" or (len(order) > 1 and _headings(by_style[order[0]]) >= 0.8)):
        if _headings(by_style[order[0]]) >= 0.5:
            return order[0]
    return None  # long 一、 paragraphs are tasks, not sections


def inner_levels(lines: list[Line], outer: str | None) -> Levels:
    """Group and task styles among the lines of one section (or of a plan without sections)."""
    by_style = _by_style(lines)
    order = [s for s in STYLES if s in by_style and s != outer]
    if outer:
        order = order[order.index(outer) + 1 :] if outer in order else [s for s in order if STYLES.index(s) > STYLES.index(outer)]
    group = task = None
    if len(order) > 1 and _headings(by_style[order[0]]) >= 0.8:
        group = order.pop(0)
    if order:
        task = order[0]
    return Levels(outer, group, task)


def build_outline(plan: Plan, lines: list[Line]) -> None:
    """Fill plan.preamble, sections, groups, tasks and closings from the plan's lines (title line excluded)."""
    outer = section_style(lines)
    chunks = _chunks(lines, outer)
    walker = _Walker(plan)
    for chunk in chunks:
        levels = inner_levels(chunk, outer)
        structural = [i for i, ln in enumerate(chunk) if ln.label and ln.label.style in (levels.group, levels.task)]
        for i, ln in enumerate(chunk):
            k = bisect_right(structural, i)  # the next structural line (a scan from the start was quadratic)
            nxt = chunk[structural[k]] if k < len(structural) else None
            walker.feed(ln, nxt, levels, is_last_chunk=chunk is chunks[-1])
    walker.finish()


def _chunks(lines: list[Line], outer: str | None) -> list[list[Line]]:
    """The lines of each section (the first chunk is the preamble when sections exist)."""
    chunks: list[list[Line]] = [[]]
    for ln in lines:
        if outer and ln.label and ln.label.style == outer:
            chunks.append([])
        chunks[-1].append(ln)
    return chunks if chunks[0] else chunks[1:]


class _Walker:
    def __init__(self, plan: Plan):
        self.plan = plan
        self.levels = Levels(None, None, None)
        self.last_chunk = False
        self.section: Section | None = None
        self.group: Group | None = None
        self.task: Task | None = None
        self.closing = False
        # text fields growing line by line, joined once in finish(): a string rebuilt on every line was
        # quadratic in a plan of many lines (obj id, field) -> [obj, field, parts, length]
        self.pending: dict[tuple[int, str], list] = {}

    def _add(self, obj, name: str, text: str, sep: str) -> None:
        """obj.name += sep + text (no sep while the field is empty), in amortised constant time."""
        entry = self.pending.get((id(obj), name))
        if entry is None:
            current = getattr(obj, name)
            entry = self.pending[(id(obj), name)] = [obj, name, [current], len(current)]
        if entry[3] and sep:
            entry[2].append(sep)
            entry[3] += len(sep)
        entry[2].append(text)
        entry[3] += len(text)

    def _length(self, obj, name: str) -> int:
        entry = self.pending.get((id(obj), name))
        return entry[3] if entry else len(getattr(obj, name))

    def _last_char(self, obj, name: str) -> str:
        """The field's last character that is not whitespace ('' when none)."""
        entry = self.pending.get((id(obj), name))
        parts = entry[2] if entry else [getattr(obj, name)]
        for part in reversed(parts):
            if part.rstrip():
                return part.rstrip()[-1]
        return ""

    def finish(self) -> None:
        for obj, name, parts, _ in self.pending.values():
            setattr(obj, name, "".join(parts))
        self.pending.clear()

    def feed(self, ln: Line, nxt: Line | None, levels: Levels, is_last_chunk: bool) -> None:
        self.levels, self.last_chunk = levels, is_last_chunk
        style = ln.label.style if ln.label else None
        if style and style == self.levels.section:
            self._open_section(ln)
        elif style and style == self.levels.group:
            self._open_group(ln)
        elif style and style == self.levels.task and (self.section or not self.levels.section):
            self._open_task(ln)
        else:
            self._paragraph(ln, nxt)

    def _open_section(self, ln: Line) -> None:
        raw = ln.label.text
        number = raw.strip("、.．()（） ")
        self.section = Section(number=number, title=_heading_title(ln.label.rest), label=raw,
                               heading=ln.label.rest.strip(), line=ln.number)
        self.plan.sections.append(self.section)
        self.group = self.task = None
        self.closing = False

    def _ensure_section(self) -> Section:
        if self.section is None:
            self.section = Section(number="", title="", line=0)
            self.plan.sections.append(self.section)
        return self.section

    def _open_group(self, ln: Line) -> None:
        self.group = Group(label=ln.label.text, title=_heading_title(ln.label.rest), text=ln.label.rest.strip(), line=ln.number)
        self._ensure_section().groups.append(self.group)
        self.task = None
        self.closing = False

    def _open_task(self, ln: Line) -> None:
        text = ln.label.rest.strip()
        self.task = Task(id="", number=ln.label.number, label=ln.label.text, title="", text=text, line=ln.number,
                         group=self.group.label if self.group else "")
        skipped = len(ln.text) - len(ln.label.rest) + len(ln.label.rest) - len(ln.label.rest.lstrip())
        source_map(self.task).append((0, ln.number, ln.indent + skipped))
        self._ensure_section().tasks.append(self.task)
        self.closing = False

    def _paragraph(self, ln: Line, nxt: Line | None) -> None:
        text = ln.text
        if self.task is None:
            if self.section is None:
                self._add(self.plan, "preamble", text, "\n")
            elif self.group is not None:
                self._add(self.group, "text", text, "\n")
            else:
                self._add(self.section, "intro", text, "\n")
            return
        if not self.closing:
            # the last character only: a $-anchored search scanned the whole growing task text on every line
            if not _TERMINAL.search(self._last_char(self.task, "text")) and not _LABEL_LINE.match(text):
                self._continue(ln, "")  # the source broke the line mid-sentence (or mid-word)
                return
            ends_section = nxt is None  # only the last words of a section close it; a group heading does not
            if not ends_section or ln.label or _LABEL_LINE.match(text) or _has_annotation(text):
                self._continue(ln, "\n")
                return
            self.closing = True
        if nxt is None and self.last_chunk:  # nothing numbered follows: the plan's own closing words
            self._add(self.plan, "closing", text, "\n")
        else:
            self._add(self.section, "closing", text, "\n")


    def _continue(self, ln: Line, sep: str) -> None:
        self._add(self.task, "text", sep, "")
        source_map(self.task).append((self._length(self.task, "text"), ln.number, ln.indent))
        self._add(self.task, "text", ln.text, "")


def _has_annotation(text: str) -> bool:
    from .annotations import read_task

    return bool(read_task(text).assignments)


def _heading_title(rest: str) -> str:
    """'总体要求。以习近平…' -> '总体要求': a heading's title ends at its first 。."""
    rest = rest.strip()
    at = rest.find("。")
    return rest if at < 0 else rest[:at]
