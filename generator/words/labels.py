"""Labels as they are written: which numbering style a line starts with (一、 (一) 1. (1) ①) and the number it
carries, and the field labels that open a task's own lines (牵头单位：…, 完成时限：…).

Shared by the source stage (a Markdown list mark before a task's number, a PDF's new item) and the reader's outline
(`parse.numbering`, which builds on these labels), so that both read one set of label patterns.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..numerals import HEAVENLY_STEMS, LEGAL_DIGITS, parse_chinese, parse_legal, parse_roman, stem_number
from . import lexicon
from .brackets import depth_zero_split
from .names import unit_like

CN_NUMERALS = "一二三四五六七八九十百零〇两"
# what follows a decimal number that is a quantity, not a label: 1.5亿元, 2.5%, 3.2万人, 0.5个百分点
_QUANTITY = "[%％‰万亿千百倍个元米吨亩年月日次人家项件座户公个度]"

# Ordered from the outermost to the innermost level, as Chinese official documents nest them.
# Decimal labels (1.1 / 2.3 under 一、 or 1., and 1.1.1 below them) are the outline of technical and
# planning documents: a task numbered 2.1 sits under the second heading, deeper than 1. and above (1).
# Regulations and measures written as articles (若干措施, 实施细则, 办法) number 第一条 … straight through the
# document, grouped under 第一章 and 第一节: chapter, section of a chapter and article sit above 一、.
# Below them, the markers of plans that number their tasks in other ways (docs-dev/reading.md, "Tasks printed without
# a number"): roman numerals (Ⅰ Ⅱ) head the parts above 一、; letters (A. B.) sit with the inner levels; ordinal words
# (第一， 其一， 一是 一要 首先 其次) and bullets (● ■ ◆ ★ ▲ —) mark the innermost items, often the tasks under 一、 headings;
# `para` is a task paragraph with no marker at all, labelled where its shape shows it (items.py).
# Some 方案 (and Word's chineseLegalSimplified / ideographTraditional lists) number their outermost parts in financial
# capitals (壹、 贰、 叁、: `legal`, above 一、 as the Roman parts are) and a middle level of groups in heavenly stems
# (甲、 乙、 丙、: `stem`, under the 一、 and （一） headings and over the 1. tasks they group).
STYLES = ("chapter", "jie", "article", "legal", "roman", "cn", "cn_paren", "stem", "arabic", "decimal", "decimal3", "arabic_paren",
          "letter", "circled", "ordinal", "bullet", "para")
# Styles whose items carry no printed number: such a task is numbered by its place in the plan (outline.py)
UNNUMBERED = ("bullet", "para")
# Styles read only where a plan prints them, never the style a lost label is taken to have (style_below)
PRINTED_ONLY = ("legal", "stem")
ARTICLE_STYLES = ("chapter", "jie", "article")
# each style as its first label is written, for messages a person reads ("the （一） items", not "cn_paren")
FIRST_LABELS = {"chapter": "第一章", "jie": "第一节", "article": "第一条", "cn": "一、", "cn_paren": "（一）", "arabic": "1.",
                "decimal": "1.1", "decimal3": "1.1.1", "arabic_paren": "（1）", "circled": "①", "roman": "Ⅰ",
                "legal": "壹、", "stem": "甲、", "letter": "A.", "ordinal": "第一，", "bullet": "●", "para": "unnumbered paragraph"}


def shown(style: str | None) -> str:
    return FIRST_LABELS.get(style or "", style or "")


def style_below(style: str) -> str | None:
    """The style nested next under `style` where a plan prints no label to tell (（一） under 一、, 1. under （一）):
    the styles only read as printed (壹、, 甲、) are skipped; None under the innermost."""
    return next((s for s in STYLES[STYLES.index(style) + 1:] if s not in PRINTED_ONLY), None)

# a filing number labelling an entry of a 提案 / 建议 list (第5号　…, 第31号、第46号（并案）　…): an arabic label whose
# numbers are no sequence (numbering.is_filing_number); merged entries may share one 第…号 (第48、52号（并案）), the
# first number the entry's either way.
# The shared form is also how running text cites several numbers of one series (公告第5、6号，…; 对第1、2号、第5号文件…;
# an OCR space in 第3、4号 机组), a wrapped sentence putting it at a line's start: there it labels an entry only where
# a colon or a wide gap follows it (two spaces or more: a tab or a double wide space, as the reader's normalise writes
# them), or a space after its （并案） or before a proposal's title (第48、52号　关于…的建议), never ，。、； nor one space
# before other words (a single wide space and an OCR space read alike once normalised); the single 第5号 is read as it
# always was. A table cell holding the shared form alone is read by FILING_NUMBER_CELL.
_MERGED_MARKS = r"(?:[、，,]第\s*\d{1,4}\s*号)*(?:\s*[(（]并案[)）])?"
_ENTRY_AFTER_SHARED = (r"(?=\s*[:：]|\s{2}|(?<=[)）])\s|\s关于[^\n。；;，,]{1,80}?的(?:"
                       + lexicon.alternation(lexicon.PROPOSAL_KINDS) + r"))")
_SHARED_NUMBERS = r"(?:[、，,]\d{1,4})+\s*号" + _MERGED_MARKS + _ENTRY_AFTER_SHARED
FILING_NUMBER = r"第\s*(\d{1,4})(?:\s*号" + _MERGED_MARKS + r"|" + _SHARED_NUMBERS + r")"
# a table cell's whole text (or a form's bracket, 交办单（第21、22号）): the cell's end closes the shared form
FILING_NUMBER_CELL = r"第\s*(\d{1,4})(?:[、，,]\d{1,4})*\s*号" + _MERGED_MARKS
# 交办单（第21号）/ 督办单（第3号）: a series of forms each headed by the form's name, its filing number in brackets
# (lexicon.FILED_FORM_KINDS), the heading alone on its line: the form's number, as 第21号 is
FORM_FILING_NUMBER = (r"(?:" + lexicon.alternation(lexicon.FILED_FORM_KINDS) + r")\s*[(（]\s*" + FILING_NUMBER_CELL
                      + r"\s*[)）](?=\s*$)")


# 任务编号：DB2025-013 | 任务名称：…: a system's export opens each record with its code field, the field naming the
# task after it on the same line (set apart by a bar, a ； or a space): the code labels the record as 13. would, its
# number the code's trailing digits (DB2025-013 -> 13, 2025-Q3-01 -> 1); only before a name field, for a code field
# alone (编号：2025-01 under a form's 第1号) is no record of its own
_RECORD_CODE_FIELD = r"(?:" + lexicon.alternation(lexicon.RECORD_CODE_LABELS) + r")\s*[:：]"
RECORD_CODE = (_RECORD_CODE_FIELD + r"\s*[A-Za-z0-9\-－—/._]*?0*(\d{1,3})"
               r"\s*[|｜丨│；;，,]?\s*(?=(?:" + lexicon.alternation(lexicon.NAME_FIELD_LABELS) + r")\s*[:：])")


def is_record_code(label: str) -> bool:
    """Is the label as written a record's code field (任务编号：DB2025-013 |), an arabic label in its own right?"""
    return re.match(_RECORD_CODE_FIELD, label) is not None


