"""Lines a PDF's page broke, joined again: a line that reaches the printed width ended where the page did.

A line that reaches the document's printed width (generator/words/widths.py) ended where the page ran out, not
where the sentence did, even when its last character closes a bracket (…，各县（市、区） / 人民政府。): the
next line goes on with it.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .lines import Line, open_brackets, own_line

from ..words import lexicon as lx
from ..words.labels import label_of as _label_of
from ..words.widths import lost_indent, reaches_width

# what ends a sentence, and so closes an annotation set after it (…达到20亿元。（牵头单位：…）)
_STOPS = "。！？!?；;"
_SENTENCE_END = _STOPS + "：:"  # ：an addressee line (…各直属机构：) or a lead-in before its list
_OPENING = "（("
# a line the page broke before a figure or a run of numerals that reads as a label (三、四线城市 / 二、三级医院 /
# 2、3号线 / 8.5亿立方米): after a line that ran to the edge mid-sentence it goes on with it, no item
_FIGURE_OPENING = re.compile(r"^(?:[一二三四五六七八九十]+、[一二三四五六七八九十]+[线级类档星产批期]"
                             r"|\d+[、，,]\d+[号线期级类栋楼批个]"
                             r"|\d{1,3}[.．]\d(?:[万亿千百]|[%％]))")


def _cited_after(text: str) -> bool:
    """Does the printed line end with 第, so that a label opening the next line is cited, not an item's (…；第 /
    （七）项由市X局牵头…: the seventh item named, no item (七) of its own)?"""
    return text.endswith(lx.NUMBERED_TASK_ORDINAL)


_ANNOTATION_MAX = 200  # characters an annotation closing a paragraph is looked back over, at most


def closes_an_annotation(text: str) -> bool:
    """Does the text end with a whole annotation set after its sentence (…达到20亿元。（牵头单位：市X局；配合单位：市Y
    局）)? The bracket closing there ends the paragraph, as its stop does: a line the page filled to the edge with it
    (…云州监管分局）) is followed by a new paragraph (an unnumbered heading, the next duty), not by its rest. A
    bracket closing a name's part (…，各县（市、区）) opens after a word and ends no paragraph; a line that is a whole
    bracket ((牵头单位：X；配合单位：Y）, moved down under its sentence) ends it too."""
    if not text.endswith(("）", ")")):
        return False
    depth = 0
    for at in range(len(text) - 1, max(-1, len(text) - 1 - _ANNOTATION_MAX), -1):
        depth += (text[at] in "）)") - (text[at] in "（(")
        if depth == 0:
            return at == 0 or text[at - 1] in _STOPS
    return False


def join_wrapped(lines: list, label_of, is_own_line, width: int) -> list:
    """The lines of a text wrapped at a printed width, each line the page broke joined to the line above.

    A line goes on with the one above when that line reaches the printed width and this one is no item (no
    label, or a label that is a figure's or a run of numerals' first letters: 三、四线城市, 8.5亿立方米), is not indented as a paragraph's first line is, and is no line of its own (`is_own_line`: a
    `牵头单位：` line, a part heading); and the line above ended mid-sentence, or this one opens a bracket
    (…管网120公里。 / （市住建局牵头，…）: an annotation the page moved down, not one set on a line of its
    own, which would seldom follow a line that ran to the edge). Lines of a text with no printed width are
    returned as they are (`width` 0).
    """
    if not width:
        return lines
    lost = lost_indent(_numbered_first_lines(lines), width)  # an OCR'd image set drops first lines' indent
    margin = _body_margin(lines, width)
    out: list = []
    last = None  # the line above as printed: out[-1] may be several joined
    depth = 0  # brackets out[-1] leaves open (kept as lines join: no rescan of a growing paragraph)
    own = _UNREAD  # the label out[-1]'s own words read, once read: carried as lines join, not read again
    for ln in lines:
        # a bracket still open goes on past a stop inside it (…市财政局； / 配合单位：市X局）): the annotation's
        # clauses, even one opening with its label, are no paragraph of their own
        inside = depth > 0 and ln.label is None
        if (last is not None and ln.indent <= margin
                and reaches_width(last.text, last.indent or (lost if last.label is not None else 0), width)
                and (inside or ((ln.label is None or _FIGURE_OPENING.match(ln.text) or _cited_after(last.text))
                                and not is_own_line(ln.text)
                                and (last.text[-1] not in _SENTENCE_END or ln.text[0] in _OPENING)
                                and not closes_an_annotation(out[-1].text)))):
            text = out[-1].text + (" " if last.spaced_end else "") + ln.text
            joined = label_of(text)
            if not joined and out[-1].label is not None and own is _UNREAD:
                own = label_of(out[-1].text)
            label = joined or _glued_label_carried(out[-1], own, ln.text)
            out[-1] = replace(out[-1], text=text, label=label)
            own = joined
            depth += open_brackets(ln.text)
        else:
            out.append(ln)
            own = _UNREAD
            depth = open_brackets(ln.text)
        last = ln
    return out


_UNREAD = object()  # a line's own label not read yet


def _body_margin(lines: list, width: int) -> int:
    """The indent a page's run-on lines stand at: 0 in most texts, the page's left margin in a PDF's text laid out
    as printed (pdftotext -layout sets every line 4 spaces in, a paragraph's first line 8).

    A line the page broke goes on at the text's left edge, whatever its paragraph's first line is indented by; the
    edge is where the unlabelled lines after a line that ran to the width stand, at the least (a new paragraph after a
    sentence ending at the width stands further in). Read on lines as printed; labelled lines (a table's rows the
    table reader rewrote, flush left) tell nothing of it."""
    run_on = [ln.indent for above, ln in zip(lines, lines[1:])
              if ln.label is None and reaches_width(above.text, above.indent, width)]
    return min(run_on, default=0)


def _numbered_first_lines(lines: list) -> list[tuple[str, int]]:
    """(text, indent) of the lines opening with a label that run on mid-sentence into an unlabelled next line:
    a numbered paragraph's first lines, the page, not the sentence, ending them (a title line with no stop too)."""
    return [(ln.text, ln.indent) for ln, nxt in zip(lines, lines[1:])
            if ln.label is not None and nxt.label is None and ln.text[-1] not in _SENTENCE_END + "）)"]


def _glued_label_carried(above: Line, own, more: str):
    """The label the outline read on the line above where its own words read another (`own`, label_of(above.text):
    11.121人才… after 10.: task 11, its 121 a figure, numbering.labels_glued_to_figures), carried on when the page's
    next line joins it; None where the line's label is its words' own."""
    if above.label is None or above.label == own:
        return None
    return replace(above.label, rest=above.label.rest + more)


def sentences_rejoined(numbered: list[tuple[int, str]], width: int) -> list[tuple[int, str]]:
    """(source line, text) lines of a text wrapped at a printed width, each line the page broke joined to the line
    above it (the joined line keeps its first line's number); a blank line ends a paragraph as written.

    A rule the document states once (清单中标注“牵头”的为牵头单位，其余为配合单位) is a sentence of a covering
    notice's paragraph, and a PDF's page breaks that paragraph wherever its line runs out (…的为牵头单位，其 /
    余为配合单位；…): the rule is looked for in the sentence made whole again, as join_wrapped makes the outline's.
    Lines of a text with no printed width are returned as they are (`width` 0).
    """
    if not width:
        return numbered
    out: list[tuple[int, str]] = []
    run: list = []
    for number, raw in [*numbered, (0, "")]:
        text = raw.strip()
        if text:
            run.append(Line(number, text, _label_of(text), len(raw) - len(raw.lstrip()), spaced_end=raw[-1].isspace()))
            continue
        out += [(ln.number, ln.text) for ln in join_wrapped(run, _label_of, own_line, width)]
        run = []
    return out
