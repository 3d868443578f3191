"""Helpers for the Discord tests: every use of simcord goes through `World`, so replacing the
simulator later only touches this file (and conftest.py).

Tests never reach the network and need no token: simcord runs the real discord.py client against
an in-memory Discord.
"""

from __future__ import annotations

import contextlib
import dataclasses
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import discord
import simcord

from bot.config import DEFAULT_FEATURES, Config, CooldownSettings
from bot.discord_app.bot import FaqBot
from bot.engine import Engine, Outcome
from bot.engine.knowledge import Entry, KnowledgeBase, Quote
from bot.engine.sources import Paragraph, Source

REPO = Path(__file__).resolve().parents[2]
# The simulated campaign server has this id from the start, so a config can name it as a home server
# (`discord.home_guild_ids`) before the bot starts and registers /faq-mod there.
CAMPAIGN_GUILD_ID = 700_000_000_000_000_001


def make_config(
    base: Config,
    tmp_path: Path,
    *,
    cooldowns: tuple[float, float] = (0.0, 0.0),
    features: dict[str, bool] | None = None,
    privacy: dict[str, Any] | None = None,
    database: Path | None = None,
    outreach: dict[str, Any] | None = None,
    knowledge: Path | None = None,
    seeds: Path | None = None,
    moderation: dict[str, Any] | None = None,
    database_url: str = "",
    safety: dict[str, Any] | None = None,
    limits: dict[str, Any] | None = None,
    **discord_settings: Any,
) -> Config:
    """The shipped config with a temporary database, cooldowns and abuse limits off unless asked, and overrides.

    Moderation writes only under `tmp_path` (its audit log) and edits only a `knowledge` folder
    given here (a copy: never the shipped FAQ); the file watcher is off unless asked for.
    """
    d = dataclasses.replace(
        base.discord,
        cooldowns=CooldownSettings(*cooldowns),
        features={**DEFAULT_FEATURES, **(features or {})},
        **discord_settings,
    )
    return dataclasses.replace(
        base,
        paths=dataclasses.replace(
            base.paths,
            database=database or tmp_path / "faqbot.sqlite3",
            knowledge=knowledge or base.paths.knowledge,
            seeds=seeds or base.paths.seeds,
        ),
        discord=d,
        privacy=dataclasses.replace(base.privacy, **(privacy or {})),
        outreach=dataclasses.replace(base.outreach, **(outreach or {})),
        moderation=dataclasses.replace(
            base.moderation, **{"audit_log": tmp_path / "audit.sqlite3", "watch_files": False, **(moderation or {})}
        ),
        database=dataclasses.replace(base.database, url=database_url),  # '': the SQLite file above
        safety=dataclasses.replace(base.safety, **(safety or {})),
        limits=dataclasses.replace(base.limits, **{**LIMITS_OFF, **(limits or {})}),
    )


# The abuse limits are off unless a test asks for them, like the cooldowns (0 switches each off).
LIMITS_OFF = {
    "server_questions_per_minute": 0,
    "global_questions_per_minute": 0,
    "auto_block_after": 0,
    "review_per_server_per_day": 0,
    # Read once an hour: tests that jump days ahead would otherwise wait on thousands of reads.
    "blocks_refresh_seconds": 3600.0,
}


# -- questions chosen by asking the engine (the FAQ's wording changes under us) ------------------


def answerable(engine: Engine) -> tuple[str, Entry]:
    """A question the engine answers: an entry's own canonical question."""
    for entry in engine.kb.entries.values():
        reply = engine.ask(entry.question)
        if reply.result.outcome is Outcome.ANSWER and reply.entry is not None:
            return entry.question, reply.entry
    raise AssertionError("no canonical question is answered")


SUGGEST_CANDIDATES = [
    "iran",
    "letter",
    "un",
    "resolution",
    "ngos",
    "rouhani",
    "human rights",
    "rights",
    "the un letter",
]


def suggesting(engine: Engine, minimum: int = 2) -> tuple[str, tuple[str, ...]]:
    """A question the engine is unsure about, with at least `minimum` suggestions."""
    candidates = list(SUGGEST_CANDIDATES)
    for entry in engine.kb.entries.values():
        candidates.extend(w for w in entry.question.lower().strip("?").split() if len(w) > 3)
    for text in candidates:
        result = engine.ask(text).result
        if result.outcome is Outcome.SUGGEST and len(result.suggestions) >= minimum:
            return text, result.suggestions
    raise AssertionError("no question gives suggestions")


def unanswerable(engine: Engine) -> str:
    for text in ["what's the weather like in paris tomorrow", "recipe for chocolate cake", "zzqx vbnm qwrt"]:
        if engine.ask(text).result.outcome is Outcome.NONE:
            return text
    raise AssertionError("every question matched something")


# -- generated knowledge (for limits) ----------------------------------------------------------


