"""HTML pages -> plan text: the article body of a government or document-sharing page, without the site around it.

A published page wraps the plan in navigation, breadcrumbs, share bars and
footers. The article is the element a content-ish id/class names (TRS_Editor,
zoom, content, article ...) or, failing that, the block holding most of the
page's Chinese text; its paragraphs, list items and <br>s become lines and its
tables go through the table package (formats/table/).
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

from ...errors import PlansiteError
from ...numerals import format_number
from ...words import lexicon
from ...words.labels import LABEL_LINE, label_of
from ...words.names import unit_like
from ..limits import MAX_IMPLIED_END_DEPTH, MAX_TABLE_CELLS
from .charsets import reading_charset
from .image_marks import read_image_marks
from .runs import collecting, mark_pieces, strong_red
from .table import legend_line, rows_to_text
from .table.role_grid import role_grid_line
from .web_tables import drop_fixed_column_copies, join_split_header_tables, read_role_grids

# not <head> itself: html.parser leaves the whole page inside it when </head> is missing
_JUNK = ("script", "style", "noscript", "template", "iframe", "nav", "aside", "button", "select", "input",
         "textarea", "svg", "canvas", "object", "embed", "title", "link", "meta", "map")
_BLOCKS = {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "section",
           "article", "main", "blockquote", "pre", "center", "tr", "td", "th", "hr", "address", "figure",
           "figcaption", "caption", "fieldset", "legend", "form", "header", "footer", "body", "details", "summary"}
_CONTENT = re.compile(r"trs_editor|zoom|content|article|main|detail|zhengwen|\bzw\b|wenzhang|text|news_?con|"
                      r"pages?_con|con_?txt|art_?con|\bcon\b", re.I)
_CHROME = re.compile(r"nav|menu|header|footer|side|crumb|share|related|comment|tool|links?\b|list|"
                     r"position|location|copyright|print|pager|pagination|qrcode|search|login", re.I)
_BANNER = re.compile(r"logo|banner|\btop\b|head", re.I)
_TITLE = re.compile(r"title|biaoti|\bbt\b", re.I)
# a bold or centred line naming a kind of document, in pages that style the title instead of marking it up
_PLAN_WORDS = re.compile(r"要点|方案|计划|通知|意见|规划|办法|清单|分工|决定|安排")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_CJK_OR_PUNCT = r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’]"
_SOFT_BREAK = "\x00"  # whitespace that held a newline in the source, resolved when the line is complete


def html_to_text(path: Path) -> str:
    return markup_to_text(decode(Path(path).read_bytes()))


def meta_charset(data: bytes) -> str | None:
    """The charset a page's <meta> names in its first 4 KB, as written; None if none."""
    head = data[:4096].decode("ascii", "ignore")
    match = re.search(r"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", head, re.I)
    return match.group(1) if match else None


def decode(data: bytes) -> str:
    """Page bytes -> str: by BOM, else UTF-8 if it decodes, else the declared charset (gb2312 read as gb18030)."""
    boms = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
    for bom, encoding in boms:
        if data.startswith(bom):
            return data.decode(encoding, "replace").lstrip("\ufeff")
    declared = reading_charset(meta_charset(data))
    for encoding in ("utf-8", declared, "gb18030"):
        if not encoding:
            continue
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", "replace")


# HTML lets a page leave some end tags out (HTML 4 pages, LibreOffice's and old CMSs' exports write <li>, <td>, <p>
# with no end tag): the next <li> of a list ends the open one, as do the next <dt>/<dd> of a definition list, the next
# cell or row of a table, the next <option>, and a block's start an open <p>. html.parser knows none of this and
# nests each such element in the one before, so a list became one item holding the others and a row one cell. The
# parser below closes them where a browser does: at the next start tag that ends them, looking down the open
# elements no further than the container they belong to (an inner list or table keeps its own items).
_LIST_CONTAINERS = {"ol", "ul", "menu", "dir", "dl", "table", "caption", "td", "th", "tr", "blockquote", "section",
                    "article", "main", "nav", "aside", "header", "footer", "form", "fieldset", "figure", "center",
                    "details", "select", "button", "object", "body", "html"}
