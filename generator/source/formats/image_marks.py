"""Images standing for a responsibility matrix's marks on a web page, read as the marks they draw.

Old CMS portals (and Word-to-web editors) draw the ● / ○ / √ of a 责任矩阵 as little GIFs, one alone in each unit's
cell, and say what each means in one of three ways: in the image's alt (<img src="qt.gif" alt="牵头">), in its title
(<img src="ph.gif" title="配合">), or nowhere but a legend on the page that shows the same image followed by its
role (说明：表中<img src="zz.gif">为牵头单位，<img src="xz.gif">为配合单位。). A reader of the page sees the marks;
dropping the images (the reader keeps an image only where its alt is a number emoji) left the unit columns empty and
the matrix without a unit. So, before the page is read:
- an image alone in a table cell (no other text in the cell) whose alt, else title, is a mark (lexicon.MATRIX_MARKS)
  or a role word (lexicon.MATRIX_ROLE_WORDS) is that text; the matrix reading (table/matrix.py) takes it from there;
- an image alone in a cell with neither alt nor title, whose src a legend sentence of the page explains, is the role
  word the legend gives it (牵头, 配合: a role word is its own legend in a matrix);
- in the legend sentence itself, an image whose alt or title is a mark is that mark (图例：<img alt="●">牵头单位
  reads ●牵头单位, the legend the matrix rule reads); any other image there is dropped, as the words after it say
  what it means.
Any other image stays as it was: a photo, a banner or a logo (whose alt is a caption or a name, 云溪县人民政府, never a
unit of the table), an icon before a sentence, a mark inside a sentence (decoration there).
A legend sentence is an image with neither alt nor title followed, in the same block, by a legend verb (为, 表示 …)
and a role word with 单位 / 部门 a few characters on (<img>为项目牵头单位, <img>牵头单位), in a block that says it is a
legend (图例, 说明, 注, 备注: lexicon.MATRIX_LEGEND_INTROS). A src the legends give two roles is read as none.
"""
from __future__ import annotations

import re

from bs4 import NavigableString, Tag

from ...words import lexicon

_ROLE_WORDS = sorted((w for w in lexicon.MATRIX_ROLE_WORDS if len(w) > 1), key=len, reverse=True)
_VERBS = "|".join(sorted(lexicon.MATRIX_LEGEND_VERBS, key=len, reverse=True))
# what follows a legend's image: a verb, at most a few characters (项目, 的), the role word and 单位 / 部门
_LEGEND_AFTER = re.compile(rf"\s*(?:{_VERBS}|[:：—\-－=])?\s*[^\s，,；;。、]{{0,4}}?({'|'.join(_ROLE_WORDS)})(?:单位|部门)")
_INTROS = "|".join(sorted(lexicon.MATRIX_LEGEND_INTROS, key=len, reverse=True))
# a legend's intro word opening its block (注 <img>为牵头单位) or written as a label (说明：, 注1：); 注重 / 关注 / 注册
# inside a sentence hold the letter 注 and introduce nothing (the single 注 counts only after no other Chinese letter)
_LEGEND_INTRO = re.compile(rf"^(?:{_INTROS})(?![\u4e00-\u9fff])|(?:图例|说明|备注|(?<![\u4e00-\u9fff])注)\s*\d?\s*[:：]")
_AFTER_CHARS = 16  # the text after a legend's image read for its role (为项目牵头单位)
_AFTER_NODES = 12
_STOPS = {"img", "br", "p", "div", "td", "th", "tr", "li", "table", "h1", "h2", "h3", "h4", "h5", "h6"}
_LEGEND_BLOCKS = ["p", "div", "td", "th", "li", "dd", "caption", "center", "section", "h1", "h2", "h3", "h4", "h5",
                  "h6", "body"]
_CELLS = ["td", "th"]
_SELECTORS = "\ufe0e\ufe0f"  # an emoji's presentation selector (✔️): the mark is the character before it


