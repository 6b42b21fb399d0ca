"""Writing generated files: only when their content changed, and atomically, so a watcher never sees half a file."""
from __future__ import annotations

import os
from pathlib import Path


def write_if_changed(target: Path, data: bytes | str) -> bool:
    """Write `data` to `target` unless it already holds exactly that; True when it was written."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    try:
        if target.read_bytes() == data:
            return False
    except FileNotFoundError:
        target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, target)
    return True
