"""What a cell holds: a list of units (and how it becomes an annotation's list), a date, or text."""
from __future__ import annotations

import re

from ....words import lexicon as lx
from ....words.brackets import depth_zero_split
from ....words.deadlines import find_deadlines
from ....words.names import town_named, unit_like
from ....words.people import is_person, names_people
from ....words.widths import display_width
from .header import UNIT_COLUMN_KINDS
from .marks import _ENDS_SENTENCE


# A cell that says there is no such unit: 无, 暂无, a dash or slash.
_NONE = re.compile(r"^(?:无|暂无|没有|不涉及|/|／|[-—–－]+)$")
# A role verb written before a name in a unit column (联合公安交管部门 under 主要参与部门): the
# column already gives the role, so the verb is not part of the name.
_LEADING_VERB = re.compile(r"^(?:联合|会同|协同|配合|协助|会商)(?=\S{2})")


def _spans_columns(row: list[str]) -> bool:
    """A row of one cell spanning every column, which a .docx, an HTML page or a sheet repeats into each slot it
    covers."""
    return len(row) > 1 and len({c.strip() for c in row}) == 1 and bool(row[0].strip())


# A list marker opening a line of a cell (配合：<br>- A<br>- B, • A): wikis and editors export a cell's bullet list as
# Markdown items or bullet characters; the marker is no part of the name. A Markdown marker (- * +) is one only with the
# space after it (a lone - is a cell saying 无); a bullet character may stand against the name. The bullets are the
# outline's (lexicon.BULLET_SIGNS) but the signs a legend may give one name of a list (★ ☆ ▲ …: lexicon.LIST_NAME_SIGNS),
# which stay in the text for the legend and which the annotation reader drops from the name
# (name_lists.drop_list_sign); the filled ● ■ ◆ that editors print for a list's bullets are markers still.
_CELL_BULLETS = "".join(sign for sign in lx.BULLET_SIGNS + "·◦" if sign not in lx.LIST_NAME_SIGNS) + "●■◆"
_LIST_MARKER = re.compile(r"^[ \t\u3000]*(?:[-*+][ \t\u3000]+|[" + _CELL_BULLETS + r"][ \t\u3000]*)", re.MULTILINE)


_BRACKET_LINE = re.compile(r"\n(?=[（(][^（）()\n]*[）)](?:\n|$))")


def unit_text(cell: str) -> str:
    """A unit cell as the list an annotation clause holds; the annotation reader splits and reads it.

    Cells list units one per line, or separated by 、，； or spaces; a line break or ； is another
    unit of the same column, so it becomes 、 / ， (a ； would end the labelled clause). Cells that
    say 无 are empty, and a joining verb before a name (联合X) is dropped.
    """
    text = cell.strip()
    if _NONE.match(text):
        return ""
    text = re.sub(r"\s*\n\s*", "\n", _LIST_MARKER.sub("", text))
    text = _person_lines_dropped(text) if "\n" in text else text
    # a list closed by 等 whose noun the column wrapped onto the next line (市公安局、市消防救援支队等 / 有关部门) is one
    # clause, …等有关部门: the break after 等 joins with nothing between, as a break at a comma does
    text = re.sub(r"(?<=[、，,；;等])\n|\n(?=[、，,；;])", "", text)
    # a bracket alone on its line (市农业农村局⏎（市乡村振兴局）): the other name of the body above, a 合署 office's, or its
    # note, broken off by a narrow column's wrap or an Alt+Enter; one name with the line above, as written on one line
    text = _BRACKET_LINE.sub("", text)
    text = _names_cut_by_breaks_joined(text).replace("\n", "、")
    text = re.sub("[；;]", "，", text).strip("、，, ")
    # space-separated lists (党政办 应急办, 国土所 村(社区)): a space outside brackets between names; Latin words
    # and a space inside a bracket keep theirs
    text = _spaces_between_names(text)
    text = re.sub(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])", "", text)
    # rebuild with the separators as written: 、 and ， bind verbs differently (A、B牵头，C配合)
    result, at = "", 0
    for _, piece in depth_zero_split(text, "、，,"):
        sep = text[at - 1] if at else ""
        at += len(piece) + 1
        piece = piece.strip()
        piece = _responsibility_kind_dropped(piece)
        if not piece or _NONE.match(piece) or _lone_character(piece):
            continue
        bare = _LEADING_VERB.sub("", piece)
        piece = bare if bare != piece and unit_like(bare) else piece
        result += (sep if result else "") + piece
    return result


