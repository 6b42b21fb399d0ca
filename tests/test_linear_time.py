"""Reading is linear in its input: doubling a hostile input at most roughly doubles the time (issue 14).

Each shape once took minutes at a few ten thousand characters (a regex
backtracking through a run, a scan of the whole text per match, a recursion
per name). The test grows the input until one run takes well above timer
noise (MIN_SECONDS), then compares the time of the doubled input: a linear
reader gives about 2, a quadratic one about 4. The ratio allows for a loaded
machine (RATIO); the times are the best of three runs, and a shape gets three
measurements to show one ratio under RATIO. No absolute time is asserted.
"""
from __future__ import annotations

import gc
import sys
import time

import pytest

from generator.source.formats.html import markup_to_text
from generator.resolve.namepattern import compile_pattern
from generator.source.corpus import parse_text

MIN_SECONDS = 0.2  # the smaller input's time, at least: far above timer and scheduler noise
RATIO = 3.0  # doubling the input may cost at most this factor (linear: ~2, quadratic: ~4)
ATTEMPTS = 3
MAX_SIZE = 1 << 20  # characters; past this a shape is fast enough whatever its growth

HEAD = "某市2024年安全生产工作要点\n一、总体要求\n"

SHAPES = {
    "spaces inside a bracket": lambda n: HEAD + "1.做好工作(责任单位:" + " " * n + "市应急局)。\n",
    "leading whitespace on a page without a title": lambda n: " " * n + "做好工作\n",
    "（ … 】 mismatched, many of each": lambda n: HEAD + "1.做好工作" + "（" * (n // 2) + "】" * (n // 2) + "。\n",
    "（ … 】 mismatched on every line": lambda n: HEAD + "".join(f"{i % 999 + 1}.做好工作（市应急局】。\n"
                                                                for i in range(n // 16)),
    "和 runs in a bracket": lambda n: HEAD + "1.做好工作(责任单位:" + "和" * n + ")。\n",
    "units joined by 和": lambda n: HEAD + "1.做好工作（" + "市应急局和" * (n // 5) + "市公安局）。\n",
    "many short lines with 工作/任务": lambda n: HEAD + "".join("工作\n" if i % 2 else "任务\n" for i in range(n // 3)),
    "long unnumbered continuations": lambda n: HEAD + "1.做好工作\n" + "推进隐患排查治理\n" * (n // 9),
    "a unit name ending in brackets": lambda n: HEAD + "1.做好工作(责任单位:市应急局" + "（）" * (n // 2) + ")。\n",
    "many 持续 clauses": lambda n: HEAD + "1.做好工作(完成时限:" + "，持续" * (n // 3) + ")。\n",
    "many dates in one task": lambda n: HEAD + "1.做好工作，" + "3月5日，" * (n // 5) + "。\n",
    "many dates joined by 和": lambda n: HEAD + "1.做好工作，" + "3月5日和" * (n // 5) + "6月1日。\n",
    # a task whose Word number was lost after the last numbered task of each group (items._label_unnumbered_siblings):
    # each such task once copied the rest of the plan's items to find the next of its style
    "many groups each ending in a task whose number was lost": lambda n: HEAD + "".join(
        f"（{'一二三四五六七八九十'[i % 10]}）强化监管\n1.建立机制。做好排查工作。\n责任单位：市甲局\n"
        "健全制度。做好整治工作。\n责任单位：市乙局\n" for i in range(n // 48)),
    # a long run of spaces after a task's words (a wide gap, annotations.finders._DASH_THEN_UNITS) and a dash closing
    # the line: the gap's spaces were once shared out with the units' first characters every way
    "a wide gap then a dash": lambda n: HEAD + "1.做好工作" + " " * n + "—\n",
}

HTML_SHAPES = {
    "nested <div>": lambda n: "<html><body>" + "<div>" * (n // 5) + "某市2024年安全生产工作要点" + "</div>" * (n // 5),
    "nested <span>": lambda n: "<html><body>" + "<span>" * (n // 6) + "某市2024年安全生产工作要点" + "</span>" * (n // 6),
    "nested content <div>s": lambda n: "<html><body>" + '<div class="content">' * (n // 21) + "某市2024年安全生产工作要点"
                                       + "</div>" * (n // 21),
}


def _clear_caches() -> None:
    """The reader caches readings of repeated annotations and names; a second run would time the cache."""
    for name, module in list(sys.modules.items()):
        if name.startswith("generator"):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def _best_of_three(run, text) -> float:
    best = float("inf")
    for _ in range(3):
        _clear_caches()
        gc.collect()
        gc.disable()  # a collection landing in one run and not the other is noise, not growth
        try:
            start = time.perf_counter()
            run(text)
            best = min(best, time.perf_counter() - start)
        finally:
            gc.enable()
    return best


def _ratio(run, make) -> tuple[int, float, float]:
    n = 1000
    while True:
        small = _best_of_three(run, make(n))
        if small >= MIN_SECONDS or n >= MAX_SIZE:
            break
        n *= 2
    return n, small, _best_of_three(run, make(2 * n))


def _grows_linearly(run, make) -> tuple[bool, str]:
    """Up to three measurements: load on a shared machine only ever slows a run, so one ratio under RATIO shows
    linear growth, while a quadratic scan (ratio ~4) cannot produce one."""
    seen = []
    for _ in range(ATTEMPTS):
        n, small, large = _ratio(run, make)
        seen.append(f"{n} chars {small:.3f} s, {2 * n} chars {large:.3f} s")
        if large / small < RATIO:
            return True, ""
    return False, "; ".join(seen)


def _parse(text: str) -> None:
    parse_text(text, source="hostile.txt")


@pytest.mark.parametrize("shape", list(SHAPES))
def test_parse_time_grows_linearly(shape):
    linear, seen = _grows_linearly(_parse, SHAPES[shape])
    assert linear, f"{shape}: {seen}"


@pytest.mark.parametrize("shape", list(HTML_SHAPES))
def test_html_time_grows_linearly(shape):
    linear, seen = _grows_linearly(markup_to_text, HTML_SHAPES[shape])
    assert linear, f"{shape}: {seen}"


# registry patterns that make a backtracking matcher take exponential time (namepattern.py runs them without)
PATTERN_SHAPES = {
    "(a+)+$": lambda n: "a" * n + "!",
    "(a|aa)*b": lambda n: "a" * n,
    "负有.*(监管|管理)职责": lambda n: "负有" * (n // 2),
}


@pytest.mark.parametrize("pattern", list(PATTERN_SHAPES))
def test_registry_pattern_time_grows_linearly(pattern):
    compiled = compile_pattern(pattern)
    linear, seen = _grows_linearly(compiled.search, PATTERN_SHAPES[pattern])
    assert linear, f"{pattern}: {seen}"


def _chart_pdf(folder, n: int):
    """A page of text over a chart drawn as n short vertical and n short horizontal lines (its ticks, bars or grid),
    each at a coordinate of its own: as many rule boundaries as lines, which a grid built slot by slot over every
    column and row would read in n² slots, each once scanning every rule."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = folder / f"chart{n}.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 12)
    for k, line in enumerate(["一、重点任务", "1.推进项目建设。（责任单位：县发改局）"]):
        c.drawString(60, 780 - 20 * k, line)
    for i in range(n):
        c.line(60 + i * 1.5, 100, 60 + i * 1.5, 105 + i % 7)
        c.line(60, 100 + i * 1.5, 65 + i % 5, 100 + i * 1.5)
    c.showPage()
    c.save()
    return path


def test_pdf_chart_of_many_lines_time_grows_linearly(tmp_path):
    from generator.source.formats.pdf import pdf_to_text

    linear, seen = _grows_linearly(pdf_to_text, lambda n: _chart_pdf(tmp_path, n // 4))
    assert linear, f"a chart of many lines: {seen}"


def test_link_list_scan_time_grows_linearly():
    """A text browser's link-list heading (References) on every other line and no address under any: each heading's
    scan once ran over all the blank lines and headings after it. Timed on the step itself (the rest of the reader's
    work on such a page hides the growth until far past MIN_SECONDS)."""
    from generator.source.read import _link_list_set_aside

    linear, seen = _grows_linearly(_link_list_set_aside, lambda n: "[1]\n" + "References\n\n" * (n // 12))
    assert linear, seen
