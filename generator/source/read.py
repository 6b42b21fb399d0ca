"""Bytes -> plan texts: decode, normalise whitespace and line ends, drop page chrome, split a page into plans.

A plan source (content/plans/*.md) is YAML front matter followed by the plan
text as published; a raw page (like a scraped document-sharing page) may hold
several plans between navigation and footer. Both come out as `PlanText`s.
A title may be set over two lines or run on into the text; a document-sharing
page's chunk numbers (1、 2、 at each page start) are blanked.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from html import unescape
from html.entities import html5 as _NAMED_REFERENCES
from pathlib import Path

from . import frontmatter
from ..errors import PlansiteError
from ..model import OUTLINE_NOTE, ROLES, TABLE_ROW_UNNUMBERED, TABLE_WARNING_NOTE, PlanText
from ..numerals import parse_chinese
from ..words import lexicon as lx
from ..words.names import unit_like
from ..words.page import (CONTENTS_HEAD, DOTTED_PAGE_NUMBER, NEWSPAPER_JUMP_FROM, NEWSPAPER_JUMP_ON, NEWSPAPER_PAGE_HEAD,
                          PAGE_CLOSING_PATTERN, PAGE_NUMBER, contents_entry, contents_entry_after_gap)
from ..words.widths import printed_width
from ..words.labels import (ASCII_ROMAN_LABEL, attachment_file_name, LEGAL_PART_LABEL, ATTACHMENT_MARK_ALONE, ATTACHMENT_MARK_TITLED, CN_NUMERALS, FILING_NUMBER,
                            FORM_FILING_NUMBER, LABEL_LINE, dash_read_as_one, label_of, undress, without_leading_symbols)
from ..words.notices import (SIGNATURE_DATE, ASSIGNING_BRACKET, BULLETIN_KINDS, DIVIDING_KIND, ISSUE_MARK, ISSUE_NUMBER, ISSUER_END,
                             NOTICE_HEAD_LINE, PLAN_KINDS, TITLE_KINDS, WORK_NOTICE_KINDS, closes_with_assigning_sentence,
                             gives_work_to_named_bodies, issued_plan, measures_heading,
                             names_bodies_as_subjects, note_bracket)
from ..words.script import plain_ideographs, texts_as_written, written_copy
from .form_fields import form_fields_as_labels
from .margin_numbers import margin_numbers_removed
# the formats offices publish, converted to text (generator.source.formats) before the text is read: its one list
from .formats import SUFFIXES as FORMAT_SUFFIXES, holds_rtf, holds_xml_document, saved_as_text
from .formats.table.header import header_kinds
from .limits import check_input, read_input

# Whitespace that editors and web pages put where a plain space is meant.
_SPACES = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# (the soft hyphen U+00AD too: Word's optional hyphen, invisible unless a line breaks there; kept, 市科\u00ad技局 would be
# another unit than 市科技局)
_ZERO_WIDTH = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
# a tab between two words of a line: a tab stop setting what follows apart (a 任务清单 typed with a right tab puts each
# task's units at the margin, 1.推进X工作<TAB>市甲局、市乙局), a wide gap as two spaces or more are, not one space.
# Only after a word (a Chinese character or a closing quotation mark): the tab Word sets after a list's mark (●<TAB>,
# 1.<TAB>, （一）<TAB>) is the mark's, one space as before; and only one such tab on the line: a row of several cells
# parted by tabs is a table's row (a contacts table under an attachment), its tabs single spaces as before
_TAB_INSIDE_A_LINE = re.compile(r"(?<=[\u4e00-\u9fff”’》])\t+(?=\S)")
_WIDE_GAP = "  "


def _tab_stops_as_gaps(text: str) -> str:
    """`text` with the one tab after a line's words (its tab stop) made a wide gap; see _TAB_INSIDE_A_LINE."""
    if "\t" not in text:
        return text
    return "\n".join(_TAB_INSIDE_A_LINE.sub(_WIDE_GAP, line) if len(_TAB_INSIDE_A_LINE.findall(line)) == 1 else line
                     for line in text.split("\n"))


# Bidirectional controls (LRE…RLO, LRI…PDI, LRM/RLM, ALM) reorder what a reader sees: 'U+202E' can make a
# published name read backwards. Chinese plan text never needs them, so they are dropped with the zero-widths.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
# Colons that input methods and Word/PDF copies put where the full-width colon is meant: the ratio sign ∶ (U+2236),
# the vertical-form ︰ (U+FE30) and the small ﹕ (U+FE55). A label typed with one (牵头单位∶X) is a label like any
# other, so they become ： before the text is read; between two digits the ratio sign is a ratio (1∶1, 1∶500) and stays.
_LOOKALIKE_COLON = re.compile("(?<!\\d)[\u2236\ufe30\ufe55]|[\u2236\ufe30\ufe55](?!\\d)")
# a pair of look-alike dashes standing alone (not a longer run, no box-drawing stroke or other dash beside it:
# lexicon.DASH_LOOKALIKE_PAIRS); fixed-width lookarounds, one pass
_NOT_A_STROKE = "(?![\u2500-\u257f" + lx.DASH_LOOKALIKE_PAIRS + lx.DASH_LOOKALIKE_ALWAYS + "\u2014\\-])"
_LOOKALIKE_DASH_PAIR = re.compile("(?<![\u2500-\u257f" + lx.DASH_LOOKALIKE_PAIRS + lx.DASH_LOOKALIKE_ALWAYS
                                  + "\u2014\\-])([" + lx.DASH_LOOKALIKE_PAIRS + "])\\1" + _NOT_A_STROKE)
_LOOKALIKE_DASH = str.maketrans({c: "\u2014" for c in lx.DASH_LOOKALIKE_ALWAYS})

# a title's head run on into the text after it (…工作要点 then the preamble on one line)
_TITLE_HEAD = re.compile(
    r"^([^\s，,。；;：:《》“”\"、]{4,50}?(?:" + "|".join(PLAN_KINDS) + ")"
    r"(?:[(（][^()（）]{1,20}[)）])?)(?![的和及与、，,。（(》”])"
)
# 二丶重点任务: the stop 、 as OCR's look-alike 丶 (lx.ENUMERATION_COMMA_LOOKALIKES), not before what makes the numerals
# a sentence's (lx.LOOKALIKE_STOP_NOT_BEFORE: 三丶四月份, 一丶是; words.labels "cn")
_CN_STOP = r"(?:[、.．]|[" + lx.ENUMERATION_COMMA_LOOKALIKES + r"](?!\s*[" + lx.LOOKALIKE_STOP_NOT_BEFORE + r"]))"
_SECTION_HEAD = re.compile(r"^\s*[一二三四五六七八九十]+\s*" + _CN_STOP)
# 第二部分 重点任务 / Ⅱ、重点任务 / Ⅱ.行动计划: a part of the plan above its 一、 sections, never a plan's title, though
# its words (重点任务, 行动计划) are a plan's kind; a Roman label needs its stop (Ⅲ类水体 opens text, not a part)
# 专栏1　重点项目责任分工 / 【专栏2】 / 专栏三：…: a box's caption, set between a plan's tasks (generator.parse.boxes)
_BOX_CAPTION = re.compile(r"^[【\[〔]?\s*(?:" + lx.alternation(lx.NUMBERED_BOX_HEADS)
                          + r")\s*(?:[0-9０-９一二三四五六七八九十]+|[\s:：】\]〕])")
# (IV、聚焦… typed in Latin capitals is such a part: words.labels.ASCII_ROMAN_LABEL, a Chinese heading after its stop;
# so is 贰、重点任务, a part numbered in financial capitals, words.labels' `legal` style)
_PART_HEAD = re.compile(r"^\s*(?:第[一二三四五六七八九十百]+(?:部分|篇|章)|[\u2160-\u216b\u2170-\u217b]\s*[、.．]|"
                        + ASCII_ROMAN_LABEL + "|" + LEGAL_PART_LABEL + ")")
# 02 重点任务 / 02丨重点任务: a section numbered as new-media reposts number them (parse/items.py), never a title
_ZERO_PADDED_HEAD = re.compile(r"^\s*0[1-9](?:\s*[丨|｜]\s*|\s+)\S")
_FIRST_ITEM = re.compile(r"^\s*(?:一\s*" + _CN_STOP + r"|[(（]\s*[一1１]\s*[)）]|[1１]\s*[.．、)）](?!\d)|[㈠⒈⑴]|第\s*[1１]\s*号(?![\u4e00-\u9fff\d])"
                         r"|(?:" + lx.alternation(lx.FILED_FORM_KINDS) + r")\s*[(（]\s*第\s*[1１]\s*号\s*[)）]\s*$)")
# 第1号　　编号：2025-01 / 第2号: a 交办单 or 督办单 series numbers its forms by their filing number, one form a task
# (words.labels FILING_NUMBER, an arabic label), a space or a code after it, never a noun (第1号台风, 第3号令); 第1号
# opens the attached series as 1. opens a plan's outline; so does 交办单（第1号） heading a form (FORM_FILING_NUMBER)
_FILING_ITEM = re.compile(r"^\s*(?:" + FILING_NUMBER + r"(?![\u4e00-\u9fff\d])|" + FORM_FILING_NUMBER + ")")
# the first item of an outline inside a run-on line, after a finished sentence: …制定本要点。一、强化…
# rules in articles (管理办法, 实施细则) open with their first chapter or article (第一章　总则 / 第一条　为…), and go on
# 第二条 …: an outline of its own, as 一、 opens a plan's
_ARTICLE_HEAD = re.compile(r"^\s*第[一二三四五六七八九十百]+[章条]")
_FIRST_ARTICLE = re.compile(r"^\s*第一[章条]")
_FIRST_RUN_ON_ITEM = re.compile(r"[。！？!?\s]一\s*[、.．]")
_NUMBERED = re.compile(r"^\s*(\d{1,3}\s*[.．、]|[(（][一二三四五六七八九十\d]+[)）]|[㈠-㈩⒈-⒛⑴-⒇])")
_SENTENCE_END = re.compile(r"[。；;，,：:！？!?]\s*$")
# 1 总则 / 2 组织指挥体系: the parts of a 预案 or 规范 numbered in decimals, written as the number, a space and a short
# heading (never 1.), their provisions 1.1 / 1.2 under them; a contents line (1 总则……1) has its dot leaders
_DECIMAL_PART = re.compile(r"^\s*([1-9]\d?)\s+[^\s\d.．、…·]{2,15}$")
_FIRST_DECIMAL = re.compile(r"^\s*1\s*[.．]\s*1(?![.．]?\d)")
# A pager, page number or the page's own metadata line: furniture wherever it stands, even inside a plan.
# A printed page number keeps its dashes apart when a PDF's text is copied: "— — — 3 —" as well as "— 3 —".
# 1.某县…工作方案.docx / 任务清单.xlsx（25KB）: an attached file as a page links it
_FILE_LINK = (r"(?:\d{1,2}\s*[.．、]\s*)?[^\s。；;，,]{2,80}\.(?:" + lx.alternation(lx.FILE_EXTENSIONS)
              + r")(?:\s*[(（]?\s*\d+(?:\.\d+)?\s*[KMG]?B\s*[)）]?)?")
_SHARING_SITE_BANNER = (r"(?:" + lx.alternation(lx.SHARING_SITE_BANNER_LINES) + r")[\s…。.！!，,]*"
                        r"|(?:" + lx.alternation(lx.SHARING_SITE_BANNER_OPENINGS) + r").{0,80}"
                        r"|(?:" + lx.alternation(lx.SHARING_SITE_TOOLBAR_WORDS) + r")(?:[ \t　]*[|｜/][ \t　]*|[ \t　]+)"
                        r"(?:" + lx.alternation(lx.SHARING_SITE_TOOLBAR_WORDS) + r")"
                        r"(?:(?:[ \t　]*[|｜/][ \t　]*|[ \t　]+)(?:" + lx.alternation(lx.SHARING_SITE_TOOLBAR_WORDS) + r")){0,6}")
# A PDF's foot line: many PDFs print the running head (the issuing office, the plan's short title) at the footer's
# left and the page number at its right on one baseline, so the copied text gives them on one line, apart by a run
# of spaces (某县人民政府办公室　　　　— 3 —; on even pages the mirror, — 4 —　　　　某县…实施方案). The head is short,
# holds no sentence end, comma or label's colon and opens no item (1.加强组织领导 over a page number is a heading
# the page ended on); a line so shaped is the page's furniture, head and number together.
_FOOT_HEAD = r"(?![(（]?[一二三四五六七八九十\d]+[)）、.．])[^\s。；;：:，,！？!?、]{2,40}"
_FOOT_GAP = r"[ \t\u3000]{2,}"
_FOOT_LINE = rf"{_FOOT_HEAD}{_FOOT_GAP}(?:{PAGE_NUMBER})|(?:{PAGE_NUMBER}){_FOOT_GAP}{_FOOT_HEAD}"
# A gazette's running head: the publication's name at one side of the page's head and the issue at the other
# (某市人民政府公报　　　　2025年第3期), on one line in a copy that keeps the page's layout (pdftotext -layout), where a
# copy read column by column gives them on two. Printed over every page, it is the page's furniture as a foot line is
# (kept, it was glued into the name a page break cut: 市某市人民政府公报2025年第3期科技局).
_ISSUE_HEAD_LINE = rf"{_FOOT_HEAD}{_FOOT_GAP}(?:{ISSUE_MARK})|(?:{ISSUE_MARK}){_FOOT_GAP}{_FOOT_HEAD}"
# A gazette's name (lexicon.GAZETTE_NAME_ENDS) with its issue says what the line is whatever stands between them: a
# column-read copy (pdftotext without -layout) gives the head with one space or none (某省人民政府公报 2026年第5期,
# 国务院公报2026年第5期 总第123期), and on the first page nothing beside it (a page number, a later copy) tells it
# is furniture; taken as text it became the plan's title and issuer. Wherever it stands it is the page's head.
# The name is its issuer's (lexicon.GAZETTE_ISSUER_HEADS): a place's name, no label or digit in it, ending in the
# place's kind (某省 / 某市 / 某自治区), then its government or office, or the State Council; an item naming an issue
# (2.编发政府公报第12期 / 编发政府公报第12期) names no place and stays the plan's text.
_GAZETTE_PLACE = (r"(?![(（]?[一二三四五六七八九十]+[)）、.．])[^\s\d。；;：:，,！？!?、()（）]{0,12}?(?:"
                  + lx.alternation(lx.LOCALITY_KINDS) + r")(?:" + lx.alternation(lx.GAZETTE_ISSUER_HEADS) + r")?")
_GAZETTE_NAME = (r"(?:" + _GAZETTE_PLACE + r"|" + lx.alternation(lx.GAZETTE_NATIONAL_ISSUERS) + r")(?:"
                 + lx.GAZETTE_ISSUER_OFFICE + r")?(?:" + lx.alternation(lx.GAZETTE_NAME_ENDS) + r")")
_ISSUES = rf"(?:{ISSUE_MARK})(?:[ \t\u3000]*(?:{ISSUE_MARK}))?"
_GAZETTE_HEAD_LINE = rf"{_GAZETTE_NAME}[ \t\u3000]*{_ISSUES}|{_ISSUES}[ \t\u3000]*{_GAZETTE_NAME}"
# 导出时间：2025-07-08 09:42:17　　操作人：某室 李某: a system's print stamp (lexicon.EXPORT_STAMP_LABELS), its fields alone
# on the line, each value a word or two (a time's own colons, 09:42:17, are no field's)
_STAMP_WORD = r"(?:\d{1,2}:\d{2}(?::\d{2})?|[^\s:：]){1,30}"
_STAMP_FIELD = (r"(?:" + lx.alternation(lx.EXPORT_STAMP_LABELS) + r")\s*[:：][ \t\u3000]*" + _STAMP_WORD
                + r"(?:[ \t\u3000]" + _STAMP_WORD + r"){0,2}")
_EXPORT_STAMP = _STAMP_FIELD + r"(?:\s+" + _STAMP_FIELD + r"){0,3}"
# (a printed page number: words.page.PAGE_NUMBER)
_PAGER = (
    _EXPORT_STAMP + r"|" + PAGE_NUMBER + r"|" + _FOOT_LINE + r"|" + _ISSUE_HEAD_LINE + r"|" + _GAZETTE_HEAD_LINE + r"|共\s*\d+\s*页.*|\d{1,3}|[<〈《]\s*\d+\s*[>〉》]|"
    # a newspaper's jump mark ((下转第4版) / ■上接A3版) and its page head (某江日报 2025年3月5日 星期三 第4版 要闻)
    + NEWSPAPER_JUMP_ON + r"|" + NEWSPAPER_JUMP_FROM + r"|" + NEWSPAPER_PAGE_HEAD + r"|"
    r"(?:上一页|下一页|首页|尾页)(?:\s+\S+){0,12}|"
    r"(?:发布|发文|成文|更新|归档)(?:时间|日期)[:：].{0,80}|.{0,60}【\s*字[体号].*|.{0,60}(?:浏览|访问|点击|阅读)(?:次数|量|数)[:：].*|"
    # the page's reading controls: 字号：大 中 小 / 字体：[ 大 中 小 ] / 视力保护色：
    r"字\s*[号体]\s*[:：]\s*[【\[]?\s*(?:大\s*中\s*小|[】\]]?\s*$).*|视力保护色[:：].*|"
    r"(?:信息)?来源[:：]\S{0,30}(?:\s.{0,60})?|"
    # a link to an attached file as a page lists it (附件下载： / 1.某县…工作方案.docx / 任务清单.xlsx（25KB）): a numbered
    # file name is no task (the 附件：… line that names the attachment stays text: attachments are found by it)
    r"(?:附件下载[:：]?|(?!附件)" + _FILE_LINK + r")(?:\s*" + _FILE_LINK + r")*|"
    # a document-sharing site's banner lines at each page of its preview (下载文档 / 【VIP专享】… / 本文档由用户提供并上传…)
    + _SHARING_SITE_BANNER
)
_PAGER_LINE = re.compile(rf"^\s*(?:{_PAGER})\s*$")
# the fields of a government page's 信息公开 metadata
_METADATA_FIELDS = (r"索\s*引\s*号|主题分类|组配分类|体裁分类|公文目录|公文种类|信息分类|发布机构|发文机构|成文日期|"
                    r"发文日期|发布日期|生效日期|有\s*效\s*性|发文字号|文\s*号|主\s*题\s*词|公开方式|公开范围|内容概述|来\s*源")
# The metadata's title field (标　　题：X / 【标题】X / 文件名称：X) is no chrome: its value is the document's title, the
# first line of the text where no title line of a plan is found, and may wrap onto the next line (…为基层减负 / 工作措施
# 的通知). Its label is never part of a title; where the line holds a second field (标题：X<TAB>发布日期：…), the value
# ends before it.
_TITLE_FIELD_NAMES = r"标\s*题|题\s*名|文件名称|文件标题"
_TITLE_FIELD = re.compile(r"^\s*(?:[\[【]\s*(?:" + _TITLE_FIELD_NAMES + r")\s*[\]】]\s*[:：]?|(?:" + _TITLE_FIELD_NAMES
                          + r")\s*[:：])\s*")
_FIELD_LABEL = re.compile(r"[\[【]?\s*(?:" + _METADATA_FIELDS + r")\s*[\]】]?\s*[:：]")


def title_field_value(line: str) -> str:
    """The line without its title field's label (标　　题：X → X), else the line as it is."""
    m = _TITLE_FIELD.match(line)
    if not m:
        return line
    value = line[m.end():]
    # (each gap tried once where it ends: no search after a run of spaces, which is quadratic on a long line)
    after = next((gap.start() for gap in re.finditer(r"\s+", value) if _FIELD_LABEL.match(value, gap.end())), None)
    return value[:after] if after is not None else value


# Navigation and footer of the hosting site: dropped only before the first plan and after the last words.
_CHROME = re.compile(
    r"^\s*(?:[•·▪◦●■□◆]\s*\S{0,12}|当前位置[:：].*|您(?:现在|当前)?(?:所在)?的位置[:：].*|"
    # the 信息公开 metadata of a government page's document (索引号：… 主题分类：… / [ 发文字号 ] … / 【发布机构】…), a
    # field a line, two a line or run together: above the document, no title and no text of it
    r"[\[【]?\s*(?:" + _METADATA_FIELDS + r")\s*[\]】]?\s*[:：]?.*|"
    r"时间[:：].*来源[:：].*|首页\s*[>＞»].*|"
    r"上一篇.*|下一篇.*|相关(?:推荐|阅读|文章|链接|文件).*|热门.*|.*版权所有.*|Copyright.*|©.*|扫一扫.*|分享到.*|"
    r"【?打印(?:本页)?】?.*|【?关闭(?:窗口)?】?.*|责任编辑.*|.*ICP备.*|.*网站标识码.*|.*公网安备.*|网站地图.*|"
    r"联系我们.*|返回顶部|回到顶部|技术支持[:：].*|(?:主办|承办|协办)(?:单位)?[:：].*(?:政府|办公室|网站|中心).*|"
    # a document-sharing site's banner: "《X.docx》由会员分享，可在线阅读，更多相关《X》请在…上搜索。"
    r".*由会员分享.*|.*(?:可在线阅读|免费在线阅读|全文预览).{0,40}(?:搜索|下载)\S{0,4}|"
    rf"{_PAGER})\s*$"
)


def decode(data: bytes, path: str = "") -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 and GB18030/GBK; refuse empty, binary and undecodable files."""
    if not data.strip():
        raise PlansiteError("file is empty; a plan file needs the plan's text", path)
    return _plausible(_decode_any(data, path), path)


def _decode_any(data: bytes, path: str) -> str:
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return _decode_as(data[len(bom):], codec, path)
    if b"\x00" in data:
        codec = _utf16_without_bom(data)
        if codec is None:
            raise PlansiteError(_BINARY, path)
        try:  # a guess from where the NULs are: bytes that are not UTF-16 after all are binary
            return _decode_as(data, codec, path)
        except PlansiteError:
            raise PlansiteError(_BINARY, path) from None
    for codec in ("utf-8", "gb18030"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    raise PlansiteError("cannot decode the file as UTF-8, GB18030 or UTF-16; save it as UTF-8", path)


_BINARY = "file is binary, not text; convert it to text (or .docx/.xlsx/.html/.pdf) first"
# What the text of a Chinese plan is made of: CJK, its punctuation, full-width forms, ASCII and spaces, and the
# box-drawing characters (┌ ─ │ ├) a table copied as text is drawn with.
_TEXT_CHARS = r"\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2000-\u206f\u3400-\u4dbf\x20-\x7e\s\u00a0-\u00ff\u2460-\u24ff\u3200-\u32ff\u2100-\u218f\u25a0-\u25ff\u2500-\u257f\u0420"
# (Р, U+0420: the paragraph mark of document-sharing sites, one between every two cells of a table copied from
# them: see _PARAGRAPH_MARK)
# The marks a responsibility matrix puts in its cells (★ ☆ √ ✓ ☑ beside ● ○) are text too: a matrix of many units
# is mostly marks, and was taken for binary.
_TEXT_CHARS += re.escape("".join(lx.MATRIX_MARKS))
# Counting the few other characters is much faster than listing every good one.
_OTHER_CHAR = re.compile(f"[^{_TEXT_CHARS}]")


# A 民汉双语 page of an autonomous region prints each Chinese paragraph followed by its translation in Uyghur or Kazakh
# (Arabic script), Tibetan, Mongolian or Cyrillic: half its characters are then of another script. The writing of any
# script is text: its letters, combining marks (Tibetan vowel signs, Arabic harakat), digits and punctuation (، ؛ ་ །),
# by the character's Unicode category, without a list of scripts. A translation is written in one script, and its
# characters share that script's name (ARABIC LETTER …, ARABIC COMMA; TIBETAN MARK INTERSYLLABIC TSHEG): only the
# characters of the page's one most frequent other script count. What random bytes decode to stays refused: control
# and private-use characters, unassigned code points, symbols, and letters scattered over many scripts (random UTF-16
# is CJK, Hangul, Yi, Ethiopic … at once).
_SCRIPT_CATEGORIES = frozenset("LMNP")


def _script_of(char: str) -> str:
    """The script a character of writing belongs to, as the first word of its Unicode name ('' for none)."""
    if unicodedata.category(char)[0] not in _SCRIPT_CATEGORIES:
        return ""
    return unicodedata.name(char, "").split(" ", 1)[0]


def _plausible(text: str, path: str) -> str:
    """Random bytes decode in some codec too; real plan text is nearly all CJK, punctuation and ASCII, and a bilingual
    page's translation the letters and punctuation of its script."""
    sample = "".join(text[:20000].split())  # line ends and spaces say nothing either way
    other = _OTHER_CHAR.findall(sample)
    scripts = Counter(_script_of(c) for c in other)
    scripts.pop("", None)
    translation = scripts.most_common(1)[0][1] if scripts else 0  # (the characters of the one other script)
    good = len(sample) - len(other) + translation
    if sample and good < 0.9 * len(sample):
        raise PlansiteError(_BINARY, path)
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    # CJK text in UTF-16 has NULs only in ASCII positions, so they cluster on one parity.
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if len(data) % 2:
        return None
    if odd > even:
        return "utf-16-le"
    if even > odd:
        return "utf-16-be"
    return None