def is_filing_number(label: str) -> bool:
    """Is the label as written a filing number (第5号) or a record's code (任务编号：DB2025-013), which jump by
    nature (an export holds the records its query chose) and so are no numbering to check?"""
    return (any(re.match(p, label) is not None for p in (FILING_NUMBER_CELL, FORM_FILING_NUMBER))
            or is_record_code(label))


# Word processors also write labels as single characters: ㈠ for （一）, ⒈ for 1., ⑴ for （1）.
# ① … ⑳ (U+2460), then ㉑ … ㉟ (U+3251) and ㊱ … ㊿ (U+32B1): a plan numbering its items straight through with circled
# numbers goes on past ⑳ in the two later blocks of Unicode's enclosed numbers
CIRCLED = "①-⑳㉑-㉟㊱-㊿"
_CIRCLED_BLOCKS = (("①", 1), ("㉑", 21), ("㊱", 36))  # each block's first character and its number


def circled_number(ch: str) -> int:
    """The number a circled numeral stands for: ③ -> 3, ㉑ -> 21, ㊿ -> 50."""
    first, number = max((b for b in _CIRCLED_BLOCKS if b[0] <= ch), key=lambda b: b[0])
    return ord(ch) - ord(first) + number


# the number a list sets before each unit's name, inside a label or one name a line under it: 1. / 1．/ 1、 / (1) /
# （1） / ① / ⑴ / ⒈ (a digit after the stop is a decimal, 1.5产业园; digits with no stop, 12345热线, are letters of a name)
LISTED_NAME_NUMBER = ("(?:[0-9０-９]{1,2}[.．、](?![0-9０-９])|[(（][0-9０-９]{1,2}[)）]|[" + CIRCLED
                      + "\u2474-\u249b])")


# 1️⃣ 优化营商环境 / 🔟 稳定粮食生产 / 1️⃣2️⃣ 稳定就业: 公众号 editors number items with keycap emoji, a digit with the
# emoji's variation selector (U+FE0F) and the combining keycap (U+20E3), no stop after it; 10 is one symbol of its own
# (🔟, U+1F51F), and past it two keycaps stand side by side for the two digits. They are the arabic 1. level.
KEYCAP_TEN = "\U0001f51f"
KEYCAP_NUMBER = "(?:[0-9]\ufe0f?\u20e3){1,3}|" + KEYCAP_TEN


# 1〇. / 2O． / 1〇1.: OCR of a scanned page reads the digit 0 of an item number as 〇 (U+3007, the Chinese zero) or a
# Latin O (either width, either case). Beside another digit of the number (after it or between two) and before the
# point it is that 0; a lone 〇 or O is no number, and inside running words (〇〇年, 5G) no point follows the digits.
OCR_ZEROS = "〇OoＯｏ"
OCR_ZERO_NUMBER = rf"\d(?:[{OCR_ZEROS}]\d?|\d[{OCR_ZEROS}])(?= ?[.．])"
_OCR_ZERO_DIGITS = str.maketrans({ch: "0" for ch in OCR_ZEROS})


def ocr_digits(raw: str) -> str:
    """1 1 -> 11, 1〇 -> 10: the digits of an item number as OCR of a scan wrote them."""
    return raw.replace(" ", "").translate(_OCR_ZERO_DIGITS)


def keycap_number(label: str) -> int:
    """1️⃣ -> 1, 🔟 -> 10, 1️⃣2️⃣ -> 12: the number keycap emoji write."""
    if label == KEYCAP_TEN:
        return 10
    return int("".join(ch for ch in label if ch.isdigit()))


_ONE_CHAR = {"cn_paren": "\u3220", "arabic": "\u2488", "arabic_paren": "\u2474"}  # the character for 1


