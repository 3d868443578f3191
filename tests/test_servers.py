"""Per-server settings without Discord: the policy (bot.servers), the store on both backends
(SQLite, and PostgreSQL for the tests marked postgres), and what the service does with them."""

from __future__ import annotations

import dataclasses

import pytest
import pytest_asyncio

from bot import servers
from bot.config import Config
from bot.engine import Engine, i18n
from bot.service import FaqService
from bot.store import ServerSettings

GUILD_A = 712_345_678_901_234_567  # snowflakes are larger than 32 bits
GUILD_B = 712_345_678_901_234_999
CHANNELS_A = {812_345_678_901_234_001, 812_345_678_901_234_002}
CHANNELS_B = {912_345_678_901_234_001}


def with_defaults(config: Config, *, passive=(), store_text=False) -> Config:
    return dataclasses.replace(
        config,
        discord=dataclasses.replace(config.discord, passive_channel_ids=tuple(passive)),
        privacy=dataclasses.replace(config.privacy, store_unanswered_text=store_text),
    )


# -- the policy -----------------------------------------------------------------------------------


def test_a_servers_own_choices_win_over_the_config_defaults(config):
    one, two = sorted(CHANNELS_A)
    base = with_defaults(config, passive=(one,), store_text=True)
    defaults = servers.effective(base, ServerSettings(GUILD_A))
    assert (defaults.passive_channel_ids, defaults.fact_channel_id, defaults.fact_time) == ((one,), 0, "09:00")
    assert (defaults.language, defaults.show_ctas, defaults.store_question_text) == ("auto", True, True)
    assert defaults.own == frozenset() and defaults.forced_language is None

    own = ServerSettings(GUILD_A, (two,), one, "18:30", "fa", False, False)
    chosen = servers.effective(base, own)
    assert (chosen.passive_channel_ids, chosen.fact_channel_id, chosen.fact_time) == ((two,), one, "18:30")
    assert (chosen.language, chosen.show_ctas, chosen.store_question_text) == ("fa", False, False)
    assert chosen.forced_language == "fa" and "show_ctas" in chosen.own
    # An empty list of its own is a choice too: passive mode nowhere in that server.
    assert servers.effective(base, ServerSettings(GUILD_A, passive_channel_ids=())).passive_channel_ids == ()


def test_a_server_can_opt_out_of_text_storage_but_never_switch_it_on(config):
    for operator in (False, True):
        base = with_defaults(config, store_text=operator)
        out = servers.set_question_text(ServerSettings(GUILD_A), keep=False)
        assert servers.effective(base, out).store_question_text is False
        back = servers.set_question_text(out, keep=True)
        assert back.store_question_text is None  # the default again, not "on"
        assert servers.effective(base, back).store_question_text is operator
        # Even a row written by hand saying "store" stores nothing the operator does not allow.
        forced = ServerSettings(GUILD_A, store_question_text=True)
        assert servers.effective(base, forced).store_question_text is operator


@pytest.mark.parametrize(
    "text, expected",
    [("09:00", "09:00"), ("9:05", "09:05"), (" 23:59 ", "23:59"), ("00:00", "00:00")],
)
def test_times_are_24_hour_utc(text, expected):
    assert servers.parse_time(text) == expected


@pytest.mark.parametrize("text", ["24:00", "9", "09:60", "noon", "", "09:00 PM", "١٢:٠٠", "09:00\u200b", "x" * 4000])
def test_a_bad_time_says_what_to_type_and_quotes_little(text):
    with pytest.raises(servers.SettingError, match="HH:MM in UTC") as caught:
        servers.set_fact(ServerSettings(GUILD_A), CHANNELS_A, channel_id=None, time=text)
    assert len(str(caught.value)) < 200 and "\n" not in str(caught.value)


def test_languages_are_auto_en_or_fa():
    assert [servers.check_language(v) for v in ("auto", "EN", " fa ")] == ["auto", "en", "fa"]
    with pytest.raises(servers.SettingError, match="auto, en, fa"):
        servers.check_language("de")


def test_channels_must_belong_to_the_server(config):
    theirs = next(iter(CHANNELS_B))
    with pytest.raises(servers.SettingError, match="not one of this server's channels"):
        servers.set_passive(config, ServerSettings(GUILD_A), theirs, True, CHANNELS_A)
    with pytest.raises(servers.SettingError, match="not one of this server's channels"):
        servers.set_fact(ServerSettings(GUILD_A), CHANNELS_A, channel_id=theirs, time="10:00")
    ours = min(CHANNELS_A)
    assert servers.set_fact(ServerSettings(GUILD_A), CHANNELS_A, channel_id=ours, time=None).fact_channel_id == ours
    assert (
        servers.set_fact(ServerSettings(GUILD_A, fact_channel_id=ours), (), channel_id=0, time=None).fact_channel_id
        == 0
    )
    with pytest.raises(servers.SettingError, match="give a channel, a time"):
        servers.set_fact(ServerSettings(GUILD_A), CHANNELS_A, channel_id=None, time=None)


