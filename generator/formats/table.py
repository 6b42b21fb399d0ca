"""Task tables (序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限) -> plan text.

Offices often publish the assignment of tasks as a table rather than as
prose. Every format reader hands its tables here as a grid of cell texts
(merged cells already repeated into every grid slot they cover), and text
pasted from a table goes through `find_pasted_tables`. Either way a task row
becomes one line of plan text with an annotation the text parser reads:

    1.<task text>(牵头单位:X、Y;配合单位:Z;完成时限:6月30日前)

and a section row (一 | 强化安全生产责任, or a row one text spans) becomes
"一、<title>".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..numerals import chinese, parse_chinese

# Header cells are recognised by meaning: the words that name the column, not
# one spelling of it. Order matters: 协同责任单位 is support, not responsible.
_KINDS = (
    ("number", re.compile(r"^(序号|编号|序|No\.?|NO\.?)$")),
    ("extra", re.compile(r"领导|联系人|电话|备注|说明")),
    ("support", re.compile(r"配合|协同|协助|协办|参与|协作")),
    ("lead", re.compile(r"牵头")),
    ("responsible", re.compile(r"责任(单位|部门|主体|处室)|负责(单位|部门)|主责|承办|实施(单位|部门)")),
    ("deadline", re.compile(r"时限|时间|节点|期限|截止|进度")),
    ("task", re.compile(r"任务|措施|内容|事项|要点|目标|工作")),
)
# The clause each unit column becomes; 责任单位 stays 责任单位 so the parser
# gives it the `responsible` role the design assigns to that word.
_CLAUSES = (("lead", "牵头单位"), ("responsible", "责任单位"), ("support", "配合单位"), ("deadline", "完成时限"))
_UNIT_KINDS = ("lead", "responsible", "support")
_MAX_HEADER_CHARS = 12
_MAX_HEADER_CELLS = 16  # columns of a task table's header pasted one cell per line, at most

_CN_NUMERAL = r"[一二三四五六七八九十]+"
_SECTION_LABEL = re.compile(rf"^{_CN_NUMERAL}[、.．]")
_ANY_LABEL = re.compile(rf"^([((]\s*[一二三四五六七八九十\d]+\s*[))]|{_CN_NUMERAL}[、.．]|\d+\s*[.、．](?!\d))")
_ARABIC_LABEL = re.compile(r"^(\d{1,3})\s*(?:[.、．](?!\d)|\s)\s*")
_NUMBER_CELL = re.compile(r"^[((]?\s*(\d{1,3})\s*[))]?\s*[.、．]?$")
_TABLE_TITLE = re.compile(r"表$|一览|清单|台账")
_SAME_AS_ABOVE = re.compile(r"^[\"“”]?同上[\"“”]?[。.]?$")
_ENDS_SENTENCE = "。;;.!!??"


def header_kind(cell: str) -> str | None:
    """What a header cell names: number, task, lead, responsible, support, deadline, extra; None if it names nothing."""
    text = re.sub(r"\s+", "", cell)
    if not text or len(text) > _MAX_HEADER_CHARS or _ANY_LABEL.match(text) or _TABLE_TITLE.search(text):
        return None  # "二、重点任务" is a heading and "重点任务分工表" a caption, not column names
    for kind, pattern in _KINDS:
        if pattern.search(text):
            return kind
    return None


def _is_header(cells: list[str]) -> bool:
    kinds = [header_kind(c) for c in cells]
    useful = {"lead", "responsible", "support", "deadline"}
    return "task" in kinds and bool(useful & set(kinds)) and all(
        len(re.sub(r"\s+", "", c)) <= _MAX_HEADER_CHARS for c in cells)


def _is_header_continuation(cells: list[str], top: list[str | None]) -> bool:
    """The second row of a two-row header: 牵头单位 | 配合单位 under a spanning 责任分工."""
    texts = [c for c in cells if c.strip()]
    if not texts or any(len(re.sub(r"\s+", "", c)) > _MAX_HEADER_CHARS for c in texts):
        return False
    if _NUMBER_CELL.match(texts[0].strip()):
        return False
    kinds = [header_kind(c) for c in texts]
    named = [k for k in kinds if k]
    return len(named) >= 2 or (None in top and len(named) == len(texts))


@dataclass
class _Columns:
    kinds: list[str | None]
    names: list[str]
    header_cells: set[str] = field(default_factory=set)  # every text of the header rows
    width: int = field(init=False)

    def __post_init__(self):
        self.width = len(self.kinds)

    def first(self, kind: str) -> int | None:
        return self.kinds.index(kind) if kind in self.kinds else None


def _header(rows: list[list[str]], start: int) -> tuple[_Columns, int] | None:
    """The header at rows[start] (one or two rows): its columns and the index of the first data row."""
    if not _is_header(rows[start]):
        return None
    names = [c.strip() for c in rows[start]]
    kinds = [header_kind(c) for c in names]
    end = start + 1
    if end < len(rows) and _is_header_continuation(rows[end], kinds):
        below = [c.strip() for c in rows[end]]
        # a grid repeats spanning cells, so the two rows line up column by column ...
        zipped = [b or a for a, b in zip(names + [""] * (len(below) - len(names)), below)]
        zipped += names[len(zipped):]
        if {k for k in kinds if k} <= {header_kind(c) for c in zipped}:
            names = zipped
        else:
            # ... but pasted text lost the spans: the lower cells replace the unnamed spanning one
            gap = kinds.index(None) if None in kinds else len(names)
            names = names[:gap] + [b for b in below if b] + names[gap + 1:]
        kinds = [header_kind(c) for c in names]
        end += 1
    header_cells = {c.strip() for row in rows[start:end] for c in row if c.strip()}
    return _Columns(kinds, names, header_cells), end


def split_units(cell: str) -> list[str]:
    """Unit names in a cell: split on 、,; and line breaks, never inside brackets (各县(市、区))."""
    text = cell.strip()
    separators = "、,,;;\n"
    if not re.search(r"[((〔\[]", text):
        separators += " \t\u3000"  # space-separated lists only when no bracket could hold a space
    names, depth, current = [], 0, []
    for ch in text:
        if ch in "((〔[【":
            depth += 1
        elif ch in "))〕]】":
            depth = max(0, depth - 1)
        if depth == 0 and ch in separators:
            names.append("".join(current))
            current = []
        else:
            current.append(ch)
    names.append("".join(current))
    cleaned = (re.sub(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])", "", n).strip() for n in names)
    return [n for n in cleaned if n]


def _one_line(cell: str) -> str:
    return join_lines(cell.split("\n"))


def join_lines(lines: list[str]) -> str:
    """Lines of one cell into one line: CJK text joins without a space, Latin words with one."""
    out = ""
    for line in (ln.strip() for ln in lines):
        if not line:
            continue
        if out and out[-1].isascii() and out[-1].isalnum() and line[0].isascii() and line[0].isalnum():
            out += " "
        out += line
    return out


@dataclass
class _Task:
    label: str
    text: str
    annotations: list[str] = field(default_factory=list)

    def line(self) -> str:
        notes = "".join(f"({a})" for a in self.annotations)
        text = self.text
        # the seed writes 「…(责任单位:X)。」: the note belongs inside the sentence it qualifies
        if notes and text and text[-1] in "。;;":
            return f"{self.label}{text[:-1]}{notes}{text[-1]}"
        return f"{self.label}{text}{notes}"


class _Reader:
    """Walks the data rows of one table, carrying state from row to row."""

    def __init__(self, columns: _Columns, carry_down: bool):
        self.columns = columns
        self.carry_down = carry_down
        self.lines: list[str | _Task] = []
        self.last_number = 0
        self.sections = 0
        self.previous: list[str] = [""] * columns.width
        self.last_task: _Task | None = None
        self.last_key: tuple[str, str] | None = None

    def row(self, cells: list[str]) -> None:
        width = self.columns.width
        cells = [c.strip() for c in (cells + [""] * width)[:width]]
        cells = [self.previous[i] if _SAME_AS_ABOVE.match(c) else c for i, c in enumerate(cells)]
        if {c for c in cells if c} <= self.columns.header_cells:
            return  # a blank row, or the header repeated at the top of the next page
        section = self._section_title(cells)
        if section is not None:
            self._section(section)
            return
        if self.carry_down:
            # text pasted from merged cells keeps the value only in the top cell
            for kind in ("lead", "responsible", "deadline"):
                for i, k in enumerate(self.columns.kinds):
                    if k == kind and not cells[i] and self.last_task is not None:
                        cells[i] = self.previous[i]
        self._task(cells)
        self.previous = cells

    def _section_title(self, cells: list[str]) -> str | None:
        kinds = self.columns.kinds
        distinct = list(dict.fromkeys(c for c in cells if c))
        # a spanning title is repeated into the unit columns; other text there means a task row
        task_texts = {c for c, k in zip(cells, kinds) if k == "task"} | {cells[0]}
        names_units = any(c and c not in task_texts for c, k in zip(cells, kinds) if k in _UNIT_KINDS)
        number_col = self.columns.first("number")
        first = cells[number_col if number_col is not None else 0].rstrip("、.．")
        if parse_chinese(first) is not None and not names_units:
            # 一 | 强化安全生产责任: the title may be repeated across the cells it spans
            rest = [c for c in distinct if c.rstrip("、.．") != first]
            return f"{first}、{_one_line(rest[0])}" if rest else f"{first}、"
        if len(distinct) == 1:
            text = _one_line(distinct[0])
            filled = [i for i, c in enumerate(cells) if c]
            spans = len(filled) == len(cells) > 1
            if spans or _SECTION_LABEL.match(text):
                return text
            if filled == [0] and kinds[0] != "task" and not _NUMBER_CELL.match(text):
                return text  # pasted without separators, the spanning text lands in the first cell
        return None

    def _section(self, title: str) -> None:
        self.sections += 1
        if not _ANY_LABEL.match(title):
            title = f"{chinese(self.sections)}、{title}"
        elif _SECTION_LABEL.match(title):
            self.sections = parse_chinese(re.split(r"[、.．]", title, 1)[0]) or self.sections
        self.lines.append(title)
        self.previous = [""] * self.columns.width
        self.last_task = None
        self.last_key = None

    def _task(self, cells: list[str]) -> None:
        kinds, names = self.columns.kinds, self.columns.names
        # 重点任务 | 具体措施: two task columns read as consecutive sentences; other columns
        # (备注, 责任领导) are kept in the text under their header rather than lost
        parts = [_one_line(c) for c, k in zip(cells, kinds) if k == "task" and c]
        parts += [f"{name}:{_one_line(c)}" for c, k, name in zip(cells, kinds, names)
                  if k in ("extra", None) and c and name]
        text = ""
        for part in dict.fromkeys(parts):
            text += ("" if not text or text[-1] in _ENDS_SENTENCE else "。") + part
        annotation = self._annotation(cells)
        number_col = self.columns.first("number")
        number_cell = cells[number_col] if number_col is not None else ""
        key = (number_cell, text)
        if self.last_task is not None and (not text or key == self.last_key):
            # a task merged over several rows, each naming other units: one task, one note per row
            if annotation and annotation not in self.last_task.annotations:
                self.last_task.annotations.append(annotation)
            return
        label = self._label(number_cell, text)
        if label is None:
            match = _ARABIC_LABEL.match(text)
            self.last_number = int(match.group(1))
            label, text = f"{self.last_number}.", text[match.end():]
        task = _Task(label, text, [annotation] if annotation else [])
        self.lines.append(task)
        self.last_task, self.last_key = task, key

    def _label(self, number_cell: str, text: str) -> str | None:
        match = _NUMBER_CELL.match(number_cell)
        if match:
            self.last_number = int(match.group(1))
            return f"{self.last_number}."
        if number_cell and _ANY_LABEL.match(number_cell):
            return number_cell  # (一) and the like: a group label, kept as written
        if not number_cell and _ARABIC_LABEL.match(text):
            return None  # the task cell carries its own number
        self.last_number += 1
        return f"{self.last_number}."

    def _annotation(self, cells: list[str]) -> str:
        clauses = []
        for kind, label in _CLAUSES:
            values = [c for c, k in zip(cells, self.columns.kinds) if k == kind and c]
            if not values:
                continue
            if kind in _UNIT_KINDS:
                units = list(dict.fromkeys(u for v in values for u in split_units(v)))
                if units:
                    clauses.append(f"{label}:{'、'.join(units)}")
            else:
                lines = [ln.strip() for v in values for ln in v.split("\n") if ln.strip()]
                clauses.append(f"{label}:{'、'.join(lines)}")
        return ";".join(clauses)

    def text(self) -> list[str]:
        return [x.line() if isinstance(x, _Task) else x for x in self.lines]


def _plain_lines(rows: list[list[str]]) -> list[str]:
    """A table that is not a task table (a layout table, a title block): its cells' lines, merged cells once."""
    lines = []
    for row in rows:
        for cell in dict.fromkeys(c.strip() for c in row if c.strip()):
            lines.extend(ln.strip() for ln in cell.split("\n") if ln.strip())
    return lines