def begins_with_its_number(label: str) -> bool:
    """Is the label written as its number alone (1. 12、 ⒓), not under a word naming what it counts (问题1：)?

    ⒈ … ⒛ each write a number and its stop in one character; Unicode counts only ⒈ … ⒐ as digits (⒑ … ⒛ are
    "numbers" to it), so str.isdigit() alone would take a plan's ⒓ for no number at all.
    """
    first = label.lstrip()[:1]
    return first.isdigit() or (first != "" and 0 <= ord(first) - ord(_ONE_CHAR["arabic"]) < 20)


# I. 人才培养 / IV、聚焦内涵发展: Word/WPS copies and typists write a part's Roman numeral in Latin capitals, the whole
# outline or one heading among Ⅰ、…Ⅷ、. A label only as a heading writes it: the capitals at the line's start, a stop
# (、 . ．) and a Chinese heading after it; IV级响应, VI系统 (no stop), I. Introduction and V.2版本 (no Chinese heading)
# open text. The letters must write a numeral (parse_roman: IIII, VX are none).
ASCII_ROMAN_LABEL = r"([IVX]{1,6})\s*[、.．]\s*(?=[\u4e00-\u9fff])"


# 壹、总体要求 / 拾贰、…: a part numbered in financial capitals (大写); the stop is required (壹号院, 贰拾元 are words),
# and the capitals write a number (壹 … 玖, 拾, 贰拾叁; never 拾拾 nor 零); a digit after the stop (壹.5万元) makes a sum
# of the capitals and the figure, no label. Read only where the parts count on (numbering.legal_parts_in_order).
_LEGAL_UNITS = LEGAL_DIGITS.replace("零", "")
LEGAL_PART_LABEL = rf"([{_LEGAL_UNITS}]?拾[{_LEGAL_UNITS}]?|[{_LEGAL_UNITS}])\s*[、.．﹒](?!\s*\d)"


