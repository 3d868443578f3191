"""Calls to action under answers: link buttons and a "From the campaign" embed, where the entry or
the config asks for them; never quote-styled; always within Discord's limits."""

from __future__ import annotations

import dataclasses

import pytest
from simworld import answerable, make_entry, make_source, quote_of

from bot.config import CallToAction, OutreachSettings
from bot.discord_app import limits as L
from bot.discord_app import render, views
from bot.engine import Engine
from bot.outreach.cta import answer_ctas

PETITION = CallToAction(
    "petition",
    "Sign the petition",
    "https://example.org/petition",
    "Ask UN member states to keep Iran's human rights record under scrutiny.",
)
MISSION = CallToAction(
    "contact-mission",
    "Write to your UN mission",
    "https://example.org/missions",
    "Tell your country's UN mission to vote for the resolution.",
)


def links(rows) -> list[tuple[str, str]]:
    """(label, url) of the link buttons in a message's component rows (payload dicts or discord.py rows)."""
    out = []
    for row in rows:
        for c in row["components"] if isinstance(row, dict) else row.children:
            c = c if isinstance(c, dict) else c.to_dict()
            if c.get("style") == 5:
                out.append((c["label"], c["url"]))
    return out


def assert_campaign_words_not_quoted(message, ctas):
    answer, extra = message.embeds
    assert extra.title == render.CTA_TITLE and "not a quote" in extra.footer.text
    for cta in ctas:
        assert cta.text not in (answer.description or "")  # never beside the quotes
        field = next(f for f in extra.fields if f.name == render.safe(cta.label))
        assert field.value == render.safe(cta.text) and not field.value.startswith((">", "\u201c"))


@pytest.mark.asyncio
async def test_an_entry_asking_for_a_call_to_action_gets_it_under_every_answer_path(world_factory, faq_engine):
    question, entry = answerable(faq_engine)
    kb = faq_engine.kb
    entries = {**kb.entries, entry.id: dataclasses.replace(entry, cta=("contact-mission",))}
    engine = Engine(dataclasses.replace(kb, entries=entries), faq_engine.matcher)
    async with world_factory(engine, outreach={"calls_to_action": (PETITION, MISSION)}) as w:
        asked = (await w.slash(w.alice, "ask", question=question)).response
        assert links(asked.components) == [(MISSION.label, MISSION.url)]
        assert asked.components[0]["components"][0]["label"] == "Show source"  # answer buttons stay first
        assert_campaign_words_not_quoted(asked, [MISSION])
        shown = (await w.slash(w.alice, "faq show", id=entry.id)).response
        assert links(shown.components) == [(MISSION.label, MISSION.url)]
        await w.mention(w.bob, question)
        assert links(w.last_bot_message().components) == [(MISSION.label, MISSION.url)]
        other = next(e for e in engine.kb.entries.values() if e.id != entry.id)
        plain = (await w.slash(w.alice, "faq show", id=other.id)).response
        assert links(plain.components) == [] and len(plain.embeds) == 1  # the config asks for none elsewhere


@pytest.mark.asyncio
async def test_config_can_put_a_call_to_action_under_every_answer(world_factory, faq_engine):
    question, _entry = answerable(faq_engine)
    async with world_factory(outreach={"calls_to_action": (PETITION,), "answer_ctas": ("petition",)}) as w:
        asked = (await w.slash(w.alice, "ask", question=question)).response
        assert links(asked.components) == [(PETITION.label, PETITION.url)]
        assert_campaign_words_not_quoted(asked, [PETITION])
        await w.restart()  # link buttons need nothing restored; the answer buttons still work
        assert (await w.click(w.bob, asked, "Show source")).ephemeral


def test_calls_to_action_stay_within_discords_limits_beside_the_longest_answer():
    source = make_source(paragraphs=["word " * 900 + "end."] * 3)
    entry = make_entry("huge", "Q" * 300, "A" * 600, [quote_of(source, i) for i in (1, 2, 3)])
    ctas = tuple(CallToAction(f"c{i}", "L" * 80, f"https://example.org/{'p' * 480}{i}", "T " * 140) for i in range(5))
    entry = dataclasses.replace(entry, cta=tuple(c.id for c in ctas))
    chosen = answer_ctas(entry, OutreachSettings(calls_to_action=ctas))
    message = views.answer(entry, kb_version="v", asker="0123456789ab", ctas=chosen)
    assert message.violations() == []
    assert len(links(message.view.to_components())) == 5 and L.embed_length(message.embeds[1]) < L.EMBED_TOTAL
    assert sum(L.embed_length(e) for e in message.embeds) <= L.EMBED_TOTAL
    # More calls to action than a row holds are never sent (the FAQ's validator allows five).
    assert views.answer(entry, kb_version="v", asker=None, ctas=ctas + ctas[:2]).violations() == []
