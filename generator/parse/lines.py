"""A plan's lines as the outline reads them, and what one line's own shape says.

`Line` is the unit every outline stage passes on (source number, text, the item marker read from it). The tests here
look at one line or one item's text alone: is it a part heading (第一部分), a colophon line (抄送：), a label line
(牵头单位：…), a short heading, does it carry an annotation and which units does it name, where does a heading's title end.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..numerals import parse_chinese
from ..words import lexicon
from ..words.labels import COLOPHON, LABEL_LINE, NOTE_HEAD, Label, label_of


# 第一部分 总体要求 / 第二篇 / 第三章: a part of the document above its 一、 sections, never the words of a task
PART_HEADING = re.compile(r"^第[一二三四五六七八九十百]+(?:部分|篇|章|节)(?:\s|$|[:：、])")
# 行动一　基层能力提升行动 / 专项行动二：… / 任务三　技能评价提质行动 / 行动2：… / 任务五实施待遇提升行动: a 行动方案 names
# its actions on lines of their own with no 、, over the numbered measures of each; such a line is never the rest of the
# line above it (a label line with no stop: 配合单位：X、Y) and heads the measures under it as a （一） group heading
# does (outline._Walker._open_action). Its number is parted from its name by a space or a colon; glued to the name
# (任务五实施…行动) only a Chinese numeral before a short name ending in the kind of work (lexicon.ACTION_KINDS), so a
# sentence opening with the word (任务十分艰巨，…) stays text.
ACTION_HEADING = re.compile(
    r"^(?:(?:" + lexicon.alternation(lexicon.ACTION_HEADING_WORDS) + r")(?:[一二三四五六七八九十]+|\d{1,2}))"
    r"(?:\s|$|[:：]|(?<![0-9])(?=[^\s，,。；;：:、（(]{1,40}?(?:" + lexicon.alternation(lexicon.ACTION_KINDS) + r")$))")
# 九月份 / 一月份（含寒假） / 七、八月份（暑假） / 5月份: a school's or a bureau's plan by month heads the items of each
# month with such a line, no number of its own. It is a heading line, never the rest of the line above it (a label
# line with no stop, 配合单位：X、Y, would take it into its last unit's name). Bounded: one to three months, a note.
# The note (暑假 / 含寒假 / 以下工作两个月连续推进) says what the months hold: a phrase, never a sentence or a field, so
# it holds no stop that ends a clause and no colon (a label's), within a heading's short length.
_MONTH_NOTE = r"[（(][^（）()。！？!?；;：:]{1,20}[）)]"
MONTH_HEADING = re.compile(r"^(?:(?:[一二三四五六七八九十]{1,2}|\d{1,2})[、，,和至—-]?){1,3}"
                           + lexicon.MONTH_HEADING_WORD + r"(?:" + _MONTH_NOTE + r")?\s*[:：]?\s*$")
# 一月份：1.召开… / 二月：4.组织… / 第二季度：5.… / 全年工作：36.…: a plan by month (a 党支部's, a school's) may run the label
# of a month in before that month's first item, on the same line, where others give it a line of its own (MONTH_HEADING).
# The label ends with a colon and an item's number follows it at once: the label heads the period, the item is a task
# of its own (items._split_run_in_period_labels). One to three months, a quarter, or a span of the year.
_PERIOD_LABEL = (r"^(?:(?:(?:[一二三四五六七八九十]{1,2}|\d{1,2})[、，,和至—-]?){1,3}(?:"
                 + lexicon.alternation(lexicon.RUN_IN_PERIOD_WORDS) + r")"
                 r"|第[一二三四1-4]季度|(?:" + lexicon.alternation(lexicon.RUN_IN_PERIOD_SPANS) + r"))"
                 r"(?:" + _MONTH_NOTE + r")?[ \u3000]*[:：]")
RUN_IN_PERIOD_LABEL = re.compile(_PERIOD_LABEL + r"[ \u3000]*(?=\d{1,2}[.．、])")
# the same label alone on its line, colon and all (全年工作： / 二月：), as the cut leaves it: a heading as MONTH_HEADING is
PERIOD_LABEL_LINE = re.compile(_PERIOD_LABEL + r"[ \u3000]*$")


# Furniture a copy of a 公众号 post sets between a plan's items: a separator of symbols or dashes alone (┈┈┈┈ / 〰️〰️〰️
# / ✨✨✨ / ━━━━), and the placeholder of a picture ([图片]) with its caption under it (▲ 某镇茶产业基地). None is a
# word of the line above it: a unit line with no stop before it never runs on into it (copy_furniture).
_MEDIA_PLACEHOLDER = re.compile(r"^[\[［【(（]\s*(?:" + lexicon.alternation(lexicon.MEDIA_PLACEHOLDERS) + r")\s*[\]］】)）]$",
                                re.IGNORECASE)
_SEPARATOR_CATEGORIES = ("So", "Sk", "Pd")  # symbols (emoji, box drawing ┈ ━) and dashes (〰 — ～ is Sm: no separator)
_EMOJI_MARKS = "\ufe0e\ufe0f\u200d"


def copy_furniture(text: str) -> bool:
    """Is the (stripped) line a copy's furniture: a separator of two or more symbols or dashes alone, or a media
    placeholder ([图片])? A lone dash or symbol is not (a wrapped page may leave one on a line)."""
    if _MEDIA_PLACEHOLDER.match(text):
        return True
    marks = [ch for ch in text if not ch.isspace() and ch not in _EMOJI_MARKS]
    return len(marks) >= 2 and all(unicodedata.category(ch) in _SEPARATOR_CATEGORIES for ch in marks)


# A pointer alone on its line (▶ / ➤ / →) opens a 公众号 card or block the way a separator closes the one above: no
# wrap leaves one alone (a wrap leaves punctuation, a closing bracket or a stop), and it points at nothing in a text.
_POINTERS = "▶►➤➢▷▸→⇒"


def separator_line(text: str) -> bool:
    """Is the (stripped) line a separator a copy sets between blocks (copy_furniture's symbols or dashes, or a lone
    pointer)? It holds no word of the plan: the outline leaves it out of every text it builds."""
    marks = "".join(ch for ch in text if not ch.isspace() and ch not in _EMOJI_MARKS)
    return (marks in tuple(_POINTERS)) or (not _MEDIA_PLACEHOLDER.match(text) and copy_furniture(text))


# The marks that close a sentence or a bracketed note: a line ending in one ends its sentence.
TERMINAL_MARKS = "。！？!?；;)）〕】」』”》"
TERMINAL = re.compile("[" + TERMINAL_MARKS + r"]\s*$")
HEADING_MAX = 40


@dataclass
class Line:
    number: int  # source line number
    text: str  # stripped
    label: Label | None
    indent: int = 0  # characters before `text` in the source line
    parent: bool = False  # the next numbered line is of an inner style (set by build_outline)
    role: str | None = None  # "group", "task" or "text" where this item departs from its level (build_outline)
    # the line ends where a copy that lost its line breaks cut the text (a page chunk's end, set by parse._lines), not
    # where the text did: a heading open at its end (（十九）推行职业 / 技能培训券制度。…) goes on on the next line
    cut_by_copy: bool = False
    # one `；` clause of a paragraph cut into the unit-first duties it lists (items._duty_clauses): its number is its
    # paragraph's by design, no item found inside a line that lost its break
    clause: bool = False
    # the source line ended with a space: a PDF's page that broke a line at a space between two names (…（责任单位：
    # 市甲局 / 市乙局）) leaves it at the line's end, and join_wrapped keeps the two names apart with it
    spaced_end: bool = False


def heading_like(label: Label) -> bool:
    return _short_title(label.rest)


def title_heading_like(label: Label) -> bool:
    """Is the label's title a short heading once its annotations are cut out?

    An action list (健康行动, 专项行动) puts each action's units on its heading line: （一）健康知识普及行动（牵头单位：X；
    配合单位：A、B、C）. Three or four 配合单位 push the line past HEADING_MAX, yet the heading is a short title, not a
    duty sentence: whether a line is a heading or a sentence is a matter of what it says, not of whom it names."""
    return _short_title(without_annotations(label.rest))


def _short_title(rest: str) -> bool:
    rest = rest.strip()
    return len(rest) <= HEADING_MAX and "。" not in rest.rstrip("。")


def open_brackets(text: str) -> int:
    return sum(text.count(c) for c in "（(〔【") - sum(text.count(c) for c in "）)〕】")


def own_line(text: str) -> bool:
    """A line written on its own even after a line the page filled: a label line, a part heading, an action's heading
    (任务二　…行动), 抄送：, a note (注：…)."""
    return bool(LABEL_LINE.match(text) or PART_HEADING.match(text) or ACTION_HEADING.match(text) or COLOPHON.match(text)
                or NOTE_HEAD.match(text))


def without_annotations(text: str) -> str:
    """The text with its annotations cut out."""
    _, spans = _annotations_of(text)
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + text[end:]
    return text


# （以上任务由X牵头，Y配合） / （上述工作均由X负责） / （本部分任务由X牵头） / （以上两项）责任单位：X: an annotation
# speaking for the items above it, written after the last of them (its opener, in the bracket or without it; the
# count it names, if any, in the group `count`: see lexicon.ITEMS_ABOVE_SCOPE)
ABOVE = re.compile(r"^\s*" + lexicon.ITEMS_ABOVE_SCOPE + r"(?:均|都)?(?:由)?")


# 本部分任务均由X牵头，Y配合 / 以下各项任务由X负责 / （本节工作责任单位：X）: a line under a part's heading, before its
# first item, speaking for the part's items (the scope; the 由 or the label follows: see part_line_units)
BELOW = re.compile(r"^\s*" + lexicon.ITEMS_BELOW_SCOPE + r"[，,]?\s*")


def speaks_for_the_items_above(text: str) -> bool:
    """Is this annotation line one that covers the items before it (（以上任务由X牵头）), not the last item's own?"""
    return ABOVE.match(text) is not None