def rows_to_text(rows: list[list[str]], *, carry_down: bool = False) -> str:
    """A table as plan text: task rows as annotated numbered lines, section rows as 一、 heads.

    `rows` holds cell texts (paragraphs of a cell separated by newlines), a
    merged cell repeated in every slot it covers. With `carry_down` an empty
    lead or deadline cell takes the value above it, as text pasted from a
    merged cell keeps the value only in the top row. A table without a
    recognisable header comes out as its cells' lines.
    """
    rows = [list(r) for r in rows if r]
    for start in range(min(len(rows), 6)):  # a title row or two may sit above the header
        found = _header(rows, start)
        if found:
            columns, first_data = found
            reader = _Reader(columns, carry_down)
            for row in rows[first_data:]:
                reader.row(row)
            return "\n".join(_plain_lines(rows[:start]) + reader.text())
    return "\n".join(_plain_lines(rows))


# ---------------------------------------------------------------- pasted text
# Text copied out of a table arrives in three shapes: cells separated by |
# (Markdown too), by tabs (Word and Excel), or one cell per line (web pages).

_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _delimiter(line: str) -> str | None:
    if line.count("|") >= 2 or (line.count("|") == 1 and not line.strip().startswith("|")):
        return "|"
    if "\t" in line.strip("\r\n "):
        return "\t"
    return None


