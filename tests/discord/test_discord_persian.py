"""Persian in simulated Discord: the whole reply in the asker's language, right to left, labelled.

The FAQ is the made-up one of tests/data/persian (bees, volcano, lighthouse, with Persian
translations), so nothing here depends on the shipped FAQ's content.
"""

from __future__ import annotations

import madeup
import pytest

from bot.discord_app import render, views
from bot.engine import i18n, persian

pytestmark = pytest.mark.asyncio

LIGHTHOUSE_FA = "فانوس دریایی هنوز کار میکنه؟"
TEXT_ON = {"store_unanswered_text": True}


@pytest.fixture(scope="module")
def fa_engine():
    return madeup.persian_island()


def labels(message) -> list[str]:
    """Button labels of a sent message or of an interaction response (rows as dicts)."""
    return [
        c["label"] if isinstance(c, dict) else c.label
        for row in message.components
        for c in (row["components"] if isinstance(row, dict) else row.children)
    ]


def _suggesting(engine) -> str:
    for question in ["فانوس", "زنبور", "آتشفشان", "گل", "چراغ", "کندو", "فوران"]:
        if engine.ask(question).kind == "suggest":
            return question
    pytest.skip("no short Persian question lands between answer and refusal on this FAQ")


async def test_a_persian_question_gets_a_labelled_right_to_left_translation_with_persian_buttons(
    world_factory, fa_engine
):
    entry = fa_engine.kb.entries["lighthouse"]
    tr = entry.translations["fa"]
    async with world_factory(engine=fa_engine) as w:
        result = await w.slash(w.alice, "ask", question=LIGHTHOUSE_FA)
        embed = result.response.embeds[0]
        assert embed.title == i18n.RLM + render.safe(tr.question)
        description = embed.description
        lines = description.split("\n")
        assert lines[0] == i18n.RLM + f"**{i18n.t('translation_label', 'fa')}** \u00b7 *{i18n.t('not_reviewed', 'fa')}*"
        assert i18n.RLM + render.safe(tr.answer) in lines  # the answer, opened right to left
        # The quote is the source's own words, in a block quote; its translation is under it,
        # labelled, outside the block quote.
        quote_line = lines.index(f"> {render.safe(entry.quotes[0].text)}")
        under = lines[quote_line + 1]
        assert under.startswith(i18n.RLM + f"*{i18n.t('quote_translation', 'fa')}:*") and not under.startswith(">")
        assert render.safe(tr.quotes[0]) in under
        assert labels(result.response) == [i18n.t(k, "fa") for k in ("show_source", "helpful", "not_helpful", "delete")]
        assert (await w.click(w.bob, result.response, i18n.t("delete", "fa"))).response.content == render.DELETE_DENIED
        shown = await w.click(w.alice, result.response, i18n.t("show_source", "fa"))
        assert shown.ephemeral and entry.quotes[0].text in shown.response.embeds[0].description.replace("**", "")


async def test_english_questions_keep_english_buttons_and_no_label(world_factory, fa_engine):
    async with world_factory(engine=fa_engine) as w:
        result = await w.slash(w.alice, "ask", question="is the lighthouse still working")
        assert labels(result.response) == ["Show source", "Helpful", "Not helpful", "Delete"]
        assert i18n.t("translation_label", "fa") not in result.response.embeds[0].description
        assert not persian.has_script(result.response.embeds[0].description)


async def test_finglish_mention_is_answered_in_persian_and_pings_nobody(world_factory, fa_engine):
    async with world_factory(engine=fa_engine) as w:
        await w.mention(w.alice, "@everyone fanus hanuz kar mikone? <@&123456789012345678>")
        reply = w.last_bot_message()
        assert reply.embeds and persian.has_script(reply.embeds[0].title)
        assert reply.mentions == [] and not reply.mention_everyone and reply.role_mentions == []


async def test_persian_refusal_and_help_are_in_persian_right_to_left(world_factory, fa_engine):
    async with world_factory(engine=fa_engine) as w:
        await w.mention(w.alice, "قیمت نان در تهران چقدر است؟")
        refusal = w.last_bot_message().content
        assert refusal.startswith(i18n.RLM) and persian.has_script(refusal) and "/faq list" in refusal
        # the number of questions it answers, in Persian digits as the Persian answers write theirs
        assert i18n.persian_digits(len(fa_engine.kb)) in refusal and not any(
            c.isascii() and c.isdigit() for c in refusal
        )
        await w.mention(w.alice, "سلام")
        hello = w.last_bot_message().content
        assert hello.startswith(i18n.RLM + i18n.t("greeting", "fa"))
        for entry in fa_engine.kb.entries.values():
            assert render.safe(entry.translations["fa"].question) in hello


