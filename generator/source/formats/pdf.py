"""Text-layer PDFs -> plan text: page text without page numbers and running headers, broken lines joined again.

A PDF stores lines, not paragraphs: a task running over three lines comes
out of pypdf as three lines, which the text parser would read as a task and
two stray paragraphs. Lines are joined back unless the first ends a sentence
or the next starts a numbered item. A scanned PDF has no text to extract and
is refused with a message saying so.

Characters alone cannot tell a title from a wrapped line: a 公文's title, centred
straight above the first indented paragraph, is as long as most of a body line.
The page says more: each line keeps where it starts and ends (`_Line`), and a
line drawn centred, or stopping short over a line indented past the body's left
margin (a new paragraph's first line), ends its paragraph (`_Layout`).
"""
from __future__ import annotations

import itertools
import logging
import re
import unicodedata
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import pypdf
from pypdf.errors import DependencyError, FileNotDecryptedError

from ...errors import PlansiteError
from ...words.columns import UNIT_COLUMN_KINDS
from ...words.labels import CIRCLED
from ...words.script import plain_ideographs, shared_glyphs_folded
from . import pdf_grid
from .page_rows import ENDS_PARAGRAPH as _ENDS_PARAGRAPH, joined_row, row_goes_on
from .table import find_pasted_tables, rows_to_text
from .table.notes import _note
from .table.header import header_at, header_kind

_CLOSERS = "。,,、;;::!!??))”’」』"
_NEW_ITEM = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,3}\s*[.、．](?!\d)|"
    r"第[一二三四五六七八九十百\d]+[章条节部]|附件|[" + CIRCLED + "])")
_PAGE_NUMBER = re.compile(
    r"^(?:[-—–－−~～]\s*\d{1,4}\s*[-—–－−~～]|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|"
    r"共\s*\d+\s*页\s*[,，/]?\s*第\s*\d+\s*页|\d+\s*/\s*\d+|[Pp]age\s*\d+(?:\s*of\s*\d+)?)$")
_BARE_NUMBER = re.compile(r"^\d{1,4}$")
_EDGE = 2  # lines at the top and bottom of a page where headers, footers and page numbers sit


def pdf_to_text(path: Path) -> str:
    with open(path, "rb") as f:
        if b"%PDF-" not in f.read(1024):
            raise PlansiteError("is not a PDF (no %PDF- header); is it damaged or misnamed?", str(path))
    with _quiet_pypdf():
        pages = _page_lines(path)
    if not any(pages):
        raise PlansiteError("has no text layer (a scanned image?); OCR it first", str(path))
    if _garbled(pages):
        raise PlansiteError("has a text layer that does not decode to characters (fonts without a Unicode map); "
                            "OCR it first", str(path))
    return pages_to_text(pages)


def pages_to_text(pages: list[list[str | _RuledRows]]) -> str:
    """The plan text of a fixed-layout document's pages, each a list of its lines (and its ruled task table as one
    item in its place, from `drawn_page`): page numbers and running heads dropped, broken lines joined. The PDF
    and OFD readers both end here, so a page reads the same whichever format laid it out."""
    # (a font's radical code points folded first: the tables' headers and the page furniture are plain words)
    pages = [[_plain(item) for item in page] for page in pages]
    parts = _text_and_ruled_tables([item for page in _drop_page_furniture(pages) for item in page])
    # tables first: their cells are separate lines that the joining below would run together
    parts = [_pasted_tables(part) if isinstance(part, list) else part for part in parts]
    # the page's width measured on its text alone: a ruled table's rows, read as one long line each, are no
    # printed lines, and measured with the text they made every line look short and nothing join
    typical = _typical_width([line for part in parts if isinstance(part, list) for line in part])
    out: list[str] = []
    for part in parts:
        out += join_broken_lines(part, typical) if isinstance(part, list) else part.split("\n")
    return shared_glyphs_folded("\n".join(out))


def _pasted_tables(lines: list[str]) -> list[str]:
    """The lines with the tables pasted among them read as plan text; the lines themselves (their places kept)
    when they hold none."""
    text = "\n".join(lines)
    found = find_pasted_tables(text)
    return lines if found == text else found.split("\n")


@contextmanager
def _quiet_pypdf():
    """pypdf logs every repair it makes to a sloppy PDF; plansite reports only what stops it."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


class _RuledRows(list):
    """The rows of cell texts of a table ruled on a page, standing where the table stands among the page's lines."""


