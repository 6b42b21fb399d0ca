"""The options of the MkDocs plugin `plansite` (mkdocs.yml, under `plugins:`), declared and typed in one place.

In the manner of mkdocs/contrib/search and Material's plugins: MkDocs validates them when it loads
mkdocs.yml and reports a wrong type or a missing folder with the option's name. `settings()` turns
them into the plain `Settings` the build step takes, so `plansite build` and the tests use the same
sizes without MkDocs.

    plugins:
      plansite:
        content_dir: content        # plans/, departments.yml, sectors.yml (relative to mkdocs.yml)
        unit_page_tasks: 200
        search:
          engine: pagefind
"""
from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

from .settings import Settings

_DEFAULTS = Settings()


class SearchConfig(Config):
    """The site search: Pagefind over the built site (generator/search), or Material's own, adapted to Chinese."""

    # pagefind: a static index fetched in fragments, ready at once at any size (benchmarks/README.md);
    # material: Material's lunr index, built in the browser (fine for a few dozen plans); the options below apply to it
    engine = c.Choice(("pagefind", "material"), default="pagefind")

    # engine material only (generator/search/dictionary.py; Pagefind needs none): write a jieba user dictionary
    # (unit names, sector words, quoted terms) and point Material's search plugin at it
    jieba_dictionary = c.Type(bool, default=True)
    # one-character fix of Material's worker, so a query that is itself an index word is not cut into characters
    fix_query_segmentation = c.Type(bool, default=True)
    # matrix pages stay out of the index: their 牵责协落 cells are noise, their tasks are indexed on plan pages
    exclude_matrices = c.Type(bool, default=True)


class PlansiteConfig(Config):
    enabled = c.Type(bool, default=True)
    # the plan sources and registries; relative paths are relative to mkdocs.yml
    content_dir = c.Dir(exists=True, default="content")
    # work files that are not pages (the search dictionary); relative to mkdocs.yml, not published
    build_dir = c.Type(str, default="build")
    # the public address (canonical links, sitemap, instant navigation) is read from this environment
    # variable when mkdocs.yml sets no site_url, so a deploy sets it without editing the file
    site_url_env = c.Type(str, default="PLANSITE_URL")

    # page sizes: past these a page goes on over parts, so no page grows with the corpus
    unit_page_tasks = c.Type(int, default=_DEFAULTS.unit_page_tasks)
    sector_page_tasks = c.Type(int, default=_DEFAULTS.sector_page_tasks)
    matrix_page_tasks = c.Type(int, default=_DEFAULTS.matrix_page_tasks)
    plans_per_index_page = c.Type(int, default=_DEFAULTS.plans_per_index_page)
    units_per_index_page = c.Type(int, default=_DEFAULTS.units_per_index_page)
    timeline_page_rows = c.Type(int, default=_DEFAULTS.timeline_page_rows)
    similar_tasks = c.Type(int, default=_DEFAULTS.similar_tasks)

    search = c.SubConfig(SearchConfig)


def settings(config: PlansiteConfig) -> Settings:
    """The build step's Settings from the plugin's options (ValueError for a size below 1)."""
    return Settings(**{name: config[name] for name in Settings.__dataclass_fields__})
