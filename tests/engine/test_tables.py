"""The word lists' shared line reader: a moderator's typo in a list is reported where it is."""

from __future__ import annotations

import pytest

from bot.engine.tables import equations


def test_lines_give_their_items_with_comments_and_blanks_skipped():
    text = "# a list\n\ngender, sex = women , men,  # who\nlone =\n"
    rows = [(n, left, right) for n, _, left, right in equations(text, "x.txt", "'a = b'")]
    assert rows == [(3, ["gender", "sex"], ["women", "men"]), (4, ["lone"], [])]


@pytest.mark.parametrize("bad", ["gender women", " = women", ", = women"])
def test_a_line_without_its_equals_or_its_head_names_file_and_line(bad):
    with pytest.raises(ValueError, match=r"^lists/x\.txt:2: expected 'a = b', got "):
        list(equations("ok = fine\n" + bad + "\n", "lists/x.txt", "'a = b'"))
