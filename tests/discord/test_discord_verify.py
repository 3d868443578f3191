"""/verify text: in the simulated Discord: private verdicts, differences marked, never pinging,
within Discord's limits, rate-limited, a feature that can be switched off; in Persian for a quote
in Persian script or a Persian client, with the quote and the source's words verbatim; and every
module under bot/exts is a feature or a core extension."""

from __future__ import annotations

import dataclasses
import pkgutil

import discord
import pytest
from simworld import make_entry, make_kb, make_source, quote_of

import bot.exts
from bot.config import DEFAULT_FEATURES, FEATURES_KNOWN
from bot.discord_app import limits as L
from bot.discord_app.bot import CORE_EXTENSIONS, FEATURE_EXTENSIONS
from bot.engine import Engine, i18n
from bot.engine.verify import say, verify_quote
from bot.exts.verify import reply_language, verify_message

pytestmark = pytest.mark.asyncio


async def test_a_verbatim_quote_says_where_and_who_privately(world_factory, faq_engine):
    quote = faq_engine.kb.entries["executions"].quotes[0]
    async with world_factory() as w:
        result = await w.slash(w.alice, "verify", text=f"\u201c{quote.text}\u201d")
        assert result.ephemeral and w.messages(viewer=w.bob) == []
        (embed,) = result.response.embeds
        assert embed.title == say("title_verbatim")
        assert f"paragraph {quote.paragraph}" in embed.description and quote.attribution in embed.description
        assert "executions" in embed.description


async def test_an_altered_quote_shows_each_difference_and_the_source_words(world_factory, faq_engine):
    quote = faq_engine.kb.entries["executions"].quotes[0]
    digits = next(w.strip(",.") for w in quote.text.split() if w.strip(",.").isdigit())
    wrong = quote.text.replace(digits, str(int(digits) + 10), 1)
    async with world_factory() as w:
        (embed,) = (await w.slash(w.alice, "verify", text=wrong)).response.embeds
        assert embed.title == say("title_altered")
        assert f"[-{digits}-] {{+{int(digits) + 10}+}}" in embed.description
        assert f"\u201c{digits}\u201d" in embed.description and f"paragraph {quote.paragraph}" in embed.description


async def test_text_not_in_the_sources_is_said_plainly(world_factory):
    async with world_factory() as w:
        (embed,) = (await w.slash(w.alice, "verify", text="The moon is made of cheese, the NGOs said.")).response.embeds
        assert embed.title == say("title_not_found") and "/sources" in embed.description


async def test_pasted_text_never_pings_and_stays_within_limits(world_factory, faq_engine):
    quote = faq_engine.kb.entries["executions"].quotes[0]
    hostile = f"@everyone <@&123> **{quote.text[:60]}** @here " + "\u200f\u0627\u06cc\u0631\u0627\u0646 " * 120
    async with world_factory() as w:
        for text in (hostile[:1500], quote.text + " @everyone <@1> " * 40):
            result = await w.slash(w.alice, "verify", text=text[:1500])
            (embed,) = result.response.embeds
            for part in (embed.description or "", embed.title or ""):
                assert "@everyone" not in part and "<@&123>" not in part and "<@1>" not in part and "@here" not in part
            assert L.violations(result.response.content, result.response.embeds) == []


async def test_the_reply_fits_discord_whatever_the_source_says():
    long_para = " ".join(f"word{i}" for i in range(900)) + "."
    source = make_source(paragraphs=[long_para], speakers={"s": "x" * 2000})
    source = dataclasses.replace(source, title="T" * 3000, url="https://example.org/" + "a" * 3000)
    kb = make_kb([make_entry("e", "Q?", "A.", [quote_of(source, 1)])], [source])
    changed = long_para.replace("word5 ", "other ").replace("word700", "something")
    for text in (long_para, changed, " ".join(f"word{i}" for i in range(0, 900, 2))):
        message = verify_message(verify_quote(text, kb))
        assert message.violations() == []


async def test_verify_is_rate_limited_with_the_bots_cooldowns(world_factory, faq_engine):
    quote = faq_engine.kb.entries["executions"].quotes[0]
    async with world_factory(cooldowns=(5.0, 0.0)) as w:
        assert (await w.slash(w.alice, "verify", text=quote.text)).response.embeds
        slowed = await w.slash(w.alice, "verify", text=quote.text)
        assert slowed.ephemeral and slowed.response.content.startswith("Slow down")


