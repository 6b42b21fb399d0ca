"""`plansite build`: content/ -> docs/ (read, parse, resolve, similar tasks, render pages and open data).

docs/ holds generated files. A file is written only when its bytes
change, so `mkdocs serve` does not loop and CI sees real changes only; files
the last build listed in its manifest that this one does not produce (a
removed plan or unit) are deleted, and nothing else. One build at a time
writes a docs folder (a lock file in it); each file goes through its own
temporary file. A plan file that fails to parse is reported and left out, and so is a plan
whose id wants a page file of another (render/claims.py); the rest still builds. Its errors are
those of `plansite check`, found by the same functions. A registry file that is not usable
stops the build before anything is written. When content/ is in a git repository, the plan files' history
gives the change pages and feed (generator/analysis/history.py); without it they are
left out and the report says so once.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import PlansiteError
from ..output.files import build_lock, write_if_changed
from ..output.manifest import remove_stale, write_manifest
from ..analysis.history import Change, load_history
from ..model import Plan, PlanText
from ..source.corpus import load_corpus
from ..source.frontmatter import reserved
from ..render import outputs
from ..render import links
from ..render.claims import page_clashes
from ..render.owners import owners
from ..render.site import Site
from ..resolve import Registry, load_registry, resolve, written_forms
from ..settings import Settings
from ..analysis.similar import similar_tasks
from .check import plan_problems

PROGRESS_FROM = 30  # plans; a smaller site is written before a progress bar would say anything


@dataclass
class BuildReport:
    """What a build did; paths are relative to docs/, with '/' separators."""

    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # the errors `plansite check` reports too, one message each
    warnings: list[str] = field(default_factory=list)  # unit names no unit in the registry matches
    notes: list[str] = field(default_factory=list)  # what the build left out and why (no git history); not problems
    plans: list[Plan] = field(default_factory=list, repr=False)  # the resolved plans (the plugin's search dictionary)
    stopped: str = ""  # why nothing was written (a registry not usable, no plans folder); "" when the build ran

    def summary(self) -> str:
        if self.stopped:
            return f"nothing written: {self.stopped}"
        return f"{len(self.written)} pages written, {len(self.unchanged)} unchanged, {len(self.removed)} removed"


def build(content: Path, docs: Path, *, progress: bool = False, settings: Settings | None = None) -> BuildReport:
    content, docs = Path(content), Path(docs)
    settings = settings or Settings()
    _check_folders(content, docs)
    with build_lock(docs):  # a second build at once waits for this one, then finds nothing left to do
        report = BuildReport()
        texts: dict[str, PlanText] = {}
        plans = load_plans(content, report.errors, texts)
        registry, plans = _checked(content, plans, texts, settings, report)
        if report.stopped:
            return report
        return _build(content, docs, plans, registry, report, progress, settings)


def _checked(content: Path, plans: list[Plan], texts: dict[str, PlanText], settings: Settings,
             report: BuildReport) -> tuple[Registry | None, list[Plan]]:
    """The checks of `plansite check` (commands/check.py), in its order, so the two name the same files: each
    plan's problems, the registry, the pages' clashes. Returns the registry and the plans to publish (a plan
    whose pages clash is left out whole); `report.stopped` says why nothing may be written."""
    for plan in plans:
        report.errors += plan_problems(plan, texts[plan.id]).errors
    registry = _registry(content, report)
    if registry is not None:
        report.warnings = resolve(plans, registry)  # units first: where a duty sheet goes on decides a clash
    clashes = page_clashes(plans, registry.units if registry else [], settings, texts)
    report.errors += [c.message for c in clashes]
    if registry is None:  # nothing is written: a broken registry would take every unit page away
        report.stopped = "a registry file is not usable (see above); docs/ is left as it was"
    elif not (content / "plans").is_dir():  # a mistyped --content would otherwise empty the site
        report.stopped = "no plans folder (see above); docs/ is left as it was"
    left_out = {id(c.plan) for c in clashes}
    return registry, [p for p in plans if id(p) not in left_out]


def _registry(content: Path, report: BuildReport) -> Registry | None:
    """The units and sectors; None (the problems in report.errors) when a file is not usable. A content
    folder with neither file has an empty registry: its plans build as plan pages only."""
    problems: list[str] = []  # both files, so a bad one does not hide the other's problems (as `plansite check`)
    registry = load_registry(content, required=False, errors=problems)
    at = str(content) + "/"
    for problem in problems:  # the path as the repository knows it, as for the plans
        report.errors.append(_shown(content, content) + "/" + problem[len(at):] if problem.startswith(at) else problem)
    return None if problems else registry


def _build(content: Path, docs: Path, plans: list[Plan], registry: Registry, report: BuildReport, progress: bool,
           settings: Settings) -> BuildReport:
    report.plans = plans
    for plan in plans:
        plan.url = links.url(links.plan_page(plan.id))
        for task in plan.tasks():
            task.url = links.url(links.plan_page(plan.id), task.id)
    history = _history(content, registry, report.notes)
    similar = similar_tasks(plans, top=settings.similar_tasks)
    site = Site(plans, registry.units, registry.sectors, written_forms(plans, registry), similar, history,
                settings=settings)
    produced = _write_all(docs, outputs(site), report, progress and len(plans) >= PROGRESS_FROM,
                          lambda path: owners(site, path))
    report.removed = remove_stale(docs, produced)
    write_manifest(docs, produced)
    return report


def load_plans(content: Path, errors: list[str], texts: dict[str, PlanText] | None = None) -> list[Plan]:
    """Every plan of content/plans (generator.source.corpus); a file that fails adds its error to `errors` and is
    skipped. `texts`, when given, gets each plan's text (plan id -> PlanText), for the lines of later messages."""
    corpus = load_corpus(content)
    for error in corpus.errors:
        if error.path:  # the path as the repository knows it, not as this machine mounts it
            error.path = _shown(Path(error.path), content)
        error.message = error.message.replace(str(content), _shown(content, content))  # another file it names
        errors.append(str(error))
    for plan in corpus.plans:
        shown = _shown(Path(plan.source), content)
        plan.warnings = [w.replace(plan.source, shown) for w in plan.warnings]
        plan.source = shown
    if texts is not None:
        texts.update(corpus.texts)
    return corpus.plans