# The kind of responsibility a 责任清单 by bearer prints after the bearer in its 责任主体 cell (lexicon.
# RESPONSIBILITY_KIND_NOTES): bracketed (局党组（集体责任）, 班子其他成员（“一岗双责”）; a cell's second line joins the
# name above as a bracket alone on its line does) or glued (机关纪委监督责任, 党组书记第一责任人责任). It is the share the
# bearer bears, no part of the name: dropped, a body is named as without it and a post (党组书记) is read as the post it
# is, naming no unit. A bracket holding anything else (党组（党委）, 市委宣传部（市文明办）) is the name's own.
_QUOTES = "[“”\"‘’']?"
_KIND_NOTE = (f"{_QUOTES}(?:{lx.alternation(lx.RESPONSIBILITY_KIND_NOTES)})"
              f"(?:{lx.alternation(lx.PEOPLE_HEADING_DUTY_WORDS)})?{_QUOTES}")
_BRACKETED_KIND = re.compile(f"[（(]{_KIND_NOTE}(?:[、和及]{_KIND_NOTE})*[）)]$")
_GLUED_KIND = re.compile(f"{_KIND_NOTE}$")


def _responsibility_kind_dropped(piece: str) -> str:
    """A unit cell's piece without the kind of responsibility closing it (see above). A glued kind is cut only where a
    body or a post stands before it (落实主体责任 is a task's words, kept whole); a piece that is only a kind (a cell's
    second line 集体责任 with no bracket) names nothing and is left empty."""
    bracketed = _BRACKETED_KIND.search(piece)
    if bracketed:
        return piece[:bracketed.start()]
    glued = _GLUED_KIND.search(piece)
    if not glued:
        return piece
    bearer = piece[:glued.start()]
    if not bearer or unit_like(bearer) or bearer.endswith(lx.PEOPLE_HEADING_ENDS + lx.PEOPLE_ENDINGS) or is_person(bearer):
        return bearer
    return piece


def _person_lines_dropped(text: str) -> str:
    """县商务局⏎马某某 -> 县商务局: a line of a unit cell holding only a person (a name, maybe with a post), under a
    line ending in a unit's name, is the person answering for that unit, as after a space on the unit's own line; a
    spreadsheet cell wraps the two onto lines of their own. Units one a line (县A局⏎县B局) are all kept."""
    kept: list[str] = []
    for line in text.split("\n"):
        if kept and is_person(re.sub(r"\s+", "", line)) and unit_like(_last_name(kept[-1])):
            continue
        kept.append(line)
    return "\n".join(kept)


_NAME_END = re.compile(r"(?:[^\x00-\x7f]|[)\]])$")  # a Chinese character, or a bracket closing a name
_NAME_START = re.compile(r"^(?:[^\x00-\x7f]|[(\[])")


def _spaces_between_names(text: str) -> str:
    """A cell's runs of spaces outside any bracket, between two names' characters (a Chinese character or a
    bracket closing one name and opening the next), as 、."""
    out, depth, i = "", 0, 0
    while i < len(text):
        ch = text[i]
        if ch in " \t\u3000" and depth == 0:
            j = i
            while j < len(text) and text[j] in " \t\u3000":
                j += 1
            between = out and j < len(text) and _NAME_END.search(out) and _NAME_START.match(text[j])
            if between:
                # 市商务局 王某某: the person answering for the unit, written after it as duty sheets do, is no unit
                k = j
                while k < len(text) and text[k] not in " \t\u3000、，,；;":
                    k += 1
                if is_person(text[j:k]) and unit_like(_last_name(out)):
                    i = k
                    continue
                leaders_at = _leaders_before(out) if unit_like(text[j:k]) else None
                if leaders_at is not None:
                    out, i = out[:leaders_at], j  # 李某 县X局: the leader written before the unit, no unit
                    continue
                posts_at = _posts_after_unit(out) if is_person(text[j:k]) else None
                if posts_at is not None:
                    out, i = out[:posts_at], k  # 县X局党组书记、局长 何某: the unit, its head's posts and name cut
                    continue
            out += "、" if between else text[i:j]
            i = j
            continue
        depth += ch in "（(〔["
        depth -= depth > 0 and ch in "）)〕]"
        out += ch
        i += 1
    return out