def _decode_as(data: bytes, codec: str, path: str) -> str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as e:
        raise PlansiteError(f"not valid {codec} at byte {e.start}; save the file as UTF-8", path) from None
    if "\x00" in text:
        raise PlansiteError(_BINARY, path)
    return text


def normalise(text: str) -> str:
    """Unify line ends, the many kinds of space and the look-alike colons; drop zero-width characters and the hyphens
    a PDF breaks a body's name with at a line's end."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = line_break_hyphens_dropped(drop_controls(_ZERO_WIDTH.sub("", form_feeds_dropped(text))))
    return _SPACES.sub(" ", _tab_stops_as_gaps(plain_dashes(plain_colons(text))))


# pdftotext (its default mode) ends each page with a form feed, written right before the next page's first line, no
# line break of its own: `- 4 -` / `\f特许经营新机制。…`. It marks where the page ended, which the page number already
# does; read as a character, the form feed is white space opening the line, an indent, and a line going on with a
# paragraph the page broke (a task's title sentence run over the page's foot) would be read as a new paragraph's
# first line, the title cut at the page's foot. Dropped, the line is as the page printed it (and the text's lines,
# counted by \n, keep their numbers; str.splitlines would count the form feed as a line break of its own).
def form_feeds_dropped(text: str) -> str:
    """`text` without the form feeds a PDF's text marks its page breaks with."""
    return text.replace("\f", "") if "\f" in text else text


# A PDF set with hyphenation (or pdftotext run with its dehyphenation off) cuts a body's name at a line's end with an
# ASCII hyphen: （信息中心、规划- / 处、测绘处）. Read as written the name joins as 规划-处, another body than 规划处.
# The hyphen is the line break's, not the text's, where a Chinese character stands on either side of it and the word
# it cuts (the run of Chinese characters each side), joined without it, is a body's name that its first half alone is
# not; it is dropped and the line break kept (the lines join as any name cut across lines does). A hyphen between two
# whole names (甲局-) or in a word that names no body stays as written.
_LINE_END_HYPHEN = re.compile("(?<=[\u4e00-\u9fff])[-\u2010]\n(?=[\u4e00-\u9fff])")
_CUT_WORD_MAX = 20  # characters of a word each side of the hyphen looked at: a body's name is shorter


def line_break_hyphens_dropped(text: str) -> str:
    """`text` without the line-end hyphens that cut a body's name (规划- / 处 → 规划 / 处)."""
    if "-\n" not in text and "\u2010\n" not in text:
        return text
    return _LINE_END_HYPHEN.sub(lambda m: "\n" if _cuts_a_name(text, m.start(), m.end()) else m.group(), text)


def _cuts_a_name(text: str, hyphen: int, after: int) -> bool:
    """Does the hyphen at `hyphen` (its line break ending at `after`) cut a body's name in two?"""
    first = _cjk_run(reversed(text[max(0, hyphen - _CUT_WORD_MAX): hyphen]))[::-1]
    second = _cjk_run(text[after: after + _CUT_WORD_MAX])
    return unit_like(first + second) and not unit_like(first)


def _cjk_run(chars) -> str:
    """The Chinese characters `chars` opens with, up to the first other character."""
    run = []
    for c in chars:
        if not "\u4e00" <= c <= "\u9fff":
            break
        run.append(c)
    return "".join(run)


def plain_colons(text: str) -> str:
    """`text` with each look-alike colon written as the full-width colon, a ratio between digits kept."""
    return _LOOKALIKE_COLON.sub("：", text)


def plain_dashes(text: str) -> str:
    """`text` with each look-alike dash an export writes for the dash —— written as that dash (lexicon.DASH_LOOKALIKE_PAIRS);
    one character for one, so the lines keep their length."""
    return _LOOKALIKE_DASH_PAIR.sub("\u2014\u2014", text.translate(_LOOKALIKE_DASH))