def test_the_first_passive_change_starts_from_the_config_channels_of_that_server_only(config):
    one, two = sorted(CHANNELS_A)
    theirs = next(iter(CHANNELS_B))
    base = with_defaults(config, passive=(one, theirs))
    changed = servers.set_passive(base, ServerSettings(GUILD_A), two, True, CHANNELS_A)
    assert changed.passive_channel_ids == (one, two)  # B's channel never enters A's list
    assert servers.set_passive(base, changed, one, False, CHANNELS_A).passive_channel_ids == (two,)
    many = ServerSettings(GUILD_A, passive_channel_ids=tuple(range(1, servers.MAX_PASSIVE_CHANNELS + 1)))
    with pytest.raises(servers.SettingError, match="at most"):
        servers.set_passive(base, many, one, True, CHANNELS_A | set(range(1, 30)))


def test_a_fact_of_the_day_is_a_utc_schedule_named_after_its_server(config):
    channel = min(CHANNELS_A)
    chosen = servers.effective(config, ServerSettings(GUILD_A, fact_channel_id=channel, fact_time="07:15"))
    schedule = servers.fact_schedule(chosen)
    assert schedule is not None
    assert (schedule.channel_id, schedule.times, schedule.timezone) == (channel, ("07:15",), "UTC")
    assert servers.fact_guild(schedule.name) == GUILD_A
    assert servers.fact_guild("fact-of-the-day") is None and servers.fact_guild("server-abc") is None
    assert servers.fact_schedule(servers.effective(config, ServerSettings(GUILD_A))) is None


def test_reset_forgets_every_choice():
    assert not servers.reset(ServerSettings(GUILD_A, (1,), 2, "10:00", "fa", False, False)).changed


# -- the store, on both backends -----------------------------------------------------------------


@pytest.mark.asyncio
async def test_settings_are_stored_by_server_id_only_and_the_version_moves(backend):
    store = backend.store(clock=lambda: 1_767_225_600.0)
    await store.open()
    try:
        assert await store.server_settings(GUILD_A) == ServerSettings(GUILD_A)
        assert await store.all_server_settings() == ("0", [])
        a = ServerSettings(GUILD_A, (max(CHANNELS_A), min(CHANNELS_A)), min(CHANNELS_A), "18:30", "fa", False, False)
        b = ServerSettings(GUILD_B, language="en")
        await store.save_server_settings(a)
        await store.save_server_settings(b)
        assert await store.server_settings(GUILD_A) == a  # order of channels kept, 64-bit ids intact
        version, rows = await store.all_server_settings()
        assert rows == [a, b] and version == await store.server_settings_version() == "2"
        # A change replaces the row; back to every default deletes it.
        await store.save_server_settings(dataclasses.replace(a, show_ctas=None, passive_channel_ids=()))
        again = await store.server_settings(GUILD_A)
        assert again.show_ctas is None and again.passive_channel_ids == () and again.language == "fa"
        await store.save_server_settings(ServerSettings(GUILD_B))
        assert (await store.table_counts())["server_settings"] == 1
        assert await store.server_settings_version() == "4"
        assert await store.server_settings(GUILD_B) == ServerSettings(GUILD_B)
    finally:
        await store.close()
    # Another process (a new connection) sees the same.
    other = backend.store()
    await other.open()
    try:
        assert (await other.all_server_settings())[1] == [again]
    finally:
        await other.close()


# -- the service ----------------------------------------------------------------------------------


@pytest_asyncio.fixture
async def service(config: Config, engine: Engine, tmp_path):
    base = dataclasses.replace(
        with_defaults(config, store_text=True),
        paths=dataclasses.replace(config.paths, database=tmp_path / "db.sqlite3"),
    )
    svc = FaqService(base, engine)
    await svc.open()
    yield svc
    await svc.close()


def unanswered(engine: Engine) -> str:
    for text in ["what's the weather like in paris tomorrow", "recipe for chocolate cake", "zzqx vbnm qwrt"]:
        if not engine.ask(text).answered:
            return text
    raise AssertionError("every question matched something")


@pytest.mark.asyncio
async def test_opted_out_servers_questions_are_counted_without_text(service, engine):
    question = unanswered(engine)
    await service.change_server_settings(ServerSettings(GUILD_A, store_question_text=False))
    service.record(service.ask(question, guild_id=GUILD_A), guild_id=GUILD_A)
    service.record(service.ask(question + " again", guild_id=GUILD_B), guild_id=GUILD_B)
    await service.close()  # waits for the background writes
    await service.store.open()
    assert [q.question for q in await service.store.review_queue()] == [question + " again"]
    assert (await service.store.period_counts(1)).outcomes["none"] == 2


