"""Over the wire, against the loopback fake (fake_discord.py): real login, READY, command sync
with a 429 retry, an interaction answered over HTTP, a rejected token, and SIGTERM / SIGINT
shutdown of a real `faqbot run` process. Every wait is bounded; every process is stopped.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import textwrap

import discord
import madeup
import pytest
from fake_discord import FakeDiscord
from simworld import REPO, answerable, make_config

from bot.discord_app import runner
from bot.discord_app.bot import FaqBot

pytestmark = pytest.mark.asyncio

TIMEOUT = 15  # seconds, for any single wait
MESSAGE_CONTENT = 1 << 15
# The client closed the websocket with a close frame (discord.py's reader and close() race to send
# 4000 or 1000); a dropped connection would show 1006 or nothing.
CLIENT_CLOSE = (1000, 4000)


@pytest.fixture
def test_api(monkeypatch):
    """Point discord.py at a fake for this test only (restored afterwards)."""
    websocket = discord.gateway.DiscordWebSocket
    monkeypatch.setattr(discord.http.Route, "BASE", discord.http.Route.BASE)
    monkeypatch.setattr(websocket, "DEFAULT_GATEWAY", websocket.DEFAULT_GATEWAY)
    return runner.point_at_test_api


async def test_login_ready_sync_with_a_429_retry_and_an_interaction(base_config, faq_engine, tmp_path, test_api):
    config = make_config(base_config, tmp_path)
    question, entry = answerable(faq_engine)
    async with FakeDiscord() as fake:
        test_api(fake.url)
        bot = FaqBot(config, faq_engine)
        async with bot:
            started = asyncio.create_task(bot.start("fake"))
            try:
                await asyncio.wait_for(fake.identified.wait(), TIMEOUT)
                assert fake.paths("GET")[:2] == ["/users/@me", "/oauth2/applications/@me"]
                # No shards configured: discord.py's automatic sharding asked Discord how many to run.
                assert "/gateway/bot" in fake.paths("GET") and bot.shard_count == 1
                sync = [r for r in fake.requests if r.method == "PUT"]
                assert [r.status for r in sync] == [429, 200]  # rate limited once, retried by discord.py
                assert sorted(c["name"] for c in sync[-1].body) == [
                    "Answer with FAQ",
                    "ask",
                    "faq",
                    "faq-settings",
                    "share",
                    "sources",
                    "verify",
                ]  # faq-mod: home servers only
                assert fake.identify["intents"] & MESSAGE_CONTENT == 0  # no privileged intent

                await fake.send_slash("ask", question=question)
                await asyncio.wait_for(fake.callback_received.wait(), TIMEOUT)
                callback = fake.callbacks[0]
                assert callback["type"] == 4
                assert callback["data"]["embeds"][0]["footer"]["text"].startswith(f"FAQ entry {entry.id}")
                assert callback["data"]["allowed_mentions"] == {"parse": []}
            finally:
                await bot.close()
                await asyncio.wait_for(started, TIMEOUT)
        await asyncio.wait_for(fake.gateway_closed.wait(), TIMEOUT)
        assert fake.close_code in CLIENT_CLOSE

        # A second start on the same database does not sync again.
        fake.requests.clear()
        fake.identified.clear()
        bot = FaqBot(config, faq_engine)
        async with bot:
            started = asyncio.create_task(bot.start("fake"))
            try:
                await asyncio.wait_for(fake.identified.wait(), TIMEOUT)
                assert fake.paths("PUT") == []
            finally:
                await bot.close()
                await asyncio.wait_for(started, TIMEOUT)


async def test_a_rejected_token_over_the_wire(base_config, faq_engine, tmp_path, test_api, capsys):
    config = make_config(base_config, tmp_path)
    async with FakeDiscord(token="the-real-one") as fake:
        test_api(fake.url)
        code = await asyncio.wait_for(runner._serve(config, faq_engine, "a-wrong-token"), TIMEOUT)
        assert code == runner.EXIT_LOGIN
        assert fake.paths() == ["/users/@me"]
    err = capsys.readouterr().err
    assert "rejected the token" in err and "a-wrong-token" not in err


def tiny_faq(tmp_path):
    """A self-contained FAQ, so this test does not depend on the FAQ being edited elsewhere."""
    knowledge, seeds = madeup.write_faq(tmp_path, madeup.GARDEN_SOURCE, [madeup.APPLE_TREES])
    config = tmp_path / "config.yaml"
    config.write_text(
        textwrap.dedent(f"""\
        paths:
          knowledge: {knowledge}
          seeds: {seeds}
          database: {tmp_path / "faqbot.sqlite3"}
        """)
    )
    return config


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
async def test_faqbot_run_process_shuts_down_cleanly_on_a_signal(tmp_path, sig):
    config = tiny_faq(tmp_path)
    token = "faqbot-test-token-7c1e9"
    async with FakeDiscord(token=token) as fake:
        env = {**os.environ, "DISCORD_TOKEN": token, "FAQBOT_DISCORD_API_BASE": fake.url, "PYTHONUNBUFFERED": "1"}
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "run",
            "-v",
            "--config",
            str(config),  # -v: even debug logs
            cwd=REPO,
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            await asyncio.wait_for(fake.identified.wait(), TIMEOUT)
            await fake.send_slash("ask", question="How many apple trees are in the garden?")
            await asyncio.wait_for(fake.callback_received.wait(), TIMEOUT)
            assert fake.callbacks[0]["data"]["embeds"][0]["footer"]["text"].startswith("FAQ entry apple-trees")

            process.send_signal(sig)
            out, err = await asyncio.wait_for(process.communicate(), TIMEOUT)
            assert process.returncode == 0, err.decode()
            assert f"{sig.name} received, shutting down" in err.decode()
            assert token not in (out + err).decode()  # the token is never printed
            await asyncio.wait_for(fake.gateway_closed.wait(), TIMEOUT)
            assert fake.close_code in CLIENT_CLOSE
            assert (tmp_path / "faqbot.sqlite3").exists()
        finally:
            if process.returncode is None:
                process.kill()
                await process.wait()


async def test_faqbot_sync_process_registers_commands_in_one_guild(tmp_path):
    config = tiny_faq(tmp_path)
    token = "faqbot-test-token-7c1e9"
    async with FakeDiscord(token=token) as fake:
        env = {**os.environ, "DISCORD_TOKEN": token, "FAQBOT_DISCORD_API_BASE": fake.url}
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "sync",
            "--guild",
            "4242",
            "--config",
            str(config),
            cwd=REPO,
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            out, err = await asyncio.wait_for(process.communicate(), TIMEOUT)
        finally:
            if process.returncode is None:
                process.kill()
                await process.wait()
        assert process.returncode == 0, err.decode()
        assert "synced 7 command(s) to server 4242" in out.decode()  # no faq-mod: not a home server
        assert fake.paths("PUT") == [f"/applications/{fake.app_id}/guilds/4242/commands"] * 2  # 429, then retried
        assert fake.identify is None  # a sync never opens the gateway