_PATTERNS = {
    # 第三条　支持…: the article's number is followed by a space (or a bracket / colon), never by a noun as in
    # 第一条生产线 (the measure word 条); 第二章 and 第一节 head the chapter and its sections
    "chapter": re.compile(rf"^第\s*([{CN_NUMERALS}]+|\d{{1,3}})\s*章(?:\s+|[:：、]\s*|$)"),
    "jie": re.compile(rf"^第\s*([{CN_NUMERALS}]+|\d{{1,3}})\s*节(?:\s+|[:：、]\s*|$)"),
    "article": re.compile(rf"^第\s*([{CN_NUMERALS}]+|\d{{1,3}})\s*条(?:\s+|[:：、]\s*|(?=[【〔]))"),
    # the dot after a number may be the small full stop ﹒ (U+FE52), as some sites publish 1﹒ / 一﹒
    # (三、四线城市 / 二、三级医院: grades listed with 、, which a PDF wrapped onto a line of their own, no label)
    # 【三】重点工作: 公众号 editors set a section's numeral alone in 【】, its title after the bracket (not 【三、重点工作】,
    # a heading set whole in 【】, which _dress_end undresses): the same 一、 level
    # 五丶时间安排: OCR of a scan returns the stop 、 as its look-alike 丶 (lexicon.ENUMERATION_COMMA_LOOKALIKES); unread,
    # the heading ran on into the task above it and its paragraphs fell back into the section before. Numerals parted
    # by 丶 in a sentence are no label (lexicon.LOOKALIKE_STOP_NOT_BEFORE: 一丶是…, 三丶四月份, 十丶百丶千人才计划 on
    # a wrapped line), and the outline takes 丶 only for the numeral its count expects next (outline._lookalike_stops_out_of_count)
    "cn": re.compile(rf"^(?:([{CN_NUMERALS}]+)\s*(?:[、.．﹒](?![一二三四五六七八九十]+[线级类档星产批期])"
                     rf"|[{lexicon.ENUMERATION_COMMA_LOOKALIKES}](?!\s*[{lexicon.LOOKALIKE_STOP_NOT_BEFORE}]))"
                     rf"|【\s*([{CN_NUMERALS}]+)\s*】)\s*"),
    "cn_paren": re.compile(rf"^(?:[(（]\s*([{CN_NUMERALS}]+)\s*[)）]\s*[、.．]?|([\u3220-\u3229]))\s*"),
    # 1， / 1: / 1： are the same label as 1. in plans typed without the dot (not 1:1000, not 3，4号楼);
    # 1.5G网络覆盖工程 / 2.4G…: a digit and a Latin letter after the dot name a technology (5G), not a decimal;
    # 1.2025年底前… / 2.2023年数据…: a year after the dot (no decimal has four places before 年)
    # 问题1： / 问题2. / 问题三：: a rectification plan numbers the problems it answers so, each a task as 1. would be;
    # so does a research plan its topics (课题1：… / 课题一：…) and a list its tasks or projects (任务2：… / 项目3：…), the
    # word (lexicon.COUNTED_ITEM_WORDS) and its number closed by a colon (or 、 . not before a digit: 项目1.5亿元 is a sum)
    # 1 1 . / 2 3．: OCR of a scanned page sets a space between a number's digits; before the point it is the number
    # 1〇. / 2O．: OCR's 〇 or O for the digit 0 of the number (OCR_ZERO_NUMBER)
    # 2、3号线 / 1、2期工程: numbers of lines, phases, grades listed with 、 (a PDF wrapped the line before them), no label
    # 第5号　关于…的提案: a 提案 / 建议 交办 list numbers each entry by its filing number, the numbers jumping (entries
    # sorted by subject); merged entries list theirs, the first the entry's (第31号、第46号（并案）　…); a space or a
    # colon follows, never a noun (第1号台风, 第3号令 are words of a sentence)
    # １·新建… / 2·实施…: a middle dot typed for the stop (lexicon.NUMBER_STOP_MIDDLE_DOTS); 3·15 / 5·12 (a digit after
    # it) name a day, no label
    "arabic": re.compile(r"^(?:(?:问题\s*)?(\d{1,3}|\d \d(?= ?[.．])|" + OCR_ZERO_NUMBER + r")\s*(?:[.．﹒](?!\d(?![A-Za-z]|\d{3}年))|、(?!\d{1,2}[号线期级类栋楼批])"
                         + "|[" + lexicon.NUMBER_STOP_MIDDLE_DOTS + r"](?!\d)"
                         r"|[，,:：](?![\d，,、]))|([\u2488-\u249b])"
                         + rf"|问题\s*([{CN_NUMERALS}]{{1,3}})\s*[：:、.．]"
                         + r"|(?:" + lexicon.alternation(lexicon.COUNTED_ITEM_WORDS) + r")[ \u3000]*"
                         + rf"(\d{{1,3}}|[{CN_NUMERALS}]{{1,3}})[ \u3000]*(?:[：:]|[、.．](?!\d))"
                         + r"|" + FILING_NUMBER + r"(?:\s*[:：]|(?![\u4e00-\u9fff\d]))"
                         + r"|" + FORM_FILING_NUMBER
                         + r"|" + RECORD_CODE
                         + "|(" + KEYCAP_NUMBER + r"))\s*"),
    # 2.1 / 2.1. / 2.1、 and 1.1.1: the number is the last part; a quantity (1.5亿元, 2.5%) is not a label
    "decimal3": re.compile(rf"^\d{{1,2}}[.．]\d{{1,2}}[.．](\d{{1,3}})(?![.．]?\d)\s*[.．、]?\s*(?!{_QUANTITY})"),
    "decimal": re.compile(rf"^\d{{1,2}}[.．](\d{{1,3}})(?![.．]?\d)(?![A-Za-z])\s*[.．、]?\s*(?!{_QUANTITY})"),
    # (1) and 1) are the same level: documents use one or the other
    "arabic_paren": re.compile(
        r"^(?:[(（]\s*(\d{1,3})\s*[)）]\s*[、.．]?|(\d{1,3})\s*[)）](?![)）])|([\u2474-\u2487]))\s*"),
    "circled": re.compile(rf"^([{CIRCLED}])\s*"),
    # Ⅰ、 Ⅱ. (U+2160…) and ⅰ、: the stop is required, as Ⅲ类水体 and Ⅱ级响应 begin lines of text; I. II、 IV、 typed in
    # Latin capitals (ASCII_ROMAN_LABEL) are the same labels, read only where the parts so numbered run in order
    # (numbering.ascii_roman_parts_in_order)
    "roman": re.compile(r"^(?:([\u2160-\u216b\u2170-\u217b])\s*[、.．]\s*|" + ASCII_ROMAN_LABEL + r")"),
    # 壹、总体要求: a part numbered in financial capitals (LEGAL_PART_LABEL)
    "legal": re.compile(r"^" + LEGAL_PART_LABEL + r"\s*"),
    # 甲、强化水源保障: a group numbered by a heavenly stem and its stop; never 甲方 / 乙类 (no stop), nor 甲、乙双方 /
    # 甲、乙、丙类 (stems listed with 、: another stem after the stop, a space from a PDF's extraction between them
    # too, 甲、 乙方); read only where the stems count on (numbering.stem_groups_in_order)
    "stem": re.compile(rf"^([{HEAVENLY_STEMS}])\s*[、.．﹒](?!\s*[{HEAVENLY_STEMS}])\s*"),
    # A. B、 (A) （B）: capitals before a stop, either case in brackets; never A级 / B超 (no stop after the letter)
    "letter": re.compile(r"^(?:([A-H])\s*[.．、](?![A-Za-z\d])|[(（]\s*([A-Ha-h])\s*[)）])\s*"),
    # ordinal words at a line's start: 第一， 第二、 其一， 一是 二要 首先， 其次， 再次， 最后，; never 第一条 / 第一批
    # (no stop after the word) nor 一是一非 (a numeral after 是 / 要: a phrase, not a count)
    "ordinal": re.compile(rf"^(?:第([{CN_NUMERALS}]{{1,3}})\s*[，,、：:]|其([{CN_NUMERALS}]{{1,2}})\s*[，,、：:]|([{CN_NUMERALS}]{{1,3}})\s*[是要](?![{CN_NUMERALS}])\s*[，,：:]?"
                          r"|(首先|其次|再次|最后)\s*[，,、：:])\s*"),
    # a bullet: ● ■ ◆ ★ ▲ ➢ and their kin, a middle dot, or one or two dashes (not a page number — 2 —, not a rule ———);
    # Word's Wingdings arrow bullet pasted as text prints Ø: a bullet only with a space or tab after it (Ø50mm is a size)
    "bullet": re.compile(r"^(?:([" + lexicon.BULLET_SIGNS + r"·])|(Ø)(?=\s)|(——|—|－|-)(?!\s*\d)(?![—\-－]))\s*"),
}
# the ordinal adverbs of a counted list (首先 … 最后): 最后 closes the count, its number the one after the last
_ADVERBS = {"首先": 1, "其次": 2, "再次": 3, "最后": 0}


