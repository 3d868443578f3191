"""The application's policy without Discord: what is counted, queued and kept, votes, swaps."""

from __future__ import annotations

import asyncio
import dataclasses

import madeup
import pytest
import pytest_asyncio

from bot.config import Config
from bot.engine import Engine
from bot.service import FaqService
from bot.store import ReviewReason, VoteOutcome

pytestmark = pytest.mark.asyncio


def make_config(config: Config, tmp_path, *, text: bool, backend=None) -> Config:
    """A temporary store: the SQLite file, or (backend.kind == 'postgres') a PostgreSQL database."""
    url = backend.where if backend is not None and backend.kind == "postgres" else ""
    return dataclasses.replace(
        config,
        database=dataclasses.replace(config.database, url=url),
        paths=dataclasses.replace(config.paths, database=tmp_path / "db.sqlite3"),
        privacy=dataclasses.replace(config.privacy, store_unanswered_text=text, secret_file=tmp_path / "secret"),
        moderation=dataclasses.replace(config.moderation, audit_log=tmp_path / "audit.sqlite3"),
    )


@pytest_asyncio.fixture
async def service(config: Config, engine: Engine, tmp_path, backend):
    svc = FaqService(make_config(config, tmp_path, text=True, backend=backend), engine)
    await svc.open()
    yield svc
    await svc.close()


async def settle(svc: FaqService) -> None:
    await svc.close()  # waits for the background writes
    await svc.store.open()


async def test_an_answer_is_counted_and_not_queued(service):
    reply = service.ask("how many people has iran executed")
    assert reply.answered and reply.scope == "full"
    service.record(reply, message_id=1)
    await settle(service)
    assert (await service.store.entry_stats("executions"))[0] == 1
    assert await service.store.review_queue() == []


async def test_unanswered_and_partial_questions_are_queued_with_their_reason(service):
    for question in ("what is the weather in paris tomorrow", "how many journalists are detained in iran"):
        service.record(service.ask(question))
    await settle(service)
    queued = {q.question: q.outcome for q in await service.store.review_queue()}
    assert queued["how many journalists are detained in iran"] == ReviewReason.PARTIAL
    assert queued["what is the weather in paris tomorrow"] in (ReviewReason.NONE, ReviewReason.SUGGEST)


async def test_a_question_disclosing_personal_risk_is_never_kept(service):
    service.record(service.ask("my brother was arrested last week, how many people are detained"))
    await settle(service)
    assert await service.store.review_queue() == []


async def test_with_text_storage_off_only_counts_are_kept(config, engine, tmp_path, backend):
    svc = FaqService(make_config(config, tmp_path, text=False, backend=backend), engine)
    await svc.open()
    svc.record(svc.ask("what is the weather in paris tomorrow"))
    svc.record(svc.ask("how many journalists are detained in iran"))
    await svc.close()
    await svc.store.open()
    assert await svc.store.review_queue() == []
    counts = await svc.store.period_counts(1)
    assert sum(counts.outcomes.values()) >= 1
    await svc.close()


async def test_passive_mode_records_nothing(service):
    service.record(service.ask("what is the weather in paris tomorrow"), keep_text=False)
    await settle(service)
    assert await service.store.review_queue() == []
    assert sum((await service.store.period_counts(1)).outcomes.values()) == 0


async def test_only_a_confident_full_answer_is_posted_where_nobody_asked(service):
    confident = service.ask("how many people has iran executed")
    assert confident.answered and service.fit_to_post_unasked(confident)
    partial = service.ask("how many journalists are detained in iran")
    assert partial.answered and partial.partial and not service.fit_to_post_unasked(partial)
    assert not service.fit_to_post_unasked(service.ask("what is the weather in paris tomorrow"))
    # The stricter of discord.passive_threshold and matching.answer_threshold applies.
    strict = dataclasses.replace(
        service.config,
        discord=dataclasses.replace(service.config.discord, passive_threshold=confident.result.score + 0.1),
    )
    service.config = strict
    assert not service.fit_to_post_unasked(confident)


