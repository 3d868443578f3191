"""/faq-mod: moderators keep the FAQ current from Discord.

Where: only in the campaign's own servers (`discord.home_guild_ids`). /faq-mod is registered as a
guild command of those servers alone (see `setup` in __init__.py), and every command, form and
button goes through one check, `Moderation.refusal`, that refuses any other server first. An admin
of another server the bot is in can therefore neither edit the FAQ nor read the review queue,
statistics or history, whatever their permissions there.

Who: two layers of permission. The command group carries `default_permissions(manage_guild)`, so
Discord shows it only to members with Manage Server unless a server admin grants it to the
moderator role (Server Settings → Integrations); and `refusal` checks at run time that the member
has a role from `discord.moderator_role_ids` or Manage Server.

Old buttons: every form and button carries `faq-mod:<token>:` in its custom_id, the token of the
view that made it. A press whose view is gone (the bot restarted, or the buttons expired) gets a
reply from `on_interaction` instead of Discord's "interaction failed": the same refusal outside a
home server, else "run the command again".

(The commands are `/faq-mod ...`, not `/faq ...`: Discord applies `default_permissions` to a
whole top-level command, and `/faq list` and `/faq show` are for everyone.)

Every edit goes through `bot.moderation.Editor` in a worker thread (validation loads the whole
FAQ), so the event loop never waits and the 3-second deadline is met by deferring first.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections import OrderedDict
from collections.abc import Callable

import discord
from discord import app_commands
from discord.ext import commands, tasks

from ...discord_app.bot import FaqBot
from ...discord_app.choices import entry_choices
from ...discord_app.errors import Refused, tell
from ...discord_app.render import Message
from ...engine import ID_PATTERN
from ...moderation import AlreadyExists, Applied, Conflict, FileWatcher, ModerationError
from ...moderation.abuse import SERVER, USER
from ...moderation.chart import ChartUnavailable, render_png
from ...moderation.review import review_counts
from ...store import REVIEW_REASONS
from . import _render
from ._views import CUSTOM_ID_PREFIX, Confirm, EntryModal, ReviewView, too_long

log = logging.getLogger(__name__)

REVIEW_LIMIT = 1000  # newest queued questions grouped by /faq-mod review
LEGACY_CUSTOM_IDS = ("review:",)  # review-queue buttons sent before the prefix existed
VIEWS_REMEMBERED = 10_000  # tokens of views made by this process (a view lives 15 minutes at most)


class _Row:
    """A server id where `server_names` expects a row."""

    def __init__(self, guild_id: str) -> None:
        self.guild_id, self.name = guild_id, ""


def moderator_name(user: discord.abc.User) -> str:
    """How a moderator appears in the audit log: Discord name and id (moderators are not anonymous)."""
    return f"{user.name} ({user.id})"


class Moderation(commands.Cog):
    mod = app_commands.Group(
        name="faq-mod",
        description="Moderators: edit the FAQ, undo changes, reload, review missed questions",
        default_permissions=discord.Permissions(manage_guild=True),
        guild_only=True,
    )
    phrasing = app_commands.Group(name="phrasing", description="Other ways people ask an entry's question", parent=mod)

    def __init__(self, bot: FaqBot) -> None:
        self.bot = bot
        self.watcher = FileWatcher(bot.config.paths.knowledge, bot.config.paths.seeds)
        self.watch_failures = 0
        # Tokens of the forms and buttons this process made: True while their view may answer.
        self.views: OrderedDict[str, bool] = OrderedDict()

    async def cog_load(self) -> None:
        settings = self.bot.config.moderation
        if settings.watch_files:
            self.watch.change_interval(seconds=settings.watch_interval_seconds)
            self.watch.start()

    async def cog_unload(self) -> None:
        self.watch.cancel()

    # -- who may moderate, and where ---------------------------------------------------------

    def refusal(self, interaction: discord.Interaction) -> str | None:
        """Why this interaction may not moderate the FAQ, or None if it may.

        The one check of every moderator action: the slash commands (`interaction_check` below),
        the forms and buttons (_views.py) and buttons of views that are gone (`on_interaction`).
        The server comes first: outside the home servers nothing is done or shown, to anyone.
        """
        if not self.bot.config.discord.home_guild_ids:
            return _render.MODERATION_OFF
        if not self.bot.in_home_server(interaction):
            return _render.NOT_HOME_SERVER
        if not self.bot.can_edit_faq(interaction):
            return _render.NOT_MODERATOR
        return None

    async def interaction_check(self, interaction: discord.Interaction) -> bool:  # type: ignore[override]
        reason = self.refusal(interaction)
        if reason is not None:
            raise Refused(reason)
        return True

    def view_token(self) -> str:
        """A new token for a form or view's custom_ids, remembered as live."""
        token = secrets.token_hex(5)
        self.views[token] = True
        while len(self.views) > VIEWS_REMEMBERED:
            self.views.popitem(last=False)
        return token

    def view_expired(self, token: str) -> None:
        if token in self.views:
            self.views[token] = False

    @commands.Cog.listener()
    async def on_interaction(self, interaction: discord.Interaction) -> None:
        """A moderator button or form whose view is gone: refuse it like a live one, or say it expired.

        A live view answers by itself (and runs `refusal` itself), so it is left alone; the decision
        is made without waiting, from the token in the custom_id.
        """
        if interaction.type not in (discord.InteractionType.component, discord.InteractionType.modal_submit):
            return
        data: dict = dict(interaction.data or {})
        custom_id = str(data.get("custom_id", ""))
        if custom_id.startswith(CUSTOM_ID_PREFIX):
            token = custom_id[len(CUSTOM_ID_PREFIX) :].split(":", 1)[0]
            if self.views.get(token, False):
                return
        elif not custom_id.startswith(LEGACY_CUSTOM_IDS):
            return
        await tell(interaction, self.refusal(interaction) or _render.BUTTONS_EXPIRED)

    # -- shared steps -------------------------------------------------------------------------

    @property
    def base(self):
        """Problems are shown relative to the folder of config.yaml (`knowledge/x.yaml:12: ...`)."""
        return self.bot.config.path.parent

    async def send(self, interaction: discord.Interaction, message: Message) -> None:
        message = self.bot.checked(message)
        kwargs = message.kwargs()
        if interaction.response.is_done():
            await interaction.followup.send(**kwargs, ephemeral=True, wait=True)
        else:
            await interaction.response.send_message(**kwargs, ephemeral=True)

    async def send_refusal(
        self, interaction: discord.Interaction, error: ModerationError, *, retry: discord.ui.View | None = None
    ) -> None:
        message = _render.refused(error, self.base)
        message.view = retry
        await self.send(interaction, message)

    async def apply(
        self,
        interaction: discord.Interaction,
        operation: Callable[..., Applied],
        *args,
        retry: discord.ui.View | None = None,
        **kwargs,
    ) -> bool:
        """Run one Editor operation (`self.bot.editor.add_phrasing`, ...) off the event loop; swap
        the new FAQ in and tell the moderator."""
        who = moderator_name(interaction.user)
        try:
            result = await self.bot.service.apply(operation, *args, who=who, **kwargs)
        except ModerationError as exc:
            stale = isinstance(exc, (Conflict, AlreadyExists))  # retrying the same form would fail again
            await self.send_refusal(interaction, exc, retry=None if stale else retry)
            return False
        self.watcher.mark_loaded()
        log.info("FAQ change #%d (%s) by a moderator", result.change.id, result.change.action)
        await self.send(interaction, _render.applied(result))
        await self.post_log(_render.log_line(who, result.change, result.engine.kb.version))
        return True

    async def post_log(self, text: str) -> None:
        """Post to the moderators' log channel, if configured; a failure is logged, never raised."""
        channel_id = self.bot.config.discord.moderator_log_channel_id
        if not channel_id:
            return
        try:
            channel = self.bot.get_channel(channel_id) or await self.bot.fetch_channel(channel_id)
            await channel.send(text[:2000], allowed_mentions=discord.AllowedMentions.none())  # type: ignore[union-attr]
        except (discord.HTTPException, AttributeError) as exc:
            log.warning("could not post to the moderators' log channel %s: %s", channel_id, type(exc).__name__)

    # -- editing ------------------------------------------------------------------------------

    @mod.command(name="add", description="Add an FAQ entry (opens a form)")
    @app_commands.rename(entry_id="id")
    @app_commands.describe(
        entry_id="Id of the new entry (lowercase letters, digits, '-'); made from the question if left out"
    )
    async def add(self, interaction: discord.Interaction, entry_id: str | None = None) -> None:
        if entry_id is not None:
            entry_id = entry_id.strip().lower()
            if not ID_PATTERN.match(entry_id):
                await tell(
                    interaction,
                    f"`{_render.safe(entry_id[:70])}` is not an entry id: lowercase letters, digits and '-' only.",
                )
                return
            if self.bot.editor.exists(entry_id):
                await tell(interaction, f"An entry `{entry_id}` already exists: use `/faq-mod edit`.")
                return
        texts = {}
        sources = list(self.bot.engine.kb.sources.values())
        if len(sources) == 1 and sources[0].speakers:
            texts["sources"] = f"{sources[0].id} {next(iter(sources[0].speakers))}"
        await interaction.response.send_modal(EntryModal(self, entry_id=entry_id, revision=None, texts=texts))

    @mod.command(name="edit", description="Edit an FAQ entry (opens a form with its current text)")
    @app_commands.rename(entry_id="id")
    @app_commands.describe(entry_id="The entry to edit (type part of its question to search)")
    async def edit(self, interaction: discord.Interaction, entry_id: str) -> None:
        # A modal must be the first response: only a quick read of one file comes before it.
        try:
            opened = self.bot.editor.open(entry_id.strip())
        except ModerationError as exc:
            await tell(interaction, _render.safe(str(exc)))
            return
        texts = opened.draft.form_texts()
        overflow = too_long(texts)
        if overflow is not None:
            field, length, limit = overflow
            await tell(
                interaction, _render.MODAL_TOO_LONG.format(id=opened.entry_id, field=field, n=length, limit=limit)
            )
            return
        await interaction.response.send_modal(
            EntryModal(self, entry_id=opened.entry_id, revision=opened.revision, texts=texts)
        )

    @phrasing.command(name="add", description="Add another way of asking an entry's question")
    @app_commands.rename(entry_id="id")
    @app_commands.describe(entry_id="The entry", text="The question as people type it")
    async def phrasing_add(
        self, interaction: discord.Interaction, entry_id: str, text: app_commands.Range[str, 1, 300]
    ) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        await self.apply(interaction, self.bot.editor.add_phrasing, entry_id.strip(), text)

    @mod.command(name="remove", description="Remove an FAQ entry (asks for confirmation)")
    @app_commands.rename(entry_id="id")
    @app_commands.describe(entry_id="The entry to remove")
    async def remove(self, interaction: discord.Interaction, entry_id: str) -> None:
        entry_id = entry_id.strip()
        editor = self.bot.editor
        if not editor.exists(entry_id):
            await tell(interaction, f"There is no FAQ entry `{_render.safe(entry_id[:70])}`.")
            return
        revision = editor.revision(entry_id)  # a save by someone else before "Remove" is pressed refuses it
        entry = self.bot.engine.entry(entry_id)

        async def remove_it(confirmed: discord.Interaction) -> None:
            await self.apply(confirmed, self.bot.editor.remove_entry, entry_id, revision=revision)

        view = Confirm(self, interaction.user.id, confirm_label=f"Remove {entry_id}", action=remove_it)
        await interaction.response.send_message(
            _render.confirm_remove(entry_id, entry.question if entry else None), view=view, ephemeral=True
        )
        view.origin = interaction

    @mod.command(name="history", description="Recent changes to the FAQ, or to one entry")
    @app_commands.rename(entry_id="id")
    @app_commands.describe(entry_id="Only this entry's changes")
    async def history(self, interaction: discord.Interaction, entry_id: str | None = None) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        entry_id = entry_id.strip() if entry_id else None
        changes = await asyncio.to_thread(self.bot.editor.history, entry_id, 15)
        await self.send(interaction, _render.history(changes, entry_id))

    @mod.command(name="undo", description="Undo the newest FAQ change (or a given one), after confirmation")
    @app_commands.describe(change="The change number (from /faq-mod history); the newest if left out")
    async def undo(
        self, interaction: discord.Interaction, change: app_commands.Range[int, 1, 2**53] | None = None
    ) -> None:
        editor = self.bot.editor
        target = await asyncio.to_thread(editor.change, change) if change else await asyncio.to_thread(editor.next_undo)
        if target is None:
            await tell(interaction, f"There is no change #{change}." if change else "There is no change left to undo.")
            return
        if not target.undoable:
            await tell(
                interaction,
                f"Change #{target.id} cannot be undone: "
                + ("it is itself an undo." if target.action == "undo" else f"it was undone by #{target.undone_by}."),
            )
            return

        async def undo_it(confirmed: discord.Interaction) -> None:
            await self.apply(confirmed, self.bot.editor.undo, change_id=target.id)

        view = Confirm(self, interaction.user.id, confirm_label=f"Undo #{target.id}", action=undo_it)
        await interaction.response.send_message(_render.confirm_undo(target), view=view, ephemeral=True)
        view.origin = interaction

    @edit.autocomplete("entry_id")
    @phrasing_add.autocomplete("entry_id")
    @remove.autocomplete("entry_id")
    @history.autocomplete("entry_id")
    async def entry_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return entry_choices(self.bot.engine.kb, current)

    # -- reload -------------------------------------------------------------------------------

    @mod.command(name="reload", description="Load the FAQ files again; keeps the current FAQ if they have problems")
    async def reload(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        serving = self.bot.engine.kb.version
        problems = await self.bot.service.reload()
        self.watcher.mark_loaded()
        if problems:
            await self.send(interaction, _render.reload_refused(problems, self.base, serving))
            await self.post_log(
                f"{moderator_name(interaction.user)}: reload refused, {len(problems)} problem(s); "
                f"still serving FAQ version {serving}"
            )
        else:
            kb = self.bot.engine.kb
            await self.send(interaction, _render.reloaded(kb.version, len(kb)))

    @tasks.loop(seconds=5.0)
    async def watch(self) -> None:
        """Reload when the files change on disk (`moderation.watch_files`); survives any error."""
        try:
            if not await asyncio.to_thread(self.watcher.poll):
                return
            serving = self.bot.engine.kb.version
            problems = await self.bot.service.reload()
            if problems:
                lines = "\n".join(_render.problem_text(p, self.base) for p in problems[:10])
                await self.post_log(
                    _render.safe(
                        f"The FAQ files changed but have {len(problems)} problem(s); still "
                        f"serving version {serving}:\n{lines}"
                    )[:1900]
                )
        except Exception:
            self.watch_failures += 1
            log.exception("FAQ file watch failed; trying again at the next check")

    @watch.error
    async def watch_error(self, error: BaseException) -> None:
        log.error("FAQ file watch stopped", exc_info=error)

    # -- the review queue and statistics ------------------------------------------------------

    @mod.command(name="review", description="Questions the bot missed, grouped: add them to the FAQ or dismiss")
    async def review(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        if not self.bot.service.storage_policy.stores_text:  # private by default: counts only
            days = self.bot.config.privacy.retention_days
            counts = await self.bot.store.period_counts(days)
            await self.send(
                interaction,
                _render.review_counts(review_counts(days, counts.outcomes, counts.suggested, counts.low, counts.votes)),
            )
            return
        await self.dropped_notice(interaction)
        # First the askers' picks from "did you mean" (one click adds each as a phrasing), then the
        # questions grouped by similarity (bot.service).
        groups = await self.bot.service.review(limit=REVIEW_LIMIT)
        if not groups:
            await self.send(interaction, Message(content=_render.REVIEW_EMPTY))
            return
        view = ReviewView(self, interaction.user.id, groups, REVIEW_REASONS)
        await self.send(interaction, view.message())

    @mod.command(name="stats", description="Answers per entry, unanswered rate and helpful ratio")
    @app_commands.describe(days="The period, in days up to today (default 30)")
    async def stats(self, interaction: discord.Interaction, days: app_commands.Range[int, 1, 3650] = 30) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        report = await self.bot.service.stats(days)
        message = _render.stats(report)
        try:  # drawing takes a few hundred milliseconds: never on the event loop
            png = await asyncio.to_thread(render_png, report)
        except ChartUnavailable as exc:
            log.warning("/faq-mod stats without its chart: %s", exc)
        else:
            _render.attach_chart(message, png)
        servers = await self.bot.store.server_counts(days)
        _render.add_servers(message, servers, self.server_names(servers))
        await self.send(interaction, message)

    def server_names(self, rows) -> dict[str, str]:
        """Names of servers by id: as Discord shows them now, else as the store last saw them."""
        names = {}
        for row in rows:
            guild = self.bot.get_guild(int(row.guild_id)) if str(row.guild_id).isdigit() else None
            names[row.guild_id] = guild.name if guild is not None else getattr(row, "name", "")
        return names

    async def dropped_notice(self, interaction: discord.Interaction) -> None:
        """ "N dropped from server X today": review rows over `limits.review_per_server_per_day`."""
        dropped = await self.bot.store.dropped_today()
        if dropped:
            names = self.server_names([_Row(g) for g in dropped])
            await self.send(interaction, Message(content=_render.dropped_lines(dropped, names)))

    # -- the block list (bot.moderation.abuse) --------------------------------------------------

    @mod.command(name="block", description="Block a user or a server: the bot stops answering them")
    @app_commands.describe(
        user="The person to block (kept only as a keyed hash, never their id)",
        server="The id of the server to block",
        minutes="A temporary block of this many minutes (default: until /faq-mod unblock)",
    )
    async def block(
        self,
        interaction: discord.Interaction,
        user: discord.User | None = None,
        server: app_commands.Range[str, 1, 25] | None = None,
        minutes: app_commands.Range[int, 1, 525_600] | None = None,
    ) -> None:
        target = await self.block_target(interaction, user, server)
        if target is None:
            return
        kind, key, shown = target
        if kind == SERVER and int(key) in self.bot.config.discord.home_guild_ids:
            await tell(interaction, _render.HOME_NOT_BLOCKED)
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        until = await self.bot.service.block(kind, key, minutes)
        await self.send(interaction, Message(content=_render.blocked(shown, until)))
        await self.post_log(_render.block_log(moderator_name(interaction.user), shown, until))

    @mod.command(name="unblock", description="Lift a block (a user, a server, or a hash from /faq-mod blocks)")
    @app_commands.describe(
        user="The person to unblock",
        server="The id of the server to unblock",
        key="The start of a blocked user's hash, as /faq-mod blocks shows it",
    )
    async def unblock(
        self,
        interaction: discord.Interaction,
        user: discord.User | None = None,
        server: app_commands.Range[str, 1, 25] | None = None,
        key: app_commands.Range[str, 6, 32] | None = None,
    ) -> None:
        if key is not None and user is None and server is None:
            found = await self.bot.service.find_block(USER, key)
            if found is None:
                await tell(interaction, _render.NO_SUCH_BLOCK)
                return
            target: tuple[str, str, str] | None = (USER, found.target, _render.user_label(found.target))
        else:
            target = await self.block_target(interaction, user, server)
        if target is None:
            return
        kind, target_key, shown = target
        await interaction.response.defer(ephemeral=True, thinking=True)
        lifted = await self.bot.service.unblock(kind, target_key)
        await self.send(interaction, Message(content=_render.unblocked(shown) if lifted else _render.NO_SUCH_BLOCK))
        if lifted:
            await self.post_log(_render.unblock_log(moderator_name(interaction.user), shown))

    @mod.command(name="blocks", description="The block list: blocked servers and users, and until when")
    async def blocks(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        blocks = await self.bot.store.blocks()
        names = self.server_names([_Row(b.target) for b in blocks if b.kind == SERVER])
        names.update({k: v for k, v in (await self.bot.store.server_names()).items() if not names.get(k)})
        await self.send(interaction, _render.block_list(blocks, names))

    async def block_target(
        self, interaction: discord.Interaction, user: discord.abc.User | None, server: str | None
    ) -> tuple[str, str, str] | None:
        """(kind, what the block list stores, how a moderator sees it), or None once told why not."""
        if (user is None) == (server is None):
            await tell(interaction, _render.ONE_TARGET)
            return None
        if user is not None:
            key = self.bot.service.user_target(user.id)
            return USER, key, f"{_render.safe(user.name)} ({_render.user_label(key)})"
        text = (server or "").strip()
        if not text.isdigit() or int(text) <= 0:
            await tell(interaction, _render.NOT_A_SERVER_ID)
            return None
        guild = self.bot.get_guild(int(text))
        return SERVER, str(int(text)), f"server {int(text)}" + (f" ({_render.safe(guild.name)})" if guild else "")
