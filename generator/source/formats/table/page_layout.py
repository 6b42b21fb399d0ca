"""Layout: a table copied from a PDF with its page layout kept, read down its columns."""
from __future__ import annotations

import re
from typing import Callable

from ....words.names import unit_like
from ....words.widths import display_width
from .cells import join_lines
from .header import UNIT_COLUMN_KINDS, _MAX_HEADER_CHARS, _header_text, _is_header, header_kind, header_kinds, unspaced
from .layouts import Found, rows_found
from .marks import (_ANY_LABEL, _BRACKET_GROUP_LABEL, _CN_NUMERAL, _CONTINUED_MARK, _ENDS_SENTENCE, _FIGURE_CELL,
                    _NUMBER_CELL, _PAGE_MARK, _ROW_START, _SECTION_LABEL, _SPACE_RUN, _TOTAL_CELL, _cell_number, _repeats,
                    matched_number)
from .spaced import _header_again, _same_gapped_line
from .spacing import _cut_into_names, names_closed_up


# ---------------------------------------------------------------- a PDF's page layout kept
# Text taken from a PDF with its layout (pdftotext -layout, a viewer's copy of a set table) keeps each
# cell in its column on the page: a long cell wraps over several lines at its column's width, and the
# lines under a row's first line hold the rest of its cells where they stand, with nothing between the
# columns but the spaces that reach the next one, of uneven width. A careful reader reads down each
# column, so this reader does: the header line's pieces (text runs parted by two or more spaces) name
# the columns, a header cell wrapped onto the next line included (责任部门（排名第一的 / 为牵头部门）);
# a line whose first piece is the next 序号 starts a row (the 序号 may stand alone on the line above its
# cells); every piece of a row's lines goes to the column whose cells start nearest to where it starts
# (cells are set flush left, a character either way), and joins that cell's text, so a name broken at
# the column's edge (市发 / 展改革委) is whole again while a unit set on a line of its own stays a unit.
# A page number and the header printed again at a page's top are passed over; a row of a group heading
# (一、提升政务服务效能) is a section, and so is a group row in brackets under it (（一）老旧小区改造: project plans
# group by district, then by kind); a total row (合计 28个 770400, 小计（6个） 295800: a word of a total and figures
# only), flush left under the header or indented in the name column closing a group, is passed over as the cell
# readers pass it; a line flush left that neither starts a row nor heads a group ends the table. Rows that each
# fit on one line are the spaced shape (_spaced_table), not this one.
_LAYOUT_PIECE = re.compile(r"\S+(?: \S+)*")  # a run of text: one space stays inside it, two part cells
_EDGE_SLACK = 2  # characters a cell's start may stray from its column's edge


# Where a cell stands is counted in characters (a PDF's layout sets one character a column) or in display columns:
# a text browser's save of a web table (w3m, lynx -dump) pads each cell to its column's edge on screen, where a
# Chinese character takes two columns, so its columns line up only when counted so (序号 + two spaces puts the next
# column at 6, not 4). The table is read in characters first, then in display columns (`_layout_table`).
Measure = Callable[[str], int]


def _layout_pieces(line: str, width: Measure = len, cuts: frozenset[int] = frozenset()) -> list[tuple[int, str]]:
    """(column, text) of the runs of a line parted by two or more spaces, a tab or a full-width space, each run's
    column counted by `width` (characters, or display columns); a run is parted at a single space too where the
    text after it starts at one of the table's column starts `cuts` (see `_column_starts`)."""
    text = names_closed_up(line.expandtabs(4))  # 陈  刚 is one name, not two cells
    pieces, at, counted = [], 0, 0
    for m in _LAYOUT_PIECE.finditer(text):
        counted += width(text[at:m.start()])  # counted on from the last piece: linear in the line
        at = m.start()
        pieces.extend(_cut_at_single_spaces(counted, m.group(), width, cuts) if cuts else [(counted, m.group())])
    return pieces


def _cut_at_single_spaces(at: int, run: str, width: Measure, cuts: frozenset[int]) -> list[tuple[int, str]]:
    """A run of text starting at column `at`, parted at each single space after which the text starts on a column
    start in `cuts`."""
    out, begin, counted = [], 0, at
    for k, char in enumerate(run):
        if char == " " and counted + width(char) in cuts:
            out.append((at, run[begin:k]))
            begin, at = k + 1, counted + width(char)
        counted += width(char)
    return [*out, (at, run[begin:])]