async def test_where_nobody_asked_a_question_needs_the_answer_threshold_of_its_own_language(service):
    # As `ask` decides with each language's own answer threshold (matching.language_thresholds),
    # so does passive mode: a Persian or Finglish answer is held to the Persian or Finglish one,
    # whatever the English one is, and an English answer to the English one.
    persian = service.ask("ایران چند نفر را اعدام کرده است؟")
    english = service.ask("how many people has iran executed")
    assert persian.answered and english.answered

    def thresholds(en: float, fa: float):
        matching = dataclasses.replace(
            service.config.matching,
            answer_threshold=en,
            language_thresholds={"fa": {"answer_threshold": fa}, "fa-Latn": {"answer_threshold": fa}},
        )
        discord = dataclasses.replace(service.config.discord, passive_threshold=0.0)
        service.config = dataclasses.replace(service.config, matching=matching, discord=discord)

    thresholds(en=persian.result.score + 1, fa=persian.result.score - 1)
    assert service.fit_to_post_unasked(persian)
    thresholds(en=persian.result.score - 1, fa=persian.result.score + 1)
    assert not service.fit_to_post_unasked(persian)
    thresholds(en=english.result.score + 1, fa=english.result.score - 1)
    assert not service.fit_to_post_unasked(english)
    # the language the question is written in, not the server's reply language set on the reply
    forced = dataclasses.replace(persian, question_language="en")
    thresholds(en=persian.result.score + 1, fa=persian.result.score - 1)
    assert service.fit_to_post_unasked(forced)
    # and discord.passive_threshold, when stricter, still applies to every language
    service.config = dataclasses.replace(
        service.config, discord=dataclasses.replace(service.config.discord, passive_threshold=100.0)
    )
    assert not service.fit_to_post_unasked(persian)


async def test_a_not_helpful_vote_queues_the_question_once(service):
    reply = service.ask("who signed the letter")
    service.record(reply, message_id=42)
    assert await service.vote("who-signed", 7, False, 42) is VoteOutcome.NEW
    assert await service.vote("who-signed", 7, False, 42) is VoteOutcome.SAME
    await settle(service)
    queued = await service.store.review_queue()
    assert [(q.question, q.outcome) for q in queued] == [("who signed the letter", ReviewReason.NOT_HELPFUL)]


async def test_a_follow_up_refers_to_the_last_answer_in_the_same_conversation_only(service):
    alice = service.conversation_key(1, 10)
    bob = service.conversation_key(2, 10)
    assert service.ask("how many people has iran executed", alice).answered
    why = service.ask("why?", alice)
    assert why.kind == "followup" and why.entry.id == "executions"
    assert service.ask("why?", bob).kind == "help"


async def test_an_older_faq_never_replaces_a_newer_one(service, engine):
    assert service.swap(engine, 2)
    assert not service.swap(engine, 1)
    assert service.generation == 2


async def test_none_of_these_and_a_pick_follow_the_storage_policy(service):
    suggest = "resolution"
    reply = service.ask(suggest)
    assert reply.kind == "suggest"
    service.record(reply, message_id=10)
    service.record(service.ask(suggest), message_id=11)
    assert service.none_of_these(10) is True and service.none_of_these(10) is False  # once
    assert service.picked(11, "not-offered") is False
    assert service.picked(11, reply.result.suggestions[0]) is True
    risky = service.ask("my number is 0912 123 4567, resolution?")
    service.record(risky, message_id=12)
    assert service.none_of_these(12) is False  # personal data: nothing was kept to send
    await settle(service)
    assert [(q.question, q.outcome) for q in await service.store.review_queue()] == [(suggest, "none_of_these")]
    assert [(s.phrasing, s.entry_id) for s in await service.store.suggested_phrasings()] == [
        (suggest, reply.result.suggestions[0])
    ]


async def test_none_of_these_pressed_before_the_did_you_mean_was_stored_queues_it_once(service, monkeypatch):
    """A slow write (a busy pool of connections) must not let "None of these" land first and
    leave the question queued twice, once as "did you mean" and once as "none of these"."""
    store_write = service.store.record_unanswered

    async def slow(*args, **kwargs):
        await asyncio.sleep(0.2)
        return await store_write(*args, **kwargs)

    monkeypatch.setattr(service.store, "record_unanswered", slow)
    reply = service.ask("resolution")
    service.record(reply, message_id=20)
    assert service.none_of_these(20) is True
    await settle(service)
    assert [(q.question, q.outcome) for q in await service.store.review_queue()] == [("resolution", "none_of_these")]