def make_source(
    sid: str = "src",
    *,
    title: str = "A source",
    paragraphs: list[str] | None = None,
    speakers: dict[str, str] | None = None,
    description: str = "A generated source.",
) -> Source:
    paragraphs = paragraphs or ["First paragraph of the source."]
    text, paras, offset = "", [], 0
    for i, body in enumerate(paragraphs, 1):
        paras.append(Paragraph(i, offset, offset + len(body), body))
        text += body + "\n\n"
        offset = len(text)
    return Source(
        id=sid,
        title=title,
        kind="report",
        description=description,
        language="en",
        speakers=speakers or {"s": "A speaker"},
        text=text,
        paragraphs=tuple(paras),
        path=Path(f"/{sid}.txt"),
        metadata_path=Path(f"/{sid}.yaml"),
    )


def quote_of(source: Source, paragraph: int, start: int = 0, end: int | None = None, speaker: str = "s") -> Quote:
    para = source.paragraphs[paragraph - 1]
    end = len(para.text) if end is None else end
    return Quote(source, speaker, para.text[start:end], paragraph, para.start + start, para.start + end)


def make_entry(eid: str, question: str, answer: str, quotes: list[Quote], phrasings: tuple[str, ...] = ()) -> Entry:
    return Entry(
        id=eid,
        question=question,
        phrasings=phrasings,
        answer=answer,
        quotes=tuple(quotes),
        related=(),
        language="en",
        translations={},
        path=Path(f"/{eid}.yaml"),
    )


def make_kb(entries: list[Entry], sources: list[Source], version: str = "test00000") -> KnowledgeBase:
    return KnowledgeBase(
        entries={e.id: e for e in entries}, sources={s.id: s for s in sources}, version=version, directory=Path("/")
    )


# -- the simulated Discord --------------------------------------------------------------------


@dataclass
class World:
    """A running bot in a simulated server: one text channel, two members, a moderator."""

    env: simcord.Env
    config: Config
    engine: Engine
    guild: Any
    channel: Any
    alice: Any
    bob: Any
    mod: Any
    command_errors: list[BaseException] = field(default_factory=list)

    @property
    def bot(self):
        return self.env.bot

    # actions
    async def slash(self, member, name: str, channel=None, **options):
        return await member.slash(channel or self.channel, name, **options)

    async def autocomplete(self, member, name: str, option: str, value: str, channel=None):
        return await member.autocomplete(channel or self.channel, name, option, value)

    async def click(self, member, message, label: str):
        return await member.click(message, label=label)

    async def select(self, member, message, values: list[str]):
        return await member.select(message, values)

    async def send(self, member, content: str, channel=None) -> discord.Message:
        return await member.send(channel or self.channel, content)

    async def mention(self, member, text: str, channel=None) -> discord.Message:
        return await self.send(member, f"<@{self.bot.user.id}> {text}", channel)

    async def advance(self, seconds: float) -> None:
        await self.env.advance_time(seconds)

    async def restart(self, **options) -> None:
        """A fresh bot process on the same database and the same (persisting) Discord."""
        old = self.bot
        new = FaqBot(self.config, self.engine, **options)
        follow_simulated_time(new, self.env)
        await self.env.restart_bot(new)
        await old.store.close()

    @contextlib.contextmanager
    def client_locale(self, locale: str):
        """Interactions made inside come from a Discord client set to `locale` (simcord always
        sends "en-US"); discord.py reads it as `interaction.locale`."""
        import simcord.interactions as sim_interactions

        original = sim_interactions.base_payload

        def base_payload(*args: Any, **kwargs: Any):
            record, payload = original(*args, **kwargs)
            payload["locale"] = locale
            return record, payload

        sim_interactions.base_payload = base_payload
        try:
            yield
        finally:
            sim_interactions.base_payload = original

    def set_discord(self, **settings: Any) -> None:
        """Change discord settings of the running bot (for values known only once the server exists)."""
        self.bot.config = dataclasses.replace(self.config, discord=dataclasses.replace(self.config.discord, **settings))
        self.config = self.bot.service.config = self.bot.config

    def set_outreach(self, **settings: Any) -> None:
        """Change outreach settings of the running bot (a schedule needs the channel's id, known only now)."""
        self.bot.config = dataclasses.replace(
            self.config, outreach=dataclasses.replace(self.config.outreach, **settings)
        )
        self.config = self.bot.service.config = self.bot.config

    def allow_command(self, name: str, *targets) -> None:
        """What a server admin does in Server Settings > Integrations: let these roles or members
        use a command that `default_permissions` hides from them."""
        command = self.env.backend.find_command(name, self.guild.id)  # a guild command, else the global one
        allowed = self.__dict__.setdefault("_allowed", {}).setdefault(name, {})
        allowed.update({target.id: target for target in targets})  # Discord keeps earlier overrides too
        self.guild.set_command_permissions(int(command["id"]), {target: True for target in allowed.values()})

    def add_bot_member(self, name: str = "otherbot"):
        return self.guild.add_member(self.env.create_user(name, bot=True))

    def add_thread(self, parent, name: str = "thread"):
        """A public thread under `parent` (simcord has no public builder for this yet)."""
        thread = self.env.backend.create_thread(parent.id, name, self.alice.id)
        return simcord.ChannelHandle(self.env, self.guild, thread)

    async def forum_post(self, forum, member, title: str, content: str):
        """A member's new post in a forum channel: its thread (titled), then its first message, as
        Discord sends them (simcord only lets the bot itself create forum posts). The thread handle."""
        backend = self.env.backend
        thread = backend.create_thread(forum.id, title, member.id, broadcast=False)
        backend.announce_thread_create(thread)
        starter = backend.prepare_message(thread.id, member.id, content)
        backend.commit_message(starter, broadcast=True)
        await self.env.settle()
        return simcord.ChannelHandle(self.env, self.guild, thread)

    # queries
    def messages(self, channel=None, *, viewer=None) -> list[discord.Message]:
        return (channel or self.channel).history(viewer=viewer)

    def bot_messages(self, channel=None) -> list[discord.Message]:
        return [m for m in self.messages(channel) if m.author.id == self.bot.user.id]

    def last_bot_message(self, channel=None) -> discord.Message | None:
        messages = self.bot_messages(channel)
        return messages[-1] if messages else None

    def http(self, method: str, contains: str) -> list[Any]:
        return [r for r in self.env.http_requests if r.method == method and contains in r.path]

    def acknowledge_errors(self) -> list[BaseException]:
        return self.env.errors


