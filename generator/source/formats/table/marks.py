"""The marks a table's text carries around its cells: numerals and labels, 序号 cells, page numbers,
citations of a task's source, runs of spaces, and the header printed again where a page breaks."""
from __future__ import annotations

import re

from ....words import lexicon as lx
from ....words.labels import FILING_NUMBER_CELL, FOOTNOTE_DEFINITION
from ....words.page import CONTINUED_TABLE, PAGE_NUMBER


_CN_NUMERAL = r"[一二三四五六七八九十]+"
_SECTION_LABEL = re.compile(rf"^{_CN_NUMERAL}[、.．]")
_ANY_LABEL = re.compile(rf"^([(（]\s*[一二三四五六七八九十\d]+\s*[)）]|{_CN_NUMERAL}[、.．]|\d+\s*[.、．](?!\d))")
# A group row's label in brackets, half or full width ((一), （二）): the second level of a table's groups.
_BRACKET_GROUP_LABEL = re.compile(rf"^[(（]\s*{_CN_NUMERAL}\s*[)）]\s*\S")
_ARABIC_LABEL = re.compile(r"^(\d{1,3})\s*(?:[.、．](?!\d)|\s)\s*")
# A school's 行事历 / 周安排 numbers its rows by the teaching week under a 周次 header (第1周, 第2周; a holiday or an
# exam fortnight 第3—4周, 第9至10周): the week is the row's number as a 序号 is, a range numbered by its first week.
_WEEK_CELL = r"第\s*(?P<week>\d{1,3})\s*(?:[—–\-－~～至到]{1,2}\s*\d{1,3}\s*)?周"
_NUMBER_CELL = re.compile(rf"^(?:[(（]?\s*(\d{{1,3}})\s*[)）]?\s*[.、．]?|{_WEEK_CELL})$")
# a week range's cell (第3—4周) says more than the number it gives the row: its text is kept in the row's text
_WEEK_RANGE_CELL = re.compile(r"^第\s*\d{1,3}\s*[—–\-－~～至到]")


def matched_number(match: re.Match) -> int:
    """The row number a `_NUMBER_CELL` match holds: the 序号's figure or the week's (its first, for a range)."""
    return int(match.group(1) or match.group("week"))


# A 建议 / 提案 办理分工 table or 交办 list printing no 序号 numbers its rows by their filing numbers (第3号, 第17号, a
# merged row 第48、52号（并案） by its first), as such a list in running text does (words.labels.FILING_NUMBER_CELL); the
# numbers jump, the proposals filed between them handled elsewhere (table.rows `_filing_number_column`)
_FILING_CELL = re.compile(FILING_NUMBER_CELL)


def filing_number(cell: str) -> int | None:
    """The filing number a cell holds as its whole text (第17号 -> 17, 第48、52号（并案） -> 48), or None."""
    match = _FILING_CELL.fullmatch(cell.strip())
    return int(match.group(1)) if match else None
# An item's label in brackets at a cell's start, half or full width ((1), （2）): the level under a 1. head.
_BRACKET_ITEM_LABEL = re.compile(r"^[(（]\s*(\d{1,3})\s*[)）]")
# A level's code at a cell's start in an index table that numbers each level by extending the code of the level above
# (a 测评体系's 1. 思想道德建设 / 1.1 理论武装 / 1.1.1 中心组学习制度健全): a dotted code of two parts or more (group 1),
# or one number closed by its mark (1. / 1、, group 2). A dotted code is followed by no further digit or dot, nor by a
# measure (3.5万亩, 2.5亿元, 1.5%: figures, lx.FIGURE_MEASURE_STARTS), then by a space or the cell's words.
_LEVEL_CODE = re.compile(r"\s*(?:(\d{1,3}(?:[.．]\d{1,3})+)(?![\d.．]|(?:"
                         + "|".join(map(re.escape, lx.FIGURE_MEASURE_STARTS))
                         + r"))[.．]?|(\d{1,3})\s*[.、．](?!\d))\s*")
