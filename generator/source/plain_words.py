"""What converters and typesetting add around a plan's words that is not its words, taken off before it is read.

- Markdown's emphasis and heading marks, as a converter (pandoc, a 公众号 editor's export) writes a Word document's
  bold headings: **四、工作要求** / __（一）加强领导__ / ## 二、重点任务. The words they mark are read as the plain lines
  they stand for (a bold 四、 is a section like any 四、).
- A label justified to the width of the labels under it, letter by letter (责 任 单 位：, 包 联 领 导：), as Word
  sets a project sheet's labels: the label is the word it spells.
- A line set with distributed alignment, as a justified PDF's text layer gives a short last line or a label line:
  one space after every character (（ 团 县 委 、 县 文 明 办 牵 头 ， 县 民 政 局 配 合 ）, 牵 头 单 位 : 县 财 政 局 ; 配 合 单 位 : …):
  the line is the words it spells, closed up.
- Markdown's italics around Chinese words, as a CMS export writes a line set in italics (*牵头单位：X；配合单位：Y*,
  *（X牵头）*): the words are read without the stars.
- Markdown's list marks (- / * / +) before an item's own number or a label, as wikis and static sites write a plan's
  numbered points inside bullet lists (- 1. 推进…, nested `  - 3. …`, * 11. …) and each unit label on a bullet of its
  own under its point (  - 牵头单位：X): the number is the task's, the label line the task's, as if unmarked.
- A Markdown task list's checkbox after the list mark (- [x] 上线… / - [ ] 开展…): the box is the mark's, no word of
  the title.
- A Word footnote's reference pandoc's plain text writes as a bracketed number after the word ([2]), where the
  note it refers to stands in the text as a line opening with that number.
- A team doc's owners and due date at an item's end (飞书, 语雀, 钉钉文档 task lists: - [ ] 1. 推行… @区甲局 @区乙局
  📅 2025-06-30, a mention maybe a link [@区甲局](https://…)): the bracket of units and the deadline label a plan
  writes, （区甲局、区乙局；完成时限：2025-06-30）.
- A footnote's reference a PDF-to-Markdown converter writes as a LaTeX superscript after the word (设备更新$^{2}$。):
  a mark of the page, no word of the title or name.
- Markdown's lazy ordered lists, as converters through HTML write a Word list (every item `1.`): each item takes
  the number the page renders, by place in its list (1, 2, 3).
- A bold item a converter ran in after a heading's title on its line (## （二）标题 **9.任务。** 正文): the item
  opens a line of its own under the heading.
- Markdown's backslash escapes, as HTML-to-Markdown converters (Turndown, CMS exports) write a paragraph opening with a
  number (23\\. 完善…, so it is not made a list) or a literal star or underscore (\\*): the character is read as written;
  a backslash ending a line (CommonMark's hard line break) is no character of the line.
"""
from __future__ import annotations

import re

from ..words.labels import LABEL_LINE, UNNUMBERED, label_of
from ..words import lexicon as lx
from ..words.names import unit_like


def plain_words(text: str) -> str:
    """The text without Markdown's marks and with justified lines and labels closed up."""
    return _labels_closed_up(_spaced_lines_closed_up(_names_nested_under_a_label_unmarked(_without_list_marks(
        _owners_and_due_dates_read(_without_emphasis(_without_footnote_references(
        _lazy_ordered_lists_numbered(text))))))))


# ---- Markdown's lazy ordered lists: every item written 1. (lexicon-free: CommonMark's own rule) ----
# Converters that go through HTML (mammoth, Turndown, a CMS or wiki editor) write a Word automatic list as `1.` on
# every item, and a Markdown writer may too: the renderer numbers a list from its first item's number by place
# (1. 1. 1. -> 1, 2, 3), so the page a reader sees, and the plan the author meant, count 1, 2, 3. A list ends, as
# the renderer ends it, at a heading, a quote or other block opening at less than its items' content indent (a
# `  - ` bullet under `1. `, an unindented paragraph after a blank line), and the next `1.` opens a new list from 1.
# Only a list whose items are ALL printed with one number is renumbered; a list numbered in order (1. 2. 3.) or
# mixed (1. 1. 3.) keeps its printed numbers (the sequence check warns about a mixed one). Only in a text Markdown
# marks show to be Markdown (a # heading or a ** bold): in a plain text a repeated 1. is what its author wrote.
_MARKDOWN_SIGN = re.compile(r"^[ \t]*#{1,6}[ \t]+\S|\*\*\S", re.M)
_ORDERED_ITEM = re.compile(r"([ \t]*)([0-9]{1,9})([.)])([ \t]+|$)")
# a line opening a block of its own: it ends a paragraph, so it is no lazy continuation of an item's words
_BLOCK_OPENING = re.compile(r"[ \t]*(?:#{1,6}(?:[ \t]|$)|>|[-*+](?:[ \t]|$)|```|~~~|[0-9]{1,9}[.)](?:[ \t]|$))")