@dataclass
class Label:
    style: str
    number: int
    text: str  # the label as written, e.g. "1." or "(十一)"
    rest: str  # the line after the label
    # the number is the reader's, not printed: a paragraph standing in the gap of its numbered run
    # (items._label_lost_run_numbers), numbered by its place in that run
    supplied: bool = False


def is_ascii_roman(label: Label) -> bool:
    """Is the roman label written in Latin capitals (IV、), not in Unicode's Roman numerals (Ⅳ、)?"""
    return label.style == "roman" and label.text[:1] in "IVX"


def cn_number(s: str) -> int:
    """Chinese numerals up to the hundreds: 三十五 -> 35, 十一 -> 11."""
    return parse_chinese(s) or 0


# 公众号 editors and some web pages dress a plan's labels: a heading set whole in 【】 (【一、总体目标】), a symbol or an
# emoji before a label (▶ 三、重点任务, 🌱（一）稳定粮食面积, 📌1.…). The dress is furniture: the label behind it is the
# line's. The symbols are told by their Unicode category (So, symbol other: ▶ ● ◆ ■ ★ ✦ and the emoji; Sk with the
# emoji's skin tones), with the marks that join emoji (variation selector, zero-width joiner, keycap); a symbol with
# no numbered label behind it stays the bullet it is (● 加强… / ▲ a caption), and a lone ★ / ✓ (a matrix cell's mark,
# lexicon.MATRIX_MARKS) carries no text, so no label either way.
_EMOJI_JOINERS = "\ufe0e\ufe0f\u200d\u20e3"


def _is_decoration(ch: str) -> bool:
    return unicodedata.category(ch) in ("So", "Sk") or ch in _EMOJI_JOINERS


def _dress_end(line: str) -> int:
    """Where the label starts behind the line's dress: after the 【 of a heading set whole in 【】 and after leading
    symbols; 0 for a line with no dress."""
    at = 1 if line.startswith("【") and line.endswith("】") and line.count("【") == 1 and line.count("】") == 1 else 0
    # (🔟 is a symbol, but the number ten a keycap list writes: the label itself, no dress before it)
    while at < len(line) and line[at] != KEYCAP_TEN and (_is_decoration(line[at]) or line[at].isspace()):
        at += 1
    return at


def without_leading_symbols(text: str) -> str:
    """The text without the symbols a copy sets before it (📖青禾街道2025年工作要点 -> 青禾街道2025年工作要点): a
    公众号's decoration of a title, as of a label (_is_decoration), no word of it."""
    at = 0
    while at < len(text) and (_is_decoration(text[at]) or (at and text[at].isspace())):
        at += 1
    return text[at:] if at < len(text) else text


def label_of(line: str) -> Label | None:
    """The outline label a (stripped) line starts with, if any, with text following it. A numbered label behind the
    line's dress (_dress_end: ▶ 三、, 【四、…】) is the line's, the dress no part of it nor of its rest (undress)."""
    undressed = undress(line)
    if undressed != line:
        return _label_of(undressed)
    return _label_of(line)


# the numeral 一 of a heading's 一、 as OCR returns it, a dash (lexicon.ONE_DASH_LOOKALIKES) straight before 、
OCR_DASH_FOR_ONE = "[" + lexicon.ONE_DASH_LOOKALIKES + r"]\s*、"
_OCR_DASH_FOR_ONE = re.compile("^" + OCR_DASH_FOR_ONE)


# how a bullet's sentence ends, never a heading's: a dash line ending so (—、坚持生态优先；) is a bullet of a list
_BULLET_ENDS = "；;。"


def dash_read_as_one(lines: list[str], k: int, next_top_label: Label | None) -> Label | None:
    """—、指导思想: the 一、 label of the heading on (stripped) line k whose numeral OCR returned as a dash, where the
    plan's next top-level label (the 一、 二、 … style) is 二、; the label's text stays as printed (—、: the model keeps
    every character as the page prints it). None elsewhere: a dash before 、 with no 二、 next is no count, and a dash
    line that ends as a sentence (；。) or stands next to another dash line (—、坚持生态优先； / —、坚持系统治理。 under
    主要原则：) is a bullet of a list set before 二、, the bullet's dash staying a bullet."""
    line = lines[k].strip()
    m = _OCR_DASH_FOR_ONE.match(line)
    if not m or next_top_label is None or next_top_label.style != "cn" or next_top_label.number != 2:
        return None
    if line.rstrip()[-1:] in _BULLET_ENDS or any(_OCR_DASH_FOR_ONE.match(n) for n in _neighbours(lines, k)):
        return None
    return Label("cn", 1, m.group(), line[m.end():].lstrip())


def _neighbours(lines: list[str], k: int) -> list[str]:
    """The nearest non-blank lines above and below line k (stripped)."""
    above = next((lines[j].strip() for j in range(k - 1, -1, -1) if lines[j].strip()), "")
    below = next((lines[j].strip() for j in range(k + 1, len(lines)) if lines[j].strip()), "")
    return [above, below]


def undress(line: str) -> str:
    """The line without the dress of its numbered label (▶ 三、重点任务 -> 三、重点任务, 【四、保障措施】 -> 四、保障措施); a
    line whose dress stands before no numbered label is returned as it is (● 加强… is a bullet's item). The plan's text
    keeps no dress: it is the copy's furniture, as a page number is, and a page shows the label as the plan numbers it."""
    at = _dress_end(line)
    if not at:
        return line
    label = _label_of(line[at:])
    if label is None or label.style in UNNUMBERED:
        return line
    rest = line[at:]
    return rest[:-1] if line.startswith("【") else rest


