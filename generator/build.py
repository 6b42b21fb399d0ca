"""`plansite build`: content/ -> Markdown pages in docs/ (read, parse, render)."""
from __future__ import annotations

from pathlib import Path

from .parse import parse_file


def build(content: Path, docs: Path) -> None:
    docs.mkdir(parents=True, exist_ok=True)
    plans = [p for f in sorted((content / "plans").glob("*.md")) for p in parse_file(f)]
    index = ["# 工作方案", ""] + [f"- [{p.title}](plans/{p.id}.md)" for p in plans]
    (docs / "index.md").write_text("\n".join(index) + "\n", encoding="utf-8")
    (docs / "plans").mkdir(exist_ok=True)
    for p in plans:
        body = [f"# {p.title}", ""] + [f"## {s.label}{s.title}" for s in p.sections]
        (docs / "plans" / f"{p.id}.md").write_text("\n".join(body) + "\n", encoding="utf-8")
