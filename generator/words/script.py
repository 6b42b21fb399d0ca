"""Traditional script: which text is written in it, its character-by-character conversion to simplified script,
and the original's spans given back for what a reading of the converted copy took (generator/parse/script.py
says how the reader uses them; the source stage converts a page before reading its tables and titles). Also the
radical code points a PDF's font gives for whole characters, folded back as the text is decoded. And the gap a scan's
OCR (or a PDF's line) sets between two Chinese characters, which the parse stage reads in more than one place.
"""
from __future__ import annotations

import importlib.resources
import re
import unicodedata
from functools import lru_cache

from ..model import PlanText
from . import lexicon as lx

# A run of white space between two Chinese characters (街道城 管办, 配 合单位：): OCR of a scan or a PDF's line set
# it there, where the written text has none, as no Chinese word holds a space. Read twice in the parse stage: a
# unit's name is taken without it (parse._names_without_scan_spaces), and a label or role verb it splits is read
# whole (parse.annotations.split_words_as_written_whole, which moves a single ASCII space only).
SPACES_BETWEEN_IDEOGRAPHS = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")

def _folded(code_point: int) -> str | None:
    """The one character NFKC folds a code point to, None when it stays or becomes several."""
    folded = unicodedata.normalize("NFKC", chr(code_point))
    return folded if len(folded) == 1 and folded != chr(code_point) else None


# the Kangxi radicals (U+2F00–2FD5) and compatibility ideographs (U+F900–FAD9) a PDF font's mapping gives for whole
# characters (⼯⽅ for 工方), and the supplement's simplified radicals NFKC leaves (⻓ for 长,
# lexicon.RADICAL_SUPPLEMENT_CHARACTERS)
_IDEOGRAPHS = str.maketrans({
    **{chr(c): _folded(c) for c in [*range(0x2F00, 0x2FD6), *range(0xF900, 0xFADA)] if _folded(c)},
    **lx.RADICAL_SUPPLEMENT_CHARACTERS})


def plain_ideographs(text: str) -> str:
    """`text` with each radical code point standing for a whole character written as that character (⼯作⽅案 ->
    工作方案); one for one, so lines and a layout's columns keep their width. A reader of the PDF sees the same glyphs;
    unit names, labels and table headers are only found in the plain characters."""
    return text.translate(_IDEOGRAPHS)


# Characters that exist only in traditional script and that plans write on every page: unit labels and
# verbs (單 責 頭 負 協 辦 實), bodies (門 區 縣 鄉 鎮 廳 局's 機構 …) and common words. Simplified text never holds them.
TRADITIONAL_ONLY = frozenset("單責頭負協辦實門區縣鄉鎮廳機構關於為與發務會國級經濟體進產業設員際現據時應點規劃質環護項們這個來說對將從後開數導貫徹")
_SHARE = 0.03  # of the Chinese characters: a simplified text with a few traditional names stays far below
_AT_LEAST = 10


def looks_traditional(text: str) -> bool:
    """Does the text look like traditional script (a share of characters only traditional script has)?"""
    han = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    marks = sum(ch in TRADITIONAL_ONLY for ch in han)
    return marks >= _AT_LEAST and marks >= _SHARE * len(han)


_SHARED_GLYPHS = str.maketrans(lx.SHARED_GLYPH_VARIANTS)


def shared_glyphs_folded(text: str) -> str:
    """A fixed-layout document's text with the code points a font shares one glyph between written as the simplified
    one (用戶 -> 用户, lexicon.SHARED_GLYPH_VARIANTS), unless the document is in traditional script, where they are
    its own characters; one for one, so a layout's columns keep their width."""
    return text if looks_traditional(text) else text.translate(_SHARED_GLYPHS)


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """Traditional character -> its first simplified candidate (TSCharacters: 於 -> 于 於, the first is taken);
    only one-character entries, so that a conversion keeps every position."""
    text = (importlib.resources.files("opencc") / "dictionary" / "TSCharacters.txt").read_text(encoding="utf-8")
    table = {}
    for row in text.splitlines():
        key, _, values = row.partition("\t")
        first = values.split(" ")[0].strip()
        if len(key) == 1 and len(first) == 1 and first != key:
            table[ord(key)] = first
    return table


@lru_cache(maxsize=1)
def _targets() -> frozenset[str]:
    """The simplified characters a traditional one converts to: where a string read may differ from the original."""
    return frozenset(_table().values())


def simplified(text: str) -> str:
    """The text with each traditional character replaced by its simplified one: the same length, position for position."""
    return text.translate(_table())


class Written:
    """The original text of a copy in traditional script, to give back the spans the reading of its simplified copy took."""

    def __init__(self, original: str):
        self.original = original
        self.copy = simplified(original)
        self.lost: list[str] = []  # strings found nowhere in the copy: kept as read
        # the copy without its spaces and line breaks, and where each character stands: a title set over two lines
        # is read as one string (…若干政策 / 措施》实施方案 -> …若干政策措施》实施方案)
        self.at = [i for i, ch in enumerate(self.copy) if not ch.isspace()]
        self.squeezed = "".join(self.copy[i] for i in self.at)

    def restore(self, read: str) -> str:
        """`read` (a string of the simplified copy) as the original writes it: the same span, else line by line."""
        if not read or read.isascii():
            return read
        at = self.copy.find(read)
        if at >= 0:
            return self.original[at: at + len(read)]
        pieces = read.split("\n")
        if len(pieces) > 1:
            return "\n".join(self.restore(piece) for piece in pieces)
        stripped = read.strip()
        if stripped != read and stripped:  # a line read with its indent dropped or a space added
            head = read[: len(read) - len(read.lstrip())]
            return head + self.restore(stripped) + read[len(head) + len(stripped):]
        at = self.squeezed.find(read) if not any(ch.isspace() for ch in read) else -1
        if at >= 0:  # the same characters, found across line breaks: each from its own place
            return "".join(self.original[self.at[at + k]] for k in range(len(read)))
        return self._piece_by_piece(read)

    def _piece_by_piece(self, read: str) -> str:
        """A string the reading composed (a table row set as a line with its 牵头单位 column in brackets): each run
        of two or more characters the copy has is taken from where the copy has it; a character left alone stays as
        read, and is reported when it may be written otherwise."""
        out, i, lost = [], 0, False
        while i < len(read):
            j = i + 2
            if j > len(read) or self.copy.find(read[i:j]) < 0:
                out.append(read[i])
                lost |= read[i] in _targets()
                i += 1
                continue
            while j < len(read) and self.copy.find(read[i:j + 1]) >= 0:
                j += 1
            at = self.copy.find(read[i:j])
            out.append(self.original[at:at + j - i])
            i = j
        if lost:
            self.lost.append(read)
        return "".join(out)


def written_copy(text: str) -> tuple[str, str]:
    """The text to read and the original it was converted from ("" when the text is read as it stands)."""
    if not looks_traditional(text):
        return text, ""
    return simplified(text), text


def texts_as_written(texts: list[PlanText], original: str) -> list[PlanText]:
    """The plan texts split from a converted page, given back as written (title, notice, lines), each keeping the
    page's original text: the parse stage reads them converted again, and `import` writes them as published."""
    written = Written(original)
    for pt in texts:
        pt.title = written.restore(pt.title)
        pt.notice = [written.restore(x) for x in pt.notice]
        pt.lines = [written.restore(x) for x in pt.lines]
        pt.written = original
    return texts
