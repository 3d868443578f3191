"""The store's reads and writes, once for both backends.

Each function takes a `Db` (bot.store.base): `db.execute(sql, params)` with `?` placeholders
(PostgreSQL's adapter turns them into `%s`) and `db.transaction()` for several statements that
must all happen or none. Only SQL that SQLite and PostgreSQL both accept is used here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from .base import (
    SERVER_SETTINGS_VERSION_KEY,
    Block,
    Db,
    PeriodCounts,
    ReviewItem,
    ReviewReason,
    ScheduleState,
    ServerCounts,
    ServerSettings,
    SuggestedPhrasing,
    VoteOutcome,
)

# What each outcome adds to in server_counts (a column name: never from input).
SERVER_COLUMNS = {"answer": "answers", "suggest": "suggested", "none": "unanswered"}
_COUNT_COLUMNS = frozenset({*SERVER_COLUMNS.values(), "helpful", "not_helpful", "queued", "dropped"})


def _record_answer(db: Db, entry_id: str) -> None:
    db.execute(
        "INSERT INTO answer_counts (entry_id, answered) VALUES (?, 1) "
        "ON CONFLICT (entry_id) DO UPDATE SET answered = answer_counts.answered + 1",
        (entry_id,),
    )


def _record_answered(db: Db, entry_id: str, day: str, server: str | None = None) -> None:
    with db.transaction():
        _record_answer(db, entry_id)
        _count_outcome(db, entry_id, "answer", day)
        _bump(db, day, server, "answers")


def _bump(db: Db, day: str, server: str | None, column: str, by: int = 1) -> None:
    """Add `by` to one count of a server's day (nothing when the question came from no server)."""
    if server is None or column not in _COUNT_COLUMNS:
        return
    db.execute(
        f"INSERT INTO server_counts (day, guild_id, {column}) VALUES (?, ?, ?) "
        f"ON CONFLICT (day, guild_id) DO UPDATE SET {column} = server_counts.{column} + excluded.{column}",
        (day, server, by),
    )


def _counted_outcome(db: Db, entry_id: str, outcome: str, day: str, server: str | None) -> None:
    with db.transaction():
        _count_outcome(db, entry_id, outcome, day)
        _bump(db, day, server, SERVER_COLUMNS.get(outcome, ""))


# One statement takes a place in a server's review rows of the day, only while fewer than the cap
# are taken: the row is created, or raised under its row lock when the WHERE still holds, and
# RETURNING says whether it was (no row back: the day is full). Reading the count first and raising
# it after let processes writing at the same moment each go one over the cap (PostgreSQL).
_TAKE_QUEUE_PLACE = (
    "INSERT INTO server_counts (day, guild_id, queued) VALUES (?, ?, 1) "
    "ON CONFLICT (day, guild_id) DO UPDATE SET queued = server_counts.queued + 1 "
    "WHERE server_counts.queued < ? RETURNING queued"
)


def _room_in_queue(db: Db, day: str, server: str | None, cap: int) -> bool:
    """Whether one more review-queue row from `server` fits today (counted either way)."""
    if server is None:
        return True
    if cap <= 0:
        _bump(db, day, server, "queued")
        return True
    # fetchall: a RETURNING statement left unfinished would keep SQLite's write transaction open.
    if db.execute(_TAKE_QUEUE_PLACE, (day, server, int(cap))).fetchall():
        return True
    _bump(db, day, server, "dropped")
    return False


def _count_outcome(db: Db, entry_id: str, outcome: str, day: str) -> None:
    db.execute(
        "INSERT INTO daily_outcomes (day, outcome, entry_id, count) VALUES (?, ?, ?, 1) "
        "ON CONFLICT (day, outcome, entry_id) DO UPDATE SET count = daily_outcomes.count + 1",
        (day, outcome, entry_id),
    )


