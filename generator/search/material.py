"""Material's built-in search as plansite uses it: a jieba user dictionary for Chinese words, and the search
worker's query segmentation fix.

The plugin (generator/plugin.py) calls these from its events, each behind an option of
`PlansiteConfig.search`. A search engine that replaces Material's (one that indexes the built site)
belongs in a module of its own, called from the plugin's on_post_build.
"""
from __future__ import annotations

import logging
import re
from pathlib import Path

from mkdocs.exceptions import PluginError

log = logging.getLogger("mkdocs.plugins.plansite")

DICTIONARY = Path("search") / "jieba_user_dict.txt"  # under the plugin's build_dir, not committed
SEARCH_PLUGINS = ("search", "material/search")


# --- the jieba user dictionary ---------------------------------------------------------

def write_dictionary(content: Path, path: Path, plans: list) -> Path:
    """The jieba user dictionary at `path`, from the registries (if the corpus has them) and the plans."""
    from ..errors import PlansiteError
    from ..resolve import load_registry
    from .dictionary import write_user_dict

    try:
        registry = load_registry(content, required=False)
    except PlansiteError as err:
        raise PluginError(f"plansite: {err}") from None
    texts = [t.text for plan in plans for t in plan.tasks()] + [plan.preamble for plan in plans]
    return write_user_dict(path, registry, plans, texts)


def use_dictionary(config, path: Path) -> None:
    """Point the search plugin at the dictionary (it loads it in its own on_config, which runs after ours)."""
    for name, plugin in config.plugins.items():
        if name in SEARCH_PLUGINS:
            plugin.config.jieba_dict_user = str(path)


# --- the search worker's query segmentation -----------------------------------------------

# Material 9.x cuts a Chinese query into words it finds in the index, greedily
# from the left; but its loop stops one character short of the query's end
# (`j < query.length`), so a query that is itself an index word (自建房,
# 危险化学品) is never tried whole and falls apart into single characters
# (自* 建*), which match almost everything. One character of its minified
# worker fixes that: `<` -> `<=`.
_SEGMENT_LOOP = re.compile(r"for\(let (\w+)=(\w+)\+1;\1<(\w+)\.length;\1\+\+\)\3\.slice\(\2,\1\)in ")
_SEGMENT_FIXED = re.compile(r"for\(let (\w+)=(\w+)\+1;\1<=(\w+)\.length;\1\+\+\)\3\.slice\(\2,\1\)in ")
_WORKER = re.compile(r"assets/javascripts/workers/search\.[0-9a-f]+\.min\.js")


def fix_segment_loop(code: str) -> str | None:
    """The worker code with the query segmentation loop reaching the query's end; None if it is not there."""
    if _SEGMENT_FIXED.search(code):
        return code
    fixed, count = _SEGMENT_LOOP.subn(lambda m: m.group(0).replace("<", "<=", 1), code)
    return fixed if count == 1 else None


def patch_search_worker(files) -> None:
    for worker in (f for f in files if _WORKER.fullmatch(f.src_uri)):
        fixed = fix_segment_loop(worker.content_string)
        if fixed is None:
            log.warning(f"plansite: the Chinese query segmentation fix does not apply to {worker.src_uri} "
                        f"(Material changed it?); check Chinese search and update fix_segment_loop, or set "
                        f"search: {{fix_query_segmentation: false}} under plansite in mkdocs.yml")
        else:
            worker.content_string = fixed
