#!/usr/bin/env python3
"""How the build scales with the corpus: a synthetic corpus of N plans, built the way `make site` builds it.

    python benchmarks/scale.py --plans 70 --json        one measurement, one JSON object
    python benchmarks/scale.py --table 7 70 700         each N in a fresh process; a Markdown table (make bench)
    python benchmarks/scale.py --table 70 350           the linearity check of issue 7 (350 vs 70 plans)
    python benchmarks/scale.py --profile 350            cProfile of the generate step (plansite build) at 350 plans
    python benchmarks/scale.py --profile 70 --what mkdocs   cProfile of a whole `mkdocs build`
    python benchmarks/scale.py --plans 350 --json --browser  also: the search index loaded in headless Chromium
    python benchmarks/scale.py --search SITE            the header search of a built site, timed in Chromium
                                                        (query_steps_ms: the time of each step of an answer)
    python benchmarks/scale.py --table 70 350 --git     the corpus in git (two commits): change pages built too

The corpus. Plan i is seed plan i % 7 (content/plans/*.md) issued by city
i // 7: the title, issuer, year and id name the city; one city in three is a
district (区), whose plans write 区应急局 where the seed writes 市应急局 (same
departments, new written forms); each city has two to four units of its own
(临江市港务局, ...) that its plans name beside the seed's units and that the
temporary registry lists, so the departments grow with the corpus; the task
texts name the city after their heading sentence and get a few seeded word
swaps, so no two cities' tasks are the same text (a corpus of copies would
flatter any reuse of work between tasks). The anonymiser's "xx"
stays: the registry reads it as no place at all. Everything is drawn from
random.Random(seed, plan), so the corpus of N plans is the first N plans of
any bigger one, and every run is the same.

The measurement. A throwaway project (mkdocs.yml, overrides/, the
synthetic content/) is built with one cold `mkdocs build`, exactly what `make
site` runs, in a fresh interpreter that times the plansite steps inside it
(the plansite plugin runs them in on_config):
- parse_s: reading and parsing the plan files (generator.commands.build.load_plans);
- generate_s: the rest of the build step (resolve, similar tasks, the git
  history when there is one, Markdown pages, open data) plus the search
  dictionary the plugin writes (similar_s, history_s, searchdict_s: parts of it);
- mkdocs_s: everything else MkDocs does (Markdown -> HTML, the theme, the
  search index, copying assets): total_s - parse_s - generate_s;
- total_s: wall time of the whole `mkdocs build` process;
- cpu_s: CPU time of that process and its children (Pagefind runs as a child).
The temporary folder is no git repository, so no change pages are built
unless --git gives it a history. peak_rss_mb is that process's maximum resident set; pages counts the HTML
files of the site; max_page_kb is the biggest of them; plan_page_kb is the
first plan's page, which holds the same text at every N, so it grows only if
something global (the navigation) does.

Figures only: nothing here asserts a time.
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
KEYS = ["plans", "pages", "parse_s", "generate_s", "mkdocs_s", "total_s", "peak_rss_mb", "site_mb",
        "search_index_mb", "max_page_kb"]

# --- the synthetic corpus -------------------------------------------------------------

_FIRST = "临青安东西南北泰华长宁平江河川阳云海山兴"  # 20 x 20 two-character city names, then a third character
_SECOND = "江川州原阳宁安平山城远德明清和丰庆昌沙林"
_THIRD = "东西南北中"
_ORDINALS = "一二三四五六七八九十"
# units a city has of its own: (id stem, name after the city)
LOCAL_UNITS = [
    ("gangwu", "港务局"), ("jichang", "机场管理局"), ("kaifaqu", "经济技术开发区管委会"),
    ("gaoxin", "高新技术产业开发区管委会"), ("wenwu", "文物局"), ("dizhen", "地震局"), ("qixiang", "气象局"),
    ("renfang", "人民防空办公室"), ("liangshi", "粮食和物资储备局"), ("shuiwen", "水文水资源局"),
    ("yancao", "烟草专卖局"), ("chengtou", "城市建设投资集团"), ("gongdian", "供电公司"),
    ("huagongyuan", "化工园区管委会"), ("lvyouqu", "旅游度假区管委会"), ("gongjiao", "公交集团"),
]
# departments the seed plans name often, after which a city's own unit is added in an annotation
_HOSTS = re.compile(r"(?<=[:、,(])([市区](?:应急局|应急管理局|公安局|交通运输局|住建局|住房城乡建设局|市场监管局|"
                    r"消防救援支队|经济和信息化局|工信局|自然资源和规划局|生态环境局|水利局|商务局))(?=[、,)])")
# word swaps in task texts: none is a role verb (牵头 负责 配合 落实 会同) or a sector word
SWAPS = [("加强", ["强化", "加大", "着力加强"]), ("持续", ["继续", "不断"]), ("着力", ["努力", "全力"]),
         ("全面", ["全方位", "全力"]), ("提升", ["提高", "增强"]), ("严格", ["从严", "严肃"]),
         ("切实", ["扎实", "务实"]), ("及时", ["迅速", "第一时间"]), ("进一步", ["更进一步", "再"]),
         ("深入", ["纵深", "扎实"]), ("完善", ["健全", "优化"]), ("推动", ["推进", "促进"])]
_TASK_LINE = re.compile(r"^\s*(?:\d{1,3}\s*[.、．]|[(（][一二三四五六七八九十\d]+[)）])")  # 1. / (一)
_BRACKETED = re.compile(r"([(〔][^()〔〕]*[)〕])")  # annotations and names: no word swaps inside
_AFTER_HEADING = re.compile(r"。(?=[\u4e00-\u9fff])")
_LEVEL_AT = re.compile(r"(?<=[:、,(〔])市(?=[\u4e00-\u9fff])(?!场|域|政(?!府|协))")  # not 市场监管局


def city_name(k: int) -> str:
    name = _FIRST[k % 20] + _SECOND[(k // 20) % 20]
    return name + (_THIRD[(k // 400 - 1) % len(_THIRD)] if k >= 400 else "")


def city_units(seed: int, k: int) -> list[tuple[str, str]]:
    """(unit id, name) of the city's own units: two to four, the same for every plan of the city."""
    rng = random.Random(f"{seed}-city-{k}")
    level = city_level(seed, k)
    return [(f"c{k:04d}-{stem}", f"{city_name(k)}{level}{name}")
            for stem, name in rng.sample(LOCAL_UNITS, rng.randint(2, 4))]


