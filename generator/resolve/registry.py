"""The unit and sector registries: load content/departments.yml and content/sectors.yml, check them, match names.

A plan writes the same department many ways (市应急局, 应急管理局, 应急管理部门).
`normalize` reduces a written form to a key by general rules of how Chinese
government bodies are named; the registry indexes every unit's name and
aliases by that key, so an alias is only needed where the rules cannot reach
(安办 for 安委办, 文广旅局 for 文化和旅游局). `Registry.unit_for` is the one
place a written form becomes a unit.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator.errors import PlansiteError
from generator.slug import is_slug
from generator.source.read import drop_controls
from generator.source.limits import MAX_ID, MAX_INPUT_BYTES, MAX_NAME
from generator.resolve.namepattern import NamePattern, PatternError, compile_pattern
from generator.source.yamlsafe import LimitedLoader, check_expansion

UNIT_KINDS = ("department", "collective", "locality")
SECTOR_KINDS = ("sector", "theme")


@dataclass
class Unit:
    id: str
    name: str
    kind: str  # department | collective | locality
    aliases: list[str]
    description: str = ""
    # regular expressions for descriptive collectives whose wording varies
    # freely (各负有安全(生产)监督管理职责的(各)(有关)部门...); tried on the key
    # and on the written form after exact keys fail, by RE2, linear in the name (namepattern.py)
    patterns: list[str] = field(default_factory=list)


@dataclass
class Sector:
    id: str
    name: str
    kind: str  # sector | theme
    words: list[str]


# --- normalize: written form -> key ------------------------------------------------

# every bracket pair becomes (), quotes and book-title marks go: 各乡镇〈街道〉 = 各乡镇(街道)
_PUNCT = str.maketrans({
    "〈": "(", "〉": ")", "〔": "(", "〕": ")", "【": "(", "】": ")", "［": "(", "］": ")",
    "《": None, "》": None, "“": None, "”": None, "‘": None, "’": None, '"': None, "'": None,
})
# "xx" is the anonymiser's stand-in for a place name; a place is never part of a unit's identity
_PLACEHOLDER = re.compile(r"[xX]{2,}")
# the level prefix: 市/县/区, 本市, 全市, 市级; not the 市 of 市场 or 市政(园林), nor 区域/县域
_LEVEL = re.compile(r"^(?:本|全)?[市县区]级?(?!场|域|政(?!府|协))")
# the kind of body at the end of a name: 应急管理局 = 应急管理部门 = 应急; 支队/大队/总队 alike
_TEAM = re.compile(r"[总支大中]队$")
_SUFFIX = re.compile(r"(?:部门|单位|委员会|分局|局|委|厅|队)$")
_MANAGEMENT = re.compile(r"管理$")
_INNER = [
    (re.compile(r"监督管理"), "监管"),
    (re.compile(r"人民(?=检察院|法院|政府)"), ""),
    (re.compile(r"相关"), "有关"),
    (re.compile(r"其他"), ""),
    (re.compile(r"各(?!级)"), ""),  # 各有关部门 = 有关部门; 各级 is a different set
    (re.compile(r"[和的]"), ""),  # 住房和城乡建设局 = 住房城乡建设局; 负有…职责的部门 = 负有…职责部门
    (re.compile(r"城乡"), ""),  # 住房城乡建设局 = 住房建设局, 城乡水务局 = 水务局
]
MIN_KEY = 2  # a rule never shortens a key below two characters: 各地 stays 各地


def _shorten(s: str, pattern: re.Pattern, repl: str = "") -> str:
    out = pattern.sub(repl, s)
    return out if len(out) >= MIN_KEY else s


def normalize(name: str) -> str:
    """Reduce a written unit name to its matching key."""
    s = unicodedata.normalize("NFKC", name)
    s = "".join(ch for ch in s if not ch.isspace()).translate(_PUNCT)
    s = _shorten(s, _PLACEHOLDER)
    rest = _LEVEL.sub("", s, count=1)
    if len(rest) >= MIN_KEY and not rest.startswith("("):
        s = rest
    # party organs drop the 市委 of 市委组织部; 市委办公室 keeps it (办公室 alone is anyone's)
    if s.startswith("委") and len(s) > MIN_KEY and s[1] != "办":
        s = s[1:]
    for pattern, repl in _INNER:
        s = _shorten(s, pattern, repl)
    s = _TEAM.sub("队", s)
    while True:  # 有关部门单位 -> 有关部门 -> 有关
        shorter = _shorten(s, _SUFFIX)
        if shorter == s:
            break
        s = shorter
    return _shorten(s, _MANAGEMENT)  # 应急管理(局) = 应急(局)


# --- matching ----------------------------------------------------------------------

_TRAILING_BRACKET = re.compile(r"^(.+?)\([^()]*\)$")
# a sub-unit written after its parent: 市生态环境局xx分局, 市安委办14个包片督导检查组
_PARENT_END = re.compile(r"(?:局|委|办|院|部|队|会|中心|公司)$")
_CHILD_END = re.compile(r"(?:局|办|分局|队|站|组|所|科|股|处|中心)$")


@dataclass
class Registry:
    units: list[Unit]
    sectors: list[Sector]
    _keys: dict[str, Unit] = field(default_factory=dict, repr=False)
    _patterns: list[tuple[NamePattern, Unit]] = field(default_factory=list, repr=False)
    _cache: dict[str, Unit | None] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for unit in self.units:
            for form in [unit.name, *unit.aliases]:
                self._keys.setdefault(normalize(form), unit)
            self._patterns += [(compile_pattern(p), unit) for p in unit.patterns]

    def unit_for(self, written: str) -> Unit | None:
        """The unit a written form names: rules first, then aliases and patterns, then its parent."""
        if written not in self._cache:
            self._cache[written] = self._match(written)
        return self._cache[written]

    def _direct(self, written: str) -> Unit | None:
        key = normalize(written)
        if key in self._keys:
            return self._keys[key]
        for pattern, unit in self._patterns:
            if pattern.search(key) or pattern.search(written):
                return unit
        return None

    def _match(self, written: str) -> Unit | None:
        form = unicodedata.normalize("NFKC", written).strip().translate(_PUNCT)
        if len(form) > MAX_NAME:  # no registry name is this long; trying its prefixes would be quadratic
            return None
        tried = []
        found = None
        # a second name in brackets is the same body's other plate: 市发改委(能源局), 市委党校(行政学院);
        # a loop, not a recursion, so a name ending in a thousand brackets is just a name no unit matches
        while form and found is None:
            found = self._direct(form)
            tried.append(form)
            bracket = _TRAILING_BRACKET.match(form)
            form = bracket.group(1).strip() if bracket else ""
        for form in reversed(tried):
            if found is not None:
                break
            if _CHILD_END.search(form):
                for cut in range(len(form) - 1, MIN_KEY - 1, -1):
                    parent = form[:cut]
                    if _PARENT_END.search(parent) and (found := self._direct(parent)):
                        break
        return found


# --- loading -----------------------------------------------------------------------

def _compose(path: Path) -> yaml.Node | None:
    try:
        if path.is_file() and path.stat().st_size > MAX_INPUT_BYTES:
            raise PlansiteError(f"registry file is over the limit of {MAX_INPUT_BYTES // 1_000_000} MB",
                                str(path))
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PlansiteError("registry file is missing; create it (see the one in content/)", str(path)) from None
    except IsADirectoryError:
        raise PlansiteError("is a folder; the registry is a YAML file", str(path)) from None
    except OSError as err:
        raise PlansiteError(f"cannot read the registry file: {err.strerror or err}", str(path)) from None
    except UnicodeDecodeError as err:
        line = err.object[:err.start].count(b"\n") + 1
        raise PlansiteError("registry file is not UTF-8; save it as UTF-8", str(path), line) from None
    try:
        node = yaml.compose(text, Loader=LimitedLoader)
        check_expansion(node)
        return node
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        opened = ""
        if err.context and err.context_mark and err.context_mark is not mark:
            opened = f" ({err.context}, opened on line {err.context_mark.line + 1})"
        raise PlansiteError(f"not valid YAML: {err.problem}{opened}; fix the syntax",
                            str(path), mark.line + 1 if mark else None) from None


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _entries(path: Path, what: str) -> list[tuple[dict[str, yaml.Node], int]]:
    """The file's top-level list of mappings, each as {key: value node} with its line."""
    root = _compose(path)
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode):
        raise PlansiteError(f"expected a list of {what} (lines starting '- id: ...')", str(path), _line(root))
    entries = []
    for item in root.value:
        if not isinstance(item, yaml.MappingNode):
            raise PlansiteError(f"each of the {what} must be a mapping with id, name, kind", str(path), _line(item))
        entry: dict[str, yaml.Node] = {}
        for key, value in item.value:
            if key.value in entry:
                raise PlansiteError(f"'{key.value}' is given twice in this entry; keep one", str(path), _line(key))
            entry[key.value] = value
        entries.append((entry, _line(item)))
    return entries


