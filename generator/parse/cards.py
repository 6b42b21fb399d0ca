"""A 任务清单 set as cards: each task headed by `任务 N` alone on its line, its fields on label lines under it.

A 公众号 post (or a 小程序 / H5 page copied to text) lays a task list out as cards, one per task:

    任务 1
    具体内容：开展景区服务质量检查。
    牵头：镇文旅办
    配合：镇市场监管所
    ——————

The card's word and number (lexicon.CARD_NUMBER_WORDS) are the task's number, as `1.` alone on its line would be
(items._lone_labels_joined): read as text, the cards ran together as unnumbered paragraphs cut at the wrong lines, and
`任务4` (no space) was taken for an action's heading (lines.ACTION_HEADING) with no measure under it.
"""
from __future__ import annotations

import re

from ..words import lexicon
from ..words.labels import LABEL_LINE, Label, without_leading_symbols
from .lines import Line, copy_furniture

# 任务 1 / 任务12 / ▶ 任务 3: the card's word and its number, nothing else on the line (任务1：… or 任务一　…行动 are
# headings with words of their own, read elsewhere)
_CARD_NUMBER = re.compile(r"^(?:" + lexicon.alternation(lexicon.CARD_NUMBER_WORDS) + r")[ \u3000]*(\d{1,3})$")
_CARDS_MIN = 2  # one `任务 1` alone is no list of cards


def _card_number(ln: Line) -> int | None:
    m = _CARD_NUMBER.match(without_leading_symbols(ln.text)) if ln.label is None else None
    return int(m.group(1)) if m else None


def _label_line(text: str) -> bool:
    """A field's label line of a card, behind the emoji a 公众号 may set before it (👤牵头：… / 📍具体内容：…)."""
    return LABEL_LINE.match(without_leading_symbols(text)) is not None


def card_numbers(lines: list[Line]) -> list[Line]:
    """`任务 N` alone on its line, numbered from 1 in order, each over an unlabelled line (the card's content) and label
    lines before the next card: the item N, its text the line under it (joined to it). Where a numbered 1. line stands
    among the cards (points numbered inside a card), the cards are left as they are: the numbers would clash."""
    found: list[int] = []  # the indexes of the card numbers, in order
    for i, ln in enumerate(lines):
        if _card_number(ln) == len(found) + 1 and i + 1 < len(lines) and lines[i + 1].label is None \
                and _card_number(lines[i + 1]) is None and not copy_furniture(lines[i + 1].text):
            found.append(i)
    if len(found) < _CARDS_MIN:
        return lines
    ends = [*found[1:], len(lines)]
    if not all(any(_label_line(lines[j].text) for j in range(i + 1, end)) for i, end in zip(found, ends)):
        return lines
    if any(ln.label is not None and ln.label.style == "arabic" for ln in lines[found[0]:found[-1]]):
        return lines
    joined: set[int] = set()
    for number, i in enumerate(found, 1):
        ln, content = lines[i], lines[i + 1]
        printed = ln.text
        ln.text = f"{printed} {content.text}"
        ln.label = Label("arabic", number, printed, content.text)
        joined.add(i + 1)
    return [ln for i, ln in enumerate(lines) if i not in joined]
