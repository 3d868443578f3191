"""The on-disk index cache: the same answers as a fresh build, and never needed for correctness."""

from __future__ import annotations

import madeup
import pytest

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


@pytest.fixture(scope="module")
def fresh(engine) -> list[dict]:
    """The answers of a fresh build of the shipped FAQ, without any cache: the session's engine
    (tests/conftest.py), built so, instead of a build of the same files in each test."""
    return answers(engine)


def test_an_engine_read_from_the_cache_answers_exactly_like_a_fresh_build(config, tmp_path, fresh):
    kb = load_knowledge(config.paths.knowledge, config.paths.seeds)
    first = Engine.build(kb, config.matching, cache_dir=tmp_path)  # builds and saves
    assert len(list(tmp_path.glob("index-*.pickle"))) == 1
    second = Engine.build(kb, config.matching, cache_dir=tmp_path)  # reads
    assert answers(second) == fresh == answers(first)


def test_a_corrupt_cache_file_is_ignored_and_replaced(config, tmp_path, fresh):
    kb = load_knowledge(config.paths.knowledge, config.paths.seeds)
    key = cache.cache_key(cache.index_version(kb), config.matching)
    (tmp_path / f"index-{key}.pickle").write_bytes(b"not a pickle")
    engine = Engine.build(kb, config.matching, cache_dir=tmp_path)
    assert answers(engine) == fresh
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


def test_an_unwritable_cache_folder_costs_speed_not_answers(config, tmp_path, fresh):
    kb = load_knowledge(config.paths.knowledge, config.paths.seeds)
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder should be")
    engine = Engine.build(kb, config.matching, cache_dir=blocked / "cache")
    assert answers(engine) == fresh


# -- the checked FAQ (a read-only load skips reading and checking unchanged files) ---------------


def copy_faq(config, tmp_path):
    import shutil

    knowledge, seeds = tmp_path / "knowledge", tmp_path / "seeds"
    shutil.copytree(config.paths.knowledge, knowledge)
    shutil.copytree(config.paths.seeds, seeds)
    return knowledge, seeds


def read_only(knowledge, seeds, config, cache_dir):
    from bot.engine import load_engine

    return load_engine(
        knowledge, seeds, config.matching, cta_ids=config.outreach.cta_ids, check_collisions=False, cache_dir=cache_dir
    )


def test_unchanged_files_are_not_read_and_checked_again(config, tmp_path, monkeypatch):
    from bot.engine import engine as engine_module

    knowledge, seeds = copy_faq(config, tmp_path)
    first = read_only(knowledge, seeds, config, tmp_path / "cache")
    assert (tmp_path / "cache" / cache.CHECKED_FILE).exists()

    def not_again(*args, **kwargs):
        raise AssertionError("the files were read and checked again")

    monkeypatch.setattr(engine_module, "load_knowledge_collecting", not_again)
    second = read_only(knowledge, seeds, config, tmp_path / "cache")
    assert second.kb.version == first.kb.version and answers(second) == answers(first)


def test_any_changed_file_is_read_and_checked_again(config, tmp_path):
    from bot.engine import KnowledgeError

    knowledge, seeds = copy_faq(config, tmp_path)
    cache_dir = tmp_path / "cache"
    before = read_only(knowledge, seeds, config, cache_dir)
    entry = next(p for p in sorted(knowledge.glob("*.yaml")) if not p.name.startswith("_"))
    original = entry.read_text(encoding="utf-8")
    entry.write_text(original + "\n# a comment changes the bytes, not the FAQ's content\n", encoding="utf-8")
    assert read_only(knowledge, seeds, config, cache_dir).kb.version != before.kb.version
    # A source text edited so that a quote no longer matches it: the problem is reported, never
    # hidden by the cache.
    text = next(seeds.glob("*.txt"))
    text.write_text("Nothing of what the entries quote.\n", encoding="utf-8")
    with pytest.raises(KnowledgeError):
        read_only(knowledge, seeds, config, cache_dir)
    # A new entry file with a problem of its own.
    text.unlink()
    copy = copy_faq(config, tmp_path / "again")
    knowledge, seeds = copy
    read_only(knowledge, seeds, config, cache_dir)
    (knowledge / "broken.yaml").write_text("id: broken\nquestion: [unclosed\n", encoding="utf-8")
    with pytest.raises(KnowledgeError):
        read_only(knowledge, seeds, config, cache_dir)


