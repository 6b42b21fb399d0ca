"""Which script a plan is written in: a copy in traditional characters is read through a character conversion.

Mirror sites republish plans in traditional characters (牽頭單位 / 責任單位 / 按職責分工負責). The reader's words
(labels, verbs, headers) are simplified, so such a copy read as it stands reads no unit at all. Instead:

1. a text that `looks_traditional` is converted CHARACTER BY CHARACTER (one character to one character, the first
   candidate of OpenCC's TSCharacters table, shipped by `opencc-python-reimplemented`): 市教育局牽頭 -> 市教育局牵头.
   No phrase table: every position of the copy is the same position of the original, so
2. the simplified copy is read as any plan, then every string the reading took from the text (titles, unit names,
   deadlines, task text) is given back AS WRITTEN: the same span of the original (市財政局, not 市财政局). A name is
   never guessed back from the simplified one, which may come from several traditional characters (干: 乾/幹).
   A string the reading composed, found nowhere in the copy, keeps its simplified reading and is counted in the
   reading report, which says that the text was read through a character conversion.

A simplified text (a few traditional names in it included) is not converted: it is read byte for byte as before.
"""
from __future__ import annotations

import dataclasses
import importlib.resources
from functools import lru_cache

from ..model import Plan, PlanText

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


def to_simplified(pt: PlanText) -> PlanText:
    """The plan text converted when it looks traditional (or the page it came from did), else `pt` itself; the
    copy's `written` is the original text, to give the reading's strings back from."""
    if not pt.written and not looks_traditional("\n".join([pt.title, *pt.lines])):
        return pt
    original = pt.written or "\n".join([pt.title, *pt.notice, *pt.lines])
    return dataclasses.replace(pt, title=simplified(pt.title), lines=[simplified(x) for x in pt.lines],
                               notice=[simplified(x) for x in pt.notice], written=original)


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


def give_back_as_written(plan: Plan, original: str) -> None:
    """Every string the reading took from the text, as the original writes it; the report says how it was read."""
    written = Written(original)
    back = written.restore
    plan.title, plan.issuer, plan.doc_number = back(plan.title), back(plan.issuer), back(plan.doc_number)
    plan.preamble, plan.closing = back(plan.preamble), back(plan.closing)
    plan.jurisdiction.name = back(plan.jurisdiction.name)
    plan.notes = [back(x) for x in plan.notes]
    plan.unparsed = [back(x) for x in plan.unparsed]
    for section in plan.sections:
        for name in ("title", "heading", "intro", "closing"):
            setattr(section, name, back(getattr(section, name)))
        for group in section.groups:
            group.label, group.title, group.text = back(group.label), back(group.title), back(group.text)
        for task in section.tasks:
            _task_as_written(task, back)
    lost = sorted(set(written.lost))
    plan.note(0, "outline", "the text is in traditional script: it was read through a character-by-character "
              "conversion to simplified script, and every name and text is given as written"
              + (f"; {len(lost)} strings not found in the text are given in simplified script: "
                 + "、".join(x[:20] for x in lost[:5]) if lost else ""))


def _task_as_written(task, back) -> None:
    task.label, task.title, task.text, task.group = back(task.label), back(task.title), back(task.text), back(task.group)
    for note in task.annotations:
        note.text = back(note.text)
    for a in task.assignments:
        a.name = back(a.name)
    for d in task.deadlines:
        d.text = back(d.text)