def _split(line: str, delimiter: str) -> list[str]:
    line = line.rstrip("\r\n")
    if delimiter == "|":
        line = line.strip()
        if line.startswith("|"):
            line = line[1:]
        if line.endswith("|"):
            line = line[:-1]
    return [c.strip() for c in line.split(delimiter)]


def _delimited_table(lines: list[str], start: int) -> tuple[list[list[str]], int] | None:
    delimiter = _delimiter(lines[start])
    if delimiter is None:
        return None
    head = _split(lines[start], delimiter)
    second = None
    if start + 1 < len(lines) and _delimiter(lines[start + 1]) == delimiter and not _RULE.match(lines[start + 1]):
        second = _split(lines[start + 1], delimiter)
    found = _header([head] + ([second] if second else []), 0)
    if not found:
        return None
    columns, data_start = found
    rows: list[list[str]] = [columns.names]
    i = start + data_start
    while i < len(lines):
        line = lines[i].rstrip("\r")
        if _RULE.match(line):
            i += 1
            continue
        if not line.strip():
            following = next((ln for ln in lines[i + 1:] if ln.strip()), "")
            if _delimiter(following) != delimiter:
                break
            i += 1
            continue
        if _delimiter(line) == delimiter:
            cells = _split(line, delimiter)
            previous = rows[-1] if len(rows) > 1 else None
            number_col = columns.first("number")
            starts_row = number_col == 0 and _NUMBER_CELL.match(cells[0])
            if (previous is not None and len(previous) < columns.width and not starts_row
                    and len(previous) + len(cells) - 1 <= columns.width):
                # a line break inside a cell split the row in two
                previous[-1] = join_lines([previous[-1], cells[0]])
                previous.extend(cells[1:])
            else:
                rows.append(cells)
        elif _ANY_LABEL.match(line.strip()) and not _ARABIC_LABEL.match(line.strip()):
            rows.append([line.strip()])  # a section row spanning the table, pasted without separators
        elif len(rows) > 1 and 1 < len(rows[-1]) < columns.width:
            rows[-1][-1] = join_lines([rows[-1][-1], line])  # the rest of a cell the line break cut
        elif (i + 1 < len(lines) and _delimiter(lines[i + 1]) == delimiter
              and len(_split(lines[i + 1], delimiter)) <= columns.width):
            rows.append([line.strip()])  # a first cell holding a line break; the next line completes the row
        else:
            break
        i += 1
    return (rows, i) if len(rows) > 1 else None