def _history(content: Path, registry: Registry, notes: list[str]) -> list[Change] | None:
    """The plan files' changes from git, units resolved; None (and a note) when there is no history to show."""
    folder = content.resolve()
    history = load_history(folder.parent, f"{folder.name}/plans", registry)
    if not history:
        notes.append(f"no git history of {folder.name}/plans: the change pages (变更记录) and feed are not built")
        return None
    # a version whose id is a page of the site (a title that reads `index`) would take changes/index.md
    return [change for change in history if not reserved(change.plan_id)]


def _shown(path: Path, content: Path) -> str:
    try:
        return path.relative_to(content.parent).as_posix()
    except ValueError:
        return str(path)


def _check_folders(content: Path, docs: Path) -> None:
    if content.exists() and not content.is_dir():
        raise PlansiteError(f"content folder '{content}' is a file; name the folder holding plans/")
    if docs.exists() and not docs.is_dir():
        raise PlansiteError(f"docs folder '{docs}' is a file; name a folder (it is created when missing)")
    # the build deletes files in docs/: never let docs/ be, or hold, the sources
    c, d = content.resolve(), docs.resolve()
    if c == d or d in c.parents or c in d.parents:
        raise PlansiteError(f"docs folder '{docs}' overlaps the content folder '{content}'; use a separate folder")


def _write_all(docs: Path, files, report: BuildReport, progress: bool, owners_of=lambda path: []) -> set[str]:
    bar = None
    if progress:
        from tqdm import tqdm

        # no total: the page kinds decide how many pages they write (parts, places), and counting
        # them here would be a second copy of each kind's rules
        bar = tqdm(unit="page", desc="plansite build", leave=False)
    produced: set[str] = set()
    for path, text in files:
        if path in produced:  # the first keeps the file, never overwritten; the rest of the site still builds
            report.errors.append(_clash(path, owners_of(path)))
            continue
        produced.add(path)
        data = text.encode("utf-8") if isinstance(text, str) else text
        (report.written if _write(docs, path, data) else report.unchanged).append(path)
        if bar:
            bar.update()
    if bar:
        bar.close()
    return produced


def _clash(path: str, wanted_by: list[str]) -> str:
    """Two pages want one file: an id equal to another page's name, or to an id then -N (page N of a long page)."""
    who = " and ".join(wanted_by) if len(wanted_by) > 1 else "two pages"
    return (f"{path}: {who} want this file; it keeps the first and leaves the other out; "
            f"give one of them another id (a plan's 'id:' in its front matter, a registry entry's 'id:')")


def _write(docs: Path, path: str, data: bytes) -> bool:
    try:
        return write_if_changed(docs / path, data)
    except OSError as e:  # a full disk, a read-only folder, a file where a folder should be
        raise PlansiteError(f"cannot write {path}: {e.strerror or e}; check the docs folder", str(docs)) from None
