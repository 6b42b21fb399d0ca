"""Bytes -> plan texts: decode, normalise whitespace and line ends, drop page chrome, split a page into plans.

A plan source (content/plans/*.md) is YAML front matter followed by the plan
text as published; a raw page (like a scraped document-sharing page) may hold
several plans between navigation and footer. Both come out as `PlanText`s.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from . import frontmatter
from .errors import PlansiteError
from .limits import check_input, read_input

# Whitespace that editors and web pages put where a plain space is meant.
_SPACES = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff]")
# Bidirectional controls (LRE…RLO, LRI…PDI, LRM/RLM, ALM) reorder what a reader sees: 'U+202E' can make a
# published name read backwards. Chinese plan text never needs them, so they are dropped with the zero-widths.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")

# A document title ends with what kind of document it is (…工作要点, …实施方案), perhaps followed by an
# ordinal (…要点一), a count (…7篇) or a bracketed note (…（2024—2026年）); a subheading inside a plan rarely does.
_TITLE_KINDS = re.compile(
    r"(?:工作要点|实施方案|工作方案|行动方案|工作计划|任务分工|分工方案|责任清单|任务清单|重点任务|工作安排|要点|方案|计划|规划|清单|分工|分工表|任务表|一览表)"
    r"(?:[一二三四五六七八九十]|\d+篇|[(（][^()（）]*[)）])?$"
)
_SECTION_HEAD = re.compile(r"^\s*[一二三四五六七八九十]+\s*[、.．]")
_FIRST_ITEM = re.compile(r"^\s*(?:一\s*[、.．]|[(（]\s*[一1１]\s*[)）]|[1１]\s*[.．、)）](?!\d))")
_NUMBERED = re.compile(r"^\s*(\d{1,3}\s*[.．、]|[(（][一二三四五六七八九十\d]+[)）])")
_SENTENCE_END = re.compile(r"[。；;，,：:！？!?]\s*$")
# A pager, page number or the page's own metadata line: furniture wherever it stands, even inside a plan.
_PAGER = (
    r"第\s*\d+\s*页|共\s*\d+\s*页.*|\d{1,3}|[<〈《]\s*\d+\s*[>〉》]|[-—–－]+\s*\d+\s*[-—–－]+|"
    r"(?:上一页|下一页|首页|尾页)(?:\s+\S+){0,12}|"
    r"(?:发布|发文|成文|更新)(?:时间|日期)[:：].{0,80}|.{0,60}【\s*字[体号].*|.{0,60}浏览(?:次数|量)[:：].*|"
    r"(?:信息)?来源[:：]\S{0,30}(?:\s.{0,60})?"
)
_PAGER_LINE = re.compile(rf"^\s*(?:{_PAGER})\s*$")
# Navigation and footer of the hosting site: dropped only before the first plan and after the last words.
_CHROME = re.compile(
    r"^\s*(?:[•·▪◦●■□◆]\s*\S{0,12}|当前位置[:：].*|您(?:现在)?的位置[:：].*|时间[:：].*来源[:：].*|首页\s*[>＞»].*|"
    r"上一篇.*|下一篇.*|相关(?:推荐|阅读|文章|链接|文件).*|热门.*|.*版权所有.*|Copyright.*|©.*|扫一扫.*|分享到.*|"
    r"【?打印(?:本页)?】?.*|【?关闭(?:窗口)?】?.*|责任编辑.*|.*ICP备.*|.*网站标识码.*|.*公网安备.*|网站地图.*|"
    r"联系我们.*|技术支持[:：].*|(?:主办|承办|协办)单位[:：].*(?:政府|办公室|网站|中心).*|"
    rf"{_PAGER})\s*$"
)


_FORMATS = {".docx", ".doc", ".html", ".htm", ".shtml", ".xhtml", ".pdf"}


@dataclass
class PlanText:
    """The text of one plan, with where it came from."""

    title: str
    lines: list[str]  # normalised lines, the title line first when the source had one
    source: str
    first_line: int = 1  # source line number of lines[0]
    meta: dict = field(default_factory=dict)  # front matter of a plan source
    key_lines: dict = field(default_factory=dict)  # front matter key -> its source line


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


_BINARY = "file is binary, not text; convert it to text (or .docx/.html/.pdf) first"
# What the text of a Chinese plan is made of: CJK, its punctuation, full-width forms, ASCII and spaces.
_TEXT_CHARS = r"\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2000-\u206f\u3400-\u4dbf\x20-\x7e\s\u00a0-\u00ff\u2460-\u24ff\u3200-\u32ff\u2100-\u218f\u25a0-\u25ff"
# Counting the few other characters is much faster than listing every good one.
_OTHER_CHAR = re.compile(f"[^{_TEXT_CHARS}]")


def _plausible(text: str, path: str) -> str:
    """Random bytes decode in some codec too; real plan text is nearly all CJK, punctuation and ASCII."""
    sample = "".join(text[:20000].split())  # line ends and spaces say nothing either way
    good = len(sample) - len(_OTHER_CHAR.findall(sample))
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
    """Unify line ends and the many kinds of space; drop zero-width characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = drop_controls(_ZERO_WIDTH.sub("", text))
    return _SPACES.sub(" ", text)


