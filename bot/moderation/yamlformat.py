"""Entry files written the way a person would write them (see knowledge/README.md).

- Keys in the documented order: id, question, phrasings, answer, quotes, related, cta, language,
  translations (anything else after them, so the validator can name it).
- Block style throughout, lists indented under their key; long text (answers, quotes) as folded
  `>-` blocks wrapped near 90 columns, which the loader joins back into one line.
- Adding a phrasing to an existing file appends one line to its list and leaves every other byte
  alone (comments, quoting, order), so a reviewer sees a one-line diff.

Every text written is read back and compared before it is returned: if PyYAML ever chose a form
that would load differently, the plain (unfolded) form is used instead.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

KEY_ORDER = ("id", "order", "question", "phrasings", "answer", "quotes", "related", "cta", "language", "translations")
QUOTE_KEY_ORDER = ("source", "speaker", "text", "paragraph")
TRANSLATION_KEY_ORDER = ("reviewed", "question", "phrasings", "answer", "quotes")
WIDTH = 90
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when installed: the same result, faster
FOLD_LONGER_THAN = 70


class _Dumper(yaml.SafeDumper):
    fold = True

    def increase_indent(self, flow: bool = False, indentless: bool = False):
        # Indent list items under their key ("phrasings:\n  - ..."), as the README shows.
        return super().increase_indent(flow, False)


def _str(dumper: _Dumper, value: str):
    if dumper.fold and len(value) > FOLD_LONGER_THAN and "\n" not in value and value == value.strip():
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=">")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _str)


class _PlainDumper(_Dumper):
    fold = False


def ordered(data: dict[str, Any]) -> dict[str, Any]:
    """`data` with its keys (and its quotes' and translations' keys) in the documented order."""

    def by(order: tuple[str, ...], mapping: dict[str, Any]) -> dict[str, Any]:
        known = {k: mapping[k] for k in order if k in mapping}
        return {**known, **{k: v for k, v in mapping.items() if k not in known}}

    out = by(KEY_ORDER, data)
    if isinstance(out.get("quotes"), list):
        out["quotes"] = [by(QUOTE_KEY_ORDER, q) if isinstance(q, dict) else q for q in out["quotes"]]
    if isinstance(out.get("translations"), dict):
        out["translations"] = {
            lang: by(TRANSLATION_KEY_ORDER, body) if isinstance(body, dict) else body
            for lang, body in out["translations"].items()
        }
    return out


def dump_entry(data: dict[str, Any]) -> str:
    """One entry as readable YAML that loads back to exactly `data` (keys reordered)."""
    data = ordered(data)
    for dumper in (_Dumper, _PlainDumper):
        text = yaml.dump(
            data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=WIDTH, default_flow_style=False, indent=2
        )
        if yaml.load(text, Loader=_Loader) == data:
            return text
    raise ValueError("entry cannot be written as YAML that reads back the same")  # pragma: no cover


def load_entry_data(text: str) -> dict[str, Any]:
    """The mapping in an entry file (ValueError if it is not one)."""
    data = yaml.load(text, Loader=_Loader)
    if not isinstance(data, dict):
        raise ValueError("the file does not hold a YAML mapping")
    return data


def _scalar_line(value: str) -> str:
    """`value` as it would appear after "- " in a block list, on one line."""
    text = yaml.dump([value], Dumper=_PlainDumper, allow_unicode=True, width=10**9, default_flow_style=False)
    line = text.rstrip("\n")
    if not line.startswith("- ") or "\n" in line:
        raise ValueError("not a one-line scalar")
    return line[2:]


def append_to_list(text: str, key: str | tuple[str, ...], value: str) -> str | None:
    """`text` with `value` appended to the block list `key` (a top-level key, or a path of keys
    such as ("translations", "fa", "phrasings")), touching nothing else.

    None when the file is not in a shape this can do safely (a flow list `[a, b]`, an empty or
    missing list, a duplicate key...); the caller then rewrites the whole entry instead.
    """
    path = (key,) if isinstance(key, str) else tuple(key)
    try:
        root = yaml.compose(text, Loader=_Loader)
        new_item = _scalar_line(value)
        before = yaml.load(text, Loader=_Loader)
    except (yaml.YAMLError, ValueError):
        return None
    if not isinstance(root, yaml.MappingNode) or not isinstance(before, dict):
        return None
    node = root
    for part in path:
        if not isinstance(node, yaml.MappingNode):
            return None
        matches = [v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == part]
        if len(matches) != 1:
            return None
        node = matches[0]
    if not isinstance(node, yaml.SequenceNode) or node.flow_style or not node.value:
        return None
    last = node.value[-1]
    lines = text.splitlines(keepends=True)
    prefix = lines[last.start_mark.line][: last.start_mark.column]
    if not re.fullmatch(r"[ ]*-[ ]+", prefix):
        return None
    end = last.end_mark
    insert_at = end.line if end.column == 0 else end.line + 1
    newline = "\r\n" if lines[0].endswith("\r\n") else "\n"
    if insert_at > len(lines):
        return None
    if insert_at == len(lines) and lines and not lines[-1].endswith(("\n", "\r")):
        lines[-1] += newline
    lines.insert(insert_at, f"{prefix}{new_item}{newline}")
    result = "".join(lines)
    expected = _with_appended(before, path, value)
    try:
        if yaml.load(result, Loader=_Loader) != expected:
            return None
    except yaml.YAMLError:
        return None
    return result


def _with_appended(data: dict, path: tuple[str, ...], value: str) -> dict:
    """A copy of `data` with `value` appended to the list at `path`."""
    copy = dict(data)
    if len(path) == 1:
        copy[path[0]] = [*data[path[0]], value]
    else:
        copy[path[0]] = _with_appended(data[path[0]], path[1:], value)
    return copy


def _fold_positions(value: str, width: int) -> list[int]:
    """Spaces to fold a long one-line text at, so no line passes `width` (none inside runs of
    spaces, which folding would not keep)."""
    positions, start = [], 0
    while len(value) - start > width and "  " not in value:
        cut = value.rfind(" ", start, start + width + 1)
        if cut <= start:
            break
        positions.append(cut)
        start = cut + 1
    return positions


def edit_preserving(text: str, data: dict[str, Any]) -> str | None:
    """`text` changed to hold `data`, keeping the comments, quoting and layout a moderator wrote.

    PyYAML cannot write comments back, so an edit from Discord used to rewrite the file in the
    standard layout and drop every comment. ruamel.yaml's round-trip mode keeps them: only the
    changed values are rewritten (a longer list is appended to, so its comments stay too). An
    edit that changes nothing returns `text` itself, byte for byte. None when the result would
    not read back as `data` (the caller then writes the standard layout with `dump_entry`).
    """
    try:
        before = load_entry_data(text)
    except (yaml.YAMLError, ValueError):
        return None
    if before == data:
        return text
    from io import StringIO

    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError as RoundTripError
    from ruamel.yaml.scalarstring import FoldedScalarString

    rt = YAML(typ="rt")
    rt.indent(mapping=2, sequence=4, offset=2)
    rt.width = 4096  # never re-wrap a line the moderator wrote; new long text is folded below
    rt.preserve_quotes = True
    try:
        doc = rt.load(text)
    except RoundTripError:
        return None
    if not hasattr(doc, "keys"):
        return None

    def fresh(value: Any) -> Any:
        if isinstance(value, str) and len(value) > FOLD_LONGER_THAN and "\n" not in value and value == value.strip():
            folded = FoldedScalarString(value)
            folded.fold_pos = _fold_positions(value, WIDTH - 2)  # type: ignore[attr-defined]
            return folded
        if isinstance(value, list):
            return [fresh(v) for v in value]
        if isinstance(value, dict):
            return {k: fresh(v) for k, v in value.items()}
        return value

    for key in [k for k in doc if k not in data]:
        del doc[key]
    for key, value in data.items():
        old = before.get(key)
        if key in doc and old == value:
            continue
        current = doc.get(key)
        if (
            isinstance(value, list)
            and isinstance(old, list)
            and value[: len(old)] == old
            and hasattr(current, "append")
        ):
            for item in value[len(old) :]:
                current.append(fresh(item))
        else:
            doc[key] = fresh(value)
    out = StringIO()
    try:
        rt.dump(doc, out)
    except RoundTripError:  # pragma: no cover - a value ruamel cannot represent
        return None
    result = out.getvalue()
    try:
        if load_entry_data(result) != data:
            return None
    except (yaml.YAMLError, ValueError):
        return None
    return result