def _leaders_before(out: str) -> int | None:
    """李某 / 李某、孙某 (before 县X局): where the people opening the cell's clause begin, when the clause so far holds
    only people; None otherwise. A joint 责任领导及责任单位 column writes the leaders before the units as often as after
    them, parted by a space, and they are no units."""
    start = max(out.rfind(sep) for sep in "，,；;") + 1
    clause = out[start:]
    people = clause.split("、")
    return start if clause and all(is_person(p.strip()) for p in people) else None


# the posts one person holds, written one after another with 、 (党组书记、局长, 党委书记、主任), each maybe under its
# party body (党组, 党委): one person's titles, not a list of names
_POST_WORDS = "(?:" + lx.alternation(lx.PERSON_POSTS + lx.LEADER_POSTS) + ")"
_PARTY_POST = "(?:" + lx.alternation(lx.PARTY_COMMITTEE_HEADS) + ")?" + _POST_WORDS
_POST_CHAIN_PIECE = re.compile(_PARTY_POST)


def _posts_after_unit(out: str) -> int | None:
    """县卫健局党组书记、局长 (before 何某): where a unit's name ends and the posts of its head, glued to it and parted by
    、, begin; None unless the name before the posts is a unit's. A head's party post and office post are one person's:
    read as a list, 县卫健局党组书记 was judged a person whole and the unit was lost."""
    window = out[-64:].replace("，", ",").replace("；", ",").replace(";", ",").rsplit(",", 1)[-1]
    pieces = window.split("、")
    first = len(pieces) - 1
    while first > 0 and _POST_CHAIN_PIECE.fullmatch(pieces[first]):
        first -= 1  # the posts after the first: 局长 in 党组书记、局长
    glued = pieces[first]
    chain_start = len(out) - len("、".join(pieces[first:]))
    if first < len(pieces) - 1 and unit_like(glued):
        return chain_start + len(glued)  # 县卫健局 党组书记、局长 何某: the posts set apart from the unit by a space
    for at in range(2, len(glued)):
        if _POST_CHAIN_PIECE.fullmatch(glued, at) and unit_like(glued[:at]):
            return chain_start + at
    return None


def _last_name(out: str) -> str:
    """The last name written so far in a cell being rebuilt (after its last separator)."""
    tail = out[-64:]  # a name is short; a window keeps a cell of many people linear
    return tail.replace("，", "、").replace(",", "、").replace("；", "、").replace(";", "、").rsplit("、", 1)[-1]


# A role label inside a unit cell (牵头：A；配合：B, 牵头单位:A 配合单位:B), its head any the lexicon's labels take
# (LABEL_HEADS, SHORT_LABEL_HEADS, a bracketed other head: 牵头科室：A, 配合站所：B, 责任社区：C, 牵头科（室）：D): a
# street's or a bureau's narrow 清单 labels its own offices so in one 责任主体 cell, as its prose brackets do.
_INNER_HEAD_ALTERNATIVE = f"(?:[（(](?:{lx.alternation(lx.LABEL_HEAD_ALTERNATIVES)})[）)])?"
# The role words are the lexicon's (LABEL_ROLE_WORDS) but those naming people alone (组长：, 成员：, PEOPLE_ROLE_WORDS);
# each is written out under the label every reader of a unit cell knows for its role (ROLE_LABEL_WRITTEN).
_INNER_ROLES = {word: lx.ROLE_LABEL_WRITTEN[role] for role, words in lx.LABEL_ROLE_WORDS.items() for word in words
                if word not in lx.PEOPLE_ROLE_WORDS}
# A role word labels with a head (汇报单位：, 负责科室：); alone only those the lexicon lets label bare
# (CELL_BARE_LABEL_WORDS: 牵头：, 配合：, 责任：), not 汇报： / 兑现： / 揭榜：, which label nothing without a head.
_INNER_LABEL = re.compile(f"(?:^|(?<=[\\s；;，,。\\n]))(?:({lx.alternation(_INNER_ROLES)})"
                          f"(?:{lx.alternation(lx.LABEL_HEADS + lx.SHORT_LABEL_HEADS)}){_INNER_HEAD_ALTERNATIVE}"
                          f"|({lx.alternation(w for w in lx.CELL_BARE_LABEL_WORDS if w in _INNER_ROLES)}))"
                          r"\s*[:：]")


