"""The discord: and privacy: sections of config.yaml: defaults, documentation, strictness."""

from __future__ import annotations

import logging
import re

import pytest
from simworld import REPO, answerable, suggesting, unanswerable

from bot.config import DEFAULT_FEATURES, ConfigError, DiscordSettings, PrivacySettings, load_config


def write(tmp_path, text: str):
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_config_documents_every_discord_and_privacy_key_with_its_default():
    text = (REPO / "config.yaml").read_text(encoding="utf-8")
    config = load_config(REPO / "config.yaml")
    defaults = DiscordSettings()
    for name in (
        "guild_ids",
        "home_guild_ids",
        "moderator_role_ids",
        "auto_sync",
        "list_page_size",
        "passive_channel_ids",
        "passive_threshold",
        "passive_questions_only",
        "followup_seconds",
        "per_user_seconds",
        "per_channel_seconds",
        "store_unanswered_text",
        "retention_days",
        "secret_file",
        "sensitive_patterns",
        *DEFAULT_FEATURES,
    ):
        line = re.search(rf"^\s*{name}:.*$", text, re.MULTILINE)
        assert line and "#" in line.group(0), f"{name} is not documented in config.yaml"
    assert config.discord == defaults  # the shipped values are the defaults
    assert config.privacy == PrivacySettings() and config.privacy.retention_days == 30
    assert config.privacy.store_unanswered_text is False  # private by default: question text is opt-in
    assert config.secret_file == config.paths.database.with_name("faqbot.secret")  # beside the database
    assert config.discord.feature("passive") is False


@pytest.mark.parametrize(
    "body,message",
    [
        ("discord:\n  features:\n    passiv: true\n", r"config.yaml:3: unknown feature 'discord.features.passiv'"),
        ("discord:\n  cooldown: 3\n", r"config.yaml:2: unknown setting 'discord.cooldown'"),
        ("discord:\n  cooldowns:\n    per_user: 3\n", r"config.yaml:3: unknown setting 'discord.cooldowns.per_user'"),
        (
            "discord:\n  passive_threshold: 120\n",
            r"config.yaml:2: 'discord.passive_threshold' must be between 0 and 100",
        ),
        ("privacy:\n  retention_days: 0\n", r"config.yaml:2: 'privacy.retention_days' must be between"),
        ("privacy:\n  keep_forever: true\n", r"config.yaml:2: unknown setting 'privacy.keep_forever'"),
        ("discord:\n  moderator_role_ids: [abc]\n", r"config.yaml:2: bad value for 'discord.moderator_role_ids'"),
        ("discord:\n  home_guild_ids: 1234\n", r"config.yaml:2: bad value for 'discord.home_guild_ids'"),
        ("discord:\n  cooldowns: 5\n", r"config.yaml:2: 'discord.cooldowns' must be a mapping"),
        ("discord:\n  followup_seconds: -1\n", r"config.yaml:2: 'discord.followup_seconds' must be between 0 and 3600"),
        (
            "privacy:\n  sensitive_patterns: ['ok', '(unclosed']\n",
            r"config.yaml:2: bad value for 'privacy.sensitive_patterns': item 2 is not a valid regular expression",
        ),
        (
            "privacy:\n  store_unanswered_text: yes please\n",
            r"config.yaml:2: 'privacy.store_unanswered_text' must be true",
        ),
    ],
)
def test_bad_discord_settings_are_rejected_with_file_and_line(tmp_path, body, message):
    with pytest.raises(ConfigError, match=message):
        load_config(write(tmp_path, body))


def test_the_secret_file_is_relative_to_the_config_file(tmp_path):
    config = load_config(
        write(tmp_path, "paths:\n  database: db/bot.sqlite3\nprivacy:\n  secret_file: keys/hash.key\n")
    )
    assert config.secret_file == (tmp_path / "keys" / "hash.key").resolve()
    config = load_config(write(tmp_path, "paths:\n  database: db/bot.sqlite3\n"))
    assert config.secret_file == (tmp_path / "db" / "bot.secret").resolve()


def test_home_guild_ids_are_read_as_ids(tmp_path):
    config = load_config(write(tmp_path, "discord:\n  home_guild_ids: [123456789012345678]\n"))
    assert config.discord.home_guild_ids == (123456789012345678,)
    assert DiscordSettings().home_guild_ids == ()  # shipped: moderation in Discord is off


def test_features_merge_with_the_defaults(tmp_path):
    config = load_config(write(tmp_path, "discord:\n  features:\n    passive: true\n"))
    assert config.discord.features == {**DEFAULT_FEATURES, "passive": True}


@pytest.mark.asyncio
async def test_no_message_text_in_logs_at_info_or_above(world_factory, faq_engine, caplog):
    questions = [answerable(faq_engine)[0], suggesting(faq_engine)[0], unanswerable(faq_engine)]
    with caplog.at_level(logging.INFO):
        async with world_factory() as w:
            for text in questions:
                await w.slash(w.alice, "ask", question=text)
                await w.mention(w.bob, text)
            await w.click(w.alice, w.bot_messages()[0], "Show source")
    logged = "\n".join(r.getMessage() for r in caplog.records if r.levelno >= logging.INFO)
    for text in questions:
        assert text not in logged
