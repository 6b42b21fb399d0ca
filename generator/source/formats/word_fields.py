"""The numbers Word draws for its numbering fields (AUTONUM, AUTONUMLGL, AUTONUMOUT, LISTNUM, SEQ), counted in
document order.

A Word document may number its items by fields instead of a numbering definition: an empty
<w:fldSimple w:instr=" AUTONUM "/> before each task, or a LISTNUM field. Word stores no result text for AUTONUM,
AUTONUMLGL, AUTONUMOUT or LISTNUM: it counts them each time it draws the page. Read as stored, such a document's
items have no label at all, and an item's unnumbered second paragraph reads as the next item, shifting every later
number. Here each field gets the number Word prints: the .docx reader sets it where the field stands, as it types
out a numbering definition's label (docx._Numbering.label).
A SEQ field keeps its stored result; one saved without a result is counted per identifier, as Word counts it.
"""
from __future__ import annotations

import re

from ...numerals import format_number

_LEVELS = 9

# LISTNUM's three built-in lists, and the legacy AUTONUM fields that draw the same numbers, level by level:
# (number format, text before the number, text after it)
_NUMBER_DEFAULT = [("decimal", "", ")"), ("lowerLetter", "", ")"), ("lowerRoman", "", ")"),
                   ("decimal", "(", ")"), ("lowerLetter", "(", ")"), ("lowerRoman", "(", ")"),
                   ("decimal", "", "."), ("lowerLetter", "", "."), ("lowerRoman", "", ".")]
_OUTLINE_DEFAULT = [("upperRoman", "", "."), ("upperLetter", "", "."), ("decimal", "", "."),
                    ("lowerLetter", "", ")"), ("decimal", "(", ")"), ("lowerLetter", "(", ")"),
                    ("lowerRoman", "(", ")"), ("lowerLetter", "(", ")"), ("lowerRoman", "(", ")")]
_LEGAL = "LegalDefault"
_LISTS = {"NumberDefault": _NUMBER_DEFAULT, "OutlineDefault": _OUTLINE_DEFAULT}

# a field's general number format switch (\* ARABIC): Word's name -> the numbering format numerals.format_number
# draws; ROMAN / roman and ALPHABETIC / alphabetic differ by case only
_FORMAT_SWITCHES = {"ARABIC": "decimal", "ROMAN": "upperRoman", "roman": "lowerRoman",
                    "ALPHABETIC": "upperLetter", "alphabetic": "lowerLetter",
                    "CHINESENUM1": "chineseCounting", "CHINESENUM2": "chineseLegalSimplified",
                    "CHINESENUM3": "chineseCounting", "DBNUM1": "chineseCounting", "DBNUM2": "chineseLegalSimplified",
                    "CIRCLENUM": "decimalEnclosedCircle"}

_ARGUMENT = re.compile(r'"([^"]*)"|(\S+)')


def instruction_words(instruction: str) -> list[str]:
    """The words of a field's instruction, a quoted argument as one word: ' SEQ 任务 \\r 7 ' -> SEQ, 任务, \\r, 7."""
    return [m.group(1) if m.group(1) is not None else m.group(2) for m in _ARGUMENT.finditer(instruction)]


def _switch(words: list[str], name: str) -> str | None:
    """The argument after switch `name` (\\s, \\l, \\r), None without it; a switch given with no argument reads as ""."""
    for i, word in enumerate(words):
        if word.lower() == name:
            return words[i + 1] if i + 1 < len(words) and not words[i + 1].startswith("\\") else ""
    return None


def _number(value: str | None) -> int | None:
    return int(value) if value is not None and value.isdigit() and len(value) < 6 else None


