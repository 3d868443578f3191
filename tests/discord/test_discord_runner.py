"""`faqbot run` / `faqbot sync` without Discord: the token rules and exit codes.

The real login over HTTP and websocket, 429 retries and SIGTERM are exercised against the loopback
fake in test_discord_wire.py.
"""

from __future__ import annotations

import logging

import discord
import pytest

from bot import cli
from bot.discord_app import runner
from bot.discord_app.bot import FaqBot

SECRET = "MTIzNDU2Nzg5MDEyMzQ1Njc4.secret.token-never-shown"


def test_run_without_a_token_is_a_clear_usage_error(monkeypatch, capsys, base_config):
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    assert runner.run_bot(base_config) == runner.EXIT_USAGE
    assert "DISCORD_TOKEN is not set" in capsys.readouterr().err
    assert runner.sync_commands(base_config, None) == runner.EXIT_USAGE
    monkeypatch.setenv("DISCORD_TOKEN", "   ")
    assert runner.run_bot(base_config) == runner.EXIT_USAGE


def test_cli_run_without_a_token(monkeypatch, capsys):
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    assert cli.main(["run"]) == cli.EXIT_USAGE
    assert cli.main(["sync", "--guild", "123"]) == cli.EXIT_USAGE
    assert "DISCORD_TOKEN" in capsys.readouterr().err


def test_a_rejected_token_exits_3_without_showing_it(monkeypatch, capsys, caplog, base_config, faq_engine, tmp_path):
    from simworld import make_config

    config = make_config(base_config, tmp_path)
    monkeypatch.setenv("DISCORD_TOKEN", SECRET)
    monkeypatch.setattr(runner, "load_faq", lambda *args, **kwargs: faq_engine)  # the FAQ is not under test here

    async def rejected(self, token, *, reconnect=True):
        assert token == SECRET  # the token from the environment reached discord.py...
        raise discord.LoginFailure("Improper token has been passed.")

    monkeypatch.setattr(FaqBot, "start", rejected)
    with caplog.at_level(logging.DEBUG):
        assert runner.run_bot(config) == runner.EXIT_LOGIN
    out = capsys.readouterr()
    assert "rejected the token" in out.err
    assert SECRET not in out.out + out.err + caplog.text  # ...and went nowhere else


def test_the_test_api_override_accepts_loopback_only(monkeypatch):
    websocket = discord.gateway.DiscordWebSocket
    monkeypatch.setattr(discord.http.Route, "BASE", discord.http.Route.BASE)
    monkeypatch.setattr(websocket, "DEFAULT_GATEWAY", websocket.DEFAULT_GATEWAY)
    for bad in (
        "https://discord.com",
        "http://example.com:80",
        "http://10.0.0.1:80",
        "file:///etc/passwd",
        "http://127.0.0.1",
    ):
        with pytest.raises(SystemExit):
            runner.point_at_test_api(bad)
    assert runner.point_at_test_api("") is False
    assert runner.point_at_test_api("http://127.0.0.1:8123") is True
    assert discord.http.Route.BASE == "http://127.0.0.1:8123/api/v10"
    assert str(discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY) == "ws://127.0.0.1:8123/gateway"
