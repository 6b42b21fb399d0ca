"""A table row the page broke: its tail under the header printed again on the next page, joined back to it.

Word lets a table row break across pages by default, and a PDF (its ruled grid, formats/pdf.py) or a Word file
converted from one (one Word table a page, formats/docx.py) prints the table's pieces page by page: both readers join
a piece's first row to the row the page broke by these rules, in this module of its own so that the Word reader does
not load the PDF reader (and pypdf) to use them.
"""
from __future__ import annotations

import re

from ...words.names import unit_like
from .table.delimited import cut_inside_a_name

# brief's rule: 。；：！？） end a sentence (both widths, since text may already be NFKC-folded); a cell's part ending
# so ended a paragraph (and a PDF line ending so ends its paragraph, formats/pdf.py)
ENDS_PARAGRAPH = "。;;::!!??))」』"
_LIST_SEPARATORS = re.compile(r"[、，,；;\s]+")


def row_goes_on(last: list[str], first: list[str]) -> bool:
    """Whether a page's first row (under the header printed again) is the tail of the row the page before ended
    in. Word lets a table row break across pages by default: a tall row ends a page half written and goes on under
    the repeated header with its 序号 cell empty and the other cells' tails (…加装 / 电梯。, 县自然资 / 源局). A row
    with a 序号 of its own, or a group row across the table, starts a new row; so does one after a group row."""
    return not first[0].strip() and any(cell.strip() for cell in first) and bool(last[0].strip()) and len(set(last)) > 1


def joined_row(last: list[str], tail: list[str]) -> list[str]:
    """The row and its tail from the next page, cell by cell. The page cut a cell's text between two lines, most
    often one wrapped line from the next (a name cut as 县自然资 / 源局), joined as a cell's lines are: without a
    separator; a part that ended a sentence (。；) ended a paragraph, and a new line keeps them apart."""
    return [head + ("\n" if head and piece and _parts_apart(head, piece) else "") + piece
            for head, piece in zip(last, tail)]


def _parts_apart(head: str, piece: str) -> bool:
    """Whether a cell's two parts, either side of the page break, stay on lines of their own: the head ended a
    sentence, or a unit cell's list (one name a line) ended with a whole name and the tail opens with another
    (县财政局 / 县审计局), the cut inside no name (县自然资 / 源局 is one)."""
    if head[-1] in ENDS_PARAGRAPH:
        return True
    names = [n for n in _LIST_SEPARATORS.split(head.strip()) if n]
    return (bool(names) and all(unit_like(n) for n in names) and unit_like(_LIST_SEPARATORS.split(piece.strip())[0])
            and not cut_inside_a_name(head.strip(), piece.strip()))
