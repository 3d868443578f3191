"""`faqbot doctor`: one line per check, what to do when one fails, exit 1 when a start would fail.

Never touches the network: the reachability check is injected (or --offline)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from bot.config import load_config
from bot.doctor import Status, check_sqlite, run_checks

REPO = Path(__file__).resolve().parents[2]
TOKEN = "MTIzNDU2Nzg5MDEy.Gabcde.very-secret-token-value"
CHECKS = ("python", "install", "faq", "database", "sqlite", "secret", "token", "network", "intents", "home", "commands")


def _config(tmp_path: Path, small_kb, extra: str = "") -> Path:
    knowledge, seeds = small_kb
    path = tmp_path / "config.yaml"
    path.write_text(
        f"paths:\n  knowledge: {knowledge}\n  seeds: {seeds}\n  database: {tmp_path / 'data' / 'db.sqlite3'}\n"
        f"moderation:\n  audit_log: {tmp_path / 'data' / 'audit.sqlite3'}\n" + extra,
        encoding="utf-8",
    )
    return path


def _reachable(url: str) -> None:
    return None


def test_a_ready_setup_passes_every_check_and_never_shows_the_token(tmp_path, small_kb, monkeypatch, capsys):
    config = load_config(_config(tmp_path, small_kb, "discord:\n  guild_ids: [111]\n  home_guild_ids: [111]\n"))
    checks = list(run_checks(config, reach=_reachable, environ={"DISCORD_TOKEN": TOKEN}))
    assert [c.name for c in checks] == list(CHECKS)
    assert all(c.status is Status.OK for c in checks), [c.line() for c in checks]
    text = "\n".join(c.line() for c in checks)
    for part in TOKEN.split("."):
        assert part not in text
    assert "/ask" in text and "111" in text  # what is registered where
    assert not (tmp_path / "data").exists()  # checking writes nothing


def test_doctor_exits_1_and_says_what_to_do_when_the_token_is_missing(tmp_path, small_kb, monkeypatch, capsys):
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    assert main(["doctor", "--offline", "--config", str(_config(tmp_path, small_kb))]) == 1
    out = capsys.readouterr().out
    lines = out.strip().splitlines()
    assert len(lines) == len(CHECKS) + 1  # one line per check, then the verdict
    token_line = next(line for line in lines if " token " in line)
    assert token_line.startswith("FAIL") and ".env" in token_line
    assert "1 problem(s) would stop the bot from starting" in lines[-1]


def test_with_the_token_and_warnings_only_doctor_exits_0(tmp_path, small_kb, monkeypatch, capsys):
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    assert main(["doctor", "--offline", "--config", str(_config(tmp_path, small_kb))]) == 0
    out = capsys.readouterr().out
    assert TOKEN not in out and "very-secret" not in out
    assert next(line for line in out.splitlines() if " home " in line).startswith("warn")  # no home server
    commands = next(line for line in out.splitlines() if " commands " in line)
    assert "globally" in commands and "guild_ids" in commands  # the first-try advice


def test_an_unreachable_discord_blocks_the_start(tmp_path, small_kb):
    config = load_config(_config(tmp_path, small_kb))
    checks = {
        c.name: c
        for c in run_checks(config, reach=lambda url: "cannot look up discord.com", environ={"DISCORD_TOKEN": TOKEN})
    }
    assert checks["network"].status is Status.FAIL and "cannot look up discord.com" in checks["network"].message


def test_a_broken_faq_is_reported_as_validate_reports_it(tmp_path, small_kb):
    knowledge, _ = small_kb
    (knowledge / "bees.yaml").write_text("id: bees\nquestion: [unclosed\n", encoding="utf-8")
    config = load_config(_config(tmp_path, small_kb))
    checks = {c.name: c for c in run_checks(config, reach=_reachable, environ={"DISCORD_TOKEN": TOKEN})}
    assert checks["faq"].status is Status.FAIL
    assert "bees.yaml:" in checks["faq"].message and "faqbot validate" in checks["faq"].message


def test_a_database_that_cannot_be_created_is_a_problem(tmp_path, small_kb):
    (tmp_path / "not-a-folder").write_text("")
    config = load_config(_config(tmp_path, small_kb).parent / "config.yaml")
    text = config.path.read_text().replace(
        str(tmp_path / "data" / "db.sqlite3"), str(tmp_path / "not-a-folder" / "db.sqlite3")
    )
    config.path.write_text(text)
    checks = {
        c.name: c for c in run_checks(load_config(config.path), reach=_reachable, environ={"DISCORD_TOKEN": TOKEN})
    }
    assert checks["database"].status is Status.FAIL and "not a folder" in checks["database"].message


def test_passive_mode_asks_for_the_message_content_intent(tmp_path, small_kb):
    config = load_config(
        _config(tmp_path, small_kb, "discord:\n  features:\n    passive: true\n  passive_channel_ids: [222]\n")
    )
    checks = {
        c.name: c
        for c in run_checks(config, reach=_reachable, environ={"DISCORD_TOKEN": TOKEN}, plan=lambda config: [])
    }
    assert checks["intents"].status is Status.WARN and "Message Content" in checks["intents"].message


@pytest.mark.parametrize("secret, status", [("not-hex", Status.FAIL), ("ab" * 32, Status.OK)])
def test_a_malformed_hash_secret_is_reported_without_showing_it(tmp_path, small_kb, secret, status):
    config = load_config(_config(tmp_path, small_kb))
    checks = {
        c.name: c
        for c in run_checks(
            config,
            reach=_reachable,
            plan=lambda config: [],
            environ={"DISCORD_TOKEN": TOKEN, "FAQBOT_HASH_SECRET": secret},
        )
    }
    assert checks["secret"].status is status and secret not in checks["secret"].message


@pytest.mark.parametrize("mode, status", [(0o644, Status.WARN), (0o640, Status.OK), (0o600, Status.OK)])
def test_a_dotenv_file_every_user_can_read_is_a_warning(tmp_path, small_kb, mode, status):
    env = tmp_path / ".env"
    env.write_text("")
    env.chmod(mode)
    config = load_config(_config(tmp_path, small_kb))
    checks = {
        c.name: c
        for c in run_checks(
            config, reach=_reachable, plan=lambda config: [], env_file=env, environ={"DISCORD_TOKEN": TOKEN}
        )
    }
    assert checks["env-file"].status is status


def test_an_unreachable_postgresql_store_is_a_problem_without_its_password(tmp_path, small_kb, monkeypatch):
    monkeypatch.delenv("FAQBOT_DATABASE_URL", raising=False)
    port = _closed_port()
    config = load_config(
        _config(tmp_path, small_kb, f'database:\n  url: "postgresql://bot:pa55word@127.0.0.1:{port}/faqbot"\n')
    )
    checks = {
        c.name: c
        for c in run_checks(config, reach=_reachable, plan=lambda config: [], environ={"DISCORD_TOKEN": TOKEN})
    }
    assert checks["database"].status is Status.FAIL and "PostgreSQL" in checks["database"].message
    assert "pa55word" not in checks["database"].message


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize(
    ("version", "status"),
    [
        ("3.34.1", Status.FAIL),
        ("3.31.1", Status.FAIL),
        ("3.7.17", Status.FAIL),
        ("", Status.FAIL),
        ("3.35.0", Status.OK),
        ("3.35", Status.OK),
        ("3.40.1", Status.OK),
        ("3.100.0", Status.OK),
    ],
)
def test_doctor_names_the_sqlite_library_and_fails_below_3_35(tmp_path, small_kb, version, status):
    """The store's SQL uses RETURNING (SQLite 3.35): an older library fails the start, clearly."""
    check = check_sqlite(load_config(_config(tmp_path, small_kb)), version)
    assert check.status is status, check.line()
    if version:
        assert f"SQLite {version}" in check.message
    if status is Status.FAIL:
        assert "3.35.0 or newer" in check.message and "RETURNING" in check.message


def test_an_old_sqlite_only_warns_when_the_store_is_postgresql(tmp_path, small_kb):
    config = load_config(_config(tmp_path, small_kb, 'database:\n  url: "postgresql://bot@db.invalid/faq"\n'))
    check = check_sqlite(config, "3.31.1")
    assert check.status is Status.WARN and "PostgreSQL" in check.message


def test_this_python_has_a_new_enough_sqlite_and_doctor_says_which(tmp_path, small_kb):
    import sqlite3

    config = load_config(_config(tmp_path, small_kb))
    sqlite_check = next(c for c in run_checks(config, reach=_reachable, environ={}) if c.name == "sqlite")
    assert sqlite_check.status is Status.OK and sqlite3.sqlite_version in sqlite_check.message