def city_level(seed: int, k: int) -> str:
    return "区" if random.Random(f"{seed}-level-{k}").random() < 1 / 3 else "市"


def _split_front_matter(text: str) -> tuple[dict, str]:
    import yaml

    _, head, body = text.split("---\n", 2)
    return yaml.safe_load(head), body


def synthetic_plan(seed_text: str, i: int, n_seeds: int, seed: int, revision: int = 0) -> tuple[str, str]:
    """(file name, text) of plan i: seed plan i % n_seeds as city i // n_seeds issues it (a revision words it anew)."""
    import yaml

    s, k = i % n_seeds, i // n_seeds
    rng = random.Random(f"{seed}-plan-{i}" + (f"-r{revision}" if revision else ""))
    meta, body = _split_front_matter(seed_text)
    city, level = city_name(k), city_level(seed, k)
    year = 2019 + (k + s) % 6
    old_title = str(meta["title"])
    title = f"{city}{level}安全生产委员会{year}年工作要点{_ORDINALS[s % 10]}"
    plan_id = f"{year}-c{k:04d}-{str(meta['id']).rsplit('-', 1)[0].split('-', 1)[1]}-{s + 1}"
    meta.update(id=plan_id, title=title, year=year, issuer=f"{city}{level}安全生产委员会")
    own = [name for _, name in city_units(seed, k)]
    lines = body.split("\n")
    host_lines = [n for n, line in enumerate(lines) if _HOSTS.search(line)]
    chosen = set(rng.sample(host_lines, min(len(host_lines), rng.randint(3, 6))))
    out = []
    for n, line in enumerate(lines):
        if line.strip() == old_title:
            line = line.replace(old_title, title)
        elif _TASK_LINE.match(line):
            pieces = _BRACKETED.split(line)
            for p in range(0, len(pieces), 2):  # the text between brackets
                for word, alternatives in SWAPS:
                    pieces[p] = re.sub(word, lambda m: rng.choice(alternatives) if rng.random() < 0.4 else m.group(0),
                                       pieces[p])
            line = "".join(pieces)
            # the city as the subject of the sentence after the heading: no two cities' tasks read the same
            line = _AFTER_HEADING.sub(lambda m: m.group(0) + city + level, line, count=1)
        if level == "区":
            line = _LEVEL_AT.sub("区", line)
        if n in chosen:  # one of the city's own units beside a seed unit, in one annotation of the line
            unit = rng.choice(own)
            matches = list(_HOSTS.finditer(line))
            if matches:
                m = rng.choice(matches)
                line = line[:m.end()] + "、" + unit + line[m.end():]
        out.append(line)
    head = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    return f"{plan_id}.md", f"---\n{head}---\n" + "\n".join(out)


