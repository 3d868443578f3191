"""The abuse limits as people see them in a simulated Discord: rate caps per server (a short
private notice, once per window for mentions), the block list kept by moderators (/faq-mod block,
unblock, blocks), automatic temporary blocks after repeated cooldown hits, the daily cap of
review-queue rows per server, and the counts per server in /faq-mod stats."""

from __future__ import annotations

import contextlib

import pytest
from simworld import CAMPAIGN_GUILD_ID, answerable
from simworld import shown_text as shown

from bot.discord_app import render
from bot.exts.moderation import _render as R
from bot.store import store_at

pytestmark = pytest.mark.asyncio

OTHER_GUILD_ID = 700_000_000_000_000_777


@contextlib.asynccontextmanager
async def moderated(world_factory, small_kb=None, **overrides):
    """The small FAQ (None: the shipped one); the campaign's server is the home server, with its
    Moderators role allowed /faq-mod; a second server ("Elsewhere") with one member."""
    if small_kb is not None:
        overrides["knowledge"], overrides["seeds"] = small_kb
    overrides.setdefault("home_guild_ids", (CAMPAIGN_GUILD_ID,))
    async with world_factory(**overrides) as w:
        w.set_discord(moderator_role_ids=(w.mods_role.id,))
        w.allow_command("faq-mod", w.mods_role)
        w.other = w.env.create_guild("Elsewhere", id=OTHER_GUILD_ID)  # type: ignore[attr-defined]
        w.other_channel = w.other.create_text_channel("general")  # type: ignore[attr-defined]
        w.carol = w.other.add_member(w.env.create_user("carol"))  # type: ignore[attr-defined]
        w.question = answerable(w.engine)[0]  # type: ignore[attr-defined]
        yield w


def answered(result) -> bool:
    return bool(result.response.embeds)


async def test_a_server_over_its_rate_cap_gets_a_short_private_notice(world_factory, faq_engine):
    question, _ = answerable(faq_engine)
    async with world_factory(limits={"server_questions_per_minute": 2}) as w:
        assert answered(await w.slash(w.alice, "ask", question=question))
        assert answered(await w.slash(w.bob, "ask", question=question))
        capped = await w.slash(w.mod, "ask", question=question)
        assert capped.ephemeral and not capped.response.embeds
        assert capped.response.content.startswith("The FAQ bot has answered many questions in this server")
        assert "<@" not in capped.response.content and "@everyone" not in capped.response.content
        await w.advance(60)
        assert answered(await w.slash(w.mod, "ask", question=question))


async def test_mentions_over_the_cap_are_told_once_per_minute_without_a_ping(world_factory, faq_engine):
    question, _ = answerable(faq_engine)
    async with world_factory(limits={"server_questions_per_minute": 1}) as w:
        await w.mention(w.alice, question)
        for member in (w.bob, w.alice, w.mod, w.bob):
            await w.mention(member, question)
        replies = w.bot_messages()
        assert len(replies) == 2  # the answer, then one notice for the whole flood
        notice = replies[1]
        assert notice.content.startswith("The FAQ bot has answered many questions") and not notice.mentions
        await w.advance(60)
        await w.mention(w.bob, question)
        assert w.bot_messages()[-1].embeds  # a new minute: answered


