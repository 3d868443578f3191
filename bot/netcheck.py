"""Can this machine reach Discord? A plain TCP connection to the API host, with a short timeout.

Used by `faqbot doctor` (`faqbot run` itself reports a failed login connection as exit code 4,
bot/discord_app/runner.py). No discord import: it only opens a socket, and sends nothing, least
of all the token.
"""

from __future__ import annotations

import socket
from urllib.parse import urlsplit

DISCORD_API = "https://discord.com/api/v10"
TIMEOUT_SECONDS = 10.0


def unreachable(base_url: str = DISCORD_API, timeout: float = TIMEOUT_SECONDS) -> str | None:
    """None when a connection to the API's host opens within `timeout` seconds; otherwise why not,
    in plain words (no traceback)."""
    parts = urlsplit(base_url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme in ("https", "wss") else 80)
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return None
    except socket.gaierror:
        return f"cannot look up {host} (no DNS: is this machine online?)"
    except TimeoutError:
        return f"no answer from {host}:{port} within {timeout:g} s (offline, or a firewall blocks it)"
    except OSError as exc:
        return f"cannot connect to {host}:{port}: {exc.strerror or exc}"