# Texts copied from a search engine's cached snapshot, a feed reader or a CMS export keep the page's character references
# as text: `&nbsp;&nbsp;&nbsp;&nbsp;12.开展…` where the indent 　　 stood, `2025&mdash;2026年`, `&ldquo;煤改电&rdquo;`,
# `市消防救援支队&nbsp;）`. Read as written, the number after the spaces is no number and the `;` parts a unit list. A
# reference is decoded only when whole (`&name;` of HTML's list, `&#NNNN;`, `&#xHHHH;`), one pass (`&amp;nbsp;` gives
# `&nbsp;`, the text was about the reference), and never inside a Markdown code span (`&nbsp;`), which quotes it.
_CHARACTER_REFERENCE = re.compile(r"`[^`\n]{0,400}`|&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def plain_references(text: str) -> str:
    """`text` with the HTML character references it shows as text written as the characters they stand for."""
    return _CHARACTER_REFERENCE.sub(_reference_decoded, text) if "&" in text else text


def _reference_decoded(m: re.Match) -> str:
    ref = m.group()
    if ref.startswith("`") or (ref[1] != "#" and ref[1:] not in _NAMED_REFERENCES):
        return ref  # a code span, or an ampersand in prose (R&D;) that names no character
    decoded = unescape(ref)
    # a reference to a line break (&#10; a CMS wrote for the break inside a cell or a title) would cut the line it
    # stands in and move every line after it by one: it reads as the space it shows as
    return " " if decoded in _LINE_BREAKING else decoded


# what str.splitlines (and so the outline's line numbers) takes for a line's end
_LINE_BREAKING = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def drop_controls(text: str) -> str:
    """`text` without bidirectional control characters (they would reorder the published text)."""
    return _BIDI.sub("", text)


def read_file(path: Path, inside: Path | None = None) -> list[PlanText]:
    """Every plan in a file: a plan source with front matter, a raw page, or a .docx/.xlsx/.html/.pdf.

    With `inside`, a file that is a link to somewhere outside that folder is refused (generator.source.limits).
    """
    path = Path(path)
    if path.suffix.lower() in FORMAT_SUFFIXES:
        # refused first, before saved_as_text opens it to look at its head: a link out of the folder, and a FIFO or
        # a device named as a document (opening a FIFO waits for a writer that never comes)
        read_input(path, inside) if inside is not None else check_input(path)
    # a sheet a site exported as tab-separated text under .xls is read as the text it is, below
    document = path.suffix.lower() in FORMAT_SUFFIXES and not saved_as_text(path)
    data = None
    if path.suffix.lower() not in FORMAT_SUFFIXES:
        # an RTF document under a text name (.txt, .md, none) is read as the document it is, not its markup as text;
        # so is a flat OpenDocument file, and other XML is refused naming the file (formats.holds_xml_document)
        data = read_input(path, inside)
        document = holds_rtf(data) or holds_xml_document(data)
    if document:
        from .formats import to_text

        # the bytes already read (with read_input's checks) are the ones read: the file is not opened again
        return _document_plans(lambda: to_text(path, data), str(path))
    return read_bytes(data if data is not None else read_input(path, inside), str(path))


def _document_plans(convert, source: str) -> list[PlanText]:
    """Every plan in a document's text (`convert()` gives it), with the notes and formatted runs its reader kept."""
    from .formats.runs import formatted_runs
    from .formats.table import find_pasted_tables, table_notes

    with table_notes() as notes, formatted_runs() as runs:
        text = convert()
        # a table a document sets with tab stops, no table of its own (a .docx's rows as paragraphs, their cells parted
        # by tabs: formats/docx._in_columns), is read as the same rows pasted into a .txt are
        if "\t" in text:
            text = find_pasted_tables(text)
    text, margin_note = margin_numbers_removed(text)
    plans = _with_page_note(_with_notes(split_page(normalise(_plausible(text, source)), source), notes), margin_note)
    return _with_formatted_runs(plans, runs, text)


def read_bytes(data: bytes, source: str) -> list[PlanText]:
    """Every plan in the bytes of a plan source or a text page (e.g. a file at a git revision); an RTF document
    (under .txt or no suffix) as the document it is, as read_file reads it from the work tree."""
    if holds_rtf(data):
        from .formats.rtf import rtf_bytes_to_text

        return _document_plans(lambda: plain_ideographs(rtf_bytes_to_text(data, source)), source)
    text = plain_ideographs(decode(data, source))  # (a text a PDF gave, saved as it came)
    page = frontmatter.published_page(text.replace("\r\n", "\n").replace("\r", "\n"), source)
    if page is not None:  # a page copied from a site, its front matter the site's: read as a page
        return read_page(page, source)
    normalised = normalise(text)
    found = frontmatter.split(normalised, source)
    if found is None:
        return read_page(text, source)
    from .formats.table import find_pasted_tables, table_notes

    # before tabs become spaces: a table pasted from a spreadsheet is separated by tabs
    unified = layout_marks_blanked(signatures_blanked(unquoted(plain_dashes(plain_colons(
        text.replace("\r\n", "\n").replace("\r", "\n"))))))
    meta, body_start, key_lines = found
    # a plan source holds the text as published, tables too; each table keeps the lines it spans,
    # so a warning's line number still points into the file the editor opens
    body = "\n".join(unified.split("\n")[body_start - 1 :])
    with table_notes() as notes:
        lines = normalise(find_pasted_tables(body, keep_lines=True)).split("\n")
    title = str(meta.get("title") or next((ln.strip() for ln in lines if ln.strip()), ""))
    # the lines of the covering notice stating a rule of the plan's lists, kept by import (commands/importer.py)
    kept = meta.get("notice")
    notice = [line for line in kept if isinstance(line, str)] if isinstance(kept, list) else []
    plan = PlanText(title=title, lines=lines, source=source, first_line=body_start, meta=meta, key_lines=key_lines,
                    notice=notice)
    return _with_formatted_runs(_with_notes([plan], notes), _kept_runs(meta.get("formatted")), body)


def _kept_runs(kept) -> list[tuple[str, dict[str, list[str]]]]:
    """The formatted runs import kept in a plan source's front matter (`formatted:` each line's text and its runs
    by kind, commands/importer.py), as the format readers give them: found again by the line's text, so a line an
    editor moved keeps its runs and one an editor rewrote loses them (frontmatter.py checks the key's shape)."""
    if not isinstance(kept, list):
        return []
    return [(entry["line"], {kind: list(texts) for kind, texts in entry.items() if kind != "line"})
            for entry in kept if isinstance(entry, dict) and isinstance(entry.get("line"), str)]


def read_page(text: str, source: str) -> list[PlanText]:
    """Every plan in a text without front matter (a page, a pasted text): its tables read, then split into plans.

    A copy in traditional script is read converted to simplified, character for character, from the start (its
    table headers and title words are simplified words too); each plan keeps the original to be given back as written.
    """
    from .formats.table import find_pasted_tables, table_notes
    from .formats.table.comma_separated import as_tab_separated
    from .formats.two_columns import columns_read_apart, interleaved_columns_note
    from .plain_words import plain_words

    # a gazette page set in two columns, copied with its layout, is read down one column, then the other, first:
    # every later step reads lines of one column's prose
    text = columns_read_apart(plain_ideographs(text.replace("\r\n", "\n").replace("\r", "\n")))
    # a draft's margin line numbers (征求意见稿 printed with line numbering) off its lines before any line is read
    text, margin_note = margin_numbers_removed(text)
    # a two-column page copied in rows (plain pdftotext), its columns' lines alternating: said, not reordered
    columns_note = interleaved_columns_note(text)
    text, written = written_copy(layout_marks_blanked(signatures_blanked(unquoted(_link_list_set_aside(text)))))
    # before tabs become spaces: a table pasted from a spreadsheet is separated by tabs (a sheet saved as
    # comma-separated values is read as that copy)
    with table_notes() as markup_notes:  # (what the HTML tables in the text could not place)
        # (the references a plain line shows decoded there, so the dashes and colons they give are made plain after)
        unified = _paragraph_marks_apart(plain_words(plain_dashes(plain_colons(_without_markup(_toggles_opened(
            as_tab_separated(plain_dashes(plain_colons(text)))))))))  # (its line breaks made \n above)
    with table_notes() as notes:
        # a form's fields set as key<TAB>value rows are its label lines, no table (form_fields)
        rewritten = find_pasted_tables(_blank_forms_set_aside(_file_marks_over_tables(form_fields_as_labels(unified))))
    plans = _with_page_note(_with_page_note(_with_notes(split_page(normalise(rewritten), source), markup_notes + notes),
                                            margin_note), columns_note, TABLE_WARNING_NOTE)
    return texts_as_written(plans, normalise(written)) if written else plans


def _with_page_note(plans: list[PlanText], note: str, kind: str = OUTLINE_NOTE) -> list[PlanText]:
    """The plans, the first told what was seen of the whole page's text: a margin's line numbers taken off it (an
    outline note), its lines alternating between two columns (a warning: TABLE_WARNING_NOTE)."""
    if note and plans:
        plans[0].notes.append((plans[0].first_line, kind + note))
    return plans


def _blank_forms_set_aside(text: str) -> str:
    """The text with the rows of each attached blank form left blank (their lines kept, so line numbers hold).

    A plan attaches the form its units report progress on (附件1 / 工作进展情况月报表（样表）), often pre-filled with the
    tasks and who reports (序号 | 任务名称 | 牵头单位 | 本月进展 | 存在问题, the last columns left to fill): it assigns
    nothing and is no plan. Read as one, it repeated the plan's tasks as a plan of its own and, set before the 分工表,
    stood in the place of that table's plan. Its mark and title stay, as the caption of a table with no rows."""
    if "\t" not in text or not any(word in text for word in lx.FORM_KINDS):
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if ATTACHMENT_MARK_ALONE.match(line) or _attachment_titled(line):
            for k in _blank_form_rows(lines, i):
                lines[k] = ""
    return "\n".join(lines)


def _blank_form_rows(lines: list[str], i: int) -> range:
    """The lines of the table under the attachment mark at line i when it is a blank form, else none: a title
    naming a form (lexicon.FORM_KINDS) over a tab-separated table whose columns after its units are empty in every
    row. Only tab-separated rows are weighed: an empty cell is certain there."""
    below = [k for k in range(i, min(i + 6, len(lines))) if lines[k].strip()][:4]
    title_at = next((k for k in below if "\t" not in lines[k] and any(w in lines[k] for w in lx.FORM_KINDS)), None)
    if title_at is None:
        return range(0)
    first = next((k for k in range(title_at + 1, min(title_at + 3, len(lines))) if lines[k].strip()), None)
    if first is None or "\t" not in lines[first]:
        return range(0)
    end = next((k for k in range(first, len(lines)) if "\t" not in lines[k]), len(lines))
    rows = [lines[k].split("\t") for k in range(first, end)]
    kinds = header_kinds([cell.strip() for cell in rows[0]])
    units = [n for n, kind in enumerate(kinds) if kind in ROLES]  # a unit column's kind is the role it gives
    if len(rows) < 2 or not units or units[-1] + 1 >= len(kinds):
        return range(0)
    filled = any("".join(row[units[-1] + 1:]).strip() for row in rows[1:])
    return range(0) if filled else range(first, end)


# Document-sharing sites show a Word paragraph mark as the Cyrillic letter Р (U+0420), and a text copied from
# them keeps it: "…形成合力。Р（三）注重长效监管。…Р二、时间安排Р本次…". In a Chinese text with no other Cyrillic
# letter, a Р standing between Chinese words or punctuation is where a paragraph ended.
_PARAGRAPH_MARK = re.compile(r"(?<=[^\sA-Za-z\u0400-\u04ff])[ \t]*Р[ \t]*(?=[^\sA-Za-z\u0400-\u04ff])")
_OTHER_CYRILLIC = re.compile("[\u0400-\u041f\u0421-\u04ff]")
_PARAGRAPH_MARK_MIN = 2  # one Р may be a letter of a name; a text cut into paragraphs holds many


def _paragraph_marks_apart(text: str) -> str:
    """The text with each paragraph mark a document-sharing site printed as Р turned back into a line break."""
    if _OTHER_CYRILLIC.search(text) or len(_PARAGRAPH_MARK.findall(text)) < _PARAGRAPH_MARK_MIN:
        return text
    return _PARAGRAPH_MARK.sub("\n", text)


# A text forwarded or replied to by e-mail is quoted: the mail client opens every line of it with `> ` (`>> ` for a
# text quoted twice, `> > ` in some clients), a blank line of it with a lone `>`, and wraps it near 72 columns. The
# marks are the mail's, no word of the plan: kept, they opened every line before its label (`> 　　1.…`), so no item,
# section or table row was found, and they were glued into the names a wrap split (各> 乡镇人民政府). A Markdown
# blockquote (> 注：…) is written the same way and is no text either. Only marks at the very start of a line count:
# a nested, indented quote (  > ✅ 已完成) is a wiki's progress note and is read as one (parse.outline). A mark is a
# `>` before a space, another `>` or the line's end: `>95%` / `>=98%` opening an indicator's cell is a comparison
_QUOTE_MARKS = re.compile(r"(?:>(?:>|[ \t]|$))+[ \t]?")


# A Markdown alert (GitHub's > [!NOTE] / > [!WARNING], Obsidian's and knowledge bases' > [!tip]- 标题) opens its quote
# with its type in brackets, a mark of the page saying how to box the note, no word of it: kept, the `[!WARNING]` line
# ran on into the task's label line above (…青溪镇人民政府[!WARNING]第10项涉及…, read as a unit). The marker goes (a
# title after it stays, a line of its own), and the quote reads as any quoted note (> 注：…)
_ALERT_MARKER = re.compile(r"\[![A-Za-z]{1,12}\][+-]?[ \t]*")


def unquoted(text: str) -> str:
    """The text with the quote marks of each line opening with `>` dropped, every line kept (a lone `>` becomes
    a blank line), so line numbers still point into the file as written; an alert's marker opening a quote goes too."""
    if ">" not in text:
        return text
    return "\n".join(_without_alert_marker(line[m.end():]) if line.startswith(">") and (m := _QUOTE_MARKS.match(line))
                     else line for line in text.split("\n"))


def _without_alert_marker(quoted: str) -> str:
    """A quoted line without the alert marker opening it (`[!NOTE]` -> a blank line)."""
    m = _ALERT_MARKER.match(quoted) if quoted.startswith("[!") else None
    return quoted[m.end():] if m else quoted


# A knowledge base's or a docs site's page copied as Markdown keeps the marks that box a note and place a contents list:
# a container's fences (:::tips / :::info 标题 / ::: , VuePress, Docusaurus, 语雀) and a contents marker on a line of
# its own ([TOC], [[_TOC_]], [toc]). They are the page's layout, no word of the plan: kept, they showed as text in the
# plan's opening on its page. A fence's title after its type stays, a line of its own; each line is kept (blank), so
# line numbers still hold.
_CONTAINER_FENCE = re.compile(r"[ \t]*:{3,}[ \t]*(?:[A-Za-z][A-Za-z0-9_-]{0,20})?[ \t]*(?:\[([^\]\n]{0,80})\])?"
                              r"[ \t]*([^\n]{0,80})")
_CONTENTS_MARKER = re.compile(r"[ \t]*\[\[?_?(?:TOC|toc)_?\]\]?[ \t]*")


def layout_marks_blanked(text: str) -> str:
    """The text with each container fence left as its title (or blank) and each contents marker line blank."""
    if ":::" not in text and "toc" not in text.lower():
        return text
    return "\n".join(_without_layout_mark(line) for line in text.split("\n"))


def _without_layout_mark(line: str) -> str:
    """A line without the layout mark it is (a fence: its title only; a contents marker: blank)."""
    if _CONTENTS_MARKER.fullmatch(line):
        return ""
    fence = _CONTAINER_FENCE.fullmatch(line) if ":::" in line[:8] else None
    return (fence.group(1) or fence.group(2) or "").strip() if fence else line


# An e-mail's signature opens with its separator, `--` or `-- ` on a line of its own (RFC 3676), over the sender's
# name, office and telephone: no word of the plan. A thread quoting a plan holds one at the end of each message, right
# under the plan or its table, where its lines ran on into the last task (…通报--王晓燕某县农业农村局某股, read as a
# unit of it). A separator stands after a blank line (or the text's start); the block goes down to the next blank line,
# and is a signature only as one is written: a few short lines, none a numbered item, a label line or a table's row
# (a `--` placeholder cell of a table saved as text, over the rows below, stays the table's)
_SIGNATURE_SEPARATOR = "--"
_SIGNATURE_MAX_LINES = 8
_SIGNATURE_MAX_WIDTH = 60


def signatures_blanked(text: str) -> str:
    """The text with each e-mail signature block left blank, its lines kept (line numbers still hold)."""
    if "\n--" not in text and not text.startswith("--"):
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.rstrip() == _SIGNATURE_SEPARATOR and (i == 0 or not lines[i - 1].strip()):
            end = next((j for j in range(i + 1, len(lines)) if not lines[j].strip()), len(lines))
            if _signature_block(lines[i + 1:end]):
                lines[i:end] = [""] * (end - i)
    return "\n".join(lines)


def _signature_block(block: list[str]) -> bool:
    """Are the lines under a `--` separator a signature (name, office, telephone), no text of the plan?"""
    return (len(block) <= _SIGNATURE_MAX_LINES
            and all(len(ln.strip()) <= _SIGNATURE_MAX_WIDTH and "\t" not in ln and label_of(ln.strip()) is None
                    and not LABEL_LINE.match(ln.strip()) for ln in block))


# A knowledge base's toggle (语雀, Notion, 飞书 copied as Markdown) is kept as raw HTML, its lines unindented:
# <details> / <summary><b>6. 加强…。</b>（点击展开具体措施）</summary> / the item's measures (1. … 2. …) and label lines /
# </details>. The summary is the item's number and title, a line of its own (its inline tags and the bracketed hint to
# the page's reader gone, lexicon.TOGGLE_HINTS); the body is the summary item's content, as a list item's indented
# lines are: a summary opening with an item's number has its body indented under it by the number's width, so a
# `1.` restart inside is its measures, not a new list of tasks. The tags go, each line kept (line numbers still hold).
_DETAILS_TAG = re.compile(r"</?details\b[^<>\n]{0,200}>", re.I)
_DETAILS_CLOSE = re.compile(r"</details\s*>", re.I)
_SUMMARY = re.compile(r"<summary\b[^<>\n]{0,200}>([^\n]{0,2000}?)</summary\s*>", re.I)
_SUMMARY_TAG = re.compile(r"</?summary\b[^<>\n]{0,200}>", re.I)
_INLINE_TAG = re.compile(r"</?(?:b|strong|i|em|span|font|u)\b[^<>\n]{0,200}>", re.I)
_TOGGLE_HINT = re.compile(r"[（(](?:" + "|".join(lx.TOGGLE_HINTS) + r")[^（）()\n]{0,20}[）)]")
_SUMMARY_NUMBER = re.compile(r"[ \t]*([0-9]{1,3}[.．、])[ \t]*(?=\S)")


def _toggles_opened(text: str) -> str:
    """The text with each <details> toggle's tags gone: its summary a line of its own, its body indented under a
    numbered summary as that item's content."""
    if "<details" not in text and "<DETAILS" not in text:
        return text
    lines = text.split("\n")
    body_indents: list[str] = []  # per toggle open here, the indent its body lines take
    for i, line in enumerate(lines):
        indent = "".join(body_indents)
        opened = len(_DETAILS_TAG.findall(line)) - 2 * len(_DETAILS_CLOSE.findall(line))
        summary = _SUMMARY.search(line)
        words = _SUMMARY_TAG.sub("", _DETAILS_TAG.sub("", _SUMMARY.sub("", line) if summary else line))
        if summary:
            title = _TOGGLE_HINT.sub("", _INLINE_TAG.sub("", summary.group(1))).strip()
            lines[i] = indent + title + (" " + words.strip() if words.strip() else "")
            for _ in range(max(opened, 0)):
                body_indents.append("")
            if body_indents:
                number = _SUMMARY_NUMBER.match(title)
                body_indents[-1] = " " * (len(number.group(1)) + 1) if number else ""
            continue
        lines[i] = indent + (words.lstrip() if words != line else words) if words.strip() else ""
        if opened > 0:
            body_indents.extend("" for _ in range(opened))
        elif opened < 0:
            del body_indents[len(body_indents) + opened:]
    return "\n".join(lines)


# A page's source copied with its markup (<p>…</p><p><strong>一、指导思想</strong></p>): the tags are no text
_TAGS = r"(?:p|br|div|span|strong|b|font|td|th|tr|table|thead|tbody|tfoot|caption|li|ul|ol|h[1-6])"
_MARKUP = re.compile(r"</?" + _TAGS + r"\b[^<>\n]{0,2000}>", re.I)
# a tag whose attributes run over lines, as Word's saved HTML wraps them (<td width=46 style='…; / padding:…'>)
_WRAPPED_TAG = re.compile(r"<(/?" + _TAGS + r"\b[^<>]{0,2000}\n[^<>]{0,2000})>", re.I)
_MARKUP_MIN = 3  # a lone <b> in a plan's text is a typo; a few tags mean markup


def _without_markup(text: str) -> str:
    """The text with each run of lines holding HTML markup read as HTML (paragraphs and <br> become lines).

    Texts copied from a page's source or a database export keep the tags of the page around plain lines
    (发文机关: … 文号: … then <p>各市…</p><p><strong>一、指导思想</strong></p>); the lines without tags stay as
    they are, their character references decoded (plain_references).
    """
    if sum(len(_MARKUP.findall(line)) for line in text.split("\n") if not _bar_row_with_breaks(line)) < _MARKUP_MIN:
        return plain_references(_plain_breaks(text) if _BR_TAG.search(text) else text)
    text = _WRAPPED_TAG.sub(lambda m: "<" + m.group(1).replace("\n", " ") + ">", text)  # each tag on one line
    from .formats.html import markup_to_text, merged_lead_across_page_break

    lines = text.split("\n") + [""]
    depth, lowest_after = _table_depths(lines)
    out: list[str] = []
    run: list[str] = []
    run_start = 0
    last_run, between = "", []  # the markup run before this one and the plain lines since: a page break splits a table
    for i, line in enumerate(lines):
        if _MARKUP.search(line) and not _bar_row_with_breaks(line):
            if not run:
                run_start = i
            run.append(line)
            continue
        if run and depth[i] > depth[run_start] and lowest_after[i] <= depth[run_start]:
            run.append(line)  # a wrapped cell's line or a blank line inside a table the run opened
            continue
        if run:
            markup = "\n".join(run)
            if last_run:  # the second part of a table a page break cut, its merged lead left on the first page
                markup = merged_lead_across_page_break(last_run, between, markup)
            out.append(markup_to_text(markup))
            last_run, between, run = markup, [], []
        out.append(plain_references(line))  # (a markup run's references are the HTML reader's to decode)
        between.append(line)
    return "\n".join(out[:-1])


# A web editor's Markdown (Turndown, a CMS's export) or a database's text keeps a hard break inside a paragraph as a
# literal <br> (责任科室：甲科<br>配合单位：乙科、市丙局): with too few tags for the text to be read as HTML
# (_MARKUP_MIN), the tag stayed in the line, the label after it glued into the first unit's name. A <br> (<br/>,
# <BR />) breaks its line in a text that is otherwise plain too; one opening or closing its line adds no line. It
# stays as written where the text speaks of the tag instead: in a Markdown code span (`<br>`), quoted (“<br>”) or named
# a tag (<br>标签) — a page shows it as the text it is, escaped as every character of a plan's text is. A <br> on a
# | row or a tab-separated row is the table reader's, a break inside a cell (formats/table/delimited.py). `&lt;br&gt;`
# is decoded after this (plain_references): a text about the tag, it stays text. Fixed-width matches: linear.
_BREAK_OR_CODE_SPAN = re.compile(r"`[^`\n]{0,400}`|(?:<br[ \t]*/?>[ \t]*)+", re.I)
_TAG_WORD_AFTER = re.compile("|".join(re.escape(w) for w in lx.TAG_WORDS + lx.TAG_ACTION_WORDS), re.I)


def _plain_breaks(text: str) -> str:
    """`甲科<br>配合单位：乙科` -> `甲科` / `配合单位：乙科`: each <br> of a plain line a line break (see above)."""
    return "\n".join(line if "\t" in line or "|" in line or "<" not in line else _line_broken(line)
                     for line in text.split("\n"))


def _line_broken(line: str) -> str:
    pieces: list[str] = []
    kept = 0
    for m in _BREAK_OR_CODE_SPAN.finditer(line):
        if m.group().startswith("`") or _tag_spoken_of(line, m.start(), m.end()):
            continue
        before = line[kept:m.start()]
        at_an_end = not (before.strip() or pieces) or m.end() == len(line)  # (its spaces are the match's)
        breaks = 0 if at_an_end else len(_BR_TAG.findall(m.group()))
        pieces.append(before.rstrip(" \t") if breaks else before)
        pieces.append("\n" * breaks)
        kept = m.end()
    return "".join(pieces) + line[kept:]


def _tag_spoken_of(line: str, start: int, end: int) -> bool:
    """Is the <br> at line[start:end] quoted, named a tag or named by what it does (<br>换行, 替换为<br>), a text about
    it rather than a break?"""
    return ((start > 0 and line[start - 1] in lx.TAG_QUOTES) or (end < len(line) and line[end] in lx.TAG_QUOTES)
            or _TAG_WORD_AFTER.match(line, end) is not None
            or any(line.endswith(word, 0, start) for word in lx.TAG_ACTION_WORDS))


# A raw HTML table's lines need not all hold a tag: a long cell's text wraps over source lines (<td>建设…，\n每个…，\n
# 新增…。</td>), and Markdown exporters write a blank line between block elements, rows too (</tr>\n\n<tr>). Cut at
# such a line, the rest of the table lost its <table>/<tr> openers and its rows dissolved into loose text: a run of
# markup lines goes on, tagless and blank lines included, while a <table> opened in it is open and a </table> later
# in the text closes it (a table never closed leaves the lines after it as they are)
_TABLE_OPEN = re.compile(r"<table\b[^<>\n]{0,2000}>", re.I)
_TABLE_CLOSE = re.compile(r"</table\s*>", re.I)


def _table_depths(lines: list[str]) -> tuple[list[int], list[int]]:
    """For each line, the count of <table> opened minus closed before it, and the lowest that count falls to after
    the line (at the end of any later line): a table open at line i closes later when the lowest is at most the
    count where it was opened. One pass each way, so the reading stays linear in the text."""
    depth = [0]
    for line in lines:
        depth.append(depth[-1] + len(_TABLE_OPEN.findall(line)) - len(_TABLE_CLOSE.findall(line)))
    lowest_after = [0] * len(lines)
    lowest = depth[-1]
    for i in range(len(lines) - 1, -1, -1):
        lowest_after[i] = lowest  # the lowest of depth[i + 1:]
        lowest = min(lowest, depth[i])
    return depth[:-1], lowest_after


# A Markdown table copied from a page writes a line break inside a cell as <br> (| 1 | … | 市城管局，<br>各镇（街道） |):
# the row is the table reader's, which reads <br> in a | cell as a break inside the cell; read as HTML, the row would
# break at each <br> and its cells fall into the next row
_BR_TAG = re.compile(r"<br\s*/?>", re.I)


def _bar_row_with_breaks(line: str) -> bool:
    """Is the line a | table's row (| a | b |) whose only tags are <br>?"""
    row = line.strip()
    return (row.startswith("|") and row.endswith("|") and row.count("|") >= 3
            and len(_MARKUP.findall(row)) == len(_BR_TAG.findall(row)))


_MAX_TABLE_NOTES = 50  # a table that leaves hundreds of cells unplaced is misread as a whole: the first say so


def _with_notes(plans: list[PlanText], notes: list[tuple[str, str]]) -> list[PlanText]:
    """Give each table note to the plan and line holding the text it names (notes come in reading order); a row the
    table reader numbered by its own count (TABLE_ROW_UNNUMBERED) is no note: its line joins the plan's `unprinted`."""
    counted = [where for where, message in notes if message == TABLE_ROW_UNNUMBERED]
    notes = [(where, message) for where, message in notes if message != TABLE_ROW_UNNUMBERED]
    at = (0, 0)
    for where in counted:
        found = _find_ink(plans, _INK.sub("", normalise(where).split("\n")[0]), at)
        if found is not None:
            at = found
            plans[found[0]].unprinted.add(plans[found[0]].first_line + found[1])
    if len(notes) > _MAX_TABLE_NOTES and plans:
        plans[0].notes.append((0, f"{len(notes) - _MAX_TABLE_NOTES} more table cells not placed (not listed)"))
    at = (0, 0)  # where the last note was found: the next is there or after it
    for where, message in notes[:_MAX_TABLE_NOTES]:
        key = _INK.sub("", normalise(where).split("\n")[0])
        found = _find_ink(plans, key, at) or _find_ink(plans, key, (0, 0))
        if found is None:  # nowhere to be seen (it cannot happen for text the table wrote): the whole text
            if plans:
                plans[0].notes.append((0, message))
            continue
        at = found
        plan = plans[found[0]]
        plan.notes.append((plan.first_line + found[1], message))
    return plans


_INK = re.compile(r"\s+")


def _with_formatted_runs(plans: list[PlanText], runs: list[tuple[str, dict[str, list[str]]]],
                         text: str) -> list[PlanText]:
    """Give each cell's formatted runs (formats/runs.py; they come in reading order) to the plan line holding the
    cell's text (PlanText.formatted). Only where the text names a formatting a legend may point at (标红, 加粗…):
    elsewhere a workbook's coloured runs say nothing the reader uses."""
    if not runs or not any(word in text for word in lx.LOST_FORMATTING_WORDS):
        return plans
    at = (0, 0)
    for where, kinds in runs:
        key = _INK.sub("", normalise(where).split("\n")[0])
        found = _find_ink(plans, key, at) or _find_ink(plans, key, (0, 0))
        if found is None:
            continue
        at = found
        plan = plans[found[0]]
        line = plan.formatted.setdefault(plan.first_line + found[1], {})
        for kind, texts in kinds.items():
            line.setdefault(kind, []).extend(texts)
    return plans


def _find_ink(plans: list[PlanText], key: str, start: tuple[int, int]) -> tuple[int, int] | None:
    for p in range(start[0], len(plans)):
        lines = plans[p].lines
        for i in range(start[1] if p == start[0] else 0, len(lines)):
            if key and key in _INK.sub("", lines[i]):
                return p, i
    return None


# A text that lost its line breaks (copied from a page that kept none) runs its notice, the 附件 mark and the
# attached plan's title on into the plan's body: …2024年3月1日附件某市2024年安全生产工作要点为深入贯彻… The mark, bare
# (no colon: 附件：1.… is the notice's list of what it attaches) and followed by a title that ends in a kind of
# document, is where the attached plan begins; the title ends at its kind, the body goes on after it.
_RUN_ON_MIN = 300  # characters of a line that holds a whole notice, not a paragraph
_ATTACHMENT_RUN_ON = re.compile(
    r"(?<![《“\"（(见])附\s*件\s*(\d{0,2})\s*"
    r"([^\s，,。；;：:《》“”\"、（）()]{4,50}?(?:工作要点|实施方案|工作方案|行动方案|行动计划|工作计划|分工方案|任务分工|"
    r"责任分工|任务清单|责任清单|分工表|分解表))"
    # what follows is the plan's text: not a word going on with the name, but its first item may be （一）
    r"(?=[^的和及与、，,。（(》”\d]|[（(][一1][）)])")


# a text where a space stands for each line break: "… 附件 某市…重点项目推进 责任分工 （一）建设…", the annex's title
# set over two lines, so a space inside it; the title is known by its kind and by the first item right after it
_SPACED_ATTACHMENT_RUN_ON = re.compile(
    r"(?<=[。！？!?）)\s])附\s*件\s*(\d{0,2})\s+([^\s，,。；;：:《》“”\"、（）()]{4,40}) "
    r"([^\s，,。；;：:《》“”\"、（）()]{0,20}?(?:工作要点|实施方案|工作方案|行动方案|行动计划|工作计划|分工方案|任务分工|"
    r"责任分工|任务清单|责任清单|分工表|分解表))\s+(?=[（(]\s*[一1]\s*[）)]|一\s*[、.．]|1\s*[.．、](?!\d))")
# …报县防指办。附件2㈠加强水源调度…: an attachment printed under its bare mark, its outline straight after it
_BARE_ATTACHMENT_RUN_ON = re.compile(
    r"(?<=[。！？!?）)\s])附\s*件\s*(\d{1,2})\s*(?=一\s*[、.．]|[(（]\s*[一1]\s*[)）]|1\s*[.．、](?!\d)|[㈠⒈⑴])")


# a printed page number left inside a run-on line: "…配合）— 2 —四、专项行动…", "…和- 3 -人员密集场所…"
# (not a range: 2024—2026年, 3—5个 have digits or a unit against the dashes)
_PAGE_NUMBER_LINE_MIN = 100  # a line holding several paragraphs: a page may have ended inside it
# (a digit may follow when it is the next item's label, …配合）— 4 —3.强化… / …配合）— 3 —21.加大…: the page broke
# before the item; the label's whole number is looked at: its first digit alone, followed by a digit, is no label's
# number, so an item numbered 10 or more after a page number was taken for a range and kept the page number)
# (·4· as well: a page number between middle dots; not 5·12 or 4·23, a date's, with a digit against a dot)
_RUN_ON_PAGE_NUMBER = re.compile(r"(?<![\d年月日])(?:[—－–-]{1,2}\s*\d{1,3}\s*[—－–-]{1,2}|(?<!·)" + DOTTED_PAGE_NUMBER
                                 + r")(?![年月日])(?!\d+(?!\d)(?![.．、]\D))")


# the mark of a label a page number may follow: the page broke right after an item's label (…配合）1、— 2 —科学调度…)
_LABEL_MARK_END = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[、.．]$")


def _page_number_gap(m: re.Match) -> str:
    """What stands where a run-on page number was: a space, as a line break would leave; nothing right after an item's
    label, which a space would part from its text (1、 科学… is no label)."""
    return "" if _LABEL_MARK_END.search(m.string, max(0, m.start() - 8), m.start()) else " "


def _attachments_apart(text: str) -> str:
    """Each attached plan of a run-on line on lines of its own: the mark, its title, then its text.

    The page numbers the run-on line still holds are cut out first (a space stands where each was), so the
    outline's numbering runs on across them.
    """
    def apart(line: str) -> str:
        if len(line) >= _PAGE_NUMBER_LINE_MIN:
            line = _RUN_ON_PAGE_NUMBER.sub(_page_number_gap, line)
        if len(line) < _RUN_ON_MIN:
            return line
        line = _SPACED_ATTACHMENT_RUN_ON.sub(lambda m: f"\n附件{m.group(1)}\n{m.group(2)}{m.group(3)}\n", line)
        line = _ATTACHMENT_RUN_ON.sub(lambda m: f"\n附件{m.group(1)}\n{m.group(2)}\n", line)
        line = _BARE_ATTACHMENT_RUN_ON.sub(lambda m: f"\n附件{m.group(1)}\n", line)
        return _second_plan_apart(line)

    return "\n".join(apart(line) for line in text.split("\n"))


# A copy holding two plans one after the other with no 附件 mark (a notice issuing a body's duties and a year's 要点):
# where the breaks are lost the second plan's title follows the first plan's last sentence, its preamble right after
# it, closing with the sentence making the plan (…，制定本要点。), then its 一、. The title was read as words of the
# first plan's last section, the second plan's outline as the first's. The title is set on a line of its own: the
# words after a full stop ending in a plan's kind (…工作要点 / …实施方案), no stop, comma or colon in them, before a
# making sentence followed shortly by 一、 after a stop; and only after an outline of the first plan (一、 二、 before).
_PLAN_MAKING = re.compile(
    "(?:" + lx.alternation(lx.PLAN_MAKING_VERBS) + ")本(?:" + lx.alternation(lx.PLAN_KIND_QUALIFIERS) + ")?(?:"
    + lx.alternation(lx.SELF_REFERENCE_KINDS) + ")[。：:]")
_TITLE_AFTER_SENTENCE = re.compile(r"[。！？!?]\s*([^。！？!?；;，,：:、《》“”()（）\s]{4,40}?(?:"
                                   + lx.alternation(PLAN_KINDS) + "))")
_PREAMBLE_BEFORE = 200  # characters before the making sentence its plan's title is looked for in
_FIRST_SECTION_AFTER = 80  # characters after it the plan's 一、 is looked for in
_FIRST_SECTION = re.compile(r"[。：:]\s*一、")


def _second_plan_apart(line: str) -> str:
    """`line` with the title of a second plan run on in it set on a line of its own (see _PLAN_MAKING)."""
    cuts: list[tuple[int, int, int]] = []  # the title's start and end, where the plan's 一、 starts
    first_one, first_two = line.find("一、"), line.find("二、")  # the first plan's outline (found once: linear)
    for m in _PLAN_MAKING.finditer(line):
        section = _FIRST_SECTION.search(line, m.end() - 1, m.end() + _FIRST_SECTION_AFTER)
        if section is None:
            continue
        start = max(cuts[-1][1] if cuts else 0, m.start() - _PREAMBLE_BEFORE)
        title = None
        for title in _TITLE_AFTER_SENTENCE.finditer(line, start, m.start()):
            pass
        if title is None or not (0 <= first_one < title.start(1) and 0 <= first_two < title.start(1)):
            continue
        if cuts and title.start(1) < cuts[-1][2]:
            continue  # (inside the plan just set apart: its own preamble's words)
        cuts.append((title.start(1), title.end(1), section.end() - 2))
        if len(cuts) == _RUN_ON_PLANS_MAX:
            break
    pieces, at = [], 0
    for a, b, first in cuts:  # built in one pass: the line is not copied again for each cut
        # the title, the preamble, then the plan's outline from its 一、, each on lines of their own
        pieces += [line[at:a].rstrip(), "\n", line[a:b], "\n", line[b:first].strip(), "\n"]
        at = first
    return "".join([*pieces, line[at:]])


_RUN_ON_PLANS_MAX = 20  # plans set apart in one run-on line: a copy of a page holds a few; more is no page's text


# units named as annotations name them: a unit label and its colon (责任单位：), or a role verb inside brackets
# ((市X局牵头，市Y局配合)); the source stage tells a plan's line by these words alone, before any reading (not
# notices.ASSIGNING_BRACKET, which a notice's requirement matches: there the label opens a bracket, the verb closes it)
_NAMES_UNITS = re.compile(
    "(?:" + lx.UNIT_LABEL + ")\\s*" + lx.LABEL_COLON
    + "|[（(][^（）()\\n]{0,80}?(?:" + lx.alternation(lx.VERB_ROLES) + ")[^（）()\\n]{0,40}?[）)]")


def _holds_a_plan(line: str) -> bool:
    """A run-on line holding a plan of its own: its outline (一、 二、 三、) and units named in annotations.

    A notice's own requirements (一、提高认识。… 二、…) name none: its line holds no plan, the attached one is the plan.
    """
    if len(line) < _PAGE_NUMBER_LINE_MIN or not all(f"{n}、" in line for n in "一二三"):
        return False
    return _NAMES_UNITS.search(line) is not None


def split_page(text: str, source: str) -> list[PlanText]:
    """Split a page into plans at their title lines; what is before the first and after the last is page chrome."""
    lines = blank_page_chunk_numbers(_attachments_apart(_page_end_apart(text)).split("\n"))
    starts = _plan_starts(lines)
    bulletin = _bulletin_title(lines)
    titles = {bulletin[0]: bulletin[1]} if bulletin and bulletin[0] in starts else {}
    first = next((i for i, ln in enumerate(lines) if ln.strip() and not is_chrome(ln)
                  and not _metadata_value(lines, i)), None)
    # a plan run on in one line before the first attached plan split apart (附件 + title inside the line): its own
    # title is at the head of that line, which no title line announces, so it is the first plan still
    run_on_first = starts and first is not None and first < starts[0] and any(
        _holds_a_plan(ln) for ln in lines[first : starts[0]])
    # the covering notice before the first plan, when it gives out work of its own: read as a plan before the plan
    notice_title = _notice_giving_work(lines, first, starts[0]) if starts and not run_on_first else ""
    notice_end = starts[0] if starts else 0  # the covering notice's lines end where the first plan it issues begins
    if notice_title:
        starts = [first] + starts
        titles[first] = notice_title
    untitled_body = _untitled_plan_after_notice(lines, first, starts[0]) if starts and not run_on_first \
        and not notice_title else None
    if untitled_body is not None:
        starts = [untitled_body[0]] + starts
        titles[untitled_body[0]] = untitled_body[1]
    if not starts or run_on_first:
        if first is None:
            raise PlansiteError("no plan text found (only page navigation or blank lines)", source)
        starts = [first] + starts
        opening = title_field_value(lines[first])  # (a page's 标题： field: its value, not its label)
        # a note (注：…, a table's header note opening the table's text) is the text's first rule, not its title
        may_be_title = _may_be_title(opening) and not _NOTE_LINE.match(opening.strip())
        title = title_prefix(opening) if may_be_title else ""
        if title == opening.strip() and title.endswith(("。", "；", ";")):
            title = ""  # a whole sentence with no title head in it: a text copied from its middle has no title line
        if title == opening.strip() and _FIRST_RUN_ON_ITEM.search(title):
            # a line with no title head to be found that runs on into an outline (…现提出以下措施。一、重点任务（一）…):
            # the text copied without its breaks, however short; its items are read, not swallowed by the title
            title = ""
        # a whole document run on in one line with no title head to be found: the line is its text, not its title
        titles[first] = title if title and len(title) <= _TITLE_MAX else untitled(source, lines[first])
        # a covering notice's title set over several lines at the page's head (senders, then 关于印发《…》的通知)
        titles[first] = _notice_title(lines, first) or titles[first]
    width = printed_width([(ln.strip(), len(ln) - len(ln.lstrip())) for ln in lines])
    plans = []
    own_titles = [_own_title(lines, start, titles, source) for start in starts]
    notes_below = _title_notes_below(lines, starts, own_titles)
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        if n and _interpretation_heading_at(lines, start):
            # an attachment that is the plan's 解读 or 起草说明 (附件2 / 关于《X（征求意见稿）》的起草说明 / 一、起草背景 …
            # 三、主要内容 restating the tasks): no plan, as a 解读 printed after the plan's text is none (_PAGE_END)
            continue
        title = own_titles[n]
        # (a bracketed note under the title, （截至6月30日）, completes it as such; a listed title's second line otherwise)
        below = notes_below[n] or _listed_title_tail_below(lines, start, end, title)
        title = without_leading_symbols(title + below)  # (📖 before a 公众号's title)
        # a bulletin's title has been read whole under its masthead (_bulletin_title)
        head = _title_head(lines, start, starts[n - 1] if n else -1) if start not in titles else None
        if head is not None:  # a title set over two lines: issuer on the first, the kind of document on the second
            title, start = lines[head].strip() + title, head
        end = _roster_attachment_at(lines, start, end)
        body, set_aside = _without_running_heads(
            _drop_trailing_chrome(_before_page_end(_translations_blanked(lines[start:end]))), lines[:start])
        if _interpretation_heading_at(lines, start):
            # a page that is the plan's 解读 alone (《X》政策解读, then 一、出台背景 二、主要内容 restating the tasks):
            # no plan is printed there, so nothing under its heading is read as a task
            body = body[:1]
        # the covering notice before the first plan is every attached plan's: a rule it states for the lists it issues
        # (清单中排在第一位的为牵头单位) reads each of them
        plans.append(PlanText(title=title, lines=body, source=source, first_line=start + 1,
                              notice_before_plan=bool(notice_title) and n == 0,
                              notice=lines[:start] if n == 0 else lines[:notice_end if notice_title else starts[0]],
                              printed_width=width,
                              notes=_foot_notes_set_aside(lines[start:end], set_aside, start + 1)))
    return plans


_NOTE_LINE = re.compile(r"^[(（]?\s*(?:备\s*)?注\s*[:：]")


def _notice_giving_work(lines: list[str], first: int | None, start: int) -> str:
    """The covering notice's title where the notice before the first plan's title gives out work itself, else "".

    A notice issuing a plan (关于印发…的通知) may number its own requirements before the plan's title, and name the
    units carrying each out as a plan's tasks do (一、强化统筹协调。…（市X局牵头，市Y局配合） 二、压实属地责任。…
    （各区县人民政府负责）). Those are work given out, not only asked: the notice is a plan of its own, titled by its
    own title, before the plan it issues. Where at least two of its requirements at their one level name units, and
    they are at least half of them (a minority naming its overseer, 三、强化督查。…（县督查室负责）, is the notice
    asking, as parse/items.py reads it); requirements naming none keep the notice front matter only.
    """
    if first is None or first >= start:
        return ""
    title = _notice_title(lines, first)
    if not title:
        return ""
    # (its items counted at their first level, then at each level under it: a 任务分工 list set under its heading,
    # 一、任务分工 over 1.–14., beside 二、工作要求, is counted as the fourteen items, not as one heading of two)
    for blocks in [_numbered_blocks(lines[first:start]), *_blocks_by_level(lines[first:start])]:
        naming = sum(1 for block in blocks if _names_units(block))
        if naming >= _NOTICE_TASKS_MIN and 2 * naming >= len(blocks):
            return title
    if WORK_NOTICE_KINDS.search(title) and _items_name_their_bodies(lines[first:start], names_bodies_as_subjects):
        return title
    # an issuing notice giving its requirements to bodies as their sentences' subjects with role verbs (二、做好交接。
    # 由县X局牵头，县Y局配合… 三、强化保障。县Z局负责…): work of its own, as bracketed requirements are
    issuing = issued_plan(title, [])
    return title if issuing and _items_name_their_bodies(lines[first:start], gives_work_to_named_bodies) else ""


def _numbered_blocks(lines: list[str], nested: bool = False) -> list[list[str]]:
    """Each numbered item with the lines under it: at the first item's level, or at every level where nested."""
    blocks: list[list[str]] = []
    style = None
    for ln in lines:
        label = label_of(ln.strip())
        if label is not None and style is None:
            style = label.style
        if label is not None and (nested or label.style == style):
            blocks.append([ln.strip()])
        elif blocks:
            blocks[-1].append(ln.strip())
    return blocks


def _blocks_by_level(lines: list[str]) -> list[list[list[str]]]:
    """The numbered items of each label style (一、 / 1. / （一）), each with its lines up to the next label of any."""
    levels: dict[str, list[list[str]]] = {}
    for block in _numbered_blocks(lines, nested=True):
        levels.setdefault(label_of(block[0]).style, []).append(block)
    return list(levels.values())


def _names_units(block: list[str]) -> bool:
    """Does a numbered item name the units carrying it out, in a bracket, on a label line of its own, or in a sentence
    of names and role verbs closing it (1.共建研究院。市X局牵头，市Y局配合。)?
    The bracket is looked for in the item's lines joined: a PDF's page breaks it wherever its printed line runs out
    (…（市X局 / 牵头，市Y局配合）)."""
    joined = "".join(block)
    return ASSIGNING_BRACKET.search(joined) is not None or any(LABEL_LINE.match(ln) for ln in block) \
        or closes_with_assigning_sentence(joined)


def _untitled_plan_after_notice(lines: list[str], first: int | None, start: int) -> tuple[int, str] | None:
    """(line, title) of a plan printed after its covering notice with no title line of its own, before an attached
    plan; else None.

    A notice issuing a plan (关于印发《某市…行动方案》的通知) closes with its signature and date; the plan follows, and
    its attachment (附件 / …任务分工表) after it. Where the plan's title line is missing between the date and the
    plan's outline (a PDF converted to Word leaves it in a text box or frame, which is not read past the head), the
    outline after the date would be read as the notice's and lost under the attached plan's start. Numbered items
    after the notice's date, at least two of them naming the units carrying them out, are a plan: the document the
    notice issues, titled by the name the notice gives it. An attachment bearing that very name is the issued plan
    itself, and what stands before it stays the notice's.
    """
    if first is None or first >= start:
        return None
    date = next((i for i in range(first, start) if SIGNATURE_DATE.match(lines[i])), None)
    if date is None:
        return None
    # the notice read with its lines joined: its title and issuing sentence (现将《…》印发给你们) are broken wherever
    # the printed line runs out, and a joint notice's senders stand two to a line above its title
    issued = issued_plan("", ["".join(ln.strip() for ln in lines[first:date])])
    attached = _attachment_titled(lines[start]) or lines[start].strip()
    if not issued or re.sub(r"\s+", "", issued) in re.sub(r"\s+", "", attached):
        return None
    naming = sum(1 for block in _numbered_blocks(lines[date + 1 : start], nested=True) if _names_units(block))
    return (date, issued) if naming >= _NOTICE_TASKS_MIN else None


def _items_name_their_bodies(lines: list[str], names_bodies: Callable[[str], bool]) -> bool:
    """Do a work notice's numbered items mostly give their work to the bodies their sentences open with?

    A notice on a piece of work or a campaign (关于开展2025年…专项行动的通知, WORK_NOTICE_KINDS) writes no bracket: its
    items (（一）严格生产准入。X部要…。各省级Y部门负责…) name who acts as their sentences' subjects, and a 重点任务分工
    table is often attached after it. Its title says the notice is the work itself, so such items make it a plan before
    the attached one. Counted over the numbered lines that hold a sentence (a heading, 二、重点任务, neither names nor
    asks; a requirement naming none, （三）加强组织领导。要…, counts against): at least two name bodies, and they are
    at least half. The subjects are told by the words alone (notices.names_bodies_as_subjects: bodies' names, then a
    subject's verb, or a request to them, 请X于…提供…), as the source stage reads no annotation. A letter asking the
    bodies it is sent to for their share of a piece of work (关于商请协助做好…的函, WORK_NOTICE_KINDS) is read so too.
    An issuing notice's items are tested by names_bodies, a stricter test (notices.gives_work_to_named_bodies)."""
    labels = [label_of(ln.strip()) for ln in lines if "。" in ln]
    # (read after the label: （一）请市X局于…提供… opens its first sentence with the request, the label no word of it)
    items = [label.rest for label in labels if label is not None]
    naming = sum(1 for item in items if names_bodies(item))
    return naming >= _NOTICE_TASKS_MIN and 2 * naming >= len(items)


_NOTICE_TASKS_MIN = 2  # requirements naming units that make a notice give out work (one may name its overseer)

# a field of the page's metadata with its value on the line below (• 索引号: / 6107280000/2024-001005)
_BARE_FIELD = re.compile(r"^\s*(?:[•·▪◦●■□◆]\s*)?[\[【]?\s*(?:" + _METADATA_FIELDS + r")\s*[\]】]?\s*[:：]?\s*$")


def _metadata_value(lines: list[str], i: int) -> bool:
    """Is line i the value of a metadata field printed alone on the line above it (blank lines apart)?

    Not under 内容概述 (a summary field left empty, the document's own title and text printed after it)."""
    above = next((ln for ln in reversed(lines[:i]) if ln.strip()), "")
    return bool(_BARE_FIELD.match(above)) and "内容概述" not in above

# A government page prints, after the document, its links and footer (扫一扫 / 分享到 / 上一篇 / 相关链接 / 网站标识码)
# and often the document's 政策解读 or 图解 (《X》政策解读, 图解：X, 一图读懂X), which restates the plan's sections and
# tasks in 一、二、 and names units in running text. Neither is the plan: once the plan's outline has begun, the first
# such line ends the plan's text (the 解读's items would be read as tasks numbered like the plan's and overwrite them).
_INTERPRETATION = "(?:" + lx.alternation(lx.INTERPRETATION_WORDS) + ")"
# (after the plan's title the heading may also be its 问答 / 解答 / 的说明: 《X》政策问答, 关于某县…方案的说明)
_TITLED_INTERPRETATION = "(?:" + lx.alternation(lx.INTERPRETATION_WORDS + lx.TITLED_INTERPRETATION_WORDS) + ")"
# the 解读's own publishing line, under its heading or glued to it (发布时间：2025-04-24 09:30　来源：县水利局)
_PUBLISHING = r"(?:(?:发布|更新|发文)?(?:时间|日期)|(?:信息)?来源)[:：]"
# what may close a 解读 heading's line after its word: a bracketed version note (《X》政策解读（文字版）), the bracket of
# 【《X》政策解读】, and the publishing line when a copy lost the break before it
_INTERPRETATION_TAIL = (r"(?:[（(][^（）()\s]{1,6}" + lx.INTERPRETATION_VERSION_MARK + r"[）)])?[】\]]?(?:"
                        + _PUBLISHING + r".{0,80})?$")
_BREADCRUMB_STEP = r"[^\s>＞»]{1,12}\s*[>＞»]\s*"
_INTERPRETATION_HEAD = (
    # 《X》政策解读 / 关于某县…工作方案的起草说明: the heading names the plan, in 《》 or by its kind of document
    # (…负责人就《X》答记者问: who answers, then 就 and the plan; 某县…三年行动解读: the plan by its short name), a space
    # after the title at most (《X》 政策解读)
    r"^[【\[]?(?:" + lx.ABOUT + r"|[^\s。；;，,：:《》]{1,24}就)?(?:《[^《》]{2,80}》|[^\s。；;，,：:《》]{2,60}(?:"
    + lx.alternation(lx.INTERPRETED_KINDS + lx.INTERPRETED_SHORT_KINDS) + r"))\s?(?:的)?"
    + _TITLED_INTERPRETATION + _INTERPRETATION_TAIL
    + r"|^(?:" + lx.alternation(lx.INTERPRETATION_OPENINGS) + r").{0,80}$"
    # 政策解读 / 【图解】某县…方案 / 解读：《X》 / 【文字解读】《X》: the word opens the heading, alone or before a colon,
    # bracket or title, or as the 解读 tab's breadcrumb (政策解读 > 正文 / 首页 > 政策解读 > 正文)
    r"|^[【\[]?" + _INTERPRETATION + r"(?:[】\]]|[:：]|《|\s*[>＞»]|$).{0,80}$"
    r"|^(?:" + _BREADCRUMB_STEP + r"){1,6}" + _INTERPRETATION + r"(?:\s*[>＞»].{0,40})?$")
_INTERPRETATION_LINE = re.compile(_INTERPRETATION_HEAD)


def _interpretation_heading_at(lines: list[str], at: int) -> bool:
    """Does a 解读's heading (关于《X》的起草说明, 《X》政策解读) stand at lines[at]? A long plan title in 《》 breaks the
    heading over two lines (关于《某市推进…建设 / 实施方案（征求意见稿）》的起草说明): a line leaving its 《 open is read
    with the next."""
    line = lines[at].strip()
    if line.count("《") > line.count("》") and at + 1 < len(lines):
        line += lines[at + 1].strip()
    return _INTERPRETATION_LINE.match(line) is not None
# 近日，市政府办公室印发了《…》（以下简称《工作要点》）。现就有关内容解读如下：— a 解读 begun with no heading
_INTERPRETATION_CUE = re.compile(r"(?:" + lx.alternation(lx.INTERPRETATION_CUES) + r")\s*[:：。]?\s*$")
# the 解读's publishing line under a heading the page leaves out, as a page prints it (发布时间：2030-04-24 09:30　来源：
# 县水利局 / 时间：2030-04-24 来源：…): page furniture that never stands inside a plan, whose own dates are written
# 2030年4月 (a label 发布时间：每月10日前 in an event plan goes on)
_PUBLISHING_LINE = (r"^(?:发布|更新|发文)?(?:时间|日期)[:：]\s*(?:\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}"
                    r"|[^:：]{0,40}(?:信息)?来源[:：])")
_PAGE_END = re.compile(
    _PUBLISHING_LINE + "|" + PAGE_CLOSING_PATTERN
    + r"|^[【\[]?(?:" + lx.alternation(lx.PAGE_END_HEADINGS) + r")[】\]]?\s*(?:[:：].*)?$|" + _INTERPRETATION_HEAD)


# the same furniture inside a page copied without its line breaks (…报市大数据局。附件下载：…扫一扫在手机打开当前页分享到：…)
_PAGE_END_RUN_ON = re.compile(r"(?<=.)(?=扫一扫在手机|扫一扫用手机|分享到[:：]|上一篇[:：]|【打印本页】|网站标识码|附件下载)")


# A page dumped by a text browser (lynx -dump, w3m -dump) marks each link in the text [N] (当前位置：[8]首页 >
# [9]政务公开, 为贯彻落实[17]《…意见》) and closes with its link list: a heading (lexicon.LINK_LIST_HEADINGS) and the
# numbered addresses, the numbers right-aligned (`   9. https://…`, `  10. https://…`). The list is the browser's, no
# part of the page: read on, a table's last row took it as a cell and its lines as tasks 10, 11, …. It is blanked
# (the lines keep their places), and once it is found the text's [N] marks it numbers are dropped with it; without the
# list a [N] is the text's own (a note's mark, 〔1〕 set in square brackets) and stays.
_LINK_LIST_HEADING = re.compile(r"^\s{0,8}(?:" + lx.alternation(lx.LINK_LIST_HEADINGS) + r")\s?:?\s*$")
_LINK_LIST_ITEM = re.compile(r"^\s{0,8}(\d{1,4})\.\s{1,3}[A-Za-z][A-Za-z0-9+.-]{1,20}:\S*\s*$")
_LINK_MARK = re.compile(r"\[(\d{1,4})\]")


def _link_list_set_aside(text: str) -> str:
    """The text without a text browser's closing link list and the [N] marks that list numbers."""
    if "[" not in text:
        return text
    lines = text.split("\n")
    listed: set[str] = set()
    i = 0
    while i < len(lines):
        end, scanned = _link_list_end(lines, i) if _LINK_LIST_HEADING.match(lines[i]) else (i, i + 1)
        if end == i:
            # no address under this heading: the blank lines and headings its scan passed have none either, so
            # they are not scanned again (a page of headings and blank lines would make the scan quadratic)
            i = max(scanned, i + 1)
            continue
        for j in range(i, end):
            m = _LINK_LIST_ITEM.match(lines[j])
            if m:
                listed.add(m.group(1))
            lines[j] = ""
        i = end
    if not listed:
        return text
    return "\n".join(_LINK_MARK.sub(lambda m: "" if m.group(1) in listed else m.group(), ln) for ln in lines)


def _link_list_end(lines: list[str], heading: int) -> tuple[int, int]:
    """The line after the link list under the heading at `heading` (the heading itself when no address follows):
    numbered addresses, blank lines and the list's own subheadings (Visible links / Hidden links); and the line where
    the scan stopped."""
    end, j = heading, heading + 1
    while j < len(lines) and (not lines[j].strip() or _LINK_LIST_HEADING.match(lines[j])
                              or _LINK_LIST_ITEM.match(lines[j])):
        if _LINK_LIST_ITEM.match(lines[j]):
            end = j + 1
        j += 1
    return end, j


def _page_end_apart(text: str) -> str:
    """The text with a line break put before the page's closing furniture where a line that lost its breaks runs into it."""
    return "\n".join(_PAGE_END_RUN_ON.sub("\n", ln) if len(ln) > _CHROME_MAX else ln for ln in text.split("\n"))


# a 解读's question and answer (问：方案有哪些重点任务？ / 答：主要有两项： ; 1.问： / 问一： numbered as the 解读 lists them)
_QUESTION = re.compile(r"^(?:\d{1,2}\s*[.．、]\s*)?" + lx.QUESTION_LABEL + r"[一二三四五六七八九十\d]{0,3}\s*[:：]")
_ANSWER = re.compile(r"^(?:\d{1,2}\s*[.．、]\s*)?" + lx.ANSWER_LABEL + r"[一二三四五六七八九十\d]{0,3}\s*[:：]")
_ANSWER_REACH = 3  # lines from a question to its answer's label (a question set over two lines, a blank apart)


def _question_answered(lines: list[str], i: int) -> bool:
    """Is line i a question (问：) with its answer (答：) under it, within a few lines: a 解读 in questions and answers,
    no plan's line (a plan states what is done, it asks nothing)?"""
    if not _QUESTION.match(lines[i].strip()):
        return False
    k = i
    for _ in range(_ANSWER_REACH):
        k = _nearest(lines, k, 1)
        if k >= len(lines):
            return False
        if _ANSWER.match(lines[k].strip()):
            return True
    return False


# A bilingual page (双语政策, a 自贸试验区's list for foreign investors; a 民汉双语 page of an autonomous region) prints
# each Chinese paragraph followed by its translation (English; Uyghur or Kazakh in Arabic script, Tibetan, Mongolian),
# numbered again as the Chinese item is (1.… then 1. Deepen…; （1）… then (1) Promote…; the
# units' bracket then (Lead: …; Support: …)). The translation is no item: read as one, every number comes twice and
# the second, with no units, hides the first. A translation line is written in another script only (no Chinese
# character) and is prose (several words of letters, in any script); it follows the Chinese it translates:
#   - it repeats the number of the last Chinese item of its kind above (1. after 1.…, (1) after （1）…): the page is
#     bilingual, proven so;
#   - on such a page, it goes on from a translation line above (a translated item's points and its bracket), or follows
#     a Chinese line straight, one that is not cut mid-sentence (an unnumbered paragraph's, a heading's translation).
# A Latin line in a Chinese plan (an e-mail, a standard's code, a wrapped line's English words) stays: no Chinese
# item's number is repeated in such prose there, and a line of few words is no translation.
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# A word of a translation: letters of any script with their combining marks (a Tibetan syllable ཁྱིམ is letter, mark,
# mark, letter; an Arabic-script word may carry harakat), two characters or more. Tibetan's tsheg ་ (punctuation)
# parts its syllables, each a word here. Python's \w holds letters but no combining mark, so the marks are listed
# from their Unicode category once.
_COMBINING_MARKS = "".join(re.escape(chr(c)) for c in range(0x300, 0x10000) if unicodedata.category(chr(c))[0] == "M")
_TRANSLATION_WORD = re.compile(rf"(?:[^\W\d_]|[{_COMBINING_MARKS}]){{2,}}")
_TRANSLATION_WORDS_MIN = 3  # words of a line of prose (Yunpianguanfa [2025] No. 6 is a code, not prose)


def _translation_prose(line: str) -> bool:
    """Is the (stripped) line prose of another script: no Chinese character, a few words of letters?"""
    if _HAN.search(line):
        return False
    words = 0
    for _ in _TRANSLATION_WORD.finditer(line):
        words += 1
        if words >= _TRANSLATION_WORDS_MIN:
            return True
    return False


def _translations_blanked(lines: list[str]) -> list[str]:
    """The lines with a bilingual page's translations blanked (the rule above _HAN): the Chinese is the plan."""
    if not any(_translation_prose(ln.strip()) for ln in lines):
        return lines  # (the usual page: no line of such prose, no label to look for)
    last_number: dict[str, int] = {}  # the number of the last Chinese item of each label style
    repeats: set[int] = set()
    for i, ln in enumerate(lines):
        s = ln.strip()
        if not s:
            continue
        label = label_of(s)
        if _HAN.search(s):
            if label is not None:
                last_number[label.style] = label.number
        elif label is not None and last_number.get(label.style) == label.number and _translation_prose(s):
            repeats.add(i)
    if not repeats:
        return lines
    out, above_translated, above = list(lines), False, ""
    for i, ln in enumerate(lines):
        s = ln.strip()
        if not s:
            continue
        translated = (_translation_prose(s) and (
            i in repeats or above_translated or (bool(_HAN.search(above)) and not _wrapped(above)))
            or _numbered_as_above(s, above))
        if translated:
            out[i] = ""
        above_translated, above = translated, s
    return out


def _numbered_as_above(line: str, above: str) -> bool:
    """On a page proven bilingual: is the line (no Chinese in it, a word of letters) numbered as the Chinese line straight
    above it, in whatever style (三、重点任务 then 3. مۇھىم ۋەزىپىلەر, 一、重点任务 then 1. Key Tasks)? It is that line's
    translation however short: a heading's translation is two words, under the prose minimum, and was read as a task."""
    if _HAN.search(line) or not _HAN.search(above) or not _TRANSLATION_WORD.search(line):
        return False
    label, above_label = label_of(line), label_of(above)
    return label is not None and above_label is not None and label.number == above_label.number


def _before_page_end(lines: list[str]) -> list[str]:
    """A plan's lines up to the page's closing furniture or a 解读 of the plan printed after it (see _PAGE_END)."""
    begun, previous = False, ""
    for i, ln in enumerate(lines):
        s = ln.strip()
        if (begun and (_PAGE_END.match(s) or _INTERPRETATION_CUE.search(s)) and not _NUMBERED.match(s)
                and not _SECTION_HEAD.match(s) and not _wrapped(previous)
                and not _recommendation_at_a_page_break(lines, i)):
            return lines[:i]
        if begun and _question_answered(lines, i) and not _wrapped(previous):  # (numbered or not: 1.问：)
            return lines[:i]
        # (a run-on line holding the outline inside it begins the plan too: a page copied without its breaks)
        begun = begun or bool(_SECTION_HEAD.match(s) or _NUMBERED.match(s)) or (
            len(s) > _CHROME_MAX and _ANY_ITEM.search(s) is not None)
        if s and not _is_pager_line(s):
            previous = s
    return lines


# a sharing site's pager, page N of M (第 2 页 共 8 页 / 第2页/共8页 / — 第 2 页 共 8 页 —): a preview's page break
_SITE_PAGER = re.compile(r"^\s*(?:[-—–－]+\s*)?第\s*\d+\s*页\s*[,，/]?\s*共\s*\d+\s*页(?:\s*[-—–－]+)?\s*$")
# a link list's heading with one linked title on its line (相关推荐：2025年…工作要点范文（通用10篇）)
_PAGE_END_HEADING_WITH_TITLE = re.compile(
    r"^[【\[]?(?:" + lx.alternation(lx.PAGE_END_HEADINGS) + r")[】\]]?\s*[:：]\s*\S")


def _recommendation_at_a_page_break(lines: list[str], i: int) -> bool:
    """Is line i a sharing site's recommendation stacked at a page break of its preview, the plan going on after it?

    A preview prints among the lines at each page break one other document it recommends (第 4 页 共 8 页 / VIP… /
    相关推荐：某某工作要点范文): a link list's heading with its one title on the line, under a page-N-of-M pager, with more
    of the plan after it (a numbered item or a section a few lines below, or the sentence the page cut). The page's
    own closing 相关推荐 list stands after the plan's last words, not between two of its pages."""
    if not _PAGE_END_HEADING_WITH_TITLE.match(lines[i].strip()):
        return False
    k, pager_at = i, None
    for _ in range(_STACK_DEPTH):
        k = _nearest(lines, k, -1)
        if k < 0:
            return False
        if _SITE_PAGER.match(lines[k]):
            pager_at = k
            break
    if pager_at is None:
        return False
    text_above = _nearest(lines, pager_at, -1)
    if text_above >= 0 and _ends_mid_sentence(lines[text_above]):
        return True
    k = i
    for _ in range(_STACK_DEPTH + 1):
        k = _nearest(lines, k, 1)
        if k >= len(lines):
            return False
        if _NUMBERED.match(lines[k]) or _SECTION_HEAD.match(lines[k]):
            return True
    return False


_WRAPPED_MIN, _WRAPPED_MAX = 20, 80  # characters of a line broken at the page's width, not a heading, link or paragraph
_OPEN_END = re.compile(r"[^。；;！？!?)）】」』”：:\]]$")


def _wrapped(line: str) -> bool:
    """A long line ending mid-sentence: the next line goes on with it (…各部门要加强政策宣传和 / 政策解读), not a heading."""
    return _WRAPPED_MIN <= len(line) <= _WRAPPED_MAX and _OPEN_END.search(line) is not None

_RUNNING_HEAD_MAX = 40
# A portal that splits a long article into pages (共3页 第1页 上一页 下一页) prints the article's whole title at the
# head of each page, a notice's title often longer than 40 characters (某区人民政府关于印发…（2025—2027年）的通知): a line
# given before, word for word, or twice beside pagers, is that page head whatever its length, up to a title's length.
# Text the page cut never repeats itself so.
_RUNNING_TITLE_MAX = 120
_WHERE_YOU_ARE = re.compile(r"^\s*(?:当前位置|您(?:现在|当前)?(?:所在)?的位置)[:：]")


_LABELLED = re.compile(r"[：:]")  # a running head (an office, a title, a 公报's issue) holds no label's colon


_ZERO_PADDED_NUMBER = re.compile(r"^\s*(?:0([1-9])|([1-9]\d))(?:\s*[丨|｜]\s*|\s+|$)")
_HEADING_NAME_MAX = 40
_TASK_SENTENCE = re.compile(r"[，,。；;]")


def _zero_padded_section_numbers(raw: list[str]) -> list[int]:
    """Indexes of the lines 01, 02, 03 … alone that number the plan's sections or tasks, each over its name or its
    text: no page numbers. 公众号 reposts set a section's number on a line of its own, then 总体要求, or before the
    name: 02 重点任务; a 任务书 copied from a designed PDF or a long image sets a task's number so over its text, the
    numbers running on past 09 (10, 11 …). The numbers run from 01 in order, two at least, each with a short name
    after it or on the next line, no sentence in it, or a task's text, a sentence (parse/items.py reads them)."""
    found: list[tuple[int, bool]] = []  # (index, alone on its line)
    for i, ln in enumerate(raw):
        m = _ZERO_PADDED_NUMBER.match(ln)
        if not m or int(m.group(1) or m.group(2)) != len(found) + 1:
            continue
        name = ln[m.end():].strip() or next((x.strip() for x in raw[i + 1 :] if x.strip()), "")
        if not name or _is_pager_line(name):
            continue
        if (len(name) <= _HEADING_NAME_MAX and "。" not in name.rstrip("。")) or _TASK_SENTENCE.search(name):
            found.append((i, not ln[m.end():].strip()))
    return [i for i, alone in found if alone] if len(found) >= 2 else []


def _foot_notes_set_aside(raw: list[str], set_aside: set[int], first_line: int) -> list[tuple[int, str]]:
    """A note at the first line of each run of lines set aside as a page's footnotes, quoting it: the reader says
    what it took out of the text, for an editor to check that no point of an item went with it."""
    firsts = sorted(i for i in set_aside if i - 1 not in set_aside)
    return [(first_line + i, f"{OUTLINE_NOTE}set aside down to the page number as the page's footnotes: "
             f"{raw[i].strip()[:_QUOTED_NOTE_MAX]}") for i in firsts]


_QUOTED_NOTE_MAX = 40  # characters of a set-aside line quoted in its note


def _without_running_heads(raw: list[str], above: list[str]) -> tuple[list[str], set[int]]:
    """The plan's lines with page numbers and the running head a printed page repeats beside them blanked, and the
    indexes of the lines blanked as a page's footnotes.

    A text copied from a printed document keeps, at each page break, the page number (— 2 —) and a line printed
    at the head or foot of every page: the issuing office or the document's title, a short line the text has
    already given. Such a line right above or below a page number is furniture, not text (it would otherwise
    run on into the task the page broke).
    """
    raw, jumps = _newspaper_jumps(raw)
    pager = [bool(ln.strip()) and _is_pager_line(ln) for ln in raw]
    for stop, go_on in jumps:  # what stands between a newspaper's jump marks is other pages' furniture
        for k in range(stop + 1, go_on):
            pager[k] = pager[k] or bool(raw[k].strip())
    for i in _zero_padded_section_numbers(raw):
        pager[i] = False
    for i, ln in enumerate(raw):  # a recommendation the site stacks at a page break is its furniture
        pager[i] = pager[i] or (bool(ln.strip()) and _recommendation_at_a_page_break(raw, i))
    notes = _page_foot_notes(raw, pager)
    raw = _assignment_notes_at_their_marks(raw, pager, notes)
    overlaps = _preview_overlaps(raw, pager)
    raw = ["" if i in notes or i in overlaps else ln for i, ln in enumerate(raw)]
    seen: set[str] = {ln.strip() for ln in above if ln.strip()}
    head_lines = set(seen)  # what the page gave above the plan's text
    out = ["" if p else ln for ln, p in zip(raw, pager)]
    # beside: the nearest line above or below that is not blank (OCR and PDF text set blank lines around the furniture)
    besides = [any(0 <= k < len(raw) and pager[k] for k in (_nearest(raw, i, -1), _nearest(raw, i, 1)))
               for i in range(len(raw))]
    # a line beside two page numbers or more is the head every page repeats, its first time too (某县人民政府公报
    # 2025年第3期 under the first page break, before the text has given it)
    repeated = Counter(ln.strip() for ln, b, p in zip(raw, besides, pager) if b and not p and ln.strip())
    for i, ln in enumerate(raw):
        text = ln.strip()
        if not text or pager[i]:
            continue
        beside = besides[i]
        # a label line (牵头单位：县住建局) repeats from task to task and may stand at a page's foot: no running head
        short = len(text) <= _RUNNING_HEAD_MAX
        # a long line is a page's head only where the page gave it above the text or prints it at two breaks: a task's
        # whole annotation line repeated from the task before (two tasks of the same units) is the text's own
        long_head = (not short and len(text) <= _RUNNING_TITLE_MAX and not text.startswith(("（", "("))
                     and (text in head_lines or repeated[text] >= 2))
        if (beside and (short or long_head)
                and (text in seen or repeated[text] >= 2
                     or (short and (_own_masthead_under_pager(raw, pager, i, seen)
                                    or _short_title_of_a_title_seen(text, seen))))
                and not _SENTENCE_END.search(text) and not _LABELLED.search(text)
                and not _closes_a_bracket_opened_above(raw, pager, i)):
            out[i] = ""
        elif beside and _WHERE_YOU_ARE.match(text):  # the portal's breadcrumb each page of an article repeats
            out[i] = ""
        seen.add(text)
    for i in _furniture_stacked_at_page_breaks(raw, out, pager):
        out[i] = ""
    out = _halves_of_a_jump_joined(_halves_of_a_cut_page_joined(out, raw), jumps)
    return _halves_of_a_printed_page_met(out, raw), notes


# A newspaper prints a long article over pages: it stops at a column's foot with （下转第4版） (■下转A4版) and goes on
# under a later page's head with （上接第3版） (■上接A3版). The break falls anywhere, inside a unit's name list or a
# task's title; an e-paper's copy keeps, between the marks, the rest of the page (a photo's caption, rules) and the
# next page's head (某江日报　2025年3月5日　星期三　第4版　要闻, 责任编辑：…, the article's title again as the jump's
# head): none of it is the article's text, which stops at the first mark and goes on at the second. A mark may end or
# open a line of text (…县财政局、（下转第4版） / （上接第3版）县生态环境局配合）): it is cut off that line.
_JUMP_ON_AT_END = re.compile(r"[ \t\u3000]*(?:" + NEWSPAPER_JUMP_ON + r")[ \t\u3000]*$")
_JUMP_FROM_AT_START = re.compile(r"^[ \t\u3000]*(?:" + NEWSPAPER_JUMP_FROM + r")[ \t\u3000]*")
_JUMP_MARK_MAX = 16  # characters of a jump mark and the spaces around it: the search for one at a line's end reads no further back


def _newspaper_jumps(raw: list[str]) -> tuple[list[str], list[tuple[int, int]]]:
    """The lines with the newspaper jump marks that end or open a line of text cut off, and each jump: the index of
    the line where the article stops (its 下转 mark) and of the line where it goes on (the next 上接 mark)."""
    out = list(raw)
    stops: list[int] = []
    goes_on: list[int] = []
    for i, ln in enumerate(raw):
        text = ln.rstrip()  # the last characters only: no $-anchored search over a long line
        end = _JUMP_ON_AT_END.search(text, max(0, len(text) - _JUMP_MARK_MAX))
        if end:
            stops.append(i)
            out[i] = text[:end.start()] if text[:end.start()].strip() else ln
            continue
        start = _JUMP_FROM_AT_START.match(ln)
        if start:
            goes_on.append(i)
            out[i] = ln[start.end():] if ln[start.end():].strip() else ln
    jumps: list[tuple[int, int]] = []
    for stop in stops:
        go_on = next((g for g in goes_on if g > stop), None)
        if go_on is not None and not any(stop < s < go_on for s in stops):
            jumps.append((stop, go_on))
    return out, jumps


def _halves_of_a_jump_joined(out: list[str], jumps: list[tuple[int, int]]) -> list[str]:
    """The two halves of a line a newspaper's jump cut joined again: the text before the 下转 mark, ending
    mid-sentence, goes on with the text after the 上接 mark, set flush, opening no item or heading (2.培育秸秆收 /
    ■下转A4版 / … / ■上接A3版 / 储主体。…). A numbered line is cut only where it holds its text (a sentence's stop)
    or the plan sets its items' headings and text on one line: a heading alone on its line is whole."""
    out = list(out)
    one_line_items = _items_set_on_one_line(out)
    for stop, go_on in jumps:
        before, after = _nearest(out, stop + 1, -1), _nearest(out, go_on - 1, 1)
        if before < 0 or after >= len(out) or before >= after:
            continue
        above, below = out[before], out[after]
        if not _ends_mid_sentence(above) or below[:1].isspace() or _opens_outline(below):
            continue
        if _NUMBERED.match(above) and not (one_line_items or "。" in above):
            continue
        out[before], out[after] = above.rstrip() + below.strip(), ""
    return out


# Hard-wrapped text (a PDF, an image set read back by OCR) leaves an annotation's last words alone on a line
# (落实）, 负责）, 配合）); each annotation ending so, the same short line is printed again and again, and one may
# stand right above a page number: short, repeated, beside a pager, it has a running head's look. But a running head
# is printed whole at every page's head or foot and never closes a bracket the text above it opened (…各乡镇人民政府 /
# 落实） / — 3 —): such a line is the end of the annotation the line above began, and blanked, the annotation would
# lose its verb and never be closed. The bracket is looked for a few lines up (an annotation wraps over three lines
# at a phone's width), over the page's furniture.
_BRACKET_REACH = 4  # lines above a closing bracket where the annotation it closes may open


def _closes_a_bracket_opened_above(raw: list[str], pager: list[bool], i: int) -> bool:
    """Whether raw[i] closes a round bracket it did not open, opened in the text a few lines above it."""
    depth = _bracket_balance(raw[i])
    if depth >= 0:
        return False
    k = i
    for _ in range(_BRACKET_REACH):
        k = _nearest(raw, k, -1)
        while k >= 0 and pager[k]:
            k = _nearest(raw, k, -1)
        if k < 0:
            return False
        depth += _bracket_balance(raw[k])
        if depth >= 0:
            return True
    return False


def _bracket_balance(line: str) -> int:
    """Round brackets a line opens and leaves open (less those it closes that it did not open)."""
    return line.count("（") + line.count("(") - line.count("）") - line.count(")")


# A printed plan's running head is often its title made short: the place left off (某县农村供水实施方案 heads its
# pages 农村供水实施方案) or the years added to it (…实施方案（2025—2027年）, the title's second line run on). A
# short document breaks its pages once or twice, alternating heads each once, so neither the seen nor the repeated
# rule finds it. A line beside a page number that ends as a plan's title ends (words.notices.TITLE_KINDS) and, less
# a bracket closing it, stands inside a title line the text gave above, is that title printed again: the text a page
# cut never stops alone on a line at a title's kind word, holding a title's words whole.
_CLOSING_BRACKET = re.compile(r"[（(][^（）()]*[）)]$")
_SHORT_TITLE_MIN = 6  # characters of a short title: a place and a kind word (某县方案) are too few to tell


def _short_title_of_a_title_seen(text: str, seen: set[str]) -> bool:
    """Whether text is a plan's title, made short, of a title line seen above it."""
    if not TITLE_KINDS.search(text):
        return False
    core = _CLOSING_BRACKET.sub("", text)
    return len(core) >= _SHORT_TITLE_MIN and any(
        core in line and TITLE_KINDS.search(line) for line in seen if line != text)


# A PDF of a 红头文件 may print its masthead (某省某某委员会文件) as the running head of the pages after the first; a
# two-page notice prints it at its only page break, and when the copied text starts below the masthead the line is
# seen there once and nowhere above, so neither the seen nor the repeated rule finds it, and it runs on into the
# sentence or the unit's name the page broke (省发展改革 / — 4 — / 某省某某委员会文件 / 委、委财务处）). A line that is
# a masthead's shape (an issuer's name and 文件, notices.NOTICE_HEAD_LINE) standing right under a page number, its
# issuer named in the document above it (the title, the signature), is the document's own head printed again: no
# text the page broke reads as an office's name and 文件 alone.
def _own_masthead_under_pager(raw: list[str], pager: list[bool], i: int, seen: set[str]) -> bool:
    """Whether raw[i] is the document's masthead printed under the page number right above it."""
    text = raw[i].strip()
    above = _nearest(raw, i, -1)
    if not (text.endswith(lx.MASTHEAD_WORD) and above >= 0 and pager[above] and NOTICE_HEAD_LINE.match(text)):
        return False
    issuer = text[:-len(lx.MASTHEAD_WORD)]
    return any(issuer in line for line in seen)


_STACK_DEPTH = 4  # lines of furniture a page break stacks at most (pager, 展开阅读全文, an offer, the site's banner)
_OVERLAP_MIN = 6  # characters of a line a preview shows twice: a paragraph or an annotation, no short furniture


def _preview_overlaps(raw: list[str], pager: list[bool]) -> set[int]:
    """Indexes of the lines a sharing site's preview shows again at the top of its next page.

    The pages of a preview overlap: the last line of a page (a task's paragraph, an annotation on its own line) is
    printed again under the pager and the site's lines at the next page's top. Read twice, a task would be given
    twice, or both copies of a short line be taken for a running head and blanked. The line first after the stack
    that is the very line before the page-N-of-M pager, ending as text ends, is its copy: the first one is kept.
    """
    found: set[int] = set()
    for p, ln in enumerate(raw):
        if not pager[p] or not _SITE_PAGER.match(ln):
            continue
        above = _nearest(raw, p, -1)
        while above >= 0 and pager[above]:
            above = _nearest(raw, above, -1)
        text = raw[above].strip() if above >= 0 else ""
        if len(text) < _OVERLAP_MIN or _ends_mid_sentence(text):
            continue
        k = p
        for _ in range(_STACK_DEPTH + 1):
            k = _nearest(raw, k, 1)
            if k >= len(raw) or raw[k].strip() == text:
                break
            if not pager[k] and (_NUMBERED.match(raw[k]) or _SECTION_HEAD.match(raw[k])):
                k = len(raw)  # the text goes on with another item: no copy
                break
        if k < len(raw) and raw[k].strip() == text:
            found.add(k)
    return found


def _furniture_stacked_at_page_breaks(raw: list[str], out: list[str], pager: list[bool]) -> set[int]:
    """Indexes of the lines a sharing site stacks at every page break beside its pager, one line away or more.

    A preview page prints at each break a stack of its own lines under the pager (第2页 共12页 / 展开阅读全文 ∨ /
    VIP会员免费下载本文档 / 【某文库】海量文档 免费在线阅读), each site its own words; the stack may fall inside a
    sentence or a unit's name the page cut. A line is the site's, whatever its words, where it stands next to the
    pager or to a line already so found, and the same line stands so at two page breaks or more: short, no sentence
    end, no label's colon (a label line repeats from task to task). Text the page cut never repeats itself there.
    At a document's only page break, a line opening with the site's name in 【】 and its slogan's words is the site's.
    """
    furniture = {i for i, ln in enumerate(raw) if ln.strip() and (pager[i] or not out[i].strip())}
    found: set[int] = set()
    for _ in range(_STACK_DEPTH):
        beside = [i for i, ln in enumerate(raw)
                  if i not in furniture and _may_be_furniture(ln.strip())
                  and (_nearest(raw, i, -1) in furniture or _nearest(raw, i, 1) in furniture)]
        times = Counter(raw[i].strip() for i in beside)
        new = {i for i in beside if times[raw[i].strip()] >= 2 or _SITE_SLOGAN.match(raw[i])
               or _between_site_lines(raw, i)}
        if not new:
            break
        furniture |= new
        found |= new
    return found


# a site's name in 【】 opening an advertising line (【某某文库】海量文档 免费在线阅读); a task's cut half never opens so
_SITE_SLOGAN = re.compile(r"^\s*【[^】]{2,12}】[^。；;：:]{0,30}?(?:" + lx.alternation(lx.SHARING_SITE_SLOGAN_WORDS) + ")")


def _site_line(line: str) -> bool:
    """A sharing site's own line at a page break: its page-N-of-M pager or one of its banner lines."""
    return bool(_SITE_PAGER.match(line) or _BANNER_LINE.match(line))


def _between_site_lines(raw: list[str], i: int) -> bool:
    """Does line i stand between two of a sharing site's lines, its pager or banner above and a banner line below?
    The stack at a page break is the site's throughout (— 第 2 页 共 8 页 — / 某某文库 海量文档 / 立即下载 | 收藏 | 分享):
    a short line in it is the site's though seen at one break only; the text the page cut stands above and below the
    stack, never inside it. (A line between a banner and the next break's pager is the next page's text: the stack
    opens with the pager.) No numbered item or section head is taken so."""
    above, below = _nearest(raw, i, -1), _nearest(raw, i, 1)
    if above < 0 or below >= len(raw) or _NUMBERED.match(raw[i]) or _SECTION_HEAD.match(raw[i]):
        return False
    return _site_line(raw[above]) and _BANNER_LINE.match(raw[below]) is not None


def _may_be_furniture(text: str) -> bool:
    """Short, no sentence end, no label's colon: a line a page may repeat at its head or foot."""
    return (0 < len(text) <= _RUNNING_HEAD_MAX and not _SENTENCE_END.search(text)
            and not _LABELLED.search(text))


_BANNER_LINE = re.compile(rf"^\s*(?:{_SHARING_SITE_BANNER})\s*$")
_ONE_LINE_ITEM_SHARE = 0.8  # of the numbered lines: heading and text set on one line (1.加强…。开展…。)


def _items_set_on_one_line(out: list[str]) -> bool:
    """Whether the plan sets its items' headings and text on one line (1.加强…。开展…。), told by its numbered lines no
    page cut (a cut one ends mid-sentence)."""
    numbered = [ln for ln in out if _NUMBERED.match(ln) and not _ends_mid_sentence(ln)]
    return bool(numbered) and (
        sum("。" in ln.rstrip().rstrip("。") for ln in numbered) >= _ONE_LINE_ITEM_SHARE * len(numbered))


def _halves_of_a_cut_page_joined(out: list[str], raw: list[str]) -> list[str]:
    """The two halves of a line a sharing site's page cut, joined again across the page's furniture.

    A sharing site's preview cuts the document into pages by length, anywhere in a line (19.积极应 / 第 6 页 共 9 页 /
    原创力文档 / 对气候变化。开展…); its banner under the pager tells such a cut from a printed page's. The line before
    the banner, ending mid-sentence, goes on with the first line after it that opens no item. A numbered line is cut
    only where the plan sets its items' headings and text on one line (a heading of its own line, 1.加快发展跨境电商,
    is whole and its text follows on the next line).
    """
    # the plan's layout, told by its numbered lines no page cut (a cut one ends mid-sentence)
    one_line_items = _items_set_on_one_line(out)
    out = list(out)
    for i, ln in enumerate(raw):
        if not _BANNER_LINE.match(ln) or out[i].strip():
            continue
        before, after = _nearest(out, i, -1), _nearest(out, i, 1)
        if before < 0 or after >= len(out) or _NUMBERED.match(out[after]) or _SECTION_HEAD.match(out[after]):
            continue
        if not _ends_mid_sentence(out[before]) or (_NUMBERED.match(out[before]) and not one_line_items):
            continue
        out[before] = out[before].rstrip() + out[after].strip()
        out[after] = ""
    return out

# a printed page's number alone on its line (— 4 —, ·4·, <4>, 第4页, 4): where a PDF's page broke, not a site's banner
# (a foot line, the running head and the page number on one line, _FOOT_LINE, is one too)
_PAGE_NUMBER_LINE = re.compile(r"^\s*(?:" + PAGE_NUMBER + r"|" + _FOOT_LINE + r"|\d{1,3}|[<〈《]\s*\d+\s*[>〉》])\s*$")


def _halves_of_a_printed_page_met(out: list[str], raw: list[str]) -> list[str]:
    """The two halves of a line a printed page broke set one under the other again, the page number between them gone.

    A text copied from a PDF keeps the page number where the page ended; when a paragraph's line ran to the page's
    foot (a task's heading too: 1.建设…体育公园和社区全 / — 4 — / 民健身中心。…), its sentence goes on after the page
    number. Blanked, the page number would leave an empty line there, which ends a heading set on its own line and
    cuts the title mid-word. The halves meet again (the line below moved up under the line above, no blank between)
    when the line above is long and ends mid-sentence (_wrapped) and the line below opens no item, section or part
    and is not indented as a paragraph's first line is (a line going on with a paragraph is set flush); the reader
    then reads them as any two lines the page wrapped (a short heading such as 1.加强组织领导 stays a line of its own).
    The lines after the line moved up that go on with the same paragraph move up with it (_paragraph_rest_moved_up).
    """
    out = list(out)
    met: set[int] = set()
    for p, ln in enumerate(raw):
        if not _PAGE_NUMBER_LINE.match(ln) or out[p].strip():
            continue
        before, after = _nearest(out, p, -1), _nearest(out, p, 1)
        if before < 0 or after >= len(out) or after in met:
            continue
        below = out[after]
        if any(_BANNER_LINE.match(raw[k]) for k in range(before + 1, after)):
            continue  # a sharing site's cut, joined by its own rule
        if not _wrapped(out[before].strip()) or not _goes_on_with_a_paragraph(below):
            continue
        out[before + 1], out[after] = below, ""
        met.add(before + 1)
        _paragraph_rest_moved_up(out, before + 2, after + 1)
    return out


def _goes_on_with_a_paragraph(line: str) -> bool:
    """Can the line go on with a paragraph the line above it left open: it opens no item, section, part or article
    and is not indented as a paragraph's first line is (a line going on with a paragraph is set flush)?"""
    return not (line[:1].isspace() or _NUMBERED.match(line) or _SECTION_HEAD.match(line) or _PART_HEAD.match(line)
                or _ARTICLE_HEAD.match(line))


def _paragraph_rest_moved_up(out: list[str], to: int, start: int) -> None:
    """Move up, to `to` on, the lines from `start` on that go on with the paragraph of the line above `to`.

    Where a page broke a paragraph, the page number and the blank lines set around it (and those the running head
    and the form feed pdftotext writes left) stand between its halves. The first line of the second half moved up
    under the first half, the blank lines would stand right under it, inside the paragraph: the rest of it, when
    the text shows no printed width to join lines by, would read as a paragraph of its own (…（责任 / blank /
    单位：市甲局、市乙局）, its units no task's). The lines after it move up too, each while the line above ends
    mid-sentence and the line goes on with it, so that the blank lines close the paragraph as they close any.
    """
    while (to < start < len(out) and out[start].strip() and _ends_mid_sentence(out[to - 1])
           and _goes_on_with_a_paragraph(out[start])):
        out[to], out[start] = out[start], ""
        to, start = to + 1, start + 1


# a footnote's mark: ① to ⑳, restarting on each page; or a word processor's footnote number in brackets, [1] to
# [99], running through the document (a PDF printed from Word: …“公转水”[1]。 / [1]“公转铁”：指…)
_NOTE_MARK = "\u2460-\u2473"
_NOTE_MARK_TOKEN = rf"[{_NOTE_MARK}]|\[[1-9]\d?\]"
_NOTE_LINE_MARK = re.compile(rf"^\s*({_NOTE_MARK_TOKEN})")


def _mark_rank(mark: str) -> tuple[bool, int]:
    """A mark's place in its series, the kind first (① and [1] are no series together)."""
    return (True, int(mark[1:-1])) if mark.startswith("[") else (False, ord(mark))


def _page_foot_notes(raw: list[str], pager: list[bool]) -> set[int]:
    """Indexes of the footnotes a printed page sets at its foot, right above its page number.

    A PDF prints the notes of the marks on a page (实施“两区”①建设…) at the page's foot: ① “两区”：指…, each note a
    line opening with its mark, wrapped lines after it. Copied as text, the notes stand between the two halves of a
    sentence the page broke, and would be read as its words (each 、 piece of a definition a unit). The lines from a
    line opening with a mark down to the page number are notes when every mark opening a line there is referenced
    inside a line higher up on the same page, in rising order; a list of points ①开展… ②推进… opens its lines with
    marks that no line references, and stays text. A mark opening a point after a sentence's stop (…建设。①完善…；
    ②推进…) is another item's inline point, no reference; and lines holding the outline's next numbered item or a
    section's heading are the plan going on, never notes (a page's notes explain marks, they carry no outline).
    """
    notes: set[int] = set()
    page_top = 0
    for p, is_pager in enumerate(pager):
        if not is_pager:
            continue
        first = _first_page_foot_note(raw, page_top, p)
        if first is not None:
            notes.update(range(first, p))
        page_top = p + 1
    return notes


def _first_page_foot_note(raw: list[str], top: int, pager_at: int) -> int | None:
    """The first line of the footnotes above the page number at `pager_at` on the page opening at `top`, if any."""
    # the lines opening with a mark, bottom up, while their marks fall (rise read downwards): at most twenty
    marked: list[tuple[int, str]] = []
    for k in range(pager_at - 1, top - 1, -1):
        m = _NOTE_LINE_MARK.match(raw[k])
        if m is None:
            continue
        if marked and _mark_rank(m.group(1)) >= _mark_rank(marked[-1][1]):
            break
        marked.append((k, m.group(1)))
    references: set[str] = set()  # marks referenced inside a line (a line's own opening mark is none)
    at = top
    for start, _ in reversed(marked):  # the earliest start whose notes are all referenced above it
        for ln in raw[at:start]:
            references.update(_note_references(ln))
        at = start
        if all(mark in references for k, mark in marked if k >= start):
            return None if any(_opens_outline(ln) for ln in raw[start:pager_at]) else start
    return None


def _assignment_notes_at_their_marks(raw: list[str], pager: list[bool], notes: set[int]) -> list[str]:
    """The lines with each mark whose page-foot note names the units of its task replaced by that note in brackets.

    A PDF plan may give its tasks' units in page-foot notes (各项任务的牵头和配合单位见页下注): the task ends with a mark
    (…比例达到80%以上。②), the page's foot gives ②省甲厅牵头，省乙厅配合。 The marks restart on every page, so a note
    pairs with the mark referenced above it on its own page. Set in brackets where its mark stands (…以上。（省甲厅牵头，
    省乙厅配合）), the note is read as the annotation the plan would otherwise have printed there: a task with two
    marks takes both notes; a mark on a group heading gives the heading's units, which its items naming none of their
    own inherit. A note only pointing to another of the page (⑤同③。) is that note. A note naming no unit's role (a
    definition, ①“两区”：指…) stays set aside and its mark is taken off the title later (a bracketed mark, [1], here).
    """
    out = list(raw)
    page_top = 0
    for p, is_pager in enumerate(pager):
        if not is_pager:
            continue
        top, page_top = page_top, p + 1
        first = next((k for k in range(top, p) if k in notes), None)
        if first is None:
            continue
        brackets = {mark: note_bracket(text) for mark, text in _foot_note_texts(raw, first, p).items()}
        # another note's mark is taken off where it is no circled mark (parse takes those off titles and names)
        brackets = {mark: bracket for mark, bracket in brackets.items() if bracket or mark.startswith("[")}
        for k in range(top, first) if brackets else ():
            out[k] = _marks_replaced(out[k], brackets)
    return out


# a note pointing to another note of its page: ⑤同③。
_NOTE_SAME_AS = re.compile(rf"^同\s*({_NOTE_MARK_TOKEN})\s*[。.]?$")


def _foot_note_texts(raw: list[str], first: int, pager_at: int) -> dict[str, str]:
    """Each mark's note in the page-foot notes from `first` down to the page number: the words after the mark, with
    the lines a long note wraps onto; a note 同③ reads as note ③."""
    texts: dict[str, str] = {}
    mark = ""
    for ln in raw[first:pager_at]:
        m = _NOTE_LINE_MARK.match(ln)
        if m:
            mark = m.group(1)
            texts[mark] = ln[m.end():].strip()
        elif mark and ln.strip():
            texts[mark] += ln.strip()
    for mark, text in texts.items():
        same = _NOTE_SAME_AS.match(text)
        if same and same.group(1) in texts:
            texts[mark] = texts[same.group(1)]
    return texts


def _marks_replaced(line: str, brackets: dict[str, str]) -> str:
    """The line with each mark it references (not its own opening mark, nor a point's) that has a bracket replaced
    by it. A mark set inside a sentence, right after the word it explains (实施“四好农村路”①建设，…。), has its
    bracket set after that sentence's stop, where the plan would have printed the annotation: the task's words stay
    whole."""
    opening = len(line) - len(line.lstrip())
    points = {m.end(1) for m in _POINT_OPENING_MARK.finditer(line)}
    edits: list[tuple[int, int, int, str]] = []  # (start, end, order, text put there), in the line as it stands
    for m in _NOTE_REFERENCE.finditer(line):
        bracket = brackets.get(m.group())
        if bracket is None or m.start() == opening or m.start() in points:
            continue
        rest = line[m.end():]
        if bracket and rest.strip():
            # after the sentence's stop (…水平⑤。 as …水平。（…）), the brackets of one sentence in their marks' order
            stop = next((m.end() + i + 1 for i, ch in enumerate(rest) if ch in _SENTENCE_STOPS), len(line))
            edits += [(m.start(), m.end(), len(edits), ""), (stop, stop, len(edits) + 1, bracket)]
        else:
            edits.append((m.start(), m.end(), len(edits), bracket))
    for start, end, _, text in sorted(edits, reverse=True):
        line = line[:start] + text + line[end:]
    return line


_SENTENCE_STOPS = "。；;！!？?"


# a mark opening a point after a sentence's stop (…建设。①完善…；②推进…): the inline points of an item, no reference
# to a note (a note's mark is set inside the sentence, right after the word it explains: 实施“两区”①建设)
_POINT_OPENING_MARK = re.compile(rf"([。；;：:]\s*)[{_NOTE_MARK}](?=\s*[^\s{_NOTE_MARK}。；;，,：:）)])")
_NOTE_REFERENCE = re.compile(_NOTE_MARK_TOKEN)


def _note_references(line: str) -> list[str]:
    """The marks a line references inside its text: neither its own opening mark nor the marks opening its points."""
    text = _POINT_OPENING_MARK.sub(r"\1", line.lstrip()[1:])
    return _NOTE_REFERENCE.findall(text)


def _opens_outline(line: str) -> bool:
    """Whether a line opens an item or a heading of the plan's outline (（三）…, 4.…, 二、…, 第三章): no footnote's."""
    numbered = _NUMBERED.match(line)
    if numbered and not line[numbered.end():numbered.end() + 1].isdigit():  # 1.5万亩 opens no item
        return True
    return bool(_SECTION_HEAD.match(line) or _PART_HEAD.match(line) or _ARTICLE_HEAD.match(line))


def _nearest(raw: list[str], i: int, step: int) -> int:
    """The index of the nearest line from raw[i] in the direction of `step` that is not blank (-1 or len if none)."""
    k = i + step
    while 0 <= k < len(raw) and not raw[k].strip():
        k += step
    return k


# The last line of a centred title may hold only what the title covers or how far it binds, in brackets: the
# years of a three-year plan ("某市安全生产治本攻坚三年行动方案" / "（2024—2026年）"), or 试行 / 征求意见稿.
_TITLE_NOTE = re.compile(
    r"^\s*[(（]\s*(?:(?:19|20)\d\d\s*年?\s*(?:[—–\-－~～至到]+\s*(?:19|20)\d\d\s*年?)?度?|"
    r"试行|暂行|修订|征求意见稿|代拟稿|送审稿|草案)\s*[)）]\s*$")


# The same last line may name the part of a programme the title's list covers (a workbook's sheets under one ledger
# title, each with its own: （设备更新行动）, （消费品以旧换新行动）): a short name in brackets ending with a word of
# lx.TITLE_SCOPE_ENDINGS. Without it the sheets read as plans of one title with no trace of what each covers.
_TITLE_SCOPE = re.compile(rf"^\s*[(（]([\u4e00-\u9fff“”、]{{1,16}}?)(?:{lx.alternation(lx.TITLE_SCOPE_ENDINGS)})[)）]\s*$")
# what makes such a name a summary of the programme, not one part of it (lx.TITLE_SCOPE_COUNT_MEASURES and after)
_SCOPE_COUNT = re.compile(rf"[{CN_NUMERALS}\d]+(?:{lx.alternation(lx.TITLE_SCOPE_COUNT_MEASURES)})|"
                          rf"^(?:{lx.alternation(lx.TITLE_SCOPE_TOTAL_WORDS)})[{CN_NUMERALS}\d]")
_SCOPE_COLLECTIVE = re.compile(rf"^(?:{lx.alternation(lx.TITLE_SCOPE_COLLECTIVE_STARTS)})|"
                               rf"(?:{lx.alternation(lx.TITLE_SCOPE_COLLECTIVE_ENDS)})$")
_SCOPE_QUALIFIERS_ONLY = re.compile(rf"^(?:{lx.alternation(lx.TITLE_SCOPE_QUALIFIERS)})+$")
_QUOTED_NAME = re.compile(r"“[^“”]*”")


def _names_a_part(line: str) -> bool:
    """Whether a bracketed line names one part of a programme (（标准提升行动）), not a count or a collective summing
    it up (（十大重点工程）, （各重点领域）, （重点领域）). A quoted name may hold a number (（“一网通办”行动）)."""
    scope = _TITLE_SCOPE.match(line)
    if not scope:
        return False
    name = _QUOTED_NAME.sub("", scope.group(1))
    return not (_SCOPE_COUNT.search(name) or _SCOPE_COLLECTIVE.search(name) or _SCOPE_QUALIFIERS_ONLY.match(name))


def _own_title(lines: list[str], start: int, titles: dict[int, str], source: str) -> str:
    """The title of the plan starting at `start` as its own line (or its attachment mark) gives it, before a line
    under it completes it."""
    if _untitled_attachment(lines, start):
        return _untitled_attachment_title(lines, start) or untitled(source, lines[start])
    if _attachment_titled(lines[start]):
        return _attachment_titled(lines[start])
    if file_title := _file_mark(lines, start):
        return file_title
    return titles.get(start) or title_field_value(lines[start]).strip()


def _title_notes_below(lines: list[str], starts: list[int], own_titles: list[str]) -> list[str]:
    """Each plan's bracketed line completing its title (`_title_note_below`), else "".

    Sheets sharing a title whose scope lines both sum the programme up (（重点工程） and （各重点领域）, each left out by
    `_names_a_part`) would be left with one title, and so one plan id: the site keeps one of them and drops the other.
    Such plans keep their scope lines, which are at least written apart, as every scope line was kept before the
    summing lines were left out; two sheets printing the very same line still share a title, as they always did."""
    ends = starts[1:] + [len(lines)]
    notes = [_title_note_below(lines, start, end, own_titles.count(title) > 1)
             for start, end, title in zip(starts, ends, own_titles)]
    read = [title + note for title, note in zip(own_titles, notes)]
    return [note or (_scope_line_below(lines, start, end) if read.count(whole) > 1 else "")
            for note, whole, start, end in zip(notes, read, starts, ends)]


def _line_completing_title(lines: list[str], title_line: int, end: int) -> int | None:
    """The first line with text under a title (within two lines) that may complete it; None under a title already
    closed by a bracket of its own."""
    below = next((k for k in range(title_line + 1, min(end, title_line + 3)) if lines[k].strip()), None)
    return None if below is None or lines[title_line].rstrip().endswith(("）", ")")) else below


def _scope_line_below(lines: list[str], title_line: int, end: int) -> str:
    """The bracketed （…行动） / （…领域） line under a title, summing or naming alike, else ""."""
    below = _line_completing_title(lines, title_line, end)
    return lines[below].strip() if below is not None and _TITLE_SCOPE.match(lines[below]) else ""


def _title_note_below(lines: list[str], title_line: int, end: int, shared_title: bool = False) -> str:
    """The bracketed line under a title that completes it (its years, 试行, the part of a programme it covers), else "".

    The part of a programme completes a title only where the page holds other plans of the same title (the sheets of
    one workbook repeating one ledger title, joined into one text): there it is what tells the plans apart. Under a
    title of its own the line tells no plans apart and is left out of the title (it stays a line of the plan's text):
    the plan's id is made from the title alone. The reader glued any such line on before, so a plan it read under a
    title with a scope line below now gets a new id (and URL); no plan published in content/plans had one."""
    below = _line_completing_title(lines, title_line, end)
    if below is None:
        return ""
    if not (_TITLE_NOTE.match(lines[below]) or (shared_title and _names_a_part(lines[below]))):
        return ""
    return lines[below].strip()


def _listed_title_tail_below(lines: list[str], start: int, end: int, title: str) -> str:
    """The rest of an attached plan's title set over two lines under its mark (…三年行动问题隐患 / 和制度措施“两个清单”),
    else "": the line below is the title's where the two together are, whole, a title the covering notice's list of
    attachments names (附件：…问题隐患和制度措施“两个清单”). A title kind may end neither line, so only the notice says
    the lines are one title."""
    below = next((k for k in range(start + 1, min(end, start + 3)) if lines[k].strip()), None)
    if below is None or not title:
        return ""
    tail = lines[below].strip()
    whole = re.sub(r"\s+", "", title + tail)
    return tail if any(re.sub(r"\s+", "", t) == whole for t in _attachment_titles(lines[:start]).values()) else ""


def _may_be_title(line: str) -> bool:
    """Whether the first line of a text that has no title line could still be its title.

    A text may open straight with its outline or its task table (a 分工表 pasted without its
    caption): a numbered item, a section head or a table row (a task line with its annotation) is
    the first of the plan's items, and taking it for the title would lose it.
    An addressee line (…各部门:) is the notice's, not a title. Nor is a gazette's issue alone (2025 年第 8 期 / 第8期):
    a copy read down the page in rows (plain pdftotext of a two-column 公报) sets its running head's issue on a line of
    its own, the gazette's name on another, before the document's title; the issue names no document.
    """
    s = line.strip()
    return not (_NUMBERED.match(s) or _SECTION_HEAD.match(s) or s.endswith((":", "：")) or _ISSUE_ALONE.match(s))


_ISSUE_ALONE = re.compile(rf"^(?:{ISSUE_MARK})$")


def untitled(source: str, first: str) -> str:
    """The title of a text that states none: its file's name (an editor corrects it in the front matter)."""
    stem = Path(source).stem.strip() if source and not source.startswith("<") else ""
    if not stem or first.strip().startswith(stem) or not re.search(r"[^\W\d_]", stem):
        return "未命名计划"  # a name that is no word, or one the text begins with, would be read as part of the text
    return stem


# a title's second line holding only its kind (where a title breaks: after the issuing body, words.notices.ISSUER_END,
# or before the year)
_KIND_ONLY = re.compile(r"^\s*(?:\d{4}年)?(?:年度)?\S{0,8}$")


# a line that is one quoted document's name, whole (《某省国民经济和社会发展第十五个五年规划纲要》)
_QUOTED_DOCUMENT_LINE = re.compile(r"^《[^《》]{4,38}》$")


# the marks of a sentence: a line holding one is no title's first half
_SENTENCE_MARK = re.compile(r"[。，,；;：:！？!?]")
# 某市2026年药品、医疗器械、化妆品安全 / 专项整治工作方案: a title naming several fields (食品、药品 / 水、电、气) lists them
# with 、 between two words; a first half so is a title's all the same, where the second half completes it (a 、 list
# of bodies, 某市X局、某市Y局, above a year's title is their joint signature, not joined: no issuer's branch for it)
_FIELDS_LISTED = re.compile(r"[^、]+(?:、[^、]+)+")


def _title_head(lines: list[str], start: int, previous_start: int) -> int | None:
    """The line holding the first half of a title broken over two lines, if the title at `start` is one.

    Titles are centred and often broken by hand: "陕西省某某委员会 / 2023年某某工作要点" or
    "某市2024年安全生产 / 工作要点". The line above is the first half when it is short, has no
    punctuation, is neither a date nor a numbered item nor a title itself, and either names a body
    or the title line alone is too short to be a whole title.
    """
    prev = start - 1
    while prev > previous_start and not lines[prev].strip():
        prev -= 1
    if prev <= previous_start or start - prev > 2:
        return None
    head, tail = lines[prev].strip(), lines[start].strip()
    if not (2 <= len(head) <= 40) or _SENTENCE_MARK.search(head) or SIGNATURE_DATE.match(head):
        return None
    listing = "、" in head
    if listing and not _FIELDS_LISTED.fullmatch(head):
        return None  # a 、 opening or closing the line, or two together: a list cut off, no title's half
    if listing and all(unit_like(part, strict=True) for part in head.split("、")):
        return None  # 某县甲局、某县乙局 over …工作方案: the bodies signing jointly, with a year below or none
    if _NUMBERED.match(head) or _SECTION_HEAD.match(head) or _CHROME.match(head):
        return None
    if len(head) + len(tail) > 70:
        return None
    if _is_title(head) or _QUOTED_DOCUMENT_LINE.match(head):
        # a title itself above: one title only where the line below is the kind of a document dividing or carrying out
        # the plan it names (某市…发展规划 / 重点任务分工方案), or where the notice above quotes the two lines as one; the
        # plan divided may be quoted whole on the first line (《某省…规划纲要》 / 主要目标任务分工方案)
        return prev if DIVIDING_KIND.match(tail) or _quoted_above(lines, prev, head + tail) else None
    if not listing and ISSUER_END.search(head) and re.match(r"\s*(?:\d{4}|[一二三四五六七八九十〇○零]{4})\s*[—–-]?\s*(?:\d{4})?\s*年", tail):
        return prev
    if _broken_mid_phrase(head, tail) or _quoted_above(lines, prev, head + tail):
        return prev
    return prev if len(tail) < 6 and _KIND_ONLY.match(tail) else None


# a year, or the period of a five-year plan (“十五五”), which a title's first half may hold as it holds the year
_YEAR_IN = re.compile(r"(?:19|20)\d\d\s*年|[“\"]?十[一二三四五六七八九]五[”\"]?(?:时期|期间)?")
_NOTICE_REACH = 40  # lines above a title where the covering notice names it


_SENDERS_MAX = 4  # lines of issuing bodies a joint notice prints above its title, one body a line
_NOTICE_TITLE_LINE = 40  # characters: a line of a notice's title printed centred


# a document's title under its masthead: its sender, if printed on the same line, then 关于… (某市督查室关于对…的通知)
_ABOUT_TITLE = re.compile(r"^[^\s，,。；;：:《》]{0,30}?" + lx.ABOUT)


def _notice_title(lines: list[str], first: int) -> str:
    """The covering notice's title where the page opens with it, set over several lines as printed, else "".

    A notice issuing a plan prints its senders each on a line of its own (a joint notice: 某省某某厅 / 某省财政厅),
    then its title, often broken by hand, even inside the 《》 of the document it issues (关于印发《某省…资金管理 /
    实施细则》的通知). Read line by line, the first sender or the first half would be the title; the lines read
    together are the notice's title, and the plan is the one document it names (words.notices.issued_title).
    The sender lines are bodies' names and no more (…厅, …局, …委员会, no punctuation); the title's lines hold no
    sentence punctuation, and together they name the one document the notice issues, or the work the notice itself
    assigns (农业农村部办公厅 / 关于做好2026年春季农业生产 / 工作的通知: WORK_NOTICE_KINDS).
    """
    # (a page's 标题： field holding the title, wrapped or not: its value is the title's first line)
    lines = lines[:first] + [title_field_value(lines[first])] + lines[first + 1:]
    rows = [i for i in range(first, min(len(lines), first + 2 * (_SENDERS_MAX + 3))) if lines[i].strip()]
    # the masthead (某市人民政府办公室文件) and the 文号 above: the notice's header, not its title
    headed = bool(rows) and NOTICE_HEAD_LINE.match(lines[rows[0]].strip()) is not None
    while rows and NOTICE_HEAD_LINE.match(lines[rows[0]].strip()):
        rows = rows[1:]
    senders = 0
    while senders < min(_SENDERS_MAX, len(rows)) and _sender_line(lines[rows[senders]]):
        senders += 1
    # a letter (函) prints its sender's name as its letterhead, then its 文号 (某医保函〔2025〕37号), then its title:
    # the 文号 is the header's, no line of the title
    while senders < len(rows) and NOTICE_HEAD_LINE.match(lines[rows[senders]].strip()):
        rows = rows[:senders] + rows[senders + 1:]
    # a title on one line, or broken over two; under a masthead, a sender no sender word names (某市督查室) may stand
    # on a line of its own above the two
    for size in (1, 2, 3) if headed else (1, 2):
        part = rows[senders : senders + size]
        if len(part) < size or part[-1] - part[0] > 2 or any(_not_a_title_line(lines[i]) for i in part):
            return ""
        title = "".join(lines[i].strip() for i in rows[: senders + size])
        own = "".join(lines[i].strip() for i in rows[senders : senders + size])
        if senders == 1 and own.startswith(lines[rows[0]].strip()):
            title = own  # the letterhead's name, which the title repeats at its head: the sender once, not twice
        # the notice issues a plan, or is itself the plan: a notice on a piece of work (关于做好…工作的通知), or a letter
        # asking for the bodies' share of one (关于商请协助做好…工作的函)
        if size < 3 and title.endswith(("通知", "函")) and (issued_plan(title, []) or WORK_NOTICE_KINDS.search(title)):
            return title
        # under a masthead the senders' 关于… lines are the document's title whatever it is about (关于对…进行督办的通知,
        # 关于…督查情况的通报): the masthead (X文件) heads a document, never titles it
        if headed and _ABOUT_TITLE.match(own) and own.endswith(BULLETIN_KINDS):
            return title
    return ""


def _notice_title_first_half(lines: list[str], i: int) -> bool:
    """Is line i the first half of a covering notice's title broken by hand, the line below closing it (…的通知)?

    A notice issuing a plan's 分工方案 breaks its long title after the kind and years of the plan divided
    (关于印发某县妇女儿童发展规划（2021—2030年） / 主要目标和策略措施分工方案的通知): the first half ends in a plan's kind
    and reads as a whole title, and the notice's own requirements (一、提高思想认识 二、…) under it as that plan's outline.
    A line opening 关于 (its senders before it, or none) that does not itself close the notice's title is its first half
    where the next line with text is a title's line closing it: the two are the notice's title (`_notice_title`), no plan
    starts at the first."""
    s = lines[i].strip()
    about = _ABOUT_TITLE.match(s)
    # the first half issues a document (关于印发 / 关于转发 …): a plan's own title opening 关于 (关于加强…的实施意见)
    # is no notice's, though a notice's whole title line may follow it
    if not about or not s[about.end():].startswith(lx.NOTICE_ISSUING_VERBS) or s.endswith(lx.NOTICE_TITLE_ENDS):
        return False
    below = _nearest(lines, i, 1)
    if below >= len(lines) or below - i > 2:
        return False
    tail = lines[below].strip()
    # a line naming its own subject (…关于…的通知) or issuing its own document (转发…的通知) is a title of its own
    return (tail.endswith(lx.NOTICE_TITLE_ENDS) and not _not_a_title_line(tail) and lx.ABOUT not in tail
            and not tail.startswith(lx.NOTICE_ISSUING_VERBS))


def _sender_line(line: str) -> bool:
    """A line holding only an issuing body's name (某省财政厅), as the senders of a notice are printed above its title."""
    s = line.strip()
    return 2 <= len(s) <= _NOTICE_TITLE_LINE and ISSUER_END.search(s) is not None and lx.ABOUT not in s \
        and not re.search(r"[。，,；;：:、！？!?《》\s]", s)


def _not_a_title_line(line: str) -> bool:
    s = _without_senders_before(line.strip())
    return len(s) > _NOTICE_TITLE_LINE or re.search(r"[。，,；;：:！？!?]", s) is not None


def _without_senders_before(line: str) -> str:
    """The title from its 关于 where its senders are printed before it on the same line, each body apart by a space.

    A portal page prints a joint notice's title on one line, however many its senders (X部办公厅 Y总局办公厅 Z局办公室
    关于开展…的通知): the senders' names are not the title's length; the title proper is what a page sets centred."""
    head, about, rest = line.partition(lx.ABOUT)
    names = head.split()
    if not about or len(names) < 2 or not all(_sender_line(name) for name in names[:-1]) \
            or not _sender_line(names[-1]):
        return line
    return about + rest


def _quoted_above(lines: list[str], at: int, title: str, whole: bool = False) -> bool:
    """Does the covering notice above name this title, whole, in 《》? Then the two lines are one title broken by
    hand ("某区全力打响“某某服务”品牌 / 加快建设“某某新城”三年行动计划" under "印发《某区…行动计划》的通知").
    The notice is read with its lines joined: a PDF's page breaks the quote wherever its printed line runs out
    (…制定了《某县创 / 建全国…分解表》), and the name is still the notice's, whole.
    With `whole` the quote must end where the title does (印发《某局2025年工作要点》的通知 over 某局2025年工作要点
    standing alone: the document the notice issues starts at that line)."""
    title = re.sub(r"\s+", "", title)
    quoted = f"《{title}》" if whole else f"《{title}"
    return bool(title) and quoted in re.sub(r"\s+", "", "".join(lines[max(0, at - _NOTICE_REACH) : at]))


def _broken_mid_phrase(head: str, tail: str) -> bool:
    """A title broken by hand in the middle of a phrase: "某区贯彻落实《关于加强某某 / 工作的意见》的任务分解方案",
    "某区政府2023年重点工作 / 任务分解和责任分工方案", "2022年市《政府工作报告》目标任务 / 责任分解方案".

    The first half cannot stand alone: it leaves a 《 open that the second half closes, or it holds the year
    while the second half, a title's ending (…方案), holds none, or it ends in a conjunction (…总结和), or the second
    half is a kind of document and no more. The caller has already refused a first half with punctuation, a date, a number or chrome.
    """
    if head.startswith(("附件", "(", "（")) or not TITLE_KINDS.search(tail):
        return False
    opened = head.count("《") + head.count("〈") > head.count("》") + head.count("〉")
    closed = tail.count("》") + tail.count("〉") > tail.count("《") + tail.count("〈")
    if opened and closed:
        return True
    if _YEAR_IN.search(head) and not _YEAR_IN.search(tail) and len(head) + len(tail) <= 50:
        return True
    # "某县X局2026年工作总结和 / 2027年工作计划": a first half ending in the word joining two kinds of document (总结和计划,
    # 总结暨计划) cannot stand alone, though the second half holds a year of its own
    if head.endswith(lx.TITLE_BREAK_CONJUNCTIONS) and len(head) + len(tail) <= 50:
        return True
    # "某部办公厅关于提升县域服务能力 / 促进消费的实施意见": the head opens 关于… and the tail closes it with 的 before the
    # kind; an issuer's 关于 left open cannot end a title
    if lx.ABOUT in head and "的" not in head[head.index(lx.ABOUT):] and "的" in tail:
        return True
    return len(tail) <= 8 and _KIND_ONLY.match(tail) is not None


def _is_title_tail(lines: list[str], i: int) -> bool:
    """A line too short to be a title ("工作要点") that completes the line above into one."""
    s = lines[i].strip()
    if not s or len(s) >= 6 or not TITLE_KINDS.search(s):
        return False
    head = _title_head(lines, i, -1)
    return head is not None and _is_title(lines[head].strip() + s)


_TITLE_MAX = 120  # a title, even a notice's (关于印发…的通知), is never longer


def title_prefix(line: str) -> str:
    """The title at the head of a line that runs on into the text ("某市2024年工作要点以习近平…"), else the line.

    Text copied without line breaks (a document-sharing page) keeps the title on the same line as
    the preamble; the title is the shortest head ending in a kind of document (…工作要点, …方案).
    """
    s = line.strip()
    if len(s) <= 60:
        return s
    m = _TITLE_HEAD.match(s)
    return m.group(1) if m else s


# the notice's list of what it attaches: "附件：1.某县…方案" then "2.某县…清单" on the lines below (or one line)
_ATTACHMENT_LIST = re.compile(r"(?:^|(?<=[。；;\s]))附\s*件\s*[:：]\s*(.*)$")
_LIST_ENTRY = re.compile(r"(?:^|\s)(\d{1,2})\s*[.．、]\s*(\S+)")


def _attachment_titles(notice: list[str]) -> dict[int, str]:
    """The titles the covering notice lists for its attachments, by number (a single one unnumbered is 1).

    The list is "附件：1.某县…方案" with the next entries on the lines below, or, in a text that lost its line
    breaks, all on one line running on into the signature (附件：1.某县…方案2.某县…清单某县防汛抗旱指挥部…): each
    entry runs to the next number, and an entry running on is cut after its title's kind (…清单).
    """
    for k, ln in enumerate(notice):
        m = _ATTACHMENT_LIST.search(ln)
        if not m:
            continue
        text = m.group(1)
        for ln2 in notice[k + 1 : k + 10]:
            if not _LIST_ENTRY.match(ln2.strip()):
                break
            text += "\n" + ln2.strip()
        entries: dict[int, str] = {}
        number, at = 1, 0
        first = re.match(r"\s*1\s*[.．、]\s*", text)
        if not first:
            return {1: _entry_title(text.split("\n")[0])} if text.strip() else {}
        at = first.end()
        while True:
            nxt = re.compile(rf"{number + 1}\s*[.．、]\s*").search(text, at)
            entries[number] = _entry_title(text[at : nxt.start() if nxt else len(text)])
            if not nxt:
                return entries
            number, at = number + 1, nxt.end()
    return {}


def _entry_title(entry: str) -> str:
    """An entry of the list as a title: its first line, cut after its kind where it runs on."""
    entry = entry.split("\n")[0].strip().rstrip("；;，,。")
    if TITLE_KINDS.search(entry):
        return entry
    head = _TITLE_HEAD.match(entry)
    return head.group(1) if head else entry


def _untitled_attachment_title(lines: list[str], mark: int) -> str:
    """The title of an attached plan printed under its mark alone: the notice's list entry of that number."""
    number = re.sub(r"\D", "", lines[mark]) or "1"
    return _attachment_titles(lines[:mark]).get(int(number), "")


def _after_attachment_mark(lines: list[str], i: int) -> bool:
    """Is line i the title of an attached plan: the first line after a bare 附件N mark, a title's length, no sentence?

    A notice prints each attached plan under its mark (附件1 / 附件2), and an attachment may be of a kind
    no title word names (…重点任务责任分解, …工作台账): its title is still the line under the mark.
    """
    s = lines[i].strip()
    if not (6 <= len(s) <= 60) or "。" in s or _NUMBERED.match(s) or _SECTION_HEAD.match(s) or _CHROME.match(s):
        return False
    at = next((k for k in range(i - 1, max(-1, i - 3), -1) if lines[k].strip()), None)
    if at is None:
        return False
    return bool(ATTACHMENT_MARK_ALONE.match(lines[at])) or _closing_table_mark(lines, at)


# "附表" / "附表2" alone on its line: a table attached after the plan, its title on the next line
_TABLE_MARK = re.compile(r"^\s*附\s*表\s*[\d一二三四五六七八九十]{0,3}\s*[:：]?\s*$")


def _closing_table_mark(lines: list[str], i: int) -> bool:
    """Is line i a bare 附表 mark closing the document, read as an 附件 mark is?

    A 工作要点 printed on a web page may end with 附表 (not 附件) over a title line of its own and a table numbered
    from 1 again (序号 | 时间节点 | 重点工作 | 责任单位): a schedule plan attached after the plan's last part, as an
    附件 is. A 附表 over a table set between the plan's parts (附表 / 主要指标 / then 三、…) is a box inside the
    plan: a part heading (一、 二、) below the mark says the plan goes on, and the mark opens nothing."""
    return bool(_TABLE_MARK.match(lines[i])) and not any(_SECTION_HEAD.match(ln) for ln in lines[i + 1 :])



def _attachment_titled(line: str) -> str:
    """The title an attachment mark carries on its own line (附件2：某县抗旱工作方案), else ""."""
    m = ATTACHMENT_MARK_TITLED.match(line)
    if not m or not 5 <= len(m.group("title")) <= 59:  # a title's length: not a word or two, not a paragraph
        return ""
    # an attachment may be of a kind no title word names (…重点工作责任分解, …工作台账): any title-like rest
    title = m.group("title")
    if "。" in title or _SENTENCE_END.search(title) or _NUMBERED.match(title) or _SECTION_HEAD.match(title):
        return ""
    if _FILE_NAME_END.search(title):
        return ""  # 附件2：某县…台账.docx: a page's link to the attached file, not the attachment printed below it
    return title


def _file_mark(lines: list[str], i: int) -> str:
    """The attached file's name where line i is an e-document system's marker of the file printed below it, else "".

    An OA system's text export prints each attached file's text under a marker naming the file in square brackets
    (【附件：2.任务分解表.xls】), often with no title line of its own: the attached plan starts at the marker, titled
    by the file's name (read as no mark, an attached table's rows ran on as more items of the body's last part, their
    numbers 1… colliding with the body's). A plan starts there only where an outline or a table's rows follow
    (_plan_starts); a marker over the attachment's own title line leaves the start to that title."""
    line = lines[i].lstrip()
    return attachment_file_name(line) if line[:1] in "【[" else ""


# the cells of a table's row as a text copy parts them: tabs, a drawn bar, or a run of two spaces or more
_ROW_CELL_GAP = re.compile(r"\t|[|｜]|[ \u3000]{2,}")


def _task_table_header(line: str) -> bool:
    """Is the line a task table's header on one line: a task column and a unit column (序号 | 工作任务 | 牵头单位 …)?"""
    cells = [cell.strip() for cell in _ROW_CELL_GAP.split(line.strip()) if cell.strip()]
    if len(cells) < 2:
        return False
    kinds = header_kinds(cells)
    return "task" in kinds and any(kind in ROLES for kind in kinds)


def _file_marks_over_tables(text: str) -> str:
    """The text with each attachment marker naming a file straight over a task table's header set as an OA system's
    bracketed marker (附件：任务分解表 / 附件2：任务分解表.xls over 序号 | 工作任务 | 牵头单位 -> 【附件：任务分解表】).

    Written without brackets, the same line is a page's download link (附件2：某县…台账.docx over the page's footer)
    or the notice's list of what it attaches, no start of a plan; over the header of a table it can only be the
    attached file itself, printed there with no title line. The header is looked at before the table readers
    rewrite the rows (after them it is gone); the marker's line is kept in its place. A mark already read as the
    attachment's with its title (附件2：某县…分工表) is left as written."""
    if "\t" not in text and "|" not in text and "  " not in text:
        return text
    lines = text.split("\n")
    first = next((k for k, ln in enumerate(lines) if ln.strip()), -1)
    under: dict[int, bool] = {}  # each marker's verdict, which the next marker of the run takes (no walk back twice)
    for i, line in enumerate(lines):
        if attachment_file_name(line) and line.lstrip()[:1] not in "【[" and not _attachment_titled(line):
            below = next((ln for ln in lines[i + 1 : i + 3] if ln.strip()), "")
            under[i] = _under_its_plans_title(lines, i, first, under)
            if (_task_table_header(below) and not under[i]
                    and not _named_in_full_above(lines, i, attachment_file_name(line))):
                lines[i] = f"【{line.strip()}】"
    return "\n".join(lines)


def _under_its_plans_title(lines: list[str], i: int, first: int, under: dict[int, bool]) -> bool:
    """Does the file marker at line i stand under a plan's own title line, with nothing between but other such
    markers and their tables' rows (某市2025年重点民生实事 / 附件1：项目表.docx / its rows / 附件2：任务表.docx / …)?
    The title heads the plan the tables make up: the markers name its parts' files, and titled by the first file's
    name the plan lost its own title (the next marker read as a section head of it). A title line is one read as
    such (_is_title), or the text's first line (`first`) set as a title (the title a plan takes when none other is
    found). A marker met on the way up gives its verdict (`under`, the markers above already weighed)."""
    k = i - 1
    while k >= 0 and (not lines[k].strip() or attachment_file_name(lines[k]) or _table_row(lines[k])):
        if k in under:
            return under[k]
        k -= 1
    if k < 0:
        return False
    return _is_title(lines[k]) or (k == first and _title_shaped(lines[k].strip()))


def _table_row(line: str) -> bool:
    """Is the line a table's row as a text copy parts its cells (two cells or more)?"""
    return len([cell for cell in _ROW_CELL_GAP.split(line.strip()) if cell.strip()]) >= 2


def _named_in_full_above(lines: list[str], i: int, name: str) -> bool:
    """Does the covering notice above name the file's document in full (关于印发某县2025年重点工作任务分解表的通知, 《某县
    2025年重点工作任务分解表》) where the marker gives its short name (附件：重点工作任务分解表)? The notice's plan
    covers the table, under the notice's fuller title (titled by the file's name, it lost its place and year)."""
    name = re.sub(r"\s+", "", name)
    above = re.sub(r"\s+", "", "".join(lines[max(0, i - _NOTICE_REACH) : i]))
    return bool(name) and any(f"{name}{end}" in above for end in ("》", *lx.NOTICE_TITLE_ENDS))


_FILE_NAME_END = re.compile(r"\.(?:" + lx.alternation(lx.FILE_EXTENSIONS) + r")\s*(?:[(（][^()（）]{1,12}[)）])?$", re.I)


def _untitled_attachment(lines: list[str], i: int) -> bool:
    """Is line i a bare 附件N mark with no title under it: the attached plan's outline starts on the next line?

    A notice names what it attaches in its list (附件：1.某县防汛工作方案 / 2.某县抗旱任务清单) and some copies
    print the attachment with its mark only: "附件2" then "㈠加强水源调度" or "一、压实责任。…". The mark is
    then where the attached plan begins (its title is taken from the notice, `_attachment_titles`).
    """
    if not ATTACHMENT_MARK_ALONE.match(lines[i]):
        return False
    nxt = next((ln for ln in lines[i + 1 : i + 3] if ln.strip()), "")
    if not _FIRST_ITEM.match(nxt):
        return False
    # "附件" / "1.某县防汛工作方案" / "2.…": the notice's list of attachments written under a bare mark, not an outline
    entry = _FIRST_ITEM.sub("", nxt, count=1).strip()
    return not (TITLE_KINDS.search(entry) and "。" not in entry and len(entry) <= 60)


_MASTHEAD_MAX = 12  # characters of a bulletin's name (督查通报, 政务督查专报), spaces left out
_TITLE_LINE_MAX = 40  # characters of one line of a title broken by hand
# the issuing office or the date between a masthead and the title (某市人民政府督查室　　2025年6月12日 / 某市政府办公室编)
_ISSUED_BY = re.compile(r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|"
                        r"(?:" + ISSUER_END.pattern.rstrip("$") + r"|室)(?:编|主办|印发)?\s*$")


def _bulletin_title(lines: list[str]) -> tuple[int, str] | None:
    """The document's title under a bulletin's masthead, as (its first line, the title), else None.

    A 督查通报 or 简报 opens with the publication's name, often letter-spaced (督 查 通 报), and its issue
    (2025年第5期), then the office and the date, and only then the document's title, maybe over two lines
    (关于全市…第二季度 / 专项督查情况的通报). The masthead names the publication, not the document: the plan starts at
    the title below it, which ends in a bulletin's kind (…的通报, …的报告) or a plan's.
    """
    text = [(i, ln.strip()) for i, ln in enumerate(lines) if ln.strip() and not is_chrome(ln)][:8]
    if len(text) < 3:
        return None
    name, issue = text[0][1], text[1][1]
    if not (2 <= len(re.sub(r"\s+", "", name)) <= _MASTHEAD_MAX) or _SENTENCE_END.search(name) or not ISSUE_NUMBER.match(issue):
        return None
    rest = text[2:]
    while rest and _ISSUED_BY.search(rest[0][1]) and len(rest) > 1:
        rest = rest[1:]
    title: list[tuple[int, str]] = []
    for i, line in rest[:3]:
        if len(line) > _TITLE_LINE_MAX or re.search(r"[。，,；;：:！？!?]", line) or _NUMBERED.match(line) or _SECTION_HEAD.match(line):
            return None
        title.append((i, line))
        if line.endswith(BULLETIN_KINDS) or TITLE_KINDS.search(line):
            return title[0][0], "".join(part for _, part in title)
    return None


def _roster_attachment_at(lines: list[str], start: int, end: int) -> int:
    """Where the plan's text ends before an attached roster (its mark), else end.

    A 专项行动方案 often ends with 附件 / 某县…领导小组成员单位名单 / 组长：… / 成员单位： then one body a line /
    领导小组办公室设在…: who sits in the group, no task and no plan, and no part of the plan's last item either (its
    names would be read as that item's units)."""
    return next((k for k in range(start + 1, end) if _roster_title_under(lines, k)), end)


def _roster_title_under(lines: list[str], i: int) -> bool:
    """Is line i an attachment's mark whose title, on its line or the few below, is a roster's (…成员名单), or a
    report's outline (自查报告提纲: the headings of a report the units are to write, numbered like a plan's parts)?"""
    if titled := _attachment_titled(lines[i]):
        return titled.endswith(_NO_PLAN_ATTACHMENT_KINDS)
    if not ATTACHMENT_MARK_ALONE.match(lines[i]):
        return False
    below = [ln.strip() for ln in lines[i + 1 : i + 6] if ln.strip()][:3]  # a title may be set over two or three lines
    for line in below:
        if len(line) > _TITLE_LINE_MAX or _SENTENCE_END.search(line) or "。" in line:
            return False
        if line.endswith(_NO_PLAN_ATTACHMENT_KINDS):
            return True
    return False


# what an attachment holding no plan is titled: a roster, or the outline of a report to write
_NO_PLAN_ATTACHMENT_KINDS = lx.ROSTER_KINDS + lx.REPORT_OUTLINE_KINDS


def _plan_starts(lines: list[str]) -> list[int]:
    """Title lines followed by an outline (a section head or numbered item) before the next title."""
    bulletin = _bulletin_title(lines)
    candidates = [i for i, ln in enumerate(lines)
                  if _is_title(ln) or _is_title_tail(lines, i) or _after_attachment_mark(lines, i) or _duties_title(lines, i)
                  or _untitled_attachment(lines, i) or _attachment_titled(ln) or _file_mark(lines, i)
                  or (bulletin and i == bulletin[0])]
    starts = []
    for n, i in enumerate(candidates):
        if _notice_title_first_half(lines, i):
            continue  # 关于印发某县…规划（2021—2030年） / …分工方案的通知: the notice's title, no plan's (its 一、 its requirements)
        if _under_interpretation_head(lines, i):
            continue  # 政策解读 / 某县…工作方案: the 解读 printed after the plan, under the plan's title again
        if starts and any(_roster_title_under(lines, k) for k in range(max(0, i - 3), i + 1)):
            continue  # 附件 / …成员名单 / 1.县应急管理局: a roster numbered like an outline is no plan (cut off the plan above)
        nxt = candidates[n + 1] if n + 1 < len(candidates) else len(lines)
        if starts and _caption_inside_a_plan(lines, i, nxt):
            continue
        if starts and not _is_title(lines[i]) and _duties_title(lines, i) and _outline_goes_on_after(lines, i, nxt):
            continue  # 二、… / 某局成员单位职责 / 1.… / 三、…: an unnumbered duties heading inside a plan, no plan of its own
        contents = _contents_lines(lines, i, nxt)
        at = next((k for k in range(i + 1, nxt) if k not in contents and (
                   _SECTION_HEAD.match(lines[k]) or _NUMBERED.match(lines[k]) or _FILING_ITEM.match(lines[k])
                   or _DECIMAL_PART.match(lines[k]) or _ARTICLE_HEAD.match(lines[k]))), None)
        if contents and (at is None or min(contents) < at) and _same_title(lines[i], lines[nxt] if nxt < len(lines) else ""):
            continue  # title / 目录 and its entries / the title again over the body: the plan starts there (the entries
            # with no page number too, which read as an outline)
        first = lines[at] if at is not None else None
        # a plan's outline starts at 一 or 1 (or 1 总则 over 1.1, or 第一章 / 第一条); a subheading inside a plan is
        # followed by the numbering going on
        if first is not None and (_FIRST_ITEM.match(first) or _FIRST_ARTICLE.match(first)
                                  or _opens_a_decimal_outline(lines, at, nxt) or _dash_for_one_above(lines, i, at)):
            starts.append(i)
        elif first is None and _after_attachment_mark(lines, i) and any(
                _FIRST_RUN_ON_ITEM.search(ln) for ln in lines[i + 1 : nxt]):
            starts.append(i)  # an attached plan whose text runs on in one line (_attachments_apart)
        elif first is None and not starts and _quoted_above(lines, i, lines[i], whole=True) and any(ln.strip() for ln in lines[i + 1 : nxt]):
            # the document a covering notice issues (印发《X》的通知 … X alone on its line, then its text) starts there
            # though no numbered outline follows (a plan outlined by bullets or plain headings: ● ▲, 总体要求)
            starts.append(i)
    return starts


def _dash_for_one_above(lines: list[str], title: int, at: int) -> bool:
    """Does a heading whose 一 OCR returned as a dash (—、指导思想) open the outline under the title, its first numbered
    line the 二、 after it (labels.dash_read_as_one)?"""
    following = label_of(lines[at].strip())
    return any(dash_read_as_one(lines, k, following) for k in range(title + 1, at))


# entries of a table of contents may stand apart by a line or two: an entry wrapped over two lines
# (二、加强临水临崖 / 路段……2), a page's foot between two pages of the contents
_CONTENTS_ENTRY_GAP = 2


def _contents_lines(lines: list[str], i: int, nxt: int) -> range:
    """The lines of a table of contents (目录 and its entries) under the title at i, before the next title; else empty.

    A long 实施方案 or 规划 typeset in Word prints its title on the contents page and again over its text: title /
    目　录 / 一、总体要求………3 / （一）指导思想………3 / … / the title / 一、总体要求. The entries are the outline's headings
    with their page numbers (after a leader or a tab stop), no outline of a plan: the title over them starts no plan
    of its own (the plan starts at the title printed again), and a title over the contents alone starts its plan
    where the text's outline begins."""
    head = next((k for k in range(i + 1, nxt) if CONTENTS_HEAD.match(lines[k])), None)
    if head is None:
        return range(0)
    end, since = head + 1, 0
    for k in range(head + 1, nxt):
        if contents_entry(lines[k]) or contents_entry_after_gap(lines[k]):
            end, since = k + 1, 0
        elif lines[k].strip():
            since += 1
            if since > _CONTENTS_ENTRY_GAP:
                break
    return range(head, end)


def _same_title(line: str, other: str) -> bool:
    """Are the two lines one title printed twice (spaces aside)?"""
    return bool(line.strip()) and re.sub(r"\s+", "", line) == re.sub(r"\s+", "", other)


def _opens_a_decimal_outline(lines: list[str], at: int, nxt: int) -> bool:
    """Is lines[at] the first part of a decimal outline (1 总则 with 1.1 the next line written)?"""
    m = _DECIMAL_PART.match(lines[at])
    if not m or m.group(1) != "1":
        return False
    after = next((ln for ln in lines[at + 1 : nxt] if ln.strip()), "")
    return bool(_FIRST_DECIMAL.match(after))


# a plan's text pointing at the table below it (详见下表 / 如下表所示), or at its table as at an attachment (见附表)
_SEE_TABLE_BELOW = re.compile(f"{lx.TABLE_BELOW_POINTER}|见附表")
_TABLE_CAPTION = re.compile(r"(?:表|清单|台账)\s*$")
# a numbered caption (表2　某河治理保护任务清单) and the text pointing at it by its number (具体见表2。 / 详见表2 / 如表2所示)
_NUMBERED_CAPTION = re.compile(r"^\s*表\s*(\d{1,2})(?!\d)")
_SEE_TABLE_NUMBERED = re.compile(r"(?:见|如)表\s*(\d{1,2})(?!\d)")


def _points_at_caption(above: str, caption: str) -> bool:
    """Does the text above point at this caption by its own number (具体见表2。 over 表2　…任务清单)?
    Such a table is set inside the plan's section; its group rows may number 一、 again (river reaches, areas),
    so the outline going on after it is no cue."""
    m = _NUMBERED_CAPTION.match(caption)
    return bool(m) and any(n.group(1) == m.group(1) for n in _SEE_TABLE_NUMBERED.finditer(above))


_PARAGRAPH_LINES_MAX = 12  # lines of the paragraph above a caption looked at, at most
# a line closing its sentence, so the paragraph above a caption starts after it: unlike `_SENTENCE_END` a comma is left
# out, since a PDF's printed line ending at a comma runs on into the next line of the same paragraph
_LINE_CLOSES_SENTENCE = "。！？；：!?;:"


def _paragraph_above(lines: list[str], i: int) -> str:
    """The paragraph right above line i: its last line, and the lines above it that end mid-sentence, which a PDF's
    page broke where its printed line ran out (考核指标和责任单位详见下表。表中排在第一位 / 的为牵头单位…): the pointer
    at the table is in the paragraph, seldom on its last printed line. A blank line or a line ending a sentence
    ends the paragraph before it, and an indented line (a paragraph's first) starts it. A printed page's number
    between the paragraph and the caption (…具体分解如下： / — 1 — / 某镇…分解表) is where the page ended, no text."""
    at = next((k for k in range(i - 1, -1, -1) if lines[k].strip() and not _PAGE_NUMBER_LINE.match(lines[k])), None)
    if at is None:
        return ""
    start = at
    while (start > 0 and at - start < _PARAGRAPH_LINES_MAX and lines[start - 1].strip()
           and lines[start - 1].rstrip()[-1] not in _LINE_CLOSES_SENTENCE and not lines[start][:1].isspace()):
        start -= 1
    return "".join(ln.strip() for ln in lines[start : at + 1])


def _caption_inside_a_plan(lines: list[str], i: int, nxt: int) -> bool:
    """A table's caption inside a plan (二、任务分解 / 重点任务详见下表。 / 某镇2025年重点工作任务分解表 / the rows /
    三、保障措施): no plan of its own. Known by the text above pointing at the table below (or at the caption's own
    number: 具体见表2。 over 表2　…清单), or by the plan's outline
    going on after the table (its section heads number on from those above the caption, not from 一、).
    An attached table (附件2 / …分解表) is a plan: it follows its attachment mark, not a plan's open outline.
    A numbered caption (表1　某省…主要指标分工表) is inside the plan whatever its words and whatever follows: a document
    numbers the tables set in its text (表1, 表2), while a plan attached to another is numbered by its mark (附件1); a
    规划纲要's 分工方案 sets its indicator table so under 二、主要指标分工 with no pointer at it, and the table's group
    rows (一、经济发展 / 二、创新驱动) restart the outline, so neither cue above finds it."""
    if _after_attachment_mark(lines, i) or _file_mark(lines, i):
        return False
    if _NUMBERED_CAPTION.match(lines[i]):
        return True
    if not _TABLE_CAPTION.search(lines[i]):
        return False
    above = _paragraph_above(lines, i)
    if _SEE_TABLE_BELOW.search(above) or _introduces_what_follows(above) or _points_at_caption(above, lines[i]):
        return True
    if _head_names_caption(above, lines[i]):
        return True
    return _outline_goes_on_after(lines, i, nxt)


_CAPTION_NAME_MIN = 4  # characters a section head's name holds at least to be taken as naming the table below it


def _head_names_caption(above: str, caption: str) -> bool:
    """Is the line right above the caption a section head of the plan named as the table is (三、重点工作任务分解表 /
    某镇2025年度重点工作任务分解表)? A town's or county's 分解 sets its table so: the section's head names it and the
    caption follows with no 详见下表; the table's group rows restart 一、…（N项）, so the outline going on after the
    table is no cue either. The head's name (its label and a closing stop aside) must close the caption, or stand
    inside it, and be no mere word (表)."""
    head = _outline_head_name(above)
    return head is not None and len(head) >= _CAPTION_NAME_MIN and head in re.sub(r"\s+", "", caption)


def _outline_head_name(line: str) -> str | None:
    """The name of a plan's top outline head (三、重点工作任务分解表 -> 重点工作任务分解表), spaces and a closing stop
    aside; else None."""
    m = _CN_HEAD.match(line) or _CHAPTER_HEAD.match(line)
    if not m:
        return None
    return re.sub(r"\s+", "", line[m.end():]).rstrip("。：:；;")


def _outline_goes_on_after(lines: list[str], i: int, nxt: int) -> bool:
    """Does a plan's outline go on after line i: the first head after it of the kind of the last head above it
    numbering on from that head (二、 above, 三、 after; 第二章 above, 第三章 after)?

    A plan outlined by 第X章 (a 规划纲要's 分解方案) sets its captioned tables under a chapter as one outlined by 一、
    does under a section: its heads are chapters, and the 第一节 under them restart, so only the kind of the last
    head above counts."""
    above = [head for ln in lines[:i] if (head := _outline_head(ln))]
    if not above:
        return False
    kind, number = above[-1]
    after = next((head[1] for ln in lines[i + 1 : nxt] if (head := _outline_head(ln)) and head[0] == kind), None)
    return after is not None and after > 1 and after == number + 1


_CN_HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)\s*[、.．]")
# 第二章 / 第三部分 / 第一篇: the heads of a plan outlined in chapters or parts (their 第一节 restart inside each)
_CHAPTER_HEAD = re.compile(r"^\s*第([一二三四五六七八九十百]+)(章|部分|篇)")


