"""The MkDocs plugin `plansite`: generate docs/ from the plan sources whenever MkDocs loads its config,
so that plain `mkdocs build` and `mkdocs serve` always show the current plans.

Registered by the entry point `mkdocs.plugins: plansite` (pyproject.toml) and listed under `plugins:`
in mkdocs.yml; its options are declared in generator/config.py. The events only orchestrate:

- on_config (priority 100: before the search plugin reads its options): the site URL from the
  environment if mkdocs.yml sets none; the build date; the build step into docs_dir
  (generator/commands/build.py writes only pages that change and removes stale ones); the site search
  (generator/search, Pagefind), or with `search: engine: material` the jieba user dictionary for
  Material's search (generator/search/material.py).
- on_files: where the open data is, for the footer; Material's worker fix (engine material).
- on_page_markdown / on_page_content: matrix pages skip Markdown and stay out of the search index.
- on_post_page / on_post_build: the site search marks each page, then indexes the built site.
- on_serve: rebuild when a plan or registry changes; docs/ is output, so it is not watched.

This module, generator/search/material.py and generator/search/site.py are the only ones that know MkDocs.
"""
from __future__ import annotations

import logging
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority

from .render import prerendered
from .search import material as material_search
from .config import PlansiteConfig, settings

log = logging.getLogger("mkdocs.plugins.plansite")

CHINA = timezone(timedelta(hours=8))  # the plans' own time zone, for the date the footer shows


class PlansitePlugin(BasePlugin[PlansiteConfig]):
    supports_multiple_instances = False

    @event_priority(100)  # before the search plugin's on_config, which loads the user dictionary
    def on_config(self, config, **kwargs):
        if not self.config.enabled:
            return config
        config.site_url = config.site_url or site_url_from_env(self.config.site_url_env)
        config.extra["build_date"], config.extra["build_time"] = build_date()
        content, root = Path(self.config.content_dir), Path(config.config_file_path or ".").resolve().parent
        try:
            sizes = settings(self.config)
        except ValueError as err:
            raise PluginError(f"plansite: {err} (plugins: plansite: in mkdocs.yml)") from None
        plans = generate(content, Path(config.docs_dir), sizes)
        self.site_search = None
        if self.config.search.engine == "pagefind":
            self.site_search = start_search(config, plans, content)
        elif self.config.search.jieba_dictionary:
            dictionary = root / self.config.build_dir / material_search.DICTIONARY
            material_search.use_dictionary(config, material_search.write_dictionary(content, dictionary, plans))
        return config

    def on_files(self, files, config, **kwargs):
        if not self.config.enabled:
            return files
        source = config.extra.get("source")
        if isinstance(source, dict):  # the footer links the open data only when it was generated
            data = files.get_file_from_path(str(source.get("data") or ""))
            source["data_url"] = data.url if data else ""
        if self.config.search.engine == "material" and self.config.search.fix_query_segmentation:
            material_search.patch_search_worker(files)
        return files

    def on_page_markdown(self, markdown, page, config, files, **kwargs):
        if not (self.config.enabled and prerendered.is_matrix_page(page.file.src_uri)):
            return markdown
        return prerendered.set_aside(markdown, page, searchable=not self.config.search.exclude_matrices)

    def on_page_content(self, html, page, config, files, **kwargs):
        return prerendered.put_back(html, page)

    def on_post_page(self, output, page, config, **kwargs):
        search = getattr(self, "site_search", None)
        return search.page(output, page) if search else output

    def on_post_build(self, config, **kwargs):
        search = getattr(self, "site_search", None)
        if search:
            from .errors import PlansiteError

            try:
                search.finish(config.site_dir)
            except PlansiteError as err:  # Pagefind missing or failing
                raise PluginError(f"plansite: {err}") from None

    def on_serve(self, server, config, builder, **kwargs):
        try:
            server.unwatch(os.path.abspath(config.docs_dir))
        except (KeyError, ValueError):
            pass
        server.watch(str(self.config.content_dir))
        if config.theme.custom_dir:
            server.watch(config.theme.custom_dir)
        return server


# --- what the events call ------------------------------------------------------------------

def site_url_from_env(name: str) -> str | None:
    """The public address from the environment variable `name`, ending in /; None when unset or empty."""
    url = os.environ.get(name, "").strip() if name else ""
    return url.rstrip("/") + "/" if url else None


def build_date() -> tuple[str, str]:
    """(YYYY-MM-DD, ISO time) of the build: SOURCE_DATE_EPOCH when set (reproducible builds), else now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    try:
        when = datetime.fromtimestamp(int(epoch), tz=CHINA) if epoch else datetime.now(tz=CHINA)
    except (ValueError, OverflowError, OSError):
        raise PluginError(f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds since 1970; "
                          f"unset it or give an integer") from None
    return when.strftime("%Y-%m-%d"), when.isoformat(timespec="seconds")


def start_search(config, plans: list, content: Path):
    """The site search of this build (generator/search): Material's lunr indexing leaves the build."""
    from .errors import PlansiteError
    from .search import SiteSearch

    try:
        return SiteSearch.start(config, plans, content)
    except PlansiteError as err:
        raise PluginError(f"plansite: {err}") from None


def generate(content: Path, docs: Path, sizes=None) -> list:
    """Run the build step (it writes only pages whose bytes change and removes stale ones); return its plans.

    A plan file that fails to parse is left out and logged as a warning, so
    `mkdocs build --strict` (make site) fails on it; unit names the registry
    does not know are counted here and listed by `plansite check`.
    """
    from .commands.build import build
    from .errors import PlansiteError

    try:
        report = build(content, docs, settings=sizes)
    except PlansiteError as err:
        raise PluginError(f"plansite: {err}") from None
    for error in report.errors:
        log.warning(f"plansite: {error}")
    if report.stopped:  # a registry file not usable: the site would lose every unit page
        raise PluginError(f"plansite: {report.stopped}")
    for note in report.notes:
        log.info(f"plansite: {note}")
    if report.warnings:
        log.info(f"plansite: {len(report.warnings)} unit names resolve to no unit; `plansite check` lists them")
    log.info(f"plansite: generated {docs} from {content}: {report.summary()}")
    return report.plans
