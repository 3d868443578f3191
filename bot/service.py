"""The application: the FAQ being served, the store, the editor, and the policy of what is kept.

Every front end asks questions and records them the same way, so that policy lives here, in
plain Python with no Discord import, and is unit-tested without simulated Discord: which
questions are counted, which are queued for review (and with what text, see bot.privacy), what a
"Not helpful" vote does, how an edit or a reload swaps the FAQ in. The Discord bot holds one
`FaqService` and keeps only Discord's concerns (intents, command sync, rendering, permissions).

Store writes happen after the person has their reply: `record` and `note_vote` start them as
background tasks (`spawn`), whose failures are logged and never reach the user.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import gc
import json
import logging
from collections import OrderedDict
from collections.abc import Callable, Coroutine
from typing import Any

from . import servers
from .calibration_file import stale_notice
from .config import Config, ScheduleSettings
from .engine import Engine, Entry, FollowUps, Outcome, Problem, Reply, i18n, question_language
from .moderation import Applied, Editor, ReviewGroup, StatsReport, group_questions
from .moderation.abuse import SERVER, USER, Limits, Verdict
from .moderation.changelog import PublicChange, Snapshot, changes_to_json
from .moderation.review import suggestion_groups
from .moderation.stats import report_from_counts
from .outreach.cta import answer_ctas
from .privacy.policy import StoragePolicy
from .privacy.safety import SafeRouter
from .store import FAQ_VERSION_KEY, BaseStore, Block, ReviewReason, ServerSettings, VoteOutcome, open_store

log = logging.getLogger(__name__)

RECENT_ANSWERS = 2000  # answers whose question is kept in memory for a possible "Not helpful" vote
SETTINGS_TRIES = 20  # a /faq-settings change read again and retried while other processes change the server


_FREEZE_SERVED = False  # set by freeze_served_objects (`faqbot run`)


def freeze_served_objects() -> None:
    """Keep the garbage collector off what the process serves: one full collection now, then
    `gc.freeze()`, and both again for every engine swapped in later (garbage frozen would never
    be collected; frozen objects are not walked again, so that collection is short). A full
    collection walks every tracked object, and an engine has ~40,000 of them (with discord.py,
    the shipped FAQ and this service loaded, a full collection took ~21 ms of CPU, 0 once
    frozen), so without this a question now and then waits for that walk. An engine holds no
    reference cycles, so a replaced one is still freed (by reference counting) though frozen.
    Called once by the serving process, before it serves; other processes (tests, one-off
    commands) never freeze anything."""
    global _FREEZE_SERVED
    gc.collect()
    gc.freeze()
    _FREEZE_SERVED = True


class FaqService:
    def __init__(
        self,
        config: Config,
        engine: Engine,
        *,
        store: BaseStore | None = None,
        editor: Editor | None = None,
        serving: bool = True,
    ) -> None:
        """`serving`: the engine will answer questions (the bot, the console), so what the first
        questions would make is made now; a command that only reads the store (`faqbot review`,
        `stats`) skips that."""
        self.config = config
        if serving:
            engine.prepare()  # nothing left for the first questions to make
        self.engine = engine
        # A newer engine is never replaced by an older one that finished validating later.
        self.generation = 0
        # SQLite by default; PostgreSQL when database.url or FAQBOT_DATABASE_URL names one.
        self.store = store or open_store(config)
        # FAQ edits: validated, atomic, audited (bot.moderation).
        self.editor = editor or Editor.for_config(config)
        # What of a question may be kept (text storage setting, personal risk and data): bot.privacy.
        self.storage_policy = StoragePolicy(
            config.privacy, max_chars=config.matching.max_question_chars, danger_patterns=config.safety.patterns
        )
        # A person in danger gets referral contacts, never an FAQ guess (bot.privacy.safety).
        self.safety = SafeRouter(config.safety, self.storage_policy.detector)
        # Recently answered questions by answer message id, in memory only: a "Not helpful" vote
        # queues the question for review (no asker is kept, nothing is stored unless voted down).
        self.recent_answers: OrderedDict[int, tuple[str, str, float, int | None]] = OrderedDict()
        # "Did you mean" messages by message id, in memory only and only what the storage policy
        # keeps: the question, for "None of these" (to review) or a pick (a suggested phrasing).
        self.recent_suggestions: OrderedDict[int, tuple[str, tuple[str, ...], float, int | None]] = OrderedDict()
        # The last answer each person got in each conversation, for `discord.followup_seconds`, so
        # that "why?" or "source?" can refer to it: in memory only, keyed by a hash.
        self.followups = FollowUps(config.discord.followup_seconds)
        # Abuse limits (`limits:`): blocks (a copy of the store's list), rate caps (slots claimed from
        # the store's counters, shared by every process), automatic blocks.
        self.limits = Limits(config.limits, slots=self._take_rate_slots)
        self._background: set[asyncio.Task] = set()
        # The FAQ version last found in the store (written by whichever process swapped last).
        self._stored_version_seen: str | None = None
        # Per-server settings (/faq-settings, bot.servers), read from the store on open and again
        # whenever another process changed them (`follow_server_settings`): servers that chose something.
        self.servers: dict[int, ServerSettings] = {}
        self._servers_version: str | None = None
        # One comparison with the public snapshot at a time (note_hand_edits); made on first use.
        self._hand_lock: asyncio.Lock | None = None

    # -- lifecycle --------------------------------------------------------------------------

    async def open(self) -> None:
        self.warn_if_calibration_stale(self.engine)
        await self.store.open()
        await self.load_server_settings()
        await self.refresh_blocks()
        try:
            await self.note_hand_edits()
        except Exception:  # the changelog must never keep the bot from starting
            log.exception("could not compare the FAQ with its public snapshot")

    async def close(self) -> None:
        if self._background:
            await asyncio.wait(list(self._background), timeout=5)
        await self.store.close()

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task:
        """Run a store write after the user has their reply; failures are logged, never raised."""
        task = asyncio.create_task(coro)
        self._background.add(task)

        def done(t: asyncio.Task) -> None:
            self._background.discard(t)
            if not t.cancelled() and t.exception() is not None:
                log.error("background task failed", exc_info=t.exception())

        task.add_done_callback(done)
        return task

    # -- the FAQ served: swapped in one step ---------------------------------------------------

    def swap(self, engine: Engine, generation: int, *, note: bool = True) -> bool:
        """Serve `engine` from now on (one assignment); False if a newer one is already served.
        `note`: compare it with the public snapshot in the background (`note_hand_edits`; a
        reload does it itself, before it returns)."""
        if generation <= self.generation:
            return False
        previous = self.engine.kb.version
        former = self.engine
        engine.prepare()  # at once: reload and apply prepared it in their worker thread
        self.engine, self.generation = engine, generation
        if _FREEZE_SERVED:
            # Collected first: what is garbage now (reference cycles not yet collected: the
            # engines' loading, an exception kept with its traceback) would stay frozen, never
            # collected, one lot more on every reload. Frozen objects are not walked: this walks
            # the new engine and what is young, a few ms, once per swap.
            gc.collect()
            gc.freeze()
        log.info("serving FAQ version %s (%d entries)", engine.kb.version, len(engine.kb))
        self.warn_if_calibration_stale(engine)
        if engine.kb.version != previous:
            self.publish_version(engine.kb.version)
            if note:
                self._note_hand_edits_later(engine, former)
        return True

    # -- hand edits are public changes too (bot.moderation.changelog) ---------------------------

    def _note_hand_edits_later(self, engine: Engine, former: Engine | None) -> None:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return
        if self.store.is_open:
            self.spawn(self.note_hand_edits(engine, former))

    async def note_hand_edits(self, engine: Engine | None = None, former: Engine | None = None) -> list[PublicChange]:
        """Compare the FAQ served (`engine`'s, default the current one) with the store's snapshot
        of each entry's public content, and record a dated public change for each entry that
        differs without a change made through the bot explaining it (a hand edit: a text editor,
        `git pull`). Called on start and on every swap (reloads, edits); the first time ever, the
        snapshot is taken and nothing recorded. `former`: the FAQ served before (an entry removed
        by hand is named by its question there). The changes this process recorded (none where
        another process sharing the store recorded them first)."""
        if not self.store.is_open:
            return []
        if self._hand_lock is None:
            self._hand_lock = asyncio.Lock()
        async with self._hand_lock:  # one comparison at a time in this process
            return await note_hand_edits(
                self.store, self.editor, (engine or self.engine).kb, None if former is None else former.kb
            )

    # -- several processes: every one serves the FAQ the last edit made ----------------------

    def publish_version(self, version: str) -> None:
        """Write the FAQ version now served to the store's meta table, for the other processes
        sharing the store (`follow_store_version`); nothing without an open store and event loop."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return
        if self.store.is_open:
            self._stored_version_seen = version
            self.spawn(self.store.set_meta(FAQ_VERSION_KEY, version))

    async def follow_store_version(self) -> bool:
        """Reload the files when another process served a FAQ version this one does not: an edit
        made through any process is served by every process within one check (the bot checks every
        `moderation.watch_interval_seconds`). One meta read when nothing changed; each version
        seen is acted on once. True if the FAQ served changed."""
        stored = await self.store.get_meta(FAQ_VERSION_KEY)
        if stored is None or stored == self.engine.kb.version or stored == self._stored_version_seen:
            return False
        self._stored_version_seen = stored
        before = self.engine.kb.version
        log.info("another process serves FAQ version %s (this one: %s): reloading", stored, before)
        problems = await self.reload()
        if not problems and self.engine.kb.version != stored:
            log.warning(
                "the store says FAQ version %s, but the files here give %s: is the knowledge folder "
                "shared by every process?",
                stored,
                self.engine.kb.version,
            )
        return self.engine.kb.version != before

    def warn_if_calibration_stale(self, engine: Engine) -> None:
        """The notice `faqbot validate` prints, as a warning: the FAQ served is not the one calibrated."""
        notice = stale_notice(self.config.calibration, engine.kb.version, self.config.matching, self.config.path.parent)
        if notice:
            log.warning("%s", notice)

    async def reload(self) -> list[Problem]:
        """Load and validate the files (in a worker thread); swap only if there is no problem.

        Returns the problems; on any, the FAQ served so far stays in service unchanged.
        """
        self._follow_exact()
        # The FAQ served before this reload, taken before anything is awaited: while the interim
        # engine is loaded and prepared in worker threads, the editor's worker can already serve
        # the exact engine of these files (`_follow_exact`), and taken after that, the FAQ would
        # look unchanged and the hand edits would be left to that swap's background comparison,
        # recorded after the reload returns (and after the corrections looked for them).
        former = self.engine
        engine, problems, generation = await asyncio.to_thread(self.editor.load)
        if engine is not None:
            await asyncio.to_thread(engine.prepare)  # not in the event loop: see swap
            self.swap(engine, generation, note=False)
            # Compared with what is served now, swapped by this reload or by another one that ran
            # at the same time (the file watcher's and /faq-mod reload's, the exact engine): a
            # reload whose engine came second must still record, or it would return before the
            # hand edits are recorded (recording is once in any case: one comparison at a time,
            # and each change is a conditional write).
            if self.engine.kb.version != former.kb.version:
                try:  # the files as reloaded: hand edits are recorded before the reload returns
                    await self.note_hand_edits(self.engine, former)
                except Exception:  # the changelog must never make a reload fail
                    log.exception("could not compare the FAQ with its public snapshot")
        else:
            log.warning(
                "FAQ reload refused: %d problem(s); still serving version %s", len(problems), self.engine.kb.version
            )
        return problems

    async def apply(self, operation: Callable[..., Applied], *args: Any, **kwargs: Any) -> Applied:
        """Run one editor operation (`service.editor.add_phrasing`, ...) in a worker thread and
        serve the FAQ it produced; its errors (bot.moderation.errors) reach the caller."""
        self._follow_exact()
        result = await asyncio.to_thread(operation, *args, **kwargs)
        await asyncio.to_thread(result.engine.prepare)
        self.swap(result.engine, result.generation)
        return result

    def _follow_exact(self) -> None:
        """An edit or reload is served at once on an interim engine; the exact one, built in the
        editor's worker thread, is swapped in on this event loop when it is ready (newer wins)."""
        loop = asyncio.get_running_loop()

        def ready(engine: Engine, generation: int) -> None:
            engine.prepare()  # here, in the editor's worker thread, not in the event loop (see swap)
            if not loop.is_running():
                # the loop has stopped or closed (`asyncio.run` of a command or a test has
                # returned): a callback left on a stopped loop would never run, so swap here
                self.swap(engine, generation)
                return
            try:
                loop.call_soon_threadsafe(self.swap, engine, generation)
            except RuntimeError:  # it closed meanwhile
                self.swap(engine, generation)

        self.editor.on_exact = ready

    # -- per-server settings (/faq-settings): the policy is bot.servers -------------------------

    async def load_server_settings(self) -> None:
        version, rows = await self.store.all_server_settings()
        self.servers = {row.guild_id: row for row in rows}
        self._servers_version = version

    async def follow_server_settings(self) -> bool:
        """Reload the per-server settings when any process changed them (one meta read when none
        did); True if they were reloaded."""
        if await self.store.server_settings_version() == self._servers_version:
            return False
        await self.load_server_settings()
        return True

    def stored_settings(self, guild_id: int) -> ServerSettings:
        """What a server chose itself (every field None: nothing)."""
        return self.servers.get(guild_id) or ServerSettings(guild_id)

    def settings_for(self, guild_id: int | None) -> servers.Effective:
        """A server's effective settings: its own over config.yaml's (None, a DM: config.yaml's)."""
        return servers.effective(self.config, self.stored_settings(guild_id) if guild_id else None)

    async def latest_settings(self, guild_id: int) -> ServerSettings:
        """What a server chose, read from the store now (a change is made to this, so that one
        made meanwhile through another process is kept, not overwritten by this process's copy)."""
        stored = await self.store.server_settings(guild_id)
        if stored.changed:
            self.servers[guild_id] = stored
        else:
            self.servers.pop(guild_id, None)
        return stored

    async def update_server_settings(
        self, guild_id: int, make: Callable[[ServerSettings], ServerSettings]
    ) -> tuple[ServerSettings, ServerSettings]:
        """Apply one change to a server's settings: `make` (a bot.servers function: it may raise
        SettingError) turns the stored settings into the new ones, which are saved only if nobody
        changed the stored ones meanwhile (compare-and-set); else they are read again and `make`
        applied again. So two admins changing settings at the same moment through two processes
        both keep their change (even two channels switched on at once in one passive list).
        (settings before, settings after)."""
        for _ in range(SETTINGS_TRIES):
            stored = await self.latest_settings(guild_id)
            new = make(stored)
            if await self.store.save_server_settings(new, expected=stored):
                self._served(new)
                return stored, new
        raise servers.SettingError(
            "the settings of this server were being changed by others at the same time; try again"
        )

    def _served(self, settings: ServerSettings) -> None:
        if settings.changed:
            self.servers[settings.guild_id] = settings
        else:
            self.servers.pop(settings.guild_id, None)

    async def change_server_settings(self, settings: ServerSettings) -> servers.Effective:
        """Store a server's new settings (bot.servers made and checked them); served here at once,
        by other processes within one `follow_server_settings`. Never touches the FAQ."""
        await self.store.save_server_settings(settings)
        self._served(settings)
        return self.settings_for(settings.guild_id)

    def passive_channels(self, guild_id: int | None) -> tuple[int, ...]:
        return self.settings_for(guild_id).passive_channel_ids

    def answer_ctas(self, entry: Entry, guild_id: int | None = None) -> tuple:
        """The calls to action under an answer: none where the server hid them."""
        if not self.settings_for(guild_id).show_ctas:
            return ()
        return tuple(answer_ctas(entry, self.config.outreach))

    def reply_language(self, guild_id: int | None, asked_in: str) -> str:
        """The language a server's replies are in: its forced one, else the question's (`asked_in`)."""
        return self.settings_for(guild_id).forced_language or asked_in

    def server_schedules(self) -> list[ScheduleSettings]:
        """Every server's fact of the day, as schedules for the scheduled-post loop."""
        found = (servers.fact_schedule(self.settings_for(guild_id)) for guild_id in sorted(self.servers))
        return [schedule for schedule in found if schedule is not None]

    # -- abuse limits (bot.moderation.abuse) ---------------------------------------------------

    async def admit(
        self, user_key: str, guild_id: int | None, cooldown: Callable[[], Verdict] | None = None
    ) -> Verdict:
        """Whether this user (keyed hash) in this server (None: a DM) may be answered now: blocks,
        rate caps (held across every process sharing the store; a store call only when this
        process has used the slots it holds), then `cooldown`. An automatic block it decides is
        stored for every process."""
        verdict = await self.limits.admit(user_key, guild_id, cooldown)
        block = verdict.new_block
        if block is not None:
            log.info("a user was blocked for %.0f minutes after repeated cooldown hits", block.seconds / 60)
            if self.store.is_open:
                self.spawn(self.store.block_until(block.kind, block.target, block.until, "auto"))
        return verdict

    def blocked(self, user_key: str, guild_id: int | None) -> bool:
        """Whether this user (keyed hash) or this server (None: a DM) is on the block list now: what
        buttons and selects check before recording or answering anything (old messages' buttons
        still work after a block). This process's copy of the list; no store call, no rate slot."""
        if self.limits.blocked_for(USER, user_key) is not None:
            return True
        return bool(guild_id) and self.limits.blocked_for(SERVER, str(guild_id)) is not None

    async def _take_rate_slots(
        self, window_start: int, scope: str, want: int, cap: int, *, sweep: bool = False
    ) -> tuple[int, int]:
        """Rate-cap slots from the store (bot.moderation.abuse.SlotSource)."""
        return await self.store.take_rate_slots(window_start, scope, want, cap, sweep=sweep)

    async def refresh_blocks(self) -> None:
        """Read the block list again from the store (blocks made through other processes)."""
        self.limits.load_blocks(await self.store.blocks())

    def user_target(self, user_id: int) -> str:
        """How a user is named on the block list: the keyed hash votes use, never the id."""
        return self.store.user_key(user_id)

    async def block(self, kind: str, target: str, minutes: float | None = None) -> str | None:
        """Block a user (`target` from `user_target`) or a server (guild id) for `minutes` or until
        lifted; in force in this process at once, in the others at their next refresh. Its end, or None."""
        until = await self.store.block(kind, target, seconds=minutes * 60 if minutes else None)
        self.limits.add_block(kind, str(target), until)
        return until

    async def unblock(self, kind: str, target: str) -> bool:
        lifted = await self.store.unblock(kind, str(target))
        self.limits.remove_block(kind, str(target))
        return lifted

    async def find_block(self, kind: str, text: str) -> Block | None:
        """The block a moderator means: a server by its id; a user by their id or by the start of
        the hash `blocks` shows (at least 6 characters, matching exactly one user)."""
        text = text.strip().lower()
        blocks = [b for b in await self.store.blocks() if b.kind == kind]
        if kind == SERVER:
            return next((b for b in blocks if b.target == text), None)
        if text.isascii() and text.isdigit():  # "¹²³".isdigit() too, and int() refuses it
            key = self.user_target(int(text))
            found = next((b for b in blocks if b.target == key), None)
            if found is not None:
                return found
        if len(text) >= 6:
            matches = [b for b in blocks if b.target.startswith(text)]
            if len(matches) == 1:
                return matches[0]
        return None

    def review_cap(self) -> int:
        return self.config.limits.review_per_server_per_day

    # -- questions ---------------------------------------------------------------------------

    def conversation_key(self, user_id: int, place: int | None) -> str:
        """One person in one place (a channel), as a keyed hash: never the user id itself."""
        return f"{self.store.user_key(user_id)}:{place or 0}"

    def ask(self, question: str, conversation: str | None = None, *, guild_id: int | None = None) -> Reply:
        """Match a question (in memory, well under a millisecond; the engine truncates long ones).

        With a `conversation` key, a follow-up ("why?") refers to the last answer given there, and
        an answer is remembered for one. Without it (passive mode) nothing is taken as a follow-up.
        In a server whose reply language is set (`/faq-settings language`), the reply is in that
        language whatever the question's; a person in danger is always answered in their own.
        """
        routed = self.safety.check(self.engine, question)
        if routed is not None:
            return routed  # no follow-up refers to it; nothing of it is logged beyond its length
        previous = self.followups.previous(conversation) if conversation else None
        reply = self.engine.ask(question, previous=previous)
        forced = self.settings_for(guild_id).forced_language if guild_id else None
        if forced is not None and reply.asked_in != forced:
            reply = dataclasses.replace(reply, question_language=forced)
        if conversation is not None:
            self.followups.note(conversation, reply)
        log.debug(
            "question of %d chars: %s (score %.1f, %s, scope %s)",
            len(question),
            reply.kind,
            reply.result.score,
            reply.result.reason.value,
            reply.scope,
        )
        return reply

    def unasked_threshold(self, language: str | None = None) -> float:
        """The stricter confidence an answer to a message not addressed to the bot needs: the
        stricter of `discord.passive_threshold` and the answer threshold of the question's
        `language` ("en", "fa", "fa-Latn": its own when calibrated, as `ask` decides with)."""
        answer, _ = self.config.matching.thresholds(language)
        return max(self.config.discord.passive_threshold, answer)

    def fit_to_post_unasked(self, reply: Reply) -> bool:
        """A confident answer to the question as asked, fit to post where nobody asked the bot
        (passive mode, forum posts): never a partial answer, "did you mean" or "no match". The
        threshold is that of the language the question is written in (not the server's reply
        language, which `ask` may have set on the reply)."""
        limit = self.config.matching.max_question_chars * 2
        language = question_language(reply.question[:limit])
        return (
            reply.result.outcome is Outcome.ANSWER
            and not reply.partial
            and reply.result.score >= self.unasked_threshold(language)
        )

    def record(
        self, reply: Reply, *, keep_text: bool = True, message_id: int | None = None, guild_id: int | None = None
    ) -> None:
        """Count every question; keep a question's text (never who asked) only for the review queue,
        and only what the storage policy allows (`bot.privacy.policy`: text storage switched on,
        and never a question disclosing personal risk or personal data).

        Queued: unanswered and "did you mean" questions, partial answers (the FAQ covers only part
        of the question: a gap moderators should see), and answers given with a confidence below
        `moderation.low_confidence_score`. Other answers are remembered in memory only, by their
        message id, in case someone votes them "not helpful" (see `note_vote`). Whatever is kept,
        the counts the review queue falls back on are always made: outcomes per day, the entry
        "did you mean" offered first, low-confidence answers per entry. `keep_text=False` (passive
        mode) records nothing at all. A question from a server that opted out of question-text
        storage (`/faq-settings question-text`) is counted, its text never kept.

        `guild_id`: the server the question came from (0: a direct message), also for the counts
        per server and the daily cap of review-queue rows per server (`limits.review_per_server_per_day`).
        """
        if reply.talk is not None or reply.safe_route is not None:
            # greetings, thanks, help and follow-ups: conversation; a person in danger: never
            # stored, not even counted
            return
        result = reply.result
        server = guild_id  # the counts per server: None (not from Discord) counts none
        server_allows = self.settings_for(guild_id).store_question_text if guild_id else True
        text = self.storage_policy.text_to_keep(reply.question) if keep_text and server_allows else None
        if result.outcome is Outcome.ANSWER and reply.entry is not None:
            self.spawn(self.store.record_answer(reply.entry.id, server))
            low = keep_text and result.score < self.config.moderation.low_confidence_score
            if low:
                self.spawn(self.store.count_low_confidence(reply.entry.id))
            if text is not None and reply.partial:
                self.spawn(
                    self.store.queue_for_review(
                        text, ReviewReason.PARTIAL, result.score, reply.entry.id, server, self.review_cap()
                    )
                )
            elif text is not None and low:
                self.spawn(
                    self.store.queue_for_review(
                        text, ReviewReason.LOW, result.score, reply.entry.id, server, self.review_cap()
                    )
                )
            elif text is not None and message_id is not None:
                self.recent_answers[message_id] = (text, reply.entry.id, result.score, server)
                while len(self.recent_answers) > RECENT_ANSWERS:
                    self.recent_answers.popitem(last=False)
        elif text is not None:
            self.spawn(
                self.store.record_unanswered(
                    text, result.outcome.value, result.score, result.suggestions, server, self.review_cap()
                )
            )
            if result.outcome is Outcome.SUGGEST and message_id is not None:
                self.recent_suggestions[message_id] = (text, tuple(result.suggestions), result.score, server)
                while len(self.recent_suggestions) > RECENT_ANSWERS:
                    self.recent_suggestions.popitem(last=False)
        elif keep_text:
            self.spawn(self.store.record_outcome(result.outcome.value, result.suggestions, server))

    def count_shown(self, entry_id: str, guild_id: int | None) -> None:
        """Count an entry shown without a question to match (a "did you mean" pick, a follow-up,
        /faq show, Answer with FAQ): in the answers per entry and per server (0: a direct message)."""
        self.spawn(self.store.record_answer(entry_id, guild_id or 0))

    def remember_posted(
        self,
        channel_id: int | None,
        message_id: int | None,
        entry_id: str | None,
        lang: str = i18n.EN,
        guild_id: int | None = None,
    ) -> None:
        """An answer the bot posted in a server's channel, for "Updated on DATE" when its entry
        changes (`outreach.edit_posted_answers`; nothing is kept when it is off). Only the message
        and channel ids, the entry, the language and the day: never who asked, never the question.
        `lang`: the asker's language; `guild_id`: the server, whose reply language may override it
        (/faq-settings language), as `FaqBot.answer_message` rendered the answer."""
        outreach = self.config.outreach
        if not outreach.edit_posted_answers or not channel_id or not message_id or not entry_id:
            return
        shown = i18n.base(self.reply_language(guild_id, lang) if guild_id else lang)
        entry = self.engine.kb.entries.get(entry_id)
        if entry is not None and shown != entry.language and entry.translation(shown) is None:
            shown = entry.language  # no translation: the answer was shown in its own language
        language = i18n.FA if shown == i18n.FA else i18n.EN
        self.spawn(
            self.store.remember_posted_answer(
                int(channel_id), int(message_id), entry_id, language, keep_days=outreach.posted_answers_days
            )
        )

    def none_of_these(self, message_id: int | None) -> bool:
        """The asker pressed "None of these" under the "did you mean" sent as `message_id`: its
        question goes to the review queue as such. False when no text was kept for it (text
        storage off, a question disclosing personal risk or data, or too long ago)."""
        remembered = self.recent_suggestions.pop(message_id, None) if message_id is not None else None
        if remembered is None:
            return False
        question, suggestions, score, server = remembered
        mark = self.store.mark_none_of_these(question, score, suggestions, server, self.review_cap())
        self.spawn(self._after_earlier_writes(mark))
        return True

    async def _after_earlier_writes(self, write: Coroutine[Any, Any, Any]) -> Any:
        """`write` once the writes already started have ended: "None of these" moves the row that
        recording the "did you mean" queued, and on a pool of connections (PostgreSQL) a write
        started later can land first, which queued the question twice."""
        earlier = [t for t in self._background if t is not asyncio.current_task()]
        if earlier:
            await asyncio.wait(earlier)
        return await write

    def picked(self, message_id: int | None, entry_id: str) -> bool:
        """The asker picked `entry_id` from the "did you mean" sent as `message_id`: their question
        is kept as a suggested phrasing of that entry (for moderators to add in one step), if the
        storage policy kept its text."""
        if message_id is None:
            return False
        remembered = self.recent_suggestions.get(message_id)
        if remembered is None or entry_id not in remembered[1]:
            return False  # not offered there: a forged or stale choice
        del self.recent_suggestions[message_id]
        self.spawn(self.store.suggest_phrasing(remembered[0], entry_id, remembered[3], self.review_cap()))
        return True

    def note_vote(self, message_id: int | None, entry_id: str, helpful: bool) -> None:
        """A "Not helpful" vote sends the question that answer was given to to the review queue (once)."""
        if helpful or message_id is None or not self.storage_policy.stores_text:
            return
        remembered = self.recent_answers.pop(message_id, None)
        if remembered is not None and remembered[1] == entry_id:
            question, _, score, server = remembered
            self.spawn(
                self.store.queue_for_review(
                    question, ReviewReason.NOT_HELPFUL, score, entry_id, server, self.review_cap()
                )
            )

    async def vote(
        self, entry_id: str, user_id: int, helpful: bool, message_id: int | None, server: int | None = None
    ) -> VoteOutcome:
        """One vote per person per entry (kept by hashed user id); a new "Not helpful" queues the
        question. `server`: where the vote was cast, for the counts per server."""
        outcome = await self.store.record_vote(entry_id, user_id, helpful, server)
        if outcome is not VoteOutcome.SAME:
            self.note_vote(message_id, entry_id, helpful)
        return outcome

    # -- what moderators read ----------------------------------------------------------------

    async def review(self, limit: int = 50) -> list[ReviewGroup]:
        """The review queue as moderators see it: the askers' picks from "did you mean" first, then
        the queued questions grouped by similarity, most frequent first, each with the closest
        entries of the FAQ served."""
        items = await self.store.review_queue(limit=limit)
        suggested = await self.store.suggested_phrasings(limit=limit)
        # Grouping compares every question with every other: in a worker thread, off the event loop.
        grouped = await asyncio.to_thread(
            group_questions, items, self.engine, similarity=self.config.moderation.review_similarity
        )
        return suggestion_groups(suggested, self.engine) + grouped

    async def dismiss(self, group: ReviewGroup) -> int:
        """Take a group of `review` off the queue; how many questions were removed."""
        return await self.store.dismiss(group.item_ids) + await self.store.remove_suggested(group.suggested_ids)

    async def stats(self, days: int) -> StatsReport:
        """Answers per entry of the FAQ served, unanswered rate and helpful ratio over the last
        `days` days: counts only, nothing about who asked."""
        return report_from_counts(days, await self.store.period_counts(days), self.engine.kb.entries)


async def note_hand_edits(store: BaseStore, editor: Editor, kb: Any, former: Any = None) -> list[PublicChange]:
    """Compare the entries of `kb` (as their files hold them now) with the open `store`'s snapshot
    of their public content; record a dated public change for each difference no audit-log change
    of `editor` explains (bot.moderation.changelog). The first time, only the snapshot is taken.
    `former`: the FAQ served before, if any (names an entry removed by hand). Returns the changes
    recorded by this call (not those another process recorded first)."""
    paths = {entry.id: entry.path for entry in kb.entries.values()}
    questions = {} if former is None else {entry.id: entry.question for entry in former.entries.values()}
    folder = str(editor.knowledge_dir)  # resolved
    started, rows = await store.public_snapshot()
    if started is not None and started not in ("1", folder):
        # Another FAQ folder with this database (`faqbot export --knowledge DRAFT`): its
        # differences are no change of the FAQ the snapshot is of, and are never published.
        log.warning("hand edits not compared: the public snapshot is of %s, not of %s", started, folder)
        return []
    snapshot = {entry_id: Snapshot(entry_id, json.loads(content), audit_id) for entry_id, content, audit_id in rows}
    today = dt.datetime.now(dt.UTC).date().isoformat()
    plans = await asyncio.to_thread(editor.hand_changes, paths, snapshot, today, questions)
    if not started:
        await store.save_public_baseline(
            [(p.entry_id, p.new_digest, json.dumps(p.new), p.audit_id) for p in plans if p.new is not None], folder
        )
        log.info("public snapshot of %d entries taken: later hand edits are public changes", len(plans))
        return []
    recorded = []
    for plan in plans:
        change = plan.change
        won = await store.record_public_change(
            plan.entry_id,
            plan.old,
            plan.new_digest,
            None if plan.new is None else json.dumps(plan.new),
            plan.audit_id,
            None if change is None else (change.date, changes_to_json(change.changes), change.question),
        )
        if won and change is not None:
            recorded.append(change)
            log.info("hand edit of %s recorded as a public change: %s", change.entry_id, change.text())
    return recorded
