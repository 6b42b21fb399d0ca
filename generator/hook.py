"""The MkDocs hook: generate docs/ from content/ when MkDocs loads its config, so that
plain `mkdocs build` and `mkdocs serve` always show the current plans.

- on_config: run the build step into docs_dir (generator/build.py writes only
  pages that change and removes stale ones); start the site search
  (generator/search: it takes Material's lunr indexing out of the build);
  set config.extra.build_date.
- on_files: tell the footer where the open data is, if it was generated.
- on_page_markdown / on_page_content: matrix pages get the full width, and
  their tables stay out of the search index.
- on_post_page: the search marks what it indexes on each page.
- on_post_build: the search indexes the built site (Pagefind) and puts its
  worker in place of Material's.
- on_serve: rebuild when a plan or registry in content/ or a template in
  overrides/ changes; docs/ is output, so it is not watched (a rebuild writing
  it must not trigger the next one).

This module is the only one that knows MkDocs; it also holds the heading
slugify MkDocs' toc extension uses (mkdocs.yml names it).
"""
from __future__ import annotations

import logging
import os
import re
import unicodedata
from datetime import datetime, timedelta, timezone
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

log = logging.getLogger("mkdocs.plugins.plansite")

ROOT = Path(__file__).resolve().parent.parent  # the repository: content/, overrides/, build/
CHINA = timezone(timedelta(hours=8))  # the plans' own time zone, for the date the footer shows
_search = None  # the site search of the build under way (generator.search.SiteSearch)


def content_dir() -> Path:
    return ROOT / "content"


# --- events --------------------------------------------------------------------------

@event_priority(100)
def on_config(config, **kwargs):
    global _search
    config.extra["build_date"], config.extra["build_time"] = build_date()
    plans = generate(content_dir(), Path(config["docs_dir"]))
    _search = start_search(config, plans)
    return config


def on_files(files, config, **kwargs):
    source = config.extra.get("source")
    if isinstance(source, dict):
        data = files.get_file_from_path(str(source.get("data") or ""))
        source["data_url"] = data.url if data else ""
    return files


_MATRIX_BLOCK = re.compile(r'<div class="matrix-wrap">\n<table class="matrix">.*?</table>\n</div>', re.S)
_MATRIX_SLOT = "PLANSITEMATRIX{}"


def on_page_markdown(markdown, page, config, files, **kwargs):
    if not page.file.src_uri.startswith("matrix/"):
        return markdown
    # a matrix wants the whole width: no table of contents beside it (the navigation column
    # is hidden on wide screens anyway, and on narrow ones it is the menu, which must stay)
    page.meta.setdefault("hide", ["toc"])
    # 牵责协落 in cells are noise in search; the tasks and units are searchable on their own pages
    page.meta.setdefault("search", {"exclude": True})
    # the table is finished HTML: Python-Markdown would spend most of the build scanning it
    blocks = page.__dict__.setdefault("plansite_matrices", [])

    def stash(match):
        blocks.append(match.group(0).replace('<div class="matrix-wrap">', '<div class="matrix-wrap" data-search-exclude>', 1))
        return "\n\n" + _MATRIX_SLOT.format(len(blocks) - 1) + "\n\n"

    return _MATRIX_BLOCK.sub(stash, markdown)


def on_page_content(html, page, config, files, **kwargs):
    for n, block in enumerate(page.__dict__.get("plansite_matrices", [])):
        html = html.replace(f"<p>{_MATRIX_SLOT.format(n)}</p>", block, 1)
    return html


def on_post_page(output, page, config, **kwargs):
    return _search.page(output, page) if _search else output


def on_post_build(config, **kwargs):
    from generator.errors import PlansiteError

    if _search:
        try:
            _search.finish(config["site_dir"])
        except PlansiteError as err:  # Pagefind missing or failing
            raise PluginError(f"plansite: {err}") from None


def on_serve(server, config, builder, **kwargs):
    docs = os.path.abspath(config["docs_dir"])
    try:
        server.unwatch(docs)
    except (KeyError, ValueError):
        pass
    server.watch(str(content_dir()))
    if config.theme.custom_dir:
        server.watch(config.theme.custom_dir)
    return server


# --- the build date ----------------------------------------------------------------------

def build_date() -> tuple[str, str]:
    """(YYYY-MM-DD, ISO time) of the build: SOURCE_DATE_EPOCH when set (reproducible builds), else now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    try:
        when = datetime.fromtimestamp(int(epoch), tz=CHINA) if epoch else datetime.now(tz=CHINA)
    except (ValueError, OverflowError, OSError):
        raise PluginError(f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds since 1970; "
                          f"unset it or give an integer") from None
    return when.strftime("%Y-%m-%d"), when.isoformat(timespec="seconds")


# --- generating docs/ --------------------------------------------------------------------

def generate(content: Path, docs: Path) -> list:
    """Run the build step (it writes only pages whose bytes change and removes stale ones); return its plans.

    A plan file that fails to parse is left out and logged as a warning, so
    `mkdocs build --strict` (make site) fails on it; unit names the registry
    does not know are counted here and listed by `plansite check`.
    """
    from generator.build import build
    from generator.errors import PlansiteError

    try:
        report = build(content, docs)
    except PlansiteError as err:
        raise PluginError(f"plansite: {err}") from None
    for error in report.errors:
        log.warning(f"plansite: {error}")
    for note in report.notes:
        log.info(f"plansite: {note}")
    if report.warnings:
        log.info(f"plansite: {len(report.warnings)} unit names resolve to no unit; `plansite check` lists them")
    log.info(f"plansite: generated {docs} from {content}: {report.summary()}")
    return report.plans


# --- the site search -------------------------------------------------------------------

def start_search(config, plans: list):
    from generator.errors import PlansiteError
    from generator.search import SiteSearch

    try:
        return SiteSearch.start(config, plans, content_dir())
    except PlansiteError as err:
        raise PluginError(f"plansite: {err}") from None


# --- heading ids ---------------------------------------------------------------------

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(value: str, separator: str = "-") -> str:
    """An ASCII id for a heading that has none of its own: '一、统筹发展和安全' -> 'yi-tong-chou-fa-zhan-he-an-quan'.

    Pinyin keeps Chinese headings apart where Markdown's default slugify would
    drop every character; ids are cut at 64 characters on a syllable boundary.
    """
    from pypinyin import lazy_pinyin

    text = unicodedata.normalize("NFKC", str(value)).lower()
    parts = []
    for part in lazy_pinyin(text):
        parts += [p for p in _NON_SLUG.split(part.lower()) if p]
    slug = ""
    for part in parts:
        if slug and len(slug) + len(separator) + len(part) > 64:
            break
        slug = f"{slug}{separator}{part}" if slug else part
    return slug or "section"
