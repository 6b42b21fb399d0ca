"""A table drawn with ruled lines on a PDF page, read by where its text sits.

pypdf's plain text gives a ruled table one cell line per line: a cell that
wraps inside its rules (a task over four lines, a unit cut as 市工业和信息 /
化局, a header cell cut as 责任市领 / 导) comes out as several lines that no
text-only reader can put back into their columns. The page itself says where
each piece belongs: the vertical rules bound the columns, the horizontal rules
the rows, and every text run has its position. So on a page whose rules form a
grid, each run goes into the cell it sits in, a cell's pieces are joined (a
line that reaches its cell's right edge wrapped; one that stops short ended a
paragraph), a cell spanning columns or rows (a group row 一、… across the
table, a lead merged down over three rows) is repeated into every slot it covers,
and the grid is handed to the table reader as rows of cells. A grid whose first
rows hold no table header, and is no continuation of one on the page before,
stays plain text as before.
"""
from __future__ import annotations

import math
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from numbers import Real

_SAME = 1.0  # points within which two rules are one rule
_MIN_COLUMNS = 3
_MIN_ROWS = 2
# A task table has a few columns (a 分工表 under ten, a 台账 under thirty) and rows of at least a line each (under a
# hundred to a page); rules past these are a chart's ticks, bars or grid, not a table: the page is read as text, and
# the grid's cost (every slot of every column and row) stays bounded whatever the page draws
_MAX_EDGES_ACROSS = 40
_MAX_EDGES_DOWN = 150
# A path is a rule only once it is painted: stroked (S, s), filled (f, F, f*) or both (B, B*, b, b*). A path ended by
# n paints nothing: word processors' PDFs (LibreOffice, Word's Save as PDF) open each page with a page-sized clip
# rectangle (re W n, re W* n), which taken as rules would make the page's edges the table's outer columns and rows
# and put the caption above the table and the footer under it into its cells
_PAINTING = frozenset({b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"})
_NOT_PAINTED = b"n"


@dataclass(frozen=True)
class Run:
    """One piece of text as the page draws it: its start, baseline and font size; its drawn width when the format
    states it (an OFD gives every character's advance), else estimated from its characters."""
    x: float
    y: float
    size: float
    text: str
    width: float | None = None

    @property
    def end(self) -> float:
        return self.x + (self.width if self.width is not None else text_width(self.text, self.size))


@dataclass(frozen=True)
class Rule:
    """A ruled line: vertical at `at` (an x) from low to high (y), or horizontal at `at` (a y) from low to high (x)."""
    at: float
    low: float
    high: float


class _Spans:
    """The stretches the rules drawn at each of a grid's boundaries cover, merged and sorted: whether a rule runs
    through a point of a boundary is a binary search, not a scan of every rule on the page."""

    def __init__(self, edges: list[float], rules: list[Rule]):
        ascending = sorted(edges)
        index = {edge: k for k, edge in enumerate(ascending)}
        found: dict[int, list[tuple[float, float]]] = {}
        for rule in rules:
            # a rule is at every boundary within _SAME of it (two boundaries are more than _SAME apart)
            for edge in ascending[bisect_left(ascending, rule.at - _SAME):bisect_right(ascending, rule.at + _SAME)]:
                found.setdefault(index[edge], []).append((rule.low - _SAME, rule.high + _SAME))
        self._index = index
        self._starts: dict[int, list[float]] = {}
        self._ends: dict[int, list[float]] = {}
        for k, stretches in found.items():
            starts, ends = self._starts.setdefault(k, []), self._ends.setdefault(k, [])
            for low, high in sorted(stretches):
                if ends and low <= ends[-1]:
                    ends[-1] = max(ends[-1], high)
                else:
                    starts.append(low)
                    ends.append(high)

    def covered(self, edge: float, middle: float) -> bool:
        k = self._index[edge]
        starts = self._starts.get(k, [])
        n = bisect_right(starts, middle) - 1
        return n >= 0 and middle <= self._ends[k][n]


@dataclass
class Grid:
    xs: list[float]  # column boundaries, left to right
    ys: list[float]  # row boundaries, top to bottom (descending y)
    verticals: _Spans = field(repr=False)
    horizontals: _Spans = field(repr=False)
    # the row boundaries negated, ascending: a baseline's row is a binary search of them
    downward: list[float] = field(init=False, repr=False)

    def __post_init__(self):
        self.downward = [-y for y in self.ys]

    def holds(self, run: Run) -> bool:
        return self.xs[0] - _SAME <= run.x + 0.5 <= self.xs[-1] and self.ys[-1] <= run.y <= self.ys[0]


def text_width(text: str, size: float) -> float:
    """A run's width estimated from its characters: an ideograph is one em, a Latin letter or digit half."""
    return sum(size if unicodedata.east_asian_width(c) in "WF" else 0.5 * size for c in text)


# Text drawn with its baseline at a slant is no text of the document: an office's diagonal watermark (XX办公室 仅供公开,
# set at 30–45° over every page, in ruled cells too) and a seal's ring (each character turned to its own angle round
# the seal). Laid out by where it starts, its characters would land in the table's cells and between the lines. Text
# turned a right angle is the document's (a landscape 附件 drawn into a portrait page, a header cell set vertically),
# and so is text a few degrees off (the text layer OCR puts on a page scanned a little askew): only a baseline more
# than _SLANT degrees from every right angle is set aside. A seal character that happens to stand within it of
# upright or of a right angle stays (nothing tells it from the page's own characters). The slant is the baseline's
# direction alone: a synthetic italic shears the glyphs (Tm's c) on a level baseline and stays text.
_SLANT = 5.0


@dataclass
class PageContents:
    """What a page draws: its plain text (pypdf's, text at a slant left out), its text runs, its vertical and
    horizontal rules (in the coordinates of the page as it is shown), and how many characters it drew at a slant
    (a watermark, a seal) that were set aside."""
    text: str
    runs: list[Run]
    verticals: list[Rule]
    horizontals: list[Rule]
    slanted: int = 0


def slanted(m) -> bool:
    """Whether a text matrix (tm × cm) draws its baseline at a slant: more than _SLANT degrees from every right
    angle."""
    angle = math.degrees(math.atan2(m[1], m[0])) % 90.0
    return _SLANT < angle < 90.0 - _SLANT


def page_runs_and_rules(page) -> PageContents:
    """What the page draws (`PageContents`). On a page with text at a slant the plain text is put together from
    the pieces pypdf hands the visitor (they add up to its text, line breaks included), a piece at a slant giving
    only its line breaks: a watermark neither adds lines nor glues itself to the line it crosses. Runs and rules
    are gathered in the page's own coordinates and turned as the page is read upright (`_upright_turn`) once all
    its text is seen."""
    # each run line: its start (x, y) in the page's own coordinates, scale, font size, line number in its piece, text
    drawn_runs: list[tuple[float, float, float, float, int, str]] = []
    pieces: list[str] = []
    set_aside = [0]
    directions = [0, 0, 0, 0]  # characters whose baseline runs at 0°, 90°, 180°, 270° in the page's own coordinates
    painted: list[tuple] = []  # the painted paths' segments and rectangles, in the page's own coordinates
    path: list[tuple] = []  # the segments and rectangles of the path being built, kept only when it is painted
    start: list[tuple[float, float]] = []

    def on_text(text, cm, tm, _font, size):
        drawing = _times(tm, cm)
        if slanted(drawing):
            pieces.append("\n" * text.count("\n"))
            set_aside[0] += sum(1 for c in text if not c.isspace())
            return
        pieces.append(text)
        if not text.strip():
            return
        directions[_quarter(drawing)] += sum(1 for c in text if not c.isspace())
        x, y = apply_matrix(drawing, 0, 0)
        scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
        for k, line in enumerate(text.strip("\n").split("\n")):
            if line.strip():
                drawn_runs.append((x, y, scale, size, k, line.strip()))

    def on_operator(op, args, cm, _tm):
        # a path operator whose operands are not numbers (a damaged or odd content stream, which pypdf's text
        # extraction passes over) draws nothing here: the rules are an extra, never a reason to refuse the page
        if not _numbers(args):
            return
        if op == b"m" and len(args) == 2:
            start[:] = [apply_matrix(cm, float(args[0]), float(args[1]))]
        elif op == b"l" and len(args) == 2 and start:
            end = apply_matrix(cm, float(args[0]), float(args[1]))
            path.append(("segment", start[0], end))
            start[:] = [end]
        elif op == b"re" and len(args) == 4:
            path.append(("rectangle", [float(a) for a in args], cm))
        elif op in _PAINTING or op == _NOT_PAINTED:
            if op in _PAINTING:
                painted.extend(path)
            path.clear()
            start.clear()

    text = page.extract_text(visitor_text=on_text, visitor_operand_before=on_operator) or ""
    turn = _upright_turn(page, directions)
    runs: list[Run] = []
    for x, y, scale, size, k, line in drawn_runs:
        x, y = apply_matrix(turn, x, y)
        runs.append(Run(x, y - k * size * scale, size * scale, line))
    verticals: list[Rule] = []
    horizontals: list[Rule] = []
    for kind, a, b in painted:
        if kind == "segment":
            add_segment(apply_matrix(turn, *a), apply_matrix(turn, *b), verticals, horizontals)
        else:
            _add_rectangle(a, _times(b, turn), verticals, horizontals)
    # (a page with nothing at a slant keeps pypdf's text as it is)
    return PageContents("".join(pieces) if set_aside[0] else text, runs, verticals, horizontals, set_aside[0])


def _quarter(m) -> int:
    """Which right angle a text matrix's baseline runs nearest: 0 (rightward), 1 (up the page), 2 (leftward),
    3 (down the page)."""
    return round(math.degrees(math.atan2(m[1], m[0])) / 90.0) % 4


# A landscape 附件 put on a portrait page is drawn turned by the content's matrix (cm 0 1 -1 0 W 0). A PDF writer
# that merges it into a 通知 or prints it says so with /Rotate 90 and the viewer shows it upright; a print driver that
# puts the landscape sheet on portrait paper leaves /Rotate 0, and the page shows sideways, every line running up it.
# Either way the text says which way is up: when most of the page's characters (all drawn at a right angle; text at
# a slant is a watermark and counts for nothing) run at 90°, 180° or 270°, the page is read turned by that angle, as
# /Rotate would turn it, so its table's rows run across again. A few lines at a right angle on a page of upright text
# (a header cell set vertically, a margin note up the side) leave the page as it is; a page with no text keeps its
# /Rotate.
def _upright_turn(page, directions: list[int]) -> tuple[float, ...]:
    """The matrix from the page's own coordinates to the page read upright (see above)."""
    quarter = max(range(4), key=lambda q: directions[q])
    if 2 * directions[quarter] > sum(directions):
        return _turn(page, 90 * quarter)
    try:
        rotation = int(page.rotation)
    except Exception:  # an odd /Rotate: read the page as it is drawn
        rotation = 0
    return _turn(page, rotation)


def _turn(page, rotation: int) -> tuple[float, ...]:
    """The matrix from the page's own coordinates to the page turned clockwise by `rotation` degrees, as /Rotate
    shows it. A landscape 附件 printed to PDF or merged into a portrait 通知 is often a portrait MediaBox with /Rotate
    90 (or 270) and its content drawn turned: in the page's own coordinates its table's rows run up the page, and its
    columns would be sought among them. Turned clockwise by 90: (x, y) -> (y, W - x); 270: (x, y) -> (H - y, x);
    180: (W - x, H - y) (W, H the MediaBox's width and height, from its lower left corner). An unturned page keeps
    its coordinates."""
    rotation %= 360
    try:
        box = page.mediabox
        left, bottom, width, height = float(box.left), float(box.bottom), float(box.width), float(box.height)
    except Exception:  # an odd MediaBox: read the page as it is drawn
        return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    if rotation == 90:
        return (0.0, -1.0, 1.0, 0.0, -bottom, width + left)
    if rotation == 270:
        return (0.0, 1.0, -1.0, 0.0, height + bottom, -left)
    if rotation == 180:
        return (-1.0, 0.0, 0.0, -1.0, width + left, height + bottom)
    return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _times(m, n) -> tuple[float, ...]:
    """The matrix applying m, then n (PDF's row-vector convention: m × n)."""
    return (m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],
            m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
            m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5])


