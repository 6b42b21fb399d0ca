"""Plans read and parsed: every plan under content/plans, keeping going past a bad file (the one place build
and check read plans), or the plans of one file or text (`parse_file`, `parse_text`)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import PlansiteError
from ..model import Plan, PlanText
from ..parse import parse_plans
from .read import FORMAT_SUFFIXES, read_file, read_page

PLAN_SUFFIXES = {".md", ".txt"}
DOCUMENT_SUFFIXES = PLAN_SUFFIXES | set(FORMAT_SUFFIXES)  # every file `parse_file` reads


@dataclass
class Corpus:
    plans: list[Plan] = field(default_factory=list)
    texts: dict[str, PlanText] = field(default_factory=dict)  # plan id -> the text it was parsed from
    errors: list[PlansiteError] = field(default_factory=list)


def parse_file(path: Path | str) -> list[Plan]:
    """Every plan in a file (a plan source, a page holding several plans, a .docx, .html or .pdf)."""
    return parsed(read_file(Path(path)))


def parse_text(text: str, source: str = "<text>") -> list[Plan]:
    """Every plan in a text (a page holding one or several plans), for callers that have text, not a file."""
    return parsed(read_page(text, source))  # tables too, as read_file reads a text file


def parsed(texts: list[PlanText]) -> list[Plan]:
    """The plans of one document's texts: a 附件 table giving out the units of the plan before it is part of that
    plan, not a plan of its own (parse/attached_table.py)."""
    return [plan for _, plan in parse_plans(texts)]


def plan_files(content: Path) -> list[Path]:
    folder = Path(content) / "plans"
    # not only regular files: a link to a device or to a file outside content/ is refused with a message
    return sorted(p for p in folder.glob("*") if p.suffix.lower() in PLAN_SUFFIXES and not p.is_dir())


def load_corpus(content: Path) -> Corpus:
    corpus = Corpus()
    first_file: dict[str, Path] = {}
    folder = Path(content) / "plans"
    if not folder.is_dir():
        corpus.errors.append(PlansiteError("no plans folder; put the plan sources in content/plans/", str(folder)))
        return corpus
    read: list[tuple[Path, list[PlanText]]] = []
    for path in plan_files(content):
        try:
            read.append((path, read_file(path, inside=Path(content))))
        except PlansiteError as e:
            corpus.errors.append(e)
    file_of = {id(pt): path for path, texts in read for pt in texts}
    # every file's plans at once: an attached table's own source (part_of: <id>) folds into the plan it names
    for pt, plan in parse_plans([pt for _, texts in read for pt in texts]):
        path = file_of[id(pt)]
        if plan.id in first_file:
            corpus.errors.append(PlansiteError(
                f"plan id '{plan.id}' is already used by {first_file[plan.id]}; give this plan another id",
                str(path), pt.key_lines.get("id", pt.first_line)))
            continue
        first_file[plan.id] = path
        corpus.plans.append(plan)
        corpus.texts[plan.id] = pt
    return corpus
