"""The Discord bot: one `commands.AutoShardedBot` given its config and engine.

The application itself (the FAQ served, the store, the editor, what is recorded and queued) is
`bot.service.FaqService`, with no Discord in it; the bot holds one (`bot.service`) and keeps
Discord's concerns: intents, command sync, cooldowns, permissions, and turning replies into
messages. It never reads config.yaml or the environment itself: `runner` builds it from a loaded
Config, tests build it directly.

Commands are synced explicitly (`faqbot sync`) or, on start, only when a hash of their
definitions differs from the one stored after the last sync: never on every start or in
`on_ready` (which fires again on every reconnect). Each place commands are registered has its
own hash: globally (or each `discord.guild_ids` server) for everyone's commands, and each
`discord.home_guild_ids` server for /faq-mod, which is registered nowhere else.

Sharding is discord.py's automatic sharding: with neither `discord.shard_count` nor
`discord.shard_ids` set, the process runs as many shards as Discord recommends (one below ~1,000
servers); several processes each run their own `shard_ids` of one `shard_count` (docs/scaling.md).
"""

from __future__ import annotations

import hashlib
import json
import logging
from typing import Any

import discord
from discord.ext import commands

from ..config import DEFAULT_FEATURES, Config
from ..engine import Engine, Entry, Reply, Talk, talk_reply
from ..moderation import Editor
from ..service import FaqService
from ..store import BaseStore as Store
from . import render, views
from .cooldowns import Cooldowns, Verdict
from .errors import FaqTree, tell

log = logging.getLogger(__name__)

# Each feature of `discord.features` (config.DEFAULT_FEATURES) is the extension bot/exts/<name>.
FEATURE_EXTENSIONS = {name: f"bot.exts.{name}" for name in DEFAULT_FEATURES}
# Always loaded: the answer buttons (show source, votes, delete, did-you-mean) and the privacy purge.
CORE_EXTENSIONS = ("bot.exts.feedback", "bot.exts.housekeeping", "bot.exts.schedule", "bot.exts.corrections")

# How `faqbot sync --dry-run --json` names the kinds of application command.
COMMAND_KINDS = {
    discord.AppCommandType.chat_input: "slash",
    discord.AppCommandType.user: "user",
    discord.AppCommandType.message: "message",
}

TOO_LONG_FALLBACK = "This answer could not be shown within Discord's limits; a moderator has been told in the log."


def intents_for(config: Config) -> discord.Intents:
    """The smallest set of intents the enabled features need.

    Mentions, DMs and slash commands carry their text without the privileged Message Content
    intent; only passive mode and forum posts (reading messages that do not mention the bot) need it.
    Passive mode needs it even with no `discord.passive_channel_ids`: servers choose their own
    passive channels with /faq-settings while the bot runs.
    """
    d = config.discord
    forum = d.feature("forum") and bool(d.forum_channel_ids)
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = d.feature("mention") or d.feature("passive") or forum
    intents.dm_messages = d.feature("mention")
    intents.message_content = d.feature("passive") or forum
    return intents


