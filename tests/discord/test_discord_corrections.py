"""Corrections that follow the answer, in the simulated Discord on its virtual clock: after an
entry changes, one digest post (never pinging) and the bot's own posted answers edited to say
"Updated on DATE; see the current answer", paced, in Persian for a Persian answer; a message
deleted meanwhile is skipped; several processes post once. Edits are made with the editor, as
/faq-mod makes them, on copies of the FAQ."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest

from bot.exts.corrections import DIGEST_TITLE, digest, note, with_note
from bot.moderation.changelog import Change, PublicChange

pytestmark = pytest.mark.asyncio

WHO = "mod (111111111111111111)"
BEES = "how many flowers do bees visit"
NEW_BEES_ANSWER = "The field notes say honeybees visit about two thousand flowers a day, then fly back to the hive."


def edit_answer(w, entry_id: str, answer: str):
    editor = w.bot.editor
    opened = editor.open(entry_id)
    applied = editor.edit_entry(
        entry_id, dataclasses.replace(opened.draft, answer=answer), who=WHO, revision=opened.revision
    )
    w.bot.service.swap(applied.engine, applied.generation)
    return applied.change


def digests(w, channel) -> list[str]:
    return [m.content for m in w.bot_messages(channel) if m.content.startswith(DIGEST_TITLE)]


async def test_a_changed_answer_gets_one_digest_and_its_posted_answers_say_updated(world_factory, small_kb, tmp_path):
    knowledge, seeds = small_kb
    outreach = {"edit_posted_answers": True, "changelog_delay_minutes": 10}
    async with world_factory(knowledge=knowledge, seeds=seeds, outreach=outreach) as w:
        news = w.guild.create_text_channel("faq-news")
        w.set_outreach(changelog_channel_id=news.id)
        await w.advance(1)  # the first look: the audit log's past is the starting point
        await w.slash(w.alice, "ask", question=BEES)
        answer = w.last_bot_message()
        await w.mention(w.bob, BEES)
        reply = w.last_bot_message()
        await w.slash(w.alice, "ask", question="how often did the volcano erupt")
        volcano = w.last_bot_message()
        await w.env.settle()
        posted = await w.bot.store.posted_answers("bees", keep_days=30)
        assert {p.message_id for p in posted} == {answer.id, reply.id}
        # Ids, entry, language and day only: nobody's user id, no question text.
        with sqlite3.connect(w.config.paths.database) as db:
            dump = "\n".join(db.iterdump())
        assert str(w.alice.id) not in dump and str(w.bob.id) not in dump and BEES not in dump

        change = edit_answer(w, "bees", NEW_BEES_ANSWER)
        w.bot.editor.add_phrasing("volcano", "any eruptions on the island lately", who=WHO)  # not public
        await w.advance(61)
        assert digests(w, news) == []  # waits until the FAQ has been quiet for 10 minutes
        await w.advance(11 * 60)
        (post,) = digests(w, news)
        date = change.at[:10]
        assert f"**How many flowers do the honeybees visit?**: Updated on {date}: answer reworded" in post
        assert "volcano" not in post.lower() and "eruptions on the island" not in post and "mod" not in post
        request = w.http("POST", f"/channels/{news.id}/messages")[-1]
        assert request.json["allowed_mentions"] == {"parse": []}
        await w.advance(10)  # the edits are paced: 1.5 s apart
        for message in (answer, reply):
            edited = next(m for m in w.bot_messages() if m.id == message.id)
            assert edited.content.split("\n")[0] == f"-# Updated on {date}; see the current answer"
            assert edited.embeds and edited.embeds[0].title == message.embeds[0].title  # the answer stays
        unchanged = next(m for m in w.bot_messages() if m.id == volcano.id)
        assert "Updated on" not in (unchanged.content or "")
        cog = w.bot.get_cog("Corrections")
        assert cog.edits == 2 and cog.digests == 1 and cog.running
        await w.advance(3600)
        assert len(digests(w, news)) == 1  # posted once

        # A second change a day later: the note is replaced, never stacked.
        change = edit_answer(w, "bees", NEW_BEES_ANSWER + " They rest at night.")
        await w.advance(15 * 60)
        edited = next(m for m in w.bot_messages() if m.id == answer.id)
        assert edited.content.count("Updated on") == 1 and len(digests(w, news)) == 2


async def test_a_deleted_answer_is_skipped_and_a_persian_answer_gets_a_persian_note(world_factory, kb_copy):
    knowledge, seeds = kb_copy
    outreach = {"edit_posted_answers": True, "changelog_delay_minutes": 0, "site_url": "https://example.org/faq.html"}
    async with world_factory(knowledge=knowledge, seeds=seeds, outreach=outreach) as w:
        await w.advance(1)
        await w.slash(w.alice, "ask", question="ایران چند نفر را اعدام کرده است؟")
        persian = w.last_bot_message()
        await w.slash(w.bob, "ask", question="how many people has iran executed")
        english = w.last_bot_message()
        await w.env.settle()
        rows = await w.bot.store.posted_answers("executions", keep_days=30)
        assert sorted((r.message_id, r.language) for r in rows) == sorted([(persian.id, "fa"), (english.id, "en")])
        w.env.backend.delete_message(w.channel.id, english.id)  # deleted by someone meanwhile
        answer = w.bot.engine.kb.entries["executions"].answer
        edit_answer(w, "executions", answer.replace("According to the letter,", "The letter says that"))
        await w.advance(120)
        cog = w.bot.get_cog("Corrections")
        assert cog.edits == 1 and cog.skipped == 1 and cog.failures == 0
        edited = next(m for m in w.bot_messages() if m.id == persian.id)
        first = edited.content.split("\n")[0]
        assert first.startswith("-# \u200f") and "پاسخ کنونی را ببینید" in first
        assert "<https://example.org/faq.html#executions>" in first
        assert await w.bot.store.posted_answers("executions", keep_days=30) == [
            r for r in rows if r.message_id == persian.id
        ]  # the deleted one is forgotten


async def test_nothing_is_kept_or_posted_when_corrections_are_off(world_factory, small_kb):
    knowledge, seeds = small_kb
    async with world_factory(knowledge=knowledge, seeds=seeds) as w:
        await w.slash(w.alice, "ask", question=BEES)
        await w.env.settle()
        assert (await w.bot.store.table_counts())["posted_answers"] == 0
        edit_answer(w, "bees", NEW_BEES_ANSWER)
        await w.advance(2 * 3600)
        assert "Updated on" not in (w.last_bot_message().content or "")
        assert await w.bot.store.corrections_cursor() is None


async def test_a_batch_claimed_by_another_process_is_not_posted_again(world_factory, small_kb, backend):
    knowledge, seeds = small_kb
    url = backend.where if backend.kind == "postgres" else ""
    outreach = {"changelog_delay_minutes": 0}
    async with world_factory(knowledge=knowledge, seeds=seeds, outreach=outreach, database_url=url) as w:
        news = w.guild.create_text_channel("faq-news")
        w.set_outreach(changelog_channel_id=news.id)
        await w.advance(61)
        cursor = await w.bot.store.corrections_cursor()
        assert cursor is not None
        change = edit_answer(w, "bees", NEW_BEES_ANSWER)
        other = backend.store()  # another process's connection: it claims the batch first
        await other.open()
        assert await other.claim_corrections(cursor + 1, change.id, claimant="other-host:4242")
        await other.close()
        await w.advance(3 * 60)
        assert digests(w, news) == []
        edit_answer(w, "volcano", "The notes say the volcano erupted twice in the last century; both were small.")
        await w.advance(3 * 60)
        (post,) = digests(w, news)  # the next batch is this process's
        assert "volcano" in post and "honeybees" not in post


async def test_the_digest_fits_discord_and_escapes_mentions():
    many = [
        PublicChange(f"e{i}", "2026-03-01", (Change("answer"),), f"@everyone question number {i} " + "x" * 80)
        for i in range(40)
    ]
    text = digest(many, lambda eid: f"https://example.org/faq.html#{eid}")
    assert len(text) <= 2000 and text.endswith("more") and "@everyone" not in text
    assert with_note("", "-# Updated on 2026-03-01; see the current answer") == (
        "-# Updated on 2026-03-01; see the current answer"
    )
    long = with_note("y" * 2000, "-# Updated on 2026-03-02; see the current answer")
    assert len(long) == 2000 and long.startswith("-# Updated on 2026-03-02")
    huge = PublicChange("e", "2026-03-01", (Change("question"),), "q" * 3000)
    assert len(digest([huge], lambda eid: None)) == 2000
    removed = PublicChange("e", "2026-03-01", (Change("removed"),), "Q?")
    assert note(removed, "en", "https://example.org/faq.html#e") == (
        "-# Updated on 2026-03-01: this answer has been removed from the FAQ"
    )  # no link to an answer that is gone
    assert "حذف شده" in note(removed, "fa", None)


def hand_edit(path, old: str, new: str) -> None:
    """An edit made in a text editor (or by `git pull`): no audit-log record."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