_TABLE_CONTAINERS = {"table", "caption", "body", "html"}
_P_CLOSERS = {"address", "article", "aside", "blockquote", "center", "details", "dir", "div", "dl", "dt", "dd",
              "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
              "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "ul"}
# what each start tag ends, and where the search stops (a <table> opening inside a <p> is left nested: pages with no
# doctype render in quirks mode, where it does not end the paragraph)
_IMPLIED_ENDS: dict[str, tuple[frozenset, frozenset]] = {
    "li": (frozenset({"li"}), frozenset(_LIST_CONTAINERS)),
    "dt": (frozenset({"dt", "dd"}), frozenset(_LIST_CONTAINERS)),
    "dd": (frozenset({"dt", "dd"}), frozenset(_LIST_CONTAINERS)),
    "td": (frozenset({"td", "th"}), frozenset(_TABLE_CONTAINERS | {"tr"})),
    "th": (frozenset({"td", "th"}), frozenset(_TABLE_CONTAINERS | {"tr"})),
    "tr": (frozenset({"tr"}), frozenset(_TABLE_CONTAINERS)),
    "option": (frozenset({"option"}), frozenset({"select", "datalist", "body", "html"})),
}
_P_SCOPE = frozenset({"table", "caption", "td", "th", "button", "object", "select", "body", "html"})


class _Soup(BeautifulSoup):
    """BeautifulSoup on html.parser, with the end tags HTML lets a page leave out closed where a browser closes them.

    Kept over BeautifulSoup's "lxml" parser, measured (review C, round 6): every HTML, .htm and .mht fixture gives
    identical text with either, and so do unclosed li, td/tr runs, a <p> closed by a <div>, stray end tags; but
    <ol><li>甲<div>说明<li>乙 is numbered 1. / 2. as browsers number it (HTML5: a <div> keeps no <li> open) only by
    this parser, as libxml2 parses HTML 4 and nests the second item in the div, unnumbered. lxml is faster (80 000
    unclosed li: 2.7 s with lxml, 3.2 s with this; 100 000 nested <div>: 2.5 s, 8.2 s), yet the parser is not the
    main cost of a page: a 1.2 MB run of unclosed <tr><td> rows takes 13.7 s with lxml, 20.9 s with this, most of
    either spent reading the tree. Both grow linearly."""

    def handle_starttag(self, name, namespace, nsprefix, attrs, *args, **kwargs):
        self.endData()  # text before the tag belongs to the element it may close
        ends = _IMPLIED_ENDS.get(name)
        if ends:
            self._close_implied(*ends)
        if name in _P_CLOSERS:
            self._close_implied(frozenset({"p"}), _P_SCOPE)
        return super().handle_starttag(name, namespace, nsprefix, attrs, *args, **kwargs)

    def _close_implied(self, ended: frozenset, scope: frozenset) -> None:
        stack = self.tagStack
        for depth in range(1, min(len(stack), MAX_IMPLIED_END_DEPTH + 1)):
            tag = stack[-depth]
            if tag.name in ended:
                for _ in range(depth):
                    self.popTag()
                return
            if tag.name in scope:
                return


def _parse(markup: str) -> BeautifulSoup:
    return _Soup(markup, "html.parser")


def markup_to_text(markup: str) -> str:
    soup = _parse(markup)
    word_export = _word_export(soup)  # read before _drop_chrome, which drops the <meta>s that tell it
    _drop_chrome(soup)
    read_image_marks(soup)  # a matrix's marks drawn as images: the marks they draw (image_marks)
    # a front-end component's table: its fixed-column copy dropped, its header and body tables joined, a <div> grid
    # with table roles made a table (web_tables)
    drop_fixed_column_copies(soup)
    join_split_header_tables(soup)
    read_role_grids(soup)
    root = soup.body or soup
    article = _word_document(root, word_export) or _article(root)
    lines = _Lines()
    headline = _headline(article)
    if headline:
        lines.add(headline)
        lines.flush()
    lines.walk(article)
    out = lines.done()
    if headline and len(out) > 1 and out[1] == out[0]:
        out.pop(0)
    return "\n".join(out)


def _drop_chrome(soup: BeautifulSoup) -> None:
    for el in soup.find_all(string=lambda s: isinstance(s, (Comment, Doctype, Declaration, ProcessingInstruction))):
        el.extract()
    for el in soup.find_all(_JUNK):
        el.decompose()
    for el in soup.find_all(["header", "footer"]):
        # an <article>'s own <header> holds its title; the page's header and footer are site chrome
        if el.name == "footer" or not el.find_parent(["article", "main"]):
            el.decompose()
    for el in soup.find_all(True):
        if _gone(el):
            continue
        if el.has_attr("hidden") or _HIDDEN_STYLE.search(el.get("style", "")):
            el.decompose()  # document-sharing sites hide anti-copy noise this way


def _gone(el: Tag) -> bool:
    """Whether el was decomposed. bs4's `el.decomposed` falls through to `el.find('_decomposed')` when the flag
    is unset, a search of el's whole subtree: over every element that made deep pages quadratic."""
    return el.__dict__.get("_decomposed", False)


# Classes an article editor writes on the article's own elements, naming their indent, not a part of the page:
# UEditor sets class="list-paddingleft-2" on every <ol>/<ul> it makes, which _CHROME's "list" (a site's news-list,
# link list) would take for chrome and delete with the plan's tasks in it.
_EDITOR_CLASS = re.compile(r"list-paddingleft-\d+", re.I)
# A front-end component marks an element whose text it shows whole on hover when the cell cuts it short (Element UI's
# show-overflow-tooltip writes <div class="cell el-tooltip">; has-tooltip, ant-tooltip-open): the element holds the
# page's own text, a table cell's unit or task, which _CHROME's "tool" (a site's tool bar) would delete. Only the
# markers of the element hovered are listed: the bare names tooltip (Bootstrap's <div class="tooltip fade">) and
# ant-tooltip (Ant Design's overlay) name the popup itself, a copy of a cell's text saved with the page, and stay
# chrome; so does el-tooltip__popper.
_HOVER_TEXT_CLASS = re.compile(r"(?:el|has)-tooltip|(?:[a-z]+-)+tooltip-(?:open|trigger)", re.I)


def _names(el: Tag) -> str:
    """The element's id and classes, the classes an editor writes for layout (_EDITOR_CLASS) and those marking a
    text shown whole on hover (_HOVER_TEXT_CLASS) left out."""
    classes = el.get("class") or []
    classes = classes if isinstance(classes, list) else [classes]
    kept = (c for c in classes if not _EDITOR_CLASS.fullmatch(c) and not _HOVER_TEXT_CLASS.fullmatch(c))
    return " ".join([el.get("id") or "", *kept])


def _scores(root: Tag) -> dict[int, int]:
    """The score of root and of every element under it: Chinese characters outside links (navigation is mostly
    links, the article mostly not). One bottom-up pass: a get_text() per element was quadratic in the page's
    depth (10 000 nested tags took minutes)."""
    text: dict[int, int] = {}
    links: dict[int, int] = {}
    order: list[Tag] = []
    stack = [root]
    while stack:
        el = stack.pop()
        order.append(el)
        stack.extend(c for c in el.contents if isinstance(c, Tag))
    for el in reversed(order):  # children before their parents
        own = sum(len(_CJK.findall(str(c))) for c in el.contents if _is_text(c))
        tags = [c for c in el.contents if isinstance(c, Tag)]
        text[id(el)] = own + sum(text[id(c)] for c in tags)
        # the text of the <a>s below el, an <a> inside an <a> counted again, as el.find_all("a") did
        links[id(el)] = sum(links[id(c)] + (text[id(c)] if c.name == "a" else 0) for c in tags)
    return {key: text[key] - links[key] for key in text}


def _depths(root: Tag) -> dict[int, int]:
    """How deep each element sits below root, in one pass (len(list(el.parents)) per element was quadratic)."""
    depth = {id(root): 0}
    stack = [root]
    while stack:
        el = stack.pop()
        for child in el.contents:
            if isinstance(child, Tag):
                depth[id(child)] = depth[id(el)] + 1
                stack.append(child)
    return depth


def _is_text(node) -> bool:
    return isinstance(node, NavigableString) and not isinstance(
        node, (Comment, Declaration, Doctype, ProcessingInstruction))


# A document Word (or WPS) saved as a web page writes each section of the document as its own block under <body>:
# <div class=WordSection1>, <div class=WordSection2> … (WPS and Word 97 name them Section0, Section1 …). A new section
# starts wherever the page turns landscape or a part starts on a new page, typically the 附件 table of a 要点 or 方案.
# The sections together are the document, in order; the fallback below, which keeps the one block holding most text,
# kept one section and dropped the rest (the notice, or the attached 分工表). WordSectionN is Word's own name; the bare
# SectionN is taken only in a page Word or WPS wrote (its ProgId, Generator or the office XML namespace).
_WORD_SECTION = re.compile(r"WordSection\d+")
_EXPORT_SECTION = re.compile(r"(?:Word)?Section\d+")
_OFFICE_NAMESPACE = "urn:schemas-microsoft-com:office:office"
_WORD_PROGRAM = re.compile(r"Word\.Document|Microsoft Word|WPS", re.I)


def _word_export(soup: BeautifulSoup) -> bool:
    """Whether the page was written by Word or WPS saving a document as a web page (see above)."""
    html = soup.find("html")
    if html is not None and any(value == _OFFICE_NAMESPACE for value in html.attrs.values()):
        return True
    return any(meta.get("name", "").lower() in ("progid", "generator") and _WORD_PROGRAM.search(meta.get("content", ""))
               for meta in soup.find_all("meta"))


def _word_document(root: Tag, word_export: bool) -> Tag | None:
    """The block holding a Word export's sections, two or more siblings holding most of the page's text, else None."""
    pattern = _EXPORT_SECTION if word_export else _WORD_SECTION
    siblings: dict[int, list[Tag]] = {}
    for el in root.find_all("div", class_=lambda c: bool(c) and bool(pattern.fullmatch(c))):
        if el.parent is not None:
            siblings.setdefault(id(el.parent), []).append(el)
    groups = [sections for sections in siblings.values() if len(sections) >= 2]
    if not groups:
        return None
    scores = _scores(root)
    for sections in groups:
        if sum(scores[id(el)] for el in sections) * 2 > scores[id(root)] > 0:
            return sections[0].parent
    return None


def _article(root: Tag) -> Tag:
    scores = _scores(root)
    total = scores[id(root)]
    if total <= 0:
        return root
    named = []
    for el in root.find_all(True):
        names = _names(el)
        if _CONTENT.search(names) and not _CHROME.search(names):
            score = scores[id(el)]
            if score >= 0.3 * total:
                named.append((score, el))
    if named:
        best = max(score for score, _ in named)
        close = [el for score, el in named if score >= 0.6 * best]
        # nested candidates (div.article > div.TRS_Editor): the innermost leaves the title, date line
        # and share bar out; _headline puts the title back
        depth = _depths(root)
        article = max(close, key=lambda el: depth[id(el)])
        _drop_inner_chrome(article)
        return article
    # no named container: the element whose own paragraphs hold the most text (readability's idea)
    holding = _holding_blocks(root)
    return max([root, *root.find_all(True)], key=lambda el: _paragraph_mass(el, holding, scores))


# the elements whose text is a paragraph of the element holding them. A definition list's terms and descriptions are
# among them as a list's items are: a page setting its goals as <dl><dt>一、目标<dd>1. …<dd>2. … (the <dd>s siblings,
# as a browser closes an unclosed <dd> at the next) had its first <dd> alone taken for the article, the other tasks lost
_PARAGRAPHS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "span", "font",
               "strong", "b", "em", "br", "blockquote", "pre"}


