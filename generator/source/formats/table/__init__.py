"""Task tables (序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限) -> plan text.

Offices often publish the assignment of tasks as a table rather than as
prose. Every format reader hands its tables here as a grid of cell texts
(merged cells already repeated into every grid slot they cover), and text
pasted from a table goes through `find_pasted_tables`. Either way a task row
becomes one line of plan text with an annotation the text parser reads:

    1.<task text>(牵头单位:X、Y;配合单位:Z;完成时限:6月30日前)

and a section row (一 | 强化安全生产责任, or a row one text spans) becomes
"一、<title>". The unit cells go into the annotation as written (a line break
or ； becomes 、 / ，, 无 nothing), so the annotation reader splits and reads
them as it reads any annotation.

What the reader sees through, each a way offices lay tables out:
- header words that vary from office to office (任务/重点任务/具体措施/工作内容,
  时限/完成时限/时间节点, 牵头/责任/配合/参与/协同/落实 + 单位/部门), in any order,
  a 完成时限 column between the task and its units included;
- header words letter-spaced as official documents space short headers (序　号, 工 作 任 务);
- two-row headers: 责任分工 over 牵头单位 | 配合单位, 年度目标 over 2024年 | 2025年;
- a 类别 / 重点领域 column merged over its group's rows: each value a section;
- a 序号 (and 重点任务) merged over several measure rows: one task;
- pasted text in these shapes: tabs, | with or without Markdown rules, spaces
  only (with or without a 序号 column), one cell per line, one cell per line with
  a | line between cells, one cell per line framed by its own | (工作任务 |,
  | 工作任务, | 工作任务 |), and a header on one line over cells one per line;
  in the flattened shapes the header gives the column count and the 序号
  sequence (1, 2, 3 …) the rows, so a row that lost merged or empty cells is
  still one row, its cells placed by what they hold (units, a date, text);
- a task column named by what its rows are about (项目名称, 专项整治行业名称, 民生实事): a
  …名称 / 项目 header, or the one column a 分工表's header leaves unnamed before its unit columns;
- 任务来源 citations and heading rows between the task rows;
- columns of people (分管领导, 责任人, 联系人) and of notes (备注, 政策依据, 考核指标): kept in the
  task's text under their header, never read as units; but a 备注 cell that is only bodies and a role verb
  (县交警大队配合) is also read as that role (lexicon.NOTE_CELL_ROLE_VERBS);
- a table over several pages: a page number (- 2 -, 第2页) and the header printed again between rows;
- cells over several lines: a spreadsheet's quoted cell, <br> in a Markdown cell, a unit cell pasted
  one unit per line, a header cell printed over two lines (完成 / 时限);
- a table that opens the text with no title line above it (generator.source.read);
- a responsibility matrix: the units head the columns and each row marks their part (● ○, ★ ☆, √, 牵 / 配),
  read by the document's legend (●为牵头单位，○为配合单位 above or under the table, or in a header cell), in
  tabs, | pipes, spaces (each mark placed under the unit it stands under) or one cell per line, framed by | or
  not (a row placed only while it keeps a line a column), .docx and HTML, under a spanning 责任单位 too; and a matrix on its side
  (tasks as columns, units as rows);
- a duty table by unit (序号 | 责任单位 | 牵头任务 | 配合任务 over 1 | 县发改局 | 1、2 | 3): its rows read back into
  the numbered items above it as annotations (`by_unit`).

A cell the reader cannot place (beyond the header's columns, fitting no column of a row that lost
cells, a unit cell naming no unit, a row with no task text) is kept in the task's text and said in
the plan's reading report (`table_notes`).

The package, one job a module (plain data between them: lists of lines in, lists of rows of cell texts out):
- `header`: what a header cell names (header_kind), the header rows that start a table (header_at);
- `spacing`: letter-spaced header words joined back into column names (header_words);
- `cells`: what a cell holds (units, a date, text) and a unit cell as an annotation's list (unit_text);
- `fitting`: a row that lost cells in the paste fitted back into its columns by what each holds;
- `rows`: a grid of cells as plan text (rows_to_text), for every format reader and every layout below;
- `role_grid`: a unit cell split into a nested table of roles (牵头 | 配合 over the units) as one labelled line;
- `running`: a table without 序号 whose tasks are the running （1）（2）… items of one column;
- `matrix`: a responsibility matrix's mark columns unfolded into 牵头单位 / 配合单位 columns by its legend;
- `notes`: what could not be placed, said in the plan's reading report (table_notes);
- `marks`: the numerals, labels, page numbers and citations a table's text carries;
- `layouts`: the registry of pasted layouts and the `Found` a layout reader returns;
- one module a pasted layout, each with one reader function registered in `pasted.build_layouts`, which
  says the order they are tried in: `bars` (cells between | lines, or framed by |), `box_drawn` (┌ │ ├
  rules and bars), `dashed` (pandoc's simple and multiline tables), `transposed` (a matrix on its side), `delimited` (tabs,
  |), `spaced_matrix` (a matrix parted by spaces), `page_layout` (a PDF's layout kept), `spaced` (cells parted by spaces), `header_line` (a header
  line over cells one per line), `cell_matrix` (a matrix one cell per line), `cell_lines` (one cell per line);
- `by_unit`: a duty table by unit read back into the numbered items above it, before the layouts are tried;
- `pasted`: find_pasted_tables, every layout tried at each line of a text.
"""
from __future__ import annotations

from ....model import TABLE_RULE_NOTE as RULE_NOTE
from .cells import join_lines, unit_text
from .header import header_kind, header_kinds, header_notes, unspaced
from .matrix import legend_line
from .notes import table_notes
from .pasted import find_pasted_tables
from .rows import rows_to_text
from .spacing import header_words

__all__ = ["RULE_NOTE", "find_pasted_tables", "header_kind", "header_kinds", "header_notes", "header_words", "join_lines",
           "legend_line", "rows_to_text", "table_notes", "unit_text", "unspaced"]
