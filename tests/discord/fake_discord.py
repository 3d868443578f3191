"""A small loopback fake of Discord: REST under /api/v10 and a JSON websocket gateway.

For what simcord does not cover: the real login (GET /users/@me, GET /oauth2/applications/@me),
IDENTIFY and READY over a real websocket, command sync over HTTP including discord.py's 429 retry
path, an interaction delivered over the gateway and answered over HTTP, and the shutdown of a real
`faqbot run` process. Only what faqbot touches is implemented; anything else answers 404.

Binds 127.0.0.1 on an ephemeral port; point discord.py at it with
FAQBOT_DISCORD_API_BASE=<fake.url> (honoured by bot.discord_app.runner, loopback only).
"""

from __future__ import annotations

import asyncio
import itertools
import json
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

GATEWAY_CLOSED_BY_CLIENT = "client"


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    # discord.py compares the Content-Type to exactly "application/json" (no charset).
    return web.Response(
        status=status, body=json.dumps(data).encode(), headers={"Content-Type": "application/json", **(headers or {})}
    )


@dataclass
class Request:
    method: str
    path: str
    body: Any
    status: int


@dataclass
class FakeDiscord:
    token: str = "fake"
    rate_limit_first_sync: bool = True
    retry_after: float = 0.05
    requests: list[Request] = field(default_factory=list)
    callbacks: list[dict] = field(default_factory=list)
    identify: dict | None = None
    close_code: int | None = None

    def __post_init__(self) -> None:
        self._ids = itertools.count(1_100_000_000_000_000_000)
        self.app_id = next(self._ids)
        self.bot_id = self.app_id
        self.guild_id = next(self._ids)
        self.channel_id = next(self._ids)
        self.user_id = next(self._ids)
        self._seq = itertools.count(1)
        self._ws: web.WebSocketResponse | None = None
        self._rate_limited = False
        self.identified = asyncio.Event()
        self.gateway_closed = asyncio.Event()
        self.callback_received = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.url = ""

    # -- lifecycle ------------------------------------------------------------------------------

    async def start(self) -> str:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    async def stop(self) -> None:
        if self._ws is not None and not self._ws.closed:
            await self._ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> FakeDiscord:
        await self.start()
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.stop()

    # -- REST -----------------------------------------------------------------------------------

    def _user(self, uid: int, name: str, bot: bool) -> dict:
        return {
            "id": str(uid),
            "username": name,
            "discriminator": "0",
            "global_name": None,
            "avatar": None,
            "bot": bot,
            "public_flags": 0,
            "flags": 0,
            "verified": True,
            "mfa_enabled": False,
        }

    def paths(self, method: str | None = None) -> list[str]:
        return [r.path for r in self.requests if method is None or r.method == method]

    async def _rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["tail"]
        body = await request.json() if request.can_read_body and request.content_type == "application/json" else None
        response = self._route(request, path, body)
        self.requests.append(Request(request.method, path, body, response.status))
        return response

    def _route(self, request: web.Request, path: str, body: Any) -> web.Response:
        if request.headers.get("Authorization") != f"Bot {self.token}" and not path.startswith("/interactions/"):
            return _json({"message": "401: Unauthorized", "code": 0}, status=401)
        if request.method == "GET" and path == "/users/@me":
            return _json(self._user(self.bot_id, "faqbot", True))
        if request.method == "GET" and path == "/gateway/bot":  # automatic sharding asks how many shards
            return _json(
                {
                    "url": self.url.replace("http", "ws") + "/gateway",
                    "shards": 1,
                    "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1},
                }
            )
        if request.method == "GET" and path == "/oauth2/applications/@me":
            return _json(
                {
                    "id": str(self.app_id),
                    "name": "faqbot",
                    "description": "",
                    "icon": None,
                    "bot_public": False,
                    "bot_require_code_grant": False,
                    "verify_key": "0" * 64,
                    "owner": self._user(next(self._ids), "owner", False),
                    "flags": 0,
                }
            )
        if request.method == "PUT" and path.endswith("/commands") and path.startswith(f"/applications/{self.app_id}"):
            if self.rate_limit_first_sync and not self._rate_limited:
                self._rate_limited = True  # discord.py retries a 429 only when it carries Via
                return _json(
                    {"message": "You are being rate limited.", "retry_after": self.retry_after, "global": False},
                    status=429,
                    headers={"Via": "1.1 google"},
                )
            # Discord answers every command with a description, "" for context menus (which send none).
            registered = [
                {
                    "description": "",
                    **cmd,
                    "id": str(next(self._ids)),
                    "application_id": str(self.app_id),
                    "version": "1",
                }
                for cmd in body or []
            ]
            return _json(registered)
        if request.method == "POST" and path.startswith("/interactions/") and path.endswith("/callback"):
            self.callbacks.append(body)
            self.callback_received.set()
            interaction_id = path.split("/")[2]
            ephemeral = bool((body or {}).get("data", {}).get("flags", 0) & 64)
            return _json(
                {
                    "interaction": {
                        "id": interaction_id,
                        "type": 2,
                        "response_message_loading": False,
                        "response_message_ephemeral": ephemeral,
                    }
                }
            )
        return _json({"message": "404: Not Found (not implemented by the fake)", "code": 0}, status=404)

    # -- gateway --------------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._ws = ws
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41_250}}))
        async for message in ws:
            if message.type is not WSMsgType.TEXT:
                break
            payload = json.loads(message.data)
            op = payload.get("op")
            if op == 1:  # heartbeat
                await ws.send_str(json.dumps({"op": 11}))
            elif op == 2:  # identify
                if payload["d"].get("token") != self.token:
                    await ws.close(code=4004, message=b"Authentication failed.")
                    break
                self.identify = payload["d"]
                await self._dispatch(
                    "READY",
                    {
                        "v": 10,
                        "user": self._user(self.bot_id, "faqbot", True),
                        "guilds": [],
                        "session_id": "fake-session",
                        "resume_gateway_url": self.url.replace("http", "ws") + "/gateway",
                        "application": {"id": str(self.app_id), "flags": 0},
                        "private_channels": [],
                        "relationships": [],
                        "user_settings": {},
                        # As Discord: the shard, when the identify named one (an AutoShardedBot does).
                        **({"shard": payload["d"]["shard"]} if "shard" in payload["d"] else {}),
                    },
                )
                self.identified.set()
        self.close_code = ws.close_code
        self.gateway_closed.set()
        return ws

    async def _dispatch(self, event: str, data: dict) -> None:
        assert self._ws is not None
        await self._ws.send_str(json.dumps({"op": 0, "t": event, "s": next(self._seq), "d": data}))

    async def send_slash(self, name: str, **options: str) -> int:
        """Deliver an application-command interaction in a guild text channel, as Discord does."""
        interaction_id = next(self._ids)
        member = {
            "user": self._user(self.user_id, "alice", False),
            "roles": [],
            "nick": None,
            "avatar": None,
            "joined_at": "2024-01-01T00:00:00+00:00",
            "deaf": False,
            "mute": False,
            "flags": 0,
            "permissions": "0",
        }
        await self._dispatch(
            "INTERACTION_CREATE",
            {
                "id": str(interaction_id),
                "application_id": str(self.app_id),
                "type": 2,
                "token": f"tok{interaction_id}",
                "version": 1,
                "guild_id": str(self.guild_id),
                "channel_id": str(self.channel_id),
                "channel": {
                    "id": str(self.channel_id),
                    "type": 0,
                    "guild_id": str(self.guild_id),
                    "name": "general",
                    "position": 0,
                    "permission_overwrites": [],
                    "nsfw": False,
                    "parent_id": None,
                },
                "member": member,
                "app_permissions": "0",
                "locale": "en-US",
                "guild_locale": "en-US",
                "attachment_size_limit": 8_388_608,
                "entitlements": [],
                "authorizing_integration_owners": {},
                "context": 0,
                "data": {
                    "id": str(next(self._ids)),
                    "name": name,
                    "type": 1,
                    "options": [{"name": k, "type": 3, "value": v} for k, v in options.items()],
                },
            },
        )
        return interaction_id
