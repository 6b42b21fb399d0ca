"""YAML with limits: the safe loader, refusing nesting deeper than MAX_DEPTH and aliases that expand past MAX_YAML_NODES.

PyYAML composes nested collections recursively (1000 levels raise
RecursionError, not YAMLError) and constructs every alias of an alias of an
alias (a 'billion laughs' front matter took 95 s and 5.9 GB). Both are
refused here as YAML errors with a line, before anything is constructed.
"""
from __future__ import annotations

import yaml
from yaml.composer import ComposerError

from .limits import MAX_DEPTH, MAX_YAML_NODES


class LimitedLoader(yaml.SafeLoader):
    """yaml.SafeLoader whose composer stops at MAX_DEPTH levels of nesting."""

    _depth = 0

    def compose_node(self, parent, index):
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                mark = self.peek_event().start_mark
                raise ComposerError(None, None, f"nesting deeper than {MAX_DEPTH} levels", mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def check_expansion(node: yaml.Node | None) -> None:
    """Raise a YAML error when the node tree, every alias expanded, holds more than MAX_YAML_NODES values."""
    if node is None:
        return
    size: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(node, False)]
    while stack:  # post-order, iterative: the depth is bounded already, but a walk never needs the stack
        current, done = stack.pop()
        key = id(current)
        children = _children(current)
        if done:
            on_path.discard(key)
            size[key] = 1 + sum(size[id(c)] for c in children)
            if size[key] > MAX_YAML_NODES:
                _refuse(current, f"aliases expand to more than {MAX_YAML_NODES} values")
            continue
        if key in size:
            continue
        if key in on_path:
            _refuse(current, "an alias refers to a collection that contains it")
        on_path.add(key)
        stack.append((current, True))
        for child in children:
            if id(child) in on_path:
                _refuse(child, "an alias refers to a collection that contains it")
            if id(child) not in size:
                stack.append((child, False))


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def _refuse(node: yaml.Node, problem: str) -> None:
    raise ComposerError(None, None, problem, node.start_mark)
