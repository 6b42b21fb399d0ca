"""Responsibility matrices (matrix/<plan-id>.md, matrix/sector-<sector-id>.md): task x unit, cells 牵 / 责 / 协 / 落.

The table is raw HTML, not Markdown, because the site's CSS and JS need its
structure (a scrolling `.matrix-wrap`, `th scope` headers made sticky, a
`cell-<role>` class per cell). MkDocs does not rewrite links inside raw HTML,
so they are built with `links.href`; all text goes through `html`.

A matrix wider than a printed page (PRINT_COLUMNS) carries a print copy
inside its scroll box: the same rows in column groups, each repeating the
task column, hidden on screen (overrides/assets/stylesheets/plansite.css).
"""
from __future__ import annotations

from collections import Counter
from typing import Iterator

from ..model import ROLE_CELLS, ROLE_LABELS
from . import links
from .escape import html, md
from .paging import pager, split_groups
from .parts import matrix_legend, title_lines
from .sector import plan_groups
from .site import CELL_CLASSES, KIND_LABELS, Site, TaskRef

# unit columns a printed A4 landscape page holds beside the task column; a wider matrix gets a print copy
# in column groups of at most this many, each repeating the task column (no column is ever cut off)
PRINT_COLUMNS = 30
_KIND_ORDER = {"department": 0, "collective": 1, "locality": 2}
# the block every matrix is written as; render/prerendered.py finds it by these to keep it out of Markdown
MATRIX_OPEN = '<div class="matrix-wrap">'
MATRIX_CLOSE = "</table>\n</div>"


def pages(site: Site) -> Iterator[tuple[str, str]]:
    for plan in site.plans:
        yield links.plan_matrix_page(plan.id), render_plan(site, plan)
    for sector in site.sectors:
        if site.sector_tasks[sector.id]:
            yield from render_sector(site, sector.id)


def render_plan(site: Site, plan) -> str:
    page = links.plan_matrix_page(plan.id)
    refs = site.plan_refs[plan.id]
    facts = [f"[阅读方案全文]({links.link(page, links.plan_page(plan.id))})", f"任务 {len(refs)} 项"]
    return _page(site, page, f"责任分工矩阵:{plan.title}", facts, [("", refs)], with_plan=False)


def render_sector(site: Site, sector_id: str) -> Iterator[tuple[str, str]]:
    sector = site.sector[sector_id]
    refs = site.sector_tasks[sector_id]
    groups = plan_groups(site, refs)
    parts = split_groups(groups, site.settings.matrix_page_tasks)
    first = links.sector_matrix_page(sector_id)
    for n, part in enumerate(parts, start=1):
        page = links.sector_matrix_page(sector_id, n)
        facts = [f"[{md(sector.name)}的全部任务]({links.link(page, links.sector_page(sector_id))})",
                 f"{len(groups)} 个方案的任务 {len(refs)} 项"]
        if len(parts) > 1:
            facts.append(pager(first, n, len(parts)))
        title = f"责任分工矩阵:{sector.name}" + (f"(第 {n} 页)" if n > 1 else "")
        yield page, _page(site, page, title, facts, [(refs[0].plan.title, refs) for _, refs in part], with_plan=True)


def _columns(site: Site, refs: list[TaskRef]) -> list[str]:
    """Unit keys named in the tasks: departments, collectives, localities, unresolved; each by load, then registry order."""
    load = Counter(key for r in refs for key in r.roles)
    order = {u.id: i for i, u in enumerate(site.units)}

    def sort_key(key: str):
        unit = site.unit.get(key)
        kind = _KIND_ORDER.get(unit.kind, 3) if unit else 3
        return (kind, -load[key], order.get(key, len(order)), key)

    return sorted(load, key=sort_key)


def _page(site: Site, page: str, title: str, facts: list[str], groups: list[tuple[str, list[TaskRef]]],
          with_plan: bool) -> str:
    refs = [r for _, g in groups for r in g]
    columns = _columns(site, refs)
    out = title_lines(title) + [" · ".join(facts + [f"单位 {len(columns)} 个"]), ""]
    if not refs:  # a plan without numbered tasks is published as it is
        return "\n".join(out + ["没有读出编号的任务。"]) + "\n"
    if not columns:
        return "\n".join(out + ["这些任务都没有写明责任单位。"]) + "\n"
    out += [matrix_legend(), "", _table(site, page, groups, columns, with_plan)]
    return "\n".join(out).rstrip() + "\n"


def _table(site: Site, page: str, groups, columns: list[str], with_plan: bool) -> str:
    rows = [MATRIX_OPEN, *_matrix(site, page, groups, columns, with_plan)]
    chunks = print_groups(columns)
    if len(chunks) > 1:
        # hidden on screen, printed instead of the scroll box: one table per column group. Inside the
        # box, so the block stays one MATRIX_OPEN … MATRIX_CLOSE that the plugin keeps out of Markdown;
        # the box's name and keyboard stop are set by plansite.js
        start = 1
        for chunk in chunks:
            caption = f"单位第 {start}–{start + len(chunk) - 1} 列(共 {len(columns)} 列)"
            rows += _matrix(site, page, groups, chunk, with_plan, caption)
            start += len(chunk)
    rows.append("</div>")
    return "\n".join(rows)