def _page_lines(path: Path) -> list[list[str | _RuledRows]]:
    reader = _open(path)
    pages = []
    # the column edges of the ruled table the page before ended in: a grid on this page with the same edges goes on
    # with it
    table_edges: list[float] | None = None
    slanted = 0  # characters drawn at a slant (a watermark, a seal's ring) set aside, said in the reading report
    for number, page in enumerate(reader.pages, 1):
        drawn = _page_contents(page, number, path)
        slanted += drawn.slanted
        ruled = _ruled_page(drawn.runs, drawn.verticals, drawn.horizontals, table_edges)
        table_edges = ruled[1] if ruled is not None else None
        pages.append(ruled[0] if ruled is not None else
                     _placed([ln.strip(" \t\u3000\xa0") for ln in drawn.text.splitlines()
                              if ln.strip(" \t\u3000\xa0")], drawn.runs))
    if slanted:
        _note("", f"{slanted} characters drawn at a slant (a watermark, a seal's ring) set aside as no text of "
                  "the document")
    return pages


def _page_contents(page, number: int, path: Path) -> pdf_grid.PageContents:
    """The page's text, runs and rules; its text alone (no runs, no rules) when reading where things sit fails on
    something pypdf's text extraction passes over: the places are an extra, never a reason to refuse a page."""
    try:
        return pdf_grid.page_runs_and_rules(page)
    except Exception:  # pypdf fails on damaged files in many ways
        pass
    try:
        return pdf_grid.PageContents(page.extract_text() or "", [], [], [])
    except Exception as exc:  # pypdf fails on damaged files in many ways; each is one refusal here
        raise PlansiteError(f"page {number} cannot be read ({exc})", str(path)) from exc


class _Line(str):
    """A printed line with where the page draws it: its left and right x and its font size."""
    left: float
    right: float
    size: float

    @classmethod
    def at(cls, text: str, left: float, right: float, size: float) -> _Line:
        line = cls(text)
        line.left, line.right, line.size = left, right, size
        return line


def drawn_page(runs: list[pdf_grid.Run], verticals: list[pdf_grid.Rule], horizontals: list[pdf_grid.Rule],
               table_edges: list[float] | None) -> tuple[list[str | _RuledRows], list[float] | None]:
    """A page known only by what it draws (runs and rules, PDF coordinates: y up), as `pages_to_text` takes it: its
    ruled task table in its place (see `_ruled_page`), else its lines from the runs' baselines, each with its place;
    and the column edges of the table it ends in (None: none), for the next page's grid to go on with."""
    ruled = _ruled_page(runs, verticals, horizontals, table_edges)
    if ruled is not None:
        return ruled[0], ruled[1]
    return [_Line.at(pdf_grid.line_text(line), line[0].x, line[-1].end, max(run.size for run in line))
            for line in pdf_grid.run_lines(runs)], None


def _placed(lines: list[str], runs: list[pdf_grid.Run]) -> list[str]:
    """pypdf's lines of a page, each given its place when the runs, grouped into lines by their baselines, spell
    the same lines in the same order (whitespace aside); the runs' lines when pypdf's cut the same characters into
    more lines (`_broken_at_each_object`); else the lines as they are, read by their characters."""
    drawn = pdf_grid.run_lines(runs)

    def bare(text: str) -> str:
        return re.sub(r"\s+", "", text)

    drawn_texts = [pdf_grid.line_text(line) for line in drawn]
    if _broken_at_each_object([bare(ln) for ln in lines], drawn_texts):
        lines = drawn_texts
    elif [bare(ln) for ln in lines] != [bare(text) for text in drawn_texts]:
        return lines
    return [_Line.at(text, line[0].x, line[-1].end, max(run.size for run in line)) for text, line in zip(lines, drawn)]


def _broken_at_each_object(lines: list[str], drawn: list[str]) -> bool:
    """Whether pypdf broke the page's lines finer than their baselines do: a text layer that draws each word in a
    text object of its own, the matrix set back to the origin before the word's place (reportlab's beginText +
    setTextOrigin, an OCR tool's word boxes), makes pypdf start a new line at every word, though the words stand
    on one baseline. The same characters in the same order, in more lines than the baselines give: the baselines'
    lines are the printed ones. pypdf's lines stay when they differ otherwise (a column read down before the next) or
    when most breaks of theirs fall where the words stand apart on the baseline (cells of a row drawn as a form's boxes:
    a line each, as before). `lines` are pypdf's lines without whitespace, `drawn` the baselines' lines."""
    if len(lines) <= len(drawn) or "".join(lines) != re.sub(r"\s+", "", "".join(drawn)):
        return False
    breaks = set(itertools.accumulate(len(line) for line in lines))
    line_ends, gaps, at = set(), set(), 0
    for text in drawn:
        for piece in text.split():
            gaps.add(at)
            at += len(piece)
        line_ends.add(at)
    inside = breaks - line_ends
    return len(inside - gaps) > len(inside & gaps)  # most breaks between abutting words (a gap may hold a space)


