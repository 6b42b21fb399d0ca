"""Matrix tables are finished HTML when render writes them: the plugin sets them aside before
Python-Markdown runs on a matrix page and puts them back into the page's HTML after.

Why: Python-Markdown scans a raw HTML block character by character; on matrix pages that was most of
the build. The block's shape is the one `render/matrix.py` writes (MATRIX_OPEN … MATRIX_CLOSE), so the
knowledge of it stays in render: the plugin calls `set_aside` / `put_back` and knows nothing of HTML.
"""
from __future__ import annotations

import re

from . import links
from .matrix import MATRIX_CLOSE, MATRIX_OPEN

_BLOCK = re.compile(re.escape(MATRIX_OPEN) + r"\n<table\b.*?" + re.escape(MATRIX_CLOSE), re.S)
_SLOT = "PLANSITEMATRIX{}"
_EXCLUDED = MATRIX_OPEN.replace(">", " data-search-exclude>", 1)


def is_matrix_page(src_uri: str) -> bool:
    return src_uri.startswith(links.MATRIX_FOLDER + "/")


def set_aside(markdown: str, page, searchable: bool = False) -> str:
    """A matrix page's Markdown with its tables replaced by slots; `searchable`: leave them in the index."""
    # a matrix wants the whole width: no table of contents beside it (the navigation column
    # is hidden on wide screens anyway, and on narrow ones it is the menu, which must stay)
    page.meta.setdefault("hide", ["toc"])
    # 牵责协落 in cells are noise in search; the tasks and units are searchable on their own pages
    if not searchable:
        page.meta.setdefault("search", {"exclude": True})
    blocks = page.__dict__.setdefault("plansite_matrices", [])

    def slot(match):
        block = match.group(0)
        blocks.append(block if searchable else block.replace(MATRIX_OPEN, _EXCLUDED, 1))
        return "\n\n" + _SLOT.format(len(blocks) - 1) + "\n\n"

    return _BLOCK.sub(slot, markdown)


def put_back(html: str, page) -> str:
    for n, block in enumerate(page.__dict__.get("plansite_matrices", [])):
        html = html.replace(f"<p>{_SLOT.format(n)}</p>", block, 1)
    return html
