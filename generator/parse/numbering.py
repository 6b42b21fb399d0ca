"""Outline labels read in context: labels glued to a figure or to an article's text, bare part numbers, a label's
style, and where items start inside a line, for text that lost its line breaks (`RunningText`). The labels as
written (`label_of`, the styles) are `words.labels`.
"""
from __future__ import annotations

import bisect
import re

from ..words import lexicon
from ..words.brackets import strip_trailing_brackets
from ..words.framework import FRAMEWORK
from ..words.names import drop_trailing_qualifier, unit_like
from ..words.labels import (ARTICLE_STYLES, CN_NUMERALS as _CN, OCR_ZERO_NUMBER, STYLES, Label, cn_number,
                             is_ascii_roman, is_record_code, label_of, ocr_digits)



# 11.121人才梯队…: a task's number glued to a figure that opens its words reads as a decimal (11.121) before a quantity
# word, so label_of finds no label there; 2.5万平方米… opening a line of a task's text is such a figure alone
_GLUED_FIGURE = re.compile(r"^(\d{1,3})[.．](?=\d)")
_DECIMAL_FIGURE = re.compile(r"^\d{1,3}[.．]\d(?:[万亿千百]|[%％])")


def labels_glued_to_figures(texts: list[str], labels: list[Label | None]) -> list[Label | None]:
    """`labels` with N. read where a line opens `N.<figure>` and the arabic numbering around it makes N the label.

    The numbering decides: the 1. 2. labels before the line end at N-1 and those after it start at N+1 (or the line
    holds the last item of the plan or of its section, after at least two). A figure opening a line of text fits no
    such place (2.5万… under task 4, 1.5倍… under anything); nor does a decimal label (2.1 comes after its 2.).
    """
    def glued(text: str, label: Label | None):
        # (3.5G基站… reads as the decimal label 3.5; a real decimal label 3.1 comes after its 3., never between 2. and 4.)
        m = _GLUED_FIGURE.match(text) if label is None or label.style == "decimal" else None
        return (int(m.group(1)), m.group(0), text[m.end():]) if m else None

    def fits(before: int | None, number: int, after: int | None, text: str) -> bool:
        # (the last item of its section when the next section starts its numbering again at 1; but not a decimal
        # of one digit before a magnitude, 3.5亿立方米, which a PDF wrapped onto a line of its own)
        return before == number - 1 and (after == number + 1 or (
            after in (None, 1) and before >= 2 and not _DECIMAL_FIGURE.match(text)))

    return _glued_where_numbering_fits(texts, labels, "arabic", glued, fits)


# 第十七条市商务局…: an article's number run into its text, the space after it lost in copying
_GLUED_ARTICLE = re.compile(rf"^第\s*([{_CN}]+|\d{{1,3}})\s*条(?=[\u4e00-\u9fff])")


def articles_glued_to_text(texts: list[str], labels: list[Label | None]) -> list[Label | None]:
    """`labels` with 第N条 read where a line opens `第N条<text>` and the articles around it make it the next article.

    The article pattern wants a space after 第N条, as 第一条生产线 (the measure word 条) opens a sentence; a copy that
    lost the space after an article's number (第六条市财政局会同…) is told by the numbering: the article before is
    第N-1条 and the next, if any, 第N+1条.
    """
    def glued(text: str, label: Label | None):
        m = _GLUED_ARTICLE.match(text) if label is None else None
        if not m:
            return None
        raw = m.group(1)
        return (int(raw) if raw.isdigit() else cn_number(raw)), m.group(0), text[m.end():]

    def fits(before: int | None, number: int, after: int | None, text: str) -> bool:
        return before == number - 1 and after in (None, number + 1)

    return _glued_where_numbering_fits(texts, labels, "article", glued, fits)


# 【责任单位：X、Y】8.稳妥推进… : some 任务清单 print a task's units first on its line, in a bracket, then its number and its
# words (the plan may say so: 各项任务的责任单位列于该项任务之前). The line opens with no label: the task was lost, its words
# and units ran into the item above. The bracket must name units (a unit label and its colon, or a role verb closing
# it: 【X牵头，Y配合】) and the number must be the next of the arabic items around the line (the item before is N-1, the
# next, if any, N+1, or 1 where the next section counts again), as a note in brackets opening a sentence never is. The
# line is read as item N, the bracket its first words (8.【责任单位：X】稳妥推进…, as plans printing the bracket after the
# number write it): the annotation is the task's own. The model so holds the line's characters in another order; the
# check that no text is lost (commands/check.lost_text) reads the line both ways (number_before_units_bracket).
_UNITS_BRACKET_BEFORE_NUMBER = re.compile(
    r"^(【[^【】]{2,80}】|\[[^\[\]]{2,80}\]|［[^［］]{2,80}］|（[^（）]{2,80}）|\([^()]{2,80}\))"
    r"[ \u3000]*((\d{1,3})[.．、])(?![\d.．、])[ \u3000]*(?=\S)")


def _units_bracket_before_number(text: str) -> re.Match | None:
    m = _UNITS_BRACKET_BEFORE_NUMBER.match(text)
    return m if m and _names_units(m.group(1)[1:-1]) else None


def number_before_units_bracket(text: str) -> str | None:
    """The line with its opening bracket of units set after the number that follows it (【责任单位：X】8.稳妥… ->
    8.【责任单位：X】稳妥…), as the reader reads such a line; None for a line not so opening."""
    m = _units_bracket_before_number(text)
    return m.group(2) + m.group(1) + text[m.end():] if m else None


def units_before_their_number(texts: list[str], labels: list[Label | None]) -> list[Label | None]:
    """`labels` with N. read where a line opens with a bracket naming units, then `N.` (【责任单位：X】8.…), and the arabic
    numbering around it makes N the next item; the label's rest keeps the bracket before the task's words."""
    def glued(text: str, label: Label | None):
        m = _units_bracket_before_number(text) if label is None else None
        return (int(m.group(3)), m.group(2), m.group(1) + text[m.end():]) if m else None

    def fits(before: int | None, number: int, after: int | None, text: str) -> bool:
        return before == number - 1 and after in (None, 1, number + 1)

    return _glued_where_numbering_fits(texts, labels, "arabic", glued, fits)


def _names_units(inside: str) -> bool:
    """Does a bracket's inside name units: a unit label and its colon, or a role verb closing it?"""
    inside = inside.rstrip()
    return inside.endswith(_ROLE_VERBS_CLOSING) or _UNITS_LABELLED.search(inside) is not None