def make_corpus(content: Path, n: int, seed: int = 7) -> dict:
    """Write N synthetic plans and the registries (with every city's own units) to `content`."""
    seeds = sorted((CONTENT / "plans").glob("*.md"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    # the registries and anything else content/ holds (hand-written pages), not its plans
    shutil.copytree(CONTENT, content, ignore=lambda folder, names: ["plans"] if Path(folder) == CONTENT else [],
                    dirs_exist_ok=True)
    (content / "plans").mkdir(parents=True, exist_ok=True)
    registry = (CONTENT / "departments.yml").read_text(encoding="utf-8").rstrip()
    registry += "\n\n# --- synthetic: cities' own units\n"
    cities = (n + len(seeds) - 1) // len(seeds)
    for k in range(cities):
        for unit_id, name in city_units(seed, k):
            registry += f"\n- id: {unit_id}\n  name: {name}\n  kind: department\n  aliases: []\n"
    (content / "departments.yml").write_text(registry, encoding="utf-8")
    size = 0
    for i in range(n):
        name, text = synthetic_plan(texts[i % len(seeds)], i, len(seeds), seed)
        (content / "plans" / name).write_text(text, encoding="utf-8")
        size += len(text.encode("utf-8"))
    return {"cities": cities, "corpus_mb": round(size / 2**20, 2)}


def git_history(root: Path, n: int, seed: int = 7, revised: int = 10) -> None:
    """Make the project a git repository with two commits: every plan added, then one plan in `revised` reworded.

    The build then also reads the history (generator/analysis/history.py) and writes the
    change pages, as it does in a checkout.
    """
    seeds = sorted((CONTENT / "plans").glob("*.md"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    git = ["git", "-C", str(root), "-c", "user.name=bench", "-c", "user.email=bench@example.invalid",
           "-c", "commit.gpgsign=false"]
    env = dict(os.environ, GIT_AUTHOR_DATE="2024-01-01T00:00:00+08:00", GIT_COMMITTER_DATE="2024-01-01T00:00:00+08:00")
    subprocess.run(git + ["init", "-q"], check=True)
    subprocess.run(git + ["add", "content"], check=True)
    subprocess.run(git + ["commit", "-q", "-m", "plans"], check=True, env=env)
    for i in range(0, n, revised):
        name, text = synthetic_plan(texts[i % len(seeds)], i, len(seeds), seed, revision=1)
        (root / "content" / "plans" / name).write_text(text, encoding="utf-8")
    env.update(GIT_AUTHOR_DATE="2024-03-01T00:00:00+08:00", GIT_COMMITTER_DATE="2024-03-01T00:00:00+08:00")
    subprocess.run(git + ["commit", "-q", "-am", "revised plans"], check=True, env=env)


def make_project(root: Path) -> None:
    """A throwaway copy of the project: the plansite plugin reads content/ beside its mkdocs.yml (see tests/sitebuild.py)."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    if (ROOT / "overrides").exists():
        shutil.copytree(ROOT / "overrides", root / "overrides")
    (root / "docs").mkdir(exist_ok=True)  # MkDocs checks docs_dir exists before the plugin fills it


# --- one measurement ----------------------------------------------------------------------

# Runs in the fresh interpreter that does the `mkdocs build`: times the plansite steps the
# plugin calls (looked up at call time, so wrapping the module attributes catches them).
_BOOT = r"""
import json, sys, time
start = time.perf_counter()
out = sys.argv.pop()
profile = sys.argv.pop()
import generator.commands.build as gb
import generator.search.dictionary as sd
try:
    import generator.search.markup as sm, generator.search.names as sn, generator.search.pagefind as sp, generator.search.pages as sg
except ImportError:
    sm = sn = sp = sg = None
spent = {"parse": 0.0, "build": 0.0, "searchdict": 0.0, "similar": 0.0, "history": 0.0, "search": 0.0,
         "search_pages": 0.0, "search_pagefind": 0.0, "build_calls": 0}
def timed(fn, key):
    def wrapper(*a, **k):
        t, c = time.perf_counter(), time.process_time()
        try:
            result = fn(*a, **k)
            if key == "search_pagefind":  # the Pagefind run reports its own (a child process's) CPU time
                spent["search_pagefind_cpu"] = spent.get("search_pagefind_cpu", 0) + getattr(result, "cpu_seconds", 0)
            return result
        finally:
            spent[key] += time.perf_counter() - t
            spent[key + "_cpu"] = spent.get(key + "_cpu", 0) + time.process_time() - c
            if key == "build":
                spent["build_calls"] += 1
    return wrapper
# a step renamed by a later change is simply not timed (its time then counts as mkdocs_s or generate_s)
for module, name, key in ((gb, "load_plans", "parse"), (gb, "build", "build"), (gb, "similar_tasks", "similar"),
                          (gb, "load_history", "history"),
                          (sd, "write_user_dict", "searchdict"),
                          # the site search: page facts, marking every page, Pagefind, the name table
                          (sg, "page_facts", "search"), (sm, "mark_page", "search_pages"),
                          (sp, "run", "search_pagefind"), (sn, "name_table", "search")):
    if hasattr(module, name):
        setattr(module, name, timed(getattr(module, name), key))
from mkdocs.__main__ import cli
code = 0
try:
    if profile:
        import cProfile
        cProfile.run("cli(sys.argv[1:], standalone_mode=False)", profile)
    else:
        cli(sys.argv[1:], standalone_mode=False)
except SystemExit as e:
    code = e.code or 0
spent["wall_inside"] = time.perf_counter() - start
json.dump(spent, open(out, "w"))
sys.exit(code)
"""


def mkdocs_build(root: Path, site: Path, profile: str = "") -> tuple[dict, float, str]:
    """One cold `mkdocs build` of the project copy: (plansite step times, wall seconds, log)."""
    timings = root / ".bench-timings.json"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("PLANSITE_URL", None)
    cmd = [sys.executable, "-c", _BOOT, "build", "-f", str(root / "mkdocs.yml"), "-d", str(site), profile, str(timings)]
    start = time.perf_counter()
    run = subprocess.run(cmd, cwd=root, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    log = run.stdout + run.stderr
    if run.returncode != 0 or not timings.exists():
        raise SystemExit(f"mkdocs build failed ({run.returncode}):\n{log[-4000:]}")
    return json.loads(timings.read_text()), wall, log


def site_figures(site: Path) -> dict:
    html = [p for p in site.rglob("*.html")]
    total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    biggest = max(html, key=lambda p: p.stat().st_size)
    names = site / "search" / "names.json"
    plan_pages = sorted((site / "plans").glob("*/index.html"))
    return {
        "pages": len(html),
        "site_mb": round(total / 2**20, 1),
        "search_index_mb": search_bundle_mb(site),  # Pagefind's files are compressed already
        "search_names_kb": round(names.stat().st_size / 1024, 1) if names.exists() else 0,
        "search_names_gz_kb": round(len(gzip.compress(names.read_bytes(), 6)) / 1024, 1) if names.exists() else 0,
        "max_page_kb": round(biggest.stat().st_size / 1024, 1),
        "max_page": biggest.relative_to(site).as_posix(),
        "plan_page_kb": round(plan_pages[0].stat().st_size / 1024, 1) if plan_pages else None,
        "home_page_kb": round((site / "index.html").stat().st_size / 1024, 1),
    }


def measure(n: int, seed: int = 7, keep: Path | None = None, browser: bool = False, git: bool = False) -> dict:
    load = os.getloadavg()[0]  # other work on the machine shows in every time; recorded beside them
    base = Path(keep) if keep else Path(tempfile.mkdtemp(prefix=f"plansite-bench-{n}-"))
    root = base / "project"
    if root.exists():
        shutil.rmtree(root)
    try:
        make_project(root)
        corpus = make_corpus(root / "content", n, seed)
        if git:
            git_history(root, n, seed)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        spent, wall, log = mkdocs_build(root, root / "site")
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        rss_kb = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
                     resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        generate = spent["build"] - spent["parse"] + spent["searchdict"]
        result = {
            "plans": n,
            "parse_s": round(spent["parse"], 2),
            "generate_s": round(generate, 2),
            "mkdocs_s": round(wall - spent["parse"] - generate, 2),
            "total_s": round(wall, 2),
            "cpu_s": round(cpu, 2),
            "peak_rss_mb": round(rss_kb / 1024),
            **site_figures(root / "site"),
            "tasks": _count_tasks(root / "docs"),
            "units": len(list((root / "docs" / "units").glob("*.md"))) - 1,
            "similar_s": round(spent.get("similar", 0), 2),
            "history_s": round(spent.get("history", 0), 2),
            "searchdict_s": round(spent["searchdict"], 2),
            # the search's part of the build: the old jieba dictionary (searchdict_s) is Material's, this is ours
            "search_s": round(spent.get("search", 0) + spent.get("search_pages", 0) + spent.get("search_pagefind", 0)
                              + spent["searchdict"], 2),
            "search_pages_s": round(spent.get("search_pages", 0), 2),  # marking every page (on_post_page)
            "search_pagefind_s": round(spent.get("search_pagefind", 0), 2),  # the Pagefind run
            # CPU time, which the machine's other work does not inflate: ours in this process, and Pagefind's
            "search_cpu_s": round(sum(spent.get(k, 0) for k in ("search_cpu", "search_pages_cpu",
                                                                  "search_pagefind_cpu")), 2),
            "build_passes": spent["build_calls"],
            "mkdocs_warnings": len(re.findall(r"^WARNING", log, re.M)),
            "load_before": round(load, 1),
            "load_after": round(os.getloadavg()[0], 1),
            "git_history": git,
            **corpus,
        }
        if browser:
            result.update(search_in_browser(root / "site"))
        return {k: result[k] for k in KEYS} | {k: v for k, v in result.items() if k not in KEYS}
    finally:
        if not keep:
            shutil.rmtree(base, ignore_errors=True)


def _count_tasks(docs: Path) -> int | None:
    try:
        data = json.loads((docs / "data" / "plans.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return sum(len(s["tasks"]) for p in data["plans"] for s in p["sections"])


# --- the search in a browser ------------------------------------------------------------------

# Before the page's own scripts: note when the search worker answers READY and each RESULT
_SEARCH_WATCH = """
(() => {
  window.__searchTimes = {ready: null, results: []};
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (msg, ...rest) {
    if (msg && msg.type === 0 && !this.__watched) {
      this.__watched = true;
      this.addEventListener("message", ev => {
        const t = performance.now();
        if (ev.data && ev.data.type === 1) window.__searchTimes.ready = t;
        if (ev.data && ev.data.type === 3) window.__searchTimes.results.push([t, (ev.data.data.items || []).length]);
        if (ev.data && ev.data.type === "plansite:done") window.__searchTimes.steps = ev.data.steps || null;
      });
    }
    return post.call(this, msg, ...rest);
  };
})();
"""

# type a query into the header box as a reader does (value, then the key event Material listens to);
# resolve when the worker has fully answered it (plansite-search.js marks the result list)
_SEARCH_QUERY = """
async (query) => {
  const input = document.querySelector("input.md-search__input");
  const result = document.querySelector("[data-md-component=search-result]");
  input.focus();
  const start = performance.now();
  window.__searchTimes.results = [];
  window.__searchTimes.steps = null;
  const list = result.querySelector(".md-search-result__list");
  let shown = null;  // when the first result is in the list (Material renders what the worker sent)
  const watch = new MutationObserver(() => {
    if (shown === null && list.querySelector(".md-search-result__item")) shown = performance.now();
  });
  watch.observe(list, {childList: true});
  input.value = query;
  input.dispatchEvent(new KeyboardEvent("keyup", {key: "End", bubbles: true}));
  await new Promise(resolve => {
    const done = () => result.getAttribute("data-plansite-query") === query;
    if (done()) return resolve();
    new MutationObserver((_, obs) => { if (done()) { obs.disconnect(); resolve(); } })
      .observe(result, {attributes: true});
  });
  const end = performance.now();
  watch.disconnect();
  // the page script's listener marked the list; the benchmark's own listener of the same message runs next
  await new Promise(resolve => setTimeout(resolve, 0));
  const first = window.__searchTimes.results.find(([, n]) => n > 0);
  // the worker's steps, in ms after typing: "sent" is when the query reached the worker
  const steps = window.__searchTimes.steps, steps_ms = {};
  if (steps) {
    const sent = steps.at - (performance.timeOrigin + start);
    steps_ms.sent = sent;
    for (const [name, ms] of Object.entries(steps)) if (name !== "at") steps_ms[name] = sent + ms;
  }
  if (first) steps_ms.received = first[0] - start;
  if (shown !== null) steps_ms.shown = shown - start;
  return {first_ms: first ? first[0] - start : null, done_ms: end - start, steps_ms,
          groups: document.querySelectorAll(".md-search-result__item").length,
          first: (document.querySelector(".md-search-result__item a") || {}).href || null};
}
"""

QUERIES = ("应急管理局", "燃气安全", "自建房", "危险化学品")

# the memory the page holds, as the browser counts it: the JS heaps of the page and its workers and the
# DOM (performance.measureUserAgentSpecificMemory, which needs a cross-origin-isolated page: the benchmark
# server sends COOP/COEP), and the WebAssembly memory of Pagefind in the search worker (not in that count)
_PAGE_MEMORY = """
async () => {
  const m = await performance.measureUserAgentSpecificMemory();
  const by = {};
  for (const b of m.breakdown) {
    const key = ((b.attribution[0] || {}).scope || "other").replace("DedicatedWorkerGlobalScope", "worker");
    by[key] = (by[key] || 0) + b.bytes;
  }
  return {bytes: m.bytes, by};
}
"""
# run in the search worker before the first query: keep Pagefind's WebAssembly instance, to read its memory
_WASM_HOOK = """
() => {
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[name];
    if (!original) continue;
    WebAssembly[name] = async (...args) => {
      const made = await original.apply(WebAssembly, args);
      self.__wasm = made.instance || made;
      return made;
    };
  }
}
"""
_WASM_BYTES = """
() => self.__wasm ? Object.values(self.__wasm.exports).filter(x => x instanceof WebAssembly.Memory)
  .reduce((sum, m) => sum + m.buffer.byteLength, 0) : 0
"""


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def _renderer_mb() -> float:
    """The resident memory of the biggest Chromium renderer this process started (one page is open)."""
    best = 0
    for pid in _descendants(os.getpid()):
        try:
            if b"--type=renderer" not in Path(f"/proc/{pid}/cmdline").read_bytes():
                continue
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    best = max(best, int(line.split()[1]))
        except OSError:
            continue
    return round(best / 1024, 1)


_TEXT_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript", ".json": "application/json",
               ".css": "text/css", ".svg": "image/svg+xml", ".txt": "text/plain; charset=utf-8"}


def search_in_browser(site: Path, runs: int = 3, queries: tuple[str, ...] = QUERIES, memory_too: bool = True) -> dict:
    """The header search as a reader meets it, in headless Chromium, served from 127.0.0.1 (no network time).

    - search_ready_ms: from the start of the page load until the search worker says READY (Material's box
      answers from then on); median of `runs` fresh pages; search_ready_after_load_ms: the same from the
      end of the page's load event (negative: ready before it);
    - search_preload_kb: what the page fetched for the search before the first keystroke;
    - query_first_ms / query_ms: from typing a query until its first results show / until it is fully
      answered (name table and full text); query_kb: what that query fetched (index chunks, fragments);
      the slowest and the biggest of `queries`, each the first query of a fresh page (nothing cached);
    - page_mb: the memory the page holds after the query: JS heaps of the page and its workers, the DOM
      (performance.measureUserAgentSpecificMemory) and Pagefind's WebAssembly memory; page_wasm_mb that
      last part; the largest of the queries;
    - renderer_mb: the renderer's resident memory after the query (the page and its worker, with
      Chromium's own share of a renderer, about 160 MB with an empty page); search_mb: how much the
      query added to it;
    - query_steps_ms: when each step of the answer finished, median and slowest (_step_figures), so a
      slow "first results" shows which step it waited for.
    memory_too=False leaves out page_mb (the browser counts it at its next garbage collection, up to 20 s
    per query).
    """
    import functools
    import statistics
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    from playwright.sync_api import sync_playwright

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def end_headers(self):  # cross-origin isolated: the page may measure its own memory
            self.send_header("Cross-Origin-Opener-Policy", "same-origin")
            self.send_header("Cross-Origin-Embedder-Policy", "require-corp")
            super().end_headers()

        def send_head(self):
            # text gzipped, as static hosts send it (GitHub Pages, Netlify, nginx with gzip on): query_kb is
            # what a reader's browser receives; Pagefind's own files are compressed already and go as they are
            path = Path(self.translate_path(self.path))
            if path.is_dir():
                path = path / "index.html"
            if path.suffix not in _TEXT_TYPES or "gzip" not in self.headers.get("Accept-Encoding", "") \
                    or not path.is_file():
                return super().send_head()
            body = gzip.compress(path.read_bytes(), 6)
            self.send_response(200)
            self.send_header("Content-Type", _TEXT_TYPES[path.suffix])
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            return io.BytesIO(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    ready, after_load, preload, first, done, kb, memory, held, per_query = [], [], [], [], [], [], [], [], {}
    steps: list[dict] = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            for run in range(runs):
                for query in queries:
                    context = browser.new_context()  # a fresh cache: every fetch counts
                    page = context.new_page()
                    page.add_init_script(_SEARCH_WATCH)
                    fetched: list[list] = []  # [url, bytes, after the query started]
                    phase = {"query": False}

                    def finished(request, fetched=fetched, phase=phase):
                        if "/search/" in request.url or "/pagefind/" in request.url:
                            try:
                                size = request.sizes()["responseBodySize"]
                            except Exception:  # the request went away with the page
                                size = 0
                            fetched.append([request.url, size, phase["query"]])

                    page.on("requestfinished", finished)
                    page.goto(url)
                    page.wait_for_function("window.__searchTimes && window.__searchTimes.ready !== null")
                    page.wait_for_load_state("networkidle")
                    at, loaded = page.evaluate("[window.__searchTimes.ready, "
                                               "performance.getEntriesByType('navigation')[0].loadEventEnd]")
                    ready.append(at)
                    after_load.append(at - loaded)
                    preload.append(sum(size for _, size, q in fetched if not q) / 1024)
                    before = _renderer_mb()
                    worker = page.workers[0] if page.workers else None
                    if worker:
                        worker.evaluate(_WASM_HOOK)
                    phase["query"] = True
                    got = page.evaluate(_SEARCH_QUERY, query)
                    page.wait_for_load_state("networkidle")
                    query_kb = sum(size for _, size, q in fetched if q) / 1024
                    first.append(got["first_ms"] or got["done_ms"])
                    steps.append(got["steps_ms"])
                    done.append(got["done_ms"])
                    kb.append(query_kb)
                    memory.append((_renderer_mb(), before))
                    wasm = worker.evaluate(_WASM_BYTES) if worker else 0
                    js = page.evaluate(_PAGE_MEMORY) if memory_too else {"bytes": 0, "by": {}}
                    held.append(((js["bytes"] + wasm) / 2**20, wasm / 2**20))
                    if run == 0:
                        per_query[query] = {"ms": round(got["done_ms"]), "kb": round(query_kb),
                                            "page_mb": round(held[-1][0], 1),
                                            "js_mb": {k: round(v / 2**20, 1) for k, v in js["by"].items()},
                                            "groups": got["groups"], "first": got["first"]}
                    context.close()
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return {"search_ready_ms": round(statistics.median(ready)), "search_preload_kb": round(max(preload)),
            "query_first_ms": round(max(first)), "query_ms": round(max(done)),
            "query_ms_median": round(statistics.median(done)), "query_kb": round(max(kb)),
            "page_mb": round(max(h for h, _ in held), 1), "page_wasm_mb": round(max(w for _, w in held), 1),
            "renderer_mb": max(m for m, _ in memory), "search_mb": round(max(m - b for m, b in memory), 1),
            "search_ready_after_load_ms": round(statistics.median(after_load)),
            "query_steps_ms": _step_figures(steps), "search_queries": per_query}


# the steps of an answer, in the order they happen (generator/search/worker.js names the worker's)
STEPS = ("sent", "names", "first", "received", "shown", "pagefind", "search", "first_fragments", "fragments", "done")


def _step_figures(steps: list[dict]) -> dict:
    """Each step's time after typing, [median, slowest] over the queries that reached it.

    sent: the query reached the worker; names: the name table was loaded; first: the worker sent its first
    results; received: the page got them; shown: they were in the result list; pagefind: Pagefind was
    loaded and initialised; search: it answered which pages match; first_fragments / fragments: the text
    of the first four / the rest of the first ten pages arrived; done: the query was fully answered.
    """
    import statistics

    out = {}
    for name in STEPS:
        values = [s[name] for s in steps if name in s]
        if values:
            out[name] = [round(statistics.median(values)), round(max(values))]
    return out


def search_bundle_mb(site: Path) -> float:
    """The search's files in the site: Pagefind's bundle and the name table."""
    paths = [p for folder in ("pagefind", "search") for p in (site / folder).rglob("*") if p.is_file()]
    return round(sum(p.stat().st_size for p in paths) / 2**20, 2)


# --- the table ------------------------------------------------------------------------------

def run_fresh(n: int, seed: int, browser: bool, git: bool = False) -> dict:
    """One measurement in a fresh interpreter (nothing cached from a smaller N)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--plans", str(n), "--json", "--seed", str(seed)]
    if browser:
        cmd.append("--browser")
    if git:
        cmd.append("--git")
    run = subprocess.run(cmd, capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit(f"--plans {n} failed:\n{run.stdout}\n{run.stderr[-4000:]}")
    return json.loads(run.stdout.strip().splitlines()[-1])


def table(rows: list[dict]) -> str:
    head = ["plans", "tasks", "pages", "parse s", "generate s", "mkdocs s", "total s", "s / plan", "peak RSS MB",
            "site MB", "search files MB", "largest page KB", "plan page KB"]
    out = ["| " + " | ".join(head) + " |", "|" + " ---: |" * len(head)]
    for r in rows:
        cells = [r["plans"], r.get("tasks", ""), r["pages"], f"{r['parse_s']:.2f}", f"{r['generate_s']:.2f}",
                 f"{r['mkdocs_s']:.1f}", f"{r['total_s']:.1f}", f"{r['total_s'] / r['plans']:.3f}",
                 r["peak_rss_mb"], f"{r['site_mb']:.1f}",
                 f"{r['search_index_mb']:.2f}",
                 f"{r['max_page_kb']:.0f}", f"{r.get('plan_page_kb') or 0:.0f}"]
        out.append("| " + " | ".join(map(str, cells)) + " |")
    return "\n".join(out)


def ratios(rows: list[dict]) -> list[str]:
    """Time per plan at the largest N over the middle N (or the smaller of two), per stage and in all."""
    rows = sorted(rows, key=lambda r: r["plans"])
    if len(rows) < 2:
        return []
    big, mid = rows[-1], rows[-2] if len(rows) == 2 else rows[len(rows) // 2]
    if big["plans"] == mid["plans"]:
        return []
    lines = []
    for key, label in [("total_s", "total"), ("parse_s", "parse"), ("generate_s", "generate"), ("mkdocs_s", "mkdocs")]:
        per_big, per_mid = big[key] / big["plans"], mid[key] / mid["plans"]
        ratio = per_big / per_mid if per_mid else float("nan")
        lines.append(f"- time per plan, {label}: {per_big:.4f} s at {big['plans']} plans / {per_mid:.4f} s at "
                     f"{mid['plans']} plans = **{ratio:.2f}×**")
    if len(rows) >= 3:  # the cost of each added plan, fixed start-up costs cancelled
        small = rows[0] if rows[0] is not mid else rows[1]
        a = (big["total_s"] - mid["total_s"]) / (big["plans"] - mid["plans"])
        b = (mid["total_s"] - small["total_s"]) / (mid["plans"] - small["plans"])
        lines.append(f"- marginal cost per added plan: {a:.3f} s ({mid['plans']}→{big['plans']}) / {b:.3f} s "
                     f"({small['plans']}→{mid['plans']}) = **{a / b:.2f}×**")
    for r in rows:
        share = (r["parse_s"] + r["generate_s"]) / r["total_s"]
        lines.append(f"- parse + generate at {r['plans']} plans: {r['parse_s'] + r['generate_s']:.1f} s of "
                     f"{r['total_s']:.1f} s = **{share:.0%}** of the `mkdocs build`")
    return lines


# --- profiling --------------------------------------------------------------------------------

def profile(n: int, seed: int, what: str, top: int) -> None:
    import cProfile
    import pstats

    base = Path(tempfile.mkdtemp(prefix=f"plansite-profile-{n}-"))
    try:
        root = base / "project"
        make_project(root)
        make_corpus(root / "content", n, seed)
        stats_file = base / "profile.out"
        if what == "mkdocs":
            spent, wall, _ = mkdocs_build(root, root / "site", profile=str(stats_file))
            print(f"# mkdocs build of {n} plans: {wall:.1f} s (plansite build step {spent['build']:.1f} s)")
        else:
            sys.path.insert(0, str(ROOT))
            from generator.commands.build import build

            start = time.perf_counter()
            cProfile.runctx("build(content, docs)", {"build": build},
                            {"content": root / "content", "docs": root / "docs"}, str(stats_file))
            print(f"# plansite build of {n} plans under cProfile: {time.perf_counter() - start:.1f} s")
        stats = pstats.Stats(str(stats_file))
        stats.strip_dirs()
        for order in ("tottime", "cumulative"):
            print(f"\n## top {top} by {order}\n")
            stats.sort_stats(order).print_stats(top)
        print("\n## jieba\n")
        stats.print_stats(r"initialize|load_userdict|gen_pfdict")
    finally:
        shutil.rmtree(base, ignore_errors=True)


# --- command line -------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    what = ap.add_mutually_exclusive_group(required=True)
    what.add_argument("--plans", type=int, metavar="N", help="measure one corpus of N plans")
    what.add_argument("--table", type=int, nargs="+", metavar="N", help="measure each N in a fresh process")
    what.add_argument("--profile", type=int, metavar="N", help="cProfile at N plans")
    what.add_argument("--search", type=Path, metavar="SITE",
                      help="only time the search index of a built site in Chromium")
    what.add_argument("--corpus", type=int, metavar="N", help="only write the synthetic corpus of N plans to --keep")
    ap.add_argument("--json", action="store_true", help="with --plans: print one JSON object")
    ap.add_argument("--browser", action="store_true", help="also time the search index in headless Chromium")
    ap.add_argument("--git", action="store_true",
                    help="give the corpus a git history (all plans, then a tenth revised): change pages too")
    ap.add_argument("--seed", type=int, default=7, help="random seed of the synthetic corpus (default 7)")
    ap.add_argument("--keep", type=Path, help="build in this folder and keep it (default: a temporary one)")
    ap.add_argument("--runs", type=int, default=3, help="with --search: fresh pages per query (default 3)")
    ap.add_argument("--times-only", action="store_true",
                    help="with --search: no page memory (it waits for a garbage collection, up to 20 s a query)")
    ap.add_argument("--what", choices=["generate", "mkdocs"], default="generate", help="with --profile")
    ap.add_argument("--top", type=int, default=30, help="with --profile: functions listed")
    args = ap.parse_args(argv)

    if args.search is not None:
        print(json.dumps({"search_index_mb": search_bundle_mb(args.search), "load_before": round(os.getloadavg()[0], 1),
                          **search_in_browser(args.search, runs=args.runs, memory_too=not args.times_only),
                          "load_after": round(os.getloadavg()[0], 1)}, ensure_ascii=False))
    elif args.corpus is not None:
        if not args.keep:
            ap.error("--corpus needs --keep DIR")
        print(json.dumps(make_corpus(args.keep / "content", args.corpus, args.seed)))
    elif args.profile is not None:
        profile(args.profile, args.seed, args.what, args.top)
    elif args.plans is not None:
        result = measure(args.plans, args.seed, args.keep, args.browser, args.git)
        if args.json:
            print(json.dumps(result, ensure_ascii=False))
        else:
            print(table([result]))
    else:
        rows = []
        for n in args.table:
            print(f"measuring {n} plans ...", file=sys.stderr, flush=True)
            rows.append(run_fresh(n, args.seed, args.browser, args.git))
            print(json.dumps(rows[-1], ensure_ascii=False), file=sys.stderr, flush=True)
        load = os.getloadavg()[0]
        print(f"{os.cpu_count()} cores, load average {load:.1f} at the end\n")
        print(table(rows))
        print()
        print("\n".join(ratios(rows)))
        if args.browser:
            print()
            print(search_table(rows))
        print()
        for r in rows:
            print(f"- the search's share of the build at {r['plans']} plans: {r['search_s']:.1f} s of "
                  f"{r['total_s']:.1f} s wall = **{r['search_s'] / r['total_s']:.0%}**; CPU "
                  f"{r.get('search_cpu_s', 0):.1f} s of {r['cpu_s']:.1f} s = **{r.get('search_cpu_s', 0) / r['cpu_s']:.0%}**")


def search_table(rows: list[dict]) -> str:
    head = ["plans", "search files MB", "names KB (gzip)", "ready ms (after load)", "before 1st key KB",
            "first results ms", "answered ms (median / slowest)", "query KB (max)", "page MB (wasm)",
            "renderer MB (search)",
            "search CPU s of build", "search wall s of build"]
    out = ["| " + " | ".join(head) + " |", "|" + " ---: |" * len(head)]
    for r in rows:
        cells = [r["plans"], f"{r['search_index_mb']:.1f}", f"{r['search_names_kb']:.0f} ({r['search_names_gz_kb']:.0f})",
                 f"{r['search_ready_ms']} ({r['search_ready_after_load_ms']})", r["search_preload_kb"],
                 r["query_first_ms"], f"{r['query_ms_median']} / {r['query_ms']}", r["query_kb"],
                 f"{r['page_mb']:.1f} ({r['page_wasm_mb']:.1f})", f"{r['renderer_mb']:.0f} (+{r['search_mb']:.0f})",
                 f"{r.get('search_cpu_s', 0):.1f} / {r['cpu_s']:.1f} ({r.get('search_cpu_s', 0) / r['cpu_s']:.0%})",
                 f"{r['search_s']:.1f} / {r['total_s']:.1f}"]
        out.append("| " + " | ".join(map(str, cells)) + " |")
    return "\n".join(out)


if __name__ == "__main__":
    main()