def _ruled_page(runs, verticals, horizontals, table_edges: list[float] | None
                ) -> tuple[list[str | _RuledRows], list[float]] | None:
    """The page's lines with its ruled table as one item in its place, and the table's column edges, when its rules
    draw a task table (a header among its first rows, or the rows of the table the page before ended in: ruled on
    the same column edges, as a table broken over pages is; a form or a signature box after a table has its own);
    None to read the page as text."""
    grid = pdf_grid.find_grid(verticals, horizontals)
    if grid is None:
        return None
    inside = [run for run in runs if grid.holds(run)]
    rows = pdf_grid.grid_rows(grid, inside)
    continued = table_edges is not None and pdf_grid.same_edges(grid.xs, table_edges)
    if not rows or not (continued or any(header_at(rows, start) for start in range(min(len(rows), 3)))):
        return None
    if any(_rows_in_one_cell(cell) for row in rows for cell in row):
        return None  # rules boxing the table and its columns but not each row: the rows are not drawn, read as text
    outside = pdf_grid.text_lines([run for run in runs if not grid.holds(run)])
    above = [text for y, text in outside if y > grid.ys[0]]
    below = [text for y, text in outside if y <= grid.ys[0]]
    return [*above, _RuledRows(rows), *below], grid.xs


def _rows_in_one_cell(cell: str) -> bool:
    """Whether a cell holds two or more bare row numbers on lines of their own (1 / 2): several rows' 序号."""
    return sum(1 for line in cell.split("\n") if _BARE_NUMBER.match(line.strip())) >= 2


def _plain(item: str | _RuledRows) -> str | _RuledRows:
    if isinstance(item, _Line):
        return _Line.at(plain_ideographs(item), item.left, item.right, item.size)
    if isinstance(item, str):
        return plain_ideographs(item)
    return _RuledRows([[plain_ideographs(cell) for cell in row] for row in item])


def _text_and_ruled_tables(items: list[str | _RuledRows]) -> list[list[str] | str]:
    """The text's runs of lines (lists) and its ruled tables as plan text (one str each): the pieces of one table
    over several pages (nothing but page furniture between them) read as one table, its header printed again at
    a page's top dropped."""
    parts: list[list[str] | str] = [[]]
    table: list[list[str]] = []
    for item in [*items, ""]:
        if isinstance(item, _RuledRows):
            rows = [row for row in item if not (table and row == table[0])]
            if table and item[0] == table[0] and rows and row_goes_on(table[-1], rows[0]):
                table[-1] = joined_row(table[-1], rows.pop(0))
            table += rows
            continue
        if table:
            parts += [rows_to_text(table), []]
            table = []
        if item:
            parts[-1].append(item)
    return [part for part in parts if part]


def _open(path: Path) -> pypdf.PdfReader:
    try:
        reader = pypdf.PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise PlansiteError("is password-protected; remove the password first", str(path))
        _ = len(reader.pages)  # the page tree is read lazily; fail here, not halfway
        return reader
    except DependencyError as exc:
        raise PlansiteError(f"is encrypted in a way pypdf needs the 'cryptography' package for ({exc})",
                            str(path)) from exc
    except FileNotDecryptedError as exc:
        raise PlansiteError("is password-protected; remove the password first", str(path)) from exc
    except PlansiteError:
        raise
    except Exception as exc:  # pypdf fails on damaged files in many ways; each is one refusal here
        raise PlansiteError(f"is not a readable PDF ({exc})", str(path)) from exc


def _garbled(pages: list[list[str | _RuledRows]]) -> bool:
    chars = [c for page in pages for line in page if isinstance(line, str) for c in line if not c.isspace()]
    bad = sum(1 for c in chars if c == "\ufffd" or unicodedata.category(c) in ("Co", "Cc", "Cn"))
    return bool(chars) and bad > 0.3 * len(chars)


def _drop_page_furniture(pages: list[list[str | _RuledRows]]) -> list[list[str | _RuledRows]]:
    """Drop page numbers, and running headers/footers: an edge line repeated on most pages (a ruled table kept)."""
    def key(line: str) -> str:
        return re.sub(r"\d+", "#", re.sub(r"\s+", "", line))  # "xx市人民政府 3" and "… 4" are one header

    edges = Counter()
    for page in pages:
        header = _table_header_lines(page)
        edges.update({key(ln) for i, ln in enumerate(page[:_EDGE] + page[-_EDGE:])
                      if isinstance(ln, str) and (i if i < _EDGE else len(page) - 2 * _EDGE + i) not in header})
    running = {k for k, n in edges.items() if n >= 2 and n > len(pages) / 2}
    kept = []
    for page in pages:
        out = []
        for i, line in enumerate(page):
            at_edge = i < _EDGE or i >= len(page) - _EDGE
            if not isinstance(line, str):
                out.append(line)
                continue
            if _PAGE_NUMBER.match(line) or (at_edge and (_BARE_NUMBER.match(line) or key(line) in running)):
                continue
            out.append(line)
        kept.append(out)
    return kept


