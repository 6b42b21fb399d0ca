"""Letter-spaced header words (序　号, 工 作 任 务) joined back into column names."""
from __future__ import annotations

import re

from ....words.people import bare_name
from .header import UNIT_COLUMN_KINDS, _MAX_HEADER_CHARS, header_kind
from .marks import _SPACE_RUN


# ---------------------------------------------------------------- letter-spaced header words
# Official documents letter-space short header words so they fill their cell (序　号, 工 作 任 务,
# 责 任 单 位). Copied as text, a header line then holds single characters between the column names.
# Where the gaps between columns are wider than those inside a word (a tab, two spaces, a full-width
# space after single ones) the wide gaps part the columns; a run of single characters with no wider gap
# to part it is cut into column names by the header words themselves: every piece must name a column
# and end in the head noun a column name ends in (a Chinese noun phrase puts its head last: 牵头单位,
# 工作任务, 完成时限, so 任务牵头 or 配合单 is no column), two neighbouring pieces never name the same kind
# (工作|任务 is one task column), and the most pieces, then the most even ones, win (序号|工作任务|责任单位
# rather than 序号工作任务|责任单位). A run that cannot be cut so is left as it was, so prose that merely
# spaces its characters reads as prose. A column no header word names (民 生 实 事) is found only between
# wide gaps.
_MAX_SPACED_RUN = 48  # characters of a run of single characters cut into header words, at most
_HEAD_NOUN = re.compile(r"(?:号|单位|部门|主体|处室|科室|任务|措施|举措|内容|事项|要点|目标|工作|名称|项目|时限|时间|节点"
                        r"|期限|进度|安排|备注|说明|来源|依据|出处|指标|成果|成效|类别|领域|板块|分类|类型|领导|人|电话)$")


def _gap_width(gap: str) -> int:
    return sum(4 if c == "\t" else 2 if c == "\u3000" else 1 for c in gap)


def header_words(line: str) -> list[str]:
    """The column names of a header line separated by spaces or tabs, letter-spaced words joined."""
    text = line.strip()
    tokens = _SPACE_RUN.split(text)
    gaps = [_gap_width(g) for g in _SPACE_RUN.findall(text)]
    if not gaps:
        return [text] if text else []
    narrow = min(gaps)
    groups, current = [], [tokens[0]]
    for gap, token in zip(gaps, tokens[1:]):
        if gap > narrow:
            groups.append(current)
            current = []
        current.append(token)
    groups.append(current)
    words: list[str] = []
    for group in groups:
        if len(groups) > 1 and len(group) > 1 and all(len(t) == 1 and not t.isascii() for t in group):
            words.append("".join(group))  # a column of its own between wide gaps, its characters spaced
        else:
            words.extend(_join_spaced_runs(group))
    return words


