"""The safe route in Discord: what a person who discloses someone in danger is sent.

Private (an ephemeral reply to /ask, or a direct message) it is the whole `SafeRoute`: the message,
the campaign's vetted contacts as fields, the advice not to share personal details in public. In
a channel (a mention) only the generic text is posted (`public`): no contacts, never the question.
Pure functions returning `render.Message`, within Discord's limits whatever the config holds.
"""

from __future__ import annotations

import discord

from ..engine import SafeRoute
from . import limits
from .render import Message, MessageKind, rtl, safe

SAFE_COLOUR = discord.Colour(0x7A4F9A)
MAX_REFERRALS = 10  # contacts shown; config allows more, but a long list helps nobody in distress


def private(route: SafeRoute) -> Message:
    """The whole safe route, for the person alone (ephemeral, or a DM)."""
    lang = route.language
    text = f"{safe(route.message)}\n\n{safe(route.privacy)}"
    description = rtl(limits.trim(text, limits.EMBED_DESCRIPTION - 10), lang)
    embed = discord.Embed(description=description, colour=SAFE_COLOUR)
    if route.referrals:
        embed.title = rtl(limits.trim(safe(route.contacts_heading), limits.EMBED_TITLE - 1), lang)
    for referral in route.referrals[:MAX_REFERRALS]:
        value = safe(referral.contact) + (f"\n{safe(referral.note)}" if referral.note else "")
        name = limits.trim(safe(referral.name), limits.FIELD_NAME) or "\u200b"
        value = limits.trim(value, limits.FIELD_VALUE) or "\u200b"
        if limits.embed_length(embed) + len(name) + len(value) > limits.EMBED_TOTAL:
            break
        embed.add_field(name=name, value=value, inline=False)
    return Message(embeds=[embed], kind=MessageKind.SAFE)


def public(route: SafeRoute, *, sent_privately: bool) -> Message:
    """The short reply posted in a channel: generic text only, no contacts, no quote of the question."""
    text = limits.trim(route.public(sent_privately=sent_privately), limits.CONTENT - 1)
    return Message(content=rtl(text, route.language), kind=MessageKind.SAFE)