def _holding_blocks(root: Tag) -> set[int]:
    """ids of the elements with a block element inside, in one pass (a find() per element was quadratic in depth)."""
    marked: set[int] = set()
    for el in root.find_all(_BLOCKS):
        parent = el.parent
        while parent is not None and id(parent) not in marked:
            marked.add(id(parent))
            parent = parent.parent
    return marked


def _paragraph_mass(el: Tag, holding: set[int], scores: dict[int, int]) -> int:
    """Chinese text in el's direct paragraphs: its strings, <p>s, lists, tables and leaf <div>s."""
    mass = 0
    for child in el.children:
        if isinstance(child, NavigableString):
            mass += len(_CJK.findall(str(child)))
        elif isinstance(child, Tag) and child.name != "a":
            leaf_div = child.name == "div" and id(child) not in holding
            if (child.name in _PARAGRAPHS or leaf_div) and not (child.name == "table" and _is_layout(child)):
                mass += scores[id(child)]
    return mass


def _is_layout(table: Tag) -> bool:
    """A table that lays out the page (one cell a row, or tables in tables) rather than holding data.

    A data table may hold small tables in its cells (a 分工表's unit cell split into 牵头 | 配合 over the units): in
    it the outer table's own cells hold most of the text, or every table inside is such a grid of roles, where a
    layout table's text is in the tables it places."""
    rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
    wide = sum(1 for tr in rows if len(tr.find_all(["td", "th"], recursive=False)) >= 2)
    if wide < 2:
        return True
    nested = [inner for inner in table.find_all("table") if inner.find_parent("table") is table]
    if not nested or _group_rows(table):
        return False  # a table of groups holds its items in nested tables, data all (_group_rows)
    inner_text = sum(len(_CJK.findall(inner.get_text())) for inner in nested)
    if inner_text * 2 <= len(_CJK.findall(table.get_text())):
        return False
    # a grid of roles holds no table itself: tables nested deeper are layout, and not read here again and again
    return not all(inner.find("table") is None and role_grid_line(table_rows(inner)) for inner in nested)


# A plan's own blocks may carry a class _CHROME names (a group of project cards as <div class="xm-list">): a block
# holding a unit label (牵头单位, 责任单位 …) assigns work, which no share bar or link list does, so it is kept.
_UNIT_LABEL = re.compile(lexicon.UNIT_LABEL)


def _label_holders(root: Tag) -> set[int]:
    """ids of the elements with a unit label in one of their strings, in one bottom-up pass (linear in the page)."""
    holders: set[int] = set()
    for text in root.find_all(string=_UNIT_LABEL.search):
        parent = text.parent
        while parent is not None and id(parent) not in holders:
            holders.add(id(parent))
            parent = parent.parent
    return holders


