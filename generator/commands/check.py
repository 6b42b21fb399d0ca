"""`plansite check`: every problem of the content at once — bad files, warnings, unresolved units, lost text."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Plan, PlanText
from ..words.labels import without_leading_symbols
from ..parse.numbering import number_before_units_bracket
from ..parse.records import from_attached_table
from ..render.claims import page_clashes
from ..resolve import Registry
from ..settings import Settings
from ..source.accepted import KEY as ACCEPTED, Sorted, sort_warnings
from ..parse.lines import separator_line
from ..words.labels import undress
from ..source.corpus import load_corpus

_WHITESPACE = re.compile(r"\s+")


@dataclass
class Report:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    readings: list[str] = field(default_factory=list)  # what the reader made of each plan (see reading_lines)
    accepted: list[str] = field(default_factory=list)  # warnings the plan's front matter accepts, with the reason


def model_text(plan: Plan) -> str:
    """The plan's text put back together from the model, in source order; not the sections read from its attached
    table (parse/attached_table.py), whose text is the table's."""
    parts = [plan.preamble]
    for s in plan.sections:
        if s.attached:
            continue
        parts += [s.label, s.heading, s.intro]
        parts += _in_source_order(s)
        parts.append(s.closing)
    parts.append(plan.closing)
    parts += plan.unparsed
    return "\n".join(p for p in parts if p)


def _in_source_order(section) -> list[str]:
    """The section's group headings and tasks as the source gives them.

    By line; on one line (a text that lost its line breaks) a group heading comes just before its first task.
    """
    tasks = section.tasks
    keyed = [((t.line, 2 * i + 1), t.label + t.text) for i, t in enumerate(tasks) if not from_attached_table(t)]
    for g in section.groups:
        first = next((i for i, t in enumerate(tasks) if t.group == g.label and t.line >= g.line), len(tasks))
        keyed.append(((g.line, 2 * first), g.label + g.text))
    return [text for _, text in sorted(keyed, key=lambda item: item[0])]


# the label the table reader writes before a row printing no 序号 (rows.py: the reader's own count, 1. 2. …)
_COUNTED_LABEL = re.compile(r"^\d+\.")


_TITLE_AFTER_HEAD_LINES = 2  # a notice's masthead and its 文号 may stand above its title


def _title_cut_from(lines: list[tuple[int, str]], k: int, plan_title: str) -> tuple[list[tuple[int, str]], bool]:
    """The lines from k on with the title cut from their head, and whether lines[k] opens the title (a line of its
    own, lines joined, or the head of a line running on into the text); lines[k:] as they are when it does not."""
    title, rest = _WHITESPACE.sub("", plan_title), lines[k:]
    while rest and title:
        ink = without_leading_symbols(_WHITESPACE.sub("", rest[0][1]))  # (📖 before the title: the copy's furniture)
        if ink and title.startswith(ink):
            title, rest = title[len(ink):], rest[1:]
            continue
        if ink.startswith(title):
            return [(rest[0][0], ink[len(title):])] + rest[1:], True
        # lines opening the title's words but not running on into the rest of it (a sender line 某局 over 关于印发《某局
        # 2025年工作要点》的通知, the title 某局2025年工作要点 printed further down): no title opens here
        return lines[k:], False
    return rest, not title


def _without_title(lines: list[tuple[int, str]], plan_title: str) -> list[tuple[int, str]]:
    """The lines with the title cut out where it opens, among the first lines; the lines as they are if it opens
    nowhere there."""
    for k in range(min(_TITLE_AFTER_HEAD_LINES + 1, len(lines))):
        rest, opened = _title_cut_from(lines, k, plan_title)
        if opened:
            return lines[:k] + rest
    return lines


def lost_text(pt: PlanText, plan: Plan) -> str | None:
    """None when every character of the plan's text is in the model; else where the first one went missing."""
    lines = [(pt.first_line + i, ln) for i, ln in enumerate(pt.lines) if ln.strip()]
    # the title is a line of its own, two lines, or the head of a line that runs on into the text; a notice read as a
    # plan of its own prints it under its head (the masthead 某市人民政府办公室文件 and the 文号), which stay its text
    lines = _without_title(lines, plan.title)
    model = _WHITESPACE.sub("", model_text(plan))
    at = 0
    for number, line in lines:
        ink = undress(_WHITESPACE.sub("", line))  # a label's dress (▶ 三、, 【四、…】) is the copy's furniture, no text
        if number in pt.unprinted:  # a table row printing no 序号: the 1. before it is the table reader's count, no ink
            counted = _COUNTED_LABEL.sub("", ink, count=1)
            # (kept where the row is read as no task: a breakdown row 其中：… stays text with the count before it)
            ink = counted if model[at : at + len(counted)] == counted else ink
        if model[at : at + len(ink)] != ink and not _read_with_its_number_first(model, at, ink):
            if separator_line(line.strip()):
                continue  # ┈┈┈┈ / —————— / a lone ▶ between a copy's blocks: no text, the outline leaves it out
            return f"{pt.source}:{number}: text of this line is missing from the model: {line.strip()[:40]}"
        at += len(ink)
    if at != len(model):
        return f"{pt.source}: the model holds text that is not in the plan"
    return None


def _read_with_its_number_first(model: str, at: int, ink: str) -> bool:
    """Does the model hold the line at `at` as the reader reads a line opening with its units' bracket before its
    number (【责任单位：X】8.… read as 8.【责任单位：X】…, parse.numbering.units_before_their_number)?"""
    moved = number_before_units_bracket(ink)
    return moved is not None and model[at : at + len(moved)] == moved


