"""The printed width of a text copied from a PDF, and whether a line reaches it (the page wrapped it there).

A PDF's text (pdftotext, a viewer's copy, a 政府公报's text layer) ends every printed line with a break, so
each paragraph is hard-wrapped at the width of the page's lines: about 28 characters of 仿宋 on an A4 公文,
more when a line holds digits. Most lines of such a text are that wide. A text copied from a web page has no
such width: its lines are paragraphs of every length, and no width is found. Measured by the source stage over
the whole document (generator/source/read.py) and used by the reader (generator/parse/printed_width.py).
"""
from __future__ import annotations

import unicodedata
from collections import Counter

_LONG = 30  # display columns: a line shorter than this is a heading, a name, a last line, not a measure
_MIN_LINES = 8  # lines at the common width, at least, before the text is taken for a wrapped one
_SHARE = 0.3  # of the long lines, at least, within _SLACK of the common width
_SLACK = 4  # display columns a justified line may fall short by (digits and Latin letters are half width)


def display_width(text: str) -> int:
    """Columns the text takes when printed: a Chinese character or full-width sign two, others one."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


# the quotation marks, dashes and ellipsis a Chinese text sets (“ ” ‘ ’ — …): Unicode calls them ambiguous in width
# (a terminal's monospace table, display_width, gives them one column), but 仿宋 on a 公文's page prints them full
# width, as the characters beside them: a printed line holding several is no shorter than one holding none
_FULL_WIDTH_PUNCTUATION = frozenset(chr(c) for c in range(0x2010, 0x2028)
                                    if unicodedata.east_asian_width(chr(c)) == "A")


def _printed_columns(text: str) -> int:
    """Columns the text takes on a printed Chinese page: display_width, a Chinese text's quotes and dashes two."""
    return display_width(text) + sum(1 for c in text if c in _FULL_WIDTH_PUNCTUATION)


def printed_width(lines: list[tuple[str, int]]) -> int:
    """The width (display columns) the page wrapped the text at, from (text, indent) lines; 0 when the lines
    show none (most long lines of a wrapped text reach within a few columns of one width)."""
    widths = [_printed_columns(text) + 2 * indent for text, indent in lines if text]
    long = [w for w in widths if w >= _LONG]
    if len(long) < _MIN_LINES:
        return 0
    width = max(Counter(long).most_common(3), key=lambda wn: (sum(1 for w in long if wn[0] - _SLACK <= w <= wn[0]), wn[0]))[0]
    near = sum(1 for w in long if width - _SLACK <= w <= width + 1)
    if near < _MIN_LINES or near < _SHARE * len(long):
        return 0
    return width


def reaches_width(text: str, indent: int, width: int) -> bool:
    """Does the line run to the printed width (so the page, not the sentence, ended it)?"""
    return bool(width) and _printed_columns(text) + 2 * indent >= width - _SLACK


# A text read back by OCR from an image set (a 公众号 article printing a plan as phone-width pictures) drops the
# two-character indent each paragraph's first line was printed with: that line, though the page filled it, measures
# about 4 columns short of the width (5 after an odd run of digits, 13.), outside the slack, and a task's title
# sentence running over it would be cut at the break. The text shows the loss itself: its numbered lines that run on
# mid-sentence into the next, none indented, fall short of the width by about an indent (their median), where a
# text printing its first lines flush measures them at the width. Such a line reaches the width as one indented by
# the lost characters would.
_INDENT = 2  # characters a paragraph's first line is indented by
_LOST_INDENT_MIN = 3  # numbered lines running on, at least, before the text is taken to have lost their indent


def lost_indent(first_lines: list[tuple[str, int]], width: int) -> int:
    """The indent (characters) the text's numbered first lines lost, from (text, indent) lines that open with a
    label and run on mid-sentence into the next line; 0 when they show no loss (or the text has no width)."""
    if not width or any(indent for _, indent in first_lines):
        return 0
    short = width - 2 * _INDENT - 2 * _SLACK  # a title line shorter than this is a title, no measure of the page
    columns = sorted(c for c in (_printed_columns(text) for text, _ in first_lines) if c >= short)
    if len(columns) < _LOST_INDENT_MIN:
        return 0
    median = columns[len(columns) // 2]
    return _INDENT if median <= width - 2 * _INDENT + 1 else 0
