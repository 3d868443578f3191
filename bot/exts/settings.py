"""/faq-settings: each server's own admins choose how the bot behaves in their server.

What they may choose, the defaults and the checks are `bot.servers` (plain Python): passive
channels, the fact of the day's channel and time (UTC), the reply language, calls to action shown
or hidden, and opting the server out of question-text storage. Nothing here can change the FAQ,
another server's settings, or store more than the operator's config allows.

Who: Manage Server in *that* server, in two layers like /faq-mod: the group carries
`default_permissions(manage_guild)` (Discord hides it from others unless an admin grants it), and
`interaction_check` checks at run time the invoker's permissions in the server the interaction
came from. The campaign's moderator roles (`discord.moderator_role_ids`) do not count here: they
moderate the FAQ, not a server's settings. Usable in servers only (never in DMs).

Every reply is private (ephemeral), plain text within Discord's limits, and pings nobody (channels
are shown as <#id>, which never notifies). Settings are kept by server id only: who changed them
is not stored.
"""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from .. import servers
from ..discord_app import limits
from ..discord_app.bot import FaqBot
from ..discord_app.errors import Refused

log = logging.getLogger(__name__)

NOT_ADMIN = "Only members with the Manage Server permission in this server can change its faqbot settings."
NOT_IN_SERVER = "Server settings can only be changed in a server."
# Where the bot can answer or post: text and announcement channels, and their public threads.
CHANNEL_TYPES = (
    discord.ChannelType.text,
    discord.ChannelType.news,
    discord.ChannelType.public_thread,
    discord.ChannelType.news_thread,
)
NOT_TEXT = "Not changed: choose a text channel, an announcement channel or a thread of one."


def server_channel_ids(guild: discord.Guild, chosen: object | None = None) -> set[int]:
    """The channels (and threads) of `guild` the bot knows, and `chosen` if Discord says it is there."""
    ids = {c.id for c in guild.channels} | {t.id for t in guild.threads}
    if chosen is not None and getattr(getattr(chosen, "guild", None), "id", None) == guild.id:
        ids.add(chosen.id)  # type: ignore[attr-defined]
    return ids