def _outline_head(line: str) -> tuple[str, int] | None:
    """A plan's top outline head as (its kind: 、 or 章 / 部分 / 篇, its number), else None."""
    if m := _CN_HEAD.match(line):
        return "、", parse_chinese(m.group(1)) or 0
    if m := _CHAPTER_HEAD.match(line):
        return m.group(2), parse_chinese(m.group(1)) or 0
    return None


def _introduces_what_follows(line: str) -> bool:
    """Does a plan's line end by introducing what follows it (…具体如下：), not as a notice or a 解读 opens its body?

    Under it the caption of a table inside the plan: the table's group rows may number 一、 二、 again, so the outline
    going on after the table is no cue there."""
    return line.endswith(lx.INTRODUCING_BELOW_ENDINGS) and not any(
        word in line for word in lx.NOTICE_ISSUING_VERBS + lx.NOTICE_OPENINGS + lx.INTERPRETATION_CUES)


def _under_interpretation_head(lines: list[str], i: int) -> bool:
    """Is line i right under a 解读 heading (政策解读 / 图解 / 《X》起草说明), blank and pager lines apart?"""
    above = next((ln.strip() for ln in reversed(lines[:i]) if ln.strip() and not _is_pager_line(ln)), "")
    return bool(above) and _INTERPRETATION_LINE.match(above) is not None


