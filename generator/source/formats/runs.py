"""The runs of text a document prints in a formatting of their own (a red or bold name in a unit cell), kept as data.

A 分解表 kept in Excel or Word marks the lead inside a shared 责任单位 cell by formatting only: 县财政局 in red, 县审计局
in the cell's plain font, and a 注 says 责任单位栏中标红的为牵头单位，其余为配合单位 (or 加粗的为牵头单位, 标下划线的…). The plan
text has no room for formatting, and the site shows the text as printed (no （牵头） written in where the office wrote
none), so the formatted runs travel beside the text: the format readers record each cell's runs in a formatting
(`mark_runs`, while `formatted_runs()` is open, as the table notes are gathered), the source stage gives them to the
plan line that holds the cell (PlanText.formatted), and the legend rule (parse.rules.apply_formatting_legends)
reads them.
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar

# the kinds of formatting a legend names (lexicon.FORMATTING_WORD_KINDS maps the legend's words to them)
RUN_KINDS = ("red", "bold", "underline", "italic")

# (the cell's or paragraph's text, to find its line by; {kind: the texts of its runs in that formatting})
_RUNS: ContextVar[list[tuple[str, dict[str, list[str]]]] | None] = ContextVar("formatted_runs", default=None)


@contextmanager
def formatted_runs():
    """Collect the formatted runs of every cell read inside the block, in reading order."""
    runs: list[tuple[str, dict[str, list[str]]]] = []
    token = _RUNS.set(runs)
    try:
        yield runs
    finally:
        _RUNS.reset(token)


def collecting() -> bool:
    """Whether a caller gathers formatted runs (a reader need not look at formatting otherwise)."""
    return _RUNS.get() is not None


def mark_runs(where: str, runs: dict[str, list[str]]) -> None:
    """Record a cell's (or a paragraph's) runs in each kind of formatting; `where` is its whole text."""
    collected = _RUNS.get()
    if collected is not None and where.strip() and any(runs.values()):
        collected.append((where, runs))


def mark_pieces(where: str, pieces: list[tuple[str, frozenset[str]]]) -> None:
    """Record the formatted part of a cell's or a paragraph's pieces (text, its kinds), the one path every format
    reader takes (.xlsx, .docx, .html). A kind that every piece of text is printed in marks no part of it: a heading
    set wholly in bold (一、总体要求), a table's header cell, a page's title; only a unit set apart from the plain
    text around it in its list or cell (（**市甲局**、市乙局）) is what a legend can point at."""
    runs = stretches(pieces)
    whole = {kind for kind in runs if all(kind in kinds for text, kinds in pieces if text.strip())}
    mark_runs(where, {kind: texts for kind, texts in runs.items() if kind not in whole})


def strong_red(rgb: str) -> bool:
    """Whether a colour written as hex RGB (FF0000, FFFF0000 with alpha, C00000) is the strong red an office marks
    with: a red of C0 or more, green and blue of 60 or less."""
    if not re.fullmatch(r"(?:[0-9A-Fa-f]{2})?[0-9A-Fa-f]{6}", rgb):
        return False
    red, green, blue = (int(rgb[-6:][at:at + 2], 16) for at in (0, 2, 4))
    return red >= 0xC0 and green <= 0x60 and blue <= 0x60


def stretches(pieces: list[tuple[str, frozenset[str]]]) -> dict[str, list[str]]:
    """The runs of each kind of formatting in a cell's pieces (text, its kinds): adjacent pieces of one kind joined
    (a name an edit split over two runs of the same look reads as one), each stripped, empty ones dropped."""
    found: dict[str, list[str]] = {}
    for kind in RUN_KINDS:
        current: list[str] = []
        for text, kinds in [*pieces, ("", frozenset())]:
            if kind in kinds:
                current.append(text)
                continue
            joined = "".join(current).strip()
            if joined:
                found.setdefault(kind, []).append(joined)
            current = []
    return found