# the whole cell a level code numbering a row (1.1.1): the row's number column where `rows` made one of the codes
_LEVEL_CODE_CELL = re.compile(r"\d{1,3}(?:[.．]\d{1,3}){2,}")
# A group heading written in the task column of a numbered table: a short phrase without punctuation
# (提升政务服务效能); the rest of a task cell broken over rows is a sentence (…，落实安置点。).
_HEADING_TEXT = re.compile(r"^[^，,。；;：:、！？!?\s]{2,20}$")
# 1.1, 2.3: a task numbered within the group its whole number heads; a spreadsheet's 台账 writes the same
# group-item number with a dash as well (1-1, 2-3, 5－1)
_DECIMAL_CELL = re.compile(r"^(\d{1,3})\s*(?:[.．]\s*(\d{1,3})[.．]?|[-－—–]\s*(\d{1,3}))$")
_TABLE_TITLE = re.compile(r"表$|一览|清单|台账")
# A table's numbered caption on a line of its own (表3　某县防汛重点措施清单 / 附表2：…), Word and WPS copying it with a tab
# between the number and the title (表3<TAB>…): the table's label, its number, then the title after a gap or a colon.
_TABLE_CAPTION = re.compile(r"^(?:" + lx.alternation(lx.TABLE_BOX_HEADS) + r")\s*\d{1,3}(?:[-－—]\d{1,3})?(?:\s|[:：])\s*\S")
# A total row's word (合计, 合　计, 小计：, 总计（30个）): the cell holding it heads a row of sums, not a task.
_TOTAL_CELL = re.compile("^(?:" + "|".join(r"\s*".join(w) for w in lx.TABLE_TOTAL_WORDS)
                         + r")\s*(?:[:：]|[（(][^（()）]{0,12}[)）])?$")
# a note under the table, its head and a colon (说明：… / 注：… / 备注：…): never a cell (a 备注 cell holds no colon head)
# …or a footnote's definition under it ([^3]: … / $^{3}$ …: words.labels.FOOTNOTE_DEFINITION)
_NOTE_UNDER = re.compile("^(?:(?:" + lx.alternation(lx.NOTE_HEADS) + r")\s*\d?\s*[:：]|" + FOOTNOTE_DEFINITION + ")")
# A figure cell of a total or a group row (4708, 30个, 2种, 140批次, —): a number and a measure word at most.
_FIGURE_CELL = re.compile(r"^(?:[-—–－/／]+|\d+(?:\.\d+)?\s*[^\d\s.。，、；：:()（）]{0,3})$")
# A group row's count of its rows (12个, 3项): a number and a group count's measure word, nothing else.
_GROUP_COUNT_CELL = re.compile(r"^\d{1,4}\s*(?:" + "|".join(lx.TABLE_GROUP_COUNT_MEASURES) + ")$")
_HOLDS_FIGURE = re.compile(r"[0-9０-９%％]")
_ENDS_SENTENCE = "。；;.！!？?"  # the full-width marks and their ASCII lookalikes
_RUNS_ON_MARKS = "，,、：:"


# A citation of where a task comes from, on a line between rows: 任务来源：《…》, （来源：…）, 依据：….
_CITATION = re.compile(r"^[(（]?\s*(?:任务|政策)?(?:来源|依据|出处)\s*[:：]")
# An unlabelled citation: a line that is only a document's title (and its number), 《…》〔2024〕3号.
_BARE_CITATION = re.compile(r"^[(（]?《[^》]{2,60}》(?:[(（][^()（）]{0,30}[)）])?[)）]?$")
# A cell that only cites the articles of a standard or a rule a row answers (1.1.1, 2.3.4、2.3.5, 第十二条, 第3条第2款):
# a reference, no work. A 迎评 / 创建 / 考核 分解表 prints such a 评审条款 / 标准条款 column before its 工作任务.
_ARTICLE = r"(?:\d{1,3}(?:[.．]\d{1,3}){1,4}|第[一二三四五六七八九十百零〇\d]{1,6}条(?:第[一二三四五六七八九十\d]{1,3}款)?)"
_ARTICLE_CELL = re.compile(rf"^【?{_ARTICLE}】?(?:\s*[、，,；;/]\s*【?{_ARTICLE}】?){{0,8}}$")
# A cell that only cites the item of the plan a 清单's row restates: the item's number (3, 第3项), its place in the
# plan's outline (二（一）3, （五）18, 二（五）), or its number after the item's word (任务6). A 重点任务清单 attached to
# the 实施方案 it sets out in a table prints such a 方案任务序号 / 对应方案条目 column beside the row's 重点任务.
_ITEM_NUMBER = r"第?\d{1,3}(?:[.．]\d{1,3}){0,3}项?"
_OUTLINE_PLACE = r"(?:[一二三四五六七八九十]{1,3}[、.．]?(?:[（(][一二三四五六七八九十]{1,3}[)）])?|[（(][一二三四五六七八九十]{1,3}[)）])"
_PLAN_ITEM = (rf"(?:(?:{lx.alternation(lx.PLAN_ITEM_WORDS)})\s*)?"
              rf"(?:{_OUTLINE_PLACE}\s*(?:{_ITEM_NUMBER})?|{_ITEM_NUMBER})")
