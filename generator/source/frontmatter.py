"""YAML front matter of a plan source: parsed, checked key by key with its line, made JSON-safe."""
from __future__ import annotations

import datetime as dt
import re

import yaml

from ..errors import PlansiteError
from ..slug import is_slug
from .limits import MAX_ID
from .yamlsafe import LimitedLoader, check_expansion

# plans/index.md (and its parts index-2.md …) lists the plans and matrix/sector-<id>.md is a sector's matrix:
# a plan id cannot be any of them
RESERVED_ID = re.compile(r"^(?:index(?:-\d+)?|sector-.*)$")


def reserved(plan_id: str) -> bool:
    """Is this plan id the file name of another page of the site?"""
    return bool(RESERVED_ID.match(plan_id))


# The keys of a plan source's front matter plansite writes (import: id, year, issuer, notice, formatted; `source` as
# a mapping, below) or an editor adds (lead, jurisdiction, accepted …): any of them makes the file plansite's own
PLANSITE_KEYS = frozenset({"id", "year", "issuer", "lead", "others", "jurisdiction", "doc_number", "accepted", "search",
                           "part_of", "notice", "formatted"})
# Keys a plan source shares with any page's header: a title and a date, and `source` as a plain text (an editor's
# note of where the text comes from; a saved page's address is one too). They tell neither apart
SHARED_KEYS = frozenset({"title", "date", "source"})
# The keys other tools write in a page's header and plansite never writes: static site generators and wikis (Hugo,
# Jekyll, Hexo, Docusaurus: tags, categories, author …) and web clippers (Obsidian Web Clipper, MarkDownload, SimpRead:
# the page's url and the dates it was published, created, clipped or saved). One of them is positive evidence that
# the header is another tool's; any other key (a `note:` of the editor's) is the editor's and is kept
OTHER_TOOL_KEYS = frozenset({"tags", "categories", "category", "author", "authors", "draft", "layout", "slug", "weight",
                             "keywords", "description", "summary", "permalink", "aliases", "sidebar_position", "toc",
                             "url", "published", "created", "clipped", "date_saved", "saved", "byline", "site_name",
                             # a site generator's and a clipper's dates and addresses (Hugo lastmod, updated, link)
                             "lastmod", "updated", "link", "source_url"})

_OPEN = re.compile(r"\A---[ \t]*\n")
_BLOCK = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.S)


def split(text: str, path: str) -> tuple[dict, int, dict[str, int]] | None:
    """(front matter, line where the plan text starts, line of each key), or None when there is no front matter."""
    if not _OPEN.match(text):
        return None
    match = _BLOCK.match(text)
    if not match:
        raise PlansiteError("front matter opened with --- on this line is never closed; end it with a line of ---", path, 1)
    block = match.group(1) or ""
    meta, node = _load(block, path)
    lines = _key_lines(node)
    _check(meta, lines, path)
    return _json_safe(meta), text[: match.end()].count("\n") + 1, lines


def published_page(text: str, path: str) -> str | None:
    """The text with its front matter blanked (lines kept, for line numbers) where the front matter is a published
    page's, not a plan source's (`_foreign_header`). None otherwise.

    A plan published on a static site or a wiki as Markdown opens with the site's front matter, and a page saved by
    a web clipper (Obsidian Web Clipper, MarkDownload, SimpRead) with the clipper's header; its body is a page as
    published (notice, Markdown marks, the plan after it), to be read as any page is, not an editor's plan source.
    """
    match = _BLOCK.match(text) if _OPEN.match(text) else None
    if match is None:
        return None
    try:
        meta, _ = _load(match.group(1) or "", path)
    except PlansiteError:
        return None  # split() reports it, as for any front matter
    if not _foreign_header(meta):
        return None
    return "\n" * match.group(0).count("\n") + text[match.end():]


def _foreign_header(meta: dict) -> bool:
    """Whether front matter is another tool's header, not a plan source's: none of the keys plansite writes or reads
    of a plan, `source` not in import's shape (a mapping: file, lines, url), and some key only another tool writes.

    A site generator writes tags, categories, author; a web clipper the page's url and the dates it was published
    and saved (published, created, clipped, date_saved). The header is told apart by such a key, positive evidence:
    a plan source holding a title, a date, a note of its source, or any key of the editor's own (note, remark …)
    stays a plan source, its title and id kept."""
    keys = {str(key) for key in meta}
    if keys & PLANSITE_KEYS or isinstance(meta.get("source"), dict):
        return False
    return bool(keys & OTHER_TOOL_KEYS)


