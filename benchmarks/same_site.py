#!/usr/bin/env python3
"""Is the site byte for byte the one another git revision builds? For changes that must not change the output.

    python benchmarks/same_site.py --ref main                 the seed (content/) and 70 plans with a git history
    python benchmarks/same_site.py --ref de644b0 --plans 0    the seed only (0: content/ as it is)
    python benchmarks/same_site.py --ref main --plans 0 70 350 --no-git

Each corpus is built twice with a cold `mkdocs build --strict`: with the code, mkdocs.yml and overrides/
of this working tree, and with those of the revision `--ref` (checked out with `git worktree add
--detach` into a temporary folder and put first on PYTHONPATH, so `generator` is imported from there;
the script checks that it is). Both builds read the same corpus: content/ of this tree for 0, else
the synthetic corpus of benchmarks/scale.py, made once and copied into both projects; with --git
(the default) the corpus is a git repository of two commits, so the history and the change pages are
built too. SOURCE_DATE_EPOCH is pinned, which pins the build date (the footer, the sitemap), the only
thing allowed to differ; every other byte of docs/ (the generated Markdown) and site/ (the HTML,
open data, search index) is compared. Prints each differing, missing or extra file and exits 1 if any.

The builds of a revision are kept under --cache (keyed by its tree hash and the corpus), so
comparing again after a change builds only this tree. tests/test_same_site.py runs the seed
comparison in the suite when PLANSITE_SAME_SITE_AS names a revision (`make same-site REF=main`).
"""
from __future__ import annotations

import argparse
import difflib
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import scale  # noqa: E402  (the synthetic corpus)

EPOCH = "1735689600"  # 2025-01-01: any fixed instant; both builds get the same
CACHE = Path(tempfile.gettempdir()) / "plansite-same-site"


def git(*args: str, cwd: Path = ROOT) -> str:
    return subprocess.run(["git", "-C", str(cwd), *args], check=True, capture_output=True, text=True).stdout.strip()


def make_corpus(folder: Path, plans: int, with_git: bool) -> Path:
    """The content/ both builds read, under folder/: content/ of this tree (0) or `plans` synthetic plans."""
    content = folder / "content"
    if content.exists():
        return folder
    if plans == 0:
        shutil.copytree(ROOT / "content", content)
    else:
        scale.make_corpus(content, plans)
        if with_git:
            scale.git_history(folder, plans)
    return folder


def build(tree: Path, corpus: Path, out: Path) -> str:
    """Build `corpus` with the code and theme of `tree` into out/ (docs/ and site/); return the log."""
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(corpus, out, symlinks=True)  # content/ and, with a history, .git/
    shutil.copy(tree / "mkdocs.yml", out / "mkdocs.yml")
    if (tree / "overrides").exists():
        shutil.copytree(tree / "overrides", out / "overrides")
    (out / "docs").mkdir(exist_ok=True)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH=EPOCH, PYTHONPATH=str(tree))
    env.pop("PLANSITE_URL", None)
    pagefind = sorted((ROOT / "node_modules").glob("@pagefind/*/bin/pagefind_extended*"))
    if pagefind and "PLANSITE_PAGEFIND" not in env:  # the checkout of a revision has no node_modules/
        env["PLANSITE_PAGEFIND"] = str(pagefind[0])
    where = subprocess.run([sys.executable, "-c", "import generator; print(generator.__file__)"],
                           cwd=out, env=env, capture_output=True, text=True, check=True).stdout.strip()
    if Path(where).resolve().parent != (tree / "generator").resolve():
        raise SystemExit(f"the build of {tree} would import generator from {where}")
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(out / "mkdocs.yml")],
                         cwd=out, env=env, capture_output=True, text=True)
    log = run.stdout + run.stderr
    if run.returncode != 0:
        raise SystemExit(f"mkdocs build of {tree} failed ({run.returncode}):\n{log[-4000:]}")
    return log