def read_image_marks(root: Tag) -> None:
    """Replace each image that stands for a matrix's mark (see above) by the text it stands for."""
    images = root.find_all("img")
    blocks: dict[int, str] = {}
    legends = _legend_sources(images, blocks)
    cells: dict[int, bool] = {}
    for img in images:
        text = _mark_text(img, legends, blocks, cells)
        if text:
            img.replace_with(NavigableString(text))


def _described(img: Tag) -> str:
    """The image's alt, else its title, without an emoji's presentation selector."""
    for name in ("alt", "title"):
        text = str(img.get(name) or "").strip()
        if text:
            return "".join(ch for ch in text if ch not in _SELECTORS).strip()
    return ""


def _is_mark(text: str) -> bool:
    return text in lexicon.MATRIX_MARKS or text in lexicon.MATRIX_ROLE_WORDS


def _source(img: Tag) -> str:
    return str(img.get("src") or "").strip()


def _text_after(img: Tag) -> str:
    """The text just after the image, up to the next image, line break or block (a few characters)."""
    pieces: list[str] = []
    size = 0
    node = img
    for _ in range(_AFTER_NODES):
        node = node.next_element
        if node is None or isinstance(node, Tag) and node.name in _STOPS:
            break
        if isinstance(node, NavigableString):
            pieces.append(str(node).replace("\xa0", " "))
            size += len(pieces[-1])
            if size >= _AFTER_CHARS:
                break
    return "".join(pieces)


def _legend_role(img: Tag, blocks: dict[int, str]) -> str:
    """The role word a legend sentence gives the image after it (<img>为牵头单位 -> 牵头), else ""."""
    role = _LEGEND_AFTER.match(_text_after(img))
    if not role:
        return ""
    parent = img.parent
    if id(parent) not in blocks:  # (per parent, per block: many images in one block stay linear)
        block = img.find_parent(_LEGEND_BLOCKS)
        if block is not None and id(block) not in blocks:
            blocks[id(block)] = block.get_text("", strip=True)
        blocks[id(parent)] = blocks[id(block)] if block is not None else ""
    return role.group(1) if _LEGEND_INTRO.search(blocks[id(parent)]) else ""


def _legend_sources(images: list[Tag], blocks: dict[int, str]) -> dict[str, str]:
    """The role word each src has in the page's legend sentences, for images with neither alt nor title."""
    roles: dict[str, str] = {}
    ambiguous: set[str] = set()
    for img in images:
        src = _source(img)
        if not src or _described(img):
            continue
        role = _legend_role(img, blocks)
        if role and roles.setdefault(src, role) != role:
            ambiguous.add(src)
    return {src: role for src, role in roles.items() if src not in ambiguous}


def _alone_in_cell(img: Tag, cells: dict[int, bool]) -> bool:
    """Whether the image stands in a table cell that holds no text besides images."""
    parent = img.parent
    if id(parent) not in cells:  # (per parent, per cell: many images in one deep element stay linear)
        cell = img.find_parent(_CELLS)
        if cell is not None and id(cell) not in cells:  # (the first text found ends the search)
            cells[id(cell)] = next(cell.stripped_strings, None) is None
        cells[id(parent)] = cell is not None and cells[id(cell)]
    return cells[id(parent)]


def _mark_text(img: Tag, legends: dict[str, str], blocks: dict[int, str], cells: dict[int, bool]) -> str | None:
    """The text the image stands for, or None to leave it as it is (the page's reading drops it)."""
    described = _described(img)
    if described and not _is_mark(described) or not described and _source(img) not in legends:
        return None  # (a photo, a logo, an icon: never a mark, wherever it stands)
    if _alone_in_cell(img, cells):
        return described or legends[_source(img)]
    if described in lexicon.MATRIX_MARKS and _legend_role(img, blocks):
        return described  # a mark in a legend sentence: the legend the matrix reads (●牵头单位)
    return None  # any other image in a legend is said by the words after it; one in a sentence is decoration