def _glued_where_numbering_fits(texts: list[str], labels: list[Label | None], style: str, glued, fits) -> list[Label | None]:
    """`labels` with a label of `style` read where `glued(text, label)` finds a number run into a line's text
    (number, the label as written, the line's rest) and `fits(before, number, after, text)` says the labels of that
    style around the line make it the next one."""
    numbers = [lab.number if lab is not None and lab.style == style else None for lab in labels]
    following: list[int | None] = [None] * len(numbers)  # the next label's number after each line (one pass, not a scan each)
    for i in range(len(numbers) - 2, -1, -1):
        following[i] = numbers[i + 1] if numbers[i + 1] is not None else following[i + 1]
    out = list(labels)
    before: int | None = None
    for i, (text, label) in enumerate(zip(texts, labels)):
        found = glued(text, label)
        if found and fits(before, found[0], following[i], text):
            number, written, rest = found
            out[i] = Label(style, number, written, rest)
            numbers[i] = number
        if numbers[i] is not None:
            before = numbers[i]
    return out


def ascii_roman_parts_in_order(texts: list[str], labels: list[Label | None]) -> list[Label | None]:
    """`labels` keeping a part's Roman numeral typed in Latin capitals (I. / IV、) only where the parts run in order.

    Typists write Ⅰ、 Ⅱ、 as I. II. (a whole outline, or one IV、 among Ⅰ、…Ⅷ、); a capital I, V or X with a stop and
    Chinese after it also opens a line of text now and then (a list of Latin letters, an English abbreviation). The
    capitals are a part's label where the roman labels around them count on to it (_labels_counting_on): a lone I.
    heading or a V. out of the count is no part: the line is text. Nor are points a task lists so (…明确分级响应： /
    I. 特别重大（I级）响应； / II. 重大（II级）响应。). Ⅰ、 written as the numeral's own character is kept as printed.
    """
    return _labels_counting_on(texts, labels, "roman", is_ascii_roman)


def stem_groups_in_order(texts: list[str], labels: list[Label | None]) -> list[Label | None]:
    """`labels` keeping a group's heavenly stem (甲、 乙、 丙、) only where the groups so numbered count on.

    A stem and its stop open a group's heading in some 方案 (甲、强化水源保障 / 乙、提升水质); the stems are also words
    (甲方, 乙类, 甲级), and a line may open with one before a stop in a sentence or a list's point: the stem is a
    group's label only where the stem labels around it count on to it (_labels_counting_on); otherwise the line is text.
    """
    return _labels_counting_on(texts, labels, "stem")


def legal_parts_in_order(texts: list[str], labels: list[Label | None]) -> list[Label | None]:
    """`labels` keeping a part's financial capital (壹、 贰、 拾、) only where the parts so numbered count on.

    Some 方案 number their outermost parts in financial capitals (壹、总体要求 / 贰、重点任务); the capitals also write
    sums (拾、伍万元以上的项目须经…, a line of a rule on money that a PDF broke after its first word). A lone capital
    label, out of count, would open a part and rebuild the outline around it: it is a part's label only where the
    capital labels around it count on to it (_labels_counting_on); otherwise the line is text.
    """
    return _labels_counting_on(texts, labels, "legal")


def _labels_counting_on(texts: list[str], labels: list[Label | None], style: str,
                        doubtful=lambda label: True) -> list[Label | None]:
    """`labels` keeping each label of `style` that `doubtful` says may be a word of text (all by default) only where
    the labels of that style around it count on to it (_counted_on: the first before its second, any other after the
    one before it) and its line is no point of a list (_a_point); any other such label is dropped (its line is text).

    The labels whose characters are also words of running text (Latin capitals I. V., heavenly stems 甲、, financial
    capitals 拾、) are read so: a count of them is an outline, one of them alone a sentence's first word.
    """
    numbers = [lab.number if lab is not None and lab.style == style else None for lab in labels]
    following = _next_numbers(numbers)
    out = list(labels)
    before: int | None = None
    for i, label in enumerate(labels):
        if label is None or label.style != style:
            continue
        if doubtful(label) and (not _counted_on(before, label.number, following[i]) or _a_point(texts, i)):
            out[i] = None
            continue
        before = label.number
    return out


def _next_numbers(numbers: list[int | None]) -> list[int | None]:
    """For each line, the number of the next line after it that has one (one pass, not a scan each)."""
    following: list[int | None] = [None] * len(numbers)
    for i in range(len(numbers) - 2, -1, -1):
        following[i] = numbers[i + 1] if numbers[i + 1] is not None else following[i + 1]
    return following


def _counted_on(before: int | None, n: int, after: int | None) -> bool:
    """Does label n sit in a count: the first before its second, any other after the one before it and before the
    one after it, none, or a first counting again?"""
    return (n == 1 and after == 2) or (n >= 2 and before == n - 1 and after in (None, 1, n + 1))


def _a_point(texts: list[str], i: int) -> bool:
    """Does line i read as a point of a list (closing with a sentence's mark, or under a line ending in ：)?"""
    above = next((texts[j].rstrip() for j in range(i - 1, -1, -1) if texts[j].strip()), "")
    return texts[i].rstrip().endswith(_POINT_ENDS) or above.endswith(("：", ":"))


_POINT_ENDS = ("；", ";", "。", "，", ",")


# 1 指导思想 / 4 主要任务: a plan numbered by decimals (4.1, 4.1.1, as standards are) heads its parts with the number and
# a space alone, no stop after it; a short name follows, with no sentence punctuation
# (not a contents line, 1 总则……1, nor a figure's row ending in a number)
_BARE_PART = re.compile(r"^(\d{1,2})[ \u3000]+([^\s。；;，,：:！!？?、…][^。；;，,：:！!？?…]{0,19}(?<![\d.．·]))$")
_DECIMAL_PREFIX = re.compile(r"^(\d{1,2})[.．]\d")


def bare_part_labels(texts: list[str], labels: list[Label | None]) -> list[Label | None]:
    """`labels` with the part headings of a decimal plan (`1 指导思想`, `4 主要任务`) read as 1. labels.

    label_of wants a stop after a number (1. / 1、): a number and a space alone open a line of text as often (a
    table's row, a figure). Such a line is a part's heading only where the lines so written number 1, 2, 3 … through
    the document and at least two of them stand over decimal items carrying their number (4 主要任务 / 4.1 … / 4.1.1 …).
    """
    run: list[tuple[int, int, str]] = []  # (line, number, name) of the heads numbering on from 1
    for i, (text, label) in enumerate(zip(texts, labels)):
        m = _BARE_PART.match(text) if label is None else None
        if m and int(m.group(1)) == len(run) + 1:
            run.append((i, int(m.group(1)), m.group(2).strip()))
    over_decimals = 0
    for i, number, _ in run:
        nxt = next((j for j in range(i + 1, len(labels)) if labels[j] is not None), None)
        prefix = _DECIMAL_PREFIX.match(texts[nxt]) if nxt is not None and labels[nxt].style in ("decimal", "decimal3") else None
        over_decimals += bool(prefix and int(prefix.group(1)) == number)
    if len(run) < 2 or over_decimals < 2:
        return labels
    out = list(labels)
    for i, number, name in run:
        out[i] = Label("arabic", number, str(number), name)
    return _items_under_decimal_headings(out, {i for i, _, _ in run})