class _OpenList:
    """An ordered list still open: its delimiter, where its items' words begin, the indent it must keep to stay
    inside the list holding it, and its items (line index, printed number)."""

    def __init__(self, delimiter: str, floor: int) -> None:
        self.delimiter, self.floor, self.content, self.items = delimiter, floor, 0, []

    def add(self, index: int, indent: int, item: re.Match) -> None:
        spaces = len(item.group(4).expandtabs(4))
        width = len(item.group(2)) + 1 + (spaces if 1 <= spaces <= 4 else 1)
        self.content = indent + width
        self.items.append((index, int(item.group(2))))


def _lazy_ordered_lists_numbered(text: str) -> str:
    """`1. 甲` / `1. 乙` / `1. 丙` -> `1. 甲` / `2. 乙` / `3. 丙` in a Markdown text: each list whose items all print
    one number numbered by place from it, as the page renders it; every other line as written."""
    if not _MARKDOWN_SIGN.search(text) or not re.search(r"(?m)^[ \t]*[0-9]{1,9}[.)][ \t]", text):
        return text
    lines = text.split("\n")
    open_lists: list[_OpenList] = []
    closed: list[_OpenList] = []
    words_before = False  # the line before is words of a paragraph (a lazy line may go on them)
    for i, line in enumerate(lines):
        if not line.strip():
            words_before = False
            continue
        indent = len(line) - len(line.lstrip(" \t"))
        indent = len(line[:indent].expandtabs(4))
        item = _ORDERED_ITEM.match(line)
        lazy = words_before and not _BLOCK_OPENING.match(line)
        while open_lists and not lazy and indent < open_lists[-1].content:
            top = open_lists[-1]
            if item and item.group(3) == top.delimiter and indent >= top.floor:
                break  # the list's next item
            closed.append(open_lists.pop())
        if item and (not open_lists or indent >= open_lists[-1].content):
            open_lists.append(_OpenList(item.group(3), open_lists[-1].content if open_lists else 0))
        if item:
            open_lists[-1].add(i, indent, item)
        words_before = not re.match(r"[ \t]*#{1,6}(?:[ \t]|$)", line)
    closed.extend(open_lists)
    for ordered in closed:
        _numbered_by_place(lines, ordered)
    return "\n".join(lines)


def _numbered_by_place(lines: list[str], ordered: _OpenList) -> None:
    """The list's items renumbered start, start+1, … where every one prints the same number; else as printed."""
    numbers = {number for _, number in ordered.items}
    if len(ordered.items) < 2 or len(numbers) != 1:
        return
    start = numbers.pop()
    for place, (index, _) in enumerate(ordered.items):
        item = _ORDERED_ITEM.match(lines[index])
        lines[index] = item.group(1) + str(start + place) + lines[index][item.end(2):]


# ---- a team doc's mentions and calendar symbol (lexicon MENTION_MARK, DEADLINE_SYMBOLS) ----
# Team docs name each owner of an item as a mention at the item's end, spaced from the words and from each other
# (… 12个 @区甲局 @区乙局 @区丙局), an export writing a mention as a link ([@区甲局](https://x.feishu.cn/wiki/…)), and
# the due date after a calendar symbol (📅 2025-12-31, on the item's line, the next line or a sub-bullet). The mentions
# are the item's units as a bracket lists them, in their order (a rule the doc states, 第一个为牵头单位, reads them as
# it reads such a bracket; with none they are responsible); the symbol is the deadline's label. Only a run of
# mentions closing the line, every one naming a body (unit_like), is read: a person's mention (@张三) or one inside
# the sentence stays text.
_MENTION = re.compile(r"\[" + lx.MENTION_MARK + r"([^\s\[\]@]+)\]\([^\s()]*\)|" + lx.MENTION_MARK + r"([^\s\[\]@]+)")
_LIST_MARK_ONLY = re.compile(r"[ \t]*(?:[-*+][ \t]+(?:\[[ xX]\][ \t]+)?)?")


def _owners_and_due_dates_read(text: str) -> str:
    """`… @区甲局 @区乙局 📅 2025-06-30` -> `…（区甲局、区乙局；完成时限：2025-06-30）`, line by line."""
    if lx.MENTION_MARK not in text and not any(symbol in text for symbol in lx.DEADLINE_SYMBOLS):
        return text
    return "\n".join(_owners_and_due_date_read(line) for line in text.split("\n"))


def _owners_and_due_date_read(line: str) -> str:
    if _a_table_row(line):
        return _mentions_in_cells_read(line)
    words, due, after = _due_date_apart(line)
    words, owners = _mentions_apart(words)
    if not owners and due is None:
        return line
    fields = (["、".join(owners)] if owners else []) + ([lx.DEADLINE_SYMBOL_LABEL + "：" + due] if due else [])
    if _LIST_MARK_ONLY.fullmatch(words) and not owners:  # (- 📅 2025-06-30: the deadline's own line)
        return words + fields[0] + after
    return words.rstrip() + "（" + "；".join(fields) + "）" + after


_BRACKET_OPENS = "（(【["


def _due_date_apart(line: str) -> tuple[str, str | None, str]:
    """The line's words before a calendar symbol, the date after it (None where there is no symbol, or where it is
    glued to the word before it or has no date after it), and what follows the date from a bracket on (📅 6月底前
    （牵头单位：X）: the bracket is the item's annotation, no word of its date)."""
    for symbol in lx.DEADLINE_SYMBOLS:
        at = line.find(symbol)
        if at < 0 or (at and not line[at - 1].isspace()):
            continue
        rest = line[at + len(symbol):]
        cut = next((i for i, ch in enumerate(rest) if ch in _BRACKET_OPENS), len(rest))
        due = rest[:cut].replace("\ufe0f", "").strip()
        if due:
            return line[:at], due, rest[cut:]
    return line, None, ""


def _mentions_apart(words: str) -> tuple[str, list[str]]:
    """The words before the run of mentions closing them, and the names it mentions ([] where there is none)."""
    if lx.MENTION_MARK not in words:
        return words, []
    pieces = list(re.finditer(r"\S+", words))
    if pieces and pieces[-1].group() in lx.MENTION_RUN_ENDS:
        closing, pieces = pieces[-1].group(), pieces[:-1]
    else:
        closing = ""
    names: list[str] = []
    start = len(words)
    for piece in reversed(pieces):
        mention = _MENTION.fullmatch(piece.group())
        if mention is None:
            break
        names.append(mention.group(1) or mention.group(2))
        start = piece.start()
    if not names or not all(unit_like(name) for name in names):
        return words, []
    if words[:start].rstrip().endswith(lx.MENTION_RECIPIENT_VERBS):
        return words, []  # 名单报 @县应急管理局: whom the words go to
    names.reverse()
    return words[:start], names[:-1] + [names[-1] + closing]


# A knowledge base's 分工表 names each row's owners as mentions in its 牵头 / 配合 cells: | @区甲局 | @区乙局 @区丙局 |,
# @区乙局<br>@区丙局, @区乙局、@区丙局. A cell that is a run of mentions and nothing else, every one naming a body,
# holds those names as a cell lists them: the marks go, mentions parted only by spaces are parted by 、 (the table
# reader parts a cell's names at 、 and <br>, not at a space, which would glue them into one name). A cell with other
# words (a person's mention among them, a mention inside a sentence) stays as written.
_CELL_MENTION = re.compile(r"\[" + lx.MENTION_MARK + r"([^\s\[\]@<、，,；;]+)\]\([^\s()]*\)|" + lx.MENTION_MARK
                           + r"([^\s\[\]@<、，,；;]+)")
_CELL_MENTIONS_GAP = re.compile(r"[ \t\u3000]*(?:<br\s*/?>|[、，,；;])?[ \t\u3000]*", re.I)


def _a_table_row(line: str) -> bool:
    row = line.strip()
    return row.startswith("|") and row.endswith("|") and row.count("|") >= 3 and lx.MENTION_MARK in row


def _mentions_in_cells_read(row: str) -> str:
    """`| 1 | @区甲局 | @区乙局 @区丙局 |` -> `| 1 | 区甲局 | 区乙局、区丙局 |`: each cell of mentions alone."""
    return "|".join(_cell_mentions_read(cell) for cell in row.split("|"))


def _cell_mentions_read(cell: str) -> str:
    words = cell.strip()
    if not words.startswith(lx.MENTION_MARK) and not words.startswith("[" + lx.MENTION_MARK):
        return cell
    names, gaps, at = [], [], 0
    for mention in _CELL_MENTION.finditer(words):
        gap = words[at:mention.start()]
        if names and not _CELL_MENTIONS_GAP.fullmatch(gap) or not names and gap:
            return cell
        gaps.append(gap.strip() or "、")
        names.append(mention.group(1) or mention.group(2))
        at = mention.end()
    if at != len(words) or not names or not all(unit_like(name) for name in names):
        return cell
    read = names[0] + "".join(gap + name for gap, name in zip(gaps[1:], names[1:]))
    return cell[:len(cell) - len(cell.lstrip())] + read + cell[len(cell.rstrip()):]


_EMPHASIS = re.compile(r"(?<!\\)(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
# single-mark italics on one line around words holding a Chinese character. The opening mark stands where a word
# cannot go on (the line's start, a space, a punctuation mark: 。*（X牵头）*) and is followed by text, the closing one
# follows text and stands where the next word cannot have begun: a lone star between words, as a footnote mark
# (标*的为约束性指标, 指标名称*), is no italic
_ITALIC = re.compile(r"(?<![\w*\\])([*_])(?=[^\s*_])([^*_\n]+?)(?<=[^\s*_\\])\1(?![\w*])")
_CHINESE = re.compile(r"[\u4e00-\u9fff]")
_HEADING_MARK = re.compile(r"^[ \t]*#{1,6}[ \t]+(?=\S)", re.M)
# the quotation marks and brackets that open and close a quoted or bracketed span, pair by pair
_OPENING_MARKS = "“‘「『（(【[《〈〔"
_CLOSING_MARKS = "”’」』）)】]》〉〕"
_CLOSING_MARK_OF = dict(zip(_OPENING_MARKS, _CLOSING_MARKS))


def _a_quoted_sign(text: str, at: int) -> bool:
    """The mark at `at` stands alone between a pair of quotes or brackets (带“*”号的为牵头单位, "*", （*）): a sign the
    words quote, as a legend quotes the star it explains, no emphasis mark."""
    before, after = text[at - 1:at], text[at + 1:at + 2]
    return bool(before) and (_CLOSING_MARK_OF.get(before) == after or (before == after and before in "\"'"))


def _brackets_balanced(words: str) -> bool:
    """Every quote and bracket the words open they close, and they close none they did not open: emphasis marks a
    phrase or a whole bracket (*（X牵头）*), never the end of one quotation or bracket and the start of the next (带“*”号的
    为牵头单位…未标注“*”号的; （*X局、Y局）…（Z局*、W局）: two signs, no italic between them)."""
    waiting: list[str] = []
    for ch in words:
        if ch in _CLOSING_MARK_OF:
            waiting.append(_CLOSING_MARK_OF[ch])
        elif ch in _CLOSING_MARKS and (not waiting or waiting.pop() != ch):
            return False
    return not waiting


def _an_italic(text: str, m: re.Match) -> bool:
    """The mark pair is Markdown's italics around Chinese words: each mark a mark, not a quoted sign, and the words
    between them text whole in its quotes and brackets."""
    return (_CHINESE.search(m.group(2)) is not None and not _a_quoted_sign(text, m.start())
            and not _a_quoted_sign(text, m.end() - 1) and _brackets_balanced(m.group(2)))


def _italics_unmarked(text: str) -> str:
    """The text with the words of each italic mark pair read without their marks; a mark that pairs with no other
    as an italic (a sign, a footnote star) stays, and the next mark is tried as the opening one."""
    if "*" not in text and "_" not in text:
        return text
    pieces: list[str] = []
    kept = at = 0
    while (m := _ITALIC.search(text, at)) is not None:
        if _an_italic(text, m):
            pieces += [text[kept:m.start()], m.group(2)]
            kept = at = m.end()
        else:
            at = m.start() + 1
    return "".join(pieces) + text[kept:]


# a backslash before the ASCII punctuation Markdown would otherwise read as a mark (CommonMark's escapes); a pipe's
# escape aside (_pipes_unescaped_outside_table_rows). A backslash right before a line's end is CommonMark's hard line
# break, as editors writing through prosemirror-markdown or pandoc (-t gfm / commonmark) set a break inside a paragraph
# (责任科室：甲科\ / 配合单位：乙科): the line breaks there, the backslash no character of the name before it
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~=<])|\\(?=\n)")
# a pipe no backslash escapes: a column boundary of the GFM table row holding it
_BOUNDARY_PIPE = re.compile(r"(?<!\\)\|")


def _pipes_unescaped_outside_table_rows(text: str) -> str:
    """The text with \\| read as | except on a GFM table's row (a line holding a pipe no backslash escapes): there
    the escape says the pipe is a cell's text, no column boundary, and the table reader reads it so
    (formats/table/delimited.py); unescaped earlier it would split the cell."""
    return "\n".join(line if _BOUNDARY_PIPE.search(line) else line.replace("\\|", "|")
                     for line in text.split("\n"))


# a label of the item's units, deadline or fields set in bold and parted from what it labels by a space, not a colon
# (- **牵头单位** 县甲局 / **完成时限** 2025年底 / X；**配合单位** 县乙局): Markdown writers let the bold set the label
# off as the colon would. The bold stands where a label can open: at the line's start, after a list mark or a space,
# or after the ；that ends the label before it; and the words after the space are on the same line (a label alone at
# its line's end, its units on the lines below, keeps whatever colon it has)
_BOLD_LABEL_BEFORE_A_SPACE = re.compile(
    r"(?<![^\s；;])(\*\*|__)(" + lx.LABEL_MODIFIER + "(?:" + lx.UNIT_LABEL + "|" + lx.DEADLINE_LABEL + "|" + lx.FIELD_LABEL
    + r"))\1[ \t\u3000]+(?=[^\s:：])")


# a bold item run in after a heading's title on the heading's line (## （二）实施消费品以旧换新行动 **9.开展汽车以旧换新。**
# 组织开展…): a PDF-to-Markdown converter (marker, MinerU) guesses a heading from a bold line and glues the paragraph
# under it on when the PDF set no gap between them. The item is the first of the heading's items: its label must
# open a line to be read as one. The bold opens after a space, with an outline label (9. / 9、 / （1） / （一）), and
# closes on the same line; the heading keeps a title of its own before it
_HEADING_LINE = re.compile(r"[ \t]*#{1,6}[ \t]+\S")
_BOLD_ITEM_RUN_IN = re.compile(
    r"[ \t\u3000](\*\*|__)(?=(?:\d{1,3}[.．、]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)])[^*_\n]+\1)")


def _bold_items_off_their_headings(text: str) -> str:
    """## （二）标题 **9.任务。** 正文 -> the heading on its line, **9.任务。** 正文 on the next."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        head = _HEADING_LINE.match(line)
        item = _BOLD_ITEM_RUN_IN.search(line, head.end()) if head else None
        if item:
            lines[i] = line[:item.start()].rstrip() + "\n" + line[item.start() + 1:]
    return "\n".join(lines)


def _without_emphasis(text: str) -> str:
    """The text without Markdown's bold, italic and heading marks around its words and its escapes before marks."""
    if "*" not in text and "_" not in text and "#" not in text and "\\" not in text:
        return text
    if "#" in text and ("**" in text or "__" in text):
        text = _bold_items_off_their_headings(text)
    text = _BOLD_LABEL_BEFORE_A_SPACE.sub(r"\2：", text)
    marked = _HEADING_MARK.sub("", _italics_unmarked(_EMPHASIS.sub(r"\2", text)))
    return _pipes_unescaped_outside_table_rows(_ESCAPE.sub(r"\1", marked)) if "\\" in marked else marked


# a Markdown footnote's reference after the word it annotates (市甲局[^1]、市乙局 / 人民政府[^note]): a mark of the
# page, no character of the name or sentence it follows. Only after a word: the footnote's own definition opening
# its line ([^1]: 指…) keeps its mark, so the note stays set apart from the plan's lines
_FOOTNOTE_REFERENCE = re.compile(r"(?<=\S)\[\^[^\]\s]{1,20}\](?!:)")


# a Word footnote's reference as pandoc's plain text writes it: the note's number in brackets glued to the word it
# annotates (各口岸查验单位[2]按职责分工负责 / “两步申报”[1]改革), the notes themselves at the text's end, each a line
# opening with its number and a space ([2] 各口岸查验单位：指…). Only after a Chinese character or mark (no ASCII
# word's index or link: a[1], [1](url)), and only a number some note line of the text opens with: a bracketed
# number with no note to go to ([1] in prose, a reference list's entry) keeps its brackets
_BRACKETED_FOOTNOTE_REFERENCE = re.compile(r"(?<=[^\x00-\x7f\s\u3000])\[(\d{1,2})\](?![(\[:])")
_BRACKETED_NOTE_LINE = re.compile(r"^\[(\d{1,2})\][ \t]+(?=\S)", re.M)


# a footnote's reference as a PDF-to-Markdown converter (marker, MinerU) writes the superscript number it saw: a LaTeX
# superscript glued to the word it annotates (加快交通运输设备更新$^{2}$。 / 市发展改革委$^{3}$), the note a line
# opening with the same mark. Only after a Chinese character or mark: after an ASCII letter or digit it may be a
# power (m$^{2}$, 10$^{3}$), which is words of the text, and so it is after a unit of measure written in Chinese
# (5万米$^{3}$, 30万平方米: 米 squared or cubed); the note line's own mark at its start stays
_LATEX_SUPERSCRIPT_REFERENCE = re.compile(r"(?<=[^\x00-\x7f\s\u3000米])\$\^(?:\{[0-9a-z*]{1,4}\}|[0-9*])\$")


def _without_footnote_references(text: str) -> str:
    """市数据局[^2]、市通信办 -> 市数据局、市通信办: Markdown footnote references taken off the words they follow;
    设备更新$^{2}$。 -> 设备更新。: a converter's superscript references too;
    各口岸查验单位[2]按职责 -> 各口岸查验单位按职责 where a note line [2] … stands in the text (pandoc's plain notes)."""
    if "[^" in text:
        text = _FOOTNOTE_REFERENCE.sub("", text)
    if "$^" in text:
        text = _LATEX_SUPERSCRIPT_REFERENCE.sub("", text)
    listed, notes_at = _numbers_of_a_note_list(text)
    if listed:
        text = _GLUED_NOTE_DIGIT.sub(lambda m: "" if _a_note_mark(text, m, listed, notes_at) else m.group(0), text)
    if "[" not in text:
        return text
    notes = set(_BRACKETED_NOTE_LINE.findall(text)) | listed
    if not notes:
        return text
    return _BRACKETED_FOOTNOTE_REFERENCE.sub(lambda m: "" if m.group(1) in notes else m.group(0), text)