# Document-sharing sites cut a document into page chunks numbered "1、" "2、" at the start of each chunk.
_CHUNK_NUMBER = re.compile(r"^(\s*)(\d{1,3})\s*、\s*")
# a page cut just after an item's label ("…达到800项以上： （1）" / "3、优化…"): the line stops mid-item
_BARE_LABEL_END = re.compile(r"(?:^|\s)(?:[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|\d{1,3}[.．])\s*$")
_CHUNK_MIN = 300  # characters of text a page chunk holds at least
_SENTENCE_CLOSERS = "。；;！？!?：:)）」』”】]"


def _ends_mid_sentence(line: str) -> bool:
    """Does the line stop mid-sentence (its last character not one closing a sentence or a bracket)? The last
    character, not a $-anchored search: that one tries every offset of a long run of spaces (quadratic)."""
    text = line.rstrip()
    return bool(text) and text[-1] not in _SENTENCE_CLOSERS
# an outline item run on inside a line, after a finished sentence or the space left where a line break was
_ITEM_INSIDE = re.compile(r"[。！？!?\s](?:[一二三四五六七八九十]{1,3}、|\d{1,3}[.．、](?![\d.．、%]))")


def blank_page_chunk_numbers(lines: list[str]) -> list[str]:
    """Blank the page-chunk numbers of a document-sharing page, keeping every column where it was.

    Such a page prints its text in chunks, each starting with its own number ("2、灾各项决策…"):
    a chunk begins wherever the page did, often mid-sentence or mid-word. A number is a chunk
    number, not an item, when the line before it is prose (long, or holding a 。) that stops
    mid-sentence; the chunk numbers so found must rise through the page, each chunk holding a page's
    worth of text, and the first text line's "1、" is then the first chunk. Items never start there:
    an item follows a finished sentence or a heading.
    """
    found: list[tuple[int, int]] = []  # (line index, chunk number)
    prev = None
    for i, ln in enumerate(lines):
        if not ln.strip():
            continue
        m = _CHUNK_NUMBER.match(ln)
        if m and prev is not None and _is_prose(prev) and (_ends_mid_sentence(prev) or _BARE_LABEL_END.search(prev)):
            found.append((i, int(m.group(2))))
        prev = ln
    numbers = [n for _, n in found]
    if not found or numbers != sorted(set(numbers)):
        return lines
    first = next((i for i, ln in enumerate(lines) if ln.strip() and not is_chrome(ln)), None)
    m = _CHUNK_NUMBER.match(lines[first]) if first is not None else None
    if m and int(m.group(2)) == 1 and numbers[0] > 1 and first < found[0][0]:
        found.insert(0, (first, 1))
    # a page holds far more than an item: a list of items left without their final 。 is not a set of pages
    spans = [sum(len(ln.strip()) for ln in lines[a:b]) for (a, _), (b, _) in zip(found, found[1:])]
    # …unless each chunk holds items of its own run on inside it ("。 2.改造…"): a page cut by length, not an item
    if min(spans, default=len(lines[found[0][0]].strip())) < _CHUNK_MIN and not all(
            any(_ITEM_INSIDE.search(ln.strip()) for ln in lines[a:b])
            for (a, _), (b, _) in zip(found, found[1:] + [(len(lines), 0)])):
        return lines
    found = _chunks_after_sentences(lines, found)
    out = list(lines)
    for i, _ in found:
        m = _CHUNK_NUMBER.match(out[i])
        out[i] = m.group(1) + " " * (m.end() - len(m.group(1))) + out[i][m.end():]
        _label_cut_by_the_chunk(out, i)
    return out


