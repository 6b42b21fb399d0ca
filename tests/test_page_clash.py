"""Two things that want one page file: an error naming both sources, never a silent overwrite (issue 14).

A page's file name is an id, and a long page goes on at <id>-2.md, <id>-3.md …
(render/links.py), so an id that is another id then -N, or `index`, wants
another page's file. Registry ids are refused when loaded (both lines named);
a plan id can meet a part of a duty sheet (a jurisdiction the text does not
name has the plan's id), which `plansite check` and the build report alike
(render/claims.py), naming both plan files; the build leaves that plan out
and publishes everything else.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.commands.build import build
from generator.commands.check import check
from generator.errors import PlansiteError
from generator.resolve.registry import load_sectors, load_units
from generator.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
# xx市: the anonymised place, so the jurisdiction is the plan's own id; 市应急局 leads every task
PLAN = "xx市2024年安全生产工作要点\n一、总体要求\n" + "".join(f"{i}.做好第{i}项工作(市应急局牵头)。\n" for i in range(1, 6))


def _registry_with(tmp_path: Path, name: str, entry: str) -> tuple[Path, int]:
    path = tmp_path / name
    path.write_text((ROOT / "content" / name).read_text(encoding="utf-8") + "\n" + entry, encoding="utf-8")
    return path, _line_of(path, entry.splitlines()[0])


def _line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if line == text)


@pytest.mark.parametrize("name, entry, says, other", [
    ("departments.yml", "- id: yingji-2\n  name: 某某虚构局\n  kind: department\n", "page 2 of unit 'yingji'", "- id: yingji"),
    ("departments.yml", "- id: index\n  name: 某某虚构局\n  kind: department\n", "list of all units", None),
    ("departments.yml", "- id: index-3\n  name: 某某虚构局\n  kind: department\n", "list of all units", None),
    ("sectors.yml", "- id: kuangshan-2\n  name: 虚构领域\n  kind: sector\n  words: [虚构领域]\n",
     "page 2 of sector 'kuangshan'", "- id: kuangshan"),
])
def test_a_registry_id_that_is_another_page_file_is_refused_with_both_lines(tmp_path, name, entry, says, other):
    path, line = _registry_with(tmp_path, name, entry)
    with pytest.raises(PlansiteError) as refused:
        (load_units if name == "departments.yml" else load_sectors)(path)
    assert refused.value.path == str(path) and refused.value.line == line
    assert says in refused.value.message
    if other:
        assert f"(line {_line_of(path, other)})" in refused.value.message


def test_the_registries_of_content_have_no_such_id():
    assert load_units(ROOT / "content" / "departments.yml") and load_sectors(ROOT / "content" / "sectors.yml")


def _content(tmp_path: Path, plans: dict[str, str]) -> Path:
    content = tmp_path / "content"
    (content / "plans").mkdir(parents=True)
    for name in ("departments.yml", "sectors.yml"):
        shutil.copy(ROOT / "content" / name, content / name)
    for name, plan_id in plans.items():
        (content / "plans" / name).write_text(f"---\nid: {plan_id}\n---\n" + PLAN, encoding="utf-8")
    return content


SMALL_PAGES = Settings(unit_page_tasks=1)  # every duty sheet goes on over five pages: <jur>-2.md … <jur>-5.md


def test_a_plan_id_that_is_a_part_of_another_sheet_is_an_error_naming_both_plan_files(tmp_path):
    content = _content(tmp_path, {"a.md": "plan-a", "b.md": "plan-a-2"})
    docs = tmp_path / "docs"
    report = build(content, docs, settings=SMALL_PAGES)
    (error,) = report.errors
    # the plan at fault, at the line to change, and the plan whose sheet goes on at that file
    assert error.startswith("content/plans/b.md:2: id 'plan-a-2' names the file units/yingji/plan-a-2.md"), error
    assert "page 2 of the duty sheet of unit 'yingji' in 'plan-a' (content/plans/a.md)" in error
    assert "another id" in error
    # `plansite check`, run with the same page sizes, says the same of the same file
    (checked,) = check(content, SMALL_PAGES).errors
    assert checked == error.replace("content/plans/", f"{content}/plans/")
    # the plan at fault is left out whole (its badges would link to the other's page 2), the other is complete
    assert not (docs / "plans" / "plan-a-2.md").exists()
    for page in ("plans/plan-a.md", "units/yingji/plan-a.md", "units/yingji/plan-a-2.md", "units/yingji/plan-a-5.md"):
        assert (docs / page).is_file(), page
    assert "plan-a-2-2" not in {p.stem for p in (docs / "units" / "yingji").glob("*.md")}


def test_with_pages_long_enough_for_one_sheet_the_same_ids_are_no_clash(tmp_path):
    """Page 2 exists only when the sheet is long: at the default size the two ids build side by side."""
    content = _content(tmp_path, {"a.md": "plan-a", "b.md": "plan-a-2"})
    report = build(content, tmp_path / "docs")
    assert report.errors == [] and check(content).errors == []
    assert (tmp_path / "docs" / "units" / "yingji" / "plan-a-2.md").is_file()


def test_the_same_plans_under_distinct_ids_build_without_error(tmp_path):
    """The control: the clash above comes from the ids, not from the plans."""
    content = _content(tmp_path, {"a.md": "plan-a", "b.md": "plan-b"})
    report = build(content, tmp_path / "docs", settings=SMALL_PAGES)
    assert report.errors == []
    assert len([p for p in report.written if p.startswith("units/yingji/")]) == 10
