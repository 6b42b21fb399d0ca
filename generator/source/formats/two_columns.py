"""Prose set in two columns side by side, read down the left column, then down the right.

A gazette, journal or bulletin page (政府公报, 期刊) prints its text in two columns. Its text taken out with the page's
layout kept (pdftotext -layout, a viewer's copy) puts a line of the left column and the line of the right column beside
it on one text line, parted by a run of spaces whose width varies with the left line's length (short after a full
line, long after a paragraph's last line, the whole left half where the left column is empty): the right column
starts at one character column on every line of the page. Read line by line, the right column's words were glued
into the left's sentences, task numbers opening a right-column line were not seen and annotations opened in one
column and closed in the other. A careful reader reads down the left column, then down the right, page by page; so
does this pass, before tables are looked for.

A page (between form feeds or printed page numbers) is read so only when its lines part at one character column
into two runs of prose (`_two_columns_edge`): a table laid out with spaces parts its lines into more runs, at
several columns, its runs short cells; a task table of two columns (task, units) ends each row's sentence on its
line and sets a units cell (县水利局牵头，县财政局配合) beside each numbered task, where a column of prose runs its
paragraphs on across lines; one-column text with a spaced signature or date has no left run beside them. A line running across the column's edge (a running head with the issue at its right, a title spanning both
columns, the page number in the middle) is the page's, not a column's: the columns above it are read, then it, then
the columns below it.
"""
from __future__ import annotations

import re

from ...words import lexicon as lx
from ...words.brackets import depth_zero_split
from ...words.names import unit_like
from ...words.page import PAGE_NUMBER

_PIECE = re.compile(r"\S+(?: \S+)*")  # a run of text: one space stays inside it, two or more part runs
_PAGE_NUMBER_LINE = re.compile(rf"^\s*(?:{PAGE_NUMBER})\s*$")
# where the right column may start: a column as wide as a dozen characters at least (a narrower "column" is a
# signature's indent or a table's first cell), the right column's lines set flush at its edge or indented by up to
# two full-width characters' worth of spaces (a paragraph's first line), a character of jitter either way
_MIN_EDGE = 12
_EDGE_SLACK = 1
_INDENT = 4
_GUTTER = 2  # spaces at least between a left column's line and the right column's edge
# the evidence a page is set in two columns of prose: enough lines holding a run of each column side by side (a
# last page's right column may be short: no share of the page is asked), each column's side of a line one run (a
# table's rows part into more runs, at several columns), most runs long and many holding a clause or sentence mark
# (a table's cells of units, dates and figures hold none; a column of notice furniture, title, signature and date
# still holds some)
_MIN_SIDE_BY_SIDE = 5
_MAX_MANY_RUN_SHARE = 1 / 5
_MIN_LONG_SHARE = 1 / 2
_MIN_MARKED_SHARE = 1 / 3
_PROSE_MARKS = re.compile("[，。；：！？,;]")
_MIN_PROSE_RUN = 8  # characters: a run this long without marks is still a line of running text
# a column of prose runs its paragraphs on across lines: a line the page's measure breaks ends wherever the measure
# falls, mostly inside a sentence; a task table's rows laid out with spaces each end their cell's sentence (…能力。)
_MIN_RUN_ON_SHARE = 1 / 3
_CLOSED_LINE = re.compile(r"[。！？；!?;）)」』”]$")
# and beside a numbered item's first line a column of prose goes on with its text; a task table's row has its units
# cell there, bodies' names each with a role verb (县水利局牵头，县财政局配合)
_NUMBERED = re.compile(r"^\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.．、]")
_UNIT_CELL_ROLE = re.compile("(?:" + lx.alternation(tuple(lx.ROLE_WORD_WRITTEN.values()) + ("协助", "参与")) + ")$")
_MAX_UNIT_CELL_SHARE = 1 / 2


def columns_read_apart(text: str) -> str:
    """The text with each page set in two columns of prose rewritten: its left column's lines top to bottom, then
    its right column's, band by band between lines running across both; every other page as it was."""
    return "\f".join(_page_chunks_read_apart(chunk) for chunk in text.split("\f"))


