"""`faqbot sync --dry-run --json`: every application command that would be registered, and where,
without a token and without contacting Discord; and it is what the running bot really registers."""

from __future__ import annotations

import json

import discord
import pytest
from simworld import CAMPAIGN_GUILD_ID

from bot import cli

HOME_A, HOME_B, PUBLIC_GUILD = 700_000_000_000_000_101, 700_000_000_000_000_102, 700_000_000_000_000_103
PUBLIC = ("ask", "faq", "faq-settings", "share", "sources", "verify", "Answer with FAQ")
SLASH = ("ask", "faq", "faq-settings", "share", "sources", "verify")


def config_file(tmp_path, small_kb, discord_settings: str = "") -> str:
    knowledge, seeds = small_kb
    path = tmp_path / "config.yaml"
    path.write_text(
        f"paths:\n  knowledge: {knowledge}\n  seeds: {seeds}\n  database: {tmp_path / 'db.sqlite3'}\n"
        f"discord:\n  auto_sync: true\n{discord_settings}",
        encoding="utf-8",
    )
    return str(path)


@pytest.fixture
def offline(monkeypatch):
    """No token, and any attempt to reach Discord fails the test."""
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)

    async def refuse(*args, **kwargs):
        raise AssertionError("the dry run contacted Discord")

    monkeypatch.setattr(discord.http.HTTPClient, "request", refuse)
    monkeypatch.setattr(discord.http.HTTPClient, "static_login", refuse)


def dry_run(capsys, config: str, *extra: str) -> list[dict]:
    assert cli.main(["sync", "--dry-run", "--json", "--config", config, *extra]) == cli.EXIT_OK
    return json.loads(capsys.readouterr().out)


def by_name(planned: list[dict]) -> dict[str, dict]:
    names = [c["name"] for c in planned]
    assert len(names) == len(set(names)), names  # one object per command: subcommands under their group
    return {c["name"]: c for c in planned}


def test_dry_run_lists_the_public_commands_globally_and_faq_mod_in_the_home_servers(
    tmp_path, small_kb, capsys, offline
):
    planned = dry_run(capsys, config_file(tmp_path, small_kb, f"  home_guild_ids: [{HOME_B}, {HOME_A}]\n"))
    assert all(set(c) == {"name", "type", "scope"} for c in planned)
    commands = by_name(planned)
    assert set(commands) == {*PUBLIC, "faq-mod"}
    for name in SLASH:
        assert commands[name] == {"name": name, "type": "slash", "scope": "global"}
    # the message context menu (right-click a message > Apps), global like /ask
    assert commands["Answer with FAQ"] == {"name": "Answer with FAQ", "type": "message", "scope": "global"}
    assert commands["faq-mod"] == {"name": "faq-mod", "type": "slash", "scope": [HOME_A, HOME_B]}
    assert not (tmp_path / "db.sqlite3").exists()  # nothing of the real database is touched


def test_dry_run_without_home_servers_has_no_faq_mod(tmp_path, small_kb, capsys, offline):
    commands = by_name(dry_run(capsys, config_file(tmp_path, small_kb)))
    assert set(commands) == set(PUBLIC)
    assert all(c["scope"] == "global" for c in commands.values())

    # The readable form says how to get /faq-mod.
    assert cli.main(["sync", "--dry-run", "--config", config_file(tmp_path, small_kb)]) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert "ask" in out and "discord.home_guild_ids" in out


def test_dry_run_with_guild_ids_puts_the_public_commands_in_those_servers(tmp_path, small_kb, capsys, offline):
    settings = f"  guild_ids: [{PUBLIC_GUILD}, {HOME_A}]\n  home_guild_ids: [{HOME_A}]\n"
    commands = by_name(dry_run(capsys, config_file(tmp_path, small_kb, settings)))
    for name in PUBLIC:
        assert commands[name]["scope"] == sorted([PUBLIC_GUILD, HOME_A]), name
    assert commands["faq-mod"]["scope"] == [HOME_A]

    # A switched-off feature is not registered either.
    settings += "  features:\n    share: false\n    moderation: false\n    answer_with_faq: false\n"
    assert set(by_name(dry_run(capsys, config_file(tmp_path, small_kb, settings)))) == {
        "ask",
        "faq",
        "faq-settings",
        "sources",
        "verify",
    }


def test_dry_run_for_one_server(tmp_path, small_kb, capsys, offline):
    config = config_file(tmp_path, small_kb, f"  home_guild_ids: [{HOME_A}]\n")
    commands = by_name(dry_run(capsys, config, "--guild", str(PUBLIC_GUILD)))
    assert set(commands) == set(PUBLIC) and all(c["scope"] == [PUBLIC_GUILD] for c in commands.values())


def test_json_needs_dry_run(tmp_path, small_kb, capsys, offline):
    assert cli.main(["sync", "--json", "--config", config_file(tmp_path, small_kb)]) == cli.EXIT_USAGE
    assert "--dry-run" in capsys.readouterr().err


@pytest.mark.asyncio
async def test_dry_run_is_what_the_running_bot_registers(world_factory, small_kb):
    """The simulated Discord after the bot's own sync on start holds exactly the planned commands."""
    knowledge, seeds = small_kb
    async with world_factory(knowledge=knowledge, seeds=seeds, home_guild_ids=(CAMPAIGN_GUILD_ID, HOME_B)) as w:
        planned = w.bot.registrations()
        held: dict[tuple[str, str], set] = {}
        kinds = {1: "slash", 2: "user", 3: "message"}
        for scope, commands in w.env.backend.commands.items():
            for name, kind in commands:
                held.setdefault((name, kinds[int(kind)]), set()).add(scope)
        assert {
            (c["name"], c["type"]): ({None} if c["scope"] == "global" else set(c["scope"])) for c in planned
        } == held
        assert by_name(planned)["faq-mod"]["scope"] == sorted([CAMPAIGN_GUILD_ID, HOME_B])