def _items_under_decimal_headings(labels: list[Label | None], heads: set[int]) -> list[Label | None]:
    """`labels` with the 1. items listed right under an x.y heading of a decimal plan read at the x.y.z level.

    A 预案 numbered 2 组织指挥体系 / 2.4 现场指挥部 lists its working groups as 1.综合协调组：… 2.抢险救援组：… where a
    plan numbered through would write 2.4.1 / 2.4.2: they stand below their x.y heading. Read as 1. items they would
    be taken for the style of the parts (2 组织指挥体系, labelled 1. by its number), the parts becoming tasks that swallow
    the whole outline. A 1. item under an x.y.z heading, or under a part with no x.y above it, keeps its label.
    """
    out = list(labels)
    above: str | None = None  # the style of the nearest decimal heading (or part head) above
    for i, label in enumerate(labels):
        if label is None:
            continue
        if i in heads or label.style in ("decimal", "decimal3"):
            above = "part" if i in heads else label.style
        elif label.style == "arabic" and above == "decimal":
            out[i] = Label("decimal3", label.number, label.text, label.rest)
    return out


def style_of(label: str) -> str | None:
    """The numbering style of a label as written ("（二）" -> cn_paren), None if it is not one."""
    if is_record_code(label):  # 任务编号：DB2025-013 |: the label holds the code, the name field it stood before is gone
        return "arabic"
    found = label_of(label + "_")
    return found.style if found else None


# Markers looked for inside running text (text that lost its line breaks). Only the forms that
# cannot be ordinary words: 一、 (not 一是), （一）, 1. / 1、 / 2 . before a character, （1）.
_RUNNING = re.compile(
    rf"第(?P<part>[{_CN}]{{1,3}})部分"
    rf"|第(?P<chapter>[{_CN}]{{1,3}})章\s"
    rf"|第(?P<jie>[{_CN}]{{1,3}})节\s"
    rf"|第(?P<article>[{_CN}]{{1,4}})条\s"
    rf"|(?P<cn>[{_CN}]{{1,3}})(?:、|[.．](?![\d.．]))"
    rf"|[(（](?P<cn_paren>[{_CN}]{{1,3}})[)）]"
    # (1〇. / 2O．: OCR's 〇 or O for the 0 of an item number, as at a line start: words.labels.OCR_ZERO_NUMBER; never
    # 二〇二五年 nor 2〇25年, where no point follows the digits)
    r"|(?<![\d.．])(?P<arabic>\d{1,3}|" + OCR_ZERO_NUMBER + r")\s?[.．、](?![\d\s.．、%])"
    # an item whose heading opens with a year (14.2025年底前完成…): a figure after the number, yet no decimal (3.5亿)
    # nor a date can go on with 年 there; taken only as the next number after a finished sentence (see split)
    r"|(?<![\d.．])(?P<arabic_year>\d{1,3})\s?[.．、](?=20\d\d年)"
    r"|[(（](?P<arabic_paren>\d{1,2})[)）]"
    # a number closed by a bracket alone (1) / 1）), as plans copied with half-width punctuation number their items: the
    # same level as （1）; not a bracket's figure closing it (（共3） / (附件2): see _OPENED_BEFORE in split)
    r"|(?<![\d.．(（])(?P<arabic_half_paren>\d{1,2})[)）]"
    # the one-character labels of word processors (㈠ ⒈ ⑴) stand inside running text as they do at line starts
    r"|(?P<cn_paren_c>[\u3220-\u3229])|(?P<arabic_c>[\u2488-\u249b])|(?P<arabic_paren_c>[\u2474-\u2487])"
    # a bullet symbol is no word either; 第二， after a finished sentence counts on a list of tasks (not 一是: that
    # counts out the sentences of one item, and stays in its line)
    r"|(?P<bullet>[" + lexicon.BULLET_SIGNS + "])"
    rf"|第(?P<ordinal>[{_CN}]{{1,3}})[，,、]"
    # a 公众号 post numbers its sections 01 02 … before their names (02重点任务); not a date's or a count's 03月 / 05个
    r"|(?<![\d.．:：])0(?P<zero_padded>[1-9])(?=[\u4e00-\u9fff])(?!" + lexicon.alternation(lexicon.ZERO_PADDED_NOT_BEFORE) + ")"
)
_ONE_CHAR_BASE = {"cn_paren_c": 0x3220, "arabic_c": 0x2488, "arabic_paren_c": 0x2474}
# the date under a notice's signature: a day alone, not a deadline (…日前 / …日起 / …日至)
_SIGNED = re.compile(r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?![前后起至止内以之—–\-~～])")
# a finished sentence before a marker; not ；: "；2." is a list inside a sentence. A text copied with half-width
# punctuation ends its sentences in a point (…特制定本要点.一、总体要求 / …下降3%.二、…): a point after a Chinese
# character, a per cent sign or a closing quote is a full stop, as a figure's (3.5) or a label's (1.) is not
_AFTER_SENTENCE = re.compile(r"(?:[。！？!?)）」”]|(?<=[\u4e00-\u9fff%％\"”’])\.)\s*$")
# an opening bracket not closed before a marker closed by a bracket alone: the bracket's figure (（共3） / (见附件2))
_OPENED_BEFORE = re.compile(r"[(（][^()（）]{0,12}$")
_OPENED_REACH = 13
_DRESSED_LABEL_REACH = 8  # characters after a bullet a label dressed by it is read in
_RUNNING_MIN = 80  # a text this long with hardly a numbered line start has lost its line breaks
_RUN_ON_LINE = 40  # a shorter line holds no item after its first
_GAP = 2  # numbers skipped at most where running text picks its sequence up again
# A plan's printed numbers may skip more than that (…30.推进… （九）加强政务数据共享流通34.推进…: items dropped from a
# draft, the numbers kept). Where the breaks are kept the line start takes any number; run on, a wider skip is taken
# only where the sequence confirms it: the next item of the same style, after a finished sentence or a closing
# bracket, carries the next number (34. … 。35.). Looked for among the few markers after it (a long line stays linear).
_CONFIRMED_GAP = 9
_CONFIRM_REACH = 12  # markers looked at after a skipping number for the one after it
# a label clause with no bracket and no stop (…牵头单位：市发改委配合单位：市统计局7.推进…): its units end at the next item;
# so do the other fields of an annotation line, a person's or a deadline's (…责任领导：王某完成时限：全年2.压实…), and a
# task's other fields set after its units (…参与单位：市财政局成果形式：改革实施方案2.优化…: lexicon.FIELD_LABELS).
# A label may stand in square brackets instead of before a colon (【责任部门】市X局、市Y局5.推进… / 【配合单位】县X中心
# 二、…), as many plans set their annotation lines; the value then holds no bracket (the last label's clause is read)
_LABEL_CLAUSE = re.compile(
    "(?:" + lexicon.UNIT_LABEL + "|" + lexicon.DEADLINE_LABEL + "|" + lexicon.FIELD_LABEL + "|(?:"
    + lexicon.alternation(lexicon.PERSON_LABEL_HEADS)
    + r"))(?:\s*" + lexicon.LABEL_COLON + r"[^。；;：:]{1,60}|】[^。；;：:【】]{1,60})$")
