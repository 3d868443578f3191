"""The store's schema: one list of migrations for both backends, written in SQLite's SQL.

Each migration is one SQL script; a database's schema version is the number applied so far
(`PRAGMA user_version` in SQLite, the `faqbot_schema` table in PostgreSQL). Append a migration,
never edit a released one. PostgreSQL runs the same scripts through `to_postgres`, which
translates the few SQLite-only words they use.
"""

from __future__ import annotations

import re

from ..migrations import statements  # noqa: F401 - one splitter for both backends

MIGRATIONS: list[str] = [
    # 1: settings, votes, answer counts
    """
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE votes (
        entry_id TEXT NOT NULL,
        voter    TEXT NOT NULL,          -- keyed hash of the user id, never the id
        helpful  INTEGER NOT NULL CHECK (helpful IN (0, 1)),
        PRIMARY KEY (entry_id, voter)
    ) WITHOUT ROWID;
    CREATE TABLE answer_counts (
        entry_id TEXT PRIMARY KEY,
        answered INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID;
    """,
    # 2: the review queue of unanswered / low-confidence questions
    """
    CREATE TABLE review_queue (
        id          INTEGER PRIMARY KEY,
        question    TEXT NOT NULL,
        outcome     TEXT NOT NULL,       -- 'none' or 'suggest'
        score       REAL NOT NULL,
        suggestions TEXT NOT NULL,       -- JSON list of entry ids
        created_day TEXT NOT NULL        -- UTC date only (YYYY-MM-DD)
    );
    CREATE INDEX review_queue_day ON review_queue (created_day);
    """,
    # 3: moderators' statistics over a period, and more reasons to review a question
    """
    CREATE TABLE daily_outcomes (
        day      TEXT NOT NULL,              -- UTC date only (YYYY-MM-DD)
        outcome  TEXT NOT NULL,              -- 'answer', 'suggest' or 'none'
        entry_id TEXT NOT NULL DEFAULT '',   -- for answers: the entry given
        count    INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (day, outcome, entry_id)
    ) WITHOUT ROWID;
    ALTER TABLE votes ADD COLUMN day TEXT;            -- UTC date of the (latest) vote; NULL before schema 3
    ALTER TABLE review_queue ADD COLUMN entry_id TEXT;  -- 'low' / 'not_helpful': the entry that was given
    """,
    # 4: scheduled posts (outreach.schedules): where each schedule is in its cycle through the FAQ
    """
    CREATE TABLE schedule_state (
        schedule   TEXT PRIMARY KEY,         -- outreach.schedules[].name
        last_slot  TEXT NOT NULL,            -- UTC time (ISO 8601) of the last slot posted
        last_entry TEXT NOT NULL,            -- the entry posted then
        cycle      INTEGER NOT NULL          -- 1, 2, ...: one pass through every entry
    ) WITHOUT ROWID;
    CREATE TABLE schedule_shown (
        schedule TEXT NOT NULL,
        entry_id TEXT NOT NULL,              -- posted in the schedule's current cycle
        PRIMARY KEY (schedule, entry_id)
    ) WITHOUT ROWID;
    """,
    # 5: several bot processes: each scheduled post is claimed (one row per schedule and slot)
    # before it is sent, so only the process that inserted the row posts it, at most once
    """
    CREATE TABLE schedule_claims (
        schedule   TEXT NOT NULL,            -- outreach.schedules[].name
        slot       TEXT NOT NULL,            -- UTC time (ISO 8601) of the slot
        entry_id   TEXT NOT NULL,            -- the entry the claim posts
        claimed_by TEXT NOT NULL,            -- host:pid of the process that claimed it
        claimed_at TEXT NOT NULL,            -- UTC time (ISO 8601)
        sent_at    TEXT,                     -- NULL until the post was sent
        PRIMARY KEY (schedule, slot)
    ) WITHOUT ROWID;
    """,
    # 6: phrasings suggested by askers: the entry someone picked from "did you mean" for a question
    """
    CREATE TABLE suggested_phrasings (
        id          INTEGER PRIMARY KEY,
        entry_id    TEXT NOT NULL,           -- the entry picked
        phrasing    TEXT NOT NULL,           -- the question as asked (text only: never who asked)
        created_day TEXT NOT NULL            -- UTC date only (YYYY-MM-DD)
    );
    CREATE INDEX suggested_phrasings_day ON suggested_phrasings (created_day);
    """,
    # 7: per-server settings, chosen by each server's own admins with /faq-settings (bot.servers):
    # one row per server that changed something; NULL = the config.yaml default. A server id is not
    # personal data; no user id is ever kept here (not even who changed a setting)
    """
    CREATE TABLE server_settings (
        guild_id            BIGINT PRIMARY KEY,  -- the Discord server
        passive_channels    TEXT,                -- JSON list of channel ids where passive mode answers
        fact_channel_id     BIGINT,              -- the fact of the day's channel; 0 = none
        fact_time           TEXT,                -- its time of day, 'HH:MM' in UTC
        language            TEXT,                -- replies: 'auto' (as asked), 'en' or 'fa'
        show_ctas           INTEGER,             -- calls to action under answers: 1 shown, 0 hidden
        store_question_text INTEGER,             -- 0: the server opted out of question-text storage
        updated_day         TEXT NOT NULL        -- UTC date only (YYYY-MM-DD) of the last change
    ) WITHOUT ROWID;
    """,
    # 8: corrections that follow the answer (docs/outreach.md): the bot's own answers posted in
    # channels (message ids only: never who asked, never the question), edited when their entry
    # changes; and each batch of FAQ changes claimed once for the digest post and those edits
    """
    CREATE TABLE posted_answers (
        message_id BIGINT NOT NULL,          -- the bot's own message (Discord id)
        channel_id BIGINT NOT NULL,          -- where it is (channel or thread id)
        entry_id   TEXT NOT NULL,            -- the entry it answered with
        language   TEXT NOT NULL,            -- the language it was written in ('en', 'fa')
        day        TEXT NOT NULL,            -- UTC date only (YYYY-MM-DD); dropped after a while
        PRIMARY KEY (message_id)
    ) WITHOUT ROWID;
    CREATE INDEX posted_answers_entry ON posted_answers (entry_id);
    CREATE INDEX posted_answers_day ON posted_answers (day);
    CREATE TABLE correction_batches (
        first_change BIGINT NOT NULL,        -- the first audit-log change of the batch (0: the baseline)
        last_change  BIGINT NOT NULL,        -- its last change
        claimed_by   TEXT NOT NULL,          -- host:pid of the process that claimed it
        claimed_at   TEXT NOT NULL,          -- UTC time (ISO 8601)
        sent_at      TEXT,                   -- NULL until the digest and the edits were done
        PRIMARY KEY (first_change)
    ) WITHOUT ROWID;
    """,
    # 9: abuse limits and per-server counts: the block list kept by the campaign's moderators (and
    # automatic temporary blocks), counts per server and day (no user data), the names of servers
    """
    CREATE TABLE blocks (
        kind        TEXT NOT NULL,           -- 'user' or 'server'
        target      TEXT NOT NULL,           -- user: keyed hash of the id (as votes), never the id; server: guild id
        until       TEXT,                    -- UTC time (ISO 8601) a temporary block ends; NULL: until lifted
        source      TEXT NOT NULL,           -- 'moderator' or 'auto' (after repeated cooldown hits)
        created_day TEXT NOT NULL,           -- UTC date only (YYYY-MM-DD)
        PRIMARY KEY (kind, target)
    ) WITHOUT ROWID;
    CREATE TABLE server_counts (
        day         TEXT NOT NULL,           -- UTC date only (YYYY-MM-DD)
        guild_id    TEXT NOT NULL,           -- the server's id; '0' for direct messages
        answers     INTEGER NOT NULL DEFAULT 0,
        suggested   INTEGER NOT NULL DEFAULT 0,  -- only "did you mean"
        unanswered  INTEGER NOT NULL DEFAULT 0,
        helpful     INTEGER NOT NULL DEFAULT 0,  -- votes cast that day
        not_helpful INTEGER NOT NULL DEFAULT 0,
        queued      INTEGER NOT NULL DEFAULT 0,  -- review-queue rows added (limits.review_per_server_per_day)
        dropped     INTEGER NOT NULL DEFAULT 0,  -- review-queue rows refused over that cap
        PRIMARY KEY (day, guild_id)
    ) WITHOUT ROWID;
    CREATE TABLE server_names (
        guild_id  TEXT PRIMARY KEY,          -- a server the bot is in
        name      TEXT NOT NULL,             -- its name when the bot last saw it (for faqbot stats --by-server)
        seen_day  TEXT NOT NULL              -- UTC date only (YYYY-MM-DD)
    ) WITHOUT ROWID;
    """,
    # 10: the rate caps (limits.server_questions_per_minute, global_questions_per_minute) shared by
    # every process: answer slots handed out per 60-second window and scope, never more than the cap
    # (bot.moderation.abuse). Counts only, no user data; old windows are deleted (by the daily purge,
    # and by each process once per window as it claims slots)
    """
    CREATE TABLE rate_windows (
        window_start BIGINT NOT NULL,        -- UTC Unix time (seconds) the 60-second window starts
        scope        TEXT NOT NULL,          -- 'global', or a server's id
        taken        INTEGER NOT NULL,       -- slots handed out to processes in this window (at most the cap)
        last_grant   INTEGER NOT NULL,       -- slots the latest claim got (read back by that claim)
        PRIMARY KEY (window_start, scope)
    ) WITHOUT ROWID;
    """,
    # 11: hand edits of the FAQ's files are public changes too (bot.moderation.changelog): each
    # entry's public content as last loaded (hashes only: no text, nothing about people),
    # and the dated public changes found on a load that no audit-log change explains. Each change
    # is recorded once by the process whose conditional snapshot write went in, and claimed once
    # for the digest post and the edits of posted answers.
    """
    CREATE TABLE public_snapshot (
        entry_id  TEXT PRIMARY KEY,
        digest    TEXT NOT NULL,             -- SHA-256 of the entry's public content (changelog.public_form)
        content   TEXT NOT NULL,             -- that content as JSON: hashes only (no text)
        audit_id  BIGINT NOT NULL            -- the newest audit-log change accounted for
    ) WITHOUT ROWID;
    CREATE TABLE public_changes (
        id         INTEGER PRIMARY KEY,
        entry_id   TEXT NOT NULL,
        day        TEXT NOT NULL,            -- UTC date only (YYYY-MM-DD)
        changes    TEXT NOT NULL,            -- JSON [[kind, count, language], ...] (changelog.Change)
        question   TEXT NOT NULL,            -- the entry's question after the change (before, if removed)
        claimed_by TEXT                      -- NULL until the corrections claimed it (host:pid:claim)
    );
    CREATE INDEX public_changes_entry ON public_changes (entry_id);
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)

# Every table, in the order a copy fills them, with the columns that order their rows.
TABLES: dict[str, str] = {
    "meta": "key",
    "votes": "entry_id, voter",
    "answer_counts": "entry_id",
    "review_queue": "id",
    "daily_outcomes": "day, outcome, entry_id",
    "schedule_state": "schedule",
    "schedule_shown": "schedule, entry_id",
    "schedule_claims": "schedule, slot",
    "suggested_phrasings": "id",
    "server_settings": "guild_id",
    "posted_answers": "message_id",
    "correction_batches": "first_change",
    "blocks": "kind, target",
    "server_counts": "day, guild_id",
    "server_names": "guild_id",
    "rate_windows": "window_start, scope",
    "public_snapshot": "entry_id",
    "public_changes": "id",
}


_PG_DDL = [
    (re.compile(r"\)\s*WITHOUT ROWID"), ")"),
    (re.compile(r"\bid(\s+)INTEGER PRIMARY KEY\b"), r"id\1BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"),
    (re.compile(r"\bREAL\b"), "DOUBLE PRECISION"),
]


def to_postgres(script: str) -> str:
    """A migration in PostgreSQL's words: no WITHOUT ROWID, identity keys, 8-byte floats."""
    for pattern, replacement in _PG_DDL:
        script = pattern.sub(replacement, script)
    return script
