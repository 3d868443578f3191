"""Discord messages of the outreach features: /share replies and scheduled posts.

Pure functions, like `render`: no client, no network. The calls to action under answers are part
of `render.answer` (they go wherever an answer goes).
"""

from __future__ import annotations

import discord

from ..engine import Entry
from ..outreach.share import LONG_LIMIT, SHORT_LIMIT, ShareText
from . import limits
from .render import Message, MessageKind, safe

SHARE_COLOUR = discord.Colour(0x3B5BA5)
FENCE = "```"


def copyable(text: str) -> str:
    """Text in a code block: shown exactly as it will be posted (no markdown, no mentions), easy to copy.

    A text that itself contains a code fence is shown escaped instead, so nothing is altered.
    """
    if FENCE in text:
        return safe(text)
    return f"{FENCE}\n{text}\n{FENCE}"


def share_message(entry: Entry, share: ShareText) -> Message:
    """The ephemeral /share reply: both sizes as copyable blocks, and what was chosen or left out."""
    short = discord.Embed(
        title=f"Short: {share.short_length}/{SHORT_LIMIT} (X, Bluesky, Mastodon, Threads)",
        description=limits.trim(copyable(share.short), limits.EMBED_DESCRIPTION),
        colour=SHARE_COLOUR,
    )
    long = discord.Embed(
        title=f"Long: {len(share.long):,}/{LONG_LIMIT:,} characters (Facebook, LinkedIn, email)",
        description=limits.trim(copyable(share.long), limits.EMBED_DESCRIPTION),
        colour=SHARE_COLOUR,
    )
    long.set_footer(
        text=limits.trim(f"FAQ entry {entry.id} \u00b7 quotes verbatim, never cut; links count as 23", limits.FOOTER)
    )
    lines = [f"Ready to post: **{safe(limits.trim(entry.question, 200))}**. Copy the size you need."]
    lines += [f"- {safe(note)}" for note in share.notes]
    view = None
    if share.url:
        view = discord.ui.View(timeout=None)
        view.add_item(discord.ui.Button(style=discord.ButtonStyle.link, url=share.url, label="Open the answer page"))
    return Message(content=limits.trim("\n".join(lines), limits.CONTENT), embeds=[short, long], view=view)


def scheduled_post(title: str, answer: Message) -> Message:
    """A scheduled post: the schedule's title line above the entry's answer (with its buttons)."""
    return Message(
        content=limits.trim(f"**{safe(title)}**", limits.CONTENT),
        embeds=answer.embeds,
        view=answer.view,
        kind=MessageKind.ANSWER,
    )