def _drop_inner_chrome(article: Tag) -> None:
    """Share bars, print links and the like inside the article itself; small ones only, none assigning work."""
    scores = _scores(article)  # an element's score is its subtree's: decomposing earlier ones does not change it
    whole = max(scores[id(article)], 1)
    holders = _label_holders(article)
    for el in article.find_all(True):
        if _gone(el) or id(el) in holders:
            continue
        if (_CHROME.search(_names(el)) and scores[id(el)] < 0.1 * whole) or _filter_bar(el):
            el.decompose()


# A page that shows its items as cards may set a row of filter buttons over them (全部 教育事业 医疗卫生 …, a <ul> of
# tabs a script hides cards by): controls of the page, whatever its classes, known by their first button, which
# shows every card (全部, 全部分类, 不限), and by buttons too short to be a line of the plan.
_SHOW_ALL = re.compile(r"全部(?:分类|类别|栏目)?|不限")
_FILTER_BUTTON_CHARS = 8


def _filter_bar(el: Tag) -> bool:
    """Is el a list of filter buttons (a first 全部, then short labels, three or more)?"""
    if el.name not in ("ul", "ol", "div", "nav"):
        return False
    children = el.find_all(True, recursive=False)
    # the first button decides, its text read only where it is a button (one string, or one element round one):
    # reading every child's text of every block would read a deep page's text once per level it is nested in
    if len(children) < 3 or len(children[0].contents) != 1:
        return False
    inner = children[0].contents[0]
    if isinstance(inner, Tag) and (len(inner.contents) != 1 or isinstance(inner.contents[0], Tag)):
        return False
    if not _SHOW_ALL.fullmatch(children[0].get_text().strip()):
        return False
    return all(0 < len(" ".join(child.get_text(" ").split())) <= _FILTER_BUTTON_CHARS for child in children[1:])


def _headline(article: Tag) -> str:
    """The page's title when it sits just before the chosen block (h1 above the TRS_Editor div)."""
    if article.find(["h1", "h2"]):
        return ""
    node = article
    for _ in range(2):  # the block's preceding siblings, then its parent's: further up is the site's banner
        for sibling in node.find_previous_siblings(True):
            if _CHROME.search(_names(sibling)) or _BANNER.search(_names(sibling)):
                continue
            for el in [sibling, *sibling.find_all(True)]:
                text = " ".join(el.get_text(" ").split())
                styled = el.name in ("b", "strong", "font") or el.get("align") == "center"
                is_title = (el.name in ("h1", "h2", "h3") or _TITLE.search(_names(el))
                            or (styled and _PLAN_WORDS.search(text)))
                if is_title and _CJK.search(text) and len(text) <= 100:
                    return text
        node = node.parent
        if node is None or node.name in ("body", "[document]"):
            break
    return ""


_END, _FLUSH = object(), object()  # markers of the walk's stack: a list ran out; a block ended
_TERM_END = object()  # a field's name ended (<dt>, a label block): its value, in the next block, goes on its line
_ITEM_END, _LIST_END = object(), object()  # a list item ended (its marker, if still unwritten, is dropped); a list did

# The numbers a browser draws before list items. CMS editors (UEditor, KindEditor, TinyMCE) publish a plan's outline
# as <ol>/<ul>: the reader of the page sees 一、 1. 2. … but the text holds none of them, so a plan copied from the
# page keeps its sections and tasks apart only if the converter writes the numbers in, as the browser renders them:
# the list's style (inline list-style-type / list-style, else the type attribute, else decimal for <ol> and a bullet
# for <ul>), its start, reversed, and an item's own value. Each CSS style maps to Word's number format of the same
# look (numerals.format_number) with the suffix the CSS counter style draws: 、 after Chinese numbers, . after others.
_LIST_STYLE = re.compile(r"list-style(?:-type)?\s*:\s*([^;]+)", re.I)
_CSS_LIST_STYLES = {
    "decimal": ("decimal", "."), "decimal-leading-zero": ("decimalZero", "."),
    "lower-alpha": ("lowerLetter", "."), "lower-latin": ("lowerLetter", "."),
    "upper-alpha": ("upperLetter", "."), "upper-latin": ("upperLetter", "."),
    "lower-roman": ("lowerRoman", "."), "upper-roman": ("upperRoman", "."),
    "cjk-ideographic": ("chineseCounting", "、"), "simp-chinese-informal": ("chineseCounting", "、"),
    "trad-chinese-informal": ("chineseCounting", "、"), "cjk-decimal": ("ideographDigital", "、"),
    "simp-chinese-formal": ("chineseLegalSimplified", "、"), "trad-chinese-formal": ("chineseLegalSimplified", "、"),
    "cjk-heavenly-stem": ("ideographTraditional", "、"), "cjk-earthly-branch": ("ideographZodiac", "、"),
    "disc": ("●", ""), "circle": ("○", ""), "square": ("■", ""), "none": ("", ""),
}
# the type attribute of <ol> (1 a A i I; anything else renders decimal) and of <ul> (disc circle square)
_TYPE_ATTRIBUTE = {"1": "decimal", "a": "lower-alpha", "A": "upper-alpha", "i": "lower-roman", "I": "upper-roman",
                   "disc": "disc", "circle": "circle", "square": "square"}


def _list_style(el: Tag) -> str | None:
    """The list-style-type el sets itself, inline style before the type attribute (CSS outranks a presentational
    attribute); None if it sets none it knows."""
    found = _LIST_STYLE.search(el.get("style", "") or "")
    if found:
        for word in found.group(1).lower().split():
            if word in _CSS_LIST_STYLES:
                return word
    kind = str(el.get("type", "")).strip()
    return _TYPE_ATTRIBUTE.get(kind, "decimal" if el.name == "ol" and kind else None)


def _integer(value) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def _marker(number: int, style: str) -> str:
    fmt, suffix = _CSS_LIST_STYLES[style]
    if not suffix:
        return fmt  # a bullet, or none
    return format_number(number, fmt) + suffix