async def test_with_text_storage_off_none_of_these_keeps_nothing(config, engine, tmp_path):
    svc = FaqService(make_config(config, tmp_path, text=False), engine)
    await svc.open()
    svc.record(svc.ask("resolution"), message_id=1)
    assert svc.none_of_these(1) is False and svc.picked(1, "who-signed") is False
    await svc.close()


async def test_an_edit_through_one_process_is_served_by_every_process(config, tmp_path, small_kb, backend):
    """Two processes (two services, each with its own store connection) share the store and the
    FAQ folder: an edit made through one is served by the other at its next check."""
    from bot.engine import load_engine

    knowledge, seeds = small_kb
    shared = make_config(config, tmp_path, text=False, backend=backend)
    shared = dataclasses.replace(shared, paths=dataclasses.replace(shared.paths, knowledge=knowledge, seeds=seeds))
    engine = load_engine(knowledge, seeds, shared.matching)
    one, other = FaqService(shared, engine), FaqService(shared, engine)
    await one.open()
    await other.open()
    question = "do volcanoes ever go quiet for a really long time before waking"
    before = one.engine.kb.version
    assert not await other.follow_store_version()  # nothing changed: nothing reloaded

    await one.apply(one.editor.add_phrasing, "volcano", question, who="test")
    await asyncio.wait(list(one._background))  # the version is written after the swap
    assert one.engine.kb.version != before and other.engine.kb.version == before
    assert await other.follow_store_version()
    assert other.engine.kb.version == one.engine.kb.version
    assert other.ask(question).entry.id == "volcano"
    assert not await other.follow_store_version()  # served now: the next check does nothing
    await one.close()
    await other.close()


async def test_review_groups_the_queue_and_stats_count_the_answers(service):
    """What moderators read (`faqbot review`, `faqbot stats`) comes from the service too."""
    service.record(service.ask("how many people has iran executed"), message_id=1)
    for _ in range(2):
        service.record(service.ask("what is the weather in paris tomorrow"))
    await settle(service)
    groups = await service.review(limit=50)
    weather = next(g for g in groups if "weather" in g.question)
    assert weather.count == 2
    report = await service.stats(1)
    by_id = {e.entry_id: e for e in report.entries}
    assert by_id["executions"].answers == 1 and set(by_id) == set(service.engine.kb.entries)
    assert report.answered == 1 and report.asked == 3
    assert await service.dismiss(weather) == 2
    assert not any("weather" in g.question for g in await service.review(limit=50))


# -- the rate caps, held across every process sharing the store ------------------------------------

MINUTE = 1_767_225_600.0  # 2026-01-01 00:00 UTC: a rate window starts here
GUILD, OTHER_GUILD = 812_345_678_901_234_567, 812_345_678_901_234_999


class Wall:
    """The UTC time both services' limits read (processes on one host share it)."""

    def __init__(self) -> None:
        self.t = MINUTE + 1

    def __call__(self) -> float:
        return self.t


async def capped_services(config: Config, engine: Engine, tmp_path, backend, wall: Wall, **limits):
    """Two services (two processes) on one store, with these `limits:`."""
    base = make_config(config, tmp_path, text=False, backend=backend)
    off = {"server_questions_per_minute": 0, "global_questions_per_minute": 0, "auto_block_after": 0}
    base = dataclasses.replace(base, limits=dataclasses.replace(base.limits, **{**off, **limits}))
    services = [FaqService(base, engine), FaqService(base, engine)]
    for svc in services:
        await svc.open()
        svc.limits._wall = wall
    return services


