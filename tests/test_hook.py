"""generator/hook.py, the parts that need no MkDocs run: build date, heading ids, matrix pages."""
from __future__ import annotations

import pytest
from mkdocs.exceptions import PluginError

from generator import hook


def test_build_date_follows_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1714521600")  # 2024-05-01 00:00 UTC
    assert hook.build_date() == ("2024-05-01", "2024-05-01T08:00:00+08:00")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(PluginError, match="SOURCE_DATE_EPOCH"):
        hook.build_date()
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    day, when = hook.build_date()
    assert when.startswith(day) and len(day) == 10


@pytest.mark.parametrize("heading, slug", [
    ("一、统筹发展和安全", "yi-tong-chou-fa-zhan-he-an-quan"),
    ("Open data 开放数据", "open-data-kai-fang-shu-ju"),
    ("2024年工作要点", "2024-nian-gong-zuo-yao-dian"),
    ("(一)", "yi"),
    ("——", "section"),
])
def test_slugify_gives_ascii_ids(heading, slug):
    assert hook.slugify(heading, "-") == slug


def test_slugify_cuts_long_headings_on_a_syllable():
    slug = hook.slugify("深入学习贯彻党的二十大精神和习近平总书记关于安全生产重要论述" * 2, "-")
    assert len(slug) <= 64 and slug.isascii() and not slug.endswith("-")
    assert slug.startswith("shen-ru-xue-xi")


def test_matrix_pages_skip_markdown_and_stay_out_of_the_search_index():
    import markdown as md
    from types import SimpleNamespace

    table = '<div class="matrix-wrap">\n<table class="matrix">\n<tr><td class="cell-lead">牵</td></tr>\n</table>\n</div>'
    page = SimpleNamespace(file=SimpleNamespace(src_uri="matrix/p.md"), meta={})
    text = hook.on_page_markdown(f"# 矩阵\n\n{table}\n", page=page, config=None, files=None)
    assert "<table" not in text and page.meta["search"] == {"exclude": True} and page.meta["hide"] == ["toc"]
    html = hook.on_page_content(md.markdown(text), page=page, config=None, files=None)
    assert '<div class="matrix-wrap" data-search-exclude>\n<table class="matrix">' in html
    assert "PLANSITEMATRIX" not in html and html.count("<table") == 1
    other = SimpleNamespace(file=SimpleNamespace(src_uri="plans/p.md"), meta={})
    assert hook.on_page_markdown(table, page=other, config=None, files=None) == table and other.meta == {}