class FaqBot(commands.AutoShardedBot):
    """faqbot in Discord: the application (`service`) and Discord's concerns around it."""

    def __init__(
        self,
        config: Config,
        engine: Engine,
        *,
        store: Store | None = None,
        sync_on_start: bool | None = None,
        **options: Any,
    ) -> None:
        options.setdefault("intents", intents_for(config))
        options.update({key: value for key, value in shard_options(config).items() if key not in options})
        super().__init__(
            # No prefix commands exist and on_message below never calls process_commands, so a
            # mention is never parsed as a command (no CommandNotFound for "@bot question").
            command_prefix=commands.when_mentioned,
            allowed_mentions=discord.AllowedMentions.none(),
            tree_cls=FaqTree,
            help_command=None,
            **options,
        )
        self.config = config
        self.service = FaqService(config, engine, store=store)
        self.cooldowns = Cooldowns(
            config.discord.cooldowns.per_user_seconds, config.discord.cooldowns.per_channel_seconds
        )
        self.sync_on_start = config.discord.auto_sync if sync_on_start is None else sync_on_start
        self.last_synced: list[int | None] = []

    # What the cogs read of the application (writes go through `service`).

    @property
    def engine(self) -> Engine:
        return self.service.engine

    @property
    def store(self) -> Store:
        return self.service.store

    @property
    def editor(self) -> Editor:
        return self.service.editor

    # -- lifecycle ------------------------------------------------------------------------------

    def extension_names(self) -> list[str]:
        names = [ext for feature, ext in FEATURE_EXTENSIONS.items() if self.config.discord.feature(feature)]
        return names + list(CORE_EXTENSIONS)

    async def setup_hook(self) -> None:
        await self.service.open()
        await self.load_features()
        if self.sync_on_start:
            try:
                self.last_synced = await self.sync_if_changed()
            except discord.HTTPException as exc:
                log.error("slash command sync failed (HTTP %s); run `faqbot sync` to retry", exc.status)

    async def load_features(self) -> None:
        """Load the enabled features and lay out the command tree: everyone's commands global (or
        copied to each `discord.guild_ids` server), /faq-mod in the home servers only (its extension
        does that). The running bot and `faqbot sync --dry-run` both build the tree here."""
        for name in self.extension_names():
            await self.load_extension(name)
        for guild_id in self.config.discord.guild_ids:
            self.tree.copy_global_to(guild=discord.Object(guild_id))

    async def on_ready(self) -> None:
        log.info("connected as %s to %d server(s)", self.user, len(self.guilds))

    async def on_message(self, message: discord.Message) -> None:
        """Deliberately empty: questions are handled by the mention and passive cogs' listeners."""

    async def on_error(self, event_method: str, /, *args: Any, **kwargs: Any) -> None:
        # Never log the arguments: they carry message text.
        log.exception("error in event handler %s", event_method)

    async def close(self) -> None:
        await super().close()  # unloads cogs (cancels their loops) first
        await self.service.close()

    # -- command sync ---------------------------------------------------------------------------

    def sync_targets(self) -> list[int | None]:
        """Where commands are registered: globally (None) or in each `guild_ids` server, and in each
        home server (its /faq-mod; an empty list there also clears a home server taken off /faq-mod)."""
        d = self.config.discord
        targets: list[int | None] = list(d.guild_ids) or [None]
        return targets + [guild_id for guild_id in d.home_guild_ids if guild_id not in targets]

    def registrations(self, targets: list[int | None] | None = None) -> list[dict[str, Any]]:
        """Every application command syncing `targets` (default: all) would register, and where:
        `{"name", "type": "slash" | "user" | "message", "scope": "global" | [guild ids]}`, sorted.
        Subcommands are part of their group's entry, as Discord registers them."""
        scopes: dict[tuple[str, str], set[int | None]] = {}
        for target in self.sync_targets() if targets is None else targets:
            guild = discord.Object(target) if target else None
            for command in self.tree.get_commands(guild=guild):
                kind = COMMAND_KINDS[getattr(command, "type", discord.AppCommandType.chat_input)]
                scopes.setdefault((command.name, kind), set()).add(target)
        return [
            {
                "name": name,
                "type": kind,
                "scope": "global" if None in where else sorted(g for g in where if g is not None),
            }
            for (name, kind), where in sorted(scopes.items())
        ]

    def command_hash(self, guild_id: int | None) -> str:
        guild = discord.Object(guild_id) if guild_id else None
        payload = sorted(
            (c.to_dict(self.tree) for c in self.tree.get_commands(guild=guild)),
            key=lambda d: (d.get("type", 1), d["name"]),
        )
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()

    def _hash_key(self, guild_id: int | None) -> str:
        return f"command_hash:{self.application_id}:{guild_id or 'global'}"

    async def sync_commands(self, guild_id: int | None = None) -> int:
        """Register the commands of one place (a guild, or globally) with Discord and remember their hash.

        A guild gets the commands the tree holds for it: the global ones copied there when it is in
        `discord.guild_ids` (or by `faqbot sync --guild`, see `copy_global_to`), /faq-mod when it is a
        home server."""
        guild = discord.Object(guild_id) if guild_id else None
        synced = await self.tree.sync(guild=guild)
        await self.store.set_meta(self._hash_key(guild_id), self.command_hash(guild_id))
        log.info("synced %d command(s) %s", len(synced), f"to guild {guild_id}" if guild_id else "globally")
        return len(synced)

    async def sync_if_changed(self) -> list[int | None]:
        """Sync each target whose command definitions changed since its last sync (each home server
        has its own hash), and clear /faq-mod from servers taken off `discord.home_guild_ids`."""
        synced: list[int | None] = []
        targets = self.sync_targets()
        for guild_id in targets:
            if await self.store.get_meta(self._hash_key(guild_id)) != self.command_hash(guild_id):
                await self.sync_commands(guild_id)
                synced.append(guild_id)
        key = f"home_guilds:{self.application_id}"
        before = json.loads(await self.store.get_meta(key) or "[]")
        for guild_id in before:
            if guild_id in targets:
                continue
            try:
                await self.sync_commands(guild_id)  # the tree holds nothing for it now: an empty list clears it
                synced.append(guild_id)
            except discord.HTTPException as exc:  # e.g. the bot has left that server: nothing to clear
                log.warning("could not clear /faq-mod from former home server %s (HTTP %s)", guild_id, exc.status)
        homes = list(self.config.discord.home_guild_ids)
        if homes != before:
            await self.store.set_meta(key, json.dumps(homes))
        return synced

    # -- helpers for the cogs -------------------------------------------------------------------

    def asker_token(self, user: discord.abc.User) -> str:
        return self.store.asker_token(user.id)

    async def hit_cooldown(
        self, user: discord.abc.User, channel_id: int | None, guild_id: int | None = None
    ) -> Verdict:
        """May `user` be answered now: the abuse limits (blocks, rate caps; `FaqService.admit`), then
        the cooldowns. `render.refusal(verdict)` says why not."""
        key = self.store.user_key(user.id)
        return await self.service.admit(key, guild_id, lambda: self.cooldowns.hit(key, channel_id))

    async def entry_for(self, interaction: discord.Interaction, entry_id: str) -> Entry | None:
        """The entry a command named by id, after the cooldown; None once the user was told why.

        Autocomplete values are only suggestions, so the id that actually arrived is checked.
        """
        entry = self.engine.entry(entry_id.strip())
        if entry is None:
            await tell(interaction, render.entry_gone(entry_id))
            return None
        verdict = await self.hit_cooldown(interaction.user, interaction.channel_id, interaction.guild_id)
        if not verdict.allowed:
            await tell(interaction, render.refusal(verdict))
            return None
        return entry

    def copy_global_to(self, guild_id: int) -> None:
        """Make the global commands guild commands of `guild_id` too (`faqbot sync --guild`: instant)."""
        self.tree.copy_global_to(guild=discord.Object(guild_id))

    def can_edit_faq(self, interaction: discord.Interaction) -> bool:
        """Moderators of the FAQ: a role from `discord.moderator_role_ids`, or Manage Server.

        The /faq-mod commands also carry `default_permissions(manage_guild)`, so Discord hides them
        from everyone else; this check is the second layer (servers can override that default).
        Where moderation is allowed at all (the home servers) is the moderation cog's `refusal`,
        which every moderator action goes through before this.
        """
        return self._moderator_or(interaction, "manage_guild")

    def in_home_server(self, interaction: discord.Interaction) -> bool:
        """The interaction comes from one of the campaign's own servers (`discord.home_guild_ids`)."""
        return interaction.guild_id is not None and interaction.guild_id in self.config.discord.home_guild_ids

    def is_moderator(self, interaction: discord.Interaction) -> bool:
        """May delete any answer: a moderator role from config, or Manage Messages."""
        return self._moderator_or(interaction, "manage_messages")

    def _moderator_or(self, interaction: discord.Interaction, permission: str) -> bool:
        if interaction.guild is None:
            return False
        if getattr(interaction.permissions, permission):
            return True
        roles = getattr(interaction.user, "roles", ())
        return any(role.id in self.config.discord.moderator_role_ids for role in roles)

    def ask(
        self,
        question: str,
        asker: discord.abc.User | None = None,
        channel_id: int | None = None,
        guild_id: int | None = None,
    ) -> Reply:
        """Match a question; with `asker`, as part of that person's conversation in that channel
        (a follow-up such as "why?" refers to their last answer there). Passive mode passes none.
        `guild_id`: the server asked in (its reply language, /faq-settings)."""
        key = self.service.conversation_key(asker.id, channel_id) if asker is not None else None
        return self.service.ask(question, key, guild_id=guild_id)

    async def messageable(self, channel_id: int) -> discord.abc.Messageable | None:
        """The channel `channel_id` to post to: from the cache, else fetched; None when Discord does
        not give it (deleted, no access) or it takes no messages (a category). The scheduled posts
        and the corrections digest look their channels up this one way."""
        channel = self.get_channel(channel_id)
        if channel is None:
            try:
                channel = await self.fetch_channel(channel_id)
            except discord.HTTPException:
                return None
        return channel if isinstance(channel, discord.abc.Messageable) else None

    # -- answers nobody asked the bot for (passive mode, forum posts) ----------------------------

    async def post_unasked(self, message: discord.Message, reply: Reply, where: str) -> None:
        """Reply to `message` with `reply` (cooldowns apply silently), pinging nobody; counted, its
        text never kept."""
        server = message.guild.id if message.guild is not None else 0
        if not (await self.hit_cooldown(message.author, message.channel.id, server)).allowed:
            return
        out = self.render_reply(reply, message.author, message.guild.id if message.guild else None)
        try:
            sent = await message.reply(
                **out.kwargs(), mention_author=False, allowed_mentions=discord.AllowedMentions.none()
            )
        except discord.Forbidden:
            log.warning("no permission to reply in %s %s", where, message.channel.id)
            return
        self.service.record(reply, keep_text=False, guild_id=server)
        if reply.entry is not None:
            self.service.remember_posted(message.channel.id, sent.id, reply.entry.id, reply.lang, server)

    def render_reply(self, reply: Reply, asker: discord.abc.User, guild_id: int | None = None) -> render.Message:
        """`guild_id`: the server it is shown in (calls to action hidden there, /faq-settings)."""
        ctas = self.service.answer_ctas(reply.entry, guild_id) if reply.entry is not None else ()
        message = views.reply_for(
            reply,
            self.engine.kb,
            asker=self.asker_token(asker),
            browse=self.config.discord.feature("browse"),
            ctas=ctas,
        )
        return self.checked(message)

    def help_message(self) -> render.Message:
        """What the bot does, three of the FAQ's questions and how to browse (a bare mention)."""
        said = talk_reply(Talk.HELP, self.engine.kb)
        return self.checked(render.talk(said, browse=self.config.discord.feature("browse")))

    def answer_message(
        self, entry: Entry, asker: str | None, lang: str = "en", guild_id: int | None = None
    ) -> render.Message:
        """An entry as an answer (with its calls to action), for /faq show, "did you mean" and posts;
        `lang`: the asker's language (a Persian "did you mean" is answered in Persian); `guild_id`:
        the server it is shown in (its reply language and calls to action, /faq-settings)."""
        return self.checked(
            views.answer(
                entry,
                kb_version=self.engine.kb.version,
                asker=asker,
                ctas=self.service.answer_ctas(entry, guild_id),
                language=render.Language.for_entry(entry, self.service.reply_language(guild_id, lang)),
                related=self.engine.kb.related(entry),
            )
        )

    def list_message(self, page: int) -> render.Message:
        """A page of /faq list (from 0) with its previous / next buttons."""
        return self.checked(views.faq_list_page(self.engine.kb, page, self.config.discord.list_page_size))

    def checked(self, message: render.Message) -> render.Message:
        """Last line of defence: a message Discord would refuse is replaced, and logged."""
        problems = message.violations()
        if problems:
            log.error("rendered message breaks Discord limits: %s", "; ".join(problems))
            return render.Message(content=TOO_LONG_FALLBACK)
        return message


def shard_options(config: Config) -> dict[str, Any]:
    """The shards this process runs, from `discord.shard_count` and `discord.shard_ids`: several
    processes each run their own shards of one `shard_count` (docs/scaling.md). Neither set: none,
    and discord.py asks Discord how many shards to run, all in this process."""
    options: dict[str, Any] = {}
    if config.discord.shard_count:
        options["shard_count"] = config.discord.shard_count
    if config.discord.shard_ids:
        options["shard_ids"] = list(config.discord.shard_ids)
    return options