class Settings(commands.Cog):
    settings = app_commands.Group(
        name="faq-settings",
        description="Server admins: how faqbot behaves in this server (never the FAQ itself)",
        default_permissions=discord.Permissions(manage_guild=True),
        guild_only=True,
    )

    def __init__(self, bot: FaqBot) -> None:
        self.bot = bot

    async def interaction_check(self, interaction: discord.Interaction) -> bool:  # type: ignore[override]
        """Manage Server in the server the interaction came from (default_permissions is only Discord's)."""
        if interaction.guild is None or interaction.guild_id is None:
            raise Refused(NOT_IN_SERVER)
        user = interaction.user
        member_of_here = isinstance(user, discord.Member) and user.guild.id == interaction.guild_id
        if not (member_of_here and interaction.permissions.manage_guild):
            raise Refused(NOT_ADMIN)
        return True

    # -- what is said --------------------------------------------------------------------------

    def summary(self, guild_id: int, said: str = "") -> str:
        config = self.bot.config
        lines = [said] if said else []
        lines.append("**faqbot settings of this server**")
        for name, value in servers.describe(
            self.bot.service.settings_for(guild_id),
            passive_on=config.discord.feature("passive"),
            privacy_allows_text=config.privacy.store_unanswered_text,
        ):
            lines.append(f"**{name}:** {value}")
        lines.append("-# Only this server's admins can change these; nobody can change the FAQ here.")
        return limits.trim("\n".join(lines), limits.CONTENT)

    async def reply(self, interaction: discord.Interaction, content: str) -> None:
        await interaction.response.send_message(
            content, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
        )

    async def change(self, interaction: discord.Interaction, make, said: str) -> None:
        """Apply one change made by `make(stored)` (a bot.servers function), then show the result."""
        assert interaction.guild_id is not None  # interaction_check
        try:
            # Only what `make` changes is changed: one made meanwhile through another process is kept.
            stored, new = await self.bot.service.update_server_settings(interaction.guild_id, make)
        except servers.SettingError as exc:
            await self.reply(interaction, f"Not changed: {exc}.")
            return
        if (new.fact_channel_id, new.fact_time) != (stored.fact_channel_id, stored.fact_time):
            schedule = self.bot.get_cog("Schedule")
            if schedule is not None:
                schedule.wake()  # type: ignore[attr-defined]
        log.info(
            "server %s changed its settings (%s)",
            interaction.guild_id,
            interaction.command.name if interaction.command else "?",
        )
        await self.reply(interaction, self.summary(interaction.guild_id, said))

    # -- the commands --------------------------------------------------------------------------

    @settings.command(name="show", description="Show this server's faqbot settings")
    async def show(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        await self.reply(interaction, self.summary(interaction.guild_id))

    @settings.command(name="passive", description="Answer questions nobody asked the bot in a channel, or stop")
    @app_commands.describe(
        channel="A channel (or thread) of this server", on="True: answer there; False: stop answering there"
    )
    @app_commands.rename(on="answer")
    async def passive(
        self,
        interaction: discord.Interaction,
        channel: app_commands.AppCommandChannel | app_commands.AppCommandThread,
        on: bool,
    ) -> None:
        guild = interaction.guild
        assert guild is not None
        if channel.type not in CHANNEL_TYPES:
            await self.reply(interaction, NOT_TEXT)
            return
        ids = server_channel_ids(guild, channel)
        said = f"Passive mode {'on' if on else 'off'} in <#{channel.id}>."
        if on and not self.bot.config.discord.feature("passive"):
            said += " (It is saved, but passive mode is switched off for this bot by its operator.)"
        await self.change(interaction, lambda s: servers.set_passive(self.bot.config, s, channel.id, on, ids), said)

    @settings.command(name="fact-of-the-day", description="Post one FAQ entry a day in a channel of this server")
    @app_commands.describe(
        channel="Where to post it (a channel of this server)",
        time="When, in UTC, 24-hour HH:MM (default 09:00)",
        off="True: stop posting it",
    )
    async def fact_of_the_day(
        self,
        interaction: discord.Interaction,
        channel: app_commands.AppCommandChannel | app_commands.AppCommandThread | None = None,
        time: app_commands.Range[str, 1, 10] | None = None,
        off: bool = False,
    ) -> None:
        guild = interaction.guild
        assert guild is not None
        if off:
            await self.change(
                interaction,
                lambda s: servers.set_fact(s, (), channel_id=0, time=None),
                "No fact of the day in this server from now on.",
            )
            return
        if channel is not None and channel.type not in CHANNEL_TYPES:
            await self.reply(interaction, NOT_TEXT)
            return
        ids = server_channel_ids(guild, channel)
        said = "Fact of the day saved."
        if channel is not None:
            said = f"The fact of the day will be posted in <#{channel.id}>."
            me = guild.me
            resolved = guild.get_channel_or_thread(channel.id)
            if me is not None and resolved is not None and not resolved.permissions_for(me).send_messages:
                said += " Note: the bot cannot send messages there yet; give it Send Messages in that channel."
        await self.change(
            interaction,
            lambda s: servers.set_fact(s, ids, channel_id=channel.id if channel else None, time=time),
            said,
        )

    @settings.command(name="language", description="The language of the bot's replies in this server")
    @app_commands.describe(value="auto: the language of each question; or always English, or always Persian")
    @app_commands.choices(
        value=[app_commands.Choice(name=servers.LANGUAGE_NAMES[code], value=code) for code in servers.LANGUAGES]
    )
    async def language(self, interaction: discord.Interaction, value: app_commands.Choice[str]) -> None:
        await self.change(
            interaction,
            lambda s: servers.set_language(s, value.value),
            f"Replies: {servers.LANGUAGE_NAMES[value.value]}.",
        )

    @settings.command(name="ctas", description="Show or hide the campaign's calls to action under answers here")
    @app_commands.describe(shown="True: show them; False: hide them in this server")
    async def ctas(self, interaction: discord.Interaction, shown: bool) -> None:
        await self.change(
            interaction,
            lambda s: servers.set_ctas(s, shown),
            f"Calls to action {'shown' if shown else 'hidden'} in this server.",
        )

    @settings.command(name="question-text", description="Opt this server out of keeping question text for review")
    @app_commands.describe(keep="False: never keep the text of questions asked here; True: the bot's default")
    async def question_text(self, interaction: discord.Interaction, keep: bool) -> None:
        if keep:
            said = "Question text: back to the bot's default."
        else:
            said = "Question text from this server will never be kept (questions are still counted, without text)."
        await self.change(interaction, lambda s: servers.set_question_text(s, keep), said)

    @settings.command(name="reset", description="Every setting of this server back to the bot's defaults")
    async def reset(self, interaction: discord.Interaction) -> None:
        await self.change(interaction, servers.reset, "Every setting is back to the default.")


async def setup(bot: FaqBot) -> None:
    await bot.add_cog(Settings(bot))
