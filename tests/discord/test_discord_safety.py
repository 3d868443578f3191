"""The safe route in Discord: a person in danger gets the campaign's contacts privately, never an
FAQ guess; a mention gets only a generic public reply (the contacts by DM, or a pointer to /ask
when DMs are closed); passive mode stays silent; nothing is stored or counted; never pings."""

from __future__ import annotations

import pytest

from bot.discord_app import limits as L
from bot.engine.saferoute import PUBLIC, PUBLIC_NOT_SENT, PUBLIC_SENT

pytestmark = pytest.mark.asyncio

REFERRALS = (
    {"name": "Example Legal Aid", "contact": "https://legal.example.org", "note": "confidential"},
    {"name": "Example Helpline", "contact": "+1 555 0100", "note": ""},
)
AT_RISK = "my brother was arrested last week, what can I do? @everyone"
AT_RISK_FA = "برادرم را دیروز بازداشت کردند"
TEXT_ON = {"store_unanswered_text": True}


def safety(**more):
    from bot.engine.saferoute import Referral

    return {"referrals": tuple(Referral(**r) for r in REFERRALS), **more}


async def nothing_kept(w) -> None:
    await w.env.settle()
    assert await w.bot.store.review_queue() == []
    assert sum((await w.bot.store.period_counts(1)).outcomes.values()) == 0
    path = w.bot.config.paths.database
    raw = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    assert b"brother" not in raw and "برادرم".encode() not in raw


async def test_ask_gets_the_contacts_privately_and_nothing_is_kept(world_factory):
    async with world_factory(safety=safety(), privacy=TEXT_ON) as w:
        result = await w.slash(w.alice, "ask", question=AT_RISK)
        assert result.ephemeral
        embed = result.response.embeds[0]
        assert "individual cases" in embed.description and "public channels" in embed.description
        assert [(f.name, f.value) for f in embed.fields] == [
            ("Example Legal Aid", "https://legal.example.org\nconfidential"),
            ("Example Helpline", "+1 555 0100"),
        ]
        assert not result.response.components  # no votes, no "did you mean": not an FAQ result
        persian = await w.slash(w.bob, "ask", question=AT_RISK_FA)
        assert persian.ephemeral and "در خطر" in persian.response.embeds[0].description
        await nothing_kept(w)


async def test_with_no_referrals_configured_it_still_says_so_plainly(world_factory, base_config):
    assert base_config.safety.referrals == ()  # none shipped
    async with world_factory() as w:
        result = await w.slash(w.alice, "ask", question="they threatened me after I posted about it")
        assert result.ephemeral
        embed = result.response.embeds[0]
        assert "can't help with individual cases" in embed.description and "don't share" in embed.description
        assert embed.fields == []


async def test_a_mention_gets_a_generic_public_reply_and_the_contacts_by_dm(world_factory):
    async with world_factory(safety=safety(), privacy=TEXT_ON) as w:
        asked = await w.mention(w.alice, AT_RISK)
        public = w.last_bot_message()
        assert public.reference.message_id == asked.id
        assert public.content == f"{PUBLIC['en']} {PUBLIC_SENT['en']}"
        assert "brother" not in public.content and not public.embeds  # never quotes, no contacts in public
        assert public.mentions == [] and not public.mention_everyone
        dm = w.alice.user.dm_channel.last_message
        assert dm.author.id == w.bot.user.id and dm.embeds[0].fields[0].value.startswith("https://legal.example.org")
        await nothing_kept(w)


async def test_with_dms_closed_the_public_reply_points_to_ask(world_factory):
    async with world_factory(safety=safety()) as w:
        w.env.inject_error(
            "POST", "/channels/*/messages", status=403, code=50007, message="Cannot send messages to this user"
        )
        await w.mention(w.alice, AT_RISK_FA)
        public = w.last_bot_message()
        assert public is not None and public.content.lstrip("\u200f") == f"{PUBLIC['fa']} {PUBLIC_NOT_SENT['fa']}"


async def test_a_direct_message_gets_the_whole_safe_route(world_factory):
    async with world_factory(safety=safety()) as w:
        await w.alice.send_dm("i'm being followed since I joined")
        reply = w.alice.user.dm_channel.last_message
        assert reply.author.id == w.bot.user.id and len(reply.embeds[0].fields) == 2


async def test_passive_mode_stays_silent(world_factory):
    async with world_factory(
        features={"passive": True}, passive_channel_ids=(1,), passive_threshold=0.0, safety=safety(), privacy=TEXT_ON
    ) as w:
        w.set_discord(passive_channel_ids=(w.channel.id,))
        await w.send(w.alice, "my brother was arrested last week, who signed the letter?")
        assert w.bot_messages() == []
        await nothing_kept(w)


async def test_long_config_texts_stay_within_discords_limits(world_factory):
    from bot.engine.saferoute import Referral

    many = tuple(Referral("n" * 100 + str(i), "c " * 150, "x " * 150) for i in range(40))
    async with world_factory(safety={"referrals": many, "message": "m " * 500}) as w:
        result = await w.slash(w.alice, "ask", question=AT_RISK)
        embed = result.response.embeds[0]
        assert L.embed_length(embed) <= L.EMBED_TOTAL and len(embed.fields) <= L.EMBED_FIELDS
        assert embed.fields  # the contacts that fit are shown
