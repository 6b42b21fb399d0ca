"""Unit codes (A、J / ②、③) in a 分工表's unit cells, read as the units the document's code legend names.

A plan whose 分工表 names many units often prints only a code in the 牵头单位 / 配合单位 cells (A、J, K、P、Z等,
①, ②、③) and says what each code stands for in a legend before or after the table: a line naming the legend
(注：1.表中责任单位以代码表示，各代码对应单位如下： / 责任单位代码表：) with the pairs after it, on its own line or on
the lines under it, several to a line or one a line (A.市发展改革委　B.市财政局 / ①市商务局). A careful reader reads
each code in a unit cell as the unit its legend names; a code the legend does not name is kept as written and said.

The legend is found as matrix.py finds a matrix's (● 牵头 ○ 配合) legend: once for the whole document, before its
tables are looked for (pasted.py `find_pasted_tables`), and held while they are read (`codes_stated`, as
header.py `marks_stated` holds the marks). Its lines are one note of the document: joined onto the line naming
them, so that the outline never reads A. B. C. as numbered items. The two legends stay apart, found alike but not
alike in what they say: a matrix's gives each mark a role (● lead, read in a header's or a cell's marks), a code
legend gives each code a unit's name (A -> 市发展改革委, read as the unit itself), in other words and layouts.
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar

from ....model import TABLE_RULE_NOTE, TABLE_WARNING_NOTE
from ....words import lexicon as lx
from ....words.labels import NOTE_HEAD
from ....words.names import unit_like
from .header import UNIT_COLUMN_KINDS
from .notes import _note

# a code: a capital Latin letter (full-width ones read as the letter they are) or a circled number ① … ⑳
_CODE = "[A-ZＡ-Ｚ\u2460-\u2473]"
_PAIR = re.compile(rf"({_CODE})\s*(?:{lx.alternation(lx.UNIT_CODE_SEPARATORS)})?\s*([^\s；;，,]{{2,40}})")
_PAIR_PARTS = re.compile(r"[\s；;，,]+")  # what parts the pairs of a line (U+3000 the most)
_CUE = re.compile(lx.alternation(lx.UNIT_CODE_CUES))
_FULL_WIDTH_A = ord("Ａ") - ord("A")


def _code(text: str) -> str:
    """A code as the legend and the cells both mean it: Ｋ is K; a circled number stays itself (NFKC would make it 1)."""
    return chr(ord(text) - _FULL_WIDTH_A) if "Ａ" <= text <= "Ｚ" else text


def _pairs(text: str) -> list[tuple[str, str]] | None:
    """The (code, name) pairs a piece of a legend line holds, when it holds nothing else; None otherwise."""
    pairs = []
    for token in _PAIR_PARTS.split(text.strip()):
        m = _PAIR.fullmatch(token)
        if not m:
            return None
        pairs.append((_code(m.group(1)), m.group(2)))
    return pairs


def _after_cue(line: str) -> str | None:
    """What follows the words naming a code legend on its line (after their colon, "" when nothing), or, on a note's
    line (注：A.市甲局　B.市乙委), what follows its head; None on any other line."""
    cue = _CUE.search(line)
    if cue:
        colon = re.compile("[:：]").search(line, cue.end())
        return line[colon.end():] if colon else ""
    head = NOTE_HEAD.match(line.strip())
    return line.strip()[head.end():] if head else None


def code_legends(lines: list[str]) -> list[tuple[int, int, dict[str, str]]]:
    """(first line, end line, {code: unit}) of each code legend among the lines: a line naming it, with its pairs after
    it on that line or on the lines right under it, nothing but pairs there; two pairs at least, and at least half
    of the names a body's (a legend of units, not a list lettered A. B. of anything else)."""
    found = []
    i = 0
    while i < len(lines):
        rest = _after_cue(lines[i])
        pairs = _pairs(rest) if rest and rest.strip() else ([] if rest is not None else None)
        if pairs is None:
            i += 1
            continue
        end = i + 1
        while end < len(lines) and lines[end].strip() and (more := _pairs(lines[end])) is not None:
            pairs += more
            end += 1
        named = dict(pairs)
        if len(named) >= 2 and 2 * sum(unit_like(name) for name in named.values()) >= len(named):
            found.append((i, end, named))
            i = end
        else:
            i += 1
    return found


def legend_lines_joined(text: str, keep_lines: bool) -> tuple[str, dict[str, str]]:
    """The text with each code legend's lines joined onto the line naming it (blank lines where the others stood,
    with `keep_lines`), and the codes all the legends define (the first definition of a code holds)."""
    lines = text.split("\n")
    legends = code_legends(lines)
    codes: dict[str, str] = {}
    for _, _, named in legends:
        for code, name in named.items():
            codes.setdefault(code, name)
    for start, end, _ in reversed(legends):  # from the last, so the earlier legends' lines keep their places
        joined = "　".join([lines[start].rstrip(), *(ln.strip() for ln in lines[start + 1:end])])
        lines[start:end] = [joined] + ([""] * (end - start - 1) if keep_lines else [])
    return "\n".join(lines), codes


_CODES: ContextVar[dict[str, str]] = ContextVar("unit_codes", default={})


@contextmanager
def codes_stated(codes: dict[str, str]):
    """Within the block, `codes` are the units the document's code legend names."""
    token = _CODES.set(codes)
    try:
        yield
    finally:
        _CODES.reset(token)


# a bare code standing as one name of a unit cell, between the cell's separators (A、J / A,N,Y,D / F、Z等 / ②、③); a
# circled number glued to a name (市甲局①) is a footnote's mark, no code
_CELL_CODE = re.compile(rf"(?<![^\s、，,；;/])({_CODE})(?=等?(?:[\s、，,；;/]|$))")


def cells_decoded(columns, data: list[list[str]]) -> list[list[str]]:
    """The rows with each code in a unit column's cells written as the unit the document's legend names; a code
    not in the legend is kept, and said."""
    codes = _CODES.get()
    if not codes:
        return data
    units = [j for j, kind in enumerate(columns.kinds) if kind in UNIT_COLUMN_KINDS]
    unknown: set[str] = set()
    read: dict[str, str] = {}

    def name(m: re.Match) -> str:
        code = _code(m.group(1))
        if code in codes:
            read[code] = codes[code]
            return codes[code]
        unknown.add(m.group(1))
        return m.group(1)

    rows = [[_CELL_CODE.sub(name, cell) if j in units else cell for j, cell in enumerate(row)] for row in data]
    if read:
        _note(next(iter(read.values())), TABLE_RULE_NOTE + "unit codes in the table read by the document's code "
              "legend: " + "，".join(f"{c} as {n}" for c, n in sorted(read.items())))
    for code in sorted(unknown):
        _note(code, f"{TABLE_WARNING_NOTE}unit code '{code}' in the table is not in the document's code legend: "
                    "kept as written (代码表中无此代码)")
    return rows

