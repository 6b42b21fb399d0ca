"""Find the top-level bracketed spans of a text, tolerating nesting, mismatched and unclosed brackets.

Plans nest () inside 〔〕 or 〈〉 inside (), and sometimes open with one kind
and close with another; a span is still found and a warning says where.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

OPENERS = {"(": ")", "（": "）", "〔": "〕", "【": "】", "[": "]", "［": "］", "〈": "〉", "｛": "｝"}
CLOSERS = {v: k for k, v in OPENERS.items()}
# Full-width and half-width forms of one bracket are the same bracket.
_FAMILY = {"(": "(", "（": "(", ")": "(", "）": "(", "[": "[", "［": "[", "]": "[", "］": "["}

# The scanners below visit only the characters that can change their state (brackets, separators),
# found by a regex in C, instead of walking every character of a task's text in Python.
_BRACKET_CHARS = "".join(OPENERS) + "".join(CLOSERS)
BRACKET = re.compile("[" + re.escape(_BRACKET_CHARS) + "]")


@dataclass
class Span:
    start: int  # offset of the opening bracket
    end: int  # offset just past the closing bracket (len(text) when unclosed)
    closed: bool = True

    def inner(self, text: str) -> str:
        return text[self.start + 1 : self.end - 1 if self.closed else self.end]


def top_level_spans(text: str) -> tuple[list[Span], list[tuple[int, str]]]:
    """Top-level bracket spans in order, and (offset, warning) about brackets that do not pair up.

    A warning says "{column}" where the caller puts the column in the source line.
    """
    spans: list[Span] = []
    warnings: list[tuple[int, str]] = []
    stack: list[tuple[str, int]] = []
    # kind of bracket -> the stack places holding an opener of that kind, innermost last: a closer finds its
    # opener at once, where searching the stack made 10 000 （ then 10 000 】 quadratic
    held: dict[str, list[int]] = {}
    for m in BRACKET.finditer(text):
        i, ch = m.start(), m.group()
        if ch in OPENERS:
            held.setdefault(_FAMILY.get(ch, ch), []).append(len(stack))
            stack.append((ch, i))
        elif ch in CLOSERS:
            if not stack:
                continue  # a stray closer outside any bracket is plain text
            places = held.get(_FAMILY.get(CLOSERS[ch], CLOSERS[ch]))
            match = places[-1] if places else None  # the innermost opener of its kind; usually the top
            if match is None:
                opener, at = stack[-1]
                warnings.append((at, f"bracket '{opener}' at column {{column}} is closed by '{ch}'"))
                match = len(stack) - 1
            elif match != len(stack) - 1:
                opener, at = stack[-1]
                warnings.append((at, f"bracket '{opener}' at column {{column}} is never closed"))
            start = stack[match][1]
            for opener, _ in stack[match:]:
                held[_FAMILY.get(opener, opener)].pop()
            del stack[match:]
            if not stack:
                spans.append(Span(start, i + 1))
    if stack:
        opener, at = stack[0]
        warnings.append((at, f"bracket '{opener}' at column {{column}} is never closed"))
        spans.append(Span(at, len(text), closed=False))
    return spans, warnings


# Quotation marks that open and close differently: a name may hold a quoted slogan or title whose 、 is part of it
# (县“双随机、一公开”工作联席会议, 《甲、乙条例》实施专班)
QUOTE_OPENERS = {"“": "”", "《": "》"}
QUOTE_CLOSERS = {v: k for k, v in QUOTE_OPENERS.items()}


def depth_zero_split(text: str, separators: str, quotes: bool = False) -> list[tuple[int, str]]:
    """Split at separator characters outside brackets (and, with `quotes`, outside “” and 《》 too); returns
    (offset, piece) pairs."""
    pieces: list[tuple[int, str]] = []
    depth, begin = 0, 0
    openers, closers = (_OPENING_MARKS, _CLOSING_MARKS) if quotes else (OPENERS, CLOSERS)
    for m in _splitter(separators, quotes).finditer(text):
        i, ch = m.start(), m.group()
        if ch in openers:
            depth += 1
        elif ch in closers and depth:
            depth -= 1
        elif depth == 0 and ch in separators:
            pieces.append((begin, text[begin:i]))
            begin = i + 1
    pieces.append((begin, text[begin:]))
    return pieces


_OPENING_MARKS = {**OPENERS, **QUOTE_OPENERS}
_CLOSING_MARKS = {**CLOSERS, **QUOTE_CLOSERS}


@lru_cache(maxsize=64)  # a few separator sets, split at hundreds of thousands of times: escaping each time cost 7%
def _splitter(separators: str, quotes: bool = False) -> re.Pattern:
    """Brackets (quotation marks too with `quotes`) and the separators: the characters depth_zero_split acts on."""
    marks = _BRACKET_CHARS + ("".join(QUOTE_OPENERS) + "".join(QUOTE_CLOSERS) if quotes else "")
    return re.compile("[" + re.escape(marks + separators) + "]")


def depth_zero_finds(text: str, needles: tuple[str, ...]):
    """(offset, needle) of each of `needles` met outside every bracket, in reading order (a stray closer at depth 0 is
    ignored; a longer needle wins where two start at one offset). A regex finds the brackets and needles, so the text
    is walked once in C, not character by character in Python."""
    depth = 0
    for m in _finder(needles).finditer(text):
        mark = m.group()
        if mark in OPENERS:
            depth += 1
        elif mark in CLOSERS:
            depth -= 1 if depth else 0
        elif depth == 0:
            yield m.start(), mark


@lru_cache(maxsize=64)
def _finder(needles: tuple[str, ...]) -> re.Pattern:
    words = "|".join(re.escape(n) for n in sorted(needles, key=len, reverse=True))
    return re.compile("[" + re.escape(_BRACKET_CHARS) + "]|" + words)


def depth_at(text: str, at: int | None = None) -> int:
    """How many brackets are open at `at` (the text's end by default); a stray closer at depth 0 is ignored."""
    depth = 0
    for ch in text[:at]:
        if ch in OPENERS:
            depth += 1
        elif ch in CLOSERS and depth:
            depth -= 1
    return depth


def strip_trailing_brackets(name: str) -> str:
    """市委党校(行政学院) -> 市委党校: the part that says what kind of body it is."""
    end = len(name.rstrip())
    # an index, not a slice per bracket: a name ending in thousands of brackets stays linear
    while end and name[end - 1] in CLOSERS:
        opener_at = None
        depth = 0
        for i in range(end - 1, -1, -1):
            if name[i] in CLOSERS:
                depth += 1
            elif name[i] in OPENERS:
                depth -= 1
                if depth == 0:
                    opener_at = i
                    break
        if opener_at is None:
            break
        end = opener_at
        while end and name[end - 1].isspace():
            end -= 1
    return name[:end]
