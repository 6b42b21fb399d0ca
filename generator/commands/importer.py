"""`plansite import`: split a page or file into plan sources, one per plan, under content/plans/.

A plan source is YAML front matter (id, title, year, issuer, its jurisdiction,
document number and date where the text says them, where the plan came from) followed by the plan text exactly as published. Writing only when
the content differs makes a second import of the same file change nothing.

Import never loses an edit or a plan:

- Keys an editor adds to the front matter (a rule such as `lead: first`) are
  carried into every later import of the plan.
- What import reads from the text's header (jurisdiction, document number,
  date) is the editor's to correct. The record keeps the values import wrote;
  a key still holding them is import's and takes a later import's reading
  (a better reader's place), a key that differs is the editor's and stays.
- `.plansite-import.json` in the plans folder records, per file, a hash of
  what import wrote there. A file whose text differs from that record was
  edited by hand. Imported again from the same document, the edit is kept.
  If the document changed too, import stops for that plan and shows the
  difference. `--force` overwrites it and keeps the old file as `<id>.md.bak`.
  A file with no record that differs from what import would write counts
  as edited.
- Two plans never share an id. When the id a title gives is taken by another
  plan (a different title: 市/省 titles have the same initials, or one title
  twice in a page), the plan gets `<id>-2`, `<id>-3` … and the report says so.
"""
from __future__ import annotations

import difflib
import hashlib
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..source import frontmatter
from ..errors import PlansiteError
from ..output.files import write_if_changed
from ..parse import parse_plans, plan_header, year_of
from ..parse.document_rules import notice_rule_lines
from ..parse.provenance import UNNAMED
from ..model import PlanText
from ..source.read import read_file
from ..slug import plan_id

RECORD = ".plansite-import.json"  # a dotfile: `plan_files` reads only .md and .txt
OWNED_KEYS = ("id", "part_of", "title", "year", "issuer", "source", "notice", "formatted")  # what import writes; every other key is the editor's
HEADER_KEYS = ("jurisdiction", "doc_number", "date")  # import writes them from the text, an editor may correct them
DIFF_LINES = 60  # lines of a conflict's difference shown; the rest is counted


@dataclass
class Imported:
    """What import did with one plan: status is wrote | updated | unchanged | kept | overwrote | conflict."""

    path: Path
    status: str
    note: str = ""  # why, when it is not plain: the id it got, the edit it kept, the backup it made
    diff: str = ""  # for a conflict: the file as it is -> as import would write it
    notes: list = field(default_factory=list)  # (line of the plan source, text): table cells not placed


    def line(self) -> str:
        return f"{self.status} {self.path}" + (f" ({self.note})" if self.note else "")


def plan_source(pt: PlanText, source_name: str, pid: str | None = None, extra: dict | None = None,
                part_of: str = "") -> tuple[str, str]:
    """(plan id, file content) for one plan's text; `extra` front matter keys (an editor's) go after import's own;
    `part_of` is the id of the plan an attached table gives its units to (parse/attached_table.py)."""
    year = year_of(pt.title)
    pid = pid or plan_id(pt.title, year)
    body = list(pt.lines)
    while body and not body[-1].strip():
        body.pop()
    header = plan_header(pt)  # what the text says of its issuer, place, number and date, for an editor to correct
    meta = {
        "id": pid,
        **({"part_of": part_of} if part_of else {}),
        "title": pt.title,
        "year": year,
        "issuer": header.issuer,
        **({"jurisdiction": {"level": header.jurisdiction.level, "name": header.jurisdiction.name}}
           if header.jurisdiction.name != UNNAMED else {}),
        **({"doc_number": header.doc_number} if header.doc_number else {}),
        **({"date": header.date} if header.date else {}),
        "source": {"file": source_name, "lines": f"{pt.first_line}-{pt.first_line + len(body) - 1}"},
    }
    # a rule the covering notice states for the plan's lists (排在第一位的为牵头单位): the notice is not the plan's
    # source, but its rule reads the plan, so its lines go with it (source/read.py gives them back)
    notice = notice_rule_lines(pt.notice, pt.printed_width) if pt.notice else []
    if notice:
        meta["notice"] = notice
    # the runs a workbook or document printed red or bold (a legend's lead, 标红的为牵头单位): the source's text has
    # no formatting, so they go with it, each with its line's text to be found by (source/read.py gives them back)
    formatted = [{"line": pt.lines[line - pt.first_line].strip(), **kinds}
                 for line, kinds in sorted(pt.formatted.items()) if 0 <= line - pt.first_line < len(pt.lines)]
    if formatted:
        meta["formatted"] = formatted
    meta.update(extra or {})
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    return pid, f"---\n{front}---\n" + "\n".join(body) + "\n"


