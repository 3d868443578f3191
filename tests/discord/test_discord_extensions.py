"""Every feature's extension loads, and the commands of all of them together never collide."""

from __future__ import annotations

from collections import Counter

import discord
import pytest
from simworld import CAMPAIGN_GUILD_ID

from bot.config import DEFAULT_FEATURES
from bot.discord_app.bot import CORE_EXTENSIONS, FEATURE_EXTENSIONS

pytestmark = pytest.mark.asyncio


async def test_all_features_on_load_every_extension_and_no_command_name_is_taken_twice(world_factory):
    everything = dict.fromkeys(DEFAULT_FEATURES, True)
    async with world_factory(features=everything, home_guild_ids=(CAMPAIGN_GUILD_ID,), passive_channel_ids=(1,)) as w:
        # discord.py refuses a second command of the same name and type in one place while the
        # extensions load, so getting here means none collide; each place is checked once more.
        assert set(w.bot.extensions) == set(FEATURE_EXTENSIONS.values()) | set(CORE_EXTENSIONS)
        for target in w.bot.sync_targets():
            guild = discord.Object(target) if target else None
            counts = Counter((c.name, type(c).__name__) for c in w.bot.tree.get_commands(guild=guild))
            assert [key for key, n in counts.items() if n > 1] == [], target
        names = {item["name"] for item in w.bot.registrations()}
        assert {"ask", "faq", "faq-mod", "share", "sources", "verify"} <= names
