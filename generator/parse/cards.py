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
# headings with words of their own, read elsewhere). A 重点改革任务清单 heads each card with a compound of the word
# (改革任务1 / 重点任务 2 / 重点项目3: a few characters saying what kind of task, then the word), read as the word alone;
# some copies glue the card's first field to its number (改革任务13【改革任务】深化…), the rest of the line its content.
_CARD_NUMBER = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:" + lexicon.alternation(lexicon.CARD_NUMBER_WORDS)
                          + r")[ \u3000]*(\d{1,3})[ \u3000]*(?=$|【)")
_CARDS_MIN = 2  # one `任务 1` alone is no list of cards
# 【牵头单位】X / 【牵头领导】X / 【完成时限】X: a card's field label dressed in 【】 instead of closed by a colon
_BRACKETED_LABEL = re.compile(r"【([^【】\n]{2,8})】")


def _card_number(ln: Line) -> int | None:
    m = _CARD_NUMBER.match(without_leading_symbols(ln.text)) if ln.label is None else None
    return int(m.group(1)) if m else None


def _content_glued(ln: Line) -> str:
    """The card's content glued after its number on the number's line (改革任务13【改革任务】深化… -> 【改革任务】深化…)."""
    text = without_leading_symbols(ln.text)
    return text[_CARD_NUMBER.match(text).end():]


def _label_line(text: str) -> bool:
    """A field's label line of a card, behind the emoji a 公众号 may set before it (👤牵头：… / 📍具体内容：…), or with
    its label dressed in 【】 (【牵头单位】X, read as 牵头单位：X would be)."""
    text = without_leading_symbols(text)
    bracketed = _BRACKETED_LABEL.match(text)
    return LABEL_LINE.match(text) is not None or (
        bracketed is not None and LABEL_LINE.match(bracketed.group(1) + "：" + text[bracketed.end():]) is not None)


def _numbered_item(ln: Line) -> int | None:
    """The number of an item numbered otherwise between cards ((16) among 改革任务15 and 改革任务26), else None."""
    return ln.label.number if ln.label is not None and ln.label.style != "cn" else None


def card_numbers(lines: list[Line]) -> list[Line]:
    """`任务 N` alone on its line (or glued to its first field), numbered from 1 in order (or going on after items
    numbered otherwise between two runs), each over an unlabelled line (the card's content) and label lines before the
    next card: the item N, its text the line under it (joined to it). Where a numbered 1. line stands
    among the cards (points numbered inside a card), the cards are left as they are: the numbers would clash."""
    found: list[int] = []  # the indexes of the card numbers, in order
    last = 0  # the last card's number
    before = 0  # the number of the last item numbered otherwise after the last card ((16)…(25) between two runs)
    for i, ln in enumerate(lines):
        number = _card_number(ln)
        if number is None:
            item = _numbered_item(ln)
            before = item if item is not None and found and item == before + 1 else before  # a run of them
            continue
        content = lines[i + 1] if i + 1 < len(lines) else None
        if number in (last + 1, before + 1) and (_content_glued(ln) or content is not None and content.label is None
                                     and _card_number(content) is None and not copy_furniture(content.text)):
            found.append(i)
            last = before = number
    if len(found) < _CARDS_MIN:
        return lines
    ends = [*found[1:], len(lines)]
    if not all(any(_label_line(lines[j].text) for j in range(i + 1, end)) for i, end in zip(found, ends)):
        return lines
    if any(ln.label is not None and ln.label.style == "arabic" for ln in lines[found[0]:found[-1]]):
        return lines
    joined: set[int] = set()
    for i in found:
        ln = lines[i]
        printed, number = ln.text, _card_number(ln)
        glued = _content_glued(ln)
        content = glued or lines[i + 1].text
        ln.text = printed if glued else f"{printed} {content}"
        ln.label = Label("arabic", number, printed[:len(printed) - len(glued)] if glued else printed, content)
        if not glued:
            joined.add(i + 1)
    return [ln for i, ln in enumerate(lines) if i not in joined]
