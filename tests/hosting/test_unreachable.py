"""Discord unreachable at start: one plain sentence, exit code 4, within seconds, never the token.

Simulated without any network: the API is pointed at a loopback port nobody listens on."""

from __future__ import annotations

import dataclasses
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import discord
import pytest

from bot.discord_app import runner
from bot.netcheck import unreachable

REPO = Path(__file__).resolve().parents[2]
TOKEN = "MTIzNDU2Nzg5.fake-token-never-printed.abcdef"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("command", ["run", "sync"])
def test_an_unreachable_discord_gives_a_plain_message_and_exit_code_4_without_the_token(tmp_path, command):
    env = {**os.environ, "FAQBOT_DISCORD_API_BASE": f"http://127.0.0.1:{_closed_port()}", "DISCORD_TOKEN": TOKEN}
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "bot", command], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert time.monotonic() - started < 60
    assert result.returncode == runner.EXIT_UNREACHABLE == 4
    assert "Discord cannot be reached" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert TOKEN not in result.stderr + result.stdout
    assert TOKEN[:8] not in result.stderr + result.stdout
    # short: the warning that the test API is used, and the message
    assert len(result.stderr.strip().splitlines()) <= 2


def test_the_token_from_a_dotenv_file_is_used_and_never_printed(tmp_path):
    (tmp_path / ".env").write_text(f"DISCORD_TOKEN={TOKEN}\n")
    env = {k: v for k, v in os.environ.items() if k not in ("DISCORD_TOKEN", "FAQBOT_ENV_FILE")}
    env["FAQBOT_DISCORD_API_BASE"] = f"http://127.0.0.1:{_closed_port()}"
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 4  # got as far as connecting: the token came from .env (else 2)
    assert TOKEN not in result.stderr + result.stdout


def test_a_discord_that_never_answers_gives_up_within_the_login_bound(monkeypatch, config, capsys, tmp_path):
    """A network that accepts the connection and then says nothing: the login's first request is
    bounded (LOGIN_TIMEOUT_SECONDS, shortened here), then the same plain exit code 4."""
    monkeypatch.setattr(discord.http.Route, "BASE", discord.http.Route.BASE)  # restored after the test
    monkeypatch.setattr(
        discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    )
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)  # the kernel accepts connections; nobody ever reads or answers
    try:
        monkeypatch.setenv("FAQBOT_DISCORD_API_BASE", f"http://127.0.0.1:{silent.getsockname()[1]}")
        monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
        monkeypatch.setattr(runner, "LOGIN_TIMEOUT_SECONDS", 1.5)
        config = dataclasses.replace(config, paths=dataclasses.replace(config.paths, database=tmp_path / "db.sqlite3"))
        started = time.monotonic()
        code = runner.run_bot(config)
        elapsed = time.monotonic() - started
    finally:
        silent.close()
    out, err = capsys.readouterr()
    assert code == 4 and elapsed < 30
    assert "no answer from Discord within 1.5 s" in err and TOKEN not in out + err and "Traceback" not in err


def test_the_reachability_check_says_why_in_plain_words():
    why = unreachable(f"http://127.0.0.1:{_closed_port()}", timeout=2)
    assert why is not None and "cannot connect to 127.0.0.1" in why
