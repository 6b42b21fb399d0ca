"""The furniture closing a web page's document (扫一扫在手机打开当前页, 分享到：, 【打印本页】【关闭窗口】).

Shared by the source stage, which ends a plan's text above it (source.read), and the table reader, which ends a
table copied from the page above it (source.formats.table): one test, so the two cannot disagree on where a page ends.
"""
from __future__ import annotations

import re

from . import lexicon as lx

_LATIN_BUTTONS = (r"\s*\[?(?:" + lx.alternation(lx.PRINT_BUTTONS_LATIN) + r")\]?\s*"
                  r"\[?(?:" + lx.alternation(lx.CLOSE_BUTTONS_LATIN) + r")\]?")
_BUTTONS = (r"[【\[]?(?:" + lx.alternation(lx.PRINT_BUTTONS) + r")[】\]]?\s*"
            r"[【\[]?(?:" + lx.alternation(lx.CLOSE_BUTTONS) + r")[】\]]?(?:" + _LATIN_BUTTONS + r")?$")
# the pattern, for a test that reads more as the page's end (source.read adds the link lists' headings and a 解读)
PAGE_CLOSING_PATTERN = r"^(?:" + lx.alternation(lx.PAGE_END_OPENINGS) + r")|^" + _BUTTONS
PAGE_CLOSING = re.compile(PAGE_CLOSING_PATTERN)


# A printed page's number, unanchored (each reader anchors it as its lines stand): — 4 —, - 4 -, — — 3 —, 第4页,
# — 第 2 页 共 8 页 — (a sharing site sets its pager between dashes), ·4· (公报 and journal layouts: a line of its
# own, never a bullet opening a point). OCR of a scan may read the closing dash as 一
# (— 3 一, lexicon.PAGE_NUMBER_DASH_LOOKALIKES), or both dashes (一 3 一, 一 3 —): a lone number between two dashes
# of which the opening one is a lookalike is the page number still, as no heading or sentence is a bare number between
# two 一 (a heading keeps its 、, 一、; 一 3 with nothing after is no page number). A PDF's copied text keeps the dashes
# apart (— — — 3 —).
DOTTED_PAGE_NUMBER = r"[·・‧∙]\s*\d{1,3}\s*[·・‧∙]"
_DASH = r"[-—–－]"
_DASH_LOOKALIKE = r"[" + lx.PAGE_NUMBER_DASH_LOOKALIKES + r"]"
PAGE_NUMBER = (r"(?:" + _DASH + r"+\s*)?第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?(?:\s*" + _DASH + r"+)?"
               r"|(?:" + _DASH + r"\s*)+\d{1,3}(?:(?:\s*" + _DASH + r")+|\s*" + _DASH_LOOKALIKE + r")"
               r"|" + _DASH_LOOKALIKE + r"\s*\d{1,3}\s*(?:" + _DASH + r"|" + _DASH_LOOKALIKE + r")"
               r"|" + DOTTED_PAGE_NUMBER)
# The line marking a table's later page over its header printed again (lexicon.CONTINUED_TABLE_WORD), unanchored:
# 续表, 续表2, 附件1（续）, 表1（续表）, （续表）, 附件1续表. Page furniture like the page number, no row's text.
_TABLE_NUMBER = r"[0-9一二三四五六七八九十]{0,3}"
CONTINUED_TABLE = (r"(?:(?:" + lx.alternation(lx.CONTINUED_TABLE_OWNERS) + r")\s*" + _TABLE_NUMBER + r"\s*)?"
                   r"(?:[（(](?:" + lx.alternation(lx.CONTINUED_TABLE_BRACKETED) + r")[）)]"
                   r"|" + re.escape(lx.CONTINUED_TABLE_WORD) + r"\s*" + _TABLE_NUMBER + r")")


# A newspaper's jump marks (lexicon.NEWSPAPER_JUMP_ON_WORDS), unanchored: the page an article is cut at and the page it
# goes on at (第4版, A4版, 第四版), in brackets or after an e-paper's bullet. Page furniture, as a PDF's page number is:
# the text joins across them (source.read).
_NEWSPAPER_PAGE = (r"第?\s*(?:[A-Z]?\d{1,2}|[一二三四五六七八九十]{1,3})\s*" + re.escape(lx.NEWSPAPER_PAGE_WORD))


def _jump_mark(words) -> str:
    jump = r"(?:" + lx.alternation(words) + r")\s*" + _NEWSPAPER_PAGE
    return r"(?:[（(]\s*" + jump + r"\s*[）)]|[" + lx.NEWSPAPER_JUMP_BULLETS + r"]\s*" + jump + r")"