async def test_moderators_block_and_unblock_a_user(world_factory, small_kb):
    async with moderated(world_factory, small_kb) as w:
        log_channel = w.guild.create_text_channel("mod-log")
        w.set_discord(moderator_log_channel_id=log_channel.id)
        question = w.question
        assert answered(await w.slash(w.alice, "ask", question=question))
        done = await w.slash(w.mod, "faq-mod block", user=w.alice)
        assert done.ephemeral and "Blocked alice" in shown(done) and "until lifted" in shown(done)
        key = w.bot.store.user_key(w.alice.id)

        refused = await w.slash(w.alice, "ask", question=question)
        assert refused.ephemeral and refused.response.content == render.BLOCKED_NOTICE
        before = len(w.bot_messages())
        await w.mention(w.alice, question)
        assert len(w.bot_messages()) == before  # silence in public
        assert answered(await w.slash(w.bob, "ask", question=question))  # nobody else

        listed = shown(await w.slash(w.mod, "faq-mod blocks"))
        assert f"user `{key[:12]}`" in listed and str(w.alice.id) not in listed and "by a moderator" in listed
        blocks = await w.bot.store.blocks()
        assert [(b.kind, b.target) for b in blocks] == [("user", key)]  # a keyed hash, never the id
        logged = [m.content for m in w.bot_messages(log_channel)]
        assert len(logged) == 1 and "blocked alice" in logged[0] and "mod (" in logged[0]

        assert "Unblocked" in shown(await w.slash(w.mod, "faq-mod unblock", user=w.alice))
        assert answered(await w.slash(w.alice, "ask", question=question))
        assert R.NO_SUCH_BLOCK in shown(await w.slash(w.mod, "faq-mod unblock", user=w.alice))
        assert R.ONE_TARGET in shown(await w.slash(w.mod, "faq-mod block"))


async def test_moderators_block_another_server_never_a_home_server(world_factory, small_kb):
    async with moderated(world_factory, small_kb) as w:
        question = w.question
        assert answered(await w.slash(w.carol, "ask", channel=w.other_channel, question=question))
        done = await w.slash(w.mod, "faq-mod block", server=str(OTHER_GUILD_ID), minutes=90)
        assert "Elsewhere" in shown(done) and "UTC" in shown(done)
        refused = await w.slash(w.carol, "ask", channel=w.other_channel, question=question)
        assert refused.ephemeral and refused.response.content == render.BLOCKED_NOTICE
        assert answered(await w.slash(w.alice, "ask", question=question))
        listed = shown(await w.slash(w.mod, "faq-mod blocks"))
        assert f"server `{OTHER_GUILD_ID}` (Elsewhere)" in listed and "until 20" in listed

        assert shown(await w.slash(w.mod, "faq-mod block", server=str(CAMPAIGN_GUILD_ID))) == R.HOME_NOT_BLOCKED
        assert shown(await w.slash(w.mod, "faq-mod block", server="elsewhere")) == R.NOT_A_SERVER_ID
        assert [b.target for b in await w.bot.store.blocks()] == [str(OTHER_GUILD_ID)]
        assert "faq-mod block" not in w.carol.available_commands(w.other_channel)  # home servers only

        assert "Unblocked" in shown(await w.slash(w.mod, "faq-mod unblock", server=str(OTHER_GUILD_ID)))
        assert answered(await w.slash(w.carol, "ask", channel=w.other_channel, question=question))


async def test_a_block_made_by_another_process_applies_within_the_refresh(world_factory, small_kb, tmp_path):
    async with moderated(world_factory, small_kb, limits={"blocks_refresh_seconds": 5.0}) as w:
        question = w.question
        assert answered(await w.slash(w.alice, "ask", question=question))
        other = store_at(w.config.paths.database, secret_file=w.config.secret_file)  # e.g. `faqbot block`
        await other.open()
        await other.block("server", str(CAMPAIGN_GUILD_ID))
        await w.advance(6)
        assert (await w.slash(w.alice, "ask", question=question)).response.content == render.BLOCKED_NOTICE
        await other.unblock("server", str(CAMPAIGN_GUILD_ID))
        await other.close()
        await w.advance(6)
        assert answered(await w.slash(w.alice, "ask", question=question))


