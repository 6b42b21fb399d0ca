"""Shared fixtures: the seed page, its hand-checked reading, and the parsed seed plans."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

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