def drop_controls(text: str) -> str:
    """`text` without bidirectional control characters (they would reorder the published text)."""
    return _BIDI.sub("", text)


def read_file(path: Path, inside: Path | None = None) -> list[PlanText]:
    """Every plan in a file: a plan source with front matter, a raw page, or a .docx/.html/.pdf.

    With `inside`, a file that is a link to somewhere outside that folder is refused (generator.limits).
    """
    path = Path(path)
    if path.suffix.lower() in _FORMATS:
        from .formats import to_text

        read_input(path, inside) if inside is not None else check_input(path)
        return split_page(normalise(_plausible(to_text(path), str(path))), str(path))
    return read_bytes(read_input(path, inside), str(path))


def read_bytes(data: bytes, source: str) -> list[PlanText]:
    """Every plan in the bytes of a plan source or a text page (e.g. a file at a git revision)."""
    text = decode(data, source)
    normalised = normalise(text)
    found = frontmatter.split(normalised, source)
    if found is None:
        from .formats.table import find_pasted_tables

        # before tabs become spaces: a table pasted from a spreadsheet is separated by tabs
        return split_page(normalise(find_pasted_tables(text.replace("\r\n", "\n").replace("\r", "\n"))), source)
    meta, body_start, key_lines = found
    lines = normalised.split("\n")[body_start - 1 :]
    title = str(meta.get("title") or next((ln.strip() for ln in lines if ln.strip()), ""))
    return [PlanText(title=title, lines=lines, source=source, first_line=body_start, meta=meta, key_lines=key_lines)]


def split_page(text: str, source: str) -> list[PlanText]:
    """Split a page into plans at their title lines; what is before the first and after the last is page chrome."""
    lines = text.split("\n")
    starts = _plan_starts(lines)
    if not starts:
        first = next((i for i, ln in enumerate(lines) if ln.strip() and not is_chrome(ln)), None)
        if first is None:
            raise PlansiteError("no plan text found (only page navigation or blank lines)", source)
        starts = [first]
    plans = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        body = ["" if _PAGER_LINE.match(ln.lstrip()) else ln for ln in _drop_trailing_chrome(lines[start:end])]
        plans.append(PlanText(title=lines[start].strip(), lines=body, source=source, first_line=start + 1))
    return plans


def _plan_starts(lines: list[str]) -> list[int]:
    """Title lines followed by an outline (a section head or numbered item) before the next title."""
    candidates = [i for i, ln in enumerate(lines) if _is_title(ln)]
    starts = []
    for n, i in enumerate(candidates):
        nxt = candidates[n + 1] if n + 1 < len(candidates) else len(lines)
        first = next((ln for ln in lines[i + 1 : nxt] if _SECTION_HEAD.match(ln) or _NUMBERED.match(ln)), None)
        # a plan's outline starts at 一 or 1; a subheading inside a plan is followed by the numbering going on
        if first is not None and _FIRST_ITEM.match(first):
            starts.append(i)
    return starts


def _is_title(line: str) -> bool:
    s = line.strip()
    return (
        6 <= len(s) <= 60
        and not _SENTENCE_END.search(s)
        and not _NUMBERED.match(s)
        and not _SECTION_HEAD.match(s)
        and not _CHROME.match(s)
        and "。" not in s
        and not re.search("[:：]", s)
        and not s.startswith("附件")
        and _TITLE_KINDS.search(s) is not None
    )


def _drop_trailing_chrome(lines: list[str]) -> list[str]:
    end = len(lines)
    while end and (not lines[end - 1].strip() or is_chrome(lines[end - 1])):
        end -= 1
    return lines[:end]


def is_chrome(line: str) -> bool:
    """A line of page furniture (navigation, pager, page number) rather than plan text."""
    # leading whitespace stripped first: the patterns' own ^\s* before a '.*' alternative backtracked
    # quadratically through a long indent (80 000 spaces: 65 s); the match is the same either way
    return bool(_CHROME.match(line.lstrip()))