def files(folder: Path) -> dict[str, Path]:
    return {p.relative_to(folder).as_posix(): p for p in sorted(folder.rglob("*")) if p.is_file()}


def compare(expected: Path, actual: Path) -> list[str]:
    """One line per difference between the docs/ and site/ of two builds (empty: byte-identical)."""
    problems = []
    for part in ("docs", "site"):
        old, new = files(expected / part), files(actual / part)
        problems += [f"missing: {part}/{name}" for name in sorted(old.keys() - new.keys())]
        problems += [f"extra: {part}/{name}" for name in sorted(new.keys() - old.keys())]
        for name in sorted(old.keys() & new.keys()):
            a, b = old[name].read_bytes(), new[name].read_bytes()
            if a != b:
                problems.append(f"differs: {part}/{name}" + first_difference(a, b))
    return problems


def first_difference(a: bytes, b: bytes) -> str:
    try:
        old, new = a.decode("utf-8").splitlines(), b.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        return f" (binary, {len(a)} vs {len(b)} bytes)"
    diff = [line for line in difflib.unified_diff(old, new, lineterm="", n=0) if not line.startswith(("---", "+++"))]
    return "\n    " + "\n    ".join(line[:200] for line in diff[:6])


def reference_tree(ref: str, work: Path) -> Path:
    """A checkout of `ref` (a detached git worktree under work/)."""
    tree = work / "ref"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(tree), ref], check=True)
    return tree


def same_site(ref: str, plans: int, with_git: bool = True, cache: Path = CACHE, log=print) -> list[str]:
    """Build one corpus with `ref` (cached) and with this tree; the differences (empty: the same site)."""
    tree_hash = git("rev-parse", f"{ref}^{{tree}}")
    kind = "seed" if plans == 0 else f"{plans}{'-git' if with_git else ''}"
    # the corpus generator is part of the key: a change to benchmarks/scale.py makes another corpus
    corpus_key = hashlib.sha256((ROOT / "benchmarks" / "scale.py").read_bytes()
                                + (ROOT / "content" / "departments.yml").read_bytes()).hexdigest()[:12]
    corpus = make_corpus(cache / f"corpus-{kind}-{corpus_key}", plans, with_git)
    expected = cache / f"ref-{tree_hash[:12]}-{kind}-{corpus_key}"
    if not (expected / "site").exists():
        with tempfile.TemporaryDirectory(prefix="plansite-ref-") as work:
            tree = reference_tree(ref, Path(work))
            try:
                start = time.perf_counter()
                build(tree, corpus, expected)
                log(f"{kind}: built {ref} ({tree_hash[:12]}) in {time.perf_counter() - start:.0f} s")
            finally:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)
    else:
        log(f"{kind}: {ref} ({tree_hash[:12]}) built before: {expected}")
    with tempfile.TemporaryDirectory(prefix="plansite-now-") as work:
        actual = Path(work) / "project"
        start = time.perf_counter()
        build(ROOT, corpus, actual)
        log(f"{kind}: built this tree in {time.perf_counter() - start:.0f} s")
        problems = compare(expected, actual)
        count = sum(len(files(actual / part)) for part in ("docs", "site"))
        log(f"{kind}: {count} files compared, {len(problems)} differ")
        return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ref", default="main", help="the git revision whose site this tree must build (main)")
    parser.add_argument("--plans", type=int, nargs="+", default=[0, 70], help="corpora: 0 is content/ (0 70)")
    parser.add_argument("--no-git", dest="git", action="store_false", help="synthetic corpora without a history")
    parser.add_argument("--cache", type=Path, default=CACHE, help=f"builds of revisions ({CACHE})")
    args = parser.parse_args()
    failed = False
    for plans in args.plans:
        problems = same_site(args.ref, plans, args.git, args.cache)
        for line in problems[:50]:
            print("  " + line)
        if len(problems) > 50:
            print(f"  ... and {len(problems) - 50} more")
        failed |= bool(problems)
    print("DIFFERENT" if failed else "IDENTICAL")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
