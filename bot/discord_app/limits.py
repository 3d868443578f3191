"""Discord's hard limits, and trimming text to fit them at a word boundary.

discord.py checks almost none of these: an oversized embed is only refused by Discord (error
50035), after the user has already waited. Everything the bot sends goes through the renderer,
which keeps under these numbers, and `violations` checks a finished message against them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import discord

CONTENT = 2000
EMBED_TITLE = 256
EMBED_DESCRIPTION = 4096
EMBED_FIELDS = 25
FIELD_NAME = 256
FIELD_VALUE = 1024
FOOTER = 2048
AUTHOR = 256
EMBED_TOTAL = 6000  # across all embeds of one message
EMBEDS = 10
BUTTON_LABEL = 80
CUSTOM_ID = 100
ROW_WIDTH = 5
ROWS = 5
SELECT_OPTIONS = 25
SELECT_LABEL = 100
SELECT_VALUE = 100
SELECT_DESCRIPTION = 100
SELECT_PLACEHOLDER = 150
CHOICES = 25
CHOICE_NAME = 100
CHOICE_VALUE = 100

ELLIPSIS = "\u2026"


def trim(text: str, limit: int, ellipsis: str = ELLIPSIS) -> str:
    """`text` if it fits, else cut at the last white space before `limit` and end with `ellipsis`.

    A text without white space in its last half (a long URL, a word in a script without spaces)
    is cut hard rather than losing half the budget. Never returns more than `limit` characters.
    """
    if limit <= 0:
        return ""
    if len(text) <= limit:
        return text
    if limit <= len(ellipsis):
        return text[:limit]
    cut = text[: limit - len(ellipsis) + 1]  # one extra character: is the cut on a boundary?
    if cut[-1].isspace():
        cut = cut[:-1]
    else:
        cut = cut[:-1]
        boundary = max(cut.rfind(" "), cut.rfind("\n"), cut.rfind("\t"))
        if boundary >= len(cut) // 2:
            cut = cut[:boundary]
    cut = cut.rstrip()
    # Never leave a dangling escape character or an open block-quote marker at the end.
    while cut.endswith("\\"):
        cut = cut[:-1]
    return cut.rstrip() + ellipsis


def embed_length(embed: discord.Embed) -> int:
    """The characters Discord counts towards the 6,000 total (title, description, fields, footer, author)."""
    return len(embed)


def violations(
    content: str | None = None, embeds: Iterable[discord.Embed] = (), view: discord.ui.View | None = None
) -> list[str]:
    """Every Discord limit a message would break; empty when Discord would accept it."""
    problems: list[str] = []
    embeds = list(embeds)
    if content is not None and len(content) > CONTENT:
        problems.append(f"content is {len(content)} > {CONTENT}")
    if len(embeds) > EMBEDS:
        problems.append(f"{len(embeds)} embeds > {EMBEDS}")
    total = 0
    for i, embed in enumerate(embeds):
        total += embed_length(embed)
        if embed.title and len(embed.title) > EMBED_TITLE:
            problems.append(f"embed {i} title is {len(embed.title)} > {EMBED_TITLE}")
        if embed.description and len(embed.description) > EMBED_DESCRIPTION:
            problems.append(f"embed {i} description is {len(embed.description)} > {EMBED_DESCRIPTION}")
        if len(embed.fields) > EMBED_FIELDS:
            problems.append(f"embed {i} has {len(embed.fields)} fields > {EMBED_FIELDS}")
        for j, field in enumerate(embed.fields):
            name, value = field.name or "", field.value or ""
            if len(name) > FIELD_NAME:
                problems.append(f"embed {i} field {j} name is {len(name)} > {FIELD_NAME}")
            if len(value) > FIELD_VALUE:
                problems.append(f"embed {i} field {j} value is {len(value)} > {FIELD_VALUE}")
        if embed.footer.text and len(embed.footer.text) > FOOTER:
            problems.append(f"embed {i} footer is {len(embed.footer.text)} > {FOOTER}")
        if embed.author.name and len(embed.author.name) > AUTHOR:
            problems.append(f"embed {i} author is {len(embed.author.name)} > {AUTHOR}")
    if total > EMBED_TOTAL:
        problems.append(f"embeds total {total} > {EMBED_TOTAL}")
    if view is not None:
        problems.extend(component_violations(view.to_components()))
    return problems


def component_violations(rows: list[dict[str, Any]]) -> list[str]:
    problems: list[str] = []
    if len(rows) > ROWS:
        problems.append(f"{len(rows)} component rows > {ROWS}")
    custom_ids: list[str] = []
    for r, row in enumerate(rows):
        children = row.get("components", [])
        if len(children) > ROW_WIDTH:
            problems.append(f"row {r} has {len(children)} components > {ROW_WIDTH}")
        for c in children:
            custom_id = c.get("custom_id")
            if custom_id is not None:
                custom_ids.append(custom_id)
                if len(custom_id) > CUSTOM_ID:
                    problems.append(f"custom_id {custom_id!r} is {len(custom_id)} > {CUSTOM_ID}")
            if c.get("type") == 2 and len(c.get("label") or "") > BUTTON_LABEL:
                problems.append(f"button label is {len(c['label'])} > {BUTTON_LABEL}")
            if c.get("type") == 3:
                options = c.get("options", [])
                if not 1 <= len(options) <= SELECT_OPTIONS:
                    problems.append(f"select has {len(options)} options (1-{SELECT_OPTIONS})")
                if len(c.get("placeholder") or "") > SELECT_PLACEHOLDER:
                    problems.append(f"select placeholder > {SELECT_PLACEHOLDER}")
                for o in options:
                    if len(o.get("label", "")) > SELECT_LABEL or len(o.get("value", "")) > SELECT_VALUE:
                        problems.append(f"select option {o.get('value')!r} label/value > {SELECT_LABEL}")
                    if len(o.get("description") or "") > SELECT_DESCRIPTION:
                        problems.append(f"select option {o.get('value')!r} description > {SELECT_DESCRIPTION}")
    if len(custom_ids) != len(set(custom_ids)):
        problems.append("duplicate custom_id in one message")
    return problems
