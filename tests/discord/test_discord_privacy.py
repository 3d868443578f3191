"""Private by default, in a simulated Discord: a question disclosing personal risk or data is
answered but never reaches the review queue; with text storage off, /faq-mod review says why it
has no questions and shows the counts; the purge removes what the policy no longer keeps."""

from __future__ import annotations

import pytest
from test_discord_moderation import TEXT_ON, moderated

from bot.engine import Outcome

pytestmark = pytest.mark.asyncio

RISKY_UNANSWERED = ["my brother was arrested last week, what should I do", "پسرعموم علی گم شده، کمک کنید"]
ORDINARY_UNANSWERED = "recipe for chocolate cake"
# Answered by the small made-up FAQ (bees), with a phone number in it.
RISKY_ANSWERED = "How many flowers do the honeybees visit? 09121234567"


def raw_database(w) -> bytes:
    path = w.bot.config.paths.database
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


async def test_a_risky_question_is_answered_and_counted_but_never_in_the_review_queue(world_factory, small_kb):
    async with moderated(world_factory, small_kb, privacy=TEXT_ON) as w:
        assert w.bot.engine.ask(RISKY_ANSWERED).result.outcome is Outcome.ANSWER  # the test's premise
        for question in RISKY_UNANSWERED:
            reply = (await w.slash(w.alice, "ask", question=question)).response
            assert reply is not None  # still answered (here: "no match" and where to look)
        await w.mention(w.bob, RISKY_UNANSWERED[0])
        await w.slash(w.alice, "ask", question=ORDINARY_UNANSWERED)
        answer = (await w.slash(w.bob, "ask", question=RISKY_ANSWERED)).response
        assert "0912" not in str(w.bot.service.recent_answers)  # not even kept in memory for a vote
        await w.click(w.alice, answer, "Not helpful")
        await w.env.settle()

        queue = await w.bot.store.review_queue()
        assert [q.question for q in queue] == [ORDINARY_UNANSWERED]  # the ordinary question is kept
        counts = await w.bot.store.period_counts(1)
        assert sum(counts.outcomes.values()) == 5 and counts.votes == {"bees": (0, 1)}  # everything counted
        raw = raw_database(w)
        for text in ["brother", "arrested", "0912", "پسرعموم"]:
            assert text.encode() not in raw

        review = (await w.slash(w.mod, "faq-mod review")).response
        shown = review.embeds[0].title + review.embeds[0].description
        assert "chocolate" in shown and "brother" not in shown and "0912" not in shown


async def test_with_text_storage_off_the_review_says_why_it_is_empty_and_shows_counts(world_factory, small_kb):
    async with moderated(world_factory, small_kb) as w:  # the shipped default: off
        assert w.bot.config.privacy.store_unanswered_text is False
        answer = (await w.slash(w.alice, "ask", question="How many flowers do the honeybees visit?")).response
        await w.click(w.bob, answer, "Not helpful")
        await w.slash(w.alice, "ask", question=ORDINARY_UNANSWERED)
        await w.env.settle()
        assert await w.bot.store.review_queue() == []

        result = await w.slash(w.mod, "faq-mod review")
        embed = result.response.embeds[0]
        assert result.ephemeral and embed.title == "Review queue: question text storage is off"
        assert "1 question(s) not answered" in embed.description
        assert "Voted not helpful: bees \u00d71" in embed.description
        assert "store_unanswered_text: true" in embed.description  # how to turn it on
        assert "chocolate" not in embed.description
        assert not result.response.components  # no buttons: there is no question to act on


async def test_the_purge_on_start_removes_what_the_policy_no_longer_keeps(world_factory, small_kb, backend):
    url = backend.where if backend.kind == "postgres" else ""

    async def fill():
        store = backend.store()
        await store.open()
        for question in [ORDINARY_UNANSWERED, "my father is missing since yesterday", "برادرم دستگیر شده"]:
            await store.record_unanswered(question, "none", 0.0, [])
        await store.close()

    await fill()  # kept by an older faqbot, before these rules
    knowledge, seeds = small_kb
    async with world_factory(knowledge=knowledge, seeds=seeds, privacy=TEXT_ON, database_url=url) as w:
        await w.env.settle()
        assert [q.question for q in await w.bot.store.review_queue()] == [ORDINARY_UNANSWERED]
    async with world_factory(knowledge=knowledge, seeds=seeds, database_url=url) as w:  # text storage off again
        await w.env.settle()
        assert await w.bot.store.review_queue() == []
