"""/faq-settings in a simulated Discord: each server's own admins (Manage Server there) change how
the bot behaves in their server, and only there; members without Manage Server are refused; the
FAQ itself is never changed. Two servers throughout: A (the campaign's, w.guild) and B."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt

import discord
import pytest
import simcord
from simworld import answerable, unanswerable

from bot.config import CallToAction
from bot.discord_app import limits as L
from bot.discord_app.errors import Refused
from bot.engine import i18n
from bot.exts.settings import NOT_ADMIN, NOT_TEXT

pytestmark = pytest.mark.asyncio

UTC = dt.UTC
OTHER_GUILD_ID = 700_000_000_000_000_002
PETITION = CallToAction("petition", "Sign the petition", "https://example.org/petition", "Add your name.")


@contextlib.asynccontextmanager
async def two_servers(world_factory, **overrides):
    """Server A (w.guild, its admin w.admin_a) and server B (w.guild_b, #general w.channel_b, its
    admin w.admin_b, member w.carol), both with the bot; calls to action under every answer, question
    text kept by the operator, passive mode on (no channel in config.yaml)."""
    overrides.setdefault("privacy", {"store_unanswered_text": True})
    overrides.setdefault("outreach", {"calls_to_action": (PETITION,), "answer_ctas": ("petition",)})
    overrides.setdefault("features", {"passive": True})
    overrides.setdefault("passive_threshold", 0.0)
    async with world_factory(**overrides) as w:
        admins = w.guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
        w.admin_a = w.guild.add_member(w.env.create_user("admin-a"), roles=[admins])
        w.guild_b = w.env.create_guild("Elsewhere", id=OTHER_GUILD_ID)
        w.channel_b = w.guild_b.create_text_channel("general")
        admins_b = w.guild_b.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
        w.admin_b = w.guild_b.add_member(w.env.create_user("admin-b"), roles=[admins_b])
        w.carol = w.guild_b.add_member(w.env.create_user("carol"))
        await w.env.settle()
        yield w


def said(result) -> str:
    message = result.response
    return (message.content or "") if message is not None else ""


def private_and_quiet(result) -> None:
    """Every /faq-settings reply: ephemeral, within Discord's limits, pinging nobody."""
    assert result.ephemeral
    content = said(result)
    assert 0 < len(content) <= L.CONTENT
    assert "@everyone" not in content and "@here" not in content and "<@" not in content


async def settings(w, member, sub: str, where=None, **options):
    """`/faq-settings sub` used by `member` in channel `where` (default: server A's #general)."""
    result = await member.slash(where or w.channel, f"faq-settings {sub}", **options)
    private_and_quiet(result)
    return result


def refusals(w) -> int:
    """How many permission refusals the bot raised (simcord records every check failure)."""
    errors = w.acknowledge_errors()
    assert all(isinstance(e, Refused) or isinstance(getattr(e, "original", None), Refused) for e in errors), errors
    return len(errors)


def petition_shown(message) -> bool:
    return any(
        getattr(c, "url", None) == PETITION.url for row in message.components for c in getattr(row, "children", [])
    )


async def test_only_manage_server_in_that_server_may_change_settings(world_factory):
    async with two_servers(world_factory) as w:
        # Layer 1, Discord: hidden from members without Manage Server, usable in servers only.
        assert not any(c.startswith("faq-settings") for c in w.alice.available_commands(w.channel))
        assert "faq-settings show" in w.admin_a.available_commands(w.channel)
        synced = w.env.backend.find_command("faq-settings", None)
        assert int(synced["default_member_permissions"]) == discord.Permissions(manage_guild=True).value
        with pytest.raises(simcord.SetupError, match="not visible"):
            await w.slash(w.alice, "faq-settings show")

        # Layer 2, the bot: a server lets everyone see the command; a member is still refused.
        w.allow_command("faq-settings", w.alice)
        for sub, options in [
            ("show", {}),
            ("ctas", {"shown": False}),
            ("language", {"value": "fa"}),
            ("question-text", {"keep": False}),
            ("passive", {"channel": w.channel, "answer": True}),
            ("fact-of-the-day", {"channel": w.channel, "time": "09:00"}),
            ("reset", {}),
        ]:
            refused = await settings(w, w.alice, sub, **options)
            assert said(refused) == NOT_ADMIN, sub
        assert refusals(w) == 7
        assert w.bot.service.servers == {}  # nothing was stored
        # The campaign's moderator role moderates the FAQ, not a server's settings.
        w.set_discord(moderator_role_ids=(w.mods_role.id,))
        w.allow_command("faq-settings", w.mod)
        assert said(await settings(w, w.mod, "ctas", shown=False)) == NOT_ADMIN
        assert refusals(w) == 8  # (simcord counts them from the start of the test)

        # B's admin has Manage Server in B only: nothing they do reaches A.
        await settings(w, w.admin_b, "ctas", w.channel_b, shown=False)
        assert w.bot.service.settings_for(w.guild.id).show_ctas
        assert not w.bot.service.settings_for(w.guild_b.id).show_ctas


