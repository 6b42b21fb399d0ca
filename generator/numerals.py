"""Numbers as Chinese documents write them: 一 / 十一 / 甲 / ① / (1), both ways.

Word's auto-numbering (formats/docx.py), task tables (formats/table/) and outline
labels (parse/numbering.py) need the same conversions, so they live here.
"""
from __future__ import annotations

import re

DIGITS = "〇一二三四五六七八九"
LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def chinese(n: int, digits: str = DIGITS, units: str = "十百千") -> str:
    """123 -> 一百二十三; 10 -> 十 (not 一十), as counted in running text."""
    if n <= 0:
        return str(n)
    if n >= 10000:
        return str(n)  # no plan numbers its items this far; don't pretend
    parts = []
    zero = False
    for power, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        d, n = divmod(n, power)
        if d:
            if zero:
                parts.append("零")  # 一百零五, in both plain and legal (零) numerals
                zero = False
            parts.append(digits[d] + unit)
        elif parts:
            zero = True
    text = "".join(parts)
    if text.startswith(digits[1] + units[0]):  # 一十二 -> 十二
        text = text[1:]
    return text


# the Roman numerals a plan's parts run to (Ⅰ … ⅩⅩⅩⅨ at most), written in Latin capitals: I -> 1, IV -> 4
_ROMAN_LIMIT = 40


def parse_roman(letters: str) -> int:
    """IV -> 4, XII -> 12; 0 for letters that write no numeral as it is written (IIII, VX, IIV)."""
    return next((n for n in range(1, _ROMAN_LIMIT) if roman(n) == letters), 0)


def roman(n: int) -> str:
    out = []
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def letters(n: int) -> str:
    # Word repeats the letter past z: aa, bb ...
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def cyclic(n: int, alphabet: str) -> str:
    return alphabet[(n - 1) % len(alphabet)]


def format_number(n: int, fmt: str) -> str:
    """n in one of Word's ST_NumberFormat styles; unknown styles fall back to decimal."""
    if fmt in ("bullet", "none"):
        return ""
    if not 0 < n < 10000:
        return str(n)  # a damaged definition, not a list anyone numbered this far
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "taiwaneseCountingThousand"):
        return chinese(n)
    if fmt in ("chineseLegalSimplified", "ideographLegalTraditional"):
        return chinese(n, LEGAL_DIGITS, "拾佰仟")
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join(DIGITS[int(d)] for d in str(n))
    if fmt == "ideographTraditional":
        return cyclic(n, HEAVENLY_STEMS)
    if fmt == "ideographZodiac":
        return cyclic(n, EARTHLY_BRANCHES)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle"):
        return CIRCLED[n - 1] if 0 < n <= len(CIRCLED) else str(n)
    # ⑴ ⑵ (U+2474 …) and ⒈ ⒉ (U+2488 …): Word draws one character holding the number and its brackets or stop, up to
    # 20; past it the number as those characters write it
    if fmt == "decimalEnclosedParen":
        return chr(0x2473 + n) if n <= 20 else f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return chr(0x2487 + n) if n <= 20 else f"{n}."
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return "".join(chr(ord(d) + 0xFEE0) for d in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "lowerLetter":
        return letters(n)
    if fmt == "upperLetter":
        return letters(n).upper()
    if fmt == "lowerRoman":
        return roman(n).lower()
    if fmt == "upperRoman":
        return roman(n)
    return str(n)


# 壹 -> 一, 拾 -> 十: financial capitals (大写) read as the plain numerals they stand for
_LEGAL_TO_PLAIN = str.maketrans(LEGAL_DIGITS + "拾佰", DIGITS + "十百")


def parse_legal(text: str) -> int | None:
    """壹 -> 1, 拾贰 -> 12, 贰拾 -> 20: a number in financial capitals; None when text is not one."""
    return parse_chinese(text.translate(_LEGAL_TO_PLAIN)) if text else None


def stem_number(stem: str) -> int:
    """甲 -> 1, 丁 -> 4: a heavenly stem's place in the cycle; 0 for another character."""
    return HEAVENLY_STEMS.index(stem) + 1 if stem and stem in HEAVENLY_STEMS else 0


_CN_VALUES = {c: i for i, c in enumerate(DIGITS)} | {"零": 0, "两": 2}


def parse_chinese(text: str) -> int | None:
    """一 -> 1, 十二 -> 12, 二十 -> 20, 一百零五 -> 105; None when text is not such a number."""
    if not text or not re.fullmatch(r"[〇零一二两三四五六七八九十百]+", text):
        return None
    total, digit = 0, None
    for ch in text:
        if ch in _CN_VALUES:
            digit = _CN_VALUES[ch]
        else:
            unit = 10 if ch == "十" else 100
            total += (1 if digit is None else digit) * unit
            digit = None
    return total + (digit or 0)