async def test_a_persian_did_you_mean_offers_persian_questions_and_answers_in_persian(world_factory, fa_engine):
    question = _suggesting(fa_engine)
    async with world_factory(engine=fa_engine, privacy=TEXT_ON) as w:
        result = await w.slash(w.alice, "ask", question=question)
        assert result.response.content == i18n.RLM + i18n.t("did_you_mean_discord", "fa")
        buttons = result.response.components[0]["components"]
        ids = [b["custom_id"].rsplit(":", 1)[1] for b in buttons]
        assert [b["label"] for b in buttons] == [fa_engine.kb.entries[i].translations["fa"].question for i in ids]
        assert [b["label"] for b in result.response.components[1]["components"]] == [
            i18n.t("none_of_these", "fa"),
            i18n.t("delete", "fa"),
        ]
        await w.click(w.alice, result.response, buttons[0]["label"])
        edited = w.bot_messages()[-1]
        chosen = fa_engine.kb.entries[ids[0]]
        assert edited.embeds[0].title == i18n.RLM + render.safe(chosen.translations["fa"].question)
        assert labels(edited)[0] == i18n.t("show_source", "fa")
        await w.env.settle()
        # kept, as typed, as a suggested phrasing of the entry picked (in place of its "did you mean")
        assert await w.bot.store.review_queue() == []
        assert [(s.phrasing, s.entry_id) for s in await w.bot.store.suggested_phrasings()] == [(question, chosen.id)]


async def test_typing_persian_in_ask_autocompletes_persian_questions(world_factory, fa_engine):
    async with world_factory(engine=fa_engine) as w:
        choices = await w.autocomplete(w.alice, "ask", "question", "فانوس")
        names = [c["name"] if isinstance(c, dict) else c.name for c in choices]
        assert names and names[0] == fa_engine.kb.entries["lighthouse"].translations["fa"].question
        english = await w.autocomplete(w.alice, "ask", "question", "lighthouse")
        assert next(c["name"] if isinstance(c, dict) else c.name for c in english) == "Is the lighthouse still working?"


async def test_why_after_a_persian_answer_shows_the_sources_in_persian(world_factory, fa_engine):
    async with world_factory(engine=fa_engine) as w:
        await w.slash(w.alice, "ask", question=LIGHTHOUSE_FA)
        why = await w.slash(w.alice, "ask", question="منبعش چیه؟")
        assert why.response.content.startswith(i18n.RLM + i18n.t("sources_of_last", "fa"))
        assert fa_engine.kb.entries["lighthouse"].quotes[0].text in why.response.embeds[0].description.replace("**", "")


async def test_a_long_persian_translation_with_mentions_stays_within_discord_limits_and_never_pings():
    import dataclasses

    from simworld import make_entry, make_source, quote_of

    from bot.engine import Translation

    long_quote = "The notes say so. " * 120
    source = make_source(paragraphs=[long_quote.strip(), "Another paragraph. " * 100])
    quotes = [quote_of(source, 1), quote_of(source, 2)]
    answer = ("@everyone " + "پاسخ طولانی ۱۹۸۵ " * 40)[:600]
    entry = dataclasses.replace(
        make_entry("long", "Long?", "Yes.", quotes),
        translations={
            "fa": Translation(
                "fa", "<@&123456789012345678> طولانی؟", (), answer, False, ("ترجمهٔ بسیار بلند @here " * 80, None)
            )
        },
    )
    language = render.Language.for_entry(entry, "fa")
    message = views.answer(entry, kb_version="v", asker="0123456789ab", language=language)
    assert message.violations() == []
    embed = message.embeds[0]
    text = embed.title + embed.description
    assert "@everyone" not in text.replace("@\u200beveryone", "") and "@here" not in text.replace("@\u200bhere", "")
    assert "<@&123456789012345678>" not in text
    assert embed.description.count("> ") >= 1 and i18n.t("translation_label", "fa") in embed.description


async def test_answer_with_faq_on_a_persian_message_is_in_persian(world_factory, fa_engine):
    """The invoker is told in the message's language, and the answer posted is the translation."""
    from bot.exts.answer_with_faq import MENU_NAME

    tr = fa_engine.kb.entries["lighthouse"].translations["fa"]
    async with world_factory(engine=fa_engine) as w:
        asked = await w.send(w.bob, LIGHTHOUSE_FA)
        preview = await w.alice.context_menu(w.channel, MENU_NAME, asked)
        assert preview.response.content == i18n.RLM + i18n.t("aw_preview", "fa")
        assert labels(preview.response) == [i18n.t("aw_post", "fa")]
        posted = await w.click(w.alice, preview.response, i18n.t("aw_post", "fa"))
        assert posted.response.content == i18n.RLM + i18n.t("aw_posted", "fa")
        reply = w.last_bot_message()
        assert reply.reference.message_id == asked.id and reply.embeds[0].title == i18n.RLM + render.safe(tr.question)
        assert labels(reply)[0] == i18n.t("show_source", "fa")


async def test_follow_ups_under_a_persian_answer_are_in_persian(world_factory, fa_engine):
    entry = fa_engine.kb.entries["bees"]  # related: [volcano], both translated
    other = fa_engine.kb.related(entry)[0]
    async with world_factory(engine=fa_engine) as w:
        result = await w.slash(w.alice, "ask", question=entry.translations["fa"].question)
        label = other.question_in("fa")
        assert label in labels(result.response)
        shown = await w.click(w.bob, result.response, label)
        assert shown.ephemeral and shown.response.embeds[0].title == i18n.RLM + render.safe(label)