def _numbers(args) -> bool:
    """Whether an operator's operands are all finite numbers (pypdf's NumberObject and FloatObject are)."""
    return all(isinstance(a, Real) and not isinstance(a, bool) and abs(float(a)) != float("inf") and a == a
               for a in args)


def apply_matrix(m, x: float, y: float) -> tuple[float, float]:
    """A point (x, y) carried by the matrix m (a b c d e f, as PDF's cm and OFD's CTM write it)."""
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def add_segment(a, b, verticals: list[Rule], horizontals: list[Rule]) -> None:
    """A straight line drawn from point a to point b (page coordinates, y up) as a rule when it is vertical or
    horizontal; a slanted or tiny one (a tick, a curve's chord) is no rule. Other formats' readers (ofd.py) hand
    their paths' segments here too."""
    if abs(a[0] - b[0]) <= 0.1 and abs(a[1] - b[1]) > _SAME:
        verticals.append(Rule(a[0], min(a[1], b[1]), max(a[1], b[1])))
    elif abs(a[1] - b[1]) <= 0.1 and abs(a[0] - b[0]) > _SAME:
        horizontals.append(Rule(a[1], min(a[0], b[0]), max(a[0], b[0])))


def _add_rectangle(args: list[float], cm, verticals: list[Rule], horizontals: list[Rule]) -> None:
    """A rule drawn as a thin filled rectangle (as word processors export borders), or a cell's box: its edges."""
    x, y, w, h = args
    (x0, y0), (x1, y1) = apply_matrix(cm, x, y), apply_matrix(cm, x + w, y + h)
    x0, x1, y0, y1 = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
    if x1 - x0 <= 2 * _SAME:
        add_segment(((x0 + x1) / 2, y0), ((x0 + x1) / 2, y1), verticals, horizontals)
    elif y1 - y0 <= 2 * _SAME:
        add_segment((x0, (y0 + y1) / 2), (x1, (y0 + y1) / 2), verticals, horizontals)
    else:
        for a, b in (((x0, y0), (x0, y1)), ((x1, y0), (x1, y1)), ((x0, y0), (x1, y0)), ((x0, y1), (x1, y1))):
            add_segment(a, b, verticals, horizontals)