# A PDF copy (pdftotext -layout) leaves a single space before a column where the cell left of it fills its column
# (取缔主次干道流动摊点和占 市城市管理局), and the header too (序号 攻坚任务): two spaces no longer part every cell. A
# column still shows where it starts: the cells of most lines under the header start there, and text runs across
# it nowhere else (in prose, or inside a cell, a space at one place on a few lines is crossed by the text of the
# others). Such a start parts a single space; the lines counted are the table's: from the header down to the first
# line flush left that is neither a row's number, the header again nor a page number.
_COLUMN_LINES = 60  # lines under the header looked at for the columns' starts
_COLUMN_EVIDENCE = 3  # lines that start text at a place before it is a column's start


def _column_starts(lines: list[str], start: int, width: Measure) -> frozenset[int]:
    """The places (counted by `width`) where the table's columns start, confirmed by most of its lines: text
    starts there on at least `_COLUMN_EVIDENCE` lines, and on more lines than those that run across it."""
    starts: dict[int, int] = {}
    held: dict[int, int] = {}
    for n, line in enumerate(lines[start:start + _COLUMN_LINES]):
        text = names_closed_up(line.expandtabs(4)).rstrip()  # a spaced name's second character starts no column
        if n and text and not text[0].isspace() and not text[0].isdigit() and not _PAGE_MARK.match(text) \
                and text != lines[start].rstrip():
            break
        counted, before = 0, " "
        for char in text:
            size = width(char)
            if char != " ":
                if before == " ":
                    starts[counted] = starts.get(counted, 0) + 1
                for k in range(counted, counted + size):
                    held[k] = held.get(k, 0) + 1
            counted, before = counted + size, char
    return frozenset(at for at, n in starts.items() if at and n >= _COLUMN_EVIDENCE and 2 * n > held[at])


def _layout_row_start(pieces: list[tuple[int, str]], bound: int, expected: int,
                      width: Measure = len) -> list[tuple[int, str]] | None:
    """The pieces of a line that starts row `expected` (or a later one, up to three on: numbers have gaps)
    with its 序号 split off; None for any other line."""
    if not pieces or pieces[0][0] > bound:
        return None
    at, text = pieces[0]
    cell = _NUMBER_CELL.match(text)
    match = cell or _ROW_START.match(text)
    if not match or not expected <= matched_number(match) <= expected + 3:
        return None
    rest = text[match.end():].strip() if not cell else ""
    number = [(at, match.group(1) or (text if cell else match.group(0).strip()))]  # a week (第3周) kept as printed
    return number + ([(at + width(text) - width(rest), rest)] if rest else []) + pieces[1:]


# A PDF centres a header's name over its column (序号 / 重点任务 at 6) while the cells under it stand flush left,
# where the column starts (推进水源工程建设 at 5): the 序号's bound, a character from the header's 序号, may reach
# into the next column, and a cell's line there (a wrapped task's top line, centred above its row's 序号) would look
# flush left and end the table. On the lines starting a row (a 序号 alone, then two spaces), the text after the 序号
# shows where the next column starts; the 序号 column ends before it.
_BOUND_EVIDENCE = 2  # rows whose text after the 序号 shows where the next column starts


def _number_column_bound(lines: list[str], start: int, bound: int, width: Measure, cuts: frozenset[int]) -> int:
    """How far right a 序号 may start (`bound`, from the header), kept left of where the next column's cells start
    on the lines under the header that open with a 序号 alone (at least `_BOUND_EVIDENCE` of them)."""
    after = []
    for line in lines[start:start + _COLUMN_LINES]:
        pieces = _layout_pieces(line, width, cuts)
        if len(pieces) >= 2 and pieces[0][0] <= bound and _NUMBER_CELL.match(pieces[0][1]):
            after.append(pieces[1][0])
    return min(bound, min(after) - 1) if len(after) >= _BOUND_EVIDENCE else bound


def _layout_edges(starts: list[int], width: int) -> list[int] | None:
    """The left edge of each column, from where the cells' lines start: the `width` commonest clusters of
    starts (a cluster: starts no more than the slack apart), in order; None when there are fewer."""
    clusters: list[list[int]] = []
    for at in sorted(starts):
        if clusters and at - clusters[-1][-1] <= _EDGE_SLACK:
            clusters[-1].append(at)
        else:
            clusters.append([at])
    common = sorted((c for c in clusters if len(c) >= 2), key=len, reverse=True)[:width]
    return sorted(min(c) for c in common) if len(common) == width else None


def _printed_width(text: str) -> float:
    """How wide a line is printed, in characters of Chinese: a digit or a Latin letter takes half."""
    return sum(0.5 if c.isascii() else 1 for c in text)


