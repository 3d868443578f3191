"""The `.env` file: the secrets that never go in config.yaml, kept out of the shell's history.

`DISCORD_TOKEN=... make run` leaves the token in the shell's history; a `.env` file (one
`NAME=value` per line, see `.env.example`; ignored by git) does not. It is read once, when the
`faqbot` command starts, and a variable already set in the real environment always wins over it
(a systemd `EnvironmentFile=`, `docker run -e`, a CI secret).

Which file: `$FAQBOT_ENV_FILE` when that variable is set (empty: no file at all), otherwise
`.env` in the current folder, otherwise `.env` beside the checkout's config.yaml.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping
from pathlib import Path

from .config import REPO_ROOT

ENV_FILE_VAR = "FAQBOT_ENV_FILE"


def env_file(environ: MutableMapping[str, str] = os.environ, cwd: Path | None = None) -> Path | None:
    """The .env file that would be read, or None."""
    if ENV_FILE_VAR in environ:
        chosen = environ[ENV_FILE_VAR].strip()
        return Path(chosen) if chosen else None
    for folder in (cwd or Path.cwd(), REPO_ROOT):
        if (folder / ".env").is_file():
            return folder / ".env"
    return None


def load_env_file(environ: MutableMapping[str, str] = os.environ, cwd: Path | None = None) -> Path | None:
    """Set each variable of the .env file that the environment does not already have; the file read."""
    path = env_file(environ, cwd)
    if path is None or not path.is_file():
        return None
    from dotenv import dotenv_values  # only when there is a file: `faqbot ask` starts as fast as before

    for name, value in dotenv_values(path).items():
        if value is not None and name not in environ:
            environ[name] = value
    return path