def find_grid(verticals: list[Rule], horizontals: list[Rule]) -> Grid | None:
    """The rules' grid when they draw one: at least three columns and two rows, and no more boundaries than a table
    has (_MAX_EDGES_ACROSS, _MAX_EDGES_DOWN); else None."""
    xs = _distinct(r.at for r in verticals)
    ys = _distinct((r.at for r in horizontals), reverse=True)
    if not (_MIN_COLUMNS + 1 <= len(xs) <= _MAX_EDGES_ACROSS and _MIN_ROWS + 1 <= len(ys) <= _MAX_EDGES_DOWN):
        return None
    return Grid(xs, ys, _Spans(xs, verticals), _Spans(ys, horizontals))


def same_edges(edges: list[float], others: list[float]) -> bool:
    """Whether two grids have the same boundaries (a table's columns go on over its pages at the same x)."""
    return len(edges) == len(others) and all(abs(a - b) <= 2 * _SAME for a, b in zip(edges, others))


def _distinct(values, reverse: bool = False) -> list[float]:
    out: list[float] = []
    for v in sorted(values, reverse=reverse):
        if not out or abs(v - out[-1]) > _SAME:
            out.append(v)
    return out


def grid_rows(grid: Grid, runs: list[Run]) -> list[list[str]]:
    """The grid's rows of cell texts, a cell spanning several slots repeated in each; empty rows left out."""
    rows, columns = len(grid.ys) - 1, len(grid.xs) - 1
    owner = {(i, j): (i, j) for i in range(rows) for j in range(columns)}

    def root(slot):
        top = slot
        while owner[top] != top:
            top = owner[top]
        while owner[slot] != top:  # each slot passed pointed straight at its cell: the next look is one step
            owner[slot], slot = top, owner[slot]
        return top

    for i in range(rows):
        middle_y = (grid.ys[i] + grid.ys[i + 1]) / 2
        for j in range(columns):
            middle_x = (grid.xs[j] + grid.xs[j + 1]) / 2
            if j + 1 < columns and not grid.verticals.covered(grid.xs[j + 1], middle_y):
                owner[root((i, j + 1))] = root((i, j))  # no rule between: one cell spanning the columns
            if i + 1 < rows and not grid.horizontals.covered(grid.ys[i + 1], middle_x):
                owner[root((i + 1, j))] = root((i, j))  # no rule under: one cell merged down
    pieces: dict[tuple[int, int], list[Run]] = {}
    for run in runs:
        slot = _slot(grid, run)
        if slot is not None:
            pieces.setdefault(root(slot), []).append(run)
    right = {}
    for slot in owner:
        r = root(slot)
        right[r] = max(right.get(r, 0.0), grid.xs[slot[1] + 1])
    texts = {r: _cell_text(found, right[r]) for r, found in pieces.items()}
    table = [[texts.get(root((i, j)), "") for j in range(columns)] for i in range(rows)]
    return [row for row in table if any(row)]