def _join_layout_lines(parts: list[str], units: bool, full: int) -> str:
    """The lines of one cell as its text. A line as wide as the column's widest (`full`, less a character)
    was wrapped at the column's edge, so the next line goes on with no space (市发 / 展改革委, 1 / 00%); a
    narrower line was broken on purpose: in a unit cell, after a whole unit's name, the next line is another
    unit."""
    out = ""
    for n, part in enumerate(parts):
        wrapped = n and _printed_width(parts[n - 1]) >= full - 1
        if not n:
            out = part
        elif wrapped:
            out += part
        elif units and unit_like(re.split("[、，,；;]", out)[-1]):
            out += "\n" + part
        else:
            out = join_lines([out, part])
    return out


def _layout_header(line: str, width: Measure = len, cuts: frozenset[int] = frozenset()) -> list[tuple[int, str]]:
    """The pieces of a header line, a column name letter-spaced wider than a space (序  号, 工  作  任  务) one
    piece again: a run of single characters cut into column names as `header_words` cuts it."""
    pieces = _layout_pieces(line, width, cuts)
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(pieces):
        j = k
        while j < len(pieces) and len(pieces[j][1]) == 1 and not pieces[j][1].isascii():
            j += 1
        cut = _cut_into_names("".join(t for _, t in pieces[k:j])) if j - k >= 2 else None
        if cut:
            for name in cut:
                out.append((pieces[k][0], name))
                k += len(name)
        else:
            out.append(pieces[k])
            k += 1
    return out


# A header of two rows may span one name over several columns on its first line and name those columns on the second
# (责任单位 over 牵头单位 / 配合单位), the other names (序号, 重点任务, 完成时限) standing on the first line only. Two or
# more names on the line under the header, each a column's name (header_kind), starting between where a name of the
# first line starts and where the next one starts, are the columns that name spans (centred over them, it may stand
# nearer to neither: 配合单位 ends by 完成时限): they take its place, each at its own start, so the table has a column
# for each. Any other piece under the header is a name wrapped onto the next line (责任部门（排名第一的 / 为牵头部门）)
# and joins the name whose centre is nearest.
def _header_line_under(head: list[tuple[int, str]], names: list[str], pieces: list[tuple[int, str]],
                       width: Measure) -> tuple[list[tuple[int, str]], list[str]]:
    """The header's pieces and column names with a line under its first line read in: column names spanned by a name
    of the first line part it into their columns; any other piece joins the name it continues."""
    spanned: dict[int, list[tuple[int, str]]] = {}
    for j in range(len(head)):
        ends = head[j + 1][0] if j + 1 < len(head) else float("inf")
        inside = [(at, text) for at, text in pieces if head[j][0] - _EDGE_SLACK <= at < ends]
        if len(inside) >= 2 and all(header_kind(text) for _, text in inside):
            spanned[j] = inside
    taken = {piece for inside in spanned.values() for piece in inside}
    centres = _centres(head, width)
    joined: dict[int, str] = {}
    for at, text in pieces:
        if (at, text) not in taken:
            j = min(range(len(head)), key=lambda k: abs(centres[k] - (at + width(text) / 2)))
            joined[j] = joined.get(j, "") + text
    new_head: list[tuple[int, str]] = []
    new_names: list[str] = []
    for j, (piece, name) in enumerate(zip(head, names)):
        if j in spanned:
            new_head.extend(spanned[j])
            new_names.extend(unspaced(text) for _, text in spanned[j])
        else:
            new_head.append(piece)
            new_names.append(name + joined.get(j, ""))
    return new_head, new_names


def _centres(head: list[tuple[int, str]], width: Measure) -> list[float]:
    """Where each header piece's middle stands: a piece under the header goes to the column whose centre is nearest."""
    return [at + width(text) / 2 for at, text in head]


def _opens_with_group_label(text: str) -> bool:
    """Whether a line opens with a group's label: 一、 or （一）."""
    return bool(_SECTION_LABEL.match(text) or _BRACKET_GROUP_LABEL.match(text))


def _layout_total(pieces: list[tuple[int, str]]) -> bool:
    """Whether a line is a total row: a word of a total (合计, 小计（6个）) and figures after it (28个, 770400), nothing
    else; its sums are no task's."""
    return bool(pieces) and bool(_TOTAL_CELL.match(pieces[0][1])) and all(_FIGURE_CELL.match(t) for _, t in pieces[1:])


def _layout_group_row(pieces: list[tuple[int, str]], bound: int, text: str) -> bool:
    """Whether a line flush left heads a group: 一、东湖区（6个）, 一 加强要素保障, or in brackets （一）老旧小区改造."""
    return pieces[0][0] <= bound and (_opens_with_group_label(text) or bool(re.match(rf"^{_CN_NUMERAL}\s+\S", text)))