def _list_markers(listing: Tag, nested: bool) -> dict[int, str]:
    """The marker a browser draws before each item of an <ol> or <ul>, by the item's id. A <ul> inside another list
    draws a circle, as browsers' own style sheet says."""
    items = [c for c in listing.children if isinstance(c, Tag) and c.name == "li"]
    default = "decimal" if listing.name == "ol" else ("circle" if nested else "disc")
    style = _list_style(listing) or default
    is_reversed = listing.name == "ol" and listing.has_attr("reversed")
    start = _integer(listing.get("start")) if listing.name == "ol" else None
    number = start if start is not None else (len(items) if is_reversed else 1)
    markers = {}
    for item in items:
        value = _integer(item.get("value")) if listing.name == "ol" else None
        number = value if value is not None else number
        markers[id(item)] = _marker(number, _list_style(item) or style)
        number += -1 if is_reversed else 1
    return markers


def _typed_number(line: str) -> bool:
    """Whether the line opens with a number or bullet its author typed (an editor's list whose numbers are text, its
    own marker hidden or doubled): the typed one is the plan's, the drawn one a copy of it. 一是 / 第一， count sentences
    inside an item, no item's number."""
    label = label_of(line)
    return label is not None and label.style != "ordinal"


# Card and detail layouts put a field's name and its value in sibling blocks: <dt>牵头单位</dt><dd>市民政局</dd>, or
# <div class="label">牵头单位</div><div class="value">市民政局</div>. A browser shows them as one row; written as two
# lines the value loses its label. The converter writes them as one line, name：value. A <dt> is a name by markup;
# another element is one when its whole text is a field label the reader knows (LABEL_LINE, colon optional) and a
# sibling element follows it, the value.
_TERM_LENGTH = 16  # a <dt> longer than this is a paragraph styled as a term, not a field's name
_TERM_TEXT = re.compile(r"[^。；;！!？?，,]{1,16}")


def _next_element(el: Tag) -> Tag | None:
    """The element after el among its siblings, text between them ignored only if it is blank."""
    for sibling in el.next_siblings:
        if isinstance(sibling, Tag):
            return sibling
        if _is_text(sibling) and str(sibling).strip():
            return None
    return None


_SMALL_ELEMENT_NODES = 32  # a field's name or a badge is a few nodes; a bigger element is no such thing


def _small_text(el: Tag) -> str | None:
    """el's text if el is a small inline run (no block, at most _SMALL_ELEMENT_NODES nodes), else None: read with a
    bounded walk, so asking it of every element stays linear in the page (get_text per element was quadratic)."""
    parts = []
    for count, node in enumerate(el.descendants):
        if count >= _SMALL_ELEMENT_NODES or (isinstance(node, Tag) and (node.name in _BLOCKS or node.name == "table")):
            return None
        if _is_text(node):
            parts.append(str(node))
    return " ".join(" ".join(parts).split())


def _field_name(el: Tag) -> bool:
    """Whether el is a field's name whose value is the element after it (see above)."""
    value = _next_element(el)
    if value is None or (el.name == "dt" and value.name != "dd"):
        return False
    text = (_small_text(el) or "").rstrip(":： ")
    if not _TERM_TEXT.fullmatch(text):
        return False
    if el.name == "dt":
        return value.name == "dd"
    label = LABEL_LINE.match(text + "：")
    return value.name != "br" and label is not None and label.end() > len(text)  # the label and nothing after it


# A card's number drawn as a badge (<span class="xh">01</span><h4>title</h4>): the number is inline, the title a block,
# so the text had the number alone on a line and the title under it, the task's number parted from its title. A
# number and nothing else before a heading (h1-h6, or an element named a title) is kept on the heading's line, a stop
# after it as a browser's list number has (01 -> 01.), so it reads as the item's number.
_BADGE_NUMBER = re.compile(r"([0-9]{1,3})([.．、]?)")
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def _is_heading(el: Tag) -> bool:
    return el.name in _HEADINGS or bool(_TITLE.search(_names(el)))


# Units printed as tags (<span class="dw">市财政局</span> <span class="dw">市民政局</span>): the page parts them with CSS
# gaps, the source only with blank text, which the soft-break rule (a source line break between Chinese characters
# is layout) dropped, gluing the names into one. Blank text between two sibling inline elements of the same tag and
# class, each holding a short phrase with no punctuation at the edge it turns to the other, is written 、, the mark a
# list of names takes in running text.
_TAG_TEXT_LENGTH = 40
_EDGE_PUNCTUATION = "，,。；;：:、！!？?（(）)“”\"'《》"


def _tag_text(el) -> str:
    return el.get_text("", strip=True) if isinstance(el, Tag) else ""


def _parts_tags(blank: NavigableString) -> bool:
    """Whether blank, a text of whitespace, stands between two tags of one list (see above)."""
    before, after = blank.previous_sibling, blank.next_sibling
    if not (isinstance(before, Tag) and isinstance(after, Tag)) or before.name != after.name:
        return False
    if before.name in _BLOCKS or before.name in ("br", "table", "img") or not before.get("class"):
        return False
    if before.get("class") != after.get("class"):
        return False
    first, second = _tag_text(before), _tag_text(after)
    return (0 < len(first) <= _TAG_TEXT_LENGTH and 0 < len(second) <= _TAG_TEXT_LENGTH
            and first[-1] not in _EDGE_PUNCTUATION and second[0] not in _EDGE_PUNCTUATION)


# A card's status drawn as a badge at the end of its title (<h4>建设城市书房10家<span class="badge">新增</span></h4>):
# the page shows it apart, as a label; in the text it ran on into the title (建设城市书房10家新增). A short inline
# element that ends a heading, with no text after it, and whose class names a badge, tag or status, is left out:
# it marks the item, it is no word of its title.
# (a class word whole, or a part of one parted by - or _ (item-badge, tag_new): statement, tagline, labelled name no
# badge; a unit drawn as a tag is a unit, not a status, and stays)
_BADGE_CLASS = re.compile(r"(?:^|[-_])(?:badge|tag|status|state|flag|label|biaoqian|zhuangtai)(?:$|[-_])", re.I)
_BADGE_LENGTH = 6


