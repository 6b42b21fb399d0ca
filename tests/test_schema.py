"""generator/schema/model.json: `plansite parse --json` output validates; tampered documents do not."""
from __future__ import annotations

import copy
import json
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator

from generator import model
from generator.commands.cli import main

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_PATH = ROOT / "generator" / "schema" / "model.json"
PLANS = Path(__file__).resolve().parent / "fixtures" / "plans"
FIXTURES = sorted(p.name for p in PLANS.glob("*.txt"))


@pytest.fixture(scope="module")
def schema() -> dict:
    data = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(data)
    return data


@pytest.fixture(scope="module")
def validator(schema) -> Draft202012Validator:
    return Draft202012Validator(schema)


def _errors(validator, document) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)]


def _cli_json(path: Path) -> dict:
    result = CliRunner().invoke(main, ["parse", str(path), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def seed_document(seed_path) -> dict:
    script = Path(sys.executable).parent / "plansite"
    if not script.exists():
        pytest.skip("the plansite console script is not installed in this environment")
    proc = subprocess.run([str(script), "parse", str(seed_path), "--json"], capture_output=True, check=True)
    return json.loads(proc.stdout.decode("utf-8"))


def test_schema_is_draft_2020_12(schema):
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_seed_output_validates(seed_document, validator):
    assert len(seed_document["plans"]) == 7
    assert _errors(validator, seed_document) == []


@pytest.mark.parametrize("fixture", FIXTURES)
def test_fixture_output_validates(fixture, validator):
    document = _cli_json(PLANS / fixture)
    assert document["plans"], fixture
    assert _errors(validator, document) == []


def test_schema_matches_the_model(schema):
    """Every dataclass field is a property (and required) under its published key, and nothing else is."""
    defs = schema["$defs"]
    for cls in (model.Plan, model.Section, model.Group, model.Task, model.Assignment, model.Annotation, model.Deadline):
        names = {f.metadata["published"][0] if "published" in f.metadata else f.name for f in fields(cls)}
        d = defs[cls.__name__]
        assert set(d["properties"]) == names, cls.__name__
        assert set(d["required"]) == names, cls.__name__
        assert d["additionalProperties"] is False, cls.__name__
    assert defs["role"]["enum"] == list(model.ROLES)
    assert defs["kind"]["enum"] == [*model.UNIT_KINDS, None]


def _first(document: dict, what: str) -> dict:
    for plan in document["plans"]:
        if what == "plan":
            return plan
        for section in plan["sections"]:
            if what == "section":
                return section
            for task in section["tasks"]:
                if what == "task":
                    return task
                for key in ("assignments", "annotations", "deadlines"):
                    if what == key and task[key]:
                        return task[key][0]
    raise LookupError(what)


def _set(what, key, value):
    return lambda d: _first(d, what).__setitem__(key, value)


def _drop(what, key):
    return lambda d: _first(d, what).pop(key)


TAMPER = {
    "role boss": _set("assignments", "role", "boss"),
    "role in Chinese": _set("assignments", "role", "牵头"),
    "missing plan title": _drop("plan", "title"),
    "missing task text": _drop("task", "text"),
    "missing assignment role": _drop("assignments", "role"),
    "missing section tasks": _drop("section", "tasks"),
    "kind ministry": _set("assignments", "kind", "ministry"),
    "unit a number": _set("assignments", "unit", 7),
    "annotation index a string": _set("assignments", "annotation", "0"),
    "negative annotation index": _set("assignments", "annotation", -1),
    "task number a string": _set("task", "number", "1"),
    "task number zero": _set("task", "number", 0),
    "year a string": _set("plan", "year", "2024"),
    "sections not a list": _set("plan", "sections", {}),
    "notes of numbers": _set("plan", "notes", [1]),
    "extra plan field": _set("plan", "owner", "x"),
    "extra section field": _set("section", "tasks_count", 3),
    "extra task field": _set("task", "units", []),
    "extra assignment field": _set("assignments", "department", "市应急局"),
    "empty unit name": _set("assignments", "name", ""),
    "non-ASCII task id": _set("task", "id", "任务-1"),
    "deadline without normalized": _drop("deadlines", "normalized"),
    "no plans": lambda d: d.pop("plans"),
    "extra top-level field": lambda d: d.__setitem__("plan", []),
}


@pytest.mark.parametrize("name", TAMPER)
def test_schema_rejects_a_tampered_document(name, seed_document, validator):
    document = copy.deepcopy(seed_document)
    assert _errors(validator, document) == []
    try:
        TAMPER[name](document)
    except LookupError:
        pytest.skip(f"the seed output has no element to tamper with for {name!r}")
    assert _errors(validator, document) != [], name


def test_assignment_kinds_resolve_validates(validator):
    """unit/kind filled by resolve still validate: every kind, and null."""
    document = _cli_json(PLANS / "ann_nested_brackets.txt")
    a = _first(document, "assignments")
    for kind in (*model.UNIT_KINDS, None):
        a["kind"], a["unit"] = kind, (None if kind is None else "yingjiguanliju")
        assert _errors(validator, document) == [], kind