# A group row spans the table, and a PDF may centre its text across it (                  一、推进运输结构调整) rather
# than set it at the left margin: indented, it looks like a cell's line. A cell stands flush left at its column's
# edge and wraps before the next column's, though: a line of one piece opening with a group's label (一、, （一）) and
# ending no sentence, that starts where no column's cells start (from a column's edge, the leftmost start of its
# cells (`_layout_edges`), to a couple of characters right of it) or runs on across the next column's edge, is a
# group row centred across the table; else it is a cell's line (a task cell may well open with 一、).
def _centred_group_row(pieces: list[tuple[int, str]], bound: int) -> bool:
    """Whether an indented line may be a group row centred across the table: one piece, a group's label opening it,
    no sentence ended in it (its place decides, see `_centred_group_or_line`)."""
    if len(pieces) != 1 or pieces[0][0] <= bound:
        return False
    text = pieces[0][1]
    return _opens_with_group_label(text) and not any(mark in text for mark in _ENDS_SENTENCE)


def _centred_group_or_line(pieces: list[tuple[int, str]], edges: list[int] | None,
                           width: Measure) -> tuple[str, list[tuple[int, str]]]:
    """A possible centred group row (`_centred_group_row`) read by its place (`width` counts it as the edges are): a
    section where it starts at no column's edge or runs across the edge of a column after the one it starts in, else
    the line of a cell (and so when the edges are unknown)."""
    at, text = pieces[0]
    if not edges:
        return "line", pieces
    at_an_edge = any(edge <= at <= edge + _EDGE_SLACK for edge in edges)
    across = any(at + _EDGE_SLACK < edge < at + width(text) - _EDGE_SLACK for edge in edges)
    return ("section", [(0, text)]) if across or not at_an_edge else ("line", pieces)


# A table set among a plan's numbered tasks (a 专栏 of projects pasted from Word, its cells parted by full-width
# spaces) ends where the plan's outline goes on: the next task, indented as the plan's paragraphs are
# (    3.加强安全生产。…（安全监督处负责）), stands under the table like the rest of a row's cells. On a page a cell's
# lines keep to their column, so a task cell's line never reaches the last column (the units'); a line of one run of
# text opening with an item's label (3. / （三） / 三、) and running across into the last column is the plan's next
# item, not a cell's rest, and the table ends above it (as a table parted by tabs ends at a line without a tab).
def _outline_item_after(pieces: list[tuple[int, str]], head: list[tuple[int, str]], width: Measure) -> bool:
    """Whether a line under a table is the plan's next item: one run of text, opening with an item's label, that
    runs from its column across into the header's last column."""
    if len(pieces) != 1 or len(head) < 3:
        return False
    at, text = pieces[0]
    return bool(_ANY_LABEL.match(text)) and at < head[-1][0] < at + width(text)


def _layout_anchor_ahead(lines: list[str], i: int, bound: int, number: int, width: Measure = len) -> bool:
    """Whether a line starting row `number` follows within a few lines: the lines above it may be the top of
    a row whose cells are centred on its 序号."""
    return any(_layout_row_start(_layout_pieces(ln, width), bound, number, width)
               for ln in lines[i + 1:i + 8] if ln.strip())


_CENTRED_EVIDENCE = 2  # rows whose task, read as set at the top, ends a sentence and goes on: cells are centred


def _sentences_run_past_rows(entries: list[tuple[str, list[tuple[int, str]]]], task_parts) -> bool:
    """Whether the task column shows cells centred on their 序号 although the first row is one line tall: read as
    set at the top, a row's task would end its sentence on a line (储备抢险物资。) and then go on over more lines
    (全面排查…) that are the top half of the next row. A task cell's text runs on to its last line, so a
    sentence ended mid-cell, twice or more, is no cell of one task."""
    evidence, lines_of_row = 0, None
    for kind, pieces in [*entries, ("section", [])]:
        if kind == "line" and lines_of_row is not None:
            lines_of_row.append("".join(task_parts(pieces)))
            continue
        if lines_of_row:
            texts = [text for text in lines_of_row if text]
            evidence += any(text.endswith("。") for text in texts[:-1])
        lines_of_row = ["".join(task_parts(pieces))] if kind == "row" else None
    return evidence >= _CENTRED_EVIDENCE


def _task_runs_on(task_parts, row_lines: list[list[tuple[int, str]]]) -> bool:
    """Whether a centred row's task cell goes on past the row's lines so far: its text has not ended its sentence
    and its column still holds text on the last of them. A cell's lines stand together, so once the task column is
    empty on a line of the row (石桥村城中村 / 改造项目 / —, the unit cell one line taller), the cell has ended and
    the text under it in that column is the next row's top line (a project's name never ends in 。)."""
    text = "".join(t for p in row_lines for t in task_parts(p))
    return bool(text) and text[-1] not in _ENDS_SENTENCE and bool(task_parts(row_lines[-1]))