def test_a_corrupt_checked_faq_file_is_ignored(config, tmp_path):
    knowledge, seeds = copy_faq(config, tmp_path)
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    (cache_dir / cache.CHECKED_FILE).write_bytes(b"not a pickle")
    engine = read_only(knowledge, seeds, config, cache_dir)
    assert answers(engine) == answers(Engine.build(load_knowledge(knowledge, seeds), config.matching))
    fingerprint = cache.checked_fingerprint(knowledge, seeds, config.outreach.cta_ids)
    assert fingerprint is not None and cache.load_checked(cache_dir, fingerprint) is not None  # rewritten


def test_a_file_changed_while_the_files_are_read_is_read_again_next_time(config, tmp_path, monkeypatch):
    """The fingerprint is taken before the files are read: an edit landing meanwhile never leaves
    the FAQ as it was before the edit kept under the files as they are after it."""
    from bot.engine import engine as engine_module

    knowledge, seeds = copy_faq(config, tmp_path)
    entry = next(p for p in sorted(knowledge.glob("*.yaml")) if not p.name.startswith("_"))
    original = entry.read_text(encoding="utf-8")
    loading = engine_module.load_knowledge_collecting

    def edited_meanwhile(*args, **kwargs):
        found = loading(*args, **kwargs)  # the FAQ as it was read...
        entry.write_text(original + "\n# ...and an edit right after\n", encoding="utf-8")
        return found

    monkeypatch.setattr(engine_module, "load_knowledge_collecting", edited_meanwhile)
    before = read_only(knowledge, seeds, config, tmp_path / "cache")
    monkeypatch.setattr(engine_module, "load_knowledge_collecting", loading)
    after = read_only(knowledge, seeds, config, tmp_path / "cache")
    assert after.kb.version != before.kb.version  # the edit is served, not the FAQ read before it


def test_a_changed_source_attribution_is_never_read_from_an_old_index(config, tmp_path):
    """What an entry covers (scope/) is read from its quotes' attributions too, which come from
    the source's metadata in seeds/, not from the entry files the FAQ version hashes: a corrected
    attribution must not leave the old coverage in the cached index (a full answer to a question
    the sources no longer cover)."""
    knowledge, seeds = madeup.copy_island(tmp_path)
    meta = seeds / "field-notes.yaml"
    meta.write_text(
        meta.read_text().replace("keeper: The lighthouse keeper", "keeper: The lighthouse keeper, in Tasmania")
    )
    question = "does it mention Tasmania"
    cache_dir = tmp_path / "cache"
    kb = load_knowledge(knowledge, seeds)
    assert (
        Engine.build(kb, config.matching, cache_dir=cache_dir).scope.check(question, "lighthouse").scope.value == "full"
    )
    meta.write_text(meta.read_text().replace(", in Tasmania", ""))  # the attribution corrected
    kb = load_knowledge(knowledge, seeds)
    assert Engine.build(kb, config.matching).scope.check(question, "lighthouse").scope.value == "partial"
    cached = Engine.build(kb, config.matching, cache_dir=cache_dir)
    assert cached.scope.check(question, "lighthouse").scope.value == "partial"


def test_an_edited_word_list_never_reads_an_index_built_with_the_old_one(tmp_path, monkeypatch):
    """The index is built with the engine's word lists too (data/fa-synonyms.txt reads
    "دغدغه" as "نگرانی" in every phrasing): an edited list rebuilds it, as edited code does."""
    (tmp_path / "data").mkdir()
    (tmp_path / "engine.py").write_text("x = 1\n", encoding="utf-8")
    words = tmp_path / "data" / "fa-synonyms.txt"
    words.write_text("نگرانی = دغدغه\n", encoding="utf-8")
    monkeypatch.setattr(cache, "_ENGINE_DIR", tmp_path)
    fingerprint = cache._code_fingerprint.__wrapped__
    before = fingerprint()
    words.write_text("نگرانی = دغدغه, نگرانیها\n", encoding="utf-8")
    assert fingerprint() != before


def test_a_deleted_cache_folder_is_made_again_with_the_same_answers(config, tmp_path, fresh):
    import shutil

    kb = load_knowledge(config.paths.knowledge, config.paths.seeds)
    folder = tmp_path / "cache"
    first = answers(Engine.build(kb, config.matching, cache_dir=folder))
    shutil.rmtree(folder)  # "safe to delete"
    again = Engine.build(kb, config.matching, cache_dir=folder)
    assert answers(again) == first == fresh
    assert len(list(folder.glob("index-*.pickle"))) == 1
