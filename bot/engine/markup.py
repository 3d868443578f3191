"""Chat markup read as the words it wraps (`read_markup`), before anything else reads a message.

People paste or type Discord's markdown around a question: a code block ("```how many
executions```"), **bold**, ~~strike~~, ||spoiler||, a [link](https://...), a quote ("> ...").
The words inside are the question; the marks are not, and a code block is text, never run. The
reply's question (`Reply.question`) is the message so read, and a front end still escapes what
it echoes. A link's address is dropped, its label kept ("did [amnesty](...) sign it"); a link
before or after the question ("[click here](...) who signed the letter") is material attached
to it, not part of it, and is dropped whole.

A zero-width space as the only separator ("how\u200bmany\u200bexecutions", pasted from some
apps) is a space between words of two letters or more; one inside a word ("h\u200bi") is dropped
as every invisible character is (`text.clean`).
"""

from __future__ import annotations

import re

# Any character markup starts with: a message with none (most) is returned as it is, unread.
_ANY = re.compile(r"[`*_~|\[>#\u200b\u2060\ufeff]")
_FENCE = re.compile(r"```(?:[A-Za-z0-9+#.-]{1,20}\n)?(.*?)```", re.DOTALL)  # its language tag dropped
_WRAPS = (
    re.compile(r"`([^`]+)`"),
    re.compile(r"\|\|(.+?)\|\|", re.DOTALL),
    re.compile(r"~~(.+?)~~", re.DOTALL),
    re.compile(r"\*\*(.+?)\*\*", re.DOTALL),
    re.compile(r"__(.+?)__", re.DOTALL),
    re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])"),
    re.compile(r"(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])"),
)
# (no bracket inside a label or an address: "[[[[…" or "[a]([a](…" is read in one pass, not once a bracket)
_LINK = re.compile(r"\[([^\[\]]*)\]\(\s*<?[^()\[\]\s]*>?\s*\)")
_LINK_APART = re.compile(rf"^\s*(?:{_LINK.pattern}\s*)+|(?:\s*{_LINK.pattern})+\s*$")
_LINE_MARK = re.compile(r"^[ \t]*(?:>>>|>|-#|#{1,3})[ \t]+", re.MULTILINE)  # a quote, subtext, heading
_ZERO_WIDTH = re.compile(r"(?<=\w\w)[\u200b\u2060\ufeff]+(?=\w\w)")


def read_markup(text: str) -> str:
    """`text` with its chat markup read as the words it wraps; `text` itself when it has none."""
    if not isinstance(text, str) or _ANY.search(text) is None:
        return text
    out = _FENCE.sub(r" \1 ", text)
    out = _LINK.sub(r"\1", _LINK_APART.sub(" ", out))
    for _ in range(3):  # nested: "**||who signed||**"
        before = out
        for wrap in _WRAPS:
            out = wrap.sub(r"\1", out)
        if out == before:
            break
    out = _LINE_MARK.sub("", out)
    if not any(c.isspace() for c in out):
        out = _ZERO_WIDTH.sub(" ", out)
    out = out.strip()
    return text if out == text else out