def _label_word(m: re.Match) -> str:
    """The role word of an _INNER_LABEL match, headed or bare."""
    return m.group(1) or m.group(2)


def _labelled_cell(cell: str, column_label: str) -> str:
    """A unit cell with its own role labels as annotation clauses: 牵头：A；配合：B -> 牵头单位:A;配合单位:B.
    Units before the first label take the column's label."""
    matches = list(_INNER_LABEL.finditer(cell))
    before = unit_text(_own_verb_lines_apart(cell[:matches[0].start()].strip().strip("；;，,。")))
    parts = [f"{column_label}:{before}"] if before else []
    for n, m in enumerate(matches):
        end = matches[n + 1].start() if n + 1 < len(matches) else len(cell)
        units = unit_text(_own_verb_lines_apart(cell[m.end():end].strip().strip("；;，,。")))
        if units:
            parts.append(f"{_INNER_ROLES[_label_word(m)]}:{units}")
    return ";".join(parts)


def _own_verb_lines_apart(stretch: str) -> str:
    """A labelled stretch of a unit cell with a line that closes with its own role verb parted from the lines above by
    ， (its own clause): in 牵头：A<br>配合：B、C<br>D负责落实 the line break ends the 配合 list, and 负责落实 is D's alone,
    where a 、 would bind it back over B and C. A line after a separator (B、<br>C负责) goes on with the list above, and
    a verb with no name before it on its line (…<br>按职责分工负责) closes the whole list, as written."""
    lines = stretch.split("\n")
    out = lines[0]
    for line in lines[1:]:
        own = line.strip()
        apart = (out.rstrip() and out.rstrip()[-1] not in "、，,；;等" and _TRAILING_VERB.search(own)
                 and unit_like(_without_etc(_without_role_verb(own))))
        out += ("，" if apart else "\n") + line
    return out


# A role verb closing a list of units in a cell (A牵头，B配合; 各县区政府按职责分工负责), with the manner
# words before it: the lexicon's verbs, as the annotation reader knows them.
_TRAILING_VERB = re.compile(
    f"(?:(?:{lx.alternation(lx.VERB_MANNER_HEADS)})(?:{lx.alternation(lx.VERB_MANNER_OWNERS)})?"
    f"(?:{lx.alternation(lx.VERB_MANNER_OBJECTS)}))?(?:{lx.alternation(lx.VERB_ADVERBS)})*"
    f"(?:{lx.alternation(lx.VERB_ROLES)})$")


def _lone_character(piece: str) -> bool:
    """A unit cell's piece of one Chinese character names no body: 局 is the tail of a name the cell lost (市住建 /
    局 split over cells), 市 or 县 a level word whose name was cut off. Left out of the units, and said
    (`rows._Reader._check`)."""
    return len(piece) == 1 and "\u4e00" <= piece <= "\u9fff" and not _NONE.match(piece)  # 无: an empty cell


def _names_a_unit(units: str) -> bool:
    """Whether a unit cell written with role verbs still names a unit (A牵头，B配合; 由X负责; X会同Y;
    X配合Y落实 do, 持续推进 does not): each clause, its verb cut off, ends like a body's name."""
    for _, clause in depth_zero_split(units, "、，,；;。"):
        clause = clause.strip().removeprefix(lx.AGENT_MARK)
        for part in clause.split(lx.WITH_VERB):
            name = _without_etc(_TRAILING_VERB.sub("", part.strip()))
            if unit_like(name):
                return True
    return False


# A unit's name broken by a line break inside a narrow unit column (县住房和城乡 / 建设局, Alt+Enter in a sheet): the half
# above names no body, the half below opens with no place (a name of its own would: 县X局) and the two read as one
# body's name. The break is no separator of two units; a half above closing in a role verb (县X局牵头) is a clause.
# A whole name broken before its branch or its part (市生态环境局 / 某县分局, 市公安局 / 交通警察支队) is one name as
# well, though each half reads as a name: see branch_of_the_name_above.
_SEPARATORS = r"[、，,；;：:\s]"


def _names_cut_by_breaks_joined(text: str) -> str:
    lines = text.split("\n")
    out = lines[:1]
    for line in lines[1:]:
        last, first = re.split(_SEPARATORS, out[-1])[-1], re.split(_SEPARATORS, line)[0]
        if (last and first and first[0] not in lx.GOVERNMENT_LEVEL_CHARS and not _TRAILING_VERB.search(last)
                and (((not unit_like(last) or _level_characters_only(last)) and unit_like(last + first))
                     or branch_of_the_name_above(last, first))):
            out[-1] += line
        else:
            out.append(line)
    return "\n".join(out)