def _table_header_lines(page: list[str | _RuledRows]) -> set[int]:
    """The indexes of a page's lines that are a table's header read as text, one cell a line (序号 / 重点任务 /
    具体措施 / 牵头单位 / 配合单位): three or more lines in a row each naming a column, a unit column among them. A
    table over several pages prints its header again at each page's top, so its first cells repeat at the page's
    edge like a running head; they are no running head (dropped, the columns shift by two), and the table readers
    drop a header printed again themselves."""
    found: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*page, None]):
        if isinstance(line, str) and header_kind(line) is not None:
            run.append(i)
            continue
        if len(run) >= 3 and any(header_kind(page[k]) in UNIT_COLUMN_KINDS for k in run):
            found.update(run)
        run = []
    return found


def _width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _typical_width(lines: list[str]) -> int:
    """The width of a full printed line (0 when too few lines to tell)."""
    widths = sorted(_width(ln) for ln in lines if ln.strip())
    return widths[int(len(widths) * 0.9)] if len(widths) >= 8 else 0


def join_broken_lines(lines: list[str], typical: int | None = None) -> list[str]:
    """Join each line to the next unless it ends a sentence, the next starts a numbered item, or it is
    clearly short of the page width (a title, a heading, a paragraph's last line); `typical`, that width, is
    measured on `lines` unless given."""
    if typical is None:
        typical = _typical_width(lines)
    layout = _Layout.of(lines)
    out: list[str] = []
    last = ""  # the previous physical line; out[-1] may be several joined
    for drawn in lines:
        line = drawn.strip()
        if not line:
            continue
        if out and _continues(last, line, typical) and not layout.apart(last, drawn):
            ascii_words = out[-1][-1].isascii() and out[-1][-1].isalnum() and line[0].isascii() and line[0].isalnum()
            out[-1] += (" " if ascii_words else "") + line
        else:
            out.append(line)
        last = drawn
    return out


def _continues(previous: str, line: str, typical: int) -> bool:
    if line[0] in _CLOSERS:
        return True  # a line never starts with 。 or ), whatever the previous one looked like
    if previous[-1] in _ENDS_PARAGRAPH or _NEW_ITEM.match(line):
        return False
    return not typical or _width(previous) >= 0.6 * typical


class _Layout:
    """The body's left and right margins, measured on the lines that know their place (None: too few to tell).

    A 公文 indents a paragraph's first line by two characters and wraps its other lines from the left margin to
    the right one; a title stands centred over the text. So, whatever its characters, a line ends its paragraph
    when it is drawn centred (well inside both margins, as far from the one as from the other) and the next is
    not, or when it stops short of the right margin and the next line opens a paragraph (starts well right of the
    left margin and runs on to the right further than it starts in: an indent, not a centring). Two centred lines
    (a title over two lines) and a full line over an indented one (a hanging indent's next line) are left to the
    characters. "Well" is one character of the line's own size, three for a centring: a line's end is estimated
    from its characters, and a paragraph's first line, indented two, may look that far short."""

    def __init__(self, left: float | None = None, right: float | None = None):
        self.left, self.right = left, right

    @classmethod
    def of(cls, lines: list[str]) -> _Layout:
        placed = [line for line in lines if isinstance(line, _Line)]
        if len(placed) < 8:
            return cls()
        left, starting = Counter(round(line.left) for line in placed).most_common(1)[0]
        # the right margin is where the wrapped lines end, most lines; a few reach past it (a closing mark kept on
        # its line, 避头尾), so the highest quarter is not taken
        right = sorted(line.right for line in placed)[int(len(placed) * 0.75)]
        # the left margin is where most lines start: without one the lines are placed some other way (a form)
        return cls(left, right) if starting >= len(placed) / 3 else cls()

    def apart(self, previous: str, line: str) -> bool:
        if self.left is None or not (isinstance(previous, _Line) and isinstance(line, _Line)):
            return False
        if self._centred(line):
            return False
        return self._centred(previous) or (self._opens_paragraph(line) and not self._full(previous))

    def _gaps(self, line: _Line) -> tuple[float, float]:
        return line.left - self.left, self.right - line.right

    def _centred(self, line: _Line) -> bool:
        before, after = self._gaps(line)
        return min(before, after) >= 3 * line.size and abs(before - after) <= line.size

    def _opens_paragraph(self, line: _Line) -> bool:
        before, after = self._gaps(line)
        return before >= line.size and after < before - line.size

    def _full(self, line: _Line) -> bool:
        return self._gaps(line)[1] < line.size