class FieldNumbers:
    """The running counts of a document's numbering fields, advanced field by field in document order."""

    def __init__(self):
        self.autonum: dict[str, list[int]] = {}  # field kind -> count per level
        self.lists: dict[str, list[int]] = {}  # LISTNUM list name -> count per level
        self.sequences: dict[str, int] = {}  # SEQ identifier -> its last number

    def field(self, instruction: str, stored: bool, outline_level: int = 0,
              previous_listnum: int | None = None) -> str:
        """Count a field; the text Word shows for it when it was saved with no result (`stored` False), else ""
        (the stored result is its text, and a field that is no numbering field has nothing to draw).

        `outline_level`: the paragraph's (0 = level 1: a body text paragraph or a first-level heading), the level
        of an AUTONUM field. `previous_listnum`: the level of the LISTNUM field before this one in its paragraph,
        if any (a LISTNUM without \\l goes one level deeper than it)."""
        words = instruction_words(instruction)
        kind = words[0].upper() if words else ""
        if kind in ("AUTONUM", "AUTONUMLGL", "AUTONUMOUT"):
            drawn = self._autonum(kind, words, outline_level)
        elif kind == "LISTNUM":
            drawn = self._listnum(words, previous_listnum)
        elif kind == "SEQ":
            drawn = self._sequence(words)
        else:
            return ""
        return "" if stored else drawn

    def listnum_level(self, instruction: str, previous_listnum: int | None) -> int | None:
        """The level (0-based) a LISTNUM field stands at; None for any other field."""
        words = instruction_words(instruction)
        if not words or words[0].upper() != "LISTNUM":
            return None
        level = _number(_switch(words, "\\l"))
        if level is not None and 1 <= level <= _LEVELS:
            return level - 1
        return min(previous_listnum + 1, _LEVELS - 1) if previous_listnum is not None else 0

    def _sequence(self, words: list[str]) -> str:
        """Count a SEQ field (\\r N resets it to N, \\c repeats the last number), stored result or not, so a later
        SEQ of the identifier saved with no result follows the numbers the document shows."""
        identifier = words[1] if len(words) > 1 and not words[1].startswith("\\") else ""
        current = self.sequences.get(identifier, 0)
        reset = _number(_switch(words, "\\r"))
        if reset is not None:
            current = reset
        elif _switch(words, "\\c") is None:
            current += 1
        self.sequences[identifier] = current
        if _switch(words, "\\h") is not None:
            return ""
        return format_number(current, _format_switch(words, "decimal"))

    def _autonum(self, kind: str, words: list[str], level: int) -> str:
        level = max(0, min(level, _LEVELS - 1))
        counts = self._advanced(self.autonum, kind, level, None)
        if kind == "AUTONUMOUT":
            return _listed(_OUTLINE_DEFAULT[level], counts[level])
        separator = _switch(words, "\\s")
        separator = "." if not separator else separator[:1]
        if kind == "AUTONUMLGL":
            trailing = "" if _switch(words, "\\e") is not None else separator
            return separator.join(str(n) for n in counts[:level + 1]) + trailing
        return format_number(counts[level], _format_switch(words, "decimal")) + separator

    def _listnum(self, words: list[str], previous: int | None) -> str:
        name = words[1] if len(words) > 1 and not words[1].startswith("\\") else "NumberDefault"
        level = self.listnum_level(" ".join(words), previous)
        counts = self._advanced(self.lists, name, level, _number(_switch(words, "\\s")))
        if name == _LEGAL:
            return ".".join(str(n) for n in counts[:level + 1]) + "."
        # a list the document names itself is drawn as NumberDefault is (its own definition is not read)
        return _listed(_LISTS.get(name, _NUMBER_DEFAULT)[level], counts[level])

    @staticmethod
    def _advanced(table: dict[str, list[int]], key: str, level: int, start: int | None) -> list[int]:
        """The counts of list `key` after one more item at `level`: `start` sets it (\\s), the deeper levels restart,
        a shallower level not yet counted shows as 1."""
        counts = table.setdefault(key, [0] * _LEVELS)
        counts[level] = start if start is not None else counts[level] + 1
        for deeper in range(level + 1, _LEVELS):
            counts[deeper] = 0
        return [max(n, 1) for n in counts[:level]] + counts[level:]


def _listed(style: tuple[str, str, str], n: int) -> str:
    fmt, before, after = style
    return f"{before}{format_number(n, fmt)}{after}"


def _format_switch(words: list[str], default: str) -> str:
    for i, word in enumerate(words[:-1]):
        if word == "\\*" and words[i + 1] in _FORMAT_SWITCHES:
            return _FORMAT_SWITCHES[words[i + 1]]
        if word == "\\*" and words[i + 1].upper() in _FORMAT_SWITCHES:
            return _FORMAT_SWITCHES[words[i + 1].upper()]
    return default