# a task's units after a dash, no label, no stop (1.深化国企改革——县国资中心（牵头）、县财政局2.推进…): a list or a
# 清单 writes an item's title, a dash, its bodies; run on, the next item's number follows the last body's name
_DASHED_UNITS = re.compile(r"(?:——|—)\s*([^。；;：:—]{2,60})$")


def _after_dashed_units(back: str) -> bool:
    """Does `back` end in a dash and a list of bodies whose last name is a body's (see _DASHED_UNITS)?"""
    m = _DASHED_UNITS.search(back)
    if m is None:
        return False
    last = strip_trailing_brackets(re.split("[、，,]", m.group(1))[-1].strip())
    return unit_like(drop_trailing_qualifier(last))


# A group's heading run into the fields set on the lines under it ((三）运输保障组牵头单位：市X中心参加单位：市Y局10.…):
# a plan of working groups names each group's bodies on lines of their own under its name; where the breaks are lost
# the first unit label follows the group's name with no stop, and the group's title took the labels and their units
# (read so, the groups looked like tasks and their numbered items like their text). The fields start at the label.
# The group's name: words alone (no stop, colon, bracket or figure), two characters or more before the label.
_FIELDS_AFTER_HEADING = re.compile(
    r"[^。；;，,：:！？!?（()）\d\s]{2,20}?(?=(?:" + lexicon.UNIT_LABEL + r")\s*[:：])")


# A section's heading run straight into the first item of the level below (三、检查重点（一）危险化学品。 / 四、重点任务
# 1.推行…): where the breaks are lost the section's label may follow a field's value or a figure with no stop
# (检查范围：学校、医院三、… / …达到90%四、…), neither a sentence's end nor a label clause. The next section number
# (none skipped), a heading of words alone and the first label under it (（一） / 1.) are taken as the section.
_SECTION_INTO_FIRST_ITEM = re.compile(r"[^。；;，,:：（()）\d\s]{2,20}?(?:[（(]一[)）]|1[.．、](?![\d\s.．、%]))")


# a sentence announcing a list (…提出如下分工意见：一、…): the list's first item runs on right after the colon
_LIST_OPENING = re.compile(r"[:：]\s*$")
_LABEL_REACH = 80  # characters looked back for that clause