async def test_verify_shows_the_original_document_when_its_url_is_known(world_factory, base_config):
    source = dataclasses.replace(
        make_source(paragraphs=["The island has forty lighthouses along its coast."]),
        url="https://example.org/report_(2024)",
    )
    engine = Engine.build(
        make_kb([make_entry("l", "How many lighthouses?", "Forty.", [quote_of(source, 1)])], [source]),
        base_config.matching,
    )
    async with world_factory(engine) as w:
        (embed,) = (await w.slash(w.alice, "verify", text="forty lighthouses along its coast")).response.embeds
        assert "https://example.org/report_(2024)" in embed.description


# -- in Persian ---------------------------------------------------------------------------------

RLM = i18n.RLM
# A made-up Persian source (an island's council report; nothing of the campaign's).
FA_PARAGRAPHS = [
    "جزیره چهل فانوس دریایی در امتداد ساحل خود دارد و هر شب روشن می‌شوند.",
    "شورای جزیره گفت: «ما تا روز رأی‌گیری همین‌جا می‌مانیم.»",
]
FA_QUOTE = "جزیره چهل فانوس دریایی در امتداد ساحل خود دارد"


def persian_engine(base_config) -> Engine:
    source = dataclasses.replace(
        make_source("council", title="گزارش شورای جزیره", paragraphs=FA_PARAGRAPHS, speakers={"c": "شورای جزیره"}),
        language="fa",
    )
    entry = make_entry("lights", "How many lighthouses?", "Forty.", [quote_of(source, 1, speaker="c")])
    return Engine.build(make_kb([entry], [source]), base_config.matching)


def persian_lines_open_right_to_left(embed, *lines: str) -> None:
    """Each Persian sentence of the embed is a line of its own, opened with a right-to-left mark."""
    got = (embed.description or "").split("\n")
    for line in lines:
        assert any(RLM in g and g.replace(RLM, "").lstrip("> ").startswith(line) for g in got), (line, got)


async def test_a_persian_quote_gets_a_persian_verbatim_verdict_with_the_quote_unchanged(world_factory, base_config):
    async with world_factory(persian_engine(base_config)) as w:
        result = await w.slash(w.alice, "verify", text=f"\u00ab{FA_QUOTE}\u00bb")
        assert result.ephemeral and w.messages(viewer=w.bob) == []
        (embed,) = result.response.embeds
        assert embed.title == RLM + say("title_verbatim", "fa")
        assert f"> {RLM}{FA_QUOTE}" in embed.description  # the source's own words, in a block quote
        assert "بند ۱" in embed.description and "شورای جزیره" in embed.description
        assert "paragraph" not in embed.description and "Verbatim" not in (embed.title or "")
        persian_lines_open_right_to_left(embed, "\u2014 " + say("said_by", "fa", speaker=""))
        assert embed.footer.text == RLM + say("footer", "fa")


async def test_an_altered_persian_quote_shows_each_difference_in_persian(world_factory, base_config):
    wrong = FA_QUOTE.replace("چهل", "پنجاه")
    async with world_factory(persian_engine(base_config)) as w:
        (embed,) = (await w.slash(w.alice, "verify", text=wrong)).response.embeds
        assert embed.title == RLM + say("title_altered", "fa")
        assert "[-چهل-] {+پنجاه+}" in embed.description
        assert say("changed", "fa", source="چهل", quote="پنجاه") in embed.description
        assert f"> {RLM}{FA_QUOTE}" in embed.description  # what the source says, verbatim
        persian_lines_open_right_to_left(embed, f"**{say('differences', 'fa')}**", f"**{say('passage', 'fa')}**")


async def test_a_persian_text_not_in_the_sources_is_said_in_persian(world_factory, base_config):
    async with world_factory(persian_engine(base_config)) as w:
        (embed,) = (await w.slash(w.alice, "verify", text="ماه از پنیر ساخته شده است، به گفتهٔ شورا.")).response.embeds
        assert embed.title == RLM + say("title_not_found", "fa")
        assert embed.description == RLM + say("not_found_detail", "fa", count=1) and "/sources" in embed.description


