"""The rows of an attached 分工表 whose task cell is empty, titled by the item of the plan their citation cell cites.

A 实施意见 (若干措施, 实施方案) stating its measures in prose naming no unit attaches a 重点任务分工表 whose 对应条款 column
cites, on each row, the paragraph of the plan the row carries out: （一）2, （六）, 二（一）3, 第四条. A row taking part of
the paragraph names it in its 重点任务 cell; a row taking the whole paragraph leaves that cell empty, the citation
saying what the task is. The table reader titles such a row by its other cells (对应条款:（一）2, source/formats/table/rows.py:
_labelled_parts); where the table stays a plan of its own beside the prose (attached_table.py), such a row takes the
title of the item cited, as the office meant it: （一）2 → 改造提升乡镇商贸中心. Two items cited (（七）1、3)
give both titles, joined by ；. A citation matching no item, or more than one, titles the row bare (（九）, without its
header), and the reader says so.
"""
from __future__ import annotations

import re

from ..model import Plan, Task
from ..words.columns import column_kind
from ..words.labels import CN_NUMERALS, cn_number, label_of

# one cited place: 二（一）3, （一）2, （六）, 二、 (a part, its （一） item, the item's point), or an article 第四条
_CITED_PLACE = re.compile(rf"^(?:([{CN_NUMERALS}]{{1,3}})[、.．]?)?(?:[（(]([{CN_NUMERALS}]{{1,3}})[)）])?(\d{{1,3}})?$")
_CITED_ARTICLE = re.compile(rf"^第([{CN_NUMERALS}\d]{{1,6}})条$")
_CITATION_SEPARATORS = re.compile(r"\s*[、，,；;/]\s*")

# (part, item, point, article): where an item of the plan sits; None where its place has no such level
Place = tuple[int | None, int | None, int | None, int | None]


def title_rows_by_cited_items(prose: Plan, table: Plan) -> None:
    """Title each of `table`'s rows whose title is only a citation of `prose`'s items by the items cited."""
    items: list[tuple[Place, str]] | None = None
    for task in table.tasks():
        citation = _citation_titling(task.title)
        places = _cited_places(citation) if citation else []
        if not places:
            continue
        items = _items_of(prose) if items is None else items
        titles = [_title_at(items, place) for place in places]
        if all(titles):
            task.title = "；".join(dict.fromkeys(titles))
            table.note(task.line, "outline", f"row {task.label}: its task cell is empty, its citation {citation} cites "
                                             f"the plan's item: titled by the item, {task.title}")
        else:
            task.title = citation
            table.note(task.line, "outline", f"row {task.label}: its task cell is empty and its citation {citation} "
                                             "cites no one item of the plan: titled by the citation")


def _citation_titling(title: str) -> str | None:
    """The citation a row's title is made of, where the row's task cell is empty and the table reader titled it by its
    citing column (对应条款:（一）2: a column whose header names a task column, header.py), else None."""
    name, colon, value = title.partition(":")
    return value.strip() if colon and value.strip() and column_kind(name.strip()) == "task" else None


def _cited_places(title: str) -> list[Place]:
    """The places a bare citation names, a bare point (3 in （七）1、3) under the item before it; [] for any other text."""
    places: list[Place] = []
    for piece in _CITATION_SEPARATORS.split(title.strip()):
        article = _CITED_ARTICLE.match(piece)
        if article:
            number = article.group(1)
            places.append((None, None, None, int(number) if number.isdigit() else cn_number(number)))
            continue
        m = _CITED_PLACE.match(piece)
        if not m or not piece:
            return []
        part, item, point = (cn_number(m.group(1)) if m.group(1) else None,
                             cn_number(m.group(2)) if m.group(2) else None, int(m.group(3)) if m.group(3) else None)
        if part is None and item is None:
            if not places or places[-1][1] is None or point is None:
                return []  # a number alone cites no place of the outline
            part, item = places[-1][:2]
        places.append((part, item, point, None))
    return places


def _items_of(plan: Plan) -> list[tuple[Place, str]]:
    """Each item of the plan with its place and title: its tasks, its group headings, and the （一） items of its
    sections' own text (a 保障措施 part's measures, read as no task)."""
    items: list[tuple[Place, str]] = []
    for section in plan.sections:
        part = cn_number(section.number) if section.number else None
        for group in section.groups:
            label = label_of(group.label + group.title)
            if label and label.style == "cn_paren":
                items.append(((part, label.number, None, None), group.title))
        for task in section.tasks:
            place = _task_place(part, task)
            if place:
                items.append((place, task.title))
        for line in (section.intro + "\n" + section.closing).split("\n"):
            label = label_of(line.strip())
            if label and label.style == "cn_paren" and label.rest.strip():
                items.append(((part, label.number, None, None), re.split(r"[。；;]", label.rest.strip(), 1)[0]))
    return items


def _task_place(part: int | None, task: Task) -> Place | None:
    label = label_of(task.label + task.title)
    if label is None:
        return None
    if label.style == "article":
        return None, None, None, label.number
    if label.style == "cn_paren":
        return part, label.number, None, None
    group = _BRACKETED_NUMERAL.match(task.group.strip())
    if label.style == "arabic" and group:
        return part, cn_number(group.group(1)), label.number, None
    return None


# the label of a task's （一） group as the task keeps it (Task.group): （一）
_BRACKETED_NUMERAL = re.compile(rf"^[（(]([{CN_NUMERALS}]{{1,3}})[)）]$")


def _title_at(items: list[tuple[Place, str]], place: Place) -> str | None:
    """The title of the one item at `place` (a citation naming no part matches the item in any part), else None."""
    part, item, point, article = place
    found = [title for (p, i, n, a), title in items
             if (part is None or p == part) and i == item and n == point and a == article]
    return found[0] if len(found) == 1 else None
