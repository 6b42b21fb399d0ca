"""The layout of generator/ (docs-dev/design.md): stage folders that import no other stage's private names, no cycles.

Read from the source with `ast`, every import counted, those inside functions too (an import put
inside a function to dodge a cycle is still the cycle). Importing generator.a.b runs generator/a/__init__.py
first, so a module depends on the packages above what it imports as well (those holding the module
itself are already running).
"""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "generator"
# what stays at the top of generator/: the plugin and its options, and what every stage shares
TOP = {"__init__", "__main__", "plugin", "config", "settings", "model", "errors", "slug", "numerals", "words"}
STAGES = {"source", "parse", "resolve", "analysis", "render", "output", "search", "commands", "schema"}


def modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def imports(name: str, path: Path) -> list[tuple[str, list[str], int]]:
    """(module imported, names taken from it, line) of every import of generator's own modules."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target == "generator" or target.startswith("generator."):
                found.append((target, [a.name for a in node.names], node.lineno))
        elif isinstance(node, ast.Import):
            found += [(a.name, [], node.lineno) for a in node.names if a.name.startswith("generator")]
    return found


def stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def dependencies() -> dict[str, set[str]]:
    """module -> the modules importing it runs (a from-import of a submodule counts as that module)."""
    known = modules()
    graph: dict[str, set[str]] = {m: set() for m in known}
    for name, path in known.items():
        for target, names, _ in imports(name, path):
            targets = [f"{target}.{n}" for n in names if f"{target}.{n}" in known] or [target]
            for t in targets:
                parts = t.split(".")
                for i in range(2, len(parts) + 1):  # the packages above it run first, unless they hold the importer
                    above = ".".join(parts[:i])
                    if above in known and above != name and not name.startswith(above + "."):
                        graph[name].add(above)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_every_module_sits_in_a_stage_folder_or_is_shared():
    loose = [m for m in modules() if m.count(".") == 1 and stage(m) not in STAGES and stage(m) not in TOP]
    assert loose == [], f"modules at the top of generator/ that belong in a stage folder: {loose}"


def test_no_stage_imports_another_stages_private_names():
    known = modules()
    private = []
    for name, path in known.items():
        for target, names, line in imports(name, path):
            if stage(target) != stage(name):
                private += [f"{path.relative_to(ROOT)}:{line}: {target}.{n}" for n in names
                            if n.startswith("_") and not n.startswith("__")]
    assert private == [], "private names imported across stages:\n" + "\n".join(private)


def test_the_shared_words_import_no_stage():
    """What the source and parse stages both read (the lexicon's words, brackets, deadlines, name endings) sits below them."""
    shared = [m for m in modules() if stage(m) == "words"]
    found = [f"{m} imports {target}" for m in shared for target, _, _ in imports(m, modules()[m])
             if stage(target) in STAGES]
    assert found == [], "shared modules importing a stage:\n" + "\n".join(found)


# The source stage runs before the reader: only the modules that hand a text to the reader (every plan of
# content/plans, one version of a plan) call it; the rest of source, the table reader and the format readers,
# reads no parse module (issue #12 point 3).
SOURCE_RUNS_THE_READER = {"generator.source.corpus", "generator.source.versions"}
# the reader's entry points: one plan's text, or the texts of one document (an attached 分工表 folded into its plan)
READER_ENTRIES = {"parse_plan", "parse_plans"}


def test_the_source_stage_imports_the_reader_only_to_run_it():
    found = []
    for name, path in modules().items():
        if stage(name) != "source":
            continue
        for target, names, line in imports(name, path):
            if stage(target) == "parse" and not (name in SOURCE_RUNS_THE_READER and set(names) <= READER_ENTRIES):
                found.append(f"{path.relative_to(ROOT)}:{line}: {target} {names}")
    assert found == [], "source modules importing parse:\n" + "\n".join(found)


def test_the_import_graph_has_no_cycles():
    found = cycles(dependencies())
    assert found == [], "import cycles:\n" + "\n".join(" <-> ".join(c) for c in found)


def test_the_cycle_finder_finds_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
