#!/usr/bin/env python3
"""What the performance machinery of the build saved: the generate step with each piece switched off (issue 12).

Until commit 9a01003 the build had a second process for the similar tasks
(generator/background.py, generator/similar_job.py), a writer thread
(generator/build.py `_write_all`) and ten `lru_cache`s. That commit put plain
code in their place. This script measures the step they acted in, the
plansite build step (`build(content, docs)`: parse, resolve, similar tasks,
pages, open data), on a synthetic corpus, with the code of a checkout of
9a01003^ ("as it was") switched piece by piece to its plain code at
interpreter start, and with the code of this checkout ("now"):

    python benchmarks/scale.py --corpus 700 --keep /tmp/m700          # the corpus, once
    git worktree add --detach /tmp/old 9a01003^ && make -C /tmp/old .venv/.installed
    python benchmarks/machinery.py --content /tmp/m700/content --old /tmp/old --runs 2 --jsonl runs.jsonl
    python benchmarks/machinery.py --report runs.jsonl more-runs.jsonl   # one table of saved runs
    python benchmarks/machinery.py --content /tmp/m700/content --old /tmp/old --runs 2 \
        --configs as-it-was "uncache:generator.render.links._href,generator.render.links._relative_folder"

Configurations (--configs; default: the first six):
- as-it-was: the old code untouched (second process, writer thread, caches);
- similar-here: old code, the similar tasks computed in the building process
  (`background.worth_a_process` answers no, as on a one-core machine);
- inline-writes: old code, each page written when it is rendered (the writer
  thread's executor replaced by one that runs the write at once);
- no-cache: old code, every module-level `lru_cache` of generator/ replaced by
  the function it wraps (`__wrapped__`);
- all-plain-old: old code with all three switched off;
- now: the code of this checkout, untouched;
- uncache:MOD.NAME,MOD.NAME: old code, only those caches replaced.

Each run is a fresh interpreter of the code's own .venv, building into an
empty docs folder; the configurations of a round run one after the other,
and the rounds repeat, so drifting load reaches every configuration alike.
Per run: cpu_s, CPU time of the step (this process and its children: the
second process's included); wall_s; parse_cpu_s (load_plans);
similar_cpu_s, the similar tasks worked out in this process (none when the
second process does it); write_cpu_s, the CPU of writing the files (in
whichever thread writes); the load average before and after; pages; and
docs_sha, one digest of every file written, so a switch that changed the
output would show. Figures only: nothing here asserts a time.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIGS = ["as-it-was", "similar-here", "inline-writes", "no-cache", "all-plain-old", "now"]
OLD_CONFIGS = {"as-it-was": (), "similar-here": ("similar",), "inline-writes": ("writes",),
               "no-cache": ("caches",), "all-plain-old": ("similar", "writes", "caches")}


# --- inside the fresh interpreter: switch pieces off, run the step, report -----------------------

def _switch_off_similar_process() -> None:
    from generator import background

    background.worth_a_process = lambda tasks: False  # SimilarJob asks this; no: the job runs here when read


class _InlineExecutor:
    """In place of ThreadPoolExecutor(max_workers=1): each submitted write runs at once, here."""

    def __init__(self, *args, **kwargs):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def submit(self, fn, *args, **kwargs):
        from concurrent.futures import Future

        done = Future()
        done.set_result(fn(*args, **kwargs))  # an error is raised here, as the plain code raises it
        return done


def _switch_off_writer_thread(build_module) -> None:
    build_module.ThreadPoolExecutor = _InlineExecutor


def _caches() -> list[tuple[object, str]]:
    """(module, name) of every module-level lru_cache defined in generator/."""
    import functools
    import importlib
    import pkgutil

    import generator

    found = []
    for info in pkgutil.walk_packages(generator.__path__, "generator."):
        if info.name.endswith("__main__") or info.name == "generator.background":
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, functools._lru_cache_wrapper) and value.__module__ == module.__name__:
                found.append((module, name))
    return found


def _uncache(targets: list[tuple[object, str]]) -> list[str]:
    done = []
    for module, name in targets:
        cached = getattr(module, name)
        setattr(module, name, cached.__wrapped__)  # callers look the name up in the module at each call
        done.append(f"{module.__name__}.{name}")
    return done


def _named_caches(spec: str) -> list[tuple[object, str]]:
    import importlib

    out = []
    for item in filter(None, spec.split(",")):
        module_name, _, name = item.rpartition(".")
        module = importlib.import_module(module_name)
        if not hasattr(getattr(module, name), "__wrapped__"):
            raise SystemExit(f"{item} is not an lru_cache")
        out.append((module, name))
    return out


def _thread_timed(fn, spent: dict, key: str):
    """fn, adding the CPU time of the thread that calls it to spent[key] (any thread: the writer's too)."""
    def wrapper(*args, **kwargs):
        start = time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[key] = spent.get(key, 0.0) + time.thread_time() - start
    return wrapper


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _docs_digest(docs: Path) -> tuple[int, str]:
    import hashlib

    digest, count = hashlib.sha256(), 0
    for path in sorted(p for p in docs.rglob("*") if p.is_file()):
        digest.update(path.relative_to(docs).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
        count += 1
    return count, digest.hexdigest()[:16]


def step(config: str, code: Path, content: Path, docs: Path) -> dict:
    """Run the build step once, in this (fresh) interpreter, with the pieces of `config` switched off."""
    sys.path.insert(0, str(code))
    import generator

    if Path(generator.__file__).resolve().parent != (code / "generator").resolve():
        raise SystemExit(f"generator imported from {generator.__file__}, not from {code}")
    spent: dict = {"switched_off": []}
    if config == "now":
        import generator.analysis.similar as similar
        import generator.commands.build as build_module

        build_module.similar_tasks = _thread_timed(build_module.similar_tasks, spent, "similar_cpu_s")
    else:
        import generator.build as build_module
        import generator.similar as similar

        pieces = OLD_CONFIGS.get(config, ())
        if "similar" in pieces:
            _switch_off_similar_process()
            spent["switched_off"].append("second process")
        if "writes" in pieces:
            _switch_off_writer_thread(build_module)
            spent["switched_off"].append("writer thread")
        if "caches" in pieces:
            spent["switched_off"] += _uncache(_caches())
        if config.startswith("uncache:"):
            spent["switched_off"] += _uncache(_named_caches(config.split(":", 1)[1]))
        for name in ("inputs", "neighbours", "keyed"):  # in this process only: a second process is not seen
            setattr(similar, name, _thread_timed(getattr(similar, name), spent, "similar_cpu_s"))
    build_module.load_plans = _thread_timed(build_module.load_plans, spent, "parse_cpu_s")
    build_module._write = _thread_timed(build_module._write, spent, "write_cpu_s")
    load_before = os.getloadavg()[0]
    cpu, wall = _cpu(), time.perf_counter()
    report = build_module.build(content, docs)
    wall, cpu = time.perf_counter() - wall, _cpu() - cpu
    pages, sha = _docs_digest(docs)
    if report.errors:
        raise SystemExit(f"{len(report.errors)} plan files failed: {report.errors[:3]}")
    return {"config": config, "cpu_s": round(cpu, 2), "wall_s": round(wall, 2),
            "parse_cpu_s": round(spent.get("parse_cpu_s", 0), 2),
            "similar_cpu_s": round(spent.get("similar_cpu_s", 0), 2),
            "write_cpu_s": round(spent.get("write_cpu_s", 0), 2),
            "load_before": round(load_before, 1), "load_after": round(os.getloadavg()[0], 1),
            "plans": len(report.plans), "pages": pages, "docs_sha": sha,
            "switched_off": spent["switched_off"]}


# --- the driver ----------------------------------------------------------------------------------

def run_once(config: str, old: Path, content: Path) -> dict:
    code = ROOT if config == "now" else old
    python = sys.executable if code == ROOT else code / ".venv" / "bin" / "python"  # the old code's own packages
    docs = Path(tempfile.mkdtemp(prefix="plansite-machinery-docs-"))
    try:
        cmd = [str(python), str(Path(__file__).resolve()), "--step", config, "--code", str(code),
               "--content", str(content), "--docs", str(docs)]
        run = subprocess.run(cmd, cwd=code, capture_output=True, text=True,
                             env=dict(os.environ, PYTHONPATH=str(code)))
        if run.returncode != 0:
            raise SystemExit(f"{config} failed ({run.returncode}):\n{(run.stdout + run.stderr)[-3000:]}")
        return json.loads(run.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(docs, ignore_errors=True)


def table(results: list[dict]) -> str:
    by: dict[str, list[dict]] = {}
    for r in results:
        by.setdefault(r["config"], []).append(r)
    base = statistics.median(r["cpu_s"] for r in by.get("as-it-was", [{"cpu_s": float("nan")}]))
    rows = ["| configuration | plans | step CPU s (runs) | median | vs as it was | wall s (runs) | parse CPU s | "
            "similar CPU s here | writing CPU s | load |",
            "| --- |" + " ---: |" * 9]
    for config, runs in by.items():
        cpu = statistics.median(r["cpu_s"] for r in runs)
        med = lambda key: statistics.median(r[key] for r in runs)  # noqa: E731
        loads = [x for r in runs for x in (r["load_before"], r["load_after"])]
        rows.append(f"| {config} | {runs[0]['plans']} | {', '.join(str(r['cpu_s']) for r in runs)} | {cpu:.1f} | "
                    f"{(cpu / base - 1) * 100:+.0f}% | {', '.join(str(r['wall_s']) for r in runs)} | "
                    f"{med('parse_cpu_s'):.1f} | {med('similar_cpu_s'):.1f} | {med('write_cpu_s'):.1f} | "
                    f"{min(loads)}–{max(loads)} |")
    return "\n".join(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--content", type=Path, help="a content folder (scale.py --corpus N --keep DIR)")
    ap.add_argument("--old", type=Path, help="a checkout of 9a01003^ with its own .venv (make .venv/.installed)")
    ap.add_argument("--configs", nargs="+", default=CONFIGS, help=f"default: {' '.join(CONFIGS)}")
    ap.add_argument("--runs", type=int, default=2, help="rounds over the configurations (default 2)")
    ap.add_argument("--jsonl", type=Path, help="append each run's JSON object to this file as it ends")
    ap.add_argument("--report", type=Path, nargs="+", metavar="JSONL",
                    help="print the table of runs saved with --jsonl (several files: one table), run nothing")
    ap.add_argument("--step", help=argparse.SUPPRESS)  # inside the fresh interpreter
    ap.add_argument("--code", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--docs", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.report:
        print(table([json.loads(line) for path in args.report for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip()]))
        return
    if not args.content:
        ap.error("--content is needed to run the step")
    if args.step:
        print(json.dumps(step(args.step, args.code, args.content.resolve(), args.docs)))
        return
    if any(c != "now" for c in args.configs) and not (args.old and (args.old / "generator" / "background.py").exists()):
        ap.error("--old must be a checkout of 9a01003^ (it has generator/background.py) for the old configurations")
    results = []
    for n in range(args.runs):
        for config in args.configs:
            result = run_once(config, args.old.resolve() if args.old else ROOT, args.content.resolve())
            result["round"] = n + 1
            results.append(result)
            print(json.dumps(result, ensure_ascii=False), file=sys.stderr, flush=True)
            if args.jsonl:
                with args.jsonl.open("a", encoding="utf-8") as f:
                    f.write(json.dumps(result, ensure_ascii=False) + "\n")
    print(table(results))


if __name__ == "__main__":
    main()
