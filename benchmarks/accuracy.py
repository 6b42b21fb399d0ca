"""How well the reader reads real plans: per document and micro-averaged, against hand-checked readings.

usage: python benchmarks/accuracy.py [DIR ...] [--json]

Each DIR holds `docs/NAME.txt` (or the document as published: NAME.html,
.docx, .pdf …, any file the reader takes; each of them is scored, the text as
NAME, another format as NAME.html etc.) and `readings/NAME.json` (the format of
tests/fixtures/seed/seed-reading.json); by default the development corpus
(tests/fixtures/real), the whole plans written in published styles
(tests/fixtures/styles) and the seed (tests/fixtures/seed). Plans are matched in
order, tasks within a plan by their printed number (where a number repeats,
as when numbers restart in each group, the last task of that number on both
sides), unit mentions by (name, role) with white space and a closing 。
ignored; bracket width counts, so a name is right only as written: the same
rules as the project's acceptance scoring, so the figures printed here are the
ones the hidden set of documents is measured by.

Prints, per document: tasks found / gold (recall), tasks parsed that match a
gold number (precision), titles that agree, unit-role F1 and name F1.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.errors import PlansiteError  # noqa: E402
from generator.model import to_dict  # noqa: E402
from generator.source.corpus import DOCUMENT_SUFFIXES, parse_file  # noqa: E402

DEFAULT_DIRS = [ROOT / "tests" / "fixtures" / name for name in ("real", "styles", "seed")]


def norm(s: str | None) -> str:
    return re.sub(r"\s+", "", s or "").rstrip("。")  # bracket width counts: a name is read as written


def tasks_of(plan: dict) -> list[dict]:
    if "tasks" in plan:  # a reading: one flat list
        return plan["tasks"]
    return [t for sec in plan.get("sections", []) for t in sec.get("tasks", [])]


@dataclass
class Score:
    gold_tasks: int = 0
    parsed_tasks: int = 0
    matched: int = 0
    titles: int = 0
    tp: int = 0
    tp_name: int = 0
    n_pred: int = 0
    n_gold: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        for k in ("gold_tasks", "parsed_tasks", "matched", "titles", "tp", "tp_name", "n_pred", "n_gold"):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    @staticmethod
    def _f1(tp: int, n_pred: int, n_gold: int) -> float:
        p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
        r = tp / n_gold if n_gold else (1.0 if not n_pred else 0.0)
        return 2 * p * r / (p + r) if p + r else 0.0

    def figures(self) -> dict:
        return {
            "task_recall": self.matched / self.gold_tasks if self.gold_tasks else 1.0,
            "task_precision": self.matched / self.parsed_tasks if self.parsed_tasks else (1.0 if not self.gold_tasks else 0.0),
            "titles": self.titles / self.matched if self.matched else 0.0,
            "f1": self._f1(self.tp, self.n_pred, self.n_gold),
            "name_f1": self._f1(self.tp_name, self.n_pred, self.n_gold),
        }


def score(gold: dict, parsed: dict) -> Score:
    s = Score()
    gold_plans, parsed_plans = gold["plans"], parsed.get("plans", [])
    for i, gp in enumerate(gold_plans):
        pp = parsed_plans[i] if i < len(parsed_plans) else {"sections": []}
        gt = {t["number"]: t for t in tasks_of(gp)}
        pt = {t.get("number"): t for t in tasks_of(pp)}  # a repeated number: the last one, on both sides
        s.gold_tasks += len(gt)
        s.parsed_tasks += len(pt)
        for num, t in gt.items():
            ga = Counter((norm(a["name"]), a["role"]) for a in t["assignments"])
            s.n_gold += sum(ga.values())
            if num not in pt:
                s.misses.append(f"plan {i + 1} task {num}: not found")
                continue
            q = pt[num]
            s.matched += 1
            s.titles += norm(q.get("title")) == norm(t["title"])
            qa = Counter((norm(a.get("name")), a.get("role")) for a in q.get("assignments", []))
            s.n_pred += sum(qa.values())  # only tasks that match a gold one, as the acceptance scoring counts
            s.tp += sum((ga & qa).values())
            s.tp_name += sum((Counter(n for n, _ in ga.elements()) & Counter(n for n, _ in qa.elements())).values())
            if ga != qa:
                s.misses.append(f"plan {i + 1} task {num}: missing {sorted((ga - qa).elements())} extra {sorted((qa - ga).elements())}")
    return s


def documents(folder: Path) -> list[tuple[str, Path, Path]]:
    """(name, document, reading) for every reading in a folder, in either layout the fixtures use."""
    if (folder / "readings").is_dir():
        docs = folder / "docs"
        listed = [p for p in docs.iterdir() if p.suffix.lower() in DOCUMENT_SUFFIXES] if docs.is_dir() else []
        return [(name, doc, r) for r in sorted((folder / "readings").glob("*.json"))
                for name, doc in _documents_read(docs, listed, r.stem)]
    return [(r.stem, t, r) for r in sorted(folder.glob("*reading.json")) for t in sorted(folder.glob("*.txt"))[:1]]


def _documents_read(docs: Path, listed: list[Path], stem: str) -> list[tuple[str, Path]]:
    """(name, document) for every file of the reading's name in a format the reader takes: docs/NAME.txt named NAME,
    the page or file as published (NAME.html, NAME.docx …) named with its suffix, so a probe that saved both is scored
    on both. With none, docs/NAME.txt, for the reader to say it is missing."""
    found = sorted((p for p in listed if p.stem == stem and p.is_file()),
                   key=lambda p: (p.suffix.lower() != ".txt", p.suffix.lower()))
    return [(stem if p.suffix.lower() == ".txt" else p.name, p) for p in found] or [(stem, docs / f"{stem}.txt")]


def run(folders: list[Path]) -> dict[str, dict]:
    """Score every document of the folders; returns {name: figures}, with 'all' for each folder's micro average."""
    report: dict[str, dict] = {}
    for folder in folders:
        total = Score()
        for name, doc, reading in documents(folder):
            # a document the reader refuses (a format it does not take, a damaged file) found nothing: it scores 0
            # with the refusal named, and the other documents are still scored
            try:
                parsed = {"plans": [to_dict(p) for p in parse_file(doc)]}
                refused = None
            except PlansiteError as exc:
                parsed, refused = {"plans": []}, f"not read: {exc}"
            s = score(json.loads(reading.read_text(encoding="utf-8")), parsed)
            total.add(s)
            report[name] = {**s.figures(), "gold_tasks": s.gold_tasks, "matched": s.matched, "misses": s.misses,
                            **({"refused": refused} if refused else {})}
        report[f"all:{folder.name}"] = {**total.figures(), "gold_tasks": total.gold_tasks, "matched": total.matched}
    return report


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path, default=DEFAULT_DIRS)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--misses", action="store_true", help="list every task not found or read differently")
    a = ap.parse_args()
    report = run(a.dirs)
    if a.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    print(f"{'document':34} {'tasks':>9} {'recall':>6} {'prec':>6} {'titles':>6} {'F1':>6} {'nameF1':>6}")
    for name, r in report.items():
        tasks = f"{r['matched']}/{r['gold_tasks']}"
        print(f"{name:34} {tasks:>9} {r['task_recall']:6.3f} {r['task_precision']:6.3f} {r['titles']:6.3f} {r['f1']:6.3f} {r['name_f1']:6.3f}")
        if r.get("refused"):
            print(f"    {r['refused']}")
        if a.misses:
            for m in r.get("misses", []):
                print(f"    {m}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
