"""Layout: cells separated by | (Markdown too) or by tabs (Word and Excel), one row a line."""
from __future__ import annotations

import html
import itertools
import math
import re
from collections.abc import Callable

from ....words import lexicon as lx
from ....words.labels import ATTACHMENT_MARK_LINE
from ....words.names import unit_like
from ....words.widths import display_width
from .box_drawn import _fold, _Piece, _pieces
from .cells import _NONE, _cell_class, _column_class
from .group_bodies import group_row_body
from .header import (UNIT_COLUMN_KINDS, _Columns, _is_header, basis_column, diagonal_corner, header_at, header_kind,
                     lower_header_past_rule)
from .layouts import Found
from .role_grid import is_tick_cell
from .marks import (_ANY_LABEL, _ARABIC_LABEL, _BRACKET_ITEM_LABEL, _CITATION, _CONTINUED_MARK, _NOTE_UNDER, _NUMBER_CELL,
                    _PAGE_MARK, _TABLE_CAPTION, _counted_group_title, _total_row, matched_number)


_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


# GFM (and the Turndown-based web clippers writing it) escapes a pipe inside a cell's text as \|: a literal pipe of
# the cell, no column boundary (新增冷库≥300万吨\|新增冷藏车≥5000辆 is one cell). A single-character lookbehind: linear
_CELL_PIPE = re.compile(r"(?<!\\)\|")
_ESCAPED_PIPE = "\\|"


# A web system joins a field's values by a pipe (赵某某|13805710021, 单位A|单位B) and exports its list tab-separated
# (or as a workbook, whose copy is tab-separated): a row whose tabs are as many as its pipes or more is parted by its
# tabs, the pipe in a cell its text. A Markdown row opens with its pipe, or has more pipes than any tab inside a cell.
# A Markdown table padded with tabs for the eye (序号 |<TAB>工作任务 |<TAB>牵头单位) has a tab beside each pipe: the pipes
# part its cells, the tabs are padding; a pipe inside a web field stands between two words, no tab beside it.
def _delimiter(line: str) -> str | None:
    pipes = len(_CELL_PIPE.findall(line))
    tabs = line.strip("\r\n ").count("\t")
    if (tabs and tabs >= pipes and not line.strip().startswith("|")
            and not (pipes >= 2 and _tabs_pad_pipes(line, tabs))):
        return "\t"
    if pipes >= 2 or (pipes == 1 and not line.strip().startswith("|")):
        return "|"
    if tabs:
        return "\t"
    return None


def _tabs_pad_pipes(line: str, tabs: int) -> bool:
    """Whether every tab of the line stands beside a pipe, as padding of a Markdown row's cells (see above)."""
    bare = line.strip("\r\n ").replace(" ", "")  # a space between the tab and its pipe is padding too
    beside = sum(1 for n, ch in enumerate(bare)
                 if ch == "\t" and ((n and bare[n - 1] == "|") or bare[n + 1:n + 2] == "|"))
    return beside >= tabs


def _split(line: str, delimiter: str, tab_stops: bool = False) -> list[str]:
    """A line's cells. With `tab_stops` (see `_tab_stops`) a run of tabs parts two cells once: tabs leading the
    line still leave one empty cell before the first, tabs ending it none."""
    line = line.rstrip("\r\n")
    if tab_stops and delimiter == "\t":
        return [_web_field(_unquote(c.strip())) for c in _TAB_RUN.split(line.rstrip("\t "))]
    if delimiter == "|":
        line = line.strip()
        if line.startswith("|"):
            line = line[1:]
        if line.endswith("|") and not line.endswith(_ESCAPED_PIPE):
            line = line[:-1]
    if delimiter == "|":  # a Markdown table writes a line break inside a cell as <br>, a pipe in a cell as \|
        line = _BR.sub("\n", line)
        return [_unquote(c.strip().replace(_ESCAPED_PIPE, "|")) for c in _CELL_PIPE.split(line)]
    return [_web_field(_unquote(c.strip())) for c in line.split(delimiter)]


_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
# A web system stores a rich-text field as HTML and exports it as typed, tab-separated or as a workbook (whose copy is
# tab-separated): <br> is a line break inside the cell (市财政局<br>市水利局 two units, as a Markdown cell's), an entity
# (&nbsp; &amp; &#12289;) the character it shows, &nbsp; a plain space. Only a whole entity, its ; closing it: R&D
# and a bare & stay. Fixed-width matches: linear.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,7});")


def _web_field(cell: str) -> str:
    """A tab-separated cell with the HTML its web system left in it read as the page showed it (see above)."""
    if "<" not in cell and "&" not in cell:
        return cell
    cell = _ENTITY.sub(lambda entity: html.unescape(entity.group(0)).replace("\xa0", " "), _BR.sub("\n", cell))
    return "\n".join(line.strip() for line in cell.split("\n"))
_TAB_RUN = re.compile(r"\t+")


# Word / WPS text exports and antiword keep the tab stops a user set to line a table up on screen: a cell is
# followed by one, two or three tabs, a different count on each row (序号\t任务\t\t\t\t责任单位 over
# 1\t\t老街夜市提档升级\t\t区商务局). Read a tab apiece, each extra tab is an empty cell, so header and rows disagree in
# width and column. A spreadsheet's copy writes one tab per cell, every row as wide as the header, and its empty
# cells are real (a merged cell, a 配合单位 left blank). The rows decide which it is: tab stops when the numbered rows
# differ in width as written, some fits the header's columns only with its runs of tabs read as one boundary, and
# none fits only as written.
_TAB_STOP_ROWS = 40  # lines under a header the decision looks at: enough rows to judge, and linear


def _tab_stops(lines: list[str], start: int) -> bool:
    """Whether the tab table headed by lines[start] parts its cells by tab stops (runs of tabs) rather than by
    one tab per cell."""
    header = lines[start]
    rows = [ln for ln in lines[start + 1:start + 1 + _TAB_STOP_ROWS]
            if "\t" in ln.strip("\r\n ") and _NUMBER_CELL.match(_split(ln, "\t")[0])]
    if not any("\t\t" in ln.strip("\r\n\t ") for ln in [header, *rows]):
        return False
    written = [len(_split(ln, "\t")) for ln in rows]
    if len(set(written)) <= 1:
        return False  # a grid: every row as wide as the next (under a header of two rows, wider than its first)
    as_written, as_stops = len(_split(header, "\t")), len(_split(header, "\t", tab_stops=True))
    fits_written = [width == as_written for width in written]
    fits_stops = [len(_split(ln, "\t", tab_stops=True)) == as_stops for ln in rows]
    return (any(s and not w for w, s in zip(fits_written, fits_stops))
            and not any(w and not s for w, s in zip(fits_written, fits_stops)))