_PLAN_ITEM_CELL = re.compile(rf"^{_PLAN_ITEM}(?:\s*[、，,；;/]\s*{_PLAN_ITEM}){{0,8}}$")
# A cell that only cites the chapter (and section) of the plan a row carries out (第四章第三节, 《规划》第三章): a 规划
# 分工方案's 规划章节 column, a reference beside the row's work. A chapter with its title after it (第一章 医院功能与任务)
# is a group's name, not such a citation.
_CHAPTER_CELL = re.compile(rf"^{lx.PLAN_CHAPTER_CITATION}$")


# A page number where a table breaks over pages: - 2 -, — 3 —, 第4页, 第4页 共9页 (not 4/9: a date may read so).
# (words.page.PAGE_NUMBER, as the source stage reads it; ·4· too)
_PAGE_MARK = re.compile(rf"^(?:{PAGE_NUMBER})$")
# The line over the header printed again at a later page's top saying the table goes on (续表, 附件1（续）,
# words.page.CONTINUED_TABLE): page furniture like the page number; read as text it would end the table there.
_CONTINUED_MARK = re.compile(rf"^(?:{CONTINUED_TABLE})$")


def _repeats(lines: list[str], i: int, header: list[str], same=str.__eq__) -> int:
    """The index after the header's lines when they stand again from lines[i] (blank lines between
    allowed), each line `same` as the header's; 0 when they do not."""
    at = 0
    while i < len(lines) and at < len(header):
        text = lines[i].strip()
        if text:
            if not same(text, header[at]):
                return 0
            at += 1
        i += 1
    return i if at == len(header) else 0


def _total_row(cells: list[str]) -> bool:
    """Whether a row is a total (合计 | 2个 | 276; | | 小计 | 140 |): its first filled cell is the word of a total."""
    first = next((c.strip() for c in cells if c.strip()), "")
    return bool(_TOTAL_CELL.match(first))


def _counted_group_title(cells: list[str], number_col: int) -> str | None:
    """A project list exported from a spreadsheet writes each group's row in the task rows' columns: the class in
    the 序号 column, how many rows it holds under 项目名称 and its sums under the figure columns (产业类 | 12个 | |
    182900). Words where a row has its number, beside only a count and figures, make a group row: its title as the
    outline form writes it (产业类（12个）). None for any other row (a number, a label or a figure in the 序号 cell,
    text or units beside it, no count)."""
    name = cells[number_col].strip() if number_col < len(cells) else ""
    rest = [c.strip() for i, c in enumerate(cells) if c.strip() and i != number_col]
    if (not _HEADING_TEXT.match(name) or _HOLDS_FIGURE.search(name) or _ANY_LABEL.match(name)
            or not all(_FIGURE_CELL.match(c) for c in rest)):
        return None
    count = next((c for c in rest if _GROUP_COUNT_CELL.match(c)), None)
    return None if count is None else f"{name}（{count}）"


def _cell_number(cell: str) -> int:
    match = _NUMBER_CELL.match(cell)
    return matched_number(match) if match else -1


def _anchor_ahead(lines: list[str], i: int, number: int, width: int) -> bool:
    """Whether row `number` starts within reach: a long task cell may add a few lines, not pages."""
    return any(_cell_number(ln.strip()) == number for ln in lines[i:i + 2 * width])


# Text copied out of a PDF or a Word table set as text keeps each row on a line with the cells
# separated only by spaces: 序号 重点任务 牵头单位 配合单位 完成时限 / 1 加强督查 市应急局 市公安局 年底前.
_SPACE_RUN = re.compile(r"[ \t\u3000\u00a0]+")
# (a calendar's row opens with its week: 第1周   9.1—9.7   开学安全大检查 …; `matched_number` reads either)
_ROW_START = re.compile(rf"^(?:(\d{{1,3}})(?:\s*[.、．])?|{_WEEK_CELL})\s+(?=\S)")


# A responsibility matrix marks a unit's part in a task by a sign in the unit's column (● ○ ★ ☆ √) or by a role
# word or its first character (牵头 / 牵, 配合 / 配); lexicon.MATRIX_MARKS and MATRIX_ROLE_WORDS hold them.
def matrix_mark(cell: str) -> str:
    """The mark a matrix cell holds (●, 牵头), without spaces; "" when the cell is anything else."""
    text = _SPACE_RUN.sub("", cell)
    return text if text in lx.MATRIX_MARKS or text in lx.MATRIX_ROLE_WORDS else ""