# the head of an item's number left at the end of the page before: "…各村（社区）1" / "10、0.加强…"
_NUMBER_HEAD_END = re.compile(r"(?<![\d.．])\d{1,2}$")
_NUMBER_TAIL_START = re.compile(r"^\s*\d{1,2}\s*[.．、]")


# a whole label at the end of the page before, after a finished sentence or a closing bracket: the page was cut right
# after it ("…县自来水公司配合）1、" / "4、科学调度水库蓄水…"), and the item it numbers is the next chunk's text
_WHOLE_LABEL_END = re.compile(
    r"(?<=[。；;！？!?)）」”])\s*(?:\d{1,3}\s*[.．、]|[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]"
    r"|[一二三四五六七八九十]{1,3}\s*、|[㈠-㈩⒈-⒛⑴-⒇])$")


def _label_cut_by_the_chunk(lines: list[str], i: int) -> None:
    """Where a page chunk began inside an item's label, give the label back to the chunk that holds the item.

    A page cut by length may fall inside the number of an item (…各村（社区）1 / 10、0.加强…): the number's head
    moves to the start of the chunk, into the room its blanked chunk number left (the rest keeps its columns). So does
    a whole label the page was cut right after (…配合）1、 / 4、科学调度…).
    """
    prev = next((k for k in range(i - 1, -1, -1) if lines[k].strip()), None)
    if prev is None:
        return
    before = lines[prev].rstrip()
    head = _NUMBER_HEAD_END.search(before) if _NUMBER_TAIL_START.match(lines[i]) else _WHOLE_LABEL_END.search(before)
    if head is None:
        return
    label = head.group(0)
    lines[prev] = before[: head.start()]
    rest = lines[i].lstrip()
    room = len(lines[i]) - len(rest)
    lines[i] = (" " * max(0, room - len(label))) + label + rest