def closing_line_above(text: str) -> re.Match | None:
    """The opener of the item's last line where that line, of its own, speaks for the items above it (1.X。
    以上目标责任单位：A、B): the match of ABOVE (its `count` group), else None."""
    head, sep, last = text.rpartition("\n")
    if not sep or not head.strip() or not annotation_only(last):
        return None
    return ABOVE.match(last)


def items_a_count_covers(open_items: list, count: str | None) -> list:
    """Of the items above a closing line naming no unit (open_items, in order), those it covers: all of them, or,
    where it counts them (以上两项 / 以上3项), the count less the item it closes, the nearest ones."""
    if count is None:
        return open_items
    wanted = (int(count) if count.isdigit() else parse_chinese(count) or 0) - 1
    return open_items[max(len(open_items) - max(wanted, 0), 0):]


def annotation_only(text: str) -> bool:
    """A line that is nothing but an annotation: （A、B等按职责分工负责）."""
    units, spans = _annotations_of(text)
    if not units:
        return False
    left, at = [], 0
    for start, end in spans:
        left.append(text[at:start])
        at = end
    left.append(text[at:])
    return not re.sub(r"[\s。；;，,.()（）【】〔〕]", "", "".join(left))


def join_text(existing: str, text: str, sep: str) -> str:
    """Text set aside after what is already there (run once per item: not the walker's per-line append)."""
    return f"{existing}{sep}{text}" if existing else text


