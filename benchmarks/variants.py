"""How the reader reads the same plans when they reach it as copied pages: each document in several layouts.

usage: python benchmarks/variants.py [DIR] [--layouts one_line,spaces,...] [--misses] [--json]

Real documents reach the reader as copies of web pages and document-sharing sites, not as the published
layout. From a DIR holding docs/NAME.txt + readings/NAME.json (default tests/fixtures/styles) each document
is written in every layout below into a temporary folder, with the same reading, and scored exactly as
benchmarks/accuracy.py scores (its `run` is used, not copied). The layouts:

  as_is         the document as written (the baseline the others are measured against)
  one_line      every line break lost: the lines joined with nothing between (a page that kept no breaks)
  spaces        every line break turned into one space (a page whose paragraphs were flattened)
  chunks        a document-sharing site's page chunks: the text without breaks cut every 400 characters, each
                chunk on a line of its own led by its number "1、" "2、"…; a chunk starts wherever the cut fell,
                often mid-word
  marks         every paragraph mark printed as the letter Р, the whole text on one line (document-sharing
                sites show Word's paragraph mark so)
  page_numbers  the text without breaks, a printed page number "— 2 —" left inside it every 1200 characters
                (a PDF copied whole: the page's number between the words where the page broke)
  pdf           a PDF's text as pdftotext or a viewer's copy gives it, line breaks kept: every printed line
                ends with a break, so each paragraph is hard-wrapped at the printed width (28 characters, a
                公文 line on A4; a digit or a Latin letter is half as wide, so a line holding them holds more
                characters, as a justified line does), mid-sentence and mid-name, its indent kept on its first
                line only; a closing mark (，。、；：！？）》” …, half-width ) , ; too) never starts a line, kept
                on the line before as typesetting keeps it (that line one character longer), and an opening
                mark （《“( never ends one;
                after every 22 printed lines (a 公文 page) the page number "— N —" stands on a line of its
                own, often mid-paragraph. A table is left as it is, from its header (a line starting with 序号,
                holding "|", or a row of three cells or more parted by tabs: 周次, 日期, 工作内容…) to the end:
                the table documents already print their tables as a PDF copy gives them (with its layout, a
                row a line; without, one cell a line, wrapped at the column's width), and wrapping those at
                the page's width would be no copy a PDF gives. The table's lines are kept exactly as
                written, its blank lines (an empty cell of a table printed one cell a line) and a row's
                trailing tabs (its empty last cells) too, and a grid table's top border (+----+) starts it as
                its header does. So this layout measures the prose: notices, outlines,
                annotations, signatures, colophons

Only documents given as UTF-8 text (.txt, .md, any case) are written in the layouts; a file in another format or
charset is skipped, and their number, reasons and names are printed before the figures. Blank lines are dropped before joining (a copy keeps no empty paragraphs). Prints, per layout, the micro
figures over all documents, then one row per document with tasks found/gold and unit-role F1 in each layout.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

import accuracy  # noqa: E402

CHUNK = 400  # characters of a document-sharing site's page chunk
PAGE = 1200  # characters of a printed page, roughly


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def as_is(text: str) -> str:
    return text


def one_line(text: str) -> str:
    return "".join(_lines(text)) + "\n"


def spaces(text: str) -> str:
    return " ".join(_lines(text)) + "\n"


def chunks(text: str) -> str:
    flat = "".join(_lines(text))
    parts = [flat[i : i + CHUNK] for i in range(0, len(flat), CHUNK)]
    return "".join(f"{n}、{part}\n" for n, part in enumerate(parts, 1))


def marks(text: str) -> str:
    return "Р".join(_lines(text)) + "\n"


_NEAR_DIGIT = re.compile(r"[\d年月日—－–-]")


def page_numbers(text: str) -> str:
    """The text without breaks with "— N —" at each page's end (moved on past digits and dashes, which would
    make the page number read as part of a number or a range)."""
    flat = "".join(_lines(text))
    out, at, page = [], 0, 1
    while len(flat) - at > PAGE:
        cut = at + PAGE
        while cut < len(flat) and (_NEAR_DIGIT.match(flat[cut - 1]) or _NEAR_DIGIT.match(flat[cut])):
            cut += 1
        out.append(flat[at:cut] + f"— {page} —")
        at, page = cut, page + 1
    out.append(flat[at:])
    return "".join(out) + "\n"


WIDTH = 28  # characters of a printed 公文 line (三号仿宋 on A4)
PAGE_LINES = 22  # printed lines of a 公文 page
_NO_LINE_START = "，。、；：！？）》〕】”’,.;:!?)"  # half-width marks too: typesetting keeps them on the line before
_NO_LINE_END = "（《〔【“‘("
_TABLE_HEADER = re.compile(r"^\s*序\s*号|\||^\s*\+[-=+]+\s*$")  # a grid table's top border: +----+----+
_TAB_ROW_CELLS = 3  # cells parted by tabs a line holds, at least, to be a table's row (周次\t日期\t工作内容…), not a
# label or a metadata field set off by one tab (1.\t确保… / 索引号：…\t主题分类：…)


# a portal page's metadata line sets its fields apart by tabs (索引号：…\t主题分类：…\t发文机关：…): every cell a
# `label：value` field, a line of the page's head, no table's row (taken for one, it left the whole plan unwrapped)
_FIELD_CELL = re.compile(r"\s*[^\s：:]{1,8}[：:]")


def _table_starts(line: str) -> bool:
    """Does the line start a table the page prints as it is: a header, a grid's top border, a row of tab cells that
    are not all `label：value` fields?"""
    if _TABLE_HEADER.search(line):
        return True
    cells = [cell for cell in line.split("\t") if cell.strip()]
    return len(cells) >= _TAB_ROW_CELLS and not all(_FIELD_CELL.match(cell) for cell in cells)


def _char_columns(char: str) -> int:
    """Columns a character takes on a printed line: a digit, a Latin letter, a half-width sign one, any other two."""
    return 1 if ord(char) < 0x2000 else 2


def _printed_lines(line: str) -> list[str]:
    """A paragraph cut into printed lines of WIDTH full-width characters (more where digits are), in one pass: a
    closing mark stays on the line before, an opening mark goes to the line after, as typesetting keeps them."""
    widths = [_char_columns(c) for c in line]
    left = sum(widths)  # columns from `start` to the paragraph's end
    printed, start = [], 0
    while left > 2 * WIDTH:
        cut, columns = start, 0
        while cut < len(line) and columns + widths[cut] <= 2 * WIDTH:
            columns += widths[cut]
            cut += 1
        while cut < len(line) and line[cut] in _NO_LINE_START:
            cut += 1
        if line[cut - 1] in _NO_LINE_END:
            cut -= 1
        printed.append(line[start:cut])
        left -= sum(widths[start:cut])
        start = cut
    if start < len(line):
        printed.append(line[start:])
    return printed


def pdf(text: str) -> str:
    """Each paragraph wrapped at WIDTH, "— N —" on a line of its own after every PAGE_LINES printed lines."""
    printed: list[str] = []
    lines = text.split("\n")
    table = next((n for n, ln in enumerate(lines) if _table_starts(ln)), len(lines))
    for raw in lines[:table]:
        line = raw.rstrip()
        if not line.strip():
            continue
        printed += _printed_lines(line)
    out, page = [], 1
    for n, line in enumerate(printed, 1):
        out.append(line)
        if n % PAGE_LINES == 0 and n < len(printed):
            out.append(f"— {page} —")
            page += 1
    return "\n".join(out + lines[table:]).rstrip("\n") + "\n"  # the table as written (its empty cells kept)


# the documents a layout is written from: copies of a page's text (the other formats are read from their files)
TEXT_SUFFIXES = {".txt", ".md"}

LAYOUTS: dict[str, Callable[[str], str]] = {
    "as_is": as_is, "one_line": one_line, "spaces": spaces, "chunks": chunks, "marks": marks,
    "page_numbers": page_numbers, "pdf": pdf,
}


def layout_source(doc: Path) -> tuple[str | None, str]:
    """(the document's text, "") where a layout can be written from it, else (None, why it is skipped)."""
    if doc.suffix.lower() not in TEXT_SUFFIXES:  # (X.TXT is text, as accuracy.py reads suffixes)
        # a layout is what a copy of a page's text gives: a .docx, .xls or .rtf is no such copy
        return None, f"not text ({doc.suffix.lower() or 'no suffix'})"
    if not doc.is_file():
        return None, "missing"
    try:
        return doc.read_text(encoding="utf-8"), ""
    except UnicodeDecodeError:
        # a copy saved in another charset (GB18030, UTF-16) is the charset reader's case, not a layout's
        return None, "not UTF-8"


def skipped_documents(folder: Path, names: list[str] | None = None) -> dict[str, str]:
    """{name: why} of the documents of `folder` (or of `names`) no layout is written from: the figures leave them
    out, so they differ from accuracy.py's for the same folder by these."""
    skipped = {}
    for name, doc, _ in accuracy.documents(folder):
        if names is None or name in names:
            text, why = layout_source(doc)
            if text is None:
                skipped[name] = why
    return skipped


def write_layout(folder: Path, layout: str, out: Path, names: list[str] | None = None) -> Path:
    """`out`/LAYOUT with docs/ and readings/: every document of `folder` (or those in `names`) in the layout; the
    documents no layout is written from are skipped (skipped_documents says which)."""
    target = out / layout
    (target / "docs").mkdir(parents=True, exist_ok=True)
    (target / "readings").mkdir(parents=True, exist_ok=True)
    for name, doc, reading in accuracy.documents(folder):
        if names is not None and name not in names:
            continue
        text, _ = layout_source(doc)
        if text is None:
            continue
        (target / "docs" / f"{name}.txt").write_text(LAYOUTS[layout](text), encoding="utf-8")
        shutil.copy(reading, target / "readings" / f"{name}.json")
    return target


def run(folder: Path, layouts: list[str], names: list[str] | None = None) -> dict[str, dict[str, dict]]:
    """{layout: accuracy.run's report for the documents written in that layout} ('all:LAYOUT' is the micro average)."""
    tmp = Path(tempfile.mkdtemp(prefix="plansite-variants-"))
    try:
        return {layout: accuracy.run([write_layout(folder, layout, tmp, names)]) for layout in layouts}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", type=Path, default=ROOT / "tests" / "fixtures" / "styles")
    ap.add_argument("--layouts", default=",".join(LAYOUTS), help="comma-separated, of: " + ", ".join(LAYOUTS))
    ap.add_argument("--only", default="", help="comma-separated document names (default: all)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--misses", action="store_true", help="list every task not found or read differently")
    a = ap.parse_args()
    layouts = [x for x in a.layouts.split(",") if x]
    names = [x for x in a.only.split(",") if x] or None
    report = run(a.dir, layouts, names)
    skipped = skipped_documents(a.dir, names)
    if a.json:
        if skipped:  # (stdout holds the JSON alone)
            print(f"{len(skipped)} documents skipped: " + ", ".join(f"{n} ({w})" for n, w in sorted(skipped.items())),
                  file=sys.stderr)
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    if skipped:  # the figures leave these out: say how many and why, not silently
        reasons = {why: sum(1 for w in skipped.values() if w == why) for why in sorted(set(skipped.values()))}
        print(f"{len(skipped)} documents skipped (" + ", ".join(f"{n} {why}" for why, n in reasons.items()) + "): "
              + ", ".join(sorted(skipped)))
        print()
    print(f"{'layout':14} {'tasks':>9} {'recall':>6} {'prec':>6} {'F1':>6}")
    for layout, r in report.items():
        t = r[f"all:{layout}"]
        print(f"{layout:14} {t['matched']:>4}/{t['gold_tasks']:<4} {t['task_recall']:6.3f} {t['task_precision']:6.3f} {t['f1']:6.3f}")
    print()
    print(f"{'document':34} " + " ".join(f"{layout[:12]:>13}" for layout in layouts) + "   (tasks F1)")
    docs = [n for n in next(iter(report.values())) if not n.startswith("all:")]
    for name in docs:
        cells = [f"{report[lo][name]['matched']:>3}/{report[lo][name]['gold_tasks']:<3} {report[lo][name]['f1']:.2f}" for lo in layouts]
        print(f"{name:34} " + " ".join(f"{c:>13}" for c in cells))
        if a.misses:
            for lo in layouts:
                for m in report[lo][name]["misses"]:
                    print(f"    [{lo}] {m}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