def _chunks_after_sentences(lines: list[str], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The chunk numbers found, with those of chunks that began just after a sentence ended.

    A page cut by length breaks mid-sentence mostly, but now and then right after a 。: "…营造良好氛围。" / "5、辖市及…".
    That number is not told by the line before it; it is the chunk number still when the page's own numbers, found
    where the cut fell mid-sentence, leave it its place: it is the next number after the last chunk, on the next
    line holding text, a page's worth of text after that chunk (an item of the text would follow a short line, or
    carry a number of its own sequence).
    """
    known = dict(found)
    out: list[tuple[int, int]] = []
    last: tuple[int, int] | None = None  # (line index, number) of the last chunk
    for i, ln in enumerate(lines):
        if not ln.strip():
            continue
        m = _CHUNK_NUMBER.match(ln)
        if i in known:
            last = (i, known[i])
            out.append(last)
        elif (m and last is not None and int(m.group(2)) == last[1] + 1
              and sum(len(x.strip()) for x in lines[last[0] : i]) >= _CHUNK_MIN):
            last = (i, last[1] + 1)
            out.append(last)
    return out


def _is_prose(line: str) -> bool:
    s = line.strip()
    return len(s) > 40 or "。" in s.rstrip("。")


def _is_title(line: str) -> bool:
    """Does the line hold a whole title? Not a line leaving a 《 open: a title broken inside the name it quotes
    (关于印发《某县…责任分解 / 表》的通知, a PDF's printed line or a hand's break) goes on on the next line, and the
    kind its first half ends with (…分解) is the quoted document's, not this title's."""
    s = line.strip()
    return (_title_shaped(s) and TITLE_KINDS.search(s) is not None and not measures_heading(s)
            and not _second_half_before_quoted_kind(s)
            and s.count("《") + s.count("〈") <= s.count("》") + s.count("〉"))


def _second_half_before_quoted_kind(s: str) -> bool:
    """A title broken before its joining word leaves a second half like 和整改措施“两张清单”: a kind in closing quotes is a
    weaker mark of a whole title than a kind ending the line, so a line opening with 和 / 及 / 与 / 暨 and ending in
    one is read as a half. A line ending in its plain kind stays a title whatever it opens with (和平区…方案, 和美乡村…)."""
    return s.startswith(lx.TITLE_BREAK_CONJUNCTIONS) and s.endswith(_CLOSING_QUOTES)


_CLOSING_QUOTES = ("”", "\"", "」", "』")


def _title_shaped(s: str) -> bool:
    """Is the stripped line set as a title is: short, no sentence, no number or head, no label, no furniture?"""
    head = undress(s)  # ▶ 三、重点任务 / 【三、重点任务】: a 公众号's section head behind its dress, no title
    return (
        6 <= len(s) <= 60
        and not _SENTENCE_END.search(s)
        and not _NUMBERED.match(head)
        and not _SECTION_HEAD.match(head)
        and not _ZERO_PADDED_HEAD.match(s)
        and not _CHROME.match(s)
        and "。" not in s
        and not re.search("[:：]", s)
        and not s.startswith("附件")
        and not _PAGE_END.match(s)  # 一图读懂某县…方案: the plan's 解读 names it, it is not the plan
        and not _PART_HEAD.match(s)
        and not _BOX_CAPTION.match(s)  # a 专栏 captioned …责任分工 / …项目清单 is a box inside the plan, no plan's title
    )


_DUTY_LIST_MIN = 2  # numbered duties headed by bodies' names: a list of them, not one item opening with a name
_DUTY_TITLE_REACH = 40  # lines: the duties open soon under their title (a paragraph of the body's functions at most)
# 1.市公安局：负责… / 3.市教育局、市卫生健康委：… / 7.市民政局。负责… / 一、县应急管理局：…: a duty headed by its bodies
_UNIT_FIRST_ITEM = re.compile(r"^\s*(?:\d{1,3}\s*[.．、]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}\s*[、.．])"
                              r"\s*([^\s:：。，,；;]{2,40}?)\s*[:：。]")


def _duties_title(lines: list[str], i: int) -> bool:
    """Is line i the title of members' duties issued as a document (某市…联席会议成员单位职责), though it names no kind
    of plan? A 联席会议 or 领导小组 notice issues its members' duties beside the year's 要点: two documents, the duties
    the first. Only a title naming whose members (some words before 成员单位职责; 成员单位职责 alone is a heading), and
    only over numbered duties headed by bodies' names (1.市公安局：负责…) before the next title line."""
    s = lines[i].strip()
    if not _title_shaped(s) or TITLE_KINDS.search(s) or not any(
            s.endswith(end) and len(s) - len(end) >= 2 for end in lx.DUTY_TITLE_ENDS):
        return False
    heads = 0
    for line in lines[i + 1 : i + 1 + _DUTY_TITLE_REACH]:
        if _is_title(line):
            return False
        m = _UNIT_FIRST_ITEM.match(line)
        heads += bool(m and unit_like(m.group(1), strict=True))
        if heads >= _DUTY_LIST_MIN:
            return True
    return False


