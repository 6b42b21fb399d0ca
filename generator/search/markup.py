"""The Pagefind attributes of one built page: what is indexed, what is left out, and the page's filters.

Pagefind reads attributes from the HTML (data-pagefind-body, -ignore, -filter, -meta, -weight); the
theme's HTML is MkDocs' business, so they are added to the finished page (on_post_page) with a few
string edits on markup the theme and the generator always write:
- the article (`<article class="md-content__inner ...">`) of an indexed page is the body; pages
  without one are not indexed at all;
- a task's "similar tasks of other plans" list is left out: its titles are other plans' tasks, and a
  hit in it would land on the wrong task;
- the plan's source line and the charts (data-search-exclude, which Material's own search honoured) too;
- the page's filters and kind sit in an empty hidden block at the top of the article (no text of theirs
  is indexed), and the title is weighted above the body text;
- of a unit's own page and a sector page only the head is indexed (the name, its written forms or
  identifying words): the lists below it repeat the titles of plan tasks, and a topic word must find
  the task in its plan, not every list that names it;
- of a unit's duty sheet in one place (facts.rows) the head and each row's task heading, each row a hit
  of its own that lands on it (Pagefind keeps the row's id as an anchor). Not the task's text: it is the
  plan's text again, once for every unit the task names (4.4 rows a task), and indexed on every sheet it
  made the search files 3.8 times as big and the memory a query of a common word needs 2.9 times as much
  (70 plans, benchmarks/README.md); the text is found on the plan's page, under its heading. The rest of
  a row (the plan's title, the roles, the other units, deadlines, sectors) repeats the same few words on
  every row and is left out, and so are the figures below the table. The rows weigh less than a plan's
  text, so a plan's task comes before the same heading on a sheet.
"""
from __future__ import annotations

import html as htmlmod
import re

from .pages import PageFacts

_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">')
_H1 = re.compile(r"<h1(?=[ >])")
_SIMILAR = re.compile(r'<p class="task-similar">(.*?)</p>(\s*)<ul>', re.S)
_SKIPPED = re.compile(r'<p class="plan-source">')
_FIRST_H2 = re.compile(r"<h2(?=[ >])")
HEAD_ONLY = ("单位", "领域")  # pages.KIND_UNIT, pages.KIND_SECTOR
# the duty table of generator/render/duties.py: its wrapper, marked for Material's search to skip
_DUTY_WRAP = re.compile(r'<div class="duty-wrap" data-search-exclude>(\s*<table class="duty-sheet[ "])')
_DUTY_ROW = re.compile(r'<tr id="([^"]+)"(.*?)</tr>', re.S)
_OTHER_CELL = re.compile(r'<td(?![^>]*class="duty-task")')
_DUTY_TEXT = '<details class="duty-text">'  # the task's text, folded
ROW_WEIGHT = 0.5  # of a duty row's words: below a plan's (1), where the same task is said first

TITLE_WEIGHT = 10  # Pagefind weighs an h1 7 by default; the title of a duty sheet names what it is about


def mark_page(html: str, facts: PageFacts | None) -> str:
    """The page with Pagefind's attributes; unchanged if the page is not indexed (facts None)."""
    if facts is None:
        return html
    article = _ARTICLE.search(html)
    if article is None:
        return html
    block = ['<div hidden data-pagefind-ignore>']  # "index": its filters and meta still count
    block.append(f'<span data-pagefind-meta="kind:{_attr(facts.kind)}"></span>')
    for name, values in facts.filters.items():
        for value in values:
            block.append(f'<span data-pagefind-filter="{_attr(name)}:{_attr(value)}"></span>')
    block.append("</div>")
    start, end = article.span()
    head = html[:start] + article.group(0)[:-1] + " data-pagefind-body>" + "".join(block)
    rest = html[end:]
    rest = _H1.sub(f'<h1 data-pagefind-weight="{TITLE_WEIGHT}"', rest, count=1)
    rest = _SIMILAR.sub(r'<p class="task-similar" data-pagefind-ignore="all">\1</p>\2<ul data-pagefind-ignore="all">',
                        rest)
    rest = _SKIPPED.sub('<p class="plan-source" data-pagefind-ignore="all">', rest)
    if facts.rows:
        rest = _rows_only(rest)
    elif facts.kind in HEAD_ONLY:
        rest = _head_only(rest)
    return head + rest


def _head_only(rest: str) -> str:
    """Everything of the article from its first h2 on in one ignored block (it holds whole elements:
    the h2s are children of the article, and the block closes where the article does)."""
    first, end = _FIRST_H2.search(rest), rest.find("</article>")
    if first is None or end < first.start():
        return rest
    return (rest[:first.start()] + '<div data-pagefind-ignore="all">' + rest[first.start():end] + "</div>"
            + rest[end:])


def _rows_only(rest: str) -> str:
    """A duty sheet with its head and each row's task indexed; the rest of it ignored (module docstring).

    A sheet without its duty table is indexed by its head only."""
    wrap = _DUTY_WRAP.search(rest)
    first, end = _FIRST_H2.search(rest), rest.find("</article>")
    table_end = rest.find("</table>", wrap.end()) if wrap else -1
    close = rest.find("</div>", table_end) if table_end >= 0 else -1
    if first is None or close < 0 or not first.start() <= wrap.start() < close < end:
        return _head_only(rest)
    close += len("</div>")
    table = _DUTY_ROW.sub(_row, '<div class="duty-wrap">' + wrap.group(1) + rest[wrap.end():close])
    table = table.replace("<thead>", '<thead data-pagefind-ignore="all">', 1)
    return (rest[:first.start()] + _ignored(rest[first.start():wrap.start()]) + table
            + _ignored(rest[close:end]) + rest[end:])


def _row(row: re.Match) -> str:
    # the cells but the task's ignored, and the task's text; its heading weighed below a plan's words
    anchor, inner = row.group(1), row.group(2)
    inner = _OTHER_CELL.sub('<td data-pagefind-ignore="all"', inner)
    inner = inner.replace('<td class="duty-task"', f'<td class="duty-task" data-pagefind-weight="{ROW_WEIGHT}"', 1)
    inner = inner.replace(_DUTY_TEXT, '<details class="duty-text" data-pagefind-ignore="all">', 1)
    return f'<tr id="{anchor}"{inner}</tr>'


def _ignored(html: str) -> str:
    return f'<div data-pagefind-ignore="all">{html}</div>' if html.strip() else html


def _attr(value: str) -> str:
    # Pagefind splits "name:value" at the first colon; a colon in a value stays part of it
    return htmlmod.escape(str(value), quote=True)
