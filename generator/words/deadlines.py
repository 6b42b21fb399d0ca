"""Deadlines and frequencies in task text: 6月30日前, 年底前, 三季度末, 每季度, 5-10月份, 长期坚持.

`find_deadlines` returns them in reading order as `Deadline(text, normalized)`:
the text as written, and either an ISO date (2024-06-30, or --06-30 when no
year is named; a month alone is --06; a span is --05/--10) or a period token:
daily, weekly, monthly, quarterly, half-yearly, yearly, ongoing.
"""
from __future__ import annotations

import calendar
import re

from ..model import Deadline
from .lexicon import DEADLINE_CUES

_CN = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
       "十一": 11, "十二": 12}

# 2024年 or an anonymised xx年; a bare 年 after other digits ("20年") is a duration, not a year
_YEAR = r"(?:(?P<year>(?<!\d)\d{4}|[xX×]{2,4}|20[xX]{2})\s*年\s*)"
_MONTH = r"(?P<month>(?<![\d.])(?:1[0-2]|0?[1-9])(?!\d)|(?<![一二三四五六七八九十百千])(?:十[一二]?|[一二三四五六七八九]))\s*月"
_DAY = r"(?P<day>(?<!\d)(?:3[01]|[12]\d|0?[1-9]))\s*[日号]"
_BEFORE = r"(?:之前|以前|前|为止)"
_DASH = r"\s*(?:-|—|–|~|～|至|到)\s*"
# a deadline cue before an undecorated date: 截至6月30日, 完成时限:2024年6月30日
_CUES = tuple(sorted(DEADLINE_CUES, key=len, reverse=True))
_CUE_COLONS = ":："
_JOINED = re.compile(r"\s*(?:和|及|与|、|或)\s*")
_CLAUSE_OPENERS = "((::;;,,"  # what may stand just before an ongoing-work word (or a line start, spaces between)
_CLAUSE_END = re.compile(r"\s*(?:$|[)),,;;。\n])")  # matched where the word ends, not on a copy of the rest


def _month(value: str) -> int:
    return int(value) if value.isdigit() else _CN[value]


