"""Inline SVG charts: plain functions from numbers to an SVG string, no JavaScript, no external service.

Each function returns one line of HTML, `<figure class="chart …"><svg …>…</svg></figure>`,
which a page puts in its Markdown as a paragraph of its own (blank lines
around it): `figure` is a block-level tag, so Python-Markdown passes it through
untouched. The figure carries `data-search-exclude`, so chart labels do not
turn up as search hits; the numbers are on the page in text anyway.

Colours come from the site stylesheet (overrides/assets/stylesheets/plansite.css,
classes `bar-lead` … and `chart-*`), so charts follow the light and dark
palettes and print in grey; the `fill` attributes are the fallback where the
stylesheet is absent (an SVG opened on its own). Every text is escaped.
"""
from __future__ import annotations

from html import escape

from ..model import ROLE_LABELS, ROLES

# the order bars appear in, and the label each role key may be given as
_ROLE_BY_LABEL = {label: role for role, label in ROLE_LABELS.items()}
_FALLBACK_FILL = {"lead": "#7a1212", "responsible": "#5b9bd5", "support": "#e6f0fb", "implement": "#ffffff"}
_FONT = 14  # px, in viewBox units; the SVG scales with the column width
_CJK = 14  # px per CJK character at _FONT
_LATIN = 8  # px per ASCII character at _FONT


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def text_width(text: str, size: int = _FONT) -> int:
    """An estimate of the rendered width of `text` in px (CJK full width, ASCII about half)."""
    scale = size / _FONT
    return round(sum(_LATIN if ord(ch) < 0x2E80 else _CJK for ch in str(text)) * scale)


def _clip(text: str, width: int, size: int = _FONT) -> str:
    """`text` shortened with … to fit `width` px at font size `size`."""
    if text_width(text, size) <= width:
        return text
    out = ""
    for ch in text:
        if text_width(out + ch + "…", size) > width:
            break
        out += ch
    return out + "…"


def _svg(kind: str, title: str, desc: str, width: int, height: int, body: list[str]) -> str:
    ident = f"chart-{kind}"
    return (
        f'<figure class="chart {ident}" data-search-exclude>'
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" role="img" '
        f'viewBox="0 0 {width} {height}" width="100%" preserveAspectRatio="xMinYMin meet" '
        f'style="max-width:{width}px" aria-label="{_e(title)}:{_e(desc)}">'
        f"<title>{_e(title)}</title><desc>{_e(desc)}</desc>"
        + "".join(body)
        + "</svg></figure>"
    )


def _role_key(key: str) -> str:
    return _ROLE_BY_LABEL.get(key, key)


def role_bars(counts: dict[str, int], title: str) -> str:
    """Horizontal bars: how many tasks a unit (or the corpus) carries in each role.

    `counts` maps a role to a number of tasks; a role is given either as its
    id (lead, responsible, support, implement) or as its label (牵头, 负责, 配合,
    落实). All four roles are drawn in that order, absent ones as 0; any other
    key is drawn after them with its own label.
    """
    merged: dict[str, int] = {}
    for key, value in counts.items():
        role = _role_key(str(key))
        merged[role] = merged.get(role, 0) + int(value or 0)
    keys = list(ROLES) + [k for k in merged if k not in ROLES]
    rows = [(k, ROLE_LABELS.get(k, k), merged.get(k, 0)) for k in keys]

    width, row_h, bar_h, top = 560, 30, 20, 8
    label_w = max(text_width(label) for _, label, _ in rows) + 16
    number_w = max(text_width(f"{n} 项") for *_, n in rows) + 12
    span = width - label_w - number_w
    peak = max([n for *_, n in rows] + [1])
    height = top + row_h * len(rows) + 4
    body = []
    for i, (key, label, n) in enumerate(rows):
        y = top + i * row_h
        w = round(span * n / peak) if n else 0
        css = f"bar bar-{key}" if key in ROLES else "bar bar-other"
        fill = _FALLBACK_FILL.get(key, "#9e9e9e")
        body.append(
            f'<g class="chart-row"><text class="chart-label" x="{label_w - 10}" y="{y + bar_h - 5}" '
            f'text-anchor="end" font-size="{_FONT}">{_e(label)}</text>'
            f'<rect class="{css}" x="{label_w}" y="{y}" width="{max(w, 0)}" height="{bar_h}" rx="2" '
            f'fill="{fill}" stroke="#424242" stroke-width="{1 if w else 0}"/>'
            f'<text class="chart-value" x="{label_w + w + 6}" y="{y + bar_h - 5}" '
            f'font-size="{_FONT}">{n} 项</text></g>'
        )
    desc = ",".join(f"{label} {n} 项" for _, label, n in rows)
    return _svg("roles", title, desc, width, height, body)


def sector_plans(rows: list[tuple[str, int, str]], title: str) -> str:
    """Which plans address a sector: one bar per plan, its length the plan's task count in the sector.

    `rows` are (plan title, task count, lead unit name), drawn in the order
    given; an empty lead name shows as 未明确牵头. The plan title sits above
    its bar, the count and the lead unit after it.
    """
    rows = [(str(t), int(n or 0), str(lead or "")) for t, n, lead in rows]
    width, top = 640, 6
    title_h, bar_h, gap = 20, 16, 12
    row_h = title_h + bar_h + gap
    if not rows:
        body = [f'<text class="chart-label" x="0" y="{top + _FONT}" font-size="{_FONT}">暂无方案涉及</text>']
        return _svg("sector-plans", title, "暂无方案涉及", width, top + 28, body)
    notes = [f"{n} 项 · 牵头:{lead}" if lead else f"{n} 项 · 未明确牵头" for _, n, lead in rows]
    note_w = min(max(text_width(note, 13) for note in notes) + 12, width // 2)
    span = width - note_w
    peak = max([n for _, n, _ in rows] + [1])
    body = []
    for i, ((plan, n, lead), note) in enumerate(zip(rows, notes)):
        y = top + i * row_h
        w = max(round(span * n / peak), 2 if n else 0)
        body.append(
            f'<g class="chart-row"><text class="chart-label" x="0" y="{y + 15}" font-size="{_FONT}">'
            f"{_e(_clip(plan, width))}</text>"
            f'<rect class="bar bar-sector" x="0" y="{y + title_h}" width="{w}" height="{bar_h}" rx="2" '
            f'fill="#5b9bd5" stroke="#424242" stroke-width="{1 if w else 0}"/>'
            f'<text class="chart-value" x="{w + 6}" y="{y + title_h + bar_h - 3}" font-size="13">'
            f"{_e(_clip(note, note_w, 13))}</text></g>"
        )
    desc = ";".join(f"{plan}:{note}" for (plan, _, _), note in zip(rows, notes))
    return _svg("sector-plans", title, desc, width, top + row_h * len(rows), body)