def branch_of_the_name_above(head: str, tail: str) -> bool:
    """Whether `tail`, the first name of a line, is a branch of the body `head` names, the last name of the line
    above, the break (a narrow column's wrap, a <br> or Alt+Enter written to fit it) cutting one name in two. A branch
    is named by its place and its parent's kind, 分局 for a 局, 分行 or 支行 for a 行, 分公司 for a 公司 (市生态环境局 /
    某县分局, 某银行 / 某县支行; a 总局's branch is a 分局 too): the branch word less its first character (分, 支) is
    the kind of body above, or the body above heads others (lexicon.PARENT_BODY_ENDINGS). It opens with no place's
    level or collective (县X局, 各X: a name of its own), is no locality's body word (人民政府: lexicon.PLACELESS_BODIES),
    and the two make one whole name."""
    if (tail.startswith(lx.NAME_OPENINGS) or tail in lx.PLACELESS_BODIES
            or not _whole_name(head) or not _whole_name(head + tail)):
        return False
    # (a squad or office alone, 交警大队 under 县交通运输局, 消防大队 under 县应急局, is as often a body of its own listed
    # after another as a part of the one above: only a branch's word says whose it is)
    return tail.endswith(lx.BRANCH_BODY_ENDINGS) and branch_of_the_body_above(head, tail)


def branch_of_the_body_above(head: str, tail: str) -> bool:
    """Whether a name closing in a branch's word (某县分局) may be the branch of the body `head` names: its word less
    its first character (分, 支) is the body's kind (局, 行, 公司), or the body heads others (总局, 集团公司)."""
    branch = next((word for word in lx.BRANCH_BODY_ENDINGS if tail.endswith(word)), None)
    return branch is not None and head.endswith(lx.PARENT_BODY_ENDINGS + (branch[1:],))


def _one_line(cell: str) -> str:
    return join_lines(cell.split("\n"))


# A task cell whose first line is a heading the writer ended by hand (Alt+Enter in a sheet, a break in a document's
# cell), the target or the points on the lines below: 实施农村危房改造 / 完成危房改造120户。 The break ends the heading
# as a 。 would; joined into one line, the heading runs on into the target. A line the page's layout wrapped
# (…地方政府专项 / 债券，加快…) is told from it by its width: the layout fills the cell's width, so a wrapped line is no
# narrower than the line under it, while a heading stops short of it. The heading is short and holds no clause mark,
# and the lines below are sentences, ending in a stop (a name wrapped over two lines, 县城再生资源回收利用 / 及分拣中心
# 项目, ends in none). A list's first point ended so (1.建立档案 / 2.开展…。) is a sentence of its own as well.
_HEADING_LINE_MAX = 32  # display columns: 16 Chinese characters
_HEADING_SHORT_BY = 4  # display columns (two characters) a heading ends short of the line under it, at least
_CLAUSE_MARKS = "，,、；;：:。！!？?"


def task_cell_parts(cell: str) -> list[str]:
    """A task cell as the parts of the task's text: its heading line and the rest, where the first line is a heading
    ended by hand (see above), else the cell on one line. A heading over points numbered from 1 a line each
    (实施滨河廊道提升工程 / 1.完成堤岸绿化 / 2.建成慢行步道6公里, no stop after them) is one too: each point is closed
    with ；, as a cell written on one line parts them, so the next point's number reads as the point's, not a row's."""
    lines = [ln.strip() for ln in cell.split("\n") if ln.strip()]
    if len(lines) > 1 and _heading_over_points(lines):
        points = [ln if ln[-1] in _ENDS_SENTENCE else ln + ("。" if n == len(lines) - 2 else "；")
                  for n, ln in enumerate(lines[1:])]
        return [lines[0], "".join(points)]
    if len(lines) > 1 and _heading_line(lines[0], lines[1]) and lines[-1][-1] in _ENDS_SENTENCE:
        return [lines[0], join_lines(lines[1:])]
    return [join_lines(lines)] if lines else []


# a point of a cell's list opening its line: 1. 2、 3．
_POINT_LINE = re.compile(r"^(\d{1,2})[.、．](?!\d)")


