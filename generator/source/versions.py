"""Name a plan version on the command line: `[REV:]PATH[#N]` — a file, optionally at a git revision, optionally its Nth plan or a plan id."""
from __future__ import annotations

from pathlib import Path

from ..errors import PlansiteError
from ..model import Plan
from .corpus import parsed
from .git import run_git
from .read import read_bytes, read_file


def git_show(rev: str, path: str, cwd: Path | None = None) -> bytes:
    if rev.startswith("-") or not rev.strip():
        # git would read '--output=FILE' as an option, not a revision
        raise PlansiteError(f"'{rev}' is not a git revision (it may not start with '-'); name a commit, "
                            f"e.g. HEAD~1", path)
    # --end-of-options: whatever rev holds, git reads it as a revision
    kind = run_git("cat-file", "-t", "--end-of-options", f"{rev}:./{path}", cwd=cwd)
    if kind is None:
        raise PlansiteError("git is not installed; name two files instead of revisions", path)
    if kind.returncode:
        raise PlansiteError(f"git cannot show revision '{rev}': {kind.stderr.decode(errors='replace').strip()}", path)
    if kind.stdout.strip() != b"blob":  # `git show` of a folder lists its files, which would read as a plan
        raise PlansiteError(f"is not a file at revision '{rev}' (git calls it a "
                            f"{kind.stdout.decode(errors='replace').strip()}); name a plan file", path)
    done = run_git("show", "--end-of-options", f"{rev}:./{path}", cwd=cwd)
    if done is None or done.returncode:
        raise PlansiteError(f"git cannot show revision '{rev}'", path)
    return done.stdout


def load_version(spec: str) -> Plan:
    """'content/plans/a.md', 'HEAD~1:content/plans/a.md', 'page.txt#5', 'page.txt#2024-xx-1'."""
    path, _, pick = spec.partition("#")
    rev = None
    if ":" in path and not Path(path).exists():
        rev, path = path.split(":", 1)
    texts = read_bytes(git_show(rev, path), f"{rev}:{path}") if rev else read_file(Path(path))
    plans = parsed(texts)
    if not pick:
        if len(plans) > 1:
            raise PlansiteError(f"holds {len(plans)} plans; pick one with #N (1-{len(plans)}) or #<plan id>", path)
        return plans[0]
    if pick.isdigit() and 1 <= int(pick) <= len(plans):
        return plans[int(pick) - 1]
    for plan in plans:
        if plan.id == pick:
            return plan
    raise PlansiteError(f"no plan '{pick}' in the file (it holds {len(plans)})", path)
