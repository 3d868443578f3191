"""The shipped FAQ validates, and each kind of mistake is reported as file:line: entry: message."""

from __future__ import annotations

import re
from pathlib import Path

from bot.engine import validate
from bot.engine.knowledge import MAX_ANSWER_CHARS, MIN_PHRASINGS

LINE = re.compile(r"^(?P<path>.+\.ya?ml):(?P<line>\d+): (?P<entry>[\w-]+): (?P<msg>.+)$")


def problems_for(knowledge: Path, seeds: Path, config) -> list[str]:
    engine, problems = validate(knowledge, seeds, config.matching)
    assert (engine is None) == bool(problems)
    return [str(p) for p in problems]


def test_shipped_faq_validates(config):
    assert problems_for(config.paths.knowledge, config.paths.seeds, config) == []


def test_shipped_faq_has_enough_entries_phrasings_and_short_answers(engine):
    assert 15 <= len(engine.kb) <= 25
    for entry in engine.kb.entries.values():
        assert len(entry.phrasings) >= MIN_PHRASINGS, entry.id
        assert len(entry.answer) <= MAX_ANSWER_CHARS, entry.id
        assert entry.quotes, entry.id
        assert entry.path.name == f"{entry.id}.yaml"


def test_every_quote_shown_is_the_sources_own_text(engine, config):
    seed = (config.paths.seeds / "iran-un-letter-report.txt").read_text(encoding="utf-8")
    paragraphs = seed.splitlines()
    for entry in engine.kb.entries.values():
        for quote in entry.quotes:
            assert seed[quote.start : quote.end] == quote.text
            assert quote.text in paragraphs[quote.paragraph - 1]


def test_quotes_keep_who_said_it_apart_from_who_reported_it(engine):
    for entry in engine.kb.entries.values():
        for quote in entry.quotes:
            assert quote.attribution != quote.source.title
    bahreini = [q for e in engine.kb.entries.values() for q in e.quotes if q.speaker == "bahreini"]
    assert bahreini and all("Raha Bahreini" in q.attribution and "Radio Farda" in q.attribution for q in bahreini)


def test_the_whole_letter_is_reachable(engine):
    """Every sentence of the seed is quoted somewhere, or its key words are in some answer."""
    quoted = {(q.paragraph) for e in engine.kb.entries.values() for q in e.quotes}
    assert quoted == set(range(1, 11))
    answers = " ".join(e.answer for e in engine.kb.entries.values()).lower()
    for fact in [
        "34",
        "general assembly",
        "november 7",
        "440",
        "2017",
        "amnesty",
        "radio farda",
        "visas",
        "special rapporteurs",
        "nonbinding",
        "ashamed",
        "strong signal",
        "treaty obligations",
        "voluntary pledges",
        "rouhani",
        "re-election",
        "trade unionists",
        "journalists",
        "environmental",
        "independent monitoring",
        "women",
        "minorities",
        "arbitrar",
    ]:
        assert fact in answers, fact