def first_annotation_at(text: str) -> int | None:
    """Where the line's first annotation begins (None where it has none)."""
    _, spans = _annotations_of(text)
    return min(start for start, _ in spans) if spans else None


def has_annotation(text: str) -> bool:
    return bool(_annotations_of(text)[0])


def annotation_ends_line(text: str) -> bool:
    """Does the line end with an annotation naming units (标题 —— 牵头：X；配合：Y, 推进…（X牵头）)? Its unit list
    reaches the line's end, as a label line's does."""
    count, spans = _annotations_of(text)
    return count > 0 and max(end for _, end in spans) >= len(text.rstrip(" \u3000"))


def annotations_apart_from_sentences(text: str) -> bool:
    """Does the line name units apart from the sentences of its running text? A bracket, a label, a units'
    sentence standing alone do; the clauses of units and their verbs opening a sentence that goes on with what they
    do (县民政局牵头，县直有关部门配合，制定工作方案) are the sentence's own words, its comma after them."""
    # A bracket naming a time and no unit names none: a 时间安排 table's row, as the table reader writes it
    # (…阶段:动员部署阶段(完成时限:2025年3月)), gives the stage's date, not who carries it out.
    count, spans = _annotations_of(text)
    return count > 0 and any(text[end: end + 1] not in ("，", ",") for _, end in spans)


