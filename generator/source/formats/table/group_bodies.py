"""A 清单 grouped by the body in charge: its group rows name the body, its rows name none.

A list of matters set out by department (证照分离 改革事项清单, 许可事项清单, 权责清单, a 重点任务清单 by office) prints
each department once, as a group row spanning the table (一、市公安局（2项）, 二、市发展改革委（市粮食和储备局）（3项）),
the count of its rows after the name, and the numbered rows under it carry no column of doers: the group row is that
column, written once over its rows. Such a table is a task table though its header names no unit column (header.py
`_is_header`), and each row under a group row naming a body takes that body, responsible (rows.py `_Reader`).

A group row naming a field (一、经济发展（5项）) or a kind of body (一、行业主管部门, 二、县直部门) names no one: it stays
a section and gives no unit. So does one naming a class of bodies, a beneficiary or a place inspected (县直有关部门,
驻县单位, 公安机关, 学校, 民营医院, 农民专业合作社: a 惠企政策清单 or a 排查清单 grouped by whom it is for): a body in charge
is named by its jurisdiction before its office (市公安局, 县教育局, 青州市发展改革委), no class word (各, 有关) in it. Only tables with no unit column of their own are read so: where the rows name their
doers in a column (责任单位), the group row is only a section over them and the rows keep their own units.
"""
from __future__ import annotations

import re

from ....words import lexicon as lx
from ....words.names import organisations_of_each, proper_place, unit_like
from .marks import _CN_NUMERAL

# a group row's label, the outline's upper levels (一、, （一）)
_GROUP_LABEL = re.compile(rf"^(?:{_CN_NUMERAL}[、.．]|[(（]{_CN_NUMERAL}[)）])")
# the count closing a group row's title: （2项）, （共3项）, (5个)
_GROUP_COUNT = re.compile(r"[（(]\s*共?\s*\d{1,4}\s*(?:" + lx.alternation(lx.TABLE_GROUP_COUNT_MEASURES) + r")\s*[）)]$")
# a kind of body, no body: no level word before the head (行业主管部门, 综合监管部门, 成员单位), or only a scope word
# (县直部门, 市级单位): such a heading groups bodies and names none of them
_KIND_OF_BODY = re.compile("^(?:[^" + "".join(sorted({k[0] for k in lx.LOCALITY_KINDS} | {"各"})) + "]*|"
                           + lx.alternation(lx.UNIT_SCOPES) + ")(?:" + lx.alternation(lx.DUTY_CATEGORY_HEADS) + ")$")
# marks that part several names or close a sentence: a group row naming one body holds none of them
_PARTS_NAMES = re.compile("[、，,；;。：:和及与]")
# a jurisdiction of one letter opening a body's name (市公安局, 县教育局); a level below the county (乡镇, 街道, 村)
# opens a kind of body (乡镇卫生院); the scopes (县直, 市级) are _KIND_OF_BODY's before a class head, part of a body's
# name before an office (市直机关工委)
_ONE_LETTER_JURISDICTIONS = tuple(k for k in lx.LOCALITY_KINDS if len(k) == 1)
_LEVEL_OPENINGS = tuple(sorted(set(lx.TABLE_DUTY_LEVELS) - set(lx.UNIT_SCOPES), key=len, reverse=True))
_PLACE_LETTERS = (3, 8)  # characters of a place's name with its kind (青州市, 某某自治县); 驻县 / 中省 name no place
_LONGEST_BODY = 30  # characters of a body's name with its second name in brackets


def group_row_body(title: str) -> str | None:
    """The body a group row's title names (一、市公安局（2项） -> 市公安局), its label and count dropped; None where the
    title names a field, a kind of body or several bodies."""
    text = re.sub(r"\s+", "", title)
    label = _GROUP_LABEL.match(text)  # 一、 / （一）: a group's label; 1. numbers a row
    name = _GROUP_COUNT.sub("", text[label.end():] if label else text)
    if not label and name == text:
        return None  # a body's name alone in a row, no label nor count: a cell broken off its row, no group row
    core = re.sub(r"[（(][^（）()]*[）)]$", "", name)  # 市发展改革委（市粮食和储备局）: the second name in brackets
    if (not core or len(name) > _LONGEST_BODY or _PARTS_NAMES.search(core) or _KIND_OF_BODY.match(core)
            or not unit_like(name, strict=True) or not _named_by_jurisdiction(core, name)):
        return None
    return name


def _named_by_jurisdiction(core: str, name: str) -> bool:
    """市公安局 / 青州市教育局: a body named by its jurisdiction before its office, as a 清单 by department names the body in
    charge; not a class of bodies (县直有关部门, 市委各部门: lexicon TABLE_GROUP_KIND_WORDS; 市场监管部门), a level (乡镇卫生院) nor an
    institution's kind with no jurisdiction (学校, 公安机关, 农民专业合作社), which name whom a list is for."""
    if organisations_of_each(name):
        return True  # 各部门（单位）党组（党委）: the organisations of each body, a collective answering for its work
    if (any(word in core for word in lx.TABLE_GROUP_KIND_WORDS) or core.startswith(_LEVEL_OPENINGS)
            or core.endswith(lx.DUTY_CATEGORY_HEADS)):
        return False  # 市场监管部门, 县委议事协调机构: a class head closes a kind, whatever opens it
    return core.startswith(_ONE_LETTER_JURISDICTIONS) or any(
        proper_place(core[:end]) for end in range(_PLACE_LETTERS[0], min(len(core) - 1, _PLACE_LETTERS[1]) + 1))


def body_group_row(row: list[str]) -> str | None:
    """The body a row of one text (a group row spanning the table, or written in its first cell) names, else None."""
    distinct = {c.strip() for c in row if c.strip()}
    return group_row_body(distinct.pop()) if len(distinct) == 1 else None