def _heading_over_points(lines: list[str]) -> bool:
    """Whether the cell's first line is a heading (no clause mark, no point of its own) over two points or more, one a
    line, numbered 1, 2, … in order."""
    numbers = [_POINT_LINE.match(ln) for ln in lines[1:]]
    return (len(numbers) >= 2 and all(numbers) and [int(m.group(1)) for m in numbers] == list(range(1, len(numbers) + 1))
            and not _POINT_LINE.match(lines[0]) and display_width(lines[0]) <= _HEADING_LINE_MAX
            and not any(mark in lines[0] for mark in _CLAUSE_MARKS))


def _heading_line(line: str, below: str) -> bool:
    width = display_width(line)
    return (width <= _HEADING_LINE_MAX and width + _HEADING_SHORT_BY <= display_width(below)
            and not any(mark in line for mark in _CLAUSE_MARKS))


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


def _reads_as_units(cell: str) -> bool:
    """A cell that lists units (市公路处, 各辖市(区)公路管理部门, 省经信厅、省科技厅按职责分工负责), also with a role verb
    closing each clause (医务部牵头，各临床科室落实): a unit cell written as the annotation reader reads it."""
    if "。" in cell or len(cell) > 120:
        return False
    names = [p.strip() for _, p in depth_zero_split(cell, "、，,；;\n ")]
    # …等有关部门; 联合X before, X牵头 after: the verbs say the role, not the name
    names = [_without_etc(_without_role_verb(_LEADING_VERB.sub("", n))) for n in names if n]
    if names and names[0].startswith(lx.TARGET_DONE_VERBS):
        return False  # 建成市公共数据开放平台 under 2027年: a target naming what is built, though 台 ends 气象台
    return bool(names) and _cell_unit(names[0]) and 2 * sum(map(_cell_unit, names)) >= len(names)


def _cell_unit(piece: str) -> bool:
    """A unit cell's piece that names a body: it ends as a name does, and not in a verb of overseeing that ends as an
    office's name does (挂牌督办 in a measure's wrapped line 挂牌督办、销号管理 is what is done, no doer)."""
    return unit_like(piece) and not piece.endswith(lx.OVERSEEING_VERBS)


_ETC = re.compile(r"等[^、，,]{0,8}$")


def _without_etc(name: str) -> str:
    """A unit cell's name without the 等 closing its list (市公安局等有关部门 -> 市公安局); the 等 of a school's grade
    (某市中医药高等专科学校, 某县中等职业学校) is part of its name."""
    m = _ETC.search(name)
    return name if not m or name[:m.start() + 1].endswith(lx.SCHOOL_GRADES) else name[:m.start()]


def _without_role_verb(piece: str) -> str:
    """A unit cell's piece with the role verb closing it cut off (医务部牵头 -> 医务部); a clause opening with a verb of
    doing (成立领导小组牵头, 建立工作专班负责) is a task's text, kept whole."""
    bare = _TRAILING_VERB.sub("", piece)
    return piece if bare.startswith(lx.ACTION_STARTS + lx.SETTING_UP_WORDS) else bare


def note_role_clause(cell: str) -> tuple[str, str] | None:
    """(role, units) of a notes cell (备注) that is only an outside body's share of the row's work: a list of bodies
    and one role verb closing it, nothing else (县交警大队配合 -> support, 县教育局、县公安局协助). Each body opens as a
    body's name opens (its level 县 / 市, a group 各 / 有关): a word before it (请县教育局配合, 迎接县司法局) makes the cell
    a note of its own. The verbs are the annotation's, with their roles and the manner words before them (各县（市、区）
    人民政府具体实施 -> implement, 市X局负责 -> responsible). None for any other cell, which stays text under its header."""
    text = re.sub(r"\s+", "", cell).rstrip("。；;")
    verbs = [v for v in lx.VERB_ROLES if text.endswith(v)]
    closing = _TRAILING_VERB.search(text) if verbs else None
    if closing is None:
        return None
    verb = max(verbs, key=len)  # the whole verb closing the cell (牵头负责, not 负责), kept only if a note's verb
    if verb not in lx.NOTE_CELL_ROLE_VERBS:
        return None
    names = text[:closing.start()]
    pieces = [p for _, p in depth_zero_split(names, "、，,")]
    # a place is no body (县城区实施: where the work is done, as AREA_TOPIC_ENDINGS end such words elsewhere)
    if not pieces or not _names_throughout(names) or not all(
            (p.startswith(lx.NAME_OPENINGS) or town_named(p)) and unit_like(p) and not _people_by_post(p)
            and not p.endswith(lx.AREA_TOPIC_ENDINGS) for p in pieces):
        return None
    return lx.NOTE_CELL_ROLE_VERBS[verb], "、".join(pieces)