def _record_vote(
    db: Db, entry_id: str, voter: str, helpful: bool, day: str | None = None, server: str | None = None
) -> VoteOutcome:
    with db.transaction():
        row = db.execute("SELECT helpful FROM votes WHERE entry_id = ? AND voter = ?", (entry_id, voter)).fetchone()
        if row is not None and bool(row[0]) == helpful:
            return VoteOutcome.SAME
        db.execute(
            "INSERT INTO votes (entry_id, voter, helpful, day) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (entry_id, voter) DO UPDATE SET helpful = excluded.helpful, day = excluded.day",
            (entry_id, voter, int(helpful), day),
        )
        if day is not None:
            _bump(db, day, server, "helpful" if helpful else "not_helpful")
            if row is not None:  # turned round: the other count loses one
                _bump(db, day, server, "not_helpful" if helpful else "helpful", -1)
        return VoteOutcome.NEW if row is None else VoteOutcome.CHANGED


def _record_unanswered(db: Db, question, outcome, score, suggestions, day, server=None, cap=0) -> bool:
    """Count the question; queue its text if the server's review rows for today allow it."""
    with db.transaction():
        offered = json.loads(suggestions)
        _count_outcome(db, offered[0] if offered else "", outcome, day)
        _bump(db, day, server, SERVER_COLUMNS.get(str(outcome), ""))
        if not _room_in_queue(db, day, server, cap):
            return False
        _queue(db, question, outcome, score, suggestions, day, None)
        return True


def _queue_capped(db: Db, question, outcome, score, suggestions, day, entry_id, server=None, cap=0) -> bool:
    with db.transaction():
        if not _room_in_queue(db, day, server, cap):
            return False
        _queue(db, question, outcome, score, suggestions, day, entry_id)
        return True


def _queue(db: Db, question, outcome, score, suggestions, day, entry_id) -> None:
    db.execute(
        "INSERT INTO review_queue (question, outcome, score, suggestions, created_day, entry_id)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (question, str(outcome), score, suggestions, day, entry_id),
    )


def _dismiss(db: Db, ids: list[int]) -> int:
    removed = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        removed += db.execute(f"DELETE FROM review_queue WHERE id IN ({', '.join('?' * len(chunk))})", chunk).rowcount
    return removed


def _latest_suggest(db: Db, question: str, day: str) -> int | None:
    row = db.execute(
        "SELECT MAX(id) FROM review_queue WHERE question = ? AND outcome = ? AND created_day = ?",
        (question, ReviewReason.SUGGEST.value, day),
    ).fetchone()
    return int(row[0]) if row and row[0] is not None else None


def _mark_none_of_these(db: Db, question, score, suggestions, day, server=None, cap=0) -> None:
    with db.transaction():
        row_id = _latest_suggest(db, question, day)
        if row_id is not None:
            db.execute("UPDATE review_queue SET outcome = ? WHERE id = ?", (ReviewReason.NONE_OF_THESE.value, row_id))
        elif _room_in_queue(db, day, server, cap):
            _queue(db, question, ReviewReason.NONE_OF_THESE.value, score, suggestions, day, None)


def _suggest_phrasing(db: Db, question, entry_id, day, server=None, cap=0) -> None:
    with db.transaction():
        if not _room_in_queue(db, day, server, cap):
            return
        db.execute(
            "INSERT INTO suggested_phrasings (entry_id, phrasing, created_day) VALUES (?, ?, ?)",
            (entry_id, question, day),
        )
        row_id = _latest_suggest(db, question, day)
        if row_id is not None:
            db.execute("DELETE FROM review_queue WHERE id = ?", (row_id,))


def _suggested_phrasings(db: Db, limit: int) -> list[SuggestedPhrasing]:
    rows = db.execute(
        "SELECT id, entry_id, phrasing, created_day FROM suggested_phrasings ORDER BY id DESC LIMIT ?", (limit,)
    ).fetchall()
    return [SuggestedPhrasing(int(i), e, p, d) for i, e, p, d in rows]


