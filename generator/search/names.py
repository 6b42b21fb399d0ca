"""The name table: every written form of a unit's or sector's name -> its page, for an exact lookup.

A reader who types a department's name wants its duty sheet, however the name is written: 市应急局,
应急局, 应急管理局, 市应急管理局. Full-text ranking cannot promise that (the page of every plan naming
the bureau fifty times competes), so the browser looks the query up in this table first, at the first
keystroke (the table is small: a few entries per unit), and lists these pages above the full-text hits.

Forms of a unit, from the registry and the plans: its name and aliases, every form the plans write it
in (resolve.written_forms), and each of those without its level prefix (searchdict.short_name:
市应急管理局 -> 应急管理局). Forms of a sector: its name, then its identifying words (燃气 -> 城镇燃气),
ranked below names, so a unit or sector called exactly that comes first.
"""
from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable

from generator.search.dictionary import short_name

RANK_NAME, RANK_FORM, RANK_SHORT, RANK_WORD = 0, 1, 2, 3
KIND_UNIT, KIND_SECTOR = "单位", "领域"


def normalize(form: str) -> str:
    """How the browser compares a query with a form: NFKC, no spaces (the worker does the same)."""
    return "".join(unicodedata.normalize("NFKC", str(form)).split())


def name_table(registry, forms: dict[str, set[str]], has_page=lambda path: True) -> dict:
    """{"targets": [[path, title, kind]], "forms": {form: [[target, rank], ...]}} for pages that exist.

    `forms`: unit id -> the written forms the plans use (generator.resolve.written_forms); `path` is
    the page's site-relative URL (units/yingji/); `has_page(path)` leaves out units without a page.
    """
    targets: list[list[str]] = []
    table: dict[str, dict[int, int]] = {}

    def add(target: int, names: Iterable[str], rank: int) -> None:
        for name in names:
            key = normalize(name)
            if len(key) < 2:
                continue
            ranks = table.setdefault(key, {})
            ranks[target] = min(rank, ranks.get(target, rank))

    def target(path: str, title: str, kind: str) -> int | None:
        if not has_page(path):
            return None
        targets.append([path, title, kind])
        return len(targets) - 1

    for unit in registry.units:
        t = target(f"units/{unit.id}/", unit.name, KIND_UNIT)
        if t is not None:
            written = sorted(forms.get(unit.id, ()))
            add(t, [unit.name], RANK_NAME)
            add(t, [*unit.aliases, *written], RANK_FORM)
            add(t, [short_name(n) for n in [unit.name, *unit.aliases, *written]], RANK_SHORT)
    for sector in registry.sectors:
        t = target(f"sectors/{sector.id}/", sector.name, KIND_SECTOR)
        if t is not None:
            add(t, [sector.name], RANK_NAME)
            add(t, sector.words, RANK_WORD)
    return {"targets": targets,
            "forms": {form: sorted(([t, r] for t, r in ranks.items()), key=lambda p: (p[1], p[0]))
                      for form, ranks in sorted(table.items())}}


def dumps(table: dict) -> str:
    return json.dumps(table, ensure_ascii=False, separators=(",", ":"))
