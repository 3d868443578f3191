"""Starting and stopping the bot for `faqbot run` and `faqbot sync`.

- The token comes from the DISCORD_TOKEN environment variable only, and is never logged or printed.
  Missing: exit code 2. Rejected by Discord (LoginFailure): exit code 3, with a clear message.
- Discord unreachable at start (offline, no DNS, a firewall): exit code 4 with one plain sentence,
  never a traceback, within a minute: a refused connection or a failed DNS lookup fails at once,
  a silent network after aiohttp's 30 s connect timeout, and the login's first request is given
  LOGIN_TIMEOUT_SECONDS in all. Once connected, discord.py itself reconnects after an outage.
- SIGTERM and SIGINT (Ctrl-C) call `bot.close()`, which unloads the cogs (cancelling their loops),
  closes the connection and then the store; `bot.run()` is not used because it ignores SIGTERM.

For tests only, FAQBOT_DISCORD_API_BASE=http://127.0.0.1:PORT points discord.py's REST API and
gateway at a local fake Discord (tests/discord/fake_discord.py). Only loopback addresses are
accepted, so the variable can never send a token anywhere else.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import os
import signal
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import aiohttp
import discord
import yarl

from ..config import Config, load_faq
from ..errors import EXIT_LOGIN, EXIT_OK, EXIT_PROBLEMS, EXIT_UNREACHABLE, EXIT_USAGE
from ..service import freeze_served_objects
from ..store import Store, StoreError
from .bot import FaqBot

log = logging.getLogger(__name__)

TOKEN_ENV = "DISCORD_TOKEN"
API_BASE_ENV = "FAQBOT_DISCORD_API_BASE"


class _NoVoiceWarning(logging.Filter):
    """discord.py warns on every start that voice support (PyNaCl, davey) is missing: faqbot never
    uses voice, so the two lines only alarm whoever reads the log. Shown with -v (debug) still."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "voice will NOT be supported" not in record.getMessage() or logging.root.level <= logging.DEBUG


logging.getLogger("discord.client").addFilter(_NoVoiceWarning())


def _token() -> str | None:
    token = os.environ.get(TOKEN_ENV, "").strip()
    return token or None


def _missing_token(command: str) -> int:
    print(f"faqbot {command}: {TOKEN_ENV} is not set (put the bot token in the environment).", file=sys.stderr)
    return EXIT_USAGE


def _rejected_token(command: str) -> int:
    print(
        f"faqbot {command}: Discord rejected the token in {TOKEN_ENV}. Copy it again from the developer "
        "portal (Bot \u2192 Reset Token) and make sure it is the bot token, not the client secret.",
        file=sys.stderr,
    )
    return EXIT_LOGIN


def _unreachable(command: str, why: str) -> int:
    print(
        f"faqbot {command}: Discord cannot be reached: {why}. Check this machine's network, then start "
        "again (faqbot doctor checks everything at once).",
        file=sys.stderr,
    )
    return EXIT_UNREACHABLE


LOGIN_TIMEOUT_SECONDS = 45.0


def _bound_login(bot, seconds: float | None = None) -> None:
    """The login's first request (GET /users/@me) gives up after `seconds`, as a connection error.

    Without it a network that answers nothing could keep `faqbot run` waiting for aiohttp's
    five-minute total timeout. Only that request is bounded: the setup after it (store, command
    sync with its rate-limit waits) is not."""
    login = bot.http.static_login
    limit = LOGIN_TIMEOUT_SECONDS if seconds is None else seconds

    async def static_login(token: str):
        try:
            return await asyncio.wait_for(login(token), limit)
        except TimeoutError:
            raise aiohttp.ServerTimeoutError(f"no answer from Discord within {limit:g} s") from None

    bot.http.static_login = static_login


def point_at_test_api(base: str | None = None) -> bool:
    """Honour FAQBOT_DISCORD_API_BASE (loopback only); True if discord.py was redirected."""
    base = base if base is not None else os.environ.get(API_BASE_ENV, "")
    if not base:
        return False
    parts = urlsplit(base)
    host = parts.hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if parts.scheme != "http" or not loopback or parts.port is None:
        raise SystemExit(f"faqbot: {API_BASE_ENV} must be http://127.0.0.1:PORT (a local test server), not {base!r}")
    root = f"http://{host}:{parts.port}"
    discord.http.Route.BASE = f"{root}/api/v10"
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(f"ws://{host}:{parts.port}/gateway")
    log.warning("using the test Discord API at %s", root)
    return True