NEWSPAPER_JUMP_ON = _jump_mark(lx.NEWSPAPER_JUMP_ON_WORDS)
NEWSPAPER_JUMP_FROM = _jump_mark(lx.NEWSPAPER_JUMP_FROM_WORDS)
# A newspaper's page head (its masthead line), unanchored: the paper's name, the date with its weekday and the page
# (第4版 or A4) with its name and the editors, in either order: 某江日报　　2025年3月5日　星期三　　第4版　　要闻 /
# A4　　要闻　　2025年3月5日　星期三　　责任编辑：王某. The date and weekday and a page apart by spaces are the
# newspaper's: no plan's sentence holds them so; the line holds no sentence's stop.
_NEWSPAPER_DATE = (r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[（(]?\s*"
                   + re.escape(lx.NEWSPAPER_WEEKDAY_WORD) + r"[" + lx.NEWSPAPER_WEEKDAYS + r"]\s*[）)]?")
# (a page written bare, A4 with no 版, counts only on a line naming the paper or its editor: a notice's sentence may set a
# room's code apart by spaces beside a date and its weekday, 6月5日（星期四）上午在 B2 会议室)
_PAGE_OF_A_HEAD = (r"(?<!\S)(?:第?\s*[A-Z]?\d{1,2}\s*" + re.escape(lx.NEWSPAPER_PAGE_WORD) + r"|(?=[^\n]*(?:"
                   + lx.alternation(lx.NEWSPAPER_HEAD_WORDS) + r"))[A-Z]\d{1,2})(?!\S)")
_HEAD_WORDS = r"[^。；;！？!?\n]{0,40}?"
NEWSPAPER_PAGE_HEAD = (_HEAD_WORDS + _NEWSPAPER_DATE + _HEAD_WORDS + _PAGE_OF_A_HEAD + r"[^。；;！？!?\n]{0,40}"
                       r"|" + _HEAD_WORDS + _PAGE_OF_A_HEAD + _HEAD_WORDS + _NEWSPAPER_DATE + r"[^。；;！？!?\n]{0,40}")


# A table of contents (目录) set before a plan's text, as a word processor prints it for a long 实施方案 or 规划: its head
# (目录 / 目　录, alone on its line) and its entries, each a heading whose leader runs to the heading's page number
# (一、总体要求………3 / 1.1编制目的………………(4); the leader may mix ellipses and dots where the copy kept both,
# ……………..…6, or be a run of hyphens). The headings are printed again below, so the entries are no items of the
# outline. One definition for the source stage, which takes no contents page for a plan's outline (source.read), and
# the parse stage, which sets the contents apart from the outline (parse.boxes) and reads its numbered entries as
# plain text (parse.items).
CONTENTS_HEAD = re.compile(r"^\s*目\s*录\s*$")
_CONTENTS_LEADER_END = re.compile(r"(?:[…⋯][" + lx.LEADER_DOTS + r"]+|[.·．・]{4,}|-{6,})\s*[(（]?\s*\d{1,3}\s*[)）]?\s*$")
# the page number closing a line, its last characters only (a page's number, maybe in brackets: 3 / (4))
_PAGE_AT_END = re.compile(r"[(（]?\d{1,3}[)）]?$")
_PAGE_AT_END_REACH = 5


def contents_entry(line: str) -> bool:
    """Does the line end as a contents entry: a leader, then the page number of the heading it lists?"""
    s = line.rstrip()
    # the last character first: the leader's search runs only on a line ending in a page number
    return _ends_in_a_page_number(s) and bool(_CONTENTS_LEADER_END.search(s))


def contents_entry_after_gap(line: str) -> bool:
    """Does the line end as a contents entry typed with a tab stop and no leader (一、总体要求  1)?"""
    s = line.strip()
    # the page number after a tab stop and no leader (Word's plain-text copy: 一、总体要求<TAB>1, a tab the source stage
    # makes a wide gap, or the spaces a copy set for it): the gap is measured, never searched through
    page = _PAGE_AT_END.search(s[-_PAGE_AT_END_REACH:])
    if not page:
        return False
    before = s[: len(s) - len(page.group())]
    heading = before.rstrip(" \u3000\t")
    gap = before[len(heading):]
    return bool(heading) and (len(gap) >= 2 or "\t" in gap)


def _ends_in_a_page_number(s: str) -> bool:
    return bool(s) and (s[-1].isdigit() or s[-1] in ")）")