async def test_two_processes_together_answer_no_more_than_the_caps(config, engine, tmp_path, backend):
    wall = Wall()
    a, b = await capped_services(
        config, engine, tmp_path, backend, wall, server_questions_per_minute=20, global_questions_per_minute=30
    )
    # One busy server asks through both processes in turn: 20 answers between them, not 20 each.
    verdicts = [await svc.admit(f"user{i}", GUILD) for i in range(25) for svc in (a, b)]
    answered = sum(v.allowed for v in verdicts)
    assert 20 - 2 * 2 < answered <= 20  # at most the cap; short of it by at most one batch (2) per process
    assert {v.reason for v in verdicts if not v.allowed} == {"server_rate"}
    assert [v.first_refusal for v in verdicts if not v.allowed].count(True) == 2  # one notice per process
    # Another server, and direct messages, count towards the global cap with the first server.
    more = [await svc.admit(f"other{i}", guild) for i in range(15) for svc in (a, b) for guild in (OTHER_GUILD, None)]
    assert answered + sum(v.allowed for v in more) <= 30
    assert "global_rate" in {v.reason for v in more}
    taken = await a.store.rate_window(int(MINUTE))
    assert taken["global"] <= 30 and taken[str(GUILD)] <= 20
    wall.t += 60  # the next minute: answered again, by either process
    assert (await a.admit("user0", GUILD)).allowed and (await b.admit("user1", GUILD)).allowed
    for svc in (a, b):
        await svc.close()


async def test_far_from_the_cap_a_process_asks_the_store_once_per_batch(config, engine, tmp_path, backend):
    wall = Wall()
    svc, other = await capped_services(config, engine, tmp_path, backend, wall, global_questions_per_minute=600)
    await other.close()
    calls = []
    take = svc.store.take_rate_slots

    async def counted(*args, **kwargs):
        calls.append(args)
        return await take(*args, **kwargs)

    svc.store.take_rate_slots = counted  # type: ignore[method-assign]
    assert all([(await svc.admit(f"user{i}", None)).allowed for i in range(120)])
    assert len(calls) == 2  # 120 answers, slots claimed 60 at a time (a tenth of the cap)
    await svc.close()


async def test_a_store_that_fails_never_stops_answers_and_the_process_counts_alone(
    config, engine, tmp_path, backend, caplog
):
    wall = Wall()
    a, b = await capped_services(config, engine, tmp_path, backend, wall, server_questions_per_minute=3)
    await b.store.close()  # b's store fails: b counts alone, as every process did before
    verdicts = [await b.admit(f"user{i}", GUILD) for i in range(5)]
    assert [v.allowed for v in verdicts] == [True, True, True, False, False]
    assert "this process counts alone" in caplog.text
    await a.close()


async def test_the_engine_served_is_prepared_and_frozen_only_in_the_serving_process(config, tmp_path, monkeypatch):
    """What the first questions would make is made before serving; the garbage collector is kept
    off the served objects (gc.freeze) only once the serving process asks for it (`faqbot run`)."""
    import bot.service as service_module

    calls: list[str] = []
    monkeypatch.setattr(service_module.gc, "freeze", lambda: calls.append("freeze"))
    monkeypatch.setattr(service_module.gc, "collect", lambda *a: calls.append("collect") or 0)
    monkeypatch.setattr(service_module, "_FREEZE_SERVED", False)
    made_up = madeup.island(config.matching)
    assert "_faq_keys" not in made_up.__dict__  # made on the first greeting, unless prepared
    FaqService(make_config(config, tmp_path, text=False), made_up, serving=False)  # faqbot review, stats
    assert "_faq_keys" not in made_up.__dict__
    svc = FaqService(make_config(config, tmp_path, text=False), made_up)
    assert "_faq_keys" in made_up.__dict__ and calls == []
    other = madeup.island(config.matching)
    svc.swap(other, 1)
    assert "_faq_keys" in other.__dict__ and calls == []
    service_module.freeze_served_objects()
    assert calls == ["collect", "freeze"]
    svc.swap(made_up, 2)
    assert calls == ["collect", "freeze", "collect", "freeze"]


async def test_garbage_made_while_serving_is_still_collected_after_a_reload(config, tmp_path, monkeypatch):
    """gc.freeze on every swap kept whatever reference cycles were garbage at that moment frozen,
    never collected: one lot more leaked on every reload of a long-running bot."""
    import gc
    import weakref

    import bot.service as service_module

    def made_up():
        return madeup.island(config.matching)

    class Node:
        pass

    monkeypatch.setattr(service_module, "_FREEZE_SERVED", False)
    svc = FaqService(make_config(config, tmp_path, text=False), made_up())
    try:
        service_module.freeze_served_objects()
        a, b = Node(), Node()
        a.other, b.other = b, a  # a reference cycle, garbage once dropped
        cycle = weakref.ref(a)
        del a, b
        svc.swap(made_up(), 1)
        gc.collect()
        assert cycle() is None
    finally:
        gc.unfreeze()