def _verbs_cut(text: str) -> str:
    """A unit cell's text with the role verb closing each clause cut off, its separators kept (市生态环境局牵头，市水务局配合
    -> 市生态环境局，市水务局): what is left to read as names when a cell written with its own verbs was wrapped."""
    out, at = "", 0
    for start, piece in depth_zero_split(text, "、，,；;"):
        out += text[at:start] + _without_role_verb(piece)
        at = start + len(piece)
    return out + text[at:]


# A role verb opening a line of a unit cell (牵头，各县（市、 / 配合 / 按职责分工落实): it closes the clause the line above
# began, as no cell opens with its verb.
_OPENING_ROLE_VERB = re.compile(_TRAILING_VERB.pattern.removesuffix("$") + r"(?=[、，,；;。]|$)")


def _opens_with_role_verb(line: str) -> bool:
    return bool(_OPENING_ROLE_VERB.match(line.strip()))


_LONGEST_NAME = 30  # characters of one body's name, at most (中国人民银行某某中心支行 and longer are rare)


def _names_throughout(text: str, open_end: bool = False) -> bool:
    """Whether every piece of a cell (parted by 、，；) is a body's name: 市数据局、市公安局 is, 市数据局、市公 is not.
    With `open_end` the last piece may be the head of a name the next line goes on with (市数据局、市公)."""
    names = [p.strip() for _, p in depth_zero_split(text.strip().rstrip("、，,；;"), "、，,；;")]
    if open_end:
        names = names[:-1]
    return (bool(text.strip()) and not _NONE.match(text.strip()) and not re.search("[。！？!?：:]", text)
            and all(_whole_name(n) for n in names))


def _whole_name(piece: str) -> bool:
    """A body's whole name, not a piece of one cut at a column's edge: it ends as a name ends, its brackets are
    closed, and it is three characters or more unless it opens with its level (市委, 县委); 局 or 安局 alone is
    the tail of a name, 各县（市 its head."""
    if len(piece) > _LONGEST_NAME:
        return False
    depth = 0
    for ch in piece:
        depth += ch in "（("
        depth -= ch in "）)"
        if depth < 0:
            return False
    return (depth == 0 and len(piece) <= _LONGEST_NAME and unit_like(piece) and not _level_characters_only(piece)
            and (len(piece) >= 3 or (len(piece) == 2 and piece.startswith(lx.LOCALITY_KINDS))))


def _level_characters_only(piece: str) -> bool:
    """省市, 县市, 市县: two level characters and nothing else name no body (市委, 县委 do). A narrow unit column cuts
    省市场监管局 after 省市 as it cuts it after 省: the piece is the head of the name the next line goes on with."""
    return len(piece) == 2 and all(ch in lx.GOVERNMENT_LEVEL_CHARS for ch in piece)


# 持续推进 / 长期坚持 / 常态化开展 alone, or before a comma (持续推进，2026年底前完成): the schedule's words standing as the
# cell's clause; 常态化开展危险废物、… goes on with what is done, a 具体内容 line the column wrapped (its first words are
# no time cell)
_ONGOING_OPENERS = lx.alternation(lx.ONGOING_SCHEDULE_OPENERS)
_ONGOING_VERBS = lx.alternation(lx.ONGOING_SCHEDULE_VERBS)
_ONGOING_PHRASE = f"(?:{_ONGOING_OPENERS})(?:{_ONGOING_VERBS}){{0,2}}"
# a phrase joined on (并持续推进, 并定期调度) may drop the word of going on, its verb then standing alone (并巩固)
_JOINED_ONGOING_PHRASE = f"(?:{_ONGOING_PHRASE}|(?:{_ONGOING_VERBS}){{1,2}})"
# phrases of going on joined by 并 / 和 / 及 are one schedule (长期坚持并持续推进); the cell or its clause then ends, so an
# object after any verb (长期推进并定期调度各地进展) keeps the line the task's text
_ONGOING_CELL = (f"{_ONGOING_PHRASE}(?:(?:{lx.alternation(lx.ONGOING_SCHEDULE_JOINERS)}){_JOINED_ONGOING_PHRASE})*"
                 "中?(?:[、，,；;（(\\s]|$)")


