"""An outline carried only by bullet shapes, read from the shapes across the whole document.

A 工作要点 copied from Word keeps its list markers as characters (● ▲ ◆ ➢ Ø -) but loses its bold and its automatic
numbers: the shapes are all the outline it has left. Every shape reads as the one `bullet` style, so the reader saw a
single flat run of bullets. Yet the office used each shape for one level: a shape whose every line is a short title
naming no unit, each standing right over a bullet of another shape, heads a group (◆ 食品安全 over ● 压紧…（X负责）);
a shape whose lines all follow a lead-in bullet ending in ： and name no unit sets out that task's points (● 深化信用
监管。重点做好以下工作： / Ø 全面推行… / Ø 推进…); the other shapes hold the tasks. Where the plan prints no number
on any heading, a plain short line (the bold lost) standing right over a task or group bullet is a section heading.
`read_bullet_shapes` relabels the lines so: group heads as （一） groups and section heads as 一、 sections, both with
no printed number, the points as text of their task.
"""
from __future__ import annotations

from collections import defaultdict

from ..words.labels import UNNUMBERED, Label
from .lines import LABEL_LINE, Line, has_annotation

_HEAD_MAX = 30  # a group's or section's name (特种设备和工业产品质量安全), not a sentence
_SENTENCE_MARKS = "。；;，,：:！？!?"
# a section's name may pair two phrases with a comma (优化营商环境，激发经营主体活力), a sentence's other marks never
_SECTION_MARKS = "。；;：:！？!?"
_LEAD_IN_ENDS = ("：", ":")


def _shape(ln: Line) -> str | None:
    return ln.label.text if ln.label is not None and ln.label.style == "bullet" else None


def _short_title(text: str, marks: str = _SENTENCE_MARKS) -> bool:
    """A short line with no sentence mark and no units: a title (食品安全), not a task's sentence."""
    text = text.strip()
    return (0 < len(text) <= _HEAD_MAX and not any(mark in text for mark in marks)
            and not has_annotation(text) and not LABEL_LINE.match(text))


def _bullet_items(lines: list[Line]) -> list[tuple[int, int]]:
    """(start, end) of each bullet item: its line and the unlabelled lines under it."""
    items = []
    for i, ln in enumerate(lines):
        if _shape(ln) is not None:
            end = next((j for j in range(i + 1, len(lines)) if lines[j].label is not None), len(lines))
            items.append((i, end))
    return items


def _text(lines: list[Line], item: tuple[int, int]) -> str:
    return "".join(ln.text for ln in lines[item[0]:item[1]])


def _next_label(lines: list[Line], item: tuple[int, int]) -> Line | None:
    return lines[item[1]] if item[1] < len(lines) else None


def _head_shapes(lines: list[Line], by_shape: dict[str, list[tuple[int, int]]], task_shapes: set[str]) -> set[str]:
    """Shapes whose two or more items are each one short title standing right over a task bullet of another shape."""
    heads = set()
    for shape, items in by_shape.items():
        if len(items) < 2 or shape in task_shapes:
            continue
        if all(b - a == 1 and _short_title(lines[a].label.rest) and (nxt := _next_label(lines, (a, b))) is not None
               and _shape(nxt) in task_shapes for a, b in items):
            heads.add(shape)
    return heads


def _point_shapes(lines: list[Line], items: list[tuple[int, int]]) -> set[str]:
    """Shapes whose every run of items follows a bullet of another shape ending in ： (a lead-in) and names no unit on
    its own lines (the lead-in's label lines, 牵头科室：…, may follow the last point)."""
    shapes: dict[str, bool] = {}
    for k, (a, b) in enumerate(items):
        shape = _shape(lines[a])
        own = "".join(ln.text for ln in lines[a:b] if not LABEL_LINE.match(ln.text))
        before = items[k - 1] if k else None
        joined = before is not None and before[1] == a
        if joined and _shape(lines[before[0]]) == shape:
            ok = True  # a later point of the run
        else:
            ok = joined and _text(lines, before).rstrip()[-1:] in _LEAD_IN_ENDS
        shapes[shape] = shapes.get(shape, True) and ok and not has_annotation(own)
    return {shape for shape, ok in shapes.items() if ok}


def _task_shapes(lines: list[Line], by_shape: dict[str, list[tuple[int, int]]]) -> set[str]:
    """Shapes at least half of whose items name their units."""
    return {shape for shape, items in by_shape.items()
            if 2 * sum(has_annotation(_text(lines, item)) for item in items) >= len(items)}


def _section_heads(lines: list[Line], holders: set[str]) -> list[int]:
    """Plain short lines standing right over a bullet of a task or head shape, after the first such bullet's title
    (a notice's and the plan's own title lines stand over no bullet)."""
    heads = []
    for i, ln in enumerate(lines[:-1]):
        if ln.label is None and _short_title(ln.text, _SECTION_MARKS) and _shape(lines[i + 1]) in holders:
            heads.append(i)
    return heads


def read_bullet_shapes(lines: list[Line], said: list[tuple[int, str]] | None = None) -> None:
    """Relabel an outline carried by bullet shapes (see the module's docstring); a plan with one shape, or whose shapes
    read no group, point or section, is left as it is."""
    items = _bullet_items(lines)
    by_shape: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for item in items:
        by_shape[_shape(lines[item[0]])].append(item)
    if len(by_shape) < 2:
        return
    points = _point_shapes(lines, items)
    tasks = _task_shapes(lines, {shape: its for shape, its in by_shape.items() if shape not in points})
    if not tasks:
        return
    heads = _head_shapes(lines, by_shape, tasks)
    styles = {ln.label.style for ln in lines if ln.label is not None}
    numbered_headings = styles - set(UNNUMBERED)
    sections = _section_heads(lines, tasks | heads) if not numbered_headings else []
    if len(sections) < 2:
        sections = []
    if heads and "cn_paren" in styles:
        heads = set()  # the plan numbers its groups already: a shape cannot be a level beside them
    for shape in points:
        for a, _ in by_shape[shape]:
            lines[a].label = None
    if said is not None and points:
        said.append((lines[by_shape[min(points)][0][0]].number,
                     f"'{'、'.join(sorted(points))}' bullets after a lead-in ending in ： name no unit: read as the "
                     f"points of the task above, not as tasks"))
    for number, i in enumerate(sections, start=1):
        lines[i].label = Label("cn", number, "", lines[i].text)
    group = 0
    for i, ln in enumerate(lines):
        if ln.label is not None and ln.label.style == "cn":
            group = 0
        elif _shape(ln) in heads:
            group += 1
            ln.label = Label("cn_paren", group, ln.label.text, ln.label.rest)  # ◆ is its printed mark
    if said is not None and heads:
        said.append((lines[by_shape[min(heads)][0][0]].number,
                     f"'{'、'.join(sorted(heads))}' bullets are short titles over bullets of another shape: read as "
                     f"group headings, not as tasks"))
    if said is not None and sections:
        said.append((lines[sections[0]].number,
                     f"{len(sections)} plain short lines over the bullet tasks: read as section headings whose "
                     f"numbers were lost"))
