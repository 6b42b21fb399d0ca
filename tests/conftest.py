"""Shared fixtures: the seed page, its hand-checked reading, the parsed seed plans, and factories for
content folders and built sites (in the manner of Datasette's `make_app_client` and MkDocs' tests/base.py).

    def test_x(make_content):               content/ under tmp_path: the seed plans and registries
        content = make_content(plans={"p.md": TEXT}, sectors=None)
    def test_y(make_site):                  a project copy around such a folder, built with mkdocs build --strict
        site = make_site(plans={"p.md": TEXT}, unit_page_tasks=10).site
    def test_z(seed_site):                  the seed site, built once per session
        page = seed_site.site / "index.html"
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import sitebuild

# the browser tests' fixtures, defined here so that all test modules share one site build and one
# Chromium per session (a module importing them would get copies of its own: a second build, and a
# second Playwright that refuses to start inside the first one's loop)
from browser_support import browser, page, site  # noqa: E402,F401

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SEED = FIXTURES / "seed" / "000_1f896dcc82d4bd9a.txt"
SEED_READING = FIXTURES / "seed" / "seed-reading.json"
REAL = FIXTURES / "real"  # the development corpus of other offices' plans (see its README)


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_plans(seed_path):
    from generator.source.corpus import parse_file

    return parse_file(seed_path)


@pytest.fixture(scope="session")
def seed_reading(seed_path) -> dict:
    return json.loads(SEED_READING.read_text(encoding="utf-8"))


@pytest.fixture
def make_content(tmp_path):
    """Factory: make_content(plans=None, departments=..., sectors=..., folder="content") -> a content folder
    under tmp_path (sitebuild.write_content: None is the seed plans, a dict is name -> text)."""

    def make(plans=None, *, folder: str = "content", **registries) -> Path:
        return sitebuild.write_content(tmp_path / folder, plans, **registries)

    return make


@pytest.fixture
def write_file(tmp_path):
    """Factory: write_file(text, name="page.html") -> the path of tmp_path/name holding text in UTF-8: a document
    as a user hands it to import or check (a page, a pasted text)."""

    def write(text: str, name: str = "page.html") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture(scope="session")
def make_site(tmp_path_factory):
    """Factory: make_site(plans=None, departments=..., sectors=..., build=True, **plugin_options) -> a
    sitebuild.SiteProject (root, content, docs, site, log): a copy of the project around a content folder,
    built with `mkdocs build --strict` unless build=False (a test that prepares content/ first calls .build())."""

    def make(plans=None, *, build: bool = True, departments=sitebuild.CONTENT / "departments.yml",
             sectors=sitebuild.CONTENT / "sectors.yml", **plugin_options) -> sitebuild.SiteProject:
        root = sitebuild.make_project(tmp_path_factory.mktemp("site") / "project", content=None)
        sitebuild.write_content(root / "content", plans, departments=departments, sectors=sectors)
        if plugin_options:
            sitebuild.set_plugin_options(root, **plugin_options)
        project = sitebuild.SiteProject(root)
        return project.build() if build else project

    return make


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory) -> sitebuild.SiteProject:
    """The seed plans (content/) built once per session: root, docs, site, log."""
    return sitebuild.seed_project(tmp_path_factory)