class RunningText:
    """Splits lines that lost their line breaks at the outline markers inside them.

    Text copied from a document-sharing page or a PDF may hold a whole document on one line:
    "…韧性。一、全面加强体系建设1.提升协调能力。…(责任单位:A)2 .健全机制。…". A marker inside
    running text starts an item only where the numbering supports it: it is the next number of
    its style (or 1 / 一 after an outer item), and it follows a finished sentence, a closing
    bracket, or a short heading just opened by an outer marker (一、heading1.task…). The numbers
    seen so far, at line starts too, are kept across lines, so the sequence runs through the text.
    """

    def __init__(self, lines: list[str]) -> None:
        """`lines`: the plan's stripped lines; splitting is on only when they have lost their breaks."""
        self.last: dict[str, int] = {}
        self.on = lost_line_breaks(lines)
        self.may_restart: set[str] = set(STYLES)  # styles whose numbering may start again at 1
        # the heading an item opened at the end of the line before, where a page chunk broke the text inside it
        self.carry = ""
        self.carry_style: str | None = None
        # a notice's signature and date seen since the last item began: a page chunk may end right after them, so
        # the plan the notice issues (its 一、) starts on the next line (…某县人民政府办公室2025年2月18日 / …一、…)
        self.signed = False
        # the end of the line before: a page chunk may cut a label clause (…配合单位：市文 / 化广电旅游局6.推动…)
        self.before = ""

    def see(self, label: Label | None) -> None:
        """A label at a line start moves the sequence on."""
        if label is not None:
            self._accept(label.style, label.number)

    def _accept(self, style: str, number: int) -> None:
        self.last[style] = number
        self.may_restart.discard(style)
        # an outer item lets the inner numbering restart (or run straight on through it)
        self.may_restart.update(STYLES[STYLES.index(style) + 1:])

    def _fits(self, style: str, number: int, gap: int = 0) -> bool:
        """The next number of its style, or 1 where it may restart; with `gap`, up to that many skipped numbers
        (published plans skip a number now and then: …14. 16. …; and an item that ran on after a line with no
        sentence end was not seen, so the sequence must pick up again at the next one)."""
        last = self.last.get(style)
        return ((last is not None and last < number <= last + 1 + gap)
                or (number == 1 and style in self.may_restart))

    def split(self, text: str, next_line: str = "") -> list[int]:
        """Offsets in `text` (besides 0) where an item starts; the sequence state moves on. `next_line`: the next
        line of text, whose label may show that this line ends in a section's heading run on."""
        label = label_of(text)
        self.see(label)
        if not self.on:
            if not items_run_on(text):
                return self._section_closing_the_line(text, next_line)
            # only this line lost its breaks: nothing carries over from lines the splitter did not read
            self.signed, self.before, self.carry, self.carry_style = False, "", "", None
        signed, self.signed = self.signed and label is None, False
        before_line, self.before = ("" if label else self.before), text.strip()[-_LABEL_REACH:]
        carry, self.carry = self.carry, ""
        heading_from = len(label.text) if label else None  # where the heading of the last accepted item starts
        heading_style = label.style if label else self.carry_style  # the style of that item's label
        if len(text) < _RUN_ON_LINE:
            self._carry_on(text, carry, heading_from, heading_style)
            self.signed = signed or _SIGNED.search(text) is not None
            return []
        cuts: list[int] = []
        markers = list(_RUNNING.finditer(text))
        for at, m in enumerate(markers):
            style = m.lastgroup
            raw = m.group(style)
            if style in _ONE_CHAR_BASE:
                number, style = ord(raw) - _ONE_CHAR_BASE[style] + 1, style[:-2]
            elif style == "bullet":
                # a bullet carries no number to fit a sequence: it starts an item after a finished sentence (or a
                # closing bracket), right after a short heading opened by a label (一、市容整治● 深化…), or after the
                # units of a label clause with no stop (…配合单位：区X局■推进…)
                head = text[heading_from : m.start()] if heading_from is not None else ""
                if m.start() > 0 and (_AFTER_SENTENCE.search(text[max(0, m.start() - 4) : m.start()])
                                      or text[m.start() - 1] == " "
                                      or (head and len(head) <= _HEADING_RUN and _short_heading(head, heading_style))
                                      or _LABEL_CLAUSE.search(text[cuts[-1] : m.start()] if cuts
                                                              else _reach_back(before_line, text, m.start(), cuts))):
                    cuts.append(m.start())
                    heading_from, heading_style = m.end(), style
                    # a bullet dressing a label (▶（一）实施…): the label's number moves its sequence on, as at a
                    # line's start, and the heading after it is the label's
                    dressed = label_of(text[m.end() : m.end() + _DRESSED_LABEL_REACH])
                    if dressed is not None and dressed.style in STYLES:
                        self._accept(dressed.style, dressed.number)
                        heading_from, heading_style = m.end() + len(dressed.text), dressed.style
                continue
            elif style == "zero_padded":
                # 01 总体要求 … 02 重点任务: a 公众号's section numbers, seen after a finished sentence, in order from
                # 01: the levels under them start again, as under a part, and the name after the number is a heading
                # (a bullet's group after it starts there: 02重点任务▶（一）…). No cut: the line reader reads such a
                # number only apart from its name (02 重点任务), and the text under 01 runs on in its paragraph
                number = int(raw)
                if (number == self.last.get(style, 0) + 1 and m.start() > 0
                        and _AFTER_SENTENCE.search(text[max(0, m.start() - 4) : m.start()])):
                    self.last[style] = number
                    self.may_restart.update(STYLES)
                    heading_from, heading_style = m.end(), "cn"
                continue
            else:
                number = _number_of(style, raw)
            if style == "arabic_half_paren":
                if _OPENED_BEFORE.search(text, max(0, m.start() - _OPENED_REACH), m.start()):
                    continue  # （共3）: the figure inside a bracket, no label
                style = "arabic_paren"
            year_after = style == "arabic_year"  # 14.2025年…: an arabic item only as the next number, after a sentence
            if year_after:
                style = "arabic"
            if style == "part":
                # 第一部分 … 第二部分: a part of the document, above every numbered level; its number in sequence
                # is enough (the words cannot be a sentence's), and the levels under it start again
                if number == self.last.get("part", 0) + 1 and m.start() > 0:
                    self.last["part"] = number
                    self.may_restart.update(STYLES)
                    cuts.append(m.start())
                    heading_from, heading_style = m.end(), style
                continue
            title_from = None  # where the plan's title begins, after the notice's date
            if style == "cn" and number == 1:
                title_from = _signed_end(text, cuts[-1] if cuts else 0, m.start(), signed and not cuts)
            if title_from is not None and style not in self.may_restart:
                # a notice signed and dated, then the plan it issues: the plan's 一、 starts the numbering again
                # (…三、及时报送进展。… 某市防汛抗旱指挥部 2025年3月18日 为…制定本方案。一、工作目标…)
                self.may_restart.add(style)
            if number <= 0 or m.start() == 0:
                continue
            # a skipping number the next item confirms (_CONFIRMED_GAP), wherever an item may start
            confirmed = (not self._fits(style, number) and self._fits(style, number, gap=_CONFIRMED_GAP)
                         and _next_number_follows(text, markers, at, number))
            if not (confirmed or self._fits(style, number, gap=_GAP)):
                continue
            if _CITED.match(text, m.start() - 1):
                # 第（一）至（三）项任务由…: a sentence citing items by number, not an item. Right after a heading
                # (五、职责分工第（一）至…) the sentence is the heading's paragraph run on: it starts at its 第
                cited_from = m.start() - 1
                if (heading_from is not None and text[cited_from] == "第"
                        and 0 < cited_from - heading_from <= _HEADING_RUN
                        and _short_heading(text[heading_from:cited_from], heading_style)):
                    cuts.append(cited_from)
                    heading_from = None
                continue
            if style in ARTICLE_STYLES:  # 第三条␣ / 第二章␣: written only as labels (the space after them is kept)
                self._accept(style, number)
                cuts.append(m.start())
                heading_from, heading_style = m.end(), style
                continue
            # only a few characters are looked at around each marker: a long line stays linear
            # a space before the marker stands where the line break was ("…增长10%, 一、做强产业 1.做大…")
            before = text[max(0, m.start() - 4) : m.start()]
            # after a colon: a list's first item (…如下：一、…), or the next number of a sequence running through
            # headings that end in a colon (…成员单位：市X局主要职责：5.组织… / …）二月份：4.组织…)
            after_colon = bool(_LIST_OPENING.search(before)) and (number == 1 or self._fits(style, number))
            after_sentence = bool(_AFTER_SENTENCE.search(before)) or text[m.start() - 1] == " " or after_colon
            if not (confirmed or self._fits(style, number, gap=_GAP if after_sentence else 1)):
                continue  # skipped numbers are taken after a finished sentence; after a heading only one
            if year_after and not (after_sentence and self.last.get(style) == number - 1):
                continue  # 2.2025年 continues 1.…。, not a figure in a sentence (…共2.2025年…) nor a restart
            # a heading begun on the line before (a page chunk cut it: "（一）夯实数字" / "化转型基础1.加快…") runs on here
            heading = (text[heading_from : m.start()] if heading_from is not None
                       else carry + text[: m.start()] if carry else "")
            after_heading = len(heading) <= _HEADING_RUN and _short_heading(heading, heading_style)
            # the plan's title run straight into its first section (…2025年2月10日某市2025年重点工作责任分解一、主要…)
            after_heading = after_heading or (title_from is not None and _short_heading(text[title_from : m.start()]))
            back = _reach_back(before_line, text, m.start(), cuts)
            after_label = (not after_sentence and (confirmed or self._fits(style, number))
                           and (_LABEL_CLAUSE.search(back) is not None or _after_dashed_units(back)))
            # a section's next number whose short heading runs straight into the first item under it (…人员密集场所
            # 三、检查重点（一）危险化学品。…): the section starts whatever stands before it (a field's value, a figure)
            into_first = (style == "cn" and self._fits(style, number)
                          and _SECTION_INTO_FIRST_ITEM.match(text, m.end(), m.end() + _HEADING_RUN) is not None)
            if not (after_sentence or after_heading or after_label or into_first):
                continue
            self._accept(style, number)
            cuts.append(m.start())
            heading_from, heading_style = m.end(), style
            framework_end = _framework_heading_end(text, m.end()) if style in _FRAMEWORK_STYLES else None
            if framework_end is not None:
                cuts.append(framework_end)
                heading_from = None  # a paragraph follows, no heading: its 第一、 (安全第一、服务至上) starts no item
            fields = _FIELDS_AFTER_HEADING.match(text, m.end(), m.end() + _HEADING_RUN) if style == "cn_paren" else None
            if fields is not None:
                cuts.append(fields.end())
                heading_from = None  # the fields follow, no heading: the next item is looked for after their units
        self._carry_on(text, carry, heading_from, heading_style)
        self.signed = (signed and not cuts) or _SIGNED.search(text, cuts[-1] if cuts else 0) is not None
        return sorted({*cuts, *(m.end() for m in _ABOVE_AFTER_SENTENCE.finditer(text)), *_unit_first_duties(text, sorted(cuts))})

    def _section_closing_the_line(self, text: str, next_line: str) -> list[int]:
        """[offset] of a section's label run on at the end of a paragraph, or []: a page that lost a break runs the
        first section's heading into the plan's aims paragraph (…贡献人道力量。一、坚持党建引领，筑牢发展根基), its first
        item on the next line. Taken only where the label follows a finished sentence, is the next section number,
        its heading runs short to the line's end, and the next line opens the numbering under it at 1 (1. / （一）)."""
        found = None
        for found in _SECTION_AFTER_SENTENCE.finditer(text, max(0, len(text) - _HEADING_RUN)):
            pass
        if found is None or not _short_heading(text[found.end():], "cn"):
            return []
        number = cn_number(found.group(1))
        below = label_of(next_line) if next_line else None
        if (number <= 0 or not self._fits("cn", number) or below is None or below.number != 1
                or below.style not in STYLES[STYLES.index("cn") + 1:]):
            return []
        self._accept("cn", number)
        return [found.start(1)]

    def _carry_on(self, text: str, carry: str, heading_from: int | None, style: str | None) -> None:
        """Keep the heading the line ends in, if it is one, for the next line (a chunk may start inside it)."""
        tail = text[heading_from:] if heading_from is not None else carry + text if carry else ""
        keep = len(tail) <= _HEADING_RUN - 4 and _short_heading(tail, style)
        self.carry, self.carry_style = (tail, style) if keep else ("", None)


