"""Validator messages a moderator can act on: what is wrong, where, and what to change.

YAML mistakes in plain words at their line, a list item swallowed by over-indentation, a quote's
first difference from its source at the line of that word, and a copied entry in one line.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.engine import validate
from bot.engine.yamlfile import YamlSyntaxError, load_located

LINE = re.compile(r"^(?P<path>.+\.ya?ml):(?P<line>\d+): (?P<entry>[\w-]+): (?P<msg>.+)$")
# Words of PyYAML's own messages that mean nothing to a moderator.
PARSER_TERMS = (
    "<block end>",
    "<block",
    "while scanning",
    "while parsing",
    "mapping values",
    "token",
    "simple key",
    "expected <",
    "scalar",
    "stream",
)


def _problems(knowledge: Path, seeds: Path, config) -> list[re.Match]:
    engine, problems = validate(knowledge, seeds, config.matching)
    assert (engine is None) == bool(problems)
    matches = [LINE.match(str(p)) for p in problems]
    assert all(matches), problems
    return matches  # type: ignore[return-value]


def _line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# -- YAML syntax errors ----------------------------------------------------------------------------

BEES = "id: bees\nquestion: How many flowers do the honeybees visit?\nphrasings:\n  - how many flowers do bees visit\n"


@pytest.mark.parametrize(
    "text, line, words",
    [
        (BEES + "\t- bees flowers a day\n", 5, "a tab is used for indentation; use spaces"),
        ('id: bees\nquestion: "How many flowers\nphrasings:\n  - a\n', 2, 'never closed; end it with "'),
        ("id: bees\nquestion: 'How many flowers\nphrasings:\n  - a\n", 2, "never closed; end it with '"),
        ("id: bees\nquestion: bees: how many flowers\n", 2, "a colon followed by a space inside unquoted text"),
        ("id: bees\nquestion: How many?\n  answer: many\n", 3, "indentation does not fit the lines above"),
        ("id: bees\nphrasings:\n    - a\n  - b\n", 4, "indentation does not match the lines above"),
        ("id: bees\nquestion: Why?\n  - a\n b: c\n", 4, "indentation does not fit the lines above"),
        ("id: bees\nrelated: [volcano, lighthouse\nquestion: q\n", 2, "opened with [ here is never closed with ]"),
        ("id: bees\nquestion: @everyone bees?\n", 2, "text cannot start with @; put the whole text in double quotes"),
        ("id: bees\nquestion: *bees*\n", 2, "text cannot start with *"),
        ("id: bees\nanswer: >- Bees\n  visit flowers\n", 2, "nothing may follow > or | on its line"),
        ("id: bees\nphrasings\n  - a\n", 2, "neither 'key: value' nor a list item"),
        ('id: bees\nquestion: "Bees" visit\n', 2, "text goes on after its closing quote mark"),
        ('id: bees\nquestion: "a \\q b"\n', 2, "a backslash inside double quotes"),
        ("id: bees\n---\nid: bees\n", 2, "starts a second document"),
        ("id: bees\nquestion: bell\x07 here\n", 2, "control character"),
    ],
)
def test_yaml_errors_are_said_in_plain_words_at_their_line(small_kb, config, text, line, words):
    knowledge, seeds = small_kb
    path = knowledge / "bees.yaml"
    path.write_text(text, encoding="utf-8")
    (problem,) = [m for m in _problems(knowledge, seeds, config) if m["path"] == str(path)]
    assert problem["line"] == str(line) and problem["entry"] == "bees"
    assert problem["msg"].startswith(f"YAML syntax error on line {line}: ")
    assert words in problem["msg"]
    assert not any(term in problem["msg"] for term in PARSER_TERMS), problem["msg"]


def test_the_issue_example_a_tab_on_line_7():
    text = "id: x\nquestion: q\nphrasings:\n  - a\n  - b\n  - c\n\t- d\n"
    with pytest.raises(YamlSyntaxError) as error:
        load_located(text)
    assert error.value.line == 7 and str(error.value).endswith("line 7: a tab is used for indentation; use spaces")


# -- a list item joined to the one above ---------------------------------------------------------


def test_an_over_indented_phrasing_is_reported_not_joined_silently(kb_copy, config):
    knowledge, seeds = kb_copy
    path = knowledge / "letter-date.yaml"
    _edit(
        path,
        "  - when was it sent\n  - what date is the letter\n",
        "  - when was it sent\n    - what date is the letter\n",
    )
    (problem,) = _problems(knowledge, seeds, config)
    assert problem["path"] == str(path) and problem["entry"] == "letter-date"
    assert int(problem["line"]) == _line_of(path, "    - what date is the letter")
    assert "'- what date is the letter' is indented further than the line above" in problem["msg"]
    assert '"when was it sent - what date is the letter"' in problem["msg"]


def test_a_phrasing_with_a_colon_is_reported_at_its_line(small_kb, config):
    knowledge, seeds = small_kb
    path = knowledge / "volcano.yaml"
    _edit(path, "  - eruption count\n", "  - eruptions: how many\n")
    (problem,) = _problems(knowledge, seeds, config)
    assert int(problem["line"]) == _line_of(path, "eruptions: how many")
    assert "colon followed by a space" in problem["msg"] and "double quotes" in problem["msg"]


# -- a quote that is not verbatim ----------------------------------------------------------------


@pytest.mark.parametrize(
    "old, new, difference, changed_line, passage",
    [
        (
            "every\n      evening.",
            "every\n      night.",
            'the source says "evening" where the entry says "night"',
            "night.",
            'return to the same hive every evening."',
        ),
        (
            "visit about two thousand",
            "visit two thousand",
            'the source says "about" where the entry leaves it out',
            "Honeybees visit two",
            '"Honeybees visit about two thousand flowers',
        ),
        (
            "return to the same",
            "return to the very same",
            'the entry adds "very", which the source does not have',
            "very same",
            "and return to the same hive",
        ),
    ],
)
def test_a_changed_quote_shows_the_first_difference_at_its_line(
    small_kb, config, old, new, difference, changed_line, passage
):
    knowledge, seeds = small_kb
    path = knowledge / "bees.yaml"
    text = path.read_text(encoding="utf-8")
    at = text.index("quotes:")
    path.write_text(text[:at] + text[at:].replace(old, new, 1), encoding="utf-8")
    (problem,) = _problems(knowledge, seeds, config)
    assert problem["msg"].startswith("quote 1 not found verbatim in source field-notes: ")
    assert difference in problem["msg"]
    shown = problem["msg"].split("closest passage (paragraph 2): ", 1)[1]
    assert passage in shown  # the passage reaches the changed word
    assert int(problem["line"]) == _line_of(path, changed_line)


def test_a_quote_given_the_wrong_paragraph_says_where_it_is(small_kb, config):
    knowledge, seeds = small_kb
    _edit(knowledge / "volcano.yaml", "    speaker: notes\n", "    speaker: notes\n    paragraph: 2\n")
    (problem,) = _problems(knowledge, seeds, config)
    assert "in paragraph 2: it is in paragraph 3, not in paragraph 2" in problem["msg"]


def test_a_quote_from_nowhere_says_so(small_kb, config):
    knowledge, seeds = small_kb
    _edit(
        knowledge / "volcano.yaml",
        "text: The volcano on the island erupted twice in the last century, and both eruptions were small.",
        "text: Penguins dance happily at dawn near frozen beaches.",
    )
    (problem,) = _problems(knowledge, seeds, config)
    assert "no passage of the source is close to it" in problem["msg"]


# -- a copied entry ------------------------------------------------------------------------------


def test_a_copied_entry_gives_one_line(kb_copy, config, engine):
    knowledge, seeds = kb_copy
    original = (knowledge / "executions.yaml").read_text(encoding="utf-8")
    copy = knowledge / "executions-2.yaml"
    copy.write_text(original.replace("id: executions\n", "id: executions-2\n", 1), encoding="utf-8")
    problems = _problems(knowledge, seeds, config)
    count = len(engine.kb.entries["executions"].all_phrasings())  # the questions and every phrasing, translations too
    assert [p["msg"] for p in problems] == [
        f"executions-2 repeats {count} phrasings of executions; if it is a copy, remove it, "
        "otherwise give it phrasings of its own"
    ]
    assert problems[0]["path"] == str(copy)


def test_a_copy_is_named_as_the_copy_whichever_file_sorts_first(small_kb, config):
    knowledge, seeds = small_kb
    text = (knowledge / "volcano.yaml").read_text(encoding="utf-8")
    (knowledge / "volcano-copy.yaml").write_text(text.replace("id: volcano\n", "id: volcano-copy\n"), encoding="utf-8")
    (problem,) = _problems(knowledge, seeds, config)
    assert problem["msg"].startswith("volcano-copy repeats 11 phrasings of volcano;")


def test_one_shared_phrasing_is_still_reported_on_its_own_line(small_kb, config):
    knowledge, seeds = small_kb
    path = knowledge / "volcano.yaml"
    _edit(path, "  - eruption count\n", "  - eruption count\n  - bees flowers a day\n")
    (problem,) = _problems(knowledge, seeds, config)
    assert problem["msg"] == "phrasing \"bees flowers a day\" is also a phrasing of entry 'bees'"
    assert int(problem["line"]) == _line_of(path, "bees flowers a day")


def test_the_fast_yaml_parser_reads_every_shipped_file_exactly_as_the_python_one():
    import yaml

    from bot.engine import yamlfile

    if yamlfile._FAST_LOADER is None:
        pytest.skip("PyYAML was built without libyaml here")
    files = sorted((Path(__file__).resolve().parents[2] / "knowledge").glob("*.yaml"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        fast, slow = yamlfile._load(yamlfile._FAST_LOADER, text), yamlfile._load(yaml.SafeLoader, text)
        assert (fast.data, fast.lines, fast.spans, fast.joined_items) == (
            slow.data,
            slow.lines,
            slow.spans,
            slow.joined_items,
        ), path.name
