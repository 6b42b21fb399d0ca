"""The manifest of docs/: what the last build wrote, so the next one deletes what it no longer makes and nothing else.

A removed plan or unit leaves its pages behind unless something says they were the build's: the
manifest lists every file a build produced, and only files it listed (in the folders the build owns)
are ever deleted, so a user's own file under docs/ is never touched.
"""
from __future__ import annotations

from pathlib import Path

from .files import write_if_changed

MANIFEST = ".plansite-files"  # what the last build wrote; a dotfile, so MkDocs leaves it out of the site
OWNED = ("plans", "units", "sectors", "matrix", "data", "changes", "timeline")  # folders of docs/ only the build writes
OWNED_SUFFIXES = (".md", ".json", ".csv", ".xlsx", ".xml", ".ics")


def write_manifest(docs: Path, produced: set[str]) -> bool:
    """List what this build produced (paths relative to docs/), for the next build's `remove_stale`."""
    return write_if_changed(docs / MANIFEST, ("\n".join(sorted(produced)) + "\n").encode("utf-8"))


def owned_path(line: str) -> bool:
    """A manifest line the build may act on: a relative path with no '..' or dotfile part, in a folder it owns."""
    parts = line.split("/")
    return (len(parts) >= 2 and parts[0] in OWNED and line.endswith(OWNED_SUFFIXES) and "\\" not in line
            and not any(part in ("", ".", "..") or part.startswith(".") for part in parts))


def remove_stale(docs: Path, produced: set[str]) -> list[str]:
    """Delete what the last build listed in its manifest and this one does not produce.

    Only the manifest's own entries, and of those only plain relative paths that stay inside docs/
    (a manifest edited to name /etc/x or ../x, or a link out of docs/, is ignored): a file the
    build did not write, a user's notes under docs/plans/ included, is never removed.
    """
    candidates: set[str] = set()
    manifest = docs / MANIFEST
    if manifest.is_file():
        candidates.update(line for line in manifest.read_text(encoding="utf-8", errors="replace").splitlines()
                          if owned_path(line))
    root = docs.resolve()
    removed = []
    for path in sorted(candidates - produced):
        target = docs / path
        if target.is_file() and not target.is_symlink() and root in target.resolve().parents:
            target.unlink()
            removed.append(path)
    for folder in OWNED:
        for d in sorted((docs / folder).glob("**/"), key=lambda p: -len(p.parts)):
            if d.is_dir() and not any(d.iterdir()):
                d.rmdir()
    return removed