def _next_number_follows(text: str, markers: list[re.Match], at: int, number: int) -> bool:
    """Does an item numbered `number` + 1, of the style of markers[at], follow among the next few markers, after a
    finished sentence, a closing bracket or a unit label's clause with no stop (_CONFIRMED_GAP)? An item opening
    with a year (7.2030年底前…, the marker arabic_year) is an arabic item of the sequence as any other."""
    style = _SEQUENCE_OF.get(markers[at].lastgroup, markers[at].lastgroup)
    for m in markers[at + 1 : at + 1 + _CONFIRM_REACH]:
        kind = m.lastgroup
        if (_SEQUENCE_OF.get(kind, kind) == style and _number_of(kind, m.group(kind)) == number + 1
                and (_AFTER_SENTENCE.search(text[max(0, m.start() - 4) : m.start()])
                     or _after_units_clause(text, m.start()))):
            return True
    return False


_SEQUENCE_OF = {"arabic_year": "arabic"}  # the markers numbering one sequence under another group's name
# …完成20项改革任务。牵头单位：市数据局14.开展…: the commonest one-line layout closes each item with its unit label's
# clause and no stop; the next item's number follows the last body's name. As a confirmation of a skipped number the
# clause must be clean: a unit label, a colon and bodies' names alone (市数据局 / 市X局、市Y局), not a figure's or a
# sentence's words that a number inside them would follow.
_UNITS_CLAUSE = re.compile("(?:" + lexicon.UNIT_LABEL + r")\s*" + lexicon.LABEL_COLON + r"([^。；;：:]{2,60})$")


def _after_units_clause(text: str, at: int) -> bool:
    """Does text[:at] end in a clean unit label's clause (_UNITS_CLAUSE)? Looked for in the few dozen characters
    before `at` (a long line stays linear)."""
    m = _UNITS_CLAUSE.search(text, max(0, at - _LABEL_REACH), at)
    if m is None:
        return False
    names = [strip_trailing_brackets(x.strip()) for x in re.split("[、，,]", m.group(1))]
    return all(name and unit_like(drop_trailing_qualifier(name)) for name in names)


def _number_of(style: str, raw: str) -> int:
    """The number a marker of running text carries (its group `style` as _RUNNING names it, its text `raw`)."""
    if style in _ONE_CHAR_BASE:
        return ord(raw) - _ONE_CHAR_BASE[style] + 1
    digits = ocr_digits(raw) if style == "arabic" else raw  # (1〇. read by OCR)
    return int(digits) if digits.isdigit() else cn_number(raw)


def _reach_back(before_line: str, text: str, at: int, cuts: list[int]) -> str:
    """The text before a marker a label clause is looked for in; where no item began on this line before the marker,
    the end of the line before runs on into it (a page chunk began inside the clause)."""
    head = text[max(0, at - _LABEL_REACH) : at]
    if cuts or at >= _LABEL_REACH:
        return head
    return (before_line + head.lstrip())[-_LABEL_REACH:]


def _signed_end(text: str, start: int, end: int, signed_before: bool) -> int | None:
    """Where the notice's signature date last ends in text[start:end] (`start` if the date was on the line before),
    or None: no notice was signed there."""
    last = None
    for last in _SIGNED.finditer(text, start, end):
        pass
    if last is not None:
        return last.end()
    return start if signed_before else None


# 一、推动文旅融合（1）创建… / 二、提升服务（7）完善…: a section's label, its short heading, then the first item's label
# (numbered on through the sections or afresh)
_HEADING_INTO_FIRST_ITEM = re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*[^。；;，,:：（(\d]{2,30}?"
                                      r"(?:[（(]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[.．、](?!\d))\s*[^\s\d)）]")
_SECTIONS_RUN_ON = 2  # sections so written: one may be a heading with a number in its words