def _problem(lines: list[str], needle: str) -> re.Match:
    for line in lines:
        m = LINE.match(line)
        assert m, f"not in file:line: entry: message form: {line}"
        if needle in m["msg"]:
            return m
    raise AssertionError(f"no problem mentioning {needle!r} in {lines}")


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_yaml_syntax_error_names_the_line(kb_copy, config):
    knowledge, seeds = kb_copy
    path = knowledge / "executions.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(5, "  - [unclosed")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    m = _problem(problems_for(knowledge, seeds, config), "YAML syntax error")
    assert m["path"].endswith("executions.yaml") and 5 <= int(m["line"]) <= 8


def test_missing_and_mistyped_fields(kb_copy, config):
    knowledge, seeds = kb_copy
    _edit(knowledge / "letter-date.yaml", "question:", "questoin:")
    _edit(knowledge / "executions.yaml", "related: [concerns-listed]", "related: concerns-listed")
    lines = problems_for(knowledge, seeds, config)
    _problem(lines, "missing or empty 'question'")
    _problem(lines, "unknown field 'questoin'")
    m = _problem(lines, "'related' must be a list")
    assert m["entry"] == "executions"


def test_duplicate_id(kb_copy, config):
    knowledge, seeds = kb_copy
    (knowledge / "executions-copy.yaml").write_text(
        (knowledge / "executions.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    lines = problems_for(knowledge, seeds, config)
    _problem(lines, "does not match the file name")


def test_quote_not_verbatim_is_refused_with_its_line(kb_copy, config):
    knowledge, seeds = kb_copy
    path = knowledge / "executions.yaml"
    _edit(path, "at least\n      440 people", "at least\n      450 people")
    m = _problem(problems_for(knowledge, seeds, config), "not found verbatim")
    # At the line of the changed word, not the `text:` line; the passage shown includes the word.
    assert path.read_text(encoding="utf-8").splitlines()[int(m["line"]) - 1].strip().startswith("450 people")
    assert 'the source says "440" where the entry says "450"' in m["msg"]
    assert "closest passage (paragraph 8):" in m["msg"] and "at least 440 people" in m["msg"]


def test_unknown_source_speaker_and_related(kb_copy, config):
    knowledge, seeds = kb_copy
    _edit(knowledge / "executions.yaml", "source: iran-un-letter-report", "source: no-such-source")
    _edit(knowledge / "letter-date.yaml", "speaker: report", "speaker: the-minister")
    _edit(knowledge / "no-improvement.yaml", "related: [", "related: [no-such-entry, ")
    lines = problems_for(knowledge, seeds, config)
    _problem(lines, "unknown source 'no-such-source'")
    _problem(lines, "unknown speaker 'the-minister'")
    m = _problem(lines, "related entry 'no-such-entry' does not exist")
    assert m["entry"] == "no-improvement"
    # entries that failed on their own are not also reported as missing from others' related lists
    assert not any("related entry 'executions'" in line for line in lines)


def test_same_phrasing_in_two_entries(kb_copy, config, engine):
    knowledge, seeds = kb_copy
    borrowed = engine.kb.entries["arbitrary-detention"].phrasings[0]
    path = knowledge / "executions.yaml"
    _edit(path, "phrasings:\n", f'phrasings:\n  - "{borrowed.upper()}!!"\n')
    m = _problem(problems_for(knowledge, seeds, config), "is also a phrasing of entry 'arbitrary-detention'")
    line = path.read_text(encoding="utf-8").splitlines().index(f'  - "{borrowed.upper()}!!"') + 1
    assert m["path"].endswith("executions.yaml") and m["line"] == str(line)


def test_collision_a_phrasing_the_matcher_answers_with_another_entry(kb_copy, config, engine):
    knowledge, seeds = kb_copy
    # Words that clearly belong to the executions entry, filed under letter-date.
    path = knowledge / "letter-date.yaml"
    _edit(path, "phrasings:\n", "phrasings:\n  - how many people has iran executed since 2017 top executioners\n")
    m = _problem(problems_for(knowledge, seeds, config), "collision")
    line = (
        path.read_text(encoding="utf-8")
        .splitlines()
        .index("  - how many people has iran executed since 2017 top executioners")
        + 1
    )
    assert m["entry"] == "letter-date" and "'executions'" in m["msg"] and m["line"] == str(line)


def test_answer_too_long_and_too_few_phrasings(tmp_path, kb_copy, config):
    knowledge, seeds = kb_copy
    path = knowledge / "letter-date.yaml"
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["answer"] = "word " * 200
    data["phrasings"] = data["phrasings"][:3]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    lines = problems_for(knowledge, seeds, config)
    _problem(lines, "keep it to 600")
    _problem(lines, "needs at least 10 phrasings")


def test_several_sources_are_supported(kb_copy, config):
    knowledge, seeds = kb_copy
    (seeds / "second.txt").write_text(
        "First paragraph here.\nThe minister said “we will act soon” today.\n", encoding="utf-8"
    )
    (seeds / "second.yaml").write_text(
        "id: second\nfile: second.txt\ntitle: A second document\nkind: statement\n"
        "description: A test document.\nlanguage: en\nspeakers:\n  minister: The minister\n",
        encoding="utf-8",
    )
    _edit(
        knowledge / "letter-date.yaml",
        "quotes:\n",
        'quotes:\n  - source: second\n    speaker: minister\n    text: "\\"we will act soon\\" today"\n',
    )
    engine, problems = validate(knowledge, seeds, config.matching)
    assert problems == []
    quote = engine.kb.entries["letter-date"].quotes[0]
    assert quote.source.id == "second" and quote.paragraph == 2
    assert quote.text == "“we will act soon” today" and quote.attribution == "The minister"


def test_translations_are_matched_and_kept_apart(kb_copy, config):
    knowledge, seeds = kb_copy
    path = knowledge / "executions.yaml"
    text = path.read_text(encoding="utf-8")
    # the shipped Persian answer, replaced by one this test writes (its phrasings stay as shipped:
    # removing them would shift every entry's weights)
    text, n = re.subn(
        r"(\n  fa:\n(?:    .*\n|      .*\n)*?    answer: )>-\n(?:      .*\n)+",
        r"\1بر اساس نامه، دست‌کم ۴۴۰ نفر از آغاز ۲۰۱۷ اعدام شده‌اند.\n",
        text,
    )
    assert n == 1
    path.write_text(text, encoding="utf-8")
    engine, problems = validate(knowledge, seeds, config.matching)
    assert problems == []
    entry = engine.kb.entries["executions"]
    assert entry.translations["fa"].answer == "بر اساس نامه، دست‌کم ۴۴۰ نفر از آغاز ۲۰۱۷ اعدام شده‌اند."
    ranked = engine.matcher_for("آمار اعدام ایران").rank("آمار اعدام ایران").candidates
    assert ranked[0].entry_id == "executions"
    # quotes are never translated
    assert all(q.source.language == "en" for q in entry.quotes)


def test_entries_are_listed_in_reading_order(engine, kb_copy, config):
    assert next(iter(engine.kb.entries)) == "campaign-overview"  # order: 10, the natural first question
    orders = [e.order for e in engine.kb.entries.values()]
    assert orders == sorted(orders)
    knowledge, seeds = kb_copy
    _edit(knowledge / "letter-date.yaml", "order: 40", "order: first")
    m = _problem(problems_for(knowledge, seeds, config), "'order' must be a whole number")
    assert m["entry"] == "letter-date" and m["line"] == "2"
