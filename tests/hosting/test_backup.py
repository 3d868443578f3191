"""`faqbot backup` / `faqbot restore`, and FAQ edits made from Discord reaching git (`history --patch`)."""

from __future__ import annotations

import asyncio
import io
import shutil
import stat
import subprocess
import tarfile
from pathlib import Path

import pytest

from bot.cli import main
from bot.config import load_config
from bot.moderation import Editor
from bot.store import Store


def _write_config(folder: Path, knowledge: Path, seeds: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "config.yaml"
    path.write_text(
        f"paths:\n  knowledge: {knowledge}\n  seeds: {seeds}\n  database: {folder / 'data' / 'faqbot.sqlite3'}\n"
        f"moderation:\n  audit_log: {folder / 'data' / 'audit.sqlite3'}\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def server(tmp_path, small_kb):
    """A running bot's state: an edited FAQ (audit log), and a database open in WAL mode."""
    knowledge, seeds = small_kb
    config_path = _write_config(tmp_path / "server", knowledge, seeds)
    config = load_config(config_path)
    Editor.for_config(config).add_phrasing("bees", "do bees sleep at night", who="Mod Name (123456789)")
    return config_path, config


def _answers(database: Path) -> dict[str, int]:
    async def read():
        store = Store(database)
        await store.open()
        try:
            return (await store.period_counts(30)).answers
        finally:
            await store.close()

    return asyncio.run(read())


def test_a_backup_made_while_the_bot_runs_restores_everything_elsewhere(server, tmp_path, capsys):
    config_path, config = server
    live = Store(config.paths.database)
    asyncio.run(live.open())
    asyncio.run(live.record_answer("bees"))  # committed to the WAL, not yet in the main file
    try:
        archive = tmp_path / "backup.tar.gz"
        assert main(["backup", "--output", str(archive), "--config", str(config_path)]) == 0
    finally:
        asyncio.run(live.close())
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600  # it may hold question text
    out, err = capsys.readouterr()
    assert "database.sqlite3, audit.sqlite3, knowledge" in out
    assert "backup: database pages" in err and "backup: knowledge files" in err  # progress, off a terminal

    # A new machine: another folder, nothing there yet.
    _, seeds = config.paths.knowledge, config.paths.seeds
    new_knowledge = tmp_path / "new" / "knowledge"
    new_config = _write_config(tmp_path / "new", new_knowledge, seeds)
    assert main(["restore", str(archive), "--config", str(new_config)]) == 0
    restored = load_config(new_config)
    assert _answers(restored.paths.database) == {"bees": 1}
    for path in config.paths.knowledge.iterdir():
        assert (new_knowledge / path.name).read_bytes() == path.read_bytes()
    capsys.readouterr()
    assert main(["history", "--config", str(new_config)]) == 0  # the audit rows follow the folder
    assert "do bees sleep at night" in capsys.readouterr().out


def test_restore_refuses_to_replace_without_force_and_says_what_it_would_replace(server, tmp_path, capsys):
    config_path, config = server
    archive = tmp_path / "backup.tar.gz"
    assert main(["backup", "-o", str(archive), "--config", str(config_path)]) == 0
    bees = config.paths.knowledge / "bees.yaml"
    backed_up = bees.read_bytes()
    Editor.for_config(config).add_phrasing("bees", "are bees good for gardens", who="mod (1)")
    capsys.readouterr()

    assert main(["restore", str(archive), "--config", str(config_path)]) == 1
    err = capsys.readouterr().err
    assert "would replace" in err and "audit log" in err and "1 file(s) changed" in err and "--force" in err
    assert bees.read_bytes() != backed_up  # nothing touched

    assert main(["restore", str(archive), "--force", "--config", str(config_path)]) == 0
    assert bees.read_bytes() == backed_up
    saved = list(config.paths.database.parent.glob("faqbot-before-restore-*.tar.gz"))
    assert len(saved) == 1  # the state just replaced, in case the restore was a mistake
    with tarfile.open(saved[0]) as tar:
        assert b"are bees good for gardens" in tar.extractfile("knowledge/bees.yaml").read()


def test_the_hash_secret_is_left_out_unless_asked_for(server, tmp_path, capsys):
    config_path, config = server
    asyncio.run(_open_and_close(config.paths.database))  # the first start makes the secret file
    assert config.secret_file.exists()
    plain, with_secret = tmp_path / "plain.tar.gz", tmp_path / "secret.tar.gz"
    assert main(["backup", "-o", str(plain), "--config", str(config_path)]) == 0
    assert "not in the archive" in capsys.readouterr().err
    assert main(["backup", "-o", str(with_secret), "--with-secret", "--config", str(config_path)]) == 0
    with tarfile.open(plain) as tar:
        assert "hash.secret" not in tar.getnames()
    with tarfile.open(with_secret) as tar:
        assert tar.extractfile("hash.secret").read() == config.secret_file.read_bytes()


async def _open_and_close(database: Path) -> None:
    store = Store(database)
    await store.open()
    await store.close()


def test_an_archive_reaching_outside_its_folders_is_refused(server, tmp_path, capsys):
    config_path, _ = server
    evil = tmp_path / "evil.tar.gz"
    with tarfile.open(evil, "w:gz") as tar:
        for name in ("manifest.json", "../../outside.txt"):
            data = b'{"format": 1}' if name == "manifest.json" else b"x"
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    assert main(["restore", str(evil), "--force", "--config", str(config_path)]) == 1
    assert "refused" in capsys.readouterr().err
    assert not (tmp_path.parent / "outside.txt").exists()


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_edits_made_from_discord_become_git_commits_without_the_moderators_names(tmp_path, small_kb, capsys):
    knowledge, seeds = small_kb
    repo = knowledge.parent
    git = ["git", "-c", "user.name=Dev", "-c", "user.email=dev@example.org"]
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    subprocess.run([*git, "add", "knowledge"], cwd=repo, check=True)
    subprocess.run([*git, "commit", "-qm", "the FAQ as shipped"], cwd=repo, check=True)

    config_path = _write_config(tmp_path / "server", knowledge, seeds)
    editor = Editor.for_config(load_config(config_path))
    editor.add_phrasing("bees", "do bees sleep at night", who="Mod Name (123456789)")
    editor.remove_entry("lighthouse", who="Other Mod (987654321)")
    editor.undo(who="cli:someone")
    editor.add_phrasing("volcano", "is the volcano still active today", who="Mod Name (123456789)")
    edited = {p.name: p.read_bytes() for p in knowledge.iterdir()}

    assert main(["history", "--patch", "--config", str(config_path)]) == 0
    patches = capsys.readouterr().out
    subprocess.run([*git, "checkout", "-q", "--", "knowledge"], cwd=repo, check=True)  # as committed
    subprocess.run(["git", "clean", "-qfd", "knowledge"], cwd=repo, check=True)
    applied = subprocess.run([*git, "am", "-q"], cwd=repo, input=patches, text=True, capture_output=True)
    assert applied.returncode == 0, applied.stderr
    assert {p.name: p.read_bytes() for p in knowledge.iterdir()} == edited
    log = subprocess.run(["git", "log", "--format=%an %ae%n%B"], cwd=repo, capture_output=True, text=True).stdout
    assert log.count("FAQ:") == 4
    assert "Mod Name" not in log and "123456789" not in log and "987654321" not in log


@pytest.mark.postgres
def test_a_postgresql_store_is_backed_up_and_restored_into_an_empty_database(
    tmp_path, small_kb, postgres_server, capsys, monkeypatch
):
    from bot.store import store_at

    monkeypatch.delenv("FAQBOT_DATABASE_URL", raising=False)
    knowledge, seeds = small_kb
    first, second = postgres_server.new_database(), postgres_server.new_database()

    def config_for(url: str, folder: str) -> Path:
        path = _write_config(tmp_path / folder, knowledge, seeds)
        path.write_text(path.read_text() + f'database:\n  url: "{url}"\n')
        return path

    async def record(url: str) -> None:
        store = store_at(url, secret_file=tmp_path / "faqbot.secret")
        await store.open()
        await store.record_answer("bees")
        await store.close()

    asyncio.run(record(first))
    archive = tmp_path / "pg.tar.gz"
    assert main(["backup", "-o", str(archive), "--config", str(config_for(first, "a"))]) == 0
    with tarfile.open(archive) as tar:
        assert "database.sqlite3" in tar.getnames()
    capsys.readouterr()

    # Into a database that has data: refused, even with --force (a restore needs an empty one).
    busy = config_for(first, "b")
    assert main(["restore", str(archive), "--config", str(busy)]) == 1
    assert "not empty" in capsys.readouterr().err
    assert main(["restore", str(archive), "--force", "--config", str(busy)]) == 1
    # Into an empty one: the counts are back.
    empty = config_for(second, "c")
    assert main(["restore", str(archive), "--config", str(empty)]) == 0

    async def answers(url: str) -> dict:
        store = store_at(url, secret_file=tmp_path / "faqbot.secret")
        await store.open()
        try:
            return (await store.period_counts(30)).answers
        finally:
            await store.close()

    assert asyncio.run(answers(second)) == {"bees": 1}