def _page_chunks_read_apart(chunk: str) -> str:
    """A form feed's page, parted further at its printed page numbers (a copy without form feeds keeps those)."""
    lines = chunk.split("\n")
    out: list[str] = []
    page: list[str] = []
    for line in lines:
        page.append(line)
        if _PAGE_NUMBER_LINE.match(line):
            out.extend(_page_read_apart(page))
            page = []
    out.extend(_page_read_apart(page))
    return "\n".join(out)


def _runs(line: str) -> list[tuple[int, str]]:
    """(character column, text) of each run of a line parted by two or more spaces."""
    return [(m.start(), m.group()) for m in _PIECE.finditer(line)]


def _page_read_apart(lines: list[str]) -> list[str]:
    if len(lines) < _MIN_SIDE_BY_SIDE or any("\t" in line for line in lines):
        return lines  # a tab parts a spreadsheet's cells: no page layout
    runs = [_runs(line) for line in lines]
    edge = _two_columns_edge(runs)
    if edge is None:
        return lines
    sides = [_sides(line_runs, edge) for line_runs in runs]
    body = [n for n, s in enumerate(sides) if s and s[0] and s[1] and _at_edge(s[1], edge)]
    out: list[str] = []
    left: list[str] = []
    right: list[str] = []
    for n, (line, side) in enumerate(zip(lines, sides)):
        # a line running across the edge is the page's, and so, above or below the columns' lines, is one whose
        # right run stands away from the edge (某市人民政府公报 … 2025年第3期): the band above it is read, then it
        if side is None or side[1] and not _at_edge(side[1], edge) and not body[0] < n < body[-1]:
            out += left + right + [line]
            left, right = [], []
            continue
        left_runs, right_runs = side
        if not left_runs and not right_runs:  # a blank line is blank in both columns
            left.append("")
            right.append("")
            continue
        if left_runs:
            left.append(line[:left_runs[-1][0] + len(left_runs[-1][1])])
        if right_runs:
            right.append(" " * (right_runs[0][0] - edge) + line[right_runs[0][0]:].rstrip())
    return out + left + right


def _sides(line_runs: list[tuple[int, str]], edge: int) -> tuple[list, list] | None:
    """The runs of a line left of the right column's edge and right of it; None for a line running across the
    edge (a run starting left of it and ending in the gutter or beyond)."""
    left = [(at, text) for at, text in line_runs if at < edge - _EDGE_SLACK]
    if left and left[-1][0] + len(left[-1][1]) > edge - _GUTTER:
        return None
    return left, line_runs[len(left):]


def _at_edge(right: list[tuple[int, str]], edge: int) -> bool:
    """The right runs start where the right column's lines start: at its edge, or indented a little."""
    return edge - _EDGE_SLACK <= right[0][0] <= edge + _INDENT


def _two_columns_edge(runs: list[list[tuple[int, str]]]) -> int | None:
    """The character column where a page's right column starts, when its lines part there into two columns of
    prose; None for any other page (one column, a table laid out with spaces)."""
    starts: dict[int, int] = {}
    for line_runs in runs:
        for at, _ in line_runs:
            if at >= _MIN_EDGE:
                starts[at] = starts.get(at, 0) + 1
    if not starts:
        return None
    common = max(starts, key=lambda at: (starts[at], -at))
    edge = min(at for at in starts if common - _INDENT <= at <= common and starts[at] > 1 or at == common)
    sides = [_sides(line_runs, edge) for line_runs in runs]
    with_right = [s for s in sides if s and s[1] and _at_edge(s[1], edge)]
    side_by_side = [s for s in with_right if s[0]]
    if len(side_by_side) < _MIN_SIDE_BY_SIDE:
        return None
    many_runs = sum(1 for left, right in side_by_side if len(left) > 1 or len(right) > 1)
    if many_runs > _MAX_MANY_RUN_SHARE * len(side_by_side):
        return None
    lefts = [left[0][1] for left, _ in side_by_side]
    rights = [right[0][1] for _, right in with_right]
    if not (_prose(lefts) and _prose(rights)) or not _runs_on(lefts):
        return None
    numbered = [right[0][1] for left, right in side_by_side if _NUMBERED.match(left[0][1])]
    if numbered and sum(map(_unit_cell, numbered)) > _MAX_UNIT_CELL_SHARE * len(numbered):
        return None
    return edge


