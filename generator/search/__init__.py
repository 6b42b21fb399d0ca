"""The site search: a Pagefind index of the built site, a table of unit and sector names, and the worker
that answers the header search box with both.

How it fits into a build (generator/plugin.py calls these, one call per MkDocs event):
- `SiteSearch.start(config, plans, content)` in on_config, after the pages are generated: takes Material's
  lunr indexing out of the build (its index is replaced, so it would be work thrown away) and works out
  what the index should know of each page (pages.py) and the name table (names.py);
- `search.page(html, page)` in on_post_page: marks what Pagefind indexes, and the page's filters;
- `search.finish(site_dir)` in on_post_build: runs Pagefind over the site (pagefind.py), writes the name
  table, puts the worker (worker.js) where Material's search worker was, and an empty lunr index
  where Material's bundle fetches it.

The browser side: Material's own search box, keyboard and result list stay; only its worker is ours
(worker.js speaks Material's worker messages), plus overrides/assets/javascripts/plansite-search.js
(the filters, the "more results" request, the file:// notice).
"""
from __future__ import annotations

from .site import SiteSearch

__all__ = ["SiteSearch"]
