"""Who issued a plan, for which jurisdiction, under which document number and on which date, as its text says.

A plan's heading names the issuing body (市安全生产委员会, 陕西省防灾减灾救灾工作委员会);
the body's name starts with the place it serves and the level of government
(省, 市, 县, 区, 开发区 …). A published document (通知, 意见) carries its 发文字号
(x安委〔2024〕3号) on a line of its own under the title, and its date
(2024年3月5日, 二〇二四年三月五日) on a line of its own after the signature.
Everything read here can be overridden in the plan's front matter
(`jurisdiction: {level, name}`, `doc_number`, `date`, `source: {url}`).

Where the text names no place (xx市, or just 市), the jurisdiction is 未具名:
nothing says two such plans come from one place, so each stands alone (its
id comes from the plan's) and their units' duty sheets never merge.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .. import slug
from ..model import Jurisdiction
from ..words import lexicon

UNNAMED = "未具名"

# the level of government a body's name opens with, most specific first: 高新区 is a zone, not a 区
_LEVELS = [
    ("开发区", r"(?:经济技术开发区|高新技术产业开发区|开发区|高新区|园区)"),
    ("国家", r"(?:国务院|国家|全国|中共中央|中央)"),
    ("省", r"(?:省|自治区)"),
    ("市", r"(?:市|自治州)"),
    ("县/区", r"(?:县|自治县|区|旗)"),
    ("乡镇", r"(?:乡|镇|街道)"),
]
# a place name before the level: a few Chinese characters, or the anonymiser's xx
_PLACE = r"(?P<place>(?:[xX]{2,}|[\u4e00-\u9fff]{1,8}?)?)"
# the level ends the place: not the 市 of 市场, 市政 or 市直, nor 区域 or 县域; 城市 is no place
_NOT_LEVEL_AFTER = r"(?!场|政(?!府)|直|域)"
_UNSAID = re.compile(r"^(?:本|全|各|该)$")  # 本市, 全省: the level, and no place
_NOT_A_PLACE = re.compile(r"^(?:城|城乡|乡)$")  # 城市管理局: no level at all; 某县乡镇（街道）…: 乡镇 is the kind, no place
# 县委县政府…, 市委市政府…: a party committee's short name (…委) before the level is an organ, no place's name
_ORGAN = re.compile(r"委$")
_PARTY = "中共"
_LEVEL_RES = [(level, re.compile(rf"^{_PLACE}(?P<level>{pattern}){_NOT_LEVEL_AFTER}"))
              for level, pattern in _LEVELS]
_PLACEHOLDER = re.compile(r"^[xX]{2,}$")
_WORK_WORD = re.compile("|".join(lexicon.NOT_IN_A_PLACE_NAME))

# 发文字号: issuer abbreviation, year in 〔〕 [] () or 【】, serial 号; on a line of its own
_DOC_NUMBER = re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,12}\s*[〔\[［(（【]\s*((?:19|20)\d\d)\s*[〕\]］)）】]\s*\d{1,4}\s*号$")
_CN_DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0", "Ｏ": "0", "O": "0"}
_DATE = re.compile(r"^((?:19|20)\d\d|[〇○零一二三四五六七八九Ｏ]{4})\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月"
                   r"\s*([\d一二三四五六七八九十]{1,3})\s*日$")


def jurisdiction_of(issuer: str, plan_id: str) -> Jurisdiction:
    """The jurisdiction an issuing body serves, from the places its name opens with (郑州市金水区 → 郑州市金水区, 县/区)."""
    # 中共某县委员会: the party's name opens its committees' names, before the place they serve
    rest, places, level = issuer.strip().removeprefix(_PARTY), [], ""
    while rest:
        match = next(((lv, m) for lv, pattern in _LEVEL_RES if (m := pattern.match(rest))), None)
        if not match:
            break
        if _NOT_A_PLACE.match(match[1].group("place")) or _WORK_WORD.search(match[1].group("place")):
            break  # 城市管理局; 汀阳市实施城市更新行动…: the title's words after the place, no second place
        if _ORGAN.search(match[1].group("place")) and not places:
            level = next((lv for lv, pattern in _LEVEL_RES if pattern.match(match[1].group("place"))), level)
            break  # 县委县政府…: the committee says the level (县委 is a county's), and no place
        level, m = match
        if level == "国家":
            return Jurisdiction(id="guojia", level=level, name="国家")
        place = m.group("place")
        if not place or _PLACEHOLDER.match(place) or _UNSAID.match(place):
            break  # xx市, or just 市: the level is known, the place is not; what follows is the body's own name
        places.append(place + m.group("level"))
        rest = rest[m.end():]
    if not places:
        return Jurisdiction(id=plan_id, level=level, name=UNNAMED)
    name = "".join(places)
    return Jurisdiction(id=slug.toned(name) or plan_id, level=level, name=name)


def doc_number_of(lines: Iterable[str]) -> str:
    """The 发文字号 among the lines (those before the body): the first line that is one, as written."""
    for line in lines:
        text = line.strip()
        if _DOC_NUMBER.match(text):
            return text
    return ""


def date_of(lines: Iterable[str]) -> str:
    """An ISO date from the last line that is only a date (a document's date follows its signature)."""
    found = ""
    for line in lines:
        m = _DATE.match(line.strip())
        if m:
            year, month, day = (_number(g) for g in m.groups())
            if year and 1 <= month <= 12 and 1 <= day <= 31:
                found = f"{year:04d}-{month:02d}-{day:02d}"
    return found


def _number(text: str) -> int:
    """Arabic digits, 〇一二… digit by digit (二〇二四), or 十-numbers up to 三十一."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (int(_CN_DIGITS[tens]) if tens else 1) * 10 + (int(_CN_DIGITS[ones]) if ones else 0)
    digits = "".join(_CN_DIGITS.get(c, "") for c in text)
    return int(digits) if len(digits) == len(text) else 0