def lost_line_breaks(lines: list[str]) -> bool:
    """Has the text lost its line breaks? Hardly any line starts with a number for the length of the text.

    A plan keeps one item to a line: rarely more than a thousand characters per numbered line start.
    Where a long text has almost none, its items run on inside the lines.
    """
    chars = sum(len(ln) for ln in lines)
    starts = sum(1 for ln in lines if label_of(ln))
    if chars >= _RUNNING_MIN and starts < max(3, chars / 3000):
        return True
    # a phone's reading view keeps a line a section and runs the section's items on inside it: its heading runs
    # straight into the first item (一、推动文旅融合（1）创建…（2）…), which a text keeping its breaks never writes
    return sum(1 for ln in lines if _HEADING_INTO_FIRST_ITEM.match(ln)) >= _SECTIONS_RUN_ON


# Part of a text may lose its breaks where the rest keeps them: a sharing site's preview pastes a page or two as one
# line (…（县X局牵头，县Y局配合）12、推进…（县Z局负责）（四）提升…水平17、提升…). There an item's number follows
# the closing bracket of the item before (its units' annotation), and a group's or a section's heading runs into its
# first item (…落实）四、推动“三献”工作，弘扬人道精神17.推进…).
# A number so placed: after a closing bracket, perhaps through a group label (（四）) or a section label (四、) and its
# short heading (no stop, no figure in it; a section's two halves may be parted by a comma, as _short_heading allows);
# not a figure's or a date's (3.5亿 / 2025年 / 1、2号线 carry no 、/. with text after it)
_ITEM_AFTER_BRACKET = re.compile(
    rf"[)）]\s*(?:[(（][{_CN}]{{1,3}}[)）][^。；;，,:：（()）\d]{{2,30}}?|[{_CN}]{{1,3}}、[^。；;:：（()）\d]{{2,30}}?)?"
    r"(?<![\d.．])(\d{1,3})\s?[.．、](?![\d\s.．、%])")


# An item's number cited in a sentence, not opening an item: after 第 (第（一）项 / 第3条) or after 至 / 到 closing a
# range of them (第（一）至（三）项). A plan's 职责分工 paragraph gives units by number so (第（一）至（三）项任务由市X局
# 牵头…); run on after its heading (五、职责分工第（一）至…) it is no new item. (The words after the number are not
# looked at: （三）项目谋划 is a heading.)
_CITED = re.compile(lexicon.alternation(lexicon.NUMBER_CITING_MARKS))


# A sentence speaking for the items above it (以上各项任务，排在第一位的为牵头单位… / 上述工作均由X负责), after a finished
# sentence: where the breaks are kept it stands on a line of its own after the last item, a note on all of them; run
# on, it would be read as the last item's own words. It starts a line of its own (the match ends where it starts).
_ABOVE_AFTER_SENTENCE = re.compile(r"[。！？!?]\s*(?=" + lexicon.ITEMS_ABOVE_SCOPE + r"(?:[，,]|(?:均|都)?由))")


# A 部门职责 / 职责分工 part written one paragraph a unit with no number (县X局：负责…。县Y局：负责…): where the breaks are
# lost each body's name and colon follows the duty before it, or the part's heading (三、部门职责县X局：负责…), with no
# label to split at. A paragraph starts there where the name before the colon is a whole body's (duties.lead_units: a
# level word or a body's own opening, every name a unit's; a label 牵头单位：, a heading 主要目标：, a collective
# 其他有关部门： are not), the reading the part gets where its breaks are kept. Candidates: after a finished sentence,
# or after a section's or group's label and a short heading ending in the words that announce such paragraphs.
_DUTY_PARAGRAPH_OPENS = re.compile(
    r"[。！？!?]\s*|(?:[" + _CN + r"]{1,3}、|[（(][" + _CN + r"]{1,3}[)）])\s*[^。；;，,:：\d\s]{0,16}?(?:"
    + lexicon.alternation(lexicon.DUTY_TITLE_ENDS + lexicon.DIVISION_HEADING_ENDS + ("主要职责", "工作职责"))
    + r")\s*")
_DUTY_LEAD_SPAN = 60  # characters a unit's name and its colon are looked for in
# Under such a heading a part may write its paragraphs `X负责…` with no colon (五、职责分工市医保局负责…。市审计局负责…):
# run on, the heading's words end where the first body's name and its duty verb begin (duties.unit_before_its_verb), and
# each later paragraph of the part after a finished sentence, until the next item's label; a later one may be written
# `X要…` (县委宣传部要加强…, duties.unit_before_its_modal), as the part read with its breaks reads it. Elsewhere a
# sentence opening with a body and 负责 is a task's own words (…。市X局负责统筹协调。), no paragraph of its own.


def _unit_first_duties(text: str, cuts: list[int]) -> list[int]:
    """Offsets where a unit-first duty paragraph starts inside running text (_DUTY_PARAGRAPH_OPENS). `cuts`: where
    the items found by their labels start (sorted), each ending the duty part before it."""
    from .duties import lead_units, unit_before_its_modal, unit_before_its_verb  # (duties needs the outline first)
    starts = []
    part_from = None  # where the paragraphs under a duty part's heading began (the comment above)
    for m in _DUTY_PARAGRAPH_OPENS.finditer(text):
        at = m.end()
        window = text[at : at + _DUTY_LEAD_SPAN]
        if not window or label_of(window) is not None:
            continue  # a numbered item is the markers' to start, in its sequence (12.市X局：… after 。 may be no item)
        lead = lead_units(window)
        if lead is not None and lead[1] and text[at + lead[0] - 1] in ":：":
            starts.append(at)
            continue
        after_heading = text[m.start()] not in "。！？!?"
        if part_from is not None and bisect.bisect_right(cuts, part_from) != bisect.bisect_right(cuts, at):
            part_from = None  # an item began since: the duty part is over
        if (after_heading or part_from is not None) and unit_before_its_verb(window) is not None:
            starts.append(at)
            part_from = at if after_heading else part_from
        elif part_from is not None and not after_heading and unit_before_its_modal(window) is not None:
            starts.append(at)  # the part's later paragraphs written `X要…` (县委宣传部要加强…), read so where kept
    return starts


def items_run_on(text: str) -> bool:
    """Has this line alone lost its breaks? Two items numbered one after the other each begin right after a closing
    bracket: annotations closed and the next items began on the same line. One number after a bracket is not enough
    (…按清单（见附件）2.完成…: a reference, a list, a duplicate of the next line's item); the sequence must run on.

    A page that lost only some breaks often leaves two items on a line (1.…（X负责）2.…): the line's own label is the
    first number then, and the one after the bracket the next; that bracket must close an annotation (its units'
    label or role verb), as a reference (见附件) or a year (2030年) does not."""
    after = list(_ITEM_AFTER_BRACKET.finditer(text))
    numbers = [int(m.group(1)) for m in after]
    if any(b == a + 1 for a, b in zip(numbers, numbers[1:])):
        return True
    label = label_of(text) if after else None
    return (label is not None and label.style == "arabic" and numbers[0] == label.number + 1
            and _closes_an_annotation(text, after[0].start()))