# how a task cell's text ends when whole: a sentence, or the title of a document to be made (制定《…办法》)
_TASK_CLOSED = _ENDS_SENTENCE + "》）)"


def _task_open(row_lines: list[list[tuple[int, str]]], task_parts) -> bool:
    """Whether a row's task cell, on the lines so far, stops short of its end (…一般诉求5个工, …不少于2)."""
    text = "".join(t for line in row_lines for t in task_parts(line)).rstrip()
    return bool(text) and text[-1] not in _TASK_CLOSED


# A row broken by a page break in a table whose cells are centred on the 序号: the page's foot cuts the row, so its
# 序号 stands on the fragment's top line (or near it) rather than in the row's middle, and the rest of its cells go
# on at the next page's top under the header printed again, the 序号 and lead cells empty there. Counted as if centred,
# the row's lower lines and its continuation would go to the next row and shift every later row on the page by a line.
# So the lines of the fragment are all the row's, and under the break its task cell goes on until it closes (the
# other cells' tails, 县市场监管局 under 配合单位, beside those lines); the lines after that are the next row's top.
def _rest_of_a_split_row(row_lines: list[list[tuple[int, str]]], below: list[list[tuple[int, str]]], split: int,
                         task_parts) -> int | None:
    """How many lines of `below` are the row's, when a page break stands after below[:split] and the row's task is
    open there: those before the break, then each line under it holding the task's text until the task closes. None
    when it never closes: a cell that ends no sentence (a project's name, 街区微更新项目) shows no cut, and the line
    under the break is the next row's top."""
    keep = split
    while keep < len(below) and task_parts(below[keep]) and _task_open([*row_lines, *below[:keep]], task_parts):
        keep += 1
    return None if _task_open([*row_lines, *below[:keep]], task_parts) else keep


def _top_of_a_centred_row(row_lines: list[list[tuple[int, str]]], below: list[list[tuple[int, str]]],
                          next_below: int, task_parts, columns_of) -> int:
    """Where the lines under a row's 序号 (`below`) stop being the row's, in a table read as set at the top: the index
    of the first line that is the top of the next row, centred on its 序号 (len(below) if none).

    A PDF sets most rows at the top, yet a cell centred in a row three lines tall puts the 序号 on the middle line, the
    first line of its task and unit cells above it. Read as set at the top, that line would go to the row above. A
    cell set at the top keeps its lines together from the row's first line: a column empty on a line of the row is
    empty on the lines after it. So a line holding text in a column the line before it left empty, under a row whose
    task has ended (制定《…办法》, a sentence), is the next row's top, where the next row has as many lines below its
    序号 as are moved above it (the centring), or one fewer: a row of an even number of lines has two middle lines, and
    the 序号 may stand on the lower one (a row two lines tall: its top line above the 序号, nothing under it)."""
    for k, pieces in enumerate(below):
        before = below[k - 1] if k else row_lines[-1][1:]  # (the 序号 line without its number)
        if not columns_of(pieces) - columns_of(before):
            continue
        task = "".join(t for line in [*row_lines, *below[:k]] for t in task_parts(line)).rstrip()
        if task and task[-1] in _TASK_CLOSED and 0 < len(below) - k <= next_below + 1:
            return k
        return len(below)
    return len(below)