def _runs_on(lefts: list[str]) -> bool:
    """Enough of the left column's lines end inside a sentence, run on to the next line as a column's do."""
    return sum(1 for t in lefts if not _CLOSED_LINE.search(t)) >= _MIN_RUN_ON_SHARE * len(lefts)


def _unit_cell(text: str) -> bool:
    """A table's units cell: bodies' names each with a role verb, parted by commas or 、 (县水利局牵头，县财政局配合)."""
    clauses = [c.strip() for _, c in depth_zero_split(text.strip("。；;"), "，,；;")]
    if not clauses or not all(_UNIT_CELL_ROLE.search(c) for c in clauses):
        return False
    names = [n.strip() for c in clauses for _, n in depth_zero_split(_UNIT_CELL_ROLE.sub("", c), "、")]
    return all(n and unit_like(n) for n in names)


def _prose(texts: list[str]) -> bool:
    """The runs are running text: most long, many with a clause or sentence mark."""
    long_runs = sum(1 for t in texts if len(t) >= _MIN_PROSE_RUN)
    marked = sum(1 for t in texts if _PROSE_MARKS.search(t))
    return long_runs >= _MIN_LONG_SHARE * len(texts) and marked >= _MIN_MARKED_SHARE * len(texts)


# Plain pdftotext (no -layout, no -raw) may miss a two-column page's columns and write its lines in the page's rows:
# the left column's line, then the right column's beside it, each alone between blank lines, a run of one column's
# lines where the other has a taller line (a title, a signature). Each column's sentences then go on two lines
# further down, not on the next; read line by line, tasks of the two columns alternate and an annotation cut at a
# line's end is finished with the other column's words (（牵头单 / 型，培育… / 位：省能源局…). Which column a line is
# cannot be told safely from the text alone (the runs of one column break the alternation anywhere, with no mark),
# so the lines are not reordered: the reader says it saw the shape, and that the units read may cross the columns.
# The sign it trusts: a unit label cut at a line's end (（牵头单 | 位：…, 责任 | 单位：…) whose rest opens the line two
# further down, not the next one. A column of prose cut so goes on on the next line (a page number between them
# aside); a handful of such cuts, far more than cuts finished on the next line, is the interleaved shape.
_CUT_LABEL = re.compile(r"(?:" + lx.UNIT_LABEL + r")\s*[:：]")
_LABEL_TAIL = 6  # characters of a line's end a cut label may start in (主要牵头单 / 责任)
_LABEL_HEAD = 10  # characters of the next line its rest and colon stand in
_MIN_CUTS_TWO_DOWN = 3
_CUTS_TWO_DOWN_SHARE = 2  # times the cuts finished on the next line at least


def interleaved_columns_note(text: str) -> str:
    """A note saying the text's lines alternate between two columns ("" when they do not seem to)."""
    lines = [line.strip() for line in text.split("\n") if line.strip() and not _PAGE_NUMBER_LINE.match(line)]
    two_down = next_line = 0
    for n in range(len(lines) - 2):
        on_next, on_two_down = _label_cut(lines[n], lines[n + 1]), _label_cut(lines[n], lines[n + 2])
        two_down += on_two_down and not on_next
        next_line += on_next and not on_two_down
    if two_down < _MIN_CUTS_TWO_DOWN or two_down < _CUTS_TWO_DOWN_SHARE * next_line:
        return ""
    return (f"the lines seem to alternate between two columns (a two-column page copied in rows, as plain pdftotext "
            f"writes it: {two_down} unit labels cut at a line's end go on two lines further down, {next_line} on the "
            f"next line); tasks and units may be read across the columns: copy the text with pdftotext -layout or -raw")


def _label_cut(line: str, below: str) -> bool:
    """A unit label starts at the line's end and ends, with its colon, in the line below's opening (（牵头单 / 位：)."""
    tail, head = line[-_LABEL_TAIL:], below[:_LABEL_HEAD]
    if _CUT_LABEL.search(tail) or _CUT_LABEL.match(head):
        return False
    return any(m.start() < len(tail) < m.end() - 1 for m in _CUT_LABEL.finditer(tail + head))
