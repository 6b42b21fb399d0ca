"""The MkDocs hook: run the build step before MkDocs reads docs_dir, so `mkdocs build` and `mkdocs serve` rebuild from content/."""
from __future__ import annotations

from pathlib import Path

from generator.build import build


def on_pre_build(config, **kwargs) -> None:
    root = Path(config["config_file_path"]).parent
    build(root / "content", Path(config["docs_dir"]))
