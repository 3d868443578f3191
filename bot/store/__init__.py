"""The bot's store: votes, answer counts (per day), the review queue, meta, scheduled posts, and
each server's own settings (/faq-settings: keyed by server id, never a user id).

Two backends behind one interface (`BaseStore`, bot.store.base): SQLite (`Store`, the default: one
file, nothing to set up) and PostgreSQL (`PostgresStore`, for several bot processes; chosen by
`database.url: postgresql://...` in config.yaml or FAQBOT_DATABASE_URL). `open_store(config)` picks
the one configured. One schema for both (bot.store.schema), migrated under a lock.

Privacy by design (questions about human rights in Iran can put people at risk):

- Nobody's Discord id is ever stored. Votes are keyed by a keyed hash (HMAC-SHA256) of the user id
  with a per-install secret; cooldowns and the "only the asker" buttons use the same kind of hash.
  The secret is never in this database (`bot.privacy.secret`: the FAQBOT_HASH_SECRET environment
  variable, or a 0600 file of its own); a secret left here by an older faqbot is moved out on open.
- Question text is kept only for questions the bot could not answer or was unsure about, answered
  with low confidence, or voted "not helpful" (the moderators' review queue), only when the
  storage policy (`bot.privacy.policy`: `privacy.store_unanswered_text`, off by default, and never
  a question disclosing personal risk or data) allows it, with no link to who asked (no user,
  channel, guild or message id, and only the day, not the time), and is deleted after
  `privacy.retention_days`. Statistics are daily counts per entry and outcome: no text at all.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .base import (
    FAQ_VERSION_KEY,
    REVIEW_REASONS,
    SERVER_SETTINGS_VERSION_KEY,
    BaseStore,
    PeriodCounts,
    PostedAnswer,
    ReviewItem,
    ReviewReason,
    ScheduleState,
    ServerSettings,
    StoreError,
    SuggestedPhrasing,
    VoteOutcome,
    mask_url,
)
from .postgres import PostgresStore
from .schema import MIGRATIONS, SCHEMA_VERSION, TABLES
from .sqlite import Store, migrate

if TYPE_CHECKING:
    from ..config import Config

__all__ = [
    "FAQ_VERSION_KEY",
    "MIGRATIONS",
    "REVIEW_REASONS",
    "SCHEMA_VERSION",
    "SERVER_SETTINGS_VERSION_KEY",
    "TABLES",
    "BaseStore",
    "PeriodCounts",
    "PostedAnswer",
    "PostgresStore",
    "ReviewItem",
    "ReviewReason",
    "ScheduleState",
    "ServerSettings",
    "Store",
    "StoreError",
    "SuggestedPhrasing",
    "VoteOutcome",
    "database_url",
    "is_postgres_url",
    "mask_url",
    "migrate",
    "open_store",
    "store_at",
]

URL_ENV_VAR = "FAQBOT_DATABASE_URL"
POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def is_postgres_url(url: str) -> bool:
    return url.strip().lower().startswith(POSTGRES_SCHEMES)


def database_url(config: Config, environ: Mapping[str, str] | None = None) -> str:
    """The PostgreSQL URL in use: FAQBOT_DATABASE_URL wins over `database.url`; '' for SQLite."""
    environ = os.environ if environ is None else environ
    return (environ.get(URL_ENV_VAR, "").strip() or config.database.url).strip()


def store_at(
    where: str | Path,
    *,
    secret_file: Path | None = None,
    clock: Callable[[], float] | None = None,
    environ: Mapping[str, str] | None = None,
) -> BaseStore:
    """A store for a PostgreSQL URL, or a SQLite file (a path, or sqlite:///path)."""
    options: dict[str, Any] = {"secret_file": secret_file, "environ": environ}
    if clock is not None:
        options["clock"] = clock
    text = str(where)
    if is_postgres_url(text):
        return PostgresStore(text.strip(), **options)
    if text.startswith("sqlite://"):
        text = text[len("sqlite://") :]
    return Store(Path(text), **options)


def open_store(config: Config, *, environ: Mapping[str, str] | None = None, **options) -> BaseStore:
    """The store `config` names (not opened yet): PostgreSQL if a URL is set, else the SQLite file."""
    url = database_url(config, environ)
    return store_at(url or config.paths.database, secret_file=config.secret_file, environ=environ, **options)