async def test_a_persian_client_gets_persian_sentences_around_the_english_quote_verbatim(world_factory, faq_engine):
    quote = faq_engine.kb.entries["executions"].quotes[0]
    digits = next(w.strip(",.") for w in quote.text.split() if w.strip(",.").isdigit())
    wrong = quote.text.replace(digits, str(int(digits) + 10), 1)
    async with world_factory() as w:
        with w.client_locale("fa"):
            (verbatim,) = (await w.slash(w.alice, "verify", text=quote.text)).response.embeds
            (altered,) = (await w.slash(w.alice, "verify", text=wrong)).response.embeds
        (english,) = (await w.slash(w.alice, "verify", text=quote.text)).response.embeds  # an en-US client again
    assert verbatim.title == RLM + say("title_verbatim", "fa")
    # The quote, the speaker and the title are never translated: verbatim, isolated in Persian lines.
    assert f"> {quote.text}\n" in verbatim.description
    assert f"{i18n.FSI}{quote.attribution}{i18n.PDI}" in verbatim.description
    assert (
        f"بند {i18n.persian_digits(quote.paragraph)}" in verbatim.description
        and f"paragraph {quote.paragraph}" not in verbatim.description
    )
    assert altered.title == RLM + say("title_altered", "fa")
    assert f"[-{digits}-] {{+{int(digits) + 10}+}}" in altered.description
    assert f"\u00ab{i18n.FSI}{digits}{i18n.PDI}\u00bb" in altered.description
    assert english.title == say("title_verbatim", "en")


async def test_a_server_that_chose_persian_gets_persian_verdicts(world_factory, faq_engine):
    quote = faq_engine.kb.entries["executions"].quotes[0]
    async with world_factory() as w:
        admins = w.guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
        admin = w.guild.add_member(w.env.create_user("admin"), roles=[admins])
        assert (await w.slash(w.alice, "verify", text=quote.text)).response.embeds[0].title == say("title_verbatim")
        assert (await w.slash(admin, "faq-settings language", value="fa")).ephemeral
        (embed,) = (await w.slash(w.alice, "verify", text=quote.text)).response.embeds
        assert embed.title == RLM + say("title_verbatim", "fa") and f"> {quote.text}\n" in embed.description
        await w.slash(admin, "faq-settings language", value="en")
        (embed,) = (await w.slash(w.alice, "verify", text=FA_QUOTE)).response.embeds  # Persian text, English server
        assert embed.title == say("title_not_found")


async def test_persian_replies_never_ping_and_stay_within_limits(world_factory, base_config):
    hostile = "@everyone <@&123> @here **" + FA_QUOTE + "** " + "\u200f\u0627\u06cc\u0631\u0627\u0646 <@1> " * 150
    long_para = " ".join(["فانوس دریایی شماره"] * 300) + "."
    source = dataclasses.replace(
        make_source(title="گ" * 3000, paragraphs=[long_para], speakers={"s": "ش" * 2000}),
        language="fa",
        url="https://example.org/" + "a" * 3000,
    )
    kb = make_kb([make_entry("e", "Q?", "A.", [quote_of(source, 1)])], [source])
    for text in (long_para, long_para.replace("شماره", "نمره", 40)):
        assert verify_message(verify_quote(text, kb), "fa").violations() == []
    async with world_factory(persian_engine(base_config)) as w:
        for text in (hostile[:1500], FA_QUOTE + " @everyone <@1>" * 4, FA_QUOTE.replace("چهل", "@everyone")):
            result = await w.slash(w.alice, "verify", text=text[:1500])
            (embed,) = result.response.embeds
            assert embed.title.startswith(RLM)  # Persian: the pasted text is in Persian script
            for part in (embed.description or "", embed.title or "", embed.footer.text or ""):
                assert "@everyone" not in part and "<@&123>" not in part and "<@1>" not in part and "@here" not in part
            assert L.violations(result.response.content, result.response.embeds) == []


async def test_the_verdicts_language_is_the_quotes_script_or_the_persian_client():
    assert reply_language("ایران دست‌کم ۴۴۰ نفر را اعدام کرده است") == i18n.FA
    assert reply_language("گزارش شورای حقوق بشر UN دربارهٔ اعدام‌ها") == i18n.FA  # mostly Persian letters
    assert reply_language("Iran executed 440 people, said the UN", "fa") == i18n.FA  # a Persian client
    assert reply_language("Iran executed 440 people, said the UN", "en-US") == i18n.EN
    assert reply_language("The Amnesty report on Mahsa Amini, \u0645\u0647\u0633\u0627 said") == i18n.EN
    assert reply_language("iran chand nafar ro edam kard") == i18n.EN  # Finglish: Latin letters, English verdict


async def test_verify_can_be_switched_off(world_factory):
    async with world_factory(features={"verify": False}) as w:
        assert "verify" not in w.alice.available_commands(w.channel)


async def test_every_extension_module_is_a_feature_or_core():
    modules = {
        f"bot.exts.{info.name}" for info in pkgutil.iter_modules(bot.exts.__path__) if not info.name.startswith("_")
    }
    assert modules == set(FEATURE_EXTENSIONS.values()) | set(CORE_EXTENSIONS)
    assert set(FEATURE_EXTENSIONS) == set(FEATURES_KNOWN) == set(DEFAULT_FEATURES)