def _text(path: Path, entry: dict, key: str, line: int, required: bool = True) -> str:
    node = entry.get(key)
    if node is None:
        if required:
            raise PlansiteError(f"entry has no '{key}'; add one", str(path), line)
        return ""
    if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
        raise PlansiteError(f"'{key}' must be a non-empty text", str(path), _line(node))
    return _bounded(path, key, node)


def _bounded(path: Path, key: str, node: yaml.ScalarNode) -> str:
    """The node's text without bidirectional controls, refused past MAX_NAME characters (descriptions excepted)."""
    value = drop_controls(str(node.value)).strip()
    if key not in ("description", "patterns") and len(value) > MAX_NAME:
        raise PlansiteError(f"'{key}' is {len(value)} characters long, over the limit of {MAX_NAME}; shorten it",
                            str(path), _line(node))
    return value


_CJK = re.compile(r"[\u4e00-\u9fff]")


def _public_text(path: Path, entry: dict, key: str, line: int) -> str:
    """An optional text published on the site, so in Chinese: an English maintainer note under it would reach every
    reader and the search index. Notes for maintainers go under `note:`, which is never read into the model."""
    text = _text(path, entry, key, line, required=False)
    if text and not _CJK.search(text):
        raise PlansiteError(f"'{key}' is published on the site and must be written in Chinese; "
                            f"put a note for maintainers under 'note:' instead", str(path), _line(entry[key]))
    return text


