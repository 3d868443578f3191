"""The answer buttons (show source, votes, delete), browsing, and buttons surviving a restart."""

from __future__ import annotations

import discord
import pytest
from simworld import answerable, suggesting

from bot.discord_app import render
from bot.store import VoteOutcome

pytestmark = pytest.mark.asyncio


def said(result) -> str:
    """What the user was told last (a deferred response is completed by its first follow-up)."""
    messages = [result.response, *result.followups]
    return [m for m in messages if m is not None][-1].content


async def ask(w, member, question):
    result = await w.slash(member, "ask", question=question)
    assert result.response is not None and result.response.embeds
    return result.response


async def test_show_source_is_ephemeral_with_the_full_paragraph(world_factory, faq_engine):
    question, entry = answerable(faq_engine)
    async with world_factory() as w:
        answer = await ask(w, w.alice, question)
        shown = await w.click(w.bob, answer, "Show source")  # anyone may read the source
        assert shown.ephemeral
        embeds = [*shown.response.embeds, *(e for f in shown.followups for e in f.embeds)]
        text = "\n".join(e.description for e in embeds)
        for quote in entry.quotes:
            assert render.safe(quote.text) in text.replace("**", "")
            assert f"Paragraph {quote.paragraph} of" in " ".join(e.footer.text for e in embeds)


async def test_one_vote_per_person_per_answer(world_factory, faq_engine):
    question, entry = answerable(faq_engine)
    async with world_factory() as w:
        answer = await ask(w, w.alice, question)
        first = await w.click(w.alice, answer, "Helpful")
        assert first.ephemeral and said(first) == render.vote_message(VoteOutcome.NEW, True)
        again = await w.click(w.alice, answer, "Helpful")
        assert said(again) == render.vote_message(VoteOutcome.SAME, True)
        # Asking again gives a new answer message for the same entry: still one vote.
        second_answer = await ask(w, w.alice, question)
        assert said(await w.click(w.alice, second_answer, "Helpful")) == render.vote_message(VoteOutcome.SAME, True)
        changed = await w.click(w.alice, answer, "Not helpful")
        assert said(changed) == render.vote_message(VoteOutcome.CHANGED, False)
        await w.click(w.bob, answer, "Helpful")
        await w.click(w.mod, answer, "Helpful")
        answered, helpful, not_helpful = await w.bot.store.entry_stats(entry.id)
        assert (answered, helpful, not_helpful) == (2, 2, 1)


async def test_delete_only_by_the_asker_or_moderators(world_factory, faq_engine):
    question, _ = answerable(faq_engine)
    async with world_factory() as w:
        answer = await ask(w, w.alice, question)
        denied = await w.click(w.bob, answer, "Delete")
        assert denied.ephemeral and denied.response.content == render.DELETE_DENIED
        assert len(w.bot_messages()) == 1
        denied = await w.click(w.mod, answer, "Delete")  # the role is not configured yet
        assert denied.response.content == render.DELETE_DENIED

        await w.click(w.alice, answer, "Delete")
        assert w.bot_messages() == []

        w.set_discord(moderator_role_ids=(w.mods_role.id,))
        answer = await ask(w, w.alice, question)
        await w.click(w.mod, answer, "Delete")
        assert w.bot_messages() == []

        # Manage Messages counts as a moderator too, with no role configured.
        w.set_discord(moderator_role_ids=())
        janitors = w.guild.create_role("Janitors", permissions=discord.Permissions(manage_messages=True))
        janitor = w.guild.add_member(w.env.create_user("janitor"), roles=[janitors])
        answer = await ask(w, w.alice, question)
        await w.click(janitor, answer, "Delete")
        assert w.bot_messages() == []


async def test_old_buttons_keep_working_after_a_restart(world_factory, faq_engine):
    question, _entry = answerable(faq_engine)
    async with world_factory() as w:
        answer = await ask(w, w.alice, question)
        await w.click(w.alice, answer, "Helpful")
        suggestion_message = (await w.slash(w.alice, "ask", question=suggesting(faq_engine)[0])).response
        first_bot = w.bot
        await w.restart()
        assert w.bot is not first_bot and not first_bot.store.is_open

        source = await w.click(w.bob, answer, "Show source")
        assert source.ephemeral and source.response.embeds
        vote = await w.click(w.alice, answer, "Helpful")  # same install secret: still one vote
        assert said(vote) == render.vote_message(VoteOutcome.SAME, True)
        label = suggestion_message.components[0]["components"][0]["label"]
        assert (await w.click(w.bob, suggestion_message, label)).response.content == render.PICK_DENIED
        await w.click(w.alice, suggestion_message, label)
        assert w.bot_messages()[-1].embeds
        await w.click(w.alice, answer, "Delete")  # the asker is still recognised
        assert answer.id not in [m.id for m in w.bot_messages()]


async def test_faq_list_pages(world_factory, faq_engine):
    per_page = 5
    async with world_factory(list_page_size=per_page) as w:
        listed = await w.slash(w.alice, "faq list")
        assert listed.ephemeral
        ids = list(faq_engine.kb.entries)
        assert f"`{ids[0]}`" in listed.response.embeds[0].description
        assert f"`{ids[per_page]}`" not in listed.response.embeds[0].description
        await w.click(w.alice, listed.response, "Next")
        page2 = w.messages(viewer=w.alice)[-1]
        assert f"`{ids[per_page]}`" in page2.embeds[0].description
        await w.click(w.alice, page2, "Previous")
        assert f"`{ids[0]}`" in w.messages(viewer=w.alice)[-1].embeds[0].description
        last = await w.slash(w.alice, "faq list", page=999)
        assert f"`{ids[-1]}`" in last.response.embeds[0].description


async def test_faq_show_and_sources(world_factory, faq_engine):
    _, entry = answerable(faq_engine)
    async with world_factory() as w:
        choices = await w.autocomplete(w.alice, "faq show", "id", entry.id[:4])
        assert entry.id in [c["value"] for c in choices] and len(choices) <= 25
        shown = await w.slash(w.alice, "faq show", id=entry.id)
        assert not shown.ephemeral and shown.response.embeds[0].title == render.safe(entry.question)
        missing = await w.slash(w.alice, "faq show", id="no-such-entry")
        assert missing.ephemeral and "/faq list" in missing.response.content
        sources = await w.slash(w.alice, "sources")
        assert sources.ephemeral
        names = [f.name for f in sources.response.embeds[0].fields]
        assert [render.safe(s.title) for s in faq_engine.kb.sources.values()] == names


async def test_every_command_is_synced_and_names_do_not_collide(world_factory):
    async with world_factory() as w:
        assert sorted(w.alice.available_commands(w.channel)) == [
            "ask",
            "faq list",
            "faq show",
            "share",
            "sources",
            "verify",
        ]
        names = [c.qualified_name for c in w.bot.tree.walk_commands()]
        assert len(names) == len(set(names))