# the words that close a bracket of units: a unit label and its colon (责任部门：办公室) or a role verb at its end
# (X牵头，Y配合 / 按职责分工负责 / 具体实施)
_UNITS_LABELLED = re.compile("(?:" + lexicon.UNIT_LABEL + r")\s*" + lexicon.LABEL_COLON)
_ROLE_VERBS_CLOSING = tuple(sorted({**lexicon.VERB_ROLES, **lexicon.VERBS_AFTER_A_NAME}, key=len, reverse=True))


def _closes_an_annotation(text: str, at: int) -> bool:
    """Does the closing bracket at `at` end an annotation naming units? Only the words since the last full stop before
    it are looked at (a few dozen characters: a long line stays linear)."""
    inside = text[max(0, at - _LABEL_REACH) : at]
    inside = inside[inside.rfind("。") + 1 :].rstrip()
    return inside.endswith(_ROLE_VERBS_CLOSING) or _UNITS_LABELLED.search(inside) is not None


# A section's or a group's heading that names a part of the plan saying why and to what end (一、指导思想 / 二、工作目标 /
# （二）基本原则: words.framework.FRAMEWORK) runs straight into its paragraph where the line break was lost (二、整改目标对照
# 反馈的问题…). Its paragraph starts where the heading's words end, as on a page keeping its breaks: read as the
# heading's title, the paragraph (…明确责任单位和整改时限 / 2025年底前…) made the section read as a task, and the plan's
# items under the later sections as no tasks at all.
_FRAMEWORK_STYLES = ("cn", "cn_paren")
_FRAMEWORK_HEADING_MAX = 12  # characters of such a heading at most, looked at after the label (a long line stays linear)


def _framework_heading_end(text: str, start: int) -> int | None:
    """Where a framework heading (指导思想, 工作目标, 基本原则 …) opening text[start:] ends, when a paragraph runs on
    right after it (a character of words, no label's bracket or figure, no stop); the longest such heading. None if
    no such heading opens it, or if the words after it are the rest of the heading's own title (_ends_a_short_title)."""

    for end in range(min(len(text) - 1, start + _FRAMEWORK_HEADING_MAX), start + 1, -1):
        if FRAMEWORK.match(text[start:end]):
            runs_on = _RUNS_ON.match(text, end, min(len(text), end + _RUNS_ON_SPACES + _FIGURE_REACH))
            if runs_on:
                return None if _ends_a_short_title(text, runs_on.end()) else runs_on.end()
    return None


# the paragraph's first character: a word (not （一） / 1. / ：), perhaps after the space a page put for the break; after
# that space a figure opens it too (（三）工作目标 2025年底前…: the space is where the heading's line ended), not a label's
# number (1. / 2、) nor glued to the heading's words (工作目标2025 may be the heading's own title)
_RUNS_ON = re.compile(r"\s{0,3}(?=[\u4e00-\u9fff“])|\s{1,3}(?=\d+(?![\d.．、]))")
_RUNS_ON_SPACES = 3
_FIGURE_REACH = 6  # characters a figure and the one after it are looked at in (2025年 / 12.)
# A heading may merely open with a framework word and go on with its own title (（一）目标任务分解到人。 / （二）强化原则
# 意识。 / 一、工作任务清单化管理（一）…): a few words alone, then a full stop, the line's end or the next label. A
# paragraph run on after a framework heading is a sentence: it runs longer, or goes on past a comma or a figure
# (指导思想坚持问题导向，… / 整改目标对照反馈的问题逐条制定措施，…).
_TITLE_TAIL_MAX = 8
_TITLE_WORDS = re.compile(r"[\u4e00-\u9fff]+")
_TITLE_CLOSE = re.compile(r"[。！？!?；;]|[ \t\u3000]*(?:\n|[（(]|[0-9０-９]{1,2}[.、．]|[一二三四五六七八九十]{1,3}、)")
_TITLE_CLOSE_REACH = 6


def _ends_a_short_title(text: str, at: int) -> bool:
    """Do the words at `at` end a heading's title: a few words alone (_TITLE_TAIL_MAX), then a stop, the line's or
    the text's end or a label? Looked at in a few characters (a long line stays linear)."""
    words = _TITLE_WORDS.match(text, at, min(len(text), at + _TITLE_TAIL_MAX + 1))
    if words is None or words.end() - at > _TITLE_TAIL_MAX:
        return False
    rest = text[words.end() : words.end() + _TITLE_CLOSE_REACH]
    return (not rest.strip() and words.end() + _TITLE_CLOSE_REACH >= len(text)) or _TITLE_CLOSE.match(rest) is not None


_HEADING_RUN = 44  # a heading run into its first item is this short at most
# a section's label after a finished sentence (…力量。一、…), looked for in a line's last characters only
_SECTION_AFTER_SENTENCE = re.compile(rf"[。！？!?]\s*([{_CN}]{{1,3}})、")


def _short_heading(text: str, style: str | None = None) -> bool:
    """A heading run into its first item: short, no sentence in it. A section's (一、) two halves may be parted by a
    comma, as national and provincial plans word them (一、大力提振消费、提高投资效益，全方位扩大国内需求（一）…); so may
    a group's (（一）坚持政治引领，筑牢思想根基1.…), in two halves of words alone (_TWO_HALVES); after a lower label a
    comma goes on with a task's sentence (3.完善防护工程，按第（一）项…)."""
    if not 0 < len(text.strip()) <= _HEADING_RUN - 4:
        return False
    if style == "cn":
        return not _STOPS.search(text)
    if not _STOPS_AND_COMMAS.search(text):
        return True
    return style == "cn_paren" and _TWO_HALVES.fullmatch(text.strip()) is not None


_STOPS = re.compile(r"[。；;！？!?]")
_STOPS_AND_COMMAS = re.compile(r"[。；;，,！？!?]")
# a group heading worded in two halves, each of four characters or more, one comma between, no figure nor bracket
# (坚持政治引领，筑牢清廉机关思想根基), as a sentence going on after a comma seldom is (按第（一）项… / 2025年底前…)
_TWO_HALVES = re.compile(r"[^。；;，,！？!?:：\d()（）]{4,20}[，,][^。；;，,！？!?:：\d()（）]{4,20}")
