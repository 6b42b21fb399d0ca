"""Layout: a header written on one line (by tabs, | or spaces) over rows pasted one cell per line."""
from __future__ import annotations

import re

from .header import _is_header, header_kinds
from .layouts import Found, rows_found
from .cell_lines import _line_table
from .marks import _SPACE_RUN
from .spacing import header_words


def _header_line(line: str) -> list[str] | None:
    """The cells of a header written on one line, separated by tabs, | or spaces; None for any other line."""
    text = line.strip()
    for separator in ("\t", "|", "｜", None):
        if separator is not None and separator not in text:
            continue
        cells = [c.strip() for c in (text.split(separator) if separator else header_words(text)) if c.strip()]
        if len(cells) >= 3 and all(header_kinds(cells)) and _is_header(cells):
            return cells
    return None


def _header_over_line_cells(lines: list[str], start: int) -> tuple[list[list[str]], int] | None:
    """A header on one line (序号 工作任务 牵头单位 …, by tabs, | or spaces) over rows pasted one cell per
    line: a page copies a table's head row as a line and its body cell by cell. The next line holds
    one cell, not a row of the header's shape (that is a delimited or spaced table)."""
    if not re.search(r"[\t|｜ ]", lines[start].strip()):
        return None
    following = next((ln.strip() for ln in lines[start + 1:start + 3] if ln.strip()), "")
    if not following or _header_line(following) or len(_SPACE_RUN.split(following)) > 1 or "|" in following:
        return None
    header = _header_line(lines[start])
    return _line_table(lines, start + 1, header=header) if header else None


def read_header_over_line_cells(lines: list[str], start: int) -> Found | None:
    """The layout reader (`pasted.build_layouts`): a header on one line over rows one cell per line."""
    return rows_found(_header_over_line_cells(lines, start))
