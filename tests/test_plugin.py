"""The plansite MkDocs plugin, the parts that need no MkDocs run: build date, heading ids, the search worker fix,
matrix pages, its declared options."""
from __future__ import annotations

import glob
from pathlib import Path

import material
import pytest
from mkdocs.exceptions import PluginError

from generator.search import material as material_search
from generator import plugin
from generator.config import settings
from generator.settings import Settings
from generator.slug import slugify

ROOT = Path(__file__).resolve().parent.parent
WORKERS = sorted(glob.glob(str(Path(material.__file__).parent / "templates/assets/javascripts/workers/search.*.min.js")))


def test_build_date_follows_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1714521600")  # 2024-05-01 00:00 UTC
    assert plugin.build_date() == ("2024-05-01", "2024-05-01T08:00:00+08:00")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(PluginError, match="SOURCE_DATE_EPOCH"):
        plugin.build_date()
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    day, when = plugin.build_date()
    assert when.startswith(day) and len(day) == 10


@pytest.mark.parametrize("heading, slug", [
    ("一、统筹发展和安全", "yi-tong-chou-fa-zhan-he-an-quan"),
    ("Open data 开放数据", "open-data-kai-fang-shu-ju"),
    ("2024年工作要点", "2024-nian-gong-zuo-yao-dian"),
    ("(一)", "yi"),
    ("——", "section"),
])
def test_slugify_gives_ascii_ids(heading, slug):
    assert slugify(heading, "-") == slug


def test_slugify_cuts_long_headings_on_a_syllable():
    slug = slugify("深入学习贯彻党的二十大精神和习近平总书记关于安全生产重要论述" * 2, "-")
    assert len(slug) <= 64 and slug.isascii() and not slug.endswith("-")
    assert slug.startswith("shen-ru-xue-xi")


@pytest.mark.skipif(not WORKERS, reason="Material's search worker not found")
def test_segment_fix_applies_to_the_installed_search_worker():
    code = Path(WORKERS[0]).read_text(encoding="utf-8")
    fixed = material_search.fix_segment_loop(code)
    assert fixed is not None and fixed != code
    assert len(fixed) == len(code) + 1  # one character: < becomes <=
    assert material_search.fix_segment_loop(fixed) == fixed  # applying it twice changes nothing


def test_segment_fix_reports_code_it_does_not_know():
    assert material_search.fix_segment_loop("function segment(q){return [q]}") is None


def test_matrix_pages_skip_markdown_and_stay_out_of_the_search_index(seed_site):
    import markdown as md
    from types import SimpleNamespace

    # the matrix as render wrote it (the widest plan's page holds a print copy in column groups too)
    written = max((seed_site.docs / "matrix").glob("*.md"), key=lambda p: p.stat().st_size).read_text("utf-8")
    tables = written.count("<table")
    assert tables >= 1
    page = SimpleNamespace(file=SimpleNamespace(src_uri="matrix/p.md"), meta={})
    events = plugin.PlansitePlugin()
    events.load_config({}, str(ROOT / "mkdocs.yml"))
    text = events.on_page_markdown(written, page=page, config=None, files=None)
    assert "<table" not in text and page.meta["search"] == {"exclude": True} and page.meta["hide"] == ["toc"]
    html = events.on_page_content(md.markdown(text), page=page, config=None, files=None)
    assert '<div class="matrix-wrap" data-search-exclude>\n<table class="matrix">' in html
    assert "PLANSITEMATRIX" not in html and html.count("<table") == tables
    other = SimpleNamespace(file=SimpleNamespace(src_uri="plans/p.md"), meta={})
    assert events.on_page_markdown(written, page=other, config=None, files=None) == written and other.meta == {}


# --- the declared options ----------------------------------------------------------------------

def load_options(options: dict):
    events = plugin.PlansitePlugin()
    errors, warnings = events.load_config(options, str(ROOT / "mkdocs.yml"))
    return events.config, errors, warnings


def test_the_plugin_is_registered_under_its_name():
    from importlib.metadata import entry_points

    (found,) = [e for e in entry_points(group="mkdocs.plugins") if e.name == "plansite"]
    assert found.load() is plugin.PlansitePlugin


