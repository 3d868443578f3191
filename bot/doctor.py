"""`faqbot doctor`: is everything in place to start the bot? One line per check, with what to do.

Each check returns a `Check`: ok, a warning (the bot starts, something is worth knowing), or a
problem that blocks a start (`faqbot doctor` then exits 1). The checks reuse what the commands
themselves do: `faqbot validate`'s validation, `faqbot sync --dry-run`'s plan, the reachability
check of `faqbot run`. The token is only ever tested for presence and shape: never printed, not
even in part. Nothing here imports discord itself (the install check only tries that it imports).
"""

from __future__ import annotations

import enum
import logging
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .config import Config
from .netcheck import DISCORD_API, unreachable

NEEDED_PYTHON = (3, 11)
TOKEN_ENV = "DISCORD_TOKEN"
SERVER_ID_HOWTO = "Discord: Settings > Advanced > Developer Mode, then right-click the server > Copy Server ID"


class Status(enum.Enum):
    OK = "ok"
    WARN = "warn"
    FAIL = "FAIL"


@dataclass(frozen=True)
class Check:
    name: str
    status: Status
    message: str

    def line(self) -> str:
        return f"{self.status.value:<4}  {self.name:<10} {self.message}"

    @property
    def blocks_start(self) -> bool:
        return self.status is Status.FAIL


def check_python(version: tuple[int, ...] = tuple(sys.version_info[:3])) -> Check:
    shown = ".".join(map(str, version))
    if tuple(version[:2]) < NEEDED_PYTHON:
        return Check(
            "python",
            Status.FAIL,
            f"Python {shown}; faqbot needs 3.11 or newer: install it, then make clean && make run",
        )
    return Check("python", Status.OK, f"Python {shown} ({sys.executable})")


def check_install() -> Check:
    from importlib import metadata

    try:
        version = metadata.version("faqbot")
    except metadata.PackageNotFoundError:
        return Check(
            "install", Status.FAIL, "faqbot is not installed in this Python: run make install (or pip install -e .)"
        )
    missing = []
    for module in ("discord", "rapidfuzz", "yaml", "numpy", "snowballstemmer", "ruamel.yaml", "dotenv", "tqdm"):
        try:
            __import__(module)
        except Exception as exc:
            missing.append(f"{module} ({exc.__class__.__name__})")
    if missing:
        return Check("install", Status.FAIL, f"cannot import {', '.join(missing)}: run make clean && make run")
    return Check("install", Status.OK, f"faqbot {version}, discord.py {metadata.version('discord.py')}")


def check_faq(config: Config) -> Check:
    from .engine import validate

    _, problems = validate(config.paths.knowledge, config.paths.seeds, config.matching, cta_ids=config.outreach.cta_ids)
    if problems:
        return Check(
            "faq",
            Status.FAIL,
            f"{len(problems)} problem(s), the first: {problems[0]} "
            "- run faqbot validate for all of them, fix the files",
        )
    return Check("faq", Status.OK, f"{config.paths.knowledge} is valid (as faqbot validate checks it)")


def _writable(path: Path, what: str) -> str | None:
    """None when `path` (an SQLite file) can be created or written; otherwise why not."""
    if path.exists():
        try:
            conn = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=5)
            try:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("ROLLBACK")
            finally:
                conn.close()
        except sqlite3.Error as exc:
            return f"{what} {path} cannot be written ({exc}): check its owner and permissions"
        return None
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        return f"{what} {path} cannot be created: {folder} is not a folder"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"{what} {path} cannot be created: {folder} is not writable by this user"
    return None


def _postgres_problem(config: Config, url: str) -> str | None:
    """None when the PostgreSQL store opens (connects, migrates) and can be read; otherwise why not."""
    import asyncio

    from .store import StoreError, mask_url, open_store

    async def probe() -> None:
        store = open_store(config)
        await store.open()
        try:
            await store.table_counts()
        finally:
            await store.close()

    try:
        asyncio.run(probe())
    except (StoreError, OSError) as exc:
        return f"the PostgreSQL store {mask_url(url)} cannot be used: {exc}"
    return None


def check_database(config: Config) -> Check:
    from .store import database_url, mask_url

    if url := database_url(config):
        problems = [
            why for why in (_postgres_problem(config, url), _writable(config.moderation.audit_log, "audit log")) if why
        ]
        if problems:
            return Check("database", Status.FAIL, "; ".join(problems))
        return Check(
            "database", Status.OK, f"PostgreSQL store {mask_url(url)} reachable; {config.moderation.audit_log} writable"
        )
    problems = [
        why
        for why in (_writable(config.paths.database, "database"), _writable(config.moderation.audit_log, "audit log"))
        if why
    ]
    if problems:
        return Check("database", Status.FAIL, "; ".join(problems))
    new = "" if config.paths.database.exists() else " (created on the first start)"
    return Check("database", Status.OK, f"{config.paths.database} and {config.moderation.audit_log} writable{new}")


def check_sqlite(config: Config, version: str = sqlite3.sqlite_version) -> Check:
    """The SQLite library Python uses (`version`): the SQLite store needs 3.35 or newer (RETURNING).
    With the PostgreSQL store an older one only warns (the audit log needs no RETURNING, and
    `faqbot store copy` to or from an SQLite file would fail)."""
    from .store import database_url
    from .store.sqlite import sqlite_too_old

    why = sqlite_too_old(version)
    if why is None:
        return Check("sqlite", Status.OK, f"SQLite {version} (the store needs 3.35 or newer)")
    if database_url(config):
        return Check("sqlite", Status.WARN, f"{why}; not needed while the store is PostgreSQL")
    return Check("sqlite", Status.FAIL, why)