async def test_show_lists_every_setting_with_where_it_comes_from(world_factory):
    async with two_servers(world_factory) as w:
        shown = said(await settings(w, w.admin_a, "show"))
        for name in ("Passive channels", "Fact of the day", "Reply language", "Calls to action", "Question text"):
            assert name in shown
        assert "(set here)" not in shown and "(default)" in shown
        changed = said(await settings(w, w.admin_a, "language", value="fa"))
        assert "Persian" in changed and "(set here)" in changed
        assert "English" not in said(await settings(w, w.admin_b, "show", w.channel_b))


async def test_passive_channels_are_each_servers_own(world_factory, faq_engine):
    question, entry = answerable(faq_engine)
    async with two_servers(world_factory) as w:
        await w.send(w.alice, question + "?")
        assert w.bot_messages() == []  # no passive channel anywhere yet

        await settings(w, w.admin_a, "passive", channel=w.channel, answer=True)
        assert w.bot.service.passive_channels(w.guild.id) == (w.channel.id,)
        asked = await w.send(w.alice, question + "?")
        replies = w.bot_messages()
        assert len(replies) == 1 and replies[0].reference.message_id == asked.id
        assert replies[0].embeds[0].footer.text.startswith(f"FAQ entry {entry.id}")

        # Server B is untouched by A's choice.
        await w.send(w.carol, question + "?", channel=w.channel_b)
        assert w.bot_messages(w.channel_b) == []

        voice = w.guild.create_voice_channel("talk")
        await w.env.settle()
        assert said(await settings(w, w.admin_a, "passive", channel=voice, answer=True)) == NOT_TEXT
        assert w.bot.service.passive_channels(w.guild.id) == (w.channel.id,)

        # (A channel of another server cannot even be given: Discord offers only this server's, and
        # bot.servers refuses one anyway: tests/test_servers.py.)
        await settings(w, w.admin_a, "passive", channel=w.channel, answer=False)
        await w.send(w.alice, question + "?")
        assert len(w.bot_messages()) == 1  # off again


async def test_config_passive_channels_are_the_default_and_a_servers_choice_replaces_them(world_factory, faq_engine):
    question, _ = answerable(faq_engine)
    async with two_servers(world_factory, passive_channel_ids=(1,)) as w:
        other = w.guild.create_text_channel("other")
        w.set_discord(passive_channel_ids=(w.channel.id,))
        await w.send(w.alice, question + "?")
        assert len(w.bot_messages()) == 1  # the operator's default
        await settings(w, w.admin_a, "passive", channel=other, answer=True)
        # The first change starts from the defaults in this server: both channels now.
        assert set(w.bot.service.passive_channels(w.guild.id)) == {w.channel.id, other.id}
        await settings(w, w.admin_a, "passive", channel=w.channel, answer=False)
        await w.send(w.alice, question + "?")
        assert len(w.bot_messages()) == 1  # the server turned the operator's channel off, for itself
        await w.send(w.alice, question + "?", channel=other)
        assert len(w.bot_messages(other)) == 1


async def test_calls_to_action_hidden_in_one_server_only(world_factory, faq_engine):
    question, _ = answerable(faq_engine)
    async with two_servers(world_factory) as w:
        assert petition_shown((await w.slash(w.alice, "ask", question=question)).response.message)
        await settings(w, w.admin_a, "ctas", shown=False)
        hidden = (await w.slash(w.alice, "ask", question=question)).response.message
        assert not petition_shown(hidden) and hidden.embeds  # the answer itself is unchanged
        assert all("From the campaign" not in (e.title or "") for e in hidden.embeds)
        mention = await w.mention(w.alice, question)
        assert mention is not None and not petition_shown(w.last_bot_message())
        assert petition_shown((await w.slash(w.carol, "ask", question=question, channel=w.channel_b)).response.message)
        await settings(w, w.admin_a, "ctas", shown=True)
        assert petition_shown((await w.slash(w.alice, "ask", question=question)).response.message)


