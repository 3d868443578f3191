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
TRANSLATION_KEY_ORDER = ("question", "phrasings", "answer")
WIDTH = 90
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when installed: the same result, faster
FOLD_LONGER_THAN = 70


class _Dumper(yaml.SafeDumper):
    fold = True

    def increase_indent(self, flow: bool = False, indentless: bool = False):  # noqa: ARG002
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
        text = yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=WIDTH,
                         default_flow_style=False, indent=2)
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


def append_to_list(text: str, key: str, value: str) -> str | None:
    """`text` with `value` appended to the top-level block list `key`, touching nothing else.

    None when the file is not in a shape this can do safely (a flow list `[a, b]`, an empty or
    missing list, a duplicate key...); the caller then rewrites the whole entry instead.
    """
    try:
        root = yaml.compose(text, Loader=_Loader)
        new_item = _scalar_line(value)
        before = yaml.load(text, Loader=_Loader)
    except (yaml.YAMLError, ValueError):
        return None
    if not isinstance(root, yaml.MappingNode) or not isinstance(before, dict):
        return None
    matches = [v for k, v in root.value if isinstance(k, yaml.ScalarNode) and k.value == key]
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
    expected = dict(before)
    expected[key] = [*before[key], value]
    try:
        if yaml.load(result, Loader=_Loader) != expected:
            return None
    except yaml.YAMLError:
        return None
    return result