def _load(block: str, path: str) -> tuple[dict, yaml.Node | None]:
    """The front matter and its YAML node tree (for key lines): one parse, where safe_load + compose took two."""
    try:
        loader = LimitedLoader(block)  # rejects control characters already
        try:  # what yaml.safe_load does, keeping the node
            node = loader.get_single_node()
            check_expansion(node)
            meta = (loader.construct_document(node) if node is not None else None) or {}
        finally:
            loader.dispose()
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        problem = getattr(e, "problem", None) or "invalid YAML"
        raise PlansiteError(f"broken front matter: {problem}; fix the YAML between the --- lines", path,
                            mark.line + 2 if mark else 1) from None
    if not isinstance(meta, dict):
        raise PlansiteError("front matter must be a mapping of keys (id: …, title: …)", path, 2)
    return meta, node


def _key_lines(node: yaml.Node | None) -> dict[str, int]:
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {str(k.value): k.start_mark.line + 2 for k, _ in node.value}


def _check(meta: dict, lines: dict[str, int], path: str) -> None:
    if "id" in meta and not is_slug(meta["id"]):
        raise PlansiteError(f"id {str(meta['id'])[:60]!r} is not an ASCII slug (a-z, 0-9, -); it becomes the plan's URL",
                            path, lines.get("id"))
    if "id" in meta and len(meta["id"]) > MAX_ID:
        raise PlansiteError(f"id is {len(meta['id'])} characters long, over the limit of {MAX_ID}; "
                            f"shorten it (it becomes a file name and the plan's URL)", path, lines.get("id"))
    if "part_of" in meta and not is_slug(str(meta["part_of"])):
        raise PlansiteError(f"part_of {str(meta['part_of'])[:60]!r} is not a plan id (an ASCII slug); write the id of "
                            f"the plan this table belongs to", path, lines.get("part_of"))
    if "id" in meta and reserved(meta["id"]):
        raise PlansiteError(f"id '{meta['id']}' is taken by a page of the site (plans/index, matrix/sector-…); "
                            f"choose another id", path, lines.get("id"))
    year = meta.get("year")
    if year is not None and not (isinstance(year, int) or (isinstance(year, str) and year.isascii() and year.isdigit())):
        raise PlansiteError(f"year {year!r} is not a number; write it as 2024", path, lines.get("year"))
    if "lead" in meta and meta["lead"] != "first":
        raise PlansiteError(f"lead {meta['lead']!r} is not a rule plansite knows; write 'lead: first' (the first unit "
                            f"listed in each annotation leads) or remove the line", path, lines.get("lead"))
    for key in ("title", "issuer", "doc_number"):
        if key in meta and not isinstance(meta[key], (str, int)):
            raise PlansiteError(f"{key} must be text", path, lines.get(key))
    if "date" in meta and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta["date"])):
        raise PlansiteError(f"date {meta['date']!r} is not a date; write it as 2024-03-05", path, lines.get("date"))
    if "formatted" in meta and not _formatted_runs_shaped(meta["formatted"]):
        raise PlansiteError("formatted must be a list of {line: <the line's text>, red|bold|underline|italic: [<runs>]} "
                            "as plansite import writes it; re-import the document or remove the key",
                            path, lines.get("formatted"))
    where = meta.get("jurisdiction")
    if where is not None and not (isinstance(where, str) or (
            isinstance(where, dict) and set(where) <= {"id", "level", "name"}
            and all(isinstance(v, str) for v in where.values())
            and (not where.get("id") or is_slug(where["id"])))):
        raise PlansiteError("jurisdiction must be a name (陕西省) or {level: 省, name: 陕西省}; an id, if given, "
                            "an ASCII slug", path, lines.get("jurisdiction"))


def _formatted_runs_shaped(kept) -> bool:
    """import's `formatted` key (commands/importer.py): each entry a line's text and its runs by kind of formatting."""
    from .formats.runs import RUN_KINDS

    return isinstance(kept, list) and all(
        isinstance(entry, dict) and isinstance(entry.get("line"), str)
        and all(kind in RUN_KINDS and isinstance(texts, list) and all(isinstance(t, str) for t in texts)
                for kind, texts in entry.items() if kind != "line")
        for entry in kept)


def _json_safe(value):
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_safe(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value
