"""Follow-ups: an answer's `related:` entries as up to three buttons; pressing one shows that
answer privately to whoever pressed it, also after a restart; labels within Discord's limits."""

from __future__ import annotations

import dataclasses

import pytest
from simworld import make_entry, make_kb, make_source, quote_of

from bot.discord_app import limits as L
from bot.discord_app import render, views


def related_labels(message) -> list[str]:
    """The follow-up buttons' labels of an interaction response (components as sent: dicts)."""
    return [
        b["label"]
        for row in message.components
        for b in row["components"]
        if b.get("custom_id", "").startswith("faq:rel:")
    ]


@pytest.mark.asyncio
async def test_follow_up_buttons_show_the_related_answer_privately_after_a_restart(world_factory, faq_engine):
    entry = next(e for e in faq_engine.kb.entries.values() if len(faq_engine.kb.related(e)) >= 2)
    related = faq_engine.kb.related(entry)
    async with world_factory() as w:
        answer = (await w.slash(w.alice, "ask", question=entry.question)).response
        assert related_labels(answer) == [L.trim(render.safe_plain(e.question), L.BUTTON_LABEL) for e in related]
        await w.restart()  # the buttons carry everything they need in their custom_id
        shown = await w.click(w.bob, answer, related_labels(answer)[1])
        assert shown.ephemeral
        assert shown.response.embeds[0].title == render.safe(related[1].question)
        assert f"FAQ entry {related[1].id}" in shown.response.embeds[0].footer.text
        assert len(w.bot_messages()) == 1  # nothing posted in the channel
        await w.env.settle()
        assert (await w.bot.store.entry_stats(related[1].id))[0] == 1  # counted as an answer given
        # "why?" right after refers to the follow-up shown
        why = await w.slash(w.bob, "ask", question="why?")
        assert render.safe(related[1].question) in why.response.content


@pytest.mark.asyncio
async def test_a_follow_up_whose_entry_was_removed_says_so(world_factory, faq_engine):
    entry = next(e for e in faq_engine.kb.entries.values() if faq_engine.kb.related(e))
    gone = faq_engine.kb.related(entry)[0]
    async with world_factory() as w:
        answer = (await w.slash(w.alice, "ask", question=entry.question)).response
        kb = dataclasses.replace(
            faq_engine.kb, entries={k: v for k, v in faq_engine.kb.entries.items() if k != gone.id}
        )
        w.bot.service.engine = type(faq_engine)(kb, faq_engine.matcher, faq_engine.persian)
        result = await w.click(w.alice, answer, related_labels(answer)[0])
        assert result.ephemeral and result.response.content == render.entry_gone(gone.id)


def test_at_most_three_follow_ups_with_long_questions_stay_within_limits():
    source = make_source(paragraphs=["A paragraph. " * 20])
    others = [make_entry(f"other-{i}", "Q" * 300 + f" {i}", "A.", [quote_of(source, 1)]) for i in range(5)]
    main = dataclasses.replace(
        make_entry("main", "Main?", "Main answer.", [quote_of(source, 1)]),
        related=tuple(e.id for e in others) + ("missing", "main"),
    )
    kb = make_kb([main, *others], [source])
    assert [e.id for e in kb.related(main)] == ["other-0", "other-1", "other-2"]
    message = views.answer(main, kb_version=kb.version, asker="0" * 12, related=kb.related(main))
    assert message.violations() == []
    labels = [
        item.item.label for item in message.view.children if item.custom_id and item.custom_id.startswith("faq:rel:")
    ]
    assert len(labels) == 3 and all(len(label) <= L.BUTTON_LABEL for label in labels)
