"""A label's value closed by （下同） stands for the later items writing no line of that label.

A document rule as those of rules.py are, kept apart because it reads the label's value with the annotation reader,
which itself imports rules.py (the wording of rule statements inside annotations).
"""
from __future__ import annotations

import re

from ..model import Task
from ..words import lexicon as lx
from .annotations import append_units, read_task
from .numbering import style_of
from .rules import Statement

# 实施单位：各县（市、区）局（下同）: a unit label, its value, and a bracket saying only 下同 right after the value
# (lexicon.SAME_BELOW_NOTES). The value is one clause of the label line (no colon, stop or comma inside), at most
# _VALUE_MOST characters: the search from each label is bounded (linear)
_VALUE_MOST = 40
_LABEL_VALUE_SAME_BELOW = re.compile(
    "(" + lx.LABEL_MODIFIER + "(?:" + lx.UNIT_LABEL + r"))\s*[:：]\s*([^:：；;。，,\s]{1,%d}?)\s*[（(](?:" % _VALUE_MOST
    + lx.alternation(lx.SAME_BELOW_NOTES) + ")[）)]")


class LabelValueSameBelow:
    """A bureau's plan writes its items' units on label lines (牵头处室：A；配合处室：B；实施单位：C) and names the body
    carrying every item out once, on the first item's line, closing it with （下同） (实施单位：各县（市、区）局（下同）);
    the later items then write only their own offices' labels. The value, read with its label's role (the label, not
    the name's place, decides: 实施单位 implements, 配合单位 supports), goes to each later item of the same level (its
    numbering style) that writes no line of that label, to the plan's end; an item writing its own line of the label
    (实施单位：市X支队) keeps its own. The bracket itself is no part of the name (annotations.name_lists.
    drop_scope_note). Stated in no item (a preamble's label line), the value runs on from its line as a rule does."""

    name = "a label's value marked 下同 (the same below) stands for the later items without that label"

    def describe(self, option: tuple[str, str, str]) -> str:
        return f"{self.name}: {option[0]}：{option[1]}"

    def find(self, lines: list[tuple[int, str]], meta: dict) -> tuple[Statement, tuple[str, str, str]] | None:
        for number, text in lines:
            if lx.SAME_BELOW not in text:
                continue
            for m in _LABEL_VALUE_SAME_BELOW.finditer(text):
                if read_task(f"（{m.group(1)}：{m.group(2)}）").assignments:
                    return Statement(number, m.group(), False), (m.group(1), m.group(2), m.group())
        return None

    def apply(self, tasks: list[Task], option: tuple[str, str, str]) -> int:
        label, value, words = option
        reading = read_task(f"（{label}：{value}）")
        source = tasks[0] if tasks and words in tasks[0].text else None
        level = style_of(source.label) if source else None
        own_label = re.compile(re.escape(label) + r"\s*[:：]")
        given = 0
        for task in tasks:
            if task is source or own_label.search(task.text) or (level and style_of(task.label) != level):
                continue
            append_units(task, reading, new_pairs_only=True)
            given += 1
        return given