def _header_run(lines: list[str], start: int) -> tuple[list[str], int, bool] | None:
    """Header cells pasted one per line from lines[start]: (cells, index after them, blank lines between cells)."""
    cells, i, spaced = [], start, False
    while i < len(lines):
        text = lines[i].strip()
        if not text:
            if cells and i + 1 < len(lines) and header_kind(lines[i + 1]) is not None:
                spaced = True
                i += 1
                continue
            break
        if header_kind(text) is None and not (cells and len(text) <= 6 and "分工" in text):
            break
        cells.append(text)
        i += 1
        if len(cells) > _MAX_HEADER_CELLS:  # a run of short 工作/任务 lines, not a header; scanning on from every
            return None  # start of such a run to its end was quadratic (4000 lines: 60 s)
    return (cells, i, spaced) if len(cells) >= 3 and _is_header(cells) else None


def _grid_order(cells: list[str]) -> list[str]:
    """Two header rows pasted one cell per line (序号 工作任务 责任分工 完成时限 牵头单位 配合单位)
    back into grid order: the lower cells take the place of the spanning one."""
    kinds = [header_kind(c) for c in cells]
    if kinds.count(None) != 1:
        return cells
    gap = kinds.index(None)
    tail = len(cells)
    while tail > gap + 1 and kinds[tail - 1] in _UNIT_KINDS:
        tail -= 1
    lower = cells[tail:]
    if not lower:
        return cells[:gap] + cells[gap + 1:]
    return cells[:gap] + lower + cells[gap + 1:tail]