def _unquote(cell: str) -> str:
    """A spreadsheet's quoted cell ("两行\n文字", with "" for a quote inside) as its text."""
    if len(cell) >= 2 and cell[0] == cell[-1] == '"' and _open_quote(cell[:-1]):
        return cell[1:-1].replace('""', '"')
    return cell


def _open_quote(text: str) -> bool:
    """Whether `text` (from a cell's start) leaves a spreadsheet quote open: it starts with " and
    holds an odd number of them."""
    return text.startswith('"') and text.count('"') % 2 == 1


_MAX_CELL_LINES = 30


def quoted_paragraph(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """The lines of a spreadsheet's cell copied on lines of its own from lines[i], unquoted, and the index after
    them; None when lines[i] opens no such cell.

    Offices keep a 工作要点 in a workbook with the whole text in column A, a paragraph a row. Excel's copy (and the
    .xlsx reader, which writes a sheet as that copy) quotes a cell holding a line break or a quote mark: `"9．支持
    ""名特优新""发展。"`, or a task over two lines with its （责任科室：…） after an in-cell break. Outside a table
    that quoting hides the paragraph's number. Only a cell Excel would have quoted is taken: the quote opens the
    line and closes at the end of it or of a later one, every quote between is doubled, and it holds a "" or a
    line break; no tab (a row of cells is the table readers'). A quotation typed in a text ("十四五"时期) is none."""
    if not lines[i].lstrip().startswith('"'):
        return None
    text, end = joined_while_quoted(lines, i, lambda joined: _open_quote(joined.strip()))
    cell = text.strip()
    if "\t" in cell or not _whole_quoted_cell(cell) or ("\n" not in cell and '""' not in cell[1:-1]):
        return None
    return [line.strip() for line in _unquote(cell).split("\n")], end


def _whole_quoted_cell(text: str) -> bool:
    """Whether `text` is one quoted cell as a spreadsheet writes it: "…" with each quote inside doubled."""
    return len(text) >= 2 and text[0] == text[-1] == '"' and '"' not in text[1:-1].replace('""', "")


def _rows_go_on(lines: list[str], i: int, delimiter: str) -> bool:
    """Whether the table goes on past the blank line before lines[i]: the next printed line is a row, or a
    group row spanning the table pasted with no separator (五、执法协作（4项）) with rows under it. A blank
    line is often left around a page's foot or before a group row when a table is copied from a PDF or page."""
    printed = (n for n in range(i, len(lines)) if lines[n].strip() and not _PAGE_MARK.match(lines[n].strip()))
    first = next(printed, None)
    if first is None:
        return False
    if _delimiter(lines[first]) == delimiter:
        return True
    label = lines[first].strip()
    if not _ANY_LABEL.match(label) or _ARABIC_LABEL.match(label):
        return False
    second = next(printed, None)
    return second is not None and _delimiter(lines[second]) == delimiter


def _record(lines: list[str], i: int, delimiter: str) -> tuple[str, int]:
    """The row starting at lines[i] and the index after it. A spreadsheet copies a cell holding line
    breaks inside quotes, so the row runs on until each quote opened at a cell's start is closed."""
    if delimiter != "\t":
        return lines[i].rstrip("\r"), i + 1
    return joined_while_quoted(lines, i, lambda line: _open_quote(line.split("\t")[-1].strip()))


def joined_while_quoted(lines: list[str], i: int, left_open: Callable[[str], bool]) -> tuple[str, int]:
    """The line lines[i] with the lines after it joined on (parted by line breaks) while `left_open` says a quoted
    cell is still open, and the index after them; lines[i] alone when the quote never closes (within
    _MAX_CELL_LINES): a quote mark in the text, not a cell. The tab reader (`_record`) and the space reader
    (spaced.py) each say where a cell opens."""
    line = lines[i].rstrip("\r")
    end = i + 1
    while left_open(line) and end < len(lines) and end - i < _MAX_CELL_LINES:
        line += "\n" + lines[end].rstrip("\r")
        end += 1
    if left_open(line):
        return lines[i].rstrip("\r"), i + 1
    return line, end


def _delimited_table(lines: list[str], start: int, tab_stops: bool = False) -> tuple[list[list[str]], int] | None:
    delimiter = _delimiter(lines[start])
    if delimiter is None:
        return None

    def split(line: str) -> list[str]:
        return _split(line, delimiter, tab_stops)

    head, head_end = _header_record(lines, start, delimiter, split)
    last = head_end - 1  # the header row's last line: a cell broken over the next one or a lower row follows it
    broken = _header_cell_broken(lines, last, delimiter, head, split)
    head = broken or head
    second_at = None if broken else _second_header_line(lines, last, delimiter, head, split)
    second, second_end = _header_record(lines, second_at, delimiter, split) if second_at is not None else (None, 0)
    # the rows under the header, past a Markdown rule: a matrix's header is known by the marks below it
    below = _rows_below_header(lines[head_end + bool(broken):head_end + 5], delimiter, split)
    found = header_at([head] + ([second] if second else []), 0, below=below)
    if not found:
        return None
    columns, data_start = found
    # (a header with sub-columns it could not read goes on as its two rows, read again the same way, so the table's
    # reading says which: header.py `_sub_columns_named`)
    # (so does one whose short names under a spanning 责任单位 are a matrix's units: header.py `spanned`)
    rows: list[list[str]] = [head, second] if (columns.unread or columns.spanned) and second else [columns.names]
    header_end = second_end if data_start == 2 and second_at is not None else last + data_start + bool(broken)
    header_rows = _header_rows(lines, start, header_end, delimiter, split)
    drawn = delimiter == "|" and _drawn_grid(lines, start)
    drawn_row: list[str] | None = None  # in a drawn grid, the last row read from a line, and its cells' pieces
    drawn_cells: list[list[_Piece]] = []
    i = header_end
    while i < len(lines):
        line, after = _record(lines, i, delimiter)
        if _RULE.match(line) or _PAGE_MARK.match(line.strip()):  # a page number where the table breaks
            i += 1
            continue
        again = _header_again(lines, i, header_rows, delimiter, split)
        if again:
            i = again
            continue
        if _CONTINUED_MARK.match(line.strip()) and _header_again(lines, after, header_rows, delimiter, split):
            # 续表 over the header printed again at a later page's top: page furniture, as the page number is (read
            # as text it ended the table and stood as a section of its own)
            i = _header_again(lines, after, header_rows, delimiter, split)
            continue
        if _delimiter(line) == delimiter and _another_header(split(line), header_rows):
            break  # the next part's table under its own header: a table of its own, read from there
        if not line.strip():
            # a printed page's foot between blank lines (第 1 页，共 4 页) does not end the table: the rows go on
            # under it, most often under the header printed again
            if not _rows_go_on(lines, i + 1, delimiter):
                break
            i += 1
            continue
        if ATTACHMENT_MARK_LINE.match(line) and _delimiter(line) != delimiter:
            break  # 附件2 配套政策清单 under the last row: the next attachment, no row nor group row of this table
        if _caption_over_a_header(lines, i, after, delimiter, split):
            break  # 表3<TAB>某县…清单 over a header: the next table's caption, no row of this one
        if _CITATION.match(line.strip()) and len(rows) > 1:
            # 任务来源：… between rows belongs to the row above, not a section of its own
            task = columns.first("task") or 0
            if task < len(rows[-1]):
                rows[-1][task] = "。".join(filter(None, [rows[-1][task].rstrip("。"), line.strip()]))
        elif _delimiter(line) == delimiter:
            cells = split(line)
            previous = rows[-1] if len(rows) > 1 else None
            number_col = columns.first("number")
            starts_row = number_col is not None and _NUMBER_CELL.match(cells[0]) and (
                number_col == 0 or _next_row_number(cells[0], rows, number_col))
            # a row of one cell holding a heading (| 一、体系建设 |) spans the table: a section, never half a row
            heading = previous is not None and len(previous) == 1 and _ANY_LABEL.match(previous[0].strip())
            # a line holding the next row's number in the 序号 column (its merged first cells empty) is that row,
            # never the rest of the row above, however the cells above end
            own_number = number_col is not None and number_col < len(cells) and _next_row_number(
                cells[number_col], rows, number_col)
            rest = (_rest_of_row(previous, cells, columns.width, columns.kinds)
                    if previous is not None and not own_number else None)
            pieces = _pieces(line) if drawn else []
            if previous is not None and previous is drawn_row and len(pieces) == len(drawn_cells) and (
                    rest is not None or _goes_on_past_the_edge(drawn_cells, pieces)):
                for j, piece in enumerate(pieces):
                    if piece.text:
                        drawn_cells[j].append(piece)
                        previous[j] = _fold(drawn_cells[j])
            elif rest is not None:
                # a printed line cut inside a word runs on with no break; a cell's own line break stays
                glue = "" if len(cells) == columns.width and _cut_mid_name(previous, rest, columns.kinds) else "\n"
                for j, piece in rest:
                    previous[j] = f"{previous[j]}{glue}{piece}"
            elif (wrapped := _wrapped_row_rest(previous, cells, columns)) is not None:
                for j, piece, glue in wrapped:
                    previous[j] = f"{previous[j]}{glue}{piece}"
            elif (previous is not None and len(previous) < columns.width and not starts_row and not heading
                    and not _sums_or_group_row(cells, number_col)
                    and len(previous) + len(cells) - 1 <= columns.width):
                # a line break inside a cell split the row in two; the cell keeps it (a unit per line), unless the
                # break fell inside a unit's name (各乡镇 / 人民政府): the name is joined whole
                glue = "" if _cut_mid_name(previous, [(len(previous) - 1, cells[0])], columns.kinds) else "\n"
                previous[-1] = f"{previous[-1]}{glue}{cells[0]}"
                previous.extend(cells[1:])
            else:
                if starts_row and number_col:
                    # the cells left of the 序号 were merged and left out; a later one short too is placed below
                    rows.append([""] * number_col + cells)
                else:
                    rows.append(_right_aligned(cells, columns.kinds) or cells)
            if drawn and rows[-1] is not previous:
                drawn_cells = _cells_as_pieces(rows[-1], pieces)
                drawn_row = rows[-1] if drawn_cells else None
        elif delimiter == "\t" and _spaced_row(line, columns):
            rows.append(_spaced_row(line, columns))
        elif _continues_last_cell(line, lines, i, rows, split, columns):
            rows[-1][-1] = f"{rows[-1][-1]}\n{line.strip()}"
        elif _ANY_LABEL.match(line.strip()) and not _ARABIC_LABEL.match(line.strip()):
            rows.append([line.strip()])  # a section row spanning the table, pasted without separators
        elif len(rows) > 1 and _NOTE_UNDER.match(line.strip()):
            # 说明：1.… / 注：… under the last row: the table's note, after the table. A row whose last cells are empty
            # (完成时限 left blank) is written short of the header's width (a sheet saved as text drops its trailing
            # empty cells), so the note would otherwise be read as the rest of that row's last cell, its words
            # (牵头单位负责…) re-roling the row's units and its pieces read as units
            break
        elif (i + 1 < len(lines) and _delimiter(lines[i + 1]) == delimiter
              and len(split(lines[i + 1])) <= columns.width):
            rows.append([line.strip()])  # a first cell holding a line break; the next line completes the row
        elif delimiter == "|" and line.strip().startswith("|") and _ends_text(lines, i):
            rows.append(_split(line, delimiter))  # | （5）开展汛前: a row the end of the text cut after its first cell
            i = after
            break
        else:
            break
        i = after
    # once every row is whole (a line break inside a cell joined), a numbered row still short lost a merged cell
    rows[1:] = [_merged_cells_left_out(row, columns.kinds) or row for row in rows[1:]]
    return (rows, i) if len(rows) > 1 else None


# A sheet copied as text leaves a cell's own line break unquoted: when the row's last cell breaks, the line after the
# row holds no tab (设置警示标志， / 防止群众进入危险区域（镇X所指导）。). Under a whole row whose last cell stops mid-sentence
# (after ，、；) such a line is the rest of that cell, never a first cell of its own nor a group row over the rows below.
_MID_SENTENCE = "，,、；;"


def _continues_last_cell(line: str, lines: list[str], i: int, rows: list[list[str]], split, columns: _Columns) -> bool:
    """Whether a line with no delimiter goes on the last row's last cell: a （1）… paragraph of the task cell (before a
    label could make it a section row); else, unless it is a section row or the table's note (说明：…, the branches
    after this one in the caller), the rest of a cell the line break cut in a row still short of the header, the last
    cell's sentence going on past its line break, or a paragraph of that cell."""
    if _item_paragraph_of_task_cell(line, rows, columns):
        return True
    stripped = line.strip()
    if _ANY_LABEL.match(stripped) and not _ARABIC_LABEL.match(stripped):
        return False  # a section row spanning the table
    if len(rows) < 2 or _NOTE_UNDER.match(stripped):
        return False  # the table's note under its last row
    if 1 < len(rows[-1]) < columns.width:
        return True
    return len(rows[-1]) == columns.width and (_sentence_left_open(rows[-1][-1])
                                               or _tick_line_of_the_last_role_cell(line, rows, columns)
                                               or _citation_of_the_last_source_cell(line, rows, columns)
                                               or _paragraph_of_the_last_cell(line, lines, i, rows, split, columns)
                                               or _names_of_the_last_unit_cell(line, lines, i, rows, split, columns))


# A 分工表 form's 责任类型 cell holds a line of tick boxes per unit (☒牵头 ☐配合 / ☐牵头 ☒配合): where it is the row's
# last column, a copy puts its second and later lines under the row with no tab. A tick line under a row whose last
# cell, in a role column, is tick lines too is the rest of that cell, never a row (a group row names work, not boxes).
def _tick_line_of_the_last_role_cell(line: str, rows: list[list[str]], columns: _Columns) -> bool:
    return columns.kinds[-1] == "role" and is_tick_cell(line) and is_tick_cell(rows[-1][-1])


# A duty list's 依据 column cites the law behind each row's duty (职责依据, 法律依据, 政策依据): a Word table saved as
# text writes a cell of two citations as two lines, the second with no tab and, a law's title or article
# (《…》第十条第二款) closing with no stop, it passed for a group row over the rows below (numbered by guess, and before a
# real group row it ended the table). Under a whole row whose last column is such a column and whose last cell itself
# cites a document (opens with 《), a line that is only a citation is that cell's next one: a title, its document
# number, its articles (《…》（国发〔2020〕3号）, 《…》第十条第二款, the article's words after a colon). A line going on
# past the title with words of its own (《…法》规定的职责, 《…》确定的任务, 《…》（3项）) names a group of rows; so
# does any 《 line under a cell citing no title (第八十六条: the law is the group's). A 任务来源 column (a report or a
# meeting the task comes from) cites no law's articles: its rows are grouped by those sources.
_NUMERAL = "[一二三四五六七八九十百零〇\\d]"
_ARTICLES = rf"第{_NUMERAL}{{1,6}}[条款项章节](?:第{_NUMERAL}{{1,4}}[条款项])*"
_CITED_DOCUMENT = rf"《[^《》]{{1,80}}》(?:[(（][^()（）《》]{{0,20}}号[)）])?(?:{_ARTICLES}(?:[、，,和及]{_ARTICLES})*)?"
_CITATION_LINE = re.compile(rf"{_CITED_DOCUMENT}(?:[、，,；;和及]{_CITED_DOCUMENT})*")


def _bare_citation(text: str) -> bool:
    """Is the line only a citation (_CITATION_LINE), or a citation of articles followed by their words after a
    colon (《某省燃气管理条例》第六条：县级以上人民政府…)?"""
    cited = _CITATION_LINE.match(text)
    if cited is None:
        return False
    end = cited.end()
    return end == len(text) or (text[end] in "：:" and text[end - 1] in "条款项")


def _citation_of_the_last_source_cell(line: str, rows: list[list[str]], columns: _Columns) -> bool:
    return (columns.kinds[-1] == "extra" and basis_column(columns.names[-1])
            and rows[-1][-1].strip().startswith("《") and _bare_citation(line.strip()))


def _sentence_left_open(cell: str) -> bool:
    text = cell.strip()
    return bool(text) and text[-1] in _MID_SENTENCE


# A Word table saved as text breaks a row where a cell holds two paragraphs: the second (县Y局：负责…。 under a row ending
# 县X局：负责…。) stands on a line of its own, no tab, and the next row follows whole with its own 序号. Such a line, a
# sentence closed by its stop under a whole row and before a whole numbered row, is the last cell's second paragraph:
# it can be no first cell of the row below (that row opens with its number and lacks no cell) and no group row (a
# group's name closes with no stop).
def _paragraph_of_the_last_cell(line: str, lines: list[str], i: int, rows: list[list[str]], split,
                                columns: _Columns) -> bool:
    text = line.strip()
    if not text or text[-1] not in _CLOSED or i + 1 >= len(lines) or columns.first("number") != 0:
        return False
    below = split(lines[i + 1])
    return (len(below) >= columns.width and bool(_NUMBER_CELL.match(below[0]))) or _broken_next_row(below, rows)


# A browser copies a <td> holding a <br> as two lines: where the row's last cell is a unit cell (责任单位) whose names
# stand one a line (市住建局<br>各区县政府), the second line comes under the whole row with no tab and no stop, and the
# next numbered row follows. A line of nothing but bodies' names there is the rest of that cell: a group row over the
# rows below is labelled (一、) or names a kind of work, and the row under it would not go on with the numbering.
_NAME_SEPARATORS = re.compile(r"[、，,；;\s]+")
_CELL_NAMES_MAX = 60  # characters of a unit cell's second line, at most


def _names_of_the_last_unit_cell(line: str, lines: list[str], i: int, rows: list[list[str]], split,
                                 columns: _Columns) -> bool:
    text = line.strip()
    if (not text or len(text) > _CELL_NAMES_MAX or columns.kinds[-1] not in UNIT_COLUMN_KINDS
            or columns.first("number") != 0 or i + 1 >= len(lines)):
        return False
    names = [name for name in _NAME_SEPARATORS.split(text) if name]
    if not all(unit_like(name) for name in names):
        return False
    below = split(lines[i + 1])
    return (len(below) >= columns.width and _next_row_number(below[0], rows, 0)) or _broken_next_row(below, rows)


# In a Word table saved as text the row under a broken row is most often broken too: a 年度目标任务 cell of two
# paragraphs (3月底前完成征地； / 全年完成路基) ends its first line short of the header's width. Such a line still opens
# the next row when its first cell is the number after the last row's: the line above it, under a whole row, is then
# the rest of that row's last cell, not a group row (a group row's next row would not go on with the numbering).
def _broken_next_row(below: list[str], rows: list[list[str]]) -> bool:
    return len(below) > 1 and _next_row_number(below[0], rows, 0)


# A browser copies a <td> holding several <p> as one line a paragraph, the row's later cells going on after the last
# (1→实施城市片区更新。 / （1）启动北门片区更新； / （2）新开工安置住房600套。→县住建局→…). A line opening with an item's
# bracketed number （1） under a row that stops in its task cell, short of its columns, is that cell's next paragraph:
# a section spanning the table is labelled 一、 / （一）, and stands between whole rows, not inside one.
def _item_paragraph_of_task_cell(line: str, rows: list[list[str]], columns: _Columns) -> bool:
    if len(rows) < 2 or not _BRACKET_ITEM_LABEL.match(line.strip()):
        return False
    last = rows[-1]
    return 1 < len(last) < columns.width and columns.kinds[len(last) - 1] == "task"


# Some browsers copy a rowspan table with the spanned cells absent, not empty: under 类别 | 序号 | 工作任务 | … a group's
# later rows open with their 序号 (2→开展城市体检。→县住建局→…). A line whose first cell is the number after the last
# row's starts a row wherever the 序号 column stands, empty cells put back before it (a number alone could be a cell's
# figure); `_merged_cells_left_out` then places any other cell the row lacks (a merged 牵头县领导).
_NUMBER_LOOKBACK = 8  # rows looked back for the last row number, past section rows


def _next_row_number(cell: str, rows: list[list[str]], number_col: int) -> bool:
    """Whether `cell` holds the number one more than the last numbered row's."""
    number = _NUMBER_CELL.match(cell.strip())
    if not number:
        return False
    for row in reversed(rows[1:][-_NUMBER_LOOKBACK:]):
        above = _NUMBER_CELL.match(row[number_col].strip()) if number_col < len(row) else None
        if above:
            return matched_number(number) == matched_number(above) + 1
    return False


def _rows_below_header(lines: list[str], delimiter: str, split) -> list[list[str]]:
    """The first rows under a header, as the header's reading asks for them: the delimited lines past a Markdown rule,
    and a group row naming a body written without delimiters (一、市公安局（2项） spanning the table, pasted as its text
    alone), which makes a 清单 grouped by the body in charge a task table (header._over_rows_grouped_by_body)."""
    return [split(ln) for ln in lines
            if (_delimiter(ln) == delimiter and not _RULE.match(ln)) or group_row_body(ln)][:4]


def _sums_or_group_row(cells: list[str], number_col: int | None) -> bool:
    """A line that is a row of its own however short the row above: a total (合计 | 30个 | | 363700) or a spreadsheet's
    group row (产业类 | 12个 | | 182900), which a sheet saved as text writes without the empty cells at its end."""
    return _total_row(cells) or (number_col is not None and _counted_group_title(cells, number_col) is not None)


def _second_header_line(lines: list[str], start: int, delimiter: str, head: list[str], split) -> int | None:
    """The line that may hold the header's second row: the next one, or the one past a Markdown rule when it reads
    as a header's lower row (a converter's rule put between the two header rows, see `lower_header_past_rule`)."""
    at = start + 1
    if at < len(lines) and _delimiter(lines[at]) == delimiter and not _RULE.match(lines[at]):
        return at
    if (at + 1 < len(lines) and _RULE.match(lines[at]) and _delimiter(lines[at + 1]) == delimiter
            and not _RULE.match(lines[at + 1]) and lower_header_past_rule(head, split(lines[at + 1]))):
        return at + 1
    return None


# Excel users wrap a narrow header cell with Alt+Enter (责任 / 部门, 牵头 / 单位, 完成 / 时限, 责任单位 / （部门）), and
# the sheet's copy (and the .xlsx reader, which writes a sheet as that copy) quotes such a cell over two lines. Read
# line by line, the header stops inside its first wrapped cell: two such cells and no header is found (the table is
# lost), one whose first line is a column name already (牵头, 责任单位) and the rest of the header reads as a row. A
# header row is read whole as the rows are (`_record` joins a quoted cell's lines), and a header cell's own line
# break only wraps its name: the parts join with no space (责任部门, one column, not 责任 over 部门).
def _header_record(lines: list[str], at: int, delimiter: str, split) -> tuple[list[str], int]:
    """The header row from lines[at], its cells' own line breaks joined, and the index after it."""
    line, after = _record(lines, at, delimiter)
    return [_unwrapped(cell) for cell in split(line)], after


def _unwrapped(cell: str) -> str:
    """A header cell's name wrapped over lines (责任\n部门) as one (责任部门); a 斜线表头 corner keeps its two words
    apart (责任单位\n工作任务: each line a whole name of its own, header.diagonal_corner)."""
    if "\n" not in cell or diagonal_corner(cell):
        return cell
    return "".join(part.strip() for part in cell.split("\n"))


def _header_rows(lines: list[str], start: int, end: int, delimiter: str, split) -> list[list[str]]:
    """The header's rows over lines[start:end], each read whole (`_header_record`), a Markdown rule passed over."""
    rows, at = [], start
    while at < end:
        if _RULE.match(lines[at]):
            at += 1
            continue
        cells, at = _header_record(lines, at, delimiter, split)
        rows.append(_filled(cells))
    return rows


# A web table's narrow header cell broken by <br> or two <p> (牵头 / 县领导): the copy breaks the header row there, the
# rest of the row on the next line (类别→序号→工作任务→牵头 / 县领导→牵头单位→责任单位→完成时限). Read as a header's second
# row, every column shifts. The two lines are one header when the upper's last cell and the lower's first join into a
# column name other than the upper cell's alone, the lower's other cells all name columns (not years under a spanning
# cell), and the widest row under them is exactly as wide as the joined header.
_BROKEN_HEADER_ROWS = 6  # lines under the header looked at for the table's width


def _header_cell_broken(lines: list[str], start: int, delimiter: str, head: list[str], split) -> list[str] | None:
    """The header of lines[start] and the next line joined at a cell broken over the two; None when not broken."""
    if start + 2 >= len(lines) or _delimiter(lines[start + 1]) != delimiter or not head[-1].strip():
        return None
    lower = split(lines[start + 1])
    joined = head[:-1] + [head[-1] + lower[0]] + lower[1:]
    seam = header_kind(joined[len(head) - 1])
    if not lower[0].strip() or not seam or seam == header_kind(head[-1]) or len(head) < 2 or len(lower) < 2:
        return None
    if any(header_kind(c) in (None, "period") for c in lower[1:]):
        return None
    widths = [len(split(ln)) for ln in lines[start + 2:start + 2 + _BROKEN_HEADER_ROWS] if _delimiter(ln) == delimiter]
    return joined if widths and max(widths) == len(joined) else None


# A table pasted from a paged file prints its header again at the top of each page (— 6 — / 序号 | 任务 | 石门村 …).
# That line is no row: kept, it sets a name under each column, and a matrix's columns then hold more than marks.
def _filled(cells: list[str]) -> list[str]:
    """A row's cells without the empty ones its end may carry (tabs after the last cell)."""
    while cells and not cells[-1].strip():
        cells = cells[:-1]
    return cells


def _header_again(lines: list[str], i: int, header_rows: list[list[str]], delimiter: str, split) -> int:
    """The index after the header's rows when they stand again from lines[i], cell for cell (a Markdown rule under
    them passed over too); 0 when they do not."""
    at = i
    for header in header_rows:
        if at >= len(lines):
            return 0
        cells, at = _header_record(lines, at, delimiter, split)
        if _filled(cells) != header:
            return 0
    while at < len(lines) and _RULE.match(lines[at]):
        at += 1
    return at


# A list in parts (基本事项 / 配合事项 / 收回事项) prints each part's table under its own header, the columns differing
# (序号 | 事项名称 | 牵头单位 | 配合单位, then 序号 | 事项名称 | 具体内容 | 责任单位). A row of header words only, opening
# with the 序号 header and not the header above printed again, is no data row: it heads the next table.
# The table above may have a two-level header (责任单位 over 主管部门 | 属地乡镇, 责任人 over 行政责任人 | 技术责任人):
# the next part's flat header is still another table's, while the same header printed again on one line at a page's
# top (序号 | 风险点名称 | 主管部门 | 属地乡镇 | 行政责任人, its group cells left out) names only the header's own cells.
def _another_header(cells: list[str], header_rows: list[list[str]]) -> bool:
    cells = _filled([_unwrapped(c) for c in cells])
    if not cells or header_kind(cells[0]) != "number" or not all(header_kind(c) for c in cells) or not _is_header(cells):
        return False
    if len(header_rows) == 1:
        return cells != header_rows[0]
    own = {cell.strip() for row in header_rows for cell in row}
    return any(cell.strip() not in own for cell in cells)


# Tables in parts (表1 风险清单, 表2 责任清单, 表3 措施清单) each carry a numbered caption above their header, Word and WPS
# copying it as a line of its own with a tab between number and title (表3<TAB>某县防汛重点措施清单). Under a finished
# table that line is no row (read as one, its title is a task, or it runs on into the header below as a short row):
# a table's caption over the header row that follows it ends the table above. A column of form numbers (表1 | 基本情况表
# in a list of forms) has rows under it, not a header.
def _caption_over_a_header(lines: list[str], i: int, after: int, delimiter: str, split) -> bool:
    if not _TABLE_CAPTION.match(lines[i].strip()) or after >= len(lines) or _delimiter(lines[after]) != delimiter:
        return False
    if _delimiter(lines[i]) == delimiter and len(_filled(split(lines[i]))) != 2:
        return False
    below = _filled([_unwrapped(c) for c in split(lines[after])])
    return bool(below) and header_kind(below[0]) == "number" and all(
        header_kind(c) for c in below if c.strip()) and _is_header(below)


# A cell too long for its column goes on in the next line under it (滨江码头建设（含 / 游船航线）, 区文旅局、区交通运输局、 /
# 滨江街道办事处): the line opens with the empty cells before it and holds no row number. Under a row whose cells run
# on (a list closed by 、, a bracket left open) such a line is the rest of those cells, not a row of its own; a line
# under a row that closed every cell is one (a measure under its merged task, its 序号 and 任务 cells left empty).
_RUNS_ON = "、，,"


def _left_open(cell: str) -> bool:
    """Whether a cell stops where its text goes on: after a list's comma (区商务局、) or inside a bracket (建设（含)."""
    text = cell.strip()
    return bool(text) and (text[-1] in _RUNS_ON
                           or text.count("（") + text.count("(") > text.count("）") + text.count(")"))


def _rest_of_row(previous: list[str], cells: list[str], width: int,
                 kinds: list[str | None]) -> list[tuple[int, str]] | None:
    """The cells of a continuation line, each with the column of the row above it goes on: by place when the line has
    as many cells as the header (the tabs kept the columns), else in order over the cells the row left open (tab stops
    keep no count). None when the line opens with a cell of its own or the row above left no cell open."""
    pieces = [(j, c) for j, c in enumerate(cells) if c.strip()]
    if len(previous) != width or cells[0].strip() or not pieces:
        return None
    open_cells = [j for j, c in enumerate(previous) if _left_open(c)]
    if len(cells) == width and any(j in open_cells for j, _ in pieces):
        return pieces
    if len(pieces) == len(open_cells):
        return [(j, piece) for j, (_, piece) in zip(open_cells, pieces)]
    if len(cells) == width and _cut_mid_name(previous, pieces, kinds):
        return pieces
    return None


# A table set with tab stops in a word processor, no table of its own (docx._in_columns), wraps a cell too long for its
# column onto the next line, set at that column: the line holds the rest of the task text, and after tabs the rest of
# the unit cells (新增接户 / <TAB>管网3.5公里<TAB><TAB>建设局 under 3<TAB>…新增接户<TAB>镇规划建设办<TAB>县住房城乡<TAB>…).
# Such a line has no 序号 and fewer cells than the header (nothing follows its last piece); a spreadsheet's row under
# a merged 序号 writes every cell, as wide as the header. Under a whole numbered row, its pieces go on the cells above
# them by place, with nothing between: the wrap is the column's edge, no break of the writer's. A sheet copied as text
# drops a row's empty end too: a line whose unit piece is a whole name under a closed unit cell (省X中心 / 综合规划处),
# or whose piece opens an item (（3）…), is a row of its own under merged cells, never such a wrap; the unit pieces of a
# wrap go on the list the cell left open (镇财政所、 / 各村（社区）) or the name it cut (县住房城乡 / 建设局).
_SENTENCE_ENDS = "。；;！？!?"  # a cell ending so is whole: the line under it is no rest of it


def _wrapped_row_rest(previous: list[str] | None, cells: list[str],
                      columns: _Columns) -> list[tuple[int, str, str]] | None:
    """The pieces of a wrapped line of a tab-stop table, each with the column it goes on and the glue before it; None
    for any other line (see above)."""
    number = columns.first("number")
    if (previous is None or number != 0 or len(previous) != columns.width or not _NUMBER_CELL.match(previous[0])
            or cells[0].strip() or not 1 < len(cells) < columns.width):
        return None
    pieces = [(j, c.strip()) for j, c in enumerate(cells) if c.strip()]
    if not pieces or any(not previous[j].strip() or previous[j].strip()[-1] in _SENTENCE_ENDS or _ANY_LABEL.match(piece)
                         for j, piece in pieces):
        return None  # a piece under an empty cell or a finished sentence, or opening an item (（3）…): no wrap
    if any(columns.kinds[j] in UNIT_COLUMN_KINDS and not _unit_cell_cut(previous[j], piece) for j, piece in pieces):
        return None  # a whole name under a closed unit cell: a row of its own under merged cells, its empty end dropped
    return [(j, piece, "") for j, piece in pieces]


def _unit_cell_cut(above: str, piece: str) -> bool:
    """Whether a unit cell's text stops where the piece on the next line goes on: after a list's 、 or inside a name."""
    return above.strip()[-1] in _RUNS_ON or cut_inside_a_name(above.strip(), piece)


# antiword (and any tool writing a Word table in a monospace font) draws a table with | between cells padded to their
# column's width, every line's bars at the same display columns, one dash line under the header and no rule between
# rows: a row's cells wrap over several lines, each line the next piece of every cell, its 序号 cell left empty, a cell
# cut anywhere at its column's edge (团县 / 委, 市生态环境局 / 青岚分局, 追溯体 / 系). A Markdown table writes its rule
# with a bar between columns (|---|---|) and a row a line, however its bars line up: no grid.
_DRAWN_GRID_LINES = 12  # lines from the header whose bars are compared: enough to see a grid, and linear


def _bar_columns(line: str) -> list[int]:
    """The display columns of a line's bars."""
    line = line.rstrip()
    return [display_width(line[:n]) for n, ch in enumerate(line) if ch == "|"]


def _drawn_grid(lines: list[str], start: int) -> bool:
    """Whether the |-table headed by lines[start] is drawn in fixed width: its header's bars stand at the same display
    columns on each |-line under it (a rule line aside), and no rule under the header parts the columns as Markdown's
    does. A wrapped row's lines are then read down their columns (`_goes_on_past_the_edge`)."""
    bars = _bar_columns(lines[start])
    rows = 0
    for line in lines[start + 1:start + _DRAWN_GRID_LINES]:
        if not line.strip() or _delimiter(line) != "|":
            break
        if _RULE.match(line):
            if line.strip().strip("|").count("|"):
                return False  # a Markdown rule, a bar between columns
            continue
        if _bar_columns(line) != bars:
            return False
        rows += 1
    return len(bars) >= 3 and rows >= 2


def _cells_as_pieces(row: list[str], pieces: list[_Piece]) -> list[list[_Piece]]:
    """A drawn grid's row as the pieces of its cells, its first line's; none for a row not laid out as the line."""
    if len(pieces) != len(row) or any(p.text != cell for p, cell in zip(pieces, row)):
        return []
    return [[p] if p.text else [] for p in pieces]


def _goes_on_past_the_edge(cells: list[list[_Piece]], pieces: list[_Piece]) -> bool:
    """Whether a drawn grid's line is the rest of the row above: its first (序号) cell is empty and a piece of it
    stands under a cell the edge cut (`_cut_by_the_bar`). Under a row whose cells each ended short of their bar, or
    closed (a sentence's 。, a whole name over a whole name: 县财政局 / 县公安局), the line is a row of its own, a
    sub-row under a merged cell, as one a line is."""
    if pieces[0].text or not any(p.text for p in pieces):
        return False
    return any(piece.text and cell and _cut_by_the_bar(cell[-1], piece) for cell, piece in zip(cells, pieces))


def _cut_by_the_bar(above: _Piece, piece: _Piece) -> bool:
    """A cell's line that fills its column to the bar, no sentence closed, and that the piece below goes on as the
    cell's own lines do (`box_drawn._fold` joins them with no break)."""
    return above.fills and above.text[-1:] not in _CLOSED and "\n" not in _fold([above, piece])


# A table copied from a PDF keeps each printed line: a row's later lines leave 序号 empty and hold the rest of each
# cell, cut at the column's width anywhere (市城市管理 / 局, 市X委牵 / 头, 2030年6月 / 底前). Such a line is the rest of the
# row above, not a sub-row of a merged task, when every piece sits under a cell of the row above that did not close
# its sentence and a unit cell was cut inside a word: the joined cell reads as a body's name where the cell above
# did not, or the cut parts a role word (牵 / 头).
_CLOSED = "。；;！!"
_ROLE_WORDS = tuple(w for words in lx.LABEL_ROLE_WORDS.values() for w in words if len(w) == 2) + ("负责",)


def _cut_mid_name(previous: list[str], pieces: list[tuple[int, str]], kinds: list[str | None]) -> bool:
    if any(not previous[j].strip() or previous[j].strip()[-1] in _CLOSED for j, _ in pieces):
        return False
    return any(kinds[j] in UNIT_COLUMN_KINDS and cut_inside_a_name(previous[j].strip(), piece.strip())
               for j, piece in pieces)


# a body's word with no place or owner before it (人民政府, 管委会, 分公司): never a name alone, so a line opening with it
# under a unit cell that did not close its list (各乡镇 / 人民政府 — a mail client's or narrow paste's wrap of a tab
# row) goes on the name the cell above left open, even when that half reads as a name too (各乡镇)
_BARE_BODY_WORDS = lx.PLACELESS_BODIES + lx.OWNERLESS_BODIES


def cut_inside_a_name(above: str, piece: str) -> bool:
    """Whether the cut between a unit cell's text and the next line's piece falls inside a word: the last name above
    and the piece's first read as one body's name (市城市管理 + 局) or a role word (牵 + 头) joined.

    A none mark closing the cell above (/, 无: no support unit) is a whole cell, no name's head: the next line opening
    with an empty merged cell is a row of its own (镇环卫所 | / over 　| 3 | … | 各村（社区）), not the rest of this one."""
    last = re.split(r"[、，,；;\s]", above)[-1]
    first = re.split(r"[、，,；;\s]", piece)[0]
    if not last or not first or _NONE.match(above):
        return False
    if _closed_list(last):  # 县甲局、县乙大队等 + 县丙集团 reads as one name, yet the list was closed whole
        return False
    if _closed_clause(last):  # 市乙局配合 + 市丙办 reads as one name, yet the clause was closed by its role word
        return False
    if first in _BARE_BODY_WORDS:  # 各乡镇 + 人民政府: a body's word with no place before it names no body alone
        return True
    if unit_like(last + first) and not unit_like(last):
        return True
    seam = last[-1] + first[0]
    return seam in _ROLE_WORDS


def _closed_list(last: str) -> bool:
    """Whether a unit cell's last name closes its list with 等 (县乙大队等): a name before it, the cell whole."""
    end = next((w for w in lx.UNIT_LIST_ENDS if last.endswith(w)), None)
    return end is not None and unit_like(last[:-len(end)])


def _closed_clause(last: str) -> bool:
    """Whether a unit cell's last name closes its clause with a role word (市乙局配合, 市丙局牵头): a name before it,
    the clause whole. Tested on the last characters only (no search over the cell: long cells stay linear)."""
    end = next((w for w in lx.UNIT_CLAUSE_ROLE_ENDS if last.endswith(w)), None)
    return end is not None and unit_like(last[:-len(end)])


# A row of a tab table whose cells the user lined up by hand with spaces (11    智慧停车改造      区城市管理局): the
# tabs are lost, the gaps stay wider than a space inside a cell.
_SPACE_GAP = re.compile(r"[ \u00a0]{2,}|[ \u00a0]*\u3000[ \u00a0\u3000]*")


def _spaced_row(line: str, columns: _Columns) -> list[str] | None:
    """A line of a tab table without a tab read as a row: it opens with a row number under the 序号 column and its
    gaps of spaces part it into as many cells as the header has columns. None for any other line (a note, text)."""
    cells = _SPACE_GAP.split(line.strip())
    if columns.first("number") != 0 or len(cells) != columns.width or not _NUMBER_CELL.match(cells[0]):
        return None
    return cells


def _ends_text(lines: list[str], i: int) -> bool:
    """Whether lines[i] is the text's last line (blank lines aside)."""
    return not any(ln.strip() for ln in lines[i + 1:])


def _cut_at_the_end(lines: list[str], end: int, delimiter: str, width: int, tab_stops: bool = False) -> bool:
    """Whether the text ended inside the table's last row, a page opening cut off at its foot: the table runs to
    the end of the text, and its last line is a |-row left open (no closing |) or holds fewer cells than the
    header's columns. A row closed by its | or full is whole, whatever cells it left empty."""
    last = next((n for n in range(min(end, len(lines)) - 1, -1, -1) if lines[n].strip()), None)
    if last is None or not _ends_text(lines, last):
        return False
    line = lines[last].strip()
    if delimiter == "|" and line.startswith("|"):
        return not line.endswith("|")
    return len(_split(line, delimiter, tab_stops)) < width


def _right_aligned(cells: list[str], kinds: list[str | None]) -> list[str] | None:
    """A row that lost its leading cells, merged over the rows below their first (建设任务, 工作指标), as text
    pasted with | or tabs writes it: fewer cells than columns, the last a date or units. Its cells end under
    the rightmost column of that kind (时限 / 责任单位), the columns before them empty for the reader to carry
    down or leave; a row closed by text is placed by what all its cells read as (`_text_closed_row_right_aligned`);
    a numbered row (1 | …) keeps its cells where they start. None for any other row."""
    if not 2 <= len(cells) < len(kinds) or (kinds[0] == "number" and _NUMBER_CELL.match(cells[0].strip())):
        return None
    held = _cell_class(cells[-1])
    if not cells[-1].strip():
        return None
    if held == "text":
        return _text_closed_row_right_aligned(cells, kinds)
    target = max((j for j, k in enumerate(kinds) if _column_class(k) == held), default=-1)
    if target < len(cells) - 1:
        return None
    return [""] * (target - len(cells) + 1) + cells + [""] * (len(kinds) - target - 1)


def _text_closed_row_right_aligned(cells: list[str], kinds: list[str | None]) -> list[str] | None:
    """A short row whose last cell is text (a law's name 《…》 under 办理依据, a 备注): the row's last column holds
    text, so the last cell alone cannot say where the row ends. A list of 具体情形 under a merged 序号 + 诉求事项 cell
    writes its later rows with their own cells only (情形 | 主办 | 协办 | 依据): the row is right-aligned when its
    cells then read as their columns (units under the unit columns, text under the text columns) better than
    where they start; a row whose cells fit as well where they start (trailing cells left empty) stays there."""
    missing = len(kinds) - len(cells)
    right = [""] * missing + cells
    left = cells + [""] * missing

    def fit(row: list[str]) -> int:
        return sum(_fit_score(c, k) for c, k in zip(row, kinds))
    return right if fit(right) > fit(left) else None


def _merged_cells_left_out(cells: list[str], kinds: list[str | None]) -> list[str] | None:
    """A numbered row one or more cells short because a merged cell was written only on its group's first row
    (序号 | 发起部门 | 配合部门 | 抽查事项, the 发起部门 merged down: `2 | 市教育局 | 学校食堂检查`; under 类别 | 序号 | …, the
    row's cells left of the 序号 empty, one left out after it): the missing cells sit
    where the row's cells then fit their columns best (units under a unit column, a date under the deadline, text
    elsewhere), left empty for the reader to carry down. None when the row's cells fit best where they start."""
    missing = len(kinds) - len(cells)
    number_col = kinds.index("number") if "number" in kinds else len(cells)
    if (missing <= 0 or number_col >= len(cells) or not _NUMBER_CELL.match(cells[number_col].strip())
            or any(c.strip() for c in cells[:number_col])):
        return None
    left_aligned = cells + [""] * missing
    blocks = [tuple(range(at, at + missing)) for at in range(number_col + 1, len(cells) + 1)]
    block = _best_placed(cells, kinds, blocks)
    split = _best_placed(cells, kinds, _split_gaps(number_col, missing, len(kinds)))
    # the missing cells as one block first (one merged cell, or side columns merged together); apart only when that
    # fits strictly better: a row under a merged group cell on the left and a merged deadline on the right
    best = split if split is not None and _fit(split, kinds) > _fit(block, kinds) else block
    return best if _fit(best, kinds) > _fit(left_aligned, kinds) else None


# A browser copies an HTML table's rowspan cells on their first row only, so a row under merged cells on both sides (the
# 工作类别 on the left, the 完成时限 on the right, a 牵头 merged down as well) lacks cells at two or three places: no one
# block of empty cells puts its task and units under their columns (2 | 危桥改造 | 县交通运输局 | 各乡镇人民政府 under
# 序号 | 类别 | 任务 | 牵头 | 配合 | 时限). The empty cells are tried at every set of places after the 序号, for rows a few
# cells short of a table a few columns wide (the sets grow as width choose missing).
_MAX_SPLIT_PLACINGS = 120


def _split_gaps(number_col: int, missing: int, width: int) -> list[tuple[int, ...]]:
    """Every set of `missing` places after the 序号 (the leftmost first); none when there are too many to try."""
    places = range(number_col + 1, width)
    if missing < 2 or math.comb(len(places), missing) > _MAX_SPLIT_PLACINGS:
        return []
    return list(itertools.combinations(places, missing))


def _with_gaps(cells: list[str], gaps: tuple[int, ...]) -> list[str]:
    """The row's cells in order with an empty cell at each of `gaps`."""
    written = iter(cells)
    return ["" if j in gaps else next(written) for j in range(len(cells) + len(gaps))]


def _best_placed(cells: list[str], kinds: list[str | None], placings: list[tuple[int, ...]]) -> list[str] | None:
    """The row with its empty cells at the places that fit its cells to their columns best. Among places that fit as
    well, one leaving a task column filled, a row's own work: the merge is of a grouping or side column, 类别 or
    牵头县领导; then the leftmost: a table merges its grouping columns, which come first, and a lead over a group of
    tasks (one unit leading several, each with its own supporting units) before the units that support it."""
    if not placings:
        return None
    rows = [_with_gaps(cells, gaps) for gaps in placings]

    def key(n: int) -> tuple:
        tasks = sum(1 for c, k in zip(rows[n], kinds) if k == "task" and c.strip())
        return _fit(rows[n], kinds), tasks, tuple(-g for g in placings[n])
    return rows[max(range(len(rows)), key=key)]


def _fit(row: list[str], kinds: list[str | None]) -> int:
    return sum(_fit_score(c, k) for c, k in zip(row, kinds))


def _fit_score(cell: str, kind: str | None) -> int:
    """How well a cell stands under a column: units under a units column, a date under the deadline column."""
    if not cell.strip() or kind == "number":
        return 0
    held, column = _cell_class(cell), _column_class(kind)
    if held == column:
        return 2 if held != "text" else 0
    return -2 if held != "text" else -1  # units or a date under another column; text under units or a date


def read_delimited(lines: list[str], start: int) -> Found | None:
    """The layout reader (`pasted.build_layouts`): rows of cells parted by tabs or |, a header first."""
    tab_stops = _delimiter(lines[start]) == "\t" and _tab_stops(lines, start)
    table = _delimited_table(lines, start, tab_stops)
    if table is None:
        return None
    rows, end = table
    cut = _cut_at_the_end(lines, end, _delimiter(lines[start]) or "|", len(rows[0]), tab_stops)
    return Found(end, rows, cut=cut)
