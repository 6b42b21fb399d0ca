"""Test helper: a throwaway copy of the project (mkdocs.yml, overrides/, a content/ folder) built with `mkdocs build --strict`.

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
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"

_seed: dict[str, Path] = {}


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
    """The seed content built once per test session (about ten seconds)."""
    if "root" not in _seed:
        root = make_project(tmp_path_factory.mktemp("seed") / "project")
        _seed["log"] = mkdocs_build(root)  # type: ignore[assignment]
        _seed["root"] = root
    return _seed["root"]


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