# A cell that is a date or a schedule: 2026年12月, 6月底前, 2025—2027年, 三季度, 长期坚持, 持续推进.
# A season or a holiday stands for a date in word deadlines: 汛期前, 主汛期, 汛前, 春节前, 冬季.
# 全年 / 全年度 / 全月 alone: a schedule's row held all year (or all the campaign month) round (跟进学习上级精神 under 月份:
# 全年), its time cell (lexicon.WHOLE_PERIOD_TIME_WORDS)
# 3—4月 / 9-10月 / 5至6月: a training plan's class held over two months, a date as its first month alone is
# 立行立改 / 即知即改: an 整改清单's deadline cell, the problem put right at once (lexicon.AT_ONCE_DEADLINE_WORDS)
_DATE_CELL = re.compile(r"^(?:\d{4}\s*年|\d{1,2}\s*月|\d{1,2}\s*[—–\-－~～至到]{1,2}\s*\d{1,2}\s*月"
                        r"|第?[一二三四]季度|[上下]半年|年[底内中]|" + _ONGOING_CELL + r"|每[年季月周]"
                        r"|(?:" + lx.alternation(lx.WHOLE_PERIOD_TIME_WORDS) + r")$|(?:主?汛期?|春节|元旦|国庆|[春夏秋冬]季|旱季|雨季)(?:[前后内中]|期间|来临前)?$"
                        r"|" + lx.alternation(lx.AT_ONCE_DEADLINE_WORDS) + ")")


# a count closing a cell (新建口袋公园8处, 2个): how many, not a body whose name ends in 处 / 所 / 站
_COUNT_END = re.compile(r"\d+(?:\.\d+)?\s*(?:" + "|".join(sorted(lx.COUNT_MEASURES, key=len, reverse=True)) + r")$")


# a yearly target under a 2024年目标 column (覆盖60%乡镇, 建成3个乡镇): a share, or a count with what it counts after
# it, says how much, never a body's name (which may end in 乡镇 or 村 as a target does)
_TARGET_FIGURE = re.compile(r"\d\s*[%％]|(?<![第\d])\d+(?:\.\d+)?\s*(?:"
                            + "|".join(sorted(lx.COUNT_MEASURES, key=len, reverse=True)) + r")(?=\S)")


_DEFERRED_TIME = re.compile("^(?:" + lx.alternation(lx.DEFERRED_TIME_OPENERS) + ")[^。，,；;]{0,12}?(?:"
                            + lx.alternation(lx.DEFERRED_TIME_NOUNS) + ")(?:" + lx.alternation(lx.DEFERRED_TIME_VERBS)
                            + ")?$")


def _people_by_post(cell: str) -> bool:
    """各包村干部, 村党支部书记, 全体班子成员: every piece of the cell ends in a word naming people (a post, a kind of
    people), never a body."""
    pieces = [p for p in re.split(r"[、，,]", cell.strip()) if p]
    return bool(pieces) and all(p.endswith(lx.PEOPLE_ENDINGS) for p in pieces)


def people_cell(cell: str) -> bool:
    """Whether a cell names people only: people by post or kind (全体班子成员, 各股室负责人) or by name (王某、黄某)."""
    return _people_by_post(cell) or names_people(cell)


def _cell_class(cell: str) -> str:
    """What a cell holds, to find its column when a row lost cells: units, deadline or text."""
    if _COUNT_END.search(cell.strip()) or _TARGET_FIGURE.search(cell):
        return "text"
    if _people_by_post(cell):
        return "text"  # 各包村干部, 村党支部书记: people, a cell of a people column, not of units
    if _DEFERRED_TIME.match(cell.strip()):
        return "deadline"  # 按省、市部署推进: the time column deferring to a higher level's schedule
    if _NONE.match(cell.strip()) or _reads_as_units(cell):
        return "units"
    if len(cell) <= 20 and "。" not in cell:
        if _DATE_CELL.match(cell.strip()) or find_deadlines(cell):
            return "deadline"
    return "text"


def _column_class(kind: str | None) -> str:
    return "units" if kind in UNIT_COLUMN_KINDS else "deadline" if kind == "deadline" else "text"