_REPORTED_DONE = re.compile(r"\s*(?:" + lexicon.alternation(lexicon.REVIEW_DONE_OPENINGS)
                            # (共 / 全年 only before a count or a word of it done: not 共同推进, lexicon)
                            + r"|(?:" + lexicon.alternation(lexicon.REVIEW_COUNTED_OPENINGS) + r")(?:["
                            + lexicon.REVIEW_COUNT_DIGITS + r"]|" + lexicon.alternation(lexicon.REVIEW_DONE_OPENINGS) + ")"
                            + r"|[^，,。；;：:（）()]{1," + str(lexicon.REVIEW_PAST_VERB_SPAN) + r"}?了)")


def clauses_report_work_done(text: str) -> bool:
    """Does the line name its units only in clauses opening a sentence that reports work done (X牵头，Y配合，完成了…
    / 由X牵头，Y配合，完成…)? A 工作总结 narrates who did what with the clause a plan uses for a duty; the verb after
    the clause says it is done (see lexicon.REVIEW_DONE_OPENINGS). A bracket or a label naming units never is."""
    count, spans = _annotations_of(text)
    if not count or annotations_apart_from_sentences(text):
        return False
    return all(_REPORTED_DONE.match(text, end + 1) for _, end in spans)


def units_named(text: str) -> list[str]:
    """The names of the units a line's annotations name."""
    from .annotations import read_task

    return [a.name for a in read_task(text).assignments]


@lru_cache(maxsize=8192)  # the outline asks of the same line many times as it weighs levels: 11% of reading a plan
def _annotations_of(text: str) -> tuple[int, tuple[tuple[int, int], ...]]:
    """(units named, spans of the annotations) of a line, as the annotation reader reads it."""
    from .annotations import read_task

    from .duties import lead_units

    reading = read_task(text, running_text=False)  # units read out of sentences make no item a task
    label = label_of(text)
    if not reading.assignments and label is None:
        # 区X局牵头，各街道配合。 on a line of its own: the units' sentence, which a task's first sentence never is
        reading = read_task(text, alone=True, running_text=False)
    found = lead_units(label.rest) if label is not None else None
    if found:  # 三、县公安局：负责… — a duty written unit-first names its unit as an annotation does
        at = len(text) - len(label.rest)
        return len(reading.assignments) + len(found[1]), ((at, at + found[0]),) + tuple(
            (a.start, a.end) for a in reading.annotations)
    return len(reading.assignments), tuple((_with_agent_mark(text, a.start), a.end) for a in reading.annotations)


def _with_agent_mark(text: str, start: int) -> int:
    """The start of an annotation's span taken back over the 由 before it: 由市X局牵头，市Y局参加。 on a line of its own
    under a group's heading is nothing but its units' sentence, and 综合协调组。由X牵头… is titled 综合协调组 (the
    annotation reader reads the units after 由 and leaves the mark out of its span)."""
    mark = len(lexicon.AGENT_MARK)
    if not (start >= mark and text[start - mark: start] == lexicon.AGENT_MARK):
        return start
    start -= mark
    # 此项工作由X牵头，Y负责具体落实。 on a line of its own under a group's heading: a 实施方案 writes the group's
    # division so, the words before 由 naming the group's work again; the line is still nothing but its units' sentence
    lead = len(text) - len(text.lstrip())
    reference = lexicon.task_reference_before_agent(text[lead:])
    return lead if reference and lead + reference == start else start


def heading_title(rest: str) -> str:
    """'总体要求。以习近平…' -> '总体要求': a heading's title ends at its first 。, or at the end of
    its line when the heading stands alone ('（一）指导思想' with its paragraph on the next line)."""
    rest = rest.strip()
    if rest.endswith("】") and "【" not in rest:  # 【四、保障措施】: the closing bracket of a heading set whole in 【】
        rest = rest[:-1].rstrip()
    ends = [at for at in (rest.find("。"), rest.find("\n")) if at >= 0]
    return rest[: min(ends)] if ends else rest
