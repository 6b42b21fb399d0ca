"""Change history of the plan sources from git: each commit that touched a plan, with its changes in `plansite diff` terms.

One `git log` for the whole plans folder and one `git cat-file --batch` for
every version needed, so the cost does not grow with a process per plan.
Without git or without history, `load_history` returns None and the site is
built without change pages.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .diff import PlanDiff, diff_plans
from ..errors import PlansiteError
from ..model import Plan
from ..parse import parse_plan, plan_header
from ..parse.attached_table import PART_OF
from ..source.git import run_git
from ..source.read import read_bytes
from ..resolve import Registry, resolve

_RECORD, _FIELD = "\x1e", "\x1f"


@dataclass
class Change:
    commit: str
    date: str  # ISO 8601 committer date
    subject: str
    path: str  # plan file, relative to the repository
    status: str  # A (added), M (modified), D (deleted)
    plan_id: str
    title: str
    diff: PlanDiff | None  # None for an added or deleted plan


def _git(repo: Path, *args: str, data: bytes | None = None) -> bytes | None:
    done = run_git(*args, cwd=repo, data=data)
    return done.stdout if done is not None and done.returncode == 0 else None


def _commits(repo: Path, folder: str) -> list[tuple[str, str, str, list[tuple[str, str]]]]:
    out = _git(repo, "log", f"--format={_RECORD}%H{_FIELD}%cI{_FIELD}%s", "--name-status", "--no-renames", "--", folder)
    if not out:
        return []
    commits = []
    for record in out.decode("utf-8", "replace").split(_RECORD)[1:]:
        head, _, files = record.partition("\n")
        commit, date, subject = head.split(_FIELD, 2)
        changed = [tuple(line.split("\t", 1)) for line in files.strip().splitlines() if "\t" in line]
        commits.append((commit, date, subject, changed))
    return commits


def _blobs(repo: Path, names: list[str]) -> dict[str, bytes]:
    """Contents of 'rev:path' objects, fetched by one git process."""
    if not names:
        return {}
    out = _git(repo, "cat-file", "--batch", data="".join(f"{n}\n" for n in names).encode())
    blobs, at = {}, 0
    for name in names:
        end = out.index(b"\n", at)
        header = out[at:end].split()
        at = end + 1
        if len(header) < 3 or header[1] != b"blob":
            continue
        size = int(header[2])
        blobs[name] = out[at : at + size]
        at += size + 1
    return blobs


def _plan(data: bytes | None, source: str, whole: bool = True) -> Plan | None:
    """The plan of a file version; with `whole` false its header only (id, title), for a plan added or removed.

    An attached table's own source (front matter `part_of: <id>`) is read as a plan of its own here, but its id is
    the plan it is part of: on the site its rows are that plan's duties, so its edits are that plan's changes."""
    if data is None:
        return None
    try:
        texts = read_bytes(data, source)
    except PlansiteError:
        return None
    if not texts:
        return None
    plan = parse_plan(texts[0]) if whole else plan_header(texts[0])
    owner = texts[0].meta.get(PART_OF)
    if owner:
        plan.id = str(owner)
    return plan


def load_history(repo: Path, folder: str = "content/plans", registry: Registry | None = None) -> list[Change] | None:
    """Every change to a plan file, newest first; None when there is no git history to read.

    With a registry, both versions are resolved before they are compared, so a
    duty is keyed by unit id (a unit written two ways is one unit) as on the site.
    """
    if _git(repo, "rev-parse", "--is-inside-work-tree") is None:
        return None
    commits = _commits(repo, folder)
    if not commits:
        return None
    wanted = []
    for commit, _, _, changed in commits:
        for status, path in changed:
            if status != "D":
                wanted.append(f"{commit}:{path}")
            if status != "A":
                wanted.append(f"{commit}^:{path}")
    blobs = _blobs(repo, wanted)
    parsed: dict[bytes, Plan | None] = {}  # a version is the "new" of one commit and the "old" of the next

    def version(name: str, path: str, whole: bool) -> Plan | None:
        data = blobs.get(name)
        if data is None:
            return None
        if whole and data not in parsed:
            parsed[data] = _plan(data, path)
        return parsed[data] if data in parsed else _plan(data, path, whole=False)

    changes = []
    for commit, date, subject, changed in commits:
        for status, path in changed:
            both = f"{commit}:{path}" in blobs and f"{commit}^:{path}" in blobs  # else nothing to compare
            new = version(f"{commit}:{path}", path, both)
            old = version(f"{commit}^:{path}", path, both)
            plan = new or old
            if plan is None:
                continue
            if both and old and new:
                if registry is not None:
                    resolve([old, new], registry)
                d = diff_plans(old, new)
            else:
                d = None
            changes.append(Change(commit, date, subject, path, status, plan.id, plan.title, d))
    return changes
