"""The word lists' shared line reader: a moderator's typo in a list is reported where it is."""

from __future__ import annotations

import pytest

from bot.engine import persian, synonyms
from bot.engine.tables import equations


def test_lines_give_their_items_with_comments_and_blanks_skipped():
    text = "# a list\n\ngender, sex = women , men,  # who\nlone =\n"
    rows = [(n, left, right) for n, _, left, right in equations(text, "x.txt", "'a = b'")]
    assert rows == [(3, ["gender", "sex"], ["women", "men"]), (4, ["lone"], [])]


@pytest.mark.parametrize("bad", ["gender women", " = women", ", = women"])
def test_a_line_without_its_equals_or_its_head_names_file_and_line(bad):
    with pytest.raises(ValueError, match=r"^lists/x\.txt:2: expected 'a = b', got "):
        list(equations("ok = fine\n" + bad + "\n", "lists/x.txt", "'a = b'"))


@pytest.mark.parametrize(
    ("name", "bad"),
    [
        ("_SYNONYMS", "نگرانی دغدغه"),
        ("_SYNONYMS", "نگرانی, دلواپسی = دغدغه"),
        ("_GLOSSARY", "vote, ballot = رای | ray"),
    ],
)
def test_a_typo_in_a_persian_list_names_file_and_line(tmp_path, monkeypatch, name, bad):
    """A line the Persian synonyms or glossary cannot read (no "=", or several words where the list
    takes one) stops the engine with the place to mend, instead of dropping the line unseen."""
    listed = tmp_path / "list.txt"
    listed.write_text("# a comment\n\n" + bad + "\n", encoding="utf-8")
    monkeypatch.setattr(persian, name, listed)
    read = persian.synonyms if name == "_SYNONYMS" else persian.glossary
    read.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"list\.txt:3: expected '"):
            read()
    finally:
        read.cache_clear()


def test_an_english_synonym_line_whose_head_has_no_word_names_its_line():
    with pytest.raises(ValueError, match=r"^list\.txt:2: expected 'word, word = variant, variant', got '!! = x'"):
        synonyms.parse("ok = fine\n!! = x\n", "list.txt")