def _drop_trailing_chrome(lines: list[str]) -> list[str]:
    end = len(lines)
    while end and (not lines[end - 1].strip() or is_chrome(lines[end - 1])):
        end -= 1
    return lines[:end]


def is_chrome(line: str) -> bool:
    """A line of page furniture (navigation, pager, page number) rather than plan text."""
    # leading whitespace stripped first: the patterns' own ^\s* before a '.*' alternative backtracked
    # quadratically through a long indent (80 000 spaces: 65 s); the match is the same either way
    line = line.lstrip()
    # a page copied with no line breaks is one line from its navigation to its footer (…网站标识码…ICP备…): that line
    # holds the document, it is not furniture however it begins or whatever footer it ends in
    if len(line) > _CHROME_MAX and _ANY_ITEM.search(line):
        return False
    return bool(_CHROME.match(line))


def _is_pager_line(line: str) -> bool:
    """A line that is a page's number, pager or reading controls (_PAGER: 共8页 / 浏览次数：368 / 【字体：大 中 小】).

    Several of those forms run to the line's end (…浏览次数：.*): on a page copied with no line breaks the one line
    holds the document after them (首页 > … 发布时间：… 浏览次数：368 现将…一、…1.…), and it is the document, not
    furniture, as is_chrome reads it."""
    line = line.strip()
    if len(line) > _CHROME_MAX and _ANY_ITEM.search(line):
        return False
    return bool(_PAGER_LINE.match(line))


_CHROME_MAX = 300  # characters: a navigation bar, a pager or a footer line is shorter
_ANY_ITEM = re.compile(r"[一二三四五六七八九十]\s*、|[(（][一二三四五六七八九十]+[)）]|\d{1,3}\s*[.．、]")