# a web page's superscript note mark (<sup>4</sup>) copied as a bare digit glued to the word it marks, the notes listed
# after a heading line (注释： / 注：) each opening with its number (4.省数据局于2024年组建…): 省数据局4、 / …执法总队5） /
# …风险评估2。 Only one or two digits after a Chinese character or closing quote, followed by 、，；。） (a name or a
# title never ends in a digit there; 、 before another digit lists numbers: 4、5月), not after a word taking a number
# (第, 达到, 年: WORDS_BEFORE_A_NUMBER), and only a number the note list opens a line with
_FOOTNOTE_LIST_HEAD = re.compile(r"^[ \t\u3000]*(?:" + "|".join(lx.FOOTNOTE_LIST_HEADS) + r")[:：][ \t\u3000]*$", re.M)
_NUMBERED_NOTE_LINE = re.compile(r"[ \t\u3000]*(?:(\d{1,2})[.．]|\[(\d{1,2})\])")
_GLUED_NOTE_DIGIT = re.compile(r"(?<=[\u4e00-\u9fff”’」』》])(\d{1,2})(?=[，；。）)]|、(?!\d))")


def _numbers_of_a_note_list(text: str) -> tuple[set[str], int]:
    """The numbers the lines under a note list's heading (注释：) open with, up to a line ending with a colon (the
    next list's heading: 相关文件：), and where the heading stands."""
    head = None
    for head in _FOOTNOTE_LIST_HEAD.finditer(text):
        pass  # the last one: the page's notes close the text
    if head is None:
        return set(), len(text)
    numbers = set()
    for line in text[head.end():].split("\n"):
        if line.rstrip().endswith((":", "：")):
            break
        m = _NUMBERED_NOTE_LINE.match(line)
        if m:
            numbers.add(m.group(1) or m.group(2))
    return numbers, head.start()


def _a_note_mark(text: str, m: re.Match, listed: set[str], notes_at: int) -> bool:
    """Whether the glued digit m (_GLUED_NOTE_DIGIT) is a note's mark: a number the note list holds, not after a word
    taking a number nor a part of the plan it numbers (附件2, 表1: lexicon.REFERENCE_WORDS_BEFORE_A_NUMBER), and
    standing before the note list (a note line's own words keep theirs)."""
    return (m.group(1) in listed and text[m.start() - 1] not in lx.WORDS_BEFORE_A_NUMBER
            and not _a_reference_before(text, m.start()) and m.start() < notes_at)


def _a_reference_before(text: str, at: int) -> bool:
    """Does a reference to a part of the plan (附件 / 专栏 / 表 …) end at `at`? A one-character one (表 / 图) only after
    a pointing word or no Chinese character (见表2 / 按表1 / （图3）); ending a word (蓝图2 / 统计报表3) it is none."""
    word = next((w for w in lx.REFERENCE_WORDS_BEFORE_A_NUMBER if text.endswith(w, 0, at)), "")
    if len(word) != 1:
        return bool(word)
    before = text[at - 2: at - 1]
    return not ("\u4e00" <= before <= "\u9fff") or before in lx.POINTERS_BEFORE_A_ONE_CHARACTER_REFERENCE


# a Markdown list item's mark at a line's start, however deep the list is nested: -, * or +, then a space. A page
# number (- 2 -) has no label after it; a rule (---) no space. A task list's checkbox after the mark (- [x] / - [ ],
# as wikis write a list of tasks ticked off when done) is part of the mark: it says whether the task is done, and
# is no word of the task's title
_LIST_MARK = re.compile(r"^([ \t]*)([-*+][ \t]+)(?:\[[ xX]\][ \t]+)?(?=\S)(.*)", re.M)


def _unmarked_item(m: re.Match) -> str:
    """The list item without its mark where it opens with a number of the outline (1. / （2） / 三、) or a label of the
    item's fields (牵头单位： / 完成时限：, the label lines of the item above); other bullets (- 数据资源, - 政务云…达到98%)
    keep theirs: they are bullets of the text. A task list's checkbox is dropped either way (- [x] 上线… -> - 上线…)."""
    rest = m.group(3)
    label = label_of(rest)
    numbered = label is not None and label.style not in UNNUMBERED
    return m.group(1) + rest if numbered or LABEL_LINE.match(rest) else m.group(1) + m.group(2) + rest


