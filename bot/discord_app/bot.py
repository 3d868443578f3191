"""The Discord bot: a `commands.Bot` (or `AutoShardedBot`) given its config and engine.

The bot owns the services its cogs share: the engine, the store, the cooldowns, the FAQ editor
(bot.moderation), and the helpers every answer path uses (asker tokens, moderator check,
recording a reply). The engine is replaced only whole, in one assignment (`swap_engine`), by a
reload or an edit that validated; a failed reload keeps the one being served. It never reads
config.yaml or the environment itself: `runner` builds it from a loaded Config, tests build it
directly.

Commands are synced explicitly (`faqbot sync`) or, on start, only when a hash of their
definitions differs from the one stored after the last sync: never on every start or in
`on_ready` (which fires again on every reconnect).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
from collections import OrderedDict
from typing import Any, Coroutine

import discord
from discord.ext import commands

from ..config import Config
from ..engine import Engine, Entry, Outcome, Problem, Reply
from ..outreach.cta import answer_ctas
from ..moderation import Editor
from ..privacy.policy import StoragePolicy
from . import render
from .cooldowns import Cooldowns, Verdict
from .errors import FaqTree, tell
from .store import Store

log = logging.getLogger(__name__)

FEATURE_EXTENSIONS = {
    "ask": "bot.exts.ask",
    "mention": "bot.exts.mention",
    "passive": "bot.exts.passive",
    "browse": "bot.exts.browse",
    "moderation": "bot.exts.moderation",
    "share": "bot.exts.share",
}
# Always loaded: the answer buttons (show source, votes, delete, did-you-mean) and the privacy purge.
CORE_EXTENSIONS = ("bot.exts.feedback", "bot.exts.housekeeping", "bot.exts.schedule")

RECENT_ANSWERS = 2000  # answers whose question is kept in memory for a possible "Not helpful" vote
TOO_LONG_FALLBACK = "This answer could not be shown within Discord's limits; a moderator has been told in the log."


def intents_for(config: Config) -> discord.Intents:
    """The smallest set of intents the enabled features need.

    Mentions, DMs and slash commands carry their text without the privileged Message Content
    intent; only passive mode (reading messages that do not mention the bot) needs it.
    """
    d = config.discord
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = d.feature("mention") or d.feature("passive")
    intents.dm_messages = d.feature("mention")
    intents.message_content = d.feature("passive") and bool(d.passive_channel_ids)
    return intents


class _FaqBotMixin:
    """Everything of the bot that does not depend on sharding."""

    def __init__(self, config: Config, engine: Engine, *, store: Store | None = None,
                 sync_on_start: bool | None = None, **options: Any) -> None:
        options.setdefault("intents", intents_for(config))
        super().__init__(  # type: ignore[call-arg]
            # No prefix commands exist and on_message below never calls process_commands, so a
            # mention is never parsed as a command (no CommandNotFound for "@bot question").
            command_prefix=commands.when_mentioned,
            allowed_mentions=discord.AllowedMentions.none(),
            tree_cls=FaqTree,
            help_command=None,
            **options,
        )
        self.config = config
        self.engine = engine
        self.store = store or Store(config.paths.database, secret_file=config.secret_file)
        # What of a question may be kept (text storage setting, personal risk and data): bot.privacy.
        self.storage_policy = StoragePolicy(config.privacy, max_chars=config.matching.max_question_chars)
        self.cooldowns = Cooldowns(config.discord.cooldowns.per_user_seconds,
                                   config.discord.cooldowns.per_channel_seconds)
        self.sync_on_start = config.discord.auto_sync if sync_on_start is None else sync_on_start
        self.last_synced: list[int | None] = []
        self._background: set[asyncio.Task] = set()
        # FAQ edits (validated, atomic, audited) and the engine generation they produced: a newer
        # engine is never replaced by an older one that finished validating later.
        self.editor = Editor.for_config(config)
        self.engine_generation = 0
        # Recently answered questions by answer message id, in memory only: a "Not helpful" vote
        # queues the question for review (no asker is kept, nothing is stored unless voted down).
        self.recent_answers: OrderedDict[int, tuple[str, str, float]] = OrderedDict()

    # -- lifecycle ------------------------------------------------------------------------------

    def extension_names(self) -> list[str]:
        names = [ext for feature, ext in FEATURE_EXTENSIONS.items() if self.config.discord.feature(feature)]
        return names + list(CORE_EXTENSIONS)

    async def setup_hook(self) -> None:
        await self.store.open()
        for name in self.extension_names():
            await self.load_extension(name)  # type: ignore[attr-defined]
        for guild_id in self.config.discord.guild_ids:
            self.tree.copy_global_to(guild=discord.Object(guild_id))  # type: ignore[attr-defined]
        if self.sync_on_start:
            try:
                self.last_synced = await self.sync_if_changed()
            except discord.HTTPException as exc:
                log.error("slash command sync failed (HTTP %s); run `faqbot sync` to retry", exc.status)

    async def on_ready(self) -> None:
        log.info("connected as %s to %d server(s)", self.user, len(self.guilds))  # type: ignore[attr-defined]

    async def on_message(self, message: discord.Message) -> None:
        """Deliberately empty: questions are handled by the mention and passive cogs' listeners."""

    async def on_error(self, event_method: str, /, *args: Any, **kwargs: Any) -> None:
        # Never log the arguments: they carry message text.
        log.exception("error in event handler %s", event_method)

    async def close(self) -> None:
        await super().close()  # type: ignore[misc]  # unloads cogs (cancels their loops) first
        if self._background:
            await asyncio.wait(list(self._background), timeout=5)
        await self.store.close()

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task:
        """Run store writes after the user has their reply; failures are logged, never raised."""
        task = asyncio.create_task(coro)
        self._background.add(task)

        def done(t: asyncio.Task) -> None:
            self._background.discard(t)
            if not t.cancelled() and t.exception() is not None:
                log.error("background task failed", exc_info=t.exception())

        task.add_done_callback(done)
        return task

    # -- command sync ---------------------------------------------------------------------------

    def sync_targets(self) -> list[int | None]:
        return list(self.config.discord.guild_ids) or [None]

    def command_hash(self, guild_id: int | None) -> str:
        guild = discord.Object(guild_id) if guild_id else None
        payload = sorted(
            (c.to_dict(self.tree) for c in self.tree.get_commands(guild=guild)),  # type: ignore[attr-defined]
            key=lambda d: (d.get("type", 1), d["name"]),
        )
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()

    def _hash_key(self, guild_id: int | None) -> str:
        return f"command_hash:{self.application_id}:{guild_id or 'global'}"  # type: ignore[attr-defined]

    async def sync_commands(self, guild_id: int | None = None) -> int:
        """Register the commands with Discord (one guild or globally) and remember their hash."""
        guild = discord.Object(guild_id) if guild_id else None
        if guild is not None:
            self.tree.copy_global_to(guild=guild)  # type: ignore[attr-defined]
        synced = await self.tree.sync(guild=guild)  # type: ignore[attr-defined]
        await self.store.set_meta(self._hash_key(guild_id), self.command_hash(guild_id))
        log.info("synced %d command(s) %s", len(synced), f"to guild {guild_id}" if guild_id else "globally")
        return len(synced)

    async def sync_if_changed(self) -> list[int | None]:
        """Sync each target whose command definitions changed since its last sync."""
        synced = []
        for guild_id in self.sync_targets():
            if await self.store.get_meta(self._hash_key(guild_id)) != self.command_hash(guild_id):
                await self.sync_commands(guild_id)
                synced.append(guild_id)
        return synced

    # -- helpers for the cogs -------------------------------------------------------------------

    def asker_token(self, user: discord.abc.User) -> str:
        return self.store.asker_token(user.id)

    def hit_cooldown(self, user: discord.abc.User, channel_id: int | None) -> Verdict:
        return self.cooldowns.hit(self.store.user_key(user.id), channel_id)

    async def entry_for(self, interaction: discord.Interaction, entry_id: str) -> Entry | None:
        """The entry a command named by id, after the cooldown; None once the user was told why.

        Autocomplete values are only suggestions, so the id that actually arrived is checked.
        """
        entry = self.engine.entry(entry_id.strip())
        if entry is None:
            await tell(interaction, render.entry_gone(entry_id))
            return None
        verdict = self.hit_cooldown(interaction.user, interaction.channel_id)
        if not verdict.allowed:
            await tell(interaction, render.slow_down(verdict.retry_after))
            return None
        return entry

    def can_edit_faq(self, interaction: discord.Interaction) -> bool:
        """Moderators of the FAQ: a role from `discord.moderator_role_ids`, or Manage Server.

        The /faq-mod commands also carry `default_permissions(manage_guild)`, so Discord hides them
        from everyone else; this check is the second layer (servers can override that default).
        """
        return self._moderator_or(interaction, "manage_guild")

    # -- the knowledge base: swapped in one step ----------------------------------------------

    def swap_engine(self, engine: Engine, generation: int) -> bool:
        """Serve `engine` from now on (one assignment); False if a newer one is already served."""
        if generation <= self.engine_generation:
            return False
        self.engine, self.engine_generation = engine, generation
        log.info("serving FAQ version %s (%d entries)", engine.kb.version, len(engine.kb))
        return True

    async def reload_engine(self) -> list[Problem]:
        """Load and validate the files (in a worker thread); swap only if there is no problem.

        Returns the problems; on any, the FAQ served so far stays in service unchanged.
        """
        engine, problems, generation = await asyncio.to_thread(self.editor.load)
        if engine is not None:
            self.swap_engine(engine, generation)
        else:
            log.warning("FAQ reload refused: %d problem(s); still serving version %s",
                        len(problems), self.engine.kb.version)
        return problems

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

    def ask(self, question: str) -> Reply:
        """Match a question (in memory, well under a millisecond; the engine truncates long ones)."""
        reply = self.engine.ask(question)
        log.debug("question of %d chars: %s (score %.1f)",
                  len(question), reply.result.outcome.value, reply.result.score)
        return reply

    def record(self, reply: Reply, *, keep_text: bool = True, message_id: int | None = None) -> None:
        """Count every question; keep a question's text (never who asked) only for the review queue,
        and only what the storage policy allows (`bot.privacy.policy`: text storage switched on,
        and never a question disclosing personal risk or personal data).

        Queued: unanswered and "did you mean" questions, and answers given with a confidence below
        `moderation.low_confidence_score`. Other answers are remembered in memory only, by their
        message id, in case someone votes them "not helpful" (see `note_vote`). Whatever is kept,
        the counts the review queue falls back on are always made: outcomes per day, the entry
        "did you mean" offered first, low-confidence answers per entry.
        """
        result = reply.result
        text = self.storage_policy.text_to_keep(reply.question) if keep_text else None
        if result.outcome is Outcome.ANSWER and reply.entry is not None:
            self.spawn(self.store.record_answer(reply.entry.id))
            low = keep_text and result.score < self.config.moderation.low_confidence_score
            if low:
                self.spawn(self.store.count_low_confidence(reply.entry.id))
            if text is not None and low:
                self.spawn(self.store.queue_for_review(text, "low", result.score, reply.entry.id))
            elif text is not None and message_id is not None:
                self.recent_answers[message_id] = (text, reply.entry.id, result.score)
                while len(self.recent_answers) > RECENT_ANSWERS:
                    self.recent_answers.popitem(last=False)
        elif text is not None:
            self.spawn(self.store.record_unanswered(text, result.outcome.value, result.score, result.suggestions))
        elif keep_text:
            self.spawn(self.store.record_outcome(result.outcome.value, result.suggestions))

    def note_vote(self, message_id: int | None, entry_id: str, helpful: bool) -> None:
        """A "Not helpful" vote sends the question that answer was given to to the review queue (once)."""
        if helpful or message_id is None or not self.storage_policy.stores_text:
            return
        remembered = self.recent_answers.pop(message_id, None)
        if remembered is not None and remembered[1] == entry_id:
            question, _, score = remembered
            self.spawn(self.store.queue_for_review(question, "not_helpful", score, entry_id))

    def render_reply(self, reply: Reply, asker: discord.abc.User) -> render.Message:
        ctas = answer_ctas(reply.entry, self.config.outreach) if reply.entry is not None else ()
        message = render.reply_for(reply, self.engine.kb, asker=self.asker_token(asker),
                                   browse=self.config.discord.feature("browse"), ctas=ctas)
        return self.checked(message)

    def answer_message(self, entry: Entry, asker: str | None) -> render.Message:
        """An entry as an answer (with its calls to action), for /faq show, "did you mean" and posts."""
        return self.checked(render.answer(entry, kb_version=self.engine.kb.version, asker=asker,
                                          ctas=answer_ctas(entry, self.config.outreach)))

    def checked(self, message: render.Message) -> render.Message:
        """Last line of defence: a message Discord would refuse is replaced, and logged."""
        problems = message.violations()
        if problems:
            log.error("rendered message breaks Discord limits: %s", "; ".join(problems))
            return render.Message(content=TOO_LONG_FALLBACK)
        return message


class FaqBot(_FaqBotMixin, commands.Bot):
    """faqbot on a single gateway connection (fine up to ~1,000 servers)."""


class ShardedFaqBot(_FaqBotMixin, commands.AutoShardedBot):
    """faqbot with discord.py's automatic sharding (`discord.sharded: true`)."""


def create_bot(config: Config, engine: Engine, **options: Any) -> FaqBot | ShardedFaqBot:
    cls = ShardedFaqBot if config.discord.sharded else FaqBot
    return cls(config, engine, **options)