def _is_title_badge(el: Tag) -> bool:
    if el.name in _BLOCKS or not any(_BADGE_CLASS.search(c) for c in el.get("class") or []):
        return False
    heading = el.parent
    text = _small_text(el)
    if not isinstance(heading, Tag) or not _is_heading(heading) or not text or len(text) > _BADGE_LENGTH:
        return False
    if unit_like(text):
        return False  # a unit drawn as a tag after the title names who does it: text, read as the page gives it
    if not any(_is_text(node) and str(node).strip() or isinstance(node, Tag) and node is not el
               for node in heading.children):
        return False  # the heading's only text: its title, whatever its class
    # nothing after it in the heading: a badge set after the title, not a word inside it
    return all(_is_text(node) and not str(node).strip() for node in el.next_siblings)


# 公众号 editors insert emoji from the editor's picker, and the saved page holds each as an image standing in the text,
# its character in the alt: <img class="emoji" alt="1️⃣"> before an item numbered so. Dropping the image dropped the
# number the page prints (the items read as unnumbered tasks). An image whose alt is a number symbol is that text:
# a keycap (a digit with U+FE0F / U+20E3), 🔟, circled and negative circled numbers (①, ❶, ➊: Unicode No); the reader
# then takes it as it takes the same characters typed (words.labels: keycap labels). Any other emoji (🔹 bullets, ✔️,
# 👍, ★ in a sentence) is decoration, dropped as before, and so is a number symbol before a label of the text's own
# (1️⃣一、主要任务: the outline's number is the label). An alt with a letter or a CJK character (图片, a photo's
# caption) is a description, no text.
_EMOJI_ALT_LENGTH = 4
_EMOJI_JOINERS = "\ufe0e\ufe0f\u200d\u20e3"
_KEYCAP_BASE = "0123456789#*"
_KEYCAP_TEN = "\U0001f51f"


def _emoji_alt(img: Tag) -> str:
    """The alt text of img where it is a number symbol numbering the text after it (see above), else ""."""
    alt = (img.get("alt") or "").strip()
    if not alt or len(alt) > _EMOJI_ALT_LENGTH:
        return ""
    for at, ch in enumerate(alt):
        keycap_base = ch in _KEYCAP_BASE and alt[at + 1:at + 2] in ("\ufe0f", "\u20e3")
        if not (keycap_base or ch in _EMOJI_JOINERS or ch == _KEYCAP_TEN or unicodedata.category(ch) == "No"):
            return ""
    after = img.next_sibling
    if isinstance(after, NavigableString) and label_of(str(after).strip()) is not None:
        return ""  # (1️⃣一、主要任务: a decoration before the text's own label)
    return alt


class _Lines:
    """Collects the text of a subtree as lines: blocks and <br> end lines, inline text runs on."""

    def __init__(self, cell: bool = False):
        self.lines: list[str] = []
        self.buffer: list[str] = []
        self.looks: list[tuple[str, frozenset[str]]] = []  # the buffer's pieces with their formatting (_looks)
        self.cell = cell  # a table cell's lines: its formatted runs are recorded once, for the whole cell
        self.cell_looks: list[tuple[str, frozenset[str]]] = []
        self.table_ended = -1  # the number of lines when the last table ended: a matrix's legend may follow
        self.item_markers: dict[int, str] = {}  # the marker a browser draws before each list item, by its id
        self.pending_marker = ""  # the current item's marker, set before the item's first line
        self.list_depth = 0
        self.pending_label = ""  # a field's name whose value starts the next line (_field_name)

    def add(self, text: str, kinds: frozenset[str] = frozenset()) -> None:
        self.buffer.append(text)
        self.looks.append((text.replace(_SOFT_BREAK, ""), kinds))

    def flush(self, term: bool = False) -> None:
        """End the current line; a term's line (a field's name) waits to open the line of its value."""
        line = "".join(self.buffer)
        self.buffer = []
        looks, self.looks = self.looks, []
        # a source line break between Chinese characters is layout; elsewhere it is a space
        line = re.sub(rf"(?<={_CJK_OR_PUNCT}){_SOFT_BREAK}+(?={_CJK_OR_PUNCT})", "", line)
        line = line.replace(_SOFT_BREAK, " ").replace("\xa0", " ")
        line = re.sub(r"[ \t\r\f\v]+", " ", line).strip(" \u3000")
        if line and len(self.lines) == self.table_ended and legend_line(line):
            line = f"注:{legend_line(line)}。"  # a matrix's legend under it: the table's note, no annotation
        if term and line:
            self.write_pending_label()  # a name with no value before this one: alone, as it stood
            self.pending_label = line.rstrip(":： ") + "："
            return
        if line and self.pending_label:
            line = self.pending_label + line
            self.pending_label = ""
        if line and self.pending_marker:
            line = line if _typed_number(line) else self.pending_marker + line
            self.pending_marker = ""
        if line:
            self.lines.append(line)
            self.mark_formatted(line, looks)

    def mark_formatted(self, line: str, looks: list[tuple[str, frozenset[str]]]) -> None:
        """Record the line's runs in bold, underline, italic or red (runs.py); a cell's, once for the whole cell."""
        if not collecting():
            return
        if self.cell:  # (a plain line too: a cell whose every line is bold, a header's, marks no part of it)
            self.cell_looks.extend([("\n", frozenset()), *looks])
        elif any(kinds for _, kinds in looks):
            mark_pieces(line, looks)

    def badge_number(self, heading: Tag) -> str:
        """The number the pending inline text holds alone, with its stop, if it is a badge before heading."""
        text = "".join(self.buffer).replace(_SOFT_BREAK, " ").replace("\xa0", " ").strip(" \t\r\n\u3000")
        number = _BADGE_NUMBER.fullmatch(text)
        if not number or not _is_heading(heading) or label_of(heading.get_text(" ", strip=True)) is not None:
            return ""
        return number.group(1) + (number.group(2) or ".")

    def write_pending_label(self) -> None:
        if self.pending_label:
            self.lines.append(self.pending_label)
            self.pending_label = ""

    def walk(self, node: Tag) -> None:
        # iterative, with an explicit stack: a page of 1000 nested inline tags overflowed Python's recursion
        stack: list = [iter(node.children)]
        while stack:
            child = next(stack[-1], _END)
            if child is _END:
                stack.pop()
            elif child is _FLUSH:
                self.flush()
            elif child is _TERM_END:
                self.flush(term=True)
            elif child is _ITEM_END:
                self.pending_marker = ""
            elif child is _LIST_END:
                self.list_depth -= 1
            elif isinstance(child, NavigableString) and not str(child).strip() and _parts_tags(child):
                self.add("、")
            elif isinstance(child, NavigableString):
                text = re.sub(r"[ \t\r\f\v]*\n[ \t\r\n\f\v]*", _SOFT_BREAK, str(child))
                self.add(re.sub(r"[ \t\r\f\v]+", " ", text), _looks(child) if collecting() else frozenset())
            elif isinstance(child, Tag):
                if child.name == "br":
                    self.flush()
                elif _is_title_badge(child):
                    continue
                elif child.name == "img":
                    self.add(_emoji_alt(child))
                elif child.name == "table":
                    self.flush()
                    self.write_pending_label()
                    self.pending_marker = ""  # an item opening with a table: the marker stands before no line
                    # the lines just above a table and the text just under it, where a matrix's legend stands
                    under = [t.get_text(" ", strip=True) for t in child.find_next_siblings(limit=2)]
                    context = " ".join([*self.lines[-3:], *under])
                    rows = _group_rows(child) or table_rows(child)
                    # a table in a table's cell: a unit cell split into roles is one labelled line (table.role_grid)
                    role_line = role_grid_line(rows) if child.find_parent(["td", "th"]) else ""
                    table_text = role_line or rows_to_text(rows, context=context)
                    for line in table_text.split("\n"):
                        if line.strip():
                            self.lines.append(line.strip())
                    self.table_ended = len(self.lines)
                elif child.name in ("ol", "ul"):
                    self.flush()
                    self.item_markers.update(_list_markers(child, nested=self.list_depth > 0))
                    self.list_depth += 1
                    stack.append(iter([*child.children, _FLUSH, _LIST_END]))
                elif child.name == "li":
                    self.flush()
                    self.pending_marker = self.item_markers.pop(id(child), "")
                    stack.append(iter([*child.children, _FLUSH, _ITEM_END]))
                elif _field_name(child):
                    self.flush()
                    stack.append(iter([*child.children, _TERM_END]))
                elif child.name in _BLOCKS:
                    badge = self.badge_number(child)
                    if badge:
                        self.buffer, self.looks = [badge], [(badge, frozenset())]
                    else:
                        self.flush()
                    stack.append(iter([*child.children, _FLUSH]))
                else:
                    stack.append(iter(child.children))

    def done(self) -> list[str]:
        self.flush()
        self.write_pending_label()
        if any(kinds for _, kinds in self.cell_looks):
            mark_pieces("\n".join(self.lines), self.cell_looks)
        return self.lines