def import_file(path: Path, into: Path, force: bool = False) -> list[Imported]:
    into = Path(into)
    if into.exists() and not into.is_dir():
        raise PlansiteError("is a file; --into names the folder the plan sources go to", str(into))
    texts = read_file(path)  # every problem of the input is found before anything is written
    record = _load_record(into)
    results: list[Imported] = []
    taken: dict[str, str] = {}  # id -> title, this run
    plans = {id(pt) for pt, _ in parse_plans(texts)}  # a text not among them is a table folded into the plan before
    owner = ""
    for pt in texts:
        base = plan_id(pt.title, year_of(pt.title))
        if frontmatter.reserved(base):  # a title whose id would be the file of another page (plans/index.md)
            base = f"plan-{base}"
        pid, note = _free_id(base, pt.title, into, taken)
        taken[pid] = pt.title
        part_of = owner if id(pt) not in plans else ""  # its source names the plan it is part of, to be read with it
        owner = owner if part_of else pid
        results.append(_import_one(pt, Path(path).name, pid, note, into, record, force, part_of))
        results[-1].notes = _source_notes(pt, results[-1].path)
    _save_record(into, record)
    return results


def _source_notes(pt: PlanText, target: Path) -> list[tuple[int, str]]:
    """The table notes of a plan's text at their lines in the plan source written from it: the table
    was read from the document, and the source holds the rows it became."""
    if not pt.notes:
        return []
    meta, text = _read_source(target)
    found = frontmatter.split(text, str(target)) if meta is not None else None
    body_start = found[1] if found else 1
    return [(body_start + line - pt.first_line if line else 0, message) for line, message in pt.notes]


def _free_id(base: str, title: str, into: Path, taken: dict[str, str]) -> tuple[str, str]:
    """The first of base, base-2, base-3 … not held by another plan (this run, or a file of another title)."""
    n = 1
    pid = base
    while True:
        other = taken.get(pid) if pid in taken else _title_in(into / f"{pid}.md")
        if other is None or (other == title and pid not in taken):
            break
        n += 1
        pid = f"{base}-{n}"
    note = f"id '{base}' is held by '{taken.get(base) or _title_in(into / f'{base}.md')}'; this plan is '{pid}'" \
        if n > 1 else ""
    return pid, note


def _title_in(path: Path) -> str | None:
    """The title of the plan source at `path`; None when there is none (an unreadable file counts as this plan's)."""
    if not path.is_file():
        return None
    meta, _ = _read_source(path)
    return str(meta["title"]) if meta and "title" in meta else None


def _read_source(path: Path) -> tuple[dict | None, str]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None, ""
    try:
        found = frontmatter.split(text.replace("\r\n", "\n"), str(path))
    except PlansiteError:
        return None, text
    return (found[0] if found else None), text