def persian_entry_question(engine) -> tuple[str, object]:
    """An English question whose entry has a Persian translation."""
    for entry in engine.kb.entries.values():
        reply = engine.ask(entry.question)
        if reply.answered and reply.entry is not None and reply.entry.translation(i18n.FA) is not None:
            return entry.question, reply.entry
    pytest.skip("no entry of the FAQ has a Persian translation")


async def test_reply_language_forced_per_server(world_factory, faq_engine):
    question, entry = persian_entry_question(faq_engine)
    persian_title = entry.translation(i18n.FA).question
    async with two_servers(world_factory) as w:
        english = (await w.slash(w.alice, "ask", question=question)).response.message
        assert english.embeds[0].title == entry.question
        await settings(w, w.admin_a, "language", value="fa")
        persian = (await w.slash(w.alice, "ask", question=question)).response.message
        assert persian.embeds[0].title.strip("\u200f\u200e") == persian_title
        assert i18n.has_rtl(persian.embeds[0].description)
        # Server B still answers an English question in English.
        other = (await w.slash(w.carol, "ask", question=question, channel=w.channel_b)).response.message
        assert other.embeds[0].title == entry.question
        # And "en" answers a Persian question in English.
        await settings(w, w.admin_b, "language", w.channel_b, value="en")
        asked_in_persian = (await w.slash(w.carol, "ask", question=persian_title, channel=w.channel_b)).response.message
        if asked_in_persian.embeds and asked_in_persian.embeds[0].footer.text.startswith(f"FAQ entry {entry.id}"):
            assert asked_in_persian.embeds[0].title == entry.question
        await settings(w, w.admin_a, "language", value="auto")
        assert (await w.slash(w.alice, "ask", question=question)).response.message.embeds[0].title == entry.question


async def test_opting_out_keeps_no_question_text_from_that_server(world_factory, faq_engine):
    missed = unanswerable(faq_engine)
    async with two_servers(world_factory) as w:
        await settings(w, w.admin_a, "question-text", keep=False)
        await w.slash(w.alice, "ask", question=missed)
        await w.mention(w.bob, missed + " please")
        await w.env.settle()
        counts = await w.bot.store.period_counts(1)
        assert counts.outcomes["none"] == 2  # still counted...
        assert await w.bot.store.review_queue() == []  # ...never the text
        # Server B did not opt out: the operator's setting applies there.
        await w.slash(w.carol, "ask", question=missed + " in B", channel=w.channel_b)
        await w.env.settle()
        assert [q.question for q in await w.bot.store.review_queue()] == [missed + " in B"]
        # Back to the default: kept again in A.
        shown = said(await settings(w, w.admin_a, "question-text", keep=True))
        assert "kept for the review queue" in shown


async def test_a_server_cannot_switch_storage_on_when_the_operator_keeps_none(world_factory, faq_engine):
    missed = unanswerable(faq_engine)
    async with two_servers(world_factory, privacy={"store_unanswered_text": False}) as w:
        shown = said(await settings(w, w.admin_a, "question-text", keep=True))
        assert "never kept (the bot's operator keeps none" in shown
        await w.slash(w.alice, "ask", question=missed)
        await w.env.settle()
        assert await w.bot.store.review_queue() == []


async def advance_to(w, when: str) -> None:
    target = dt.datetime.fromisoformat(when).replace(tzinfo=UTC)
    await w.advance((target - w.env.now()).total_seconds())


def facts(w, channel) -> list[discord.Message]:
    return [m for m in w.bot_messages(channel) if m.content == "**Fact of the day**"]


async def test_fact_of_the_day_in_the_servers_channel_at_its_time_posted_once(world_factory):
    async with two_servers(world_factory) as w:
        facts_a = w.guild.create_text_channel("facts")
        await w.env.settle()
        bad = await settings(w, w.admin_a, "fact-of-the-day", channel=facts_a, time="25:00")
        assert "not a time" in said(bad) and w.bot.service.server_schedules() == []
        ok = await settings(w, w.admin_a, "fact-of-the-day", channel=facts_a, time="10:30")
        assert "10:30 UTC" in said(ok)

        await advance_to(w, "2026-01-01T10:29:00")
        assert facts(w, facts_a) == []
        await advance_to(w, "2026-01-01T10:31:00")
        posted = facts(w, facts_a)
        assert len(posted) == 1 and petition_shown(posted[0])
        assert facts(w, w.channel) == [] and facts(w, w.channel_b) == []  # only there
        # Claimed in the store under the server's schedule, like every scheduled post.
        claims = await w.bot.store.schedule_claims(f"server-{w.guild.id}")
        assert len(claims) == 1 and claims[0][3] is not None
        # A restart (another process on the same store) posts nothing more for that slot.
        await w.restart()
        await advance_to(w, "2026-01-01T12:00:00")
        assert len(facts(w, facts_a)) == 1
        # The server's language and calls to action apply to its posts.
        await settings(w, w.admin_a, "ctas", shown=False)
        await advance_to(w, "2026-01-02T10:31:00")
        posted = facts(w, facts_a)
        assert len(posted) == 2 and not petition_shown(posted[-1])
        # Off: nothing more.
        await settings(w, w.admin_a, "fact-of-the-day", off=True)
        await advance_to(w, "2026-01-03T11:00:00")
        assert len(facts(w, facts_a)) == 2
        assert facts(w, w.channel_b) == []