def _label_of(line: str) -> Label | None:
    for style, pattern in _PATTERNS.items():
        m = pattern.match(line)
        if not m:
            continue
        raw = next(g for g in m.groups() if g is not None)
        if style == "circled":
            number = circled_number(raw)
        elif style == "roman" and raw[0] in "IVX":
            number = parse_roman(raw)
        elif style == "roman":
            number = ord(raw) - (0x2160 if raw < "\u2170" else 0x2170) + 1
        elif style == "legal":
            number = parse_legal(raw) or 0
        elif style == "stem":
            number = stem_number(raw)
        elif style == "letter":
            number = ord(raw.upper()) - ord("A") + 1
        elif style == "bullet":
            number = 0
        elif raw in _ADVERBS:
            number = _ADVERBS[raw]
        elif style == "ordinal":
            number = cn_number(raw)
        elif style == "arabic" and (raw == KEYCAP_TEN or "\u20e3" in raw):
            number = keycap_number(raw)
        elif style in _ONE_CHAR and 0 <= ord(raw[0]) - ord(_ONE_CHAR[style]) < 20:
            number = ord(raw) - ord(_ONE_CHAR[style]) + 1
        elif style.startswith("cn") or (style in ARTICLE_STYLES and not raw.isdigit()):
            number = cn_number(raw)
        else:
            digits = ocr_digits(raw)  # (1 1 . and 1〇. read by OCR)
            number = int(digits) if digits.isdigit() else cn_number(raw)  # 问题三：
        rest = line[m.end():]
        bare = not rest.strip() and not re.match(FORM_FILING_NUMBER, line)  # 交办单（第2号） heads its form's lines
        if bare or number < 0 or (number == 0 and style not in UNNUMBERED and raw != "最后"):
            return None  # a bare number is a pager or page chunk, not an outline item
        return Label(style, number, m.group(0).strip(), rest)
    return None


# The colophon printed under an official document (附件：…；抄送：…；联系人：…；XX办公室  2025年3月10日印发): after the
# last item it closes the last task, even when the line above it (a unit list) has no closing punctuation to end it;
# so does a bare 附 line (附 / 重点任务责任分工 / 1—5. X牵头…): an attachment's mark, as 附件：, its lines no task's words
# 合计：38项　其中：已办结4项…: a ledger's tally of its records under the last one (lexicon.TABLE_TOTAL_WORDS, a colon,
# a count of items after it), the list's own words as a table's total row is, no word of the last task; a count in
# a task's own sentence (共计15条，总里程86公里。) has no colon after its word.
# A 版记's and an OA export's field labels pad their two characters to four characters' width (抄　　送：, 主　　送：,
# 印　　发：), as 附　件 is spaced: spaces inside the label are the same label (before: the 抄送 bodies were read as
# units of the last task); 印发机关： / 印发日期： are that colophon's fields too
COLOPHON = re.compile(r"^(?:(?:" + lexicon.alternation(lexicon.TABLE_TOTAL_WORDS) + r")\s*[:：]\s*\d+\s*[项个件条]|附\s*$|(?:抄\s*送|主\s*送|抄\s*报|分\s*送|报\s*送|印\s*发(?:机关|日期)?|附\s*件|联\s*系\s*人|联系电话|联系方式)\s*[:：]|.{0,30}?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发\s*$)")
# An attachment's mark, the one place its patterns live: 附件 (a PDF's copy may space it: 附 件) and its number, Arabic
# or Chinese (附件2 / 附件二); the readers of every format split a notice from the plans it attaches by these
_ATTACHMENT = r"附\s*件"
_ATTACHMENT_NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
# the mark alone on its line (附件 / 附件2 / 附件2：), the attached plan's title on the next line
ATTACHMENT_MARK_ALONE = re.compile(rf"^\s*{_ATTACHMENT}\s*{_ATTACHMENT_NUMBER}?\s*[:：]?\s*$")
# the mark and the attached plan's title on one line: 附件2：某县抗旱工作方案, or 附件1 重点任务分工 as a portal's copy or
# a workbook's tab writes it (a space for the colon); the number is required, for the notice's own list of what it
# attaches is 附件：1.…
ATTACHMENT_MARK_TITLED = re.compile(rf"^\s*(?P<mark>{_ATTACHMENT}\s*{_ATTACHMENT_NUMBER})(?:\s*[:：]|[ \t\u3000]+)\s*"
                                    r"(?P<title>\S.*?)\s*$")
# an e-document system's (OA) text export stitches each attached file's text under a marker naming the file, in
# square brackets or not, its number after 附件 or as the list entry's before the name, the extension kept or not:
# 【附件：2.任务分解表.xls】, 附件2：任务分解表.xls, 附件：任务分解表. The same line is a page's download link or the
# notice's list of what it attaches (附件：1.某县…方案.docx): source.read takes it for the attachment itself only over
# the attached table's header. The name: no space, bracket or sentence mark in it, its extension cut off
# (attachment_file_name); what follows it on the line is a closing bracket at most
_ATTACHMENT_FILE_MARK = re.compile(
    rf"\s*(?:[【\[]\s*)?{_ATTACHMENT}\s*(?:{_ATTACHMENT_NUMBER}\s*)?[:：]\s*(?:\d{{1,2}}\s*[.．、]\s*)?"
    r"(?P<name>[^\s【】\[\]:：。；;，,]{2,64})")