def _remove_suggested(db: Db, ids: list[int]) -> int:
    removed = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        removed += db.execute(
            f"DELETE FROM suggested_phrasings WHERE id IN ({', '.join('?' * len(chunk))})", chunk
        ).rowcount
    return removed


def _period_counts(db: Db, since: str) -> PeriodCounts:
    outcomes: dict[str, int] = {"answer": 0, "suggest": 0, "none": 0}
    answers: dict[str, int] = {}
    suggested: dict[str, int] = {}
    low: dict[str, int] = {}
    for outcome, entry_id, count in db.execute(
        "SELECT outcome, entry_id, SUM(count) FROM daily_outcomes WHERE day >= ? GROUP BY outcome, entry_id", (since,)
    ).fetchall():
        count = int(count)
        if outcome == "low":  # a second count of some answers, not another outcome
            low[entry_id] = count
            continue
        outcomes[outcome] = outcomes.get(outcome, 0) + count
        if outcome == "answer":
            answers[entry_id] = count
        elif outcome == "suggest" and entry_id:
            suggested[entry_id] = count
    votes: dict[str, tuple[int, int]] = {}
    for entry_id, helpful, not_helpful in db.execute(
        "SELECT entry_id, SUM(helpful), SUM(1 - helpful) FROM votes WHERE day >= ? GROUP BY entry_id", (since,)
    ).fetchall():
        votes[entry_id] = (int(helpful), int(not_helpful))
    per_day: dict[str, dict[str, int]] = {}
    for day, outcome, count in db.execute(
        "SELECT day, outcome, SUM(count) FROM daily_outcomes "
        "WHERE day >= ? AND outcome IN ('answer', 'suggest', 'none') GROUP BY day, outcome",
        (since,),
    ).fetchall():
        per_day.setdefault(day, {})[outcome] = int(count)
    return PeriodCounts(since, outcomes, answers, votes, suggested, low, per_day)


def _purge(
    db: Db,
    cutoff: str,
    keep: Callable[[str], bool] | None = None,
    now: str | None = None,
    rate_before: int | None = None,
) -> int:
    removed = db.execute("DELETE FROM review_queue WHERE created_day < ?", (cutoff,)).rowcount
    removed += db.execute("DELETE FROM suggested_phrasings WHERE created_day < ?", (cutoff,)).rowcount
    if keep is not None:
        refused = [
            row_id
            for row_id, question in db.execute("SELECT id, question FROM review_queue").fetchall()
            if not keep(question)
        ]
        removed += _dismiss(db, refused)
        refused = [
            row_id
            for row_id, text in db.execute("SELECT id, phrasing FROM suggested_phrasings").fetchall()
            if not keep(text)
        ]
        removed += _remove_suggested(db, refused)
    # Temporary blocks that have ended (`now`: the same UTC ISO form they are stored in).
    if now is not None:
        db.execute("DELETE FROM blocks WHERE until IS NOT NULL AND until <= ?", (now,))
    # Windows of the rate caps that are over (processes also delete them as they go: `_take_slots`).
    if rate_before is not None:
        db.execute("DELETE FROM rate_windows WHERE window_start < ?", (int(rate_before),))
    # Claims of scheduled posts are only needed while their slot could still be posted.
    db.execute("DELETE FROM schedule_claims WHERE slot < ? AND sent_at IS NOT NULL", (cutoff,))
    return removed


