"""Layout: a two-column 责任主体 / 责任内容 list pasted one cell per line, each subject over its numbered duties.

Responsibility lists by subject (主体责任清单, 责任清单) set each subject in a cell of its own beside one content cell
holding several numbered duties, the numbers running straight through the table. Flattened one cell per line:

    责任主体
    责任内容
    县委常委会                 (the subject: a body, bodies parted by 、, or a person's post)
    1.每年专题研究……
    2.支持……
    县委书记
    3.履行第一责任人职责……

The subject answers for every duty under it up to the next subject line, so each duty becomes a row [subject, duty].
A PDF copied as text breaks a duty's cell at every printed line (…集中统一领 / 导，严格执行…（县委办公 / 室负责）): a line
after a duty leaving its bracket open goes on with it; so does one after a duty ending mid-sentence (not in 。！？ or
its bracket's ）) unless it stands as a subject over a numbered duty (a cell as written may end with no stop), and a
line opening the bracket of units after a duty's full stop.
The one-cell-per-line reader cannot place a content cell spanning several lines (it pairs the cells two by two).
A person's post as subject (县委书记, 班子其他成员) names no body: its duties are still printed items someone must
carry out, so they stay tasks with no unit (their unit cell 无), and the reading report says whose they are.
"""
from __future__ import annotations

import re

from ....words import lexicon as lx
from .cells import _reads_as_units
from .header import UNIT_COLUMN_KINDS, header_kind
from .layouts import Found
from .marks import _ANY_LABEL, _ARABIC_LABEL, _PAGE_MARK
from .notes import _note

_SUBJECT_MAX = 40  # characters of a subject cell, at most (three bodies' names parted by 、)
_SENTENCE_MARK = re.compile(r"[。；;:：，,]")
_PEOPLE = tuple(lx.PEOPLE_ENDINGS)
_DUTY_ENDS = ("。", "！", "？", "）", ")")  # a duty cell's text ends so: its sentence, or its bracket of units
_NO_UNIT = "/"  # a unit cell saying 无: never filled from the row above


def _subject(text: str) -> bool:
    """A subject cell: bodies' names (县委常委会, 县人大常委会党组、县政府党组) or a person's post (县委书记,
    县委班子其他成员); short, no sentence, no label."""
    return (len(text) <= _SUBJECT_MAX and not _SENTENCE_MARK.search(text) and not _ANY_LABEL.match(text)
            and text.count("（") + text.count("(") == text.count("）") + text.count(")")  # no wrapped bracket's tail
            and (_reads_as_units(text) or text.endswith(_PEOPLE)))


def _bracket_open(text: str) -> bool:
    """Does the text leave a bracket open (a duty's bracket of units cut by the line's end)?"""
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def _next_text(lines: list[str], i: int) -> int:
    """The index of the next line from lines[i] holding text, past blank lines and page numbers (— 3 —)."""
    while i < len(lines) and (not lines[i].strip() or _PAGE_MARK.match(lines[i].strip())):
        i += 1
    return i


def read_subject_over_duties(lines: list[str], start: int) -> Found | None:
    """The rows of a 责任主体 / 责任内容 table whose subject cells stand over their numbered duties; None where
    lines[start] does not open such a header, or no subject followed by a numbered duty comes under it."""
    if start + 1 >= len(lines):
        return None
    header = [lines[start].strip(), lines[start + 1].strip()]
    if header_kind(header[0]) not in UNIT_COLUMN_KINDS or header_kind(header[1]) != "task":
        return None
    rows: list[list[str]] = [header]
    subject, i, end = None, start + 2, start + 2
    while True:
        i = _next_text(lines, i)
        text = lines[i].strip() if i < len(lines) else ""
        duty = rows[-1][1].rstrip() if len(rows) > 1 else None
        if text and _ARABIC_LABEL.match(text) and subject is not None:
            rows.append([subject if _reads_as_units(subject) else _NO_UNIT, text])
        elif text and duty is not None and _bracket_open(duty) and not _ANY_LABEL.match(text):
            rows[-1][1] += text  # the duty's bracket of units wrapped (…（县委办公室、 / 县纪委监委负责）)
        elif text and _subject(text) and _ARABIC_LABEL.match(lines[_next_text(lines, i + 1)].strip()
                                                            if _next_text(lines, i + 1) < len(lines) else ""):
            subject = text
            if not _reads_as_units(text):
                _note(text, f"the subject '{text}' is a person's post, no unit: its numbered duties are read as "
                            "tasks with no unit")
        elif text and duty is not None and not duty.endswith(_DUTY_ENDS) and not _ANY_LABEL.match(text):
            rows[-1][1] += text  # the duty's cell wrapped mid-sentence (…集中统一领 / 导，严格执行…)
        elif text and duty is not None and text.startswith(("（", "(")):
            rows[-1][1] += text  # the duty's sentence ended at the line's end, its bracket of units on the next
        else:
            break
        i += 1
        end = i
    return Found(end, rows) if len(rows) > 1 else None
