"""Greetings, thanks, help, and "why?" / "source?" after an answer, in /ask and @mentions;
never in passive mode."""

from __future__ import annotations

import pytest
from simworld import answerable, suggesting

from bot.discord_app import render

pytestmark = pytest.mark.asyncio


def source_text(embeds) -> str:
    return "\n".join(e.description for e in embeds).replace("**", "")


def footers(embeds) -> str:
    return " ".join(e.footer.text for e in embeds)


def assert_shows_sources(embeds, entry) -> None:
    """The whole paragraph of each quote, with who is quoted, the document and the paragraph."""
    text = source_text(embeds)
    for quote in entry.quotes:
        assert render.safe(quote.source.paragraphs[quote.paragraph - 1].text) in text
        assert render.safe(quote.attribution) in text
        assert f"Paragraph {quote.paragraph} of" in footers(embeds)
        assert any(render.safe(quote.source.title)[:40] in e.title for e in embeds)


def assert_help(content: str, engine) -> None:
    assert "verbatim quotes" in content and "`/faq list`" in content and "faqbot list" not in content
    for entry in list(engine.kb.entries.values())[:3]:
        assert render.safe(entry.question) in content


@pytest.mark.parametrize(
    "text,lead", [("hi", "Hello!"), ("Thanks!! 🙏", "You're welcome!"), ("what can you do?", "I answer")]
)
async def test_ask_greeting_thanks_help_privately_and_not_recorded(world_factory, faq_engine, text, lead):
    async with world_factory() as w:
        result = await w.slash(w.alice, "ask", question=text)
        assert result.ephemeral and result.response.content.startswith(lead)
        assert_help(result.response.content, faq_engine)
        await w.env.settle()
        assert await w.bot.store.review_queue() == []  # small talk is not a missed question
        counts = await w.bot.store.period_counts(1)
        assert not any(counts.outcomes.values()) and not counts.answers


async def test_ask_why_after_an_answer_shows_its_source_paragraphs(world_factory, faq_engine):
    question, entry = answerable(faq_engine)
    async with world_factory() as w:
        answer = await w.slash(w.alice, "ask", question=question)
        assert answer.response.embeds[0].title == render.safe(entry.question)
        why = await w.slash(w.alice, "ask", question="why?")
        assert why.ephemeral and render.safe(entry.question) in why.response.content
        assert_shows_sources([*why.response.embeds, *(e for f in why.followups for e in f.embeds)], entry)
        # someone else's "source?" in the same channel is not a follow-up to Alice's answer
        bob = await w.slash(w.bob, "ask", question="source?")
        assert bob.ephemeral and not bob.response.embeds
        assert "no earlier answer" in bob.response.content
        assert_help(bob.response.content, faq_engine)


async def test_mention_followup_same_channel_same_person_within_the_window(world_factory, faq_engine):
    question, entry = answerable(faq_engine)
    async with world_factory(followup_seconds=120) as w:
        await w.mention(w.alice, question)
        asked = await w.mention(w.alice, "where does it say that?")
        reply = w.last_bot_message()
        assert reply.reference.message_id == asked.id and reply.mentions == []
        assert_shows_sources(reply.embeds, entry)

        other = w.guild.create_text_channel("other")
        await w.mention(w.alice, "tell me more", channel=other)  # another channel: no answer there yet
        assert "no earlier answer" in w.last_bot_message(other).content

        await w.advance(121)  # the window is over: forgotten
        await w.mention(w.alice, "why?")
        assert "no earlier answer" in w.last_bot_message().content and not w.last_bot_message().embeds
        assert len(w.bot.service.followups) == 0


async def test_a_did_you_mean_choice_is_what_why_refers_to(world_factory, faq_engine):
    question, suggestions = suggesting(faq_engine)
    async with world_factory() as w:
        result = await w.slash(w.alice, "ask", question=question)
        label = result.response.components[0]["components"][1]["label"]
        await w.click(w.alice, result.response, label)
        why = await w.slash(w.alice, "ask", question="source?")
        assert_shows_sources(why.response.embeds, faq_engine.entry(suggestions[1]))


async def test_mention_greeting_and_refusal_name_faq_list(world_factory, faq_engine):
    async with world_factory() as w:
        await w.mention(w.alice, "hello there!")
        assert w.last_bot_message().content.startswith("Hello!")
        assert_help(w.last_bot_message().content, faq_engine)
    async with world_factory(features={"browse": False}) as w:
        await w.mention(w.alice, "help")
        content = w.last_bot_message().content
        assert "/faq list" not in content and "`/ask`" in content


async def test_passive_mode_never_answers_why_or_small_talk(world_factory, faq_engine):
    question, _ = answerable(faq_engine)
    cm = world_factory(features={"passive": True}, passive_channel_ids=(1,), passive_threshold=0.0)
    w = await cm.__aenter__()
    try:
        w.set_discord(passive_channel_ids=(w.channel.id,))
        await w.send(w.alice, question + "?")
        assert len(w.bot_messages()) == 1  # passive mode answered it
        await w.mention(w.alice, question)  # and so did the mention cog
        assert len(w.bot_messages()) == 2
        for text in ("why?", "source?", "hi?", "thanks?", "what can you do?"):
            await w.send(w.alice, text)
        assert len(w.bot_messages()) == 2
    finally:
        await cm.__aexit__(None, None, None)