# simcord waits at most its `settle_timeout` (5 real seconds) for the bot to settle after a step: a
# hang fails fast. A test that does a lot in one step (a day of 200 servers' scheduled posts: ~3 s on
# an idle core) would fail on a loaded machine, so it runs with this instead (`world_factory(...,
# settle_timeout=HEAVY_SETTLE_TIMEOUT)`): still finite, so a real hang still fails, after 30 s.
# Not 60: with 60 the 200-server test took 122 s a backend on an idle machine (the loop sat idle,
# waiting in real time; with 15 or 30 it took 4 s), which doubled the suite's time.
HEAVY_SETTLE_TIMEOUT = 30.0


def follow_simulated_time(bot: FaqBot, env: simcord.Env) -> None:
    """The rate caps count per minute of UTC time (`time.time`, the same in every process), which
    simcord does not move: the bot's limits read simcord's clock instead (so `advance` starts a new
    minute), shifted by whole minutes to about now (so blocks the store dates by the real time end
    when they should)."""
    shift = (time.time() - env.now().timestamp()) // 60 * 60
    bot.service.limits._wall = lambda: env.now().timestamp() + shift


@contextlib.asynccontextmanager
async def running(
    config: Config,
    engine: Engine,
    *,
    approved_intents: discord.Intents | None = None,
    shard_count: int | None = None,
    settle_timeout: float | None = None,
    **bot_options,
) -> AsyncIterator[World]:
    """`settle_timeout`: the real seconds simcord waits for the bot to settle after each step (its
    default, 5, unless given; HEAVY_SETTLE_TIMEOUT for the few tests that do a lot in one step)."""
    bot = FaqBot(config, engine, **bot_options)
    options: dict[str, Any] = {}
    if settle_timeout is not None:
        options["settle_timeout"] = settle_timeout
    if approved_intents is not None:
        options["approved_intents"] = approved_intents
    if shard_count is None and bot.shard_count is None:
        # Neither discord.shard_count nor shard_ids set: discord.py asks Discord how many shards to
        # run (GET /gateway/bot), which simcord does not simulate; it is told Discord's answer for a
        # bot in a few servers here, one shard (tests/discord/test_discord_wire.py asks over the wire).
        shard_count = 1
    if shard_count is not None:
        options["shard_count"] = shard_count
    async with simcord.run(bot, **options) as env:
        follow_simulated_time(bot, env)
        guild = env.create_guild("Campaign", id=CAMPAIGN_GUILD_ID)
        channel = guild.create_text_channel("general")
        mods = guild.create_role("Moderators")
        alice = guild.add_member(env.create_user("alice"))
        bob = guild.add_member(env.create_user("bob"))
        mod = guild.add_member(env.create_user("mod"), roles=[mods])
        world = World(env, config, engine, guild, channel, alice, bob, mod)
        world.mods_role = mods  # type: ignore[attr-defined]

        async def on_command_error(ctx, error):  # simcord ignores CommandNotFound; we don't
            world.command_errors.append(error)

        bot.add_listener(on_command_error, "on_command_error")
        try:
            yield world
        finally:
            await env.settle()
    await world.bot.store.close()  # the bot running at the end (a restart replaces the first one)


def shown_text(result) -> str:
    """Everything a slash command's replies show, as one text: contents, embed titles,
    descriptions and fields."""
    parts = []
    for message in [result.response, *result.followups]:
        if message is None:
            continue
        parts.append(message.content or "")
        for embed in message.embeds:
            parts += [embed.title or "", embed.description or ""]
            parts += [f"{field.name} {field.value}" for field in embed.fields]
    return "\n".join(parts)