def _line_table(lines: list[str], start: int) -> tuple[list[list[str]], int] | None:
    run = _header_run(lines, start)
    if not run:
        return None
    names, i, spaced = run
    names = _grid_order(names)
    kinds = [header_kind(c) for c in names]
    width = len(names)
    numbered = kinds[0] == "number"
    rows: list[list[str]] = [names]
    current: list[str] | None = None
    blanks = 0

    def close():
        if current is not None:
            rows.append(_fit_cells(current, kinds))

    while i < len(lines):
        text = lines[i].strip()
        if not text:
            blanks += 1
            if blanks >= (2 if spaced else 1):
                break
            i += 1
            continue
        blanks = 0
        bare = parse_chinese(text.rstrip("、.．")) is not None and len(text) <= 4
        if bare or (_ANY_LABEL.match(text) and not _ARABIC_LABEL.match(text)):
            close()
            current = None
            if bare and i + 1 < len(lines) and lines[i + 1].strip():
                rows.append([text.rstrip("、.．"), lines[i + 1].strip()])  # 一 / 强化安全生产责任
                i += 2
            else:
                rows.append([text])
                i += 1
            continue
        number = _NUMBER_CELL.match(text)
        if numbered:
            if number and (current is None or int(number.group(1)) == _cell_number(current[0]) + 1):
                close()
                current = [text]
            elif current is None:
                break
            elif len(current) >= width and not _anchor_ahead(lines, i, _cell_number(current[0]) + 1, width):
                break  # a full row and no next 序号 in sight: the text after the table, not more of this row
            else:
                current.append(text)
        else:
            if current is None or len(current) >= width:
                close()
                current = [text]
            else:
                current.append(text)
        i += 1
    close()
    return (rows, i) if len(rows) > 1 else None


def _cell_number(cell: str) -> int:
    match = _NUMBER_CELL.match(cell)
    return int(match.group(1)) if match else -1


def _anchor_ahead(lines: list[str], i: int, number: int, width: int) -> bool:
    """Whether row `number` starts within reach: a long task cell may add a few lines, not pages."""
    return any(_cell_number(ln.strip()) == number for ln in lines[i:i + 2 * width])


def _fit_cells(cells: list[str], kinds: list[str | None]) -> list[str]:
    """One row's lines into its columns when the paste left out empty cells or split a long one."""
    width = len(kinds)
    if len(cells) == width:
        return cells
    task = kinds.index("task") if "task" in kinds else 0
    if len(cells) > width:
        # extra lines are paragraphs of the task cell: columns after it fill from the end
        after = width - task - 1
        head, body = cells[:task], cells[task:len(cells) - after]
        return head + ["\n".join(body)] + cells[len(cells) - after:]
    # fewer lines than columns: put a dated line in the deadline column, units in order
    out = [""] * width
    out[:task + 1] = cells[:task + 1]
    rest = cells[task + 1:]
    from ..parse.deadlines import find_deadlines  # only needed for this rare shape
    deadline_col = kinds.index("deadline") if "deadline" in kinds else None
    if rest and deadline_col is not None and find_deadlines(rest[-1]) and len(rest[-1]) <= 20:
        out[deadline_col] = rest.pop()
    for value, column in zip(rest, [j for j, k in enumerate(kinds) if k in _UNIT_KINDS]):
        out[column] = value
    return out


def find_pasted_tables(text: str) -> str:
    """Rewrite every task table pasted into `text` as plan text; all other lines are left as they are."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        found = _delimited_table(lines, i) or _line_table(lines, i)
        if found:
            rows, i = found
            out.extend(rows_to_text(rows, carry_down=True).split("\n"))
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)
