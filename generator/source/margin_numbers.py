"""A column of line numbers in a page's left margin, copied in front of the text's lines, taken off.

A draft put out for comment (征求意见稿) is often printed with the word processor's line numbering, so commenters can
cite "第12行": a number in the left margin of every line (or only of every fifth line), counting from 1 on each page
or running through the document. Copied out of the PDF, the number comes first on each line, a space after it:

    12 （三）强化要素保障…
    13 2.编制专项规划。…（市自然资源和
    14 规划局牵头）

Left there, the margin number joins the outline's own number (`13 2.` read as 132), hides headings (`12 （三）`) and
lands inside a wrapped line's text (市自然资源和14规划局). It is told from a text's own numbering by its shape across the
text, never by one line: each number counts the page's (or the document's) lines, so between two numbered lines the
numbers rise exactly by the count of lines between them (page numbers and blank lines not counted), starting again
where a page starts; and where every line is numbered, some numbered lines hold an outline label of the text's own
after the number (`4 1.编制…`, `3 一、…`), which a list numbered `1 ` `2 ` `3 ` never does. A text's own list
(`1 编制…` / `2 开展…`), a table's numbered rows and figures opening lines keep their numbers.
"""

from __future__ import annotations

import re

from ..words.labels import CN_NUMERALS
from ..words.page import PAGE_NUMBER

# a line opening with a margin number: up to three digits, then a space (an indent kept after it is the text's own)
_NUMBERED = re.compile(r"(\d{1,3}) (?=\S|[ \u3000]+\S)")
# a page number alone on its line (— 4 —, 第4页, ·4·, a bare 4): where a page broke, no line of the text's own
_PAGE_NUMBER_LINE = re.compile(r"\s*(?:" + PAGE_NUMBER + r"|\d{1,3})\s*")
# the text's own outline label right after a margin number: 一、 （一） (1) 1. 1、 第一章 / 第一条
_OWN_LABEL = re.compile(r"[ \u3000]*(?:[" + CN_NUMERALS + r"]{1,3}[、.．]|[（(][" + CN_NUMERALS + r"\d]{1,3}[）)]"
                        r"|\d{1,2}[.．、](?!\d)|第[" + CN_NUMERALS + r"\d]{1,4}[章节条部])")
_PAGE_NUMBER_LINE_MAX = 40  # characters: a page number's line is short (a long line is never tried)
_DENSE_MIN = 5  # numbered lines in a column numbering every line
_DENSE_SHARE = 0.8  # of the lines its numbers span (a copy may lose a number or two)
_OWN_LABELS_MIN = 2  # numbered lines holding an outline label of their own
_SPARSE_STEPS = range(2, 11)  # Word numbers every n-th line: by 5 mostly, by 10 at most
_SPARSE_MIN = 3  # numbered lines of such a column, or 2 when the first counts its page's lines from the top
_OPEN_CHAINS = 3  # number runs kept open at once (a stray number between two of the column's starts no run of its own)


class _Numbered:
    """A line opening with a number that may be a margin's: where it stands and what follows the number."""

    __slots__ = ("line", "place", "number", "page_top", "rest")

    def __init__(self, line: int, place: int, number: int, page_top: int, rest: str):
        self.line, self.place, self.number, self.page_top, self.rest = line, place, number, page_top, rest


def margin_numbers_removed(text: str) -> tuple[str, str]:
    """The text with a margin's line-number column taken off its lines (each keeps its place), and a note saying what
    was taken off ("" when the text has no such column)."""
    lines = text.split("\n")
    if len(lines) < _SPARSE_MIN:
        return text, ""
    columns = [run for run in _number_runs(_numbered_lines(lines)) if _is_column(run)]
    if not columns:
        return text, ""
    taken = [n for run in columns for n in run]
    for n in taken:
        lines[n.line] = lines[n.line][len(str(n.number)) + 1:]
    first, last = min(n.line for n in taken) + 1, max(n.line for n in taken) + 1
    every = "every line" if all(_step(run) == 1 for run in columns) else "every few lines"
    return "\n".join(lines), (f"line numbers printed in the left margin ({every}) taken off {len(taken)} lines "
                              f"between lines {first} and {last}")


def _numbered_lines(lines: list[str]) -> list[_Numbered]:
    """Each line opening with a number and a space, with its place among the text's lines (blank lines and page
    numbers not counted, as a margin's numbering does not count them) and the place of its page's first line."""
    numbered, place, page_top = [], 0, 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if len(line) <= _PAGE_NUMBER_LINE_MAX and _PAGE_NUMBER_LINE.fullmatch(line):
            page_top = place
            continue
        m = _NUMBERED.match(line)
        if m:
            numbered.append(_Numbered(i, place, int(m[1]), page_top, line[m.end():]))
        place += 1
    return numbered


def _follows(a: _Numbered, b: _Numbered) -> bool:
    """Whether `b` numbers its line in the same margin column as `a` does: the numbers rise by the lines between
    them, or `b`'s counts its page's lines from a page begun after `a`'s line."""
    if b.number - a.number == b.place - a.place and b.number > a.number:
        return True
    page_top = b.place - b.number + 1  # where b's page starts if b's number counts that page's lines
    if b.number > a.number or page_top <= a.place:
        return False
    if b.page_top > a.place:  # a printed page number between them: where that page starts
        return b.page_top == page_top
    # no page number printed between them: a margin numbering each page's lines numbers the last line before the
    # page's first too, while a table's 序号 starting again under a group row (二、民生保障) leaves that row unnumbered
    return page_top == a.place + 1


def _number_runs(numbered: list[_Numbered]) -> list[list[_Numbered]]:
    """The numbered lines grouped into runs of one margin column each (each line to the latest open run it follows)."""
    runs: list[list[_Numbered]] = []
    for n in numbered:
        run = next((r for r in reversed(runs[-_OPEN_CHAINS:]) if _follows(r[-1], n)), None)
        if run is None:
            runs.append([n])
        else:
            run.append(n)
    return runs


def _step(run: list[_Numbered]) -> int:
    """The fewest lines between two numbers of the run."""
    return min((b.place - a.place for a, b in zip(run, run[1:]) if b.place > a.place), default=0)


def _is_column(run: list[_Numbered]) -> bool:
    """Whether a run of numbers is a margin column: every line numbered and the text's own outline labels after some
    numbers, or every n-th line numbered, each number a multiple of n."""
    if len(run) < 2:
        return False
    step = _step(run)
    if step == 1:
        span = run[-1].place - run[0].place + 1
        own_labels = sum(1 for n in run if _OWN_LABEL.match(n.rest))
        return len(run) >= _DENSE_MIN and len(run) >= _DENSE_SHARE * span and own_labels >= _OWN_LABELS_MIN \
            and (_counts_from_its_page_top(run[0]) or _starts_again_on_a_page(run))
    if step not in _SPARSE_STEPS or any(n.number % step for n in run):
        return False
    if any(b.place - a.place != step for a, b in zip(run, run[1:]) if b.number > a.number):
        return False
    return len(run) >= _SPARSE_MIN or _counts_from_its_page_top(run[0])


def _counts_from_its_page_top(n: _Numbered) -> bool:
    """Whether the number counts the lines of its page (or of the text) from the first: a margin's numbering starts at
    a page's first line, a list's own numbering (a table's 序号 under its header) below lines it does not number."""
    return n.place - n.page_top + 1 == n.number


def _starts_again_on_a_page(run: list[_Numbered]) -> bool:
    """Whether the run's numbers start again at a page's top somewhere (a margin numbering each page's lines)."""
    return any(b.number <= a.number for a, b in zip(run, run[1:]))