def _layout_rows(entries: list[tuple[str, list[tuple[int, str]]]], task_parts,
                 cut_tail=lambda row_lines, pieces: False,
                 columns_of=lambda pieces: set(),
                 page_breaks: set[int] | frozenset[int] = frozenset()) -> list[tuple[str, list[list[tuple[int, str]]]]]:
    """The entries grouped into rows. Cells set at the top of their row put the 序号 on the row's first line,
    and every line up to the next 序号 is the row's. Cells centred in their row (lines of the table before
    its first 序号 show it) put the 序号 on the row's middle line: a row holds as many lines below its 序号 as
    above it, one more when the row's task text runs on (an even number of lines; see `_task_runs_on`). A
    first row one line tall has nothing above its 序号; then the task column shows the centring (see
    `_sentences_run_past_rows`). A line that only finishes names cut at their column's edge on the row's lines
    (中国移动临江分 / 公司) is the row's too, past the count (see `cut_tail`)."""
    centred = (next(kind for kind, _ in entries if kind != "section") == "line"
               or _sentences_run_past_rows(entries, task_parts))
    rows: list[tuple[str, list[list[tuple[int, str]]]]] = []
    above: list[list[tuple[int, str]]] = []
    n = 0
    while n < len(entries):
        kind, pieces = entries[n]
        if kind == "section":
            rows.append(("section", [pieces]))
            above, n = [], n + 1
            continue
        if kind == "line" and not centred:
            if rows and rows[-1][0] == "row":
                rows[-1][1].append(pieces)
            n += 1
            continue
        if kind == "line":
            above.append(pieces)
            n += 1
            continue
        end = n + 1
        while end < len(entries) and entries[end][0] == "line":
            end += 1
        below = [p for _, p in entries[n + 1:end]]
        split = next((b - n - 1 for b in sorted(page_breaks) if n + 1 <= b < end), None)
        rest = (_rest_of_a_split_row([*above, pieces], below, split, task_parts)
                if split is not None and _task_open([*above, pieces, *below[:split]], task_parts) else None)
        if centred and end < len(entries) and entries[end][0] == "row" and rest is not None:
            below, above_next = below[:rest], below[rest:]
        elif centred and end < len(entries) and entries[end][0] == "row":
            keep = min(len(above), len(below))
            if keep < len(below) and _task_runs_on(task_parts, [*above, pieces, *below[:keep]]):
                keep += 1
            while keep < len(below) and cut_tail([*above, pieces, *below[:keep]], below[keep]):
                keep += 1
            below, above_next = below[:keep], below[keep:]
        elif end < len(entries) and entries[end][0] == "row":
            # (a row set at the top, then a row centred on its 序号: the latter's top line under the former)
            after = end + 1
            while after < len(entries) and entries[after][0] == "line":
                after += 1
            keep = _top_of_a_centred_row([*above, pieces], below, after - end - 1, task_parts, columns_of)
            below, above_next = below[:keep], below[keep:]
        else:
            above_next = []
        rows.append(("row", [*above, pieces, *below]))
        above, n = above_next, end
    return rows


# A page sets a row's cells side by side, so the line of its 序号 holds two cells or more beside it; the spaced shape
# (a Word table flattened, cells parted by single spaces) holds one run of text after the 序号 and one under it. A
# cell centred in a row of several lines leaves the 序号's line short, though: a task wrapped onto two lines prints
# one above and one below it, and the line holds the 序号 and the units only (3 … 市住房城乡建设局), or a short
# task alone; the cells beside it then stand on the lines right above and below, two or more to a line.
def _laid_across(entries: list[tuple[str, list[tuple[int, str]]]], n: int) -> bool:
    """Whether the row starting at entries[n] sets its cells side by side across the page: two or more beside its
    序号, or two or more on a line of the table right above or below it."""
    if len(entries[n][1]) >= 3:
        return True
    near = [entries[k] for k in (n - 1, n + 1) if 0 <= k < len(entries)]
    return any(kind == "line" and len(pieces) >= 2 for kind, pieces in near)


def _shares_a_column(pieces: list[tuple[int, str]], column) -> bool:
    """Whether two pieces of one line fall in one column. On a page each cell stands in its column, so a line holds
    one piece a column at most; a Word table pasted into a web editor keeps a row a paragraph with its cells parted
    by runs of spaces of any width (and a wrapped cell indented on the next line), so its pieces line up with
    nothing and two of them meet in a column (镇村镇建设办 and 镇卫生院 under 牵头单位)."""
    taken = [column(at, text) for at, text in pieces]
    return len(set(taken)) < len(taken)


def _layout_table(lines: list[str], start: int) -> tuple[list[list[str]], int] | None:
    """A table whose page layout was kept (see above) from lines[start]: its rows, header first, and the
    index after it; None unless some row runs over more than one line. Where its cells stand is counted in
    characters or in display columns (see `Measure`), whichever lines more of its cells up under the header's."""
    found = [(table, _lined_up(lines, start, table[1], width))
             for width in (len, display_width) if (table := _layout_table_by(lines, start, width))]
    return max(found, key=lambda pair: pair[1])[0] if found else None  # characters first on a tie


# A PDF may centre a header's name over its column while the cells under it stand flush left (重点任务 at 10 over
# cells at 5): few cells then start under their column's name in either measure, and a measure that misplaces the
# cells can line up more of them with the names by chance. The measure the table was set by still shows in its
# cells: they start at as many places as it has columns, a column's cells a character either way, while counted by
# the wrong measure a line's later cells drift with the widths of the text before them and start anywhere.
def _lined_up(lines: list[str], start: int, end: int, width: Measure) -> int:
    """How many cells of the table's lines start where a column of its header starts, their places counted by
    `width`, and how many start at one of the table's own column edges (the commonest places its cells start, one
    a column; none when its cells start at fewer): the measure the table was set by puts most cells under their
    column's name and its cells in columns."""
    head = _layout_header(lines[start], width)
    starts = [at for line in lines[start + 1:end] for at, _ in _layout_pieces(line, width)]
    named = sum(any(abs(at - edge) <= _EDGE_SLACK for edge, _ in head) for at in starts)
    own = _layout_edges(starts, len(head)) or []
    return named + sum(any(abs(at - edge) <= _EDGE_SLACK for edge in own) for at in starts)