# A plan a portal publishes from the office's Word file keeps the lead a legend marks by formatting (注：加粗字体的为
# 牵头单位，其余为配合单位) as <strong>/<b>, <u>, or an inline style: each text's looks, from the inline elements around it
# up to its block (a few levels: an editor nests <span><strong>…), are recorded with the line (runs.py)
_LOOK_TAGS = {"strong": "bold", "b": "bold", "u": "underline", "ins": "underline", "i": "italic", "em": "italic"}
_LOOK_DEPTH = 8
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.I)
_UNDERLINE_STYLE = re.compile(r"text-decoration(?:-line)?\s*:[^;]*underline", re.I)
_COLOUR_STYLE = re.compile(r"(?<![-\w])color\s*:\s*([#\w]+)", re.I)
_NAMED_REDS = {"red", "#f00", "#ff0000"}


def _looks(text: NavigableString) -> frozenset[str]:
    """The kinds of formatting (runs.RUN_KINDS) the inline elements around a text give it."""
    kinds: set[str] = set()
    node = text.parent
    for _ in range(_LOOK_DEPTH):
        if node is None or node.name in _BLOCKS:
            break
        if node.name in _LOOK_TAGS:
            kinds.add(_LOOK_TAGS[node.name])
        style = str(node.get("style", ""))
        if _BOLD_STYLE.search(style):
            kinds.add("bold")
        if _UNDERLINE_STYLE.search(style):
            kinds.add("underline")
        colour = _COLOUR_STYLE.search(style)
        colour = colour.group(1) if colour else str(node.get("color", "")) if node.name == "font" else ""
        if colour.lower() in _NAMED_REDS or strong_red(colour.lstrip("#")):
            kinds.add("red")
        node = node.parent
    return frozenset(kinds)


def _cell_text(cell: Tag) -> str:
    lines = _Lines(cell=True)
    lines.walk(cell)
    return "\n".join(lines.done())


def _span(cell: Tag, name: str) -> int:
    try:
        value = int(str(cell.get(name, "1")).strip() or "1")
    except ValueError:
        return 1
    limit = 1000 if name == "rowspan" else 100  # the HTML spec's own caps are 65534 and 1000
    return limit if value == 0 else max(1, min(value, limit))  # rowspan=0: to the end of the table


# A grouped layout exported as HTML (飞书 / 语雀 / wiki pages, CMS editors): each row of the outer table names a group
# and who leads it (专项 | 牵头单位) and holds the group's items in a table nested in its last cell (序号 | 事项 | 配合单位 …).
# The page shows the outer cells beside every inner row, as a merged cell (rowspan) would: the outer row's cells are
# each inner row's cells too. Read as one grid, the outer header with the inner header in the nested column's place
# and every inner row with its outer row's cells around it; the group's lead then reaches each item as a merged
# column's does. Only a plain shape is read so (no spans in the outer table, one nested table a row in one column,
# alone in its cell, every nested table a data table with the same header and no table inside); any other nesting is
# read as before.
def _cells(tr: Tag) -> list[Tag]:
    return tr.find_all(["td", "th"], recursive=False)


def _only_table(cell: Tag) -> Tag | None:
    """The table cell holds with no text beside it, else None."""
    tables = [t for t in cell.find_all("table") if t.find_parent(["td", "th"]) is cell]
    if len(tables) != 1 or tables[0].find("table") is not None:
        return None
    beside = [s for s in cell.find_all(string=True) if _is_text(s) and str(s).strip() and tables[0] not in s.parents]
    return None if beside else tables[0]


