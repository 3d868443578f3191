"""YAML reading that remembers where each value came from.

PyYAML's plain `safe_load` loses line numbers, and moderators need `file:line` for every problem,
so documents are composed into nodes first and converted while recording each value's line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

Path_ = tuple[Any, ...]


@dataclass
class Located:
    """A parsed YAML document plus the 1-based line of every key path in it."""

    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)
    duplicate_keys: list[tuple[str, int]] = field(default_factory=list)

    def line(self, *path: Any) -> int:
        """Line of the deepest known prefix of `path` (the file's first line if none)."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)


class YamlSyntaxError(ValueError):
    def __init__(self, message: str, line: int):
        super().__init__(message)
        self.line = line


def load_located(text: str) -> Located:
    """Parse one YAML document; raise YamlSyntaxError with the line of the first syntax error."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        located = Located(data=None)
        if node is not None:
            located.data = _convert(loader, node, (), located)
        return located
    except yaml.MarkedYAMLError as exc:
        # The context mark is where the broken construct starts (an unclosed bracket or quote),
        # which is where the mistake is; the problem mark is where the parser gave up.
        mark = exc.context_mark or exc.problem_mark
        line = mark.line + 1 if mark is not None else 1
        problem = exc.problem or str(exc)
        if exc.context and exc.problem_mark is not None and exc.problem_mark is not mark:
            problem = f"{exc.context} {problem} (noticed at line {exc.problem_mark.line + 1})"
        raise YamlSyntaxError(f"YAML syntax error: {problem}", line) from None
    except yaml.YAMLError as exc:  # pragma: no cover - PyYAML marks nearly everything
        raise YamlSyntaxError(f"YAML error: {exc}", 1) from None
    finally:
        loader.dispose()


def _convert(loader: yaml.SafeLoader, node: yaml.Node, path: Path_, located: Located) -> Any:
    located.lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                key = str(key)
            if key in result:
                located.duplicate_keys.append((str(key), key_node.start_mark.line + 1))
            result[key] = _convert(loader, value_node, path + (key,), located)
            located.lines[path + (key,)] = key_node.start_mark.line + 1
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_convert(loader, item, path + (i,), located) for i, item in enumerate(node.value)]
    return loader.construct_object(node, deep=True)