def _import_one(pt: PlanText, source_name: str, pid: str, note: str, into: Path, record: dict[str, dict],
                force: bool, part_of: str = "") -> Imported:
    target = into / f"{pid}.md"
    _, fresh = plan_source(pt, source_name, pid, part_of=part_of)
    wrote = _header_of(fresh)  # recorded as import's: a key later found holding another value is the editor's
    if not target.exists():
        write_if_changed(target, fresh)
        record[target.name] = {"digest": _digest(fresh), "header": wrote}
        return Imported(target, "wrote", note)
    meta, current = _read_source(target)
    earlier = record.get(target.name, {})
    extra = {k: v for k, v in (meta or {}).items()
             if k not in OWNED_KEYS and not _import_wrote(k, v, earlier.get("header"))}
    _, merged = plan_source(pt, source_name, pid, extra, part_of)  # the editor's front matter rules carried over
    now, new, last = _digest(current), _digest(fresh), earlier.get("digest")
    if current == merged:
        record[target.name] = {"digest": new, "header": wrote}
        return Imported(target, "unchanged", note)
    if now == new or (last is not None and now == last):  # not edited by hand since the last import
        write_if_changed(target, merged)
        record[target.name] = {"digest": new, "header": wrote}
        return Imported(target, "updated", note)
    if last is not None and new == last:  # the same document as last time: the hand edit stays
        return Imported(target, "kept", _join(note, "edited since the last import of the same document; the edit stays"))
    if force:
        backup = _backup(target)
        write_if_changed(target, merged)
        record[target.name] = {"digest": new, "header": wrote}
        return Imported(target, "overwrote", _join(note, f"the version before is in {backup}"))
    return Imported(target, "conflict", _join(note, "edited by hand, and the document differs from what it was; "
                                                  "nothing written: merge the difference below by hand, or "
                                                  "import again with --force to overwrite (the old file is kept "
                                                  "as a .bak)"), _diff(target, current, merged))


def _header_of(source: str) -> dict:
    """The header keys a plan source holds, as import records them."""
    found = frontmatter.split(source, "")
    return {k: found[0][k] for k in HEADER_KEYS if found and k in found[0]}


def _import_wrote(key: str, value, header: dict | None) -> bool:
    """Whether a header key still holds what the last import wrote (a record from before header
    values were kept counts every key as the editor's)."""
    return header is not None and key in HEADER_KEYS and header.get(key) == value


def _imported_part(text: str) -> str:
    """The source without the editor's own front matter keys: what import would have written."""
    try:
        found = frontmatter.split(text, "")
    except PlansiteError:
        return text
    if not found:
        return text
    meta, body_start, _ = found
    body = "\n".join(text.split("\n")[body_start - 1:])
    owned = {k: v for k, v in meta.items() if k in OWNED_KEYS}
    return f"---\n{yaml.safe_dump(owned, allow_unicode=True, sort_keys=False)}---\n{body}"


def _digest(text: str) -> str:
    return hashlib.sha256(_imported_part(text).encode("utf-8")).hexdigest()[:32]


def _join(*notes: str) -> str:
    return "; ".join(n for n in notes if n)


def _backup(target: Path) -> Path:
    backup = target.with_name(target.name + ".bak")
    n = 1
    while backup.exists():
        n += 1
        backup = target.with_name(f"{target.name}.bak{n}")
    shutil.copy2(target, backup)
    return backup


def _diff(target: Path, current: str, merged: str) -> str:
    lines = list(difflib.unified_diff(current.splitlines(), merged.splitlines(), f"{target} (as it is)",
                                      f"{target} (as import would write it)", lineterm="", n=1))
    if len(lines) > DIFF_LINES:
        lines = lines[:DIFF_LINES] + [f"… {len(lines) - DIFF_LINES} more lines of difference"]
    return "\n".join(lines)


def _load_record(into: Path) -> dict[str, dict]:
    """File name -> {"digest": hash of what import wrote, "header": the header values it wrote}; a record
    written before header values were kept holds the digest alone."""
    try:
        data = json.loads((into / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): ({"digest": str(v.get("digest", "")), "header": v.get("header")}
                     if isinstance(v, dict) and isinstance(v.get("header"), dict) else
                     {"digest": str(v.get("digest", "") if isinstance(v, dict) else v)})
            for k, v in data.items()}


def _save_record(into: Path, record: dict[str, dict]) -> None:
    if record:
        write_if_changed(into / RECORD, json.dumps(dict(sorted(record.items())), indent=1) + "\n")