def _get_meta(db: Db, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _set_meta(db: Db, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def _entry_stats(db: Db, entry_id: str) -> tuple[int, int, int]:
    row = db.execute("SELECT answered FROM answer_counts WHERE entry_id = ?", (entry_id,)).fetchone()
    votes = {
        int(h): int(n)
        for h, n in db.execute(
            "SELECT helpful, COUNT(*) FROM votes WHERE entry_id = ? GROUP BY helpful", (entry_id,)
        ).fetchall()
    }
    return (int(row[0]) if row else 0, votes.get(1, 0), votes.get(0, 0))


def _review_queue(db: Db, limit: int) -> list[ReviewItem]:
    rows = db.execute(
        "SELECT question, outcome, score, suggestions, created_day, entry_id, id FROM review_queue"
        " ORDER BY id DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [ReviewItem(q, o, s, tuple(json.loads(sg)), d, e, int(i)) for q, o, s, sg, d, e, i in rows]


def _schedule_state(db: Db, schedule: str) -> ScheduleState:
    row = db.execute(
        "SELECT last_slot, last_entry, cycle FROM schedule_state WHERE schedule = ?", (schedule,)
    ).fetchone()
    shown = frozenset(
        r[0] for r in db.execute("SELECT entry_id FROM schedule_shown WHERE schedule = ?", (schedule,)).fetchall()
    )
    if row is None:
        return ScheduleState(shown=shown)
    return ScheduleState(row[0], row[1], int(row[2]), shown)


def _schedule_states(db: Db, names: Sequence[str]) -> dict[str, ScheduleState]:
    """Every named schedule's state in one statement (both tables, UNION ALL): the schedule loop
    reads them all on each tick. Every stored schedule is read and the others dropped here, so the
    statement is the same for any number of names (no parameter list to outgrow)."""
    wanted = set(names)
    found: dict[str, list] = {name: [None, None, 1, set()] for name in wanted}
    rows = db.execute(
        "SELECT schedule, last_slot, last_entry, cycle, NULL FROM schedule_state "
        "UNION ALL SELECT schedule, NULL, NULL, NULL, entry_id FROM schedule_shown"
    ).fetchall()
    for schedule, last_slot, last_entry, cycle, entry_id in rows:
        state = found.get(schedule)
        if state is None:
            continue
        if entry_id is None:
            state[0], state[1], state[2] = last_slot, last_entry, int(cycle)
        else:
            state[3].add(entry_id)
    return {
        name: ScheduleState(last_slot, last_entry, cycle, frozenset(shown))
        for name, (last_slot, last_entry, cycle, shown) in found.items()
    }


def _note_post(db: Db, schedule: str, slot: str, entry_id: str, new_cycle: bool) -> None:
    """Where the schedule stands after `slot` (inside the caller's transaction)."""
    if new_cycle:
        db.execute("DELETE FROM schedule_shown WHERE schedule = ?", (schedule,))
    db.execute(
        "INSERT INTO schedule_shown (schedule, entry_id) VALUES (?, ?) ON CONFLICT DO NOTHING", (schedule, entry_id)
    )
    db.execute(
        "INSERT INTO schedule_state (schedule, last_slot, last_entry, cycle) VALUES (?, ?, ?, 1) "
        "ON CONFLICT (schedule) DO UPDATE SET last_slot = excluded.last_slot, last_entry = excluded.last_entry, "
        "cycle = schedule_state.cycle + ?",
        (schedule, slot, entry_id, 1 if new_cycle else 0),
    )


def _record_scheduled_post(db: Db, schedule: str, slot: str, entry_id: str, new_cycle: bool) -> None:
    with db.transaction():
        _note_post(db, schedule, slot, entry_id, new_cycle)


def _claim_scheduled_post(
    db: Db, schedule: str, slot: str, entry_id: str, new_cycle: bool, claimant: str, now: str
) -> bool:
    """Insert the claim of (schedule, slot) and the schedule's new state, in one transaction.
    True only for the one process whose row went in: that process, and no other, posts."""
    with db.transaction():
        inserted = db.execute(
            "INSERT INTO schedule_claims (schedule, slot, entry_id, claimed_by, claimed_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (schedule, slot) DO NOTHING",
            (schedule, slot, entry_id, claimant, now),
        ).rowcount
        if inserted != 1:
            return False
        _note_post(db, schedule, slot, entry_id, new_cycle)
        return True


def _mark_scheduled_post_sent(db: Db, schedule: str, slot: str, now: str) -> None:
    db.execute("UPDATE schedule_claims SET sent_at = ? WHERE schedule = ? AND slot = ?", (now, schedule, slot))


def _schedule_claims(db: Db, schedule: str) -> list[tuple[str, str, str, str | None]]:
    return [
        tuple(row)
        for row in db.execute(
            "SELECT slot, entry_id, claimed_by, sent_at FROM schedule_claims WHERE schedule = ? ORDER BY slot",
            (schedule,),
        ).fetchall()
    ]


_SERVER_COLUMNS = "guild_id, passive_channels, fact_channel_id, fact_time, language, show_ctas, store_question_text"


def _flag(value) -> bool | None:
    return None if value is None else bool(value)


def _server_row(row) -> ServerSettings:
    guild_id, passive, fact_channel, fact_time, language, ctas, store_text = row
    channels = None if passive is None else tuple(int(c) for c in json.loads(passive))
    return ServerSettings(
        int(guild_id),
        channels,
        None if fact_channel is None else int(fact_channel),
        fact_time,
        language,
        _flag(ctas),
        _flag(store_text),
    )


def _server_settings(db: Db, guild_id: int) -> ServerSettings:
    row = db.execute(f"SELECT {_SERVER_COLUMNS} FROM server_settings WHERE guild_id = ?", (guild_id,)).fetchone()
    return _server_row(row) if row is not None else ServerSettings(guild_id)


def _server_settings_version(db: Db) -> str:
    return _get_meta(db, SERVER_SETTINGS_VERSION_KEY) or "0"


def _all_server_settings(db: Db) -> tuple[str, list[ServerSettings]]:
    with db.transaction():
        version = _server_settings_version(db)
        rows = db.execute(f"SELECT {_SERVER_COLUMNS} FROM server_settings ORDER BY guild_id").fetchall()
    return version, [_server_row(row) for row in rows]


def _save_server_settings(db: Db, s: ServerSettings, day: str, expected: ServerSettings | None = None) -> bool:
    """Replace a server's settings (deleted when all are back to the defaults) and move the settings
    version, in one transaction. With `expected`: only if the stored settings are still those
    (compare-and-set); False, and nothing written, when another process changed them meanwhile."""

    def as_int(flag: bool | None) -> int | None:
        return None if flag is None else int(flag)

    with db.transaction():
        insert_only = False
        if expected is not None:
            # Lock the server's row before reading it (PostgreSQL: the row lock, waiting for a change
            # under way; SQLite: the transaction holds the write lock already), so what is read is
            # what is replaced. A server with no row yet has nothing to lock: its row is inserted
            # only if nobody inserted one meanwhile (insert_only).
            db.execute("UPDATE server_settings SET guild_id = guild_id WHERE guild_id = ?", (s.guild_id,))
            row = db.execute(
                f"SELECT {_SERVER_COLUMNS} FROM server_settings WHERE guild_id = ?", (s.guild_id,)
            ).fetchone()
            current = _server_row(row) if row is not None else ServerSettings(s.guild_id)
            if current != expected:
                return False
            insert_only = row is None
        if not s.changed:
            db.execute("DELETE FROM server_settings WHERE guild_id = ?", (s.guild_id,))
        else:
            passive = None if s.passive_channel_ids is None else json.dumps([str(c) for c in s.passive_channel_ids])
            on_conflict = (
                "DO NOTHING"
                if insert_only
                else "DO UPDATE SET passive_channels = excluded.passive_channels, "
                "fact_channel_id = excluded.fact_channel_id, fact_time = excluded.fact_time, "
                "language = excluded.language, show_ctas = excluded.show_ctas, "
                "store_question_text = excluded.store_question_text, updated_day = excluded.updated_day"
            )
            written = db.execute(
                f"INSERT INTO server_settings ({_SERVER_COLUMNS}, updated_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                f"ON CONFLICT (guild_id) {on_conflict}",
                (
                    s.guild_id,
                    passive,
                    s.fact_channel_id,
                    s.fact_time,
                    s.language,
                    as_int(s.show_ctas),
                    as_int(s.store_question_text),
                    day,
                ),
            ).rowcount
            if insert_only and written != 1:
                return False  # another process saved this server's first settings meanwhile
        db.execute(
            "INSERT INTO meta (key, value) VALUES (?, '1') "
            "ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(meta.value AS INTEGER) + 1 AS TEXT)",
            (SERVER_SETTINGS_VERSION_KEY,),
        )
        return True


# -- corrections that follow the answer ------------------------------------------------------------


def _remember_posted(db: Db, message_id: int, channel_id: int, entry_id: str, language: str, day: str, cutoff: str):
    """Remember one posted answer, and forget those posted before `cutoff` (kept bounded)."""
    with db.transaction():
        db.execute(
            "INSERT INTO posted_answers (message_id, channel_id, entry_id, language, day) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (message_id) DO NOTHING",
            (message_id, channel_id, entry_id, language, day),
        )
        db.execute("DELETE FROM posted_answers WHERE day < ?", (cutoff,))


def _posted_answers(db: Db, entry_id: str, cutoff: str) -> list[tuple[int, int, str, str]]:
    return [
        (int(row[0]), int(row[1]), str(row[2]), str(row[3]))
        for row in db.execute(
            "SELECT channel_id, message_id, language, day FROM posted_answers WHERE entry_id = ? AND day >= ? "
            "ORDER BY message_id",
            (entry_id, cutoff),
        ).fetchall()
    ]


def _forget_posted(db: Db, message_ids: list[int]) -> int:
    gone = 0
    with db.transaction():
        for message_id in message_ids:
            gone += db.execute("DELETE FROM posted_answers WHERE message_id = ?", (message_id,)).rowcount
    return gone


def _corrections_cursor(db: Db) -> int | None:
    row = db.execute("SELECT MAX(last_change) FROM correction_batches").fetchone()
    return None if row is None or row[0] is None else int(row[0])


def _claim_corrections(db: Db, first: int, last: int, claimant: str, now: str, sent: bool) -> bool:
    """Claim the batch of audit-log changes starting at `first`: True only for the one process
    whose row went in (two processes that saw different newest changes still clash on `first`)."""
    inserted = db.execute(
        "INSERT INTO correction_batches (first_change, last_change, claimed_by, claimed_at, sent_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (first_change) DO NOTHING",
        (first, last, claimant, now, now if sent else None),
    ).rowcount
    return inserted == 1


def _mark_corrections_sent(db: Db, first: int, now: str) -> None:
    db.execute("UPDATE correction_batches SET sent_at = ? WHERE first_change = ?", (now, first))


def _correction_batches(db: Db) -> list[tuple[int, int, str, str | None]]:
    return [
        (int(row[0]), int(row[1]), str(row[2]), row[3])
        for row in db.execute(
            "SELECT first_change, last_change, claimed_by, sent_at FROM correction_batches ORDER BY first_change"
        ).fetchall()
    ]


# -- hand edits as public changes (bot.moderation.changelog) --------------------------------------


def _public_snapshot(db: Db, key: str) -> tuple[str | None, list[tuple[str, str, int]]]:
    """(the FAQ folder the starting point was taken of, None: not yet; [(entry id, content JSON,
    audit id)])."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    rows = db.execute("SELECT entry_id, content, audit_id FROM public_snapshot ORDER BY entry_id").fetchall()
    return None if row is None else str(row[0]), [(str(r[0]), str(r[1]), int(r[2])) for r in rows]


def _public_baseline(db: Db, key: str, rows: list[tuple[str, str, str, int]], folder: str) -> None:
    """The first load: every entry as it is, and the FAQ folder the starting point was taken of."""
    with db.transaction():
        for row in rows:
            db.execute(
                "INSERT INTO public_snapshot (entry_id, digest, content, audit_id) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (entry_id) DO NOTHING",
                row,
            )
        db.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING", (key, folder))


def _public_change(
    db: Db,
    entry_id: str,
    old: str,
    new: str,
    content: str | None,
    audit_id: int,
    change: tuple[str, str, str] | None,
) -> bool:
    """Replace an entry's snapshot `old` digest ("": none) by `new` ("": removed), and record
    `change` (day, kinds JSON, question) with it; only if the snapshot still holds `old`, in one
    transaction, so that of processes loading the same files at once exactly one writes."""
    with db.transaction():
        if not old:
            won = db.execute(
                "INSERT INTO public_snapshot (entry_id, digest, content, audit_id) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (entry_id) DO NOTHING",
                (entry_id, new, content, audit_id),
            ).rowcount
        elif not new:
            won = db.execute("DELETE FROM public_snapshot WHERE entry_id = ? AND digest = ?", (entry_id, old)).rowcount
        else:
            won = db.execute(
                "UPDATE public_snapshot SET digest = ?, content = ?, audit_id = ? WHERE entry_id = ? AND digest = ?",
                (new, content, audit_id, entry_id, old),
            ).rowcount
        if won == 1 and change is not None:
            db.execute(
                "INSERT INTO public_changes (entry_id, day, changes, question) VALUES (?, ?, ?, ?)",
                (entry_id, *change),
            )
    return won == 1


def _public_changes(db: Db, entry_id: str | None) -> list[tuple[int, str, str, str, str]]:
    sql = "SELECT id, entry_id, day, changes, question FROM public_changes"
    args: tuple = ()
    if entry_id is not None:
        sql += " WHERE entry_id = ?"
        args = (entry_id,)
    rows = db.execute(sql + " ORDER BY id", args).fetchall()
    return [(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4])) for r in rows]


def _claim_public_changes(db: Db, claim: str, sent: bool) -> list[tuple[int, str, str, str, str]]:
    """Claim every public change not claimed yet (in one statement: each goes to one claimant);
    the ones this claim got (none when `sent`: the starting point, nothing to send)."""
    with db.transaction():
        db.execute("UPDATE public_changes SET claimed_by = ? WHERE claimed_by IS NULL", (claim,))
        rows = db.execute(
            "SELECT id, entry_id, day, changes, question FROM public_changes WHERE claimed_by = ? ORDER BY id",
            (claim,),
        ).fetchall()
    return [] if sent else [(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4])) for r in rows]


def _unclaimed_public_change(db: Db) -> int:
    row = db.execute("SELECT MAX(id) FROM public_changes WHERE claimed_by IS NULL").fetchone()
    return 0 if row is None or row[0] is None else int(row[0])


def _table_counts(db: Db) -> dict[str, int]:
    from .schema import TABLES

    return {table: int(db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]) for table in TABLES}


# -- the block list (bot.moderation.abuse) and per-server counts ----------------------------------


def _block(db: Db, kind: str, target: str, until: str | None, source: str, day: str) -> None:
    """A moderator's block replaces the one there; an automatic one only ever lengthens it (another
    process may not have seen a moderator's block yet, and must never shorten or lift it)."""
    if source == "auto":
        db.execute(
            "INSERT INTO blocks (kind, target, until, source, created_day) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (kind, target) DO UPDATE SET until = excluded.until "
            "WHERE blocks.until IS NOT NULL AND excluded.until IS NOT NULL AND blocks.until < excluded.until",
            (kind, target, until, source, day),
        )
        return
    db.execute(
        "INSERT INTO blocks (kind, target, until, source, created_day) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (kind, target) DO UPDATE SET until = excluded.until, source = excluded.source, "
        "created_day = excluded.created_day",
        (kind, target, until, source, day),
    )


def _unblock(db: Db, kind: str, target: str) -> int:
    return db.execute("DELETE FROM blocks WHERE kind = ? AND target = ?", (kind, target)).rowcount


def _blocks(db: Db, now: str) -> list[Block]:
    """The blocks in force at `now` (UTC ISO), servers first, newest first."""
    rows = db.execute(
        "SELECT kind, target, until, source, created_day FROM blocks WHERE until IS NULL OR until > ? "
        "ORDER BY kind, created_day DESC, target",
        (now,),
    ).fetchall()
    return [Block(k, t, u, s, d) for k, t, u, s, d in rows]


def _note_server_names(db: Db, names: list[tuple[str, str]], day: str) -> None:
    with db.transaction():
        db.executemany(
            "INSERT INTO server_names (guild_id, name, seen_day) VALUES (?, ?, ?) "
            "ON CONFLICT (guild_id) DO UPDATE SET name = excluded.name, seen_day = excluded.seen_day",
            [(guild_id, name, day) for guild_id, name in names],
        )


def _server_counts(db: Db, since: str) -> list[ServerCounts]:
    """Counts per server for the days since `since`, most answers first, with the names last seen."""
    rows = db.execute(
        "SELECT c.guild_id, MAX(n.name), SUM(c.answers), SUM(c.suggested), SUM(c.unanswered), SUM(c.helpful), "
        "SUM(c.not_helpful), SUM(c.queued), SUM(c.dropped) FROM server_counts c "
        "LEFT JOIN server_names n ON n.guild_id = c.guild_id WHERE c.day >= ? GROUP BY c.guild_id",
        (since,),
    ).fetchall()
    out = [ServerCounts(str(g), n or "", *(int(v or 0) for v in rest)) for g, n, *rest in rows]
    out.sort(key=lambda c: (-c.answers, -c.questions, c.guild_id))
    return out


def _server_names(db: Db) -> dict[str, str]:
    return {str(g): n for g, n in db.execute("SELECT guild_id, name FROM server_names").fetchall()}


# -- the rate caps shared by every process (bot.moderation.abuse) ---------------------------------

# One statement claims up to `want` slots of a window: the row is created, or updated under its row
# lock, and the new total and this claim's share are read back by the same statement (RETURNING), so
# two processes never both get the last slot. Every right-hand side sees the row as it was before.
_GRANT = (
    "CASE WHEN rate_windows.taken >= ? THEN 0 WHEN rate_windows.taken + ? > ? THEN ? - rate_windows.taken ELSE ? END"
)
_TAKE_SLOTS = (
    "INSERT INTO rate_windows (window_start, scope, taken, last_grant) VALUES (?, ?, ?, ?) "
    f"ON CONFLICT (window_start, scope) DO UPDATE SET last_grant = {_GRANT}, taken = rate_windows.taken + {_GRANT} "
    "RETURNING taken, last_grant"
)


def _take_slots(
    db: Db, window_start: int, scope: str, want: int, cap: int, sweep_before: int | None = None
) -> tuple[int, int]:
    """Claim up to `want` answer slots of `scope` (e.g. 'global', or a server id) in the window
    starting at `window_start`, never letting the window's total pass `cap`: (slots granted, total
    handed out in the window now). `sweep_before`: also delete windows that started before it."""
    want, cap = max(0, int(want)), max(0, int(cap))
    grant = (cap, want, cap, cap, want)
    # fetchall: a RETURNING statement left unfinished would keep SQLite's write transaction open.
    first = min(want, cap)  # a new window's row
    rows = db.execute(_TAKE_SLOTS, (int(window_start), scope, first, first, *grant, *grant)).fetchall()
    taken, granted = rows[0]
    if sweep_before is not None:
        db.execute("DELETE FROM rate_windows WHERE window_start < ?", (int(sweep_before),))
    return int(granted), int(taken)


def _rate_window(db: Db, window_start: int) -> dict[str, int]:
    """scope -> slots handed out in one window (tests, diagnostics)."""
    rows = db.execute("SELECT scope, taken FROM rate_windows WHERE window_start = ?", (int(window_start),))
    return {scope: int(taken) for scope, taken in rows.fetchall()}