def _join_spaced_runs(tokens: list[str]) -> list[str]:
    """Tokens with each run of two or more single characters cut into column names, when it can be."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and len(tokens[j]) == 1 and not tokens[j].isascii():
            j += 1
        if j - i >= 2:
            cut = _cut_into_names("".join(tokens[i:j]))
            out.extend(cut if cut else tokens[i:j])
            i = j
        else:
            out.append(tokens[i])
            i += 1
    return out


def _cut_into_names(chars: str) -> list[str] | None:
    """`chars` cut into pieces each naming a column (header_kind) and ending in a head noun, neighbours of
    different kinds; the most pieces, then the shortest longest piece. None when no such cut exists."""
    if len(chars) > _MAX_SPACED_RUN:
        return None
    memo: dict[tuple[int, str | None], tuple[int, int, list[str]] | None] = {}

    def best(at: int, before: str | None) -> tuple[int, int, list[str]] | None:
        if at == len(chars):
            return 0, 0, []
        if (at, before) in memo:
            return memo[at, before]
        found = None
        for end in range(at + 2, min(len(chars), at + _MAX_HEADER_CHARS) + 1):
            piece = chars[at:end]
            kind = header_kind(piece) if _HEAD_NOUN.search(piece) else None
            rest = best(end, kind) if kind is not None and kind != before else None
            if rest is not None:
                score = (rest[0] + 1, min(-len(piece), rest[1]), [piece] + rest[2])
                if found is None or score[:2] > found[:2]:
                    found = score
        memo[at, before] = found
        return found

    result = best(0, None)
    return result[2] if result else None


# A table's text run together cell to cell, with no mark between its cells or its rows (a .docx's text copied as
# one run: …分解表序号项目名称主要内容牵头单位配合单位1增加教育资源供给实施…). Its rows cannot be read, but its header
# words, cut as a letter-spaced header is cut, still show that a table stood there: the reader says so.
_GLUED_RUN = re.compile(r"序号[^\W\d_]+")
_MIN_GLUED_NAMES = 3


def glued_header(line: str) -> list[str] | None:
    """The column names of a header run together with the text around it (序号项目名称…牵头单位配合单位 before the first
    row's 1): at least three, a unit column among them; None for any other line."""
    match = _GLUED_RUN.search(line)
    if not match:
        return None
    run = match.group()
    for end in range(min(len(run), _MAX_SPACED_RUN), 3, -1):
        names = _cut_into_names(run[:end])
        kinds = [header_kind(n) for n in names] if names else []
        if len(kinds) >= _MIN_GLUED_NAMES and set(kinds) & set(UNIT_COLUMN_KINDS):
            return names
    return None



# ---------------------------------------------------------------- a personal name spaced out
# Chinese typesetting spaces a two-character personal name to the width of three, so that it lines up with the
# three-character names around it (陈　刚 beside 孙立新, 李  静 in a 分管领导 column); a PDF's copy with its layout
# (pdftotext -layout) or a table flattened to text keeps the space inside as two spaces or more, or a full-width
# space. Read as a gap between cells, the name is cut in two and its second character, standing at the same place on
# every row that names that person, makes a column of its own: the table's columns shift (a task's title glued to
# its target, a unit's wrapped tail read as text, the family name read into the task). A gap between two single
# Chinese characters that stand alone between wider gaps (or the line's ends), no wider than two full-width spaces
# (the pair no wider than a name of four characters), the pair a personal name (a family name first: 序  号 is none),
# is inside one cell. Letter-spaced words (工  作  任  务) have no wider gap around any pair of their characters.
_SPACED_NAME_GAP = 4  # the widest gap inside a spaced name, in half-width spaces (a full-width space counts two)
_HAN = re.compile(r"[\u4e00-\u9fff]")  # a Chinese character
_RUN = re.compile(r"\S+")


def names_closed_up(line: str) -> str:
    """The line with each personal name spaced out (陈  刚, 陈　刚; see above) closed up, the gap inside it moved after
    it (陈刚  ): the line keeps its length and every other text its place, so columns counted on it stay where they
    were."""
    if not _HAN.search(line):
        return line
    runs = list(_RUN.finditer(line))
    out, at, k = [], 0, 0
    while k + 1 < len(runs):
        if _spaced_name(line, runs, k):
            first, second = runs[k], runs[k + 1]
            out.append(line[at:first.start()] + first.group() + second.group() + line[first.end():second.start()])
            at, k = second.end(), k + 2
        else:
            k += 1
    return "".join(out) + line[at:] if out else line


def _spaced_name(line: str, runs: list[re.Match[str]], k: int) -> bool:
    """Whether the runs k and k + 1 of a line (text between whitespace) are a two-character personal name spaced out:
    a lone Chinese character each, a gap of `_SPACED_NAME_GAP` at most between them, wider gaps (or the line's ends)
    around the pair, and a person's name when closed up."""
    first, second = runs[k].group(), runs[k + 1].group()
    if not (len(first) == len(second) == 1 and _HAN.match(first) and _HAN.match(second) and bare_name(first + second)):
        return False
    inside = _gap_width(line[runs[k].end():runs[k + 1].start()])
    before = _gap_width(line[runs[k - 1].end():runs[k].start()]) if k else None
    after = _gap_width(line[runs[k + 1].end():runs[k + 2].start()]) if k + 2 < len(runs) else None
    return inside <= _SPACED_NAME_GAP and (before is None or before > inside) and (after is None or after > inside)