def _spanning_line(lines: list[str], start: int) -> str:
    """The line standing right above the header's first line, stripped ("" when blank or none). A header of
    grouped columns prints a spanning line over its names (攻坚时段（周次） over 第1周…第14周, 责任街道 over the
    street names) and the header starts at the 序号 line under it; printed again with the header at the top of
    the next page, that line is page furniture like the header, not a row's line: read as one, its words would
    land in the column under them (责任街道 in a ✓ column, which then holds no marks) and its pieces split the
    rows around the page break."""
    return lines[start - 1].strip() if start > 0 else ""


def _layout_table_by(lines: list[str], start: int, width: Measure) -> tuple[list[list[str]], int] | None:
    """`_layout_table` with each cell's place counted by `width`: its cells parted by two spaces or more, else (a
    header whose first word names the 序号 column) by one space too where a column starts (see `_column_starts`)."""
    table = _layout_table_cut(lines, start, width, frozenset())
    if table or not (words := lines[start].split()) or header_kinds([words[0]])[0] != "number":
        return table
    cuts = _column_starts(lines, start, width)
    return _layout_table_cut(lines, start, width, cuts) if cuts else None


def _layout_table_cut(lines: list[str], start: int, width: Measure,
                      cuts: frozenset[int]) -> tuple[list[list[str]], int] | None:
    """`_layout_table_by` with its runs parted at single spaces on `cuts` too."""
    head = _layout_header(lines[start], width, cuts)
    names = [unspaced(t) for _, t in head]
    if len(names) < 3 or not _is_header(names):
        return None
    kinds = header_kinds(names)
    if kinds[0] != "number" or "task" not in kinds:
        return None
    # a 序号 stands under its header, a character either way; a piece where the next column begins is that column's
    # (a merged group cell's second line, 和公共卫 under 风险领域, two spaces after 序号)
    bound = _number_column_bound(lines, start + 1, min(head[0][0] + width(head[0][1]) + _EDGE_SLACK, head[1][0] - 1),
                                 width, cuts)
    centres = _centres(head, width)
    i = start + 1
    header_lines = [lines[start].strip()]
    while i < len(lines) and lines[i].strip() and not _layout_row_start(_layout_pieces(lines[i], width, cuts),
                                                                         bound, 1, width):
        pieces = _layout_pieces(lines[i], width, cuts)
        if any(at <= bound for at, _ in pieces) or any(len(t) > 8 for _, t in pieces):
            break
        head, names = _header_line_under(head, names, pieces, width)
        centres = _centres(head, width)
        header_lines.append(lines[i].strip())
        i += 1
    kinds = header_kinds(names)
    if not _is_header([_header_text(n)[:_MAX_HEADER_CHARS] for n in names]) or kinds[0] != "number":
        return None
    spanning = _spanning_line(lines, start)
    # the table's lines in order: ("row", the pieces of a line starting the next 序号, 序号 first),
    # ("section", [(0, 一、title)]) or ("line", the pieces of a line holding the rest of some row's cells)
    entries: list[tuple[str, list[tuple[int, str]]]] = []
    page_breaks: set[int] = set()  # the index of each entry standing first on a later page
    last = 0
    while i < len(lines):
        text = lines[i].strip()
        pieces = _layout_pieces(lines[i], width, cuts)
        if not text:
            i += 1
            continue
        if _PAGE_MARK.match(text):
            i += 1
            page_breaks.add(len(entries))
            continue
        # the header printed again at the top of a page; a PDF copy lays each page out anew (a form feed before
        # it, pdftotext -layout), so its names stand at other places: the same words, parted by any runs of spaces
        if _same_gapped_line(text, header_lines[0]) and _header_again(lines, i, header_lines):
            i = _header_again(lines, i, header_lines)
            page_breaks.add(len(entries))
            continue
        if spanning and text == spanning and _repeats(lines, i + 1, header_lines):
            i = _repeats(lines, i + 1, header_lines)  # ... its spanning line over it included
            page_breaks.add(len(entries))
            continue
        if _CONTINUED_MARK.match(text) and _repeats(lines, i + 1, header_lines):
            i = _repeats(lines, i + 1, header_lines)  # ... 续表 / 附件1（续） over it, the later page's mark
            page_breaks.add(len(entries))
            continue
        row = _layout_row_start(pieces, bound, last + 1, width)
        if row:
            last = _cell_number(row[0][1])  # its 序号, or its week (第3周)
            entries.append(("row", row))
        elif _layout_total(pieces):
            pass  # 合计 under the header, 小计 closing a group: sums, no row's cells
        elif _layout_group_row(pieces, bound, text):
            spaced = re.match(rf"^{_CN_NUMERAL}\s+\S", text)  # 一 加强要素保障: the label's 、 restored
            entries.append(("section", [(0, "、".join(_SPACE_RUN.split(text, 1)) if spaced else text)]))
        elif _centred_group_row(pieces, bound) and (last or _layout_anchor_ahead(lines, i, bound, 1, width)):
            entries.append(("group?", pieces))  # a group row centred across the table, or a cell's line: see edges
        elif _outline_item_after(pieces, head, width):
            break  # the plan's next item, indented as a paragraph: the table (a 专栏 among the tasks) has ended
        elif pieces[0][0] > bound and (last or _layout_anchor_ahead(lines, i, bound, 1, width)):
            entries.append(("line", pieces))  # the rest of a row's cells, each under its column
        else:
            break  # flush left and no row: the text after the table
        i += 1
    anchors = [pieces for kind, pieces in entries if kind == "row"]
    if not anchors or not any(kind == "line" for kind, _ in entries):
        return None
    if 2 * sum(_laid_across(entries, n) for n, (kind, _) in enumerate(entries) if kind == "row") < len(anchors):
        return None  # rows whose cells one space parts: not a page's columns (the spaced reader's shape)
    starts = [at for kind, pieces in entries if kind not in ("section", "group?") for at, _ in pieces[kind == "row":]]
    edges = _layout_edges([head[0][0]] * 2 + starts, len(names))
    entries = [_centred_group_or_line(pieces, edges, width) if kind == "group?" else (kind, pieces) for kind, pieces in entries]

    def column(at: int, text: str) -> int:
        if edges:
            return max((k for k, edge in enumerate(edges) if edge <= at + _EDGE_SLACK), default=0)
        return min(range(len(head)), key=lambda k: abs(centres[k] - (at + width(text) / 2)))  # the nearest header

    if any(_shares_a_column(pieces[kind == "row":], column) for kind, pieces in entries if kind != "section"):
        return None  # cells parted by runs of spaces that line up with nothing: the spaced reader's shape
    # a task may fill two columns (重点任务, a title that ends no sentence, and 主要内容 beside it, which does): a row's
    # task text is what its lines hold in either, read left to right, so it closes where the last of them closes
    tasks = {j for j, kind in enumerate(kinds) if kind == "task"}
    widest: dict[int, float] = {}
    for kind, pieces in entries:
        for at, text in (pieces[kind == "row":] if kind != "section" else []):
            widest[column(at, text)] = max(widest.get(column(at, text), 0), _printed_width(text))

    def cut_tail(row_lines: list[list[tuple[int, str]]], pieces: list[tuple[int, str]]) -> bool:
        """Whether each piece of a line goes on a name its row's lines cut at its column's edge: the column's last
        text on those lines fills the column and is no whole unit's name (中国移动临江分 / 公司, 国网临江供电公 / 司、);
        a tail's place is under its head, whatever the rows' centring counts."""
        for at, text in pieces:
            j = column(at, text)
            held = [t for line in row_lines for a, t in line if column(a, t) == j]
            if kinds[j] not in UNIT_COLUMN_KINDS or not held or _printed_width(held[-1]) < widest[j] - 1 \
                    or unit_like(re.split("[、，,；;]", held[-1])[-1]):
                return False
        return bool(pieces)

    rows = _layout_rows(entries, lambda pieces: [t for at, t in pieces if column(at, t) in tasks], cut_tail,
                        lambda pieces: {column(at, t) for at, t in pieces}, page_breaks)
    grid: list[list[str] | list[list[str]]] = []
    for kind, row_lines in rows:
        if kind == "section":
            grid.append([row_lines[0][0][1]])
            continue
        cells: list[list[str]] = [[] for _ in names]
        for pieces in row_lines:
            for at, text in pieces:
                cells[column(at, text)].append(text)
        grid.append(cells)
    full = [max((_printed_width(t) for cells in grid if isinstance(cells[0], list) for t in cells[j]), default=0)
            for j in range(len(names))]
    out: list[list[str]] = [names]
    for cells in grid:
        out.append(cells if isinstance(cells[0], str) else
                   [_join_layout_lines(parts, kinds[j] in UNIT_COLUMN_KINDS, full[j]) for j, parts in enumerate(cells)])
    return out, i


def read_page_layout(lines: list[str], start: int) -> Found | None:
    """The layout reader (`pasted.build_layouts`): a table whose page layout was kept."""
    return rows_found(_layout_table(lines, start))
