"""`plansite check`: every problem of the content at once — bad files, warnings, unresolved units, lost text."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .corpus import load_corpus
from .errors import PlansiteError
from .model import Plan
from .read import PlanText

_WHITESPACE = re.compile(r"\s+")


@dataclass
class Report:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def model_text(plan: Plan) -> str:
    """The plan's text put back together from the model, in source order."""
    parts = [plan.preamble]
    for s in plan.sections:
        parts += [s.label, s.heading, s.intro]
        items = [(g.line, g.label + g.text) for g in s.groups] + [(t.line, t.label + t.text) for t in s.tasks]
        parts += [text for _, text in sorted(items, key=lambda item: item[0])]
        parts.append(s.closing)
    parts.append(plan.closing)
    parts += plan.unparsed
    return "\n".join(p for p in parts if p)


def lost_text(pt: PlanText, plan: Plan) -> str | None:
    """None when every character of the plan's text is in the model; else where the first one went missing."""
    lines = [(pt.first_line + i, ln) for i, ln in enumerate(pt.lines) if ln.strip()]
    # the title is a line of its own, two lines, or the head of a line that runs on into the text
    title = _WHITESPACE.sub("", plan.title)
    while lines and title:
        ink = _WHITESPACE.sub("", lines[0][1])
        if title.startswith(ink):
            title, lines = title[len(ink):], lines[1:]
            continue
        if ink.startswith(title):
            lines[0] = (lines[0][0], ink[len(title):])
        break
    model = _WHITESPACE.sub("", model_text(plan))
    at = 0
    for number, line in lines:
        ink = _WHITESPACE.sub("", line)
        if model[at : at + len(ink)] != ink:
            return f"{pt.source}:{number}: text of this line is missing from the model: {line.strip()[:40]}"
        at += len(ink)
    if at != len(model):
        return f"{pt.source}: the model holds text that is not in the plan"
    return None


def check(content: Path) -> Report:
    report = Report()
    corpus = load_corpus(content)
    report.errors += [str(e) for e in corpus.errors]
    for plan in corpus.plans:
        report.warnings += plan.warnings
        report.warnings += [f"{plan.source}: unparsed text: {u[:60]}" for u in plan.unparsed]
        lost = lost_text(corpus.texts[plan.id], plan)
        if lost:
            report.errors.append(lost)
    report_units(content, corpus.plans, report)
    return report


def report_units(content: Path, plans: list[Plan], report: Report) -> None:
    from .registry import Registry, load_sectors, load_units
    from .resolve import resolve

    parts = []
    for load, name in ((load_units, "departments.yml"), (load_sectors, "sectors.yml")):
        try:  # each registry on its own, so a bad one does not hide the other's problems
            parts.append(load(Path(content) / name))
        except PlansiteError as e:
            report.errors.append(str(e))
    if len(parts) == 2:
        report.warnings += resolve(plans, Registry(*parts))