def _slot(grid: Grid, run: Run) -> tuple[int, int] | None:
    x = run.x + 0.5  # a run starts inside its cell, however it is aligned
    column = bisect_right(grid.xs, x) - 1
    # the first row whose lower boundary is at or under the baseline (the boundaries descend: search their negation)
    row = max(bisect_left(grid.downward, -run.y), 1) - 1
    if not 0 <= column < len(grid.xs) - 1 or not (row < len(grid.ys) - 1 and grid.ys[row + 1] <= run.y <= grid.ys[row]):
        return None
    return row, column


def _cell_text(runs: list[Run], right: float) -> str:
    """A cell's pieces top to bottom: a line that reached the cell's right edge (within two ems: the character
    that did not fit and the cell's padding) was wrapped and runs on; one that stopped short ended a paragraph."""
    lines = run_lines(runs)
    out = ""
    for k, line in enumerate(lines):
        if k:
            last = lines[k - 1]
            out += "" if right - last[-1].end < 2 * last[-1].size else "\n"
        out += line_text(line)
    return out


def run_lines(runs: list[Run]) -> list[list[Run]]:
    """Runs grouped into lines by their baselines, top to bottom, each left to right."""
    lines: list[list[Run]] = []
    for run in sorted(runs, key=lambda r: (-r.y, r.x)):
        if lines and abs(lines[-1][0].y - run.y) <= run.size / 2:
            lines[-1].append(run)
        else:
            lines.append([run])
    return [sorted(line, key=lambda r: r.x) for line in lines]


def line_text(line: list[Run]) -> str:
    text = line[0].text
    for before, run in zip(line, line[1:]):
        text += (" " if run.x - before.end > run.size / 2 else "") + run.text
    return text


def text_lines(runs: list[Run]) -> list[tuple[float, str]]:
    """Runs outside any grid as lines of text, each with its baseline."""
    return [(line[0].y, line_text(line)) for line in run_lines(runs)]