_FILE_EXTENSION = re.compile(r"\.(?:" + lexicon.alternation(lexicon.FILE_EXTENSIONS) + r")$", re.I)


def attachment_file_name(line: str) -> str:
    """The name an attachment marker gives its file (【附件：2.任务分解表.xls】 -> 任务分解表), else "".
    (The rest of the line is looked at in code, not by a `$` after spaces: linear on a long run of spaces.)"""
    m = _ATTACHMENT_FILE_MARK.match(line)
    if not m or line[m.end():].strip(" \t\u3000】]"):
        return ""
    name = _FILE_EXTENSION.sub("", m.group("name"))
    return name if len(name) >= 2 else ""


# a line opening with an attachment's mark: bare (附件2), before a colon (附件2：某县…清单, 附件：1.…) or before a space
# and its title (附件2 配套政策清单, as a portal's copy writes it); the mark may carry no number, but a word after 附件
# (附件所列, 附件1所列) is a sentence citing it, no mark. A table pasted into a notice ends at such a line: the next
# attachment starts there (the table readers stop their rows at it; source.read then splits the plans by its own
# patterns above)
ATTACHMENT_MARK_LINE = re.compile(rf"^\s*{_ATTACHMENT}\s*{_ATTACHMENT_NUMBER}?(?:\s*[:：]|[ \t\u3000]+\S|\s*$)")

# A line that starts with a responsibility or deadline label (牵头单位: …) belongs to the task above it; so does a
# line of another of the task's fields (成果形式：改革方案), which is not run on into the units' line above it
# a note under a list or a table (注：… / 说明：… / 备注：…): the list's or the table's own words, never a task's line;
# the outline (lines, boxes) and the rules (a note on the lists) read it by this one pattern
# a footnote's definition opening its line, as converters write it: a Markdown footnote ([^3]: …) or a PDF-to-Markdown
# converter's LaTeX superscript ($^{3}$ …, marker / MinerU). Under a table or a list it is the page's note on a mark
# in it, as 注：… is, never a row's or a task's words (市X局负责统筹… there named units of the row above)
FOOTNOTE_DEFINITION = r"(?:\[\^[^\]\s]{1,20}\]:|\$\^(?:\{[0-9a-z*]{1,4}\}|[0-9*])\$)"
FOOTNOTE_LINE = re.compile(FOOTNOTE_DEFINITION)  # (match at a line's start; no note head for the boxes' reading)
NOTE_HEAD = re.compile(r"^(?:" + lexicon.alternation(lexicon.NOTE_HEADS) + r")\s*[:：]")
_LABEL_LINE = re.compile("^" + lexicon.LABEL_MODIFIER + "(?:" + lexicon.UNIT_LABEL + "|" + lexicon.DEADLINE_LABEL + r")\s*" + lexicon.LABEL_COLON
                        + "|^(?:" + lexicon.FIELD_LABEL + r")\s*[:：]"
                        + "|^[^:：，,。；;]{0,6}(?:" + "|".join(lexicon.PERSON_LABEL_HEADS) + r")\s*" + lexicon.LABEL_COLON)

# 负责：区甲局、区乙局 / - 负责：区甲局牵头，区乙局配合: a team doc's or a card's owner field, written as its 截止： field
# is, with the bare role word alone (lexicon.BARE_LABELS_AFTER_A_LABEL). Such a word also opens a sentence (负责：各地要…,
# 落实：各乡镇要加强巡查。), so alone at a line's start it labels the line only where all the rest of the line is bodies'
# names, each maybe followed by its role verb (X牵头，Y配合), parted by 、 or commas: nothing a sentence would say
BARE_ROLE_LABEL = re.compile(r"(" + lexicon.alternation(lexicon.BARE_LABELS_AFTER_A_LABEL) + r")\s*[:：]\s*")
_ROLE_VERB_AFTER_A_NAME = re.compile("(?:" + lexicon.alternation(lexicon.VERB_ROLES) + ")$")
_OWNER_FIELD_MAX = 200  # characters: longer than any list of owners in a field


def bare_role_label_over_units(text: str, at: int = 0) -> re.Match | None:
    """The bare role word's label (负责：) opening the line at `at`, whose rest is bodies' names alone (maybe each with
    its role verb: 区甲局牵头，区乙局配合), or None (负责：各地要加强巡查 is a sentence)."""
    m = BARE_ROLE_LABEL.match(text, at)
    if m is None:
        return None
    end = text.find("\n", m.end(), m.end() + _OWNER_FIELD_MAX + 1)
    if end < 0 and len(text) - m.end() > _OWNER_FIELD_MAX:
        return None  # a line running on past any list of owners: words, not a field
    rest = text[m.end() : len(text) if end < 0 else end].strip().rstrip("。；;")
    if not rest:
        return None
    for _, name in depth_zero_split(rest, "、，,；;"):
        name = _ROLE_VERB_AFTER_A_NAME.sub("", name.strip())
        if not unit_like(name, strict=True):
            return None
    return m


class _LabelLineMatcher:
    """LABEL_LINE.match(text): a line opening with a unit's, deadline's, field's or person's label, or with a bare
    role word over bodies' names alone (bare_role_label_over_units)."""

    def match(self, text: str) -> re.Match | None:
        return _LABEL_LINE.match(text) or bare_role_label_over_units(text)


LABEL_LINE = _LabelLineMatcher()


