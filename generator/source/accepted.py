"""Warnings a plan's own front matter accepts: defects of the published text itself, recorded once with a reason.

Some published plans are inconsistent in themselves (a bracket closed by the wrong kind, a numbering
gap). The reader rightly warns; the text must stay as published. The plan source records the defect:

    accepted:
      - line: 42                  # the source line the warning names
        warning: "closed by '〕'"  # a piece of the warning's text
        reason: 原文如此            # why it is accepted

A matching warning is then information, not a warning, so `plansite check --strict` passes; an entry
that matches no warning is itself a warning, so the list cannot outlive the defect it records.
"""
from __future__ import annotations

from dataclasses import dataclass, field

KEY = "accepted"


@dataclass
class Sorted:
    warnings: list[str] = field(default_factory=list)  # still warnings
    accepted: list[str] = field(default_factory=list)  # "<warning> (accepted: <reason>)"
    errors: list[str] = field(default_factory=list)  # malformed entries


def sort_warnings(warnings: list[str], meta: dict, source: str, key_line: int | None = None) -> Sorted:
    """Split a plan's warnings by the `accepted:` entries of its front matter (`meta`)."""
    out = Sorted()
    entries = meta.get(KEY)
    where = f"{source}:{key_line}" if key_line else source
    if entries is None:
        out.warnings = list(warnings)
        return out
    if not isinstance(entries, list):
        out.errors.append(f"{where}: '{KEY}' must be a list of entries with line, warning and reason")
        out.warnings = list(warnings)
        return out
    valid = []
    for n, entry in enumerate(entries, 1):
        problem = _problem(entry)
        if problem:
            out.errors.append(f"{where}: {KEY} entry {n}: {problem}")
        else:
            valid.append(entry)
    used = [False] * len(valid)
    for warning in warnings:
        match = next((i for i, e in enumerate(valid) if _matches(warning, e, source)), None)
        if match is None:
            out.warnings.append(warning)
        else:
            used[match] = True
            out.accepted.append(f"{warning} (accepted: {valid[match]['reason'].strip()})")
    for entry, was_used in zip(valid, used):
        if not was_used:
            out.warnings.append(f"{source}:{entry['line']}: the accepted warning {entry['warning']!r} no longer "
                                f"occurs; remove this entry from '{KEY}' in the front matter")
    return out


def _problem(entry) -> str | None:
    if not isinstance(entry, dict):
        return "must be a mapping with line, warning and reason"
    if not isinstance(entry.get("line"), int) or isinstance(entry.get("line"), bool) or entry["line"] < 1:
        return "line must be the source line number the warning names"
    if not isinstance(entry.get("warning"), str) or not entry["warning"].strip():
        return "warning must be a piece of the warning's text"
    if not isinstance(entry.get("reason"), str) or not entry["reason"].strip():
        return "reason must say why the published text is kept as it is"
    return None


def _matches(warning: str, entry: dict, source: str) -> bool:
    prefix = f"{source}:{entry['line']}:"
    return warning.startswith(prefix) and entry["warning"].strip() in warning[len(prefix):]