def test_default_options_are_the_build_s_default_settings():
    config, errors, _ = load_options({})
    assert errors == []
    assert settings(config) == Settings()
    assert Path(config.content_dir) == ROOT / "content" and config.search.jieba_dictionary is True


def test_options_reach_the_settings_and_bad_ones_are_reported_by_name():
    config, errors, _ = load_options({"unit_page_tasks": 40, "similar_tasks": 5, "search": {"exclude_matrices": False}})
    assert errors == [] and settings(config) == Settings(unit_page_tasks=40, similar_tasks=5)
    assert config.search.exclude_matrices is False
    _, errors, _ = load_options({"unit_page_tasks": "many"})
    assert [name for name, _ in errors] == ["unit_page_tasks"]
    _, errors, _ = load_options({"content_dir": "no-such-folder"})
    assert [name for name, _ in errors] == ["content_dir"]
    _, errors, warnings = load_options({"no_such_option": 1})  # a warning, which --strict makes fatal
    assert errors == [] and [name for name, _ in warnings] == ["no_such_option"]
    with pytest.raises(ValueError, match="unit_page_tasks"):
        settings(load_options({"unit_page_tasks": 0})[0])


def test_the_site_url_comes_from_the_environment_with_a_trailing_slash(monkeypatch):
    monkeypatch.setenv("PLANSITE_URL", "https://example.gov.cn/plans")
    assert plugin.site_url_from_env("PLANSITE_URL") == "https://example.gov.cn/plans/"
    monkeypatch.setenv("PLANSITE_URL", "  ")
    assert plugin.site_url_from_env("PLANSITE_URL") is None
    assert plugin.site_url_from_env("") is None


def test_plugin_options_in_mkdocs_yml_drive_the_build(make_site):
    """A project whose mkdocs.yml sets unit_page_tasks: 10 splits the busiest duty sheet into parts."""
    root = make_site(unit_page_tasks=10).root
    assert "    unit_page_tasks: 10\n" in (root / "mkdocs.yml").read_text(encoding="utf-8")
    assert (root / "docs" / "units" / "yingji" / "2024-saqscwyh-gzyd-4-2.md").exists()
    assert (root / "site" / "units" / "yingji" / "2024-saqscwyh-gzyd-4-2" / "index.html").exists()
    assert (root / "site" / "pagefind" / "pagefind-entry.json").exists()  # the default search: Pagefind


def test_plansite_build_takes_the_sizes_from_mkdocs_yml(tmp_path):
    """`plansite build` and `mkdocs build` write the same pages: the CLI reads the plugin's options too."""
    from click.testing import CliRunner

    from generator.commands.cli import main

    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (tmp_path / "docs").mkdir()
    config = config.replace("  custom_dir: overrides", f"  custom_dir: {ROOT / 'overrides'}")
    (tmp_path / "mkdocs.yml").write_text(config.replace(
        "  plansite:\n    content_dir: content\n",
        f"  plansite:\n    content_dir: {ROOT / 'content'}\n    unit_page_tasks: 10\n"), encoding="utf-8")
    args = ["build", "--content", str(ROOT / "content"), "--docs", str(tmp_path / "docs")]
    result = CliRunner().invoke(main, args + ["--config", str(tmp_path / "mkdocs.yml")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "docs" / "units" / "yingji" / "2024-saqscwyh-gzyd-4-2.md").exists()
    result = CliRunner().invoke(main, args + ["--config", str(tmp_path / "none.yml")])  # defaults: one page again
    assert result.exit_code == 0 and not (tmp_path / "docs" / "units" / "yingji" / "2024-saqscwyh-gzyd-4-2.md").exists()
    (tmp_path / "bad.yml").write_text((tmp_path / "mkdocs.yml").read_text(encoding="utf-8").replace(
        "unit_page_tasks: 10", "unit_page_tasks: many"), encoding="utf-8")
    result = CliRunner().invoke(main, args + ["--config", str(tmp_path / "bad.yml")])
    assert result.exit_code == 1 and "bad.yml" in result.stderr and "Traceback" not in result.output
