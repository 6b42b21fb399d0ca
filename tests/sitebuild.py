"""Test helper: a throwaway copy of the project (mkdocs.yml, overrides/, a content/ folder) built with `mkdocs build --strict`.

tests/conftest.py hands these out as fixtures: `make_content` (a content folder), `make_site` (a
project around one, built or not) and `seed_site` (the seed built once per session).

The plansite plugin (the installed package) reads the content folder its
mkdocs.yml names (content_dir: content, beside it), so the build reads the
copy's content/, writes the copy's docs/ and site/, and never touches the
repository's.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"

REGISTRIES = ("departments.yml", "sectors.yml")
_seed: dict[str, Path] = {}

Plans = "dict[str, str | bytes] | list[Path] | None"


def write_content(folder: Path, plans: Plans = None, *, departments: Path | None = CONTENT / "departments.yml",
                  sectors: Path | None = CONTENT / "sectors.yml") -> Path:
    """A content folder: plans/ and the two registries.

    plans: None, the seven seed plans of content/plans; a list, those files copied; a dict, file name ->
    text (or bytes) written. departments, sectors: the registry file copied in; None leaves it out.
    """
    (folder / "plans").mkdir(parents=True, exist_ok=True)
    if plans is None:
        plans = sorted((CONTENT / "plans").glob("*.md"))
    if isinstance(plans, dict):
        for name, text in plans.items():
            target = folder / "plans" / name
            target.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    else:
        for path in plans:
            shutil.copy(path, folder / "plans" / Path(path).name)
    for registry, name in ((departments, "departments.yml"), (sectors, "sectors.yml")):
        if registry:
            shutil.copy(registry, folder / name)
    return folder


@dataclass
class SiteProject:
    """A project copy: mkdocs.yml, overrides/, content/, and after `build()` docs/ and site/."""

    root: Path
    log: str = ""

    @property
    def content(self) -> Path:
        return self.root / "content"

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    @property
    def site(self) -> Path:
        return self.root / "site"

    def build(self) -> SiteProject:
        self.log = mkdocs_build(self.root)
        return self


def set_plugin_options(root: Path, **options) -> None:
    """Add options under `plugins: plansite:` of the copy's mkdocs.yml (unit_page_tasks=10, ...)."""
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    head = "  plansite:\n    content_dir: content\n"
    assert head in config, "mkdocs.yml no longer lists the plansite plugin as the tests expect"
    lines = "".join(f"    {key}: {value}\n" for key, value in options.items())
    (root / "mkdocs.yml").write_text(config.replace(head, head + lines), encoding="utf-8")


def make_project(root: Path, content: Path | None = CONTENT) -> Path:
    """A project copy under `root`; content/ is copied from `content` (None: an empty content/plans/)."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    if (ROOT / "overrides").exists():
        shutil.copytree(ROOT / "overrides", root / "overrides")
    if content is not None:
        shutil.copytree(content, root / "content")
    else:
        (root / "content" / "plans").mkdir(parents=True)
    (root / "docs").mkdir()  # MkDocs checks docs_dir exists before the plugin fills it
    (root / "docs" / ".gitignore").write_text("*\n!.gitignore\n", encoding="utf-8")
    return root


def mkdocs_build(root: Path) -> str:
    """Run `mkdocs build --strict` in the copy; return its log; fail the test on an error or a warning."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(root / "mkdocs.yml")],
                            cwd=root, capture_output=True, text=True, env=env, timeout=600)
    log = result.stdout + result.stderr
    assert result.returncode == 0, log
    assert not re.search(r"^(WARNING|ERROR)", log, re.M), log
    return log


def seed_site(tmp_path_factory) -> Path:
    """The seed content built once per test session (about ten seconds); the project root."""
    return seed_project(tmp_path_factory).root


def seed_project(tmp_path_factory) -> SiteProject:
    """The seed content built once per test session, shared by every module that reads the seed site."""
    if "project" not in _seed:
        _seed["project"] = SiteProject(make_project(tmp_path_factory.mktemp("seed") / "project")).build()
    return _seed["project"]


try:  # lxml parses the site several times faster; html.parser is the fallback that always exists
    import lxml  # noqa: F401

    PARSER = "lxml"
except ImportError:
    PARSER = "html.parser"


@lru_cache(maxsize=None)
def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), PARSER)


def page_file(site: Path, url_path: str) -> Path:
    """The built file a site path (/units/yingji/) is served from."""
    path = unquote(url_path).lstrip("/")
    target = site / path
    return target / "index.html" if path == "" or path.endswith("/") else target


def resolve_href(site: Path, page: Path, href: str) -> tuple[Path, str] | None:
    """(file, fragment) an href on `page` leads to; None for links leaving the site."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith("mailto:"):
        return None
    if not parts.path:
        return page, parts.fragment
    base = page.parent
    target = (base / unquote(parts.path)).resolve()
    if parts.path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target, parts.fragment


@lru_cache(maxsize=None)
def ids(path: Path) -> set[str]:
    return {el["id"] for el in soup(path).find_all(id=True)}


def content_links(path: Path):
    """The <a href> of the page's article (not the theme's header, nav and footer)."""
    article = soup(path).find("article") or soup(path)
    return article.find_all("a", href=True)
