"""/ask: answers, "did you mean" for the asker only, the ephemeral no-match, autocomplete, errors."""

from __future__ import annotations

import logging

import pytest
from simworld import answerable, make_entry, make_kb, make_source, quote_of, suggesting, unanswerable

from bot.discord_app import limits as L
from bot.discord_app import render
from bot.discord_app.errors import GENERIC
from bot.engine import Engine

pytestmark = pytest.mark.asyncio

TEXT_ON = {"store_unanswered_text": True}  # the review queue keeps question text only when a campaign opts in


def labels(message) -> list[str]:
    return [c.get("label") for row in message.components for c in row["components"]]


async def test_ask_answers_publicly_with_quotes_footer_and_buttons(world_factory, faq_engine):
    question, entry = answerable(faq_engine)
    async with world_factory() as w:
        result = await w.slash(w.alice, "ask", question=question)
        assert result.acknowledged and not result.ephemeral
        embed = result.response.embeds[0]
        assert embed.title == render.safe(entry.question)
        assert f"FAQ entry {entry.id}" in embed.footer.text and faq_engine.kb.version in embed.footer.text
        for quote in entry.quotes:
            assert f"> {render.safe(quote.text)}" in embed.description
            assert f"paragraph {quote.paragraph}" in embed.description
        follow_ups = [L.trim(render.safe_plain(e.question), L.BUTTON_LABEL) for e in faq_engine.kb.related(entry)]
        assert labels(result.response) == ["Show source", "Helpful", "Not helpful", "Delete", *follow_ups]
        await w.env.settle()
        assert (await w.bot.store.entry_stats(entry.id))[0] == 1  # the answer was counted
        assert await w.bot.store.review_queue() == []  # answered questions are never stored


async def test_did_you_mean_is_for_the_asker_only(world_factory, faq_engine):
    question, suggestions = suggesting(faq_engine)
    async with world_factory(privacy=TEXT_ON) as w:
        result = await w.slash(w.alice, "ask", question=question)
        assert not result.ephemeral and result.response.content == render.DID_YOU_MEAN
        buttons = result.response.components[0]["components"]
        assert [b["custom_id"].rsplit(":", 1)[1] for b in buttons] == list(suggestions)
        chosen = faq_engine.entry(suggestions[1])

        other = await w.click(w.bob, result.response, buttons[1]["label"])
        assert other.ephemeral and other.response.content == render.PICK_DENIED
        assert w.bot_messages()[-1].content == render.DID_YOU_MEAN  # unchanged

        mine = await w.click(w.alice, result.response, buttons[1]["label"])
        assert mine.acknowledged
        edited = w.bot_messages()[-1]
        assert edited.content == "" and edited.embeds[0].title == render.safe(chosen.question)
        assert [c.label for row in edited.components for c in row.children][:4] == [
            "Show source",
            "Helpful",
            "Not helpful",
            "Delete",
        ]
        await w.env.settle()
        # The asker's pick is kept as a suggested phrasing of the entry chosen, in place of its
        # "did you mean" in the review queue (text only, no asker).
        assert await w.bot.store.review_queue() == []
        assert [(s.phrasing, s.entry_id) for s in await w.bot.store.suggested_phrasings()] == [(question, chosen.id)]


async def test_did_you_mean_select_with_many_suggestions(world_factory, base_config, tmp_path):
    # A generated FAQ where one word is in many questions: more than five suggestions → a select.
    source = make_source(paragraphs=["Plain paragraph about shared words."])
    entries = [
        make_entry(
            f"topic-{i}",
            f"What about shared topic number {i}?",
            f"Answer {i}.",
            [quote_of(source, 1)],
            phrasings=(f"shared topic {i}",),
        )
        for i in range(8)
    ]
    settings = base_config.matching.__class__(max_suggestions=8, answer_threshold=99.9, suggest_threshold=1.0)
    engine = Engine.build(make_kb(entries, [source]), settings)
    assert len(engine.ask("shared topic").result.suggestions) > 5
    async with world_factory(engine) as w:
        result = await w.slash(w.alice, "ask", question="shared topic")
        select = result.response.components[0]["components"][0]
        assert select["type"] == 3
        denied = await w.select(w.bob, result.response, [select["options"][2]["value"]])
        assert denied.response.content == render.PICK_DENIED
        await w.select(w.alice, result.response, [select["options"][2]["value"]])
        assert w.bot_messages()[-1].embeds[0].title.startswith("What about shared topic")


