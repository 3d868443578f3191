"""The on-disk index cache: the same answers as a fresh build, and never needed for correctness."""

from __future__ import annotations

from bot.engine import Engine, cache, load_knowledge

QUESTIONS = [
    "how many people has iran executed",
    "how many teachers were executed",
    "who signed the letter",
    "\u0686\u0646\u062f \u0646\u0641\u0631 \u0627\u0639\u062f\u0627\u0645 \u0634\u062f\u0646\u062f",
    "what is the weather in paris",
    "why?",
    "chand nafar edam shodan?",
    "nameh ro ki neveshte",
]


def answers(engine: Engine) -> list[dict]:
    return [engine.ask(q).to_json() for q in QUESTIONS]


def test_an_engine_read_from_the_cache_answers_exactly_like_a_fresh_build(config, tmp_path):
    kb = load_knowledge(config.paths.knowledge, config.paths.seeds)
    fresh = Engine.build(kb, config.matching)
    first = Engine.build(kb, config.matching, cache_dir=tmp_path)  # builds and saves
    assert len(list(tmp_path.glob("index-*.pickle"))) == 1
    second = Engine.build(kb, config.matching, cache_dir=tmp_path)  # reads
    assert answers(second) == answers(fresh) == answers(first)


def test_a_corrupt_cache_file_is_ignored_and_replaced(config, tmp_path):
    kb = load_knowledge(config.paths.knowledge, config.paths.seeds)
    key = cache.cache_key(kb.version, config.matching)
    (tmp_path / f"index-{key}.pickle").write_bytes(b"not a pickle")
    engine = Engine.build(kb, config.matching, cache_dir=tmp_path)
    assert answers(engine) == answers(Engine.build(kb, config.matching))
    assert cache.load(tmp_path, key) is not None  # rewritten


def test_another_faq_version_or_setting_never_reads_an_old_index(config, tmp_path):
    import dataclasses

    kb = load_knowledge(config.paths.knowledge, config.paths.seeds)
    other = dataclasses.replace(config.matching, bigram_weight=0.25)
    assert cache.cache_key(kb.version, config.matching) != cache.cache_key(kb.version, other)
    assert cache.cache_key(kb.version, config.matching) != cache.cache_key("another", config.matching)
    Engine.build(kb, config.matching, cache_dir=tmp_path)
    Engine.build(kb, other, cache_dir=tmp_path)
    assert len(list(tmp_path.glob("index-*.pickle"))) == 1  # the stale one is removed


def test_an_unwritable_cache_folder_costs_speed_not_answers(config, tmp_path):
    kb = load_knowledge(config.paths.knowledge, config.paths.seeds)
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder should be")
    engine = Engine.build(kb, config.matching, cache_dir=blocked / "cache")
    assert answers(engine) == answers(Engine.build(kb, config.matching))