def check(content: Path, settings: Settings | None = None) -> Report:
    """Every problem at once; its errors are the build's (commands/build.py runs the same checks), with
    `settings` the page sizes the build uses, as they decide where a long duty sheet goes on."""
    report = Report()
    corpus = load_corpus(content)
    report.errors += [str(e) for e in corpus.errors]
    for plan in corpus.plans:
        problems = plan_problems(plan, corpus.texts[plan.id])
        report.warnings += problems.warnings
        report.accepted += problems.accepted
        report.errors += problems.errors
    registry = report_units(content, corpus.plans, report)
    units = registry.units if registry else []  # as the build: without a usable registry, plan pages only
    report.errors += [c.message for c in page_clashes(corpus.plans, units, settings, corpus.texts)]
    for plan in corpus.plans:
        report.readings += reading_lines(plan, lost_text(corpus.texts[plan.id], plan), registry is not None)
    return report


def plan_problems(plan: Plan, text: PlanText) -> Sorted:
    """One read plan's warnings, accepted warnings and errors (a malformed `accepted:` entry, text the model
    lost): `check` reports them all, the build its errors, so the two agree on which plan files are in error."""
    problems = sort_warnings(plan.warnings, text.meta, plan.source, text.key_lines.get(ACCEPTED))
    problems.warnings += [f"{plan.source}: unparsed text: {u[:60]}" for u in plan.unparsed]
    lost = lost_text(text, plan)
    if lost:  # the build shows the path from the repository's root, as for the plan's other problems
        problems.errors.append(plan.source + lost[len(text.source):] if lost.startswith(text.source) else lost)
    return problems


def report_units(content: Path, plans: list[Plan], report: Report) -> Registry | None:
    """Resolve the plans' units against the registry; None when it could not be read, or there is none
    (a content folder with neither file builds plan pages only, so that is no error here either)."""
    from ..resolve import load_registry, resolve
    from ..resolve.registry import REGISTRY_FILES

    if not any((Path(content) / name).exists() for name in REGISTRY_FILES):
        return None
    problems: list[str] = []  # each registry on its own, so a bad one does not hide the other's problems
    registry = load_registry(Path(content), errors=problems)
    report.errors += problems
    if problems:
        return None
    report.warnings += resolve(plans, registry)
    return registry


# --- what the reader made of each plan ------------------------------------------------
# Said per plan so that an editor sees where a reading is thin before the site publishes it:
# the tasks found, the tasks whose units could not be read (the site shows them as 未注明责任单位),
# the written names the registry does not know, text placed nowhere, numbering that breaks its
# sequence, every rule the document states about its own annotations as it was applied, how the
# outline was read where it departs from the plain shape, and table cells the table reader could not place.

_NUMBERING = ": task number "
_NOT_UNDERSTOOD = " not understood: "  # parse.annotations: a bracket written like an annotation, no unit read
_LISTED = 5  # names and tasks listed in a detail line; the rest are counted


def reading_lines(plan: Plan, lost: str | None = None, resolved: bool = True) -> list[str]:
    """One summary line for the plan, then an indented line per thing worth a look."""
    tasks = plan.tasks()
    no_units = [t for t in tasks if not t.assignments]
    unknown = list(dict.fromkeys(a.name for t in tasks for a in t.assignments if a.unit is None)) if resolved else []
    numbering = [w for w in plan.warnings if _NUMBERING in w]
    doubts = [w for w in plan.warnings if _NOT_UNDERSTOOD in w]
    unread = [f"{plan.source}: {u[:40]}" for u in plan.unparsed] + ([lost] if lost else [])
    summary = [f"{len(tasks)} tasks", f"{len(no_units)} without units",
               f"{len(unknown)} units not in the registry" if resolved else "units not checked (no registry)",
               f"{len(unread)} passages left unread" if unread else "no text left unread",
               f"{len(numbering)} numbering anomalies" if numbering else "numbering regular",
               f"{len(doubts)} annotations not understood" if doubts else "every annotation read",
               f"{len(plan.rules)} document rules applied" if plan.rules else "no document rule"]
    table = [n for n in plan.readings if n.kind == "table"]
    if table:
        summary.append(f"{len(table)} table cells not placed")
    lines = [f"reading {plan.source} ({plan.id}): " + "; ".join(summary)]
    if no_units:
        lines.append("  tasks without units (shown as 未注明责任单位): " + _some(f"{t.label or t.number} (line {t.line})" for t in no_units))
    if unknown:
        lines.append("  units not in the registry: " + _some(unknown))
    lines += [f"  text left unread: {u}" for u in unread]
    lines += [f"  numbering: {w}" for w in numbering]
    lines += [f"  annotation: {w}" for w in doubts]
    # the plan's reading notes, in one list: how the outline was read, the document's rules, table cells
    lines += [f"  {_NOTE_HEADS[n.kind]}: {_at(n)}{n.text}" for n in plan.readings]
    return lines


_NOTE_HEADS = {"outline": "outline", "rule": "rule applied", "table": "table"}


def _at(note) -> str:
    """"line N: " before a note that does not say its line itself."""
    return f"line {note.line}: " if note.line and not re.search(rf"\bline {note.line}\b", note.text) else ""


def _some(items) -> str:
    items = list(items)
    shown = ", ".join(items[:_LISTED])
    return shown + (f" and {len(items) - _LISTED} more" if len(items) > _LISTED else "")