async def test_no_match_is_short_friendly_and_ephemeral(world_factory, faq_engine):
    async with world_factory(privacy=TEXT_ON) as w:
        result = await w.slash(w.alice, "ask", question=unanswerable(faq_engine))
        assert result.ephemeral
        assert "/faq list" in result.response.content and len(result.response.content) < 300
        assert w.messages(viewer=w.bob) == []  # nobody else sees it
        await w.env.settle()
        assert [q.outcome for q in await w.bot.store.review_queue()] == ["none"]


async def test_very_long_question_is_truncated_for_matching_not_rejected(world_factory, faq_engine):
    question, _entry = answerable(faq_engine)
    async with world_factory() as w:
        long_question = question + " and also" + " blah" * 1500  # ~7,500 characters
        result = await w.slash(w.alice, "ask", question=long_question)
        assert result.acknowledged
        await w.env.settle()
        for item in await w.bot.store.review_queue():
            assert len(item.question) <= w.config.matching.max_question_chars


async def test_autocomplete_offers_at_most_25_short_choices(world_factory, base_config):
    source = make_source()
    entries = [
        make_entry(
            f"q{i:03d}",
            f"Question number {i} about executions " + "and more words " * 20 + "?",
            "An answer.",
            [quote_of(source, 1)],
        )
        for i in range(80)
    ]
    engine = Engine.build(make_kb(entries, [source]), base_config.matching)
    async with world_factory(engine) as w:
        for typed in ("", "execu", "question number 7"):
            choices = await w.autocomplete(w.alice, "ask", "question", typed)
            assert 1 <= len(choices) <= 25
            assert all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in choices)
        choices = await w.autocomplete(w.alice, "ask", "question", "question number 7")
        assert choices[0]["name"].startswith("Question number 7 ")


async def test_autocomplete_over_the_real_faq(world_factory, faq_engine):
    _, entry = answerable(faq_engine)
    async with world_factory() as w:
        choices = await w.autocomplete(w.alice, "ask", "question", entry.question[:12])
        assert entry.question[:100] in [c["value"] for c in choices]


async def test_a_failing_command_gets_an_ephemeral_apology_and_a_logged_traceback(world_factory, faq_engine, caplog):
    question, _ = answerable(faq_engine)
    async with world_factory() as w:
        calls = {"n": 0}
        original = w.bot.ask

        def flaky(text, *conversation):
            calls["n"] += 1
            if calls["n"] == 1:
                raise RuntimeError("engine exploded")
            return original(text, *conversation)

        w.bot.ask = flaky
        with caplog.at_level(logging.ERROR, logger="bot.discord_app.errors"):
            failed = await w.slash(w.alice, "ask", question=question)
        assert failed.ephemeral and failed.response.content == GENERIC
        assert any(r.exc_info and "engine exploded" in str(r.exc_info[1]) for r in caplog.records)
        assert all(question not in r.getMessage() for r in caplog.records)  # no message text in logs
        assert any("engine exploded" in str(e) for e in w.acknowledge_errors())
        # The bot is still there for the next person.
        ok = await w.slash(w.bob, "ask", question=question)
        assert ok.response.embeds


async def test_a_partial_answer_shows_its_caveat_first_and_is_queued_for_review(world_factory, faq_engine):
    question = "How many journalists are detained in Iran?"
    reply = faq_engine.ask(question)
    assert reply.answered and reply.partial
    async with world_factory(privacy=TEXT_ON) as w:
        result = await w.slash(w.alice, "ask", question=question)
        description = result.response.embeds[0].description
        caveat_at = description.index("no figure for")
        assert caveat_at < description.index(render.safe(reply.answer)[:40])
        assert "\u2014\u2014\u2014" in description[caveat_at:]  # set apart from the answer by a rule
        await w.env.settle()
        queued = await w.bot.store.review_queue()
        assert [(q.question, q.outcome) for q in queued] == [(question, "partial")]


async def test_a_partial_answer_never_pings_whatever_the_user_typed(world_factory, faq_engine):
    question = "how many @everyone <@&123> Journalists are detained?"
    async with world_factory() as w:
        result = await w.slash(w.alice, "ask", question=question)
        description = result.response.embeds[0].description
        assert "\u201cJournalists\u201d" in description  # the caveat names the term as typed...
        assert "@everyone" not in description and "<@&123>" not in description  # ...and nothing that pings