# The label of the field naming a task (项目名称：X / 督办事项：X, lexicon.NAME_FIELD_LABELS), maybe numbered inside
# itself: a 督办通知 printing no number before its matters numbers them in the label (督办事项一： / 督办事项2：).
NAME_FIELD_NUMBER = r"(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})"
# A list of 【】 blocks dresses the label in the bracket instead (【改革任务】深化… / 【任务名称】… / 【具体内容】…), maybe
# with a colon after it too (【项目名称】：…): the same field.


def _field_label_opening(labels: str, numbered: str = "", dressed_only: str = "") -> re.Pattern:
    """A field label from the alternation `labels` opening the text, closed by a colon or dressed in 【】; a label of
    `dressed_only` only dressed in 【】."""
    dressed = labels + ("|" + dressed_only if dressed_only else "")
    return re.compile(r"^(?:【(?:" + dressed + ")" + numbered + r"】[ \u3000]*[:：]?|(?:" + labels + ")" + numbered
                      + r"\s*[:：])\s*(?=\S)")


NAME_FIELD = _field_label_opening(lexicon.alternation(lexicon.NAME_FIELD_LABELS), NAME_FIELD_NUMBER + "?",
                                  lexicon.alternation(lexicon.CARD_NAME_FIELD_LABELS))
# 具体内容：开展… / 📍具体内容：开展…: a card's field naming what the task holds (lexicon.CONTENT_FIELD_LABELS), opening
# the task's words under its number, its emoji the copy's dress: furniture of the card, as 牵头： is, no word of the title
CONTENT_FIELD = _field_label_opening(lexicon.alternation(lexicon.CONTENT_FIELD_LABELS))


def without_content_field(title: str) -> str:
    """The title without a content field's label opening it (📍具体内容：开展… -> 开展…); the title itself otherwise."""
    undressed = without_leading_symbols(title)
    m = CONTENT_FIELD.match(undressed)
    return undressed[m.end():] if m else title


# such a label holding its number, opening a line: the line opens a matter of its own
NUMBERED_NAME_FIELD = re.compile(r"^[ \u3000]*(?:" + lexicon.alternation(lexicon.NAME_FIELD_LABELS) + ")"
                                 + NAME_FIELD_NUMBER + r"[ \u3000]*[:：]")


# The end of the mark of a point numbered inside a cell (…；2.开展…): a digit right after it makes the mark a decimal
# figure (1.5亿元, 2.5万平方米), no point; a year opening the point's words (1.建立…；2.2025年9月底前完成…, a measure due
# by a date) is no decimal, as no plan writes a figure of four decimals followed by 年, so the mark is the point's.
POINT_MARK_END = r"(?:(?=[12１２][0-9０-９]{3}年)|(?![0-9０-９]))"


# A 分工表's 任务 cell citing the item of the plan's prose it assigns: its number (5.壮大电子信息制造业) or its box
# (专栏1　数字基础设施重点工程). The row's 序号 numbers the task (it counts the box rows too, so it drifts from the
# prose's numbers after the first box); the citation says which item of the prose the row repeats.
# (1.5亿元 is a figure: no citation; 2.加强…；3.开展… is a list of points, not one cited item.)
_CITED_NUMBER = re.compile(r"^([0-9]{1,3})[.．、](?![0-9０-９])\s*(?=\S)")
_CITED_BOX = re.compile(r"^(?:" + "|".join(lexicon.CITED_BOX_HEADS) + r")\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})"
                        r"(?![0-9一二三四五六七八九十])[\s:：、.．]*(?=\S)")


# A citation of the plan's chapter opening a task's heading or a clause of its units (《规划》第三章第二节：完善公路网络 /
# 规划第三章第二节，X牵头 / 对应规划第三章第四节；X负责): a 规划 分工方案 sets it there; it refers to the plan's text and
# names neither a task's words nor a unit. It ends at a colon, a space or the end of the text.
# (or of the item of an earlier plan a notice adjusts: （《分工方案》第22项，牵头单位：X）, lexicon.PLAN_ITEM_CITATION)
# (two chapters' sections cited together, 第六章第三节、第十章第二节　…: one citation still)
_PLAN_CITATION_OPENING = re.compile(rf"\s*(?:{lexicon.PLAN_CHAPTER_CITATION}(?:[、和及]{lexicon.PLAN_CHAPTER_CITATION}){{0,3}}"
                                    rf"|{lexicon.PLAN_ITEM_CITATION})(?:[：:]\s*|\s+|$)")


def after_plan_citation(text: str) -> str:
    """'《规划》第五章第三节 X负责' -> 'X负责', '规划第三章第二节' -> '': the text after a citation of the plan's chapter
    that opens it; the text itself where none does."""
    opening = _PLAN_CITATION_OPENING.match(text)
    return text[opening.end():] if opening else text


@dataclass(frozen=True)
class Citation:
    box: bool  # 专栏N, not an item number
    number: int
    rest: str  # the cell's words after the citation


def cited_item(cell: str) -> Citation | None:
    """The prose item a table's task cell opens by citing (5.壮大… / 专栏1　…), else None."""
    box = _CITED_BOX.match(cell)
    if box:
        number = box.group(1)
        return Citation(True, int(number) if number.isdigit() else cn_number(number), cell[box.end():])
    item = _CITED_NUMBER.match(cell)
    if item is None:
        return None
    number, rest = int(item.group(1)), cell[item.end():]
    if re.search(rf"(?<![0-9]){number + 1}[.．、]{POINT_MARK_END}", rest):
        return None  # 2.加强…；3.开展… / 1.建立…；2.2025年底前完成…: the cell's own points
    return Citation(False, number, rest)