def _year(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def _iso(year: int | None, month: int, day: int | None = None) -> str:
    prefix = f"{year:04d}-" if year else "--"
    return f"{prefix}{month:02d}" + (f"-{day:02d}" if day else "")


def _month_end(year: int | None, month: int) -> int:
    # with no year February ends on the 28th: a date that exists every year
    return calendar.monthrange(year, month)[1] if year else (28 if month == 2 else calendar.monthrange(2001, month)[1])


def _valid(year: int | None, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year or 2024, month)[1]


_TEN_DAYS = {"上旬": 10, "中旬": 20}

_DATE = re.compile(
    _YEAR + "?" + _MONTH + r"\s*(?:" + _DAY + r"|(?P<end>底|末)|(?P<xun>上旬|中旬|下旬)|(?P<whole>份)?(?=\s*" + _BEFORE + "))"
    r"\s*(?P<before>" + _BEFORE + ")?")
_RANGE = re.compile(
    _YEAR + "?" + r"(?P<m1>(?<![\d.])(?:1[0-2]|0?[1-9]))\s*(?:月\s*(?:(?P<d1>3[01]|[12]\d|0?[1-9])\s*[日号])?)?"
    + _DASH + r"(?P<m2>(?:1[0-2]|0?[1-9]))\s*月\s*(?:(?P<d2>3[01]|[12]\d|0?[1-9])\s*[日号]|份)?")
_YEAR_END = re.compile(
    r"(?:(?P<year>(?<!\d)\d{4}|[xX×]{2,4}|20[xX]{2})\s*(?:年\s*)?|(?<![\dxX×每一二三四五六七八九十两几半]))"
    r"年(?:底|末|内)\s*(?:" + _BEFORE + ")?")
_HALF = re.compile(_YEAR + r"?(?<!每)(?P<half>上半年|下半年)(?:末|底)?\s*(?:" + _BEFORE + ")?")
_QUARTER = re.compile(_YEAR + r"?(?P<first>前)?第?(?P<q>[一二三四1-4])季度(?:末|底)?\s*(?:" + _BEFORE + ")?")
# (pattern, token, characters of which every match holds one: a text without them is not searched)
_PERIODS = (
    (re.compile(r"每(?:个)?季度?(?:末|底)?(?:前)?|按季度?|一季一(?!度)"), "quarterly", "季"),
    (re.compile(r"每半年|每半个年度|半年一次"), "half-yearly", "半"),
    (re.compile(r"每(?:个)?月(?:度)?(?:底|末)?(?:前)?|按月|一月一(?![日号])"), "monthly", "月"),
    (re.compile(r"每年(?:度)?(?:年底|底|末|年末)?(?:前)?|每一年|按年度?|一年一(?!次性)"), "yearly", "年"),
    (re.compile(r"每周|每星期|一周一"), "weekly", "周星"),
    (re.compile(r"每日|每天|一日一"), "daily", "日天"),
)
# "持续推进" is also an ordinary verb (持续推进燃气管道改造); it is a deadline only standing alone
_ONGOING = re.compile(r"长期坚持|持续推进|持续开展|常态化推进|常态化开展|长期|持续|常态化")


# Each finder first checks for a word every match of its pattern contains: most task text names no
# date at all, and these patterns (an optional year, then a month) are tried at every character.
def _dates(text: str):
    if "月" not in text:
        return
    for m in _DATE.finditer(text):
        year, month = _year(m.group("year")), _month(m.group("month"))
        if m.group("day"):
            day = int(m.group("day"))
            if not _valid(year, month, day):
                continue
            if not (m.group("before") or _cued(text, m) or _coordinated(text, m)):
                continue  # 于2024年3月5日印发: a date, not a deadline
            yield m, _iso(year, month, day)
        elif m.group("end"):
            yield m, _iso(year, month, _month_end(year, month))
        elif m.group("xun"):
            if not (m.group("before") or _cued(text, m)):
                continue
            day = _TEN_DAYS.get(m.group("xun")) or _month_end(year, month)
            yield m, _iso(year, month, day)
        elif m.group("before"):
            yield m, _iso(year, month)


def _cued(text: str, m: re.Match) -> bool:
    return _cue_before(text, m.start()) or bool(_clause_starts(text, m.start()) and _CLAUSE_END.match(text, m.end()))


def _cue_before(text: str, at: int) -> bool:
    """Does a cue word (then perhaps a colon and spaces) end at `at`? Walks back over the spaces only: a
    $-anchored search of a copy of the text before each date was quadratic in a text of many dates."""
    i = at
    while i and text[i - 1].isspace():
        i -= 1
    ends = (i, i - 1) if i and text[i - 1] in _CUE_COLONS else (i,)
    return any(text.endswith(cue, 0, end) for end in ends for cue in _CUES)


def _coordinated(text: str, m: re.Match) -> bool:
    """xx年6月15日和12月15日前: the first date shares the 前 of the second."""
    joined = _JOINED.match(text, m.end())  # matched in place: a copy of the rest per date was quadratic
    if not joined:
        return False
    following = _DATE.match(text, joined.end())
    return bool(following and following.group("before"))


def _ranges(text: str):
    if "月" not in text:
        return
    for m in _RANGE.finditer(text):
        year = _year(m.group("year"))
        m1, m2 = int(m.group("m1")), int(m.group("m2"))
        d1, d2 = m.group("d1"), m.group("d2")
        if d1 and d2:
            if _valid(year, m1, int(d1)) and _valid(year, m2, int(d2)):
                yield m, f"{_iso(year, m1, int(d1))}/{_iso(year, m2, int(d2))}"
        elif not d1 and not d2:
            yield m, f"{_iso(year, m1)}/{_iso(year, m2)}"


def _year_ends(text: str):
    if "年底" not in text and "年末" not in text and "年内" not in text:
        return
    for m in _YEAR_END.finditer(text):
        year = _year(m.group("year"))
        yield m, _iso(year, 12, 31)


def _halves(text: str):
    if "半年" not in text:
        return
    for m in _HALF.finditer(text):
        year = _year(m.group("year"))
        yield m, _iso(year, 6, 30) if m.group("half") == "上半年" else _iso(year, 12, 31)


def _quarters(text: str):
    if "季度" not in text:
        return
    for m in _QUARTER.finditer(text):
        q = int(m.group("q")) if m.group("q").isdigit() else _CN[m.group("q")]
        year = _year(m.group("year"))
        yield m, _iso(year, q * 3, _month_end(year, q * 3))


def _periods(text: str):
    for pattern, token, marks in _PERIODS:
        if not any(mark in text for mark in marks):
            continue
        for m in pattern.finditer(text):
            yield m, token


def _ongoing(text: str):
    for m in _ONGOING.finditer(text):
        if _clause_starts(text, m.start()) and _CLAUSE_END.match(text, m.end()):
            yield m, "ongoing"


def _clause_starts(text: str, at: int) -> bool:
    """Does a clause start at `at` (spaces before it)? Walks back over the spaces only: a $-anchored search of
    the text before each match was quadratic in a text of many 持续/长期."""
    i = at
    while i and text[i - 1].isspace():
        if text[i - 1] == "\n":
            return True
        i -= 1
    return i == 0 or text[i - 1] in _CLAUSE_OPENERS


_FINDERS = (_ranges, _dates, _year_ends, _halves, _quarters, _periods, _ongoing)


def find_deadlines(text: str) -> list[Deadline]:
    """Every deadline or frequency in `text`, in reading order, overlapping readings resolved to the longest."""
    found = []
    for order, finder in enumerate(_FINDERS):
        for m, normalized in finder(text):
            found.append((m.start(), -(m.end() - m.start()), order, m.end(), normalized))
    found.sort()
    result, taken_until = [], 0
    for start, _, _, end, normalized in found:
        if start < taken_until:
            continue
        written = text[start:end].strip()
        result.append(Deadline(text=written, normalized=normalized))
        taken_until = end
    return result