def _without_list_marks(text: str) -> str:
    """- 1. 推进… -> 1. 推进…; `  - 牵头单位：X` -> `  牵头单位：X`: a Markdown list's marks before labels taken off."""
    if "- " not in text and "* " not in text and "+ " not in text and "\t" not in text:
        return text
    return _LIST_MARK.sub(_unmarked_item, text)


# a Markdown ordered list's mark (1. / 2) ) before a nested item, its indent apart
_ORDERED_MARK = re.compile(r"([ \t]+)([0-9]{1,2}[.)][ \t]+)(?=\S)")


def _names_nested_under_a_label_unmarked(text: str) -> str:
    """Nested Markdown list items that are a task's unit fields, not items of the text, without their marks.

    - A unit label alone on its line, its units as bullets nested under it (`  配合单位：` / `      * 县甲局` /
      `      * 县乙局`, as Markdown writers list a field's names): each bullet is a name line of the field, its mark
      no word of the name (before: the marks stayed, 县甲局* 县乙局 read as one name). Only the bullets indented
      deeper than the label are its names; the first line back at the label's depth ends them.
    - A unit label set as an item of an ordered list nested under a task (`    1. 牵头单位：县甲局` / `    2. 配合单位：
      县乙局`): the number counts the label lines, not tasks; the line is a label line of the item above (before:
      an untitled task per label). Only a nested item (indented), whose whole text is the label and its units.
    """
    if "\n " not in text and "\n\t" not in text:
        return text
    lines = text.split("\n")
    label_depth = None  # the indent of the unit label alone on its line whose name bullets follow, if any
    for i, line in enumerate(lines):
        body = line.lstrip(" \t")
        depth = len(line) - len(body)
        if not body:
            continue
        ordered = _ORDERED_MARK.match(line)
        if ordered and _UNITS_LABEL_OPENING.match(line[ordered.end():]):
            lines[i] = line = ordered.group(1) + line[ordered.end():]
            body = line.lstrip(" \t")
        if label_depth is not None and depth > label_depth:
            mark = _LIST_MARK.match(line)
            if mark:
                lines[i] = mark.group(1) + mark.group(3)
            continue
        opening = _UNITS_LABEL_OPENING.match(body)
        label_depth = depth if opening and not body[opening.end():].strip() else None
    return "\n".join(lines)


_UNITS_LABEL_OPENING = re.compile("^" + lx.LABEL_MODIFIER + "(?:" + lx.UNIT_LABEL + ")" + r"\s*" + lx.LABEL_COLON)
_SPACED_LINE_MIN_CHINESE = 3  # a line spelling words, not a few spaced marks (● ○, 1 2 3)


def _spaced_lines_closed_up(text: str) -> str:
    """（ 团 县 委 牵 头 ） -> （团县委牵头）: each line set with one space after every character closed up.

    Only a line (past its indent) where single characters and single spaces alternate throughout, at least three of
    them Chinese, and one a punctuation mark: words, labels and brackets in prose. A line of spaced words with no
    punctuation stays as written: a table's letter-spaced header (序 号 工 作 任 务 牵 头 单 位) is parted into its
    columns by the table reader, and a spaced title or page footer (第 3 页 共 7 页) is read as it is. A line holding any
    word of two characters together (县甲局 ● ○) is not spaced throughout and stays too. A spaced line with no
    punctuation is closed up where it goes on a closed-up units' line broken off inside a name or after a separator
    (配 合 单 位 ： … 、 各 社 区 / 居 民 委 员 会): the wrapped rest of the same list."""
    if " " not in text:
        return text
    lines = text.split("\n")
    runs_on = False  # the line before was a closed-up units' line broken off inside its list
    for i, line in enumerate(lines):
        closed = _spaced_line_closed_up(line, runs_on)
        if closed == line and len(line) >= _RUN_ON_LINE_MIN:
            closed = _SPACED_RUN.sub(_spaced_run_closed_up, line)
        runs_on = closed != line and _UNITS_LABEL_OPENING.match(closed.strip()) is not None and (
            _CHINESE.match(closed.rstrip()[-1:]) is not None or closed.rstrip().endswith(("、", "，", ",")))
        lines[i] = _spaced_task_title_closed_up(closed)
    return "\n".join(lines)