async def test_repeated_cooldown_hits_block_for_a_while_then_it_ends(world_factory, small_kb):
    limits = {"auto_block_after": 3, "auto_block_window_seconds": 60.0, "auto_block_minutes": 2.0}
    async with moderated(world_factory, small_kb, cooldowns=(5.0, 0.0), limits=limits) as w:
        question = w.question
        assert answered(await w.slash(w.alice, "ask", question=question))
        said = [(await w.slash(w.alice, "ask", question=question)).response.content for _ in range(3)]
        assert said[0].startswith("Slow down") and said[1].startswith("Slow down")
        assert said[2] == render.BLOCKED_NOTICE
        await w.advance(10)  # the cooldown is over, the block is not
        assert (await w.slash(w.alice, "ask", question=question)).response.content == render.BLOCKED_NOTICE
        assert answered(await w.slash(w.bob, "ask", question=question))
        blocks = await w.bot.store.blocks()
        assert [(b.kind, b.source) for b in blocks] == [("user", "auto")]  # every process sees it
        assert "automatic" in shown(await w.slash(w.mod, "faq-mod blocks"))
        await w.advance(120)
        assert answered(await w.slash(w.alice, "ask", question=question))


async def test_moderators_lift_an_automatic_block_by_its_hash(world_factory, small_kb):
    limits = {"auto_block_after": 1, "auto_block_minutes": 60.0}
    async with moderated(world_factory, small_kb, cooldowns=(5.0, 0.0), limits=limits) as w:
        question = w.question
        await w.slash(w.alice, "ask", question=question)
        assert (await w.slash(w.alice, "ask", question=question)).response.content == render.BLOCKED_NOTICE
        key = (await w.bot.store.blocks())[0].target
        assert R.NO_SUCH_BLOCK in shown(await w.slash(w.mod, "faq-mod unblock", key="ffffff"))
        assert "Unblocked" in shown(await w.slash(w.mod, "faq-mod unblock", key=key[:8]))
        await w.advance(5)
        assert answered(await w.slash(w.alice, "ask", question=question))


async def test_review_rows_over_the_daily_cap_are_dropped_and_moderators_see_how_many(
    world_factory, small_kb, faq_engine
):
    async with moderated(
        world_factory, small_kb, privacy={"store_unanswered_text": True}, limits={"review_per_server_per_day": 1}
    ) as w:
        for question in ("what is the price of tea", "who won the football", "how do I bake bread"):
            await w.slash(w.alice, "ask", question=question)
        await w.env.settle()
        assert len(await w.bot.store.review_queue()) == 1
        review = await w.slash(w.mod, "faq-mod review")
        text = shown(review)
        assert f"2 question(s) dropped from `{CAMPAIGN_GUILD_ID}` Campaign today" in text
        stats = shown(await w.slash(w.mod, "faq-mod stats"))
        assert "Servers" in stats and "Campaign" in stats and "2 review row(s) dropped" in stats


async def test_counts_per_server_and_server_names_for_outreach(world_factory, small_kb):
    async with moderated(world_factory, small_kb) as w:
        question = w.question
        answer = await w.slash(w.alice, "ask", question=question)
        await w.slash(w.carol, "ask", channel=w.other_channel, question=question)
        await w.slash(w.carol, "ask", channel=w.other_channel, question="what is the price of tea")
        await w.click(w.bob, answer.response, "Helpful")
        await w.env.settle()
        counts = {c.guild_id: c for c in await w.bot.store.server_counts(1)}
        home, other = counts[str(CAMPAIGN_GUILD_ID)], counts[str(OTHER_GUILD_ID)]
        assert (home.answers, home.helpful, home.unanswered + home.suggested) == (1, 1, 0)
        assert (other.answers, other.unanswered + other.suggested) == (1, 1)
        names = await w.bot.store.server_names()
        assert names.get(str(CAMPAIGN_GUILD_ID)) == "Campaign"
        assert names.get(str(OTHER_GUILD_ID)) == "Elsewhere"  # written when the bot joined it
        stats = shown(await w.slash(w.mod, "faq-mod stats"))
        assert "Elsewhere" in stats and f"`{CAMPAIGN_GUILD_ID}` Campaign: 1 answer(s)" in stats


async def test_an_entry_shown_without_a_question_counts_for_its_server(world_factory, small_kb):
    """/faq show (like a "did you mean" pick, a follow-up or Answer with FAQ) counts in the
    answers of the server it was shown in."""
    async with moderated(world_factory, small_kb) as w:
        await w.slash(w.carol, "faq show", channel=w.other_channel, id="bees")
        await w.env.settle()
        counts = {c.guild_id: c for c in await w.bot.store.server_counts(1)}
        assert counts[str(OTHER_GUILD_ID)].answers == 1 and str(CAMPAIGN_GUILD_ID) not in counts