def check_secret(config: Config, environ=os.environ) -> Check:
    """The hashing secret: well formed if given in the environment, readable if its file exists."""
    from .privacy.secret import ENV_VAR, SecretError, parse, read_file

    try:
        if environ.get(ENV_VAR, "").strip():
            parse(environ[ENV_VAR], ENV_VAR)
            return Check("secret", Status.OK, f"hash secret from {ENV_VAR} (not shown)")
        if read_file(config.secret_file) is None:
            return Check(
                "secret",
                Status.OK,
                f"hash secret file {config.secret_file} is made on the first start; back it up apart from the database",
            )
    except SecretError as exc:
        return Check("secret", Status.FAIL, str(exc))
    return Check("secret", Status.OK, f"hash secret in {config.secret_file} (not shown)")


def check_token(environ=os.environ) -> Check:
    token = environ.get(TOKEN_ENV, "").strip()
    if not token:
        return Check(
            "token",
            Status.FAIL,
            f"{TOKEN_ENV} is not set: cp .env.example .env, put the bot token after "
            "DISCORD_TOKEN= (developer portal > Bot > Reset Token)",
        )
    where = "set"
    if token.count(".") != 2:
        return Check(
            "token",
            Status.WARN,
            f"{TOKEN_ENV} is {where} but does not look like a bot token (three parts "
            "separated by dots): copy it from Bot > Reset Token, not the client secret",
        )
    return Check("token", Status.OK, f"{TOKEN_ENV} is {where} (not shown)")


def check_env_file(env_file: Path | None) -> Check | None:
    if env_file is None or not env_file.exists():
        return None
    mode = env_file.stat().st_mode & 0o777
    if mode & 0o007:  # the bot's own group may read it (systemd: root:faqbot 0640)
        return Check(
            "env-file", Status.WARN, f"{env_file} can be read by every user (mode {mode:o}): chmod 600 {env_file}"
        )
    return Check("env-file", Status.OK, f"{env_file} (mode {mode:o})")


def check_reachable(reach: Callable[[str], str | None] | None, base_url: str = DISCORD_API) -> Check:
    if reach is None:
        return Check("network", Status.WARN, "not checked (--offline)")
    why = reach(base_url)
    if why is not None:
        return Check(
            "network",
            Status.FAIL,
            f"Discord cannot be reached: {why}; check the network or firewall "
            "(outgoing HTTPS to discord.com and gateway.discord.gg)",
        )
    return Check("network", Status.OK, "Discord is reachable")


def check_intents(config: Config) -> Check:
    d = config.discord
    if d.feature("passive"):
        where = (
            "discord.passive_channel_ids and the channels servers choose"
            if d.passive_channel_ids
            else "only the channels servers choose with /faq-settings passive (discord.passive_channel_ids is empty)"
        )
        return Check(
            "intents",
            Status.WARN,
            f"passive mode ({where}) needs the privileged Message Content intent: switch it on "
            "in the developer portal (Bot > Privileged Gateway Intents), or the "
            "start fails with exit code 3",
        )
    return Check("intents", Status.OK, "no privileged intent needed: leave them all off in the developer portal")


def check_home(config: Config) -> Check:
    if not config.discord.feature("moderation"):
        return Check("home", Status.OK, "moderation in Discord is switched off (discord.features.moderation)")
    if not config.discord.home_guild_ids:
        return Check(
            "home",
            Status.WARN,
            "discord.home_guild_ids is empty, so /faq-mod is off: put the campaign "
            f"server's id there ({SERVER_ID_HOWTO})",
        )
    ids = ", ".join(map(str, config.discord.home_guild_ids))
    return Check("home", Status.OK, f"home server(s) {ids}: /faq-mod is registered there only")


def check_commands(config: Config, plan: Callable[[Config], list[dict]] | None = None) -> Check:
    if plan is None:
        from .discord_app.runner import planned_commands

        plan = planned_commands
    previous = logging.root.manager.disable
    logging.disable(logging.WARNING)  # the plan builds the bot, whose warnings the other checks already say
    try:
        planned = plan(config)
    except Exception as exc:
        return Check("commands", Status.FAIL, f"the bot cannot be built: {exc.__class__.__name__}: {exc}")
    finally:
        logging.disable(previous)
    places: dict[str, list[str]] = {}
    for command in planned:
        scope = command["scope"]
        where = "globally" if scope == "global" else "in server(s) " + ", ".join(map(str, scope))
        places.setdefault(where, []).append("/" + command["name"] if command["type"] == "slash" else command["name"])
    summary = "; ".join(f"{', '.join(names)} {where}" for where, names in places.items())
    if "globally" in places and not config.discord.guild_ids:
        return Check(
            "commands",
            Status.WARN,
            f"{summary}. Global commands can take up to an hour to appear the first "
            "time: for a first try, set discord.guild_ids: [your server's id] "
            "(instant), or run faqbot sync --guild ID",
        )
    return Check("commands", Status.OK, summary)


def run_checks(
    config: Config,
    *,
    reach: Callable[[str], str | None] | None = unreachable,
    environ=os.environ,
    env_file: Path | None = None,
    plan: Callable[[Config], list[dict]] | None = None,
) -> Iterator[Check]:
    """Every check, in the order a start needs them; later checks still run after a failure."""
    yield check_python()
    install = check_install()
    yield install
    yield check_faq(config)
    yield check_database(config)
    yield check_sqlite(config)
    yield check_secret(config, environ)
    yield check_token(environ)
    env_check = check_env_file(env_file)
    if env_check is not None:
        yield env_check
    yield check_reachable(reach)
    yield check_intents(config)
    yield check_home(config)
    if install.status is Status.OK:
        yield check_commands(config, plan)