# A justified PDF line's stretched spacing, copied as spaces (plain pdftotext), parts a numbered task's first line
# between its characters, one by one or in pairs as the stretch rounds: 1. 加 快 岸 电 建 设 。 围 绕 / 17. 推广 新能 源清
# 洁能 源船 舶。 推进 LNG… The label stops the whole-line rule above, the pairs too; the task's title kept the spaces.
# Its title, from the label to its first 。, is closed up where every space in it stands between two Chinese characters
# or marks and every spaced piece is short (three characters at most, and at least three pieces: a stretch, not words
# a writer parted); Chinese parts no words with spaces. A space beside a Latin letter or a number (推进 LNG, 到 2027 年)
# is a word's boundary and keeps the title as written, and so does a piece of two or more characters naming a body
# (1. 团县委 县妇联 县科协。: a list of bodies, not a stretched title; a lone character such as 社 or 会 names none).
# A stretch rounds unevenly, so at least one piece is a single character: pieces all of two or more characters are
# words a writer parted (1. 张三 李四 王五。 / 1. 东关 西关 南关 北关。: names, places), kept as written (review AE).
# The text after the title is left as it was.
_TASK_LABEL = re.compile(r"^[ \u3000]*(?:\d{1,3}[ \u3000]*[.．、]|[(（](?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）]"
                         r"|[一二三四五六七八九十]{1,3}[ \u3000]*、)[ \u3000]*")
_STRETCHED_CHARACTER = re.compile(r"[\u4e00-\u9fff，、；：？！“”‘’（）《》〈〉【】—…·]")
_STRETCHED_PIECE_MAX = 3
_STRETCHED_PIECES_MIN = 3


def _spaced_task_title_closed_up(line: str) -> str:
    """1. 加 快 岸 电 建 设 。 围 绕 -> 1. 加快岸电建设。 围 绕: a numbered task's stretched title closed up."""
    label = _TASK_LABEL.match(line)
    if label is None or " " not in line:
        return line
    end = line.find("。", label.end())
    if end < 0:
        return line
    title = line[label.end():end].rstrip(" ")
    pieces = title.split(" ")
    if len(pieces) < _STRETCHED_PIECES_MIN or all(len(piece) > 1 for piece in pieces) or any(
            not piece or len(piece) > _STRETCHED_PIECE_MAX or (len(piece) > 1 and unit_like(piece))
            or not all(_STRETCHED_CHARACTER.match(ch) for ch in piece) for piece in pieces):
        return line
    return line[:label.end()] + "".join(pieces) + line[end:]


def _spaced_line_closed_up(line: str, runs_on: bool) -> str:
    body = line.lstrip(" \u3000")
    indent = line[:len(line) - len(body)]
    body = body.rstrip(" \u3000")
    chars = body[::2]
    if len(body) < 3 or body[1::2] != " " * (len(body) // 2) or " " in chars:
        return line
    if not runs_on and (len(_CHINESE.findall(chars)) < _SPACED_LINE_MIN_CHINESE or all(ch.isalnum() for ch in chars)):
        return line
    return indent + chars + line[len(indent) + len(body):]


# A page that lost its line breaks runs a PDF's letter-spaced headings (三 、 主 要 任 务 / （ 一 ） 推 进 源 头 减 量) on
# between its paragraphs, inside one long line: …制定本方案。一 、 总 体 要 求（一）指导思想。… Such a run of single
# characters and single spaces is closed up as a spaced line is (at least three Chinese characters and a punctuation
# mark among them: a label's 、 or brackets), so its label is read; a spaced run with no mark (a title) stays as written.
_RUN_ON_LINE_MIN = 200  # a line holding several paragraphs
_SPACED_RUN = re.compile(r"\S(?: \S){3,}")
_SPACED_RUN_MARKS = re.compile(r"[、，,。（）()：:]")


def _spaced_run_closed_up(m: re.Match) -> str:
    chars = m.group()[::2]
    if len(_CHINESE.findall(chars)) < _SPACED_LINE_MIN_CHINESE or not _SPACED_RUN_MARKS.search(chars):
        return m.group()
    return chars


# a line opening with three to eight characters, each but the last followed by one space, then a colon
_SPACED_OPENING = re.compile(r"^([ \u3000]*)((?:[\u4e00-\u9fff][ \u3000]){2,7}[\u4e00-\u9fff])[ \u3000]*(?=[:：])", re.M)
# what the closed-up word must be: a label the reader knows (a unit's, a deadline's, a field's, a person's)
_LABEL_WORD = re.compile("^(?:" + lx.LABEL_MODIFIER + "(?:" + lx.UNIT_LABEL + ")|" + lx.DEADLINE_LABEL + "|" + lx.FIELD_LABEL
                         + "|" + lx.alternation(lx.NAME_FIELD_LABELS)
                         + "|[^:：]{0,6}(?:" + lx.alternation(lx.PERSON_LABEL_HEADS) + "))$")


def _labels_closed_up(text: str) -> str:
    """责 任 单 位：X -> 责任单位：X, where the closed-up word is a label; other spaced words stay as written."""
    if " " not in text and "\u3000" not in text:
        return text

    def closed(m: re.Match) -> str:
        word = re.sub(r"[ \u3000]", "", m.group(2))
        return m.group(1) + word if _LABEL_WORD.match(word) else m.group(0)

    return _SPACED_OPENING.sub(closed, text)
