"""Corrections that follow the answer (config.yaml `outreach.changelog_channel_id`,
`outreach.edit_posted_answers`; docs/outreach.md).

When FAQ entries change (edits recorded in the audit log: from Discord, `faqbot undo`, ...;
and hand edits of the files, recorded in the store when the bot loads them: see
`bot.moderation.changelog`), once the FAQ has had no new change for `changelog_delay_minutes`
(as seen by this process), the batch of changes is read as the public changelog (what changed in
plain words; phrasings are not a public change) and:

- one post in `changelog_channel_id` lists the answers that changed, pinging nobody;
- with `edit_posted_answers`, the bot's own answers with those entries posted in the last
  `posted_answers_days` days get a first line "Updated on DATE; see the current answer" (in
  Persian for a Persian answer), one edit every `EDIT_INTERVAL_SECONDS` (well within Discord's
  per-channel limit of 5 edits per 5 seconds); a message deleted meanwhile is skipped and forgotten.

Several bot processes may share one store: each batch (the audit-log changes after the last one
handled; the hand edits not claimed yet) is claimed in the store first, and only the process
whose claim went in posts and edits (at most once: a process that dies after its claim leaves the
batch unsent). The first time this runs, the changes already in the audit log and the store are
taken as the starting point, never posted.

Everything runs in one background task; errors are logged and never stop it. The clock is
`discord.utils.utcnow` (in tests: simcord's virtual clock).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable, Sequence

import discord
from discord.ext import commands

from ..discord_app import render
from ..discord_app.bot import FaqBot
from ..discord_app.ticker import Ticker, TickingCog
from ..engine import i18n
from ..moderation.audit import ChangeRecord
from ..moderation.changelog import PublicChange, changes_from_json, for_batch, merged
from ..outreach.cta import entry_url

log = logging.getLogger(__name__)

POLL_SECONDS = 60  # how often the audit log is looked at while corrections are on
IDLE_SECONDS = 60  # with corrections off: only the config is looked at (a reload may switch them on)
RETRY_SECONDS = 300  # after an unexpected error
EDIT_INTERVAL_SECONDS = 1.5  # between two edits of posted answers (fetch + edit: 2 requests)
DIGEST_TITLE = "**FAQ answers updated**"
NOTE_PREFIX = "-# "  # Discord's small text: the note is the first line of the edited message


def digest(changes: Sequence[PublicChange], url_for: Callable[[str], str | None]) -> str:
    """One post listing `changes`, within Discord's 2,000 characters (those that do not fit are
    counted in a last line); questions escaped, so nothing in them formats or pings."""
    lines = [DIGEST_TITLE]
    for i, change in enumerate(changes):
        question = discord.utils.escape_mentions(discord.utils.escape_markdown(change.question))
        url = None if change.removed else url_for(change.entry_id)
        line = f"- **{question}**: {change.text()}" + (f" <{url}>" if url else "")
        left = len(changes) - i - 1  # after this one
        tail = f"\n\u2026 and {left} more" if left else ""  # room kept for it, should the next not fit
        room = 2000 - len("\n".join(lines)) - 1 - len(tail)
        if len(line) > room:
            if len(lines) > 1:
                lines.append(f"\u2026 and {left + 1} more")
                break
            line = line[: room - 1] + "\u2026"
        lines.append(line)
    return "\n".join(lines)


def note(change: PublicChange, language: str, url: str | None) -> str:
    """The line put at the top of a posted answer whose entry changed."""
    key = "answer_withdrawn" if change.removed else "answer_updated"
    text = i18n.t(key, language, date=change.date)
    if url and not change.removed:
        text += f": <{url}>"
    return NOTE_PREFIX + render.rtl(text, language)


def _is_note(line: str) -> bool:
    """An earlier note of ours (it is replaced, never stacked)."""
    if not line.startswith(NOTE_PREFIX):
        return False
    body = line[len(NOTE_PREFIX) :].lstrip(i18n.RLM)
    return any(
        body.startswith(i18n.MESSAGES[key][lang].split("{date}")[0])
        for key in ("answer_updated", "answer_withdrawn")
        for lang in i18n.MESSAGES[key]
    )


def with_note(content: str, line: str) -> str:
    """`content` with `line` as its first line, in place of an earlier note; within 2,000 characters."""
    rest = [part for part in (content or "").split("\n") if not _is_note(part)] if content else []
    body = "\n".join(rest).strip("\n")
    text = f"{line}\n{body}" if body else line
    return text if len(text) <= 2000 else text[:1999] + "\u2026"


class Corrections(TickingCog, commands.Cog):
    def __init__(self, bot: FaqBot, *, clock: Callable[[], dt.datetime] | None = None) -> None:
        self.bot = bot
        self.clock = clock or (lambda: discord.utils.utcnow())
        self.edit_interval = EDIT_INTERVAL_SECONDS
        self.digests = 0
        self.edits = 0
        self.skipped = 0  # posted answers deleted (or no longer reachable) before their edit
        self.failures = 0
        # The newest change seen (audit log, hand edits recorded in the store), and since when.
        self._newest: tuple[tuple[int, int], dt.datetime] | None = None
        self.ticker = Ticker(
            lambda: self.tick(),  # looked up at each run: a test may wrap `tick`
            name="faqbot-corrections",
            what="corrections",
            retry_seconds=RETRY_SECONDS,
            ready=self.bot.wait_until_ready,
            failed=self._count_failure,
        )

    def _count_failure(self) -> None:
        self.failures += 1

    async def _records(self, after: int | None) -> list[ChangeRecord]:
        """The changes after `after` (None: only the newest, to start from), read off the loop."""
        editor = self.bot.editor
        if after is None:
            return await asyncio.to_thread(editor.audit.changes, editor.knowledge_dir, limit=1)
        return await asyncio.to_thread(editor.audit.changes, editor.knowledge_dir, after=after)

    async def tick(self) -> float:
        """Handle the changes that are due; return the seconds until the next look."""
        outreach = self.bot.config.outreach
        if not outreach.corrections:
            return IDLE_SECONDS
        store = self.bot.store
        cursor = await store.corrections_cursor()
        records = await self._records(cursor)
        newest = max((r.id for r in records), default=0)
        if cursor is None:  # the first time: what is already recorded is the starting point
            await store.claim_corrections(0, newest, sent=True)
            await store.claim_public_changes(sent=True)
            return POLL_SECONDS
        batch = [r for r in records if r.id > cursor]
        # Hand edits of the files, recorded in the store on a load (bot.moderation.changelog).
        hand_newest = await store.newest_unclaimed_public_change()
        if not batch and not hand_newest:
            return POLL_SECONDS
        # Quiet for `changelog_delay_minutes`: the newest change has stayed the newest that long
        # (measured on this process's clock, from when it first saw that change).
        now = self.clock()
        seen = (newest, hand_newest)
        if self._newest is None or self._newest[0] != seen:
            self._newest = (seen, now)
        wait = self._newest[1] + dt.timedelta(minutes=outreach.changelog_delay_minutes) - now
        if wait.total_seconds() > 0:
            return max(1.0, min(POLL_SECONDS, wait.total_seconds()))
        first = cursor + 1
        from_audit: list[PublicChange] = []
        claimed = False
        if batch:
            from_audit = for_batch(batch)
            if not from_audit:  # phrasings only, or changes that cancel out: claimed, nothing to say
                await store.claim_corrections(first, newest, sent=True)
            elif await store.claim_corrections(first, newest):
                claimed = True
            else:
                log.info("corrections: changes %d-%d were claimed by another process", first, newest)
                from_audit = []
        # Each hand edit goes to exactly one claim, whichever processes claim at once.
        by_hand = [
            PublicChange(entry_id, day, changes_from_json(kinds), question)
            for _, entry_id, day, kinds, question in (await store.claim_public_changes() if hand_newest else [])
        ]
        changes = merged(from_audit, [c for c in by_hand if c.changes], per_entry=True)
        if changes:
            if outreach.changelog_channel_id:
                await self._post_digest(outreach.changelog_channel_id, changes)
            if outreach.edit_posted_answers:
                for change in changes:
                    if not change.added:
                        await self._edit_posted(change)
        if claimed:
            await store.mark_corrections_sent(first)
        return POLL_SECONDS

    def _url(self, entry_id: str) -> str | None:
        return entry_url(self.bot.config.outreach, entry_id)

    async def _channel(self, channel_id: int) -> discord.abc.Messageable | None:
        return await self.bot.messageable(channel_id)

    async def _post_digest(self, channel_id: int, changes: Sequence[PublicChange]) -> None:
        channel = await self._channel(channel_id)
        if channel is None:
            self.failures += 1
            log.warning("corrections: channel %s was not found or is not visible to the bot; no digest", channel_id)
            return
        try:
            await channel.send(digest(changes, self._url), allowed_mentions=discord.AllowedMentions.none())
        except discord.HTTPException as exc:
            self.failures += 1
            log.warning("corrections: could not post the digest in %s (HTTP %s)", channel_id, exc.status)
            return
        self.digests += 1
        log.info("corrections: digest of %d changed entries posted", len(changes))

    async def _edit_posted(self, change: PublicChange) -> None:
        outreach = self.bot.config.outreach
        posted = await self.bot.store.posted_answers(change.entry_id, keep_days=outreach.posted_answers_days)
        gone: list[int] = []
        me = self.bot.user
        for item in posted:
            await asyncio.sleep(self.edit_interval)  # paced: Discord allows 5 edits per 5 s per channel
            channel = await self._channel(item.channel_id)
            if channel is None or not hasattr(channel, "fetch_message"):
                self.skipped += 1
                gone.append(item.message_id)
                continue
            try:
                message = await channel.fetch_message(item.message_id)
                if me is not None and message.author.id != me.id:
                    gone.append(item.message_id)  # not the bot's own message: never touched
                    continue
                line = note(change, item.language, self._url(change.entry_id))
                await message.edit(
                    content=with_note(message.content, line), allowed_mentions=discord.AllowedMentions.none()
                )
            except discord.NotFound:  # deleted meanwhile
                self.skipped += 1
                gone.append(item.message_id)
                continue
            except discord.HTTPException as exc:  # no permission any more, or refused: left as it is
                self.failures += 1
                log.warning("corrections: could not edit a posted answer in %s (HTTP %s)", item.channel_id, exc.status)
                continue
            self.edits += 1
        if gone:
            await self.bot.store.forget_posted_answers(gone)


async def setup(bot: FaqBot) -> None:
    await bot.add_cog(Corrections(bot))