async def test_a_hand_edit_of_the_files_gets_its_digest_and_its_posted_answers_say_updated(world_factory, small_kb):
    knowledge, seeds = small_kb
    outreach = {"edit_posted_answers": True, "changelog_delay_minutes": 10}
    async with world_factory(knowledge=knowledge, seeds=seeds, outreach=outreach) as w:
        news = w.guild.create_text_channel("faq-news")
        w.set_outreach(changelog_channel_id=news.id)
        await w.advance(1)
        await w.slash(w.alice, "ask", question=BEES)
        answer = w.last_bot_message()
        await w.env.settle()
        assert await w.bot.store.public_changes() == []  # the first start records nothing

        # A phrasing added by hand, reloaded: served, and nothing public to say.
        hand_edit(
            knowledge / "bees.yaml",
            "  - daily flower count of a honeybee\n",
            "  - daily flower count of a honeybee\n  - bee flower tally\n",
        )
        assert await w.bot.service.reload() == []
        assert "bee flower tally" in w.bot.engine.kb.entries["bees"].phrasings
        await w.advance(15 * 60)
        assert digests(w, news) == []

        # The answer reworded by hand (a text editor, git pull), then the reload the watcher makes.
        hand_edit(knowledge / "bees.yaml", "The field notes say honeybees", "According to the field notes, honeybees")
        assert await w.bot.service.reload() == []
        await w.env.settle()
        await w.advance(61)
        assert digests(w, news) == []  # the same quiet time as for edits made through the bot
        await w.advance(11 * 60)
        (post,) = digests(w, news)
        date = (await w.bot.store.public_changes())[0][2]
        assert f"**How many flowers do the honeybees visit?**: Updated on {date}: answer reworded" in post
        await w.advance(10)
        edited = next(m for m in w.bot_messages() if m.id == answer.id)
        assert edited.content.split("\n")[0] == f"-# Updated on {date}; see the current answer"
        cog = w.bot.get_cog("Corrections")
        assert cog.edits == 1 and cog.digests == 1

        # Then an edit through the bot: its own digest line, once; no hand edit recorded for it.
        edit_answer(w, "volcano", "The notes say the volcano erupted twice in the last century; both were small.")
        await w.env.settle()
        await w.advance(15 * 60)
        assert len(digests(w, news)) == 2
        last = digests(w, news)[-1]
        assert last.count("Updated on") == 1 and "volcano" in last and "honeybees" not in last
        assert [row[1] for row in await w.bot.store.public_changes()] == ["bees"]
        await w.advance(3600)
        assert len(digests(w, news)) == 2