async def test_settings_survive_a_restart_reset_clears_them_and_the_faq_is_never_touched(world_factory):
    async with two_servers(world_factory) as w:
        faq = w.bot.engine.kb.version
        files = {p: p.read_bytes() for p in sorted(w.config.paths.knowledge.glob("*.yaml"))}
        await settings(w, w.admin_a, "language", value="fa")
        await settings(w, w.admin_a, "ctas", shown=False)
        await w.restart()
        effective = w.bot.service.settings_for(w.guild.id)
        assert (effective.language, effective.show_ctas) == ("fa", False)
        await settings(w, w.admin_a, "reset")
        effective = w.bot.service.settings_for(w.guild.id)
        assert (effective.language, effective.show_ctas, effective.own) == ("auto", True, frozenset())
        assert (await w.bot.store.table_counts())["server_settings"] == 0
        assert w.bot.engine.kb.version == faq
        assert {p: p.read_bytes() for p in files} == files


async def test_settings_made_through_another_process_are_followed(world_factory):
    async with two_servers(world_factory) as w:
        other_process = dataclasses.replace(w.bot.service.stored_settings(w.guild.id), show_ctas=False)
        await w.bot.store.save_server_settings(other_process)  # as if another process had saved it
        assert w.bot.service.settings_for(w.guild.id).show_ctas  # not seen yet...
        assert await w.bot.service.follow_server_settings()
        assert not w.bot.service.settings_for(w.guild.id).show_ctas  # ...seen at the next check
        assert not await w.bot.service.follow_server_settings()  # one meta read when nothing changed


async def test_a_change_keeps_what_another_process_changed_meanwhile(world_factory):
    async with two_servers(world_factory) as w:
        other_process = dataclasses.replace(w.bot.service.stored_settings(w.guild.id), show_ctas=False)
        await w.bot.store.save_server_settings(other_process)  # not followed here yet
        await settings(w, w.admin_a, "language", value="fa")
        stored = await w.bot.store.server_settings(w.guild.id)
        assert (stored.language, stored.show_ctas) == ("fa", False)


async def test_settings_of_another_process_are_followed_with_the_file_watch_off(world_factory):
    """The simulated worlds run with `moderation.watch_files` off, and read the block list (and
    with it the server settings) hourly: a change another process saved is applied by then."""
    async with two_servers(world_factory) as w:
        assert not w.bot.config.moderation.watch_files
        other_process = dataclasses.replace(w.bot.service.stored_settings(w.guild.id), show_ctas=False)
        await w.bot.store.save_server_settings(other_process)
        await w.advance(3 * 3600)
        await w.env.settle()
        assert not w.bot.service.settings_for(w.guild.id).show_ctas


async def test_an_answer_posted_in_persian_by_a_servers_language_is_remembered_as_persian(world_factory, faq_engine):
    """/faq show in a server whose replies are always Persian posts the Persian translation; when
    its entry changes, the "Updated on DATE" note put on it must be in Persian too."""
    _, entry = persian_entry_question(faq_engine)
    outreach = {
        "calls_to_action": (PETITION,),
        "answer_ctas": ("petition",),
        "edit_posted_answers": True,
    }
    async with two_servers(world_factory, outreach=outreach) as w:
        await settings(w, w.admin_a, "language", value="fa")
        shown = (await w.slash(w.alice, "faq show", id=entry.id)).response.message
        assert i18n.has_rtl(shown.embeds[0].description)  # posted in Persian
        await w.env.settle()
        (row,) = await w.bot.store.posted_answers(entry.id, keep_days=30)
        assert row.message_id == shown.id and row.language == i18n.FA
