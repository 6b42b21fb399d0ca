"""SiteSearch: the search's part of one MkDocs build (see the package docstring for the events)."""
from __future__ import annotations

import json
import logging
import time
from pathlib import Path

from . import markup, names, pagefind, pages
from .pages import PageFacts, facts_for

log = logging.getLogger("mkdocs.plugins.plansite.search")

WORKER = Path(__file__).with_name("worker.js")
MATERIAL_PLUGINS = ("search", "material/search")
# Material's bundle fetches this before it starts the worker; ours needs only its separator (the page
# highlighter splits the ?h= terms with it), never documents
EMPTY_INDEX = {"config": {"lang": ["zh"], "separator": r"[\s\u200b\u3000\-、。，,．.？?！!；;：:（）()]+",
                          "pipeline": [], "fields": {}}, "docs": []}


class SiteSearch:
    def __init__(self, facts: dict[str, PageFacts], table_inputs: tuple):
        self.facts = facts
        self._table_inputs = table_inputs  # (registry, written forms): the table is made once the pages exist
        self.seconds = 0.0  # time spent in this build, for the benchmark
        self.report: pagefind.IndexReport | None = None

    @classmethod
    def start(cls, config, plans: list, content: Path) -> SiteSearch:
        """In on_config, after the pages are generated: Material's lunr indexing leaves the build."""
        from generator.resolve import load_registry, written_forms

        begin = time.perf_counter()
        detach_lunr_indexing(config)
        registry = load_registry(content, required=False)
        search = cls(pages.page_facts(plans, registry), (registry, written_forms(plans, registry)))
        search.seconds += time.perf_counter() - begin
        return search

    def page(self, html: str, page) -> str:
        """In on_post_page: the page with Pagefind's attributes (markup.py).

        A page whose front matter says `search: {exclude: true}` (change records, matrices) stays out,
        as it did from Material's index.
        """
        begin = time.perf_counter()
        try:
            meta = getattr(page, "meta", None) or {}
            excluded = isinstance(meta.get("search"), dict) and meta["search"].get("exclude")
            facts = None if excluded else facts_for(self.facts, page.file.src_uri)
            return markup.mark_page(html, facts)
        finally:
            self.seconds += time.perf_counter() - begin

    def finish(self, site_dir) -> pagefind.IndexReport:
        """In on_post_build: index the site, write the name table, the worker and the empty lunr index."""
        begin = time.perf_counter()
        site = Path(site_dir)
        self.report = pagefind.run(site)
        registry, forms = self._table_inputs
        table = names.name_table(registry, forms, has_page=lambda path: (site / path / "index.html").exists())
        _write(site / "search" / "names.json", names.dumps(table))
        _write(site / "search" / "search_index.json", json.dumps(EMPTY_INDEX, separators=(",", ":")))
        code = WORKER.read_text(encoding="utf-8")
        workers = sorted((site / "assets" / "javascripts" / "workers").glob("search.*.js"))
        for worker in workers:
            if worker.suffix == ".js":
                worker.write_text(code, encoding="utf-8")
        if not workers:
            log.warning("plansite: no Material search worker in the site (assets/javascripts/workers/search.*.js): "
                        "the header search box has no worker to replace; did Material change its layout?")
        stale = site / "assets" / "javascripts" / "workers"
        for sourcemap in stale.glob("search.*.js.map"):
            sourcemap.unlink()  # the map of Material's worker, which is no longer there
        self.seconds += time.perf_counter() - begin
        log.info(f"plansite: search index of {self.report.pages} pages, {self.report.words} words "
                 f"(pagefind {self.report.seconds:.1f} s, CPU {self.report.cpu_seconds:.1f} s), {len(table['forms'])} names")
        return self.report


def detach_lunr_indexing(config) -> None:
    """Keep Material's search plugin (its header box and templates need it) but drop its indexing.

    Its on_page_context parses every page (and cut it with jieba) and its on_post_build writes the lunr
    index; ours replaces that index, so the work would be thrown away. Its on_config stays (cheap without
    a jieba dictionary): the templates read its settings.
    """
    plugins = [p for name, p in config.plugins.items() if name in MATERIAL_PLUGINS]
    for event in ("page_context", "post_build"):
        methods = config.plugins.events.get(event, [])
        methods[:] = [m for m in methods if getattr(m, "__self__", None) not in plugins]


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