def _texts(path: Path, entry: dict, key: str) -> list[tuple[str, int]]:
    node = entry.get(key)
    if node is None or (isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null")):
        return []  # `aliases:` left empty is an empty list
    if not isinstance(node, yaml.SequenceNode):
        raise PlansiteError(f"'{key}' must be a list, e.g. {key}: [a, b]", str(path), _line(node))
    out = []
    for item in node.value:
        if not isinstance(item, yaml.ScalarNode) or not str(item.value).strip():
            raise PlansiteError(f"each of '{key}' must be a non-empty text", str(path), _line(item))
        out.append((_bounded(path, key, item), _line(item)))
    return out


def _id(path: Path, entry: dict, line: int, seen: dict[str, int]) -> str:
    value = _text(path, entry, "id", line)
    at = _line(entry["id"])
    if len(value) > MAX_ID:
        raise PlansiteError(f"id is {len(value)} characters long, over the limit of {MAX_ID}; shorten it",
                            str(path), at)
    if not is_slug(value):
        raise PlansiteError(f"id '{value}' is not an ASCII slug; use lowercase a-z, 0-9 and '-' (e.g. yingji)",
                            str(path), at)
    if value in seen:
        raise PlansiteError(f"id '{value}' is already used on line {seen[value]}; ids must be unique",
                            str(path), at)
    seen[value] = at
    return value


_PAGE_PART = re.compile(r"(?P<id>.+)-(?P<part>\d+)")


def _check_page_names(path: Path, ids: dict[str, int], what: str) -> None:
    """Ids are file names (units/<id>.md, sectors/<id>.md) and a long page goes on at <id>-2.md …, after
    index.md for the list of them all: an id that is `index`, or another id then -N, would want another page's
    file, now or once that page grows, so it is refused with both lines rather than overwrite anything."""
    for page_id, at in ids.items():
        part = _PAGE_PART.fullmatch(page_id)
        if page_id == "index" or (part and part["id"] == "index"):
            raise PlansiteError(f"id '{page_id}' is the file name of the list of all {what}s (and its pages); "
                                f"choose another", str(path), at)
        if part and part["id"] in ids:
            raise PlansiteError(f"id '{page_id}' is the file name of page {part['part']} of {what} "
                                f"'{part['id']}' (line {ids[part['id']]}); choose another", str(path), at)


def _kind(path: Path, entry: dict, line: int, kinds: tuple[str, ...]) -> str:
    value = _text(path, entry, "kind", line)
    if value not in kinds:
        raise PlansiteError(f"kind '{value}' is not one of {', '.join(kinds)}", str(path), _line(entry["kind"]))
    return value


def load_units(path: Path) -> list[Unit]:
    units, ids = [], {}
    claimed: dict[str, tuple[str, str, int]] = {}  # key -> (unit id, form, line)
    for entry, line in _entries(path, "units"):
        unit_id = _id(path, entry, line, ids)
        name = _text(path, entry, "name", line)
        kind = _kind(path, entry, line, UNIT_KINDS)
        aliases = _texts(path, entry, "aliases")
        patterns = _texts(path, entry, "patterns")
        for pattern, at in patterns:
            try:
                compile_pattern(pattern)
            except PatternError as err:
                raise PlansiteError(f"pattern '{pattern}' is not supported: {err}; the registry's patterns are "
                                    f"matched by RE2, without backtracking: no look-arounds or back "
                                    f"references (README, Limits)", str(path), at) from None
        for form, at in [(name, _line(entry["name"])), *aliases]:
            key = normalize(form)
            owner = claimed.get(key)
            if owner and owner[0] != unit_id:
                raise PlansiteError(
                    f"'{form}' of unit '{unit_id}' is already claimed by unit '{owner[0]}' "
                    f"('{owner[1]}', line {owner[2]}; both read as '{key}'); "
                    f"a written form can name one unit only, remove one",
                    str(path), at)
            claimed.setdefault(key, (unit_id, form, at))
        units.append(Unit(unit_id, name, kind, [a for a, _ in aliases],
                          _public_text(path, entry, "description", line), [p for p, _ in patterns]))
    _check_page_names(path, ids, "unit")
    return units


def load_sectors(path: Path) -> list[Sector]:
    sectors, ids = [], {}
    for entry, line in _entries(path, "sectors"):
        sector_id = _id(path, entry, line, ids)
        name = _text(path, entry, "name", line)
        kind = _kind(path, entry, line, SECTOR_KINDS)
        words = _texts(path, entry, "words")
        if not words:
            raise PlansiteError(f"sector '{sector_id}' has no words; list the words that identify it, "
                                f"e.g. words: [矿山, 非煤矿山]", str(path), _line(entry.get("words", entry["id"])))
        sectors.append(Sector(sector_id, name, kind, [w for w, _ in words]))
    _check_page_names(path, ids, "sector")
    return sectors


REGISTRY_FILES = ("departments.yml", "sectors.yml")  # in the content folder, beside plans/


def load_registry(content_dir: Path, *, required: bool = True, errors: list[str] | None = None) -> Registry:
    """The unit and sector registries of a content folder: the one loader of the build, the plugin and the commands.

    required=False: a folder with neither file has an empty registry (its plans build as plan pages
    only); one file without the other is still an error, as the two go together. With `errors`,
    each file's problem is appended to it rather than raised, so a bad departments.yml does not
    hide a bad sectors.yml (`plansite check`), and the registry is then empty.
    """
    paths = [Path(content_dir) / name for name in REGISTRY_FILES]
    if not required and not any(path.exists() for path in paths):
        return Registry([], [])
    parts: list = []
    for load, path in zip((load_units, load_sectors), paths):
        try:
            parts.append(load(path))
        except PlansiteError as err:
            if errors is None:
                raise
            errors.append(str(err))
    return Registry(*parts) if len(parts) == 2 else Registry([], [])