def print_groups(columns: list[str]) -> list[list[str]]:
    """The columns in groups of at most PRINT_COLUMNS, as even as can be (45 -> 23 + 22, not 30 + 15)."""
    count = -(-len(columns) // PRINT_COLUMNS) or 1
    size = -(-len(columns) // count)
    return [columns[i:i + size] for i in range(0, len(columns), size)] or [columns]


def _matrix(site: Site, page: str, groups, columns: list[str], with_plan: bool, caption: str = "") -> list[str]:
    """One matrix table; with a caption, a print copy: plain text, no links or tooltips (paper has neither)."""
    printed = bool(caption)
    # a plan's matrix links each unit to its duty sheet in the plan's jurisdiction; a sector's (many plans) to the unit
    plan_id = "" if with_plan else groups[0][1][0].plan.id
    head = "".join(f'<th scope="col">{html(site.unit_name(key)) if printed else _unit_header(site, page, key, plan_id)}</th>'
                   for key in columns)
    column_of = {key: i for i, key in enumerate(columns)}
    opening = f'<table class="matrix matrix-print">\n<caption>{html(caption)}</caption>' if printed else '<table class="matrix">'
    rows = [opening, f'<thead><tr><th scope="col">任务</th>{head}</tr></thead>']
    for title, refs in groups:
        rows.append("<tbody>")
        if with_plan:
            name = html(title) if printed else f'<a href="{links.href(page, refs[0].page)}">{html(title)}</a>'
            rows.append(f'<tr class="matrix-group"><th scope="rowgroup" colspan="{len(columns) + 1}">{name}</th></tr>')
        for ref in refs:
            rows.append(_row(site, page, ref, column_of, printed))
        rows.append("</tbody>")
    rows.append("</table>")
    return rows


def _unit_header(site: Site, page: str, key: str, plan_id: str) -> str:
    unit = site.unit.get(key)
    if not unit:
        return f'<span title="未识别的单位">{html(site.unit_name(key))}</span>'
    kind = KIND_LABELS.get(unit.kind, unit.kind)
    target = links.unit_page(site.sheet_id(key, plan_id) if plan_id else key)
    return f'<a href="{links.href(page, target)}" title="{html(kind)}">{html(unit.name)}</a>'


def _row(site: Site, page: str, ref: TaskRef, column_of: dict[str, int], printed: bool = False) -> str:
    header, filled = _print_parts(ref) if printed else _row_parts(site, page, ref)
    # most cells are empty: fill in only the units the task names
    cells = ["<td></td>"] * len(column_of)
    for key, cell in filled.items():
        at = column_of.get(key)
        if at is not None:
            cells[at] = cell
    return f"<tr>{header}{''.join(cells)}</tr>"


def _row_parts(site: Site, page: str, ref: TaskRef) -> tuple[str, dict[str, str]]:
    """A task's row header and its filled cells by unit key, made once for its plan's and its sectors' matrices.

    Kept per folder of the linking page (the header's link is relative): all matrix pages share matrix/.
    """
    memo = site.memo.setdefault("matrix_rows", {})
    where_from = page.rpartition("/")[0]
    parts = memo.get((where_from, ref.key))
    if parts is None:
        task = ref.task
        name = _row_name(ref)
        where = html(f"任务 {task.number}")  # the plan of a sector matrix row is in its group header
        filled = {}
        for key, mine in ref.roles.items():
            # the strongest role marks the cell; the tooltip names every role the unit has in the task
            what = "、".join(ROLE_LABELS[r] for r in mine)
            filled[key] = (f'<td class="{CELL_CLASSES[mine[0]]}" title="{where} · {html(site.unit_name(key))} · '
                           f'{what}">{ROLE_CELLS[mine[0]]}</td>')
        header = f'<th scope="row"><a href="{links.href(page, ref.page, task.id)}">{html(name)}</a></th>'
        parts = memo[(where_from, ref.key)] = (header, filled)
    return parts


def _print_parts(ref: TaskRef) -> tuple[str, dict[str, str]]:
    """The row header and filled cells of a print copy: text only, as paper has no links or tooltips."""
    filled = {key: f'<td class="{CELL_CLASSES[mine[0]]}">{ROLE_CELLS[mine[0]]}</td>' for key, mine in ref.roles.items()}
    return f'<th scope="row">{html(_row_name(ref))}</th>', filled


def _row_name(ref: TaskRef) -> str:
    return f"{ref.task.label} {ref.task.title}".strip()