@pytest.mark.asyncio
async def test_a_forced_language_changes_the_reply_not_the_match(service, engine):
    entry = next(e for e in engine.kb.entries.values() if e.translation(i18n.FA) is not None)
    await service.change_server_settings(ServerSettings(GUILD_A, language="fa"))
    plain = service.ask(entry.question)
    forced = service.ask(entry.question, guild_id=GUILD_A)
    assert forced.entry == plain.entry and forced.result == plain.result
    assert (plain.lang, forced.lang) == ("en", "fa") and forced.answer == entry.translation(i18n.FA).answer
    assert service.ask(entry.question, guild_id=GUILD_B).lang == "en"


@pytest.mark.asyncio
async def test_calls_to_action_and_schedules_follow_the_servers(service, engine):
    entry = next(iter(engine.kb.entries.values()))
    shown = service.answer_ctas(entry, GUILD_A)
    await service.change_server_settings(ServerSettings(GUILD_A, show_ctas=False, fact_channel_id=5))
    assert service.answer_ctas(entry, GUILD_A) == () and service.answer_ctas(entry, GUILD_B) == shown
    assert [s.name for s in service.server_schedules()] == [f"server-{GUILD_A}"]
    await service.change_server_settings(ServerSettings(GUILD_A))
    assert service.servers == {} and service.server_schedules() == []


# -- two processes changing one server's settings at the same moment -------------------------------


@pytest.mark.asyncio
async def test_a_save_made_on_stale_settings_writes_nothing(backend):
    """Compare-and-set: a save that expects settings another process has changed since is refused."""
    first, other = backend.store(), backend.store()  # two processes' connections
    await first.open()
    await other.open()
    try:
        read = await first.server_settings(GUILD_A)  # nothing chosen yet
        assert await other.save_server_settings(ServerSettings(GUILD_A, language="fa"), expected=read)
        assert not await first.save_server_settings(ServerSettings(GUILD_A, show_ctas=False), expected=read)
        assert await first.server_settings(GUILD_A) == ServerSettings(GUILD_A, language="fa")
        now = await first.server_settings(GUILD_A)
        assert not await other.save_server_settings(ServerSettings(GUILD_A), expected=read)  # a stale reset
        assert await first.save_server_settings(dataclasses.replace(now, show_ctas=False), expected=now)
        assert await other.server_settings(GUILD_A) == ServerSettings(GUILD_A, language="fa", show_ctas=False)
        assert await first.save_server_settings(ServerSettings(GUILD_A), expected=await first.server_settings(GUILD_A))
        assert (await other.table_counts())["server_settings"] == 0
    finally:
        await first.close()
        await other.close()


def _changes(config: Config):
    one, two = sorted(CHANNELS_A)
    return {
        "language and calls to action": (
            lambda s: servers.set_language(s, "fa"),
            lambda s: servers.set_ctas(s, False),
            lambda got: got.language == "fa" and got.show_ctas is False,
        ),
        "two passive channels switched on": (
            lambda s: servers.set_passive(config, s, one, True, CHANNELS_A),
            lambda s: servers.set_passive(config, s, two, True, CHANNELS_A),
            lambda got: set(got.passive_channel_ids or ()) == {one, two},
        ),
        "fact of the day and question text": (
            lambda s: servers.set_fact(s, CHANNELS_A, channel_id=one, time="18:30"),
            lambda s: servers.set_question_text(s, keep=False),
            lambda got: (got.fact_channel_id, got.fact_time, got.store_question_text) == (one, "18:30", False),
        ),
    }


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "pair", ["language and calls to action", "two passive channels switched on", "fact of the day and question text"]
)
async def test_two_admins_changing_settings_at_once_through_two_processes_both_keep_their_change(
    backend, config, engine, pair
):
    """Two processes (here two threads, each with its own service and connection) both read the
    server's settings before either saves: the one that saves second must not put back what it read."""
    import asyncio
    import threading

    base = with_defaults(config, store_text=True)
    make_a, make_b, both_kept = _changes(base)[pair]
    read_both = threading.Barrier(2, timeout=30)

    def process(make) -> ServerSettings:
        calls = []

        def change(stored: ServerSettings) -> ServerSettings:
            calls.append(stored)
            if len(calls) == 1:
                read_both.wait()  # the other process has read the same settings too
            return make(stored)

        async def main() -> ServerSettings:
            service = FaqService(base, engine, store=backend.store())
            await service.open()
            try:
                _, new = await service.update_server_settings(GUILD_A, change)
                return new
            finally:
                await service.close()

        return asyncio.run(main())

    results: list = [None, None]

    def run(i, make):
        try:
            results[i] = process(make)
        except BaseException as exc:  # shown by the assertion below
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i, make)) for i, make in enumerate((make_a, make_b))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert all(isinstance(r, ServerSettings) for r in results), results

    store = backend.store()
    await store.open()
    try:
        got = await store.server_settings(GUILD_A)
    finally:
        await store.close()
    assert both_kept(got), got