async def test_unicode_digits_are_no_server_id_and_never_crash_a_moderator_command(world_factory, small_kb):
    # "¹²³".isdigit() is True but int("¹²³") raises: such an id is refused as not a server id.
    async with moderated(world_factory, small_kb) as w:
        for command in ("faq-mod block", "faq-mod unblock"):
            assert (
                shown(await w.slash(w.mod, command, server="\u00b9\u00b2\u00b3\u2074\u2075\u2076")) == R.NOT_A_SERVER_ID
            )
        assert R.NO_SUCH_BLOCK in shown(
            await w.slash(w.mod, "faq-mod unblock", key="\u00b9\u00b2\u00b3\u2074\u2075\u2076")
        )
        assert await w.bot.store.blocks() == []


async def test_a_blocked_user_cannot_vote_or_pick_with_old_buttons(world_factory):
    """Buttons sent before the block still reach the bot: a blocked person pressing them is told
    privately and briefly (no ping), and nothing is recorded or answered."""
    from simworld import suggesting

    async with moderated(world_factory, privacy={"store_unanswered_text": True}) as w:
        answer = (await w.slash(w.alice, "ask", question=w.question)).response
        entry_id = answer.components[0]["components"][1]["custom_id"].rsplit(":", 1)[1]
        question, _ = suggesting(w.engine)
        offered = (await w.slash(w.alice, "ask", question=question)).response
        offered_again = (await w.slash(w.alice, "ask", question=question + "?")).response
        label = offered.components[0]["components"][0]["label"]
        await w.env.settle()
        queue = [(q.question, q.outcome) for q in await w.bot.store.review_queue()]
        await w.slash(w.mod, "faq-mod block", user=w.alice)

        for message, pressed in (
            (answer, "Helpful"),
            (answer, "Not helpful"),
            (offered, label),
            (offered_again, "None of these"),
        ):
            refused = await w.click(w.alice, message, pressed)
            assert refused.ephemeral and refused.response.content == render.BLOCKED_NOTICE, pressed
            assert not refused.response.message.mentions and not refused.response.message.mention_everyone
        await w.env.settle()
        assert await w.bot.store.entry_stats(entry_id) == (1, 0, 0)  # no vote counted
        assert await w.bot.store.suggested_phrasings() == []  # no pick recorded
        assert [(q.question, q.outcome) for q in await w.bot.store.review_queue()] == queue  # nothing moved
        still = next(m for m in w.bot_messages() if m.id == offered.id)
        assert not still.embeds and still.components  # the "did you mean" was not turned into an answer

        voted = await w.click(w.bob, answer, "Helpful")  # anyone else still can
        assert voted.response is None or voted.response.content != render.BLOCKED_NOTICE
        await w.env.settle()
        assert await w.bot.store.entry_stats(entry_id) == (1, 1, 0)
        await w.slash(w.mod, "faq-mod unblock", user=w.alice)
        await w.click(w.alice, offered, label)  # unblocked: the pick answers again
        assert next(m for m in w.bot_messages() if m.id == offered.id).embeds


async def test_buttons_in_a_blocked_server_record_nothing(world_factory, small_kb):
    async with moderated(world_factory, small_kb) as w:
        answer = (await w.slash(w.carol, "ask", channel=w.other_channel, question=w.question)).response
        entry_id = answer.components[0]["components"][1]["custom_id"].rsplit(":", 1)[1]
        await w.slash(w.mod, "faq-mod block", server=str(OTHER_GUILD_ID))
        refused = await w.click(w.carol, answer, "Helpful")
        assert refused.ephemeral and refused.response.content == render.BLOCKED_NOTICE
        await w.env.settle()
        assert await w.bot.store.entry_stats(entry_id) == (1, 0, 0)
