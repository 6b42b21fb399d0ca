"""Run Pagefind (the npm package `pagefind`, pinned in package.json) over a built site.

`make .venv/.installed` installs it with `npm ci` into node_modules/ of the checkout; the platform
binary inside it is run directly (its node wrapper only finds that binary). PLANSITE_PAGEFIND names
another binary. Pagefind reads every HTML file of the site and writes its index and scripts to
<site>/pagefind/; only pages marked data-pagefind-body (markup.py) are indexed.
"""
from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from generator.errors import PlansiteError

CHECKOUT = Path(__file__).resolve().parents[2]
OUTPUT = "pagefind"  # <site>/pagefind/
# left out inside an indexed page: heading permalinks (¶), charts (their text repeats the tables)
EXCLUDE = ".headerlink, [data-search-exclude]"
# the folders of the pages markup.py marks: Pagefind need not read (parse) the rest, the matrices above all
GLOB = "{plans,units,sectors}/**/*.html"


@dataclass
class IndexReport:
    pages: int
    words: int
    seconds: float  # wall time of the Pagefind run
    cpu_seconds: float  # its CPU time, on every core it used
    log: str


def binary() -> Path:
    """The Pagefind binary: PLANSITE_PAGEFIND, else the one npm installed into node_modules/."""
    given = os.environ.get("PLANSITE_PAGEFIND", "").strip()
    if given:
        path = Path(given)
        if not path.is_file():
            raise PlansiteError(f"PLANSITE_PAGEFIND={given}: no such file")
        return path
    # the checkout's (an editable install), else the project's being built (the working folder)
    for modules in dict.fromkeys([CHECKOUT / "node_modules", Path.cwd() / "node_modules"]):
        found = sorted(modules.glob("@pagefind/*/bin/pagefind_extended*")) + sorted(modules.glob(".bin/pagefind"))
        if found:
            return found[0]
    raise PlansiteError(f"Pagefind is not installed ({CHECKOUT / 'node_modules'}/@pagefind/*/bin/pagefind_extended "
                        f"missing): run `make .venv/.installed` (it runs `npm ci`), or set PLANSITE_PAGEFIND")


def run(site: Path) -> IndexReport:
    """Index `site` into site/pagefind/; raise PlansiteError with Pagefind's output if it fails."""
    import resource
    import time

    cmd = [str(binary()), "--site", str(site), "--output-subdir", OUTPUT, "--exclude-selectors", EXCLUDE,
           "--glob", GLOB]
    start, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(cmd, capture_output=True, text=True)
    seconds, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    log = done.stdout + done.stderr
    if done.returncode != 0:
        raise PlansiteError(f"pagefind failed ({done.returncode}): {' '.join(cmd)}\n{log[-2000:]}")
    return IndexReport(_count(r"Indexed (\d+) pages?", log), _count(r"Indexed (\d+) words?", log), seconds, cpu, log)


def _count(pattern: str, log: str) -> int:
    m = re.search(pattern, log)
    return int(m.group(1)) if m else 0
