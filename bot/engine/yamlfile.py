"""YAML reading that remembers where each value came from.

PyYAML's plain `safe_load` loses line numbers, and moderators need `file:line` for every problem,
so documents are composed into nodes first and converted while recording each value's line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from ..errors import FaqbotError

Path_ = tuple[Any, ...]


@dataclass
class Located:
    """A parsed YAML document plus the 1-based line of every key path in it."""

    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)
    duplicate_keys: list[tuple[str, int]] = field(default_factory=list)
    # (line, key path, text): a '- ' item indented too far, joined to the text above it
    joined_items: list[tuple[int, Path_, str]] = field(default_factory=list)
    spans: dict[Path_, tuple[int, int]] = field(default_factory=dict)  # a text value's [start, end) in `source`
    source: str = field(default="", repr=False)

    def line(self, *path: Any) -> int:
        """Line of the deepest known prefix of `path` (the file's first line if none)."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)

    def word_line(self, path: Path_, word: int) -> int:
        """Line of the `word`-th white-space separated word of the text at `path` (0-based), so
        a problem inside a long folded text points at the line to change."""
        span = self.spans.get(path)
        if span is None:
            return self.line(*path)
        start, end = span
        raw = self.source[start:end]
        words = [m.start() for m in re.finditer(r"\S+", raw)]
        if raw[:1] in (">", "|") and words:
            words = words[1:]  # the block indicator (">-", "|") is not a word of the text
        if not words:
            return self.line(*path)
        offset = start + words[min(word, len(words) - 1)]
        return self.source.count("\n", 0, offset) + 1


class YamlSyntaxError(FaqbotError, ValueError):
    def __init__(self, message: str, line: int):
        super().__init__(message)
        self.line = line


# libyaml's parser when PyYAML was built with it: the same nodes, marks and data, several times
# faster (about 70 ms less for each command that reads the FAQ). Errors are always explained from
# the pure-Python parser's report, whose wording `_explain` knows.
_FAST_LOADER = getattr(yaml, "CSafeLoader", None)


def load_located(text: str) -> Located:
    """Parse one YAML document; raise YamlSyntaxError with the line of the first syntax error,
    said in plain words (what is wrong and what to do), never in the parser's terms."""
    if _FAST_LOADER is not None:
        try:
            return _load(_FAST_LOADER, text)
        except YamlSyntaxError:
            pass  # parse again below, for PyYAML's own description of the error
    return _load(yaml.SafeLoader, text)


def _load(loader_class: Any, text: str) -> Located:
    loader = None
    try:
        loader = loader_class(text)  # checks every character first: may raise a ReaderError
        node = loader.get_single_node()
        located = Located(data=None, source=text)
        if node is not None:
            located.data = _convert(loader, node, (), located, text)
        return located
    except yaml.MarkedYAMLError as exc:
        line, words = _explain(exc, text)
        raise YamlSyntaxError(f"YAML syntax error on line {line}: {words}", line) from None
    except yaml.YAMLError as exc:  # a ReaderError: a character YAML does not allow
        position = getattr(exc, "position", 0) or 0
        line = text.count("\n", 0, position) + 1
        raise YamlSyntaxError(
            f"YAML syntax error on line {line}: the line has a control character that YAML does not "
            "allow; delete it (it may be invisible: retype the line)",
            line,
        ) from None
    finally:
        if loader is not None:
            loader.dispose()


_INDENTATION = (
    "its indentation does not match the lines above: keys of the same mapping start at the same "
    "column, and so do the items of one list; indent it with spaces like its neighbours"
)


def _explain(exc: yaml.MarkedYAMLError, text: str) -> tuple[int, str]:
    """The line of a YAML error and what a person should do about it.

    The context mark is where a broken construct starts (an unclosed quote or bracket): that is
    where the mistake is, so it wins over the problem mark, where the parser gave up."""
    lines = text.splitlines()
    problem, context = exc.problem or "", exc.context or ""
    at = exc.problem_mark or exc.context_mark
    line = at.line + 1 if at is not None else 1
    body = lines[line - 1] if 0 < line <= len(lines) else ""
    started = exc.context_mark.line + 1 if exc.context_mark is not None else line
    if "'\\t'" in problem or "\t" in body[: len(body) - len(body.lstrip())]:
        return line, "a tab is used for indentation; use spaces"
    if "quoted scalar" in context and "end of stream" in problem:
        mark = exc.context_mark
        quote = text[mark.index] if mark is not None and mark.index < len(text) else '"'
        return started, (
            f"the text that starts with {quote} here is never closed; end it with {quote} "
            f"on the same line or a later one"
        )
    if "mapping values are not allowed" in problem:
        before = body[: at.column].strip() if at is not None else ""
        before = before[1:].strip() if before.startswith("-") else before
        if " " in before:  # "question: what is it: a question"
            return line, (
                "a colon followed by a space inside unquoted text makes YAML read a new key; "
                "put the whole text in double quotes"
            )
        return line, (
            "this key's indentation does not fit the lines above (it reads as part of the value "
            "above it); start it at the same column as the other keys of its mapping, with spaces"
        )
    if "flow sequence" in context or "flow mapping" in context:
        what, opener, closer = ("list", "[", "]") if "sequence" in context else ("mapping", "{", "}")
        return started, (
            f"a {what} opened with {opener} here is never closed with {closer} (or lacks a comma "
            f"between items); close it, or write the items one per line"
        )
    if "cannot start any token" in problem:
        char = problem.split("'")[1] if "'" in problem else "this character"
        return line, f"text cannot start with {char}; put the whole text in double quotes"
    if "alias" in context or "anchor" in context:
        char = "*" if "alias" in context else "&"
        return line, f"text cannot start with {char}; put the whole text in double quotes"
    if "unknown escape character" in problem:
        return line, (
            "a backslash inside double quotes starts an escape such as \\n; write \\\\ for a "
            "backslash, or use single quotes"
        )
    if "block scalar" in context:
        return line, "nothing may follow > or | on its line; start the text on the next line, indented"
    if "simple key" in context and "':'" in problem:
        return started, (
            "this line is neither 'key: value' nor a list item ('- text'); add the missing colon "
            "after the key, or put '- ' in front of a list item"
        )
    if "another document" in problem:
        return line, "a line '---' starts a second document, but the file must be a single one; remove it"
    if "<scalar>" in problem and any(q in body[: at.column if at is not None else 0] for q in "\"'"):
        return line, (
            "text goes on after its closing quote mark; put all of it inside the quotes "
            '(a quote mark inside double quotes is written \\")'
        )
    if "block end" in problem or "expected key" in problem or "'-' indicator" in problem or "block mapping" in context:
        return line, _INDENTATION
    return line, "YAML cannot read this line; check its indentation, colons and quote marks"


def _joined_items(node: yaml.ScalarNode, text: str) -> list[int]:
    """Lines of a plain (unquoted) text that begin with '- ': a list item indented too far, which
    YAML silently joins to the line above ("when was it sent - what date is the letter")."""
    if node.style not in (None, "") or node.start_mark.line == node.end_mark.line:  # libyaml: "" for plain
        return []
    raw = text[node.start_mark.index : node.end_mark.index].split("\n")
    return [node.start_mark.line + 1 + i for i, part in enumerate(raw) if i and part.lstrip().startswith("- ")]


def _convert(loader: yaml.SafeLoader, node: yaml.Node, path: Path_, located: Located, text: str) -> Any:
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
            result[key] = _convert(loader, value_node, path + (key,), located, text)
            located.lines[path + (key,)] = key_node.start_mark.line + 1
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_convert(loader, item, path + (i,), located, text) for i, item in enumerate(node.value)]
    try:
        value = loader.construct_object(node, deep=True)
    except ValueError:
        # A scalar shaped like a date that is no date (2024-13-01): PyYAML raises a bare
        # ValueError. It is text, as written; the field's own check says what is wrong with it.
        value = node.value
    if isinstance(node, yaml.ScalarNode):
        located.spans[path] = (node.start_mark.index, node.end_mark.index)
        located.joined_items += [(line, path, str(value)) for line in _joined_items(node, text)]
    return value