def _group_rows(table: Tag) -> list[list[str]] | None:
    """The grid of a table whose rows each hold their items in a nested table (see above), or None if it is not one."""
    rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
    if len(rows) < 2 or any(_span(c, "rowspan") > 1 or _span(c, "colspan") > 1 for tr in rows for c in _cells(tr)):
        return None
    header, body = _cells(rows[0]), [_cells(tr) for tr in rows[1:]]
    if any(cell.find("table") for cell in header) or any(len(cells) != len(header) for cells in body):
        return None
    columns = {i for cells in body for i, cell in enumerate(cells) if cell.find("table") is not None}
    if len(columns) != 1:
        return None
    column = columns.pop()
    inner = [_only_table(cells[column]) for cells in body]
    if any(t is None for t in inner):
        return None
    grids = [table_rows(t) for t in inner]
    inner_header = grids[0][0] if grids[0] else []
    if (len(inner_header) < 2 or any(len(g) < 2 or g[0] != inner_header or any(len(r) != len(inner_header) for r in g)
                                     for g in grids) or any(role_grid_line(g) for g in grids)):
        return None
    outer_header = [_cell_text(c) for c in header]
    grid = [outer_header[:column] + inner_header + outer_header[column + 1:]]
    for cells, inner_grid in zip(body, grids):
        texts = [_cell_text(c) for c in cells]
        grid.extend(texts[:column] + row + texts[column + 1:] for row in inner_grid[1:])
    return grid


def table_rows(table: Tag) -> list[list[str]]:
    """The table as a grid, rowspan and colspan honoured: a spanning cell's text in every slot it covers."""
    return [[text for text, _, _ in row] for row in _slots(table)]


def _slots(table: Tag) -> list[list[tuple[str, Tag, bool]]]:
    """The table's grid as (text, the cell that fills the slot, whether that cell spans rows) per slot."""
    grid: list[list[tuple[str, Tag, bool]]] = []
    carried: dict[int, tuple[tuple[str, Tag, bool], int]] = {}  # column -> (slot, rows still covered) from above
    cells = 0
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is not table:
            continue  # a row of a nested table
        row: list[tuple[str, Tag, bool]] = []

        def take_carried():
            while len(row) in carried:
                slot, left = carried.pop(len(row))
                if left > 1:
                    carried[len(row)] = (slot, left - 1)
                row.append(slot)

        for cell in tr.find_all(["td", "th"], recursive=False):
            take_carried()
            rowspan = _span(cell, "rowspan")
            slot = (_cell_text(cell), cell, rowspan > 1)
            for _ in range(_span(cell, "colspan")):
                if rowspan > 1:
                    carried[len(row)] = (slot, rowspan - 1)
                row.append(slot)
        take_carried()
        grid.append(row)
        cells += len(row)
        if cells > MAX_TABLE_CELLS:  # spans of 100 x 1000 on every cell: gigabytes of repeated text
            raise PlansiteError(f"a table expands to more than {MAX_TABLE_CELLS} cells once its rowspan and colspan "
                                f"are filled in; check the table's spans")
    return grid


# A table a PDF printed over two pages, converted to Markdown (marker, MinerU: each page's part a <table> of its own,
# the header row repeated on the second, the page number between): a 牵头单位 cell merged down rows that run over the
# page's foot prints on the first page only, so the converter closes its rowspan at the first part's last row and
# leaves the continuing row's lead cell empty under the repeated header. Read as the merged cell is within a page: the
# empty lead of the second part's first row takes the lead above, where the table's own evidence says it continues —
# the cell above spans rows down to the page's foot, and every other row of both parts names its lead (a table that
# leaves some lead empty may mean no lead by it). Where the cell above is no merged cell, or other leads are left
# empty, the cell stays empty and the reader says it may continue the cell above.
def merged_lead_across_page_break(before: str, between: list[str], after: str) -> str:
    """`after` (a run of markup opening with a table) with the empty lead cell of its first row filled from the last
    row of the table closing `before`, where `between` is a page break only and the tables are one table's parts (see
    above); else `after` as it is."""
    from .table.marks import _PAGE_MARK

    marks = [line.strip() for line in between if line.strip()]
    if (not marks or not all(_PAGE_MARK.match(m) for m in marks) or not before.rstrip().lower().endswith("</table>")
            or not after.lstrip().lower().startswith("<table")):
        return after
    upper_tables = _parse(before).find_all("table")
    soup = _parse(after)
    lower_table = soup.find("table")
    upper = _slots(upper_tables[-1]) if upper_tables else []
    lower = _slots(lower_table) if lower_table is not None else []
    if len(upper) < 2 or len(lower) < 2 or [t for t, _, _ in upper[0]] != [t for t, _, _ in lower[0]]:
        return after
    from .table import header_kinds

    leads = [j for j, kind in enumerate(header_kinds([t for t, _, _ in upper[0]])) if kind == "lead"]
    if len(leads) != 1:
        return after
    lead = leads[0]
    last, first = upper[-1], lower[1]
    if (len(last) <= lead or len(first) <= lead or not last[lead][0].strip() or first[lead][0].strip()
            or not any(t.strip() for j, (t, _, _) in enumerate(first) if j != lead)
            or len({t for t, _, _ in first}) < 3):  # (a group row spans the width: one text in every slot)
        return after
    others = [row for row in upper[1:-1] + lower[2:] if len(row) > lead and len({t for t, _, _ in row}) >= 3]
    text, upper_cell, merged = last[lead]
    if merged and all(row[lead][0].strip() for row in others):
        cell = first[lead][1]
        cell.clear()
        for child in _parse(upper_cell.decode_contents()).contents:
            cell.append(child)
        return str(soup)
    from .table.notes import _note, _quote

    why = "is no merged cell" if not merged else "is merged, but other rows of the table leave their lead empty"
    _note(max((t for t, _, _ in first), key=len),  # the row's longest cell, its task, finds its line
          f"empty 牵头单位 cell under the header repeated after a page break: read as no lead, though it may "
          f"continue the cell above the break ({_quote(text)}), which {why}")
    return after