def run_bot(config: Config) -> int:
    """`faqbot run`: serve until SIGTERM / SIGINT; returns the process exit code."""
    token = _token()
    if token is None:
        return _missing_token("run")
    point_at_test_api()
    engine = load_faq(config, serving=True)
    return asyncio.run(_serve(config, engine, token))


async def _serve(config: Config, engine, token: str) -> int:
    bot = FaqBot(config, engine)
    freeze_served_objects()  # the FAQ (prepared by the bot's service) and the bot, off the collector
    _bound_login(bot)
    loop = asyncio.get_running_loop()
    stopping: list[asyncio.Task] = []

    def request_stop(name: str) -> None:
        if not stopping:
            print(f"faqbot: {name} received, shutting down", file=sys.stderr)
            stopping.append(loop.create_task(bot.close()))

    installed = []
    for sig in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.add_signal_handler(sig, request_stop, sig.name)
            installed.append(sig)
        except (NotImplementedError, RuntimeError):  # not on this platform: Ctrl-C still raises
            pass
    try:
        async with bot:
            await bot.start(token)
    except discord.LoginFailure:
        return _rejected_token("run")
    except (aiohttp.ClientConnectionError, discord.GatewayNotFound) as exc:
        log.debug("connection failed", exc_info=True)
        return _unreachable("run", _plain(exc))
    except discord.PrivilegedIntentsRequired:
        print(
            "faqbot run: passive mode needs the Message Content intent: enable it for the bot in the "
            "developer portal (Bot \u2192 Privileged Gateway Intents), or set discord.features.passive: false.",
            file=sys.stderr,
        )
        return EXIT_LOGIN
    except StoreError as exc:
        print(f"faqbot run: {bot.store.where}: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)
        if stopping:
            await asyncio.gather(*stopping, return_exceptions=True)
    print("faqbot: stopped", file=sys.stderr)
    return EXIT_OK


def _plain(exc: BaseException) -> str:
    """An exception as a short phrase (aiohttp's messages never contain the token)."""
    return str(exc) or exc.__class__.__name__


def planned_commands(config: Config, guild_id: int | None = None) -> list[dict]:
    """`faqbot sync --dry-run`: what `faqbot sync [--guild ID]` would register, without a token or Discord.

    The bot is built and its features loaded exactly as for `faqbot run` (`load_features`), with a
    throwaway database in a temporary folder, so nothing of the real one is read or written.
    """
    engine = load_faq(config, serving=True)
    return asyncio.run(_plan(config, engine, guild_id))


async def _plan(config: Config, engine, guild_id: int | None) -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="faqbot-dry-run-") as scratch:
        bot = FaqBot(config, engine, store=Store(Path(scratch) / "dry-run.sqlite3"), sync_on_start=False)
        async with bot:  # never logs in; leaving closes the client and the store
            await bot.store.open()
            await bot.load_features()
            if guild_id:
                bot.copy_global_to(guild_id)
            return bot.registrations([guild_id] if guild_id else None)


def sync_commands(config: Config, guild_id: int | None) -> int:
    """`faqbot sync [--guild ID]`: register the slash commands, then exit."""
    token = _token()
    if token is None:
        return _missing_token("sync")
    point_at_test_api()
    engine = load_faq(config, serving=True)
    return asyncio.run(_sync(config, engine, token, guild_id))


async def _sync(config: Config, engine, token: str, guild_id: int | None) -> int:
    bot = FaqBot(config, engine, sync_on_start=False)
    _bound_login(bot)
    try:
        async with bot:
            await bot.login(token)  # runs setup_hook: opens the store and loads the cogs
            targets = [guild_id] if guild_id else bot.sync_targets()
            if guild_id:
                bot.copy_global_to(guild_id)  # one server, instant: everyone's commands as its guild commands
            for target in targets:
                count = await bot.sync_commands(target)
                where = f"to server {target}" if target else "globally (may take up to an hour to appear)"
                print(f"synced {count} command(s) {where}")
    except discord.LoginFailure:
        return _rejected_token("sync")
    except (aiohttp.ClientConnectionError, discord.GatewayNotFound) as exc:
        log.debug("connection failed", exc_info=True)
        return _unreachable("sync", _plain(exc))
    except discord.HTTPException as exc:
        print(f"faqbot sync: Discord refused the commands (HTTP {exc.status}): {exc.text}", file=sys.stderr)
        return EXIT_PROBLEMS
    except StoreError as exc:
        print(f"faqbot sync: {bot.store.where}: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK
